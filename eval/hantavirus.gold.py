#!/usr/bin/env python3
"""Build hantavirus.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "hantavirus")
OUT = os.path.join(HERE, "hantavirus.gold.jsonl")
T = "hantavirus"

W, P, A, E, B, L, F = ("HV01_wire.txt", "HV02_press.txt", "HV03_abstract.txt",
                       "HV04_explainer.txt", "HV05_blog.txt", "HV06_local.txt", "HV07_factcheck.txt")
Y = True; N = False
R19 = 1 / 9  # "1 part bleach to 9 parts water"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- HV01 wire (2025-03-08)
 ("w-hweek", W, "died about a week later", "about a week", "duration", 1, 1, "weeks", N, "headline: arakawa died before hackman"),
 ("w-dl", W, "N.M., March 8", "March 8", "date", 2025, 2025, "year", N, "dateline"),
 ("w-week", W, "roughly a week before her husband", "roughly a week", "duration", 1, 1, "weeks", N, "arakawa died before hackman"),
 ("w-fri", W, "investigator said on Friday", "Friday", "date", 2025, 2025, "year", Y, "cause-of-death announcement (2025-03-07)"),
 ("w-65", W, "Arakawa, 65,", "65", "age", 65, 65, "years", Y, "arakawa age"),
 ("w-feb12", W, "died around Feb. 12", "Feb. 12", "date", 2025, 2025, "year", Y, "arakawa death date"),
 ("w-95", W, "Hackman, 95,", "95", "age", 95, 95, "years", Y, "hackman age"),
 ("w-feb18", W, "died around Feb. 18", "Feb. 18", "date", 2025, 2025, "year", Y, "hackman death date"),
 ("w-feb26", W, "home on Feb. 26", "Feb. 26", "date", 2025, 2025, "year", Y, "bodies found"),
 ("w-2025", W, "hantavirus case of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("w-7-24", W, "seven confirmed cases in 2024", "seven", "count", 7, 7, "cases", Y, "nm cases 2024 (nmdoh)"),
 ("w-y24", W, "confirmed cases in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-7-23", W, "seven in 2023", "seven", "count", 7, 7, "cases", Y, "nm cases 2023 (nmdoh)"),
 ("w-y23", W, "seven in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-3-22", W, "three in 2022", "three", "count", 3, 3, "cases", Y, "nm cases 2022 (nmdoh)"),
 ("w-y22", W, "three in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-end24", W, "Through the end of 2024 the state", "2024", "date", 2024, 2024, "year", N, "as-of"),
 ("w-136", W, "identified 136 infections", "136", "count", 136, 136, "cases", Y, "nm cumulative infections through 2024"),
 ("w-50y", W, "over the past 50 years", "50 years", "duration", 50, 50, "years", N, "period"),
 ("w-5sf", W, "five of them in Santa Fe County", "five", "count", 5, 5, "cases", Y, "santa fe county cumulative cases"),
 ("w-42", W, "and 42% of those", "42%", "percent", 42, 42, "%", Y, "nm cumulative cfr"),
 ("w-3850", W, "between 38% and 50%", "38% and 50%", "percent", 38, 50, "%", Y, "southwest strain death rate (jarrell)"),
 ("w-incub8", W, "can appear one to eight weeks", "one to eight weeks", "duration", 1, 8, "weeks", Y, "incubation (jarrell)"),
 ("w-incub6", W, "within one to six weeks", "one to six weeks", "duration", 1, 6, "weeks", Y, "incubation (nmdoh fact sheet)"),
 ("w-wed", W, "property on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "risk assessment date"),
 ("w-8ob", W, "in eight outbuildings", "eight", "count", 8, 8, "buildings", Y, "outbuildings with rodent signs"),
 ("w-864", W, "has counted 864 cases", "864", "count", 864, 864, "cases", Y, "cdc cumulative cases through 2022"),
 ("w-1993s", W, "since surveillance began in 1993", "1993", "date", 1993, 1993, "year", Y, "us surveillance start"),
 ("w-end22", W, "through the end of 2022", "2022", "date", 2022, 2022, "year", N, "as-of"),
 ("w-1993o", W, "during the 1993 outbreak", "1993", "date", 1993, 1993, "year", Y, "four corners outbreak year"),
 ("w-27", W, "killed 27 of the 33", "27", "count", 27, 27, "deaths", Y, "four corners states 1993 deaths"),
 ("w-33", W, "27 of the 33 people", "33", "count", 33, 33, "cases", Y, "four corners states 1993 cases"),
 ("w-lastmo", W, "said last month that", "last month", "date", 2025, 2025, "year", N, "mono first death report"),
 ("w-1991", W, "since 1991", "1991", "date", 1991, 1991, "year", N, "aside: marriage"),
 ("w-2aa", W, "won two Academy Awards", "two", "count", 2, 2, "awards", N, "aside"),
 ("w-2004", W, "acting in 2004", "2004", "date", 2004, 2004, "year", N, "aside: retirement"),

 # ---- HV02 press (2025-04-15)
 ("p-h400", P, "Commits $400,000 to Free", "$400,000", "money", 400000, 400000, "USD", N, "headline repeat"),
 ("p-sub2k", P, "to up to 2,000 rural", "2,000", "count", 2000, 2000, "households", N, "subtitle repeat"),
 ("p-dl", P, "N.M., April 15, 2025", "April 15, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-400", P, "spend $400,000 this year", "$400,000", "money", 400000, 400000, "USD", Y, "mesaguard 2025 campaign spending"),
 ("p-4m", P, "a $4 million, five-year", "$4 million", "money", 4000000, 4000000, "USD", Y, "mesaguard total five-year commitment"),
 ("p-5yr", P, "five-year public-health", "five-year", "duration", 5, 5, "years", Y, "commitment length"),
 ("p-march", P, "In March, the New Mexico", "March", "date", 2025, 2025, "year", Y, "arakawa cause announced"),
 ("p-three", P, "confirmed three fatal cases", "three", "count", 3, 3, "deaths", Y, "mono 2025 deaths"),
 ("p-feb", P, "Mammoth Lakes since February", "February", "date", 2025, 2025, "year", N, "period start"),
 ("p-27", P, "total to 27 cases", "27", "count", 27, 27, "cases", Y, "mono cumulative cases since 1993"),
 ("p-1993m", P, "since its first in 1993", "1993", "date", 1993, 1993, "year", Y, "mono first case year"),
 ("p-850", P, "has recorded 850 cases", "850", "count", 850, 850, "cases", Y, "cdc cumulative cases through 2022"),
 ("p-1993s", P, "from 1993 through the end of 2022", "1993", "date", 1993, 1993, "year", N, "period start"),
 ("p-end22", P, "1993 through the end of 2022", "2022", "date", 2022, 2022, "year", N, "as-of"),
 ("p-38", P, "About 38% of people", "38%", "percent", 38, 38, "%", Y, "cdc cfr among those with respiratory symptoms"),
 ("p-13", P, "Just 13 cases were reported", "13", "count", 13, 13, "cases", Y, "us cases 2023"),
 ("p-2023", P, "nationwide in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-25", P, "found that 25% of captured", "25%", "percent", 25, 25, "%", Y, "mono trapped deer mice positive (2025 trapping)"),
 ("p-2013", P, "During the 2013 outbreak", "2013", "date", 2013, 2013, "year", Y, "yosemite outbreak year"),
 ("p-91", P, "all 91 insulated", "91", "count", 91, 91, "cabins", Y, "yosemite signature tent cabins closed"),
 ("p-window", P, "Between April 21 and September 30", "April 21 and September 30", "date", 2025, 2025, "year", N, "campaign window"),
 ("p-2k", P, "inspections to up to 2,000 households", "2,000", "count", 2000, 2000, "households", Y, "households offered inspections"),
 ("p-50mi", P, "within 50 miles", "50 miles", "distance", 50, 50, "miles", N, "service radius"),
 ("p-14", P, "the company's 14 branch offices", "14", "count", 14, 14, "branches", N, "branches"),
 ("p-189", P, "normally priced at $189", "$189", "money", 189, 189, "USD", Y, "inspection list price"),
 ("p-qtr", P, "as small as a quarter inch", "a quarter inch", "length", 0.25, 0.25, "inches", Y, "gap a deer mouse can pass"),
 ("p-12", P, "up to 12 snap traps", "12", "count", 12, 12, "traps", Y, "traps per visit"),
 ("p-30", P, "for at least 30 minutes", "30 minutes", "duration", 30, 30, "minutes", Y, "air out before cleaning"),
 ("p-1to9", P, "solution of 1 part bleach to 9 parts water", "1 part bleach to 9 parts water", "ratio", R19, R19, "bleach:water", Y, "bleach dilution"),
 ("p-5min", P, "let it soak for 5 minutes", "5 minutes", "duration", 5, 5, "minutes", Y, "disinfectant soak time"),
 ("p-65", P, "residents aged 65 and older", "65", "age", 65, 65, "years", N, "priority age"),
 ("p-1987", P, "Founded in 1987", "1987", "date", 1987, 1987, "year", N, "about section"),
 ("p-14b", P, "from 14 branch offices", "14", "count", 14, 14, "branches", N, "about section"),
 ("p-4st", P, "in four states and employs", "four", "count", 4, 4, "states", N, "about section"),
 ("p-430", P, "about 430 people", "430", "count", 430, 430, "employees", N, "about section"),
 ("p-2629", P, "in 2026 through 2029", "2026 through 2029", "date", 2026, 2029, "year", N, "forward-looking"),

 # ---- HV03 abstract (2025-05-12)
 ("a-pub", A, "Published online 12 May 2025", "12 May 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t", A, "United States, 1993–2018", "1993–2018", "date", 1993, 2018, "year", N, "title period"),
 ("a-1993o", A, "during the 1993 outbreak", "1993", "date", 1993, 1993, "year", Y, "four corners outbreak year"),
 ("a-dec31", A, "Through December 31, 1993", "December 31, 1993", "date", 1993, 1993, "year", N, "as-of"),
 ("a-53", A, "1993, 53 persons", "53", "count", 53, 53, "cases", Y, "us hps cases reported in 1993 (mmwr)"),
 ("a-32", A, "and 32 (60%) of them", "32", "count", 32, 32, "deaths", Y, "us hps deaths 1993 (mmwr)"),
 ("a-60", A, "32 (60%)", "60%", "percent", 60, 60, "%", Y, "us hps cfr 1993 (mmwr)"),
 ("a-1993s", A, "surveillance began in 1993", "1993", "date", 1993, 1993, "year", Y, "us surveillance start"),
 ("a-1995", A, "notifiable in 1995", "1995", "date", 1995, 1995, "year", Y, "hps nationally notifiable"),
 ("a-20y", A, "In its first 20 years", "20 years", "duration", 20, 20, "years", N, "period"),
 ("a-624", A, "recorded 624 HPS cases", "624", "count", 624, 624, "cases", Y, "hps cases in first 20 years"),
 ("a-96", A, "96% of them in states west", "96%", "percent", 96, 96, "%", Y, "share west of mississippi (20-year)"),
 ("a-36", A, "approximately 36% of reported", "36%", "percent", 36, 36, "%", Y, "cdc cfr of reported hps cases"),
 ("a-one", A, "records from one state health department", "one", "count", 1, 1, "departments", N, "methods"),
 ("a-1993to", A, "onset from 1993 through 2018", "1993 through 2018", "date", 1993, 2018, "year", N, "study period"),
 ("a-97", A, "represent 97% of U.S. cases", "97%", "percent", 97, 97, "%", Y, "coverage of us cases"),
 ("a-age012", A, "children (0–12 years)", "0–12 years", "age", 0, 12, "years", N, "definitional"),
 ("a-age1318", A, "adolescents (13–18 years)", "13–18 years", "age", 13, 18, "years", N, "definitional"),
 ("a-age19", A, "adults (19 years or older)", "19 years", "age", 19, 19, "years", N, "definitional"),
 ("a-719", A, "N = 719 patients", "719", "count", 719, 719, "patients", Y, "study patients"),
 ("a-39", A, "from 39 states", "39", "count", 39, 39, "states", Y, "states contributing cases"),
 ("a-22", A, "n=22", "22", "count", 22, 22, "patients", Y, "children in study"),
 ("a-30", A, "n=22 (3.0%)", "3.0%", "percent", 3.0, 3.0, "%", Y, "children share of cases"),
 ("a-47", A, "n=47", "47", "count", 47, 47, "patients", Y, "adolescents in study"),
 ("a-65", A, "(6.5%)", "6.5%", "percent", 6.5, 6.5, "%", Y, "adolescents share"),
 ("a-650", A, "n=650", "650", "count", 650, 650, "patients", Y, "adults in study"),
 ("a-904", A, "(90.4%)", "90.4%", "percent", 90.4, 90.4, "%", Y, "adults share"),
 ("a-354", A, "mortality was 35.4%", "35.4%", "percent", 35.4, 35.4, "%", Y, "study overall mortality"),
 ("a-ci", A, "95% CI 32.0–39.0", "32.0–39.0", "percent", 32.0, 39.0, "%", Y, "ci"),
 ("a-p8", A, "(P = .8)", ".8", "pvalue", 0.8, 0.8, "p", N, "p-value"),
 ("a-2d", A, "a median of 2 days", "2 days", "duration", 2, 2, "days", Y, "children median time onset to death"),
 ("a-iqr23", A, "[IQR] 2–3)", "2–3", "duration", 2, 3, "days", Y, "iqr children"),
 ("a-4d", A, "adolescents 4 days", "4 days", "duration", 4, 4, "days", Y, "adolescents median time to death"),
 ("a-iqr35", A, "(IQR 3–5)", "3–5", "duration", 3, 5, "days", Y, "iqr adolescents"),
 ("a-5d", A, "adults 5 days", "5 days", "duration", 5, 5, "days", Y, "adults median time to death"),
 ("a-iqr48", A, "(IQR 4–8)", "4–8", "duration", 4, 8, "days", Y, "iqr adults"),
 ("a-p001", A, "(P = .001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-diff", A, "was −3 days", "−3 days", "duration", -3, -3, "days", Y, "median difference children minus adults"),
 ("a-018", A, "aged 0 to 18 years", "0 to 18 years", "age", 0, 18, "years", N, "definitional"),
 ("a-1in3", A, "roughly one in three", "one in three", "percent", 100 / 3, 100 / 3, "%", N, "summary"),

 # ---- HV04 explainer (2025-04-22)
 ("e-upd", E, "Updated April 22, 2025", "April 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-body", E, "head and body measure 2 to 3 inches", "2 to 3 inches", "length", 2, 3, "inches", Y, "deer mouse head-body length"),
 ("e-tail", E, "tail adds another 2 to 3 inches", "2 to 3 inches", "length", 2, 3, "inches", Y, "deer mouse tail length"),
 ("e-864", E, "counts 864 cases", "864", "count", 864, 864, "cases", Y, "cdc cumulative cases through 2022"),
 ("e-1993s", E, "since surveillance began in 1993", "1993", "date", 1993, 1993, "year", Y, "us surveillance start"),
 ("e-end22", E, "through the end of 2022", "2022", "date", 2022, 2022, "year", N, "as-of"),
 ("e-jan17", E, "as of January 2017", "January 2017", "date", 2017, 2017, "year", N, "as-of"),
 ("e-nm109", E, "the most cases (109)", "109", "count", 109, 109, "cases", Y, "nm cumulative cases to jan 2017 (cdc)"),
 ("e-co104", E, "Colorado (104)", "104", "count", 104, 104, "cases", Y, "co cumulative cases to jan 2017"),
 ("e-az78", E, "Arizona (78)", "78", "count", 78, 78, "cases", Y, "az cumulative cases to jan 2017"),
 ("e-ca61", E, "California (61)", "61", "count", 61, 61, "cases", Y, "ca cumulative cases to jan 2017"),
 ("e-38", E, "about 38% of people", "38%", "percent", 38, 38, "%", Y, "cdc cfr among those with respiratory symptoms"),
 ("e-719", E, "study of 719 patients", "719", "count", 719, 719, "patients", Y, "study patients"),
 ("e-1993to", E, "from 1993 through 2018", "1993 through 2018", "date", 1993, 2018, "year", N, "study period"),
 ("e-354", E, "found that 35.4% died", "35.4%", "percent", 35.4, 35.4, "%", Y, "study overall mortality"),
 ("e-4d", E, "a median of 4 days", "4 days", "duration", 4, 4, "days", Y, "children median time onset to death"),
 ("e-5d", E, "compared with 5 days for adults", "5 days", "duration", 5, 5, "days", Y, "adults median time to death"),
 ("e-18w", E, "Usually 1 to 8 weeks", "1 to 8 weeks", "duration", 1, 8, "weeks", Y, "incubation (cdc)"),
 ("e-410", E, "Four to 10 days later", "Four to 10 days", "duration", 4, 10, "days", Y, "early phase to cardiopulmonary phase"),
 ("e-1993id", E, "first identified in 1993", "1993", "date", 1993, 1993, "year", Y, "four corners outbreak year"),
 ("e-33", E, "That year, 33 cases", "33", "count", 33, 33, "cases", Y, "four corners states 1993 cases"),
 ("e-17", E, "and 17 of those patients died", "17", "count", 17, 17, "deaths", Y, "four corners states 1993 deaths"),
 ("e-52", E, "fatality rate of 52%", "52%", "percent", 52, 52, "%", Y, "four corners states 1993 cfr"),
 ("e-48", E, "Nationwide, 48 cases", "48", "count", 48, 48, "cases", Y, "us 1993 cases"),
 ("e-27", E, "48 cases and 27 deaths", "27", "count", 27, 27, "deaths", Y, "us 1993 deaths"),
 ("e-56", E, "(56%)", "56%", "percent", 56, 56, "%", Y, "us 1993 cfr"),
 ("e-1993n", E, "were counted in 1993", "1993", "date", 1993, 1993, "year", N, "qualifier year"),
 ("e-65", E, "Betsy Arakawa, 65,", "65", "age", 65, 65, "years", Y, "arakawa age"),
 ("e-feb25", E, "in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "arakawa death date"),
 ("e-week", E, "about a week before her husband", "about a week", "duration", 1, 1, "weeks", N, "arakawa died before hackman"),
 ("e-three", E, "has confirmed three deaths", "three", "count", 3, 3, "deaths", Y, "mono 2025 deaths"),
 ("e-feb", E, "Mammoth Lakes since February", "February", "date", 2025, 2025, "year", N, "period start"),
 ("e-26", E, "total to 26 cases", "26", "count", 26, 26, "cases", Y, "mono cumulative cases since 1993"),
 ("e-1993m", E, "26 cases since 1993", "1993", "date", 1993, 1993, "year", Y, "mono first case year"),
 ("e-2012", E, "In the summer of 2012", "2012", "date", 2012, 2012, "year", Y, "yosemite outbreak year"),
 ("e-10", E, "2012, 10 visitors", "10", "count", 10, 10, "cases", Y, "yosemite cases (final)"),
 ("e-3", E, "and 3 died", "3", "count", 3, 3, "deaths", Y, "yosemite deaths"),
 ("e-nine", E, "Nine of them had stayed", "Nine", "count", 9, 9, "cases", Y, "yosemite cases who stayed in signature cabins"),
 ("e-91", E, "all 91 of those cabins", "91", "count", 91, 91, "cabins", Y, "yosemite signature tent cabins closed"),
 ("e-10k", E, "about 10,000 people", "10,000", "count", 10000, 10000, "people", Y, "people at risk (stayed in cabins)"),
 ("e-39", E, "in 39 countries", "39", "count", 39, 39, "countries", Y, "countries alerted"),
 ("e-14", E, "found in 14% of deer mice", "14%", "percent", 14, 14, "%", Y, "yosemite trapped deer mice seropositive"),
 ("e-30", E, "for at least 30 minutes", "30 minutes", "duration", 30, 30, "minutes", Y, "air out before cleaning"),
 ("e-1to9", E, "(1 part bleach to 9 parts water", "1 part bleach to 9 parts water", "ratio", R19, R19, "bleach:water", Y, "bleach dilution"),
 ("e-10pct", E, "roughly a 10% solution", "10%", "percent", 10, 10, "%", Y, "bleach solution strength"),
 ("e-5min", E, "let it sit for 5 minutes", "5 minutes", "duration", 5, 5, "minutes", Y, "disinfectant soak time"),

 # ---- HV05 blog (2025-07-14)
 ("b-t2012", B, "hantavirus letter in 2012", "2012", "date", 2012, 2012, "year", N, "headline"),
 ("b-pub", B, "July 14, 2025", "July 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap2012", B, "after the 2012 outbreak. Photo", "2012", "date", 2012, 2012, "year", N, "caption"),
 ("b-jun12", B, "In June 2012 my sister", "June 2012", "date", 2012, 2012, "year", N, "author's stay"),
 ("b-3n", B, "spent three nights", "three nights", "duration", 3, 3, "nights", N, "author's stay"),
 ("b-2mo", B, "Two months later", "Two months", "duration", 2, 2, "months", N, "aside"),
 ("b-tenother", B, "Ten other visitors", "Ten", "count", 10, 10, "cases", N, "yosemite cases (narrative)"),
 ("b-10", B, "outbreak, 10 people", "10", "count", 10, 10, "cases", Y, "yosemite cases (final)"),
 ("b-3", B, "and 3 had died", "3", "count", 3, 3, "deaths", Y, "yosemite deaths"),
 ("b-nine", B, "Nine of the ten", "Nine", "count", 9, 9, "cases", Y, "yosemite cases who stayed in signature cabins"),
 ("b-ten", B, "Nine of the ten", "ten", "count", 10, 10, "cases", N, "repeat"),
 ("b-91", B, "one of the 91", "91", "count", 91, 91, "cabins", Y, "yosemite signature tent cabins"),
 ("b-2900", B, "Roughly 2,900 of us", "2,900", "count", 2900, 2900, "people", Y, "cabin guests notified (june 10-aug 24)"),
 ("b-jun10", B, "between June 10 and August 24", "June 10 and August 24", "date", 2012, 2012, "year", N, "notification period"),
 ("b-10k", B, "about 10,000 people", "10,000", "count", 10000, 10000, "people", Y, "people at risk (stayed in cabins)"),
 ("b-29", B, "in 29 other countries", "29", "count", 29, 29, "countries", Y, "countries alerted"),
 ("b-13y", B, "Thirteen years later", "Thirteen years", "duration", 13, 13, "years", N, "aside"),
 ("b-feb", B, "in February of last year", "February of last year", "date", 2024, 2024, "year", Y, "arakawa death date"),
 ("b-three", B, "Then three people died", "three", "count", 3, 3, "deaths", Y, "mono 2025 deaths"),
 ("b-april", B, "In April the Mammoth Lakes", "April", "date", 2025, 2025, "year", Y, "council vote date"),
 ("b-v5", B, "voted 5-0", "5", "vote", 5, 5, "votes", Y, "council vote: for"),
 ("b-v0", B, "voted 5-0", "0", "vote", 0, 0, "votes", Y, "council vote: against"),
 ("b-150k", B, "spend $150,000 on sealing", "$150,000", "money", 150000, 150000, "USD", Y, "council rodent-proofing spending"),
 ("b-4m", B, "launched a $4 million campaign", "$4 million", "money", 4000000, 4000000, "USD", Y, "mesaguard 2025 campaign spending"),
 ("b-4st", B, "across four states", "four", "count", 4, 4, "states", N, "campaign scope"),
 ("b-890", B, "counts 890 cases", "890", "count", 890, 890, "cases", Y, "cdc cumulative cases through 2023"),
 ("b-1993", B, "from 1993 through the end of 2023", "1993", "date", 1993, 1993, "year", N, "period start"),
 ("b-2023", B, "through the end of 2023", "2023", "date", 2023, 2023, "year", N, "as-of"),
 ("b-1993o", B, "original 1993 outbreak", "1993", "date", 1993, 1993, "year", Y, "four corners outbreak year"),
 ("b-19", B, "19 of the 33 people", "19", "count", 19, 19, "deaths", Y, "four corners states 1993 deaths"),
 ("b-33", B, "19 of the 33", "33", "count", 33, 33, "cases", Y, "four corners states 1993 cases"),
 ("b-719", B, "study of 719 patients", "719", "count", 719, 719, "patients", Y, "study patients"),
 ("b-12", B, "children 12 and under", "12", "age", 12, 12, "years", N, "definitional"),
 ("b-95", B, "made up 9.5% of cases", "9.5%", "percent", 9.5, 9.5, "%", Y, "children share of cases"),
 ("b-10of73", B, "10 of the 73 deer mice", "10", "count", 10, 10, "mice", Y, "yosemite seropositive mice"),
 ("b-73", B, "of the 73 deer mice", "73", "count", 73, 73, "mice", Y, "yosemite mice trapped"),
 ("b-15", B, "for at least 15 minutes", "15 minutes", "duration", 15, 15, "minutes", Y, "air out before cleaning"),
 ("b-2pairs", B, "two pairs if", "two", "count", 2, 2, "pairs", N, "aside"),
 ("b-1to9", B, "Mix 1 part bleach to 9 parts water", "1 part bleach to 9 parts water", "ratio", R19, R19, "bleach:water", Y, "bleach dilution"),
 ("b-5min", B, "wait 5 minutes", "5 minutes", "duration", 5, 5, "minutes", Y, "disinfectant soak time"),
 ("b-hour", B, "It takes an extra hour", "an extra hour", "duration", 1, 1, "hours", N, "aside"),
 ("b-1mail", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-rel2012", B, "What the 2012 Yosemite", "2012", "date", 2012, 2012, "year", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- HV06 local (2025-04-05), hard-wrapped
 ("l-pub", L, "Saturday, April 5, 2025", "April 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-hthird", L, "Third hantavirus death confirmed", "Third", "count", 3, 3, "deaths", N, "headline (ordinal)"),
 ("l-thu", L, "on Thursday confirmed", "Thursday", "date", 2025, 2025, "year", N, "confirmation date"),
 ("l-third", L, "confirmed a third death", "third", "count", 3, 3, "deaths", N, "ordinal"),
 ("l-three", L, "All three people who died", "three", "count", 3, 3, "deaths", Y, "mono 2025 deaths"),
 ("l-feb", L, "first fell ill in February", "February", "date", 2025, 2025, "year", N, "onset month"),
 ("l-feb27", L, "reported on Feb. 27", "Feb. 27", "date", 2025, 2025, "year", Y, "mono first death"),
 ("l-mar26", L, "second on March 26", "March 26", "date", 2025, 2025, "year", Y, "mono second death"),
 ("l-27", L, "recorded 27 hantavirus cases", "27", "count", 27, 27, "cases", Y, "mono cumulative cases since 1993"),
 ("l-1993", L, "since its first in 1993", "1993", "date", 1993, 1993, "year", Y, "mono first case year"),
 ("l-21", L, "Twenty-one of those", "Twenty-one", "count", 21, 21, "cases", Y, "mono cases in residents"),
 ("l-6", L, "and six were in visitors", "six", "count", 6, 6, "cases", Y, "mono cases in visitors"),
 ("l-2019", L, "occurred in 2019", "2019", "date", 2019, 2019, "year", Y, "last mono cases before 2025"),
 ("l-month", L, "gone about a month", "about a month", "duration", 1, 1, "months", N, "quote"),
 ("l-27pct", L, "found that 27% of captured", "27%", "percent", 27, 27, "%", Y, "mono trapped deer mice positive (2025 trapping)"),
 ("l-25", L, "baseline of about 25%", "25%", "percent", 25, 25, "%", Y, "mono usual baseline positivity"),
 ("l-7200", L, "about 7,200 year-round", "7,200", "count", 7200, 7200, "residents", Y, "mammoth lakes population"),
 ("l-millions", L, "draws millions of visitors", "millions", "count", None, None, "visitors", N, "vague"),
 ("l-wed", L, "On Wednesday the Mammoth Lakes", "Wednesday", "date", 2025, 2025, "year", Y, "council vote date"),
 ("l-v4", L, "voted 4-1", "4", "vote", 4, 4, "votes", Y, "council vote: for"),
 ("l-v1", L, "voted 4-1", "1", "vote", 1, 1, "votes", Y, "council vote: against"),
 ("l-150k", L, "spend $150,000 from", "$150,000", "money", 150000, 150000, "USD", Y, "council rodent-proofing spending"),
 ("l-2012", L, "memories of 2012", "2012", "date", 2012, 2012, "year", Y, "yosemite outbreak year"),
 ("l-hour", L, "about an hour's drive", "an hour", "duration", 1, 1, "hours", N, "aside"),
 ("l-3y", L, "killed three people", "three", "count", 3, 3, "deaths", Y, "yosemite deaths"),
 ("l-19", L, "all 19 of its insulated", "19", "count", 19, 19, "cabins", Y, "yosemite signature tent cabins closed"),
 ("l-64", L, "Arakawa, 64,", "64", "age", 64, 64, "years", Y, "arakawa age"),
 ("l-lastmo", L, "officials last month said", "last month", "date", 2025, 2025, "year", N, "announcement month"),
 ("l-two", L, "hear those two stories", "two", "count", 2, 2, "stories", N, "quote"),
 ("l-12u", L, "a 12-unit employee", "12-unit", "count", 12, 12, "units", N, "interviewee detail"),

 # ---- HV07 fact-check (2025-05-20)
 ("f-h9", F, "kill 9 in 10 patients", "9 in 10", "percent", 90, 90, "%", N, "post claim (headline)"),
 ("f-pub", F, "ClearCheck · May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-1000", F, "\"over 1,000 Americans", "1,000", "count", 1000, 1000, "cases", N, "post claim"),
 ("f-lastyr", F, "over 1,000 Americans infected last year", "last year", "date", 2024, 2024, "year", N, "post claim"),
 ("f-9of10", F, "kills 9 out of 10 people", "9 out of 10", "percent", 90, 90, "%", N, "post claim"),
 ("f-dozens", F, "in the dozens a year", "dozens", "count", None, None, "cases", N, "vague"),
 ("f-thous", F, "not the thousands", "thousands", "count", None, None, "cases", N, "vague"),
 ("f-4in10", F, "under four in ten", "four in ten", "percent", 40, 40, "%", N, "summary (bound)"),
 ("f-april", F, "The post appeared in April", "April", "date", 2025, 2025, "year", N, "post date"),
 ("f-feb", F, "home in February", "February", "date", 2025, 2025, "year", Y, "arakawa death date"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-864", F, "has counted 864 cases", "864", "count", 864, 864, "cases", Y, "cdc cumulative cases through 2022"),
 ("f-1995", F, "surveillance began in 1995", "1995", "date", 1995, 1995, "year", Y, "us surveillance start"),
 ("f-end22", F, "1995, through the end of 2022", "2022", "date", 2022, 2022, "year", N, "as-of"),
 ("f-3dec", F, "across three decades", "three decades", "duration", 30, 30, "years", N, "aside"),
 ("f-end21", F, "through the end of 2021", "2021", "date", 2021, 2021, "year", N, "as-of"),
 ("f-850", F, "2021, was 850", "850", "count", 850, 850, "cases", Y, "cdc cumulative cases through 2021"),
 ("f-13", F, "show 13 cases nationwide", "13", "count", 13, 13, "cases", Y, "us cases 2022"),
 ("f-y22", F, "13 cases nationwide in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-19", F, "19 in 2023", "19", "count", 19, 19, "cases", Y, "us cases 2023"),
 ("f-y23", F, "19 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-26", F, "and 26 in 2024", "26", "count", 26, 26, "cases", Y, "us cases 2024"),
 ("f-y24", F, "and 26 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-six", F, "recorded six cases in 2024", "six", "count", 6, 6, "cases", Y, "nm cases 2024 (nndss)"),
 ("f-y24nm", F, "six cases in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-four", F, "and four in 2022", "four", "count", 4, 4, "cases", Y, "nm cases 2022 (nndss)"),
 ("f-y22nm", F, "and four in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-129", F, "for 129 infections", "129", "count", 129, 129, "cases", Y, "nm cumulative infections through 2024"),
 ("f-end24", F, "through the end of 2024 over", "2024", "date", 2024, 2024, "year", N, "as-of"),
 ("f-halfc", F, "roughly half a century", "half a century", "duration", 50, 50, "years", N, "period"),
 ("f-9of10b", F, "The \"9 out of 10\" figure", "9 out of 10", "percent", 90, 90, "%", N, "post claim (repeat)"),
 ("f-38", F, "The CDC says about 38%", "38%", "percent", 38, 38, "%", Y, "cdc cfr among those with respiratory symptoms"),
 ("f-719", F, "study of 719 patients", "719", "count", 719, 719, "patients", Y, "study patients"),
 ("f-1993to", F, "diagnosed from 1993 through 2018", "1993 through 2018", "date", 1993, 2018, "year", N, "study period"),
 ("f-354", F, "overall mortality of 35.4%", "35.4%", "percent", 35.4, 35.4, "%", Y, "study overall mortality"),
 ("f-12", F, "children 12 and under", "12", "age", 12, 12, "years", N, "definitional"),
 ("f-3pct", F, "making up 3% of the cases", "3%", "percent", 3, 3, "%", Y, "children share of cases"),
 ("f-1993o", F, "In the 1993 Four Corners outbreak", "1993", "date", 1993, 1993, "year", Y, "four corners outbreak year"),
 ("f-17", F, "17 of the 33 people", "17", "count", 17, 17, "deaths", Y, "four corners states 1993 deaths"),
 ("f-33", F, "17 of the 33", "33", "count", 33, 33, "cases", Y, "four corners states 1993 cases"),
 ("f-52", F, "a rate of 52%", "52%", "percent", 52, 52, "%", Y, "four corners states 1993 cfr"),
 ("f-2012", F, "In 2012, a cluster", "2012", "date", 2012, 2012, "year", Y, "yosemite outbreak year"),
 ("f-eight", F, "sickened eight people", "eight", "count", 8, 8, "cases", Y, "yosemite cases (final)"),
 ("f-3y", F, "three of whom died", "three", "count", 3, 3, "deaths", Y, "yosemite deaths"),
 ("f-3m", F, "reported three deaths in Mammoth", "three", "count", 3, 3, "deaths", Y, "mono 2025 deaths"),
 ("f-thous2", F, "patients, not thousands", "thousands", "count", None, None, "cases", N, "vague"),
 ("f-18w", F, "Symptoms appear 1 to 8 weeks", "1 to 8 weeks", "duration", 1, 8, "weeks", Y, "incubation (cdc)"),
 ("f-1000b", F, "more than 1,000 Americans were infected", "1,000", "count", 1000, 1000, "cases", N, "post claim (ruling)"),
 ("f-lastyr2", F, "Americans were infected last year", "last year", "date", 2024, 2024, "year", N, "post claim (ruling)"),
 ("f-9of10c", F, "kills 9 out of 10 patients", "9 out of 10", "percent", 90, 90, "%", N, "post claim (ruling)"),
 ("f-26b", F, "shows 26 cases nationally", "26", "count", 26, 26, "cases", Y, "us cases 2024 (ruling)"),
 ("f-y24b", F, "26 cases nationally in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-38b", F, "at about 38% among", "38%", "percent", 38, 38, "%", Y, "cdc cfr (ruling)"),
 ("f-srcmay", F, "(accessed May 2025)", "May 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-srcmar7", F, "news release, March 7, 2025", "March 7, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-srcapr3", F, "news release, April 3, 2025", "April 3, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-src2224", F, "weekly tables, 2022-2024", "2022-2024", "date", 2022, 2024, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 CDC cumulative through end of 2022: 850 (the through-2021 figure) vs 864
 ("p-850", "w-864", S), ("p-850", "e-864", S), ("p-850", "f-864", S),
 # S2 Yosemite final case count: 8 (early-September interim) vs 10
 ("f-eight", "e-10", S), ("f-eight", "b-10", S),
 # S3 Yosemite outbreak year: 2013 vs 2012
 ("p-2013", "e-2012", S), ("p-2013", "l-2012", S), ("p-2013", "f-2012", S),
 # S4 Four Corners states 1993 deaths: 27 (nationwide deaths swapped in) vs 17 / 19
 ("w-27", "e-17", S), ("w-27", "f-17", S), ("w-27", "b-19", S),
 # S5 Arakawa age: 64 vs 65
 ("l-64", "w-65", S), ("l-64", "e-65", S),
 # S6 Arakawa death year: "February of last year" (2024) vs 2025
 ("b-feb", "w-feb12", S), ("b-feb", "e-feb25", S), ("b-feb", "f-feb", S),
 # S7 ventilation time before cleaning: 15 vs 30 minutes
 ("b-15", "p-30", S), ("b-15", "e-30", S),
 # S8 Yosemite signature tent cabins: 19 (transposed) vs 91
 ("l-19", "p-91", S), ("l-19", "e-91", S), ("l-19", "b-91", S),
 # S9 countries alerted about Yosemite: 29 vs 39
 ("b-29", "e-39", S),
 # S10 Mono County cumulative cases after the third 2025 death: 26 (pre-third-case tally) vs 27
 ("e-26", "l-27", S), ("e-26", "p-27", S),
 # S11 Mono 2025 trapping result: 25% (the baseline) vs 27%
 ("p-25", "l-27pct", S),
 # S12 US surveillance start: 1995 (notifiable year) vs 1993
 ("f-1995", "w-1993s", S), ("f-1995", "e-1993s", S), ("f-1995", "a-1993s", S),
 # S13 children (<=12) share of study cases: 9.5% (children+adolescents) vs 3.0%
 ("b-95", "a-30", S), ("b-95", "f-3pct", S),
 # S14 children's median time to death: 4 days (adolescents' figure) vs 2 days
 ("e-4d", "a-2d", S),
 # S15 NM cumulative infections through end of 2024: 129 (through-2023 figure) vs 136
 ("f-129", "w-136", S),
 # S16 MesaGuard 2025 campaign spending: $4 million (five-year total) vs $400,000
 ("b-4m", "p-400", S),
 # S17 Mammoth Lakes council vote: 5-0 vs 4-1
 ("b-v5", "l-v4", S), ("b-v0", "l-v1", S),
 # S18 US cases in 2023: 13 (the 2022 figure) vs 19
 ("p-13", "f-19", S),
 # Qualified (real discrepancies between real sources)
 ("b-19", "e-17", Q), ("b-19", "f-17", Q),
 ("f-four", "w-3-22", Q),
 ("f-six", "w-7-24", Q),
 ("w-incub6", "e-18w", Q), ("w-incub6", "f-18w", Q),
 ("a-36", "p-38", Q), ("a-36", "e-38", Q), ("a-36", "f-38", Q), ("a-36", "f-38b", Q),
 ("a-53", "e-48", Q), ("a-32", "e-27", Q), ("a-60", "e-56", Q),
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
        rows.append({"type": "claim", "id": f"hv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"hv-{a}", f"hv-{b}"
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
