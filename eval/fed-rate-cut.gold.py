#!/usr/bin/env python3
"""Build fed-rate-cut.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "fed-rate-cut")
OUT = os.path.join(HERE, "fed-rate-cut.gold.jsonl")
T = "fed-rate-cut"
PFX = "fr"

W, P, A, E, B, L, F = ("FR01_wire.txt", "FR02_press.txt", "FR03_abstract.txt",
                       "FR04_explainer.txt", "FR05_blog.txt", "FR06_local.txt", "FR07_factcheck.txt")
Y = True; N = False
PP = "percentage points"; BP = "bp"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- FR01 wire (2024-09-18)
 ("w-hhalf", W, "by half a point in first", "half a point", "percent", 0.5, 0.5, PP, N, "headline repeat"),
 ("w-h2020", W, "first reduction since 2020", "2020", "date", 2020, 2020, "year", N, "headline repeat"),
 ("w-dl", W, "WASHINGTON, Sept 18", "Sept 18", "date", 2024, 2024, "year", N, "dateline"),
 ("w-half", W, "by half a percentage point on Wednesday", "half a percentage point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("w-wed", W, "percentage point on Wednesday", "Wednesday", "date", 2024, 2024, "year", Y, "september decision date"),
 ("w-2goal", W, "central bank's 2% goal", "2%", "percent", 2, 2, "%", Y, "inflation target"),
 ("w-sr", W, "target range of 4.75% to 5.00%", "4.75% to 5.00%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("w-oldr", W, "from the 5.25%-to-5.50% range", "5.25%-to-5.50%", "percent", 5.25, 5.5, "%", Y, "pre-cut peak range"),
 ("w-jul23", W, "had sat since July 2023", "July 2023", "date", 2023, 2023, "year", Y, "peak range in place since"),
 ("w-mar20", W, "first cut since March 2020", "March 2020", "date", 2020, 2020, "year", Y, "previous rate cut"),
 ("w-10hikes", W, "campaign of 10 rate increases", "10", "count", 10, 10, "rate increases", Y, "hikes in 2022-23 campaign"),
 ("w-mar22", W, "began in March 2022", "March 2022", "date", 2022, 2022, "year", Y, "hiking campaign start"),
 ("w-525pp", W, "by 5.25 percentage points", "5.25 percentage points", "percent", 5.25, 5.25, PP, Y, "total hikes"),
 ("w-v11", W, "on an 11-1 vote", "11", "count", 11, 11, "votes", Y, "september votes for"),
 ("w-v1", W, "-1 vote. Governor", "1", "count", 1, 1, "votes", Y, "september votes against"),
 ("w-bq", W, "a smaller, quarter-point cut", "quarter-point", "percent", 0.25, 0.25, PP, Y, "bowman preferred cut (september)"),
 ("w-2005", W, "rate decision since 2005", "2005", "date", 2005, 2005, "year", Y, "previous governor dissent"),
 ("w-halfstep", W, "reading the half-point step", "half-point", "percent", 0.5, 0.5, PP, N, "quote context"),
 ("w-44", W, "end the year at 4.4%", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median fed funds end-2024"),
 ("w-anhalf", W, "another half point of easing", "half point", "percent", 0.5, 0.5, PP, Y, "sept sep implied further 2024 easing"),
 ("w-june", W, "In June the median official", "June", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-51", W, "penciled in 5.1%", "5.1%", "percent", 5.1, 5.1, "%", Y, "june sep median fed funds end-2024"),
 ("w-34", W, "falling to 3.4% by", "3.4%", "percent", 3.4, 3.4, "%", Y, "sept sep median fed funds end-2025"),
 ("w-e2025", W, "by the end of 2025 and", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-29", W, "to 2.9% by the end of 2026", "2.9%", "percent", 2.9, 2.9, "%", Y, "sept sep median fed funds end-2026"),
 ("w-e2026", W, "by the end of 2026", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("w-lr29", W, "neutral level at 2.9%", "2.9%", "percent", 2.9, 2.9, "%", Y, "sept sep longer-run median"),
 ("w-nine", W, "Nine of the 19 officials", "Nine", "count", 9, 9, "participants", Y, "sept participants seeing <=75bp in 2024"),
 ("w-19", W, "Nine of the 19 officials", "19", "count", 19, 19, "participants", Y, "sep participants"),
 ("w-75bp", W, "saw 75 basis points of cuts", "75 basis points", "percent", 75, 75, BP, N, "threshold"),
 ("w-two", W, "and two of them saw no further", "two", "count", 2, 2, "participants", Y, "sept participants seeing no further 2024 cut"),
 ("w-u44", W, "end of this year to 4.4%", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median unemployment end-2024"),
 ("w-u40", W, "from 4.0% in June", "4.0%", "percent", 4.0, 4.0, "%", Y, "june sep median unemployment end-2024"),
 ("w-ujune", W, "4.0% in June and", "June", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-pce23", W, "rising 2.3% in 2024", "2.3%", "percent", 2.3, 2.3, "%", Y, "sept sep pce inflation 2024"),
 ("w-pce2024", W, "2.3% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-core26", W, "core PCE at 2.6%", "2.6%", "percent", 2.6, 2.6, "%", Y, "sept sep core pce 2024"),
 ("w-lastwk", W, "Data released last week", "last week", "date", 2024, 2024, "year", N, "cpi release date"),
 ("w-cpi25", W, "consumer prices rose 2.5% in", "2.5%", "percent", 2.5, 2.5, "%", Y, "cpi 12 months to august 2024"),
 ("w-aug", W, "year through August", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-feb21", W, "since February 2021", "February 2021", "date", 2021, 2021, "year", Y, "cpi lowest since"),
 ("w-cpi29", W, "down from 2.9% in July", "2.9%", "percent", 2.9, 2.9, "%", Y, "cpi 12 months to july 2024"),
 ("w-cpijul", W, "2.9% in July. Economists", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-exp26", W, "expected a 2.6% reading", "2.6%", "percent", 2.6, 2.6, "%", Y, "consensus forecast august cpi"),
 ("w-core32", W, "held at 3.2%", "3.2%", "percent", 3.2, 3.2, "%", Y, "core cpi august 2024"),
 ("w-142k", W, "added 142,000 jobs", "142,000", "count", 142000, 142000, "jobs", Y, "august 2024 payrolls"),
 ("w-jobsaug", W, "142,000 jobs in August", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-86k", W, "by a combined 86,000", "86,000", "count", 86000, 86000, "jobs", Y, "june-july payroll revisions"),
 ("w-u42", W, "eased to 4.2% from", "4.2%", "percent", 4.2, 4.2, "%", Y, "unemployment august 2024"),
 ("w-u43", W, "from 4.3% in July", "4.3%", "percent", 4.3, 4.3, "%", Y, "unemployment july 2024"),
 ("w-ujul", W, "4.3% in July.\n\nPowell", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-lastmo", W, "symposium last month", "last month", "date", 2024, 2024, "year", Y, "jackson hole speech date"),
 ("w-14mo", W, "at its peak for 14 months", "14 months", "duration", 14, 14, "months", Y, "time at peak range before first cut"),
 ("w-23yr", W, "at a 23-year high", "23-year", "duration", 23, 23, "years", Y, "peak rate highest in"),
 ("w-25b", W, "up to $25 billion of Treasury", "$25 billion", "money", 25e9, 25e9, "USD", Y, "monthly treasury runoff cap"),
 ("w-35b", W, "and $35 billion of mortgage", "$35 billion", "money", 35e9, 35e9, "USD", Y, "monthly mbs runoff cap"),
 ("w-nov67", W, "meets on Nov. 6-7", "Nov. 6-7", "date", 2024, 2024, "year", Y, "november meeting dates"),

 # ---- FR02 press (2024-12-19)
 ("p-h750", P, "Prime Rate to 7.50% Following", "7.50%", "percent", 7.5, 7.5, "%", N, "headline repeat"),
 ("p-dl", P, "Dec. 19, 2024 /PRNewswire/", "Dec. 19, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-25prime", P, "lending rate by 25 basis points", "25 basis points", "percent", 25, 25, BP, Y, "prime cut december"),
 ("p-750", P, "to 7.50% from 7.75%, effective", "7.50%", "percent", 7.5, 7.5, "%", Y, "prime after december"),
 ("p-775a", P, "from 7.75%, effective", "7.75%", "percent", 7.75, 7.75, "%", Y, "prime after november"),
 ("p-wed", P, "decision on Wednesday to reduce", "Wednesday", "date", 2024, 2024, "year", Y, "december decision date"),
 ("p-qtr", P, "by a quarter percentage point, to", "a quarter percentage point", "percent", 0.25, 0.25, PP, Y, "december cut size"),
 ("p-dr", P, "to 4.25% to 4.50%.", "4.25% to 4.50%", "percent", 4.25, 4.5, "%", Y, "december target range"),
 ("p-third", P, "bank's third prime-rate reduction", "third", "count", 3, 3, "cuts", N, "prime cuts in 2024"),
 ("p-800", P, "lowered prime to 8.00% from 8.50%", "8.00%", "percent", 8.0, 8.0, "%", Y, "prime after september"),
 ("p-850", P, "from 8.50% on", "8.50%", "percent", 8.5, 8.5, "%", Y, "prime before september"),
 ("p-sep19", P, "on September 19, the day", "September 19", "date", 2024, 2024, "year", Y, "prime cut date (september)"),
 ("p-shalf", P, "by half a point to 4.75%-5.00%", "half a point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("p-sr", P, "to 4.75%-5.00% in its", "4.75%-5.00%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("p-2020", P, "first reduction since 2020", "2020", "date", 2020, 2020, "year", Y, "previous rate cut"),
 ("p-775b", P, "and to 7.75% on November 8", "7.75%", "percent", 7.75, 7.75, "%", Y, "prime after november"),
 ("p-nov8", P, "on November 8, after", "November 8", "date", 2024, 2024, "year", Y, "prime cut date (november)"),
 ("p-nq", P, "after a quarter-point cut to", "quarter-point", "percent", 0.25, 0.25, PP, Y, "november cut size"),
 ("p-nr", P, "cut to 4.50%-4.75%", "4.50%-4.75%", "percent", 4.5, 4.75, "%", Y, "november target range"),
 ("p-100", P, "fallen 100 basis points since September", "100 basis points", "percent", 100, 100, BP, Y, "cumulative 2024 easing"),
 ("p-100sep", P, "100 basis points since September,", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-oldr", P, "stood at 5.25%-5.50% for", "5.25%-5.50%", "percent", 5.25, 5.5, "%", Y, "pre-cut peak range"),
 ("p-16mo", P, "for 16 months, the highest", "16 months", "duration", 16, 16, "months", Y, "time at peak range before first cut"),
 ("p-23yr", P, "the highest level in 23 years", "23 years", "duration", 23, 23, "years", Y, "peak rate highest in"),
 ("p-500k", P, "carrying a $500,000 line", "$500,000", "money", 500000, 500000, "USD", N, "hypothetical example"),
 ("p-two", P, "together with the two earlier cuts", "two", "count", 2, 2, "cuts", N, "quote"),
 ("p-5k", P, "trims roughly $5,000 a year", "$5,000", "money", 5000, 5000, "USD", N, "hypothetical example"),
 ("p-39", P, "to reach 3.9% by the end of 2025", "3.9%", "percent", 3.9, 3.9, "%", Y, "dec sep median fed funds end-2025"),
 ("p-e2025", P, "3.9% by the end of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-2cuts", P, "implying two quarter-point cuts", "two", "count", 2, 2, "cuts", Y, "dec sep implied 2025 cuts"),
 ("p-2cq", P, "two quarter-point cuts next year", "quarter-point", "percent", 0.25, 0.25, PP, N, "cut size"),
 ("p-four", P, "compared with four in the September", "four", "count", 4, 4, "cuts", Y, "sept sep implied 2025 cuts"),
 ("p-core28", P, "next year to 2.8% from", "2.8%", "percent", 2.8, 2.8, "%", Y, "dec sep core pce 2025"),
 ("p-core22", P, "from 2.2% in September", "2.2%", "percent", 2.2, 2.2, "%", Y, "sept sep core pce 2025"),
 ("p-v11", P, "decision passed 11-1", "11", "count", 11, 11, "votes", Y, "december votes for"),
 ("p-v1", P, "-1. The Fed also", "1", "count", 1, 1, "votes", Y, "december votes against"),
 ("p-rrp25", P, "facility by 25 basis points", "25 basis points", "percent", 25, 25, BP, Y, "on rrp rate cut december"),
 ("p-rrp425", P, "basis points, to 4.25%, the bottom", "4.25%", "percent", 4.25, 4.25, "%", Y, "on rrp rate after december"),
 ("p-q2025", P, "will slow in 2025", "2025", "date", 2025, 2025, "year", N, "quote"),
 ("p-32b", P, "with $3.2 billion in total assets", "$3.2 billion", "money", 3.2e9, 3.2e9, "USD", N, "about section"),
 ("p-sep30", P, "as of September 30, 2024", "September 30, 2024", "date", 2024, 2024, "year", N, "about section"),
 ("p-1911", P, "founded in 1911", "1911", "date", 1911, 1911, "year", N, "about section"),
 ("p-38br", P, "operates 38 branches", "38", "count", 38, 38, "branches", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "boilerplate"),

 # ---- FR03 abstract (2025-02-03)
 ("a-pub", A, "Published online 3 February 2025", "3 February 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "across the 2024 easing cycle", "2024", "date", 2024, 2024, "year", N, "title"),
 ("a-sep18", A, "easing on 18 September 2024", "18 September 2024", "date", 2024, 2024, "year", Y, "september decision date"),
 ("a-50bp", A, "with a 50-basis-point reduction", "50-basis-point", "percent", 50, 50, BP, Y, "september cut size"),
 ("a-sr", A, "target range to 4.75–5.00%", "4.75–5.00%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("a-mar20", A, "first cut since March 2020", "March 2020", "date", 2020, 2020, "year", Y, "previous rate cut"),
 ("a-oldr", A, "range at 5.25–5.50% since", "5.25–5.50%", "percent", 5.25, 5.5, "%", Y, "pre-cut peak range"),
 ("a-jul23", A, "since July 2023", "July 2023", "date", 2023, 2023, "year", Y, "peak range in place since"),
 ("a-25bp", A, "Further 25-basis-point cuts", "25-basis-point", "percent", 25, 25, BP, Y, "november and december cut size"),
 ("a-nov7", A, "followed on 7 November", "7 November", "date", 2024, 2024, "year", Y, "november decision date"),
 ("a-dec18", A, "7 November and 18 December,", "18 December", "date", 2024, 2024, "year", Y, "december decision date"),
 ("a-dr", A, "taking the range to 4.25–4.50%", "4.25–4.50%", "percent", 4.25, 4.5, "%", Y, "december target range"),
 ("a-100", A, "a cumulative 100 basis points", "100 basis points", "percent", 100, 100, BP, Y, "cumulative 2024 easing"),
 ("a-N19", A, "N = 19 participants", "19", "count", 19, 19, "participants", Y, "sep participants"),
 ("a-rs2024", A, "September round, end-2024:", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-smed", A, "median 4.375% (published as 4.4%)", "4.375%", "percent", 4.375, 4.375, "%", Y, "sept sep median fed funds end-2024 (exact)"),
 ("a-smedp", A, "(published as 4.4%)", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median fed funds end-2024"),
 ("a-smean", A, "mean 4.51%", "4.51%", "percent", 4.51, 4.51, "%", Y, "sept end-2024 dot mean"),
 ("a-ssd", A, "(SD 0.19; 95% CI", "0.19", "percent", 0.19, 0.19, PP, Y, "sept end-2024 dot sd"),
 ("a-sci", A, "95% CI 4.41–4.60", "4.41–4.60", "percent", 4.41, 4.60, "%", Y, "ci"),
 ("a-ten", A, "Ten of 19 participants", "Ten", "count", 10, 10, "participants", Y, "sept participants seeing >=100bp in 2024"),
 ("a-ten19", A, "Ten of 19 participants", "19", "count", 19, 19, "participants", N, "denominator"),
 ("a-526", A, "(52.6%; 95% CI", "52.6%", "percent", 52.6, 52.6, "%", Y, "share seeing >=100bp"),
 ("a-526ci", A, "31.7–72.7", "31.7–72.7", "percent", 31.7, 72.7, "%", Y, "ci"),
 ("a-100t", A, "at least 100 basis points of easing in 2024", "100 basis points", "percent", 100, 100, BP, N, "threshold"),
 ("a-100y", A, "basis points of easing in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-two", A, "and two (10.5%", "two", "count", 2, 2, "participants", Y, "sept participants seeing no further 2024 cut"),
 ("a-105", A, "(10.5%; 95% CI", "10.5%", "percent", 10.5, 10.5, "%", Y, "share seeing no further cut"),
 ("a-105ci", A, "2.9–31.4", "2.9–31.4", "percent", 2.9, 31.4, "%", Y, "ci"),
 ("a-aftsep", A, "no cut after September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-s34", A, "were 3.4% for end-2025", "3.4%", "percent", 3.4, 3.4, "%", Y, "sept sep median fed funds end-2025"),
 ("a-s34y", A, "3.4% for end-2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-lr30", A, "3.0% for the longer run", "3.0%", "percent", 3.0, 3.0, "%", Y, "sept sep longer-run median"),
 ("a-q4", A, "for the fourth quarter was 4.4%", "fourth quarter", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-u44", A, "fourth quarter was 4.4%", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median unemployment end-2024"),
 ("a-rd2025", A, "December round, end-2025:", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-dmed", A, "median 3.875% (published as 3.9%)", "3.875%", "percent", 3.875, 3.875, "%", Y, "dec sep median fed funds end-2025 (exact)"),
 ("a-dmedp", A, "(published as 3.9%)", "3.9%", "percent", 3.9, 3.9, "%", Y, "dec sep median fed funds end-2025"),
 ("a-dmean", A, "mean 3.84%", "3.84%", "percent", 3.84, 3.84, "%", Y, "dec end-2025 dot mean"),
 ("a-dsd", A, "(SD 0.28; 95% CI", "0.28", "percent", 0.28, 0.28, PP, Y, "dec end-2025 dot sd"),
 ("a-dci", A, "95% CI 3.70–3.97", "3.70–3.97", "percent", 3.70, 3.97, "%", Y, "ci"),
 ("a-four", A, "Four participants (21.1%", "Four", "count", 4, 4, "participants", Y, "dec participants preferring no december cut"),
 ("a-211", A, "(21.1%; 95% CI", "21.1%", "percent", 21.1, 21.1, "%", Y, "share preferring no december cut"),
 ("a-211ci", A, "8.5–43.3", "8.5–43.3", "percent", 8.5, 43.3, "%", Y, "ci"),
 ("a-nodec", A, "preferred no December cut", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-ag2", A, "against two in September", "two", "count", 2, 2, "participants", N, "repeat"),
 ("a-agsep", A, "two in September (P", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-p", A, "(P=0.66)", "0.66", "pvalue", 0.66, 0.66, "p", N, "p-value"),
 ("a-chy", A, "median end-2025 projection rose", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-05", A, "rose by 0.5 percentage point", "0.5 percentage point", "percent", 0.5, 0.5, PP, Y, "change in median end-2025 projection sept to dec"),
 ("a-c25y", A, "core PCE projection for 2025 rose", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-c22", A, "rose from 2.2% to 2.5%", "2.2%", "percent", 2.2, 2.2, "%", Y, "sept sep core pce 2025"),
 ("a-c25", A, "from 2.2% to 2.5%", "2.5%", "percent", 2.5, 2.5, "%", Y, "dec sep core pce 2025"),
 ("a-u24y", A, "for end-2024 fell to 4.2%", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-u42", A, "end-2024 fell to 4.2%", "4.2%", "percent", 4.2, 4.2, "%", Y, "dec sep median unemployment end-2024"),
 ("a-rrp30", A, "lowered by 30 basis points in December", "30 basis points", "percent", 30, 30, BP, Y, "on rrp rate cut december"),
 ("a-rrpdec", A, "30 basis points in December", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-jan", A, "of a January cut fell", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-98", A, "fell from 98% to 6%", "98%", "percent", 98, 98, "%", Y, "market prob of january cut before dec press conference"),
 ("a-6", A, "from 98% to 6%", "6%", "percent", 6, 6, "%", Y, "market prob of january cut after dec press conference"),
 ("a-m92", A, "(change −92 percentage points)", "−92 percentage points", "percent", -92, -92, PP, Y, "change in january cut probability"),
 ("a-single", A, "so a single dissent", "single", "count", 1, 1, "dissents", N, "aside"),

 # ---- FR04 explainer (2024-12-20)
 ("e-hthree", E, "cut rates three times in 2024", "three", "count", 3, 3, "cuts", N, "headline"),
 ("e-h2024", E, "three times in 2024", "2024", "date", 2024, 2024, "year", N, "headline"),
 ("e-upd", E, "Updated December 20, 2024", "December 20, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-wed", E, "On Wednesday, Dec. 18", "Wednesday", "date", 2024, 2024, "year", N, "december decision date (weekday)"),
 ("e-dec18", E, "On Wednesday, Dec. 18", "Dec. 18", "date", 2024, 2024, "year", Y, "december decision date"),
 ("e-dq", E, "rate by a quarter percentage point", "a quarter percentage point", "percent", 0.25, 0.25, PP, Y, "december cut size"),
 ("e-dr", E, "target range of 4.25% to 4.5%", "4.25% to 4.5%", "percent", 4.25, 4.5, "%", Y, "december target range"),
 ("e-full", E, "That is a full percentage point below", "a full percentage point", "percent", 1, 1, PP, Y, "cumulative 2024 easing"),
 ("e-11", E, "After 11 rate increases", "11", "count", 11, 11, "rate increases", Y, "hikes in 2022-23 campaign"),
 ("e-2223", E, "increases in 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "qualifier"),
 ("e-sep", E, "It started cutting in September", "September", "date", 2024, 2024, "year", Y, "september decision date"),
 ("e-shalf", E, "unusually large half-point move", "half-point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("e-sr", E, "to a range of 4.75% to 5%", "4.75% to 5%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("e-nq", E, "quarter-point cut in November, to", "quarter-point", "percent", 0.25, 0.25, PP, Y, "november cut size"),
 ("e-nov", E, "cut in November, to", "November", "date", 2024, 2024, "year", Y, "november decision date"),
 ("e-nr", E, "to 4.5% to 4.75%", "4.5% to 4.75%", "percent", 4.5, 4.75, "%", Y, "november target range"),
 ("e-aq", E, "another quarter point this week", "quarter point", "percent", 0.25, 0.25, PP, N, "repeat"),
 ("e-twelve", E, "Twelve officials vote", "Twelve", "count", 12, 12, "voters", Y, "fomc voting members"),
 ("e-ssep", E, "In September the vote was 11-1", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-sv11", E, "In September the vote was 11-1", "11", "count", 11, 11, "votes", Y, "september votes for"),
 ("e-sv1", E, "-1, with Governor", "1", "count", 1, 1, "votes", Y, "september votes against"),
 ("e-nnov", E, "In November the vote was 11-1 again", "November", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-nv11", E, "November the vote was 11-1 again", "11", "count", 11, 11, "votes", Y, "november votes for"),
 ("e-nv1", E, "-1 again", "1", "count", 1, 1, "votes", Y, "november votes against"),
 ("e-cpi26", E, "had cooled to 2.6% over the year to August", "2.6%", "percent", 2.6, 2.6, "%", Y, "cpi 12 months to august 2024"),
 ("e-aug", E, "over the year to August", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-cpi27", E, "to 2.7% in November", "2.7%", "percent", 2.7, 2.7, "%", Y, "cpi 12 months to november 2024"),
 ("e-cpinov", E, "2.7% in November, and", "November", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-core33", E, "and energy, was 3.3%", "3.3%", "percent", 3.3, 3.3, "%", Y, "core cpi november 2024"),
 ("e-255k", E, "added 255,000 jobs in September", "255,000", "count", 255000, 255000, "jobs", Y, "september 2024 payrolls (dec 6 revision)"),
 ("e-jsep", E, "255,000 jobs in September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-36k", E, "and 36,000 in October", "36,000", "count", 36000, 36000, "jobs", Y, "october 2024 payrolls (revised)"),
 ("e-joct", E, "36,000 in October", "October", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-227k", E, "by 227,000 in November", "227,000", "count", 227000, 227000, "jobs", Y, "november 2024 payrolls"),
 ("e-jnov", E, "227,000 in November", "November", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-39", E, "rate at 3.9% at the end of 2025", "3.9%", "percent", 3.9, 3.9, "%", Y, "dec sep median fed funds end-2025"),
 ("e-39y", E, "3.9% at the end of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-2cuts", E, "just two quarter-point cuts", "two", "count", 2, 2, "cuts", Y, "dec sep implied 2025 cuts"),
 ("e-2cq", E, "two quarter-point cuts next year", "quarter-point", "percent", 0.25, 0.25, PP, N, "cut size"),
 ("e-four", E, "down from four in September's", "four", "count", 4, 4, "cuts", Y, "sept sep implied 2025 cuts"),
 ("e-c25", E, "to be 2.5% at the end of 2025", "2.5%", "percent", 2.5, 2.5, "%", Y, "dec sep core pce 2025"),
 ("e-c25y", E, "2.5% at the end of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-c22", E, "from the 2.2% they expected", "2.2%", "percent", 2.2, 2.2, "%", Y, "sept sep core pce 2025"),
 ("e-c22sep", E, "they expected in September,", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-2pct", E, "inflation to reach 2% until 2027", "2%", "percent", 2, 2, "%", N, "inflation target"),
 ("e-2027", E, "reach 2% until 2027", "2027", "date", 2027, 2027, "year", Y, "dec sep year inflation returns to target"),
 ("e-2022", E, "from its 2022 peak", "2022", "date", 2022, 2022, "year", Y, "inflation peak year"),
 ("e-wed2", E, "stocks fall on Wednesday", "Wednesday", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-1123", E, "lost 1,123 points", "1,123", "count", 1123, 1123, "points", Y, "dow loss dec 18"),
 ("e-26pct", E, "1,123 points, or 2.6%", "2.6%", "percent", 2.6, 2.6, "%", Y, "dow loss dec 18 pct"),
 ("e-11th", E, "its 11th straight losing session", "11th", "count", 11, 11, "sessions", Y, "dow losing streak length"),
 ("e-1974", E, "longest slide since 1974", "1974", "date", 1974, 1974, "year", Y, "dow streak longest since"),
 ("e-sp3", E, "S&P 500 fell nearly 3%", "3%", "percent", 3, 3, "%", Y, "s&p 500 loss dec 18"),
 ("e-sincesep", E, "risen since September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-30yr", E, "average 30-year fixed rate", "30-year", "duration", 30, 30, "years", N, "product term"),
 ("e-620", E, "dropped to 6.20%", "6.20%", "percent", 6.2, 6.2, "%", Y, "freddie mac 30-yr week after september cut"),
 ("e-feb23", E, "since February 2023", "February 2023", "date", 2023, 2023, "year", Y, "mortgage lowest since"),
 ("e-66", E, "back above 6.6%", "6.6%", "percent", 6.6, 6.6, "%", Y, "freddie mac 30-yr mid-december"),
 ("e-jan", E, "The next meeting is Jan. 28-29, 2025", "Jan. 28-29, 2025", "date", 2025, 2025, "year", Y, "january 2025 meeting dates"),

 # ---- FR05 blog (2025-01-08)
 ("b-yago", B, "told me a year ago", "a year ago", "date", 2024, 2024, "year", N, "aside"),
 ("b-three", B, "Three cuts and a hawkish", "Three", "count", 3, 3, "cuts", N, "headline"),
 ("b-t2024", B, "look back at the Fed's 2024", "2024", "date", 2024, 2024, "year", N, "headline"),
 ("b-pub", B, "January 8, 2025", "January 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap", B, "Powell on Dec. 18:", "Dec. 18", "date", 2024, 2024, "year", N, "caption"),
 ("b-full", B, "by a full percentage point in 2024", "a full percentage point", "percent", 1, 1, PP, Y, "cumulative 2024 easing"),
 ("b-full2024", B, "full percentage point in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-for2025", B, "sets up for 2025", "2025", "date", 2025, 2025, "year", N, "aside"),
 ("b-sep18", B, "cycle on Sept. 18 with", "Sept. 18", "date", 2024, 2024, "year", Y, "september decision date"),
 ("b-shalf", B, "with a half-point cut", "half-point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("b-sr", B, "target range to 4.50%-4.75%", "4.50%-4.75%", "percent", 4.5, 4.75, "%", Y, "september target range"),
 ("b-expq", B, "expected a quarter point", "quarter point", "percent", 0.25, 0.25, PP, N, "expectation"),
 ("b-u43", B, "climbed to 4.3% in July", "4.3%", "percent", 4.3, 4.3, "%", Y, "unemployment july 2024"),
 ("b-ujul", B, "4.3% in July.", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-v10", B, "The vote was 10-2", "10", "count", 10, 10, "votes", Y, "september votes for"),
 ("b-v2", B, "vote was 10-2", "2", "count", 2, 2, "votes", Y, "september votes against"),
 ("b-b25", B, "preferring a 25-basis-point move", "25-basis-point", "percent", 25, 25, BP, Y, "bowman preferred cut (september)"),
 ("b-2dec", B, "back nearly two decades", "two decades", "duration", 2, 2, "decades", N, "aside (since previous governor dissent)"),
 ("b-44", B, "a median of 4.4% for the end of 2024", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median fed funds end-2024"),
 ("b-44y", B, "4.4% for the end of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-four", B, "and four more quarter-point cuts in 2025", "four", "count", 4, 4, "cuts", Y, "sept sep implied 2025 cuts"),
 ("b-fourq", B, "four more quarter-point cuts", "quarter-point", "percent", 0.25, 0.25, PP, N, "cut size"),
 ("b-four25", B, "quarter-point cuts in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-30yr", B, "Freddie Mac's 30-year average", "30-year", "duration", 30, 30, "years", N, "product term"),
 ("b-609", B, "printed 6.09%", "6.09%", "percent", 6.09, 6.09, "%", Y, "freddie mac 30-yr week after september cut"),
 ("b-e2023", B, "lowest since early 2023", "early 2023", "date", 2023, 2023, "year", N, "mortgage lowest since"),
 ("b-nov7", B, "The Nov. 7 decision", "Nov. 7", "date", 2024, 2024, "year", Y, "november decision date"),
 ("b-2days", B, "came two days after the election", "two days", "duration", 2, 2, "days", N, "aside"),
 ("b-nq", B, "a quarter-point cut, unanimous", "quarter-point", "percent", 0.25, 0.25, PP, Y, "november cut size"),
 ("b-dec18", B, "Then came Dec. 18.", "Dec. 18", "date", 2024, 2024, "year", Y, "december decision date"),
 ("b-dq", B, "another quarter point to 4.25%-4.50%", "quarter point", "percent", 0.25, 0.25, PP, Y, "december cut size"),
 ("b-dr", B, "quarter point to 4.25%-4.50%", "4.25%-4.50%", "percent", 4.25, 4.5, "%", Y, "december target range"),
 ("b-34", B, "sees the rate at 3.4% at the end of 2025", "3.4%", "percent", 3.4, 3.4, "%", Y, "dec sep median fed funds end-2025"),
 ("b-34y", B, "3.4% at the end of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-two", B, "only two cuts this year instead of four", "two", "count", 2, 2, "cuts", Y, "dec sep implied 2025 cuts"),
 ("b-fourb", B, "cuts this year instead of four", "four", "count", 4, 4, "cuts", Y, "sept sep implied 2025 cuts"),
 ("b-c25y", B, "Core PCE inflation for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-c25", B, "marked up to 2.5%", "2.5%", "percent", 2.5, 2.5, "%", Y, "dec sep core pce 2025"),
 ("b-rrp30", B, "reverse repo rate by 30 basis points", "30 basis points", "percent", 30, 30, BP, Y, "on rrp rate cut december"),
 ("b-850", B, "closed down about 850 points", "850", "count", 850, 850, "points", Y, "dow loss dec 18"),
 ("b-sp3", B, "S&P 500 lost about 3%", "3%", "percent", 3, 3, "%", Y, "s&p 500 loss dec 18"),
 ("b-10s", B, "stretched to 10 sessions", "10", "count", 10, 10, "sessions", Y, "dow losing streak length"),
 ("b-1974", B, "its longest since 1974", "1974", "date", 1974, 1974, "year", Y, "dow streak longest since"),
 ("b-jan", B, "The Jan. 28-29 meeting", "Jan. 28-29", "date", 2025, 2025, "year", Y, "january 2025 meeting dates"),
 ("b-s2024", B, "the Fed spent 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-100", B, "taking back 100 basis points", "100 basis points", "percent", 100, 100, BP, Y, "cumulative 2024 easing"),
 ("b-525", B, "of the 525 it added", "525", "percent", 525, 525, BP, Y, "total hikes"),
 ("b-2223", B, "added in 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "qualifier"),
 ("b-f2025", B, "the fight in 2025", "2025", "date", 2025, 2025, "year", N, "aside"),
 ("b-37", B, "37 comments", "37", "count", 37, 37, "comments", N, "page furniture"),

 # ---- FR06 local trade (2024-11-08), hard-wrapped
 ("l-dl", L, "Friday, November 8, 2024", "November 8, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-q", L, "by another quarter point on Thursday", "quarter point", "percent", 0.25, 0.25, PP, Y, "november cut size"),
 ("l-thu", L, "quarter point on Thursday", "Thursday", "date", 2024, 2024, "year", Y, "november decision date"),
 ("l-v12", L, "voting 12-0 to set", "12", "count", 12, 12, "votes", Y, "november votes for"),
 ("l-v0", L, "voting 12-0 to set", "0", "count", 0, 0, "votes", Y, "november votes against"),
 ("l-nr", L, "range at 4.50% to 4.75%", "4.50% to 4.75%", "percent", 4.5, 4.75, "%", Y, "november target range"),
 ("l-7wk", L, "second cut in seven weeks", "seven weeks", "duration", 7, 7, "weeks", N, "aside"),
 ("l-2days", L, "announced two days after", "two days", "duration", 2, 2, "days", N, "aside"),
 ("l-shalf", L, "followed the half-point reduction", "half-point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("l-sep18", L, "reduction on Sept. 18 that", "Sept. 18", "date", 2024, 2024, "year", Y, "september decision date"),
 ("l-sr", L, "took the range to 4.75% to 5.00%", "4.75% to 5.00%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("l-2019", L, "first cut since 2019", "2019", "date", 2019, 2019, "year", Y, "previous rate cut"),
 ("l-oldr", L, "held rates at 5.25% to 5.50%", "5.25% to 5.50%", "percent", 5.25, 5.5, "%", Y, "pre-cut peak range"),
 ("l-jul23", L, "from July 2023, a", "July 2023", "date", 2023, 2023, "year", Y, "peak range in place since"),
 ("l-40yr", L, "a 40-year high", "40-year", "duration", 40, 40, "years", Y, "peak rate highest in"),
 ("l-2006", L, "governor since 2006", "2006", "date", 2006, 2006, "year", Y, "previous governor dissent"),
 ("l-800", L, "cut prime to 8.00% after", "8.00%", "percent", 8.0, 8.0, "%", Y, "prime after september"),
 ("l-775", L, "move it to 7.75% effective Friday", "7.75%", "percent", 7.75, 7.75, "%", Y, "prime after november"),
 ("l-fri", L, "7.75% effective Friday", "Friday", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-cpi25", L, "Consumer prices rose 2.5% in the year to August", "2.5%", "percent", 2.5, 2.5, "%", Y, "cpi 12 months to august 2024"),
 ("l-aug", L, "in the year to August and", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-cpi24", L, "and 2.4% in the year to September", "2.4%", "percent", 2.4, 2.4, "%", Y, "cpi 12 months to september 2024"),
 ("l-sepq", L, "2.4% in the year to September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-e2021", L, "since early 2021", "early 2021", "date", 2021, 2021, "year", N, "cpi lowest since (vague)"),
 ("l-12k", L, "added only 12,000 jobs in October", "12,000", "count", 12000, 12000, "jobs", Y, "october 2024 payrolls (first print)"),
 ("l-oct", L, "12,000 jobs in October", "October", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-223k", L, "revised to 223,000", "223,000", "count", 223000, 223000, "jobs", Y, "september 2024 payrolls (nov 1 revision)"),
 ("l-41", L, "jobless rate held at 4.1%", "4.1%", "percent", 4.1, 4.1, "%", Y, "unemployment october 2024"),
 ("l-60b", L, "letting up to $60 billion in Treasuries", "$60 billion", "money", 60e9, 60e9, "USD", Y, "monthly treasury runoff cap"),
 ("l-35b", L, "and $35 billion in mortgage-backed", "$35 billion", "money", 35e9, 35e9, "USD", Y, "monthly mbs runoff cap"),
 ("l-30yr", L, "average 30-year fixed rate fell", "30-year", "duration", 30, 30, "years", N, "product term"),
 ("l-609", L, "fell to 6.09% in the week", "6.09%", "percent", 6.09, 6.09, "%", Y, "freddie mac 30-yr week after september cut"),
 ("l-679", L, "back at 6.79% this week", "6.79%", "percent", 6.79, 6.79, "%", Y, "freddie mac 30-yr nov 7"),
 ("l-30yrb", L, "The market sets the 30-year.", "30-year", "duration", 30, 30, "years", N, "quote"),
 ("l-one", L, "expect one more quarter-point cut", "one", "count", 1, 1, "cuts", N, "forecast"),
 ("l-oneq", L, "one more quarter-point cut at", "quarter-point", "percent", 0.25, 0.25, PP, N, "forecast"),
 ("l-dec", L, "Fed's Dec. 17-18 meeting", "Dec. 17-18", "date", 2024, 2024, "year", Y, "december meeting dates"),
 ("l-44", L, "year-end rate of 4.4%", "4.4%", "percent", 4.4, 4.4, "%", Y, "sept sep median fed funds end-2024"),
 ("l-one2", L, "with one more quarter-point step", "one", "count", 1, 1, "cuts", N, "arithmetic"),
 ("l-oneq2", L, "one more quarter-point step", "quarter-point", "percent", 0.25, 0.25, PP, N, "arithmetic"),

 # ---- FR07 fact-check (2025-01-15)
 ("f-hfull", F, "cut rates by a full point right before", "a full point", "percent", 1, 1, PP, N, "headline (post claim)"),
 ("f-pub", F, "January 15, 2025", "January 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-cfull", F, "slashed rates by a full point in September", "a full point", "percent", 1, 1, PP, N, "post claim"),
 ("f-csep", F, "a full point in September, weeks", "September", "date", 2024, 2024, "year", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-notfull", F, "not by a full percentage point", "a full percentage point", "percent", 1, 1, PP, N, "negated post claim"),
 ("f-sep18", F, "ended Sept. 18, 2024", "Sept. 18, 2024", "date", 2024, 2024, "year", Y, "september decision date"),
 ("f-half", F, "target range by half a percentage point", "half a percentage point", "percent", 0.5, 0.5, PP, Y, "september cut size"),
 ("f-sr", F, "percentage point, to 4.75% to 5.00%", "4.75% to 5.00%", "percent", 4.75, 5.0, "%", Y, "september target range"),
 ("f-oldr", F, "sat at 5.25% to 5.50% since", "5.25% to 5.50%", "percent", 5.25, 5.5, "%", Y, "pre-cut peak range"),
 ("f-jul", F, "since July of last year", "July of last year", "date", 2024, 2024, "year", Y, "peak range in place since"),
 ("f-11", F, "after 11 increases", "11", "count", 11, 11, "rate increases", Y, "hikes in 2022-23 campaign"),
 ("f-mar22", F, "began in March 2022", "March 2022", "date", 2022, 2022, "year", Y, "hiking campaign start"),
 ("f-v11", F, "The vote was 11-1;", "11", "count", 11, 11, "votes", Y, "september votes for"),
 ("f-v1", F, "-1; the lone", "1", "count", 1, 1, "votes", Y, "september votes against"),
 ("f-bq", F, "a smaller, quarter-point cut", "quarter-point", "percent", 0.25, 0.25, PP, Y, "bowman preferred cut (september)"),
 ("f-2005", F, "dissented since 2005", "2005", "date", 2005, 2005, "year", Y, "previous governor dissent"),
 ("f-pfull", F, "The full point the post", "full point", "percent", 1, 1, PP, N, "post claim"),
 ("f-nq", F, "by a quarter point on Nov. 7", "quarter point", "percent", 0.25, 0.25, PP, Y, "november cut size"),
 ("f-nov7", F, "quarter point on Nov. 7", "Nov. 7", "date", 2024, 2024, "year", Y, "november decision date"),
 ("f-2days", F, "Nov. 7, two days after", "two days", "duration", 2, 2, "days", N, "aside"),
 ("f-dq", F, "another quarter point on Dec. 18", "quarter point", "percent", 0.25, 0.25, PP, Y, "december cut size"),
 ("f-dec18", F, "another quarter point on Dec. 18", "Dec. 18", "date", 2024, 2024, "year", Y, "december decision date"),
 ("f-dr", F, "bringing the range to 4.25% to 4.50%", "4.25% to 4.50%", "percent", 4.25, 4.5, "%", Y, "december target range"),
 ("f-100", F, "adds up to 100 basis points", "100 basis points", "percent", 100, 100, BP, Y, "cumulative 2024 easing"),
 ("f-two", F, "but two of the three cuts", "two", "count", 2, 2, "cuts", Y, "cuts after election day"),
 ("f-three", F, "two of the three cuts", "three", "count", 3, 3, "cuts", Y, "2024 rate cuts"),
 ("f-cpi25", F, "had fallen to 2.5% in August", "2.5%", "percent", 2.5, 2.5, "%", Y, "cpi 12 months to august 2024"),
 ("f-aug", F, "2.5% in August, and", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-augjobs", F, "the August jobs report", "August", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-124k", F, "adding 124,000 jobs", "124,000", "count", 124000, 124000, "jobs", Y, "august 2024 payrolls"),
 ("f-u42", F, "unemployment rate at 4.2% after", "4.2%", "percent", 4.2, 4.2, "%", Y, "unemployment august 2024"),
 ("f-u43", F, "touching 4.3% in July", "4.3%", "percent", 4.3, 4.3, "%", Y, "unemployment july 2024"),
 ("f-ujul", F, "4.3% in July. In", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-sepu2024", F, "unemployment to end 2024 at 4.2%", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-sepu42", F, "end 2024 at 4.2%", "4.2%", "percent", 4.2, 4.2, "%", Y, "sept sep median unemployment end-2024"),
 ("f-anhalf", F, "by another half point before", "half point", "percent", 0.5, 0.5, PP, Y, "sept sep implied further 2024 easing"),
 ("f-aug23", F, "conference on Aug. 23, 2024", "Aug. 23, 2024", "date", 2024, 2024, "year", Y, "jackson hole speech date"),
 ("f-o2025", F, "the outlook for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-2cuts", F, "projects two quarter-point cuts this year", "two", "count", 2, 2, "cuts", Y, "dec sep implied 2025 cuts"),
 ("f-2cq", F, "two quarter-point cuts this year", "quarter-point", "percent", 0.25, 0.25, PP, N, "cut size"),
 ("f-four", F, "rather than the four penciled", "four", "count", 4, 4, "cuts", Y, "sept sep implied 2025 cuts"),
 ("f-1123", F, "fell 1,123 points", "1,123", "count", 1123, 1123, "points", Y, "dow loss dec 18"),
 ("f-dec18b", F, "1,123 points on Dec. 18", "Dec. 18", "date", 2024, 2024, "year", N, "repeat"),
 ("f-10th", F, "its 10th straight decline", "10th", "count", 10, 10, "sessions", Y, "dow losing streak length"),
 ("f-oct4", F, "released Oct. 4", "Oct. 4", "date", 2024, 2024, "year", N, "release date"),
 ("f-254k", F, "a gain of 254,000", "254,000", "count", 254000, 254000, "jobs", Y, "september 2024 payrolls (first print)"),
 ("f-41", F, "dipped to 4.1%", "4.1%", "percent", 4.1, 4.1, "%", Y, "unemployment september 2024"),
 ("f-rfull", F, "cut rates by a full point in September to", "a full point", "percent", 1, 1, PP, N, "post claim (ruling)"),
 ("f-rsep", F, "full point in September to help", "September", "date", 2024, 2024, "year", N, "post claim (ruling)"),
 ("f-rhalf", F, "was half a point, approved", "half a point", "percent", 0.5, 0.5, PP, Y, "september cut size (ruling)"),
 ("f-rv11", F, "approved 11-1, and", "11", "count", 11, 11, "votes", Y, "september votes for (ruling)"),
 ("f-rv1", F, "-1, and the remaining", "1", "count", 1, 1, "votes", Y, "september votes against (ruling)"),
 ("f-r2024", F, "remaining cuts of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-rnov", F, "came in November and December, after", "November", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-rdec", F, "November and December, after", "December", "date", 2024, 2024, "year", N, "qualifier"),
]

S, Q = "strict", "qualified"
X = [
 # S1 september vote tally 10-2 vs 11-1
 ("b-v10", "w-v11", S), ("b-v2", "w-v1", S),
 ("b-v10", "e-sv11", S), ("b-v2", "e-sv1", S), ("b-v10", "f-v11", S), ("b-v2", "f-v1", S),
 ("b-v10", "f-rv11", S), ("b-v2", "f-rv1", S),
 # S2 november vote tally 11-1 vs 12-0
 ("e-nv11", "l-v12", S), ("e-nv1", "l-v0", S),
 # S3 september target range (november range swapped in)
 ("b-sr", "w-sr", S), ("b-sr", "p-sr", S), ("b-sr", "a-sr", S), ("b-sr", "e-sr", S), ("b-sr", "l-sr", S), ("b-sr", "f-sr", S),
 # S4 peak range in place since: "July of last year" (2024 from a 2025 article) vs July 2023
 ("f-jul", "w-jul23", S), ("f-jul", "a-jul23", S), ("f-jul", "l-jul23", S),
 # S5 september SEP unemployment end-2024: 4.2 (dec figure / august actual) vs 4.4
 ("f-sepu42", "w-u44", S), ("f-sepu42", "a-u44", S),
 # S6 august CPI: consensus 2.6 reported as actual vs 2.5
 ("e-cpi26", "w-cpi25", S), ("e-cpi26", "l-cpi25", S), ("e-cpi26", "f-cpi25", S),
 # S7 august payrolls 124,000 (transposed) vs 142,000
 ("f-124k", "w-142k", S),
 # S8 december SEP median end-2025: 3.4 (september's) vs 3.9
 ("b-34", "p-39", S), ("b-34", "a-dmedp", S), ("b-34", "a-dmed", S), ("b-34", "e-39", S),
 # S9 september SEP longer-run median: 3.0 (december's) vs 2.9
 ("a-lr30", "w-lr29", S),
 # S10 dow loss dec 18: intraday ~850 reported as close vs 1,123
 ("b-850", "e-1123", S), ("b-850", "f-1123", S),
 # S11 dow losing streak: 11 (1974 streak length) vs 10
 ("e-11th", "b-10s", S), ("e-11th", "f-10th", S),
 # S12 previous governor dissent: 2006 vs 2005
 ("l-2006", "w-2005", S), ("l-2006", "f-2005", S),
 # S13 freddie mac 30-yr week after the september cut: 6.20 (prior week) vs 6.09
 ("e-620", "b-609", S), ("e-620", "l-609", S),
 # S14 previous cut: 2019 vs 2020
 ("l-2019", "w-mar20", S), ("l-2019", "p-2020", S), ("l-2019", "a-mar20", S),
 # S15 december SEP core pce 2025: 2.8 (2024 figure) vs 2.5
 ("p-core28", "a-c25", S), ("p-core28", "e-c25", S), ("p-core28", "b-c25", S),
 # S16 ON RRP cut: 25 vs 30 bp
 ("p-rrp25", "a-rrp30", S), ("p-rrp25", "b-rrp30", S),
 # S17 number of hikes: 10 vs 11
 ("w-10hikes", "e-11", S), ("w-10hikes", "f-11", S),
 # S18 treasury runoff cap: $60bn (pre-June 2024 cap) vs $25bn
 ("l-60b", "w-25b", S),
 # S19 months at peak before first cut: 16 vs 14
 ("p-16mo", "w-14mo", S),
 # Qualified
 ("f-254k", "l-223k", Q), ("f-254k", "e-255k", Q), ("l-223k", "e-255k", Q),
 ("l-12k", "e-36k", Q),
 ("l-40yr", "w-23yr", Q), ("l-40yr", "p-23yr", Q),
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
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
