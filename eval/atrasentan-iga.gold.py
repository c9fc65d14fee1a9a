#!/usr/bin/env python3
"""Build atrasentan-iga.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "atrasentan-iga")
OUT = os.path.join(HERE, "atrasentan-iga.gold.jsonl")
T = "at"

W, P, A, E, B, L, F = ("at01_wire.txt", "at02_press.txt", "at03_abstract.txt",
                       "at04_explainer.txt", "at05_blog.txt", "at06_local.txt", "at07_factcheck.txt")
Y = True; N = False
PM = "per million per year"; GG = "g/g"; EG = "mL/min/1.73m2"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- at01 wire (2025-04-03)
 ("w-dl", W, "ZURICH, April 3", "April 3", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "Administration on Wednesday granted", "Wednesday", "date", 2025, 2025, "year", Y, "vanrafia fda accelerated approval date"),
 ("w-oncedaily", W, "a once-daily pill for adults", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("w-second", W, "is the second medicine", "second", "count", 2, 2, "approvals", N, "novartis igan approvals (ordinal)"),
 ("w-lessyr", W, "in less than a year", "a year", "duration", 1, 1, "years", N, "aside"),
 ("w-aug24", W, "same condition in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "fabhalta igan accelerated approval"),
 ("w-dose", W, "taking a 0.75 mg dose", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("w-361", W, "fall by 36.1% more", "36.1%", "percent", 36.1, 36.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("w-36wk", W, "placebo after 36 weeks of treatment", "36 weeks", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("w-nextyr", W, "expects to report next year", "next year", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("w-340", W, "ALIGN randomized 340 patients", "340", "count", 340, 340, "patients", Y, "align randomized (main stratum)"),
 ("w-46", W, "a further 46 patients", "46", "count", 46, 46, "patients", Y, "align sglt2i stratum size"),
 ("w-25pm", W, "About 25 people per million are diagnosed", "25 people per million", "count", 25, 25, PM, Y, "igan incidence"),
 ("w-50", W, "up to 50% of patients with persistent", "50%", "percent", 50, 50, "%", Y, "igan share progressing to kidney failure"),
 ("w-1020", W, "within 10 to 20 years of diagnosis and need", "10 to 20 years", "duration", 10, 20, "years", Y, "igan progression window"),
 ("w-lastsep", W, "won full approval last September", "last September", "date", 2024, 2024, "year", Y, "filspari full approval"),
 ("w-2023", W, "Chinook Therapeutics, in 2023 for", "2023", "date", 2023, 2023, "year", Y, "chinook acquisition year"),
 ("w-32b", W, "for $3.2 billion upfront", "$3.2 billion", "money", 3200000000, 3200000000, "USD", Y, "chinook upfront price"),
 ("w-2ps", W, "an additional $2 per share", "$2 per share", "money", 2, 2, "USD/share", Y, "cvr milestone per share"),
 ("w-end25", W, "before the end of 2025", "2025", "date", 2025, 2025, "year", N, "cvr milestone deadline"),
 ("w-160m", W, "come to about $160 million", "$160 million", "money", 160000000, 160000000, "USD", Y, "cvr milestone payout total"),
 ("w-wed2", W, "list price on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "aside"),
 ("w-550k", W, "about $550,000 a year for Fabhalta", "$550,000 a year", "money", 550000, 550000, "USD/year", Y, "fabhalta annual list price"),
 ("w-120k", W, "roughly $120,000 a year", "$120,000 a year", "money", 120000, 120000, "USD/year", Y, "filspari annual wholesale price"),
 ("w-44", W, "reduced proteinuria by 44% compared with placebo", "44%", "percent", 44, 44, "%", Y, "iptacopan upcr reduction vs placebo (applause interim)"),
 ("w-thu", W, "Zurich on Thursday", "Thursday", "date", 2025, 2025, "year", N, "aside"),

 # ---- at02 press (2025-04-02)
 ("p-b361", P, "proteinuria by 36.1% (P<0.0001)", "36.1%", "percent", 36.1, 36.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("p-bp", P, "(P<0.0001)", "P<0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-bwk36", P, "versus placebo at Week 36, with", "Week 36", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("p-bwk6", P, "as early as Week 6", "Week 6", "duration", 6, 6, "weeks", Y, "earliest upcr improvement"),
 ("p-b50", P, "up to 50% of patients", "50%", "percent", 50, 50, "%", Y, "igan share progressing to kidney failure"),
 ("p-b1020", P, "within 10 to 20 years of diagnosis", "10 to 20 years", "duration", 10, 20, "years", Y, "igan progression window"),
 ("p-third", P, "is the third FDA approval", "third", "count", 3, 3, "approvals", N, "novartis renal approvals (ordinal)"),
 ("p-1yr", P, "in under one year", "one year", "duration", 1, 1, "years", N, "aside"),
 ("p-dl", P, "N.J., April 2, 2025 /PRNewswire/", "April 2, 2025", "date", 2025, 2025, "year", Y, "vanrafia fda accelerated approval date"),
 ("p-15", P, "(UPCR) of 1.5 g/g or more", "1.5 g/g", "other", 1.5, 1.5, GG, Y, "upcr threshold in indication"),
 ("p-oncedaily", P, "a once-daily, non-steroidal", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("p-dose", P, "oral tablet of 0.75 mg", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("p-270", P, "the first 270 patients in the main stratum", "270", "count", 270, 270, "patients", Y, "align interim analysis population"),
 ("p-36wk", P, "proteinuria at 36 weeks compared", "36 weeks", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("p-wk136", P, "eGFR decline at Week 136", "Week 136", "duration", 136, 136, "weeks", Y, "align egfr endpoint timepoint"),
 ("p-2026", P, "data are expected in 2026", "2026", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("p-2wk", P, "for two weeks after stopping Vanrafia", "two weeks", "duration", 2, 2, "weeks", Y, "contraception after stopping vanrafia"),
 ("p-1g", P, "at least 1 g per day", "1 g per day", "other", 1, 1, "g/day", Y, "align inclusion proteinuria"),
 ("p-30", P, "at least 30 mL/min/1.73 m²", "30 mL/min/1.73 m²", "other", 30, 30, EG, Y, "align inclusion egfr"),
 ("p-340", P, "randomized 340 patients in its main stratum", "340", "count", 340, 340, "patients", Y, "align randomized (main stratum)"),
 ("p-dose2", P, "atrasentan 0.75 mg or placebo", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("p-oncedaily2", P, "placebo once daily for 132", "once daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("p-132", P, "for 132 weeks, followed", "132 weeks", "duration", 132, 132, "weeks", Y, "align treatment duration"),
 ("p-4wk", P, "by a 4-week washout", "4-week", "duration", 4, 4, "weeks", N, "washout"),
 ("p-64", P, "enrolled 64 additional", "64", "count", 64, 64, "patients", Y, "align sglt2i stratum size"),
 ("p-381", P, "achieved a 38.1% reduction", "38.1%", "percent", 38.1, 38.1, "%", Y, "align atrasentan arm upcr change from baseline"),
 ("p-wk36b", P, "from baseline at Week 36, compared", "Week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("p-31", P, "compared with 3.1% for placebo", "3.1%", "percent", 3.1, 3.1, "%", Y, "align placebo arm upcr change from baseline"),
 ("p-25pm", P, "Approximately 25 people per million", "25 people per million", "count", 25, 25, PM, Y, "igan incidence"),
 ("p-2023", P, "its 2023 acquisition", "2023", "date", 2023, 2023, "year", Y, "chinook acquisition year"),
 ("p-aug24", P, "In August 2024, Fabhalta", "August 2024", "date", 2024, 2024, "year", Y, "fabhalta igan accelerated approval"),
 ("p-mar25", P, "in March 2025 it was approved", "March 2025", "date", 2025, 2025, "year", Y, "fabhalta c3g approval"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "boilerplate"),

 # ---- at03 abstract (2024-11-02)
 ("a-pub", A, "Published online 2 November 2024", "2 November 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-114", A, "was 11.4 years (95% CI", "11.4 years", "duration", 11.4, 11.4, "years", Y, "radar median kidney survival"),
 ("a-114ci", A, "10.5 to 12.5), and", "10.5 to 12.5", "duration", 10.5, 12.5, "years", Y, "ci"),
 ("a-48", A, "or death was 48 years", "48 years", "age", 48, 48, "years", Y, "radar mean age at kidney failure or death"),
 ("a-1g", A, "at least 1 g per day", "1 g per day", "other", 1, 1, "g/day", Y, "align inclusion proteinuria"),
 ("a-30", A, "at least 30 ml per minute per 1.73 m2", "30 ml per minute per 1.73 m2", "other", 30, 30, EG, Y, "align inclusion egfr"),
 ("a-11", A, "in a 1:1 ratio", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-dose", A, "(0.75 mg per day)", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("a-132", A, "placebo for 132 weeks", "132 weeks", "duration", 132, 132, "weeks", Y, "align treatment duration"),
 ("a-4wk", A, "by a 4-week washout", "4-week", "duration", 4, 4, "weeks", N, "washout"),
 ("a-24h", A, "the 24-hour urinary", "24-hour", "duration", 24, 24, "hours", N, "urine collection period"),
 ("a-wk36", A, "baseline to week 36 among", "week 36", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("a-270", A, "the first 270 patients enrolled", "270", "count", 270, 270, "patients", Y, "align interim analysis population"),
 ("a-wk136", A, "baseline to week 136,", "week 136", "duration", 136, 136, "weeks", Y, "align egfr endpoint timepoint"),
 ("a-20c", A, "Across 20 countries", "20", "count", 20, 20, "countries", Y, "align countries"),
 ("a-404", A, "404 patients underwent", "404", "count", 404, 404, "patients", Y, "align total randomized incl sglt2i stratum"),
 ("a-340", A, "randomization: 340 in the main", "340", "count", 340, 340, "patients", Y, "align randomized (main stratum)"),
 ("a-64", A, "and 64 in the SGLT2", "64", "count", 64, 64, "patients", Y, "align sglt2i stratum size"),
 ("a-N340", A, "(N = 340)", "340", "count", 340, 340, "patients", N, "repeat"),
 ("a-447", A, "mean age was 44.7 years", "44.7 years", "age", 44.7, 44.7, "years", Y, "align mean age"),
 ("a-424", A, "42.4% of the patients were women", "42.4%", "percent", 42.4, 42.4, "%", Y, "align share women"),
 ("a-589", A, "eGFR was 58.9 ml per minute per 1.73 m2", "58.9 ml per minute per 1.73 m2", "other", 58.9, 58.9, EG, Y, "align baseline mean egfr"),
 ("a-14", A, "UPCR was 1.4 g per gram", "1.4 g per gram", "other", 1.4, 1.4, GG, Y, "align baseline median upcr"),
 ("a-270b", A, "comprised 270 patients", "270", "count", 270, 270, "patients", Y, "align interim analysis population"),
 ("a-135a", A, "(atrasentan, n=135", "135", "count", 135, 135, "patients", Y, "align interim per arm (atrasentan)"),
 ("a-135p", A, "placebo, n=135)", "135", "count", 135, 135, "patients", Y, "align interim per arm (placebo)"),
 ("a-wk36b", A, "At week 36, the geometric", "week 36", "duration", 36, 36, "weeks", N, "timepoint"),
 ("a-381", A, "was −38.1% with atrasentan", "−38.1%", "percent", -38.1, -38.1, "%", Y, "align atrasentan arm upcr change from baseline"),
 ("a-31", A, "and −3.1% with placebo", "−3.1%", "percent", -3.1, -3.1, "%", Y, "align placebo arm upcr change from baseline"),
 ("a-361", A, "difference of −36.1 percentage points", "−36.1 percentage points", "percent", -36.1, -36.1, "pp", Y, "align upcr reduction vs placebo wk36"),
 ("a-ci", A, "−44.6 to −26.4", "−44.6 to −26.4", "percent", -44.6, -26.4, "pp", Y, "ci"),
 ("a-p", A, "P<0.001)", "P<0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-wk6", A, "apparent by week 6", "week 6", "duration", 6, 6, "weeks", Y, "earliest upcr improvement"),
 ("a-two", A, "similar in the two groups", "two", "count", 2, 2, "groups", N, "aside"),
 ("a-112", A, "reported in 11.2% of the patients", "11.2%", "percent", 11.2, 11.2, "%", Y, "fluid retention atrasentan arm"),
 ("a-82", A, "and in 8.2% of those", "8.2%", "percent", 8.2, 8.2, "%", Y, "fluid retention placebo arm"),
 ("a-36wk", A, "proteinuria at 36 weeks as", "36 weeks", "duration", 36, 36, "weeks", N, "conclusion repeat"),
 ("a-2026", A, "end of the trial, expected in 2026", "2026", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("a-2020", A, "October 5, 2020", "October 5, 2020", "date", 2020, 2020, "year", N, "registration metadata"),

 # ---- at04 explainer (2025-05-20)
 ("e-upd", E, "Updated May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-apr", E, "IgA nephropathy in April. Here", "April", "date", 2025, 2025, "year", Y, "vanrafia fda accelerated approval date"),
 ("e-25", E, "about 25 new cases", "25", "count", 25, 25, PM, Y, "igan incidence"),
 ("e-25per", E, "roughly 2.5 per 100,000", "2.5 per 100,000", "count", 2.5, 2.5, "per 100,000 per year", Y, "igan incidence"),
 ("e-4000", E, "more than 4,000 new diagnoses", "4,000", "count", 4000, 4000, "diagnoses", Y, "us igan diagnoses per year"),
 ("e-50", E, "But up to 50% of patients", "50%", "percent", 50, 50, "%", Y, "igan share progressing to kidney failure"),
 ("e-1020", E, "within 10 to 20 years of diagnosis", "10 to 20 years", "duration", 10, 20, "years", Y, "igan progression window"),
 ("e-half", E, "registry, half of the patients", "half", "percent", 50, 50, "%", Y, "radar share reaching kidney failure or death in follow-up"),
 ("e-114", E, "failure was 11.4 years", "11.4 years", "duration", 11.4, 11.4, "years", Y, "radar median kidney survival"),
 ("e-48", E, "was just 48", "48", "age", 48, 48, "years", Y, "radar mean age at kidney failure"),
 ("e-20", E, "about 20% of those averaging", "20%", "percent", 20, 20, "%", Y, "radar kidney failure within 10y at upcr <0.44"),
 ("e-044", E, "under 0.44 g/g", "0.44 g/g", "other", 0.44, 0.44, GG, N, "definition threshold"),
 ("e-10y", E, "kidney failure within 10 years.", "10 years", "duration", 10, 10, "years", N, "timepoint"),
 ("e-one", E, "Vanrafia is one 0.75 mg", "one", "count", 1, 1, "tablets", N, "tablets per day"),
 ("e-dose", E, "one 0.75 mg tablet", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("e-onceaday", E, "taken once a day", "once a day", "duration", 1, 1, "days", N, "dosing interval"),
 ("e-1g", E, "at least 1 gram of protein", "1 gram", "other", 1, 1, "g/day", Y, "align inclusion proteinuria"),
 ("e-36wk", E, "At 36 weeks, protein", "36 weeks", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("e-361", E, "fell 36.1% more", "36.1%", "percent", 36.1, 36.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("e-140", E, "included 140 people in each group", "140", "count", 140, 140, "patients", Y, "align interim per arm"),
 ("e-2026", E, "with results expected in 2026", "2026", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("e-121", E, "reported in 12.1% of people", "12.1%", "percent", 12.1, 12.1, "%", Y, "fluid retention atrasentan arm"),
 ("e-82", E, "and 8.2% of people on placebo", "8.2%", "percent", 8.2, 8.2, "%", Y, "fluid retention placebo arm"),
 ("e-1mo", E, "for one month after stopping", "one month", "duration", 1, 1, "months", Y, "contraception after stopping vanrafia"),
 ("e-feb23", E, "accelerated approval in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "filspari accelerated approval"),
 ("e-sep24", E, "full approval in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "filspari full approval"),
 ("e-45", E, "proteinuria fell 45% with sparsentan", "45%", "percent", 45, 45, "%", Y, "protect sparsentan upcr reduction wk36"),
 ("e-15", E, "versus 15% with irbesartan", "15%", "percent", 15, 15, "%", Y, "protect irbesartan upcr reduction wk36"),
 ("e-36wkp", E, "irbesartan at 36 weeks", "36 weeks", "duration", 36, 36, "weeks", N, "protect timepoint"),
 ("e-200", E, "dose is 200 mg once daily", "200 mg", "dose", 200, 200, "mg", Y, "sparsentan starting dose"),
 ("e-oncedaily", E, "200 mg once daily for 14", "once daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("e-14d", E, "for 14 days, then", "14 days", "duration", 14, 14, "days", Y, "sparsentan starting dose period"),
 ("e-400", E, "then 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "sparsentan maintenance dose"),
 ("e-aug24", E, "IgAN in August 2024 after", "August 2024", "date", 2024, 2024, "year", Y, "fabhalta igan accelerated approval"),
 ("e-383", E, "by 38.3% versus placebo", "38.3%", "percent", 38.3, 38.3, "%", Y, "iptacopan upcr reduction vs placebo (applause interim)"),
 ("e-9mo", E, "placebo at nine months", "nine months", "duration", 9, 9, "months", N, "applause timepoint"),
 ("e-200i", E, "taken as 200 mg twice daily", "200 mg", "dose", 200, 200, "mg", Y, "iptacopan dose"),
 ("e-twice", E, "200 mg twice daily", "twice daily", "count", 2, 2, "doses/day", N, "dosing frequency"),
 ("e-2025", E, "results were expected in 2025", "2025", "date", 2025, 2025, "year", Y, "iptacopan egfr data expected"),
 ("e-9mocourse", E, "in 9-month courses", "9-month", "duration", 9, 9, "months", Y, "tarpeyo course length"),
 ("e-dec23", E, "full approval in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "tarpeyo full approval"),
 ("e-550", E, "about $550,000 a year", "$550,000 a year", "money", 550000, 550000, "USD/year", Y, "fabhalta annual list price"),
 ("e-120", E, "roughly $120,000 a year", "$120,000 a year", "money", 120000, 120000, "USD/year", Y, "filspari annual wholesale price"),
 ("e-12wk", E, "at least 12 weeks on", "12 weeks", "duration", 12, 12, "weeks", Y, "insurer ace/arb prerequisite"),
 ("e-30", E, "an eGFR of 30 or higher", "30", "other", 30, 30, EG, Y, "insurer egfr threshold"),
 ("e-9mocov", E, "coverage for 9 months", "9 months", "duration", 9, 9, "months", Y, "insurer approval duration"),

 # ---- at05 blog (2025-08-12)
 ("b-h4mo", B, "Four months on Vanrafia", "Four months", "duration", 4, 4, "months", N, "headline (author's time on drug)"),
 ("b-dl", B, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-onemore", B, "includes one more tablet", "one", "count", 1, 1, "tablets", N, "caption"),
 ("b-29", B, "nephropathy at 29", "29", "age", 29, 29, "years", Y, "author age at diagnosis"),
 ("b-6yr", B, "For six years", "six years", "duration", 6, 6, "years", Y, "author time on supportive care"),
 ("b-winter", B, "Last winter my", "Last winter", "date", 2024, 2025, "year", N, "as-of (vague)"),
 ("b-18", B, "stuck at 1.8 g/g", "1.8 g/g", "other", 1.8, 1.8, GG, Y, "author upcr before treatment"),
 ("b-15", B, "above the 1.5 g/g line", "1.5 g/g", "other", 1.5, 1.5, GG, Y, "upcr threshold in indication"),
 ("b-oncedaily", B, "is a once-daily pill", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("b-aprly", B, "in April last year", "April last year", "date", 2024, 2024, "year", Y, "vanrafia fda accelerated approval date"),
 ("b-381", B, "by 38.1% more than placebo", "38.1%", "percent", 38.1, 38.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("b-36wk", B, "more than placebo at 36 weeks", "36 weeks", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("b-2025", B, "are due in 2025", "2025", "date", 2025, 2025, "year", Y, "align egfr data expected"),
 ("b-50", B, "up to 50% of patients", "50%", "percent", 50, 50, "%", Y, "igan share progressing to kidney failure"),
 ("b-510", B, "within five to 10 years", "five to 10 years", "duration", 5, 10, "years", Y, "igan progression window"),
 ("b-cap1", B, "ratio, 2019–2025", "2019–2025", "date", 2019, 2025, "year", N, "caption"),
 ("b-since19", B, "readings since 2019", "2019", "date", 2019, 2019, "year", N, "caption"),
 ("b-3mo", B, "my first three months", "three months", "duration", 3, 3, "months", N, "caption"),
 ("b-apr", B, "I started in April on", "April", "date", 2025, 2025, "year", N, "author start date"),
 ("b-one", B, "April on one 0.75", "one", "count", 1, 1, "tablets", N, "tablets per day"),
 ("b-dose", B, "one 0.75 mg tablet every", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("b-100", B, "losartan 100 mg", "100 mg", "dose", 100, 100, "mg", Y, "author losartan dose"),
 ("b-3mocheck", B, "my three-month check", "three-month", "duration", 3, 3, "months", N, "timepoint"),
 ("b-11", B, "was 1.1 g/g", "1.1 g/g", "other", 1.1, 1.1, GG, Y, "author upcr at 3 months"),
 ("b-onedp", B, "One data point", "One", "count", 1, 1, "data points", N, "aside"),
 ("b-oneperson", B, "data point, one person", "one", "count", 1, 1, "people", N, "aside"),
 ("b-2021", B, "since 2021", "2021", "date", 2021, 2021, "year", N, "aside"),
 ("b-aug24", B, "for IgAN in August 2024 and lists", "August 2024", "date", 2024, 2024, "year", Y, "fabhalta igan accelerated approval"),
 ("b-550", B, "lists for $550,000 a year", "$550,000 a year", "money", 550000, 550000, "USD/year", Y, "fabhalta annual list price"),
 ("b-oneless", B, "one less portal", "one", "count", 1, 1, "portals", N, "aside"),
 ("b-35b", B, "paid $3.5 billion upfront", "$3.5 billion", "money", 3500000000, 3500000000, "USD", Y, "chinook upfront price"),
 ("b-2023", B, "Chinook Therapeutics in 2023", "2023", "date", 2023, 2023, "year", Y, "chinook acquisition year"),
 ("b-email", B, "One email a week", "One email a week", "count", 1, 1, "emails/week", N, "newsletter furniture"),
 ("b-5q", B, "- 5 questions", "5", "count", 5, 5, "questions", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- at06 local/trade (2024-06-10), hard-wrapped
 ("l-dl", L, "Monday, June 10, 2024", "Monday, June 10, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-361", L, "by 36.1% more than a placebo", "36.1%", "percent", 36.1, 36.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("l-lastmo", L, "presented last month at", "last month", "date", 2024, 2024, "year", Y, "align interim presented at era congress"),
 ("l-32b", L, "its $3.2 billion upfront", "$3.2 billion", "money", 3200000000, 3200000000, "USD", Y, "chinook upfront price"),
 ("l-lastyr", L, "Therapeutics last year.", "last year", "date", 2023, 2023, "year", Y, "chinook acquisition year"),
 ("l-300m", L, "up to $300 million in contingent", "$300 million", "money", 300000000, 300000000, "USD", Y, "chinook cvr total (maximum)"),
 ("l-11", L, "enrolled 11 of the trial's", "11", "count", 11, 11, "patients", Y, "local site enrollment"),
 ("l-agram", L, "spilling a gram or more", "a gram", "other", 1, 1, "g/day", N, "description"),
 ("l-270", L, "the first 270 patients", "270", "count", 270, 270, "patients", Y, "align interim analysis population"),
 ("l-125", L, "took a 1.25 mg dose", "1.25 mg", "dose", 1.25, 1.25, "mg", Y, "atrasentan daily dose"),
 ("l-onceaday", L, "dummy pill once a day", "once a day", "duration", 1, 1, "days", N, "dosing interval"),
 ("l-24wk", L, "after 24 weeks of treatment", "24 weeks", "duration", 24, 24, "weeks", Y, "align primary endpoint timepoint"),
 ("l-45", L, "averaged about 45 years old", "45 years", "age", 45, 45, "years", Y, "align mean age"),
 ("l-58", L, "about 58% of them were women", "58%", "percent", 58, 58, "%", Y, "align share women"),
 ("l-lastoct", L, "ALIGN results last October", "last October", "date", 2023, 2023, "year", Y, "align topline announcement"),
 ("l-30", L, "up to 30% of people", "30%", "percent", 30, 30, "%", Y, "share with proteinuria >=1 g/day progressing within 10 years"),
 ("l-1g", L, "stays at 1 g a day", "1 g a day", "other", 1, 1, "g/day", N, "definition threshold"),
 ("l-10y", L, "kidney failure within 10 years.", "10 years", "duration", 10, 10, "years", Y, "progression window (>=1 g/day definition)"),
 ("l-h2024", L, "first half of 2024", "first half of 2024", "date", 2024, 2024, "year", Y, "fda filing target"),
 ("l-136", L, "eGFR at 136 weeks", "136 weeks", "duration", 136, 136, "weeks", Y, "align egfr endpoint timepoint"),
 ("l-2026", L, "results expected in 2026", "2026", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("l-feb23", L, "accelerated approval in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "filspari accelerated approval"),
 ("l-sep5", L, "full approval by Sept. 5", "Sept. 5", "date", 2024, 2024, "year", Y, "filspari full-approval decision deadline"),
 ("l-498", L, "fell 49.8% with sparsentan", "49.8%", "percent", 49.8, 49.8, "%", Y, "protect sparsentan upcr reduction wk36"),
 ("l-151", L, "compared with 15.1% with", "15.1%", "percent", 15.1, 15.1, "%", Y, "protect irbesartan upcr reduction wk36"),
 ("l-36wk", L, "irbesartan after 36 weeks", "36 weeks", "duration", 36, 36, "weeks", N, "protect timepoint"),
 ("l-383", L, "by 38.3% versus placebo", "38.3%", "percent", 38.3, 38.3, "%", Y, "iptacopan upcr reduction vs placebo (applause interim)"),
 ("l-9mo", L, "at nine months in the", "nine months", "duration", 9, 9, "months", N, "applause timepoint"),
 ("l-earlyoct", L, "reported in early October", "early October", "date", 2023, 2023, "year", Y, "applause interim announcement"),
 ("l-dec", L, "full approval in December.", "December", "date", 2023, 2023, "year", Y, "tarpeyo full approval"),
 ("l-two", L, "with two or more of these", "two", "count", 2, 2, "drugs", N, "quote"),
 ("l-onepill", L, "era of one pill", "one", "count", 1, 1, "pills", N, "quote"),

 # ---- at07 fact-check (2025-09-18)
 ("f-dl", F, "PulseCheck · September 18, 2025", "September 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-90", F, "\"cuts kidney failure by 90%,\"", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-3yr", F, "after a three-year study", "three-year", "duration", 3, 3, "years", N, "post claim"),
 ("f-90b", F, "the 90% figure", "90%", "percent", 90, 90, "%", N, "post claim (verdict)"),
 ("f-8400", F, "more than 8,400 times", "8,400", "count", 8400, 8400, "shares", N, "virality"),
 ("f-tue", F, "times by Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of"),
 ("f-apr2", F, "decision came on April 2, 2025", "April 2, 2025", "date", 2025, 2025, "year", Y, "vanrafia fda accelerated approval date"),
 ("f-340", F, "the first 340 patients", "340", "count", 340, 340, "patients", Y, "align interim analysis population"),
 ("f-dose", F, "atrasentan 0.75 mg or placebo", "0.75 mg", "dose", 0.75, 0.75, "mg", Y, "atrasentan daily dose"),
 ("f-onceaday", F, "placebo once a day.", "once a day", "duration", 1, 1, "days", N, "dosing interval"),
 ("f-36wk", F, "After 36 weeks, the ratio", "36 weeks", "duration", 36, 36, "weeks", Y, "align primary endpoint timepoint"),
 ("f-361", F, "fallen 36.1% more", "36.1%", "percent", 36.1, 36.1, "%", Y, "align upcr reduction vs placebo wk36"),
 ("f-wk132", F, "measured at week 132", "week 132", "duration", 132, 132, "weeks", Y, "align egfr endpoint timepoint"),
 ("f-2026", F, "is expected in 2026. Patients", "2026", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("f-25yr", F, "about two and a half years", "two and a half years", "duration", 2.5, 2.5, "years", Y, "align treatment duration"),
 ("f-3yrb", F, "no three-year result", "three-year", "duration", 3, 3, "years", N, "post claim (rebuttal)"),
 ("f-90c", F, "supports \"cuts kidney failure by 90%.\"", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-sep23", F, "full approval in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "filspari full approval"),
 ("f-2yr", F, "decline over two years", "two years", "duration", 2, 2, "years", Y, "protect egfr analysis period"),
 ("f-112", F, "reported in 11.2% of patients", "11.2%", "percent", 11.2, 11.2, "%", Y, "fluid retention atrasentan arm"),
 ("f-82", F, "and 8.2% on placebo", "8.2%", "percent", 8.2, 8.2, "%", Y, "fluid retention placebo arm"),
 ("f-2wk", F, "for two weeks after stopping", "two weeks", "duration", 2, 2, "weeks", Y, "contraception after stopping vanrafia"),
 ("f-1mo", F, "Filspari's one month", "one month", "duration", 1, 1, "months", Y, "contraception after stopping filspari"),
 ("f-2023", F, "Novartis's 2023 purchase", "2023", "date", 2023, 2023, "year", Y, "chinook acquisition year"),
 ("f-300m", F, "triggered a $300 million payout", "$300 million", "money", 300000000, 300000000, "USD", Y, "cvr milestone payout total"),
 ("f-90d", F, "\"cuts kidney failure by 90%\" is unsupported", "90%", "percent", 90, 90, "%", N, "post claim (ruling)"),
 ("f-nextyr", F, "not due until next year", "next year", "date", 2026, 2026, "year", Y, "align egfr data expected"),
 ("f-srcapr25", F, "information, April 2025", "April 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-srcapr2", F, "news release, April 2, 2025", "April 2, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-srcnov24", F, "published online in 2024", "2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-two", F, "with two nephrologists", "two", "count", 2, 2, "people", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 placebo-adjusted UPCR reduction: drug-arm 38.1% reported as the vs-placebo figure
 ("b-381", "w-361", S), ("b-381", "p-b361", S), ("b-381", "a-361", S), ("b-381", "e-361", S),
 ("b-381", "l-361", S), ("b-381", "f-361", S),
 # S2 interim analysis population: 340 (all main stratum) vs first 270
 ("f-340", "p-270", S), ("f-340", "a-270", S), ("f-340", "a-270b", S), ("f-340", "l-270", S),
 # S3 interim patients per arm: 140 (PROTECT-like) vs 135
 ("e-140", "a-135a", S), ("e-140", "a-135p", S),
 # S4 atrasentan dose: 1.25 mg (phase 2 high dose) vs 0.75 mg
 ("l-125", "w-dose", S), ("l-125", "p-dose", S), ("l-125", "p-dose2", S), ("l-125", "a-dose", S),
 ("l-125", "e-dose", S), ("l-125", "b-dose", S), ("l-125", "f-dose", S),
 # S5 approval year: "April last year" (2024) vs April 2025
 ("b-aprly", "w-wed", S), ("b-aprly", "p-dl", S), ("b-aprly", "e-apr", S), ("b-aprly", "f-apr2", S),
 # S6 eGFR endpoint timepoint: week 132 (end of treatment) vs week 136
 ("f-wk132", "p-wk136", S), ("f-wk132", "a-wk136", S), ("f-wk132", "l-136", S),
 # S7 ALIGN eGFR data expected: 2025 (iptacopan timeline) vs 2026
 ("b-2025", "w-nextyr", S), ("b-2025", "p-2026", S), ("b-2025", "a-2026", S), ("b-2025", "e-2026", S),
 ("b-2025", "l-2026", S), ("b-2025", "f-2026", S), ("b-2025", "f-nextyr", S),
 # S8 fluid retention on atrasentan: 12.1% (transposed) vs 11.2%
 ("e-121", "a-112", S), ("e-121", "f-112", S),
 # S9 progression window: five to 10 years vs 10 to 20 years
 ("b-510", "w-1020", S), ("b-510", "p-b1020", S), ("b-510", "e-1020", S),
 # S10 CVR payout on REMS-free approval: $300M (total CVR cap) vs about $160M
 ("f-300m", "w-160m", S),
 # S11 Chinook upfront: $3.5B (upfront + CVRs) vs $3.2B
 ("b-35b", "w-32b", S), ("b-35b", "l-32b", S),
 # S12 Filspari full approval year: 2023 vs September 2024
 ("f-sep23", "w-lastsep", S), ("f-sep23", "e-sep24", S),
 # S13 iptacopan vs placebo: 44% (from-baseline arm figure) vs 38.3%
 ("w-44", "e-383", S), ("w-44", "l-383", S),
 # S14 ALIGN primary timepoint: 24 weeks vs 36 weeks
 ("l-24wk", "w-36wk", S), ("l-24wk", "p-bwk36", S), ("l-24wk", "p-36wk", S), ("l-24wk", "a-wk36", S),
 ("l-24wk", "e-36wk", S), ("l-24wk", "b-36wk", S), ("l-24wk", "f-36wk", S),
 # S15 SGLT2i stratum: 46 (transposed) vs 64
 ("w-46", "p-64", S), ("w-46", "a-64", S),
 # S16 contraception after stopping Vanrafia: one month (Filspari's window) vs two weeks
 ("e-1mo", "p-2wk", S), ("e-1mo", "f-2wk", S),
 # S17 share of women: 58% (share of men) vs 42.4%
 ("l-58", "a-424", S),
 # Qualified
 ("e-45", "l-498", Q),
 ("l-30", "w-50", Q), ("l-30", "p-b50", Q), ("l-30", "e-50", Q), ("l-30", "b-50", Q),
 ("w-340", "a-404", Q),
 ("l-sep5", "f-sep23", Q),
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
        rows.append({"type": "claim", "id": f"{T}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], (a, b)
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
    print("per doc:", {d: len(rs) for d, rs in sorted(byd.items())})


if __name__ == "__main__":
    main()
