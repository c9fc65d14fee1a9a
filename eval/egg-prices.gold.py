#!/usr/bin/env python3
"""Build egg-prices.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "egg-prices")
OUT = os.path.join(HERE, "egg-prices.gold.jsonl")
T = "egg-prices"

W, P, A, E, B, L, F = ("EG01_wire.txt", "EG02_press.txt", "EG03_abstract.txt",
                       "EG04_explainer.txt", "EG05_blog.txt", "EG06_local.txt", "EG07_factcheck.txt")
Y = True; N = False
D = "USD"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EG01 wire (2025-05-13)
 ("w-hoct", W, "drop since October as", "October", "date", 2024, 2024, "year", N, "headline: last decline before april"),
 ("w-dl", W, "WASHINGTON, May 13", "May 13", "date", 2025, 2025, "year", N, "dateline"),
 ("w-lastmo", W, "fell last month from", "last month", "date", 2025, 2025, "year", N, "data month (april 2025)"),
 ("w-early", W, "set early this year", "early this year", "date", 2025, 2025, "year", N, "record period"),
 ("w-tue", W, "showed on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "cpi release date"),
 ("w-127", W, "dropped 12.7% to", "12.7%", "percent", 12.7, 12.7, "%", Y, "april decline of average retail price (as worded; really the cpi egg index)"),
 ("w-512", W, "to $5.12 in April", "$5.12", "money", 5.12, 5.12, D, Y, "bls avg retail price dozen april 2025"),
 ("w-apr", W, "$5.12 in April, the", "April", "date", 2025, 2025, "year", N, "qualifier month"),
 ("w-oct24", W, "decline since October 2024", "October 2024", "date", 2024, 2024, "year", N, "last decline before april"),
 ("w-mar", W, "In March, prices", "March", "date", 2025, 2025, "year", N, "qualifier month"),
 ("w-623", W, "record $6.23 a dozen", "$6.23", "money", 6.23, 6.23, D, Y, "bls avg retail price dozen march 2025 (record)"),
 ("w-482", W, "peak of $4.82", "$4.82", "money", 4.82, 4.82, D, Y, "previous record avg retail price"),
 ("w-jan23", W, "set in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "date of previous record"),
 ("w-apr24a", W, "In April 2024 a dozen", "April 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-286", W, "averaged $2.86", "$2.86", "money", 2.86, 2.86, D, Y, "bls avg retail price april 2024"),
 ("w-79", W, "about 79% more", "79%", "percent", 79, 79, "%", Y, "avg retail price april 2025 vs april 2024"),
 ("w-spring", W, "carton this spring", "this spring", "date", 2025, 2025, "year", N, "vague period"),
 ("w-493", W, "stood 49.3% above", "49.3%", "percent", 49.3, 49.3, "%", Y, "cpi egg index yoy april 2025"),
 ("w-apr24b", W, "level of April 2024", "April 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-easter", W, "fell on April 20", "April 20", "date", 2025, 2025, "year", N, "easter date"),
 ("w-59", W, "counted 59 outbreaks", "59", "count", 59, 59, "outbreaks", Y, "commercial outbreaks february 2025"),
 ("w-feb", W, "operations in February", "February", "date", 2025, 2025, "year", N, "qualifier month"),
 ("w-12", W, "12 in March and three", "12", "count", 12, 12, "outbreaks", Y, "commercial outbreaks march 2025"),
 ("w-mar2", W, "12 in March and three", "March", "date", 2025, 2025, "year", N, "qualifier month"),
 ("w-3", W, "three in April", "three", "count", 3, 3, "outbreaks", Y, "commercial outbreaks april 2025"),
 ("w-apr2", W, "three in April", "April", "date", 2025, 2025, "year", N, "qualifier month"),
 ("w-one", W, "\"one big layer complex", "one", "count", 1, 1, "complexes", N, "quote aside"),
 ("w-195", W, "about 19.5 million egg-laying", "19.5 million", "count", 19500000, 19500000, "hens", Y, "layers lost jan-mar 2025 (as worded; really january only)"),
 ("w-3mo", W, "first three months of the year", "three months", "duration", 3, 3, "months", N, "period"),
 ("w-late24", W, "late in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-e22", W, "Since early 2022", "early 2022", "date", 2022, 2022, "year", N, "outbreak start"),
 ("w-169", W, "more than 169 million", "169 million", "count", 169000000, 169000000, "birds", Y, "birds affected since 2022 (as of may 2025)"),
 ("w-6mo", W, "about six months old", "six months", "age", 6, 6, "months", Y, "age hens begin laying"),
 ("w-330", W, "about $3.30 last week", "$3.30", "money", 3.30, 3.30, D, Y, "wholesale large white early may 2025"),
 ("w-lastwk", W, "$3.30 last week", "last week", "date", 2025, 2025, "year", N, "as-of"),
 ("w-8", W, "more than $8 in early March", "$8", "money", 8, 8, D, Y, "wholesale early march 2025 (lower bound)"),
 ("w-emar", W, "$8 in early March", "early March", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-febplan", W, "In February, Agriculture", "February", "date", 2025, 2025, "year", Y, "usda plan announcement"),
 ("w-1b", W, "a $1 billion plan", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("w-cid", W, "investigative demand in March", "March", "date", 2025, 2025, "year", Y, "doj civil investigative demand received"),
 ("w-lastmo2", W, "disclosed last month", "last month", "date", 2025, 2025, "year", N, "disclosure date (april 8)"),
 ("w-5085", W, "$508.5 million", "$508.5 million", "money", 508.5e6, 508.5e6, D, Y, "cal-maine net income fq3 fy2025"),
 ("w-mar1", W, "quarter ended March 1", "March 1", "date", 2025, 2025, "year", N, "quarter end"),
 ("w-1467", W, "$146.7 million", "$146.7 million", "money", 146.7e6, 146.7e6, D, Y, "cal-maine net income prior-year quarter"),
 ("w-142b", W, "net sales of $1.42 billion", "$1.42 billion", "money", 1.42e9, 1.42e9, D, Y, "cal-maine net sales fq3 fy2025"),
 ("w-04", W, "fell 0.4% in April", "0.4%", "percent", 0.4, 0.4, "%", Y, "food at home cpi april 2025"),
 ("w-apr3", W, "fell 0.4% in April", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-sep20", W, "since September 2020", "September 2020", "date", 2020, 2020, "year", N, "comparison"),
 ("w-85", W, "up 8.5% from April 2024", "8.5%", "percent", 8.5, 8.5, "%", Y, "beef prices yoy april 2025"),
 ("w-apr24c", W, "8.5% from April 2024", "April 2024", "date", 2024, 2024, "year", N, "qualifier"),

 # ---- EG02 press release (2025-04-22)
 ("p-h12", P, "Repopulating 1.2 Million", "1.2 Million", "count", 1.2e6, 1.2e6, "hens", N, "headline repeat"),
 ("p-h84", P, "upgrades 84 days after", "84 days", "duration", 84, 84, "days", N, "subtitle repeat"),
 ("p-hjan", P, "after January avian", "January", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-dl", P, "April 22, 2025", "April 22, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-12m", P, "repopulated with 1.2 million", "1.2 million", "count", 1.2e6, 1.2e6, "hens", Y, "company hens restocked"),
 ("p-14m", P, "about 1.4 million birds", "1.4 million", "count", 1.4e6, 1.4e6, "birds", Y, "company flock lost"),
 ("p-jan", P, "birds in January, when", "January", "date", 2025, 2025, "year", Y, "company outbreak month"),
 ("p-one1", P, "in one of its houses", "one", "count", 1, 1, "houses", N, "aside"),
 ("p-84", P, "arrived 84 days after", "84 days", "duration", 84, 84, "days", Y, "company detection to restock"),
 ("p-16wk", P, "about 16 weeks of age", "16 weeks", "age", 16, 16, "weeks", Y, "pullet placement age"),
 ("p-20wk", P, "around 20 weeks", "20 weeks", "age", 20, 20, "weeks", Y, "age hens begin laying"),
 ("p-495", P, "reached $4.95 a dozen", "$4.95", "money", 4.95, 4.95, D, Y, "bls avg retail price january 2025"),
 ("p-jan2", P, "a dozen in January, according", "January", "date", 2025, 2025, "year", N, "qualifier month"),
 ("p-mar", P, "new high in March", "March", "date", 2025, 2025, "year", N, "qualifier month"),
 ("p-482", P, "the $4.82 record", "$4.82", "money", 4.82, 4.82, D, Y, "previous record avg retail price"),
 ("p-janly", P, "record of January of last year", "January of last year", "date", 2024, 2024, "year", Y, "date of previous record (as worded: 2024)"),
 ("p-588", P, "stood 58.8% above", "58.8%", "percent", 58.8, 58.8, "%", Y, "cpi egg index yoy march 2025 (as worded)"),
 ("p-mar24", P, "above March 2024 levels", "March 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-8", P, "peak above $8", "$8", "money", 8, 8, D, Y, "wholesale peak (lower bound)"),
 ("p-emar", P, "$8 in early March", "early March", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-300", P, "to $3.00 by March 21", "$3.00", "money", 3.00, 3.00, D, Y, "wholesale national large white march 21 2025 (as worded)"),
 ("p-m21", P, "$3.00 by March 21", "March 21", "date", 2025, 2025, "year", N, "as-of"),
 ("p-3wk", P, "take up to three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "usda: wholesale-to-retail lag"),
 ("p-1b", P, "Agriculture's $1 billion strategy", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("p-feb", P, "announced in February", "February", "date", 2025, 2025, "year", Y, "usda plan announcement"),
 ("p-500", P, "up to $500 million", "$500 million", "money", 500e6, 500e6, D, Y, "usda plan biosecurity"),
 ("p-100", P, "up to $100 million", "$100 million", "money", 100e6, 100e6, D, Y, "usda plan vaccines/therapeutics"),
 ("p-75", P, "up to 75% of the cost", "75%", "percent", 75, 75, "%", Y, "usda biosecurity cost share"),
 ("p-150", P, "covering 150 barns", "150", "count", 150, 150, "sites", Y, "biosecurity pilot sites"),
 ("p-one", P, "just one has since", "one", "count", 1, 1, "sites", Y, "pilot sites infected since"),
 ("p-65m", P, "about $6.5 million", "$6.5 million", "money", 6.5e6, 6.5e6, D, Y, "company biosecurity spending"),
 ("p-30m", P, "more than 30 million egg-laying", "30 million", "count", 30e6, 30e6, "hens", Y, "layers lost jan-mar 2025"),
 ("p-3mo", P, "first three months of 2025", "three months", "duration", 3, 3, "months", N, "period"),
 ("p-2025", P, "three months of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-44", P, "Roughly 44% of U.S.", "44%", "percent", 44, 44, "%", Y, "share of us layers cage-free"),
 ("p-1987", P, "founded in 1987", "1987", "date", 1987, 1987, "year", N, "about section"),
 ("p-nine", P, "operates nine farms", "nine", "count", 9, 9, "farms", N, "about section"),
 ("p-6m", P, "about 6 million hens", "6 million", "count", 6e6, 6e6, "hens", N, "about section"),
 ("p-1150", P, "employs 1,150 people", "1,150", "count", 1150, 1150, "employees", N, "about section"),
 ("p-1meggs", P, "roughly 1 million eggs a day", "1 million", "count", 1e6, 1e6, "eggs/day", N, "forward-looking production target"),
 ("p-july", P, "a day by July", "July", "date", 2025, 2025, "year", N, "target date"),

 # ---- EG03 abstract (2025-10-15)
 ("a-pub", A, "Published online 15 October 2025", "15 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "during the 2024–2025 avian", "2024–2025", "date", 2024, 2025, "year", N, "title period"),
 ("a-feb22", A, "since February 2022", "February 2022", "date", 2022, 2022, "year", N, "outbreak start"),
 ("a-late24", A, "from late 2024", "late 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-q125", A, "first quarter of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-1b", A, "up to $1 billion announced", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("a-26feb", A, "on 26 February 2025", "26 February 2025", "date", 2025, 2025, "year", Y, "usda plan announcement"),
 ("a-mar24", A, "opened in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "doj antitrust inquiry opened (as worded)"),
 ("a-78", A, "N = 78 weeks", "78", "count", 78, 78, "weeks", Y, "weekly observations"),
 ("a-period", A, "January 2024 to June 2025", "January 2024 to June 2025", "date", 2024, 2025, "year", N, "study period"),
 ("a-18", A, "(n=18 months)", "18", "count", 18, 18, "months", Y, "monthly observations"),
 ("a-303", A, "totalled 30.3 million", "30.3 million", "count", 30.3e6, 30.3e6, "hens", Y, "layers lost jan-mar 2025"),
 ("a-jm25", A, "from January to March 2025", "January to March 2025", "date", 2025, 2025, "year", N, "period"),
 ("a-40m", A, "nearly 40 million", "40 million", "count", 40e6, 40e6, "hens", Y, "layers lost 2024"),
 ("a-cal24", A, "calendar 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-59", A, "from 59 in February", "59", "count", 59, 59, "outbreaks", Y, "commercial outbreaks february 2025"),
 ("a-feb", A, "59 in February", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-12", A, "to 12 in March and", "12", "count", 12, 12, "outbreaks", Y, "commercial outbreaks march 2025"),
 ("a-mar", A, "to 12 in March and", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-3", A, "and 3 in April", "3", "count", 3, 3, "outbreaks", Y, "commercial outbreaks april 2025"),
 ("a-apr", A, "and 3 in April", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-1mar", A, "On 1 March 2025", "1 March 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("a-2851", A, "285.1 million hens", "285.1 million", "count", 285.1e6, 285.1e6, "hens", Y, "table-egg flock march 1 2025"),
 ("a-1593", A, "159.3 million (55.9%)", "159.3 million", "count", 159.3e6, 159.3e6, "hens", Y, "caged layers"),
 ("a-559", A, "(55.9%) were caged", "55.9%", "percent", 55.9, 55.9, "%", Y, "share caged"),
 ("a-1258", A, "125.8 million (44.1%)", "125.8 million", "count", 125.8e6, 125.8e6, "hens", Y, "cage-free layers"),
 ("a-441", A, "(44.1%) were cage-free", "44.1%", "percent", 44.1, 44.1, "%", Y, "share cage-free"),
 ("a-107", A, "from $1.07 per dozen", "$1.07", "money", 1.07, 1.07, D, Y, "wholesale first week jan 2024"),
 ("a-jan24", A, "first week of January 2024", "January 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-587", A, "to $5.87 on 17 January 2025", "$5.87", "money", 5.87, 5.87, D, Y, "wholesale jan 17 2025"),
 ("a-17jan", A, "$5.87 on 17 January 2025", "17 January 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("a-817", A, "peaked at $8.17", "$8.17", "money", 8.17, 8.17, D, Y, "wholesale national peak march 3 2025"),
 ("a-3mar", A, "on 3 March 2025", "3 March 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("a-327", A, "fell to $3.27 by 21 March", "$3.27", "money", 3.27, 3.27, D, Y, "wholesale national march 21 2025"),
 ("a-21mar", A, "$3.27 by 21 March", "21 March", "date", 2025, 2025, "year", N, "as-of"),
 ("a-600", A, "(−60.0% in 18 days)", "−60.0%", "percent", -60.0, -60.0, "%", Y, "wholesale change peak to march 21"),
 ("a-18d", A, "in 18 days)", "18 days", "duration", 18, 18, "days", Y, "peak to march 21"),
 ("a-495", A, "$4.95 in January 2025", "$4.95", "money", 4.95, 4.95, D, Y, "bls avg retail price january 2025"),
 ("a-jan25", A, "$4.95 in January 2025", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-590", A, "$5.90 in February", "$5.90", "money", 5.90, 5.90, D, Y, "bls avg retail price february 2025"),
 ("a-feb2", A, "$5.90 in February", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-623", A, "a record $6.23 in March", "$6.23", "money", 6.23, 6.23, D, Y, "bls avg retail price march 2025 (record)"),
 ("a-mar2", A, "$6.23 in March, then", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-512", A, "fell to $5.12 in April", "$5.12", "money", 5.12, 5.12, D, Y, "bls avg retail price april 2025"),
 ("a-apr2", A, "$5.12 in April (", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-177", A, "(−17.7%)", "−17.7%", "percent", -17.7, -17.7, "%", Y, "avg retail price change march to april"),
 ("a-455", A, "$4.55 in May", "$4.55", "money", 4.55, 4.55, D, Y, "bls avg retail price may 2025"),
 ("a-may", A, "$4.55 in May", "May", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-270", A, "27.0% below the peak", "27.0%", "percent", 27.0, 27.0, "%", Y, "may price below march record"),
 ("a-152", A, "rose 15.2% from December", "15.2%", "percent", 15.2, 15.2, "%", Y, "cpi egg index jan 2025 m/m"),
 ("a-decjan", A, "from December to January", "December to January", "date", 2024, 2025, "year", N, "period"),
 ("a-588", A, "stood 58.8% above", "58.8%", "percent", 58.8, 58.8, "%", Y, "cpi egg index yoy february 2025"),
 ("a-feb3", A, "year-earlier level in February", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-604", A, "60.4% above in March", "60.4%", "percent", 60.4, 60.4, "%", Y, "cpi egg index yoy march 2025"),
 ("a-mar3", A, "60.4% above in March", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-127", A, "fell 12.7% in April", "12.7%", "percent", 12.7, 12.7, "%", Y, "cpi egg index april m/m"),
 ("a-apr3", A, "fell 12.7% in April", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-1984", A, "decline since 1984", "1984", "date", 1984, 1984, "year", N, "comparison"),
 ("a-2wk", A, "lag of 2 weeks", "2 weeks", "duration", 2, 2, "weeks", Y, "estimated retail lag, increases"),
 ("a-4wk", A, "lag of 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "estimated retail lag, decreases"),
 ("a-046", A, "pass-through was 0.46", "0.46", "ratio", 0.46, 0.46, "coef", Y, "pass-through increases"),
 ("a-046ci", A, "0.37–0.55", "0.37–0.55", "ratio", 0.37, 0.55, "coef", Y, "ci"),
 ("a-031", A, "and 0.31 (95% CI", "0.31", "ratio", 0.31, 0.31, "coef", Y, "pass-through decreases"),
 ("a-031ci", A, "0.20–0.42", "0.20–0.42", "ratio", 0.20, 0.42, "coef", Y, "ci"),
 ("a-diff", A, "difference was −0.15", "−0.15", "ratio", -0.15, -0.15, "coef", Y, "pass-through difference"),
 ("a-diffci", A, "−0.29 to −0.01", "−0.29 to −0.01", "ratio", -0.29, -0.01, "coef", Y, "ci"),
 ("a-p", A, "P=0.04", "0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-19x", A, "was 1.9 times", "1.9 times", "ratio", 1.9, 1.9, "x", Y, "march retail avg / march 21 wholesale"),
 ("a-21mar2", A, "the 21 March wholesale", "21 March", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-twowk", A, "within about two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "retail lag on increases (summary)"),
 ("a-twice", A, "roughly twice as long", "twice", "ratio", 2, 2, "x", Y, "lag on decreases vs increases"),
 ("a-mar25", A, "record prices in March 2025", "March 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-60", A, "by about 60%", "60%", "percent", 60, 60, "%", Y, "wholesale decline peak to march 21 (rounded)"),

 # ---- EG04 explainer (2025-03-20)
 ("e-upd", E, "Updated March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-590", E, "was $5.90 in February", "$5.90", "money", 5.90, 5.90, D, Y, "bls avg retail price february 2025"),
 ("e-feb", E, "$5.90 in February, according", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-495", E, "up from $4.95 in January", "$4.95", "money", 4.95, 4.95, D, Y, "bls avg retail price january 2025"),
 ("e-jan", E, "$4.95 in January. Both", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-482", E, "high of $4.82", "$4.82", "money", 4.82, 4.82, D, Y, "previous record avg retail price"),
 ("e-jan23", E, "from January 2023", "January 2023", "date", 2023, 2023, "year", Y, "date of previous record"),
 ("e-157", E, "climbed 157%", "157%", "percent", 157, 157, "%", Y, "avg retail price rise since jan 2021"),
 ("e-jan21", E, "since January 2021, when", "January 2021", "date", 2021, 2021, "year", N, "baseline date"),
 ("e-192", E, "the average was $1.92", "$1.92", "money", 1.92, 1.92, D, Y, "avg retail price january 2021 (as worded)"),
 ("e-152", E, "rose 15.2% in January", "15.2%", "percent", 15.2, 15.2, "%", Y, "cpi egg index jan 2025 m/m"),
 ("e-jan2", E, "15.2% in January alone", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-feb2", E, "and in February eggs", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-53", E, "cost 53% more", "53%", "percent", 53, 53, "%", Y, "egg prices yoy february 2025 (as worded; really january cpi)"),
 ("e-feb24", E, "they did in February 2024", "February 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-12", E, "topped $12", "$12", "money", 12, 12, D, Y, "some california/new york store prices"),
 ("e-feb22", E, "began in February 2022", "February 2022", "date", 2022, 2022, "year", N, "outbreak start"),
 ("e-166", E, "about 166 million birds", "166 million", "count", 166e6, 166e6, "birds", Y, "birds affected since 2022 (as of feb 2025)"),
 ("e-several", E, "hold several million hens", "several million", "count", None, None, "hens", N, "vague"),
 ("e-single", E, "so a single detection", "single", "count", 1, 1, "detections", N, "aside"),
 ("e-6mo", E, "needs about six months", "six months", "age", 6, 6, "months", Y, "age hens begin laying"),
 ("e-817", E, "peaked at $8.17", "$8.17", "money", 8.17, 8.17, D, Y, "wholesale national peak march 3 2025"),
 ("e-m3", E, "a dozen on March 3", "March 3", "date", 2025, 2025, "year", N, "as-of"),
 ("e-415", E, "fell to $4.15 by March 14", "$4.15", "money", 4.15, 4.15, D, Y, "wholesale national march 14 2025"),
 ("e-m14", E, "$4.15 by March 14", "March 14", "date", 2025, 2025, "year", N, "as-of"),
 ("e-39", E, "down about 39% from", "39%", "percent", 39, 39, "%", Y, "wholesale weekly decline to march 14"),
 ("e-wk", E, "from a week earlier", "a week", "duration", 1, 1, "weeks", N, "comparison period"),
 ("e-72", E, "the Senate 72-28", "72", "vote", 72, 72, "votes", Y, "rollins confirmation votes for"),
 ("e-28", E, "the Senate 72-28", "28", "vote", 28, 28, "votes", Y, "rollins confirmation votes against"),
 ("e-f13", E, "72-28 on Feb. 13", "Feb. 13", "date", 2025, 2025, "year", N, "confirmation date"),
 ("e-five", E, "announced a five-part plan", "five", "count", 5, 5, "parts", N, "plan structure"),
 ("e-f26", E, "plan on Feb. 26", "Feb. 26", "date", 2025, 2025, "year", Y, "usda plan announcement"),
 ("e-1b", E, "up to $1 billion in funding", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("e-500", E, "$500 million for biosecurity", "$500 million", "money", 500e6, 500e6, D, Y, "usda plan biosecurity"),
 ("e-400", E, "$400 million in financial relief", "$400 million", "money", 400e6, 400e6, D, Y, "usda plan farmer relief"),
 ("e-100", E, "$100 million for research", "$100 million", "money", 100e6, 100e6, D, Y, "usda plan vaccines/therapeutics"),
 ("e-150", E, "assessed 150 farms", "150", "count", 150, 150, "sites", Y, "biosecurity pilot sites"),
 ("e-two", E, "only two have had", "two", "count", 2, 2, "sites", Y, "pilot sites infected since (as worded)"),
 ("e-zoetis", E, "In February the USDA granted", "February", "date", 2025, 2025, "year", N, "zoetis conditional license (other event)"),
 ("e-thismo", E, "egg producers this month", "this month", "date", 2025, 2025, "year", Y, "doj antitrust investigation opened"),
 ("e-febfc", E, "forecast in February that", "February", "date", 2025, 2025, "year", N, "forecast vintage"),
 ("e-411", E, "would rise 41.1%", "41.1%", "percent", 41.1, 41.1, "%", Y, "ers february forecast egg prices 2025"),
 ("e-2025", E, "41.1% in 2025", "2025", "date", 2025, 2025, "year", N, "forecast year"),
 ("e-85", E, "an 8.5% increase", "8.5%", "percent", 8.5, 8.5, "%", Y, "egg price increase 2024"),
 ("e-2024", E, "8.5% increase in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-easter", E, "on April 20 this year", "April 20", "date", 2025, 2025, "year", N, "easter date"),

 # ---- EG05 blog (2025-06-20)
 ("b-half", B, "What half a year of egg", "half a year", "duration", 6, 6, "months", N, "headline"),
 ("b-date", B, "June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-449", B, "under a $4.49 price tag", "$4.49", "money", 4.49, 4.49, D, N, "image caption shelf price"),
 ("b-590", B, "record $5.90 in March", "$5.90", "money", 5.90, 5.90, D, Y, "bls avg retail price march 2025 record (as worded)"),
 ("b-mar", B, "$5.90 in March", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-512", B, "$5.12 in April and", "$5.12", "money", 5.12, 5.12, D, Y, "bls avg retail price april 2025"),
 ("b-apr", B, "$5.12 in April and", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-455", B, "$4.55 in May", "$4.55", "money", 4.55, 4.55, D, Y, "bls avg retail price may 2025"),
 ("b-may", B, "$4.55 in May", "May", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-dec", B, "lowest since December", "December", "date", 2024, 2024, "year", N, "comparison"),
 ("b-27", B, "about 27% below", "27%", "percent", 27, 27, "%", Y, "may price below record"),
 ("b-127", B, "fell 12.7% in April alone", "12.7%", "percent", 12.7, 12.7, "%", Y, "cpi egg index april m/m"),
 ("b-apr2", B, "12.7% in April alone", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-1mo", B, "biggest one-month drop", "one-month", "duration", 1, 1, "months", N, "period"),
 ("b-1984", B, "drop since 1984", "1984", "date", 1984, 1984, "year", N, "comparison"),
 ("b-853", B, "topped out at $8.53", "$8.53", "money", 8.53, 8.53, D, Y, "wholesale new york benchmark peak"),
 ("b-emar", B, "a dozen in early March", "early March", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-3", B, "down to about $3 a dozen", "$3", "money", 3, 3, D, Y, "wholesale national late march"),
 ("b-lmar", B, "by late March. The", "late March", "date", 2025, 2025, "year", N, "as-of"),
 ("b-3mo", B, "up to three months", "three months", "duration", 3, 3, "months", Y, "usda: wholesale-to-retail lag (as worded)"),
 ("b-chart", B, "January to May. Caption", "January to May", "date", 2025, 2025, "year", N, "image caption"),
 ("b-lmay", B, "began in late May", "late May", "date", 2025, 2025, "year", N, "arizona outbreak start"),
 ("b-millions", B, "house millions of hens", "millions", "count", None, None, "hens", N, "vague"),
 ("b-55m", B, "more than 5.5 million birds", "5.5 million", "count", 5.5e6, 5.5e6, "birds", Y, "arizona commercial birds affected"),
 ("b-feb", B, "Back in February", "February", "date", 2025, 2025, "year", Y, "forecast vintage (wrongly paired with 20.3%)"),
 ("b-203", B, "predicting a 20.3% rise", "20.3%", "percent", 20.3, 20.3, "%", Y, "ers february forecast egg prices 2025 (as worded)"),
 ("b-2025", B, "egg prices for 2025", "2025", "date", 2025, 2025, "year", N, "forecast year"),
 ("b-lmar2", B, "By late March that", "late March", "date", 2025, 2025, "year", N, "forecast vintage"),
 ("b-576", B, "a record 57.6%", "57.6%", "percent", 57.6, 57.6, "%", Y, "ers march forecast egg prices 2025"),
 ("b-142b", B, "$1.42 billion in profit", "$1.42 billion", "money", 1.42e9, 1.42e9, D, Y, "cal-maine quarterly profit (as worded; really net sales)"),
 ("b-mar1", B, "ended March 1", "March 1", "date", 2025, 2025, "year", N, "quarter end"),
 ("b-15k", B, "about 15,000 tonnes", "15,000 tonnes", "count", 15000, 15000, "tonnes", Y, "turkish egg exports to us"),
 ("b-june", B, "to the U.S. by June", "June", "date", 2025, 2025, "year", N, "shipment deadline"),
 ("b-1b", B, "USDA's $1 billion plan", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("b-summer", B, "prices this summer", "this summer", "date", 2025, 2025, "year", N, "vague"),
 ("b-3doz", B, "not three dozen at a time", "three dozen", "count", 3, 3, "dozen", N, "aside"),
 ("b-one", B, "One email every Friday", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-fri", B, "email every Friday", "Friday", "date", None, None, "year", N, "newsletter box"),
 ("b-12k", B, "Join 12,000 readers", "12,000", "count", 12000, 12000, "readers", N, "newsletter box"),
 ("b-7", B, "7 breakfast swaps", "7", "count", 7, 7, "swaps", N, "related link"),
 ("b-2", B, "swaps under $2", "$2", "money", 2, 2, D, N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- EG06 local, hard-wrapped (2025-02-28)
 ("l-dl", L, "Friday, February 28, 2025", "February 28, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h1b", L, "Rollins unveils $1 billion", "$1 billion", "money", 1e9, 1e9, D, N, "headline repeat"),
 ("l-wed", L, "on Wednesday laid out", "Wednesday", "date", 2025, 2025, "year", Y, "usda plan announcement (feb 26)"),
 ("l-1b", L, "laid out a $1 billion plan", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("l-2wk", L, "two weeks after the Senate", "two weeks", "duration", 2, 2, "weeks", N, "time since confirmation"),
 ("l-71", L, "on a 71-29 vote", "71", "vote", 71, 71, "votes", Y, "rollins confirmation votes for (as worded)"),
 ("l-29", L, "on a 71-29 vote", "29", "vote", 29, 29, "votes", Y, "rollins confirmation votes against (as worded)"),
 ("l-500", L, "aside $500 million for biosecurity", "$500 million", "money", 500e6, 500e6, D, Y, "usda plan biosecurity"),
 ("l-400", L, "$400 million in financial relief", "$400 million", "money", 400e6, 400e6, D, Y, "usda plan farmer relief"),
 ("l-100", L, "$100 million for research", "$100 million", "money", 100e6, 100e6, D, Y, "usda plan vaccines/therapeutics"),
 ("l-hund", L, "hundreds of millions of dollars", "hundreds of millions of dollars", "money", None, None, D, N, "quote, vague"),
 ("l-166", L, "about 166 million laying hens", "166 million", "count", 166e6, 166e6, "birds", Y, "birds culled since 2022 (quote says laying hens)"),
 ("l-2022", L, "culled since 2022", "2022", "date", 2022, 2022, "year", N, "outbreak start"),
 ("l-75", L, "up to 75% of the cost", "75%", "percent", 75, 75, "%", Y, "usda biosecurity cost share"),
 ("l-150", L, "reached 150 farms", "150", "count", 150, 150, "sites", Y, "biosecurity pilot sites"),
 ("l-one", L, "only one has had", "one", "count", 1, 1, "sites", Y, "pilot sites infected since"),
 ("l-237", L, "risen 237%", "237%", "percent", 237, 237, "%", Y, "avg retail price rise since jan 2021 (rollins)"),
 ("l-jan21", L, "since January 2021", "January 2021", "date", 2021, 2021, "year", N, "baseline date"),
 ("l-147", L, "when it was $1.47", "$1.47", "money", 1.47, 1.47, D, Y, "avg retail price january 2021"),
 ("l-jan", L, "put the January average", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-415", L, "average at $4.15 a dozen", "$4.15", "money", 4.15, 4.15, D, Y, "bls avg retail price january 2025 (as worded; really december 2024)"),
 ("l-138", L, "jumped 13.8%", "13.8%", "percent", 13.8, 13.8, "%", Y, "cpi egg index jan 2025 m/m (nsa wording)"),
 ("l-thiswk", L, "this week raised", "this week", "date", 2025, 2025, "year", N, "forecast release"),
 ("l-2025", L, "prices in 2025 to a", "2025", "date", 2025, 2025, "year", N, "forecast year"),
 ("l-411", L, "to a 41.1% increase", "41.1%", "percent", 41.1, 41.1, "%", Y, "ers february forecast egg prices 2025"),
 ("l-203", L, "the 20.3% it projected", "20.3%", "percent", 20.3, 20.3, "%", Y, "ers january forecast egg prices 2025"),
 ("l-amonth", L, "projected a month ago", "a month ago", "date", 2025, 2025, "year", N, "forecast vintage (january)"),
 ("l-34", L, "rise 3.4% this year", "3.4%", "percent", 3.4, 3.4, "%", Y, "ers forecast all food prices 2025"),
 ("l-thisyr", L, "3.4% this year", "this year", "date", 2025, 2025, "year", N, "forecast year"),
 ("l-fri", L, "report on Friday", "Friday", "date", 2025, 2025, "year", N, "as-of"),
 ("l-805", L, "at $8.05 a dozen", "$8.05", "money", 8.05, 8.05, D, Y, "wholesale national large white feb 28 2025"),
 ("l-42m", L, "about 4.2 million hens", "4.2 million", "count", 4.2e6, 4.2e6, "hens", Y, "sioux county farm loss"),
 ("l-dec", L, "hens in December", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-23m", L, "more than 23 million birds", "23 million", "count", 23e6, 23e6, "birds", Y, "birds destroyed january 2025 (all types)"),
 ("l-janb", L, "destroyed in January", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-18m", L, "more than 18 million the month", "18 million", "count", 18e6, 18e6, "birds", Y, "birds destroyed december 2024"),
 ("l-300k", L, "a 300,000-hen", "300,000", "count", 300000, 300000, "hens", N, "quoted farmer's barn"),
 ("l-4mo", L, "more than four months", "four months", "duration", 4, 4, "months", N, "anecdote: neighbor's barns empty"),
 ("l-lastspr", L, "outbreak last spring", "last spring", "date", 2024, 2024, "year", N, "anecdote"),
 ("l-earlier", L, "Earlier this month the department", "Earlier this month", "date", 2025, 2025, "year", N, "zoetis conditional license (other event)"),
 ("l-nexttue", L, "next Tuesday", "next Tuesday", "date", 2025, 2025, "year", N, "aside"),

 # ---- EG07 fact-check (2025-04-14)
 ("f-h47", F, "really fallen 47%?", "47%", "percent", 47, 47, "%", N, "headline: claim under review"),
 ("f-date", F, "April 14, 2025", "April 14, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c47", F, "are down 47% since", "47%", "percent", 47, 47, "%", N, "claim under review"),
 ("f-20k", F, "more than 20,000 times", "20,000", "count", 20000, 20000, "shares", N, "aside"),
 ("f-mar0", F, "who in March cited", "March", "date", 2025, 2025, "year", N, "quote date"),
 ("f-47pct", F, "\"47 percent decrease", "47 percent", "percent", 47, 47, "%", N, "quote"),
 ("f-j24", F, "since Jan. 24", "Jan. 24", "date", 2025, 2025, "year", N, "quote baseline"),
 ("f-817", F, "hit $8.17 a dozen", "$8.17", "money", 8.17, 8.17, D, Y, "wholesale national peak march 3 2025"),
 ("f-m3", F, "a dozen on March 3", "March 3", "date", 2025, 2025, "year", N, "as-of"),
 ("f-327", F, "fell to $3.27 by March 21", "$3.27", "money", 3.27, 3.27, D, Y, "wholesale national march 21 2025"),
 ("f-m21", F, "$3.27 by March 21", "March 21", "date", 2025, 2025, "year", N, "as-of"),
 ("f-60", F, "a drop of 60%", "60%", "percent", 60, 60, "%", Y, "wholesale decline peak to march 21"),
 ("f-lt3wk", F, "less than three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "time from peak to march 21 (upper bound)"),
 ("f-thu", F, "reported on Thursday", "Thursday", "date", 2025, 2025, "year", N, "cpi release (april 10)"),
 ("f-623", F, "averaged a record $6.23", "$6.23", "money", 6.23, 6.23, D, Y, "bls avg retail price march 2025 (record)"),
 ("f-mar1", F, "$6.23 in March, up", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-590", F, "up from $5.90 in February", "$5.90", "money", 5.90, 5.90, D, Y, "bls avg retail price february 2025"),
 ("f-feb1", F, "$5.90 in February and", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-495", F, "and $4.95 in January", "$4.95", "money", 4.95, 4.95, D, Y, "bls avg retail price january 2025"),
 ("f-jan1", F, "$4.95 in January. The", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-59a", F, "rose 5.9% in March and", "5.9%", "percent", 5.9, 5.9, "%", Y, "cpi egg index march m/m"),
 ("f-mar2", F, "rose 5.9% in March and", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-604", F, "was 60.4% above", "60.4%", "percent", 60.4, 60.4, "%", Y, "cpi egg index yoy march 2025"),
 ("f-mar24", F, "its level of March 2024", "March 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-feb2", F, "in February it had been", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-588", F, "had been 58.8% above", "58.8%", "percent", 58.8, 58.8, "%", Y, "cpi egg index yoy february 2025"),
 ("f-3wk", F, "take up to three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "usda: wholesale-to-retail lag"),
 ("f-easter", F, "Easter falls on April 20", "April 20", "date", 2025, 2025, "year", N, "easter date"),
 ("f-30m", F, "more than 30 million egg-laying", "30 million", "count", 30e6, 30e6, "hens", Y, "layers lost jan-mar 2025"),
 ("f-jm", F, "from January through March", "January through March", "date", 2025, 2025, "year", N, "period"),
 ("f-59", F, "from 59 in February", "59", "count", 59, 59, "outbreaks", Y, "commercial outbreaks february 2025"),
 ("f-feb3", F, "59 in February to", "February", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-21", F, "to 21 in March", "21", "count", 21, 21, "outbreaks", Y, "commercial outbreaks march 2025 (as worded)"),
 ("f-mar3", F, "21 in March, according", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-21m", F, "About 2.1 million birds", "2.1 million", "count", 2.1e6, 2.1e6, "birds", Y, "birds culled march 2025"),
 ("f-mar4", F, "culled in March, and", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-none", F, "and none of them", "none", "count", 0, 0, "birds", N, "march culls on egg farms"),
 ("f-72", F, "confirmed 72-28", "72", "vote", 72, 72, "votes", Y, "rollins confirmation votes for"),
 ("f-28", F, "confirmed 72-28", "28", "vote", 28, 28, "votes", Y, "rollins confirmation votes against"),
 ("f-febc", F, "72-28 in February", "February", "date", 2025, 2025, "year", N, "confirmation month"),
 ("f-1b", F, "a $1 billion plan on", "$1 billion", "money", 1e9, 1e9, D, Y, "usda hpai plan total"),
 ("f-f26", F, "plan on Feb. 26", "Feb. 26", "date", 2025, 2025, "year", Y, "usda plan announcement"),
 ("f-400", F, "$400 million for biosecurity", "$400 million", "money", 400e6, 400e6, D, Y, "usda plan biosecurity (as worded)"),
 ("f-500", F, "$500 million in relief", "$500 million", "money", 500e6, 500e6, D, Y, "usda plan farmer relief (as worded)"),
 ("f-100", F, "$100 million for vaccine", "$100 million", "money", 100e6, 100e6, D, Y, "usda plan vaccines/therapeutics"),
 ("f-marimp", F, "began arriving in March", "March", "date", 2025, 2025, "year", N, "imports start"),
 ("f-july", F, "shipping through July", "July", "date", 2025, 2025, "year", N, "turkish shipments end"),
 ("f-a8", F, "said on April 8 that", "April 8", "date", 2025, 2025, "year", N, "cal-maine disclosure date"),
 ("f-half", F, "by more than half", "more than half", "percent", 50, 50, "%", Y, "wholesale decline early to late march (lower bound)"),
 ("f-elmar", F, "between early and late March", "early and late March", "date", 2025, 2025, "year", N, "period"),
 ("f-r47", F, "so a 47% drop", "47%", "percent", 47, 47, "%", N, "claim repeated in ruling"),
 ("f-59b", F, "rose 5.9% in March to", "5.9%", "percent", 5.9, 5.9, "%", Y, "cpi egg index march m/m (ruling repeat)"),
 ("f-mar5", F, "5.9% in March to an", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-s1", F, "news release, April 10, 2025", "April 10, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2", F, "Overview, March 7", "March 7", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s3", F, "March 7, March 21 and", "March 21", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s4", F, "and March 28, 2025", "March 28, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s5", F, "strategy, Feb. 26, 2025", "Feb. 26, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s6", F, "(Form 10-Q), April 8, 2025", "April 8, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s7", F, "briefing, March 2025", "March 2025", "date", 2025, 2025, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 record retail price March 2025: $5.90 (EG05, February's figure) vs $6.23
 ("b-590", "w-623", S), ("b-590", "a-623", S), ("b-590", "f-623", S),
 # S2 January 2025 retail average: $4.15 (EG06, December's figure) vs $4.95
 ("l-415", "p-495", S), ("l-415", "a-495", S), ("l-415", "e-495", S), ("l-415", "f-495", S),
 # S3 year of the previous $4.82 record: "January of last year" (EG02 -> 2024) vs January 2023
 ("p-janly", "w-jan23", S), ("p-janly", "e-jan23", S),
 # S4 CPI egg index yoy February 2025: 53% (EG04, January's figure) vs 58.8%
 ("e-53", "a-588", S), ("e-53", "f-588", S),
 # S5 CPI egg index yoy March 2025: 58.8% (EG02, February's figure) vs 60.4%
 ("p-588", "a-604", S), ("p-588", "f-604", S),
 # S6 ERS February forecast for 2025 egg prices: 20.3% (EG05, January's vintage) vs 41.1%
 ("b-203", "e-411", S), ("b-203", "l-411", S),
 # S7 plan biosecurity money: $400M (EG07, swapped) vs $500M
 ("f-400", "p-500", S), ("f-400", "e-500", S), ("f-400", "l-500", S),
 # S8 plan farmer relief: $500M (EG07, swapped) vs $400M
 ("f-500", "e-400", S), ("f-500", "l-400", S),
 # S9 commercial outbreaks in March: 21 (EG07, transposed) vs 12
 ("f-21", "w-12", S), ("f-21", "a-12", S),
 # S10 layers lost Jan-Mar 2025: 19.5 million (EG01, January only) vs 30.3 / more than 30 million
 ("w-195", "a-303", S), ("w-195", "p-30m", S), ("w-195", "f-30m", S),
 # S11 Cal-Maine quarterly profit: $1.42B (EG05, net sales) vs $508.5M
 ("b-142b", "w-5085", S),
 # S12 wholesale on March 21: $3.00 (EG02, the March 28 figure) vs $3.27
 ("p-300", "a-327", S), ("p-300", "f-327", S),
 # S13 DOJ antitrust inquiry opened: March 2024 (EG03) vs March 2025
 ("a-mar24", "w-cid", S), ("a-mar24", "e-thismo", S),
 # S14 pilot sites infected since: two (EG04) vs one
 ("e-two", "p-one", S), ("e-two", "l-one", S),
 # S15 USDA wholesale-to-retail lag: three months (EG05) vs three weeks
 ("b-3mo", "p-3wk", S), ("b-3mo", "f-3wk", S),
 # S16 Rollins confirmation tally: 71-29 (EG06) vs 72-28
 ("l-71", "e-72", S), ("l-71", "f-72", S), ("l-29", "e-28", S), ("l-29", "f-28", S),
 # Qualified
 ("w-127", "a-177", Q),   # april drop: AP-style 12.7% for the average price vs computed -17.7% (index vs average)
 ("e-157", "l-237", Q),   # rise since jan 2021: 157% vs 237% (different baselines, real discrepancy)
 ("e-192", "l-147", Q),   # jan 2021 average: $1.92 vs $1.47 (real discrepancy)
 ("b-853", "e-817", Q), ("b-853", "a-817", Q), ("b-853", "f-817", Q),  # wholesale peak: NY benchmark vs national
 ("e-152", "l-138", Q), ("a-152", "l-138", Q),  # jan cpi egg m/m: 15.2% (SA) vs 13.8%
 ("p-20wk", "w-6mo", Q), ("p-20wk", "e-6mo", Q),  # age at first lay: about 20 weeks vs about six months
 ("a-4wk", "p-3wk", Q), ("a-4wk", "f-3wk", Q),  # estimated lag on decreases vs USDA "up to three weeks"
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
        rows.append({"type": "claim", "id": f"eg-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"eg-{a}", f"eg-{b}"
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
