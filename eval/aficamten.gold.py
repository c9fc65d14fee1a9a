#!/usr/bin/env python3
"""Build aficamten.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "aficamten")
OUT = os.path.join(HERE, "aficamten.gold.jsonl")
T = "aficamten"

W, P, A, E, B, L, F = ("AF01_wire.txt", "AF02_press.txt", "AF03_abstract.txt",
                       "AF04_explainer.txt", "AF05_blog.txt", "AF06_local.txt", "AF07_factcheck.txt")
Y = True; N = False
MLK = "mL/kg/min"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AF01 wire (2025-12-19, a Friday)
 ("w-dl", W, "Calif., Dec 19 (Meridian", "Dec 19", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "fda approval date (2025-12-19)"),
 ("w-week", W, "a week ahead of the agency", "a week", "duration", 1, 1, "weeks", N, "approval ahead of deadline"),
 ("w-dec26", W, "agency's Dec. 26 deadline", "Dec. 26", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("w-1998", W, "founded in 1998", "1998", "date", 1998, 1998, "year", Y, "cytokinetics founding year"),
 ("w-5mg", W, "as 5 mg, 10 mg", "5 mg", "dose", 5, 5, "mg", Y, "tablet strength"),
 ("w-10mg", W, "10 mg, 15 mg and", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength"),
 ("w-15mg", W, "15 mg and 20 mg tablets", "15 mg", "dose", 15, 15, "mg", Y, "tablet strength"),
 ("w-20mg", W, "and 20 mg tablets", "20 mg", "dose", 20, 20, "mg", Y, "tablet strength"),
 ("w-500", W, "About one in every 500 people", "one in every 500", "percent", 0.2, 0.2, "%", Y, "us hcm prevalence"),
 ("w-3mo", W, "slipped by three months", "three months", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("w-may", W, "three months in May", "May", "date", 2025, 2025, "year", Y, "extension announced"),
 ("w-sep26", W, "back from Sept. 26", "Sept. 26", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("w-282", W, "in which 282 patients", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("w-24wk", W, "usual medicines for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "sequoia treatment period"),
 ("w-18", W, "rose by 1.8 mL/kg/min", "1.8 mL/kg/min", "other", 1.8, 1.8, MLK, Y, "pvo2 change aficamten arm"),
 ("w-174", W, "difference of 1.74 mL/kg/min", "1.74 mL/kg/min", "other", 1.74, 1.74, MLK, Y, "pvo2 ls mean difference"),
 ("w-55", W, "is below 55%", "55%", "percent", 55, 55, "%", Y, "lvef threshold: do not initiate"),
 ("w-50", W, "falls below 50%", "50%", "percent", 50, 50, "%", Y, "lvef threshold: reduce dose"),
 ("w-40a", W, "at or above 40%", "40%", "percent", 40, 40, "%", Y, "lvef dose-reduction lower bound"),
 ("w-40b", W, "drops under 40%", "40%", "percent", 40, 40, "%", Y, "lvef threshold: interrupt"),
 ("w-4wk", W, "as early as four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "earliest dose adjustment"),
 ("w-echo", W, "two to eight weeks after initiation", "two to eight weeks", "duration", 2, 8, "weeks", Y, "first follow-up echo window"),
 ("w-second", W, "only the second cardiac", "second", "count", 2, 2, "drugs", N, "cmi approved in us (ordinal)"),
 ("w-2022", W, "Camzyos, approved in 2022", "2022", "date", 2022, 2022, "year", Y, "camzyos us approval"),
 ("w-89500", W, "priced at $89,500 a year", "$89,500", "money", 89500, 89500, "USD", Y, "camzyos launch list price per year"),
 ("w-1b", W, "more than $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "camzyos annual sales"),
 ("w-131", W, "$13.1 billion purchase", "$13.1 billion", "money", 13100000000, 13100000000, "USD", Y, "bms-myokardia deal value"),
 ("w-2020", W, "MyoKardia in 2020", "2020", "date", 2020, 2020, "year", Y, "myokardia deal year"),
 ("w-jan", W, "in the second half of January", "second half of January", "date", 2026, 2026, "year", N, "expected us availability"),
 ("w-bt", W, "designation in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "breakthrough therapy designation"),
 ("w-wed", W, "aficamten on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "china nmpa approval (2025-12-17)"),
 ("w-75m", W, "$7.5 million milestone", "$7.5 million", "money", 7500000, 7500000, "USD", Y, "sanofi milestone on china approval"),
 ("w-lastwk", W, "recommended approval last week", "last week", "date", 2025, 2025, "year", N, "chmp opinion"),
 ("w-q1", W, "first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", N, "expected ec decision"),

 # ---- AF02 press release (2025-05-01)
 ("p-dl", P, "Calif., May 01, 2025", "May 01, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-dec26", P, "(HCM) to December 26, 2025", "December 26, 2025", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("p-3mo", P, "standard three-month extension", "three-month", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("p-sep26", P, "action date of September 26, 2025", "September 26, 2025", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("p-dec24", P, "aficamten in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "nda accepted"),
 ("p-282", P, "enrolled 282 patients", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("p-101", P, "at 101 sites", "101", "count", 101, 101, "sites", Y, "sequoia sites"),
 ("p-13", P, "in 13 countries", "13", "count", 13, 13, "countries", Y, "sequoia countries"),
 ("p-dec23", P, "announced in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "sequoia topline results"),
 ("p-174", P, "difference of 1.74 mL/kg/min", "1.74 mL/kg/min", "other", 1.74, 1.74, MLK, Y, "pvo2 ls mean difference"),
 ("p-ci", P, "1.04 - 2.44", "1.04 - 2.44", "other", 1.04, 2.44, MLK, Y, "ci"),
 ("p-p", P, "p=0.000002", "p=0.000002", "pvalue", 0.000002, 0.000002, "p", N, "p-value"),
 ("p-10", P, "All 10 prespecified", "10", "count", 10, 10, "endpoints", Y, "secondary endpoints met"),
 ("p-7pt", P, "a 7-point improvement", "7-point", "score", 7, 7, "points", Y, "kccq-css difference vs placebo"),
 ("p-orph", P, "symptomatic HCM in January 2021", "January 2021", "date", 2021, 2021, "year", Y, "orphan drug designation"),
 ("p-bt", P, "obstructive HCM in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "breakthrough therapy designation"),
 ("p-1997", P, "Founded in 1997", "1997", "date", 1997, 1997, "year", Y, "cytokinetics founding year"),

 # ---- AF03 abstract (2024-05-13)
 ("a-pub", A, "Published 13 May 2024", "13 May 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-60", A, "of at least 60%", "60%", "percent", 60, 60, "%", Y, "lvef entry criterion"),
 ("a-30", A, "at least 30 mm Hg at rest", "30 mm Hg", "other", 30, 30, "mmHg", Y, "rest gradient entry criterion"),
 ("a-50mm", A, "at least 50 mm Hg with", "50 mm Hg", "other", 50, 50, "mmHg", Y, "valsalva gradient entry criterion"),
 ("a-80", A, "no more than 80% of", "80%", "percent", 80, 80, "%", Y, "pvo2 entry criterion (% predicted)"),
 ("a-11", A, "in a 1:1 ratio", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-5mg", A, "started at 5 mg once daily", "5 mg", "dose", 5, 5, "mg", Y, "starting dose"),
 ("a-step", A, "in 5-mg steps", "5-mg", "dose", 5, 5, "mg", Y, "titration step"),
 ("a-20mg", A, "maximum of 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "maximum dose"),
 ("a-24wk", A, "Treatment lasted 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "sequoia treatment period"),
 ("a-4wk", A, "a 4-week washout", "4-week", "duration", 4, 4, "weeks", Y, "washout"),
 ("a-wk24a", A, "from baseline to week 24 on", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-ten", A, "Ten secondary end points", "Ten", "count", 10, 10, "endpoints", Y, "secondary endpoints"),
 ("a-282", A, "N = 282", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("a-101", A, "at 101 sites", "101", "count", 101, 101, "sites", Y, "sequoia sites"),
 ("a-14", A, "in 14 countries", "14", "count", 14, 14, "countries", Y, "sequoia countries"),
 ("a-142", A, "n=142", "142", "count", 142, 142, "patients", Y, "aficamten arm"),
 ("a-140", A, "n=140", "140", "count", 140, 140, "patients", Y, "placebo arm"),
 ("a-age", A, "was 59.1 years", "59.1 years", "age", 59.1, 59.1, "years", Y, "mean age"),
 ("a-115", A, "115 patients (40.8%)", "115", "count", 115, 115, "patients", Y, "women enrolled"),
 ("a-408", A, "(40.8%) were women", "40.8%", "percent", 40.8, 40.8, "%", Y, "share women"),
 ("a-85", A, "and 85% were receiving", "85%", "percent", 85, 85, "%", Y, "on background hcm therapy"),
 ("a-one1", A, "at least one standard-of-care", "one", "count", 1, 1, "therapies", N, "definition"),
 ("a-wk24b", A, "from baseline to week 24 was", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-18", A, "was 1.8 mL/kg/min", "1.8 mL/kg/min", "other", 1.8, 1.8, MLK, Y, "pvo2 change aficamten arm"),
 ("a-00", A, "and 0.0 mL/kg/min", "0.0 mL/kg/min", "other", 0.0, 0.0, MLK, Y, "pvo2 change placebo arm"),
 ("a-174", A, "difference, 1.74 mL/kg/min", "1.74 mL/kg/min", "other", 1.74, 1.74, MLK, Y, "pvo2 ls mean difference"),
 ("a-174ci", A, "1.04 to 2.44", "1.04 to 2.44", "other", 1.04, 2.44, MLK, Y, "ci"),
 ("a-p1", A, "2.44; P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-k11", A, "improved by 11 points", "11 points", "score", 11, 11, "points", Y, "kccq-css change aficamten arm"),
 ("a-k5", A, "and 5 points with placebo", "5 points", "score", 5, 5, "points", Y, "kccq-css change placebo arm"),
 ("a-k7", A, "(difference, 7 points", "7 points", "score", 7, 7, "points", Y, "kccq-css difference"),
 ("a-k7ci", A, "95% CI, 5 to 10)", "5 to 10", "score", 5, 10, "points", Y, "ci"),
 ("a-one2", A, "at least one NYHA class", "one", "count", 1, 1, "classes", N, "definition"),
 ("a-585", A, "in 58.5% of patients", "58.5%", "percent", 58.5, 58.5, "%", Y, "nyha improved aficamten arm"),
 ("a-243", A, "and 24.3% in the placebo", "24.3%", "percent", 24.3, 24.3, "%", Y, "nyha improved placebo arm"),
 ("a-342", A, "34.2 percentage points", "34.2 percentage points", "percent", 34.2, 34.2, "pp", Y, "nyha difference"),
 ("a-342ci", A, "23.4 to 45.0", "23.4 to 45.0", "percent", 23.4, 45.0, "pp", Y, "ci"),
 ("a-b30", A, "gradient below 30 mm Hg", "30 mm Hg", "other", 30, 30, "mmHg", N, "response definition"),
 ("a-wk24c", A, "at week 24 was reached", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-493", A, "by 49.3% and 3.6%", "49.3%", "percent", 49.3, 49.3, "%", Y, "valsalva <30 aficamten arm"),
 ("a-36", A, "49.3% and 3.6%", "3.6%", "percent", 3.6, 3.6, "%", Y, "valsalva <30 placebo arm"),
 ("a-457", A, "45.7 percentage points", "45.7 percentage points", "percent", 45.7, 45.7, "pp", Y, "valsalva <30 difference"),
 ("a-457ci", A, "36.9 to 54.5", "36.9 to 54.5", "percent", 36.9, 54.5, "pp", Y, "ci"),
 ("a-m50", A, "was −50 mm Hg", "−50 mm Hg", "other", -50, -50, "mmHg", Y, "valsalva gradient change difference"),
 ("a-all10", A, "All 10 secondary end points favored", "10", "count", 10, 10, "endpoints", N, "repeat"),
 ("a-p2", A, "(P<0.001 for each)", "P<0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-sae56", A, "occurred in 5.6% of patients", "5.6%", "percent", 5.6, 5.6, "%", Y, "serious aes aficamten arm"),
 ("a-sae93", A, "and 9.3% of those receiving placebo", "9.3%", "percent", 9.3, 9.3, "%", Y, "serious aes placebo arm"),
 ("a-lv50", A, "An LVEF below 50% was", "50%", "percent", 50, 50, "%", N, "lvef event definition"),
 ("a-lv5", A, "observed in 5 patients", "5", "count", 5, 5, "patients", Y, "lvef <50% aficamten arm"),
 ("a-lv35", A, "(3.5%) in the aficamten", "3.5%", "percent", 3.5, 3.5, "%", Y, "lvef <50% aficamten arm"),
 ("a-lv1", A, "group and 1 patient", "1", "count", 1, 1, "patients", Y, "lvef <50% placebo arm"),
 ("a-lv07", A, "(0.7%) in the placebo", "0.7%", "percent", 0.7, 0.7, "%", Y, "lvef <50% placebo arm"),
 ("a-ht8", A, "reported in 8% and 2%", "8%", "percent", 8, 8, "%", Y, "hypertension aficamten arm"),
 ("a-ht2", A, "8% and 2% of patients", "2%", "percent", 2, 2, "%", Y, "hypertension placebo arm"),
 ("a-24c", A, "aficamten for 24 weeks resulted", "24 weeks", "duration", 24, 24, "weeks", N, "conclusion repeat"),

 # ---- AF04 explainer (2026-01-15)
 ("e-upd", E, "Updated January 15, 2026", "January 15, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-second", E, "A second drug that targets", "second", "count", 2, 2, "drugs", N, "aside"),
 ("e-lastmo", E, "(aficamten) last month", "last month", "date", 2025, 2025, "year", Y, "fda approval (december 2025)"),
 ("e-500", E, "roughly 1 in 500 people", "1 in 500", "percent", 0.2, 0.2, "%", Y, "hcm prevalence"),
 ("e-282", E, "a study of 282 adults", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("e-30wk", E, "dummy pill for 30 weeks", "30 weeks", "duration", 30, 30, "weeks", Y, "sequoia treatment period"),
 ("e-18", E, "went up by 1.8 mL/kg/min", "1.8 mL/kg/min", "other", 1.8, 1.8, MLK, Y, "pvo2 change aficamten arm"),
 ("e-59", E, "59 percent of people", "59 percent", "percent", 59, 59, "%", Y, "nyha improved aficamten arm"),
 ("e-24", E, "with 24 percent on placebo", "24 percent", "percent", 24, 24, "%", Y, "nyha improved placebo arm"),
 ("e-11", E, "improved by 11 points more", "11 points", "score", 11, 11, "points", Y, "kccq-css difference vs placebo"),
 ("e-5mg", E, "Everyone starts at 5 mg", "5 mg", "dose", 5, 5, "mg", Y, "starting dose"),
 ("e-step", E, "in 5 mg steps", "5 mg", "dose", 5, 5, "mg", Y, "titration step"),
 ("e-20", E, "maximum of 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "maximum dose"),
 ("e-2wk", E, "as early as two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "earliest dose adjustment"),
 ("e-echo", E, "two to eight weeks after beginning", "two to eight weeks", "duration", 2, 8, "weeks", Y, "first follow-up echo window"),
 ("e-hl", E, "about three to four days", "three to four days", "duration", 3, 4, "days", Y, "half-life"),
 ("e-50", E, "LVEF is below 50%", "50%", "percent", 50, 50, "%", Y, "lvef threshold: do not initiate"),
 ("e-40", E, "falls under 40%", "40%", "percent", 40, 40, "%", Y, "lvef threshold: interrupt"),
 ("e-56", E, "on the drug (5.6%)", "5.6%", "percent", 5.6, 5.6, "%", Y, "serious aes aficamten arm"),
 ("e-93", E, "on placebo (9.3%)", "9.3%", "percent", 9.3, 9.3, "%", Y, "serious aes placebo arm"),
 ("e-8", E, "reported by 8% of people", "8%", "percent", 8, 8, "%", Y, "hypertension aficamten arm"),
 ("e-2", E, "and 2% on placebo", "2%", "percent", 2, 2, "%", Y, "hypertension placebo arm"),
 ("e-apr22", E, "approved in April 2022", "April 2022", "date", 2022, 2022, "year", Y, "camzyos us approval"),
 ("e-c25", E, "as 2.5 mg, 5 mg", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "camzyos capsule strength"),
 ("e-c5", E, "mg, 5 mg, 10 mg and", "5 mg", "dose", 5, 5, "mg", Y, "camzyos capsule strength"),
 ("e-c10", E, "10 mg and 15 mg capsules", "10 mg", "dose", 10, 10, "mg", Y, "camzyos capsule strength"),
 ("e-c15", E, "and 15 mg capsules", "15 mg", "dose", 15, 15, "mg", Y, "camzyos capsule strength"),
 ("e-251", E, "enrolled 251 patients", "251", "count", 251, 251, "patients", Y, "explorer-hcm enrolled"),
 ("e-30b", E, "and lasted 30 weeks", "30 weeks", "duration", 30, 30, "weeks", Y, "explorer-hcm treatment period"),
 ("e-98500", E, "was $98,500 a year", "$98,500", "money", 98500, 98500, "USD", Y, "camzyos launch list price per year"),
 ("e-jan", E, "second half of January", "second half of January", "date", 2026, 2026, "year", N, "expected availability"),
 ("e-two", E, "The two drugs have never", "two", "count", 2, 2, "drugs", N, "aside"),
 ("e-second2", E, "a second targeted option", "second", "count", 2, 2, "drugs", N, "aside"),

 # ---- AF05 blog (2026-02-03)
 ("b-2yr", B, "What Two Years of Waiting", "Two Years", "duration", 2, 2, "years", N, "headline"),
 ("b-date", B, "February 3, 2026", "February 3, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-dec23", B, "SEQUOIA-HCM in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "sequoia topline results"),
 ("b-282", B, "randomized 282 people", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("b-7", B, "went up 7 points more", "7 points", "score", 7, 7, "points", Y, "kccq-css difference vs placebo"),
 ("b-93", B, "reported in 9.3% of patients", "9.3%", "percent", 9.3, 9.3, "%", Y, "serious aes aficamten arm"),
 ("b-56", B, "versus 5.6% on placebo", "5.6%", "percent", 5.6, 5.6, "%", Y, "serious aes placebo arm"),
 ("b-50", B, "dipped below 50% in six", "50%", "percent", 50, 50, "%", N, "lvef event definition"),
 ("b-six", B, "in six patients", "six", "count", 6, 6, "patients", Y, "lvef <50% aficamten arm"),
 ("b-sep24", B, "September 26, 2024", "September 26, 2024", "date", 2024, 2024, "year", Y, "original pdufa date"),
 ("b-dec25", B, "became December 26, 2025", "December 26, 2025", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("b-165", B, "fell 16.5% to", "16.5%", "percent", 16.5, 16.5, "%", Y, "share drop after extension"),
 ("b-3585", B, "to $35.85", "$35.85", "money", 35.85, 35.85, "USD", Y, "share price after extension"),
 ("b-next", B, "the next day", "the next day", "date", None, None, "year", N, "relative (day after the extension news)"),
 ("b-week", B, "approved a week early", "a week", "duration", 1, 1, "weeks", N, "ahead of deadline"),
 ("b-dec19", B, "on December 19", "December 19", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-1997", B, "founded in 1997", "1997", "date", 1997, 1997, "year", Y, "cytokinetics founding year"),
 ("b-27", B, "a 27-year wait", "27-year", "duration", 27, 27, "years", Y, "founding to first approval"),
 ("b-wk24", B, "change at week 24", "week 24", "duration", 24, 24, "weeks", N, "caption timepoint"),
 ("b-2022", B, "Camzyos was approved in 2022", "2022", "date", 2022, 2022, "year", Y, "camzyos us approval"),
 ("b-89500", B, "listed at $89,500 a year", "$89,500", "money", 89500, 89500, "USD", Y, "camzyos launch list price per year"),
 ("b-30wk", B, "trial ran 30 weeks", "30 weeks", "duration", 30, 30, "weeks", Y, "explorer-hcm treatment period"),
 ("b-251", B, "in 251 patients", "251", "count", 251, 251, "patients", Y, "explorer-hcm enrolled"),
 ("b-37", B, "and 37% of people", "37%", "percent", 37, 37, "%", Y, "explorer primary met mavacamten"),
 ("b-17", B, "versus 17% on placebo", "17%", "percent", 17, 17, "%", Y, "explorer primary met placebo"),
 ("b-mid25", B, "By mid-2025", "mid-2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-12500", B, "more than 12,500 U.S.", "12,500", "count", 12500, 12500, "patients", Y, "us patients on camzyos"),
 ("b-23", B, "by 2.3 mL/kg/min", "2.3 mL/kg/min", "other", 2.3, 2.3, MLK, Y, "maple-hcm pvo2 difference vs metoprolol"),
 ("b-couple", B, "a couple of days before", "a couple of days", "duration", 2, 2, "days", N, "china before fda"),
 ("b-150m", B, "$150 million", "$150 million", "money", 150000000, 150000000, "USD", Y, "sanofi payment on china approval"),
 ("b-jan27", B, "available on January 27", "January 27", "date", 2026, 2026, "year", Y, "us commercial availability"),
 ("b-aweek", B, "in about a week", "about a week", "duration", 1, 1, "weeks", N, "personal aside"),
 ("b-5mg", B, "I start on 5 mg", "5 mg", "dose", 5, 5, "mg", Y, "starting dose"),
 ("b-4000", B, "Join 4,000 readers", "4,000", "count", 4000, 4000, "readers", N, "newsletter furniture"),
 ("b-onemail", B, "get one email a month", "one", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-five", B, "five things that helped", "five", "count", 5, 5, "things", N, "related-link furniture"),

 # ---- AF06 trade news, hard-wrapped (2025-05-07, a Wednesday)
 ("l-fifth", L, "loses a fifth of its value", "a fifth", "percent", 20, 20, "%", N, "headline share drop"),
 ("l-inweek", L, "of its value in a week", "a week", "duration", 1, 1, "weeks", N, "headline"),
 ("l-yearend", L, "review to year-end", "year-end", "date", 2025, 2025, "year", N, "headline (new action date)"),
 ("l-dl", L, "Markets | May 7, 2025", "May 7, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-second", L, "for a second time in three", "second", "count", 2, 2, "declines", N, "aside"),
 ("l-three", L, "in three sessions", "three", "count", 3, 3, "sessions", N, "aside"),
 ("l-tue1", L, "sessions on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "second drop (2025-05-06)"),
 ("l-thu", L, "late on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "extension disclosed (2025-05-01)"),
 ("l-dec26", L, "to Dec. 26 from", "Dec. 26", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("l-sep26", L, "from Sept. 26", "Sept. 26", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("l-3mo", L, "automatic three-month", "three-month", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("l-fri", L, "On Friday the stock", "Friday", "date", 2025, 2025, "year", N, "first drop (2025-05-02)"),
 ("l-155", L, "as much as 15.5%", "15.5%", "percent", 15.5, 15.5, "%", Y, "intraday share drop 2025-05-02"),
 ("l-3627", L, "to $36.27", "$36.27", "money", 36.27, 36.27, "USD", Y, "intraday low 2025-05-02"),
 ("l-557", L, "down $5.57", "$5.57", "money", 5.57, 5.57, "USD", Y, "close-to-close drop 2025-05-02"),
 ("l-1298", L, "or 12.98%", "12.98%", "percent", 12.98, 12.98, "%", Y, "close-to-close drop 2025-05-02"),
 ("l-3735", L, "at $37.35", "$37.35", "money", 37.35, 37.35, "USD", Y, "close 2025-05-02"),
 ("l-270", L, "another $2.70", "$2.70", "money", 2.70, 2.70, "USD", Y, "drop 2025-05-06"),
 ("l-736", L, "or 7.36%", "7.36%", "percent", 7.36, 7.36, "%", Y, "drop 2025-05-06"),
 ("l-3397", L, "to $33.97", "$33.97", "money", 33.97, 33.97, "USD", Y, "close 2025-05-06"),
 ("l-tue2", L, "$33.97 on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "2025-05-06"),
 ("l-4292", L, "at $42.92", "$42.92", "money", 42.92, 42.92, "USD", Y, "close 2025-04-30"),
 ("l-apr30", L, "on April 30", "April 30", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-52wk", L, "52-week high", "52-week", "duration", 52, 52, "weeks", N, "definitional"),
 ("l-6844", L, "of $68.44", "$68.44", "money", 68.44, 68.44, "USD", Y, "52-week high"),
 ("l-lastmay", L, "reached last May", "last May", "date", 2024, 2024, "year", N, "52-week high date"),
 ("l-481", L, "about $4.81 billion", "$4.81 billion", "money", 4810000000, 4810000000, "USD", Y, "market value end april"),
 ("l-78", L, "its $78 price", "$78", "money", 78, 78, "USD", Y, "jmp price target"),
 ("l-282", L, "which enrolled 282 patients", "282", "count", 282, 282, "patients", Y, "sequoia enrolled"),
 ("l-14", L, "sites in 14 countries", "14", "count", 14, 14, "countries", Y, "sequoia countries"),
 ("l-24", L, "for 24 weeks at", "24 weeks", "duration", 24, 24, "weeks", Y, "sequoia treatment period"),
 ("l-15mg", L, "up to 15 mg a day", "15 mg", "dose", 15, 15, "mg", Y, "maximum dose"),
 ("l-147", L, "mean of 1.47 mL/kg/min", "1.47 mL/kg/min", "other", 1.47, 1.47, MLK, Y, "pvo2 ls mean difference"),
 ("l-lastdec", L, "topline results last December", "last December", "date", 2024, 2024, "year", Y, "sequoia topline results"),
 ("l-lastyr", L, "filing late last year", "late last year", "date", 2024, 2024, "year", Y, "nda accepted"),
 ("l-march", L, "said in March", "March", "date", 2025, 2025, "year", N, "no-adcomm disclosure"),
 ("l-2021", L, "FDA approved in 2021", "2021", "date", 2021, 2021, "year", Y, "camzyos us approval"),
 ("l-q2", L, "in the second quarter", "second quarter", "date", 2025, 2025, "year", N, "maple topline expected"),
 ("l-sept", L, "priced in a September approval", "September", "date", 2025, 2025, "year", N, "quote"),

 # ---- AF07 fact-check (2025-12-30)
 ("f-date", F, "December 30, 2025", "December 30, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-dec23", F, "application in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "nda accepted"),
 ("f-sep26", F, "goal date of Sept. 26, 2025", "Sept. 26, 2025", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("f-may1", F, "On May 1, 2025", "May 1, 2025", "date", 2025, 2025, "year", Y, "extension announced"),
 ("f-dec26", F, "moved to Dec. 26, 2025", "Dec. 26, 2025", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("f-90", F, "a 90-day extension", "90-day", "duration", 90, 90, "days", Y, "pdufa extension length"),
 ("f-dec19", F, "approved Myqorzo on Dec. 19", "Dec. 19", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-week", F, "a week before the deadline", "a week", "duration", 1, 1, "weeks", N, "ahead of deadline"),
 ("f-28", F, "28 years after", "28 years", "duration", 28, 28, "years", Y, "founding to first approval"),
 ("f-142", F, "the 142-patient SEQUOIA", "142-patient", "count", 142, 142, "patients", Y, "sequoia enrolled"),
 ("f-24", F, "over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "sequoia treatment period"),
 ("f-174", F, "uptake of 1.74 mL/kg/min", "1.74 mL/kg/min", "other", 1.74, 1.74, MLK, Y, "pvo2 ls mean difference"),
 ("f-34", F, "34% of patients", "34%", "percent", 34, 34, "%", Y, "nyha improved aficamten arm"),
 ("f-onecls", F, "at least one New York", "one", "count", 1, 1, "classes", N, "definition"),
 ("f-five", F, "five patients taking aficamten", "five", "count", 5, 5, "patients", Y, "lvef <50% aficamten arm"),
 ("f-one", F, "and one taking placebo", "one", "count", 1, 1, "patients", Y, "lvef <50% placebo arm"),
 ("f-50", F, "fell below 50%. None", "50%", "percent", 50, 50, "%", N, "lvef event definition"),
 ("f-56", F, "occurred in 5.6% of", "5.6%", "percent", 5.6, 5.6, "%", Y, "serious aes aficamten arm"),
 ("f-93", F, "and 9.3% of the placebo", "9.3%", "percent", 9.3, 9.3, "%", Y, "serious aes placebo arm"),
 ("f-55", F, "is below 55%", "55%", "percent", 55, 55, "%", Y, "lvef threshold: do not initiate"),
 ("f-2wk", F, "as early as two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "earliest dose adjustment"),
 ("f-dec17", F, "aficamten on Dec. 17, which", "Dec. 17", "date", 2025, 2025, "year", Y, "china nmpa approval"),
 ("f-75m", F, "$7.5 million payment", "$7.5 million", "money", 7500000, 7500000, "USD", Y, "sanofi milestone on china approval"),
 ("f-dec12", F, "approval on Dec. 12", "Dec. 12", "date", 2025, 2025, "year", Y, "chmp opinion"),
 ("f-2021", F, "designation in 2021", "2021", "date", 2021, 2021, "year", Y, "breakthrough therapy designation"),
 ("f-90b", F, "a 90-day procedural", "90-day", "duration", 90, 90, "days", N, "ruling repeat"),
 ("f-fiveb", F, "including the five aficamten", "five", "count", 5, 5, "patients", Y, "lvef <50% aficamten arm (ruling)"),
 ("f-50b", F, "readings fell below 50%", "50%", "percent", 50, 50, "%", N, "lvef event definition"),
 ("f-s1", F, "Aficamten,\" May 1, 2025", "May 1, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2", F, "announcement, Dec. 19, 2025", "Dec. 19, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s3", F, "published May 2024", "May 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s4", F, "Myqorzo, December 2025", "December 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s5", F, "announcement, Dec. 17, 2025", "Dec. 17, 2025", "date", 2025, 2025, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 original PDUFA date year (blog 2024 vs 2025)
 ("b-sep24", "w-sep26", S), ("b-sep24", "p-sep26", S), ("b-sep24", "l-sep26", S), ("b-sep24", "f-sep26", S),
 # S2 pVO2 LS mean difference 1.47 vs 1.74 (transposed)
 ("l-147", "w-174", S), ("l-147", "p-174", S), ("l-147", "a-174", S), ("l-147", "f-174", S),
 # S3 NYHA improvement, aficamten arm: 34% (difference reported as arm share) vs 58.5% / 59%
 ("f-34", "a-585", S), ("f-34", "e-59", S),
 # S4 serious AEs aficamten arm (arms swapped in blog)
 ("b-93", "a-sae56", S), ("b-93", "e-56", S), ("b-93", "f-56", S),
 # S5 serious AEs placebo arm (arms swapped in blog)
 ("b-56", "a-sae93", S), ("b-56", "e-93", S), ("b-56", "f-93", S),
 # S6 LVEF <50% on aficamten: six vs 5
 ("b-six", "a-lv5", S), ("b-six", "f-five", S), ("b-six", "f-fiveb", S),
 # S7 SEQUOIA enrolment: 142 (one arm) vs 282
 ("f-142", "w-282", S), ("f-142", "p-282", S), ("f-142", "a-282", S), ("f-142", "e-282", S),
 ("f-142", "b-282", S), ("f-142", "l-282", S),
 # S8 countries: 13 vs 14
 ("p-13", "a-14", S), ("p-13", "l-14", S),
 # S9 topline results year: "last December" (2024) vs December 2023
 ("l-lastdec", "p-dec23", S), ("l-lastdec", "b-dec23", S),
 # S10 Camzyos approval year: 2021 vs 2022
 ("l-2021", "w-2022", S), ("l-2021", "e-apr22", S), ("l-2021", "b-2022", S),
 # S11 Sanofi payment on China approval: $150M (total scope) vs $7.5M
 ("b-150m", "w-75m", S), ("b-150m", "f-75m", S),
 # S12 Camzyos launch price $98,500 vs $89,500 (transposed)
 ("e-98500", "w-89500", S), ("e-98500", "b-89500", S),
 # S13 KCCQ-CSS difference vs placebo: 11 (arm change) vs 7
 ("e-11", "p-7pt", S), ("e-11", "a-k7", S), ("e-11", "b-7", S),
 # S14 LVEF threshold for starting: 50% vs 55%
 ("e-50", "w-55", S), ("e-50", "f-55", S),
 # S15 earliest dose adjustment: four weeks vs two weeks
 ("w-4wk", "e-2wk", S), ("w-4wk", "f-2wk", S),
 # S16 breakthrough designation year: 2020 vs 2021
 ("w-bt", "p-bt", S), ("w-bt", "f-2021", S),
 # S17 SEQUOIA treatment period: 30 weeks (EXPLORER's) vs 24 weeks
 ("e-30wk", "w-24wk", S), ("e-30wk", "a-24wk", S), ("e-30wk", "l-24", S), ("e-30wk", "f-24", S),
 # S18 NDA acceptance year: December 2023 vs December 2024 / "late last year"
 ("f-dec23", "p-dec24", S), ("f-dec23", "l-lastyr", S),
 # S19 founding year: 1998 vs 1997
 ("w-1998", "p-1997", S), ("w-1998", "b-1997", S),
 # S20 maximum dose: 15 mg vs 20 mg
 ("l-15mg", "a-20mg", S), ("l-15mg", "e-20", S),
 # Qualified: real source discrepancies on the May 2 share move (snapshot/close not stated in blog)
 ("b-165", "l-155", Q), ("b-165", "l-1298", Q), ("b-3585", "l-3627", Q), ("b-3585", "l-3735", Q),
 # Qualified: founding-to-approval span 27 vs 28 years (real coverage says "27-year"; 1997 to 2025 is 28)
 ("b-27", "f-28", Q),
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
        rows.append({"type": "claim", "id": f"af-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"af-{a}", f"af-{b}"
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
