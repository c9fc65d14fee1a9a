#!/usr/bin/env python3
"""Build alyftrek.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "alyftrek")
OUT = os.path.join(HERE, "alyftrek.gold.jsonl")
T = "alyftrek"

W, P, A, E, B, L, F = ("ay01_wire.txt", "ay02_press.txt", "ay03_abstract.txt",
                       "ay04_explainer.txt", "ay05_blog.txt", "ay06_local.txt", "ay07_factcheck.txt")
Y = True; N = False
NA = None

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- ay01 wire (2024-12-20, a Friday)
 ("w-h1", W, "Vertex's once-daily cystic fibrosis pill", "once-daily", "frequency", 1, 1, "per day", N, "headline dosing frequency"),
 ("w-dl", W, "BOSTON, Dec 20", "Dec 20", "date", 2024, 2024, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("w-od", W, "a once-daily pill branded", "once-daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("w-6", W, "for patients aged 6 and older, extending", "6", "age", 6, 6, "years", Y, "fda approved minimum age"),
 ("w-fifth", W, "is Vertex's fifth medicine", "fifth", "count", 5, 5, "medicines", N, "ordinal cf medicine"),
 ("w-31", W, "including 31 mutations", "31", "count", 31, 31, "mutations", Y, "additional responsive mutations"),
 ("w-1500", W, "about 1,500 people", "1,500", "count", 1500, 1500, "people", Y, "us people newly eligible for a modulator"),
 ("w-370", W, "$370,269 a year", "$370,269", "money", 370269, 370269, "USD", Y, "alyftrek annual list price (wac)"),
 ("w-jan", W, "would be available in January", "January", "date", 2025, 2025, "year", Y, "alyftrek availability/launch date"),
 ("w-40k", W, "About 40,000 people", "40,000", "count", 40000, 40000, "people", Y, "us people with cf"),
 ("w-oct19", W, "approved in October 2019", "October 2019", "date", 2019, 2019, "year", Y, "trikafta us approval date"),
 ("w-twice", W, "is taken twice a day", "twice", "frequency", 2, 2, "per day", N, "trikafta dosing frequency"),
 ("w-two1", W, "In two head-to-head trials", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("w-12", W, "patients aged 12 and older", "12", "age", 12, 12, "years", Y, "skyline minimum age"),
 ("w-24wk", W, "ppFEV1 through 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "primary endpoint timepoint"),
 ("w-two2", W, "The two 52-week studies", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("w-52", W, "The two 52-week studies", "52-week", "duration", 52, 52, "weeks", Y, "skyline trial duration"),
 ("w-398", W, "enrolled 398 and 573", "398", "count", 398, 398, "patients", Y, "skyline 102 enrolment"),
 ("w-573", W, "398 and 573 patients", "573", "count", 573, 573, "patients", Y, "skyline 103 enrolment"),
 ("w-86", W, "86% of patients on Alyftrek", "86%", "percent", 86, 86, "%", Y, "pooled share swcl<60 alyftrek"),
 ("w-60", W, "levels below 60 mmol/L", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "diagnostic threshold"),
 ("w-77", W, "with 77% of those", "77%", "percent", 77, 77, "%", Y, "pooled share swcl<60 trikafta"),
 ("w-52r", W, "A third, 52-week study", "52-week", "duration", 52, 52, "weeks", Y, "ridgeline study duration"),
 ("w-80", W, "about 80 children", "80", "count", 80, 80, "children", Y, "ridgeline enrolment (rounded)"),
 ("w-611", W, "aged 6 to 11 and found", "6 to 11", "age", 6, 11, "years", N, "ridgeline age range"),
 ("w-feb", W, "first released in February", "February", "date", 2024, 2024, "year", Y, "skyline/ridgeline topline results release"),
 ("w-sep", W, "Conference in September", "September", "date", 2024, 2024, "year", N, "nacfc presentation"),
 ("w-20y", W, "for more than 20 years", "20 years", "duration", 20, 20, "years", N, "quote"),
 ("w-30", W, "at around age 30", "30", "age", 30, 30, "years", Y, "historical typical age at death"),
 ("w-10b", W, "almost $10 billion in sales", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "vertex total sales 2023"),
 ("w-lastyr", W, "in sales last year", "last year", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-five", W, "launch five new medicines", "five", "count", 5, 5, "medicines", Y, "planned launches"),
 ("w-2028", W, "new medicines by 2028", "2028", "date", 2028, 2028, "year", Y, "launch target year"),
 ("w-endjan", W, "by the end of January", "January", "date", 2025, 2025, "year", N, "suzetrigine decision date (aside)"),
 ("w-onef", W, "have at least one F508del mutation", "one", "count", 1, 1, "mutations", N, "definition"),
 ("w-odq", W, "calling the once-daily dosing", "once-daily", "frequency", 1, 1, "per day", N, "paraphrased quote"),
 ("w-1y", W, "in the first year", "first year", "duration", 1, 1, "years", N, "aside"),

 # ---- ay02 press release (2025-07-01)
 ("p-h1", P, "a Once-Daily Next-in-Class CFTR Modulator for People", "Once-Daily", "frequency", 1, 1, "per day", N, "headline"),
 ("p-h6", P, "Ages 6 and Older", "6", "age", 6, 6, "years", N, "headline repeat"),
 ("p-one1", P, "CF who have at least one non-Class I", "one", "count", 1, 1, "mutations", N, "subtitle definition"),
 ("p-one2", P, "older who have at least one non-Class I", "one", "count", 1, 1, "mutations", N, "definition"),
 ("p-dl", P, "--July 1, 2025--", "July 1, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today", P, "(Nasdaq: VRTX) today announced", "today", "date", 2025, 2025, "year", Y, "ec approval date"),
 ("p-od1", P, "a once-daily next-in-class triple", "once-daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("p-6", P, "ages 6 years and older who have", "6", "age", 6, 6, "years", Y, "eu approved minimum age"),
 ("p-apr", P, "Medicines Agency in April", "April", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("p-thous", P, "Thousands of people", "Thousands", "count", NA, NA, "people", N, "quote (vague)"),
 ("p-od2", P, "new, once-daily medicine", "once-daily", "frequency", 1, 1, "per day", N, "quote"),
 ("p-1000", P, "more than 1,000 participants", "1,000", "count", 1000, 1000, "participants", Y, "phase 3 program size"),
 ("p-200", P, "more than 200 sites", "200", "count", 200, 200, "sites", Y, "phase 3 program sites"),
 ("p-20c", P, "more than 20 countries", "20", "count", 20, 20, "countries", Y, "phase 3 program countries"),
 ("p-two", P, "In two randomized", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("p-52", P, "double-blind, 52-week trials", "52-week", "duration", 52, 52, "weeks", Y, "skyline trial duration"),
 ("p-12", P, "in people ages 12 and older, SKYLINE", "12", "age", 12, 12, "years", Y, "skyline minimum age"),
 ("p-1s", P, "volume in 1 second", "1 second", "duration", 1, 1, "seconds", N, "definition (fev1)"),
 ("p-wk24a", P, "(ppFEV1) through Week 24", "Week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-wk24b", P, "SwCl through Week 24 was", "Week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-84", P, "was −8.4 mmol/L in SKYLINE 102", "−8.4 mmol/L", "concentration", -8.4, -8.4, "mmol/L", Y, "swcl ls mean difference skyline 102"),
 ("p-28", P, "and −2.8 mmol/L in SKYLINE 103", "−2.8 mmol/L", "concentration", -2.8, -2.8, "mmol/L", Y, "swcl ls mean difference skyline 103"),
 ("p-pv", P, "(P<0.0001 for both)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-86", P, "86% of participants on ALYFTREK", "86%", "percent", 86, 86, "%", Y, "pooled share swcl<60 alyftrek"),
 ("p-60a", P, "reached SwCl below 60 mmol/L, compared with 77%", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("p-77", P, "compared with 77% on KAFTRIO", "77%", "percent", 77, 77, "%", Y, "pooled share swcl<60 trikafta"),
 ("p-31", P, "and 31% reached levels", "31%", "percent", 31, 31, "%", Y, "pooled share swcl<30 alyftrek"),
 ("p-30a", P, "levels below 30 mmol/L, the range", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("p-onemut", P, "carry one CF mutation", "one", "count", 1, 1, "mutations", N, "definition (carrier)"),
 ("p-23", P, "compared with 23% on KAFTRIO", "23%", "percent", 23, 23, "%", Y, "pooled share swcl<30 trikafta"),
 ("p-24w", P, "a 24-week open-label study", "24-week", "duration", 24, 24, "weeks", Y, "ridgeline study duration"),
 ("p-78", P, "in 78 children", "78", "count", 78, 78, "children", Y, "ridgeline enrolment"),
 ("p-611", P, "ages 6 to 11 years, 95%", "6 to 11 years", "age", 6, 11, "years", N, "ridgeline age range"),
 ("p-95", P, "95% of children", "95%", "percent", 95, 95, "%", Y, "ridgeline share swcl<60"),
 ("p-60b", P, "children reached SwCl below 60 mmol/L and", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("p-53", P, "and 53% reached", "53%", "percent", 53, 53, "%", Y, "ridgeline share swcl<30"),
 ("p-30b", P, "53% reached levels below 30 mmol/L. ALYFTREK", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("p-three", P, "across all three studies", "three", "count", 3, 3, "studies", N, "aside"),
 ("p-12d", P, "For people 12 years and older", "12", "age", 12, 12, "years", N, "dosing age group"),
 ("p-40kg", P, "weighing 40 kg or more", "40 kg", "weight", 40, 40, "kg", Y, "adult-dose weight threshold (children)"),
 ("p-2tab", P, "is two tablets taken once daily", "two", "count", 2, 2, "tablets", Y, "tablets per daily dose (12+)"),
 ("p-od3", P, "two tablets taken once daily", "once daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("p-20mg", P, "a total of 20 mg of vanzacaftor", "20 mg", "dose", 20, 20, "mg", Y, "daily vanzacaftor dose (12+)"),
 ("p-100mg", P, "100 mg of tezacaftor", "100 mg", "dose", 100, 100, "mg", Y, "daily tezacaftor dose (12+)"),
 ("p-250mg", P, "250 mg of deutivacaftor", "250 mg", "dose", 250, 250, "mg", Y, "daily deutivacaftor dose (12+)"),
 ("p-twice", P, "KAFTRIO is dosed twice daily", "twice", "frequency", 2, 2, "per day", N, "trikafta dosing frequency"),
 ("p-3mo", P, "every 3 months during the first year", "3 months", "duration", 3, 3, "months", Y, "eu liver test interval, year one"),
 ("p-1y", P, "during the first year and", "first year", "duration", 1, 1, "years", N, "period"),
 ("p-dec24", P, "cleared it in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("p-2020", P, "U.S. FDA in 2020", "2020", "date", 2020, 2020, "year", Y, "trikafta us approval date"),
 ("p-94k", P, "approximately 94,000 people", "94,000", "count", 94000, 94000, "people", Y, "people with cf in us/europe/australia/canada"),
 ("p-twog", P, "inherit two defective", "two", "count", 2, 2, "genes", N, "genetics definition"),
 ("p-oneeach", P, "one from each parent", "one", "count", 1, 1, "genes", N, "genetics definition"),
 ("p-onef", P, "have at least one F508del mutation", "one", "count", 1, 1, "mutations", N, "genetics definition"),
 ("p-1989", P, "Founded in 1989", "1989", "date", 1989, 1989, "year", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),

 # ---- ay03 abstract (2025-03-10)
 ("a-tod", A, "response to once-daily vanzacaftor", "once-daily", "frequency", 1, 1, "per day", N, "title"),
 ("a-cod", A, "Conclusions: Once-daily", "Once-daily", "frequency", 1, 1, "per day", N, "conclusion"),
 ("a-pub", A, "Published online 10 March 2025", "10 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-ttwo", A, "pooled analysis of two randomised", "two", "count", 2, 2, "trials", N, "title"),
 ("a-30k", A, "about 30,000 people in the USA", "30,000", "count", 30000, 30000, "people", Y, "us people with cf"),
 ("a-twice", A, "taken twice daily, is", "twice", "frequency", 2, 2, "per day", N, "trikafta dosing frequency"),
 ("a-one", A, "at least one F508del allele", "one", "count", 1, 1, "alleles", N, "definition"),
 ("a-od", A, "is a once-daily combination", "once-daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("a-dec24", A, "approved in the USA in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("a-12us", A, "for people aged 12 years and older. We", "12", "age", 12, 12, "years", Y, "fda approved minimum age"),
 ("a-60t", A, "diagnostic threshold of 60 mmol/L", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("a-30t", A, "and below 30 mmol/L.", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("a-398", A, "N = 398", "398", "count", 398, 398, "participants", Y, "skyline 102 enrolment"),
 ("a-573", A, "N = 573", "573", "count", 573, 573, "participants", Y, "skyline 103 enrolment"),
 ("a-52", A, "active-controlled, 52-week trials", "52-week", "duration", 52, 52, "weeks", Y, "skyline trial duration"),
 ("a-12", A, "participants aged 12 years and older. After", "12", "age", 12, 12, "years", Y, "skyline minimum age"),
 ("a-2wk", A, "After a 2-week run-in", "2-week", "duration", 2, 2, "weeks", Y, "trikafta run-in duration"),
 ("a-11", A, "randomly assigned 1:1", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-20mg", A, "(20 mg/100 mg/250 mg", "20 mg", "dose", 20, 20, "mg", Y, "daily vanzacaftor dose (12+)"),
 ("a-100mg", A, "/100 mg/250 mg once", "100 mg", "dose", 100, 100, "mg", Y, "daily tezacaftor dose (12+)"),
 ("a-250mg", A, "/250 mg once daily)", "250 mg", "dose", 250, 250, "mg", Y, "daily deutivacaftor dose (12+)"),
 ("a-od2", A, "250 mg once daily) or", "once daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("a-wk24a", A, "from baseline through week 24, with", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-margin", A, "margin of −3.0 percentage points", "−3.0 percentage points", "percent", -3.0, -3.0, "pp", Y, "non-inferiority margin ppfev1"),
 ("a-wk16", A, "average of week 16 and week 24", "week 16", "duration", 16, 16, "weeks", N, "timepoint"),
 ("a-wk24b", A, "week 16 and week 24 values", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-24w", A, "cohort B was a 24-week", "24-week", "duration", 24, 24, "weeks", Y, "ridgeline study duration"),
 ("a-611", A, "children aged 6–11 years (N = 78)", "6–11 years", "age", 6, 11, "years", N, "ridgeline age range"),
 ("a-78", A, "(N = 78)", "78", "count", 78, 78, "children", Y, "ridgeline enrolment"),
 ("a-971", A, "comprised 971 participants", "971", "count", 971, 971, "participants", Y, "pooled randomised population"),
 ("a-486", A, "VNZ/TEZ/D-IVA n=486", "486", "count", 486, 486, "participants", Y, "pooled alyftrek arm"),
 ("a-485", A, "ELX/TEZ/IVA n=485", "485", "count", 485, 485, "participants", Y, "pooled trikafta arm"),
 ("a-02a", A, "0.2 percentage points (95% CI −0.7", "0.2 percentage points", "percent", 0.2, 0.2, "pp", Y, "ppfev1 ls mean difference skyline 102"),
 ("a-02aci", A, "(95% CI −0.7 to 1.1)", "−0.7 to 1.1", "percent", -0.7, 1.1, "pp", Y, "ci"),
 ("a-02b", A, "0.2 percentage points (95% CI −0.5", "0.2 percentage points", "percent", 0.2, 0.2, "pp", Y, "ppfev1 ls mean difference skyline 103"),
 ("a-02bci", A, "(95% CI −0.5 to 0.9)", "−0.5 to 0.9", "percent", -0.5, 0.9, "pp", Y, "ci"),
 ("a-wk24c", A, "SwCl through week 24 was", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-84", A, "was −8.4 mmol/L in SKYLINE 102", "−8.4 mmol/L", "concentration", -8.4, -8.4, "mmol/L", Y, "swcl ls mean difference skyline 102"),
 ("a-28", A, "and −2.8 mmol/L in SKYLINE 103", "−2.8 mmol/L", "concentration", -2.8, -2.8, "mmol/L", Y, "swcl ls mean difference skyline 103"),
 ("a-pv1", A, "(both P<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-60b", A, "SwCl below 60 mmol/L was reached", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("a-418", A, "reached by 418 of 486", "418", "count", 418, 418, "participants", Y, "pooled n swcl<60 alyftrek"),
 ("a-486b", A, "418 of 486 participants", "486", "count", 486, 486, "participants", N, "denominator repeat"),
 ("a-860", A, "(86.0%, 95% CI 82.6", "86.0%", "percent", 86.0, 86.0, "%", Y, "pooled share swcl<60 alyftrek"),
 ("a-860ci", A, "82.6–88.8", "82.6–88.8", "percent", 82.6, 88.8, "%", Y, "ci"),
 ("a-373", A, "and 373 of 485", "373", "count", 373, 373, "participants", Y, "pooled n swcl<60 trikafta"),
 ("a-485b", A, "373 of 485 on", "485", "count", 485, 485, "participants", N, "denominator repeat"),
 ("a-769", A, "(76.9%, 95% CI", "76.9%", "percent", 76.9, 76.9, "%", Y, "pooled share swcl<60 trikafta"),
 ("a-769ci", A, "73.0–80.4", "73.0–80.4", "percent", 73.0, 80.4, "%", Y, "ci"),
 ("a-91", A, "difference 9.1 percentage points", "9.1 percentage points", "percent", 9.1, 9.1, "pp", Y, "difference swcl<60"),
 ("a-91ci", A, "4.2–14.0", "4.2–14.0", "percent", 4.2, 14.0, "pp", Y, "ci"),
 ("a-pv2", A, "P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-30b", A, "SwCl below 30 mmol/L was reached by", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("a-151", A, "reached by 151 participants", "151", "count", 151, 151, "participants", Y, "pooled n swcl<30 alyftrek"),
 ("a-311", A, "(31.1%, 95% CI", "31.1%", "percent", 31.1, 31.1, "%", Y, "pooled share swcl<30 alyftrek"),
 ("a-311ci", A, "27.1–35.3", "27.1–35.3", "percent", 27.1, 35.3, "%", Y, "ci"),
 ("a-112", A, "versus 112 (23.1%", "112", "count", 112, 112, "participants", Y, "pooled n swcl<30 trikafta"),
 ("a-231", A, "(23.1%, 95% CI", "23.1%", "percent", 23.1, 23.1, "%", Y, "pooled share swcl<30 trikafta"),
 ("a-231ci", A, "19.6–27.0", "19.6–27.0", "percent", 19.6, 27.0, "%", Y, "ci"),
 ("a-80", A, "difference 8.0 percentage points", "8.0 percentage points", "percent", 8.0, 8.0, "pp", Y, "difference swcl<30"),
 ("a-80ci", A, "2.4–13.5", "2.4–13.5", "percent", 2.4, 13.5, "pp", Y, "ci"),
 ("a-pv3", A, "P=0.005", "0.005", "pvalue", 0.005, 0.005, "p", N, "p-value"),
 ("a-86r", A, "mean SwCl fell by 8.6 mmol/L", "8.6 mmol/L", "concentration", 8.6, 8.6, "mmol/L", Y, "ridgeline mean swcl reduction from trikafta baseline"),
 ("a-74", A, "74 of 78 children", "74", "count", 74, 74, "children", Y, "ridgeline n swcl<60"),
 ("a-78b", A, "74 of 78 children", "78", "count", 78, 78, "children", N, "denominator repeat"),
 ("a-949", A, "(94.9%, 95% CI", "94.9%", "percent", 94.9, 94.9, "%", Y, "ridgeline share swcl<60"),
 ("a-949ci", A, "87.5–98.0", "87.5–98.0", "percent", 87.5, 98.0, "%", Y, "ci"),
 ("a-60c", A, "reached SwCl below 60 mmol/L and 41", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("a-41", A, "and 41 (52.6%", "41", "count", 41, 41, "children", Y, "ridgeline n swcl<30"),
 ("a-526", A, "(52.6%, 95% CI", "52.6%", "percent", 52.6, 52.6, "%", Y, "ridgeline share swcl<30"),
 ("a-526ci", A, "41.6–63.3", "41.6–63.3", "percent", 41.6, 63.3, "%", Y, "ci"),
 ("a-30c", A, "reached SwCl below 30 mmol/L. Adverse", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("a-52b", A, "emerged over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "follow-up"),
 ("a-1in3", A, "roughly one in three", "one in three", "percent", 33.3, 33.3, "%", N, "summary"),
 ("a-half", A, "about half of children", "half", "percent", 50, 50, "%", N, "summary"),
 ("a-611b", A, "children aged 6–11, to SwCl", "6–11", "age", 6, 11, "years", N, "age range repeat"),
 ("a-30d", A, "concentrations below 30 mmol/L. Whether", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),

 # ---- ay04 explainer (2025-02-14)
 ("e-tod", E, "the once-a-day CF pill", "once-a-day", "frequency", 1, 1, "per day", N, "title"),
 ("e-single", E, "prefer a single daily dose", "single", "frequency", 1, 1, "per day", N, "aside"),
 ("e-upd", E, "Updated February 14, 2025", "February 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-twice", E, "which is taken twice a day", "twice", "frequency", 2, 2, "per day", N, "trikafta dosing frequency"),
 ("e-once", E, "Alyftrek is taken once a day", "once", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("e-dec20", E, "on December 20, 2024", "December 20, 2024", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("e-6", E, "for people 6 years and older", "6", "age", 6, 6, "years", Y, "fda approved minimum age"),
 ("e-one1", E, "have at least one F508del mutation or", "one", "count", 1, 1, "mutations", N, "definition"),
 ("e-13", E, "works on 13 more mutations", "13", "count", 13, 13, "mutations", Y, "additional responsive mutations"),
 ("e-150", E, "about 150 people", "150", "count", 150, 150, "people", Y, "us people newly eligible for a modulator"),
 ("e-two", E, "Two trials compared", "Two", "count", 2, 2, "trials", N, "number of trials"),
 ("e-12", E, "in people 12 and older. SKYLINE", "12", "age", 12, 12, "years", Y, "skyline minimum age"),
 ("e-398", E, "enrolled 398 people", "398", "count", 398, 398, "people", Y, "skyline 102 enrolment"),
 ("e-one2", E, "with one F508del mutation and", "one", "count", 1, 1, "mutations", N, "genotype definition"),
 ("e-one3", E, "mutation and one \"minimal", "one", "count", 1, 1, "mutations", N, "genotype definition"),
 ("e-573", E, "enrolled 573 people", "573", "count", 573, 573, "people", Y, "skyline 103 enrolment"),
 ("e-4wk", E, "for a four-week run-in", "four-week", "duration", 4, 4, "weeks", Y, "trikafta run-in duration"),
 ("e-02", E, "just 0.2 percentage points", "0.2 percentage points", "percent", 0.2, 0.2, "pp", Y, "ppfev1 difference (both trials)"),
 ("e-48", E, "by an extra 4.8 mmol/L in SKYLINE 102", "4.8 mmol/L", "concentration", 4.8, 4.8, "mmol/L", Y, "swcl difference skyline 102 (magnitude)"),
 ("e-28", E, "by 2.8 mmol/L in SKYLINE 103", "2.8 mmol/L", "concentration", 2.8, 2.8, "mmol/L", Y, "swcl difference skyline 103 (magnitude)"),
 ("e-feb24", E, "results in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "skyline/ridgeline topline results release"),
 ("e-78", E, "Alyftrek to 78 children", "78", "count", 78, 78, "children", Y, "ridgeline enrolment"),
 ("e-611", E, "aged 6 to 11 for 24 weeks", "6 to 11", "age", 6, 11, "years", N, "ridgeline age range"),
 ("e-24w", E, "6 to 11 for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "ridgeline study duration"),
 ("e-95", E, "Ninety-five percent reached", "Ninety-five percent", "percent", 95, 95, "%", Y, "ridgeline share swcl<60"),
 ("e-60", E, "level below 60 mmol/L, the cutoff", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("e-53", E, "and 53% got below", "53%", "percent", 53, 53, "%", Y, "ridgeline share swcl<30"),
 ("e-30", E, "got below 30 mmol/L", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("e-12d", E, "People 12 and older take", "12", "age", 12, 12, "years", N, "dosing age group"),
 ("e-2tab", E, "take two tablets (each", "two", "count", 2, 2, "tablets", Y, "tablets per daily dose (12+)"),
 ("e-10mg", E, "each 10 mg vanzacaftor", "10 mg", "dose", 10, 10, "mg", Y, "vanzacaftor per adult tablet"),
 ("e-50mg", E, "50 mg tezacaftor and 125", "50 mg", "dose", 50, 50, "mg", Y, "tezacaftor per adult tablet"),
 ("e-125mg", E, "125 mg deutivacaftor", "125 mg", "dose", 125, 125, "mg", Y, "deutivacaftor per adult tablet"),
 ("e-once2", E, "once a day with food", "once", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("e-611d", E, "Children aged 6 to 11 who weigh", "6 to 11", "age", 6, 11, "years", N, "dosing age group"),
 ("e-40a", E, "less than 40 kg", "40 kg", "weight", 40, 40, "kg", Y, "child-dose weight threshold"),
 ("e-3tab", E, "take three smaller tablets", "three", "count", 3, 3, "tablets", Y, "tablets per daily dose (6-11, <40 kg)"),
 ("e-4mg", E, "(4 mg, 20 mg", "4 mg", "dose", 4, 4, "mg", Y, "vanzacaftor per child tablet"),
 ("e-20mg", E, "4 mg, 20 mg and", "20 mg", "dose", 20, 20, "mg", Y, "tezacaftor per child tablet"),
 ("e-50mgc", E, "20 mg and 50 mg)", "50 mg", "dose", 50, 50, "mg", Y, "deutivacaftor per child tablet"),
 ("e-40b", E, "who weigh 40 kg or more", "40 kg", "weight", 40, 40, "kg", N, "threshold repeat"),
 ("e-2tabT", E, "means two tablets in the morning", "two", "count", 2, 2, "tablets", Y, "trikafta morning tablets"),
 ("e-oneT", E, "and one 150 mg ivacaftor", "one", "count", 1, 1, "tablets", N, "trikafta evening tablet"),
 ("e-150mg", E, "one 150 mg ivacaftor", "150 mg", "dose", 150, 150, "mg", Y, "trikafta evening ivacaftor dose"),
 ("e-12h", E, "about 12 hours apart", "12 hours", "duration", 12, 12, "hours", Y, "trikafta dosing interval"),
 ("e-1mo", E, "within the first month of treatment", "first month", "duration", 1, 1, "months", Y, "earliest reported liver injury"),
 ("e-15mo", E, "up to 15 months after starting", "15 months", "duration", 15, 15, "months", Y, "latest reported liver injury onset"),
 ("e-6mo", E, "every month for the first 6 months", "6 months", "duration", 6, 6, "months", Y, "us monthly liver-test period"),
 ("e-3mo", E, "every 3 months for the next", "3 months", "duration", 3, 3, "months", Y, "us liver test interval after 6 months"),
 ("e-12mo", E, "for the next 12 months", "12 months", "duration", 12, 12, "months", Y, "us 3-monthly liver-test period"),
 ("e-yr", E, "at least once a year", "once a year", "frequency", 1, 1, "per year", N, "long-term liver testing"),
 ("e-370", E, "list price at $370,269 a year", "$370,269", "money", 370269, 370269, "USD", Y, "alyftrek annual list price (wac)"),
 ("e-oct19", E, "launched in October 2019", "October 2019", "date", 2019, 2019, "year", Y, "trikafta us approval/launch date"),
 ("e-311", E, "at $311,503 a year", "$311,503", "money", 311503, 311503, "USD", Y, "trikafta annual list price at 2019 launch"),
 ("e-40k", E, "About 40,000 children and adults", "40,000", "count", 40000, 40000, "people", Y, "us people with cf"),
 ("e-92k", E, "more than 92,000 worldwide", "92,000", "count", 92000, 92000, "people", Y, "people with cf worldwide"),
 ("e-90", E, "Around 90% of people", "90%", "percent", 90, 90, "%", Y, "share of cf with at least one f508del"),
 ("e-onecopy", E, "at least one copy of F508del", "one", "count", 1, 1, "copies", N, "definition"),

 # ---- ay05 blog (2025-08-12)
 ("b-cap0", B, "organiser with one purple", "one", "count", 1, 1, "slots", N, "image alt text"),
 ("b-twotr", B, "pooling the two trials", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("b-h7", B, "Seven months on Alyftrek", "Seven months", "duration", 7, 7, "months", N, "headline (personal)"),
 ("b-date", B, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-cap1", B, "One slot a day", "One", "count", 1, 1, "slots", N, "image caption"),
 ("b-cap2", B, "a day instead of two.", "two", "count", 2, 2, "slots", N, "image caption"),
 ("b-jan", B, "to Alyftrek in January, a few weeks", "January", "date", 2025, 2025, "year", N, "personal switch date"),
 ("b-34", B, "I'm 34", "34", "age", 34, 34, "years", N, "personal"),
 ("b-2", B, "diagnosed at 2", "2", "age", 2, 2, "years", N, "personal"),
 ("b-twocopies", B, "I have two copies", "two", "count", 2, 2, "copies", N, "personal genotype"),
 ("b-jan25", B, "approved Alyftrek in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "fda approval date (alyftrek)"),
 ("b-6", B, "people aged 6 and up", "6", "age", 6, 6, "years", Y, "fda approved minimum age"),
 ("b-jul24", B, "followed in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "ec approval date"),
 ("b-oad", B, "It's a once-a-day pill", "once-a-day", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("b-2tab", B, "you take two tablets", "two", "count", 2, 2, "tablets", Y, "tablets per daily dose (12+)"),
 ("b-20mg", B, "20 mg of vanzacaftor", "20 mg", "dose", 20, 20, "mg", Y, "daily vanzacaftor dose (12+)"),
 ("b-100mg", B, "100 mg of tezacaftor", "100 mg", "dose", 100, 100, "mg", Y, "daily tezacaftor dose (12+)"),
 ("b-150mg", B, "150 mg of deutivacaftor", "150 mg", "dose", 150, 150, "mg", Y, "daily deutivacaftor dose (12+)"),
 ("b-52", B, "ran for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "skyline trial duration"),
 ("b-31", B, "31% of people on Alyftrek", "31%", "percent", 31, 31, "%", Y, "pooled share swcl<30 alyftrek"),
 ("b-30", B, "under 30 mmol/L", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("b-41", B, "on Trikafta was 41 mmol/L", "41 mmol/L", "concentration", 41, 41, "mmol/L", N, "personal swcl on trikafta"),
 ("b-3mo", B, "At my three-month check", "three-month", "duration", 3, 3, "months", N, "personal timepoint"),
 ("b-28", B, "check it was 28", "28", "concentration", 28, 28, "mmol/L", N, "personal swcl on alyftrek"),
 ("b-311", B, "about $311,000 a year", "$311,000", "money", 311000, 311000, "USD", Y, "alyftrek annual list price (wac)"),
 ("b-1024", B, "made $10.24 billion in 2024", "$10.24 billion", "money", 10240000000, 10240000000, "USD", Y, "trikafta 2024 revenue"),
 ("b-2024", B, "$10.24 billion in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-thisyr", B, "first quarter of this year", "this year", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-539", B, "brought in $53.9 million", "$53.9 million", "money", 53900000, 53900000, "USD", Y, "alyftrek q1 2025 revenue"),
 ("b-277", B, "revenue was $2.77 billion", "$2.77 billion", "money", 2770000000, 2770000000, "USD", Y, "vertex q1 2025 total revenue"),
 ("b-3", B, "up 3%. U.S.", "3%", "percent", 3, 3, "%", Y, "vertex q1 2025 total revenue growth"),
 ("b-us9", B, "U.S. revenue rose 9%", "9%", "percent", 9, 9, "%", Y, "vertex q1 2025 us revenue growth"),
 ("b-296", B, "climbed to $2.96 billion", "$2.96 billion", "money", 2960000000, 2960000000, "USD", Y, "vertex q2 2025 total revenue"),
 ("b-12", B, "up 12%", "12%", "percent", 12, 12, "%", Y, "vertex q2 2025 revenue growth"),
 ("b-110k", B, "110,000 prescriptions", "110,000", "count", 110000, 110000, "prescriptions", Y, "journavx prescriptions to q2 2025"),
 ("b-974", B, "forecasting $974 million", "$974 million", "money", 974000000, 974000000, "USD", Y, "analyst first-year alyftrek sales forecast"),
 ("b-1y", B, "in its first year and", "first year", "duration", 1, 1, "years", N, "forecast period"),
 ("b-73", B, "$7.3 billion by 2030", "$7.3 billion", "money", 7300000000, 7300000000, "USD", Y, "analyst 2030 alyftrek sales forecast"),
 ("b-2030", B, "$7.3 billion by 2030", "2030", "date", 2030, 2030, "year", N, "forecast year"),
 ("b-onept", B, "For me, one pill-time a day", "one", "count", 1, 1, "dosing times", N, "personal"),
 ("b-nl", B, "One email a month", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-rel5", B, "Trikafta at five", "five", "duration", 5, 5, "years", N, "related link"),
 ("b-rel25", B, "(2025 edition)", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-rel60", B, "why 60 and 30 matter", "60", "concentration", 60, 60, "mmol/L", N, "related link"),
 ("b-rel30", B, "60 and 30 matter", "30", "concentration", 30, 30, "mmol/L", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- ay06 trade news (2025-05-06), hard-wrapped
 ("l-od", L, "the once-daily Alyftrek", "once-daily", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("l-dl", L, "Tuesday, May 6, 2025", "May 6, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h539", L, "launch brings in $53.9 million", "$53.9 million", "money", 53900000, 53900000, "USD", N, "headline repeat"),
 ("l-mon", L, "quarter on Monday", "Monday", "date", 2025, 2025, "year", Y, "q1 results report date"),
 ("l-three", L, "strength of three launches", "three", "count", 3, 3, "launches", N, "aside"),
 ("l-9", L, "Revenue rose 9%", "9%", "percent", 9, 9, "%", Y, "vertex q1 2025 total revenue growth"),
 ("l-277", L, "9% to $2.77 billion", "$2.77 billion", "money", 2770000000, 2770000000, "USD", Y, "vertex q1 2025 total revenue"),
 ("l-285", L, "roughly $2.85 billion", "$2.85 billion", "money", 2850000000, 2850000000, "USD", Y, "consensus q1 revenue estimate"),
 ("l-406", L, "were $4.06 a share", "$4.06", "money", 4.06, 4.06, "USD/share", Y, "q1 adjusted eps"),
 ("l-429", L, "estimate of $4.29", "$4.29", "money", 4.29, 4.29, "USD/share", Y, "consensus eps estimate"),
 ("l-5", L, "fell 5% to", "5%", "percent", 5, 5, "%", Y, "q1 ex-us revenue decline"),
 ("l-111", L, "$1.11 billion, which", "$1.11 billion", "money", 1110000000, 1110000000, "USD", Y, "q1 ex-us revenue"),
 ("l-guide", L, "$11.85 billion to $12 billion", "$11.85 billion to $12 billion", "money", 11850000000, 12000000000, "USD", Y, "fy2025 revenue guidance"),
 ("l-10", L, "fell about 10%", "10%", "percent", 10, 10, "%", Y, "share price drop"),
 ("l-15b", L, "some $15 billion", "$15 billion", "money", 15000000000, 15000000000, "USD", Y, "market value lost"),
 ("l-539", L, "generated $53.9 million", "$53.9 million", "money", 53900000, 53900000, "USD", Y, "alyftrek q1 2025 revenue"),
 ("l-lastdec", L, "Alyftrek last December", "last December", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("l-6", L, "patients aged 6 and older", "6", "age", 6, 6, "years", Y, "fda approved minimum age"),
 ("l-mar", L, "launched in March", "March", "date", 2025, 2025, "year", N, "journavx launch (aside)"),
 ("l-25k", L, "about 25,000 times", "25,000", "count", 25000, 25000, "prescriptions", Y, "journavx prescriptions to q1 2025"),
 ("l-1102", L, "$11.02 billion in 2024", "$11.02 billion", "money", 11020000000, 11020000000, "USD", Y, "trikafta/kaftrio 2024 revenue (globaldata)"),
 ("l-2024", L, "$11.02 billion in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-2037", L, "runs to 2037", "2037", "date", 2037, 2037, "year", Y, "trikafta patent expiry"),
 ("l-2039", L, "until 2039", "2039", "date", 2039, 2039, "year", Y, "alyftrek patent expiry"),
 ("l-61", L, "sales of $6.1 billion", "$6.1 billion", "money", 6100000000, 6100000000, "USD", Y, "globaldata 2031 alyftrek sales forecast"),
 ("l-2031", L, "billion by 2031", "2031", "date", 2031, 2031, "year", N, "forecast year"),
 ("l-two", L, "The larger of the two", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("l-573", L, "with 573 patients", "573", "count", 573, 573, "patients", Y, "skyline 102 enrolment"),
 ("l-4wk", L, "for a four- week run-in", "four- week", "duration", 4, 4, "weeks", Y, "trikafta run-in duration"),
 ("l-68", L, "68% of patients", "68%", "percent", 68, 68, "%", Y, "pooled share swcl<60 alyftrek"),
 ("l-60", L, "sweat chloride below 60 mmol/L", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("l-lastfeb", L, "results last February", "last February", "date", 2025, 2025, "year", Y, "skyline/ridgeline topline results release"),
 ("l-370", L, "list price is $370,269", "$370,269", "money", 370269, 370269, "USD", Y, "alyftrek annual list price (wac)"),
 ("l-311", L, "the $311,503 Trikafta", "$311,503", "money", 311503, 311503, "USD", Y, "trikafta annual list price at 2019 launch"),
 ("l-2019", L, "approved in 2019", "2019", "date", 2019, 2019, "year", Y, "trikafta us approval date"),
 ("l-33b", L, "for $3.3 billion in 2014", "$3.3 billion", "money", 3300000000, 3300000000, "USD", Y, "royalty pharma purchase of cff royalties"),
 ("l-2014", L, "$3.3 billion in 2014", "2014", "date", 2014, 2014, "year", Y, "royalty sale date"),
 ("l-575", L, "for $575 million in 2020", "$575 million", "money", 575000000, 575000000, "USD", Y, "royalty pharma purchase of residual interest"),
 ("l-2020", L, "$575 million in 2020", "2020", "date", 2020, 2020, "year", Y, "residual royalty sale date"),
 ("l-janl", L, "since the January launch", "January", "date", 2025, 2025, "year", N, "alyftrek launch (aside)"),
 ("l-aug", L, "results in early August", "early August", "date", 2025, 2025, "year", N, "next report date"),

 # ---- ay07 fact-check (2025-01-22)
 ("f-twod", F, "the two drugs came out", "two", "count", 2, 2, "drugs", N, "aside"),
 ("f-dl", F, "Fact check · January 22, 2025", "January 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h500", F, "cost $500,000 a year and work", "$500,000", "money", 500000, 500000, "USD", N, "headline (claim under review)"),
 ("f-half", F, "costs half a million dollars a year", "half a million dollars", "money", 500000, 500000, "USD", N, "claim quote (attributed)"),
 ("f-dec20", F, "on Dec. 20 for people", "Dec. 20", "date", 2024, 2024, "year", Y, "fda approval date (alyftrek)"),
 ("f-6", F, "fibrosis aged 6 and older", "6", "age", 6, 6, "years", Y, "fda approved minimum age"),
 ("f-single", F, "It is a single daily dose", "single", "frequency", 1, 1, "per day", N, "dosing frequency"),
 ("f-twice", F, "Trikafta is taken twice a day", "twice", "frequency", 2, 2, "per day", N, "trikafta dosing frequency"),
 ("f-370", F, "is $370,269 a year, according", "$370,269", "money", 370269, 370269, "USD", Y, "alyftrek annual list price (wac)"),
 ("f-370r", F, "roughly $370,000", "$370,000", "money", 370000, 370000, "USD", Y, "alyftrek annual list price (rounded)"),
 ("f-not500", F, "not $500,000. It", "$500,000", "money", 500000, 500000, "USD", N, "claim under review"),
 ("f-halfm", F, "the half-million figure", "half-million", "money", 500000, 500000, "USD", N, "claim under review"),
 ("f-two", F, "in two 52-week trials", "two", "count", 2, 2, "trials", N, "number of trials"),
 ("f-52", F, "two 52-week trials", "52-week", "duration", 52, 52, "weeks", Y, "skyline trial duration"),
 ("f-12", F, "people aged 12 and older", "12", "age", 12, 12, "years", Y, "skyline minimum age"),
 ("f-398", F, "enrolled 398 patients", "398", "count", 398, 398, "patients", Y, "skyline 102 enrolment"),
 ("f-537", F, "SKYLINE 103 enrolled 537", "537", "count", 537, 537, "patients", Y, "skyline 103 enrolment"),
 ("f-lastfeb", F, "results last February", "last February", "date", 2024, 2024, "year", Y, "skyline/ridgeline topline results release"),
 ("f-sep", F, "conference in September", "September", "date", 2024, 2024, "year", N, "nacfc presentation"),
 ("f-24wk", F, "ppFEV1 through 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("f-02", F, "difference was 0.2 percentage points", "0.2 percentage points", "percent", 0.2, 0.2, "pp", Y, "ppfev1 difference (both trials)"),
 ("f-3", F, "margin of 3 points", "3 points", "percent", 3, 3, "pp", Y, "non-inferiority margin ppfev1 (magnitude)"),
 ("f-23", F, "23% of patients taking Alyftrek", "23%", "percent", 23, 23, "%", Y, "pooled share swcl<30 alyftrek"),
 ("f-30", F, "below 30 mmol/L, the range", "30 mmol/L", "concentration", 30, 30, "mmol/L", N, "threshold"),
 ("f-86", F, "and 86% got below", "86%", "percent", 86, 86, "%", Y, "pooled share swcl<60 alyftrek"),
 ("f-60", F, "the 60 mmol/L diagnostic line", "60 mmol/L", "concentration", 60, 60, "mmol/L", N, "threshold"),
 ("f-77", F, "compared with 77% on Trikafta", "77%", "percent", 77, 77, "%", Y, "pooled share swcl<60 trikafta"),
 ("f-hundreds", F, "These are hundreds of patients", "hundreds", "count", NA, NA, "patients", N, "quote (vague)"),
 ("f-1020", F, "over ten or twenty years", "ten or twenty years", "duration", 10, 20, "years", N, "quote"),
 ("f-31a", F, "approved for 31 mutations", "31", "count", 31, 31, "mutations", Y, "additional responsive mutations"),
 ("f-150", F, "about 150 people", "150", "count", 150, 150, "people", Y, "us people newly eligible for a modulator"),
 ("f-40k", F, "About 40,000 people", "40,000", "count", 40000, 40000, "people", Y, "us people with cf"),
 ("f-70k", F, "roughly 70,000 worldwide", "70,000", "count", 70000, 70000, "people", Y, "people with cf worldwide (cff)"),
 ("f-r500", F, "costs $500,000 a year is false", "$500,000", "money", 500000, 500000, "USD", N, "ruling restates claim"),
 ("f-r370", F, "the list price is $370,269.", "$370,269", "money", 370269, 370269, "USD", Y, "alyftrek annual list price (ruling)"),
 ("f-ronce", F, "taken once a day instead of twice", "once", "frequency", 1, 1, "per day", N, "ruling"),
 ("f-rtwice", F, "once a day instead of twice", "twice", "frequency", 2, 2, "per day", N, "ruling"),
 ("f-r31", F, "covers 31 additional mutations", "31", "count", 31, 31, "mutations", Y, "additional responsive mutations (ruling)"),
 ("f-s1", F, "news release, Dec. 20, 2024", "Dec. 20, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "Alyftrek, December 2024", "December 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s3", F, "results, Feb. 5, 2024", "Feb. 5, 2024", "date", 2024, 2024, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 SKYLINE 103 enrolment: 537 (ay07, transposed) vs 573
 ("f-537", "w-573", S), ("f-537", "a-573", S), ("f-537", "e-573", S),
 # S2 SKYLINE 102 enrolment: 573 (ay06, other trial's figure) vs 398
 ("l-573", "w-398", S), ("l-573", "a-398", S), ("l-573", "e-398", S), ("l-573", "f-398", S),
 # S3 SKYLINE 102 SwCl treatment difference: 4.8 (ay04, transposed) vs -8.4
 ("e-48", "p-84", S), ("e-48", "a-84", S),
 # S4 pooled share <30 mmol/L on Alyftrek: 23% (ay07, Trikafta arm swapped in) vs 31%
 ("f-23", "p-31", S), ("f-23", "a-311", S), ("f-23", "b-31", S),
 # S5 pooled share <60 mmol/L on Alyftrek: 68% (ay06, transposed) vs 86%
 ("l-68", "w-86", S), ("l-68", "p-86", S), ("l-68", "a-860", S), ("l-68", "f-86", S),
 # S6 RIDGELINE duration: 52-week (ay01, SKYLINE's length) vs 24-week
 ("w-52r", "p-24w", S), ("w-52r", "a-24w", S), ("w-52r", "e-24w", S),
 # S7 FDA approval year: January 2025 (ay05, launch month taken for approval) vs 2024
 ("b-jan25", "w-fri", S), ("b-jan25", "p-dec24", S), ("b-jan25", "a-dec24", S),
 ("b-jan25", "e-dec20", S), ("b-jan25", "l-lastdec", S), ("b-jan25", "f-dec20", S),
 # S8 EC approval year: July 2024 (ay05) vs "today" = 2025-07-01 (ay02)
 ("b-jul24", "p-today", S),
 # S9 Alyftrek annual list price: about $311,000 (ay05, Trikafta's 2019 price) vs $370,269
 ("b-311", "w-370", S), ("b-311", "e-370", S), ("b-311", "l-370", S),
 ("b-311", "f-370", S), ("b-311", "f-370r", S), ("b-311", "f-r370", S),
 # S10 US people newly eligible: 1,500 (ay01, tenfold) vs 150
 ("w-1500", "e-150", S), ("w-1500", "f-150", S),
 # S11 Q1 2025 total revenue growth: 9% (ay06, the U.S. growth rate) vs 3%
 ("l-9", "b-3", S),
 # S12 daily deutivacaftor dose: 150 mg (ay05, Trikafta's ivacaftor dose) vs 250 mg
 ("b-150mg", "p-250mg", S), ("b-150mg", "a-250mg", S),
 # S13 Trikafta US approval year: 2020 (ay02, Kaftrio's EU year) vs 2019
 ("p-2020", "w-oct19", S), ("p-2020", "e-oct19", S), ("p-2020", "l-2019", S),
 # S14 Trikafta run-in: 2-week (ay03) vs four-week
 ("a-2wk", "e-4wk", S), ("a-2wk", "l-4wk", S),
 # S15 topline results year: "last February" in a May 2025 story = 2025 (ay06) vs 2024
 ("l-lastfeb", "w-feb", S), ("l-lastfeb", "e-feb24", S), ("l-lastfeb", "f-lastfeb", S),
 # S16 additional mutations: 13 (ay04, transposed) vs 31
 ("e-13", "w-31", S), ("e-13", "f-31a", S), ("e-13", "f-r31", S),
 # S17 FDA-approved minimum age: 12 (ay03, the SKYLINE age) vs 6
 ("a-12us", "w-6", S), ("a-12us", "e-6", S), ("a-12us", "b-6", S), ("a-12us", "l-6", S), ("a-12us", "f-6", S),
 # Qualified
 ("b-1024", "l-1102", Q),
 ("f-70k", "e-92k", Q), ("f-70k", "p-94k", Q), ("e-92k", "p-94k", Q),
 ("a-30k", "w-40k", Q), ("a-30k", "e-40k", Q), ("a-30k", "f-40k", Q),
 ("a-12us", "p-6", Q),
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
        rows.append({"type": "claim", "id": f"ay-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ay-{a}", f"ay-{b}"
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
