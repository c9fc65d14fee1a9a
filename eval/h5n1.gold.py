#!/usr/bin/env python3
"""Build h5n1.gold.jsonl: find each claim span by a unique context string in its
article, compute code-point offsets, check span == article slice, write JSONL."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "h5n1")
OUT = os.path.join(HERE, "h5n1.gold.jsonl")
M = 1_000_000
N = None

W, P, A, E, B, T, F = ("h5n1_01_wire.txt", "h5n1_02_press.txt", "h5n1_03_abstract.txt",
                       "h5n1_04_explainer.txt", "h5n1_05_blog.txt", "h5n1_06_trade.txt",
                       "h5n1_07_factcheck.txt")

# (id, doc, context (unique in doc), span (first occurrence inside context), kind, low, high, unit, required, topic)
CLAIMS = [
    # ---- wire, 2024-12-18 ----
    ("w-dateline", W, "Calif., Dec 18 (", "Dec 18", "date", 2024, 2024, "year", False, "dateline (publication metadata)"),
    ("w-wed", W, "emergency on Wednesday over", "Wednesday", "date", 2024, 2024, "year", True, "california emergency declaration date"),
    ("w-four", W, "at four dairies", "four", "count", 4, 4, "dairies", True, "southern california dairies newly positive"),
    ("w-lastwk", W, "Southern California last week", "last week", "date", 2024, 2024, "year", False, "southern california detection date"),
    ("w-640", W, "past 640", "640", "count", 640, 640, "herds", True, "california infected herds dec 2024"),
    ("w-aug30", W, "on Aug. 30,", "Aug. 30", "date", 2024, 2024, "year", True, "california first infected dairy herd date"),
    ("w-5mo", W, "roughly five months after", "five months", "duration", 5, 5, "months", False, "interval texas->california (aside)"),
    ("w-mar", W, "in March 2024.", "March 2024", "date", 2024, 2024, "year", True, "first detection in us dairy cattle"),
    ("w-1100", W, "about 1,100 dairy herds", "1,100", "count", 1100, 1100, "herds", True, "california total dairy herds"),
    ("w-34q", W, "about three-quarters", "three-quarters", "percent", 75, 75, "%", True, "california share of infected herds dec 2024"),
    ("w-860", W, "more than 860 affected", "860", "count", 860, 860, "herds", True, "us infected herds dec 2024"),
    ("w-16", W, "herds in 16 states", "16", "count", 16, 16, "states", True, "states with infected herds dec 2024"),
    ("w-61", W, "confirmed 61 human", "61", "count", 61, 61, "cases", True, "us human cases dec 18 2024"),
    ("w-spring", W, "since the spring, 34", "spring", "date", 2024, 2024, "year", False, "baseline of case count"),
    ("w-34", W, "34 of them in California", "34", "count", 34, 34, "cases", True, "california human cases dec 2024"),
    ("w-wed2", W, "Also on Wednesday", "Wednesday", "date", 2024, 2024, "year", False, "louisiana severe case confirmation (repeat date)"),
    ("w-nmts", W, "Strategy earlier this month", "earlier this month", "date", 2024, 2024, "year", True, "nmts launch date"),
    ("w-may", W, "In May the USDA", "May", "date", 2024, 2024, "year", True, "usda may 2024 package date"),
    ("w-89", W, "$89 million", "$89 million", "money", 89*M, 89*M, "USD", True, "usda may 2024 dairy package"),
    ("w-824", W, "$824 million", "$824 million", "money", 824*M, 824*M, "USD", True, "usda ccc emergency funds"),
    ("w-lastmo", W, "raw milk last month", "last month", "date", 2024, 2024, "year", True, "raw farm recall date"),
    ("w-lastwk2", W, "officials said last week", "last week", "date", 2024, 2024, "year", False, "cat deaths announcement date"),
    ("w-2cats", W, "that two cats", "two", "count", 2, 2, "cats", True, "cats dead after recalled raw milk (as of mid-dec)"),
    ("w-vfor", W, "voted 5-0", "5", "count", 5, 5, "votes", True, "la county supervisors votes for"),
    ("w-vag", W, "5-0 on Tuesday", "0", "count", 0, 0, "votes", True, "la county supervisors votes against"),
    ("w-tue", W, "on Tuesday to fund", "Tuesday", "date", 2024, 2024, "year", False, "la county vote date"),
    ("w-1000", W, "top 1,000 by spring", "1,000", "count", 1000, 1000, "herds", True, "forecast us herds by spring 2025 (dec 2024)"),
    ("w-byspring", W, "1,000 by spring", "spring", "date", 2025, 2025, "year", False, "forecast horizon"),
    ("w-9mo", W, "about nine months late", "nine months", "duration", 9, 9, "months", False, "quote: milk testing lag"),

    # ---- press release, 2024-09-25 ----
    ("p-121h", P, "Contract of $121.4 million", "$121.4 million", "money", 121.4*M, 121.4*M, "USD", False, "headline: csl mf59 adjuvant contract"),
    ("p-40h", P, "goal of\n40 million doses", "40 million", "count", 40*M, 40*M, "doses", False, "headline: stockpile goal"),
    ("p-date", P, "N.J., September 25, 2024", "September 25, 2024", "date", 2024, 2024, "year", False, "dateline (publication metadata)"),
    ("p-121", P, "valued at\n$121.4 million.", "$121.4 million", "money", 121.4*M, 121.4*M, "USD", True, "csl mf59 adjuvant contract"),
    ("p-40", P, "vaccine to 40 million doses", "40 million", "count", 40*M, 40*M, "doses", True, "h5 stockpile goal"),
    ("p-may", P, "announced in May", "May", "date", 2024, 2024, "year", True, "fill-finish award date"),
    ("p-48", P, "approximately 4.8 million doses", "4.8 million", "count", 4.8*M, 4.8*M, "doses", True, "h5 doses filled for stockpile"),
    ("p-250k", P, "roughly 250,000", "250,000", "count", 250000, 250000, "syringes", True, "prefilled syringes delivered"),
    ("p-150m", P, "up to 150 million", "150 million", "count", 150*M, 150*M, "doses", True, "holly springs pandemic capacity"),
    ("p-6mo", P, "within six\nmonths", "six\nmonths", "duration", 6, 6, "months", True, "pandemic capacity window"),
    ("p-sep6", P, "As of September 6", "September 6", "date", 2024, 2024, "year", False, "as-of date"),
    ("p-14", P, "confirmed 14 human", "14", "count", 14, 14, "cases", True, "us human h5 cases 2024 as of sep 6"),
    ("p-thisyr", P, "United States this\nyear", "this\nyear", "date", 2024, 2024, "year", False, "scope of case count"),
    ("p-200", P, "nearly 200\ndairy", "200", "count", 200, 200, "herds", True, "us infected herds sep 2024"),
    ("p-14st", P, "across 14 states", "14", "count", 14, 14, "states", True, "states with infected herds sep 2024"),
    ("p-32k", P, "more than 32,000 people", "32,000", "count", 32000, 32000, "employees", False, "about csl"),
    ("p-100c", P, "more than 100 countries", "100", "count", 100, 100, "countries", False, "about csl"),

    # ---- abstract, 2024-11-20 ----
    ("a-may10", A, "By 10 May 2024,", "10 May 2024", "date", 2024, 2024, "year", False, "as-of date"),
    ("a-52", A, "2024, 52 herds", "52", "count", 52, 52, "herds", True, "us infected herds as of may 10 2024"),
    ("a-9", A, "in nine states had", "nine", "count", 9, 9, "states", True, "states with infected herds as of may 10 2024"),
    ("a-300", A, "roughly 300 herds", "300", "count", 300, 300, "herds", True, "us infected herds mid-oct 2024"),
    ("a-midoct", A, "by mid-October roughly", "mid-October", "date", 2024, 2024, "year", False, "as-of date"),
    ("a-14", A, "herds in 14 states", "14", "count", 14, 14, "states", True, "states with infected herds mid-oct 2024"),
    ("a-period", A, "From June through August 2024", "June through August 2024", "date", 2024, 2024, "year", True, "serosurvey period"),
    ("a-range", A, "15 to 90 days", "15 to 90 days", "duration", 15, 90, "days", True, "serosurvey sampling window after detection"),
    ("a-mean", A, "(mean, 49 days)", "49 days", "duration", 49, 49, "days", True, "serosurvey mean days after detection"),
    ("a-N", A, "N = 115", "115", "count", 115, 115, "participants", True, "serosurvey participants"),
    ("a-nmi", A, "Michigan n=45", "45", "count", 45, 45, "participants", True, "serosurvey michigan participants"),
    ("a-nco", A, "Colorado n=70", "70", "count", 70, 70, "participants", True, "serosurvey colorado participants"),
    ("a-8", A, "Eight participants", "Eight", "count", 8, 8, "participants", True, "serosurvey seropositive"),
    ("a-7", A, "prevalence of 7.0%", "7.0%", "percent", 7.0, 7.0, "%", True, "serosurvey seroprevalence overall"),
    ("a-ci", A, "3.6 to 13.1", "3.6 to 13.1", "percent", 3.6, 13.1, "%", True, "seroprevalence 95% ci"),
    ("a-mi", A, "4.4% (2 of 45)", "4.4%", "percent", 4.4, 4.4, "%", True, "seroprevalence michigan"),
    ("a-mi2", A, "(2 of 45)", "2", "count", 2, 2, "participants", False, "seropositive michigan"),
    ("a-mi3", A, "2 of 45)", "45", "count", 45, 45, "participants", False, "michigan denominator (repeat)"),
    ("a-co", A, "8.6% (6 of 70)", "8.6%", "percent", 8.6, 8.6, "%", True, "seroprevalence colorado"),
    ("a-co2", A, "(6 of 70)", "6", "count", 6, 6, "participants", False, "seropositive colorado"),
    ("a-co3", A, "6 of 70)", "70", "count", 70, 70, "participants", False, "colorado denominator (repeat)"),
    ("a-all8", A, "All eight seropositive", "eight", "count", 8, 8, "participants", False, "repeat"),
    ("a-diff", A, "9.8 percentage points", "9.8 percentage points", "percent", 9.8, 9.8, "percentage points", True, "prevalence difference parlor vs other roles"),
    ("a-ci2", A, "\u22120.4 to 20.0", "\u22120.4 to 20.0", "percent", -0.4, 20.0, "percentage points", True, "difference 95% ci"),
    ("a-p", A, "P=0.06", "0.06", "pvalue", 0.06, 0.06, "p", False, "p-value"),
    ("a-four1", A, "Four of the eight", "Four", "count", 4, 4, "participants", True, "seropositive recalling illness"),
    ("a-eight2", A, "Four of the eight", "eight", "count", 8, 8, "participants", False, "repeat"),
    ("a-four2", A, "the other four", "four", "count", 4, 4, "participants", True, "seropositive asymptomatic"),
    ("a-3eye", A, "three had worn eye protection", "three", "count", 3, 3, "participants", True, "seropositive with eye protection"),
    ("a-nov7", A, "as of 7 November 2024", "7 November 2024", "date", 2024, 2024, "year", False, "as-of date"),
    ("a-46", A, "confirmed 46 human", "46", "count", 46, 46, "cases", True, "us human h5 cases 2024 as of nov 7"),
    ("a-in2024", A, "H5 cases in 2024", "2024", "date", 2024, 2024, "year", False, "scope of case count"),
    ("a-25", A, "25 linked to dairy", "25", "count", 25, 25, "cases", True, "dairy-linked cases as of nov 7"),
    ("a-21", A, "21 to poultry", "21", "count", 21, 21, "cases", True, "poultry-linked cases as of nov 7"),

    # ---- explainer, 2025-01-24 ----
    ("e-upd", E, "Updated January 24, 2025", "January 24, 2025", "date", 2025, 2025, "year", False, "publication metadata"),
    ("e-mar", E, "dairy cattle in March 2024", "March 2024", "date", 2024, 2024, "year", True, "first detection in us dairy cattle"),
    ("e-aug", E, "in August 2023", "August 2023", "date", 2023, 2023, "year", True, "california first infected dairy herd date (planted error)"),
    ("e-midjan", E, "As of mid-January", "mid-January", "date", 2025, 2025, "year", False, "as-of date"),
    ("e-930", E, "about 930 infected herds", "930", "count", 930, 930, "herds", True, "us infected herds mid-jan 2025"),
    ("e-16", E, "herds in 16 states", "16", "count", 16, 16, "states", True, "states with infected herds mid-jan 2025"),
    ("e-spring", E, "products in spring 2024", "spring 2024", "date", 2024, 2024, "year", True, "fda retail survey date"),
    ("e-1in5", E, "about one in five samples", "one in five", "percent", 20, 20, "%", True, "fda retail milk qpcr-positive share"),
    ("e-latenov", E, "In late November", "late November", "date", 2024, 2024, "year", True, "raw farm recall date"),
    ("e-nov9", E, "between Nov. 9 and Nov. 27", "Nov. 9 and Nov. 27", "date", 2024, 2024, "year", False, "recalled production window"),
    ("e-8cats", E, "eight indoor cats", "eight", "count", 8, 8, "cats", True, "cats given recalled raw milk (la household)"),
    ("e-5cats", E, "five of them died", "five", "count", 5, 5, "cats", True, "cats dead after recalled raw milk (la household)"),
    ("e-dec6", E, "On Dec. 6, 2024", "Dec. 6, 2024", "date", 2024, 2024, "year", True, "nmts launch date"),
    ("e-jan8", E, "On Jan. 8,", "Jan. 8", "date", 2025, 2025, "year", True, "nmts expansion date"),
    ("e-15", E, "15 more states", "15", "count", 15, 15, "states", True, "states added to nmts jan 8"),
    ("e-28", E, "total of 28 states", "28", "count", 28, 28, "states", True, "nmts states enrolled jan 2025"),
    ("e-65", E, "nearly 65%", "65%", "percent", 65, 65, "%", True, "nmts share of us milk production jan 2025"),
    ("e-66", E, "counts 66 confirmed", "66", "count", 66, 66, "cases", True, "us human cases since 2024 (jan 2025)"),
    ("e-early24", E, "since early 2024", "early 2024", "date", 2024, 2024, "year", False, "baseline of case count"),
    ("e-67", E, "(67 if you include", "67", "count", 67, 67, "cases", True, "us human cases since 2022 (jan 2025)"),
    ("e-2022", E, "a 2022 case", "2022", "date", 2022, 2022, "year", False, "colorado poultry worker case year"),
    ("e-1in7", E, "about one in seven workers", "one in seven", "percent", 100/7, 100/7, "%", True, "serosurvey seroprevalence (planted error)"),
    ("e-jan6", E, "On Jan. 6, Louisiana", "Jan. 6", "date", 2025, 2025, "year", True, "first us h5n1 death date"),
    ("e-65y", E, "patient over 65", "65", "age", 65, 65, "years", True, "louisiana patient age (over)"),
    ("e-jan3", E, "On Jan. 3,", "Jan. 3", "date", 2025, 2025, "year", True, "hhs preparedness package date"),
    ("e-306", E, "$306 million", "$306 million", "money", 306*M, 306*M, "USD", True, "hhs jan 2025 package"),
    ("e-lastwk", E, "Last week HHS", "Last week", "date", 2025, 2025, "year", True, "moderna award date"),
    ("e-590", E, "$590 million", "$590 million", "money", 590*M, 590*M, "USD", True, "moderna award jan 2025"),
    ("e-1in100", E, "one in a hundred", "one in a hundred", "percent", 1, 1, "%", False, "quote: hypothetical fatality"),

    # ---- blog, 2025-06-10 ----
    ("b-15mo", B, "Fifteen months of H5N1", "Fifteen months", "duration", 15, 15, "months", False, "headline"),
    ("b-date", B, "| June 10, 2025 |", "June 10, 2025", "date", 2025, 2025, "year", False, "publication metadata"),
    ("b-1070", B, "about 1,070 infected herds", "1,070", "count", 1070, 1070, "herds", True, "us infected herds june 2025"),
    ("b-17", B, "herds in 17 states", "17", "count", 17, 17, "states", True, "states with infected herds june 2025"),
    ("b-700", B, "well over 700", "700", "count", 700, 700, "herds", True, "california infected herds june 2025"),
    ("b-70", B, "stands at 70 confirmed", "70", "count", 70, 70, "cases", True, "us human cases since 2024 (june 2025)"),
    ("b-since24", B, "human cases since 2024", "2024", "date", 2024, 2024, "year", False, "baseline of case count"),
    ("b-41", B, "41 tied to dairy", "41", "count", 41, 41, "cases", True, "dairy-linked human cases (june 2025)"),
    ("b-24", B, "24 to poultry", "24", "count", 24, 24, "cases", True, "poultry-linked human cases (june 2025)"),
    ("b-38", B, "reported 38 of them", "38", "count", 38, 38, "cases", True, "california human cases (june 2025)"),
    ("b-jan", B, "first death in January", "January", "date", 2025, 2025, "year", True, "first us h5n1 death date"),
    ("b-76", B, "stood at 76", "76", "count", 76, 76, "cases", True, "us human cases at time of first death (planted error)"),
    ("b-7", B, "antibodies in 7% of", "7%", "percent", 7, 7, "%", True, "serosurvey seroprevalence"),
    ("b-151", B, "the 151 dairy workers", "151", "count", 151, 151, "participants", True, "serosurvey participants (planted error)"),
    ("b-spring", B, "checks in spring 2024", "spring 2024", "date", 2024, 2024, "year", True, "early retail milk testing date"),
    ("b-third", B, "more than a third of cartons", "a third", "percent", 100/3, 100/3, "%", True, "retail milk fragment share (generic)"),
    ("b-38pct", B, "38% in one university", "38%", "percent", 38, 38, "%", True, "retail milk fragment share (one university survey)"),
    ("b-48", B, "all 48 contiguous", "48", "count", 48, 48, "states", True, "nmts states june 2025"),
    ("b-6cats", B, "six cats in one", "six", "count", 6, 6, "cats", True, "cats dead after recalled raw milk (planted error)"),
    ("b-winter", B, "raw milk last winter", "last winter", "date", N, N, "year", False, "cat deaths timing (winter 2024-25, year ambiguous)"),
    ("b-360", B, "$360 million", "$360 million", "money", 360*M, 360*M, "USD", True, "hhs jan 2025 package (planted error)"),
    ("b-janhhs", B, "preparedness in January", "January", "date", 2025, 2025, "year", True, "hhs package date"),
    ("b-84", B, "about 8.4 million doses", "8.4 million", "count", 8.4*M, 8.4*M, "doses", True, "h5 doses filled for stockpile (planted error)"),
    ("b-lastmo", B, "And last month HHS", "last month", "date", 2025, 2025, "year", True, "moderna funding cancellation date"),
    ("b-590", B, "the $590 million award", "$590 million", "money", 590*M, 590*M, "USD", True, "moderna award"),
    ("b-jan17", B, "January 17, 2024", "January 17, 2024", "date", 2024, 2024, "year", True, "moderna award date (planted error)"),
    ("b-176", B, "$176 million", "$176 million", "money", 176*M, 176*M, "USD", True, "moderna earlier award"),
    ("b-766", B, "$766 million in all", "$766 million", "money", 766*M, 766*M, "USD", True, "moderna total cancelled"),
    ("b-10", B, "fewer than 10 new herd", "10", "count", 10, 10, "herds per month", True, "forecast monthly herd detections by autumn 2025"),
    ("b-odds", B, "better than even odds", "better than even odds", "percent", N, N, "%", False, "vague probability"),

    # ---- trade, 2024-05-13 ----
    ("t-98h", T, "USDA puts $98 million", "$98 million", "money", 98*M, 98*M, "USD", False, "headline: usda may 2024 dairy package"),
    ("t-101h", T, "HHS adds $101 million", "$101 million", "money", 101*M, 101*M, "USD", False, "headline: hhs may 2024 commitment"),
    ("t-date", T, "correspondent | May 13, 2024", "May 13, 2024", "date", 2024, 2024, "year", False, "publication metadata"),
    ("t-fri", T, "on Friday rolled out", "Friday", "date", 2024, 2024, "year", True, "usda/hhs package announcement date"),
    ("t-7wk", T, "seven weeks after", "seven weeks", "duration", 7, 7, "weeks", False, "interval since first detection (aside)"),
    ("t-98", T, "use $98 million", "$98 million", "money", 98*M, 98*M, "USD", True, "usda may 2024 dairy package"),
    ("t-101", T, "committed $101 million", "$101 million", "money", 101*M, 101*M, "USD", True, "hhs may 2024 commitment"),
    ("t-199", T, "combined $199 million", "$199 million", "money", 199*M, 199*M, "USD", True, "usda+hhs may 2024 combined"),
    ("t-28k", T, "up to $28,000 in total", "$28,000", "money", 28000, 28000, "USD", True, "max payment per affected premises"),
    ("t-2k1", T, "up to $2,000 a month for personal", "$2,000", "money", 2000, 2000, "USD per month", True, "ppe payment per month"),
    ("t-2k2", T, "up to $2,000 a month for heat", "$2,000", "money", 2000, 2000, "USD per month", True, "milk disposal payment per month"),
    ("t-10k", T, "up to $10,000", "$10,000", "money", 10000, 10000, "USD", True, "veterinary cost payment"),
    ("t-100", T, "up to $100 a month", "$100", "money", 100, 100, "USD per month", True, "sample shipping payment per month"),
    ("t-apr24", T, "issued April 24", "April 24", "date", 2024, 2024, "year", True, "federal order issued"),
    ("t-apr29", T, "since April 29", "April 29", "date", 2024, 2024, "year", True, "federal order effective"),
    ("t-may10", T, "As of May 10,", "May 10", "date", 2024, 2024, "year", False, "as-of date"),
    ("t-42", T, "in 42 herds", "42", "count", 42, 42, "herds", True, "us infected herds as of may 10 2024"),
    ("t-9", T, "in nine states:", "nine", "count", 9, 9, "states", True, "states with infected herds as of may 10 2024"),
    ("t-1in5", T, "about one in five retail", "one in five", "percent", 20, 20, "%", True, "fda retail milk qpcr-positive share"),
    ("t-one", T, "Only one human case", "one", "count", 1, 1, "cases", True, "human cases tied to dairy outbreak (may 2024)"),
    ("t-apr1", T, "reported on April 1", "April 1", "date", 2024, 2024, "year", True, "first dairy-linked human case reported"),
    ("t-260", T, "more than 260 people", "260", "count", 260, 260, "people", True, "people monitored (may 2024)"),
    ("t-33", T, "at least 33", "33", "count", 33, 33, "people", True, "people tested (may 2024)"),
    ("t-vfor", T, "voted seven to two", "seven", "count", 7, 7, "votes", True, "michigan panel votes for"),
    ("t-vag", T, "seven to two last week", "two", "count", 2, 2, "votes", True, "michigan panel votes against"),
    ("t-lastwk", T, "to two last week", "last week", "date", 2024, 2024, "year", False, "michigan panel vote date"),
    ("t-28kq", T, "but $28,000 doesn't", "$28,000", "money", 28000, 28000, "USD", False, "quote: repeat"),
    ("t-1500", T, "1,500-cow dairy", "1,500", "count", 1500, 1500, "cows", False, "quote: illustrative herd size"),
    ("t-100fc", T, "pass 100 by midsummer", "100", "count", 100, 100, "herds", True, "forecast us herds by midsummer 2024 (may 2024)"),
    ("t-2wk", T, "within two weeks", "two weeks", "duration", 2, 2, "weeks", False, "enrollment details timing"),

    # ---- fact-check, 2025-02-07 ----
    ("f-100h", F, "did not buy 100 million shots", "100 million", "count", 100*M, 100*M, "doses", False, "headline: the posts' figure"),
    ("f-dozh", F, "killed \"dozens\" of", "dozens", "count", N, N, "deaths", False, "headline: posts' claim (attributed)"),
    ("f-date", F, "Nandakumar | February 7, 2025", "February 7, 2025", "date", 2025, 2025, "year", False, "publication metadata"),
    ("f-thous", F, "shared thousands of times", "thousands", "count", N, N, "shares", False, "vague share count"),
    ("f-midjan", F, "since mid-January", "mid-January", "date", 2025, 2025, "year", False, "when the posts began"),
    ("f-dozens", F, "\"already killed dozens", "dozens", "count", N, N, "deaths", False, "posts' claim (attributed)"),
    ("f-100q", F, "bought 100 million bird", "100 million", "count", 100*M, 100*M, "doses", False, "posts' claim (attributed)"),
    ("f-one", F, "One person in the United States", "One", "count", 1, 1, "deaths", True, "us h5n1 deaths"),
    ("f-few", F, "a few million filled", "a few million", "count", N, N, "doses", False, "vague stockpile size"),
    ("f-100v", F, "not 100 million, and", "100 million", "count", 100*M, 100*M, "doses", False, "posts' figure repeated"),
    ("f-onedeath", F, "One death, not dozens", "One", "count", 1, 1, "deaths", False, "repeat"),
    ("f-notdoz", F, "not dozens. On", "dozens", "count", N, N, "deaths", False, "posts' claim repeated"),
    ("f-jan6", F, "On Jan. 6, the Louisiana", "Jan. 6", "date", 2025, 2025, "year", True, "first us h5n1 death date"),
    ("f-65", F, "older than 65", "65", "age", 65, 65, "years", True, "louisiana patient age (over)"),
    ("f-66", F, "counted 66 confirmed", "66", "count", 66, 66, "cases", True, "us human cases since 2024 at time of first death"),
    ("f-since24a", F, "human cases since 2024. As", "2024", "date", 2024, 2024, "year", False, "baseline of case count"),
    ("f-feb5", F, "As of Feb. 5, its", "Feb. 5", "date", 2025, 2025, "year", False, "as-of date"),
    ("f-67", F, "tally was 67 cases", "67", "count", 67, 67, "cases", True, "us human cases since 2024 (feb 5 2025)"),
    ("f-since24b", F, "67 cases since 2024", "2024", "date", 2024, 2024, "year", False, "baseline of case count"),
    ("f-mar", F, "in March 2023", "March 2023", "date", 2023, 2023, "year", True, "first detection in us dairy cattle (planted error)"),
    ("f-16", F, "herds in 16 states", "16", "count", 16, 16, "states", True, "states with infected herds feb 2025"),
    ("f-115", F, "survey of 115 dairy", "115", "count", 115, 115, "participants", True, "serosurvey participants"),
    ("f-8", F, "found that eight had", "eight", "count", 8, 8, "participants", True, "serosurvey seropositive"),
    ("f-four", F, "four of those eight", "four", "count", 4, 4, "participants", True, "seropositive asymptomatic"),
    ("f-100fig", F, "The \"100 million shots\" figure", "100 million", "count", 100*M, 100*M, "doses", False, "posts' figure repeated"),
    ("f-eight2", F, "four of those eight", "eight", "count", 8, 8, "participants", False, "repeat"),
    ("f-lastyr", F, "it grew last year", "last year", "date", 2024, 2024, "year", False, "stockpile growth year"),
    ("f-48", F, "about 4.8 million doses", "4.8 million", "count", 4.8*M, 4.8*M, "doses", True, "h5 doses filled for stockpile"),
    ("f-summer", F, "summer of 2024", "summer of 2024", "date", 2024, 2024, "year", True, "fill-finish completion date"),
    ("f-sep", F, "in September the company", "September", "date", 2024, 2024, "year", True, "csl adjuvant contract date"),
    ("f-124", F, "$124.1 million", "$124.1 million", "money", 124.1*M, 124.1*M, "USD", True, "csl mf59 adjuvant contract (planted error)"),
    ("f-40", F, "reach 40 million doses", "40 million", "count", 40*M, 40*M, "doses", True, "h5 stockpile goal"),
    ("f-lastmo", F, "Last month, HHS", "Last month", "date", 2025, 2025, "year", True, "moderna award date"),
    ("f-590", F, "Moderna $590 million", "$590 million", "money", 590*M, 590*M, "USD", True, "moderna award jan 2025"),
    ("f-dec6", F, "launched Dec. 6,", "Dec. 6", "date", 2024, 2024, "year", True, "nmts launch date"),
    ("f-jan", F, "By January, 28", "January", "date", 2025, 2025, "year", False, "as-of date"),
    ("f-28", F, "January, 28 states", "28", "count", 28, 28, "states", True, "nmts states enrolled jan 2025"),
    ("f-56", F, "about 56%", "56%", "percent", 56, 56, "%", True, "nmts share of us milk production (planted error)"),
    ("f-src1", F, "(Jan. 6, 2025)", "Jan. 6, 2025", "date", 2025, 2025, "year", False, "source list metadata"),
    ("f-src2", F, "(accessed Feb. 5, 2025)", "Feb. 5, 2025", "date", 2025, 2025, "year", False, "source list metadata"),
    ("f-src3", F, "MMWR, Nov. 7, 2024", "Nov. 7, 2024", "date", 2024, 2024, "year", False, "source list metadata"),
    ("f-src4", F, "(Sept. 25, 2024)", "Sept. 25, 2024", "date", 2024, 2024, "year", False, "source list metadata"),
    ("f-src5", F, "(Jan. 8, 2025)", "Jan. 8, 2025", "date", 2025, 2025, "year", False, "source list metadata"),
]

STRICT = [
    # S1 first detection in dairy cattle: 2023 (factcheck) vs 2024
    ("f-mar", "w-mar"), ("f-mar", "e-mar"),
    # S2 USDA May 2024 dairy package $89M vs $98M
    ("w-89", "t-98"),
    # S3 CSL adjuvant contract $124.1M vs $121.4M
    ("f-124", "p-121"),
    # S4 doses filled 8.4M vs 4.8M
    ("b-84", "p-48"), ("b-84", "f-48"),
    # S5 serosurvey participants 151 vs 115
    ("b-151", "a-N"), ("b-151", "f-115"),
    # S6 seroprevalence one in seven vs 7%
    ("e-1in7", "a-7"), ("e-1in7", "b-7"),
    # S7 herds as of May 10, 2024: 52 vs 42
    ("a-52", "t-42"),
    # S8 California first herd year 2023 vs 2024
    ("e-aug", "w-aug30"),
    # S9 HHS Jan 2025 package $360M vs $306M
    ("b-360", "e-306"),
    # S10 cases at the time of the first death: 76 vs 66
    ("b-76", "f-66"),
    # S11 Moderna award year 2024 vs 2025
    ("b-jan17", "e-lastwk"), ("b-jan17", "f-lastmo"),
    # S12 NMTS share of milk production 56% vs 65% (both Jan 2025, 28 states)
    ("f-56", "e-65"),
    # S13 cats that died after recalled raw milk (same household, final count) six vs five
    ("b-6cats", "e-5cats"),
]
QUALIFIED = [
    ("b-third", "t-1in5"), ("b-third", "e-1in5"),   # different retail surveys, same season
    ("b-76", "e-66"),                               # Jan 6 count vs Jan 24 'now' count
    ("f-124", "p-121h"),                            # headline repeat (optional claim)
    ("w-89", "t-98h"),                              # headline repeat (optional claim)
]


def main():
    texts = {}
    rows, ids = [], set()
    for cid, doc, ctx, span, kind, lo, hi, unit, req, topic in CLAIMS:
        if cid in ids:
            sys.exit(f"duplicate id {cid}")
        ids.add(cid)
        if doc not in texts:
            with open(os.path.join(DIR, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        s = texts[doc]
        n = s.count(ctx)
        if n != 1:
            sys.exit(f"{cid}: context {ctx!r} found {n} times in {doc}")
        k = ctx.find(span)
        if k < 0:
            sys.exit(f"{cid}: span {span!r} not in context {ctx!r}")
        start = s.index(ctx) + k
        end = start + len(span)
        assert s[start:end] == span, cid
        rnd = lambda v: None if v is None else (round(v, 6) if isinstance(v, float) else v)
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                     "kind": kind, "low": rnd(lo), "high": rnd(hi), "unit": unit, "required": req, "topic": topic})
    byid = {r["id"]: r for r in rows}
    # overlapping spans within a doc are not allowed
    for d in texts:
        sp = sorted((r["start"], r["end"], r["id"]) for r in rows if r["doc"] == d)
        for a, b in zip(sp, sp[1:]):
            if b[0] < a[1]:
                sys.exit(f"overlap {a} {b}")
    confl = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            ra, rb = byid[a], byid[b]
            assert ra["doc"] != rb["doc"], (a, b)
            if grade == "strict":
                assert ra["required"] and rb["required"], (a, b)
            assert (ra["low"], ra["high"]) != (rb["low"], rb["high"]), (a, b)
            confl.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + confl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"{len(rows)} claims ({req} required, {len(rows)-req} optional); "
          f"{len(STRICT)} strict, {len(QUALIFIED)} qualified -> {OUT}")


if __name__ == "__main__":
    main()
