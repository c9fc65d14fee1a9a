#!/usr/bin/env python3
"""Build alcohol-cancer.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "alcohol-cancer")
OUT = os.path.join(HERE, "alcohol-cancer.gold.jsonl")
T = "alcohol-cancer"

W, P, A, E, B, L, F = ("AC01_wire.txt", "AC02_press.txt", "AC03_abstract.txt",
                       "AC04_explainer.txt", "AC05_blog.txt", "AC06_local.txt", "AC07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AC01 wire (2025-01-03, a Friday)
 ("w-dl", W, "WASHINGTON, Jan. 3", "Jan. 3", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "said on Friday", "Friday", "date", 2025, 2025, "year", Y, "advisory release date"),
 ("w-100k", W, "about 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("w-20k", W, "about 20,000 cancer deaths", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("w-13500", W, "roughly 13,500 people", "13,500", "count", 13500, 13500, "deaths", Y, "alcohol-related traffic deaths per year (advisory comparison)"),
 ("w-seven", W, "at least seven types", "seven", "count", 7, 7, "cancer types", Y, "cancer types causally linked"),
 ("w-164", W, "About 16.4% of all breast", "16.4%", "percent", 16.4, 16.4, "%", Y, "share of breast cancer cases attributable to alcohol"),
 ("w-45", W, "Only 45% recognized", "45%", "percent", 45, 45, "%", Y, "awareness of alcohol as cancer risk (2019 survey)"),
 ("w-2019", W, "in a 2019 national survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("w-89", W, "compared with 89% who named", "89%", "percent", 89, 89, "%", Y, "awareness tobacco (2019 survey)"),
 ("w-91", W, "and 91% who named", "91%", "percent", 91, 91, "%", Y, "awareness radiation (2019 survey)"),
 ("w-q1", W, "around one drink a day or less", "one drink a day", "dose", 1, 1, "drinks/day", N, "quote"),
 ("w-17", W, "says 17% of the alcohol-related", "17%", "percent", 17, 17, "%", Y, "share of alcohol-related cancer deaths within us guidelines"),
 ("w-g2", W, "up to two drinks a day for men", "two drinks a day", "dose", 2, 2, "drinks/day", Y, "us guideline men"),
 ("w-g1", W, "and one for women", "one", "dose", 1, 1, "drinks/day", Y, "us guideline women"),
 ("w-165", W, "rises from 16.5% among", "16.5%", "percent", 16.5, 16.5, "%", Y, "women lifetime alcohol-related cancer risk, <1 drink/week"),
 ("w-lt1", W, "fewer than one drink a week", "one drink a week", "dose", 1, 1, "drinks/week", N, "risk level qualifier"),
 ("w-190", W, "to 19.0% at one drink", "19.0%", "percent", 19.0, 19.0, "%", Y, "women lifetime risk, 1 drink/day"),
 ("w-1d", W, "19.0% at one drink a day", "one drink a day", "dose", 1, 1, "drinks/day", N, "risk level qualifier"),
 ("w-218", W, "and 21.8% at two drinks", "21.8%", "percent", 21.8, 21.8, "%", Y, "women lifetime risk, 2 drinks/day"),
 ("w-2d", W, "21.8% at two drinks a day", "two drinks a day", "dose", 2, 2, "drinks/day", N, "risk level qualifier"),
 ("w-m100", W, "from 10.0% to 13.1%", "10.0%", "percent", 10.0, 10.0, "%", Y, "men lifetime risk, <1 drink/week"),
 ("w-m131", W, "10.0% to 13.1% with", "13.1%", "percent", 13.1, 13.1, "%", Y, "men lifetime risk, 1 drink/day (PLANTED: 2-drink figure)"),
 ("w-single", W, "with a single daily drink", "single daily drink", "dose", 1, 1, "drinks/day", N, "risk level qualifier"),
 ("w-1988", W, "since Congress required it in 1988", "1988", "date", 1988, 1988, "year", Y, "year the government warning was mandated (law)"),
 ("w-eight", W, "Eight health and consumer groups", "Eight", "count", 8, 8, "groups", Y, "petitioners to TTB"),
 ("w-2020", W, "Trade Bureau in 2020", "2020", "date", 2020, 2020, "year", Y, "TTB petition year"),
 ("w-thisyr", W, "rewritten this year", "this year", "date", 2025, 2025, "year", N, "dietary guidelines rewrite (forecast)"),
 ("w-lastmo", W, "reported last month", "last month", "date", 2024, 2024, "year", Y, "NASEM report date"),
 ("w-16", W, "a 16% lower risk", "16%", "percent", 16, 16, "%", Y, "NASEM lower all-cause mortality, moderate drinkers"),
 ("w-jan23", W, "issued in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "canada guidance release"),
 ("w-ca2", W, "no more than two drinks a week", "two drinks a week", "dose", 2, 2, "drinks/week", Y, "canada low-risk weekly limit"),
 ("w-may26", W, "from May 2026", "May 2026", "date", 2026, 2026, "year", Y, "ireland label start (original plan)"),
 ("w-41", W, "as much as 4.1% in London", "4.1%", "percent", 4.1, 4.1, "%", Y, "diageo intraday max decline"),
 ("w-3", W, "its loss to about 3%", "3%", "percent", 3, 3, "%", Y, "diageo later decline"),
 ("w-1", W, "down about 1% in New York", "1%", "percent", 1, 1, "%", Y, "constellation decline"),
 ("w-11", W, "slipped 1.1% in premarket", "1.1%", "percent", 1.1, 1.1, "%", Y, "brown-forman premarket decline"),
 ("w-jan20", W, "sworn in on Jan. 20", "Jan. 20", "date", 2025, 2025, "year", N, "inauguration / murthy leaves"),
 ("w-lastjune", W, "platforms last June", "last June", "date", 2024, 2024, "year", N, "social media label call"),

 # ---- AC02 press (2025-08-20)
 ("p-sub12", P, "grow to 12 products", "12", "count", 12, 12, "products", N, "subtitle repeat"),
 ("p-dl", P, "Aug. 20, 2025", "Aug. 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-mar1", P, "after March 1, 2026", "March 1, 2026", "date", 2026, 2026, "year", Y, "company label start (plan)"),
 ("p-seven", P, "at least seven types of cancer, including breast and colon", "seven", "count", 7, 7, "cancer types", N, "quoted label wording"),
 ("p-100k", P, "roughly 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("p-20k", P, "and 20,000 cancer deaths", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("p-16", P, "about 16% of breast cancers", "16%", "percent", 16, 16, "%", Y, "share of breast cancer cases attributable to alcohol"),
 ("p-30", P, "Roughly 30% of those deaths", "30%", "percent", 30, 30, "%", Y, "share of deaths within guidelines (PLANTED)"),
 ("p-45b", P, "roughly $4.5 billion", "$4.5 billion", "money", 4500000000, 4500000000, "USD", Y, "constellation market value lost on advisory day (PLANTED)"),
 ("p-single", P, "in a single session", "single session", "duration", 1, 1, "days", N, "quote"),
 ("p-lastwk", P, "released last week", "last week", "date", 2025, 2025, "year", N, "gallup release date"),
 ("p-54", P, "just 54% of U.S. adults", "54%", "percent", 54, 54, "%", Y, "gallup 2025 share who drink"),
 ("p-90y", P, "nearly 90 years", "90 years", "duration", 90, 90, "years", Y, "gallup trend length"),
 ("p-58", P, "down from 58% in 2024", "58%", "percent", 58, 58, "%", Y, "gallup 2024 share who drink"),
 ("p-2024", P, "58% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-53", P, "a majority, 53%,", "53%", "percent", 53, 53, "%", Y, "gallup 2025 moderate drinking bad for health"),
 ("p-1020", P, "poll of 1,020 adults", "1,020", "count", 1020, 1020, "respondents", Y, "gallup 2025 sample"),
 ("p-july", P, "conducted July 7-21", "July 7-21", "date", 2025, 2025, "year", N, "fieldwork dates"),
 ("p-canjan", P, "in January of last year", "January of last year", "date", 2024, 2024, "year", Y, "canada guidance release (PLANTED: resolves to 2024)"),
 ("p-ca2", P, "two standard drinks a week", "two standard drinks a week", "dose", 2, 2, "drinks/week", Y, "canada low-risk weekly limit"),
 ("p-lastmo", P, "Ireland last month deferred", "last month", "date", 2025, 2025, "year", Y, "ireland deferral decision"),
 ("p-may26", P, "once due in May 2026", "May 2026", "date", 2026, 2026, "year", Y, "ireland label start (original plan)"),
 ("p-2028", P, "until 2028", "2028", "date", 2028, 2028, "year", Y, "ireland label start (deferred)"),
 ("p-1in100", P, "about 1 in 100 for people", "1 in 100", "percent", 1, 1, "%", Y, "ICCPUD risk of dying"),
 ("p-85", P, "more than 8.5 drinks a week", "8.5 drinks a week", "dose", 8.5, 8.5, "drinks/week", Y, "ICCPUD 1-in-100 threshold (advocacy wording)"),
 ("p-seven7", P, "from seven products today", "seven", "count", 7, 7, "products", Y, "company NA products now"),
 ("p-12", P, "to 12 by the end of 2026", "12", "count", 12, 12, "products", Y, "company NA products target"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", N, "target date"),
 ("p-9", P, "about 9% of its revenue", "9%", "percent", 9, 9, "%", Y, "company NA revenue share H1 2025"),
 ("p-h1", P, "in the first half of 2025", "first half of 2025", "date", 2025, 2025, "year", N, "period"),
 ("p-5", P, "up from 5% a year earlier", "5%", "percent", 5, 5, "%", Y, "company NA revenue share H1 2024"),
 ("p-yrearlier", P, "5% a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "period"),
 ("p-350k", P, "about $350,000", "$350,000", "money", 350000, 350000, "USD", Y, "cost of labeling change"),
 ("p-2yrs", P, "spread over two years", "two years", "duration", 2, 2, "years", Y, "cost period"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-2fac", P, "at two facilities", "two", "count", 2, 2, "facilities", N, "about section"),
 ("p-14", P, "sold in 14 states", "14", "count", 14, 14, "states", N, "about section"),
 ("p-410", P, "about 410 people", "410", "count", 410, 410, "employees", N, "about section"),

 # ---- AC03 abstract (2025-05-12)
 ("a-pub", A, "Published online 12 May 2025", "12 May 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2", A, "secondary analysis of two national surveys", "two", "count", 2, 2, "surveys", N, "title"),
 ("a-jan24", A, "advisory of January 2024", "January 2024", "date", 2024, 2024, "year", Y, "advisory release date (PLANTED: year off by one)"),
 ("a-100k", A, "about 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("a-20k", A, "and 20,000 cancer deaths each year", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("a-75k", A, "more than 75,000 cases", "75,000", "count", 75000, 75000, "cases", Y, "us alcohol-attributable cases per year 2013-2016"),
 ("a-19k", A, "almost 19,000 deaths", "19,000", "count", 19000, 19000, "deaths", Y, "us alcohol-attributable deaths per year 2013-2016"),
 ("a-1316", A, "over 2013–2016", "2013–2016", "date", 2013, 2016, "year", N, "estimate period"),
 ("a-2019", A, "in a 2019 survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("a-45", A, "45% of adults named", "45%", "percent", 45, 45, "%", Y, "awareness of alcohol as cancer risk (2019 survey)"),
 ("a-89", A, "against 89% for tobacco", "89%", "percent", 89, 89, "%", Y, "awareness tobacco (2019 survey)"),
 ("a-53", A, "and 53% for obesity", "53%", "percent", 53, 53, "%", Y, "awareness obesity (2019 survey)"),
 ("a-1830", A, "aged 18–30", "18–30", "age", 18, 30, "years", N, "definitional"),
 ("a-1328", A, "(n=1,328)", "1,328", "count", 1328, 1328, "respondents", Y, "young adult survey sample"),
 ("a-feb20", A, "in February 2020", "February 2020", "date", 2020, 2020, "year", N, "survey date"),
 ("a-185", A, "18.5% said alcohol", "18.5%", "percent", 18.5, 18.5, "%", Y, "young adults: alcohol does not increase risk"),
 ("a-two", A, "We analyzed two cycles", "two", "count", 2, 2, "cycles", N, "method"),
 ("a-2017f", A, "fielded in 2017", "2017", "date", 2017, 2017, "year", N, "survey year"),
 ("a-3009", A, "N = 3,009", "3,009", "count", 3009, 3009, "respondents", Y, "HINTS 2017 sample"),
 ("a-2020f", A, "fielded in 2020", "2020", "date", 2020, 2020, "year", N, "survey year"),
 ("a-3865", A, "N = 3,865", "3,865", "count", 3865, 3865, "respondents", Y, "HINTS 2020 sample"),
 ("a-in2017", A, "awareness in 2017 were", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("a-in2020", A, "beverage-specific awareness in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("a-r2017", A, "In 2017, 38.4%", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("a-384", A, "38.4% of adults", "38.4%", "percent", 38.4, 38.4, "%", Y, "HINTS 2017 aware"),
 ("a-362", A, "36.2% were uncertain", "36.2%", "percent", 36.2, 36.2, "%", Y, "HINTS 2017 uncertain"),
 ("a-255", A, "25.5% said there", "25.5%", "percent", 25.5, 25.5, "%", Y, "HINTS 2017 no association"),
 ("a-or161", A, "(odds ratio [OR] 1.61", "1.61", "ratio", 1.61, 1.61, "OR", Y, "OR everything causes cancer"),
 ("a-ci161", A, "1.61, 95% CI 1.08–2.42", "1.08–2.42", "ratio", 1.08, 2.42, "OR", Y, "ci"),
 ("a-or180", A, "(OR 1.80", "1.80", "ratio", 1.80, 1.80, "OR", Y, "OR looked up cancer info"),
 ("a-ci180", A, "1.80, 95% CI 1.27–2.57", "1.27–2.57", "ratio", 1.27, 2.57, "OR", Y, "ci"),
 ("a-or232", A, "(OR 2.32", "2.32", "ratio", 2.32, 2.32, "OR", Y, "OR don't know, somewhat confident"),
 ("a-ci232", A, "2.32, 95% CI 1.30–4.14", "1.30–4.14", "ratio", 1.30, 4.14, "OR", Y, "ci"),
 ("a-r2020", A, "In 2020, awareness", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("a-312", A, "31.2% for liquor", "31.2%", "percent", 31.2, 31.2, "%", Y, "HINTS 2020 aware liquor"),
 ("a-249", A, "24.9% for beer", "24.9%", "percent", 24.9, 24.9, "%", Y, "HINTS 2020 aware beer"),
 ("a-203", A, "20.3% for wine", "20.3%", "percent", 20.3, 20.3, "%", Y, "HINTS 2020 aware wine"),
 ("a-diff", A, "was −10.9 percentage points", "−10.9 percentage points", "percent", -10.9, -10.9, "pp", Y, "wine minus liquor awareness"),
 ("a-diffci", A, "(95% CI −12.8 to −9.0", "−12.8 to −9.0", "percent", -12.8, -9.0, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-1in10", A, "One in ten adults", "One in ten", "percent", 10, 10, "%", N, "paraphrase of 10.3%"),
 ("a-103", A, "(10.3%) believed wine", "10.3%", "percent", 10.3, 10.3, "%", Y, "HINTS 2020 wine decreases risk"),
 ("a-22", A, "compared with 2.2% for beer", "2.2%", "percent", 2.2, 2.2, "%", Y, "HINTS 2020 beer decreases risk"),
 ("a-17", A, "and 1.7% for liquor", "1.7%", "percent", 1.7, 1.7, "%", Y, "HINTS 2020 liquor decreases risk"),
 ("a-half", A, "more than half did not know", "half", "percent", 50, 50, "%", N, "summary (>50% don't know)"),
 ("a-three", A, "any of the three beverages", "three", "count", 3, 3, "beverages", N, "aside"),
 ("a-586", A, "58.6% for wine", "58.6%", "percent", 58.6, 58.6, "%", Y, "aware wine | believe heart risk"),
 ("a-524", A, "52.4% for beer", "52.4%", "percent", 52.4, 52.4, "%", Y, "aware beer | believe heart risk"),
 ("a-594", A, "59.4% for liquor", "59.4%", "percent", 59.4, 59.4, "%", Y, "aware liquor | believe heart risk"),
 ("a-60", A, "compared with 6.0%", "6.0%", "percent", 6.0, 6.0, "%", Y, "aware wine | unsure heart"),
 ("a-86", A, "6.0%, 8.6% and 13.2%", "8.6%", "percent", 8.6, 8.6, "%", Y, "aware beer | unsure heart"),
 ("a-132", A, "8.6% and 13.2%", "13.2%", "percent", 13.2, 13.2, "%", Y, "aware liquor | unsure heart"),
 ("a-2in5", A, "Fewer than two in five", "two in five", "percent", 40, 40, "%", N, "summary"),
 ("a-c2017", A, "cause of cancer in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("a-c2020", A, "and in 2020 awareness", "2020", "date", 2020, 2020, "year", N, "qualifier"),

 # ---- AC04 explainer (updated 2025-11-18)
 ("e-upd", E, "Updated November 18, 2025", "November 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-thisyr", E, "made headlines this year", "this year", "date", 2025, 2025, "year", N, "aside"),
 ("e-jan3", E, "Released on January 3", "January 3", "date", 2025, 2025, "year", Y, "advisory release date"),
 ("e-seven", E, "at least seven types", "seven", "count", 7, 7, "cancer types", Y, "cancer types causally linked"),
 ("e-100k", E, "about 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("e-20k", E, "about 20,000 cancer deaths", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("e-164", E, "About 16.4% of breast", "16.4%", "percent", 16.4, 16.4, "%", Y, "share of breast cancer cases attributable to alcohol"),
 ("e-q1", E, "at about one drink a day or less", "one drink a day", "dose", 1, 1, "drinks/day", N, "threshold wording"),
 ("e-17", E, "estimates that 17% of", "17%", "percent", 17, 17, "%", Y, "share of alcohol-related cancer deaths within us guidelines"),
 ("e-3400", E, "roughly 3,400 a year", "3,400", "count", 3400, 3400, "deaths", Y, "deaths within guidelines (17% of 20,000)"),
 ("e-w165", E, "16.5% at fewer than", "16.5%", "percent", 16.5, 16.5, "%", Y, "women lifetime risk, <1 drink/week"),
 ("e-lt1", E, "fewer than one drink a week", "one drink a week", "dose", 1, 1, "drinks/week", N, "risk level qualifier"),
 ("e-w190", E, "19.0% at one drink", "19.0%", "percent", 19.0, 19.0, "%", Y, "women lifetime risk, 1 drink/day"),
 ("e-w1d", E, "19.0% at one drink a day", "one drink a day", "dose", 1, 1, "drinks/day", N, "risk level qualifier"),
 ("e-w218", E, "21.8% at two drinks", "21.8%", "percent", 21.8, 21.8, "%", Y, "women lifetime risk, 2 drinks/day"),
 ("e-w2d", E, "21.8% at two drinks a day", "two drinks a day", "dose", 2, 2, "drinks/day", N, "risk level qualifier"),
 ("e-m100", E, "Men: 10.0%", "10.0%", "percent", 10.0, 10.0, "%", Y, "men lifetime risk, <1 drink/week"),
 ("e-m118", E, "11.8% and 13.1% at the same", "11.8%", "percent", 11.8, 11.8, "%", Y, "men lifetime risk, 1 drink/day"),
 ("e-m131", E, "and 13.1% at the same levels", "13.1%", "percent", 13.1, 13.1, "%", Y, "men lifetime risk, 2 drinks/day"),
 ("e-b113", E, "alone: 11.3%", "11.3%", "percent", 11.3, 11.3, "%", Y, "breast lifetime risk, <1 drink/week"),
 ("e-b131", E, "11.3%, 13.1%", "13.1%", "percent", 13.1, 13.1, "%", Y, "breast lifetime risk, 1 drink/day"),
 ("e-b150", E, "and 15.0%", "15.0%", "percent", 15.0, 15.0, "%", Y, "breast lifetime risk, 2 drinks/day"),
 ("e-2013", E, "from a 2013 study", "2013", "date", 2013, 2013, "year", N, "study year"),
 ("e-15d", E, "up to about 1.5 drinks a day", "1.5 drinks a day", "dose", 1.5, 1.5, "drinks/day", N, "definition of low intake (Nelson)"),
 ("e-2635", E, "at 26% to 35%", "26% to 35%", "percent", 26, 35, "%", Y, "share of deaths at <=1.5 drinks/day (Nelson 2013)"),
 ("e-2019", E, "In a 2019 survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("e-45", E, "45 percent of Americans", "45 percent", "percent", 45, 45, "%", Y, "awareness of alcohol as cancer risk (2019 survey)"),
 ("e-81", E, "compared with 81% for asbestos", "81%", "percent", 81, 81, "%", Y, "awareness asbestos (2019 survey)"),
 ("e-14g", E, "contains 14 grams", "14 grams", "dose", 14, 14, "g", Y, "us standard drink"),
 ("e-12oz", E, "12 ounces of regular beer", "12 ounces", "dose", 12, 12, "oz", Y, "standard beer serving"),
 ("e-5abv", E, "(about 5% alcohol)", "5%", "percent", 5, 5, "% abv", N, "definitional"),
 ("e-5oz", E, "5 ounces of wine", "5 ounces", "dose", 5, 5, "oz", Y, "standard wine serving"),
 ("e-12abv", E, "(about 12%)", "12%", "percent", 12, 12, "% abv", N, "definitional"),
 ("e-15oz", E, "1.5 ounces of 80-proof", "1.5 ounces", "dose", 1.5, 1.5, "oz", Y, "standard spirits serving"),
 ("e-80p", E, "80-proof", "80", "dose", 80, 80, "proof", N, "definitional"),
 ("e-6oz", E, "closer to 6 ounces", "6 ounces", "dose", 6, 6, "oz", Y, "typical restaurant wine pour"),
 ("e-g2", E, "two drinks or fewer a day for men", "two drinks", "dose", 2, 2, "drinks/day", Y, "us guideline men"),
 ("e-g1", E, "one drink or fewer for women", "one drink", "dose", 1, 1, "drinks/day", Y, "us guideline women"),
 ("e-2530", E, "covering 2025–2030", "2025–2030", "date", 2025, 2030, "year", N, "guidelines period"),
 ("e-endyr", E, "expected by the end of the year", "end of the year", "date", 2025, 2025, "year", Y, "dietary guidelines release (forecast)"),
 ("e-2011", E, "its 2011 guidelines", "2011", "date", 2011, 2011, "year", Y, "canada old guidelines year"),
 ("e-10w", E, "up to 10 drinks a week for women", "10 drinks a week", "dose", 10, 10, "drinks/week", Y, "canada 2011 limit women"),
 ("e-15m", E, "and 15 for men", "15", "dose", 15, 15, "drinks/week", Y, "canada 2011 limit men"),
 ("e-jan23", E, "new guidance in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "canada guidance release"),
 ("e-ca2", E, "two or fewer standard drinks a week", "two or fewer standard drinks a week", "dose", 2, 2, "drinks/week", Y, "canada low-risk weekly limit"),
 ("e-ca36", E, "three to six drinks at moderate", "three to six drinks", "dose", 3, 6, "drinks/week", Y, "canada moderate band"),
 ("e-ca7", E, "seven or more at increasingly", "seven or more", "dose", 7, 7, "drinks/week", Y, "canada high band"),
 ("e-ca2d", E, "no more than two drinks on any one day", "two drinks", "dose", 2, 2, "drinks/day", Y, "canada daily max"),
 ("e-1345", E, "holds 13.45 grams", "13.45 grams", "dose", 13.45, 13.45, "g", Y, "canada standard drink"),
 ("e-14u", E, "no more than 14 units a week", "14 units a week", "dose", 14, 14, "units/week", Y, "uk guideline"),
 ("e-2016", E, "a week since 2016", "2016", "date", 2016, 2016, "year", Y, "uk guideline year"),
 ("e-draftjan", E, "released in draft in January", "January", "date", 2025, 2025, "year", Y, "ICCPUD draft release"),
 ("e-1in1000", E, "a 1 in 1,000 risk", "1 in 1,000", "percent", 0.1, 0.1, "%", Y, "ICCPUD risk of dying (lower threshold)"),
 ("e-gt7", E, "more than seven drinks a week", "seven drinks a week", "dose", 7, 7, "drinks/week", Y, "ICCPUD 1-in-1,000 threshold"),
 ("e-1in100", E, "a 1 in 100 risk", "1 in 100", "percent", 1, 1, "%", Y, "ICCPUD risk of dying (higher threshold)"),
 ("e-gt9", E, "above nine drinks a week", "nine drinks a week", "dose", 9, 9, "drinks/week", Y, "ICCPUD 1-in-100 threshold"),
 ("e-60d", E, "a 60-day public comment", "60-day", "duration", 60, 60, "days", Y, "ICCPUD comment period (PLANTED)"),
 ("e-feb", E, "closed in February", "February", "date", 2025, 2025, "year", N, "comment close"),
 ("e-16", E, "a 16% lower risk", "16%", "percent", 16, 16, "%", Y, "NASEM lower all-cause mortality, moderate drinkers"),
 ("e-nov89", E, "since November 1989", "November 1989", "date", 1989, 1989, "year", Y, "government warning required on containers since"),
 ("e-2021", E, "in a 2021 petition", "2021", "date", 2021, 2021, "year", Y, "TTB petition year (PLANTED)"),

 # ---- AC05 blog (2025-09-10)
 ("b-date", B, "September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-jan", B, "advisory landed in January", "January", "date", 2025, 2025, "year", Y, "advisory release date"),
 ("b-seven", B, "at least seven cancers", "seven", "count", 7, 7, "cancer types", Y, "cancer types causally linked"),
 ("b-100k", B, "roughly 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("b-20k", B, "and 20,000 cancer deaths a year", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("b-13500", B, "roughly 13,500 people", "13,500", "count", 13500, 13500, "deaths", Y, "alcohol-related traffic deaths per year (advisory comparison)"),
 ("b-38", B, "only 38% of Americans", "38%", "percent", 38, 38, "%", Y, "awareness per advisory (PLANTED: HINTS 2017 figure)"),
 ("b-62", B, "the other 62%", "62%", "percent", 62, 62, "%", N, "complement aside"),
 ("b-11", B, "is about 11% for those", "11%", "percent", 11, 11, "%", Y, "breast lifetime risk, <1 drink/week"),
 ("b-lt1", B, "less than one drink a week", "one drink a week", "dose", 1, 1, "drinks/week", N, "risk level qualifier"),
 ("b-13", B, "about 13% at one drink", "13%", "percent", 13, 13, "%", Y, "breast lifetime risk, 1 drink/day"),
 ("b-1d", B, "13% at one drink a day", "one drink a day", "dose", 1, 1, "drinks/day", N, "risk level qualifier"),
 ("b-15", B, "about 15% at two", "15%", "percent", 15, 15, "%", Y, "breast lifetime risk, 2 drinks/day"),
 ("b-two", B, "15% at two.", "two", "dose", 2, 2, "drinks/day", N, "risk level qualifier"),
 ("b-2pts", B, "Two points per daily drink", "Two points", "percent", 2, 2, "pp", N, "aside"),
 ("b-100w", B, "a room of a hundred women", "a hundred", "count", 100, 100, "women", N, "aside"),
 ("b-1998", B, "on every bottle since 1998", "1998", "date", 1998, 1998, "year", Y, "government warning required since (PLANTED: transposed 1989)"),
 ("b-three", B, "says three drinks a week", "three drinks a week", "dose", 3, 3, "drinks/week", Y, "canada low-risk weekly limit (PLANTED)"),
 ("b-2day", B, "no more than two drinks on any single day", "two drinks", "dose", 2, 2, "drinks/day", Y, "canada daily max"),
 ("b-nextyr", B, "bottles next year", "next year", "date", 2026, 2026, "year", Y, "ireland label start (original plan)"),
 ("b-2029", B, "pushed them back to 2029", "2029", "date", 2029, 2029, "year", Y, "ireland label start (deferred)"),
 ("b-4mo", B, "four months in", "four months", "duration", 4, 4, "months", N, "aside"),
 ("b-2n", B, "Wine on two nights a week", "two", "count", 2, 2, "nights/week", N, "personal routine"),
 ("b-6n", B, "not six.", "six", "count", 6, 6, "nights/week", N, "personal routine"),
 ("b-5oz", B, "A real 5-ounce pour", "5-ounce", "dose", 5, 5, "oz", Y, "standard wine serving"),
 ("b-8oz", B, "my 8-ounce", "8-ounce", "dose", 8, 8, "oz", N, "personal pour"),
 ("b-summer", B, "Gallup found this summer", "this summer", "date", 2025, 2025, "year", N, "poll date"),
 ("b-58", B, "that 58% of Americans", "58%", "percent", 58, 58, "%", Y, "gallup 2025 share who drink (PLANTED: 2024 figure)"),
 ("b-54", B, "and 54% now say", "54%", "percent", 54, 54, "%", Y, "gallup: drinking bad for health"),
 ("b-20s", B, "in their twenties", "twenties", "age", 20, 29, "years", N, "aside"),
 ("b-cap", B, "1939 to 2025", "1939 to 2025", "date", 1939, 2025, "year", N, "caption"),

 # ---- AC06 local/trade (2025-03-05), hard-wrapped
 ("l-dl", L, "Wednesday, March 5, 2025", "March 5, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h2mo", L, "cancer-label fight two months", "two months", "duration", 2, 2, "months", N, "headline"),
 ("l-2mo", L, "Two months after the U.S.", "Two months", "duration", 2, 2, "months", N, "time since advisory"),
 ("l-11", L, "serving 11 counties", "11", "count", 11, 11, "counties", N, "local color"),
 ("l-jan3", L, "issued Jan. 3", "Jan. 3", "date", 2025, 2025, "year", Y, "advisory release date"),
 ("l-100k", L, "about 100,000 cancer cases", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("l-19k", L, "about 19,000 cancer deaths", "19,000", "count", 19000, 19000, "deaths", Y, "advisory deaths per year (PLANTED: 2013-2016 figure)"),
 ("l-seven", L, "at least seven cancers", "seven", "count", 7, 7, "cancer types", Y, "cancer types causally linked"),
 ("l-17", L, "It said 17 percent", "17 percent", "percent", 17, 17, "%", Y, "breast cancer share (PLANTED: deaths-within-guidelines figure)"),
 ("l-1989", L, "required since 1989", "1989", "date", 1989, 1989, "year", Y, "government warning required on containers since"),
 ("l-450", L, "about $450 million", "$450 million", "money", 450000000, 450000000, "USD", Y, "constellation market value lost on advisory day"),
 ("l-fri", L, "that Friday", "Friday", "date", 2025, 2025, "year", N, "advisory day"),
 ("l-404", L, "from $40.4 billion", "$40.4 billion", "money", 40400000000, 40400000000, "USD", Y, "constellation market cap before"),
 ("l-40", L, "just under $40 billion", "$40 billion", "money", 40000000000, 40000000000, "USD", Y, "constellation market cap after (bound)"),
 ("l-jan14", L, "On Jan. 14", "Jan. 14", "date", 2025, 2025, "year", Y, "ICCPUD draft release"),
 ("l-1in100", L, "a 1-in-100 risk", "1-in-100", "percent", 1, 1, "%", Y, "ICCPUD risk of dying"),
 ("l-gt7", L, "more than seven drinks a week", "seven drinks a week", "dose", 7, 7, "drinks/week", Y, "ICCPUD 1-in-100 threshold (PLANTED)"),
 ("l-30d", L, "Its 30-day public", "30-day", "duration", 30, 30, "days", Y, "ICCPUD comment period"),
 ("l-feb14", L, "closed Feb. 14", "Feb. 14", "date", 2025, 2025, "year", N, "comment close"),
 ("l-oneof2", L, "one of two that will", "two", "count", 2, 2, "reports", N, "aside"),
 ("l-dec", L, "came out in December", "December", "date", 2024, 2024, "year", Y, "NASEM report date"),
 ("l-23", L, "had a 23% lower", "23%", "percent", 23, 23, "%", Y, "NASEM all-cause mortality, moderate drinkers (PLANTED: women subgroup)"),
 ("l-2rep", L, "You have two federal reports", "two", "count", 2, 2, "reports", N, "quote"),
 ("l-2dir", L, "in two directions", "two", "count", 2, 2, "directions", N, "quote"),
 ("l-month", L, "written a month apart", "a month", "duration", 1, 1, "months", N, "quote"),
 ("l-400", L, "more than 400 breweries", "400", "count", 400, 400, "breweries", N, "local color"),
 ("l-nine", L, "Nine organizations petitioned", "Nine", "count", 9, 9, "groups", Y, "petitioners to TTB"),
 ("l-oct20", L, "in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "TTB petition year"),
 ("l-jan23", L, "published in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "canada guidance release"),
 ("l-ca2", L, "puts two drinks a week", "two drinks a week", "dose", 2, 2, "drinks/week", Y, "canada low-risk weekly limit"),
 ("l-2011", L, "guidelines from 2011", "2011", "date", 2011, 2011, "year", Y, "canada old guidelines year"),
 ("l-15w", L, "allowed 15 drinks a week", "15 drinks a week", "dose", 15, 15, "drinks/week", Y, "canada 2011 limit women (PLANTED: swapped)"),
 ("l-10m", L, "and 10 for men", "10", "dose", 10, 10, "drinks/week", Y, "canada 2011 limit men (PLANTED: swapped)"),
 ("l-2yrs", L, "Two years ago nobody", "Two years ago", "date", 2023, 2023, "year", N, "quote"),
 ("l-jan20", L, "left office on Jan. 20", "Jan. 20", "date", 2025, 2025, "year", N, "murthy leaves office"),
 ("l-lastwk", L, "held last week", "last week", "date", 2025, 2025, "year", N, "conference date"),
 ("l-150", L, "About 150 people", "150", "count", 150, 150, "attendees", N, "local color"),
 ("l-6", L, "makes up 6% of", "6%", "percent", 6, 6, "%", Y, "local brewery NA share of taproom sales"),
 ("l-2", L, "up from 2% two", "2%", "percent", 2, 2, "%", Y, "local brewery NA share two years ago"),
 ("l-2yago", L, "2% two years ago", "two years ago", "date", 2023, 2023, "year", N, "period"),

 # ---- AC07 fact-check (2026-01-14, a Wednesday)
 ("f-h100k", F, "alcohol kills 100,000 Americans a year through", "100,000", "count", 100000, 100000, "deaths", N, "headline (claim being checked)"),
 ("f-date", F, "January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-c100k", F, "alcohol kills 100,000 Americans a year with cancer", "100,000", "count", 100000, 100000, "deaths", N, "quoted post claim"),
 ("f-100fig", F, "The 100,000 figure", "100,000", "count", 100000, 100000, "cases", N, "verdict repeat"),
 ("f-jan3", F, "Murthy on January 3, 2025", "January 3, 2025", "date", 2025, 2025, "year", Y, "advisory release date"),
 ("f-100k", F, "contributes to about 100,000", "100,000", "count", 100000, 100000, "cases", Y, "us alcohol-attributable cancer cases per year (advisory)"),
 ("f-20k", F, "about 20,000 cancer deaths", "20,000", "count", 20000, 20000, "deaths", Y, "us alcohol-attributable cancer deaths per year (advisory)"),
 ("f-12400", F, "roughly 12,400 people", "12,400", "count", 12400, 12400, "deaths", Y, "traffic deaths comparison (PLANTED: another year's NHTSA figure)"),
 ("f-5x", F, "the death count fivefold", "fivefold", "ratio", 5, 5, "x", N, "derived"),
 ("f-45", F, "only 45% of Americans", "45%", "percent", 45, 45, "%", Y, "awareness of alcohol as cancer risk (2019 survey)"),
 ("f-2019", F, "in the 2019 survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("f-seven", F, "to seven cancers", "seven", "count", 7, 7, "cancer types", Y, "cancer types causally linked"),
 ("f-17", F, "said 17% of", "17%", "percent", 17, 17, "%", Y, "share of alcohol-related cancer deaths within us guidelines"),
 ("f-2530", F, "concerns the 2025–2030 Dietary", "2025–2030", "date", 2025, 2030, "year", N, "guidelines period"),
 ("f-wed", F, "released last Wednesday", "last Wednesday", "date", 2026, 2026, "year", Y, "dietary guidelines release"),
 ("f-g2", F, "two drinks or fewer a day for men", "two drinks", "dose", 2, 2, "drinks/day", Y, "us guideline men (previous)"),
 ("f-g1", F, "one or fewer for women", "one", "dose", 1, 1, "drinks/day", Y, "us guideline women (previous)"),
 ("f-two", F, "Two federal reviews", "Two", "count", 2, 2, "reviews", N, "aside"),
 ("f-dec24", F, "report from December 2024", "December 2024", "date", 2024, 2024, "year", Y, "NASEM report date"),
 ("f-16", F, "a 16% lower risk", "16%", "percent", 16, 16, "%", Y, "NASEM lower all-cause mortality, moderate drinkers"),
 ("f-jan25", F, "in draft in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "ICCPUD draft release"),
 ("f-1in1000", F, "a 1 in 1,000 risk", "1 in 1,000", "percent", 0.1, 0.1, "%", Y, "ICCPUD risk of dying (lower threshold)"),
 ("f-gt7", F, "more than seven drinks a week", "seven drinks a week", "dose", 7, 7, "drinks/week", Y, "ICCPUD 1-in-1,000 threshold"),
 ("f-1in100", F, "rising to 1 in 100", "1 in 100", "percent", 1, 1, "%", Y, "ICCPUD risk of dying (higher threshold)"),
 ("f-gt9", F, "above nine drinks a week", "nine drinks a week", "dose", 9, 9, "drinks/week", Y, "ICCPUD 1-in-100 threshold"),
 ("f-1989", F, "containers since 1989", "1989", "date", 1989, 1989, "year", Y, "government warning required on containers since"),
 ("f-six", F, "and six other groups", "six", "count", 6, 6, "groups", Y, "petitioners besides CSPI (7 in all)"),
 ("f-oct20", F, "in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "TTB petition year"),
 ("f-1002", F, "poll of 1,002 adults", "1,002", "count", 1002, 1002, "respondents", Y, "gallup 2025 sample (PLANTED: transposed)"),
 ("f-jul25", F, "conducted in July 2025", "July 2025", "date", 2025, 2025, "year", N, "fieldwork"),
 ("f-54", F, "found that 54% said", "54%", "percent", 54, 54, "%", Y, "gallup 2025 share who drink"),
 ("f-1939", F, "asking in 1939", "1939", "date", 1939, 1939, "year", Y, "gallup first asked"),
 ("f-jan23", F, "published in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "canada guidance release"),
 ("f-ca2", F, "two standard drinks a week", "two standard drinks a week", "dose", 2, 2, "drinks/week", Y, "canada low-risk weekly limit"),
 ("f-r100k", F, "found 100,000 Americans a year die", "100,000", "count", 100000, 100000, "deaths", N, "ruling restates claim"),
 ("f-r100kc", F, "estimated about 100,000 cases", "100,000", "count", 100000, 100000, "cases", N, "ruling repeat"),
 ("f-r20k", F, "and about 20,000 deaths", "20,000", "count", 20000, 20000, "deaths", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 awareness (2019 survey cited by advisory): blog 38% (HINTS 2017 figure) vs 45%
 ("b-38", "w-45", S), ("b-38", "a-45", S), ("b-38", "e-45", S), ("b-38", "f-45", S),
 # S2 advisory deaths per year: local 19,000 (2013-2016 figure) vs 20,000
 ("l-19k", "w-20k", S), ("l-19k", "p-20k", S), ("l-19k", "a-20k", S), ("l-19k", "e-20k", S),
 ("l-19k", "b-20k", S), ("l-19k", "f-20k", S),
 # S3 traffic deaths in the advisory's comparison: fact-check 12,400 vs 13,500
 ("f-12400", "w-13500", S), ("f-12400", "b-13500", S),
 # S4 breast cancer share attributable: local 17 percent vs 16.4% / about 16%
 ("l-17", "w-164", S), ("l-17", "e-164", S), ("l-17", "p-16", S),
 # S5 men's lifetime risk at one drink a day: wire 13.1% vs explainer 11.8%
 ("w-m131", "e-m118", S),
 # S6 share of deaths within guidelines: press 30% vs 17%
 ("p-30", "w-17", S), ("p-30", "e-17", S), ("p-30", "f-17", S),
 # S7 year the warning became required: blog 1998 (transposed) vs 1989 (and wire's 1988)
 ("b-1998", "e-nov89", S), ("b-1998", "l-1989", S), ("b-1998", "f-1989", S), ("b-1998", "w-1988", S),
 # S8 Canada guidance year: press "January of last year" (2024) vs 2023
 ("p-canjan", "w-jan23", S), ("p-canjan", "e-jan23", S), ("p-canjan", "l-jan23", S), ("p-canjan", "f-jan23", S),
 # S9 Canada low-risk weekly limit: blog three vs two
 ("b-three", "w-ca2", S), ("b-three", "p-ca2", S), ("b-three", "e-ca2", S), ("b-three", "l-ca2", S), ("b-three", "f-ca2", S),
 # S10 Canada 2011 limits swapped between sexes
 ("l-15w", "e-10w", S), ("l-10m", "e-15m", S),
 # S11 Gallup 2025 share who drink: blog 58% (2024 figure) vs 54%
 ("b-58", "p-54", S), ("b-58", "f-54", S),
 # S12 Gallup 2025 sample: fact-check 1,002 (transposed) vs 1,020
 ("f-1002", "p-1020", S),
 # S13 NASEM all-cause mortality: local 23% (women subgroup) vs 16%
 ("l-23", "w-16", S), ("l-23", "e-16", S), ("l-23", "f-16", S),
 # S14 ICCPUD 1-in-100 threshold: local >7 vs >9
 ("l-gt7", "e-gt9", S), ("l-gt7", "f-gt9", S),
 # S15 TTB petition year: explainer 2021 vs 2020
 ("e-2021", "w-2020", S), ("e-2021", "l-oct20", S), ("e-2021", "f-oct20", S),
 # S16 ICCPUD comment period: explainer 60-day vs 30-day
 ("e-60d", "l-30d", S),
 # S17 Constellation value lost on advisory day: press $4.5 billion vs $450 million
 ("p-45b", "l-450", S),
 # S18 advisory release year: abstract January 2024 vs 2025
 ("a-jan24", "w-fri", S), ("a-jan24", "e-jan3", S), ("a-jan24", "b-jan", S), ("a-jan24", "l-jan3", S), ("a-jan24", "f-jan3", S),
 # Qualified
 # Q1 number of petitioners: 8 (wire) vs nine (local) vs CSPI + six (fact-check)
 ("w-eight", "l-nine", Q), ("w-eight", "f-six", Q), ("l-nine", "f-six", Q),
 # Q2 Ireland deferred label date: 2028 (cabinet decision) vs 2029 (pre-decision reports)
 ("b-2029", "p-2028", Q),
 # Q3 Gallup health view: 53% moderate drinking bad (press) vs 54% drinking bad (blog)
 ("b-54", "p-53", Q),
 # Q4 label law 1988 (enacted) vs required on containers 1989
 ("w-1988", "e-nov89", Q), ("w-1988", "l-1989", Q), ("w-1988", "f-1989", Q),
 # Q5 ICCPUD 1-in-100 threshold: 8.5 (advocacy wording) vs nine / seven
 ("p-85", "e-gt9", Q), ("p-85", "f-gt9", Q), ("p-85", "l-gt7", Q),
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
