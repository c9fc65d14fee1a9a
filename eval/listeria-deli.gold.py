#!/usr/bin/env python3
"""Build listeria-deli.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "listeria-deli")
OUT = os.path.join(HERE, "listeria-deli.gold.jsonl")
T = "listeria-deli"

W, P, A, E, B, L, F = ("LD01_wire.txt", "LD02_press.txt", "LD03_abstract.txt",
                       "LD04_explainer.txt", "LD05_blog.txt", "LD06_local.txt", "LD07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LD01 wire (2024-08-29; "Wednesday" = 2024-08-28)
 ("w-h69", W, "racked up 69 violations", "69", "count", 69, 69, "records", N, "headline repeat (noncompliance records)"),
 ("w-hyear", W, "violations in a year", "a year", "duration", 1, 1, "years", N, "headline period"),
 ("w-dl", W, "WASHINGTON, Aug 29", "Aug 29", "date", 2024, 2024, "year", N, "dateline"),
 ("w-69", W, "logged 69 instances", "69", "count", 69, 69, "records", Y, "jarratt noncompliance records aug 2023-aug 2024"),
 ("w-yrbefore", W, "in the year before it stopped", "the year", "duration", 1, 1, "years", N, "period"),
 ("w-period", W, "from Aug. 1, 2023, to Aug. 2, 2024", "Aug. 1, 2023, to Aug. 2, 2024", "date", 2023, 2024, "year", N, "records period"),
 ("w-aday", W, "became public a day after", "a day", "duration", 1, 1, "days", N, "aside"),
 ("w-wed", W, "said on Wednesday that", "Wednesday", "date", 2024, 2024, "year", N, "as-of (cdc update aug 28)"),
 ("w-six", W, "that six more people had died", "six", "count", 6, 6, "deaths", Y, "new deaths in aug 28 update"),
 ("w-9", W, "toll to nine deaths", "nine", "count", 9, 9, "deaths", Y, "deaths as of aug 28 update"),
 ("w-57h", W, "nine deaths and 57 hospitalizations", "57", "count", 57, 57, "hospitalizations", Y, "hospitalizations as of aug 28 update"),
 ("w-18", W, "57 hospitalizations in 18 states", "18", "count", 18, 18, "states", Y, "states as of aug 28 update"),
 ("w-2011", W, "since 2011, when cantaloupe", "2011", "date", 2011, 2011, "year", Y, "previous larger listeria outbreak year"),
 ("w-147", W, "sickened 147 people", "147", "count", 147, 147, "cases", Y, "2011 cantaloupe outbreak illnesses"),
 ("w-33", W, "and killed 33.", "33", "count", 33, 33, "deaths", Y, "2011 cantaloupe outbreak deaths"),
 ("w-57s", W, "Every one of the 57 people", "57", "count", 57, 57, "cases", Y, "illnesses as of aug 28 update"),
 ("w-age", W, "range in age from 32 to 94", "32 to 94", "age", 32, 94, "years", Y, "patient age range"),
 ("w-med", W, "median age of 77", "77", "age", 77, 77, "years", Y, "patient median age (aug 28)"),
 ("w-jul19", W, "the outbreak on July 19", "July 19", "date", 2024, 2024, "year", Y, "first cdc alert"),
 ("w-28", W, "counted 28 sick people", "28", "count", 28, 28, "cases", Y, "illnesses at first alert (jul 19)"),
 ("w-12", W, "in 12 states, all of them", "12", "count", 12, 12, "states", Y, "states at first alert"),
 ("w-18i", W, "Of the first 18 patients", "18", "count", 18, 18, "patients", Y, "patients interviewed early"),
 ("w-16", W, "16 said they had eaten", "16", "count", 16, 16, "patients", Y, "interviewed who ate deli-sliced meat"),
 ("w-lastmo", W, "came into focus last month", "last month", "date", 2024, 2024, "year", Y, "recall (july 2024)"),
 ("w-207", W, "recalled 207,528 pounds", "207,528 pounds", "weight", 207528, 207528, "lb", Y, "initial recall weight"),
 ("w-jul26", W, "products on July 26 after", "July 26", "date", 2024, 2024, "year", Y, "initial recall date"),
 ("w-4d", W, "Four days later, once", "Four days", "duration", 4, 4, "days", Y, "interval initial to expanded recall"),
 ("w-7m", W, "by about 7 million pounds", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "expanded recall additional weight"),
 ("w-71", W, "cover all 71 products", "71", "count", 71, 71, "products", Y, "products in expanded recall"),
 ("w-prod", W, "between May 10 and July 29, and paused", "May 10 and July 29", "date", 2024, 2024, "year", N, "production window"),
 ("w-34", W, "reached 34 illnesses", "34", "count", 34, 34, "cases", Y, "illnesses at expanded recall (jul 30)"),
 ("w-13", W, "illnesses in 13 states", "13", "count", 13, 13, "states", Y, "states at expanded recall"),
 ("w-2d", W, "including two deaths", "two", "count", 2, 2, "deaths", Y, "deaths at expanded recall"),
 ("w-oct", W, "as late as October", "October", "date", 2024, 2024, "year", N, "sell-by end"),
 ("w-4c", W, "shipped to four other countries", "four", "count", 4, 4, "countries", Y, "export countries"),
 ("w-1905", W, "founded in 1905", "1905", "date", 1905, 1905, "year", N, "company founding"),
 ("w-500", W, "roughly 500 workers", "500", "count", 500, 500, "workers", Y, "jarratt workforce"),
 ("w-aug1", W, "class action on Aug. 1", "Aug. 1", "date", 2024, 2024, "year", Y, "class action filing date"),
 ("w-1145", W, "she paid $11.45", "$11.45", "money", 11.45, 11.45, "USD", Y, "class action plaintiff's ham price"),
 ("w-88", W, "Gunter Morgenstein, 88,", "88", "age", 88, 88, "years", Y, "morgenstein age"),
 ("w-jul18", W, "who died on July 18", "July 18", "date", 2024, 2024, "year", Y, "morgenstein death date"),
 ("w-65", W, "those 65 or older", "65", "age", 65, 65, "years", N, "definitional"),
 ("w-2wk", W, "begin within two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "usual symptom onset"),
 ("w-10wk", W, "as long as 10 weeks", "10 weeks", "duration", 10, 10, "weeks", Y, "maximum symptom onset"),
 ("w-165", W, "reheated to 165°F", "165°F", "temperature", 165, 165, "F", Y, "reheating temperature"),

 # ---- LD02 press release (2025-01-15)
 ("p-h8", P, "returns results in under 8 hours", "8 hours", "duration", 8, 8, "hours", N, "subtitle repeat"),
 ("p-4872", P, "48 to 72 hours", "48 to 72 hours", "duration", 48, 72, "hours", Y, "culture-method turnaround"),
 ("p-dl", P, "Jan. 15, 2025", "Jan. 15, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-8h", P, "surfaces in under 8 hours", "8 hours", "duration", 8, 8, "hours", Y, "test turnaround"),
 ("p-single", P, "within a single production shift", "single", "count", 1, 1, "shifts", N, "aside"),
 ("p-year", P, "follows a year in which", "a year", "duration", 1, 1, "years", N, "aside"),
 ("p-59", P, "sickened 59 people", "59", "count", 59, 59, "cases", Y, "final outbreak illnesses"),
 ("p-19", P, "59 people in 19 states", "19", "count", 19, 19, "states", Y, "final outbreak states"),
 ("p-10", P, "and killed 10, a", "10", "count", 10, 10, "deaths", Y, "final outbreak deaths"),
 ("p-17pct", P, "rate of about 17%", "17%", "percent", 17, 17, "%", Y, "final outbreak cfr"),
 ("p-ny17", P, "accounted for 17 of the cases", "17", "count", 17, 17, "cases", Y, "new york cases (final)"),
 ("p-7m", P, "recall of more than 7 million pounds", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "total recall weight (lower bound)"),
 ("p-nov23", P, "over in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "outbreak declared over"),
 ("p-jan10", P, "published on Jan. 10", "Jan. 10", "date", 2025, 2025, "year", Y, "fsis review publication"),
 ("p-thismo", P, "Effective this month", "this month", "date", 2025, 2025, "year", Y, "fsis broader listeria species testing start"),
 ("p-24", P, "up to 24 swabs", "24", "count", 24, 24, "swabs", Y, "reader capacity per run"),
 ("p-14", P, "study at 14 meat", "14", "count", 14, 14, "sites", Y, "validation sites"),
 ("p-962", P, "96.2% of", "96.2%", "percent", 96.2, 96.2, "%", Y, "agreement with culture"),
 ("p-1850", P, "1,850 paired", "1,850", "count", 1850, 1850, "samples", Y, "validation samples"),
 ("p-70d", P, "up to 70 days", "70 days", "duration", 70, 70, "days", Y, "maximum symptom onset"),
 ("p-1600", P, "about 1,600 people", "1,600", "count", 1600, 1600, "cases", Y, "us listeriosis cases per year"),
 ("p-260", P, "and about 260 die", "260", "count", 260, 260, "deaths", Y, "us listeriosis deaths per year"),
 ("p-65", P, "adults 65 or older", "65", "age", 65, 65, "years", N, "definitional"),
 ("p-1450", P, "$1,450 per month", "$1,450", "money", 1450, 1450, "USD", Y, "subscription price per site per month"),
 ("p-onesite", P, "for a single site", "single", "count", 1, 1, "sites", N, "pricing qualifier"),
 ("p-40", P, "first 40 customers", "40", "count", 40, 40, "customers", Y, "initial customers target"),
 ("p-q1", P, "first quarter of 2025", "first quarter of 2025", "date", 2025, 2025, "year", N, "shipment target"),
 ("p-2013", P, "Founded in 2013", "2013", "date", 2013, 2013, "year", N, "about section"),
 ("p-180", P, "employs about 180 people", "180", "count", 180, 180, "employees", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "statute name"),

 # ---- LD03 abstract (2025-03-20)
 ("a-pub", A, "Published online 20 March 2025", "20 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tsingle", A, "meats from a single establishment", "single", "count", 1, 1, "establishments", N, "title aside"),
 ("a-t2024", A, "United States, 2024: descriptive", "2024", "date", 2024, 2024, "year", N, "title year"),
 ("a-t2011", A, "comparison with the 2011 cantaloupe", "2011", "date", 2011, 2011, "year", N, "title qualifier"),
 ("a-1600", A, "estimated 1,600 illnesses", "1,600", "count", 1600, 1600, "cases", Y, "us listeriosis cases per year"),
 ("a-260", A, "and 260 deaths each year", "260", "count", 260, 260, "deaths", Y, "us listeriosis deaths per year"),
 ("a-jul24", A, "In July 2024, the CDC announced", "July 2024", "date", 2024, 2024, "year", Y, "investigation announced"),
 ("a-one", A, "from one federally inspected", "one", "count", 1, 1, "establishments", N, "aside"),
 ("a-b2011", A, "with the 2011 multistate outbreak", "2011", "date", 2011, 2011, "year", N, "qualifier"),
 ("a-window", A, "between 29 May and 13 September 2024", "29 May and 13 September 2024", "date", 2024, 2024, "year", N, "case definition window"),
 ("a-month1", A, "foods eaten in the month before", "the month", "duration", 1, 1, "months", N, "exposure window"),
 ("a-m2011", A, "compared with the 2011 outbreak", "2011", "date", 2011, 2011, "year", N, "qualifier"),
 ("a-207", A, "initial recall of 207,528 lb", "207,528 lb", "weight", 207528, 207528, "lb", Y, "initial recall weight"),
 ("a-26jul", A, "lb on 26 July", "26 July", "date", 2024, 2024, "year", Y, "initial recall date"),
 ("a-7m", A, "recall of approximately 7 million lb", "7 million lb", "weight", 7000000, 7000000, "lb", Y, "expanded recall additional weight"),
 ("a-30jul", A, "on 30 July, for", "30 July", "date", 2024, 2024, "year", Y, "expanded recall date"),
 ("a-72m", A, "approximately 7.2 million lb", "7.2 million lb", "weight", 7200000, 7200000, "lb", Y, "total recall weight"),
 ("a-jan24", A, "published in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "fsis review publication"),
 ("a-61", A, "N = 61", "61", "count", 61, 61, "cases", Y, "final outbreak illnesses"),
 ("a-19", A, "from 19 states met", "19", "count", 19, 19, "states", Y, "final outbreak states"),
 ("a-60", A, "Sixty (98.4%", "Sixty", "count", 60, 60, "hospitalizations", Y, "final hospitalizations"),
 ("a-984", A, "(98.4%, 95% CI", "98.4%", "percent", 98.4, 98.4, "%", Y, "final hospitalization share"),
 ("a-984ci", A, "91.3–99.7", "91.3–99.7", "percent", 91.3, 99.7, "%", Y, "ci"),
 ("a-10", A, "and 10 died (CFR", "10", "count", 10, 10, "deaths", Y, "final outbreak deaths"),
 ("a-164", A, "(CFR 16.4%", "16.4%", "percent", 16.4, 16.4, "%", Y, "final outbreak cfr"),
 ("a-164ci", A, "9.2–27.6", "9.2–27.6", "percent", 9.2, 27.6, "%", Y, "ci"),
 ("a-age", A, "aged 32–94 years", "32–94 years", "age", 32, 94, "years", Y, "patient age range"),
 ("a-med", A, "(median 77)", "77", "age", 77, 77, "years", Y, "patient median age"),
 ("a-ny", A, "(n=19; 31.1%", "19", "count", 19, 19, "cases", Y, "new york cases (final)"),
 ("a-ny311", A, "31.1%, 95% CI", "31.1%", "percent", 31.1, 31.1, "%", Y, "new york share"),
 ("a-nyci", A, "20.9–43.6", "20.9–43.6", "percent", 20.9, 43.6, "%", Y, "ci"),
 ("a-md", A, "Maryland (n=8)", "8", "count", 8, 8, "cases", Y, "maryland cases (final)"),
 ("a-nj", A, "New Jersey (n=6)", "6", "count", 6, 6, "cases", Y, "new jersey cases (final)"),
 ("a-va", A, "Virginia (n=4)", "4", "count", 4, 4, "cases", Y, "virginia cases (final)"),
 ("a-15st", A, "15 states reported", "15", "count", 15, 15, "states", Y, "states with 1-3 cases"),
 ("a-13", A, "1–3 cases each", "1–3", "count", 1, 3, "cases", Y, "cases per smaller state"),
 ("a-8st", A, "Deaths occurred in 8 states", "8", "count", 8, 8, "states", Y, "states with deaths"),
 ("a-2each", A, "with 2 each in New York", "2", "count", 2, 2, "deaths", Y, "deaths in ny and sc each"),
 ("a-one1", A, "One illness (1.6%)", "One", "count", 1, 1, "cases", Y, "pregnancy-associated illnesses"),
 ("a-16pct", A, "(1.6%)", "1.6%", "percent", 1.6, 1.6, "%", Y, "pregnancy-associated share"),
 ("a-18", A, "Of the first 18 patients", "18", "count", 18, 18, "patients", Y, "patients interviewed early"),
 ("a-16", A, "interviewed, 16 (88.9%", "16", "count", 16, 16, "patients", Y, "interviewed who ate deli-sliced meat"),
 ("a-889", A, "(88.9%, 95% CI", "88.9%", "percent", 88.9, 88.9, "%", Y, "deli-sliced exposure share"),
 ("a-889ci", A, "67.2–96.9", "67.2–96.9", "percent", 67.2, 96.9, "%", Y, "ci"),
 ("a-month2", A, "or ham, in the month before", "the month", "duration", 1, 1, "months", N, "exposure window"),
 ("a-in2011", A, "In the 2011 cantaloupe outbreak", "2011", "date", 2011, 2011, "year", N, "qualifier"),
 ("a-147", A, "147 patients", "147", "count", 147, 147, "cases", Y, "2011 cantaloupe outbreak illnesses"),
 ("a-28st", A, "from 28 states", "28", "count", 28, 28, "states", Y, "2011 cantaloupe outbreak states"),
 ("a-142", A, "142 of 144", "142", "count", 142, 142, "hospitalizations", Y, "2011 cantaloupe hospitalized"),
 ("a-144", A, "of 144 with information", "144", "count", 144, 144, "cases", Y, "2011 cantaloupe with information"),
 ("a-986", A, "(98.6%)", "98.6%", "percent", 98.6, 98.6, "%", Y, "2011 cantaloupe hospitalization share"),
 ("a-33", A, "and 33 died", "33", "count", 33, 33, "deaths", Y, "2011 cantaloupe outbreak deaths"),
 ("a-224", A, "(CFR 22.4%", "22.4%", "percent", 22.4, 22.4, "%", Y, "2011 cantaloupe cfr"),
 ("a-224ci", A, "16.5–29.8", "16.5–29.8", "percent", 16.5, 29.8, "%", Y, "ci"),
 ("a-diffdef", A, "(2024 minus 2011)", "2024 minus 2011", "date", 2011, 2024, "year", N, "definition"),
 ("a-diff", A, "was −6.1 percentage points", "−6.1 percentage points", "percent", -6.1, -6.1, "pp", Y, "cfr difference 2024-2011"),
 ("a-diffci", A, "(95% CI −16.4 to 6.7", "−16.4 to 6.7", "percent", -16.4, 6.7, "pp", Y, "ci"),
 ("a-p", A, "P=0.36", "0.36", "pvalue", 0.36, 0.36, "p", N, "p-value"),
 ("a-rr", A, "death was 0.73", "0.73", "ratio", 0.73, 0.73, "x", Y, "risk ratio for death 2024 vs 2011"),
 ("a-rrci", A, "0.38–1.39", "0.38–1.39", "ratio", 0.38, 1.39, "x", Y, "ci"),
 ("a-21nov", A, "over on 21 November 2024", "21 November 2024", "date", 2024, 2024, "year", Y, "outbreak declared over"),
 ("a-c2024", A, "The 2024 deli meat outbreak", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-since2011", A, "outbreak since 2011", "2011", "date", 2011, 2011, "year", Y, "previous larger listeria outbreak year"),
 ("a-single", A, "A single establishment's", "single", "count", 1, 1, "establishments", N, "aside"),
 ("a-ref1", A, "Final update, 21 November 2024", "21 November 2024", "date", 2024, 2024, "year", N, "reference date"),

 # ---- LD04 explainer (2024-10-02)
 ("e-upd", E, "Updated October 2, 2024", "October 2, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-sep23", E, "As of September 23", "September 23", "date", 2024, 2024, "year", N, "as-of"),
 ("e-59", E, "counted 59 people", "59", "count", 59, 59, "cases", Y, "illnesses as of sep 23"),
 ("e-19", E, "strain in 19 states", "19", "count", 19, 19, "states", Y, "states as of sep 23"),
 ("e-all59", E, "All 59 were hospitalized", "59", "count", 59, 59, "hospitalizations", Y, "hospitalizations as of sep 23"),
 ("e-10", E, "and 10 have died", "10", "count", 10, 10, "deaths", Y, "deaths as of sep 23"),
 ("e-ny17", E, "the most illnesses, 17", "17", "count", 17, 17, "cases", Y, "new york cases as of sep 23"),
 ("e-jul19", E, "first alert on July 19", "July 19", "date", 2024, 2024, "year", Y, "first cdc alert"),
 ("e-28", E, "listed 28 illnesses", "28", "count", 28, 28, "cases", Y, "illnesses at first alert"),
 ("e-12", E, "in 12 states; at", "12", "count", 12, 12, "states", Y, "states at first alert"),
 ("e-endaug", E, "at the end of August", "end of August", "date", 2024, 2024, "year", N, "as-of"),
 ("e-57", E, "stood at 57 illnesses", "57", "count", 57, 57, "cases", Y, "illnesses as of aug 28 update"),
 ("e-9", E, "and nine deaths in 18", "nine", "count", 9, 9, "deaths", Y, "deaths as of aug 28 update"),
 ("e-18", E, "deaths in 18 states", "18", "count", 18, 18, "states", Y, "states as of aug 28 update"),
 ("e-med74", E, "median age is 74", "74", "age", 74, 74, "years", Y, "patient median age (undated; cdc july figure)"),
 ("e-one", E, "one person got sick during pregnancy", "one", "count", 1, 1, "cases", Y, "pregnancy-associated illnesses"),
 ("e-34wk", E, "takes 3 to 4 weeks", "3 to 4 weeks", "duration", 3, 4, "weeks", Y, "time to link a case to outbreak"),
 ("e-2011", E, "country since 2011", "2011", "date", 2011, 2011, "year", Y, "previous larger listeria outbreak year"),
 ("e-single", E, "from a single Colorado farm", "single", "count", 1, 1, "farms", N, "aside"),
 ("e-23", E, "killed 23 people", "23", "count", 23, 23, "deaths", Y, "2011 cantaloupe outbreak deaths"),
 ("e-jul26", E, "On July 26, Boar's Head", "July 26", "date", 2024, 2024, "year", Y, "initial recall date"),
 ("e-207", E, "recalled 207,528 pounds", "207,528 pounds", "weight", 207528, 207528, "lb", Y, "initial recall weight"),
 ("e-liv", E, "between June 11 and July 17, 2024", "June 11 and July 17, 2024", "date", 2024, 2024, "year", N, "liverwurst production window"),
 ("e-44", E, "has a 44-day shelf life", "44-day", "duration", 44, 44, "days", Y, "liverwurst shelf life"),
 ("e-35lb", E, "sold in 3.5-pound loaves", "3.5-pound", "weight", 3.5, 3.5, "lb", Y, "liverwurst loaf weight"),
 ("e-sellby", E, "from July 25 to August 30, 2024", "July 25 to August 30, 2024", "date", 2024, 2024, "year", N, "liverwurst sell-by window"),
 ("e-jul30", E, "On July 30, 2024, the company", "July 30, 2024", "date", 2024, 2024, "year", Y, "expanded recall date"),
 ("e-7m", E, "by about 7 million pounds", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "expanded recall additional weight"),
 ("e-71", E, "71 products produced", "71", "count", 71, 71, "products", Y, "products in expanded recall"),
 ("e-prod", E, "between May 10 and July 29, 2024", "May 10 and July 29, 2024", "date", 2024, 2024, "year", N, "production window"),
 ("e-oct17", E, "through October 17, 2024", "October 17, 2024", "date", 2024, 2024, "year", N, "sell-by end"),
 ("e-4c", E, "exported to four countries", "four", "count", 4, 4, "countries", Y, "export countries"),
 ("e-65a", E, "adults 65 or older, and", "65", "age", 65, 65, "years", N, "definitional"),
 ("e-1600", E, "about 1,600 people", "1,600", "count", 1600, 1600, "cases", Y, "us listeriosis cases per year"),
 ("e-260", E, "and about 260 die", "260", "count", 260, 260, "deaths", Y, "us listeriosis deaths per year"),
 ("e-2wk", E, "start within two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "usual symptom onset"),
 ("e-10wk", E, "as late as 10 weeks", "10 weeks", "duration", 10, 10, "weeks", Y, "maximum symptom onset"),
 ("e-165", E, "temperature of 165°F", "165°F", "temperature", 165, 165, "F", Y, "reheating temperature"),
 ("e-74c", E, "(74°C)", "74°C", "temperature", 74, 74, "C", Y, "reheating temperature (celsius)"),
 ("e-lateaug", E, "released in late August", "late August", "date", 2024, 2024, "year", N, "records release"),
 ("e-96", E, "wrote up 96 noncompliance", "96", "count", 96, 96, "records", Y, "jarratt noncompliance records aug 2023-aug 2024"),
 ("e-period", E, "between August 2023 and August 2024", "August 2023 and August 2024", "date", 2023, 2024, "year", N, "records period"),
 ("e-16", E, "16 of 18 patients", "16", "count", 16, 16, "patients", Y, "interviewed who ate deli-sliced meat"),
 ("e-18i", E, "of 18 patients said", "18", "count", 18, 18, "patients", Y, "patients interviewed early"),
 ("e-sep13", E, "On September 13, the company", "September 13", "date", 2024, 2024, "year", Y, "plant closure announcement"),
 ("e-500", E, "about 500 workers", "500", "count", 500, 500, "workers", Y, "jarratt workforce"),
 ("e-65b", E, "pregnant or 65 or older", "65", "age", 65, 65, "years", N, "definitional"),

 # ---- LD05 blog (2024-12-18; "Last Friday" = 2024-12-13)
 ("b-pub", B, "December 18, 2024", "December 18, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-capjul", B, "closed since late July;", "late July", "date", 2024, 2024, "year", N, "caption"),
 ("b-capsep", B, "announced in September that", "September", "date", 2024, 2024, "year", N, "caption"),
 ("b-lastfri", B, "Last Friday, lawyers", "Last Friday", "date", 2024, 2024, "year", Y, "first wrongful-death settlement announced"),
 ("b-88", B, "Morgenstein was 88", "88", "age", 88, 88, "years", Y, "morgenstein age"),
 ("b-jun30", B, "supermarket on June 30", "June 30", "date", 2024, 2024, "year", N, "purchase date"),
 ("b-jul8", B, "hospital on July 8", "July 8", "date", 2024, 2024, "year", N, "hospital admission date"),
 ("b-jul18", B, "died on July 18 after", "July 18", "date", 2024, 2024, "year", Y, "morgenstein death date"),
 ("b-10d", B, "after 10 days in the hospital", "10 days", "duration", 10, 10, "days", Y, "morgenstein hospital stay"),
 ("b-lateaug", B, "suit was filed in late August", "late August", "date", 2024, 2024, "year", Y, "wrongful-death suit filing"),
 ("b-nov21", B, "over on Nov. 21", "Nov. 21", "date", 2024, 2024, "year", Y, "outbreak declared over"),
 ("b-61", B, "61 people sick", "61", "count", 61, 61, "cases", Y, "final outbreak illnesses"),
 ("b-19", B, "in 19 states, 60", "19", "count", 19, 19, "states", Y, "final outbreak states"),
 ("b-60", B, "60 of them hospitalized", "60", "count", 60, 60, "hospitalizations", Y, "final hospitalizations"),
 ("b-nine", B, "and nine deaths", "nine", "count", 9, 9, "deaths", Y, "final outbreak deaths"),
 ("b-ny19", B, "the most cases, 19", "19", "count", 19, 19, "cases", Y, "new york cases (final)"),
 ("b-window", B, "between late May and mid-September", "late May and mid-September", "date", 2024, 2024, "year", N, "sample window"),
 ("b-latejul", B, "other items in late July", "late July", "date", 2024, 2024, "year", Y, "initial recall date"),
 ("b-17", B, "recall to 17 products", "17", "count", 17, 17, "products", Y, "products in expanded recall"),
 ("b-7m", B, "17 products and more than 7 million pounds", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "total recall weight (lower bound)"),
 ("b-prod", B, "between May 10 and July 29", "May 10 and July 29", "date", 2024, 2024, "year", N, "production window"),
 ("b-500", B, "roughly 500 people", "500", "count", 500, 500, "workers", Y, "jarratt workforce"),
 ("b-aug", B, "action filed in August", "August", "date", 2024, 2024, "year", Y, "class action filing date"),
 ("b-1154", B, "$11.54", "$11.54", "money", 11.54, 11.54, "USD", Y, "class action plaintiff's ham price"),
 ("b-three", B, "Three things will shape", "Three", "count", 3, 3, "factors", N, "list intro"),
 ("b-69", B, "logged 69 noncompliance", "69", "count", 69, 69, "records", Y, "jarratt noncompliance records aug 2023-aug 2024"),
 ("b-yrbefore", B, "in the year before production", "the year", "duration", 1, 1, "years", N, "period"),
 ("b-2022", B, "going back to 2022", "2022", "date", 2022, 2022, "year", Y, "earliest earlier inspection reports"),
 ("b-4wk", B, "up to four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "maximum symptom onset"),
 ("b-65", B, "pregnant, 65 or older", "65", "age", 65, 65, "years", N, "definitional"),
 ("b-peakjul", B, "peaked in July", "July", "date", 2024, 2024, "year", N, "caption"),
 ("b-thrusep", B, "tapered through September", "September", "date", 2024, 2024, "year", N, "caption"),
 ("b-5q", B, "Five questions to ask", "Five", "count", 5, 5, "questions", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- LD06 local (2024-09-14, hard-wrapped; "Friday" = 2024-09-13)
 ("l-pub", L, "Saturday, September 14, 2024", "September 14, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-h500", L, "500 jobs in limbo", "500", "count", 500, 500, "workers", N, "headline repeat"),
 ("l-fri", L, "said on Friday it will close", "Friday", "date", 2024, 2024, "year", Y, "plant closure announcement"),
 ("l-500", L, "roughly 500 people", "500", "count", 500, 500, "workers", Y, "jarratt workforce"),
 ("l-latejul", L, "since late July, when", "late July", "date", 2024, 2024, "year", Y, "production suspended"),
 ("l-fri2", L, "statement posted Friday", "Friday", "date", 2024, 2024, "year", N, "statement date"),
 ("l-half", L, "\"Half the people", "Half", "percent", 50, 50, "%", N, "quote"),
 ("l-five", L, "coffee at five in the morning", "five", "time", 5, 5, "h", N, "quote (time of day)"),
 ("l-58", L, "Darnell Hicks, 58", "58", "age", 58, 58, "years", N, "interviewee age"),
 ("l-aug28", L, "released Aug. 28", "Aug. 28", "date", 2024, 2024, "year", N, "as-of"),
 ("l-57", L, "listed 57 people hospitalized", "57", "count", 57, 57, "hospitalizations", Y, "hospitalizations as of aug 28 update"),
 ("l-9", L, "and nine deaths in 17", "nine", "count", 9, 9, "deaths", Y, "deaths as of aug 28 update"),
 ("l-17", L, "deaths in 17 states", "17", "count", 17, 17, "states", Y, "states as of aug 28 update"),
 ("l-86", L, "Gunter Morgenstein, 86", "86", "age", 86, 86, "years", Y, "morgenstein age"),
 ("l-jun30", L, "bought on June 30", "June 30", "date", 2024, 2024, "year", N, "purchase date"),
 ("l-jul18", L, "and died July 18", "July 18", "date", 2024, 2024, "year", Y, "morgenstein death date"),
 ("l-lastmo", L, "company late last month", "late last month", "date", 2024, 2024, "year", Y, "wrongful-death suit filing"),
 ("l-latejul2", L, "In late July the company recalled", "late July", "date", 2024, 2024, "year", Y, "expanded recall date"),
 ("l-71", L, "recalled 71 products", "71", "count", 71, 71, "products", Y, "products in expanded recall"),
 ("l-7m", L, "more than 7 million pounds of meat", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "total recall weight (lower bound)"),
 ("l-prod", L, "between May 10 and July 29", "May 10 and July 29", "date", 2024, 2024, "year", N, "production window"),
 ("l-5lb", L, "in 5-pound loaves", "5-pound", "weight", 5, 5, "lb", Y, "liverwurst loaf weight"),
 ("l-69", L, "inspectors wrote 69", "69", "count", 69, 69, "records", Y, "jarratt noncompliance records aug 2023-aug 2024"),
 ("l-period", L, "between Aug. 1, 2023, and Aug. 2, 2024", "Aug. 1, 2023, and Aug. 2, 2024", "date", 2023, 2024, "year", N, "records period"),
 ("l-fri3", L, "The company said on Friday that it", "Friday", "date", 2024, 2024, "year", N, "statement date"),
 ("l-earlyoct", L, "planned for early October", "early October", "date", 2024, 2024, "year", N, "job fair plan"),
 ("l-decades", L, "economy for decades", "decades", "duration", None, None, "years", N, "vague"),
 ("l-65", L, "pregnant or 65 and older", "65", "age", 65, 65, "years", N, "definitional"),
 ("l-145", L, "to 145 degrees", "145 degrees", "temperature", 145, 145, "F", Y, "reheating temperature"),

 # ---- LD07 fact-check (2025-08-14)
 ("f-hzero", F, "reopen \"with zero inspectors,\"", "zero", "count", 0, 0, "inspectors", N, "post claim (headline)"),
 ("f-h100", F, "did not kill over 100 people", "100", "count", 100, 100, "deaths", N, "post claim (headline)"),
 ("f-pub", F, "August 14, 2025", "August 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c100", F, "\"that killed over 100 people\"", "100", "count", 100, 100, "deaths", N, "post claim"),
 ("f-czero", F, "\"with zero federal inspectors\"", "zero", "count", 0, 0, "inspectors", N, "post claim"),
 ("f-v10", F, "The outbreak killed 10 people", "10", "count", 10, 10, "deaths", Y, "final outbreak deaths (verdict)"),
 ("f-v100", F, "not more than 100", "100", "count", 100, 100, "deaths", N, "post claim"),
 ("f-vjul", F, "operations in July, but", "July", "date", 2025, 2025, "year", Y, "suspension lifted"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-tue", F, "by Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of"),
 ("f-61", F, "reported 61 people sick", "61", "count", 61, 61, "cases", Y, "final outbreak illnesses"),
 ("f-18", F, "sick in 18 states", "18", "count", 18, 18, "states", Y, "final outbreak states"),
 ("f-60", F, "Of those, 60 were hospitalized", "60", "count", 60, 60, "hospitalizations", Y, "final hospitalizations"),
 ("f-10b", F, "hospitalized and 10 died", "10", "count", 10, 10, "deaths", Y, "final outbreak deaths"),
 ("f-nov24", F, "over in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "outbreak declared over"),
 ("f-2011", F, "since 2011, but", "2011", "date", 2011, 2011, "year", Y, "previous larger listeria outbreak year"),
 ("f-tenth", F, "is a tenth of the figure", "a tenth", "ratio", 0.1, 0.1, "x", N, "comparison with post"),
 ("f-270", F, "about 270,000 pounds", "270,000 pounds", "weight", 270000, 270000, "lb", Y, "initial recall weight"),
 ("f-7m", F, "more than 7 million pounds last July", "7 million pounds", "weight", 7000000, 7000000, "lb", Y, "total recall weight (lower bound)"),
 ("f-lastjul", F, "pounds last July", "last July", "date", 2025, 2025, "year", Y, "expanded recall date"),
 ("f-80", F, "more than 80 products", "80", "count", 80, 80, "products", Y, "products in expanded recall (lower bound)"),
 ("f-sep24", F, "the plant in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "plant closure"),
 ("f-500", F, "roughly 500 workers", "500", "count", 500, 500, "workers", Y, "jarratt workforce"),
 ("f-69", F, "wrote 69 noncompliance", "69", "count", 69, 69, "records", Y, "jarratt noncompliance records aug 2023-aug 2024"),
 ("f-period", F, "between August 2023 and August 2024", "August 2023 and August 2024", "date", 2023, 2024, "year", N, "records period"),
 ("f-jan25", F, "published in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "fsis review publication"),
 ("f-zero2", F, "the post's \"zero inspectors\"", "zero", "count", 0, 0, "inspectors", N, "post claim"),
 ("f-jul18", F, "On July 18, FSIS", "July 18", "date", 2025, 2025, "year", Y, "suspension lifted"),
 ("f-90", F, "at least 90 days", "90 days", "duration", 90, 90, "days", Y, "enhanced monitoring after restart"),
 ("f-23k", F, "more than 23,000 samples", "23,000", "count", 23000, 23000, "samples", Y, "fsis listeria samples 2025 to date"),
 ("f-in2025", F, "so far in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-200", F, "more than 200 percent", "200 percent", "percent", 200, 200, "%", Y, "sample increase vs 2024"),
 ("f-over24", F, "over 2024, and", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-5200", F, "more than 5,200 frontline", "5,200", "count", 5200, 5200, "staff", Y, "inspection staff trained"),
 ("f-sincejan", F, "staff since January", "January", "date", 2025, 2025, "year", N, "period start"),
 ("f-atleast1", F, "at least one wrongful-death suit", "one", "count", 1, 1, "settlements", Y, "wrongful-death settlements"),
 ("f-88", F, "an 88-year-old Virginia man", "88-year-old", "age", 88, 88, "years", Y, "morgenstein age"),
 ("f-r10", F, "real and deadly: 10 people died", "10", "count", 10, 10, "deaths", Y, "final outbreak deaths (ruling)"),
 ("f-r60", F, "and 60 were hospitalized. But", "60", "count", 60, 60, "hospitalizations", Y, "final hospitalizations (ruling)"),
 ("f-r100", F, "it \"killed over 100 people\" is false", "100", "count", 100, 100, "deaths", N, "post claim (ruling)"),
 ("f-s1", F, "final update, November 21, 2024", "November 21, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s2", F, "outbreak, January 10, 2025", "January 10, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s3", F, "Jarratt establishment, July 2025", "July 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s4", F, "July 26 and July 30, 2024", "July 26 and July 30, 2024", "date", 2024, 2024, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 final illnesses 59 (press: Sept 23 interim reported as final) vs 61
 ("p-59", "a-61", S), ("p-59", "b-61", S), ("p-59", "f-61", S),
 # S2 final deaths nine (blog: Aug 28 interim reported as final) vs 10
 ("b-nine", "p-10", S), ("b-nine", "a-10", S), ("b-nine", "f-v10", S), ("b-nine", "f-10b", S), ("b-nine", "f-r10", S),
 # S3 final states 18 (fact-check: Aug 28 figure as final) vs 19
 ("f-18", "p-19", S), ("f-18", "a-19", S), ("f-18", "b-19", S),
 # S4 states at the Aug 28 update: 17 vs 18
 ("l-17", "w-18", S), ("l-17", "e-18", S),
 # S5 initial recall weight: 270,000 (transposed) vs 207,528
 ("f-270", "w-207", S), ("f-270", "a-207", S), ("f-270", "e-207", S),
 # S6 products in expanded recall: 17 (transposed) vs 71 / more than 80
 ("b-17", "w-71", S), ("b-17", "e-71", S), ("b-17", "l-71", S), ("b-17", "f-80", S),
 # S7 noncompliance records: 96 (transposed) vs 69
 ("e-96", "w-69", S), ("e-96", "b-69", S), ("e-96", "l-69", S), ("e-96", "f-69", S),
 # S8 expanded recall year: "last July" in Aug 2025 (=2025) vs 2024
 ("f-lastjul", "w-lastmo", S), ("f-lastjul", "a-30jul", S), ("f-lastjul", "e-jul30", S), ("f-lastjul", "l-latejul2", S),
 # S9 outbreak declared over: November 2023 vs 2024
 ("p-nov23", "a-21nov", S), ("p-nov23", "b-nov21", S), ("p-nov23", "f-nov24", S),
 # S10 FSIS review publication: January 2024 vs 2025
 ("a-jan24", "p-jan10", S), ("a-jan24", "f-jan25", S),
 # S11 Morgenstein age 86 vs 88
 ("l-86", "w-88", S), ("l-86", "b-88", S), ("l-86", "f-88", S),
 # S12 maximum symptom onset: four weeks vs 10 weeks / 70 days
 ("b-4wk", "w-10wk", S), ("b-4wk", "e-10wk", S), ("b-4wk", "p-70d", S),
 # S13 reheating temperature 145 vs 165 F
 ("l-145", "w-165", S), ("l-145", "e-165", S),
 # S14 class-action plaintiff's ham price
 ("w-1145", "b-1154", S),
 # S15 final CFR about 17% vs 16.4%
 ("p-17pct", "a-164", S),
 # S16 2011 cantaloupe deaths 23 (interim) vs 33
 ("e-23", "w-33", S), ("e-23", "a-33", S),
 # S17 New York final cases 17 (Sept 23 figure) vs 19
 ("p-ny17", "a-ny", S), ("p-ny17", "b-ny19", S),
 # Qualified
 ("f-80", "w-71", Q), ("f-80", "e-71", Q), ("f-80", "l-71", Q),
 ("e-med74", "w-med", Q), ("e-med74", "a-med", Q),
 ("e-35lb", "l-5lb", Q),
 ("b-nine", "e-10", Q),
 ("f-18", "e-19", Q),
 ("l-145", "e-74c", Q),
 ("f-lastjul", "w-jul26", Q), ("f-lastjul", "a-26jul", Q), ("f-lastjul", "e-jul26", Q), ("f-lastjul", "b-latejul", Q),
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
        rows.append({"type": "claim", "id": f"ld-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ld-{a}", f"ld-{b}"
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
