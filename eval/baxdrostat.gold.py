#!/usr/bin/env python3
"""Build baxdrostat.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "baxdrostat")
OUT = os.path.join(HERE, "baxdrostat.gold.jsonl")
T = "baxdrostat"

W, P, A, E, B, L, F = ("BX01_wire.txt", "BX02_press.txt", "BX03_abstract.txt",
                       "BX04_explainer.txt", "BX05_blog.txt", "BX06_local.txt", "BX07_factcheck.txt")
Y = True; N = False
MM = "mmHg"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- BX01 wire (2025-08-30, Saturday)
 ("w-hyr", W, "filing planned this year", "this year", "date", 2025, 2025, "year", N, "headline: filing year"),
 ("w-dl", W, "MADRID, Aug 30", "Aug 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-10", W, "nearly 10 points more", "10 points", "other", 10, 10, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction (lede, rounded)"),
 ("w-sat", W, "showed on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "baxhtn esc presentation date (2025-08-30)"),
 ("w-file1", W, "seek approval before the end of the year", "the end of the year", "date", 2025, 2025, "year", Y, "filing plan (by end 2025)"),
 ("w-796", W, "enrolled 796 patients", "796", "count", 796, 796, "patients", Y, "baxhtn patients randomized"),
 ("w-214", W, "at 214 sites", "214", "count", 214, 214, "sites", Y, "baxhtn sites"),
 ("w-two", W, "at least two blood pressure drugs", "two", "count", 2, 2, "drugs", N, "inclusion: background drugs"),
 ("w-12wk", W, "After 12 weeks, a 2", "12 weeks", "duration", 12, 12, "weeks", Y, "baxhtn primary timepoint"),
 ("w-2mg", W, "a 2 milligram daily dose", "2 milligram", "dose", 2, 2, "mg", N, "arm label"),
 ("w-157", W, "by 15.7 mmHg", "15.7 mmHg", "other", 15.7, 15.7, MM, Y, "baxhtn 2 mg absolute sbp change wk12"),
 ("w-1mg", W, "a 1 mg dose by", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("w-145", W, "by 14.5 mmHg", "14.5 mmHg", "other", 14.5, 14.5, MM, Y, "baxhtn 1 mg absolute sbp change wk12"),
 ("w-58", W, "by 5.8 mmHg", "5.8 mmHg", "other", 5.8, 5.8, MM, Y, "baxhtn placebo sbp change wk12"),
 ("w-98", W, "were 9.8 mmHg and", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction"),
 ("w-87", W, "and 8.7 mmHg.", "8.7 mmHg", "other", 8.7, 8.7, MM, Y, "baxhtn 1 mg placebo-adjusted sbp reduction"),
 ("w-q10", W, "close to 10 mmHg", "10 mmHg", "other", 10, 10, MM, N, "quote"),
 ("w-39", W, "About 39% of patients", "39%", "percent", 39, 39, "%", Y, "baxhtn 2 mg share sbp<130 wk12"),
 ("w-39d", W, "on the 2 mg dose reached", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("w-130", W, "below 130 mmHg, against", "130 mmHg", "other", 130, 130, MM, N, "target threshold"),
 ("w-19", W, "against 19% of those", "19%", "percent", 19, 19, "%", Y, "baxhtn placebo share sbp<130 wk12"),
 ("w-6", W, "above 6 mmol per litre", "6 mmol per litre", "other", 6, 6, "mmol/L", N, "hyperkalaemia threshold"),
 ("w-11", W, "occurred in 1.1% of", "1.1%", "percent", 1.1, 1.1, "%", Y, "baxhtn confirmed hyperkalaemia >6, each dose"),
 ("w-none", W, "in none of those given placebo", "none", "percent", 0, 0, "%", N, "baxhtn confirmed hyperkalaemia placebo"),
 ("w-300", W, "More than 300 patients", "300", "count", 300, 300, "patients", Y, "re-randomized in withdrawal phase"),
 ("w-2mgb", W, "who had taken the 2 mg dose", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("w-wk24", W, "at week 24 either", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("w-8wk", W, "Over the following eight weeks", "eight weeks", "duration", 8, 8, "weeks", N, "withdrawal period length"),
 ("w-14", W, "by only 1.4 mmHg", "1.4 mmHg", "other", 1.4, 1.4, MM, Y, "withdrawal: sbp rise after switch to placebo"),
 ("w-lastmo", W, "first said last month", "last month", "date", 2025, 2025, "year", Y, "baxhtn topline announcement (july 2025)"),
 ("w-file2", W, "before the end of this year, with", "the end of this year", "date", 2025, 2025, "year", Y, "filing plan (by end 2025)"),
 ("w-2026", W, "approvals possible in 2026", "2026", "date", 2026, 2026, "year", Y, "approval forecast"),
 ("w-5bn", W, "more than $5 billion", "$5 billion", "money", 5e9, 5e9, "USD", Y, "astrazeneca peak sales forecast"),
 ("w-2023", W, "its 2023 purchase", "2023", "date", 2023, 2023, "year", Y, "cincor acquisition year"),
 ("w-13bn", W, "about $1.3 billion upfront", "$1.3 billion", "money", 1.3e9, 1.3e9, "USD", Y, "cincor upfront payment"),
 ("w-brig2", W, "the 2 mg dose lowered systolic pressure by 11", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("w-11mm", W, "by 11 mmHg more than placebo", "11 mmHg", "other", 11, 11, MM, Y, "brightn 2 mg placebo-adjusted"),
 ("w-91", W, "by 9.1 mmHg more", "9.1 mmHg", "other", 9.1, 9.1, MM, Y, "lorundrostat launch-htn placebo-adjusted wk6"),
 ("w-6wk", W, "at six weeks", "six weeks", "duration", 6, 6, "weeks", N, "timepoint"),
 ("w-1083", W, "trial of 1,083 people", "1,083", "count", 1083, 1083, "people", Y, "launch-htn size"),
 ("w-june", W, "in JAMA in June", "June", "date", 2025, 2025, "year", Y, "launch-htn publication"),
 ("w-14bn", W, "Around 1.4 billion people", "1.4 billion", "count", 1.4e9, 1.4e9, "people", Y, "people with hypertension worldwide (astrazeneca)"),
 ("w-half", W, "about half of U.S. patients", "half", "percent", 50, 50, "%", Y, "us patients on several drugs uncontrolled"),
 ("w-later", W, "due to report later this year", "later this year", "date", 2025, 2025, "year", N, "bax24 readout forecast"),

 # ---- BX02 press (2025-12-02)
 ("p-hq2", P, "PDUFA date anticipated in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-h98", P, "showing a 9.8 mmHg", "9.8 mmHg", "other", 9.8, 9.8, MM, N, "subtitle repeat"),
 ("p-h2mg", P, "seated systolic blood pressure with baxdrostat 2mg", "2mg", "dose", 2, 2, "mg", N, "subtitle arm label"),
 ("p-dl", P, "2 December 2025", "2 December 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-q2", P, "anticipated during the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "pdufa date"),
 ("p-2dec", P, "more than two decades", "two decades", "duration", 20, 20, "years", N, "quote"),
 ("p-794", P, "randomised 794 patients", "794", "count", 794, 794, "patients", Y, "baxhtn patients randomized"),
 ("p-214", P, "at 214 sites", "214", "count", 214, 214, "sites", Y, "baxhtn sites"),
 ("p-ratio", P, "1:1:1 ratio", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("p-1mg", P, "to baxdrostat 1mg, baxdrostat", "1mg", "dose", 1, 1, "mg", N, "design dose"),
 ("p-2mg", P, "baxdrostat 2mg or placebo once daily, on top", "2mg", "dose", 2, 2, "mg", N, "design dose"),
 ("p-once", P, "placebo once daily, on top of standard", "once", "count", 1, 1, "doses per day", N, "frequency"),
 ("p-12wk", P, "At 12 weeks, the absolute", "12 weeks", "duration", 12, 12, "weeks", Y, "baxhtn primary timepoint"),
 ("p-2mgb", P, "(SBP) with baxdrostat 2mg was", "2mg", "dose", 2, 2, "mg", N, "arm label"),
 ("p-157", P, "2mg was 15.7 mmHg", "15.7 mmHg", "other", 15.7, 15.7, MM, Y, "baxhtn 2 mg absolute sbp change wk12"),
 ("p-157ci", P, "-17.6 to -13.7", "-17.6 to -13.7", "other", -17.6, -13.7, MM, Y, "ci"),
 ("p-98", P, "reduction was 9.8 mmHg", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction"),
 ("p-98ci", P, "-12.6 to -7.0", "-12.6 to -7.0", "other", -12.6, -7.0, MM, Y, "ci"),
 ("p-p1", P, "-7.0; p<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("p-1mgb", P, "With baxdrostat 1mg", "1mg", "dose", 1, 1, "mg", N, "arm label"),
 ("p-145", P, "reduction was 14.5 mmHg", "14.5 mmHg", "other", 14.5, 14.5, MM, Y, "baxhtn 1 mg absolute sbp change wk12"),
 ("p-145ci", P, "-16.5 to -12.5", "-16.5 to -12.5", "other", -16.5, -12.5, MM, Y, "ci"),
 ("p-87", P, "reduction was 8.7 mmHg", "8.7 mmHg", "other", 8.7, 8.7, MM, Y, "baxhtn 1 mg placebo-adjusted sbp reduction"),
 ("p-87ci", P, "-11.5 to -5.8", "-11.5 to -5.8", "other", -11.5, -5.8, MM, Y, "ci"),
 ("p-p2", P, "-5.8; p<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("p-58", P, "with placebo was 5.8 mmHg", "5.8 mmHg", "other", 5.8, 5.8, MM, Y, "baxhtn placebo sbp change wk12"),
 ("p-58ci", P, "-7.9 to -3.8", "-7.9 to -3.8", "other", -7.9, -3.8, MM, Y, "ci"),
 ("p-6", P, "potassium >6 mmol/L", "6 mmol/L", "other", 6, 6, "mmol/L", N, "hyperkalaemia threshold"),
 ("p-11", P, "reported in 1.1% of patients", "1.1%", "percent", 1.1, 1.1, "%", Y, "baxhtn confirmed hyperkalaemia >6, each dose"),
 ("p-00", P, "compared with 0.0% with placebo", "0.0%", "percent", 0, 0, "%", Y, "baxhtn confirmed hyperkalaemia placebo"),
 ("p-esc", P, "ESC Congress 2025", "2025", "date", 2025, 2025, "year", N, "congress name"),
 ("p-30aug", P, "on 30 August", "30 August", "date", 2025, 2025, "year", Y, "baxhtn esc presentation date"),
 ("p-218", P, "in 218 patients", "218", "count", 218, 218, "patients", Y, "bax24 patients"),
 ("p-bax2", P, "who received baxdrostat 2mg or placebo", "2mg", "dose", 2, 2, "mg", Y, "bax24 dose tested"),
 ("p-bax12", P, "At 12 weeks, the placebo-adjusted", "12 weeks", "duration", 12, 12, "weeks", N, "bax24 timepoint"),
 ("p-24h1", P, "ambulatory 24-hour average SBP was", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("p-140", P, "was 14.0 mmHg", "14.0 mmHg", "other", 14.0, 14.0, MM, Y, "bax24 placebo-adjusted 24h ambulatory sbp"),
 ("p-140ci", P, "-17.2 to -10.8", "-17.2 to -10.8", "other", -17.2, -10.8, MM, Y, "ci"),
 ("p-p3", P, "p<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-139", P, "fell by 13.9 mmHg", "13.9 mmHg", "other", 13.9, 13.9, MM, Y, "bax24 placebo-adjusted night-time sbp"),
 ("p-103", P, "seated SBP by 10.3 mmHg", "10.3 mmHg", "other", 10.3, 10.3, MM, Y, "bax24 placebo-adjusted seated sbp"),
 ("p-71", P, "Some 71% of patients", "71%", "percent", 71, 71, "%", Y, "bax24 share 24h sbp<130 drug"),
 ("p-24h2", P, "reached a 24-hour average SBP below", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("p-130", P, "SBP below 130 mmHg", "130 mmHg", "other", 130, 130, MM, N, "target threshold"),
 ("p-17", P, "compared with 17% on placebo", "17%", "percent", 17, 17, "%", Y, "bax24 share 24h sbp<130 placebo"),
 ("p-7oct", P, "on 7 October", "7 October", "date", 2025, 2025, "year", Y, "bax24 topline date"),
 ("p-nov", P, "Scientific Sessions in November", "November", "date", 2025, 2025, "year", Y, "bax24 aha presentation"),
 ("p-14bn", P, "There are 1.4 billion people", "1.4 billion", "count", 1.4e9, 1.4e9, "people", Y, "people with hypertension worldwide (astrazeneca)"),
 ("p-50", P, "approximately 50% of patients", "50%", "percent", 50, 50, "%", Y, "us patients on multiple treatments uncontrolled"),
 ("p-30h", P, "half-life of up to 30 hours", "30 hours", "duration", 30, 30, "hours", Y, "half-life (upper)"),
 ("p-oncedaily", P, "allowing once-daily dosing", "once", "count", 1, 1, "doses per day", N, "frequency"),
 ("p-20k", P, "more than 20,000 patients", "20,000", "count", 20000, 20000, "patients", Y, "patients in baxdrostat programme"),
 ("p-feb23", P, "completed in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "cincor acquisition completed"),
 ("p-125", P, "over 125 countries", "125", "count", 125, 125, "countries", N, "about section"),

 # ---- BX03 abstract (2025-08-30)
 ("a-pub", A, "Published online 30 August 2025", "30 August 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t12", A, "12-week and randomized-withdrawal", "12-week", "duration", 12, 12, "weeks", N, "title"),
 ("a-twodoses", A, "We assessed two doses", "two", "count", 2, 2, "doses", N, "aside"),
 ("a-214", A, "trial at 214 sites", "214", "count", 214, 214, "sites", Y, "baxhtn sites"),
 ("a-140170", A, "140 to less than 170 mm Hg", "140 to less than 170 mm Hg", "other", 140, 170, MM, N, "eligibility sbp range"),
 ("a-twodrugs", A, "treatment with two antihypertensive drugs", "two", "count", 2, 2, "drugs", N, "definition uncontrolled"),
 ("a-three", A, "or three or more (resistant", "three", "count", 3, 3, "drugs", N, "definition resistant"),
 ("a-45", A, "below 45 mL/min", "45", "other", 45, 45, "mL/min/1.73m2", N, "egfr exclusion"),
 ("a-k", A, "3.5 to less than 5.0 mmol/L", "3.5 to less than 5.0 mmol/L", "other", 3.5, 5.0, "mmol/L", N, "potassium eligibility"),
 ("a-runin", A, "After a 2-week single-blind", "2-week", "duration", 2, 2, "weeks", Y, "placebo run-in length"),
 ("a-135", A, "still 135 mm Hg or more", "135 mm Hg", "other", 135, 135, MM, N, "randomization threshold"),
 ("a-ratio", A, "1:1:1 ratio", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-d1", A, "to baxdrostat 1 mg, baxdrostat 2 mg or placebo", "1 mg", "dose", 1, 1, "mg", N, "design dose"),
 ("a-d2", A, "1 mg, baxdrostat 2 mg or placebo", "2 mg", "dose", 2, 2, "mg", N, "design dose"),
 ("a-once", A, "placebo once daily for 12 weeks", "once", "count", 1, 1, "doses per day", N, "frequency"),
 ("a-12wk", A, "daily for 12 weeks (part 1)", "12 weeks", "duration", 12, 12, "weeks", Y, "baxhtn double-blind period / primary timepoint"),
 ("a-ol2", A, "open-label baxdrostat 2 mg until", "2 mg", "dose", 2, 2, "mg", N, "design dose"),
 ("a-wk24", A, "until week 24", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-on2", A, "those on 2 mg were", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-wk32", A, "until week 32", "week 32", "duration", 32, 32, "weeks", N, "timepoint"),
 ("a-bl12", A, "from baseline to week 12.", "week 12", "duration", 12, 12, "weeks", N, "primary end point timepoint"),
 ("a-796", A, "N = 796", "796", "count", 796, 796, "patients", Y, "baxhtn patients randomized"),
 ("a-794", A, "794 received", "794", "count", 794, 794, "patients", Y, "baxhtn patients treated"),
 ("a-onedose", A, "at least one dose", "one", "count", 1, 1, "doses", N, "definition"),
 ("a-n1d", A, "baxdrostat 1 mg, n=264", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-n1", A, "1 mg, n=264", "264", "count", 264, 264, "patients", Y, "1 mg arm size"),
 ("a-n2d", A, "baxdrostat 2 mg, n=266", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-n2", A, "n=266", "266", "count", 266, 266, "patients", Y, "2 mg arm size"),
 ("a-np", A, "placebo, n=264", "264", "count", 264, 264, "patients", Y, "placebo arm size"),
 ("a-age", A, "Mean age was 61 years", "61 years", "age", 61, 61, "years", Y, "baxhtn mean age"),
 ("a-women", A, "36% were women", "36%", "percent", 36, 36, "%", Y, "baxhtn share women"),
 ("a-73", A, "73% met the definition", "73%", "percent", 73, 73, "%", Y, "baxhtn share resistant"),
 ("a-149", A, "149/87 mm Hg", "149", "other", 149, 149, MM, Y, "baxhtn baseline sbp"),
 ("a-87bl", A, "149/87 mm Hg", "87 mm Hg", "other", 87, 87, MM, Y, "baxhtn baseline dbp"),
 ("a-wk12b", A, "At week 12, the least-squares", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-145", A, "−14.5 mm Hg", "−14.5 mm Hg", "other", -14.5, -14.5, MM, Y, "baxhtn 1 mg absolute sbp change wk12"),
 ("a-145ci", A, "−16.5 to −12.5", "−16.5 to −12.5", "other", -16.5, -12.5, MM, Y, "ci"),
 ("a-145d", A, "−12.5) with 1 mg", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-157", A, "−15.7 mm Hg", "−15.7 mm Hg", "other", -15.7, -15.7, MM, Y, "baxhtn 2 mg absolute sbp change wk12"),
 ("a-157ci", A, "−17.6 to −13.7", "−17.6 to −13.7", "other", -17.6, -13.7, MM, Y, "ci"),
 ("a-157d", A, "−13.7) with 2 mg", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-58", A, "−5.8 mm Hg (95% CI, −7.9", "−5.8 mm Hg", "other", -5.8, -5.8, MM, Y, "baxhtn placebo sbp change wk12"),
 ("a-58ci", A, "−7.9 to −3.8", "−7.9 to −3.8", "other", -7.9, -3.8, MM, Y, "ci"),
 ("a-87", A, "−8.7 mm Hg", "−8.7 mm Hg", "other", -8.7, -8.7, MM, Y, "baxhtn 1 mg placebo-adjusted sbp difference"),
 ("a-87ci", A, "−11.5 to −5.8", "−11.5 to −5.8", "other", -11.5, -5.8, MM, Y, "ci"),
 ("a-87d", A, "−5.8) for 1 mg", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-98", A, "−9.8 mm Hg", "−9.8 mm Hg", "other", -9.8, -9.8, MM, Y, "baxhtn 2 mg placebo-adjusted sbp difference"),
 ("a-98ci", A, "−12.6 to −7.0", "−12.6 to −7.0", "other", -12.6, -7.0, MM, Y, "ci"),
 ("a-98d", A, "−7.0) for 2 mg", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-p", A, "P<0.001 for both", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-130", A, "below 130 mm Hg at week 12", "130 mm Hg", "other", 130, 130, MM, N, "target threshold"),
 ("a-wk12c", A, "130 mm Hg at week 12 was", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-39", A, "39% (1 mg)", "39%", "percent", 39, 39, "%", Y, "baxhtn 1 mg share sbp<130 wk12"),
 ("a-39d", A, "39% (1 mg)", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-40", A, "40% (2 mg)", "40%", "percent", 40, 40, "%", Y, "baxhtn 2 mg share sbp<130 wk12"),
 ("a-40d", A, "40% (2 mg)", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-19", A, "19% (placebo)", "19%", "percent", 19, 19, "%", Y, "baxhtn placebo share sbp<130 wk12"),
 ("a-14", A, "rose by 1.4 mm Hg", "1.4 mm Hg", "other", 1.4, 1.4, MM, Y, "withdrawal: sbp rise after switch to placebo"),
 ("a-8wk", A, "over 8 weeks", "8 weeks", "duration", 8, 8, "weeks", N, "withdrawal period length"),
 ("a-37", A, "a further 3.7 mm Hg", "3.7 mm Hg", "other", 3.7, 3.7, MM, Y, "withdrawal: further sbp fall on continued 2 mg"),
 ("a-cont2", A, "who continued 2 mg", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-6", A, "above 6.0 mmol/L", "6.0 mmol/L", "other", 6, 6, "mmol/L", N, "hyperkalemia threshold"),
 ("a-23", A, "2.3% (1 mg)", "2.3%", "percent", 2.3, 2.3, "%", Y, "baxhtn any potassium >6.0, 1 mg"),
 ("a-23d", A, "2.3% (1 mg)", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-30", A, "3.0% (2 mg)", "3.0%", "percent", 3.0, 3.0, "%", Y, "baxhtn any potassium >6.0, 2 mg"),
 ("a-30d", A, "3.0% (2 mg)", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-04", A, "0.4% (placebo)", "0.4%", "percent", 0.4, 0.4, "%", Y, "baxhtn any potassium >6.0, placebo"),
 ("a-sae19", A, "occurred in 1.9% and", "1.9%", "percent", 1.9, 1.9, "%", Y, "baxhtn serious ae 1 mg"),
 ("a-sae34", A, "1.9% and 3.4%", "3.4%", "percent", 3.4, 3.4, "%", Y, "baxhtn serious ae 2 mg"),
 ("a-sae1d", A, "of the 1 mg and 2 mg groups", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("a-sae2d", A, "1 mg and 2 mg groups", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("a-c2", A, "Added to two or more", "two", "count", 2, 2, "drugs", N, "conclusion"),
 ("a-c1mg", A, "baxdrostat 1 mg or 2 mg once daily", "1 mg", "dose", 1, 1, "mg", N, "conclusion"),
 ("a-c2mg", A, "1 mg or 2 mg once daily", "2 mg", "dose", 2, 2, "mg", N, "conclusion"),
 ("a-conce", A, "2 mg once daily lowered", "once", "count", 1, 1, "doses per day", N, "frequency"),
 ("a-c910", A, "roughly 9 to 10 mm Hg", "9 to 10 mm Hg", "other", 9, 10, MM, N, "conclusion summary"),
 ("a-c12", A, "placebo at 12 weeks, with", "12 weeks", "duration", 12, 12, "weeks", N, "conclusion timepoint"),

 # ---- BX04 explainer (2025-09-10)
 ("e-upd", E, "Updated September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-onceaday", E, "once-a-day tablet", "once", "count", 1, 1, "doses per day", N, "frequency"),
 ("e-hl", E, "roughly 26 to 30 hours", "26 to 30 hours", "duration", 26, 30, "hours", Y, "half-life"),
 ("e-onedose", E, "one dose a day", "one", "count", 1, 1, "doses per day", N, "frequency"),
 ("e-796", E, "included 796 adults", "796", "count", 796, 796, "patients", Y, "baxhtn patients randomized"),
 ("e-140", E, "still 140 or higher", "140", "other", 140, 140, MM, N, "eligibility"),
 ("e-two", E, "taking two or more blood pressure medicines", "two", "count", 2, 2, "drugs", N, "inclusion"),
 ("e-61", E, "61 years old", "61 years", "age", 61, 61, "years", Y, "baxhtn mean age"),
 ("e-62", E, "62% were men", "62%", "percent", 62, 62, "%", Y, "baxhtn share men"),
 ("e-8wk", E, "After eight weeks", "eight weeks", "duration", 8, 8, "weeks", Y, "baxhtn primary timepoint"),
 ("e-2mg", E, "the higher 2 mg dose", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("e-10", E, "by about 10 points more", "10 points", "other", 10, 10, MM, Y, "baxhtn 2 mg placebo-adjusted (rounded)"),
 ("e-1mg", E, "lower 1 mg dose", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("e-91", E, "by 9.1 points", "9.1 points", "other", 9.1, 9.1, MM, Y, "baxhtn 1 mg placebo-adjusted"),
 ("e-4in10", E, "four in ten people", "four in ten", "percent", 40, 40, "%", Y, "baxhtn 2 mg share sbp<130 wk12"),
 ("e-2mgb", E, "people taking 2 mg got", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("e-130", E, "below 130, compared", "130", "other", 130, 130, MM, N, "target threshold"),
 ("e-17", E, "with 17% of people", "17%", "percent", 17, 17, "%", Y, "baxhtn placebo share sbp<130 wk12"),
 ("e-h10", E, "Is 10 points a lot?", "10 points", "other", 10, 10, MM, N, "heading repeat"),
 ("e-10pt", E, "a 10-point drop", "10-point", "other", 10, 10, MM, N, "generic"),
 ("e-20", E, "roughly a 20% lower risk", "20%", "percent", 20, 20, "%", Y, "cv event risk reduction per 10 mmHg (meta-analysis)"),
 ("e-6", E, "above 6 mmol/L", "6 mmol/L", "other", 6, 6, "mmol/L", N, "hyperkalemia threshold"),
 ("e-1pct", E, "about 1% of people", "1%", "percent", 1, 1, "%", Y, "baxhtn confirmed hyperkalemia >6, each dose"),
 ("e-nov22", E, "presented in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "brightn presentation"),
 ("e-275", E, "275 people", "275", "count", 275, 275, "patients", Y, "brightn randomized"),
 ("e-three", E, "one of three doses", "three", "count", 3, 3, "doses", N, "brightn design"),
 ("e-brig2", E, "The 2 mg dose lowered systolic pressure by 11", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("e-11", E, "by 11 points", "11 points", "other", 11, 11, MM, Y, "brightn 2 mg placebo-adjusted"),
 ("e-next", E, "early next year", "early next year", "date", 2026, 2026, "year", Y, "filing plan"),
 ("e-2023", E, "CinCor Pharma, in 2023", "2023", "date", 2023, 2023, "year", Y, "cincor acquisition year"),
 ("e-18bn", E, "up to $1.8 billion", "$1.8 billion", "money", 1.8e9, 1.8e9, "USD", Y, "cincor deal total incl. cvr"),
 ("e-13bn", E, "about 1.3 billion adults", "1.3 billion", "count", 1.3e9, 1.3e9, "people", Y, "adults 30-79 with hypertension (who)"),
 ("e-3079", E, "aged 30 to 79", "30 to 79", "age", 30, 79, "years", N, "qualifier"),
 ("e-1in10", E, "About one in 10 people", "one in 10", "percent", 10, 10, "%", Y, "share of hypertensives with resistant hypertension"),
 ("e-3drugs", E, "despite three or more drugs", "three", "count", 3, 3, "drugs", N, "definition"),

 # ---- BX05 blog (2025-12-09)
 ("b-date", B, "December 9, 2025", "December 9, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-cap3", B, "juggle three or more daily pills", "three", "count", 3, 3, "drugs", N, "caption"),
 ("b-lastwk", B, "Last week the FDA", "Last week", "date", 2025, 2025, "year", Y, "fda nda acceptance"),
 ("b-q2", B, "second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "pdufa date"),
 ("b-dozen", B, "a dozen messages", "a dozen", "count", 12, 12, "messages", N, "aside"),
 ("b-769", B, "randomized 769 adults", "769", "count", 769, 769, "patients", Y, "baxhtn patients randomized"),
 ("b-two", B, "despite at least two drugs", "two", "count", 2, 2, "drugs", N, "inclusion"),
 ("b-d1", B, "got 1 mg, 2 mg or placebo", "1 mg", "dose", 1, 1, "mg", N, "design dose"),
 ("b-d2", B, "1 mg, 2 mg or placebo", "2 mg", "dose", 2, 2, "mg", N, "design dose"),
 ("b-12", B, "seated systolic pressure at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "baxhtn primary timepoint"),
 ("b-2mg", B, "At that point, the 2 mg dose", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("b-145", B, "by 14.5 mmHg from baseline", "14.5 mmHg", "other", 14.5, 14.5, MM, Y, "baxhtn 2 mg absolute sbp change wk12"),
 ("b-98", B, "or 9.8 mmHg after", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction"),
 ("b-6", B, "almost 6 mmHg", "6 mmHg", "other", 6, 6, MM, Y, "baxhtn placebo sbp change (rounded)"),
 ("b-98q", B, "Is 9.8 mmHg impressive?", "9.8 mmHg", "other", 9.8, 9.8, MM, N, "repeat"),
 ("b-twothree", B, "two or three drugs", "two or three", "count", 2, 3, "drugs", N, "aside"),
 ("b-half", B, "buys you half that", "half", "ratio", 0.5, 0.5, "x", N, "aside"),
 ("b-capwk", B, "change at week 12, BaxHTN", "week 12", "duration", 12, 12, "weeks", N, "caption"),
 ("b-6mmol", B, "potassium above 6 mmol/L", "6 mmol/L", "other", 6, 6, "mmol/L", N, "threshold"),
 ("b-23", B, "seen in 2.3% of the 1 mg group", "2.3%", "percent", 2.3, 2.3, "%", Y, "baxhtn confirmed hyperkalaemia >6, 1 mg"),
 ("b-23d", B, "2.3% of the 1 mg group", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("b-24wk", B, "at two to four weeks", "two to four weeks", "duration", 2, 4, "weeks", N, "advice"),
 ("b-24h1", B, "it used 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("b-218", B, "It enrolled 218 people", "218", "count", 218, 218, "patients", Y, "bax24 patients"),
 ("b-bax2", B, "all on the 2 mg dose or placebo", "2 mg", "dose", 2, 2, "mg", Y, "bax24 dose tested"),
 ("b-bax12", B, "At 12 weeks, 24-hour average", "12 weeks", "duration", 12, 12, "weeks", N, "bax24 timepoint"),
 ("b-24h2", B, "weeks, 24-hour average systolic", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("b-139", B, "fell by 13.9 mmHg", "13.9 mmHg", "other", 13.9, 13.9, MM, Y, "bax24 placebo-adjusted 24h ambulatory sbp"),
 ("b-71", B, "and 71% of treated", "71%", "percent", 71, 71, "%", Y, "bax24 share 24h sbp<130 drug"),
 ("b-24h3", B, "had a 24-hour average below", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("b-130", B, "average below 130 mmHg", "130 mmHg", "other", 130, 130, MM, N, "threshold"),
 ("b-2022", B, "bought CinCor in 2022", "2022", "date", 2022, 2022, "year", Y, "cincor acquisition year"),
 ("b-18bn", B, "paying $1.8 billion upfront", "$1.8 billion", "money", 1.8e9, 1.8e9, "USD", Y, "cincor upfront payment"),
 ("b-5bn", B, "more than $5 billion a year", "$5 billion", "money", 5e9, 5e9, "USD", Y, "astrazeneca peak sales forecast"),
 ("b-45bn", B, "$4 billion to $5 billion", "$4 billion to $5 billion", "money", 4e9, 5e9, "USD", Y, "analyst peak sales forecast"),
 ("b-three", B, "above target on three drugs", "three", "count", 3, 3, "drugs", N, "advice"),
 ("b-ten", B, "ten years after PATHWAY-2", "ten years", "duration", 10, 10, "years", N, "related link"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter furniture"),

 # ---- BX06 local, hard-wrapped (2025-09-03)
 ("l-date", L, "Published September 3, 2025", "September 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-wkend", L, "in Madrid over the weekend", "over the weekend", "date", 2025, 2025, "year", N, "baxhtn esc presentation (relative)"),
 ("l-july", L, "in July last year", "July last year", "date", 2024, 2024, "year", Y, "baxhtn topline announcement"),
 ("l-2mg", L, "that the 2 mg dose lowered", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("l-103", L, "by 10.3 mmHg more than", "10.3 mmHg", "other", 10.3, 10.3, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction"),
 ("l-3mo", L, "after three months of treatment", "three months", "duration", 3, 3, "months", Y, "baxhtn primary timepoint"),
 ("l-1mg", L, "and the 1 mg dose by", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("l-87", L, "dose by 8.7 mmHg", "8.7 mmHg", "other", 8.7, 8.7, MM, Y, "baxhtn 1 mg placebo-adjusted sbp reduction"),
 ("l-796", L, "enrolled 796 patients", "796", "count", 796, 796, "patients", Y, "baxhtn patients randomized"),
 ("l-241", L, "at 241 sites", "241", "count", 241, 241, "sites", Y, "baxhtn sites"),
 ("l-4wk", L, "a four-week placebo run-in", "four-week", "duration", 4, 4, "weeks", Y, "placebo run-in length"),
 ("l-twodoses", L, "one of the two doses", "two", "count", 2, 2, "doses", N, "design"),
 ("l-twomore", L, "the two or more blood pressure", "two", "count", 2, 2, "drugs", N, "inclusion"),
 ("l-q34", L, "on three and four drugs", "three and four", "count", 3, 4, "drugs", N, "quote"),
 ("l-q150", L, "at 150 or 160", "150 or 160", "other", 150, 160, MM, N, "quote"),
 ("l-q10", L, "another ten points off", "ten points", "other", 10, 10, MM, N, "quote"),
 ("l-file", L, "before the end of the year and", "the end of the year", "date", 2025, 2025, "year", Y, "filing plan"),
 ("l-5bn", L, "more than $5 billion", "$5 billion", "money", 5e9, 5e9, "USD", Y, "astrazeneca peak sales forecast"),
 ("l-bax1", L, "is testing the 1 mg dose", "1 mg", "dose", 1, 1, "mg", Y, "bax24 dose tested"),
 ("l-24h", L, "using 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("l-212", L, "in about 212 patients", "212", "count", 212, 212, "patients", Y, "bax24 size (approximate, in progress)"),
 ("l-later", L, "Results are expected later this year", "later this year", "date", 2025, 2025, "year", N, "bax24 readout forecast"),
 ("l-6", L, "above 6 mmol per liter", "6 mmol per liter", "other", 6, 6, "mmol/L", N, "threshold"),
 ("l-11", L, "seen in 1.1%", "1.1%", "percent", 1.1, 1.1, "%", Y, "baxhtn confirmed hyperkalaemia >6, each dose"),
 ("l-none", L, "compared with none on placebo", "none", "percent", 0, 0, "%", N, "baxhtn confirmed hyperkalaemia placebo"),
 ("l-4in10", L, "About four in ten patients", "four in ten", "percent", 40, 40, "%", Y, "baxhtn 2 mg share sbp<130 wk12"),
 ("l-130", L, "below 130 mmHg by week 12", "130 mmHg", "other", 130, 130, MM, N, "threshold"),
 ("l-wk12", L, "mmHg by week 12,", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("l-double", L, "roughly double the 19%", "double", "ratio", 2, 2, "x", N, "comparison"),
 ("l-19", L, "the 19% rate", "19%", "percent", 19, 19, "%", Y, "baxhtn placebo share sbp<130 wk12"),
 ("l-61", L, "61 years old", "61 years", "age", 61, 61, "years", Y, "baxhtn mean age"),
 ("l-149", L, "about 149/87 mmHg", "149", "other", 149, 149, MM, Y, "baxhtn baseline sbp"),
 ("l-87bl", L, "about 149/87 mmHg", "87 mmHg", "other", 87, 87, MM, Y, "baxhtn baseline dbp"),
 ("l-2023", L, "CinCor Pharma in 2023", "2023", "date", 2023, 2023, "year", Y, "cincor acquisition year"),
 ("l-eoy", L, "by the end of this year", "the end of this year", "date", 2025, 2025, "year", Y, "mineralys filing plan"),
 ("l-tue", L, "trading on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "market aside"),

 # ---- BX07 fact-check (2025-12-16)
 ("f-ht40", F, "proven to cut pressure by 40 points", "40 points", "other", 40, 40, MM, N, "headline: post claim"),
 ("f-date", F, "December 16, 2025", "December 16, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", N, "post reach"),
 ("f-post40", F, "drops your blood pressure 40 points", "40 points", "other", 40, 40, MM, N, "post claim"),
 ("f-month", F, "40 points in a month", "a month", "duration", 1, 1, "months", N, "post claim"),
 ("f-zero", F, "with zero side effects", "zero", "count", 0, 0, "side effects", N, "post claim"),
 ("f-16", F, "about 16 points from baseline", "16 points", "other", 16, 16, MM, Y, "baxhtn 2 mg absolute sbp change (rounded)"),
 ("f-under10", F, "by under 10 points", "10 points", "other", 10, 10, MM, N, "baxhtn placebo-adjusted bound"),
 ("f-dec2", F, "On Dec. 2,", "Dec. 2", "date", 2025, 2025, "year", Y, "fda nda acceptance"),
 ("f-q2a", F, "FDA decision in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "pdufa date"),
 ("f-aug24", F, "in Madrid in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "baxhtn esc presentation date"),
 ("f-796", F, "It included 796 adults", "796", "count", 796, 796, "patients", Y, "baxhtn patients randomized"),
 ("f-two", F, "at least two medications", "two", "count", 2, 2, "drugs", N, "inclusion"),
 ("f-157", F, "fell by 15.7 mmHg from baseline", "15.7 mmHg", "other", 15.7, 15.7, MM, Y, "baxhtn 2 mg absolute sbp change wk12"),
 ("f-2mga", F, "on the 2 mg dose, 14.5", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("f-145", F, "14.5 mmHg on the 1 mg", "14.5 mmHg", "other", 14.5, 14.5, MM, Y, "baxhtn 1 mg absolute sbp change wk12"),
 ("f-1mg", F, "on the 1 mg dose and", "1 mg", "dose", 1, 1, "mg", N, "arm label"),
 ("f-58", F, "5.8 mmHg on placebo", "5.8 mmHg", "other", 5.8, 5.8, MM, Y, "baxhtn placebo sbp change wk12"),
 ("f-98a", F, "was 9.8 mmHg for the higher dose", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxhtn 2 mg placebo-adjusted sbp reduction"),
 ("f-87", F, "8.7 mmHg for the lower", "8.7 mmHg", "other", 8.7, 8.7, MM, Y, "baxhtn 1 mg placebo-adjusted sbp reduction"),
 ("f-40pts", F, "fell by 40 points on average", "40 points", "other", 40, 40, MM, N, "restating post claim"),
 ("f-40", F, "40% of patients on the 2 mg", "40%", "percent", 40, 40, "%", Y, "baxhtn 2 mg share sbp<130 wk12"),
 ("f-2mgb", F, "patients on the 2 mg dose reached", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("f-130", F, "below 130 mmHg at week 12", "130 mmHg", "other", 130, 130, MM, N, "threshold"),
 ("f-wk12", F, "mmHg at week 12, compared", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-19", F, "with 19% on placebo", "19%", "percent", 19, 19, "%", Y, "baxhtn placebo share sbp<130 wk12"),
 ("f-inamonth", F, "\"In a month\" is also wrong", "a month", "duration", 1, 1, "months", N, "restating post claim"),
 ("f-12c", F, "primary measurement was at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "baxhtn primary timepoint"),
 ("f-3mo", F, "roughly three months", "three months", "duration", 3, 3, "months", N, "unit restatement"),
 ("f-212", F, "enrolled 212 patients", "212", "count", 212, 212, "patients", Y, "bax24 patients"),
 ("f-24h", F, "measured 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "measure name"),
 ("f-bax12", F, "again at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "bax24 timepoint"),
 ("f-14", F, "drop of 14 mmHg", "14 mmHg", "other", 14, 14, MM, Y, "bax24 placebo-adjusted 24h ambulatory sbp (rounded)"),
 ("f-2mgc", F, "on the 2 mg dose for 24 weeks", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("f-24wk", F, "for 24 weeks were", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("f-37", F, "rise by 3.7 mmHg", "3.7 mmHg", "other", 3.7, 3.7, MM, Y, "withdrawal: sbp rise after switch to placebo"),
 ("f-8wk", F, "over eight weeks", "eight weeks", "duration", 8, 8, "weeks", N, "withdrawal period length"),
 ("f-zero2", F, "\"Zero side effects\" is false", "Zero", "count", 0, 0, "side effects", N, "restating post claim"),
 ("f-zero3", F, "The claim of zero side effects", "zero", "count", 0, 0, "side effects", N, "restating post claim"),
 ("f-34", F, "in 3.4% of patients", "3.4%", "percent", 3.4, 3.4, "%", Y, "baxhtn serious ae 2 mg"),
 ("f-2mgd", F, "patients on the 2 mg dose. Because", "2 mg", "dose", 2, 2, "mg", N, "arm label"),
 ("f-6", F, "potassium above 6 mmol/L", "6 mmol/L", "other", 6, 6, "mmol/L", N, "threshold"),
 ("f-11", F, "in 1.1% of patients", "1.1%", "percent", 1.1, 1.1, "%", Y, "baxhtn confirmed hyperkalaemia >6, each dose"),
 ("f-248", F, "included 248 patients", "248", "count", 248, 248, "patients", Y, "brightn size"),
 ("f-q2b", F, "not expected until the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "pdufa date (ruling)"),
 ("f-40b", F, "cuts blood pressure by 40 points", "40 points", "other", 40, 40, MM, N, "restating post claim"),
 ("f-157b", F, "main trial was 15.7 mmHg", "15.7 mmHg", "other", 15.7, 15.7, MM, Y, "baxhtn 2 mg absolute sbp change (ruling)"),
 ("f-98b", F, "attributable to the drug was 9.8 mmHg", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxhtn 2 mg placebo-adjusted (ruling)"),
]

S, Q = "strict", "qualified"


def grid(plants, others, g):
    return [(p, o, g) for p in plants for o in others]


X = []
# S1 + S22: patients randomized in BaxHTN (796); 769 (blog, transposed), 794 (press, the treated count called randomised)
X += grid(["b-769"], ["w-796", "a-796", "e-796", "l-796", "f-796", "p-794"], S)
X += grid(["p-794"], ["w-796", "a-796", "e-796", "l-796", "f-796"], S)
# S2: 2 mg placebo-adjusted SBP reduction 9.8; local 10.3 (Bax24 seated figure)
X += grid(["l-103"], ["w-98", "p-98", "p-h98", "a-98", "b-98", "b-98q", "f-98a", "f-98b"], S)
X += grid(["l-103"], ["w-10", "e-10", "f-under10", "a-c910"], Q)
# S3: 1 mg placebo-adjusted 8.7; explainer 9.1 (lorundrostat figure)
X += grid(["e-91"], ["w-87", "p-87", "a-87", "l-87", "f-87"], S)
# S4 (named S5 in notes): 2 mg absolute change 15.7; blog 14.5 (1 mg arm)
X += grid(["b-145"], ["w-157", "p-157", "a-157", "f-157", "f-157b", "f-16"], S)
# S6: BaxHTN placebo share <130 = 19%; explainer 17% (Bax24 placebo figure)
X += grid(["e-17"], ["w-19", "a-19", "l-19", "f-19"], S)
# S7: confirmed hyperkalaemia >6 = 1.1% each dose; blog says confirmed 2.3% (1 mg, the any-reading figure)
X += grid(["b-23"], ["w-11", "p-11", "l-11", "f-11", "e-1pct"], S)
# S8: ESC presentation year 2025; fact-check August 2024
X += grid(["f-aug24"], ["w-sat", "p-30aug"], S)
X += grid(["f-aug24"], ["a-pub", "w-dl", "l-wkend"], Q)
# S9: topline announced July 2025 ("last month" in an Aug 2025 wire); local "July last year" (2024)
X += grid(["l-july"], ["w-lastmo"], S)
# S10: CinCor acquisition year 2023; blog 2022
X += grid(["b-2022"], ["w-2023", "p-feb23", "e-2023", "l-2023"], S)
# S11: CinCor upfront $1.3bn; blog "$1.8 billion upfront" (total incl. CVR)
X += grid(["b-18bn"], ["w-13bn"], S)
# S12: BaxHTN sites 214; local 241 (transposed)
X += grid(["l-241"], ["w-214", "p-214", "a-214"], S)
# S13: Bax24 enrolled 218; fact-check 212 (the planned sample size)
X += grid(["f-212"], ["p-218", "b-218"], S)
X += grid(["l-212"], ["p-218", "b-218"], Q)
# S14: Bax24 placebo-adjusted 24h SBP 14.0; blog 13.9 (night-time figure)
X += grid(["b-139"], ["p-140"], S)
X += grid(["b-139"], ["f-14"], Q)
# S15: withdrawal: SBP rise after switch to placebo 1.4; fact-check 3.7 (continued-drug arm's further fall)
X += grid(["f-37"], ["w-14", "a-14"], S)
# S16: BaxHTN primary timepoint 12 weeks; explainer "eight weeks" (withdrawal length)
X += grid(["e-8wk"], ["w-12wk", "p-12wk", "a-12wk", "b-12", "l-3mo", "f-12c"], S)
X += grid(["e-8wk"], ["a-t12", "a-bl12", "a-wk12b", "a-wk12c", "a-c12", "b-capwk", "l-wk12", "f-wk12", "f-3mo"], Q)
# S17: filing plan: before end of 2025 (Aug/Sep articles); explainer "early next year" (2026)
X += grid(["e-next"], ["w-file1", "w-file2", "l-file"], S)
X += grid(["e-next"], ["w-hyr", "f-dec2", "b-lastwk"], Q)
# S18: placebo run-in 2 weeks; local "four-week"
X += grid(["l-4wk"], ["a-runin"], S)
# S19: 2 mg share <130 = 40%; wire 39% (1 mg figure)
X += grid(["w-39"], ["a-40", "f-40"], S)
X += grid(["w-39"], ["e-4in10", "l-4in10"], Q)
# S20: Bax24 dose 2 mg; local "the 1 mg dose"
X += grid(["l-bax1"], ["p-bax2", "b-bax2"], S)
# ---- qualified (real discrepancies / different definitions)
# any potassium >6.0 (NEJM-type abstract) vs confirmed hyperkalaemia (company)
X += grid(["a-23", "a-30"], ["w-11", "p-11", "l-11", "f-11", "e-1pct"], Q)
X += grid(["a-04"], ["p-00", "w-none", "l-none"], Q)
# women 36% vs men 62% (complement 38%)
X += [("a-women", "e-62", Q)]
# hypertension prevalence 1.4 bn (AstraZeneca) vs 1.3 bn adults 30-79 (WHO)
X += grid(["e-13bn"], ["w-14bn", "p-14bn"], Q)
# BrigHTN size 275 randomized vs 248 (completers)
X += [("e-275", "f-248", Q)]
# peak sales: analysts $4-5 bn vs company "more than $5 billion"
X += grid(["b-45bn"], ["w-5bn", "l-5bn"], Q)


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
        rows.append({"type": "claim", "id": f"bx-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"bx-{a}", f"bx-{b}"
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
