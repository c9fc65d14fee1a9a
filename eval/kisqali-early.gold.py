#!/usr/bin/env python3
"""Build kisqali-early.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "kisqali-early")
OUT = os.path.join(HERE, "kisqali-early.gold.jsonl")
T = "kq"

W, P, A, E, B, L, F = ("KQ01_wire.txt", "KQ02_press.txt", "KQ03_abstract.txt",
                       "KQ04_explainer.txt", "KQ05_blog.txt", "KQ06_local.txt", "KQ07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- KQ01 wire (2024-09-18)
 ("w-dl", W, "Sept 18 (Meridian Wire)", "Sept 18", "date", 2024, 2024, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday approved", "Tuesday", "date", 2024, 2024, "year", Y, "fda approval date (ebc)"),
 ("w-doubles", W, "roughly doubles the number", "doubles", "ratio", 2, 2, "x", Y, "eligible population multiple (novartis claim)"),
 ("w-70", W, "70% of stage II", "70%", "percent", 70, 70, "%", Y, "share of stage II covered by label"),
 ("w-2x", W, "two times the size", "two times", "ratio", 2, 2, "x", Y, "eligible population multiple (novartis claim)"),
 ("w-5101", W, "enrolled 5,101 patients", "5,101", "count", 5101, 5101, "patients", Y, "natalee enrolment"),
 ("w-3yrtrial", W, "compared three years of Kisqali", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration"),
 ("w-907", W, "90.7% of patients on the combination", "90.7%", "percent", 90.7, 90.7, "%", Y, "3-yr idfs ribociclib arm, final analysis"),
 ("w-after3", W, "after three years, against", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("w-876", W, "against 87.6% of those", "87.6%", "percent", 87.6, 87.6, "%", Y, "3-yr idfs nsai arm, final analysis"),
 ("w-251", W, "a 25.1% cut", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis"),
 ("w-june", W, "in June of last year", "June of last year", "date", 2023, 2023, "year", Y, "first natalee results presented (asco)"),
 ("w-thismo", W, "in Barcelona this month", "this month", "date", 2024, 2024, "year", N, "esmo 2024 presentation"),
 ("w-at4", W, "At four years the risk", "four years", "duration", 4, 4, "years", N, "timepoint"),
 ("w-285", W, "was 28.5% lower", "28.5%", "percent", 28.5, 28.5, "%", Y, "relative risk reduction, 4-year analysis"),
 ("w-94pp", W, "grown to 9.4 percentage points", "9.4 percentage points", "percent", 9.4, 9.4, "pp", Y, "absolute idfs difference at 4 years"),
 ("w-3yrsched", W, "on a three-year schedule", "three-year", "duration", 3, 3, "years", N, "quote"),
 ("w-400", W, "given at 400 milligrams a day", "400 milligrams", "dose", 400, 400, "mg", Y, "kisqali dose in early breast cancer"),
 ("w-600", W, "lower than the 600 mg starting dose", "600 mg", "dose", 600, 600, "mg", Y, "kisqali dose in advanced breast cancer"),
 ("w-3wk", W, "taken for three weeks followed", "three weeks", "duration", 3, 3, "weeks", Y, "days on per cycle"),
 ("w-1wk", W, "a one-week break", "one-week", "duration", 1, 1, "weeks", Y, "break per cycle"),
 ("w-stay3", W, "stay on it for three years", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration"),
 ("w-5", W, "continues for at least five", "five", "duration", 5, 5, "years", Y, "aromatase inhibitor duration"),
 ("w-434", W, "occurred in 43.4% of patients", "43.4%", "percent", 43.4, 43.4, "%", Y, "severe (grade>=3) neutropenia, ribociclib arm"),
 ("w-oct22", W, "approval in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "verzenio early breast cancer fda approval"),
 ("w-vz2y", W, "it is taken for two years", "two years", "duration", 2, 2, "years", Y, "verzenio treatment duration"),
 ("w-ki67", W, "Ki-67 test of 20% or more", "20%", "percent", 20, 20, "%", N, "ki-67 threshold (definitional)"),
 ("w-lastyr", W, "from that label last year", "last year", "date", 2023, 2023, "year", Y, "verzenio ki-67 requirement dropped"),
 ("w-90", W, "About 90% of breast cancers", "90%", "percent", 90, 90, "%", Y, "share of breast cancers found early"),
 ("w-3yrq", W, "three years is a long time", "three years", "duration", 3, 3, "years", N, "quote"),
 ("w-mar17", W, "disease in March 2017", "March 2017", "date", 2017, 2017, "year", Y, "kisqali first fda approval (metastatic)"),
 ("w-4wk", W, "a four-week supply", "four-week", "duration", 4, 4, "weeks", N, "supply period"),
 ("w-400b", W, "supply at the 400 mg dose", "400 mg", "dose", 400, 400, "mg", N, "qualifier"),
 ("w-8760", W, "list price of $8,760", "$8,760", "money", 8760, 8760, "USD", Y, "2017 list price, 28-day supply 400 mg"),
 ("w-208", W, "sales of $2.08 billion", "$2.08 billion", "money", 2080000000, 2080000000, "USD", Y, "kisqali sales 2023"),
 ("w-208yr", W, "$2.08 billion last year", "last year", "date", 2023, 2023, "year", N, "sales year qualifier"),
 ("w-8bn", W, "more than $8 billion", "$8 billion", "money", 8000000000, 8000000000, "USD", Y, "kisqali peak sales target"),
 ("w-4bn", W, "about $4 billion a year", "$4 billion", "money", 4000000000, 4000000000, "USD", Y, "analyst adjuvant peak sales estimate"),
 ("w-eoy", W, "before the end of the year", "end of the year", "date", 2024, 2024, "year", N, "eu decision expected"),

 # ---- KQ02 press (2024-11-27)
 ("p-b251", P, "reduced the risk of recurrence by 25.1% versus", "25.1%", "percent", 25.1, 25.1, "%", N, "bullet repeat"),
 ("p-b285", P, "with a 28.5% reduction in the risk of recurrence after", "28.5%", "percent", 28.5, 28.5, "%", N, "bullet repeat"),
 ("p-b4yr", P, "Four-year analysis showed", "Four-year", "duration", 4, 4, "years", N, "bullet (analysis label)"),
 ("p-sep", P, "U.S. approval in September", "September", "date", 2024, 2024, "year", Y, "fda approval date (ebc)"),
 ("p-dl", P, "Basel, November 27, 2024", "November 27, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-oct17", P, "on October 17", "October 17", "date", 2024, 2024, "year", Y, "chmp positive opinion"),
 ("p-decades", P, "even decades", "decades", "duration", None, None, "years", N, "vague (quote)"),
 ("p-5101", P, "randomized 5,101 patients", "5,101", "count", 5101, 5101, "patients", Y, "natalee enrolment"),
 ("p-333", P, "median follow-up of 33.3 months", "33.3 months", "duration", 33.3, 33.3, "months", Y, "median follow-up, final idfs analysis"),
 ("p-251", P, "recurrence by 25.1% compared", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis"),
 ("p-0749", P, "HR=0.749", "0.749", "ratio", 0.749, 0.749, "HR", Y, "idfs hr, final analysis"),
 ("p-0749ci", P, "0.628-0.892", "0.628-0.892", "ratio", 0.628, 0.892, "HR", Y, "ci"),
 ("p-3yr", P, "The three-year iDFS rate", "three-year", "duration", 3, 3, "years", N, "timepoint"),
 ("p-907", P, "was 90.7% with Kisqali", "90.7%", "percent", 90.7, 90.7, "%", Y, "3-yr idfs ribociclib arm, final analysis"),
 ("p-876", P, "versus 87.6% with", "87.6%", "percent", 87.6, 87.6, "%", Y, "3-yr idfs nsai arm, final analysis"),
 ("p-4yr", P, "An exploratory four-year analysis", "four-year", "duration", 4, 4, "years", N, "analysis label"),
 ("p-apr23", P, "cut-off April 29, 2023", "April 29, 2023", "date", 2023, 2023, "year", Y, "4-year analysis data cutoff"),
 ("p-442", P, "median follow-up 44.2 months", "44.2 months", "duration", 44.2, 44.2, "months", Y, "median follow-up, 4-year analysis"),
 ("p-285", P, "showed a 28.5% reduction", "28.5%", "percent", 28.5, 28.5, "%", Y, "relative risk reduction, 4-year analysis"),
 ("p-0715", P, "HR=0.715", "0.715", "ratio", 0.715, 0.715, "HR", Y, "idfs hr, 4-year analysis"),
 ("p-0715ci", P, "0.609-0.840", "0.609-0.840", "ratio", 0.609, 0.840, "HR", Y, "ci"),
 ("p-at4", P, "At four years, 88.5%", "four years", "duration", 4, 4, "years", N, "timepoint"),
 ("p-885", P, "88.5% of patients treated", "88.5%", "percent", 88.5, 88.5, "%", Y, "4-yr idfs ribociclib arm"),
 ("p-836", P, "compared with 83.6% of those", "83.6%", "percent", 83.6, 83.6, "%", Y, "4-yr idfs nsai arm"),
 ("p-49pp", P, "difference of 4.9 percentage points", "4.9 percentage points", "percent", 4.9, 4.9, "pp", Y, "absolute idfs difference at 4 years"),
 ("p-0761", P, "HR=0.761", "0.761", "ratio", 0.761, 0.761, "HR", Y, "stage II subgroup hr, interim"),
 ("p-0740", P, "HR=0.740", "0.740", "ratio", 0.740, 0.740, "HR", Y, "stage III subgroup hr, interim"),
 ("p-400", P, "daily oral dose of 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "kisqali dose in early breast cancer"),
 ("p-two", P, "(two 200 mg tablets)", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("p-200", P, "two 200 mg tablets", "200 mg", "dose", 200, 200, "mg", Y, "tablet strength"),
 ("p-21d", P, "for 21 consecutive days", "21 consecutive days", "duration", 21, 21, "days", Y, "days on per cycle"),
 ("p-7d", P, "followed by 7 days off", "7 days", "duration", 7, 7, "days", Y, "break per cycle"),
 ("p-3yrdose", P, "for a total of three years", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration"),
 ("p-600", P, "than the 600 mg dose", "600 mg", "dose", 600, 600, "mg", Y, "kisqali dose in advanced breast cancer"),
 ("p-400b", P, "Kisqali at the 400 mg dose", "400 mg", "dose", 400, 400, "mg", N, "qualifier"),
 ("p-625", P, "(62.5% any grade", "62.5%", "percent", 62.5, 62.5, "%", Y, "neutropenia any grade, ribociclib arm"),
 ("p-443", P, "44.3% severe", "44.3%", "percent", 44.3, 44.3, "%", Y, "severe (grade>=3) neutropenia, ribociclib arm"),
 ("p-264", P, "(26.4%; 8.6%)", "26.4%", "percent", 26.4, 26.4, "%", Y, "hepatobiliary toxicity any grade"),
 ("p-86", P, "26.4%; 8.6%)", "8.6%", "percent", 8.6, 8.6, "%", Y, "hepatobiliary toxicity severe"),
 ("p-53", P, "(5.3%; 1.0%)", "5.3%", "percent", 5.3, 5.3, "%", Y, "qt prolongation any grade"),
 ("p-10", P, "5.3%; 1.0%)", "1.0%", "percent", 1.0, 1.0, "%", Y, "qt prolongation severe"),
 ("p-15", P, "pneumonitis (1.5%)", "1.5%", "percent", 1.5, 1.5, "%", Y, "ild/pneumonitis"),
 ("p-ab3yr", P, "received the drug for three years", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration (about section)"),
 ("p-ab5yr", P, "for at least five years", "five years", "duration", 5, 5, "years", Y, "endocrine therapy duration"),
 ("p-twoprot", P, "inhibiting two proteins", "two", "count", 2, 2, "proteins", N, "about section"),
 ("p-mar17", P, "Administration in March 2017", "March 2017", "date", 2017, 2017, "year", Y, "kisqali first fda approval (metastatic)"),
 ("p-75", P, "more than 75 countries", "75", "count", 75, 75, "countries", N, "about section"),

 # ---- KQ03 abstract (2025-11-05)
 ("a-pub", A, "Published online 5 November 2025", "5 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t5", A, "early breast cancer: five-year efficacy", "five-year", "duration", 5, 5, "years", N, "title"),
 ("a-5367", A, "monarchE (N = 5367)", "5367", "count", 5367, 5367, "patients", Y, "monarche enrolment"),
 ("a-2y", A, "continuously for 2 years", "2 years", "duration", 2, 2, "years", Y, "abemaciclib treatment duration"),
 ("a-jun23", A, "presented in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "first natalee results presented (asco)"),
 ("a-426", A, "after 426 invasive", "426", "count", 426, 426, "events", Y, "idfs events at interim analysis"),
 ("a-3y", A, "showed a 3-year iDFS", "3-year", "duration", 3, 3, "years", N, "timepoint"),
 ("a-904", A, "iDFS of 90.4% vs", "90.4%", "percent", 90.4, 90.4, "%", Y, "3-yr idfs ribociclib arm, interim"),
 ("a-871", A, "vs 87.1% (HR", "87.1%", "percent", 87.1, 87.1, "%", Y, "3-yr idfs nsai arm, interim"),
 ("a-0748", A, "(HR 0.748)", "0.748", "ratio", 0.748, 0.748, "HR", Y, "idfs hr, interim"),
 ("a-509", A, "after 509 events", "509", "count", 509, 509, "events", Y, "idfs events at final analysis"),
 ("a-0749", A, "(HR 0.749;", "0.749", "ratio", 0.749, 0.749, "HR", Y, "idfs hr, final analysis"),
 ("a-0749ci", A, "0.628–0.892", "0.628–0.892", "ratio", 0.628, 0.892, "HR", Y, "ci"),
 ("a-11", A, "were assigned 1:1", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-400", A, "ribociclib 400 mg/day", "400 mg", "dose", 400, 400, "mg", Y, "kisqali dose in early breast cancer"),
 ("a-3wk", A, "(3 weeks on", "3 weeks", "duration", 3, 3, "weeks", Y, "days on per cycle"),
 ("a-1wk", A, "1 week off, for", "1 week", "duration", 1, 1, "weeks", Y, "break per cycle"),
 ("a-36", A, "for 36 months)", "36 months", "duration", 36, 36, "months", Y, "kisqali treatment duration"),
 ("a-let", A, "letrozole 2.5 mg/day", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "letrozole dose"),
 ("a-ana", A, "anastrozole 1 mg/day", "1 mg", "dose", 1, 1, "mg", Y, "anastrozole dose"),
 ("a-60", A, "for 60 months)", "60 months", "duration", 60, 60, "months", Y, "nsai duration"),
 ("a-gos", A, "goserelin 3.6 mg", "3.6 mg", "dose", 3.6, 3.6, "mg", Y, "goserelin dose"),
 ("a-28d", A, "every 28 days", "28 days", "duration", 28, 28, "days", Y, "goserelin interval"),
 ("a-5land", A, "prespecified 5-year landmark", "5-year", "duration", 5, 5, "years", N, "timepoint"),
 ("a-4expl", A, "exploratory 4-year analysis", "4-year", "duration", 4, 4, "years", N, "analysis label"),
 ("a-apr24", A, "data cutoff 29 April 2024", "29 April 2024", "date", 2024, 2024, "year", Y, "4-year analysis data cutoff"),
 ("a-5101", A, "N = 5101", "5101", "count", 5101, 5101, "patients", Y, "natalee enrolment"),
 ("a-2549", A, "n=2549", "2549", "count", 2549, 2549, "patients", Y, "ribociclib arm size"),
 ("a-2552", A, "n=2552", "2552", "count", 2552, 2552, "patients", Y, "nsai arm size"),
 ("a-554", A, "follow-up was 55.4 months", "55.4 months", "duration", 55.4, 55.4, "months", Y, "median follow-up, 5-year analysis"),
 ("a-277", A, "compared with 27.7 months", "27.7 months", "duration", 27.7, 27.7, "months", Y, "median idfs follow-up, interim"),
 ("a-124", A, "occurred in 12.4%", "12.4%", "percent", 12.4, 12.4, "%", Y, "idfs events ribociclib arm, 5-year cut"),
 ("a-159", A, "and 15.9% of the", "15.9%", "percent", 15.9, 15.9, "%", Y, "idfs events nsai arm, 5-year cut"),
 ("a-m35", A, "(difference −3.5 percentage points)", "−3.5 percentage points", "percent", -3.5, -3.5, "pp", Y, "difference in event proportion"),
 ("a-0716", A, "(HR 0.716;", "0.716", "ratio", 0.716, 0.716, "HR", Y, "idfs hr, 5-year analysis"),
 ("a-0716ci", A, "0.618–0.829", "0.618–0.829", "ratio", 0.618, 0.829, "HR", Y, "ci"),
 ("a-p", A, "P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-5yr", A, "The 5-year iDFS rate", "5-year", "duration", 5, 5, "years", N, "timepoint"),
 ("a-855", A, "rate was 85.5% vs", "85.5%", "percent", 85.5, 85.5, "%", Y, "5-yr idfs ribociclib arm"),
 ("a-810", A, "vs 81.0% (absolute", "81.0%", "percent", 81.0, 81.0, "%", Y, "5-yr idfs nsai arm"),
 ("a-45pp", A, "difference, 4.5 percentage points)", "4.5 percentage points", "percent", 4.5, 4.5, "pp", Y, "absolute idfs difference at 5 years"),
 ("a-36mo", A, "At 36 months in this", "36 months", "duration", 36, 36, "months", N, "timepoint"),
 ("a-908", A, "iDFS was 90.8% vs", "90.8%", "percent", 90.8, 90.8, "%", Y, "3-yr idfs ribociclib arm, 5-year data cut"),
 ("a-880", A, "vs 88.0% (absolute", "88.0%", "percent", 88.0, 88.0, "%", Y, "3-yr idfs nsai arm, 5-year data cut"),
 ("a-27pp", A, "difference, 2.7 percentage points)", "2.7 percentage points", "percent", 2.7, 2.7, "pp", Y, "absolute idfs difference at 3 years, 5-year data cut"),
 ("a-4yra", A, "In the 4-year analysis", "4-year", "duration", 4, 4, "years", N, "analysis label"),
 ("a-442", A, "(median follow-up 44.2 months)", "44.2 months", "duration", 44.2, 44.2, "months", Y, "median follow-up, 4-year analysis"),
 ("a-0715", A, "the HR was 0.715", "0.715", "ratio", 0.715, 0.715, "HR", Y, "idfs hr, 4-year analysis"),
 ("a-0715ci", A, "0.609–0.840", "0.609–0.840", "ratio", 0.609, 0.840, "HR", Y, "ci"),
 ("a-4yri", A, "and 4-year iDFS was", "4-year", "duration", 4, 4, "years", N, "timepoint"),
 ("a-885", A, "iDFS was 88.5% vs", "88.5%", "percent", 88.5, 88.5, "%", Y, "4-yr idfs ribociclib arm"),
 ("a-836", A, "vs 83.6%.", "83.6%", "percent", 83.6, 83.6, "%", Y, "4-yr idfs nsai arm"),
 ("a-443", A, "reported in 44.3%", "44.3%", "percent", 44.3, 44.3, "%", Y, "severe (grade>=3) neutropenia, ribociclib arm"),
 ("a-c3y", A, "Three years of ribociclib 400 mg", "Three years", "duration", 3, 3, "years", N, "conclusion repeat"),
 ("a-c400", A, "ribociclib 400 mg added", "400 mg", "dose", 400, 400, "mg", N, "conclusion repeat"),
 ("a-c2y", A, "for at least two years after", "two years", "duration", 2, 2, "years", N, "post-treatment follow-up (approx)"),

 # ---- KQ04 explainer (2025-01-20)
 ("e-upd", E, "Updated January 20, 2025", "January 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-sep17", E, "Kisqali on Sept. 17, 2024", "Sept. 17, 2024", "date", 2024, 2024, "year", Y, "fda approval date (ebc)"),
 ("e-lastnov", E, "followed last November", "last November", "date", 2024, 2024, "year", Y, "ec approval date"),
 ("e-2cm", E, "larger than 2 centimeters", "2 centimeters", "length", 2, 2, "cm", N, "tumor size threshold (definitional)"),
 ("e-ki67", E, "Ki-67 score of 20% or more or a high-risk", "20%", "percent", 20, 20, "%", N, "ki-67 threshold (definitional)"),
 ("e-twice", E, "about twice as many people", "twice", "ratio", 2, 2, "x", Y, "eligible population multiple (novartis claim)"),
 ("e-400", E, "is 400 mg a day", "400 mg", "dose", 400, 400, "mg", Y, "kisqali dose in early breast cancer"),
 ("e-two", E, "taken as two 200 mg", "two", "count", 2, 2, "tablets", N, "tablets per dose"),
 ("e-200", E, "two 200 mg tablets", "200 mg", "dose", 200, 200, "mg", Y, "tablet strength"),
 ("e-21d", E, "You take it for 21 days", "21 days", "duration", 21, 21, "days", Y, "days on per cycle"),
 ("e-7d", E, "stop for 7 days", "7 days", "duration", 7, 7, "days", Y, "break per cycle"),
 ("e-3yr", E, "repeat the cycle for three years", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration"),
 ("e-600", E, "than the 600 mg dose", "600 mg", "dose", 600, 600, "mg", Y, "kisqali dose in advanced breast cancer"),
 ("e-5yr", E, "usually for at least five years", "five years", "duration", 5, 5, "years", Y, "aromatase inhibitor duration"),
 ("e-4wk", E, "once every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "ovarian suppression injection interval"),
 ("e-5101", E, "enrolled 5,101 people", "5,101", "count", 5101, 5101, "patients", Y, "natalee enrolment"),
 ("e-lastjune", E, "presented last June", "last June", "date", 2024, 2024, "year", Y, "first natalee results presented (asco)"),
 ("e-904", E, "June, 90.4% of patients", "90.4%", "percent", 90.4, 90.4, "%", Y, "3-yr idfs ribociclib arm, interim"),
 ("e-at3", E, "invasive disease at three years", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("e-817", E, "compared with 81.7%", "81.7%", "percent", 81.7, 81.7, "%", Y, "3-yr idfs nsai arm, interim"),
 ("e-251", E, "recurrence at 25.1%", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis"),
 ("e-sept", E, "An update in September", "September", "date", 2024, 2024, "year", N, "esmo 2024 update"),
 ("e-285", E, "found a 28.5% lower", "28.5%", "percent", 28.5, 28.5, "%", Y, "relative risk reduction, 4-year analysis"),
 ("e-4yfu", E, "After about four years of follow-up", "four years", "duration", 4, 4, "years", N, "follow-up (vague)"),
 ("e-91", E, "91% of people who took Kisqali", "91%", "percent", 91, 91, "%", Y, "idfs ribociclib arm at ~4 years follow-up (as reported)"),
 ("e-88", E, "compared with 88% of those", "88%", "percent", 88, 88, "%", Y, "idfs nsai arm at ~4 years follow-up (as reported)"),
 ("e-625", E, "It affected 62.5%", "62.5%", "percent", 62.5, 62.5, "%", Y, "neutropenia any grade, ribociclib arm"),
 ("e-443", E, "was severe in 44.3%", "44.3%", "percent", 44.3, 44.3, "%", Y, "severe (grade>=3) neutropenia, ribociclib arm"),
 ("e-1in4", E, "About one in four", "one in four", "percent", 25, 25, "%", N, "paraphrase of hepatic event rate"),
 ("e-264", E, "(26.4%) had liver", "26.4%", "percent", 26.4, 26.4, "%", Y, "hepatobiliary toxicity any grade"),
 ("e-d14", E, "around day 14", "day 14", "duration", 14, 14, "days", N, "ecg timepoint"),
 ("e-2wk", E, "every 2 weeks", "2 weeks", "duration", 2, 2, "weeks", Y, "liver test interval"),
 ("e-2cyc", E, "for the first 2 cycles", "2", "count", 2, 2, "cycles", N, "monitoring period"),
 ("e-oct21", E, "early breast cancer in October 2021", "October 2021", "date", 2021, 2021, "year", Y, "verzenio early breast cancer fda approval"),
 ("e-150", E, "taken at 150 mg twice a day", "150 mg", "dose", 150, 150, "mg", Y, "verzenio dose"),
 ("e-twiceday", E, "150 mg twice a day", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("e-vz2y", E, "every day, for two years", "two years", "duration", 2, 2, "years", Y, "verzenio treatment duration"),
 ("e-ki67b", E, "required a Ki-67 score of 20% or more;", "20%", "percent", 20, 20, "%", N, "ki-67 threshold (definitional)"),
 ("e-mar23", E, "requirement in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "verzenio ki-67 requirement dropped"),
 ("e-5637", E, "enrolled 5,637 people", "5,637", "count", 5637, 5637, "patients", Y, "monarche enrolment"),
 ("e-5yg", E, "the five-year gain", "five-year", "duration", 5, 5, "years", N, "timepoint"),
 ("e-76pp", E, "was 7.6 percentage points", "7.6 percentage points", "percent", 7.6, 7.6, "pp", Y, "monarche 5-yr absolute idfs gain"),
 ("e-0680", E, "hazard ratio 0.680", "0.680", "ratio", 0.680, 0.680, "HR", Y, "monarche 5-yr idfs hr"),
 ("e-2trials", E, "The two trials enrolled", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-3yrc", E, "a three-year course of Kisqali", "three-year", "duration", 3, 3, "years", N, "course length qualifier"),
 ("e-cost", E, "roughly $300,000 to $400,000", "$300,000 to $400,000", "money", 300000, 400000, "USD", Y, "list cost of three-year course"),
 ("e-q3y", E, "from three years of Kisqali", "three years", "duration", 3, 3, "years", N, "question"),

 # ---- KQ05 blog (2025-10-24)
 ("b-h5", B, "Five years in, Kisqali's", "Five years", "duration", 5, 5, "years", N, "headline"),
 ("b-pub", B, "October 24, 2025", "October 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-read", B, "7 min read", "7", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-lastwk", B, "Last week in Berlin", "Last week", "date", 2025, 2025, "year", N, "esmo 2025 presentation"),
 ("b-5yd", B, "waiting for: five-year data", "five-year", "duration", 5, 5, "years", N, "analysis label"),
 ("b-3yrhet", B, "Three years of a CDK4/6", "Three years", "duration", 3, 3, "years", N, "rhetorical"),
 ("b-5yds", B, "What the five-year data say", "five-year", "duration", 5, 5, "years", N, "subhead"),
 ("b-554", B, "follow-up of 55.4 months", "55.4 months", "duration", 55.4, 55.4, "months", Y, "median follow-up, 5-year analysis"),
 ("b-855", B, "85.5% of patients on ribociclib", "85.5%", "percent", 85.5, 85.5, "%", Y, "5-yr idfs ribociclib arm"),
 ("b-at5", B, "disease at five years", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("b-810", B, "versus 81.0% on", "81.0%", "percent", 81.0, 81.0, "%", Y, "5-yr idfs nsai arm"),
 ("b-0761", B, "ratio was 0.761", "0.761", "ratio", 0.761, 0.761, "HR", Y, "idfs hr, 5-year analysis"),
 ("b-28", B, "as a 28% reduction", "28%", "percent", 28, 28, "%", Y, "relative risk reduction, 5-year analysis"),
 ("b-overyr", B, "well over a year", "a year", "duration", 1, 1, "years", N, "time off drug (vague)"),
 ("b-3pts", B, "about 3 points", "3 points", "percent", 3, 3, "pp", Y, "absolute idfs difference at 3 years (approx)"),
 ("b-at3", B, "3 points at three years", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("b-49", B, "4.9 points at four", "4.9 points", "percent", 4.9, 4.9, "pp", Y, "absolute idfs difference at 4 years"),
 ("b-at4", B, "4.9 points at four,", "four", "duration", 4, 4, "years", N, "timepoint"),
 ("b-45", B, "and 4.5 points at five", "4.5 points", "percent", 4.5, 4.5, "pp", Y, "absolute idfs difference at 5 years"),
 ("b-atfive", B, "4.5 points at five by", "five", "duration", 5, 5, "years", N, "timepoint"),
 ("b-600", B, "it's 600 mg a day", "600 mg", "dose", 600, 600, "mg", Y, "kisqali dose in early breast cancer"),
 ("b-3wk", B, "three weeks on and one", "three weeks", "duration", 3, 3, "weeks", Y, "days on per cycle"),
 ("b-1wk", B, "one week off, for", "one week", "duration", 1, 1, "weeks", Y, "break per cycle"),
 ("b-3yr", B, "week off, for three years", "three years", "duration", 3, 3, "years", Y, "kisqali treatment duration"),
 ("b-5yr", B, "for at least five years", "five years", "duration", 5, 5, "years", Y, "aromatase inhibitor duration"),
 ("b-2021", B, "FDA approval in 2021", "2021", "date", 2021, 2021, "year", Y, "verzenio early breast cancer fda approval"),
 ("b-5637", B, "monarchE trial (5,637 patients)", "5,637", "count", 5637, 5637, "patients", Y, "monarche enrolment"),
 ("b-762", B, "median of 76.2 months", "76.2 months", "duration", 76.2, 76.2, "months", Y, "monarche median follow-up, os analysis"),
 ("b-158", B, "death by 15.8%", "15.8%", "percent", 15.8, 15.8, "%", Y, "monarche relative reduction in death"),
 ("b-0842", B, "hazard ratio 0.842", "0.842", "ratio", 0.842, 0.842, "HR", Y, "monarche os hr"),
 ("b-7yr", B, "with seven-year survival", "seven-year", "duration", 7, 7, "years", N, "timepoint"),
 ("b-868", B, "86.8% versus", "86.8%", "percent", 86.8, 86.8, "%", Y, "monarche 7-yr os abemaciclib arm"),
 ("b-850", B, "versus 85.0%", "85.0%", "percent", 85.0, 85.0, "%", Y, "monarche 7-yr os et arm"),
 ("b-sep24", B, "granted in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "fda approval date (ebc)"),
 ("b-21bn", B, "brought in $2.1 billion last year", "$2.1 billion", "money", 2100000000, 2100000000, "USD", Y, "kisqali sales 2024"),
 ("b-lastyr", B, "$2.1 billion last year", "last year", "date", 2024, 2024, "year", N, "sales year qualifier"),
 ("b-49pct", B, "growing 49% at constant", "49%", "percent", 49, 49, "%", Y, "kisqali sales growth 2024 (cc)"),
 ("b-920m", B, "alone was $920 million", "$920 million", "money", 920000000, 920000000, "USD", Y, "kisqali q4 2024 sales"),
 ("b-52", B, "up 52% at constant", "52%", "percent", 52, 52, "%", Y, "kisqali q4 2024 growth (cc)"),
 ("b-56", B, "sales rose 56%", "56%", "percent", 56, 56, "%", Y, "kisqali q1 2025 growth"),
 ("b-64", B, "and 64% in the second", "64%", "percent", 64, 64, "%", Y, "kisqali q2 2025 growth (cc)"),
 ("b-12bn", B, "roughly $1.2 billion", "$1.2 billion", "money", 1200000000, 1200000000, "USD", Y, "kisqali q2 2025 sales"),
 ("b-100", B, "U.S. sales up 100%", "100%", "percent", 100, 100, "%", Y, "kisqali us q2 2025 growth"),
 ("b-1500", B, "around 1,500 new patients", "1,500", "count", 1500, 1500, "patients", Y, "us new patient starts per month before approval"),
 ("b-2mo", B, "first two full months", "two", "count", 2, 2, "months", N, "period"),
 ("b-2200", B, "it was about 2,200", "2,200", "count", 2200, 2200, "patients", Y, "us new patient starts per month after approval"),
 ("b-78", B, "brought in $7.8 billion", "$7.8 billion", "money", 7800000000, 7800000000, "USD", Y, "entresto sales 2024"),
 ("b-78yr", B, "$7.8 billion in 2024", "2024", "date", 2024, 2024, "year", N, "sales year qualifier"),
 ("b-4bn", B, "about $4 billion a year", "$4 billion", "money", 4000000000, 4000000000, "USD", Y, "analyst adjuvant peak sales estimate"),
 ("b-3cav", B, "Three caveats", "Three", "count", 3, 3, "caveats", N, "aside"),
 ("b-3yrc", B, "a three-year course runs", "three-year", "duration", 3, 3, "years", N, "course length qualifier"),
 ("b-sevh", B, "several hundred thousand dollars", "several hundred thousand dollars", "money", None, None, "USD", N, "vague cost"),
 ("b-5yfu", B, "five years of follow-up", "five years", "duration", 5, 5, "years", N, "aside"),
 ("b-rel4", B, "The 4 oncology launches", "4", "count", 4, 4, "launches", N, "related link"),
 ("b-comm", B, "34 comments", "34", "count", 34, 34, "comments", N, "page furniture"),

 # ---- KQ06 local/trade (2025-02-03), hard-wrapped
 ("l-pub", L, "Monday, February 3, 2025", "February 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-fri", L, "investors on Friday", "Friday", "date", 2025, 2025, "year", N, "q4 results release date"),
 ("l-3mo", L, "the last three months of 2024", "three months", "duration", 3, 3, "months", N, "period"),
 ("l-2024q", L, "three months of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-sep23", L, "approval in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "fda approval date (ebc)"),
 ("l-902", L, "reached $902 million", "$902 million", "money", 902000000, 902000000, "USD", Y, "kisqali q4 2024 sales"),
 ("l-48", L, "up 48% from a year", "48%", "percent", 48, 48, "%", Y, "kisqali q4 2024 growth (usd)"),
 ("l-65", L, "sales rose 65%", "65%", "percent", 65, 65, "%", Y, "kisqali us q4 2024 growth"),
 ("l-549", L, "to $549 million", "$549 million", "money", 549000000, 549000000, "USD", Y, "kisqali us q4 2024 sales"),
 ("l-303", L, "in $3.03 billion", "$3.03 billion", "money", 3030000000, 3030000000, "USD", Y, "kisqali sales 2024"),
 ("l-46", L, "up 46% from", "46%", "percent", 46, 46, "%", Y, "kisqali sales growth 2024 (usd)"),
 ("l-208", L, "from $2.08 billion in 2023", "$2.08 billion", "money", 2080000000, 2080000000, "USD", Y, "kisqali sales 2023"),
 ("l-2023", L, "$2.08 billion in 2023", "2023", "date", 2023, 2023, "year", N, "sales year qualifier"),
 ("l-1500", L, "about 1,500 a month", "1,500", "count", 1500, 1500, "patients", Y, "us new patient starts per month before approval"),
 ("l-2200", L, "roughly 2,200 in both", "2,200", "count", 2200, 2200, "patients", Y, "us new patient starts per month after approval"),
 ("l-octnov", L, "in both October and November", "October and November", "date", 2024, 2024, "year", N, "as-of"),
 ("l-52", L, "Kisqali took 52%", "52%", "percent", 52, 52, "%", Y, "nbrx share in early breast cancer"),
 ("l-3mo2", L, "within three months of launch", "three months", "duration", 3, 3, "months", Y, "time to 52% nbrx share"),
 ("l-5011", L, "NATALEE trial of 5,011 patients", "5,011", "count", 5011, 5011, "patients", Y, "natalee enrolment"),
 ("l-251", L, "returning by 25.1%", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis"),
 ("l-0794", L, "hazard ratio of 0.794", "0.794", "ratio", 0.794, 0.794, "HR", Y, "idfs hr, final analysis"),
 ("l-4yr", L, "four years of data", "four years", "duration", 4, 4, "years", N, "analysis label"),
 ("l-285", L, "showed a 28.5% reduction", "28.5%", "percent", 28.5, 28.5, "%", Y, "relative risk reduction, 4-year analysis"),
 ("l-doubles", L, "label approximately doubles", "doubles", "ratio", 2, 2, "x", Y, "eligible population multiple (novartis claim)"),
 ("l-dozen", L, "about a dozen patients", "a dozen", "count", 12, 12, "patients", Y, "patients started at one practice"),
 ("l-3yrq", L, "some say three years of pills", "three years", "duration", 3, 3, "years", N, "quote"),
 ("l-1315", L, "net sales of $13.15 billion", "$13.15 billion", "money", 13150000000, 13150000000, "USD", Y, "novartis q4 2024 net sales"),
 ("l-16", L, "up 16% at constant", "16%", "percent", 16, 16, "%", Y, "novartis q4 2024 growth (cc)"),
 ("l-503", L, "sales of $50.3 billion", "$50.3 billion", "money", 50300000000, 50300000000, "USD", Y, "novartis 2024 net sales"),
 ("l-12", L, "billion, up 12%", "12%", "percent", 12, 12, "%", Y, "novartis 2024 growth (cc)"),
 ("l-thisyr", L, "in the U.S. this year", "this year", "date", 2025, 2025, "year", N, "entresto generic entry"),
 ("l-78", L, "brought in $7.8 billion", "$7.8 billion", "money", 7800000000, 7800000000, "USD", Y, "entresto sales 2024"),
 ("l-78yr", L, "$7.8 billion in 2024", "2024", "date", 2024, 2024, "year", N, "sales year qualifier"),
 ("l-15", L, "about 15% of the", "15%", "percent", 15, 15, "%", Y, "entresto share of novartis sales"),
 ("l-8bn", L, "exceed $8 billion", "$8 billion", "money", 8000000000, 8000000000, "USD", Y, "kisqali peak sales target"),
 ("l-3yago", L, "more than three years ago", "three years ago", "duration", 3, 3, "years", N, "time since verzenio ebc approval"),
 ("l-sevk", L, "employs several thousand people", "several thousand", "count", None, None, "employees", N, "vague"),
 ("l-lastyr", L, "announced last year", "last year", "date", 2024, 2024, "year", N, "aside"),
 ("l-5yr", L, "comes with five-year NATALEE", "five-year", "duration", 5, 5, "years", N, "analysis label"),
 ("l-later", L, "expected later this year", "later this year", "date", 2025, 2025, "year", N, "forecast"),

 # ---- KQ07 fact-check (2024-10-08)
 ("f-hhalf", F, "does not \"cut recurrence in half\"", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-pub", F, "October 8, 2024", "October 8, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-chalf", F, "breast cancer coming back in half", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-c1m", F, "\"costs $1 million a year.\"", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim"),
 ("f-vhalf", F, "far smaller than \"half,\"", "half", "percent", 50, 50, "%", N, "post claim (verdict)"),
 ("f-sep17", F, "Novartis, on Sept. 17, 2024", "Sept. 17, 2024", "date", 2024, 2024, "year", Y, "fda approval date (ebc)"),
 ("f-inhalf", F, "\"In half\" overstates it", "half", "percent", 50, 50, "%", N, "post claim (subhead)"),
 ("f-5101", F, "enrolled 5,101 patients", "5,101", "count", 5101, 5101, "patients", Y, "natalee enrolment"),
 ("f-426", F, "based on 426 invasive", "426", "count", 426, 426, "events", Y, "idfs events at final analysis"),
 ("f-251", F, "had a 25.1% lower", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis"),
 ("f-quarter", F, "That is about a quarter", "a quarter", "percent", 25, 25, "%", Y, "relative risk reduction (paraphrase)"),
 ("f-nothalf", F, "not a half", "a half", "percent", 50, 50, "%", N, "post claim"),
 ("f-at3", F, "At three years, 90.7%", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("f-907", F, "three years, 90.7%", "90.7%", "percent", 90.7, 90.7, "%", Y, "3-yr idfs ribociclib arm, final analysis"),
 ("f-876", F, "compared with 87.6%", "87.6%", "percent", 87.6, 87.6, "%", Y, "3-yr idfs nsai arm, final analysis"),
 ("f-31pp", F, "a gap of 3.1 percentage points", "3.1 percentage points", "percent", 3.1, 3.1, "pp", Y, "absolute idfs difference at 3 years, final analysis"),
 ("f-jun23", F, "first presented in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "first natalee results presented (asco)"),
 ("f-34mo", F, "median follow-up of 34 months", "34 months", "duration", 34, 34, "months", Y, "median follow-up, interim"),
 ("f-904", F, "figures were 90.4%", "90.4%", "percent", 90.4, 90.4, "%", Y, "3-yr idfs ribociclib arm, interim"),
 ("f-871", F, "90.4% and 87.1%", "87.1%", "percent", 87.1, 87.1, "%", Y, "3-yr idfs nsai arm, interim"),
 ("f-25q", F, "\"A 25% relative reduction", "25%", "percent", 25, 25, "%", Y, "relative risk reduction (quote)"),
 ("f-100", F, "Out of 100 high-risk", "100", "count", 100, 100, "patients", N, "quote (illustration)"),
 ("f-three", F, "roughly three more", "three", "count", 3, 3, "patients", N, "quote (illustration)"),
 ("f-at3q", F, "invasive disease at three years because", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("f-triples", F, "label roughly triples", "triples", "ratio", 3, 3, "x", Y, "eligible population multiple (novartis claim)"),
 ("f-400", F, "taken at 400 mg once a day", "400 mg", "dose", 400, 400, "mg", Y, "kisqali dose in early breast cancer"),
 ("f-3wk", F, "once a day for three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "days on per cycle"),
 ("f-1wk", F, "followed by a one-week break", "one-week", "duration", 1, 1, "weeks", Y, "break per cycle"),
 ("f-2yr", F, "take it daily for two years", "two years", "duration", 2, 2, "years", Y, "kisqali treatment duration"),
 ("f-onetime", F, "not a one-time treatment", "one-time", "count", 1, 1, "treatments", N, "aside"),
 ("f-cost", F, "roughly $300,000 to $400,000", "$300,000 to $400,000", "money", 300000, 400000, "USD", Y, "list cost of three-year course"),
 ("f-not1m", F, "it is not $1 million a year", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim"),
 ("f-625", F, "NATALEE, 62.5% of patients", "62.5%", "percent", 62.5, 62.5, "%", Y, "neutropenia any grade, ribociclib arm"),
 ("f-rhalf", F, "\"cuts recurrence in half\" is false", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-251b", F, "found a 25.1% relative", "25.1%", "percent", 25.1, 25.1, "%", Y, "relative risk reduction, final analysis (ruling)"),
 ("f-31b", F, "and a 3.1-point absolute", "3.1-point", "percent", 3.1, 3.1, "pp", Y, "absolute idfs difference at 3 years (ruling)"),
 ("f-at3r", F, "absolute difference at three years.", "three years", "duration", 3, 3, "years", N, "timepoint"),
 ("f-r1m", F, "the \"$1 million a year\" figure", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year (2023 vs 2024)
 ("l-sep23", "w-tue", S), ("l-sep23", "p-sep", S), ("l-sep23", "e-sep17", S), ("l-sep23", "b-sep24", S), ("l-sep23", "f-sep17", S),
 # S2 first NATALEE results presented (relative "last June" in Jan 2025 -> 2024 vs 2023)
 ("e-lastjune", "w-june", S), ("e-lastjune", "a-jun23", S), ("e-lastjune", "f-jun23", S),
 # S3 NATALEE enrolment 5,011 vs 5,101
 ("l-5011", "w-5101", S), ("l-5011", "p-5101", S), ("l-5011", "a-5101", S), ("l-5011", "e-5101", S), ("l-5011", "f-5101", S),
 # S4 early breast cancer dose 600 vs 400 mg
 ("b-600", "w-400", S), ("b-600", "p-400", S), ("b-600", "a-400", S), ("b-600", "e-400", S), ("b-600", "f-400", S),
 # S5 Kisqali treatment duration two years vs three years / 36 months
 ("f-2yr", "w-3yrtrial", S), ("f-2yr", "w-stay3", S), ("f-2yr", "p-3yrdose", S), ("f-2yr", "p-ab3yr", S),
 ("f-2yr", "a-36", S), ("f-2yr", "e-3yr", S), ("f-2yr", "b-3yr", S),
 # S6 interim 3-yr iDFS, NSAI arm 81.7 vs 87.1
 ("e-817", "a-871", S), ("e-817", "f-871", S),
 # S7 final-analysis HR 0.794 vs 0.749
 ("l-0794", "p-0749", S), ("l-0794", "a-0749", S),
 # S8 4-year absolute difference 9.4 vs 4.9 points
 ("w-94pp", "p-49pp", S), ("w-94pp", "b-49", S),
 # S9 5-year HR 0.761 vs 0.716
 ("b-0761", "a-0716", S),
 # S10 Kisqali 2024 sales $2.1bn vs $3.03bn
 ("b-21bn", "l-303", S),
 # S11 Kisqali Q4 2024 sales $920m vs $902m
 ("b-920m", "l-902", S),
 # S12 eligible-population multiple triples vs doubles
 ("f-triples", "w-doubles", S), ("f-triples", "w-2x", S), ("f-triples", "e-twice", S), ("f-triples", "l-doubles", S),
 # S13 Verzenio early breast cancer approval year 2022 vs 2021
 ("w-oct22", "e-oct21", S), ("w-oct22", "b-2021", S),
 # S14 monarchE enrolment 5367 vs 5,637
 ("a-5367", "e-5637", S), ("a-5367", "b-5637", S),
 # S15 severe neutropenia 43.4 vs 44.3
 ("w-434", "p-443", S), ("w-434", "a-443", S), ("w-434", "e-443", S),
 # S16 4-year analysis data cutoff 2023 vs 2024
 ("p-apr23", "a-apr24", S),
 # S17 events at final analysis 426 vs 509
 ("f-426", "a-509", S),
 # Qualified
 ("f-34mo", "a-277", Q),
 ("a-908", "w-907", Q), ("a-908", "p-907", Q), ("a-908", "f-907", Q),
 ("a-880", "w-876", Q), ("a-880", "p-876", Q), ("a-880", "f-876", Q),
 ("a-27pp", "f-31pp", Q), ("a-27pp", "f-31b", Q),
 ("e-91", "p-885", Q), ("e-91", "a-885", Q), ("e-88", "p-836", Q), ("e-88", "a-836", Q),
 ("b-49pct", "l-46", Q),
 ("b-52", "l-48", Q),
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
