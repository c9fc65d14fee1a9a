#!/usr/bin/env python3
"""Build candida-auris.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "candida-auris")
OUT = os.path.join(HERE, "candida-auris.gold.jsonl")
T = "candida-auris"

W, P, A, E, B, L, F = ("CA01_wire.txt", "CA02_press.txt", "CA03_abstract.txt",
                       "CA04_explainer.txt", "CA05_blog.txt", "CA06_local.txt", "CA07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CA01 wire (2023-03-21, Tuesday)
 ("w-dl", W, "ATLANTA, March 21", "March 21", "date", 2023, 2023, "year", N, "dateline"),
 ("w-mon", W, "reported on Monday", "Monday", "date", 2023, 2023, "year", Y, "annals report publication date"),
 ("w-95", W, "rose 95% in 2021", "95%", "percent", 95, 95, "%", Y, "us clinical case increase 2021"),
 ("w-2021a", W, "95% in 2021 to 1,471", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-1471", W, "to 1,471, after", "1,471", "count", 1471, 1471, "cases", Y, "us clinical cases 2021"),
 ("w-44", W, "increases of 44% in 2019", "44%", "percent", 44, 44, "%", Y, "us clinical case increase 2019"),
 ("w-2019a", W, "44% in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("w-59", W, "and 59% in 2020", "59%", "percent", 59, 59, "%", Y, "us clinical case increase 2020"),
 ("w-2020a", W, "59% in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("w-3270", W, "In all, 3,270 clinical", "3,270", "count", 3270, 3270, "cases", Y, "cumulative us clinical cases through 2021"),
 ("w-7413", W, "7,413 screening", "7,413", "count", 7413, 7413, "cases", Y, "cumulative us screening cases through 2021"),
 ("w-dec31", W, "Dec. 31, 2021", "Dec. 31, 2021", "date", 2021, 2021, "year", N, "as-of date"),
 ("w-53", W, "just 53 clinical cases", "53", "count", 53, 53, "cases", Y, "us clinical cases 2016"),
 ("w-2016", W, "cases in 2016, the year", "2016", "date", 2016, 2016, "year", Y, "first us report year"),
 ("w-330", W, "and 330 in 2018", "330", "count", 330, 330, "cases", Y, "us clinical cases 2018"),
 ("w-2018", W, "330 in 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("w-lastyr", W, "the rise continued last year", "last year", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-2377", W, "with 2,377 clinical", "2,377", "count", 2377, 2377, "cases", Y, "us clinical cases 2022 (preliminary)"),
 ("w-5754", W, "and 5,754 screening", "5,754", "count", 5754, 5754, "cases", Y, "us screening cases 2022 (preliminary)"),
 ("w-2022", W, "screening cases in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-17", W, "Seventeen states identified", "Seventeen", "count", 17, 17, "states", Y, "states with first case 2019-2021"),
 ("w-1921", W, "between 2019 and 2021, the report", "2019 and 2021", "date", 2019, 2021, "year", N, "period"),
 ("w-8", W, "Eight states reported", "Eight", "count", 8, 8, "states", Y, "states with first case in 2020"),
 ("w-2020b", W, "a first case in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("w-three", W, "three more followed in 2021", "three", "count", 3, 3, "states", Y, "states with first case in 2021"),
 ("w-2021b", W, "followed in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-80", W, "more than 80% in 2021", "80%", "percent", 80, 80, "%", Y, "screening volume increase 2021"),
 ("w-2021c", W, "80% in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-200", W, "more than 200%", "200%", "percent", 200, 200, "%", Y, "screening case increase 2021"),
 ("w-3x", W, "about three times as high", "three times", "ratio", 3, 3, "x", Y, "echinocandin-resistant cases 2021 vs each prior year"),
 ("w-2021d", W, "as high in 2021 as", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-twoprev", W, "each of the two previous years", "two", "duration", 2, 2, "years", N, "comparison period"),
 ("w-in2021", W, "In 2021 the CDC described", "2021", "date", 2021, 2021, "year", Y, "pan-resistant cluster report date"),
 ("w-3cl", W, "withstand all three major classes", "three", "count", 3, 3, "drug classes", N, "definitional"),
 ("w-5pan", W, "Five pan-resistant isolates", "Five", "count", 5, 5, "cases", Y, "dc facility pan-resistant cases"),
 ("w-single", W, "of a single long-term care facility", "single", "count", 1, 1, "facilities", N, "aside"),
 ("w-2tx", W, "at two Texas hospitals", "two", "count", 2, 2, "hospitals", Y, "texas cluster hospitals"),
 ("w-3060", W, "based on information from a limited number of patients, 30% to 60%", "30% to 60%", "percent", 30, 60, "%", Y, "cdc crude mortality estimate (infected)"),
 ("w-2009", W, "Japan in 2009", "2009", "date", 2009, 2009, "year", Y, "first identified japan"),

 # ---- CA02 press (2023-09-19)
 ("p-h2yr", P, "Awarded Two-Year,", "Two-Year", "duration", 2, 2, "years", N, "headline repeat"),
 ("p-h48", P, "$4.8 Million Contract", "$4.8 Million", "money", 4800000, 4800000, "USD", N, "headline repeat"),
 ("p-h40", P, "at up to 40 acute-care", "40", "count", 40, 40, "facilities", N, "subtitle repeat"),
 ("p-dl", P, "Sept. 19, 2023", "Sept. 19, 2023", "date", 2023, 2023, "year", N, "dateline"),
 ("p-2yr", P, "awarded a two-year contract", "two-year", "duration", 2, 2, "years", Y, "snrha contract base term"),
 ("p-48", P, "valued at $4.8 million", "$4.8 million", "money", 4800000, 4800000, "USD", Y, "snrha contract base value"),
 ("p-1yr", P, "includes one option year", "one option year", "duration", 1, 1, "years", Y, "option period"),
 ("p-62", P, "would bring the total contract value to $6.2 million", "$6.2 million", "money", 6200000, 6200000, "USD", Y, "contract value incl. option year"),
 ("p-40", P, "as many as 40 hospitals", "40", "count", 40, 40, "facilities", Y, "facilities covered"),
 ("p-single", P, "from a single composite", "single", "count", 1, 1, "swabs", N, "aside"),
 ("p-2h", P, "in about two hours", "two hours", "duration", 2, 2, "hours", Y, "pcr turnaround"),
 ("p-57d", P, "compared with five to seven days", "five to seven days", "duration", 5, 7, "days", Y, "culture screening turnaround"),
 ("p-120k", P, "estimated 120,000 screening tests", "120,000", "count", 120000, 120000, "tests", Y, "tests covered by base contract"),
 ("p-38", P, "$38 per test", "$38", "money", 38, 38, "USD", Y, "price per test"),
 ("p-aug24", P, "on Aug. 24", "Aug. 24", "date", 2023, 2023, "year", Y, "board approval date"),
 ("p-oct", P, "first facilities in October", "October", "date", 2023, 2023, "year", Y, "testing start"),
 ("p-5754", P, "reported 5,754 clinical cases", "5,754", "count", 5754, 5754, "cases", Y, "us clinical cases 2022 (preliminary)"),
 ("p-2022", P, "cases of C. auris in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("p-1471", P, "up from 1,471 in 2021", "1,471", "count", 1471, 1471, "cases", Y, "us clinical cases 2021"),
 ("p-2021", P, "1,471 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("p-1921", P, "Between 2019 and 2021, 27", "2019 and 2021", "date", 2019, 2021, "year", N, "period"),
 ("p-27", P, "27 states identified", "27", "count", 27, 27, "states", Y, "states with first case 2019-2021"),
 ("p-jul22", P, "In July 2022, CDC", "July 2022", "date", 2022, 2022, "year", Y, "pan-resistant cluster report date"),
 ("p-3cl", P, "resistant to all three major classes", "three", "count", 3, 3, "drug classes", N, "definitional"),
 ("p-2018", P, "notifiable since 2018", "2018", "date", 2018, 2018, "year", Y, "clinical cases nationally notifiable since"),
 ("p-3060", P, "CDC estimates that 30% to 60%", "30% to 60%", "percent", 30, 60, "%", Y, "cdc crude mortality estimate (infected)"),
 ("p-april", P, "In April, CDC data", "April", "date", 2023, 2023, "year", N, "as-of date"),
 ("p-16", P, "showed that 16% of all", "16%", "percent", 16, 16, "%", Y, "nevada share of us cases"),
 ("p-12", P, "hire 12 additional", "12", "count", 12, 12, "staff", Y, "planned hires"),
 ("p-2014", P, "Founded in 2014", "2014", "date", 2014, 2014, "year", N, "about section"),
 ("p-140", P, "employs about 140 people", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- CA03 abstract (2023-06-08)
 ("a-pub", A, "Published online 8 June 2023", "8 June 2023", "date", 2023, 2023, "year", N, "publication metadata"),
 ("a-t1722", A, "database, 2017–2022: underlying", "2017–2022", "date", 2017, 2022, "year", N, "title period"),
 ("a-2009", A, "Japan in 2009", "2009", "date", 2009, 2009, "year", Y, "first identified japan"),
 ("a-476", A, "rose from 476 in 2019", "476", "count", 476, 476, "cases", Y, "us clinical cases 2019"),
 ("a-2019", A, "476 in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("a-1474", A, "to 1,474 in 2021", "1,474", "count", 1474, 1474, "cases", Y, "us clinical cases 2021"),
 ("a-2021", A, "1,474 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-95", A, "including a 95% increase", "95%", "percent", 95, 95, "%", Y, "us clinical case increase 2021"),
 ("a-2021b", A, "increase in 2021 alone", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-3070", A, "crude mortality of 30%–70%", "30%–70%", "percent", 30, 70, "%", Y, "crude mortality in published outbreak series"),
 ("a-1000", A, "more than 1,000 US hospitals", "1,000", "count", 1000, 1000, "hospitals", Y, "database hospitals"),
 ("a-25", A, "about 25% of which", "25%", "percent", 25, 25, "%", Y, "share of hospitals with microbiology data"),
 ("a-period", A, "during January 2017 through December 2022", "January 2017 through December 2022", "date", 2017, 2022, "year", N, "study period"),
 ("a-192", A, "N = 192", "192", "count", 192, 192, "hospitalizations", Y, "hospitalizations analyzed"),
 ("a-38", A, "of which 38 (19.8%", "38", "count", 38, 38, "hospitalizations", Y, "bsi hospitalizations"),
 ("a-198", A, "38 (19.8%;", "19.8%", "percent", 19.8, 19.8, "%", Y, "bsi share"),
 ("a-198ci", A, "95% CI 14.8–26.0", "14.8–26.0", "percent", 14.8, 26.0, "%", Y, "ci"),
 ("a-154", A, "and 154 did not", "154", "count", 154, 154, "hospitalizations", Y, "non-bsi hospitalizations"),
 ("a-68", A, "median age was 68.0 years", "68.0 years", "age", 68, 68, "years", Y, "median age"),
 ("a-2189", A, "range 21–89", "21–89", "age", 21, 89, "years", Y, "age range"),
 ("a-66", A, "mean 66.0)", "66.0", "age", 66, 66, "years", Y, "mean age"),
 ("a-118", A, "118 patients (61.5%)", "118", "count", 118, 118, "patients", Y, "patients over 65"),
 ("a-615", A, "(61.5%) were older", "61.5%", "percent", 61.5, 61.5, "%", Y, "share over 65"),
 ("a-65", A, "older than 65", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("a-618", A, "mean 61.8 vs 67.0 years", "61.8", "age", 61.8, 61.8, "years", Y, "mean age bsi"),
 ("a-670", A, "61.8 vs 67.0 years", "67.0 years", "age", 67, 67, "years", Y, "mean age non-bsi"),
 ("a-diff", A, "difference −5.2 years", "−5.2 years", "age", -5.2, -5.2, "years", Y, "mean age difference bsi minus non-bsi"),
 ("a-p042", A, "P=0.042", "0.042", "pvalue", 0.042, 0.042, "p", N, "p-value"),
 ("a-104", A, "Overall, 104 (54.2%)", "104", "count", 104, 104, "patients", Y, "male patients"),
 ("a-542", A, "104 (54.2%)", "54.2%", "percent", 54.2, 54.2, "%", Y, "male share"),
 ("a-128", A, "and 128 (66.7%)", "128", "count", 128, 128, "patients", Y, "medicare patients"),
 ("a-667", A, "128 (66.7%)", "66.7%", "percent", 66.7, 66.7, "%", Y, "medicare share"),
 ("a-123", A, "sepsis n=123 (64.1%)", "123", "count", 123, 123, "patients", Y, "sepsis"),
 ("a-641", A, "n=123 (64.1%)", "64.1%", "percent", 64.1, 64.1, "%", Y, "sepsis share"),
 ("a-106", A, "diabetes n=106 (55.2%)", "106", "count", 106, 106, "patients", Y, "diabetes"),
 ("a-552", A, "n=106 (55.2%)", "55.2%", "percent", 55.2, 55.2, "%", Y, "diabetes share"),
 ("a-85", A, "kidney disease n=85 (44.3%)", "85", "count", 85, 85, "patients", Y, "ckd"),
 ("a-443", A, "n=85 (44.3%)", "44.3%", "percent", 44.3, 44.3, "%", Y, "ckd share"),
 ("a-83", A, "pneumonia n=83 (43.2%)", "83", "count", 83, 83, "patients", Y, "pneumonia"),
 ("a-432", A, "n=83 (43.2%)", "43.2%", "percent", 43.2, 43.2, "%", Y, "pneumonia share"),
 ("a-61", A, "respiratory failure n=61 (31.8%)", "61", "count", 61, 61, "patients", Y, "chronic respiratory failure"),
 ("a-318", A, "n=61 (31.8%)", "31.8%", "percent", 31.8, 31.8, "%", Y, "chronic respiratory failure share"),
 ("a-2d", A, "specimen was 2 days", "2 days", "duration", 2, 2, "days", Y, "median time admission to first positive"),
 ("a-98", A, "and 98 hospitalizations (51.0%)", "98", "count", 98, 98, "hospitalizations", Y, "first positive within 2 days"),
 ("a-510", A, "98 hospitalizations (51.0%)", "51.0%", "percent", 51.0, 51.0, "%", Y, "share first positive within 2 days"),
 ("a-29", A, "in 29 of 38 BSI", "29", "count", 29, 29, "hospitalizations", Y, "echinocandin use bsi"),
 ("a-38b", A, "29 of 38 BSI", "38", "count", 38, 38, "hospitalizations", N, "denominator repeat"),
 ("a-763", A, "(76.3%; 95% CI 60.8", "76.3%", "percent", 76.3, 76.3, "%", Y, "echinocandin use bsi share"),
 ("a-763ci", A, "60.8–87.0", "60.8–87.0", "percent", 60.8, 87.0, "%", Y, "ci"),
 ("a-39", A, "in 39 of 154", "39", "count", 39, 39, "hospitalizations", Y, "echinocandin use non-bsi"),
 ("a-154b", A, "39 of 154 non-BSI", "154", "count", 154, 154, "hospitalizations", N, "denominator repeat"),
 ("a-253", A, "(25.3%; 95% CI 19.1", "25.3%", "percent", 25.3, 25.3, "%", Y, "echinocandin use non-bsi share"),
 ("a-253ci", A, "19.1–32.7", "19.1–32.7", "percent", 19.1, 32.7, "%", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-cvc76", A, "catheters (76% vs 53%", "76%", "percent", 76, 76, "%", Y, "cvc bsi"),
 ("a-cvc53", A, "76% vs 53%", "53%", "percent", 53, 53, "%", Y, "cvc non-bsi"),
 ("a-p010", A, "P=0.010", "0.010", "pvalue", 0.010, 0.010, "p", N, "p-value"),
 ("a-tr29", A, "tracheostomies (29% vs 12%", "29%", "percent", 29, 29, "%", Y, "tracheostomy bsi"),
 ("a-tr12", A, "29% vs 12%", "12%", "percent", 12, 12, "%", Y, "tracheostomy non-bsi"),
 ("a-p008", A, "P=0.008", "0.008", "pvalue", 0.008, 0.008, "p", N, "p-value"),
 ("a-65d", A, "In all, 65 hospitalizations", "65", "count", 65, 65, "hospitalizations", Y, "deaths or hospice discharges"),
 ("a-339", A, "crude mortality of 33.9%", "33.9%", "percent", 33.9, 33.9, "%", Y, "crude mortality hospitalization study"),
 ("a-339ci", A, "27.5–40.8", "27.5–40.8", "percent", 27.5, 40.8, "%", Y, "ci"),
 ("a-1in3", A, "about one in three ended", "one in three", "percent", 33.3, 33.3, "%", N, "summary"),

 # ---- CA04 explainer (2023-06-20)
 ("e-upd", E, "Updated June 20, 2023", "June 20, 2023", "date", 2023, 2023, "year", N, "metadata"),
 ("e-march", E, "reported in March that", "March", "date", 2023, 2023, "year", Y, "annals report publication date"),
 ("e-2009", E, "first identified in 2009", "2009", "date", 2009, 2009, "year", Y, "first identified japan"),
 ("e-2016", E, "United States in 2016", "2016", "date", 2016, 2016, "year", Y, "first us report year"),
 ("e-2019", E, "(CDC), since 2019", "2019", "date", 2019, 2019, "year", Y, "clinical cases nationally notifiable since"),
 ("e-march2", E, "study published in March counted", "March", "date", 2023, 2023, "year", N, "repeat"),
 ("e-1471", E, "counted 1,471 clinical", "1,471", "count", 1471, 1471, "cases", Y, "us clinical cases 2021"),
 ("e-2021", E, "clinical cases in 2021, a 95%", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-95", E, "a 95% jump", "95%", "percent", 95, 95, "%", Y, "us clinical case increase 2021"),
 ("e-2021b", E, "Through the end of 2021", "2021", "date", 2021, 2021, "year", N, "as-of"),
 ("e-3270", E, "there had been 3,270 clinical", "3,270", "count", 3270, 3270, "cases", Y, "cumulative us clinical cases through 2021"),
 ("e-7413", E, "and 7,413 screening", "7,413", "count", 7413, 7413, "cases", Y, "cumulative us screening cases through 2021"),
 ("e-2022", E, "Preliminary numbers for 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-2377", E, "still: 2,377 clinical", "2,377", "count", 2377, 2377, "cases", Y, "us clinical cases 2022 (preliminary)"),
 ("e-5754", E, "and 5,754 screening", "5,754", "count", 5754, 5754, "cases", Y, "us screening cases 2022 (preliminary)"),
 ("e-28", E, "reported in 28 states", "28", "count", 28, 28, "states", Y, "states with cases 2022 (plus dc)"),
 ("e-17", E, "Seventeen states found", "Seventeen", "count", 17, 17, "states", Y, "states with first case 2019-2021"),
 ("e-1921", E, "between 2019 and 2021, eight", "2019 and 2021", "date", 2019, 2021, "year", N, "period"),
 ("e-8", E, "eight of them in 2020", "eight", "count", 8, 8, "states", Y, "states with first case in 2020"),
 ("e-2020", E, "of them in 2020 alone", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("e-3060", E, "based on limited information, 30% to 60%", "30% to 60%", "percent", 30, 60, "%", Y, "cdc crude mortality estimate (infected)"),
 ("e-1317", E, "from 2013 to 2017, 23", "2013 to 2017", "date", 2013, 2017, "year", N, "ny outbreak period"),
 ("e-23", E, "23 of 51 patients", "23", "count", 23, 23, "deaths", Y, "ny clinical patients died"),
 ("e-51", E, "23 of 51 patients", "51", "count", 51, 51, "patients", Y, "ny clinical case-patients"),
 ("e-45", E, "(45%) died", "45%", "percent", 45, 45, "%", Y, "ny clinical case fatality"),
 ("e-30d", E, "died within 30 days", "30 days", "duration", 30, 30, "days", Y, "ny mortality window"),
 ("e-month", E, "released this month", "this month", "date", 2023, 2023, "year", N, "publication date"),
 ("e-192", E, "of 192 hospitalizations", "192", "count", 192, 192, "hospitalizations", Y, "hospitalizations analyzed"),
 ("e-1722", E, "from 2017 to 2022 found", "2017 to 2022", "date", 2017, 2022, "year", N, "study period"),
 ("e-34", E, "mortality rate of 34%", "34%", "percent", 34, 34, "%", Y, "crude mortality hospitalization study"),
 ("e-66", E, "median age of 66", "66", "age", 66, 66, "years", Y, "median age"),
 ("e-38", E, "and 38 of the hospitalizations", "38", "count", 38, 38, "hospitalizations", Y, "bsi hospitalizations"),
 ("e-20", E, "hospitalizations (20%)", "20%", "percent", 20, 20, "%", Y, "bsi share"),
 ("e-510", E, "an estimated 5% to 10% of colonized", "5% to 10%", "percent", 5, 10, "%", Y, "colonized progressing to invasive infection"),
 ("e-mica", E, "micafungin, 100 mg", "100 mg", "dose", 100, 100, "mg", Y, "micafungin adult daily dose"),
 ("e-cas70", E, "a 70 mg loading dose", "70 mg", "dose", 70, 70, "mg", Y, "caspofungin loading dose"),
 ("e-cas50", E, "followed by 50 mg a day", "50 mg", "dose", 50, 50, "mg", Y, "caspofungin daily dose"),
 ("e-ani200", E, "a 200 mg loading dose", "200 mg", "dose", 200, 200, "mg", Y, "anidulafungin loading dose"),
 ("e-ani100", E, "followed by 100 mg a day", "100 mg", "dose", 100, 100, "mg", Y, "anidulafungin daily dose"),
 ("e-5d", E, "for more than five days", "five days", "duration", 5, 5, "days", Y, "persistent fungemia threshold"),
 ("e-lamb", E, "at 5 mg per kilogram", "5 mg per kilogram", "dose", 5, 5, "mg/kg", Y, "liposomal amphotericin b dose"),
 ("e-85", E, "About 85% of U.S.", "85%", "percent", 85, 85, "%", Y, "azole resistance"),
 ("e-33", E, "about 33% to amphotericin", "33%", "percent", 33, 33, "%", Y, "amphotericin b resistance"),
 ("e-1", E, "about 1% to echinocandins", "1%", "percent", 1, 1, "%", Y, "echinocandin resistance"),
 ("e-3cl", E, "all three main classes", "three", "count", 3, 3, "drug classes", N, "definitional"),
 ("e-jul21", E, "In a July 2021 report", "July 2021", "date", 2021, 2021, "year", Y, "pan-resistant cluster report date"),
 ("e-two", E, "described two unrelated clusters", "two", "count", 2, 2, "clusters", N, "aside"),
 ("e-3", E, "3 of 101 patients", "3", "count", 3, 3, "cases", Y, "dc facility pan-resistant cases"),
 ("e-101", E, "3 of 101 patients", "101", "count", 101, 101, "cases", Y, "dc cases screened jan-apr 2021"),
 ("e-2tx", E, "in Texas 2 of 22 did", "2", "count", 2, 2, "cases", Y, "texas pan-resistant cases"),
 ("e-22", E, "2 of 22 did", "22", "count", 22, 22, "cases", Y, "texas cases jan-apr 2021"),

 # ---- CA05 blog (2023-11-28)
 ("b-date", B, "November 28, 2023", "November 28, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-1313", B, "reported 1,313 cases so far", "1,313", "count", 1313, 1313, "cases", Y, "nevada 2023 cases to mid-nov"),
 ("b-thisyr", B, "cases so far this year, 492", "this year", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-492", B, "492 of them clinical", "492", "count", 492, 492, "cases", Y, "nevada 2023 clinical cases to mid-nov"),
 ("b-821", B, "and 821 colonization", "821", "count", 821, 821, "cases", Y, "nevada 2023 colonization cases to mid-nov"),
 ("b-thismo", B, "by local media this month", "this month", "date", 2023, 2023, "year", N, "source date"),
 ("b-2022a", B, "In the same stretch of 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-744", B, "counted 744 cases", "744", "count", 744, 744, "cases", Y, "nevada cases same period 2022"),
 ("b-193", B, "cases are up 193%", "193%", "percent", 193, 193, "%", Y, "nevada increase since nov 2022"),
 ("b-nov", B, "since November of last year", "November of last year", "date", 2022, 2022, "year", N, "baseline"),
 ("b-tripled", B, "has nearly tripled", "tripled", "ratio", 3, 3, "x", N, "paraphrase of 193%"),
 ("b-12mo", B, "in twelve months", "twelve months", "duration", 12, 12, "months", N, "timespan"),
 ("b-vfor", B, "voted 10-", "10", "count", 10, 10, "votes", Y, "board votes for contract"),
 ("b-vagn", B, "-1 in August", "1", "count", 1, 1, "votes", Y, "board votes against contract"),
 ("b-aug", B, "in August to hand", "August", "date", 2023, 2023, "year", Y, "board vote date"),
 ("b-62", B, "a $6.2 million, two-year", "$6.2 million", "money", 6200000, 6200000, "USD", Y, "snrha contract base value"),
 ("b-2yr", B, "two-year contract for rapid", "two-year", "duration", 2, 2, "years", Y, "snrha contract base term"),
 ("b-59", B, "grew 59% in 2021", "59%", "percent", 59, 59, "%", Y, "us clinical case increase 2021"),
 ("b-2021", B, "59% in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("b-2022b", B, "the preliminary 2022 count", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-2377", B, "count is 2,377 clinical", "2,377", "count", 2377, 2377, "cases", Y, "us clinical cases 2022 (preliminary)"),
 ("b-5754", B, "plus 5,754 screening", "5,754", "count", 5754, 5754, "cases", Y, "us screening cases 2022 (preliminary)"),
 ("b-28", B, "reported in 28 states", "28", "count", 28, 28, "states", Y, "states with cases 2022 (plus dc)"),
 ("b-lastyr", B, "and D.C. last year", "last year", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-2016", B, "detected in the U.S. in 2016", "2016", "date", 2016, 2016, "year", Y, "first us detection"),
 ("b-cap", B, "U.S. clinical C. auris cases, 2016 to 2022", "2016 to 2022", "date", 2016, 2022, "year", N, "image caption"),
 ("b-192", B, "looked at 192 hospitalizations", "192", "count", 192, 192, "hospitalizations", Y, "hospitalizations analyzed"),
 ("b-1722", B, "between 2017 and 2022. The", "2017 and 2022", "date", 2017, 2022, "year", N, "study period"),
 ("b-68", B, "median age was 68", "68", "age", 68, 68, "years", Y, "median age"),
 ("b-66", B, "average age was 66", "66", "age", 66, 66, "years", Y, "mean age"),
 ("b-23", B, "roughly two-thirds were on Medicare", "two-thirds", "percent", 66.7, 66.7, "%", Y, "medicare share"),
 ("b-third", B, "About a third of those", "a third", "percent", 33.3, 33.3, "%", Y, "crude mortality hospitalization study"),
 ("b-64", B, "Sepsis showed up in 64%", "64%", "percent", 64, 64, "%", Y, "sepsis share"),
 ("b-55", B, "diabetes in 55%", "55%", "percent", 55, 55, "%", Y, "diabetes share"),
 ("b-2020", B, "meta-analysis from 2020", "2020", "date", 2020, 2020, "year", N, "publication year"),
 ("b-39", B, "overall mortality at 39%", "39%", "percent", 39, 39, "%", Y, "meta-analysis overall mortality"),
 ("b-45", B, "at 45% for bloodstream", "45%", "percent", 45, 45, "%", Y, "meta-analysis bsi mortality"),
 ("b-150", B, "micafungin runs at 150 mg", "150 mg", "dose", 150, 150, "mg", Y, "micafungin adult daily dose"),
 ("b-70", B, "a 70 mg loading dose then", "70 mg", "dose", 70, 70, "mg", Y, "caspofungin loading dose"),
 ("b-50", B, "then 50 mg daily", "50 mg", "dose", 50, 50, "mg", Y, "caspofungin daily dose"),
 ("b-2cities", B, "at least two U.S. cities", "two", "count", 2, 2, "cities", N, "aside"),
 ("b-6", B, "positivity was 6%", "6%", "percent", 6, 6, "%", Y, "unit screening positivity q1 2023"),
 ("b-q1", B, "in the first quarter of this year", "first quarter of this year", "date", 2023, 2023, "year", N, "timepoint"),
 ("b-4200", B, "Join 4,200", "4,200", "count", 4200, 4200, "subscribers", N, "page furniture"),
 ("b-5fix", B, "fatigue: five fixes", "five", "count", 5, 5, "fixes", N, "related link (furniture)"),
 ("b-31", B, "31 comments", "31", "count", 31, 31, "comments", N, "page furniture"),

 # ---- CA06 local (2023-11-14), hard-wrapped
 ("l-h1300", L, "tops 1,300 as", "1,300", "count", 1300, 1300, "cases", N, "headline"),
 ("l-1313", L, "have reported 1,313 cases", "1,313", "count", 1313, 1313, "cases", Y, "nevada 2023 cases to mid-nov"),
 ("l-thisyr", L, "so far this year, a record", "this year", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-492", L, "Of those cases, 492", "492", "count", 492, 492, "cases", Y, "nevada 2023 clinical cases to mid-nov"),
 ("l-821", L, "and 821 were", "821", "count", 821, 821, "cases", Y, "nevada 2023 colonization cases to mid-nov"),
 ("l-mon", L, "provided Monday", "Monday", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-lastyr", L, "same period last year the state", "last year", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-774", L, "counted 774 cases", "774", "count", 774, 774, "cases", Y, "nevada cases same period 2022"),
 ("l-193", L, "grown 193% since", "193%", "percent", 193, 193, "%", Y, "nevada increase since nov 2022"),
 ("l-nov22", L, "since November 2022", "November 2022", "date", 2022, 2022, "year", N, "baseline"),
 ("l-sepoct", L, "September and October set", "September and October", "date", 2023, 2023, "year", N, "record months"),
 ("l-40", L, "roughly 40% of the total", "40%", "percent", 40, 40, "%", Y, "clinical share of nevada cases"),
 ("l-42", L, "turned up at 42 facilities", "42", "count", 42, 42, "facilities", Y, "nevada facilities with cases"),
 ("l-17", L, "17 acute-care hospitals", "17", "count", 17, 17, "facilities", Y, "acute-care hospitals"),
 ("l-15", L, "15 skilled nursing", "15", "count", 15, 15, "facilities", Y, "snfs"),
 ("l-10", L, "and 10 long-term", "10", "count", 10, 10, "facilities", Y, "ltachs"),
 ("l-22", L, "accounted for 22% of", "22%", "percent", 22, 22, "%", Y, "sunrise share of nevada cases"),
 ("l-306", L, "with 306 clinical", "306", "count", 306, 306, "cases", Y, "sunrise clinical"),
 ("l-190", L, "and 190 colonization", "190", "count", 190, 190, "cases", Y, "sunrise colonization"),
 ("l-224", L, "reported 224 cases", "224", "count", 224, 224, "cases", Y, "valley hospital cases"),
 ("l-60", L, "Sixty percent of patients", "Sixty percent", "percent", 60, 60, "%", Y, "nevada share male"),
 ("l-87", L, "and 87% were", "87%", "percent", 87, 87, "%", Y, "nevada share aged 50+"),
 ("l-50", L, "at least 50 years old", "50 years", "age", 50, 50, "years", N, "age threshold"),
 ("l-28", L, "reported in 28 states", "28", "count", 28, 28, "states", Y, "states with cases 2022 (plus dc)"),
 ("l-2022", L, "District of Columbia in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-359", L, "California with 359", "359", "count", 359, 359, "cases", Y, "california 2022 cases"),
 ("l-349", L, "Florida with 349", "349", "count", 349, 349, "cases", Y, "florida 2022 cases"),
 ("l-326", L, "New York with 326", "326", "count", 326, 326, "cases", Y, "new york 2022 cases"),
 ("l-276", L, "Illinois with 276", "276", "count", 276, 276, "cases", Y, "illinois 2022 cases"),
 ("l-160", L, "Texas with 160", "160", "count", 160, 160, "cases", Y, "texas 2022 cases"),
 ("l-april", L, "In April, federal data", "April", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-16", L, "for 16% of all", "16%", "percent", 16, 16, "%", Y, "nevada share of us cases"),
 ("l-lastmar", L, "published in March of last year", "March of last year", "date", 2022, 2022, "year", Y, "annals report publication date"),
 ("l-95", L, "rose 95% in 2021", "95%", "percent", 95, 95, "%", Y, "us clinical case increase 2021"),
 ("l-2021", L, "95% in 2021 and", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("l-2011", L, "Japan in 2011", "2011", "date", 2011, 2011, "year", Y, "first identified japan"),
 ("l-3yr", L, "under a three-year,", "three-year", "duration", 3, 3, "years", Y, "snrha contract base term"),
 ("l-48", L, "$4.8 million contract", "$4.8 million", "money", 4800000, 4800000, "USD", Y, "snrha contract base value"),
 ("l-vfor", L, "the deal 9-", "9", "count", 9, 9, "votes", Y, "board votes for contract"),
 ("l-vagn", L, "-2 in August", "2", "count", 2, 2, "votes", Y, "board votes against contract"),
 ("l-aug", L, "in August, with", "August", "date", 2023, 2023, "year", Y, "board vote date"),
 ("l-two", L, "with the two dissenting", "two", "count", 2, 2, "votes", N, "repeat"),
 ("l-8", L, "The first eight facilities", "eight", "count", 8, 8, "facilities", Y, "facilities started testing"),
 ("l-lastmo", L, "swabs last month", "last month", "date", 2023, 2023, "year", Y, "testing start"),
 ("l-57", L, "in five to seven days", "five to seven days", "duration", 5, 7, "days", Y, "culture screening turnaround"),
 ("l-week", L, "for a week waiting", "a week", "duration", 1, 1, "weeks", N, "quote, hypothetical"),
 ("l-100", L, "micafungin at 100 milligrams", "100 milligrams", "dose", 100, 100, "mg", Y, "micafungin adult daily dose"),
 ("l-3060", L, "estimates 30% to 60%", "30% to 60%", "percent", 30, 60, "%", Y, "cdc crude mortality estimate (infected)"),
 ("l-24h", L, "within 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "nevada reporting deadline"),

 # ---- CA07 fact-check (2024-05-09)
 ("f-h50", F, "in all 50 states, doubling", "50", "count", 50, 50, "states", N, "headline (claim)"),
 ("f-hdbl", F, "doubling every year", "doubling", "ratio", 2, 2, "x", N, "headline (claim)"),
 ("f-h60", F, "killing 60% of the people", "60%", "percent", 60, 60, "%", N, "headline (claim)"),
 ("f-date", F, "May 9, 2024", "May 9, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "aside"),
 ("f-c50", F, "\"is now in all 50 states,\"", "50", "count", 50, 50, "states", N, "claim quoted"),
 ("f-cdbl", F, "\"cases doubled again last year\"", "doubled", "ratio", 2, 2, "x", N, "claim quoted"),
 ("f-clast", F, "doubled again last year", "last year", "date", 2023, 2023, "year", N, "claim quoted"),
 ("f-c60", F, "\"kills 60% of everyone", "60%", "percent", 60, 60, "%", N, "claim quoted"),
 ("f-vdbl", F, "cases did not double in 2023", "double", "ratio", 2, 2, "x", N, "verdict"),
 ("f-v2023", F, "did not double in 2023", "2023", "date", 2023, 2023, "year", N, "verdict"),
 ("f-v60", F, "and 60% is the top", "60%", "percent", 60, 60, "%", N, "verdict repeat"),
 ("f-4514", F, "4,514 new clinical", "4,514", "count", 4514, 4514, "cases", Y, "us clinical cases 2023"),
 ("f-2023a", F, "United States in 2023, from 36", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-36", F, "from 36 states", "36", "count", 36, 36, "states", Y, "states with clinical cases 2023 (plus dc)"),
 ("f-dozen", F, "more than a dozen states", "a dozen", "count", 12, 12, "states", N, "vague"),
 ("f-642", F, "California (642)", "642", "count", 642, 642, "cases", Y, "california 2023 clinical"),
 ("f-599", F, "Nevada (599)", "599", "count", 599, 599, "cases", Y, "nevada 2023 clinical"),
 ("f-568", F, "Florida (568)", "568", "count", 568, 568, "cases", Y, "florida 2023 clinical"),
 ("f-492", F, "Texas (492)", "492", "count", 492, 492, "cases", Y, "texas 2023 clinical"),
 ("f-477", F, "Illinois (477)", "477", "count", 477, 477, "cases", Y, "illinois 2023 clinical"),
 ("f-413", F, "New York (413)", "413", "count", 413, 413, "cases", Y, "new york 2023 clinical"),
 ("f-2022a", F, "current figure for 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-2928", F, "is 2,928 clinical", "2,928", "count", 2928, 2928, "cases", Y, "us clinical cases 2022 (revised)"),
 ("f-2023b", F, "so the 2023 total", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-54", F, "was about 54% higher", "54%", "percent", 54, 54, "%", Y, "increase 2023 vs 2022 (revised)"),
 ("f-2022b", F, "the preliminary 2022 count of", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-2377", F, "count of 2,377 that", "2,377", "count", 2377, 2377, "cases", Y, "us clinical cases 2022 (preliminary)"),
 ("f-early23", F, "in early 2023 would", "early 2023", "date", 2023, 2023, "year", N, "publication time"),
 ("f-90", F, "roughly 90%", "90%", "percent", 90, 90, "%", Y, "increase 2023 vs 2022 (preliminary)"),
 ("f-since22", F, "lessened since 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-mar23", F, "Medicine in March 2023 found", "March 2023", "date", 2023, 2023, "year", Y, "annals report publication date"),
 ("f-95", F, "rose 95% in 2021", "95%", "percent", 95, 95, "%", Y, "us clinical case increase 2021"),
 ("f-2021", F, "95% in 2021, and", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("f-3720", F, "3,720 clinical", "3,720", "count", 3720, 3720, "cases", Y, "cumulative us clinical cases through 2021"),
 ("f-11", F, "that 11 states reported", "11", "count", 11, 11, "states", Y, "states with first case in 2020"),
 ("f-2020", F, "first case in 2020, the most", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("f-3060", F, "limited number of patients, 30% to 60%", "30% to 60%", "percent", 30, 60, "%", Y, "cdc crude mortality estimate (infected)"),
 ("f-510", F, "only 5% to 10%", "5% to 10%", "percent", 5, 10, "%", Y, "colonized progressing to invasive infection"),
 ("f-182", F, "analysis of 182 hospitalizations", "182", "count", 182, 182, "hospitalizations", Y, "hospitalizations analyzed"),
 ("f-1722", F, "from 2017 to 2022, published", "2017 to 2022", "date", 2017, 2022, "year", N, "study period"),
 ("f-jun23", F, "published in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "hospitalization study publication"),
 ("f-33", F, "mortality rate of 33%", "33%", "percent", 33, 33, "%", Y, "crude mortality hospitalization study"),
 ("f-1317", F, "outbreak of 2013 to 2017", "2013 to 2017", "date", 2013, 2017, "year", N, "ny outbreak period"),
 ("f-23", F, "2017, 23 of 51", "23", "count", 23, 23, "deaths", Y, "ny clinical patients died"),
 ("f-51", F, "23 of 51 patients", "51", "count", 51, 51, "patients", Y, "ny clinical case-patients"),
 ("f-90d", F, "died within 90 days", "90 days", "duration", 90, 90, "days", Y, "ny mortality window"),
 ("f-2013", F, "dates to 2013", "2013", "date", 2013, 2013, "year", Y, "first known us case (retrospective)"),
 ("f-2016", F, "reported in 2016", "2016", "date", 2016, 2016, "year", Y, "first us report year"),
 ("f-2018", F, "nationally notifiable in 2018", "2018", "date", 2018, 2018, "year", Y, "clinical cases nationally notifiable since"),
 ("f-jul23", F, "In a report dated July 23, 2021", "July 23, 2021", "date", 2021, 2021, "year", Y, "pan-resistant cluster report date"),
 ("f-three", F, "three cases at a long-term", "three", "count", 3, 3, "cases", Y, "dc facility pan-resistant cases"),
 ("f-two", F, "and two in Texas", "two", "count", 2, 2, "cases", Y, "texas pan-resistant cases"),
 ("f-five", F, "five in all", "five", "count", 5, 5, "cases", Y, "pan-resistant cases both clusters"),
 ("f-2pan", F, "warned of two pan-resistant", "two", "count", 2, 2, "cases", Y, "texas pan-resistant at advisory"),
 ("f-seven", F, "among the seven reported", "seven", "count", 7, 7, "cases", Y, "texas cases at advisory (since jan 2021)"),
 ("f-mar16", F, "advisory on March 16, 2021", "March 16, 2021", "date", 2021, 2021, "year", Y, "texas advisory date"),
 ("f-ndbl1", F, "Not a doubling.", "doubling", "ratio", 2, 2, "x", N, "subhead"),
 ("f-ndbl2", F, "still short of a doubling", "doubling", "ratio", 2, 2, "x", N, "aside"),
 ("f-rdbl", F, "that cases doubled last year", "doubled", "ratio", 2, 2, "x", N, "ruling (claim)"),
 ("f-rlast", F, "cases doubled last year is false", "last year", "date", 2023, 2023, "year", N, "ruling (claim)"),
 ("f-r50", F, "in all 50 states is false", "50", "count", 50, 50, "states", N, "ruling (claim)"),
 ("f-r36", F, "false: 36 states", "36", "count", 36, 36, "states", N, "ruling repeat"),
 ("f-r2023", F, "clinical cases in 2023. The claim", "2023", "date", 2023, 2023, "year", N, "ruling"),
 ("f-r54", F, "by about 54%", "54%", "percent", 54, 54, "%", N, "ruling repeat"),
 ("f-r60", F, "The 60% death", "60%", "percent", 60, 60, "%", N, "ruling (claim)"),
 ("f-r3060", F, "CDC's 30% to 60% range", "30% to 60%", "percent", 30, 60, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 US clinical case increase in 2021: 59% (blog, the 2020 figure) vs 95%
 ("b-59", "w-95", S), ("b-59", "e-95", S), ("b-59", "a-95", S), ("b-59", "l-95", S), ("b-59", "f-95", S),
 # S2 2022 clinical cases: 5,754 (press, the screening count) vs 2,377
 ("p-5754", "w-2377", S), ("p-5754", "e-2377", S), ("p-5754", "b-2377", S), ("p-5754", "f-2377", S),
 # S3 cumulative clinical cases through 2021: 3,720 (transposed) vs 3,270
 ("f-3720", "w-3270", S), ("f-3720", "e-3270", S),
 # S4 states with first case 2019-2021: 27 vs 17
 ("p-27", "w-17", S), ("p-27", "e-17", S),
 # S5 states with first case in 2020: 11 (2020+2021) vs 8
 ("f-11", "w-8", S), ("f-11", "e-8", S),
 # S6 Annals report year: "March of last year" (2022) vs 2023
 ("l-lastmar", "w-mon", S), ("l-lastmar", "e-march", S), ("l-lastmar", "f-mar23", S),
 # S7 crude mortality hospitalization study: 33% vs 33.9% / 34%
 ("f-33", "a-339", S), ("f-33", "e-34", S),
 # S8 hospitalizations analyzed: 182 vs 192
 ("f-182", "a-192", S), ("f-182", "e-192", S), ("f-182", "b-192", S),
 # S9 median age: 66 (the mean) vs 68
 ("e-66", "a-68", S), ("e-66", "b-68", S),
 # S10 pan-resistant cases at the DC facility: 5 vs 3
 ("w-5pan", "e-3", S), ("w-5pan", "f-three", S),
 # S11 pan-resistant cluster report year: July 2022 vs 2021
 ("p-jul22", "e-jul21", S), ("p-jul22", "f-jul23", S), ("p-jul22", "w-in2021", S),
 # S12 nationally notifiable since: 2019 vs 2018
 ("e-2019", "p-2018", S), ("e-2019", "f-2018", S),
 # S13 first identified in Japan: 2011 vs 2009
 ("l-2011", "w-2009", S), ("l-2011", "e-2009", S), ("l-2011", "a-2009", S),
 # S14 NY outbreak mortality window: 30 days vs 90 days
 ("e-30d", "f-90d", S),
 # S15 micafungin adult dose: 150 mg vs 100 mg
 ("b-150", "e-mica", S), ("b-150", "l-100", S),
 # S16 Nevada cases in the same period of 2022: 744 vs 774
 ("b-744", "l-774", S),
 # S17 contract base term: three-year vs two-year
 ("l-3yr", "p-2yr", S), ("l-3yr", "b-2yr", S),
 # S18 contract (two-year base) value: $6.2 million vs $4.8 million
 ("b-62", "p-48", S), ("b-62", "l-48", S),
 # S19 board vote: 10-1 vs 9-2
 ("b-vfor", "l-vfor", S), ("b-vagn", "l-vagn", S),
 # S20 2021 clinical cases: 1,474 vs 1,471
 ("a-1474", "w-1471", S), ("a-1474", "e-1471", S), ("a-1474", "p-1471", S),
 # Qualified
 # Q1 2022 clinical cases, revised 2,928 vs preliminary 2,377 (real revision)
 ("f-2928", "w-2377", Q), ("f-2928", "e-2377", Q), ("f-2928", "b-2377", Q), ("f-2928", "p-5754", Q),
 # Q2 first US case: 2013 (occurred, found retrospectively) vs "first detected ... in 2016"
 ("f-2013", "b-2016", Q),
 # Q3 mortality range: published series 30%-70% vs CDC estimate 30%-60%
 ("a-3070", "w-3060", Q), ("a-3070", "p-3060", Q), ("a-3070", "e-3060", Q), ("a-3070", "l-3060", Q), ("a-3070", "f-3060", Q),
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
        rows.append({"type": "claim", "id": f"ca-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ca-{a}", f"ca-{b}"
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
