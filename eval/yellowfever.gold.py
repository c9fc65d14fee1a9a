#!/usr/bin/env python3
"""Build yellowfever.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "yellowfever")
OUT = os.path.join(HERE, "yellowfever.gold.jsonl")
T = "yellowfever"

W, P, A, E, B, L, F = ("yf01_wire.txt", "yf02_press.txt", "yf03_abstract.txt",
                       "yf04_explainer.txt", "yf05_blog.txt", "yf06_local.txt", "yf07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- yf01 wire (2025-04-17)
 ("w-dl", W, "BOGOTA, April 17", "April 17", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "late on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "colombia emergency declaration date"),
 ("w-74", W, "74 confirmed cases", "74", "count", 74, 74, "cases", Y, "colombia cases at declaration (since start 2024)"),
 ("w-34", W, "and 34 deaths since", "34", "count", 34, 34, "deaths", Y, "colombia deaths at declaration"),
 ("w-lastyr", W, "since the start of last year", "last year", "date", 2024, 2024, "year", N, "count period start"),
 ("w-46", W, "a fatality rate of about 46%", "46%", "percent", 46, 46, "%", Y, "colombia cfr at declaration"),
 ("w-two", W, "only two cases in 2023", "two", "count", 2, 2, "cases", Y, "colombia cases 2023"),
 ("w-2023", W, "two cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-1922", W, "between 2019 and 2022", "2019 and 2022", "date", 2019, 2022, "year", N, "qualifier years (no cases)"),
 ("w-late", W, "until late last year", "late last year", "date", 2024, 2024, "year", N, "tolima first detection (vague)"),
 ("w-80k", W, "more than 80,000 people", "80,000", "count", 80000, 80000, "people", Y, "people mobilized"),
 ("w-9mo", W, "from 9 months of age", "9 months", "age", 9, 9, "months", Y, "minimum vaccination age"),
 ("w-8k", W, "almost 8,000 people", "8,000", "count", 8000, 8000, "people", Y, "over-70s vaccinated"),
 ("w-70", W, "older than 70", "70", "age", 70, 70, "years", N, "age qualifier"),
 ("w-1929", W, "since 1929", "1929", "date", 1929, 1929, "year", Y, "last urban transmission colombia"),
 ("w-lastmo", W, "warned last month", "last month", "date", 2025, 2025, "year", Y, "paho alert date"),
 ("w-131", W, "confirmed 131 cases", "131", "count", 131, 131, "cases", Y, "americas 2025 cases to mar 22"),
 ("w-53", W, "and 53 deaths in the first", "53", "count", 53, 53, "deaths", Y, "americas 2025 deaths to mar 22"),
 ("w-12wk", W, "first twelve weeks of 2025", "twelve weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("w-2025", W, "twelve weeks of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("w-double", W, "more than double the 61", "double", "ratio", 2, 2, "x", N, "2025 ytd vs all 2024"),
 ("w-61", W, "the 61 cases reported", "61", "count", 61, 61, "cases", Y, "americas 2024 cases"),
 ("w-2024", W, "in the whole of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-81", W, "Brazil accounted for 81", "81", "count", 81, 81, "cases", Y, "brazil 2025 cases to mar 22"),
 ("w-31", W, "and 31 of the deaths", "31", "count", 31, 31, "deaths", Y, "brazil 2025 deaths to mar 22"),
 ("w-95", W, "at least 95% in at-risk", "95%", "percent", 95, 95, "%", Y, "coverage target"),
 ("w-15", W, "About 15% of people", "15%", "percent", 15, 15, "%", Y, "share entering toxic phase"),
 ("w-half", W, "roughly half of them die", "half", "percent", 50, 50, "%", Y, "toxic phase fatality"),
 ("w-single", W, "A single dose of vaccine", "single", "count", 1, 1, "doses", N, "doses for lifelong protection"),
 ("w-year", W, "production takes about a year", "about a year", "duration", 1, 1, "years", Y, "vaccine production time"),
 ("w-twocont", W, "on two continents", "two", "count", 2, 2, "continents", N, "aside"),
 ("w-afcases", W, "48,000 to 170,000 severe cases", "48,000 to 170,000", "count", 48000, 170000, "cases", Y, "who africa severe cases per year"),
 ("w-afdeaths", W, "29,000 to 60,000 deaths", "29,000 to 60,000", "count", 29000, 60000, "deaths", Y, "who africa deaths per year"),

 # ---- yf02 press (2025-06-11)
 ("p-h5", P, "Signs Five-Year Agreement", "Five-Year", "duration", 5, 5, "years", N, "headline repeat"),
 ("p-h40", P, "Up to 40 Million Doses", "40 Million", "count", 40000000, 40000000, "doses", N, "headline repeat"),
 ("p-sub1m", P, "deliver one million doses", "one million", "count", 1000000, 1000000, "doses", N, "subtitle repeat"),
 ("p-dl", P, "June 11, 2025", "June 11, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-5yr", P, "a five-year long-term", "five-year", "duration", 5, 5, "years", Y, "unicef agreement length"),
 ("p-40m", P, "supply up to 40 million doses", "40 million", "count", 40000000, 40000000, "doses", Y, "unicef agreement volume"),
 ("p-2630", P, "between 2026 and 2030", "2026 and 2030", "date", 2026, 2030, "year", Y, "agreement delivery period"),
 ("p-52m", P, "US$52 million", "US$52 million", "money", 52000000, 52000000, "USD", Y, "agreement total value"),
 ("p-1m", P, "will ship one million doses", "one million", "count", 1000000, 1000000, "doses", Y, "doses to icg stockpile"),
 ("p-end25", P, "before the end of 2025", "2025", "date", 2025, 2025, "year", N, "stockpile delivery deadline"),
 ("p-latemay", P, "By late May", "late May", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-212", P, "counted 212 confirmed", "212", "count", 212, 212, "cases", Y, "americas 2025 cases to late may"),
 ("p-89", P, "and 89 deaths in the region", "89", "count", 89, 89, "deaths", Y, "americas 2025 deaths to late may"),
 ("p-apr24", P, "emergency in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "colombia emergency declaration date"),
 ("p-oneshot", P, "preventable with one shot", "one", "count", 1, 1, "doses", N, "quote"),
 ("p-6m", P, "held at six million doses", "six million", "count", 6000000, 6000000, "doses", Y, "icg stockpile size"),
 ("p-since16", P, "doses since 2016", "2016", "date", 2016, 2016, "year", Y, "stockpile at 6 million since"),
 ("p-12mo", P, "roughly twelve months", "twelve months", "duration", 12, 12, "months", Y, "vaccine production time"),
 ("p-2001", P, "Since 2001 the stockpile", "2001", "date", 2001, 2001, "year", Y, "stockpile established"),
 ("p-99m", P, "about 99 million doses", "99 million", "count", 99000000, 99000000, "doses", Y, "doses shipped from stockpile"),
 ("p-20c", P, "to 20 countries", "20", "count", 20, 20, "countries", Y, "countries supplied from stockpile"),
 ("p-2016ob", P, "During the 2016 outbreaks", "2016", "date", 2016, 2016, "year", Y, "angola/drc outbreaks, kinshasa fractional campaign"),
 ("p-89pct", P, "found that 89% of recipients", "89%", "percent", 89, 89, "%", Y, "kinshasa fractional seropositive 1 month"),
 ("p-1mo", P, "one month later", "one month", "duration", 1, 1, "months", N, "timepoint"),
 ("p-afcases", P, "between 84,000 and 170,000 severe", "84,000 and 170,000", "count", 84000, 170000, "cases", Y, "who africa severe cases per year"),
 ("p-afdeaths", P, "up to 60,000 deaths", "60,000", "count", 60000, 60000, "deaths", Y, "who africa deaths per year (upper)"),
 ("p-90", P, "more than 90% of the world", "90%", "percent", 90, 90, "%", Y, "share of cases in africa"),
 ("p-12m", P, "to 12 million doses", "12 million", "count", 12000000, 12000000, "doses", Y, "planned filling capacity"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", Y, "capacity target date"),
 ("p-5m", P, "from about 5 million today", "5 million", "count", 5000000, 5000000, "doses", Y, "current filling capacity"),
 ("p-2011", P, "founded in 2011", "2011", "date", 2011, 2011, "year", N, "about section"),
 ("p-600", P, "employs about 600 people", "600", "count", 600, 600, "employees", N, "about section"),

 # ---- yf03 abstract (2025-07-14)
 ("a-pub", A, "Published online 14 July 2025", "14 July 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "January 2024 to May 2025: spread", "January 2024 to May 2025", "date", 2024, 2025, "year", N, "title period"),
 ("a-130k", A, "estimated 130,000 (95% CI", "130,000", "count", 130000, 130000, "cases", Y, "garske africa severe cases 2013"),
 ("a-130ci", A, "51,000–380,000) severe", "51,000–380,000", "count", 51000, 380000, "cases", Y, "ci"),
 ("a-78k", A, "cases and 78,000 (95% CI", "78,000", "count", 78000, 78000, "deaths", Y, "garske africa deaths 2013"),
 ("a-78ci", A, "19,000–180,000) deaths", "19,000–180,000", "count", 19000, 180000, "deaths", Y, "ci"),
 ("a-2013", A, "deaths in Africa in 2013", "2013", "date", 2013, 2013, "year", N, "estimate year"),
 ("a-re2024", A, "reactivated in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-in2025", A, "and in 2025 cases appeared", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-ew1", A, "(EW) 1 of 2024", "1", "week", 1, 1, "week", N, "epi week"),
 ("a-ew1y", A, "(EW) 1 of 2024", "2024", "date", 2024, 2024, "year", N, "period"),
 ("a-ew20", A, "EW 20 of 2025, using", "20", "week", 20, 20, "week", N, "epi week"),
 ("a-ew20y", A, "EW 20 of 2025, using", "2025", "date", 2025, 2025, "year", N, "period"),
 ("a-23may", A, "risk assessment of 23 May 2025", "23 May 2025", "date", 2025, 2025, "year", N, "source date"),
 ("a-m2025", A, "the 2025 and 2024 CFRs", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-m2024", A, "the 2025 and 2024 CFRs", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-season", A, "The 2025 season is", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-282", A, "N = 282", "282", "count", 282, 282, "cases", Y, "pooled cases 2024-may 2025"),
 ("a-119", A, "and 119 deaths were included", "119", "count", 119, 119, "deaths", Y, "pooled deaths"),
 ("a-422", A, "pooled CFR 42.2%", "42.2%", "percent", 42.2, 42.2, "%", Y, "pooled cfr"),
 ("a-422ci", A, "42.2%, 95% CI 36.6–48.0", "36.6–48.0", "percent", 36.6, 48.0, "%", Y, "ci"),
 ("a-y2024", A, "In 2024, 61 cases", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-61", A, "In 2024, 61 cases", "61", "count", 61, 61, "cases", Y, "americas 2024 cases"),
 ("a-30", A, "61 cases and 30 deaths", "30", "count", 30, 30, "deaths", Y, "americas 2024 deaths"),
 ("a-492", A, "CFR 49.2%", "49.2%", "percent", 49.2, 49.2, "%", Y, "americas 2024 cfr"),
 ("a-492ci", A, "49.2%, 95% CI 37.1–61.4", "37.1–61.4", "percent", 37.1, 61.4, "%", Y, "ci"),
 ("a-col23", A, "Colombia contributed 23 cases", "23", "count", 23, 23, "cases", Y, "colombia 2024 cases"),
 ("a-col13", A, "23 cases (13 deaths)", "13", "count", 13, 13, "deaths", Y, "colombia 2024 deaths"),
 ("a-in25", A, "In 2025 up to EW 20", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-ew20b", A, "up to EW 20", "20", "week", 20, 20, "week", N, "epi week"),
 ("a-221", A, "221 cases and 89 deaths", "221", "count", 221, 221, "cases", Y, "americas 2025 cases to late may"),
 ("a-89", A, "221 cases and 89 deaths", "89", "count", 89, 89, "deaths", Y, "americas 2025 deaths to late may"),
 ("a-403", A, "CFR 40.3%", "40.3%", "percent", 40.3, 40.3, "%", Y, "americas 2025 cfr to late may"),
 ("a-403ci", A, "40.3%, 95% CI 34.0–46.9", "34.0–46.9", "percent", 34.0, 46.9, "%", Y, "ci"),
 ("a-8x", A, "more than eight times", "eight times", "ratio", 8, 8, "x", Y, "2025 vs same weeks 2024"),
 ("a-sameweeks", A, "same weeks of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-by2025", A, "By country, 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-br110", A, "Brazil n=110", "110", "count", 110, 110, "cases", Y, "brazil 2025 cases to late may"),
 ("a-br44", A, "(44 deaths", "44", "count", 44, 44, "deaths", Y, "brazil 2025 deaths"),
 ("a-br40", A, "CFR 40.0%", "40.0%", "percent", 40.0, 40.0, "%", Y, "brazil cfr"),
 ("a-brci", A, "31.3–49.3", "31.3–49.3", "percent", 31.3, 49.3, "%", Y, "ci"),
 ("a-co64", A, "Colombia n=64", "64", "count", 64, 64, "cases", Y, "colombia 2025 cases to late may"),
 ("a-co26", A, "(26 deaths", "26", "count", 26, 26, "deaths", Y, "colombia 2025 deaths"),
 ("a-co406", A, "40.6%", "40.6%", "percent", 40.6, 40.6, "%", Y, "colombia cfr"),
 ("a-coci", A, "29.5–52.9", "29.5–52.9", "percent", 29.5, 52.9, "%", Y, "ci"),
 ("a-pe38", A, "Peru n=38", "38", "count", 38, 38, "cases", Y, "peru 2025 cases"),
 ("a-pe13", A, "(13 deaths; 34.2%", "13", "count", 13, 13, "deaths", Y, "peru 2025 deaths"),
 ("a-pe342", A, "34.2%", "34.2%", "percent", 34.2, 34.2, "%", Y, "peru cfr"),
 ("a-peci", A, "21.2–50.1", "21.2–50.1", "percent", 21.2, 50.1, "%", Y, "ci"),
 ("a-ec6", A, "Ecuador n=6", "6", "count", 6, 6, "cases", Y, "ecuador 2025 cases"),
 ("a-ec5", A, "(5 deaths)", "5", "count", 5, 5, "deaths", Y, "ecuador 2025 deaths"),
 ("a-bo3", A, "Bolivia n=3", "3", "count", 3, 3, "cases", Y, "bolivia 2025 cases"),
 ("a-bo1", A, "(1 death)", "1", "count", 1, 1, "deaths", Y, "bolivia 2025 deaths"),
 ("a-2025m24", A, "difference, 2025 minus 2024", "2025 minus 2024", "date", 2024, 2025, "year", N, "definition"),
 ("a-diff", A, "was −8.9 percentage points", "−8.9 percentage points", "percent", -8.9, -8.9, "pp", Y, "cfr difference 2025-2024"),
 ("a-diffci", A, "(95% CI −23.0 to 5.2", "−23.0 to 5.2", "percent", -23.0, 5.2, "pp", Y, "ci"),
 ("a-p", A, "P=0.21", "0.21", "pvalue", 0.21, 0.21, "p", N, "p-value"),
 ("a-vax1", A, "only 1 of the first 81", "1", "count", 1, 1, "cases", Y, "brazil vaccinated cases"),
 ("a-81", A, "only 1 of the first 81", "81", "count", 81, 81, "cases", N, "brazil early cases (repeat)"),
 ("a-of2025", A, "confirmed cases of 2025 had", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-age918", A, "aged 9–18 months", "9–18 months", "age", 9, 18, "months", N, "definitional"),
 ("a-57100", A, "from 57% to 100%", "57% to 100%", "percent", 57, 100, "%", Y, "pre-pandemic child coverage range"),
 ("a-10of", A, "and 10 of 12 endemic", "10", "count", 10, 10, "countries", Y, "countries below target"),
 ("a-12", A, "10 of 12 endemic", "12", "count", 12, 12, "countries", Y, "endemic countries"),
 ("a-95", A, "below the 95% target", "95%", "percent", 95, 95, "%", Y, "coverage target"),
 ("a-1618", A, "since the 2016–2018 Brazilian", "2016–2018", "date", 2016, 2018, "year", N, "other event"),
 ("a-2in5", A, "near two in five", "two in five", "percent", 40, 40, "%", N, "summary"),

 # ---- yf04 explainer (2025-06-20)
 ("e-upd", E, "Updated June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-incub", E, "begin three to six days", "three to six days", "duration", 3, 6, "days", Y, "incubation"),
 ("e-recov", E, "within three or four days", "three or four days", "duration", 3, 4, "days", Y, "recovery time"),
 ("e-15", E, "about 15% enter", "15%", "percent", 15, 15, "%", Y, "share entering toxic phase"),
 ("e-half", E, "Roughly half of those", "half", "percent", 50, 50, "%", Y, "toxic phase fatality"),
 ("e-710", E, "die within 7 to 10 days", "7 to 10 days", "duration", 7, 10, "days", Y, "time to death"),
 ("e-latemay", E, "risk assessment in late May", "late May", "date", 2025, 2025, "year", N, "as-of"),
 ("e-8x", E, "more than eightfold", "eightfold", "ratio", 8, 8, "x", Y, "2025 vs same period 2024"),
 ("e-2024", E, "same period of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-49", E, "rate at about 49%", "49%", "percent", 49, 49, "%", Y, "americas 2025 cfr to late may"),
 ("e-apr", E, "health emergency in April", "April", "date", 2025, 2025, "year", Y, "colombia emergency declaration date"),
 ("e-75", E, "counted 75 cases", "75", "count", 75, 75, "cases", Y, "colombia cases at declaration (since sep 2024)"),
 ("e-34", E, "75 cases, 34 of them fatal", "34", "count", 34, 34, "deaths", Y, "colombia deaths at declaration"),
 ("e-sep24", E, "since September 2024", "September 2024", "date", 2024, 2024, "year", N, "count period start"),
 ("e-453", E, "rate of 45.3%", "45.3%", "percent", 45.3, 45.3, "%", Y, "colombia cfr at declaration"),
 ("e-9mo", E, "Anyone aged 9 months", "9 months", "age", 9, 9, "months", Y, "minimum vaccination age"),
 ("e-60", E, "People over 60", "60", "age", 60, 60, "years", N, "definitional"),
 ("e-80100", E, "in 80 to 100% of people", "80 to 100%", "percent", 80, 100, "%", Y, "protected within 10 days"),
 ("e-10d", E, "people within 10 days", "10 days", "duration", 10, 10, "days", N, "timepoint"),
 ("e-99", E, "in 99% within", "99%", "percent", 99, 99, "%", Y, "protected within 30 days"),
 ("e-30d", E, "99% within 30 days", "30 days", "duration", 30, 30, "days", N, "timepoint"),
 ("e-onedose", E, "One dose protects for life", "One", "count", 1, 1, "doses", N, "doses for life"),
 ("e-jul16", E, "since July 2016", "July 2016", "date", 2016, 2016, "year", Y, "lifelong certificate validity effective"),
 ("e-4mfr", E, "Only four manufacturers", "four", "count", 4, 4, "manufacturers", Y, "prequalified manufacturers"),
 ("e-year", E, "takes about a year", "about a year", "duration", 1, 1, "years", Y, "vaccine production time"),
 ("e-6m", E, "stockpile of 6 million doses", "6 million", "count", 6000000, 6000000, "doses", Y, "icg stockpile size"),
 ("e-2003", E, "maintained since 2003", "2003", "date", 2003, 2003, "year", Y, "stockpile at 6 million since"),
 ("e-fifth", E, "one-fifth of the standard dose", "one-fifth", "percent", 20, 20, "%", Y, "fractional dose share"),
 ("e-01ml", E, "or 0.1 mL", "0.1 mL", "volume", 0.1, 0.1, "mL", Y, "fractional dose volume"),
 ("e-2016", E, "Kinshasa in 2016", "2016", "date", 2016, 2016, "year", Y, "kinshasa fractional campaign"),
 ("e-76m", E, "offered to 7.6 million people", "7.6 million", "count", 7600000, 7600000, "people", Y, "kinshasa fractional recipients (offered)"),
 ("e-age2", E, "aged two and over", "two", "age", 2, 2, "years", N, "fractional age cutoff"),
 ("e-98", E, "study, 98% of 716", "98%", "percent", 98, 98, "%", Y, "kinshasa fractional seropositive 1 month"),
 ("e-716", E, "98% of 716", "716", "count", 716, 716, "participants", Y, "kinshasa study participants"),
 ("e-705", E, "(705 people)", "705", "count", 705, 705, "participants", Y, "kinshasa seropositive count"),
 ("e-1mo", E, "after one month", "one month", "duration", 1, 1, "months", N, "timepoint"),
 ("e-90", E, "About 90% of cases", "90%", "percent", 90, 90, "%", Y, "share of cases in africa"),
 ("e-afcases", E, "84,000–170,000 severe", "84,000–170,000", "count", 84000, 170000, "cases", Y, "who africa severe cases per year"),
 ("e-afdeaths", E, "29,000–60,000 deaths", "29,000–60,000", "count", 29000, 60000, "deaths", Y, "who africa deaths per year"),
 ("e-month", E, "at least a month before", "a month", "duration", 1, 1, "months", N, "advice"),
 ("e-cert10", E, "valid 10 days after", "10 days", "duration", 10, 10, "days", Y, "certificate valid after"),

 # ---- yf05 blog (2025-08-05)
 ("b-pub", B, "August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-apr", B, "health emergency in April", "April", "date", 2025, 2025, "year", Y, "colombia emergency declaration date"),
 ("b-74", B, "counted 74 confirmed", "74", "count", 74, 74, "cases", Y, "colombia cases at declaration (since start 2024)"),
 ("b-43", B, "and 43 deaths", "43", "count", 43, 43, "deaths", Y, "colombia deaths at declaration"),
 ("b-start24", B, "since the start of 2024", "2024", "date", 2024, 2024, "year", N, "count period start"),
 ("b-jul23", B, "As of July 23", "July 23", "date", 2025, 2025, "year", N, "as-of"),
 ("b-103", B, "confirmed 103 cases", "103", "count", 103, 103, "cases", Y, "colombia 2025 cases to jul 23"),
 ("b-37", B, "37 of them fatal", "37", "count", 37, 37, "deaths", Y, "colombia 2025 deaths to jul 23"),
 ("b-36", B, "fatality rate of 36%", "36%", "percent", 36, 36, "%", Y, "colombia 2025 cfr to jul 23"),
 ("b-nov23", B, "outbreak in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "tolima outbreak declaration date"),
 ("b-728k", B, "more than 728,000 doses", "728,000", "count", 728000, 728000, "doses", Y, "tolima doses given"),
 ("b-57", B, "about 57% coverage", "57%", "percent", 57, 57, "%", Y, "tolima coverage"),
 ("b-95", B, "short of the 95%", "95%", "percent", 95, 95, "%", Y, "coverage target"),
 ("b-latemay", B, "By late May", "late May", "date", 2025, 2025, "year", N, "as-of"),
 ("b-221", B, "stood at 221 cases", "221", "count", 221, 221, "cases", Y, "americas 2025 cases to late may"),
 ("b-89", B, "with 89 deaths", "89", "count", 89, 89, "deaths", Y, "americas 2025 deaths to late may"),
 ("b-40", B, "roughly a 40% fatality", "40%", "percent", 40, 40, "%", Y, "americas 2025 cfr to late may"),
 ("b-y2024", B, "Compare that with 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-38", B, "confirmed 38 cases", "38", "count", 38, 38, "cases", Y, "americas 2024 cases"),
 ("b-19", B, "and 19 deaths in the entire year", "19", "count", 19, 19, "deaths", Y, "americas 2024 deaths"),
 ("b-latemar", B, "late-March alert", "late-March", "date", 2025, 2025, "year", N, "paho alert date"),
 ("b-131", B, "counted 131 cases", "131", "count", 131, 131, "cases", Y, "americas 2025 cases to mar 22"),
 ("b-53", B, "and 53 deaths, had", "53", "count", 53, 53, "deaths", Y, "americas 2025 deaths to mar 22"),
 ("b-81", B, "reporting 81 cases", "81", "count", 81, 81, "cases", Y, "brazil 2025 cases to mar 22"),
 ("b-13", B, "81 cases and 13 deaths", "13", "count", 13, 13, "deaths", Y, "brazil 2025 deaths to mar 22"),
 ("b-cap", B, "Jan 2024 to May 2025", "Jan 2024 to May 2025", "date", 2024, 2025, "year", N, "caption"),
 ("b-4m", B, "reserve of four million doses", "four million", "count", 4000000, 4000000, "doses", Y, "icg stockpile size"),
 ("b-twocont", B, "outbreaks on two continents", "two", "count", 2, 2, "continents", N, "aside"),
 ("b-2016", B, "In 2016, when Angola", "2016", "date", 2016, 2016, "year", Y, "kinshasa fractional campaign"),
 ("b-fifth", B, "a fifth of the usual amount", "a fifth", "percent", 20, 20, "%", Y, "fractional dose share"),
 ("b-02ml", B, "0.2 mL", "0.2 mL", "volume", 0.2, 0.2, "mL", Y, "fractional dose volume"),
 ("b-june", B, "In June, Vaxandes", "June", "date", 2025, 2025, "year", Y, "supply deal announcement"),
 ("b-3yr", B, "a three-year deal", "three-year", "duration", 3, 3, "years", Y, "unicef agreement length"),
 ("b-52m", B, "worth up to $52 million", "$52 million", "money", 52000000, 52000000, "USD", Y, "agreement total value"),
 ("b-40m", B, "as many as 40 million doses", "40 million", "count", 40000000, 40000000, "doses", Y, "unicef agreement volume"),
 ("b-130", B, "about $1.30 a dose", "$1.30", "money", 1.3, 1.3, "USD", Y, "implied price per dose"),
 ("b-onedose", B, "One dose is enough for life", "One", "count", 1, 1, "doses", N, "doses for life"),
 ("b-since16", B, "valid for life since 2016", "2016", "date", 2016, 2016, "year", Y, "lifelong certificate validity effective"),
 ("b-10d", B, "at least 10 days before", "10 days", "duration", 10, 10, "days", Y, "certificate valid after"),
 ("b-60", B, "If you are over 60", "60", "age", 60, 60, "years", N, "definitional"),

 # ---- yf06 local (2025-02-24), hard-wrapped
 ("l-pub", L, "Monday, February 24, 2025", "February 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h41", L, "count climbs to 41", "41", "count", 41, 41, "cases", N, "headline repeat"),
 ("l-41", L, "Tolima has confirmed 41 cases", "41", "count", 41, 41, "cases", Y, "tolima 2025 cases to feb"),
 ("l-fri", L, "said on Friday", "Friday", "date", 2025, 2025, "year", N, "as-of"),
 ("l-47", L, "counts 47 confirmed", "47", "count", 47, 47, "cases", Y, "colombia 2025 cases to feb (ministry)"),
 ("l-20", L, "cases and 20 deaths in 2025", "20", "count", 20, 20, "deaths", Y, "colombia 2025 deaths to feb (ministry)"),
 ("l-in25", L, "20 deaths in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-23", L, "on top of 23 cases", "23", "count", 23, 23, "cases", Y, "colombia 2024 cases"),
 ("l-13", L, "and 13 deaths in 2024", "13", "count", 13, 13, "deaths", Y, "colombia 2024 deaths"),
 ("l-in24", L, "13 deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-70", L, "total of 70 cases", "70", "count", 70, 70, "cases", Y, "colombia cumulative cases to feb"),
 ("l-33", L, "70 cases and 33 deaths", "33", "count", 33, 33, "deaths", Y, "colombia cumulative deaths to feb"),
 ("l-47pct", L, "case-fatality rate of 47%", "47%", "percent", 47, 47, "%", Y, "colombia cfr to feb"),
 ("l-age", L, "age from 11 to 89 years", "11 to 89 years", "age", 11, 89, "years", Y, "patient ages"),
 ("l-lastyr", L, "Before last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-oct", L, "first case in October", "October", "date", 2024, 2024, "year", Y, "tolima first case"),
 ("l-2000", L, "monitoring yellow fever in 2000", "2000", "date", 2000, 2000, "year", Y, "surveillance start"),
 ("l-alt", L, "between 300 and 800 metres", "300 and 800 metres", "altitude", 300, 800, "m", Y, "altitude of affected municipalities"),
 ("l-nov7", L, "outbreak on Nov. 7 last year", "Nov. 7 last year", "date", 2024, 2024, "year", Y, "tolima outbreak declaration date"),
 ("l-8", L, "after eight cases were confirmed", "eight", "count", 8, 8, "cases", Y, "tolima cases at declaration"),
 ("l-dec", L, "by the end of December", "end of December", "date", 2024, 2024, "year", N, "as-of"),
 ("l-12", L, "tally had reached 12", "12", "count", 12, 12, "cases", Y, "tolima cases end 2024"),
 ("l-5mk", L, "in five howler monkeys", "five", "count", 5, 5, "monkeys", Y, "non-human primate cases"),
 ("l-54k", L, "says 54,269 doses", "54,269", "count", 54269, 54269, "doses", Y, "doses in priority municipalities 2025"),
 ("l-jan1", L, "since January 1", "January 1", "date", 2025, 2025, "year", N, "period start"),
 ("l-3k", L, "more than 3,000 vaccination", "3,000", "count", 3000, 3000, "sites", Y, "vaccination points"),
 ("l-59", L, "aged up to 59", "59", "age", 59, 59, "years", N, "old age limit"),
 ("l-jan", L, "but since January it has", "January", "date", 2025, 2025, "year", Y, "over-60 extension start"),
 ("l-60", L, "adults over 60", "60", "age", 60, 60, "years", N, "definitional"),
 ("l-9mo", L, "from nine months", "nine months", "age", 9, 9, "months", Y, "minimum vaccination age"),
 ("l-95", L, "coverage of 95% in every", "95%", "percent", 95, 95, "%", Y, "coverage target"),
 ("l-6m", L, "six-million-dose global", "six-million-dose", "count", 6000000, 6000000, "doses", Y, "icg stockpile size"),
 ("l-61", L, "counted 61 confirmed human cases", "61", "count", 61, 61, "cases", Y, "americas 2024 cases"),
 ("l-30", L, "cases and 30 deaths across", "30", "count", 30, 30, "deaths", Y, "americas 2024 deaths"),
 ("l-lastyr2", L, "the Americas last year, in Bolivia", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-4wk", L, "In the first four weeks", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("l-17", L, "confirmed 17 cases", "17", "count", 17, 17, "cases", Y, "americas 2025 cases first 4 weeks"),
 ("l-8col", L, "eight of them in Colombia", "eight", "count", 8, 8, "cases", Y, "colombia cases first 4 weeks"),
 ("l-200k", L, "some 200,000 cases", "200,000", "count", 200000, 200000, "cases", Y, "who global cases per year (old)"),
 ("l-30k", L, "30,000 deaths a year", "30,000", "count", 30000, 30000, "deaths", Y, "who global deaths per year (old)"),
 ("l-sat", L, "Villarrica on Saturday", "Saturday", "date", 2025, 2025, "year", N, "scene"),
 ("l-34", L, "Lozada, 34, rolled", "34", "age", 34, 34, "years", N, "interviewee age"),

 # ---- yf07 fact-check (2025-04-25)
 ("f-h10", F, "need a 10-year booster", "10-year", "duration", 10, 10, "years", N, "post claim (headline)"),
 ("f-pub", F, "VerificaYa · April 25, 2025", "April 25, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-300", F, "buried more than 300", "300", "count", 300, 300, "deaths", N, "post claim"),
 ("f-10y", F, "wears off after 10 years", "10 years", "duration", 10, 10, "years", N, "post claim"),
 ("f-2015", F, "vaccinated before 2015", "2015", "date", 2015, 2015, "year", N, "post claim"),
 ("f-hhund", F, "has not killed hundreds", "hundreds", "count", None, None, "deaths", N, "vague (headline)"),
 ("f-vdoz", F, "show dozens of deaths", "dozens", "count", None, None, "deaths", N, "vague"),
 ("f-vhund", F, "deaths, not hundreds", "hundreds", "count", None, None, "deaths", N, "vague"),
 ("f-vsingle", F, "and a single dose of yellow", "single", "count", 1, 1, "doses", N, "doses for life"),
 ("f-doz2", F, "remains in the dozens", "dozens", "count", None, None, "deaths", N, "vague"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", N, "virality"),
 ("f-apr16", F, "emergency on April 16", "April 16", "date", 2025, 2025, "year", Y, "colombia emergency declaration date"),
 ("f-74", F, "reported 74 confirmed", "74", "count", 74, 74, "cases", Y, "colombia cases at declaration (since start 2024)"),
 ("f-34", F, "and 34 deaths since", "34", "count", 34, 34, "deaths", Y, "colombia deaths at declaration"),
 ("f-b2024", F, "since the beginning of 2024", "2024", "date", 2024, 2024, "year", N, "count period start"),
 ("f-459", F, "rate of 45.9%", "45.9%", "percent", 45.9, 45.9, "%", Y, "colombia cfr at declaration"),
 ("f-three", F, "had three confirmed cases", "three", "count", 3, 3, "cases", Y, "colombia cases 2023"),
 ("f-2023", F, "cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-mar26", F, "alert of March 26", "March 26", "date", 2025, 2025, "year", Y, "paho alert date"),
 ("f-131", F, "listed 131 confirmed", "131", "count", 131, 131, "cases", Y, "americas 2025 cases to mar 22"),
 ("f-53", F, "cases and 53 deaths", "53", "count", 53, 53, "deaths", Y, "americas 2025 deaths to mar 22"),
 ("f-40", F, "about 40% of them", "40%", "percent", 40, 40, "%", Y, "americas 2025 cfr to mar 22"),
 ("f-81", F, "Brazil reported 81 cases", "81", "count", 81, 81, "cases", Y, "brazil 2025 cases to mar 22"),
 ("f-31d", F, "81 cases and 31 deaths", "31", "count", 31, 31, "deaths", Y, "brazil 2025 deaths to mar 22"),
 ("f-col31", F, "Colombia 31 cases", "31", "count", 31, 31, "cases", Y, "colombia 2025 cases to mar 22 (paho)"),
 ("f-col13", F, "31 cases and 13 deaths", "13", "count", 13, 13, "deaths", Y, "colombia 2025 deaths to mar 22 (paho)"),
 ("f-8k", F, "mobilized 8,000 health workers", "8,000", "count", 8000, 8000, "people", Y, "people mobilized"),
 ("f-nov24", F, "outbreak in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "tolima outbreak declaration date"),
 ("f-10rule", F, "The 10-year booster rule", "10-year", "duration", 10, 10, "years", N, "obsolete rule"),
 ("f-2013", F, "In 2013 WHO", "2013", "date", 2013, 2013, "year", Y, "sage single-dose conclusion"),
 ("f-onedose", F, "concluded that one dose", "one", "count", 1, 1, "doses", N, "doses for life"),
 ("f-jul17", F, "effect in July 2017", "July 2017", "date", 2017, 2017, "year", Y, "lifelong certificate validity effective"),
 ("f-fifth", F, "dose, one-fifth of the standard", "one-fifth", "percent", 20, 20, "%", Y, "fractional dose share"),
 ("f-01ml", F, "(0.1 mL)", "0.1 mL", "volume", 0.1, 0.1, "mL", Y, "fractional dose volume"),
 ("f-75m", F, "about 7.5 million people", "7.5 million", "count", 7500000, 7500000, "people", Y, "kinshasa fractional recipients (given)"),
 ("f-2016", F, "Kinshasa in 2016", "2016", "date", 2016, 2016, "year", Y, "kinshasa fractional campaign"),
 ("f-98", F, "and 98 percent of those", "98 percent", "percent", 98, 98, "%", Y, "kinshasa fractional seropositive 1 month"),
 ("f-1mo", F, "a month later", "a month", "duration", 1, 1, "months", N, "timepoint"),
 ("f-60", F, "only works 60% of the time", "60%", "percent", 60, 60, "%", N, "post claim"),
 ("f-99", F, "protects 99% of people", "99%", "percent", 99, 99, "%", Y, "protected within 30 days"),
 ("f-30d", F, "within 30 days", "30 days", "duration", 30, 30, "days", N, "timepoint"),
 ("f-300b", F, "that more than 300 people", "300", "count", 300, 300, "deaths", N, "post claim (ruling)"),
 ("f-34b", F, "declaration was 34", "34", "count", 34, 34, "deaths", Y, "colombia deaths at declaration (ruling)"),
 ("f-10yb", F, "that a 10-year booster", "10-year", "duration", 10, 10, "years", N, "post claim (ruling)"),
 ("f-decade", F, "more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
]

S, Q = "strict", "qualified"
X = [
 # S1 emergency declaration year
 ("p-apr24", "w-wed", S), ("p-apr24", "f-apr16", S), ("p-apr24", "e-apr", S), ("p-apr24", "b-apr", S),
 # S2 deaths at declaration 43 vs 34
 ("b-43", "w-34", S), ("b-43", "f-34", S), ("b-43", "f-34b", S),
 # S3 Brazil deaths to Mar 22
 ("b-13", "w-31", S), ("b-13", "f-31d", S),
 # S4 Americas 2025 cases to late May
 ("p-212", "a-221", S), ("p-212", "b-221", S),
 # S5 Americas 2025 CFR to late May
 ("e-49", "a-403", S), ("e-49", "b-40", S),
 # S6 Americas 2024 cases
 ("b-38", "a-61", S), ("b-38", "l-61", S), ("b-38", "w-61", S),
 # S7 Americas 2024 deaths
 ("b-19", "a-30", S), ("b-19", "l-30", S),
 # S8 Colombia 2023 cases
 ("w-two", "f-three", S),
 # S9 ICG stockpile size
 ("b-4m", "p-6m", S), ("b-4m", "e-6m", S), ("b-4m", "l-6m", S),
 # S10 fractional dose volume
 ("b-02ml", "e-01ml", S), ("b-02ml", "f-01ml", S),
 # S11 Kinshasa seropositivity
 ("p-89pct", "e-98", S), ("p-89pct", "f-98", S),
 # S12 WHO Africa severe cases range
 ("w-afcases", "e-afcases", S), ("w-afcases", "p-afcases", S),
 # S13 lifelong certificate effective
 ("f-jul17", "e-jul16", S), ("f-jul17", "b-since16", S),
 # S14 Tolima outbreak declaration year
 ("b-nov23", "l-nov7", S), ("b-nov23", "f-nov24", S),
 # S15 UNICEF agreement length
 ("b-3yr", "p-5yr", S),
 # S16 people mobilized
 ("f-8k", "w-80k", S),
 # Qualified
 ("e-75", "w-74", Q), ("e-75", "f-74", Q), ("e-75", "b-74", Q),
 ("e-34", "b-43", Q),
 ("e-453", "f-459", Q), ("e-453", "w-46", Q),
 ("p-since16", "e-2003", Q),
 ("e-76m", "f-75m", Q),
 ("a-78k", "e-afdeaths", Q), ("a-78k", "w-afdeaths", Q), ("a-78k", "p-afdeaths", Q),
 ("l-47", "f-col31", Q), ("l-20", "f-col13", Q),
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
        rows.append({"type": "claim", "id": f"yf-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"yf-{a}", f"yf-{b}"
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
