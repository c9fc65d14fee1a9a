#!/usr/bin/env python3
"""Build alpha-gal.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "alpha-gal")
OUT = os.path.join(HERE, "alpha-gal.gold.jsonl")
T = "alpha-gal"

W, P, A, E, B, L, F = ("AG01_wire.txt", "AG02_press.txt", "AG03_abstract.txt",
                       "AG04_explainer.txt", "AG05_blog.txt", "AG06_local.txt", "AG07_factcheck.txt")
Y = True; N = False
TWO3 = 66.666667; ONE3 = 33.333333

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AG01 wire (2023-07-28)
 ("w-h450", W, "affect up to 450,000 Americans", "450,000", "count", 450000, 450000, "people", N, "headline repeat"),
 ("w-dl", W, "ATLANTA, July 28", "July 28", "date", 2023, 2023, "year", N, "dateline"),
 ("w-450", W, "As many as 450,000 people", "450,000", "count", 450000, 450000, "people", Y, "people possibly affected by ags since 2010 (upper estimate)"),
 ("w-thu", W, "said on Thursday", "Thursday", "date", 2023, 2023, "year", Y, "cdc mmwr reports release date"),
 ("w-110k", W, "more than 110,000 suspected", "110,000", "count", 110000, 110000, "cases", Y, "suspected cases 2010-2022"),
 ("w-1022", W, "between 2010 and 2022", "2010 and 2022", "date", 2010, 2022, "year", N, "period qualifier"),
 ("w-4x", W, "about four times that", "four times", "ratio", 4, 4, "x", N, "450,000 vs 110,000 (derived)"),
 ("w-two", W, "One of two reports", "two", "count", 2, 2, "reports", N, "aside"),
 ("w-1722", W, "From January 2017 through December 2022", "January 2017 through December 2022", "date", 2017, 2022, "year", N, "study period"),
 ("w-357", W, "357,119 tests", "357,119", "count", 357119, 357119, "tests", Y, "tests submitted 2017-2022"),
 ("w-295", W, "from 295,400 people", "295,400", "count", 295400, 295400, "people", Y, "persons tested 2017-2022"),
 ("w-90k", W, "90,018, or 30.5%", "90,018", "count", 90018, 90018, "people", Y, "persons positive 2017-2022"),
 ("w-305", W, "or 30.5%, tested", "30.5%", "percent", 30.5, 30.5, "%", Y, "share of persons tested positive 2017-2022"),
 ("w-13k", W, "from 13,371 in 2017", "13,371", "count", 13371, 13371, "people", Y, "persons positive in 2017"),
 ("w-y17", W, "13,371 in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("w-18k", W, "to 18,885 in 2021", "18,885", "count", 18885, 18885, "people", Y, "persons positive in 2021"),
 ("w-y21", W, "18,885 in 2021", "2021", "date", 2021, 2021, "year", Y, "year of the 18,885 annual positive count"),
 ("w-15k", W, "roughly 15,000 new suspected", "15,000", "count", 15000, 15000, "cases/yr", Y, "new suspected cases identified each year"),
 ("w-pub21", W, "published in 2021", "2021", "date", 2021, 2021, "year", N, "earlier analysis publication year"),
 ("w-34k", W, "more than 34,000 suspected cases from", "34,000", "count", 34000, 34000, "cases", Y, "suspected cases 2010-2018 (earlier analysis)"),
 ("w-1018", W, "from 2010 to 2018", "2010 to 2018", "date", 2010, 2018, "year", Y, "earlier analysis period"),
 ("w-3746", W, "the most, 3,746", "3,746", "count", 3746, 3746, "cases", Y, "suffolk county suspected cases 2017-2022"),
 ("w-4pct", W, "about 4% of the national", "4%", "percent", 4, 4, "%", Y, "suffolk share of all suspected cases"),
 ("w-1500", W, "survey of 1,500 family", "1,500", "count", 1500, 1500, "respondents", Y, "clinicians surveyed"),
 ("w-spring", W, "conducted last spring", "last spring", "date", 2023, 2023, "year", Y, "survey fieldwork date"),
 ("w-42", W, "spring, 42% said", "42%", "percent", 42, 42, "%", Y, "clinicians never heard of ags"),
 ("w-35", W, "Another 35% said", "35%", "percent", 35, 35, "%", Y, "clinicians not too confident"),
 ("w-5", W, "only 5% felt", "5%", "percent", 5, 5, "%", Y, "clinicians very confident"),
 ("w-23", W, "Two-thirds said clinical", "Two-thirds", "percent", TWO3, TWO3, "%", Y, "clinicians saying guidelines useful"),
 ("w-26h", W, "two to six hours after exposure", "two to six hours", "duration", 2, 6, "hours", Y, "symptom onset after eating"),
 ("w-10th", W, "roughly the 10th most common", "10th", "rank", 10, 10, "rank", Y, "rank among us food allergies"),

 # ---- AG02 press (2023-09-12)
 ("p-h50", P, "in all 50 states", "50", "count", 50, 50, "states", N, "subtitle"),
 ("p-h14", P, "through Ridgeline's 14 regional", "14", "count", 14, 14, "laboratories", N, "subtitle"),
 ("p-dl", P, "Sept. 12, 2023", "Sept. 12, 2023", "date", 2023, 2023, "year", N, "dateline"),
 ("p-range", P, "measuring range of 0.1 to 100 kU/L", "0.1 to 100 kU/L", "concentration", 0.1, 100, "kU/L", Y, "assay measuring range"),
 ("p-48h", P, "results within 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "expected turnaround (forecast)"),
 ("p-35d", P, "three to five business days", "three to five business days", "duration", 3, 5, "days", Y, "launch-period turnaround"),
 ("p-89", P, "list price is $89", "$89", "money", 89, 89, "USD", Y, "test list price"),
 ("p-110k", P, "found that more than 110,000", "110,000", "count", 110000, 110000, "cases", Y, "suspected cases 2010-2022"),
 ("p-1022", P, "between 2010 and 2022, and that", "2010 and 2022", "date", 2010, 2022, "year", N, "period qualifier"),
 ("p-two", P, "Two reports released", "Two", "count", 2, 2, "reports", N, "aside"),
 ("p-july", P, "(CDC) in July found", "July", "date", 2023, 2023, "year", Y, "cdc reports release date"),
 ("p-540", P, "as many as 540,000", "540,000", "count", 540000, 540000, "people", Y, "people possibly affected by ags since 2010 (upper estimate)"),
 ("p-34256", P, "found that 34,256 people", "34,256", "count", 34256, 34256, "people", Y, "persons positive 2010-2018"),
 ("p-33", P, "or 33% of those tested", "33%", "percent", 33, 33, "%", Y, "share positive 2010-2018"),
 ("p-1018", P, "from 2010 through 2018", "2010 through 2018", "date", 2010, 2018, "year", Y, "earlier analysis period"),
 ("p-6x", P, "rose sixfold", "sixfold", "ratio", 6, 6, "x", Y, "growth in annual positives 2011-2018"),
 ("p-1110", P, "from 1,110 in 2011", "1,110", "count", 1110, 1110, "people", Y, "persons positive in 2011"),
 ("p-y11", P, "1,110 in 2011", "2011", "date", 2011, 2011, "year", N, "qualifier year"),
 ("p-7798", P, "to 7,798 in 2018", "7,798", "count", 7798, 7798, "people", Y, "persons positive in 2018"),
 ("p-y18", P, "7,798 in 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("p-1500", P, "survey of 1,500 health care providers", "1,500", "count", 1500, 1500, "respondents", Y, "clinicians surveyed"),
 ("p-mm22", P, "from March through May 2022", "March through May 2022", "date", 2022, 2022, "year", Y, "survey fieldwork date"),
 ("p-42", P, "2022, 42% had never", "42%", "percent", 42, 42, "%", Y, "clinicians never heard of ags"),
 ("p-1in3", P, "only one in three said", "one in three", "percent", ONE3, ONE3, "%", Y, "clinicians saying guidelines useful"),
 ("p-pilot", P, "from April through August 2023", "April through August 2023", "date", 2023, 2023, "year", N, "company pilot period"),
 ("p-4812", P, "processed 4,812 alpha-gal", "4,812", "count", 4812, 4812, "specimens", Y, "company pilot specimens"),
 ("p-27", P, "of which 27% were", "27%", "percent", 27, 27, "%", Y, "company pilot positivity"),
 ("p-01cut", P, "at the 0.1 kU/L cutoff", "0.1 kU/L", "concentration", 0.1, 0.1, "kU/L", Y, "company positivity cutoff"),
 ("p-42m", P, "investing $4.2 million", "$4.2 million", "money", 4200000, 4200000, "USD", Y, "capacity investment"),
 ("p-35", P, "adding 35 laboratory positions", "35", "count", 35, 35, "positions", Y, "new lab positions"),
 ("p-mid24", P, "by mid-2024", "mid-2024", "date", 2024, 2024, "year", N, "hiring target date"),
 ("p-2000", P, "to 2,000 primary care practices", "2,000", "count", 2000, 2000, "practices", Y, "practices receiving materials"),
 ("p-s24", P, "before the 2024 tick season", "2024", "date", 2024, 2024, "year", N, "outreach target date"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-14b", P, "operates 14 regional laboratories", "14", "count", 14, 14, "laboratories", N, "about section"),
 ("p-1100", P, "employs about 1,100 people", "1,100", "count", 1100, 1100, "employees", N, "about section"),

 # ---- AG03 abstract (2024-03-18)
 ("a-pub", A, "Published online 18 March 2024", "18 March 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-t1722", A, "United States, 2017–2022: a secondary", "2017–2022", "date", 2017, 2022, "year", N, "title period"),
 ("a-105", A, "analysis of 105,674 persons", "105,674", "count", 105674, 105674, "people", Y, "persons tested 2010-2018"),
 ("a-1019", A, "during 2010–2019 found", "2010–2019", "date", 2010, 2019, "year", Y, "earlier analysis period"),
 ("a-34256", A, "found 34,256 (32.4%)", "34,256", "count", 34256, 34256, "people", Y, "persons positive 2010-2018"),
 ("a-324", A, "(32.4%) with a positive", "32.4%", "percent", 32.4, 32.4, "%", Y, "share positive 2010-2018"),
 ("a-jul23", A, "In July 2023 the Centers", "July 2023", "date", 2023, 2023, "year", Y, "cdc reports release date"),
 ("a-1722b", A, "suspected cases for 2017–2022", "2017–2022", "date", 2017, 2022, "year", N, "period qualifier"),
 ("a-period", A, "from 1 January 2017 to 31 December 2022", "1 January 2017 to 31 December 2022", "date", 2017, 2022, "year", N, "study period"),
 ("a-6yr", A, "a six-year period", "six-year", "duration", 6, 6, "years", Y, "study period length"),
 ("a-atleast1", A, "with at least one result", "one", "count", 1, 1, "results", N, "definitional"),
 ("a-01", A, "result ≥0.1 kU/L", "0.1 kU/L", "concentration", 0.1, 0.1, "kU/L", Y, "positivity threshold in cdc analysis"),
 ("a-1m", A, "per 1,000,000 person-years (PPY)", "1,000,000", "count", 1000000, 1000000, "person-years", N, "rate denominator"),
 ("a-p05", A, "below 0.05 were", "0.05", "pvalue", 0.05, 0.05, "p", N, "significance level"),
 ("a-357", A, "A total of 357,119 tests", "357,119", "count", 357119, 357119, "tests", Y, "tests submitted 2017-2022"),
 ("a-N", A, "N = 295,400", "295,400", "count", 295400, 295400, "people", Y, "persons tested 2017-2022"),
 ("a-once", A, "were tested once", "once", "count", 1, 1, "tests", N, "aside"),
 ("a-36257", A, "36,257 (12.3%)", "36,257", "count", 36257, 36257, "people", Y, "persons tested more than once"),
 ("a-123", A, "(12.3%) received", "12.3%", "percent", 12.3, 12.3, "%", Y, "share tested more than once"),
 ("a-morethan1", A, "received more than one test", "one", "count", 1, 1, "tests", N, "definitional"),
 ("a-90k", A, "Overall, 90,018 persons", "90,018", "count", 90018, 90018, "people", Y, "persons positive 2017-2022"),
 ("a-305", A, "(30.5%; 95% CI", "30.5%", "percent", 30.5, 30.5, "%", Y, "share of persons tested positive 2017-2022"),
 ("a-305ci", A, "30.3–30.6", "30.3–30.6", "percent", 30.3, 30.6, "%", Y, "ci"),
 ("a-188", A, "188,532 (63.8%)", "188,532", "count", 188532, 188532, "people", Y, "women tested"),
 ("a-638", A, "(63.8%) of persons", "63.8%", "percent", 63.8, 63.8, "%", Y, "share of persons tested who were women"),
 ("a-m42", A, "among men (42%)", "42%", "percent", 42, 42, "%", Y, "positivity among men tested"),
 ("a-w24", A, "than women (24%)", "24%", "percent", 24, 24, "%", Y, "positivity among women tested"),
 ("a-rr", A, "RR 1.75", "1.75", "ratio", 1.75, 1.75, "RR", Y, "risk ratio men vs women"),
 ("a-rrci", A, "1.73–1.77", "1.73–1.77", "ratio", 1.73, 1.77, "RR", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-diff", A, "difference −18.0 percentage points", "−18.0 percentage points", "percent", -18.0, -18.0, "pp", Y, "positivity difference women minus men"),
 ("a-diffci", A, "−18.4 to −17.6", "−18.4 to −17.6", "percent", -18.4, -17.6, "pp", Y, "ci"),
 ("a-13k", A, "rose from 13,371 in 2017", "13,371", "count", 13371, 13371, "people", Y, "persons positive in 2017"),
 ("a-y17", A, "13,371 in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("a-18k", A, "to 18,885 in 2021", "18,885", "count", 18885, 18885, "people", Y, "persons positive in 2021"),
 ("a-y21", A, "18,885 in 2021 (", "2021", "date", 2021, 2021, "year", Y, "year of the 18,885 annual positive count"),
 ("a-412", A, "(+41.2%;", "41.2%", "percent", 41.2, 41.2, "%", Y, "increase in annual positives 2017-2021"),
 ("a-90", A, "mean annual increase 9.0%", "9.0%", "percent", 9.0, 9.0, "%", Y, "mean annual increase 2017-2021"),
 ("a-3070", A, "Between 30,000 and 70,000 persons", "30,000 and 70,000", "count", 30000, 70000, "people/yr", Y, "persons tested per year"),
 ("a-66k", A, "peaking at 66,106", "66,106", "count", 66106, 66106, "people", Y, "persons tested in 2021 (peak)"),
 ("a-y21b", A, "66,106 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-235", A, "235,752 persons (79.8%)", "235,752", "count", 235752, 235752, "people", Y, "persons with state of residence"),
 ("a-798", A, "(79.8%) and ZIP", "79.8%", "percent", 79.8, 79.8, "%", Y, "share with state of residence"),
 ("a-233", A, "233,521 (79.1%)", "233,521", "count", 233521, 233521, "people", Y, "persons with zip code"),
 ("a-791", A, "(79.1%); maps", "79.1%", "percent", 79.1, 79.1, "%", Y, "share with zip code"),
 ("a-3746", A, "(n=3,746;", "3,746", "count", 3746, 3746, "cases", Y, "suffolk county suspected cases 2017-2022"),
 ("a-42pct", A, "4.2% of all suspected", "4.2%", "percent", 4.2, 4.2, "%", Y, "suffolk share of all suspected cases"),
 ("a-1511", A, "(n=1,511)", "1,511", "count", 1511, 1511, "cases", Y, "bedford county suspected cases 2017-2022"),
 ("a-char", A, "(12,273 per 1,000,000 PPY)", "12,273 per 1,000,000 PPY", "rate", 12273, 12273, "per 1M PPY", Y, "charlotte county rate"),
 ("a-muhl", A, "(6,107 per 1,000,000 PPY)", "6,107 per 1,000,000 PPY", "rate", 6107, 6107, "per 1M PPY", Y, "muhlenberg county rate"),
 ("a-1in3", A, "Nearly one in three persons", "one in three", "percent", ONE3, ONE3, "%", N, "summary of 30.5%"),
 ("a-18x", A, "about 1.8 times as often", "1.8 times", "ratio", 1.8, 1.8, "x", N, "summary of rr 1.75"),

 # ---- AG04 explainer (2024-05-14)
 ("e-upd", E, "Updated May 14, 2024", "May 14, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-110", E, "110,229 suspected cases", "110,229", "count", 110229, 110229, "cases", Y, "suspected cases 2010-2022"),
 ("e-1022", E, "from 2010 through 2022, and", "2010 through 2022", "date", 2010, 2022, "year", N, "period qualifier"),
 ("e-96450", E, "between 96,000 and 450,000 people", "96,000 and 450,000", "count", 96000, 450000, "people", Y, "people possibly affected by ags since 2010 (range)"),
 ("e-15k", E, "Roughly 15,000 new suspected", "15,000", "count", 15000, 15000, "cases/yr", Y, "new suspected cases identified each year"),
 ("e-10th", E, "the 10th most common", "10th", "rank", 10, 10, "rank", Y, "rank among us food allergies"),
 ("e-7x", E, "went up sevenfold", "sevenfold", "ratio", 7, 7, "x", Y, "growth in annual positives 2011-2018"),
 ("e-1118", E, "between 2011 and 2018", "2011 and 2018", "date", 2011, 2018, "year", N, "qualifier years"),
 ("e-26", E, "usually start 2 to 6 hours", "2 to 6 hours", "duration", 2, 6, "hours", Y, "symptom onset after eating"),
 ("e-01", E, "a result of 0.1 kU/L", "0.1 kU/L", "concentration", 0.1, 0.1, "kU/L", Y, "positivity threshold in cdc analysis"),
 ("e-42pos", E, "About 42% of people who get the test", "42%", "percent", 42, 42, "%", Y, "share of persons tested positive"),
 ("e-1000", E, "surveyed about 1,000 doctors", "1,000", "count", 1000, 1000, "respondents", Y, "clinicians surveyed"),
 ("e-42nh", E, "clinicians, 42% had never", "42%", "percent", 42, 42, "%", Y, "clinicians never heard of ags"),
 ("e-5", E, "only 5% felt very", "5%", "percent", 5, 5, "%", Y, "clinicians very confident"),
 ("e-05mg", E, "dose is 0.5 mg", "0.5 mg", "dose", 0.5, 0.5, "mg", Y, "adult epinephrine auto-injector dose"),
 ("e-015", E, "delivers 0.15 mg", "0.15 mg", "dose", 0.15, 0.15, "mg", Y, "junior epinephrine auto-injector dose"),
 ("e-3366", E, "about 33 to 66 pounds", "33 to 66 pounds", "weight", 33, 66, "lb", N, "junior device weight band"),
 ("e-dec20", E, "In December 2020 the Food", "December 2020", "date", 2020, 2020, "year", Y, "fda galsafe approval"),
 ("e-2h", E, "within two hours of coming", "two hours", "duration", 2, 2, "hours", Y, "shower after outdoors"),

 # ---- AG05 blog (2023-09-20)
 ("b-date", B, "September 20, 2023", "September 20, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-h1yr", B, "a year with alpha-gal", "a year", "duration", 1, 1, "years", N, "headline"),
 ("b-lastsep", B, "Last September I ate", "Last September", "date", 2022, 2022, "year", N, "author's first reaction"),
 ("b-3ep", B, "three more episodes", "three", "count", 3, 3, "episodes", N, "anecdote"),
 ("b-40", B, "about 40 head", "40", "count", 40, 40, "cattle", N, "anecdote"),
 ("b-112", B, "on 112 acres", "112 acres", "measure", 112, 112, "acres", N, "anecdote"),
 ("b-two", B, "put out two reports", "two", "count", 2, 2, "reports", N, "aside"),
 ("b-90k", B, "about 90,000 suspected cases", "90,000", "count", 90000, 90000, "cases", Y, "suspected cases 2010-2022"),
 ("b-1022", B, "from 2010 through 2022 and", "2010 through 2022", "date", 2010, 2022, "year", N, "period qualifier"),
 ("b-450", B, "as many as 450,000 people", "450,000", "count", 450000, 450000, "people", Y, "people possibly affected by ags since 2010 (upper estimate)"),
 ("b-char", B, "12,273 suspected cases per million person-years", "12,273 suspected cases per million person-years", "rate", 12273, 12273, "per 1M PPY", Y, "charlotte county rate"),
 ("b-142", B, "first result was 14.2 kU/L", "14.2 kU/L", "concentration", 14.2, 14.2, "kU/L", N, "author's own result"),
 ("b-035", B, "at 0.35 kU/L or higher", "0.35 kU/L", "concentration", 0.35, 0.35, "kU/L", Y, "positivity threshold in cdc analysis"),
 ("b-6mo", B, "Six months later", "Six months", "duration", 6, 6, "months", N, "timepoint"),
 ("b-68", B, "down to 6.8", "6.8", "concentration", 6.8, 6.8, "kU/L", N, "author's own result"),
 ("b-36h", B, "three to six hours after I eat", "three to six hours", "duration", 3, 6, "hours", Y, "symptom onset after eating"),
 ("b-2inj", B, "carry two auto-injectors", "two", "count", 2, 2, "devices", N, "anecdote"),
 ("b-03", B, "regular 0.3 mg adult", "0.3 mg", "dose", 0.3, 0.3, "mg", Y, "adult epinephrine auto-injector dose"),
 ("b-twice", B, "used one twice", "twice", "count", 2, 2, "times", N, "anecdote"),
 ("b-lastmo", B, "Last month our board", "Last month", "date", 2023, 2023, "year", Y, "county board vote date"),
 ("b-v5", B, "voted 5-2 to spend", "5", "vote", 5, 5, "votes", Y, "charlotte county board vote, for"),
 ("b-v2", B, "5-2 to spend", "2", "vote", 2, 2, "votes", Y, "charlotte county board vote, against"),
 ("b-245", B, "spend $24,500 on tick warning signs", "$24,500", "money", 24500, 24500, "USD", Y, "county spending on tick signs"),
 ("b-3min", B, "spoke for three minutes", "three minutes", "duration", 3, 3, "minutes", N, "anecdote"),
 ("b-25min", B, "two and a half minutes longer", "two and a half minutes", "duration", 2.5, 2.5, "minutes", N, "anecdote"),
 ("b-gal21", B, "FDA approved in 2021", "2021", "date", 2021, 2021, "year", Y, "fda galsafe approval"),
 ("b-6400", B, "6,400 readers", "6,400", "count", 6400, 6400, "readers", N, "page furniture"),
 ("b-hay", B, "Our 2022 hay season", "2022", "date", 2022, 2022, "year", N, "related link"),
 ("b-46", B, "46 comments", "46", "count", 46, 46, "comments", N, "page furniture"),

 # ---- AG06 local (2023-08-31)
 ("l-dl", L, "Thursday, August 31, 2023", "Thursday, August 31, 2023", "date", 2023, 2023, "year", N, "dateline"),
 ("l-v6", L, "voted 6-1 on Tuesday", "6", "vote", 6, 6, "votes", Y, "charlotte county board vote, for"),
 ("l-v1", L, "6-1 on Tuesday", "1", "vote", 1, 1, "votes", Y, "charlotte county board vote, against"),
 ("l-tue", L, "6-1 on Tuesday", "Tuesday", "date", 2023, 2023, "year", Y, "county board vote date"),
 ("l-185", L, "$18,500 on tick warning signs", "$18,500", "money", 18500, 18500, "USD", Y, "county spending on tick signs"),
 ("l-6k", L, "another $6,000 on repellent", "$6,000", "money", 6000, 6000, "USD", Y, "county spending on repellent kits"),
 ("l-245", L, "a $24,500 package", "$24,500", "money", 24500, 24500, "USD", Y, "county tick package total"),
 ("l-c3", L, "the spending 3-0", "3", "vote", 3, 3, "votes", Y, "health committee vote, for"),
 ("l-c0", L, "spending 3-0", "0", "vote", 0, 0, "votes", Y, "health committee vote, against"),
 ("l-early", L, "3-0 earlier this month", "earlier this month", "date", 2023, 2023, "year", N, "committee vote date"),
 ("l-lastmo", L, "Prevention last month", "last month", "date", 2023, 2023, "year", Y, "cdc reports release date"),
 ("l-char", L, "nation, 12,273 per million person-years", "12,273 per million person-years", "rate", 12273, 12273, "per 1M PPY", Y, "charlotte county rate"),
 ("l-2x", L, "about twice the rate", "twice", "ratio", 2, 2, "x", N, "charlotte vs muhlenberg (derived)"),
 ("l-muhl", L, "in Kentucky, at 6,107", "6,107", "rate", 6107, 6107, "per 1M PPY", Y, "muhlenberg county rate"),
 ("l-11500", L, "about 11,500 residents", "11,500", "count", 11500, 11500, "residents", Y, "charlotte county population"),
 ("l-3746", L, "raw count, 3,746", "3,746", "count", 3746, 3746, "cases", Y, "suffolk county suspected cases 2017-2022"),
 ("l-1511", L, "Virginia with 1,511", "1,511", "count", 1511, 1511, "cases", Y, "bedford county suspected cases 2017-2022"),
 ("l-5yr", L, "The five-year study", "five-year", "duration", 5, 5, "years", Y, "study period length"),
 ("l-305", L, "30.5 percent of the people", "30.5 percent", "percent", 30.5, 30.5, "%", Y, "share of persons tested positive 2017-2022"),
 ("l-13k", L, "from 13,371 in 2017", "13,371", "count", 13371, 13371, "people", Y, "persons positive in 2017"),
 ("l-y17", L, "13,371 in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("l-18k", L, "to 18,885 last year", "18,885", "count", 18885, 18885, "people", Y, "persons positive in 2021"),
 ("l-lastyr", L, "18,885 last year", "last year", "date", 2022, 2022, "year", Y, "year of the 18,885 annual positive count"),
 ("l-18000", L, "about 18,000 new suspected", "18,000", "count", 18000, 18000, "cases/yr", Y, "new suspected cases identified each year"),
 ("l-23", L, "Nearly two-thirds of the people tested", "two-thirds", "percent", TWO3, TWO3, "%", Y, "share of persons tested who were women"),
 ("l-03mg", L, "usually 0.3 milligrams", "0.3 milligrams", "dose", 0.3, 0.3, "mg", Y, "adult epinephrine auto-injector dose"),
 ("l-1500", L, "among 1,500 primary care providers", "1,500", "count", 1500, 1500, "respondents", Y, "clinicians surveyed"),
 ("l-42", L, "42 percent had never", "42 percent", "percent", 42, 42, "%", Y, "clinicians never heard of ags"),
 ("l-40", L, "first 40 signs", "40", "count", 40, 40, "signs", Y, "signs up first"),
 ("l-midoct", L, "by mid-October", "mid-October", "date", 2023, 2023, "year", N, "target date"),
 ("l-spring", L, "before next spring", "next spring", "date", 2024, 2024, "year", N, "target date"),
 ("l-1200", L, "about 1,200 repellent kits", "1,200", "count", 1200, 1200, "kits", Y, "repellent kits to distribute"),
 ("l-2nb", L, "got two neighbors", "two", "count", 2, 2, "people", N, "quote"),
 ("l-30d", L, "over the next 30 days", "30 days", "duration", 30, 30, "days", N, "advice timepoint"),

 # ---- AG07 fact-check (2023-08-10)
 ("f-hhalf", F, "Did the CDC say half a million", "half a million", "count", 500000, 500000, "people", N, "headline (claim)"),
 ("f-date", F, "August 10, 2023", "August 10, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("f-chalf", F, "HALF A MILLION Americans", "HALF A MILLION", "count", 500000, 500000, "people", N, "post claim"),
 ("f-c1in3", F, "and 1 in 3 doctors", "1 in 3", "percent", ONE3, ONE3, "%", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-since28", F, "since July 28.)", "July 28", "date", 2023, 2023, "year", N, "post date"),
 ("f-vhalf", F, "did not say half a million people", "half a million", "count", 500000, 500000, "people", N, "verdict repeat of claim"),
 ("f-v2010", F, "affected since 2010 is 450,000", "2010", "date", 2010, 2010, "year", N, "qualifier"),
 ("f-v450", F, "since 2010 is 450,000", "450,000", "count", 450000, 450000, "people", N, "verdict summary"),
 ("f-two", F, "refers to two reports", "two", "count", 2, 2, "reports", N, "aside"),
 ("f-jul28", F, "published on July 28 in", "July 28", "date", 2023, 2023, "year", Y, "cdc reports release date"),
 ("f-6yr", F, "reviewed six years of results", "six years", "duration", 6, 6, "years", Y, "study period length"),
 ("f-1722", F, "covering 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "study period"),
 ("f-357", F, "tested 357,119 people", "357,119", "count", 357119, 357119, "people", Y, "persons tested 2017-2022"),
 ("f-90k", F, "and 90,018 of them", "90,018", "count", 90018, 90018, "people", Y, "persons positive 2017-2022"),
 ("f-110", F, "said more than 110,000 suspected", "110,000", "count", 110000, 110000, "cases", Y, "suspected cases 2010-2022"),
 ("f-1022", F, "between 2010 and 2022, and that", "2010 and 2022", "date", 2010, 2022, "year", N, "period qualifier"),
 ("f-450q", F, "as many as 450,000 people might", "450,000", "count", 450000, 450000, "people", Y, "people possibly affected by ags since 2010 (upper estimate)"),
 ("f-decade", F, "more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("f-450r", F, "reached 450,000", "450,000", "count", 450000, 450000, "people", N, "repeat"),
 ("f-halfr", F, "up to \"half a million\"", "half a million", "count", 500000, 500000, "people", N, "repeat of claim"),
 ("f-1511", F, "The largest number, 1,511", "1,511", "count", 1511, 1511, "cases", Y, "suffolk county suspected cases 2017-2022"),
 ("f-char", F, "at 12,273 and", "12,273", "rate", 12273, 12273, "per 1M PPY", Y, "charlotte county rate"),
 ("f-muhl", F, "6,170 suspected cases per million person-years", "6,170 suspected cases per million person-years", "rate", 6170, 6170, "per 1M PPY", Y, "muhlenberg county rate"),
 ("f-2022", F, "carried out online in 2022", "2022", "date", 2022, 2022, "year", Y, "survey fieldwork date"),
 ("f-1500", F, "included 1,500 health care", "1,500", "count", 1500, 1500, "respondents", Y, "clinicians surveyed"),
 ("f-1000", F, "1,000 primary care physicians", "1,000", "count", 1000, 1000, "respondents", Y, "primary care physicians surveyed (subgroup)"),
 ("f-250p", F, "250 pediatricians", "250", "count", 250, 250, "respondents", Y, "pediatricians surveyed (subgroup)"),
 ("f-250n", F, "and 250 nurse practitioners", "250", "count", 250, 250, "respondents", Y, "np/pa surveyed (subgroup)"),
 ("f-42", F, "Forty-two percent had never", "Forty-two percent", "percent", 42, 42, "%", Y, "clinicians never heard of ags"),
 ("f-2in5", F, "closer to two in five", "two in five", "percent", 40, 40, "%", N, "commentary"),
 ("f-1in3b", F, "five than one in three", "one in three", "percent", ONE3, ONE3, "%", N, "post claim repeat"),
 ("f-35", F, "Another 35% said", "35%", "percent", 35, 35, "%", Y, "clinicians not too confident"),
 ("f-5", F, "just 5% described", "5%", "percent", 5, 5, "%", Y, "clinicians very confident"),
 ("f-23", F, "Two-thirds said guidelines", "Two-thirds", "percent", TWO3, TWO3, "%", Y, "clinicians saying guidelines useful"),
 ("f-2020", F, "Administration in 2020 approved", "2020", "date", 2020, 2020, "year", Y, "fda galsafe approval"),
 ("f-r450", F, "estimated that as many as 450,000 people may", "450,000", "count", 450000, 450000, "people", N, "ruling repeat"),
 ("f-r2010", F, "alpha-gal syndrome since 2010 and", "2010", "date", 2010, 2010, "year", N, "qualifier"),
 ("f-r110", F, "identified more than 110,000", "110,000", "count", 110000, 110000, "cases", N, "ruling repeat"),
 ("f-rhalf", F, "did not say half a million Americans are currently", "half a million", "count", 500000, 500000, "people", N, "ruling repeat of claim"),
 ("f-r42", F, "found 42% of clinicians", "42%", "percent", 42, 42, "%", N, "ruling repeat"),
 ("f-r1in3", F, "not one in three. We rate", "one in three", "percent", ONE3, ONE3, "%", N, "post claim repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 suspected cases 2010-2022: ~90,000 (2017-2022 positives) given for 2010-2022
 ("b-90k", "w-110k", S), ("b-90k", "e-110", S), ("b-90k", "f-110", S),
 # S2 upper estimate of people affected: 540,000 (transposed) vs 450,000
 ("p-540", "w-450", S), ("p-540", "e-96450", S), ("p-540", "f-450q", S),
 # S3 overall positivity: men's 42% reported as overall vs 30.5%
 ("e-42pos", "w-305", S), ("e-42pos", "a-305", S), ("e-42pos", "l-305", S),
 # S4 year of the 18,885 annual count: "last year" (2022) vs 2021
 ("l-lastyr", "w-y21", S), ("l-lastyr", "a-y21", S),
 # S5 clinicians surveyed: 1,000 (PCP subgroup as total) vs 1,500
 ("e-1000", "w-1500", S), ("e-1000", "p-1500", S), ("e-1000", "l-1500", S), ("e-1000", "f-1500", S),
 # S6 survey fieldwork year: "last spring" (2023) vs 2022
 ("w-spring", "p-mm22", S), ("w-spring", "f-2022", S),
 # S7 share saying guidelines useful: one in three vs two-thirds
 ("p-1in3", "w-23", S), ("p-1in3", "f-23", S),
 # S8 study length: five-year vs six-year (2017-2022)
 ("l-5yr", "a-6yr", S), ("l-5yr", "f-6yr", S),
 # S9 Suffolk County count: Bedford's 1,511 swapped in
 ("f-1511", "w-3746", S), ("f-1511", "l-3746", S), ("f-1511", "a-3746", S),
 # S10 positivity threshold in the CDC analysis: 0.35 vs 0.1 kU/L
 ("b-035", "a-01", S), ("b-035", "e-01", S),
 # S11 GalSafe approval year: 2021 vs 2020
 ("b-gal21", "e-dec20", S), ("b-gal21", "f-2020", S),
 # S12 persons tested: tests (357,119) counted as people vs 295,400
 ("f-357", "w-295", S), ("f-357", "a-N", S),
 # S13 county board vote: 5-2 vs 6-1
 ("b-v5", "l-v6", S), ("b-v2", "l-v1", S),
 # S14 spending on signs: package total given as signs budget
 ("b-245", "l-185", S),
 # S15 positivity 2010-2018 rounded the wrong way
 ("p-33", "a-324", S),
 # S16 Muhlenberg County rate: 6,170 (transposed) vs 6,107
 ("f-muhl", "l-muhl", S), ("f-muhl", "a-muhl", S),
 # S17 new suspected cases per year: 18,000 (2021 annual count) vs ~15,000
 ("l-18000", "w-15k", S), ("l-18000", "e-15k", S),
 # S18 period of the earlier analysis: 2010-2019 vs 2010-2018
 ("a-1019", "w-1018", S), ("a-1019", "p-1018", S),
 # S19 adult epinephrine auto-injector dose: 0.5 mg vs 0.3 mg
 ("e-05mg", "b-03", S), ("e-05mg", "l-03mg", S),
 # Qualified
 ("p-6x", "e-7x", Q),
 ("b-36h", "w-26h", Q), ("b-36h", "e-26", Q),
 ("l-1500", "f-1000", Q),
 ("b-035", "p-01cut", Q),
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
        rows.append({"type": "claim", "id": f"ag-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ag-{a}", f"ag-{b}"
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
