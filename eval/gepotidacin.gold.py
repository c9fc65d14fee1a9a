#!/usr/bin/env python3
"""Build gepotidacin.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "gepotidacin")
OUT = os.path.join(HERE, "gepotidacin.gold.jsonl")

W, P, A, E, B, L, F = ("GE01_wire.txt", "GE02_press.txt", "GE03_abstract.txt",
                       "GE04_explainer.txt", "GE05_blog.txt", "GE06_local.txt", "GE07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- GE01 wire (2025-03-25)
 ("w-hdec", W, "bladder infections in decades", "decades", "duration", None, None, "years", N, "headline, vague"),
 ("w-decold", W, "a decades-old standard", "decades", "duration", None, None, "years", N, "vague aside"),
 ("w-dl", W, "LONDON, March 25", "March 25", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday approved", "Tuesday", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("w-3dec", W, "infection in nearly three decades", "three decades", "duration", 30, 30, "years", Y, "time since last new oral class for uuti"),
 ("w-1996", W, "uncomplicated UTIs was in 1996", "1996", "date", 1996, 1996, "year", Y, "last new antibiotic class for uuti"),
 ("w-aday", W, "a day before the March 26", "a day", "duration", 1, 1, "days", N, "approval ahead of target"),
 ("w-mar26", W, "before the March 26 target", "March 26", "date", 2025, 2025, "year", Y, "uuti pdufa target date"),
 ("w-12", W, "aged 12 and older who weigh", "12", "age", 12, 12, "years", Y, "uuti indication minimum age"),
 ("w-40kg", W, "at least 40 kilograms", "40 kilograms", "weight", 40, 40, "kg", Y, "uuti indication minimum weight"),
 ("w-88lb", W, "(88 pounds)", "88 pounds", "weight", 88, 88, "lb", N, "unit conversion"),
 ("w-1500", W, "recommended dose is 1,500 mg", "1,500 mg", "dose", 1500, 1500, "mg", Y, "uuti dose per administration"),
 ("w-two", W, "taken as two 750 mg tablets", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("w-750", W, "two 750 mg tablets", "750 mg", "dose", 750, 750, "mg", Y, "tablet strength"),
 ("w-bid", W, "tablets twice a day for five", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("w-5d", W, "twice a day for five days", "five days", "duration", 5, 5, "days", Y, "uuti course length"),
 ("w-h2", W, "second half of 2025", "second half of 2025", "date", 2025, 2025, "year", Y, "us launch (forecast)"),
 ("w-34", W, "third or fourth infection", "third or fourth", "count", 3, 4, "infections", N, "quote, illustrative"),
 ("w-2trials", W, "rests on two late-stage trials", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("w-3100", W, "more than 3,100 women", "3,100", "count", 3100, 3100, "participants", Y, "eagle-2/3 randomised (bound)"),
 ("w-558", W, "EAGLE-3, 55.8% of patients", "55.8%", "percent", 55.8, 55.8, "%", Y, "eagle-3 gepotidacin therapeutic success"),
 ("w-436", W, "compared with 43.6% of those", "43.6%", "percent", 43.6, 43.6, "%", Y, "eagle-3 nitrofurantoin therapeutic success"),
 ("w-506", W, "the rates were 50.6%", "50.6%", "percent", 50.6, 50.6, "%", Y, "eagle-2 gepotidacin therapeutic success"),
 ("w-470", W, "50.6% and 47.0%", "47.0%", "percent", 47.0, 47.0, "%", Y, "eagle-2 nitrofurantoin therapeutic success"),
 ("w-2022", W, "for efficacy in late 2022", "late 2022", "date", 2022, 2022, "year", N, "trials stopped early"),
 ("w-16", W, "reported by 16% of participants", "16%", "percent", 16, 16, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),
 ("w-9", W, "nausea by 9%", "9%", "percent", 9, 9, "%", Y, "uuti nausea rate (gepotidacin, pooled)"),
 ("w-half", W, "more than half of women", "more than half", "percent", 50, 50, "%", Y, "lifetime uti share of women"),
 ("w-one", W, "at least one in their lifetime", "one", "count", 1, 1, "episodes", N, "threshold"),
 ("w-30", W, "about 30% of those", "30%", "percent", 30, 30, "%", Y, "recurrence share"),
 ("w-16m", W, "about 16 million women", "16 million", "count", 16000000, 16000000, "women", Y, "us women treated for uti per year"),
 ("w-2013", W, "struck with GSK in 2013", "2013", "date", 2013, 2013, "year", Y, "barda partnership date"),
 ("w-200m", W, "worth up to $200 million", "$200 million", "money", 200000000, 200000000, "USD", Y, "barda partnership ceiling"),
 ("w-5yr", W, "$200 million over five years", "five years", "duration", 5, 5, "years", Y, "barda partnership term"),
 ("w-2doses", W, "April, two oral doses", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("w-lastapr", W, "presented last April", "last April", "date", 2024, 2024, "year", N, "eagle-1 presentation"),
 ("w-1500g", W, "oral doses of 1,500 mg given", "1,500 mg", "dose", 1500, 1500, "mg", Y, "gonorrhoea dose per administration"),
 ("w-1012", W, "given 10 to 12 hours apart", "10 to 12 hours", "duration", 10, 12, "hours", N, "gonorrhoea dosing interval"),
 ("w-926", W, "site in 92.6% of patients", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("w-912", W, "compared with 91.2% for an", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator urogenital success"),

 # ---- GE02 press (2025-12-12)
 ("p-dl", P, "BALTIMORE, Dec. 12, 2025", "Dec. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-thu", P, "approval on Thursday of", "Thursday", "date", 2025, 2025, "year", Y, "fda gonorrhoea approval date"),
 ("p-16", P, "patients 16 years of age", "16 years", "age", 16, 16, "years", Y, "gonorrhoea indication minimum age"),
 ("p-45kg", P, "weigh at least 45 kg (99.2", "45 kg", "weight", 45, 45, "kg", Y, "gonorrhoea indication minimum weight"),
 ("p-99lb", P, "(99.2 lb)", "99.2 lb", "weight", 99.2, 99.2, "lb", N, "unit conversion"),
 ("p-49", P, "among the 49 centers", "49", "count", 49, 49, "centers", Y, "eagle-1 centres"),
 ("p-6c", P, "centers in six countries", "six", "count", 6, 6, "countries", Y, "eagle-1 countries"),
 ("p-628", P, "EAGLE-1 randomized 628 participants", "628", "count", 628, 628, "participants", Y, "eagle-1 randomised"),
 ("p-12e1", P, "participants aged 12 years and older to", "12 years", "age", 12, 12, "years", Y, "eagle-1 minimum age"),
 ("p-2doses", P, "older to two oral doses", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("p-3000", P, "gepotidacin 3,000 mg, taken", "3,000 mg", "dose", 3000, 3000, "mg", Y, "gonorrhoea dose per administration"),
 ("p-1012", P, "taken 10 to 12 hours apart", "10 to 12 hours", "duration", 10, 12, "hours", N, "gonorrhoea dosing interval"),
 ("p-single", P, "or to a single 500 mg", "single", "count", 1, 1, "injections", N, "comparator injections"),
 ("p-500", P, "single 500 mg intramuscular", "500 mg", "dose", 500, 500, "mg", Y, "ceftriaxone dose"),
 ("p-1g", P, "plus 1 g of oral", "1 g", "dose", 1000, 1000, "mg", Y, "azithromycin dose"),
 ("p-406", P, "population of 406 participants", "406", "count", 406, 406, "participants", Y, "eagle-1 micro-itt population"),
 ("p-48", P, "(days 4 to 8)", "days 4 to 8", "duration", 4, 8, "days", Y, "eagle-1 test-of-cure timing"),
 ("p-926", P, "Gepotidacin: 92.6%", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("p-187", P, "(187 of 202)", "187", "count", 187, 187, "participants", Y, "eagle-1 gepotidacin successes"),
 ("p-202", P, "187 of 202)", "202", "count", 202, 202, "participants", Y, "eagle-1 gepotidacin micro-itt n"),
 ("p-912", P, "azithromycin: 91.2%", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator urogenital success"),
 ("p-186", P, "(186 of 204)", "186", "count", 186, 186, "participants", Y, "eagle-1 comparator successes"),
 ("p-204", P, "186 of 204)", "204", "count", 204, 204, "participants", Y, "eagle-1 comparator micro-itt n"),
 ("p-diff", P, "difference was -0.1%", "-0.1%", "percent", -0.1, -0.1, "pp", Y, "eagle-1 adjusted difference"),
 ("p-ci", P, "CI -5.6% to 5.5%", "-5.6% to 5.5%", "percent", -5.6, 5.5, "pp", Y, "ci"),
 ("p-margin", P, "margin of -10%", "-10%", "percent", -10, -10, "pp", Y, "eagle-1 non-inferiority margin"),
 ("p-apr", P, "The Lancet in April", "April", "date", 2025, 2025, "year", N, "eagle-1 publication"),
 ("p-aug", P, "priority review in August", "August", "date", 2025, 2025, "year", Y, "gonorrhoea priority review acceptance"),
 ("p-pdufa", P, "action date of December 11, 2025", "December 11, 2025", "date", 2025, 2025, "year", Y, "gonorrhoea pdufa target date"),
 ("p-600k", P, "more than 600,000 gonorrhea", "600,000", "count", 600000, 600000, "cases", Y, "us gonorrhoea cases 2023 (bound)"),
 ("p-2023", P, "gonorrhea cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("p-half", P, "estimates that about half of", "about half", "percent", 50, 50, "%", Y, "share of gonorrhoea resistant to >=1 drug"),
 ("p-one", P, "resistant to at least one antibiotic", "one", "count", 1, 1, "antibiotics", N, "threshold"),
 ("p-82m", P, "estimates 82 million new", "82 million", "count", 82000000, 82000000, "infections", Y, "global gonorrhoea incidence per year"),
 ("p-mar25", P, "first approved in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("p-12u", P, "adolescents 12 years and older weighing", "12 years", "age", 12, 12, "years", Y, "uuti indication minimum age"),
 ("p-40kg", P, "at least 40 kg with", "40 kg", "weight", 40, 40, "kg", Y, "uuti indication minimum weight"),
 ("p-3day", P, "as a three-day course", "three-day", "duration", 3, 3, "days", Y, "uuti course length"),
 ("p-1500", P, "course of 1,500 mg twice daily", "1,500 mg", "dose", 1500, 1500, "mg", Y, "uuti dose per administration"),
 ("p-bid", P, "1,500 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("p-2trials", P, "In the two phase 3 urinary", "two", "count", 2, 2, "trials", N, "number of uuti trials"),
 ("p-18", P, "affecting 18% of participants", "18%", "percent", 18, 18, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-14", P, "operates 14 research sites", "14", "count", 14, 14, "sites", N, "about section"),
 ("p-300", P, "more than 300 clinical studies", "300", "count", 300, 300, "studies", N, "about section"),

 # ---- GE03 abstract (2025-05-19)
 ("a-pub", A, "Published online 19 May 2025", "19 May 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-half", A, "more than half of women have", "more than half", "percent", 50, 50, "%", Y, "lifetime uti share of women"),
 ("a-one", A, "at least one episode", "one", "count", 1, 1, "episodes", N, "threshold"),
 ("a-30", A, "about 30% have a recurrence", "30%", "percent", 30, 30, "%", Y, "recurrence share"),
 ("a-150m", A, "estimated 150 million urinary", "150 million", "count", 150000000, 150000000, "infections", Y, "global uti per year"),
 ("a-mar25", A, "Administration in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("a-two", A, "We pooled the two pivotal", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("a-219", A, "at 219 centres", "219", "count", 219, 219, "centres", Y, "eagle-2/3 centres"),
 ("a-15", A, "centres in 15 countries", "15", "count", 15, 15, "countries", Y, "eagle-2/3 countries"),
 ("a-enrol", A, "between October 2019 and December 2021", "October 2019 and December 2021", "date", 2019, 2021, "year", Y, "eagle-2/3 enrolment period"),
 ("a-12", A, "aged 12 years or older", "12 years", "age", 12, 12, "years", Y, "eagle-2/3 minimum age"),
 ("a-40kg", A, "weighing at least 40 kg", "40 kg", "weight", 40, 40, "kg", Y, "eagle-2/3 minimum weight"),
 ("a-2sym", A, "with two or more uUTI", "two or more", "count", 2, 2, "symptoms", N, "eligibility"),
 ("a-96h", A, "beginning within 96 h", "96 h", "duration", 96, 96, "hours", N, "eligibility"),
 ("a-11", A, "assigned 1:1 to", "1:1", "ratio", 1, 1, "x", N, "randomisation ratio"),
 ("a-1500", A, "gepotidacin 1500 mg twice", "1500 mg", "dose", 1500, 1500, "mg", Y, "uuti dose per administration"),
 ("a-bid1", A, "1500 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("a-100", A, "nitrofurantoin 100 mg twice", "100 mg", "dose", 100, 100, "mg", Y, "nitrofurantoin dose"),
 ("a-bid2", A, "100 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("a-5d", A, "each for 5 days", "5 days", "duration", 5, 5, "days", Y, "uuti course length"),
 ("a-toc", A, "visit on days 10–13", "days 10–13", "duration", 10, 13, "days", N, "test-of-cure timing"),
 ("a-cfu", A, "≥10^5 CFU/mL", "10^5", "count", 100000, 100000, "CFU/mL", N, "definitional threshold"),
 ("a-margin", A, "margin of 10 percentage points", "10 percentage points", "percent", 10, 10, "pp", Y, "uuti non-inferiority margin"),
 ("a-2986", A, "included 2,986 randomised", "2,986", "count", 2986, 2986, "participants", Y, "eagle-2/3 interim analysis population"),
 ("a-3136", A, "N = 3,136", "3,136", "count", 3136, 3136, "participants", Y, "eagle-2/3 randomised"),
 ("a-1531", A, "EAGLE-2 n=1531", "1531", "count", 1531, 1531, "participants", Y, "eagle-2 randomised"),
 ("a-1605", A, "EAGLE-3 n=1605", "1605", "count", 1605, 1605, "participants", Y, "eagle-3 randomised"),
 ("a-1572", A, "1,572 to gepotidacin", "1,572", "count", 1572, 1572, "participants", Y, "randomised to gepotidacin"),
 ("a-1564", A, "1,564 to nitrofurantoin", "1,564", "count", 1564, 1564, "participants", Y, "randomised to nitrofurantoin"),
 ("a-1148", A, "comprised 1,148 patients", "1,148", "count", 1148, 1148, "participants", Y, "primary efficacy population"),
 ("a-597", A, "(gepotidacin n=597", "597", "count", 597, 597, "participants", Y, "primary population gepotidacin"),
 ("a-551", A, "nitrofurantoin n=551)", "551", "count", 551, 551, "participants", Y, "primary population nitrofurantoin"),
 ("a-162a", A, "in 162 of 320", "162", "count", 162, 162, "participants", Y, "eagle-2 gepotidacin successes"),
 ("a-320", A, "162 of 320", "320", "count", 320, 320, "participants", Y, "eagle-2 gepotidacin primary n"),
 ("a-506", A, "(50.6%)", "50.6%", "percent", 50.6, 50.6, "%", Y, "eagle-2 gepotidacin therapeutic success"),
 ("a-135", A, "and 135 of 287", "135", "count", 135, 135, "participants", Y, "eagle-2 nitrofurantoin successes"),
 ("a-287", A, "135 of 287", "287", "count", 287, 287, "participants", Y, "eagle-2 nitrofurantoin primary n"),
 ("a-470", A, "(47.0%)", "47.0%", "percent", 47.0, 47.0, "%", Y, "eagle-2 nitrofurantoin therapeutic success"),
 ("a-43", A, "difference 4.3 percentage points", "4.3 percentage points", "percent", 4.3, 4.3, "pp", Y, "eagle-2 adjusted difference"),
 ("a-43ci", A, "95% CI −3.6 to 12.1", "−3.6 to 12.1", "percent", -3.6, 12.1, "pp", Y, "ci"),
 ("a-162b", A, "were 162 of 277", "162", "count", 162, 162, "participants", Y, "eagle-3 gepotidacin successes"),
 ("a-277", A, "162 of 277", "277", "count", 277, 277, "participants", Y, "eagle-3 gepotidacin primary n"),
 ("a-585", A, "(58.5%)", "58.5%", "percent", 58.5, 58.5, "%", Y, "eagle-3 gepotidacin therapeutic success"),
 ("a-115", A, "and 115 of 264", "115", "count", 115, 115, "participants", Y, "eagle-3 nitrofurantoin successes"),
 ("a-264", A, "115 of 264", "264", "count", 264, 264, "participants", Y, "eagle-3 nitrofurantoin primary n"),
 ("a-436", A, "(43.6%)", "43.6%", "percent", 43.6, 43.6, "%", Y, "eagle-3 nitrofurantoin therapeutic success"),
 ("a-146", A, "difference 14.6 percentage points", "14.6 percentage points", "percent", 14.6, 14.6, "pp", Y, "eagle-3 adjusted difference"),
 ("a-146ci", A, "95% CI 6.4 to 22.8", "6.4 to 22.8", "percent", 6.4, 22.8, "pp", Y, "ci"),
 ("a-p3", A, "P=0.0003", "0.0003", "pvalue", 0.0003, 0.0003, "p", N, "p-value"),
 ("a-543", A, "success was 54.3%", "54.3%", "percent", 54.3, 54.3, "%", Y, "pooled gepotidacin therapeutic success"),
 ("a-543ci", A, "95% CI 50.3–58.2", "50.3–58.2", "percent", 50.3, 58.2, "%", Y, "ci"),
 ("a-454", A, "and 45.4% (95% CI", "45.4%", "percent", 45.4, 45.4, "%", Y, "pooled nitrofurantoin therapeutic success"),
 ("a-454ci", A, "95% CI 41.3–49.5", "41.3–49.5", "percent", 41.3, 49.5, "%", Y, "ci"),
 ("a-89", A, "difference of 8.9 percentage points", "8.9 percentage points", "percent", 8.9, 8.9, "pp", Y, "pooled unadjusted difference"),
 ("a-89ci", A, "95% CI 3.1 to 14.7", "3.1 to 14.7", "percent", 3.1, 14.7, "pp", Y, "ci"),
 ("a-p003", A, "P=0.003", "0.003", "pvalue", 0.003, 0.003, "p", N, "p-value"),
 ("a-1570", A, "(gepotidacin n=1570", "1570", "count", 1570, 1570, "participants", Y, "safety population gepotidacin"),
 ("a-1558", A, "nitrofurantoin n=1558", "1558", "count", 1558, 1558, "participants", Y, "safety population nitrofurantoin"),
 ("a-16", A, "(16% overall", "16%", "percent", 16, 16, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),
 ("a-14", A, "14% in EAGLE-2", "14%", "percent", 14, 14, "%", Y, "eagle-2 diarrhoea rate (gepotidacin)"),
 ("a-18", A, "18% in EAGLE-3", "18%", "percent", 18, 18, "%", Y, "eagle-3 diarrhoea rate (gepotidacin)"),
 ("a-9", A, "nausea (9%)", "9%", "percent", 9, 9, "%", Y, "uuti nausea rate (gepotidacin, pooled)"),
 ("a-69", A, "69% had mild", "69%", "percent", 69, 69, "%", Y, "gi events mild share"),
 ("a-28", A, "28% moderate", "28%", "percent", 28, 28, "%", Y, "gi events moderate share"),
 ("a-lt1", A, "occurred in <1% of all", "<1%", "percent", 1, 1, "%", Y, "severe gi events share (upper bound)"),
 ("a-onesae", A, "One drug-related serious", "One", "count", 1, 1, "events", Y, "drug-related saes per arm"),
 ("a-2large", A, "Across two large trials", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("a-5day", A, "a 5-day course", "5-day", "duration", 5, 5, "days", N, "uuti course length (repeat)"),
 ("a-onetrial", A, "superior in one trial", "one", "count", 1, 1, "trials", N, "summary"),
 ("a-nine", A, "about nine percentage points", "nine percentage points", "percent", 9, 9, "pp", N, "pooled difference (summary)"),

 # ---- GE04 explainer (2025-09-10)
 ("e-upd", E, "Updated September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-1996", E, "(UTIs) since 1996", "1996", "date", 1996, 1996, "year", Y, "last new antibiotic class for uuti"),
 ("e-mar25", E, "approved it on March 25, 2025", "March 25, 2025", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("e-mhra", E, "followed on 27 August 2025", "27 August 2025", "date", 2025, 2025, "year", Y, "mhra uuti approval date"),
 ("e-12", E, "aged 12 and older who weigh", "12", "age", 12, 12, "years", Y, "uuti indication minimum age"),
 ("e-40kg", E, "at least 40 kg (about 88", "40 kg", "weight", 40, 40, "kg", Y, "uuti indication minimum weight"),
 ("e-88lb", E, "(about 88 pounds)", "88 pounds", "weight", 88, 88, "lb", N, "unit conversion"),
 ("e-1500", E, "The dose is 1,500 mg", "1,500 mg", "dose", 1500, 1500, "mg", Y, "uuti dose per administration"),
 ("e-two", E, "which means two 750 mg", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("e-750", E, "two 750 mg tablets", "750 mg", "dose", 750, 750, "mg", Y, "tablet strength"),
 ("e-bid", E, "tablets, taken twice a day", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("e-12h", E, "about 12 hours apart", "12 hours", "duration", 12, 12, "hours", N, "dosing interval"),
 ("e-5d", E, "apart for five days", "five days", "duration", 5, 5, "days", Y, "uuti course length"),
 ("e-20tab", E, "20 tablets in all", "20", "count", 20, 20, "tablets", Y, "tablets per uuti course"),
 ("e-2trials", E, "In two trials with", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("e-3136", E, "trials with 3,136 participants", "3,136", "count", 3136, 3136, "participants", Y, "eagle-2/3 randomised"),
 ("e-1572", E, "1,572 participants were given", "1,572", "count", 1572, 1572, "participants", Y, "given gepotidacin (mhra wording)"),
 ("e-1564", E, "and 1,564 received", "1,564", "count", 1564, 1564, "participants", Y, "given nitrofurantoin (mhra wording)"),
 ("e-506", E, "EAGLE-2 trial, 50.6%", "50.6%", "percent", 50.6, 50.6, "%", Y, "eagle-2 gepotidacin therapeutic success"),
 ("e-436", E, "compared with 43.6% on", "43.6%", "percent", 43.6, 43.6, "%", Y, "eagle-2 nitrofurantoin therapeutic success"),
 ("e-59", E, "about 59% succeeded", "59%", "percent", 59, 59, "%", Y, "eagle-3 gepotidacin therapeutic success"),
 ("e-44", E, "versus 44% on nitrofurantoin", "44%", "percent", 44, 44, "%", Y, "eagle-3 nitrofurantoin therapeutic success"),
 ("e-15pp", E, "roughly 15 percentage points", "15 percentage points", "percent", 15, 15, "pp", Y, "eagle-3 difference"),
 ("e-toc", E, "check-up 10 to 13 days after", "10 to 13 days", "duration", 10, 13, "days", N, "test-of-cure timing"),
 ("e-16", E, "about 16% of people", "16%", "percent", 16, 16, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),
 ("e-9", E, "about 9% had nausea", "9%", "percent", 9, 9, "%", Y, "uuti nausea rate (gepotidacin, pooled)"),
 ("e-half", E, "Around half of all women", "half", "percent", 50, 50, "%", Y, "lifetime uti share of women"),
 ("e-one", E, "at least one, and roughly", "one", "count", 1, 1, "episodes", N, "threshold"),
 ("e-30", E, "roughly 30% of those", "30%", "percent", 30, 30, "%", Y, "recurrence share"),
 ("e-150m", E, "estimated 150 million UTIs", "150 million", "count", 150000000, 150000000, "infections", Y, "global uti per year"),
 ("e-13", E, "account for 1% to 3%", "1% to 3%", "percent", 1, 3, "%", Y, "england gp appointments share"),
 ("e-1520", E, "and 15% to 20% of antibiotics", "15% to 20%", "percent", 15, 20, "%", Y, "england primary-care antibiotic share"),
 ("e-50", E, "up to 50% of the bacteria", "50%", "percent", 50, 50, "%", Y, "uropathogens resistant to >=1 drug (england)"),
 ("e-oneab", E, "resistant to at least one antibiotic", "one", "count", 1, 1, "antibiotics", N, "threshold"),
 ("e-2013", E, "which in 2013 signed", "2013", "date", 2013, 2013, "year", Y, "barda partnership date"),
 ("e-20m", E, "worth up to $20 million", "$20 million", "money", 20000000, 20000000, "USD", Y, "barda partnership ceiling"),
 ("e-5yr", E, "$20 million over five years", "five years", "duration", 5, 5, "years", Y, "barda partnership term"),
 ("e-h2", E, "second half of 2025", "second half of 2025", "date", 2025, 2025, "year", Y, "us launch (forecast)"),
 ("e-pdufa", E, "expected by December 11, 2025", "December 11, 2025", "date", 2025, 2025, "year", Y, "gonorrhoea pdufa target date"),
 ("e-912", E, "cleared the infection in 91.2%", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("e-926", E, "compared with 92.6% for the", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 comparator urogenital success"),
 ("e-2larger", E, "given as two larger doses", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("e-5dc", E, "rather than a five-day course", "five-day", "duration", 5, 5, "days", N, "uuti course length (repeat)"),

 # ---- GE05 blog (2026-01-08)
 ("b-h1", B, "big year: one new antibiotic", "one", "count", 1, 1, "classes", N, "headline"),
 ("b-h2", B, "class, two approvals", "two", "count", 2, 2, "approvals", N, "headline"),
 ("b-date", B, "January 8, 2026", "January 8, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap750", B, "tablets are 750 mg each", "750 mg", "dose", 750, 750, "mg", N, "caption: tablet strength"),
 ("b-cap20", B, "course is 20 tablets", "20", "count", 20, 20, "tablets", N, "caption: tablets per course"),
 ("b-mar24", B, "by the FDA in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda uuti approval date"),
 ("b-12u", B, "women and girls 12 and older. Then", "12", "age", 12, 12, "years", Y, "uuti indication minimum age"),
 ("b-dec11", B, "Then, on December 11", "December 11", "date", 2025, 2025, "year", Y, "fda gonorrhoea approval date"),
 ("b-ayear", B, "from a year of questions", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-2piv", B, "The two pivotal trials", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("b-3163", B, "enrolled 3,163 women", "3,163", "count", 3163, 3163, "participants", Y, "eagle-2/3 randomised"),
 ("b-219", B, "and girls at 219 centers", "219", "count", 219, 219, "centres", Y, "eagle-2/3 centres"),
 ("b-enrol", B, "from October 2019 to December 2022", "October 2019 to December 2022", "date", 2019, 2022, "year", Y, "eagle-2/3 enrolment period"),
 ("b-1500", B, "gepotidacin 1,500 mg twice", "1,500 mg", "dose", 1500, 1500, "mg", Y, "uuti dose per administration"),
 ("b-bid1", B, "1,500 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("b-100", B, "nitrofurantoin 100 mg twice", "100 mg", "dose", 100, 100, "mg", Y, "nitrofurantoin dose"),
 ("b-bid2", B, "100 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("b-5d", B, "both for five days", "five days", "duration", 5, 5, "days", Y, "uuti course length"),
 ("b-585", B, "EAGLE-3, 58.5% of patients", "58.5%", "percent", 58.5, 58.5, "%", Y, "eagle-3 gepotidacin therapeutic success"),
 ("b-436", B, "versus 43.6% on nitrofurantoin", "43.6%", "percent", 43.6, 43.6, "%", Y, "eagle-3 nitrofurantoin therapeutic success"),
 ("b-51", B, "about 51% versus", "51%", "percent", 51, 51, "%", Y, "eagle-2 gepotidacin therapeutic success"),
 ("b-47", B, "51% versus 47%", "47%", "percent", 47, 47, "%", Y, "eagle-2 nitrofurantoin therapeutic success"),
 ("b-twotab", B, "Two large tablets", "Two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("b-bid3", B, "tablets, twice a day, for", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("b-5d2", B, "a day, for five days. I", "five days", "duration", 5, 5, "days", N, "uuti course length (repeat)"),
 ("b-16", B, "the trials was 16%", "16%", "percent", 16, 16, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),
 ("b-v10", B, "voted 10-1 last August", "10", "vote", 10, 10, "votes for", Y, "tri-county p&t formulary vote (for)"),
 ("b-v1", B, "-1 last August", "1", "vote", 1, 1, "votes against", Y, "tri-county p&t formulary vote (against)"),
 ("b-vaug", B, "10-1 last August", "last August", "date", 2025, 2025, "year", N, "vote date"),
 ("b-mhra", B, "approved it last August as well", "last August", "date", 2025, 2025, "year", Y, "mhra uuti approval date"),
 ("b-628", B, "EAGLE-1 randomized 628", "628", "count", 628, 628, "participants", Y, "eagle-1 randomised"),
 ("b-49", B, "patients at 49 centers", "49", "count", 49, 49, "centers", Y, "eagle-1 centres"),
 ("b-5c", B, "49 centers in five countries", "five", "count", 5, 5, "countries", Y, "eagle-1 countries"),
 ("b-2doses", B, "given as two oral doses", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("b-3000", B, "doses of 3,000 mg 10", "3,000 mg", "dose", 3000, 3000, "mg", Y, "gonorrhoea dose per administration"),
 ("b-1012", B, "3,000 mg 10 to 12 hours apart", "10 to 12 hours", "duration", 10, 12, "hours", N, "gonorrhoea dosing interval"),
 ("b-926", B, "urogenital site in 92.6%", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("b-912", B, "versus 91.2% with", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator urogenital success"),
 ("b-12g", B, "patients 12 and older weighing", "12", "age", 12, 12, "years", Y, "gonorrhoea indication minimum age"),
 ("b-45kg", B, "at least 45 kg", "45 kg", "weight", 45, 45, "kg", Y, "gonorrhoea indication minimum weight"),
 ("b-laterdec", B, "Later in December", "December", "date", 2025, 2025, "year", N, "zoliflodacin approval (rival)"),
 ("b-single", B, "a single 3 g oral dose", "single", "count", 1, 1, "doses", N, "zoliflodacin doses"),
 ("b-3g", B, "single 3 g oral", "3 g", "dose", 3000, 3000, "mg", Y, "zoliflodacin dose"),
 ("b-930", B, "trial of 930 participants", "930", "count", 930, 930, "participants", Y, "zoliflodacin trial size"),
 ("b-16sites", B, "at 16 sites", "16", "count", 16, 16, "sites", Y, "zoliflodacin trial sites"),
 ("b-5cz", B, "16 sites in five countries", "five", "count", 5, 5, "countries", Y, "zoliflodacin trial countries"),
 ("b-twodrugs", B, "Two new oral gonorrhea drugs", "Two", "count", 2, 2, "drugs", N, "aside"),
 ("b-onemonth", B, "drugs in one month", "one month", "duration", 1, 1, "months", N, "aside"),
 ("b-601k", B, "CDC counted 601,319", "601,319", "count", 601319, 601319, "cases", Y, "us gonorrhoea cases 2023"),
 ("b-2023", B, "gonorrhea cases in 2023, a 7%", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-7", B, "a 7% drop from 2022", "7%", "percent", 7, 7, "%", Y, "us gonorrhoea decline 2022-2023"),
 ("b-2022", B, "drop from 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-cap2023", B, "second straight year in 2023", "2023", "date", 2023, 2023, "year", N, "caption"),
 ("b-rel70", B, "Nitrofurantoin at 70", "70", "age", 70, 70, "years", N, "page furniture (related link)"),
 ("b-rel5", B, "Five questions to ask", "Five", "count", 5, 5, "questions", N, "page furniture (related link)"),
 ("b-comments", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- GE06 trade news, hard-wrapped (2025-08-12)
 ("l-date", L, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-mon", L, "GSK said on Monday", "Monday", "date", 2025, 2025, "year", Y, "gonorrhoea priority review acceptance"),
 ("l-12g", L, "patients 12 and older weighing at least 45", "12", "age", 12, 12, "years", Y, "gonorrhoea indication minimum age (applied for)"),
 ("l-45kg", L, "at least 45 kg", "45 kg", "weight", 45, 45, "kg", Y, "gonorrhoea indication minimum weight"),
 ("l-pdufa", L, "action date of Dec. 11, 2026", "Dec. 11, 2026", "date", 2026, 2026, "year", Y, "gonorrhoea pdufa target date"),
 ("l-628", L, "which randomized 628", "628", "count", 628, 628, "participants", Y, "eagle-1 randomised"),
 ("l-2doses", L, "compared two oral 3,000", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("l-3000", L, "two oral 3,000 mg doses", "3,000 mg", "dose", 3000, 3000, "mg", Y, "gonorrhoea dose per administration"),
 ("l-926", L, "site in 92.6% of the primary", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("l-912", L, "versus 91.2% for the comparator", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator urogenital success"),
 ("l-37", L, "visit 3 to 7 days after", "3 to 7 days", "duration", 3, 7, "days", Y, "eagle-1 test-of-cure timing"),
 ("l-600k", L, "more than 600,000 gonorrhea", "600,000", "count", 600000, 600000, "cases", Y, "us gonorrhoea cases 2023 (bound)"),
 ("l-2023", L, "gonorrhea cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-118", L, "rates rose 118%", "118%", "percent", 118, 118, "%", Y, "us gonorrhoea rate rise 2009-2021"),
 ("l-0921", L, "between 2009 and 2021", "2009 and 2021", "date", 2009, 2021, "year", N, "period"),
 ("l-82m", L, "at 82 million a", "82 million", "count", 82000000, 82000000, "infections", Y, "global gonorrhoea incidence per year"),
 ("l-v9", L, "voted 9-2 last Thursday", "9", "vote", 9, 9, "votes for", Y, "tri-county p&t formulary vote (for)"),
 ("l-v2", L, "voted 9-2 last Thursday", "2", "vote", 2, 2, "votes against", Y, "tri-county p&t formulary vote (against)"),
 ("l-vthu", L, "9-2 last Thursday", "last Thursday", "date", 2025, 2025, "year", N, "vote date"),
 ("l-lastmar", L, "approved Blujepa last March", "last March", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("l-12u", L, "women and girls 12 and older weighing at least 40", "12", "age", 12, 12, "years", Y, "uuti indication minimum age"),
 ("l-40kg", L, "at least 40 kg", "40 kg", "weight", 40, 40, "kg", Y, "uuti indication minimum weight"),
 ("l-750", L, "dose as 750 mg twice", "750 mg", "dose", 750, 750, "mg", Y, "uuti dose per administration"),
 ("l-bid", L, "750 mg twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("l-5d", L, "twice daily for five days", "five days", "duration", 5, 5, "days", Y, "uuti course length"),
 ("l-h2", L, "second half of 2025", "second half of 2025", "date", 2025, 2025, "year", Y, "us launch (forecast)"),
 ("l-2trials", L, "The two uncomplicated UTI", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("l-2986", L, "enrolled 2,986 women", "2,986", "count", 2986, 2986, "participants", Y, "eagle-2/3 randomised"),
 ("l-20yr", L, "in over 20 years", "20 years", "duration", 20, 20, "years", Y, "time since last new oral class (pre-approval wording)"),
 ("l-3dec", L, "used \"nearly three decades", "three decades", "duration", 30, 30, "years", N, "quoted phrase"),
 ("l-two", L, "Two committee members voted", "Two", "vote", 2, 2, "votes against", Y, "tri-county p&t formulary vote (against, repeat)"),
 ("l-6mo", L, "after six months", "six months", "duration", 6, 6, "months", N, "review interval"),
 ("l-4tab", L, "four tablets a day", "four", "count", 4, 4, "tablets per day", Y, "tablets per day (uuti)"),
 ("l-1in6", L, "about one in six", "one in six", "percent", 16.67, 16.67, "%", Y, "uuti diarrhoea rate (gepotidacin, pooled)"),

 # ---- GE07 fact-check (2025-12-18)
 ("f-thalf", F, "fail half of women", "half", "percent", 50, 50, "%", N, "headline, post claim"),
 ("f-week", F, "social media this week", "this week", "date", 2025, 2025, "year", N, "post date"),
 ("f-date", F, "December 18, 2025", "December 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c100", F, "pill that cures 100% of gonorrhea", "100%", "percent", 100, 100, "%", N, "post claim"),
 ("f-chalf", F, "only works for half the women", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-clast", F, "in the UK last year", "last year", "date", 2024, 2024, "year", N, "post claim"),
 ("f-dec11", F, "On Dec. 11, the Food", "Dec. 11", "date", 2025, 2025, "year", Y, "fda gonorrhoea approval date"),
 ("f-12g", F, "patients 12 and older who weigh", "12", "age", 12, 12, "years", Y, "gonorrhoea indication minimum age"),
 ("f-45kg", F, "at least 45 kg", "45 kg", "weight", 45, 45, "kg", Y, "gonorrhoea indication minimum weight"),
 ("f-682", F, "enrolled 682 participants", "682", "count", 682, 682, "participants", Y, "eagle-1 randomised"),
 ("f-49", F, "participants at 49 centers", "49", "count", 49, 49, "centers", Y, "eagle-1 centres"),
 ("f-6c", F, "centers in six countries", "six", "count", 6, 6, "countries", Y, "eagle-1 countries"),
 ("f-2doses", F, "Patients took two oral doses", "two", "count", 2, 2, "doses", N, "gonorrhoea doses"),
 ("f-3000", F, "doses of 3,000 mg", "3,000 mg", "dose", 3000, 3000, "mg", Y, "gonorrhoea dose per administration"),
 ("f-926", F, "site in 92.6% of patients", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success"),
 ("f-187", F, "(187 of 202)", "187", "count", 187, 187, "participants", Y, "eagle-1 gepotidacin successes"),
 ("f-202", F, "187 of 202)", "202", "count", 202, 202, "participants", Y, "eagle-1 gepotidacin micro-itt n"),
 ("f-912", F, "compared with 91.2% for", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator urogenital success"),
 ("f-not100", F, "but it is not 100%", "100%", "percent", 100, 100, "%", N, "rebuttal"),
 ("f-q100", F, "Where does \"100%\" come", "100%", "percent", 100, 100, "%", N, "quoted post figure"),
 ("f-26a", F, "rectal infection, 26 of 26", "26", "count", 26, 26, "participants", Y, "eagle-1 rectal successes gepotidacin"),
 ("f-26b", F, "of 26 on gepotidacin", "26", "count", 26, 26, "participants", N, "eagle-1 rectal n gepotidacin"),
 ("f-r100", F, "cured there, or 100%", "100%", "percent", 100, 100, "%", Y, "eagle-1 rectal success gepotidacin"),
 ("f-80", F, "compared with 80% (12", "80%", "percent", 80, 80, "%", Y, "eagle-1 rectal success comparator"),
 ("f-12of", F, "(12 of 15)", "12", "count", 12, 12, "participants", Y, "eagle-1 rectal successes comparator"),
 ("f-15", F, "12 of 15)", "15", "count", 15, 15, "participants", N, "eagle-1 rectal n comparator"),
 ("f-mar25", F, "infections on March 25", "March 25", "date", 2025, 2025, "year", Y, "fda uuti approval date"),
 ("f-2trials", F, "In the two trials summarized", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("f-518", F, "was 51.8% on gepotidacin", "51.8%", "percent", 51.8, 51.8, "%", Y, "eagle-2 gepotidacin therapeutic success (label)"),
 ("f-470", F, "versus 47.0% on nitrofurantoin", "47.0%", "percent", 47.0, 47.0, "%", Y, "eagle-2 nitrofurantoin therapeutic success (label)"),
 ("f-onetrial", F, "in one trial, and 58.9%", "one", "count", 1, 1, "trials", N, "aside"),
 ("f-589", F, "and 58.9% versus", "58.9%", "percent", 58.9, 58.9, "%", Y, "eagle-3 gepotidacin therapeutic success (label)"),
 ("f-440", F, "versus 44.0% in the other", "44.0%", "percent", 44.0, 44.0, "%", Y, "eagle-3 nitrofurantoin therapeutic success (label)"),
 ("f-qhalf", F, "So \"half\" is roughly right", "half", "percent", 50, 50, "%", N, "quoted post figure"),
 ("f-onetrial2", F, "roughly right for one trial", "one", "count", 1, 1, "trials", N, "aside"),
 ("f-second", F, "worse in the second trial", "second", "count", 2, 2, "ordinal", N, "ordinal aside"),
 ("f-mhra", F, "for UTIs in August last year", "August last year", "date", 2024, 2024, "year", Y, "mhra uuti approval date"),
 ("f-648k", F, "recorded 648,056 gonorrhea", "648,056", "count", 648056, 648056, "cases", Y, "us gonorrhoea cases 2023"),
 ("f-2023", F, "gonorrhea cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-half", F, "estimates that about half of", "about half", "percent", 50, 50, "%", Y, "share of gonorrhoea resistant to >=1 drug"),
 ("f-oneab", F, "resistant to at least one antibiotic", "one", "count", 1, 1, "antibiotics", N, "threshold"),
 ("f-r100b", F, "cures 100% of gonorrhea is false", "100%", "percent", 100, 100, "%", N, "post claim (ruling)"),
 ("f-926b", F, "trial, 92.6% of patients were cured", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin urogenital success (ruling)"),
 ("f-5059", F, "roughly 50% to 59%", "50% to 59%", "percent", 50, 59, "%", N, "uuti success range (summary)"),
 ("f-4447", F, "rates were 44% to 47%", "44% to 47%", "percent", 44, 47, "%", N, "nitrofurantoin success range (summary)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA uUTI approval year: March 2024 (blog) vs 2025 everywhere else
 ("b-mar24", "w-tue", S), ("b-mar24", "e-mar25", S), ("b-mar24", "f-mar25", S),
 ("b-mar24", "l-lastmar", S), ("b-mar24", "a-mar25", S), ("b-mar24", "p-mar25", S),
 # S2 EAGLE-3 gepotidacin success 55.8% (transposed) vs 58.5%
 ("w-558", "a-585", S), ("w-558", "b-585", S), ("w-558", "e-59", S),
 # S3 EAGLE-2 nitrofurantoin 43.6% (EAGLE-3 arm swapped in) vs 47.0%
 ("e-436", "a-470", S), ("e-436", "w-470", S), ("e-436", "b-47", S), ("e-436", "f-470", S),
 # S4 EAGLE-2/3 randomised: 3,163 (transposed) vs 3,136
 ("b-3163", "a-3136", S), ("b-3163", "e-3136", S),
 # S5 EAGLE-1 randomised: 682 (transposed) vs 628
 ("f-682", "p-628", S), ("f-682", "b-628", S), ("f-682", "l-628", S),
 # S6 EAGLE-1 countries: five (rival trial's figure) vs six
 ("b-5c", "p-6c", S), ("b-5c", "f-6c", S),
 # S7 gonorrhoea dose per administration: 1,500 mg (uUTI dose) vs 3,000 mg
 ("w-1500g", "p-3000", S), ("w-1500g", "b-3000", S), ("w-1500g", "l-3000", S), ("w-1500g", "f-3000", S),
 # S8 uUTI dose per administration: 750 mg (tablet strength) vs 1,500 mg
 ("l-750", "w-1500", S), ("l-750", "a-1500", S), ("l-750", "e-1500", S), ("l-750", "b-1500", S), ("l-750", "p-1500", S),
 # S9 uUTI course length: three-day vs five days
 ("p-3day", "w-5d", S), ("p-3day", "a-5d", S), ("p-3day", "e-5d", S), ("p-3day", "b-5d", S), ("p-3day", "l-5d", S),
 # S10 gonorrhoea PDUFA target year: 2026 vs 2025
 ("l-pdufa", "e-pdufa", S), ("l-pdufa", "p-pdufa", S),
 # S11 EAGLE-2/3 enrolment period end: 2021 vs 2022
 ("a-enrol", "b-enrol", S),
 # S12 BARDA partnership ceiling: $20 million vs $200 million
 ("e-20m", "w-200m", S),
 # S13 uUTI diarrhoea, pooled: 18% (EAGLE-3 figure as overall) vs 16%
 ("p-18", "a-16", S), ("p-18", "w-16", S), ("p-18", "e-16", S), ("p-18", "b-16", S),
 # S14 US gonorrhoea cases in 2023: 648,056 (the 2022 count) vs 601,319
 ("f-648k", "b-601k", S),
 # S15 MHRA approval year: "August last year" (2024) vs 2025
 ("f-mhra", "e-mhra", S), ("f-mhra", "b-mhra", S),
 # S16 Tri-County P&T vote: 10-1 vs 9-2
 ("b-v10", "l-v9", S), ("b-v1", "l-v2", S), ("b-v1", "l-two", S),
 # S17 EAGLE-1 gepotidacin success: 91.2% (arms swapped) vs 92.6%
 ("e-912", "p-926", S), ("e-912", "w-926", S), ("e-912", "b-926", S), ("e-912", "l-926", S),
 ("e-912", "f-926", S), ("e-912", "f-926b", S),
 # S18 EAGLE-1 comparator success: 92.6% (arms swapped) vs 91.2%
 ("e-926", "p-912", S), ("e-926", "w-912", S), ("e-926", "b-912", S), ("e-926", "l-912", S), ("e-926", "f-912", S),
 # S19 gonorrhoea indication minimum age: 16 vs 12
 ("p-16", "b-12g", S), ("p-16", "f-12g", S),
 # S20 EAGLE-2/3 randomised: 2,986 (interim-analysis population as the total) vs 3,136 / 3,163
 ("l-2986", "a-3136", S), ("l-2986", "e-3136", S), ("l-2986", "b-3163", S),
 # Qualified
 ("w-558", "f-589", Q), ("a-585", "f-589", Q), ("b-585", "f-589", Q),
 ("a-506", "f-518", Q), ("w-506", "f-518", Q), ("e-506", "f-518", Q), ("b-51", "f-518", Q),
 ("a-436", "f-440", Q), ("w-436", "f-440", Q), ("b-436", "f-440", Q),
 ("p-48", "l-37", Q),
 ("a-1570", "e-1572", Q), ("a-1558", "e-1564", Q),
 ("l-1in6", "p-18", Q),
 ("p-16", "l-12g", Q),
 ("w-3100", "l-2986", Q),
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
        rows.append({"type": "claim", "id": f"ge-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ge-{a}", f"ge-{b}"
        if a not in docof or b not in docof:
            print("UNKNOWN CONFLICT ID", a, b); ok = False; continue
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
