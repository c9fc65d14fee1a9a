#!/usr/bin/env python3
"""Build kidney-xenotransplant.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "kidney-xenotransplant")
OUT = os.path.join(HERE, "kidney-xenotransplant.gold.jsonl")
PFX = "kx"

W, P, A, E, B, L, F = ("KX01_wire.txt", "KX02_press.txt", "KX03_abstract.txt",
                       "KX04_explainer.txt", "KX05_blog.txt", "KX06_local.txt", "KX07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- KX01 wire (2025-10-28, a Tuesday)
 ("w-h271", W, "after record 271 days", "271 days", "duration", 271, 271, "days", N, "headline repeat"),
 ("w-dl", W, "BOSTON, Oct. 28", "Oct. 28", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "the hospital said on Monday. Andrews", "Monday", "date", 2025, 2025, "year", N, "announcement date"),
 ("w-67", W, "Andrews, 67, of Concord", "67", "age", 67, 67, "years", Y, "andrews age (current)"),
 ("w-thu", W, "kidney taken out on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "andrews explant date"),
 ("w-271", W, "had worked for 271 days", "271 days", "duration", 271, 271, "days", Y, "andrews xenograft duration (final)"),
 ("w-103", W, "previous record of 103 days", "103 days", "duration", 103, 103, "days", Y, "looney xenograft duration"),
 ("w-apr", W, "NYU Langone Health in April.", "April", "date", 2025, 2025, "year", Y, "looney explant date"),
 ("w-9mo", W, "\"Nine months ago nobody", "Nine months", "duration", 9, 9, "months", N, "quote"),
 ("w-jan", W, "received the kidney in January", "January", "date", 2025, 2025, "year", Y, "andrews transplant date"),
 ("w-66", W, "when he was 66", "66", "age", 66, 66, "years", Y, "andrews age at transplant"),
 ("w-2yr", W, "after roughly two years of dialysis", "two years", "duration", 2, 2, "years", Y, "andrews time on dialysis before transplant"),
 ("w-week", W, "discharged about a week after", "about a week", "duration", 1, 1, "weeks", Y, "andrews time to discharge"),
 ("w-june", W, "Fenway Park in June", "June", "date", 2025, 2025, "year", N, "aside"),
 ("w-7mo", W, "spent more than seven months without", "seven months", "duration", 7, 7, "months", Y, "andrews dialysis-free before decline"),
 ("w-single", W, "without a single dialysis session", "single", "count", 1, 1, "sessions", N, "idiom"),
 ("w-69", W, "carries 69 genetic edits", "69", "count", 69, 69, "edits", Y, "egen-2784 edits"),
 ("w-3gl", W, "edits: three pig genes", "three", "count", 3, 3, "genes", Y, "egen-2784 glycan genes deleted"),
 ("w-7hu", W, "deleted, seven human genes", "seven", "count", 7, 7, "genes", Y, "egen-2784 human transgenes"),
 ("w-lastmo", W, "Last month the Food and Drug", "Last month", "date", 2025, 2025, "year", Y, "egenesis ind clearance date"),
 ("w-30", W, "in about 30 patients", "30", "count", 30, 30, "patients", Y, "egenesis trial size"),
 ("w-50age", W, "who are 50 or older", "50", "age", 50, 50, "years", Y, "egenesis trial minimum age"),
 ("w-feb", W, "won FDA clearance in February", "February", "date", 2025, 2025, "year", Y, "united therapeutics ind clearance date"),
 ("w-10", W, "pig kidney with 10 edits", "10", "count", 10, 10, "edits", Y, "ukidney edits"),
 ("w-6pt", W, "will begin with six patients", "six", "count", 6, 6, "patients", Y, "ut trial initial cohort"),
 ("w-50", W, "could grow to 50.", "50", "count", 50, 50, "patients", Y, "ut trial maximum enrollment"),
 ("w-4hu", W, "UKidney, four human genes", "four", "count", 4, 4, "genes", Y, "ukidney human genes added"),
 ("w-6pig", W, "added and six pig genes", "six", "count", 6, 6, "genes", Y, "ukidney pig genes inactivated"),
 ("w-62", W, "Richard Slayman, 62,", "62", "age", 62, 62, "years", Y, "slayman age"),
 ("w-mar", W, "in March of last year", "March of last year", "date", 2024, 2024, "year", Y, "slayman transplant date"),
 ("w-52", W, "died 52 days later", "52 days", "duration", 52, 52, "days", Y, "slayman survival after transplant"),
 ("w-54", W, "Bill Stewart, 54,", "54", "age", 54, 54, "years", Y, "stewart age"),
 ("w-jun14", W, "kidney on June 14", "June 14", "date", 2025, 2025, "year", Y, "stewart transplant date"),
 ("w-wk2", W, "and was discharged a week later", "a week", "duration", 1, 1, "weeks", Y, "stewart time to discharge"),
 ("w-mon2", W, "The hospital said on Monday that", "Monday", "date", 2025, 2025, "year", N, "announcement date"),
 ("w-eoy", W, "before the end of the year", "end of the year", "date", 2025, 2025, "year", N, "plan"),
 ("w-lastnov", W, "kidney last November", "last November", "date", 2024, 2024, "year", Y, "looney transplant date"),
 ("w-apr4", W, "removed it on April 4", "April 4", "date", 2025, 2025, "year", Y, "looney explant date"),
 ("w-q2", W, "\"Two months, then", "Two months", "duration", 2, 2, "months", N, "quote"),
 ("w-q4", W, "then four months", "four months", "duration", 4, 4, "months", N, "quote"),
 ("w-q9", W, "then nine. That", "nine", "duration", 9, 9, "months", N, "quote"),
 ("w-100k", W, "More than 100,000 Americans are waiting for a kidney", "100,000", "count", 100000, 100000, "people", Y, "kidney waiting list"),
 ("w-thous", W, "and thousands die each year", "thousands", "count", None, None, "deaths", N, "vague"),
 ("w-7yr", W, "can run to seven years or more", "seven years", "duration", 7, 7, "years", Y, "wait for some blood types"),
 ("w-sat", W, "social media on Saturday", "Saturday", "date", 2025, 2025, "year", N, "aside"),
 ("w-sday", W, "regret a single day", "single", "count", 1, 1, "days", N, "idiom"),

 # ---- KX02 press (2025-09-08)
 ("p-b24", P, "efficacy at 24 weeks after transplant\n", "24 weeks", "duration", 24, 24, "weeks", N, "bullet repeat"),
 ("p-b8mo", P, "has now lived more than eight months without dialysis\n", "eight months", "duration", 8, 8, "months", N, "bullet repeat"),
 ("p-bjun", P, "transplanted June 14, 2025, has", "June 14, 2025", "date", 2025, 2025, "year", N, "bullet repeat"),
 ("p-dl", P, "September 8, 2025 /BUSINESS", "September 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today", P, "today announced", "today", "date", 2025, 2025, "year", N, "announcement date"),
 ("p-24", P, "EGEN-2784 at 24 weeks after transplantation", "24 weeks", "duration", 24, 24, "weeks", Y, "egenesis trial primary assessment"),
 ("p-50", P, "who are 50 years of age", "50 years", "age", 50, 50, "years", Y, "egenesis trial minimum age"),
 ("p-24w", P, "Following the 24-week", "24-week", "duration", 24, 24, "weeks", N, "repeat"),
 ("p-single", P, "out of single compassionate-use", "single", "count", 1, 1, "patients", N, "phrase"),
 ("p-67", P, "Tim Andrews, 67, received", "67", "age", 67, 67, "years", Y, "andrews age (current)"),
 ("p-jan25", P, "on January 25, 2025", "January 25, 2025", "date", 2025, 2025, "year", Y, "andrews transplant date"),
 ("p-8mo", P, "He has now lived more than eight months", "eight months", "duration", 8, 8, "months", Y, "andrews dialysis-free as of sept 8 2025"),
 ("p-130", P, "previous record of 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration"),
 ("p-jun14", P, "On June 14, 2025, Bill", "June 14, 2025", "date", 2025, 2025, "year", Y, "stewart transplant date"),
 ("p-54", P, "Bill Stewart, 54, became", "54", "age", 54, 54, "years", Y, "stewart age"),
 ("p-3wk", P, "dialysis three times a week", "three times a week", "count", 3, 3, "sessions/week", Y, "stewart dialysis frequency"),
 ("p-2yr", P, "for more than two years", "two years", "duration", 2, 2, "years", Y, "stewart time on dialysis"),
 ("p-7yr", P, "wait of up to seven years", "seven years", "duration", 7, 7, "years", Y, "stewart expected wait"),
 ("p-1wk", P, "discharged one week after", "one week", "duration", 1, 1, "weeks", Y, "stewart time to discharge"),
 ("p-69", P, "carries 69 genomic edits", "69", "count", 69, 69, "edits", Y, "egen-2784 edits"),
 ("p-3cl", P, "edits in three classes", "three", "count", 3, 3, "classes", N, "descriptive"),
 ("p-3gl", P, "deletion of three glycan", "three", "count", 3, 3, "genes", Y, "egen-2784 glycan genes deleted"),
 ("p-7hu", P, "insertion of seven human", "seven", "count", 7, 7, "genes", Y, "egen-2784 human transgenes"),
 ("p-59", P, "inactivation of 59 copies", "59", "count", 59, 59, "copies", Y, "egen-2784 perv copies inactivated"),
 ("p-mar24", P, "at MGH in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "slayman transplant date"),
 ("p-800k", P, "More than 800,000 people", "800,000", "count", 800000, 800000, "people", Y, "us eskd prevalence"),
 ("p-90k", P, "Nearly 90,000 are on", "90,000", "count", 90000, 90000, "people", Y, "kidney waiting list"),
 ("p-25k", P, "only about 25,000 kidney transplants", "25,000", "count", 25000, 25000, "transplants", Y, "kidney transplants per year"),
 ("p-17", P, "and 17 people die each day", "17", "count", 17, 17, "deaths/day", Y, "daily deaths waiting for any organ"),
 ("p-5yr", P, "dialysis, five-year mortality", "five-year", "duration", 5, 5, "years", Y, "dialysis mortality horizon"),
 ("p-50pct", P, "mortality exceeds 50%", "50%", "percent", 50, 50, "%", Y, "dialysis five-year mortality"),
 ("p-2015", P, "was founded in 2015", "2015", "date", 2015, 2015, "year", N, "about section"),
 ("p-sep24", P, "In September 2024 it closed", "September 2024", "date", 2024, 2024, "year", Y, "egenesis series d date"),
 ("p-191", P, "closed a $191 million Series D", "$191 million", "money", 191000000, 191000000, "USD", Y, "egenesis series d"),
 ("p-450", P, "about $450 million", "$450 million", "money", 450000000, 450000000, "USD", Y, "egenesis total funding"),

 # ---- KX03 abstract (2025-10-15; data cut-off 8 September 2025)
 ("a-pub", A, "Published online 15 October 2025", "15 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t5", A, "of the first five patients", "five", "count", 5, 5, "patients", N, "title"),
 ("a-tper", A, "March 2024 to September 2025\n", "March 2024 to September 2025", "date", 2024, 2025, "year", N, "title period"),
 ("a-since", A, "Since March 2024, gene-edited", "March 2024", "date", 2024, 2024, "year", Y, "first living-recipient transplant (slayman) date"),
 ("a-bsingle", A, "from a single gene knockout", "single", "count", 1, 1, "edits", N, "range summary"),
 ("a-b69", A, "knockout to 69 genomic edits", "69", "count", 69, 69, "edits", N, "range summary"),
 ("a-2tr", A, "cleared the first two formal trials", "two", "count", 2, 2, "trials", Y, "fda-cleared trials"),
 ("a-feb25", A, "trials in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "united therapeutics ind clearance date"),
 ("a-sep25", A, "and September 2025. We", "September 2025", "date", 2025, 2025, "year", Y, "egenesis ind clearance date"),
 ("a-2c", A, "kidney at two U.S. centres", "two", "count", 2, 2, "centres", Y, "centres"),
 ("a-m16", A, "from 16 March 2024", "16 March 2024", "date", 2024, 2024, "year", N, "period start"),
 ("a-m14", A, "to 14 June 2025", "14 June 2025", "date", 2025, 2025, "year", N, "period end"),
 ("a-cut", A, "cut-off of 8 September 2025", "8 September 2025", "date", 2025, 2025, "year", N, "data cut-off"),
 ("a-1ed", A, "pigs with 1 edit", "1", "count", 1, 1, "edits", Y, "pisano donor edits"),
 ("a-10ed", A, "tissue), 10 edits", "10", "count", 10, 10, "edits", Y, "ukidney edits"),
 ("a-4pig", A, "(four porcine genes inactivated", "four", "count", 4, 4, "genes", Y, "ukidney pig genes inactivated"),
 ("a-6hu", A, "inactivated, six human transgenes", "six", "count", 6, 6, "genes", Y, "ukidney human genes added"),
 ("a-69", A, "or 69 edits (three", "69", "count", 69, 69, "edits", Y, "egen-2784 edits"),
 ("a-3gl", A, "edits (three glycan", "three", "count", 3, 3, "genes", Y, "egen-2784 glycan genes deleted"),
 ("a-7hu", A, "deleted, seven human transgenes", "seven", "count", 7, 7, "genes", Y, "egen-2784 human transgenes"),
 ("a-59", A, "transgenes, 59 porcine", "59", "count", 59, 59, "copies", Y, "egen-2784 perv copies inactivated"),
 ("a-m12", A, "freedom from dialysis at 12 weeks. Proportions", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint definition"),
 ("a-e24", A, "early (2024)", "2024", "date", 2024, 2024, "year", N, "group definition"),
 ("a-l2425", A, "later (2024–2025)", "2024–2025", "date", 2024, 2025, "year", N, "group definition"),
 ("a-N5", A, "N = 5 recipients", "5", "count", 5, 5, "patients", Y, "living recipients in us"),
 ("a-med54", A, "median age 54 years", "54 years", "age", 54, 54, "years", Y, "median recipient age"),
 ("a-range", A, "range 53–66", "53–66", "age", 53, 66, "years", Y, "recipient age range"),
 ("a-2w", A, "2 women", "2", "count", 2, 2, "patients", Y, "women recipients"),
 ("a-3r69", A, "Three received", "Three", "count", 3, 3, "patients", Y, "recipients of 69-edit kidneys"),
 ("a-69e", A, "received 69-edit kidneys", "69-edit", "count", 69, 69, "edits", N, "repeat"),
 ("a-62", A, "(ages 62,", "62", "age", 62, 62, "years", Y, "first 69-edit recipient age"),
 ("a-66", A, "62, 66 and 54)", "66", "age", 66, 66, "years", Y, "second 69-edit recipient age"),
 ("a-54b", A, "66 and 54)", "54", "age", 54, 54, "years", Y, "third 69-edit recipient age"),
 ("a-one10", A, "one a 10-edit", "one", "count", 1, 1, "patients", N, "single recipient"),
 ("a-10e", A, "a 10-edit kidney (age 53)", "10-edit", "count", 10, 10, "edits", N, "repeat"),
 ("a-53", A, "(age 53)", "53", "age", 53, 53, "years", Y, "10-edit recipient age"),
 ("a-one1", A, "and one a single-edit", "one", "count", 1, 1, "patients", N, "single recipient"),
 ("a-1e", A, "a single-edit kidney with thymus", "single-edit", "count", 1, 1, "edits", N, "repeat"),
 ("a-54c", A, "(age 54), the last", "54", "age", 54, 54, "years", Y, "single-edit recipient age"),
 ("a-8d", A, "device 8 days earlier", "8 days", "duration", 8, 8, "days", Y, "lvad to kidney interval"),
 ("a-all5", A, "All five xenografts", "five", "count", 5, 5, "xenografts", N, "repeat"),
 ("a-69f", A, "The first 69-edit recipient", "69-edit", "count", 69, 69, "edits", N, "repeat"),
 ("a-d8", A, "rejection on day 8", "day 8", "duration", 8, 8, "days", Y, "slayman rejection day"),
 ("a-d52", A, "causes on day 52", "day 52", "duration", 52, 52, "days", Y, "slayman survival after transplant"),
 ("a-1ex", A, "The single-edit xenograft", "single-edit", "count", 1, 1, "edits", N, "repeat"),
 ("a-d47", A, "removed on day 47", "day 47", "duration", 47, 47, "days", Y, "pisano xenograft duration"),
 ("a-jul24", A, "died in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "pisano death date"),
 ("a-10x", A, "The 10-edit xenograft", "10-edit", "count", 10, 10, "edits", N, "repeat"),
 ("a-130", A, "functioned for 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration"),
 ("a-apr25", A, "removed in April 2025", "April 2025", "date", 2025, 2025, "year", Y, "looney explant date"),
 ("a-8y", A, "dialysis for 8 years", "8 years", "duration", 8, 8, "years", Y, "looney time on dialysis before transplant"),
 ("a-69r", A, "third 69-edit recipients", "69-edit", "count", 69, 69, "edits", N, "repeat"),
 ("a-226", A, "dialysis-free at 226 and", "226", "duration", 226, 226, "days", Y, "andrews dialysis-free at cut-off"),
 ("a-86", A, "226 and 86 days. Total", "86 days", "duration", 86, 86, "days", Y, "stewart dialysis-free at cut-off"),
 ("a-541", A, "function was 541 days", "541 days", "duration", 541, 541, "days", Y, "total xenograft-days"),
 ("a-r12", A, "Freedom from dialysis at 12 weeks was", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-3of5", A, "achieved in 3 of 5", "3", "count", 3, 3, "patients", Y, "dialysis-free at 12 weeks"),
 ("a-5a", A, "3 of 5 recipients (60%", "5", "count", 5, 5, "patients", N, "denominator"),
 ("a-60", A, "recipients (60%;", "60%", "percent", 60, 60, "%", Y, "dialysis-free at 12 weeks"),
 ("a-60ci", A, "95% CI 23.1–88.2", "23.1–88.2", "percent", 23.1, 88.2, "%", Y, "ci"),
 ("a-2of5", A, "the cut-off, 2 of 5", "2", "count", 2, 2, "patients", Y, "dialysis-free at cut-off"),
 ("a-5b", A, "2 of 5 (40%", "5", "count", 5, 5, "patients", N, "denominator"),
 ("a-40", A, "(40%; 95% CI", "40%", "percent", 40, 40, "%", Y, "dialysis-free at cut-off"),
 ("a-40ci", A, "95% CI 11.8–76.9", "11.8–76.9", "percent", 11.8, 76.9, "%", Y, "ci"),
 ("a-3alive", A, "and 3 of 5 were alive", "3", "count", 3, 3, "patients", Y, "alive at cut-off"),
 ("a-5c", A, "3 of 5 were alive", "5", "count", 5, 5, "patients", N, "denominator"),
 ("a-n2", A, "(n=2;", "2", "count", 2, 2, "patients", Y, "early recipients"),
 ("a-e52", A, "n=2; 52 and", "52", "duration", 52, 52, "days", N, "repeat"),
 ("a-e47", A, "52 and 47 days", "47 days", "duration", 47, 47, "days", N, "repeat"),
 ("a-n3", A, "(n=3;", "3", "count", 3, 3, "patients", Y, "later recipients"),
 ("a-l130", A, "n=3; 130,", "130", "duration", 130, 130, "days", N, "repeat"),
 ("a-l226", A, "130, 226 and", "226", "duration", 226, 226, "days", N, "repeat"),
 ("a-l86", A, "226 and 86 days):", "86 days", "duration", 86, 86, "days", N, "repeat"),
 ("a-hl", A, "difference −80.5 days", "−80.5 days", "duration", -80.5, -80.5, "days", Y, "early minus later xenograft days"),
 ("a-hlr", A, "differences −179 to −34", "−179 to −34", "duration", -179, -34, "days", Y, "range of pairwise differences"),
 ("a-p", A, "exact P=0.20", "0.20", "pvalue", 0.20, 0.20, "p", N, "p-value"),
 ("a-c5", A, "in all five living recipients", "five", "count", 5, 5, "patients", N, "repeat"),
 ("a-c226", A, "for up to 226 days", "226 days", "duration", 226, 226, "days", Y, "longest xenograft function at cut-off (andrews)"),

 # ---- KX04 explainer (2025-05-20)
 ("e-upd", E, "Updated May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2co", E, "and two companies have", "two", "count", 2, 2, "companies", Y, "companies with trial permission"),
 ("e-69", E, "eGenesis carry 69 edits", "69", "count", 69, 69, "edits", Y, "egen-2784 edits"),
 ("e-3gl", E, "69 edits: three pig genes", "three", "count", 3, 3, "genes", Y, "egen-2784 glycan genes deleted"),
 ("e-7hu", E, "removed, seven human genes", "seven", "count", 7, 7, "genes", Y, "egen-2784 human transgenes"),
 ("e-59", E, "and 59 copies of viruses", "59", "count", 59, 59, "copies", Y, "egen-2784 perv copies inactivated"),
 ("e-10", E, "Revivicor carries 10 edits", "10", "count", 10, 10, "edits", Y, "ukidney edits"),
 ("e-6hu", E, "10 edits: six human genes", "six", "count", 6, 6, "genes", Y, "ukidney human genes added"),
 ("e-4pig", E, "added and four pig genes", "four", "count", 4, 4, "genes", Y, "ukidney pig genes inactivated"),
 ("e-66s", E, "Richard Slayman, 66,", "66", "age", 66, 66, "years", Y, "slayman age"),
 ("e-mar24", E, "first one in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "slayman transplant date"),
 ("e-52", E, "He died 52 days later", "52 days", "duration", 52, 52, "days", Y, "slayman survival after transplant"),
 ("e-54", E, "Lisa Pisano, 54,", "54", "age", 54, 54, "years", Y, "pisano age"),
 ("e-apr24", E, "NYU Langone Health in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "pisano transplant date"),
 ("e-74", E, "removed after 74 days", "74 days", "duration", 74, 74, "days", Y, "pisano xenograft duration"),
 ("e-jul24", E, "she died in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "pisano death date"),
 ("e-53", E, "Towana Looney, 53,", "53", "age", 53, 53, "years", Y, "looney age"),
 ("e-nov25", E, "on November 25, 2024", "November 25, 2024", "date", 2024, 2024, "year", Y, "looney transplant date"),
 ("e-8y", E, "dialysis for eight years", "eight years", "duration", 8, 8, "years", Y, "looney time on dialysis before transplant"),
 ("e-1999", E, "her mother in 1999", "1999", "date", 1999, 1999, "year", Y, "looney kidney donation"),
 ("e-130", E, "worked for 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration"),
 ("e-apr4", E, "removed on April 4", "April 4", "date", 2025, 2025, "year", Y, "looney explant date"),
 ("e-66a", E, "Tim Andrews, 66,", "66", "age", 66, 66, "years", Y, "andrews age at transplant"),
 ("e-jan25", E, "kidney on January 25, 2025", "January 25, 2025", "date", 2025, 2025, "year", Y, "andrews transplant date"),
 ("e-wk", E, "went home a week later", "a week", "duration", 1, 1, "weeks", Y, "andrews time to discharge"),
 ("e-69y", E, "into a 69-year-old woman", "69-year-old", "age", 69, 69, "years", Y, "china recipient age"),
 ("e-mar6", E, "on March 6, 2025", "March 6, 2025", "date", 2025, 2025, "year", Y, "china transplant date"),
 ("e-8yc", E, "kidney failure for eight years", "eight years", "duration", 8, 8, "years", Y, "china recipient kidney failure duration"),
 ("e-onept", E, "one patient at a time", "one", "count", 1, 1, "patients", N, "phrase"),
 ("e-feb", E, "In February the FDA", "February", "date", 2025, 2025, "year", Y, "united therapeutics ind clearance date"),
 ("e-3pt", E, "initial group of three patients", "three", "count", 3, 3, "patients", Y, "ut trial initial cohort"),
 ("e-50", E, "as many as 50.", "50", "count", 50, 50, "patients", Y, "ut trial maximum enrollment"),
 ("e-5570", E, "must be 55 to 70 years old", "55 to 70 years", "age", 55, 70, "years", Y, "ut trial age range"),
 ("e-6mo", E, "for at least six months", "six months", "duration", 6, 6, "months", Y, "ut trial minimum dialysis"),
 ("e-24", E, "closely for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "ut trial follow-up"),
 ("e-mid25", E, "around the middle of 2025", "middle of 2025", "date", 2025, 2025, "year", N, "forecast"),
 ("e-191", E, "which raised $191 million", "$191 million", "money", 191000000, 191000000, "USD", Y, "egenesis series d"),
 ("e-lastsep", E, "from investors last September", "last September", "date", 2024, 2024, "year", Y, "egenesis series d date"),
 ("e-90k", E, "About 90,000 Americans", "90,000", "count", 90000, 90000, "people", Y, "kidney waiting list"),
 ("e-100k", E, "more than 100,000 waiting for any organ", "100,000", "count", 100000, 100000, "people", Y, "all-organ waiting list"),
 ("e-28k", E, "about 28,000 kidney transplants", "28,000", "count", 28000, 28000, "transplants", Y, "kidney transplants in 2024"),
 ("e-2024", E, "were performed in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-17", E, "On average 17 people", "17", "count", 17, 17, "deaths/day", Y, "daily deaths waiting for any organ"),
 ("e-5k", E, "roughly 5,000 people a year", "5,000", "count", 5000, 5000, "deaths/year", Y, "annual deaths on kidney list"),
 ("e-800k", E, "More than 800,000 Americans", "800,000", "count", 800000, 800000, "people", Y, "us eskd prevalence"),
 ("e-half", E, "about half of patients who start", "half", "percent", 50, 50, "%", Y, "dialysis mortality"),
 ("e-5yr", E, "die within five years", "five years", "duration", 5, 5, "years", Y, "dialysis mortality horizon"),

 # ---- KX05 blog (2025-11-12)
 ("b-h1yr", B, "Pig kidneys, one year on", "one year", "duration", 1, 1, "years", N, "headline"),
 ("b-pub", B, "November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-6yr", B, "spent six years in a dialysis chair", "six years", "duration", 6, 6, "years", N, "author aside"),
 ("b-3mo", B, "three mornings a week", "three", "count", 3, 3, "sessions/week", N, "author aside"),
 ("b-67", B, "the 67-year-old", "67-year-old", "age", 67, 67, "years", Y, "andrews age (current)"),
 ("b-oct", B, "removed in October after", "October", "date", 2025, 2025, "year", Y, "andrews explant date"),
 ("b-226", B, "October after 226 days", "226 days", "duration", 226, 226, "days", Y, "andrews xenograft duration (final)"),
 ("b-130", B, "beyond the 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration"),
 ("b-lastmar", B, "Mass General last March", "last March", "date", 2025, 2025, "year", Y, "slayman transplant date"),
 ("b-52", B, "he lived for 52 days", "52 days", "duration", 52, 52, "days", Y, "slayman survival after transplant"),
 ("b-7wk", B, "\"seven more weeks\"", "seven more weeks", "duration", 7, 7, "weeks", Y, "slayman survival (family)"),
 ("b-47", B, "NYU, lasted 47 days", "47 days", "duration", 47, 47, "days", Y, "pisano xenograft duration"),
 ("b-lastmo", B, "published last month", "last month", "date", 2025, 2025, "year", N, "case series publication"),
 ("b-5r", B, "the first five U.S. recipients", "five", "count", 5, 5, "patients", N, "repeat"),
 ("b-40", B, "only 40% of the five", "40%", "percent", 40, 40, "%", Y, "dialysis-free at 12 weeks"),
 ("b-5r2", B, "40% of the five were", "five", "count", 5, 5, "patients", N, "repeat"),
 ("b-12w", B, "the 12-week mark", "12-week", "duration", 12, 12, "weeks", N, "timepoint"),
 ("b-2e", B, "the two earliest patients", "two", "count", 2, 2, "patients", N, "repeat"),
 ("b-cap47", B, "From 47 days to", "47 days", "duration", 47, 47, "days", N, "caption"),
 ("b-cap8", B, "more than eight months. File", "eight months", "duration", 8, 8, "months", N, "caption"),
 ("b-lastwk", B, "announced last week that", "last week", "date", 2025, 2025, "year", N, "announcement date"),
 ("b-nov3", B, "EXPAND trial on Nov. 3", "Nov. 3", "date", 2025, 2025, "year", Y, "first expand transplant date"),
 ("b-10", B, "UKidney has 10 gene edits", "10", "count", 10, 10, "edits", Y, "ukidney edits"),
 ("b-6hu", B, "edits, six human genes", "six", "count", 6, 6, "genes", Y, "ukidney human genes added"),
 ("b-4pig", B, "added and four pig genes", "four", "count", 4, 4, "genes", Y, "ukidney pig genes inactivated"),
 ("b-6pt", B, "starts with six patients", "six", "count", 6, 6, "patients", Y, "ut trial initial cohort"),
 ("b-5570", B, "patients aged 55 to 70 who", "55 to 70", "age", 55, 70, "years", Y, "ut trial age range"),
 ("b-6mo", B, "for at least six months", "six months", "duration", 6, 6, "months", Y, "ut trial minimum dialysis"),
 ("b-50", B, "could grow to 50.", "50", "count", 50, 50, "patients", Y, "ut trial maximum enrollment"),
 ("b-24", B, "followed for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "ut trial follow-up"),
 ("b-sep", B, "FDA clearance in September", "September", "date", 2025, 2025, "year", Y, "egenesis ind clearance date"),
 ("b-30", B, "enroll more than 30 patients", "30", "count", 30, 30, "patients", Y, "egenesis trial size"),
 ("b-55", B, "patients aged 55 and older", "55", "age", 55, 55, "years", Y, "egenesis trial minimum age"),
 ("b-69", B, "Its kidneys carry 69 edits", "69", "count", 69, 69, "edits", Y, "egen-2784 edits"),
 ("b-54", B, "Bill Stewart, 54,", "54", "age", 54, 54, "years", Y, "stewart age"),
 ("b-jun14", B, "kidney on June 14", "June 14", "date", 2025, 2025, "year", Y, "stewart transplant date"),
 ("b-wk", B, "was discharged a week later", "a week", "duration", 1, 1, "weeks", Y, "stewart time to discharge"),
 ("b-90k", B, "About 90,000 of us", "90,000", "count", 90000, 90000, "people", Y, "kidney waiting list"),
 ("b-5yr", B, "who have waited five years", "five years", "duration", 5, 5, "years", N, "aside"),
 ("b-6mo1", B, "even six months off", "six months", "duration", 6, 6, "months", N, "hypothetical"),
 ("b-6mo2", B, "that is six months of", "six months", "duration", 6, 6, "months", N, "hypothetical"),
 ("b-61", B, "I am 61", "61", "age", 61, 61, "years", N, "author aside"),
 ("b-1post", B, "One post a week", "One", "count", 1, 1, "posts/week", N, "newsletter box"),
 ("b-100n", B, "my first 100 nights", "100 nights", "duration", 100, 100, "nights", N, "related link"),

 # ---- KX06 local (2025-02-08, a Saturday), hard-wrapped
 ("l-pub", L, "Saturday, February 8, 2025", "February 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h2wk", L, "off dialysis two weeks after pig", "two weeks", "duration", 2, 2, "weeks", N, "headline"),
 ("l-2yr", L, "spent roughly two years tethered", "two years", "duration", 2, 2, "years", Y, "andrews time on dialysis before transplant"),
 ("l-2wk", L, "one again, two weeks after surgeons", "two weeks", "duration", 2, 2, "weeks", N, "as-of"),
 ("l-66", L, "Tim Andrews, 66, received", "66", "age", 66, 66, "years", Y, "andrews age at transplant"),
 ("l-jan25", L, "organ on Jan. 25", "Jan. 25", "date", 2025, 2025, "year", Y, "andrews transplant date"),
 ("l-fri", L, "the hospital said on Friday", "Friday", "date", 2025, 2025, "year", N, "announcement date"),
 ("l-5d", L, "went home five days after", "five days", "duration", 5, 5, "days", Y, "andrews time to discharge"),
 ("l-1990", L, "since the 1990s", "1990s", "date", 1990, 1999, "year", N, "aside"),
 ("l-6mo", L, "About six months into treatment", "six months", "duration", 6, 6, "months", Y, "dialysis to heart attack"),
 ("l-7yr", L, "could wait seven years or more", "seven years", "duration", 7, 7, "years", Y, "wait for some blood types"),
 ("l-100m", L, "raised $100 million", "$100 million", "money", 100000000, 100000000, "USD", Y, "egenesis series d"),
 ("l-lastfall", L, "from investors last fall", "last fall", "date", 2024, 2024, "year", Y, "egenesis series d date"),
 ("l-10", L, "carries 10 genetic edits", "10", "count", 10, 10, "edits", Y, "egen-2784 edits"),
 ("l-lastmar", L, "a living patient last March", "last March", "date", 2024, 2024, "year", Y, "slayman transplant date"),
 ("l-62", L, "Richard Slayman, 62,", "62", "age", 62, 62, "years", Y, "slayman age"),
 ("l-6wk", L, "died about six weeks later", "six weeks", "duration", 6, 6, "weeks", Y, "slayman survival after transplant"),
 ("l-2more", L, "Administration for two more", "two", "count", 2, 2, "patients", Y, "mgh further fda-permitted transplants"),
 ("l-2yrk", L, "kidney survival beyond two years", "two years", "duration", 2, 2, "years", N, "hope (quote)"),
 ("l-mon", L, "the FDA on Monday cleared", "Monday", "date", 2025, 2025, "year", Y, "united therapeutics ind clearance date"),
 ("l-6pt", L, "will start with six patients", "six", "count", 6, 6, "patients", Y, "ut trial initial cohort"),
 ("l-50more", L, "could expand to 50 more", "50", "count", 50, 50, "patients", Y, "ut trial expansion"),
 ("l-nov", L, "kidneys since November", "November", "date", 2024, 2024, "year", Y, "looney transplant date"),
 ("l-100k", L, "More than 100,000 people nationwide", "100,000", "count", 100000, 100000, "people", Y, "all-organ waiting list"),
 ("l-90k", L, "about 90,000 of them for a kidney", "90,000", "count", 90000, 90000, "people", Y, "kidney waiting list"),
 ("l-half", L, "only about half of dialysis", "half", "percent", 50, 50, "%", Y, "dialysis survival"),
 ("l-5yr", L, "patients survive five years", "five years", "duration", 5, 5, "years", Y, "dialysis mortality horizon"),
 ("l-q3", L, "\"Three times a week", "Three times a week", "count", 3, 3, "sessions/week", N, "quote"),
 ("l-q2yr", L, "a week for two years", "two years", "duration", 2, 2, "years", N, "quote"),

 # ---- KX07 fact-check (2025-04-18)
 ("f-pub", F, "Health · April 18, 2025", "April 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h2mo", F, "has died within two months\n", "two months", "duration", 2, 2, "months", N, "post claim (headline)"),
 ("f-single", F, "\"Every single person", "single", "count", 1, 1, "people", N, "post claim"),
 ("f-c2mo", F, "has died within two months. The organs", "two months", "duration", 2, 2, "months", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-apr12", F, "since April 12", "April 12", "date", 2025, 2025, "year", N, "post date"),
 ("f-lastwk", F, "announced last week", "last week", "date", 2025, 2025, "year", N, "announcement date"),
 ("f-thiswk", F, "As of this week", "this week", "date", 2025, 2025, "year", N, "as-of"),
 ("f-5", F, "five living people", "five", "count", 5, 5, "patients", Y, "living recipients worldwide"),
 ("f-4us", F, "kidneys: four in the United States", "four", "count", 4, 4, "patients", Y, "us living recipients"),
 ("f-1cn", F, "and one in China", "one", "count", 1, 1, "patients", Y, "china living recipients"),
 ("f-2died", F, "Two of the five have died", "Two", "count", 2, 2, "patients", Y, "recipients who died"),
 ("f-5b", F, "Two of the five", "five", "count", 5, 5, "patients", N, "denominator"),
 ("f-mar24", F, "Hospital in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "slayman transplant date"),
 ("f-may24", F, "He died in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "slayman death date"),
 ("f-2mo", F, "nearly two months after surgery", "two months", "duration", 2, 2, "months", Y, "slayman survival after transplant"),
 ("f-54", F, "Lisa Pisano, 54,", "54", "age", 54, 54, "years", Y, "pisano age"),
 ("f-apr24", F, "NYU Langone in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "pisano transplant date"),
 ("f-47", F, "removed after 47 days", "47 days", "duration", 47, 47, "days", Y, "pisano xenograft duration"),
 ("f-lastjul", F, "in hospice last July", "last July", "date", 2024, 2024, "year", Y, "pisano death date"),
 ("f-53", F, "Towana Looney, 53,", "53", "age", 53, 53, "years", Y, "looney age"),
 ("f-nov25", F, "on Nov. 25, 2024", "Nov. 25, 2024", "date", 2024, 2024, "year", Y, "looney transplant date"),
 ("f-130", F, "It worked for 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration"),
 ("f-apr4", F, "removed it on April 4", "April 4", "date", 2025, 2025, "year", Y, "looney explant date"),
 ("f-9y", F, "first time in nine years", "nine years", "duration", 9, 9, "years", Y, "looney time on dialysis before transplant (surgeon)"),
 ("f-66", F, "Tim Andrews, 66,", "66", "age", 66, 66, "years", Y, "andrews age at transplant"),
 ("f-jan25", F, "on Jan. 25, 2025", "Jan. 25, 2025", "date", 2025, 2025, "year", Y, "andrews transplant date"),
 ("f-12w", F, "now nearly 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "andrews dialysis-free as of apr 18 2025"),
 ("f-69y", F, "a 69-year-old woman", "69-year-old", "age", 69, 69, "years", Y, "china recipient age"),
 ("f-mar6", F, "on March 6, 2025", "March 6, 2025", "date", 2025, 2025, "year", Y, "china transplant date"),
 ("f-inmar", F, "reported in March that", "March", "date", 2025, 2025, "year", N, "report date"),
 ("f-3alive", F, "So three of the five", "three", "count", 3, 3, "patients", Y, "recipients alive"),
 ("f-5c", F, "three of the five recipients", "five", "count", 5, 5, "patients", N, "denominator"),
 ("f-today", F, "are alive today", "today", "date", 2025, 2025, "year", N, "as-of"),
 ("f-2func", F, "and two of them were living", "two", "count", 2, 2, "patients", Y, "recipients with functioning kidney"),
 ("f-4mo", F, "lasted more than four months", "four months", "duration", 4, 4, "months", Y, "looney xenograft duration"),
 ("f-feb24", F, "In February 2024 the Food", "February 2024", "date", 2024, 2024, "year", Y, "united therapeutics ind clearance date"),
 ("f-6pt", F, "start with six patients", "six", "count", 6, 6, "patients", Y, "ut trial initial cohort"),
 ("f-50", F, "could expand to 50.", "50", "count", 50, 50, "patients", Y, "ut trial maximum enrollment"),
 ("f-100k", F, "more than 100,000 Americans are on", "100,000", "count", 100000, 100000, "people", Y, "all-organ waiting list"),
 ("f-5k", F, "About 5,000 people a year", "5,000", "count", 5000, 5000, "deaths/year", Y, "annual deaths on kidney list"),
 ("f-13", F, "roughly 13 a day", "13", "count", 13, 13, "deaths/day", Y, "daily deaths on kidney list"),
 ("f-half", F, "and about half of patients on dialysis", "half", "percent", 50, 50, "%", Y, "dialysis mortality"),
 ("f-3yr", F, "die within three years", "three years", "duration", 3, 3, "years", Y, "dialysis mortality horizon"),
 ("f-r2mo", F, "has died within two months. Of", "two months", "duration", 2, 2, "months", N, "post claim (ruling)"),
 ("f-r5", F, "Of the five people", "five", "count", 5, 5, "patients", N, "repeat"),
 ("f-r3", F, "one, three are alive", "three", "count", 3, 3, "patients", Y, "recipients alive (ruling)"),
 ("f-r130", F, "functioned for 130 days", "130 days", "duration", 130, 130, "days", Y, "looney xenograft duration (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Looney xenograft duration: 103 (wire, transposed) vs 130
 ("w-103", "p-130", S), ("w-103", "a-130", S), ("w-103", "e-130", S), ("w-103", "b-130", S),
 ("w-103", "f-130", S), ("w-103", "f-r130", S), ("w-103", "f-4mo", S),
 # S2 EGEN-2784 edit count: 10 (local, the UKidney figure) vs 69
 ("l-10", "w-69", S), ("l-10", "p-69", S), ("l-10", "a-69", S), ("l-10", "e-69", S), ("l-10", "b-69", S),
 # S3 Slayman transplant year: blog "last March" (-> 2025) vs 2024
 ("b-lastmar", "w-mar", S), ("b-lastmar", "p-mar24", S), ("b-lastmar", "a-since", S),
 ("b-lastmar", "e-mar24", S), ("b-lastmar", "l-lastmar", S), ("b-lastmar", "f-mar24", S),
 # S4 United Therapeutics IND clearance year: February 2024 (fact-check) vs 2025
 ("f-feb24", "w-feb", S), ("f-feb24", "a-feb25", S), ("f-feb24", "e-feb", S), ("f-feb24", "l-mon", S),
 # S5 UT trial initial cohort: three (explainer) vs six
 ("e-3pt", "w-6pt", S), ("e-3pt", "b-6pt", S), ("e-3pt", "l-6pt", S), ("e-3pt", "f-6pt", S),
 # S6 eGenesis trial minimum age: 55 (blog, the UT criterion) vs 50
 ("b-55", "w-50age", S), ("b-55", "p-50", S),
 # S7 Slayman survival: six weeks (local, the pig-heart figure) vs 52 days
 ("l-6wk", "w-52", S), ("l-6wk", "a-d52", S), ("l-6wk", "e-52", S), ("l-6wk", "b-52", S),
 # S8 Pisano xenograft duration: 74 (explainer, transposed) vs 47
 ("e-74", "a-d47", S), ("e-74", "b-47", S), ("e-74", "f-47", S),
 # S9 Slayman age: 66 (explainer, Andrews's age) vs 62
 ("e-66s", "w-62", S), ("e-66s", "l-62", S),
 # S10 kidney waiting list: "more than 100,000 ... for a kidney" (wire, all-organ figure) vs ~90,000
 ("w-100k", "p-90k", S), ("w-100k", "e-90k", S), ("w-100k", "b-90k", S), ("w-100k", "l-90k", S),
 # S11 Andrews xenograft duration at explant: 226 (blog, cut-off figure as final) vs 271
 ("b-226", "w-271", S),
 # S12 dialysis-free at 12 weeks: 40% (blog, the cut-off proportion) vs 60%
 ("b-40", "a-60", S),
 # S13 eGenesis Series D: $100 million (local, 2019 Series B) vs $191 million
 ("l-100m", "p-191", S), ("l-100m", "e-191", S),
 # S14 dialysis mortality horizon: three years (fact-check) vs five years
 ("f-3yr", "p-5yr", S), ("f-3yr", "e-5yr", S), ("f-3yr", "l-5yr", S),
 # S15 Andrews dialysis-free as of 8 Sept 2025: more than eight months (press) vs 226 days
 ("p-8mo", "a-226", S), ("p-8mo", "a-c226", S),
 # S16 UKidney human genes added: four (wire) vs six
 ("w-4hu", "a-6hu", S), ("w-4hu", "e-6hu", S), ("w-4hu", "b-6hu", S),
 # S17 UKidney pig genes inactivated: six (wire) vs four
 ("w-6pig", "a-4pig", S), ("w-6pig", "e-4pig", S), ("w-6pig", "b-4pig", S),
 # Qualified
 ("w-30", "b-30", Q),
 ("l-50more", "w-50", Q), ("l-50more", "e-50", Q), ("l-50more", "b-50", Q), ("l-50more", "f-50", Q),
 ("f-9y", "e-8y", Q), ("f-9y", "a-8y", Q),
 ("l-5d", "w-week", Q), ("l-5d", "e-wk", Q),
 ("l-6wk", "f-2mo", Q), ("l-6wk", "b-7wk", Q),
 ("p-25k", "e-28k", Q),
]


def rx(s):
    return r"\s+".join(re.escape(t) for t in s.split())


def main():
    texts = {}
    rows = []
    ids = set()
    ok = True
    for cid, doc, ctx, span, kind, lo, hi, unit, req, topic in C:
        assert cid not in ids, cid
        ids.add(cid)
        if doc not in texts:
            with open(os.path.join(TOPIC, doc), encoding="utf-8") as fh:
                texts[doc] = fh.read()
        t = texts[doc]
        pat = rx(ctx) + (r"\s" if ctx.endswith("\n") else "")
        ms = list(re.finditer(pat, t))
        if len(ms) != 1:
            print(f"CONTEXT NOT UNIQUE ({len(ms)}): {cid} {ctx!r}"); ok = False; continue
        m = ms[0]
        sm = re.search(rx(span), m.group(0))
        if not sm:
            print(f"SPAN NOT IN CONTEXT: {cid}"); ok = False; continue
        st, en = m.start() + sm.start(), m.start() + sm.end()
        sl = t[st:en]
        if " ".join(sl.split()) != " ".join(span.split()):
            print(f"SLICE MISMATCH {cid}: {sl!r}"); ok = False; continue
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    # overlap check within a doc
    byd = {}
    for r in rows:
        byd.setdefault(r["doc"], []).append(r)
    for d, rs in byd.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                print("OVERLAP", a["id"], b["id"]); ok = False
    docof = {r["id"]: r["doc"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT REFERS TO MISSING CLAIM", a, b); ok = False; continue
        assert docof[a] != docof[b], (a, b)
        k = frozenset((a, b)); assert k not in seen, (a, b); seen.add(k)
        conf.append({"type": "conflict", "a": a, "b": b, "grade": g})
    if not ok:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows + conf:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows)-nreq}); conflicts "
          f"{len(conf)} (strict {sum(c['grade']=='strict' for c in conf)}, qualified {sum(c['grade']=='qualified' for c in conf)})")


if __name__ == "__main__":
    main()
