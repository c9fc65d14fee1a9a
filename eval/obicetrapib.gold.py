#!/usr/bin/env python3
"""Build obicetrapib.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "obicetrapib")
OUT = os.path.join(HERE, "obicetrapib.gold.jsonl")
T = "obicetrapib"

W, P, A, E, B, L, F = ("OB01_wire.txt", "OB02_press.txt", "OB03_abstract.txt",
                       "OB04_explainer.txt", "OB05_blog.txt", "OB06_trade.txt", "OB07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- OB01 wire (2024-11-05, Tuesday)
 ("w-dl", W, "Netherlands, Nov 5 (Meridian", "Nov 5", "date", 2024, 2024, "year", N, "dateline"),
 ("w-tue", W, "said on Tuesday its", "Tuesday", "date", 2024, 2024, "year", Y, "broadway topline announcement date"),
 ("w-33", W, "cholesterol by 33% after", "33%", "percent", 33, 33, "%", Y, "broadway placebo-adjusted ldl change day 84"),
 ("w-84d", W, "33% after 84 days", "84 days", "duration", 84, 84, "days", N, "timepoint"),
 ("w-2530", W, "in a 2,530-patient Phase 3", "2,530", "count", 2530, 2530, "patients", Y, "broadway enrollment"),
 ("w-21", W, "pointed to a 21% reduction", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace relative reduction"),
 ("w-10mg", W, "took obicetrapib 10 mg or", "10 mg", "dose", 10, 10, "mg", Y, "broadway obicetrapib dose"),
 ("w-once", W, "placebo once a day for a year", "once a day", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("w-year", W, "once a day for a year", "a year", "duration", 1, 1, "years", Y, "broadway treatment duration"),
 ("w-33b", W, "The 33% figure is", "33%", "percent", 33, 33, "%", N, "repeat"),
 ("w-day84", W, "the study to day 84, the", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("w-42", W, "occurred in 4.2% of patients", "4.2%", "percent", 4.2, 4.2, "%", Y, "broadway mace rate obicetrapib"),
 ("w-52", W, "and 5.2% of those on placebo", "5.2%", "percent", 5.2, 5.2, "%", Y, "broadway mace rate placebo"),
 ("w-11", W, "any cause were 1.1% versus", "1.1%", "percent", 1.1, 1.1, "%", Y, "broadway all-cause mortality obicetrapib"),
 ("w-14", W, "1.1% versus 1.4%", "1.4%", "percent", 1.4, 1.4, "%", Y, "broadway all-cause mortality placebo"),
 ("w-05", W, "deaths 0.5% versus", "0.5%", "percent", 0.5, 0.5, "%", Y, "broadway chd death obicetrapib"),
 ("w-06", W, "0.5% versus 0.6%", "0.6%", "percent", 0.6, 0.6, "%", Y, "broadway chd death placebo"),
 ("w-40", W, "jumped more than 40% to", "more than 40%", "percent", 40, 40, "%", Y, "share rise premarket nov 5 2024"),
 ("w-26", W, "to around $26 in", "$26", "money", 26, 26, "USD", Y, "share price premarket nov 5 2024"),
 ("w-trio", W, "completes a trio of Phase 3", "trio", "count", 3, 3, "trials", N, "phase 3 ldl readouts"),
 ("w-jul", W, "reported in July last year", "July last year", "date", 2023, 2023, "year", Y, "brooklyn topline date (planted: resolves to 2023)"),
 ("w-415", W, "lowered LDL by 41.5% compared", "41.5%", "percent", 41.5, 41.5, "%", Y, "brooklyn placebo-adjusted ldl change day 84 (planted: day-365 value)"),
 ("w-day84b", W, "placebo at day 84 among", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("w-354", W, "among 354 patients", "354", "count", 354, 354, "patients", Y, "brooklyn enrollment"),
 ("w-24", W, "stock fell about 24% that day", "about 24%", "percent", 24, 24, "%", Y, "share drop on brooklyn day"),
 ("w-50", W, "a cut of 50% or more", "50%", "percent", 50, 50, "%", Y, "analyst hoped-for ldl cut"),
 ("w-lastmo", W, "Last month, the TANDEM", "Last month", "date", 2024, 2024, "year", Y, "tandem topline date"),
 ("w-single", W, "of a single pill combining", "single", "count", 1, 1, "pills", N, "aside"),
 ("w-486", W, "showed a 48.6% placebo-adjusted", "48.6%", "percent", 48.6, 48.6, "%", Y, "tandem fdc vs placebo ldl day 84"),
 ("w-day84c", W, "reduction at day 84 in 417", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("w-417", W, "in 417 patients", "417", "count", 417, 417, "patients", Y, "tandem enrollment (planted)"),
 ("w-12mo", W, "the curves inside twelve months", "twelve months", "duration", 12, 12, "months", N, "quote"),
 ("w-3trials", W, "said the three trials will", "three", "count", 3, 3, "trials", N, "aside"),
 ("w-nextyr", W, "Drug Administration next year", "next year", "date", 2025, 2025, "year", Y, "planned fda filing discussions"),
 ("w-2022", W, "Menarini Group in 2022", "2022", "date", 2022, 2022, "year", Y, "menarini european license date"),
 ("w-9000", W, "enrolled more than 9,000 patients", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("w-500", W, "at more than 500 sites", "more than 500", "count", 500, 500, "sites", Y, "prevail sites"),
 ("w-23", W, "sites in 23 countries", "23", "count", 23, 23, "countries", Y, "prevail countries"),
 ("w-2026", W, "expected in late 2026", "late 2026", "date", 2026, 2026, "year", Y, "prevail results expected"),
 ("w-2006", W, "abandoned torcetrapib in 2006", "2006", "date", 2006, 2006, "year", Y, "torcetrapib abandoned"),
 ("w-30k", W, "of more than 30,000 patients", "more than 30,000", "count", 30000, 30000, "patients", Y, "reveal enrollment"),
 ("w-2017", W, "reported in 2017", "2017", "date", 2017, 2017, "year", Y, "reveal reported"),
 ("w-2020", W, "took it over in 2020", "2020", "date", 2020, 2020, "year", Y, "newamsterdam acquired obicetrapib"),

 # ---- OB02 press (2025-05-07)
 ("p-heas", P, "Results at EAS 2025; Data", "2025", "date", 2025, 2025, "year", N, "headline meeting year"),
 ("p-b10", P, "- Obicetrapib 10 mg lowered", "10 mg", "dose", 10, 10, "mg", N, "bullet repeat"),
 ("p-b326", P, "LDL-C by 32.6% versus placebo at day 84 in BROADWAY", "32.6%", "percent", 32.6, 32.6, "%", N, "bullet repeat"),
 ("p-b84", P, "placebo at day 84 in BROADWAY", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("p-b2530", P, "BROADWAY, in 2,530 patients", "2,530", "count", 2530, 2530, "patients", N, "bullet repeat"),
 ("p-b486", P, "LDL-C by 48.6% versus placebo at day 84 in TANDEM", "48.6%", "percent", 48.6, 48.6, "%", N, "bullet repeat"),
 ("p-b84b", P, "placebo at day 84 in TANDEM", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("p-b21", P, "showed 21% fewer major", "21%", "percent", 21, 21, "%", N, "bullet repeat"),
 ("p-b1yr", P, "obicetrapib over one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-dl", P, "MIAMI, May 7, 2025", "May 7, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-two", P, "full results from two pivotal", "two", "count", 2, 2, "trials", N, "aside"),
 ("p-jan21", P, "began dosing patients in January 2021", "January 2021", "date", 2021, 2021, "year", Y, "broadway first patient dosed (planted: 2022)"),
 ("p-2530", P, "randomized 2,530 adults", "2,530", "count", 2530, 2530, "patients", Y, "broadway enrollment"),
 ("p-21r", P, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "ratio", N, "randomization ratio"),
 ("p-10mg", P, "to obicetrapib 10 mg (n=1,686)", "10 mg", "dose", 10, 10, "mg", Y, "broadway obicetrapib dose"),
 ("p-1686", P, "(n=1,686)", "1,686", "count", 1686, 1686, "patients", Y, "broadway obicetrapib arm"),
 ("p-844", P, "placebo (n=844)", "844", "count", 844, 844, "patients", Y, "broadway placebo arm"),
 ("p-once", P, "taken once daily for 365 days", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-365", P, "once daily for 365 days", "365 days", "duration", 365, 365, "days", Y, "broadway treatment duration"),
 ("p-65", P, "mean age of 65 years", "65 years", "age", 65, 65, "years", Y, "broadway mean age"),
 ("p-66", P, "65 years, 66% were men", "66%", "percent", 66, 66, "%", Y, "broadway share men"),
 ("p-84mg", P, "baseline LDL-C was 84 mg/dL", "84 mg/dL", "other", 84, 84, "mg/dL", Y, "broadway mean baseline ldl"),
 ("p-day84", P, "At day 84, the least-squares", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("p-299", P, "a reduction of 29.9% with", "29.9%", "percent", 29.9, 29.9, "%", Y, "broadway obicetrapib-arm ldl change day 84"),
 ("p-27", P, "an increase of 2.7% with placebo", "2.7%", "percent", 2.7, 2.7, "%", Y, "broadway placebo-arm ldl change day 84"),
 ("p-326", P, "placebo-adjusted difference of 32.6%", "32.6%", "percent", 32.6, 32.6, "%", Y, "broadway placebo-adjusted ldl change day 84"),
 ("p-pv", P, "(p<0.0001)", "p<0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-42", P, "occurred in 4.2% of obicetrapib", "4.2%", "percent", 4.2, 4.2, "%", Y, "broadway mace rate obicetrapib"),
 ("p-52", P, "patients and 5.2% of placebo", "5.2%", "percent", 5.2, 5.2, "%", Y, "broadway mace rate placebo"),
 ("p-21", P, "a 21% relative reduction", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace relative reduction"),
 ("p-11", P, "mortality was 1.1% with", "1.1%", "percent", 1.1, 1.1, "%", Y, "broadway all-cause mortality obicetrapib"),
 ("p-14", P, "and 1.4% with placebo", "1.4%", "percent", 1.4, 1.4, "%", Y, "broadway all-cause mortality placebo"),
 ("p-407", P, "TANDEM randomized 407 participants", "407", "count", 407, 407, "participants", Y, "tandem enrollment"),
 ("p-48", P, "at 48 sites in the United States", "48", "count", 48, 48, "sites", Y, "tandem us sites"),
 ("p-four", P, "to one of four once-daily", "four", "count", 4, 4, "arms", N, "tandem arms"),
 ("p-once2", P, "four once-daily treatments", "once-daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-84d", P, "treatments for 84 days", "84 days", "duration", 84, 84, "days", Y, "tandem treatment duration"),
 ("p-fdco", P, "(FDC) of obicetrapib 10 mg and", "10 mg", "dose", 10, 10, "mg", Y, "tandem fdc obicetrapib dose"),
 ("p-fdce", P, "and ezetimibe 10 mg, obicetrapib", "10 mg", "dose", 10, 10, "mg", Y, "tandem fdc ezetimibe dose"),
 ("p-monoo", P, "obicetrapib 10 mg alone", "10 mg", "dose", 10, 10, "mg", Y, "tandem obicetrapib monotherapy dose"),
 ("p-monoe", P, "ezetimibe 10 mg alone", "10 mg", "dose", 10, 10, "mg", Y, "tandem ezetimibe monotherapy dose"),
 ("p-day84b", P, "At day 84, the FDC", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("p-486", P, "the FDC reduced LDL-C by 48.6%", "48.6%", "percent", 48.6, 48.6, "%", Y, "tandem fdc vs placebo ldl day 84"),
 ("p-279", P, "by 27.9% compared with ezetimibe", "27.9%", "percent", 27.9, 27.9, "%", Y, "tandem fdc vs ezetimibe"),
 ("p-168", P, "by 16.8% compared with obicetrapib", "16.8%", "percent", 16.8, 16.8, "%", Y, "tandem fdc vs obicetrapib"),
 ("p-319", P, "LDL-C by 31.9% compared", "31.9%", "percent", 31.9, 31.9, "%", Y, "tandem obicetrapib mono vs placebo"),
 ("p-71", P, "71% of FDC patients", "71%", "percent", 71, 71, "%", Y, "tandem fdc share reaching ldl <55"),
 ("p-55", P, "an LDL-C below 55 mg/dL", "55 mg/dL", "other", 55, 55, "mg/dL", N, "target threshold"),
 ("p-41", P, "compared with 41% on obicetrapib", "41%", "percent", 41, 41, "%", Y, "tandem obicetrapib mono share reaching ldl <55"),
 ("p-25", P, "25% on ezetimibe", "25%", "percent", 25, 25, "%", Y, "tandem ezetimibe share reaching ldl <55"),
 ("p-7", P, "and 7% on placebo", "7%", "percent", 7, 7, "%", Y, "tandem placebo share reaching ldl <55"),
 ("p-single", P, "that a single daily tablet", "single", "count", 1, 1, "tablets", N, "quote"),
 ("p-3in4", P, "Almost three in four patients", "three in four", "percent", 75, 75, "%", N, "quote paraphrase of 71%"),
 ("p-apr24", P, "completed enrollment in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "prevail enrollment completed"),
 ("p-9000", P, "with more than 9,000 patients", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("p-2026", P, "by the end of 2026", "end of 2026", "date", 2026, 2026, "year", Y, "prevail topline expected"),
 ("p-once3", P, "low-dose, once-daily cholesteryl", "once-daily", "count", 1, 1, "doses per day", N, "about section"),
 ("p-jun22", P, "In June 2022, NewAmsterdam", "June 2022", "date", 2022, 2022, "year", Y, "menarini european license date"),
 ("p-1425", P, "a EUR 142.5 million upfront", "EUR 142.5 million", "money", 142500000, 142500000, "EUR", Y, "menarini upfront incl. committed r&d funding"),

 # ---- OB03 abstract (2025-08-25)
 ("a-pub", A, "Published online 25 August 2025", "25 August 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-day84", A, "lipoprotein cholesterol (LDL-C) at day 84", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("a-326", A, "placebo-adjusted 32.6% in BROADWAY", "32.6%", "percent", 32.6, 32.6, "%", Y, "broadway placebo-adjusted ldl change day 84"),
 ("a-2530", A, "BROADWAY (n=2,530)", "2,530", "count", 2530, 2530, "patients", Y, "broadway enrollment"),
 ("a-363", A, "and 36.3% in BROOKLYN", "36.3%", "percent", 36.3, 36.3, "%", Y, "brooklyn placebo-adjusted ldl change day 84"),
 ("a-354", A, "BROOKLYN (n=354)", "354", "count", 354, 354, "patients", Y, "brooklyn enrollment"),
 ("a-two", A, "data from the two double-blind", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-21r", A, "were randomized 2:1 to", "2:1", "ratio", 2, 2, "ratio", N, "randomization ratio"),
 ("a-10mg", A, "to obicetrapib 10 mg or placebo daily", "10 mg", "dose", 10, 10, "mg", Y, "broadway/brooklyn obicetrapib dose"),
 ("a-365", A, "placebo daily for 365 days", "365 days", "duration", 365, 365, "days", Y, "broadway/brooklyn treatment duration"),
 ("a-4comp", A, "The four-component MACE comprised", "four", "count", 4, 4, "components", N, "definition"),
 ("a-3comp", A, "the three-component MACE omitted", "three", "count", 3, 3, "components", N, "definition"),
 ("a-d0180", A, "examined days 0 to 180", "0 to 180", "duration", 0, 180, "days", N, "landmark window"),
 ("a-d181", A, "and days 181 to 365", "181 to 365", "duration", 181, 365, "days", N, "landmark window"),
 ("a-2884", A, "N = 2,884", "2,884", "count", 2884, 2884, "patients", Y, "pooled analysis population"),
 ("a-66", A, "(mean age 66 years", "66 years", "age", 66, 66, "years", Y, "pooled mean age"),
 ("a-36f", A, "36% female", "36%", "percent", 36, 36, "%", Y, "pooled share female"),
 ("a-82", A, "ASCVD 82%", "82%", "percent", 82, 82, "%", Y, "pooled share ascvd"),
 ("a-27", A, "HeFH 27%", "27%", "percent", 27, 27, "%", Y, "pooled share hefh"),
 ("a-35", A, "diabetes 35%", "35%", "percent", 35, 35, "%", Y, "pooled share diabetes"),
 ("a-92", A, "LDL-C 92 mg/dL", "92 mg/dL", "other", 92, 92, "mg/dL", Y, "pooled median baseline ldl"),
 ("a-48", A, "HDL-C 48 mg/dL", "48 mg/dL", "other", 48, 48, "mg/dL", Y, "pooled median baseline hdl"),
 ("a-88", A, "(ApoB) 88 mg/dL", "88 mg/dL", "other", 88, 88, "mg/dL", Y, "pooled median baseline apob"),
 ("a-116", A, "non-HDL-C 116 mg/dL", "116 mg/dL", "other", 116, 116, "mg/dL", Y, "pooled median baseline non-hdl"),
 ("a-405", A, "lipoprotein(a) 40.5 nmol/L", "40.5 nmol/L", "other", 40.5, 40.5, "nmol/L", Y, "pooled median baseline lp(a)"),
 ("a-378", A, "(−37.8% vs", "−37.8%", "percent", -37.8, -37.8, "%", Y, "pooled ldl change obicetrapib"),
 ("a-46", A, "vs −4.6%; absolute", "−4.6%", "percent", -4.6, -4.6, "%", Y, "pooled ldl change placebo"),
 ("a-340", A, "absolute −34.0 vs", "−34.0", "other", -34.0, -34.0, "mg/dL", Y, "pooled ldl absolute change obicetrapib"),
 ("a-40", A, "vs −4.0 mg/dL)", "−4.0 mg/dL", "other", -4.0, -4.0, "mg/dL", Y, "pooled ldl absolute change placebo"),
 ("a-217", A, "ApoB (−21.7% vs", "−21.7%", "percent", -21.7, -21.7, "%", Y, "pooled apob change obicetrapib"),
 ("a-36", A, "vs −3.6%)", "−3.6%", "percent", -3.6, -3.6, "%", Y, "pooled apob change placebo"),
 ("a-324", A, "non-HDL-C (−32.4% vs", "−32.4%", "percent", -32.4, -32.4, "%", Y, "pooled non-hdl change obicetrapib"),
 ("a-37", A, "vs −3.7%)", "−3.7%", "percent", -3.7, -3.7, "%", Y, "pooled non-hdl change placebo"),
 ("a-325", A, "lipoprotein(a) (−32.5% vs", "−32.5%", "percent", -32.5, -32.5, "%", Y, "pooled lp(a) change obicetrapib"),
 ("a-0", A, "−32.5% vs 0%)", "0%", "percent", 0, 0, "%", Y, "pooled lp(a) change placebo"),
 ("a-140", A, "HDL-C (+140.0% vs", "+140.0%", "percent", 140.0, 140.0, "%", Y, "pooled hdl change obicetrapib"),
 ("a-15", A, "vs +1.5%)", "+1.5%", "percent", 1.5, 1.5, "%", Y, "pooled hdl change placebo"),
 ("a-atleast1", A, "At least one adjudicated", "At least one", "count", 1, 1, "events", N, "definition"),
 ("a-123", A, "occurred in 123 patients", "123", "count", 123, 123, "patients", Y, "pooled patients with any event"),
 ("a-43", A, "123 patients (4.3%)", "4.3%", "percent", 4.3, 4.3, "%", Y, "pooled share with any event"),
 ("a-4comp2", A, "Four-component MACE occurred", "Four", "count", 4, 4, "components", N, "definition"),
 ("a-39", A, "occurred in 3.9% of obicetrapib", "3.9%", "percent", 3.9, 3.9, "%", Y, "pooled mace4 rate obicetrapib"),
 ("a-50", A, "and 5.0% of placebo", "5.0%", "percent", 5.0, 5.0, "%", Y, "pooled mace4 rate placebo"),
 ("a-077", A, "(HR 0.77; 95% CI", "0.77", "ratio", 0.77, 0.77, "HR", Y, "pooled mace4 hr full year"),
 ("a-077ci", A, "0.54–1.11", "0.54–1.11", "ratio", 0.54, 1.11, "HR", Y, "ci"),
 ("a-p016", A, "P=0.16", "P=0.16", "pvalue", 0.16, 0.16, "p", N, "p-value"),
 ("a-6mo", A, "confined to the second 6 months", "6 months", "duration", 6, 6, "months", N, "landmark window"),
 ("a-060", A, "(HR 0.60; 95% CI", "0.60", "ratio", 0.60, 0.60, "HR", Y, "pooled mace4 hr second 6 months"),
 ("a-060ci", A, "0.37–0.99", "0.37–0.99", "ratio", 0.37, 0.99, "HR", Y, "ci"),
 ("a-p004", A, "P=0.04)", "P=0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-3comp2", A, "Three-component MACE occurred", "Three", "count", 3, 3, "components", N, "definition"),
 ("a-32", A, "occurred in 3.2% vs", "3.2%", "percent", 3.2, 3.2, "%", Y, "pooled mace3 rate obicetrapib"),
 ("a-47", A, "3.2% vs 4.7%", "4.7%", "percent", 4.7, 4.7, "%", Y, "pooled mace3 rate placebo"),
 ("a-068", A, "(HR 0.68; 95% CI", "0.68", "ratio", 0.68, 0.68, "HR", Y, "pooled mace3 hr full year"),
 ("a-068ci", A, "0.46–1.00", "0.46–1.00", "ratio", 0.46, 1.00, "HR", Y, "ci"),
 ("a-p0048", A, "P=0.048", "P=0.048", "pvalue", 0.048, 0.048, "p", N, "p-value"),
 ("a-6mo2", A, "effect in the second 6 months", "6 months", "duration", 6, 6, "months", N, "landmark window"),
 ("a-045", A, "(HR 0.45; 95% CI", "0.45", "ratio", 0.45, 0.45, "HR", Y, "pooled mace3 hr second 6 months"),
 ("a-045ci", A, "0.26–0.77", "0.26–0.77", "ratio", 0.26, 0.77, "HR", Y, "ci"),
 ("a-p0003a", A, "0.26–0.77; P=0.003", "P=0.003", "pvalue", 0.003, 0.003, "p", N, "p-value"),
 ("a-p0003b", A, "LDL-C (P=0.003)", "P=0.003", "pvalue", 0.003, 0.003, "p", N, "p-value"),
 ("a-p0007", A, "ApoB (P=0.007)", "P=0.007", "pvalue", 0.007, 0.007, "p", N, "p-value"),
 ("a-p0003c", A, "lipoprotein(a) (P=0.003)", "P=0.003", "pvalue", 0.003, 0.003, "p", N, "p-value"),
 ("a-6moc", A, "after approximately 6 months", "approximately 6 months", "duration", 6, 6, "months", N, "conclusion repeat"),
 ("a-9000", A, "randomized more than 9,000 patients", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),

 # ---- OB04 explainer (2025-09-15)
 ("e-upd", E, "Updated September 15, 2025", "September 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-once", E, "A once-daily pill", "once-daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("e-2020", E, "took it over in 2020", "2020", "date", 2020, 2020, "year", Y, "newamsterdam acquired obicetrapib"),
 ("e-once2", E, "as a tablet once a day", "once a day", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("e-jun22", E, "European rights in June 2022", "June 2022", "date", 2022, 2022, "year", Y, "menarini european license date"),
 ("e-11b", E, "valued at about $1.1 billion", "about $1.1 billion", "money", 1100000000, 1100000000, "USD", Y, "menarini deal total value (usd)"),
 ("e-three", E, "Three Phase 3 trials", "Three", "count", 3, 3, "trials", N, "aside"),
 ("e-jan22", E, "which began in January 2022", "January 2022", "date", 2022, 2022, "year", Y, "broadway first patient dosed"),
 ("e-2530", E, "enrolled 2,530 people", "2,530", "count", 2530, 2530, "patients", Y, "broadway enrollment"),
 ("e-12wk", E, "After 12 weeks, LDL fell", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-326", E, "LDL fell 32.6% more", "32.6%", "percent", 32.6, 32.6, "%", Y, "broadway placebo-adjusted ldl change day 84"),
 ("e-jul24", E, "reported in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "brooklyn topline date"),
 ("e-354", E, "enrolled 354 people", "354", "count", 354, 354, "patients", Y, "brooklyn enrollment"),
 ("e-363", E, "LDL fell 36.3% more", "36.3%", "percent", 36.3, 36.3, "%", Y, "brooklyn placebo-adjusted ldl change day 84"),
 ("e-day84", E, "than placebo at day 84, and", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("e-415", E, "and 41.5% more at one year", "41.5%", "percent", 41.5, 41.5, "%", Y, "brooklyn placebo-adjusted ldl change day 365"),
 ("e-1yr", E, "more at one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-5mg", E, "tested a 5 mg daily dose", "5 mg", "dose", 5, 5, "mg", Y, "broadway/brooklyn obicetrapib dose (planted)"),
 ("e-single", E, "TANDEM tested a single pill", "single", "count", 1, 1, "pills", N, "aside"),
 ("e-eze10", E, "with ezetimibe 10 mg, an older", "10 mg", "dose", 10, 10, "mg", Y, "tandem fdc ezetimibe dose"),
 ("e-407", E, "In 407 people", "407", "count", 407, 407, "participants", Y, "tandem enrollment"),
 ("e-48", E, "at 48 sites in the United States", "48", "count", 48, 48, "sites", Y, "tandem us sites"),
 ("e-456", E, "lowered LDL 45.6% more than placebo", "45.6%", "percent", 45.6, 45.6, "%", Y, "tandem fdc vs placebo ldl day 84 (planted: within-arm change)"),
 ("e-84d", E, "placebo after 84 days", "84 days", "duration", 84, 84, "days", N, "timepoint"),
 ("e-7in10", E, "Seven in ten people", "Seven in ten", "percent", 70, 70, "%", N, "paraphrase of 71%"),
 ("e-71", E, "taking it (71%)", "71%", "percent", 71, 71, "%", Y, "tandem fdc share reaching ldl <55"),
 ("e-55", E, "reached an LDL below 55 mg/dL", "55 mg/dL", "other", 55, 55, "mg/dL", N, "target threshold"),
 ("e-statin50", E, "lowers LDL by around 50%", "around 50%", "percent", 50, 50, "%", Y, "high-intensity statin ldl reduction"),
 ("e-eze20", E, "roughly another 20% or so", "roughly another 20%", "percent", 20, 20, "%", Y, "ezetimibe added ldl reduction"),
 ("e-pcsk60", E, "by about 60% on top", "about 60%", "percent", 60, 60, "%", Y, "pcsk9 inhibitor ldl reduction"),
 ("e-21", E, "found 21% fewer major", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace relative reduction"),
 ("e-ayear", E, "on obicetrapib over a year", "a year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-2884", E, "covering 2,884 people", "2,884", "count", 2884, 2884, "patients", Y, "pooled analysis population"),
 ("e-060", E, "hazard ratio of 0.60 for major", "0.60", "ratio", 0.60, 0.60, "HR", Y, "pooled mace4 hr full year (planted: second-6-month value)"),
 ("e-9000", E, "trial in more than 9,000 people", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("e-500", E, "at more than 500 sites", "more than 500", "count", 500, 500, "sites", Y, "prevail sites"),
 ("e-23", E, "sites in 23 countries", "23", "count", 23, 23, "countries", Y, "prevail countries"),
 ("e-apr24", E, "Enrollment finished in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "prevail enrollment completed"),
 ("e-25y", E, "at least two and a half years", "two and a half years", "duration", 2.5, 2.5, "years", Y, "prevail minimum follow-up"),
 ("e-2026", E, "expected in late 2026", "late 2026", "date", 2026, 2026, "year", Y, "prevail results expected"),
 ("e-76", E, "BROOKLYN, 7.6% of people", "7.6%", "percent", 7.6, 7.6, "%", Y, "brooklyn discontinuation obicetrapib"),
 ("e-144", E, "compared with 14.4% on placebo", "14.4%", "percent", 14.4, 14.4, "%", Y, "brooklyn discontinuation placebo"),
 ("e-2006", E, "trial stopped in 2006", "2006", "date", 2006, 2006, "year", Y, "torcetrapib trial stopped"),
 ("e-2019", E, "European guidelines from 2019", "2019", "date", 2019, 2019, "year", N, "guideline year"),
 ("e-55b", E, "an LDL below 55 mg/dL for people", "55 mg/dL", "other", 55, 55, "mg/dL", Y, "european very-high-risk ldl goal"),
 ("e-50cut", E, "a cut of at least 50% from", "at least 50%", "percent", 50, 50, "%", Y, "european guideline ldl reduction goal"),
 ("e-70", E, "often use 70 mg/dL", "70 mg/dL", "other", 70, 70, "mg/dL", Y, "us add-on threshold"),

 # ---- OB05 blog (2025-09-29)
 ("b-pub", B, "| September 29, 2025 |", "September 29, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-once", B, "a small, once-daily tablet", "once-daily", "count", 1, 1, "doses per day", N, "caption"),
 ("b-12mo", B, "Twelve months and three", "Twelve months", "duration", 12, 12, "months", N, "aside"),
 ("b-three", B, "Twelve months and three Phase 3", "three", "count", 3, 3, "trials", N, "aside"),
 ("b-2350", B, "randomized 2,350 patients", "2,350", "count", 2350, 2350, "patients", Y, "broadway enrollment (planted: transposed)"),
 ("b-day84", B, "At day 84, LDL was roughly", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("b-third", B, "roughly a third lower", "roughly a third", "percent", 33.3, 33.3, "%", Y, "broadway placebo-adjusted ldl change day 84 (rounded)"),
 ("b-326", B, "published figure is 32.6%", "32.6%", "percent", 32.6, 32.6, "%", Y, "broadway placebo-adjusted ldl change day 84"),
 ("b-fullyr", B, "through a full year of treatment", "a full year", "duration", 1, 1, "years", Y, "broadway treatment duration"),
 ("b-363", B, "The headline 36.3% is", "36.3%", "percent", 36.3, 36.3, "%", Y, "brooklyn placebo-adjusted ldl change day 84"),
 ("b-day84b", B, "placebo-adjusted drop at day 84.", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("b-415", B, "The 41.5% you also see", "41.5%", "percent", 41.5, 41.5, "%", Y, "brooklyn placebo-adjusted ldl change day 365"),
 ("b-day365", B, "comparison at day 365", "day 365", "duration", 365, 365, "days", N, "timepoint"),
 ("b-50", B, "Investors wanted 50%", "50%", "percent", 50, 50, "%", Y, "analyst hoped-for ldl cut"),
 ("b-third2", B, "the stock fell by a third", "a third", "percent", 33.3, 33.3, "%", Y, "share drop on brooklyn day"),
 ("b-o10", B, "pill of obicetrapib 10 mg plus", "10 mg", "dose", 10, 10, "mg", Y, "tandem fdc obicetrapib dose"),
 ("b-e10", B, "plus ezetimibe 10 mg in", "10 mg", "dose", 10, 10, "mg", Y, "tandem fdc ezetimibe dose"),
 ("b-407", B, "in 407 patients", "407", "count", 407, 407, "participants", Y, "tandem enrollment"),
 ("b-84d", B, "placebo, for 84 days", "84 days", "duration", 84, 84, "days", Y, "tandem treatment duration"),
 ("b-486", B, "cut LDL by 48.6% versus", "48.6%", "percent", 48.6, 48.6, "%", Y, "tandem fdc vs placebo ldl day 84"),
 ("b-41", B, "and 41% of patients on the combination", "41%", "percent", 41, 41, "%", Y, "tandem fdc share reaching ldl <55 (planted: obicetrapib-arm value)"),
 ("b-55", B, "an LDL under 55 mg/dL", "55 mg/dL", "other", 55, 55, "mg/dL", N, "target threshold"),
 ("b-ch84", B, "LDL reduction at day 84 in BROADWAY", "day 84", "duration", 84, 84, "days", N, "chart label"),
 ("b-ch84b", B, "Caption: Day-84 LDL", "Day-84", "duration", 84, 84, "days", N, "caption"),
 ("b-ch3", B, "across the three Phase 3 trials", "three", "count", 3, 3, "trials", N, "caption"),
 ("b-21", B, "analysis found 21% fewer", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace relative reduction"),
 ("b-1yr", B, "events over one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-2884", B, "BROOKLYN in 2,884 patients", "2,884", "count", 2884, 2884, "patients", Y, "pooled analysis population"),
 ("b-4comp", B, "put the four-component MACE", "four", "count", 4, 4, "components", N, "definition"),
 ("b-077", B, "hazard ratio at 0.77,", "0.77", "ratio", 0.77, 0.77, "HR", Y, "pooled mace4 hr full year"),
 ("b-23", B, "which is a 23% lower risk", "23%", "percent", 23, 23, "%", Y, "pooled mace4 relative risk reduction"),
 ("b-ci", B, "ran from 0.54 to 1.11", "0.54 to 1.11", "ratio", 0.54, 1.11, "HR", Y, "ci"),
 ("b-cross1", B, "interval that crosses 1 means", "1", "ratio", 1, 1, "HR", N, "explanation"),
 ("b-9000", B, "enrolled more than 9,000 people", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("b-2027", B, "will not arrive until 2027", "2027", "date", 2027, 2027, "year", Y, "prevail results expected (planted)"),
 ("b-1bn", B, "Menarini paid €1 billion upfront", "€1 billion", "money", 1000000000, 1000000000, "EUR", Y, "menarini upfront (planted: total deal value)"),
 ("b-2022", B, "back in 2022", "2022", "date", 2022, 2022, "year", Y, "menarini european license date"),

 # ---- OB06 trade (2024-07-30, Tuesday)
 ("l-dl", L, "Tuesday, July 30, 2024", "Tuesday, July 30, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-third", L, "shares lost a third of their value", "a third", "percent", 33.3, 33.3, "%", Y, "share drop on brooklyn day (premarket)"),
 ("l-mon", L, "premarket trading on Monday after", "Monday", "date", 2024, 2024, "year", Y, "brooklyn topline date"),
 ("l-three", L, "in the first of three Phase 3", "three", "count", 3, 3, "trials", N, "aside"),
 ("l-300", L, "In the 300-patient BROOKLYN", "300", "count", 300, 300, "patients", Y, "brooklyn enrollment (planted: planned figure)"),
 ("l-70", L, "stayed above 70 mg/dL", "70 mg/dL", "other", 70, 70, "mg/dL", Y, "brooklyn ldl entry threshold"),
 ("l-21r", L, "randomized 2:1", "2:1", "ratio", 2, 2, "ratio", N, "randomization ratio"),
 ("l-10mg", L, "to obicetrapib 10 mg or placebo", "10 mg", "dose", 10, 10, "mg", Y, "brooklyn obicetrapib dose"),
 ("l-day84", L, "At day 84, obicetrapib", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("l-363", L, "lowered LDL by 36.3% compared", "36.3%", "percent", 36.3, 36.3, "%", Y, "brooklyn placebo-adjusted ldl change day 84"),
 ("l-day365", L, "and at day 365 the", "day 365", "duration", 365, 365, "days", N, "timepoint"),
 ("l-415", L, "reduction was 41.5%", "41.5%", "percent", 41.5, 41.5, "%", Y, "brooklyn placebo-adjusted ldl change day 365"),
 ("l-half", L, "More than half of patients", "More than half", "percent", 50, 50, "%", Y, "brooklyn share reaching ldl <70"),
 ("l-70b", L, "reached an LDL below 70 mg/dL", "70 mg/dL", "other", 70, 70, "mg/dL", N, "target threshold"),
 ("l-33", L, "The stock fell 33% before", "33%", "percent", 33, 33, "%", Y, "share drop on brooklyn day (premarket)"),
 ("l-1203", L, "opening bell to $12.03", "$12.03", "money", 12.03, 12.03, "USD", Y, "premarket share price jul 29 2024"),
 ("l-1886", L, "close of $18.86", "$18.86", "money", 18.86, 18.86, "USD", Y, "previous close"),
 ("l-fri", L, "$18.86 on Friday", "Friday", "date", 2024, 2024, "year", N, "previous close date"),
 ("l-4351", L, "of a 43% to 51% range", "43% to 51%", "percent", 43, 51, "%", Y, "analyst expected ldl range"),
 ("l-51", L, "with the 51% median drop", "51%", "percent", 51, 51, "%", Y, "phase 2 monotherapy ldl reduction"),
 ("l-50", L, "Anything approaching 50%", "50%", "percent", 50, 50, "%", N, "quote"),
 ("l-halfeze", L, "about half were taking ezetimibe", "about half", "percent", 50, 50, "%", Y, "brooklyn share on ezetimibe"),
 ("l-1in5", L, "about one in five used", "about one in five", "percent", 20, 20, "%", Y, "brooklyn share on pcsk9 inhibitor"),
 ("l-76", L, "discontinuations were 7.6%", "7.6%", "percent", 7.6, 7.6, "%", Y, "brooklyn discontinuation obicetrapib"),
 ("l-144", L, "and 14.4% on placebo", "14.4%", "percent", 14.4, 14.4, "%", Y, "brooklyn discontinuation placebo"),
 ("l-eight", L, "there were eight severe", "eight", "count", 8, 8, "events", Y, "brooklyn severe teaes per arm"),
 ("l-two", L, "The two remaining LDL trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("l-2q", L, "over the next two quarters", "two quarters", "duration", 2, 2, "quarters", N, "forecast"),
 ("l-2500", L, "with more than 2,500 patients", "more than 2,500", "count", 2500, 2500, "patients", Y, "broadway enrollment"),
 ("l-three2", L, "the largest of the three", "three", "count", 3, 3, "trials", N, "aside"),
 ("l-thismo", L, "finished enrolling earlier this month", "earlier this month", "date", 2024, 2024, "year", N, "tandem enrollment finished"),
 ("l-apr", L, "closed enrollment in April", "April", "date", 2024, 2024, "year", Y, "prevail enrollment completed"),
 ("l-9000", L, "with more than 9,000", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("l-25", L, "patients in 25 countries", "25", "count", 25, 25, "countries", Y, "prevail countries (planted)"),
 ("l-30mo", L, "at least 30 months", "30 months", "duration", 30, 30, "months", Y, "prevail minimum follow-up"),
 ("l-lastjune", L, "licensed European rights last June", "last June", "date", 2023, 2023, "year", Y, "menarini european license date (planted: resolves to 2023)"),
 ("l-115", L, "paid EUR 115 million up", "EUR 115 million", "money", 115000000, 115000000, "EUR", Y, "menarini upfront"),
 ("l-275", L, "plus EUR 27.5 million in", "EUR 27.5 million", "money", 27500000, 27500000, "EUR", Y, "menarini committed r&d funding"),
 ("l-863", L, "863 million more in milestones", "863 million", "money", 863000000, 863000000, "EUR", Y, "menarini potential milestones"),
 ("l-1bn", L, "more than EUR 1 billion", "more than EUR 1 billion", "money", 1000000000, 1000000000, "EUR", Y, "menarini total deal value"),
 ("l-16bn", L, "(US$1.6 billion)", "US$1.6 billion", "money", 1600000000, 1600000000, "USD", Y, "menarini total deal value (usd)"),
 ("l-thisyr", L, "medical meeting later this year", "later this year", "date", 2024, 2024, "year", N, "forecast"),

 # ---- OB07 factcheck (2025-10-06)
 ("f-pub", F, "| October 6, 2025 |", "October 6, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-chalf", F, "cuts your cholesterol in half and", "in half", "percent", 50, 50, "%", N, "claim text"),
 ("f-c1in5", F, "prevents 1 in 5 heart attacks,\" adding", "1 in 5", "percent", 20, 20, "%", N, "claim text"),
 ("f-cyear", F, "\"the FDA approved it this year\"", "this year", "date", 2025, 2025, "year", N, "claim text"),
 ("f-three", F, "tested in three Phase 3 trials", "three", "count", 3, 3, "trials", N, "aside"),
 ("f-inhalf", F, "\"In half\" applies only", "In half", "percent", 50, 50, "%", N, "claim text"),
 ("f-407", F, "TANDEM trial, 407 patients", "407", "count", 407, 407, "participants", Y, "tandem enrollment"),
 ("f-84s", F, "at 84 sites in the United States", "84", "count", 84, 84, "sites", Y, "tandem us sites (planted: transposed)"),
 ("f-84d", F, "cholesterol drug, for 84 days", "84 days", "duration", 84, 84, "days", Y, "tandem treatment duration"),
 ("f-486", F, "lowered LDL by 48.6% more than placebo", "48.6%", "percent", 48.6, 48.6, "%", Y, "tandem fdc vs placebo ldl day 84"),
 ("f-closehalf", F, "which is close to half", "close to half", "percent", 50, 50, "%", N, "paraphrase"),
 ("f-12wk", F, "BROADWAY, a 12-week trial", "12-week", "duration", 12, 12, "weeks", Y, "broadway treatment duration (planted: primary-endpoint timepoint)"),
 ("f-2530", F, "trial of 2,530 patients", "2,530", "count", 2530, 2530, "patients", Y, "broadway enrollment"),
 ("f-299", F, "placebo-adjusted reduction was 29.9%", "29.9%", "percent", 29.9, 29.9, "%", Y, "broadway placebo-adjusted ldl change day 84 (planted: obicetrapib-arm change)"),
 ("f-354", F, "In BROOKLYN, in 354 patients", "354", "count", 354, 354, "patients", Y, "brooklyn enrollment"),
 ("f-363", F, "it was 36.3% at day 84", "36.3%", "percent", 36.3, 36.3, "%", Y, "brooklyn placebo-adjusted ldl change day 84"),
 ("f-day84", F, "36.3% at day 84", "day 84", "duration", 84, 84, "days", N, "timepoint"),
 ("f-1in5b", F, "The \"1 in 5 heart attacks\" figure", "1 in 5", "percent", 20, 20, "%", N, "claim text"),
 ("f-42", F, "events in 4.2% of patients", "4.2%", "percent", 4.2, 4.2, "%", Y, "broadway mace rate obicetrapib"),
 ("f-52", F, "and 5.2% on placebo", "5.2%", "percent", 5.2, 5.2, "%", Y, "broadway mace rate placebo"),
 ("f-21", F, "a 21% relative reduction", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace relative reduction"),
 ("f-aug", F, "published in August, found", "August", "date", 2025, 2025, "year", N, "pooled analysis publication"),
 ("f-077", F, "hazard ratio of 0.77 for", "0.77", "ratio", 0.77, 0.77, "HR", Y, "pooled mace4 hr full year"),
 ("f-4part", F, "the main four-part composite", "four", "count", 4, 4, "components", N, "definition"),
 ("f-23", F, "or 23% lower risk", "23%", "percent", 23, 23, "%", Y, "pooled mace4 relative risk reduction"),
 ("f-ci", F, "interval of 0.54 to 1.11", "0.54 to 1.11", "ratio", 0.54, 1.11, "HR", Y, "ci"),
 ("f-p", F, "a P value of 0.16", "0.16", "pvalue", 0.16, 0.16, "p", N, "p-value"),
 ("f-9000", F, "has enrolled more than 9,000 people", "more than 9,000", "count", 9000, 9000, "patients", Y, "prevail enrollment"),
 ("f-3yr", F, "followed for at least three years", "three years", "duration", 3, 3, "years", Y, "prevail minimum follow-up (planted)"),
 ("f-2026", F, "expected in late 2026", "late 2026", "date", 2026, 2026, "year", Y, "prevail results expected"),
 ("f-rhalf", F, "obicetrapib cuts cholesterol in half, prevents", "in half", "percent", 50, 50, "%", N, "ruling restates claim"),
 ("f-r1in5", F, "prevents 1 in 5 heart attacks and was", "1 in 5", "percent", 20, 20, "%", N, "ruling restates claim"),
 ("f-ryear", F, "by the FDA this year. The", "this year", "date", 2025, 2025, "year", N, "ruling restates claim"),
 ("f-r486", F, "The 48.6% reduction came", "48.6%", "percent", 48.6, 48.6, "%", Y, "tandem fdc vs placebo ldl (ruling)"),
 ("f-r21", F, "the 21% figure is", "21%", "percent", 21, 21, "%", Y, "broadway exploratory mace (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 BROADWAY enrollment 2,350 (blog, transposed) vs 2,530 / more than 2,500
 ("b-2350", "w-2530", S), ("b-2350", "p-2530", S), ("b-2350", "a-2530", S), ("b-2350", "e-2530", S),
 ("b-2350", "f-2530", S), ("b-2350", "l-2500", S),
 # S2 BROOKLYN placebo-adjusted LDL at day 84: 41.5% (wire, day-365 value) vs 36.3%
 ("w-415", "a-363", S), ("w-415", "e-363", S), ("w-415", "b-363", S), ("w-415", "l-363", S), ("w-415", "f-363", S),
 # S3 TANDEM FDC vs placebo: 45.6% (explainer, within-arm change) vs 48.6%
 ("e-456", "w-486", S), ("e-456", "p-486", S), ("e-456", "b-486", S), ("e-456", "f-486", S), ("e-456", "f-r486", S),
 # S4 BROADWAY placebo-adjusted day-84: 29.9% (factcheck, obicetrapib-arm change) vs 32.6% / 33%
 ("f-299", "p-326", S), ("f-299", "a-326", S), ("f-299", "e-326", S), ("f-299", "b-326", S), ("f-299", "w-33", S),
 # S5 TANDEM FDC share reaching LDL<55: 41% (blog, monotherapy arm) vs 71%
 ("b-41", "p-71", S), ("b-41", "e-71", S),
 # S6 TANDEM enrollment: 417 (wire) vs 407
 ("w-417", "p-407", S), ("w-417", "e-407", S), ("w-417", "b-407", S), ("w-417", "f-407", S),
 # S7 TANDEM US sites: 84 (factcheck, transposed) vs 48
 ("f-84s", "p-48", S), ("f-84s", "e-48", S),
 # S8 BROOKLYN enrollment: 300 (trade, planned figure) vs 354
 ("l-300", "w-354", S), ("l-300", "a-354", S), ("l-300", "e-354", S), ("l-300", "f-354", S),
 # S9 PREVAIL countries: 25 (trade) vs 23
 ("l-25", "w-23", S), ("l-25", "e-23", S),
 # S10 BROOKLYN topline year: "July last year" (wire -> 2023) vs July 2024 / Monday (2024-07-29)
 ("w-jul", "e-jul24", S), ("w-jul", "l-mon", S),
 # S11 PREVAIL results expected: 2027 (blog) vs late/end of 2026
 ("b-2027", "w-2026", S), ("b-2027", "p-2026", S), ("b-2027", "e-2026", S), ("b-2027", "f-2026", S),
 # S12 Menarini license year: "last June" (trade -> 2023) vs 2022
 ("l-lastjune", "w-2022", S), ("l-lastjune", "p-jun22", S), ("l-lastjune", "e-jun22", S), ("l-lastjune", "b-2022", S),
 # S13 Menarini upfront: EUR 1 billion (blog, total deal value) vs EUR 115m / EUR 142.5m
 ("b-1bn", "l-115", S), ("b-1bn", "p-1425", S),
 # S14 BROADWAY/BROOKLYN obicetrapib dose: 5 mg (explainer) vs 10 mg
 ("e-5mg", "w-10mg", S), ("e-5mg", "p-10mg", S), ("e-5mg", "a-10mg", S), ("e-5mg", "l-10mg", S),
 # S15 BROADWAY treatment duration: 12-week trial (factcheck) vs 365 days / a year
 ("f-12wk", "p-365", S), ("f-12wk", "a-365", S), ("f-12wk", "w-year", S), ("f-12wk", "b-fullyr", S),
 # S16 PREVAIL minimum follow-up: three years (factcheck) vs 30 months / two and a half years
 ("f-3yr", "l-30mo", S), ("f-3yr", "e-25y", S),
 # S17 pooled MACE4 HR over the full year: 0.60 (explainer, second-6-month value) vs 0.77
 ("e-060", "a-077", S), ("e-060", "b-077", S), ("e-060", "f-077", S),
 # S18 BROADWAY first dosing year: January 2021 (press) vs January 2022
 ("p-jan21", "e-jan22", S),
 # Qualified
 ("p-1425", "l-115", Q),                      # upfront incl. vs excl. committed R&D funding (real)
 ("e-11b", "l-16bn", Q),                      # deal value in USD: 1.1bn vs 1.6bn (real)
 ("w-24", "l-33", Q), ("w-24", "l-third", Q), ("w-24", "b-third2", Q),   # share drop: early trading vs premarket (real)
 ("b-third", "f-299", Q),                     # "roughly a third" vs planted 29.9%
 ("e-5mg", "p-fdco", Q), ("e-5mg", "b-o10", Q), ("e-5mg", "p-monoo", Q),  # 5 mg vs TANDEM's obicetrapib 10 mg (other trial)
 ("e-060", "a-068", Q),                       # planted full-year HR 0.60 vs three-component full-year HR 0.68
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
        rows.append({"type": "claim", "id": f"ob-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ob-{a}", f"ob-{b}"
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
