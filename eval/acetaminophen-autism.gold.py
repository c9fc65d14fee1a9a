#!/usr/bin/env python3
"""Build acetaminophen-autism.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "acetaminophen-autism")
OUT = os.path.join(HERE, "acetaminophen-autism.gold.jsonl")
T = "acetaminophen-autism"

W, P, A, E, B, L, F = ("AA01_wire.txt", "AA02_press.txt", "AA03_abstract.txt",
                       "AA04_explainer.txt", "AA05_blog.txt", "AA06_local.txt", "AA07_factcheck.txt")
Y = True; N = False
I31, I36, I44, I150, I34, I271 = 100/31, 100/36, 100/44, 100/150, 100/34, 100/271

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AA01 wire (2025-09-23, Tuesday)
 ("w-dl", W, "WASHINGTON, Sept 23", "Sept 23", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "Trump on Monday urged", "Monday", "date", 2025, 2025, "year", Y, "white house announcement date (sept 22)"),
 ("w-dozen", W, "around a dozen times", "a dozen", "count", 12, 12, "times", Y, "times trump said don't take tylenol"),
 ("w-hour", W, "the hour-long event", "hour-long", "duration", 1, 1, "hours", N, "event length (aside)"),
 ("w-1998", W, "discontinued the tablets in 1998", "1998", "date", 1998, 1998, "year", Y, "wellcovorin brand discontinued (misreport)"),
 ("w-13", W, "chosen 13 research projects", "13", "count", 13, 13, "projects", Y, "nih adsi projects"),
 ("w-50m", W, "its $50 million Autism", "$50 million", "money", 50000000, 50000000, "USD", Y, "nih autism data science initiative"),
 ("w-april", W, "estimated in April that", "April", "date", 2025, 2025, "year", Y, "cdc addm report release"),
 ("w-31", W, "that 1 in 31 eight-year-olds", "1 in 31", "percent", I31, I31, "%", Y, "autism prevalence 8-year-olds 2022"),
 ("w-8yo", W, "1 in 31 eight-year-olds had", "eight-year-olds", "age", 8, 8, "years", N, "age qualifier"),
 ("w-2022", W, "with autism in 2022, up", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("w-36", W, "up from 1 in 36 in 2020", "1 in 36", "percent", I36, I36, "%", Y, "autism prevalence 2020"),
 ("w-2020", W, "1 in 36 in 2020", "2020", "date", 2020, 2020, "year", N, "surveillance year"),
 ("w-150", W, "and 1 in 150 in 2000", "1 in 150", "percent", I150, I150, "%", Y, "autism prevalence 2000"),
 ("w-2000", W, "1 in 150 in 2000", "2000", "date", 2000, 2000, "year", N, "surveillance year"),
 ("w-lastmo", W, "a review published last month", "last month", "date", 2025, 2025, "year", Y, "mount sinai/harvard review publication (aug 2025)"),
 ("w-46", W, "Harvard of 46 studies", "46", "count", 46, 46, "studies", Y, "studies in mount sinai/harvard review"),
 ("w-2024", W, "a 2024 Swedish study", "2024", "date", 2024, 2024, "year", Y, "swedish sibling study publication year"),
 ("w-25m", W, "nearly 2.5 million children born", "2.5 million", "count", 2500000, 2500000, "children", Y, "swedish study cohort size"),
 ("w-9521", W, "born between 1995 and 2021", "1995 and 2021", "date", 1995, 2021, "year", Y, "swedish cohort birth years (misreport)"),
 ("w-half", W, "more than half of pregnant women worldwide", "half", "percent", 50, 50, "%", Y, "share of pregnant women using acetaminophen worldwide"),
 ("w-2023", W, "Johnson & Johnson in 2023", "2023", "date", 2023, 2023, "year", Y, "kenvue spin-off year"),
 ("w-75", W, "closed down 7.5% at", "7.5%", "percent", 7.5, 7.5, "%", Y, "kenvue share drop sept 22"),
 ("w-1697", W, "at $16.97 on Monday", "$16.97", "money", 16.97, 16.97, "USD", Y, "kenvue close sept 22"),
 ("w-mon2", W, "$16.97 on Monday", "Monday", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-26b", W, "about $2.6 billion off", "$2.6 billion", "money", 2600000000, 2600000000, "USD", Y, "market value lost sept 22"),
 ("w-6", W, "rebounded more than 6% at the open", "6%", "percent", 6, 6, "%", Y, "kenvue rebound at tuesday open"),
 ("w-tue", W, "at the open on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-10", W, "fallen more than 10% on Sept. 5", "10%", "percent", 10, 10, "%", Y, "kenvue drop sept 5 (intraday)"),
 ("w-sep5", W, "on Sept. 5, after", "Sept. 5", "date", 2025, 2025, "year", N, "wsj report date"),
 ("w-1b", W, "about $1 billion in annual sales", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "tylenol annual sales"),
 ("w-judge", W, "a federal judge in 2023 threw", "2023", "date", 2023, 2023, "year", Y, "tylenol autism mdl dismissed"),
 ("w-12yo", W, "until children are 12 years old", "12 years old", "age", 12, 12, "years", Y, "trump hep b age (paraphrase)"),

 # ---- AA02 press release (2025-09-29)
 ("p-htriple", P, "to Triple Leucovorin", "Triple", "ratio", 3, 3, "x", N, "headline repeat"),
 ("p-h9m", P, "targets 9 million tablets", "9 million", "count", 9000000, 9000000, "tablets/month", N, "subtitle repeat"),
 ("p-hmar", P, "by the end of March 2026; invests", "March 2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-h14m", P, "invests $14 million", "$14 million", "money", 14000000, 14000000, "USD", N, "subtitle repeat"),
 ("p-dl", P, "Sept. 29, 2025 /PRNewswire/", "Sept. 29, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-triple", P, "it will triple production", "triple", "ratio", 3, 3, "x", Y, "production increase multiple"),
 ("p-sep22", P, "Administration's Sept. 22 action", "Sept. 22", "date", 2025, 2025, "year", Y, "fda leucovorin action date"),
 ("p-3m", P, "about 3 million leucovorin tablets", "3 million", "count", 3000000, 3000000, "tablets/month", Y, "current production"),
 ("p-5mg", P, "in 5 mg, 10 mg", "5 mg", "dose", 5, 5, "mg", Y, "tablet strength"),
 ("p-10mg", P, "5 mg, 10 mg, 15 mg", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength"),
 ("p-15mg", P, "15 mg and 25 mg", "15 mg", "dose", 15, 15, "mg", Y, "tablet strength"),
 ("p-25mg", P, "25 mg strengths", "25 mg", "dose", 25, 25, "mg", Y, "tablet strength (largest)"),
 ("p-9m", P, "reach 9 million tablets a month", "9 million", "count", 9000000, 9000000, "tablets/month", Y, "target production (forecast)"),
 ("p-mar26", P, "by the end of March 2026. It", "March 2026", "date", 2026, 2026, "year", Y, "target date"),
 ("p-14m", P, "It is investing $14 million", "$14 million", "money", 14000000, 14000000, "USD", Y, "packaging line investment"),
 ("p-40", P, "plans to add 40 manufacturing", "40", "count", 40, 40, "jobs", Y, "new jobs"),
 ("p-doubled", P, "their orders doubled", "doubled", "ratio", 2, 2, "x", N, "quote"),
 ("p-week", P, "in a single week", "a single week", "duration", 1, 1, "weeks", N, "quote"),
 ("p-sep22b", P, "On Sept. 22, the FDA said", "Sept. 22", "date", 2025, 2025, "year", N, "repeat"),
 ("p-1983", P, "first approved in 1983", "1983", "date", 1983, 1983, "year", Y, "wellcovorin first approval"),
 ("p-1997", P, "GSK discontinued in 1997", "1997", "date", 1997, 1997, "year", Y, "wellcovorin brand discontinued"),
 ("p-0924", P, "studies from 2009 to 2024", "2009 to 2024", "date", 2009, 2024, "year", Y, "fda evidence review period"),
 ("p-2018", P, "published in 2018, enrolled", "2018", "date", 2018, 2018, "year", Y, "frye trial publication"),
 ("p-48", P, "enrolled 48 children", "48", "count", 48, 48, "children", Y, "frye trial size"),
 ("p-2mgkg", P, "at 2 mg per kilogram", "2 mg per kilogram", "dose", 2, 2, "mg/kg", Y, "leucovorin trial dose per day"),
 ("p-50mg", P, "maximum of 50 mg a day", "50 mg", "dose", 50, 50, "mg", Y, "leucovorin trial max daily dose"),
 ("p-12wk", P, "a placebo for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "frye trial duration"),
 ("p-sep22c", P, "The Sept. 22 announcement also", "Sept. 22", "date", 2025, 2025, "year", N, "repeat"),
 ("p-44", P, "a review of 44 studies", "44", "count", 44, 44, "studies", Y, "studies in mount sinai/harvard review (misreport)"),
 ("p-half", P, "more than half of American children", "half", "percent", 50, 50, "%", Y, "children covered by medicaid/chip"),
 ("p-2011", P, "distributed nationally since 2011", "2011", "date", 2011, 2011, "year", N, "company product history"),
 ("p-2004", P, "Founded in 2004", "2004", "date", 2004, 2004, "year", N, "about section"),
 ("p-620", P, "employs about 620 people", "620", "count", 620, 620, "employees", N, "about section"),
 ("p-2plants", P, "at two plants", "two", "count", 2, 2, "plants", N, "about section"),
 ("p-50st", P, "in all 50 states", "50", "count", 50, 50, "states", N, "about section"),

 # ---- AA03 abstract (2025-10-20)
 ("a-pub", A, "Published online 20 October 2025", "20 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "the September 2025 US federal advisory", "September 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-sep22", A, "On 22 September 2025, the US", "22 September 2025", "date", 2025, 2025, "year", Y, "fda notice date"),
 ("a-2st", A, "in two large US case–control", "two", "count", 2, 2, "studies", N, "qualifier"),
 ("a-6570", A, "65–70% of mothers", "65–70%", "percent", 65, 70, "%", Y, "us pregnancy acetaminophen use any time (nbdps/slone)"),
 ("a-8y", A, "children aged 8 years was", "8 years", "age", 8, 8, "years", N, "age qualifier"),
 ("a-322", A, "32.2 per 1,000", "32.2 per 1,000", "rate", 32.2, 32.2, "per 1,000", Y, "autism prevalence 8-year-olds 2022"),
 ("a-2022", A, "per 1,000 in 2022 across", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("a-16", A, "across 16 sites", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("a-34x", A, "3.4 times as high in boys", "3.4 times", "ratio", 3.4, 3.4, "x", Y, "boy:girl prevalence ratio 2022"),
 ("a-four", A, "from the four bodies", "four", "count", 4, 4, "sources", N, "methods"),
 ("a-apr24", A, "in JAMA in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "swedish sibling study publication"),
 ("a-six", A, "of six European population-based", "six", "count", 6, 6, "cohorts", Y, "european cohorts meta-analysis"),
 ("a-aug25", A, "Environmental Health in August 2025", "August 2025", "date", 2025, 2025, "year", Y, "navigation guide review publication"),
 ("a-N", A, "N = 2,480,797", "2,480,797", "count", 2480797, 2480797, "children", Y, "swedish cohort size"),
 ("a-9519", A, "born 1995–2019", "1995–2019", "date", 1995, 2019, "year", Y, "swedish cohort birth years"),
 ("a-dec21", A, "followed up to 31 December 2021", "31 December 2021", "date", 2021, 2021, "year", N, "follow-up end"),
 ("a-n185", A, "n=185,909", "185,909", "count", 185909, 185909, "children", Y, "exposed children"),
 ("a-749", A, "(7.49%)", "7.49%", "percent", 7.49, 7.49, "%", Y, "share exposed (sweden, recorded)"),
 ("a-10y", A, "autism at age 10 years", "10 years", "age", 10, 10, "years", N, "timepoint"),
 ("a-153", A, "was 1.53% in exposed", "1.53%", "percent", 1.53, 1.53, "%", Y, "crude autism risk exposed"),
 ("a-133", A, "and 1.33% in unexposed", "1.33%", "percent", 1.33, 1.33, "%", Y, "crude autism risk unexposed"),
 ("a-hr105", A, "(HR 1.05, 95% CI", "1.05", "ratio", 1.05, 1.05, "HR", Y, "swedish population-model hr autism"),
 ("a-105ci", A, "1.02–1.08", "1.02–1.08", "ratio", 1.02, 1.08, "HR", Y, "ci"),
 ("a-10yb", A, "risk difference at 10 years", "10 years", "age", 10, 10, "years", N, "timepoint"),
 ("a-rd", A, "0.09 percentage points", "0.09 percentage points", "percent", 0.09, 0.09, "pp", Y, "risk difference at 10 years"),
 ("a-rdci", A, "−0.01 to 0.20", "−0.01 to 0.20", "percent", -0.01, 0.20, "pp", Y, "ci"),
 ("a-hr098", A, "(HR 0.98, 95% CI", "0.98", "ratio", 0.98, 0.98, "HR", Y, "swedish sibling hr autism"),
 ("a-098ci", A, "0.93–1.04", "0.93–1.04", "ratio", 0.93, 1.04, "HR", Y, "ci"),
 ("a-430", A, "(≥430 mg/d)", "430 mg/d", "dose", 430, 430, "mg/d", N, "dose category threshold"),
 ("a-hr110", A, "gave HR 1.10", "1.10", "ratio", 1.10, 1.10, "HR", Y, "high dose population model hr"),
 ("a-110ci", A, "1.00–1.22", "1.00–1.22", "ratio", 1.00, 1.22, "HR", Y, "ci"),
 ("a-p06", A, "P=.06", ".06", "pvalue", 0.06, 0.06, "p", N, "p-value"),
 ("a-hr088", A, "gave HR 0.88", "0.88", "ratio", 0.88, 0.88, "HR", Y, "high dose sibling hr"),
 ("a-088ci", A, "0.68–1.14", "0.68–1.14", "ratio", 0.68, 1.14, "HR", Y, "ci"),
 ("a-p33", A, "P=.33", ".33", "pvalue", 0.33, 0.33, "p", N, "p-value"),
 ("a-six2", A, "In the six European cohorts", "six", "count", 6, 6, "cohorts", N, "repeat"),
 ("a-73881", A, "n=73,881", "73,881", "count", 73881, 73881, "pairs", Y, "european cohorts size"),
 ("a-or119", A, "(OR 1.19, 95% CI", "1.19", "ratio", 1.19, 1.19, "OR", Y, "european or autism symptoms"),
 ("a-119ci", A, "1.07–1.33", "1.07–1.33", "ratio", 1.07, 1.33, "OR", Y, "ci"),
 ("a-or121", A, "(OR 1.21, 95% CI", "1.21", "ratio", 1.21, 1.21, "OR", Y, "european or adhd symptoms"),
 ("a-121ci", A, "1.07–1.36", "1.07–1.36", "ratio", 1.07, 1.36, "OR", Y, "ci"),
 ("a-996", A, "n=996", "996", "count", 996, 996, "dyads", Y, "boston birth cohort size"),
 ("a-or362", A, "(OR 3.62, 95% CI", "3.62", "ratio", 3.62, 3.62, "OR", Y, "boston or autism top vs bottom tertile"),
 ("a-362ci", A, "2.17–6.04", "2.17–6.04", "ratio", 2.17, 6.04, "OR", Y, "ci"),
 ("a-or286", A, "(OR 2.86, 95% CI", "2.86", "ratio", 2.86, 2.86, "OR", Y, "boston or adhd top vs bottom tertile"),
 ("a-286ci", A, "1.77–4.67", "1.77–4.67", "ratio", 1.77, 4.67, "OR", Y, "ci"),
 ("a-46", A, "assessed 46 studies", "46", "count", 46, 46, "studies", Y, "studies in navigation guide review"),
 ("a-100k", A, "more than 100,000 participants", "100,000", "count", 100000, 100000, "participants", Y, "review participants"),
 ("a-5pct", A, "from a 5% higher hazard", "5%", "percent", 5, 5, "%", Y, "swedish population-model excess hazard"),
 ("a-19pct", A, "to a 19% higher odds", "19%", "percent", 19, 19, "%", Y, "european excess odds autism"),

 # ---- AA04 explainer (2025-09-26)
 ("e-upd", E, "Updated Sept. 26, 2025", "Sept. 26, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-sep22", E, "On Sept. 22, the FDA sent", "Sept. 22", "date", 2025, 2025, "year", Y, "fda notice date"),
 ("e-20wk", E, "after 20 weeks of pregnancy", "20 weeks", "duration", 20, 20, "weeks", Y, "nsaid avoidance threshold"),
 ("e-4065", E, "found that 40% to 65% of pregnant", "40% to 65%", "percent", 40, 65, "%", Y, "us pregnancy acetaminophen use (smfm surveys)"),
 ("e-two", E, "Two large U.S. studies", "Two", "count", 2, 2, "studies", N, "qualifier"),
 ("e-6570", E, "at 65% to 70%", "65% to 70%", "percent", 65, 70, "%", Y, "us pregnancy acetaminophen use any time (nbdps/slone)"),
 ("e-4000", E, "more than 4,000 mg in 24 hours", "4,000 mg", "dose", 4000, 4000, "mg/day", Y, "adult max daily dose"),
 ("e-24h", E, "4,000 mg in 24 hours", "24 hours", "duration", 24, 24, "hours", N, "dose period"),
 ("e-six", E, "no more than six 500 mg", "six", "count", 6, 6, "caplets", Y, "extra strength max caplets a day"),
 ("e-500", E, "six 500 mg caplets", "500 mg", "dose", 500, 500, "mg", Y, "caplet strength"),
 ("e-3000", E, "or 3,000 mg, a day", "3,000 mg", "dose", 3000, 3000, "mg/day", Y, "extra strength label max daily dose"),
 ("e-aug14", E, "published Aug. 14, that", "Aug. 14", "date", 2025, 2025, "year", Y, "review publication"),
 ("e-46", E, "looked at 46 studies", "46", "count", 46, 46, "studies", Y, "studies in mount sinai/harvard review"),
 ("e-100k", E, "more than 100,000 people", "100,000", "count", 100000, 100000, "participants", Y, "review participants"),
 ("e-25m", E, "followed nearly 2.5 million children", "2.5 million", "count", 2500000, 2500000, "children", Y, "swedish study cohort size"),
 ("e-105a", E, "hazard ratio of 1.05 for autism", "1.05", "ratio", 1.05, 1.05, "HR", Y, "swedish population-model hr autism"),
 ("e-5pct", E, "about 5% higher risk", "5%", "percent", 5, 5, "%", Y, "swedish population-model excess hazard"),
 ("e-105b", E, "the hazard ratio was just 1.05", "1.05", "ratio", 1.05, 1.05, "HR", Y, "swedish sibling hr autism (misreport)"),
 ("e-31", E, "about 1 in 31 eight-year-olds", "1 in 31", "percent", I31, I31, "%", Y, "autism prevalence 8-year-olds 2022"),
 ("e-8yo", E, "1 in 31 eight-year-olds, or", "eight-year-olds", "age", 8, 8, "years", N, "age qualifier"),
 ("e-32", E, "roughly 3.2%", "3.2%", "percent", 3.2, 3.2, "%", Y, "autism prevalence 8-year-olds 2022"),
 ("e-2022", E, "with autism in 2022, based", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("e-11", E, "records from 11 sites", "11", "count", 11, 11, "sites", Y, "addm sites 2022 (misreport)"),
 ("e-34x", E, "about 3.4 times as likely", "3.4 times", "ratio", 3.4, 3.4, "x", Y, "boy:girl prevalence ratio 2022"),
 ("e-4yo", E, "Among 4-year-olds", "4-year-olds", "age", 4, 4, "years", N, "age qualifier"),
 ("e-34", E, "about 1 in 34", "1 in 34", "percent", I34, I34, "%", Y, "autism prevalence 4-year-olds 2022"),
 ("e-2dec", E, "over two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("e-2mgkg", E, "took 2 mg per kilogram", "2 mg per kilogram", "dose", 2, 2, "mg/kg", Y, "leucovorin trial dose per day"),
 ("e-50mg", E, "maximum of 50 mg a day", "50 mg", "dose", 50, 50, "mg", Y, "leucovorin trial max daily dose"),
 ("e-12wk", E, "for 12 weeks, and some", "12 weeks", "duration", 12, 12, "weeks", Y, "frye trial duration"),
 ("e-25yr", E, "for about 25 years", "25 years", "duration", 25, 25, "years", Y, "wellcovorin off market"),
 ("e-2022b", E, "Johnson & Johnson in 2022", "2022", "date", 2022, 2022, "year", Y, "kenvue spin-off year (misreport)"),
 ("e-day", E, "more than a day or two", "a day or two", "duration", 1, 2, "days", N, "advice"),

 # ---- AA05 blog (2025-10-09)
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-dl", B, "October 9, 2025", "October 9, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-sep22", B, "since Sept. 22. So", "Sept. 22", "date", 2025, 2025, "year", N, "announcement date (aside)"),
 ("b-1334", B, "poll of 1,334 adults", "1,334", "count", 1334, 1334, "adults", Y, "kff poll sample"),
 ("b-77", B, "found that 77% had heard", "77%", "percent", 77, 77, "%", Y, "kff heard claim"),
 ("b-35", B, "Only 35% said", "35%", "percent", 35, 35, "%", Y, "kff definitely false (all adults)"),
 ("b-4", B, "just 4% said", "4%", "percent", 4, 4, "%", Y, "kff definitely true"),
 ("b-59", B, "59% of Democrats", "59%", "percent", 59, 59, "%", Y, "kff definitely false democrats"),
 ("b-12", B, "with 12% of Republicans", "12%", "percent", 12, 12, "%", Y, "kff definitely false republicans"),
 ("b-apr24", B, "count in April 2024, it", "April 2024", "date", 2024, 2024, "year", Y, "cdc addm report release (misreport)"),
 ("b-31", B, "that 1 in 31 eight-year-olds", "1 in 31", "percent", I31, I31, "%", Y, "autism prevalence 8-year-olds 2022"),
 ("b-8yo", B, "1 in 31 eight-year-olds had", "eight-year-olds", "age", 8, 8, "years", N, "age qualifier"),
 ("b-2022", B, "with autism in 2022. That", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("b-36", B, "with 1 in 36 in 2020", "1 in 36", "percent", I36, I36, "%", Y, "autism prevalence 2020"),
 ("b-2020", B, "1 in 36 in 2020", "2020", "date", 2020, 2020, "year", N, "surveillance year"),
 ("b-44", B, "1 in 44 in 2018", "1 in 44", "percent", I44, I44, "%", Y, "autism prevalence 2018"),
 ("b-2018", B, "1 in 44 in 2018", "2018", "date", 2018, 2018, "year", N, "surveillance year"),
 ("b-150", B, "1 in 150 when", "1 in 150", "percent", I150, I150, "%", Y, "autism prevalence 2000"),
 ("b-2000", B, "network began in 2000", "2000", "date", 2000, 2000, "year", N, "surveillance year"),
 ("b-2010", B, "A 2010 study of Amish", "2010", "date", 2010, 2010, "year", N, "study year"),
 ("b-271", B, "about 1 in 271", "1 in 271", "percent", I271, I271, "%", Y, "amish autism prevalence (2010 study)"),
 ("b-chart", B, "estimates, 2000 to 2022", "2000 to 2022", "date", 2000, 2022, "year", N, "image caption"),
 ("b-2yr", B, "separate two-year surveillance", "two-year", "duration", 2, 2, "years", N, "image caption"),
 ("b-46", B, "looked at 46 studies", "46", "count", 46, 46, "studies", Y, "studies in mount sinai/harvard review"),
 ("b-24m", B, "about 2.4 million children", "2.4 million", "count", 2400000, 2400000, "children", Y, "swedish study cohort size"),
 ("b-098", B, "the hazard ratio was 0.98", "0.98", "ratio", 0.98, 0.98, "HR", Y, "swedish sibling hr autism"),
 ("b-8wk", B, "an eight-week study", "eight-week", "duration", 8, 8, "weeks", Y, "frye trial duration (misreport)"),
 ("b-48", B, "study in 48 children", "48", "count", 48, 48, "children", Y, "frye trial size"),
 ("b-94", B, "shares fell 9.4% on Monday", "9.4%", "percent", 9.4, 9.4, "%", Y, "kenvue drop sept 22 (misreport: sept 5 figure)"),
 ("b-sep22b", B, "on Monday, Sept. 22, and", "Monday, Sept. 22", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-155", B, "roughly $1.55 billion a year", "$1.55 billion", "money", 1550000000, 1550000000, "USD", Y, "tylenol annual sales (misreport)"),
 ("b-2015", B, "the advice in 2015", "2015", "date", 2015, 2015, "year", N, "aside"),
 ("b-1email", B, "One email every Thursday", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-18k", B, "Join 18,000 readers", "18,000", "count", 18000, 18000, "readers", N, "newsletter box"),
 ("b-3q", B, "Three questions to ask", "Three", "count", 3, 3, "questions", N, "related link"),
 ("b-63", B, "63 comments", "63", "count", 63, 63, "comments", N, "page furniture"),

 # ---- AA06 local/trade (2025-09-25, Thursday), hard-wrapped
 ("l-dl", L, "Thursday, September 25, 2025", "September 25, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-mon", L, "told women on Monday", "Monday", "date", 2025, 2025, "year", Y, "white house announcement date (sept 22)"),
 ("l-20", L, "I had 20 calls", "20", "count", 20, 20, "calls", N, "quote"),
 ("l-tue", L, "calls on Tuesday alone", "Tuesday", "date", 2025, 2025, "year", N, "quote"),
 ("l-75", L, "fell 7.5% on Monday", "7.5%", "percent", 7.5, 7.5, "%", Y, "kenvue share drop sept 22"),
 ("l-mon2", L, "7.5% on Monday to close", "Monday", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-1679", L, "close at $16.79", "$16.79", "money", 16.79, 16.79, "USD", Y, "kenvue close sept 22 (transposed)"),
 ("l-may23", L, "trading in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "kenvue listing (spin-off)"),
 ("l-1689", L, "intraday low of $16.89", "$16.89", "money", 16.89, 16.89, "USD", Y, "kenvue intraday low sept 22"),
 ("l-16", L, "recovered 1.6% on Tuesday", "1.6%", "percent", 1.6, 1.6, "%", Y, "kenvue gain tuesday close"),
 ("l-tue2", L, "1.6% on Tuesday to", "Tuesday", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-1724", L, "$17.24", "$17.24", "money", 17.24, 17.24, "USD", Y, "kenvue close sept 23"),
 ("l-1834", L, "$18.34", "$18.34", "money", 18.34, 18.34, "USD", Y, "price to erase monday loss"),
 ("l-mon3", L, "erase Monday's loss", "Monday", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-94", L, "dropped 9.4% on Friday", "9.4%", "percent", 9.4, 9.4, "%", Y, "kenvue drop sept 5 (close)"),
 ("l-sep5", L, "Friday, Sept. 5, to", "Friday, Sept. 5", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-1862", L, "$18.62", "$18.62", "money", 18.62, 18.62, "USD", Y, "kenvue close sept 5"),
 ("l-10", L, "about 10% of Kenvue's", "10%", "percent", 10, 10, "%", Y, "tylenol share of kenvue revenue"),
 ("l-155", L, "$1.55 billion in the second", "$1.55 billion", "money", 1550000000, 1550000000, "USD", Y, "self-care segment q2 2025 revenue"),
 ("l-q2", L, "in the second quarter", "second quarter", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-405", L, "or 40.5% of total", "40.5%", "percent", 40.5, 40.5, "%", Y, "self-care share of q2 revenue"),
 ("l-384", L, "$3.84 billion", "$3.84 billion", "money", 3840000000, 3840000000, "USD", Y, "kenvue q2 2025 revenue"),
 ("l-2023", L, "lawsuits in 2023", "2023", "date", 2023, 2023, "year", Y, "tylenol autism mdl dismissed"),
 ("l-lastapr", L, "JAMA last April", "last April", "date", 2025, 2025, "year", Y, "swedish study publication (relative, resolves to 2025: misreport)"),
 ("l-25m", L, "followed nearly 2.5 million", "2.5 million", "count", 2500000, 2500000, "children", Y, "swedish study cohort size"),
 ("l-996", L, "study of 996", "996", "count", 996, 996, "pairs", Y, "boston birth cohort size"),
 ("l-36x", L, "about 3.6 times the odds", "3.6 times", "ratio", 3.6, 3.6, "OR", Y, "boston or adhd (misreport: autism figure)"),
 ("l-36", L, "of 1 in 36 eight-year-olds", "1 in 36", "percent", I36, I36, "%", Y, "autism prevalence 8-year-olds 2022 (misreport: 2020 figure)"),
 ("l-8yo", L, "1 in 36 eight-year-olds in", "eight-year-olds", "age", 8, 8, "years", N, "age qualifier"),
 ("l-2022", L, "eight-year-olds in 2022, is", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("l-two", L, "Desai said two families", "two", "count", 2, 2, "families", N, "anecdote"),
 ("l-mon4", L, "after Monday's announcement", "Monday", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-1page", L, "one-page handout", "one-page", "count", 1, 1, "pages", N, "aside"),
 ("l-oct", L, "by early October", "early October", "date", 2025, 2025, "year", N, "plan date"),
 ("l-22k", L, "about 22,000 people", "22,000", "count", 22000, 22000, "employees", Y, "kenvue employees"),

 # ---- AA07 fact-check (2025-10-08)
 ("f-dl", F, "October 8, 2025", "October 8, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-h10k", F, "go from \"one in 10,000\"", "one in 10,000", "percent", 0.01, 0.01, "%", N, "headline: claimed past autism rate"),
 ("f-h31", F, "to \"one in 31\"? Checking", "one in 31", "percent", I31, I31, "%", N, "headline: autism prevalence (claim)"),
 ("f-sep22", F, "White House event on Sept. 22", "Sept. 22", "date", 2025, 2025, "year", Y, "white house announcement date"),
 ("f-c10k", F, "risen from \"one in 10,000\"", "one in 10,000", "percent", 0.01, 0.01, "%", N, "claim as stated"),
 ("f-c31", F, "children to \"one in 31,\"", "one in 31", "percent", I31, I31, "%", N, "claim as stated"),
 ("f-v31", F, "The 1 in 31 figure is accurate", "1 in 31", "percent", I31, I31, "%", Y, "verdict: autism prevalence 2022"),
 ("f-apr15", F, "April 15, 2025", "April 15, 2025", "date", 2025, 2025, "year", Y, "cdc addm report release"),
 ("f-31", F, "2025: 1 in 31 eight-year-olds", "1 in 31", "percent", I31, I31, "%", Y, "autism prevalence 8-year-olds 2022"),
 ("f-8yo", F, "1 in 31 eight-year-olds had", "eight-year-olds", "age", 8, 8, "years", N, "age qualifier"),
 ("f-2022", F, "with autism in 2022, based", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("f-16", F, "from 16 communities", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("f-14", F, "in 14 states", "14", "count", 14, 14, "states", Y, "addm states 2022"),
 ("f-38x", F, "3.8 times as likely", "3.8 times", "ratio", 3.8, 3.8, "x", Y, "boy:girl prevalence ratio 2022 (misreport: 2020 figure)"),
 ("f-2000", F, "estimate, for 2000, was", "2000", "date", 2000, 2000, "year", N, "surveillance year"),
 ("f-150", F, "was 1 in 150. There", "1 in 150", "percent", I150, I150, "%", Y, "autism prevalence 2000"),
 ("f-b10k", F, "estimate of \"one in 10,000.\"", "one in 10,000", "percent", 0.01, 0.01, "%", N, "claim restated"),
 ("f-6070", F, "from the 1960s and 1970s", "1960s and 1970s", "date", 1960, 1979, "year", N, "old studies period"),
 ("f-45", F, "roughly 4 to 5 cases per 10,000", "4 to 5 cases per 10,000", "rate", 4, 5, "per 10,000", Y, "early autism prevalence estimates"),
 ("f-2024", F, "published in 2024, found", "2024", "date", 2024, 2024, "year", Y, "swedish sibling study publication"),
 ("f-098", F, "for autism was 0.98", "0.98", "ratio", 0.98, 0.98, "HR", Y, "swedish sibling hr autism"),
 ("f-46", F, "analyzed 46 studies", "46", "count", 46, 46, "studies", Y, "studies in mount sinai/harvard review"),
 ("f-54", F, "about 54% of pregnant women", "54%", "percent", 54, 54, "%", Y, "us pregnancy acetaminophen use any time (misreport: first-trimester figure)"),
 ("f-sep22b", F, "On Sept. 22 it began", "Sept. 22", "date", 2025, 2025, "year", N, "repeat"),
 ("f-25mg", F, "maximum of 25 mg a day", "25 mg", "dose", 25, 25, "mg", Y, "leucovorin trial max daily dose (misreport)"),
 ("f-28", F, "off the market for 28 years", "28 years", "duration", 28, 28, "years", Y, "wellcovorin off market"),
 ("f-59", F, "found that 59% of adults", "59%", "percent", 59, 59, "%", Y, "kff definitely false (misreport: democrats figure)"),
 ("f-8in10", F, "Nearly 8 in 10", "8 in 10", "percent", 80, 80, "%", Y, "kff heard claim"),
 ("f-74", F, "fall 7.4% the day", "7.4%", "percent", 7.4, 7.4, "%", Y, "kenvue share drop sept 22"),
 ("f-r31", F, "The president's 1 in 31 figure", "1 in 31", "percent", I31, I31, "%", Y, "ruling: autism prevalence 2022"),
 ("f-r10k", F, "His \"one in 10,000\" baseline", "one in 10,000", "percent", 0.01, 0.01, "%", N, "ruling: claim restated"),
 ("f-r150", F, "began at 1 in 150", "1 in 150", "percent", I150, I150, "%", Y, "ruling: autism prevalence 2000"),
]

S, Q = "strict", "qualified"


def grp(wrong, right, g):
    return [(a, b, g) for a in wrong for b in right]


X = (
 # S1 2022 prevalence among 8-year-olds: 1 in 36 (AA06, the 2020 figure) vs 1 in 31 / 3.2% / 32.2 per 1,000
 grp(["l-36"], ["w-31", "e-31", "e-32", "b-31", "a-322", "f-h31", "f-c31", "f-v31", "f-31", "f-r31"], S)
 # S2 year of the CDC report release: April 2024 (AA05) vs April [2025] (AA01), April 15, 2025 (AA07)
 + grp(["b-apr24"], ["w-april", "f-apr15"], S)
 # S3 ADDM sites in 2022: 11 (AA04, the 2020 count) vs 16
 + grp(["e-11"], ["a-16", "f-16"], S)
 # S4 boy:girl ratio 2022: 3.8 (AA07, the 2020 ratio) vs 3.4
 + grp(["f-38x"], ["a-34x", "e-34x"], S)
 # S5 Swedish cohort birth years: 1995-2021 (AA01: follow-up end year) vs 1995-2019
 + grp(["w-9521"], ["a-9519"], S)
 # S6 Swedish sibling HR: 1.05 (AA04: population model) vs 0.98
 + grp(["e-105b"], ["a-hr098", "b-098", "f-098"], S)
 # S7 Swedish study publication year: "last April" (AA06, pub 2025-09-25 -> 2025) vs 2024
 + grp(["l-lastapr"], ["a-apr24", "w-2024", "f-2024"], S)
 # S8 studies in the Mount Sinai/Harvard review: 44 (AA02) vs 46
 + grp(["p-44"], ["w-46", "a-46", "e-46", "b-46", "f-46"], S)
 # S9 Kenvue drop on Sept 22: 9.4% (AA05: the Sept 5 figure) vs 7.5% / 7.4%
 + grp(["b-94"], ["w-75", "l-75", "f-74"], S)
 # S10 Kenvue close on Sept 22: $16.79 (AA06, transposed) vs $16.97
 + grp(["l-1679"], ["w-1697"], S)
 # S11 Tylenol annual sales: $1.55 billion (AA05: Q2 self-care segment) vs about $1 billion
 + grp(["b-155"], ["w-1b"], S)
 # S12 Kenvue spin-off year: 2022 (AA04) vs 2023
 + grp(["e-2022b"], ["w-2023", "l-may23"], S)
 # S13 US pregnancy use at any time (birth-defect studies): 54% (AA07: first-trimester figure) vs 65-70%
 + grp(["f-54"], ["a-6570", "e-6570"], S)
 # S14 leucovorin max daily dose in the trial: 25 mg (AA07: largest tablet) vs 50 mg
 + grp(["f-25mg"], ["p-50mg", "e-50mg"], S)
 # S15 leucovorin trial duration: eight weeks (AA05) vs 12 weeks
 + grp(["b-8wk"], ["p-12wk", "e-12wk"], S)
 # S16 KFF "definitely false", all adults: 59% (AA07: Democrats) vs 35%
 + grp(["f-59"], ["b-35"], S)
 # S17 Boston Birth Cohort ADHD odds: 3.6 (AA06: the autism OR) vs 2.86
 + grp(["l-36x"], ["a-or286"], S)
 # S18 Wellcovorin discontinued: 1998 (AA01) vs 1997
 + grp(["w-1998"], ["p-1997"], S)
 # Qualified
 + grp(["f-74"], ["w-75", "l-75"], Q)                       # 7.4% vs 7.5%: real reporting difference
 + grp(["w-10"], ["l-94"], Q)                               # Sept 5: "more than 10%" intraday vs 9.4% close
 + grp(["b-24m"], ["a-N", "w-25m", "e-25m", "l-25m"], Q)    # "about 2.4 million" vs 2,480,797 / nearly 2.5 million
 + grp(["e-25yr"], ["f-28"], Q)                             # Wellcovorin off market ~25 vs 28 years
)

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
        rows.append({"type": "claim", "id": f"aa-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"aa-{a}", f"aa-{b}"
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
