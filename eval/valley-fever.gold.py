#!/usr/bin/env python3
"""Build valley-fever.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "valley-fever")
OUT = os.path.join(HERE, "valley-fever.gold.jsonl")
T = "valley-fever"

W, P, A, E, B, L, F = ("VF01_wire.txt", "VF02_press.txt", "VF03_abstract.txt",
                       "VF04_explainer.txt", "VF05_blog.txt", "VF06_local.txt", "VF07_factcheck.txt")
Y = True; N = False
THIRD = 33.33

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- VF01 wire (2025-08-15)
 ("w-dl", W, "Calif., Aug. 15 (Meridian", "Aug. 15", "date", 2025, 2025, "year", N, "dateline"),
 ("w-6761", W, "recorded 6,761 provisional", "6,761", "count", 6761, 6761, "cases", Y, "ca 2025 cases through jul 31"),
 ("w-endjul", W, "through the end of July", "end of July", "date", 2025, 2025, "year", N, "as-of"),
 ("w-thu", W, "said on Thursday", "Thursday", "date", 2025, 2025, "year", N, "announcement date"),
 ("w-2025", W, "putting 2025 on course", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("w-lastyr", W, "top last year's all-time", "last year", "date", 2024, 2024, "year", N, "qualifier (record year)"),
 ("w-12595", W, "counted 12,595 cases", "12,595", "count", 12595, 12595, "cases", Y, "ca 2024 total cases"),
 ("w-in2024", W, "12,595 cases in 2024, the most", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-1995", W, "in California in 1995", "1995", "date", 1995, 1995, "year", Y, "ca cocci individually reportable since"),
 ("w-2024t", W, "The 2024 total was", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-47", W, "about 47% higher", "47%", "percent", 47, 47, "%", Y, "ca 2024 vs 2023 increase (full years)"),
 ("w-2023", W, "the count for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-decade", W, "the past decade California", "decade", "duration", 10, 10, "years", N, "period qualifier"),
 ("w-79k", W, "logged 7,000 to 9,000 cases", "7,000 to 9,000", "count", 7000, 9000, "cases", Y, "ca typical annual cases, past decade"),
 ("w-endjun", W, "By the end of June", "end of June", "date", 2025, 2025, "year", N, "as-of"),
 ("w-5500", W, "more than 5,500 cases", "5,500", "count", 5500, 5500, "cases", Y, "ca 2025 cases first half"),
 ("w-lastyr2", W, "totals for all of last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-mo47", W, "rose from 47 in all", "47", "count", 47, 47, "cases", Y, "monterey 2023 cases"),
 ("w-mo2023", W, "47 in all of 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-348", W, "to 348 so far", "348", "count", 348, 348, "cases", Y, "monterey 2025 cases through july"),
 ("w-thisyr", W, "348 so far this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-ten", W, "ten years ago", "ten years", "duration", 10, 10, "years", N, "quote aside"),
 ("w-710", W, "seven to 10 days", "seven to 10 days", "duration", 7, 10, "days", Y, "symptom duration before testing"),
 ("w-60pct", W, "About 60% of people", "60%", "percent", 60, 60, "%", Y, "share of infected with no symptoms"),
 ("w-1000", W, "roughly 1,000 hospitalizations", "1,000", "count", 1000, 1000, "hospitalizations", Y, "ca annual hospitalizations"),
 ("w-80", W, "about 80 deaths", "80", "count", 80, 80, "deaths", Y, "ca annual deaths (cdph)"),
 ("w-age60", W, "adults 60 and older", "60", "age", 60, 60, "years", Y, "age threshold for highest risk of severe disease"),
 ("w-two", W, "had two unusually wet", "two", "count", 2, 2, "winters", N, "aside"),
 ("w-2024s", W, "before the 2024 surge", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-lastyr3", W, "Last year's spike", "Last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-19", W, "linked at least 19 cases", "19", "count", 19, 19, "cases", Y, "festival cases (final, as of aug 21 2024)"),
 ("w-lastmay", W, "Kern County last May", "last May", "date", 2025, 2025, "year", Y, "festival date (resolves to 2025)"),
 ("w-three", W, "and three of those patients", "three", "count", 3, 3, "hospitalized", Y, "festival hospitalizations among the 19"),
 ("w-21037", W, "reported 21,037 cases", "21,037", "count", 21037, 21037, "cases", Y, "us reported cases 2023 (provisional)"),
 ("w-2023b", W, "Prevention in 2023, a provisional", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-10990", W, "alone reported 10,990", "10,990", "count", 10990, 10990, "cases", Y, "arizona 2023 cases"),
 ("w-39", W, "about $3.9 billion a year", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "us annual cost (2000-2015 average)"),
 ("w-aug", W, "through August, which", "August", "date", 2025, 2025, "year", N, "awareness month"),

 # ---- VF02 press (2024-08-08)
 ("p-h25k", P, "will supply 25,000 rapid", "25,000", "count", 25000, 25000, "tests", N, "subtitle repeat"),
 ("p-dl", P, "Aug. 8, 2024", "Aug. 8, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-25k", P, "provide 25,000 of its", "25,000", "count", 25000, 25000, "tests", Y, "tests donated"),
 ("p-6mo", P, "over the next six months", "six months", "duration", 6, 6, "months", Y, "program length"),
 ("p-lastwk", P, "Public Health last week", "last week", "date", 2024, 2024, "year", N, "cdph alert date"),
 ("p-five", P, "identified five people", "five", "count", 5, 5, "cases", Y, "festival cases as of jul 29 2024"),
 ("p-3day", P, "the three-day festival", "three-day", "duration", 3, 3, "days", Y, "festival length"),
 ("p-may", P, "Buena Vista Lake in May", "May", "date", 2024, 2024, "year", Y, "festival date"),
 ("p-three", P, "and that three of them", "three", "count", 3, 3, "hospitalized", Y, "festival hospitalized as of jul 29 2024"),
 ("p-20k", P, "More than 20,000 people", "20,000", "count", 20000, 20000, "people", Y, "festival attendance"),
 ("p-aweek", P, "is a week of the wrong", "a week", "duration", 1, 1, "weeks", N, "quote"),
 ("p-5400", P, "confirmed about 5,400 cases", "5,400", "count", 5400, 5400, "cases", Y, "ca 2024 cases as of late july"),
 ("p-thisyr", P, "5,400 cases so far this year", "this year", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-79k", P, "expect 7,000 to 9,000", "7,000 to 9,000", "count", 7000, 9000, "cases", Y, "ca 2024 projected cases"),
 ("p-two", P, "after two wet winters", "two", "count", 2, 2, "winters", N, "aside"),
 ("p-10990", P, "In Arizona, 10,990 people", "10,990", "count", 10990, 10990, "cases", Y, "arizona 2023 cases"),
 ("p-2023", P, "valley fever in 2023 and 805", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-805", P, "and 805 were hospitalized", "805", "count", 805, 805, "hospitalized", Y, "arizona 2023 hospitalized"),
 ("p-20003", P, "reported 20,003 cases", "20,003", "count", 20003, 20003, "cases", Y, "us reported cases 2019"),
 ("p-2019a", P, "and Prevention in 2019.", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("p-14", P, "surveillance in 14 states", "14", "count", 14, 14, "states", Y, "enhanced surveillance states"),
 ("p-38", P, "median of 38 days", "38 days", "duration", 38, 38, "days", Y, "median time to diagnosis"),
 ("p-70", P, "70% had another", "70%", "percent", 70, 70, "%", Y, "another illness diagnosed first"),
 ("p-83", P, "and 83% of those", "83%", "percent", 83, 83, "%", Y, "prescribed antibacterials"),
 ("p-1530", P, "an estimated 15% to 30%", "15% to 30%", "percent", 15, 30, "%", Y, "share of community-acquired pneumonia phoenix/tucson"),
 ("p-736", P, "lifetime costs of $736 million", "$736 million", "money", 736e6, 736e6, "USD", Y, "arizona lifetime cost of 2019 cases (total)"),
 ("p-10359", P, "for the 10,359 Arizonans", "10,359", "count", 10359, 10359, "cases", Y, "arizona 2019 cases"),
 ("p-2019b", P, "with valley fever in 2019,", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("p-671", P, "including $671 million", "$671 million", "money", 671e6, 671e6, "USD", Y, "arizona lifetime direct costs"),
 ("p-65", P, "$65 million in lost wages", "$65 million", "money", 65e6, 65e6, "USD", Y, "arizona lifetime indirect costs"),
 ("p-13wk", P, "begin one to three weeks", "one to three weeks", "duration", 1, 3, "weeks", Y, "incubation"),
 ("p-65age", P, "Adults 65 and older", "65", "age", 65, 65, "years", Y, "age threshold for highest risk of severe disease"),
 ("p-400", P, "typically 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "fluconazole usual adult daily dose"),
 ("p-once", P, "400 mg once a day", "once", "count", 1, 1, "per day", N, "frequency"),
 ("p-36wk", P, "for three to six weeks", "three to six weeks", "duration", 3, 6, "weeks", Y, "treatment course length"),
 ("p-aug12", P, "beginning August 12", "August 12", "date", 2024, 2024, "year", N, "program start"),
 ("p-45min", P, "in about 45 minutes", "45 minutes", "duration", 45, 45, "minutes", Y, "test turnaround"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-140", P, "about 140 people", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- VF03 abstract (2025-06-20)
 ("a-t2224", A, "California, 2022–2024, and a point", "2022–2024", "date", 2022, 2024, "year", N, "title period"),
 ("a-pub", A, "Published online 20 June 2025", "20 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-95", A, "more than 95% of cases", "95%", "percent", 95, 95, "%", Y, "share of us cases from az and ca"),
 ("a-22634", A, "from 22,634 in 2011", "22,634", "count", 22634, 22634, "cases", Y, "us cases 2011"),
 ("a-2011", A, "22,634 in 2011", "2011", "date", 2011, 2011, "year", N, "qualifier year"),
 ("a-8232", A, "to 8,232 in 2014", "8,232", "count", 8232, 8232, "cases", Y, "us cases 2014"),
 ("a-2014", A, "8,232 in 2014", "2014", "date", 2014, 2014, "year", N, "qualifier year"),
 ("a-neg", A, "(−63.6%)", "−63.6%", "percent", -63.6, -63.6, "%", Y, "us change 2011-2014"),
 ("a-1995", A, "reportable since 1995", "1995", "date", 1995, 1995, "year", Y, "ca cocci individually reportable since"),
 ("a-drought", A, "the 2020–2022 drought", "2020–2022", "date", 2020, 2022, "year", N, "other event"),
 ("a-2224b", A, "statewide trends for 2022–2024", "2022–2024", "date", 2022, 2024, "year", N, "study period"),
 ("a-may24", A, "Kern County in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "festival date"),
 ("a-2224m", A, "(CDPH) for 2022–2024, with", "2022–2024", "date", 2022, 2024, "year", N, "study period"),
 ("a-100kd", A, "incidence per 100,000 population", "100,000", "count", 100000, 100000, "population (denominator)", N, "rate denominator"),
 ("a-fest", A, "held May 22–27, 2024 at", "May 22–27, 2024", "date", 2024, 2024, "year", Y, "festival date"),
 ("a-h0011", A, "discharge data (2000–2011)", "2000–2011", "date", 2000, 2011, "year", N, "data period"),
 ("a-d0013", A, "death records (2000–2013)", "2000–2013", "date", 2000, 2013, "year", N, "data period"),
 ("a-N", A, "N = 29,268", "29,268", "count", 29268, 29268, "cases", Y, "ca cases 2022-2024 combined"),
 ("a-2224r", A, "reported in 2022–2024:", "2022–2024", "date", 2022, 2024, "year", N, "period"),
 ("a-7933", A, "7,933 in 2022", "7,933", "count", 7933, 7933, "cases", Y, "ca 2022 total cases"),
 ("a-y22", A, "7,933 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-9280", A, "9,280 in 2023", "9,280", "count", 9280, 9280, "cases", Y, "ca 2023 total cases"),
 ("a-y23", A, "9,280 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-12595", A, "12,595 in 2024", "12,595", "count", 12595, 12595, "cases", Y, "ca 2024 total cases"),
 ("a-y24", A, "12,595 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-189", A, "from 18.9 to 23.8", "18.9", "ratio", 18.9, 18.9, "per 100000", Y, "ca incidence 2022"),
 ("a-238", A, "18.9 to 23.8", "23.8", "ratio", 23.8, 23.8, "per 100000", Y, "ca incidence 2023"),
 ("a-322", A, "32.2 per 100,000", "32.2", "ratio", 32.2, 32.2, "per 100000", Y, "ca incidence 2024"),
 ("a-100k2", A, "32.2 per 100,000", "100,000", "count", 100000, 100000, "population (denominator)", N, "rate denominator"),
 ("a-2024c", A, "The 2024 count was", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-357", A, "was 35.7% higher", "35.7%", "percent", 35.7, 35.7, "%", Y, "ca 2024 vs 2023 increase (full years)"),
 ("a-2023c", A, "than that of 2023 (IRR", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-irr1", A, "(IRR 1.36", "1.36", "ratio", 1.36, 1.36, "x", Y, "irr 2024 vs 2023"),
 ("a-ci1", A, "95% CI 1.32–1.39", "1.32–1.39", "ratio", 1.32, 1.39, "x", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-2023d", A, "the 2023 count was 25.5%", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-255", A, "was 25.5% higher", "25.5%", "percent", 25.5, 25.5, "%", Y, "ca 2023 vs 2022 increase"),
 ("a-2022d", A, "than that of 2022 (IRR", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-irr2", A, "(IRR 1.26", "1.26", "ratio", 1.26, 1.26, "x", Y, "irr 2023 vs 2022"),
 ("a-ci2", A, "95% CI 1.22–1.29", "1.22–1.29", "ratio", 1.22, 1.29, "x", Y, "ci"),
 ("a-3067", A, "reported 3,067 of", "3,067", "count", 3067, 3067, "cases", Y, "kern 2023 cases"),
 ("a-2023e", A, "of the 2023 cases", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-330", A, "(33.0%, 95% CI", "33.0%", "percent", 33.0, 33.0, "%", Y, "kern share of ca cases 2023"),
 ("a-ci3", A, "32.1–34.0", "32.1–34.0", "percent", 32.1, 34.0, "%", Y, "ci"),
 ("a-20k", A, "more than 20,000 festival", "20,000", "count", 20000, 20000, "people", Y, "festival attendance"),
 ("a-19", A, "attendees, 19 cases met", "19", "count", 19, 19, "cases", Y, "festival cases (as of aug 21 2024)"),
 ("a-aug21", A, "as of August 21, 2024", "August 21, 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("a-n8", A, "(n=8 hospitalized", "8", "count", 8, 8, "hospitalized", Y, "festival hospitalizations among the 19"),
 ("a-421", A, "hospitalized; 42.1%", "42.1%", "percent", 42.1, 42.1, "%", Y, "festival share hospitalized"),
 ("a-ci4", A, "23.1–63.7", "23.1–63.7", "percent", 23.1, 63.7, "%", Y, "ci"),
 ("a-6days", A, "up to six days", "six days", "duration", 6, 6, "days", Y, "festival length"),
 ("a-25217", A, "recorded 25,217", "25,217", "count", 25217, 25217, "hospitalizations", Y, "ca cocci hospitalizations 2000-2011"),
 ("a-15747", A, "among 15,747 patients", "15,747", "count", 15747, 15747, "patients", Y, "ca hospitalized patients 2000-2011"),
 ("a-h0011b", A, "patients during 2000–2011", "2000–2011", "date", 2000, 2011, "year", N, "period"),
 ("a-2b", A, "more than $2 billion in hospital", "$2 billion", "money", 2e9, 2e9, "USD", Y, "ca hospital charges 2000-2011"),
 ("a-23", A, "from 2.3 to 5.0", "2.3", "ratio", 2.3, 2.3, "per 100000", Y, "ca initial hospitalization rate 2000"),
 ("a-50", A, "2.3 to 5.0", "5.0", "ratio", 5.0, 5.0, "per 100000", Y, "ca initial hospitalization rate 2011"),
 ("a-100k3", A, "5.0 per 100,000", "100,000", "count", 100000, 100000, "population (denominator)", N, "rate denominator"),
 ("a-1098", A, "in 1,098 deaths", "1,098", "count", 1098, 1098, "deaths", Y, "ca cocci deaths 2000-2013"),
 ("a-d0013b", A, "deaths during 2000–2013", "2000–2013", "date", 2000, 2013, "year", N, "period"),
 ("a-78", A, "an average of 78 a year", "78", "count", 78, 78, "deaths", Y, "ca average annual deaths 2000-2013"),
 ("a-43108", A, "(range 43–108)", "43–108", "count", 43, 108, "deaths", Y, "ca annual deaths range 2000-2013"),
 ("a-88", A, "(8.8 per 1 million)", "8.8", "ratio", 8.8, 8.8, "per 1000000", Y, "death rate aged 75+"),
 ("a-1m", A, "per 1 million)", "1 million", "count", 1e6, 1e6, "population (denominator)", N, "rate denominator"),
 ("a-75", A, "aged 75 years or older", "75 years", "age", 75, 75, "years", N, "definitional"),
 ("a-10359", A, "the 10,359 cases", "10,359", "count", 10359, 10359, "cases", Y, "arizona 2019 cases"),
 ("a-2019", A, "diagnosed in 2019 were", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("a-736", A, "costs of $736 million", "$736 million", "money", 736e6, 736e6, "USD", Y, "arizona lifetime cost of 2019 cases (total)"),
 ("a-39", A, "cost at $3.9 billion", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "us annual cost (2000-2015 average)"),
 ("a-0015", A, "for 2000–2015", "2000–2015", "date", 2000, 2015, "year", N, "period"),
 ("a-third", A, "by about a third in 2024", "about a third", "percent", THIRD, THIRD, "%", N, "conclusion restatement of ca 2024 vs 2023 increase"),
 ("a-in2024", A, "a third in 2024 to a record", "2024", "date", 2024, 2024, "year", N, "qualifier year"),

 # ---- VF04 explainer (2025-09-02)
 ("e-upd", E, "Updated September 2, 2025", "September 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-20k", E, "roughly 20,000 cases", "20,000", "count", 20000, 20000, "cases", Y, "us reported cases per year (typical)"),
 ("e-2023", E, "count for 2023 was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-21037", E, "2023 was 21,037", "21,037", "count", 21037, 21037, "cases", Y, "us reported cases 2023 (provisional)"),
 ("e-burden", E, "206,000 to 360,000", "206,000 to 360,000", "count", 206000, 360000, "cases", Y, "cdc estimated true annual illnesses"),
 ("e-1018", E, "10 to 18 times", "10 to 18 times", "ratio", 10, 18, "x", Y, "true vs reported multiplier"),
 ("e-97", E, "About 97% of reported", "97%", "percent", 97, 97, "%", Y, "share of us cases from az and ca"),
 ("e-2024r", E, "record in 2024 with", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-11076", E, "with 11,076 cases", "11,076", "count", 11076, 11076, "cases", Y, "ca 2024 total cases (as stated)"),
 ("e-2025", E, "and 2025 looks worse", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-6700", E, "more than 6,700 cases", "6,700", "count", 6700, 6700, "cases", Y, "ca 2025 cases first half (as stated)"),
 ("e-6mo", E, "first six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("e-mo47", E, "from 47 cases in 2023", "47", "count", 47, 47, "cases", Y, "monterey 2023 cases"),
 ("e-mo2023", E, "47 cases in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-344", E, "to 344 by the end", "344", "count", 344, 344, "cases", Y, "monterey 2025 cases through july"),
 ("e-endjul", E, "by the end of July", "end of July", "date", 2025, 2025, "year", N, "as-of"),
 ("e-10359", E, "In Arizona, 10,359 people", "10,359", "count", 10359, 10359, "cases", Y, "arizona 2023 cases (as stated)"),
 ("e-az2023", E, "with the infection in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-60", E, "About 60% of infected", "60%", "percent", 60, 60, "%", Y, "share of infected with no symptoms"),
 ("e-13wk", E, "them one to three weeks", "one to three weeks", "duration", 1, 3, "weeks", Y, "incubation"),
 ("e-510", E, "About 5% to 10% of people", "5% to 10%", "percent", 5, 10, "%", Y, "serious or long-term lung problems"),
 ("e-1pct", E, "roughly 1% develop", "1%", "percent", 1, 1, "%", Y, "disseminated disease share"),
 ("e-age60", E, "Adults 60 and older", "60", "age", 60, 60, "years", Y, "age threshold for highest risk of severe disease"),
 ("e-3rd", E, "in the third trimester", "third", "count", 3, 3, "trimester", N, "ordinal qualifier"),
 ("e-1000", E, "about 1,000 hospitalizations", "1,000", "count", 1000, 1000, "hospitalizations", Y, "ca annual hospitalizations"),
 ("e-80", E, "and about 80 deaths", "80", "count", 80, 80, "deaths", Y, "ca annual deaths (cdph)"),
 ("e-200", E, "around 200 people", "200", "count", 200, 200, "deaths", Y, "us annual deaths"),
 ("e-week", E, "lasts longer than a week", "a week", "duration", 1, 1, "weeks", Y, "symptom duration before testing"),
 ("e-1530", E, "causes 15% to 30%", "15% to 30%", "percent", 15, 30, "%", Y, "share of community-acquired pneumonia phoenix/tucson"),
 ("e-400", E, "dose is 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "fluconazole usual adult daily dose"),
 ("e-once", E, "400 mg once a day", "once", "count", 1, 1, "per day", N, "frequency"),
 ("e-36mo", E, "three to six months", "three to six months", "duration", 3, 6, "months", Y, "treatment course length"),
 ("e-39", E, "about $3.9 billion a year", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "us annual cost (2000-2015 average)"),
 ("e-400k", E, "about $400,000 per case", "$400,000", "money", 400000, 400000, "USD", Y, "us cost per case"),

 # ---- VF05 blog (2024-09-05)
 ("b-pub", B, "September 5, 2024", "September 5, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-read", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-20th", B, "the festival's 20th anniversary", "20th", "count", 20, 20, "editions", N, "aside"),
 ("b-6days", B, "For six days", "six days", "duration", 6, 6, "days", Y, "festival length"),
 ("b-may2227", B, "May 22 to 27", "May 22 to 27", "date", 2024, 2024, "year", Y, "festival date"),
 ("b-20k", B, "more than 20,000 of us", "20,000", "count", 20000, 20000, "people", Y, "festival attendance"),
 ("b-midjune", B, "In mid-June", "mid-June", "date", 2024, 2024, "year", N, "anecdote"),
 ("b-two1", B, "Two urgent care visits", "Two", "count", 2, 2, "visits", N, "anecdote"),
 ("b-two2", B, "and two rounds of antibiotics", "two", "count", 2, 2, "courses", N, "anecdote"),
 ("b-2wk", B, "He spent two weeks", "two weeks", "duration", 2, 2, "weeks", N, "anecdote"),
 ("b-jul29", B, "On July 29 the", "July 29", "date", 2024, 2024, "year", Y, "cdph alert date"),
 ("b-five", B, "identified five attendees", "five", "count", 5, 5, "cases", Y, "festival cases as of jul 29 2024"),
 ("b-three", B, "three of whom had", "three", "count", 3, 3, "hospitalized", Y, "festival hospitalized as of jul 29 2024"),
 ("b-aug21", B, "As of August 21", "August 21", "date", 2024, 2024, "year", N, "as-of"),
 ("b-19", B, "at least 19 confirmed", "19", "count", 19, 19, "cases", Y, "festival cases (as of aug 21 2024)"),
 ("b-eight", B, "including eight hospitalizations", "eight", "count", 8, 8, "hospitalized", Y, "festival hospitalizations among the 19"),
 ("b-third", B, "roughly a third of California's", "a third", "percent", THIRD, THIRD, "%", N, "caption: kern share"),
 ("b-thisyr1", B, "California's cases this year", "this year", "date", 2024, 2024, "year", N, "caption qualifier"),
 ("b-latejul", B, "By late July", "late July", "date", 2024, 2024, "year", N, "as-of"),
 ("b-1841", B, "recorded 1,841 of", "1,841", "count", 1841, 1841, "cases", Y, "kern 2024 cases as of late july"),
 ("b-5370", B, "the 5,370 cases", "5,370", "count", 5370, 5370, "cases", Y, "ca 2024 cases as of late july"),
 ("b-thisyr2", B, "reported statewide this year", "this year", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-79k", B, "expects 7,000 to 9,000", "7,000 to 9,000", "count", 7000, 9000, "cases", Y, "ca 2024 projected cases"),
 ("b-7393", B, "counted 7,393 cases in all of 2023", "7,393", "count", 7393, 7393, "cases", Y, "ca 2023 total cases (as stated)"),
 ("b-2023", B, "in all of 2023, already", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-latemay", B, "in late May is", "late May", "date", 2024, 2024, "year", N, "aside"),
 ("b-40", B, "Only about 40% of people", "40%", "percent", 40, 40, "%", Y, "share of infected with no symptoms (as stated)"),
 ("b-200", B, "standard 200 mg daily", "200 mg", "dose", 200, 200, "mg", Y, "fluconazole usual adult daily dose"),
 ("b-185", B, "about $18.5 billion a year", "$18.5 billion", "money", 18.5e9, 18.5e9, "USD", Y, "us annual cost (as stated)"),
 ("b-3d", B, "three days a week", "three days", "count", 3, 3, "days per week", N, "anecdote"),
 ("b-nextyr", B, "at LIB next year", "next year", "date", 2025, 2025, "year", N, "anecdote"),
 ("b-thousands", B, "Thousands of people, cars", "Thousands", "count", None, None, "people", N, "vague"),
 ("b-rel2024", B, "Our 2024 festival season", "2024", "date", 2024, 2024, "year", N, "page furniture (related link)"),
 ("b-once", B, "once a week. No spam", "once", "count", 1, 1, "per week", N, "page furniture"),
 ("b-42c", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- VF06 local (2024-12-28), hard-wrapped
 ("l-pub", L, "Saturday, December 28, 2024", "December 28, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-hlastyr", L, "soar past last year's total", "last year", "date", 2023, 2023, "year", N, "headline qualifier"),
 ("l-hdec", L, "with December still to count", "December", "date", 2024, 2024, "year", N, "headline qualifier"),
 ("l-lastyr", L, "the total for all of last year", "last year", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-2024f", L, "the final 2024 count", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-dec", L, "reports from December come", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-nov30", L, "As of Nov. 30, 11,076", "Nov. 30", "date", 2024, 2024, "year", N, "as-of"),
 ("l-11076", L, "11,076 cases had been", "11,076", "count", 11076, 11076, "cases", Y, "ca 2024 cases through nov 30"),
 ("l-20", L, "about 20% more", "20%", "percent", 20, 20, "%", Y, "ca 2024 through nov vs 2023 total"),
 ("l-9280", L, "the 9,280 cases", "9,280", "count", 9280, 9280, "cases", Y, "ca 2023 total cases"),
 ("l-2023", L, "in all of 2023 and a nearly", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-47", L, "a nearly 47% jump", "47%", "percent", 47, 47, "%", Y, "ca 2024 through nov vs 2022"),
 ("l-2022", L, "jump from 2022, when", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-7393", L, "recorded 7,393 cases", "7,393", "count", 7393, 7393, "cases", Y, "ca 2022 total cases"),
 ("l-3768", L, "for 3,768 of", "3,768", "count", 3768, 3768, "cases", Y, "kern 2024 cases through nov"),
 ("l-third", L, "just over a third", "a third", "percent", THIRD, THIRD, "%", Y, "kern share of ca 2024 cases through nov"),
 ("l-100200", L, "by 100% to 200%", "100% to 200%", "percent", 100, 200, "%", Y, "county increases vs 2022"),
 ("l-2022b", L, "same months of 2022 in", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-tripled", L, "where cases tripled", "tripled", "ratio", 3, 3, "x", Y, "monterey increase"),
 ("l-100", L, "from 100 as of", "100", "count", 100, 100, "cases", Y, "monterey cases through nov 2022"),
 ("l-nov22", L, "as of Nov. 30, 2022, to", "Nov. 30, 2022", "date", 2022, 2022, "year", N, "as-of"),
 ("l-299", L, "to 299 by", "299", "count", 299, 299, "cases", Y, "monterey cases through nov 2024"),
 ("l-decades", L, "undisturbed for decades", "decades", "duration", None, None, "years", N, "vague"),
 ("l-16", L, "tied 16 confirmed", "16", "count", 16, 16, "cases", Y, "festival cases (as of aug 21 2024)"),
 ("l-2025k", L, "20,000 to 25,000 people", "20,000 to 25,000", "count", 20000, 25000, "people", Y, "festival attendance"),
 ("l-memday", L, "over Memorial Day weekend", "Memorial Day weekend", "date", 2024, 2024, "year", N, "festival date (vague)"),
 ("l-13d", L, "symptoms one to three days after", "one to three days", "duration", 1, 3, "days", Y, "incubation"),
 ("l-0013", L, "From 2000 through 2013", "2000 through 2013", "date", 2000, 2013, "year", N, "period"),
 ("l-1098", L, "records of 1,098", "1,098", "count", 1098, 1098, "deaths", Y, "ca cocci deaths 2000-2013"),
 ("l-87", L, "an average of 87 deaths", "87", "count", 87, 87, "deaths", Y, "ca average annual deaths 2000-2013"),
 ("l-25217", L, "counted 25,217", "25,217", "count", 25217, 25217, "hospitalizations", Y, "ca cocci hospitalizations 2000-2011"),
 ("l-0011", L, "in California from 2000 to 2011", "2000 to 2011", "date", 2000, 2011, "year", N, "period"),
 ("l-2b", L, "more than $2 billion in hospital", "$2 billion", "money", 2e9, 2e9, "USD", Y, "ca hospital charges 2000-2011"),
 ("l-42", L, "a 42% increase", "42%", "percent", 42, 42, "%", Y, "arizona 2024 increase vs same period 2023"),
 ("l-thisyr", L, "cases this year over", "this year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-2023az", L, "same period of 2023,", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-4000", L, "nearly 4,000 additional", "4,000", "count", 4000, 4000, "cases", Y, "arizona additional cases 2024 vs same period"),
 ("l-week", L, "lasts longer than a week", "a week", "duration", 1, 1, "weeks", Y, "symptom duration before seeing doctor"),

 # ---- VF07 fact-check (2025-01-10)
 ("f-hthous", F, "did not kill thousands", "thousands", "count", None, None, "deaths", N, "vague (headline)"),
 ("f-hlastyr", F, "Californians last year, and Arizona", "last year", "date", 2024, 2024, "year", N, "headline qualifier"),
 ("f-hdouble", F, "cases did not double", "double", "ratio", 2, 2, "x", N, "headline (post claim negated)"),
 ("f-pub", F, "January 10, 2025", "January 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-cthous", F, "killed THOUSANDS", "THOUSANDS", "count", None, None, "deaths", N, "post claim (vague)"),
 ("f-clastyr", F, "Californians last year and Arizona", "last year", "date", 2024, 2024, "year", N, "post claim qualifier"),
 ("f-cdoubled", F, "cases DOUBLED in 2024", "DOUBLED", "ratio", 2, 2, "x", N, "post claim"),
 ("f-c2024", F, "DOUBLED in 2024", "2024", "date", 2024, 2024, "year", N, "post claim qualifier"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-jan3", F, "since Jan. 3", "Jan. 3", "date", 2025, 2025, "year", N, "virality"),
 ("f-v2024", F, "record levels in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-vdozens", F, "number in the dozens", "dozens", "count", None, None, "deaths", N, "vague"),
 ("f-vthous", F, "not the thousands", "thousands", "count", None, None, "deaths", N, "vague"),
 ("f-vdoub", F, "nowhere near a doubling", "doubling", "ratio", 2, 2, "x", N, "verdict wording"),
 ("f-s2024", F, "surged in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-11076", F, "had reported 11,076 cases", "11,076", "count", 11076, 11076, "cases", Y, "ca 2024 cases through nov 30"),
 ("f-nov30", F, "through Nov. 30, more", "Nov. 30", "date", 2024, 2024, "year", N, "as-of"),
 ("f-1996", F, "individual cases in 1996", "1996", "date", 1996, 1996, "year", Y, "ca cocci individually reportable since"),
 ("f-dec", F, "and December reports", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-80", F, "about 80 deaths a year in the state", "80", "count", 80, 80, "deaths", Y, "ca annual deaths (cdph)"),
 ("f-1098", F, "found 1,098", "1,098", "count", 1098, 1098, "deaths", Y, "ca cocci deaths 2000-2013"),
 ("f-0013", F, "from 2000 through 2013, an", "2000 through 2013", "date", 2000, 2013, "year", N, "period"),
 ("f-78", F, "an average of 78 a year", "78", "count", 78, 78, "deaths", Y, "ca average annual deaths 2000-2013"),
 ("f-43", F, "a low of 43", "43", "count", 43, 43, "deaths", Y, "ca annual deaths minimum 2000-2013"),
 ("f-108", F, "a high of 108", "108", "count", 108, 108, "deaths", Y, "ca annual deaths maximum 2000-2013"),
 ("f-d2024", F, "final death data for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-pthous", F, "deaths in the thousands", "thousands", "count", None, None, "deaths", N, "vague"),
 ("f-200", F, "about 200 a year", "200", "count", 200, 200, "deaths", Y, "us annual deaths"),
 ("f-48", F, "recorded 48 deaths", "48", "count", 48, 48, "deaths", Y, "arizona deaths 2017"),
 ("f-2017", F, "valley fever in 2017.", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("f-15747", F, "counted 15,747 valley fever", "15,747", "count", 15747, 15747, "hospitalizations", Y, "ca cocci hospitalizations 2000-2011 (as stated)"),
 ("f-0011", F, "California from 2000 to 2011, with", "2000 to 2011", "date", 2000, 2011, "year", N, "period"),
 ("f-2b", F, "more than $2 billion in charges", "$2 billion", "money", 2e9, 2e9, "USD", Y, "ca hospital charges 2000-2011"),
 ("f-1000", F, "About 1,000 Californians", "1,000", "count", 1000, 1000, "hospitalizations", Y, "ca annual hospitalizations"),
 ("f-11801", F, "reported 11,801", "11,801", "count", 11801, 11801, "cases", Y, "arizona cases first 10 months 2024"),
 ("f-10mo", F, "first 10 months of 2024", "10 months", "duration", 10, 10, "months", N, "timepoint"),
 ("f-2024a", F, "10 months of 2024, compared", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-10990", F, "with 10,990 for all", "10,990", "count", 10990, 10990, "cases", Y, "arizona 2023 cases"),
 ("f-2023a", F, "for all of 2023.", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-2023b", F, "same months of 2023, that", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-45a", F, "that is a 45% increase", "45%", "percent", 45, 45, "%", Y, "arizona 2024 increase vs same period 2023"),
 ("f-4000", F, "nearly 4,000 extra", "4,000", "count", 4000, 4000, "cases", Y, "arizona additional cases 2024 vs same period"),
 ("f-22000", F, "roughly 22,000 cases", "22,000", "count", 22000, 22000, "cases", N, "hypothetical doubling"),
 ("f-cbill", F, "costs Arizona billions", "billions", "money", None, None, "USD", N, "post claim (vague)"),
 ("f-10359", F, "the 10,359 Arizona cases", "10,359", "count", 10359, 10359, "cases", Y, "arizona 2019 cases"),
 ("f-2019", F, "diagnosed in 2019 will", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("f-671", F, "cost $671 million", "$671 million", "money", 671e6, 671e6, "USD", Y, "arizona lifetime cost of 2019 cases (total, as stated)"),
 ("f-vbill", F, "it is not billions", "billions", "money", None, None, "USD", N, "vague"),
 ("f-age60", F, "adults 60 and older", "60", "age", 60, 60, "years", Y, "age threshold for highest risk of severe disease"),
 ("f-may24", F, "County in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "festival date"),
 ("f-19", F, "at least 19 cases to the event", "19", "count", 19, 19, "cases", Y, "festival cases (as of aug 21 2024)"),
 ("f-eight", F, "and eight of those", "eight", "count", 8, 8, "hospitalized", Y, "festival hospitalizations among the 19"),
 ("f-rthous", F, "killed thousands of Californians in 2024", "thousands", "count", None, None, "deaths", N, "ruling restating post"),
 ("f-r2024", F, "Californians in 2024 and", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-rdoubled", F, "Arizona's cases doubled.", "doubled", "ratio", 2, 2, "x", N, "ruling restating post"),
 ("f-r80", F, "California averages about 80", "80", "count", 80, 80, "deaths", Y, "ca annual deaths (ruling)"),
 ("f-r45", F, "cases rose 45%", "45%", "percent", 45, 45, "%", Y, "arizona 2024 increase (ruling)"),
 ("f-src1", F, "accessed Jan. 8, 2025", "Jan. 8, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-src2", F, "Public Health Reports, 2016", "2016", "date", 2016, 2016, "year", N, "sources line"),
 ("f-src3", F, "Emerging Infectious Diseases, 2013", "2013", "date", 2013, 2013, "year", N, "sources line"),
 ("f-src4", F, "Open Forum Infectious Diseases, 2021", "2021", "date", 2021, 2021, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 CA 2024 full-year total: interim through-November count reported as the year's total
 ("e-11076", "w-12595", S), ("e-11076", "a-12595", S),
 # S2 CA 2023 total: 2022's figure given for 2023
 ("b-7393", "a-9280", S), ("b-7393", "l-9280", S),
 # S3 festival cases as of Aug 21: small miscount
 ("l-16", "w-19", S), ("l-16", "a-19", S), ("l-16", "b-19", S), ("l-16", "f-19", S),
 # S4 festival hospitalizations among the 19: interim (Jul 29) figure reported with the final count
 ("w-three", "a-n8", S), ("w-three", "b-eight", S), ("w-three", "f-eight", S),
 # S5 festival year: "last May" in an Aug 2025 story resolves to 2025
 ("w-lastmay", "a-may24", S), ("w-lastmay", "a-fest", S), ("w-lastmay", "b-may2227", S),
 ("w-lastmay", "f-may24", S), ("w-lastmay", "p-may", S),
 # S6 Arizona 2023 cases: 2019's figure given for 2023
 ("e-10359", "p-10990", S), ("e-10359", "w-10990", S), ("e-10359", "f-10990", S),
 # S7 Arizona lifetime cost of 2019 cases: direct-cost subtotal given as the total
 ("f-671", "p-736", S), ("f-671", "a-736", S),
 # S8 US annual cost: end-of-century projection given as current cost
 ("b-185", "e-39", S), ("b-185", "w-39", S), ("b-185", "a-39", S),
 # S9 share of infected with no symptoms: 40% (share WITH symptoms) vs 60%
 ("b-40", "e-60", S), ("b-40", "w-60pct", S),
 # S10 incubation: days vs weeks
 ("l-13d", "e-13wk", S), ("l-13d", "p-13wk", S),
 # S11 fluconazole usual adult daily dose
 ("b-200", "e-400", S), ("b-200", "p-400", S),
 # S12 treatment course length: weeks vs months
 ("p-36wk", "e-36mo", S),
 # S13 CA average annual deaths 2000-2013: transposed digits
 ("l-87", "a-78", S), ("l-87", "f-78", S),
 # S14 CA 2024 vs 2023 increase: the through-November-vs-2022 percentage reused
 ("w-47", "a-357", S),
 # S15 year CA cocci became individually reportable: off by one
 ("f-1996", "w-1995", S), ("f-1996", "a-1995", S),
 # S16 age threshold for highest risk of severe disease
 ("p-65age", "e-age60", S), ("p-65age", "w-age60", S), ("p-65age", "f-age60", S),
 # S17 CA cases in first half of 2025: through-July figure given for first six months
 ("e-6700", "w-5500", S),
 # S18 CA hospitalizations 2000-2011: patient count reported as hospitalizations
 ("f-15747", "a-25217", S), ("f-15747", "l-25217", S),
 # S19 CA 2022 total: transposed digits
 ("a-7933", "l-7393", S),
 # Qualified
 ("w-348", "e-344", Q),
 ("l-42", "f-45a", Q), ("l-42", "f-r45", Q),
 ("p-3day", "b-6days", Q), ("p-3day", "a-6days", Q),
 ("l-87", "w-80", Q), ("l-87", "e-80", Q), ("l-87", "f-80", Q), ("l-87", "f-r80", Q),
 ("e-6700", "w-6761", Q),
 ("w-47", "a-third", Q),
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
        rows.append({"type": "claim", "id": f"vf-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"vf-{a}", f"vf-{b}"
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
