#!/usr/bin/env python3
"""Build hemophilia-gene.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "hemophilia-gene")
OUT = os.path.join(HERE, "hemophilia-gene.gold.jsonl")
T = "hemophilia-gene"

W, P, A, E, B, L, F = ("HG01_wire.txt", "HG02_press.txt", "HG03_abstract.txt",
                       "HG04_explainer.txt", "HG05_blog.txt", "HG06_local.txt", "HG07_factcheck.txt")
Y = True; N = False
ABR = "bleeds/yr"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- HG01 wire (2025-02-21)
 ("w-dl", W, "NEW YORK, Feb 21", "Feb 21", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday it will", "Thursday", "date", 2025, 2025, "year", Y, "beqvez discontinuation announced"),
 ("w-onetime", W, "Beqvez, its one-time gene", "one-time", "count", 1, 1, "doses", N, "single administration"),
 ("w-several", W, "followed several factors", "several", "count", None, None, "factors", N, "vague"),
 ("w-lessyr", W, "less than a year after U.S.", "less than a year", "duration", 1, 1, "years", Y, "beqvez time on market before exit"),
 ("w-35", W, "treatment at a list price of $3.5 million", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "beqvez list price"),
 ("w-lastapr", W, "cleared it last April", "last April", "date", 2024, 2024, "year", Y, "beqvez fda approval"),
 ("w-canjan", W, "in January of last year", "January of last year", "date", 2024, 2024, "year", Y, "beqvez canada approval"),
 ("w-eujul", W, "European Union last July", "last July", "date", 2024, 2024, "year", Y, "beqvez eu approval"),
 ("w-2014", W, "Spark Therapeutics in 2014", "2014", "date", 2014, 2014, "year", Y, "pfizer licensed from spark"),
 ("w-45", W, "BENEGENE-2 study of 45 men", "45", "count", 45, 45, "participants", Y, "benegene-2 treated participants"),
 ("w-1865", W, "aged 18 to 65", "18 to 65", "age", 18, 65, "years", Y, "benegene-2 age range"),
 ("w-71", W, "fell by 71% after", "71%", "percent", 71, 71, "%", Y, "beqvez abr reduction vs prophylaxis"),
 ("w-single", W, "after a single infusion, compared", "single", "count", 1, 1, "doses", N, "single infusion"),
 ("w-60", W, "Some 60% of the men", "60%", "percent", 60, 60, "%", Y, "beqvez bleed-free after gene therapy"),
 ("w-29", W, "against 29% while", "29%", "percent", 29, 29, "%", Y, "bleed-free during prophylaxis lead-in"),
 ("w-13", W, "bleeding rate was 1.3 with", "1.3", "ratio", 1.3, 1.3, ABR, Y, "beqvez mean abr after (health canada)"),
 ("w-443", W, "versus 4.43 on factor", "4.43", "ratio", 4.43, 4.43, ABR, Y, "beqvez lead-in mean abr (health canada)"),
 ("w-weekly", W, "a once-weekly injection", "once-weekly", "count", 1, 1, "doses/week", N, "hympavzi frequency"),
 ("w-lastoct", W, "injection approved last October", "last October", "date", 2024, 2024, "year", Y, "hympavzi approval"),
 ("w-12age", W, "people aged 12 and older", "12", "age", 12, 12, "years", Y, "hympavzi minimum age"),
 ("w-nov23", W, "approval in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "hemgenix fda approval"),
 ("w-35h", W, "carries a $3.5 million price tag", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "hemgenix list price"),
 ("w-2021", W, "uniQure in 2021", "2021", "date", 2021, 2021, "year", Y, "csl acquired hemgenix rights"),
 ("w-aug", W, "told analysts in August", "August", "date", 2024, 2024, "year", N, "as-of date"),
 ("w-12p", W, "had treated 12 patients", "12", "count", 12, 12, "patients", Y, "hemgenix patients treated fy2024"),
 ("w-fyjune", W, "fiscal year to June", "June", "date", 2024, 2024, "year", N, "fiscal year end"),
 ("w-83k", W, "an estimated 83,000 people", "83,000", "count", 83000, 83000, "people", Y, "hemophilia b worldwide"),
 ("w-33k", W, "about 33,000 men", "33,000", "count", 33000, 33000, "people", Y, "us men with hemophilia (all types)"),
 ("w-sevwk", W, "factor IX several times a week", "several", "count", None, None, "infusions/week", N, "vague frequency"),
 ("w-fewmo", W, "or a few times a month", "a few", "count", None, None, "infusions/month", N, "vague frequency"),
 ("w-2mo", W, "Two months ago the company", "Two months ago", "date", 2024, 2024, "year", N, "sangamo exit (relative)"),
 ("w-lastfall", W, "and last fall it withdrew", "last fall", "date", 2024, 2024, "year", N, "oxbryta withdrawal"),
 ("w-onetime2", W, "because the one-time treatments", "one-time", "count", 1, 1, "doses", N, "single administration"),
 ("w-29m", W, "priced at $2.9 million", "$2.9 million", "money", 2900000, 2900000, "USD", Y, "roctavian (hemophilia a) price"),
 ("w-few", W, "has also seen few patients", "few", "count", None, None, "patients", N, "vague"),

 # ---- HG02 press (2025-12-08)
 ("p-title", P, "Five-Year HOPE-B Results Show", "Five-Year", "duration", 5, 5, "years", N, "headline repeat"),
 ("p-key5", P, "Key five-year findings", "five-year", "duration", 5, 5, "years", N, "subhead"),
 ("p-h94", P, "- 94% of participants remained free of continuous factor IX", "94%", "percent", 94, 94, "%", N, "bullet repeat"),
 ("p-h5y", P, "prophylaxis five years after a single", "five years", "duration", 5, 5, "years", N, "bullet timepoint"),
 ("p-hsingle", P, "five years after a single infusion", "single", "count", 1, 1, "doses", N, "bullet"),
 ("p-h361", P, "was sustained at 36.1 IU/dL at year five", "36.1 IU/dL", "percent", 36.1, 36.1, "IU/dL", N, "bullet repeat"),
 ("p-hyr5", P, "sustained at 36.1 IU/dL at year five", "year five", "duration", 5, 5, "years", N, "bullet timepoint"),
 ("p-h63", P, "bleeds fell 63% over months", "63%", "percent", 63, 63, "%", N, "bullet repeat"),
 ("p-hm760", P, "fell 63% over months 7 to 60", "7 to 60", "duration", 7, 60, "months", N, "bullet window"),
 ("p-dl", P, "Dec. 8, 2025", "Dec. 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-fiveyr", P, "announced final five-year results", "five-year", "duration", 5, 5, "years", Y, "hope-b final report follow-up length"),
 ("p-76", P, "It enrolled 76 adult men", "76", "count", 76, 76, "participants", Y, "hope-b lead-in enrollment"),
 ("p-2pct", P, "factor IX activity of 2% or less) into", "2%", "percent", 2, 2, "%", N, "eligibility definition"),
 ("p-6mo", P, "at least six months on their usual", "six months", "duration", 6, 6, "months", Y, "hope-b lead-in length"),
 ("p-54", P, "Of these, 54 went on", "54", "count", 54, 54, "participants", Y, "hope-b treated"),
 ("p-single2", P, "receive a single intravenous dose", "single", "count", 1, 1, "doses", N, "single dose"),
 ("p-dose", P, "2×10^13 genome copies per kilogram", "2×10^13 genome copies per kilogram", "dose", 2e13, 2e13, "gc/kg", Y, "hemgenix dose"),
 ("p-50", P, "Fifty participants completed", "Fifty", "count", 50, 50, "participants", Y, "hope-b completed 5 years"),
 ("p-5yfu", P, "completed five years of follow-up", "five years", "duration", 5, 5, "years", Y, "hope-b follow-up completed"),
 ("p-39", P, "was 39.0 IU/dL at month six", "39.0 IU/dL", "percent", 39.0, 39.0, "IU/dL", Y, "hemgenix fix month 6"),
 ("p-m6", P, "39.0 IU/dL at month six", "month six", "duration", 6, 6, "months", N, "timepoint"),
 ("p-361", P, "and 36.1 IU/dL at year five.", "36.1 IU/dL", "percent", 36.1, 36.1, "IU/dL", Y, "hemgenix fix year 5"),
 ("p-yr5a", P, "and 36.1 IU/dL at year five.", "year five", "duration", 5, 5, "years", N, "timepoint"),
 ("p-yr5b", P, "At year five, 31%", "year five", "duration", 5, 5, "years", N, "timepoint"),
 ("p-31", P, "At year five, 31% of participants", "31%", "percent", 31, 31, "%", Y, "share in non-hemophilia range yr5"),
 ("p-40100", P, "(40 to less than 100 IU/dL)", "40 to less than 100 IU/dL", "percent", 40, 100, "IU/dL", N, "range definition"),
 ("p-48", P, "48% in the mild range", "48%", "percent", 48, 48, "%", Y, "share in mild range yr5"),
 ("p-1240", P, "(12 to less than 40 IU/dL)", "12 to less than 40 IU/dL", "percent", 12, 40, "IU/dL", N, "range definition"),
 ("p-9", P, "and 9% in the low-mild", "9%", "percent", 9, 9, "%", Y, "share in low-mild range yr5"),
 ("p-512", P, "(5 to less than 12 IU/dL)", "5 to less than 12 IU/dL", "percent", 5, 12, "IU/dL", N, "range definition"),
 ("p-152", P, "all bleeds was 1.52 during months", "1.52", "ratio", 1.52, 1.52, ABR, Y, "hemgenix abr months 7-60"),
 ("p-m760b", P, "1.52 during months 7 to 60", "7 to 60", "duration", 7, 60, "months", N, "window"),
 ("p-416", P, "compared with 4.16 during", "4.16", "ratio", 4.16, 4.16, ABR, Y, "hope-b lead-in abr (5-yr analysis)"),
 ("p-63", P, "a 63% reduction. In", "63%", "percent", 63, 63, "%", Y, "hemgenix abr reduction months 7-60"),
 ("p-y45", P, "In years four and five, the ABR", "four and five", "duration", 4, 5, "years", N, "timepoint"),
 ("p-040", P, "all bleeds was 0.40, approximately", "0.40", "ratio", 0.40, 0.40, ABR, Y, "hemgenix abr years 4-5"),
 ("p-90", P, "approximately 90% lower than during lead-in", "90%", "percent", 90, 90, "%", Y, "abr reduction years 4-5 vs lead-in"),
 ("p-234", P, "ABR of 2.34 during lead-in", "2.34", "ratio", 2.34, 2.34, ABR, Y, "joint abr lead-in"),
 ("p-035", P, "to 0.35 over months", "0.35", "ratio", 0.35, 0.35, ABR, Y, "joint abr months 7-60"),
 ("p-m760c", P, "0.35 over months 7 to 60", "7 to 60", "duration", 7, 60, "months", N, "window"),
 ("p-85", P, "a reduction of 85%", "85%", "percent", 85, 85, "%", Y, "joint bleed reduction"),
 ("p-94", P, "94% of participants remained free of continuous routine", "94%", "percent", 94, 94, "%", Y, "hemgenix prophylaxis-free at year 5"),
 ("p-yr5c", P, "routine prophylaxis at year five", "year five", "duration", 5, 5, "years", N, "timepoint"),
 ("p-5ae", P, "Five treatment-related adverse events", "Five", "count", 5, 5, "events", Y, "treatment-related aes years 4-5"),
 ("p-y45b", P, "between years four and five, none", "four and five", "duration", 4, 5, "years", N, "window"),
 ("p-none", P, "five, none of them serious", "none", "count", 0, 0, "events", N, "none serious"),
 ("p-q5y", P, "\"Five years of stable", "Five years", "duration", 5, 5, "years", N, "quote"),
 ("p-q1", P, "from one infusion is the longest", "one", "count", 1, 1, "doses", N, "quote"),
 ("p-decades", P, "spent decades infusing", "decades", "duration", None, None, "years", N, "vague"),
 ("p-23wk", P, "two or three times a week", "two or three", "count", 2, 3, "infusions/week", N, "quote, prophylaxis frequency"),
 ("p-onetime", P, "value of a one-time treatment", "one-time", "count", 1, 1, "doses", N, "quote"),
 ("p-75", P, "More than 75 people have now", "75", "count", 75, 75, "patients", Y, "hemgenix patients treated to date"),
 ("p-8c", P, "across eight countries, and", "eight", "count", 8, 8, "countries", Y, "countries with hemgenix patients"),
 ("p-58", P, "five to eight times more active", "five to eight times", "ratio", 5, 8, "x", Y, "padua fix activity vs normal"),
 ("p-nov22", P, "Administration in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "hemgenix fda approval"),
 ("p-feb23", P, "European Commission in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "hemgenix eu approval"),
 ("p-jun20", P, "global rights in June 2020", "June 2020", "date", 2020, 2020, "year", Y, "csl acquired hemgenix rights"),
 ("p-450", P, "for $450 million upfront", "$450 million", "money", 450000000, 450000000, "USD", Y, "upfront payment to uniqure"),
 ("p-1916", P, "Founded in 1916", "1916", "date", 1916, 1916, "year", N, "about section"),
 ("p-32k", P, "employs about 32,000 people", "32,000", "count", 32000, 32000, "employees", N, "about section"),
 ("p-100c", P, "in more than 100 countries", "100", "count", 100, 100, "countries", N, "about section"),

 # ---- HG03 abstract (2026-01-15)
 ("a-msingle", A, "after a single infusion with a lead-in", "single", "count", 1, 1, "doses", N, "methods"),
 ("a-twoprod", A, "for the two products", "two", "count", 2, 2, "products", N, "aside"),
 ("a-twotr", A, "The two trials treated", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-pub", A, "Published online 15 January 2026", "15 January 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-tone", A, "One infusion, two trajectories", "One", "count", 1, 1, "doses", N, "title"),
 ("a-ttwo", A, "One infusion, two trajectories", "two", "count", 2, 2, "products", N, "title"),
 ("a-two", A, "Background: Two adeno-associated", "Two", "count", 2, 2, "products", N, "products marketed"),
 ("a-nov22", A, "(FDA) in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "hemgenix fda approval"),
 ("a-feb24", A, "European Union in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "hemgenix eu approval"),
 ("a-apr24", A, "by the FDA in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "beqvez fda approval"),
 ("a-jul24", A, "European Union in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "beqvez eu approval"),
 ("a-feb25", A, "discontinued it in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "beqvez discontinuation"),
 ("a-2pct", A, "factor IX activity of 2% or less that", "2%", "percent", 2, 2, "%", N, "eligibility definition"),
 ("a-6mo", A, "lead-in period of at least 6 months", "6 months", "duration", 6, 6, "months", Y, "lead-in length"),
 ("a-N99", A, "N = 99", "99", "count", 99, 99, "participants", Y, "both trials treated"),
 ("a-n45", A, "BENEGENE-2 n=45", "45", "count", 45, 45, "participants", Y, "benegene-2 treated participants"),
 ("a-n54", A, "HOPE-B n=54", "54", "count", 54, 54, "participants", Y, "hope-b treated"),
 ("a-dose1", A, "5×10¹¹ vector genomes/kg", "5×10¹¹ vector genomes/kg", "dose", 5e11, 5e11, "vg/kg", Y, "beqvez dose"),
 ("a-316", A, "of 316 men screened", "316", "count", 316, 316, "people", Y, "benegene screened"),
 ("a-204", A, "204 (64.6%) were ineligible", "204", "count", 204, 204, "people", Y, "benegene ineligible"),
 ("a-646", A, "204 (64.6%) were ineligible", "64.6%", "percent", 64.6, 64.6, "%", Y, "share ineligible"),
 ("a-188", A, "188 (59.5%) of them", "188", "count", 188, 188, "people", Y, "ineligible for nabs"),
 ("a-595", A, "188 (59.5%) of them", "59.5%", "percent", 59.5, 59.5, "%", Y, "share of screened ineligible for nabs"),
 ("a-44", A, "44 of the 45 treated", "44", "count", 44, 44, "participants", Y, "completed >=15 months"),
 ("a-45b", A, "44 of the 45 treated", "45", "count", 45, 45, "participants", N, "repeat"),
 ("a-15mo", A, "at least 15 months of follow-up", "15 months", "duration", 15, 15, "months", Y, "benegene primary follow-up"),
 ("a-wk12", A, "From week 12 to month 15", "week 12", "duration", 12, 12, "weeks", N, "window start"),
 ("a-m15", A, "From week 12 to month 15", "month 15", "duration", 15, 15, "months", N, "window end"),
 ("a-442", A, "4.42 (95% CI, 1.80", "4.42", "ratio", 4.42, 4.42, ABR, Y, "beqvez lead-in abr (nejm)"),
 ("a-442ci", A, "1.80 to 7.05", "1.80 to 7.05", "ratio", 1.80, 7.05, ABR, Y, "ci"),
 ("a-128", A, "to 1.28 (95% CI", "1.28", "ratio", 1.28, 1.28, ABR, Y, "beqvez abr after (nejm)"),
 ("a-128ci", A, "0.57 to 1.98", "0.57 to 1.98", "ratio", 0.57, 1.98, ABR, Y, "ci"),
 ("a-71", A, "a 71% reduction", "71%", "percent", 71, 71, "%", Y, "beqvez abr reduction vs prophylaxis"),
 ("a-diff", A, "was −3.15 episodes", "−3.15", "ratio", -3.15, -3.15, ABR, Y, "abr treatment difference"),
 ("a-diffci", A, "−5.46 to −0.83", "−5.46 to −0.83", "ratio", -5.46, -0.83, ABR, Y, "ci"),
 ("a-p1", A, "P=0.008", "0.008", "pvalue", 0.008, 0.008, "p", N, "p-value"),
 ("a-60", A, "Sixty percent of participants", "Sixty percent", "percent", 60, 60, "%", Y, "beqvez bleed-free after gene therapy"),
 ("a-29", A, "versus 29% during lead-in", "29%", "percent", 29, 29, "%", Y, "bleed-free during prophylaxis lead-in"),
 ("a-15mob", A, "activity at 15 months was", "15 months", "duration", 15, 15, "months", N, "timepoint"),
 ("a-269", A, "15 months was 26.9%", "26.9%", "percent", 26.9, 26.9, "%", Y, "beqvez mean fix at 15 months"),
 ("a-229", A, "median 22.9%", "22.9%", "percent", 22.9, 22.9, "%", Y, "beqvez median fix at 15 months"),
 ("a-range", A, "range 1.9 to 119.0", "1.9 to 119.0", "percent", 1.9, 119.0, "%", Y, "beqvez fix range"),
 ("a-28", A, "given to 28 participants", "28", "count", 28, 28, "participants", Y, "glucocorticoid use"),
 ("a-62", A, "28 participants (62%)", "62%", "percent", 62, 62, "%", Y, "glucocorticoid use share"),
 ("a-dose2", A, "2×10¹³ genome copies/kg", "2×10¹³ genome copies/kg", "dose", 2e13, 2e13, "gc/kg", Y, "hemgenix dose"),
 ("a-67", A, "67 men entered lead-in", "67", "count", 67, 67, "participants", Y, "hope-b lead-in enrollment"),
 ("a-54b", A, "and 54 were treated", "54", "count", 54, 54, "participants", N, "repeat"),
 ("a-m718", A, "(months 7 to 18)", "7 to 18", "duration", 7, 18, "months", N, "window"),
 ("a-419", A, "4.19 (95% CI", "4.19", "ratio", 4.19, 4.19, ABR, Y, "hope-b lead-in abr (primary)"),
 ("a-419ci", A, "3.22 to 5.45", "3.22 to 5.45", "ratio", 3.22, 5.45, ABR, Y, "ci"),
 ("a-151", A, "to 1.51 (95% CI", "1.51", "ratio", 1.51, 1.51, ABR, Y, "hemgenix abr months 7-18"),
 ("a-151ci", A, "0.81 to 2.82", "0.81 to 2.82", "ratio", 0.81, 2.82, ABR, Y, "ci"),
 ("a-036", A, "rate ratio 0.36", "0.36", "ratio", 0.36, 0.36, "x", Y, "hope-b primary rate ratio"),
 ("a-036ci", A, "0.20 to 0.64", "0.20 to 0.64", "ratio", 0.20, 0.64, "x", Y, "ci"),
 ("a-p2", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-64", A, "a 64% reduction;", "64%", "percent", 64, 64, "%", Y, "hemgenix abr reduction months 7-18"),
 ("a-390", A, "39.0 IU/dL at 6 months", "39.0 IU/dL", "percent", 39.0, 39.0, "IU/dL", Y, "hemgenix fix month 6"),
 ("a-6mob", A, "IU/dL at 6 months and", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-369", A, "36.9 IU/dL at 18 months", "36.9 IU/dL", "percent", 36.9, 36.9, "IU/dL", Y, "hemgenix fix month 18"),
 ("a-18mo", A, "IU/dL at 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("a-50", A, "50 of 54 participants", "50", "count", 50, 50, "participants", Y, "hope-b completed 5 years"),
 ("a-54c", A, "50 of 54 participants", "54", "count", 54, 54, "participants", N, "repeat"),
 ("a-5y", A, "had completed 5 years", "5 years", "duration", 5, 5, "years", Y, "hope-b follow-up completed"),
 ("a-m760", A, "over months 7 to 60 was", "7 to 60", "duration", 7, 60, "months", N, "window"),
 ("a-152", A, "was 1.52 versus", "1.52", "ratio", 1.52, 1.52, ABR, Y, "hemgenix abr months 7-60"),
 ("a-416", A, "versus 4.16 during lead-in", "4.16", "ratio", 4.16, 4.16, ABR, Y, "hope-b lead-in abr (5-yr analysis)"),
 ("a-037", A, "rate ratio 0.37", "0.37", "ratio", 0.37, 0.37, "x", Y, "hope-b 5-yr rate ratio"),
 ("a-037ci", A, "0.18 to 0.76", "0.18 to 0.76", "ratio", 0.18, 0.76, "x", Y, "ci"),
 ("a-p3", A, "P=0.0035", "0.0035", "pvalue", 0.0035, 0.0035, "p", N, "p-value"),
 ("a-63", A, "a reduction of 63%", "63%", "percent", 63, 63, "%", Y, "hemgenix abr reduction months 7-60"),
 ("a-63ci", A, "(95% CI, 24 to 82)", "24 to 82", "percent", 24, 82, "%", Y, "ci"),
 ("a-361", A, "36.1 IU/dL at year 5", "36.1 IU/dL", "percent", 36.1, 36.1, "IU/dL", Y, "hemgenix fix year 5"),
 ("a-yr5", A, "IU/dL at year 5", "year 5", "duration", 5, 5, "years", N, "timepoint"),
 ("a-jun23", A, "took place in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "first us commercial hemgenix patient"),
 ("a-7mo", A, "about 7 months after approval", "7 months", "duration", 7, 7, "months", Y, "approval to first commercial patient"),
 ("a-12", A, "reported 12 patients treated", "12", "count", 12, 12, "patients", Y, "hemgenix patients treated fy2024"),
 ("a-fy24", A, "in its 2024 financial year", "2024", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("a-75", A, "more than 75 across eight", "75", "count", 75, 75, "patients", Y, "hemgenix patients treated to date"),
 ("a-8c", A, "across eight countries by late 2025", "eight", "count", 8, 8, "countries", Y, "countries with hemgenix patients"),
 ("a-late25", A, "by late 2025", "late 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("a-35", A, "priced identically at US$3.5 million", "US$3.5 million", "money", 3500000, 3500000, "USD", Y, "beqvez list price"),
 ("a-10mo", A, "after 10 months on the US market", "10 months", "duration", 10, 10, "months", Y, "beqvez time on market before exit"),
 ("a-5ydur", A, "HOPE-B now provides 5-year durability", "5-year", "duration", 5, 5, "years", N, "conclusion repeat"),
 ("a-15yfu", A, "remain in 15-year follow-up", "15-year", "duration", 15, 15, "years", Y, "benegene-2 long-term follow-up commitment"),

 # ---- HG04 explainer (2025-03-12)
 ("e-upd", E, "Updated March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "one of the two gene therapies", "two", "count", 2, 2, "products", N, "aside"),
 ("e-feb20", E, "announced on Feb. 20, 2025", "Feb. 20, 2025", "date", 2025, 2025, "year", Y, "beqvez discontinuation announced"),
 ("e-apr24", E, "approved Beqvez in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "beqvez fda approval"),
 ("e-35", E, "at a list price of $3.5 million, but", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "beqvez list price"),
 ("e-15y", E, "monitored for 15 years in total", "15 years", "duration", 15, 15, "years", Y, "benegene-2 long-term follow-up commitment"),
 ("e-140k", E, "about 1 in 40,000 people", "1 in 40,000", "percent", 0.0025, 0.0025, "%", Y, "hemophilia b frequency (fda)"),
 ("e-15pct", E, "roughly 15% of hemophilia cases", "15%", "percent", 15, 15, "%", Y, "hemophilia b share of hemophilia"),
 ("e-38k", E, "more than 38,000 people", "38,000", "count", 38000, 38000, "people", Y, "hemophilia b worldwide"),
 ("e-2021", E, "worldwide in 2021", "2021", "date", 2021, 2021, "year", N, "as-of year"),
 ("e-below1", E, "below 1% of normal", "1%", "percent", 1, 1, "%", N, "severity definition"),
 ("e-15r", E, "1% to 5% moderate", "1% to 5%", "percent", 1, 5, "%", N, "severity definition"),
 ("e-540", E, "5% to 40% mild", "5% to 40%", "percent", 5, 40, "%", N, "severity definition"),
 ("e-once", E, "given once as an infusion", "once", "count", 1, 1, "doses", N, "single administration"),
 ("e-dose1", E, "5×10^11 vector genomes per kilogram", "5×10^11 vector genomes per kilogram", "dose", 5e11, 5e11, "vg/kg", Y, "beqvez dose"),
 ("e-45", E, "trial, 45 men aged", "45", "count", 45, 45, "participants", Y, "benegene-2 treated participants"),
 ("e-1865", E, "men aged 18 to 65", "18 to 65", "age", 18, 65, "years", Y, "benegene-2 age range"),
 ("e-25", E, "was 2.5 after gene therapy", "2.5", "ratio", 2.5, 2.5, ABR, Y, "beqvez mean abr after (fda label)"),
 ("e-45abr", E, "versus 4.5 during", "4.5", "ratio", 4.5, 4.5, ABR, Y, "beqvez lead-in mean abr (fda label)"),
 ("e-6mo", E, "at least six months on factor IX prophylaxis", "six months", "duration", 6, 6, "months", Y, "lead-in length"),
 ("e-29", E, "About 29% of the treated men", "29%", "percent", 29, 29, "%", Y, "beqvez bleed-free after gene therapy"),
 ("e-27", E, "about 27% of normal", "27%", "percent", 27, 27, "%", Y, "beqvez mean fix at 15 months"),
 ("e-15mo", E, "of normal at 15 months", "15 months", "duration", 15, 15, "months", N, "timepoint"),
 ("e-6in10", E, "about six in ten of the men screened", "six in ten", "percent", 60, 60, "%", Y, "share of screened excluded for antibodies"),
 ("e-nov22", E, "FDA in November 2022. It also", "November 2022", "date", 2022, 2022, "year", Y, "hemgenix fda approval"),
 ("e-35h", E, "It also costs $3.5 million.", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "hemgenix list price"),
 ("e-once2", E, "It is given once at a dose", "once", "count", 1, 1, "doses", N, "single administration"),
 ("e-dose2", E, "2×10^12 genome copies per kilogram", "2×10^12 genome copies per kilogram", "dose", 2e12, 2e12, "gc/kg", Y, "hemgenix dose"),
 ("e-54", E, "HOPE-B trial of 54 men", "54", "count", 54, 54, "participants", Y, "hope-b treated"),
 ("e-64", E, "bleeding fell 64% in months", "64%", "percent", 64, 64, "%", Y, "hemgenix abr reduction months 7-18"),
 ("e-m718", E, "64% in months 7 to 18", "7 to 18", "duration", 7, 18, "months", N, "window"),
 ("e-39", E, "was 39% of normal at six months", "39%", "percent", 39, 39, "%", Y, "hemgenix fix month 6"),
 ("e-6mob", E, "of normal at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("e-94", E, "and 94% of the men stopped", "94%", "percent", 94, 94, "%", Y, "hemgenix prophylaxis-free (primary analysis)"),
 ("e-feb23", E, "conditional approval in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "hemgenix eu approval"),
 ("e-jun20", E, "uniQure, in June 2020", "June 2020", "date", 2020, 2020, "year", Y, "csl acquired hemgenix rights"),
 ("e-jun23", E, "was treated in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "first us commercial hemgenix patient"),
 ("e-21", E, "it treated 21 patients", "21", "count", 21, 21, "patients", Y, "hemgenix patients treated fy2024"),
 ("e-fy", E, "in its 2024 fiscal year", "2024", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("e-june", E, "which ended in June", "June", "date", 2024, 2024, "year", N, "fiscal year end"),
 ("e-35q", E, "Is it worth $3.5 million?", "$3.5 million", "money", 3500000, 3500000, "USD", N, "heading repeat"),
 ("e-dec22", E, "said in December 2022 that", "December 2022", "date", 2022, 2022, "year", Y, "icer report date"),
 ("e-29m", E, "top out at about $2.9 million", "$2.9 million", "money", 2900000, 2900000, "USD", Y, "icer fair-price upper bound for hemgenix"),
 ("e-onetime", E, "the one-time cost", "one-time", "count", 1, 1, "doses", N, "single administration"),
 ("e-hundreds", E, "several hundred thousand dollars a year", "several hundred thousand dollars", "money", None, None, "USD", N, "vague"),
 ("e-oct24", E, "approved in October 2024 as", "October 2024", "date", 2024, 2024, "year", Y, "hympavzi approval"),
 ("e-weekly", E, "as a once-weekly injection", "once-weekly", "count", 1, 1, "doses/week", N, "hympavzi frequency"),
 ("e-12a", E, "for people 12 and older with hemophilia A or B without", "12", "age", 12, 12, "years", Y, "hympavzi minimum age"),
 ("e-dec24", E, "approved in December 2024 for", "December 2024", "date", 2024, 2024, "year", Y, "alhemo approval"),
 ("e-12b", E, "for people 12 and older with hemophilia A or B who have", "12", "age", 12, 12, "years", Y, "alhemo minimum age"),
 ("e-firstyr", E, "liver tests in the first year", "first year", "duration", 1, 1, "years", N, "monitoring period"),

 # ---- HG05 blog (2025-12-18)
 ("b-title", B, "Five years on: what", "Five years", "duration", 5, 5, "years", N, "headline"),
 ("b-date", B, "December 18, 2025", "December 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-onetime", B, "happens one time, but", "one time", "count", 1, 1, "doses", N, "caption"),
 ("b-this", B, "This month we got", "This month", "date", 2025, 2025, "year", N, "relative date"),
 ("b-4yr", B, "The final four-year data", "four-year", "duration", 4, 4, "years", Y, "hope-b final report follow-up length"),
 ("b-54", B, "HOPE-B treated 54 men", "54", "count", 54, 54, "participants", Y, "hope-b treated"),
 ("b-oneinf", B, "54 men with one infusion", "one", "count", 1, 1, "doses", N, "single infusion"),
 ("b-52", B, "and 52 of them completed", "52", "count", 52, 52, "participants", Y, "hope-b completed 5 years"),
 ("b-5yfu", B, "completed five years of follow-up", "five years", "duration", 5, 5, "years", Y, "hope-b follow-up completed"),
 ("b-yr5", B, "activity at year five was", "year five", "duration", 5, 5, "years", N, "timepoint"),
 ("b-361", B, "year five was 36.1%", "36.1%", "percent", 36.1, 36.1, "%", Y, "hemgenix fix year 5"),
 ("b-96", B, "CSL says 96%", "96%", "percent", 96, 96, "%", Y, "hemgenix prophylaxis-free at year 5"),
 ("b-5yrs", B, "routine prophylaxis at five years.", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("b-90", B, "cut by about 90% over five years", "90%", "percent", 90, 90, "%", Y, "hemgenix bleeding reduction over 5 years"),
 ("b-5yrs2", B, "90% over five years compared", "five years", "duration", 5, 5, "years", N, "window"),
 ("b-m760", B, "over months 7 to 60 is", "7 to 60", "duration", 7, 60, "months", N, "window"),
 ("b-mid30s", B, "in the mid-30s", "mid-30s", "percent", 34, 36, "%", N, "caption, approximate"),
 ("b-firstyr", B, "since the first year", "first year", "duration", 1, 1, "years", N, "caption"),
 ("b-75", B, "more than 75 people have now", "75", "count", 75, 75, "patients", Y, "hemgenix patients treated to date"),
 ("b-8c", B, "across eight countries. That", "eight", "count", 8, 8, "countries", Y, "countries with hemgenix patients"),
 ("b-38k", B, "roughly 38,000 people", "38,000", "count", 38000, 38000, "people", Y, "hemophilia b worldwide"),
 ("b-two", B, "briefly two options", "two", "count", 2, 2, "products", N, "aside"),
 ("b-apr24", B, "was approved in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "beqvez fda approval"),
 ("b-54beq", B, "tested in a trial of 54 men", "54", "count", 54, 54, "participants", Y, "benegene-2 treated participants"),
 ("b-35", B, "same $3.5 million as Hemgenix", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "beqvez list price"),
 ("b-lastfeb", B, "Then last February Pfizer", "last February", "date", 2025, 2025, "year", Y, "beqvez discontinuation"),
 ("b-single", B, "Not a single patient", "Not a single", "count", 0, 0, "patients", N, "commercial beqvez patients"),
 ("b-three", B, "people at three treatment centers", "three", "count", 3, 3, "centers", N, "aside"),
 ("b-6in10", B, "about six in ten screened men", "six in ten", "percent", 60, 60, "%", Y, "share of screened excluded for antibodies"),
 ("b-oct24", B, "approved in October 2024, give", "October 2024", "date", 2024, 2024, "year", Y, "hympavzi approval"),
 ("b-june", B, "In June, the Lakeshore", "June", "date", 2025, 2025, "year", Y, "lakeshore committee vote date"),
 ("b-v8", B, "voted 8-1 to cover", "8", "vote", 8, 8, "votes for", Y, "lakeshore committee votes for"),
 ("b-v1", B, "voted 8-1 to cover", "1", "vote", 1, 1, "votes against", Y, "lakeshore committee votes against"),
 ("b-onemem", B, "One committee member who voted no", "One", "count", 1, 1, "members", N, "ambiguous (one of the no votes)"),
 ("b-5yrs3", B, "durability beyond five years", "five years", "duration", 5, 5, "years", N, "aside"),
 ("b-email", B, "One email a month", "One", "count", 1, 1, "emails/month", N, "page furniture"),
 ("b-three2", B, "ask your center three things", "three", "count", 3, 3, "questions", N, "aside"),
 ("b-firstyr2", B, "liver tests in the first year, and", "first year", "duration", 1, 1, "years", N, "monitoring period"),
 ("b-5yrdata", B, "The five-year data are reassuring", "five-year", "duration", 5, 5, "years", N, "summary repeat"),
 ("b-onetime2", B, "but a one-time treatment is", "one-time", "count", 1, 1, "doses", N, "aside"),
 ("b-onetime3", B, "is also a one-time decision", "one-time", "count", 1, 1, "decisions", N, "idiom"),
 ("b-rel1y", B, "Hympavzi one year later", "one year", "duration", 1, 1, "years", N, "related link"),
 ("b-relfirst", B, "My first year on", "first year", "duration", 1, 1, "years", N, "related link"),

 # ---- HG06 local (2025-06-10), hard-wrapped
 ("l-few", L, "very few members to qualify", "few", "count", None, None, "members", N, "vague"),
 ("l-h35", L, "backs coverage of $3.5 million hemophilia", "$3.5 million", "money", 3500000, 3500000, "USD", N, "headline repeat"),
 ("l-date", L, "June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-v7", L, "committee voted 7-2 on Tuesday", "7", "vote", 7, 7, "votes for", Y, "lakeshore committee votes for"),
 ("l-v2", L, "committee voted 7-2 on Tuesday", "2", "vote", 2, 2, "votes against", Y, "lakeshore committee votes against"),
 ("l-tue", L, "7-2 on Tuesday to cover", "Tuesday", "date", 2025, 2025, "year", Y, "lakeshore committee vote date"),
 ("l-onetime", L, "The one-time infusion from CSL", "one-time", "count", 1, 1, "doses", N, "single administration"),
 ("l-35", L, "carries a list price of $3.5 million", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "hemgenix list price"),
 ("l-decades", L, "the alternative is decades of factor", "decades", "duration", None, None, "years", N, "vague, quote"),
 ("l-hundreds", L, "can cost several hundred thousand dollars", "several hundred thousand dollars", "money", None, None, "USD", N, "vague, quote"),
 ("l-feb", L, "Results presented in February", "February", "date", 2025, 2025, "year", Y, "hope-b 4-year data presented"),
 ("l-4yrs", L, "showed that four years after", "four years", "duration", 4, 4, "years", N, "timepoint"),
 ("l-single", L, "after a single infusion, 94%", "single", "count", 1, 1, "doses", N, "single infusion"),
 ("l-94", L, "94% of the treated men", "94%", "percent", 94, 94, "%", Y, "hemgenix prophylaxis-free at year 4"),
 ("l-37", L, "activity was about 37%", "37%", "percent", 37, 37, "%", Y, "hemgenix fix year 4"),
 ("l-yr4", L, "bleeding rate in year four was", "year four", "duration", 4, 4, "years", N, "timepoint"),
 ("l-90", L, "approximately 90% lower than during the lead-in", "90%", "percent", 90, 90, "%", Y, "abr reduction year 4 vs lead-in"),
 ("l-nov22", L, "Administration in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "hemgenix fda approval"),
 ("l-jun23", L, "treated in June 2023, and", "June 2023", "date", 2023, 2023, "year", Y, "first us commercial hemgenix patient"),
 ("l-may23", L, "by May 2023 insurers", "May 2023", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-60", L, "roughly 60 percent of Americans", "60 percent", "percent", 60, 60, "%", Y, "us population with payer coverage policies"),
 ("l-12", L, "company treated 12 patients", "12", "count", 12, 12, "patients", Y, "hemgenix patients treated fy2024"),
 ("l-jun24", L, "ended in June 2024", "June 2024", "date", 2024, 2024, "year", N, "fiscal year end"),
 ("l-29m", L, "carried a $2.9 million list price", "$2.9 million", "money", 2900000, 2900000, "USD", Y, "beqvez list price"),
 ("l-64", L, "cut bleeding by 64%", "64%", "percent", 64, 64, "%", Y, "beqvez abr reduction vs prophylaxis"),
 ("l-feblast", L, "in February of last year", "February of last year", "date", 2024, 2024, "year", Y, "beqvez discontinuation"),
 ("l-5y", L, "track trial participants for five years", "five years", "duration", 5, 5, "years", Y, "benegene-2 long-term follow-up commitment"),
 ("l-two", L, "Two committee members voted against", "Two", "vote", 2, 2, "votes against", Y, "lakeshore committee votes against"),
 ("l-one", L, "against coverage. One, pharmacist", "One", "count", 1, 1, "members", N, "one of the dissenters"),
 ("l-lifetime", L, "basis of a few years of data", "a few years", "duration", None, None, "years", N, "vague, quote"),
 ("l-38k", L, "more than 38,000 people", "38,000", "count", 38000, 38000, "people", Y, "hemophilia b worldwide"),
 ("l-handful", L, "only a handful of members", "a handful", "count", None, None, "members", N, "vague"),
 ("l-jul1", L, "takes effect July 1", "July 1", "date", 2025, 2025, "year", Y, "policy effective date"),
 ("l-18", L, "must be at least 18,", "18", "age", 18, 18, "years", Y, "minimum age for coverage"),

 # ---- HG07 fact-check (2025-03-04)
 ("f-h35", F, "Did Pfizer pull its $3.5 million", "$3.5 million", "money", 3500000, 3500000, "USD", N, "headline repeat"),
 ("f-date", F, "March 4, 2025", "March 4, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", N, "post reach"),
 ("f-mar3", F, "by March 3", "March 3", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-feb20", F, "said on Feb. 20 that", "Feb. 20", "date", 2025, 2025, "year", Y, "beqvez discontinuation announced"),
 ("f-apr23", F, "approval came in April 2023", "April 2023", "date", 2023, 2023, "year", Y, "beqvez fda approval"),
 ("f-35", F, "at a list price of $3.5 million. If", "$3.5 million", "money", 3500000, 3500000, "USD", Y, "beqvez list price"),
 ("f-45", F, "study enrolled 45 men", "45", "count", 45, 45, "participants", Y, "benegene-2 treated participants"),
 ("f-140k", F, "roughly 1 in 40,000 people", "1 in 40,000", "percent", 0.0025, 0.0025, "%", Y, "hemophilia b frequency (fda)"),
 ("f-oneinf", F, "bleeding after one infusion", "one", "count", 1, 1, "doses", N, "single infusion"),
 ("f-6mo", F, "at least six months of routine", "six months", "duration", 6, 6, "months", Y, "lead-in length"),
 ("f-71", F, "rate fell by 71%.", "71%", "percent", 71, 71, "%", Y, "beqvez abr reduction vs prophylaxis"),
 ("f-60", F, "Sixty percent of the men", "Sixty percent", "percent", 60, 60, "%", Y, "beqvez bleed-free after gene therapy"),
 ("f-29", F, "compared with 29% while", "29%", "percent", 29, 29, "%", Y, "bleed-free during prophylaxis lead-in"),
 ("f-296", F, "was 29.6% of normal", "29.6%", "percent", 29.6, 29.6, "%", Y, "beqvez mean fix at 15 months"),
 ("f-15mo", F, "of normal at 15 months", "15 months", "duration", 15, 15, "months", N, "timepoint"),
 ("f-13", F, "rate was 1.3 after", "1.3", "ratio", 1.3, 1.3, ABR, Y, "beqvez mean abr after (health canada)"),
 ("f-443", F, "versus 4.43 during", "4.43", "ratio", 4.43, 4.43, ABR, Y, "beqvez lead-in mean abr (health canada)"),
 ("f-28", F, "and 28 of the 45 men", "28", "count", 28, 28, "participants", Y, "glucocorticoid use"),
 ("f-45b", F, "28 of the 45 men (62%)", "45", "count", 45, 45, "participants", N, "repeat"),
 ("f-62", F, "of the 45 men (62%)", "62%", "percent", 62, 62, "%", Y, "glucocorticoid use share"),
 ("f-q2", F, "in the second quarter of 2024", "second quarter of 2024", "date", 2024, 2024, "year", N, "pdufa goal"),
 ("f-nov22", F, "approved in November 2022 and", "November 2022", "date", 2022, 2022, "year", Y, "hemgenix fda approval"),
 ("f-54", F, "bleeding fell 54% in months", "54%", "percent", 54, 54, "%", Y, "hemgenix abr reduction months 7-18 (label)"),
 ("f-m718", F, "54% in months 7 to 18", "7 to 18", "duration", 7, 18, "months", N, "window"),
 ("f-lessyr", F, "less than a year after approval", "less than a year", "duration", 1, 1, "years", Y, "beqvez time on market before exit"),
 ("f-45c", F, "pivotal trial of 45 men", "45", "count", 45, 45, "participants", Y, "benegene-2 treated participants (ruling)"),
 ("f-71b", F, "showed a 71% drop", "71%", "percent", 71, 71, "%", Y, "beqvez abr reduction (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Beqvez list price: $2.9M (HG06, Roctavian/ICER figure) vs $3.5M
 ("l-29m", "w-35", S), ("l-29m", "a-35", S), ("l-29m", "e-35", S), ("l-29m", "b-35", S), ("l-29m", "f-35", S),
 # S2 Beqvez FDA approval year: April 2023 (HG07) vs 2024
 ("f-apr23", "w-lastapr", S), ("f-apr23", "a-apr24", S), ("f-apr23", "e-apr24", S), ("f-apr23", "b-apr24", S),
 # S3 BENEGENE-2 trial size: 54 (HG05, HOPE-B's size) vs 45
 ("b-54beq", "w-45", S), ("b-54beq", "a-n45", S), ("b-54beq", "e-45", S), ("b-54beq", "f-45", S), ("b-54beq", "f-45c", S),
 # S4 Beqvez ABR reduction: 64% (HG06, Hemgenix's figure) vs 71%
 ("l-64", "w-71", S), ("l-64", "a-71", S), ("l-64", "f-71", S), ("l-64", "f-71b", S),
 # S5 Beqvez mean FIX at 15 months: 29.6% (HG07, transposed) vs 26.9% / about 27%
 ("f-296", "a-269", S), ("f-296", "e-27", S),
 # S6 HOPE-B final report follow-up: four-year (HG05) vs five-year / 5 years completed
 ("b-4yr", "p-fiveyr", S), ("b-4yr", "p-5yfu", S), ("b-4yr", "a-5y", S),
 # S7 HOPE-B completers of 5 years: 52 (HG05, 3-year completer count) vs 50
 ("b-52", "p-50", S), ("b-52", "a-50", S),
 # S8 people with hemophilia B worldwide: 83,000 (HG01, transposed) vs 38,000
 ("w-83k", "e-38k", S), ("w-83k", "b-38k", S), ("w-83k", "l-38k", S),
 # S9 HOPE-B lead-in enrollment: 76 (HG02, transposed) vs 67
 ("p-76", "a-67", S),
 # S10 Hemgenix dose: 2x10^12 (HG04) vs 2x10^13
 ("e-dose2", "p-dose", S), ("e-dose2", "a-dose2", S),
 # S11 Hemgenix EU conditional approval year: February 2024 (HG03) vs February 2023
 ("a-feb24", "p-feb23", S), ("a-feb24", "e-feb23", S),
 # S12 Lakeshore committee vote: 8-1 (HG05) vs 7-2 (HG06)
 ("b-v8", "l-v7", S), ("b-v1", "l-v2", S), ("b-v1", "l-two", S),
 # S13 Beqvez discontinuation year: "February of last year" (HG06 -> 2024) vs 2025
 ("l-feblast", "w-thu", S), ("l-feblast", "a-feb25", S), ("l-feblast", "e-feb20", S),
 ("l-feblast", "b-lastfeb", S), ("l-feblast", "f-feb20", S),
 # S14 Hemgenix FDA approval year: November 2023 (HG01) vs November 2022
 ("w-nov23", "p-nov22", S), ("w-nov23", "a-nov22", S), ("w-nov23", "e-nov22", S),
 ("w-nov23", "l-nov22", S), ("w-nov23", "f-nov22", S),
 # S15 Hemgenix patients treated in CSL's FY2024: 21 (HG04, transposed) vs 12
 ("e-21", "w-12p", S), ("e-21", "a-12", S), ("e-21", "l-12", S),
 # S16 Beqvez bleed-free share after gene therapy: 29% (HG04, prophylaxis arm's figure) vs 60%
 ("e-29", "w-60", S), ("e-29", "a-60", S), ("e-29", "f-60", S),
 # S17 BENEGENE-2 long-term follow-up commitment: five years (HG06) vs 15 years
 ("l-5y", "e-15y", S), ("l-5y", "a-15yfu", S),
 # Qualified
 # Q1 year CSL acquired Hemgenix rights: deal signed June 2020 vs "in 2021" (closing; Reuters/CBC wording)
 ("w-2021", "p-jun20", Q), ("w-2021", "e-jun20", Q),
 # Q2 Hemgenix primary ABR reduction: 54% (FDA label model) vs 64% (NEJM adjusted)
 ("f-54", "a-64", Q), ("f-54", "e-64", Q),
 # Q3 Hemgenix prophylaxis-free at year 5: 96% (HG05) vs 94% (HG02) - real source discrepancy
 ("b-96", "p-94", Q),
 # Q4 Hemgenix bleeding reduction "over five years": about 90% (HG05, year-5 ABR) vs 63% (months 7-60)
 ("b-90", "a-63", Q), ("b-90", "p-63", Q),
 # Q5 Beqvez post-treatment mean ABR: FDA label 2.5 vs NEJM 1.28 / Health Canada 1.3
 ("e-25", "a-128", Q), ("e-25", "w-13", Q), ("e-25", "f-13", Q),
 # Q6 Beqvez lead-in ABR: FDA label 4.5 / NEJM 4.42 / Health Canada 4.43
 ("e-45abr", "a-442", Q), ("e-45abr", "w-443", Q), ("e-45abr", "f-443", Q),
 ("a-442", "w-443", Q), ("a-442", "f-443", Q),
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
        rows.append({"type": "claim", "id": f"hg-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"hg-{a}", f"hg-{b}"
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
