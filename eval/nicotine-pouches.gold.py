#!/usr/bin/env python3
"""Build nicotine-pouches.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "nicotine-pouches")
OUT = os.path.join(HERE, "nicotine-pouches.gold.jsonl")
T = "nicotine-pouches"

W, P, A, E, B, L, F = ("NP01_wire.txt", "NP02_press.txt", "NP03_abstract.txt",
                       "NP04_explainer.txt", "NP05_blog.txt", "NP06_local.txt", "NP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NP01 wire (2025-01-17)
 ("w-dl", W, "WASHINGTON, Jan 17", "Jan 17", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "on Thursday authorized", "Thursday", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("w-20", W, "marketing of 20 Zyn", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("w-10fl", W, "cover 10 flavors", "10", "count", 10, 10, "flavors", Y, "zyn flavors authorized"),
 ("w-two", W, "each in two strengths", "two", "count", 2, 2, "strengths", N, "number of strengths"),
 ("w-3mg", W, "3 milligrams and 6", "3 milligrams", "dose", 3, 3, "mg", Y, "zyn low strength per pouch"),
 ("w-6mg", W, "and 6 milligrams of nicotine", "6 milligrams", "dose", 6, 6, "mg", Y, "zyn high strength per pouch"),
 ("w-nyts", W, "from the 2024 National Youth", "2024", "date", 2024, 2024, "year", N, "survey year"),
 ("w-sep", W, "released in September", "September", "date", 2024, 2024, "year", N, "nyts release date"),
 ("w-18", W, "in which 1.8% of middle", "1.8%", "percent", 1.8, 1.8, "%", Y, "nyts 2024 current pouch use"),
 ("w-400k", W, "about 400,000 young people", "400,000", "count", 400000, 400000, "students", Y, "nyts 2024 current pouch users"),
 ("w-30d", W, "in the past 30 days. The rate", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("w-687", W, "at 68.7%", "68.7%", "percent", 68.7, 68.7, "%", Y, "nyts 2024 zyn usual brand share"),
 ("w-142", W, "at 14.2%", "14.2%", "percent", 14.2, 14.2, "%", Y, "nyts 2024 on! usual brand share"),
 ("w-59", W, "students, at 5.9%", "5.9%", "percent", 5.9, 5.9, "%", Y, "nyts 2024 current e-cigarette use"),
 ("w-16b", W, "about $16 billion in 2022", "$16 billion", "money", 16e9, 16e9, "USD", Y, "swedish match acquisition price"),
 ("w-2022", W, "$16 billion in 2022", "2022", "date", 2022, 2022, "year", Y, "swedish match acquisition year"),
 ("w-2014", W, "since 2014", "2014", "date", 2014, 2014, "year", Y, "zyn us launch year"),
 ("w-2yr", W, "in the past two years", "two years", "duration", 2, 2, "years", N, "aside"),
 ("w-385", W, "nearly 385 million cans", "385 million", "count", 385e6, 385e6, "cans", Y, "zyn us shipments 2023"),
 ("w-2023", W, "in the United States in 2023, 62%", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-62", W, "62% more than", "62%", "percent", 62, 62, "%", Y, "zyn us shipment growth 2023"),
 ("w-lastapr", W, "and last April raised", "last April", "date", 2024, 2024, "year", N, "forecast raise date"),
 ("w-fc2024", W, "raised its 2024 forecast", "2024", "date", 2024, 2024, "year", N, "forecast year"),
 ("w-560", W, "about 560 million cans", "560 million", "count", 560e6, 560e6, "cans", Y, "zyn us 2024 shipment forecast (april 2024)"),
 ("w-lastyr", W, "for much of last year", "last year", "date", 2024, 2024, "year", N, "shortage period"),
 ("w-june", W, "and in June the company suspended", "June", "date", 2024, 2024, "year", Y, "zyn.com online sales halt"),
 ("w-oct22", W, "since October 2022", "October 2022", "date", 2022, 2022, "year", Y, "dc flavor ban effective"),
 ("w-aprlast", W, "In April last year the FDA", "April last year", "date", 2024, 2024, "year", N, "fda enforcement announcement date"),
 ("w-119", W, "issued 119 warning", "119", "count", 119, 119, "warning letters", Y, "fda warning letters zyn underage sales"),
 ("w-41", W, "filed 41 civil", "41", "count", 41, 41, "complaints", Y, "fda civil money penalty complaints"),
 ("w-21", W, "anyone under 21", "21", "age", 21, 21, "years", Y, "minimum sales age"),
 ("w-15", W, "typically holding 15 pouches", "15", "count", 15, 15, "pouches", Y, "pouches per zyn can"),
 ("w-5", W, "sells for about $5", "$5", "money", 5, 5, "USD", Y, "price per can"),

 # ---- NP02 press (2025-04-24)
 ("p-h4200", P, "Allocations to 4,200 Retail", "4,200", "count", 4200, 4200, "retailers", N, "headline repeat"),
 ("p-h21", P, "Launches 21+ Compliance", "21", "age", 21, 21, "years", N, "program name (headline)"),
 ("p-sub2024", P, "during the 2024 shortage", "2024", "date", 2024, 2024, "year", N, "subtitle"),
 ("p-dl", P, "PITTSBURGH, April 24, 2025", "April 24, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-4200", P, "to its 4,200 retail partners", "4,200", "count", 4200, 4200, "retailers", Y, "harborline retail partners (fictional)"),
 ("p-six", P, "in six states", "six", "count", 6, 6, "states", Y, "harborline states (fictional)"),
 ("p-may24", P, "introduced in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "allocation limits start"),
 ("p-lastyr", P, "during last year's national", "last year", "date", 2024, 2024, "year", N, "shortage year"),
 ("p-yday", P, "report yesterday", "yesterday", "date", 2025, 2025, "year", N, "pmi q1 results date"),
 ("p-202", P, "about 202 million cans", "202 million", "count", 202e6, 202e6, "cans", Y, "zyn us shipments q1 2025"),
 ("p-q125", P, "first quarter of 2025, up", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-53", P, "up 53% from", "53%", "percent", 53, 53, "%", Y, "zyn us shipment growth q1 2025"),
 ("p-165", P, "nearly 165 million cans", "165 million", "count", 165e6, 165e6, "cans", Y, "zyn us shipments q4 2024"),
 ("p-q424", P, "fourth quarter of 2024. PMI", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-fy25", P, "full-year 2025 outlook", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-800", P, "800 million to 840 million", "800 million to 840 million", "count", 800e6, 840e6, "cans", Y, "2025 us shipment forecast (april)"),
 ("p-780", P, "780 million to 820 million", "780 million to 820 million", "count", 780e6, 820e6, "cans", Y, "2025 us shipment forecast (february)"),
 ("p-feb", P, "projected in February", "February", "date", 2025, 2025, "year", N, "forecast date"),
 ("p-mostlast", P, "For most of last year", "last year", "date", 2024, 2024, "year", N, "quote"),
 ("p-900", P, "toward 900 million cans a year", "900 million", "count", 900e6, 900e6, "cans", Y, "owensboro capacity target"),
 ("p-232", P, "new $232 million manufacturing", "$232 million", "money", 232e6, 232e6, "USD", Y, "aurora plant investment (misreport)"),
 ("p-e26", P, "production in early 2026", "early 2026", "date", 2026, 2026, "year", Y, "aurora plant start"),
 ("p-2to3", P, "between two and three weeks", "two and three weeks", "duration", 2, 3, "weeks", Y, "inventory target (fictional)"),
 ("p-jan16", P, "On January 16, 2025", "January 16, 2025", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("p-20", P, "marketing of 20 ZYN", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("p-10fl", P, "ZYN products - 10 flavors", "10", "count", 10, 10, "flavors", Y, "zyn flavors authorized"),
 ("p-3mg", P, "in 3 mg and 6 mg", "3 mg", "dose", 3, 3, "mg", Y, "zyn low strength"),
 ("p-6mg", P, "3 mg and 6 mg nicotine", "6 mg", "dose", 6, 6, "mg", Y, "zyn high strength"),
 ("p-nov22", P, "in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "swedish match acquisition date"),
 ("p-h21b", P, "21+ Compliance Program Under the program", "21", "age", 21, 21, "years", N, "section heading"),
 ("p-30", P, "appears to be under 30", "30", "age", 30, 30, "years", Y, "id scan age threshold (fictional)"),
 ("p-21", P, "sales age of 21", "21", "age", 21, 21, "years", Y, "minimum sales age"),
 ("p-twovar", P, "the two varieties", "two", "count", 2, 2, "varieties", N, "unflavored varieties"),
 ("p-oct22", P, "in force since October 2022", "October 2022", "date", 2022, 2022, "year", Y, "dc flavor ban effective"),
 ("p-one", P, "at least one unannounced", "one", "count", 1, 1, "visits", N, "program detail"),
 ("p-90d", P, "suspend for 90 days", "90 days", "duration", 90, 90, "days", Y, "partner suspension (fictional)"),
 ("p-lastjune", P, "ZYN.com last June", "last June", "date", 2024, 2024, "year", Y, "zyn.com online sales halt"),
 ("p-twogoals", P, "Those two goals", "two", "count", 2, 2, "goals", N, "quote"),
 ("p-1987", P, "Founded in 1987", "1987", "date", 1987, 1987, "year", N, "about section"),
 ("p-three", P, "from three distribution centers", "three", "count", 3, 3, "centers", N, "about section"),
 ("p-650", P, "employs about 650 people", "650", "count", 650, 650, "employees", N, "about section"),
 ("p-fls21", P, "effect of the 21+ Compliance", "21", "age", 21, 21, "years", N, "program name (fls)"),

 # ---- NP03 abstract (2025-07-14)
 ("a-pub", A, "Published online 14 July 2025", "14 July 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "United States, 2010–2023 Structured", "2010–2023", "date", 2010, 2023, "year", N, "title period"),
 ("a-126", A, "from 126 million in 2019", "126 million", "count", 126e6, 126e6, "units", Y, "us pouch unit sales 2019"),
 ("a-2019", A, "126 million in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("a-808", A, "to 808 million in 2022", "808 million", "count", 808e6, 808e6, "units", Y, "us pouch unit sales 2022"),
 ("a-2022", A, "808 million in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-nyts", A, "in the 2024 National Youth Tobacco Survey, 1.8%", "2024", "date", 2024, 2024, "year", N, "survey year"),
 ("a-18", A, "Survey, 1.8% of middle", "1.8%", "percent", 1.8, 1.8, "%", Y, "nyts 2024 current pouch use"),
 ("a-77", A, "stood at 7.7%", "7.7%", "percent", 7.7, 7.7, "%", Y, "nyts 2024 current e-cigarette use (misreport: 2023 value)"),
 ("a-jan25", A, "In January 2025 the US", "January 2025", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("a-20", A, "authorized 20 nicotine pouch", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("a-6bg", A, "younger than 6 years reported to US poison", "6 years", "age", 6, 6, "years", N, "definitional"),
 ("a-6m", A, "younger than 6 years reported to the National", "6 years", "age", 6, 6, "years", N, "definitional"),
 ("a-start", A, "from January 1, 2010, through", "January 1, 2010", "date", 2010, 2010, "year", N, "study period start"),
 ("a-end", A, "through December 31, 2023", "December 31, 2023", "date", 2023, 2023, "year", N, "study period end"),
 ("a-2020", A, "product code since 2020", "2020", "date", 2020, 2020, "year", Y, "npds pouch code start"),
 ("a-2023only", A, "for 2020–2023 only", "2020–2023", "date", 2020, 2023, "year", N, "analysis period"),
 ("a-100k-m", A, "per 100,000 children younger", "100,000", "count", 100000, 100000, "children", N, "rate denominator"),
 ("a-6census", A, "younger than 6 years using", "6 years", "age", 6, 6, "years", N, "definitional"),
 ("a-N", A, "N = 134,663", "134,663", "count", 134663, 134663, "ingestions", Y, "npds nicotine ingestions 2010-2023"),
 ("a-2y", A, "younger than 2 years (n=102,613", "2 years", "age", 2, 2, "years", N, "subgroup definition"),
 ("a-n2y", A, "n=102,613", "102,613", "count", 102613, 102613, "ingestions", Y, "ingestions under age 2"),
 ("a-762", A, "76.2%", "76.2%", "percent", 76.2, 76.2, "%", Y, "share under age 2"),
 ("a-555", A, "boys (55.5%)", "55.5%", "percent", 55.5, 55.5, "%", Y, "share boys"),
 ("a-985", A, "98.5% occurred", "98.5%", "percent", 98.5, 98.5, "%", Y, "share at residence"),
 ("a-257", A, "caplets (25.7%)", "25.7%", "percent", 25.7, 25.7, "%", Y, "tablets/capsules share"),
 ("a-254", A, "liquid nicotine (25.4%)", "25.4%", "percent", 25.4, 25.4, "%", Y, "liquid nicotine share"),
 ("a-14", A, "accounted for 1.4% of", "1.4%", "percent", 1.4, 1.4, "%", Y, "pouch share of ingestions"),
 ("a-594", A, "increased by 59.4%", "59.4%", "percent", 59.4, 59.4, "%", Y, "rate change 2010-2015"),
 ("a-1015", A, "from 2010 to 2015 (P", "2010 to 2015", "date", 2010, 2015, "year", N, "period"),
 ("a-p1", A, "2015 (P < .001) and then", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-341", A, "changed by −34.1%", "−34.1%", "percent", -34.1, -34.1, "%", Y, "rate change 2015-2023"),
 ("a-1523", A, "from 2015 to 2023 (P", "2015 to 2023", "date", 2015, 2023, "year", N, "period"),
 ("a-p2", A, "2023 (P < .001), driven", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-048", A, "rose from 0.48 per", "0.48", "ratio", 0.48, 0.48, "per 100000", Y, "pouch ingestion rate 2020"),
 ("a-100k-a", A, "0.48 per 100,000 children", "100,000", "count", 100000, 100000, "children", N, "rate denominator"),
 ("a-r2020", A, "children in 2020 to 4.14", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("a-414", A, "to 4.14 per", "4.14", "ratio", 4.14, 4.14, "per 100000", Y, "pouch ingestion rate 2023"),
 ("a-100k-b", A, "4.14 per 100,000 in 2023", "100,000", "count", 100000, 100000, "children", N, "rate denominator"),
 ("a-r2023", A, "100,000 in 2023, an increase", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-7631", A, "increase of 763.1%", "763.1%", "percent", 763.1, 763.1, "%", Y, "pouch ingestion rate increase 2020-2023"),
 ("a-p3", A, "763.1% (P < .001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-368", A, "no effect (36.8%)", "36.8%", "percent", 36.8, 36.8, "%", Y, "no effect share"),
 ("a-196", A, "minor effect (19.6%)", "19.6%", "percent", 19.6, 19.6, "%", Y, "minor effect share"),
 ("a-12", A, "1.2% had a moderate", "1.2%", "percent", 1.2, 1.2, "%", Y, "moderate effect share"),
 ("a-39", A, "39 had a major effect", "39", "count", 39, 39, "children", Y, "major effects"),
 ("a-2died", A, "and 2 died", "2", "count", 2, 2, "deaths", Y, "deaths"),
 ("a-or1", A, "[OR], 1.53", "1.53", "ratio", 1.53, 1.53, "OR", Y, "pouch vs other: serious outcome odds"),
 ("a-ci1", A, "1.10–2.13", "1.10–2.13", "ratio", 1.10, 2.13, "OR", Y, "ci"),
 ("a-or2", A, "(OR, 2.03", "2.03", "ratio", 2.03, 2.03, "OR", Y, "pouch vs other: admission odds"),
 ("a-ci2", A, "1.31–3.15", "1.31–3.15", "ratio", 1.31, 3.15, "OR", Y, "ci"),
 ("a-8fold", A, "more than eightfold", "eightfold", "ratio", 8, 8, "x", N, "conclusion paraphrase"),
 ("a-c2023", A, "eightfold between 2020 and 2023", "2020 and 2023", "date", 2020, 2023, "year", N, "period"),
 ("a-ref1", A, "levels from 2019 to 2022. JAMA", "2019 to 2022", "date", 2019, 2022, "year", N, "reference title"),
 ("a-ref2", A, "United States, 2024. MMWR", "2024", "date", 2024, 2024, "year", N, "reference title"),
 ("a-ref3", A, "marketing of 20 ZYN", "20", "count", 20, 20, "products", N, "reference title"),
 ("a-ref3d", A, "News release, January 16, 2025", "January 16, 2025", "date", 2025, 2025, "year", N, "reference date"),

 # ---- NP04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-hour", E, "for up to an hour", "an hour", "duration", 1, 1, "hours", Y, "pouch use time"),
 ("e-3mg", E, "Zyn is sold in 3 mg", "3 mg", "dose", 3, 3, "mg", Y, "zyn low strength"),
 ("e-6mg", E, "3 mg and 6 mg strengths, Velo", "6 mg", "dose", 6, 6, "mg", Y, "zyn high strength"),
 ("e-v2", E, "Velo in 2, 4", "2", "dose", 2, 2, "mg", Y, "velo strength"),
 ("e-v4", E, "Velo in 2, 4 and", "4", "dose", 4, 4, "mg", Y, "velo strength"),
 ("e-v7", E, "4 and 7 mg, and on!", "7 mg", "dose", 7, 7, "mg", Y, "velo top strength"),
 ("e-o15", E, "on! in 1.5, 2", "1.5", "dose", 1.5, 1.5, "mg", Y, "on! strength"),
 ("e-o2", E, "in 1.5, 2, 3.5", "2", "dose", 2, 2, "mg", Y, "on! strength"),
 ("e-o35", E, "2, 3.5, 4 and 8", "3.5", "dose", 3.5, 3.5, "mg", Y, "on! strength"),
 ("e-o4", E, "3.5, 4 and 8", "4", "dose", 4, 4, "mg", Y, "on! strength"),
 ("e-o8", E, "4 and 8 mg per pouch", "8 mg", "dose", 8, 8, "mg", Y, "on! top strength"),
 ("e-p6", E, "on! PLUS at 6, 9", "6", "dose", 6, 6, "mg", Y, "on! plus strength (sought)"),
 ("e-p9", E, "at 6, 9 and 12", "9", "dose", 9, 9, "mg", Y, "on! plus strength (sought)"),
 ("e-p12", E, "9 and 12 mg", "12 mg", "dose", 12, 12, "mg", Y, "on! plus strength (sought)"),
 ("e-cig", E, "roughly 10 to 12 mg", "10 to 12 mg", "dose", 10, 12, "mg", Y, "nicotine in a cigarette"),
 ("e-abs", E, "about 1 to 2 mg", "1 to 2 mg", "dose", 1, 2, "mg", Y, "nicotine absorbed per cigarette"),
 ("e-15", E, "holds 15 pouches", "15", "count", 15, 15, "pouches", Y, "pouches per zyn can"),
 ("e-5", E, "costs about $5", "$5", "money", 5, 5, "USD", Y, "price per can"),
 ("e-jan25", E, "In January 2025 the FDA", "January 2025", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("e-20", E, "marketing of 20 Zyn", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("e-10fl", E, "10 flavors in each", "10", "count", 10, 10, "flavors", Y, "zyn flavors authorized"),
 ("e-two", E, "of the two strengths", "two", "count", 2, 2, "strengths", N, "number of strengths"),
 ("e-180", E, "at least 180 days", "180 days", "duration", 180, 180, "days", Y, "mrtp comment period minimum"),
 ("e-350", E, "about 350 million cans", "350 million", "count", 350e6, 350e6, "cans", Y, "zyn us shipments 2023"),
 ("e-2023s", E, "in the U.S. in 2023, and demand", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-2024", E, "through much of 2024", "2024", "date", 2024, 2024, "year", N, "shortage period"),
 ("e-june", E, "selling online this June", "this June", "date", 2025, 2025, "year", Y, "zyn.com online sales halt (misreport: resolves to 2025)"),
 ("e-nyts", E, "In the 2024 National", "2024", "date", 2024, 2024, "year", N, "survey year"),
 ("e-18", E, "Survey, 1.8% of middle", "1.8%", "percent", 1.8, 1.8, "%", Y, "nyts 2024 current pouch use"),
 ("e-480k", E, "about 480,000 young people", "480,000", "count", 480000, 480000, "students", Y, "nyts 2024 current pouch users"),
 ("e-30d", E, "in the past 30 days, compared", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("e-15pct", E, "compared with 1.5% in 2023", "1.5%", "percent", 1.5, 1.5, "%", Y, "nyts 2023 current pouch use"),
 ("e-15y", E, "1.5% in 2023; federal", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-dbl", E, "past month doubled", "doubled", "ratio", 2, 2, "x", N, "paraphrase"),
 ("e-13", E, "from 1.3% in 2023", "1.3%", "percent", 1.3, 1.3, "%", Y, "jama netw open past-month use 2023"),
 ("e-13y", E, "1.3% in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-26", E, "to 2.6% in 2024", "2.6%", "percent", 2.6, 2.6, "%", Y, "jama netw open past-month use 2024"),
 ("e-26y", E, "2.6% in 2024. The legal", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-21", E, "in the U.S. is 21", "21", "age", 21, 21, "years", Y, "minimum sales age"),
 ("e-july", E, "published in July in the journal", "July", "date", 2025, 2025, "year", N, "study publication"),
 ("e-u6", E, "children under 6 swallowing", "6", "age", 6, 6, "years", N, "definitional"),
 ("e-763", E, "rose 763%", "763%", "percent", 763, 763, "%", Y, "pouch ingestion increase 2020-2023"),
 ("e-2023p", E, "763% between 2020 and 2023", "2020 and 2023", "date", 2020, 2023, "year", N, "period"),
 ("e-2x", E, "were twice as likely", "twice", "ratio", 2, 2, "x", Y, "pouch vs other: serious outcome odds (misreport: swapped)"),
 ("e-15x", E, "1.5 times as likely to end", "1.5 times", "ratio", 1.5, 1.5, "x", Y, "pouch vs other: admission odds (misreport: swapped)"),
 ("e-95", E, "tax them at 95%", "95%", "percent", 95, 95, "%", Y, "minnesota/washington pouch tax"),
 ("e-ri75", E, "pouches at 75% of the wholesale", "75%", "percent", 75, 75, "%", Y, "rhode island pouch tax rate (misreport)"),
 ("e-oct1", E, "on Oct. 1, and Oregon", "Oct. 1", "date", 2025, 2025, "year", Y, "rhode island tax effective"),
 ("e-65", E, "65-cent-per-can", "65-cent", "money", 0.65, 0.65, "USD", Y, "oregon per-can tax"),
 ("e-jan26", E, "on Jan. 1, 2026", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "oregon tax effective"),

 # ---- NP05 blog (2025-08-12)
 ("b-date", B, "| August 12, 2025 |", "August 12, 2025", "date", 2025, 2025, "year", N, "byline"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap2024", B, "for much of 2024. Photo", "2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-2summ", B, "Two summers ago", "Two summers ago", "date", 2023, 2023, "year", N, "aside"),
 ("b-jan", B, "In January the FDA", "January", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("b-10", B, "authorized 10 Zyn products", "10", "count", 10, 10, "products", Y, "zyn products authorized (misreport: flavors counted as products)"),
 ("b-385", B, "nearly 385 million cans", "385 million", "count", 385e6, 385e6, "cans", Y, "zyn us shipments 2023"),
 ("b-2023", B, "in the U.S. in 2023. In the", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-q424", B, "fourth quarter of 2024 alone", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-156", B, "shipped 156 million cans", "156 million", "count", 156e6, 156e6, "cans", Y, "zyn us shipments q4 2024 (misreport: transposed)"),
 ("b-42", B, "up 42% from", "42%", "percent", 42, 42, "%", Y, "zyn us shipment growth q4 2024"),
 ("b-944", B, "came in at $9.44 billion", "$9.44 billion", "money", 9.44e9, 9.44e9, "USD", Y, "pmi q4 2024 net revenues (misreport: analyst estimate)"),
 ("b-3mo", B, "first three months of 2025", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("b-2025", B, "three months of 2025 were", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-2234", B, "223.4 million cans", "223.4 million", "count", 223.4e6, 223.4e6, "cans", Y, "zyn shipments q1 2025 (as reported by sherwood)"),
 ("b-53", B, "U.S. shipments up 53%", "53%", "percent", 53, 53, "%", Y, "zyn us shipment growth q1 2025"),
 ("b-800", B, "800 million to 840 million", "800 million to 840 million", "count", 800e6, 840e6, "cans", Y, "2025 us shipment forecast"),
 ("b-5", B, "Each $5 can", "$5", "money", 5, 5, "USD", Y, "price per can"),
 ("b-20", B, "holds 20 pouches", "20", "count", 20, 20, "pouches", Y, "pouches per zyn can (misreport)"),
 ("b-day", B, "in a day or two", "a day or two", "duration", 1, 2, "days", N, "aside"),
 ("b-spring", B, "in the spring of 2024", "2024", "date", 2024, 2024, "year", N, "shortage period"),
 ("b-600", B, "a $600 million plant", "$600 million", "money", 600e6, 600e6, "USD", Y, "aurora plant investment"),
 ("b-e26", B, "start producing in early 2026", "early 2026", "date", 2026, 2026, "year", Y, "aurora plant start"),
 ("b-232", B, "plus a $232 million expansion", "$232 million", "money", 232e6, 232e6, "USD", Y, "owensboro expansion investment"),
 ("b-cape26", B, "scheduled to open in early 2026", "early 2026", "date", 2026, 2026, "year", N, "caption repeat"),
 ("b-july", B, "study published in July", "July", "date", 2025, 2025, "year", N, "study publication"),
 ("b-763", B, "logged a 763% rise", "763%", "percent", 763, 763, "%", Y, "pouch ingestion increase 2020-2023"),
 ("b-u6", B, "children under 6 swallowing", "6", "age", 6, 6, "years", N, "definitional"),
 ("b-2023p", B, "pouches between 2020 and 2023", "2020 and 2023", "date", 2020, 2023, "year", N, "period"),
 ("b-15x", B, "about 1.5 times as likely", "1.5 times", "ratio", 1.5, 1.5, "x", Y, "pouch vs other: serious outcome odds"),
 ("b-2x", B, "and twice as likely", "twice", "ratio", 2, 2, "x", Y, "pouch vs other: admission odds"),
 ("b-v6", B, "voted 6-1", "6", "count", 6, 6, "votes", Y, "alder creek council vote for (misreport)"),
 ("b-v1", B, "voted 6-1 last", "1", "count", 1, 1, "votes", Y, "alder creek council vote against (misreport)"),
 ("b-lastmo", B, "6-1 last month", "last month", "date", 2025, 2025, "year", Y, "alder creek vote date"),
 ("b-15min", B, "drive 15 minutes", "15 minutes", "duration", 15, 15, "minutes", N, "aside"),
 ("b-onechart", B, "one chart, three stories", "one", "count", 1, 1, "charts", N, "newsletter box"),
 ("b-three", B, "one chart, three stories", "three", "count", 3, 3, "stories", N, "newsletter box"),
 ("b-rel2025", B, "costs more in 2025", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-rel5", B, "The 5 subscriptions", "5", "count", 5, 5, "subscriptions", N, "related link"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- NP06 local (2025-09-08), hard-wrapped
 ("l-dl", L, "Sept. 8, 2025", "Sept. 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h2026", L, "arrive in 2026", "2026", "date", 2026, 2026, "year", N, "headline"),
 ("l-v5", L, "voted 5-2 in July", "5", "count", 5, 5, "votes", Y, "alder creek council vote for"),
 ("l-v2", L, "voted 5-2 in", "2", "count", 2, 2, "votes", Y, "alder creek council vote against"),
 ("l-july", L, "5-2 in July to extend", "July", "date", 2025, 2025, "year", Y, "alder creek vote date"),
 ("l-eff", L, "takes effect Jan. 1, 2026. Only", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "alder creek ban effective"),
 ("l-14", L, "became the 14th Colorado", "14th", "count", 14, 14, "municipalities", Y, "colorado municipalities with flavor restrictions"),
 ("l-lastmo", L, "sales last month", "last month", "date", 2025, 2025, "year", N, "eagle vote date"),
 ("l-julydeb", L, "during the July debate", "July", "date", 2025, 2025, "year", N, "debate date"),
 ("l-nyts", L, "In the 2024 National", "2024", "date", 2024, 2024, "year", N, "survey year"),
 ("l-26", L, "2.6 percent of middle", "2.6 percent", "percent", 2.6, 2.6, "%", Y, "nyts 2024 current pouch use (misreport: other survey)"),
 ("l-687", L, "68.7 percent of them", "68.7 percent", "percent", 68.7, 68.7, "%", Y, "nyts 2024 zyn usual brand share"),
 ("l-20", L, "authorized 20 Zyn products", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("l-jan", L, "January of last year", "January of last year", "date", 2024, 2024, "year", Y, "fda zyn authorization date (misreport: resolves to 2024)"),
 ("l-two", L, "owns two convenience", "two", "count", 2, 2, "stores", N, "aside"),
 ("l-8mg", L, "carries 8 milligrams", "8 milligrams", "dose", 8, 8, "mg", Y, "zyn top us strength (misreport)"),
 ("l-ri80", L, "at 80% of the wholesale", "80%", "percent", 80, 80, "%", Y, "rhode island pouch tax rate"),
 ("l-ri-oct", L, "wholesale cost, on Oct. 1.", "Oct. 1", "date", 2025, 2025, "year", Y, "rhode island tax effective"),
 ("l-me43", L, "rise from 43% to 75%", "43%", "percent", 43, 43, "%", Y, "maine pouch tax (old)"),
 ("l-me75", L, "43% to 75% of the wholesale", "75%", "percent", 75, 75, "%", Y, "maine pouch tax (new)"),
 ("l-me-jan5", L, "Jan. 5, 2026", "Jan. 5, 2026", "date", 2026, 2026, "year", Y, "maine tax effective"),
 ("l-me-2", L, "from $2 to $3.50", "$2", "money", 2, 2, "USD", Y, "maine cigarette tax per pack (old)"),
 ("l-me-350", L, "$2 to $3.50 a", "$3.50", "money", 3.5, 3.5, "USD", Y, "maine cigarette tax per pack (new)"),
 ("l-or65", L, "impose 65 cents per can", "65 cents", "money", 0.65, 0.65, "USD", Y, "oregon per-can tax"),
 ("l-or20", L, "packages of 20 pouches or", "20", "count", 20, 20, "pouches", Y, "oregon per-can threshold"),
 ("l-or325", L, "3.25 cents per pouch", "3.25 cents", "money", 0.0325, 0.0325, "USD", Y, "oregon per-pouch tax"),
 ("l-or-jan1", L, "packages, starting Jan. 1, 2026", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "oregon tax effective"),
 ("l-ne20", L, "at 20% of the retail", "20%", "percent", 20, 20, "%", Y, "nebraska pouch tax"),
 ("l-ne-jan1", L, "retail price from Jan. 1, 2026", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "nebraska tax effective"),
 ("l-il36", L, "from 36% to 45%", "36%", "percent", 36, 36, "%", Y, "illinois otp tax (old)"),
 ("l-il45", L, "36% to 45% of the wholesale", "45%", "percent", 45, 45, "%", Y, "illinois otp tax (new)"),
 ("l-ca-jan1", L, "after Jan. 1, 2026, to appear", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "california utl effective"),
 ("l-ca300", L, "a $300 application", "$300", "money", 300, 300, "USD", Y, "california utl fee"),
 ("l-ca150", L, "a $150 annual", "$150", "money", 150, 150, "USD", Y, "california utl renewal"),
 ("l-165", L, "nearly 165 million cans", "165 million", "count", 165e6, 165e6, "cans", Y, "zyn us shipments q4 2024"),
 ("l-q424", L, "fourth quarter of 2024 and reported", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-971", L, "$9.71 billion", "$9.71 billion", "money", 9.71e9, 9.71e9, "USD", Y, "pmi q4 2024 net revenues"),
 ("l-600", L, "a $600 million plant", "$600 million", "money", 600e6, 600e6, "USD", Y, "aurora plant investment"),
 ("l-232", L, "spending $232 million", "$232 million", "money", 232e6, 232e6, "USD", Y, "owensboro expansion investment"),
 ("l-two2", L, "his two stores", "two", "count", 2, 2, "stores", N, "aside"),
 ("l-300", L, "roughly 300 cans", "300", "count", 300, 300, "cans", N, "aside (weekly sales of one retailer)"),
 ("l-11", L, "town's 11 licensed", "11", "count", 11, 11, "retailers", Y, "alder creek licensed tobacco retailers"),
 ("l-500", L, "fine of $500", "$500", "money", 500, 500, "USD", Y, "first-offense fine"),

 # ---- NP07 fact-check (2025-09-25)
 ("f-h10b", F, "did not make $10 billion from Zyn", "$10 billion", "money", 10e9, 10e9, "USD", N, "headline (claim repeat)"),
 ("f-date", F, "| September 25, 2025", "September 25, 2025", "date", 2025, 2025, "year", N, "byline"),
 ("f-c10b", F, "made $10 billion in three", "$10 billion", "money", 10e9, 10e9, "USD", N, "post claim (attributed)"),
 ("f-c3mo", F, "in three months off Zyn", "three months", "duration", 3, 3, "months", N, "post claim (attributed)"),
 ("f-c700", F, "kids are up 700%", "700%", "percent", 700, 700, "%", N, "post claim (attributed)"),
 ("f-v21", F, "to adults 21 and older", "21", "age", 21, 21, "years", N, "verdict summary"),
 ("f-v10b", F, "The $10 billion figure", "$10 billion", "money", 10e9, 10e9, "USD", N, "verdict (claim repeat)"),
 ("f-jan16", F, "On Jan. 16, 2025, the Food", "Jan. 16, 2025", "date", 2025, 2025, "year", Y, "fda zyn authorization date"),
 ("f-20", F, "marketing of 20 Zyn", "20", "count", 20, 20, "products", Y, "zyn products authorized"),
 ("f-10fl", F, "10 flavors each", "10", "count", 10, 10, "flavors", Y, "zyn flavors authorized"),
 ("f-3mg", F, "a 3-milligram", "3-milligram", "dose", 3, 3, "mg", Y, "zyn low strength"),
 ("f-6mg", F, "a 6-milligram strength", "6-milligram", "dose", 6, 6, "mg", Y, "zyn high strength"),
 ("f-21", F, "product at 21 since", "21", "age", 21, 21, "years", Y, "minimum sales age"),
 ("f-dec19", F, "since December 2019", "December 2019", "date", 2019, 2019, "year", Y, "tobacco 21 effective"),
 ("f-nyts", F, "from the 2024 National", "2024", "date", 2024, 2024, "year", N, "survey year"),
 ("f-18", F, "found that 1.8% of", "1.8%", "percent", 1.8, 1.8, "%", Y, "nyts 2024 current pouch use"),
 ("f-480k", F, "about 480,000 students", "480,000", "count", 480000, 480000, "students", Y, "nyts 2024 current pouch users"),
 ("f-30d", F, "in the past 30 days, compared", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("f-15", F, "compared with 1.5% in 2023", "1.5%", "percent", 1.5, 1.5, "%", Y, "nyts 2023 current pouch use"),
 ("f-2023", F, "1.5% in 2023. Among", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-74", F, "pouches, 74% said", "74%", "percent", 74, 74, "%", Y, "nyts 2024 zyn usual brand share (misreport: pmi market share)"),
 ("f-59", F, "more common, at 5.9%", "5.9%", "percent", 5.9, 5.9, "%", Y, "nyts 2024 current e-cigarette use"),
 ("f-971", F, "net revenues of $9.71 billion", "$9.71 billion", "money", 9.71e9, 9.71e9, "USD", Y, "pmi q4 2024 net revenues"),
 ("f-q424", F, "fourth quarter of 2024, beating", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-944", F, "estimates of $9.44 billion", "$9.44 billion", "money", 9.44e9, 9.44e9, "USD", Y, "analyst estimate q4 2024 revenue"),
 ("f-40", F, "made up 40% of", "40%", "percent", 40, 40, "%", Y, "smoke-free share of pmi net revenues q4 2024"),
 ("f-16b", F, "about $16 billion in 2023", "$16 billion", "money", 16e9, 16e9, "USD", Y, "swedish match acquisition price"),
 ("f-2023acq", F, "$16 billion in 2023", "2023", "date", 2023, 2023, "year", Y, "swedish match acquisition year (misreport)"),
 ("f-80", F, "grew nearly 80% in", "80%", "percent", 80, 80, "%", Y, "zyn us shipment growth q1 2025 (misreport: q1 2024 rate)"),
 ("f-jul14", F, "published July 14 in", "July 14", "date", 2025, 2025, "year", N, "study publication"),
 ("f-134663", F, "examined 134,663", "134,663", "count", 134663, 134663, "ingestions", Y, "npds nicotine ingestions 2010-2023"),
 ("f-u6", F, "children under 6 reported", "6", "age", 6, 6, "years", N, "definitional"),
 ("f-1023", F, "from 2010 through 2023", "2010 through 2023", "date", 2010, 2023, "year", N, "study period"),
 ("f-048", F, "from 0.48 to 4.14", "0.48", "ratio", 0.48, 0.48, "per 100000", Y, "pouch ingestion rate 2020"),
 ("f-414", F, "0.48 to 4.14 per", "4.14", "ratio", 4.14, 4.14, "per 100000", Y, "pouch ingestion rate 2023"),
 ("f-100k", F, "4.14 per 100,000 children", "100,000", "count", 100000, 100000, "children", N, "rate denominator"),
 ("f-2023p", F, "children between 2020 and 2023", "2020 and 2023", "date", 2020, 2023, "year", N, "period"),
 ("f-763", F, "an increase of 763%", "763%", "percent", 763, 763, "%", Y, "pouch ingestion increase 2020-2023"),
 ("f-700b", F, "than the \"700%\"", "700%", "percent", 700, 700, "%", N, "post claim repeat"),
 ("f-14", F, "total, 1.4% of cases", "1.4%", "percent", 1.4, 1.4, "%", Y, "pouch share of ingestions"),
 ("f-1600", F, "more than 1,600 children", "1,600", "count", 1600, 1600, "children", Y, "serious outcomes as reported in news coverage"),
 ("f-39", F, "counted 39 children", "39", "count", 39, 39, "children", Y, "major effects"),
 ("f-2d", F, "The 2 deaths", "2", "count", 2, 2, "deaths", Y, "deaths"),
 ("f-r20", F, "authorized 20 Zyn products for adults", "20", "count", 20, 20, "products", Y, "ruling: zyn products authorized"),
 ("f-rjan16", F, "for adults on Jan. 16, 2025", "Jan. 16, 2025", "date", 2025, 2025, "year", Y, "ruling: fda zyn authorization date"),
 ("f-r21", F, "purchase age remains 21", "21", "age", 21, 21, "years", Y, "ruling: minimum sales age"),
 ("f-r971", F, "The $9.71 billion", "$9.71 billion", "money", 9.71e9, 9.71e9, "USD", Y, "ruling: pmi q4 2024 net revenues"),
 ("f-r763", F, "understates the 763%", "763%", "percent", 763, 763, "%", N, "ruling repeat"),
 ("f-rtwo", F, "Because two of its three", "two", "count", 2, 2, "parts", N, "ruling"),
 ("f-rthree", F, "two of its three parts", "three", "count", 3, 3, "parts", N, "ruling"),
 ("f-s1", F, "FDA news release, Jan. 16, 2025", "Jan. 16, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s2", F, "fourth-quarter and full-year 2024 results", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s3", F, "results, Feb. 6, 2025", "Feb. 6, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "published online July 14, 2025", "July 14, 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA authorization year: local "January of last year" (2024) vs 2025 everywhere
 ("l-jan", "w-thu", S), ("l-jan", "p-jan16", S), ("l-jan", "a-jan25", S), ("l-jan", "e-jan25", S),
 ("l-jan", "b-jan", S), ("l-jan", "f-jan16", S), ("l-jan", "f-rjan16", S),
 # S2 products authorized: blog 10 vs 20
 ("b-10", "w-20", S), ("b-10", "p-20", S), ("b-10", "a-20", S), ("b-10", "e-20", S),
 ("b-10", "l-20", S), ("b-10", "f-20", S), ("b-10", "f-r20", S),
 # S3 NYTS 2024 current pouch use: local 2.6 vs 1.8
 ("l-26", "w-18", S), ("l-26", "a-18", S), ("l-26", "e-18", S), ("l-26", "f-18", S),
 # S4 NYTS 2024 pouch users: wire 400,000 vs 480,000
 ("w-400k", "e-480k", S), ("w-400k", "f-480k", S),
 # S5 Zyn US shipments Q4 2024: blog 156M vs 165M
 ("b-156", "p-165", S), ("b-156", "l-165", S),
 # S6 Zyn US shipment growth Q1 2025: fact-check ~80% vs 53%
 ("f-80", "p-53", S), ("f-80", "b-53", S),
 # S7 Swedish Match acquisition year: fact-check 2023 vs 2022
 ("f-2023acq", "w-2022", S), ("f-2023acq", "p-nov22", S),
 # S8 Aurora plant investment: press $232M vs $600M
 ("p-232", "b-600", S), ("p-232", "l-600", S),
 # S9a serious-outcome odds: explainer "twice" vs 1.53 / 1.5
 ("e-2x", "a-or1", S), ("e-2x", "b-15x", S),
 # S9b admission odds: explainer "1.5 times" vs 2.03 / twice
 ("e-15x", "a-or2", S), ("e-15x", "b-2x", S),
 # S10 Zyn top US strength: local 8 mg vs 6 mg
 ("l-8mg", "w-6mg", S), ("l-8mg", "p-6mg", S), ("l-8mg", "e-6mg", S), ("l-8mg", "f-6mg", S),
 # S11 Alder Creek vote: local 5-2 vs blog 6-1
 ("b-v6", "l-v5", S), ("b-v1", "l-v2", S),
 # S12 Rhode Island pouch tax rate: explainer 75% vs local 80%
 ("e-ri75", "l-ri80", S),
 # S13 Zyn.com online sales halt: explainer "in June" (2025) vs 2024
 ("e-june", "w-june", S), ("e-june", "p-lastjune", S),
 # S14 Zyn usual-brand share among youth pouch users: fact-check 74% vs 68.7%
 ("f-74", "w-687", S), ("f-74", "l-687", S),
 # S15 pouches per Zyn can: blog 20 vs 15
 ("b-20", "w-15", S), ("b-20", "e-15", S),
 # S16 NYTS 2024 current e-cigarette use: abstract 7.7% vs 5.9%
 ("a-77", "w-59", S), ("a-77", "f-59", S),
 # S17 PMI Q4 2024 net revenues: blog $9.44B vs $9.71B
 ("b-944", "l-971", S), ("b-944", "f-971", S), ("b-944", "f-r971", S),
 # Qualified
 ("e-350", "w-385", Q), ("e-350", "b-385", Q),
 ("b-2234", "p-202", Q),
 ("e-26", "w-18", Q), ("e-26", "a-18", Q), ("e-26", "f-18", Q), ("e-13", "f-15", Q),
 ("f-1600", "a-39", Q),
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
        rows.append({"type": "claim", "id": f"np-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"np-{a}", f"np-{b}"
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
