#!/usr/bin/env python3
"""Build naion-semaglutide.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "naion-semaglutide")
OUT = os.path.join(HERE, "naion-semaglutide.gold.jsonl")
T = "naion-semaglutide"
PFX = "ns"

W, P, A, E, B, L, F = ("NS01_wire.txt", "NS02_press.txt", "NS03_abstract.txt",
                       "NS04_explainer.txt", "NS05_blog.txt", "NS06_local.txt", "NS07_factcheck.txt")
Y = True; N = False
PY = "per 10,000 person-years"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NS01 wire (2025-06-07)
 ("w-dl", W, "AMSTERDAM, June 7", "June 7", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "said on Friday", "Friday", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("w-eye1", W, "permanent loss of vision in one eye", "one", "count", 1, 1, "eyes", N, "eyes affected (aside)"),
 ("w-freq", W, "up to 1 in 10,000 people", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (up to)"),
 ("w-mtg", W, "met from Monday to Thursday", "Monday to Thursday", "date", 2025, 2025, "year", N, "prac meeting dates"),
 ("w-2fold", W, "roughly a two-fold increase", "two-fold", "ratio", 2, 2, "x", Y, "ema: risk increase in t2d"),
 ("w-1add", W, "about one additional case", "one", "rate", 1, 1, PY, Y, "ema: excess naion cases per 10,000 person-years"),
 ("w-10kpy", W, "every 10,000 person-years", "10,000", "count", 10000, 10000, "person-years", N, "rate denominator"),
 ("w-eye2", W, "painless loss of vision in one eye", "one", "count", 1, 1, "eyes", N, "eyes affected (aside)"),
 ("w-lastjul", W, "first surfaced last July", "last July", "date", 2024, 2024, "year", Y, "mee study publication date"),
 ("w-16827", W, "records of 16,827 patients", "16,827", "count", 16827, 16827, "patients", Y, "mee patients in registry"),
 ("w-4x", W, "more than four times as likely", "more than four times", "ratio", 4, 4, "x", Y, "mee t2d risk multiple"),
 ("w-428", W, "hazard ratio of 4.28", "4.28", "ratio", 4.28, 4.28, "HR", Y, "mee t2d hr"),
 ("w-428ci", W, "1.62 to 11.29", "1.62 to 11.29", "ratio", 1.62, 11.29, "HR", Y, "mee t2d hr 95% ci"),
 ("w-7x", W, "more than seven times as likely", "more than seven times", "ratio", 7, 7, "x", Y, "mee obesity risk multiple"),
 ("w-17", W, "17 patients on semaglutide", "17", "count", 17, 17, "patients", Y, "mee t2d semaglutide-arm naion events"),
 ("w-six", W, "against six on other drugs", "six", "count", 6, 6, "patients", Y, "mee t2d comparator naion events"),
 ("w-36mo", W, "over 36 months", "36 months", "duration", 36, 36, "months", N, "timepoint"),
 ("w-89", W, "months was 8.9%", "8.9%", "percent", 8.9, 8.9, "%", Y, "mee t2d semaglutide 36-month cumulative incidence"),
 ("w-18", W, "compared with 1.8%", "1.8%", "percent", 1.8, 1.8, "%", Y, "mee t2d comparator 36-month cumulative incidence"),
 ("w-march", W, "published in March", "March", "date", 2025, 2025, "year", N, "dk-no study publication"),
 ("w-44517", W, "44,517 semaglutide users", "44,517", "count", 44517, 44517, "users", Y, "dk-no danish semaglutide users"),
 ("w-16680", W, "16,680 in Norway", "16,680", "count", 16680, 16680, "users", Y, "dk-no norwegian semaglutide users"),
 ("w-281", W, "pooled hazard ratio of 2.81", "2.81", "ratio", 2.81, 2.81, "HR", Y, "dk-no pooled hr"),
 ("w-spring", W, "conducted in spring 2024", "spring 2024", "date", 2024, 2024, "year", N, "kff poll date"),
 ("w-12ever", W, "found that 12% of U.S.", "12%", "percent", 12, 12, "%", Y, "kff spring 2024: us adults ever taken glp-1"),
 ("w-6cur", W, "and 6% were taking", "6%", "percent", 6, 6, "%", Y, "kff spring 2024: us adults currently taking glp-1"),

 # ---- NS02 press release (2025-07-15)
 ("p-50k", P, "screen 50,000 patients", "50,000", "count", 50000, 50000, "patients", Y, "lumora forecast patients screened"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", N, "forecast target date"),
 ("p-dl", P, "BOSTON, July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-jun6", P, "the June 6, 2025 announcement", "June 6, 2025", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("p-freq", P, "affecting up to 1 in 10,000 people", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (up to)"),
 ("p-jun27", P, "On June 27, the World", "June 27", "date", 2025, 2025, "year", Y, "who alert date"),
 ("p-jul24", P, "first reported in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "mee study publication date"),
 ("p-16872", P, "records of 16,872 patients", "16,872", "count", 16872, 16872, "patients", Y, "mee patients in registry"),
 ("p-period", P, "between December 2017 and November 2023", "December 2017 and November 2023", "date", 2017, 2023, "year", N, "mee study period"),
 ("p-428", P, "NAION of 4.28", "4.28", "ratio", 4.28, 4.28, "HR", Y, "mee t2d hr"),
 ("p-764", P, "hazard ratio of 7.64", "7.64", "ratio", 7.64, 7.64, "HR", Y, "mee obesity hr"),
 ("p-217", P, "hazard ratio of 2.17 for semaglutide", "2.17", "ratio", 2.17, 2.17, "HR", Y, "dk-no pooled hr"),
 ("p-double", P, "more than doubled the risk", "doubled", "ratio", 2, 2, "x", Y, "danish nationwide cohort risk multiple"),
 ("p-5yr", P, "over five years of observation", "five years", "duration", 5, 5, "years", Y, "danish nationwide cohort follow-up"),
 ("p-10min", P, "A 10-minute retinal", "10-minute", "duration", 10, 10, "minutes", Y, "screening photo duration"),
 ("p-48h", P, "within 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "image review time"),
 ("p-4h", P, "within 4 hours", "4 hours", "duration", 4, 4, "hours", Y, "target specialist contact time"),
 ("p-49", P, "$49 per screening", "$49", "money", 49, 49, "USD", Y, "self-pay screening price"),
 ("p-jan", P, "pilot that began in January", "January", "date", 2025, 2025, "year", N, "pilot start"),
 ("p-1214", P, "screened 1,214", "1,214", "count", 1214, 1214, "patients", Y, "pilot patients screened"),
 ("p-14", P, "at 14 clinics", "14", "count", 14, 14, "clinics", Y, "pilot clinics"),
 ("p-200", P, "to 200 sites", "200", "count", 200, 200, "sites", Y, "planned sites by end of 2025"),
 ("p-22", P, "in 22 states", "22", "count", 22, 22, "states", Y, "planned states"),
 ("p-endyr", P, "by the end of the year", "end of the year", "date", 2025, 2025, "year", N, "expansion target date"),
 ("p-millions", P, "lives of millions of people", "millions", "count", None, None, "people", N, "vague (quote)"),
 ("p-oneeye", P, "usually in one eye", "one", "count", 1, 1, "eyes", N, "about section"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-600", P, "more than 600 partner", "600", "count", 600, 600, "locations", N, "about section"),
 ("p-31", P, "in 31 states", "31", "count", 31, 31, "states", N, "about section"),
 ("p-240", P, "about 240 people", "240", "count", 240, 240, "employees", N, "about section"),

 # ---- NS03 abstract (2025-09-12)
 ("a-pub", A, "Published online 12 September 2025", "12 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-2024", A, "A 2024 single-centre study", "2024", "date", 2024, 2024, "year", Y, "mee study publication year"),
 ("a-jun25", A, "and in June 2025 the European", "June 2025", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("a-30jun", A, "to 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "search end date"),
 ("a-two", A, "Two reviewers", "Two", "count", 2, 2, "reviewers", N, "methods detail"),
 ("a-4stud", A, "Four studies (six cohorts)", "Four", "count", 4, 4, "studies", Y, "studies included"),
 ("a-6coh", A, "Four studies (six cohorts)", "six", "count", 6, 6, "cohorts", Y, "cohorts included"),
 ("a-mee24", A, "Massachusetts Eye and Ear (2024)", "2024", "date", 2024, 2024, "year", N, "mee study year (label)"),
 ("a-16827", A, "N = 16 827", "16 827", "count", 16827, 16827, "patients", Y, "mee patients in registry"),
 ("a-710", A, "710 had T2D", "710", "count", 710, 710, "patients", Y, "mee t2d cohort size"),
 ("a-194", A, "semaglutide n=194", "194", "count", 194, 194, "patients", Y, "mee t2d semaglutide arm"),
 ("a-516", A, "comparator n=516", "516", "count", 516, 516, "patients", Y, "mee t2d comparator arm"),
 ("a-59", A, "median age 59 years", "59 years", "age", 59, 59, "years", Y, "mee t2d median age"),
 ("a-52f", A, "52% female", "52%", "percent", 52, 52, "%", Y, "mee t2d female share"),
 ("a-979", A, "979 had overweight", "979", "count", 979, 979, "patients", Y, "mee obesity cohort size"),
 ("a-361", A, "semaglutide n=361", "361", "count", 361, 361, "patients", Y, "mee obesity semaglutide arm"),
 ("a-618", A, "comparator n=618", "618", "count", 618, 618, "patients", Y, "mee obesity comparator arm"),
 ("a-47", A, "median age 47 years", "47 years", "age", 47, 47, "years", Y, "mee obesity median age"),
 ("a-72f", A, "72% female", "72%", "percent", 72, 72, "%", Y, "mee obesity female share"),
 ("a-17", A, "in 17 semaglutide users", "17", "count", 17, 17, "patients", Y, "mee t2d semaglutide-arm naion events"),
 ("a-6", A, "and 6 comparators", "6", "count", 6, 6, "patients", Y, "mee t2d comparator naion events"),
 ("a-36mo1", A, "36-month cumulative incidence 8.9%", "36-month", "duration", 36, 36, "months", N, "timepoint"),
 ("a-89", A, "incidence 8.9% (95% CI", "8.9%", "percent", 8.9, 8.9, "%", Y, "mee t2d semaglutide 36-month cumulative incidence"),
 ("a-89ci", A, "4.5–13.1", "4.5–13.1", "percent", 4.5, 13.1, "%", Y, "ci"),
 ("a-18", A, "vs 1.8% (95% CI", "1.8%", "percent", 1.8, 1.8, "%", Y, "mee t2d comparator 36-month cumulative incidence"),
 ("a-18ci", A, "(95% CI 0–3.5)", "0–3.5", "percent", 0, 3.5, "%", Y, "ci"),
 ("a-428", A, "HR 4.28", "4.28", "ratio", 4.28, 4.28, "HR", Y, "mee t2d hr"),
 ("a-428ci", A, "1.62–11.29", "1.62–11.29", "ratio", 1.62, 11.29, "HR", Y, "mee t2d hr 95% ci"),
 ("a-p1", A, "11.29; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-20", A, "20 vs 3 events", "20", "count", 20, 20, "patients", Y, "mee obesity semaglutide-arm naion events"),
 ("a-3", A, "20 vs 3 events", "3", "count", 3, 3, "patients", Y, "mee obesity comparator naion events"),
 ("a-67", A, "incidence 6.7% (95% CI", "6.7%", "percent", 6.7, 6.7, "%", Y, "mee obesity semaglutide 36-month cumulative incidence"),
 ("a-67ci", A, "3.6–9.7", "3.6–9.7", "percent", 3.6, 9.7, "%", Y, "ci"),
 ("a-08", A, "vs 0.8% (95% CI", "0.8%", "percent", 0.8, 0.8, "%", Y, "mee obesity comparator 36-month cumulative incidence"),
 ("a-08ci", A, "(95% CI 0–1.8)", "0–1.8", "percent", 0, 1.8, "%", Y, "ci"),
 ("a-764", A, "HR 7.64", "7.64", "ratio", 7.64, 7.64, "HR", Y, "mee obesity hr"),
 ("a-764ci", A, "2.21–26.36", "2.21–26.36", "ratio", 2.21, 26.36, "HR", Y, "mee obesity hr 95% ci"),
 ("a-p2", A, "26.36; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-36mo2", A, "in 36-month cumulative incidence among", "36-month", "duration", 36, 36, "months", N, "timepoint"),
 ("a-diff", A, "−2.2 percentage points", "−2.2 percentage points", "percent", -2.2, -2.2, "pp", Y, "semaglutide-arm cum. incidence, obesity minus t2d"),
 ("a-dk24", A, "Danish nationwide cohort (2024)", "2024", "date", 2024, 2024, "year", N, "study year (label)"),
 ("a-424", A, "424 152 persons", "424 152", "count", 424152, 424152, "persons", Y, "danish cohort size"),
 ("a-106", A, "106 454 exposed", "106 454", "count", 106454, 106454, "persons", Y, "danish cohort semaglutide-exposed"),
 ("a-pys", A, "1 915 120 person-years", "1 915 120", "count", 1915120, 1915120, "person-years", Y, "danish cohort person-years"),
 ("a-218", A, "218 developed NAION", "218", "count", 218, 218, "persons", Y, "danish cohort naion cases, all"),
 ("a-67ex", A, "67 of them exposed", "67", "count", 67, 67, "persons", Y, "danish cohort naion cases among semaglutide-exposed"),
 ("a-219", A, "HR 2.19", "2.19", "ratio", 2.19, 2.19, "HR", Y, "danish cohort hr"),
 ("a-219ci", A, "1.54–3.12", "1.54–3.12", "ratio", 1.54, 3.12, "HR", Y, "ci"),
 ("a-5yr", A, "over five years;", "five years", "duration", 5, 5, "years", Y, "danish cohort follow-up"),
 ("a-222mo", A, "22.2 months", "22.2 months", "duration", 22.2, 22.2, "months", Y, "danish cohort median time to naion"),
 ("a-dkno25", A, "active-comparator cohort (2025)", "2025", "date", 2025, 2025, "year", N, "study year (label)"),
 ("a-44517", A, "44 517 Danish", "44 517", "count", 44517, 44517, "users", Y, "dk-no danish semaglutide users"),
 ("a-16860", A, "16 860 Norwegian", "16 860", "count", 16860, 16860, "users", Y, "dk-no norwegian semaglutide users"),
 ("a-32", A, "32 NAION events", "32", "count", 32, 32, "events", Y, "dk-no naion events among semaglutide users"),
 ("a-24", A, "(24 in Denmark", "24", "count", 24, 24, "events", Y, "dk-no events denmark"),
 ("a-8", A, "8 in Norway", "8", "count", 8, 8, "events", Y, "dk-no events norway"),
 ("a-281", A, "pooled HR 2.81", "2.81", "ratio", 2.81, 2.81, "HR", Y, "dk-no pooled hr"),
 ("a-281ci", A, "1.67–4.75", "1.67–4.75", "ratio", 1.67, 4.75, "HR", Y, "ci"),
 ("a-dk217", A, "Denmark 2.17", "2.17", "ratio", 2.17, 2.17, "HR", Y, "dk-no denmark-only hr"),
 ("a-dk217ci", A, "1.20–3.92", "1.20–3.92", "ratio", 1.20, 3.92, "HR", Y, "ci"),
 ("a-no725", A, "Norway 7.25", "7.25", "ratio", 7.25, 7.25, "HR", Y, "dk-no norway-only hr"),
 ("a-no725ci", A, "2.34–22.4", "2.34–22.4", "ratio", 2.34, 22.4, "HR", Y, "ci"),
 ("a-ird", A, "difference +1.41", "+1.41", "rate", 1.41, 1.41, PY, Y, "dk-no incidence rate difference"),
 ("a-irdci", A, "0.53–2.29", "0.53–2.29", "rate", 0.53, 2.29, PY, Y, "ci"),
 ("a-10kpy1", A, "2.29) per 10 000 person-years", "10 000", "count", 10000, 10000, "person-years", N, "rate denominator"),
 ("a-tnx25", A, "TriNetX network (2025)", "2025", "date", 2025, 2025, "year", N, "study year (label)"),
 ("a-174", A, "174 584 matched", "174 584", "count", 174584, 174584, "patients", Y, "trinetx patients per arm"),
 ("a-45", A, "45 (0.026%)", "45", "count", 45, 45, "patients", Y, "trinetx semaglutide naion events"),
 ("a-0026", A, "(0.026%)", "0.026%", "percent", 0.026, 0.026, "%", Y, "trinetx semaglutide naion share"),
 ("a-29", A, "vs 29 (0.017%)", "29", "count", 29, 29, "patients", Y, "trinetx comparator naion events"),
 ("a-0017", A, "(0.017%)", "0.017%", "percent", 0.017, 0.017, "%", Y, "trinetx comparator naion share"),
 ("a-222", A, "HR 2.22", "2.22", "ratio", 2.22, 2.22, "HR", Y, "trinetx overall hr"),
 ("a-1yr", A, "in the first year", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("a-three", A, "across three independent", "three", "count", 3, 3, "estimates", Y, "estimates pooled"),
 ("a-358", A, "HR was 3.58", "3.58", "ratio", 3.58, 3.58, "HR", Y, "pooled random-effects hr"),
 ("a-358ci", A, "1.76–7.31", "1.76–7.31", "ratio", 1.76, 7.31, "HR", Y, "ci"),
 ("a-i50", A, "I²=50%", "50%", "percent", 50, 50, "%", Y, "heterogeneity i2"),
 ("a-p014", A, "heterogeneity=0.14", "0.14", "pvalue", 0.14, 0.14, "p", N, "p-value"),
 ("a-350", A, "gave 3.50", "3.50", "ratio", 3.50, 3.50, "HR", Y, "sensitivity pooled hr"),
 ("a-350ci", A, "1.69–7.27", "1.69–7.27", "ratio", 1.69, 7.27, "HR", Y, "ci"),
 ("a-i61", A, "I²=61%", "61%", "percent", 61, 61, "%", Y, "sensitivity heterogeneity i2"),
 ("a-24fold", A, "two- to four-fold", "two- to four-fold", "ratio", 2, 4, "x", Y, "relative risk range (conclusion)"),
 ("a-12add", A, "roughly 1 to 2 additional", "1 to 2", "rate", 1, 2, PY, Y, "absolute excess (conclusion)"),
 ("a-10kpy2", A, "additional cases per 10 000", "10 000", "count", 10000, 10000, "person-years", N, "rate denominator"),

 # ---- NS04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-oneeye", E, "vision of one eye", "one", "count", 1, 1, "eyes", N, "aside"),
 ("e-23", E, "roughly 2.3 new cases", "2.3", "rate", 2.3, 2.3, "per 100,000 per year", Y, "naion incidence, us general population"),
 ("e-100k", E, "every 100,000 people", "100,000", "count", 100000, 100000, "people", N, "rate denominator"),
 ("e-50", E, "more common after 50", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("e-jun25", E, "In June 2025 the European", "June 2025", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("e-freq", E, "may affect up to 1 in 10,000 people", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (up to)"),
 ("e-jun27", E, "safety alert on June 27", "June 27", "date", 2025, 2025, "year", Y, "who alert date"),
 ("e-jul24", E, "in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "mee study publication date"),
 ("e-20", E, "20 of the 194", "20", "count", 20, 20, "patients", Y, "mee t2d semaglutide-arm naion events"),
 ("e-194", E, "20 of the 194", "194", "count", 194, 194, "patients", Y, "mee t2d semaglutide arm"),
 ("e-6", E, "6 of 516", "6", "count", 6, 6, "patients", Y, "mee t2d comparator naion events"),
 ("e-516", E, "6 of 516", "516", "count", 516, 516, "patients", Y, "mee t2d comparator arm"),
 ("e-4x", E, "more than four times as likely", "more than four times", "ratio", 4, 4, "x", Y, "mee t2d risk multiple"),
 ("e-7x", E, "more than seven times as likely", "more than seven times", "ratio", 7, 7, "x", Y, "mee obesity risk multiple"),
 ("e-3yr", E, "Over three years, about 9%", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("e-9", E, "about 9% of the diabetes", "9%", "percent", 9, 9, "%", Y, "mee t2d semaglutide 36-month cumulative incidence"),
 ("e-67", E, "figure was 6.7%", "6.7%", "percent", 6.7, 6.7, "%", Y, "mee obesity semaglutide 36-month cumulative incidence"),
 ("e-08", E, "against 0.8%", "0.8%", "percent", 0.8, 0.8, "%", Y, "mee obesity comparator 36-month cumulative incidence"),
 ("e-3yrdk", E, "A three-year Danish study", "three-year", "duration", 3, 3, "years", Y, "danish cohort follow-up"),
 ("e-424", E, "all 424,152 people", "424,152", "count", 424152, 424152, "persons", Y, "danish cohort size"),
 ("e-double", E, "roughly doubled the risk", "doubled", "ratio", 2, 2, "x", Y, "danish cohort risk multiple"),
 ("e-67ex", E, "Sixty-seven semaglutide users", "Sixty-seven", "count", 67, 67, "persons", Y, "danish cohort naion cases among semaglutide-exposed"),
 ("e-22mo", E, "about 22 months", "22 months", "duration", 22, 22, "months", Y, "danish cohort median time to naion"),
 ("e-281", E, "pooled hazard ratio of 2.81", "2.81", "ratio", 2.81, 2.81, "HR", Y, "dk-no pooled hr"),
 ("e-1yr", E, "in the first year of use", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-239", E, "overall hazard ratio of 2.39", "2.39", "ratio", 2.39, 2.39, "HR", Y, "trinetx overall hr"),
 ("e-4yr", E, "2.39 over four years", "four years", "duration", 4, 4, "years", N, "timepoint"),
 ("e-double2", E, "about doubles the risk", "doubles", "ratio", 2, 2, "x", Y, "ema: risk increase in t2d"),
 ("e-1extra", E, "roughly one extra case", "one", "rate", 1, 1, PY, Y, "ema: excess naion cases per 10,000 person-years"),
 ("e-10k2", E, "for every 10,000 people treated", "10,000", "count", 10000, 10000, "people", N, "rate denominator"),
 ("e-spring", E, "taken in spring 2024", "spring 2024", "date", 2024, 2024, "year", N, "kff poll date"),
 ("e-12cur", E, "about 12% of US adults", "12%", "percent", 12, 12, "%", Y, "kff spring 2024: us adults currently taking glp-1"),
 ("e-once", E, "taken once a week", "once", "count", 1, 1, "doses per week", N, "dosing frequency"),
 ("e-24mg", E, "dose of 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "wegovy weekly maintenance dose"),
 ("e-2mg", E, "highest weekly dose is 2 mg", "2 mg", "dose", 2, 2, "mg", Y, "ozempic highest weekly dose"),
 ("e-14mg", E, "up to 14 mg", "14 mg", "dose", 14, 14, "mg", Y, "rybelsus highest daily dose"),
 ("e-1349", E, "about $1,349 a month", "$1,349", "money", 1349, 1349, "USD", Y, "wegovy us list price per month"),
 ("e-499", E, "for $499 a month", "$499", "money", 499, 499, "USD", Y, "wegovy self-pay price per month"),
 ("e-half", E, "top or bottom half", "half", "percent", 50, 50, "%", N, "visual field region (symptom)"),
 ("e-oneeye2", E, "dimming in one eye", "one", "count", 1, 1, "eyes", N, "symptom"),

 # ---- NS05 blog (2025-10-14)
 ("b-pub", B, "October 14, 2025", "October 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-once", B, "At least once a week now", "once a week", "count", 1, 1, "per week", N, "aside"),
 ("b-thisjul", B, "came out this past July", "this past July", "date", 2025, 2025, "year", Y, "mee study publication date"),
 ("b-16827", B, "records of 16,827", "16,827", "count", 16827, 16827, "patients", Y, "mee patients in registry"),
 ("b-428", B, "hazard ratio of 4.28", "4.28", "ratio", 4.28, 4.28, "HR", Y, "mee t2d hr"),
 ("b-89", B, "8.9% of patients on semaglutide", "8.9%", "percent", 8.9, 8.9, "%", Y, "mee obesity semaglutide 36-month cumulative incidence"),
 ("b-3yr", B, "within three years", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("b-under1", B, "under 1% of those", "1%", "percent", 1, 1, "%", Y, "mee obesity comparator 36-month cumulative incidence (bound)"),
 ("b-onehosp", B, "This was one hospital", "one", "count", 1, 1, "hospitals", N, "aside"),
 ("b-424", B, "all 424,152 of its", "424,152", "count", 424152, 424152, "persons", Y, "danish cohort size"),
 ("b-218", B, "and 218 semaglutide users", "218", "count", 218, 218, "persons", Y, "danish cohort naion cases among semaglutide-exposed"),
 ("b-doubled", B, "risk roughly doubled", "doubled", "ratio", 2, 2, "x", Y, "danish cohort risk multiple"),
 ("b-quad", B, "rather than quadrupled", "quadrupled", "ratio", 4, 4, "x", N, "aside (contrast with mee)"),
 ("b-281", B, "hazard ratio of 2.81", "2.81", "ratio", 2.81, 2.81, "HR", Y, "dk-no pooled hr"),
 ("b-4stud", B, "from four studies", "four", "count", 4, 4, "studies", N, "image caption"),
 ("b-june", B, "In June the European", "June", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("b-freq", B, "up to 1 in 1,000 people", "1 in 1,000", "percent", 0.1, 0.1, "%", Y, "ema very rare frequency (up to)"),
 ("b-fewwk", B, "a few weeks later", "a few weeks", "duration", None, None, "weeks", N, "vague"),
 ("b-jun27", B, "later, on June 27", "June 27", "date", 2025, 2025, "year", Y, "who alert date"),
 ("b-oneeye", B, "vision loss in one eye is", "one", "count", 1, 1, "eyes", N, "advice"),
 ("b-oneeye2", B, "NAION in one eye, talk", "one", "count", 1, 1, "eyes", N, "advice"),
 ("b-998", B, "roughly $998 a month", "$998", "money", 998, 998, "USD", Y, "wegovy us list price per month"),
 ("b-oneemail", B, "One short email a month", "One", "count", 1, 1, "emails", N, "newsletter furniture"),

 # ---- NS06 trade news, hard-wrapped (2025-12-18)
 ("l-dl", L, "Litigation | December 18, 2025", "December 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-mon", L, "on Monday ordered", "Monday", "date", 2025, 2025, "year", Y, "jpml naion mdl creation date"),
 ("l-21", L, "At least 21 lawsuits", "21", "count", 21, 21, "lawsuits", Y, "federal naion suits pending at mdl creation"),
 ("l-three", L, "pending in three federal", "three", "count", 3, 3, "districts", Y, "federal districts with naion suits at mdl creation"),
 ("l-aug", L, "had asked in August", "August", "date", 2025, 2025, "year", N, "lilly motion date"),
 ("l-feb24", L, "created in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "gi mdl 3094 creation date"),
 ("l-18", L, "with 18 cases", "18", "count", 18, 18, "cases", Y, "gi mdl cases at creation"),
 ("l-11", L, "in 11 district", "11", "count", 11, 11, "districts", Y, "gi mdl districts at creation"),
 ("l-3000", L, "nearly 3,000 cases", "3,000", "count", 3000, 3000, "cases", Y, "gi mdl size dec 2025"),
 ("l-nov3", L, "a Nov. 3 tally", "Nov. 3", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-2914", L, "put it at 2,914", "2,914", "count", 2914, 2914, "cases", Y, "gi mdl size nov 3 2025"),
 ("l-two", L, "The two proceedings", "two", "count", 2, 2, "proceedings", N, "aside"),
 ("l-jul", L, "published in July of last year", "July of last year", "date", 2024, 2024, "year", Y, "mee study publication date"),
 ("l-47", L, "median age of 47", "47", "age", 47, 47, "years", Y, "mee t2d median age"),
 ("l-4x", L, "more than four times as likely", "more than four times", "ratio", 4, 4, "x", Y, "mee t2d risk multiple"),
 ("l-8x", L, "as more than eightfold", "more than eightfold", "ratio", 8, 8, "x", Y, "mee obesity risk multiple"),
 ("l-junly", L, "concluded in June of last year", "June of last year", "date", 2024, 2024, "year", Y, "ema prac naion conclusion date"),
 ("l-nov", L, "In November the New Jersey", "November", "date", 2025, 2025, "year", Y, "nj multicounty litigation date"),
 ("l-lastmo", L, "said last month", "last month", "date", 2025, 2025, "year", Y, "danish compensation decision date"),
 ("l-42", L, "the first of 42", "42", "count", 42, 42, "claims", Y, "danish compensation claims received"),
 ("l-five", L, "and that five patients", "five", "count", 5, 5, "patients", Y, "danish patients compensated"),
 ("l-800k", L, "800,000 Danish kroner", "800,000 Danish kroner", "money", 800000, 800000, "DKK", Y, "danish compensation total"),
 ("l-107k", L, "about 107,000 euros", "107,000 euros", "money", 107000, 107000, "EUR", Y, "danish compensation total (eur)"),
 ("l-10", L, "about 10 of every 100,000", "10", "rate", 10, 10, "per 100,000 per year", Y, "naion incidence, us adults over 50"),
 ("l-100k", L, "of every 100,000", "100,000", "count", 100000, 100000, "people", N, "rate denominator"),
 ("l-50", L, "Americans over 50", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("l-jan", L, "expected in January", "January", "date", 2026, 2026, "year", N, "forecast status conference"),
 ("l-2026", L, "schedule set for 2026", "2026", "date", 2026, 2026, "year", N, "related link"),

 # ---- NS07 fact-check (2026-01-22)
 ("f-h1in10", F, "blinds one in 10 users", "one in 10", "percent", 10, 10, "%", N, "headline (post claim)"),
 ("f-dl", F, "Sowande | January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-c1in10", F, "blindness in 1 in 10 people", "1 in 10", "percent", 10, 10, "%", N, "post claim"),
 ("f-v10k", F, "affecting up to 1 in 10,000 users. No", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (verdict)"),
 ("f-oneeye", F, "vision in one eye", "one", "count", 1, 1, "eyes", N, "aside"),
 ("f-jun25", F, "In June 2025 the European", "June 2025", "date", 2025, 2025, "year", Y, "ema prac naion conclusion date"),
 ("f-10k", F, "means up to 1 in 10,000 people", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (up to)"),
 ("f-onein10", F, "figure of one in 10", "one in 10", "percent", 10, 10, "%", N, "post claim"),
 ("f-1000x", F, "a thousand times higher", "a thousand times", "ratio", 1000, 1000, "x", Y, "post figure vs ema"),
 ("f-2024", F, "from a 2024 Massachusetts", "2024", "date", 2024, 2024, "year", Y, "mee study publication year"),
 ("f-8", F, "in which 8% of patients", "8%", "percent", 8, 8, "%", Y, "mee t2d semaglutide 36-month cumulative incidence"),
 ("f-36mo", F, "NAION over 36 months", "36 months", "duration", 36, 36, "months", N, "timepoint"),
 ("f-67", F, "and 6.7% of patients", "6.7%", "percent", 6.7, 6.7, "%", Y, "mee obesity semaglutide 36-month cumulative incidence"),
 ("f-219", F, "hazard ratio of 2.19", "2.19", "ratio", 2.19, 2.19, "HR", Y, "danish cohort hr"),
 ("f-doubling", F, "roughly a doubling of risk", "doubling", "ratio", 2, 2, "x", Y, "danish cohort risk multiple"),
 ("f-281", F, "put it at 2.81", "2.81", "ratio", 2.81, 2.81, "HR", Y, "dk-no pooled hr"),
 ("f-219r", F, "counted 2.19 cases", "2.19", "rate", 2.19, 2.19, PY, Y, "dk-no danish semaglutide incidence rate"),
 ("f-10kpy", F, "per 10,000 person-years among", "10,000", "count", 10000, 10000, "person-years", N, "rate denominator"),
 ("f-118", F, "against 1.18 among", "1.18", "rate", 1.18, 1.18, PY, Y, "dk-no danish sglt-2i incidence rate"),
 ("f-210", F, "roughly 2 to 10 people", "2 to 10", "rate", 2, 10, "per 100,000 per year", Y, "naion incidence, general population"),
 ("f-100k", F, "per 100,000 each year", "100,000", "count", 100000, 100000, "people", N, "rate denominator"),
 ("f-dec24", F, "In December 2024, the US", "December 2024", "date", 2024, 2024, "year", Y, "jpml naion mdl creation date"),
 ("f-21", F, "lawsuits, 21 cases", "21", "count", 21, 21, "lawsuits", Y, "federal naion suits pending at mdl creation"),
 ("f-four", F, "from four federal districts", "four", "count", 4, 4, "districts", Y, "federal districts with naion suits at mdl creation"),
 ("f-single", F, "before a single judge", "single", "count", 1, 1, "judges", N, "aside"),
 ("f-nov21", F, "On November 21, 2025, the Danish", "November 21, 2025", "date", 2025, 2025, "year", Y, "danish compensation decision date"),
 ("f-five", F, "decided five of the 43", "five", "count", 5, 5, "claims", Y, "danish compensation claims decided"),
 ("f-43", F, "five of the 43", "43", "count", 43, 43, "claims", Y, "danish compensation claims received"),
 ("f-four2", F, "that four patients would share", "four", "count", 4, 4, "patients", Y, "danish patients compensated"),
 ("f-800k", F, "share 800,000 Danish kroner", "800,000 Danish kroner", "money", 800000, 800000, "DKK", Y, "danish compensation total"),
 ("f-123k", F, "($123,253)", "$123,253", "money", 123253, 123253, "USD", Y, "danish compensation total (usd)"),
 ("f-2mg", F, "top weekly dose of 2 mg", "2 mg", "dose", 2, 2, "mg", Y, "wegovy weekly maintenance dose"),
 ("f-38m", F, "about 38 million patient-years", "38 million", "count", 38000000, 38000000, "patient-years", Y, "semaglutide exposure since launch (novo)"),
 ("f-nov25", F, "KFF poll in November 2025", "November 2025", "date", 2025, 2025, "year", N, "kff poll date"),
 ("f-12", F, "about 12% of US adults", "12%", "percent", 12, 12, "%", Y, "kff nov 2025: us adults currently taking glp-1"),
 ("f-1in8", F, "roughly 1 in 8", "1 in 8", "percent", 12.5, 12.5, "%", Y, "kff nov 2025: currently taking (fraction)"),
 ("f-1in10b", F, "side effect affecting 1 in 10 users", "1 in 10", "percent", 10, 10, "%", N, "hypothetical"),
 ("f-r1in10", F, "blinds 1 in 10 users is false", "1 in 10", "percent", 10, 10, "%", N, "post claim (ruling)"),
 ("f-r10k", F, "very rare, up to 1 in 10,000 users", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "ema very rare frequency (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 MEE registry patients 16,827 vs 16,872 (transposed)
 ("p-16872", "w-16827", S), ("p-16872", "a-16827", S), ("p-16872", "b-16827", S),
 # S2 MEE t2d semaglutide-arm events: 20 (obesity cohort's count) vs 17
 ("e-20", "w-17", S), ("e-20", "a-17", S),
 # S3 MEE t2d semaglutide 36-month cumulative incidence: 8% (truncated) vs 8.9% / about 9%
 ("f-8", "w-89", S), ("f-8", "a-89", S), ("f-8", "e-9", S),
 # S4 MEE obesity semaglutide 36-month cumulative incidence: 8.9% (t2d figure) vs 6.7%
 ("b-89", "a-67", S), ("b-89", "e-67", S), ("b-89", "f-67", S),
 # S5 MEE publication year: "this past July" (2025) vs July 2024
 ("b-thisjul", "w-lastjul", S), ("b-thisjul", "p-jul24", S), ("b-thisjul", "a-2024", S),
 ("b-thisjul", "a-mee24", S), ("b-thisjul", "e-jul24", S), ("b-thisjul", "l-jul", S), ("b-thisjul", "f-2024", S),
 # S6 EMA frequency: 1 in 1,000 ("rare") vs 1 in 10,000 ("very rare")
 ("b-freq", "w-freq", S), ("b-freq", "p-freq", S), ("b-freq", "e-freq", S),
 ("b-freq", "f-v10k", S), ("b-freq", "f-10k", S), ("b-freq", "f-r10k", S),
 # S7 EMA conclusion year: "June of last year" (2024) vs June 2025
 ("l-junly", "w-fri", S), ("l-junly", "p-jun6", S), ("l-junly", "a-jun25", S),
 ("l-junly", "e-jun25", S), ("l-junly", "b-june", S), ("l-junly", "f-jun25", S),
 # S8 Danish-Norwegian pooled HR: 2.17 (Denmark-only) vs 2.81
 ("p-217", "w-281", S), ("p-217", "a-281", S), ("p-217", "e-281", S), ("p-217", "b-281", S), ("p-217", "f-281", S),
 # S9 Danish cohort NAION among semaglutide-exposed: 218 (all cases) vs 67
 ("b-218", "a-67ex", S), ("b-218", "e-67ex", S),
 # S10 TriNetX overall HR: 2.39 (2-year figure) vs 2.22
 ("e-239", "a-222", S),
 # S11 districts with NAION suits at MDL creation: four vs three
 ("f-four", "l-three", S),
 # S12 NAION MDL creation year: December 2024 vs Monday (2025-12-15)
 ("f-dec24", "l-mon", S),
 # S13 KFF spring-2024 currently taking: 12% (the ever-taken figure) vs 6%
 ("e-12cur", "w-6cur", S),
 # S14 Wegovy US list price per month: $998 (Ozempic's) vs $1,349
 ("b-998", "e-1349", S),
 # S15 Wegovy weekly maintenance dose: 2 mg (Ozempic's top dose) vs 2.4 mg
 ("f-2mg", "e-24mg", S),
 # S16 Danish nationwide cohort follow-up: three-year vs five years
 ("e-3yrdk", "a-5yr", S), ("e-3yrdk", "p-5yr", S),
 # S17 MEE t2d median age: 47 (obesity cohort's) vs 59
 ("l-47", "a-59", S),
 # S18 Danish patients compensated: five (cases decided) vs four
 ("l-five", "f-four2", S),
 # S19 Danish-Norwegian Norwegian semaglutide users: 16,680 (transposed) vs 16,860
 ("w-16680", "a-16860", S),
 # Qualified
 ("l-8x", "w-7x", Q), ("l-8x", "e-7x", Q), ("l-8x", "p-764", Q), ("l-8x", "a-764", Q),
 ("l-42", "f-43", Q),
 ("e-1extra", "a-ird", Q), ("w-1add", "a-ird", Q),
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
