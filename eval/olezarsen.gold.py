#!/usr/bin/env python3
"""Build olezarsen.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "olezarsen")
OUT = os.path.join(HERE, "olezarsen.gold.jsonl")
T = "olezarsen"

W, P, A, E, B, L, F = ("oz01_wire.txt", "oz02_press.txt", "oz03_abstract.txt",
                       "oz04_explainer.txt", "oz05_blog.txt", "oz06_local.txt", "oz07_factcheck.txt")
Y = True; N = False
MG = "mg/dL"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- oz01 wire (2025-09-02, a Tuesday)
 ("w-dl", W, "Sept 2 (Newswire)", "Sept 2", "date", 2025, 2025, "year", N, "dateline"),
 ("w-35", W, "jumped about 35%", "35%", "percent", 35, 35, "%", Y, "ionis share rise on topline day"),
 ("w-tue", W, "35% on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "topline announcement / share jump date (2025-09-02)"),
 ("w-two", W, "pancreatitis in two late-stage", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("w-lastdec", W, "approval last December", "last December", "date", 2024, 2024, "year", Y, "tryngolza fda approval (fcs)"),
 ("w-5000", W, "fewer than 5,000 people", "5,000", "count", 5000, 5000, "people", Y, "fcs us prevalence, government data (upper bound)"),
 ("w-595", W, "list price of $595,000", "$595,000", "money", 595000, 595000, "USD", Y, "tryngolza list price per year"),
 ("w-500", W, "levels of 500 mg/dL or more", "500 mg/dL", "other", 500, 500, MG, N, "shtg definition threshold"),
 ("w-3m", W, "about 3 million Americans", "3 million", "count", 3000000, 3000000, "people", Y, "us shtg prevalence (ionis)"),
 ("w-617", W, "enrolled 617 patients", "617", "count", 617, 617, "patients", Y, "core enrollment"),
 ("w-446", W, "which enrolled 446,", "446", "count", 446, 446, "patients", Y, "core2 enrollment (topline)"),
 ("w-6mo", W, "triglycerides at six months compared", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("w-upto72", W, "reached up to 72%", "72%", "percent", 72, 72, "%", Y, "max placebo-adjusted tg reduction core/core2 6 mo"),
 ("w-80mg", W, "the 80-mg dose cut", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("w-72core", W, "triglycerides by 72% in CORE", "72%", "percent", 72, 72, "%", Y, "core 80 mg placebo-adjusted tg change 6 mo"),
 ("w-two2", W, "Across the two studies", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("w-1063", W, "enrolled 1,063 people", "1,063", "count", 1063, 1063, "patients", Y, "core+core2 enrollment (topline)"),
 ("w-85", W, "events by 85% over", "85%", "percent", 85, 85, "%", Y, "core/core2 acute pancreatitis reduction"),
 ("w-12mo", W, "85% over 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("w-endyr", W, "by the end of the year, with", "end of the year", "date", 2025, 2025, "year", Y, "shtg snda filing target"),
 ("w-2026", W, "new indication in 2026", "2026", "date", 2026, 2026, "year", Y, "shtg launch target"),
 ("w-50mg", W, "regimen is the 50-mg dose", "50-mg", "dose", 50, 50, "mg", Y, "approved fcs dose"),
 ("w-oncem", W, "given once a month by", "once a month", "duration", 1, 1, "months", N, "dosing interval"),
 ("w-b50", W, "testing both 50 mg", "50 mg", "dose", 50, 50, "mg", N, "shtg arms"),
 ("w-b80", W, "50 mg and 80 mg in", "80 mg", "dose", 80, 80, "mg", N, "shtg arms"),
 ("w-nov18", W, "decision on Nov. 18", "Nov. 18", "date", 2025, 2025, "year", Y, "plozasiran fda decision date"),
 ("w-3mo", W, "once every three months", "every three months", "duration", 3, 3, "months", Y, "plozasiran dosing interval"),
 ("w-billions", W, "adding billions of dollars", "billions of dollars", "money", None, None, "USD", N, "market value (vague)"),
 ("w-lastmo", W, "Last month, detailed", "Last month", "date", 2025, 2025, "year", N, "essence publication"),
 ("w-60", W, "reductions of about 60%", "60%", "percent", 60, 60, "%", Y, "essence tg reduction (moderate htg)"),
 ("w-6mo2", W, "60% at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),

 # ---- oz02 press (2025-11-08)
 ("p-h85", P, "Events by 85% in", "85%", "percent", 85, 85, "%", N, "headline repeat"),
 ("p-b72", P, "reductions of up to 72%", "72%", "percent", 72, 72, "%", N, "bullet repeat"),
 ("p-b6", P, "72% at six months, sustained", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("p-b12", P, "sustained through 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-b85", P, "More than 85% of", "85%", "percent", 85, 85, "%", N, "bullet repeat"),
 ("p-b500", P, "reached triglycerides below 500 mg/dL", "500 mg/dL", "other", 500, 500, MG, N, "threshold"),
 ("p-dl", P, "November 8, 2025", "November 8, 2025", "date", 2025, 2025, "year", N, "dateline (= aha presentation day)"),
 ("p-2025", P, "Scientific Sessions 2025", "2025", "date", 2025, 2025, "year", N, "meeting name year"),
 ("p-1061", P, "randomized 1,061 patients", "1,061", "count", 1061, 1061, "patients", Y, "core+core2 primary analysis n"),
 ("p-617", P, "617 in CORE", "617", "count", 617, 617, "patients", Y, "core enrollment"),
 ("p-444", P, "444 in CORE2", "444", "count", 444, 444, "patients", Y, "core2 primary analysis n"),
 ("p-500a", P, "at least 500 mg/dL despite", "500 mg/dL", "other", 500, 500, MG, Y, "core inclusion threshold"),
 ("p-50", P, "received olezarsen 50 mg,", "50 mg", "dose", 50, 50, "mg", Y, "core arms"),
 ("p-80", P, "olezarsen 80 mg or placebo", "80 mg", "dose", 80, 80, "mg", Y, "core arms"),
 ("p-oncem", P, "once monthly for 12 months", "once monthly", "duration", 1, 1, "months", N, "dosing interval"),
 ("p-12", P, "monthly for 12 months", "12 months", "duration", 12, 12, "months", Y, "core treatment duration"),
 ("p-6mo", P, "triglycerides at six months was", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("p-629", P, "was −62.9%", "−62.9%", "percent", -62.9, -62.9, "%", Y, "core 50 mg tg change 6 mo"),
 ("p-50b", P, "with olezarsen 50 mg and", "50 mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("p-722", P, "and −72.2%", "−72.2%", "percent", -72.2, -72.2, "%", Y, "core 80 mg tg change 6 mo"),
 ("p-80b", P, "with olezarsen 80 mg.", "80 mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("p-492", P, "were −49.2%", "−49.2%", "percent", -49.2, -49.2, "%", Y, "core2 50 mg tg change 6 mo"),
 ("p-545", P, "and −54.5%", "−54.5%", "percent", -54.5, -54.5, "%", Y, "core2 80 mg tg change 6 mo"),
 ("p-85", P, "events by 85% compared", "85%", "percent", 85, 85, "%", Y, "core/core2 acute pancreatitis reduction"),
 ("p-rr", P, "rate ratio 0.15", "0.15", "ratio", 0.15, 0.15, "x", Y, "ap rate ratio core/core2"),
 ("p-rrci", P, "0.05 to 0.40", "0.05 to 0.40", "ratio", 0.05, 0.40, "x", Y, "ci"),
 ("p-22", P, "There were 22 events", "22", "count", 22, 22, "events", Y, "ap events placebo core/core2"),
 ("p-7", P, "seven events in the olezarsen", "seven", "count", 7, 7, "events", Y, "ap events olezarsen core/core2"),
 ("p-500b", P, "above 500 mg/dL", "500 mg/dL", "other", 500, 500, MG, N, "subgroup threshold"),
 ("p-858", P, "85.8% of patients", "85.8%", "percent", 85.8, 85.8, "%", Y, "50 mg below 500 at 12 mo"),
 ("p-50c", P, "on the 50-mg dose", "50-mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("p-857", P, "85.7% on the", "85.7%", "percent", 85.7, 85.7, "%", Y, "80 mg below 500 at 12 mo"),
 ("p-80c", P, "on the 80-mg dose", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("p-12b", P, "that level at 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-353", P, "35.3% on placebo", "35.3%", "percent", 35.3, 35.3, "%", Y, "placebo below 500 at 12 mo"),
 ("p-ye", P, "by year-end 2025", "year-end 2025", "date", 2025, 2025, "year", Y, "shtg snda filing target"),
 ("p-dec19", P, "on December 19, 2024", "December 19, 2024", "date", 2024, 2024, "year", Y, "tryngolza fda approval (fcs)"),
 ("p-80fcs", P, "as an 80 mg injection", "80 mg", "dose", 80, 80, "mg", Y, "approved fcs dose"),
 ("p-oncem2", P, "once monthly by autoinjector", "once monthly", "duration", 1, 1, "months", N, "dosing interval"),
 ("p-3000", P, "up to 3,000 people", "3,000", "count", 3000, 3000, "people", Y, "fcs us prevalence (ionis)"),
 ("p-500c", P, "triglycerides of 500 mg/dL or higher", "500 mg/dL", "other", 500, 500, MG, N, "shtg definition"),
 ("p-3m", P, "estimated 3 million", "3 million", "count", 3000000, 3000000, "people", Y, "us shtg prevalence (ionis)"),
 ("p-3dec", P, "more than three decades", "three decades", "duration", 30, 30, "years", N, "about section"),

 # ---- oz03 abstract (2024-04-07)
 ("a-pub", A, "Published online 7 April 2024", "7 April 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-prev", A, "prevalence of 1 to 2 per million", "1 to 2 per million", "rate", 1, 2, "per million", Y, "fcs prevalence"),
 ("a-880", A, "at least 880 mg/dL who", "880 mg/dL", "other", 880, 880, MG, Y, "balance inclusion threshold"),
 ("a-20g", A, "less than 20 g of fat", "20 g", "weight", 20, 20, "g", Y, "diet fat limit per day"),
 ("a-80", A, "to olezarsen 80 mg,", "80 mg", "dose", 80, 80, "mg", Y, "balance arms"),
 ("a-50", A, "olezarsen 50 mg or matching", "50 mg", "dose", 50, 50, "mg", Y, "balance arms"),
 ("a-4wk", A, "every 4 weeks through", "every 4 weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("a-wk49", A, "through week 49", "49", "week", 49, 49, "week", N, "last dose week"),
 ("a-53", A, "treatment period, 53 weeks", "53 weeks", "duration", 53, 53, "weeks", Y, "balance treatment period"),
 ("a-two", A, "The two primary end points", "two", "count", 2, 2, "end points", N, "design"),
 ("a-6mo", A, "from baseline to 6 months in", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-80g", A, "in the 80-mg group and", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("a-50g", A, "then in the 50-mg group", "50-mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("a-12mo", A, "triglycerides at 12 months, the change", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("a-66", A, "N = 66", "66", "count", 66, 66, "patients", Y, "balance randomized"),
 ("a-80n", A, "80 mg (n=22)", "80 mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("a-22", A, "(n=22)", "22", "count", 22, 22, "patients", Y, "balance 80 mg arm"),
 ("a-50n", A, "50 mg (n=21)", "50 mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("a-21", A, "(n=21)", "21", "count", 21, 21, "patients", Y, "balance 50 mg arm"),
 ("a-23", A, "(n=23)", "23", "count", 23, 23, "patients", Y, "balance placebo arm"),
 ("a-2630", A, "was 2630±1315", "2630", "other", 2630, 2630, MG, Y, "balance baseline mean tg"),
 ("a-sd", A, "2630±1315", "1315", "other", 1315, 1315, MG, N, "sd"),
 ("a-47", A, "47 patients (71%)", "47", "count", 47, 47, "patients", Y, "balance prior ap history"),
 ("a-71", A, "(71%)", "71%", "percent", 71, 71, "%", Y, "balance prior ap history share"),
 ("a-10y", A, "in the previous 10 years", "10 years", "duration", 10, 10, "years", Y, "ap history look-back window"),
 ("a-6mo2", A, "At 6 months, the placebo-adjusted", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-435", A, "was −43.5 percentage points", "−43.5 percentage points", "percent", -43.5, -43.5, "pp", Y, "balance 80 mg tg change 6 mo"),
 ("a-435ci", A, "−69.1 to −17.9", "−69.1 to −17.9", "percent", -69.1, -17.9, "pp", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-80b", A, "with 80 mg and −22.4", "80 mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("a-224", A, "and −22.4 percentage points", "−22.4 percentage points", "percent", -22.4, -22.4, "pp", Y, "balance 50 mg tg change 6 mo"),
 ("a-224ci", A, "−47.2 to 2.5", "−47.2 to 2.5", "percent", -47.2, 2.5, "pp", Y, "ci"),
 ("a-p08", A, "P=0.08", "0.08", "pvalue", 0.08, 0.08, "p", N, "p-value"),
 ("a-50b", A, "P=0.08) with 50 mg", "50 mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("a-12mo2", A, "At 12 months, placebo-adjusted", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("a-594", A, "were −59.4 percentage points", "−59.4 percentage points", "percent", -59.4, -59.4, "pp", Y, "balance 80 mg tg change 12 mo"),
 ("a-80c", A, "with 80 mg and −43.8", "80 mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("a-438", A, "and −43.8 percentage points", "−43.8 percentage points", "percent", -43.8, -43.8, "pp", Y, "balance 50 mg tg change 12 mo"),
 ("a-50c", A, "percentage points with 50 mg. ApoC", "50 mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("a-737", A, "by 73.7 percentage points", "73.7 percentage points", "percent", 73.7, 73.7, "pp", Y, "balance 80 mg apoc3 reduction 6 mo"),
 ("a-80d", A, "73.7 percentage points with 80 mg", "80 mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("a-655", A, "and 65.5 percentage points", "65.5 percentage points", "percent", 65.5, 65.5, "pp", Y, "balance 50 mg apoc3 reduction 6 mo"),
 ("a-50d", A, "65.5 percentage points with 50 mg", "50 mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("a-6mo3", A, "placebo at 6 months. Over", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-53b", A, "Over 53 weeks", "53 weeks", "duration", 53, 53, "weeks", N, "period repeat"),
 ("a-11", A, "11 adjudicated episodes", "11", "count", 11, 11, "episodes", Y, "balance ap episodes placebo"),
 ("a-1", A, "and 1 episode", "1", "count", 1, 1, "episodes", Y, "balance ap episodes olezarsen pooled"),
 ("a-two2", A, "in the two olezarsen groups", "two", "count", 2, 2, "groups", N, "pooled arms"),
 ("a-rr", A, "rate ratio, 0.12", "0.12", "ratio", 0.12, 0.12, "x", Y, "balance ap rate ratio"),
 ("a-rrci", A, "0.02 to 0.66", "0.02 to 0.66", "ratio", 0.02, 0.66, "x", Y, "ci"),
 ("a-c80", A, "olezarsen 80 mg every 4 weeks", "80 mg", "dose", 80, 80, "mg", N, "conclusion repeat"),
 ("a-c4wk", A, "80 mg every 4 weeks significantly", "every 4 weeks", "duration", 4, 4, "weeks", N, "conclusion repeat"),
 ("a-c6mo", A, "triglycerides at 6 months, and pooled", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-c1y", A, "over one year", "one year", "duration", 1, 1, "years", N, "period (approx)"),
 ("a-c50", A, "The 50-mg dose did not", "50-mg", "dose", 50, 50, "mg", N, "conclusion repeat"),
 ("a-10100", A, "exceed 10 to 100 times", "10 to 100 times", "ratio", 10, 100, "x", Y, "fcs tg vs normal"),
 ("a-880b", A, "threshold of 880 mg/dL", "880 mg/dL", "other", 880, 880, MG, N, "threshold repeat"),
 ("a-77", A, "triglycerides by 77%", "77%", "percent", 77, 77, "%", Y, "volanesorsen approach tg reduction"),

 # ---- oz04 explainer (2025-11-20)
 ("e-h2", E, "Two new shots for", "Two", "count", 2, 2, "drugs", N, "headline"),
 ("e-upd", E, "Updated November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "Now there are two", "two", "count", 2, 2, "drugs", N, "approved fcs drugs"),
 ("e-10100", E, "run 10 to 100 times", "10 to 100 times", "ratio", 10, 100, "x", Y, "fcs tg vs normal"),
 ("e-prev", E, "1 to 2 people per million", "1 to 2 people per million", "rate", 1, 2, "per million", Y, "fcs prevalence"),
 ("e-6500", E, "about 6,500 people", "6,500", "count", 6500, 6500, "people", Y, "fcs us prevalence (arrowhead)"),
 ("e-dec23", E, "in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "tryngolza fda approval (fcs)"),
 ("e-20g", E, "diet of 20 grams", "20 grams", "weight", 20, 20, "g", Y, "diet fat limit per day"),
 ("e-80", E, "It is an 80 mg injection", "80 mg", "dose", 80, 80, "mg", Y, "approved fcs dose"),
 ("e-oncem", E, "given once a month", "once a month", "duration", 1, 1, "months", N, "dosing interval"),
 ("e-22", E, "22 patients received", "22", "count", 22, 22, "patients", Y, "balance 80 mg arm"),
 ("e-80b", E, "received the 80-mg dose and 21", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("e-21", E, "and 21 received placebo", "21", "count", 21, 21, "patients", Y, "balance placebo arm"),
 ("e-425", E, "by 42.5% more", "42.5%", "percent", 42.5, 42.5, "%", Y, "balance 80 mg tg change 6 mo (label)"),
 ("e-6mo", E, "placebo after six months. At", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("e-12", E, "At 12 months the reduction", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("e-80c", E, "with the 80-mg dose reached", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("e-438", E, "reached 43.8%", "43.8%", "percent", 43.8, 43.8, "%", Y, "balance 80 mg tg change 12 mo"),
 ("e-500", E, "triglycerides of 500 mg/dL or higher", "500 mg/dL", "other", 500, 500, MG, N, "shtg definition"),
 ("e-two2", E, "Two large trials", "Two", "count", 2, 2, "trials", N, "number of trials"),
 ("e-671", E, "CORE enrolled 671", "671", "count", 671, 671, "patients", Y, "core enrollment"),
 ("e-72", E, "attacks by 72%", "72%", "percent", 72, 72, "%", Y, "core/core2 acute pancreatitis reduction"),
 ("e-year", E, "over a year, and", "a year", "duration", 1, 1, "years", N, "period"),
 ("e-85", E, "more than 85% of treated", "85%", "percent", 85, 85, "%", Y, "share below 500 mg/dL (olezarsen)"),
 ("e-500b", E, "below 500 mg/dL. Ionis", "500 mg/dL", "other", 500, 500, MG, N, "threshold"),
 ("e-2026", E, "likely come in 2026", "2026", "date", 2026, 2026, "year", Y, "shtg fda decision forecast"),
 ("e-nov18", E, "on November 18 for", "November 18", "date", 2025, 2025, "year", Y, "plozasiran fda approval"),
 ("e-25", E, "a 25 mg injection", "25 mg", "dose", 25, 25, "mg", Y, "plozasiran dose"),
 ("e-3mo", E, "once every three months", "every three months", "duration", 3, 3, "months", Y, "plozasiran dosing interval"),
 ("e-75", E, "PALISADE trial of 75", "75", "count", 75, 75, "patients", Y, "palisade enrollment"),
 ("e-80p", E, "fell 80% from baseline", "80%", "percent", 80, 80, "%", Y, "plozasiran median tg change 10 mo"),
 ("e-10mo", E, "at 10 months on", "10 months", "duration", 10, 10, "months", N, "timepoint"),
 ("e-17", E, "compared with 17% on placebo", "17%", "percent", 17, 17, "%", Y, "palisade placebo median tg change"),
 ("e-4", E, "about 4% of people", "4%", "percent", 4, 4, "%", Y, "palisade ap incidence plozasiran"),
 ("e-20", E, "versus 20% on placebo", "20%", "percent", 20, 20, "%", Y, "palisade ap incidence placebo"),
 ("e-12shots", E, "12 shots a year", "12", "count", 12, 12, "injections per year", Y, "olezarsen injections per year"),
 ("e-four", E, "a year versus four", "four", "count", 4, 4, "injections per year", Y, "plozasiran injections per year"),
 ("e-595", E, "about $595,000 a year", "$595,000", "money", 595000, 595000, "USD", Y, "tryngolza list price per year"),
 ("e-880", E, "at least 880 mg/dL before", "880 mg/dL", "other", 880, 880, MG, Y, "insurer tg threshold"),
 ("e-6mo2", E, "reauthorization after six months", "six months", "duration", 6, 6, "months", N, "insurer reauthorization"),
 ("e-few", E, "a few thousand Americans", "a few thousand", "count", None, None, "people", N, "fcs us prevalence (vague)"),
 ("e-two3", E, "two approved drugs", "two", "count", 2, 2, "drugs", N, "summary"),
 ("e-under", E, "in under a year", "under a year", "duration", 1, 1, "years", N, "summary"),

 # ---- oz05 blog (2025-11-12)
 ("b-date", B, "November 12, 2025 |", "November 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-sat", B, "Saturday's presentation", "Saturday", "date", 2025, 2025, "year", Y, "aha presentation date (2025-11-08)"),
 ("b-lastdec", B, "approved last December", "last December", "date", 2024, 2024, "year", Y, "tryngolza fda approval (fcs)"),
 ("b-56", B, "randomized 56 patients", "56", "count", 56, 56, "patients", Y, "balance randomized"),
 ("b-30000", B, "at about 30,000", "30,000", "count", 30000, 30000, "people", Y, "fcs us prevalence (ionis)"),
 ("b-559", B, "list price of $559,000", "$559,000", "money", 559000, 559000, "USD", Y, "tryngolza list price per year"),
 ("b-617", B, "enrolled 617 people", "617", "count", 617, 617, "patients", Y, "core enrollment"),
 ("b-80mg", B, "the 80-mg dose lowered", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("b-629", B, "by 62.9% relative", "62.9%", "percent", 62.9, 62.9, "%", Y, "core 80 mg tg change 6 mo"),
 ("b-6mo", B, "placebo at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("b-12mo", B, "held up through 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("b-2050", B, "something like 20% to 50%", "20% to 50%", "percent", 20, 50, "%", Y, "fibrate/omega-3 tg reduction (author's patients)"),
 ("b-85", B, "events by 85%", "85%", "percent", 85, 85, "%", Y, "core/core2 acute pancreatitis reduction"),
 ("b-22", B, "there were 22 events", "22", "count", 22, 22, "events", Y, "ap events placebo core/core2"),
 ("b-5", B, "only five events", "five", "count", 5, 5, "events", Y, "ap events olezarsen core/core2"),
 ("b-week", B, "hospital for a week", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("b-86", B, "Roughly 86%", "86%", "percent", 86, 86, "%", Y, "share below 500 mg/dL (olezarsen)"),
 ("b-500", B, "below 500 mg/dL, versus", "500 mg/dL", "other", 500, 500, MG, N, "threshold"),
 ("b-third", B, "about a third on placebo", "a third", "percent", 33.3, 33.3, "%", Y, "share below 500 mg/dL (placebo)"),
 ("b-capt12", B, "arm over 12 months", "12 months", "duration", 12, 12, "months", N, "image caption"),
 ("b-sep2", B, "results on Sept. 2", "Sept. 2", "date", 2025, 2025, "year", Y, "topline announcement date"),
 ("b-53", B, "jumped 53% that day", "53%", "percent", 53, 53, "%", Y, "ionis share rise on topline day"),
 ("b-2026", B, "by the end of 2026", "end of 2026", "date", 2026, 2026, "year", Y, "shtg snda filing target"),
 ("b-qtr", B, "dosed quarterly", "quarterly", "duration", 3, 3, "months", N, "plozasiran dosing interval (word)"),
 ("b-1000x", B, "a thousand times larger", "a thousand times", "ratio", 1000, 1000, "x", Y, "shtg vs fcs population ratio"),

 # ---- oz06 local, hard-wrapped (2024-12-20)
 ("l-dl", L, "December 20, 2024", "December 20, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-thu", L, "approval on Thursday", "Thursday", "date", 2024, 2024, "year", Y, "tryngolza fda approval (2024-12-19)"),
 ("l-decades", L, "after decades of licensing", "decades", "duration", None, None, "years", N, "vague"),
 ("l-595", L, "will be $595,000 a year", "$595,000", "money", 595000, 595000, "USD", Y, "tryngolza list price per year"),
 ("l-endmo", L, "before the end of the month", "end of the month", "date", 2024, 2024, "year", N, "availability target"),
 ("l-80", L, "dose is 80 mg injected", "80 mg", "dose", 80, 80, "mg", Y, "approved fcs dose"),
 ("l-oncem", L, "skin once a month", "once a month", "duration", 1, 1, "months", N, "dosing interval"),
 ("l-20g", L, "no more than 20 grams", "20 grams", "weight", 20, 20, "g", Y, "diet fat limit per day"),
 ("l-66", L, "randomly assigned 66 patients", "66", "count", 66, 66, "patients", Y, "balance randomized"),
 ("l-71", L, "About 71% of them", "71%", "percent", 71, 71, "%", Y, "balance prior ap history share"),
 ("l-one", L, "at least one attack", "one", "count", 1, 1, "attacks", N, "definition"),
 ("l-decade", L, "in the previous decade", "decade", "duration", 10, 10, "years", Y, "ap history look-back window"),
 ("l-2600", L, "about 2,600 mg/dL", "2,600 mg/dL", "other", 2600, 2600, MG, Y, "balance baseline mean tg"),
 ("l-17x", L, "more than 17 times", "17 times", "ratio", 17, 17, "x", Y, "baseline tg vs normal upper limit"),
 ("l-150", L, "upper limit of 150", "150", "other", 150, 150, MG, Y, "normal tg upper limit"),
 ("l-22", L, "In the trial, 22 patients", "22", "count", 22, 22, "patients", Y, "balance 80 mg arm"),
 ("l-80b", L, "received the 80-mg dose. Their", "80-mg", "dose", 80, 80, "mg", N, "arm qualifier"),
 ("l-435", L, "fell 43.5% more", "43.5%", "percent", 43.5, 43.5, "%", Y, "balance 80 mg tg change 6 mo"),
 ("l-6mo", L, "placebo group after six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("l-57", L, "reached 57%", "57%", "percent", 57, 57, "%", Y, "balance 80 mg tg change 12 mo (company/label)"),
 ("l-12", L, "at 12 months. Acute", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("l-3000", L, "up to 3,000 people", "3,000", "count", 3000, 3000, "people", Y, "fcs us prevalence (ionis)"),
 ("l-millions", L, "the millions of people", "millions", "count", None, None, "people", N, "shtg population (vague)"),
 ("l-two", L, "where two larger trials", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("l-nextyr", L, "read out next year", "next year", "date", 2025, 2025, "year", N, "core readout forecast"),
 ("l-35", L, "milestone 35 years", "35 years", "duration", 35, 35, "years", N, "quote"),
 ("l-thuaft", L, "campus Thursday afternoon", "Thursday", "date", 2024, 2024, "year", N, "aside"),
 ("l-1989", L, "founded in 1989", "1989", "date", 1989, 1989, "year", N, "company founding"),
 ("l-75", L, "PALISADE trial of 75", "75", "count", 75, 75, "patients", Y, "palisade enrollment"),
 ("l-sept", L, "published in September", "September", "date", 2024, 2024, "year", Y, "palisade publication"),
 ("l-80p", L, "about 80%, and", "80%", "percent", 80, 80, "%", Y, "plozasiran tg reduction"),
 ("l-3mo", L, "once every three months", "every three months", "duration", 3, 3, "months", Y, "plozasiran dosing interval"),
 ("l-thisyr", L, "volatile this year", "this year", "date", 2024, 2024, "year", N, "aside"),

 # ---- oz07 fact-check (2025-12-05)
 ("f-h595", F, "Does the $595,000 FCS", "$595,000", "money", 595000, 595000, "USD", N, "headline repeat"),
 ("f-dl", F, "December 5, 2025", "December 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-halfq", F, "costs over half a million dollars", "half a million dollars", "money", 500000, 500000, "USD", N, "quoted post (lower bound)"),
 ("f-hand1", F, "tested on a handful", "a handful", "count", None, None, "people", N, "quoted post (vague)"),
 ("f-oneq", F, "needs one shot a year", "one", "count", 1, 1, "injections per year", N, "quoted post claim"),
 ("f-dec19", F, "Tryngolza on Dec. 19, 2024", "Dec. 19, 2024", "date", 2024, 2024, "year", Y, "tryngolza fda approval (fcs)"),
 ("f-595", F, "list price of $595,000 a year. That", "$595,000", "money", 595000, 595000, "USD", Y, "tryngolza list price per year"),
 ("f-half", F, "more than half a million dollars", "half a million dollars", "money", 500000, 500000, "USD", N, "restatement (lower bound)"),
 ("f-hand2", F, "A handful of people.\" The", "A handful", "count", None, None, "people", N, "section heading (vague)"),
 ("f-66", F, "which randomized 66 adults", "66", "count", 66, 66, "patients", Y, "balance randomized"),
 ("f-prev", F, "1 to 2 people per million", "1 to 2 people per million", "rate", 1, 2, "per million", Y, "fcs prevalence"),
 ("f-71", F, "In Balance, 71%", "71%", "percent", 71, 71, "%", Y, "balance prior ap history share"),
 ("f-5y", F, "previous five years", "five years", "duration", 5, 5, "years", Y, "ap history look-back window"),
 ("f-80", F, "approved 80-mg monthly dose", "80-mg", "dose", 80, 80, "mg", Y, "approved fcs dose"),
 ("f-345", F, "fell 34.5% more", "34.5%", "percent", 34.5, 34.5, "%", Y, "balance 80 mg tg change 6 mo"),
 ("f-6mo", F, "placebo after six months, a difference", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("f-12", F, "By 12 months the gap", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("f-50", F, "The lower 50-mg dose", "50-mg", "dose", 50, 50, "mg", N, "arm qualifier"),
 ("f-6mo2", F, "significance at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("f-year", F, "Over roughly a year", "a year", "duration", 1, 1, "years", N, "period (approx)"),
 ("f-11", F, "there were 11 episodes", "11", "count", 11, 11, "episodes", Y, "balance ap episodes placebo"),
 ("f-one", F, "and one among patients", "one", "count", 1, 1, "episodes", Y, "balance ap episodes olezarsen pooled"),
 ("f-two", F, "ignores two much larger", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("f-1000", F, "more than 1,000 patients", "1,000", "count", 1000, 1000, "patients", Y, "core+core2 enrollment (lower bound)"),
 ("f-85", F, "pancreatitis events by 85% compared", "85%", "percent", 85, 85, "%", Y, "core/core2 acute pancreatitis reduction"),
 ("f-22", F, "There were 22 events on placebo", "22", "count", 22, 22, "events", Y, "ap events placebo core/core2"),
 ("f-7", F, "and seven on the drug", "seven", "count", 7, 7, "events", Y, "ap events olezarsen core/core2"),
 ("f-nov24", F, "meeting in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "aha presentation date"),
 ("f-end25", F, "by the end of 2025", "end of 2025", "date", 2025, 2025, "year", Y, "shtg snda filing target"),
 ("f-sept", F, "CORE results in September", "September", "date", 2025, 2025, "year", N, "topline month"),
 ("f-44", F, "rose nearly 44%", "44%", "percent", 44, 44, "%", Y, "ionis share rise over topline week"),
 ("f-week", F, "over the course of that week", "week", "duration", 1, 1, "weeks", N, "period"),
 ("f-oneh", F, "\"One shot a year.\" The", "One", "count", 1, 1, "injections per year", N, "section heading (post claim)"),
 ("f-nov18", F, "FDA on Nov. 18, 2025. It is", "Nov. 18, 2025", "date", 2025, 2025, "year", Y, "plozasiran fda approval"),
 ("f-6mo3", F, "injected every six months", "every six months", "duration", 6, 6, "months", Y, "plozasiran dosing interval"),
 ("f-onceyr", F, "not once a year as", "once a year", "duration", 1, 1, "years", N, "post claim restated"),
 ("f-57", F, "enrolled 57 adults", "57", "count", 57, 57, "patients", Y, "palisade enrollment"),
 ("f-80p", F, "fell about 80% on the drug", "80%", "percent", 80, 80, "%", Y, "plozasiran median tg change"),
 ("f-17", F, "compared with 17% on placebo", "17%", "percent", 17, 17, "%", Y, "palisade placebo median tg change"),
 ("f-r595", F, "correct: $595,000 a year", "$595,000", "money", 595000, 595000, "USD", Y, "ruling: list price"),
 ("f-r66", F, "in a 66-patient", "66", "count", 66, 66, "patients", Y, "ruling: balance randomized"),
 ("f-r85", F, "an 85% drop", "85%", "percent", 85, 85, "%", Y, "ruling: ap reduction"),
 ("f-r1y", F, "once-a-year dosing", "once-a-year", "duration", 1, 1, "years", N, "post claim restated"),
 ("f-s1", F, "Tryngolza, Dec. 19, 2024", "Dec. 19, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "Medicine, 2024", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s3", F, "Medicine, November 2025", "November 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "Redemplo, Nov. 18, 2025", "Nov. 18, 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Balance randomized
 ("b-56", "a-66", S), ("b-56", "l-66", S), ("b-56", "f-66", S), ("b-56", "f-r66", S),
 # S2 Balance 80 mg placebo-adjusted TG change at 6 months
 ("f-345", "a-435", S), ("f-345", "l-435", S),
 # S3 Balance 80 mg TG change at 12 months (50-mg figure swapped in)
 ("e-438", "a-594", S), ("e-438", "l-57", S),
 # S4 Tryngolza approval year
 ("e-dec23", "p-dec19", S), ("e-dec23", "l-thu", S), ("e-dec23", "f-dec19", S),
 ("e-dec23", "b-lastdec", S), ("e-dec23", "w-lastdec", S),
 # S5 list price
 ("b-559", "w-595", S), ("b-559", "l-595", S), ("b-559", "f-595", S), ("b-559", "f-r595", S), ("b-559", "e-595", S),
 # S6 CORE enrollment
 ("e-671", "w-617", S), ("e-671", "p-617", S), ("e-671", "b-617", S),
 # S7 CORE/CORE2 pancreatitis reduction (TG figure swapped in)
 ("e-72", "w-85", S), ("e-72", "p-85", S), ("e-72", "b-85", S), ("e-72", "f-85", S), ("e-72", "f-r85", S),
 # S8 CORE 80 mg TG change (50 mg figure swapped in)
 ("b-629", "p-722", S), ("b-629", "w-72core", S),
 # S9 pancreatitis events on olezarsen (patients count swapped in)
 ("b-5", "p-7", S), ("b-5", "f-7", S),
 # S10 share move on topline day
 ("b-53", "w-35", S),
 # S11 Ionis's FCS US estimate
 ("b-30000", "p-3000", S), ("b-30000", "l-3000", S),
 # S12 PALISADE enrollment
 ("f-57", "e-75", S), ("f-57", "l-75", S),
 # S13 plozasiran dosing interval
 ("f-6mo3", "e-3mo", S), ("f-6mo3", "l-3mo", S), ("f-6mo3", "w-3mo", S),
 # S14 pancreatitis-history look-back window
 ("f-5y", "a-10y", S), ("f-5y", "l-decade", S),
 # S15 approved FCS dose
 ("w-50mg", "p-80fcs", S), ("w-50mg", "e-80", S), ("w-50mg", "l-80", S), ("w-50mg", "f-80", S),
 # S16 sNDA filing target
 ("b-2026", "w-endyr", S), ("b-2026", "p-ye", S), ("b-2026", "f-end25", S),
 # S17 Balance placebo arm size
 ("e-21", "a-23", S),
 # S18 AHA presentation year
 ("f-nov24", "b-sat", S),
 # Qualified
 ("e-425", "a-435", Q), ("e-425", "l-435", Q), ("e-425", "f-345", Q),
 ("l-57", "a-594", Q),
 ("w-446", "p-444", Q), ("w-1063", "p-1061", Q),
 ("f-44", "w-35", Q), ("f-44", "b-53", Q),
 ("e-6500", "p-3000", Q), ("e-6500", "l-3000", Q), ("e-6500", "b-30000", Q), ("e-6500", "w-5000", Q),
 ("w-5000", "b-30000", Q),
 ("f-nov24", "p-dl", Q),
 ("f-6mo3", "e-four", Q), ("f-6mo3", "b-qtr", Q),
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
        rows.append({"type": "claim", "id": f"oz-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"oz-{a}", f"oz-{b}"
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
