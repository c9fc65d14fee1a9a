#!/usr/bin/env python3
"""Build red-dye-3.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "red-dye-3")
OUT = os.path.join(HERE, "red-dye-3.gold.jsonl")
T = "red-dye-3"

W, P, A, E, B, L, F = ("RD01_wire.txt", "RD02_press.txt", "RD03_abstract.txt",
                       "RD04_explainer.txt", "RD05_blog.txt", "RD06_local.txt", "RD07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- RD01 wire (2025-01-15, a Wednesday)
 ("w-dl", W, "WASHINGTON, Jan 15 (Capitol", "Jan 15", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "regulators on Wednesday revoked", "Wednesday", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("w-35", W, "nearly 35 years after the agency", "35 years", "duration", 35, 35, "years", Y, "time since cosmetics ban"),
 ("w-2022", W, "granting a 2022 color additive", "2022", "date", 2022, 2022, "year", Y, "petition year"),
 ("w-food", W, "until January 15, 2027, to reformulate", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("w-drug", W, "will have until January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("w-thu", W, "Federal Register on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "federal register publication date"),
 ("w-feb18", W, "filed until Feb. 18", "Feb. 18", "date", 2025, 2025, "year", Y, "objection deadline"),
 ("w-24", W, "backed by two dozen advocacy", "two dozen", "count", 24, 24, "groups", Y, "petition backers"),
 ("w-1980s", W, "itself in the 1980s", "1980s", "date", 1980, 1989, "year", N, "industry studies decade"),
 ("w-4pct", W, "a diet containing 4% Red No. 3", "4%", "percent", 4, 4, "%", Y, "dietary level, male rats with tumors"),
 ("w-2more", W, "takes two more years", "two more years", "duration", 2, 2, "years", N, "quote"),
 ("w-60x", W, "at least 60-fold higher", "60-fold", "ratio", 60, 60, "x", Y, "industry: rat effect dose vs human no-effect level"),
 ("w-1907", W, "use in food in 1907", "1907", "date", 1907, 1907, "year", Y, "first food approval"),
 ("w-1969", W, "ingested drugs in 1969", "1969", "date", 1969, 1969, "year", Y, "permanent listing"),
 ("w-1990", W, "externally applied drugs in 1990", "1990", "date", 1990, 1990, "year", Y, "cosmetics ban year"),
 ("w-3000", W, "labels of nearly 3,000 brand-name", "3,000", "count", 3000, 3000, "products", Y, "products listing red 3 (brand-name)"),
 ("w-ca2023", W, "ban the dye in 2023, when", "2023", "date", 2023, 2023, "year", Y, "california law signed"),
 ("w-three", W, "it and three other additives", "three", "count", 3, 3, "additives", Y, "other additives in ca law"),
 ("w-ca27", W, "in the state from January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("w-10k", W, "fines of up to $10,000 for a first", "$10,000", "money", 10000, 10000, "USD", Y, "ca fine, first violation"),
 ("w-nine", W, "revocation leaves nine synthetic", "nine", "count", 9, 9, "colors", Y, "certified colors remaining after revocation"),
 ("w-lastmo", W, "told senators last month", "last month", "date", 2024, 2024, "year", N, "fda testimony (dec 2024)"),
 ("w-5d", W, "decision lands five days before", "five days", "duration", 5, 5, "days", N, "aside, to inauguration"),
 ("w-mon", W, "takes office on Monday", "Monday", "date", 2025, 2025, "year", N, "inauguration date"),
 ("w-24mo", W, "the 24-month gap", "24-month", "duration", 24, 24, "months", Y, "time to food deadline"),

 # ---- RD02 press release (2025-05-06)
 ("p-h24", P, "Announces $24 Million Expansion", "$24 Million", "money", 24000000, 24000000, "USD", N, "headline repeat"),
 ("p-htwo", P, "Two-phase investment will", "Two", "count", 2, 2, "phases", N, "subtitle"),
 ("p-h4500", P, "vegetable-based reds to 4,500 metric tons", "4,500 metric tons", "weight", 4500, 4500, "metric tons", N, "subtitle repeat"),
 ("p-dl", P, "Wis., May 6, 2025", "May 6, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-24m", P, "announced a $24 million, two-phase", "$24 million", "money", 24000000, 24000000, "USD", Y, "larkspur expansion total"),
 ("p-two", P, "$24 million, two-phase expansion", "two", "count", 2, 2, "phases", N, "phases"),
 ("p-9m", P, "a $9 million investment", "$9 million", "money", 9000000, 9000000, "USD", Y, "larkspur phase one"),
 ("p-q126", P, "first quarter of 2026", "2026", "date", 2026, 2026, "year", Y, "phase one online"),
 ("p-15m", P, "valued at $15 million", "$15 million", "money", 15000000, 15000000, "USD", Y, "larkspur phase two"),
 ("p-mid27", P, "by mid-2027", "mid-2027", "date", 2027, 2027, "year", Y, "phase two complete"),
 ("p-1800", P, "from 1,800 metric tons", "1,800 metric tons", "weight", 1800, 1800, "metric tons", Y, "current annual output"),
 ("p-4500", P, "1,800 metric tons to 4,500 metric tons", "4,500 metric tons", "weight", 4500, 4500, "metric tons", Y, "planned annual output"),
 ("p-60", P, "add about 60 jobs", "60", "count", 60, 60, "jobs", Y, "new jobs"),
 ("p-jan15", P, "Administration's January 15 order", "January 15", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("p-2023", P, "responded to a 2023 petition", "2023", "date", 2023, 2023, "year", Y, "petition year (fda docket year)"),
 ("p-food", P, "stop using the dye by January 15, 2027", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("p-drug", P, "drug manufacturers by January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("p-apr22", P, "On April 22, federal", "April 22", "date", 2025, 2025, "year", Y, "hhs announcement"),
 ("p-six", P, "phase out six other petroleum", "six", "count", 6, 6, "dyes", Y, "other dyes to phase out"),
 ("p-nextyr", P, "by the end of next year", "end of next year", "date", 2026, 2026, "year", Y, "hhs target for six dyes"),
 ("p-four", P, "Red No. 3 and four other additives", "four", "count", 4, 4, "additives", Y, "other additives in ca law"),
 ("p-ca25", P, "starting January 1, 2025", "January 1, 2025", "date", 2025, 2025, "year", Y, "california effective date"),
 ("p-single", P, "for a single state", "single", "count", 1, 1, "states", N, "aside"),
 ("p-quarter", P, "lipstick a quarter-century ago", "a quarter-century", "duration", 25, 25, "years", Y, "time since cosmetics ban"),
 ("p-2yr", P, "the two-year rat studies", "two-year", "duration", 2, 2, "years", Y, "rat study length"),
 ("p-jan", P, "Since January, Larkspur", "January", "date", 2025, 2025, "year", N, "period start"),
 ("p-140", P, "more than 140 reformulation", "140", "count", 140, 140, "projects", Y, "reformulation projects 2025 ytd"),
 ("p-38", P, "compared with 38 in all", "38", "count", 38, 38, "projects", Y, "reformulation projects 2024"),
 ("p-2024a", P, "38 in all of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-3to10", P, "cost three to ten times more", "three to ten times", "ratio", 3, 10, "x", Y, "natural vs synthetic cost"),
 ("p-double", P, "to roughly double in 2026", "double", "ratio", 2, 2, "x", Y, "revenue forecast"),
 ("p-2026b", P, "double in 2026 compared", "2026", "date", 2026, 2026, "year", N, "forecast year"),
 ("p-2024b", P, "compared with 2024.", "2024", "date", 2024, 2024, "year", N, "base year"),
 ("p-6to8", P, "take six to eight weeks", "six to eight weeks", "duration", 6, 8, "weeks", Y, "customer trial length"),
 ("p-1986", P, "Founded in 1986", "1986", "date", 1986, 1986, "year", N, "about section"),
 ("p-310", P, "employs about 310 people", "310", "count", 310, 310, "employees", N, "about section"),
 ("p-3st", P, "plants in three states", "three", "count", 3, 3, "states", N, "about section"),
 ("p-30c", P, "more than 30 countries", "30", "count", 30, 30, "countries", N, "about section"),

 # ---- RD03 abstract (2025-06-10)
 ("a-pub", A, "Published online 10 June 2025", "10 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-15jan", A, "On 15 January 2025 the US", "15 January 2025", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("a-oct22", A, "submitted in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "petition submitted"),
 ("a-1960", A, "the 1960 Color Additive", "1960", "date", 1960, 1960, "year", Y, "delaney clause enacted"),
 ("a-food", A, "are 15 January 2027 for foods", "15 January 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("a-drug", A, "and 18 January 2028 for ingested", "18 January 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("a-ca27", A, "in the state from 1 January 2027", "1 January 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("a-22apr", A, "On 22 April 2025 federal", "22 April 2025", "date", 2025, 2025, "year", Y, "hhs announcement"),
 ("a-six", A, "eliminate six other synthetic", "six", "count", 6, 6, "dyes", Y, "other dyes to phase out"),
 ("a-end27", A, "voluntarily by the end of 2027", "2027", "date", 2027, 2027, "year", Y, "hhs target for six dyes"),
 ("a-40st", A, "stocked in 40 supermarkets", "40", "count", 40, 40, "stores", Y, "audit stores"),
 ("a-4st", A, "discount stores in four states", "four", "count", 4, 4, "states", Y, "audit states"),
 ("a-m-oct24", A, "California) in October 2024", "October 2024", "date", 2024, 2024, "year", N, "audit round 1"),
 ("a-m-apr25", A, "and again in April 2025", "April 2025", "date", 2025, 2025, "year", N, "audit round 2"),
 ("a-r-oct24", A, "Results: In October 2024, 88", "October 2024", "date", 2024, 2024, "year", N, "timepoint"),
 ("a-88", A, "2024, 88 of N", "88", "count", 88, 88, "products", Y, "products listing red 3, 2024"),
 ("a-N", A, "N = 1,212", "1,212", "count", 1212, 1212, "products", Y, "products audited 2024"),
 ("a-73", A, "products (7.3%; 95% CI", "7.3%", "percent", 7.3, 7.3, "%", Y, "share listing red 3, 2024"),
 ("a-73ci", A, "95% CI 5.9–8.9", "5.9–8.9", "percent", 5.9, 8.9, "%", Y, "ci"),
 ("a-r-apr25", A, "in April 2025, 50 of", "April 2025", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-50", A, "2025, 50 of n=", "50", "count", 50, 50, "products", Y, "products listing red 3, 2025"),
 ("a-n", A, "n=1,187", "1,187", "count", 1187, 1187, "products", Y, "products audited 2025"),
 ("a-42", A, "(4.2%; 95% CI", "4.2%", "percent", 4.2, 4.2, "%", Y, "share listing red 3, 2025"),
 ("a-42ci", A, "95% CI 3.2–5.5", "3.2–5.5", "percent", 3.2, 5.5, "%", Y, "ci"),
 ("a-diff", A, "a difference of −3.0 percentage points", "−3.0 percentage points", "percent", -3.0, -3.0, "percentage points", Y, "change in share 2024-2025"),
 ("a-diffci", A, "(95% CI −4.9 to −1.2", "−4.9 to −1.2", "percent", -4.9, -1.2, "percentage points", Y, "ci"),
 ("a-p1", A, "P=0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-61", A, "fell from 61 of 498", "61", "count", 61, 61, "products", Y, "candies listing red 3, 2024"),
 ("a-498", A, "61 of 498", "498", "count", 498, 498, "products", Y, "candies audited 2024"),
 ("a-122", A, "(12.2%; 95% CI", "12.2%", "percent", 12.2, 12.2, "%", Y, "candy share 2024"),
 ("a-122ci", A, "95% CI 9.6–15.4", "9.6–15.4", "percent", 9.6, 15.4, "%", Y, "ci"),
 ("a-37", A, "to 37 of 489", "37", "count", 37, 37, "products", Y, "candies listing red 3, 2025"),
 ("a-489", A, "37 of 489", "489", "count", 489, 489, "products", Y, "candies audited 2025"),
 ("a-76", A, "(7.6%; 95% CI", "7.6%", "percent", 7.6, 7.6, "%", Y, "candy share 2025"),
 ("a-76ci", A, "95% CI 5.5–10.3", "5.5–10.3", "percent", 5.5, 10.3, "%", Y, "ci"),
 ("a-p2", A, "P=0.01)", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-19", A, "accounted for 19 of the 50", "19", "count", 19, 19, "products", Y, "frostings/decorating still listing"),
 ("a-50b", A, "19 of the 50 products", "50", "count", 50, 50, "products", N, "repeat"),
 ("a-in2025", A, "still listing the dye in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-ca-apr25", A, "listed the dye in April 2025", "April 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-60", A, "groups of 60 animals", "60", "count", 60, 60, "rats per sex per group", Y, "in utero (f0) group size"),
 ("a-70", A, "groups of 70 of each sex", "70", "count", 70, 70, "rats per sex per group", Y, "lifetime (f1) group size"),
 ("a-d01", A, "fed 0.1%, 0.5%", "0.1%", "percent", 0.1, 0.1, "%", Y, "dietary level"),
 ("a-d05", A, "0.1%, 0.5%, 1.0%", "0.5%", "percent", 0.5, 0.5, "%", Y, "dietary level"),
 ("a-d10", A, "0.5%, 1.0% or 4.0%", "1.0%", "percent", 1.0, 1.0, "%", Y, "dietary level"),
 ("a-d40", A, "1.0% or 4.0% of the diet", "4.0%", "percent", 4.0, 4.0, "%", Y, "dietary level (high dose)"),
 ("a-30mo", A, "for up to 30 months", "30 months", "duration", 30, 30, "months", Y, "rat study length"),
 ("a-m40", A, "Males at 4.0% (2,464", "4.0%", "percent", 4.0, 4.0, "%", Y, "dietary level, male rats with tumors"),
 ("a-2464", A, "(2,464 mg/kg body weight per day)", "2,464 mg/kg", "dose", 2464, 2464, "mg/kg/day", Y, "male high-dose intake"),
 ("a-92", A, "thyroid weights of 92 mg", "92 mg", "weight", 92, 92, "mg", Y, "male high-dose thyroid weight"),
 ("a-44", A, "versus 44 mg in controls", "44 mg", "weight", 44, 44, "mg", Y, "control thyroid weight"),
 ("a-21x", A, "a 2.1-fold increase", "2.1-fold", "ratio", 2.1, 2.1, "x", Y, "thyroid weight ratio"),
 ("a-f40", A, "Females at 4.0%", "4.0%", "percent", 4.0, 4.0, "%", N, "dietary level, females"),
 ("a-3029", A, "(3,029 mg/kg per day)", "3,029 mg/kg", "dose", 3029, 3029, "mg/kg/day", Y, "female high-dose intake"),
 ("a-p3", A, "(P<0.01)", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-noel-m", A, "were 0.5% of the diet", "0.5%", "percent", 0.5, 0.5, "%", Y, "male noael dietary level"),
 ("a-251", A, "(251 mg/kg per day)", "251 mg/kg", "dose", 251, 251, "mg/kg/day", Y, "male noael"),
 ("a-noel-f", A, "males and 1.0% (641", "1.0%", "percent", 1.0, 1.0, "%", Y, "female noael dietary level"),
 ("a-641", A, "(641 mg/kg per day)", "641 mg/kg", "dose", 641, 641, "mg/kg/day", Y, "female noael"),
 ("a-30men", A, "30 men in three groups", "30", "count", 30, 30, "participants", Y, "human study size"),
 ("a-3grp", A, "men in three groups", "three", "count", 3, 3, "groups", N, "design"),
 ("a-d20", A, "took 20, 60 or 200 mg", "20", "dose", 20, 20, "mg/day", Y, "human study dose"),
 ("a-d60", A, "20, 60 or 200 mg", "60", "dose", 60, 60, "mg/day", Y, "human study dose"),
 ("a-d200", A, "60 or 200 mg a day", "200 mg", "dose", 200, 200, "mg/day", Y, "human study top dose"),
 ("a-2wk", A, "for 2 weeks without", "2 weeks", "duration", 2, 2, "weeks", Y, "human study length"),
 ("a-adi", A, "ADI of 2.5 mg/kg per day", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg/day", Y, "fda adi"),
 ("a-100th", A, "about one hundredth of", "one hundredth", "ratio", 0.01, 0.01, "x", N, "adi vs noael"),
 ("a-3mo", A, "Within three months of", "three months", "duration", 3, 3, "months", Y, "time from revocation to 2nd audit"),
 ("a-2fifths", A, "by about two-fifths", "two-fifths", "percent", 40, 40, "%", Y, "relative decline in share"),
 ("a-1in24", A, "roughly one in 24 labels", "one in 24", "percent", 4.1667, 4.1667, "%", Y, "share listing red 3, 2025"),
 ("a-1000x", A, "roughly a thousand times the ADI", "a thousand times", "ratio", 1000, 1000, "x", Y, "rat tumor dose vs adi"),
 ("a-jan27", A, "the January 2027 deadline", "January 2027", "date", 2027, 2027, "year", N, "food deadline repeat"),

 # ---- RD04 explainer (2025-04-30)
 ("e-upd", E, "Updated April 30, 2025", "April 30, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-century", E, "more than a century", "a century", "duration", 100, 100, "years", N, "aside"),
 ("e-1907", E, "for food in 1907", "1907", "date", 1907, 1907, "year", Y, "first food approval"),
 ("e-1969", E, "ingested drugs in 1969", "1969", "date", 1969, 1969, "year", Y, "permanent listing"),
 ("e-1960", E, "federal food law in 1960", "1960", "date", 1960, 1960, "year", Y, "delaney clause enacted"),
 ("e-oct22", E, "In October 2022 the Center", "October 2022", "date", 2022, 2022, "year", Y, "petition submitted"),
 ("e-jan15", E, "On January 15 the FDA agreed", "January 15", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("e-1980s", E, "studies from the 1980s", "1980s", "date", 1980, 1989, "year", N, "industry studies decade"),
 ("e-04", E, "whose diet was 0.4% Red No. 3", "0.4%", "percent", 0.4, 0.4, "%", Y, "dietary level, male rats with tumors"),
 ("e-2500", E, "ate roughly 2,500 milligrams of dye per kilogram", "2,500 milligrams of dye per kilogram", "dose", 2500, 2500, "mg/kg/day", Y, "male high-dose intake"),
 ("e-70", E, "used 70 rats of each sex", "70", "count", 70, 70, "rats per sex per group", Y, "lifetime group size"),
 ("e-30mo", E, "for up to 30 months", "30 months", "duration", 30, 30, "months", Y, "rat study length"),
 ("e-30men", E, "followed 30 men who", "30", "count", 30, 30, "participants", Y, "human study size"),
 ("e-d20", E, "took 20, 60 or 200", "20", "dose", 20, 20, "mg/day", Y, "human study dose"),
 ("e-d60", E, "20, 60 or 200 milligrams", "60", "dose", 60, 60, "mg/day", Y, "human study dose"),
 ("e-d200", E, "or 200 milligrams a day", "200 milligrams", "dose", 200, 200, "mg/day", Y, "human study top dose"),
 ("e-2wk", E, "a day for two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "human study length"),
 ("e-jecfa", E, "intake of 0.1 milligram per kilogram", "0.1 milligram per kilogram", "dose", 0.1, 0.1, "mg/kg/day", Y, "jecfa adi"),
 ("e-food", E, "have until January 15, 2027, and", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("e-drug", E, "have until January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("e-35", E, "about 35 years ago", "35 years", "duration", 35, 35, "years", Y, "time since cosmetics ban"),
 ("e-oct7", E, "on October 7, 2023", "October 7, 2023", "date", 2023, 2023, "year", Y, "california law signed"),
 ("e-a54", E, "the Assembly 54-12", "54", "count", 54, 54, "votes", Y, "assembly floor ayes"),
 ("e-a12", E, "Assembly 54-12", "12", "count", 12, 12, "votes", Y, "assembly floor noes"),
 ("e-s33", E, "state Senate 33 to 4", "33", "count", 33, 33, "votes", Y, "senate floor ayes"),
 ("e-s4", E, "Senate 33 to 4", "4", "count", 4, 4, "votes", Y, "senate floor noes"),
 ("e-three", E, "Red No. 3 and three other additives", "three", "count", 3, 3, "additives", Y, "other additives in ca law"),
 ("e-ca27", E, "starting January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("e-5k", E, "up to $5,000 for a first", "$5,000", "money", 5000, 5000, "USD", Y, "ca fine, first violation"),
 ("e-10k", E, "up to $10,000 for each later", "$10,000", "money", 10000, 10000, "USD", Y, "ca fine, subsequent violations"),
 ("e-3000", E, "count nearly 3,000 branded", "3,000", "count", 3000, 3000, "products", Y, "products listing red 3 (brand-name)"),
 ("e-eight", E, "decision, eight certified", "eight", "count", 8, 8, "colors", Y, "certified colors remaining after revocation"),
 ("e-apr22", E, "On April 22, Health", "April 22", "date", 2025, 2025, "year", Y, "hhs announcement"),
 ("e-two", E, "revoke two little-used", "two", "count", 2, 2, "dyes", Y, "dyes to revoke (citrus red 2, orange b)"),
 ("e-six", E, "eliminate the remaining six", "six", "count", 6, 6, "dyes", Y, "other dyes to phase out"),
 ("e-end26", E, "by the end of 2026", "2026", "date", 2026, 2026, "year", Y, "hhs target for six dyes"),
 ("e-2027dl", E, "before the 2027 deadline", "2027", "date", 2027, 2027, "year", N, "food deadline repeat"),
 ("e-four", E, "approve four new natural", "four", "count", 4, 4, "colors", Y, "natural colors promised"),

 # ---- RD05 blog (2025-10-20)
 ("b-date", B, "Alvarado · October 20, 2025", "October 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-oct", B, "Every October I get", "October", "date", None, None, "year", N, "recurring month"),
 ("b-3st", B, "at three stores near", "three", "count", 3, 3, "stores", Y, "blogger shelf check stores"),
 ("b-lastwk", B, "my house last weekend", "last weekend", "date", 2025, 2025, "year", N, "shelf check date"),
 ("b-onepara", B, "The ban, in one paragraph", "one", "count", 1, 1, "paragraphs", N, "heading"),
 ("b-jan", B, "In January the FDA revoked", "January", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("b-triple", B, "roughly tripled in weight", "tripled", "ratio", 3, 3, "x", Y, "thyroid weight ratio"),
 ("b-food", B, "until January 15, 2027 to stop", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("b-drug", B, "get until January 18, 2027", "January 18, 2027", "date", 2027, 2027, "year", Y, "ingested drug compliance deadline"),
 ("b-summer", B, "published this summer", "this summer", "date", 2025, 2025, "year", N, "survey publication"),
 ("b-7", B, "found that about 7% of the candies", "7%", "percent", 7, 7, "%", Y, "share listing red 3 (as current)"),
 ("b-8000", B, "north of 8,000 foods", "8,000", "count", 8000, 8000, "products", Y, "foods that have contained red 3 (database)"),
 ("b-lastyr", B, "Last year Consumer Reports", "Last year", "date", 2024, 2024, "year", Y, "consumer reports list"),
 ("b-eight", B, "flagged eight Halloween", "eight", "count", 8, 8, "candies", Y, "candies on consumer reports list"),
 ("b-2026", B, "Red 3-free by 2026", "2026", "date", 2026, 2026, "year", Y, "ferrara candy corn target"),
 ("b-11", B, "Red 3 on 11 of the 64", "11", "count", 11, 11, "products", Y, "blogger: products with red 3"),
 ("b-64", B, "11 of the 64 Halloween", "64", "count", 64, 64, "products", Y, "blogger: products checked"),
 ("b-twobr", B, "Two brands I'd flagged", "Two", "count", 2, 2, "brands", Y, "brands switched"),
 ("b-lastyr2", B, "flagged last year had", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-a56", B, "Assembly 56-12", "56", "count", 56, 56, "votes", Y, "assembly floor ayes"),
 ("b-a12", B, "Assembly 56-12", "12", "count", 12, 12, "votes", Y, "assembly floor noes"),
 ("b-2023", B, "56-12 in 2023", "2023", "date", 2023, 2023, "year", Y, "assembly vote year"),
 ("b-three", B, "Red 3 and three other additives", "three", "count", 3, 3, "additives", Y, "other additives in ca law"),
 ("b-ca27", B, "additives from January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("b-onerec", B, "keep one recipe for California", "one", "count", 1, 1, "recipes", N, "aside"),
 ("b-onerec2", B, "and one for everyone", "one", "count", 1, 1, "recipes", N, "aside"),
 ("b-apr", B, "In April, Health", "April", "date", 2025, 2025, "year", Y, "hhs announcement"),
 ("b-four", B, "promised four new natural", "four", "count", 4, 4, "colors", Y, "natural colors promised"),
 ("b-3appr", B, "approved three of them", "three", "count", 3, 3, "colors", Y, "natural colors approved in may"),
 ("b-may", B, "of them in May", "May", "date", 2025, 2025, "year", N, "approval month"),
 ("b-fourth", B, "with a fourth, gardenia", "fourth", "count", 4, 4, "colors", N, "ordinal (fourth approval)"),
 ("b-jul", B, "following in July", "July", "date", 2025, 2025, "year", N, "approval month"),
 ("b-end27", B, "U.S. products by the end of 2027", "2027", "date", 2027, 2027, "year", Y, "company pledges to drop synthetic dyes"),
 ("b-single", B, "a single piece of candy", "single", "count", 1, 1, "pieces", N, "aside"),
 ("b-1990", B, "in lipstick since 1990", "1990", "date", 1990, 1990, "year", Y, "cosmetics ban year"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-5", B, "- 5 natural food colors", "5", "count", 5, 5, "colors", N, "related link"),
 ("b-47", B, "47 comments", "47", "count", 47, 47, "comments", N, "page furniture"),

 # ---- RD06 trade/local (2025-05-19), hard-wrapped
 ("l-dl", L, "Monday, May 19, 2025", "May 19, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-lastmo", L, "asked them last month to move", "last month", "date", 2025, 2025, "year", Y, "hhs request (april 2025)"),
 ("l-apr22", L, "At an April 22 news", "April 22", "date", 2025, 2025, "year", Y, "hhs announcement"),
 ("l-food", L, "well before January 15, 2027", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("l-jan15", L, "issued on January 15 of this year", "January 15 of this year", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("l-drug", L, "still have until January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("l-six", L, "to drop six other petroleum", "six", "count", 6, 6, "dyes", Y, "other dyes to phase out"),
 ("l-nextyr", L, "by the end of next year", "end of next year", "date", 2026, 2026, "year", Y, "hhs target for six dyes"),
 ("l-9mo", L, "switch up by nine months", "nine months", "duration", 9, 9, "months", N, "quote"),
 ("l-2026", L, "free of the dye by 2026", "2026", "date", 2026, 2026, "year", Y, "ferrara target"),
 ("l-oct", L, "Act in October of last year", "October of last year", "date", 2024, 2024, "year", Y, "california law signed"),
 ("l-a54", L, "the Assembly 54-12 and", "54", "count", 54, 54, "votes", Y, "assembly floor ayes"),
 ("l-a12", L, "Assembly 54-12 and", "12", "count", 12, 12, "votes", Y, "assembly floor noes"),
 ("l-s33", L, "the Senate 33-3", "33", "count", 33, 33, "votes", Y, "senate floor ayes"),
 ("l-s3", L, "-3, with a final", "3", "count", 3, 3, "votes", Y, "senate floor noes"),
 ("l-c65", L, "concurrence vote of 65-6", "65", "count", 65, 65, "votes", Y, "assembly concurrence ayes"),
 ("l-c6", L, "-6. The law", "6", "count", 6, 6, "votes", Y, "assembly concurrence noes"),
 ("l-ca27", L, "beginning January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("l-5k", L, "up to $5,000 for a first", "$5,000", "money", 5000, 5000, "USD", Y, "ca fine, first violation"),
 ("l-10k", L, "up to $10,000 for each one", "$10,000", "money", 10000, 10000, "USD", Y, "ca fine, subsequent violations"),
 ("l-9m", L, "announced a $9 million expansion", "$9 million", "money", 9000000, 9000000, "USD", Y, "larkspur expansion (as total)"),
 ("l-thismo", L, "plant this month", "this month", "date", 2025, 2025, "year", N, "announcement month"),
 ("l-140", L, "more than 140", "140", "count", 140, 140, "projects", Y, "reformulation projects 2025 ytd"),
 ("l-jan", L, "projects since January", "January", "date", 2025, 2025, "year", N, "period start"),
 ("l-three", L, "approved three new", "three", "count", 3, 3, "colors", Y, "natural colors approved in may"),
 ("l-may9", L, "extract, on May 9", "May 9", "date", 2025, 2025, "year", Y, "natural color approvals"),
 ("l-35", L, "some 35 years after", "35 years", "duration", 35, 35, "years", Y, "time since cosmetics ban"),
 ("l-2mo", L, "a two-month human", "two-month", "duration", 2, 2, "months", Y, "human study length"),
 ("l-30men", L, "study of 30 men", "30", "count", 30, 30, "participants", Y, "human study size"),
 ("l-200", L, "up to 200 milligrams", "200 milligrams", "dose", 200, 200, "mg/day", Y, "human study top dose"),
 ("l-3to10", L, "cost three to ten times", "three to ten times", "ratio", 3, 10, "x", Y, "natural vs synthetic cost"),
 ("l-15", L, "rise about 15% once", "15%", "percent", 15, 15, "%", Y, "gummy maker color cost rise"),
 ("l-single", L, "for a single federal", "single", "count", 1, 1, "standards", N, "aside"),

 # ---- RD07 fact-check (2025-02-05)
 ("f-date", F, "Holm · February 5, 2025", "February 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-post30", F, "\"have 30 days to pull", "30 days", "duration", 30, 30, "days", N, "post's claim (attributed)"),
 ("f-jan", F, "approval of Red No. 3 in January", "January", "date", 2025, 2025, "year", N, "verdict summary"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post shares"),
 ("f-latejan", F, "since late January", "late January", "date", 2025, 2025, "year", N, "post period"),
 ("f-jan15", F, "right: on January 15 the Food", "January 15", "date", 2025, 2025, "year", Y, "fda revocation date"),
 ("f-30d", F, "off shelves in 30 days", "30 days", "duration", 30, 30, "days", N, "post's claim restated"),
 ("f-food", F, "until January 15, 2027, to reformulate", "January 15, 2027", "date", 2027, 2027, "year", Y, "food compliance deadline"),
 ("f-drug", F, "drugs have until January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", Y, "ingested drug compliance deadline"),
 ("f-30win", F, "The only 30-day window", "30-day", "duration", 30, 30, "days", Y, "objection period"),
 ("f-feb18", F, "closed on February 18", "February 18", "date", 2025, 2025, "year", Y, "objection deadline"),
 ("f-oct22", F, "submitted in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "petition submitted"),
 ("f-nov22", F, "date as November 15, 2022", "November 15, 2022", "date", 2022, 2022, "year", Y, "petition filing date per cspi"),
 ("f-two", F, "relied on two lifetime", "two", "count", 2, 2, "studies", Y, "rat studies"),
 ("f-1987", F, "industry and published in 1987", "1987", "date", 1987, 1987, "year", Y, "rat study publication"),
 ("f-4pct", F, "male rats fed 4 percent", "4 percent", "percent", 4, 4, "%", Y, "dietary level, male rats with tumors"),
 ("f-3029", F, "about 3,029 milligrams per kilogram", "3,029 milligrams per kilogram", "dose", 3029, 3029, "mg/kg/day", Y, "male high-dose intake"),
 ("f-double", F, "roughly doubled in weight", "doubled", "ratio", 2, 2, "x", Y, "thyroid weight ratio"),
 ("f-30mo", F, "for up to 30 months", "30 months", "duration", 30, 30, "months", Y, "rat study length"),
 ("f-05", F, "At 0.5 percent of the diet", "0.5 percent", "percent", 0.5, 0.5, "%", Y, "male noael dietary level"),
 ("f-215", F, "or 215 milligrams per kilogram", "215 milligrams per kilogram", "dose", 215, 215, "mg/kg/day", Y, "male noael"),
 ("f-1990", F, "externally applied drugs in 1990", "1990", "date", 1990, 1990, "year", Y, "cosmetics ban year"),
 ("f-oct23", F, "in food in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "california law signed"),
 ("f-ca27", F, "effective January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "california effective date"),
 ("f-eight", F, "effect, eight certified", "eight", "count", 8, 8, "colors", Y, "certified colors remaining after revocation"),
 ("f-r-jan15", F, "drugs on January 15. But", "January 15", "date", 2025, 2025, "year", N, "ruling repeat"),
 ("f-r-30", F, "stores have 30 days is", "30 days", "duration", 30, 30, "days", N, "ruling repeat of post claim"),
 ("f-r-food", F, "food deadline is January 15, 2027", "January 15, 2027", "date", 2027, 2027, "year", N, "ruling repeat"),
 ("f-r-drug", F, "drug deadline is January 18, 2028", "January 18, 2028", "date", 2028, 2028, "year", N, "ruling repeat"),
 ("f-s-jan15", F, "Drugs,\" January 15, 2025", "January 15, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s-jan16", F, "4628, January 16, 2025", "January 16, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s-1987", F, "Toxicol 1987;", "1987", "date", 1987, 1987, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ingested-drug deadline: blog 2027 vs 2028 everywhere else
 ("b-drug", "w-drug", S), ("b-drug", "p-drug", S), ("b-drug", "a-drug", S),
 ("b-drug", "e-drug", S), ("b-drug", "l-drug", S), ("b-drug", "f-drug", S),
 # S2 California law signed: trade "October of last year" (2024) vs 2023
 ("l-oct", "e-oct7", S), ("l-oct", "f-oct23", S), ("l-oct", "w-ca2023", S),
 # S3 California effective date: press Jan 1, 2025 (as-introduced bill) vs Jan 1, 2027
 ("p-ca25", "w-ca27", S), ("p-ca25", "a-ca27", S), ("p-ca25", "e-ca27", S),
 ("p-ca25", "b-ca27", S), ("p-ca25", "l-ca27", S), ("p-ca25", "f-ca27", S),
 # S4 Assembly floor ayes 56 vs 54
 ("b-a56", "e-a54", S), ("b-a56", "l-a54", S),
 # S5 Senate floor noes 4 vs 3
 ("e-s4", "l-s3", S),
 # S6 California first-violation fine $10,000 vs $5,000
 ("w-10k", "e-5k", S), ("w-10k", "l-5k", S),
 # S7 male high-dose intake: 3,029 (female figure) vs 2,464 / ~2,500
 ("f-3029", "a-2464", S), ("f-3029", "e-2500", S),
 # S8 rat study length: two-year vs up to 30 months
 ("p-2yr", "a-30mo", S), ("p-2yr", "e-30mo", S), ("p-2yr", "f-30mo", S),
 # S9 time since cosmetics ban: quarter-century vs ~35 years
 ("p-quarter", "w-35", S), ("p-quarter", "e-35", S), ("p-quarter", "l-35", S),
 # S10 thyroid weight ratio: tripled vs 2.1-fold / doubled
 ("b-triple", "a-21x", S), ("b-triple", "f-double", S),
 # S11 human study length: two months vs two weeks
 ("l-2mo", "a-2wk", S), ("l-2mo", "e-2wk", S),
 # S12 certified colors left after revocation: nine vs eight
 ("w-nine", "e-eight", S), ("w-nine", "f-eight", S),
 # S13 HHS target for the six dyes: end of 2027 vs end of 2026
 ("a-end27", "e-end26", S), ("a-end27", "p-nextyr", S), ("a-end27", "l-nextyr", S),
 # S14 Larkspur expansion: $9 million (phase one) reported as the whole vs $24 million
 ("l-9m", "p-24m", S),
 # S15 share of audited products still listing Red 3 in 2025: about 7% (the 2024 figure) vs 4.2%
 ("b-7", "a-42", S), ("b-7", "a-1in24", S),
 # S16 male NOAEL: 215 (transposed) vs 251 mg/kg/day
 ("f-215", "a-251", S),
 # S17 number of other additives in the California law: four (as introduced) vs three
 ("p-four", "w-three", S), ("p-four", "e-three", S), ("p-four", "b-three", S),
 # S18 dietary level at which male rats developed tumors: 0.4% vs 4%
 ("e-04", "w-4pct", S), ("e-04", "a-m40", S), ("e-04", "f-4pct", S),
 # Qualified
 ("p-2023", "w-2022", Q), ("p-2023", "a-oct22", Q), ("p-2023", "e-oct22", Q), ("p-2023", "f-oct22", Q),
 ("b-8000", "w-3000", Q), ("b-8000", "e-3000", Q),
 ("p-quarter", "w-1990", Q), ("p-quarter", "f-1990", Q), ("p-quarter", "b-1990", Q),
 ("l-oct", "b-2023", Q),
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
        rows.append({"type": "claim", "id": f"rd-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"rd-{a}", f"rd-{b}"
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
