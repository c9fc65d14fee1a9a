#!/usr/bin/env python3
"""Build fluoride.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "fluoride")
OUT = os.path.join(HERE, "fluoride.gold.jsonl")
T = "fluoride"

W, P, A, E, B, L, F = ("FL01_wire.txt", "FL02_press.txt", "FL03_abstract.txt",
                       "FL04_explainer.txt", "FL05_blog.txt", "FL06_local.txt", "FL07_factcheck.txt")
Y = True; N = False
MGL = "mg/L"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- FL01 wire (2025-05-15, Thursday)
 ("w-dl", W, "RIDGE MANOR, Fla., May 15", "May 15", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "on Thursday signed legislation", "Thursday", "date", 2025, 2025, "year", Y, "florida ban signing date"),
 ("w-march", W, "after Utah did so in March", "March", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("w-jul1", W, "It takes effect on July 1", "July 1", "date", 2025, 2025, "year", Y, "florida ban effective date"),
 ("w-sfor", W, "passed the bill 27-9", "27", "count", 27, 27, "votes", Y, "florida senate votes for"),
 ("w-sagn", W, "27-9 in April", "9", "count", 9, 9, "votes", Y, "florida senate votes against"),
 ("w-apr", W, "27-9 in April", "April", "date", 2025, 2025, "year", N, "florida senate vote date"),
 ("w-apr29", W, "on April 29 with", "April 29", "date", 2025, 2025, "year", Y, "florida house vote date"),
 ("w-hfor", W, "an 88-27 vote", "88", "count", 88, 88, "votes", Y, "florida house votes for"),
 ("w-hagn", W, "88-27 vote, largely", "27", "count", 27, 27, "votes", Y, "florida house votes against"),
 ("w-lastwk", W, "said last week that he intended", "last week", "date", 2025, 2025, "year", N, "desantis intent announcement"),
 ("w-70", W, "More than 70% of Floridians", "70%", "percent", 70, 70, "%", Y, "florida share fluoridated (2024, lower bound)"),
 ("w-2024", W, "water as of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-nov", W, "governments in November to stop", "November", "date", 2024, 2024, "year", N, "ladapo guidance date"),
 ("w-80", W, "studied for more than 80 years", "80 years", "duration", 80, 80, "years", Y, "years fluoridation studied (quote)"),
 ("w-35", W, "cuts cavities by about 35%", "35%", "percent", 35, 35, "%", Y, "cdc cavity reduction figure"),
 ("w-1945", W, "adding fluoride to water in 1945", "1945", "date", 1945, 1945, "year", Y, "first us fluoridation (grand rapids)"),
 ("w-07", W, "concentration of 0.7 milligrams per liter", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, Y, "current recommended level"),
 ("w-2015", W, "per liter since 2015", "2015", "date", 2015, 2015, "year", Y, "year current recommendation set"),
 ("w-2", W, "enforceable maximum is 2 milligrams per liter", "2 milligrams per liter", "dose", 2, 2, MGL, Y, "epa enforceable limit"),
 ("w-lastyr", W, "gained momentum last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-aug", W, "In August, the National Toxicology", "August", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("w-15", W, "levels above 1.5 milligrams per liter", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, Y, "ntp iq threshold"),
 ("w-twice", W, "roughly twice the recommended", "twice", "ratio", 2, 2, "x", N, "ntp threshold vs recommended"),
 ("w-07b", W, "whether the 0.7 level", "0.7", "dose", 0.7, 0.7, MGL, N, "repeat"),
 ("w-lastsep", W, "Last September, a federal judge", "Last September", "date", 2024, 2024, "year", Y, "court ruling date"),
 ("w-lastmo", W, "said last month that he would", "last month", "date", 2025, 2025, "year", Y, "kennedy cdc announcement date"),
 ("w-200m", W, "More than 200 million Americans", "200 million", "count", 200000000, 200000000, "people", Y, "americans with fluoridated water (lower bound)"),
 ("w-may7", W, "stop fluoridating by May 7", "May 7", "date", 2025, 2025, "year", Y, "utah deadline"),
 ("w-lastmo2", W, "voted last month to end", "last month", "date", 2025, 2025, "year", N, "miami-dade commission vote"),
 ("w-thisyr", W, "other states this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-thu2", W, "as of Thursday", "Thursday", "date", 2025, 2025, "year", N, "as-of date"),

 # ---- FL02 press release (2025-06-03)
 ("p-h42", P, "Launches $4.2 Million", "$4.2 Million", "money", 4200000, 4200000, "USD", N, "headline repeat"),
 ("p-sub150", P, "reach 150,000 children in 12", "150,000", "count", 150000, 150000, "children", N, "subtitle repeat"),
 ("p-sub12", P, "children in 12 counties during", "12", "count", 12, 12, "counties", N, "subtitle repeat"),
 ("p-sub2526", P, "counties during the 2025-26", "2025-26", "date", 2025, 2026, "year", N, "subtitle repeat"),
 ("p-dl", P, "June 3, 2025", "June 3, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-42", P, "announced a $4.2 million program", "$4.2 million", "money", 4200000, 4200000, "USD", Y, "program budget"),
 ("p-jul1", P, "fluoridation on July 1", "July 1", "date", 2025, 2025, "year", Y, "florida ban effective date"),
 ("p-400", P, "an estimated 400 elementary", "400", "count", 400, 400, "schools", Y, "schools targeted"),
 ("p-12", P, "schools in 12 counties along", "12", "count", 12, 12, "counties", Y, "counties targeted"),
 ("p-150", P, "reaching 150,000 children", "150,000", "count", 150000, 150000, "children", Y, "children targeted"),
 ("p-2526", P, "children during the 2025-26", "2025-26", "date", 2025, 2026, "year", N, "program period"),
 ("p-two", P, "offered two varnish applications", "two", "count", 2, 2, "applications", Y, "applications per child"),
 ("p-six", P, "about six months apart", "six months", "duration", 6, 6, "months", Y, "interval between applications"),
 ("p-spring", P, "SB 700 this spring", "this spring", "date", 2025, 2025, "year", N, "legislative approval"),
 ("p-sfor", P, "Senate voting 27-9", "27", "count", 27, 27, "votes", Y, "florida senate votes for"),
 ("p-sagn", P, "voting 27-9 and", "9", "count", 9, 9, "votes", Y, "florida senate votes against"),
 ("p-hfor", P, "the House 82-27", "82", "count", 82, 82, "votes", Y, "florida house votes for"),
 ("p-hagn", P, "82-27, and", "27", "count", 27, 27, "votes", Y, "florida house votes against"),
 ("p-may15", P, "signed it on May 15", "May 15", "date", 2025, 2025, "year", Y, "florida ban signing date"),
 ("p-july", P, "Beginning in July", "July", "date", 2025, 2025, "year", N, "effective (repeat)"),
 ("p-8dec", P, "For eight decades", "eight decades", "duration", 8, 8, "decades", Y, "years fluoridation practiced"),
 ("p-twice", P, "Varnish applied twice a year", "twice", "count", 2, 2, "applications per year", N, "quote"),
 ("p-1945", P, "to fluoridate its water in 1945", "1945", "date", 1945, 1945, "year", Y, "first us fluoridation (grand rapids)"),
 ("p-07", P, "level of 0.7 milligrams per liter", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, Y, "current recommended level"),
 ("p-2016", P, "since 2016", "2016", "date", 2016, 2016, "year", Y, "year current recommendation set"),
 ("p-25", P, "tooth decay by about 25%", "25%", "percent", 25, 25, "%", Y, "cdc cavity reduction figure"),
 ("p-732", P, "73.2% of people served", "73.2%", "percent", 73.2, 73.2, "%", Y, "share of cws population fluoridated (cdc latest)"),
 ("p-70", P, "more than 70% of residents", "70%", "percent", 70, 70, "%", Y, "florida share fluoridated (2024, lower bound)"),
 ("p-2024", P, "fluoridated water as of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-50c", P, "about 50 cents per person", "50 cents", "money", 0.5, 0.5, "USD", Y, "cost per person per year, large communities"),
 ("p-3", P, "about $3 per person", "$3", "money", 3, 3, "USD", Y, "cost per person per year, small communities"),
 ("p-1", P, "every $1 invested", "$1", "money", 1, 1, "USD", N, "roi denominator"),
 ("p-38", P, "saves about $38", "$38", "money", 38, 38, "USD", Y, "savings per $1 invested"),
 ("p-aug", P, "school year in August", "August", "date", 2025, 2025, "year", N, "consent forms timing"),
 ("p-10min", P, "about 10 minutes per child", "10 minutes", "duration", 10, 10, "minutes", Y, "screening time"),
 ("p-35", P, "Foundation's 35 partner clinics", "35", "count", 35, 35, "clinics", Y, "partner clinics"),
 ("p-25m", P, "a $2.5 million grant", "$2.5 million", "money", 2500000, 2500000, "USD", Y, "endowment grant"),
 ("p-17m", P, "$1.7 million in contributions", "$1.7 million", "money", 1700000, 1700000, "USD", Y, "outside contributions"),
 ("p-firstyr", P, "publish first-year results", "first-year", "duration", 1, 1, "years", N, "results period"),
 ("p-fall26", P, "in the fall of 2026", "2026", "date", 2026, 2026, "year", Y, "results expected"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-600k", P, "more than 600,000 patients", "600,000", "count", 600000, 600000, "patients", N, "about section"),

 # ---- FL03 abstract (2025-04-22)
 ("a-pub", A, "Published online 22 April 2025", "22 April 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "after the 2024 NTP monograph", "2024", "date", 2024, 2024, "year", N, "title"),
 ("a-2015", A, "Background: Since 2015 the", "2015", "date", 2015, 2015, "year", Y, "year current recommendation set"),
 ("a-single", A, "recommended a single fluoride", "single", "count", 1, 1, "values", N, "definitional"),
 ("a-07", A, "concentration of 0.7 mg/L for", "0.7 mg/L", "dose", 0.7, 0.7, MGL, Y, "current recommended level"),
 ("a-0712", A, "replacing the 0.7–1.2 mg/L range", "0.7–1.2 mg/L", "dose", 0.7, 1.2, MGL, Y, "pre-2015 recommended range"),
 ("a-1962", A, "range set in 1962", "1962", "date", 1962, 1962, "year", Y, "year old range set"),
 ("a-aug24", A, "In August 2024 the National", "August 2024", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("a-15", A, "exposures above 1.5 mg/L, the World", "1.5 mg/L", "dose", 1.5, 1.5, MGL, Y, "ntp iq threshold (= who guideline)"),
 ("a-sep24", A, "In September 2024 a federal", "September 2024", "date", 2024, 2024, "year", Y, "court ruling date"),
 ("a-mar25", A, "in March 2025 Utah", "March 2025", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("a-m2022", A, "(2022 data year)", "2022", "date", 2022, 2022, "year", N, "data year"),
 ("a-m2020", A, "(April 2020 data)", "April 2020", "date", 2020, 2020, "year", N, "data year"),
 ("a-m2025", A, "the 2025 NTP-led", "2025", "date", 2025, 2025, "year", Y, "meta-analysis publication year"),
 ("a-m2015", A, "the 2015 Cochrane review", "2015", "date", 2015, 2015, "year", Y, "cochrane review year"),
 ("a-m2024", A, "to the 2024 Census Bureau", "2024", "date", 2024, 2024, "year", N, "census estimate year"),
 ("a-r2022", A, "Results: In 2022, 72.3%", "2022", "date", 2022, 2022, "year", N, "data year"),
 ("a-723", A, "72.3% of the population served", "72.3%", "percent", 72.3, 72.3, "%", Y, "share of cws population fluoridated (2022)"),
 ("a-209", A, "about 209 million people", "209 million", "count", 209000000, 209000000, "people", Y, "people with fluoridated water (2022)"),
 ("a-059", A, "An estimated 0.59% of", "0.59%", "percent", 0.59, 0.59, "%", Y, "us share on natural fluoride >=1.5 mg/L"),
 ("a-19m", A, "approximately 1.9 million people", "1.9 million", "count", 1900000, 1900000, "people", Y, "people on natural fluoride >=1.5 mg/L"),
 ("a-15b", A, "at or above 1.5 mg/L, and", "1.5 mg/L", "dose", 1.5, 1.5, MGL, N, "threshold qualifier"),
 ("a-1m", A, "about 1 million by systems", "1 million", "count", 1000000, 1000000, "people", Y, "people on natural fluoride >=2 mg/L"),
 ("a-2", A, "at or above 2 mg/L. The", "2 mg/L", "dose", 2, 2, MGL, N, "threshold qualifier"),
 ("a-74", A, "N = 74 studies", "74", "count", 74, 74, "studies", Y, "meta-analysis studies"),
 ("a-64", A, "(64 cross-sectional", "64", "count", 64, 64, "studies", Y, "cross-sectional studies"),
 ("a-10", A, "10 prospective cohort", "10", "count", 10, 10, "studies", Y, "cohort studies"),
 ("a-45", A, "China (n=45)", "45", "count", 45, 45, "studies", Y, "studies in china"),
 ("a-12", A, "India (n=12)", "12", "count", 12, 12, "studies", Y, "studies in india"),
 ("a-52", A, "52 were rated at high", "52", "count", 52, 52, "studies", Y, "high risk of bias studies"),
 ("a-22", A, "and 22 at low risk", "22", "count", 22, 22, "studies", Y, "low risk of bias studies"),
 ("a-smd", A, "pooled SMD was −0.45", "−0.45", "score", -0.45, -0.45, "SMD", Y, "pooled smd iq high vs low exposure"),
 ("a-smdci", A, "(95% CI −0.57 to −0.33", "−0.57 to −0.33", "score", -0.57, -0.33, "SMD", Y, "ci"),
 ("a-p1", A, "−0.33; P<.001", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-1mgl", A, "Each 1 mg/L increase", "1 mg/L", "dose", 1, 1, MGL, N, "definitional"),
 ("a-163", A, "IQ score 1.63 points lower", "1.63 points", "score", 1.63, 1.63, "points", Y, "iq decrease per 1 mg/L urinary fluoride"),
 ("a-163ci", A, "(95% CI −2.33 to −0.93", "−2.33 to −0.93", "score", -2.33, -0.93, "points", Y, "ci"),
 ("a-p2", A, "−0.93; P<.001", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-15c", A, "groups below 1.5 mg/L", "1.5 mg/L", "dose", 1.5, 1.5, MGL, N, "subgroup qualifier"),
 ("a-35", A, "with a 35% reduction", "35%", "percent", 35, 35, "%", Y, "cochrane dmft reduction, primary teeth"),
 ("a-26", A, "and a 26% reduction", "26%", "percent", 26, 26, "%", Y, "cochrane DMFT reduction, permanent teeth"),
 ("a-14", A, "increases of 14% and", "14%", "percent", 14, 14, "%", Y, "cochrane caries-free increase, primary teeth"),
 ("a-15p", A, "14% and 15% in the proportion", "15%", "percent", 15, 15, "%", Y, "cochrane caries-free increase, permanent teeth"),
 ("a-70", A, "about 70% of the included", "70%", "percent", 70, 70, "%", Y, "cochrane studies predating 1975"),
 ("a-1975", A, "studies predated 1975", "1975", "date", 1975, 1975, "year", N, "cutoff year"),
 ("a-52u", A, "the ban, 52% of Utah", "52%", "percent", 52, 52, "%", Y, "utah share fluoridated pre-ban"),
 ("a-18m", A, "about 1.8 million people", "1.8 million", "count", 1800000, 1800000, "people", Y, "utahns losing fluoridation (computed)"),
 ("a-twice", A, "at least twice the U.S.", "twice", "ratio", 2, 2, "x", N, "threshold vs recommended"),
 ("a-50y", A, "older than 50 years", "50 years", "duration", 50, 50, "years", N, "age of benefit evidence"),
 ("a-07c", A, "risk at 0.7 mg/L", "0.7 mg/L", "dose", 0.7, 0.7, MGL, N, "repeat"),

 # ---- FL04 explainer (2025-07-08)
 ("e-upd", E, "Updated July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "Two states have now", "Two", "count", 2, 2, "states", Y, "states with statewide bans"),
 ("e-70y", E, "States for 70 years", "70 years", "duration", 70, 70, "years", Y, "years fluoridation practiced"),
 ("e-1945", E, "to add it, in 1945", "1945", "date", 1945, 1945, "year", Y, "first us fluoridation (grand rapids)"),
 ("e-2015", E, "Since 2015 the federal", "2015", "date", 2015, 2015, "year", Y, "year current recommendation set"),
 ("e-07", E, "has been 0.7 milligrams per liter", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, Y, "current recommended level"),
 ("e-three", E, "roughly three drops", "three", "count", 3, 3, "drops", N, "illustration"),
 ("e-55", E, "a 55-gallon barrel", "55-gallon", "volume", 55, 55, "gallons", N, "illustration"),
 ("e-4", E, "enforceable limit of 4 milligrams per liter", "4 milligrams per liter", "dose", 4, 4, MGL, Y, "epa enforceable limit"),
 ("e-2", E, "secondary standard of 2 milligrams per liter", "2 milligrams per liter", "dose", 2, 2, MGL, Y, "epa secondary standard"),
 ("e-723", E, "72.3% of Americans", "72.3%", "percent", 72.3, 72.3, "%", Y, "share of cws population fluoridated (cdc latest)"),
 ("e-209", E, "about 209 million people", "209 million", "count", 209000000, 209000000, "people", Y, "people with fluoridated water"),
 ("e-52", E, "52% of Utah residents", "52%", "percent", 52, 52, "%", Y, "utah share fluoridated pre-ban"),
 ("e-70p", E, "share was more than 70%", "70%", "percent", 70, 70, "%", Y, "florida share fluoridated (lower bound)"),
 ("e-25", E, "reduces tooth decay by about 25%", "25%", "percent", 25, 25, "%", Y, "cdc cavity reduction figure"),
 ("e-2015c", E, "A 2015 Cochrane review", "2015", "date", 2015, 2015, "year", Y, "cochrane review year"),
 ("e-35", E, "baby teeth by 35%", "35%", "percent", 35, 35, "%", Y, "cochrane dmft reduction, primary teeth"),
 ("e-26", E, "permanent teeth by 26%", "26%", "percent", 26, 26, "%", Y, "cochrane DMFT reduction, permanent teeth"),
 ("e-15", E, "no cavities by 15%", "15%", "percent", 15, 15, "%", Y, "cochrane caries-free increase, primary teeth"),
 ("e-14", E, "and 14% (permanent", "14%", "percent", 14, 14, "%", Y, "cochrane caries-free increase, permanent teeth"),
 ("e-50c", E, "about 50 cents per person", "50 cents", "money", 0.5, 0.5, "USD", Y, "cost per person per year, large communities"),
 ("e-3", E, "about $3 per person", "$3", "money", 3, 3, "USD", Y, "cost per person per year, small communities"),
 ("e-1", E, "every $1 spent", "$1", "money", 1, 1, "USD", N, "roi denominator"),
 ("e-83", E, "saves about $83", "$83", "money", 83, 83, "USD", Y, "savings per $1 invested"),
 ("e-aug24", E, "In August 2024 the National", "August 2024", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("e-15d", E, "levels above 1.5 milligrams per liter", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, Y, "ntp iq threshold"),
 ("e-double", E, "more than double the", "double", "ratio", 2, 2, "x", N, "threshold vs recommended"),
 ("e-19m", E, "About 1.9 million Americans", "1.9 million", "count", 1900000, 1900000, "people", Y, "people on natural fluoride >=1.5 mg/L"),
 ("e-07b", E, "whether 0.7 milligrams per liter affects", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, N, "repeat"),
 ("e-jan25", E, "published in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "meta-analysis publication"),
 ("e-163", E, "about 1.63 points lower", "1.63 points", "score", 1.63, 1.63, "points", Y, "iq decrease per 1 mg/L urinary fluoride"),
 ("e-sep23", E, "In September 2023, U.S.", "September 2023", "date", 2023, 2023, "year", Y, "court ruling date"),
 ("e-07c", E, "fluoridation at 0.7 milligrams per liter poses", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, N, "repeat"),
 ("e-7yr", E, "a seven-year lawsuit", "seven-year", "duration", 7, 7, "years", Y, "length of lawsuit"),
 ("e-ufor", E, "ban 18-8 in February", "18", "count", 18, 18, "votes", Y, "utah senate final votes for"),
 ("e-uagn", E, "-8 in February", "8", "count", 8, 8, "votes", Y, "utah senate final votes against"),
 ("e-feb", E, "18-8 in February", "February", "date", 2025, 2025, "year", N, "utah senate vote date"),
 ("e-march", E, "Cox signed it in March", "March", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("e-may7", E, "fluoride by May 7", "May 7", "date", 2025, 2025, "year", Y, "utah deadline"),
 ("e-sfor", E, "Senate voted 27-9", "27", "count", 27, 27, "votes", Y, "florida senate votes for"),
 ("e-sagn", E, "voted 27-9 and", "9", "count", 9, 9, "votes", Y, "florida senate votes against"),
 ("e-hfor", E, "its House 88-27", "88", "count", 88, 88, "votes", Y, "florida house votes for"),
 ("e-hagn", E, "88-27; Gov.", "27", "count", 27, 27, "votes", Y, "florida house votes against"),
 ("e-may15", E, "the bill on May 15", "May 15", "date", 2025, 2025, "year", Y, "florida ban signing date"),
 ("e-jul1", E, "took effect July 1", "July 1", "date", 2025, 2025, "year", Y, "florida ban effective date"),
 ("e-april", E, "In April, Health Secretary", "April", "date", 2025, 2025, "year", Y, "kennedy cdc announcement date"),
 ("e-under3", E, "for children under 3", "3", "age", 3, 3, "years", N, "toothpaste age cut-off"),
 ("e-age3", E, "from age 3)", "3", "age", 3, 3, "years", N, "toothpaste age cut-off"),

 # ---- FL05 blog (2025-08-19)
 ("b-date", B, "August 19, 2025", "August 19, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-cap2", B, "the work in two states", "two", "count", 2, 2, "states", N, "image caption"),
 ("b-summer", B, "as I have this summer", "this summer", "date", 2025, 2025, "year", N, "aside"),
 ("b-19y", B, "dentist for 19 years", "19 years", "duration", 19, 19, "years", N, "author aside"),
 ("b-ufor", B, "state Senate 18-6", "18", "count", 18, 18, "votes", Y, "utah senate final votes for"),
 ("b-uagn", B, "18-6 in February", "6", "count", 6, 6, "votes", Y, "utah senate final votes against"),
 ("b-feb", B, "18-6 in February", "February", "date", 2025, 2025, "year", N, "utah senate vote date"),
 ("b-march", B, "Cox signed it in March", "March", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("b-may24", B, "ban in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "florida ban signing date"),
 ("b-jul1", B, "had to stop on July 1", "July 1", "date", 2025, 2025, "year", N, "florida ban effective date"),
 ("b-63", B, "about 63% of Americans", "63%", "percent", 63, 63, "%", Y, "share of total us population fluoridated"),
 ("b-1", B, "as little as $1 per person", "$1", "money", 1, 1, "USD", Y, "cost per person per year (low end)"),
 ("b-lastyr", B, "reviewed the research last year", "last year", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("b-15", B, "fluoride above 1.5 milligrams per liter is linked", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, Y, "ntp iq threshold"),
 ("b-47", B, "meta-analysis of 47 studies", "47", "count", 47, 47, "studies", Y, "meta-analysis studies"),
 ("b-jan", B, "JAMA Pediatrics in January", "January", "date", 2025, 2025, "year", Y, "meta-analysis publication"),
 ("b-15b", B, "water below 1.5 milligrams per liter", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, N, "subgroup qualifier"),
 ("b-0712", B, "called for 0.7 to 1.2 milligrams per liter", "0.7 to 1.2 milligrams per liter", "dose", 0.7, 1.2, MGL, Y, "current recommended level"),
 ("b-cap07", B, "levels: 0.7 mg/L recommended", "0.7 mg/L", "dose", 0.7, 0.7, MGL, N, "image caption"),
 ("b-cap15", B, "1.5 mg/L NTP threshold", "1.5 mg/L", "dose", 1.5, 1.5, MGL, N, "image caption"),
 ("b-cap4", B, "4 mg/L EPA limit", "4 mg/L", "dose", 4, 4, MGL, N, "image caption"),
 ("b-twiceday", B, "brushing twice a day", "twice", "count", 2, 2, "per day", N, "advice"),
 ("b-under3", B, "For kids under 3", "3", "age", 3, 3, "years", N, "toothpaste age cut-off"),
 ("b-3to6", B, "from 3 to 6, a pea", "3 to 6", "age", 3, 6, "years", N, "toothpaste age band"),
 ("b-2min", B, "about two minutes", "two minutes", "duration", 2, 2, "minutes", N, "varnish time"),
 ("b-2to4", B, "two to four times a year", "two to four", "count", 2, 4, "applications per year", N, "varnish coverage frequency"),
 ("b-one", B, "That is one anecdote", "one", "count", 1, 1, "anecdotes", N, "aside"),
 ("b-5y", B, "over the next five years", "five years", "duration", 5, 5, "years", N, "tracking period wished"),
 ("b-oneemail", B, "One short email", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- FL06 local (2025-05-08, hard-wrapped)
 ("l-thisweek", L, "feed lines this week", "this week", "date", 2025, 2025, "year", N, "shutoff timing"),
 ("l-quarter", L, "a quarter century ago", "a quarter century", "duration", 25, 25, "years", N, "davis fluoridation age"),
 ("l-mar27", L, "signed on March 27", "March 27", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("l-wed", L, "stop adding fluoride by Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "utah deadline"),
 ("l-two", L, "Only two counties", "two", "count", 2, 2, "counties", Y, "utah counties fluoridating"),
 ("l-15m", L, "about 1.5 million residents", "1.5 million", "count", 1500000, 1500000, "people", Y, "residents served by utah fluoridating systems"),
 ("l-2000", L, "fluoridation around 2000", "2000", "date", 2000, 2000, "year", Y, "salt lake/davis voter approval"),
 ("l-2", L, "only 2% of Utahns", "2%", "percent", 2, 2, "%", Y, "utah share fluoridated pre-2000"),
 ("l-thisyr", L, "by this year the figure", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-52", L, "the figure was 52%", "52%", "percent", 52, 52, "%", Y, "utah share fluoridated pre-ban"),
 ("l-hc10", L, "advanced it 10-3", "10", "count", 10, 10, "votes", Y, "utah house committee votes for"),
 ("l-hc3", L, "10-3 in January", "3", "count", 3, 3, "votes", Y, "utah house committee votes against"),
 ("l-jan", L, "10-3 in January", "January", "date", 2025, 2025, "year", N, "committee vote date"),
 ("l-sc5", L, "floor 5-1", "5", "count", 5, 5, "votes", Y, "utah senate committee votes for"),
 ("l-sc1", L, "5-1 in February", "1", "count", 1, 1, "votes", Y, "utah senate committee votes against"),
 ("l-feb", L, "5-1 in February", "February", "date", 2025, 2025, "year", N, "committee vote date"),
 ("l-sf18", L, "final approval 18-8", "18", "count", 18, 18, "votes", Y, "utah senate final votes for"),
 ("l-sf8", L, "-8 on Feb. 21", "8", "count", 8, 8, "votes", Y, "utah senate final votes against"),
 ("l-feb21", L, "on Feb. 21", "Feb. 21", "date", 2025, 2025, "year", Y, "utah senate final vote date"),
 ("l-one", L, "One retired Kaysville dentist", "One", "count", 1, 1, "dentists", N, "aside"),
 ("l-43", L, "practiced for 43 years", "43 years", "duration", 43, 43, "years", N, "quote detail"),
 ("l-4", L, "come in with 4, 6", "4", "count", 4, 4, "cavities", N, "quote detail"),
 ("l-6", L, "4, 6 or 10", "6", "count", 6, 6, "cavities", N, "quote detail"),
 ("l-10", L, "6 or 10 cavities", "10", "count", 10, 10, "cavities", N, "quote detail"),
 ("l-year", L, "within a year after", "a year", "duration", 1, 1, "years", N, "quote detail"),
 ("l-25", L, "tooth decay by about 25%", "25%", "percent", 25, 25, "%", Y, "cdc cavity reduction figure"),
 ("l-50c", L, "about 50 cents per person", "50 cents", "money", 0.5, 0.5, "USD", Y, "cost per person per year, large communities"),
 ("l-5", L, "up to about $5 per person", "$5", "money", 5, 5, "USD", Y, "cost per person per year, small communities"),
 ("l-1", L, "every $1 spent", "$1", "money", 1, 1, "USD", N, "roi denominator"),
 ("l-38", L, "saves about $38", "$38", "money", 38, 38, "USD", Y, "savings per $1 invested"),
 ("l-lastaug", L, "released last August", "last August", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("l-2mg", L, "fluoride above 2 milligrams per liter", "2 milligrams per liter", "dose", 2, 2, MGL, Y, "ntp iq threshold"),
 ("l-1954", L, "Michigan, in 1954", "1954", "date", 1954, 1954, "year", Y, "first us fluoridation (grand rapids)"),
 ("l-1970s", L, "at least the 1970s", "1970s", "date", 1970, 1979, "year", N, "utah debate start"),
 ("l-lastmo", L, "Salt Lake City last month", "last month", "date", 2025, 2025, "year", Y, "kennedy/zeldin visit"),
 ("l-three", L, "hold three free fluoride", "three", "count", 3, 3, "clinics", Y, "varnish clinics planned"),
 ("l-june", L, "for children in June", "June", "date", 2025, 2025, "year", N, "clinic timing"),

 # ---- FL07 fact-check (2025-04-10)
 ("f-date", F, "April 10, 2025", "April 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-post7", F, "lowers kids' IQ by 7 points", "7 points", "score", 7, 7, "points", N, "post claim (attributed)"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-monday", F, "times since Monday", "Monday", "date", 2025, 2025, "year", N, "post timing"),
 ("f-twice", F, "at least twice as high", "twice", "ratio", 2, 2, "x", N, "threshold vs recommended"),
 ("f-7pt", F, "the 7-point figure comes", "7-point", "score", 7, 7, "points", N, "post claim repeat"),
 ("f-aug24", F, "Human Services, in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "ntp monograph date"),
 ("f-15", F, "exposures above 1.5 milligrams per liter are", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, Y, "ntp iq threshold (= who guideline)"),
 ("f-2015", F, "Since 2015, U.S. health", "2015", "date", 2015, 2015, "year", Y, "year current recommendation set"),
 ("f-07", F, "aim for 0.7 milligrams per liter", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, Y, "current recommended level"),
 ("f-half", F, "less than half the level", "half", "ratio", 0.5, 0.5, "x", N, "recommended vs threshold"),
 ("f-07b", F, "whether fluoride at 0.7 affects", "0.7", "dose", 0.7, 0.7, MGL, N, "repeat"),
 ("f-15b", F, "drink water above 1.5 milligrams per liter, but", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, N, "threshold qualifier"),
 ("f-1m", F, "about 1 million people are served", "1 million", "count", 1000000, 1000000, "people", Y, "people on natural fluoride >=1.5 mg/L"),
 ("f-7q", F, "Where does \"7 points\"", "7 points", "score", 7, 7, "points", N, "post claim repeat"),
 ("f-jan", F, "In January, the program's", "January", "date", 2025, 2025, "year", Y, "meta-analysis publication"),
 ("f-74", F, "meta-analysis of 74 studies", "74", "count", 74, 74, "studies", Y, "meta-analysis studies"),
 ("f-7c", F, "roughly 7 IQ points", "7 IQ points", "score", 7, 7, "points", N, "commentators' conversion of smd"),
 ("f-15c", F, "levels below 1.5 milligrams per liter, the", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, N, "subgroup qualifier"),
 ("f-sep24", F, "On Sept. 24, 2024, U.S.", "Sept. 24, 2024", "date", 2024, 2024, "year", Y, "court ruling date"),
 ("f-07c", F, "fluoridation at 0.7 milligrams per liter presents", "0.7 milligrams per liter", "dose", 0.7, 0.7, MGL, N, "repeat"),
 ("f-8yr", F, "an eight-year legal battle", "eight-year", "duration", 8, 8, "years", Y, "length of lawsuit"),
 ("f-4", F, "remains 4 milligrams per liter", "4 milligrams per liter", "dose", 4, 4, MGL, Y, "epa enforceable limit"),
 ("f-monday2", F, "On Monday, EPA Administrator", "Monday", "date", 2025, 2025, "year", Y, "epa review / kennedy announcement date"),
 ("f-25", F, "about 25% of residents", "25%", "percent", 25, 25, "%", Y, "utah share fluoridated pre-ban"),
 ("f-lastmo", F, "residents had fluoridated water, last month", "last month", "date", 2025, 2025, "year", Y, "utah ban signing date"),
 ("f-r7", F, "children's IQ by 7 points", "7 points", "score", 7, 7, "points", N, "ruling: post claim repeat"),
 ("f-r15", F, "fluoride above 1.5 milligrams per liter, more", "1.5 milligrams per liter", "dose", 1.5, 1.5, MGL, N, "ruling repeat"),
 ("f-rtwice", F, "more than twice the U.S.", "twice", "ratio", 2, 2, "x", N, "ruling repeat"),
 ("f-r07", F, "evidence at 0.7 was", "0.7", "dose", 0.7, 0.7, MGL, N, "ruling repeat"),
 ("f-r7pt", F, "The 7-point figure reflects", "7-point", "score", 7, 7, "points", N, "ruling repeat"),
 ("f-s1", F, "monograph, August 2024;", "August 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "Pediatrics, January 2025;", "January 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "N.D. Cal., Sept. 24, 2024;", "Sept. 24, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s4", F, "EPA statement, April 7, 2025", "April 7, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s5", F, "HHS statement, April 7, 2025", "April 7, 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Utah Senate final vote: 18-8 vs 18-6 (against differs)
 ("b-uagn", "e-uagn", S), ("b-uagn", "l-sf8", S),
 # S2 Florida House vote: 88-27 vs 82-27 (for differs)
 ("p-hfor", "w-hfor", S), ("p-hfor", "e-hfor", S),
 # S3 court ruling year 2024 vs 2023
 ("e-sep23", "w-lastsep", S), ("e-sep23", "a-sep24", S), ("e-sep23", "f-sep24", S),
 # S4 Florida signing year 2025 vs 2024
 ("b-may24", "w-thu", S), ("b-may24", "p-may15", S), ("b-may24", "e-may15", S),
 # S5 year current 0.7 recommendation set: 2015 vs 2016
 ("p-2016", "w-2015", S), ("p-2016", "a-2015", S), ("p-2016", "e-2015", S), ("p-2016", "f-2015", S),
 # S6 Grand Rapids first fluoridation: 1945 vs 1954
 ("l-1954", "w-1945", S), ("l-1954", "p-1945", S), ("l-1954", "e-1945", S),
 # S7 NTP IQ threshold: 1.5 vs 2 mg/L
 ("l-2mg", "w-15", S), ("l-2mg", "a-15", S), ("l-2mg", "e-15d", S), ("l-2mg", "b-15", S), ("l-2mg", "f-15", S),
 # S8 EPA enforceable limit: 4 vs 2 mg/L
 ("w-2", "e-4", S), ("w-2", "f-4", S),
 # S9 current recommended level: 0.7 vs "0.7 to 1.2"
 ("b-0712", "w-07", S), ("b-0712", "p-07", S), ("b-0712", "a-07", S), ("b-0712", "e-07", S), ("b-0712", "f-07", S),
 # S10 Utah share fluoridated before the ban: 52% vs 25%
 ("f-25", "a-52u", S), ("f-25", "e-52", S), ("f-25", "l-52", S),
 # S11 share of CWS population fluoridated: 72.3% vs 73.2%
 ("p-732", "a-723", S), ("p-732", "e-723", S),
 # S12 people on natural fluoride >= 1.5 mg/L: 1.9 million vs 1 million
 ("f-1m", "a-19m", S), ("f-1m", "e-19m", S),
 # S13 CDC cavity-reduction figure: 25% vs 35%
 ("w-35", "p-25", S), ("w-35", "e-25", S), ("w-35", "l-25", S),
 # S14 savings per $1: $38 vs $83
 ("e-83", "p-38", S), ("e-83", "l-38", S),
 # S15 small-community cost per person: $3 vs $5
 ("l-5", "p-3", S), ("l-5", "e-3", S),
 # S16 studies in the JAMA Pediatrics meta-analysis: 74 vs 47
 ("b-47", "a-74", S), ("b-47", "f-74", S),
 # S17 how long the US has fluoridated: eight decades vs 70 years
 ("e-70y", "p-8dec", S),
 # S18 Cochrane caries-free increases swapped between dentitions
 ("a-14", "e-15", S), ("a-15p", "e-14", S),
 # Qualified
 ("e-7yr", "f-8yr", Q),                                   # lawsuit length counted from 2017 suit vs 2016 petition
 ("b-63", "a-723", Q), ("b-63", "e-723", Q), ("b-63", "p-732", Q),   # total population vs CWS population denominators
 ("b-1", "p-50c", Q), ("b-1", "e-50c", Q), ("b-1", "l-50c", Q),      # Pew "as little as $1" vs CDC/ADA 50 cents
 ("w-80", "e-70y", Q),                                    # "studied for more than 80 years" (quote) vs practiced 70 years
 ("b-cap4", "w-2", Q),                                    # optional caption vs wrong EPA limit
 ("b-cap15", "l-2mg", Q),                                 # optional caption vs wrong NTP threshold
 ("a-18m", "l-15m", Q),                                   # Utahns on fluoridated systems: 52% x 2024 census vs UDA's Salt Lake+Davis residents
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
        rows.append({"type": "claim", "id": f"fl-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"fl-{a}", f"fl-{b}"
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
