#!/usr/bin/env python3
"""Build marburg.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "marburg")
OUT = os.path.join(HERE, "marburg.gold.jsonl")
T = "marburg"

W, P, A, E, B, L, F = ("mb01_wire.txt", "mb02_press.txt", "mb03_abstract.txt",
                       "mb04_explainer.txt", "mb05_blog.txt", "mb06_local.txt", "mb07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- mb01 wire (2024-10-13, Sunday)
 ("w-h61", W, "cases reach 61", "61", "count", 61, 61, "cases", N, "headline repeat"),
 ("w-dl", W, "KIGALI, Oct 13", "Oct 13", "date", 2024, 2024, "year", N, "dateline"),
 ("w-sat", W, "reached Rwanda on Saturday", "Saturday", "date", 2024, 2024, "year", Y, "second shipment arrival (oct 12)"),
 ("w-61", W, "reported 61 confirmed", "61", "count", 61, 61, "cases", Y, "rwanda cases to oct 12"),
 ("w-14", W, "and 14 deaths since", "14", "count", 14, 14, "deaths", Y, "rwanda deaths to oct 12"),
 ("w-lastmo", W, "declared last month", "last month", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("w-1000", W, "approximately 1,000 more doses", "1,000", "count", 1000, 1000, "doses", Y, "second shipment doses"),
 ("w-single", W, "its single-dose candidate", "single", "count", 1, 1, "doses", N, "doses per person"),
 ("w-700", W, "follows 700 doses", "700", "count", 700, 700, "doses", Y, "first shipment doses"),
 ("w-oct5", W, "in Kigali on Oct. 5", "Oct. 5", "date", 2024, 2024, "year", Y, "first shipment arrival"),
 ("w-46", W, "counted 46 confirmed cases", "46", "count", 46, 46, "cases", Y, "rwanda cases at first shipment (oct 5)"),
 ("w-620", W, "620 doses had been given", "620", "count", 620, 620, "doses", Y, "doses administered to oct 12"),
 ("w-sat2", W, "given by Saturday", "Saturday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-lastsun", W, "Vaccination began last Sunday", "last Sunday", "date", 2024, 2024, "year", Y, "vaccination start (oct 6)"),
 ("w-two", W, "at the two Kigali hospitals", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("w-sat3", W, "the ministry's Saturday update", "Saturday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-18", W, "18 patients have recovered", "18", "count", 18, 18, "people", Y, "recoveries to oct 12"),
 ("w-29", W, "29 remain in isolation", "29", "count", 29, 29, "people", Y, "in isolation oct 12"),
 ("w-80", W, "About 80% of confirmed", "80%", "percent", 80, 80, "%", Y, "health-worker share (early october)"),
 ("w-sep27", W, "Marburg outbreak on Sept. 27", "Sept. 27", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("w-aday", W, "A day later the minister", "A day", "duration", 1, 1, "days", N, "timepoint"),
 ("w-six", W, "the first six deaths", "six", "count", 6, 6, "deaths", Y, "deaths sept 28"),
 ("w-eight", W, "rose to eight by", "eight", "count", 8, 8, "deaths", Y, "deaths sept 29"),
 ("w-26", W, "when 26 infections", "26", "count", 26, 26, "cases", Y, "cases sept 29"),
 ("w-seven", W, "found in seven of", "seven", "count", 7, 7, "districts", Y, "districts with cases"),
 ("w-30", W, "the country's 30 districts", "30", "count", 30, 30, "districts", N, "reference total"),
 ("w-700p", W, "roughly 700 high-risk adults", "700", "count", 700, 700, "people", Y, "trial part a planned enrolment"),
 ("w-six2", W, "at six clinical trial sites", "six", "count", 6, 6, "sites", Y, "trial sites in rwanda"),
 ("w-235", W, "more than $235 million", "$235 million", "money", 235000000, 235000000, "USD", Y, "hhs investment in sabin vaccine"),
 ("w-earlier", W, "said earlier this month", "earlier this month", "date", 2024, 2024, "year", N, "gilead donation timing"),
 ("w-5000", W, "about 5,000 vials", "5,000", "count", 5000, 5000, "vials", Y, "remdesivir vials donated"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2024, 2024, "year", N, "africa cdc statement (oct 10)"),
 ("w-lastwk", W, "discharged late last week", "late last week", "date", 2024, 2024, "year", N, "first discharges"),
 ("w-400", W, "following at least 400 people", "400", "count", 400, 400, "contacts", Y, "contacts under follow-up early october"),
 ("w-startmo", W, "at the start of the month", "the start of the month", "date", 2024, 2024, "year", N, "as-of"),
 ("w-88", W, "kills up to 88% of", "88%", "percent", 88, 88, "%", Y, "who maximum fatality"),
 ("w-incub", W, "appear two to 12 days", "two to 12 days", "duration", 2, 12, "days", Y, "incubation period range"),
 ("w-50", W, "Marburg victims to 50 people", "50", "count", 50, 50, "people", Y, "funeral attendance limit"),
 ("w-lastyr", W, "first Marburg outbreak last year", "last year", "date", 2023, 2023, "year", Y, "tanzania first outbreak year"),

 # ---- mb02 press (2024-10-31)
 ("p-h2700", P, "Supplied to About 2,700", "2,700", "count", 2700, 2700, "doses", N, "headline repeat"),
 ("p-sub1000", P, "Shipment of approximately 1,000 doses will", "1,000", "count", 1000, 1000, "doses", N, "subtitle repeat"),
 ("p-dl", P, "Kenya, October 31, 2024", "October 31, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-1000", P, "shipment of approximately 1,000 doses is", "1,000", "count", 1000, 1000, "doses", Y, "third shipment doses"),
 ("p-sep27", P, "declared on September 27", "September 27", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("p-2700", P, "rises to about 2,700", "2,700", "count", 2700, 2700, "doses", Y, "total doses supplied by sabin"),
 ("p-1700", P, "More than 1,700 doses", "1,700", "count", 1700, 1700, "doses", Y, "doses delivered in first two shipments"),
 ("p-twoship", P, "in two earlier shipments", "two", "count", 2, 2, "shipments", N, "qualifier"),
 ("p-three", P, "across three deliveries", "three", "count", 3, 3, "shipments", N, "quote"),
 ("p-4wk", P, "in under four weeks", "four weeks", "duration", 4, 4, "weeks", N, "quote"),
 ("p-700", P, "of approximately 700 doses", "700", "count", 700, 700, "doses", Y, "first shipment doses"),
 ("p-oct5", P, "reached Kigali on October 5", "October 5", "date", 2024, 2024, "year", Y, "first shipment arrival"),
 ("p-9d", P, "nine days after the outbreak", "nine days", "duration", 9, 9, "days", Y, "declaration to first shipment"),
 ("p-10d", P, "ten days after the declaration", "ten days", "duration", 10, 10, "days", Y, "declaration to first vaccination"),
 ("p-singlearm", P, "rapid-response single-arm", "single", "count", 1, 1, "arms", N, "design term"),
 ("p-64", P, "Rwanda had confirmed 64 cases", "64", "count", 64, 64, "cases", Y, "rwanda cases at first shipment (oct 5)"),
 ("p-1000b", P, "approximately 1,000 doses followed", "1,000", "count", 1000, 1000, "doses", Y, "second shipment doses"),
 ("p-oct12", P, "followed on October 12", "October 12", "date", 2024, 2024, "year", Y, "second shipment arrival"),
 ("p-singledose", P, "The single-dose vaccine", "single", "count", 1, 1, "doses", N, "doses per person"),
 ("p-six", P, "at six clinical trial sites", "six", "count", 6, 6, "sites", Y, "trial sites in rwanda"),
 ("p-152", P, "Kenya, 152 healthy adults", "152", "count", 152, 152, "participants", Y, "uganda/kenya phase 2 enrolment"),
 ("p-41", P, "assigned 4:1", "4:1", "ratio", 4, 4, "x", Y, "phase 2 randomization ratio"),
 ("p-235", P, "more than $235 million", "$235 million", "money", 235000000, 235000000, "USD", Y, "hhs investment in sabin vaccine"),
 ("p-asof", P, "As of October 31", "October 31", "date", 2024, 2024, "year", N, "as-of"),
 ("p-66", P, "reported 66 confirmed cases", "66", "count", 66, 66, "cases", Y, "rwanda cases to oct 31 (final)"),
 ("p-15", P, "including 15 deaths", "15", "count", 15, 15, "deaths", Y, "rwanda deaths to oct 31 (final)"),
 ("p-49", P, "and 49 recoveries", "49", "count", 49, 49, "people", Y, "recoveries to oct 31"),
 ("p-two", P, "two patients were still", "two", "count", 2, 2, "people", Y, "patients in care oct 31"),
 ("p-80", P, "Almost 80% of confirmed", "80%", "percent", 80, 80, "%", Y, "health-worker share (66 cases)"),
 ("p-twohf", P, "from two health facilities", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("p-1146", P, "had 1,146 contacts", "1,146", "count", 1146, 1146, "contacts", Y, "contacts under follow-up oct 20"),
 ("p-oct20", P, "as of October 20", "October 20", "date", 2024, 2024, "year", N, "as-of"),
 ("p-24h", P, "operates 24 hours a day", "24 hours", "duration", 24, 24, "hours", N, "company furniture"),
 ("p-40", P, "more than 40 emergency", "40", "count", 40, 40, "deliveries", N, "company furniture"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-8c", P, "in eight countries", "eight", "count", 8, 8, "countries", N, "about section"),
 ("p-140", P, "employs about 140 people", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- mb03 abstract (2025-09-22)
 ("a-pub", A, "Published online 22 September 2025", "22 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "in Rwanda, 2024, compared", "2024", "date", 2024, 2024, "year", N, "title year"),
 ("a-88", A, "as high as 88%", "88%", "percent", 88, 88, "%", Y, "who maximum fatality"),
 ("a-sep27", A, "On 27 September 2024", "27 September 2024", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("a-twoh", A, "in two referral hospitals", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("a-dec20", A, "declared over on 20 December 2024", "20 December 2024", "date", 2024, 2024, "year", Y, "rwanda outbreak declared over"),
 ("a-drcyr", A, "(DRC) in 1998–2000", "1998–2000", "date", 1998, 2000, "year", N, "comparator period"),
 ("a-angyr", A, "Angola in 2004–2005", "2004–2005", "date", 2004, 2005, "year", N, "comparator period"),
 ("a-period", A, "between 25 September and 8 November 2024", "25 September and 8 November 2024", "date", 2024, 2024, "year", N, "study period"),
 ("a-6340", A, "Of 6,340 people", "6,340", "count", 6340, 6340, "people", Y, "people tested for mvd"),
 ("a-66", A, "N = 66", "66", "count", 66, 66, "cases", Y, "rwanda confirmed cases (final)"),
 ("a-51h", A, "accounted for 51 cases", "51", "count", 51, 51, "cases", Y, "health-worker cases (final)"),
 ("a-773", A, "(77.3%, 95% CI", "77.3%", "percent", 77.3, 77.3, "%", Y, "health-worker share (final)"),
 ("a-773ci", A, "65.8–85.7", "65.8–85.7", "percent", 65.8, 85.7, "%", Y, "ci"),
 ("a-45", A, "and 45 (68.2%)", "45", "count", 45, 45, "cases", Y, "male cases"),
 ("a-682", A, "(68.2%) patients were male", "68.2%", "percent", 68.2, 68.2, "%", Y, "male share"),
 ("a-27", A, "a 27-year-old miner", "27-year-old", "age", 27, 27, "years", Y, "index patient age"),
 ("a-10d", A, "period was 10 days", "10 days", "duration", 10, 10, "days", Y, "median incubation"),
 ("a-iqr1", A, "[IQR] 8–13)", "8–13", "duration", 8, 13, "days", Y, "incubation iqr"),
 ("a-2d", A, "a median of 2 days", "2 days", "duration", 2, 2, "days", Y, "onset to admission median"),
 ("a-iqr2", A, "(IQR 1–3)", "1–3", "duration", 1, 3, "days", Y, "onset to admission iqr"),
 ("a-15", A, "Fifteen patients died", "Fifteen", "count", 15, 15, "deaths", Y, "rwanda deaths (final)"),
 ("a-227", A, "(CFR) of 22.7%", "22.7%", "percent", 22.7, 22.7, "%", Y, "rwanda cfr (final)"),
 ("a-227ci", A, "14.3–34.2", "14.3–34.2", "percent", 14.3, 34.2, "%", Y, "ci"),
 ("a-51r", A, "; 51 recovered", "51", "count", 51, 51, "people", Y, "rwanda recoveries (final)"),
 ("a-831", A, "was 83.1% in the DRC", "83.1%", "percent", 83.1, 83.1, "%", Y, "drc 1998-2000 cfr"),
 ("a-128", A, "(128 deaths among", "128", "count", 128, 128, "deaths", Y, "drc 1998-2000 deaths"),
 ("a-154", A, "among 154 cases", "154", "count", 154, 154, "cases", Y, "drc 1998-2000 cases"),
 ("a-drcci", A, "76.4–88.2", "76.4–88.2", "percent", 76.4, 88.2, "%", Y, "ci"),
 ("a-880", A, "and 88.0% in Angola", "88.0%", "percent", 88.0, 88.0, "%", Y, "angola 2004-2005 cfr"),
 ("a-329", A, "(329 of 374", "329", "count", 329, 329, "deaths", Y, "angola 2004-2005 deaths"),
 ("a-374", A, "329 of 374;", "374", "count", 374, 374, "cases", Y, "angola 2004-2005 cases"),
 ("a-angci", A, "84.3–90.9", "84.3–90.9", "percent", 84.3, 90.9, "%", Y, "ci"),
 ("a-diff1", A, "−65.2 percentage points", "−65.2 percentage points", "percent", -65.2, -65.2, "pp", Y, "cfr difference rwanda-angola"),
 ("a-diff1ci", A, "−74.2 to −53.2", "−74.2 to −53.2", "percent", -74.2, -53.2, "pp", Y, "ci"),
 ("a-p1", A, "−53.2; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-diff2", A, "DRC −60.4 points", "−60.4 points", "percent", -60.4, -60.4, "pp", Y, "cfr difference rwanda-drc"),
 ("a-diff2ci", A, "−70.2 to −47.1", "−70.2 to −47.1", "percent", -70.2, -47.1, "pp", Y, "ci"),
 ("a-p2", A, "−47.1; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-52", A, "given to 52 patients", "52", "count", 52, 52, "patients", Y, "remdesivir recipients"),
 ("a-3", A, "of whom 3 died", "3", "count", 3, 3, "deaths", Y, "deaths among remdesivir recipients"),
 ("a-58", A, "(5.8%), compared", "5.8%", "percent", 5.8, 5.8, "%", Y, "cfr with remdesivir"),
 ("a-12", A, "with 12 deaths among", "12", "count", 12, 12, "deaths", Y, "deaths without remdesivir"),
 ("a-14", A, "among the 14 patients", "14", "count", 14, 14, "patients", Y, "patients without remdesivir"),
 ("a-857", A, "(85.7%; P<0.001", "85.7%", "percent", 85.7, 85.7, "%", Y, "cfr without remdesivir"),
 ("a-p3", A, "85.7%; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-10mbp", A, "Ten patients received", "Ten", "count", 10, 10, "patients", Y, "mbp091 recipients"),
 ("a-13d", A, "began 13 days after", "13 days", "duration", 13, 13, "days", Y, "declaration to first vaccination"),
 ("a-endoct", A, "by the end of October", "the end of October", "date", 2024, 2024, "year", N, "as-of"),
 ("a-1710", A, "October 1,710 front-line", "1,710", "count", 1710, 1710, "people", Y, "people vaccinated by end of october"),
 ("a-quarter", A, "roughly a quarter of the rate", "a quarter", "ratio", 0.25, 0.25, "x", N, "summary"),
 ("a-jan20", A, "declared on 20 January 2025", "20 January 2025", "date", 2025, 2025, "year", Y, "tanzania 2025 outbreak declared"),
 ("a-10tz", A, "comprised 10 cases", "10", "count", 10, 10, "cases", Y, "tanzania 2025 cases"),
 ("a-2conf", A, "(2 confirmed", "2", "count", 2, 2, "cases", Y, "tanzania 2025 confirmed"),
 ("a-8prob", A, "8 probable)", "8", "count", 8, 8, "cases", Y, "tanzania 2025 probable"),
 ("a-10d2", A, "and 10 deaths (CFR", "10", "count", 10, 10, "deaths", Y, "tanzania 2025 deaths"),
 ("a-100", A, "(CFR 100%", "100%", "percent", 100, 100, "%", Y, "tanzania 2025 cfr"),
 ("a-100ci", A, "72.2–100", "72.2–100", "percent", 72.2, 100, "%", Y, "ci"),
 ("a-mar13", A, "declared over on 13 March 2025", "13 March 2025", "date", 2025, 2025, "year", Y, "tanzania 2025 outbreak declared over"),
 ("a-2023", A, "Kagera outbreak of 2023", "2023", "date", 2023, 2023, "year", Y, "tanzania first outbreak year"),
 ("a-9", A, "had 9 cases", "9", "count", 9, 9, "cases", Y, "tanzania 2023 cases"),
 ("a-6", A, "and 6 deaths", "6", "count", 6, 6, "deaths", Y, "tanzania 2023 deaths"),
 ("a-40", A, "tested in 40 adults", "40", "count", 40, 40, "participants", Y, "phase 1 participants"),
 ("a-n20", A, "(n=20 at each", "20", "count", 20, 20, "participants", Y, "phase 1 participants per dose level"),
 ("a-twodl", A, "each of two dose levels", "two", "count", 2, 2, "dose levels", N, "design"),
 ("a-125", A, "trial of 125 adults", "125", "count", 125, 125, "participants", Y, "uganda/kenya phase 2 enrolment"),
 ("a-rec", A, "Received 2 June 2025", "2 June 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("a-acc", A, "accepted 28 August 2025", "28 August 2025", "date", 2025, 2025, "year", N, "metadata"),

 # ---- mb04 explainer (2025-02-14)
 ("e-upd", E, "Updated February 14, 2025", "February 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-twoc", E, "Two East African countries", "Two", "count", 2, 2, "countries", N, "intro"),
 ("e-dec", E, "ended in December", "December", "date", 2024, 2024, "year", Y, "rwanda outbreak declared over"),
 ("e-jan", E, "a new one in January", "January", "date", 2025, 2025, "year", Y, "tanzania 2025 outbreak declared"),
 ("e-1967", E, "first identified in 1967", "1967", "date", 1967, 1967, "year", Y, "marburg first identified"),
 ("e-incub", E, "ranges from 2 to 21 days", "2 to 21 days", "duration", 2, 21, "days", Y, "incubation period range"),
 ("e-week", E, "bleeding within a week", "a week", "duration", 1, 1, "weeks", N, "clinical timepoint"),
 ("e-2488", E, "from 24% to 88%", "24% to 88%", "percent", 24, 88, "%", Y, "past outbreak cfr range"),
 ("e-50", E, "average at around 50%", "50%", "percent", 50, 50, "%", Y, "who average cfr"),
 ("e-angyr", E, "Angola in 2004–2005, killed", "2004–2005", "date", 2004, 2005, "year", N, "comparator period"),
 ("e-ang90", E, "killed about 90%", "90%", "percent", 90, 90, "%", Y, "angola 2004-2005 cfr"),
 ("e-drcyr", E, "Congo in 1998–2000, about", "1998–2000", "date", 1998, 2000, "year", N, "comparator period"),
 ("e-drc83", E, "about 83% died", "83%", "percent", 83, 83, "%", Y, "drc 1998-2000 cfr"),
 ("e-sep23", E, "outbreak in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "rwanda outbreak declaration date"),
 ("e-twoh", E, "in two Kigali hospitals", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("e-66", E, "In total, 66 cases", "66", "count", 66, 66, "cases", Y, "rwanda confirmed cases (final)"),
 ("e-15", E, "and 15 people died", "15", "count", 15, 15, "deaths", Y, "rwanda deaths (final)"),
 ("e-23", E, "fatality rate of about 23%", "23%", "percent", 23, 23, "%", Y, "rwanda cfr (final)"),
 ("e-49", E, "Forty-nine people recovered", "Forty-nine", "count", 49, 49, "people", Y, "rwanda recoveries (final)"),
 ("e-80", E, "Almost 80% of cases", "80%", "percent", 80, 80, "%", Y, "health-worker share (final)"),
 ("e-21", E, "over after 21 days pass", "21 days", "duration", 21, 21, "days", Y, "end-of-outbreak countdown"),
 ("e-twice", E, "tests negative twice", "twice", "count", 2, 2, "tests", N, "definition"),
 ("e-earlynov", E, "discharged in early November", "early November", "date", 2024, 2024, "year", N, "last patient discharged"),
 ("e-dec20", E, "declared over on Dec. 20", "Dec. 20", "date", 2024, 2024, "year", Y, "rwanda outbreak declared over"),
 ("e-jan20", E, "Kagera region on Jan. 20", "Jan. 20", "date", 2025, 2025, "year", Y, "tanzania 2025 outbreak declared"),
 ("e-jan11", E, "reported on Jan. 11", "Jan. 11", "date", 2025, 2025, "year", N, "as-of"),
 ("e-nine", E, "that nine suspected cases", "nine", "count", 9, 9, "cases", Y, "tanzania suspected cases jan 11"),
 ("e-eight", E, "including eight deaths", "eight", "count", 8, 8, "deaths", Y, "tanzania deaths jan 11"),
 ("e-twod", E, "occurred in two districts", "two", "count", 2, 2, "districts", Y, "tanzania districts jan 11"),
 ("e-feb10", E, "As of Feb. 10", "Feb. 10", "date", 2025, 2025, "year", N, "as-of"),
 ("e-2conf", E, "reported two confirmed", "two", "count", 2, 2, "cases", Y, "tanzania 2025 confirmed"),
 ("e-8prob", E, "and eight probable cases", "eight", "count", 8, 8, "cases", Y, "tanzania 2025 probable"),
 ("e-10", E, "all 10 have died", "10", "count", 10, 10, "deaths", Y, "tanzania 2025 deaths"),
 ("e-281", E, "About 281 contacts", "281", "count", 281, 281, "contacts", Y, "tanzania contacts listed"),
 ("e-2023", E, "also in Kagera, in 2023", "2023", "date", 2023, 2023, "year", Y, "tanzania first outbreak year"),
 ("e-9c", E, "had nine cases", "nine", "count", 9, 9, "cases", Y, "tanzania 2023 cases"),
 ("e-6d", E, "nine cases and six deaths", "six", "count", 6, 6, "deaths", Y, "tanzania 2023 deaths"),
 ("e-single", E, "is a single shot", "single", "count", 1, 1, "doses", N, "doses per person"),
 ("e-20", E, "study in 20 healthy adults", "20", "count", 20, 20, "participants", Y, "phase 1 participants"),
 ("e-2700", E, "about 2,700 investigational", "2,700", "count", 2700, 2700, "doses", Y, "total doses supplied by sabin"),
 ("e-oct6", E, "started on Oct. 6", "Oct. 6", "date", 2024, 2024, "year", Y, "vaccination start"),
 ("e-700", E, "the first 700 doses", "700", "count", 700, 700, "doses", Y, "first shipment doses"),
 ("e-21b", E, "fever within 21 days", "21 days", "duration", 21, 21, "days", Y, "traveller monitoring window"),

 # ---- mb05 blog (2025-03-20)
 ("b-h2a", B, "Two Marburg outbreaks,", "Two", "count", 2, 2, "outbreaks", N, "headline"),
 ("b-h2b", B, "two very different endings", "two", "count", 2, 2, "outbreaks", N, "headline"),
 ("b-pub", B, "March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-lastwk", B, "Last week Tanzania", "Last week", "date", 2025, 2025, "year", Y, "tanzania 2025 outbreak declared over"),
 ("b-42", B, "over, 42 days after", "42 days", "duration", 42, 42, "days", Y, "end-of-outbreak countdown"),
 ("b-jan28", B, "died on January 28", "January 28", "date", 2025, 2025, "year", Y, "tanzania last confirmed death"),
 ("b-twoinc", B, "two full incubation periods", "two", "count", 2, 2, "periods", N, "definition"),
 ("b-6wk", B, "or six weeks", "six weeks", "duration", 6, 6, "weeks", Y, "end-of-outbreak countdown"),
 ("b-6mo", B, "the past six months", "six months", "duration", 6, 6, "months", N, "aside"),
 ("b-twoout", B, "because these two outbreaks", "two", "count", 2, 2, "outbreaks", N, "aside"),
 ("b-janly", B, "declared in January last year", "January last year", "date", 2024, 2024, "year", Y, "tanzania 2025 outbreak declared"),
 ("b-2conf", B, "counted two confirmed", "two", "count", 2, 2, "cases", Y, "tanzania 2025 confirmed"),
 ("b-8prob", B, "and eight probable cases", "eight", "count", 8, 8, "cases", Y, "tanzania 2025 probable"),
 ("b-8d", B, "with eight deaths", "eight", "count", 8, 8, "deaths", Y, "tanzania 2025 deaths"),
 ("b-earlydec", B, "fell ill in early December", "early December", "date", 2024, 2024, "year", N, "tanzania first patient onset"),
 ("b-2023", B, "In 2023 the region", "2023", "date", 2023, 2023, "year", Y, "tanzania first outbreak year"),
 ("b-9", B, "recorded nine cases", "nine", "count", 9, 9, "cases", Y, "tanzania 2023 cases"),
 ("b-6", B, "nine cases and six deaths", "six", "count", 6, 6, "deaths", Y, "tanzania 2023 deaths"),
 ("b-twoh", B, "inside two of Kigali's", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("b-66", B, "Sixty-six people", "Sixty-six", "count", 66, 66, "cases", Y, "rwanda confirmed cases (final)"),
 ("b-15", B, "and 15 died", "15", "count", 15, 15, "deaths", Y, "rwanda deaths (final)"),
 ("b-67", B, "About 67% of the cases", "67%", "percent", 67, 67, "%", Y, "health-worker share (final)"),
 ("b-cap", B, "September to November 2024", "September to November 2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-cap2", B, "in the first two weeks", "two weeks", "duration", 2, 2, "weeks", N, "caption"),
 ("b-19", B, "vaccine 19 days after", "19 days", "duration", 19, 19, "days", Y, "declaration to first shipment"),
 ("b-1700", B, "about 1,700 doses", "1,700", "count", 1700, 1700, "doses", Y, "total doses supplied by sabin"),
 ("b-2022", B, "Sudan outbreak in 2022", "2022", "date", 2022, 2022, "year", Y, "uganda ebola sudan outbreak year"),
 ("b-79", B, "arrived 79 days after", "79 days", "duration", 79, 79, "days", Y, "uganda 2022 declaration to vaccine"),
 ("b-angyr", B, "The 2004–2005 outbreak", "2004–2005", "date", 2004, 2005, "year", N, "comparator period"),
 ("b-329", B, "killed 329 of 374", "329", "count", 329, 329, "deaths", Y, "angola 2004-2005 deaths"),
 ("b-374", B, "329 of 374 people", "374", "count", 374, 374, "cases", Y, "angola 2004-2005 cases"),
 ("b-drcyr", B, "between 1998 and 2000", "1998 and 2000", "date", 1998, 2000, "year", N, "comparator period"),
 ("b-123", B, "2000, 123 people died", "123", "count", 123, 123, "deaths", Y, "drc 1998-2000 deaths"),
 ("b-1in4", B, "under one in four", "one in four", "percent", 25, 25, "%", N, "summary"),
 ("b-two2", B, "Two ventilated patients", "Two", "count", 2, 2, "patients", Y, "patients weaned from ventilation"),
 ("b-incub", B, "from two to 21 days", "two to 21 days", "duration", 2, 21, "days", Y, "incubation period range"),
 ("b-email", B, "Get one email a month", "one", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-4d", B, "vaccine trial in 4 days", "4 days", "duration", 4, 4, "days", N, "related link"),
 ("b-10min", B, "the ten minutes that", "ten minutes", "duration", 10, 10, "minutes", N, "related link"),

 # ---- mb06 local (2024-11-12, Tuesday), hard-wrapped
 ("l-pub", L, "Tuesday, November 12, 2024", "November 12, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-h42", L, "starts 42-day countdown", "42-day", "duration", 42, 42, "days", N, "headline"),
 ("l-fri", L, "treatment centre on Friday", "Friday", "date", 2024, 2024, "year", Y, "last patient discharged (nov 8)"),
 ("l-oct30", L, "reported since Oct. 30", "Oct. 30", "date", 2024, 2024, "year", Y, "last new confirmed case"),
 ("l-42", L, "in the next 42 days", "42 days", "duration", 42, 42, "days", Y, "end-of-outbreak countdown"),
 ("l-sep27", L, "declared on Sept. 27", "Sept. 27", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("l-66", L, "In all, 66 people", "66", "count", 66, 66, "cases", Y, "rwanda confirmed cases (final)"),
 ("l-15", L, "and 15 have died", "15", "count", 15, 15, "deaths", Y, "rwanda deaths (final)"),
 ("l-272", L, "rate of 27.2 per cent", "27.2 per cent", "percent", 27.2, 27.2, "%", Y, "rwanda cfr (final)"),
 ("l-51", L, "The other 51 have", "51", "count", 51, 51, "people", Y, "rwanda recoveries (final)"),
 ("l-80", L, "Almost 80 per cent", "80 per cent", "percent", 80, 80, "%", Y, "health-worker share (final)"),
 ("l-twohf", L, "from two health facilities", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("l-31", L, "Uwimana, 31,", "31", "age", 31, 31, "years", N, "interviewee age"),
 ("l-700", L, "The first 700 doses", "700", "count", 700, 700, "doses", Y, "first shipment doses"),
 ("l-oct5", L, "arrived on Oct. 5", "Oct. 5", "date", 2024, 2024, "year", Y, "first shipment arrival"),
 ("l-9d", L, "nine days after the outbreak", "nine days", "duration", 9, 9, "days", Y, "declaration to first shipment"),
 ("l-endoct", L, "By the end of October", "the end of October", "date", 2024, 2024, "year", N, "as-of"),
 ("l-1170", L, "October, 1,170 health", "1,170", "count", 1170, 1170, "people", Y, "people vaccinated by end of october"),
 ("l-26", L, "brought 26 confirmed", "26", "count", 26, 26, "cases", Y, "cases in first epi week"),
 ("l-23", L, "the second week 23", "23", "count", 23, 23, "cases", Y, "cases in second epi week"),
 ("l-three", L, "only three or fewer", "three", "count", 3, 3, "cases", Y, "weekly cases from mid-october (max)"),
 ("l-midoct", L, "each week from mid-October", "mid-October", "date", 2024, 2024, "year", N, "period start"),
 ("l-oct20", L, "tracing, on Oct. 20", "Oct. 20", "date", 2024, 2024, "year", N, "as-of"),
 ("l-1146", L, "following 1,146 people", "1,146", "count", 1146, 1146, "contacts", Y, "contacts under follow-up oct 20"),
 ("l-mon", L, "by Monday 470", "Monday", "date", 2024, 2024, "year", N, "as-of"),
 ("l-470", L, "Monday 470 contacts", "470", "count", 470, 470, "contacts", Y, "contacts under follow-up nov 11"),
 ("l-7408", L, "run 7,408 Marburg tests", "7,408", "count", 7408, 7408, "tests", Y, "marburg tests run"),
 ("l-100350", L, "between 100 and 350 samples", "100 and 350", "count", 100, 350, "samples", Y, "samples tested per day"),
 ("l-60k", L, "Nearly 60,000 community", "60,000", "count", 60000, 60000, "people", Y, "community health workers deployed"),
 ("l-drcyr", L, "Congo in 1998 to 2000", "1998 to 2000", "date", 1998, 2000, "year", N, "comparator period"),
 ("l-38", L, "2000, 38 per cent", "38 per cent", "percent", 38, 38, "%", Y, "drc 1998-2000 cfr"),
 ("l-angyr", L, "Angola in 2004 and 2005", "2004 and 2005", "date", 2004, 2005, "year", N, "comparator period"),
 ("l-910", L, "nearly nine in ten", "nine in ten", "percent", 90, 90, "%", Y, "angola 2004-2005 cfr"),
 ("l-325", L, "more than $325 million", "$325 million", "money", 325000000, 325000000, "USD", Y, "hhs investment in sabin vaccine"),
 ("l-incub", L, "take two to 21 days", "two to 21 days", "duration", 2, 21, "days", Y, "incubation period range"),
 ("l-21", L, "monitored for 21 days", "21 days", "duration", 21, 21, "days", Y, "contact monitoring period"),
 ("l-dec20", L, "countdown ends on Dec. 20", "Dec. 20", "date", 2024, 2024, "year", Y, "countdown end (forecast)"),

 # ---- mb07 fact-check (2025-10-03)
 ("f-pub", F, "Health · October 3, 2025", "October 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h910", F, "not kill nine in ten patients", "nine in ten", "percent", 90, 90, "%", N, "post claim (headline)"),
 ("f-910post", F, "killed 9 out of 10 people", "9 out of 10", "percent", 90, 90, "%", N, "post claim"),
 ("f-2023post", F, "Rwandan nurses in 2023", "2023", "date", 2023, 2023, "year", N, "post claim"),
 ("f-sep27", F, "outbreak on Sept. 27, 2024", "Sept. 27, 2024", "date", 2024, 2024, "year", Y, "rwanda outbreak declaration date"),
 ("f-twoh", F, "at two Kigali hospitals", "two", "count", 2, 2, "hospitals", Y, "hospitals where outbreak began"),
 ("f-dec20", F, "over on Dec. 20, 2024", "Dec. 20, 2024", "date", 2024, 2024, "year", Y, "rwanda outbreak declared over"),
 ("f-42", F, "after 42 days passed", "42 days", "duration", 42, 42, "days", Y, "end-of-outbreak countdown"),
 ("f-66", F, "outbreak, 66 cases were", "66", "count", 66, 66, "cases", Y, "rwanda confirmed cases (final)"),
 ("f-15", F, "and 15 people died", "15", "count", 15, 15, "deaths", Y, "rwanda deaths (final)"),
 ("f-227", F, "rate of 22.7%", "22.7%", "percent", 22.7, 22.7, "%", Y, "rwanda cfr (final)"),
 ("f-90", F, "not 90%", "90%", "percent", 90, 90, "%", N, "post claim (restated)"),
 ("f-51r", F, "The remaining 51 patients", "51", "count", 51, 51, "people", Y, "rwanda recoveries (final)"),
 ("f-sept", F, "Medicine in September", "September", "date", 2025, 2025, "year", N, "nejm publication"),
 ("f-51h", F, "found that 51 of the 66", "51", "count", 51, 51, "cases", Y, "health-worker cases (final)"),
 ("f-66b", F, "51 of the 66 cases", "66", "count", 66, 66, "cases", N, "repeat"),
 ("f-77", F, "or 77%, were", "77%", "percent", 77, 77, "%", Y, "health-worker share (final)"),
 ("f-nine", F, "The \"nine in ten\" figure", "nine in ten", "percent", 90, 90, "%", N, "post claim (restated)"),
 ("f-88", F, "up to 88% of patients", "88%", "percent", 88, 88, "%", Y, "who maximum fatality"),
 ("f-angyr", F, "Angola's 2004–2005 outbreak", "2004–2005", "date", 2004, 2005, "year", N, "comparator period"),
 ("f-239", F, "239 people died", "239", "count", 239, 239, "deaths", Y, "angola 2004-2005 deaths"),
 ("f-374", F, "among 374 cases", "374", "count", 374, 374, "cases", Y, "angola 2004-2005 cases"),
 ("f-2023vac", F, "were vaccinated in 2023", "2023", "date", 2023, 2023, "year", N, "post claim"),
 ("f-1000", F, "shipment of 1,000 doses", "1,000", "count", 1000, 1000, "doses", Y, "first shipment doses"),
 ("f-oct5", F, "arrived on Oct. 5, 2024", "Oct. 5, 2024", "date", 2024, 2024, "year", Y, "first shipment arrival"),
 ("f-2700", F, "about 2,700 doses", "2,700", "count", 2700, 2700, "doses", Y, "total doses supplied by sabin"),
 ("f-1710", F, "NEJM study, 1,710", "1,710", "count", 1710, 1710, "people", Y, "people vaccinated (end of october)"),
 ("f-lancet", F, "The Lancet in 2023", "2023", "date", 2023, 2023, "year", Y, "phase 1 publication year"),
 ("f-40", F, "enrolled 40 healthy adults", "40", "count", 40, 40, "participants", Y, "phase 1 participants"),
 ("f-27", F, "a 27-year-old miner", "27-year-old", "age", 27, 27, "years", Y, "index patient age"),
 ("f-single", F, "to a single spillover", "single", "count", 1, 1, "spillovers", N, "aside"),
 ("f-1416", F, "following 1,416 people", "1,416", "count", 1416, 1416, "contacts", Y, "contacts under follow-up oct 20"),
 ("f-oct20", F, "on Oct. 20, 2024", "Oct. 20, 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("f-15b", F, "killed 15 of 66", "15", "count", 15, 15, "deaths", N, "ruling repeat"),
 ("f-66c", F, "15 of 66 confirmed", "66", "count", 66, 66, "cases", N, "ruling repeat"),
 ("f-23", F, "patients, about 23%", "23%", "percent", 23, 23, "%", Y, "rwanda cfr (final, ruling)"),
 ("f-oct6", F, "before Oct. 6, 2024", "Oct. 6, 2024", "date", 2024, 2024, "year", Y, "vaccination start"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Rwanda declaration year: 2023 (mb04) vs 2024
 ("e-sep23", "w-lastmo", S), ("e-sep23", "w-sep27", S), ("e-sep23", "p-sep27", S),
 ("e-sep23", "a-sep27", S), ("e-sep23", "l-sep27", S), ("e-sep23", "f-sep27", S),
 # S2 final recoveries 49 (Oct 31 figure as final) vs 51
 ("e-49", "l-51", S), ("e-49", "a-51r", S), ("e-49", "f-51r", S),
 # S3 final CFR 27.2% vs 22.7% / about 23%
 ("l-272", "a-227", S), ("l-272", "f-227", S), ("l-272", "f-23", S), ("l-272", "e-23", S),
 # S4 health-worker share of the 66 cases: 67% vs 77% / almost 80%
 ("b-67", "a-773", S), ("b-67", "f-77", S), ("b-67", "e-80", S), ("b-67", "l-80", S), ("b-67", "p-80", S),
 # S5 first shipment doses 1,000 vs 700
 ("f-1000", "w-700", S), ("f-1000", "p-700", S), ("f-1000", "l-700", S), ("f-1000", "e-700", S),
 # S6 total doses supplied 1,700 vs 2,700
 ("b-1700", "p-2700", S), ("b-1700", "e-2700", S), ("b-1700", "f-2700", S),
 # S7 vaccinated by end of October 1,170 vs 1,710
 ("l-1170", "a-1710", S), ("l-1170", "f-1710", S),
 # S8 declaration to first shipment 19 days vs nine
 ("b-19", "p-9d", S), ("b-19", "l-9d", S),
 # S9 contacts on Oct 20: 1,416 vs 1,146
 ("f-1416", "p-1146", S), ("f-1416", "l-1146", S),
 # S10 Angola deaths 239 vs 329
 ("f-239", "a-329", S), ("f-239", "b-329", S),
 # S11 DRC CFR 38% vs 83%
 ("l-38", "a-831", S), ("l-38", "e-drc83", S),
 # S12 Tanzania 2025 deaths: eight vs 10
 ("b-8d", "a-10d2", S), ("b-8d", "e-10", S),
 # S13 Tanzania 2025 declaration year: "January last year" (2024) vs 2025
 ("b-janly", "e-jan20", S), ("b-janly", "a-jan20", S), ("b-janly", "e-jan", S),
 # S14 Phase 1 participants 20 vs 40
 ("e-20", "a-40", S), ("e-20", "f-40", S),
 # S15 HHS investment $325M vs $235M
 ("l-325", "w-235", S), ("l-325", "p-235", S),
 # S16 end-of-outbreak countdown 21 days vs 42 days / six weeks
 ("e-21", "l-42", S), ("e-21", "f-42", S), ("e-21", "b-42", S), ("e-21", "b-6wk", S),
 # S17 cases when first doses arrived (Oct 5): 64 vs 46
 ("p-64", "w-46", S),
 # S18 Uganda/Kenya phase 2 enrolment 152 vs 125
 ("p-152", "a-125", S),
 # S19 incubation range 2-12 vs 2-21 days
 ("w-incub", "e-incub", S), ("w-incub", "b-incub", S), ("w-incub", "l-incub", S),
 # Qualified
 ("e-80", "a-773", Q), ("l-80", "a-773", Q), ("p-80", "a-773", Q),
 ("e-80", "f-77", Q), ("l-80", "f-77", Q), ("p-80", "f-77", Q),
 ("e-ang90", "a-880", Q),
 ("p-10d", "a-13d", Q),
 ("b-123", "a-128", Q),
 ("b-19", "a-13d", Q), ("b-19", "p-10d", Q),
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
        rows.append({"type": "claim", "id": f"mb-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mb-{a}", f"mb-{b}"
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
