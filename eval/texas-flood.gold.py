#!/usr/bin/env python3
"""Build texas-flood.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "texas-flood")
OUT = os.path.join(HERE, "texas-flood.gold.jsonl")
T = "hf"

W, P, A, E, B, L, F = ("HF01_wire.txt", "HF02_press.txt", "HF03_abstract.txt",
                       "HF04_explainer.txt", "HF05_blog.txt", "HF06_local.txt", "HF07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- HF01 wire (2025-07-08, Tuesday)
 ("w-h161", W, "swells to 161", "161", "count", 161, 161, "people", N, "headline repeat"),
 ("w-dl", W, "Texas, July 8 (Lone Star", "July 8", "date", 2025, 2025, "year", N, "dateline"),
 ("w-161", W, "looking for 161 people", "161", "count", 161, 161, "people", Y, "kerr county missing, peak (jul 8)"),
 ("w-tue", W, "Abbott said on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of date (jul 8)"),
 ("w-fri", W, "from Friday's pre-dawn", "Friday", "date", 2025, 2025, "year", Y, "flood date (jul 4)"),
 ("w-109", W, "the 109 deaths confirmed", "109", "count", 109, 109, "deaths", Y, "statewide deaths as of jul 8"),
 ("w-travis", W, "at least seven people died", "seven", "count", 7, 7, "deaths", Y, "travis county deaths jul 8"),
 ("w-kendall", W, "six in Kendall", "six", "count", 6, 6, "deaths", Y, "kendall county deaths jul 8"),
 ("w-burnet", W, "three in Burnet", "three", "count", 3, 3, "deaths", Y, "burnet county deaths jul 8"),
 ("w-wmson", W, "two in Williamson", "two", "count", 2, 2, "deaths", Y, "williamson county deaths jul 8"),
 ("w-tomgreen", W, "one in Tom Green", "one", "count", 1, 1, "deaths", Y, "tom green county deaths jul 8"),
 ("w-12miss", W, "Twelve more people", "Twelve", "count", 12, 12, "people", Y, "missing outside kerr jul 8"),
 ("w-century", W, "nearly a century", "a century", "duration", 100, 100, "years", N, "camp age (aside)"),
 ("w-750", W, "About 750 girls", "750", "count", 750, 750, "campers", Y, "girls at camp mystic"),
 ("w-27camp", W, "deaths of 27 campers", "27", "count", 27, 27, "campers", Y, "camp mystic campers killed (excl. counselors)"),
 ("w-74", W, "Eastland, 74,", "74", "age", 74, 74, "years", Y, "director's age"),
 ("w-5miss", W, "Five campers and a counselor", "Five", "count", 5, 5, "campers", Y, "camp mystic campers missing jul 8"),
 ("w-tue2", W, "still missing on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-26ft", W, "climbed 26 feet", "26 feet", "length", 26, 26, "ft", Y, "hunt rise (patrick)"),
 ("w-45min", W, "in just 45 minutes", "45 minutes", "duration", 45, 45, "minutes", Y, "hunt rise duration (patrick)"),
 ("w-2945", W, "read 29.45 feet", "29.45 feet", "length", 29.45, 29.45, "ft", Y, "hunt nws gauge last reading before failure"),
 ("w-430", W, "shortly before 4:30 a.m.", "4:30 a.m.", "time", 4.5, 4.5, "h", N, "clock time"),
 ("w-118", W, "at 1:18 p.m. on Thursday", "1:18 p.m.", "time", 13.3, 13.3, "h", N, "flood watch clock time"),
 ("w-thu", W, "1:18 p.m. on Thursday", "Thursday", "date", 2025, 2025, "year", N, "flood watch date (jul 3)"),
 ("w-13in", W, "forecasting 1 to 3 inches", "1 to 3 inches", "length", 1, 3, "in", Y, "flood watch rain forecast"),
 ("w-57in", W, "isolated totals of 5 to 7 inches", "5 to 7 inches", "length", 5, 7, "in", Y, "flood watch isolated max forecast"),
 ("w-10in", W, "more than 10 inches fell", "10 inches", "length", 10, 10, "in", Y, "rain over central kerr county"),
 ("w-114", W, "went out at 1:14 a.m.", "1:14 a.m.", "time", 1.233, 1.233, "h", N, "warning clock time"),
 ("w-fri2", W, "1:14 a.m. on Friday", "Friday", "date", 2025, 2025, "year", N, "warning date (jul 4)"),
 ("w-403", W, "County at 4:03 a.m.", "4:03 a.m.", "time", 4.05, 4.05, "h", N, "emergency clock time"),
 ("w-lastwk", W, "Kelly said last week", "last week", "date", 2025, 2025, "year", N, "as-of"),
 ("w-sun", W, "Kerr County on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "disaster declaration date (jul 6)"),
 ("w-fri3", W, "visit the area on Friday", "Friday", "date", 2025, 2025, "year", N, "planned presidential visit"),
 ("w-sun2", W, "By Sunday afternoon", "Sunday", "date", 2025, 2025, "year", N, "as-of (jul 6)"),
 ("w-68", W, "toll at 68", "68", "count", 68, 68, "deaths", Y, "kerr deaths jul 6"),
 ("w-28ch", W, "including 28 children", "28", "count", 28, 28, "deaths", Y, "kerr child deaths jul 6"),
 ("w-850", W, "More than 850 people", "850", "count", 850, 850, "people", Y, "people rescued"),
 ("w-400", W, "more than 400 responders", "400", "count", 400, 400, "responders", Y, "responders jul 6"),
 ("w-20ag", W, "over 20 agencies", "20", "count", 20, 20, "agencies", Y, "agencies jul 6"),
 ("w-harvey", W, "the 68 deaths attributed", "68", "count", 68, 68, "deaths", Y, "harvey direct deaths texas"),
 ("w-2017", W, "Harvey in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("w-1921", W, "since 1921", "1921", "date", 1921, 1921, "year", Y, "deadlier texas flood year"),
 ("w-215", W, "killed 215 people", "215", "count", 215, 215, "deaths", Y, "1921 flood deaths"),
 ("w-latemo", W, "begins later this month", "later this month", "date", 2025, 2025, "year", Y, "special session start (jul 21)"),

 # ---- HF02 press release (2025-10-14)
 ("p-h42", P, "covers 42 outdoor sirens", "42", "count", 42, 42, "sirens", N, "subtitle repeat"),
 ("p-h60", P, "and 60 river and rain gauges", "60", "count", 60, 60, "gauges", N, "subtitle repeat"),
 ("p-dl", P, "Oct. 14, 2025", "Oct. 14, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-118m", P, "valued at $11.8 million", "$11.8 million", "money", 11800000, 11800000, "USD", Y, "contract value"),
 ("p-jul4a", P, "program created after the July 4 flood", "July 4", "date", 2025, 2025, "year", N, "flood date reference"),
 ("p-jul4b", P, "The July 4 flood killed", "July 4", "date", 2025, 2025, "year", Y, "flood date"),
 ("p-137", P, "killed at least 137 people", "137", "count", 137, 137, "deaths", Y, "statewide deaths (final)"),
 ("p-108", P, "108 of them in Kerr County", "108", "count", 108, 108, "deaths", Y, "kerr deaths (final)"),
 ("p-36", P, "including 36 children", "36", "count", 36, 36, "deaths", Y, "kerr child deaths (final)"),
 ("p-lastmo", P, "which ended last month", "last month", "date", 2025, 2025, "year", Y, "second special session end (sep 2025)"),
 ("p-50m", P, "appropriates $50 million", "$50 million", "money", 50000000, 50000000, "USD", Y, "sb5 sirens/gauges"),
 ("p-200m", P, "alongside $200 million", "$200 million", "money", 200000000, 200000000, "USD", Y, "sb5 fema match"),
 ("p-75pct", P, "the state's 75% share", "75%", "percent", 75, 75, "%", Y, "non-federal (state) share of fema-reimbursed costs"),
 ("p-28m", P, "and $28 million for better", "$28 million", "money", 28000000, 28000000, "USD", Y, "sb5 forecasting"),
 ("p-3yr", P, "over a three-year period", "three-year", "duration", 3, 3, "years", Y, "sb5 appropriation period"),
 ("p-135v", P, "passed the House 135-1", "135", "vote", 135, 135, "votes", Y, "hb1 house vote yes"),
 ("p-1v", P, "-1, requires", "1", "vote", 1, 1, "votes", Y, "hb1 house vote no"),
 ("p-16", P, "adding 16 full-time positions", "16", "count", 16, 16, "positions", Y, "dshs new positions"),
 ("p-sep5", P, "bills on September 5", "September 5", "date", 2025, 2025, "year", Y, "bill signing date"),
 ("p-q26", P, "rise 26 feet in 45 minutes", "26 feet", "length", 26, 26, "ft", N, "quote (hypothetical 'can rise')"),
 ("p-q45", P, "26 feet in 45 minutes", "45 minutes", "duration", 45, 45, "minutes", N, "quote"),
 ("p-q1am", P, "at one in the morning", "one in the morning", "time", 1, 1, "h", N, "quote"),
 ("p-42", P, "install 42 sirens", "42", "count", 42, 42, "sirens", Y, "sirens in contract"),
 ("p-60", P, "60 radar stage sensors", "60", "count", 60, 60, "gauges", Y, "gauges in contract"),
 ("p-30s", P, "within 30 seconds", "30 seconds", "duration", 30, 30, "seconds", Y, "relay latency"),
 ("p-12", P, "The first 12 sirens", "12", "count", 12, 12, "sirens", Y, "first phase sirens"),
 ("p-may26", P, "by May 1, 2026", "May 1, 2026", "date", 2026, 2026, "year", Y, "first phase target"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", Y, "full network target"),
 ("p-2siren", P, "two-siren system", "two", "count", 2, 2, "sirens", Y, "comfort sirens"),
 ("p-140k", P, "about $140,000", "$140,000", "money", 140000, 140000, "USD", Y, "comfort sirens cost (total)"),
 ("p-jul4c", P, "morning of July 4", "July 4", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-75hm", P, "typically cover 75% of eligible", "75%", "percent", 75, 75, "%", Y, "fema hmgp federal share"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-300", P, "more than 300 cities", "300", "count", 300, 300, "customers", N, "about section"),
 ("p-14st", P, "in 14 states", "14", "count", 14, 14, "states", N, "about section"),
 ("p-210", P, "about 210 people", "210", "count", 210, 210, "employees", N, "about section"),
 ("p-aug25", P, "formed in August 2025", "August 2025", "date", 2025, 2025, "year", N, "about section"),
 ("p-jul4d", P, "investments after the July 4 flood", "July 4", "date", 2025, 2025, "year", N, "about section"),

 # ---- HF03 abstract (2025-11-20)
 ("a-t", A, "in the 4 July 2025 Guadalupe", "4 July 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-pub", A, "Published online 20 November 2025", "20 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-date", A, "Overnight on 3–4 July 2025", "3–4 July 2025", "date", 2025, 2025, "year", Y, "flood date"),
 ("a-137", A, "killed at least 137 people", "137", "count", 137, 137, "deaths", Y, "statewide deaths (final)"),
 ("a-century", A, "in the state in a century", "a century", "duration", 100, 100, "years", N, "aside"),
 ("a-cut", A, "issued through 22 August 2025", "22 August 2025", "date", 2025, 2025, "year", N, "data cut"),
 ("a-18", A, "younger than 18 years", "18 years", "age", 18, 18, "years", N, "definition"),
 ("a-n2", A, "recovered (n=2)", "2", "count", 2, 2, "people", Y, "missing, not recovered (excluded)"),
 ("a-N", A, "N = 135", "135", "count", 135, 135, "deaths", Y, "recovered decedents statewide"),
 ("a-n108", A, "n=108 (80.0%", "108", "count", 108, 108, "deaths", Y, "kerr deaths (final)"),
 ("a-80", A, "(80.0%, 95% CI", "80.0%", "percent", 80.0, 80.0, "%", Y, "kerr share of deaths"),
 ("a-80ci", A, "72.5–85.9", "72.5–85.9", "percent", 72.5, 85.9, "%", Y, "ci"),
 ("a-37", A, "37 were children", "37", "count", 37, 37, "deaths", Y, "kerr child deaths (final)"),
 ("a-343", A, "(34.3%, 95% CI", "34.3%", "percent", 34.3, 34.3, "%", Y, "kerr child share"),
 ("a-343ci", A, "26.0–43.6", "26.0–43.6", "percent", 26.0, 43.6, "%", Y, "ci"),
 ("a-71", A, "71 were adults", "71", "count", 71, 71, "deaths", Y, "kerr adult deaths (final)"),
 ("a-28", A, "accounted for 28 deaths", "28", "count", 28, 28, "deaths", Y, "camp mystic deaths incl. director"),
 ("a-25c", A, "(25 campers, 2 counselors", "25", "count", 25, 25, "campers", Y, "camp mystic campers killed"),
 ("a-2c", A, "2 counselors and the camp director", "2", "count", 2, 2, "counselors", Y, "camp mystic counselors killed"),
 ("a-25of", A, "25 of its 28 decedents", "25", "count", 25, 25, "deaths", N, "repeat"),
 ("a-28of", A, "of its 28 decedents", "28", "count", 28, 28, "deaths", N, "repeat"),
 ("a-893", A, "children (89.3%", "89.3%", "percent", 89.3, 89.3, "%", Y, "child share of camp mystic deaths"),
 ("a-893ci", A, "72.8–96.3", "72.8–96.3", "percent", 72.8, 96.3, "%", Y, "ci"),
 ("a-12", A, "with 12 of 80", "12", "count", 12, 12, "deaths", Y, "child deaths elsewhere in kerr"),
 ("a-80d", A, "12 of 80 decedents", "80", "count", 80, 80, "deaths", Y, "kerr deaths outside camp mystic"),
 ("a-15", A, "county (15.0%", "15.0%", "percent", 15.0, 15.0, "%", Y, "child share elsewhere"),
 ("a-15ci", A, "8.8–24.4", "8.8–24.4", "percent", 8.8, 24.4, "%", Y, "ci"),
 ("a-diff", A, "difference −74.3 percentage points", "−74.3 percentage points", "percent", -74.3, -74.3, "pp", Y, "difference in child share"),
 ("a-diffci", A, "(95% CI −83.6 to −55.3)", "−83.6 to −55.3", "percent", -83.6, -55.3, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-25of37", A, "25 of the 37 child deaths", "25", "count", 25, 25, "deaths", N, "repeat"),
 ("a-37of", A, "of the 37 child deaths", "37", "count", 37, 37, "deaths", N, "repeat"),
 ("a-676", A, "(67.6%)", "67.6%", "percent", 67.6, 67.6, "%", Y, "campers' share of kerr child deaths"),
 ("a-1318", A, "issued at 13:18 on 3 July", "13:18", "time", 13.3, 13.3, "h", N, "flood watch clock time"),
 ("a-3jul", A, "13:18 on 3 July", "3 July", "date", 2025, 2025, "year", N, "flood watch date"),
 ("a-13in", A, "forecast 1–3 inches", "1–3 inches", "length", 1, 3, "in", Y, "flood watch rain forecast"),
 ("a-1012", A, "10–12 inches fell", "10–12 inches", "length", 10, 12, "in", Y, "rain over central kerr county"),
 ("a-0114", A, "issued at 01:14 on 4 July", "01:14", "time", 1.233, 1.233, "h", N, "warning clock time"),
 ("a-4jul", A, "01:14 on 4 July", "4 July", "date", 2025, 2025, "year", N, "warning date"),
 ("a-106", A, "106 minutes before", "106 minutes", "duration", 106, 106, "minutes", Y, "warning lead to minor flood stage"),
 ("a-10ft", A, "(10 ft at 03:00)", "10 ft", "length", 10, 10, "ft", Y, "hunt minor flood stage"),
 ("a-0300", A, "10 ft at 03:00", "03:00", "time", 3, 3, "h", N, "clock time"),
 ("a-0403", A, "emergency at 04:03", "04:03", "time", 4.05, 4.05, "h", N, "emergency clock time"),
 ("a-22ft", A, "(22 ft)", "22 ft", "length", 22, 22, "ft", Y, "hunt major flood stage"),
 ("a-7min", A, "by 7 minutes", "7 minutes", "duration", 7, 7, "minutes", Y, "emergency lead to major stage"),
 ("a-27ft", A, "rose about 27 ft", "27 ft", "length", 27, 27, "ft", Y, "hunt rise"),
 ("a-45min", A, "within 45 minutes", "45 minutes", "duration", 45, 45, "minutes", Y, "hunt rise duration"),
 ("a-3752", A, "preliminary 37.52 ft", "37.52 ft", "length", 37.52, 37.52, "ft", Y, "hunt crest (usgs preliminary)"),
 ("a-0510", A, "ft at 05:10", "05:10", "time", 5.167, 5.167, "h", N, "crest clock time"),
 ("a-366", A, "record of 36.6 ft", "36.6 ft", "length", 36.6, 36.6, "ft", Y, "previous hunt record"),
 ("a-1933", A, "set in 1933", "1933", "date", 1933, 1933, "year", Y, "previous hunt record year"),
 ("a-4in5", A, "Four in five deaths", "Four in five", "percent", 80, 80, "%", N, "summary"),
 ("a-onecty", A, "occurred in one county", "one", "count", 1, 1, "counties", N, "summary"),
 ("a-single", A, "a single riverside camp", "single", "count", 1, 1, "camps", N, "summary"),
 ("a-23", A, "made up two-thirds", "two-thirds", "percent", 66.7, 66.7, "%", N, "summary"),
 ("a-2h", A, "less than two hours", "two hours", "duration", 2, 2, "hours", N, "summary"),
 ("a-240m", A, "set aside $240 million", "$240 million", "money", 240000000, 240000000, "USD", Y, "sb5 fema match"),
 ("a-25pct", A, "the 25% non-federal share", "25%", "percent", 25, 25, "%", Y, "non-federal share of fema-reimbursed costs"),
 ("a-24m", A, "and $24 million for", "$24 million", "money", 24000000, 24000000, "USD", Y, "sb5 forecasting"),

 # ---- HF04 explainer (2025-08-05)
 ("e-1mo", E, "what we know one month later", "one month", "duration", 1, 1, "months", N, "title"),
 ("e-sub", E, "questions about the July 4 flood", "July 4", "date", 2025, 2025, "year", N, "subtitle"),
 ("e-upd", E, "Updated August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-date", E, "Friday, July 4", "Friday, July 4", "date", 2025, 2025, "year", Y, "flood date"),
 ("e-1012", E, "dropped 10 to 12 inches", "10 to 12 inches", "length", 10, 12, "in", Y, "rain over kerr county"),
 ("e-13in", E, "as much as 13 inches", "13 inches", "length", 13, 13, "in", Y, "radar max rain"),
 ("e-100bg", E, "more than 100 billion gallons", "100 billion gallons", "volume", 100e9, 100e9, "gal", Y, "rain volume on kerr county"),
 ("e-26ft", E, "Hunt rose 26 feet in 45 minutes", "26 feet", "length", 26, 26, "ft", Y, "hunt rise (patrick)"),
 ("e-45min", E, "26 feet in 45 minutes", "45 minutes", "duration", 45, 45, "minutes", Y, "hunt rise duration"),
 ("e-3429", E, "crested at 34.29 feet", "34.29 feet", "length", 34.29, 34.29, "ft", Y, "hunt crest"),
 ("e-20ft", E, "more than 20 feet in a single hour", "20 feet", "length", 20, 20, "ft", Y, "kerrville rise in one hour"),
 ("e-1hr", E, "in a single hour", "a single hour", "duration", 1, 1, "hours", Y, "kerrville rise duration"),
 ("e-135", E, "At least 135 people", "135", "count", 135, 135, "deaths", Y, "statewide deaths (as of early aug)"),
 ("e-108", E, "accounts for 108 of them", "108", "count", 108, 108, "deaths", Y, "kerr deaths (final)"),
 ("e-71", E, "71 adults", "71", "count", 71, 71, "deaths", Y, "kerr adult deaths"),
 ("e-37", E, "and 37 children", "37", "count", 37, 37, "deaths", Y, "kerr child deaths (final)"),
 ("e-27", E, "27 campers and counselors", "27", "count", 27, 27, "deaths", Y, "camp mystic campers+counselors killed"),
 ("e-700", E, "about 700 girls", "700", "count", 700, 700, "campers", Y, "girls at camp mystic"),
 ("e-jul8", E, "on July 8, the missing", "July 8", "date", 2025, 2025, "year", N, "as-of"),
 ("e-161", E, "reached 161 names", "161", "count", 161, 161, "people", Y, "kerr county missing, peak (jul 8)"),
 ("e-jul14", E, "By July 14 it", "July 14", "date", 2025, 2025, "year", N, "as-of"),
 ("e-97", E, "down to 97", "97", "count", 97, 97, "people", Y, "kerr county missing jul 14"),
 ("e-jul19", E, "on July 19 county", "July 19", "date", 2025, 2025, "year", N, "as-of"),
 ("e-3", E, "only three people", "three", "count", 3, 3, "people", Y, "kerr county missing jul 19"),
 ("e-2", E, "Two people, including", "Two", "count", 2, 2, "people", Y, "still missing (aug)"),
 ("e-8yo", E, "an 8-year-old", "8-year-old", "age", 8, 8, "years", N, "aside"),
 ("e-118", E, "at 1:18 p.m. on July 3", "1:18 p.m.", "time", 13.3, 13.3, "h", N, "clock time"),
 ("e-jul3", E, "1:18 p.m. on July 3", "July 3", "date", 2025, 2025, "year", N, "flood watch date"),
 ("e-24in", E, "called for 2 to 4 inches", "2 to 4 inches", "length", 2, 4, "in", Y, "flood watch rain forecast"),
 ("e-114", E, "at 1:14 a.m. on July 4", "1:14 a.m.", "time", 1.233, 1.233, "h", N, "clock time"),
 ("e-jul4w", E, "1:14 a.m. on July 4", "July 4", "date", 2025, 2025, "year", N, "warning date"),
 ("e-403", E, "emergency at 4:03 a.m.", "4:03 a.m.", "time", 4.05, 4.05, "h", N, "clock time"),
 ("e-2017", E, "In 2017 the county applied", "2017", "date", 2017, 2017, "year", Y, "kerr fema grant application year"),
 ("e-731", E, "a $731,413 FEMA grant", "$731,413", "money", 731413, 731413, "USD", Y, "kerr fema grant requested"),
 ("e-976", E, "toward a $976,000 upgrade", "$976,000", "money", 976000, 976000, "USD", Y, "kerr warning project cost"),
 ("e-2018", E, "a second try in 2018", "2018", "date", 2018, 2018, "year", Y, "second application year"),
 ("e-2022", E, "In 2022 the county received", "2022", "date", 2022, 2022, "year", Y, "kerr arpa allocation year"),
 ("e-102m", E, "received $10.2 million", "$10.2 million", "money", 10200000, 10200000, "USD", Y, "kerr arpa allocation"),
 ("e-1987", E, "In July 1987", "July 1987", "date", 1987, 1987, "year", Y, "comfort camp bus flood year"),
 ("e-10teen", E, "and 10 teenagers died", "10", "count", 10, 10, "deaths", Y, "1987 flood deaths"),
 ("e-jul6", E, "Kerr County on July 6", "July 6", "date", 2025, 2025, "year", Y, "disaster declaration date"),
 ("e-10cty", E, "extended to 10 counties", "10", "count", 10, 10, "counties", Y, "individual assistance counties"),
 ("e-15cty", E, "public assistance to 15", "15", "count", 15, 15, "counties", Y, "public assistance counties"),
 ("e-jul28", E, "As of July 28", "July 28", "date", 2025, 2025, "year", N, "as-of"),
 ("e-432", E, "approved 432 Kerr County households", "432", "count", 432, 432, "households", Y, "fema ihp households approved kerr"),
 ("e-sep4", E, "deadline to apply is September 4", "September 4", "date", 2025, 2025, "year", Y, "fema application deadline"),
 ("e-75", E, "at least 75% of eligible costs", "75%", "percent", 75, 75, "%", Y, "fema federal share (public assistance)"),
 ("e-jul21", E, "opened on July 21", "July 21", "date", 2025, 2025, "year", Y, "first special session start"),
 ("e-2wk", E, "within two weeks", "two weeks", "duration", 2, 2, "weeks", N, "aside"),
 ("e-aug3", E, "on August 3 over", "August 3", "date", 2025, 2025, "year", Y, "house democrats quorum break"),

 # ---- HF05 blog (2025-07-11)
 ("b-tjul4", B, "meteorology of the July 4 flood", "July 4", "date", 2025, 2025, "year", N, "title"),
 ("b-pub", B, "July 11, 2025", "July 11, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-cap", B, "in Kerrville on July 6", "July 6", "date", 2025, 2025, "year", N, "image caption"),
 ("b-wk", B, "A week ago tonight", "A week ago tonight", "date", 2025, 2025, "year", Y, "flood date (jul 3-4)"),
 ("b-2storms", B, "Two storms far from Texas", "Two", "count", 2, 2, "storms", N, "aside"),
 ("b-june", B, "at the end of June", "the end of June", "date", 2025, 2025, "year", N, "barry landfall"),
 ("b-thu", B, "on Thursday night", "Thursday", "date", 2025, 2025, "year", N, "timepoint"),
 ("b-rate", B, "reached 3 to 4 inches an hour", "3 to 4 inches an hour", "rate", 3, 4, "in/h", Y, "rainfall rate"),
 ("b-7in", B, "picked up 7 inches", "7 inches", "length", 7, 7, "in", Y, "max 3-hour rain"),
 ("b-3h", B, "in three hours", "three hours", "duration", 3, 3, "hours", Y, "max rain window"),
 ("b-1012", B, "10 to 12 inches had fallen", "10 to 12 inches", "length", 10, 12, "in", Y, "rain over central kerr county"),
 ("b-120bg", B, "roughly 120 billion gallons", "120 billion gallons", "volume", 120e9, 120e9, "gal", Y, "rain volume on kerr county"),
 ("b-118", B, "at 1:18 p.m. Thursday", "1:18 p.m.", "time", 13.3, 13.3, "h", N, "clock time"),
 ("b-thu2", B, "1:18 p.m. Thursday", "Thursday", "date", 2025, 2025, "year", N, "flood watch date"),
 ("b-13in", B, "calling for 1 to 3 inches", "1 to 3 inches", "length", 1, 3, "in", Y, "flood watch rain forecast"),
 ("b-57in", B, "totals of 5 to 7 inches", "5 to 7 inches", "length", 5, 7, "in", Y, "flood watch isolated max"),
 ("b-114", B, "came at 1:14 a.m.", "1:14 a.m.", "time", 1.233, 1.233, "h", N, "clock time"),
 ("b-403", B, "emergency at 4:03 a.m.", "4:03 a.m.", "time", 4.05, 4.05, "h", N, "clock time"),
 ("b-chart", B, "Hunt and Kerrville, July 4.", "July 4", "date", 2025, 2025, "year", N, "chart caption"),
 ("b-3752", B, "Hunt is 37.52 feet", "37.52 feet", "length", 37.52, 37.52, "ft", Y, "hunt crest (usgs preliminary)"),
 ("b-3660", B, "record of 36.60 feet", "36.60 feet", "length", 36.6, 36.6, "ft", Y, "previous hunt record"),
 ("b-1932", B, "set on July 2, 1932", "July 2, 1932", "date", 1932, 1932, "year", Y, "previous hunt record year"),
 ("b-182", B, "from 1.82 feet", "1.82 feet", "length", 1.82, 1.82, "ft", Y, "kerrville stage before rise"),
 ("b-515", B, "at 5:15 a.m.", "5:15 a.m.", "time", 5.25, 5.25, "h", N, "clock time"),
 ("b-3429", B, "to 34.29 feet", "34.29 feet", "length", 34.29, 34.29, "ft", Y, "kerrville crest"),
 ("b-645", B, "at 6:45 a.m.", "6:45 a.m.", "time", 6.75, 6.75, "h", N, "clock time"),
 ("b-3247", B, "a rise of 32.47 feet", "32.47 feet", "length", 32.47, 32.47, "ft", Y, "kerrville rise"),
 ("b-15h", B, "in 1.5 hours", "1.5 hours", "duration", 1.5, 1.5, "hours", Y, "kerrville rise duration"),
 ("b-third", B, "the third-highest crest", "third", "rank", 3, 3, "rank", N, "rank"),
 ("b-1932b", B, "behind 1932 and 1987", "1932", "date", 1932, 1932, "year", N, "qualifier"),
 ("b-1987b", B, "1932 and 1987", "1987", "date", 1987, 1987, "year", N, "qualifier"),
 ("b-3476", B, "crested at 34.76 feet", "34.76 feet", "length", 34.76, 34.76, "ft", Y, "comfort crest"),
 ("b-fifth", B, "its fifth-highest", "fifth", "rank", 5, 5, "rank", N, "rank"),
 ("b-37ago", B, "was 37 years ago", "37 years ago", "date", 1988, 1988, "year", Y, "comfort camp bus flood year"),
 ("b-10teen", B, "and 10 teenagers drowned", "10", "count", 10, 10, "deaths", Y, "1987 flood deaths"),
 ("b-25c", B, "25 campers and three counselors", "25", "count", 25, 25, "campers", Y, "camp mystic campers killed"),
 ("b-3couns", B, "and three counselors died", "three", "count", 3, 3, "counselors", Y, "camp mystic counselors killed"),
 ("b-tue", B, "On Tuesday the governor", "Tuesday", "date", 2025, 2025, "year", N, "as-of (jul 8)"),
 ("b-116", B, "116 people were on the missing list", "116", "count", 116, 116, "people", Y, "kerr county missing, peak (jul 8)"),
 ("b-850", B, "more than 850 people", "850", "count", 850, 850, "people", Y, "people rescued"),
 ("b-fri", B, "since Friday", "Friday", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-2sir", B, "bought two sirens", "two", "count", 2, 2, "sirens", Y, "comfort sirens"),
 ("b-70k", B, "for $70,000 with help", "$70,000", "money", 70000, 70000, "USD", Y, "comfort sirens cost (total)"),
 ("b-2017", B, "applied in 2017", "2017", "date", 2017, 2017, "year", Y, "kerr fema grant application year"),
 ("b-976", B, "for a $976,000 FEMA grant", "$976,000", "money", 976000, 976000, "USD", Y, "kerr fema grant requested"),
 ("b-48k", B, "Join 48,000 Texans", "48,000", "count", 48000, 48000, "subscribers", N, "newsletter furniture"),

 # ---- HF06 local (2025-09-04), hard-wrapped
 ("l-dl", L, "Thursday, September 4, 2025", "Thursday, September 4, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-wed", L, "late Wednesday night", "Wednesday", "date", 2025, 2025, "year", Y, "second special session end (sep 3)"),
 ("l-jul4", L, "response to the July 4 flood", "July 4", "date", 2025, 2025, "year", N, "flood date reference"),
 ("l-108us", L, "killed 108 people across Texas", "108", "count", 108, 108, "deaths", Y, "statewide deaths (final)"),
 ("l-37", L, "where 37 children died", "37", "count", 37, 37, "deaths", Y, "kerr child deaths (final)"),
 ("l-100yr", L, "a 100-year floodplain", "100-year", "duration", 100, 100, "years", N, "definition"),
 ("l-31", L, "passed it 31-0", "31", "vote", 31, 31, "votes", Y, "sb1 senate vote yes"),
 ("l-0", L, "it 31-0 on", "0", "vote", 0, 0, "votes", Y, "sb1 senate vote no"),
 ("l-aug21", L, "on Aug. 21, a", "Aug. 21", "date", 2025, 2025, "year", Y, "sb1/hb1 passage date"),
 ("l-day", L, "a day after parents", "a day", "duration", 1, 1, "days", N, "aside"),
 ("l-2exc", L, "Two narrow exceptions", "Two", "count", 2, 2, "exceptions", N, "aside"),
 ("l-1000ft", L, "at least 1,000 feet", "1,000 feet", "length", 1000, 1000, "ft", Y, "coastal exception distance"),
 ("l-136", L, "passed the House 136-1", "136", "vote", 136, 136, "votes", Y, "hb1 house vote yes"),
 ("l-1", L, "-1 the same day", "1", "vote", 1, 1, "votes", Y, "hb1 house vote no"),
 ("l-12", L, "at least 12 kinds", "12", "count", 12, 12, "scenarios", Y, "emergency types in plans"),
 ("l-13", L, "about 13 new employees", "13", "count", 13, 13, "positions", Y, "dshs new positions"),
 ("l-200m", L, "sets aside $200 million", "$200 million", "money", 200000000, 200000000, "USD", Y, "sb5 fema match"),
 ("l-25pct", L, "the 25% non-federal match", "25%", "percent", 25, 25, "%", Y, "non-federal share of fema-reimbursed costs"),
 ("l-50m", L, "$50 million for sirens", "$50 million", "money", 50000000, 50000000, "USD", Y, "sb5 sirens/gauges"),
 ("l-28m", L, "$28 million for better", "$28 million", "money", 28000000, 28000000, "USD", Y, "sb5 forecasting"),
 ("l-2yr", L, "over a two-year period", "two-year", "duration", 2, 2, "years", Y, "sb5 appropriation period"),
 ("l-26", L, "final version 26-0", "26", "vote", 26, 26, "votes", Y, "sb5 conference report senate yes"),
 ("l-0b", L, "26-0 on Wednesday", "0", "vote", 0, 0, "votes", Y, "sb5 conference report senate no"),
 ("l-wed2", L, "26-0 on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "vote date"),
 ("l-30", L, "passed 30-0", "30", "vote", 30, 30, "votes", Y, "sb5 first senate vote yes"),
 ("l-0c", L, "-0 on Aug. 18", "0", "vote", 0, 0, "votes", Y, "sb5 first senate vote no"),
 ("l-aug18", L, "on Aug. 18", "Aug. 18", "date", 2025, 2025, "year", Y, "sb5 first senate vote date"),
 ("l-20m", L, "included $20 million", "$20 million", "money", 20000000, 20000000, "USD", Y, "swift-water training (dropped)"),
 ("l-lastmo", L, "House floor last month", "last month", "date", 2025, 2025, "year", N, "quote date"),
 ("l-2013", L, "a 2013 FEMA map", "2013", "date", 2013, 2013, "year", Y, "fema map revision year"),
 ("l-15", L, "took 15 Camp Mystic", "15", "count", 15, 15, "buildings", Y, "camp buildings removed from flood hazard area"),
 ("l-26ft", L, "rose 26 feet in an hour", "26 feet", "length", 26, 26, "ft", Y, "hunt rise"),
 ("l-90min", L, "in an hour and a half", "an hour and a half", "duration", 1.5, 1.5, "hours", Y, "hunt rise duration"),
 ("l-jul21", L, "opened July 21", "July 21", "date", 2025, 2025, "year", Y, "first special session start"),
 ("l-2wk", L, "stalled for two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "stall length"),
 ("l-aug3", L, "state Aug. 3", "Aug. 3", "date", 2025, 2025, "year", Y, "house democrats quorum break"),
 ("l-aug15", L, "ended Aug. 15", "Aug. 15", "date", 2025, 2025, "year", Y, "first session end / second start"),

 # ---- HF07 fact-check (2025-07-24)
 ("f-h10m", F, "get $10 million for a flood", "$10 million", "money", 10000000, 10000000, "USD", N, "headline"),
 ("f-dl", F, "July 24, 2025", "July 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c10m", F, "handed $10 million", "$10 million", "money", 10000000, 10000000, "USD", N, "attributed post claim"),
 ("f-c27", F, "why 27 girls died", "27", "count", 27, 27, "deaths", N, "attributed post claim"),
 ("f-c40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post shares"),
 ("f-abt10m", F, "receive about $10 million", "$10 million", "money", 10000000, 10000000, "USD", Y, "kerr arpa allocation (rounded)"),
 ("f-2021", F, "In 2021 the county", "2021", "date", 2021, 2021, "year", Y, "kerr arpa allocation year"),
 ("f-102m", F, "allocated $10.2 million", "$10.2 million", "money", 10200000, 10200000, "USD", Y, "kerr arpa allocation"),
 ("f-thatyr", F, "Congress passed that year", "that year", "date", 2021, 2021, "year", N, "anaphoric year"),
 ("f-2015", F, "gauges in 2015", "2015", "date", 2015, 2015, "year", Y, "warning discussions began"),
 ("f-2016", F, "a 2016 engineering study", "2016", "date", 2016, 2016, "year", Y, "engineering study year"),
 ("f-2017", F, "In 2017 the county applied", "2017", "date", 2017, 2017, "year", Y, "kerr fema grant application year"),
 ("f-731", F, "a $731,413 FEMA hazard", "$731,413", "money", 731413, 731413, "USD", Y, "kerr fema grant requested"),
 ("f-976", F, "toward a $976,000 project", "$976,000", "money", 976000, 976000, "USD", Y, "kerr warning project cost"),
 ("f-20g", F, "included 20 gauges", "20", "count", 20, 20, "gauges", Y, "gauges in project"),
 ("f-10hw", F, "and 10 high-water", "10", "count", 10, 10, "systems", Y, "detection systems in project"),
 ("f-2018", F, "resubmission in 2018", "2018", "date", 2018, 2018, "year", Y, "second application year"),
 ("f-5pct", F, "cover 5% of", "5%", "percent", 5, 5, "%", Y, "twdb share offered"),
 ("f-1m", F, "roughly $1 million cost", "$1 million", "money", 1000000, 1000000, "USD", Y, "warning system cost estimate"),
 ("f-75", F, "typically pay at least 75%", "75%", "percent", 75, 75, "%", Y, "fema federal share (mitigation grants)"),
 ("f-2017m", F, "At a 2017 meeting", "2017", "date", 2017, 2017, "year", N, "quote date"),
 ("f-2sir", F, "installed two sirens", "two", "count", 2, 2, "sirens", Y, "comfort sirens"),
 ("f-70k", F, "for $70,000 with help", "$70,000", "money", 70000, 70000, "USD", Y, "comfort sirens cost (total)"),
 ("f-jul4a", F, "saving lives on July 4", "July 4", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-1987", F, "In 1987, 10 teenagers", "1987", "date", 1987, 1987, "year", Y, "comfort camp bus flood year"),
 ("f-10teen", F, "1987, 10 teenagers", "10", "count", 10, 10, "deaths", Y, "1987 flood deaths"),
 ("f-118", F, "at 1:18 p.m. on July 3", "1:18 p.m.", "time", 13.3, 13.3, "h", N, "clock time"),
 ("f-jul3", F, "1:18 p.m. on July 3", "July 3", "date", 2025, 2025, "year", N, "flood watch date"),
 ("f-13in", F, "forecast 1 to 3 inches", "1 to 3 inches", "length", 1, 3, "in", Y, "flood watch rain forecast"),
 ("f-57in", F, "totals of 5 to 7 inches", "5 to 7 inches", "length", 5, 7, "in", Y, "flood watch isolated max"),
 ("f-114", F, "came at 1:14 a.m.", "1:14 a.m.", "time", 1.233, 1.233, "h", N, "clock time"),
 ("f-jul4w", F, "1:14 a.m. on July 4", "July 4", "date", 2025, 2025, "year", Y, "flood date (warning night)"),
 ("f-403", F, "emergency at 4:03 a.m.", "4:03 a.m.", "time", 4.05, 4.05, "h", N, "clock time"),
 ("f-22", F, "counted 22 warnings", "22", "count", 22, 22, "warnings", Y, "nws warnings sent that night (cbs)"),
 ("f-750", F, "About 750 girls", "750", "count", 750, 750, "campers", Y, "girls at camp mystic"),
 ("f-25c", F, "25 campers and two counselors", "25", "count", 25, 25, "campers", Y, "camp mystic campers killed"),
 ("f-2couns", F, "and two counselors died", "two", "count", 2, 2, "counselors", Y, "camp mystic counselors killed"),
 ("f-101", F, "looking for 101 people", "101", "count", 101, 101, "people", Y, "kerr county missing jul 14"),
 ("f-jul14", F, "as of July 14", "July 14", "date", 2025, 2025, "year", N, "as-of"),
 ("f-3", F, "cut to three", "three", "count", 3, 3, "people", Y, "kerr county missing jul 19"),
 ("f-sat", F, "three on Saturday", "Saturday", "date", 2025, 2025, "year", N, "as-of (jul 19)"),
 ("f-135", F, "At least 135 people", "135", "count", 135, 135, "deaths", Y, "statewide deaths (as of jul 24)"),
 ("f-102mb", F, "received $10.2 million in federal", "$10.2 million", "money", 10200000, 10200000, "USD", Y, "kerr arpa allocation (ruling)"),
 ("f-2021b", F, "relief money in 2021", "2021", "date", 2021, 2021, "year", Y, "kerr arpa allocation year (ruling)"),
 ("f-731b", F, "a $731,413 request", "$731,413", "money", 731413, 731413, "USD", Y, "kerr fema grant requested (ruling)"),
 ("f-jul4b", F, "outcome on July 4", "July 4", "date", 2025, 2025, "year", N, "qualifier"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Kerr missing peak (Jul 8): 116 transposed vs 161
 ("b-116", "w-161", S), ("b-116", "e-161", S),
 # S2 statewide final toll: Kerr's 108 reported as statewide
 ("l-108us", "p-137", S), ("l-108us", "a-137", S), ("l-108us", "e-135", S), ("l-108us", "f-135", S),
 # S3 Kerr child deaths final: interim 36 vs 37
 ("p-36", "e-37", S), ("p-36", "l-37", S), ("p-36", "a-37", S),
 # S4 HB 1 House vote
 ("p-135v", "l-136", S),
 # S5 Kerr FEMA grant requested: project cost as grant
 ("b-976", "f-731", S), ("b-976", "e-731", S), ("b-976", "f-731b", S),
 # S6 SB 5 FEMA match: House-version $240M vs enacted $200M
 ("a-240m", "l-200m", S), ("a-240m", "p-200m", S),
 # S7 previous Hunt record year
 ("a-1933", "b-1932", S),
 # S8 Comfort bus flood year: "37 years ago" (=1988) vs 1987
 ("b-37ago", "f-1987", S), ("b-37ago", "e-1987", S),
 # S9 SB 5 appropriation period
 ("p-3yr", "l-2yr", S),
 # S10 Kerr missing Jul 14: statewide 101 as Kerr vs 97
 ("f-101", "e-97", S),
 # S11 Hunt crest: Kerrville's 34.29 attributed to Hunt vs 37.52
 ("e-3429", "b-3752", S), ("e-3429", "a-3752", S),
 # S12 Camp Mystic counselors killed
 ("b-3couns", "a-2c", S), ("b-3couns", "f-2couns", S),
 # S13 ARPA allocation year
 ("e-2022", "f-2021", S), ("e-2022", "f-2021b", S),
 # S14 Comfort siren cost
 ("p-140k", "f-70k", S), ("p-140k", "b-70k", S),
 # S15 July 3 flood watch forecast (later watch's figure)
 ("e-24in", "w-13in", S), ("e-24in", "f-13in", S), ("e-24in", "b-13in", S), ("e-24in", "a-13in", S),
 # S16 non-federal share of FEMA-reimbursed costs
 ("p-75pct", "l-25pct", S), ("p-75pct", "a-25pct", S),
 # S17 Hunt rise duration: 90 minutes vs 45 minutes
 ("l-90min", "w-45min", S), ("l-90min", "e-45min", S), ("l-90min", "a-45min", S),
 # S18 Camp Mystic campers killed: 27 (counselors counted as campers) vs 25
 ("w-27camp", "a-25c", S), ("w-27camp", "b-25c", S), ("w-27camp", "f-25c", S),
 # Qualified
 ("w-2945", "b-3752", Q), ("w-2945", "a-3752", Q), ("w-2945", "e-3429", Q),
 ("a-27ft", "w-26ft", Q), ("a-27ft", "e-26ft", Q), ("a-27ft", "l-26ft", Q),
 ("e-700", "w-750", Q), ("e-700", "f-750", Q),
 ("e-100bg", "b-120bg", Q),
 ("a-24m", "l-28m", Q), ("a-24m", "p-28m", Q),
 ("l-13", "p-16", Q),
 ("e-135", "p-137", Q), ("e-135", "a-137", Q), ("f-135", "p-137", Q), ("f-135", "a-137", Q),
 ("l-108us", "a-N", Q), ("l-108us", "w-109", Q),
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
        rows.append({"type": "claim", "id": f"{T}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{T}-{a}", f"{T}-{b}"
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
