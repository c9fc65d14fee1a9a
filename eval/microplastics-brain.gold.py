#!/usr/bin/env python3
"""Build microplastics-brain.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "microplastics-brain")
OUT = os.path.join(HERE, "microplastics-brain.gold.jsonl")
T = "microplastics-brain"
PFX = "mp"

W, P, A, E, B, L, F = ("MP01_wire.txt", "MP02_press.txt", "MP03_abstract.txt",
                       "MP04_explainer.txt", "MP05_blog.txt", "MP06_local.txt", "MP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MP01 wire (2025-02-04, Tuesday)
 ("w-h8", W, "rose over eight years", "eight years", "duration", 8, 8, "years", N, "headline (2016 to 2024 span)"),
 ("w-dl", W, "N.M., Feb 4", "Feb 4", "date", 2025, 2025, "year", N, "dateline"),
 ("w-in24", W, "at autopsy in 2024 held", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-8y", W, "than tissue taken eight years earlier", "eight years", "duration", 8, 8, "years", N, "comparison span"),
 ("w-mon", W, "reported on Monday", "Monday", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("w-52", W, "It covered 52 brain", "52", "count", 52, 52, "brain specimens", Y, "brain study specimens total"),
 ("w-24", W, "specimens, 24 of them", "24", "count", 24, 24, "brain specimens", Y, "brain specimens from 2024 deaths"),
 ("w-d24", W, "people who died in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-d16", W, "from deaths in 2016", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("w-730", W, "carried 7 to 30 times", "7 to 30 times", "ratio", 7, 30, "x", Y, "brain vs liver/kidney concentration ratio"),
 ("w-age", W, "mid-40s to around 50", "mid-40s to around 50", "age", 45, 50, "years", Y, "average age of decedents (normal brains)"),
 ("w-4800", W, "roughly 4,800 micrograms", "4,800 micrograms", "concentration", 4800, 4800, "ug/g", Y, "brain concentration, normal 2024 brains (quote, average)"),
 ("w-half", W, "close to half a percent", "half a percent", "percent", 0.5, 0.5, "%", Y, "brain plastic share by weight"),
 ("w-s16", W, "since the 2016 samples", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("w-50", W, "at about 50%", "50%", "percent", 50, 50, "%", Y, "brain concentration rise 2016 to 2024 (Campen)"),
 ("w-34q", W, "About three-quarters of the plastic", "three-quarters", "percent", 75, 75, "%", Y, "polyethylene share of brain plastic"),
 ("w-12", W, "brains of 12 people", "12", "count", 12, 12, "decedents", Y, "dementia decedents"),
 ("w-35x", W, "three to five times more", "three to five times", "ratio", 3, 5, "x", Y, "dementia vs non-dementia brain concentration"),
 ("w-2sets", W, "between the two sets", "two", "count", 2, 2, "sample sets", N, "aside"),
 ("w-9713", W, "from 1997 to 2013", "1997 to 2013", "date", 1997, 2013, "year", Y, "older east coast brain samples"),
 ("w-lastmar", W, "published last March", "last March", "date", 2024, 2024, "year", Y, "NEJM plaque study publication date"),
 ("w-150", W, "plaque of 150 of 257", "150", "count", 150, 150, "patients", Y, "NEJM patients with polyethylene in plaque"),
 ("w-257", W, "150 of 257 patients", "257", "count", 257, 257, "patients", Y, "NEJM patients completing follow-up"),
 ("w-34mo", W, "Over roughly 34 months", "34 months", "duration", 34, 34, "months", Y, "NEJM follow-up"),
 ("w-45", W, "about 4.5 times as likely", "4.5 times", "ratio", 4.5, 4.5, "x", Y, "NEJM hazard ratio"),
 ("w-20", W, "20% of them had", "20%", "percent", 20, 20, "%", Y, "NEJM event rate, MNP group"),
 ("w-121", W, "compared with 12.1% of patients", "12.1%", "percent", 12.1, 12.1, "%", Y, "NEJM event rate, no-MNP group"),
 ("w-460", W, "about 460 million tonnes", "460 million tonnes", "mass", 460e6, 460e6, "tonnes", Y, "global plastic production 2019"),
 ("w-2019", W, "tonnes in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("w-triple", W, "almost triple by 2060", "triple", "ratio", 3, 3, "x", Y, "oecd production projection"),
 ("w-2060", W, "triple by 2060", "2060", "date", 2060, 2060, "year", N, "projection year"),
 ("w-175", W, "some 175 countries", "175", "count", 175, 175, "countries", Y, "busan treaty talks participants"),
 ("w-dec", W, "failed in December", "December", "date", 2024, 2024, "year", Y, "busan talks date"),
 ("w-later", W, "again later this year", "later this year", "date", 2025, 2025, "year", N, "next round (forecast)"),

 # ---- MP02 press (2025-05-20)
 ("p-h42", P, "Awards $4.2 Million", "$4.2 Million", "money", 4.2e6, 4.2e6, "USD", N, "headline repeat"),
 ("p-h5", P, "Five-year grant to Mesa", "Five-year", "duration", 5, 5, "years", N, "subtitle repeat"),
 ("p-dl", P, "May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-5yr", P, "a five-year, $4.2 million", "five-year", "duration", 5, 5, "years", Y, "grant length"),
 ("p-42m", P, "five-year, $4.2 million grant", "$4.2 million", "money", 4.2e6, 4.2e6, "USD", Y, "grant total"),
 ("p-11m", P, "includes $1.1 million in the first", "$1.1 million", "money", 1.1e6, 1.1e6, "USD", Y, "grant first-year amount"),
 ("p-yr1", P, "$1.1 million in the first year", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-2030", P, "installments through 2030", "2030", "date", 2030, 2030, "year", Y, "grant end"),
 ("p-feb", P, "In February, researchers", "February", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("p-d24", P, "people who died in 2024 contained", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-d16", P, "people who died in 2016.", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("p-52", P, "examined 52 brain", "52", "count", 52, 52, "brain specimens", Y, "brain study specimens total"),
 ("p-28", P, "28 from 2016", "28", "count", 28, 28, "brain specimens", Y, "brain specimens from 2016 deaths"),
 ("p-28y", P, "28 from 2016", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("p-24", P, "24 from 2024", "24", "count", 24, 24, "brain specimens", Y, "brain specimens from 2024 deaths"),
 ("p-24y", P, "24 from 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-3420", P, "from 3,420 micrograms", "3,420 micrograms", "concentration", 3420, 3420, "ug/g", Y, "brain median 2016"),
 ("p-s16", P, "in the 2016 samples", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("p-4763", P, "to 4,763 micrograms", "4,763 micrograms", "concentration", 4763, 4763, "ug/g", Y, "brain median 2024"),
 ("p-s24", P, "in the 2024 samples", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-1419", P, "from 141.9 to", "141.9", "concentration", 141.9, 141.9, "ug/g", Y, "liver median 2016"),
 ("p-4653", P, "to 465.3 micrograms", "465.3", "concentration", 465.3, 465.3, "ug/g", Y, "liver median 2024"),
 ("p-600", P, "up to 600 archived", "600", "count", 600, 600, "samples", Y, "planned samples (forecast)"),
 ("p-v5", P, "voted 5-2 on", "5", "vote", 5, 5, "votes for", Y, "utility board vote for"),
 ("p-v2", P, "voted 5-2 on", "2", "vote", 2, 2, "votes against", Y, "utility board vote against"),
 ("p-may14", P, "5-2 on May 14", "May 14", "date", 2025, 2025, "year", Y, "utility board vote date"),
 ("p-2020", P, "A 2020 WWF-commissioned", "2020", "date", 2020, 2020, "year", Y, "wwf credit-card report year"),
 ("p-5g", P, "about 5 grams of plastic a week", "5 grams", "dose", 5, 5, "g/week", Y, "wwf weekly ingestion estimate"),
 ("p-2000", P, "roughly 2,000 particles", "2,000", "count", 2000, 2000, "particles/week", Y, "wwf weekly particles"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-38m", P, "more than $38 million", "$38 million", "money", 38e6, 38e6, "USD", N, "about section"),
 ("p-45", P, "about 45 scientists", "45", "count", 45, 45, "staff", N, "about section"),
 ("p-yr1b", P, "after the first year", "first year", "duration", 1, 1, "years", N, "forward-looking timepoint"),

 # ---- MP03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2425", A, "rapid review of the 2024–2025 human", "2024–2025", "date", 2024, 2025, "year", N, "title period"),
 ("a-two", A, "the two most-cited", "two", "count", 2, 2, "studies", N, "scope"),
 ("a-b2425", A, "studies of 2024–2025 and", "2024–2025", "date", 2024, 2025, "year", N, "scope period"),
 ("a-search", A, "January 2015 to 30 June 2025", "January 2015 to 30 June 2025", "date", 2015, 2025, "year", N, "search window"),
 ("a-tworev", A, "Two reviewers", "Two", "count", 2, 2, "reviewers", N, "methods"),
 ("a-412", A, "screened 412 records", "412", "count", 412, 412, "records", Y, "records screened"),
 ("a-9", A, "9 studies met", "9", "count", 9, 9, "studies", Y, "studies included"),
 ("a-2appr", A, "of which 2 reported", "2", "count", 2, 2, "studies", Y, "studies appraised in detail"),
 ("a-mar24", A, "N Engl J Med, March 2024", "March 2024", "date", 2024, 2024, "year", Y, "NEJM plaque study publication date"),
 ("a-304", A, "N = 304", "304", "count", 304, 304, "patients", Y, "NEJM patients enrolled"),
 ("a-257", A, "n=257 completed", "257", "count", 257, 257, "patients", Y, "NEJM patients completing follow-up"),
 ("a-337", A, "33.7±6.9 months", "33.7", "duration", 33.7, 33.7, "months", Y, "NEJM mean follow-up"),
 ("a-69", A, "33.7±6.9 months", "6.9", "duration", 6.9, 6.9, "months", N, "SD"),
 ("a-150", A, "plaque from 150 patients", "150", "count", 150, 150, "patients", Y, "NEJM patients with polyethylene"),
 ("a-584", A, "(58.4%; mean", "58.4%", "percent", 58.4, 58.4, "%", Y, "NEJM share with polyethylene"),
 ("a-217", A, "mean 21.7±24.5", "21.7", "concentration", 21.7, 21.7, "ug/mg", Y, "NEJM mean polyethylene level"),
 ("a-245", A, "21.7±24.5", "24.5", "concentration", 24.5, 24.5, "ug/mg", N, "SD"),
 ("a-31", A, "chloride in 31 (12.1%", "31", "count", 31, 31, "patients", Y, "NEJM patients with PVC"),
 ("a-121", A, "(12.1%; mean", "12.1%", "percent", 12.1, 12.1, "%", Y, "NEJM share with PVC"),
 ("a-52ug", A, "mean 5.2±2.4", "5.2", "concentration", 5.2, 5.2, "ug/mg", Y, "NEJM mean PVC level"),
 ("a-24sd", A, "5.2±2.4", "2.4", "concentration", 2.4, 2.4, "ug/mg", N, "SD"),
 ("a-30", A, "occurred in 30 of 150", "30", "count", 30, 30, "patients", Y, "NEJM events, MNP group"),
 ("a-150b", A, "30 of 150 patients", "150", "count", 150, 150, "patients", N, "denominator repeat"),
 ("a-200", A, "(20.0%) with MNPs", "20.0%", "percent", 20.0, 20.0, "%", Y, "NEJM event rate, MNP group"),
 ("a-8", A, "and 8 of 107", "8", "count", 8, 8, "patients", Y, "NEJM events, no-MNP group"),
 ("a-107", A, "8 of 107", "107", "count", 107, 107, "patients", Y, "NEJM patients without MNPs"),
 ("a-75", A, "(7.5%) without", "7.5%", "percent", 7.5, 7.5, "%", Y, "NEJM event rate, no-MNP group"),
 ("a-453", A, "(hazard ratio, 4.53;", "4.53", "ratio", 4.53, 4.53, "HR", Y, "NEJM hazard ratio"),
 ("a-453ci", A, "2.00 to 10.27", "2.00 to 10.27", "ratio", 2.00, 10.27, "HR", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-rd", A, "was −12.5 percentage points", "−12.5 percentage points", "percent", -12.5, -12.5, "pp", Y, "NEJM absolute risk difference (computed)"),
 ("a-rdci", A, "−20.5 to −3.9", "−20.5 to −3.9", "percent", -20.5, -3.9, "pp", Y, "ci"),
 ("a-feb25", A, "Nat Med, February 2025", "February 2025", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("a-52", A, "N = 52 brain", "52", "count", 52, 52, "brain specimens", Y, "brain study specimens total"),
 ("a-y16", A, "(2016, n=28", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("a-28", A, "n=28;", "28", "count", 28, 28, "brain specimens", Y, "brain specimens from 2016 deaths"),
 ("a-y24", A, "2024, n=24", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-24", A, "n=24)", "24", "count", 24, 24, "brain specimens", Y, "brain specimens from 2024 deaths"),
 ("a-3420", A, "from 3,420 μg/g", "3,420 μg/g", "concentration", 3420, 3420, "ug/g", Y, "brain median 2016"),
 ("a-in16", A, "μg/g in 2016 to", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("a-4763", A, "to 4,763 μg/g", "4,763 μg/g", "concentration", 4763, 4763, "ug/g", Y, "brain median 2024"),
 ("a-in24", A, "μg/g in 2024 (+39%)", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-39", A, "(+39%)", "+39%", "percent", 39, 39, "%", Y, "brain median rise 2016 to 2024"),
 ("a-1419", A, "from 141.9 to", "141.9", "concentration", 141.9, 141.9, "ug/g", Y, "liver median 2016"),
 ("a-4653", A, "to 465.3 μg/g", "465.3 μg/g", "concentration", 465.3, 465.3, "ug/g", Y, "liver median 2024"),
 ("a-33x", A, "(3.3-fold)", "3.3-fold", "ratio", 3.3, 3.3, "x", Y, "liver rise 2016 to 2024"),
 ("a-p0001", A, "(P<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-12", A, "(n=12)", "12", "count", 12, 12, "decedents", Y, "dementia decedents"),
 ("a-883", A, "adults was 883 particles", "883", "count", 883, 883, "particles/day", Y, "adult daily particle intake"),
 ("a-583", A, "(583 ng)", "583 ng", "dose", 583, 583, "ng/day", Y, "adult daily intake mass"),
 ("a-553", A, "children 553 particles", "553", "count", 553, 553, "particles/day", Y, "child daily particle intake"),
 ("a-184", A, "(184 ng)", "184 ng", "dose", 184, 184, "ng/day", Y, "child daily intake mass"),
 ("a-3br", A, "study of three bottled-water", "three", "count", 3, 3, "brands", Y, "bottled water brands tested"),
 ("a-240k", A, "about 240,000 particles", "240,000", "count", 240000, 240000, "particles/L", Y, "bottled water mean particles"),
 ("a-range", A, "110,000 to 400,000", "110,000 to 400,000", "count", 110000, 400000, "particles/L", Y, "bottled water range"),
 ("a-10", A, "made up about 10%", "10%", "percent", 10, 10, "%", Y, "nanoplastic share of bottled-water particles"),
 ("a-twoinf", A, "Two influential", "Two", "count", 2, 2, "studies", N, "summary"),
 ("a-453b", A, "hazard ratio of 4.53", "4.53", "ratio", 4.53, 4.53, "HR", Y, "NEJM hazard ratio (conclusions)"),
 ("a-38", A, "with 38 events", "38", "count", 38, 38, "events", Y, "NEJM total events"),

 # ---- MP04 explainer (2025-10-01)
 ("e-upd", E, "Updated October 1, 2025", "October 1, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-feb", E, "In February, a team", "February", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("e-d16", E, "people who died in 2016 with", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("e-d24", E, "people who died in 2024.", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-91", E, "analysed 91 brain", "91", "count", 91, 91, "brain specimens", Y, "brain study specimens total"),
 ("e-10x", E, "roughly 10 times more", "10 times", "ratio", 10, 10, "x", Y, "brain vs liver/kidney concentration ratio"),
 ("e-b24", E, "and the 2024 brains", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-b16", E, "than the 2016 brains", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("e-14", E, "looked at 14 people", "14", "count", 14, 14, "decedents", Y, "dementia decedents"),
 ("e-mar24", E, "In March 2024, Italian", "March 2024", "date", 2024, 2024, "year", Y, "NEJM plaque study publication date"),
 ("e-58", E, "About 58% of them", "58%", "percent", 58, 58, "%", Y, "NEJM share with polyethylene"),
 ("e-34mo", E, "Over the next 34 months", "34 months", "duration", 34, 34, "months", Y, "NEJM follow-up"),
 ("e-46", E, "about 4.6 times", "4.6 times", "ratio", 4.6, 4.6, "x", Y, "NEJM hazard ratio"),
 ("e-2019", E, "from a 2019 report", "2019", "date", 2019, 2019, "year", Y, "wwf credit-card report year"),
 ("e-5g", E, "about 5 grams a week", "5 grams", "dose", 5, 5, "g/week", Y, "wwf weekly ingestion estimate"),
 ("e-2000", E, "or about 2,000 particles", "2,000", "count", 2000, 2000, "particles/week", Y, "wwf weekly particles"),
 ("e-21g", E, "about 21 grams a month", "21 grams", "dose", 21, 21, "g/month", Y, "wwf monthly ingestion"),
 ("e-250g", E, "250 grams a year", "250 grams", "dose", 250, 250, "g/year", Y, "wwf yearly ingestion"),
 ("e-2021", E, "A 2021 modelling study", "2021", "date", 2021, 2021, "year", Y, "mohamed nor model publication year"),
 ("e-583", E, "median of 583 nanograms", "583 nanograms", "dose", 583, 583, "ng/day", Y, "adult daily intake mass"),
 ("e-184", E, "and 184 nanograms a day", "184 nanograms", "dose", 184, 184, "ng/day", Y, "child daily intake mass"),
 ("e-41ug", E, "about 4.1 micrograms a week", "4.1 micrograms", "dose", 4.1, 4.1, "ug/week", Y, "adult weekly intake mass (model)"),
 ("e-1m", E, "more than a million times", "a million times", "ratio", 1e6, 1e6, "x", N, "comparison aside"),
 ("e-jan24", E, "In January 2024, Columbia", "January 2024", "date", 2024, 2024, "year", Y, "bottled water study publication date"),
 ("e-240k", E, "about 240,000 plastic", "240,000", "count", 240000, 240000, "particles/L", Y, "bottled water mean particles"),
 ("e-range", E, "from 110,000 to 370,000", "110,000 to 370,000", "count", 110000, 370000, "particles/L", Y, "bottled water range"),
 ("e-90", E, "Around 90% were", "90%", "percent", 90, 90, "%", Y, "nanoplastic share of bottled-water particles"),
 ("e-1um", E, "smaller than one micrometre", "one micrometre", "length", 1, 1, "um", N, "definition"),
 ("e-10100", E, "That was 10 to 100 times", "10 to 100 times", "ratio", 10, 100, "x", Y, "vs earlier estimates"),
 ("e-3br", E, "They tested three brands", "three", "count", 3, 3, "brands", Y, "bottled water brands tested"),
 ("e-2015", E, "signed in 2015", "2015", "date", 2015, 2015, "year", Y, "microbead act signed"),
 ("e-jul17", E, "starting in July 2017", "July 2017", "date", 2017, 2017, "year", Y, "microbead manufacturing ban start"),
 ("e-sep23", E, "in September 2023 the EU", "September 2023", "date", 2023, 2023, "year", Y, "eu restriction adopted"),
 ("e-oct23", E, "from 17 October 2023", "17 October 2023", "date", 2023, 2023, "year", Y, "eu restriction first bans apply"),
 ("e-8yr", E, "an eight-year transition", "eight-year", "duration", 8, 8, "years", Y, "turf infill transition"),
 ("e-500k", E, "about 500,000 tonnes", "500,000 tonnes", "mass", 500000, 500000, "tonnes", Y, "eu restriction releases prevented (cumulative)"),
 ("e-42k", E, "about 42,000 tonnes", "42,000 tonnes", "mass", 42000, 42000, "tonnes/year", Y, "eu intentionally added releases per year"),
 ("e-aug", E, "in Geneva in August", "August", "date", 2025, 2025, "year", Y, "geneva treaty talks"),
 ("e-184n", E, "after 184 nations", "184", "count", 184, 184, "countries", Y, "geneva talks participants"),
 ("e-2024st", E, "A 2024 study put", "2024", "date", 2024, 2024, "year", N, "cost study publication year"),
 ("e-249b", E, "at $249 billion", "$249 billion", "money", 249e9, 249e9, "USD", Y, "us cost of plastic-chemical disease"),
 ("e-2018", E, "$249 billion in 2018", "2018", "date", 2018, 2018, "year", N, "cost reference year"),
 ("e-aug25", E, "In August 2025 the Lancet", "August 2025", "date", 2025, 2025, "year", Y, "lancet countdown publication"),
 ("e-15t", E, "at least $1.5 trillion", "$1.5 trillion", "money", 1.5e12, 1.5e12, "USD", Y, "global health losses from plastics per year"),

 # ---- MP05 blog (2026-01-20)
 ("b-pub", B, "January 20, 2026", "January 20, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-thou", B, "launched a thousand headlines", "a thousand", "count", 1000, 1000, "headlines", N, "caption idiom"),
 ("b-lastfeb", B, "Last February my inbox", "Last February", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("b-in24", B, "autopsy in 2024 held", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-4673", B, "median of 4,673 micrograms", "4,673 micrograms", "concentration", 4673, 4673, "ug/g", Y, "brain median 2024"),
 ("b-fr16", B, "brains from 2016", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("b-60", B, "about 60% fat", "60%", "percent", 60, 60, "%", Y, "brain fat share"),
 ("b-nov", B, "In November a group", "November", "date", 2025, 2025, "year", Y, "matters arising letter date"),
 ("b-lastwk", B, "last week the Guardian", "last week", "date", 2026, 2026, "year", Y, "guardian report date"),
 ("b-18", B, "that 18 high-profile", "18", "count", 18, 18, "studies", Y, "studies challenged in journals"),
 ("b-5019", B, "1950 to 2019", "1950 to 2019", "date", 1950, 2019, "year", N, "caption period"),
 ("b-7dec", B, "for seven decades", "seven decades", "duration", 70, 70, "years", N, "caption"),
 ("b-10x", B, "up to 10 times more", "10 times", "ratio", 10, 10, "x", Y, "dementia vs non-dementia brain concentration"),
 ("b-jan24", B, "study from January 2024", "January 2024", "date", 2024, 2024, "year", Y, "bottled water study publication date"),
 ("b-240k", B, "counted about 240,000", "240,000", "count", 240000, 240000, "particles/L", Y, "bottled water mean particles"),
 ("b-90", B, "90 percent of them", "90 percent", "percent", 90, 90, "%", Y, "nanoplastic share of bottled-water particles"),
 ("b-15t", B, "at $1.5 trillion a year in the United States", "$1.5 trillion", "money", 1.5e12, 1.5e12, "USD", Y, "us cost of plastic-chemical disease"),
 ("b-lastoct", B, "took effect last October", "last October", "date", 2025, 2025, "year", Y, "eu restriction first bans apply"),
 ("b-3yr", B, "a three-year, $4.2 million", "three-year", "duration", 3, 3, "years", Y, "grant length"),
 ("b-42m", B, "three-year, $4.2 million", "$4.2 million", "money", 4.2e6, 4.2e6, "USD", Y, "grant total"),
 ("b-one", B, "One science-backed email a week", "One", "count", 1, 1, "emails", N, "newsletter furniture"),

 # ---- MP06 local (2025-06-03), hard-wrapped
 ("l-pub", L, "Tuesday, June 3, 2025", "June 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-v6", L, "voted 6-1 on", "6", "vote", 6, 6, "votes for", Y, "utility board vote for"),
 ("l-v1", L, "voted 6-1 on", "1", "vote", 1, 1, "votes against", Y, "utility board vote against"),
 ("l-may14", L, "6-1 on May 14", "May 14", "date", 2025, 2025, "year", Y, "utility board vote date"),
 ("l-11m", L, "with a $1.1 million grant", "$1.1 million", "money", 1.1e6, 1.1e6, "USD", Y, "grant total"),
 ("l-5yr", L, "runs for five years", "five years", "duration", 5, 5, "years", Y, "grant length"),
 ("l-14", L, "from 14 sites", "14", "count", 14, 14, "sites", Y, "sampling sites"),
 ("l-18k", L, "about $18,000 a year", "$18,000", "money", 18000, 18000, "USD/year", Y, "utility sampling cost"),
 ("l-feb", L, "study published in February", "February", "date", 2025, 2025, "year", Y, "brain study publication date"),
 ("l-47", L, "from 47 people", "47", "count", 47, 47, "decedents", Y, "brain study decedents"),
 ("l-2024", L, "2024 Italian study", "2024", "date", 2024, 2024, "year", Y, "NEJM plaque study publication date"),
 ("l-257", L, "257 patients enrolled", "257", "count", 257, 257, "patients", Y, "NEJM patients enrolled"),
 ("l-34wk", L, "at 34 weeks of follow-up", "34 weeks", "duration", 34, 34, "weeks", Y, "NEJM follow-up"),
 ("l-lastyr", L, "published last year that found", "last year", "date", 2024, 2024, "year", Y, "bottled water study publication date"),
 ("l-370k", L, "average of 370,000", "370,000", "count", 370000, 370000, "particles/L", Y, "bottled water mean particles"),
 ("l-2021", L, "A 2021 modelling study", "2021", "date", 2021, 2021, "year", Y, "mohamed nor model publication year"),
 ("l-184", L, "roughly 184 nanograms", "184 nanograms", "dose", 184, 184, "ng/day", Y, "adult daily intake mass"),
 ("l-4yr", L, "a four-year monitoring", "four-year", "duration", 4, 4, "years", Y, "california monitoring program length"),
 ("l-2022", L, "adopted in 2022", "2022", "date", 2022, 2022, "year", Y, "california testing policy adopted"),
 ("l-spring", L, "expected next spring", "next spring", "date", 2026, 2026, "year", N, "forecast"),

 # ---- MP07 fact-check (2026-01-28)
 ("f-pub", F, "ClaimWatch · January 28, 2026", "January 28, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-c05", F, "plastic spoon, 0.5% of your brain", "0.5%", "percent", 0.5, 0.5, "%", N, "post claim"),
 ("f-30d", F, "our 30-day plastic detox", "30-day", "duration", 30, 30, "days", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-onest", F, "One study reported", "One", "count", 1, 1, "studies", N, "verdict aside"),
 ("f-feb24", F, "Nature Medicine in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "brain study publication date"),
 ("f-52", F, "comparing 52 brain", "52", "count", 52, 52, "brain specimens", Y, "brain study specimens total"),
 ("f-28", F, "including 28 from", "28", "count", 28, 28, "brain specimens", Y, "brain specimens from 2024 deaths"),
 ("f-d24", F, "people who died in 2024, with", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-048", F, "about 0.48% plastic", "0.48%", "percent", 0.48, 0.48, "%", Y, "brain plastic share by weight"),
 ("f-05b", F, "So the \"0.5%\"", "0.5%", "percent", 0.5, 0.5, "%", N, "post claim repeat"),
 ("f-oneset", F, "describes one set", "one", "count", 1, 1, "sample sets", N, "aside"),
 ("f-onelab", F, "from one laboratory", "one", "count", 1, 1, "laboratories", N, "aside"),
 ("f-12", F, "included 12 people", "12", "count", 12, 12, "decedents", Y, "dementia decedents"),
 ("f-60", F, "roughly 60% fat", "60%", "percent", 60, 60, "%", Y, "brain fat share"),
 ("f-nov", F, "In November, chemists", "November", "date", 2025, 2025, "year", Y, "matters arising letter date"),
 ("f-jan13", F, "On January 13, the Guardian", "January 13", "date", 2026, 2026, "year", Y, "guardian report date"),
 ("f-7", F, "that seven studies", "seven", "count", 7, 7, "studies", Y, "studies challenged in journals"),
 ("f-18", F, "listed 18 studies", "18", "count", 18, 18, "studies", Y, "studies in separate analysis"),
 ("f-2024", F, "A 2024 study in the New England", "2024", "date", 2024, 2024, "year", Y, "NEJM plaque study publication date"),
 ("f-304", F, "enrolled 304 patients", "304", "count", 304, 304, "patients", Y, "NEJM patients enrolled"),
 ("f-3yr", F, "over about three years", "three years", "duration", 3, 3, "years", Y, "NEJM follow-up"),
 ("f-200", F, "20.0% against 7.5%", "20.0%", "percent", 20.0, 20.0, "%", Y, "NEJM event rate, MNP group"),
 ("f-75", F, "against 7.5%", "7.5%", "percent", 7.5, 7.5, "%", Y, "NEJM event rate, no-MNP group"),
 ("f-453", F, "hazard ratio of 4.53", "4.53", "ratio", 4.53, 4.53, "HR", Y, "NEJM hazard ratio"),
 ("f-2019", F, "from a 2019 report", "2019", "date", 2019, 2019, "year", Y, "wwf credit-card report year"),
 ("f-5g", F, "about 5 grams a week", "5 grams", "dose", 5, 5, "g/week", Y, "wwf weekly ingestion estimate"),
 ("f-200p", F, "about 200 particles", "200", "count", 200, 200, "particles/week", Y, "wwf weekly particles"),
 ("f-185", F, "among 185 countries", "185", "count", 185, 185, "countries", Y, "geneva talks participants"),
 ("f-lastaug", F, "Geneva last August", "last August", "date", 2025, 2025, "year", Y, "geneva treaty talks"),
 ("f-single", F, "a single disputed", "single", "count", 1, 1, "studies", N, "ruling aside"),
 ("f-onelab2", F, "\"one lab's samples\"", "one", "count", 1, 1, "laboratories", N, "ruling aside"),
]

S, Q = "strict", "qualified"
X = [
 # S1 brain median 2024 (transposed digits)
 ("b-4673", "p-4763", S), ("b-4673", "a-4763", S),
 # S2 brain specimens from 2024 deaths (2016 arm's 28 given for 2024)
 ("f-28", "w-24", S), ("f-28", "p-24", S), ("f-28", "a-24", S),
 # S3 dementia decedents
 ("e-14", "w-12", S), ("e-14", "a-12", S), ("e-14", "f-12", S),
 # S4 brain study publication year
 ("f-feb24", "w-mon", S), ("f-feb24", "p-feb", S), ("f-feb24", "a-feb25", S),
 ("f-feb24", "e-feb", S), ("f-feb24", "b-lastfeb", S), ("f-feb24", "l-feb", S),
 # S5 NEJM hazard ratio rounded the wrong way
 ("e-46", "a-453", S), ("e-46", "a-453b", S), ("e-46", "f-453", S), ("e-46", "w-45", S),
 # S6 NEJM follow-up 34 weeks vs months
 ("l-34wk", "a-337", S), ("l-34wk", "w-34mo", S), ("l-34wk", "e-34mo", S), ("l-34wk", "f-3yr", S),
 # S7 NEJM enrolled (completers reported as enrolled)
 ("l-257", "a-304", S), ("l-257", "f-304", S),
 # S8 NEJM event rate without MNPs (PVC share swapped in)
 ("w-121", "a-75", S), ("w-121", "f-75", S),
 # S9 bottled water mean (upper bound reported as mean)
 ("l-370k", "a-240k", S), ("l-370k", "e-240k", S), ("l-370k", "b-240k", S),
 # S10 WWF particles per week
 ("f-200p", "p-2000", S), ("f-200p", "e-2000", S),
 # S12 adult daily intake (children's figure given for adults)
 ("l-184", "a-583", S), ("l-184", "e-583", S),
 # S13 US cost of plastic-chemical disease (global figure given as US)
 ("b-15t", "e-249b", S),
 # S14 grant total (first-year amount given as total)
 ("l-11m", "p-42m", S), ("l-11m", "b-42m", S),
 # S15 grant length
 ("b-3yr", "p-5yr", S), ("b-3yr", "l-5yr", S),
 # S16 utility board vote 5-2 vs 6-1
 ("p-v5", "l-v6", S), ("p-v2", "l-v1", S),
 # S17 EU restriction start year (relative date)
 ("b-lastoct", "e-oct23", S),
 # S18 studies challenged in journals (other analysis' count swapped in)
 ("b-18", "f-7", S),
 # S19 brain specimens total (preprint data cut)
 ("e-91", "w-52", S), ("e-91", "p-52", S), ("e-91", "a-52", S), ("e-91", "f-52", S),
 # S20 nanoplastic share of bottled-water particles
 ("a-10", "e-90", S), ("a-10", "b-90", S),
 # Qualified
 ("l-47", "w-52", Q), ("l-47", "p-52", Q), ("l-47", "a-52", Q), ("l-47", "f-52", Q),
 ("w-50", "a-39", Q),
 ("w-730", "e-10x", Q),
 ("w-35x", "b-10x", Q),
 ("e-range", "a-range", Q),
 ("e-184n", "f-185", Q),
 ("e-41ug", "p-5g", Q), ("e-41ug", "f-5g", Q),
 ("b-4673", "w-4800", Q),
 ("p-2020", "e-2019", Q), ("p-2020", "f-2019", Q),
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
