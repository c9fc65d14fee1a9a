#!/usr/bin/env python3
"""Build enhertu-ultralow.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "enhertu-ultralow")
OUT = os.path.join(HERE, "enhertu-ultralow.gold.jsonl")
T = "enhertu-ultralow"

W, P, A, E, B, L, F = ("EU01_wire.txt", "EU02_press.txt", "EU03_abstract.txt",
                       "EU04_explainer.txt", "EU05_blog.txt", "EU06_local.txt", "EU07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EU01 wire (2025-01-28, a Tuesday)
 ("w-dl", W, "WASHINGTON, Jan 28", "Jan 28", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "on Monday approved", "Monday", "date", 2025, 2025, "year", Y, "fda approval date db06 indication (2025-01-27)"),
 ("w-one", W, "after at least one endocrine therapy", "one", "count", 1, 1, "lines", N, "eligibility: prior endocrine therapies"),
 ("w-866", W, "assigned 866 patients", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("w-21", W, "in a 2-to-1 ratio", "2-to-1", "ratio", 2, 2, "ratio", Y, "db06 randomization ratio"),
 ("w-none", W, "None of them had received", "None", "count", 0, 0, "patients", N, "prior chemo for mbc (eligibility)"),
 ("w-713", W, "Among the 713 patients", "713", "count", 713, 713, "patients", Y, "db06 her2-low n"),
 ("w-132", W, "a median of 13.2 months", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("w-81", W, "against 8.1 months on chemotherapy", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 her2-low median pfs chemo"),
 ("w-37", W, "progression or death by 37%", "37%", "percent", 37, 37, "%", Y, "db06 risk reduction (her2-low)"),
 ("w-153", W, "Results in the 153 patients", "153", "count", 153, 153, "patients", Y, "db06 her2-ultralow n"),
 ("w-8mo", W, "roughly eight months before", "roughly eight months", "duration", 8, 8, "months", N, "quote: chemo pfs (rounded)"),
 ("w-1yr", W, "expect more than a year", "more than a year", "duration", 1, 1, "years", N, "quote: t-dxd pfs (rounded)"),
 ("w-oct", W, "priority review in October", "October", "date", 2024, 2024, "year", Y, "priority review granted"),
 ("w-q1", W, "first quarter of this year", "first quarter of this year", "date", 2025, 2025, "year", N, "expected decision deadline"),
 ("w-44", W, "affecting 44% of the patients", "44%", "percent", 44, 44, "%", Y, "db06 grade>=3 adverse events t-dxd arm"),
 ("w-113", W, "diagnosed in 11.3% of Enhertu", "11.3%", "percent", 11.3, 11.3, "%", Y, "db06 ild rate t-dxd"),
 ("w-three", W, "and three of those cases were fatal", "three", "count", 3, 3, "deaths", Y, "db06 fatal ild (grade 5)"),
 ("w-dose", W, "infusion of 5.4 milligrams per kilogram", "5.4 milligrams per kilogram", "dose", 5.4, 5.4, "mg/kg", Y, "enhertu breast dose"),
 ("w-3wk", W, "of body weight every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("w-70", W, "Roughly 70% of breast cancers", "70%", "percent", 70, 70, "%", Y, "share of breast cancers hr+/her2-"),
 ("w-8590", W, "about 85% to 90% of those", "85% to 90%", "percent", 85, 90, "%", Y, "share of hr+/her2- that are her2-low or ultralow"),
 ("w-1in5", W, "making up about one in five", "one in five", "percent", 20, 20, "%", Y, "share of hr+/her2- that are ultralow"),
 ("w-2co", W, "Researchers for the two companies", "two", "count", 2, 2, "companies", N, "aside"),
 ("w-2019", W, "United States in 2019 for", "2019", "date", 2019, 2019, "year", Y, "first us approval (her2-positive)"),
 ("w-aug22", W, "In August 2022 it became", "August 2022", "date", 2022, 2022, "year", Y, "us her2-low approval (db04)"),
 ("w-557", W, "which enrolled 557 patients", "557", "count", 557, 557, "patients", Y, "db04 enrolled"),
 ("w-14k", W, "costs about $14,000 a month", "$14,000", "money", 14000, 14000, "USD", Y, "us monthly cost (2022 reports)"),
 ("w-2022", W, "was approved in 2022; what", "2022", "date", 2022, 2022, "year", N, "reference year of price"),
 ("w-later", W, "expected later this year", "later this year", "date", 2025, 2025, "year", N, "expected eu decision"),

 # ---- EU02 press release (2025-02-05)
 ("p-dl", P, "BOSTON, Feb. 5, 2025", "Feb. 5, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-jan27", P, "Administration's January 27, 2025, approval", "January 27, 2025", "date", 2025, 2025, "year", Y, "fda approval date db06 indication"),
 ("p-one", P, "after one or more endocrine", "one or more", "count", 1, 1, "lines", N, "eligibility: prior endocrine therapies"),
 ("p-10", P, "staining in 10% or fewer", "10% or fewer", "percent", 10, 10, "%", N, "ultralow definition threshold"),
 ("p-866", P, "that enrolled 866 patients", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("p-430", P, "866 patients, 430 of whom", "430", "count", 430, 430, "patients", Y, "db06 t-dxd arm n (as stated)"),
 ("p-436", P, "while 436 received physician", "436", "count", 436, 436, "patients", Y, "db06 chemo arm n (as stated)"),
 ("p-38", P, "progression or death by 38%", "38%", "percent", 38, 38, "%", Y, "db06 risk reduction her2-low"),
 ("p-062", P, "(hazard ratio 0.62)", "0.62", "ratio", 0.62, 0.62, "HR", Y, "db06 her2-low pfs hr"),
 ("p-132", P, "survival of 13.2 months versus", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("p-81", P, "versus 8.1 months. In the", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 her2-low median pfs chemo"),
 ("p-064", P, "the hazard ratio was 0.64", "0.64", "ratio", 0.64, 0.64, "HR", Y, "db06 itt pfs hr (label)"),
 ("p-064ci", P, "(95% CI 0.54–0.76)", "0.54–0.76", "ratio", 0.54, 0.76, "HR", Y, "ci"),
 ("p-6065", P, "Approximately 60% to 65% of HR-positive", "60% to 65%", "percent", 60, 65, "%", Y, "share of hr+/her2- that are her2-low"),
 ("p-2025", P, "a further 20% to 25% are", "20% to 25%", "percent", 20, 25, "%", Y, "share of hr+/her2- that are ultralow"),
 ("p-half", P, "estimated that about half of all", "about half", "percent", 50, 50, "%", Y, "share of her2-negative tumours reclassifiable as her2-low"),
 ("p-dec20", P, "in the U.S. in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "first us approval (her2-positive)"),
 ("p-1204", P, "validation set of 1,204 archival", "1,204", "count", 1204, 1204, "slides", Y, "ultrascore validation slides"),
 ("p-three", P, "independently by three pathologists", "three", "count", 3, 3, "pathologists", N, "validation readers"),
 ("p-924", P, "consensus in 92.4% of HER2", "92.4%", "percent", 92.4, 92.4, "%", Y, "ultrascore concordance"),
 ("p-4min", P, "in under four minutes per slide", "under four minutes", "duration", 4, 4, "minutes", Y, "ultrascore turnaround"),
 ("p-40", P, "at about 40 laboratories", "about 40", "count", 40, 40, "laboratories", Y, "expected adopting labs (forecast)"),
 ("p-end25", P, "by the end of 2025", "2025", "date", 2025, 2025, "year", N, "forecast date"),
 ("p-70", P, "accounting for roughly 70% of cases", "70%", "percent", 70, 70, "%", Y, "share of breast cancers hr+/her2-"),
 ("p-5mo", P, "survival of around five months", "around five months", "duration", 5, 5, "months", Y, "later-line chemo median pfs (historical)"),
 ("p-2016", P, "founded in 2016 and", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-310", P, "employs about 310 people", "310", "count", 310, 310, "employees", N, "about section"),
 ("p-120", P, "more than 120 hospital laboratories", "more than 120", "count", 120, 120, "laboratories", N, "about section"),

 # ---- EU03 abstract (2025-03-10)
 ("a-pub", A, "Published online 10 March 2025", "10 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-70", A, "accounts for about 70% of breast", "about 70%", "percent", 70, 70, "%", Y, "share of breast cancers hr+/her2-"),
 ("a-557", A, "(N = 557)", "557", "count", 557, 557, "patients", Y, "db04 enrolled"),
 ("a-12", A, "after one or two prior lines", "one or two", "count", 1, 2, "lines", N, "db04 eligibility: prior chemo lines"),
 ("a-101", A, "cohort: 10.1 vs 5.4 months", "10.1", "duration", 10.1, 10.1, "months", Y, "db04 hr+ median pfs t-dxd"),
 ("a-54", A, "10.1 vs 5.4 months)", "5.4 months", "duration", 5.4, 5.4, "months", Y, "db04 hr+ median pfs chemo"),
 ("a-2plus", A, "after two or more lines", "two or more", "count", 2, 2, "lines", N, "eligibility: endocrine lines"),
 ("a-1line", A, "or after one line if", "one", "count", 1, 1, "lines", N, "eligibility: endocrine lines"),
 ("a-6mo", A, "progressed within 6 months of starting", "6 months", "duration", 6, 6, "months", Y, "eligibility window: progression on 1L ET+CDK4/6i"),
 ("a-24mo", A, "recurred within 24 months", "24 months", "duration", 24, 24, "months", Y, "eligibility window: adjuvant ET"),
 ("a-866", A, "N = 866 patients", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("a-11", A, "randomly assigned 1:1 to", "1:1", "ratio", 1, 1, "ratio", Y, "db06 randomization ratio"),
 ("a-dose", A, "T-DXd 5.4 mg/kg every", "5.4 mg/kg", "dose", 5.4, 5.4, "mg/kg", Y, "enhertu breast dose"),
 ("a-3wk", A, "5.4 mg/kg every 3 weeks", "every 3 weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("a-436", A, "(n=436)", "436", "count", 436, 436, "patients", Y, "db06 t-dxd arm n"),
 ("a-430", A, "(n=430;", "430", "count", 430, 430, "patients", Y, "db06 chemo arm n"),
 ("a-cap", A, "capecitabine 59.8%", "59.8%", "percent", 59.8, 59.8, "%", Y, "chemo arm capecitabine share"),
 ("a-nab", A, "nab-paclitaxel 24.4%", "24.4%", "percent", 24.4, 24.4, "%", Y, "chemo arm nab-paclitaxel share"),
 ("a-pac", A, ", paclitaxel 15.8%", "15.8%", "percent", 15.8, 15.8, "%", Y, "chemo arm paclitaxel share"),
 ("a-713", A, "(n=713;", "713", "count", 713, 713, "patients", Y, "db06 her2-low n"),
 ("a-359", A, "359 vs 354 patients", "359", "count", 359, 359, "patients", Y, "db06 her2-low t-dxd arm"),
 ("a-354", A, "359 vs 354 patients", "354", "count", 354, 354, "patients", Y, "db06 her2-low chemo arm"),
 ("a-153", A, "(n=153)", "153", "count", 153, 153, "patients", Y, "db06 her2-ultralow n"),
 ("a-182", A, "Median follow-up was 18.2 months", "18.2 months", "duration", 18.2, 18.2, "months", Y, "db06 median follow-up"),
 ("a-132", A, "median PFS was 13.2 months (95% CI", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("a-132ci", A, "11.4–15.2", "11.4–15.2", "duration", 11.4, 15.2, "months", Y, "ci"),
 ("a-81", A, "and 8.1 months (95% CI", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 her2-low median pfs chemo"),
 ("a-81ci", A, "7.0–9.0", "7.0–9.0", "duration", 7.0, 9.0, "months", Y, "ci"),
 ("a-062", A, "hazard ratio (HR) 0.62", "0.62", "ratio", 0.62, 0.62, "HR", Y, "db06 her2-low pfs hr"),
 ("a-062ci", A, "0.52–0.75", "0.52–0.75", "ratio", 0.52, 0.75, "HR", Y, "ci"),
 ("a-p", A, "P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "", N, "p-value"),
 ("a-itt132", A, "median PFS was 13.2 versus 8.1", "13.2", "duration", 13.2, 13.2, "months", Y, "db06 itt median pfs t-dxd"),
 ("a-itt81", A, "13.2 versus 8.1 months (HR 0.63", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 itt median pfs chemo"),
 ("a-063", A, "(HR 0.63;", "0.63", "ratio", 0.63, 0.63, "HR", Y, "db06 itt pfs hr"),
 ("a-063ci", A, "0.53–0.75", "0.53–0.75", "ratio", 0.53, 0.75, "HR", Y, "ci"),
 ("a-151", A, "median PFS was 15.1 versus", "15.1", "duration", 15.1, 15.1, "months", Y, "db06 ultralow median pfs t-dxd"),
 ("a-83", A, "15.1 versus 8.3 months", "8.3 months", "duration", 8.3, 8.3, "months", Y, "db06 ultralow median pfs chemo"),
 ("a-078", A, "(HR 0.78;", "0.78", "ratio", 0.78, 0.78, "HR", Y, "db06 ultralow pfs hr"),
 ("a-078ci", A, "0.50–1.21", "0.50–1.21", "ratio", 0.50, 1.21, "HR", Y, "ci"),
 ("a-565", A, "disease was 56.5% with", "56.5%", "percent", 56.5, 56.5, "%", Y, "db06 her2-low orr t-dxd"),
 ("a-322", A, "versus 32.2% with", "32.2%", "percent", 32.2, 32.2, "%", Y, "db06 her2-low orr chemo"),
 ("a-diff", A, "was −24.3 percentage points", "−24.3 percentage points", "percent", -24.3, -24.3, "pp", Y, "orr difference chemo minus t-dxd (computed)"),
 ("a-diffci", A, "(95% CI −31.4 to −17.2)", "−31.4 to −17.2", "percent", -31.4, -17.2, "pp", Y, "ci"),
 ("a-083", A, "HER2-low HR 0.83", "0.83", "ratio", 0.83, 0.83, "HR", Y, "db06 her2-low os hr (interim)"),
 ("a-083ci", A, "0.66–1.05", "0.66–1.05", "ratio", 0.66, 1.05, "HR", Y, "ci"),
 ("a-110", A, "duration was 11.0 months", "11.0 months", "duration", 11.0, 11.0, "months", Y, "db06 median treatment duration t-dxd"),
 ("a-56", A, "and 5.6 months with chemotherapy", "5.6 months", "duration", 5.6, 5.6, "months", Y, "db06 median treatment duration chemo"),
 ("a-528", A, "occurred in 52.8% and", "52.8%", "percent", 52.8, 52.8, "%", Y, "db06 grade>=3 adverse events t-dxd arm"),
 ("a-444", A, "52.8% and 44.4% of patients", "44.4%", "percent", 44.4, 44.4, "%", Y, "db06 grade>=3 adverse events chemo arm"),
 ("a-49", A, "occurred in 49 patients", "49", "count", 49, 49, "patients", Y, "db06 ild patients t-dxd"),
 ("a-113", A, "49 patients (11.3%)", "11.3%", "percent", 11.3, 11.3, "%", Y, "db06 ild rate t-dxd"),
 ("a-3g5", A, "including 3 grade 5 events", "3", "count", 3, 3, "deaths", Y, "db06 fatal ild (grade 5)"),
 ("a-1pt", A, "and in 1 patient (0.2%)", "1", "count", 1, 1, "patients", Y, "db06 ild chemo arm"),
 ("a-02", A, "1 patient (0.2%)", "0.2%", "percent", 0.2, 0.2, "%", Y, "db06 ild rate chemo"),
 ("a-5mo", A, "median PFS by about 5 months", "about 5 months", "duration", 5, 5, "months", Y, "pfs gain (13.2-8.1)"),
 ("a-85", A, "cover about 85% of HR-positive", "about 85%", "percent", 85, 85, "%", Y, "share of hr+/her2- that are her2-low or ultralow"),
 ("a-1in9", A, "roughly one patient in nine", "one patient in nine", "percent", 11.1, 11.1, "%", N, "ild rate summary"),
]
C += [
 # ---- EU04 explainer (2025-05-14)
 ("e-upd", E, "Updated May 14, 2025", "May 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-spring", E, "This spring, many", "This spring", "date", 2025, 2025, "year", N, "vague period"),
 ("e-10", E, "membrane of 10% or fewer", "10% or fewer", "percent", 10, 10, "%", N, "ultralow definition threshold"),
 ("e-70", E, "making up about 70% of breast", "about 70%", "percent", 70, 70, "%", Y, "share of breast cancers hr+/her2-"),
 ("e-60", E, "website says about 60% of people", "about 60%", "percent", 60, 60, "%", Y, "share of her2-negative mbc that is her2-low"),
 ("e-2025", E, "roughly 20% to 25% turn out", "20% to 25%", "percent", 20, 25, "%", Y, "share of hr+/her2- that are ultralow"),
 ("e-866", E, "which included 866 people", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("e-132", E, "for a median of 13.2 months, compared", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("e-81", E, "compared with 8.1 months for chemotherapy", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 her2-low median pfs chemo"),
 ("e-ul132", E, "the median was 13.2 months with Enhertu", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 ultralow median pfs t-dxd (as stated)"),
 ("e-ul83", E, "and 8.3 months with chemotherapy", "8.3 months", "duration", 8.3, 8.3, "months", Y, "db06 ultralow median pfs chemo"),
 ("e-565", E, "About 56.5% of HER2-low", "56.5%", "percent", 56.5, 56.5, "%", Y, "db06 her2-low orr t-dxd"),
 ("e-234", E, "median survival was 23.4 months", "23.4 months", "duration", 23.4, 23.4, "months", Y, "db04 median os t-dxd (primary analysis)"),
 ("e-168", E, "against 16.8 months on chemotherapy", "16.8 months", "duration", 16.8, 16.8, "months", Y, "db04 median os chemo"),
 ("e-one", E, "progressed after at least one endocrine", "one", "count", 1, 1, "lines", N, "eligibility: prior endocrine therapies"),
 ("e-two", E, "after two or more endocrine", "two or more", "count", 2, 2, "lines", N, "eligibility: endocrine lines"),
 ("e-single", E, "or after a single one if", "a single one", "count", 1, 1, "lines", N, "eligibility: endocrine lines"),
 ("e-12mo", E, "grew within 12 months of starting", "12 months", "duration", 12, 12, "months", Y, "eligibility window: progression on 1L ET+CDK4/6i (as stated)"),
 ("e-3wk", E, "once every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("e-54", E, "dose of 5.4 mg per kilogram", "5.4 mg per kilogram", "dose", 5.4, 5.4, "mg/kg", Y, "enhertu breast dose"),
 ("e-64", E, "a higher dose, 6.4 mg/kg", "6.4 mg/kg", "dose", 6.4, 6.4, "mg/kg", Y, "enhertu gastric dose"),
 ("e-90", E, "takes about 90 minutes", "about 90 minutes", "duration", 90, 90, "minutes", Y, "first infusion time"),
 ("e-30", E, "can take about 30 minutes", "about 30 minutes", "duration", 30, 30, "minutes", Y, "later infusion time"),
 ("e-four", E, "four people on Enhertu died", "four", "count", 4, 4, "deaths", Y, "db06 fatal ild (as stated)"),
 ("e-121", E, "caused ILD in 12.1% of patients", "12.1%", "percent", 12.1, 12.1, "%", Y, "db04 ild rate t-dxd"),
 ("e-dec19", E, "first approved in December 2019", "December 2019", "date", 2019, 2019, "year", Y, "first us approval (her2-positive)"),
 ("e-aug22", E, "disease in August 2022", "August 2022", "date", 2022, 2022, "year", Y, "us her2-low approval (db04)"),
 ("e-jan25", E, "ultralow disease in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "fda approval date db06 indication"),
 ("e-apr25", E, "endocrine therapy in April 2025", "April 2025", "date", 2025, 2025, "year", Y, "eu approval db06 indication"),
 ("e-14k", E, "reported at about $14,000 a month", "$14,000", "money", 14000, 14000, "USD", Y, "us monthly cost (2022 reports)"),
 ("e-1455", E, "list price is £1,455 for", "£1,455", "money", 1455, 1455, "GBP", Y, "uk list price per 100 mg vial"),
 ("e-100", E, "for a 100 mg vial", "100 mg", "dose", 100, 100, "mg", N, "vial size"),

 # ---- EU05 blog (2025-03-18)
 ("b-date", B, "OCN | March 18, 2025", "March 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-14yr", B, "I've spent 14 years", "14 years", "duration", 14, 14, "years", N, "author aside"),
 ("b-jan24", B, "label in January 2024 to cover", "January 2024", "date", 2024, 2024, "year", Y, "fda approval date db06 indication (as stated)"),
 ("b-855", B, "randomized 855 patients", "855", "count", 855, 855, "patients", Y, "db06 randomized total (as stated)"),
 ("b-11", B, "855 patients 1:1 between", "1:1", "ratio", 1, 1, "ratio", Y, "db06 randomization ratio"),
 ("b-60", B, "(about 60% of the chemo group", "about 60%", "percent", 60, 60, "%", Y, "chemo arm capecitabine share (rounded)"),
 ("b-6mo", B, "grew within 6 months of starting one", "6 months", "duration", 6, 6, "months", Y, "eligibility window: progression on 1L ET+CDK4/6i"),
 ("b-151", B, "grew was 15.1 months on Enhertu", "15.1 months", "duration", 15.1, 15.1, "months", Y, "db06 ultralow median pfs t-dxd"),
 ("b-83", B, "and 8.3 months on chemo (hazard", "8.3 months", "duration", 8.3, 8.3, "months", Y, "db06 ultralow median pfs chemo"),
 ("b-078", B, "(hazard ratio 0.78)", "0.78", "ratio", 0.78, 0.78, "HR", Y, "db06 ultralow pfs hr"),
 ("b-38", B, "progression or death by 38%", "38%", "percent", 38, 38, "%", Y, "db06 risk reduction her2-low"),
 ("b-186", B, "follow-up was 18.6 months", "18.6 months", "duration", 18.6, 18.6, "months", Y, "db06 median follow-up"),
 ("b-c151", B, "ultralow group: 15.1 vs 8.3 months", "15.1", "duration", 15.1, 15.1, "months", N, "chart caption repeat"),
 ("b-c83", B, "15.1 vs 8.3 months.]", "8.3 months", "duration", 8.3, 8.3, "months", N, "chart caption repeat"),
 ("b-dose", B, "weight-based: 6.4 mg/kg every", "6.4 mg/kg", "dose", 6.4, 6.4, "mg/kg", Y, "enhertu breast dose (as stated)"),
 ("b-3wk", B, "6.4 mg/kg every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("b-90", B, "infusion runs about 90 minutes", "about 90 minutes", "duration", 90, 90, "minutes", Y, "first infusion time"),
 ("b-121", B, "showed up in 12.1% of patients", "12.1%", "percent", 12.1, 12.1, "%", Y, "db06 ild rate t-dxd (as stated)"),
 ("b-85", B, "some 85% of people", "some 85%", "percent", 85, 85, "%", Y, "share of hr+/her2- that are her2-low or ultralow"),
 ("b-6065", B, "up from roughly 60% to 65%", "60% to 65%", "percent", 60, 65, "%", Y, "share of hr+/her2- that are her2-low"),
 ("b-3yr", B, "three years ago may need", "three years ago", "date", 2022, 2022, "year", N, "aside"),

 # ---- EU06 local/trade, hard-wrapped (2025-02-12)
 ("l-date", L, "Wednesday 12 February 2025", "12 February 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-lastmo", L, "late last month for hormone", "late last month", "date", 2025, 2025, "year", Y, "fda approval date db06 indication"),
 ("l-27jan", L, "announced on 27 January", "27 January", "date", 2025, 2025, "year", Y, "fda approval date db06 indication"),
 ("l-one", L, "has progressed after at least one endocrine", "one", "count", 1, 1, "lines", N, "eligibility: prior endocrine therapies"),
 ("l-aug", L, "granted in August last year", "August last year", "date", 2024, 2024, "year", Y, "us her2-low approval (as stated; resolves to 2024)"),
 ("l-866", L, "trial, 866 patients were", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("l-713", L, "Among the 713 with HER2-low", "713", "count", 713, 713, "patients", Y, "db06 her2-low n"),
 ("l-132", L, "survival was 13.2 months on", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("l-83", L, "versus 8.3 months on chemotherapy", "8.3 months", "duration", 8.3, 8.3, "months", Y, "db06 her2-low median pfs chemo (as stated)"),
 ("l-153", L, "For the 153 ultralow", "153", "count", 153, 153, "patients", Y, "db06 her2-ultralow n"),
 ("l-087", L, "hazard ratio was 0.87", "0.87", "ratio", 0.87, 0.87, "HR", Y, "db06 ultralow pfs hr (as stated)"),
 ("l-113", L, "affected 11.3% of patients", "11.3%", "percent", 11.3, 11.3, "%", Y, "db06 ild rate t-dxd"),
 ("l-three", L, "and three of them died", "three", "count", 3, 3, "deaths", Y, "db06 fatal ild"),
 ("l-lastyr", L, "NICE declined last year to", "last year", "date", 2024, 2024, "year", Y, "nice rejection her2-low (ta992)"),
 ("l-32", L, "follow-up of 32 months", "32 months", "duration", 32, 32, "months", Y, "db04 long-term median follow-up"),
 ("l-229", L, "was 22.9 months with Enhertu", "22.9 months", "duration", 22.9, 22.9, "months", Y, "db04 median os t-dxd (long-term analysis)"),
 ("l-168", L, "against 16.8 months with", "16.8 months", "duration", 16.8, 16.8, "months", Y, "db04 median os chemo"),
 ("l-1545", L, "UK is £1,545 per", "£1,545", "money", 1545, 1545, "GBP", Y, "uk list price per 100 mg vial (as stated)"),
 ("l-100", L, "per 100mg vial", "100mg", "dose", 100, 100, "mg", N, "vial size"),
 ("l-dose", L, "standard dose of 5.4mg/kg", "5.4mg/kg", "dose", 5.4, 5.4, "mg/kg", Y, "enhertu breast dose"),
 ("l-3wk", L, "5.4mg/kg every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("l-4v", L, "needs about four vials per cycle", "about four", "count", 4, 4, "vials", Y, "vials per cycle"),
 ("l-dozen", L, "seen roughly a dozen patients", "roughly a dozen", "count", 12, 12, "patients", Y, "local patients asking about re-testing"),
 ("l-jan", L, "patients since January asking", "January", "date", 2025, 2025, "year", N, "period start"),
 ("l-56k", L, "About 56,000 people", "56,000", "count", 56000, 56000, "people", Y, "uk breast cancer diagnoses per year"),

 # ---- EU07 fact-check (2025-02-20)
 ("f-h9", F, "work for \"9 in 10\" women", "9 in 10", "percent", 90, 90, "%", N, "headline: post claim"),
 ("f-h1", F, "and kill one in ten?", "one in ten", "percent", 10, 10, "%", N, "headline: post claim"),
 ("f-date", F, "Fact Check | February 20, 2025", "February 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-lastmo", F, "approved in the US \"last month,\"", "last month", "date", 2025, 2025, "year", N, "post claim"),
 ("f-9of10", F, "\"works for 9 out of 10 women", "9 out of 10", "percent", 90, 90, "%", N, "post claim"),
 ("f-1in10", F, "\"1 in 10 patients die", "1 in 10", "percent", 10, 10, "%", N, "post claim"),
 ("f-post133", F, "drug \"costs $13,300 a month.\"", "$13,300", "money", 13300, 13300, "USD", N, "post claim"),
 ("f-s9", F, "\"9 out of 10 women\": The", "9 out of 10", "percent", 90, 90, "%", N, "section heading: post claim"),
 ("f-s1", F, "\"1 in 10 die from lung", "1 in 10", "percent", 10, 10, "%", N, "section heading: post claim"),
 ("f-jan27", F, "On Jan. 27, the Food", "Jan. 27", "date", 2025, 2025, "year", Y, "fda approval date db06 indication"),
 ("f-2022", F, "HER2-low disease in 2022, after", "2022", "date", 2022, 2022, "year", Y, "us her2-low approval (db04)"),
 ("f-dec19", F, "breast cancer in December 2019", "December 2019", "date", 2019, 2019, "year", Y, "first us approval (her2-positive)"),
 ("f-8590", F, "estimates that about 85% to 90% of", "85% to 90%", "percent", 85, 90, "%", Y, "share of hr+/her2- that are her2-low or ultralow"),
 ("f-70", F, "makes up roughly 70% of breast", "70%", "percent", 70, 70, "%", Y, "share of breast cancers hr+/her2-"),
 ("f-866", F, "the trial of 866 patients", "866", "count", 866, 866, "patients", Y, "db06 randomized total"),
 ("f-618", F, "substantially in 61.8% of HER2-low", "61.8%", "percent", 61.8, 61.8, "%", Y, "db06 her2-low orr t-dxd (as stated)"),
 ("f-third", F, "versus about a third of those", "about a third", "percent", 33.3, 33.3, "%", Y, "db06 her2-low orr chemo (rounded)"),
 ("f-132", F, "again was 13.2 months with", "13.2 months", "duration", 13.2, 13.2, "months", Y, "db06 her2-low median pfs t-dxd"),
 ("f-81", F, "and 8.1 months with chemotherapy", "8.1 months", "duration", 8.1, 8.1, "months", Y, "db06 her2-low median pfs chemo"),
 ("f-113", F, "committee in 11.3% of patients", "11.3%", "percent", 11.3, 11.3, "%", Y, "db06 ild rate t-dxd"),
 ("f-1in9a", F, "Enhertu, roughly one in nine. Most", "one in nine", "percent", 11.1, 11.1, "%", N, "ild rate summary"),
 ("f-three", F, "moderate. Three patients died", "Three", "count", 3, 3, "deaths", Y, "db06 fatal ild"),
 ("f-07", F, "about 0.7% of those", "0.7%", "percent", 0.7, 0.7, "%", Y, "db06 fatal ild rate"),
 ("f-121", F, "ILD occurred in 12.1% of patients", "12.1%", "percent", 12.1, 12.1, "%", Y, "db04 ild rate t-dxd"),
 ("f-08", F, "and 0.8% died of it", "0.8%", "percent", 0.8, 0.8, "%", Y, "db04 fatal ild rate"),
 ("f-q1in10", F, "but one in ten is the rate", "one in ten", "percent", 10, 10, "%", N, "quote: ild rate (rounded)"),
 ("f-qunder1", F, "well under one percent", "one percent", "percent", 1, 1, "%", N, "quote: fatal ild bound"),
 ("f-133", F, "The post's $13,300 figure", "$13,300", "money", 13300, 13300, "USD", Y, "analyst monthly cost estimate (2019)"),
 ("f-2019", F, "first approved in 2019, for", "2019", "date", 2019, 2019, "year", N, "reference year of estimate"),
 ("f-14k", F, "at about $14,000 a month", "$14,000", "money", 14000, 14000, "USD", Y, "us monthly cost (2022 reports)"),
 ("f-1455", F, "list price is £1,455 per vial", "£1,455", "money", 1455, 1455, "GBP", Y, "uk list price per 100 mg vial"),
 ("f-3wk", F, "given every three weeks at", "every three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("f-dose", F, "three weeks at 5.4 mg/kg", "5.4 mg/kg", "dose", 5.4, 5.4, "mg/kg", Y, "enhertu breast dose"),
 ("f-r8590", F, "makes an estimated 85% to 90%", "85% to 90%", "percent", 85, 90, "%", N, "ruling repeat"),
 ("f-r1in9", F, "affected roughly one in nine patients", "one in nine", "percent", 11.1, 11.1, "%", N, "ruling repeat"),
 ("f-rthree", F, "and three patients died of it", "three", "count", 3, 3, "deaths", Y, "db06 fatal ild (ruling)"),
 ("f-r1", F, "fewer than 1% of those treated", "1%", "percent", 1, 1, "%", N, "ruling bound"),
]

S, Q = "strict", "qualified"
X = [
 # S1 DB06 randomized total: 855 (blog) vs 866
 ("b-855", "w-866", S), ("b-855", "p-866", S), ("b-855", "a-866", S), ("b-855", "e-866", S), ("b-855", "l-866", S), ("b-855", "f-866", S),
 # S2 HER2-low chemo median PFS: 8.3 (local, ultralow figure) vs 8.1
 ("l-83", "w-81", S), ("l-83", "p-81", S), ("l-83", "a-81", S), ("l-83", "e-81", S), ("l-83", "f-81", S),
 # S3 HER2-ultralow T-DXd median PFS: 13.2 (explainer, ITT figure) vs 15.1
 ("e-ul132", "a-151", S), ("e-ul132", "b-151", S),
 # S4 HER2-ultralow HR: 0.87 (local, transposed) vs 0.78
 ("l-087", "a-078", S), ("l-087", "b-078", S),
 # S5 DB06 ILD rate: 12.1% (blog, DB04 figure) vs 11.3%
 ("b-121", "w-113", S), ("b-121", "a-113", S), ("b-121", "l-113", S), ("b-121", "f-113", S),
 # S6 DB06 fatal ILD: four (explainer) vs three
 ("e-four", "w-three", S), ("e-four", "a-3g5", S), ("e-four", "l-three", S), ("e-four", "f-three", S), ("e-four", "f-rthree", S),
 # S7 FDA approval year of the HER2-low/ultralow post-endocrine indication: January 2024 (blog) vs 2025
 ("b-jan24", "w-mon", S), ("b-jan24", "p-jan27", S), ("b-jan24", "e-jan25", S), ("b-jan24", "l-lastmo", S), ("b-jan24", "l-27jan", S), ("b-jan24", "f-jan27", S),
 # S8 US HER2-low approval year: "August last year" (local, 2025 -> 2024) vs 2022
 ("l-aug", "w-aug22", S), ("l-aug", "e-aug22", S), ("l-aug", "f-2022", S),
 # S9 DB06 randomization ratio: 2-to-1 (wire, DB04's ratio) vs 1:1
 ("w-21", "a-11", S), ("w-21", "b-11", S),
 # S10 DB06 grade>=3 AEs in T-DXd arm: 44% (wire, chemo arm figure) vs 52.8%
 ("w-44", "a-528", S),
 # S11 (dose) breast dose: 6.4 mg/kg (blog, gastric dose) vs 5.4 mg/kg
 ("b-dose", "w-dose", S), ("b-dose", "a-dose", S), ("b-dose", "e-54", S), ("b-dose", "l-dose", S), ("b-dose", "f-dose", S),
 # S12 eligibility window for early progression on 1L ET+CDK4/6i: 12 months (explainer) vs 6 months
 ("e-12mo", "a-6mo", S), ("e-12mo", "b-6mo", S),
 # S13 HER2-low ORR with T-DXd: 61.8% (fact-check, ultralow figure) vs 56.5%
 ("f-618", "a-565", S), ("f-618", "e-565", S),
 # S14 UK list price per vial: £1,545 (local, transposed) vs £1,455
 ("l-1545", "e-1455", S), ("l-1545", "f-1455", S),
 # S15 first US approval: December 2020 (press) vs 2019
 ("p-dec20", "w-2019", S), ("p-dec20", "e-dec19", S), ("p-dec20", "f-dec19", S),
 # S16 arm sizes swapped (press): T-DXd 430 / chemo 436 vs 436 / 430
 ("p-430", "a-436", S), ("p-436", "a-430", S),
 # Qualified (real discrepancies between real sources)
 ("p-064", "a-063", Q), ("p-064ci", "a-063ci", Q),
 ("w-37", "p-38", Q), ("w-37", "b-38", Q),
 ("b-186", "a-182", Q),
 ("e-60", "p-half", Q),
 ("l-229", "e-234", Q),
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
        rows.append({"type": "claim", "id": f"eu-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"eu-{a}", f"eu-{b}"
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
