#!/usr/bin/env python3
"""Build screwworm.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "screwworm")
OUT = os.path.join(HERE, "screwworm.gold.jsonl")
T = "screwworm"

W, P, A, E, B, L, F = ("sw01_wire.txt", "sw02_press.txt", "sw03_abstract.txt",
                       "sw04_explainer.txt", "sw05_blog.txt", "sw06_local.txt", "sw07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- sw01 wire (2025-09-22, Monday)
 ("w-h70", W, "less than 70 miles from Texas", "70 miles", "distance", 70, 70, "miles", N, "headline repeat"),
 ("w-dl", W, "MEXICO CITY, Sept 22", "Sept 22", "date", 2025, 2025, "year", N, "dateline"),
 ("w-sun", W, "Nuevo Leon on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "sabinas hidalgo detection date"),
 ("w-2yrago", W, "Central America two years ago", "two years ago", "date", 2023, 2023, "year", N, "outbreak start (vague)"),
 ("w-8mo", W, "an 8-month-old cow", "8-month-old", "age", 8, 8, "months", Y, "age of sabinas hidalgo animal"),
 ("w-70", W, "less than 70 miles from the border town", "70 miles", "distance", 70, 70, "miles", Y, "sabinas hidalgo distance from border"),
 ("w-jul9", W, "confirmed on July 9 in Ixhuatlan", "July 9", "date", 2025, 2025, "year", Y, "veracruz (ixhuatlan) detection date"),
 ("w-370", W, "lay about 370 miles", "370 miles", "distance", 370, 370, "miles", Y, "ixhuatlan detection distance from border"),
 ("w-2days", W, "two days after the first port", "two days", "duration", 2, 2, "days", Y, "douglas port open before july re-closure"),
 ("w-mon", W, "in a statement on Monday", "Monday", "date", 2025, 2025, "year", N, "statement date"),
 ("w-30yr", W, "industry 30 years to recover", "30 years", "duration", 30, 30, "years", Y, "rollins: industry recovery time"),
 ("w-1966", W, "eradicated it in 1966", "1966", "date", 1966, 1966, "year", Y, "us eradication year"),
 ("w-once", W, "which mate only once", "once", "count", 1, 1, "matings", N, "female matings"),
 ("w-twogov", W, "jointly by the two governments", "two", "count", 2, 2, "governments", N, "aside"),
 ("w-100m", W, "produces about 100 million sterile flies a week", "100 million", "count", 100000000, 100000000, "flies/week", Y, "panama copeg weekly output"),
 ("w-lastmo", W, "last month unveiled plans", "last month", "date", 2025, 2025, "year", Y, "texas production plant announcement"),
 ("w-750", W, "plans for a $750 million", "$750 million", "money", 750000000, 750000000, "USD", Y, "texas production plant cost"),
 ("w-300m", W, "able to turn out 300 million flies", "300 million", "count", 300000000, 300000000, "flies/week", Y, "texas production plant capacity"),
 ("w-23yr", W, "could take two to three years", "two to three years", "duration", 2, 3, "years", Y, "texas plant build time (outside estimate)"),
 ("w-12m", W, "spending $12 million to convert", "$12 million", "money", 12000000, 12000000, "USD", Y, "usda investment in metapa plant"),
 ("w-85", W, "an $8.5 million dispersal center", "$8.5 million", "money", 8500000, 8500000, "USD", Y, "moore air base dispersal facility cost"),
 ("w-endyr", W, "complete by the end of the year", "end of the year", "date", 2025, 2025, "year", N, "dispersal facility completion target"),
 ("w-nov24", W, "first halted in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "first us suspension of mexican cattle imports"),
 ("w-feb", W, "resumed in February under", "February", "date", 2025, 2025, "year", Y, "imports resumed"),
 ("w-may11", W, "suspended again on May 11", "May 11", "date", 2025, 2025, "year", Y, "second suspension date"),
 ("w-jul7", W, "Arizona, on July 7 was called", "July 7", "date", 2025, 2025, "year", Y, "douglas reopening date"),
 ("w-jul9b", W, "called off on July 9", "July 9", "date", 2025, 2025, "year", Y, "third suspension date"),
 ("w-5000", W, "logged roughly 5,000 infested", "5,000", "count", 5000, 5000, "animals", Y, "mexico cumulative animal cases through august"),
 ("w-53", W, "a 53% jump", "53%", "percent", 53, 53, "%", Y, "mexico animal cases rise july to august"),
 ("w-1mo", W, "jump in a single month", "a single month", "duration", 1, 1, "months", N, "timepoint"),
 ("w-aug", W, "month through August", "August", "date", 2025, 2025, "year", N, "as-of"),
 ("w-100k", W, "some 100,000 animal cases", "100,000", "count", 100000, 100000, "animal cases", Y, "regional animal cases since 2023"),
 ("w-2023", W, "reported since 2023", "2023", "date", 2023, 2023, "year", N, "period start"),
 ("w-71", W, "a 71-year-old woman", "71-year-old", "age", 71, 71, "years", Y, "mexico first human case age"),
 ("w-apr17", W, "was confirmed on April 17", "April 17", "date", 2025, 2025, "year", Y, "mexico first human case date"),
 ("w-lastmo2", W, "Last month a Maryland resident", "Last month", "date", 2025, 2025, "year", Y, "first us travel-associated human case"),
 ("w-jul", W, "Since July, U.S. officials", "July", "date", 2025, 2025, "year", N, "period start"),
 ("w-8000", W, "nearly 8,000 traps", "8,000", "count", 8000, 8000, "traps", Y, "us traps set since july"),
 ("w-13000", W, "more than 13,000 samples", "13,000", "count", 13000, 13000, "samples", Y, "us samples screened since july"),
 ("w-single", W, "without finding a single screwworm", "a single", "count", 0, 0, "flies", N, "flies found in us (none)"),
 ("w-93", W, "In Austin, 93 members", "93", "count", 93, 93, "legislators", Y, "texas house members asking for special-session item"),
 ("w-20", W, "and 20 state senators", "20", "count", 20, 20, "legislators", Y, "texas senators asking for special-session item"),
 ("w-400m", W, "lose roughly $400 million", "$400 million", "money", 400000000, 400000000, "USD", Y, "mexican ranchers' projected losses"),
 ("w-endyr2", W, "through the end of the year", "end of the year", "date", 2025, 2025, "year", N, "projection horizon"),
 ("w-12mhead", W, "about 1.2 million feeder cattle", "1.2 million", "count", 1200000, 1200000, "head/year", Y, "mexico normal annual feeder exports to us"),
 ("w-70q", W, "If it's 70 miles away", "70 miles", "distance", 70, 70, "miles", N, "quote repeat"),
 ("w-600", W, "runs about 600 cows", "600", "count", 600, 600, "cows", N, "interviewee herd"),

 # ---- sw02 press (2025-08-28)
 ("p-h12k", P, "Wins USDA Order for 12,000", "12,000", "count", 12000, 12000, "traps", N, "headline repeat"),
 ("p-sub18", P, "lures over 18 months as federal", "18 months", "duration", 18, 18, "months", N, "subtitle repeat"),
 ("p-meta", P, "Aug 28, 2025, 08:00 ET", "Aug 28, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("p-dl", P, "SAN ANTONIO, Aug. 28, 2025", "Aug. 28, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today", P, "today announced that", "today", "date", 2025, 2025, "year", N, "release date"),
 ("p-12k", P, "to supply 12,000 fly traps", "12,000", "count", 12000, 12000, "traps", Y, "traps in order"),
 ("p-32m", P, "approximately $3.2 million", "$3.2 million", "money", 3200000, 3200000, "USD", Y, "order value"),
 ("p-18mo", P, "in stages over 18 months", "18 months", "duration", 18, 18, "months", Y, "delivery period"),
 ("p-oct", P, "beginning in October", "October", "date", 2025, 2025, "year", N, "delivery start"),
 ("p-100m", P, "roughly $100 million that USDA", "$100 million", "money", 100000000, 100000000, "USD", Y, "usda new-technology funding"),
 ("p-five", P, "under the five-pronged strategy", "five-pronged", "count", 5, 5, "prongs", N, "strategy prongs"),
 ("p-june", P, "Rollins announced in June", "June", "date", 2025, 2025, "year", Y, "five-pronged plan announcement"),
 ("p-aug15", P, "On Aug. 15, Secretary Rollins", "Aug. 15", "date", 2025, 2025, "year", Y, "texas production plant announcement"),
 ("p-750", P, "build a $750 million sterile fly", "$750 million", "money", 750000000, 750000000, "USD", Y, "texas production plant cost"),
 ("p-300m", P, "capacity of 300 million sterile flies", "300 million", "count", 300000000, 300000000, "flies/week", Y, "texas production plant capacity"),
 ("p-1yr", P, "operating within a year", "a year", "duration", 1, 1, "years", Y, "texas plant time to operation (usda)"),
 ("p-85", P, "An $8.5 million sterile fly dispersal", "$8.5 million", "money", 8500000, 8500000, "USD", Y, "moore air base dispersal facility cost"),
 ("p-jun18", P, "same site on June 18", "June 18", "date", 2025, 2025, "year", Y, "dispersal facility announcement"),
 ("p-2006", P, "maintained since 2006", "2006", "date", 2006, 2006, "year", Y, "panama barrier maintained since"),
 ("p-2023", P, "was breached in 2023", "2023", "date", 2023, 2023, "year", Y, "barrier breach"),
 ("p-nov24", P, "first animal case in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "mexico first animal case"),
 ("p-may11", P, "from Mexico on May 11, 2024", "May 11, 2024", "date", 2024, 2024, "year", Y, "second suspension date"),
 ("p-700", P, "roughly 700 miles from the border", "700 miles", "distance", 700, 700, "miles", Y, "oaxaca/veracruz may detections distance"),
 ("p-jul7", P, "Arizona, on July 7, but", "July 7", "date", 2025, 2025, "year", Y, "douglas reopening date"),
 ("p-week", P, "after barely a week", "a week", "duration", 1, 1, "weeks", Y, "douglas port open before july re-closure"),
 ("p-370", P, "Veracruz about 370 miles", "370 miles", "distance", 370, 370, "miles", Y, "ixhuatlan detection distance from border"),
 ("p-100mf", P, "turns out about 100 million flies a week", "100 million", "count", 100000000, 100000000, "flies/week", Y, "panama copeg weekly output"),
 ("p-21m", P, "USDA has invested $21 million", "$21 million", "money", 21000000, 21000000, "USD", Y, "usda investment in metapa plant"),
 ("p-60100", P, "add 60 to 100 million sterile flies", "60 to 100 million", "count", 60000000, 100000000, "flies/week", Y, "metapa planned output"),
 ("p-400500", P, "estimate that 400 to 500 million flies", "400 to 500 million", "count", 400000000, 500000000, "flies/week", Y, "flies needed to restore barrier"),
 ("p-aug21", P, "By Aug. 21, Mexico", "Aug. 21", "date", 2025, 2025, "year", N, "as-of"),
 ("p-93", P, "confirmed 93 human cases", "93", "count", 93, 93, "human cases", Y, "mexico human cases to aug 21"),
 ("p-aug25", P, "On Aug. 25, federal health", "Aug. 25", "date", 2025, 2025, "year", Y, "maryland case disclosure"),
 ("p-aug4", P, "CDC on Aug. 4", "Aug. 4", "date", 2025, 2025, "year", Y, "maryland case confirmation date"),
 ("p-28d", P, "for up to 28 days", "28 days", "duration", 28, 28, "days", Y, "lure life"),
 ("p-half", P, "roughly in half", "in half", "percent", 50, 50, "%", N, "field-visit reduction"),
 ("p-200", P, "more than 200 APHIS", "200", "count", 200, 200, "personnel", N, "trainees"),
 ("p-2014", P, "Founded in 2014", "2014", "date", 2014, 2014, "year", N, "about section"),
 ("p-85emp", P, "employs about 85 people", "85", "count", 85, 85, "employees", N, "about section"),

 # ---- sw03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "after the 2024 reintroduction", "2024", "date", 2024, 2024, "year", N, "title qualifier"),
 ("a-tper", A, "series, April–July 2025", "April–July 2025", "date", 2025, 2025, "year", N, "title period"),
 ("a-1991", A, "from Mexico in 1991", "1991", "date", 1991, 1991, "year", Y, "mexico eradication year"),
 ("a-2006", A, "eastern Panama since 2006", "2006", "date", 2006, 2006, "year", Y, "panama barrier maintained since"),
 ("a-fail23", A, "The barrier failed in 2023", "2023", "date", 2023, 2023, "year", Y, "barrier breach"),
 ("a-25", A, "average of 25 animal cases", "25", "count", 25, 25, "cases/year", Y, "panama animal cases per year before 2023"),
 ("a-6500", A, "more than 6,500 in 2023", "6,500", "count", 6500, 6500, "animal cases", Y, "panama animal cases 2023"),
 ("a-in2023", A, "6,500 in 2023, and", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-cr23", A, "Costa Rica in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "costa rica reappearance"),
 ("a-feb24", A, "human case in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "costa rica first human case"),
 ("a-two", A, "and two deaths by June 2024", "two", "count", 2, 2, "deaths", Y, "costa rica human deaths to june 2024"),
 ("a-jun24", A, "deaths by June 2024", "June 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-nov24", A, "Chiapas, in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "mexico first animal case"),
 ("a-17apr", A, "onset on 17 April 2025", "17 April 2025", "date", 2025, 2025, "year", Y, "mexico first human case date"),
 ("a-ew28", A, "(EW) 28 on", "28", "week", 28, 28, "week", N, "epi week"),
 ("a-12jul", A, "28 on 12 July 2025", "12 July 2025", "date", 2025, 2025, "year", N, "cutoff"),
 ("a-twoper", A, "rates in two periods", "two", "count", 2, 2, "periods", N, "design"),
 ("a-per1", A, "(17 April–31 May, 6.4", "17 April–31 May", "date", 2025, 2025, "year", N, "period 1"),
 ("a-64wk", A, "31 May, 6.4 weeks", "6.4 weeks", "duration", 6.4, 6.4, "weeks", N, "period 1 length"),
 ("a-per2", A, "1 June–12 July, 6.0", "1 June–12 July", "date", 2025, 2025, "year", N, "period 2"),
 ("a-60wk", A, "12 July, 6.0 weeks", "6.0 weeks", "duration", 6.0, 6.0, "weeks", N, "period 2 length"),
 ("a-31", A, "N = 31", "31", "count", 31, 31, "human cases", Y, "mexico human cases to jul 12"),
 ("a-29", A, "n=29", "29", "count", 29, 29, "human cases", Y, "chiapas human cases to jul 12"),
 ("a-935", A, "(93.5%; 95% CI", "93.5%", "percent", 93.5, 93.5, "%", Y, "chiapas share of human cases"),
 ("a-935ci", A, "79.3–98.2", "79.3–98.2", "percent", 79.3, 98.2, "%", Y, "ci"),
 ("a-2", A, "n=2 in Campeche", "2", "count", 2, 2, "human cases", Y, "campeche human cases to jul 12"),
 ("a-age", A, "aged 17 to 86 years", "17 to 86 years", "age", 17, 86, "years", Y, "patient age range"),
 ("a-21", A, "and 21 of 31 were male", "21", "count", 21, 21, "patients", Y, "male patients"),
 ("a-31b", A, "21 of 31 were male", "31", "count", 31, 31, "patients", N, "denominator repeat"),
 ("a-677", A, "(67.7%; 95% CI", "67.7%", "percent", 67.7, 67.7, "%", Y, "male share"),
 ("a-677ci", A, "50.1–81.4", "50.1–81.4", "percent", 50.1, 81.4, "%", Y, "ci"),
 ("a-p07", A, "P=0.07", "0.07", "pvalue", 0.07, 0.07, "p", N, "p-value"),
 ("a-77", A, "a 77-year-old woman", "77-year-old", "age", 77, 77, "years", Y, "mexico first human case age"),
 ("a-atleast1", A, "at least one chronic", "one", "count", 1, 1, "conditions", N, "definitional"),
 ("a-3", A, "At the cutoff, 3 patients", "3", "count", 3, 3, "patients", Y, "hospitalised at cutoff"),
 ("a-97", A, "(9.7%; 95% CI", "9.7%", "percent", 9.7, 9.7, "%", Y, "hospitalised share"),
 ("a-97ci", A, "3.3–24.9", "3.3–24.9", "percent", 3.3, 24.9, "%", Y, "ci"),
 ("a-r1", A, "rose from 2.0 cases per week", "2.0", "count", 2.0, 2.0, "cases/week", Y, "notification rate period 1"),
 ("a-n1", A, "(13 cases) in the first", "13", "count", 13, 13, "human cases", Y, "cases period 1 (to may 31)"),
 ("a-r2", A, "to 3.0 per week", "3.0", "count", 3.0, 3.0, "cases/week", Y, "notification rate period 2"),
 ("a-n2", A, "(18 cases) in the second", "18", "count", 18, 18, "human cases", Y, "cases period 2"),
 ("a-rr", A, "a rate ratio of 1.48", "1.48", "ratio", 1.48, 1.48, "x", Y, "rate ratio period 2 vs 1"),
 ("a-rrci", A, "0.73–3.03", "0.73–3.03", "ratio", 0.73, 3.03, "x", Y, "ci"),
 ("a-p28", A, "P=0.28", "0.28", "pvalue", 0.28, 0.28, "p", N, "p-value"),
 ("a-log", A, "log scale, 0.39", "0.39", "ratio", 0.39, 0.39, "log", Y, "log rate ratio"),
 ("a-logci", A, "−0.32 to 1.11", "−0.32 to 1.11", "ratio", -0.32, 1.11, "log", Y, "ci"),
 ("a-86", A, "an 86-year-old woman", "86-year-old", "age", 86, 86, "years", Y, "mexico first death age"),
 ("a-jul21", A, "died on 21 July 2025", "21 July 2025", "date", 2025, 2025, "year", Y, "mexico first death date"),
 ("a-39", A, "notifications reached 39", "39", "count", 39, 39, "human cases", Y, "mexico human cases to aug 21"),
 ("a-aug21", A, "39 by 21 August", "21 August", "date", 2025, 2025, "year", N, "as-of"),
 ("a-36", A, "(36 in Chiapas", "36", "count", 36, 36, "human cases", Y, "chiapas human cases to aug 21"),
 ("a-3c", A, "3 in Campeche)", "3", "count", 3, 3, "human cases", Y, "campeche human cases to aug 21"),
 ("a-12wk", A, "Within twelve weeks", "twelve weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-31c", A, "Mexico recorded 31 cases", "31", "count", 31, 31, "human cases", N, "conclusion repeat"),
 ("a-half", A, "rose by about half", "half", "percent", 50, 50, "%", N, "summary of rate ratio"),
 ("a-twoper2", A, "between the two periods", "two", "count", 2, 2, "periods", N, "design repeat"),
 ("a-1500", A, "about 1,500 animal cases", "1,500", "count", 1500, 1500, "animal cases", Y, "mexico animal cases late may"),
 ("a-latemay", A, "nationally by late May", "late May", "date", 2025, 2025, "year", N, "as-of"),
 ("a-900", A, "900 of them (60%)", "900", "count", 900, 900, "animal cases", Y, "chiapas animal cases late may"),
 ("a-60", A, "900 of them (60%)", "60%", "percent", 60, 60, "%", Y, "chiapas share of animal cases"),

 # ---- sw04 explainer (2025-09-05)
 ("e-upd", E, "Updated September 5, 2025", "September 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-decades", E, "wiped out decades ago", "decades ago", "date", None, None, "year", N, "vague"),
 ("e-eggs", E, "lays 200 to 300 eggs", "200 to 300", "count", 200, 300, "eggs", Y, "eggs per batch"),
 ("e-3000", E, "up to 3,000 in her life", "3,000", "count", 3000, 3000, "eggs", Y, "eggs per lifetime"),
 ("e-life", E, "lasts 10 to 30 days", "10 to 30 days", "duration", 10, 30, "days", Y, "adult fly lifespan"),
 ("e-hatch", E, "within 12 to 24 hours", "12 to 24 hours", "duration", 12, 24, "hours", Y, "egg hatch time"),
 ("e-feed", E, "feeding for four to eight days", "four to eight days", "duration", 4, 8, "days", Y, "larval feeding period"),
 ("e-len", E, "about two-thirds of an inch", "two-thirds of an inch", "length", 0.6667, 0.6667, "in", Y, "larva length"),
 ("e-1966", E, "screwworm in 1966", "1966", "date", 1966, 1966, "year", Y, "us eradication year"),
 ("e-2016", E, "Florida Keys in 2016", "2016", "date", 2016, 2016, "year", Y, "florida keys outbreak"),
 ("e-130", E, "more than 130 endangered", "130", "count", 130, 130, "deer", Y, "key deer killed 2016"),
 ("e-2023", E, "in Panama in 2023", "2023", "date", 2023, 2023, "year", Y, "barrier breach"),
 ("e-cr23", E, "Costa Rica in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "costa rica reappearance"),
 ("e-nov24", E, "Chiapas in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "mexico first animal case"),
 ("e-25", E, "about 25 animal cases", "25", "count", 25, 25, "cases/year", Y, "panama animal cases per year before 2023"),
 ("e-6500", E, "more than 6,500 in 2023", "6,500", "count", 6500, 6500, "animal cases", Y, "panama animal cases 2023"),
 ("e-in2023", E, "6,500 in 2023.", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-11", E, "reported 11 human cases", "11", "count", 11, 11, "human cases", Y, "costa rica human cases h1 2024"),
 ("e-three", E, "and three deaths in the first", "three", "count", 3, 3, "deaths", Y, "costa rica human deaths to june 2024"),
 ("e-h1", E, "first half of 2024", "first half of 2024", "date", 2024, 2024, "year", N, "period"),
 ("e-39", E, "confirmed 39 human cases", "39", "count", 39, 39, "human cases", Y, "mexico human cases to aug 21"),
 ("e-aug21", E, "by Aug. 21, 2025", "Aug. 21, 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("e-68", E, "a 68-year-old woman", "68-year-old", "age", 68, 68, "years", Y, "mexico first death age"),
 ("e-aug25", E, "In August 2025 the CDC", "August 2025", "date", 2025, 2025, "year", Y, "first us travel-associated human case"),
 ("e-20m", E, "produces about 20 million sterile flies", "20 million", "count", 20000000, 20000000, "flies/week", Y, "panama copeg weekly output"),
 ("e-once", E, "a female mates only once", "once", "count", 1, 1, "matings", N, "female matings"),
 ("e-51m", E, "in a $51 million joint project", "$51 million", "money", 51000000, 51000000, "USD", Y, "metapa conversion total (joint)"),
 ("e-100m", E, "produce 100 million flies a week", "100 million", "count", 100000000, 100000000, "flies/week", Y, "metapa planned output"),
 ("e-jul26", E, "from July 2026", "July 2026", "date", 2026, 2026, "year", Y, "metapa start date"),
 ("e-85", E, "building an $8.5 million dispersal", "$8.5 million", "money", 8500000, 8500000, "USD", Y, "moore air base dispersal facility cost"),
 ("e-nov22", E, "horses on Nov. 22, 2024", "Nov. 22, 2024", "date", 2024, 2024, "year", Y, "first us suspension of mexican cattle imports"),
 ("e-feb", E, "allowed them again in February", "February", "date", 2025, 2025, "year", Y, "imports resumed"),
 ("e-may", E, "ports again in May and July", "May", "date", 2025, 2025, "year", Y, "second suspension date"),
 ("e-jul", E, "again in May and July", "July", "date", 2025, 2025, "year", Y, "third suspension date"),
 ("e-13b", E, "about $1.3 billion a year", "$1.3 billion", "money", 1300000000, 1300000000, "USD", Y, "usda annual cost of established screwworm"),

 # ---- sw05 blog (2025-10-06)
 ("b-pub", B, "October 6, 2025 ·", "October 6, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-thous", B, "normally move thousands of Mexican", "thousands", "count", None, None, "head/week", N, "caption (vague)"),
 ("b-most25", B, "empty for most of 2025", "2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-multidec", B, "at a multi-decade low", "multi-decade", "duration", None, None, "decades", N, "vague"),
 ("b-70", B, "less than 70 miles from Laredo", "70 miles", "distance", 70, 70, "miles", Y, "sabinas hidalgo distance from border"),
 ("b-nov23", B, "at the border in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "first us suspension of mexican cattle imports"),
 ("b-feb", B, "protocol in February", "February", "date", 2025, 2025, "year", Y, "imports resumed"),
 ("b-may11", B, "stopped again on May 11", "May 11", "date", 2025, 2025, "year", Y, "second suspension date"),
 ("b-jul7", B, "Arizona, on July 7, and", "July 7", "date", 2025, 2025, "year", Y, "douglas reopening date"),
 ("b-700", B, "Veracruz about 700 miles", "700 miles", "distance", 700, 700, "miles", Y, "ixhuatlan detection distance from border"),
 ("b-sep21", B, "On Sept. 21 came", "Sept. 21", "date", 2025, 2025, "year", Y, "sabinas hidalgo detection date"),
 ("b-18mo", B, "an 18-month-old animal", "18-month-old", "age", 18, 18, "months", Y, "age of sabinas hidalgo animal"),
 ("b-12m", B, "roughly 1.2 million head", "1.2 million", "count", 1200000, 1200000, "head/year", Y, "mexico normal annual feeder exports to us"),
 ("b-thisyr", B, "This year it will be", "This year", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-pastyr", B, "for most of the past year", "the past year", "duration", 1, 1, "years", N, "vague period"),
 ("b-spring", B, "during the spring closure", "spring", "date", 2025, 2025, "year", N, "period"),
 ("b-200k", B, "fewer than 200,000", "200,000", "count", 200000, 200000, "head", Y, "mexico 2025 feeder exports"),
 ("b-novjan", B, "from late November through January", "late November through January", "date", 2024, 2025, "year", N, "first closure period"),
 ("b-270k", B, "estimated 270,000 head", "270,000", "count", 270000, 270000, "head", Y, "trade lost in first closure"),
 ("b-114", B, "up to $11.4 million a day", "$11.4 million", "money", 11400000, 11400000, "USD/day", Y, "mexico daily losses (cna)"),
 ("b-11b", B, "more than $1.1 billion in 2023", "$1.1 billion", "money", 1100000000, 1100000000, "USD", Y, "us imports of mexican cattle 2023"),
 ("b-y23", B, "$1.1 billion in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-635", B, "about $635 million in 2022", "$635 million", "money", 635000000, 635000000, "USD", Y, "us imports of mexican cattle 2022"),
 ("b-y22", B, "$635 million in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-5000", B, "roughly 5,000 infested animals", "5,000", "count", 5000, 5000, "animals", Y, "mexico cumulative animal cases through august"),
 ("b-endaug", B, "by the end of August", "end of August", "date", 2025, 2025, "year", N, "as-of"),
 ("b-35", B, "a 35% jump", "35%", "percent", 35, 35, "%", Y, "mexico animal cases rise july to august"),
 ("b-1mo", B, "jump in a single month", "a single month", "duration", 1, 1, "months", N, "timepoint"),
 ("b-cap", B, "head, Jan 2024 to Aug 2025", "Jan 2024 to Aug 2025", "date", 2024, 2025, "year", N, "chart caption"),
 ("b-125", B, "about 12.5 million cattle", "12.5 million", "count", 12500000, 12500000, "head", Y, "texas cattle inventory"),
 ("b-14", B, "some 14% of the national herd", "14%", "percent", 14, 14, "%", Y, "texas share of us herd"),
 ("b-19b", B, "cost Texas $1.9 billion", "$1.9 billion", "money", 1900000000, 1900000000, "USD/year", Y, "texas annual loss estimate (afbf)"),
 ("b-45b", B, "worth about $4.5 billion", "$4.5 billion", "money", 4500000000, 4500000000, "USD", Y, "texas hunting economy"),
 ("b-750", B, "committed $750 million in August", "$750 million", "money", 750000000, 750000000, "USD", Y, "texas production plant cost"),
 ("b-aug", B, "$750 million in August", "August", "date", 2025, 2025, "year", Y, "texas production plant announcement"),
 ("b-300m", B, "able to produce 300 million sterile flies", "300 million", "count", 300000000, 300000000, "flies/week", Y, "texas production plant capacity"),
 ("b-58", B, "a $5.8 million dispersal", "$5.8 million", "money", 5800000, 5800000, "USD", Y, "moore air base dispersal facility cost"),
 ("b-400500", B, "needs 400 to 500 million flies", "400 to 500 million", "count", 400000000, 500000000, "flies/week", Y, "flies needed to restore barrier"),
 ("b-100m", B, "the roughly $100 million USDA", "$100 million", "money", 100000000, 100000000, "USD", Y, "usda new-technology funding"),
 ("b-june", B, "Back in June, Gonzales", "June", "date", 2025, 2025, "year", Y, "gonzales county vote date"),
 ("b-v4", B, "voted 4-1 for", "4", "vote", 4, 4, "votes", Y, "gonzales county votes for resolution"),
 ("b-v1", B, "voted 4-1 for", "1", "vote", 1, 1, "votes", Y, "gonzales county votes against resolution"),
 ("b-30yr", B, "industry 30 years to recover", "30 years", "duration", 30, 30, "years", Y, "rollins: industry recovery time"),
 ("b-1950s", B, "how a 1950s idea", "1950s", "date", 1950, 1959, "year", N, "related link"),
 ("b-rel750", B, "became a $750 million plant", "$750 million", "money", 750000000, 750000000, "USD", N, "related link"),

 # ---- sw06 local (2025-06-10, Tuesday), hard-wrapped
 ("l-monq", L, "ranchers at Monday's meeting", "Monday's", "date", 2025, 2025, "year", N, "meeting date repeat"),
 ("l-pub", L, "Tuesday, June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-v5", L, "commissioners voted 5-0 on Monday", "5", "vote", 5, 5, "votes", Y, "gonzales county votes for resolution"),
 ("l-v0", L, "commissioners voted 5-0 on Monday", "0", "vote", 0, 0, "votes", Y, "gonzales county votes against resolution"),
 ("l-mon", L, "voted 5-0 on Monday", "Monday", "date", 2025, 2025, "year", Y, "gonzales county vote date"),
 ("l-both", L, "the governor, both U.S. senators", "both", "count", 2, 2, "senators", N, "aside"),
 ("l-jul25", L, "could reach Texas by July 2025", "July 2025", "date", 2025, 2025, "year", Y, "projected arrival in texas (forecast)"),
 ("l-endsum", L, "by the end of the summer", "end of the summer", "date", 2025, 2025, "year", N, "projection"),
 ("l-julq", L, "If this gets here in July", "July", "date", 2025, 2025, "year", N, "quote"),
 ("l-fewwk", L, "in the next few weeks", "few weeks", "duration", None, None, "weeks", N, "vague"),
 ("l-month", L, "The vote came a month after", "a month", "duration", 1, 1, "months", N, "aside"),
 ("l-may11", L, "bison from Mexico on May 11", "May 11", "date", 2025, 2025, "year", Y, "second suspension date"),
 ("l-700", L, "about 700 miles south", "700 miles", "distance", 700, 700, "miles", Y, "oaxaca/veracruz may detections distance"),
 ("l-20yr", L, "industry 20 years to recover", "20 years", "duration", 20, 20, "years", Y, "rollins: industry recovery time"),
 ("l-2yr", L, "moving north for two years", "two years", "duration", 2, 2, "years", N, "aside"),
 ("l-lastjul", L, "Costa Rica in July of last year", "July of last year", "date", 2024, 2024, "year", Y, "costa rica reappearance"),
 ("l-lastnov", L, "first case was found last November", "last November", "date", 2024, 2024, "year", Y, "mexico first animal case"),
 ("l-yrago", L, "a year ago this month", "a year ago this month", "date", 2024, 2024, "year", Y, "costa rica first human death"),
 ("l-two", L, "two people there had died", "two", "count", 2, 2, "deaths", Y, "costa rica human deaths to june 2024"),
 ("l-jun24", L, "by the end of June 2024", "end of June 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("l-13", L, "had confirmed 13 human cases", "13", "count", 13, 13, "human cases", Y, "mexico human cases to end may"),
 ("l-endmay", L, "by the end of May", "end of May", "date", 2025, 2025, "year", N, "as-of"),
 ("l-11", L, "11 of them in Chiapas", "11", "count", 11, 11, "human cases", Y, "chiapas human cases to end may"),
 ("l-1966", L, "United States in 1966", "1966", "date", 1966, 1966, "year", Y, "us eradication year"),
 ("l-100m", L, "makes about 100 million a week", "100 million", "count", 100000000, 100000000, "flies/week", Y, "panama copeg weekly output"),
 ("l-21m", L, "USDA has pledged $21 million", "$21 million", "money", 21000000, 21000000, "USD", Y, "usda investment in metapa plant"),
 ("l-60100", L, "add 60 to 100 million flies", "60 to 100 million", "count", 60000000, 100000000, "flies/week", Y, "metapa planned output"),
 ("l-lastwk", L, "session that ended last week", "last week", "date", 2025, 2025, "year", N, "legislative session end"),
 ("l-18b", L, "cost Texas $1.8 billion", "$1.8 billion", "money", 1800000000, 1800000000, "USD", Y, "texas loss estimate (legislature)"),
 ("l-125", L, "about 12.5 million cattle", "12.5 million", "count", 12500000, 12500000, "head", Y, "texas cattle inventory"),
 ("l-13m", L, "about 1.3 million head", "1.3 million", "count", 1300000, 1300000, "head", Y, "mexico feeder exports to us 2023-2024"),
 ("l-2324", L, "over 2023 and 2024", "2023 and 2024", "date", 2023, 2024, "year", N, "period"),

 # ---- sw07 fact-check (2025-08-29)
 ("f-5yrclaim", F, "won't be ready for five years", "five years", "duration", 5, 5, "years", N, "post claim"),
 ("f-pub", F, "VeriFact Desk · August 29, 2025", "August 29, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-thiswk", F, "X this week claims", "this week", "date", 2025, 2025, "year", N, "post date"),
 ("f-thiswk2", F, "As of this week, it", "this week", "date", 2025, 2025, "year", N, "as-of"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-aug25", F, "On Monday, Aug. 25", "Monday, Aug. 25", "date", 2025, 2025, "year", Y, "maryland case disclosure"),
 ("f-aug4", F, "the diagnosis on Aug. 4", "Aug. 4", "date", 2025, 2025, "year", Y, "maryland case confirmation date"),
 ("f-86", F, "An 86-year-old woman", "86-year-old", "age", 86, 86, "years", Y, "mexico first death age"),
 ("f-may", F, "treated in May for", "May", "date", 2025, 2025, "year", N, "treatment date"),
 ("f-jul21", F, "died on July 21", "July 21", "date", 2025, 2025, "year", Y, "mexico first death date"),
 ("f-aug21", F, "As of Aug. 21", "Aug. 21", "date", 2025, 2025, "year", N, "as-of"),
 ("f-39", F, "confirmed 39 human cases", "39", "count", 39, 39, "human cases", Y, "mexico human cases to aug 21"),
 ("f-36", F, "36 of them in Chiapas", "36", "count", 36, 36, "human cases", Y, "chiapas human cases to aug 21"),
 ("f-3c", F, "and three in Campeche", "three", "count", 3, 3, "human cases", Y, "campeche human cases to aug 21"),
 ("f-77", F, "a 77-year-old woman", "77-year-old", "age", 77, 77, "years", Y, "mexico first human case age"),
 ("f-apr17", F, "confirmed on April 17", "April 17", "date", 2025, 2025, "year", Y, "mexico first human case date"),
 ("f-single", F, "detected a single screwworm", "a single", "count", 0, 0, "flies", N, "flies found in texas (none)"),
 ("f-jul9", F, "Veracruz, on July 9", "July 9", "date", 2025, 2025, "year", Y, "veracruz (ixhuatlan) detection date"),
 ("f-600km", F, "about 600 kilometres", "600 kilometres", "distance", 600, 600, "km", Y, "ixhuatlan detection distance from border"),
 ("f-370", F, "(370 miles)", "370 miles", "distance", 370, 370, "miles", Y, "ixhuatlan detection distance from border"),
 ("f-jul7", F, "reopened on July 7", "July 7", "date", 2025, 2025, "year", Y, "douglas reopening date"),
 ("f-3d", F, "for only three days", "three days", "duration", 3, 3, "days", Y, "douglas port open before july re-closure"),
 ("f-may11", F, "suspended on May 11", "May 11", "date", 2025, 2025, "year", Y, "second suspension date"),
 ("f-aug15", F, "On Aug. 15, Agriculture", "Aug. 15", "date", 2025, 2025, "year", Y, "texas production plant announcement"),
 ("f-570", F, "announced a $570 million", "$570 million", "money", 570000000, 570000000, "USD", Y, "texas production plant cost"),
 ("f-20mi", F, "about 20 miles from the border", "20 miles", "distance", 20, 20, "miles", Y, "moore air base distance from border"),
 ("f-500m", F, "up to 500 million sterile flies", "500 million", "count", 500000000, 500000000, "flies/week", Y, "texas production plant capacity"),
 ("f-1yr", F, "operating within about a year", "about a year", "duration", 1, 1, "years", Y, "texas plant time to operation (usda)"),
 ("f-not5", F, "about a year, not five", "five", "duration", 5, 5, "years", N, "post claim rebutted"),
 ("f-23yr", F, "said two to three years", "two to three years", "duration", 2, 3, "years", Y, "texas plant build time (outside estimate)"),
 ("f-5yr2", F, "says five years. Meanwhile", "five years", "duration", 5, 5, "years", N, "post claim"),
 ("f-85", F, "an $8.5 million dispersal", "$8.5 million", "money", 8500000, 8500000, "USD", Y, "moore air base dispersal facility cost"),
 ("f-thisyr", F, "to be finished this year", "this year", "date", 2025, 2025, "year", N, "completion target"),
 ("f-june", F, "quoted a June resolution", "June", "date", 2025, 2025, "year", Y, "gonzales county vote date"),
 ("f-several", F, "Several posts in the same", "Several", "count", None, None, "posts", N, "vague"),
 ("f-jul25", F, "reach Texas \"by July 2025.\"", "July 2025", "date", 2025, 2025, "year", N, "quoted projection"),
 ("f-86b", F, "was an 86-year-old with", "86-year-old", "age", 86, 86, "years", N, "ruling repeat"),
 ("f-bothparts", F, "Both parts are false", "Both", "count", 2, 2, "claims", N, "ruling"),
 ("f-onedeath", F, "The one death linked", "one", "count", 1, 1, "deaths", N, "ruling"),
 ("f-5yr3", F, "post's \"five years\"", "five years", "duration", 5, 5, "years", N, "post claim (ruling)"),
 ("f-ayear", F, "own estimate of about a year", "about a year", "duration", 1, 1, "years", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 first US suspension of Mexican cattle imports: year
 ("b-nov23", "w-nov24", S), ("b-nov23", "e-nov22", S),
 # S2 second suspension (May 11) year
 ("p-may11", "w-may11", S), ("p-may11", "b-may11", S), ("p-may11", "l-may11", S),
 ("p-may11", "f-may11", S), ("p-may11", "e-may", S),
 # S3 Costa Rica reappearance year (relative date)
 ("l-lastjul", "a-cr23", S), ("l-lastjul", "e-cr23", S),
 # S4 Ixhuatlan (July 9) detection distance
 ("b-700", "w-370", S), ("b-700", "p-370", S), ("b-700", "f-370", S), ("b-700", "f-600km", S),
 # S5 Panama weekly output
 ("e-20m", "w-100m", S), ("e-20m", "p-100mf", S), ("e-20m", "l-100m", S),
 # S6 Texas production plant cost
 ("f-570", "w-750", S), ("f-570", "p-750", S), ("f-570", "b-750", S),
 # S7 Texas production plant capacity
 ("f-500m", "w-300m", S), ("f-500m", "p-300m", S), ("f-500m", "b-300m", S),
 # S8 dispersal facility cost
 ("b-58", "w-85", S), ("b-58", "p-85", S), ("b-58", "e-85", S), ("b-58", "f-85", S),
 # S9 USDA Metapa investment
 ("w-12m", "p-21m", S), ("w-12m", "l-21m", S),
 # S10 Mexico human cases by Aug 21
 ("p-93", "a-39", S), ("p-93", "e-39", S), ("p-93", "f-39", S),
 # S11 age of Mexico's first human case
 ("w-71", "a-77", S), ("w-71", "f-77", S),
 # S12 age of Mexico's first death
 ("e-68", "a-86", S), ("e-68", "f-86", S),
 # S13 Gonzales County vote tally
 ("b-v4", "l-v5", S), ("b-v1", "l-v0", S),
 # S14 days the Douglas port stayed open in July
 ("p-week", "f-3d", S), ("p-week", "w-2days", S),
 # S15 Rollins: years for industry to recover
 ("l-20yr", "w-30yr", S), ("l-20yr", "b-30yr", S),
 # S16 Mexico animal cases one-month rise
 ("b-35", "w-53", S),
 # S17 Costa Rica human deaths to June 2024
 ("e-three", "l-two", S), ("e-three", "a-two", S),
 # S18 age of the Sabinas Hidalgo animal
 ("b-18mo", "w-8mo", S),
 # Qualified
 ("w-2days", "f-3d", Q),
 ("e-100m", "p-60100", Q), ("e-100m", "l-60100", Q),
 ("l-18b", "b-19b", Q),
 ("l-13m", "w-12mhead", Q), ("l-13m", "b-12m", Q),
 ("p-1yr", "w-23yr", Q), ("f-1yr", "w-23yr", Q), ("p-1yr", "f-23yr", Q),
 ("b-nov23", "p-nov24", Q), ("b-nov23", "a-nov24", Q), ("b-nov23", "e-nov24", Q), ("b-nov23", "l-lastnov", Q),
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
        rows.append({"type": "claim", "id": f"sw-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"sw-{a}", f"sw-{b}"
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
