#!/usr/bin/env python3
"""Build teplizumab.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "teplizumab")
OUT = os.path.join(HERE, "teplizumab.gold.jsonl")
T = "teplizumab"

W, P, A, E, B, L, F = ("tp01_wire.txt", "tp02_press.txt", "tp03_abstract.txt",
                       "tp04_explainer.txt", "tp05_blog.txt", "tp06_local.txt", "tp07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- tp01 wire (2023-03-13, Monday)
 ("w-h29", W, "for $2.9 billion in bet", "$2.9 billion", "money", 2.9e9, 2.9e9, "USD", N, "headline repeat"),
 ("w-dl", W, "NEW YORK, March 13", "March 13", "date", 2023, 2023, "year", N, "dateline"),
 ("w-mon", W, "said on Monday it will", "Monday", "date", 2023, 2023, "year", Y, "acquisition announcement date"),
 ("w-25", W, "Provention Bio for $25 a share", "$25", "money", 25, 25, "USD", Y, "offer price per share"),
 ("w-29", W, "a deal worth about $2.9 billion", "$2.9 billion", "money", 2.9e9, 2.9e9, "USD", Y, "acquisition equity value"),
 ("w-273", W, "about 273% above", "273%", "percent", 273, 273, "%", Y, "offer premium to prior close"),
 ("w-670", W, "closing price of $6.70", "$6.70", "money", 6.70, 6.70, "USD", Y, "provention close before deal"),
 ("w-fri", W, "$6.70 on Friday", "Friday", "date", 2023, 2023, "year", N, "as-of date"),
 ("w-2414", W, "jumped to $24.14", "$24.14", "money", 24.14, 24.14, "USD", Y, "premarket share price"),
 ("w-03", W, "slipped 0.3%", "0.3%", "percent", 0.3, 0.3, "%", Y, "sanofi adr move"),
 ("w-lastnov", W, "approval last November", "last November", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("w-age8", W, "patients aged 8 and older", "8", "age", 8, 8, "years", Y, "indication minimum age"),
 ("w-two", W, "carry two or more", "two", "count", 2, 2, "autoantibodies", N, "stage definition"),
 ("w-14", W, "for 14 consecutive days", "14 consecutive days", "duration", 14, 14, "days", Y, "tzield course length"),
 ("w-vial", W, "$13,850 per vial", "$13,850", "money", 13850, 13850, "USD", Y, "list price per vial"),
 ("w-course", W, "or $193,900 for a full course", "$193,900", "money", 193900, 193900, "USD", Y, "list price per course"),
 ("w-lastoct", W, "Last October Sanofi", "Last October", "date", 2022, 2022, "year", Y, "co-promotion agreement date"),
 ("w-20m", W, "paying $20 million upfront", "$20 million", "money", 2e7, 2e7, "USD", Y, "co-promotion upfront payment"),
 ("w-35m", W, "buy $35 million of Provention stock", "$35 million", "money", 3.5e7, 3.5e7, "USD", Y, "equity purchase commitment"),
 ("w-q2", W, "close in the second quarter", "second quarter", "date", 2023, 2023, "year", N, "expected closing (forecast)"),
 ("w-100m", W, "a $100 million break fee", "$100 million", "money", 1e8, 1e8, "USD", Y, "termination fee payable by provention"),
 ("w-158m", W, "would owe $158 million", "$158 million", "money", 1.58e8, 1.58e8, "USD", Y, "termination fee payable by sanofi"),
 ("w-65k", W, "about 65,000 people are diagnosed", "65,000", "count", 65000, 65000, "people", Y, "us annual t1d diagnoses"),
 ("w-may21", W, "In May 2021 the Food", "May 2021", "date", 2021, 2021, "year", Y, "advisory committee date"),
 ("w-vfor", W, "voted 10-7 that its", "10", "count", 10, 10, "votes", Y, "adcom votes for"),
 ("w-vagn", W, "10-7 that its benefits", "7", "count", 7, 7, "votes", Y, "adcom votes against"),
 ("w-jul", W, "in July that year", "July that year", "date", 2021, 2021, "year", Y, "complete response letter date"),
 ("w-3mo", W, "a three-month extension", "three-month", "duration", 3, 3, "months", Y, "review extension"),
 ("w-76", W, "TrialNet network in 76 relatives", "76", "count", 76, 76, "participants", Y, "tn-10 enrolment"),
 ("w-2019", W, "Results published in 2019", "2019", "date", 2019, 2019, "year", N, "primary results publication (qualifier)"),
 ("w-3yr", W, "a median of about three years", "about three years", "duration", 3, 3, "years", Y, "tn-10 primary median delay"),
 ("w-2016", W, "founded in 2016", "2016", "date", 2016, 2016, "year", N, "about provention"),

 # ---- tp02 press (2024-04-16)
 ("p-h4", P, "Launches Four-Autoantibody Panel", "Four", "count", 4, 4, "autoantibodies", N, "headline repeat"),
 ("p-149a", P, "at a self-pay price of $149", "$149", "money", 149, 149, "USD", N, "subtitle repeat"),
 ("p-dl", P, "April 16, 2024", "April 16, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-four", P, "measures the four islet", "four", "count", 4, 4, "autoantibodies", Y, "autoantibodies in panel"),
 ("p-two", P, "positive for two or more", "two", "count", 2, 2, "autoantibodies", N, "stage definition"),
 ("p-two2", P, "stage 1 (two or more", "two", "count", 2, 2, "autoantibodies", N, "stage definition"),
 ("p-44", P, "about a 44% risk", "44%", "percent", 44, 44, "%", Y, "stage 1 five-year risk of stage 3"),
 ("p-5y", P, "disease within five years", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("p-75", P, "about a 75% five-year risk", "75%", "percent", 75, 75, "%", Y, "stage 2 five-year risk of stage 3"),
 ("p-5y2", P, "75% five-year risk", "five-year", "duration", 5, 5, "years", N, "timepoint"),
 ("p-100", P, "approaches 100%", "100%", "percent", 100, 100, "%", Y, "lifetime risk stage 1/2"),
 ("p-85", P, "More than 85% of people", "85%", "percent", 85, 85, "%", Y, "share of new diagnoses without family history"),
 ("p-19m", P, "An estimated 1.9 million", "1.9 million", "count", 1.9e6, 1.9e6, "people", Y, "americans living with t1d"),
 ("p-200k", P, "more than 200,000 relatives", "200,000", "count", 200000, 200000, "people", Y, "trialnet relatives screened"),
 ("p-2dec", P, "over two decades", "two decades", "duration", 20, 20, "years", Y, "trialnet screening period"),
 ("p-nov17", P, "On November 17, 2022", "November 17, 2022", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("p-age8", P, "children 8 years and older", "8 years", "age", 8, 8, "years", Y, "indication minimum age"),
 ("p-14", P, "as a 14-day course", "14-day", "duration", 14, 14, "days", Y, "tzield course length"),
 ("p-44n", P, "the 44-participant TN-10", "44", "count", 44, 44, "participants", Y, "tn-10 enrolment"),
 ("p-2019", P, "primary analysis published in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier"),
 ("p-484", P, "was 48.4 months with teplizumab and", "48.4 months", "duration", 48.4, 48.4, "months", Y, "tn-10 primary median time to dx, teplizumab"),
 ("p-271", P, "27.1 months with placebo (hazard", "27.1 months", "duration", 27.1, 27.1, "months", Y, "tn-10 primary median time to dx, placebo"),
 ("p-hr", P, "(hazard ratio 0.41)", "0.41", "ratio", 0.41, 0.41, "hr", Y, "tn-10 primary hazard ratio"),
 ("p-10d", P, "within 10 days", "10 days", "duration", 10, 10, "days", Y, "test turnaround"),
 ("p-149b", P, "the self-pay price is $149", "$149", "money", 149, 149, "USD", Y, "test self-pay price"),
 ("p-2017", P, "Founded in 2017", "2017", "date", 2017, 2017, "year", N, "about section"),
 ("p-140", P, "employs about 140 people", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- tp03 abstract (2023-10-18)
 ("a-pub", A, "Published online 18 October 2023", "18 October 2023", "date", 2023, 2023, "year", N, "publication metadata"),
 ("a-nov22", A, "Administration in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("a-age8", A, "in patients 8 years of age or older", "8 years", "age", 8, 8, "years", Y, "indication minimum age"),
 ("a-N76", A, "(N = 76)", "76", "count", 76, 76, "participants", Y, "tn-10 enrolment"),
 ("a-single", A, "a single 14-day course", "single", "count", 1, 1, "courses", N, "number of courses"),
 ("a-14", A, "single 14-day course", "14-day", "duration", 14, 14, "days", Y, "tzield course length"),
 ("a-2yr", A, "by a median of 2 years", "2 years", "duration", 2, 2, "years", Y, "tn-10 primary median delay"),
 ("a-484", A, "(48.4 vs 24.4 months", "48.4", "duration", 48.4, 48.4, "months", Y, "tn-10 primary median time to dx, teplizumab"),
 ("a-244", A, "48.4 vs 24.4 months", "24.4 months", "duration", 24.4, 24.4, "months", Y, "tn-10 primary median time to dx, placebo"),
 ("a-hr", A, "hazard ratio, 0.46)", "0.46", "ratio", 0.46, 0.46, "hr", Y, "tn-10 primary hazard ratio"),
 ("a-596", A, "was 59.6 months with teplizumab", "59.6 months", "duration", 59.6, 59.6, "months", Y, "tn-10 extended median, teplizumab"),
 ("a-271", A, "vs 27.1 months with placebo [2]", "27.1 months", "duration", 27.1, 27.1, "months", Y, "tn-10 extended median, placebo"),
 ("a-ages", A, "aged 8 to 17 years", "8 to 17 years", "age", 8, 17, "years", Y, "protect age range"),
 ("a-6wk", A, "within the previous 6 weeks", "6 weeks", "duration", 6, 6, "weeks", Y, "protect max time since diagnosis"),
 ("a-one", A, "at least one diabetes-related", "one", "count", 1, 1, "autoantibodies", N, "eligibility"),
 ("a-02a", A, "level of at least 0.2 pmol/mL were", "0.2 pmol/mL", "measure", 0.2, 0.2, "pmol/mL", N, "eligibility threshold"),
 ("a-21", A, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "ratio", Y, "randomization ratio"),
 ("a-two", A, "given as two 12-day courses", "two", "count", 2, 2, "courses", Y, "protect number of courses"),
 ("a-12", A, "two 12-day courses of daily", "12-day", "duration", 12, 12, "days", Y, "protect course length"),
 ("a-wk0", A, "at week 0 and week 26", "week 0", "duration", 0, 0, "weeks", N, "schedule timepoint"),
 ("a-wk26", A, "week 0 and week 26", "week 26", "duration", 26, 26, "weeks", Y, "protect second course timing"),
 ("a-106", A, "(106 µg/m² on day 1", "106 µg/m²", "dose", 106, 106, "mcg/m2", Y, "protect day 1 dose"),
 ("a-d1", A, "µg/m² on day 1, 425", "day 1", "duration", 1, 1, "day", N, "day index"),
 ("a-425", A, "425 µg/m² on day 2", "425 µg/m²", "dose", 425, 425, "mcg/m2", Y, "protect day 2 dose"),
 ("a-d2", A, "on day 2 and 850", "day 2", "duration", 2, 2, "day", N, "day index"),
 ("a-850", A, "850 µg/m² on days 3 to 12", "850 µg/m²", "dose", 850, 850, "mcg/m2", Y, "protect daily dose days 3-12"),
 ("a-d312", A, "on days 3 to 12 of each", "days 3 to 12", "duration", 3, 12, "day", N, "day index"),
 ("a-wk78", A, "tolerance test) at week 78", "week 78", "duration", 78, 78, "weeks", N, "primary end point timepoint"),
 ("a-N328", A, "N = 328 participants", "328", "count", 328, 328, "participants", Y, "protect randomized"),
 ("a-n217", A, "(teplizumab, n=217", "217", "count", 217, 217, "participants", Y, "protect teplizumab arm"),
 ("a-n111", A, "placebo, n=111)", "111", "count", 111, 111, "participants", Y, "protect placebo arm"),
 ("a-140", A, "140 (43%) were female", "140", "count", 140, 140, "participants", Y, "protect female"),
 ("a-43f", A, "140 (43%)", "43%", "percent", 43, 43, "%", Y, "protect share female"),
 ("a-wk78b", A, "At week 78, stimulated", "week 78", "duration", 78, 78, "weeks", N, "timepoint"),
 ("a-013", A, "difference, 0.13 pmol/mL", "0.13 pmol/mL", "measure", 0.13, 0.13, "pmol/mL", Y, "c-peptide ls mean difference wk78"),
 ("a-013ci", A, "95% CI, 0.09 to 0.17", "0.09 to 0.17", "measure", 0.09, 0.17, "pmol/mL", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-02b", A, "level of at least 0.2 pmol/mL was", "0.2 pmol/mL", "measure", 0.2, 0.2, "pmol/mL", N, "responder threshold"),
 ("a-949", A, "maintained in 94.9%", "94.9%", "percent", 94.9, 94.9, "%", Y, "protect teplizumab kept peak c-peptide >=0.2"),
 ("a-949ci", A, "(95% CI, 89.5 to 97.6)", "89.5 to 97.6", "percent", 89.5, 97.6, "%", Y, "ci"),
 ("a-792", A, "and in 79.2%", "79.2%", "percent", 79.2, 79.2, "%", Y, "protect placebo kept peak c-peptide >=0.2"),
 ("a-792ci", A, "(95% CI, 67.7 to 87.4)", "67.7 to 87.4", "percent", 67.7, 87.4, "%", Y, "ci"),
 ("a-wk78c", A, "insulin dose at week 78", "week 78", "duration", 78, 78, "weeks", N, "timepoint"),
 ("a-046", A, "was 0.46 U/kg with", "0.46 U/kg", "dose", 0.46, 0.46, "U/kg/day", Y, "insulin dose wk78 teplizumab"),
 ("a-059", A, "and 0.59 U/kg with placebo", "0.59 U/kg", "dose", 0.59, 0.59, "U/kg/day", Y, "insulin dose wk78 placebo"),
 ("a-diff", A, "(difference, −0.13 U/kg", "−0.13 U/kg", "dose", -0.13, -0.13, "U/kg/day", Y, "insulin dose difference"),
 ("a-diffci", A, "95% CI, −0.28 to 0.02)", "−0.28 to 0.02", "dose", -0.28, 0.02, "U/kg/day", Y, "ci"),
 ("a-674", A, "range was 67.4% vs 62.7%", "67.4%", "percent", 67.4, 67.4, "%", Y, "time in range teplizumab"),
 ("a-627", A, "67.4% vs 62.7%", "62.7%", "percent", 62.7, 62.7, "%", Y, "time in range placebo"),
 ("a-471", A, "difference, 4.71 percentage points", "4.71 percentage points", "percent", 4.71, 4.71, "pp", Y, "tir difference"),
 ("a-471ci", A, "95% CI, −1.72 to 11.15", "−1.72 to 11.15", "percent", -1.72, 11.15, "pp", Y, "ci"),
 ("a-two2", A, "two 12-day courses of teplizumab preserved", "two", "count", 2, 2, "courses", N, "conclusion repeat"),
 ("a-12b", A, "12-day courses of teplizumab preserved", "12-day", "duration", 12, 12, "days", N, "conclusion repeat"),
 ("a-78wk", A, "function over 78 weeks", "78 weeks", "duration", 78, 78, "weeks", N, "timepoint"),

 # ---- tp04 explainer (2024-01-22)
 ("e-upd", E, "Updated January 22, 2024", "January 22, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-nov", E, "in November of last year", "November of last year", "date", 2023, 2023, "year", Y, "fda approval date"),
 ("e-age8", E, "in people aged 8 and older", "8", "age", 8, 8, "years", Y, "indication minimum age"),
 ("e-two", E, "Stage 1 means two or more", "two", "count", 2, 2, "autoantibodies", N, "stage definition"),
 ("e-44", E, "about 44% of people", "44%", "percent", 44, 44, "%", Y, "stage 1 five-year risk of stage 3"),
 ("e-5y", E, "stage 3 within five years", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("e-5y2", E, "the five-year risk rises", "five-year", "duration", 5, 5, "years", N, "timepoint"),
 ("e-75", E, "rises to about 75%", "75%", "percent", 75, 75, "%", Y, "stage 2 five-year risk of stage 3"),
 ("e-15x", E, "roughly 15 times the risk", "15 times", "ratio", 15, 15, "x", Y, "relative risk of relatives"),
 ("e-20k", E, "more than 20,000 relatives", "20,000", "count", 20000, 20000, "people", Y, "trialnet relatives screened"),
 ("e-90", E, "about 90% of people", "90%", "percent", 90, 90, "%", Y, "share of new diagnoses without family history"),
 ("e-16m", E, "Around 1.6 million Americans", "1.6 million", "count", 1.6e6, 1.6e6, "people", Y, "americans living with t1d"),
 ("e-76", E, "In the TN-10 trial, 76 relatives", "76", "count", 76, 76, "participants", Y, "tn-10 enrolment"),
 ("e-ages", E, "aged 8 to 49 who", "8 to 49", "age", 8, 49, "years", Y, "tn-10 age range"),
 ("e-43", E, "43% of the Tzield group", "43%", "percent", 43, 43, "%", Y, "tn-10 diagnosed, teplizumab"),
 ("e-72", E, "72% of the placebo group had", "72%", "percent", 72, 72, "%", Y, "tn-10 diagnosed, placebo"),
 ("e-484", E, "was 48.4 months with Tzield", "48.4 months", "duration", 48.4, 48.4, "months", Y, "tn-10 primary median time to dx, teplizumab"),
 ("e-244", E, "versus 24.4 months with placebo", "24.4 months", "duration", 24.4, 24.4, "months", Y, "tn-10 primary median time to dx, placebo"),
 ("e-2yr", E, "a delay of about two years. In", "about two years", "duration", 2, 2, "years", Y, "tn-10 primary median delay"),
 ("e-50", E, "50% of the Tzield group was still", "50%", "percent", 50, 50, "%", Y, "tn-10 extended diabetes-free, teplizumab"),
 ("e-22", E, "compared with 22% of the placebo", "22%", "percent", 22, 22, "%", Y, "tn-10 extended diabetes-free, placebo"),
 ("e-30min", E, "at least 30 minutes", "30 minutes", "duration", 30, 30, "minutes", Y, "minimum infusion time"),
 ("e-14d", E, "once a day for 14 days in a row", "14 days", "duration", 14, 14, "days", Y, "tzield course length"),
 ("e-65", E, "65 mcg/m² on day 1", "65 mcg/m²", "dose", 65, 65, "mcg/m2", Y, "tzield day 1 dose"),
 ("e-d1", E, "mcg/m² on day 1,", "day 1", "duration", 1, 1, "day", N, "day index"),
 ("e-125", E, "125 mcg/m² on day 2", "125 mcg/m²", "dose", 125, 125, "mcg/m2", Y, "tzield day 2 dose"),
 ("e-d2", E, "mcg/m² on day 2,", "day 2", "duration", 2, 2, "day", N, "day index"),
 ("e-250", E, "250 mcg/m² on day 3", "250 mcg/m²", "dose", 250, 250, "mcg/m2", Y, "tzield day 3 dose"),
 ("e-d3", E, "mcg/m² on day 3,", "day 3", "duration", 3, 3, "day", N, "day index"),
 ("e-500", E, "500 mcg/m² on day 4", "500 mcg/m²", "dose", 500, 500, "mcg/m2", Y, "tzield day 4 dose"),
 ("e-d4", E, "mcg/m² on day 4,", "day 4", "duration", 4, 4, "day", N, "day index"),
 ("e-1030", E, "then 1,030 mcg/m²", "1,030 mcg/m²", "dose", 1030, 1030, "mcg/m2", Y, "tzield daily dose days 5-14"),
 ("e-d14", E, "each day through day 14", "day 14", "duration", 14, 14, "day", N, "day index"),
 ("e-5d", E, "at least the first 5 days", "5 days", "duration", 5, 5, "days", Y, "premedication period"),
 ("e-8wk", E, "at least 8 weeks before", "8 weeks", "duration", 8, 8, "weeks", Y, "live vaccine lead time"),
 ("e-2wk", E, "at least 2 weeks before", "2 weeks", "duration", 2, 2, "weeks", Y, "inactivated vaccine lead time"),
 ("e-73", E, "affected 73% of Tzield", "73%", "percent", 73, 73, "%", Y, "lymphopenia teplizumab"),
 ("e-6", E, "vs 6% on placebo", "6%", "percent", 6, 6, "%", Y, "lymphopenia placebo"),
 ("e-6wk", E, "within about 6 weeks", "6 weeks", "duration", 6, 6, "weeks", Y, "lymphocyte recovery"),
 ("e-36", E, "Rash affected 36%", "36%", "percent", 36, 36, "%", Y, "rash teplizumab"),
 ("e-21", E, "leukopenia 21%", "21%", "percent", 21, 21, "%", Y, "leukopenia teplizumab"),
 ("e-11", E, "headache 11%", "11%", "percent", 11, 11, "%", Y, "headache teplizumab"),
 ("e-2", E, "occurred in 2%", "2%", "percent", 2, 2, "%", Y, "cytokine release syndrome"),
 ("e-300", E, "enrolled 300 children", "300", "count", 300, 300, "participants", Y, "protect enrolment"),
 ("e-6wkdx", E, "within six weeks of diagnosis", "six weeks", "duration", 6, 6, "weeks", Y, "protect max time since diagnosis"),
 ("e-two12", E, "gave two 12-day courses", "two", "count", 2, 2, "courses", Y, "protect number of courses"),
 ("e-12", E, "two 12-day courses six", "12-day", "duration", 12, 12, "days", Y, "protect course length"),
 ("e-6mo", E, "six months apart", "six months", "duration", 6, 6, "months", Y, "protect interval between courses"),
 ("e-oct", E, "published in October showed", "October", "date", 2023, 2023, "year", Y, "protect publication date"),
 ("e-vial", E, "$13,850 per vial", "$13,850", "money", 13850, 13850, "USD", Y, "list price per vial"),
 ("e-14v", E, "uses 14 vials", "14", "count", 14, 14, "vials", Y, "vials per course"),
 ("e-course", E, "list price of $193,900", "$193,900", "money", 193900, 193900, "USD", Y, "list price per course"),
 ("e-2yrb", E, "a delay of two years can mean", "two years", "duration", 2, 2, "years", N, "bottom-line generic"),

 # ---- tp05 blog (2023-11-30)
 ("b-date", B, "| November 30, 2023 |", "November 30, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("b-cap2wk", B, "Daily infusions for two weeks are", "two weeks", "duration", 2, 2, "weeks", N, "image caption"),
 ("b-1yr", B, "a little over a year since", "a little over a year", "duration", 1, 1, "years", N, "time since approval"),
 ("b-nov17", B, "on Nov. 17 last year", "Nov. 17 last year", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("b-may21", B, "met in May 2021, the vote", "May 2021", "date", 2021, 2021, "year", Y, "advisory committee date"),
 ("b-vfor", B, "the vote was 11-6 in favor", "11", "count", 11, 11, "votes", Y, "adcom votes for"),
 ("b-vagn", B, "11-6 in favor", "6", "count", 6, 6, "votes", Y, "adcom votes against"),
 ("b-2mo", B, "Two months later the agency", "Two months", "duration", 2, 2, "months", N, "time from adcom to crl"),
 ("b-follow", B, "Approval came the following year", "the following year", "date", 2022, 2022, "year", N, "approval year (relative)"),
 ("b-mar", B, "in March of last year", "March of last year", "date", 2022, 2022, "year", Y, "acquisition announcement date"),
 ("b-25", B, "at $25 a share", "$25", "money", 25, 25, "USD", Y, "offer price per share"),
 ("b-two", B, "stage 2: two or more", "two", "count", 2, 2, "autoantibodies", N, "stage definition"),
 ("b-single", B, "a single positive antibody", "single", "count", 1, 1, "autoantibodies", N, "aside"),
 ("b-ages", B, "8 to 45 years of age", "8 to 45 years", "age", 8, 45, "years", Y, "tn-10 age range (quoted)"),
 ("b-4d", B, "over the first four days", "four days", "duration", 4, 4, "days", N, "ramp-up period"),
 ("b-850", B, "holds at 850 mcg/m²", "850 mcg/m²", "dose", 850, 850, "mcg/m2", Y, "tzield daily dose days 5-14"),
 ("b-d5", B, "a day from day five", "day five", "duration", 5, 5, "day", N, "day index"),
 ("b-2wk", B, "plan for two weeks of daily", "two weeks", "duration", 2, 2, "weeks", Y, "tzield course length"),
 ("b-43", B, "TN-10 trial, 43% of", "43%", "percent", 43, 43, "%", Y, "tn-10 diagnosed, teplizumab"),
 ("b-72", B, "against 72% on placebo", "72%", "percent", 72, 72, "%", Y, "tn-10 diagnosed, placebo"),
 ("b-2yr", B, "The median delay was about two years", "about two years", "duration", 2, 2, "years", Y, "tn-10 primary median delay"),
 ("b-10yo", B, "For a 10-year-old", "10-year-old", "age", 10, 10, "years", N, "hypothetical"),
 ("b-cap2019", B, "Source: NEJM 2019", "2019", "date", 2019, 2019, "year", N, "caption source"),
 ("b-fall", B, "The bigger news this fall", "this fall", "date", 2023, 2023, "year", N, "vague relative date"),
 ("b-lastmo", B, "published last month", "last month", "date", 2023, 2023, "year", Y, "protect publication date"),
 ("b-328", B, "It enrolled 328 children", "328", "count", 328, 328, "participants", Y, "protect enrolment"),
 ("b-6wk", B, "within six weeks of diagnosis", "six weeks", "duration", 6, 6, "weeks", Y, "protect max time since diagnosis"),
 ("b-two12", B, "gave them two 12-day", "two", "count", 2, 2, "courses", Y, "protect number of courses"),
 ("b-12", B, "two 12-day courses six months", "12-day", "duration", 12, 12, "days", Y, "protect course length"),
 ("b-6mo", B, "six months apart. Teplizumab", "six months", "duration", 6, 6, "months", Y, "protect interval between courses"),
 ("b-78", B, "C-peptide at 78 weeks", "78 weeks", "duration", 78, 78, "weeks", N, "timepoint"),
 ("b-79", B, "and 79% of those", "79%", "percent", 79, 79, "%", Y, "protect teplizumab kept peak c-peptide >=0.2"),
 ("b-course", B, "The list price is $193,900", "$193,900", "money", 193900, 193900, "USD", Y, "list price per course"),
 ("b-38wk", B, "from three to eight weeks", "three to eight weeks", "duration", 3, 8, "weeks", Y, "insurance approval time (clinic)"),

 # ---- tp06 local (2023-04-28), hard-wrapped
 ("l-dl", L, "Shore County Ledger | April 28, 2023", "April 28, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("l-thu", L, "on Thursday, when the French", "Thursday", "date", 2023, 2023, "year", Y, "acquisition completion date"),
 ("l-25", L, "its $25-a-share", "$25", "money", 25, 25, "USD", Y, "offer price per share"),
 ("l-mar", L, "Sanofi agreed in March to buy", "March", "date", 2023, 2023, "year", Y, "acquisition announcement date"),
 ("l-29", L, "for about $2.9 billion", "$2.9 billion", "money", 2.9e9, 2.9e9, "USD", Y, "acquisition equity value"),
 ("l-2449", L, "a 244.9% premium", "244.9%", "percent", 244.9, 244.9, "%", Y, "offer premium to prior close"),
 ("l-fri", L, "closed the previous Friday", "the previous Friday", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-mar24", L, "offer began March 24", "March 24", "date", 2023, 2023, "year", Y, "tender offer start"),
 ("l-once", L, "was extended once before", "once", "count", 1, 1, "extensions", N, "aside"),
 ("l-wed", L, "at the end of Wednesday", "Wednesday", "date", 2023, 2023, "year", N, "tender expiry"),
 ("l-may22", L, "in May 2022, and the agency", "May 2022", "date", 2022, 2022, "year", Y, "advisory committee date"),
 ("l-nov", L, "approved it in November for", "November", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("l-age8", L, "for people 8 and older", "8", "age", 8, 8, "years", Y, "indication minimum age"),
 ("l-44", L, "about a 44% chance", "44%", "percent", 44, 44, "%", Y, "stage 2 five-year risk of stage 3"),
 ("l-5y", L, "needing insulin within five years", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("l-oct", L, "In October it signed", "October", "date", 2022, 2022, "year", Y, "co-promotion agreement date"),
 ("l-20m", L, "paying Provention $20 million", "$20 million", "money", 2e7, 2e7, "USD", Y, "co-promotion upfront payment"),
 ("l-12d", L, "receive a 12-day course", "12-day", "duration", 12, 12, "days", Y, "tzield course length"),
 ("l-vial", L, "list price is $13,580 per vial", "$13,580", "money", 13580, 13580, "USD", Y, "list price per vial"),
 ("l-194k", L, "about $194,000 for a course", "$194,000", "money", 194000, 194000, "USD", Y, "list price per course"),
 ("l-14v", L, "a course of 14 vials", "14", "count", 14, 14, "vials", Y, "vials per course"),
 ("l-two", L, "proof of two or more", "two", "count", 2, 2, "autoantibodies", N, "coverage criterion"),
 ("l-2pt", L, "has treated two patients", "two", "count", 2, 2, "patients", Y, "local patients treated"),
 ("l-feb", L, "since February, both", "February", "date", 2023, 2023, "year", N, "local first infusion"),
 ("l-13", L, "a 13-year-old from", "13-year-old", "age", 13, 13, "years", Y, "local patient age"),
 ("l-1or2", L, "about a year or two from", "a year or two", "duration", 1, 2, "years", N, "quote"),
 ("l-2016", L, "founded in 2016", "2016", "date", 2016, 2016, "year", N, "aside"),
 ("l-thu2", L, "spokesperson said Thursday", "Thursday", "date", 2023, 2023, "year", N, "statement date"),

 # ---- tp07 fact-check (2026-02-10)
 ("f-date", F, "VerifyDesk | February 10, 2026", "February 10, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-post200", F, "Sanofi's \"$200,000 diabetes shot\"", "$200,000", "money", 200000, 200000, "USD", N, "claim under review (attributed)"),
 ("f-fewmo", F, "by \"a few months at best\"", "a few months", "duration", None, None, "months", N, "claim under review (vague)"),
 ("f-nov17", F, "Administration on Nov. 17, 2022", "Nov. 17, 2022", "date", 2022, 2022, "year", Y, "fda approval date"),
 ("f-age8", F, "in people 8 and older", "8", "age", 8, 8, "years", Y, "indication minimum age"),
 ("f-14", F, "it is a 14-day course", "14-day", "duration", 14, 14, "days", Y, "tzield course length"),
 ("f-may27", F, "met on May 27, 2021", "May 27, 2021", "date", 2021, 2021, "year", Y, "advisory committee date"),
 ("f-vfor", F, "and voted 10 to 7 that", "10", "count", 10, 10, "votes", Y, "adcom votes for"),
 ("f-vagn", F, "10 to 7 that the drug's", "7", "count", 7, 7, "votes", Y, "adcom votes against"),
 ("f-july", F, "letter that July over", "that July", "date", 2021, 2021, "year", Y, "complete response letter date"),
 ("f-follow", F, "drug the following year", "the following year", "date", 2022, 2022, "year", N, "approval year (relative)"),
 ("f-76", F, "TN-10 trial of 76 relatives", "76", "count", 76, 76, "participants", Y, "tn-10 enrolment"),
 ("f-ages", F, "aged 8 to 49", "8 to 49", "age", 8, 49, "years", Y, "tn-10 age range"),
 ("f-2019", F, "In the 2019 report", "2019", "date", 2019, 2019, "year", N, "qualifier"),
 ("f-484", F, "was 48.4 months with teplizumab and 24.4", "48.4 months", "duration", 48.4, 48.4, "months", Y, "tn-10 primary median time to dx, teplizumab"),
 ("f-244", F, "and 24.4 months with placebo, with", "24.4 months", "duration", 24.4, 24.4, "months", Y, "tn-10 primary median time to dx, placebo"),
 ("f-hr", F, "hazard ratio of 0.41", "0.41", "ratio", 0.41, 0.41, "hr", Y, "tn-10 primary hazard ratio"),
 ("f-51", F, "median follow-up of 51 months", "51 months", "duration", 51, 51, "months", Y, "fda data cut median follow-up"),
 ("f-45", F, "said 45% of the Tzield", "45%", "percent", 45, 45, "%", Y, "tn-10 diagnosed, teplizumab (fda cut)"),
 ("f-72", F, "and 72% of the placebo group were", "72%", "percent", 72, 72, "%", Y, "tn-10 diagnosed, placebo (fda cut)"),
 ("f-50mo", F, "at 50 months and 25 months", "50 months", "duration", 50, 50, "months", Y, "tn-10 median time to dx, teplizumab (fda cut)"),
 ("f-25mo", F, "50 months and 25 months", "25 months", "duration", 25, 25, "months", Y, "tn-10 median time to dx, placebo (fda cut)"),
 ("f-2021", F, "published in 2021 found", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("f-596", F, "median times of 59.6 months", "59.6 months", "duration", 59.6, 59.6, "months", Y, "tn-10 extended median, teplizumab"),
 ("f-271", F, "vs 27.1 months, a difference", "27.1 months", "duration", 27.1, 27.1, "months", Y, "tn-10 extended median, placebo"),
 ("f-325", F, "a difference of 32.5 months", "32.5 months", "duration", 32.5, 32.5, "months", Y, "tn-10 extended median delay"),
 ("f-lastmo", F, "approved the drug last month", "last month", "date", 2026, 2026, "year", Y, "eu approval date"),
 ("f-57", F, "said 57% of treated", "57%", "percent", 57, 57, "%", Y, "eu label not progressed, teplizumab"),
 ("f-28", F, "vs 28% on placebo had", "28%", "percent", 28, 28, "%", Y, "eu label not progressed, placebo"),
 ("f-2to3", F, "\"Two to three years of life", "Two to three years", "duration", 2, 3, "years", N, "quote"),
 ("f-fewq", F, "is not 'a few months,'", "a few months", "duration", None, None, "months", N, "quote of claim (vague)"),
 ("f-95", F, "About 95% of those", "95%", "percent", 95, 95, "%", Y, "protect teplizumab kept peak c-peptide >=0.2"),
 ("f-78", F, "production at 78 weeks", "78 weeks", "duration", 78, 78, "weeks", N, "timepoint"),
 ("f-post200b", F, "The post's \"$200,000\"", "$200,000", "money", 200000, 200000, "USD", N, "claim under review (attributed)"),
 ("f-vial", F, "$13,850 per vial", "$13,850", "money", 13850, 13850, "USD", Y, "list price per vial"),
 ("f-course", F, "and $193,900 for", "$193,900", "money", 193900, 193900, "USD", Y, "list price per course"),
 ("f-14v", F, "for the 14-vial course", "14", "count", 14, 14, "vials", Y, "vials per course"),
 ("f-35m", F, "Sanofi paid $35 million upfront", "$35 million", "money", 3.5e7, 3.5e7, "USD", Y, "co-promotion upfront payment"),
 ("f-oct22", F, "upfront in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "co-promotion agreement date"),
 ("f-mar23", F, "agreed in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "acquisition announcement date"),
 ("f-29", F, "for about $2.9 billion", "$2.9 billion", "money", 2.9e9, 2.9e9, "USD", Y, "acquisition equity value"),
 ("f-age1", F, "as young as 1,", "1", "age", 1, 1, "years", Y, "proposed minimum age (under review)"),
 ("f-apr29", F, "by April 29, 2026", "April 29, 2026", "date", 2026, 2026, "year", Y, "fda decision due date (age extension)"),
 ("f-r2yr", F, "median delay of about two years, and", "about two years", "duration", 2, 2, "years", Y, "tn-10 primary median delay"),
 ("f-r325", F, "follow-up about 32.5 months", "32.5 months", "duration", 32.5, 32.5, "months", Y, "tn-10 extended median delay"),
 ("f-rvfor", F, "who voted 10 to 7 in favor", "10", "count", 10, 10, "votes", Y, "adcom votes for"),
 ("f-rvagn", F, "10 to 7 in favor", "7", "count", 7, 7, "votes", Y, "adcom votes against"),
]

S, Q = "strict", "qualified"
X = [
 # S1 advisory committee tally 11-6 vs 10-7
 ("b-vfor", "w-vfor", S), ("b-vfor", "f-vfor", S), ("b-vfor", "f-rvfor", S),
 ("b-vagn", "w-vagn", S), ("b-vagn", "f-vagn", S), ("b-vagn", "f-rvagn", S),
 # S2 advisory committee year 2022 vs 2021
 ("l-may22", "w-may21", S), ("l-may22", "b-may21", S), ("l-may22", "f-may27", S),
 # S3 approval year: "November of last year" (2024 explainer -> 2023) vs 2022
 ("e-nov", "w-lastnov", S), ("e-nov", "p-nov17", S), ("e-nov", "a-nov22", S),
 ("e-nov", "b-nov17", S), ("e-nov", "l-nov", S), ("e-nov", "f-nov17", S),
 # S4 acquisition announcement: "March of last year" (2023 blog -> 2022) vs 2023
 ("b-mar", "w-mon", S), ("b-mar", "l-mar", S), ("b-mar", "f-mar23", S),
 # S5 co-promotion upfront $35M (equity commitment) vs $20M
 ("f-35m", "w-20m", S), ("f-35m", "l-20m", S),
 # S6 vial price $13,580 (transposed) vs $13,850
 ("l-vial", "w-vial", S), ("l-vial", "e-vial", S), ("l-vial", "f-vial", S),
 # S7 TN-10 enrolment: teplizumab arm 44 reported as whole vs 76
 ("p-44n", "w-76", S), ("p-44n", "a-N76", S), ("p-44n", "e-76", S), ("p-44n", "f-76", S),
 # S8 primary (2019) median delay: about three years vs about two years
 ("w-3yr", "a-2yr", S), ("w-3yr", "e-2yr", S), ("w-3yr", "b-2yr", S), ("w-3yr", "f-r2yr", S),
 # S9 Tzield course length 12 days (PROTECT regimen) vs 14 days
 ("l-12d", "w-14", S), ("l-12d", "p-14", S), ("l-12d", "a-14", S), ("l-12d", "e-14d", S),
 ("l-12d", "f-14", S), ("l-12d", "b-2wk", S),
 # S10 stage 2 five-year risk 44% (stage 1 figure) vs 75%
 ("l-44", "p-75", S), ("l-44", "e-75", S),
 # S11 PROTECT teplizumab responders 79% (placebo figure) vs 94.9%
 ("b-79", "a-949", S), ("b-79", "f-95", S),
 # S12 PROTECT enrolment 300 vs 328
 ("e-300", "a-N328", S), ("e-300", "b-328", S),
 # S13 Tzield daily dose days 5-14: 850 (PROTECT dose) vs 1,030 mcg/m2
 ("b-850", "e-1030", S),
 # S14 TN-10 primary hazard ratio 0.46 (extended) vs 0.41
 ("a-hr", "p-hr", S), ("a-hr", "f-hr", S),
 # S15 TrialNet relatives screened 20,000 vs 200,000
 ("e-20k", "p-200k", S),
 # S16 TN-10 primary placebo median 27.1 (extended cut) vs 24.4
 ("p-271", "a-244", S), ("p-271", "e-244", S), ("p-271", "f-244", S),
 # Qualified
 ("f-45", "e-43", Q), ("f-45", "b-43", Q),
 ("f-50mo", "p-484", Q), ("f-50mo", "a-484", Q), ("f-50mo", "e-484", Q),
 ("f-25mo", "a-244", Q), ("f-25mo", "e-244", Q), ("f-25mo", "p-271", Q),
 ("b-ages", "e-ages", Q), ("b-ages", "f-ages", Q),
 ("l-2449", "w-273", Q),
 ("p-19m", "e-16m", Q),
 ("f-57", "e-50", Q), ("f-28", "e-22", Q),
 ("p-85", "e-90", Q),
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
        rows.append({"type": "claim", "id": f"tp-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"tp-{a}", f"tp-{b}"
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
