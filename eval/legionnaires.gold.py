#!/usr/bin/env python3
"""Build legionnaires.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "legionnaires")
OUT = os.path.join(HERE, "legionnaires.gold.jsonl")
T = "legionnaires"

W, P, A, E, B, L, F = ("LG01_wire.txt", "LG02_press.txt", "LG03_abstract.txt",
                       "LG04_explainer.txt", "LG05_blog.txt", "LG06_local.txt", "LG07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LG01 wire (2025-08-14, a Thursday)
 ("w-h4", W, "Fourth death reported", "Fourth", "count", 4, 4, "deaths", N, "headline (deaths as of aug 14)"),
 ("w-dl", W, "NEW YORK, Aug 14", "Aug 14", "date", 2025, 2025, "year", N, "dateline"),
 ("w-4", W, "A fourth person has died", "fourth", "count", 4, 4, "deaths", N, "deaths as of aug 14 (ordinal)"),
 ("w-thu", W, "officials said on Thursday", "Thursday", "date", 2025, 2025, "year", N, "as-of"),
 ("w-99", W, "said 99 people", "99", "count", 99, 99, "cases", Y, "harlem cases as of aug 14"),
 ("w-jul25", W, "first detected on July 25", "July 25", "date", 2025, 2025, "year", Y, "cluster identified date"),
 ("w-17", W, "and 17 of them are in the hospital", "17", "count", 17, 17, "patients", Y, "currently hospitalized as of aug 14"),
 ("w-12", W, "in 12 cooling towers on 10", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("w-10", W, "cooling towers on 10 buildings", "10", "count", 10, 10, "buildings", Y, "buildings with positive towers"),
 ("w-11", W, "Eleven of the towers", "Eleven", "count", 11, 11, "towers", Y, "towers remediated as of aug 14"),
 ("w-fri", W, "finished on Friday", "Friday", "date", 2025, 2025, "year", N, "forecast: last remediation"),
 ("w-incub", W, "two days to two weeks after", "two days to two weeks", "duration", 2, 14, "days", Y, "incubation period"),
 ("w-5zip", W, "concentrated in five ZIP codes", "five", "count", 5, 5, "zip codes", Y, "zip codes affected"),
 ("w-lastmo", W, "the cluster last month", "last month", "date", 2025, 2025, "year", N, "first disclosure (vague)"),
 ("w-jul31", W, "By July 31 the count", "July 31", "date", 2025, 2025, "year", N, "as-of"),
 ("w-22", W, "had reached 22 with", "22", "count", 22, 22, "cases", Y, "cases as of jul 31"),
 ("w-1d", W, "22 with one death", "one", "count", 1, 1, "deaths", Y, "deaths as of jul 31"),
 ("w-mon", W, "on Monday of last week", "Monday of last week", "date", 2025, 2025, "year", N, "as-of (aug 4)"),
 ("w-58", W, "it stood at 58 with", "58", "count", 58, 58, "cases", Y, "cases as of aug 4"),
 ("w-2d", W, "58 with two deaths", "two", "count", 2, 2, "deaths", Y, "deaths as of aug 4"),
 ("w-3d", W, "a third death was announced", "third", "count", 3, 3, "deaths", N, "deaths as of aug 6 (ordinal)"),
 ("w-aug6", W, "announced on Aug. 6", "Aug. 6", "date", 2025, 2025, "year", N, "as-of"),
 ("w-67", W, "climbed to 67", "67", "count", 67, 67, "cases", Y, "cases as of aug 6"),
 ("w-90d", W, "for Legionella every 90 days", "90 days", "duration", 90, 90, "days", Y, "current required testing interval"),
 ("w-lastwk", W, "Department last week published", "last week", "date", 2025, 2025, "year", N, "proposed rules date"),
 ("w-fines", W, "run from $50 to $2,000", "$50 to $2,000", "money", 50, 2000, "USD", Y, "current maintenance fines"),
 ("w-1in4", W, "kills about one in four people", "one in four", "percent", 25, 25, "%", Y, "overall fatality (cdc)"),
 ("w-50", W, "People over 50, smokers", "50", "age", 50, 50, "years", N, "risk-group age"),
 ("w-2015", W, "since the summer of 2015", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("w-138", W, "linked to 138 cases", "138", "count", 138, 138, "cases", Y, "2015 south bronx cases (final)"),
 ("w-16", W, "138 cases and 16 deaths", "16", "count", 16, 16, "deaths", Y, "2015 south bronx deaths (final)"),
 ("w-5boro", W, "in the five boroughs", "five", "count", 5, 5, "boroughs", N, "aside"),
 ("w-2021", W, "Central Harlem in 2021", "2021", "date", 2021, 2021, "year", Y, "earlier harlem hospital cluster year"),
 ("w-18", W, "sickened 18 people", "18", "count", 18, 18, "cases", Y, "2021 harlem cluster cases"),
 ("w-2dec", W, "for two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("w-2022", W, "reported in 2022 that", "2022", "date", 2022, 2022, "year", N, "study publication year"),
 ("w-5x", W, "grown more than fivefold", "fivefold", "ratio", 5, 5, "x", Y, "us incidence increase since early 2000s"),
 ("w-2000s", W, "since the early 2000s", "early 2000s", "date", 2000, 2009, "year", N, "period start"),
 ("w-monday", W, "updated count on Monday", "Monday", "date", 2025, 2025, "year", N, "future update"),

 # ---- LG02 press (2025-09-03)
 ("p-h250", P, "Screening for Up to 250", "250", "count", 250, 250, "towers", N, "headline repeat"),
 ("p-hoct", P, "no cost through October 31", "October 31", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-h15m", P, "company commits $1.5 million", "$1.5 million", "money", 1500000, 1500000, "USD", N, "subtitle repeat"),
 ("p-dl", P, "Sept. 3, 2025", "Sept. 3, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-250", P, "for as many as 250 registered", "250", "count", 250, 250, "towers", Y, "towers covered by program"),
 ("p-aug29", P, "declared over on August 29", "August 29", "date", 2025, 2025, "year", Y, "cluster declared over"),
 ("p-114", P, "114 people were diagnosed", "114", "count", 114, 114, "cases", Y, "harlem cases final"),
 ("p-90", P, "cluster, 90 were hospitalized", "90", "count", 90, 90, "patients", Y, "harlem hospitalized total"),
 ("p-7", P, "hospitalized and seven died", "seven", "count", 7, 7, "deaths", Y, "harlem deaths final"),
 ("p-90pct", P, "At least 90 percent of the patients", "90 percent", "percent", 90, 90, "%", Y, "share with risk factor (lower bound)"),
 ("p-50", P, "being age 50 or older", "50", "age", 50, 50, "years", N, "risk-factor definition"),
 ("p-21", P, "detected in 21 cooling towers", "21", "count", 21, 21, "towers", Y, "legionella-positive cooling towers"),
 ("p-10", P, "towers at 10 buildings", "10", "count", 10, 10, "buildings", Y, "buildings with positive towers"),
 ("p-2loc", P, "towers at two locations", "two", "count", 2, 2, "sites", Y, "source sites matched by sequencing"),
 ("p-7pt", P, "bacteria from seven patients", "seven", "count", 7, 7, "patients", Y, "patients matched to source towers"),
 ("p-3wk", P, "ended because three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "closure criterion (time since last onset)"),
 ("p-aug9", P, "feeling sick was August 9", "August 9", "date", 2025, 2025, "year", Y, "last symptom onset"),
 ("p-30d", P, "Legionella every 30 days instead", "30 days", "duration", 30, 30, "days", Y, "proposed testing interval"),
 ("p-90d", P, "instead of every 90 days", "90 days", "duration", 90, 90, "days", Y, "current testing interval"),
 ("p-qtr", P, "Quarterly sampling", "Quarterly", "duration", 3, 3, "months", N, "quote: current interval"),
 ("p-3mo", P, "leaves almost three months", "three months", "duration", 3, 3, "months", N, "quote: current interval"),
 ("p-48h", P, "results in 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "qpcr turnaround"),
 ("p-710", P, "compared with 7 to 10 days", "7 to 10 days", "duration", 7, 10, "days", Y, "culture turnaround"),
 ("p-oct31", P, "through October 31, 2025", "October 31, 2025", "date", 2025, 2025, "year", Y, "program end date"),
 ("p-20pct", P, "receive a 20% discount", "20%", "percent", 20, 20, "%", Y, "disinfection discount"),
 ("p-15m", P, "funded by a $1.5 million", "$1.5 million", "money", 1500000, 1500000, "USD", Y, "program funding"),
 ("p-1in10", P, "about 1 in 10 people who get", "1 in 10", "percent", 10, 10, "%", Y, "overall fatality (cdc)"),
 ("p-2016", P, "South Bronx outbreak of 2016", "2016", "date", 2016, 2016, "year", Y, "south bronx outbreak year"),
 ("p-138", P, "which sickened 138 people", "138", "count", 138, 138, "cases", Y, "2015 south bronx cases (final)"),
 ("p-16", P, "138 people and killed 16", "16", "count", 16, 16, "deaths", Y, "2015 south bronx deaths (final)"),
 ("p-fines", P, "range from $500 to $2,000", "$500 to $2,000", "money", 500, 2000, "USD", Y, "current maintenance fines"),
 ("p-1998", P, "founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-1200", P, "more than 1,200 cooling towers", "1,200", "count", 1200, 1200, "towers", N, "about section"),
 ("p-340", P, "employs about 340 people", "340", "count", 340, 340, "employees", N, "about section"),
 ("p-45", P, "including 45 certified", "45", "count", 45, 45, "technicians", N, "about section"),
 ("p-2026", P, "to the Bronx in 2026", "2026", "date", 2026, 2026, "year", N, "forward-looking plan"),

 # ---- LG03 abstract (2025-11-20)
 ("a-pub", A, "Published online 20 November 2025", "20 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "July–August 2025: a descriptive", "July–August 2025", "date", 2025, 2025, "year", N, "title period"),
 ("a-2015", A, "including the 2015 South Bronx", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("a-138", A, "outbreak (138 cases, 16 deaths)", "138", "count", 138, 138, "cases", Y, "2015 south bronx cases (final)"),
 ("a-16", A, "(138 cases, 16 deaths)", "16", "count", 16, 16, "deaths", Y, "2015 south bronx deaths (final)"),
 ("a-ll2015", A, "Local Law 77 of 2015", "2015", "date", 2015, 2015, "year", N, "law name"),
 ("a-30d", A, "Legionella testing every 30 days", "30 days", "duration", 30, 30, "days", Y, "current testing interval (as stated)"),
 ("a-2021", A, "In 2021 a cluster", "2021", "date", 2021, 2021, "year", Y, "earlier harlem hospital cluster year"),
 ("a-18", A, "a cluster of 18 cases", "18", "count", 18, 18, "cases", Y, "2021 harlem cluster cases"),
 ("a-2025q", A, "We describe the 2025 Central", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-2015q", A, "severity with the 2015 outbreak", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("a-5zip", A, "visited five Central Harlem", "five", "count", 5, 5, "zip codes", Y, "zip codes affected"),
 ("a-period", A, "between 25 July and 28 August 2025", "25 July and 28 August 2025", "date", 2025, 2025, "year", N, "reporting period"),
 ("a-2015m", A, "compared with the 2015 outbreak using", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("a-114", A, "N = 114", "114", "count", 114, 114, "cases", Y, "harlem cases final"),
 ("a-90", A, "n=90 were hospitalized", "90", "count", 90, 90, "patients", Y, "harlem hospitalized total"),
 ("a-789", A, "(78.9%, 95% CI", "78.9%", "percent", 78.9, 78.9, "%", Y, "share hospitalized"),
 ("a-789ci", A, "70.6–85.4", "70.6–85.4", "percent", 70.6, 85.4, "%", Y, "ci"),
 ("a-7d", A, "and 7 died", "7", "count", 7, 7, "deaths", Y, "harlem deaths final"),
 ("a-61", A, "case fatality 6.1%", "6.1%", "percent", 6.1, 6.1, "%", Y, "harlem case fatality"),
 ("a-61ci", A, "3.0–12.1", "3.0–12.1", "percent", 3.0, 12.1, "%", Y, "ci"),
 ("a-1rf", A, "At least one risk factor", "one", "count", 1, 1, "risk factors", N, "definition"),
 ("a-50", A, "age ≥50 years", "≥50 years", "age", 50, 50, "years", N, "risk-factor definition"),
 ("a-104", A, "recorded for 104 patients", "104", "count", 104, 104, "patients", Y, "patients with risk factor"),
 ("a-912", A, "(91.2%, 95% CI", "91.2%", "percent", 91.2, 91.2, "%", Y, "share with risk factor"),
 ("a-912ci", A, "84.6–95.2", "84.6–95.2", "percent", 84.6, 95.2, "%", Y, "ci"),
 ("a-12", A, "detected in 12 cooling towers", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("a-10", A, "towers at 10 buildings", "10", "count", 10, 10, "buildings", Y, "buildings with positive towers"),
 ("a-aug15", A, "disinfection by 15 August", "15 August", "date", 2025, 2025, "year", Y, "all positive towers disinfected"),
 ("a-7pt", A, "Isolates from 7 patients", "7", "count", 7, 7, "patients", Y, "patients matched to source towers"),
 ("a-2sites", A, "matched towers at two sites", "two", "count", 2, 2, "sites", Y, "source sites matched by sequencing"),
 ("a-aug9", A, "last case was on 9 August", "9 August", "date", 2025, 2025, "year", Y, "last symptom onset"),
 ("a-aug29", A, "closed on 29 August", "29 August", "date", 2025, 2025, "year", Y, "cluster declared over"),
 ("a-2015r", A, "than in the 2015 outbreak (16", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("a-16b", A, "(16 of 138; 11.6%", "16", "count", 16, 16, "deaths", Y, "2015 south bronx deaths (final)"),
 ("a-138b", A, "16 of 138; 11.6%", "138", "count", 138, 138, "cases", Y, "2015 south bronx cases (final)"),
 ("a-116", A, "138; 11.6%", "11.6%", "percent", 11.6, 11.6, "%", Y, "2015 case fatality"),
 ("a-116ci", A, "7.3–18.0", "7.3–18.0", "percent", 7.3, 18.0, "%", Y, "ci"),
 ("a-diff", A, "difference −5.5 percentage points", "−5.5 percentage points", "percent", -5.5, -5.5, "pp", Y, "cfr difference 2025 minus 2015"),
 ("a-diffci", A, "(95% CI −12.6 to 1.9)", "−12.6 to 1.9", "percent", -12.6, 1.9, "pp", Y, "ci"),
 ("a-p", A, "P=0.19", "0.19", "pvalue", 0.19, 0.19, "p", N, "p-value"),
 ("a-5166", A, "from 5,166 in 2014", "5,166", "count", 5166, 5166, "cases", Y, "us confirmed cases 2014"),
 ("a-2014", A, "5,166 in 2014", "2014", "date", 2014, 2014, "year", N, "qualifier"),
 ("a-6079", A, "to 6,079 in 2015", "6,079", "count", 6079, 6079, "cases", Y, "us confirmed cases 2015"),
 ("a-2015n", A, "6,079 in 2015", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("a-177", A, "(+17.7%)", "+17.7%", "percent", 17.7, 17.7, "%", Y, "us increase 2014 to 2015"),
 ("a-dbl", A, "count nearly doubled", "doubled", "ratio", 2, 2, "x", N, "nyc 2014 to 2015 (summary)"),
 ("a-228", A, "from 228 to 437", "228", "count", 228, 228, "cases", Y, "nyc cases 2014 (cdc)"),
 ("a-437", A, "228 to 437", "437", "count", 437, 437, "cases", Y, "nyc cases 2015 (cdc)"),
 ("a-c2025", A, "The 2025 Central Harlem cluster was", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-since15", A, "largest since 2015", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("a-4in5", A, "Nearly four in five", "four in five", "percent", 80, 80, "%", N, "summary of 78.9%"),
 ("a-half", A, "was about half that", "half", "ratio", 0.5, 0.5, "x", N, "summary cfr ratio"),
 ("a-2of10", A, "Two of the ten buildings", "Two", "count", 2, 2, "buildings", Y, "city-run buildings among positives"),
 ("a-ten", A, "of the ten buildings", "ten", "count", 10, 10, "buildings", N, "repeat"),

 # ---- LG04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jul25", E, "cluster of cases on July 25", "July 25", "date", 2025, 2025, "year", Y, "cluster identified date"),
 ("e-aug18", E, "As of August 18", "August 18", "date", 2025, 2025, "year", N, "as-of"),
 ("e-108", E, "108 people had been diagnosed", "108", "count", 108, 108, "cases", Y, "harlem cases as of aug 18"),
 ("e-5d", E, "five had died", "five", "count", 5, 5, "deaths", Y, "harlem deaths as of aug 18"),
 ("e-14", E, "and 14 were in the hospital", "14", "count", 14, 14, "patients", Y, "currently hospitalized as of aug 18"),
 ("e-12", E, "says 12 cooling towers", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("e-10", E, "towers on 10 buildings", "10", "count", 10, 10, "buildings", Y, "buildings with positive towers"),
 ("e-5zip", E, "live or work in five ZIP codes", "five", "count", 5, 5, "zip codes", Y, "zip codes affected"),
 ("e-1976", E, "from a 1976 outbreak", "1976", "date", 1976, 1976, "year", Y, "philadelphia outbreak (name origin)"),
 ("e-incub", E, "usually begin 2 to 10 days", "2 to 10 days", "duration", 2, 10, "days", Y, "incubation period"),
 ("e-14d", E, "take up to 14 days to appear", "14 days", "duration", 14, 14, "days", Y, "maximum incubation"),
 ("e-50", E, "Adults aged 50 and older", "50", "age", 50, 50, "years", N, "risk-group age"),
 ("e-1in10", E, "About 1 in 10 people", "1 in 10", "percent", 10, 10, "%", Y, "overall fatality (cdc)"),
 ("e-1in4", E, "the figure is about 1 in 4", "1 in 4", "percent", 25, 25, "%", Y, "healthcare-associated fatality"),
 ("e-levo", E, "levofloxacin 750 mg", "750 mg", "dose", 750, 750, "mg", Y, "levofloxacin daily dose"),
 ("e-once1", E, "750 mg once a day", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-azi", E, "azithromycin 500 mg", "500 mg", "dose", 500, 500, "mg", Y, "azithromycin daily dose"),
 ("e-once2", E, "500 mg once a day", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-710", E, "usually lasts 7 to 10 days", "7 to 10 days", "duration", 7, 10, "days", Y, "antibiotic course"),
 ("e-1421", E, "need 14 to 21 days", "14 to 21 days", "duration", 14, 21, "days", Y, "course for immunocompromised"),
 ("e-200500", E, "Between 200 and 500 cases", "200 and 500", "count", 200, 500, "cases", Y, "nyc cases per typical year"),
 ("e-5166", E, "Nationally, 5,166 confirmed", "5,166", "count", 5166, 5166, "cases", Y, "us confirmed cases 2015 (as stated)"),
 ("e-2015n", E, "the CDC in 2015", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("e-1127", E, "up from 1,127 in 2000", "1,127", "count", 1127, 1127, "cases", Y, "us cases 2000"),
 ("e-2000", E, "1,127 in 2000", "2000", "date", 2000, 2000, "year", N, "qualifier"),
 ("e-h2015", E, "Is this like the 2015 outbreak", "2015", "date", 2015, 2015, "year", N, "heading"),
 ("e-2015", E, "in the summer of 2015 remains", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("e-138", E, "sickened 138 people", "138", "count", 138, 138, "cases", Y, "2015 south bronx cases (final)"),
 ("e-12d", E, "and killed 12", "12", "count", 12, 12, "deaths", Y, "2015 south bronx deaths (stated as final)"),
 ("e-90d", E, "for Legionella every 90 days", "90 days", "duration", 90, 90, "days", Y, "current testing interval"),
 ("e-fines", E, "range from $500 to $2,000", "$500 to $2,000", "money", 500, 2000, "USD", Y, "current maintenance fines"),
 ("e-thismo", E, "This month the Health Department", "This month", "date", 2025, 2025, "year", N, "proposed rules date"),

 # ---- LG05 blog (2025-09-05)
 ("b-h5wk", B, "Five weeks in Harlem", "Five weeks", "duration", 5, 5, "weeks", N, "headline"),
 ("b-pub", B, "September 5, 2025", "September 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-aug29", B, "Central Harlem Legionnaires' disease cluster on August 29", "August 29", "date", 2025, 2025, "year", Y, "cluster declared over"),
 ("b-jul25", B, "July 25: The Health", "July 25", "date", 2025, 2025, "year", Y, "cluster identified date"),
 ("b-5c", B, "with five cases", "five", "count", 5, 5, "cases", Y, "cases at announcement jul 25"),
 ("b-jul31", B, "July 31: 22 cases", "July 31", "date", 2025, 2025, "year", N, "as-of"),
 ("b-22", B, "July 31: 22 cases", "22", "count", 22, 22, "cases", Y, "cases as of jul 31"),
 ("b-1st", B, "and the first death", "first", "count", 1, 1, "deaths", N, "deaths as of jul 31 (ordinal)"),
 ("b-aug4", B, "August 4: 58 cases", "August 4", "date", 2025, 2025, "year", N, "as-of"),
 ("b-58", B, "August 4: 58 cases", "58", "count", 58, 58, "cases", Y, "cases as of aug 4"),
 ("b-2d", B, "58 cases and two deaths", "two", "count", 2, 2, "deaths", Y, "deaths as of aug 4"),
 ("b-11", B, "complete at 11 towers", "11", "count", 11, 11, "towers", Y, "towers remediated as of aug 4"),
 ("b-aug6", B, "August 6: 67 cases", "August 6", "date", 2025, 2025, "year", N, "as-of"),
 ("b-67", B, "August 6: 67 cases", "67", "count", 67, 67, "cases", Y, "cases as of aug 6"),
 ("b-3rd", B, "a third patient has died", "third", "count", 3, 3, "deaths", N, "deaths as of aug 6 (ordinal)"),
 ("b-aug12", B, "August 12: The count", "August 12", "date", 2025, 2025, "year", N, "as-of"),
 ("b-90c", B, "The count reaches 90", "90", "count", 90, 90, "cases", Y, "cases as of aug 12"),
 ("b-3d", B, "still with three deaths", "three", "count", 3, 3, "deaths", Y, "deaths as of aug 12"),
 ("b-aug14", B, "August 14: 99 cases", "August 14", "date", 2025, 2025, "year", N, "as-of"),
 ("b-99", B, "August 14: 99 cases", "99", "count", 99, 99, "cases", Y, "cases as of aug 14"),
 ("b-4d", B, "99 cases and four deaths", "four", "count", 4, 4, "deaths", Y, "deaths as of aug 14"),
 ("b-12", B, "names 12 positive towers", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("b-10", B, "positive towers on 10 buildings", "10", "count", 10, 10, "buildings", Y, "buildings with positive towers"),
 ("b-aug18", B, "August 18: 108 cases", "August 18", "date", 2025, 2025, "year", N, "as-of"),
 ("b-108", B, "August 18: 108 cases", "108", "count", 108, 108, "cases", Y, "cases as of aug 18"),
 ("b-5th", B, "and a fifth death", "fifth", "count", 5, 5, "deaths", N, "deaths as of aug 18 (ordinal)"),
 ("b-aug29t", B, "August 29: The cluster", "August 29", "date", 2025, 2025, "year", N, "timeline repeat"),
 ("b-3wk", B, "declared over, three weeks after", "three weeks", "duration", 3, 3, "weeks", Y, "closure criterion (time since last onset)"),
 ("b-141", B, "Final tally: 141 cases", "141", "count", 141, 141, "cases", Y, "harlem cases final"),
 ("b-104", B, "104 of them hospitalized", "104", "count", 104, 104, "patients", Y, "harlem hospitalized total"),
 ("b-7d", B, "hospitalized, and seven deaths", "seven", "count", 7, 7, "deaths", Y, "harlem deaths final"),
 ("b-cap", B, "July 25 to August 28", "July 25 to August 28", "date", 2025, 2025, "year", N, "caption"),
 ("b-19in20", B, "says 19 in 20 had", "19 in 20", "percent", 95, 95, "%", Y, "share with risk factor"),
 ("b-1rf", B, "had at least one known", "one", "count", 1, 1, "risk factors", N, "definition"),
 ("b-50", B, "such as being over 50", "50", "age", 50, 50, "years", N, "risk-factor definition"),
 ("b-incub", B, "incubation period, 12 to 14 days", "12 to 14 days", "duration", 12, 14, "days", Y, "incubation period"),
 ("b-levo", B, "levofloxacin 500 mg", "500 mg", "dose", 500, 500, "mg", Y, "levofloxacin daily dose"),
 ("b-once", B, "500 mg once a day", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("b-hd2015", B, "How this compares with 2015", "2015", "date", 2015, 2015, "year", N, "heading"),
 ("b-10ya", B, "outbreak ten years ago", "ten years ago", "date", 2015, 2015, "year", N, "relative reference to 2015"),
 ("b-aug20", B, "over on August 20, 2015", "August 20, 2015", "date", 2015, 2015, "year", Y, "2015 outbreak declared over"),
 ("b-128", B, "officials counted 128 cases", "128", "count", 128, 128, "cases", Y, "2015 south bronx cases at declaration"),
 ("b-12d", B, "and 12 deaths, all traced", "12", "count", 12, 12, "deaths", Y, "2015 south bronx deaths at declaration"),
 ("b-ll", B, "signed on August 18, 2015", "August 18, 2015", "date", 2015, 2015, "year", Y, "local law 77 signed"),
 ("b-30reg", B, "register every tower within 30 days", "30 days", "duration", 30, 30, "days", Y, "registration deadline (2015 law)"),
 ("b-qtr", B, "to inspect towers quarterly", "quarterly", "duration", 3, 3, "months", N, "inspection interval"),
 ("b-10k", B, "civil penalties of up to $10,000", "$10,000", "money", 10000, 10000, "USD", Y, "max civil penalty (2015 law)"),
 ("b-25k", B, "fines of up to $25,000", "$25,000", "money", 25000, 25000, "USD", Y, "max misdemeanor fine (2015 law)"),
 ("b-half", B, "fewer than half as many tower inspections", "half", "ratio", 0.5, 0.5, "x", Y, "inspections 2024 vs 2017"),
 ("b-2024", B, "inspections in 2024 as in 2017", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-2017", B, "in 2024 as in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("b-2sites", B, "Two of the implicated sites", "Two", "count", 2, 2, "sites", Y, "city-run implicated sites"),
 ("b-90d", B, "sampling from every 90 days", "90 days", "duration", 90, 90, "days", Y, "current testing interval"),
 ("b-30d", B, "to every 30 days", "30 days", "duration", 30, 30, "days", Y, "proposed testing interval"),
 ("b-4800", B, "Join 4,800 facility managers", "4,800", "count", 4800, 4800, "subscribers", N, "page furniture"),
 ("b-atten", B, "Local Law 77 at ten", "ten", "duration", 10, 10, "years", N, "related link"),

 # ---- LG06 local (2025-09-20, a Saturday), hard-wrapped
 ("l-pub", L, "Saturday, September 20, 2025", "September 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-hmon", L, "Council weighs monthly", "monthly", "duration", 1, 1, "months", N, "headline (proposed interval)"),
 ("l-fri", L, "officials on Friday over", "Friday", "date", 2025, 2025, "year", N, "hearing date"),
 ("l-114", L, "sickened 114 Central Harlem", "114", "count", 114, 114, "cases", Y, "harlem cases final"),
 ("l-6", L, "killed six people", "six", "count", 6, 6, "deaths", Y, "harlem deaths final"),
 ("l-month", L, "Legionella every month", "every month", "duration", 1, 1, "months", Y, "proposed testing interval (council bill)"),
 ("l-decade", L, "outbreak in a decade", "a decade", "duration", 10, 10, "years", N, "quote"),
 ("l-90h", L, "approximately 90 hospitalizations", "90", "count", 90, 90, "patients", Y, "harlem hospitalized total"),
 ("l-since15", L, "cooling-tower law since 2015", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("l-once", L, "at least once a month while", "once a month", "duration", 1, 1, "months", N, "repeat of bill interval"),
 ("l-90d", L, "call for testing every 90 days", "90 days", "duration", 90, 90, "days", Y, "current testing interval"),
 ("l-12", L, "turned up in 12 cooling towers", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("l-11b", L, "cooling towers on 11 buildings", "11", "count", 11, 11, "buildings", Y, "buildings with positive towers"),
 ("l-jul25", L, "first announced on July 25", "July 25", "date", 2025, 2025, "year", Y, "cluster identified date"),
 ("l-aug4", L, "by Aug. 4 the count", "Aug. 4", "date", 2025, 2025, "year", N, "as-of"),
 ("l-85", L, "had already reached 85", "85", "count", 85, 85, "cases", Y, "cases as of aug 4"),
 ("l-18", L, "a cluster of 18 cases two", "18", "count", 18, 18, "cases", Y, "earlier harlem hospital cluster cases"),
 ("l-2sum", L, "18 cases two summers ago", "two summers ago", "date", 2023, 2023, "year", Y, "earlier harlem hospital cluster year"),
 ("l-half", L, "fewer than half as many cooling-tower", "half", "ratio", 0.5, 0.5, "x", Y, "inspections 2024 vs 2017"),
 ("l-2024", L, "inspections in 2024 as in", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-2017", L, "as in 2017, the first year", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("l-early", L, "In early August, he noted", "early August", "date", 2025, 2025, "year", N, "as-of"),
 ("l-11", L, "he noted, 11 of the 43", "11", "count", 11, 11, "towers", Y, "positive towers early august (lawyer)"),
 ("l-43", L, "11 of the 43 towers", "43", "count", 43, 43, "towers", Y, "towers inspected early august (lawyer)"),
 ("l-25", L, "about 25%, tested", "25%", "percent", 25, 25, "%", Y, "share of inspected towers positive"),
 ("l-fines", L, "run from $500 to $2,000", "$500 to $2,000", "money", 500, 2000, "USD", Y, "current maintenance fines"),
 ("l-spring", L, "take effect next spring", "next spring", "date", 2026, 2026, "year", N, "forecast effective date"),
 ("l-twice", L, "require twice-yearly certification", "twice-yearly", "count", 2, 2, "per year", N, "assembly bill certification frequency"),
 ("l-90eff", L, "take effect 90 days after", "90 days", "duration", 90, 90, "days", Y, "assembly bill effective delay"),
 ("l-2015", L, "South Bronx outbreak of 2015", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("l-439", L, "recorded 439 Legionnaires' cases", "439", "count", 439, 439, "cases", Y, "nyc cases 2015 (city)"),
 ("l-twice2", L, "nearly twice the 225", "twice", "ratio", 2, 2, "x", N, "nyc 2015 vs 2014 (summary)"),
 ("l-225", L, "twice the 225 of 2014", "225", "count", 225, 225, "cases", Y, "nyc cases 2014 (city)"),
 ("l-2014", L, "225 of 2014", "2014", "date", 2014, 2014, "year", N, "qualifier"),
 ("l-law15", L, "law passed in 2015 after", "2015", "date", 2015, 2015, "year", Y, "cooling tower law passed"),
 ("l-nextmo", L, "as soon as next month", "next month", "date", 2025, 2025, "year", N, "forecast vote"),

 # ---- LG07 fact-check (2025-09-10)
 ("f-h20", F, "did not kill \"more than 20\"", "20", "count", 20, 20, "deaths", N, "headline: post's claim"),
 ("f-pub", F, "September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c20", F, "\"killed more than 20 people,\"", "20", "count", 20, 20, "deaths", N, "post's claim"),
 ("f-cmonth", F, "\"sat on it for a month\" before", "a month", "duration", 1, 1, "months", N, "post's claim"),
 ("f-7v", F, "counted seven deaths", "seven", "count", 7, 7, "deaths", Y, "harlem deaths final"),
 ("f-2015v", F, "the 2015 South Bronx outbreak was deadlier", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("f-aug29", F, "issued on August 29, reported", "August 29", "date", 2025, 2025, "year", Y, "final update / cluster closed"),
 ("f-114", F, "reported 114 cases", "114", "count", 114, 114, "cases", Y, "harlem cases final"),
 ("f-90", F, "114 cases, 90 hospitalizations", "90", "count", 90, 90, "patients", Y, "harlem hospitalized total"),
 ("f-7b", F, "90 hospitalizations and seven deaths", "seven", "count", 7, 7, "deaths", Y, "harlem deaths final"),
 ("f-aug28", F, "deaths as of August 28", "August 28", "date", 2025, 2025, "year", N, "as-of"),
 ("f-6pct", F, "died at about 6%", "6%", "percent", 6, 6, "%", Y, "harlem case fatality"),
 ("f-7th", F, "added a seventh death", "seventh", "count", 7, 7, "deaths", N, "ordinal"),
 ("f-aday", F, "a day before it closed", "a day", "duration", 1, 1, "days", N, "aside"),
 ("f-near20", F, "anywhere near 20", "20", "count", 20, 20, "deaths", N, "post's claim repeated"),
 ("f-2015", F, "The South Bronx outbreak of 2015, traced", "2015", "date", 2015, 2015, "year", Y, "south bronx outbreak year"),
 ("f-183", F, "was linked to 183 cases", "183", "count", 183, 183, "cases", Y, "2015 south bronx cases (final)"),
 ("f-16", F, "183 cases and 16 deaths", "16", "count", 16, 16, "deaths", Y, "2015 south bronx deaths (final)"),
 ("f-2017", F, "scientists published in 2017", "2017", "date", 2017, 2017, "year", N, "study publication year"),
 ("f-month2", F, "\"The city sat on it for a month.\"", "a month", "duration", 1, 1, "months", N, "post's claim repeated"),
 ("f-jul25", F, "the community cluster on July 25", "July 25", "date", 2025, 2025, "year", Y, "cluster identified date"),
 ("f-aug15", F, "by August 15 all 12", "August 15", "date", 2025, 2025, "year", Y, "all positive towers disinfected"),
 ("f-12", F, "all 12 positive towers", "12", "count", 12, 12, "towers", Y, "legionella-positive cooling towers"),
 ("f-aug29b", F, "over on August 29, after", "August 29", "date", 2025, 2025, "year", Y, "cluster declared over"),
 ("f-4wk", F, "after four weeks had passed", "four weeks", "duration", 4, 4, "weeks", Y, "closure criterion (time since last onset)"),
 ("f-17", F, "samples from 17 patients", "17", "count", 17, 17, "patients", Y, "patients matched to source towers"),
 ("f-in2015", F, "By comparison, in 2015 the strain", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("f-25", F, "samples from 25 patients", "25", "count", 25, 25, "patients", Y, "2015 patients matched to opera house tower"),
 ("f-aug16", F, "passed in August 2016 after", "August 2016", "date", 2016, 2016, "year", Y, "cooling tower law passed"),
 ("f-90d", F, "for Legionella every 90 days", "90 days", "duration", 90, 90, "days", Y, "current testing interval"),
 ("f-monthly", F, "moving to monthly testing", "monthly", "duration", 1, 1, "months", N, "proposed interval"),
 ("f-2021", F, "smaller cluster in 2021", "2021", "date", 2021, 2021, "year", Y, "earlier harlem hospital cluster year"),
 ("f-18", F, "when 18 people were sickened", "18", "count", 18, 18, "cases", Y, "2021 harlem cluster cases"),
 ("f-1110", F, "rose from 1,110 in 2000", "1,110", "count", 1110, 1110, "cases", Y, "us cases 2000"),
 ("f-2000", F, "1,110 in 2000", "2000", "date", 2000, 2000, "year", N, "qualifier"),
 ("f-3522", F, "to 3,522 in 2009", "3,522", "count", 3522, 3522, "cases", Y, "us cases 2009"),
 ("f-2009", F, "3,522 in 2009", "2009", "date", 2009, 2009, "year", N, "qualifier"),
 ("f-217", F, "an increase of 217%", "217%", "percent", 217, 217, "%", Y, "us increase 2000 to 2009"),
 ("f-1in10", F, "About 1 in 10 people", "1 in 10", "percent", 10, 10, "%", Y, "overall fatality (cdc)"),
 ("f-3x", F, "roughly threefold", "threefold", "ratio", 3, 3, "x", N, "ruling summary"),
 ("f-7r", F, "killed seven people, not", "seven", "count", 7, 7, "deaths", Y, "harlem deaths final (ruling)"),
 ("f-r20", F, "not \"more than 20,\"", "20", "count", 20, 20, "deaths", N, "post's claim repeated"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Harlem final case count 141 vs 114
 ("b-141", "p-114", S), ("b-141", "a-114", S), ("b-141", "l-114", S), ("b-141", "f-114", S),
 # S2 Harlem final deaths six vs seven
 ("l-6", "p-7", S), ("l-6", "a-7d", S), ("l-6", "b-7d", S), ("l-6", "f-7v", S), ("l-6", "f-7b", S), ("l-6", "f-7r", S),
 # S3 Harlem total hospitalized 104 vs 90
 ("b-104", "p-90", S), ("b-104", "a-90", S), ("b-104", "l-90h", S), ("b-104", "f-90", S),
 # S4 South Bronx outbreak year 2016 vs 2015
 ("p-2016", "w-2015", S), ("p-2016", "a-2015", S), ("p-2016", "e-2015", S), ("p-2016", "l-2015", S),
 ("p-2016", "f-2015v", S), ("p-2016", "f-2015", S),
 # S5 cooling-tower law year August 2016 vs 2015
 ("f-aug16", "b-ll", S), ("f-aug16", "l-law15", S),
 # S6 earlier Harlem Hospital cluster year: "two summers ago" (2023) vs 2021
 ("l-2sum", "w-2021", S), ("l-2sum", "a-2021", S), ("l-2sum", "f-2021", S),
 # S7 positive cooling towers 21 vs 12
 ("p-21", "w-12", S), ("p-21", "a-12", S), ("p-21", "e-12", S), ("p-21", "b-12", S), ("p-21", "l-12", S), ("p-21", "f-12", S),
 # S8 buildings with positive towers 11 vs 10
 ("l-11b", "w-10", S), ("l-11b", "p-10", S), ("l-11b", "a-10", S), ("l-11b", "e-10", S), ("l-11b", "b-10", S),
 # S9 patients matched by sequencing 17 vs 7
 ("f-17", "p-7pt", S), ("f-17", "a-7pt", S),
 # S10 closure criterion four weeks vs three weeks
 ("f-4wk", "p-3wk", S), ("f-4wk", "b-3wk", S),
 # S11 share with a risk factor 95% vs 91.2%
 ("b-19in20", "a-912", S),
 # S12 overall fatality one in four vs 1 in 10
 ("w-1in4", "p-1in10", S), ("w-1in4", "e-1in10", S), ("w-1in4", "f-1in10", S),
 # S13 2015 deaths (final) 12 vs 16
 ("e-12d", "w-16", S), ("e-12d", "p-16", S), ("e-12d", "a-16", S), ("e-12d", "a-16b", S), ("e-12d", "f-16", S),
 # S14 2015 cases (final) 183 vs 138
 ("f-183", "w-138", S), ("f-183", "p-138", S), ("f-183", "a-138", S), ("f-183", "a-138b", S), ("f-183", "e-138", S),
 # S15 current maintenance fines $50-$2,000 vs $500-$2,000
 ("w-fines", "p-fines", S), ("w-fines", "e-fines", S), ("w-fines", "l-fines", S),
 # S16 current testing interval 30 days vs 90 days
 ("a-30d", "w-90d", S), ("a-30d", "p-90d", S), ("a-30d", "e-90d", S), ("a-30d", "b-90d", S), ("a-30d", "l-90d", S), ("a-30d", "f-90d", S),
 # S17 US confirmed cases in 2015: 5,166 vs 6,079
 ("e-5166", "a-6079", S),
 # S18 Harlem cases as of Aug 4: 85 vs 58
 ("l-85", "w-58", S), ("l-85", "b-58", S),
 # S19 incubation period 12-14 days vs 2-10 days / two days to two weeks
 ("b-incub", "e-incub", S), ("b-incub", "w-incub", S),
 # S20 levofloxacin daily dose 500 mg vs 750 mg
 ("b-levo", "e-levo", S),

 # Qualified
 # Q1 2015 cases at the Aug 20, 2015 declaration (128) vs later final counts
 ("b-128", "w-138", Q), ("b-128", "p-138", Q), ("b-128", "a-138", Q), ("b-128", "a-138b", Q), ("b-128", "e-138", Q), ("b-128", "f-183", Q),
 # Q2 2015 deaths at the declaration (12) vs final 16
 ("b-12d", "w-16", Q), ("b-12d", "p-16", Q), ("b-12d", "a-16", Q), ("b-12d", "a-16b", Q), ("b-12d", "f-16", Q),
 # Q3 NYC 2015 cases: city 439 vs CDC NNDSS 437
 ("l-439", "a-437", Q),
 # Q4 NYC 2014 cases: city 225 vs CDC NNDSS 228
 ("l-225", "a-228", Q),
 # Q5 US cases in 2000: 1,127 vs 1,110 (legionellosis, MMWR)
 ("e-1127", "f-1110", Q),
 # Q6 risk-factor share 95% vs "at least 90 percent"
 ("b-19in20", "p-90pct", Q),
 # Q7 incubation 12-14 days vs "up to 14 days"
 ("b-incub", "e-14d", Q),
 # Q8 usual incubation: CDC-style "two days to two weeks" vs city "2 to 10 days"
 ("w-incub", "e-incub", Q),
 # Q9 outbreak year 2016 (wrong) vs the date that outbreak was declared over (Aug 20, 2015)
 ("p-2016", "b-aug20", Q),
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
        rows.append({"type": "claim", "id": f"lg-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"lg-{a}", f"lg-{b}"
        if a not in docof or b not in docof:
            print("MISSING CLAIM IN CONFLICT", a, b); ok = False; continue
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
