#!/usr/bin/env python3
"""Build gonorrhea-vaccine.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "gonorrhea-vaccine")
OUT = os.path.join(HERE, "gonorrhea-vaccine.gold.jsonl")
T = "gonorrhea-vaccine"

W, P, A, E, B, L, F = ("GV01_wire.txt", "GV02_press.txt", "GV03_abstract.txt",
                       "GV04_explainer.txt", "GV05_blog.txt", "GV06_local.txt", "GV07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- GV01 wire (2025-08-05, a Tuesday)
 ("w-dl", W, "LONDON, Aug 5", "Aug 5", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "gonorrhoea on Monday", "Monday", "date", 2025, 2025, "year", Y, "programme launch date (2025-08-04)"),
 ("w-ve", W, "roughly 30% to 40%", "30% to 40%", "percent", 30, 40, "%", Y, "4cmenb effectiveness range (bbc/officials)"),
 ("w-100k", W, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("w-decade", W, "over the next decade", "decade", "duration", 10, 10, "years", Y, "horizon of cases prevented / savings"),
 ("w-79", W, "more than 7.9 million pounds", "7.9 million pounds", "money", 7900000, 7900000, "GBP", Y, "nhs savings over decade"),
 ("w-usd", W, "about $10.5 million", "$10.5 million", "money", 10500000, 10500000, "USD", N, "currency conversion of savings"),
 ("w-12mo", W, "in the previous 12 months", "12 months", "duration", 12, 12, "months", Y, "eligibility window for bacterial sti"),
 ("w-2doses", W, "Two doses are needed", "Two", "count", 2, 2, "doses", Y, "doses in course"),
 ("w-sun", W, "released on Sunday", "Sunday", "date", 2025, 2025, "year", N, "statement date"),
 ("w-85k", W, "more than 85,000 gonorrhoea", "85,000", "count", 85000, 85000, "diagnoses", Y, "england gonorrhoea diagnoses 2023"),
 ("w-2023a", W, "diagnoses in 2023, the highest", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-1918", W, "records began in 1918", "1918", "date", 1918, 1918, "year", Y, "start of records"),
 ("w-3x", W, "roughly three times the level", "three times", "ratio", 3, 3, "x", Y, "2023 vs 2012 diagnoses"),
 ("w-2012", W, "the level of 2012", "2012", "date", 2012, 2012, "year", N, "comparison year"),
 ("w-june", W, "Figures published in June", "June", "date", 2025, 2025, "year", N, "publication date of 2024 data"),
 ("w-13", W, "diagnoses fell 13% to", "13%", "percent", 13, 13, "%", Y, "fall in gonorrhoea diagnoses 2023-2024"),
 ("w-71802", W, "13% to 71,802", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("w-2024a", W, "71,802 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-94", W, "diagnoses rose 9.4%", "9.4%", "percent", 9.4, 9.4, "%", Y, "gbmsm diagnoses rise 2023"),
 ("w-2023b", W, "9.4% in 2023, from", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-37095", W, "from 37,095", "37,095", "count", 37095, 37095, "diagnoses", Y, "gbmsm diagnoses 2022"),
 ("w-40586", W, "to 40,586", "40,586", "count", 40586, 40586, "diagnoses", Y, "gbmsm diagnoses 2023"),
 ("w-16", W, "counted 16 cases", "16", "count", 16, 16, "cases", Y, "ceftriaxone-resistant cases jan 2024-mar 2025"),
 ("w-per", W, "between January 2024 and March 2025", "January 2024 and March 2025", "date", 2024, 2025, "year", N, "period"),
 ("w-9", W, "nine of them extensively", "nine", "count", 9, 9, "cases", Y, "xdr cases jan 2024-mar 2025"),
 ("w-5", W, "up from five extensively", "five", "count", 5, 5, "cases", Y, "xdr cases 2022-2023"),
 ("w-2yr", W, "the previous two years", "two years", "duration", 2, 2, "years", N, "comparison period"),
 ("w-85", W, "list price of 85 pounds", "85 pounds", "money", 85, 85, "GBP", Y, "bexsero uk list price per dose"),
 ("w-nov23", W, "(JCVI) in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "jcvi advice date"),
 ("w-3yr", W, "more than three years earlier", "three years", "duration", 3, 3, "years", Y, "waning timepoint south australia"),
 ("w-may", W, "Scotland said in May", "May", "date", 2025, 2025, "year", N, "scotland statement date"),
 ("w-40", W, "cases by 40 percent", "40 percent", "percent", 40, 40, "%", Y, "tht claim: reduction in new cases"),
 ("w-later", W, "later this year", "later this year", "date", 2025, 2025, "year", N, "uptake data publication"),

 # ---- GV02 press (2025-08-19)
 ("p-h1136", P, "Gives 1,136 First Doses", "1,136", "count", 1136, 1136, "doses", N, "headline repeat"),
 ("p-h2wk", P, "Programme's First Two Weeks", "Two Weeks", "duration", 2, 2, "weeks", N, "headline repeat"),
 ("p-hsep", P, "open in September", "September", "date", 2025, 2025, "year", N, "subtitle"),
 ("p-dl", P, "LONDON, August 19, 2025", "August 19, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-1136", P, "clinicians gave 1,136 first doses", "1,136", "count", 1136, 1136, "doses", Y, "southbank first doses in first two weeks"),
 ("p-2wk", P, "in the first two weeks of England's", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("p-4aug", P, "began on 4 August 2025", "4 August 2025", "date", 2025, 2025, "year", Y, "programme launch date"),
 ("p-91", P, "network said 91%", "91%", "percent", 91, 91, "%", Y, "acceptance among eligible offered"),
 ("p-6in10", P, "about 6 in 10", "6 in 10", "percent", 60, 60, "%", Y, "share also taking another vaccine"),
 ("p-12mo", P, "in the previous 12 months", "12 months", "duration", 12, 12, "months", Y, "eligibility window for bacterial sti"),
 ("p-2doses", P, "course is two doses", "two", "count", 2, 2, "doses", Y, "doses in course"),
 ("p-8wk", P, "at least eight weeks apart", "eight weeks", "duration", 8, 8, "weeks", Y, "minimum interval between doses"),
 ("p-third", P, "roughly a third effective", "a third", "percent", 33.33, 33.33, "%", N, "quote: effectiveness"),
 ("p-85223", P, "England recorded 85,223", "85,223", "count", 85223, 85223, "diagnoses", Y, "england gonorrhoea diagnoses 2023"),
 ("p-2023a", P, "diagnoses in 2023, the highest", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-71802", P, "and 71,802 in 2024", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("p-2024a", P, "71,802 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-100k", P, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("p-10yr", P, "over 10 years", "10 years", "duration", 10, 10, "years", Y, "horizon of cases prevented / savings"),
 ("p-79", P, "more than £7.9 million", "£7.9 million", "money", 7900000, 7900000, "GBP", Y, "nhs savings over decade"),
 ("p-2024b", P, "in England in 2024, at", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-1114", P, "at 1,114 per", "1,114", "count", 1114, 1114, "per 100,000", Y, "lambeth gonorrhoea diagnosis rate 2024"),
 ("p-100kres", P, "per 100,000 residents", "100,000", "count", 100000, 100000, "residents", N, "rate denominator"),
 ("p-nov23", P, "programme in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "jcvi advice date"),
 ("p-aug", P, "first dose in August", "August", "date", 2025, 2025, "year", N, "timepoint"),
 ("p-sep", P, "second dose from September", "September", "date", 2025, 2025, "year", N, "timepoint"),
 ("p-4500", P, "about 4,500 people", "4,500", "count", 4500, 4500, "people", Y, "forecast people vaccinated in first year"),
 ("p-1yr", P, "the programme's first year", "first year", "duration", 1, 1, "years", N, "forecast horizon"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-4cl", P, "runs four clinics", "four", "count", 4, 4, "clinics", N, "about section"),
 ("p-160k", P, "more than 160,000 patient", "160,000", "count", 160000, 160000, "contacts", N, "about section"),
 ("p-2024c", P, "patient contacts in 2024", "2024", "date", 2024, 2024, "year", N, "about section"),

 # ---- GV03 abstract (2025-07-30)
 ("a-pub", A, "Published online 30 July 2025", "30 July 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-aug25", A, "from August 2025", "August 2025", "date", 2025, 2025, "year", Y, "programme start"),
 ("a-nov23", A, "(JCVI) of 10 November 2023", "10 November 2023", "date", 2023, 2023, "year", Y, "jcvi advice date"),
 ("a-85370", A, "reached 85,370", "85,370", "count", 85370, 85370, "diagnoses", Y, "england gonorrhoea diagnoses 2023 (revised)"),
 ("a-2023", A, "85,370 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-71802", A, "fell to 71,802", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("a-2024", A, "71,802 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-159", A, "a decline of 15.9%", "15.9%", "percent", 15.9, 15.9, "%", Y, "fall in gonorrhoea diagnoses 2023-2024"),
 ("a-824", A, "WHO estimated 82.4 million", "82.4 million", "count", 82400000, 82400000, "infections", Y, "global new gonorrhoea infections 2020 (15-49)"),
 ("a-1549", A, "aged 15–49 years", "15–49 years", "age", 15, 49, "years", N, "definitional"),
 ("a-2020", A, "years in 2020", "2020", "date", 2020, 2020, "year", N, "estimate year"),
 ("a-2016", A, "schedule since 2016", "2016", "date", 2016, 2016, "year", Y, "start of uk infant 4cmenb programme"),
 ("a-31may", A, "to 31 May 2025", "31 May 2025", "date", 2025, 2025, "year", N, "search cut-off"),
 ("a-1819", A, "costs in 2018–19 GB£", "2018–19", "date", 2018, 2019, "year", N, "price year"),
 ("a-35", A, "discounted at 3.5% a year", "3.5%", "percent", 3.5, 3.5, "%", Y, "discount rate"),
 ("a-n3", A, "N = 3 studies", "3", "count", 3, 3, "studies", Y, "studies included"),
 ("a-one", A, "criteria: one MeNZB", "one", "count", 1, 1, "studies", N, "study breakdown"),
 ("a-n14730", A, "n=14,730", "14,730", "count", 14730, 14730, "cases and controls", Y, "nz study size"),
 ("a-two4c", A, "and two 4CMenB studies", "two", "count", 2, 2, "studies", N, "study breakdown"),
 ("a-nz31", A, "MeNZB VE was 31%", "31%", "percent", 31, 31, "%", Y, "menzb ve new zealand"),
 ("a-nz31ci", A, "31% (95% CI 21–39)", "21–39", "percent", 21, 39, "%", Y, "ci"),
 ("a-2dose", A, "two-dose VE among", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("a-sa332", A, "adolescents was 33.2%", "33.2%", "percent", 33.2, 33.2, "%", Y, "south australia two-dose ve overall"),
 ("a-sa332ci", A, "95% CI 15.9–47.0", "15.9–47.0", "percent", 15.9, 47.0, "%", Y, "ci"),
 ("a-sa349", A, "VE was 34.9%", "34.9%", "percent", 34.9, 34.9, "%", Y, "sa ve 6-36 months subgroup"),
 ("a-sa349ci", A, "95% CI 15.0–50.1", "15.0–50.1", "percent", 15.0, 50.1, "%", Y, "ci"),
 ("a-636", A, "within 6–36 months", "6–36 months", "duration", 6, 36, "months", N, "subgroup window"),
 ("a-sa232", A, "and 23.2% (95% CI", "23.2%", "percent", 23.2, 23.2, "%", Y, "sa ve >36 months subgroup"),
 ("a-sa232ci", A, "95% CI 0–47.5", "0–47.5", "percent", 0, 47.5, "%", Y, "ci"),
 ("a-36", A, "more than 36 months", "36 months", "duration", 36, 36, "months", N, "subgroup window"),
 ("a-diff", A, "−11.7 percentage points", "−11.7 percentage points", "percent", -11.7, -11.7, "pp", Y, "ve difference >36 vs 6-36 months"),
 ("a-us40", A, "VE was 40% (95% CI", "40%", "percent", 40, 40, "%", Y, "us study two-dose ve"),
 ("a-us40ci", A, "95% CI 23–53", "23–53", "percent", 23, 53, "%", Y, "ci"),
 ("a-us2d", A, "after two doses and", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("a-us26", A, "and 26% (95% CI", "26%", "percent", 26, 26, "%", Y, "us study one-dose ve"),
 ("a-us26ci", A, "95% CI 12–37", "12–37", "percent", 12, 37, "%", Y, "ci"),
 ("a-us1d", A, "after one dose", "one", "count", 1, 1, "doses", N, "qualifier"),
 ("a-pool", A, "two-dose VE was 33.1%", "33.1%", "percent", 33.1, 33.1, "%", Y, "pooled ve"),
 ("a-poolci", A, "95% CI 25.8–39.6", "25.8–39.6", "percent", 25.8, 39.6, "%", Y, "ci"),
 ("a-pool2", A, "The pooled two-dose", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("a-q", A, "Q = 0.97", "0.97", "stat", 0.97, 0.97, "Q", N, "heterogeneity statistic"),
 ("a-p", A, "P = 0.62", "0.62", "pvalue", 0.62, 0.62, "p", N, "p-value"),
 ("a-i2", A, "I² = 0%", "0%", "percent", 0, 0, "%", N, "heterogeneity"),
 ("a-4c", A, "pooled VE was 36.5%", "36.5%", "percent", 36.5, 36.5, "%", Y, "pooled ve 4cmenb only"),
 ("a-4cci", A, "95% CI 24.8–46.3", "24.8–46.3", "percent", 24.8, 46.3, "%", Y, "ci"),
 ("a-hosp", A, "New Zealand was 24%", "24%", "percent", 24, 24, "%", Y, "menzb ve against hospitalisation"),
 ("a-hospci", A, "95% CI 1–42", "1–42", "percent", 1, 42, "%", Y, "ci"),
 ("a-upt", A, "assumed uptake of 33.0%", "33.0%", "percent", 33.0, 33.0, "%", Y, "model uptake assumption"),
 ("a-twocost", A, "compared two costs", "two", "count", 2, 2, "costs", N, "aside"),
 ("a-18", A, "administered: £18", "£18", "money", 18, 18, "GBP", Y, "cost per dose administered (nhs price)"),
 ("a-8", A, "NHS price of £8", "£8", "money", 8, 8, "GBP", Y, "estimated nhs price per dose"),
 ("a-10", A, "£10 administration", "£10", "money", 10, 10, "GBP", Y, "administration cost per dose"),
 ("a-85", A, "and £85 (the", "£85", "money", 85, 85, "GBP", Y, "cost per dose administered (list price)"),
 ("a-75", A, "the £75 list price", "£75", "money", 75, 75, "GBP", Y, "bexsero uk list price per dose"),
 ("a-third", A, "about one third", "one third", "percent", 33.33, 33.33, "%", N, "summary"),
 ("a-3041", A, "the 30–41% range", "30–41%", "percent", 30, 41, "%", Y, "4cmenb effectiveness range (cited for uk programme)"),
 ("a-3yr", A, "after three years", "three years", "duration", 3, 3, "years", Y, "waning timepoint"),
 ("a-100k", A, "avert up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("a-decade", A, "over a decade", "a decade", "duration", 10, 10, "years", Y, "horizon of cases prevented"),

 # ---- GV04 explainer (2025-08-12)
 ("e-upd", E, "Updated 12 August 2025", "12 August 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-4aug", E, "Since 4 August", "4 August", "date", 2025, 2025, "year", Y, "programme launch date"),
 ("e-2015", E, "baby schedule since 2015", "2015", "date", 2015, 2015, "year", Y, "start of uk infant 4cmenb programme"),
 ("e-8wk", E, "doses at 8 weeks", "8 weeks", "age", 8, 8, "weeks", Y, "infant schedule age dose 1"),
 ("e-16wk", E, "16 weeks and", "16 weeks", "age", 16, 16, "weeks", Y, "infant schedule age dose 2"),
 ("e-1yr", E, "16 weeks and 1 year", "1 year", "age", 1, 1, "years", Y, "infant schedule age booster"),
 ("e-75", E, "disease by about 75%", "75%", "percent", 75, 75, "%", Y, "reduction in menb disease in vaccinated groups"),
 ("e-3242", E, "is 32% to 42% effective", "32% to 42%", "percent", 32, 42, "%", Y, "4cmenb effectiveness range (nhs)"),
 ("e-nz41", E, "found 41% protection", "41%", "percent", 41, 41, "%", Y, "menzb ve new zealand"),
 ("e-2d", E, "two doses of 4CMenB gave", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("e-33", E, "about 33% protection", "33%", "percent", 33, 33, "%", Y, "south australia two-dose ve overall"),
 ("e-6mo", E, "in the past six months", "six months", "duration", 6, 6, "months", Y, "eligibility window for bacterial sti"),
 ("e-two", E, "Two. The second dose", "Two", "count", 2, 2, "doses", Y, "doses in course"),
 ("e-4wk", E, "at least four weeks after", "four weeks", "duration", 4, 4, "weeks", Y, "minimum interval between doses"),
 ("e-2wk", E, "about two weeks after", "two weeks", "duration", 2, 2, "weeks", Y, "time to full protection after dose 2"),
 ("e-1or2", E, "within a day or two", "a day or two", "duration", 1, 2, "days", Y, "duration of side effects"),
 ("e-85k", E, "more than 85,000 gonorrhoea", "85,000", "count", 85000, 85000, "diagnoses", Y, "england gonorrhoea diagnoses 2023"),
 ("e-2023a", E, "diagnoses in 2023, a record", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-71802", E, "and 71,802 in 2024", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("e-2024a", E, "71,802 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-16", E, "a fall of about 16%", "16%", "percent", 16, 16, "%", Y, "fall in gonorrhoea diagnoses 2023-2024"),
 ("e-94", E, "rose 9.4% in 2023", "9.4%", "percent", 9.4, 9.4, "%", Y, "gbmsm diagnoses rise 2023"),
 ("e-2023b", E, "9.4% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-824", E, "there were 82.4 million", "82.4 million", "count", 82400000, 82400000, "infections", Y, "global new gonorrhoea infections 2020 (15-49)"),
 ("e-1549", E, "aged 15 to 49", "15 to 49", "age", 15, 49, "years", N, "definitional"),
 ("e-2020", E, "49 in 2020", "2020", "date", 2020, 2020, "year", N, "estimate year"),
 ("e-17", E, "England, 17 cases resistant", "17", "count", 17, 17, "cases", Y, "ceftriaxone-resistant cases jan 2024-mar 2025"),
 ("e-per", E, "between January 2024 and March 2025", "January 2024 and March 2025", "date", 2024, 2025, "year", N, "period"),
 ("e-16c", E, "compared with 16 across", "16", "count", 16, 16, "cases", Y, "ceftriaxone-resistant cases 2022-2023"),
 ("e-2223", E, "across 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "period"),
 ("e-100k", E, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("e-decade", E, "over the next decade", "decade", "duration", 10, 10, "years", Y, "horizon of cases prevented / savings"),
 ("e-97", E, "save the NHS £9.7 million", "£9.7 million", "money", 9700000, 9700000, "GBP", Y, "nhs savings over decade"),

 # ---- GV05 blog (2025-09-02)
 ("b-hfour", B, "Four weeks in", "Four weeks", "duration", 4, 4, "weeks", N, "headline: elapsed time"),
 ("b-twobact", B, "the two bacteria", "two", "count", 2, 2, "species", N, "aside"),
 ("b-onefewer", B, "is one fewer chance", "one", "count", 1, 1, "chances", N, "aside"),
 ("b-by", B, "2 September 2025", "2 September 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-4wk", B, "It has been four weeks", "four weeks", "duration", 4, 4, "weeks", N, "elapsed time"),
 ("b-4aug", B, "started on 4 August", "4 August", "date", 2025, 2025, "year", Y, "programme launch date"),
 ("b-1136", B, "gave 1,136 first doses", "1,136", "count", 1136, 1136, "doses", Y, "southbank first doses in first two weeks"),
 ("b-fort", B, "in the first fortnight", "fortnight", "duration", 2, 2, "weeks", N, "timepoint"),
 ("b-lastwk", B, "went out last week", "last week", "date", 2025, 2025, "year", N, "aside"),
 ("b-2015", B, "have had since 2015", "2015", "date", 2015, 2015, "year", Y, "start of uk infant 4cmenb programme"),
 ("b-2da", B, "found two doses were", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("b-232", B, "were 23.2% effective", "23.2%", "percent", 23.2, 23.2, "%", Y, "south australia two-dose ve overall"),
 ("b-us40", B, "protection at 40% after", "40%", "percent", 40, 40, "%", Y, "us study two-dose ve"),
 ("b-2db", B, "40% after two doses", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("b-3040", B, "\"30 to 40 per cent\"", "30 to 40 per cent", "percent", 30, 40, "%", Y, "4cmenb effectiveness range"),
 ("b-cap", B, "England, 2012 to 2024", "2012 to 2024", "date", 2012, 2024, "year", N, "image caption"),
 ("b-two", B, "You need two doses", "two", "count", 2, 2, "doses", Y, "doses in course"),
 ("b-4wkint", B, "at least four weeks apart", "four weeks", "duration", 4, 4, "weeks", Y, "minimum interval between doses"),
 ("b-17", B, "counted 17 ceftriaxone", "17", "count", 17, 17, "cases", Y, "ceftriaxone-resistant cases jan 2024-mar 2025"),
 ("b-per", B, "between January 2024 and March 2025", "January 2024 and March 2025", "date", 2024, 2025, "year", N, "period"),
 ("b-15", B, "including 15 that were", "15", "count", 15, 15, "cases", Y, "xdr cases jan 2024-mar 2025"),
 ("b-100k", B, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("b-5yr", B, "over the next five years", "five years", "duration", 5, 5, "years", Y, "horizon of cases prevented / savings"),
 ("b-79", B, "more than £7.9 million", "£7.9 million", "money", 7900000, 7900000, "GBP", Y, "nhs savings over decade"),
 ("b-75", B, "Bexsero is £75 a dose", "£75", "money", 75, 75, "GBP", Y, "bexsero uk list price per dose"),
 ("b-8", B, "price of about £8", "£8", "money", 8, 8, "GBP", Y, "estimated nhs price per dose"),
 ("b-lastmo", B, "Last month Lambeth", "Last month", "date", 2025, 2025, "year", Y, "lambeth board vote date"),
 ("b-v10", B, "voted 10-1", "10", "vote", 10, 10, "votes", Y, "lambeth board votes for"),
 ("b-v1", B, "-1 to fund", "1", "vote", 1, 1, "votes", Y, "lambeth board votes against"),
 ("b-240k", B, "£240,000 set aside", "£240,000", "money", 240000, 240000, "GBP", Y, "lambeth evening sessions funding"),
 ("b-2yr", B, "set aside over two years", "two years", "duration", 2, 2, "years", Y, "funding period"),
 ("b-3mo", B, "every three months", "three months", "duration", 3, 3, "months", Y, "testing interval advice"),
 ("b-1email", B, "one email a week", "one", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-comm", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- GV06 local (2025-08-22, hard-wrapped)
 ("l-dl", L, "22 August 2025", "22 August 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-v9", L, "voted 9-2", "9", "vote", 9, 9, "votes", Y, "lambeth board votes for"),
 ("l-v2", L, "-2 on Wednesday", "2", "vote", 2, 2, "votes", Y, "lambeth board votes against"),
 ("l-wed", L, "on Wednesday to", "Wednesday", "date", 2025, 2025, "year", Y, "lambeth board vote date (2025-08-20)"),
 ("l-240k", L, "spend £240,000", "£240,000", "money", 240000, 240000, "GBP", Y, "lambeth evening sessions funding"),
 ("l-2yr", L, "£240,000 over two years", "two years", "duration", 2, 2, "years", Y, "funding period"),
 ("l-880", L, "reported that 880", "880", "count", 880, 880, "people", Y, "southbank first doses in first two weeks"),
 ("l-2wk", L, "programme's first two weeks", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("l-lastyr", L, "in England last year, at", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-1114", L, "at 1,114 per", "1,114", "count", 1114, 1114, "per 100,000", Y, "lambeth gonorrhoea diagnosis rate 2024"),
 ("l-100ka", L, "per 100,000 residents", "100,000", "count", 100000, 100000, "residents", N, "rate denominator"),
 ("l-3257", L, "at 3,257 per", "3,257", "count", 3257, 3257, "per 100,000", Y, "lambeth new sti diagnosis rate 2024"),
 ("l-100kb", L, "3,257 per 100,000.", "100,000", "count", 100000, 100000, "residents", N, "rate denominator"),
 ("l-3doses", L, "given in three doses", "three", "count", 3, 3, "doses", Y, "doses in course"),
 ("l-lastnov", L, "programme last November", "last November", "date", 2024, 2024, "year", Y, "jcvi advice date"),
 ("l-aug4", L, "on Aug. 4", "Aug. 4", "date", 2025, 2025, "year", Y, "programme launch date"),
 ("l-82592", L, "England recorded 82,592", "82,592", "count", 82592, 82592, "diagnoses", Y, "england gonorrhoea diagnoses 2023"),
 ("l-2023", L, "82,592 gonorrhoea diagnoses in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-1918", L, "records began in 1918", "1918", "date", 1918, 1918, "year", Y, "start of records"),
 ("l-71802", L, "fell to 71,802", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("l-lastyr2", L, "71,802 last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-8", L, "fell 8 per cent", "8 per cent", "percent", 8, 8, "%", Y, "fall in all sti diagnoses 2023-2024"),
 ("l-364750", L, "to 364,750", "364,750", "count", 364750, 364750, "diagnoses", Y, "england all sti diagnoses 2024"),
 ("l-312", L, "drew 312 responses", "312", "count", 312, 312, "responses", Y, "consultation responses"),
 ("l-74", L, "74% of them", "74%", "percent", 74, 74, "%", Y, "consultation share in favour"),
 ("l-oct", L, "start in October", "October", "date", 2025, 2025, "year", N, "sessions start"),
 ("l-sep27", L, "September 2027", "September 2027", "date", 2027, 2027, "year", Y, "funded until"),
 ("l-one", L, "one of the two members", "one", "count", 1, 1, "members", N, "aside"),
 ("l-two", L, "of the two members", "two", "count", 2, 2, "members", N, "votes against (repeat)"),
 ("l-3040", L, "is 30 to 40 per cent", "30 to 40 per cent", "percent", 30, 40, "%", Y, "4cmenb effectiveness range"),
 ("l-100k", L, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("l-8m", L, "nearly £8 million", "£8 million", "money", 8000000, 8000000, "GBP", Y, "nhs savings over decade"),
 ("l-10yr", L, "over ten years", "ten years", "duration", 10, 10, "years", Y, "horizon of cases prevented / savings"),
 ("l-40", L, "About 40 residents", "40", "count", 40, 40, "people", Y, "meeting attendance"),
 ("l-hour", L, "more than an hour", "an hour", "duration", 1, 1, "hours", N, "anecdote"),

 # ---- GV07 fact-check (2025-08-15)
 ("f-dl", F, "Health · 15 August 2025", "15 August 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-hten", F, "\"one time in ten\"", "one time in ten", "percent", 10, 10, "%", N, "headline: claim under check"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-c10", F, "only works 10% of the time", "10%", "percent", 10, 10, "%", N, "claim under check (false)"),
 ("f-cdbl", F, "\"doubled last year", "doubled", "ratio", 2, 2, "x", N, "claim under check (false)"),
 ("f-clast", F, "doubled last year", "last year", "date", 2024, 2024, "year", N, "claim qualifier"),
 ("f-c100", F, "\"paying £100 a shot\"", "£100", "money", 100, 100, "GBP", N, "claim under check (false)"),
 ("f-3242", F, "it is 32% to 42% effective", "32% to 42%", "percent", 32, 42, "%", Y, "4cmenb effectiveness range (nhs/ukhsa)"),
 ("f-nz31", F, "estimated 31% protection", "31%", "percent", 31, 31, "%", Y, "menzb ve new zealand"),
 ("f-nz31ci", F, "95% CI 21–39", "21–39", "percent", 21, 39, "%", Y, "ci"),
 ("f-332", F, "found 33.2% protection", "33.2%", "percent", 33.2, 33.2, "%", Y, "south australia two-dose ve overall"),
 ("f-2d", F, "after two doses of 4CMenB", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("f-10p", F, "the 10% in the post", "10%", "percent", 10, 10, "%", N, "claim repeat"),
 ("f-nov23", F, "programme on 10 November 2023", "10 November 2023", "date", 2023, 2023, "year", Y, "jcvi advice date"),
 ("f-4aug", F, "began on 4 August 2025", "4 August 2025", "date", 2025, 2025, "year", Y, "programme launch date"),
 ("f-notdbl", F, "did not double", "double", "ratio", 2, 2, "x", N, "rebuttal of claim"),
 ("f-82592", F, "England recorded 82,592", "82,592", "count", 82592, 82592, "diagnoses", Y, "england gonorrhoea diagnoses 2022"),
 ("f-2022", F, "diagnoses in 2022 and", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-85223", F, "and 85,223 in 2023", "85,223", "count", 85223, 85223, "diagnoses", Y, "england gonorrhoea diagnoses 2023"),
 ("f-2023a", F, "85,223 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-71802", F, "then 71,802 in 2024", "71,802", "count", 71802, 71802, "diagnoses", Y, "england gonorrhoea diagnoses 2024"),
 ("f-2024a", F, "71,802 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-159", F, "a fall of 15.9%", "15.9%", "percent", 15.9, 15.9, "%", Y, "fall in gonorrhoea diagnoses 2023-2024"),
 ("f-75", F, "diagnoses rose 7.5%", "7.5%", "percent", 7.5, 7.5, "%", Y, "gbmsm diagnoses rise 2023"),
 ("f-2023b", F, "7.5% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-40586", F, "to 40,586", "40,586", "count", 40586, 40586, "diagnoses", Y, "gbmsm diagnoses 2023"),
 ("f-88", F, "fell 8.8% in 2024", "8.8%", "percent", 8.8, 8.8, "%", Y, "fall in all sti diagnoses 2023-2024"),
 ("f-2024b", F, "8.8% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-364750", F, "to 364,750", "364,750", "count", 364750, 364750, "diagnoses", Y, "england all sti diagnoses 2024"),
 ("f-87m", F, "there were 87 million", "87 million", "count", 87000000, 87000000, "infections", Y, "global new gonorrhoea infections 2020 (15-49)"),
 ("f-1549", F, "aged 15 to 49", "15 to 49", "age", 15, 49, "years", N, "definitional"),
 ("f-2020", F, "49 in 2020", "2020", "date", 2020, 2020, "year", N, "estimate year"),
 ("f-17", F, "reported 17 ceftriaxone", "17", "count", 17, 17, "cases", Y, "ceftriaxone-resistant cases jan 2024-mar 2025"),
 ("f-per", F, "between January 2024 and March 2025", "January 2024 and March 2025", "date", 2024, 2025, "year", N, "period"),
 ("f-16", F, "than the 16 seen", "16", "count", 16, 16, "cases", Y, "ceftriaxone-resistant cases 2022-2023"),
 ("f-2223", F, "across 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "period"),
 ("f-9", F, "nine were extensively", "nine", "count", 9, 9, "cases", Y, "xdr cases jan 2024-mar 2025"),
 ("f-5", F, "with five in the earlier", "five", "count", 5, 5, "cases", Y, "xdr cases 2022-2023"),
 ("f-75p", F, "list price is £75 a dose, and", "£75", "money", 75, 75, "GBP", Y, "bexsero uk list price per dose"),
 ("f-100b", F, "and the £100 figure", "£100", "money", 100, 100, "GBP", N, "claim repeat"),
 ("f-8", F, "pays about £8 a dose", "£8", "money", 8, 8, "GBP", Y, "estimated nhs price per dose"),
 ("f-10", F, "plus £10 to administer", "£10", "money", 10, 10, "GBP", Y, "administration cost per dose"),
 ("f-79", F, "more than £7.9 million", "£7.9 million", "money", 7900000, 7900000, "GBP", Y, "nhs savings over decade"),
 ("f-decade", F, "over a decade", "a decade", "duration", 10, 10, "years", Y, "horizon of cases prevented / savings"),
 ("f-100k", F, "up to 100,000 cases", "100,000", "count", 100000, 100000, "cases", Y, "cases prevented by programme"),
 ("f-rthird", F, "prevents roughly a third", "a third", "percent", 33.33, 33.33, "%", N, "ruling summary"),
 ("f-r1in10", F, "not one in ten", "one in ten", "percent", 10, 10, "%", N, "ruling: claim repeat"),
 ("f-r159", F, "fell by 15.9%", "15.9%", "percent", 15.9, 15.9, "%", Y, "fall in gonorrhoea diagnoses 2023-2024 (ruling)"),
 ("f-r2024", F, "15.9% in 2024 rather", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r75", F, "price is £75 a dose, not", "£75", "money", 75, 75, "GBP", Y, "bexsero uk list price per dose (ruling)"),
 ("f-r100", F, "not £100.", "£100", "money", 100, 100, "GBP", N, "ruling: claim repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 south australia two-dose VE overall: 23.2 (subgroup >36 months reported as whole)
 ("b-232", "a-sa332", S), ("b-232", "f-332", S), ("b-232", "e-33", S),
 # S2 new zealand MeNZB VE: 41 (share of cases vaccinated) vs 31
 ("e-nz41", "a-nz31", S), ("e-nz41", "f-nz31", S),
 # S3 england gonorrhoea diagnoses 2023: 82,592 (2022 figure) vs 85k
 ("l-82592", "w-85k", S), ("l-82592", "p-85223", S), ("l-82592", "a-85370", S), ("l-82592", "e-85k", S), ("l-82592", "f-85223", S),
 # S4 fall in gonorrhoea diagnoses 2023->2024: 13% (chlamydia fall) vs 15.9/16
 ("w-13", "a-159", S), ("w-13", "e-16", S), ("w-13", "f-159", S), ("w-13", "f-r159", S),
 # S5 jcvi advice: "last November" (2024) vs November 2023
 ("l-lastnov", "w-nov23", S), ("l-lastnov", "p-nov23", S), ("l-lastnov", "a-nov23", S), ("l-lastnov", "f-nov23", S),
 # S6 horizon of 100,000 cases / savings: five years vs a decade
 ("b-5yr", "w-decade", S), ("b-5yr", "p-10yr", S), ("b-5yr", "a-decade", S), ("b-5yr", "e-decade", S), ("b-5yr", "l-10yr", S), ("b-5yr", "f-decade", S),
 # S7 nhs savings: £9.7m (transposed) vs £7.9m
 ("e-97", "w-79", S), ("e-97", "p-79", S), ("e-97", "b-79", S), ("e-97", "l-8m", S), ("e-97", "f-79", S),
 # S8 gbmsm rise 2023: 7.5% (overall rise) vs 9.4%
 ("f-75", "w-94", S), ("f-75", "e-94", S),
 # S9 ceftriaxone-resistant jan 2024-mar 2025: 16 (previous period) vs 17
 ("w-16", "e-17", S), ("w-16", "b-17", S), ("w-16", "f-17", S),
 # S10 xdr jan 2024-mar 2025: 15 (cumulative since 2015) vs nine
 ("b-15", "w-9", S), ("b-15", "f-9", S),
 # S11 doses in course: three (infant schedule) vs two
 ("l-3doses", "w-2doses", S), ("l-3doses", "p-2doses", S), ("l-3doses", "e-two", S), ("l-3doses", "b-two", S),
 # S12 dose interval: eight weeks vs four weeks
 ("p-8wk", "e-4wk", S), ("p-8wk", "b-4wkint", S),
 # S13 eligibility sti window: six months vs 12 months
 ("e-6mo", "w-12mo", S), ("e-6mo", "p-12mo", S),
 # S14 uk infant programme start: 2016 vs 2015
 ("a-2016", "e-2015", S), ("a-2016", "b-2015", S),
 # S15 bexsero list price: £85 (list + admin) vs £75
 ("w-85", "a-75", S), ("w-85", "b-75", S), ("w-85", "f-75p", S), ("w-85", "f-r75", S),
 # S16 who global infections 2020: 87 million (2016 estimate) vs 82.4 million
 ("f-87m", "a-824", S), ("f-87m", "e-824", S),
 # S17 lambeth board vote: 10-1 vs 9-2
 ("b-v10", "l-v9", S), ("b-v1", "l-v2", S),
 # S18 southbank first doses first two weeks: 880 (interim) vs 1,136
 ("l-880", "p-1136", S), ("l-880", "b-1136", S),
 # S19 fall in all sti diagnoses: 8 per cent (truncated) vs 8.8%
 ("l-8", "f-88", S),
 # Qualified: real first-published vs revised 2023 count
 ("p-85223", "a-85370", Q), ("f-85223", "a-85370", Q),
 # Qualified: different published effectiveness ranges (real sources disagree)
 ("w-ve", "e-3242", Q), ("w-ve", "f-3242", Q), ("b-3040", "e-3242", Q), ("b-3040", "f-3242", Q),
 ("l-3040", "e-3242", Q), ("l-3040", "f-3242", Q),
 ("a-3041", "e-3242", Q), ("a-3041", "f-3242", Q), ("a-3041", "w-ve", Q), ("a-3041", "b-3040", Q), ("a-3041", "l-3040", Q),
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
        rows.append({"type": "claim", "id": f"gv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"gv-{a}", f"gv-{b}"
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
