#!/usr/bin/env python3
"""Build salmonella-cucumbers.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "salmonella-cucumbers")
OUT = os.path.join(HERE, "salmonella-cucumbers.gold.jsonl")
T = "salmonella-cucumbers"

W, P, A, E, B, L, F = ("SC01_wire.txt", "SC02_press.txt", "SC03_abstract.txt",
                       "SC04_explainer.txt", "SC05_blog.txt", "SC06_local.txt", "SC07_factcheck.txt")
Y = True; N = False
NULL = None

# Abbreviations in topics: A24 = 2024 Africana/Braenderup outbreak (Bedner + Thomas Produce, Fresh Start recall);
# T24 = fall 2024 Typhimurium outbreak (Agrotato, SunFed recall); M25 = 2025 Montevideo outbreak (Bedner).
# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- SC01 wire (2025-05-31, Saturday; "Friday" = 2025-05-30)
 ("w-h45", W, "outbreak grows to 45 cases", "45", "count", 45, 45, "cases", N, "headline repeat"),
 ("w-dl", W, "ATLANTA, May 31", "May 31", "date", 2025, 2025, "year", N, "dateline"),
 ("w-45", W, "grown to 45 illnesses", "45", "count", 45, 45, "cases", Y, "M25 cases as of May 30"),
 ("w-18", W, "45 illnesses in 18 states", "18", "count", 18, 18, "states", Y, "M25 states as of May 30"),
 ("w-fri", W, "officials said on Friday", "Friday", "date", 2025, 2025, "year", N, "update date"),
 ("w-16", W, "Sixteen people have been hospitalized", "Sixteen", "count", 16, 16, "people", Y, "M25 hospitalized as of May 30"),
 ("w-40", W, "Of the 40 people", "40", "count", 40, 40, "people", Y, "M25 persons with hospitalization info, May 30"),
 ("w-40pct", W, "hospitalization rate of 40%", "40%", "percent", 40, 40, "%", Y, "M25 hospitalization rate May 30 (16/40)"),
 ("w-twice", W, "about twice what is typical", "twice", "ratio", 2, 2, "x", N, "vs typical salmonella rate"),
 ("w-may20", W, "posted on May 20", "May 20", "date", 2025, 2025, "year", Y, "M25 first CDC notice"),
 ("w-26", W, "counted 26 sick people", "26", "count", 26, 26, "people", Y, "M25 cases at first notice"),
 ("w-15", W, "26 sick people in 15 states", "15", "count", 15, 15, "states", Y, "M25 states at first notice"),
 ("w-9", W, "and nine hospitalizations", "nine", "count", 9, 9, "people", Y, "M25 hospitalized at first notice"),
 ("w-dist", W, "Delray Beach between April 29 and May 19", "April 29 and May 19", "date", 2025, 2025, "year", Y, "M25 distribution window"),
 ("w-apr", W, "inspection at the farm in April", "April", "date", 2025, 2025, "year", Y, "FDA follow-up inspection at Bedner (M25)"),
 ("w-onset", W, "Illnesses began between April 2 and May 10", "April 2 and May 10", "date", 2025, 2025, "year", N, "M25 onset range May 30"),
 ("w-ga7", W, "Georgia has reported seven cases", "seven", "count", 7, 7, "cases", Y, "M25 Georgia cases May 30"),
 ("w-fl6", W, "and Florida six", "six", "count", 6, 6, "cases", Y, "M25 Florida cases May 30"),
 ("w-8", W, "Eight of the sick people", "Eight", "count", 8, 8, "people", Y, "M25 cruise passengers"),
 ("w-week", W, "in the week before falling ill", "the week", "duration", 1, 1, "weeks", N, "exposure window"),
 ("w-6ships", W, "sailed on six different ships", "six", "count", 6, 6, "ships", Y, "M25 cruise ships"),
 ("w-cruise", W, "between March 30 and April 12", "March 30 and April 12", "date", 2025, 2025, "year", N, "cruise departures"),
 ("w-3same", W, "and three of them were on the same ship", "three", "count", 3, 3, "people", Y, "M25 cruisers on same ship"),
 ("w-may19", W, "Bedner recalled its cucumbers on May 19", "May 19", "date", 2025, 2025, "year", Y, "Bedner recall M25"),
 ("w-dozen", W, "more than a dozen companies", "a dozen", "count", 12, 12, "companies", N, "secondary recallers (vague)"),
 ("w-lastwk", W, "said last week that", "last week", "date", 2025, 2025, "year", N, "coastline statement date"),
 ("w-18m", W, "would cost it about $1.8 million", "$1.8 million", "money", 1800000, 1800000, "USD", Y, "Coastline recall total cost"),
 ("w-2farms", W, "one of two Florida farms", "two", "count", 2, 2, "growers", Y, "A24 growers blamed"),
 ("w-2023", W, "larger outbreak in 2023", "2023", "date", 2023, 2023, "year", Y, "A24 outbreak year"),
 ("w-551", W, "that sickened 551 people", "551", "count", 551, 551, "people", Y, "A24 final cases"),
 ("w-31", W, "551 people in 31 states", "31", "count", 31, 31, "states", Y, "A24 final states (+DC)"),
 ("w-155", W, "155 of whom were hospitalized", "155", "count", 155, 155, "people", Y, "A24 final hospitalized"),
 ("w-135m", W, "about 1.35 million people", "1.35 million", "count", 1350000, 1350000, "infections", Y, "US salmonella infections per year (CDC)"),
 ("w-4to7", W, "within four to seven days", "four to seven days", "duration", 4, 7, "days", Y, "illness duration"),
 ("w-age5", W, "children younger than 5", "5", "age", 5, 5, "years", N, "risk-group age"),
 ("w-age65", W, "adults aged 65 and older", "65", "age", 65, 65, "years", N, "risk-group age"),
 ("w-3to4", W, "usually takes 3 to 4 weeks", "3 to 4 weeks", "duration", 3, 4, "weeks", Y, "time to link a case to an outbreak"),
 ("w-fall", W, "A separate outbreak last fall", "last fall", "date", 2024, 2024, "year", Y, "T24 outbreak season"),
 ("w-113", W, "ended with 113 illnesses", "113", "count", 113, 113, "cases", Y, "T24 final cases"),
 ("w-23", W, "113 illnesses in 23 states", "23", "count", 23, 23, "states", Y, "T24 final states"),
 ("w-2015", W, "A 2015 outbreak", "2015", "date", 2015, 2015, "year", Y, "poona outbreak year"),
 ("w-907", W, "sickened 907 people", "907", "count", 907, 907, "people", Y, "2015 poona cases"),
 ("w-40st", W, "907 people in 40 states", "40", "count", 40, 40, "states", Y, "2015 poona states"),
 ("w-6d", W, "40 states and killed six", "six", "count", 6, 6, "deaths", Y, "2015 poona deaths"),

 # ---- SC02 press (2025-05-22)
 ("p-sub14", P, "Recall covers 14 products", "14", "count", 14, 14, "products", N, "subtitle repeat"),
 ("p-sub6", P, "sold in six southeastern states", "six", "count", 6, 6, "states", N, "subtitle repeat"),
 ("p-dl", P, "Fla., May 22, 2025", "May 22, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-14", P, "voluntary recall of 14 ready-to-eat", "14", "count", 14, 14, "products", Y, "coastline recalled products"),
 ("p-made", P, "between April 30 and May 16, 2025", "April 30 and May 16, 2025", "date", 2025, 2025, "year", Y, "coastline production window"),
 ("p-useby", P, "from May 6 through May 27, 2025", "May 6 through May 27, 2025", "date", 2025, 2025, "year", N, "use-by dates"),
 ("p-8pl", P, "eight private-label salads", "eight", "count", 8, 8, "products", Y, "private-label recalled products"),
 ("p-may19", P, "On May 19, Bedner", "May 19", "date", 2025, 2025, "year", Y, "Bedner recall M25"),
 ("p-may20", P, "and on May 20 the FDA", "May 20", "date", 2025, 2025, "year", Y, "M25 first CDC/FDA notice"),
 ("p-26", P, "had sickened 26 people", "26", "count", 26, 26, "people", Y, "M25 cases at first notice"),
 ("p-15", P, "26 people in 15 states", "15", "count", 15, 15, "states", Y, "M25 states at first notice"),
 ("p-9", P, "nine of whom were hospitalized", "nine", "count", 9, 9, "people", Y, "M25 hospitalized at first notice"),
 ("p-aprly", P, "inspection in April of last year", "April of last year", "date", 2024, 2024, "year", Y, "FDA follow-up inspection at Bedner (M25)"),
 ("p-lastyr", P, "prompted by last year's outbreaks", "last year", "date", 2024, 2024, "year", Y, "A24 outbreak year"),
 ("p-515", P, "in which 515 people", "515", "count", 515, 515, "people", Y, "A24 final cases"),
 ("p-34", P, "515 people in 34 states", "34", "count", 34, 34, "states", Y, "A24 final states (+DC)"),
 ("p-24h", P, "within 24 hours of the FDA advisory", "24 hours", "duration", 24, 24, "hours", Y, "coastline response time"),
 ("p-12to72", P, "within 12 to 72 hours", "12 to 72 hours", "duration", 12, 72, "hours", Y, "symptom onset after exposure (FDA wording)"),
 ("p-4to7", P, "usually last four to seven days", "four to seven days", "duration", 4, 7, "days", Y, "illness duration"),
 ("p-age5", P, "Children younger than five", "five", "age", 5, 5, "years", N, "risk-group age"),
 ("p-age65", P, "people older than 65", "65", "age", 65, 65, "years", N, "risk-group age"),
 ("p-18m", P, "approximately $1.8 million", "$1.8 million", "money", 1800000, 1800000, "USD", Y, "Coastline recall total cost"),
 ("p-650k", P, "of which about $650,000", "$650,000", "money", 650000, 650000, "USD", Y, "Coastline inventory write-off (part of total)"),
 ("p-q2", P, "in the second quarter of fiscal 2025", "second quarter", "date", 2025, 2025, "year", N, "charge timing"),
 ("p-fy25", P, "quarter of fiscal 2025", "2025", "date", 2025, 2025, "year", N, "charge timing"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-900", P, "more than 900 retail", "900", "count", 900, 900, "customers", N, "about section"),
 ("p-420", P, "employs about 420 people", "420", "count", 420, 420, "employees", N, "about section"),
 ("p-2fac", P, "at two production facilities", "two", "count", 2, 2, "facilities", N, "about section"),

 # ---- SC03 abstract (2025-11-14)
 ("a-pub", A, "Published online 14 November 2025", "14 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "United States, 2024–2025: a descriptive", "2024–2025", "date", 2024, 2025, "year", N, "title period"),
 ("a-2015", A, "Salmonella Poona in 2015", "2015", "date", 2015, 2015, "year", Y, "poona outbreak year"),
 ("a-907", A, "(907 illnesses", "907", "count", 907, 907, "people", Y, "2015 poona cases"),
 ("a-6d", A, "six deaths) [1]", "six", "count", 6, 6, "deaths", Y, "2015 poona deaths"),
 ("a-period", A, "Between March 2024 and May 2025", "March 2024 and May 2025", "date", 2024, 2025, "year", N, "study period"),
 ("a-three", A, "three further multistate outbreaks", "three", "count", 3, 3, "outbreaks", N, "number of recent outbreaks"),
 ("a-one1", A, "cucumbers: one caused by", "one", "count", 1, 1, "outbreaks", N, "enumeration"),
 ("a-2grow", A, "traced to two Florida growers", "two", "count", 2, 2, "growers", Y, "A24 growers"),
 ("a-one2", A, "Florida growers, one caused by", "one", "count", 1, 1, "outbreaks", N, "enumeration"),
 ("a-one3", A, "Sonora, Mexico, and one caused", "one", "count", 1, 1, "outbreaks", N, "enumeration"),
 ("a-one4", A, "traced to one of the same", "one", "count", 1, 1, "growers", N, "enumeration"),
 ("a-onA", A, "(illness onsets 11 March to 26 July 2024)", "11 March to 26 July 2024", "date", 2024, 2024, "year", N, "A24 onset range"),
 ("a-onT", A, "(12 October to 7 December 2024)", "12 October to 7 December 2024", "date", 2024, 2024, "year", N, "T24 onset range"),
 ("a-onM", A, "(2 April to 29 May 2025)", "2 April to 29 May 2025", "date", 2025, 2025, "year", N, "M25 onset range"),
 ("a-df", A, "test with two degrees of freedom", "two", "count", 2, 2, "df", N, "statistical detail"),
 ("a-50", A, "compared with the 50% of respondents", "50%", "percent", 50, 50, "%", Y, "FoodNet background cucumber consumption"),
 ("a-733", A, "N = 733 illnesses", "733", "count", 733, 733, "people", Y, "illnesses, three outbreaks combined (finals)"),
 ("a-551", A, "comprised 551 illnesses", "551", "count", 551, 551, "people", Y, "A24 final cases"),
 ("a-282", A, "Africana n=282", "282", "count", 282, 282, "people", Y, "A24 Africana cases"),
 ("a-269", A, "Braenderup n=269", "269", "count", 269, 269, "people", Y, "A24 Braenderup cases"),
 ("a-34", A, "n=269) in 34 states", "34", "count", 34, 34, "states", Y, "A24 final states (+DC)"),
 ("a-48", A, "median age was 48 years", "48 years", "age", 48, 48, "years", Y, "A24 median age"),
 ("a-range", A, "(range <1–94)", "<1–94", "age", 1, 94, "years", Y, "A24 age range"),
 ("a-68", A, "68% of patients were female", "68%", "percent", 68, 68, "%", Y, "A24 female share"),
 ("a-456", A, "Of 456 patients", "456", "count", 456, 456, "people", Y, "A24 persons with info"),
 ("a-155", A, "155 were hospitalized", "155", "count", 155, 155, "people", Y, "A24 final hospitalized"),
 ("a-340", A, "(34.0%, 95% CI", "34.0%", "percent", 34.0, 34.0, "%", Y, "A24 hospitalization rate"),
 ("a-340ci", A, "29.8–38.5", "29.8–38.5", "percent", 29.8, 38.5, "%", Y, "ci"),
 ("a-47", A, "47 of 65 interviewed", "47", "count", 47, 47, "people", Y, "A24 first-notice ate cucumbers"),
 ("a-65", A, "47 of 65 interviewed", "65", "count", 65, 65, "people", Y, "A24 first-notice interviewed"),
 ("a-723", A, "(72.3%; P<0.001)", "72.3%", "percent", 72.3, 72.3, "%", Y, "A24 first-notice ate cucumbers share"),
 ("a-p1", A, "72.3%; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-113", A, "comprised 113 illnesses", "113", "count", 113, 113, "people", Y, "T24 final cases"),
 ("a-23", A, "113 illnesses in 23 states", "23", "count", 23, 23, "states", Y, "T24 final states"),
 ("a-28", A, "28 of 99 patients", "28", "count", 28, 28, "people", Y, "T24 final hospitalized"),
 ("a-99", A, "28 of 99 patients", "99", "count", 99, 99, "people", Y, "T24 persons with info"),
 ("a-283", A, "(28.3%, 95% CI", "28.3%", "percent", 28.3, 28.3, "%", Y, "T24 hospitalization rate"),
 ("a-283ci", A, "20.4–37.8", "20.4–37.8", "percent", 20.4, 37.8, "%", Y, "ci"),
 ("a-56", A, "56 of 69 interviewed", "56", "count", 56, 56, "people", Y, "T24 ate cucumbers"),
 ("a-69i", A, "56 of 69 interviewed", "69", "count", 69, 69, "people", Y, "T24 interviewed"),
 ("a-812", A, "(81.2%, 95% CI", "81.2%", "percent", 81.2, 81.2, "%", Y, "T24 ate-cucumber share"),
 ("a-812ci", A, "70.4–88.6", "70.4–88.6", "percent", 70.4, 88.6, "%", Y, "ci"),
 ("a-p2", A, "70.4–88.6; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-7sub", A, "Seven illness sub-clusters", "Seven", "count", 7, 7, "sub-clusters", Y, "T24 sub-clusters"),
 ("a-3al", A, "at three assisted living", "three", "count", 3, 3, "facilities", Y, "T24 assisted-living sub-clusters"),
 ("a-3sd", A, "three school districts", "three", "count", 3, 3, "districts", Y, "T24 school sub-clusters"),
 ("a-1rest", A, "and one restaurant", "one", "count", 1, 1, "restaurants", Y, "T24 restaurant sub-clusters"),
 ("a-69", A, "comprised 69 illnesses", "69", "count", 69, 69, "people", Y, "M25 final cases"),
 ("a-20", A, "69 illnesses in 20 states", "20", "count", 20, 20, "states", Y, "M25 final states"),
 ("a-22", A, "22 of 60 patients", "22", "count", 22, 22, "people", Y, "M25 final hospitalized"),
 ("a-60", A, "22 of 60 patients", "60", "count", 60, 60, "people", Y, "M25 persons with info"),
 ("a-367", A, "(36.7%, 95% CI", "36.7%", "percent", 36.7, 36.7, "%", Y, "M25 final hospitalization rate"),
 ("a-367ci", A, "25.6–49.3", "25.6–49.3", "percent", 25.6, 49.3, "%", Y, "ci"),
 ("a-29", A, "29 of 35 interviewed", "29", "count", 29, 29, "people", Y, "M25 ate cucumbers"),
 ("a-35", A, "29 of 35 interviewed", "35", "count", 35, 35, "people", Y, "M25 interviewed"),
 ("a-829", A, "(82.9%, 95% CI", "82.9%", "percent", 82.9, 82.9, "%", Y, "M25 ate-cucumber share"),
 ("a-829ci", A, "67.3–91.9", "67.3–91.9", "percent", 67.3, 91.9, "%", Y, "ci"),
 ("a-p3", A, "67.3–91.9; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-8", A, "Eight patients had travelled", "Eight", "count", 8, 8, "people", Y, "M25 cruise passengers"),
 ("a-one5", A, "travelled on one of six", "one", "count", 1, 1, "ships", N, "enumeration"),
 ("a-6ships", A, "one of six cruise ships", "six", "count", 6, 6, "ships", Y, "M25 cruise ships"),
 ("a-1death", A, "recorded one death", "one", "count", 1, 1, "deaths", Y, "M25 deaths (later FDA summary)"),
 ("a-205", A, "205 of 615 patients", "205", "count", 205, 205, "people", Y, "pooled hospitalized"),
 ("a-615", A, "205 of 615 patients", "615", "count", 615, 615, "people", Y, "pooled with info"),
 ("a-333", A, "(33.3%, 95% CI", "33.3%", "percent", 33.3, 33.3, "%", Y, "pooled hospitalization rate"),
 ("a-333ci", A, "29.7–37.2", "29.7–37.2", "percent", 29.7, 37.2, "%", Y, "ci"),
 ("a-chi", A, "χ² = 1.53", "1.53", "ratio", 1.53, 1.53, "chi2", N, "test statistic"),
 ("a-p4", A, "P=0.47", "0.47", "pvalue", 0.47, 0.47, "p", N, "p-value"),
 ("a-diff", A, "was −5.7 percentage points", "−5.7 percentage points", "percent", -5.7, -5.7, "pp", Y, "T24 minus A24 hospitalization"),
 ("a-diffci", A, "(95% CI −14.8 to 4.7)", "−14.8 to 4.7", "percent", -14.8, 4.7, "pp", Y, "ci"),
 ("a-one6", A, "collected at one grower", "one", "count", 1, 1, "growers", N, "enumeration"),
 ("a-apr25", A, "during an April 2025 follow-up", "April 2025", "date", 2025, 2025, "year", Y, "FDA follow-up inspection at Bedner (M25)"),
 ("a-t3", A, "exposure in three multistate", "three", "count", 3, 3, "outbreaks", N, "title"),
 ("a-across3", A, "Across the three outbreaks", "three", "count", 3, 3, "outbreaks", N, "qualifier"),
 ("a-all3", A, "In all three outbreaks", "three", "count", 3, 3, "outbreaks", N, "summary"),
 ("a-1in3", A, "about one in three case-patients", "one in three", "percent", 33.3, 33.3, "%", N, "summary"),
 ("a-20pct", A, "roughly 20% usually seen", "20%", "percent", 20, 20, "%", Y, "typical outbreak hospitalization rate"),
 ("a-4in5", A, "more than four in five", "four in five", "percent", 80, 80, "%", N, "summary"),
 ("a-two", A, "in the two later outbreaks", "two", "count", 2, 2, "outbreaks", N, "summary"),
 ("a-onegrow", A, "One grower was implicated", "One", "count", 1, 1, "growers", N, "summary"),
 ("a-r1", A, "Final update, March 2016", "March 2016", "date", 2016, 2016, "year", N, "reference"),
 ("a-r2", A, "Final update, 22 August 2024", "22 August 2024", "date", 2024, 2024, "year", N, "reference"),
 ("a-r3", A, "Final update, 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "reference"),

 # ---- SC04 explainer (2025-07-15)
 ("e-upd", E, "Updated July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-h3", E, "what to know after three outbreaks", "three", "count", 3, 3, "outbreaks", N, "headline"),
 ("e-3", E, "tied to three multistate", "three", "count", 3, 3, "outbreaks", N, "intro"),
 ("e-yr", E, "in a little over a year", "a little over a year", "duration", 1, 1, "years", N, "intro"),
 ("e-may19", E, "Bedner recalled its cucumbers on May 19", "May 19", "date", 2025, 2025, "year", Y, "Bedner recall M25"),
 ("e-dozens", E, "and dozens of products", "dozens", "count", NULL, NULL, "products", N, "vague"),
 ("e-june", E, "declared the outbreak over in June", "June", "date", 2025, 2025, "year", Y, "M25 declared over"),
 ("e-69", E, "69 people in 21 states", "69", "count", 69, 69, "people", Y, "M25 final cases"),
 ("e-21", E, "69 people in 21 states", "21", "count", 21, 21, "states", Y, "M25 final states"),
 ("e-22", E, "and 22 had been hospitalized", "22", "count", 22, 22, "people", Y, "M25 final hospitalized"),
 ("e-37", E, "or about 37% of the patients", "37%", "percent", 37, 37, "%", Y, "M25 final hospitalization rate"),
 ("e-several", E, "Several of the sick", "Several", "count", NULL, NULL, "people", N, "vague"),
 ("e-lastyr", E, "cucumber outbreak last year too", "last year", "date", 2024, 2024, "year", N, "question heading"),
 ("e-two", E, "There were two.", "two", "count", 2, 2, "outbreaks", N, "outbreaks in 2024"),
 ("e-2024a", E, "spring and summer of 2024", "2024", "date", 2024, 2024, "year", Y, "A24 outbreak year"),
 ("e-aug24", E, "investigation in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "A24 investigation closed"),
 ("e-551", E, "it counted 551 illnesses", "551", "count", 551, 551, "people", Y, "A24 final cases"),
 ("e-34", E, "551 illnesses in 34 states", "34", "count", 34, 34, "states", Y, "A24 final states (+DC)"),
 ("e-125", E, "and 125 people had been hospitalized", "125", "count", 125, 125, "people", Y, "A24 final hospitalized"),
 ("e-two2", E, "actually two outbreaks merged", "two", "count", 2, 2, "outbreaks", N, "aside"),
 ("e-oneinv", E, "merged into one investigation", "one", "count", 1, 1, "investigations", N, "aside"),
 ("e-afr", E, "269 people were infected with Salmonella Africana", "269", "count", 269, 269, "people", Y, "A24 Africana cases"),
 ("e-bra", E, "and 282 with Salmonella Braenderup", "282", "count", 282, 282, "people", Y, "A24 Braenderup cases"),
 ("e-age1", E, "less than a year old to 94", "a year", "age", 1, 1, "years", N, "A24 youngest (bound)"),
 ("e-94", E, "a year old to 94", "94", "age", 94, 94, "years", Y, "A24 oldest patient"),
 ("e-ship", E, "from May 17 to May 21, 2024", "May 17 to May 21, 2024", "date", 2024, 2024, "year", Y, "Fresh Start shipping window (A24 recall)"),
 ("e-14", E, "2024, to 14 states", "14", "count", 14, 14, "states", Y, "A24 recall shipped-to states"),
 ("e-2farms", E, "named two Palm Beach County farms", "two", "count", 2, 2, "growers", Y, "A24 growers"),
 ("e-102", E, "added 102 illnesses", "102", "count", 102, 102, "people", Y, "A24 increase final vs July 2"),
 ("e-jul2", E, "published on July 2", "July 2", "date", 2024, 2024, "year", N, "as-of date"),
 ("e-fall", E, "The second came that fall", "that fall", "date", 2024, 2024, "year", N, "T24 season"),
 ("e-113", E, "sickened 113 people", "113", "count", 113, 113, "people", Y, "T24 final cases"),
 ("e-23", E, "113 people in 23 states", "23", "count", 23, 23, "states", Y, "T24 final states"),
 ("e-nov27", E, "on November 27, 2024", "November 27, 2024", "date", 2024, 2024, "year", Y, "SunFed recall (T24)"),
 ("e-31", E, "31% were hospitalized", "31%", "percent", 31, 31, "%", Y, "T24 final hospitalization rate"),
 ("e-either", E, "either 2024 outbreak", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-6h6d", E, "6 hours to 6 days after", "6 hours to 6 days", "duration", 6, 144, "hours", Y, "symptom onset after exposure (CDC wording)"),
 ("e-4to7", E, "after 4 to 7 days", "4 to 7 days", "duration", 4, 7, "days", Y, "illness duration"),
 ("e-age5", E, "younger than 5 years", "5 years", "age", 5, 5, "years", N, "risk-group age"),
 ("e-age65", E, "adults 65 years and older", "65 years", "age", 65, 65, "years", N, "risk-group age"),
 ("e-3d", E, "lasts more than 3 days", "3 days", "duration", 3, 3, "days", Y, "see-a-doctor threshold"),
 ("e-135m", E, "about 1.35 million infections", "1.35 million", "count", 1350000, 1350000, "infections", Y, "US salmonella infections per year (CDC)"),
 ("e-26500", E, "26,500 hospitalizations", "26,500", "count", 26500, 26500, "hospitalizations", Y, "US salmonella hospitalizations per year"),
 ("e-420", E, "and 420 deaths", "420", "count", 420, 420, "deaths", Y, "US salmonella deaths per year"),
 ("e-36b", E, "more than $3.6 billion a year", "$3.6 billion", "money", 3600000000, 3600000000, "USD", Y, "ERS annual cost of foodborne salmonella"),
 ("e-2013", E, "in 2013 dollars", "2013", "date", 2013, 2013, "year", N, "price year"),
 ("e-3to4", E, "It usually takes 3 to 4 weeks", "3 to 4 weeks", "duration", 3, 4, "weeks", Y, "time to link a case to an outbreak"),
 ("e-29", E, "about 29 others", "29", "count", 29, 29, "people", Y, "undiagnosed per confirmed case"),
 ("e-all3", E, "from all three outbreaks", "three", "count", 3, 3, "outbreaks", N, "aside"),
 ("e-2h", E, "cucumbers within 2 hours", "2 hours", "duration", 2, 2, "hours", Y, "refrigeration limit"),

 # ---- SC05 blog (2025-07-09)
 ("b-h3", B, "what three salmonella outbreaks", "three", "count", 3, 3, "outbreaks", N, "headline"),
 ("b-h15", B, "outbreaks in 15 months", "15 months", "duration", 15, 15, "months", N, "headline"),
 ("b-date", B, "| July 9, 2025 |", "July 9, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap2", B, "Cucumbers from two Palm Beach County farms", "two", "count", 2, 2, "growers", N, "caption"),
 ("b-cap24", B, "produce outbreak of 2024", "2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-lastmo", B, "outbreak over last month", "last month", "date", 2025, 2025, "year", N, "M25 declared over"),
 ("b-since24", B, "since the spring of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-hdr1", B, "(spring-summer 2024)", "2024", "date", 2024, 2024, "year", N, "section header"),
 ("b-jun5", B, "on June 5, 2024", "June 5, 2024", "date", 2024, 2024, "year", Y, "A24 first notice"),
 ("b-162", B, "described 162 Salmonella Africana", "162", "count", 162, 162, "people", Y, "A24 cases at first notice"),
 ("b-25", B, "illnesses in 25 states", "25", "count", 25, 25, "states", Y, "A24 states at first notice"),
 ("b-jul2", B, "By July 2 the combined", "July 2", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-449", B, "count was 449 people", "449", "count", 449, 449, "people", Y, "A24 cases at July 2"),
 ("b-31", B, "449 people in 31 states", "31", "count", 31, 31, "states", Y, "A24 states at July 2"),
 ("b-125", B, "with 125 hospitalized", "125", "count", 125, 125, "people", Y, "A24 hospitalized at July 2"),
 ("b-aug22", B, "final update on August 22", "August 22", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-551", B, "put it at 551 people", "551", "count", 551, 551, "people", Y, "A24 final cases"),
 ("b-34", B, "551 people in 34 states", "34", "count", 34, 34, "states", Y, "A24 final states (+DC)"),
 ("b-155", B, "155 of them hospitalized", "155", "count", 155, 155, "people", Y, "A24 final hospitalized"),
 ("b-34pct", B, "or 34% of those", "34%", "percent", 34, 34, "%", Y, "A24 hospitalization rate"),
 ("b-108", B, "That is 108 more cases", "108", "count", 108, 108, "people", Y, "A24 increase final vs July 2"),
 ("b-282", B, "282 people had Africana", "282", "count", 282, 282, "people", Y, "A24 Africana cases"),
 ("b-269", B, "269 had Braenderup", "269", "count", 269, 269, "people", Y, "A24 Braenderup cases"),
 ("b-98", B, "infants to 98-year-olds", "98-year-olds", "age", 98, 98, "years", Y, "A24 oldest patient"),
 ("b-ship", B, "shipped from May 17 to May 21", "May 17 to May 21", "date", 2024, 2024, "year", Y, "Fresh Start shipping window (A24 recall)"),
 ("b-14", B, "May 21 to 14 states", "14", "count", 14, 14, "states", Y, "A24 recall shipped-to states"),
 ("b-2grow", B, "and they named two growers", "two", "count", 2, 2, "growers", Y, "A24 growers"),
 ("b-hdr2", B, "(fall 2024)", "2024", "date", 2024, 2024, "year", N, "section header"),
 ("b-nov23", B, "on November 27, 2023", "November 27, 2023", "date", 2023, 2023, "year", Y, "SunFed recall (T24)"),
 ("b-68", B, "climbed from 68 in 19 states", "68", "count", 68, 68, "people", Y, "T24 cases at first notice"),
 ("b-19", B, "68 in 19 states", "19", "count", 19, 19, "states", Y, "T24 states at first notice"),
 ("b-100", B, "to 100 by mid-December", "100", "count", 100, 100, "people", Y, "T24 cases mid-December"),
 ("b-middec", B, "by mid-December", "mid-December", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-113", B, "It ended at 113 people", "113", "count", 113, 113, "people", Y, "T24 final cases"),
 ("b-23", B, "113 people in 23 states", "23", "count", 23, 23, "states", Y, "T24 final states"),
 ("b-28", B, "with 28 hospitalized", "28", "count", 28, 28, "people", Y, "T24 final hospitalized"),
 ("b-28pct", B, "a rate of 28%", "28%", "percent", 28, 28, "%", Y, "T24 final hospitalization rate"),
 ("b-7sub", B, "found seven sub-clusters", "seven", "count", 7, 7, "sub-clusters", Y, "T24 sub-clusters"),
 ("b-3al", B, "including three at assisted living", "three", "count", 3, 3, "facilities", Y, "T24 assisted-living sub-clusters"),
 ("b-3sd", B, "and three in school districts", "three", "count", 3, 3, "districts", Y, "T24 school sub-clusters"),
 ("b-81", B, "and 81% of interviewed", "81%", "percent", 81, 81, "%", Y, "T24 ate-cucumber share"),
 ("b-hdr3", B, "(spring 2025)", "2025", "date", 2025, 2025, "year", N, "section header"),
 ("b-may19", B, "recalled cucumbers on May 19 after", "May 19", "date", 2025, 2025, "year", Y, "Bedner recall M25"),
 ("b-26", B, "went from 26 people", "26", "count", 26, 26, "people", Y, "M25 cases at first notice"),
 ("b-15", B, "26 people in 15 states", "15", "count", 15, 15, "states", Y, "M25 states at first notice"),
 ("b-45", B, "to 45 in 18 states", "45", "count", 45, 45, "people", Y, "M25 cases May 30"),
 ("b-18", B, "45 in 18 states", "18", "count", 18, 18, "states", Y, "M25 states May 30"),
 ("b-may30", B, "by May 30", "May 30", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-69", B, "finished at 69 people", "69", "count", 69, 69, "people", Y, "M25 final cases"),
 ("b-21", B, "69 people in 21 states", "21", "count", 21, 21, "states", Y, "M25 final states"),
 ("b-22", B, "with 22 hospitalized", "22", "count", 22, 22, "people", Y, "M25 final hospitalized"),
 ("b-36", B, "which is 36% of those", "36%", "percent", 36, 36, "%", Y, "M25 final hospitalization rate"),
 ("b-8", B, "Eight patients had been on cruises", "Eight", "count", 8, 8, "people", Y, "M25 cruise passengers"),
 ("b-6ships", B, "across six ships", "six", "count", 6, 6, "ships", Y, "M25 cruise ships"),
 ("b-zero", B, "listed zero deaths", "zero", "count", 0, 0, "deaths", Y, "M25 deaths (CDC tally)"),
 ("b-650k", B, "cost it about $650,000", "$650,000", "money", 650000, 650000, "USD", Y, "Coastline recall total cost"),
 ("b-chart", B, "June 2024 to June 2025", "June 2024 to June 2025", "date", 2024, 2025, "year", N, "chart caption"),
 ("b-3things", B, "Three things stand out", "Three", "count", 3, 3, "items", N, "list count"),
 ("b-third", B, "Roughly a third of patients", "a third", "percent", 33.3, 33.3, "%", N, "summary"),
 ("b-20", B, "around 20%", "20%", "percent", 20, 20, "%", Y, "typical outbreak hospitalization rate"),
 ("b-onefarm", B, "One farm appears", "One", "count", 1, 1, "growers", N, "summary"),
 ("b-2out", B, "appears in two outbreaks", "two", "count", 2, 2, "outbreaks", N, "summary"),
 ("b-yr", B, "about a year apart", "about a year", "duration", 1, 1, "years", N, "gap between A24 and M25"),
 ("b-single", B, "a single farm's harvest", "single", "count", 1, 1, "growers", N, "aside"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- SC06 local (2024-08-16; "Wednesday" = 2024-08-14)
 ("l-dl", L, "Posted Aug. 16, 2024", "Aug. 16, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-449", L, "has sickened 449 people", "449", "count", 449, 449, "people", Y, "A24 cases at Aug 14 (= July 2 count)"),
 ("l-31", L, "449 people in 31 states", "31", "count", 31, 31, "states", Y, "A24 states at Aug 14"),
 ("l-wed", L, "said on Wednesday", "Wednesday", "date", 2024, 2024, "year", Y, "FDA names Thomas Produce"),
 ("l-july", L, "In July, the agency named", "July", "date", 2024, 2024, "year", Y, "FDA names Bedner"),
 ("l-360", L, "Of the 360 people", "360", "count", 360, 360, "people", Y, "A24 persons with info at Aug 14"),
 ("l-125", L, "available, 125 have", "125", "count", 125, 125, "people", Y, "A24 hospitalized at Aug 14"),
 ("l-38", L, "a rate of about 38%", "38%", "percent", 38, 38, "%", Y, "A24 hospitalization rate at Aug 14"),
 ("l-double", L, "roughly double what is usual", "double", "ratio", 2, 2, "x", N, "vs typical rate"),
 ("l-2str", L, "combines two strains", "two", "count", 2, 2, "strains", N, "aside"),
 ("l-234", L, "strains: 234 people", "234", "count", 234, 234, "people", Y, "A24 Africana at Aug 14"),
 ("l-215", L, "Africana and 215 with", "215", "count", 215, 215, "people", Y, "A24 Braenderup at Aug 14"),
 ("l-fl52", L, "Florida has 52 of the cases", "52", "count", 52, 52, "cases", Y, "A24 Florida cases Aug 14"),
 ("l-pa60", L, "Pennsylvania with 60", "60", "count", 60, 60, "cases", Y, "A24 Pennsylvania cases Aug 14"),
 ("l-ny57", L, "New York with 57", "57", "count", 57, 57, "cases", Y, "A24 New York cases Aug 14"),
 ("l-age", L, "less than 1 to 94", "1 to 94", "age", 1, 94, "years", Y, "A24 age range at Aug 14"),
 ("l-jun4", L, "began on June 4", "June 4", "date", 2024, 2024, "year", N, "last onset"),
 ("l-2farms", L, "the two farms do not", "two", "count", 2, 2, "growers", N, "aside"),
 ("l-earlyjun", L, "light in early June", "early June", "date", 2024, 2024, "year", N, "first notice"),
 ("l-may31", L, "whole cucumbers on May 31", "May 31", "date", 2024, 2024, "year", Y, "Fresh Start recall (A24)"),
 ("l-ship", L, "between May 17 and May 21", "May 17 and May 21", "date", 2024, 2024, "year", Y, "Fresh Start shipping window (A24 recall)"),
 ("l-26", L, "May 21 to 26 states", "26", "count", 26, 26, "states", Y, "A24 recall shipped-to states"),
 ("l-jan16", L, "In January 2016", "January 2016", "date", 2016, 2016, "year", Y, "earlier Thomas Produce recall"),
 ("l-174", L, "recalled 174 bulk", "174", "count", 174, 174, "containers", Y, "2016 Thomas recall size"),
 ("l-2to4", L, "two to four weeks", "two to four weeks", "duration", 2, 4, "weeks", Y, "time to link a case to an outbreak"),
 ("l-265b", L, "about $2.65 billion a year", "$2.65 billion", "money", 2650000000, 2650000000, "USD", Y, "USDA annual cost of foodborne salmonella"),
 ("l-14m", L, "almost 1.4 million", "1.4 million", "count", 1400000, 1400000, "cases", Y, "US salmonella cases per year (2010 basis)"),
 ("l-415", L, "and 415 deaths annually", "415", "count", 415, 415, "deaths", Y, "US salmonella deaths per year (2010 basis)"),
 ("l-thu", L, "for comment by Thursday", "Thursday", "date", 2024, 2024, "year", N, "aside"),

 # ---- SC07 fact-check (2025-06-06)
 ("f-h1000", F, "sicken more than 1,000 Americans", "1,000", "count", 1000, 1000, "people", N, "headline (claim under review)"),
 ("f-hsev", F, "and kill several this spring?", "several", "count", NULL, NULL, "deaths", N, "headline (vague)"),
 ("f-hspring", F, "kill several this spring?", "this spring", "date", 2025, 2025, "year", N, "headline"),
 ("f-date", F, "| June 6, 2025", "June 6, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c1000", F, "sickened over 1,000 people in the U.S.", "1,000", "count", 1000, 1000, "people", N, "claim under review"),
 ("f-csev", F, "and killed several. The CDC", "several", "count", NULL, NULL, "deaths", N, "claim under review (vague)"),
 ("f-40k", F, "shared more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "aside"),
 ("f-spring1", F, "under investigation this spring", "this spring", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-near1000", F, "anywhere near 1,000 illnesses", "1,000", "count", 1000, 1000, "people", N, "verdict"),
 ("f-latemay", F, "circulating in late May", "late May", "date", 2025, 2025, "year", N, "aside"),
 ("f-may30", F, "update, posted May 30", "May 30", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-45", F, "reported 45 people infected", "45", "count", 45, 45, "people", Y, "M25 cases May 30"),
 ("f-18", F, "Montevideo in 18 states", "18", "count", 18, 18, "states", Y, "M25 states May 30"),
 ("f-16", F, "Sixteen had been hospitalized", "Sixteen", "count", 16, 16, "people", Y, "M25 hospitalized May 30"),
 ("f-36", F, "or about 36% of the 45", "36%", "percent", 36, 36, "%", Y, "M25 hospitalization share of all cases, May 30 (16/45)"),
 ("f-45b", F, "36% of the 45", "45", "count", 45, 45, "people", N, "repeat"),
 ("f-dist", F, "Sales between April 29 and May 19", "April 29 and May 19", "date", 2025, 2025, "year", Y, "M25 distribution window"),
 ("f-8", F, "Eight of the sick people", "Eight", "count", 8, 8, "people", Y, "M25 cruise passengers"),
 ("f-8ships", F, "on eight different ships", "eight", "count", 8, 8, "ships", Y, "M25 cruise ships"),
 ("f-may20", F, "announced on May 20", "May 20", "date", 2025, 2025, "year", Y, "M25 first CDC notice"),
 ("f-fall", F, "Last fall, cucumbers", "Last fall", "date", 2024, 2024, "year", Y, "T24 outbreak season"),
 ("f-nov27", F, "on Nov. 27, 2024", "Nov. 27, 2024", "date", 2024, 2024, "year", Y, "SunFed recall (T24)"),
 ("f-100", F, "ended with 100 illnesses", "100", "count", 100, 100, "people", Y, "T24 final cases"),
 ("f-23", F, "100 illnesses in 23 states", "23", "count", 23, 23, "states", Y, "T24 final states"),
 ("f-25", F, "and 25 hospitalizations", "25", "count", 25, 25, "people", Y, "T24 final hospitalized"),
 ("f-lastyr", F, "Last year's Florida outbreak", "Last year", "date", 2024, 2024, "year", N, "paragraph lead"),
 ("f-551", F, "sickened 551 people in 34", "551", "count", 551, 551, "people", Y, "A24 final cases"),
 ("f-34", F, "551 people in 34 states", "34", "count", 34, 34, "states", Y, "A24 final states (+DC)"),
 ("f-2024", F, "District of Columbia in 2024", "2024", "date", 2024, 2024, "year", Y, "A24 outbreak year"),
 ("f-155", F, "155 were hospitalized", "155", "count", 155, 155, "people", Y, "A24 final hospitalized"),
 ("f-2farms", F, "traced to two Florida farms", "two", "count", 2, 2, "growers", Y, "A24 growers"),
 ("f-3a", F, "adding the three recent outbreaks", "three", "count", 3, 3, "outbreaks", N, "aside"),
 ("f-700", F, "fewer than 700 illnesses", "700", "count", 700, 700, "people", Y, "three outbreaks combined (bound)"),
 ("f-yr", F, "over more than a year", "a year", "duration", 1, 1, "years", N, "aside"),
 ("f-3b", F, "none of the three has", "three", "count", 3, 3, "outbreaks", N, "aside"),
 ("f-2015", F, "A 2015 outbreak", "2015", "date", 2015, 2015, "year", Y, "poona outbreak year"),
 ("f-907", F, "sickened 907 people", "907", "count", 907, 907, "people", Y, "2015 poona cases"),
 ("f-40", F, "907 people in 40 states", "40", "count", 40, 40, "states", Y, "2015 poona states"),
 ("f-6", F, "40 states and killed six", "six", "count", 6, 6, "deaths", Y, "2015 poona deaths"),
 ("f-decade", F, "is a decade old", "a decade", "duration", 10, 10, "years", Y, "age of poona outbreak"),
 ("f-2015b", F, "photos from 2015 news", "2015", "date", 2015, 2015, "year", N, "aside"),
 ("f-r1000", F, "sickened more than 1,000 people and", "1,000", "count", 1000, 1000, "people", N, "ruling restates claim"),
 ("f-rsev", F, "killed several this spring.", "several", "count", NULL, NULL, "deaths", N, "ruling restates claim (vague)"),
 ("f-rspring", F, "killed several this spring.", "this spring", "date", 2025, 2025, "year", N, "ruling restates claim"),
 ("f-r2025", F, "The spring 2025 outbreak", "2025", "date", 2025, 2025, "year", N, "ruling"),
 ("f-r45", F, "had sickened 45 people", "45", "count", 45, 45, "people", Y, "M25 cases May 30 (ruling)"),
 ("f-rmay30", F, "no deaths, as of May 30", "May 30", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-winter", F, "ended last winter", "last winter", "date", 2024, 2025, "year", N, "T24 end"),
 ("f-r1000b", F, "far fewer than 1,000 cases", "1,000", "count", 1000, 1000, "people", N, "ruling"),
 ("f-r2024", F, "the 2024 Florida outbreak", "2024", "date", 2024, 2024, "year", N, "ruling"),
 ("f-r551", F, "Florida outbreak sickened 551", "551", "count", 551, 551, "people", Y, "A24 final cases (ruling)"),
 ("f-s1", F, "update of May 30, 2025", "May 30, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s2", F, "Cucumbers (May 2025)", "May 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s3", F, "final update, Aug. 22, 2024", "Aug. 22, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s4", F, "Navarro, June 4, 2025", "June 4, 2025", "date", 2025, 2025, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 A24 final hospitalized: 125 (interim July 2 figure) vs 155
 ("e-125", "w-155", S), ("e-125", "a-155", S), ("e-125", "b-155", S), ("e-125", "f-155", S),
 # S2 A24 final states: 31 (interim) vs 34
 ("w-31", "p-34", S), ("w-31", "a-34", S), ("w-31", "e-34", S), ("w-31", "b-34", S), ("w-31", "f-34", S),
 # S3 A24 final cases: 515 (transposed) vs 551
 ("p-515", "w-551", S), ("p-515", "a-551", S), ("p-515", "e-551", S), ("p-515", "b-551", S),
 ("p-515", "f-551", S), ("p-515", "f-r551", S),
 # S4 A24 strain split swapped
 ("e-afr", "a-282", S), ("e-afr", "b-282", S), ("e-bra", "a-269", S), ("e-bra", "b-269", S),
 # S5 T24 final cases: 100 (mid-December interim) vs 113
 ("f-100", "w-113", S), ("f-100", "a-113", S), ("f-100", "e-113", S), ("f-100", "b-113", S),
 # S6 T24 final hospitalized: 25 (interim) vs 28
 ("f-25", "a-28", S), ("f-25", "b-28", S),
 # S7 T24 hospitalization rate: 31% (interim Dec rate) vs 28.3% / 28%
 ("e-31", "a-283", S), ("e-31", "b-28pct", S),
 # S8 M25 final hospitalization rate rounded the wrong way: 36% vs 36.7% / 37%
 ("b-36", "a-367", S), ("b-36", "e-37", S),
 # S9 SunFed recall year: 2023 vs 2024
 ("b-nov23", "e-nov27", S), ("b-nov23", "f-nov27", S),
 # S10 FDA follow-up inspection at Bedner: "April of last year" (2024) vs April 2025
 ("p-aprly", "w-apr", S), ("p-aprly", "a-apr25", S),
 # S11 A24 outbreak year: 2023 vs 2024
 ("w-2023", "p-lastyr", S), ("w-2023", "e-2024a", S), ("w-2023", "f-2024", S),
 # S12 time to link a case: two to four weeks vs 3 to 4 weeks
 ("l-2to4", "w-3to4", S), ("l-2to4", "e-3to4", S),
 # S13 M25 cruise ships: eight vs six
 ("f-8ships", "w-6ships", S), ("f-8ships", "a-6ships", S), ("f-8ships", "b-6ships", S),
 # S14 Fresh Start 2024 recall shipped-to states: 26 (SunFed's distribution) vs 14
 ("l-26", "e-14", S), ("l-26", "b-14", S),
 # S15 Coastline recall total cost: $650,000 (write-off portion) vs $1.8 million
 ("b-650k", "p-18m", S), ("b-650k", "w-18m", S),
 # S16 A24 oldest patient: 98 (T24-like figure) vs 94
 ("b-98", "e-94", S), ("b-98", "a-range", S),
 # S17 M25 final states: 20 vs 21
 ("a-20", "e-21", S), ("a-20", "b-21", S),
 # S18 USDA annual cost of foodborne salmonella: $2.65 billion (2010, all-source) vs $3.6 billion (2013 dollars)
 ("l-265b", "e-36b", S),
 # Qualified
 ("a-1death", "b-zero", Q),      # M25 deaths: later FDA summary 1 vs CDC tally 0 (real)
 ("e-102", "b-108", Q),          # A24 increase after July 2: 102 vs 108 (real source discrepancy)
 ("p-12to72", "e-6h6d", Q),      # onset window: FDA 12-72 h vs CDC 6 h-6 d (real, different agencies)
 ("w-40pct", "f-36", Q),         # M25 May 30 rate: 16/40 with info vs 16/45 all cases
 ("l-415", "e-420", Q),          # annual deaths: 2010 ERS basis vs current CDC estimate
 ("f-700", "a-733", Q),          # three outbreaks combined: June (M25 at 45) vs finals (M25 at 69)
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
        rows.append({"type": "claim", "id": f"sc-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"sc-{a}", f"sc-{b}"
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
