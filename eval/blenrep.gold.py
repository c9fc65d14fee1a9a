#!/usr/bin/env python3
"""Build blenrep.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "blenrep")
OUT = os.path.join(HERE, "blenrep.gold.jsonl")
T = "blenrep"

W, P, A, E, B, L, F = ("bl01_wire.txt", "bl02_press.txt", "bl03_abstract.txt",
                       "bl04_explainer.txt", "bl05_blog.txt", "bl06_local.txt", "bl07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- bl01 wire (2025-07-18, Friday)
 ("w-dl", W, "WASHINGTON, July 18", "July 18", "date", 2025, 2025, "year", N, "dateline"),
 ("w-65", W, "fell 6.5% on Friday", "6.5%", "percent", 6.5, 6.5, "%", Y, "gsk share drop day after odac"),
 ("w-fri", W, "6.5% on Friday", "Friday", "date", 2025, 2025, "year", N, "share drop date"),
 ("w-bvdag", W, "voted 5-3 on Thursday", "5", "count", 5, 5, "votes", Y, "odac 2025 bvd votes against"),
 ("w-bvdfor", W, "voted 5-3 on Thursday", "3", "count", 3, 3, "votes", Y, "odac 2025 bvd votes for"),
 ("w-thu", W, "5-3 on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "odac 2025 date"),
 ("w-bpdag", W, "and 7-1 against", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against"),
 ("w-bpdfor", W, "and 7-1 against", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for"),
 ("w-1line", W, "at least one earlier line", "one", "count", 1, 1, "prior lines", Y, "proposed indication prior lines"),
 ("w-pdufa", W, "due on July 23", "July 23", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("w-nextwed", W, "next Wednesday", "next Wednesday", "date", 2025, 2025, "year", N, "original pdufa date (relative repeat)"),
 ("w-4h", W, "ran about four hours", "four hours", "duration", 4, 4, "hours", N, "odac discussion length"),
 ("w-2020", W, "accelerated U.S. approval in 2020", "2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("w-4prior", W, "at least four other therapies", "four", "count", 4, 4, "prior therapies", Y, "2020 indication prior therapies"),
 ("w-2022", W, "In 2022 GSK pulled", "2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("w-d3hr", W, "that trial was 1.03", "1.03", "ratio", 1.03, 1.03, "HR", Y, "dreamm-3 pfs hr"),
 ("w-366", W, "median of 36.6 months", "36.6 months", "duration", 36.6, 36.6, "months", Y, "dreamm-7 itt median pfs bvd"),
 ("w-134", W, "against 13.4 months", "13.4 months", "duration", 13.4, 13.4, "months", Y, "dreamm-7 itt median pfs dvd"),
 ("w-42", W, "risk of death by 42%", "42%", "percent", 42, 42, "%", Y, "dreamm-7 itt os risk reduction"),
 ("w-302", W, "which randomized 302 patients", "302", "count", 302, 302, "patients", Y, "dreamm-8 randomized"),
 ("w-48", W, "progression or death by 48%", "48%", "percent", 48, 48, "%", Y, "dreamm-8 pfs risk reduction"),
 ("w-89", W, "reported in 89% of patients", "89%", "percent", 89, 89, "%", Y, "dreamm-7 ocular events bvd"),
 ("w-29", W, "against 29% in the comparison", "29%", "percent", 29, 29, "%", Y, "dreamm-7 ocular events dvd"),
 ("w-19", W, "given at 1.9 mg/kg", "1.9 mg/kg", "dose", 1.9, 1.9, "mg/kg", Y, "dreamm-7 belamaf dose"),
 ("w-q3w", W, "1.9 mg/kg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dreamm-7 dosing interval"),
 ("w-apr", W, "combinations in April", "April", "date", 2025, 2025, "year", Y, "uk mhra approval"),
 ("w-may", W, "Japan followed in May", "May", "date", 2025, 2025, "year", Y, "japan approval"),
 ("w-jul20", W, "in July 2020", "July 2020", "date", 2020, 2020, "year", Y, "odac 2020 date"),
 ("w-12", W, "unanimous 12-0 vote", "12", "count", 12, 12, "votes", Y, "odac 2020 votes for"),
 ("w-0", W, "unanimous 12-0 vote", "0", "count", 0, 0, "votes", Y, "odac 2020 votes against"),
 ("w-3bn", W, "more than 3 billion pounds", "3 billion pounds", "money", 3e9, 3e9, "GBP", Y, "gsk peak sales guidance"),
 ("w-39bn", W, "($3.9 billion)", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", N, "conversion"),
 ("w-125", W, "at 1.25 billion pounds", "1.25 billion pounds", "money", 1.25e9, 1.25e9, "GBP", Y, "visible alpha consensus peak sales"),
 ("w-2032", W, "pounds in 2032", "2032", "date", 2032, 2032, "year", N, "consensus peak year"),
 ("w-two", W, "bet on two larger studies", "two", "count", 2, 2, "trials", N, "aside"),
 ("w-half", W, "up to half of the expected", "half", "percent", 50, 50, "%", Y, "share of peak sales from us"),
 ("w-180k", W, "roughly 180,000 people", "180,000", "count", 180000, 180000, "people", Y, "global myeloma diagnoses per year"),

 # ---- bl02 press (2025-10-23)
 ("p-h51", P, "showing a 51% reduction", "51%", "percent", 51, 51, "%", N, "subtitle repeat"),
 ("p-htwo", P, "in patients with at least two prior lines", "two", "count", 2, 2, "prior lines", N, "subtitle repeat"),
 ("p-dl", P, "October 23, 2025 /GSK", "October 23, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-2lines", P, "who have received at least two prior lines", "two", "count", 2, 2, "prior lines", Y, "approved us indication prior lines"),
 ("p-217", P, "comprising 217 patients", "217", "count", 217, 217, "patients", Y, "dreamm-7 >=2 prior lines subgroup"),
 ("p-twoormore", P, "who had received two or more prior", "two", "count", 2, 2, "prior lines", N, "subgroup definition"),
 ("p-51", P, "risk of death by 51%", "51%", "percent", 51, 51, "%", Y, "subgroup os risk reduction"),
 ("p-049", P, "[HR] 0.49)", "0.49", "ratio", 0.49, 0.49, "HR", Y, "subgroup os hr"),
 ("p-tripled", P, "roughly tripled median", "tripled", "ratio", 3, 3, "x", N, "subgroup pfs multiple"),
 ("p-313", P, "PFS): 31.3 months", "31.3 months", "duration", 31.3, 31.3, "months", Y, "subgroup median pfs bvd"),
 ("p-104", P, "versus 10.4 months (HR", "10.4 months", "duration", 10.4, 10.4, "months", Y, "subgroup median pfs dvd"),
 ("p-031", P, "(HR 0.31)", "0.31", "ratio", 0.31, 0.31, "HR", Y, "subgroup pfs hr"),
 ("p-70", P, "about 70% of US patients", "70%", "percent", 70, 70, "%", Y, "share of us patients treated in community"),
 ("p-3mo", P, "a three-month extension", "three-month", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("p-jul", P, "announced in July", "July", "date", 2025, 2025, "year", Y, "extension announcement"),
 ("p-25", P, "recommended dose is 2.5 mg/kg", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "us label dose"),
 ("p-q3w", P, "intravenously every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "us label dosing interval"),
 ("p-uk", P, "UK (April 2025)", "April 2025", "date", 2025, 2025, "year", Y, "uk mhra approval"),
 ("p-jp", P, "Japan (May 2024)", "May 2024", "date", 2024, 2024, "year", Y, "japan approval"),
 ("p-eu", P, "European Union (July 2025)", "July 2025", "date", 2025, 2025, "year", Y, "eu approval"),
 ("p-494", P, "enrolled 494 patients", "494", "count", 494, 494, "patients", Y, "dreamm-7 randomized"),
 ("p-1line", P, "after at least one prior line", "one", "count", 1, 1, "prior lines", N, "dreamm-7 eligibility"),
 ("p-11", P, "randomised 1:1 to BVd", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("p-243", P, "(n=243)", "243", "count", 243, 243, "patients", Y, "dreamm-7 bvd arm"),
 ("p-251", P, "(n=251)", "251", "count", 251, 251, "patients", Y, "dreamm-7 dvd arm"),
 ("p-ntripled", P, "nearly tripled median", "tripled", "ratio", 3, 3, "x", N, "itt pfs multiple"),
 ("p-366", P, "(36.6 months versus", "36.6 months", "duration", 36.6, 36.6, "months", Y, "dreamm-7 itt median pfs bvd"),
 ("p-134", P, "versus 13.4 months; HR", "13.4 months", "duration", 13.4, 13.4, "months", Y, "dreamm-7 itt median pfs dvd"),
 ("p-041", P, "HR 0.41)", "0.41", "ratio", 0.41, 0.41, "HR", Y, "dreamm-7 itt pfs hr"),
 ("p-59", P, "a 59% reduction", "59%", "percent", 59, 59, "%", Y, "dreamm-7 itt pfs risk reduction"),
 ("p-180k", P, "Around 180,000 people", "180,000", "count", 180000, 180000, "people", Y, "global myeloma diagnoses per year"),
 ("p-2020", P, "in the US in 2020 as", "2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("p-2022", P, "withdrawn in 2022", "2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("p-2024", P, "Form 20-F for 2024", "2024", "date", 2024, 2024, "year", N, "reference year"),

 # ---- bl03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tthree", A, "across three randomized", "three", "count", 3, 3, "trials", N, "title"),
 ("a-aug21", A, "States in August 2021", "August 2021", "date", 2021, 2021, "year", Y, "accelerated approval year"),
 ("a-4prior", A, "at least four prior therapies", "four", "count", 4, 4, "prior therapies", Y, "2020 indication prior therapies"),
 ("a-31", A, "response rate of 31%", "31%", "percent", 31, 31, "%", Y, "dreamm-2 orr 2.5 mg/kg"),
 ("a-d2dose", A, "31% in the 2.5 mg/kg cohort", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", N, "cohort qualifier"),
 ("a-97", A, "(n=97)", "97", "count", 97, 97, "patients", Y, "dreamm-2 2.5 mg/kg cohort size"),
 ("a-three2", A, "We identified three", "three", "count", 3, 3, "trials", N, "methods"),
 ("a-d3dose", A, "(belantamab mafodotin 2.5 mg/kg every 3 weeks vs", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "dreamm-3 belamaf dose"),
 ("a-d3q3w", A, "2.5 mg/kg every 3 weeks vs", "3 weeks", "duration", 3, 3, "weeks", Y, "dreamm-3 dosing interval"),
 ("a-21", A, "allocated 2:1", "2:1", "ratio", 2, 2, "ratio", N, "dreamm-3 randomization ratio"),
 ("a-d7dose", A, "(belantamab mafodotin 2.5 mg/kg every 3 weeks plus", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "dreamm-7 belamaf dose"),
 ("a-d7q3w", A, "2.5 mg/kg every 3 weeks plus", "3 weeks", "duration", 3, 3, "weeks", Y, "dreamm-7 dosing interval"),
 ("a-d7r", A, "[DVd], 1:1)", "1:1", "ratio", 1, 1, "ratio", N, "dreamm-7 randomization ratio"),
 ("a-d8c1", A, "2.5 mg/kg in cycle 1", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "dreamm-8 cycle 1 dose"),
 ("a-cyc1", A, "in cycle 1, then", "1", "count", 1, 1, "cycle", N, "cycle number"),
 ("a-d819", A, "then 1.9 mg/kg", "1.9 mg/kg", "dose", 1.9, 1.9, "mg/kg", Y, "dreamm-8 maintenance dose"),
 ("a-d8q4w", A, "1.9 mg/kg every 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "dreamm-8 dosing interval"),
 ("a-d8r", A, "[PVd], 1:1)", "1:1", "ratio", 1, 1, "ratio", N, "dreamm-8 randomization ratio"),
 ("a-all3", A, "of all three was", "three", "count", 3, 3, "trials", N, "methods"),
 ("a-two", A, "for the two combination trials", "two", "count", 2, 2, "trials", N, "methods"),
 ("a-N", A, "N = 1121", "1121", "count", 1121, 1121, "patients", Y, "randomized across three trials"),
 ("a-3tr", A, "across the three trials", "three", "count", 3, 3, "trials", N, "repeat"),
 ("a-325", A, "(n=325;", "325", "count", 325, 325, "patients", Y, "dreamm-3 randomized"),
 ("a-218", A, "218 belantamab", "218", "count", 218, 218, "patients", Y, "dreamm-3 belamaf arm"),
 ("a-107", A, "107 pomalidomide", "107", "count", 107, 107, "patients", Y, "dreamm-3 pd arm"),
 ("a-112", A, "median PFS was 11.2 vs", "11.2", "duration", 11.2, 11.2, "months", Y, "dreamm-3 median pfs belamaf"),
 ("a-70", A, "11.2 vs 7.0 months", "7.0 months", "duration", 7.0, 7.0, "months", Y, "dreamm-3 median pfs pd"),
 ("a-d3hr", A, "(HR 1.30,", "1.30", "ratio", 1.30, 1.30, "HR", Y, "dreamm-3 pfs hr"),
 ("a-d3ci", A, "CI 0.72–1.47", "0.72–1.47", "ratio", 0.72, 1.47, "HR", Y, "ci"),
 ("a-d3p", A, "P=0.56", "0.56", "pvalue", 0.56, 0.56, "p", N, "p-value"),
 ("a-494", A, "(n=494;", "494", "count", 494, 494, "patients", Y, "dreamm-7 randomized"),
 ("a-243", A, "243 BVd", "243", "count", 243, 243, "patients", Y, "dreamm-7 bvd arm"),
 ("a-251", A, "251 DVd", "251", "count", 251, 251, "patients", Y, "dreamm-7 dvd arm"),
 ("a-282", A, "median follow-up 28.2 months", "28.2 months", "duration", 28.2, 28.2, "months", Y, "dreamm-7 median follow-up"),
 ("a-366", A, "PFS was 36.6 months", "36.6 months", "duration", 36.6, 36.6, "months", Y, "dreamm-7 itt median pfs bvd"),
 ("a-284", A, "CI 28.4–not reached", "28.4", "duration", 28.4, 28.4, "months", N, "ci lower bound"),
 ("a-134", A, "BVd vs 13.4 months", "13.4 months", "duration", 13.4, 13.4, "months", Y, "dreamm-7 itt median pfs dvd"),
 ("a-134ci", A, "CI 11.1–17.5", "11.1–17.5", "duration", 11.1, 17.5, "months", Y, "ci"),
 ("a-041", A, "(HR 0.41,", "0.41", "ratio", 0.41, 0.41, "HR", Y, "dreamm-7 itt pfs hr"),
 ("a-041ci", A, "CI 0.31–0.53", "0.31–0.53", "ratio", 0.31, 0.53, "HR", Y, "ci"),
 ("a-d7p", A, "0.31–0.53; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-058", A, "HR was 0.58", "0.58", "ratio", 0.58, 0.58, "HR", Y, "dreamm-7 itt os hr"),
 ("a-058ci", A, "CI 0.43–0.79", "0.43–0.79", "ratio", 0.43, 0.79, "HR", Y, "ci"),
 ("a-36mo", A, "36-month survival", "36-month", "duration", 36, 36, "months", N, "timepoint"),
 ("a-74", A, "was 74% vs", "74%", "percent", 74, 74, "%", Y, "dreamm-7 36-month os bvd"),
 ("a-60", A, "74% vs 60%", "60%", "percent", 60, 60, "%", Y, "dreamm-7 36-month os dvd"),
 ("a-302", A, "(n=302;", "302", "count", 302, 302, "patients", Y, "dreamm-8 randomized"),
 ("a-155", A, "155 BPd", "155", "count", 155, 155, "patients", Y, "dreamm-8 bpd arm"),
 ("a-147", A, "147 PVd", "147", "count", 147, 147, "patients", Y, "dreamm-8 pvd arm"),
 ("a-218fu", A, "median follow-up 21.8 months", "21.8 months", "duration", 21.8, 21.8, "months", Y, "dreamm-8 median follow-up"),
 ("a-12mo", A, "12-month PFS was", "12-month", "duration", 12, 12, "months", N, "timepoint"),
 ("a-71", A, "PFS was 71%", "71%", "percent", 71, 71, "%", Y, "dreamm-8 12-month pfs bpd"),
 ("a-71ci", A, "CI 63–78", "63–78", "percent", 63, 78, "%", Y, "ci"),
 ("a-51", A, "vs 51% (95%", "51%", "percent", 51, 51, "%", Y, "dreamm-8 12-month pfs pvd"),
 ("a-51ci", A, "CI 42–60", "42–60", "percent", 42, 60, "%", Y, "ci"),
 ("a-052", A, "(HR 0.52,", "0.52", "ratio", 0.52, 0.52, "HR", Y, "dreamm-8 pfs hr"),
 ("a-052ci", A, "CI 0.37–0.73", "0.37–0.73", "ratio", 0.37, 0.73, "HR", Y, "ci"),
 ("a-d8p", A, "0.37–0.73; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-127", A, "was 12.7 months", "12.7 months", "duration", 12.7, 12.7, "months", Y, "dreamm-8 median pfs pvd"),
 ("a-ln7", A, "log HRs were −0.89", "−0.89", "ratio", -0.89, -0.89, "logHR", Y, "dreamm-7 log hr"),
 ("a-se7", A, "(SE 0.14)", "0.14", "ratio", 0.14, 0.14, "SE", N, "standard error"),
 ("a-ln8", A, "and −0.65", "−0.65", "ratio", -0.65, -0.65, "logHR", Y, "dreamm-8 log hr"),
 ("a-se8", A, "(SE 0.17)", "0.17", "ratio", 0.17, 0.17, "SE", N, "standard error"),
 ("a-pool", A, "pooled HR was 0.45", "0.45", "ratio", 0.45, 0.45, "HR", Y, "pooled combination pfs hr"),
 ("a-poolci", A, "CI 0.36–0.55", "0.36–0.55", "ratio", 0.36, 0.55, "HR", Y, "ci"),
 ("a-het", A, "(P=0.28)", "0.28", "pvalue", 0.28, 0.28, "p", N, "heterogeneity p"),
 ("a-79", A, "in 79% of BVd", "79%", "percent", 79, 79, "%", Y, "dreamm-7 ocular events bvd"),
 ("a-29", A, "29% of DVd", "29%", "percent", 29, 29, "%", Y, "dreamm-7 ocular events dvd"),
 ("a-89", A, "89% of BPd", "89%", "percent", 89, 89, "%", Y, "dreamm-8 ocular events bpd"),
 ("a-30", A, "30% of PVd", "30%", "percent", 30, 30, "%", Y, "dreamm-8 ocular events pvd"),
 ("a-halved", A, "roughly halved the hazard", "halved", "ratio", 0.5, 0.5, "HR", N, "summary"),
 ("a-two2", A, "of the two combinations", "two", "count", 2, 2, "combinations", N, "aside"),
 ("a-jul25", A, "committee in July 2025", "July 2025", "date", 2025, 2025, "year", Y, "odac 2025 date"),
 ("a-bvdag", A, "voted 5–3 and", "5", "count", 5, 5, "votes", Y, "odac 2025 bvd votes against"),
 ("a-bvdfor", A, "voted 5–3 and", "3", "count", 3, 3, "votes", Y, "odac 2025 bvd votes for"),
 ("a-bpdag", A, "and 7–1 against", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against"),
 ("a-bpdfor", A, "and 7–1 against", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for"),

 # ---- bl04 explainer (2025-08-05)
 ("e-upd", E, "Updated August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-aug20", E, "In August 2020 the FDA", "August 2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("e-4prior", E, "at least four other treatments", "four", "count", 4, 4, "prior therapies", Y, "2020 indication prior therapies"),
 ("e-third", E, "about a third of patients", "a third", "percent", 33.3, 33.3, "%", N, "dreamm-2 orr (approx)"),
 ("e-34", E, "response rate was 34%", "34%", "percent", 34, 34, "%", Y, "dreamm-2 orr 2.5 mg/kg"),
 ("e-d2dose", E, "at the 2.5 mg/kg dose that was approved", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "2020 approved monotherapy dose"),
 ("e-v11", E, "voted 11-1 in favour", "11", "count", 11, 11, "votes", Y, "odac 2020 votes for"),
 ("e-v1", E, "voted 11-1 in favour", "1", "count", 1, 1, "votes", Y, "odac 2020 votes against"),
 ("e-325", E, "in 325 patients", "325", "count", 325, 325, "patients", Y, "dreamm-3 randomized"),
 ("e-d3hr", E, "hazard ratio was 1.03", "1.03", "ratio", 1.03, 1.03, "HR", Y, "dreamm-3 pfs hr"),
 ("e-nov22", E, "market in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("e-twotr", E, "Because two newer trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-494", E, "DREAMM-7 enrolled 494 patients", "494", "count", 494, 494, "patients", Y, "dreamm-7 randomized"),
 ("e-1prev", E, "at least one previous treatment", "one", "count", 1, 1, "prior lines", N, "dreamm-7 eligibility"),
 ("e-366", E, "a median of 36.6 months", "36.6 months", "duration", 36.6, 36.6, "months", Y, "dreamm-7 itt median pfs bvd"),
 ("e-104", E, "compared with 10.4 months", "10.4 months", "duration", 10.4, 10.4, "months", Y, "dreamm-7 itt median pfs dvd"),
 ("e-59", E, "That is a 59% reduction", "59%", "percent", 59, 59, "%", Y, "dreamm-7 itt pfs risk reduction"),
 ("e-year", E, "After a year, 71%", "a year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-71", E, "After a year, 71%", "71%", "percent", 71, 71, "%", Y, "dreamm-8 12-month pfs bpd"),
 ("e-51", E, "compared with 51% on", "51%", "percent", 51, 51, "%", Y, "dreamm-8 12-month pfs pvd"),
 ("e-79", E, "In DREAMM-7, 79% of patients", "79%", "percent", 79, 79, "%", Y, "dreamm-7 ocular events bvd"),
 ("e-29", E, "against 29% on the comparison", "29%", "percent", 29, 29, "%", Y, "dreamm-7 ocular events dvd"),
 ("e-89", E, "figures were 89% and 30%", "89%", "percent", 89, 89, "%", Y, "dreamm-8 ocular events bpd"),
 ("e-30", E, "89% and 30%", "30%", "percent", 30, 30, "%", Y, "dreamm-8 ocular events pvd"),
 ("e-jul17", E, "On July 17 the Oncologic", "July 17", "date", 2025, 2025, "year", Y, "odac 2025 date"),
 ("e-bvdag", E, "voted 5-3 against", "5", "count", 5, 5, "votes", Y, "odac 2025 bvd votes against"),
 ("e-bvdfor", E, "voted 5-3 against", "3", "count", 3, 3, "votes", Y, "odac 2025 bvd votes for"),
 ("e-bpdag", E, "and 7-1 against the pomalidomide", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against"),
 ("e-bpdfor", E, "and 7-1 against the pomalidomide", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for"),
 ("e-d7dose", E, "was given at 2.5 mg/kg every three weeks", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "dreamm-7 belamaf dose"),
 ("e-d7q3w", E, "2.5 mg/kg every three weeks; in", "three weeks", "duration", 3, 3, "weeks", Y, "dreamm-7 dosing interval"),
 ("e-d8c1", E, "started at 2.5 mg/kg", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "dreamm-8 cycle 1 dose"),
 ("e-d819", E, "moved to 1.9 mg/kg", "1.9 mg/kg", "dose", 1.9, 1.9, "mg/kg", Y, "dreamm-8 maintenance dose"),
 ("e-d8q4w", E, "1.9 mg/kg every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dreamm-8 dosing interval"),
 ("e-pdufa", E, "originally due on July 23", "July 23", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("e-3mo", E, "its review by three months", "three months", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("e-oct23", E, "date is October 23, 2025", "October 23, 2025", "date", 2025, 2025, "year", Y, "new pdufa date"),
 ("e-apr", E, "both combinations in April", "April", "date", 2025, 2025, "year", Y, "uk mhra approval"),
 ("e-may", E, "approved them in May", "May", "date", 2025, 2025, "year", Y, "japan approval"),
 ("e-lastmo", E, "granted approval last month", "last month", "date", 2025, 2025, "year", Y, "eu approval"),
 ("e-1tx", E, "after at least one treatment", "one", "count", 1, 1, "prior lines", N, "advice qualifier"),

 # ---- bl05 blog (2025-11-03)
 ("b-dl", B, "November 3, 2025", "November 3, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-11d", B, "Eleven days ago", "Eleven days ago", "date", 2025, 2025, "year", Y, "us approval date"),
 ("b-2020", B, "accelerated approval in 2020", "2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("b-2023", B, "in early 2023", "early 2023", "date", 2023, 2023, "year", Y, "us withdrawal year"),
 ("b-41", B, "or death by 41%", "41%", "percent", 41, 41, "%", Y, "dreamm-7 itt pfs risk reduction"),
 ("b-155", B, "which enrolled 155 patients", "155", "count", 155, 155, "patients", Y, "dreamm-8 randomized"),
 ("b-july", B, "Then came July.", "July", "date", 2025, 2025, "year", Y, "odac 2025 date"),
 ("b-bvdag", B, "voted 6-2 against", "6", "count", 6, 6, "votes", Y, "odac 2025 bvd votes against"),
 ("b-bvdfor", B, "voted 6-2 against", "2", "count", 2, 2, "votes", Y, "odac 2025 bvd votes for"),
 ("b-bpdag", B, "and 7-1 against the pomalidomide", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against"),
 ("b-bpdfor", B, "and 7-1 against the pomalidomide", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for"),
 ("b-89", B, "In DREAMM-8, 89% of patients", "89%", "percent", 89, 89, "%", Y, "dreamm-8 ocular events bpd"),
 ("b-oct23", B, "on October 23, approved", "October 23", "date", 2025, 2025, "year", Y, "us approval date"),
 ("b-2lines", B, "at least two prior lines", "two", "count", 2, 2, "prior lines", Y, "approved us indication prior lines"),
 ("b-1line", B, "after just one prior line", "one", "count", 1, 1, "prior lines", Y, "proposed indication prior lines"),
 ("b-217", B, "rests on the 217", "217", "count", 217, 217, "patients", Y, "dreamm-7 >=2 prior lines subgroup"),
 ("b-twoormore", B, "who had two or more prior lines", "two", "count", 2, 2, "prior lines", N, "subgroup definition"),
 ("b-313", B, "survival was 31.3 months", "31.3 months", "duration", 31.3, 31.3, "months", Y, "subgroup median pfs bvd"),
 ("b-104", B, "versus 10.4 months with", "10.4 months", "duration", 10.4, 10.4, "months", Y, "subgroup median pfs dvd"),
 ("b-51", B, "was 51% lower", "51%", "percent", 51, 51, "%", Y, "subgroup os risk reduction"),
 ("b-ayear", B, "wide for a year", "a year", "duration", 1, 1, "years", N, "caption"),
 ("b-3bn", B, "more than 3 billion pounds a year", "3 billion pounds", "money", 3e9, 3e9, "GBP", Y, "gsk peak sales guidance"),
 ("b-152", B, "at 1.52 billion pounds", "1.52 billion pounds", "money", 1.52e9, 1.52e9, "GBP", Y, "visible alpha consensus peak sales"),
 ("b-2032", B, "reached in 2032", "2032", "date", 2032, 2032, "year", N, "consensus peak year"),
 ("b-70ch", B, "a 70% chance", "70%", "percent", 70, 70, "%", Y, "berenberg probability of 3bn"),
 ("b-lastyr", B, "number last year", "last year", "date", 2024, 2024, "year", N, "berenberg estimate date"),
 ("b-1bn", B, "up to $1 billion", "$1 billion", "money", 1e9, 1e9, "USD", Y, "shore capital revenue at risk"),
 ("b-half", B, "roughly half of peak sales", "half", "percent", 50, 50, "%", Y, "share of peak sales from us"),
 ("b-3line", B, "The third-line label", "third-line", "count", 3, 3, "line", N, "label line (term)"),
 ("b-2line", B, "fight in second line", "second line", "count", 2, 2, "line", N, "term"),
 ("b-carv1", B, "for use after one prior line in", "one", "count", 1, 1, "prior lines", N, "rival indication"),
 ("b-carv", B, "in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "carvykti second-line approval"),
 ("b-91m", B, "91 million pounds", "91 million pounds", "money", 91e6, 91e6, "GBP", Y, "blenrep sales 9m 2022"),
 ("b-9mo", B, "first nine months of 2022", "nine months", "duration", 9, 9, "months", N, "period"),
 ("b-2022", B, "nine months of 2022", "2022", "date", 2022, 2022, "year", N, "period"),
 ("b-40bn", B, "more than 40 billion pounds", "40 billion pounds", "money", 40e9, 40e9, "GBP", Y, "gsk 2031 sales target"),
 ("b-2031", B, "total sales in 2031", "2031", "date", 2031, 2031, "year", N, "target year"),
 ("b-lastwk", B, "On last week's earnings call", "last week", "date", 2025, 2025, "year", N, "earnings call date"),
 ("b-6bn", B, "about 6 billion pounds", "6 billion pounds", "money", 6e9, 6e9, "GBP", Y, "consensus gap to 2031 target"),
 ("b-70", B, "treat about 70% of US", "70%", "percent", 70, 70, "%", Y, "share of us patients treated in community"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-4votes", B, "four votes that went", "four", "count", 4, 4, "votes", N, "related link"),
 ("b-jan1", B, "changes on January 1", "January 1", "date", 2026, 2026, "year", N, "related link"),
 ("b-42c", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- bl06 trade news (2025-10-27), hard-wrapped
 ("l-h3", L, "and a third-line label", "third-line", "count", 3, 3, "line", N, "headline term"),
 ("l-dl", L, "Staff Writer | October 27, 2025", "October 27, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-thu", L, "FDA on Thursday approved", "Thursday", "date", 2025, 2025, "year", Y, "us approval date"),
 ("l-2lines", L, "least two prior lines of therapy", "two", "count", 2, 2, "prior lines", Y, "approved us indication prior lines"),
 ("l-1line", L, "for use after one prior line", "one", "count", 1, 1, "prior lines", Y, "proposed indication prior lines"),
 ("l-25", L, "recommended dose is 2.5 mg/kg", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "us label dose"),
 ("l-q3w", L, "intravenously every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "us label dosing interval"),
 ("l-bort", L, "bortezomib 1.3 mg/m2", "1.3 mg/m2", "dose", 1.3, 1.3, "mg/m2", Y, "bortezomib dose"),
 ("l-449", L, "randomized 449 patients", "449", "count", 449, 449, "patients", Y, "dreamm-7 randomized"),
 ("l-217", L, "subgroup of 217 patients", "217", "count", 217, 217, "patients", Y, "dreamm-7 >=2 prior lines subgroup"),
 ("l-twoormore", L, "with two or more prior lines", "two", "count", 2, 2, "prior lines", N, "subgroup definition"),
 ("l-313", L, "survival was 31.3 months", "31.3 months", "duration", 31.3, 31.3, "months", Y, "subgroup median pfs bvd"),
 ("l-134", L, "versus 13.4 months with", "13.4 months", "duration", 13.4, 13.4, "months", Y, "subgroup median pfs dvd"),
 ("l-057", L, "full trial was 0.57", "0.57", "ratio", 0.57, 0.57, "HR", Y, "dreamm-7 itt os hr"),
 ("l-48", L, "death by 48%", "48%", "percent", 48, 48, "%", Y, "dreamm-8 pfs risk reduction"),
 ("l-aug20", L, "approval in August 2020", "August 2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("l-nov22", L, "withdrawn in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("l-nov24", L, "application in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "bla acceptance"),
 ("l-lastyr", L, "met in July of last year", "July of last year", "date", 2024, 2024, "year", Y, "odac 2025 date"),
 ("l-6mo", L, "A six-month extension", "six-month", "duration", 6, 6, "months", Y, "pdufa extension length"),
 ("l-oct23", L, "action date to Oct. 23", "Oct. 23", "date", 2025, 2025, "year", Y, "new pdufa date"),
 ("l-3bn", L, "above 3 billion pounds", "3 billion pounds", "money", 3e9, 3e9, "GBP", Y, "gsk peak sales guidance"),
 ("l-38bn", L, "more than 38 billion pounds", "38 billion pounds", "money", 38e9, 38e9, "GBP", Y, "gsk 2031 sales target"),
 ("l-2031", L, "pounds in 2031", "2031", "date", 2031, 2031, "year", N, "target year"),
 ("l-2lines2", L, "exhausted two lines", "two", "count", 2, 2, "prior lines", N, "quote"),
 ("l-3line2", L, "said the third-line label", "third-line", "count", 3, 3, "line", N, "term"),
 ("l-70", L, "about 70% of U.S. myeloma", "70%", "percent", 70, 70, "%", Y, "share of us patients treated in community"),

 # ---- bl07 fact-check (2025-07-25)
 ("f-h2022", F, "which was \"banned\" in 2022", "2022", "date", 2022, 2022, "year", N, "headline (claim)"),
 ("f-dl", F, "Desk | July 25, 2025", "July 25, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c2022", F, "BANNED in 2022", "2022", "date", 2022, 2022, "year", N, "post claim"),
 ("f-c9of10", F, "didn't work. 9 out of 10", "9 out of 10", "percent", 90, 90, "%", N, "post claim"),
 ("f-v2022", F, "U.S. market in 2022 at", "2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("f-two", F, "vote against two Blenrep", "two", "count", 2, 2, "combinations", N, "verdict aside"),
 ("f-jul17", F, "met on July 17, 2025", "July 17, 2025", "date", 2025, 2025, "year", Y, "odac 2025 date"),
 ("f-bvdag", F, "members voted 5-3", "5", "count", 5, 5, "votes", Y, "odac 2025 bvd votes against"),
 ("f-bvdfor", F, "members voted 5-3", "3", "count", 3, 3, "votes", Y, "odac 2025 bvd votes for"),
 ("f-bpdag", F, "and 7-1 against the combination", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against"),
 ("f-bpdfor", F, "and 7-1 against the combination", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for"),
 ("f-pdufa", F, "expected on July 23", "July 23", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("f-3mo", F, "its review by three months", "three months", "duration", 3, 3, "months", Y, "pdufa extension length"),
 ("f-oct23", F, "to Oct. 23, 2025", "Oct. 23, 2025", "date", 2025, 2025, "year", Y, "new pdufa date"),
 ("f-56", F, "fallen 5.6% on July 18", "5.6%", "percent", 5.6, 5.6, "%", Y, "gsk share drop day after odac"),
 ("f-jul18", F, "5.6% on July 18", "July 18", "date", 2025, 2025, "year", N, "share drop date"),
 ("f-sub2022", F, "The 2022 withdrawal.", "2022", "date", 2022, 2022, "year", N, "subhead"),
 ("f-aug20", F, "approval in August 2020", "August 2020", "date", 2020, 2020, "year", Y, "accelerated approval year"),
 ("f-12", F, "panel voted 12-0", "12", "count", 12, 12, "votes", Y, "odac 2020 votes for"),
 ("f-0", F, "panel voted 12-0", "0", "count", 0, 0, "votes", Y, "odac 2020 votes against"),
 ("f-31", F, "which 31% of patients", "31%", "percent", 31, 31, "%", Y, "dreamm-2 orr 2.5 mg/kg"),
 ("f-d2dose", F, "at the 2.5 mg/kg dose", "2.5 mg/kg", "dose", 2.5, 2.5, "mg/kg", Y, "2020 approved monotherapy dose"),
 ("f-352", F, "enrolled 352 patients", "352", "count", 352, 352, "patients", Y, "dreamm-3 randomized"),
 ("f-d3hr", F, "(hazard ratio 1.03)", "1.03", "ratio", 1.03, 1.03, "HR", Y, "dreamm-3 pfs hr"),
 ("f-nov22", F, "On Nov. 22, 2022, GSK", "Nov. 22, 2022", "date", 2022, 2022, "year", Y, "us withdrawal year"),
 ("f-59", F, "or death by 59%", "59%", "percent", 59, 59, "%", Y, "dreamm-7 itt pfs risk reduction"),
 ("f-52", F, "that risk by 52%", "52%", "percent", 52, 52, "%", Y, "dreamm-8 pfs risk reduction"),
 ("f-9of10h", F, "\"9 out of 10 lose", "9 out of 10", "percent", 90, 90, "%", N, "post claim repeat"),
 ("f-89", F, "In DREAMM-8, 89% of patients", "89%", "percent", 89, 89, "%", Y, "dreamm-8 ocular events bpd"),
 ("f-9of10f", F, "the \"9 out of 10\" figure", "9 out of 10", "percent", 90, 90, "%", N, "post claim repeat"),
 ("f-90", F, "show that 90% of patients", "90%", "percent", 90, 90, "%", N, "restated claim"),
 ("f-apr25", F, "combinations in April 2025", "April 2025", "date", 2025, 2025, "year", Y, "uk mhra approval"),
 ("f-may25", F, "followed in May 2025", "May 2025", "date", 2025, 2025, "year", Y, "japan approval"),
 ("f-rbvdag", F, "combinations, 5-3 and 7-1", "5", "count", 5, 5, "votes", Y, "odac 2025 bvd votes against (ruling)"),
 ("f-rbvdfor", F, "combinations, 5-3 and 7-1", "3", "count", 3, 3, "votes", Y, "odac 2025 bvd votes for (ruling)"),
 ("f-rbpdag", F, "5-3 and 7-1, so", "7", "count", 7, 7, "votes", Y, "odac 2025 bpd votes against (ruling)"),
 ("f-rbpdfor", F, "5-3 and 7-1, so", "1", "count", 1, 1, "votes", Y, "odac 2025 bpd votes for (ruling)"),
 ("f-r2022", F, "was withdrawn in 2022 after", "2022", "date", 2022, 2022, "year", Y, "us withdrawal year (ruling)"),
 ("f-r89", F, "affected 89% of patients", "89%", "percent", 89, 89, "%", Y, "dreamm-8 ocular events bpd (ruling)"),
 ("f-1trial", F, "in one trial", "one", "count", 1, 1, "trials", N, "aside"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ODAC 2025 BVd vote: 6-2 (bl05) vs 5-3
 ("b-bvdag", "w-bvdag", S), ("b-bvdag", "a-bvdag", S), ("b-bvdag", "e-bvdag", S), ("b-bvdag", "f-bvdag", S), ("b-bvdag", "f-rbvdag", S),
 ("b-bvdfor", "w-bvdfor", S), ("b-bvdfor", "a-bvdfor", S), ("b-bvdfor", "e-bvdfor", S), ("b-bvdfor", "f-bvdfor", S), ("b-bvdfor", "f-rbvdfor", S),
 # S2 ODAC 2020 vote: 11-1 (bl04) vs 12-0
 ("e-v11", "w-12", S), ("e-v11", "f-12", S), ("e-v1", "w-0", S), ("e-v1", "f-0", S),
 # S3 ODAC 2025 date: "July of last year" (bl06 -> 2024)
 ("l-lastyr", "w-thu", S), ("l-lastyr", "a-jul25", S), ("l-lastyr", "e-jul17", S), ("l-lastyr", "b-july", S), ("l-lastyr", "f-jul17", S),
 # S4 DREAMM-7 randomized: 449 vs 494
 ("l-449", "p-494", S), ("l-449", "a-494", S), ("l-449", "e-494", S),
 # S5 DREAMM-8 randomized: 155 (arm size as total) vs 302
 ("b-155", "w-302", S), ("b-155", "a-302", S),
 # S6 DREAMM-7 ITT DVd median PFS: 10.4 (subgroup figure) vs 13.4
 ("e-104", "w-134", S), ("e-104", "p-134", S), ("e-104", "a-134", S),
 # S7 DREAMM-7 ITT PFS risk reduction: 41% (HR read as reduction) vs 59%
 ("b-41", "p-59", S), ("b-41", "e-59", S), ("b-41", "f-59", S),
 # S8 DREAMM-8 PFS risk reduction: 52% vs 48%
 ("f-52", "w-48", S), ("f-52", "l-48", S),
 # S9 DREAMM-3 PFS HR: 1.30 vs 1.03
 ("a-d3hr", "w-d3hr", S), ("a-d3hr", "e-d3hr", S), ("a-d3hr", "f-d3hr", S),
 # S10 PDUFA extension: six-month vs three-month
 ("l-6mo", "p-3mo", S), ("l-6mo", "e-3mo", S), ("l-6mo", "f-3mo", S),
 # S11 accelerated approval year: 2021 vs 2020
 ("a-aug21", "w-2020", S), ("a-aug21", "p-2020", S), ("a-aug21", "e-aug20", S), ("a-aug21", "b-2020", S), ("a-aug21", "l-aug20", S), ("a-aug21", "f-aug20", S),
 # S12 DREAMM-3 randomized: 352 vs 325
 ("f-352", "a-325", S), ("f-352", "e-325", S),
 # S13 DREAMM-7 ocular events BVd: 89% (DREAMM-8 figure) vs 79%
 ("w-89", "a-79", S), ("w-89", "e-79", S),
 # S14 Japan approval year: May 2024 vs 2025
 ("p-jp", "w-may", S), ("p-jp", "e-may", S), ("p-jp", "f-may25", S),
 # S15 label subgroup DVd median PFS: 13.4 (ITT figure) vs 10.4
 ("l-134", "p-104", S), ("l-134", "b-104", S),
 # S16 Visible Alpha consensus peak: 1.25bn vs 1.52bn
 ("w-125", "b-152", S),
 # S17 share drop day after panel: 5.6% vs 6.5%
 ("f-56", "w-65", S),
 # S18 DREAMM-2 ORR at 2.5 mg/kg: 34% (3.4 mg/kg cohort figure) vs 31%
 ("e-34", "a-31", S), ("e-34", "f-31", S),
 # S19 DREAMM-7 belamaf dose: 1.9 mg/kg vs 2.5 mg/kg
 ("w-19", "a-d7dose", S), ("w-19", "e-d7dose", S),
 # Qualified
 # Q1 withdrawal year: "early 2023" (bl05; real sources say Feb 2023 / 2023) vs Nov 2022
 ("b-2023", "w-2022", Q), ("b-2023", "p-2022", Q), ("b-2023", "e-nov22", Q), ("b-2023", "l-nov22", Q),
 ("b-2023", "f-v2022", Q), ("b-2023", "f-nov22", Q), ("b-2023", "f-r2022", Q),
 # Q2 DREAMM-7 OS HR 0.57 (earlier cut) vs 0.58
 ("l-057", "a-058", Q),
 # Q3 GSK 2031 target: 38bn (old target) vs 40bn
 ("l-38bn", "b-40bn", Q),
 # Q4 wire's DREAMM-7 1.9 mg/kg vs the US label dose 2.5 mg/kg
 ("w-19", "p-25", Q), ("w-19", "l-25", Q),
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
        sm = re.search(r"(?<![0-9A-Za-z])" + rx(span) + r"(?![0-9A-Za-z])", m.group(0))
        if not sm:
            print(f"SPAN NOT IN CONTEXT: {cid}"); ok = False; continue
        st, en = m.start() + sm.start(), m.start() + sm.end()
        sl = t[st:en]
        if " ".join(sl.split()) != " ".join(span.split()):
            print(f"SLICE MISMATCH {cid}: {sl!r}"); ok = False; continue
        rows.append({"type": "claim", "id": f"bl-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"bl-{a}", f"bl-{b}"
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
