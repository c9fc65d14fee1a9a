#!/usr/bin/env python3
"""Build retatrutide.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "retatrutide")
OUT = os.path.join(HERE, "retatrutide.gold.jsonl")
T = "retatrutide"

W, P, A, E, B, L, F = ("RT01_wire.txt", "RT02_press.txt", "RT03_abstract.txt",
                       "RT04_explainer.txt", "RT05_blog.txt", "RT06_local.txt", "RT07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- RT01 wire (2026-05-21, a Thursday)
 ("w-h28", W, "tops 28% weight loss", "28%", "percent", 28, 28, "%", N, "headline (lower bound)"),
 ("w-dl", W, "INDIANAPOLIS, May 21", "May 21", "date", 2026, 2026, "year", N, "dateline"),
 ("w-283", W, "an average of 28.3% of their body weight", "28.3%", "percent", 28.3, 28.3, "%", Y, "triumph-1 12 mg weight loss, efficacy estimand, 80 wk"),
 ("w-80", W, "over 80 weeks in a large", "80 weeks", "duration", 80, 80, "weeks", Y, "triumph-1 main period length"),
 ("w-thu", W, "the company said on Thursday, the", "Thursday", "date", 2026, 2026, "year", Y, "triumph-1 topline date"),
 ("w-2339", W, "enrolled 2,339 adults", "2,339", "count", 2339, 2339, "participants", Y, "triumph-1 enrollment"),
 ("w-none", W, "none of whom had diabetes", "none", "count", 0, 0, "participants", N, "eligibility (no diabetes)"),
 ("w-one", W, "at least one weight-related", "one", "count", 1, 1, "conditions", N, "definitional"),
 ("w-d4", W, "injections of 4 mg, 9 mg or 12 mg", "4 mg", "dose", 4, 4, "mg", Y, "triumph-1 doses"),
 ("w-d9", W, "injections of 4 mg, 9 mg or 12 mg", "9 mg", "dose", 9, 9, "mg", Y, "triumph-1 doses"),
 ("w-d12", W, "injections of 4 mg, 9 mg or 12 mg", "12 mg", "dose", 12, 12, "mg", Y, "triumph-1 doses"),
 ("w-283b", W, "The 28.3% figure", "28.3%", "percent", 28.3, 28.3, "%", N, "repeat"),
 ("w-703", W, "roughly 70.3 pounds", "70.3 pounds", "mass", 70.3, 70.3, "lb", Y, "triumph-1 12 mg weight loss in lb"),
 ("w-d12b", W, "was for the 12 mg dose among", "12 mg", "dose", 12, 12, "mg", N, "arm qualifier"),
 ("w-303", W, "lost up to 30.3%", "30.3%", "percent", 30.3, 30.3, "%", Y, "triumph-1 extension max weight loss at 104 wk"),
 ("w-85", W, "or about 85 pounds", "85 pounds", "mass", 85, 85, "lb", Y, "triumph-1 extension loss in lb"),
 ("w-104", W, "by week 104", "104", "duration", 104, 104, "weeks", N, "timepoint"),
 ("w-three", W, "All three doses met", "three", "count", 3, 3, "doses", N, "aside"),
 ("w-3rec", W, "acts on three gut-hormone", "three", "count", 3, 3, "receptors", N, "mechanism"),
 ("w-2rec", W, "hits two.", "two", "count", 2, 2, "receptors", N, "mechanism"),
 ("w-225", W, "lost 22.5% over 72 weeks", "22.5%", "percent", 22.5, 22.5, "%", Y, "tirzepatide surmount-1 top-dose loss"),
 ("w-72", W, "lost 22.5% over 72 weeks", "72 weeks", "duration", 72, 72, "weeks", Y, "surmount-1 length"),
 ("w-dec", W, "a smaller trial in December", "December", "date", 2025, 2025, "year", Y, "triumph-4 topline date"),
 ("w-287", W, "up to 28.7% at 68 weeks", "28.7%", "percent", 28.7, 28.7, "%", Y, "triumph-4 12 mg weight loss, efficacy"),
 ("w-68", W, "up to 28.7% at 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("w-445", W, "in 445 people", "445", "count", 445, 445, "participants", Y, "triumph-4 enrollment"),
 ("w-182", W, "18.2% of people on the 12 mg dose", "18.2%", "percent", 18.2, 18.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("w-d12c", W, "people on the 12 mg dose quit", "12 mg", "dose", 12, 12, "mg", N, "arm qualifier"),
 ("w-40", W, "against 4.0% of those given placebo", "4.0%", "percent", 4.0, 4.0, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("w-nextmo", W, "at a medical meeting next month", "next month", "date", 2026, 2026, "year", N, "forward date"),
 ("w-12mq", W, "on 12 milligrams can stay", "12 milligrams", "dose", 12, 12, "mg", N, "quote"),
 ("w-2yq", W, "stay on it for two years", "two years", "duration", 2, 2, "years", N, "quote"),
 ("w-2024", W, "attention in 2024", "2024", "date", 2024, 2024, "year", Y, "phase 2 nejm publication year"),
 ("w-242", W, "showed 24.2% weight loss", "24.2%", "percent", 24.2, 24.2, "%", Y, "phase 2 12 mg loss at 48 wk"),
 ("w-48", W, "after 48 weeks at the highest", "48 weeks", "duration", 48, 48, "weeks", N, "timepoint"),
 ("w-338", W, "among 338 adults", "338", "count", 338, 338, "participants", Y, "phase 2 enrollment"),
 ("w-six", W, "expects six more late-stage readouts this year", "six", "count", 6, 6, "readouts", Y, "phase 3 readouts still due in 2026 (as of May 2026)"),
 ("w-thisyr", W, "six more late-stage readouts this year", "this year", "date", 2026, 2026, "year", N, "qualifier"),
 ("w-dec2", W, "after the December readout", "December", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-2027", W, "first U.S. filing for 2027", "2027", "date", 2027, 2027, "year", Y, "harbor lane december forecast of first filing"),
 ("w-thu2", W, "said on Thursday the new data", "Thursday", "date", 2026, 2026, "year", N, "quote date"),
 ("w-150", W, "could reach $150 billion", "$150 billion", "money", 150e9, 150e9, "USD", Y, "morgan stanley obesity market forecast"),
 ("w-2035", W, "$150 billion by 2035", "2035", "date", 2035, 2035, "year", N, "forecast year"),

 # ---- RT02 press release (2025-12-11)
 ("p-h287", P, "delivered up to 28.7% average", "28.7%", "percent", 28.7, 28.7, "%", N, "headline"),
 ("p-h68", P, "endpoints at 68 weeks for both doses studied", "68 weeks", "duration", 68, 68, "weeks", N, "subtitle"),
 ("p-dl", P, "INDIANAPOLIS, Dec. 11, 2025", "Dec. 11, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-two", P, "the two highest investigational doses", "two", "count", 2, 2, "doses", N, "aside"),
 ("p-d9", P, "doses of retatrutide, 9 mg and 12 mg", "9 mg", "dose", 9, 9, "mg", Y, "triumph-4 doses"),
 ("p-d12", P, "doses of retatrutide, 9 mg and 12 mg", "12 mg", "dose", 12, 12, "mg", Y, "triumph-4 doses"),
 ("p-84", P, "where 84% of participants", "84%", "percent", 84, 84, "%", Y, "triumph-4 share with bmi >=35"),
 ("p-35", P, "(BMI) of 35 kg/m2 or higher", "35 kg/m2", "measure", 35, 35, "kg/m2", N, "definitional"),
 ("p-68", P, "endpoints at 68 weeks using both", "68 weeks", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("p-445", P, "randomized 445 participants", "445", "count", 445, 445, "participants", Y, "triumph-4 enrollment"),
 ("p-111", P, "in a 1:1:1 ratio", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation"),
 ("p-d9b", P, "ratio to retatrutide 9 mg, retatrutide 12 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-d12b", P, "ratio to retatrutide 9 mg, retatrutide 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-1127", P, "weight of 112.7 kg", "112.7 kg", "mass", 112.7, 112.7, "kg", Y, "triumph-4 baseline weight"),
 ("p-2485", P, "(248.5 lbs)", "248.5 lbs", "mass", 248.5, 248.5, "lb", Y, "triumph-4 baseline weight lb"),
 ("p-404", P, "mean BMI of 40.4", "40.4", "measure", 40.4, 40.4, "kg/m2", Y, "triumph-4 baseline bmi"),
 ("p-264", P, "-26.4% (-29.1 kg", "-26.4%", "percent", -26.4, -26.4, "%", Y, "triumph-4 9 mg weight change, efficacy"),
 ("p-291", P, "(-29.1 kg", "-29.1 kg", "mass", -29.1, -29.1, "kg", Y, "triumph-4 9 mg kg"),
 ("p-642", P, "-64.2 lbs) with 9 mg", "-64.2 lbs", "mass", -64.2, -64.2, "lb", Y, "triumph-4 9 mg lb"),
 ("p-d9c", P, "-64.2 lbs) with 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-287", P, "and -28.7% (-32.3 kg", "-28.7%", "percent", -28.7, -28.7, "%", Y, "triumph-4 12 mg weight change, efficacy"),
 ("p-323", P, "(-32.3 kg", "-32.3 kg", "mass", -32.3, -32.3, "kg", Y, "triumph-4 12 mg kg"),
 ("p-712", P, "-71.2 lbs) with 12 mg", "-71.2 lbs", "mass", -71.2, -71.2, "lb", Y, "triumph-4 12 mg lb"),
 ("p-d12c", P, "-71.2 lbs) with 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-45", P, "up to -4.5 points", "-4.5 points", "score", -4.5, -4.5, "points", Y, "triumph-4 womac change, efficacy"),
 ("p-758", P, "(-75.8%)", "-75.8%", "percent", -75.8, -75.8, "%", Y, "triumph-4 womac % change, efficacy"),
 ("p-24", P, "compared with -2.4 points", "-2.4 points", "score", -2.4, -2.4, "points", Y, "triumph-4 placebo womac, efficacy"),
 ("p-403", P, "(-40.3%) with placebo", "-40.3%", "percent", -40.3, -40.3, "%", Y, "triumph-4 placebo womac %"),
 ("p-586", P, "58.6% of participants reached", "58.6%", "percent", 58.6, 58.6, "%", Y, "triumph-4 12 mg share >=25% loss"),
 ("p-25", P, "weight reduction of 25% or more", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("p-394", P, "39.4% reached 30% or more", "39.4%", "percent", 39.4, 39.4, "%", Y, "triumph-4 12 mg share >=30% loss"),
 ("p-30", P, "39.4% reached 30% or more", "30%", "percent", 30, 30, "%", N, "threshold"),
 ("p-14", P, "by 14.0 mmHg", "14.0 mmHg", "pressure", 14.0, 14.0, "mmHg", Y, "triumph-4 12 mg systolic bp reduction"),
 ("p-141", P, "14.1% of participants on 9 mg", "14.1%", "percent", 14.1, 14.1, "%", Y, "triumph-4 9 mg knee pain free"),
 ("p-d9d", P, "14.1% of participants on 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-120", P, "12.0% on 12 mg were", "12.0%", "percent", 12.0, 12.0, "%", Y, "triumph-4 12 mg knee pain free"),
 ("p-d12d", P, "12.0% on 12 mg were", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-68b", P, "knee pain at 68 weeks, compared", "68 weeks", "duration", 68, 68, "weeks", N, "timepoint"),
 ("p-42", P, "compared with 4.2% on placebo", "4.2%", "percent", 4.2, 4.2, "%", Y, "triumph-4 placebo knee pain free"),
 ("p-200", P, "-20.0% (9 mg)", "-20.0%", "percent", -20.0, -20.0, "%", Y, "triumph-4 9 mg weight change, treatment-regimen"),
 ("p-d9e", P, "-20.0% (9 mg)", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-237", P, "-23.7% (12 mg)", "-23.7%", "percent", -23.7, -23.7, "%", Y, "triumph-4 12 mg weight change, treatment-regimen"),
 ("p-d12e", P, "-23.7% (12 mg)", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-46", P, "-4.6% (placebo)", "-4.6%", "percent", -4.6, -4.6, "%", Y, "triumph-4 placebo weight change, treatment-regimen"),
 ("p-40pt", P, "-4.0 points (-67.2%)", "-4.0 points", "score", -4.0, -4.0, "points", Y, "triumph-4 9 mg womac, TR"),
 ("p-672", P, "(-67.2%)", "-67.2%", "percent", -67.2, -67.2, "%", Y, "triumph-4 9 mg womac %, TR"),
 ("p-37", P, "-3.7 points (-62.6%)", "-3.7 points", "score", -3.7, -3.7, "points", Y, "triumph-4 12 mg womac, TR"),
 ("p-626", P, "(-62.6%)", "-62.6%", "percent", -62.6, -62.6, "%", Y, "triumph-4 12 mg womac %, TR"),
 ("p-21", P, "-2.1 points (-35.1%)", "-2.1 points", "score", -2.1, -2.1, "points", Y, "triumph-4 placebo womac, TR"),
 ("p-351", P, "(-35.1%)", "-35.1%", "percent", -35.1, -35.1, "%", Y, "triumph-4 placebo womac %, TR"),
 ("p-seven", P, "With seven additional Phase 3 readouts", "seven", "count", 7, 7, "readouts", Y, "phase 3 readouts expected in 2026 (as of Dec 2025)"),
 ("p-2026a", P, "readouts expected in 2026, we", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("p-381", P, "38.1% of participants on 9 mg", "38.1%", "percent", 38.1, 38.1, "%", Y, "triumph-4 9 mg nausea"),
 ("p-d9f", P, "38.1% of participants on 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-432", P, "and 43.2% on 12 mg", "43.2%", "percent", 43.2, 43.2, "%", Y, "triumph-4 12 mg nausea"),
 ("p-d12f", P, "and 43.2% on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-107", P, "compared with 10.7% on placebo", "10.7%", "percent", 10.7, 10.7, "%", Y, "triumph-4 placebo nausea"),
 ("p-88", P, "occurred in 8.8% and 20.9%", "8.8%", "percent", 8.8, 8.8, "%", Y, "triumph-4 9 mg dysesthesia"),
 ("p-209", P, "occurred in 8.8% and 20.9%", "20.9%", "percent", 20.9, 20.9, "%", Y, "triumph-4 12 mg dysesthesia"),
 ("p-122", P, "12.2% with 9 mg", "12.2%", "percent", 12.2, 12.2, "%", Y, "triumph-4 9 mg AE discontinuation"),
 ("p-d9g", P, "12.2% with 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("p-182", P, "18.2% with 12 mg", "18.2%", "percent", 18.2, 18.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("p-d12g", P, "18.2% with 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-40", P, "compared with 4.0% with placebo", "4.0%", "percent", 4.0, 4.0, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("p-d4", P, "includes a 4 mg dose", "4 mg", "dose", 4, 4, "mg", Y, "triumph program maintenance dose"),
 ("p-d9h", P, "in addition to 9 mg and 12 mg, are", "9 mg", "dose", 9, 9, "mg", N, "repeat"),
 ("p-d12h", P, "in addition to 9 mg and 12 mg, are", "12 mg", "dose", 12, 12, "mg", N, "repeat"),
 ("p-2026b", P, "12 mg, are expected in 2026", "2026", "date", 2026, 2026, "year", N, "forward date"),
 ("p-jun23", P, "Medicine in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "phase 2 nejm publication"),
 ("p-d12i", P, "retatrutide 12 mg produced", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("p-175", P, "reduction of 17.5% at the", "17.5%", "percent", 17.5, 17.5, "%", Y, "phase 2 12 mg loss at 24 wk"),
 ("p-24wk", P, "at the 24-week primary endpoint", "24-week", "duration", 24, 24, "weeks", Y, "phase 2 primary endpoint timepoint"),
 ("p-242", P, "and 24.2% at 48 weeks", "24.2%", "percent", 24.2, 24.2, "%", Y, "phase 2 12 mg loss at 48 wk"),
 ("p-48", P, "and 24.2% at 48 weeks", "48 weeks", "duration", 48, 48, "weeks", N, "timepoint"),
 ("p-150y", P, "nearly 150 years ago", "150 years", "duration", 150, 150, "years", N, "about section"),
 ("p-tens", P, "help tens of millions of people", "tens of millions", "count", None, None, "people", N, "about section (vague)"),

 # ---- RT03 abstract (2026-02-16)
 ("a-pub", A, "Published online 16 February 2026", "16 February 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-t9", A, "retatrutide 9 mg and 12 mg in adults", "9 mg", "dose", 9, 9, "mg", N, "title"),
 ("a-t12", A, "retatrutide 9 mg and 12 mg in adults", "12 mg", "dose", 12, 12, "mg", N, "title"),
 ("a-48wk", A, "In the 48-week phase 2", "48-week", "duration", 48, 48, "weeks", Y, "phase 2 treatment length"),
 ("a-338", A, "(N = 338)", "338", "count", 338, 338, "participants", Y, "phase 2 enrollment"),
 ("a-24wk", A, "at the 24-week primary end point", "24-week", "duration", 24, 24, "weeks", Y, "phase 2 primary endpoint timepoint"),
 ("a-175", A, "was −17.5% with 12 mg", "−17.5%", "percent", -17.5, -17.5, "%", Y, "phase 2 12 mg change at 24 wk"),
 ("a-d12", A, "was −17.5% with 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-16", A, "−1.6% with placebo", "−1.6%", "percent", -1.6, -1.6, "%", Y, "phase 2 placebo change at 24 wk"),
 ("a-242", A, "and −24.2% versus", "−24.2%", "percent", -24.2, -24.2, "%", Y, "phase 2 12 mg change at 48 wk"),
 ("a-21", A, "versus −2.1% at week 48", "−2.1%", "percent", -2.1, -2.1, "%", Y, "phase 2 placebo change at 48 wk"),
 ("a-wk48", A, "−2.1% at week 48", "48", "duration", 48, 48, "weeks", N, "timepoint"),
 ("a-616", A, "discontinuation in 6% to 16% of participants", "6% to 16%", "percent", 6, 16, "%", Y, "phase 2 AE discontinuation range (retatrutide arms)"),
 ("a-none", A, "in none of those given placebo", "none", "percent", 0, 0, "%", N, "phase 2 placebo AE discontinuation (word)"),
 ("a-11dec", A, "topline results on 11 December 2025", "11 December 2025", "date", 2025, 2025, "year", Y, "triumph-4 topline date"),
 ("a-445", A, "randomly assigned 445 adults", "445", "count", 445, 445, "participants", Y, "triumph-4 enrollment"),
 ("a-111", A, "in a 1:1:1 ratio", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation"),
 ("a-md9", A, "ratio to retatrutide 9 mg, retatrutide 12 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-md12", A, "ratio to retatrutide 9 mg, retatrutide 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-68", A, "once weekly for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("a-n148a", A, "(n=148, n=148", "148", "count", 148, 148, "participants", Y, "reconstructed 9 mg arm size"),
 ("a-n148b", A, "n=148 and n=149", "148", "count", 148, 148, "participants", Y, "reconstructed 12 mg arm size"),
 ("a-n149", A, "and n=149)", "149", "count", 149, 149, "participants", Y, "reconstructed placebo arm size"),
 ("a-onedp", A, "to one decimal place", "one", "count", 1, 1, "decimals", N, "method detail"),
 ("a-18", A, "in 18 of 148 participants on 9 mg", "18", "count", 18, 18, "participants", Y, "9 mg AE discontinuations"),
 ("a-18d", A, "in 18 of 148 participants on 9 mg", "148", "count", 148, 148, "participants", N, "denominator repeat"),
 ("a-18dose", A, "in 18 of 148 participants on 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-122", A, "(12.2%; 95% CI, 7.8 to 18.4)", "12.2%", "percent", 12.2, 12.2, "%", Y, "triumph-4 9 mg AE discontinuation"),
 ("a-122ci", A, "(12.2%; 95% CI, 7.8 to 18.4)", "7.8 to 18.4", "percent", 7.8, 18.4, "%", Y, "ci"),
 ("a-27", A, "27 of 148 on 12 mg", "27", "count", 27, 27, "participants", Y, "12 mg AE discontinuations"),
 ("a-27d", A, "27 of 148 on 12 mg", "148", "count", 148, 148, "participants", N, "denominator repeat"),
 ("a-27dose", A, "27 of 148 on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-182", A, "(18.2%; 95% CI, 12.9 to 25.2)", "18.2%", "percent", 18.2, 18.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("a-182ci", A, "(18.2%; 95% CI, 12.9 to 25.2)", "12.9 to 25.2", "percent", 12.9, 25.2, "%", Y, "ci"),
 ("a-6", A, "6 of 149 on placebo (4.0%", "6", "count", 6, 6, "participants", Y, "placebo AE discontinuations"),
 ("a-6d", A, "6 of 149 on placebo (4.0%", "149", "count", 149, 149, "participants", N, "denominator repeat"),
 ("a-40", A, "(4.0%; 95% CI, 1.9 to 8.5)", "4.0%", "percent", 4.0, 4.0, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("a-40ci", A, "(4.0%; 95% CI, 1.9 to 8.5)", "1.9 to 8.5", "percent", 1.9, 8.5, "%", Y, "ci"),
 ("a-rd9", A, "was 8.1 percentage points", "8.1 percentage points", "percent", 8.1, 8.1, "pp", Y, "9 mg vs placebo AE-discontinuation risk difference"),
 ("a-rd9ci", A, "(95% CI, 1.9 to 14.7; P=0.01)", "1.9 to 14.7", "percent", 1.9, 14.7, "pp", Y, "ci"),
 ("a-p9", A, "1.9 to 14.7; P=0.01)", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-rd9dose", A, "P=0.01) for 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-rd12", A, "and 14.2 percentage points", "14.2 percentage points", "percent", 14.2, 14.2, "pp", Y, "12 mg vs placebo AE-discontinuation risk difference"),
 ("a-rd12ci", A, "(95% CI, 7.2 to 21.5; P<0.001)", "7.2 to 21.5", "percent", 7.2, 21.5, "pp", Y, "ci"),
 ("a-p12", A, "7.2 to 21.5; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-rd12dose", A, "P<0.001) for 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-rr", A, "a relative risk of 4.5", "4.5", "ratio", 4.5, 4.5, "x", Y, "12 mg vs placebo AE-discontinuation relative risk"),
 ("a-64", A, "Nausea occurred in 64 of 148", "64", "count", 64, 64, "participants", Y, "12 mg nausea count"),
 ("a-64d", A, "Nausea occurred in 64 of 148", "148", "count", 148, 148, "participants", N, "denominator repeat"),
 ("a-64dose", A, "64 of 148 participants on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-432", A, "(43.2%; 95% CI, 35.5 to 51.3)", "43.2%", "percent", 43.2, 43.2, "%", Y, "triumph-4 12 mg nausea"),
 ("a-432ci", A, "(43.2%; 95% CI, 35.5 to 51.3)", "35.5 to 51.3", "percent", 35.5, 51.3, "%", Y, "ci"),
 ("a-16n", A, "and 16 of 149 on placebo", "16", "count", 16, 16, "participants", Y, "placebo nausea count"),
 ("a-16nd", A, "and 16 of 149 on placebo", "149", "count", 149, 149, "participants", N, "denominator repeat"),
 ("a-107", A, "(10.7%; 95% CI, 6.7 to 16.7)", "10.7%", "percent", 10.7, 10.7, "%", Y, "triumph-4 placebo nausea"),
 ("a-107ci", A, "(10.7%; 95% CI, 6.7 to 16.7)", "6.7 to 16.7", "percent", 6.7, 16.7, "%", Y, "ci"),
 ("a-13", A, "Dysesthesia occurred in 13 participants", "13", "count", 13, 13, "participants", Y, "9 mg dysesthesia count"),
 ("a-13dose", A, "13 participants on 9 mg (8.8%)", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-88", A, "on 9 mg (8.8%)", "8.8%", "percent", 8.8, 8.8, "%", Y, "triumph-4 9 mg dysesthesia"),
 ("a-31", A, "and 31 on 12 mg (20.9%)", "31", "count", 31, 31, "participants", Y, "12 mg dysesthesia count"),
 ("a-31dose", A, "and 31 on 12 mg (20.9%)", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-209", A, "and 31 on 12 mg (20.9%)", "20.9%", "percent", 20.9, 20.9, "%", Y, "triumph-4 12 mg dysesthesia"),
 ("a-dd", A, "a difference of 12.2 percentage points", "12.2 percentage points", "percent", 12.2, 12.2, "pp", Y, "dysesthesia 12 mg minus 9 mg"),
 ("a-ddci", A, "(95% CI, 4.1 to 20.2; P=0.003)", "4.1 to 20.2", "percent", 4.1, 20.2, "pp", Y, "ci"),
 ("a-pd", A, "4.1 to 20.2; P=0.003)", "0.003", "pvalue", 0.003, 0.003, "p", N, "p-value"),
 ("a-264", A, "was −26.4% (9 mg)", "−26.4%", "percent", -26.4, -26.4, "%", Y, "triumph-4 9 mg weight change, efficacy"),
 ("a-264dose", A, "was −26.4% (9 mg)", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-287", A, "and −28.7% (12 mg)", "−28.7%", "percent", -28.7, -28.7, "%", Y, "triumph-4 12 mg weight change, efficacy"),
 ("a-287dose", A, "and −28.7% (12 mg)", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-200", A, "it was −20.0%, −23.7%", "−20.0%", "percent", -20.0, -20.0, "%", Y, "triumph-4 9 mg weight change, TR"),
 ("a-237", A, "it was −20.0%, −23.7%", "−23.7%", "percent", -23.7, -23.7, "%", Y, "triumph-4 12 mg weight change, TR"),
 ("a-46", A, "and −4.6% for placebo", "−4.6%", "percent", -4.6, -4.6, "%", Y, "triumph-4 placebo weight change, TR"),
 ("a-84", A, "Overall, 84% of participants", "84%", "percent", 84, 84, "%", Y, "triumph-4 share with bmi >=35"),
 ("a-35", A, "with a BMI of 35 or higher", "35", "measure", 35, 35, "kg/m2", N, "definitional"),
 ("a-586", A, "and 58.6% of those on 12 mg", "58.6%", "percent", 58.6, 58.6, "%", Y, "triumph-4 12 mg share >=25% loss"),
 ("a-586dose", A, "58.6% of those on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-25", A, "lost at least 25% of body weight", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("a-c68", A, "At 68 weeks, retatrutide", "68 weeks", "duration", 68, 68, "weeks", N, "timepoint"),
 ("a-c12", A, "retatrutide 12 mg more than quadrupled", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-x4", A, "more than quadrupled", "quadrupled", "ratio", 4, 4, "x", Y, "12 mg vs placebo AE discontinuation (summary)"),
 ("a-x2", A, "more than twice as frequent", "twice", "ratio", 2, 2, "x", Y, "dysesthesia 12 mg vs 9 mg (summary)"),
 ("a-c12b", A, "as frequent at 12 mg as at 9 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("a-c9", A, "as frequent at 12 mg as at 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("a-gap", A, "The gap of 5.0 to 6.4 percentage points", "5.0 to 6.4 percentage points", "percent", 5.0, 6.4, "pp", Y, "efficacy minus TR estimand gap"),

 # ---- RT04 explainer (2026-06-25)
 ("e-upd", E, "Updated June 25, 2026", "June 25, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-one", E, "acts on one hormone receptor", "one", "count", 1, 1, "receptors", N, "mechanism"),
 ("e-two", E, "which acts on two,", "two", "count", 2, 2, "receptors", N, "mechanism"),
 ("e-three", E, "retatrutide acts on three:", "three", "count", 3, 3, "receptors", N, "mechanism"),
 ("e-jun23", E, "Medicine in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "phase 2 nejm publication"),
 ("e-338", E, "enrolled 338 adults", "338", "count", 338, 338, "participants", Y, "phase 2 enrollment"),
 ("e-48pe", E, "main goal was measured at 48 weeks", "48 weeks", "duration", 48, 48, "weeks", Y, "phase 2 primary endpoint timepoint"),
 ("e-d12", E, "the highest dose, 12 mg, had", "12 mg", "dose", 12, 12, "mg", Y, "phase 2 highest dose"),
 ("e-242", E, "an average of 24.2% of their body weight", "24.2%", "percent", 24.2, 24.2, "%", Y, "phase 2 12 mg loss at 48 wk"),
 ("e-2", E, "compared with about 2% on placebo", "2%", "percent", 2, 2, "%", Y, "phase 2 placebo loss at 48 wk (rounded)"),
 ("e-24wk", E, "at 24 weeks, the same group", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("e-175", E, "was down 17.5%", "17.5%", "percent", 17.5, 17.5, "%", Y, "phase 2 12 mg loss at 24 wk"),
 ("e-d12b", E, "the 12 mg group started on 2 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-2mg", E, "group started on 2 mg", "2 mg", "dose", 2, 2, "mg", Y, "phase 2 12 mg arm starting dose"),
 ("e-4wk", E, "stepped up every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "escalation interval"),
 ("e-twolarge", E, "Two large results are out", "Two", "count", 2, 2, "trials", N, "aside"),
 ("e-feb26", E, "reported in February 2026", "February 2026", "date", 2026, 2026, "year", Y, "triumph-4 topline date"),
 ("e-d8", E, "tested 8 mg and 12 mg in people", "8 mg", "dose", 8, 8, "mg", Y, "triumph-4 doses"),
 ("e-d12c", E, "tested 8 mg and 12 mg in people", "12 mg", "dose", 12, 12, "mg", Y, "triumph-4 doses"),
 ("e-68", E, "After 68 weeks, those", "68 weeks", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("e-d12d", E, "those on 12 mg lost 28.7%", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-287", E, "those on 12 mg lost 28.7%", "28.7%", "percent", 28.7, 28.7, "%", Y, "triumph-4 12 mg weight loss, efficacy"),
 ("e-71", E, "or about 71 pounds", "71 pounds", "mass", 71, 71, "lb", Y, "triumph-4 12 mg lb"),
 ("e-758", E, "fell by 75.8%", "75.8%", "percent", 75.8, 75.8, "%", Y, "triumph-4 womac % reduction, efficacy"),
 ("e-may21", E, "announced on May 21", "May 21", "date", 2026, 2026, "year", Y, "triumph-1 topline date"),
 ("e-2335", E, "enrolled 2,335 adults", "2,335", "count", 2335, 2335, "participants", Y, "triumph-1 enrollment (registry)"),
 ("e-d4", E, "received 4 mg, 9 mg or 12 mg", "4 mg", "dose", 4, 4, "mg", Y, "triumph-1 doses"),
 ("e-d9", E, "received 4 mg, 9 mg or 12 mg", "9 mg", "dose", 9, 9, "mg", Y, "triumph-1 doses"),
 ("e-d12e", E, "received 4 mg, 9 mg or 12 mg", "12 mg", "dose", 12, 12, "mg", Y, "triumph-1 doses"),
 ("e-80", E, "a placebo for 80 weeks", "80 weeks", "duration", 80, 80, "weeks", Y, "triumph-1 main period length"),
 ("e-d12f", E, "the 12 mg group lost 28.3%", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-283", E, "the 12 mg group lost 28.3%", "28.3%", "percent", 28.3, 28.3, "%", Y, "triumph-1 12 mg weight loss, efficacy"),
 ("e-176", E, "17.6% for 4 mg", "17.6%", "percent", 17.6, 17.6, "%", Y, "triumph-1 4 mg loss, all assigned"),
 ("e-176d", E, "17.6% for 4 mg", "4 mg", "dose", 4, 4, "mg", N, "arm"),
 ("e-237", E, "23.7% for 9 mg", "23.7%", "percent", 23.7, 23.7, "%", Y, "triumph-1 9 mg loss, all assigned"),
 ("e-237d", E, "23.7% for 9 mg", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("e-250", E, "25.0% for 12 mg", "25.0%", "percent", 25.0, 25.0, "%", Y, "triumph-1 12 mg loss, all assigned"),
 ("e-250d", E, "25.0% for 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-39", E, "against 3.9% for placebo", "3.9%", "percent", 3.9, 3.9, "%", Y, "triumph-1 placebo loss, all assigned"),
 ("e-303", E, "reached up to 30.3%", "30.3%", "percent", 30.3, 30.3, "%", Y, "triumph-1 extension max weight loss"),
 ("e-104", E, "30.3% at 104 weeks", "104 weeks", "duration", 104, 104, "weeks", N, "timepoint"),
 ("e-2y", E, "or about two years", "two years", "duration", 2, 2, "years", N, "unit restatement"),
 ("e-thismo", E, "Association meeting this month", "this month", "date", 2026, 2026, "year", Y, "osa basket presentation (ADA, June 2026)"),
 ("e-361", E, "fell by 36.1 events per hour", "36.1 events per hour", "rate", 36.1, 36.1, "events/h", Y, "triumph-1 osa ahi reduction"),
 ("e-606", E, "a 60.6% reduction", "60.6%", "percent", 60.6, 60.6, "%", Y, "triumph-1 osa ahi % reduction"),
 ("e-586", E, "starting average of 58.6", "58.6", "rate", 58.6, 58.6, "events/h", Y, "osa baseline ahi"),
 ("e-628", E, "by up to 62.8% in its own", "62.8%", "percent", 62.8, 62.8, "%", Y, "tirzepatide surmount-osa ahi % reduction"),
 ("e-2024", E, "in its own trials in 2024", "2024", "date", 2024, 2024, "year", N, "rival trial year"),
 ("e-40wk", E, "A 40-week trial called", "40-week", "duration", 40, 40, "weeks", Y, "transcend-t2d-1 length"),
 ("e-537", E, "enrolled 537 adults", "537", "count", 537, 537, "participants", Y, "transcend-t2d-1 enrollment"),
 ("e-48s", E, "at 48 sites", "48", "count", 48, 48, "sites", Y, "transcend-t2d-1 sites"),
 ("e-169", E, "fell by 1.69, 1.86 and 1.94 points", "1.69", "percent", 1.69, 1.69, "pp", Y, "transcend 4 mg a1c reduction"),
 ("e-186", E, "fell by 1.69, 1.86 and 1.94 points", "1.86", "percent", 1.86, 1.86, "pp", Y, "transcend 9 mg a1c reduction"),
 ("e-194", E, "fell by 1.69, 1.86 and 1.94 points", "1.94", "percent", 1.94, 1.94, "pp", Y, "transcend 12 mg a1c reduction"),
 ("e-td4", E, "on 4 mg, 9 mg and 12 mg, compared", "4 mg", "dose", 4, 4, "mg", N, "arm"),
 ("e-td9", E, "on 4 mg, 9 mg and 12 mg, compared", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("e-td12", E, "on 4 mg, 9 mg and 12 mg, compared", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-081", E, "compared with 0.81 on placebo", "0.81", "percent", 0.81, 0.81, "pp", Y, "transcend placebo a1c reduction"),
 ("e-115", E, "Weight fell by 11.5%", "11.5%", "percent", 11.5, 11.5, "%", Y, "transcend 4 mg weight loss"),
 ("e-153", E, "and 15.3% on the highest", "15.3%", "percent", 15.3, 15.3, "%", Y, "transcend 12 mg weight loss"),
 ("e-18", E, "about 18% of people on 12 mg", "18%", "percent", 18, 18, "%", Y, "triumph-4 12 mg AE discontinuation (rounded)"),
 ("e-18d", E, "about 18% of people on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("e-4", E, "compared with 4% on placebo", "4%", "percent", 4, 4, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("e-1in5", E, "About one in five on the top dose", "one in five", "percent", 20, 20, "%", Y, "triumph-4 12 mg dysesthesia (rounded)"),
 ("e-2027", E, "an approval before 2027", "2027", "date", 2027, 2027, "year", Y, "analysts' earliest approval year"),
 ("e-35", E, "a BMI of 35 or more", "35", "measure", 35, 35, "kg/m2", N, "definitional"),

 # ---- RT05 blog (2026-08-10)
 ("b-pub", B, "August 10, 2026", "August 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-383", B, "The 383-person phase 2 study", "383", "count", 383, 383, "participants", Y, "phase 2 enrollment"),
 ("b-48", B, "At 48 weeks the 12 mg group", "48 weeks", "duration", 48, 48, "weeks", N, "timepoint"),
 ("b-d12a", B, "At 48 weeks the 12 mg group", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("b-242", B, "had lost 24.2% of body weight", "24.2%", "percent", 24.2, 24.2, "%", Y, "phase 2 12 mg loss at 48 wk"),
 ("b-d12b", B, "the 12 mg group started at 4 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("b-4mg", B, "group started at 4 mg", "4 mg", "dose", 4, 4, "mg", Y, "phase 2 12 mg arm starting dose"),
 ("b-may", B, "In May, Lilly reported", "May", "date", 2026, 2026, "year", Y, "triumph-1 topline date"),
 ("b-72", B, "the 72-week registration trial", "72-week", "duration", 72, 72, "weeks", Y, "triumph-1 main period length"),
 ("b-d12c", B, "On the 12 mg dose, people", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("b-283", B, "lost 28.3% of their weight", "28.3%", "percent", 28.3, 28.3, "%", Y, "triumph-1 12 mg weight loss, efficacy"),
 ("b-70", B, "about 70 pounds", "70 pounds", "mass", 70, 70, "lb", Y, "triumph-1 12 mg lb (rounded)"),
 ("b-three", B, "all three doses hit", "three", "count", 3, 3, "doses", N, "aside"),
 ("b-two", B, "Two caveats I give", "Two", "count", 2, 2, "caveats", N, "aside"),
 ("b-lastdec", B, "In TRIUMPH-4 last December", "last December", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-182", B, "it was 18.2% on the top dose", "18.2%", "percent", 18.2, 18.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("b-june", B, "At the ADA meeting in June", "June", "date", 2026, 2026, "year", Y, "osa basket presentation"),
 ("b-628", B, "index by 62.8% in people", "62.8%", "percent", 62.8, 62.8, "%", Y, "triumph-1 osa ahi % reduction"),
 ("b-168", B, "weight loss of up to 16.8%", "16.8%", "percent", 16.8, 16.8, "%", Y, "transcend 12 mg weight loss"),
 ("b-40", B, "up to 16.8% at 40 weeks", "40 weeks", "duration", 40, 40, "weeks", N, "timepoint"),
 ("b-20", B, "drops of as much as 2.0 points", "2.0 points", "percent", 2.0, 2.0, "pp", Y, "transcend max a1c reduction (9 mg per blog)"),
 ("b-d9", B, "with the 9 mg dose doing", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("b-d12d", B, "better on sugar than 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("b-cap48", B, "Phase 2 (48 wk)", "48 wk", "duration", 48, 48, "weeks", N, "caption"),
 ("b-cap68", B, "TRIUMPH-4 (68 wk)", "68 wk", "duration", 68, 68, "weeks", N, "caption"),
 ("b-cap80", B, "TRIUMPH-1 (80 wk)", "80 wk", "duration", 80, 80, "weeks", N, "caption"),
 ("b-209", B, "showed up in 20.9% of", "20.9%", "percent", 20.9, 20.9, "%", Y, "triumph-4 12 mg dysesthesia"),
 ("b-d12e", B, "TRIUMPH-4 patients on 12 mg", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("b-2y", B, "over two years of use", "two years", "duration", 2, 2, "years", N, "aside"),
 ("b-105", B, "a $105 billion market", "$105 billion", "money", 105e9, 105e9, "USD", Y, "morgan stanley obesity market forecast"),
 ("b-2035", B, "market by 2035", "2035", "date", 2035, 2035, "year", N, "forecast year"),
 ("b-1520", B, "at $15 billion to $20 billion", "$15 billion to $20 billion", "money", 15e9, 20e9, "USD", Y, "analyst retatrutide peak sales"),
 ("b-bmi40", B, "a BMI over 40", "40", "measure", 40, 40, "kg/m2", N, "definitional"),
 ("b-rel3", B, "Tirzepatide at 3 years", "3 years", "duration", 3, 3, "years", N, "related link"),

 # ---- RT06 local (2025-12-12), hard-wrapped
 ("l-pub", L, "Friday, December 12, 2025", "December 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h2026", L, "Wall Street eyes a 2026 filing", "2026", "date", 2026, 2026, "year", N, "headline"),
 ("l-thu", L, "said on Thursday that its", "Thursday", "date", 2025, 2025, "year", Y, "triumph-4 topline date"),
 ("l-455", L, "455 adults with obesity", "455", "count", 455, 455, "participants", Y, "triumph-4 enrollment"),
 ("l-d9", L, "retatrutide at 9 mg or 12 mg", "9 mg", "dose", 9, 9, "mg", Y, "triumph-4 doses"),
 ("l-d12", L, "retatrutide at 9 mg or 12 mg", "12 mg", "dose", 12, 12, "mg", Y, "triumph-4 doses"),
 ("l-68", L, "a placebo, for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("l-d12b", L, "on the 12 mg dose who stayed", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("l-287", L, "an average of 28.7% of their", "28.7%", "percent", 28.7, 28.7, "%", Y, "triumph-4 12 mg weight loss, efficacy"),
 ("l-712", L, "or 71.2 pounds", "71.2 pounds", "mass", 71.2, 71.2, "lb", Y, "triumph-4 12 mg lb"),
 ("l-d9b", L, "On 9 mg the figure", "9 mg", "dose", 9, 9, "mg", N, "arm"),
 ("l-264", L, "the figure was 26.4%", "26.4%", "percent", 26.4, 26.4, "%", Y, "triumph-4 9 mg weight loss, efficacy"),
 ("l-48", L, "said 48% had a body mass index", "48%", "percent", 48, 48, "%", Y, "triumph-4 share with bmi >=35"),
 ("l-35", L, "body mass index of 35 or more", "35", "measure", 35, 35, "kg/m2", N, "definitional"),
 ("l-626", L, "fell by 62.6% on the 12 mg dose", "62.6%", "percent", 62.6, 62.6, "%", Y, "triumph-4 12 mg womac %, TR"),
 ("l-d12c", L, "fell by 62.6% on the 12 mg dose", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("l-758", L, "was a 75.8% reduction", "75.8%", "percent", 75.8, 75.8, "%", Y, "triumph-4 womac %, efficacy"),
 ("l-381", L, "by 38.1% of patients on the 12 mg dose", "38.1%", "percent", 38.1, 38.1, "%", Y, "triumph-4 12 mg nausea"),
 ("l-d12d", L, "by 38.1% of patients on the 12 mg dose", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("l-182", L, "and 18.2% of patients on", "18.2%", "percent", 18.2, 18.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("l-4", L, "compared with 4% on placebo", "4%", "percent", 4, 4, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("l-six", L, "expects six additional Phase 3 readouts", "six", "count", 6, 6, "readouts", Y, "phase 3 readouts expected in 2026 (as of Dec 2025)"),
 ("l-ny1", L, "readouts for retatrutide next year", "next year", "date", 2026, 2026, "year", N, "qualifier"),
 ("l-file", L, "with U.S. regulators next year", "next year", "date", 2026, 2026, "year", Y, "harbor lane december forecast of first filing"),
 ("l-2027", L, "possible launch in 2027", "2027", "date", 2027, 2027, "year", Y, "harbor lane launch forecast"),
 ("l-bmi40", L, "patients with a BMI over 40", "40", "measure", 40, 40, "kg/m2", N, "quote"),
 ("l-wed", L, "said on Wednesday that it", "Wednesday", "date", 2025, 2025, "year", Y, "plant announcement date"),
 ("l-6b", L, "more than $6 billion on a new", "$6 billion", "money", 6e9, 6e9, "USD", Y, "new manufacturing plant investment"),
 ("l-2025", L, "raised its 2025 revenue forecast", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-63", L, "between $63 billion and $63.5 billion", "$63 billion and $63.5 billion", "money", 63e9, 63.5e9, "USD", Y, "lilly 2025 revenue guidance"),
 ("l-1200", L, "price target on Lilly shares to $1,200", "$1,200", "money", 1200, 1200, "USD", Y, "wells fargo new price target"),
 ("l-1100", L, "from $1,100 after", "$1,100", "money", 1100, 1100, "USD", Y, "wells fargo old price target"),
 ("l-150", L, "could reach $150 billion", "$150 billion", "money", 150e9, 150e9, "USD", Y, "morgan stanley obesity market forecast"),
 ("l-2035", L, "$150 billion by 2035", "2035", "date", 2035, 2035, "year", N, "forecast year"),
 ("l-5b", L, "about $5 billion in retatrutide sales", "$5 billion", "money", 5e9, 5e9, "USD", Y, "evaluate retatrutide 2030 sales forecast"),
 ("l-2030", L, "retatrutide sales in 2030", "2030", "date", 2030, 2030, "year", N, "forecast year"),
 ("l-thou", L, "employs thousands of people", "thousands", "count", None, None, "people", N, "vague"),

 # ---- RT07 fact-check (2026-09-15)
 ("f-h30", F, "lose 30% of their weight in a year", "30%", "percent", 30, 30, "%", N, "headline (claim under check)"),
 ("f-hyr", F, "of their weight in a year", "a year", "duration", 1, 1, "years", N, "headline (claim under check)"),
 ("f-pub", F, "September 15, 2026", "September 15, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-c30", F, "\"lose 30% of their body weight", "30%", "percent", 30, 30, "%", N, "claim quote"),
 ("f-c1y", F, "in a single year", "a single year", "duration", 1, 1, "years", N, "claim quote"),
 ("f-vyr", F, "took well over a year", "a year", "duration", 1, 1, "years", N, "verdict (vague)"),
 ("f-aug", F, "posted in August", "August", "date", 2026, 2026, "year", N, "aside"),
 ("f-4m", F, "more than 4 million times", "4 million", "count", 4e6, 4e6, "views", N, "aside"),
 ("f-mo3", F, "\"on month three\"", "month three", "duration", 3, 3, "months", N, "quote"),
 ("f-maylast", F, "in May last year", "May last year", "date", 2025, 2025, "year", Y, "triumph-1 topline date"),
 ("f-sec30", F, "\"30% in a year.\"", "30%", "percent", 30, 30, "%", N, "section heading (claim quote)"),
 ("f-secyr", F, "\"30% in a year.\"", "a year", "duration", 1, 1, "years", N, "section heading"),
 ("f-d12", F, "the highest dose, 12 mg, who", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("f-287", F, "average of 28.7% of their body weight", "28.7%", "percent", 28.7, 28.7, "%", Y, "triumph-1 12 mg weight loss, efficacy"),
 ("f-80", F, "measured after 80 weeks", "80 weeks", "duration", 80, 80, "weeks", Y, "triumph-1 main period length"),
 ("f-15y", F, "about a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", N, "unit restatement"),
 ("f-303", F, "reached up to 30.3% at 104 weeks", "30.3%", "percent", 30.3, 30.3, "%", Y, "triumph-1 extension max weight loss"),
 ("f-104", F, "reached up to 30.3% at 104 weeks", "104 weeks", "duration", 104, 104, "weeks", N, "timepoint"),
 ("f-2y", F, "which is two years", "two years", "duration", 2, 2, "years", N, "unit restatement"),
 ("f-jun23", F, "Medicine in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "phase 2 nejm publication"),
 ("f-242", F, "produced 24.2% weight loss", "24.2%", "percent", 24.2, 24.2, "%", Y, "phase 2 12 mg loss at 48 wk"),
 ("f-48", F, "weight loss at 48 weeks", "48 weeks", "duration", 48, 48, "weeks", N, "timepoint"),
 ("f-ayr2", F, "closest to \"a year,\"", "a year", "duration", 1, 1, "years", N, "aside"),
 ("f-30b", F, "well short of 30%", "30%", "percent", 30, 30, "%", N, "aside"),
 ("f-52", F, "the 52-week TRANSCEND-T2D-1", "52-week", "duration", 52, 52, "weeks", Y, "transcend-t2d-1 length"),
 ("f-115", F, "fell by 11.5% to 15.3%", "11.5% to 15.3%", "percent", 11.5, 15.3, "%", Y, "transcend weight loss range by dose"),
 ("f-68", F, "a 68-week trial", "68-week", "duration", 68, 68, "weeks", Y, "triumph-4 length"),
 ("f-122", F, "12.2% of those on the 12 mg dose", "12.2%", "percent", 12.2, 12.2, "%", Y, "triumph-4 12 mg AE discontinuation"),
 ("f-d12b", F, "12.2% of those on the 12 mg dose", "12 mg", "dose", 12, 12, "mg", N, "arm"),
 ("f-40", F, "compared with 4.0% on placebo", "4.0%", "percent", 4.0, 4.0, "%", Y, "triumph-4 placebo AE discontinuation"),
 ("f-4in10", F, "more than four in 10 people", "four in 10", "percent", 40, 40, "%", Y, "triumph-4 12 mg nausea (lower bound)"),
 ("f-616", F, "between 6% and 16% of people", "6% and 16%", "percent", 6, 16, "%", Y, "phase 2 AE discontinuation range"),
 ("f-180", F, "she paid $180 for a vial", "$180", "money", 180, 180, "USD", N, "unverified claim"),
 ("f-three", F, "wrong on all three points", "three", "count", 3, 3, "points", N, "aside"),
 ("f-near30", F, "Average losses near 30%", "30%", "percent", 30, 30, "%", N, "ruling summary"),
 ("f-80104", F, "took 80 to 104 weeks", "80 to 104 weeks", "duration", 80, 104, "weeks", N, "ruling repeat"),
 ("f-1yr", F, "not one year", "one year", "duration", 1, 1, "years", N, "ruling"),
 ("f-1in8", F, "about one in eight people", "one in eight", "percent", 12.5, 12.5, "%", Y, "triumph-4 12 mg AE discontinuation (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 TRIUMPH-4 12 mg discontinuation for AEs: 12.2% (9 mg value) vs 18.2%
 ("f-122", "p-182", S), ("f-122", "a-182", S), ("f-122", "w-182", S), ("f-122", "l-182", S), ("f-122", "b-182", S), ("f-122", "e-18", S),
 ("f-1in8", "p-182", S), ("f-1in8", "a-182", S), ("f-1in8", "w-182", S), ("f-1in8", "l-182", S), ("f-1in8", "b-182", S), ("f-1in8", "e-18", S),
 # S2 TRIUMPH-4 enrollment 455 vs 445
 ("l-455", "p-445", S), ("l-455", "a-445", S), ("l-455", "w-445", S),
 # S3 phase 2 primary endpoint timepoint 48 vs 24 weeks
 ("e-48pe", "p-24wk", S), ("e-48pe", "a-24wk", S),
 # S4 phase 2 enrollment 383 (transposed) vs 338
 ("b-383", "a-338", S), ("b-383", "e-338", S), ("b-383", "w-338", S),
 # S5 phase 2 NEJM publication year 2024 vs 2023
 ("w-2024", "p-jun23", S), ("w-2024", "e-jun23", S), ("w-2024", "f-jun23", S),
 # S6 TRIUMPH-4 topline February 2026 vs 11 December 2025
 ("e-feb26", "a-11dec", S), ("e-feb26", "l-thu", S), ("e-feb26", "w-dec", S),
 # S7 TRIUMPH-1 topline "May last year" (2025) vs May 2026
 ("f-maylast", "w-thu", S), ("f-maylast", "e-may21", S), ("f-maylast", "b-may", S),
 # S8 TRIUMPH-1 length 72 vs 80 weeks
 ("b-72", "w-80", S), ("b-72", "e-80", S), ("b-72", "f-80", S),
 # S9 TRIUMPH-1 12 mg efficacy loss 28.7% (TRIUMPH-4's figure) vs 28.3%
 ("f-287", "w-283", S), ("f-287", "e-283", S), ("f-287", "b-283", S),
 # S10 TRIUMPH-4 share with BMI >=35: 48% (transposed) vs 84%
 ("l-48", "p-84", S), ("l-48", "a-84", S),
 # S11 Phase 3 readouts expected in 2026, as of the December release: six vs seven
 ("l-six", "p-seven", S),
 # S12 Morgan Stanley obesity market forecast for 2035: $105bn vs $150bn
 ("b-105", "w-150", S), ("b-105", "l-150", S),
 # S13 TRIUMPH-4 lower dose 8 mg vs 9 mg
 ("e-d8", "p-d9", S), ("e-d8", "l-d9", S),
 # S14 phase 2 12 mg arm starting dose 4 mg vs 2 mg
 ("b-4mg", "e-2mg", S),
 # S15 TRIUMPH-1 OSA AHI reduction 62.8% (tirzepatide's) vs 60.6%
 ("b-628", "e-606", S),
 # S16 TRANSCEND-T2D-1 length 52 vs 40 weeks
 ("f-52", "e-40wk", S),
 # S17 Harbor Lane's December forecast of first filing: 2027 vs "next year" (2026)
 ("w-2027", "l-file", S),
 # S18 TRIUMPH-4 12 mg nausea 38.1% (9 mg value) vs 43.2%
 ("l-381", "p-432", S), ("l-381", "a-432", S),
 # Qualified
 ("w-2339", "e-2335", Q),
 ("b-168", "e-153", Q), ("b-168", "f-115", Q),
 ("b-20", "e-194", Q), ("b-20", "e-186", Q),
 ("l-381", "f-4in10", Q),
 # true conflicts whose true side is an optional dateline/headline/qualifier: flagging acceptable
 ("e-feb26", "p-dl", Q), ("f-maylast", "w-dl", Q), ("w-2027", "l-h2026", Q),
 ("e-d8", "a-md9", Q), ("f-52", "b-40", Q),
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
        rows.append({"type": "claim", "id": f"rt-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"rt-{a}", f"rt-{b}"
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
