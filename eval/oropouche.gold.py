#!/usr/bin/env python3
"""Build oropouche.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "oropouche")
OUT = os.path.join(HERE, "oropouche.gold.jsonl")
T = "oropouche"

W, P, A, E, B, L, F = ("or01_wire.txt", "or02_press.txt", "or03_abstract.txt",
                       "or04_explainer.txt", "or05_blog.txt", "or06_local.txt", "or07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- or01 wire (2024-07-26)
 ("w-dl", W, "SAO PAULO, July 26", "July 26", "date", 2024, 2024, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2024, 2024, "year", Y, "brazil first deaths announced (2024-07-25)"),
 ("w-two", W, "that two young women", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("w-two2", W, "the first of the two patients", "two", "count", 2, 2, "deaths", N, "repeat"),
 ("w-u30", W, "Both women were under 30", "30", "age", 30, 30, "years", Y, "first deaths: age bound"),
 ("w-24", W, "a 24-year-old woman who lived in Valença", "24-year-old", "age", 24, 24, "years", Y, "age of valenca woman (first death)"),
 ("w-mar27", W, "died on March 27", "March 27", "date", 2024, 2024, "year", Y, "valenca death date"),
 ("w-21", W, "a 21-year-old resident", "21-year-old", "age", 21, 21, "years", Y, "age of camamu woman"),
 ("w-may10", W, "died on May 10", "May 10", "date", 2024, 2024, "year", Y, "camamu death date"),
 ("w-six", W, "six possible cases of vertical", "six", "count", 6, 6, "cases", Y, "possible vertical cases under investigation (july)"),
 ("w-twofd", W, "Two of those pregnancies", "Two", "count", 2, 2, "fetal deaths", Y, "fetal deaths among possible (july)"),
 ("w-onemis", W, "one in a miscarriage", "one", "count", 1, 1, "miscarriages", Y, "miscarriage among possible (july)"),
 ("w-three", W, "in three cases babies", "three", "count", 3, 3, "cases", Y, "congenital anomalies among possible (july)"),
 ("w-7236", W, "confirmed 7,236 cases", "7,236", "count", 7236, 7236, "cases", Y, "brazil 2024 cases at first-death announcement"),
 ("w-823", W, "up from 823 in all", "823", "count", 823, 823, "cases", Y, "brazil 2023 cases"),
 ("w-2023", W, "in all of 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("w-lastyr", W, "since last year the country's", "last year", "date", 2023, 2023, "year", N, "testing expansion start"),
 ("w-inc", W, "four to eight days after a bite", "four to eight days", "duration", 4, 8, "days", Y, "incubation period"),
 ("w-dur", W, "last three to six days", "three to six days", "duration", 3, 6, "days", Y, "symptom duration"),
 ("w-1955", W, "first identified in 1955", "1955", "date", 1955, 1955, "year", Y, "virus first identified (trinidad)"),
 ("w-1960", W, "isolated in Brazil in 1960", "1960", "date", 1960, 1960, "year", Y, "first isolated in brazil"),
 ("w-may27", W, "first cases on May 27", "May 27", "date", 2024, 2024, "year", Y, "cuba first cases confirmed"),
 ("w-it4", W, "Italy has reported four imported", "four", "count", 4, 4, "cases", Y, "italy imported cases to late july"),
 ("w-4824", W, "at least 4,824 dengue deaths", "4,824", "count", 4824, 4824, "deaths", Y, "brazil dengue deaths 2024"),
 ("w-jan1", W, "since Jan. 1", "Jan. 1", "date", 2024, 2024, "year", N, "period start"),
 ("w-2250", W, "another 2,250 under", "2,250", "count", 2250, 2250, "deaths", Y, "dengue deaths under investigation"),
 ("w-64m", W, "about 6.4 million probable", "6.4 million", "count", 6400000, 6400000, "cases", Y, "brazil dengue probable cases"),

 # ---- or02 press (2024-12-17)
 ("p-htwo", P, "Launches Two-Target", "Two-Target", "count", 2, 2, "targets", N, "headline"),
 ("p-h90", P, "climb past 90", "90", "count", 90, 90, "cases", N, "subtitle"),
 ("p-hfour", P, "all four dengue serotypes", "four", "count", 4, 4, "serotypes", N, "subtitle"),
 ("p-hsingle", P, "in a single run", "single", "count", 1, 1, "runs", N, "subtitle"),
 ("p-dl", P, "Dec. 17, 2024", "Dec. 17, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-single", P, "in a single reaction", "single", "count", 1, 1, "reactions", N, "product"),
 ("p-90min", P, "about 90 minutes", "90 minutes", "duration", 90, 90, "minutes", Y, "time to result"),
 ("p-11634", P, "11,634 confirmed cases", "11,634", "count", 11634, 11634, "cases", Y, "americas 2024 cases to nov 25"),
 ("p-twod", P, "including two deaths, were", "two", "count", 2, 2, "deaths", Y, "americas 2024 deaths to nov 25"),
 ("p-jannov", P, "January 1 and November 25, 2024", "January 1 and November 25, 2024", "date", 2024, 2024, "year", N, "period"),
 ("p-br", P, "Brazil (9,563)", "9,563", "count", 9563, 9563, "cases", Y, "brazil cases to nov 25"),
 ("p-pe", P, "Peru (936)", "936", "count", 936, 936, "cases", Y, "peru cases to nov 25"),
 ("p-cu", P, "Cuba (603)", "603", "count", 603, 603, "cases", Y, "cuba cases to nov 25"),
 ("p-bo", P, "Bolivia (356)", "356", "count", 356, 356, "cases", Y, "bolivia 2024 cases"),
 ("p-co", P, "Colombia (74)", "74", "count", 74, 74, "cases", Y, "colombia 2024 cases"),
 ("p-us94", P, "reported 94 imported cases", "94", "count", 94, 94, "cases", Y, "us imported cases to nov 25"),
 ("p-eu30", P, "Europe reported 30", "30", "count", 30, 30, "cases", Y, "europe imported cases to nov 25"),
 ("p-aug1", P, "alert of August 1", "August 1", "date", 2024, 2024, "year", N, "paho alert date"),
 ("p-8078", P, "counted 8,078 confirmed", "8,078", "count", 8078, 8078, "cases", Y, "americas cases jan 1-jul 20 2024"),
 ("p-janjul", P, "January 1 and July 20", "January 1 and July 20", "date", 2024, 2024, "year", N, "period"),
 ("p-90pct", P, "about 90% of them", "90%", "percent", 90, 90, "%", Y, "brazil share of jul 20 count"),
 ("p-jul24", P, "In July 2024, Brazil", "July 2024", "date", 2024, 2024, "year", Y, "brazil first deaths announced"),
 ("p-twow", P, "two previously healthy women in Bahia, aged", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("p-21", P, "aged 21 and 42", "21", "age", 21, 21, "years", Y, "age of camamu woman"),
 ("p-42", P, "aged 21 and 42", "42", "age", 42, 42, "years", Y, "age of valenca woman (first death)"),
 ("p-three", P, "confirmed three cases of vertical", "three", "count", 3, 3, "cases", Y, "brazil confirmed vertical cases to nov"),
 ("p-twofd", P, "two ending in fetal death", "two", "count", 2, 2, "fetal deaths", Y, "confirmed fetal deaths to nov"),
 ("p-oneca", P, "one in a congenital anomaly", "one", "count", 1, 1, "cases", Y, "confirmed congenital anomaly to nov"),
 ("p-15", P, "investigating 15 further", "15", "count", 15, 15, "fetal deaths", Y, "fetal deaths under investigation (nov)"),
 ("p-fivemis", P, "five miscarriages", "five", "count", 5, 5, "miscarriages", Y, "miscarriages under investigation (nov)"),
 ("p-threean", P, "and three congenital anomalies", "three", "count", 3, 3, "cases", Y, "anomalies under investigation (nov)"),
 ("p-aug16", P, "On August 16, 2024", "August 16, 2024", "date", 2024, 2024, "year", Y, "cdc han / cuba level 2 date"),
 ("p-lvl2", P, "posted a Level 2 travel", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level"),
 ("p-lvl1", P, "Level 1 notices cover", "Level 1", "level", 1, 1, "level", Y, "cdc notice level for bolivia/brazil/colombia/peru"),
 ("p-asof", P, "As of Aug. 16, the CDC", "Aug. 16", "date", 2024, 2024, "year", N, "as-of"),
 ("p-12", P, "identified 12 cases among", "12", "count", 12, 12, "cases", Y, "us travelers cases as of aug 16 (mmwr)"),
 ("p-19", P, "In Europe, 19 imported", "19", "count", 19, 19, "cases", Y, "eu imported cases june-july"),
 ("p-junjul", P, "in June and July alone", "June and July", "date", 2024, 2024, "year", N, "period"),
 ("p-day1", P, "on day one", "day one", "duration", 1, 1, "days", N, "quote"),
 ("p-week", P, "not a week later", "a week", "duration", 1, 1, "weeks", N, "quote"),
 ("p-handful", P, "a handful of state", "handful", "count", None, None, "labs", N, "vague"),
 ("p-inc", P, "begin 3 to 10 days after", "3 to 10 days", "duration", 3, 10, "days", Y, "incubation period"),
 ("p-60", P, "About 60% of people", "60%", "percent", 60, 60, "%", Y, "share of infected symptomatic"),
 ("p-5", P, "fewer than 5% develop", "5%", "percent", 5, 5, "%", Y, "share severe disease"),
 ("p-94pl", P, "up to 94 patient samples", "94", "count", 94, 94, "samples", Y, "samples per plate"),
 ("p-212", P, "using 212 archived", "212", "count", 212, 212, "specimens", Y, "verification specimens"),
 ("p-48", P, "all 48 known positive", "48", "count", 48, 48, "specimens", Y, "known positive specimens"),
 ("p-38", P, "$38 per reaction", "$38", "money", 38, 38, "USD", Y, "list price per reaction"),
 ("p-2017", P, "Founded in 2017", "2017", "date", 2017, 2017, "year", N, "about section"),
 ("p-85", P, "employs about 85 people", "85", "count", 85, 85, "employees", N, "about section"),
 ("p-14st", P, "in 14 U.S. states", "14", "count", 14, 14, "states", N, "about section"),

 # ---- or03 abstract (2025-05-06)
 ("a-pub", A, "Published 6 May 2025", "6 May 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "returning from Cuba, 2024", "2024", "date", 2024, 2024, "year", N, "title year"),
 ("a-y2024", A, "in the Americas in 2024. By", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-jul20", A, "By 20 July 2024", "20 July 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-8078", A, "had counted 8,078", "8,078", "count", 8078, 8078, "cases", Y, "americas cases jan 1-jul 20 2024"),
 ("a-902", A, "90.2% of them in Brazil", "90.2%", "percent", 90.2, 90.2, "%", Y, "brazil share of jul 20 count"),
 ("a-16239", A, "reached 16,239 cases", "16,239", "count", 16239, 16239, "cases", Y, "americas 2024 cases (full year)"),
 ("a-11c", A, "in 11 countries and one territory", "11", "count", 11, 11, "countries", Y, "countries reporting 2024"),
 ("a-1terr", A, "countries and one territory, with", "one", "count", 1, 1, "territories", N, "aside"),
 ("a-4d", A, "with four deaths [1]", "four", "count", 4, 4, "deaths", Y, "americas 2024 deaths (full year)"),
 ("a-13781", A, "confirmed 13,781 cases", "13,781", "count", 13781, 13781, "cases", Y, "brazil 2024 cases (full year)"),
 ("a-in2024", A, "13,781 cases in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-832", A, "with 832 in 2023", "832", "count", 832, 832, "cases", Y, "brazil 2023 cases"),
 ("a-2023", A, "832 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-six", A, "and six cases of vertical", "six", "count", 6, 6, "cases", Y, "brazil confirmed vertical cases end 2024"),
 ("a-fourfd", A, "four of which ended", "four", "count", 4, 4, "fetal deaths", Y, "confirmed fetal deaths end 2024"),
 ("a-108", A, "recorded 108 imported", "108", "count", 108, 108, "cases", Y, "us imported cases 2024 (paho)"),
 ("a-aug24", A, "advisory in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "cdc han date"),
 ("a-21", A, "described 21 cases", "21", "count", 21, 21, "cases", Y, "us travelers cases as of aug 16 (mmwr)"),
 ("a-16aug", A, "as of 16 August 2024", "16 August 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-22nov", A, "through 22 November 2024", "22 November 2024", "date", 2024, 2024, "year", N, "data cut-off"),
 ("a-onset", A, "illness onset in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-first21", A, "compared the first 21 cases", "21", "count", 21, 21, "cases", N, "repeat"),
 ("a-16aug2", A, "(reported through 16 August)", "16 August", "date", 2024, 2024, "year", N, "period"),
 ("a-N94", A, "N = 94", "94", "count", 94, 94, "patients", Y, "us cases to nov 22 (series)"),
 ("a-14d", A, "in the 14 days before", "14 days", "duration", 14, 14, "days", N, "definition"),
 ("a-52", A, "median age was 52 years", "52 years", "age", 52, 52, "years", Y, "median age us cases"),
 ("a-range", A, "(range, 6–94)", "6–94", "age", 6, 94, "years", Y, "age range us cases"),
 ("a-49", A, "and 49 (52.1%", "49", "count", 49, 49, "patients", Y, "male patients"),
 ("a-521", A, "(52.1%; 95% CI", "52.1%", "percent", 52.1, 52.1, "%", Y, "share male"),
 ("a-521ci", A, "42.1–61.9", "42.1–61.9", "percent", 42.1, 61.9, "%", Y, "ci"),
 ("a-14", A, "Fourteen patients were", "Fourteen", "count", 14, 14, "patients", Y, "hospitalized us cases"),
 ("a-149", A, "(14.9%; 95% CI", "14.9%", "percent", 14.9, 14.9, "%", Y, "share hospitalized"),
 ("a-149ci", A, "9.1–23.5", "9.1–23.5", "percent", 9.1, 23.5, "%", Y, "ci"),
 ("a-one", A, "One patient died", "One", "count", 1, 1, "deaths", Y, "us deaths"),
 ("a-11", A, "(1.1%; 95% CI", "1.1%", "percent", 1.1, 1.1, "%", Y, "share died"),
 ("a-11ci", A, "0.2–5.8", "0.2–5.8", "percent", 0.2, 5.8, "%", Y, "ci"),
 ("a-first21b", A, "between the first 21 cases", "21", "count", 21, 21, "cases", N, "repeat"),
 ("a-n3", A, "(n=3; 14.3%)", "3", "count", 3, 3, "patients", Y, "hospitalized among first 21"),
 ("a-143", A, "(n=3; 14.3%)", "14.3%", "percent", 14.3, 14.3, "%", Y, "hospitalized share first 21"),
 ("a-73", A, "the 73 reported later", "73", "count", 73, 73, "cases", Y, "later cases"),
 ("a-n11", A, "(n=11; 15.1%)", "11", "count", 11, 11, "patients", Y, "hospitalized among later 73"),
 ("a-151", A, "(n=11; 15.1%)", "15.1%", "percent", 15.1, 15.1, "%", Y, "hospitalized share later"),
 ("a-diff", A, "difference −0.8 percentage points", "−0.8 percentage points", "percent", -0.8, -0.8, "pp", Y, "hospitalization difference"),
 ("a-diffci", A, "(95% CI −14.4 to 20.6", "−14.4 to 20.6", "percent", -14.4, 20.6, "pp", Y, "ci"),
 ("a-p", A, "P=1.00", "1.00", "pvalue", 1.0, 1.0, "p", N, "p-value"),
 ("a-7199", A, "between 71% and 99% of cases", "71% and 99%", "percent", 71, 99, "%", Y, "cases identified by clinical criteria"),
 ("a-twoplus", A, "two or more compatible", "two", "count", 2, 2, "symptoms", N, "definition"),
 ("a-94b", A, "series of 94 U.S.", "94", "count", 94, 94, "patients", N, "repeat"),
 ("a-1in7", A, "about one in seven patients", "one in seven", "percent", 14.29, 14.29, "%", Y, "share hospitalized (rounded)"),
 ("a-70", A, "in up to 70% of patients", "70%", "percent", 70, 70, "%", Y, "share with recurrent symptoms"),
 ("a-r1", A, "11 February 2025", "11 February 2025", "date", 2025, 2025, "year", N, "reference"),
 ("a-r2", A, "SE 52/2024", "52/2024", "date", 2024, 2024, "year", N, "reference"),
 ("a-r3", A, "United States, 2024. MMWR", "2024", "date", 2024, 2024, "year", N, "reference title"),

 # ---- or04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2yr", E, "in less than two years", "two years", "duration", 2, 2, "years", N, "aside"),
 ("e-1955", E, "first identified in 1955", "1955", "date", 1955, 1955, "year", Y, "virus first identified (trinidad)"),
 ("e-1960", E, "isolated in Brazil in 1960", "1960", "date", 1960, 1960, "year", Y, "first isolated in brazil"),
 ("e-late23", E, "Since late 2023", "late 2023", "date", 2023, 2023, "year", N, "spread start"),
 ("e-inc", E, "start 3 to 10 days after", "3 to 10 days", "duration", 3, 10, "days", Y, "incubation period"),
 ("e-dur", E, "lasts 3 to 6 days", "3 to 6 days", "duration", 3, 6, "days", Y, "symptom duration"),
 ("e-recov", E, "within two to three weeks", "two to three weeks", "duration", 2, 3, "weeks", Y, "recovery time"),
 ("e-60", E, "up to 60% of patients", "60%", "percent", 60, 60, "%", Y, "share with recurrent symptoms"),
 ("e-jul24", E, "virus in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "brazil first deaths announced"),
 ("e-two", E, "two previously healthy women in Bahia, aged", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("e-21", E, "aged 21 and 24", "21", "age", 21, 21, "years", Y, "age of camamu woman"),
 ("e-24", E, "aged 21 and 24", "24", "age", 24, 24, "years", Y, "age of valenca woman (first death)"),
 ("e-y2024", E, "In 2024 as a whole", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-11634", E, "confirmed 11,634 cases", "11,634", "count", 11634, 11634, "cases", Y, "americas 2024 cases (full year)"),
 ("e-4d", E, "11,634 cases and four deaths", "four", "count", 4, 4, "deaths", Y, "americas 2024 deaths (full year)"),
 ("e-br4", E, "attributed four deaths in 2024", "four", "count", 4, 4, "deaths", Y, "brazil 2024 deaths (ministry)"),
 ("e-br2024", E, "four deaths in 2024 to the virus", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-61", E, "a 61-year-old woman", "61-year-old", "age", 61, 61, "years", Y, "espirito santo death age"),
 ("e-five25", E, "reported five more deaths", "five", "count", 5, 5, "deaths", Y, "brazil 2025 deaths"),
 ("e-in25", E, "so far in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-period", E, "January 1 to July 27, 2025", "January 1 to July 27, 2025", "date", 2025, 2025, "year", N, "period"),
 ("e-12786", E, "counted 12,786 confirmed", "12,786", "count", 12786, 12786, "cases", Y, "americas 2025 cases to jul 27"),
 ("e-11c", E, "in 11 countries. Brazil", "11", "count", 11, 11, "countries", Y, "countries reporting 2025"),
 ("e-11888", E, "for 11,888 of them", "11,888", "count", 11888, 11888, "cases", Y, "brazil 2025 cases to jul 27"),
 ("e-es", E, "Espírito Santo (6,322)", "6,322", "count", 6322, 6322, "cases", Y, "espirito santo 2025 cases"),
 ("e-rj", E, "Rio de Janeiro (2,497)", "2,497", "count", 2497, 2497, "cases", Y, "rio de janeiro 2025 cases"),
 ("e-pa", E, "Panama confirmed 501", "501", "count", 501, 501, "cases", Y, "panama 2025 cases"),
 ("e-pe", E, "Peru 330", "330", "count", 330, 330, "cases", Y, "peru 2025 cases"),
 ("e-cu", E, "Cuba 28", "28", "count", 28, 28, "cases", Y, "cuba 2025 cases"),
 ("e-co", E, "Colombia 26", "26", "count", 26, 26, "cases", Y, "colombia 2025 cases"),
 ("e-aug24", E, "In August 2024 Brazil confirmed", "August 2024", "date", 2024, 2024, "year", Y, "first confirmed vertical fetal death"),
 ("e-30w", E, "lost at 30 weeks in Pernambuco", "30 weeks", "duration", 30, 30, "weeks", Y, "gestational age, first confirmed fetal death (pernambuco)"),
 ("e-28", E, "in a 28-year-old woman", "28-year-old", "age", 28, 28, "years", Y, "mother's age (pernambuco)"),
 ("e-30w2", E, "stillbirth at 30 weeks", "30 weeks", "duration", 30, 30, "weeks", Y, "gestational age, nejm ceara case"),
 ("e-40", E, "in a 40-year-old woman", "40-year-old", "age", 40, 40, "years", Y, "mother's age (ceara)"),
 ("e-end24", E, "By the end of 2024, Brazil", "2024", "date", 2024, 2024, "year", N, "as-of"),
 ("e-five", E, "confirmed five cases of vertical", "five", "count", 5, 5, "cases", Y, "brazil confirmed vertical cases end 2024"),
 ("e-fourfd", E, "four fetal deaths and one", "four", "count", 4, 4, "fetal deaths", Y, "confirmed fetal deaths end 2024"),
 ("e-oneca", E, "and one congenital anomaly, with", "one", "count", 1, 1, "cases", Y, "confirmed congenital anomaly end 2024"),
 ("e-22", E, "with 22 more fetal", "22", "count", 22, 22, "fetal deaths", Y, "fetal deaths under investigation end 2024"),
 ("e-fivemis", E, "five miscarriages", "five", "count", 5, 5, "miscarriages", Y, "miscarriages under investigation end 2024"),
 ("e-fouran", E, "and four anomalies under", "four", "count", 4, 4, "cases", Y, "anomalies under investigation end 2024"),
 ("e-180", E, "recorded 180 imported", "180", "count", 180, 180, "cases", Y, "us imported cases 2024 (paho)"),
 ("e-us24", E, "in the United States in 2024, all", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-dozens", E, "reported dozens more", "dozens", "count", None, None, "cases", N, "vague"),
 ("e-94", E, "the first 94 U.S. cases", "94", "count", 94, 94, "patients", Y, "us cases to nov 22 (series)"),
 ("e-25", E, "median age was 25", "25", "age", 25, 25, "years", Y, "median age us cases"),
 ("e-14", E, "and 14 people were hospitalized", "14", "count", 14, 14, "patients", Y, "hospitalized us cases"),
 ("e-aug16", E, "clinicians on August 16, 2024", "August 16, 2024", "date", 2024, 2024, "year", Y, "cdc han / cuba level 2 date"),
 ("e-lvl2", E, "to a Level 2 travel", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level"),
 ("e-apr9", E, "On April 9, 2025", "April 9, 2025", "date", 2025, 2025, "year", Y, "level 1 americas notice reissued"),
 ("e-lvl1", E, "reissued a Level 1 notice", "Level 1", "level", 1, 1, "level", Y, "cdc americas notice level 2025"),
 ("e-ten", E, "covering ten countries", "ten", "count", 10, 10, "countries", Y, "countries in 2025 level 1 notice"),
 ("e-2wk", E, "within two weeks after travel", "two weeks", "duration", 2, 2, "weeks", Y, "seek care window after travel"),
 ("e-1wk", E, "for the first week of illness", "first week", "duration", 1, 1, "weeks", N, "advice"),

 # ---- or05 blog (2024-10-28)
 ("b-pub", B, "October 28, 2024", "October 28, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-three", B, "Three patients in my", "Three", "count", 3, 3, "patients", N, "anecdote"),
 ("b-three2", B, "which is three more", "three", "count", 3, 3, "patients", N, "anecdote"),
 ("b-10y", B, "previous ten years", "ten years", "duration", 10, 10, "years", N, "anecdote"),
 ("b-10275", B, "counts 10,275 confirmed", "10,275", "count", 10275, 10275, "cases", Y, "americas 2024 cases to early oct"),
 ("b-nine", B, "in nine countries", "nine", "count", 9, 9, "countries", Y, "countries reporting to early oct"),
 ("b-8258", B, "dominates with 8,258", "8,258", "count", 8258, 8258, "cases", Y, "brazil cases to early oct"),
 ("b-4in5", B, "roughly four in five", "four in five", "percent", 80, 80, "%", Y, "brazil share of oct count"),
 ("b-twod", B, "its two deaths remain", "two", "count", 2, 2, "deaths", Y, "brazil oropouche deaths to oct"),
 ("b-may", B, "before this May", "May", "date", 2024, 2024, "year", Y, "cuba first cases"),
 ("b-555", B, "now at 555 cases", "555", "count", 555, 555, "cases", Y, "cuba cases oct"),
 ("b-90", B, "lists 90 imported", "90", "count", 90, 90, "cases", Y, "us imported cases (paho oct)"),
 ("b-30", B, "and 30 in Europe", "30", "count", 30, 30, "cases", Y, "europe imported cases (paho oct)"),
 ("b-latejul", B, "first deaths in late July", "late July", "date", 2024, 2024, "year", Y, "brazil first deaths announced"),
 ("b-two2", B, "two young women in Bahia", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("b-7326", B, "logged 7,326 cases", "7,326", "count", 7326, 7326, "cases", Y, "brazil 2024 cases at first-death announcement"),
 ("b-week", B, "A week later", "A week", "duration", 1, 1, "weeks", N, "narrative"),
 ("b-aug2", B, "on Aug. 2, the health", "Aug. 2", "date", 2024, 2024, "year", Y, "first confirmed vertical fetal death"),
 ("b-30w", B, "a 30-week pregnancy", "30-week", "duration", 30, 30, "weeks", Y, "gestational age, first confirmed fetal death (pernambuco)"),
 ("b-28", B, "in a 28-year-old woman", "28-year-old", "age", 28, 28, "years", Y, "mother's age (pernambuco)"),
 ("b-13", B, "investigating 13 fetal", "13", "count", 13, 13, "fetal deaths", Y, "fetal deaths under investigation (oct)"),
 ("b-threemis", B, "three miscarriages", "three", "count", 3, 3, "miscarriages", Y, "miscarriages under investigation (oct)"),
 ("b-fouran", B, "four congenital anomalies", "four", "count", 4, 4, "cases", Y, "anomalies under investigation (oct)"),
 ("b-lastyr", B, "in August of last year", "August of last year", "date", 2023, 2023, "year", Y, "cdc han date"),
 ("b-sep17", B, "By Sept. 17", "Sept. 17", "date", 2024, 2024, "year", N, "as-of"),
 ("b-74", B, "had 74 travel-associated", "74", "count", 74, 74, "cases", Y, "us cases as of sep 17"),
 ("b-91", B, "reports 91 from five", "91", "count", 91, 91, "cases", Y, "us cases late oct (cdc)"),
 ("b-five", B, "91 from five states", "five", "count", 5, 5, "states", Y, "us states with cases (oct)"),
 ("b-87", B, "87 of them in Florida", "87", "count", 87, 87, "cases", Y, "florida cases (cdc oct)"),
 ("b-19", B, "counted 19 imported", "19", "count", 19, 19, "cases", Y, "eu imported cases june-july"),
 ("b-junjul", B, "in June and July, in Spain", "June and July", "date", 2024, 2024, "year", N, "period"),
 ("b-12", B, "Spain (12)", "12", "count", 12, 12, "cases", Y, "spain imported june-july"),
 ("b-5", B, "Italy (5)", "5", "count", 5, 5, "cases", Y, "italy imported june-july"),
 ("b-2", B, "Germany (2)", "2", "count", 2, 2, "cases", Y, "germany imported june-july"),
 ("b-18", B, "18 had been to Cuba", "18", "count", 18, 18, "cases", Y, "eu imported with cuba travel"),
 ("b-one", B, "and one to Brazil", "one", "count", 1, 1, "cases", Y, "eu imported with brazil travel"),
 ("b-chart", B, "Jan–Oct 2024", "Jan–Oct 2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-lvl1", B, "a Level 1 notice for Cuba", "Level 1", "level", 1, 1, "level", Y, "cdc cuba travel notice level"),
 ("b-3lvl", B, "lowest of its three levels", "three", "count", 3, 3, "levels", N, "definitional"),
 ("b-inc", B, "start three to ten days", "three to ten days", "duration", 3, 10, "days", Y, "incubation period"),
 ("b-dur", B, "last three to six weeks", "three to six weeks", "duration", 3, 6, "weeks", Y, "symptom duration"),
 ("b-1995", B, "Trinidad in 1995", "1995", "date", 1995, 1995, "year", Y, "virus first identified (trinidad)"),
 ("b-oneemail", B, "One email a fortnight", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-fortnight", B, "email a fortnight", "a fortnight", "duration", 2, 2, "weeks", N, "page furniture"),
 ("b-4200", B, "4,200 readers", "4,200", "count", 4200, 4200, "readers", N, "page furniture"),
 ("b-27", B, "27 comments", "27", "count", 27, 27, "comments", N, "page furniture"),

 # ---- or06 local (2024-09-25), hard-wrapped
 ("l-pub", L, "Wednesday, Sept. 25, 2024", "Sept. 25, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-h70", L, "travel reach 70 in Florida", "70", "count", 70, 70, "cases", N, "headline repeat"),
 ("l-70", L, "has reached 70 this year", "70", "count", 70, 70, "cases", Y, "florida cases 2024 to sep 14 (fl doh)"),
 ("l-tue", L, "Health said Tuesday", "Tuesday", "date", 2024, 2024, "year", N, "as-of"),
 ("l-half", L, "more than half of them", "half", "percent", 50, 50, "%", Y, "miami-dade share of florida cases"),
 ("l-22", L, "logged 22 new cases", "22", "count", 22, 22, "cases", Y, "florida new cases sep 8-14"),
 ("l-wk", L, "week of Sept. 8 to 14", "Sept. 8 to 14", "date", 2024, 2024, "year", N, "period"),
 ("l-all70", L, "All 70 patients", "70", "count", 70, 70, "cases", N, "repeat"),
 ("l-2wk", L, "in the two weeks before they became ill", "two weeks", "duration", 2, 2, "weeks", N, "definition"),
 ("l-41", L, "has reported 41 cases", "41", "count", 41, 41, "cases", Y, "miami-dade cases"),
 ("l-11", L, "Hillsborough with 11", "11", "count", 11, 11, "cases", Y, "hillsborough cases"),
 ("l-lee", L, "Lee with four", "four", "count", 4, 4, "cases", Y, "lee county cases"),
 ("l-bro", L, "Broward with three", "three", "count", 3, 3, "cases", Y, "broward cases"),
 ("l-two", L, "have two cases each", "two", "count", 2, 2, "cases", Y, "orange/palm beach/pasco/polk cases each"),
 ("l-74", L, "counted 74 travel-associated", "74", "count", 74, 74, "cases", Y, "us cases as of sep 17"),
 ("l-sep17", L, "as of Sept. 17, up", "Sept. 17", "date", 2024, 2024, "year", N, "as-of"),
 ("l-32", L, "up from 32 a week", "32", "count", 32, 32, "cases", Y, "us cases as of sep 10"),
 ("l-aweek", L, "32 a week earlier", "a week", "duration", 1, 1, "weeks", N, "timepoint"),
 ("l-70b", L, "Florida accounts for 70 of them", "70", "count", 70, 70, "cases", Y, "florida share of cdc count sep 17"),
 ("l-one", L, "have one each", "one", "count", 1, 1, "cases", Y, "ny/ky/co/ca cases each"),
 ("l-lastmo", L, "released last month", "last month", "date", 2024, 2024, "year", N, "mmwr release"),
 ("l-21", L, "listed 21 cases", "21", "count", 21, 21, "cases", Y, "us travelers cases as of aug 16 (mmwr)"),
 ("l-aug16a", L, "as of Aug. 16, 20 in", "Aug. 16", "date", 2024, 2024, "year", N, "as-of"),
 ("l-20", L, "20 in Florida and one", "20", "count", 20, 20, "cases", Y, "florida among first 21"),
 ("l-1ny", L, "and one in New York", "one", "count", 1, 1, "cases", Y, "new york among first 21"),
 ("l-aug16b", L, "The same day, Aug. 16, the agency", "Aug. 16", "date", 2024, 2024, "year", Y, "cdc han / cuba level 2 date"),
 ("l-lvl2", L, "posted a Level 2 travel", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level"),
 ("l-latemay", L, "first cases in late May", "late May", "date", 2024, 2024, "year", Y, "cuba first cases"),
 ("l-15", L, "all 15 of the island's", "15", "count", 15, 15, "provinces", Y, "cuban provinces affected"),
 ("l-8087", L, "counted 8,087 confirmed", "8,087", "count", 8087, 8087, "cases", Y, "americas cases jan 1-jul 20 2024"),
 ("l-five", L, "cases in five countries", "five", "count", 5, 5, "countries", Y, "countries in jul 20 count"),
 ("l-janjul", L, "between Jan. 1 and July 20", "Jan. 1 and July 20", "date", 2024, 2024, "year", N, "period"),
 ("l-twow", L, "where two young women died", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("l-18", L, "reported 18 in June", "18", "count", 18, 18, "cases", Y, "eu imported cases june-july"),
 ("l-junjul", L, "18 in June and July", "June and July", "date", 2024, 2024, "year", N, "period"),
 ("l-earlyaug", L, "In early August Brazil", "early August", "date", 2024, 2024, "year", Y, "first confirmed vertical fetal death"),
 ("l-20w", L, "lost at 20 weeks", "20 weeks", "duration", 20, 20, "weeks", Y, "gestational age, first confirmed fetal death (pernambuco)"),
 ("l-week", L, "fade within a week", "a week", "duration", 1, 1, "weeks", Y, "symptom duration"),
 ("l-2wk2", L, "within two weeks of returning", "two weeks", "duration", 2, 2, "weeks", Y, "seek care window after travel"),

 # ---- or07 fact-check (2025-02-20)
 ("f-pub", F, "Fact Check · February 20, 2025", "February 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-hthou", F, "has not killed thousands in Cuba", "thousands", "count", None, None, "deaths", N, "post claim (headline)"),
 ("f-thou1", F, "has killed thousands of people in Cuba", "thousands", "count", None, None, "deaths", N, "post claim"),
 ("f-500a", F, "\"more than 500 Americans\"", "500", "count", 500, 500, "cases", N, "post claim"),
 ("f-lastyr", F, "brought it home last year", "last year", "date", 2024, 2024, "year", N, "post claim"),
 ("f-l3a", F, "a \"Level 3: do not travel\"", "Level 3", "level", 3, 3, "level", N, "post claim"),
 ("f-vl2", F, "for Cuba is Level 2, not Level 3", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level (verdict)"),
 ("f-vl3", F, "for Cuba is Level 2, not Level 3", "Level 3", "level", 3, 3, "level", N, "post claim (verdict)"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-earlyfeb", F, "since early February", "early February", "date", 2025, 2025, "year", N, "virality"),
 ("f-feb11", F, "update of Feb. 11 reports", "Feb. 11", "date", 2025, 2025, "year", N, "source date"),
 ("f-16239", F, "reports 16,239 confirmed", "16,239", "count", 16239, 16239, "cases", Y, "americas 2024 cases (full year)"),
 ("f-y2024", F, "in the Americas in 2024, from", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-11c", F, "from 11 countries and one territory", "11", "count", 11, 11, "countries", Y, "countries reporting 2024"),
 ("f-1terr", F, "countries and one territory, and four", "one", "count", 1, 1, "territories", N, "aside"),
 ("f-4d", F, "and four deaths, three of them", "four", "count", 4, 4, "deaths", Y, "americas 2024 deaths (full year)"),
 ("f-3br", F, "three of them in Brazil", "three", "count", 3, 3, "deaths", Y, "brazil 2024 deaths (paho)"),
 ("f-jul23", F, "in July 2023, when", "July 2023", "date", 2023, 2023, "year", Y, "brazil first deaths announced"),
 ("f-twow", F, "that two previously healthy women", "two", "count", 2, 2, "deaths", Y, "brazil first oropouche deaths"),
 ("f-24", F, "a 24-year-old and", "24-year-old", "age", 24, 24, "years", Y, "age of valenca woman (first death)"),
 ("f-21", F, "a 21-year-old, had died", "21-year-old", "age", 21, 21, "years", Y, "age of camamu woman"),
 ("f-7236", F, "counted 7,236 cases", "7,236", "count", 7236, 7236, "cases", Y, "brazil 2024 cases at first-death announcement"),
 ("f-13781", F, "confirmed 13,781 cases", "13,781", "count", 13781, 13781, "cases", Y, "brazil 2024 cases (full year)"),
 ("f-in2024b", F, "13,781 cases in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-16x", F, "more than 16 times", "16 times", "ratio", 16, 16, "x", Y, "brazil 2024 vs 2023 cases"),
 ("f-832", F, "the 832 it recorded", "832", "count", 832, 832, "cases", Y, "brazil 2023 cases"),
 ("f-2023b", F, "recorded in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-jul20", F, "By July 20, 2024", "July 20, 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("f-8078", F, "counted 8,078 confirmed", "8,078", "count", 8078, 8078, "cases", Y, "americas cases jan 1-jul 20 2024"),
 ("f-80", F, "about 80% of them in Brazil", "80%", "percent", 80, 80, "%", Y, "brazil share of jul 20 count"),
 ("f-may24", F, "first cases in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "cuba first cases"),
 ("f-603", F, "reported 603 by", "603", "count", 603, 603, "cases", Y, "cuba cases to late nov"),
 ("f-latenov", F, "603 by late November", "late November", "date", 2024, 2024, "year", N, "as-of"),
 ("f-end24", F, "By the end of 2024, Brazil", "2024", "date", 2024, 2024, "year", N, "as-of"),
 ("f-five", F, "confirmed five cases of transmission", "five", "count", 5, 5, "cases", Y, "brazil confirmed vertical cases end 2024"),
 ("f-fourfd", F, "four fetal deaths and one", "four", "count", 4, 4, "fetal deaths", Y, "confirmed fetal deaths end 2024"),
 ("f-oneca", F, "and one congenital anomaly. Those", "one", "count", 1, 1, "cases", Y, "confirmed congenital anomaly end 2024"),
 ("f-thou2", F, "they are not \"thousands.\"", "thousands", "count", None, None, "deaths", N, "post claim"),
 ("f-500b", F, "The post's \"more than 500\" has", "500", "count", 500, 500, "cases", N, "post claim"),
 ("f-108", F, "PAHO lists 108 imported", "108", "count", 108, 108, "cases", Y, "us imported cases 2024 (paho)"),
 ("f-us24", F, "in the United States in 2024, all", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-21c", F, "from 21 as of Aug. 16", "21", "count", 21, 21, "cases", Y, "us travelers cases as of aug 16 (mmwr)"),
 ("f-aug16a", F, "21 as of Aug. 16 to", "Aug. 16", "date", 2024, 2024, "year", N, "as-of"),
 ("f-47", F, "to 47 by Sept. 17", "47", "count", 47, 47, "cases", Y, "us cases as of sep 17"),
 ("f-sep17", F, "47 by Sept. 17", "Sept. 17", "date", 2024, 2024, "year", N, "as-of"),
 ("f-30", F, "Europe reported 30 imported", "30", "count", 30, 30, "cases", Y, "europe imported cases 2024"),
 ("f-l3def", F, "Level 3 means travelers", "Level 3", "level", 3, 3, "level", N, "definitional"),
 ("f-aug16b", F, "On Aug. 16, 2024, the CDC", "Aug. 16, 2024", "date", 2024, 2024, "year", Y, "cdc han / cuba level 2 date"),
 ("f-lvl2", F, "issued a Level 2 notice for Cuba", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level"),
 ("f-lvl2b", F, "The Level 2 notice asks", "Level 2", "level", 2, 2, "level", N, "repeat"),
 ("f-feb18", F, "travel page on Feb. 18, 2025", "Feb. 18, 2025", "date", 2025, 2025, "year", N, "check date"),
 ("f-lvl2c", F, "still at Level 2", "Level 2", "level", 2, 2, "level", N, "repeat"),
 ("f-3765", F, "counted 3,765 cases", "3,765", "count", 3765, 3765, "cases", Y, "americas 2025 cases first 4 weeks"),
 ("f-4wk", F, "first four weeks of 2025", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("f-2025", F, "four weeks of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-thou3", F, "\"has killed thousands\" in Cuba is false", "thousands", "count", None, None, "deaths", N, "post claim (ruling)"),
 ("f-4d2", F, "four deaths were reported in the whole region", "four", "count", 4, 4, "deaths", Y, "americas 2024 deaths (ruling)"),
 ("f-in2024c", F, "whole region in 2024 and none", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-500c", F, "The claim of \"more than 500\" infected", "500", "count", 500, 500, "cases", N, "post claim (ruling)"),
 ("f-108b", F, "the PAHO figure is 108", "108", "count", 108, 108, "cases", Y, "us imported cases 2024 (ruling)"),
 ("f-rl2", F, "under a Level 2 notice, not Level 3", "Level 2", "level", 2, 2, "level", Y, "cdc cuba travel notice level (ruling)"),
 ("f-rl3", F, "under a Level 2 notice, not Level 3", "Level 3", "level", 3, 3, "level", N, "post claim (ruling)"),
 ("f-s1", F, "Oropouche in the Americas Region, Feb. 11, 2025", "Feb. 11, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s2", F, "CDCHAN-00515, Aug. 16, 2024", "Aug. 16, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s3", F, "Cuba (Level 2), accessed", "Level 2", "level", 2, 2, "level", N, "sources"),
 ("f-s4", F, "accessed Feb. 18, 2025", "Feb. 18, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s5", F, "press statement, July 25, 2024", "July 25, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s6", F, "Disease Outbreak News, Dec. 5, 2024", "Dec. 5, 2024", "date", 2024, 2024, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 year Brazil announced first deaths
 ("f-jul23", "w-thu", S), ("f-jul23", "p-jul24", S), ("f-jul23", "e-jul24", S), ("f-jul23", "b-latejul", S),
 # S2 Brazil cases at first-death announcement
 ("b-7326", "w-7236", S), ("b-7326", "f-7236", S),
 # S3 age of the Valenca woman
 ("p-42", "w-24", S), ("p-42", "e-24", S), ("p-42", "f-24", S),
 # S4 PAHO count Jan 1-Jul 20 2024
 ("l-8087", "p-8078", S), ("l-8087", "a-8078", S), ("l-8087", "f-8078", S),
 # S5 year virus first identified
 ("b-1995", "w-1955", S), ("b-1995", "e-1955", S),
 # S6 year of CDC health advisory
 ("b-lastyr", "p-aug16", S), ("b-lastyr", "l-aug16b", S), ("b-lastyr", "e-aug16", S),
 ("b-lastyr", "f-aug16b", S), ("b-lastyr", "a-aug24", S),
 # S7 US traveler cases as of Aug 16 (MMWR)
 ("p-12", "a-21", S), ("p-12", "l-21", S), ("p-12", "f-21c", S),
 # S8 US cases as of Sept 17
 ("f-47", "l-74", S), ("f-47", "b-74", S),
 # S9 Brazil 2023 cases
 ("w-823", "a-832", S), ("w-823", "f-832", S),
 # S10 EU imported cases June-July
 ("l-18", "b-19", S), ("l-18", "p-19", S),
 # S11 Americas 2024 full-year cases
 ("e-11634", "a-16239", S), ("e-11634", "f-16239", S),
 # S12 US imported cases 2024 (PAHO)
 ("e-180", "a-108", S), ("e-180", "f-108", S), ("e-180", "f-108b", S),
 # S13 Brazil share of the Jul 20 count
 ("f-80", "p-90pct", S), ("f-80", "a-902", S),
 # S14 median age of the 94 US cases
 ("e-25", "a-52", S),
 # S15 confirmed vertical transmission cases in Brazil by end 2024
 ("a-six", "e-five", S), ("a-six", "f-five", S),
 # S16 gestational age of the first confirmed fetal death (Pernambuco)
 ("l-20w", "e-30w", S), ("l-20w", "b-30w", S),
 # S17 CDC travel notice level for Cuba
 ("b-lvl1", "p-lvl2", S), ("b-lvl1", "l-lvl2", S), ("b-lvl1", "e-lvl2", S),
 ("b-lvl1", "f-lvl2", S), ("b-lvl1", "f-vl2", S), ("b-lvl1", "f-rl2", S),
 # S18 symptom duration
 ("b-dur", "w-dur", S), ("b-dur", "e-dur", S), ("b-dur", "l-week", S),
 # Qualified
 ("e-60", "a-70", Q),
 ("w-inc", "p-inc", Q), ("w-inc", "e-inc", Q), ("w-inc", "b-inc", Q),
 ("f-3br", "e-br4", Q),
 ("w-it4", "b-5", Q),
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
        rows.append({"type": "claim", "id": f"or-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"or-{a}", f"or-{b}"
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
