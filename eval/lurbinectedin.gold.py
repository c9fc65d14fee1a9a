#!/usr/bin/env python3
"""Build lurbinectedin.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lurbinectedin")
OUT = os.path.join(HERE, "lurbinectedin.gold.jsonl")
T = "lurbinectedin"

W, P, A, E, B, L, F = ("LU01_wire.txt", "LU02_press.txt", "LU03_abstract.txt",
                       "LU04_explainer.txt", "LU05_blog.txt", "LU06_local.txt", "LU07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LU01 wire (2025-10-03, Friday)
 ("w-dl", W, "WASHINGTON, Oct 3", "Oct 3", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "on Thursday approved", "Thursday", "date", 2025, 2025, "year", Y, "fda approval of combination (oct 2 2025)"),
 ("w-oct7", W, "an Oct. 7 target date", "Oct. 7", "date", 2025, 2025, "year", Y, "pdufa target date"),
 ("w-june", W, "priority review in June", "June", "date", 2025, 2025, "year", Y, "priority review granted"),
 ("w-four", W, "after four cycles of induction", "four", "count", 4, 4, "cycles", Y, "induction cycles"),
 ("w-483", W, "randomly assigned 483 patients", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("w-96", W, "at 96 hospitals", "96", "count", 96, 96, "sites", Y, "imforte sites"),
 ("w-13c", W, "in 13 countries", "13", "count", 13, 13, "countries", Y, "imforte countries"),
 ("w-132", W, "a median of 13.2 months from", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("w-106", W, "compared with 10.6 months for", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("w-54", W, "was 5.4 months versus", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("w-21", W, "versus 2.1 months.", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("w-27", W, "risk of death by 27%", "27%", "percent", 27, 27, "%", Y, "os risk reduction"),
 ("w-46", W, "progression or death by 46%", "46%", "percent", 46, 46, "%", Y, "pfs risk reduction"),
 ("w-lastoct", W, "goals last October", "last October", "date", 2024, 2024, "year", Y, "topline announcement"),
 ("w-asco", W, "in Chicago in June", "June", "date", 2025, 2025, "year", Y, "asco presentation"),
 ("w-1315", W, "roughly 13% to 15% of lung", "13% to 15%", "percent", 13, 15, "%", Y, "sclc share of lung cancers"),
 ("w-30k", W, "about 30,000 new cases", "30,000", "count", 30000, 30000, "cases", Y, "us sclc cases per year"),
 ("w-70", W, "Around 70% of patients", "70%", "percent", 70, 70, "%", Y, "share extensive-stage at diagnosis"),
 ("w-256", W, "occurred in 25.6% of patients given", "25.6%", "percent", 25.6, 25.6, "%", Y, "grade 3-4 trae combination"),
 ("w-58", W, "against 5.8% of those", "5.8%", "percent", 5.8, 5.8, "%", Y, "grade 3-4 trae atezolizumab alone"),
 ("w-62", W, "and 6.2% stopped", "6.2%", "percent", 6.2, 6.2, "%", Y, "discontinuation for aes combination"),
 ("w-33", W, "compared with 3.3%", "3.3%", "percent", 3.3, 3.3, "%", Y, "discontinuation for aes atezolizumab alone"),
 ("w-hour", W, "an hour-long infusion", "hour-long", "duration", 1, 1, "hours", Y, "lurbinectedin infusion time"),
 ("w-21d", W, "every 21 days", "21 days", "duration", 21, 21, "days", Y, "cycle interval"),
 ("w-2020aa", W, "accelerated approval in 2020", "2020", "date", 2020, 2020, "year", Y, "zepzelca accelerated approval (2l)"),
 ("w-105", W, "study of 105 patients", "105", "count", 105, 105, "patients", Y, "basket trial sclc cohort"),
 ("w-lic2020", W, "PharmaMar in 2020", "2020", "date", 2020, 2020, "year", Y, "jazz-pharmamar licence year"),
 ("w-200m", W, "paid $200 million upfront", "$200 million", "money", 200000000, 200000000, "USD", Y, "jazz upfront payment to pharmamar"),
 ("w-may24", W, "accelerated approval in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "imdelltra (tarlatamab) approval - rival"),
 ("w-16", W, "sales fell 16%", "16%", "percent", 16, 16, "%", Y, "zepzelca q1 2025 sales decline"),
 ("w-75m", W, "to $75 million in the first quarter", "$75 million", "money", 75000000, 75000000, "USD", Y, "zepzelca q1 2025 sales"),
 ("w-9", W, "rise as much as 9%", "9%", "percent", 9, 9, "%", Y, "pharmamar intraday share rise after approval"),
 ("w-fri", W, "in Madrid on Friday", "Friday", "date", 2025, 2025, "year", N, "share move day"),
 ("w-sep24", W, "cleared in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "tecentriq hybreza approval"),

 # ---- LU02 press release (2025-10-20)
 ("p-h140", P, "Pathway Across 140 Community", "140", "count", 140, 140, "practices", N, "headline repeat"),
 ("p-dl", P, "October 20, 2025", "October 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-oct2", P, "combination on October 2, 2025", "October 2, 2025", "date", 2025, 2025, "year", Y, "fda approval of combination"),
 ("p-jun25", P, "Priority Review in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "priority review granted"),
 ("p-four", P, "after four cycles of platinum", "four", "count", 4, 4, "cycles", Y, "induction cycles"),
 ("p-asco", P, "Annual Meeting in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "asco presentation"),
 ("p-483", P, "After induction, 483 patients", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("p-11", P, "randomized 1:1", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("p-15", P, "median follow-up of 15 months", "15 months", "duration", 15, 15, "months", Y, "median follow-up"),
 ("p-132", P, "was 13.2 months with", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("p-106", P, "versus 10.6 months with", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("p-hr", P, "(hazard ratio 0.73)", "0.73", "ratio", 0.73, 0.73, "HR", Y, "os hazard ratio"),
 ("p-54", P, "progression or death by 54%", "54%", "percent", 54, 54, "%", Y, "pfs risk reduction"),
 ("p-27", P, "risk of death by 27%", "27%", "percent", 27, 27, "%", Y, "os risk reduction"),
 ("p-54m", P, "review was 5.4 months", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("p-21m", P, "versus 2.1 months;", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("p-412", P, "41.2% of patients on the combination", "41.2%", "percent", 41.2, 41.2, "%", Y, "6-month pfs combination"),
 ("p-6mo", P, "progression-free at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("p-187", P, "compared with 18.7%", "18.7%", "percent", 18.7, 18.7, "%", Y, "6-month pfs atezolizumab alone"),
 ("p-12mo", P, "At 12 months, 56.3%", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-563", P, "56.3% of patients receiving", "56.3%", "percent", 56.3, 56.3, "%", Y, "12-month os combination"),
 ("p-441", P, "versus 44.1% of those", "44.1%", "percent", 44.1, 44.1, "%", Y, "12-month os atezolizumab alone"),
 ("p-26", P, "occurred in 26% of patients", "26%", "percent", 26, 26, "%", Y, "grade 3-4 trae combination"),
 ("p-6", P, "and 6% of those receiving", "6%", "percent", 6, 6, "%", Y, "grade 3-4 trae atezolizumab alone"),
 ("p-33", P, "Only 3.3% of patients", "3.3%", "percent", 3.3, 3.3, "%", Y, "discontinuation for aes combination"),
 ("p-32", P, "administered at 3.2 mg/m²", "3.2 mg/m²", "dose", 3.2, 3.2, "mg/m2", Y, "lurbinectedin dose"),
 ("p-60", P, "as a 60-minute intravenous", "60-minute", "duration", 60, 60, "minutes", Y, "lurbinectedin infusion time"),
 ("p-1200", P, "atezolizumab 1,200 mg, both", "1,200 mg", "dose", 1200, 1200, "mg", Y, "atezolizumab dose q3w"),
 ("p-once", P, "both once every 3 weeks", "once", "count", 1, 1, "doses", N, "frequency"),
 ("p-3wk", P, "once every 3 weeks, until", "3 weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("p-jun15", P, "since June 15, 2020", "June 15, 2020", "date", 2020, 2020, "year", Y, "zepzelca accelerated approval (2l)"),
 ("p-1100", P, "about 1,100 of its physicians", "1,100", "count", 1100, 1100, "physicians", Y, "harborline physicians with regimen"),
 ("p-nov3", P, "by November 3", "November 3", "date", 2025, 2025, "year", N, "rollout target date"),
 ("p-2300", P, "estimated 2,300 patients", "2,300", "count", 2300, 2300, "patients", Y, "harborline sclc patients per year"),
 ("p-a140", P, "supports 140 independent", "140", "count", 140, 140, "practices", N, "about section"),
 ("p-19", P, "in 19 states", "19", "count", 19, 19, "states", N, "about section"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),

 # ---- LU03 abstract (2025-06-02)
 ("a-pub", A, "Published online 2 June 2025", "2 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-asco", A, "Presented at the 2025 ASCO", "2025", "date", 2025, 2025, "year", Y, "asco presentation"),
 ("a-96", A, "trial at 96 hospitals", "96", "count", 96, 96, "sites", Y, "imforte sites"),
 ("a-13", A, "in 13 countries, adults", "13", "count", 13, 13, "countries", Y, "imforte countries"),
 ("a-18", A, "aged 18 years or older", "18 years", "age", 18, 18, "years", N, "eligibility age"),
 ("a-ecog", A, "performance status of 0 or 1", "0 or 1", "score", 0, 1, "ECOG", N, "eligibility"),
 ("a-four", A, "received four 21-day cycles", "four", "count", 4, 4, "cycles", Y, "induction cycles"),
 ("a-21d", A, "four 21-day cycles", "21-day", "duration", 21, 21, "days", Y, "cycle length"),
 ("a-11", A, "assigned (1:1)", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-32", A, "lurbinectedin 3.2 mg/m²", "3.2 mg/m²", "dose", 3.2, 3.2, "mg/m2", Y, "lurbinectedin dose"),
 ("a-1200", A, "plus atezolizumab 1200 mg intravenously", "1200 mg", "dose", 1200, 1200, "mg", Y, "atezolizumab dose q3w"),
 ("a-1200b", A, "or atezolizumab 1200 mg alone", "1200 mg", "dose", 1200, 1200, "mg", N, "atezolizumab dose control (repeat)"),
 ("a-3wk", A, "every 3 weeks until", "3 weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("a-two", A, "The two primary endpoints", "two", "count", 2, 2, "endpoints", N, "design"),
 ("a-12m-meth", A, "difference in 12-month overall survival was estimated", "12-month", "duration", 12, 12, "months", N, "timepoint"),
 ("a-660", A, "N = 660", "660", "count", 660, 660, "patients", Y, "imforte induction enrolment"),
 ("a-483", A, "induction phase, 483 (73%)", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("a-73", A, "483 (73%)", "73%", "percent", 73, 73, "%", Y, "share of enrolled randomized"),
 ("a-242", A, "n=242", "242", "count", 242, 242, "patients", Y, "combination arm n"),
 ("a-241", A, "n=241", "241", "count", 241, 241, "patients", Y, "atezolizumab arm n"),
 ("a-150", A, "median follow-up of 15.0 months", "15.0 months", "duration", 15.0, 15.0, "months", Y, "median follow-up"),
 ("a-54", A, "survival was 5.4 months (95% CI", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("a-54ci", A, "(95% CI 4.2–5.8)", "4.2–5.8", "duration", 4.2, 5.8, "months", Y, "ci"),
 ("a-21", A, "and 2.1 months (1.6–2.7)", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("a-21ci", A, "(1.6–2.7)", "1.6–2.7", "duration", 1.6, 2.7, "months", Y, "ci"),
 ("a-hr54", A, "[HR] 0.54", "0.54", "ratio", 0.54, 0.54, "HR", Y, "pfs hazard ratio"),
 ("a-hr54ci", A, "95% CI 0.43–0.67", "0.43–0.67", "ratio", 0.43, 0.67, "HR", Y, "ci"),
 ("a-p1", A, "P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-412", A, "were 41.2% versus 18.7%", "41.2%", "percent", 41.2, 41.2, "%", Y, "6-month pfs combination"),
 ("a-187", A, "41.2% versus 18.7%", "18.7%", "percent", 18.7, 18.7, "%", Y, "6-month pfs atezolizumab alone"),
 ("a-6mo", A, "18.7% at 6 months", "6 months", "duration", 6, 6, "months", N, "timepoint"),
 ("a-205", A, "and 20.5% versus 12.0%", "20.5%", "percent", 20.5, 20.5, "%", Y, "12-month pfs combination"),
 ("a-120", A, "20.5% versus 12.0%", "12.0%", "percent", 12.0, 12.0, "%", Y, "12-month pfs atezolizumab alone"),
 ("a-12mo", A, "12.0% at 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("a-132", A, "survival was 13.2 months (95% CI", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("a-132ci", A, "11.9–16.4", "11.9–16.4", "duration", 11.9, 16.4, "months", Y, "ci"),
 ("a-106", A, "versus 10.6 months (9.5–12.2)", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("a-106ci", A, "(9.5–12.2)", "9.5–12.2", "duration", 9.5, 12.2, "months", Y, "ci"),
 ("a-hr73", A, "stratified HR 0.73", "0.73", "ratio", 0.73, 0.73, "HR", Y, "os hazard ratio"),
 ("a-hr73ci", A, "0.57–0.95", "0.57–0.95", "ratio", 0.57, 0.95, "HR", Y, "ci"),
 ("a-p2", A, "P=0.0174", "0.0174", "pvalue", 0.0174, 0.0174, "p", N, "p-value"),
 ("a-12mr", A, "The 12-month overall survival rate", "12-month", "duration", 12, 12, "months", N, "timepoint"),
 ("a-563", A, "was 56.3% in the combination", "56.3%", "percent", 56.3, 56.3, "%", Y, "12-month os combination"),
 ("a-441", A, "and 44.1% in the atezolizumab", "44.1%", "percent", 44.1, 44.1, "%", Y, "12-month os atezolizumab alone"),
 ("a-diff", A, "of −12.2 percentage points", "−12.2 percentage points", "percent", -12.2, -12.2, "pp", Y, "12-month os difference (control minus combination)"),
 ("a-diffci", A, "(95% CI −21.1 to −3.3)", "−21.1 to −3.3", "percent", -21.1, -3.3, "pp", Y, "ci"),
 ("a-256", A, "occurred in 25.6% of patients", "25.6%", "percent", 25.6, 25.6, "%", Y, "grade 3-4 trae combination"),
 ("a-58", A, "and 5.8% in the atezolizumab", "5.8%", "percent", 5.8, 5.8, "%", Y, "grade 3-4 trae atezolizumab alone"),
 ("a-62", A, "in 6.2% and 3.3%", "6.2%", "percent", 6.2, 6.2, "%", Y, "discontinuation for aes combination"),
 ("a-33", A, "6.2% and 3.3%", "3.3%", "percent", 3.3, 3.3, "%", Y, "discontinuation for aes atezolizumab alone"),
 ("a-ref1", A, "N Engl J Med 2018", "2018", "date", 2018, 2018, "year", N, "reference year"),
 ("a-ref2", A, "Lancet Oncol 2020", "2020", "date", 2020, 2020, "year", N, "reference year"),

 # ---- LU04 explainer (2025-10-15)
 ("e-upd", E, "Updated October 15, 2025", "October 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-oneside", E, "beyond one side of the chest", "one", "count", 1, 1, "sides", N, "definition"),
 ("e-23", E, "About two-thirds of people", "two-thirds", "percent", 66.7, 66.7, "%", Y, "share extensive-stage at diagnosis"),
 ("e-3", E, "only about 3% of people", "3%", "percent", 3, 3, "%", Y, "5-year survival, extensive-stage sclc"),
 ("e-5y", E, "alive five years after", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("e-four", E, "four rounds of chemotherapy", "four", "count", 4, 4, "cycles", Y, "induction cycles"),
 ("e-3wk-ind", E, "given every three weeks. Most", "three weeks", "duration", 3, 3, "weeks", Y, "induction cycle interval"),
 ("e-oct2", E, "On October 2, 2025", "October 2, 2025", "date", 2025, 2025, "year", Y, "fda approval of combination"),
 ("e-483", E, "alone in 483 people", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("e-132", E, "a median of 13.2 months after", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("e-106", E, "compared with 10.6 months on", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("e-54", E, "a median of 5.4 months versus", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("e-21", E, "versus 2.1 months. The", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("e-46", E, "or of death by 46%", "46%", "percent", 46, 46, "%", Y, "pfs risk reduction"),
 ("e-1yr", E, "At one year, about 44%", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-44", E, "about 44% of people on the combination", "44%", "percent", 44, 44, "%", Y, "12-month os combination"),
 ("e-half", E, "half of the people in a group", "half", "percent", 50, 50, "%", N, "definition of median"),
 ("e-once", E, "same day, once every", "once", "count", 1, 1, "doses", N, "frequency"),
 ("e-3wk", E, "once every three weeks, at an infusion", "three weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("e-32", E, "by body size, 3.2 mg/m²", "3.2 mg/m²", "dose", 3.2, 3.2, "mg/m2", Y, "lurbinectedin dose"),
 ("e-hour", E, "over about an hour", "about an hour", "duration", 1, 1, "hours", Y, "lurbinectedin infusion time"),
 ("e-1680", E, "given at 1,680 mg", "1,680 mg", "dose", 1680, 1680, "mg", Y, "atezolizumab dose q3w"),
 ("e-3wk2", E, "1,680 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "atezolizumab interval"),
 ("e-1in4", E, "About one in four people", "one in four", "percent", 25, 25, "%", N, "grade 3-4 trae combination (approx.)"),
 ("e-26", E, "(26%)", "26%", "percent", 26, 26, "%", Y, "grade 3-4 trae combination"),
 ("e-6", E, "about 6% on atezolizumab", "6%", "percent", 6, 6, "%", Y, "grade 3-4 trae atezolizumab alone"),
 ("e-26dose", E, "first to 2.6 mg/m²", "2.6 mg/m²", "dose", 2.6, 2.6, "mg/m2", Y, "first dose-reduction level"),
 ("e-20dose", E, "then to 2.0 mg/m²", "2.0 mg/m²", "dose", 2.0, 2.0, "mg/m2", Y, "second dose-reduction level"),
 ("e-2021", E, "first approved it in 2021", "2021", "date", 2021, 2021, "year", Y, "zepzelca accelerated approval (2l)"),
 ("e-35", E, "which 35% of patients", "35%", "percent", 35, 35, "%", Y, "basket trial response rate"),
 ("e-6633", E, "$6,633 per vial", "$6,633", "money", 6633, 6633, "USD", Y, "launch list price per vial"),
 ("e-onevial", E, "more than one vial per dose", "one", "count", 1, 1, "vials", N, "vials per dose (lower bound)"),

 # ---- LU05 blog (2025-11-10)
 ("b-date", B, "November 10, 2025", "November 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-month", B, "A month into building", "A month", "duration", 1, 1, "months", N, "aside"),
 ("b-2019", B, "PharmaMar in late 2019", "late 2019", "date", 2019, 2019, "year", Y, "jazz-pharmamar licence year"),
 ("b-oct24", B, "in October 2024 for first-line", "October 2024", "date", 2024, 2024, "year", Y, "fda approval of combination"),
 ("b-660", B, "IMforte randomized 660 people", "660", "count", 660, 660, "patients", Y, "imforte randomized"),
 ("b-four", B, "after four cycles of carboplatin", "four", "count", 4, 4, "cycles", Y, "induction cycles"),
 ("b-half1", B, "half to lurbinectedin", "half", "percent", 50, 50, "%", N, "allocation"),
 ("b-half2", B, "and half to atezolizumab alone", "half", "percent", 50, 50, "%", N, "allocation"),
 ("b-21", B, "went from 2.1 to 5.4 months", "2.1", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("b-54", B, "from 2.1 to 5.4 months", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("b-double", B, "more than double", "double", "ratio", 2, 2, "x", N, "pfs ratio"),
 ("b-41", B, "and 41% were still", "41%", "percent", 41, 41, "%", Y, "12-month pfs combination"),
 ("b-1yr", B, "progression-free at one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-106", B, "was 10.6 months versus 13.2 months", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("b-132", B, "10.6 months versus 13.2 months", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("b-1yr2", B, "At one year, 56%", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-56", B, "56% of patients on the combination", "56%", "percent", 56, 56, "%", Y, "12-month os combination"),
 ("b-3mo", B, "a 3-month improvement", "3-month", "duration", 3, 3, "months", Y, "median os gain (quoted)"),
 ("b-2curves", B, "sketch of two survival curves", "two", "count", 2, 2, "curves", N, "image caption"),
 ("b-32", B, "The dose is 3.2 mg/m²", "3.2 mg/m²", "dose", 3.2, 3.2, "mg/m2", Y, "lurbinectedin dose"),
 ("b-60", B, "over 60 minutes every", "60 minutes", "duration", 60, 60, "minutes", Y, "lurbinectedin infusion time"),
 ("b-21d", B, "every 21 days, with", "21 days", "duration", 21, 21, "days", Y, "cycle interval"),
 ("b-4mg", B, "as a 4-mg vial", "4-mg", "dose", 4, 4, "mg", Y, "vial strength"),
 ("b-19", B, "surface area of 1.9 m²", "1.9 m²", "other", 1.9, 1.9, "m2", N, "example body surface area"),
 ("b-61", B, "needs about 6.1 mg", "6.1 mg", "dose", 6.1, 6.1, "mg", N, "example dose (computed)"),
 ("b-2vials", B, "so two vials", "two", "count", 2, 2, "vials", Y, "vials per infusion"),
 ("b-6633", B, "launch list price of $6,633", "$6,633", "money", 6633, 6633, "USD", Y, "launch list price per vial"),
 ("b-13300", B, "roughly $13,300", "$13,300", "money", 13300, 13300, "USD", Y, "lurbinectedin cost per cycle at launch price"),
 ("b-2020", B, "risen since 2020", "2020", "date", 2020, 2020, "year", Y, "zepzelca launch year"),
 ("b-1500", B, "below 1,500", "1,500", "count", 1500, 1500, "cells/mm3", Y, "anc threshold"),
 ("b-100k", B, "below 100,000", "100,000", "count", 100000, 100000, "cells/mm3", Y, "platelet threshold"),
 ("b-dayafter", B, "pegfilgrastim the day after every infusion", "the day after", "duration", 1, 1, "days", N, "g-csf timing"),
 ("b-big4", B, "the big four", "four", "count", 4, 4, "side effects", N, "aside"),
 ("b-6", B, "About 6% of patients", "6%", "percent", 6, 6, "%", Y, "discontinuation for aes combination"),
 ("b-9wk", B, "first nine weeks", "nine weeks", "duration", 9, 9, "weeks", Y, "window when most aes occur"),
 ("b-63m", B, "$63.0 million", "$63.0 million", "money", 63000000, 63000000, "USD", Y, "zepzelca q1 2025 sales"),
 ("b-2025", B, "first quarter of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-yrearlier", B, "from a year earlier", "a year earlier", "duration", 1, 1, "years", N, "comparison period"),
 ("b-16", B, "down 16% from", "16%", "percent", 16, 16, "%", Y, "zepzelca q1 2025 sales decline"),
 ("b-3035", B, "roughly 30,000 to 35,000", "30,000 to 35,000", "count", 30000, 35000, "cases", Y, "us sclc cases per year"),
 ("b-3wk", B, "infusion centre every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("b-one", B, "One practical oncology", "One", "count", 1, 1, "posts", N, "newsletter box"),
 ("b-five", B, "Five things I wish", "Five", "count", 5, 5, "things", N, "related link"),
 ("b-31", B, "31 comments", "31", "count", 31, 31, "comments", N, "page furniture"),

 # ---- LU06 local/trade, hard-wrapped (2025-11-26, Wednesday)
 ("l-dl", L, "Wednesday, 26 November 2025", "Wednesday, 26 November 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-mon", L, "Swissmedic, on Monday approved", "Monday", "date", 2025, 2025, "year", Y, "swissmedic approval (nov 24 2025)"),
 ("l-2023", L, "relapsed disease in 2023", "2023", "date", 2023, 2023, "year", Y, "swiss temporary authorisation (monotherapy)"),
 ("l-lastmo", L, "U.S. approval last month", "last month", "date", 2025, 2025, "year", Y, "fda approval of combination"),
 ("l-jun", L, "priority review in June of last year", "June of last year", "date", 2024, 2024, "year", Y, "priority review granted"),
 ("l-6mo", L, "review time to six months", "six months", "duration", 6, 6, "months", Y, "priority review target time"),
 ("l-ten", L, "from the standard ten", "ten", "duration", 10, 10, "months", Y, "standard review target time"),
 ("l-164", L, "lived a median of 16.4 months", "16.4 months", "duration", 16.4, 16.4, "months", Y, "median os combination"),
 ("l-106", L, "against 10.6 months with", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("l-54", L, "survival was 5.4 months", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("l-21", L, "against 2.1 months", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("l-26", L, "lurbinectedin at 2.6 mg/m²", "2.6 mg/m²", "dose", 2.6, 2.6, "mg/m2", Y, "lurbinectedin dose"),
 ("l-3wk", L, "both given every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("l-660", L, "enrolled 660 patients", "660", "count", 660, 660, "patients", Y, "imforte induction enrolment"),
 ("l-483", L, "the 483 whose disease", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("l-1yr", L, "At one year, 56.3%", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-563", L, "56.3% of patients on the combination", "56.3%", "percent", 56.3, 56.3, "%", Y, "12-month os combination"),
 ("l-441", L, "compared with 44.1% on", "44.1%", "percent", 44.1, 44.1, "%", Y, "12-month os atezolizumab alone"),
 ("l-may", L, "Medicines Agency in May", "May", "date", 2025, 2025, "year", Y, "ema maa submission"),
 ("l-2026", L, "not expected before 2026", "2026", "date", 2026, 2026, "year", N, "chmp opinion forecast"),
 ("l-67", L, "about 67 days", "67 days", "duration", 67, 67, "days", Y, "ec decision lag after chmp"),
 ("l-300m", L, "paid $300 million", "$300 million", "money", 300000000, 300000000, "USD", Y, "jazz upfront payment to pharmamar"),
 ("l-dec19", L, "in December 2019", "December 2019", "date", 2019, 2019, "year", Y, "jazz-pharmamar licence year"),
 ("l-1bn", L, "up to $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "licence deal total value"),
 ("l-gbp", L, "£3,807.69", "£3,807.69", "money", 3807.69, 3807.69, "GBP", Y, "uk atezolizumab list price per vial"),
 ("l-1200", L, "per 1,200 mg vial", "1,200 mg", "dose", 1200, 1200, "mg", Y, "atezolizumab vial size"),
 ("l-3wk2", L, "second drug every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("l-endyr", L, "before the end of the year", "the end of the year", "date", 2025, 2025, "year", N, "expected first patients"),
 ("l-74", L, "rose 7.4% in early", "7.4%", "percent", 7.4, 7.4, "%", Y, "pharmamar early share rise after approval"),
 ("l-dayafter", L, "on the day after the FDA decision", "the day after", "date", 2025, 2025, "year", N, "share move day"),
 ("l-eur", L, "to €99.90", "€99.90", "money", 99.9, 99.9, "EUR", Y, "pharmamar share price"),

 # ---- LU07 fact-check (2025-10-24)
 ("f-hyear", F, "add \"a full year of life\"", "a full year", "duration", 1, 1, "years", N, "headline (claim)"),
 ("f-h500", F, "and cost $500,000 a year?", "$500,000", "money", 500000, 500000, "USD", N, "headline (claim)"),
 ("f-date", F, "October 24, 2025", "October 24, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-cyear", F, "patients \"an extra year of life\"", "an extra year", "duration", 1, 1, "years", N, "post claim (attributed)"),
 ("f-c500", F, "costs more than $500,000 a year per patient", "$500,000", "money", 500000, 500000, "USD", N, "post claim (attributed)"),
 ("f-vyear", F, "in months, not a year", "a year", "duration", 1, 1, "years", N, "verdict"),
 ("f-oct2", F, "On Oct. 2, the U.S.", "Oct. 2", "date", 2025, 2025, "year", Y, "fda approval of combination"),
 ("f-oct24", F, "said in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "topline announcement"),
 ("f-483", F, "randomly assigned 483 patients", "483", "count", 483, 483, "patients", Y, "imforte randomized"),
 ("f-jun24", F, "meeting in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "asco presentation"),
 ("f-132", F, "lived a median of 13.2 months", "13.2 months", "duration", 13.2, 13.2, "months", Y, "median os combination"),
 ("f-106", F, "compared with 10.6 months for", "10.6 months", "duration", 10.6, 10.6, "months", Y, "median os atezolizumab alone"),
 ("f-26", F, "a difference of 2.6 months", "2.6 months", "duration", 2.6, 2.6, "months", Y, "median os gain"),
 ("f-1yr", F, "At the one-year mark", "one-year", "duration", 1, 1, "years", N, "timepoint"),
 ("f-563", F, "mark, 56.3% of patients", "56.3%", "percent", 56.3, 56.3, "%", Y, "12-month os combination"),
 ("f-441", F, "compared with 44.1% of those", "44.1%", "percent", 44.1, 44.1, "%", Y, "12-month os atezolizumab alone"),
 ("f-12pp", F, "about 12 percentage points", "12 percentage points", "percent", 12, 12, "pp", Y, "12-month os difference"),
 ("f-qyear", F, "where \"an extra year\" came from", "an extra year", "duration", 1, 1, "years", N, "post claim repeat"),
 ("f-1yrrate", F, "misreading of the one-year survival", "one-year", "duration", 1, 1, "years", N, "timepoint"),
 ("f-132b", F, "of the 13.2-month median", "13.2-month", "duration", 13.2, 13.2, "months", N, "repeat"),
 ("f-moreyear", F, "\"more than a year of life.\"", "a year", "duration", 1, 1, "years", N, "quoted posts"),
 ("f-27", F, "death by 27% is meaningful", "27%", "percent", 27, 27, "%", Y, "os risk reduction"),
 ("f-buys", F, "it buys a year", "a year", "duration", 1, 1, "years", N, "quote"),
 ("f-54", F, "survival was 5.4 months versus", "5.4 months", "duration", 5.4, 5.4, "months", Y, "median pfs combination"),
 ("f-21", F, "versus 2.1 months, a", "2.1 months", "duration", 2.1, 2.1, "months", Y, "median pfs atezolizumab alone"),
 ("f-46", F, "a 46% reduction", "46%", "percent", 46, 46, "%", Y, "pfs risk reduction"),
 ("f-25", F, "occurred in 25% of patients", "25%", "percent", 25, 25, "%", Y, "grade 3-4 trae combination"),
 ("f-6", F, "about 6% of those", "6%", "percent", 6, 6, "%", Y, "grade 3-4 trae atezolizumab alone"),
 ("f-2020", F, "in the U.S. since 2020", "2020", "date", 2020, 2020, "year", Y, "zepzelca launch / accelerated approval year"),
 ("f-6633", F, "cost of $6,633 per", "$6,633", "money", 6633, 6633, "USD", Y, "launch list price per vial"),
 ("f-4mg", F, "per 4-mg vial", "4-mg", "dose", 4, 4, "mg", Y, "vial strength"),
 ("f-32", F, "body size, 3.2 mg/m²", "3.2 mg/m²", "dose", 3.2, 3.2, "mg/m2", Y, "lurbinectedin dose"),
 ("f-2vials", F, "need two vials per infusion", "two", "count", 2, 2, "vials", Y, "vials per infusion"),
 ("f-13300", F, "about $13,300 per cycle", "$13,300", "money", 13300, 13300, "USD", Y, "lurbinectedin cost per cycle at launch price"),
 ("f-3wk", F, "Infusions are given every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "cycle interval"),
 ("f-17", F, "about 17 a year", "17", "count", 17, 17, "infusions", Y, "infusions per year"),
 ("f-230k", F, "roughly $230,000 a year for lurbinectedin", "$230,000", "money", 230000, 230000, "USD", Y, "annual lurbinectedin cost at launch price"),
 ("f-1200", F, "a 1,200 mg vial lists", "1,200 mg", "dose", 1200, 1200, "mg", Y, "atezolizumab vial size"),
 ("f-gbp", F, "£3,807.69 before discounts", "£3,807.69", "money", 3807.69, 3807.69, "GBP", Y, "uk atezolizumab list price per vial"),
 ("f-fullyr", F, "maintenance for a full year", "a full year", "duration", 1, 1, "years", N, "aside"),
 ("f-54b", F, "survival of 5.4 months, most", "5.4 months", "duration", 5.4, 5.4, "months", N, "repeat"),
 ("f-500b", F, "for a $500,000 annual", "$500,000", "money", 500000, 500000, "USD", N, "claim repeat"),
 ("f-7", F, "about 7% of people diagnosed", "7%", "percent", 7, 7, "%", Y, "5-year survival, sclc all stages"),
 ("f-5y", F, "alive five years later", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("f-ryear", F, "adds \"an extra year of life\" is false", "an extra year", "duration", 1, 1, "years", N, "ruling (claim repeat)"),
 ("f-r26", F, "improved by 2.6 months", "2.6 months", "duration", 2.6, 2.6, "months", N, "ruling repeat"),
 ("f-r106", F, "from 10.6 to 13.2 months", "10.6", "duration", 10.6, 10.6, "months", N, "ruling repeat"),
 ("f-r132", F, "10.6 to 13.2 months", "13.2 months", "duration", 13.2, 13.2, "months", N, "ruling repeat"),
 ("f-r1yr", F, "alive at one year rose", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("f-r441", F, "rose from 44.1% to 56.3%", "44.1%", "percent", 44.1, 44.1, "%", N, "ruling repeat"),
 ("f-r563", F, "44.1% to 56.3%", "56.3%", "percent", 56.3, 56.3, "%", N, "ruling repeat"),
 ("f-r500", F, "more than $500,000 a year is unsupported", "$500,000", "money", 500000, 500000, "USD", N, "ruling (claim repeat)"),
 ("f-r230", F, "roughly $230,000 for a full year", "$230,000", "money", 230000, 230000, "USD", N, "ruling repeat"),
 ("f-r230y", F, "$230,000 for a full year", "a full year", "duration", 1, 1, "years", N, "ruling"),
 ("f-s1", F, "approval announcement, Oct. 2, 2025", "Oct. 2, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2", F, "releases, Oct. 15, 2024", "Oct. 15, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s3", F, "2024, and Oct. 2, 2025", "Oct. 2, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s4", F, "The Lancet, 2025", "2025", "date", 2025, 2025, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: blog "October 2024" (topline month/year) vs 2025
 ("b-oct24", "w-thu", S), ("b-oct24", "p-oct2", S), ("b-oct24", "e-oct2", S), ("b-oct24", "f-oct2", S), ("b-oct24", "l-lastmo", S),
 # S2 12-month OS, combination arm: explainer 44% (control arm's figure) vs 56.3%
 ("e-44", "a-563", S), ("e-44", "p-563", S), ("e-44", "b-56", S), ("e-44", "l-563", S), ("e-44", "f-563", S),
 # S3 median OS, combination arm: trade 16.4 months (from diagnosis, +3.2 months induction) vs 13.2 from randomisation
 ("l-164", "w-132", S), ("l-164", "p-132", S), ("l-164", "a-132", S), ("l-164", "e-132", S), ("l-164", "b-132", S), ("l-164", "f-132", S),
 # S4 patients randomised: blog 660 (induction enrolment) vs 483
 ("b-660", "w-483", S), ("b-660", "p-483", S), ("b-660", "a-483", S), ("b-660", "e-483", S), ("b-660", "l-483", S), ("b-660", "f-483", S),
 # S5 grade 3-4 TRAEs, combination: fact-check 25% (25.6 truncated) vs 25.6% / 26%
 ("f-25", "w-256", S), ("f-25", "a-256", S), ("f-25", "p-26", S), ("f-25", "e-26", S),
 # S6 ASCO presentation year: fact-check June 2024 vs 2025
 ("f-jun24", "w-asco", S), ("f-jun24", "p-asco", S), ("f-jun24", "a-asco", S),
 # S7 atezolizumab dose every three weeks: explainer 1,680 mg (the every-4-weeks dose) vs 1,200 mg
 ("e-1680", "p-1200", S), ("e-1680", "a-1200", S),
 # S8 lurbinectedin dose: trade 2.6 mg/m2 (first dose-reduction level) vs 3.2
 ("l-26", "p-32", S), ("l-26", "a-32", S), ("l-26", "e-32", S), ("l-26", "b-32", S), ("l-26", "f-32", S),
 # S9 Zepzelca Q1 2025 sales: wire $75 million (Q1 2024 level) vs $63.0 million
 ("w-75m", "b-63m", S),
 # S10 accelerated approval year: explainer 2021 vs 2020
 ("e-2021", "w-2020aa", S), ("e-2021", "p-jun15", S), ("e-2021", "f-2020", S),
 # S11 12-month PFS, combination: blog 41% (the 6-month rate) vs 20.5%
 ("b-41", "a-205", S),
 # S12 PFS risk reduction: press 54% (HR 0.54 misread) vs 46%
 ("p-54", "w-46", S), ("p-54", "e-46", S), ("p-54", "f-46", S),
 # S13 priority review year: trade "June of last year" (-> 2024) vs June 2025
 ("l-jun", "w-june", S), ("l-jun", "p-jun25", S),
 # S14 discontinuation for AEs, combination: press 3.3% (control arm's rate) vs 6.2%
 ("p-33", "w-62", S), ("p-33", "a-62", S), ("p-33", "b-6", S),
 # S15 Jazz upfront payment: trade $300 million (upfront + 2020 milestone) vs $200 million
 ("l-300m", "w-200m", S),
 # S16 Jazz-PharmaMar licence year: wire 2020 vs December 2019
 ("w-lic2020", "b-2019", S), ("w-lic2020", "l-dec19", S),
 # Qualified
 ("e-23", "w-70", Q),          # share extensive-stage at diagnosis: "two-thirds" vs "around 70%" (real sources vary)
 ("w-9", "l-74", Q),           # PharmaMar share rise: intraday high vs early trading (real sources differ)
 ("b-3mo", "f-26", Q),         # OS gain: quoted "3-month" (rounded) vs 2.6 months
 ("w-30k", "b-3035", Q),       # US SCLC cases: 30,000 vs 30,000-35,000 range
 ("e-2021", "b-2020", Q),      # approval year vs launch-price year
 ("e-1680", "l-1200", Q),      # 1,680 mg q3w dose vs 1,200 mg vial (the q3w dose is one vial)
 ("e-1680", "f-1200", Q),
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
        rows.append({"type": "claim", "id": f"lu-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"lu-{a}", f"lu-{b}"
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
