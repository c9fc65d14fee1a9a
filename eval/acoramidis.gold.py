#!/usr/bin/env python3
"""Build acoramidis.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "acoramidis")
OUT = os.path.join(HERE, "acoramidis.gold.jsonl")
T = "acoramidis"

W, P, A, E, B, L, F = ("AC01_wire.txt", "AC02_press.txt", "AC03_abstract.txt",
                       "AC04_explainer.txt", "AC05_blog.txt", "AC06_local.txt", "AC07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AC01 wire (2024-11-22)
 ("w-dl", W, "Nov 22 (Meridian", "Nov 22", "date", 2024, 2024, "year", N, "dateline"),
 ("w-fri", W, "Administration on Friday approved", "Friday", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("w-5yr", W, "to itself for five years", "five years", "duration", 5, 5, "years", N, "aside: tafamidis sole option"),
 ("w-28p", W, "$18,759.12 for a 28-day", "$18,759.12", "money", 18759.12, 18759.12, "USD", Y, "attruby list price per 28 days"),
 ("w-28d", W, "for a 28-day supply", "28-day", "duration", 28, 28, "days", N, "supply period"),
 ("w-244", W, "about $244,000 a year", "$244,000", "money", 244000, 244000, "USD", Y, "attruby annual list price"),
 ("w-225", W, "list price of $225,000 a year", "$225,000", "money", 225000, 225000, "USD", Y, "tafamidis annual list price"),
 ("w-once", W, "for the once-daily regimen", "once-daily", "count", 1, 1, "per day", N, "tafamidis dosing frequency"),
 ("w-week", W, "approval came a week ahead", "a week", "duration", 1, 1, "weeks", N, "approval ahead of pdufa"),
 ("w-nov29", W, "agency's Nov. 29 target date", "Nov. 29", "date", 2024, 2024, "year", Y, "pdufa date"),
 ("w-fri2", W, "on Friday evening", "Friday", "date", 2024, 2024, "year", N, "scene"),
 ("w-632", W, "enrolled 632 patients", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("w-30mo", W, "followed them for 30 months", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("w-42", W, "hospitalizations by 42% compared", "42%", "percent", 42, 42, "%", Y, "cvh frequency reduction"),
 ("w-649", W, "reported in 64.9% of patients taking", "64.9%", "percent", 64.9, 64.9, "%", Y, "serious AEs acoramidis arm"),
 ("w-546", W, "and 54.6% of those on placebo", "54.6%", "percent", 54.6, 54.6, "%", Y, "serious AEs placebo arm"),
 ("w-m30", W, "any cause at month 30", "month 30", "duration", 30, 30, "months", N, "timepoint"),
 ("w-193", W, "About 19.3% of patients", "19.3%", "percent", 19.3, 19.3, "%", Y, "acm acoramidis arm 30 mo"),
 ("w-257", W, "against 25.7% of those", "25.7%", "percent", 25.7, 25.7, "%", Y, "acm placebo arm 30 mo"),
 ("w-2019", W, "tafamidis, approved in 2019", "2019", "date", 2019, 2019, "year", Y, "tafamidis fda approval"),
 ("w-taf30", W, "its own 30-month trial", "30-month", "duration", 30, 30, "months", Y, "attr-act duration"),
 ("w-332", W, "sales of $3.32 billion", "$3.32 billion", "money", 3.32e9, 3.32e9, "USD", Y, "vyndaqel family sales 2023"),
 ("w-2023", W, "billion in 2023 and", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-39", W, "$3.9 billion in the first", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "vyndaqel family sales 9m 2024"),
 ("w-3q", W, "first three quarters", "three quarters", "duration", 3, 3, "quarters", N, "period"),
 ("w-thisyr", W, "quarters of this year", "this year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-120k", W, "more than 120,000 adults", "120,000", "count", 120000, 120000, "people", Y, "us prevalence (icer)"),
 ("w-oct", W, "filed in October", "October", "date", 2024, 2024, "year", Y, "alnylam cm filing"),
 ("w-dec21", W, "In December 2021 the company", "December 2021", "date", 2021, 2021, "year", Y, "part a 6mwd setback"),
 ("w-12mo", W, "walking test after 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("w-two", W, "led to two rounds of layoffs", "two", "count", 2, 2, "rounds", N, "aside"),
 ("w-july", W, "in July last year", "July last year", "date", 2023, 2023, "year", Y, "topline results date"),
 ("w-thismo", W, "meeting earlier this month", "earlier this month", "date", 2024, 2024, "year", N, "aha presentation"),
 ("w-36", W, "showed a 36% lower risk", "36%", "percent", 36, 36, "%", Y, "acm reduction 42 months (ole)"),
 ("w-42mo", W, "through 42 months", "42 months", "duration", 42, 42, "months", N, "timepoint"),
 ("w-mar", W, "European rights in March for", "March", "date", 2024, 2024, "year", Y, "bayer deal date"),
 ("w-310", W, "for up to $310 million", "$310 million", "money", 310e6, 310e6, "USD", Y, "bayer deal value"),

 # ---- AC02 press (2025-02-10)
 ("p-h90", P, "near-complete (≥90%) stabilization of transthyretin\n", "90%", "percent", 90, 90, "%", N, "headline bullet: stabilization"),
 ("p-h42", P, "produced a 42% reduction", "42%", "percent", 42, 42, "%", N, "headline bullet repeat"),
 ("p-hm30", P, "cardiovascular hospitalization at Month 30", "Month 30", "duration", 30, 30, "months", N, "timepoint"),
 ("p-h1h", P, "in the first half of 2025", "first half of 2025", "date", 2025, 2025, "year", N, "launch forecast"),
 ("p-dl", P, "PALO ALTO, Calif., February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", Y, "ec approval date"),
 ("p-dec24", P, "in December 2024 and applies", "December 2024", "date", 2024, 2024, "year", Y, "chmp opinion date"),
 ("p-27", P, "all 27 EU member states", "27", "count", 27, 27, "countries", N, "aside"),
 ("p-nov22", P, "on November 22, 2024 and is", "November 22, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("p-mar23", P, "since March 2023", "March 2023", "date", 2023, 2023, "year", Y, "bayer deal date"),
 ("p-632", P, "enrolled 632 participants", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("p-21", P, "randomized 2:1 to", "2:1", "ratio", 2, 2, "x", Y, "randomization ratio"),
 ("p-712", P, "acoramidis 712 mg, taken", "712 mg", "dose", 712, 712, "mg", Y, "acoramidis dose per administration"),
 ("p-two", P, "taken as two 356 mg", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("p-356", P, "two 356 mg tablets, or", "356 mg", "dose", 356, 356, "mg", Y, "tablet strength"),
 ("p-bid", P, "or placebo twice daily for", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("p-30mo", P, "twice daily for 30 months", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("p-42", P, "a 42% reduction in the composite of all-cause mortality (ACM)", "42%", "percent", 42, 42, "%", Y, "composite acm/first cvh reduction 30 mo"),
 ("p-m30", P, "(CVH) at Month 30 (hazard", "Month 30", "duration", 30, 30, "months", N, "timepoint"),
 ("p-hr", P, "hazard ratio 0.58", "0.58", "ratio", 0.58, 0.58, "HR", Y, "composite hr"),
 ("p-50", P, "a 50% reduction in the frequency", "50%", "percent", 50, 50, "%", Y, "cvh frequency reduction"),
 ("p-o30", P, "CVH events over 30 months", "30 months", "duration", 30, 30, "months", N, "timepoint"),
 ("p-m3", P, "as early as Month 3", "Month 3", "duration", 3, 3, "months", Y, "early separation"),
 ("p-396", P, "39.6 meters", "39.6 meters", "distance", 39.6, 39.6, "m", Y, "6mwd difference 30 mo"),
 ("p-six", P, "on the six-minute walk", "six-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("p-994", P, "9.94 points", "9.94 points", "score", 9.94, 9.94, "points", Y, "kccq-os difference 30 mo"),
 ("p-m30c", P, "Summary score at Month 30", "Month 30", "duration", 30, 30, "months", N, "timepoint"),
 ("p-546", P, "reported in 54.6% of participants", "54.6%", "percent", 54.6, 54.6, "%", Y, "serious AEs acoramidis arm"),
 ("p-649", P, "in 64.9% of those who received placebo", "64.9%", "percent", 64.9, 64.9, "%", Y, "serious AEs placebo arm"),
 ("p-halving", P, "and halving them", "halving", "percent", 50, 50, "%", N, "quote"),
 ("p-25y", P, "over two and a half years", "two and a half years", "duration", 2.5, 2.5, "years", N, "quote"),
 ("p-hund", P, "hundreds of thousands of people", "hundreds of thousands", "count", None, None, "people", N, "vague"),
 ("p-712b", P, "dose is 712 mg (two", "712 mg", "dose", 712, 712, "mg", Y, "acoramidis dose per administration"),
 ("p-twob", P, "(two 356 mg tablets)", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("p-356b", P, "356 mg tablets) twice", "356 mg", "dose", 356, 356, "mg", N, "tablet strength (repeat)"),
 ("p-bid2", P, "tablets) twice daily, for", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("p-1424", P, "total daily dose of 1,424 mg", "1,424 mg", "dose", 1424, 1424, "mg", Y, "total daily dose"),
 ("p-310", P, "received up to $310 million", "$310 million", "money", 310e6, 310e6, "USD", Y, "bayer deal value"),
 ("p-30s", P, "low-thirties percent", "low-thirties percent", "percent", 30, 33, "%", N, "royalty rate (vague)"),
 ("p-2015", P, "founded in 2015", "2015", "date", 2015, 2015, "year", N, "about section"),

 # ---- AC03 abstract (2024-01-11)
 ("a-pub", A, "Published online 11 January 2024", "11 January 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-t30", A, "30-Month Results", "30-Month", "duration", 30, 30, "months", N, "title"),
 ("a-2019", A, "approved therapy since 2019", "2019", "date", 2019, 2019, "year", Y, "tafamidis fda approval"),
 ("a-90", A, "(≥90%) stabilization in vitro", "90%", "percent", 90, 90, "%", Y, "ttr stabilization"),
 ("a-95", A, "at 95 sites", "95", "count", 95, 95, "sites", Y, "trial sites"),
 ("a-18", A, "in 18 countries", "18", "count", 18, 18, "countries", Y, "trial countries"),
 ("a-21", A, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "x", Y, "randomization ratio"),
 ("a-800", A, "at a dose of 800 mg", "800 mg", "dose", 800, 800, "mg", Y, "acoramidis hcl dose per administration"),
 ("a-712", A, "to 712 mg of acoramidis", "712 mg", "dose", 712, 712, "mg", Y, "acoramidis dose per administration"),
 ("a-bid", A, "matching placebo twice daily", "twice daily", "count", 2, 2, "per day", N, "dosing frequency"),
 ("a-30mo", A, "twice daily for 30 months. The primary", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("a-6mw", A, "baseline in 6-minute walk distance. Open", "6-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("a-m12", A, "started after month 12", "month 12", "duration", 12, 12, "months", Y, "drop-in tafamidis allowed after"),
 ("a-egfr", A, "below 30 ml/min/1.73 m²", "30 ml/min/1.73 m²", "rate", 30, 30, "ml/min/1.73m2", N, "definitional threshold"),
 ("a-632", A, "N = 632", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("a-421", A, "acoramidis n=421", "421", "count", 421, 421, "patients", Y, "randomized acoramidis"),
 ("a-211", A, "placebo n=211", "211", "count", 211, 211, "patients", Y, "randomized placebo"),
 ("a-611", A, "611 were included", "611", "count", 611, 611, "patients", Y, "mitt population"),
 ("a-409", A, "(n=409 and", "409", "count", 409, 409, "patients", Y, "mitt acoramidis"),
 ("a-202", A, "n=202, respectively", "202", "count", 202, 202, "patients", Y, "mitt placebo"),
 ("a-77", A, "mean age was 77 years", "77 years", "age", 77, 77, "years", Y, "mean age"),
 ("a-908", A, "90.8% of patients were men", "90.8%", "percent", 90.8, 90.8, "%", Y, "share male"),
 ("a-p001", A, "(P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-wr", A, "the win ratio was 1.8", "1.8", "ratio", 1.8, 1.8, "x", Y, "win ratio"),
 ("a-wrci", A, "(95% CI, 1.4 to 2.2)", "1.4 to 2.2", "ratio", 1.4, 2.2, "x", Y, "ci"),
 ("a-637", A, "with 63.7% of pairwise", "63.7%", "percent", 63.7, 63.7, "%", Y, "pairwise comparisons favoring acoramidis"),
 ("a-359", A, "and 35.9% favoring placebo", "35.9%", "percent", 35.9, 35.9, "%", Y, "pairwise comparisons favoring placebo"),
 ("a-79", A, "in 79 patients (19.3%)", "79", "count", 79, 79, "deaths", Y, "deaths acoramidis arm"),
 ("a-193", A, "(19.3%) in the acoramidis", "19.3%", "percent", 19.3, 19.3, "%", Y, "acm acoramidis arm 30 mo"),
 ("a-52", A, "in 52 (25.7%)", "52", "count", 52, 52, "deaths", Y, "deaths placebo arm"),
 ("a-257", A, "(25.7%) in the placebo", "25.7%", "percent", 25.7, 25.7, "%", Y, "acm placebo arm 30 mo"),
 ("a-rd", A, "−6.4 percentage points", "−6.4 percentage points", "percent", -6.4, -6.4, "pp", Y, "acm absolute difference"),
 ("a-rdci", A, "95% CI, −13.6 to 0.7", "−13.6 to 0.7", "percent", -13.6, 0.7, "pp", Y, "ci"),
 ("a-hr", A, "hazard ratio, 0.77", "0.77", "ratio", 0.77, 0.77, "HR", Y, "acm hr 30 mo"),
 ("a-hrci", A, "95% CI, 0.54 to 1.10", "0.54 to 1.10", "ratio", 0.54, 1.10, "HR", Y, "ci"),
 ("a-p15", A, "P=0.15", "0.15", "pvalue", 0.15, 0.15, "p", N, "p-value"),
 ("a-109", A, "in 109 patients (26.7%)", "109", "count", 109, 109, "patients", Y, "cvh patients acoramidis"),
 ("a-267", A, "(26.7%) and 86", "26.7%", "percent", 26.7, 26.7, "%", Y, "cvh acoramidis arm"),
 ("a-86", A, "and 86 patients (42.6%)", "86", "count", 86, 86, "patients", Y, "cvh patients placebo"),
 ("a-426", A, "(42.6%), respectively", "42.6%", "percent", 42.6, 42.6, "%", Y, "cvh placebo arm"),
 ("a-rd2", A, "−15.9 percentage points", "−15.9 percentage points", "percent", -15.9, -15.9, "pp", Y, "cvh absolute difference"),
 ("a-rd2ci", A, "95% CI, −24.0 to −7.9", "−24.0 to −7.9", "percent", -24.0, -7.9, "pp", Y, "ci"),
 ("a-m30", A, "At month 30, the least-squares", "month 30", "duration", 30, 30, "months", N, "timepoint"),
 ("a-6mw2", A, "difference in 6-minute walk distance was", "6-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("a-396", A, "was 39.6 m and", "39.6 m", "distance", 39.6, 39.6, "m", Y, "6mwd difference 30 mo"),
 ("a-949", A, "was 9.49 points", "9.49 points", "score", 9.49, 9.49, "points", Y, "kccq-os difference 30 mo"),
 ("a-61", A, "started by 61 patients", "61", "count", 61, 61, "patients", Y, "drop-in acoramidis arm"),
 ("a-149", A, "(14.9%) in the acoramidis", "14.9%", "percent", 14.9, 14.9, "%", Y, "drop-in acoramidis arm"),
 ("a-46", A, "and 46 (22.8%)", "46", "count", 46, 46, "patients", Y, "drop-in placebo arm"),
 ("a-228", A, "(22.8%) in the placebo group, at", "22.8%", "percent", 22.8, 22.8, "%", Y, "drop-in placebo arm"),
 ("a-17", A, "median of 17 months", "17 months", "duration", 17, 17, "months", Y, "median time to drop-in"),
 ("a-981", A, "reported in 98.1% of patients", "98.1%", "percent", 98.1, 98.1, "%", Y, "any AE acoramidis"),
 ("a-976", A, "and 97.6% of those", "97.6%", "percent", 97.6, 97.6, "%", Y, "any AE placebo"),
 ("a-546", A, "occurred in 54.6% and", "54.6%", "percent", 54.6, 54.6, "%", Y, "serious AEs acoramidis arm"),
 ("a-649", A, "54.6% and 64.9%, respectively", "64.9%", "percent", 64.9, 64.9, "%", Y, "serious AEs placebo arm"),
 ("a-4step", A, "a significantly better four-step", "four-step", "count", 4, 4, "components", N, "definitional"),
 ("a-30mo2", A, "than placebo over 30 months, driven", "30 months", "duration", 30, 30, "months", N, "timepoint (conclusions)"),

 # ---- AC04 explainer (2025-03-12)
 ("e-upd", E, "Updated March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-65", E, "mostly in men over 65", "65", "age", 65, 65, "years", N, "definitional"),
 ("e-100k", E, "about 100,000 Americans", "100,000", "count", 100000, 100000, "people", Y, "us prevalence (pfizer)"),
 ("e-35", E, "typically live three to five years", "three to five years", "duration", 3, 5, "years", Y, "untreated survival after diagnosis"),
 ("e-nov24", E, "FDA approved it in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-feb25", E, "followed in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "ec approval date"),
 ("e-mar24", E, "European rights in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "bayer deal date"),
 ("e-712", E, "The dose is 712 mg twice", "712 mg", "dose", 712, 712, "mg", Y, "acoramidis dose per administration"),
 ("e-bid", E, "712 mg twice a day", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("e-two", E, "taken as two 356 mg", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("e-356", E, "two 356 mg tablets each time", "356 mg", "dose", 356, 356, "mg", Y, "tablet strength"),
 ("e-four", E, "up to four tablets", "four", "count", 4, 4, "tablets", N, "tablets per day"),
 ("e-1424", E, "1,424 mg a day", "1,424 mg", "dose", 1424, 1424, "mg", Y, "total daily dose"),
 ("e-632", E, "enrolled 632 adults", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("e-3yr", E, "followed them for three years", "three years", "duration", 3, 3, "years", Y, "attribute-cm follow-up"),
 ("e-19", E, "19% on acoramidis", "19%", "percent", 19, 19, "%", Y, "acm acoramidis arm 30 mo"),
 ("e-26", E, "versus 26% on placebo. Over", "26%", "percent", 26, 26, "%", Y, "acm placebo arm 30 mo"),
 ("e-36", E, "was 36% lower", "36%", "percent", 36, 36, "%", Y, "acm reduction main trial (30 mo)"),
 ("e-27", E, "27% versus 43%", "27%", "percent", 27, 27, "%", Y, "cvh acoramidis arm"),
 ("e-43", E, "versus 43%, and", "43%", "percent", 43, 43, "%", Y, "cvh placebo arm"),
 ("e-50", E, "cut by about 50%", "50%", "percent", 50, 50, "%", Y, "cvh frequency reduction"),
 ("e-13", E, "occurred in 13% versus", "13%", "percent", 13, 13, "%", Y, "hf hospitalization acoramidis"),
 ("e-26hf", E, "13% versus 26%.", "26%", "percent", 26, 26, "%", Y, "hf hospitalization placebo"),
 ("e-6min", E, "farther in six minutes", "six minutes", "duration", 6, 6, "minutes", N, "test name"),
 ("e-40m", E, "roughly 40 meters", "40 meters", "distance", 40, 40, "m", Y, "6mwd difference 30 mo"),
 ("e-12mo", E, "After 12 months, patients", "12 months", "duration", 12, 12, "months", Y, "drop-in tafamidis allowed after"),
 ("e-149", E, "14.9% of the acoramidis group", "14.9%", "percent", 14.9, 14.9, "%", Y, "drop-in acoramidis arm"),
 ("e-228", E, "22.8% of the placebo group", "22.8%", "percent", 22.8, 22.8, "%", Y, "drop-in placebo arm"),
 ("e-twod", E, "compared the two drugs", "two", "count", 2, 2, "drugs", N, "aside"),
 ("e-2019", E, "Tafamidis, approved in 2019", "2019", "date", 2019, 2019, "year", Y, "tafamidis fda approval"),
 ("e-441", E, "trial of 441 patients", "441", "count", 441, 441, "patients", Y, "attr-act enrolled"),
 ("e-30mo", E, "over 30 months, in which", "30 months", "duration", 30, 30, "months", Y, "attr-act duration"),
 ("e-295", E, "29.5% of patients on tafamidis", "29.5%", "percent", 29.5, 29.5, "%", Y, "attr-act acm tafamidis"),
 ("e-429", E, "42.9% on placebo", "42.9%", "percent", 42.9, 42.9, "%", Y, "attr-act acm placebo"),
 ("e-one", E, "taken as one 61 mg", "one", "count", 1, 1, "capsules", N, "capsules per day"),
 ("e-61", E, "one 61 mg capsule", "61 mg", "dose", 61, 61, "mg", Y, "vyndamax daily dose"),
 ("e-four20", E, "is four 20 mg capsules", "four", "count", 4, 4, "capsules", N, "capsules per day"),
 ("e-20", E, "four 20 mg capsules", "20 mg", "dose", 20, 20, "mg", N, "vyndaqel capsule strength"),
 ("e-80", E, "(80 mg) a day", "80 mg", "dose", 80, 80, "mg", Y, "vyndaqel daily dose"),
 ("e-mar25", E, "ATTR-CM in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "amvuttra attr-cm approval"),
 ("e-18759", E, "$18,759 for a 28-day", "$18,759", "money", 18759, 18759, "USD", Y, "attruby list price per 28 days"),
 ("e-28d", E, "for a 28-day supply", "28-day", "duration", 28, 28, "days", N, "supply period"),
 ("e-244", E, "about $244,000 a year", "$244,000", "money", 244000, 244000, "USD", Y, "attruby annual list price"),
 ("e-268", E, "nearly $268,000 a year", "$268,000", "money", 268000, 268000, "USD", Y, "tafamidis annual list price"),
 ("e-2000", E, "spending at $2,000 in 2025", "$2,000", "money", 2000, 2000, "USD", Y, "part d out-of-pocket cap"),
 ("e-y2025", E, "$2,000 in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-icer", E, "$13,600 to $39,000 a year", "$13,600 to $39,000", "money", 13600, 39000, "USD", Y, "icer value-based price range"),
 ("e-8595", E, "a discount of 85% to 95%", "85% to 95%", "percent", 85, 95, "%", Y, "icer required discount"),
 ("e-54", E, "$5.4 billion in 2024", "$5.4 billion", "money", 5.4e9, 5.4e9, "USD", Y, "vyndaqel family sales 2024"),
 ("e-y2024", E, "billion in 2024, which", "2024", "date", 2024, 2024, "year", N, "qualifier year"),

 # ---- AC05 blog (2025-03-03)
 ("b-pub", B, "March 3, 2025", "March 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-img2", B, "[Image: Two pill bottles", "Two", "count", 2, 2, "bottles", N, "image caption"),
 ("b-twod", B, "put the two drugs side", "two", "count", 2, 2, "drugs", N, "aside"),
 ("b-nov23", B, "in November 2023, the answer", "November 2023", "date", 2023, 2023, "year", Y, "fda approval date"),
 ("b-lastmo", B, "European approval last month", "last month", "date", 2025, 2025, "year", Y, "ec approval date"),
 ("b-jul23", B, "announced in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "topline results date"),
 ("b-632", B, "randomized 632 people", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("b-21", B, "two-to-one to acoramidis", "two-to-one", "ratio", 2, 2, "x", Y, "randomization ratio"),
 ("b-30mo", B, "followed them for 30 months. The headline", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("b-wr", B, "win ratio of 1.8", "1.8", "ratio", 1.8, 1.8, "x", Y, "win ratio"),
 ("b-18x", B, "about 1.8 times as often", "1.8 times", "ratio", 1.8, 1.8, "x", N, "win ratio (gloss)"),
 ("b-halved", B, "were roughly halved", "halved", "percent", 50, 50, "%", Y, "cvh frequency reduction"),
 ("b-40m", B, "about 40 metres", "40 metres", "distance", 40, 40, "m", Y, "6mwd difference 30 mo"),
 ("b-193", B, "(19.3% versus", "19.3%", "percent", 19.3, 19.3, "%", Y, "acm acoramidis arm 30 mo"),
 ("b-257", B, "versus 25.7%)", "25.7%", "percent", 25.7, 25.7, "%", Y, "acm placebo arm 30 mo"),
 ("b-at30", B, "significant at 30 months", "30 months", "duration", 30, 30, "months", N, "timepoint"),
 ("b-42mo", B, "at 42 months showed", "42 months", "duration", 42, 42, "months", N, "timepoint"),
 ("b-36", B, "a 36% lower risk", "36%", "percent", 36, 36, "%", Y, "acm reduction 42 months (ole)"),
 ("b-1yr", B, "after the first year", "first year", "duration", 1, 1, "years", Y, "drop-in tafamidis allowed after"),
 ("b-149", B, "14.9% of the placebo patients", "14.9%", "percent", 14.9, 14.9, "%", Y, "drop-in placebo arm"),
 ("b-2018", B, "published in 2018", "2018", "date", 2018, 2018, "year", Y, "attr-act publication"),
 ("b-441", B, "put 441 patients", "441", "count", 441, 441, "patients", Y, "attr-act enrolled"),
 ("b-30mo2", B, "placebo for 30 months and", "30 months", "duration", 30, 30, "months", Y, "attr-act duration"),
 ("b-30p", B, "a 30% lower risk of death", "30%", "percent", 30, 30, "%", Y, "attr-act acm reduction"),
 ("b-hr", B, "hazard ratio 0.70", "0.70", "ratio", 0.70, 0.70, "HR", Y, "attr-act acm hr"),
 ("b-twot", B, "across the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("b-268", B, "about $268,000 a year", "$268,000", "money", 268000, 268000, "USD", Y, "attruby annual list price"),
 ("b-2000", B, "capped at $2,000 a year", "$2,000", "money", 2000, 2000, "USD", Y, "part d out-of-pocket cap"),
 ("b-jan", B, "from this January", "this January", "date", 2025, 2025, "year", N, "cap start"),
 ("b-39", B, "$3.9 billion last year", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "vyndaqel family sales 2024"),
 ("b-lastyr", B, "billion last year, so", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-27", B, "rose 27% on the first", "27%", "percent", 27, 27, "%", Y, "bbio share jump after approval"),
 ("b-310", B, "paid up to $310 million", "$310 million", "money", 310e6, 310e6, "USD", Y, "bayer deal value"),
 ("b-260", B, "€260 million", "€260 million", "money", 260e6, 260e6, "EUR", Y, "jpmorgan peak eu sales forecast"),
 ("b-2030", B, "by 2030", "2030", "date", 2030, 2030, "year", N, "forecast year"),
 ("b-one", B, "One email every Sunday", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-five", B, "Five questions to ask", "Five", "count", 5, 5, "questions", N, "page furniture (related link)"),
 ("b-2000r", B, "Medicare's $2,000 cap, explained", "$2,000", "money", 2000, 2000, "USD", N, "page furniture (related link)"),
 ("b-42c", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- AC06 local (2024-12-02), hard-wrapped
 ("l-pub", L, "Monday, December 2, 2024", "Monday, December 2, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-week", L, "A week after federal", "A week", "duration", 1, 1, "weeks", N, "scene"),
 ("l-nov22", L, "acoramidis, on Nov. 22 for", "Nov. 22", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("l-week2", L, "came a week before", "a week", "duration", 1, 1, "weeks", N, "approval ahead of pdufa"),
 ("l-nov29", L, "agency's Nov. 29", "Nov. 29", "date", 2024, 2024, "year", Y, "pdufa date"),
 ("l-27", L, "jumped 27% when", "27%", "percent", 27, 27, "%", Y, "bbio share jump after approval"),
 ("l-nov25", L, "Monday, Nov. 25", "Monday, Nov. 25", "date", 2024, 2024, "year", N, "trading day"),
 ("l-18579", L, "$18,579.12 for each", "$18,579.12", "money", 18579.12, 18579.12, "USD", Y, "attruby list price per 28 days"),
 ("l-28d", L, "28-day supply", "28-day", "duration", 28, 28, "days", N, "supply period"),
 ("l-800", L, "take 800 mg twice", "800 mg", "dose", 800, 800, "mg", Y, "acoramidis hcl dose per administration"),
 ("l-bid", L, "800 mg twice a day", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("l-623", L, "trial of 623 patients", "623", "count", 623, 623, "patients", Y, "attribute-cm randomized"),
 ("l-23a", L, "two-thirds of whom", "two-thirds", "percent", 66.7, 66.7, "%", Y, "share randomized to drug"),
 ("l-30mo", L, "ran for 30 months", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("l-july", L, "in July of this year", "July of this year", "date", 2024, 2024, "year", Y, "topline results date"),
 ("l-2021", L, "stumble in 2021", "2021", "date", 2021, 2021, "year", Y, "part a 6mwd setback"),
 ("l-23b", L, "by more than two-thirds in a single day", "two-thirds", "percent", 66.7, 66.7, "%", Y, "bbio share drop 2021"),
 ("l-1day", L, "in a single day", "a single day", "duration", 1, 1, "days", N, "period"),
 ("l-3yr", L, "in under three years", "three years", "duration", 3, 3, "years", Y, "setback to approval"),
 ("l-2019", L, "joined the company in 2019", "2019", "date", 2019, 2019, "year", N, "aside"),
 ("l-thismo", L, "first prescriptions this month", "this month", "date", 2024, 2024, "year", N, "forecast"),
 ("l-wr", L, "win ratio of 2.2", "2.2", "ratio", 2.2, 2.2, "x", Y, "win ratio"),
 ("l-two", L, "having two stabilizers", "two", "count", 2, 2, "drugs", N, "quote"),
 ("l-may18", L, "approval in May 2018", "May 2018", "date", 2018, 2018, "year", Y, "tafamidis fda approval"),
 ("l-banks", L, "Analysts at two banks", "two", "count", 2, 2, "banks", N, "aside"),
 ("l-2015", L, "founded in 2015", "2015", "date", 2015, 2015, "year", N, "aside"),
 ("l-sev", L, "several hundred people", "several hundred", "count", None, None, "employees", N, "vague"),
 ("l-100", L, "roughly 100 field", "100", "count", 100, 100, "reps", Y, "field reps hired"),
 ("l-early", L, "could come early next year", "early next year", "date", 2025, 2025, "year", N, "ec decision forecast"),
 ("l-78", L, "Beech, 78, of", "78", "age", 78, 78, "years", N, "interviewee age"),
 ("l-4yr", L, "four years ago", "four years", "duration", 4, 4, "years", N, "interviewee aside"),

 # ---- AC07 fact-check (2025-04-15)
 ("f-pub", F, "Fact Check · April 15, 2025", "April 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h42", F, "cut deaths by 42% and cost", "42%", "percent", 42, 42, "%", N, "post claim (headline)"),
 ("f-hhalf", F, "cost half as much as Pfizer's drug?", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-c42", F, "\"cuts deaths by 42%\" in people", "42%", "percent", 42, 42, "%", N, "post claim"),
 ("f-chalf", F, "\"costs half as much\" as Pfizer's tafamidis", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-v42", F, "The 42% figure is real", "42%", "percent", 42, 42, "%", N, "verdict repeat"),
 ("f-w42", F, "The 42% comes from", "42%", "percent", 42, 42, "%", N, "repeat"),
 ("f-632", F, "enrolled 632 adults with", "632", "count", 632, 632, "patients", Y, "attribute-cm randomized"),
 ("f-356", F, "acoramidis, 356 mg taken twice", "356 mg", "dose", 356, 356, "mg", Y, "acoramidis dose per administration"),
 ("f-bid", F, "356 mg taken twice a day", "twice a day", "count", 2, 2, "per day", N, "dosing frequency"),
 ("f-30mo", F, "with a placebo for 30 months", "30 months", "duration", 30, 30, "months", Y, "attribute-cm follow-up"),
 ("f-42", F, "BridgeBio reports a 42% reduction", "42%", "percent", 42, 42, "%", Y, "composite acm/first cvh reduction 30 mo"),
 ("f-hr58", F, "(hazard ratio 0.58)", "0.58", "ratio", 0.58, 0.58, "HR", Y, "composite hr"),
 ("f-193", F, "19.3% of patients on acoramidis", "19.3%", "percent", 19.3, 19.3, "%", Y, "acm acoramidis arm 30 mo"),
 ("f-257", F, "25.7% of those on placebo", "25.7%", "percent", 25.7, 25.7, "%", Y, "acm placebo arm 30 mo"),
 ("f-w30", F, "any cause within 30 months", "30 months", "duration", 30, 30, "months", N, "timepoint"),
 ("f-hr77", F, "hazard ratio of 0.77", "0.77", "ratio", 0.77, 0.77, "HR", Y, "acm hr 30 mo"),
 ("f-23", F, "death about 23% lower", "23%", "percent", 23, 23, "%", Y, "acm reduction main trial (30 mo)"),
 ("f-p15", F, "(P=0.15)", "0.15", "pvalue", 0.15, 0.15, "p", N, "p-value"),
 ("f-36", F, "found a 36% lower risk", "36%", "percent", 36, 36, "%", Y, "acm reduction 42 months (ole)"),
 ("f-42mo", F, "of death at 42 months", "42 months", "duration", 42, 42, "months", N, "timepoint"),
 ("f-q42", F, "from 'cuts deaths by 42%,'", "42%", "percent", 42, 42, "%", N, "quote"),
 ("f-qhalf", F, "\"When half the events", "half", "percent", 50, 50, "%", N, "quote"),
 ("f-264", F, "enrolled 264 patients", "264", "count", 264, 264, "patients", Y, "attr-act enrolled"),
 ("f-30p", F, "reported a 30% lower risk", "30%", "percent", 30, 30, "%", Y, "attr-act acm reduction"),
 ("f-30mo2", F, "from any cause over 30 months.", "30 months", "duration", 30, 30, "months", Y, "attr-act duration"),
 ("f-18759", F, "$18,759.12 for 28 days", "$18,759.12", "money", 18759.12, 18759.12, "USD", Y, "attruby list price per 28 days"),
 ("f-28d", F, "for 28 days", "28 days", "duration", 28, 28, "days", N, "supply period"),
 ("f-244", F, "roughly $244,000 a year", "$244,000", "money", 244000, 244000, "USD", Y, "attruby annual list price"),
 ("f-268", F, "nearly $268,000 a year", "$268,000", "money", 268000, 268000, "USD", Y, "tafamidis annual list price"),
 ("f-9", F, "about 9% cheaper at list price", "9%", "percent", 9, 9, "%", Y, "attruby discount vs tafamidis list"),
 ("f-nhalf", F, "nowhere near half", "half", "percent", 50, 50, "%", N, "rhetorical"),
 ("f-2000", F, "capped at $2,000 this year", "$2,000", "money", 2000, 2000, "USD", Y, "part d out-of-pocket cap"),
 ("f-thisyr", F, "$2,000 this year", "this year", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-two", F, "checked two other statements", "two", "count", 2, 2, "statements", N, "aside"),
 ("f-lastyr", F, "approved in Europe last year", "last year", "date", 2024, 2024, "year", N, "post claim"),
 ("f-feb24", F, "in February 2024, so that", "February 2024", "date", 2024, 2024, "year", Y, "ec approval date"),
 ("f-54", F, "made $5.4 billion", "$5.4 billion", "money", 5.4e9, 5.4e9, "USD", Y, "vyndaqel family sales 2024"),
 ("f-y2024", F, "from tafamidis in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-nov22", F, "Attruby on November 22, 2024", "November 22, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-r42", F, "\"cuts deaths by 42%\" misstates", "42%", "percent", 42, 42, "%", N, "post claim (ruling)"),
 ("f-r23", F, "difference of about 23% at 30 months", "23%", "percent", 23, 23, "%", Y, "acm reduction main trial (30 mo) (ruling)"),
 ("f-r30", F, "23% at 30 months", "30 months", "duration", 30, 30, "months", N, "timepoint"),
 ("f-rhalf", F, "\"costs half as much\" as Pfizer's drug is false", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-r9", F, "roughly 9% cheaper", "9%", "percent", 9, 9, "%", Y, "attruby discount vs tafamidis list (ruling)"),
 ("f-sjan", F, "published January 2024", "January 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-snov", F, "releases, November 22, 2024 and", "November 22, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-sfeb", F, "and February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-ssep", F, "ATTR-CM, September 2024", "September 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s2024", F, "Pfizer 2024 annual report", "2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-upd", F, "Updated April 16, 2025", "April 16, 2025", "date", 2025, 2025, "year", N, "metadata"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ATTRibute-CM randomized: 623 (transposed) vs 632
 ("l-623", "w-632", S), ("l-623", "p-632", S), ("l-623", "a-632", S), ("l-623", "e-632", S), ("l-623", "b-632", S), ("l-623", "f-632", S),
 # S2 win ratio: 2.2 (CI upper bound reported as estimate) vs 1.8
 ("l-wr", "a-wr", S), ("l-wr", "b-wr", S),
 # S3 FDA approval year: November 2023 vs 2024
 ("b-nov23", "w-fri", S), ("b-nov23", "p-nov22", S), ("b-nov23", "e-nov24", S), ("b-nov23", "l-nov22", S), ("b-nov23", "f-nov22", S),
 # S4 top-line results year: "July of this year" (2024) vs July 2023
 ("l-july", "w-july", S), ("l-july", "b-jul23", S),
 # S5 28-day list price: $18,579.12 vs $18,759.12
 ("l-18579", "w-28p", S), ("l-18579", "e-18759", S), ("l-18579", "f-18759", S),
 # S6 Attruby annual list price: $268,000 (tafamidis figure) vs ~$244,000
 ("b-268", "w-244", S), ("b-268", "e-244", S), ("b-268", "f-244", S),
 # S7 Vyndaqel family 2024 sales: $3.9bn (nine-month figure) vs $5.4bn
 ("b-39", "e-54", S), ("b-39", "f-54", S),
 # S8 dose per administration: 356 mg (tablet strength) vs 712 mg
 ("f-356", "p-712", S), ("f-356", "p-712b", S), ("f-356", "a-712", S), ("f-356", "e-712", S),
 # S9 tafamidis drop-in, placebo arm: 14.9% vs 22.8%
 ("b-149", "a-228", S), ("b-149", "e-228", S),
 # S10 ATTRibute-CM follow-up: three years vs 30 months
 ("e-3yr", "w-30mo", S), ("e-3yr", "p-30mo", S), ("e-3yr", "a-30mo", S), ("e-3yr", "b-30mo", S), ("e-3yr", "l-30mo", S), ("e-3yr", "f-30mo", S),
 # S11 CVH frequency reduction: 42% (composite figure) vs 50% / halved
 ("w-42", "p-50", S), ("w-42", "e-50", S), ("w-42", "b-halved", S),
 # S12 ACM reduction in the 30-month main trial: 36% (42-month OLE figure) vs ~23%
 ("e-36", "f-23", S), ("e-36", "f-r23", S),
 # S13 EC approval year: February 2024 vs 2025
 ("f-feb24", "p-dl", S), ("f-feb24", "e-feb25", S), ("f-feb24", "b-lastmo", S),
 # S14 ATTR-ACT enrollment: 264 (pooled tafamidis arm) vs 441
 ("f-264", "e-441", S), ("f-264", "b-441", S),
 # S15 tafamidis FDA approval year: 2018 vs 2019
 ("l-may18", "w-2019", S), ("l-may18", "a-2019", S), ("l-may18", "e-2019", S),
 # S16 Bayer European rights deal year: March 2023 vs March 2024
 ("p-mar23", "w-mar", S), ("p-mar23", "e-mar24", S),
 # S17 serious AEs, acoramidis arm: 64.9% (arms swapped) vs 54.6%
 ("w-649", "a-546", S), ("w-649", "p-546", S),
 # S18 serious AEs, placebo arm: 54.6% (arms swapped) vs 64.9%
 ("w-546", "a-649", S), ("w-546", "p-649", S),
 # S19 KCCQ-OS difference: 9.49 (transposed) vs 9.94
 ("a-949", "p-994", S),
 # Qualified
 # Q1 tafamidis list price: $225,000 (2019 launch price, still quoted in 2024 wire copy) vs ~$268,000 (ICER 2024)
 ("w-225", "e-268", Q), ("w-225", "f-268", Q),
 # Q2 US prevalence: >120,000 (ICER) vs ~100,000 (Pfizer 2019)
 ("w-120k", "e-100k", Q),
 # Q3 dose expressed as hydrochloride salt (800 mg) vs free base (712 mg)
 ("l-800", "p-712", Q), ("l-800", "p-712b", Q), ("l-800", "a-712", Q), ("l-800", "e-712", Q),
 ("f-356", "a-800", Q), ("f-356", "l-800", Q),
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
        rows.append({"type": "claim", "id": f"ac-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ac-{a}", f"ac-{b}"
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
