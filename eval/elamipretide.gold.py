#!/usr/bin/env python3
"""Build elamipretide.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "elamipretide")
OUT = os.path.join(HERE, "elamipretide.gold.jsonl")
T = "elamipretide"

W, P, A, E, B, L, F = ("EL01_wire.txt", "EL02_press.txt", "EL03_abstract.txt",
                       "EL04_explainer.txt", "EL05_blog.txt", "EL06_local.txt", "EL07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EL01 wire (2025-05-30; "Thursday" = 2025-05-29)
 ("w-h30", W, "company cuts 30% of staff", "30%", "percent", 30, 30, "%", N, "headline repeat"),
 ("w-dl", W, "BOSTON, May 30", "May 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday the", "Thursday", "date", 2025, 2025, "year", Y, "crl date"),
 ("w-30", W, "lay off 30% of its workforce", "30%", "percent", 30, 30, "%", Y, "share of workforce laid off"),
 ("w-150", W, "affect about 150 people", "150", "count", 150, 150, "patients", Y, "us barth patients"),
 ("w-165", W, "ends a 16.5-month review", "16.5-month", "duration", 16.5, 16.5, "months", Y, "nda review length to crl"),
 ("w-jan24", W, "submitted in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "nda submission"),
 ("w-3mo", W, "back by three months", "three months", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("w-jan", W, "from January to April", "January", "date", 2025, 2025, "year", Y, "original pdufa goal date"),
 ("w-apr", W, "to April, to examine", "April", "date", 2025, 2025, "year", Y, "extended pdufa goal date"),
 ("w-lastmo", W, "pass last month", "last month", "date", 2025, 2025, "year", N, "missed deadline (repeat)"),
 ("w-oct", W, "In October, a panel", "October", "date", 2024, 2024, "year", Y, "adcom date"),
 ("w-v10", W, "voted 10-6 that", "10", "vote", 10, 10, "votes", Y, "adcom votes for"),
 ("w-v6", W, "10-6 that the drug", "6", "vote", 6, 6, "votes", Y, "adcom votes against"),
 ("w-45", W, "by more than 45% in its", "45%", "percent", 45, 45, "%", Y, "knee extensor strength improvement"),
 ("w-12p", W, "assigned 12 patients", "12", "count", 12, 12, "patients", Y, "tazpower randomized n"),
 ("w-12wk", W, "to 12 weeks of daily", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower drug period"),
 ("w-12wkp", W, "and 12 weeks of placebo", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower placebo period"),
 ("w-80", W, "walked about 80 meters farther", "80 meters", "distance", 80, 80, "m", Y, "6mwt change from baseline at ole week 36"),
 ("w-36", W, "farther after 36 weeks", "36 weeks", "duration", 36, 36, "weeks", N, "timepoint"),
 ("w-3yr", W, "for more than three years", "three years", "duration", 3, 3, "years", Y, "longest time on open-label treatment"),
 ("w-rtf", W, "In 2021 the agency refused", "2021", "date", 2021, 2021, "year", Y, "refusal to file"),
 ("w-2022", W, "from Nasdaq in 2022", "2022", "date", 2022, 2022, "year", Y, "company went private"),
 ("w-38", W, "headcount was 38, in 2021", "38", "count", 38, 38, "employees", Y, "last disclosed headcount (2021)"),
 ("w-38y", W, "was 38, in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-three", W, "by three different FDA review divisions", "three", "count", 3, 3, "divisions", Y, "fda review divisions handling program"),
 ("w-2019", W, "to the agency in 2019", "2019", "date", 2019, 2019, "year", Y, "first barth data to fda"),
 ("w-69", W, "only six to nine months", "six to nine months", "duration", 6, 9, "months", Y, "manufacturing runway without approval"),
 ("w-23", W, "Nearly two-thirds of the patients", "two-thirds", "percent", 66.67, 66.67, "%", Y, "newborn share of expanded access"),
 ("w-78m", W, "raised $78 million", "$78 million", "money", 78000000, 78000000, "USD", Y, "ipo proceeds"),
 ("w-ipo19", W, "in a 2019 initial public", "2019", "date", 2019, 2019, "year", Y, "ipo year"),
 ("w-2021m", W, "agreed in 2021 to provide", "2021", "date", 2021, 2021, "year", Y, "morningside additional funding year"),
 ("w-30m", W, "an additional $30 million", "$30 million", "money", 30000000, 30000000, "USD", Y, "morningside 2021 additional funding"),
 ("w-fewdays", W, "even a delay of a few days", "a few days", "duration", None, None, "days", N, "vague (quote)"),

 # ---- EL02 press (2025-09-19)
 ("p-sub30", P, "children weighing less than 30 kg while", "30 kg", "weight", 30, 30, "kg", N, "subtitle repeat"),
 ("p-dl", P, "Mass., Sept. 19, 2025", "Sept. 19, 2025", "date", 2025, 2025, "year", N, "dateline (approval day)"),
 ("p-30kg", P, "at least 30 kilograms (approximately", "30 kilograms", "weight", 30, 30, "kg", Y, "label weight threshold"),
 ("p-66lb", P, "(approximately 66 pounds)", "66 pounds", "weight", 66, 66, "lb", Y, "label weight threshold (lb)"),
 ("p-150", P, "approximately 150 individuals", "150", "count", 150, 150, "patients", Y, "us barth patients"),
 ("p-decade", P, "this decade-long journey", "decade-long", "duration", 10, 10, "years", N, "quote aside"),
 ("p-may", P, "received in May and", "May", "date", 2025, 2025, "year", Y, "crl date"),
 ("p-aug", P, "application in August", "August", "date", 2025, 2025, "year", Y, "nda resubmission date"),
 ("p-6yr", P, "after six years of engagement", "six years", "duration", 6, 6, "years", N, "aside"),
 ("p-four", P, "with four FDA review divisions", "four", "count", 4, 4, "divisions", Y, "fda review divisions handling program"),
 ("p-2024", P, "and a 2024 meeting", "2024", "date", 2024, 2024, "year", Y, "adcom date"),
 ("p-v10", P, "voted 10 to 6 that", "10", "vote", 10, 10, "votes", Y, "adcom votes for"),
 ("p-v6", P, "10 to 6 that elamipretide", "6", "vote", 6, 6, "votes", Y, "adcom votes against"),
 ("p-12", P, "in which 12 patients", "12", "count", 12, 12, "patients", Y, "tazpower randomized n"),
 ("p-40a", P, "randomized to 40 mg of", "40 mg", "dose", 40, 40, "mg", Y, "elamipretide daily dose"),
 ("p-oncea", P, "or placebo once daily in", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-168", P, "up to 168 weeks", "168 weeks", "duration", 168, 168, "weeks", Y, "ole duration"),
 ("p-45", P, "by more than 45% from", "45%", "percent", 45, 45, "%", Y, "knee extensor strength improvement"),
 ("p-36", P, "After 36 weeks of open-label", "36 weeks", "duration", 36, 36, "weeks", N, "timepoint"),
 ("p-959", P, "an average of 95.9 meters", "95.9 meters", "distance", 95.9, 95.9, "m", Y, "6mwt change from baseline at ole week 36"),
 ("p-nhc12", P, "control group of 12 untreated", "12", "count", 12, 12, "patients", Y, "natural history control n"),
 ("p-two", P, "Two of 10 patients", "Two", "count", 2, 2, "patients", Y, "ole discontinuations for injection-site reactions"),
 ("p-of10", P, "Two of 10 patients", "10", "count", 10, 10, "patients", N, "denominator (ole n)"),
 ("p-40b", P, "FORZINITY is 40 mg injected", "40 mg", "dose", 40, 40, "mg", Y, "elamipretide daily dose"),
 ("p-onceb", P, "subcutaneously once daily. The", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-20", P, "reduced to 20 mg once daily", "20 mg", "dose", 20, 20, "mg", Y, "dose in severe renal impairment"),
 ("p-oncec", P, "20 mg once daily in patients", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-280", P, "containing 280 mg/3.5 mL", "280 mg", "dose", 280, 280, "mg", Y, "vial content"),
 ("p-35ml", P, "280 mg/3.5 mL", "3.5 mL", "volume", 3.5, 3.5, "mL", Y, "vial volume"),
 ("p-ea30", P, "less than 30 kilograms who are", "30 kilograms", "weight", 30, 30, "kg", Y, "expanded access weight threshold"),
 ("p-ye", P, "States by year-end", "year-end", "date", 2025, 2025, "year", N, "expected availability"),
 ("p-1m", P, "affect one in 1,000,000 males", "one in 1,000,000", "percent", 0.0001, 0.0001, "%", Y, "prevalence in males"),
 ("p-85", P, "an estimated 85% of early deaths", "85%", "percent", 85, 85, "%", Y, "share of early deaths by age five"),
 ("p-age5", P, "occur by age five", "age five", "age", 5, 5, "years", N, "qualifier age"),

 # ---- EL03 abstract (2025-11-10)
 ("a-pub", A, "Published online 10 November 2025", "10 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t168", A, "its 168-week open-label", "168-week", "duration", 168, 168, "weeks", N, "title"),
 ("a-inc", A, "1 in 300,000–400,000 births", "1 in 300,000–400,000", "percent", 0.00025, 0.000333, "%", Y, "incidence per birth"),
 ("a-2020", A, "a 2020 survey counted", "2020", "date", 2020, 2020, "year", N, "estimate year"),
 ("a-111", A, "counted 111 diagnosed", "111", "count", 111, 111, "patients", Y, "us barth patients (2020 count)"),
 ("a-ww", A, "and 230–250 worldwide", "230–250", "count", 230, 250, "patients", Y, "worldwide barth patients"),
 ("a-appr", A, "approval on 19 September 2025", "19 September 2025", "date", 2025, 2025, "year", Y, "accelerated approval date"),
 ("a-30kg", A, "weighing ≥30 kg", "30 kg", "weight", 30, 30, "kg", Y, "label weight threshold"),
 ("a-rtf", A, "refusal-to-file decision in 2021", "2021", "date", 2021, 2021, "year", Y, "refusal to file"),
 ("a-adcom", A, "vote in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "adcom date"),
 ("a-crl", A, "response letter in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "crl date"),
 ("a-n12", A, "N = 12 males", "12", "count", 12, 12, "patients", Y, "tazpower randomized n"),
 ("a-age", A, "aged 12–35 years", "12–35 years", "age", 12, 35, "years", Y, "tazpower age range"),
 ("a-mean", A, "(mean 19.5 years)", "19.5 years", "age", 19.5, 19.5, "years", Y, "tazpower mean age"),
 ("a-11", A, "years) 1:1 to", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-40a", A, "elamipretide 40 mg once daily", "40 mg", "dose", 40, 40, "mg", Y, "elamipretide daily dose"),
 ("a-once", A, "40 mg once daily or", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("a-12wa", A, "placebo for 12 weeks, followed", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower first period"),
 ("a-4wk", A, "a 4-week washout", "4-week", "duration", 4, 4, "weeks", Y, "washout length"),
 ("a-12wb", A, "and 12 weeks on the opposite", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower second period"),
 ("a-40b", A, "elamipretide 40 mg/day", "40 mg/day", "dose", 40, 40, "mg", Y, "ole daily dose"),
 ("a-168", A, "continued to week 168", "week 168", "duration", 168, 168, "weeks", Y, "ole duration"),
 ("a-ten", A, "Ten participants (n = 10)", "Ten", "count", 10, 10, "patients", Y, "ole entrants"),
 ("a-n10", A, "participants (n = 10)", "10", "count", 10, 10, "patients", N, "ole entrants (repeat)"),
 ("a-eight", A, "entered the OLE and eight", "eight", "count", 8, 8, "patients", Y, "patients reaching ole week 36"),
 ("a-n8", A, "eight (n = 8) reached", "8", "count", 8, 8, "patients", N, "repeat"),
 ("a-wk36a", A, "reached week 36.", "week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("a-wk36b", A, "At week 36 the mean", "week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("a-959", A, "increased by 95.9 m", "95.9 m", "distance", 95.9, 95.9, "m", Y, "6mwt change from baseline at ole week 36"),
 ("a-959ci", A, "(95% CI 16.9 to 174.9", "16.9 to 174.9", "distance", 16.9, 174.9, "m", Y, "ci"),
 ("a-p024", A, "P = 0.024", "0.024", "pvalue", 0.024, 0.024, "p", N, "p-value"),
 ("a-21", A, "changed by −2.1 points", "−2.1 points", "score", -2.1, -2.1, "points", Y, "bths-sa fatigue change at ole week 36"),
 ("a-21ci", A, "(95% CI −3.9 to −0.3", "−3.9 to −0.3", "score", -3.9, -0.3, "points", Y, "ci"),
 ("a-p031", A, "P = 0.031", "0.031", "pvalue", 0.031, 0.031, "p", N, "p-value"),
 ("a-45", A, "by more than 45% from", "45%", "percent", 45, 45, "%", Y, "knee extensor strength improvement"),
 ("a-olen8", A, "(OLE n = 8;", "8", "count", 8, 8, "patients", N, "nhc analysis treated n (repeat)"),
 ("a-19", A, "NHC n = 19", "19", "count", 19, 19, "patients", Y, "natural history control n"),
 ("a-12echo", A, "including 12 with serial", "12", "count", 12, 12, "patients", Y, "nhc with serial echocardiograms"),
 ("a-797", A, "elamipretide by 79.7 m", "79.7 m", "distance", 79.7, 79.7, "m", Y, "6mwt difference vs nhc at week 64"),
 ("a-wk64", A, "79.7 m at week 64", "week 64", "duration", 64, 64, "weeks", N, "timepoint"),
 ("a-p0004", A, "(P = 0.0004)", "0.0004", "pvalue", 0.0004, 0.0004, "p", N, "p-value"),
 ("a-910", A, "and 91.0 m at week", "91.0 m", "distance", 91.0, 91.0, "m", Y, "6mwt difference vs nhc at week 76"),
 ("a-wk76", A, "91.0 m at week 76", "week 76", "duration", 76, 76, "weeks", N, "timepoint"),
 ("a-p0005a", A, "week 76 (P = 0.0005)", "0.0005", "pvalue", 0.0005, 0.0005, "p", N, "p-value"),
 ("a-408", A, "were 40.8 N", "40.8 N", "other", 40.8, 40.8, "N", Y, "hhd strength difference vs nhc week 64"),
 ("a-p0002", A, "(P = 0.0002)", "0.0002", "pvalue", 0.0002, 0.0002, "p", N, "p-value"),
 ("a-567", A, "and 56.7 N", "56.7 N", "other", 56.7, 56.7, "N", Y, "hhd strength difference vs nhc week 76"),
 ("a-p0005b", A, "56.7 N (P = 0.0005)", "0.0005", "pvalue", 0.0005, 0.0005, "p", N, "p-value"),
 ("a-lvef", A, "ejection fraction was 60.6%", "60.6%", "percent", 60.6, 60.6, "%", Y, "baseline lvef"),
 ("a-wk36c", A, "Through week 36, 91", "week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("a-91", A, "week 36, 91 treatment-emergent", "91", "count", 91, 91, "events", Y, "teaes through week 36"),
 ("a-1sae", A, "events and 1 serious", "1", "count", 1, 1, "events", Y, "saes through week 36"),
 ("a-ref2", A, "syndrome. 19 September 2025.", "19 September 2025", "date", 2025, 2025, "year", N, "reference date"),
 ("a-2", A, "2 of 10 OLE participants", "2", "count", 2, 2, "patients", Y, "ole discontinuations for injection-site reactions"),
 ("a-of10", A, "2 of 10 OLE participants", "10", "count", 10, 10, "patients", N, "denominator (ole n)"),

 # ---- EL04 explainer (2026-02-10)
 ("e-upd", E, "Updated February 10, 2026", "February 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-1m", E, "About 1 in 1,000,000 males", "1 in 1,000,000", "percent", 0.0001, 0.0001, "%", Y, "prevalence in males"),
 ("e-150", E, "Around 150 people", "150", "count", 150, 150, "patients", Y, "us barth patients"),
 ("e-400", E, "about 400 worldwide", "400", "count", 400, 400, "patients", Y, "worldwide barth patients"),
 ("e-age5", E, "before age 5", "age 5", "age", 5, 5, "years", N, "qualifier age"),
 ("e-appr", E, "approval on September 19, 2025", "September 19, 2025", "date", 2025, 2025, "year", Y, "accelerated approval date"),
 ("e-30kg", E, "at least 30 kilograms (about", "30 kilograms", "weight", 30, 30, "kg", Y, "label weight threshold"),
 ("e-66lb", E, "(about 66 pounds)", "66 pounds", "weight", 66, 66, "lb", Y, "label weight threshold (lb)"),
 ("e-adcom", E, "backed it in October of last year", "October of last year", "date", 2025, 2025, "year", Y, "adcom date"),
 ("e-crl", E, "turned it down in May 2025", "May 2025", "date", 2025, 2025, "year", Y, "crl date"),
 ("e-aug", E, "refiled in August", "August", "date", 2025, 2025, "year", Y, "nda resubmission date"),
 ("e-5wk", E, "about five weeks later", "five weeks", "duration", 5, 5, "weeks", Y, "resubmission to approval"),
 ("e-12", E, "enrolled 12 patients", "12", "count", 12, 12, "patients", Y, "tazpower randomized n"),
 ("e-12wa", E, "the drug for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower drug period"),
 ("e-12wb", E, "a placebo for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower placebo period"),
 ("e-ten", E, "Among the ten who reached", "ten", "count", 10, 10, "patients", Y, "patients reaching ole week 36"),
 ("e-36", E, "who reached 36 weeks", "36 weeks", "duration", 36, 36, "weeks", N, "timepoint"),
 ("e-96", E, "rose by about 96 meters", "96 meters", "distance", 96, 96, "m", Y, "6mwt change from baseline at ole week 36"),
 ("e-once", E, "skin once a day", "once a day", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("e-40", E, "usual dose is 40 mg", "40 mg", "dose", 40, 40, "mg", Y, "elamipretide daily dose"),
 ("e-20", E, "take 20 mg instead", "20 mg", "dose", 20, 20, "mg", Y, "dose in severe renal impairment"),
 ("e-280", E, "vial holds 280 mg", "280 mg", "dose", 280, 280, "mg", Y, "vial content"),
 ("e-7", E, "enough for seven daily doses", "seven", "count", 7, 7, "doses", Y, "doses per vial"),
 ("e-4v", E, "a carton of four vials", "four", "count", 4, 4, "vials", Y, "vials per carton"),
 ("e-4wk", E, "which covers four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "carton supply"),
 ("e-three", E, "Three of the 10 patients", "Three", "count", 3, 3, "patients", Y, "ole discontinuations for injection-site reactions"),
 ("e-of10", E, "Three of the 10 patients", "10", "count", 10, 10, "patients", N, "denominator (ole n)"),
 ("e-800k", E, "up to nearly $800,000 a year", "$800,000", "money", 800000, 800000, "USD", Y, "annual price"),
 ("e-66k", E, "roughly $66,000 a month", "$66,000", "money", 66000, 66000, "USD", Y, "monthly price"),
 ("e-12mo", E, "for 12 months at a time", "12 months", "duration", 12, 12, "months", Y, "prior authorization period"),

 # ---- EL05 blog (2025-11-18)
 ("b-pub", B, "Natarajan · November 18, 2025", "November 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-appr", B, "(elamipretide) on Sept. 19", "Sept. 19", "date", 2025, 2025, "year", Y, "accelerated approval date"),
 ("b-30kg", B, "at least 30 kilograms, or", "30 kilograms", "weight", 30, 30, "kg", Y, "label weight threshold"),
 ("b-55lb", B, "about 55 pounds", "55 pounds", "weight", 55, 55, "lb", Y, "label weight threshold (lb)"),
 ("b-250", B, "roughly 250 people in the U.S.", "250", "count", 250, 250, "patients", Y, "us barth patients"),
 ("b-h2019", B, "2019: the IPO", "2019", "date", 2019, 2019, "year", N, "section heading"),
 ("b-feb19", B, "public in February 2019", "February 2019", "date", 2019, 2019, "year", Y, "ipo year"),
 ("b-100m", B, "a $100 million IPO", "$100 million", "money", 100000000, 100000000, "USD", Y, "ipo proceeds"),
 ("b-dec19", B, "In December 2019 its", "December 2019", "date", 2019, 2019, "year", Y, "mmpower-3 failure"),
 ("b-218", B, "enrolled 218 patients", "218", "count", 218, 218, "patients", Y, "mmpower-3 enrollment"),
 ("b-659", B, "lost 65.9% of its value", "65.9%", "percent", 65.9, 65.9, "%", Y, "share price drop"),
 ("b-day", B, "value in a day", "a day", "duration", 1, 1, "days", N, "aside"),
 ("b-h2022", B, "2020–2022: survival", "2020–2022", "date", 2020, 2022, "year", N, "section heading"),
 ("b-20pp", B, "a $20 million private placement", "$20 million", "money", 20000000, 20000000, "USD", Y, "morningside private placement"),
 ("b-apr20", B, "placement in April 2020", "April 2020", "date", 2020, 2020, "year", Y, "private placement date"),
 ("b-nov20", B, "agreement in November 2020", "November 2020", "date", 2020, 2020, "year", Y, "development funding agreement date"),
 ("b-20up", B, "received $20 million up front", "$20 million", "money", 20000000, 20000000, "USD", Y, "development funding agreement first closing"),
 ("b-30m", B, "another $30 million in 2021", "$30 million", "money", 30000000, 30000000, "USD", Y, "morningside 2021 additional funding"),
 ("b-2021", B, "$30 million in 2021", "2021", "date", 2021, 2021, "year", Y, "morningside additional funding year"),
 ("b-rtf", B, "In 2022 the FDA refused", "2022", "date", 2022, 2022, "year", Y, "refusal to file"),
 ("b-h2425", B, "2024–2025: the review", "2024–2025", "date", 2024, 2025, "year", N, "section heading"),
 ("b-jan24", B, "went in in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "nda submission"),
 ("b-mar29", B, "On March 29, 2024", "March 29, 2024", "date", 2024, 2024, "year", Y, "nda filing decision"),
 ("b-adcom", B, "in favor in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "adcom date"),
 ("b-3mo", B, "a three-month extension", "three-month", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("b-jan29", B, "from Jan. 29 to", "Jan. 29", "date", 2025, 2025, "year", Y, "original pdufa goal date"),
 ("b-apr29", B, "to April 29, and", "April 29", "date", 2025, 2025, "year", Y, "extended pdufa goal date"),
 ("b-crl", B, "arrived on May 29, 2025", "May 29, 2025", "date", 2025, 2025, "year", Y, "crl date"),
 ("b-14mo", B, "more than 14 months under review", "14 months", "duration", 14, 14, "months", Y, "review length to crl (from filing decision)"),
 ("b-four", B, "through four different FDA", "four", "count", 4, 4, "divisions", Y, "fda review divisions handling program"),
 ("b-30", B, "laid off 30% of its staff", "30%", "percent", 30, 30, "%", Y, "share of workforce laid off"),
 ("b-65", B, "counting 65 people", "65", "count", 65, 65, "people", Y, "linkedin-listed staff"),
 ("b-28", B, "roughly 28 staffers", "28", "count", 28, 28, "employees", Y, "employees laid off (estimate)"),
 ("b-aug15", B, "resubmitted on Aug. 15", "Aug. 15", "date", 2025, 2025, "year", Y, "nda resubmission date"),
 ("b-sep26", B, "target date of Sept. 26", "Sept. 26", "date", 2025, 2025, "year", Y, "resubmission goal date"),
 ("b-week", B, "came a week early", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("b-month", B, "just over a month after", "a month", "duration", 1, 1, "months", Y, "resubmission to approval"),
 ("b-80", B, "walked nearly 80 meters farther", "80 meters", "distance", 80, 80, "m", Y, "6mwt difference vs nhc at week 64"),
 ("b-64", B, "farther at 64 weeks", "64 weeks", "duration", 64, 64, "weeks", N, "timepoint"),
 ("b-45", B, "improved by more than 45%", "45%", "percent", 45, 45, "%", Y, "knee extensor strength improvement"),
 ("b-dozen", B, "nearly a dozen FDA reviewers", "a dozen", "count", 12, 12, "reviewers", Y, "fda reviewers recommending against"),
 ("b-800k", B, "up to nearly $800,000 a year", "$800,000", "money", 800000, 800000, "USD", Y, "annual price"),
 ("b-ea30", B, "children under 30 kg", "30 kg", "weight", 30, 30, "kg", Y, "expanded access weight threshold"),
 ("b-rel5", B, "Five rare-disease PDUFA", "Five", "count", 5, 5, "dates", N, "related link"),
 ("b-rel26", B, "to watch in 2026", "2026", "date", 2026, 2026, "year", N, "related link"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- EL06 local (2024-10-11), hard-wrapped; "Thursday" = 2024-10-10
 ("l-pub", L, "Friday, October 11, 2024", "October 11, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-v11", L, "voted 11 to 5 on Thursday", "11", "vote", 11, 11, "votes", Y, "adcom votes for"),
 ("l-v5", L, "11 to 5 on Thursday", "5", "vote", 5, 5, "votes", Y, "adcom votes against"),
 ("l-thu", L, "5 on Thursday that", "Thursday", "date", 2024, 2024, "year", Y, "adcom date"),
 ("l-129", L, "currently affects 129 males", "129", "count", 129, 129, "patients", Y, "us barth patients (2024 count)"),
 ("l-jan29", L, "application by Jan. 29", "Jan. 29", "date", 2025, 2025, "year", Y, "original pdufa goal date"),
 ("l-12", L, "enrolled 12 patients", "12", "count", 12, 12, "patients", Y, "tazpower randomized n"),
 ("l-age", L, "aged 12 to 35", "12 to 35", "age", 12, 35, "years", Y, "tazpower age range"),
 ("l-40", L, "daily 40 mg injections", "40 mg", "dose", 40, 40, "mg", Y, "elamipretide daily dose"),
 ("l-12wa", L, "elamipretide for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower drug period"),
 ("l-12wb", L, "placebo for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "tazpower placebo period"),
 ("l-2yr", L, "which ran two years", "two years", "duration", 2, 2, "years", Y, "ole duration"),
 ("l-eight", L, "the eight patients who reached", "eight", "count", 8, 8, "patients", Y, "patients reaching ole week 36"),
 ("l-wk36", L, "reached week 36", "week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("l-96", L, "nearly 96 meters", "96 meters", "distance", 96, 96, "m", Y, "6mwt change from baseline at ole week 36"),
 ("l-19", L, "with 19 untreated patients", "19", "count", 19, 19, "patients", Y, "natural history control n"),
 ("l-91", L, "91 meters farther than the untreated", "91 meters", "distance", 91, 91, "m", Y, "6mwt difference vs nhc at week 64"),
 ("l-64", L, "group at 64 weeks", "64 weeks", "duration", 64, 64, "weeks", N, "timepoint"),
 ("l-rtf", L, "application in 2021 for", "2021", "date", 2021, 2021, "year", Y, "refusal to file"),
 ("l-jan", L, "application in January, and", "January", "date", 2024, 2024, "year", Y, "nda submission"),
 ("l-17", L, "whose 17-year-old son", "17-year-old", "age", 17, 17, "years", N, "interviewee's son"),
 ("l-decade", L, "our decade-long work", "decade-long", "duration", 10, 10, "years", N, "quote aside"),
 ("l-dozen", L, "employs a few dozen people", "a few dozen", "count", None, None, "employees", N, "vague"),
 ("l-2020", L, "Ventures since 2020", "2020", "date", 2020, 2020, "year", N, "morningside backing start"),

 # ---- EL07 fact-check (2025-11-14)
 ("f-h1m", F, "approve a $1 million-a-year drug that", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (headline)"),
 ("f-pub", F, "ClearCheck · November 14, 2025", "November 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c1m", F, "just approved a $1 million-a-year", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim"),
 ("f-c150", F, "disease with 150 patients", "150", "count", 150, 150, "patients", N, "post claim"),
 ("f-9k", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-appr", F, "approved on Sept. 19, 2025, as", "Sept. 19, 2025", "date", 2025, 2025, "year", Y, "accelerated approval date"),
 ("f-150", F, "affecting about 150 people", "150", "count", 150, 150, "patients", Y, "us barth patients"),
 ("f-300", F, "fewer than 300 worldwide", "300", "count", 300, 300, "patients", Y, "worldwide diagnosed (upper bound)"),
 ("f-nov5", F, "Reuters reported on Nov. 5", "Nov. 5", "date", 2025, 2025, "year", N, "report date"),
 ("f-800k", F, "nearly $800,000 a year. That", "$800,000", "money", 800000, 800000, "USD", Y, "annual price"),
 ("f-not1m", F, "it is not $1 million.", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (repeat)"),
 ("f-dozen", F, "nearly a dozen FDA reviewers", "a dozen", "count", 12, 12, "reviewers", Y, "fda reviewers recommending against"),
 ("f-10p", F, "a trial of just 10 patients", "10", "count", 10, 10, "patients", Y, "tazpower randomized n"),
 ("f-6min", F, "distance walked in six minutes", "six minutes", "duration", 6, 6, "minutes", N, "test definition"),
 ("f-54", F, "by more than 54%", "54%", "percent", 54, 54, "%", Y, "knee extensor strength improvement"),
 ("f-20mg", F, "a 20-milligram injection", "20-milligram", "dose", 20, 20, "mg", Y, "elamipretide daily dose"),
 ("f-once", F, "injection once a day", "once a day", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("f-oct10", F, "On Oct. 10, 2024, the FDA", "Oct. 10, 2024", "date", 2024, 2024, "year", Y, "adcom date"),
 ("f-v10", F, "voted 10-6 that elamipretide", "10", "vote", 10, 10, "votes", Y, "adcom votes for"),
 ("f-v6", F, "10-6 that elamipretide", "6", "vote", 6, 6, "votes", Y, "adcom votes against"),
 ("f-rtf", F, "application in October 2021", "October 2021", "date", 2021, 2021, "year", Y, "refusal to file"),
 ("f-jan24", F, "refiled in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "nda submission"),
 ("f-4mo", F, "review by four months", "four months", "duration", 4, 4, "months", Y, "pdufa extension length"),
 ("f-crl", F, "letter in May 2025", "May 2025", "date", 2025, 2025, "year", Y, "crl date"),
 ("f-165", F, "after a 16.5-month review", "16.5-month", "duration", 16.5, 16.5, "months", Y, "nda review length to crl"),
 ("f-38", F, "laid off 38 employees", "38", "count", 38, 38, "employees", Y, "employees laid off"),
 ("f-aug", F, "resubmitted in August", "August", "date", 2025, 2025, "year", Y, "nda resubmission date"),
 ("f-78m", F, "raised $78 million", "$78 million", "money", 78000000, 78000000, "USD", Y, "ipo proceeds"),
 ("f-2019", F, "in its 2019 IPO", "2019", "date", 2019, 2019, "year", Y, "ipo year"),
 ("f-12", F, "IPO at $12 a share", "$12", "money", 12, 12, "USD", Y, "ipo share price"),
 ("f-2020", F, "financed since 2020", "2020", "date", 2020, 2020, "year", N, "morningside backing start"),
 ("f-35m", F, "a $35 million development", "$35 million", "money", 35000000, 35000000, "USD", Y, "morningside development funding agreement size"),
 ("f-r150", F, "affect about 150 Americans", "150", "count", 150, 150, "patients", Y, "us barth patients (ruling)"),
 ("f-r800k", F, "up to nearly $800,000 a year, not", "$800,000", "money", 800000, 800000, "USD", Y, "annual price (ruling)"),
 ("f-r1m", F, "a year, not $1 million, and", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (ruling)"),
 ("f-rv10", F, "voted 10-6 in favor", "10", "vote", 10, 10, "votes", Y, "adcom votes for (ruling)"),
 ("f-s1", F, "Barth Syndrome,\" Sept. 19, 2025", "Sept. 19, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s2", F, "objections,\" Nov. 5, 2025", "Nov. 5, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "releases, May 29, 2025,", "May 29, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "and Sept. 19, 2025 - FDA", "Sept. 19, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s5", F, "meeting of Oct. 10, 2024", "Oct. 10, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-rv6", F, "10-6 in favor", "6", "vote", 6, 6, "votes", Y, "adcom votes against (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 adcom tally 11-5 vs 10-6
 ("l-v11", "w-v10", S), ("l-v11", "p-v10", S), ("l-v11", "f-v10", S), ("l-v11", "f-rv10", S),
 ("l-v5", "w-v6", S), ("l-v5", "p-v6", S), ("l-v5", "f-v6", S), ("l-v5", "f-rv6", S),
 # S2 adcom year: "October of last year" (2025) vs 2024
 ("e-adcom", "w-oct", S), ("e-adcom", "p-2024", S), ("e-adcom", "a-adcom", S), ("e-adcom", "b-adcom", S),
 ("e-adcom", "l-thu", S), ("e-adcom", "f-oct10", S),
 # S3 CRL year: May 2024 vs 2025
 ("a-crl", "w-thu", S), ("a-crl", "p-may", S), ("a-crl", "e-crl", S), ("a-crl", "b-crl", S), ("a-crl", "f-crl", S),
 # S4 refusal-to-file year: 2022 vs 2021
 ("b-rtf", "w-rtf", S), ("b-rtf", "a-rtf", S), ("b-rtf", "l-rtf", S), ("b-rtf", "f-rtf", S),
 # S5 US patients: 250 vs about 150
 ("b-250", "w-150", S), ("b-250", "p-150", S), ("b-250", "e-150", S), ("b-250", "f-150", S), ("b-250", "f-r150", S),
 # S6 PDUFA extension: four months vs three
 ("f-4mo", "w-3mo", S), ("f-4mo", "b-3mo", S),
 # S7 employees laid off: 38 vs ~28
 ("f-38", "b-28", S),
 # S8 6MWT change at OLE week 36: 80 m vs 95.9/96 m
 ("w-80", "p-959", S), ("w-80", "a-959", S), ("w-80", "e-96", S), ("w-80", "l-96", S),
 # S9 TAZPOWER randomized n: 10 vs 12
 ("f-10p", "w-12p", S), ("f-10p", "p-12", S), ("f-10p", "a-n12", S), ("f-10p", "e-12", S), ("f-10p", "l-12", S),
 # S10 patients reaching OLE week 36: ten vs eight
 ("e-ten", "a-eight", S), ("e-ten", "l-eight", S),
 # S11 knee extensor improvement: 54% vs 45%
 ("f-54", "w-45", S), ("f-54", "p-45", S), ("f-54", "a-45", S), ("f-54", "b-45", S),
 # S12 weight threshold in pounds: 55 vs 66
 ("b-55lb", "p-66lb", S), ("b-55lb", "e-66lb", S),
 # S13 standard daily dose: 20 mg vs 40 mg
 ("f-20mg", "p-40a", S), ("f-20mg", "p-40b", S), ("f-20mg", "a-40a", S), ("f-20mg", "a-40b", S),
 ("f-20mg", "e-40", S), ("f-20mg", "l-40", S),
 # S14 natural-history control n: 12 vs 19
 ("p-nhc12", "a-19", S), ("p-nhc12", "l-19", S),
 # S15 6MWT difference vs NHC at week 64: 91 vs 79.7 / ~80
 ("l-91", "a-797", S), ("l-91", "b-80", S),
 # S16 FDA review divisions: three vs four
 ("w-three", "p-four", S), ("w-three", "b-four", S),
 # S17 OLE discontinuations for injection-site reactions: three vs two
 ("e-three", "p-two", S), ("e-three", "a-2", S),
 # S18 IPO proceeds: $100M vs $78M
 ("b-100m", "w-78m", S), ("b-100m", "f-78m", S),
 # S19 OLE duration: two years vs 168 weeks / more than three years
 ("l-2yr", "p-168", S), ("l-2yr", "a-168", S), ("l-2yr", "w-3yr", S),
 # Qualified
 # Q1 US patient counts from different sources/dates
 ("l-129", "w-150", Q), ("l-129", "p-150", Q), ("l-129", "e-150", Q), ("l-129", "f-150", Q), ("l-129", "f-r150", Q),
 ("a-111", "w-150", Q), ("a-111", "p-150", Q), ("a-111", "e-150", Q), ("a-111", "f-150", Q), ("a-111", "f-r150", Q),
 ("a-111", "l-129", Q), ("b-250", "l-129", Q), ("b-250", "a-111", Q),
 # Q2 worldwide patients
 ("e-400", "a-ww", Q), ("e-400", "f-300", Q),
 # Q3 incidence per birth vs prevalence in males
 ("a-inc", "p-1m", Q), ("a-inc", "e-1m", Q),
 # Q4 review length counted from filing decision vs submission
 ("b-14mo", "w-165", Q), ("b-14mo", "f-165", Q),
 # Q5 Morningside 2020 development funding: $20M received vs $35M deal
 ("b-20up", "f-35m", Q),
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
        ms = list(re.finditer(rx(ctx), t))
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
        rows.append({"type": "claim", "id": f"el-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"el-{a}", f"el-{b}"
        assert a in docof and b in docof, (a, b)
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
