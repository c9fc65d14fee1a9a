#!/usr/bin/env python3
"""Build odac-pdl1.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "odac-pdl1")
OUT = os.path.join(HERE, "odac-pdl1.gold.jsonl")
T = "od"

W, P, A, E, B, L, F = ("OD01_wire.txt", "OD02_press.txt", "OD03_abstract.txt",
                       "OD04_explainer.txt", "OD05_blog.txt", "OD06_local.txt", "OD07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- OD01 wire (2024-09-27)
 ("w-dl", W, "Md., Sept 27 (", "Sept 27", "date", 2024, 2024, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("w-g10", W, "voted 10-2, with one", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("w-g2", W, "-2, with one abstention", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("w-gabst", W, "with one abstention, that the risk-benefit assessment", "one", "count", 1, 1, "votes", Y, "gastric vote abstentions"),
 ("w-thr1", W, "below 1. In an afternoon", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("w-e11", W, "panel voted 11-1, again", "11", "count", 11, 11, "votes", Y, "escc vote: not favorable (no)"),
 ("w-e1", W, "-1, again with", "1", "count", 1, 1, "votes", Y, "escc vote: favorable (yes)"),
 ("w-eabst", W, "with a single abstention", "single", "count", 1, 1, "votes", Y, "escc vote abstentions"),
 ("w-apr21", W, "gastric approval in April 2021", "April 2021", "date", 2021, 2021, "year", Y, "opdivo 1L gastric approval"),
 ("w-lastnov", W, "Keytruda followed last November", "last November", "date", 2023, 2023, "year", Y, "keytruda 1L gastric approval (KEYNOTE-859)"),
 ("w-dec", W, "gastric application in December", "December", "date", 2024, 2024, "year", Y, "tevimbra gastric decision expected (forecast)"),
 ("w-265", W, "649 trial, 265 patients", "265", "count", 265, 265, "patients", Y, "checkmate 649 cps<1 subgroup size"),
 ("w-thr1b", W, "below 1. Their median", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("w-131", W, "survival was 13.1 months", "13.1", "duration", 13.1, 13.1, "months", Y, "cm649 cps<1 median os nivolumab+chemo"),
 ("w-125", W, "and 12.5 months with chemotherapy", "12.5", "duration", 12.5, 12.5, "months", Y, "cm649 cps<1 median os chemo alone"),
 ("w-092a", W, "a hazard ratio of 0.92 whose", "0.92", "ratio", 0.92, 0.92, "HR", Y, "cm649 cps<1 os hr"),
 ("w-cross1", W, "interval crossed 1.", "1", "ratio", 1, 1, "HR", N, "null value aside"),
 ("w-1579", W, "randomized 1,579 patients", "1,579", "count", 1579, 1579, "patients", Y, "keynote-859 randomized"),
 ("w-092b", W, "same hazard ratio of 0.92 for", "0.92", "ratio", 0.92, 0.92, "HR", Y, "kn859 cps<1 os hr"),
 ("w-thr1c", W, "CPS-below-1 group", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("w-1in5", W, "roughly one in five of those", "one in five", "percent", 20, 20, "%", Y, "kn859 share with cps<1"),
 ("w-997", W, "study of 997 patients", "997", "count", 997, 997, "patients", Y, "rationale-305 randomized"),
 ("w-172", W, "survival was 17.2 months", "17.2", "duration", 17.2, 17.2, "months", Y, "r305 itt median os tislelizumab+chemo"),
 ("w-129", W, "versus 12.9 months with placebo", "12.9", "duration", 12.9, 12.9, "months", Y, "r305 itt median os placebo+chemo"),
 ("w-at1", W, "cut-off at 1 would", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("w-25b", W, "brought in $25 billion", "$25 billion", "money", 25000000000, 25000000000, "USD", Y, "keytruda 2023 worldwide sales"),
 ("w-lastyr", W, "$25 billion last year", "last year", "date", 2023, 2023, "year", N, "sales year qualifier"),
 ("w-28k", W, "About 28,000 people", "28,000", "count", 28000, 28000, "people", Y, "us gastric cancer diagnoses per year"),

 # ---- OD02 press (2025-06-16)
 ("p-h90", P, "testing for 90 days to community", "90 days", "duration", 90, 90, "days", N, "subtitle repeat"),
 ("p-dl", P, "June 16, 2025", "June 16, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-may22", P, "dated May 22, 2025", "May 22, 2025", "date", 2025, 2025, "year", Y, "fda label-revision letters"),
 ("p-thr1", P, "(CPS ≥1), as", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("p-sep23", P, "the September 2023 meeting", "September 2023", "date", 2023, 2023, "year", Y, "odac meeting date"),
 ("p-g10", P, "members voted 10-2 that", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("p-g2", P, "-2 that the risk-benefit", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("p-thr1b", P, "below 1, and 11-1", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("p-e11", P, "and 11-1 that", "11", "count", 11, 11, "votes", Y, "escc vote: not favorable (no)"),
 ("p-e1", P, "-1 that it was not favorable", "1", "count", 1, 1, "votes", Y, "escc vote: favorable (yes)"),
 ("p-thr1c", P, "below 1. \"Overnight", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("p-five", P, "within five business days", "five business days", "duration", 5, 5, "days", Y, "pd-l1 ready turnaround"),
 ("p-90", P, "participating practices for 90 days", "90 days", "duration", 90, 90, "days", Y, "free testing period"),
 ("p-2500", P, "process 2,500 specimens", "2,500", "count", 2500, 2500, "specimens", Y, "lab capacity per month"),
 ("p-single", P, "need a single requisition", "single", "count", 1, 1, "requisitions", N, "quote aside"),
 ("p-knyr", P, "pembrolizumab's 2023 approval", "2023", "date", 2023, 2023, "year", Y, "keytruda 1L gastric approval (KEYNOTE-859)"),
 ("p-129", P, "survival to 12.9 months from", "12.9", "duration", 12.9, 12.9, "months", Y, "kn859 itt median os pembrolizumab+chemo"),
 ("p-115", P, "from 11.5 months", "11.5", "duration", 11.5, 11.5, "months", Y, "kn859 itt median os placebo+chemo"),
 ("p-087", P, "(hazard ratio 0.87)", "0.87", "ratio", 0.87, 0.87, "HR", Y, "kn859 itt os hr"),
 ("p-997", P, "trial of 997 patients", "997", "count", 997, 997, "patients", Y, "rationale-305 randomized"),
 ("p-150", P, "survival of 15.0 months", "15.0", "duration", 15.0, 15.0, "months", Y, "r305 itt median os tislelizumab+chemo"),
 ("p-129b", P, "versus 12.9 months with placebo", "12.9", "duration", 12.9, 12.9, "months", Y, "r305 itt median os placebo+chemo"),
 ("p-20", P, "a 20% reduction", "20%", "percent", 20, 20, "%", Y, "r305 reduction in risk of death"),
 ("p-200", P, "given at 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "tislelizumab dose"),
 ("p-q3w", P, "200 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "tislelizumab dosing interval"),
 ("p-dec27", P, "on December 27, 2024", "December 27, 2024", "date", 2024, 2024, "year", Y, "tevimbra gastric approval"),
 ("p-thr1d", P, "PD-L1 (≥1).", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("p-thr1e", P, "below 1, while", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("p-295", P, "$29.5 billion", "$29.5 billion", "money", 29500000000, 29500000000, "USD", Y, "keytruda 2024 worldwide sales"),
 ("p-2024s", P, "for 2024, up", "2024", "date", 2024, 2024, "year", N, "sales year qualifier"),
 ("p-18", P, "up 18% from", "18%", "percent", 18, 18, "%", Y, "keytruda sales growth 2024"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-420", P, "about 420 people", "420", "count", 420, 420, "employees", N, "about section"),
 ("p-1100", P, "more than 1,100 ordering", "1,100", "count", 1100, 1100, "practices", N, "about section"),
 ("p-38", P, "across 38 states", "38", "count", 38, 38, "states", N, "about section"),

 # ---- OD03 abstract (2025-03-10)
 ("a-pub", A, "Published online 10 March 2025", "10 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tthr", A, "score below 1 and benefit", "1", "ratio", 1, 1, "CPS", N, "title threshold"),
 ("a-ttwo", A, "analysis of two phase 3", "two", "count", 2, 2, "trials", N, "title"),
 ("a-apr21", A, "chemotherapy (April 2021)", "April 2021", "date", 2021, 2021, "year", Y, "opdivo 1L gastric approval"),
 ("a-nov23", A, "(November 2023)", "November 2023", "date", 2023, 2023, "year", Y, "keytruda 1L gastric approval"),
 ("a-sep24", A, "In September 2024 the", "September 2024", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("a-g10", A, "voted 10–2, with", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("a-g2", A, "–2, with two", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("a-abst2", A, "with two abstentions", "two", "count", 2, 2, "votes", Y, "gastric vote abstentions"),
 ("a-thr1", A, "below 1 [1]. We", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-thr1b", A, "(CPS) below 1 from", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-two", A, "from the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-thr1c", A, "CPS <1 subgroups of", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-n1581", A, "N = 1581", "1581", "count", 1581, 1581, "patients", Y, "checkmate 649 randomized"),
 ("a-n1579", A, "N = 1579", "1579", "count", 1579, 1579, "patients", Y, "keynote-859 randomized"),
 ("a-3160", A, "Of 3160 randomized", "3160", "count", 3160, 3160, "patients", Y, "pooled randomized"),
 ("a-609", A, "609 (19.3%)", "609", "count", 609, 609, "patients", Y, "pooled cps<1"),
 ("a-193", A, "(19.3%)", "19.3%", "percent", 19.3, 19.3, "%", Y, "pooled share cps<1"),
 ("a-thr1d", A, "had CPS <1: 265", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-265", A, "265 of 1581", "265", "count", 265, 265, "patients", Y, "checkmate 649 cps<1 subgroup size"),
 ("a-1581b", A, "265 of 1581", "1581", "count", 1581, 1581, "patients", N, "repeat denominator"),
 ("a-168", A, "(16.8%)", "16.8%", "percent", 16.8, 16.8, "%", Y, "cm649 share with cps<1"),
 ("a-344", A, "344 of 1579", "344", "count", 344, 344, "patients", Y, "kn859 cps<1 subgroup size"),
 ("a-1579b", A, "344 of 1579", "1579", "count", 1579, 1579, "patients", N, "repeat denominator"),
 ("a-218", A, "(21.8%)", "21.8%", "percent", 21.8, 21.8, "%", Y, "kn859 share with cps<1"),
 ("a-thr1e", A, "the CPS <1 subgroup was", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-1308", A, "was 13.08 months", "13.08", "duration", 13.08, 13.08, "months", Y, "cm649 cps<1 median os nivolumab+chemo"),
 ("a-140", A, "(n=140)", "140", "count", 140, 140, "patients", Y, "cm649 cps<1 nivolumab arm n"),
 ("a-1248", A, "versus 12.48 months", "12.48", "duration", 12.48, 12.48, "months", Y, "cm649 cps<1 median os chemo alone"),
 ("a-125", A, "(n=125;", "125", "count", 125, 125, "patients", Y, "cm649 cps<1 chemo arm n"),
 ("a-092a", A, "HR 0.92, 95% CI 0.70", "0.92", "ratio", 0.92, 0.92, "HR", Y, "cm649 cps<1 os hr"),
 ("a-ci1", A, "0.70–1.23", "0.70–1.23", "ratio", 0.70, 1.23, "HR", Y, "ci"),
 ("a-thr1f", A, "the CPS <1 OS HR was", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-092b", A, "OS HR was 0.92", "0.92", "ratio", 0.92, 0.92, "HR", Y, "kn859 cps<1 os hr"),
 ("a-ci2", A, "0.73–1.17", "0.73–1.17", "ratio", 0.73, 1.17, "HR", Y, "ci"),
 ("a-090", A, "PFS HR was 0.90", "0.90", "ratio", 0.90, 0.90, "HR", Y, "kn859 cps<1 pfs hr"),
 ("a-ci3", A, "0.70–1.15", "0.70–1.15", "ratio", 0.70, 1.15, "HR", Y, "ci"),
 ("a-thr1g", A, "OS HR for CPS <1 was", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-092c", A, "<1 was 0.92 (95% CI 0.77", "0.92", "ratio", 0.92, 0.92, "HR", Y, "pooled cps<1 os hr"),
 ("a-ci4", A, "0.77–1.10", "0.77–1.10", "ratio", 0.77, 1.10, "HR", Y, "ci"),
 ("a-log", A, "log HR −0.083", "−0.083", "ratio", -0.083, -0.083, "log HR", N, "derived"),
 ("a-p", A, "P=0.37", "0.37", "pvalue", 0.37, 0.37, "p", N, "p-value"),
 ("a-i2", A, "I² = 0%", "0%", "percent", 0, 0, "%", N, "heterogeneity"),
 ("a-080", A, "HRs were 0.80 in", "0.80", "ratio", 0.80, 0.80, "HR", Y, "cm649 itt os hr"),
 ("a-138", A, "(median 13.8 vs 11.6", "13.8", "duration", 13.8, 13.8, "months", Y, "cm649 itt median os nivolumab+chemo"),
 ("a-116", A, "13.8 vs 11.6 months", "11.6", "duration", 11.6, 11.6, "months", Y, "cm649 itt median os chemo"),
 ("a-078", A, "and 0.78 in KEYNOTE-859", "0.78", "ratio", 0.78, 0.78, "HR", Y, "kn859 itt os hr"),
 ("a-ci5", A, "0.70–0.87", "0.70–0.87", "ratio", 0.70, 0.87, "HR", Y, "ci"),
 ("a-129", A, "median 12.9 vs 11.5", "12.9", "duration", 12.9, 12.9, "months", Y, "kn859 itt median os pembrolizumab+chemo"),
 ("a-115", A, "12.9 vs 11.5 months", "11.5", "duration", 11.5, 11.5, "months", Y, "kn859 itt median os placebo+chemo"),
 ("a-955", A, "in the 955 CheckMate", "955", "count", 955, 955, "patients", Y, "cm649 cps>=5 population"),
 ("a-thr5", A, "with CPS ≥5, median", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("a-144", A, "was 14.4 versus", "14.4", "duration", 14.4, 14.4, "months", Y, "cm649 cps>=5 median os nivolumab+chemo"),
 ("a-111", A, "versus 11.1 months", "11.1", "duration", 11.1, 11.1, "months", Y, "cm649 cps>=5 median os chemo"),
 ("a-071", A, "(HR 0.71)", "0.71", "ratio", 0.71, 0.71, "HR", Y, "cm649 cps>=5 os hr"),
 ("a-5yr", A, "with 5-year OS rates", "5-year", "duration", 5, 5, "years", Y, "cm649 long-term os timepoint"),
 ("a-16", A, "rates of 16% and", "16%", "percent", 16, 16, "%", Y, "cm649 cps>=5 long-term os nivolumab+chemo"),
 ("a-6", A, "and 6%;", "6%", "percent", 6, 6, "%", Y, "cm649 cps>=5 long-term os chemo"),
 ("a-thr10", A, "with CPS ≥10 (35.3%", "10", "ratio", 10, 10, "CPS", N, "threshold"),
 ("a-353", A, "(35.3% of", "35.3%", "percent", 35.3, 35.3, "%", Y, "kn859 share cps>=10 (pembrolizumab arm)"),
 ("a-157", A, "was 15.7 versus", "15.7", "duration", 15.7, 15.7, "months", Y, "kn859 cps>=10 median os pembrolizumab+chemo"),
 ("a-118", A, "versus 11.8 months", "11.8", "duration", 11.8, 11.8, "months", Y, "kn859 cps>=10 median os placebo+chemo"),
 ("a-59", A, "occurred in 59%", "59%", "percent", 59, 59, "%", Y, "cm649 grade 3-4 trae nivolumab+chemo"),
 ("a-44", A, "versus 44% given", "44%", "percent", 44, 44, "%", Y, "cm649 grade 3-4 trae chemo"),
 ("a-thr1h", A, "and CPS <1, adding", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-thr1i", A, "tumors with CPS ≥1,", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("a-ref26", A, "briefing document, 26 September 2024", "26 September 2024", "date", 2024, 2024, "year", N, "reference"),
 ("a-coi2", A, "fees from two pharmaceutical", "two", "count", 2, 2, "companies", N, "disclosure"),

 # ---- OD04 explainer (2025-07-08)
 ("e-upd", E, "Updated July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-may24", E, "In May 2024 the FDA", "May 2024", "date", 2024, 2024, "year", Y, "fda label-revision letters"),
 ("e-thr1", E, "at a score of 1 or higher", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("e-sep24", E, "In September 2024, the FDA", "September 2024", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("e-g10", E, "voted 10 to 2 that", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("e-g2", E, "to 2 that for stomach", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("e-thr1b", E, "score below 1, the risks", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("e-e12", E, "the vote was 12 to 1", "12", "count", 12, 12, "votes", Y, "escc vote: not favorable (no)"),
 ("e-e1", E, "to 1. The drugs did", "1", "count", 1, 1, "votes", Y, "escc vote: favorable (yes)"),
 ("e-apr16", E, "on April 16, 2021", "April 16, 2021", "date", 2021, 2021, "year", Y, "opdivo 1L gastric approval"),
 ("e-nov23", E, "pembrolizumab in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "keytruda 1L gastric approval"),
 ("e-thr1e", E, "have a score below 1?", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("e-thr5", E, "(a score of 5 or more)", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("e-5yr", E, "after five years", "five years", "duration", 5, 5, "years", Y, "cm649 long-term os timepoint"),
 ("e-16", E, "years: 16% compared", "16%", "percent", 16, 16, "%", Y, "cm649 cps>=5 long-term os nivolumab+chemo"),
 ("e-6", E, "with 6% on", "6%", "percent", 6, 6, "%", Y, "cm649 cps>=5 long-term os chemo"),
 ("e-100", E, "for every 100 tumor cells", "100", "count", 100, 100, "cells", N, "definitional"),
 ("e-0", E, "A CPS of 0 means", "0", "ratio", 0, 0, "CPS", N, "definitional"),
 ("e-1in5", E, "Roughly one in five.", "one in five", "percent", 20, 20, "%", Y, "share with cps<1 (trials)"),
 ("e-17", E, "about 17% of patients", "17%", "percent", 17, 17, "%", Y, "cm649 share with cps<1"),
 ("e-22", E, "it was about 22%", "22%", "percent", 22, 22, "%", Y, "kn859 share with cps<1"),
 ("e-dec24", E, "cancer in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "tevimbra gastric approval"),
 ("e-979", E, "trial of 979 patients", "979", "count", 979, 979, "patients", Y, "rationale-305 randomized"),
 ("e-20", E, "risk of death by 20%", "20%", "percent", 20, 20, "%", Y, "r305 reduction in risk of death"),
 ("e-mar4", E, "On March 4, 2025", "March 4, 2025", "date", 2025, 2025, "year", Y, "tevimbra 1L escc approval"),
 ("e-649", E, "trial of 649 patients", "649", "count", 649, 649, "patients", Y, "rationale-306 randomized"),
 ("e-172", E, "survival was 17.2 months", "17.2", "duration", 17.2, 17.2, "months", Y, "r306 median os tislelizumab+chemo"),
 ("e-106", E, "versus 10.6 months", "10.6", "duration", 10.6, 10.6, "months", Y, "r306 median os placebo+chemo"),
 ("e-066", E, "(hazard ratio 0.66)", "0.66", "ratio", 0.66, 0.66, "HR", Y, "r306 os hr"),
 ("e-three", E, "All three are given", "three", "count", 3, 3, "drugs", N, "aside"),
 ("e-n240", E, "Nivolumab: 240 mg", "240 mg", "dose", 240, 240, "mg", Y, "nivolumab dose (q2w)"),
 ("e-q2", E, "240 mg every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "nivolumab 240 mg interval"),
 ("e-n360", E, "or 360 mg every", "360 mg", "dose", 360, 360, "mg", Y, "nivolumab dose (q3w)"),
 ("e-q3n", E, "360 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "nivolumab 360 mg interval"),
 ("e-p200", E, "Pembrolizumab: 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "pembrolizumab dose (q3w)"),
 ("e-q3p", E, "200 mg every three weeks or 400", "three weeks", "duration", 3, 3, "weeks", Y, "pembrolizumab 200 mg interval"),
 ("e-p400", E, "or 400 mg every", "400 mg", "dose", 400, 400, "mg", Y, "pembrolizumab dose (q6w)"),
 ("e-q6", E, "every six weeks", "six weeks", "duration", 6, 6, "weeks", Y, "pembrolizumab 400 mg interval"),
 ("e-2yr", E, "for up to two years", "two years", "duration", 2, 2, "years", Y, "pembrolizumab maximum duration"),
 ("e-t200", E, "Tislelizumab: 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "tislelizumab dose"),
 ("e-q3t", E, "Tislelizumab: 200 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "tislelizumab dosing interval"),
 ("e-thr1c", E, "My score is below 1.", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("e-thr1d", E, "My score is 1 or higher.", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("e-thr5b", E, "scores of 5 or 10", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("e-thr10", E, "or 10 and above", "10", "ratio", 10, 10, "CPS", N, "threshold"),

 # ---- OD05 blog (2024-10-03)
 ("b-date", B, "| October 3, 2024 |", "October 3, 2024", "date", 2024, 2024, "year", N, "byline"),
 ("b-read", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-8h", B, "all eight hours", "eight hours", "duration", 8, 8, "hours", N, "aside"),
 ("b-lastthu", B, "of last Thursday's", "last Thursday", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("b-g11", B, "panel voted 11-1 that", "11", "count", 11, 11, "votes", Y, "gastric vote: not favorable (no)"),
 ("b-g1", B, "-1 that PD-1", "1", "count", 1, 1, "votes", Y, "gastric vote: favorable (yes)"),
 ("b-thr1", B, "below 1. The esophageal", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("b-apr22", B, "in April 2022 on", "April 2022", "date", 2022, 2022, "year", Y, "opdivo 1L gastric approval"),
 ("b-1581", B, "a 1,581-patient trial", "1,581", "count", 1581, 1581, "patients", Y, "checkmate 649 randomized"),
 ("b-thr5a", B, "patients with CPS ≥5, and", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("b-138", B, "survival of 13.8 versus", "13.8", "duration", 13.8, 13.8, "months", Y, "cm649 median os nivolumab+chemo (attributed to cps>=5)"),
 ("b-116", B, "versus 11.6 months", "11.6", "duration", 11.6, 11.6, "months", Y, "cm649 median os chemo (attributed to cps>=5)"),
 ("b-3yr", B, "At three-year follow-up", "three-year", "duration", 3, 3, "years", Y, "cm649 long-term os timepoint"),
 ("b-16", B, "follow-up, 16% of", "16%", "percent", 16, 16, "%", Y, "cm649 cps>=5 long-term os nivolumab+chemo"),
 ("b-thr5b", B, "of CPS ≥5 patients", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("b-6", B, "versus 6% on", "6%", "percent", 6, 6, "%", Y, "cm649 cps>=5 long-term os chemo"),
 ("b-60", B, "hit 60% of", "60%", "percent", 60, 60, "%", Y, "cm649 grade 3-4 trae nivolumab+chemo"),
 ("b-45", B, "versus 45% on", "45%", "percent", 45, 45, "%", Y, "cm649 grade 3-4 trae chemo"),
 ("b-1579", B, "KEYNOTE-859, 1,579 patients", "1,579", "count", 1579, 1579, "patients", Y, "keynote-859 randomized"),
 ("b-078", B, "hazard ratio 0.78", "0.78", "ratio", 0.78, 0.78, "HR", Y, "kn859 itt os hr"),
 ("b-thr1b", B, "the CPS <1 hazard", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("b-092a", B, "survival was 0.92 with", "0.92", "ratio", 0.92, 0.92, "HR", Y, "cm649 cps<1 os hr"),
 ("b-ci", B, "from 0.70 to 1.23", "0.70 to 1.23", "ratio", 0.70, 1.23, "HR", Y, "ci"),
 ("b-092b", B, "showed 0.92 as well", "0.92", "ratio", 0.92, 0.92, "HR", Y, "kn859 cps<1 os hr"),
 ("b-8", B, "thought 8% was", "8%", "percent", 8, 8, "%", Y, "cps<1 risk reduction (1-HR)"),
 ("b-cps0", B, "A CPS of 0 on", "0", "ratio", 0, 0, "CPS", N, "aside"),
 ("b-onebx", B, "0 on one biopsy", "one", "count", 1, 1, "biopsies", N, "aside"),
 ("b-cps3", B, "can be a 3 on", "3", "ratio", 3, 3, "CPS", N, "aside"),
 ("b-1in10", B, "maybe one in ten cases", "one in ten", "percent", 10, 10, "%", N, "aside (re-scored cases)"),
 ("b-dec", B, "expected in December", "December", "date", 2024, 2024, "year", Y, "tevimbra gastric decision expected (forecast)"),
 ("b-240", B, "dosed at 240 mg", "240 mg", "dose", 240, 240, "mg", Y, "tislelizumab dose"),
 ("b-q3", B, "240 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "tislelizumab dosing interval"),
 ("b-thr5c", B, "If your tumor is CPS ≥5", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("b-thr1c", B, "If your tumor is CPS <1", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("b-4800", B, "Join 4,800 oncology", "4,800", "count", 4800, 4800, "readers", N, "page furniture"),
 ("b-rel24", B, "HER2 testing in 2024", "2024", "date", 2024, 2024, "year", N, "related link"),
 ("b-five", B, "Five questions to ask", "Five", "count", 5, 5, "questions", N, "related link"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),
 ("b-2d1", B, "Priya N. - 2 days ago", "2 days ago", "duration", 2, 2, "days", N, "page furniture"),
 ("b-cps2a", B, "CPS was 2.", "2", "ratio", 2, 2, "CPS", N, "comment aside"),
 ("b-2d2", B, "Ortega - 2 days ago", "2 days ago", "duration", 2, 2, "days", N, "page furniture"),
 ("b-cps2b", B, "a CPS of 2 is", "2", "ratio", 2, 2, "CPS", N, "comment aside"),
 ("b-copy", B, "(c) 2024 The Upper", "2024", "date", 2024, 2024, "year", N, "page furniture"),

 # ---- OD06 trade (2025-06-03), hard-wrapped
 ("l-dl", L, "June 3, 2025", "June 3, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-lastmo", L, "The FDA last month revised", "last month", "date", 2025, 2025, "year", Y, "fda label-revision letters"),
 ("l-thr1", L, "combined positive score of 1 or more", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("l-lastsep", L, "began last September", "last September", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("l-g10", L, "voted 10-2, with one", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("l-g2", L, "-2, with one abstention", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("l-abst", L, "with one abstention, that the risk-benefit balance", "one", "count", 1, 1, "votes", Y, "gastric vote abstentions"),
 ("l-thr1b", L, "PD-L1 below 1, and", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("l-e11", L, "and 11-1 that", "11", "count", 11, 11, "votes", Y, "escc vote: not favorable (no)"),
 ("l-e1", L, "-1 that it was", "1", "count", 1, 1, "votes", Y, "escc vote: favorable (yes)"),
 ("l-1518", L, "enrolled 1,518 patients", "1,518", "count", 1518, 1518, "patients", Y, "checkmate 649 randomized"),
 ("l-8", L, "about 8%", "8%", "percent", 8, 8, "%", Y, "cps<1 risk reduction (1-HR)"),
 ("l-749", L, "a 749-patient trial", "749", "count", 749, 749, "patients", Y, "keynote-590 randomized"),
 ("l-mar21", L, "approval in March 2021", "March 2021", "date", 2021, 2021, "year", Y, "keytruda 1L esophageal approval (KEYNOTE-590)"),
 ("l-970", L, "randomized 970 patients", "970", "count", 970, 970, "patients", Y, "checkmate 648 randomized"),
 ("l-3arms", L, "across three arms", "three", "count", 3, 3, "arms", N, "design detail"),
 ("l-may22", L, "approval in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "opdivo 1L escc approval (CheckMate 648)"),
 ("l-decdue", L, "due in December", "December", "date", 2025, 2025, "year", Y, "merck pd-l1 assay pmc final report due"),
 ("l-latedec", L, "announced in late December", "late December", "date", 2024, 2024, "year", Y, "tevimbra gastric approval"),
 ("l-thr1c", L, "restricted to PD-L1 of 1 or more", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("l-mar24", L, "followed in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "tevimbra 1L escc approval"),
 ("l-30", L, "risk of death by 30%", "30%", "percent", 30, 30, "%", Y, "r305 reduction in risk of death"),
 ("l-1to2", L, "within one to two quarters", "one to two quarters", "duration", 1, 2, "quarters", N, "expectation"),
 ("l-14", L, "a 14-hospital", "14", "count", 14, 14, "hospitals", N, "aside"),
 ("l-thr1d", L, "CPS-below-1 tumors", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("l-78", L, "Roughly 78% of", "78%", "percent", 78, 78, "%", Y, "kn859 share with cps>=1"),
 ("l-thr1e", L, "had a CPS of 1 or higher", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("l-1in5", L, "perhaps one in five first-line", "one in five", "percent", 20, 20, "%", Y, "share of 1L gastric patients removed from label"),
 ("l-259", L, "$25.9 billion", "$25.9 billion", "money", 25900000000, 25900000000, "USD", Y, "keytruda 2024 worldwide sales"),
 ("l-2024", L, "sales in 2024,", "2024", "date", 2024, 2024, "year", N, "sales year qualifier"),
 ("l-240", L, "dosed at 240 mg", "240 mg", "dose", 240, 240, "mg", Y, "nivolumab dose (q2w)"),
 ("l-q2", L, "240 mg every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "nivolumab 240 mg interval"),
 ("l-360", L, "or 360 mg every", "360 mg", "dose", 360, 360, "mg", Y, "nivolumab dose (q3w)"),
 ("l-q3", L, "360 mg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "nivolumab 360 mg interval"),

 # ---- OD07 fact-check (2025-06-25)
 ("f-date", F, "| June 25, 2025", "June 25, 2025", "date", 2025, 2025, "year", N, "byline"),
 ("f-thous1", F, "Thousands of patients will", "Thousands", "count", None, None, "patients", N, "quoted post (vague)"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-two", F, "letters to the two companies", "two", "count", 2, 2, "companies", N, "aside"),
 ("f-may22", F, "dated May 22, the", "May 22", "date", 2025, 2025, "year", Y, "fda label-revision letters"),
 ("f-thr1", F, "(CPS) of 1 or higher.", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("f-sep26", F, "On Sept. 26, 2024", "Sept. 26, 2024", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("f-g10", F, "committee voted 10-2", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("f-g2", F, "-2, with one abstention", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("f-abst", F, "with one abstention, that the risk-benefit assessment", "one", "count", 1, 1, "votes", Y, "gastric vote abstentions"),
 ("f-thr1b", F, "expression below 1. It voted", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("f-e11", F, "It voted 11-1", "11", "count", 11, 11, "votes", Y, "escc vote: not favorable (no)"),
 ("f-e1", F, "-1 that the same", "1", "count", 1, 1, "votes", Y, "escc vote: favorable (yes)"),
 ("f-1581", F, "enrolled 1,581 patients", "1,581", "count", 1581, 1581, "patients", Y, "checkmate 649 randomized"),
 ("f-thr1c", F, "CPS below 1 had", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("f-131", F, "survival of 13.1 months", "13.1", "duration", 13.1, 13.1, "months", Y, "cm649 cps<1 median os nivolumab+chemo"),
 ("f-115", F, "and 11.5 months on chemotherapy", "11.5", "duration", 11.5, 11.5, "months", Y, "cm649 cps<1 median os chemo alone"),
 ("f-955", F, "population, 955 patients", "955", "count", 955, 955, "patients", Y, "cm649 cps>=5 population"),
 ("f-thr5", F, "CPS of 5 or more", "5", "ratio", 5, 5, "CPS", N, "threshold"),
 ("f-nov22", F, "granted in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "keytruda 1L gastric approval"),
 ("f-thisyr", F, "until this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-dec24", F, "cancer in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "tevimbra gastric approval"),
 ("f-997", F, "trial of 997 patients", "997", "count", 997, 997, "patients", Y, "rationale-305 randomized"),
 ("f-mar4", F, "on March 4, 2025", "March 4, 2025", "date", 2025, 2025, "year", Y, "tevimbra 1L escc approval"),
 ("f-3yr", F, "updated three-year results", "three-year", "duration", 3, 3, "years", N, "timepoint"),
 ("f-070", F, "death was 0.70", "0.70", "ratio", 0.70, 0.70, "HR", Y, "r306 os hr (3-year update)"),
 ("f-thous2", F, "Does \"thousands of patients\"", "thousands", "count", None, None, "patients", N, "quoted post (vague)"),
 ("f-78", F, "About 78% of", "78%", "percent", 78, 78, "%", Y, "kn859 share with cps>=1"),
 ("f-thr1d", F, "CPS of 1 or higher, so", "1", "ratio", 1, 1, "CPS", N, "threshold"),
 ("f-g10r", F, "Following a 10-2 advisory", "10", "count", 10, 10, "votes", Y, "gastric vote: not favorable (no)"),
 ("f-g2r", F, "-2 advisory vote", "2", "count", 2, 2, "votes", Y, "gastric vote: favorable (yes)"),
 ("f-sep24r", F, "vote in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("f-src1", F, "meeting materials, September 26, 2024", "September 26, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-src2", F, "Bristol-Myers Squibb, May 22, 2025", "May 22, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-src3", F, "press releases, December 2024", "December 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-src4", F, "and March 2025", "March 2025", "date", 2025, 2025, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
GNO = ["w-g10", "p-g10", "a-g10", "e-g10", "l-g10", "f-g10", "f-g10r"]
GYES = ["w-g2", "p-g2", "a-g2", "e-g2", "l-g2", "f-g2", "f-g2r"]
X = [
 # S1 gastric vote misreported 11-1 (OD05) vs 10-2
 *[("b-g11", o, S) for o in GNO],
 *[("b-g1", o, S) for o in GYES],
 # S2 ESCC vote misreported 12-1 (OD04) vs 11-1 (no-votes only; yes-votes agree)
 ("e-e12", "w-e11", S), ("e-e12", "p-e11", S), ("e-e12", "l-e11", S), ("e-e12", "f-e11", S),
 # S3 ODAC meeting year: September 2023 (OD02) vs 2024
 ("p-sep23", "w-thu", S), ("p-sep23", "a-sep24", S), ("p-sep23", "e-sep24", S), ("p-sep23", "b-lastthu", S),
 ("p-sep23", "l-lastsep", S), ("p-sep23", "f-sep26", S), ("p-sep23", "f-sep24r", S),
 # S4 label-revision letters year: May 2024 (OD04) vs 2025
 ("e-may24", "p-may22", S), ("e-may24", "l-lastmo", S), ("e-may24", "f-may22", S),
 # S5 CheckMate 649 randomized 1,518 (OD06) vs 1,581
 ("l-1518", "a-n1581", S), ("l-1518", "b-1581", S), ("l-1518", "f-1581", S),
 # S6 CheckMate 649 CPS<1 chemo-arm median OS 11.5 (OD07) vs 12.5
 ("f-115", "w-125", S), ("f-115", "a-1248", S),
 # S7 KEYNOTE-859 ITT OS HR 0.87 (OD02) vs 0.78
 ("p-087", "a-078", S), ("p-087", "b-078", S),
 # S8 RATIONALE-305 risk-of-death reduction 30% (OD06) vs 20%
 ("l-30", "p-20", S), ("l-30", "e-20", S),
 # S9 Opdivo 1L gastric approval year 2022 (OD05) vs 2021
 ("b-apr22", "w-apr21", S), ("b-apr22", "a-apr21", S), ("b-apr22", "e-apr16", S),
 # S10 Keytruda 1L gastric approval year 2022 (OD07) vs 2023
 ("f-nov22", "w-lastnov", S), ("f-nov22", "p-knyr", S), ("f-nov22", "a-nov23", S), ("f-nov22", "e-nov23", S),
 # S11 Tevimbra 1L ESCC approval March 2024 (OD06) vs March 2025
 ("l-mar24", "e-mar4", S), ("l-mar24", "f-mar4", S),
 # S12 RATIONALE-305 ITT tislelizumab median OS 17.2 (OD01) vs 15.0
 ("w-172", "p-150", S),
 # S13 RATIONALE-305 randomized 979 (OD04) vs 997
 ("e-979", "w-997", S), ("e-979", "p-997", S), ("e-979", "f-997", S),
 # S14 Keytruda 2024 sales $25.9B (OD06) vs $29.5B
 ("l-259", "p-295", S),
 # S15 CheckMate 649 long-term OS timepoint: three-year (OD05) vs five-year
 ("b-3yr", "a-5yr", S), ("b-3yr", "e-5yr", S),
 # S16 tislelizumab dose 240 mg (OD05) vs 200 mg
 ("b-240", "p-200", S), ("b-240", "e-t200", S),
 # S17 gastric vote abstentions: two (OD03) vs one
 ("a-abst2", "w-gabst", S), ("a-abst2", "l-abst", S), ("a-abst2", "f-abst", S),
 # Qualified
 ("b-138", "a-144", Q), ("b-116", "a-111", Q),
 ("b-60", "a-59", Q), ("b-45", "a-44", Q),
 ("e-066", "f-070", Q),
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
        rows.append({"type": "claim", "id": f"{T}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{T}-{a}", f"{T}-{b}"
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
