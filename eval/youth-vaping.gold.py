#!/usr/bin/env python3
"""Build youth-vaping.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "youth-vaping")
OUT = os.path.join(HERE, "youth-vaping.gold.jsonl")
T = "youth-vaping"

W, P, A, E, B, L, F = ("YV01_wire.txt", "YV02_press.txt", "YV03_abstract.txt",
                       "YV04_explainer.txt", "YV05_blog.txt", "YV06_local.txt", "YV07_factcheck.txt")
Y = True; N = False
THIRD = 33.333333

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- YV01 wire (2025-09-11)
 ("w-dl", W, "CHICAGO, Sept. 11", "Sept. 11", "date", 2025, 2025, "year", N, "dateline"),
 ("w-47m", W, "almost 4.7 million illegal", "4.7 million", "count", 4700000, 4700000, "units", Y, "sept 2025 chicago seizure units"),
 ("w-865", W, "value of $86.5 million", "$86.5 million", "money", 86500000, 86500000, "USD", Y, "sept 2025 chicago seizure value"),
 ("w-week", W, "during a weeklong operation", "weeklong", "duration", 1, 1, "weeks", Y, "sept 2025 chicago operation length"),
 ("w-wed", W, "said on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "sept 2025 seizure announcement"),
 ("w-37", W, "named 37 importers", "37", "count", 37, 37, "importers", Y, "importers named after sept 2025 seizure"),
 ("w-30d", W, "gave them 30 days", "30 days", "duration", 30, 30, "days", Y, "importer response window"),
 ("w-6m", W, "past 6 million units", "6 million", "count", 6000000, 6000000, "units", Y, "2025 year-to-date seized units"),
 ("w-120m", W, "value above $120 million", "$120 million", "money", 120000000, 120000000, "USD", Y, "2025 year-to-date seized value"),
 ("w-feb", W, "In February, a joint team", "February", "date", 2025, 2025, "year", Y, "feb 2025 chicago seizure date"),
 ("w-2m", W, "seized nearly two million units", "two million", "count", 2000000, 2000000, "units", Y, "feb 2025 seizure units"),
 ("w-338", W, "valued at $33.8 million", "$33.8 million", "money", 33800000, 33800000, "USD", Y, "feb 2025 seizure value"),
 ("w-jul24", W, "a July 2024 operation", "July 2024", "date", 2024, 2024, "year", Y, "2024 seizure operation date"),
 ("w-14m", W, "netted about 1.4 million units", "1.4 million", "count", 1400000, 1400000, "units", Y, "july 2024 operation units (PLANT: LAX dec 2023 figure)"),
 ("w-76m", W, "units worth $76 million", "$76 million", "money", 76000000, 76000000, "USD", Y, "july 2024 operation value"),
 ("w-decade", W, "lowest level in a decade. According", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-2024s", W, "According to the 2024 National", "2024", "date", 2024, 2024, "year", N, "survey year qualifier"),
 ("w-163", W, "1.63 million U.S. middle", "1.63 million", "count", 1630000, 1630000, "students", Y, "2024 current e-cigarette users"),
 ("w-30days", W, "in the past 30 days, down", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("w-213", W, "down from 2.13 million", "2.13 million", "count", 2130000, 2130000, "students", Y, "2023 current e-cigarette users"),
 ("w-2023", W, "2.13 million in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-third", W, "roughly a third of the 2019", "a third", "percent", THIRD, THIRD, "%", N, "2024 users vs 2019 peak"),
 ("w-2019", W, "third of the 2019 peak", "2019", "date", 2019, 2019, "year", Y, "peak year"),
 ("w-5m", W, "more than 5 million did", "5 million", "count", 5000000, 5000000, "students", Y, "2019 current e-cigarette users"),
 ("w-224", W, "22.4% said they vaped every day", "22.4%", "percent", 22.4, 22.4, "%", Y, "daily use among current e-cig users 2024 (PLANT: pouch figure)"),
 ("w-361", W, "brand at 36.1%", "36.1%", "percent", 36.1, 36.1, "%", Y, "elf bar share of current users 2024"),
 ("w-ayear", W, "more than a year of FDA", "a year", "duration", 1, 1, "years", N, "aside"),
 ("w-2025s", W, "for the 2025 survey", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("w-aprhalt", W, "midstream in April", "April", "date", 2025, 2025, "year", Y, "2025 nyts collection halted"),
 ("w-1999", W, "the survey since 1999", "1999", "date", 1999, 1999, "year", Y, "osh ran nyts since"),
 ("w-2628", W, "for 2026 through 2028", "2026 through 2028", "date", 2026, 2028, "year", Y, "planned nyts reinstatement"),
 ("w-aprscotus", W, "strengthened in April", "April", "date", 2025, 2025, "year", Y, "supreme court wages decision date"),
 ("w-v10", W, "manufacturers 10-6", "10", "vote", 10, 10, "votes for", Y, "5th circuit en banc vote (for)"),
 ("w-v6", W, "manufacturers 10-6", "6", "vote", 6, 6, "votes against", Y, "5th circuit en banc vote (against)"),
 ("w-jan24", W, "in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "5th circuit en banc ruling date"),
 ("w-2mo", W, "Two months later", "Two months", "duration", 2, 2, "months", N, "interval"),
 ("w-rv7", W, "ruled 7-2 in a separate", "7", "vote", 7, 7, "votes for", Y, "scotus rj reynolds venue vote (for)"),
 ("w-rv2", W, "ruled 7-2 in a separate", "2", "vote", 2, 2, "votes against", Y, "scotus rj reynolds venue vote (against)"),
 ("w-price", W, "for $15 or $20", "$15 or $20", "money", 15, 20, "USD", N, "quote: disposable price"),
 ("w-lastmo", W, "The FDA said last month", "last month", "date", 2025, 2025, "year", N, "aside date"),
 ("w-hdecade", W, "sits at decade low", "decade", "duration", 10, 10, "years", N, "headline aside"),
 ("w-twoag", W, "by the two agencies", "two", "count", 2, 2, "agencies", N, "aside"),
 ("w-thisyr", W, "so far this year past", "this year", "date", 2025, 2025, "year", N, "ytd period"),
 ("w-decsec", W, "DECADE LOW", "DECADE", "duration", 10, 10, "years", N, "section heading"),
 ("w-thisyr2", W, "number for this year", "this year", "date", 2025, 2025, "year", N, "aside"),
 ("w-5th", W, "Appeals for the 5th Circuit", "5th", "count", 5, 5, "circuit", N, "court name ordinal"),
 ("w-21", W, "to people under 21", "21", "age", 21, 21, "years", Y, "federal minimum sale age"),

 # ---- YV02 press (2024-09-06)
 ("p-h2024", P, "Statement on 2024 National", "2024", "date", 2024, 2024, "year", N, "headline qualifier"),
 ("p-dl", P, "Sept. 6, 2024", "Sept. 6, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-2024s", P, "commented on the 2024 National", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-yest", P, "released yesterday", "yesterday", "date", 2024, 2024, "year", N, "nyts release date"),
 ("p-163", P, "survey found that 1.63 million", "1.63 million", "count", 1630000, 1630000, "students", Y, "2024 current e-cigarette users"),
 ("p-59", P, "students (5.9%)", "5.9%", "percent", 5.9, 5.9, "%", Y, "2024 current e-cig use all students"),
 ("p-213", P, "down from 2.13 million (7.7%)", "2.13 million", "count", 2130000, 2130000, "students", Y, "2023 current e-cigarette users"),
 ("p-77", P, "2.13 million (7.7%)", "7.7%", "percent", 7.7, 7.7, "%", Y, "2023 current e-cig use all students"),
 ("p-2023", P, "(7.7%) in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-half", P, "or half a million fewer", "half a million", "count", 500000, 500000, "students", Y, "2023-2024 decline in users"),
 ("p-78", P, "current use fell to 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "high school current e-cig use 2024"),
 ("p-100", P, "from 10.0% the year before", "10.0%", "percent", 10.0, 10.0, "%", Y, "high school current e-cig use 2023"),
 ("p-third", P, "roughly one-third of the level", "one-third", "percent", THIRD, THIRD, "%", N, "2024 users vs peak"),
 ("p-2018", P, "at the 2018 peak", "2018", "date", 2018, 2018, "year", Y, "peak year (PLANT: 2019)"),
 ("p-5m", P, "more than 5 million students", "5 million", "count", 5000000, 5000000, "students", Y, "peak current e-cigarette users"),
 ("p-384", P, "38.4% reported frequent use", "38.4%", "percent", 38.4, 38.4, "%", Y, "frequent use among current users 2024"),
 ("p-20of30", P, "use on 20 or more of the past 30 days", "20 or more", "duration", 20, 20, "days", N, "frequent-use definition"),
 ("p-30d", P, "20 or more of the past 30 days, and", "30 days", "duration", 30, 30, "days", N, "definition window"),
 ("p-263", P, "and 26.3% vaped daily", "26.3%", "percent", 26.3, 26.3, "%", Y, "daily use among current users 2024"),
 ("p-9in10", P, "Nearly nine in ten", "nine in ten", "percent", 90, 90, "%", N, "flavored use (rounded)"),
 ("p-876", P, "current users (87.6%)", "87.6%", "percent", 87.6, 87.6, "%", Y, "flavored use among current users 2024"),
 ("p-q163", P, "of those 1.63 million young", "1.63 million", "count", 1630000, 1630000, "students", N, "quote repeat"),
 ("p-2022", P, "since early 2022", "early 2022", "date", 2022, 2022, "year", Y, "start of elf bar enforcement (PLANT: 2023)"),
 ("p-1000", P, "more than 1,000 warning letters", "1,000", "count", 1000, 1000, "letters", Y, "elf bar warning letters"),
 ("p-240", P, "and 240 civil money penalties", "240", "count", 240, 240, "penalties", Y, "elf bar civil money penalties"),
 ("p-feb", P, "In February, the agency filed", "February", "date", 2024, 2024, "year", Y, "feb 2024 cmp complaints date"),
 ("p-20", P, "complaints against 20 brick", "20", "count", 20, 20, "retailers", Y, "retailers in feb 2024 complaints"),
 ("p-20678", P, "maximum penalty of $20,678", "$20,678", "money", 20678, 20678, "USD", Y, "max cmp sought per retailer feb 2024"),
 ("p-june", P, "In June, the Department", "June", "date", 2024, 2024, "year", Y, "federal task force launch"),
 ("p-18", P, "nicotine pouches held at 1.8%", "1.8%", "percent", 1.8, 1.8, "%", Y, "nicotine pouch current use 2024"),
 ("p-15", P, "different from 1.5% in 2023", "1.5%", "percent", 1.5, 1.5, "%", Y, "nicotine pouch current use 2023"),
 ("p-2023b", P, "1.5% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-hdecade", P, "Falls to Decade Low", "Decade", "duration", 10, 10, "years", N, "headline aside"),
 ("p-yrbefore", P, "10.0% the year before", "the year before", "date", 2023, 2023, "year", N, "qualifier"),
 ("p-thisyr", P, "lists this year", "this year", "date", 2024, 2024, "year", N, "aside"),
 ("p-21", P, "to anyone under 21", "21", "age", 21, 21, "years", Y, "federal minimum sale age"),
 ("p-dec19", P, "since December 2019", "December 2019", "date", 2019, 2019, "year", Y, "tobacco 21 effective"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-4000", P, "more than 4,000 retail", "4,000", "count", 4000, 4000, "stores", N, "about section"),

 # ---- YV03 abstract (2025-06-16)
 ("a-pub", A, "Published online 16 June 2025", "16 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "Survey, 2023–2024", "2023–2024", "date", 2023, 2024, "year", N, "title period"),
 ("a-2014", A, "US youth since 2014", "2014", "date", 2014, 2014, "year", Y, "e-cigs most used since"),
 ("a-2019", A, "Use peaked in 2019", "2019", "date", 2019, 2019, "year", Y, "peak year"),
 ("a-275", A, "when 27.5% of high school", "27.5%", "percent", 27.5, 27.5, "%", Y, "high school current use 2019"),
 ("a-411", A, "(4.11 million)", "4.11 million", "count", 4110000, 4110000, "students", Y, "high school users 2019"),
 ("a-apr24", A, "Supreme Court in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "supreme court wages decision date (PLANT: 2025)"),
 ("a-cycles", A, "of the 2023 and 2024 cycles", "2023 and 2024", "date", 2023, 2024, "year", N, "survey cycles"),
 ("a-grades", A, "students in grades 6–12", "6–12", "count", 6, 12, "grade", N, "grade range"),
 ("a-2024c", A, "The 2024 cycle was fielded", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-field", A, "from 22 January to 22 May 2024", "22 January to 22 May 2024", "date", 2024, 2024, "year", N, "fielding period"),
 ("a-N", A, "N = 29,861", "29,861", "count", 29861, 29861, "students", Y, "2024 nyts sample size"),
 ("a-n", A, "n=283 schools", "283", "count", 283, 283, "schools", Y, "2024 nyts schools"),
 ("a-1of30", A, "at least 1 of the past 30 days", "1", "duration", 1, 1, "days", N, "current-use definition"),
 ("a-30a", A, "1 of the past 30 days and", "30 days", "duration", 30, 30, "days", N, "definition window"),
 ("a-20of30", A, "use on 20 or more of the past", "20 or more", "duration", 20, 20, "days", N, "frequent-use definition"),
 ("a-30b", A, "20 or more of the past 30 days. Weighted", "30 days", "duration", 30, 30, "days", N, "definition window"),
 ("a-77", A, "fell from 7.7% in 2023", "7.7%", "percent", 7.7, 7.7, "%", Y, "2023 current e-cig use all students"),
 ("a-2023a", A, "7.7% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-59", A, "to 5.9% (95% CI", "5.9%", "percent", 5.9, 5.9, "%", Y, "2024 current e-cig use all students"),
 ("a-59ci", A, "5.2–6.6", "5.2–6.6", "percent", 5.2, 6.6, "%", Y, "ci"),
 ("a-2024r", A, "5.2–6.6) in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-diff", A, "change of −1.8 percentage points", "−1.8 percentage points", "percent", -1.8, -1.8, "pp", Y, "change 2023-2024 all students"),
 ("a-diffci", A, "(95% CI −2.8 to −0.8", "−2.8 to −0.8", "percent", -2.8, -0.8, "pp", Y, "ci"),
 ("a-p1", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-163", A, "representing 1.63 million", "1.63 million", "count", 1630000, 1630000, "students", Y, "2024 current e-cigarette users"),
 ("a-78", A, "prevalence was 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "high school current e-cig use 2024"),
 ("a-78ci", A, "6.7–8.9", "6.7–8.9", "percent", 6.7, 8.9, "%", Y, "ci"),
 ("a-100", A, "versus 10.0% in 2023", "10.0%", "percent", 10.0, 10.0, "%", Y, "high school current e-cig use 2023"),
 ("a-2023b", A, "10.0% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-p2", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-35", A, "it was 3.5%", "3.5%", "percent", 3.5, 3.5, "%", Y, "middle school current e-cig use 2024"),
 ("a-35ci", A, "2.8–4.2", "2.8–4.2", "percent", 2.8, 4.2, "%", Y, "ci"),
 ("a-46", A, "versus 4.6%", "4.6%", "percent", 4.6, 4.6, "%", Y, "middle school current e-cig use 2023"),
 ("a-p3", A, "P=0.07", "0.07", "pvalue", 0.07, 0.07, "p", N, "p-value"),
 ("a-384", A, "users, 38.4%", "38.4%", "percent", 38.4, 38.4, "%", Y, "frequent use among current users 2024"),
 ("a-384ci", A, "34.4–42.4", "34.4–42.4", "percent", 34.4, 42.4, "%", Y, "ci"),
 ("a-263", A, "use and 26.3%", "26.3%", "percent", 26.3, 26.3, "%", Y, "daily use among current users 2024"),
 ("a-263ci", A, "22.7–29.9", "22.7–29.9", "percent", 22.7, 29.9, "%", Y, "ci"),
 ("a-876", A, "daily use; 87.6%", "87.6%", "percent", 87.6, 87.6, "%", Y, "flavored use among current users 2024"),
 ("a-876ci", A, "84.9–90.3", "84.9–90.3", "percent", 84.9, 90.3, "%", Y, "ci"),
 ("a-628", A, "fruit (62.8%)", "62.8%", "percent", 62.8, 62.8, "%", Y, "fruit flavor among flavored users"),
 ("a-333", A, "other sweets (33.3%)", "33.3%", "percent", 33.3, 33.3, "%", Y, "candy flavor"),
 ("a-251", A, "mint (25.1%)", "25.1%", "percent", 25.1, 25.1, "%", Y, "mint flavor"),
 ("a-361", A, "named by 36.1%", "36.1%", "percent", 36.1, 36.1, "%", Y, "elf bar share of current users 2024"),
 ("a-361ci", A, "32.2–40.0", "32.2–40.0", "percent", 32.2, 40.0, "%", Y, "ci"),
 ("a-567", A, "compared with 56.7% in 2023", "56.7%", "percent", 56.7, 56.7, "%", Y, "elf bar share 2023"),
 ("a-2023c", A, "56.7% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-rel36", A, "a relative decline of 36%", "36%", "percent", 36, 36, "%", Y, "elf bar relative decline 2023-2024"),
 ("a-199", A, "Breeze Smoke (19.9%)", "19.9%", "percent", 19.9, 19.9, "%", Y, "breeze share 2024"),
 ("a-158", A, "Mr. Fog (15.8%)", "15.8%", "percent", 15.8, 15.8, "%", Y, "mr fog share 2024"),
 ("a-137", A, "Vuse (13.7%)", "13.7%", "percent", 13.7, 13.7, "%", Y, "vuse share 2024"),
 ("a-126", A, "JUUL (12.6%)", "12.6%", "percent", 12.6, 12.6, "%", Y, "juul share 2024"),
 ("a-280", A, "fell from 2.80 million", "2.80 million", "count", 2800000, 2800000, "students", Y, "any tobacco users 2023"),
 ("a-225", A, "to 2.25 million students", "2.25 million", "count", 2250000, 2250000, "students", Y, "any tobacco users 2024"),
 ("a-18", A, "nicotine pouches (1.8%)", "1.8%", "percent", 1.8, 1.8, "%", Y, "nicotine pouch current use 2024"),
 ("a-second", A, "became the second most", "second", "count", 2, 2, "rank", N, "rank"),
 ("a-quarter", A, "by almost one-quarter", "one-quarter", "percent", 25, 25, "%", N, "relative decline summary"),
 ("a-single", A, "in a single year", "a single year", "duration", 1, 1, "years", N, "aside"),
 ("a-2025", A, "suspension of 2025 data", "2025", "date", 2025, 2025, "year", N, "qualifier year"),

 # ---- YV04 explainer (2025-09-20)
 ("e-h2025", E, "Teen vaping in 2025", "2025", "date", 2025, 2025, "year", N, "headline"),
 ("e-upd", E, "Updated September 20, 2025", "September 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2024s", E, "come from the 2024 National", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-163", E, "found that 1.63 million", "1.63 million", "count", 1630000, 1630000, "students", Y, "2024 current e-cigarette users"),
 ("e-30d", E, "in the past 30 days. That", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("e-78", E, "works out to 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "high school current e-cig use 2024"),
 ("e-35", E, "and 3.5% of middle", "3.5%", "percent", 3.5, 3.5, "%", Y, "middle school current e-cig use 2024"),
 ("e-no2025", E, "There is no 2025 figure", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-2026", E, "restarting it in 2026", "2026", "date", 2026, 2026, "year", Y, "planned nyts restart"),
 ("e-quarter", E, "More than a quarter of teens", "a quarter", "percent", 25, 25, "%", N, "rounded lead-in to 26.3%"),
 ("e-263", E, "who vape, 26.3%, are frequent", "26.3%", "percent", 26.3, 26.3, "%", Y, "frequent use among current users 2024 (PLANT: daily figure)"),
 ("e-20days", E, "vape on 20 or more days a month", "20 or more", "duration", 20, 20, "days", N, "frequent-use definition"),
 ("e-month", E, "20 or more days a month", "a month", "duration", 1, 1, "months", N, "definition window"),
 ("e-25", E, "until about age 25", "25", "age", 25, 25, "years", Y, "brain maturation age"),
 ("e-9in10", E, "Nearly 9 in 10 teens", "9 in 10", "percent", 90, 90, "%", Y, "flavored use among current users (rounded)"),
 ("e-in2024", E, "most popular brand in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-361", E, "named by 36.1% of teen", "36.1%", "percent", 36.1, 36.1, "%", Y, "elf bar share of current users 2024"),
 ("e-567", E, "down from 56.7% in 2023", "56.7%", "percent", 56.7, 56.7, "%", Y, "elf bar share 2023"),
 ("e-2023", E, "56.7% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-5pct", E, "contain 5% nicotine", "5%", "dose", 5, 5, "% nicotine", Y, "disposable nicotine strength (percent)"),
 ("e-50mg", E, "about 50 milligrams per milliliter", "50 milligrams per milliliter", "dose", 50, 50, "mg/mL", Y, "disposable nicotine concentration"),
 ("e-21", E, "sets 21 as the minimum age", "21", "age", 21, 21, "years", Y, "federal minimum sale age"),
 ("e-april", E, "In April, the Supreme Court", "April", "date", 2025, 2025, "year", Y, "supreme court wages decision date"),
 ("e-v9", E, "ruled 9-0 that", "9", "vote", 9, 9, "votes for", Y, "scotus wages vote (for)"),
 ("e-v0", E, "ruled 9-0 that", "0", "vote", 0, 0, "votes against", Y, "scotus wages vote (against)"),
 ("e-v11", E, "reversing an 11-5 decision", "11", "vote", 11, 11, "votes for", Y, "5th circuit en banc vote (for) (PLANT)"),
 ("e-v5", E, "reversing an 11-5 decision", "5", "vote", 5, 5, "votes against", Y, "5th circuit en banc vote (against) (PLANT)"),
 ("e-three", E, "Three things, mainly", "Three", "count", 3, 3, "items", N, "list count"),
 ("e-19192", E, "violation was $19,192", "$19,192", "money", 19192, 19192, "USD", Y, "max cmp sought in 2023 complaints"),
 ("e-2023c", E, "in its 2023 complaints", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-2024c", E, "complaints; in 2024 the ceiling", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-20678", E, "ceiling was $20,678", "$20,678", "money", 20678, 20678, "USD", Y, "max cmp per violation 2024"),
 ("e-thismo", E, "Earlier this month, customs", "this month", "date", 2025, 2025, "year", Y, "sept 2025 chicago seizure date"),
 ("e-47m", E, "almost 4.7 million illegal vapes", "4.7 million", "count", 4700000, 4700000, "units", Y, "sept 2025 chicago seizure units"),
 ("e-120m", E, "value of about $120 million", "$120 million", "money", 120000000, 120000000, "USD", Y, "sept 2025 chicago seizure value (PLANT: ytd figure)"),
 ("e-37", E, "The FDA named 37 importers", "37", "count", 37, 37, "importers", Y, "importers named after sept 2025 seizure"),
 ("e-tf2024", E, "joint task force in 2024", "2024", "date", 2024, 2024, "year", Y, "federal task force launch"),
 ("e-18", E, "used by 1.8% of them in 2024", "1.8%", "percent", 1.8, 1.8, "%", Y, "nicotine pouch current use 2024"),
 ("e-18y", E, "1.8% of them in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-224", E, "about 22.4% use them daily", "22.4%", "percent", 22.4, 22.4, "%", Y, "daily use among nicotine pouch users 2024"),
 ("e-sg", E, "issued this month repeats", "this month", "date", 2025, 2025, "year", N, "surgeon general guide date"),
 ("e-thisyr", E, "stopped this year's survey", "this year's", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-5th", E, "Appeals for the 5th Circuit", "5th", "count", 5, 5, "circuit", N, "court name ordinal"),
 ("e-second", E, "are the second most common", "second", "count", 2, 2, "rank", N, "rank"),
 ("e-sources", E, "Survey 2024; U.S. Customs", "2024", "date", 2024, 2024, "year", N, "sources line"),

 # ---- YV05 blog (2025-07-08)
 ("b-date", B, "July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-twice", B, "I read them twice", "twice", "count", 2, 2, "times", N, "aside"),
 ("b-2024s", B, "government's 2024 National", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-100", B, "10.0% of high schoolers vaped in 2024", "10.0%", "percent", 10.0, 10.0, "%", Y, "high school current e-cig use 2024 (PLANT: 2023 figure)"),
 ("b-in2024", B, "high schoolers vaped in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-275", B, "compared with 27.5% at the", "27.5%", "percent", 27.5, 27.5, "%", Y, "high school current use 2019"),
 ("b-2019", B, "at the 2019 peak", "2019", "date", 2019, 2019, "year", Y, "peak year"),
 ("b-35", B, "the figure was 3.5%", "3.5%", "percent", 3.5, 3.5, "%", Y, "middle school current e-cig use 2024"),
 ("b-1000", B, "more than 1,000 warning letters", "1,000", "count", 1000, 1000, "letters", Y, "elf bar warning letters"),
 ("b-240", B, "and 240 civil money penalties", "240", "count", 240, 240, "penalties", Y, "elf bar civil money penalties"),
 ("b-april", B, "Then, in April, the Supreme", "April", "date", 2025, 2025, "year", Y, "supreme court wages decision date"),
 ("b-v7", B, "sided 7-2 with", "7", "vote", 7, 7, "votes for", Y, "scotus wages vote (for) (PLANT: rjr vote)"),
 ("b-v2", B, "sided 7-2 with", "2", "vote", 2, 2, "votes against", Y, "scotus wages vote (against) (PLANT)"),
 ("b-5mg", B, "carries 5 milligrams of nicotine per milliliter", "5 milligrams of nicotine per milliliter", "dose", 5, 5, "mg/mL", Y, "disposable nicotine concentration (PLANT: 50 mg/mL)"),
 ("b-2025", B, "guessing about 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-two", B, "with my two teenagers", "two", "count", 2, 2, "children", N, "aside"),
 ("b-16", B, "My 16-year-old", "16-year-old", "age", 16, 16, "years", N, "aside"),
 ("b-40k", B, "Join 40,000 parents", "40,000", "count", 40000, 40000, "subscribers", N, "newsletter box"),
 ("b-mother2", B, "mother of two", "two", "count", 2, 2, "children", N, "author box"),

 # ---- YV06 local/trade (2024-10-24), hard-wrapped
 ("l-h76", L, "Feds seize $76 million", "$76 million", "money", 76000000, 76000000, "USD", N, "headline repeat"),
 ("l-date", L, "Oct. 24, 2024", "Oct. 24, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-tue", L, "said Tuesday that", "Tuesday", "date", 2024, 2024, "year", N, "announcement date"),
 ("l-3m", L, "approximately three million unauthorized", "three million", "count", 3000000, 3000000, "units", Y, "july 2024 operation units"),
 ("l-76m", L, "retail value of $76 million, a", "$76 million", "money", 76000000, 76000000, "USD", Y, "july 2024 operation value"),
 ("l-july", L, "joint operation in July", "July", "date", 2024, 2024, "year", Y, "2024 seizure operation date"),
 ("l-june", L, "formed in June of last year", "June of last year", "date", 2023, 2023, "year", Y, "federal task force launch (PLANT: resolves to 2023)"),
 ("l-3day", L, "A three-day sweep", "three-day", "duration", 3, 3, "days", Y, "lax dec 2023 operation length"),
 ("l-lastdec", L, "Airport last December", "last December", "date", 2023, 2023, "year", Y, "lax operation date"),
 ("l-14m", L, "netted about 1.4 million units", "1.4 million", "count", 1400000, 1400000, "units", Y, "lax dec 2023 seizure units"),
 ("l-18m", L, "more than $18 million", "$18 million", "money", 18000000, 18000000, "USD", Y, "lax dec 2023 seizure value"),
 ("l-junesh", L, "and in June inspectors", "June", "date", 2024, 2024, "year", Y, "june 2024 chicago shipment"),
 ("l-single", L, "stopped a single shipment", "single", "count", 1, 1, "shipments", N, "aside"),
 ("l-53700", L, "shipment of 53,700", "53,700", "count", 53700, 53700, "units", Y, "june 2024 chicago shipment units"),
 ("l-108", L, "valued at $1.08 million", "$1.08 million", "money", 1080000, 1080000, "USD", Y, "june 2024 shipment value"),
 ("l-2023", L, "Bar since early 2023", "early 2023", "date", 2023, 2023, "year", Y, "start of elf bar enforcement"),
 ("l-1000", L, "more than 1,000 warning letters", "1,000", "count", 1000, 1000, "letters", Y, "elf bar warning letters"),
 ("l-240", L, "240 civil money penalties", "240", "count", 240, 240, "penalties", Y, "elf bar civil money penalties"),
 ("l-feb", L, "In February it filed", "February", "date", 2024, 2024, "year", Y, "feb 2024 cmp complaints date"),
 ("l-20", L, "complaints against 20 brick", "20", "count", 20, 20, "retailers", Y, "retailers in feb 2024 complaints"),
 ("l-19192", L, "seeking $19,192 from each", "$19,192", "money", 19192, 19192, "USD", Y, "max cmp sought per retailer feb 2024 (PLANT: 2023 figure)"),
 ("l-30d", L, "complaint have 30 days", "30 days", "duration", 30, 30, "days", Y, "cmp response window"),
 ("l-thisyear", L, "According to this year's National", "this year's", "date", 2024, 2024, "year", N, "survey year qualifier"),
 ("l-lastmo", L, "released last month", "last month", "date", 2024, 2024, "year", N, "nyts release date"),
 ("l-136", L, "1.36 million middle", "1.36 million", "count", 1360000, 1360000, "students", Y, "2024 current e-cigarette users (PLANT: transposed)"),
 ("l-567", L, "brand used by 56.7% of them", "56.7%", "percent", 56.7, 56.7, "%", Y, "elf bar share of current users 2024 (PLANT: 2023 figure)"),
 ("l-2019", L, "2019 peak of more than 5 million", "2019", "date", 2019, 2019, "year", Y, "peak year"),
 ("l-5m", L, "peak of more than 5 million", "5 million", "count", 5000000, 5000000, "students", Y, "2019 current e-cigarette users"),
 ("l-yearago", L, "unauthorized stuff a year ago", "a year ago", "date", 2023, 2023, "year", N, "quote aside"),
 ("l-1800", L, "about 1,800 stores", "1,800", "count", 1800, 1800, "stores", N, "association size"),
 ("l-five", L, "stores in five states", "five", "count", 5, 5, "states", N, "association size"),
 ("l-3yr", L, "at least three years", "three years", "duration", 3, 3, "years", N, "invoice retention advice"),

 # ---- YV07 fact-check (2025-09-25)
 ("f-h23", F, "cut teen vaping by two-thirds?", "two-thirds", "percent", 66.666667, 66.666667, "%", N, "headline repeat"),
 ("f-date", F, "September 25, 2025", "September 25, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c23", F, "\"Teen vaping is down by two-thirds since 2019, and", "two-thirds", "percent", 66.666667, 66.666667, "%", N, "claim (attributed)"),
 ("f-c2019", F, "two-thirds since 2019, and it's", "2019", "date", 2019, 2019, "year", N, "claim (attributed)"),
 ("f-sep18", F, "in a Sept. 18 post", "Sept. 18", "date", 2025, 2025, "year", N, "claim date"),
 ("f-in2019", F, "In 2019, about 5.4 million", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("f-54m", F, "about 5.4 million students", "5.4 million", "count", 5400000, 5400000, "students", Y, "2019 current e-cigarette users"),
 ("f-30d", F, "in the previous 30 days", "30 days", "duration", 30, 30, "days", N, "current-use definition"),
 ("f-2024s", F, "In the 2024 survey", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-sep24", F, "released in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "nyts 2024 release date"),
 ("f-163", F, "the figure was 1.63 million", "1.63 million", "count", 1630000, 1630000, "students", Y, "2024 current e-cigarette users"),
 ("f-70", F, "a drop of roughly 70%", "70%", "percent", 70, 70, "%", Y, "decline 2019-2024"),
 ("f-275", F, "fell from 27.5% to 7.8%", "27.5%", "percent", 27.5, 27.5, "%", Y, "high school current use 2019"),
 ("f-78", F, "27.5% to 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "high school current e-cig use 2024"),
 ("f-q23", F, "So \"two-thirds\" is", "two-thirds", "percent", 66.666667, 66.666667, "%", N, "claim repeat"),
 ("f-1921", F, "between 2019 and 2021", "2019 and 2021", "date", 2019, 2021, "year", Y, "period of most decline"),
 ("f-2020", F, "The 2020 survey alone", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("f-18m", F, "about 1.8 million fewer", "1.8 million", "count", 1800000, 1800000, "students", Y, "2019-2020 decline in users"),
 ("f-than2019", F, "fewer users than 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("f-2023e", F, "since early 2023", "early 2023", "date", 2023, 2023, "year", Y, "start of elf bar enforcement"),
 ("f-1000", F, "more than 1,000 warning letters", "1,000", "count", 1000, 1000, "letters", Y, "elf bar warning letters"),
 ("f-140", F, "and 140 civil money penalties", "140", "count", 140, 140, "penalties", Y, "elf bar civil money penalties (PLANT: june 2024 retailer figure)"),
 ("f-567", F, "from 56.7% in 2023", "56.7%", "percent", 56.7, 56.7, "%", Y, "elf bar share 2023"),
 ("f-2023y", F, "56.7% in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-361", F, "to 36.1% in 2024", "36.1%", "percent", 36.1, 36.1, "%", Y, "elf bar share of current users 2024"),
 ("f-2024y", F, "36.1% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-500k", F, "fell by about 500,000", "500,000", "count", 500000, 500000, "students", Y, "2023-2024 decline in users"),
 ("f-sep10", F, "On Sept. 10, customs", "Sept. 10", "date", 2025, 2025, "year", Y, "sept 2025 seizure announcement"),
 ("f-2wk", F, "a two-week operation", "two-week", "duration", 2, 2, "weeks", Y, "sept 2025 chicago operation length (PLANT: weeklong)"),
 ("f-47m", F, "almost 4.7 million illegal", "4.7 million", "count", 4700000, 4700000, "units", Y, "sept 2025 chicago seizure units"),
 ("f-865", F, "worth $86.5 million", "$86.5 million", "money", 86500000, 86500000, "USD", Y, "sept 2025 chicago seizure value"),
 ("f-24", F, "identified 24 importers", "24", "count", 24, 24, "importers", Y, "importers named after sept 2025 seizure (PLANT: feb 2025 figure)"),
 ("f-jun24", F, "since June 2024", "June 2024", "date", 2024, 2024, "year", Y, "federal task force launch"),
 ("f-apr2", F, "on April 2, 2025", "April 2, 2025", "date", 2025, 2025, "year", Y, "supreme court wages decision date"),
 ("f-v9", F, "ruled 9-0 in", "9", "vote", 9, 9, "votes for", Y, "scotus wages vote (for)"),
 ("f-v0", F, "ruled 9-0 in", "0", "vote", 0, 0, "votes against", Y, "scotus wages vote (against)"),
 ("f-v10", F, "overturned a 10-6 ruling", "10", "vote", 10, 10, "votes for", Y, "5th circuit en banc vote (for)"),
 ("f-v6", F, "overturned a 10-6 ruling", "6", "vote", 6, 6, "votes against", Y, "5th circuit en banc vote (against)"),
 ("f-5th", F, "by the full 5th Circuit", "5th", "count", 5, 5, "circuit", N, "court name ordinal"),
 ("f-2324", F, "contributed to the 2023–2024 decline", "2023–2024", "date", 2023, 2024, "year", N, "qualifier period"),
 ("f-in2024b", F, "In 2024, 38.4%", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-384", F, "In 2024, 38.4%", "38.4%", "percent", 38.4, 38.4, "%", Y, "frequent use among current users 2024"),
 ("f-20of30", F, "vaped on 20 or more of the past 30 days", "20 or more", "duration", 20, 20, "days", N, "frequent-use definition"),
 ("f-30db", F, "20 or more of the past 30 days, and 26.3%", "30 days", "duration", 30, 30, "days", N, "definition window"),
 ("f-263", F, "and 26.3% vaped every day", "26.3%", "percent", 26.3, 26.3, "%", Y, "daily use among current users 2024"),
 ("f-no2025", F, "may be no 2025 number", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-2025s", F, "The 2025 survey was halted", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-april", F, "halted in April when", "April", "date", 2025, 2025, "year", Y, "2025 nyts collection halted"),
 ("f-r23", F, "is down by two-thirds since 2019 \"because", "two-thirds", "percent", 66.666667, 66.666667, "%", N, "ruling restates claim"),
 ("f-r2019", F, "two-thirds since 2019 \"because", "2019", "date", 2019, 2019, "year", N, "ruling restates claim"),
 ("f-r2024", F, "from 2019 to 2024 is about 70%", "2019 to 2024", "date", 2019, 2024, "year", N, "qualifier period"),
 ("f-r70", F, "is about 70%", "70%", "percent", 70, 70, "%", Y, "decline 2019-2024 (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 2024 current e-cig users: 1.36 million (transposed) vs 1.63 million
 ("l-136", "w-163", S), ("l-136", "p-163", S), ("l-136", "a-163", S), ("l-136", "e-163", S), ("l-136", "f-163", S),
 # S2 high school current use 2024: 10.0% (2023 figure) vs 7.8%
 ("b-100", "p-78", S), ("b-100", "a-78", S), ("b-100", "e-78", S), ("b-100", "f-78", S),
 # S3 frequent use among current users 2024: 26.3% (daily figure) vs 38.4%
 ("e-263", "p-384", S), ("e-263", "a-384", S), ("e-263", "f-384", S),
 # S4 Elf Bar share 2024: 56.7% (2023 figure) vs 36.1%
 ("l-567", "w-361", S), ("l-567", "a-361", S), ("l-567", "e-361", S), ("l-567", "f-361", S),
 # S5 Elf Bar civil money penalties: 140 vs 240
 ("f-140", "p-240", S), ("f-140", "b-240", S), ("f-140", "l-240", S),
 # S6 max CMP sought per retailer in Feb 2024 complaints: $19,192 vs $20,678
 ("l-19192", "p-20678", S), ("l-19192", "e-20678", S),
 # S7 Sept 2025 Chicago seizure value: $120 million (ytd scope) vs $86.5 million
 ("e-120m", "w-865", S), ("e-120m", "f-865", S),
 # S8 July 2024 operation units: 1.4 million (LAX figure) vs approximately three million
 ("w-14m", "l-3m", S),
 # S9 importers named after Sept 2025 seizure: 24 vs 37
 ("f-24", "w-37", S), ("f-24", "e-37", S),
 # S10 Supreme Court Wages vote: 7-2 vs 9-0
 ("b-v7", "e-v9", S), ("b-v2", "e-v0", S), ("b-v7", "f-v9", S), ("b-v2", "f-v0", S),
 # S11 5th Circuit en banc vote: 11-5 vs 10-6
 ("e-v11", "w-v10", S), ("e-v5", "w-v6", S), ("e-v11", "f-v10", S), ("e-v5", "f-v6", S),
 # S12 Supreme Court Wages decision year: April 2024 vs 2025
 ("a-apr24", "w-aprscotus", S), ("a-apr24", "e-april", S), ("a-apr24", "b-april", S), ("a-apr24", "f-apr2", S),
 # S13 federal task force launch: "June of last year" (2023) vs June 2024
 ("l-june", "p-june", S), ("l-june", "e-tf2024", S), ("l-june", "f-jun24", S),
 # S14 Sept 2025 Chicago operation length: two-week vs weeklong
 ("f-2wk", "w-week", S),
 # S15 peak year of youth e-cig use: 2018 vs 2019
 ("p-2018", "w-2019", S), ("p-2018", "a-2019", S), ("p-2018", "b-2019", S), ("p-2018", "l-2019", S),
 # S16 daily use among current e-cig users 2024: 22.4% (pouch figure) vs 26.3%
 ("w-224", "p-263", S), ("w-224", "a-263", S), ("w-224", "f-263", S),
 # S17 disposable nicotine concentration: 5 mg/mL vs 50 mg/mL
 ("b-5mg", "e-50mg", S),
 # S18 start of Elf Bar enforcement: early 2022 vs early 2023
 ("p-2022", "l-2023", S), ("p-2022", "f-2023e", S),
 # Qualified
 ("f-54m", "w-5m", Q), ("f-54m", "p-5m", Q), ("f-54m", "l-5m", Q),
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
        rows.append({"type": "claim", "id": f"yv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"yv-{a}", f"yv-{b}"
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
