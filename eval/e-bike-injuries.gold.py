#!/usr/bin/env python3
"""Build e-bike-injuries.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "e-bike-injuries")
OUT = os.path.join(HERE, "e-bike-injuries.gold.jsonl")
T = "e-bike-injuries"
PFX = "eb"

W, P, A, E, B, L, F = ("EB01_wire.txt", "EB02_press.txt", "EB03_abstract.txt",
                       "EB04_explainer.txt", "EB05_blog.txt", "EB06_local.txt", "EB07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EB01 wire (2025-05-01)
 ("w-dl", W, "WASHINGTON, May 1", "May 1", "date", 2025, 2025, "year", N, "dateline"),
 ("w-3", W, "voted 3-2 on Wednesday", "3", "vote", 3, 3, "votes for", Y, "cpsc npr vote (for)"),
 ("w-2", W, "voted 3-2 on Wednesday", "2", "vote", 2, 2, "votes against", Y, "cpsc npr vote (against)"),
 ("w-wed", W, "3-2 on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "cpsc npr vote date (2025-04-30)"),
 ("w-3std", W, "turn three voluntary", "three", "count", 3, 3, "standards", Y, "ul standards made mandatory"),
 ("w-3dem", W, "The commission's three Democratic", "three", "count", 3, 3, "commissioners", N, "restates vote for"),
 ("w-feb", W, "Trump signed in February", "February", "date", 2025, 2025, "year", N, "executive order date"),
 ("w-227", W, "aware of 227 incidents", "227", "count", 227, 227, "incidents", Y, "npr incidents 2019-2023"),
 ("w-5yr", W, "in the five years from", "five years", "duration", 5, 5, "years", N, "npr window"),
 ("w-1923", W, "from 2019 to 2023", "2019 to 2023", "date", 2019, 2023, "year", N, "npr window"),
 ("w-39", W, "resulted in 39 deaths", "39", "count", 39, 39, "deaths", Y, "npr deaths 2019-2023"),
 ("w-181", W, "and 181 injuries", "181", "count", 181, 181, "injuries", Y, "npr injuries 2019-2023"),
 ("w-mar", W, "California, in March that", "March", "date", 2025, 2025, "year", N, "san leandro fire"),
 ("w-3gen", W, "killed three generations", "three", "count", 3, 3, "generations", N, "san leandro fire aside"),
 ("w-6yo", W, "a 6-year-old girl", "6-year-old", "age", 6, 6, "years", N, "san leandro victim age"),
 ("w-2days", W, "came two days after", "two days", "duration", 2, 2, "days", N, "gap between house and cpsc votes"),
 ("w-mon", W, "on Monday passed", "Monday", "date", 2025, 2025, "year", Y, "house passage of battery act (2025-04-28)"),
 ("w-277", W, "caused 277 fires", "277", "count", 277, 277, "fires", Y, "fdny li-ion fires 2024"),
 ("w-2024", W, "in the city in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-six", W, "and killed six people", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2024"),
 ("w-18", W, "down from 18 deaths", "18", "count", 18, 18, "deaths", Y, "fdny li-ion deaths 2023"),
 ("w-2023", W, "18 deaths in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-sep23", W, "since September 2023 has", "September 2023", "date", 2023, 2023, "year", Y, "nyc ll39 effective"),
 ("w-one", W, "\"One death is too many", "One", "count", 1, 1, "deaths", N, "quote"),
 ("w-jan", W, "said in January, when", "January", "date", 2025, 2025, "year", N, "fdny year-end release"),
 ("w-oct23", W, "released in October 2023", "October 2023", "date", 2023, 2023, "year", N, "cpsc report release"),
 ("w-3608", W, "treated 360,800 injuries", "360,800", "count", 360800, 360800, "ed visits", Y, "cpsc micromobility ed visits 2017-2022"),
 ("w-1722", W, "from 2017 through 2022. Injuries", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("w-23", W, "Injuries jumped 23% in 2022", "23%", "percent", 23, 23, "%", Y, "micromobility injury increase 2022 vs 2021"),
 ("w-y22", W, "jumped 23% in 2022 from", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-233", W, "counted 233 deaths", "233", "count", 233, 233, "deaths", Y, "cpsc micromobility deaths 2017-2022"),
 ("w-6yr", W, "over the six years", "six years", "duration", 6, 6, "years", N, "period"),
 ("w-14", W, "Children aged 14 and younger", "14", "age", 14, 14, "years", N, "age group definition"),
 ("w-36", W, "for about 36% of the injuries", "36%", "percent", 36, 36, "%", Y, "children <=14 share of micromobility injuries"),
 ("w-single", W, "backed a single national", "single", "count", 1, 1, "standards", N, "aside"),
 ("w-thu", W, "It was not clear on Thursday", "Thursday", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-1972", W, "created it in 1972", "1972", "date", 1972, 1972, "year", N, "cpsc founded"),
 ("w-5seats", W, "has five seats", "five", "count", 5, 5, "seats", N, "commission size"),

 # ---- EB02 press (2025-06-12)
 ("p-sub30", P, "First 30 certified e-bikes", "30", "count", 30, 30, "e-bikes", N, "subtitle repeat"),
 ("p-dl", P, "NEW YORK, June 12, 2025", "June 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-30", P, "delivered the first 30 e-bikes", "30", "count", 30, 30, "e-bikes", Y, "e-bikes at first trade-in event"),
 ("p-2m", P, "allocated $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "trade-in program funding"),
 ("p-400", P, "replacing more than 400", "400", "count", 400, 400, "devices", Y, "trade-in target 2025"),
 ("p-in25", P, "uncertified devices in 2025", "2025", "date", 2025, 2025, "year", N, "target year"),
 ("p-ll131", P, "Local Law 131 of 2023", "2023", "date", 2023, 2023, "year", N, "law year (part of name)"),
 ("p-5boro", P, "one of the city's five boroughs", "five", "count", 5, 5, "boroughs", N, "aside"),
 ("p-18", P, "be at least 18 years old", "18 years", "age", 18, 18, "years", Y, "trade-in minimum age"),
 ("p-1500", P, "earned at least $1,500", "$1,500", "money", 1500, 1500, "USD", Y, "trade-in earnings threshold"),
 ("p-2024e", P, "delivery worker in 2024", "2024", "date", 2024, 2024, "year", N, "earnings year"),
 ("p-jan27", P, "first opened on January 27", "January 27", "date", 2025, 2025, "year", Y, "trade-in applications opened"),
 ("p-jun30", P, "waitlist through June 30", "June 30", "date", 2025, 2025, "year", N, "waitlist deadline"),
 ("p-jan", P, "FDNY figures released in January", "January", "date", 2025, 2025, "year", N, "release date"),
 ("p-277", P, "batteries caused 277 fires", "277", "count", 277, 277, "fires", Y, "fdny li-ion fires 2024"),
 ("p-y24", P, "277 fires in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-268", P, "up slightly from 268", "268", "count", 268, 268, "fires", Y, "fdny li-ion fires 2023"),
 ("p-y23", P, "from 268 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-six", P, "deaths fell to six from 18", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2024"),
 ("p-18d", P, "fell to six from 18", "18", "count", 18, 18, "deaths", Y, "fdny li-ion deaths 2023"),
 ("p-67", P, "a 67% decrease", "67%", "percent", 67, 67, "%", Y, "li-ion death decline 2023-2024"),
 ("p-y24b", P, "Of the 2024 fires", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-133", P, "133 were non-structural", "133", "count", 133, 133, "fires", Y, "non-structural li-ion fires 2024"),
 ("p-90", P, "compared with 90 in 2023", "90", "count", 90, 90, "fires", Y, "non-structural li-ion fires 2023"),
 ("p-y23b", P, "with 90 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-585", P, "inspected 585 e-bike shops", "585", "count", 585, 585, "shops", Y, "shops inspected 2024"),
 ("p-y24c", P, "e-bike shops in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-25", P, "a 25% increase", "25%", "percent", 25, 25, "%", Y, "inspection increase vs 2023"),
 ("p-426", P, "issuing 426 FDNY summonses", "426", "count", 426, 426, "summonses", Y, "fdny summonses 2024"),
 ("p-138", P, "138 violation orders", "138", "count", 138, 138, "orders", Y, "violation orders 2024"),
 ("p-32", P, "and 32 criminal summonses", "32", "count", 32, 32, "summonses", Y, "criminal summonses 2024"),
 ("p-1m", P, "ran a $1 million advertising", "$1 million", "money", 1000000, 1000000, "USD", Y, "fdny ad campaign"),
 ("p-lastyr", P, "in April of last year", "April of last year", "date", 2024, 2024, "year", Y, "house passage of battery act"),
 ("p-single", P, "Torvane supports a single national", "single", "count", 1, 1, "standards", N, "aside"),
 ("p-2yr", P, "carry a two-year warranty", "two-year", "duration", 2, 2, "years", N, "warranty (company product)"),
 ("p-end25", P, "through the end of 2025", "2025", "date", 2025, 2025, "year", N, "forecast"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-60k", P, "more than 60,000 e-bikes", "60,000", "count", 60000, 60000, "e-bikes", N, "about section"),
 ("p-240", P, "employs about 240 people", "240", "count", 240, 240, "employees", N, "about section"),
 ("p-since23", P, "United States since 2023 are", "2023", "date", 2023, 2023, "year", N, "about section"),

 # ---- EB03 abstract (2024-10-16)
 ("a-pub", A, "Published online October 16, 2024", "October 16, 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-title", A, "Emergency Departments, 2017–2022", "2017–2022", "date", 2017, 2022, "year", N, "title period"),
 ("a-269", A, "grew 269% between", "269%", "percent", 269, 269, "%", Y, "us e-bike sales growth 2019-2022"),
 ("a-1922s", A, "269% between 2019 and 2022", "2019 and 2022", "date", 2019, 2022, "year", N, "period"),
 ("a-885", A, "reaching $885.5 million", "$885.5 million", "money", 885500000, 885500000, "USD", Y, "us e-bike sales 2022"),
 ("a-y22s", A, "$885.5 million in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-1922", A, "injuries from 2019 to 2022 found", "2019 to 2022", "date", 2019, 2022, "year", N, "period"),
 ("a-293", A, "injuries rose 293.0%", "293.0%", "percent", 293.0, 293.0, "%", Y, "ajph e-bike injury rate increase 2019-2022"),
 ("a-88", A, "against 88.0% for powered", "88.0%", "percent", 88.0, 88.0, "%", Y, "ajph powered scooter injury rate increase"),
 ("a-438", A, "43.8% of injured e-bike riders", "43.8%", "percent", 43.8, 43.8, "%", Y, "ajph e-bike helmet use"),
 ("a-487", A, "with 48.7% of injured pedal", "48.7%", "percent", 48.7, 48.7, "%", Y, "ajph bicycle helmet use"),
 ("a-233", A, "has counted 233 deaths", "233", "count", 233, 233, "deaths", Y, "cpsc micromobility deaths 2017-2022"),
 ("a-1722", A, "devices from 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("a-18", A, "fires killed 18 people in 2022", "18", "count", 18, 18, "deaths", Y, "nyc li-ion deaths 2022 (as stated)"),
 ("a-y22", A, "18 people in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-100", A, "a probability sample of about 100", "100", "count", 100, 100, "hospitals", Y, "neiss hospitals"),
 ("a-period", A, "from January 1, 2017, to December 31, 2022", "January 1, 2017, to December 31, 2022", "date", 2017, 2022, "year", N, "study period"),
 ("a-n1038", A, "N = 1,038", "1,038", "count", 1038, 1038, "cases", Y, "sampled neiss cases"),
 ("a-45921", A, "an estimated 45,921 ED visits", "45,921", "count", 45921, 45921, "ed visits", Y, "e-bike ed visits 2017-2022"),
 ("a-ci", A, "(95% CI, 33,604–58,238)", "33,604–58,238", "count", 33604, 58238, "ed visits", Y, "ci"),
 ("a-6yr", A, "over 6 years", "6 years", "duration", 6, 6, "years", N, "period"),
 ("a-36", A, "median age was 36 years", "36 years", "age", 36, 36, "years", Y, "median age"),
 ("a-iqr", A, "(IQR, 21–52 years)", "21–52 years", "age", 21, 52, "years", N, "iqr"),
 ("a-764", A, "76.4% of patients were male", "76.4%", "percent", 76.4, 76.4, "%", Y, "male share"),
 ("a-u18", A, "children younger than 18 years", "18 years", "age", 18, 18, "years", N, "age group definition"),
 ("a-192", A, "accounted for 19.2% of visits", "19.2%", "percent", 19.2, 19.2, "%", Y, "children <18 share of e-bike visits"),
 ("a-362", A, "n=362 sampled", "362", "count", 362, 362, "cases", Y, "sampled head injury cases"),
 ("a-162", A, "rose from 162 in 2017", "162", "count", 162, 162, "ed visits", Y, "e-bike head injury ed visits 2017"),
 ("a-y17", A, "from 162 in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("a-7938", A, "to 7,938 in 2022", "7,938", "count", 7938, 7938, "ed visits", Y, "e-bike head injury ed visits 2022"),
 ("a-y22b", A, "7,938 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-49", A, "a 49-fold increase", "49-fold", "ratio", 49, 49, "x", Y, "head injury increase 2017-2022"),
 ("a-43", A, "rose 43-fold over", "43-fold", "ratio", 43, 43, "x", Y, "hospital admission increase 2017-2022"),
 ("a-n489", A, "documented in n=489", "489", "count", 489, 489, "cases", Y, "cases with helmet status"),
 ("a-44", A, "of these, 44.0% of riders", "44.0%", "percent", 44.0, 44.0, "%", Y, "helmet use among injured e-bike riders"),
 ("a-apc", A, "(APC, −5.7% per year", "−5.7%", "percent", -5.7, -5.7, "%/yr", Y, "helmet use annual percent change"),
 ("a-apcci", A, "95% CI, −9.9% to −1.3%", "−9.9% to −1.3%", "percent", -9.9, -1.3, "%/yr", Y, "ci"),
 ("a-p02", A, "P = .02", ".02", "pvalue", 0.02, 0.02, "p", N, "p-value"),
 ("a-473", A, "(47.3% vs 31.6%", "47.3%", "percent", 47.3, 47.3, "%", Y, "head injury share unhelmeted"),
 ("a-316", A, "47.3% vs 31.6%", "31.6%", "percent", 31.6, 31.6, "%", Y, "head injury share helmeted"),
 ("a-p001", A, "P < .001", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-65", A, "patients 65 years or older", "65 years", "age", 65, 65, "years", N, "age group definition"),
 ("a-385", A, "38.5% were admitted", "38.5%", "percent", 38.5, 38.5, "%", Y, "admission share 65+"),
 ("a-141", A, "compared with 14.1% of patients", "14.1%", "percent", 14.1, 14.1, "%", Y, "admission share 18-64"),
 ("a-1864", A, "aged 18 to 64 years", "18 to 64 years", "age", 18, 64, "years", N, "age group definition"),
 ("a-c1722", A, "Between 2017 and 2022, e-bike", "2017 and 2022", "date", 2017, 2022, "year", N, "period"),
 ("a-c50", A, "increased nearly 50-fold", "50-fold", "ratio", 50, 50, "x", N, "summary (rounded 49-fold)"),
 ("a-chalf", A, "fewer than half of injured", "half", "percent", 50, 50, "%", N, "summary of 44%"),
 ("a-c6", A, "fell by almost 6% a year", "6%", "percent", 6, 6, "%/yr", N, "summary of apc"),
 ("a-kp1722", A, "changed from 2017 to 2022?", "2017 to 2022", "date", 2017, 2022, "year", N, "period"),
 ("a-kp1038", A, "study of 1,038 NEISS", "1,038", "count", 1038, 1038, "cases", N, "key points repeat"),
 ("a-kp46k", A, "about 46,000 ED visits", "46,000", "count", 46000, 46000, "ed visits", N, "key points repeat (rounded)"),
 ("a-kp49", A, "head injuries increased 49-fold", "49-fold", "ratio", 49, 49, "x", N, "key points repeat"),
 ("a-kp44", A, "only 44% of injured riders", "44%", "percent", 44, 44, "%", N, "key points repeat"),

 # ---- EB04 explainer (2025-07-15)
 ("e-upd", E, "Updated July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-oct23", E, "Its October 2023 report", "October 2023", "date", 2023, 2023, "year", N, "report date"),
 ("e-3608", E, "estimated 360,800 emergency", "360,800", "count", 360800, 360800, "ed visits", Y, "cpsc micromobility ed visits 2017-2022"),
 ("e-1722", E, "hoverboards from 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("e-21", E, "Injuries rose nearly 21%", "21%", "percent", 21, 21, "%", Y, "micromobility injury increase 2022 vs 2021"),
 ("e-2221", E, "in 2022 from 2021", "2022 from 2021", "date", 2021, 2022, "year", N, "qualifier years"),
 ("e-23", E, "an average of 23% a year", "23%", "percent", 23, 23, "%/yr", Y, "average annual injury increase since 2017"),
 ("e-s17", E, "a year since 2017", "2017", "date", 2017, 2017, "year", N, "period start"),
 ("e-22", E, "up 22% in 2022", "22%", "percent", 22, 22, "%", Y, "e-scooter injury increase 2022"),
 ("e-y22a", E, "were up 22% in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-26", E, "hoverboard injuries fell 26%", "26%", "percent", 26, 26, "%", Y, "hoverboard injury decrease 2022"),
 ("e-46", E, "picture: 46% of all", "46%", "percent", 46, 46, "%", Y, "share of 2017-2022 e-bike injuries in 2022"),
 ("e-1722b", E, "e-bike injuries from 2017 to 2022 happened", "2017 to 2022", "date", 2017, 2022, "year", N, "period"),
 ("e-y22b", E, "happened in 2022 alone", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-293", E, "injuries rose 293%", "293%", "percent", 293, 293, "%", Y, "ajph e-bike injury rate increase 2019-2022"),
 ("e-1922", E, "293% from 2019 to 2022", "2019 to 2022", "date", 2019, 2022, "year", N, "period"),
 ("e-233", E, "The CPSC counted 233 deaths", "233", "count", 233, 233, "deaths", Y, "cpsc micromobility deaths 2017-2022"),
 ("e-1722c", E, "micromobility devices from 2017 through 2022. Of", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("e-104d", E, "Of those, 104 involved", "104", "count", 104, 104, "deaths", Y, "cpsc e-bike deaths 2017-2022"),
 ("e-58", E, "and 58 of the e-bike deaths", "58", "count", 58, 58, "deaths", Y, "e-bike deaths with motor vehicle"),
 ("e-14", E, "Children 14 and younger made", "14", "age", 14, 14, "years", N, "age group definition"),
 ("e-36", E, "made up about 36%", "36%", "percent", 36, 36, "%", Y, "children <=14 share of micromobility injuries"),
 ("e-1722d", E, "micromobility injuries from 2017 to 2022, double", "2017 to 2022", "date", 2017, 2022, "year", N, "period"),
 ("e-double", E, "2022, double their", "double", "ratio", 2, 2, "x", N, "36% vs 18%"),
 ("e-18pop", E, "their 18% share", "18%", "percent", 18, 18, "%", Y, "children <=14 share of us population"),
 ("e-76", E, "about 76% of e-bike", "76%", "percent", 76, 76, "%", Y, "male share of e-bike ed visits"),
 ("e-5474", E, "A study of 5,474 e-bike", "5,474", "count", 5474, 5474, "patients", Y, "ntds e-bike trauma patients"),
 ("e-1823", E, "patients from 2018 to 2023", "2018 to 2023", "date", 2018, 2023, "year", N, "period"),
 ("e-411", E, "mean age of 41.1 years", "41.1 years", "age", 41.1, 41.1, "years", Y, "ntds mean age"),
 ("e-82", E, "and 82% were male", "82%", "percent", 82, 82, "%", Y, "ntds male share"),
 ("e-44", E, "found that only 44% of", "44%", "percent", 44, 44, "%", Y, "jama surg helmet use"),
 ("e-6", E, "fell by almost 6% a year", "6%", "percent", 6, 6, "%/yr", Y, "jama surg helmet use annual decline"),
 ("e-1722e", E, "between 2017 and 2022. Over", "2017 and 2022", "date", 2017, 2022, "year", N, "period"),
 ("e-43", E, "rose 43-fold", "43-fold", "ratio", 43, 43, "x", Y, "e-bike head injury increase 2017-2022 (as stated)"),
 ("e-8k", E, "to nearly 8,000 in 2022", "8,000", "count", 8000, 8000, "ed visits", Y, "e-bike head injury ed visits 2022"),
 ("e-y22c", E, "nearly 8,000 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-104f", E, "counted 104 lithium-ion battery fires", "104", "count", 104, 104, "fires", Y, "fdny li-ion fires 2021"),
 ("e-y21", E, "battery fires in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-79", E, "with 79 injuries", "79", "count", 79, 79, "injuries", Y, "fdny li-ion injuries 2021"),
 ("e-4", E, "and four deaths; 220", "four", "count", 4, 4, "deaths", Y, "fdny li-ion deaths 2021"),
 ("e-220", E, "deaths; 220 fires", "220", "count", 220, 220, "fires", Y, "fdny li-ion fires 2022"),
 ("e-y22d", E, "220 fires in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-142", E, "with 142 injuries", "142", "count", 142, 142, "injuries", Y, "fdny li-ion injuries 2022"),
 ("e-six22", E, "142 injuries and six deaths", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2022"),
 ("e-277", E, "and 277 fires in 2023", "277", "count", 277, 277, "fires", Y, "fdny li-ion fires 2023 (as stated)"),
 ("e-y23", E, "277 fires in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-150", E, "with 150 injuries", "150", "count", 150, 150, "injuries", Y, "fdny li-ion injuries 2023"),
 ("e-18", E, "150 injuries and 18 deaths", "18", "count", 18, 18, "deaths", Y, "fdny li-ion deaths 2023"),
 ("e-y24", E, "In 2024, deaths fell", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-six24", E, "deaths fell to six", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2024"),
 ("e-67", E, "a 67% drop", "67%", "percent", 67, 67, "%", Y, "li-ion death decline 2023-2024"),
 ("e-60", E, "showed that nearly 60%", "60%", "percent", 60, 60, "%", Y, "share of 2023 fires with battery not charging"),
 ("e-y23b", E, "battery fires in 2023 involved", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-aug24", E, "By late August 2024", "late August 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("e-171", E, "counted 171 fires", "171", "count", 171, 171, "fires", Y, "fdny li-ion fires 2024 ytd to aug 29"),
 ("e-59", E, "59 injuries and three", "59", "count", 59, 59, "injuries", Y, "fdny li-ion injuries 2024 ytd"),
 ("e-3ytd", E, "59 injuries and three deaths", "three", "count", 3, 3, "deaths", Y, "fdny li-ion deaths 2024 ytd to aug 29"),
 ("e-p23", E, "keeping pace with 2023", "2023", "date", 2023, 2023, "year", N, "comparison year"),
 ("e-sep16", E, "effect on September 16, 2023", "September 16, 2023", "date", 2023, 2023, "year", Y, "nyc ll39 effective"),
 ("e-6mo", E, "six months after it was enacted", "six months", "duration", 6, 6, "months", Y, "ll39 lead time"),
 ("e-1000", E, "fined up to $1,000", "$1,000", "money", 1000, 1000, "USD", Y, "ll39 max fine repeat violations"),
 ("e-apr30", E, "On April 30, 2025", "April 30, 2025", "date", 2025, 2025, "year", Y, "cpsc npr vote date"),
 ("e-v3", E, "CPSC voted 3-2 to propose", "3", "vote", 3, 3, "votes for", Y, "cpsc npr vote (for)"),
 ("e-v2", E, "voted 3-2 to propose", "2", "vote", 2, 2, "votes against", Y, "cpsc npr vote (against)"),
 ("e-227", E, "citing 227 incidents", "227", "count", 227, 227, "incidents", Y, "npr incidents 2019-2023"),
 ("e-5yr", E, "over five years", "five years", "duration", 5, 5, "years", N, "npr window"),
 ("e-39", E, "caused 39 deaths", "39", "count", 39, 39, "deaths", Y, "npr deaths 2019-2023"),
 ("e-181", E, "and 181 injuries", "181", "count", 181, 181, "injuries", Y, "npr injuries 2019-2023"),
 ("e-may", E, "In May, after three", "May", "date", 2025, 2025, "year", Y, "npr withdrawal date"),
 ("e-3com", E, "after three commissioners", "three", "count", 3, 3, "commissioners", N, "commissioners removed"),
 ("e-2mem", E, "the remaining two members", "two", "count", 2, 2, "commissioners", N, "restates vote"),
 ("e-w2", E, "voted 2-0 to withdraw", "2", "vote", 2, 2, "votes for", Y, "cpsc withdrawal vote (for)"),
 ("e-w0", E, "2-0 to withdraw", "0", "vote", 0, 0, "votes against", Y, "cpsc withdrawal vote (against)"),
 ("e-19", E, "knows of 19 deaths", "19", "count", 19, 19, "deaths", Y, "cpsc micromobility fire deaths 2021-nov 2022"),
 ("e-win", E, "between January 1, 2021, and November 28, 2022", "January 1, 2021, and November 28, 2022", "date", 2021, 2022, "year", N, "period"),

 # ---- EB05 blog (2025-08-05)
 ("b-dt", B, "August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-4yr", B, "to work for four years", "four years", "duration", 4, 4, "years", N, "aside"),
 ("b-spring", B, "Then this spring a friend", "this spring", "date", 2025, 2025, "year", N, "anecdote"),
 ("b-fall", B, "JAMA Surgery last fall", "last fall", "date", 2024, 2024, "year", N, "study publication"),
 ("b-1722", B, "emergency rooms between 2017 and 2022", "2017 and 2022", "date", 2017, 2022, "year", N, "period"),
 ("b-49", B, "went up 49-fold", "49-fold", "ratio", 49, 49, "x", Y, "e-bike head injury increase 2017-2022"),
 ("b-6yr", B, "over those six years", "six years", "duration", 6, 6, "years", N, "period"),
 ("b-8k", B, "to nearly 8,000 in 2022", "8,000", "count", 8000, 8000, "ed visits", Y, "e-bike head injury ed visits 2022"),
 ("b-y22", B, "8,000 in 2022 alone", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-44", B, "Only 44% of the injured", "44%", "percent", 44, 44, "%", Y, "jama surg helmet use"),
 ("b-6", B, "dropped by almost 6% a year", "6%", "percent", 6, 6, "%/yr", Y, "jama surg helmet use annual decline"),
 ("b-1922", B, "devices from 2019 to 2022", "2019 to 2022", "date", 2019, 2022, "year", N, "period"),
 ("b-487", B, "wore helmets in 48.7% of", "48.7%", "percent", 48.7, 48.7, "%", Y, "ajph e-bike helmet use (as stated)"),
 ("b-348", B, "versus 34.8% for", "34.8%", "percent", 34.8, 34.8, "%", Y, "ajph powered scooter helmet use"),
 ("b-303", B, "and 30.3% on hoverboards", "30.3%", "percent", 30.3, 30.3, "%", Y, "ajph hoverboard helmet use"),
 ("b-half", B, "roughly half of us", "half", "percent", 50, 50, "%", N, "summary"),
 ("b-52", B, "I'm 52", "52", "age", 52, 52, "years", N, "author age"),
 ("b-40s", B, "in their early 40s", "early 40s", "age", 40, 43, "years", N, "typical trauma patient age (vague)"),
 ("b-cap1722", B, "by year, 2017-2022", "2017-2022", "date", 2017, 2022, "year", N, "caption period"),
 ("b-18", B, "killed 18 people in the city", "18", "count", 18, 18, "deaths", Y, "fdny li-ion deaths 2023"),
 ("b-y23", B, "in the city in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-3", B, "fires killed three New Yorkers", "three", "count", 3, 3, "deaths", Y, "fdny li-ion deaths 2024 (as stated)"),
 ("b-y24", B, "three New Yorkers in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-fall23", B, "Since the fall of 2023", "fall of 2023", "date", 2023, 2023, "year", Y, "nyc ll39 effective"),
 ("b-90d", B, "gave shops 90 days", "90 days", "duration", 90, 90, "days", Y, "ll39 lead time (as stated)"),
 ("b-thisyr", B, "And this year the city", "this year", "date", 2025, 2025, "year", N, "trade-in launch"),
 ("b-2m", B, "launched a $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "trade-in program funding"),
 ("b-400", B, "more than 400 bikes", "400", "count", 400, 400, "devices", Y, "trade-in target 2025"),
 ("b-y25", B, "400 bikes in 2025", "2025", "date", 2025, 2025, "year", N, "target year"),
 ("b-apr", B, "In April, the Consumer", "April", "date", 2025, 2025, "year", Y, "cpsc npr vote date"),
 ("b-v4", B, "voted 4-1 to propose", "4", "vote", 4, 4, "votes for", Y, "cpsc npr vote (for, as stated)"),
 ("b-v1", B, "voted 4-1 to propose", "1", "vote", 1, 1, "votes against", Y, "cpsc npr vote (against, as stated)"),
 ("b-39", B, "citing 39 deaths", "39", "count", 39, 39, "deaths", Y, "npr deaths 2019-2023"),
 ("b-118", B, "and 118 injuries", "118", "count", 118, 118, "injuries", Y, "npr injuries 2019-2023 (as stated)"),
 ("b-5yr", B, "over five years", "five years", "duration", 5, 5, "years", N, "npr window"),
 ("b-3com", B, "removed three commissioners", "three", "count", 3, 3, "commissioners", N, "commissioners removed"),
 ("b-hapr", B, "battery-standards bill in April", "April", "date", 2025, 2025, "year", Y, "house passage of battery act"),
 ("b-180", B, "It cost $180", "$180", "money", 180, 180, "USD", N, "aside"),
 ("b-single", B, "less than a single ER", "single", "count", 1, 1, "co-pays", N, "aside"),
 ("b-halft", B, "because half the time", "half", "percent", 50, 50, "%", N, "aside"),
 ("b-360k", B, "more than 360,000 ER", "360,000", "count", 360000, 360000, "ed visits", Y, "cpsc micromobility ed visits 2017-2022 (rounded)"),
 ("b-1722b", B, "hoverboards from 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),

 # ---- EB06 local (2025-06-20, hard-wrapped)
 ("l-dl", L, "Friday, June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-lastwk", L, "parking lot last week", "last week", "date", 2025, 2025, "year", N, "first trade-in event"),
 ("l-30", L, "He was among 30 food", "30", "count", 30, 30, "e-bikes", Y, "e-bikes at first trade-in event"),
 ("l-34", L, "said Castillo, 34,", "34", "age", 34, 34, "years", N, "interviewee age"),
 ("l-2m", L, "Transportation has $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "trade-in program funding"),
 ("l-400", L, "more than 400 bikes this year", "400", "count", 400, 400, "devices", Y, "trade-in target 2025"),
 ("l-thisyr", L, "400 bikes this year", "this year", "date", 2025, 2025, "year", N, "target year"),
 ("l-18", L, "residents, at least 18, and", "18", "age", 18, 18, "years", Y, "trade-in minimum age"),
 ("l-1500", L, "at least $1,500 making", "$1,500", "money", 1500, 1500, "USD", Y, "trade-in earnings threshold"),
 ("l-y24e", L, "making deliveries in 2024", "2024", "date", 2024, 2024, "year", N, "earnings year"),
 ("l-jun30", L, "open until June 30", "June 30", "date", 2025, 2025, "year", N, "waitlist deadline"),
 ("l-267", L, "batteries for 267 fires", "267", "count", 267, 267, "fires", Y, "fdny li-ion fires 2023 (fire marshals' count)"),
 ("l-150", L, "fires, 150 injuries", "150", "count", 150, 150, "injuries", Y, "fdny li-ion injuries 2023"),
 ("l-17", L, "and 17 deaths in 2023", "17", "count", 17, 17, "deaths", Y, "fdny li-ion deaths 2023 (as stated)"),
 ("l-y23", L, "17 deaths in 2023, the", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-y22", L, "In 2022 the department", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-220", L, "counted 220 fires", "220", "count", 220, 220, "fires", Y, "fdny li-ion fires 2022"),
 ("l-147", L, "220 fires, 147 injuries", "147", "count", 147, 147, "injuries", Y, "fdny li-ion injuries 2022"),
 ("l-six22", L, "147 injuries and six deaths", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2022"),
 ("l-y21", L, "and in 2021 four people died", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("l-4", L, "2021 four people died", "four", "count", 4, 4, "deaths", Y, "fdny li-ion deaths 2021"),
 ("l-six24", L, "Six people died in battery", "Six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2024"),
 ("l-y24", L, "battery fires in 2024,", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-280", L, "rose to nearly 280", "280", "count", 280, 280, "fires", Y, "fdny li-ion fires 2024 (rounded)"),
 ("l-27", L, "a 27-year-old journalist", "27-year-old", "age", 27, 27, "years", N, "victim age"),
 ("l-feb24", L, "fire in February 2024 that", "February 2024", "date", 2024, 2024, "year", Y, "harlem fire date"),
 ("l-17inj", L, "also injured 17 people", "17", "count", 17, 17, "injuries", Y, "harlem fire injured"),
 ("l-585", L, "which inspected 585 e-bike", "585", "count", 585, 585, "shops", Y, "shops inspected 2024"),
 ("l-564", L, "and issued 564", "564", "count", 564, 564, "summonses", Y, "summonses 2024 (as stated)"),
 ("l-2023fire", L, "The 2023 fire at", "2023", "date", 2023, 2023, "year", Y, "chinatown shop fire year"),
 ("l-4chin", L, "Chinatown killed four people", "four", "count", 4, 4, "deaths", Y, "chinatown shop fire deaths"),
 ("l-10x", L, "should be ten times bigger", "ten times", "ratio", 10, 10, "x", N, "quote"),
 ("l-tens", L, "We have tens of thousands", "tens of thousands", "count", None, None, "workers", N, "vague quote"),
 ("l-mon", L, "meeting on Monday", "Monday", "date", 2025, 2025, "year", N, "meeting date"),
 ("l-400q", L, "\"Four hundred bikes is", "Four hundred", "count", 400, 400, "devices", N, "quote repeat of target"),
 ("l-ll39", L, "Local Law 39 of 2023, passed", "2023", "date", 2023, 2023, "year", N, "law year (part of name)"),
 ("l-45", L, "the Council 45-1", "45", "vote", 45, 45, "votes for", Y, "council vote on ll39 (for)"),
 ("l-1", L, "Council 45-1 in March", "1", "vote", 1, 1, "votes against", Y, "council vote on ll39 (against)"),
 ("l-mar23", L, "45-1 in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "ll39 council passage"),
 ("l-180", L, "took effect 180 days", "180 days", "duration", 180, 180, "days", Y, "ll39 lead time"),
 ("l-sep16", L, "on Sept. 16, 2023", "Sept. 16, 2023", "date", 2023, 2023, "year", Y, "nyc ll39 effective"),
 ("l-apr24", L, "In April 2024, the Consumer", "April 2024", "date", 2024, 2024, "year", Y, "cpsc npr vote date (as stated)"),
 ("l-may", L, "the proposal in May", "May", "date", 2024, 2024, "year", N, "npr withdrawal (implied 2024 as written)"),
 ("l-104", L, "counted 104 deaths", "104", "count", 104, 104, "deaths", Y, "cpsc micromobility deaths 2017-2022 (as stated)"),
 ("l-1722", L, "hoverboards from 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("l-64", L, "rising: 64% of all", "64%", "percent", 64, 64, "%", Y, "share of 2017-2022 e-bike injuries in 2022 (as stated)"),
 ("l-s17", L, "estimated since 2017", "2017", "date", 2017, 2017, "year", N, "period start"),
 ("l-y22b", L, "happened in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),

 # ---- EB07 fact-check (2025-09-10)
 ("f-title", F, "kill more New Yorkers in 2024 than ever, with", "2024", "date", 2024, 2024, "year", N, "headline qualifier year"),
 ("f-dt", F, "September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", N, "post reach"),
 ("f-aug28", F, "since August 28", "August 28", "date", 2025, 2025, "year", N, "post date"),
 ("f-jan25", F, "released in January 2025", "January 2025", "date", 2025, 2025, "year", N, "release date"),
 ("f-six", F, "killed six people in the city in 2024", "six", "count", 6, 6, "deaths", Y, "fdny li-ion deaths 2024"),
 ("f-y24", F, "people in the city in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-18", F, "when 18 people died", "18", "count", 18, 18, "deaths", Y, "fdny li-ion deaths 2023"),
 ("f-67", F, "That is a 67% decrease", "67%", "percent", 67, 67, "%", Y, "li-ion death decline 2023-2024"),
 ("f-23", F, "a drop of two-thirds", "two-thirds", "percent", 66.7, 66.7, "%", N, "restatement of 67%"),
 ("f-277", F, "counted 277 battery fires", "277", "count", 277, 277, "fires", Y, "fdny li-ion fires 2024"),
 ("f-y24b", F, "277 battery fires in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-268", F, "compared with 268 in 2023", "268", "count", 268, 268, "fires", Y, "fdny li-ion fires 2023"),
 ("f-y23", F, "268 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-90", F, "homes: 90 of the 2024", "90", "count", 90, 90, "fires", Y, "non-structural li-ion fires 2024 (as stated)"),
 ("f-y24c", F, "90 of the 2024 fires", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-2023n", F, "that 2023, not 2024, remains", "2023", "date", 2023, 2023, "year", N, "deadliest year (restated)"),
 ("f-2024n", F, "2023, not 2024, remains", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-one", F, "\"One death is too many", "One", "count", 1, 1, "deaths", N, "quote"),
 ("f-jan", F, "words from January", "January", "date", 2025, 2025, "year", N, "quote date"),
 ("f-ll39", F, "Local Law 39 of 2023 has", "2023", "date", 2023, 2023, "year", N, "law year (part of name)"),
 ("f-sep16", F, "since September 16, 2023", "September 16, 2023", "date", 2023, 2023, "year", Y, "nyc ll39 effective"),
 ("f-in25", F, "In 2025 the city launched", "2025", "date", 2025, 2025, "year", N, "trade-in launch"),
 ("f-1m", F, "funded with $1 million", "$1 million", "money", 1000000, 1000000, "USD", Y, "trade-in program funding (as stated)"),
 ("f-585", F, "inspected 585 e-bike", "585", "count", 585, 585, "shops", Y, "shops inspected 2024"),
 ("f-y24d", F, "e-bike shops in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-apr28", F, "On April 28, 2025, the House", "April 28, 2025", "date", 2025, 2025, "year", Y, "house passage of battery act"),
 ("f-apr30", F, "On April 30, the Consumer", "April 30", "date", 2025, 2025, "year", Y, "cpsc npr vote date"),
 ("f-v3", F, "voted 3-2 to propose", "3", "vote", 3, 3, "votes for", Y, "cpsc npr vote (for)"),
 ("f-v2", F, "3-2 to propose", "2", "vote", 2, 2, "votes against", Y, "cpsc npr vote (against)"),
 ("f-may", F, "In May, after three", "May", "date", 2025, 2025, "year", Y, "npr withdrawal date"),
 ("f-3com", F, "after three Democratic", "three", "count", 3, 3, "commissioners", N, "commissioners fired"),
 ("f-2rem", F, "the two remaining", "two", "count", 2, 2, "commissioners", N, "restates vote"),
 ("f-w2", F, "voted 2-0 to withdraw", "2", "vote", 2, 2, "votes for", Y, "cpsc withdrawal vote (for)"),
 ("f-w0", F, "2-0 to withdraw", "0", "vote", 0, 0, "votes against", Y, "cpsc withdrawal vote (against)"),
 ("f-3608", F, "estimated 360,800 emergency", "360,800", "count", 360800, 360800, "ed visits", Y, "cpsc micromobility ed visits 2017-2022"),
 ("f-1722", F, "hoverboards from 2017 through 2022", "2017 through 2022", "date", 2017, 2022, "year", N, "period"),
 ("f-2024st", F, "a 2024 study", "2024", "date", 2024, 2024, "year", N, "study year"),
 ("f-88", F, "injuries rose 88%", "88%", "percent", 88, 88, "%", Y, "ajph e-bike injury rate increase 2019-2022 (as stated)"),
 ("f-1922", F, "88% from 2019 to 2022", "2019 to 2022", "date", 2019, 2022, "year", N, "period"),
 ("f-14", F, "Children 14 and younger", "14", "age", 14, 14, "years", N, "age group definition"),
 ("f-18pct", F, "accounted for 18% of", "18%", "percent", 18, 18, "%", Y, "children <=14 share of micromobility injuries (as stated)"),
 ("f-233", F, "counted 233 deaths", "233", "count", 233, 233, "deaths", Y, "cpsc micromobility deaths 2017-2022"),
 ("f-6yr", F, "over those six years", "six years", "duration", 6, 6, "years", N, "period"),
 ("f-r24", F, "New Yorkers in 2024 than ever is false", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r18", F, "Deaths fell from 18 in 2023", "18", "count", 18, 18, "deaths", Y, "ruling repeat: 2023 deaths"),
 ("f-r23", F, "from 18 in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-rsix", F, "to six in 2024. The claim", "six", "count", 6, 6, "deaths", Y, "ruling repeat: 2024 deaths"),
 ("f-r24b", F, "six in 2024. The claim", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDNY li-ion deaths 2024: blog's "three" (the Aug 29 interim count) vs six
 ("b-3", "w-six", S), ("b-3", "p-six", S), ("b-3", "e-six24", S), ("b-3", "l-six24", S), ("b-3", "f-six", S), ("b-3", "f-rsix", S),
 # S2 FDNY li-ion deaths 2023: local's 17 (Nov 15, 2023 to-date figure) vs 18
 ("l-17", "w-18", S), ("l-17", "p-18d", S), ("l-17", "e-18", S), ("l-17", "b-18", S), ("l-17", "f-18", S), ("l-17", "f-r18", S),
 # S3 FDNY li-ion fires 2023: explainer's 277 (the 2024 figure) vs 268 / 267
 ("e-277", "p-268", S), ("e-277", "f-268", S), ("e-277", "l-267", S),
 # S4 CPSC NPR vote tally: 4-1 vs 3-2
 ("b-v4", "w-3", S), ("b-v4", "e-v3", S), ("b-v4", "f-v3", S),
 ("b-v1", "w-2", S), ("b-v1", "e-v2", S), ("b-v1", "f-v2", S),
 # S5 CPSC NPR vote year: "April 2024" vs April 30, 2025
 ("l-apr24", "w-wed", S), ("l-apr24", "e-apr30", S), ("l-apr24", "f-apr30", S), ("l-apr24", "b-apr", S),
 # S6 NPR injuries 2019-2023: 118 (transposed) vs 181
 ("b-118", "w-181", S), ("b-118", "e-181", S),
 # S7 House passage of the battery act: "April of last year" (2024) vs April 28, 2025
 ("p-lastyr", "w-mon", S), ("p-lastyr", "f-apr28", S), ("p-lastyr", "b-hapr", S),
 # S8 CPSC micromobility deaths 2017-2022: 104 (the e-bike subgroup) vs 233
 ("l-104", "w-233", S), ("l-104", "e-233", S), ("l-104", "a-233", S), ("l-104", "f-233", S),
 # S9 2022 injury increase: 23% (the average annual rise) vs nearly 21%
 ("w-23", "e-21", S),
 # S10 share of 2017-2022 e-bike injuries in 2022: 64% (transposed) vs 46%
 ("l-64", "e-46", S),
 # S11 children <=14 share of injuries: 18% (their population share) vs 36%
 ("f-18pct", "e-36", S), ("f-18pct", "w-36", S),
 # S12 AJPH e-bike helmet use: 48.7% (bicycle arm) vs 43.8%
 ("b-487", "a-438", S),
 # S13 e-bike head injury increase: 43-fold (the admissions figure) vs 49-fold
 ("e-43", "a-49", S), ("e-43", "b-49", S), ("e-43", "a-kp49", S), ("e-43", "a-c50", S),
 # S14 trade-in program funding: $1 million (FDNY ad campaign) vs $2 million
 ("f-1m", "p-2m", S), ("f-1m", "b-2m", S), ("f-1m", "l-2m", S),
 # S15 FDNY summonses 2024: 564 (summonses + violation orders) vs 426
 ("l-564", "p-426", S),
 # S16 non-structural li-ion fires 2024: 90 (the 2023 figure) vs 133
 ("f-90", "p-133", S),
 # S17 LL39 lead time: 90 days vs 180 days / six months
 ("b-90d", "l-180", S), ("b-90d", "e-6mo", S),
 # S18 NYC li-ion deaths 2022: abstract's 18 (the 2023 figure) vs six
 ("a-18", "e-six22", S), ("a-18", "l-six22", S),
 # S19 AJPH e-bike injury-rate rise 2019-2022: 88% (powered scooter arm) vs 293%
 ("f-88", "a-293", S), ("f-88", "e-293", S),
 # Qualified
 ("e-142", "l-147", Q),                      # 2022 injuries: real 142 vs 147 discrepancy
 ("l-267", "p-268", Q), ("l-267", "f-268", Q),  # 2023 fires: real 267 vs 268
 ("l-may", "e-may", Q), ("l-may", "f-may", Q),  # withdrawal month, year implied by local's wrong April 2024
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
        if a not in docof or b not in docof:
            print("MISSING CONFLICT CLAIM", a, b); ok = False; continue
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
