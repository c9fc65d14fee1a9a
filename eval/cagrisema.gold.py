#!/usr/bin/env python3
"""Build cagrisema.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "cagrisema")
OUT = os.path.join(HERE, "cagrisema.gold.jsonl")
T = "cagrisema"

W, P, A, E, B, L, F = ("CG01_wire.txt", "CG02_press.txt", "CG03_abstract.txt",
                       "CG04_explainer.txt", "CG05_blog.txt", "CG06_trade.txt", "CG07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CG01 wire (2024-12-20, Friday)
 ("w-h25", W, "falls short of 25% goal", "25%", "percent", 25, 25, "%", N, "headline repeat"),
 ("w-dl", W, "COPENHAGEN, Dec 20", "Dec 20", "date", 2024, 2024, "year", N, "dateline"),
 ("w-2dec", W, "more than two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("w-fri", W, "two decades on Friday", "Friday", "date", 2024, 2024, "year", Y, "redefine 1 topline / share fall date"),
 ("w-227", W, "helped patients lose 22.7%", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("w-25", W, "short of the 25% the Danish", "25%", "percent", 25, 25, "%", Y, "novo expected weight loss"),
 ("w-27", W, "fell as much as 27% in morning", "27%", "percent", 27, 27, "%", Y, "dec 20 intraday max share fall"),
 ("w-125bn", W, "wiping as much as $125 billion", "$125 billion", "money", 125*BN, 125*BN, "USD", Y, "market value wiped dec 20 (max)"),
 ("w-20", W, "trading nearly 20% lower", "20%", "percent", 20, 20, "%", Y, "dec 20 late-afternoon share fall"),
 ("w-600", W, "at 600.30 Danish crowns", "600.30 Danish crowns", "money", 600.30, 600.30, "DKK", Y, "share price dec 20 afternoon"),
 ("w-aug23", W, "since August 2023", "August 2023", "date", 2023, 2023, "year", N, "lowest-since qualifier"),
 ("w-68wk", W, "a 68-week study", "68-week", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("w-3417", W, "study of 3,417 adults", "3,417", "count", 3417, 3417, "participants", Y, "r1 enrolled"),
 ("w-one", W, "at least one related health", "one", "count", 1, 1, "comorbidities", N, "inclusion"),
 ("w-227b", W, "an average of 22.7% of their body", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("w-23", W, "against 2.3% on placebo", "2.3%", "percent", 2.3, 2.3, "%", Y, "r1 placebo, adherent"),
 ("w-161", W, "16.1% on semaglutide alone", "16.1%", "percent", 16.1, 16.1, "%", Y, "r1 semaglutide arm, adherent"),
 ("w-118", W, "11.8% on cagrilintide alone", "11.8%", "percent", 11.8, 11.8, "%", Y, "r1 cagrilintide arm, adherent"),
 ("w-204", W, "the CagriSema group lost 20.4%", "20.4%", "percent", 20.4, 20.4, "%", Y, "r1 cagrisema weight loss, treatment policy"),
 ("w-30", W, "the placebo group 3.0%", "3.0%", "percent", 3.0, 3.0, "%", Y, "r1 placebo, treatment policy"),
 ("w-q25", W, "started with a 25", "25", "percent", 25, 25, "%", N, "quote"),
 ("w-wk68", W, "By week 68, only", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("w-573", W, "only 57.3% of those on CagriSema", "57.3%", "percent", 57.3, 57.3, "%", Y, "r1 cagrisema on highest dose"),
 ("w-825", W, "compared with 82.5% in the cagrilintide", "82.5%", "percent", 82.5, 82.5, "%", Y, "r1 cagrilintide arm on highest dose"),
 ("w-702", W, "and 70.2% in the semaglutide arm", "70.2%", "percent", 70.2, 70.2, "%", Y, "r1 semaglutide arm on highest dose"),
 ("w-57q", W, "even though only 57% of patients", "57%", "percent", 57, 57, "%", N, "quote, rounded repeat"),
 ("w-404", W, "Some 40.4% of CagriSema patients", "40.4%", "percent", 40.4, 40.4, "%", Y, "r1 cagrisema >=25% loss, adherent"),
 ("w-25thr", W, "patients lost 25% or more", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("w-162", W, "against 16.2% of those on semaglutide", "16.2%", "percent", 16.2, 16.2, "%", Y, "r1 semaglutide >=25% loss"),
 ("w-09", W, "and 0.9% on placebo", "0.9%", "percent", 0.9, 0.9, "%", Y, "r1 placebo >=25% loss"),
 ("w-24mg", W, "Each is dosed at 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrisema component doses"),
 ("w-775", W, "to $7.75 billion from", "$7.75 billion", "money", 7.75*BN, 7.75*BN, "USD", Y, "jefferies cagrisema peak sales (after dec 20 cut)"),
 ("w-20bn", W, "from $20 billion, citing", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "jefferies peak sales (before cut)"),
 ("w-41", W, "index down 4.1%", "4.1%", "percent", 4.1, 4.1, "%", Y, "european pharma index fall dec 20"),
 ("w-13", W, "pens, slid 13%", "13%", "percent", 13, 13, "%", Y, "gerresheimer share fall"),
 ("w-209", W, "lose 20.9% of their weight", "20.9%", "percent", 20.9, 20.9, "%", Y, "zepbound surmount-1 top dose (treatment regimen)"),
 ("w-72wk", W, "in a 72-week trial", "72-week", "duration", 72, 72, "weeks", Y, "zepbound trial duration"),
 ("w-nextyr", W, "results early next year", "early next year", "date", 2025, 2025, "year", N, "r2 expected readout (forecast)"),
 ("w-1200", W, "about 1,200 people", "1,200", "count", 1200, 1200, "participants", Y, "r2 size"),
 ("w-150bn", W, "top $150 billion a year", "$150 billion", "money", 150*BN, 150*BN, "USD", Y, "obesity market forecast"),
 ("w-2030", W, "a year by 2030", "2030", "date", 2030, 2030, "year", N, "forecast year"),

 # ---- CG02 press (2025-06-22)
 ("p-h204", P, "CagriSema delivered 20.4% mean", "20.4%", "percent", 20.4, 20.4, "%", N, "headline repeat"),
 ("p-h137", P, "and 13.7% in REDEFINE 2; full", "13.7%", "percent", 13.7, 13.7, "%", N, "headline repeat"),
 ("p-b227", P, "treatment lost 22.7% of body weight at 68", "22.7%", "percent", 22.7, 22.7, "%", N, "subtitle repeat"),
 ("p-b68", P, "body weight at 68 weeks, and", "68 weeks", "duration", 68, 68, "weeks", N, "subtitle timepoint"),
 ("p-b404", P, "and 40.4% lost 25% or more", "40.4%", "percent", 40.4, 40.4, "%", N, "subtitle repeat"),
 ("p-b25", P, "40.4% lost 25% or more", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("p-b735", P, "In REDEFINE 2, 73.5% of people", "73.5%", "percent", 73.5, 73.5, "%", N, "subtitle repeat"),
 ("p-b65", P, "reached an HbA1c of 6.5% or below\n", "6.5%", "percent", 6.5, 6.5, "%", N, "threshold"),
 ("p-bsingle", P, "was in the single digits", "single digits", "percent", 1, 9, "%", N, "subtitle, vague"),
 ("p-dl", P, "Bagsværd, Denmark, 22 June 2025", "22 June 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-two", P, "REDEFINE 2, two phase 3 trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("p-cagri24", P, "combination of cagrilintide 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide dose in cagrisema"),
 ("p-sema24", P, "and semaglutide 2.4 mg. The data", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "semaglutide dose in cagrisema"),
 ("p-85th", P, "85th Scientific Sessions", "85th", "count", 85, 85, "meeting number", N, "ordinal"),
 ("p-jun22", P, "were published on 22 June 2025", "22 June 2025", "date", 2025, 2025, "year", Y, "nejm publication / ada presentation date"),
 ("p-3417", P, "randomised 3,417 adults", "3,417", "count", 3417, 3417, "participants", Y, "r1 enrolled"),
 ("p-one", P, "at least one weight-related comorbidity, and without", "one", "count", 1, 1, "comorbidities", N, "inclusion"),
 ("p-ratio", P, "in a 21:3:3:7 ratio", "21:3:3:7", "ratio", 21, 21, "ratio", N, "randomization ratio"),
 ("p-s24", P, "CagriSema, semaglutide 2.4 mg, cagrilintide", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "r1 semaglutide arm dose"),
 ("p-c24", P, "cagrilintide 2.4 mg or placebo", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "r1 cagrilintide arm dose"),
 ("p-r1-68", P, "lifestyle intervention for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("p-1069", P, "weight was 106.9 kg", "106.9 kg", "weight", 106.9, 106.9, "kg", Y, "r1 mean baseline weight"),
 ("p-bmi38", P, "was 38 kg/m²", "38 kg/m²", "other", 38, 38, "kg/m2", Y, "r1 mean baseline bmi"),
 ("p-204", P, "mean body weight fell by 20.4%", "20.4%", "percent", 20.4, 20.4, "%", Y, "r1 cagrisema weight loss, treatment policy"),
 ("p-30", P, "compared with 3.0% with placebo", "3.0%", "percent", 3.0, 3.0, "%", Y, "r1 placebo, treatment policy"),
 ("p-227", P, "weight loss was 22.7% with CagriSema", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("p-23", P, "compared with 2.3% with placebo", "2.3%", "percent", 2.3, 2.3, "%", Y, "r1 placebo, adherent"),
 ("p-thr", P, "at least 5%, 20%, 25% and 30% was", "5%, 20%, 25% and 30%", "percent", 5, 30, "%", N, "thresholds"),
 ("p-976", P, "achieved by 97.6%", "97.6%", "percent", 97.6, 97.6, "%", Y, "r1 >=5% loss, adherent"),
 ("p-602", P, "97.6%, 60.2%", "60.2%", "percent", 60.2, 60.2, "%", Y, "r1 >=20% loss, adherent"),
 ("p-404", P, "60.2%, 40.4% and", "40.4%", "percent", 40.4, 40.4, "%", Y, "r1 >=25% loss, adherent"),
 ("p-231", P, "and 23.1% of those on CagriSema", "23.1%", "percent", 23.1, 23.1, "%", Y, "r1 >=30% loss, adherent"),
 ("p-347", P, "estimand, 34.7% reached", "34.7%", "percent", 34.7, 34.7, "%", Y, "r1 >=25% loss, treatment policy"),
 ("p-25t", P, "weight loss of 25% or more and", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("p-193", P, "and 19.3% reached", "19.3%", "percent", 19.3, 19.3, "%", Y, "r1 >=30% loss, treatment policy"),
 ("p-30t", P, "reached 30% or more.", "30%", "percent", 30, 30, "%", N, "threshold"),
 ("p-507", P, "analysis, 50.7% of CagriSema", "50.7%", "percent", 50.7, 50.7, "%", Y, "r1 bmi<30 reached (obese at baseline)"),
 ("p-bmi30", P, "a BMI below 30 kg/m²", "30 kg/m²", "other", 30, 30, "kg/m2", N, "threshold"),
 ("p-wk68a", P, "at week 68, compared with 10.2%", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("p-102", P, "compared with 10.2% with placebo", "10.2%", "percent", 10.2, 10.2, "%", Y, "r1 placebo bmi<30"),
 ("p-252", P, "analysis of 252 participants", "252", "count", 252, 252, "participants", Y, "body composition substudy size"),
 ("p-357", P, "fat mass fell by 35.7%", "35.7%", "percent", 35.7, 35.7, "%", Y, "fat mass reduction cagrisema"),
 ("p-144", P, "mass by 14.4% with CagriSema", "14.4%", "percent", 14.4, 14.4, "%", Y, "lean mass reduction cagrisema"),
 ("p-57", P, "compared with 5.7% and", "5.7%", "percent", 5.7, 5.7, "%", Y, "fat mass reduction placebo"),
 ("p-43", P, "and 4.3% with placebo", "4.3%", "percent", 4.3, 4.3, "%", Y, "lean mass reduction placebo"),
 ("p-wk68b", P, "At week 68, 57.3%", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("p-573", P, "68, 57.3% of people", "57.3%", "percent", 57.3, 57.3, "%", Y, "r1 cagrisema on highest dose"),
 ("p-1206", P, "randomised 1,206 adults", "1,206", "count", 1206, 1206, "participants", Y, "r2 enrolled"),
 ("p-bmi27", P, "a BMI of 27 kg/m² or more", "27 kg/m²", "other", 27, 27, "kg/m2", N, "inclusion threshold"),
 ("p-12c", P, "in 12 countries", "12", "count", 12, 12, "countries", Y, "r2 countries"),
 ("p-31r", P, "in a 3:1 ratio", "3:1", "ratio", 3, 3, "ratio", N, "r2 randomization ratio"),
 ("p-r2-68", P, "CagriSema or placebo for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r2 duration"),
 ("p-102kg", P, "weight was 102 kg", "102 kg", "weight", 102, 102, "kg", Y, "r2 mean baseline weight"),
 ("p-137", P, "body weight fell by 13.7%", "13.7%", "percent", 13.7, 13.7, "%", Y, "r2 cagrisema weight loss, treatment policy"),
 ("p-34", P, "compared with 3.4% with placebo", "3.4%", "percent", 3.4, 3.4, "%", Y, "r2 placebo, treatment policy"),
 ("p-157", P, "weight loss was 15.7% compared", "15.7%", "percent", 15.7, 15.7, "%", Y, "r2 cagrisema weight loss, adherent"),
 ("p-31", P, "15.7% compared with 3.1%", "3.1%", "percent", 3.1, 3.1, "%", Y, "r2 placebo, adherent"),
 ("p-65", P, "An HbA1c of 6.5% or below was", "6.5%", "percent", 6.5, 6.5, "%", N, "threshold"),
 ("p-735", P, "reached by 73.5% of people", "73.5%", "percent", 73.5, 73.5, "%", Y, "r2 hba1c<=6.5% cagrisema"),
 ("p-159", P, "versus 15.9% of people", "15.9%", "percent", 15.9, 15.9, "%", Y, "r2 hba1c<=6.5% placebo"),
 ("p-wk68c", P, "At week 68, 61.9%", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("p-619", P, "61.9% of people on CagriSema", "61.9%", "percent", 61.9, 61.9, "%", Y, "r2 cagrisema on highest dose"),
 ("p-60", P, "In REDEFINE 1, 6.0% of people", "6.0%", "percent", 6.0, 6.0, "%", Y, "r1 cagrisema discontinued due to AEs"),
 ("p-37", P, "compared with 3.7% of those", "3.7%", "percent", 3.7, 3.7, "%", Y, "r1 placebo discontinued due to AEs"),
 ("p-qsingle", P, "low, single-digit discontinuation", "single-digit", "percent", 1, 9, "%", N, "quote, vague"),
 ("p-q126", P, "approval in the first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "planned first filing"),
 ("p-1923", P, "founded in 1923", "1923", "date", 1923, 1923, "year", N, "about section"),
 ("p-77k", P, "about 77,400 people", "77,400", "count", 77400, 77400, "employees", N, "about section"),
 ("p-80c", P, "in 80 countries", "80", "count", 80, 80, "countries", N, "about section"),
 ("p-170", P, "around 170 countries", "170", "count", 170, 170, "countries", N, "about section"),

 # ---- CG03 abstract (2025-06-30)
 ("a-pub", A, "Published online 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-pres", A, "Chicago, 22 June 2025", "22 June 2025", "date", 2025, 2025, "year", N, "presentation metadata"),
 ("a-bsema", A, "Semaglutide at a dose of 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "semaglutide dose"),
 ("a-bcagri", A, "cagrilintide at a dose of 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide dose"),
 ("a-92", A, "trial in 92 adults", "92", "count", 92, 92, "participants", Y, "phase 2 t2d trial size"),
 ("a-156", A, "body weight by 15.6%", "15.6%", "percent", 15.6, 15.6, "%", Y, "phase 2 t2d weight loss"),
 ("a-32wk", A, "over 32 weeks", "32 weeks", "duration", 32, 32, "weeks", Y, "phase 2 duration"),
 ("a-68wk", A, "In this 68-week", "68-week", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("a-bmi30", A, "(BMI) of 30 or more", "30", "other", 30, 30, "kg/m2", N, "inclusion threshold"),
 ("a-bmi27", A, "or of 27 or more", "27", "other", 27, 27, "kg/m2", N, "inclusion threshold"),
 ("a-one", A, "at least one obesity-related", "one", "count", 1, 1, "comorbidities", N, "inclusion"),
 ("a-ratio", A, "in a 21:3:3:7 ratio", "21:3:3:7", "ratio", 21, 21, "ratio", N, "randomization ratio"),
 ("a-mc24", A, "subcutaneous cagrilintide 2.4 mg plus", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide dose in combination"),
 ("a-ms24", A, "plus semaglutide 2.4 mg, semaglutide", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "semaglutide dose in combination"),
 ("a-ms24b", A, "semaglutide 2.4 mg alone", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "semaglutide arm dose"),
 ("a-mc24b", A, "cagrilintide 2.4 mg alone", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide arm dose"),
 ("a-4wk", A, "escalated every 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "escalation interval"),
 ("a-025", A, "from 0.25 mg to the", "0.25 mg", "dose", 0.25, 0.25, "mg", Y, "starting dose"),
 ("a-24m", A, "to the 2.4 mg maintenance", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "maintenance dose"),
 ("a-16wk", A, "over 16 weeks;", "16 weeks", "duration", 16, 16, "weeks", Y, "escalation period"),
 ("a-5t", A, "a reduction of 5% or more from", "5%", "percent", 5, 5, "%", N, "threshold"),
 ("a-wk68a", A, "baseline to week 68, for", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("a-thr", A, "Reductions of 20% or more, 25% or more and 30% or more", "20% or more, 25% or more and 30%", "percent", 20, 30, "%", N, "thresholds"),
 ("a-3417", A, "N = 3417", "3417", "count", 3417, 3417, "participants", Y, "r1 enrolled"),
 ("a-2108", A, "n=2108", "2108", "count", 2108, 2108, "participants", Y, "r1 cagrisema arm"),
 ("a-302s", A, "semaglutide n=302", "302", "count", 302, 302, "participants", Y, "r1 semaglutide arm"),
 ("a-302c", A, "cagrilintide n=302", "302", "count", 302, 302, "participants", Y, "r1 cagrilintide arm"),
 ("a-705", A, "placebo n=705", "705", "count", 705, 705, "participants", Y, "r1 placebo arm"),
 ("a-1069", A, "weight was 106.9 kg", "106.9 kg", "weight", 106.9, 106.9, "kg", Y, "r1 mean baseline weight"),
 ("a-wk68b", A, "Body weight, week 68:", "week 68", "duration", 68, 68, "weeks", N, "timepoint"),
 ("a-204", A, "68: −20.4% with", "−20.4%", "percent", -20.4, -20.4, "%", Y, "r1 cagrisema weight change, treatment policy"),
 ("a-30", A, "vs −3.0% with placebo", "−3.0%", "percent", -3.0, -3.0, "%", Y, "r1 placebo weight change, treatment policy"),
 ("a-173", A, "difference −17.3 percentage points", "−17.3 percentage points", "percent", -17.3, -17.3, "percentage points", Y, "r1 difference vs placebo"),
 ("a-173ci", A, "CI −18.1 to −16.6", "−18.1 to −16.6", "percent", -18.1, -16.6, "percentage points", Y, "ci"),
 ("a-p1", A, "−16.6; P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "", N, "p-value"),
 ("a-149", A, "−14.9% with semaglutide", "−14.9%", "percent", -14.9, -14.9, "%", Y, "r1 semaglutide arm, treatment policy"),
 ("a-115", A, "−11.5% with cagrilintide", "−11.5%", "percent", -11.5, -11.5, "%", Y, "r1 cagrilintide arm, treatment policy"),
 ("a-p2", A, "(P<0.001 for both", "P<0.001", "pvalue", 0.001, 0.001, "", N, "p-value"),
 ("a-5t2", A, "Weight reduction of 5% or more:", "5%", "percent", 5, 5, "%", N, "threshold"),
 ("a-919", A, "more: 91.9%", "91.9%", "percent", 91.9, 91.9, "%", Y, "r1 >=5% loss, treatment policy"),
 ("a-25t", A, "Reduction of 25% or more:", "25%", "percent", 25, 25, "%", N, "threshold"),
 ("a-347", A, "or more: 34.7%", "34.7%", "percent", 34.7, 34.7, "%", Y, "r1 >=25% loss, treatment policy"),
 ("a-30t", A, "of 30% or more: 19.3%", "30%", "percent", 30, 30, "%", N, "threshold"),
 ("a-193", A, "or more: 19.3%", "19.3%", "percent", 19.3, 19.3, "%", Y, "r1 >=30% loss, treatment policy"),
 ("a-252", A, "n=252", "252", "count", 252, 252, "participants", Y, "body composition substudy size"),
 ("a-357", A, "fat mass −35.7%", "−35.7%", "percent", -35.7, -35.7, "%", Y, "fat mass change cagrisema"),
 ("a-144", A, "mass −14.4%", "−14.4%", "percent", -14.4, -14.4, "%", Y, "lean mass change cagrisema"),
 ("a-57", A, "vs −5.7% and", "−5.7%", "percent", -5.7, -5.7, "%", Y, "fat mass change placebo"),
 ("a-43", A, "and −4.3% with placebo", "−4.3%", "percent", -4.3, -4.3, "%", Y, "lean mass change placebo"),
 ("a-796", A, "occurred in 79.6%", "79.6%", "percent", 79.6, 79.6, "%", Y, "r1 gi adverse events cagrisema"),
 ("a-399", A, "group and 39.9% in the placebo", "39.9%", "percent", 39.9, 39.9, "%", Y, "r1 gi adverse events placebo"),
 ("a-98", A, "occurred in 9.8% and", "9.8%", "percent", 9.8, 9.8, "%", Y, "r1 serious AEs cagrisema"),
 ("a-61", A, "9.8% and 6.1%, respectively", "6.1%", "percent", 6.1, 6.1, "%", Y, "r1 serious AEs placebo"),
 ("a-60", A, "treatment in 6.0% of the", "6.0%", "percent", 6.0, 6.0, "%", Y, "r1 cagrisema discontinued due to AEs"),
 ("a-37", A, "group and 3.7% of the placebo", "3.7%", "percent", 3.7, 3.7, "%", Y, "r1 placebo discontinued due to AEs"),
 ("a-fifth", A, "about one fifth of body weight", "one fifth", "percent", 20, 20, "%", Y, "r1 weight loss, rounded"),
 ("a-68c", A, "of body weight at 68 weeks", "68 weeks", "duration", 68, 68, "weeks", N, "timepoint"),
 ("a-1206", A, "(N = 1206)", "1206", "count", 1206, 1206, "participants", Y, "r2 enrolled"),
 ("a-104", A, "placebo was −10.4 percentage points", "−10.4 percentage points", "percent", -10.4, -10.4, "percentage points", Y, "r2 difference vs placebo"),
 ("a-104ci", A, "CI −11.2 to −9.5", "−11.2 to −9.5", "percent", -11.2, -9.5, "percentage points", Y, "ci"),
 ("a-dec24", A, "moved markets in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "r1 topline date"),
 ("a-227", A, "December 2024 (22.7%)", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("a-rc1", A, "the full 2.4 mg/2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", N, "repeat"),
 ("a-rc2", A, "mg/2.4 mg combination", "2.4 mg", "dose", 2.4, 2.4, "mg", N, "repeat"),

 # ---- CG04 explainer (2025-07-15)
 ("e-upd", E, "Updated July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "combines two medicines", "two", "count", 2, 2, "medicines", N, "aside"),
 ("e-cagri24", E, "medicines: cagrilintide 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide dose in cagrisema"),
 ("e-sema24", E, "and semaglutide 2.4 mg, the same", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "semaglutide dose in cagrisema"),
 ("e-oz2", E, "tops out at 2 mg", "2 mg", "dose", 2, 2, "mg", Y, "ozempic max weekly dose"),
 ("e-twotr", E, "Two large trials", "Two", "count", 2, 2, "trials", N, "aside"),
 ("e-dec24", E, "first announced in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "r1 topline date"),
 ("e-june", E, "published in full in June", "June", "date", 2025, 2025, "year", Y, "nejm publication date"),
 ("e-r1-68", E, "without diabetes for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("e-204", E, "CagriSema lost 20.4%", "20.4%", "percent", 20.4, 20.4, "%", Y, "r1 cagrisema weight loss, treatment policy"),
 ("e-30", E, "compared with 3.0% on a placebo", "3.0%", "percent", 3.0, 3.0, "%", Y, "r1 placebo, treatment policy"),
 ("e-23", E, "lost nearly 23%", "23%", "percent", 23, 23, "%", Y, "r1 cagrisema weight loss, adherent (rounded)"),
 ("e-mar", E, "results came out in March", "March", "date", 2025, 2025, "year", Y, "r2 topline date"),
 ("e-904", E, "enrolled 904 adults", "904", "count", 904, 904, "participants", Y, "r2 enrolled (arm given as whole)"),
 ("e-r2-68", E, "also lasted 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r2 duration"),
 ("e-137", E, "They lost 13.7% on average", "13.7%", "percent", 13.7, 13.7, "%", Y, "r2 cagrisema weight loss, treatment policy"),
 ("e-34", E, "(3.4% on placebo)", "3.4%", "percent", 3.4, 3.4, "%", Y, "r2 placebo, treatment policy"),
 ("e-157", E, "or 15.7% if they stayed", "15.7%", "percent", 15.7, 15.7, "%", Y, "r2 cagrisema weight loss, adherent"),
 ("e-31", E, "(3.1% on placebo)", "3.1%", "percent", 3.1, 3.1, "%", Y, "r2 placebo, adherent"),
 ("e-149", E, "lost about 14.9% over", "14.9%", "percent", 14.9, 14.9, "%", Y, "wegovy step 1 weight loss"),
 ("e-step68", E, "14.9% over 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "step 1 duration"),
 ("e-21", E, "produced about 21% weight loss", "21%", "percent", 21, 21, "%", Y, "zepbound surmount-1 top dose (rounded)"),
 ("e-72wk", E, "in a 72-week trial", "72-week", "duration", 72, 72, "weeks", Y, "zepbound trial duration"),
 ("e-27", E, "weight loss of about 27%", "27%", "percent", 27, 27, "%", Y, "novo expected weight loss"),
 ("e-573", E, "only 57.3% of CagriSema", "57.3%", "percent", 57.3, 57.3, "%", Y, "r1 cagrisema on highest dose"),
 ("e-619", E, "and 61.9% in REDEFINE 2", "61.9%", "percent", 61.9, 61.9, "%", Y, "r2 cagrisema on highest dose"),
 ("e-100bn", E, "more than $100 billion", "$100 billion", "money", 100*BN, 100*BN, "USD", Y, "market value lost dec 20 (lower bound)"),
 ("e-73", E, "about 73% of people", "73%", "percent", 73, 73, "%", Y, "r1 gi adverse events cagrisema"),
 ("e-one", E, "at least one gastrointestinal", "one", "count", 1, 1, "events", N, "definition"),
 ("e-40", E, "about 40% on placebo", "40%", "percent", 40, 40, "%", Y, "r1 gi adverse events placebo"),
 ("e-98", E, "reported in 9.8%", "9.8%", "percent", 9.8, 9.8, "%", Y, "r1 serious AEs cagrisema"),
 ("e-61", E, "and 6.1% on placebo", "6.1%", "percent", 6.1, 6.1, "%", Y, "r1 serious AEs placebo"),
 ("e-6in100", E, "Around 6 in 100 people", "6 in 100", "percent", 6, 6, "%", Y, "r1 cagrisema discontinued due to AEs"),
 ("e-025", E, "began at 0.25 mg", "0.25 mg", "dose", 0.25, 0.25, "mg", Y, "starting dose"),
 ("e-4wk", E, "went up every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "escalation interval"),
 ("e-05", E, "through 0.5 mg", "0.5 mg", "dose", 0.5, 0.5, "mg", Y, "escalation step 2"),
 ("e-10", E, "0.5 mg, 1.0 mg", "1.0 mg", "dose", 1.0, 1.0, "mg", Y, "escalation step 3"),
 ("e-17", E, "and 1.7 mg, to", "1.7 mg", "dose", 1.7, 1.7, "mg", Y, "escalation step 4"),
 ("e-24full", E, "to the full 2.4 mg", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "maintenance dose"),
 ("e-16wk", E, "takes 16 weeks", "16 weeks", "duration", 16, 16, "weeks", Y, "escalation period"),
 ("e-bmi30", E, "(BMI) of 30 or more", "30", "other", 30, 30, "kg/m2", N, "inclusion threshold"),
 ("e-bmi27", E, "or 27 or more with a weight", "27", "other", 27, 27, "kg/m2", N, "inclusion threshold"),
 ("e-710", E, "between 7% and 10%", "7% and 10%", "percent", 7, 10, "%", Y, "r2 hba1c inclusion range"),
 ("e-q126", E, "approval in the first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "planned first filing"),
 ("e-10mo", E, "takes about 10 months", "10 months", "duration", 10, 10, "months", Y, "standard fda review time"),
 ("e-late26", E, "come in late 2026", "late 2026", "date", 2026, 2026, "year", N, "forecast"),
 ("e-yr", E, "Waiting a year or more", "a year", "duration", 1, 1, "years", N, "aside"),

 # ---- CG05 blog (2026-01-12)
 ("b-by", B, "January 12, 2026", "January 12, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-dec18", B, "On Dec. 18, Novo", "Dec. 18", "date", 2025, 2025, "year", Y, "fda filing date"),
 ("b-one", B, "plus at least one weight-related", "one", "count", 1, 1, "comorbidities", N, "inclusion"),
 ("b-later", B, "expected later this year", "later this year", "date", 2026, 2026, "year", N, "fda decision (forecast)"),
 ("b-lastdec", B, "since last December", "last December", "date", 2025, 2025, "year", Y, "r1 topline date (resolves to 2025)"),
 ("b-3471", B, "enrolled 3,471 adults", "3,471", "count", 3471, 3471, "participants", Y, "r1 enrolled"),
 ("b-68", B, "ran for 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("b-two", B, "There are two headline numbers", "two", "count", 2, 2, "numbers", N, "aside"),
 ("b-204", B, "- 20.4% average weight loss", "20.4%", "percent", 20.4, 20.4, "%", Y, "r1 cagrisema weight loss, treatment policy"),
 ("b-30", B, "(placebo: 3.0%)", "3.0%", "percent", 3.0, 3.0, "%", Y, "r1 placebo, treatment policy"),
 ("b-227", B, "- 22.7% if you look", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("b-23", B, "(placebo: 2.3%)", "2.3%", "percent", 2.3, 2.3, "%", Y, "r1 placebo, adherent"),
 ("b-404", B, "drug, 40.4% lost 30%", "40.4%", "percent", 40.4, 40.4, "%", Y, "r1 >=30% loss, adherent (wrong)"),
 ("b-30t", B, "40.4% lost 30% or more", "30%", "percent", 30, 30, "%", N, "threshold"),
 ("b-54", B, "About 54% of participants", "54%", "percent", 54, 54, "%", Y, "r1 bmi<30 reached"),
 ("b-bmi30", B, "a BMI under 30", "30", "other", 30, 30, "kg/m2", N, "threshold"),
 ("b-june", B, "Medicine in June", "June", "date", 2025, 2025, "year", Y, "nejm publication date"),
 ("b-37", B, "But only 3.7% of CagriSema", "3.7%", "percent", 3.7, 3.7, "%", Y, "r1 cagrisema discontinued due to AEs (placebo figure)"),
 ("b-05", B, "doses start at 0.5 mg", "0.5 mg", "dose", 0.5, 0.5, "mg", Y, "starting dose"),
 ("b-4wk", B, "climb every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "escalation interval"),
 ("b-24", B, "reach 2.4 mg of each", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "maintenance dose"),
 ("b-cap68", B, "change over 68 weeks, CagriSema", "68 weeks", "duration", 68, 68, "weeks", N, "image caption"),
 ("b-72wk", B, "own 72-week trial", "72-week", "duration", 72, 72, "weeks", Y, "zepbound trial duration"),
 ("b-15mg", B, "top 15 mg dose", "15 mg", "dose", 15, 15, "mg", Y, "zepbound top dose"),
 ("b-225", B, "lost 22.5% of their weight", "22.5%", "percent", 22.5, 22.5, "%", Y, "zepbound surmount-1 top dose (efficacy estimand)"),
 ("b-227b", B, "as CagriSema's 22.7%", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("b-800", B, "about 800 people", "800", "count", 800, 800, "participants", Y, "redefine 4 size"),
 ("b-early", B, "read out early this year", "early this year", "date", 2026, 2026, "year", N, "redefine 4 readout (forecast)"),
 ("b-137", B, "lower: 13.7% for everyone", "13.7%", "percent", 13.7, 13.7, "%", Y, "r2 cagrisema weight loss, treatment policy"),
 ("b-157", B, "randomised, 15.7% for those", "15.7%", "percent", 15.7, 15.7, "%", Y, "r2 cagrisema weight loss, adherent"),
 ("b-9", B, "shares fell about 9%", "9%", "percent", 9, 9, "%", Y, "r2 day share fall (us-listed)"),
 ("b-mar", B, "came out in March", "March", "date", 2025, 2025, "year", Y, "r2 topline date"),
 ("b-10mo", B, "about ten months", "ten months", "duration", 10, 10, "months", Y, "standard fda review time"),
 ("b-q4", B, "before the fourth quarter", "fourth quarter", "date", 2026, 2026, "year", N, "opinion forecast"),
 ("b-may", B, "pushed out last May", "last May", "date", 2025, 2025, "year", Y, "ceo ousted"),
 ("b-fourth", B, "a fourth strong option", "fourth", "count", 4, 4, "options", N, "aside"),
 ("b-12400", B, "Join 12,400 readers", "12,400", "count", 12400, 12400, "readers", N, "page furniture"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-34c", B, "34 comments", "34", "count", 34, 34, "comments", N, "page furniture"),

 # ---- CG06 trade (2025-03-11), hard-wrapped
 ("l-date", L, "Tuesday, March 11, 2025", "Tuesday, March 11, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h157", L, "trial lands at 15.7%", "15.7%", "percent", 15.7, 15.7, "%", N, "headline repeat"),
 ("l-65", L, "fell as much as 6.5% in Copenhagen", "6.5%", "percent", 6.5, 6.5, "%", Y, "r2 day share fall (copenhagen max)"),
 ("l-mon", L, "in Copenhagen on Monday", "Monday", "date", 2025, 2025, "year", Y, "r2 topline / share fall date"),
 ("l-dec", L, "readout in December", "December", "date", 2024, 2024, "year", Y, "r1 topline date"),
 ("l-1206", L, "enrolled 1,206 adults", "1,206", "count", 1206, 1206, "participants", Y, "r2 enrolled"),
 ("l-31r", L, "randomised 3:1 to", "3:1", "ratio", 3, 3, "ratio", N, "r2 randomization ratio"),
 ("l-102", L, "weight of 102 kg", "102 kg", "weight", 102, 102, "kg", Y, "r2 mean baseline weight"),
 ("l-225lb", L, "about 225 pounds", "225 pounds", "weight", 225, 225, "lb", Y, "r2 mean baseline weight (lb)"),
 ("l-68", L, "After 68 weeks, patients", "68 weeks", "duration", 68, 68, "weeks", Y, "r2 duration"),
 ("l-157", L, "treatment lost 15.7% of their body", "15.7%", "percent", 15.7, 15.7, "%", Y, "r2 cagrisema weight loss, adherent"),
 ("l-34", L, "versus 3.4% on placebo", "3.4%", "percent", 3.4, 3.4, "%", Y, "r2 placebo paired with adherent figure (wrong estimand)"),
 ("l-137", L, "the figure was 13.7%", "13.7%", "percent", 13.7, 13.7, "%", Y, "r2 cagrisema weight loss, treatment policy"),
 ("l-5t", L, "losing at least 5% of body weight", "5%", "percent", 5, 5, "%", N, "threshold"),
 ("l-897", L, "by 89.7% of patients", "89.7%", "percent", 89.7, 89.7, "%", Y, "r2 >=5% loss cagrisema, adherent"),
 ("l-303", L, "against 30.3% on placebo", "30.3%", "percent", 30.3, 30.3, "%", Y, "r2 >=5% loss placebo, adherent"),
 ("l-573", L, "only 57.3% of patients", "57.3%", "percent", 57.3, 57.3, "%", Y, "r2 cagrisema on highest dose (r1 figure)"),
 ("l-c24", L, "cagrilintide 2.4 mg with", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "cagrilintide dose in cagrisema"),
 ("l-s20", L, "semaglutide 2.0 mg", "2.0 mg", "dose", 2.0, 2.0, "mg", Y, "semaglutide dose in cagrisema (wrong)"),
 ("l-single", L, "in a single weekly injection", "single", "count", 1, 1, "injections", N, "aside"),
 ("l-q137", L, "\"Weight loss of 13.7% falls", "13.7%", "percent", 13.7, 13.7, "%", N, "quote repeat"),
 ("l-15", L, "our 15-plus percent bar", "15-plus percent", "percent", 15, 15, "%", Y, "jefferies bar for r2"),
 ("l-3035", L, "produce 30% to 35% less", "30% to 35%", "percent", 30, 35, "%", Y, "glp-1 weight loss shortfall in diabetes"),
 ("l-jdec", L, "Jefferies in December cut", "December", "date", 2024, 2024, "year", Y, "jefferies forecast cut date"),
 ("l-75bn", L, "to $7.5 billion from", "$7.5 billion", "money", 7.5*BN, 7.5*BN, "USD", Y, "jefferies cagrisema peak sales (after dec cut)"),
 ("l-20bn", L, "from $20 billion.", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "jefferies peak sales (before cut)"),
 ("l-decs", L, "December's REDEFINE 1 results", "December", "date", 2024, 2024, "year", Y, "r1 topline date"),
 ("l-227", L, "results, 22.7% weight loss", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("l-25", L, "against the 25% Novo had guided", "25%", "percent", 25, 25, "%", Y, "novo expected weight loss"),
 ("l-fifth", L, "wiped about a fifth off", "a fifth", "percent", 20, 20, "%", Y, "dec 20 share fall"),
 ("l-session", L, "in a single session", "single", "count", 1, 1, "sessions", N, "aside"),
 ("l-13", L, "slipped 1.3% in premarket", "1.3%", "percent", 1.3, 1.3, "%", Y, "lilly premarket move mar 10"),
 ("l-q125", L, "approval in the first quarter of 2025", "first quarter of 2025", "date", 2025, 2025, "year", Y, "planned first filing (wrong year)"),
 ("l-later", L, "meeting later this year", "later this year", "date", 2025, 2025, "year", N, "forecast"),

 # ---- CG07 fact-check (2025-07-08)
 ("f-hq", F, "with a quarter of patients", "a quarter", "percent", 25, 25, "%", N, "headline, post's claim"),
 ("f-h40", F, "the stock losing 40% in a day", "40%", "percent", 40, 40, "%", N, "headline, post's claim"),
 ("f-by", F, "July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-jun24p", F, "since June 24", "June 24", "date", 2025, 2025, "year", N, "post date"),
 ("f-c13", F, "\"lost barely 13%,\"", "13%", "percent", 13, 13, "%", N, "post's claim"),
 ("f-c1in4", F, "\"one in four quit", "one in four", "percent", 25, 25, "%", N, "post's claim"),
 ("f-c40", F, "\"crashed 40% in", "40%", "percent", 40, 40, "%", N, "post's claim"),
 ("f-cday", F, "in a single day.\"", "single", "count", 1, 1, "days", N, "post's claim"),
 ("f-v13", F, "The 13% figure", "13%", "percent", 13, 13, "%", N, "post's claim repeated"),
 ("f-3417", F, "enrolled 3,417 adults", "3,417", "count", 3417, 3417, "participants", Y, "r1 enrolled"),
 ("f-jun24", F, "Medicine in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "nejm publication date (wrong year)"),
 ("f-204", F, "an average of 20.4%", "20.4%", "percent", 20.4, 20.4, "%", Y, "r1 cagrisema weight loss, treatment policy"),
 ("f-68", F, "body weight after 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "r1 duration"),
 ("f-227", F, "the drug lost 22.7%", "22.7%", "percent", 22.7, 22.7, "%", Y, "r1 cagrisema weight loss, adherent"),
 ("f-q13", F, "The \"13%\" in the post", "13%", "percent", 13, 13, "%", N, "post's claim repeated"),
 ("f-72wk", F, "a 72-week trial", "72-week", "duration", 72, 72, "weeks", Y, "r2 duration (wrong)"),
 ("f-1206", F, "trial of 1,206 adults", "1,206", "count", 1206, 1206, "participants", Y, "r2 enrolled"),
 ("f-137", F, "weight loss was 13.7%", "13.7%", "percent", 13.7, 13.7, "%", Y, "r2 cagrisema weight loss, treatment policy"),
 ("f-6", F, "In REDEFINE 1, 6% of participants", "6%", "percent", 6, 6, "%", Y, "r1 cagrisema discontinued due to AEs"),
 ("f-37", F, "compared with 3.7% on placebo", "3.7%", "percent", 3.7, 3.7, "%", Y, "r1 placebo discontinued due to AEs"),
 ("f-1in17", F, "roughly one in 17", "one in 17", "percent", 100/17, 100/17, "%", Y, "r1 discontinued due to AEs, restated"),
 ("f-not1in4", F, "not one in four", "one in four", "percent", 25, 25, "%", N, "post's claim repeated"),
 ("f-796", F, "common: 79.6%", "79.6%", "percent", 79.6, 79.6, "%", Y, "r1 gi adverse events cagrisema"),
 ("f-one", F, "at least one gastrointestinal adverse", "one", "count", 1, 1, "events", N, "definition"),
 ("f-399", F, "compared with 39.9% on placebo", "39.9%", "percent", 39.9, 39.9, "%", Y, "r1 gi adverse events placebo"),
 ("f-702", F, "by the end, 70.2%", "70.2%", "percent", 70.2, 70.2, "%", Y, "r1 cagrisema on highest dose (semaglutide-arm figure)"),
 ("f-dec20", F, "sharply on Dec. 20, 2024", "Dec. 20, 2024", "date", 2024, 2024, "year", Y, "r1 topline / share fall date"),
 ("f-25", F, "missed the 25% weight loss", "25%", "percent", 25, 25, "%", Y, "novo expected weight loss"),
 ("f-27", F, "fell as much as 27% during", "27%", "percent", 27, 27, "%", Y, "dec 20 intraday max share fall"),
 ("f-125bn", F, "as much as $125 billion", "$125 billion", "money", 125*BN, 125*BN, "USD", Y, "market value wiped dec 20 (max)"),
 ("f-20yr", F, "more than 20 years", "20 years", "duration", 20, 20, "years", N, "aside"),
 ("f-not40", F, "not a 40% fall", "40%", "percent", 40, 40, "%", N, "post's claim repeated"),
 ("f-35", F, "fell as much as 3.5%", "3.5%", "percent", 3.5, 3.5, "%", Y, "share fall day after ada/nejm"),
 ("f-q126", F, "approval in the first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "planned first filing"),
 ("f-r20", F, "produced about 20% average", "20%", "percent", 20, 20, "%", Y, "r1 weight loss, ruling (rounded)"),
 ("f-r6", F, "about 6% of patients", "6%", "percent", 6, 6, "%", Y, "r1 discontinued due to AEs, ruling"),
 ("f-r27", F, "a fall of up to 27%", "27%", "percent", 27, 27, "%", Y, "dec 20 intraday max share fall, ruling"),
 ("f-rnot40", F, "27%, not 40%", "40%", "percent", 40, 40, "%", N, "post's claim repeated"),
]

S, Q = "strict", "qualified"
X = [
 # S1 REDEFINE 1 enrolment 3,471 (transposed) vs 3,417
 ("b-3471", "w-3417", S), ("b-3471", "p-3417", S), ("b-3471", "a-3417", S), ("b-3471", "f-3417", S),
 # S2 REDEFINE 2 placebo beside the adherent 15.7%: 3.4% (treatment-policy placebo) vs 3.1%
 ("l-34", "p-31", S), ("l-34", "e-31", S),
 # S3 REDEFINE 1 CagriSema patients on top dose: 70.2% (semaglutide arm's) vs 57.3%
 ("f-702", "w-573", S), ("f-702", "p-573", S), ("f-702", "e-573", S),
 # S4 REDEFINE 2 on top dose: 57.3% (REDEFINE 1's) vs 61.9%
 ("l-573", "p-619", S), ("l-573", "e-619", S),
 # S5 Jefferies cut CagriSema peak sales to $7.5bn vs $7.75bn
 ("l-75bn", "w-775", S),
 # S6 NEJM publication year: June 2024 vs 22 June 2025 / June (2025)
 ("f-jun24", "p-jun22", S), ("f-jun24", "e-june", S), ("f-jun24", "b-june", S),
 # S7 REDEFINE 1 readout "last December" in a January 2026 blog (= Dec 2025) vs Dec 2024
 ("b-lastdec", "w-fri", S), ("b-lastdec", "a-dec24", S), ("b-lastdec", "e-dec24", S),
 ("b-lastdec", "l-dec", S), ("b-lastdec", "l-decs", S), ("b-lastdec", "f-dec20", S),
 # S8 planned first filing: Q1 2025 vs Q1 2026
 ("l-q125", "p-q126", S), ("l-q125", "e-q126", S), ("l-q125", "f-q126", S),
 # S9 REDEFINE 2 size: 904 (CagriSema arm) vs 1,206 / about 1,200
 ("e-904", "p-1206", S), ("e-904", "a-1206", S), ("e-904", "l-1206", S), ("e-904", "f-1206", S), ("e-904", "w-1200", S),
 # S10 REDEFINE 1 discontinuation due to AEs on CagriSema: 3.7% (placebo's) vs 6.0%
 ("b-37", "p-60", S), ("b-37", "a-60", S), ("b-37", "e-6in100", S), ("b-37", "f-6", S), ("b-37", "f-1in17", S), ("b-37", "f-r6", S),
 # S11 REDEFINE 1 GI adverse events on CagriSema: about 73% (REDEFINE 2's 72.5%) vs 79.6%
 ("e-73", "a-796", S), ("e-73", "f-796", S),
 # S12 REDEFINE 1 share losing >=30% (adherent): 40.4% (the >=25% figure) vs 23.1%
 ("b-404", "p-231", S),
 # S13 semaglutide dose in CagriSema: 2.0 mg vs 2.4 mg
 ("l-s20", "p-sema24", S), ("l-s20", "a-ms24", S), ("l-s20", "e-sema24", S), ("l-s20", "w-24mg", S),
 # S14 starting dose: 0.5 mg vs 0.25 mg
 ("b-05", "a-025", S), ("b-05", "e-025", S),
 # S15 Novo's expected weight loss: about 27% vs 25%
 ("e-27", "w-25", S), ("e-27", "l-25", S), ("e-27", "f-25", S),
 # S16 REDEFINE 2 duration: 72 weeks vs 68
 ("f-72wk", "p-r2-68", S), ("f-72wk", "e-r2-68", S), ("f-72wk", "l-68", S),
 # Qualified
 ("l-fifth", "w-27", Q), ("l-fifth", "f-27", Q), ("l-fifth", "f-r27", Q),
 ("b-9", "l-65", Q),
 ("b-225", "w-209", Q), ("b-225", "e-21", Q),
 ("b-54", "p-507", Q),
 ("w-20", "f-27", Q), ("w-20", "f-r27", Q),
 ("b-404", "a-193", Q), ("b-404", "p-193", Q),
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
        rows.append({"type": "claim", "id": f"cg-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"cg-{a}", f"cg-{b}"
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
