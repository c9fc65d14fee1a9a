#!/usr/bin/env python3
"""Build lepodisiran.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lepodisiran")
OUT = os.path.join(HERE, "lepodisiran.gold.jsonl")
T = "lepodisiran"

W, P, A, E, B, L, F = ("LP01_wire.txt", "LP02_press.txt", "LP03_abstract.txt",
                       "LP04_explainer.txt", "LP05_blog.txt", "LP06_local.txt", "LP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LP01 wire (2025-03-30, a Sunday)
 ("w-h94", W, "cuts levels by nearly 94% in mid-stage", "94%", "percent", 94, 94, "%", N, "headline repeat"),
 ("w-dl", W, "CHICAGO, March 30", "March 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-94", W, "strokes, by nearly 94%", "94%", "percent", 94, 94, "%", Y, "alpaca pooled 400 mg primary reduction (rounded)"),
 ("w-sun", W, "researchers said on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "alpaca presentation date (2025-03-30)"),
 ("w-320", W, "the 320-patient ALPACA", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("w-400", W, "highest dose, 400 milligrams", "400 milligrams", "dose", 400, 400, "mg", Y, "alpaca top dose"),
 ("w-939", W, "average of 93.9% compared", "93.9%", "percent", 93.9, 93.9, "%", Y, "alpaca pooled 400 mg primary reduction"),
 ("w-d60", W, "between day 60 and day 180 after", "day 60", "duration", 60, 60, "days", N, "timepoint"),
 ("w-d180", W, "day 60 and day 180 after", "day 180", "duration", 180, 180, "days", N, "timepoint"),
 ("w-96", W, "The 96 mg dose", "96 mg", "dose", 96, 96, "mg", N, "arm label"),
 ("w-75", W, "reduction of about 75%", "75%", "percent", 75, 75, "%", Y, "alpaca 96 mg primary reduction"),
 ("w-16", W, "and the 16 mg dose about", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("w-41", W, "16 mg dose about 41%", "41%", "percent", 41, 41, "%", Y, "alpaca 16 mg primary reduction"),
 ("w-two", W, "given two 400 mg injections", "two", "count", 2, 2, "doses", N, "doses in two-dose arm"),
 ("w-400b", W, "two 400 mg injections six", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("w-6mo", W, "injections six months apart", "six months", "duration", 6, 6, "months", Y, "interval between alpaca doses"),
 ("w-91", W, "still 91% below", "91%", "percent", 91, 91, "%", Y, "two-dose 400 mg reduction at day 360"),
 ("w-1yr", W, "level at one year and", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-74", W, "year and 74% below", "74%", "percent", 74, 74, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("w-18mo", W, "at a year and a half, according", "a year and a half", "duration", 1.5, 1.5, "years", N, "timepoint"),
 ("w-once", W, "give once or twice a year", "once or twice", "count", 1, 2, "doses per year", N, "quote, hypothetical"),
 ("w-lastyr", W, "that Lilly began last year", "last year", "date", 2024, 2024, "year", Y, "acclaim-lp(a) start"),
 ("w-12500", W, "enroll about 12,500 people", "12,500", "count", 12500, 12500, "participants", Y, "acclaim-lp(a) planned enrollment"),
 ("w-175", W, "at least 175 nanomoles per liter", "175 nanomoles per liter", "other", 175, 175, "nmol/L", Y, "acclaim-lp(a) entry threshold"),
 ("w-1in5", W, "Roughly one in five people worldwide", "one in five", "percent", 20, 20, "%", Y, "global prevalence of elevated lp(a)"),
 ("w-x23", W, "High levels can double or triple", "double or triple", "ratio", 2, 3, "x", Y, "heart attack risk multiplier"),
 ("w-80", W, "given as an 80 mg monthly", "80 mg", "dose", 80, 80, "mg", Y, "pelacarsen dose in horizon"),
 ("w-monthly", W, "80 mg monthly injection", "monthly", "duration", 1, 1, "months", N, "pelacarsen interval (word)"),
 ("w-8323", W, "trial of 8,323 patients", "8,323", "count", 8323, 8323, "participants", Y, "lp(a)horizon enrollment"),
 ("w-2026", W, "read out in 2026", "2026", "date", 2026, 2026, "year", Y, "horizon readout forecast"),
 ("w-12wk", W, "injected every 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "olpasiran dosing interval"),
 ("w-95", W, "by more than 95% in its", "95%", "percent", 95, 95, "%", Y, "olpasiran phase 2 reduction"),
 ("w-7300", W, "a trial of about 7,300 patients", "7,300", "count", 7300, 7300, "participants", Y, "ocean(a)-outcomes enrollment"),
 ("w-813", W, "reduced Lp(a) by 81.3%", "81.3%", "percent", 81.3, 81.3, "%", Y, "zerlasiran top regimen (450 mg q24w) reduction"),
 ("w-450", W, "regimen of 450 mg every", "450 mg", "dose", 450, 450, "mg", Y, "zerlasiran top dose"),
 ("w-24wk", W, "450 mg every 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "zerlasiran top-regimen interval"),
 ("w-pubyr", W, "in a study published last year", "last year", "date", 2024, 2024, "year", N, "zerlasiran publication year"),
 ("w-daily", W, "muvalaplin, a daily pill", "daily", "duration", 1, 1, "days", N, "muvalaplin interval (word)"),
 ("w-36", W, "study that enrolled 36 adults", "36", "count", 36, 36, "participants", Y, "phase 1 enrollment"),
 ("w-nov23", W, "reported in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "phase 1 publication"),
 ("w-single", W, "a single injection kept", "single", "count", 1, 1, "doses", N, "phase 1 single dose"),
 ("w-almostyr", W, "down for almost a year", "almost a year", "duration", 1, 1, "years", Y, "phase 1 duration of effect"),
 ("w-2018", W, "through a 2018 collaboration", "2018", "date", 2018, 2018, "year", Y, "dicerna deal year"),
 ("w-100up", W, "paying $100 million upfront", "$100 million", "money", 100000000, 100000000, "USD", Y, "dicerna deal upfront cash"),
 ("w-100eq", W, "buying $100 million of Dicerna", "$100 million", "money", 100000000, 100000000, "USD", Y, "dicerna deal equity purchase"),
 ("w-one", W, "One participant in the 16 mg group", "One", "count", 1, 1, "deaths", Y, "alpaca deaths"),
 ("w-16d", W, "participant in the 16 mg group died", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("w-month", W, "dosing every month or", "every month", "duration", 1, 1, "months", N, "rival interval, vague"),
 ("w-3mo", W, "or every three months", "three months", "duration", 3, 3, "months", N, "rival interval, vague"),

 # ---- LP02 press (2025-03-30)
 ("p-h939", P, "by an average of 93.9% at the highest", "93.9%", "percent", 93.9, 93.9, "%", N, "headline repeat"),
 ("p-h18", P, "sustained for nearly 18 months", "18 months", "duration", 18, 18, "months", N, "subhead"),
 ("p-htwo", P, "18 months after two doses", "two", "count", 2, 2, "doses", N, "subhead"),
 ("p-dl", P, "March 30, 2025 /PRNewswire/", "March 30, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-400", P, "lepodisiran (400 mg)", "400 mg", "dose", 400, 400, "mg", Y, "alpaca top dose"),
 ("p-939", P, "levels by an average of 93.9% over", "93.9%", "percent", 93.9, 93.9, "%", Y, "alpaca pooled 400 mg primary reduction"),
 ("p-d60", P, "period from day 60 to day 180 compared", "day 60", "duration", 60, 60, "days", N, "timepoint"),
 ("p-d180", P, "day 60 to day 180 compared", "day 180", "duration", 180, 180, "days", N, "timepoint"),
 ("p-16", P, "received the 16 mg and 96 mg", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("p-96", P, "16 mg and 96 mg doses", "96 mg", "dose", 96, 96, "mg", N, "arm label"),
 ("p-408", P, "reductions of 40.8% and", "40.8%", "percent", 40.8, 40.8, "%", Y, "alpaca 16 mg primary reduction"),
 ("p-752", P, "40.8% and 75.2%", "75.2%", "percent", 75.2, 75.2, "%", Y, "alpaca 96 mg primary reduction"),
 ("p-400b", P, "who received 400 mg at baseline and again", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("p-d180b", P, "and again at day 180, Lp(a)", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("p-948", P, "time-averaged 94.8% from", "94.8%", "percent", 94.8, 94.8, "%", Y, "two-dose 400 mg time-averaged reduction day 30-360"),
 ("p-d30", P, "94.8% from day 30 to day 360", "day 30", "duration", 30, 30, "days", N, "timepoint"),
 ("p-d360", P, "94.8% from day 30 to day 360", "day 360", "duration", 360, 360, "days", N, "timepoint"),
 ("p-91", P, "remained 91.0% below", "91.0%", "percent", 91.0, 91.0, "%", Y, "two-dose 400 mg reduction at day 360"),
 ("p-d360b", P, "below baseline at day 360 and", "day 360", "duration", 360, 360, "days", N, "timepoint"),
 ("p-742", P, "and 74.2% below baseline at day 540", "74.2%", "percent", 74.2, 74.2, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("p-d540", P, "baseline at day 540. Participants", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("p-single", P, "received a single 400 mg", "single", "count", 1, 1, "doses", N, "single-dose arm"),
 ("p-400c", P, "single 400 mg dose followed", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("p-885", P, "reduction of 88.5% from", "88.5%", "percent", 88.5, 88.5, "%", Y, "single-dose 400 mg time-averaged reduction day 30-360"),
 ("p-d30b", P, "88.5% from day 30 to day 360", "day 30", "duration", 30, 30, "days", N, "timepoint"),
 ("p-d360c", P, "88.5% from day 30 to day 360", "day 360", "duration", 360, 360, "days", N, "timepoint"),
 ("p-141", P, "reductions of 14.1% at day 60", "14.1%", "percent", 14.1, 14.1, "%", Y, "apob reduction day 60, 400 mg"),
 ("p-d60b", P, "14.1% at day 60 and", "day 60", "duration", 60, 60, "days", N, "timepoint"),
 ("p-137", P, "13.7% at day 180", "13.7%", "percent", 13.7, 13.7, "%", Y, "apob reduction day 180, 400 mg"),
 ("p-d180c", P, "13.7% at day 180 at the", "day 180", "duration", 180, 180, "days", N, "timepoint"),
 ("p-400d", P, "at the 400 mg dose.", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("p-320", P, "ALPACA enrolled 320 adults", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("p-five", P, "one of five treatment groups", "five", "count", 5, 5, "groups", N, "design"),
 ("p-three", P, "each of the three doses", "three", "count", 3, 3, "doses", N, "design"),
 ("p-d180d", P, "doses at baseline and at day 180, with", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("p-400e", P, "group receiving 400 mg at baseline and placebo", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("p-d180e", P, "and placebo at day 180. The effect", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("p-18mo", P, "over the nearly 18-month study", "18-month", "duration", 18, 18, "months", Y, "alpaca study duration"),
 ("p-20", P, "About 20% of Americans", "20%", "percent", 20, 20, "%", Y, "us prevalence of elevated lp(a)"),
 ("p-x23", P, "which can double or triple the risk", "double or triple", "ratio", 2, 3, "x", Y, "heart attack risk multiplier"),
 ("p-onetime", P, "A one-time blood test", "one-time", "count", 1, 1, "tests", N, "aside"),
 ("p-quarter", P, "Nearly a quarter of the world", "a quarter", "percent", 25, 25, "%", Y, "global prevalence (investigator quote)"),
 ("p-mar24", P, "began in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "acclaim-lp(a) start"),
 ("p-12500", P, "enrolling approximately 12,500 adults", "12,500", "count", 12500, 12500, "participants", Y, "acclaim-lp(a) planned enrollment"),
 ("p-1876", P, "Founded in 1876", "1876", "date", 1876, 1876, "year", N, "about section"),
 ("p-150", P, "for nearly 150 years", "150 years", "duration", 150, 150, "years", N, "about section"),

 # ---- LP03 abstract (2025-05-01)
 ("a-pub", A, "Published online 1 May 2025", "1 May 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t540", A, "final 540-day results", "540-day", "duration", 540, 540, "days", N, "title"),
 ("a-125", A, "concentrations above 125 nmol per liter", "125 nmol per liter", "other", 125, 125, "nmol/L", Y, "threshold used for prevalence estimate"),
 ("a-25", A, "up to about 25% of the global", "25%", "percent", 25, 25, "%", Y, "global prevalence of elevated lp(a)"),
 ("a-14b", A, "an estimated 1.4 billion to 2 billion people", "1.4 billion to 2 billion", "count", 1400000000, 2000000000, "people", Y, "people with elevated lp(a) worldwide"),
 ("a-p1n", A, "dose-ascending study in 48 adults", "48", "count", 48, 48, "participants", Y, "phase 1 enrollment"),
 ("a-nov23", A, "published in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "phase 1 publication"),
 ("a-single", A, "2023, single doses of", "single", "count", 1, 1, "doses", N, "phase 1 single dose"),
 ("a-608", A, "of up to 608 mg", "608 mg", "dose", 608, 608, "mg", Y, "phase 1 top dose"),
 ("a-48wk", A, "for up to 48 weeks", "48 weeks", "duration", 48, 48, "weeks", Y, "phase 1 duration of effect"),
 ("a-66", A, "conducted at 66 centers", "66", "count", 66, 66, "sites", Y, "alpaca sites"),
 ("a-10", A, "in 10 countries", "10", "count", 10, 10, "countries", Y, "alpaca countries"),
 ("a-enr", A, "from November 2022 to April 2023", "November 2022 to April 2023", "date", 2022, 2023, "year", Y, "alpaca enrollment period"),
 ("a-40", A, "aged 40 years or older", "40 years", "age", 40, 40, "years", Y, "alpaca minimum age"),
 ("a-175", A, "at least 175 nmol per liter were", "175 nmol per liter", "other", 175, 175, "nmol/L", Y, "alpaca entry threshold"),
 ("a-ratio", A, "a 1:2:2:2:2 ratio", "1:2:2:2:2", "ratio", 1, 2, "ratio", N, "randomization ratio"),
 ("a-16", A, "lepodisiran 16 mg, 96 mg", "16 mg", "dose", 16, 16, "mg", N, "arm"),
 ("a-96", A, "16 mg, 96 mg, or 400 mg", "96 mg", "dose", 96, 96, "mg", N, "arm"),
 ("a-400", A, "96 mg, or 400 mg at baseline", "400 mg", "dose", 400, 400, "mg", N, "arm"),
 ("a-d180a", A, "and again at day 180; lepodisiran", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("a-400b", A, "day 180; lepodisiran 400 mg at baseline", "400 mg", "dose", 400, 400, "mg", N, "arm"),
 ("a-d180b", A, "placebo at day 180; or placebo", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("a-two", A, "The two groups that received", "two", "count", 2, 2, "groups", N, "design"),
 ("a-400c", A, "groups that received 400 mg at baseline were pooled", "400 mg", "dose", 400, 400, "mg", N, "arm"),
 ("a-d60", A, "baseline over day 60 to day 180. Secondary", "day 60", "duration", 60, 60, "days", N, "endpoint window"),
 ("a-d180c", A, "baseline over day 60 to day 180. Secondary", "day 180", "duration", 180, 180, "days", N, "endpoint window"),
 ("a-d30", A, "change from day 30 to day 360 and the change", "day 30", "duration", 30, 30, "days", N, "endpoint window"),
 ("a-d360", A, "change from day 30 to day 360 and the change", "day 360", "duration", 360, 360, "days", N, "endpoint window"),
 ("a-d540", A, "and the change at day 540.", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("a-fu540", A, "followed for 540 days", "540 days", "duration", 540, 540, "days", Y, "alpaca follow-up duration"),
 ("a-320", A, "N = 320 participants", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("a-312", A, "randomization; 312 (n=312)", "312", "count", 312, 312, "participants", Y, "alpaca efficacy analysis population"),
 ("a-n312", A, "(n=312)", "312", "count", 312, 312, "participants", N, "repeat"),
 ("a-age", A, "Mean age was 62.7 years", "62.7 years", "age", 62.7, 62.7, "years", Y, "alpaca mean age"),
 ("a-43", A, "43% were women", "43%", "percent", 43, 43, "%", Y, "alpaca share women"),
 ("a-2539", A, "was 253.9 nmol per liter", "253.9 nmol per liter", "other", 253.9, 253.9, "nmol/L", Y, "alpaca median baseline lp(a)"),
 ("a-68", A, "68% were at high", "68%", "percent", 68, 68, "%", Y, "alpaca share at high cv risk"),
 ("a-74", A, "74% were receiving statins", "74%", "percent", 74, 74, "%", Y, "alpaca statin use"),
 ("a-d60b", A, "change from day 60 to day 180 was", "day 60", "duration", 60, 60, "days", N, "endpoint window"),
 ("a-d180d", A, "change from day 60 to day 180 was", "day 180", "duration", 180, 180, "days", N, "endpoint window"),
 ("a-408", A, "was −40.8 percentage points", "−40.8 percentage points", "percent", -40.8, -40.8, "pp", Y, "alpaca 16 mg primary change"),
 ("a-408ci", A, "(95% CI, −55.8 to −20.6)", "−55.8 to −20.6", "percent", -55.8, -20.6, "pp", Y, "ci"),
 ("a-16b", A, "−20.6) with 16 mg", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("a-752", A, "16 mg, −75.2 percentage points", "−75.2 percentage points", "percent", -75.2, -75.2, "pp", Y, "alpaca 96 mg primary change"),
 ("a-752ci", A, "(95% CI, −80.4 to −68.5)", "−80.4 to −68.5", "percent", -80.4, -68.5, "pp", Y, "ci"),
 ("a-96b", A, "−68.5) with 96 mg", "96 mg", "dose", 96, 96, "mg", N, "arm label"),
 ("a-939", A, "and −93.9 percentage points", "−93.9 percentage points", "percent", -93.9, -93.9, "pp", Y, "alpaca pooled 400 mg primary change"),
 ("a-939ci", A, "(95% CI, −95.1 to −92.5)", "−95.1 to −92.5", "percent", -95.1, -92.5, "pp", Y, "ci"),
 ("a-400d", A, "in the pooled 400-mg groups", "400-mg", "dose", 400, 400, "mg", N, "arm label"),
 ("a-p", A, "(P<0.001 for each", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d30b", A, "From day 30 to day 360 the corresponding", "day 30", "duration", 30, 30, "days", N, "endpoint window"),
 ("a-d360b", A, "From day 30 to day 360 the corresponding", "day 360", "duration", 360, 360, "days", N, "endpoint window"),
 ("a-412", A, "changes were −41.2", "−41.2", "percent", -41.2, -41.2, "pp", Y, "16 mg time-averaged change day 30-360"),
 ("a-412ci", A, "(95% CI, −55.4 to −22.4)", "−55.4 to −22.4", "percent", -55.4, -22.4, "pp", Y, "ci"),
 ("a-772", A, "−22.4), −77.2", "−77.2", "percent", -77.2, -77.2, "pp", Y, "96 mg time-averaged change day 30-360"),
 ("a-772ci", A, "(95% CI, −81.8 to −71.5)", "−81.8 to −71.5", "percent", -81.8, -71.5, "pp", Y, "ci"),
 ("a-885", A, "−71.5), −88.5", "−88.5", "percent", -88.5, -88.5, "pp", Y, "single-dose 400 mg time-averaged change day 30-360"),
 ("a-885ci", A, "(95% CI, −90.8 to −85.6)", "−90.8 to −85.6", "percent", -90.8, -85.6, "pp", Y, "ci"),
 ("a-400e", A, "group given 400 mg followed by placebo", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("a-948", A, "and −94.8 percentage points", "−94.8 percentage points", "percent", -94.8, -94.8, "pp", Y, "two-dose 400 mg time-averaged change day 30-360"),
 ("a-948ci", A, "(95% CI, −95.9 to −93.4)", "−95.9 to −93.4", "percent", -95.9, -93.4, "pp", Y, "ci"),
 ("a-400f", A, "−93.4) in the group given 400 mg twice", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("a-twice1", A, "−93.4) in the group given 400 mg twice", "twice", "count", 2, 2, "doses", N, "arm label"),
 ("a-400g", A, "In the group given 400 mg twice, lipoprotein", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("a-twice2", A, "400 mg twice, lipoprotein", "twice", "count", 2, 2, "doses", N, "arm label"),
 ("a-742", A, "remained 74.2% below", "74.2%", "percent", 74.2, 74.2, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("a-d540b", A, "baseline at day 540. Apolipoprotein", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("a-141", A, "fell by 14.1% at day 60", "14.1%", "percent", 14.1, 14.1, "%", Y, "apob reduction day 60, 400 mg"),
 ("a-d60c", A, "14.1% at day 60 with", "day 60", "duration", 60, 60, "days", N, "timepoint"),
 ("a-400h", A, "with the 400-mg dose", "400-mg", "dose", 400, 400, "mg", N, "arm label"),
 ("a-one", A, "One participant in the 16-mg group", "One", "count", 1, 1, "deaths", Y, "alpaca deaths"),
 ("a-16c", A, "participant in the 16-mg group", "16-mg", "dose", 16, 16, "mg", N, "arm label"),
 ("a-mar24", A, "which began in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "acclaim-lp(a) start"),
 ("a-12500", A, "planned enrollment of N = 12,500", "12,500", "count", 12500, 12500, "participants", Y, "acclaim-lp(a) planned enrollment"),
 ("a-175b", A, "at least 175 nmol per liter and enrolls", "175 nmol per liter", "other", 175, 175, "nmol/L", Y, "acclaim-lp(a) entry threshold"),
 ("a-18", A, "adults aged 18 years or older", "18 years", "age", 18, 18, "years", Y, "acclaim minimum age (established ascvd)"),
 ("a-55", A, "adults aged 55 years or older", "55 years", "age", 55, 55, "years", Y, "acclaim minimum age (primary prevention)"),
 ("a-45", A, "over about 4.5 years", "4.5 years", "duration", 4.5, 4.5, "years", Y, "acclaim follow-up duration"),
 ("a-mar29", A, "estimated for March 2029", "March 2029", "date", 2029, 2029, "year", Y, "acclaim primary completion (estimate)"),

 # ---- LP04 explainer (2025-04-22)
 ("e-upd", E, "Updated April 22, 2025", "April 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-lastmo", E, "made headlines last month", "last month", "date", 2025, 2025, "year", Y, "alpaca results date (march 2025)"),
 ("e-7090", E, "Between 70% and 90% of the variation", "70% and 90%", "percent", 70, 90, "%", Y, "genetic share of lp(a) variation"),
 ("e-1in4", E, "About one in four Americans", "one in four", "percent", 25, 25, "%", Y, "us prevalence of elevated lp(a)"),
 ("e-14b", E, "estimated at about 1.4 billion people", "1.4 billion", "count", 1400000000, 1400000000, "people", Y, "people with elevated lp(a) worldwide"),
 ("e-50", E, "A level of 50 mg/dL", "50 mg/dL", "other", 50, 50, "mg/dL", Y, "elevated threshold (mass)"),
 ("e-125", E, "or 125 nmol/L or higher", "125 nmol/L", "other", 125, 125, "nmol/L", Y, "elevated threshold (molar)"),
 ("e-two", E, "The two units cannot", "two", "count", 2, 2, "units", N, "aside"),
 ("e-once", E, "measured at least once", "once", "count", 1, 1, "tests", N, "guideline, aside"),
 ("e-onetest", E, "genes, one test is usually", "one", "count", 1, 1, "tests", N, "aside"),
 ("e-25", E, "lower it by only about 25%", "25%", "percent", 25, 25, "%", Y, "pcsk9 inhibitor lp(a) reduction"),
 ("e-aph", E, "every one to two weeks", "one to two weeks", "duration", 1, 2, "weeks", Y, "apheresis interval"),
 ("e-312", E, "which enrolled 312 adults", "312", "count", 312, 312, "participants", Y, "alpaca enrolled (analysis population given as enrollment)"),
 ("e-94", E, "by about 94% over days", "94%", "percent", 94, 94, "%", Y, "alpaca pooled 400 mg primary reduction (rounded)"),
 ("e-d60180", E, "over days 60 to 180 at its", "days 60 to 180", "duration", 60, 180, "days", N, "endpoint window"),
 ("e-400", E, "top dose of 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "alpaca top dose"),
 ("e-400b", E, "a second 400 mg injection", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("e-6mo", E, "injection at six months", "six months", "duration", 6, 6, "months", Y, "second dose timing"),
 ("e-74", E, "still about 74% below", "74%", "percent", 74, 74, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("e-18mo", E, "a year and a half after the first shot", "a year and a half", "duration", 1.5, 1.5, "years", N, "timepoint"),
 ("e-nov23", E, "published in November 2023, found", "November 2023", "date", 2023, 2023, "year", Y, "phase 1 publication"),
 ("e-single", E, "found that a single 608", "single", "count", 1, 1, "doses", N, "phase 1 single dose"),
 ("e-608", E, "a single 608 mg injection", "608 mg", "dose", 608, 608, "mg", Y, "phase 1 top dose"),
 ("e-94b", E, "kept Lp(a) 94% lower", "94%", "percent", 94, 94, "%", Y, "phase 1 608 mg reduction at week 48"),
 ("e-48wk", E, "lower after 48 weeks", "48 weeks", "duration", 48, 48, "weeks", N, "timepoint"),
 ("e-monthly", E, "given as a monthly 80 mg", "monthly", "duration", 1, 1, "months", N, "pelacarsen interval (word)"),
 ("e-80", E, "monthly 80 mg injection", "80 mg", "dose", 80, 80, "mg", Y, "pelacarsen dose in horizon"),
 ("e-20", E, "a 20 mg weekly dose", "20 mg", "dose", 20, 20, "mg", Y, "pelacarsen phase 2 weekly dose"),
 ("e-weekly", E, "20 mg weekly dose", "weekly", "duration", 1, 1, "weeks", N, "pelacarsen phase 2 interval (word)"),
 ("e-80pct", E, "cut Lp(a) by 80%", "80%", "percent", 80, 80, "%", Y, "pelacarsen phase 2 reduction"),
 ("e-16wk", E, "injected every 16 weeks", "16 weeks", "duration", 16, 16, "weeks", Y, "olpasiran dosing interval"),
 ("e-daily", E, "muvalaplin, a daily pill", "daily", "duration", 1, 1, "days", N, "muvalaplin interval (word)"),
 ("e-175", E, "Lp(a) of at least 175 nmol/L", "175 nmol/L", "other", 175, 175, "nmol/L", Y, "acclaim-lp(a) entry threshold"),
 ("e-18", E, "accepts people 18 and older", "18", "age", 18, 18, "years", Y, "acclaim minimum age (established ascvd)"),
 ("e-65", E, "and people 65 and older", "65", "age", 65, 65, "years", Y, "acclaim minimum age (primary prevention)"),
 ("e-2026", E, "expected to report in 2026", "2026", "date", 2026, 2026, "year", Y, "first outcome trial readout forecast"),
 ("e-2029", E, "main results until 2029", "2029", "date", 2029, 2029, "year", Y, "acclaim primary completion (estimate)"),

 # ---- LP05 blog (2025-04-07)
 ("b-date", B, "April 7, 2025 · 7 min read", "April 7, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-mar30", B, "On March 30, at the American", "March 30", "date", 2025, 2025, "year", Y, "alpaca presentation date"),
 ("b-320", B, "randomized 320 adults", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("b-175", B, "at least 175 nmol/L at 66", "175 nmol/L", "other", 175, 175, "nmol/L", Y, "alpaca entry threshold"),
 ("b-66", B, "nmol/L at 66 sites", "66", "count", 66, 66, "sites", Y, "alpaca sites"),
 ("b-five", B, "across five continents", "five", "count", 5, 5, "continents", Y, "alpaca continents"),
 ("b-age", B, "average age was 62.7", "62.7", "age", 62.7, 62.7, "years", Y, "alpaca mean age"),
 ("b-43", B, "and 43% were women", "43%", "percent", 43, 43, "%", Y, "alpaca share women"),
 ("b-two", B, "Everyone got two injections", "two", "count", 2, 2, "injections", N, "design"),
 ("b-d180", B, "at baseline and at day 180:", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("b-16", B, "lepodisiran at 16 mg, 96 mg", "16 mg", "dose", 16, 16, "mg", N, "arm"),
 ("b-96", B, "16 mg, 96 mg or 400 mg both", "96 mg", "dose", 96, 96, "mg", N, "arm"),
 ("b-400", B, "96 mg or 400 mg both times", "400 mg", "dose", 400, 400, "mg", N, "arm"),
 ("b-400b", B, "both times, 400 mg followed", "400 mg", "dose", 400, 400, "mg", N, "arm"),
 ("b-twice0", B, "or placebo twice", "twice", "count", 2, 2, "injections", N, "arm"),
 ("b-d60", B, "between day 60 and day 180. The results", "day 60", "duration", 60, 60, "days", N, "endpoint window"),
 ("b-d180b", B, "between day 60 and day 180. The results", "day 180", "duration", 180, 180, "days", N, "endpoint window"),
 ("b-16l", B, "- 16 mg: 40.8%", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("b-408", B, "16 mg: 40.8%", "40.8%", "percent", 40.8, 40.8, "%", Y, "alpaca 16 mg primary reduction"),
 ("b-96l", B, "- 96 mg: 72.5%", "96 mg", "dose", 96, 96, "mg", N, "arm label"),
 ("b-725", B, "96 mg: 72.5%", "72.5%", "percent", 72.5, 72.5, "%", Y, "alpaca 96 mg primary reduction"),
 ("b-400l", B, "- 400 mg (both", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("b-400p", B, "(both 400 mg groups", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("b-939", B, "pooled): 93.9%", "93.9%", "percent", 93.9, 93.9, "%", Y, "alpaca pooled 400 mg primary reduction"),
 ("b-quarter", B, "by roughly a quarter", "a quarter", "percent", 25, 25, "%", Y, "pcsk9 inhibitor lp(a) reduction"),
 ("b-400t", B, "got 400 mg twice", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("b-twice", B, "400 mg twice, Lp(a) was", "twice", "count", 2, 2, "doses", N, "arm label"),
 ("b-91", B, "still 91% lower at day 540", "91%", "percent", 91, 91, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("b-d540", B, "lower at day 540, a full", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("b-fullyr", B, "a full year after the second shot", "a full year", "duration", 1, 1, "years", N, "timepoint gloss"),
 ("b-once", B, "perhaps once or twice a year", "once or twice", "count", 1, 2, "doses per year", N, "speculation"),
 ("b-540c", B, "change over 540 days", "540 days", "duration", 540, 540, "days", N, "chart caption"),
 ("b-nov22", B, "in November 2022 and showed", "November 2022", "date", 2022, 2022, "year", Y, "phase 1 publication"),
 ("b-single", B, "showed a single dose", "single", "count", 1, 1, "doses", N, "phase 1 single dose"),
 ("b-almostyr", B, "Lp(a) for almost a year", "almost a year", "duration", 1, 1, "years", Y, "phase 1 duration of effect"),
 ("b-2018", B, "from Dicerna in 2018", "2018", "date", 2018, 2018, "year", Y, "dicerna deal year"),
 ("b-200m", B, "paying $200 million upfront", "$200 million", "money", 200000000, 200000000, "USD", Y, "dicerna deal upfront cash"),
 ("b-20", B, "given as 20 mg once a month", "20 mg", "dose", 20, 20, "mg", Y, "pelacarsen dose in horizon"),
 ("b-oncemo", B, "20 mg once a month", "once a month", "duration", 1, 1, "months", N, "pelacarsen interval (word)"),
 ("b-7680", B, "enrolled 7,680 patients", "7,680", "count", 7680, 7680, "participants", Y, "lp(a)horizon enrollment"),
 ("b-12wk", B, "dosed every 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "olpasiran dosing interval"),
 ("b-95", B, "more than 95% lowering", "95%", "percent", 95, 95, "%", Y, "olpasiran phase 2 reduction"),
 ("b-70", B, "by about 70% after 12 weeks", "70%", "percent", 70, 70, "%", Y, "muvalaplin kraken reduction (apo(a)-based assay)"),
 ("b-12wkk", B, "70% after 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "kraken treatment duration"),
 ("b-1in5", B, "About one in five of my patients", "one in five", "percent", 20, 20, "%", Y, "share of author's tested patients elevated"),
 ("b-18k", B, "Join 18,000 readers", "18,000", "count", 18000, 18000, "readers", N, "page furniture"),

 # ---- LP06 local/trade, hard-wrapped (2025-09-16)
 ("l-date", L, "LEDGER | September 16, 2025", "September 16, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-twice", L, "its twice-dosed", "twice", "count", 2, 2, "doses", N, "aside"),
 ("l-lastmar", L, "began enrolling last March", "last March", "date", 2025, 2025, "year", Y, "acclaim-lp(a) start"),
 ("l-16700", L, "a target of 16,700 participants", "16,700", "count", 16700, 16700, "participants", Y, "acclaim-lp(a) target enrollment (registry, incl. addendum)"),
 ("l-1700", L, "includes about 1,700 people", "1,700", "count", 1700, 1700, "participants", Y, "acclaim addendum size"),
 ("l-175", L, "level of at least 175 nanomoles per liter", "175 nanomoles per liter", "other", 175, 175, "nmol/L", Y, "acclaim-lp(a) entry threshold"),
 ("l-18", L, "either be 18 or older", "18", "age", 18, 18, "years", Y, "acclaim minimum age (established ascvd)"),
 ("l-55", L, "or 55 or older with", "55", "age", 55, 55, "years", Y, "acclaim minimum age (primary prevention)"),
 ("l-2029", L, "completion date in 2029", "2029", "date", 2029, 2029, "year", Y, "acclaim primary completion (estimate)"),
 ("l-x23", L, "can double or triple heart attack", "double or triple", "ratio", 2, 3, "x", Y, "heart attack risk multiplier"),
 ("l-2yr", L, "the two-year ALPACA study", "two-year", "duration", 2, 2, "years", Y, "alpaca study duration"),
 ("l-march", L, "Lilly presented in March at", "March", "date", 2025, 2025, "year", Y, "alpaca presentation date"),
 ("l-320", L, "In that trial of 320 adults", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("l-34", L, "34% of whom were women", "34%", "percent", 34, 34, "%", Y, "alpaca share women"),
 ("l-two", L, "were women, two", "two", "count", 2, 2, "doses", N, "arm"),
 ("l-400", L, "two 400-milligram doses", "400-milligram", "dose", 400, 400, "mg", N, "arm"),
 ("l-6mo", L, "doses given six months apart", "six months", "duration", 6, 6, "months", Y, "interval between alpaca doses"),
 ("l-1yr", L, "sharply. One year after the first dose", "One year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-948", L, "levels were 94.8% below baseline", "94.8%", "percent", 94.8, 94.8, "%", Y, "two-dose 400 mg reduction at one year (day 360)"),
 ("l-74", L, "still about 74% lower", "74%", "percent", 74, 74, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("l-d540", L, "lower at day 540", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("l-onetwo", L, "away with one or two shots a year", "one or two", "count", 1, 2, "doses per year", N, "quote, hypothetical"),
 ("l-monthly", L, "product from a monthly injection", "monthly", "duration", 1, 1, "months", N, "quote"),
 ("l-monthly2", L, "The monthly injection he means", "monthly", "duration", 1, 1, "months", N, "pelacarsen interval (word)"),
 ("l-h1", L, "in the first half of 2026", "first half of 2026", "date", 2026, 2026, "year", Y, "horizon readout forecast"),
 ("l-856", L, "cut Lp(a) by 85.6% at its top", "85.6%", "percent", 85.6, 85.6, "%", Y, "zerlasiran top regimen (450 mg q24w) reduction"),
 ("l-450", L, "at its top 450 mg dose", "450 mg", "dose", 450, 450, "mg", Y, "zerlasiran top dose"),
 ("l-178", L, "in a 178-patient study", "178", "count", 178, 178, "participants", Y, "zerlasiran phase 2 enrollment"),
 ("l-once", L, "taken once a day", "once a day", "duration", 1, 1, "days", N, "muvalaplin interval"),
 ("l-86", L, "by up to 86% in the", "86%", "percent", 86, 86, "%", Y, "muvalaplin kraken reduction (intact lp(a) assay)"),
 ("l-233", L, "the 233-person KRAKEN", "233", "count", 233, 233, "participants", Y, "kraken enrollment"),
 ("l-2018", L, "to a 2018 research deal", "2018", "date", 2018, 2018, "year", Y, "dicerna deal year"),
 ("l-200m", L, "worth $200 million in upfront", "$200 million", "money", 200000000, 200000000, "USD", Y, "dicerna deal upfront cash + equity combined"),
 ("l-48", L, "study, in 48 adults", "48", "count", 48, 48, "participants", Y, "phase 1 enrollment"),
 ("l-nov23", L, "in JAMA in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "phase 1 publication"),
 ("l-50b", L, "more than $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", Y, "lilly us manufacturing commitment since 2020"),
 ("l-2020", L, "manufacturing since 2020", "2020", "date", 2020, 2020, "year", N, "period start"),

 # ---- LP07 fact-check (2025-04-15)
 ("f-h94", F, "shown to cut heart attacks by 94%", "94%", "percent", 94, 94, "%", N, "headline, attributed"),
 ("f-date", F, "Desk | April 15, 2025", "April 15, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-once", F, "new once-a-year shot", "once-a-year", "duration", 1, 1, "years", N, "post claim, attributed"),
 ("f-c94", F, "shot cuts heart attacks by 94%", "94%", "percent", 94, 94, "%", N, "post claim, attributed"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-early", F, "since early April", "early April", "date", 2025, 2025, "year", N, "post period"),
 ("f-v94", F, "The 94% figure is real", "94%", "percent", 94, 94, "%", N, "verdict repeat"),
 ("f-two", F, "given as two injections six", "two", "count", 2, 2, "doses", N, "design"),
 ("f-6mo", F, "two injections six months apart", "six months", "duration", 6, 6, "months", Y, "interval between alpaca doses"),
 ("f-mar30", F, "On March 30, researchers", "March 30", "date", 2025, 2025, "year", Y, "alpaca presentation date"),
 ("f-320", F, "The trial enrolled 320 adults", "320", "count", 320, 320, "participants", Y, "alpaca randomized"),
 ("f-d60", F, "between day 60 and day 180 after the first injection compared", "day 60", "duration", 60, 60, "days", N, "endpoint window"),
 ("f-d180", F, "between day 60 and day 180 after the first injection compared", "day 180", "duration", 180, 180, "days", N, "endpoint window"),
 ("f-400", F, "highest dose, 400 milligrams", "400 milligrams", "dose", 400, 400, "mg", Y, "alpaca top dose"),
 ("f-939", F, "the drop was 93.9%", "93.9%", "percent", 93.9, 93.9, "%", Y, "alpaca pooled 400 mg primary reduction"),
 ("f-94r", F, "rounds to the 94% in the post", "94%", "percent", 94, 94, "%", N, "post figure repeat"),
 ("f-16", F, "The lowest dose, 16 mg", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("f-412", F, "cut levels by 41.2%", "41.2%", "percent", 41.2, 41.2, "%", Y, "alpaca 16 mg primary reduction"),
 ("f-d60180", F, "41.2% over days 60 to 180", "days 60 to 180", "duration", 60, 180, "days", N, "endpoint window"),
 ("f-two2", F, "received two 400 mg injections", "two", "count", 2, 2, "doses", N, "arm label"),
 ("f-400b", F, "two 400 mg injections, levels", "400 mg", "dose", 400, 400, "mg", N, "arm label"),
 ("f-742", F, "still 74.2% below", "74.2%", "percent", 74.2, 74.2, "%", Y, "two-dose 400 mg reduction at day 540"),
 ("f-d540", F, "baseline at day 540, about", "day 540", "duration", 540, 540, "days", N, "timepoint"),
 ("f-18a", F, "about a year and a half after", "a year and a half", "duration", 1.5, 1.5, "years", N, "timepoint"),
 ("f-18mo", F, "over roughly 18 months", "18 months", "duration", 18, 18, "months", Y, "alpaca study duration"),
 ("f-twodiff", F, "events are two different claims", "two", "count", 2, 2, "claims", N, "quote, aside"),
 ("f-12500", F, "enrolling about 12,500 people", "12,500", "count", 12500, 12500, "participants", Y, "acclaim-lp(a) planned enrollment"),
 ("f-125", F, "at least 125 nanomoles per liter", "125 nanomoles per liter", "other", 125, 125, "nmol/L", Y, "acclaim-lp(a) entry threshold"),
 ("f-2029", F, "not expected until 2029", "2029", "date", 2029, 2029, "year", Y, "acclaim primary completion (estimate)"),
 ("f-onceyr", F, "The \"once-a-year\" label", "once-a-year", "duration", 1, 1, "years", N, "post claim repeat"),
 ("f-d180b", F, "at the start and at day 180", "day 180", "duration", 180, 180, "days", N, "second dose timing"),
 ("f-1in5", F, "About one in five Americans", "one in five", "percent", 20, 20, "%", Y, "us prevalence of elevated lp(a)"),
 ("f-x23", F, "which can double or triple the risk", "double or triple", "ratio", 2, 3, "x", Y, "heart attack risk multiplier"),
 ("f-onerisk", F, "address one risk factor among many", "one", "count", 1, 1, "risk factors", N, "aside"),
 ("f-one", F, "One participant in the 16 mg group", "One", "count", 1, 1, "deaths", Y, "alpaca deaths"),
 ("f-16b", F, "participant in the 16 mg group of ALPACA", "16 mg", "dose", 16, 16, "mg", N, "arm label"),
 ("f-r94a", F, "turns a 94% reduction", "94%", "percent", 94, 94, "%", N, "ruling repeat"),
 ("f-r94b", F, "into a 94% cut", "94%", "percent", 94, 94, "%", N, "post claim repeat"),
 ("f-r320", F, "ALPACA enrolled 320 people", "320", "count", 320, 320, "participants", Y, "alpaca randomized (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 alpaca 96 mg primary reduction: 72.5 (transposed) vs 75.2
 ("b-725", "p-752", S), ("b-725", "a-752", S), ("b-725", "w-75", S),
 # S2 alpaca enrollment: 312 (analysis population) vs 320 randomized
 ("e-312", "w-320", S), ("e-312", "p-320", S), ("e-312", "a-320", S), ("e-312", "b-320", S),
 ("e-312", "l-320", S), ("e-312", "f-320", S), ("e-312", "f-r320", S),
 # S3 two-dose 400 mg reduction at day 540: 91 (day-360 figure) vs 74.2
 ("b-91", "p-742", S), ("b-91", "a-742", S), ("b-91", "w-74", S), ("b-91", "e-74", S),
 ("b-91", "l-74", S), ("b-91", "f-742", S),
 # S4 two-dose 400 mg reduction at day 360: 94.8 (time-averaged day 30-360) vs 91.0
 ("l-948", "p-91", S), ("l-948", "w-91", S),
 # S5 alpaca 16 mg primary reduction: 41.2 (day 30-360 cut) vs 40.8
 ("f-412", "p-408", S), ("f-412", "a-408", S), ("f-412", "b-408", S),
 # S6 alpaca share women: 34 (transposed) vs 43
 ("l-34", "a-43", S), ("l-34", "b-43", S),
 # S7 US prevalence: one in four vs 20% / one in five
 ("e-1in4", "p-20", S), ("e-1in4", "f-1in5", S),
 # S8 acclaim start year: "last March" (Sept 2025 -> 2025) vs 2024
 ("l-lastmar", "w-lastyr", S), ("l-lastmar", "p-mar24", S), ("l-lastmar", "a-mar24", S),
 # S9 phase 1 publication: November 2022 vs November 2023
 ("b-nov22", "w-nov23", S), ("b-nov22", "a-nov23", S), ("b-nov22", "e-nov23", S), ("b-nov22", "l-nov23", S),
 # S10 alpaca study length: two-year vs ~18 months / 540 days
 ("l-2yr", "p-18mo", S), ("l-2yr", "a-fu540", S), ("l-2yr", "f-18mo", S),
 # S11 olpasiran dosing interval: 16 weeks (zerlasiran arm) vs 12 weeks
 ("e-16wk", "w-12wk", S), ("e-16wk", "b-12wk", S),
 # S12 phase 1 enrollment: 36 (drug recipients) vs 48
 ("w-36", "a-p1n", S), ("w-36", "l-48", S),
 # S13 dicerna upfront: $200 million (upfront+equity as upfront) vs $100 million
 ("b-200m", "w-100up", S),
 # S14 acclaim primary-prevention minimum age: 65 vs 55
 ("e-65", "a-55", S), ("e-65", "l-55", S),
 # S15 zerlasiran top regimen reduction: 81.3 (300 mg q24w arm) vs 85.6
 ("w-813", "l-856", S),
 # S16 pelacarsen dose in horizon: 20 mg (phase 2 weekly dose) vs 80 mg
 ("b-20", "w-80", S), ("b-20", "e-80", S),
 # S17 acclaim entry threshold: 125 (prevalence cut-off) vs 175 nmol/L
 ("f-125", "w-175", S), ("f-125", "a-175b", S), ("f-125", "e-175", S), ("f-125", "l-175", S),
 # Qualified
 # Q1 acclaim enrollment target: 16,700 (registry after addendum) vs 12,500 (original)
 ("l-16700", "w-12500", Q), ("l-16700", "p-12500", Q), ("l-16700", "a-12500", Q), ("l-16700", "f-12500", Q),
 # Q2 prevalence: world 20% vs world ~25%, and US vs world figures that differ
 ("w-1in5", "a-25", Q), ("w-1in5", "p-quarter", Q), ("w-1in5", "e-1in4", Q),
 ("p-20", "a-25", Q), ("f-1in5", "a-25", Q), ("f-1in5", "p-quarter", Q),
 # Q3 muvalaplin: about 70% (apo(a)-based assay) vs up to 86% (intact lp(a) assay)
 ("b-70", "l-86", Q),
 # Q4 lp(a)horizon size: 7,680 (planned) vs 8,323 (enrolled)
 ("b-7680", "w-8323", Q),
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
        rows.append({"type": "claim", "id": f"lp-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"lp-{a}", f"lp-{b}"
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
