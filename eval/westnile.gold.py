#!/usr/bin/env python3
"""Build westnile.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "westnile")
OUT = os.path.join(HERE, "westnile.gold.jsonl")
T = "westnile"

W, P, A, E, B, L, F = ("wn01_wire.txt", "wn02_press.txt", "wn03_abstract.txt",
                       "wn04_explainer.txt", "wn05_blog.txt", "wn06_local.txt", "wn07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- wn01 wire (2024-08-26, Monday)
 ("w-dl", W, "WASHINGTON, Aug 26", "Aug 26", "date", 2024, 2024, "year", N, "dateline"),
 ("w-sat", W, "said on Saturday", "Saturday", "date", 2024, 2024, "year", N, "spokesperson statement (2024-08-24)"),
 ("w-83", W, "Fauci, 83, spent", "83", "age", 83, 83, "years", Y, "fauci age"),
 ("w-6d", W, "spent six days in the hospital", "six days", "duration", 6, 6, "days", Y, "fauci hospital stay"),
 ("w-10ago", W, "admitted about ten days ago", "ten days", "duration", 10, 10, "days", N, "time since admission (not stay length)"),
 ("w-dec22", W, "government in December 2022", "December 2022", "date", 2022, 2022, "year", Y, "fauci retirement date"),
 ("w-38y", W, "institute for 38 years", "38 years", "duration", 38, 38, "years", N, "aside: niaid tenure"),
 ("w-aug20", W, "As of Aug. 20, the U.S.", "Aug. 20", "date", 2024, 2024, "year", N, "as-of"),
 ("w-216", W, "reports of 216 human cases", "216", "count", 216, 216, "cases", Y, "us cases 2024 as of aug 20"),
 ("w-33", W, "from 33 states this year", "33", "count", 33, 33, "states", Y, "states with cases as of aug 20"),
 ("w-142", W, "including 142 neuroinvasive", "142", "count", 142, 142, "cases", Y, "us neuroinvasive 2024 as of aug 20"),
 ("w-2wk", W, "Two weeks earlier", "Two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("w-aug6", W, "on Aug. 6, the tally", "Aug. 6", "date", 2024, 2024, "year", N, "as-of"),
 ("w-103", W, "stood at 103 cases", "103", "count", 103, 103, "cases", Y, "us cases 2024 as of aug 6"),
 ("w-26", W, "from 26 states", "26", "count", 26, 26, "states", Y, "states with cases as of aug 6"),
 ("w-7d", W, "At least seven people had died", "seven", "count", 7, 7, "deaths", Y, "us deaths 2024 as of aug 7"),
 ("w-aug7", W, "as of Aug. 7, including", "Aug. 7", "date", 2024, 2024, "year", N, "as-of"),
 ("w-tx2", W, "including two in Texas", "two", "count", 2, 2, "deaths", Y, "texas deaths as of aug 7"),
 ("w-2or3", W, "take two or three weeks", "two or three weeks", "duration", 2, 3, "weeks", N, "reporting lag (quote)"),
 ("w-80", W, "About 80% of people", "80%", "percent", 80, 80, "%", Y, "share asymptomatic"),
 ("w-1in5", W, "About 1 in 5 develop", "1 in 5", "percent", 20, 20, "%", Y, "share symptomatic (fever)"),
 ("w-1in150", W, "about 1 in 150 develop", "1 in 150", "percent", 0.667, 0.667, "%", Y, "share with serious (neuroinvasive) illness"),
 ("w-1500", W, "About 1,500 Americans are hospitalized", "1,500", "count", 1500, 1500, "people", Y, "us hospitalized with severe disease per year"),
 ("w-100", W, "and roughly 100 die", "100", "count", 100, 100, "deaths", Y, "us deaths per typical year"),
 ("w-aug99", W, "in August 1999", "August 1999", "date", 1999, 1999, "year", Y, "wnv first detected in us"),
 ("w-2003", W, "remains 2003, when", "2003", "date", 2003, 2003, "year", N, "qualifier year (record)"),
 ("w-9862", W, "when 9,862 cases", "9,862", "count", 9862, 9862, "cases", Y, "us cases 2003"),
 ("w-264", W, "and 264 deaths were reported", "264", "count", 264, 264, "deaths", Y, "us deaths 2003"),
 ("w-2012", W, "large epidemic in 2012", "2012", "date", 2012, 2012, "year", Y, "year of 5,674-case epidemic"),
 ("w-5674", W, "produced 5,674 cases", "5,674", "count", 5674, 5674, "cases", Y, "us cases 2012"),
 ("w-286", W, "cases and 286 deaths", "286", "count", 286, 286, "deaths", Y, "us deaths 2012"),
 ("w-lastyr", W, "Last year, the CDC counted", "Last year", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-2500", W, "more than 2,500 cases", "2,500", "count", 2500, 2500, "cases", Y, "us cases 2023"),
 ("w-182", W, "and 182 deaths", "182", "count", 182, 182, "deaths", Y, "us deaths 2023"),
 ("w-60", W, "People over 60", "60", "age", 60, 60, "years", N, "risk group age"),

 # ---- wn02 press (2024-11-20)
 ("p-hacres", P, "Completes 260,072-Acre", "260,072-Acre", "count", 260072, 260072, "acres", N, "headline repeat"),
 ("p-h89", P, "mosquito counts by 89%", "89%", "percent", 89, 89, "%", N, "subtitle repeat"),
 ("p-dl", P, "Nov. 20, 2024", "Nov. 20, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-acres", P, "covering 260,072 acres", "260,072", "count", 260072, 260072, "acres", Y, "lake county area treated"),
 ("p-nov6", P, "began on Nov. 6", "Nov. 6", "date", 2024, 2024, "year", Y, "lake county spraying start"),
 ("p-nov9", P, "completed on Nov. 9", "Nov. 9", "date", 2024, 2024, "year", Y, "lake county spraying end"),
 ("p-5of6", P, "with five of the six", "five", "count", 5, 5, "zones", Y, "zones done first night"),
 ("p-6z", P, "five of the six treatment", "six", "count", 6, 6, "zones", Y, "treatment zones"),
 ("p-first", P, "on the first night", "first night", "date", 2024, 2024, "year", N, "timepoint"),
 ("p-89", P, "showed an 89% reduction", "89%", "percent", 89, 89, "%", Y, "lake county mosquito reduction"),
 ("p-cost", P, "$665,784.32", "$665,784.32", "money", 665784.32, 665784.32, "USD", Y, "lake county spraying cost"),
 ("p-5yr", P, "submitted five years", "five years", "duration", 5, 5, "years", Y, "trap data history required"),
 ("p-84", P, "Anthony Fauci, 84, the", "84", "age", 84, 84, "years", Y, "fauci age"),
 ("p-2024", P, "capped a 2024 season", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-1998", P, "New York in 1998", "1998", "date", 1998, 1998, "year", Y, "wnv first detected in us"),
 ("p-1in4", P, "roughly one in four", "one in four", "percent", 25, 25, "%", Y, "share symptomatic (fever)"),
 ("p-lt1", P, "fewer than 1% develop", "1%", "percent", 1, 1, "%", Y, "share neuroinvasive (upper bound)"),
 ("p-2003", P, "occurred in 2003, when", "2003", "date", 2003, 2003, "year", N, "qualifier year (record)"),
 ("p-9682", P, "9,682 cases were reported", "9,682", "count", 9682, 9682, "cases", Y, "us cases 2003"),
 ("p-2013", P, "in the 2013 season", "2013", "date", 2013, 2013, "year", Y, "year of 5,674-case epidemic"),
 ("p-5674", P, "when 5,674 cases", "5,674", "count", 5674, 5674, "cases", Y, "us cases 2012 epidemic"),
 ("p-third", P, "about a third of them", "a third", "percent", 33.3, 33.3, "%", Y, "texas share of 2012 cases"),
 ("p-12ac", P, "fleet to 12 aircraft", "12", "count", 12, 12, "aircraft", N, "forward-looking target"),
 ("p-2025", P, "12 aircraft in 2025", "2025", "date", 2025, 2025, "year", N, "forward-looking target year"),
 ("p-2006", P, "Founded in 2006", "2006", "date", 2006, 2006, "year", N, "about section"),
 ("p-40", P, "more than 40 public agencies", "40", "count", 40, 40, "agencies", N, "about section"),
 ("p-150", P, "employs about 150 people", "150", "count", 150, 150, "employees", N, "about section"),

 # ---- wn03 abstract (2024-09-30)
 ("a-pub", A, "Published online 30 September 2024", "30 September 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-t2024", A, "early in the 2024 U.S. season", "2024", "date", 2024, 2024, "year", N, "title"),
 ("a-t2003", A, "with the 2003 and 2012 national", "2003 and 2012", "date", 2003, 2012, "year", N, "title"),
 ("a-t2021", A, "and the 2021 Maricopa County outbreak", "2021", "date", 2021, 2021, "year", N, "title"),
 ("a-bg2024", A, "early in the 2024 season with", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-1999", A, "since its introduction in 1999", "1999", "date", 1999, 1999, "year", Y, "wnv first detected in us"),
 ("a-80", A, "An estimated 80% of infections", "80%", "percent", 80, 80, "%", Y, "share asymptomatic"),
 ("a-20", A, "about 20% cause a febrile", "20%", "percent", 20, 20, "%", Y, "share symptomatic (fever)"),
 ("a-lt1", A, "less than 1% result", "1%", "percent", 1, 1, "%", Y, "share neuroinvasive (upper bound)"),
 ("a-10", A, "fatal in about 10% of patients", "10%", "percent", 10, 10, "%", Y, "neuroinvasive case fatality"),
 ("a-m2024", A, "counts published by the CDC for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-maug6", A, "(as of Aug. 6 and Aug. 20)", "Aug. 6 and Aug. 20", "date", 2024, 2024, "year", N, "as-of dates"),
 ("a-m0312", A, "final national counts for 2003 and 2012", "2003 and 2012", "date", 2003, 2012, "year", N, "qualifier"),
 ("a-m2021", A, "summary of the 2021 outbreak", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("a-wk35", A, "through week 35 of 2024", "35", "week", 35, 35, "week", N, "epi week"),
 ("a-wk2024", A, "week 35 of 2024 and of 2023", "2024 and of 2023", "date", 2023, 2024, "year", N, "qualifier"),
 ("a-raug20", A, "As of Aug. 20, 2024, N", "Aug. 20, 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-216", A, "N = 216", "216", "count", 216, 216, "cases", Y, "us cases 2024 as of aug 20"),
 ("a-33", A, "reported from 33 states", "33", "count", 33, 33, "states", Y, "states with cases as of aug 20"),
 ("a-142", A, "n=142 were neuroinvasive", "142", "count", 142, 142, "cases", Y, "us neuroinvasive 2024 as of aug 20"),
 ("a-657", A, "(65.7%;", "65.7%", "percent", 65.7, 65.7, "%", Y, "neuroinvasive share as of aug 20"),
 ("a-657ci", A, "59.2–71.7", "59.2–71.7", "percent", 59.2, 71.7, "%", Y, "ci"),
 ("a-aug6", A, "unchanged from Aug. 6", "Aug. 6", "date", 2024, 2024, "year", N, "as-of"),
 ("a-68", A, "(68 of 103;", "68", "count", 68, 68, "cases", Y, "us neuroinvasive 2024 as of aug 6"),
 ("a-103", A, "68 of 103;", "103", "count", 103, 103, "cases", Y, "us cases 2024 as of aug 6"),
 ("a-660", A, "66.0%, 95% CI 56.4", "66.0%", "percent", 66.0, 66.0, "%", Y, "neuroinvasive share as of aug 6"),
 ("a-660ci", A, "56.4–74.4", "56.4–74.4", "percent", 56.4, 74.4, "%", Y, "ci"),
 ("a-d1", A, "difference −0.3 percentage points", "−0.3 percentage points", "percent", -0.3, -0.3, "pp", Y, "share difference aug 20 vs aug 6"),
 ("a-d1ci", A, "−11.4 to 10.8", "−11.4 to 10.8", "percent", -11.4, 10.8, "pp", Y, "ci"),
 ("a-p1", A, "P=0.96", "0.96", "pvalue", 0.96, 0.96, "p", N, "p-value"),
 ("a-y2003", A, "In 2003, 2,866", "2003", "date", 2003, 2003, "year", N, "qualifier"),
 ("a-2866", A, "2,866 of 9,862", "2,866", "count", 2866, 2866, "cases", Y, "us neuroinvasive 2003"),
 ("a-9862", A, "of 9,862 reported", "9,862", "count", 9862, 9862, "cases", Y, "us cases 2003"),
 ("a-291", A, "(29.1%, 95% CI", "29.1%", "percent", 29.1, 29.1, "%", Y, "neuroinvasive share 2003"),
 ("a-291ci", A, "28.2–30.0", "28.2–30.0", "percent", 28.2, 30.0, "%", Y, "ci"),
 ("a-264", A, "and 264 patients died", "264", "count", 264, 264, "deaths", Y, "us deaths 2003"),
 ("a-92", A, "(9.2% of neuroinvasive", "9.2%", "percent", 9.2, 9.2, "%", Y, "deaths per neuroinvasive case 2003"),
 ("a-y2012", A, "in 2012, 2,873", "2012", "date", 2012, 2012, "year", Y, "year of 5,674-case epidemic"),
 ("a-2873", A, "2,873 of 5,674", "2,873", "count", 2873, 2873, "cases", Y, "us neuroinvasive 2012"),
 ("a-5674", A, "of 5,674 (50.6%", "5,674", "count", 5674, 5674, "cases", Y, "us cases 2012"),
 ("a-506", A, "(50.6%, 95% CI", "50.6%", "percent", 50.6, 50.6, "%", Y, "neuroinvasive share 2012"),
 ("a-506ci", A, "49.3–51.9", "49.3–51.9", "percent", 49.3, 51.9, "%", Y, "ci"),
 ("a-268", A, "and 268 died", "268", "count", 268, 268, "deaths", Y, "us deaths 2012"),
 ("a-93", A, "268 died (9.3%)", "9.3%", "percent", 9.3, 9.3, "%", Y, "deaths per neuroinvasive case 2012"),
 ("a-y2024b", A, "The 2024 neuroinvasive share", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-y2012b", A, "that of 2012 by", "2012", "date", 2012, 2012, "year", N, "qualifier"),
 ("a-151", A, "by 15.1 percentage points", "15.1 percentage points", "percent", 15.1, 15.1, "pp", Y, "share difference 2024 vs 2012"),
 ("a-151ci", A, "8.6–21.6", "8.6–21.6", "percent", 8.6, 21.6, "pp", Y, "ci"),
 ("a-p2", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-y2021", A, "of the 2021 Maricopa County outbreak (956", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("a-956", A, "(956 of 1,487", "956", "count", 956, 956, "cases", Y, "maricopa 2021 neuroinvasive"),
 ("a-1487", A, "956 of 1,487", "1,487", "count", 1487, 1487, "cases", Y, "maricopa 2021 cases"),
 ("a-643", A, "64.3%, 95% CI", "64.3%", "percent", 64.3, 64.3, "%", Y, "maricopa 2021 neuroinvasive share"),
 ("a-643ci", A, "61.8–66.7", "61.8–66.7", "percent", 61.8, 66.7, "%", Y, "ci"),
 ("a-d3", A, "difference 1.5 points", "1.5 points", "percent", 1.5, 1.5, "pp", Y, "share difference 2024 vs maricopa"),
 ("a-d3ci", A, "−5.3 to 8.2", "−5.3 to 8.2", "percent", -5.3, 8.2, "pp", Y, "ci"),
 ("a-p3", A, "P=0.68", "0.68", "pvalue", 0.68, 0.68, "p", N, "p-value"),
 ("a-1014", A, "in which 1,014 patients", "1,014", "count", 1014, 1014, "people", Y, "maricopa 2021 hospitalized"),
 ("a-682", A, "(68.2%) were hospitalized", "68.2%", "percent", 68.2, 68.2, "%", Y, "maricopa 2021 hospitalized share"),
 ("a-101", A, "and 101 (6.8%", "101", "count", 101, 101, "deaths", Y, "maricopa 2021 deaths"),
 ("a-68p", A, "101 (6.8%", "6.8%", "percent", 6.8, 6.8, "%", Y, "maricopa 2021 case fatality"),
 ("a-68ci", A, "5.6–8.2", "5.6–8.2", "percent", 5.6, 8.2, "%", Y, "ci"),
 ("a-wk35b", A, "Through NNDSS week 35", "35", "week", 35, 35, "week", N, "epi week"),
 ("a-aug31", A, "(ending Aug. 31)", "Aug. 31", "date", 2024, 2024, "year", N, "as-of"),
 ("a-352", A, "352 cases had been notified", "352", "count", 352, 352, "cases", Y, "nndss cases 2024 through week 35"),
 ("a-y2024c", A, "notified in 2024 versus", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-1642", A, "versus 1,642 in the same", "1,642", "count", 1642, 1642, "cases", Y, "nndss cases 2023 through week 35"),
 ("a-y2023", A, "same weeks of 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-786", A, "a change of −78.6%", "−78.6%", "percent", -78.6, -78.6, "%", Y, "nndss change 2024 vs 2023"),
 ("a-c2024", A, "Conclusions: Early 2024 counts", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-c0312", A, "of the 2003 and 2012 epidemics", "2003 and 2012", "date", 2003, 2012, "year", N, "qualifier"),
 ("a-c2023", A, "and of 2023 at the same", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-c2021", A, "Maricopa County in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),

 # ---- wn04 explainer (2024-09-12)
 ("e-upd", E, "Updated September 12, 2024", "September 12, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-aug20", E, "As of Aug. 20, the CDC", "Aug. 20", "date", 2024, 2024, "year", N, "as-of"),
 ("e-261", E, "reports of 261 human cases", "261", "count", 261, 261, "cases", Y, "us cases 2024 as of aug 20"),
 ("e-33", E, "from 33 states", "33", "count", 33, 33, "states", Y, "states with cases as of aug 20"),
 ("e-earlysep", E, "by early September the total", "early September", "date", 2024, 2024, "year", N, "as-of"),
 ("e-377", E, "stood at 377 cases", "377", "count", 377, 377, "cases", Y, "us cases 2024 early september"),
 ("e-38", E, "377 cases in 38 states", "38", "count", 38, 38, "states", Y, "states with cases early september"),
 ("e-255", E, "255 of them neuroinvasive", "255", "count", 255, 255, "cases", Y, "us neuroinvasive 2024 early september"),
 ("e-2003", E, "The worst year was 2003", "2003", "date", 2003, 2003, "year", N, "qualifier year (record)"),
 ("e-9862", E, "when 9,862 cases", "9,862", "count", 9862, 9862, "cases", Y, "us cases 2003"),
 ("e-2863", E, "including 2,863 cases", "2,863", "count", 2863, 2863, "cases", Y, "us neuroinvasive 2003"),
 ("e-262", E, "and 262 deaths", "262", "count", 262, 262, "deaths", Y, "us deaths 2003"),
 ("e-2000", E, "receives about 2,000 case reports", "2,000", "count", 2000, 2000, "cases", Y, "us cases per typical year"),
 ("e-1200", E, "roughly 1,200 neuroinvasive", "1,200", "count", 1200, 1200, "cases", Y, "us neuroinvasive per typical year"),
 ("e-120", E, "about 120 people die", "120", "count", 120, 120, "deaths", Y, "us deaths per typical year"),
 ("e-1000", E, "About 1,000 Americans", "1,000", "count", 1000, 1000, "people", Y, "us hospitalized with severe disease per year"),
 ("e-83", E, "Fauci, 83, spent", "83", "age", 83, 83, "years", Y, "fauci age"),
 ("e-6d", E, "spent six days in the hospital", "six days", "duration", 6, 6, "days", Y, "fauci hospital stay"),
 ("e-end22", E, "at the end of 2022", "2022", "date", 2022, 2022, "year", Y, "fauci retirement date"),
 ("e-8in10", E, "About 8 in 10 infected", "8 in 10", "percent", 80, 80, "%", Y, "share asymptomatic"),
 ("e-1in5", E, "About 1 in 5 develop", "1 in 5", "percent", 20, 20, "%", Y, "share symptomatic (fever)"),
 ("e-1in150", E, "Roughly 1 in 150 develop", "1 in 150", "percent", 0.667, 0.667, "%", Y, "share with serious (neuroinvasive) illness"),
 ("e-1in10", E, "about 1 in 10 of those", "1 in 10", "percent", 10, 10, "%", Y, "neuroinvasive case fatality"),
 ("e-incub", E, "start 3 to 14 days", "3 to 14 days", "duration", 3, 14, "days", Y, "incubation period"),
 ("e-60", E, "People over 60 and organ", "60", "age", 60, 60, "years", N, "risk group age"),
 ("e-lastyr", E, "led the nation last year", "last year", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-1999", E, "in the country since 1999", "1999", "date", 1999, 1999, "year", Y, "wnv first detected in us"),
 ("e-2021", E, "Arizona, in 2021: the county", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-single", E, "recorded in a single county", "single", "count", 1, 1, "counties", N, "aside"),
 ("e-1300", E, "reported 1,300 cases", "1,300", "count", 1300, 1300, "cases", Y, "maricopa 2021 cases"),
 ("e-90", E, "cases and 90 deaths", "90", "count", 90, 90, "deaths", Y, "maricopa 2021 deaths"),
 ("e-fc05", E, "index reaches 0.5 in a five-trap", "0.5", "ratio", 0.5, 0.5, "index", Y, "fort collins spray threshold (vector index)"),
 ("e-5trap", E, "in a five-trap zone", "five-trap", "count", 5, 5, "traps", N, "definitional"),
 ("e-lc05", E, "once the index passes 0.5", "0.5", "ratio", 0.5, 0.5, "index", Y, "larimer county risk threshold"),
 ("e-900k", E, "spent about $900,000", "$900,000", "money", 900000, 900000, "USD", Y, "grand forks mosquito control 2013"),
 ("e-2013", E, "mosquito control in 2013", "2013", "date", 2013, 2013, "year", N, "qualifier year"),
 ("e-813k", E, "up from $813,000", "$813,000", "money", 813000, 813000, "USD", Y, "grand forks mosquito control 2012"),
 ("e-2007", E, "officials said in 2007", "2007", "date", 2007, 2007, "year", N, "qualifier year"),
 ("e-5k", E, "cost about $5,000 in chemicals", "$5,000", "money", 5000, 5000, "USD", Y, "aberdeen cost per citywide spray"),
 ("e-once", E, "at least once a week", "once a week", "count", 1, 1, "per week", N, "advice"),

 # ---- wn05 blog (2024-12-02)
 ("b-pub", B, "December 2, 2024", "December 2, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-t2024", B, "What the 2024 West Nile season", "2024", "date", 2024, 2024, "year", N, "title"),
 ("b-lateaug", B, "In late August we learned", "late August", "date", 2024, 2024, "year", N, "timepoint"),
 ("b-10d", B, "He spent 10 days in the hospital", "10 days", "duration", 10, 10, "days", Y, "fauci hospital stay"),
 ("b-216", B, "count was small: 216 cases", "216", "count", 216, 216, "cases", Y, "us cases 2024 as of aug 20"),
 ("b-aug20", B, "216 cases as of Aug. 20", "Aug. 20", "date", 2024, 2024, "year", N, "as-of"),
 ("b-195", B, "with 195 of them", "195", "count", 195, 195, "cases", Y, "us neuroinvasive 2024 as of aug 20"),
 ("b-midsep", B, "by mid-September the agency", "mid-September", "date", 2024, 2024, "year", N, "as-of"),
 ("b-659", B, "listed 659 cases", "659", "count", 659, 659, "cases", Y, "us cases 2024 mid-september"),
 ("b-43", B, "659 cases in 43 states", "43", "count", 43, 43, "states", Y, "states with cases mid-september"),
 ("b-80", B, "about 80% of infected people", "80%", "percent", 80, 80, "%", Y, "share asymptomatic"),
 ("b-1in50", B, "Only about 1 in 50", "1 in 50", "percent", 2, 2, "%", Y, "share with serious (neuroinvasive) illness"),
 ("b-incub", B, "show up two to 14 days", "two to 14 days", "duration", 2, 14, "days", Y, "incubation period"),
 ("b-45", B, "got just 45% of its normal rain", "45%", "percent", 45, 45, "%", Y, "fort collins share of average rainfall summer 2024"),
 ("b-2003", B, "record year is still 2003", "2003", "date", 2003, 2003, "year", N, "qualifier year (colorado record)"),
 ("b-2947", B, "with 2,947 cases", "2,947", "count", 2947, 2947, "cases", Y, "colorado cases 2003"),
 ("b-66", B, "2,947 cases and 66 deaths", "66", "count", 66, 66, "deaths", Y, "colorado deaths 2003"),
 ("b-lastyr", B, "Last year the state counted", "Last year", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-460", B, "counted 460 cases", "460", "count", 460, 460, "cases", Y, "colorado cases 2023 by late september"),
 ("b-21", B, "460 cases and 21 deaths", "21", "count", 21, 21, "deaths", Y, "colorado deaths 2023 by late september"),
 ("b-cap", B, "Colorado human cases, 2003–2023", "2003–2023", "date", 2003, 2023, "year", N, "caption"),
 ("b-665", B, "the state paid $665,784", "$665,784", "money", 665784, 665784, "USD", Y, "lake county spraying cost"),
 ("b-260k", B, "over about 260,000 acres", "260,000", "count", 260000, 260000, "acres", Y, "lake county area treated"),
 ("b-earlynov", B, "acres in early November", "early November", "date", 2024, 2024, "year", N, "spraying date (vague)"),
 ("b-98", B, "showed a 98% drop", "98%", "percent", 98, 98, "%", Y, "lake county mosquito reduction"),
 ("b-single", B, "price a single neuroinvasive", "single", "count", 1, 1, "hospitalizations", N, "aside"),
 ("b-tens", B, "run to tens of thousands of dollars", "tens of thousands of dollars", "money", None, None, "USD", N, "vague: hospitalization cost"),
 ("b-7d", B, "water every 7 days", "7 days", "duration", 7, 7, "days", N, "advice"),
 ("b-5fix", B, "5 easy fixes", "5", "count", 5, 5, "fixes", N, "related link furniture"),
 ("b-rel2024", B, "Rockies: a 2024 check-in", "2024", "date", 2024, 2024, "year", N, "related link furniture"),
 ("b-34", B, "34 comments", "34", "count", 34, 34, "comments", N, "page furniture"),

 # ---- wn06 local (2024-10-24), hard-wrapped
 ("l-dl", L, "Local News · Oct. 24, 2024", "Oct. 24, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-oct21", L, "City Council on Oct. 21", "Oct. 21", "date", 2024, 2024, "year", Y, "season-end memo date"),
 ("l-54", L, "received 54% of its average rainfall", "54%", "percent", 54, 54, "%", Y, "fort collins share of average rainfall summer 2024"),
 ("l-jun1", L, "between June 1 and Sept. 30", "June 1 and Sept. 30", "date", 2024, 2024, "year", N, "period"),
 ("l-3deg", L, "ran three degrees above", "three degrees", "temperature", 3, 3, "degF", Y, "fort collins temperature anomaly"),
 ("l-075", L, "never reached the 0.75 level", "0.75", "ratio", 0.75, 0.75, "index", Y, "fort collins spray threshold (vector index)"),
 ("l-5trap", L, "highest-risk five-trap", "five-trap", "count", 5, 5, "traps", N, "definitional"),
 ("l-073", L, "reaching 0.73 during", "0.73", "ratio", 0.73, 0.73, "index", Y, "fort collins peak floating-zone index 2024"),
 ("l-weeks", L, "weeks of Aug. 4 and Sept. 28", "Aug. 4 and Sept. 28", "date", 2024, 2024, "year", N, "timepoints"),
 ("l-53", L, "The city runs 53 traps", "53", "count", 53, 53, "traps", Y, "fort collins traps"),
 ("l-lateaug", L, "In late August, seven traps", "late August", "date", 2024, 2024, "year", N, "timepoint"),
 ("l-7tr", L, "seven traps detected the virus", "seven", "count", 7, 7, "traps", Y, "positive traps late august"),
 ("l-3tr", L, "up from three the week before", "three", "count", 3, 3, "traps", Y, "positive traps prior week"),
 ("l-1wk", L, "in a single week", "single", "count", 1, 1, "weeks", N, "timepoint"),
 ("l-032", L, "index jumped to 0.32", "0.32", "ratio", 0.32, 0.32, "index", Y, "ne quadrant index late august"),
 ("l-4x", L, "a nearly fourfold rise", "fourfold", "ratio", 4, 4, "x", Y, "infection rate rise"),
 ("l-049", L, "that week sat at 0.49", "0.49", "ratio", 0.49, 0.49, "index", Y, "floating zone index late august"),
 ("l-05", L, "index tops 0.5", "0.5", "ratio", 0.5, 0.5, "index", Y, "larimer county risk threshold"),
 ("l-075b", L, "its own 0.75 threshold", "0.75", "ratio", 0.75, 0.75, "index", Y, "fort collins spray threshold (vector index)"),
 ("l-decade", L, "more than a decade ago", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("l-100a", L, "catches more than 100 mosquitoes, and", "100", "count", 100, 100, "mosquitoes", Y, "timnath spray trigger per trap"),
 ("l-100b", L, "more than 100 mosquitoes or more", "100", "count", 100, 100, "mosquitoes", Y, "loveland spray trigger per trap"),
 ("l-50", L, "or more than 50 Culex", "50", "count", 50, 50, "mosquitoes", Y, "loveland culex trigger per trap"),
 ("l-0322", L, "From 2003 through 2022", "2003 through 2022", "date", 2003, 2022, "year", N, "period"),
 ("l-1012", L, "reported 1,012 human", "1,012", "count", 1012, 1012, "cases", Y, "larimer cases 2003-2022"),
 ("l-860", L, "Weld County 860", "860", "count", 860, 860, "cases", Y, "weld cases 2003-2022"),
 ("l-837", L, "Boulder County 837", "837", "count", 837, 837, "cases", Y, "boulder cases 2003-2022"),
 ("l-2003", L, "record year remains 2003", "2003", "date", 2003, 2003, "year", N, "qualifier year (colorado record)"),
 ("l-2948", L, "with 2,948 cases", "2,948", "count", 2948, 2948, "cases", Y, "colorado cases 2003"),
 ("l-66", L, "2,948 cases and 66 deaths", "66", "count", 66, 66, "deaths", Y, "colorado deaths 2003"),
 ("l-546", L, "confirmed 546 cases", "546", "count", 546, 546, "cases", Y, "larimer cases 2003"),
 ("l-9", L, "546 cases and nine deaths", "nine", "count", 9, 9, "deaths", Y, "larimer deaths 2003"),
 ("l-lastyr", L, "Last year Colorado recorded", "Last year", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-406", L, "recorded 406 cases", "406", "count", 406, 406, "cases", Y, "colorado cases 2023 by late september"),
 ("l-21", L, "406 cases and 21 deaths", "21", "count", 21, 21, "deaths", Y, "colorado deaths 2023 by late september"),
 ("l-n2003", L, "the 2003 epidemic killed", "2003", "date", 2003, 2003, "year", N, "qualifier year"),
 ("l-246", L, "killed 246 people", "246", "count", 246, 246, "deaths", Y, "us deaths 2003"),
 ("l-2012", L, "and 2012 was the next-worst", "2012", "date", 2012, 2012, "year", Y, "year of 5,674-case epidemic (second-worst)"),
 ("l-71", L, "Hal Brandt, 71,", "71", "age", 71, 71, "years", N, "interviewee age"),
 ("l-2dec", L, "for two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("l-june", L, "resume in early June", "early June", "date", 2025, 2025, "year", N, "forward-looking"),

 # ---- wn07 fact-check (2024-12-10)
 ("f-pub", F, "TruthLens · December 10, 2024", "December 10, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-h2024", F, "did not make 2024 the", "2024", "date", 2024, 2024, "year", N, "headline"),
 ("f-c2024", F, "\"Even Fauci caught it. 2024 is the worst", "2024", "date", 2024, 2024, "year", N, "post claim"),
 ("f-tens", F, "blowing tens of millions of dollars", "tens of millions of dollars", "money", None, None, "USD", N, "post claim (vague)"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-aug", F, "began circulating in August", "August", "date", 2024, 2024, "year", N, "timepoint"),
 ("f-nov", F, "viral again in November", "November", "date", 2024, 2024, "year", N, "timepoint"),
 ("f-three", F, "Each of its three parts", "three", "count", 3, 3, "parts", N, "structure"),
 ("f-83", F, "Fauci, 83, was", "83", "age", 83, 83, "years", Y, "fauci age"),
 ("f-week", F, "spent about a week in the hospital", "a week", "duration", 7, 7, "days", Y, "fauci hospital stay"),
 ("f-dec21", F, "government in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "fauci retirement date"),
 ("f-5dec", F, "more than five decades", "five decades", "duration", 50, 50, "years", N, "aside"),
 ("f-1in5", F, "about 1 in 5 infected", "1 in 5", "percent", 20, 20, "%", Y, "share symptomatic (fever)"),
 ("f-1in150", F, "about 1 in 150 develop", "1 in 150", "percent", 0.667, 0.667, "%", Y, "share with serious (neuroinvasive) illness"),
 ("f-60", F, "usually people over 60", "60", "age", 60, 60, "years", N, "risk group age"),
 ("f-q2024", F, "Was 2024 the worst year", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-216", F, "counted 216 cases from", "216", "count", 216, 216, "cases", Y, "us cases 2024 as of aug 20"),
 ("f-38", F, "216 cases from 38 states", "38", "count", 38, 38, "states", Y, "states with cases as of aug 20"),
 ("f-142", F, "142 of them neuroinvasive", "142", "count", 142, 142, "cases", Y, "us neuroinvasive 2024 as of aug 20"),
 ("f-aug31", F, "week ending Aug. 31", "Aug. 31", "date", 2024, 2024, "year", N, "as-of"),
 ("f-352", F, "listed 352 cases", "352", "count", 352, 352, "cases", Y, "nndss cases 2024 through week 35"),
 ("f-y2024", F, "352 cases for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-1642", F, "against 1,642 at", "1,642", "count", 1642, 1642, "cases", Y, "nndss cases 2023 through week 35"),
 ("f-y2023", F, "same point in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-2003", F, "record remains 2003", "2003", "date", 2003, 2003, "year", N, "qualifier year (record)"),
 ("f-9862", F, "with 9,862 reported", "9,862", "count", 9862, 9862, "cases", Y, "us cases 2003"),
 ("f-2012", F, "followed by 2012", "2012", "date", 2012, 2012, "year", Y, "year of 5,674-case epidemic"),
 ("f-5674", F, "with 5,674 cases", "5,674", "count", 5674, 5674, "cases", Y, "us cases 2012"),
 ("f-286", F, "cases and 286 deaths", "286", "count", 286, 286, "deaths", Y, "us deaths 2012"),
 ("f-single", F, "Even a single county", "single", "count", 1, 1, "counties", N, "aside"),
 ("f-1487", F, "reported 1,487 cases", "1,487", "count", 1487, 1487, "cases", Y, "maricopa 2021 cases"),
 ("f-2021", F, "1,487 cases in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("f-101", F, "101 of them fatal", "101", "count", 101, 101, "deaths", Y, "maricopa 2021 deaths"),
 ("f-68", F, "and 68% of patients", "68%", "percent", 68, 68, "%", Y, "maricopa 2021 neuroinvasive share"),
 ("f-r2023", F, "CDC report published in 2023", "2023", "date", 2023, 2023, "year", N, "source date"),
 ("f-one", F, "recorded in one U.S. county", "one", "count", 1, 1, "counties", N, "aside"),
 ("f-acres", F, "covered 260,072 acres", "260,072", "count", 260072, 260072, "acres", Y, "lake county area treated"),
 ("f-4d", F, "over four days", "four days", "duration", 4, 4, "days", Y, "lake county spraying duration"),
 ("f-nov6", F, "beginning Nov. 6", "Nov. 6", "date", 2024, 2024, "year", Y, "lake county spraying start"),
 ("f-66m", F, "cost about $6.6 million", "$6.6 million", "money", 6600000, 6600000, "USD", Y, "lake county spraying cost"),
 ("f-89", F, "showed an 89% decline", "89%", "percent", 89, 89, "%", Y, "lake county mosquito reduction"),
 ("f-decades", F, "mosquito control for decades", "decades", "duration", None, None, "years", N, "vague"),
 ("f-rp2024", F, "The post says 2024 was", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-r216", F, "stood at 216 cases", "216", "count", 216, 216, "cases", Y, "us cases 2024 as of aug 20 (ruling)"),
 ("f-r9862", F, "of the 9,862 reported", "9,862", "count", 9862, 9862, "cases", Y, "us cases 2003 (ruling)"),
 ("f-r2003", F, "reported in 2003. Fauci", "2003", "date", 2003, 2003, "year", N, "qualifier year"),
 ("f-src", F, "(accessed Dec. 9, 2024)", "Dec. 9, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-srcwk", F, "weekly tables, week 35, 2024", "35", "week", 35, 35, "week", N, "sources line"),
 ("f-src24", F, "week 35, 2024;", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-srcnov", F, "meeting record, November 2024", "November 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-srccbs", F, "CBS News, Aug. 24, 2024", "Aug. 24, 2024", "date", 2024, 2024, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 fauci hospital stay 10 days vs six days
 ("b-10d", "w-6d", S), ("b-10d", "e-6d", S),
 # S2 fauci age 84 vs 83
 ("p-84", "w-83", S), ("p-84", "e-83", S), ("p-84", "f-83", S),
 # S3 us cases as of aug 20: 261 vs 216
 ("e-261", "w-216", S), ("e-261", "a-216", S), ("e-261", "b-216", S), ("e-261", "f-216", S), ("e-261", "f-r216", S),
 # S4 neuroinvasive as of aug 20: 195 vs 142
 ("b-195", "w-142", S), ("b-195", "a-142", S), ("b-195", "f-142", S),
 # S5 states as of aug 20: 38 vs 33
 ("f-38", "w-33", S), ("f-38", "a-33", S), ("f-38", "e-33", S),
 # S6 us cases 2003: 9,682 vs 9,862
 ("p-9682", "w-9862", S), ("p-9682", "a-9862", S), ("p-9682", "e-9862", S), ("p-9682", "f-9862", S), ("p-9682", "f-r9862", S),
 # S7 us deaths 2003: 246 vs 264 / 262
 ("l-246", "w-264", S), ("l-246", "a-264", S), ("l-246", "e-262", S),
 # S8 year of the 5,674-case epidemic: 2013 vs 2012
 ("p-2013", "w-2012", S), ("p-2013", "a-y2012", S), ("p-2013", "f-2012", S), ("p-2013", "l-2012", S),
 # S9 maricopa 2021 cases: 1,300 (interim) vs 1,487
 ("e-1300", "a-1487", S), ("e-1300", "f-1487", S),
 # S10 maricopa 2021 deaths: 90 (interim) vs 101
 ("e-90", "a-101", S), ("e-90", "f-101", S),
 # S11 maricopa neuroinvasive share: 68% (hospitalized share swapped in) vs 64.3%
 ("f-68", "a-643", S),
 # S12 serious illness share: 1 in 50 vs 1 in 150
 ("b-1in50", "w-1in150", S), ("b-1in50", "e-1in150", S), ("b-1in50", "f-1in150", S),
 # S13 fort collins rainfall: 45% vs 54%
 ("b-45", "l-54", S),
 # S14 fort collins spray threshold: 0.5 vs 0.75
 ("e-fc05", "l-075", S), ("e-fc05", "l-075b", S),
 # S15 lake county spraying cost: $6.6 million vs $665,784(.32)
 ("f-66m", "p-cost", S), ("f-66m", "b-665", S),
 # S16 lake county reduction: 98% vs 89%
 ("b-98", "p-89", S), ("b-98", "f-89", S),
 # S17 wnv arrival year: 1998 vs 1999
 ("p-1998", "w-aug99", S), ("p-1998", "a-1999", S), ("p-1998", "e-1999", S),
 # S18 fauci retirement: December 2021 vs December 2022 / end of 2022
 ("f-dec21", "w-dec22", S), ("f-dec21", "e-end22", S),
 # S19 us deaths 2012: 268 vs 286
 ("a-268", "w-286", S), ("a-268", "f-286", S),
 # S20 colorado 2023 cases by late september: 406 vs 460
 ("l-406", "b-460", S),
 # S21 us hospitalized per year: 1,500 vs 1,000
 ("w-1500", "e-1000", S),
 # Qualified
 ("f-week", "w-6d", Q), ("f-week", "e-6d", Q), ("f-week", "b-10d", Q),
 ("e-262", "w-264", Q), ("e-262", "a-264", Q),
 ("e-2863", "a-2866", Q),
 ("p-1in4", "w-1in5", Q), ("p-1in4", "e-1in5", Q), ("p-1in4", "a-20", Q), ("p-1in4", "f-1in5", Q),
 ("b-2947", "l-2948", Q),
 ("b-incub", "e-incub", Q),
 ("e-120", "w-100", Q),
 ("b-1in50", "p-lt1", Q), ("b-1in50", "a-lt1", Q),
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
        rows.append({"type": "claim", "id": f"wn-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"wn-{a}", f"wn-{b}"
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
