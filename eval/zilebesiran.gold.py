#!/usr/bin/env python3
"""Build zilebesiran.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "zilebesiran")
OUT = os.path.join(HERE, "zilebesiran.gold.jsonl")
T = "zilebesiran"

W, P, A, E, B, L, F = ("ZB01_wire.txt", "ZB02_press.txt", "ZB03_abstract.txt",
                       "ZB04_explainer.txt", "ZB05_blog.txt", "ZB06_local.txt", "ZB07_factcheck.txt")
Y = True; N = False
MM = "mmHg"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- ZB01 wire (2025-08-30, a Saturday)
 ("w-tw", W, "Twice-yearly blood pressure shot falls", "Twice-yearly", "count", 2, 2, "doses per year", N, "headline: dosing frequency"),
 ("w-dl", W, "MADRID, Aug 30", "Aug 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-50", W, "pressure by 5.0 mm Hg more", "5.0 mm Hg", "other", 5.0, 5.0, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("w-3mo", W, "placebo at three months in a mid-stage", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("w-sat", W, "the companies said on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "kardia-3 presentation date"),
 ("w-single", W, "given as a single 300 mg shot", "single", "count", 1, 1, "doses", N, "single dose"),
 ("w-300", W, "single 300 mg shot", "300 mg", "dose", 300, 300, "mg", Y, "zilebesiran regimen dose"),
 ("w-6mo", W, "under the skin every six months", "every six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("w-300b", W, "the 300 mg dose lowered office", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("w-39", W, "by 3.9 mm Hg at the six-month mark", "3.9 mm Hg", "other", 3.9, 3.9, MM, Y, "kardia-3 300mg office sbp placebo-adj m6"),
 ("w-6mark", W, "at the six-month mark", "six-month", "duration", 6, 6, "months", N, "timepoint"),
 ("w-600", W, "a higher 600 mg dose", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("w-33", W, "reductions of 3.3 mm Hg", "3.3 mm Hg", "other", 3.3, 3.3, MM, Y, "kardia-3 600mg office sbp placebo-adj m3"),
 ("w-3mob", W, "3.3 mm Hg at three months", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("w-36", W, "and 3.6 mm Hg at six months", "3.6 mm Hg", "other", 3.6, 3.6, MM, Y, "kardia-3 600mg office sbp placebo-adj m6"),
 ("w-6moc", W, "3.6 mm Hg at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("w-270", W, "The trial enrolled 270 patients", "270", "count", 270, 270, "patients", Y, "kardia-3 patients (cohort a given as the trial)"),
 ("w-24", W, "already taking two to four blood pressure drugs", "two to four", "count", 2, 4, "drugs", Y, "kardia-3 background drugs"),
 ("w-2dose", W, "for testing two doses", "two", "count", 2, 2, "doses", N, "aside"),
 ("w-140", W, "above 140 mm Hg at the start", "140 mm Hg", "other", 140, 140, MM, N, "subgroup threshold"),
 ("w-300c", W, "the 300 mg dose lowered pressure by 9.2", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("w-92", W, "lowered pressure by 9.2 mm Hg", "9.2 mm Hg", "other", 9.2, 9.2, MM, Y, "kardia-3 diuretic subgroup 300mg m3"),
 ("w-3mod", W, "9.2 mm Hg at three months", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("w-3tr", W, "Based on the three KARDIA trials", "three", "count", 3, 3, "trials", N, "aside"),
 ("w-eoy", W, "by the end of the year", "end of the year", "date", 2025, 2025, "year", Y, "zenith start"),
 ("w-11k", W, "enroll about 11,000 patients", "11,000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("w-jul23", W, "Roche agreed in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "deal signing"),
 ("w-310", W, "pay Alnylam $310 million upfront", "$310 million", "money", 310e6, 310e6, "USD", Y, "upfront payment"),
 ("w-25", W, "up to $2.5 billion more", "$2.5 billion", "money", 2.5e9, 2.5e9, "USD", Y, "milestones"),
 ("w-28", W, "as much as $2.8 billion", "$2.8 billion", "money", 2.8e9, 2.8e9, "USD", Y, "total potential deal value"),
 ("w-60", W, "Roche is paying 60% of development", "60%", "percent", 60, 60, "%", Y, "roche share of development costs"),
 ("w-two", W, "and the two will split", "two", "count", 2, 2, "companies", N, "aside"),
 ("w-377", W, "which randomized 377 people", "377", "count", 377, 377, "patients", Y, "kardia-1 randomized"),
 ("w-single2", W, "single doses of 300 mg and 600 mg", "single", "count", 1, 1, "doses", N, "single dose"),
 ("w-300d", W, "doses of 300 mg and 600 mg", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("w-600d", W, "300 mg and 600 mg lowered", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("w-24h", W, "lowered 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("w-15", W, "by more than 15 mm Hg", "15 mm Hg", "other", 15, 15, MM, Y, "kardia-1 300/600mg 24h sbp placebo-adj m3 (lower bound)"),
 ("w-3moe", W, "compared with placebo at three months. In KARDIA-2", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("w-lastyr", W, "published in JAMA last year", "last year", "date", 2024, 2024, "year", Y, "kardia-2 jama publication"),
 ("w-one", W, "one 600 mg dose added", "one", "count", 1, 1, "doses", N, "single dose"),
 ("w-600e", W, "one 600 mg dose added", "600 mg", "dose", 600, 600, "mg", Y, "kardia-2 dose"),
 ("w-24hb", W, "lowered 24-hour pressure by up to", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("w-121", W, "by up to 12.1 mm Hg", "12.1 mm Hg", "other", 12.1, 12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3 (max)"),
 ("w-87", W, "by 8.7 to 9.8 mm Hg more", "8.7 to 9.8 mm Hg", "other", 8.7, 9.8, MM, Y, "baxdrostat 1/2mg office sbp placebo-adj 12wk"),
 ("w-12wk", W, "at 12 weeks in the BaxHTN", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("w-796", W, "BaxHTN trial of 796 patients", "796", "count", 796, 796, "patients", Y, "baxhtn patients"),
 ("w-twice", W, "in a clinic twice a year", "twice a year", "count", 2, 2, "doses per year", N, "dosing frequency"),
 ("w-128", W, "An estimated 1.28 billion adults", "1.28 billion", "count", 1.28e9, 1.28e9, "people", Y, "global hypertension prevalence"),
 ("w-3079", W, "aged 30 to 79 worldwide", "30 to 79", "age", 30, 79, "years", N, "age qualifier"),

 # ---- ZB02 press release (2025-08-30)
 ("p-hsingle", P, "– A single 300 mg dose every six months delivered", "single", "count", 1, 1, "doses", N, "subtitle"),
 ("p-h300", P, "A single 300 mg dose every six months delivered", "300 mg", "dose", 300, 300, "mg", N, "subtitle"),
 ("p-h6", P, "300 mg dose every six months delivered", "every six months", "duration", 6, 6, "months", N, "subtitle"),
 ("p-hm3", P, "blood pressure at Month 3, sustained", "Month 3", "duration", 3, 3, "months", N, "subtitle timepoint"),
 ("p-hm6", P, "sustained through Month 6", "Month 6", "duration", 6, 6, "months", N, "subtitle timepoint"),
 ("p-h11k", P, "enroll approximately 11,000 patients; initiation", "11,000", "count", 11000, 11000, "patients", N, "subtitle repeat"),
 ("p-hye", P, "expected by year-end 2025", "year-end 2025", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-dl", P, "August 30, 2025", "August 30, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today0", P, "therapeutics company, today announced", "today", "date", 2025, 2025, "year", N, "announcement date"),
 ("p-today", P, "presented today as a late-breaking", "today", "date", 2025, 2025, "year", Y, "kardia-3 presentation date"),
 ("p-esc25", P, "(ESC) Congress 2025 in Madrid", "2025", "date", 2025, 2025, "year", N, "meeting name year"),
 ("p-single", P, "a single 300 mg subcutaneous dose", "single", "count", 1, 1, "doses", N, "single dose"),
 ("p-300", P, "single 300 mg subcutaneous dose", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("p-50", P, "of −5.0 mmHg at the Month 3", "−5.0 mmHg", "other", -5.0, -5.0, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("p-m3", P, "at the Month 3 primary endpoint", "Month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("p-p1", P, "(p=0.0431)", "0.0431", "pvalue", 0.0431, 0.0431, "p", N, "p-value"),
 ("p-m6", P, "sustained benefit at Month 6", "Month 6", "duration", 6, 6, "months", N, "timepoint"),
 ("p-39", P, "(−3.9 mmHg; 95% CI: −8.5, 0.7)", "−3.9 mmHg", "other", -3.9, -3.9, MM, Y, "kardia-3 300mg office sbp placebo-adj m6"),
 ("p-39ci", P, "95% CI: −8.5, 0.7)", "−8.5, 0.7", "other", -8.5, 0.7, MM, Y, "ci"),
 ("p-600", P, "The 600 mg dose provided", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("p-m3b", P, "no additional benefit at Month 3", "Month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("p-33", P, "(−3.3 mmHg; p=0.1830)", "−3.3 mmHg", "other", -3.3, -3.3, MM, Y, "kardia-3 600mg office sbp placebo-adj m3"),
 ("p-p2", P, "p=0.1830)", "0.1830", "pvalue", 0.183, 0.183, "p", N, "p-value"),
 ("p-m6b", P, "or Month 6 (−3.6", "Month 6", "duration", 6, 6, "months", N, "timepoint"),
 ("p-36", P, "(−3.6 mmHg; 95% CI", "−3.6 mmHg", "other", -3.6, -3.6, MM, Y, "kardia-3 600mg office sbp placebo-adj m6"),
 ("p-36ci", P, "95% CI: −8.2, 1.0)", "−8.2, 1.0", "other", -8.2, 1.0, MM, Y, "ci"),
 ("p-140", P, "SBP above 140 mmHg who were", "140 mmHg", "other", 140, 140, MM, N, "subgroup threshold"),
 ("p-300b", P, "zilebesiran 300 mg reduced office SBP", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("p-92", P, "office SBP by 9.2 mmHg at Month 3", "9.2 mmHg", "other", 9.2, 9.2, MM, Y, "kardia-3 diuretic subgroup 300mg m3"),
 ("p-m3c", P, "9.2 mmHg at Month 3", "Month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("p-83", P, "by 8.3 mmHg at Month 6", "8.3 mmHg", "other", 8.3, 8.3, MM, Y, "kardia-3 diuretic subgroup 300mg m6"),
 ("p-m6c", P, "8.3 mmHg at Month 6", "Month 6", "duration", 6, 6, "months", N, "timepoint"),
 ("p-90", P, "more than 90% of whom", "90%", "percent", 90, 90, "%", Y, "kardia-3 share on acei/arb (lower bound)"),
 ("p-10m", P, "around 10 million deaths", "10 million", "count", 10e6, 10e6, "deaths", Y, "hypertension deaths per year worldwide"),
 ("p-twice", P, "and twice-yearly dosing could", "twice-yearly", "count", 2, 2, "doses per year", N, "quote"),
 ("p-11k", P, "ZENITH will enroll approximately 11,000 patients", "11,000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("p-30c", P, "in more than 30 countries. Patients", "30", "count", 30, 30, "countries", Y, "zenith countries (lower bound)"),
 ("p-300z", P, "receive zilebesiran 300 mg or placebo", "300 mg", "dose", 300, 300, "mg", Y, "zenith dose"),
 ("p-6z", P, "subcutaneously every six months on top", "every six months", "duration", 6, 6, "months", Y, "zenith dosing interval"),
 ("p-2025z", P, "expected to begin by the end of 2025", "2025", "date", 2025, 2025, "year", Y, "zenith start"),
 ("p-394", P, "as monotherapy in 394 adults", "394", "count", 394, 394, "patients", Y, "kardia-1 randomized"),
 ("p-nov24", P, "Scientific Sessions in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "kardia-1 aha presentation"),
 ("p-single2", P, "evaluated a single 600 mg dose added", "single", "count", 1, 1, "doses", N, "single dose"),
 ("p-600k2", P, "a single 600 mg dose added", "600 mg", "dose", 600, 600, "mg", Y, "kardia-2 dose"),
 ("p-672", P, "or olmesartan in 672 patients", "672", "count", 672, 672, "patients", Y, "kardia-2 patients (enrolled per companies)"),
 ("p-24h", P, "reductions in 24-hour mean SBP", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("p-121", P, "of up to 12.1 mmHg at Month 3", "12.1 mmHg", "other", 12.1, 12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3 (max)"),
 ("p-m3d", P, "12.1 mmHg at Month 3", "Month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("p-374", P, "KARDIA-3 randomized 374 patients", "374", "count", 374, 374, "patients", Y, "kardia-3 randomized (whole trial)"),
 ("p-2coh", P, "patients in two cohorts", "two", "count", 2, 2, "cohorts", N, "design"),
 ("p-270", P, "including 270 patients with preserved", "270", "count", 270, 270, "patients", Y, "kardia-3 cohort a"),
 ("p-12b", P, "more than 1.2 billion people worldwide", "1.2 billion", "count", 1.2e9, 1.2e9, "people", Y, "global hypertension prevalence (lower bound)"),
 ("p-1in3", P, "about one in three adults", "one in three", "percent", 33.33, 33.33, "%", N, "share of adults with hypertension"),
 ("p-jul23", P, "In July 2023, Alnylam and Roche", "July 2023", "date", 2023, 2023, "year", Y, "deal signing"),
 ("p-310", P, "upfront payment of $310 million", "$310 million", "money", 310e6, 310e6, "USD", Y, "upfront payment"),
 ("p-25", P, "up to $2.5 billion in development", "$2.5 billion", "money", 2.5e9, 2.5e9, "USD", Y, "milestones"),
 ("p-2002", P, "Founded in 2002", "2002", "date", 2002, 2002, "year", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),

 # ---- ZB03 abstract (2025-11-09)
 ("a-t24", A, "Added to Two to Four Antihypertensive", "Two to Four", "count", 2, 4, "drugs", N, "title"),
 ("a-pub", A, "Published online 9 November 2025", "9 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-single0", A, "Single subcutaneous doses lowered", "Single", "count", 1, 1, "doses", N, "single dose"),
 ("a-24h", A, "lowered 24-hour mean ambulatory systolic", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("a-394", A, "(N = 394;", "394", "count", 394, 394, "patients", Y, "kardia-1 randomized"),
 ("a-167", A, "change −16.7 mm Hg with 300 mg", "−16.7 mm Hg", "other", -16.7, -16.7, MM, Y, "kardia-1 300mg 24h sbp placebo-adj m3"),
 ("a-300", A, "−16.7 mm Hg with 300 mg", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-3mo", A, "with 300 mg at 3 months", "3 months", "duration", 3, 3, "months", N, "timepoint"),
 ("a-663", A, "(N = 663;", "663", "count", 663, 663, "patients", Y, "kardia-2 randomized"),
 ("a-121", A, "(N = 663; −12.1,", "−12.1", "other", -12.1, -12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3"),
 ("a-97", A, "−12.1, −9.7 and", "−9.7", "other", -9.7, -9.7, MM, Y, "kardia-2 amlodipine 24h sbp placebo-adj m3"),
 ("a-40", A, "and −4.0 mm Hg with background", "−4.0 mm Hg", "other", -4.0, -4.0, MM, Y, "kardia-2 olmesartan 24h sbp placebo-adj m3"),
 ("a-6c", A, "conducted in 6 countries", "6", "count", 6, 6, "countries", Y, "kardia-3 countries"),
 ("a-140170", A, "office SBP of 140–170 mm Hg", "140–170 mm Hg", "other", 140, 170, MM, N, "eligibility"),
 ("a-24hb", A, "and a 24-hour mean ambulatory SBP of 130", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("a-130170", A, "SBP of 130–170 mm Hg", "130–170 mm Hg", "other", 130, 170, MM, N, "eligibility"),
 ("a-24d", A, "while taking 2 to 4 antihypertensive drugs", "2 to 4", "count", 2, 4, "drugs", Y, "kardia-3 background drugs"),
 ("a-egfr45", A, "(eGFR ≥45)", "45", "other", 45, 45, "mL/min/1.73m2", N, "cohort a definition"),
 ("a-111", A, "randomized 1:1:1 to a single", "1:1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-single", A, "1:1:1 to a single subcutaneous", "single", "count", 1, 1, "doses", N, "single dose"),
 ("a-300b", A, "zilebesiran 300 mg, zilebesiran 600 mg", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-600b", A, "zilebesiran 600 mg or placebo; patients", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("a-egfr3045", A, "(eGFR 30 to <45)", "30 to <45", "other", 30, 45, "mL/min/1.73m2", N, "cohort b definition"),
 ("a-1111", A, "randomized 1:1:1:1 to 150 mg", "1:1:1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-150", A, "1:1:1:1 to 150 mg", "150 mg", "dose", 150, 150, "mg", N, "arm label"),
 ("a-300c", A, "150 mg, 300 mg, 600 mg or placebo", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-600c", A, "300 mg, 600 mg or placebo. The primary", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("a-m3", A, "in office SBP at month 3; secondary", "month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("a-m6", A, "office SBP at month 6 and 24-hour", "month 6", "duration", 6, 6, "months", N, "timepoint"),
 ("a-24hc", A, "month 6 and 24-hour mean", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("a-374", A, "N = 374 patients", "374", "count", 374, 374, "patients", Y, "kardia-3 randomized (whole trial)"),
 ("a-270", A, "(Cohort A, n=270;", "270", "count", 270, 270, "patients", Y, "kardia-3 cohort a"),
 ("a-104", A, "Cohort B, n=104)", "104", "count", 104, 104, "patients", Y, "kardia-3 cohort b"),
 ("a-67", A, "(mean age 67 years;", "67 years", "age", 67, 67, "years", Y, "kardia-3 cohort a mean age"),
 ("a-45w", A, "45% women; 23%", "45%", "percent", 45, 45, "%", Y, "kardia-3 cohort a women"),
 ("a-23", A, "23% with established", "23%", "percent", 23, 23, "%", Y, "kardia-3 cohort a with cvd"),
 ("a-144", A, "was 144/80 mm Hg", "144", "other", 144, 144, MM, N, "baseline office sbp"),
 ("a-80", A, "144/80 mm Hg, and", "80", "other", 80, 80, MM, N, "baseline office dbp"),
 ("a-53", A, "and 53% of patients", "53%", "percent", 53, 53, "%", Y, "kardia-3 cohort a on 2 drugs"),
 ("a-2dr", A, "were taking 2, 36%", "2", "count", 2, 2, "drugs", N, "definitional"),
 ("a-36p", A, "36% were taking 3", "36%", "percent", 36, 36, "%", Y, "kardia-3 cohort a on 3 drugs"),
 ("a-3dr", A, "were taking 3 and 11%", "3", "count", 3, 3, "drugs", N, "definitional"),
 ("a-11p", A, "11% were taking 4", "11%", "percent", 11, 11, "%", Y, "kardia-3 cohort a on 4 drugs"),
 ("a-4dr", A, "were taking 4 antihypertensive drugs. At", "4", "count", 4, 4, "drugs", N, "definitional"),
 ("a-m3b", A, "At month 3, placebo-adjusted changes in office", "month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("a-50", A, "were −5.0 mm Hg (95% CI, −9.9 to −0.2", "−5.0 mm Hg", "other", -5.0, -5.0, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("a-50ci", A, "(95% CI, −9.9 to −0.2", "−9.9 to −0.2", "other", -9.9, -0.2, MM, Y, "ci"),
 ("a-p04", A, "P=.04) with 300 mg", ".04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-300d", A, "P=.04) with 300 mg", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-33", A, "and −3.3 mm Hg (95% CI, −8.2 to 1.6", "−3.3 mm Hg", "other", -3.3, -3.3, MM, Y, "kardia-3 600mg office sbp placebo-adj m3"),
 ("a-33ci", A, "(95% CI, −8.2 to 1.6", "−8.2 to 1.6", "other", -8.2, 1.6, MM, Y, "ci"),
 ("a-p18", A, "P=.18) with 600 mg", ".18", "pvalue", 0.18, 0.18, "p", N, "p-value"),
 ("a-600d", A, "P=.18) with 600 mg", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("a-m6b", A, "At month 6, the changes", "month 6", "duration", 6, 6, "months", N, "timepoint"),
 ("a-39", A, "were −3.9 mm Hg (95% CI, −8.5 to 0.7)", "−3.9 mm Hg", "other", -3.9, -3.9, MM, Y, "kardia-3 300mg office sbp placebo-adj m6"),
 ("a-39ci", A, "(95% CI, −8.5 to 0.7)", "−8.5 to 0.7", "other", -8.5, 0.7, MM, Y, "ci"),
 ("a-36", A, "and −3.6 mm Hg (95% CI, −8.2 to 1.0)", "−3.6 mm Hg", "other", -3.6, -3.6, MM, Y, "kardia-3 600mg office sbp placebo-adj m6"),
 ("a-36ci", A, "(95% CI, −8.2 to 1.0)", "−8.2 to 1.0", "other", -8.2, 1.0, MM, Y, "ci"),
 ("a-24hd", A, "changes in 24-hour mean ambulatory SBP were", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("a-55", A, "were −5.5 mm Hg (95% CI", "−5.5 mm Hg", "other", -5.5, -5.5, MM, Y, "kardia-3 300mg 24h sbp placebo-adj"),
 ("a-55ci", A, "(95% CI, −9.4 to −1.5)", "−9.4 to −1.5", "other", -9.4, -1.5, MM, Y, "ci"),
 ("a-300e", A, "−1.5) with 300 mg", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-74", A, "and −7.4 mm Hg (95% CI", "−7.4 mm Hg", "other", -7.4, -7.4, MM, Y, "kardia-3 600mg 24h sbp placebo-adj"),
 ("a-74ci", A, "(95% CI, −11.3 to −3.4)", "−11.3 to −3.4", "other", -11.3, -3.4, MM, Y, "ci"),
 ("a-600e", A, "−3.4) with 600 mg", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("a-140", A, "of at least 140 mm Hg who", "140 mm Hg", "other", 140, 140, MM, N, "subgroup threshold"),
 ("a-300f", A, "diuretic, 300 mg lowered", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-92", A, "office SBP by −9.2 mm Hg", "−9.2 mm Hg", "other", -9.2, -9.2, MM, Y, "kardia-3 diuretic subgroup 300mg m3"),
 ("a-92ci", A, "(95% CI, −17.3 to −1.2)", "−17.3 to −1.2", "other", -17.3, -1.2, MM, Y, "ci"),
 ("a-m3c", A, "−1.2) at month 3", "month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("a-71", A, "(median age 71 years;", "71 years", "age", 71, 71, "years", Y, "kardia-3 cohort b median age"),
 ("a-44w", A, "44% women; 60%", "44%", "percent", 44, 44, "%", Y, "kardia-3 cohort b women"),
 ("a-60d", A, "60% with diabetes", "60%", "percent", 60, 60, "%", Y, "kardia-3 cohort b diabetes"),
 ("a-m3d", A, "placebo-adjusted changes at month 3 were", "month 3", "duration", 3, 3, "months", N, "timepoint"),
 ("a-54", A, "were −5.4 mm Hg (95% CI", "−5.4 mm Hg", "other", -5.4, -5.4, MM, Y, "kardia-3 cohort b 150mg office m3"),
 ("a-54ci", A, "(95% CI, −14.9 to 4.1)", "−14.9 to 4.1", "other", -14.9, 4.1, MM, Y, "ci"),
 ("a-24b", A, "−2.4 mm Hg (95% CI", "−2.4 mm Hg", "other", -2.4, -2.4, MM, Y, "kardia-3 cohort b 300mg office m3"),
 ("a-24bci", A, "(95% CI, −11.7 to 6.8)", "−11.7 to 6.8", "other", -11.7, 6.8, MM, Y, "ci"),
 ("a-11b", A, "−1.1 mm Hg (95% CI", "−1.1 mm Hg", "other", -1.1, -1.1, MM, Y, "kardia-3 cohort b 600mg office m3"),
 ("a-11bci", A, "(95% CI, −10.5 to 8.2)", "−10.5 to 8.2", "other", -10.5, 8.2, MM, Y, "ci"),
 ("a-150b", A, "with 150 mg, 300 mg and 600 mg. Serious", "150 mg", "dose", 150, 150, "mg", N, "arm label"),
 ("a-300g", A, "150 mg, 300 mg and 600 mg. Serious", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-600g", A, "300 mg and 600 mg. Serious", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("a-38", A, "occurred in 3.8% of zilebesiran-treated", "3.8%", "percent", 3.8, 3.8, "%", Y, "kardia-3 sae zilebesiran"),
 ("a-45", A, "and 4.5% of placebo-treated", "4.5%", "percent", 4.5, 4.5, "%", Y, "kardia-3 sae placebo"),
 ("a-24e", A, "taking 2 to 4 antihypertensive drugs, a single", "2 to 4", "count", 2, 4, "drugs", N, "conclusion repeat"),
 ("a-single2", A, "drugs, a single 300 mg dose of zilebesiran", "single", "count", 1, 1, "doses", N, "single dose"),
 ("a-300h", A, "a single 300 mg dose of zilebesiran", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("a-36mo", A, "at 3 and 6 months that", "3 and 6 months", "duration", 3, 6, "months", N, "timepoints"),
 ("a-300z", A, "a regimen of 300 mg every 6 months", "300 mg", "dose", 300, 300, "mg", Y, "zenith dose"),
 ("a-6z", A, "300 mg every 6 months in the ZENITH", "every 6 months", "duration", 6, 6, "months", Y, "zenith dosing interval"),
 ("a-11k", A, "planned N ≈ 11 000", "11 000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),

 # ---- ZB04 explainer (2025-09-15)
 ("e-tw", E, "shot twice a year? What", "twice a year", "count", 2, 2, "doses per year", N, "headline"),
 ("e-upd", E, "Updated September 15, 2025", "September 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-mill", E, "pills that millions of people take", "millions", "count", None, None, "people", N, "vague"),
 ("e-one", E, "in trials one dose kept", "one", "count", 1, 1, "doses", N, "single dose"),
 ("e-6mo", E, "kept working for about six months", "six months", "duration", 6, 6, "months", Y, "duration of effect per dose"),
 ("e-half", E, "Nearly half of U.S. adults", "Nearly half", "percent", 50, 50, "%", Y, "us adult hypertension prevalence"),
 ("e-4in5", E, "about four in five people", "four in five", "percent", 80, 80, "%", Y, "share of hypertensives uncontrolled (worldwide)"),
 ("e-6mob", E, "in a clinic every six months would", "every six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("e-3tr", E, "There have been three mid-stage trials", "three", "count", 3, 3, "trials", N, "aside"),
 ("e-394", E, "on its own in 394 people", "394", "count", 394, 394, "patients", Y, "kardia-1 randomized"),
 ("e-3mo", E, "At three months, 24-hour systolic", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("e-24h", E, "three months, 24-hour systolic", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("e-167", E, "fell by 16.7 points", "16.7 points", "other", 16.7, 16.7, MM, Y, "kardia-1 300mg 24h sbp placebo-adj m3"),
 ("e-300", E, "at the 300 mg dose and", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("e-157", E, "by 15.7 points at 600 mg", "15.7 points", "other", 15.7, 15.7, MM, Y, "kardia-1 600mg 24h sbp placebo-adj m3"),
 ("e-600", E, "15.7 points at 600 mg", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("e-150", E, "The lowest dose, 150 mg, gave", "150 mg", "dose", 150, 150, "mg", N, "arm label"),
 ("e-141", E, "gave 14.1 points", "14.1 points", "other", 14.1, 14.1, MM, Y, "kardia-1 150mg 24h sbp placebo-adj m3"),
 ("e-nov23", E, "meeting in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "kardia-1 aha presentation"),
 ("e-single", E, "tested a single 600 mg shot", "single", "count", 1, 1, "doses", N, "single dose"),
 ("e-600k2", E, "a single 600 mg shot added", "600 mg", "dose", 600, 600, "mg", Y, "kardia-2 dose"),
 ("e-one3", E, "added to one of three common pills", "one", "count", 1, 1, "pills", N, "design"),
 ("e-three3", E, "of three common pills", "three", "count", 3, 3, "pills", N, "design"),
 ("e-672", E, "common pills in 672 people", "672", "count", 672, 672, "patients", Y, "kardia-2 patients (enrolled per companies)"),
 ("e-2wk", E, "at least two weeks on their assigned pill", "two weeks", "duration", 2, 2, "weeks", Y, "kardia-2 run-in minimum"),
 ("e-24hb", E, "the shot lowered 24-hour systolic pressure by 12.1", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("e-121", E, "by 12.1 points more than placebo", "12.1 points", "other", 12.1, 12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3"),
 ("e-97", E, "by 9.7 points", "9.7 points", "other", 9.7, 9.7, MM, Y, "kardia-2 amlodipine 24h sbp placebo-adj m3"),
 ("e-40", E, "by 4.0 points", "4.0 points", "other", 4.0, 4.0, MM, Y, "kardia-2 olmesartan 24h sbp placebo-adj m3"),
 ("e-may", E, "published in JAMA in May", "May", "date", 2025, 2025, "year", Y, "kardia-2 jama publication"),
 ("e-270", E, "KARDIA-3 enrolled 270 people", "270", "count", 270, 270, "patients", Y, "kardia-3 patients (cohort a given as the trial)"),
 ("e-24", E, "already taking two to four blood pressure drugs", "two to four", "count", 2, 4, "drugs", Y, "kardia-3 background drugs"),
 ("e-300b", E, "the 300 mg dose lowered office", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("e-39", E, "by 3.9 points at three months", "3.9 points", "other", 3.9, 3.9, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("e-3mob", E, "3.9 points at three months", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("e-600b", E, "and the 600 mg dose did not", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("e-6", E, "about 6% of people who got the drug", "6%", "percent", 6, 6, "%", Y, "kardia-1 injection-site reactions (treated)"),
 ("e-5", E, "about 5% had high potassium", "5%", "percent", 5, 5, "%", Y, "kardia-1 hyperkalemia (treated)"),
 ("e-4", E, "in about 4% of treated", "4%", "percent", 4, 4, "%", Y, "kardia-1 hypotension (treated)"),
 ("e-1", E, "versus 1% on placebo", "1%", "percent", 1, 1, "%", Y, "kardia-1 hypotension (placebo)"),
 ("e-11k", E, "called ZENITH, of about 11,000 people", "11,000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("e-2025", E, "to start by the end of 2025", "2025", "date", 2025, 2025, "year", Y, "zenith start"),
 ("e-55", E, "must be 55 or older", "55", "age", 55, 55, "years", Y, "zenith minimum age (high-risk, no cvd)"),
 ("e-300z", E, "Participants will get 300 mg every six months", "300 mg", "dose", 300, 300, "mg", Y, "zenith dose"),
 ("e-6z", E, "300 mg every six months or a placebo", "every six months", "duration", 6, 6, "months", Y, "zenith dosing interval"),
 ("e-310", E, "paid Alnylam $310 million up front", "$310 million", "money", 310e6, 310e6, "USD", Y, "upfront payment"),
 ("e-2023", E, "up front in 2023", "2023", "date", 2023, 2023, "year", Y, "deal signing"),
 ("e-two", E, "the two companies will split", "two", "count", 2, 2, "companies", N, "aside"),
 ("e-mar24", E, "In March 2024 the FDA approved", "March 2024", "date", 2024, 2024, "year", Y, "aprocitentan fda approval"),
 ("e-38", E, "by 3.8 points more than placebo", "3.8 points", "other", 3.8, 3.8, MM, Y, "aprocitentan 12.5mg sbp placebo-adj"),

 # ---- ZB05 blog (2025-09-03)
 ("b-h28", B, "Roche's $2.8 billion bet", "$2.8 billion", "money", 2.8e9, 2.8e9, "USD", N, "headline: total potential deal value"),
 ("b-date", B, "September 3, 2025", "September 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-sat", B, "KARDIA-3 data on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "kardia-3 presentation date"),
 ("b-300", B, "The 300 mg dose cut 24-hour", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("b-24h", B, "dose cut 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("b-141", B, "by 14.1 mmHg more than placebo", "14.1 mmHg", "other", 14.1, 14.1, MM, Y, "kardia-1 300mg 24h sbp placebo-adj m3"),
 ("b-m3", B, "14.1 mmHg more than placebo at month three", "month three", "duration", 3, 3, "months", N, "timepoint"),
 ("b-6mo", B, "still there at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("b-twice", B, "injection you take twice a year", "twice a year", "count", 2, 2, "doses per year", N, "dosing frequency"),
 ("b-one", B, "KARDIA-2 added one 600 mg shot", "one", "count", 1, 1, "doses", N, "single dose"),
 ("b-600", B, "added one 600 mg shot", "600 mg", "dose", 600, 600, "mg", Y, "kardia-2 dose"),
 ("b-single", B, "on top of a single background pill", "single", "count", 1, 1, "pills", N, "design"),
 ("b-121", B, "got up to 12.1 mmHg", "12.1 mmHg", "other", 12.1, 12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3 (max)"),
 ("b-40", B, "only 4.0 mmHg on top", "4.0 mmHg", "other", 4.0, 4.0, MM, Y, "kardia-2 olmesartan 24h sbp placebo-adj m3"),
 ("b-may", B, "KARDIA-2 paper in May", "May", "date", 2025, 2025, "year", Y, "kardia-2 jama publication"),
 ("b-3k", B, "across the three KARDIA studies", "three", "count", 3, 3, "trials", N, "image caption"),
 ("b-270", B, "real-world test: 270 high-risk", "270", "count", 270, 270, "patients", Y, "kardia-3 patients (cohort a given as the trial)"),
 ("b-67", B, "(average age 67)", "67", "age", 67, 67, "years", Y, "kardia-3 cohort a mean age"),
 ("b-8c", B, "across eight countries", "eight", "count", 8, 8, "countries", Y, "kardia-3 countries"),
 ("b-24", B, "already on two to four drugs", "two to four", "count", 2, 4, "drugs", Y, "kardia-3 background drugs"),
 ("b-300b", B, "The 300 mg dose delivered", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("b-50", B, "delivered −5.0 mmHg at month three", "−5.0 mmHg", "other", -5.0, -5.0, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("b-m3b", B, "−5.0 mmHg at month three", "month three", "duration", 3, 3, "months", N, "timepoint"),
 ("b-39", B, "and −3.9 mmHg at month six", "−3.9 mmHg", "other", -3.9, -3.9, MM, Y, "kardia-3 300mg office sbp placebo-adj m6"),
 ("b-m6", B, "−3.9 mmHg at month six", "month six", "duration", 6, 6, "months", N, "timepoint"),
 ("b-600b", B, "and the 600 mg arm added nothing", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("b-92", B, "diuretic subgroup: −9.2 mmHg", "−9.2 mmHg", "other", -9.2, -9.2, MM, Y, "kardia-3 diuretic subgroup 300mg m3"),
 ("b-m3c", B, "−9.2 mmHg at month three in", "month three", "duration", 3, 3, "months", N, "timepoint"),
 ("b-140", B, "started above 140 mmHg", "140 mmHg", "other", 140, 140, MM, N, "subgroup threshold"),
 ("b-38", B, "ran at 3.8% on drug", "3.8%", "percent", 3.8, 3.8, "%", Y, "kardia-3 sae zilebesiran"),
 ("b-45", B, "versus 4.5% on placebo", "4.5%", "percent", 4.5, 4.5, "%", Y, "kardia-3 sae placebo"),
 ("b-mm", B, "a millimeter of mercury", "a millimeter of mercury", "other", 1, 1, MM, N, "figure of speech"),
 ("b-2ya", B, "signed two years ago", "two years ago", "date", 2023, 2023, "year", Y, "deal signing"),
 ("b-28", B, "handed Alnylam $2.8 billion upfront", "$2.8 billion", "money", 2.8e9, 2.8e9, "USD", Y, "upfront payment"),
 ("b-60", B, "took on 60% of development", "60%", "percent", 60, 60, "%", Y, "roche share of development costs"),
 ("b-5050", B, "split 50/50", "50/50", "percent", 50, 50, "%", N, "us profit split"),
 ("b-5mm", B, "for a 5 mmHg drug", "5 mmHg", "other", 5, 5, MM, N, "rhetorical, rounded"),
 ("b-11k", B, "a roughly 11,000-patient", "11,000-patient", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("b-300z", B, "trial of 300 mg every six months", "300 mg", "dose", 300, 300, "mg", Y, "zenith dose"),
 ("b-6z", B, "300 mg every six months, will", "every six months", "duration", 6, 6, "months", Y, "zenith dosing interval"),
 ("b-2026", B, "by the end of 2026", "2026", "date", 2026, 2026, "year", Y, "zenith start"),
 ("b-45y", B, "usually take four to five years", "four to five years", "duration", 4, 5, "years", N, "blogger's estimate"),
 ("b-2030", B, "a filing before 2030", "2030", "date", 2030, 2030, "year", N, "blogger's forecast"),
 ("b-87", B, "reductions of 8.7 and", "8.7", "other", 8.7, 8.7, MM, Y, "baxdrostat 1mg office sbp placebo-adj 12wk"),
 ("b-98", B, "8.7 and 9.8 mmHg", "9.8 mmHg", "other", 9.8, 9.8, MM, Y, "baxdrostat 2mg office sbp placebo-adj 12wk"),
 ("b-12wk", B, "at 12 weeks in BaxHTN", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("b-794", B, "in 794 patients", "794", "count", 794, 794, "patients", Y, "baxhtn patients"),

 # ---- ZB06 local / trade (2025-09-10), hard-wrapped
 ("l-tw", L, "Alnylam's twice-a-year blood pressure", "twice-a-year", "count", 2, 2, "doses per year", N, "headline"),
 ("l-date", L, "September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-11k", L, "trial of about 11,000 patients", "11,000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("l-lastmo", L, "Madrid last month", "last month", "date", 2025, 2025, "year", Y, "kardia-3 presentation date"),
 ("l-374", L, "which enrolled 374 patients", "374", "count", 374, 374, "patients", Y, "kardia-3 randomized (whole trial)"),
 ("l-5", L, "by about 5 mm Hg at three months", "5 mm Hg", "other", 5, 5, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("l-3mo", L, "5 mm Hg at three months with", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("l-300", L, "with the 300 mg dose, the companies", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("l-71", L, "an average age of 71", "71", "age", 71, 71, "years", Y, "kardia-3 cohort a mean age"),
 ("l-24", L, "already taking two to four blood", "two to four", "count", 2, 4, "drugs", Y, "kardia-3 background drugs"),
 ("l-6c", L, "sites in six countries", "six", "count", 6, 6, "countries", Y, "kardia-3 countries"),
 ("l-dd", L, "the double-digit drops", "double-digit", "other", None, None, MM, N, "vague"),
 ("l-one3", L, "patients on one of three pills", "one", "count", 1, 1, "pills", N, "design"),
 ("l-three3", L, "one of three pills for", "three", "count", 3, 3, "pills", N, "design"),
 ("l-4wk", L, "for at least four weeks before", "four weeks", "duration", 4, 4, "weeks", Y, "kardia-2 run-in minimum"),
 ("l-single", L, "giving a single shot", "single", "count", 1, 1, "doses", N, "single dose"),
 ("l-24h", L, "lowered 24-hour pressure by 12.1", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("l-121", L, "by 12.1 mm Hg when added", "12.1 mm Hg", "other", 12.1, 12.1, MM, Y, "kardia-2 indapamide 24h sbp placebo-adj m3"),
 ("l-97", L, "by 9.7 mm Hg when added to olmesartan", "9.7 mm Hg", "other", 9.7, 9.7, MM, Y, "kardia-2 olmesartan 24h sbp placebo-adj m3"),
 ("l-nov11", L, "on Nov. 11, 2023", "Nov. 11, 2023", "date", 2023, 2023, "year", Y, "kardia-1 aha presentation"),
 ("l-150", L, "tested 150, 300 and 600 mg doses", "150", "dose", 150, 150, "mg", N, "arm label"),
 ("l-300b", L, "150, 300 and 600 mg doses", "300", "dose", 300, 300, "mg", N, "arm label"),
 ("l-600", L, "300 and 600 mg doses", "600 mg", "dose", 600, 600, "mg", N, "arm label"),
 ("l-300q", L, "including a 300 mg dose given", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("l-q3", L, "dose given every three months", "every three months", "duration", 3, 3, "months", Y, "kardia-1 q3m arm dosing interval"),
 ("l-600z", L, "will give patients 600 mg every six months", "600 mg", "dose", 600, 600, "mg", Y, "zenith dose"),
 ("l-6z", L, "600 mg every six months or a placebo", "every six months", "duration", 6, 6, "months", Y, "zenith dosing interval"),
 ("l-eoty", L, "by the end of this year", "end of this year", "date", 2025, 2025, "year", Y, "zenith start"),
 ("l-half", L, "Almost half of treated patients", "Almost half", "percent", 50, 50, "%", Y, "share of treated hypertensives not at target"),
 ("l-310", L, "Roche paid $310 million up front", "$310 million", "money", 310e6, 310e6, "USD", Y, "upfront payment"),
 ("l-jul23", L, "their deal in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "deal signing"),
 ("l-40", L, "covering 40 percent of development", "40 percent", "percent", 40, 40, "%", Y, "roche share of development costs"),
 ("l-25", L, "up to $2.5 billion more in milestones", "$2.5 billion", "money", 2.5e9, 2.5e9, "USD", Y, "milestones"),
 ("l-two", L, "and the two will split", "two", "count", 2, 2, "companies", N, "aside"),
 ("l-6hk", L, "reported in 6% of treated patients", "6%", "percent", 6, 6, "%", Y, "kardia-1 hyperkalemia (treated)"),
 ("l-3hk", L, "versus 3% on placebo", "3%", "percent", 3, 3, "%", Y, "kardia-1 hyperkalemia (placebo)"),
 ("l-2002", L, "founded in 2002", "2002", "date", 2002, 2002, "year", N, "company background"),
 ("l-30c", L, "in more than 30 countries", "30", "count", 30, 30, "countries", Y, "zenith countries (lower bound)"),
 ("l-twice", L, "Twice a year is appealing", "Twice a year", "count", 2, 2, "doses per year", N, "quote"),

 # ---- ZB07 fact-check (2025-10-06)
 ("f-date", F, "Health Fact Desk | October 6, 2025", "October 6, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-6mo", F, "given every six months drops", "every six months", "duration", 6, 6, "months", N, "post claim (attributed)"),
 ("f-20", F, "drops your blood pressure 20 points", "20 points", "other", 20, 20, MM, N, "post claim (attributed)"),
 ("f-11k", F, "planned to enroll about 11,000 patients", "11,000", "count", 11000, 11000, "patients", Y, "zenith enrollment"),
 ("f-2025", F, "start by the end of 2025. Alnylam", "2025", "date", 2025, 2025, "year", Y, "zenith start"),
 ("f-3tr", F, "We reviewed the three published", "three", "count", 3, 3, "trials", N, "aside"),
 ("f-394", F, "tested the shot alone in 394 people", "394", "count", 394, 394, "patients", Y, "kardia-1 randomized"),
 ("f-24h", F, "reduction in 24-hour systolic pressure compared", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("f-3mo", F, "compared with placebo at three months was 16.7", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("f-167", F, "was 16.7 mm Hg, with", "16.7 mm Hg", "other", 16.7, 16.7, MM, Y, "kardia-1 300mg 24h sbp placebo-adj m3"),
 ("f-300", F, "with the 300 mg dose. The results", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("f-nov23", F, "first presented in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "kardia-1 aha presentation"),
 ("f-636", F, "which randomized 636 patients", "636", "count", 636, 636, "patients", Y, "kardia-2 randomized"),
 ("f-single", F, "a single 300 mg dose added", "single", "count", 1, 1, "doses", N, "single dose"),
 ("f-300k2", F, "single 300 mg dose added to one", "300 mg", "dose", 300, 300, "mg", Y, "kardia-2 dose"),
 ("f-onep", F, "added to one standard pill", "one", "count", 1, 1, "pills", N, "design"),
 ("f-24hb", F, "lowered 24-hour systolic pressure by 4.0", "24-hour", "duration", 24, 24, "hours", N, "measurement window"),
 ("f-412", F, "by 4.0 to 12.1 mm Hg", "4.0 to 12.1 mm Hg", "other", 4.0, 12.1, MM, Y, "kardia-2 24h sbp placebo-adj m3 (range across cohorts)"),
 ("f-4wk", F, "for at least four weeks before the shot", "four weeks", "duration", 4, 4, "weeks", Y, "kardia-2 run-in minimum"),
 ("f-300b", F, "several medicines, 300 mg lowered", "300 mg", "dose", 300, 300, "mg", N, "arm label"),
 ("f-50", F, "by 5.0 mm Hg more than placebo at three months", "5.0 mm Hg", "other", 5.0, 5.0, MM, Y, "kardia-3 300mg office sbp placebo-adj m3"),
 ("f-3mob", F, "5.0 mm Hg more than placebo at three months, a result", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("f-20b", F, "came close to 20 points", "20 points", "other", 20, 20, MM, N, "post claim repeat"),
 ("f-45", F, "reported in 4.5% of patients who got zilebesiran", "4.5%", "percent", 4.5, 4.5, "%", Y, "kardia-3 sae zilebesiran"),
 ("f-38", F, "compared with 3.8% of those on placebo", "3.8%", "percent", 3.8, 3.8, "%", Y, "kardia-3 sae placebo"),
 ("f-310", F, "paid Alnylam $310 million upfront", "$310 million", "money", 310e6, 310e6, "USD", Y, "upfront payment"),
 ("f-lastjul", F, "struck last July", "last July", "date", 2025, 2025, "year", Y, "deal signing"),
 ("f-28", F, "up to $2.8 billion in milestones", "$2.8 billion", "money", 2.8e9, 2.8e9, "USD", Y, "milestones"),
 ("f-75m", F, "at 7.5 million a year", "7.5 million", "count", 7.5e6, 7.5e6, "deaths", Y, "hypertension deaths per year worldwide (older who estimate)"),
 ("f-20c", F, "lowers blood pressure by 20 points and lets", "20 points", "other", 20, 20, MM, N, "post claim repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 KARDIA-1 300 mg, 24-h SBP vs placebo at month 3: 16.7 vs 14.1 (150 mg arm swapped in)
 ("b-141", "a-167", S), ("b-141", "e-167", S), ("b-141", "f-167", S),
 # S2 KARDIA-2 olmesartan cohort: 4.0 vs 9.7 (amlodipine cohort swapped in)
 ("l-97", "a-40", S), ("l-97", "e-40", S), ("l-97", "b-40", S),
 # S3 KARDIA-3 300 mg office SBP at month 3: 5.0 vs 3.9 (month-6 figure)
 ("e-39", "w-50", S), ("e-39", "p-50", S), ("e-39", "a-50", S), ("e-39", "b-50", S), ("e-39", "f-50", S), ("e-39", "l-5", S),
 # S4 ZENITH start: end of 2025 vs end of 2026
 ("b-2026", "w-eoy", S), ("b-2026", "p-2025z", S), ("b-2026", "e-2025", S), ("b-2026", "f-2025", S), ("b-2026", "l-eoty", S),
 # S5 deal signed: July 2023 vs "last July" (fact-check of Oct 2025 -> July 2025)
 ("f-lastjul", "w-jul23", S), ("f-lastjul", "p-jul23", S), ("f-lastjul", "e-2023", S), ("f-lastjul", "b-2ya", S), ("f-lastjul", "l-jul23", S),
 # S6 upfront payment: $310 million vs $2.8 billion (total potential value called upfront)
 ("b-28", "w-310", S), ("b-28", "p-310", S), ("b-28", "e-310", S), ("b-28", "l-310", S), ("b-28", "f-310", S),
 # S7 Roche share of development costs: 60% vs 40% (Alnylam's share)
 ("l-40", "w-60", S), ("l-40", "b-60", S),
 # S8 KARDIA-2 randomized: 663 vs 636 (transposed)
 ("f-636", "a-663", S),
 # S9 KARDIA-1 randomized: 394 vs 377 (full analysis set called randomized)
 ("w-377", "p-394", S), ("w-377", "a-394", S), ("w-377", "e-394", S), ("w-377", "f-394", S),
 # S10 KARDIA-1 AHA presentation: November 2023 vs November 2024
 ("p-nov24", "e-nov23", S), ("p-nov24", "l-nov11", S), ("p-nov24", "f-nov23", S),
 # S11 KARDIA-3 Cohort A mean age: 67 vs 71 (Cohort B median)
 ("l-71", "a-67", S), ("l-71", "b-67", S),
 # S12 KARDIA-2 run-in: at least four weeks vs at least two weeks
 ("e-2wk", "l-4wk", S), ("e-2wk", "f-4wk", S),
 # S13 ZENITH dose: 300 mg vs 600 mg
 ("l-600z", "p-300z", S), ("l-600z", "a-300z", S), ("l-600z", "e-300z", S), ("l-600z", "b-300z", S),
 # S14 KARDIA-3 serious AEs, zilebesiran arm: 3.8% vs 4.5% (arms swapped)
 ("f-45", "a-38", S), ("f-45", "b-38", S),
 # S15 KARDIA-3 serious AEs, placebo arm: 4.5% vs 3.8% (arms swapped)
 ("f-38", "a-45", S), ("f-38", "b-45", S),
 # S16 KARDIA-3 countries: 6 vs eight (KARDIA-2's count)
 ("b-8c", "a-6c", S), ("b-8c", "l-6c", S),
 # S17 KARDIA-2 dose: 600 mg vs 300 mg (ZENITH/KARDIA-3 dose)
 ("f-300k2", "w-600e", S), ("f-300k2", "p-600k2", S), ("f-300k2", "e-600k2", S), ("f-300k2", "b-600", S),
 # S18 KARDIA-2 JAMA publication: May 2025 vs "last year" (wire of Aug 2025 -> 2024)
 ("w-lastyr", "e-may", S), ("w-lastyr", "b-may", S),
 # ---- Qualified
 # Q1 KARDIA-2 size: 672 (companies/ACC "enrolled") vs 663 randomized (JAMA); 636 vs 672
 ("p-672", "a-663", Q), ("e-672", "a-663", Q), ("f-636", "p-672", Q), ("f-636", "e-672", Q),
 # Q2 KARDIA-3 size: 374 (whole trial) vs 270 (Cohort A, given as "the trial")
 ("l-374", "w-270", Q), ("l-374", "e-270", Q), ("l-374", "b-270", Q),
 ("p-374", "w-270", Q), ("p-374", "e-270", Q), ("p-374", "b-270", Q),
 ("a-374", "w-270", Q), ("a-374", "e-270", Q), ("a-374", "b-270", Q),
 # Q3 milestones: up to $2.5 billion (8-K) vs up to $2.8 billion (Fierce-style wording)
 ("f-28", "w-25", Q), ("f-28", "p-25", Q), ("f-28", "l-25", Q),
 # Q4 KARDIA-1 hyperkalemia: 5% (16/302) vs 6% (vs 3% placebo) in conference coverage
 ("e-5", "l-6hk", Q),
 # Q5 uncontrolled share: four in five of all hypertensives vs almost half of treated patients
 ("e-4in5", "l-half", Q),
 # Q6 hypertension deaths a year: ~10 million (current) vs 7.5 million (older WHO estimate)
 ("p-10m", "f-75m", Q),
 # Q7 KARDIA-1 300 mg: "more than 15 mm Hg" (bound) vs 14.1
 ("w-15", "b-141", Q),
 # Q8 BaxHTN: 796 randomized vs 794 (analysed/enrolled in some coverage)
 ("w-796", "b-794", Q),
 # Q9 ZENITH dose 600 mg (wrong) vs the wire's description of the regimen as a 300 mg shot every six months
 ("l-600z", "w-300", Q),
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
        rows.append({"type": "claim", "id": f"zb-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"zb-{a}", f"zb-{b}"
        if not (a in docof and b in docof):
            print("CONFLICT REFERS TO MISSING CLAIM", a, b); ok = False; continue
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], ("conflict on optional claim", a, b)
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
