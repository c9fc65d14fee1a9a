#!/usr/bin/env python3
"""Build rabies.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "rabies")
OUT = os.path.join(HERE, "rabies.gold.jsonl")
T = "rabies"

W, P, A, E, B, L, F = ("RA01_wire.txt", "RA02_press.txt", "RA03_abstract.txt",
                       "RA04_explainer.txt", "RA05_blog.txt", "RA06_local.txt", "RA07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- RA01 wire (2025-12-05, Friday)
 ("w-dl", W, "ATLANTA, Dec 5", "Dec 5", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "health officials said on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "cdc mmwr transplant report date (2025-12-04)"),
 ("w-4th", W, "only the fourth time since 1978", "fourth", "count", 4, 4, "events", Y, "us transplant-transmitted rabies events since 1978"),
 ("w-1978", W, "fourth time since 1978", "1978", "date", 1978, 1978, "year", N, "period start"),
 ("w-three", W, "The three earlier events", "three", "count", 3, 3, "events", Y, "earlier transplant events"),
 ("w-2013", W, "the last of them in 2013", "2013", "date", 2013, 2013, "year", Y, "last earlier transplant event"),
 ("w-nine", W, "affected nine recipients", "nine", "count", 9, 9, "recipients", Y, "recipients in the three earlier events"),
 ("w-dec24", W, "in Ohio in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "kidney transplant date"),
 ("w-5wk", W, "About five weeks later he developed", "five weeks", "duration", 5, 5, "weeks", Y, "transplant to recipient symptom onset"),
 ("w-7d", W, "died seven days after his symptoms began", "seven days", "duration", 7, 7, "days", Y, "recipient symptom onset to death"),
 ("w-latejan", W, "His death, in late January", "late January", "date", 2025, 2025, "year", Y, "recipient death date"),
 ("w-51", W, "came 51 days after the transplant", "51 days", "duration", 51, 51, "days", Y, "transplant to recipient death"),
 ("w-jan27", W, "case on Jan. 27", "Jan. 27", "date", 2025, 2025, "year", Y, "cdc notified"),
 ("w-oct24", W, "in late October 2024 the donor", "late October 2024", "date", 2024, 2024, "year", Y, "donor skunk scratch"),
 ("w-5wk2", W, "About five weeks later he became confused", "five weeks", "duration", 5, 5, "weeks", Y, "donor scratch to symptom onset"),
 ("w-2d", W, "Two days after those symptoms began", "Two days", "duration", 2, 2, "days", Y, "donor onset to found unresponsive"),
 ("w-5thday", W, "on his fifth day in hospital", "fifth day", "duration", 5, 5, "days", N, "donor hospital day of brain death"),
 ("w-3cornea", W, "Three people who received the donor's corneas", "Three", "count", 3, 3, "recipients", Y, "cornea recipients"),
 ("w-357", W, "evaluated 357 people", "357", "count", 357, 357, "people", Y, "contacts evaluated"),
 ("w-none", W, "None became ill", "None", "count", 0, 0, "people", N, "cornea recipients who became ill"),
 ("w-46", W, "for 46 of them", "46", "count", 46, 46, "people", Y, "contacts recommended pep"),
 ("w-lt10", W, "fewer than 10 deaths a year", "10", "count", 10, 10, "deaths", Y, "us rabies deaths per year (upper bound)"),
 ("w-1to3", W, "in most years one to three", "one to three", "count", 1, 3, "deaths", Y, "us rabies deaths in most years"),
 ("w-70", W, "About 70% of infections", "70%", "percent", 70, 70, "%", Y, "share of us-acquired infections from bats"),
 ("w-five21", W, "Five Americans died of rabies in 2021", "Five", "count", 5, 5, "deaths", Y, "us rabies deaths 2021"),
 ("w-2021", W, "died of rabies in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-decade", W, "the most in a decade", "decade", "duration", 10, 10, "years", N, "comparison window"),
 ("w-nov24", W, "In November 2024, a 60-year-old", "November 2024", "date", 2024, 2024, "year", Y, "california teacher death"),
 ("w-60", W, "a 60-year-old art teacher", "60-year-old", "age", 60, 60, "years", Y, "california teacher age"),
 ("w-55k", W, "About 55,000 Americans receive", "55,000", "count", 55000, 55000, "people", Y, "us pep recipients per year"),
 ("w-1dose", W, "a course means one dose of rabies", "one", "dose", 1, 1, "doses", Y, "hrig doses in pep"),
 ("w-4dose", W, "plus four vaccine doses", "four", "dose", 4, 4, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("w-2wk", W, "vaccine doses over two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "pep course length"),
 ("w-3800", W, "averages about $3,800 before", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("w-59k", W, "kills about 59,000 people a year", "59,000", "count", 59000, 59000, "deaths", Y, "global rabies deaths per year"),
 ("w-39b", W, "an estimated $3.9 billion a year", "$3.9 billion", "money", 3900000000, 3900000000, "USD", Y, "global economic burden of rabies per year"),
 ("w-2030", W, "dog-transmitted rabies by 2030", "2030", "date", 2030, 2030, "year", Y, "zero by 30 target year"),

 # ---- RA02 press (2025-09-29)
 ("p-h2m", P, "Commits 2 Million Rabies", "2 Million", "dose", 2000000, 2000000, "doses", N, "headline repeat"),
 ("p-sub3", P, "in three annual shipments starting", "three", "count", 3, 3, "shipments", N, "subtitle repeat"),
 ("p-sub2026", P, "shipments starting in 2026;", "2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-sub100", P, "immune globulin at $100", "$100", "money", 100, 100, "USD", N, "subtitle repeat"),
 ("p-dl1", P, "Sep 29, 2025", "Sep 29, 2025", "date", 2025, 2025, "year", N, "release metadata"),
 ("p-dl2", P, "Sept. 29, 2025 /PRNewswire/", "Sept. 29, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-2m", P, "commitment of 2 million doses", "2 million", "dose", 2000000, 2000000, "doses", Y, "donated vaccine doses"),
 ("p-2030", P, "rabies by 2030. The company", "2030", "date", 2030, 2030, "year", Y, "zero by 30 target year"),
 ("p-sep28", P, "every year on September 28", "September 28", "date", None, None, "year", N, "world rabies day (annual)"),
 ("p-59k", P, "Rabies kills an estimated 59,000", "59,000", "count", 59000, 59000, "deaths", Y, "global rabies deaths per year"),
 ("p-95", P, "more than 95% of those deaths", "95%", "percent", 95, 95, "%", Y, "share of global deaths in africa and asia"),
 ("p-40", P, "More than 40% of the people who die", "40%", "percent", 40, 40, "%", Y, "share of rabies deaths in children under 15"),
 ("p-15", P, "who die are children under 15", "15", "age", 15, 15, "years", N, "age qualifier"),
 ("p-2016", P, "was set in 2016 by", "2016", "date", 2016, 2016, "year", Y, "zero by 30 goal set"),
 ("p-2018", P, "to reach it in 2018", "2018", "date", 2018, 2018, "year", Y, "global strategic plan published"),
 ("p-70", P, "vaccinating 70% of dogs in a community", "70%", "percent", 70, 70, "%", Y, "dog vaccination coverage threshold"),
 ("p-5yr", P, "for five consecutive years", "five consecutive years", "duration", 5, 5, "years", Y, "years of 70% dog coverage needed"),
 ("p-86b", P, "US$8.6 billion a year", "US$8.6 billion", "money", 8600000000, 8600000000, "USD", Y, "global economic burden of rabies per year"),
 ("p-3ship", P, "in three annual shipments of roughly", "three", "count", 3, 3, "shipments", Y, "number of donation shipments"),
 ("p-667k", P, "667,000 doses each", "667,000", "dose", 667000, 667000, "doses", Y, "doses per shipment"),
 ("p-q1", P, "first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "first shipment (forecast)"),
 ("p-29m", P, "More than 29 million people worldwide", "29 million", "count", 29000000, 29000000, "people", Y, "people receiving rabies vaccine worldwide per year"),
 ("p-55k", P, "About 55,000 people in the United States", "55,000", "count", 55000, 55000, "people", Y, "us pep recipients per year"),
 ("p-single", P, "a single weight-based dose of HRIG", "single", "dose", 1, 1, "doses", N, "hrig doses in pep"),
 ("p-20", P, "20 IU per kilogram of body weight", "20 IU per kilogram", "dose", 20, 20, "IU/kg", Y, "hrig dose"),
 ("p-4dose", P, "plus four doses of rabies vaccine", "four", "dose", 4, 4, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("p-d0", P, "on days 0, 3, 7 and 14", "0", "duration", 0, 0, "days", N, "schedule day"),
 ("p-d3", P, "on days 0, 3, 7 and 14", "3", "duration", 3, 3, "days", N, "schedule day"),
 ("p-d7", P, "on days 0, 3, 7 and 14", "7", "duration", 7, 7, "days", N, "schedule day"),
 ("p-d14", P, "on days 0, 3, 7 and 14", "14", "duration", 14, 14, "days", N, "schedule day"),
 ("p-3800", P, "averages about $3,800, with", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("p-range", P, "typical range of $1,200 to $6,500", "$1,200 to $6,500", "money", 1200, 6500, "USD", Y, "typical pep course cost range (cdc)"),
 ("p-400", P, "up to 400% of the federal", "400%", "percent", 400, 400, "%", Y, "program income eligibility"),
 ("p-100", P, "pay no more than $100 for CorRIG", "$100", "money", 100, 100, "USD", Y, "program out-of-pocket cap"),
 ("p-30d", P, "up to 30 days after the first dose", "30 days", "duration", 30, 30, "days", Y, "program enrollment window"),
 ("p-mar21", P, "in March 2021", "March 2021", "date", 2021, 2021, "year", Y, "corrig fda approval"),
 ("p-two", P, "joined two other HRIG products", "two", "count", 2, 2, "products", N, "other hrig products"),
 ("p-2017", P, "which was approved in 2017", "2017", "date", 2017, 2017, "year", Y, "kedrab fda approval (rival)"),
 ("p-1998", P, "founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-40c", P, "more than 40 countries", "40", "count", 40, 40, "countries", N, "about section"),
 ("p-1100", P, "approximately 1,100 people", "1,100", "count", 1100, 1100, "employees", N, "about section"),
 ("p-2026b", P, "plans for 2026 and beyond", "2026", "date", 2026, 2026, "year", N, "forward-looking boilerplate"),

 # ---- RA03 abstract (2026-02-10)
 ("a-pub", A, "Published online 10 February 2026", "10 February 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-title", A, "United States, 1960–2025: bat", "1960–2025", "date", 1960, 2025, "year", N, "title period"),
 ("a-59k", A, "estimated 59,000 (95% CI", "59,000", "count", 59000, 59000, "deaths", Y, "global rabies deaths per year"),
 ("a-59ci", A, "25,000–159,000", "25,000–159,000", "count", 25000, 159000, "deaths", Y, "ci"),
 ("a-86b", A, "about 8.6 billion USD", "8.6 billion USD", "money", 8600000000, 8600000000, "USD", Y, "global economic burden of rabies per year"),
 ("a-2015", A, "strategy agreed in 2015", "2015", "date", 2015, 2015, "year", Y, "zero by 30 goal set"),
 ("a-2030", A, "rabies by 2030; WHO", "2030", "date", 2030, 2030, "year", Y, "zero by 30 target year"),
 ("a-70", A, "vaccinating 70% of dogs for seven", "70%", "percent", 70, 70, "%", Y, "dog vaccination coverage threshold"),
 ("a-7yr", A, "seven consecutive years interrupts", "seven consecutive years", "duration", 7, 7, "years", Y, "years of 70% dog coverage needed"),
 ("a-two", A, "approximately two human deaths", "two", "count", 2, 2, "deaths", Y, "us rabies deaths per year (approx)"),
 ("a-55k", A, "roughly 55,000 persons sought", "55,000", "count", 55000, 55000, "people", Y, "us pep recipients (2018)"),
 ("a-2018", A, "(PEP) in 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("a-2425", A, "a 2024–2025 transplant-associated", "2024–2025", "date", 2024, 2025, "year", N, "qualifier period"),
 ("a-6018m", A, "summaries for 1960–2018 and", "1960–2018", "date", 1960, 2018, "year", N, "methods period"),
 ("a-dec25", A, "through December 2025", "December 2025", "date", 2025, 2025, "year", N, "methods period end"),
 ("a-50m", A, "compared with 50% by an exact", "50%", "percent", 50, 50, "%", N, "null hypothesis value"),
 ("a-2019", A, "estimated from 2019 Centers", "2019", "date", 2019, 2019, "year", N, "price year"),
 ("a-312", A, "(HRIG) $312 per 150-IU dose", "$312", "money", 312, 312, "USD", Y, "hrig price per 150-iu dose (2019 asp)"),
 ("a-150", A, "$312 per 150-IU dose", "150-IU", "dose", 150, 150, "IU", N, "pricing unit"),
 ("a-20", A, "dosed at 20 IU/kg", "20 IU/kg", "dose", 20, 20, "IU/kg", Y, "hrig dose"),
 ("a-10", A, "(10 doses for a 75-kg adult", "10", "dose", 10, 10, "doses", Y, "hrig 150-iu doses for 75-kg adult"),
 ("a-75", A, "doses for a 75-kg adult", "75-kg", "count", 75, 75, "kg", N, "reference weight"),
 ("a-6", A, "6 doses for a 45-kg child", "6", "dose", 6, 6, "doses", Y, "hrig 150-iu doses for 45-kg child"),
 ("a-45", A, "for a 45-kg child", "45-kg", "count", 45, 45, "kg", N, "reference weight"),
 ("a-290", A, "vaccine $290 per dose", "$290", "money", 290, 290, "USD", Y, "vaccine price per dose (2019 asp)"),
 ("a-4", A, "4 doses per course", "4", "dose", 4, 4, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("a-125", A, "N = 125", "125", "count", 125, 125, "cases", Y, "us human rabies cases 1960-2018"),
 ("a-6018", A, "reported from 1960 to 2018", "1960 to 2018", "date", 1960, 2018, "year", N, "period"),
 ("a-36", A, "n=36 (28.8%", "36", "count", 36, 36, "cases", Y, "cases from dog bites abroad 1960-2018"),
 ("a-288", A, "(28.8%, 95% CI", "28.8%", "percent", 28.8, 28.8, "%", Y, "share from dog bites abroad"),
 ("a-288ci", A, "21.6–37.3", "21.6–37.3", "percent", 21.6, 37.3, "%", Y, "ci"),
 ("a-89", A, "Among the 89 U.S.-acquired", "89", "count", 89, 89, "cases", Y, "us-acquired cases 1960-2018"),
 ("a-62", A, "cases, 62 (69.7%", "62", "count", 62, 62, "cases", Y, "us-acquired cases from bats"),
 ("a-697", A, "(69.7%, 95% CI", "69.7%", "percent", 69.7, 69.7, "%", Y, "share of us-acquired cases from bats"),
 ("a-697ci", A, "59.5–78.2", "59.5–78.2", "percent", 59.5, 78.2, "%", Y, "ci"),
 ("a-p", A, "P=0.0003", "0.0003", "pvalue", 0.0003, 0.0003, "p", N, "p-value"),
 ("a-50", A, "vs 50%)", "50%", "percent", 50, 50, "%", N, "null hypothesis value"),
 ("a-1920", A, "reported in 2019 or 2020.", "2019 or 2020", "date", 2019, 2020, "year", N, "years with no deaths"),
 ("a-no", A, "No human rabies deaths were reported", "No", "count", 0, 0, "deaths", N, "us deaths 2019-2020"),
 ("a-nosec", A, "no secondary cases occurred", "no", "count", 0, 0, "cases", N, "secondary cases"),
 ("a-5", A, "There were 5 deaths in 2021", "5", "count", 5, 5, "deaths", Y, "us rabies deaths 2021"),
 ("a-2021", A, "5 deaths in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-4bat", A, "(4 bat-associated", "4", "count", 4, 4, "deaths", Y, "bat-associated us deaths 2021"),
 ("a-80", A, "80.0%, 95% CI", "80.0%", "percent", 80.0, 80.0, "%", Y, "bat share of 2021 deaths"),
 ("a-80ci", A, "37.6–96.4", "37.6–96.4", "percent", 37.6, 96.4, "%", Y, "ci"),
 ("a-three1", A, "the three that occurred", "three", "count", 3, 3, "deaths", Y, "autumn 2021 bat deaths"),
 ("a-sepnov", A, "in September–November followed", "September–November", "date", 2021, 2021, "year", N, "qualifier months"),
 ("a-three2", A, "followed only three deaths", "three", "count", 3, 3, "deaths", Y, "us deaths in the preceding period"),
 ("a-36m", A, "preceding 36 months", "36 months", "duration", 36, 36, "months", Y, "period before autumn 2021 with three deaths"),
 ("a-oct24", A, "skunk in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "donor skunk scratch"),
 ("a-dec24", A, "transplanted in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "kidney transplant date"),
 ("a-jan25", A, "died in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "recipient death date"),
 ("a-51", A, "51 days after transplantation", "51 days", "duration", 51, 51, "days", Y, "transplant to recipient death"),
 ("a-13d", A, "13 days after symptom onset", "13 days", "duration", 13, 13, "days", Y, "recipient symptom onset to death"),
 ("a-357", A, "Of 357 contacts", "357", "count", 357, 357, "people", Y, "contacts evaluated"),
 ("a-46", A, "recommended for 46 (12.9%", "46", "count", 46, 46, "people", Y, "contacts recommended pep"),
 ("a-129", A, "(12.9%, 95% CI", "12.9%", "percent", 12.9, 12.9, "%", Y, "share of contacts given pep"),
 ("a-129ci", A, "9.8–16.8", "9.8–16.8", "percent", 9.8, 16.8, "%", Y, "ci"),
 ("a-3", A, "including the 3 corneal", "3", "count", 3, 3, "recipients", Y, "cornea recipients"),
 ("a-4th", A, "This was the fourth transplant-transmitted", "fourth", "count", 4, 4, "events", Y, "us transplant-transmitted rabies events since 1978"),
 ("a-1978", A, "in the United States since 1978", "1978", "date", 1978, 1978, "year", N, "period start"),
 ("a-4280", A, "$4,280 for an adult", "$4,280", "money", 4280, 4280, "USD", Y, "biologic cost adult course (2019 asp)"),
 ("a-3032", A, "$3,032 for a child", "$3,032", "money", 3032, 3032, "USD", Y, "biologic cost child course (2019 asp)"),
 ("a-diff", A, "child minus adult, −$1,248", "−$1,248", "money", -1248, -1248, "USD", Y, "cost difference child minus adult"),
 ("a-3800", A, "average of $3,800", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("a-range", A, "(range $1,200–$6,500)", "$1,200–$6,500", "money", 1200, 6500, "USD", Y, "typical pep course cost range (cdc)"),
 ("a-7in10", A, "Nearly seven in ten", "seven in ten", "percent", 70, 70, "%", N, "summary restatement"),
 ("a-73", A, "about 73% of the biologic cost", "73%", "percent", 73, 73, "%", Y, "hrig share of adult biologic cost"),
 ("a-r2", A, "United States, 1938–2018. MMWR", "1938–2018", "date", 1938, 2018, "year", N, "reference title"),
 ("a-r3a", A, "three human rabies deaths attributed", "three", "count", 3, 3, "deaths", N, "reference title"),
 ("a-r3b", A, "United States, August 2021. MMWR", "August 2021", "date", 2021, 2021, "year", N, "reference title"),
 ("a-r4", A, "Ohio, 2024–2025. MMWR", "2024–2025", "date", 2024, 2025, "year", N, "reference title"),

 # ---- RA04 explainer (2025-12-10)
 ("e-upd", E, "Updated December 10, 2025", "December 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-1to3", E, "In most years one to three people", "one to three", "count", 1, 3, "deaths", Y, "us rabies deaths in most years"),
 ("e-1920", E, "at all were reported in 2019 or 2020", "2019 or 2020", "date", 2019, 2020, "year", N, "years with no cases"),
 ("e-no", E, "No human cases at all", "No", "count", 0, 0, "cases", N, "us cases 2019-2020"),
 ("e-2021", E, "In 2021, four people died", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-four", E, "In 2021, four people died", "four", "count", 4, 4, "deaths", Y, "us rabies deaths 2021"),
 ("e-decade", E, "highest number in a decade", "decade", "duration", 10, 10, "years", N, "comparison window"),
 ("e-70", E, "About 70% of rabies infections", "70%", "percent", 70, 70, "%", Y, "share of us-acquired infections from bats"),
 ("e-15min", E, "for about 15 minutes", "15 minutes", "duration", 15, 15, "minutes", Y, "wound washing time"),
 ("e-20", E, "by weight at 20 IU per kilogram", "20 IU per kilogram", "dose", 20, 20, "IU/kg", Y, "hrig dose"),
 ("e-4", E, "four doses of rabies vaccine in the upper arm", "four", "dose", 4, 4, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("e-d0", E, "on days 0, 3, 7 and 14", "0", "duration", 0, 0, "days", N, "schedule day"),
 ("e-d3", E, "on days 0, 3, 7 and 14", "3", "duration", 3, 3, "days", N, "schedule day"),
 ("e-d7", E, "on days 0, 3, 7 and 14", "7", "duration", 7, 7, "days", N, "schedule day"),
 ("e-d14", E, "on days 0, 3, 7 and 14", "14", "duration", 14, 14, "days", N, "schedule day"),
 ("e-5th", E, "get a fifth dose on day 28", "fifth", "dose", 5, 5, "doses", Y, "pep vaccine doses (immunocompromised)"),
 ("e-28", E, "fifth dose on day 28", "28", "duration", 28, 28, "days", N, "schedule day"),
 ("e-2prev", E, "you need just two doses", "two", "dose", 2, 2, "doses", Y, "pep vaccine doses (previously vaccinated)"),
 ("e-p0", E, "on days 0 and 3, and no", "0", "duration", 0, 0, "days", N, "schedule day"),
 ("e-p3", E, "on days 0 and 3, and no", "3", "duration", 3, 3, "days", N, "schedule day"),
 ("e-3800", E, "averages about $3,800, and costs", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("e-range", E, "from about $1,200 to $6,500", "$1,200 to $6,500", "money", 1200, 6500, "USD", Y, "typical pep course cost range (cdc)"),
 ("e-2019", E, "At 2019 Medicare prices", "2019", "date", 2019, 2019, "year", N, "price year"),
 ("e-312", E, "HRIG cost $312 per 150-IU dose", "$312", "money", 312, 312, "USD", Y, "hrig price per 150-iu dose (2019 asp)"),
 ("e-150", E, "$312 per 150-IU dose, and", "150-IU", "dose", 150, 150, "IU", N, "pricing unit"),
 ("e-165", E, "a 165-pound (75-kg) adult", "165-pound", "count", 165, 165, "lb", N, "reference weight"),
 ("e-75", E, "(75-kg) adult", "75-kg", "count", 75, 75, "kg", N, "reference weight"),
 ("e-10", E, "needs 10 of those doses", "10", "dose", 10, 10, "doses", Y, "hrig 150-iu doses for 75-kg adult"),
 ("e-290", E, "the vaccine cost $290 per dose", "$290", "money", 290, 290, "USD", Y, "vaccine price per dose (2019 asp)"),
 ("e-55k", E, "About 55,000 people in the United States each year", "55,000", "count", 55000, 55000, "people", Y, "us pep recipients per year"),
 ("e-15m", E, "more than 15 million people a year", "15 million", "count", 15000000, 15000000, "people", Y, "people receiving post-bite vaccine worldwide per year"),
 ("e-3to12", E, "three to 12 weeks after exposure", "three to 12 weeks", "duration", 3, 12, "weeks", Y, "incubation period"),
 ("e-month", E, "the CDC described this month", "this month", "date", 2025, 2025, "year", N, "report date (relative)"),
 ("e-third", E, "only the third time since 1978", "third", "count", 3, 3, "events", Y, "us transplant-transmitted rabies events since 1978"),
 ("e-1978", E, "third time since 1978", "1978", "date", 1978, 1978, "year", N, "period start"),
 ("e-59k", E, "an estimated 59,000 people a year", "59,000", "count", 59000, 59000, "deaths", Y, "global rabies deaths per year"),
 ("e-95", E, "and 95% of deaths occur", "95%", "percent", 95, 95, "%", Y, "share of global deaths in africa and asia"),
 ("e-40", E, "WHO says 40% of people bitten", "40%", "percent", 40, 40, "%", Y, "share of people bitten who are children under 15"),
 ("e-15", E, "are children under 15. In 2015", "15", "age", 15, 15, "years", N, "age qualifier"),
 ("e-2015", E, "In 2015, WHO and its partners", "2015", "date", 2015, 2015, "year", Y, "zero by 30 goal set"),
 ("e-2030", E, "dog-mediated rabies by 2030", "2030", "date", 2030, 2030, "year", Y, "zero by 30 target year"),
 ("e-prep2", E, "pre-exposure vaccination: two doses", "two", "dose", 2, 2, "doses", Y, "prep doses"),
 ("e-q0", E, "on days 0 and 7", "0", "duration", 0, 0, "days", N, "schedule day"),
 ("e-q7", E, "on days 0 and 7", "7", "duration", 7, 7, "days", N, "schedule day"),

 # ---- RA05 blog (2026-01-14)
 ("b-h", B, "A bat, a bedroom and a $5,912 bill", "$5,912", "money", 5912, 5912, "USD", N, "headline repeat"),
 ("b-dl", B, "January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-d0", B, "On day 0 I got", "0", "duration", 0, 0, "days", N, "schedule day"),
 ("b-20", B, "dosed at 20 IU per kilogram", "20 IU per kilogram", "dose", 20, 20, "IU/kg", Y, "hrig dose"),
 ("b-68", B, "At 68 kilograms", "68 kilograms", "count", 68, 68, "kg", N, "author weight"),
 ("b-1360", B, "came to 1,360 IU", "1,360 IU", "dose", 1360, 1360, "IU", Y, "author hrig dose"),
 ("b-d3", B, "back on days 3, 7 and 14", "3", "duration", 3, 3, "days", N, "schedule day"),
 ("b-d7", B, "back on days 3, 7 and 14", "7", "duration", 7, 7, "days", N, "schedule day"),
 ("b-d14", B, "back on days 3, 7 and 14", "14", "duration", 14, 14, "days", N, "schedule day"),
 ("b-5912", B, "bill came to $5,912 before insurance", "$5,912", "money", 5912, 5912, "USD", Y, "author er bill"),
 ("b-3000", B, "more than $3,000", "$3,000", "money", 3000, 3000, "USD", Y, "author hrig charge"),
 ("b-740", B, "I owed $740", "$740", "money", 740, 740, "USD", Y, "author out-of-pocket"),
 ("b-2019", B, "average sales prices in 2019", "2019", "date", 2019, 2019, "year", N, "price year"),
 ("b-312h", B, "$312 per 150-IU dose of immune globulin", "$312", "money", 312, 312, "USD", Y, "hrig price per 150-iu dose (2019 asp)"),
 ("b-150", B, "per 150-IU dose of immune globulin", "150-IU", "dose", 150, 150, "IU", N, "pricing unit"),
 ("b-312v", B, "$312 a dose for the vaccine", "$312", "money", 312, 312, "USD", Y, "vaccine price per dose (2019 asp)"),
 ("b-3800", B, "averages about $3,800, before", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("b-60k", B, "about 60,000 Americans get rabies PEP", "60,000", "count", 60000, 60000, "people", Y, "us pep recipients per year"),
 ("b-two", B, "Two stories this past year", "Two", "count", 2, 2, "stories", N, "aside"),
 ("b-65", B, "a 65-year-old, who died", "65-year-old", "age", 65, 65, "years", Y, "california teacher age"),
 ("b-nov24", B, "died in November 2024 after picking", "November 2024", "date", 2024, 2024, "year", Y, "california teacher death"),
 ("b-lastdec", B, "got a kidney last December", "last December", "date", 2025, 2025, "year", Y, "kidney transplant date"),
 ("b-59k", B, "about 59,000 people die every year", "59,000", "count", 59000, 59000, "deaths", Y, "global rabies deaths per year"),
 ("b-99", B, "and 99% of those deaths happen", "99%", "percent", 99, 99, "%", Y, "share of global deaths in africa and asia"),
 ("b-2030", B, "deaths by 2030, and", "2030", "date", 2030, 2030, "year", Y, "zero by 30 target year"),
 ("b-70", B, "vaccinate 70% of dogs", "70%", "percent", 70, 70, "%", Y, "dog vaccination coverage threshold"),
 ("b-7yr", B, "for seven years running", "seven years", "duration", 7, 7, "years", Y, "years of 70% dog coverage needed"),
 ("b-three", B, "My three takeaways", "three", "count", 3, 3, "takeaways", N, "aside"),
 ("b-24h", B, "in the first 24 hours", "24 hours", "duration", 24, 24, "hours", N, "related link"),
 ("b-2026ed", B, "kit, 2026 edition", "2026", "date", 2026, 2026, "year", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),
 ("b-2da1", B, "Marco T. · 2 days ago", "2 days", "duration", 2, 2, "days", N, "page furniture"),
 ("b-2da2", B, "(author) · 2 days ago", "2 days", "duration", 2, 2, "days", N, "page furniture"),
 ("b-10k", B, "His bill was over $10,000.", "$10,000", "money", 10000, 10000, "USD", N, "reader comment"),

 # ---- RA06 local (2025-12-06), hard-wrapped
 ("l-dl", L, "Saturday, December 6, 2025", "December 6, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-dec24", L, "Toledo hospital in December 2024 died", "December 2024", "date", 2024, 2024, "year", Y, "kidney transplant date"),
 ("l-week", L, "federal report released this week", "this week", "date", 2025, 2025, "year", N, "report date (relative)"),
 ("l-5wk", L, "confusion about five weeks after surgery", "five weeks", "duration", 5, 5, "weeks", Y, "transplant to recipient symptom onset"),
 ("l-2wk", L, "nearly two weeks after those first symptoms", "two weeks", "duration", 2, 2, "weeks", Y, "recipient symptom onset to death"),
 ("l-51", L, "51 days after the transplant", "51 days", "duration", 51, 51, "days", Y, "transplant to recipient death"),
 ("l-4th", L, "only the fourth documented case", "fourth", "count", 4, 4, "events", Y, "us transplant-transmitted rabies events since 1978"),
 ("l-1978", L, "since 1978 of rabies", "1978", "date", 1978, 1978, "year", N, "period start"),
 ("l-four", L, "Across all four events", "four", "count", 4, 4, "events", N, "restatement"),
 ("l-13", L, "13 recipients were infected", "13", "count", 13, 13, "recipients", Y, "recipients infected across all four events"),
 ("l-7", L, "seven of them died", "seven", "count", 7, 7, "deaths", Y, "recipients died across all four events"),
 ("l-oct24", L, "property in late October 2024", "late October 2024", "date", 2024, 2024, "year", Y, "donor skunk scratch"),
 ("l-5wk2", L, "Roughly five weeks later he developed", "five weeks", "duration", 5, 5, "weeks", Y, "donor scratch to symptom onset"),
 ("l-4cornea", L, "corneas went to four recipients", "four", "count", 4, 4, "recipients", Y, "cornea recipients"),
 ("l-none", L, "None of them developed rabies", "None", "count", 0, 0, "people", N, "cornea recipients who became ill"),
 ("l-370", L, "interviewed 370 health care", "370", "count", 370, 370, "people", Y, "contacts interviewed"),
 ("l-64", L, "Of those, 64 were advised", "64", "count", 64, 64, "people", Y, "contacts recommended pep"),
 ("l-latejan", L, "suspected in late January", "late January", "date", 2025, 2025, "year", Y, "rabies suspected in recipient"),
 ("l-62", L, "62% of the rabies cases acquired", "62%", "percent", 62, 62, "%", Y, "share of us-acquired infections from bats"),
 ("l-6018", L, "between 1960 and 2018", "1960 and 2018", "date", 1960, 2018, "year", N, "period"),
 ("l-five", L, "and five vaccine doses", "five", "dose", 5, 5, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("l-2wk2", L, "spread over two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "pep course length"),
 ("l-100", L, "nearly 100% effective", "100%", "percent", 100, 100, "%", Y, "pep effectiveness"),

 # ---- RA07 fact-check (2025-12-12)
 ("f-dl", F, "Fact-check | December 12, 2025", "December 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-t21", F, "is not 21 shots in the stomach", "21", "count", 21, 21, "injections", N, "headline (claim restated)"),
 ("f-c21", F, "face \"21 shots", "21", "count", 21, 21, "injections", N, "claim under review (attributed)"),
 ("f-c20k", F, "costing \"$20,000,\"", "$20,000", "money", 20000, 20000, "USD", N, "claim under review (attributed)"),
 ("f-fewk", F, "a few thousand dollars", "a few thousand dollars", "money", None, None, "USD", N, "vague verdict wording"),
 ("f-1421", F, "required 14 to 21 daily injections", "14 to 21", "count", 14, 21, "injections", Y, "old nerve-tissue vaccine injections"),
 ("f-1980", F, "vaccines since 1980", "1980", "date", 1980, 1980, "year", Y, "us cell-culture vaccines in use since"),
 ("f-one", F, "gets one weight-based dose", "one", "dose", 1, 1, "doses", Y, "hrig doses in pep"),
 ("f-four", F, "plus four doses of vaccine in the arm", "four", "dose", 4, 4, "doses", Y, "pep vaccine doses (never vaccinated)"),
 ("f-14d", F, "in the arm over 14 days", "14 days", "duration", 14, 14, "days", Y, "pep course length"),
 ("f-20", F, "HRIG is dosed at 20 IU per kilogram", "20 IU per kilogram", "dose", 20, 20, "IU/kg", Y, "hrig dose"),
 ("f-75", F, "For a 75-kilogram adult", "75-kilogram", "count", 75, 75, "kg", N, "reference weight"),
 ("f-six", F, "works out to six of the 150-IU", "six", "dose", 6, 6, "doses", Y, "hrig 150-iu doses for 75-kg adult"),
 ("f-150", F, "six of the 150-IU doses", "150-IU", "dose", 150, 150, "IU", N, "pricing unit"),
 ("f-3800", F, "averages about $3,800, with a typical", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (cdc)"),
 ("f-range", F, "range of $1,200 to $6,500", "$1,200 to $6,500", "money", 1200, 6500, "USD", Y, "typical pep course cost range (cdc)"),
 ("f-10k", F, "bills above $10,000", "$10,000", "money", 10000, 10000, "USD", Y, "some patients' er bills (lower bound)"),
 ("f-20k2", F, "but $20,000 is not typical", "$20,000", "money", 20000, 20000, "USD", N, "claim restated"),
 ("f-dec4", F, "described on Dec. 4", "Dec. 4", "date", 2025, 2025, "year", Y, "cdc mmwr transplant report date"),
 ("f-feb25", F, "died of rabies in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "recipient death date"),
 ("f-4th", F, "it was the fourth transplant-transmitted", "fourth", "count", 4, 4, "events", Y, "us transplant-transmitted rabies events since 1978"),
 ("f-1978", F, "United States since 1978. Investigators", "1978", "date", 1978, 1978, "year", N, "period start"),
 ("f-357", F, "assessed 357 contacts", "357", "count", 357, 357, "people", Y, "contacts evaluated"),
 ("f-46", F, "for 46 of them", "46", "count", 46, 46, "people", Y, "contacts recommended pep"),
 ("f-five", F, "recorded five rabies deaths in 2021", "five", "count", 5, 5, "deaths", Y, "us rabies deaths 2021"),
 ("f-2021", F, "rabies deaths in 2021, the most", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("f-decade", F, "the most in a decade", "decade", "duration", 10, 10, "years", N, "comparison window"),
 ("f-1920", F, "none were reported in 2019 or 2020", "2019 or 2020", "date", 2019, 2020, "year", N, "years with no deaths"),
 ("f-none", F, "and none were reported in 2019", "none", "count", 0, 0, "deaths", N, "us deaths 2019-2020"),
 ("f-three1", F, "The three deaths that autumn", "three", "count", 3, 3, "deaths", Y, "autumn 2021 bat deaths"),
 ("f-three2", F, "after just three in the previous", "three", "count", 3, 3, "deaths", Y, "us deaths in the preceding period"),
 ("f-4yr", F, "in the previous four years", "four years", "duration", 4, 4, "years", Y, "period before autumn 2021 with three deaths"),
 ("f-single", F, "low single digits", "single digits", "count", None, None, "deaths", N, "vague"),
 ("f-60", F, "a California art teacher, 60, who died", "60", "age", 60, 60, "years", Y, "california teacher age"),
 ("f-nov23", F, "in November 2023 after handling", "November 2023", "date", 2023, 2023, "year", Y, "california teacher death"),
 ("f-65", F, "resident over 65", "65", "age", 65, 65, "years", Y, "minnesota case age (lower bound)"),
 ("f-jul24", F, "in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "minnesota bat exposure"),
 ("f-6018", F, "From 1960 to 2018, 125", "1960 to 2018", "date", 1960, 2018, "year", N, "period"),
 ("f-125", F, "125 human rabies cases", "125", "count", 125, 125, "cases", Y, "us human rabies cases 1960-2018"),
 ("f-36", F, "Of those, 36 (28%)", "36", "count", 36, 36, "cases", Y, "cases from dog bites abroad 1960-2018"),
 ("f-28", F, "36 (28%)", "28%", "percent", 28, 28, "%", Y, "share from dog bites abroad"),
 ("f-60k", F, "nearly 60,000 people die", "60,000", "count", 60000, 60000, "deaths", Y, "global rabies deaths per year"),
 ("f-3800b", F, "estimate of about $3,800. The genuine", "$3,800", "money", 3800, 3800, "USD", Y, "average pep course cost (ruling restatement)"),
 ("f-s1", F, "United States, 1938–2018,\"", "1938–2018", "date", 1938, 2018, "year", N, "sources line"),
 ("f-s2", F, "MMWR, June 2019", "June 2019", "date", 2019, 2019, "year", N, "sources line"),
 ("f-s3", F, "Notes from the Field: Three Human", "Three", "count", 3, 3, "deaths", N, "sources line"),
 ("f-s4", F, "United States, August 2021,\"", "August 2021", "date", 2021, 2021, "year", N, "sources line"),
 ("f-s5", F, "MMWR, January 2022", "January 2022", "date", 2022, 2022, "year", N, "sources line"),
 ("f-s6", F, "transplant-transmitted rabies, Dec. 4, 2025", "Dec. 4, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s7", F, "news release, Sept. 27, 2024", "Sept. 27, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s8", F, "interviews with two state", "two", "count", 2, 2, "people", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 kidney transplant year: blog "last December" (pub 2026-01-14 -> 2025) vs December 2024
 ("b-lastdec", "w-dec24", S), ("b-lastdec", "a-dec24", S), ("b-lastdec", "l-dec24", S),
 # S2 US rabies deaths in 2021: four (bat-associated subset) vs five
 ("e-four", "w-five21", S), ("e-four", "a-5", S), ("e-four", "f-five", S),
 # S3 vaccine price per dose (2019 ASP): HRIG's $312 swapped in vs $290
 ("b-312v", "e-290", S), ("b-312v", "a-290", S),
 # S4 HRIG 150-IU doses for a 75-kg adult: six (child figure) vs 10
 ("f-six", "a-10", S), ("f-six", "e-10", S),
 # S5 PEP vaccine doses for a never-vaccinated person: five (pre-2010 regimen) vs four
 ("l-five", "w-4dose", S), ("l-five", "p-4dose", S), ("l-five", "e-4", S), ("l-five", "f-four", S),
 ("l-five", "a-4", S),
 # S6 Zero by 30 goal set: 2016 vs 2015
 ("p-2016", "a-2015", S), ("p-2016", "e-2015", S),
 # S7 years of 70% dog coverage: five vs seven
 ("p-5yr", "a-7yr", S), ("p-5yr", "b-7yr", S),
 # S8 global economic burden per year: $3.9bn (a funding-gap figure) vs $8.6bn
 ("w-39b", "p-86b", S), ("w-39b", "a-86b", S),
 # S9 contacts recommended PEP: 64 (transposed) vs 46
 ("l-64", "w-46", S), ("l-64", "a-46", S), ("l-64", "f-46", S),
 # S10 cornea recipients: four (cancelled graft counted) vs three
 ("l-4cornea", "w-3cornea", S), ("l-4cornea", "a-3", S),
 # S11 ordinal of the transplant event since 1978: third vs fourth
 ("e-third", "w-4th", S), ("e-third", "a-4th", S), ("e-third", "l-4th", S), ("e-third", "f-4th", S),
 # S12 share of global deaths in Africa and Asia: 99% (dog-mediated share) vs 95%
 ("b-99", "p-95", S), ("b-99", "e-95", S),
 # S13 share of US-acquired cases from bats: 62% (the count as a percent) vs 70% / 69.7%
 ("l-62", "w-70", S), ("l-62", "e-70", S), ("l-62", "a-697", S),
 # S14 California teacher death year: 2023 vs 2024
 ("f-nov23", "w-nov24", S), ("f-nov23", "b-nov24", S),
 # S15 recipient symptom onset to death: seven days (onset-to-admission) vs 13 days / nearly two weeks
 ("w-7d", "a-13d", S), ("w-7d", "l-2wk", S),
 # S16 period before autumn 2021 with three deaths: 36 months vs four years (48 months)
 ("a-36m", "f-4yr", S),
 # S17 California teacher age: 65 (Minnesota figure) vs 60
 ("b-65", "w-60", S), ("b-65", "f-60", S),
 # Qualified (real discrepancies between real sources)
 ("b-60k", "w-55k", Q), ("b-60k", "p-55k", Q), ("b-60k", "a-55k", Q), ("b-60k", "e-55k", Q),
 ("l-370", "w-357", Q), ("l-370", "a-357", Q), ("l-370", "f-357", Q),
 ("f-feb25", "w-latejan", Q), ("f-feb25", "a-jan25", Q),
 ("p-29m", "e-15m", Q),
 ("f-28", "a-288", Q),
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
        rows.append({"type": "claim", "id": f"ra-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ra-{a}", f"ra-{b}"
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
