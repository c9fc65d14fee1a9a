#!/usr/bin/env python3
"""Build fitusiran.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "fitusiran")
OUT = os.path.join(HERE, "fitusiran.gold.jsonl")
T = "fitusiran"

W, P, A, E, B, L, F = ("FI01_wire.txt", "FI02_press.txt", "FI03_abstract.txt",
                       "FI04_explainer.txt", "FI05_blog.txt", "FI06_trade.txt", "FI07_factcheck.txt")
Y = True; N = False
ABR = "bleeds/year"
PY = "events per 100 person-years"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- FI01 wire (2025-03-28, a Friday)
 ("w-h2mo", W, "every-two-months hemophilia shot", "two-months", "duration", 2, 2, "months", N, "headline repeat (dosing interval)"),
 ("w-dl", W, "WASHINGTON, March 28", "March 28", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("w-2mo", W, "once every two months that works", "two months", "duration", 2, 2, "months", Y, "dosing interval"),
 ("w-12", W, "aged 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("w-twotr", W, "rests on two randomized", "two", "count", 2, 2, "trials", N, "qualifier"),
 ("w-177", W, "together enrolled 177 male", "177", "count", 177, 177, "patients", Y, "pivotal trials total enrolment (INH + A/B)"),
 ("w-80", W, "a fixed 80 mg dose", "80 mg", "dose", 80, 80, "mg", Y, "original fixed monthly dose"),
 ("w-9mo", W, "on-demand treatment for nine months", "nine months", "duration", 9, 9, "months", Y, "parent trial treatment period"),
 ("w-73", W, "was 73% lower", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA, inhibitors"),
 ("w-71", W, "and 71% lower", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction vs on-demand CFC, no inhibitors"),
 ("w-50", W, "Treatment starts at 50 mg", "50 mg", "dose", 50, 50, "mg", Y, "starting dose"),
 ("w-2mo2", W, "50 mg every two months", "two months", "duration", 2, 2, "months", Y, "starting dose interval"),
 ("w-oct20", W, "program in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "voluntary dosing pause"),
 ("w-three", W, "trial, three patients on", "three", "count", 3, 3, "patients", Y, "ATLAS-INH patients with thrombotic events on 80 mg"),
 ("w-80b", W, "the monthly 80 mg dose had", "80 mg", "dose", 80, 80, "mg", N, "qualifier (original dose)"),
 ("w-66", W, "ATLAS-A/B, 66% of patients", "66%", "percent", 66, 66, "%", Y, "ATLAS-A/B fitusiran arm zero treated bleeds"),
 ("w-5", W, "compared with 5% of those", "5%", "percent", 5, 5, "%", Y, "ATLAS-A/B on-demand arm zero treated bleeds"),
 ("w-642", W, "about $642,000 before", "$642,000", "money", 642000, 642000, "USD", Y, "average annual WAC"),
 ("w-30k", W, "Some 30,000 people", "30,000", "count", 30000, 30000, "people", Y, "people with hemophilia in the US"),
 ("w-six", W, "approved six new hemophilia", "six", "count", 6, 6, "drugs", Y, "new hemophilia drugs approved in past three years"),
 ("w-3yr", W, "in the past three years", "three years", "duration", 3, 3, "years", N, "period qualifier"),
 ("w-3gt", W, "three of them gene therapies", "three", "count", 3, 3, "drugs", Y, "gene therapies among the six"),
 ("w-lastoct", W, "cleared last October", "last October", "date", 2024, 2024, "year", Y, "rival Hympavzi approval"),
 ("w-dec", W, "Alhemo in December", "December", "date", 2024, 2024, "year", Y, "rival Alhemo approval"),
 ("w-2018", W, "global rights in 2018", "2018", "date", 2018, 2018, "year", Y, "Sanofi global rights (restructured alliance)"),

 # ---- FI02 press (2025-12-11)
 ("p-h6", P, "as few as six injections a year", "six", "count", 6, 6, "injections per year", Y, "minimum injections per year"),
 ("p-dl", P, "Paris, December 11, 2025", "December 11, 2025", "date", 2025, 2025, "year", N, "dateline (China approval)"),
 ("p-4th", P, "its fourth and fifth approvals", "fourth", "count", 4, 4, "approvals", N, "aside (Sanofi China approvals this year)"),
 ("p-5th", P, "fourth and fifth approvals", "fifth", "count", 5, 5, "approvals", N, "aside"),
 ("p-12", P, "patients 12 years of age and older", "12 years", "age", 12, 12, "years", Y, "minimum age (China label)"),
 ("p-us", P, "approved Qfitlia on March 28, 2025", "March 28, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("p-177", P, "together enrolled 177 participants", "177", "count", 177, 177, "patients", Y, "pivotal trials total enrolment"),
 ("p-71", P, "a 71% reduction", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction vs on-demand CFC, no inhibitors"),
 ("p-9", P, "(9.0 vs 31.4", "9.0", "rate", 9.0, 9.0, ABR, Y, "AT-DR mean ABR, no inhibitors (integrated)"),
 ("p-31", P, "9.0 vs 31.4", "31.4", "rate", 31.4, 31.4, ABR, Y, "on-demand CFC mean ABR (integrated comparison)"),
 ("p-pa", P, "31.4; p<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-73", P, "a 73% reduction", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA, inhibitors"),
 ("p-5.1", P, "(5.1 vs 19.1", "5.1", "rate", 5.1, 5.1, ABR, Y, "AT-DR mean ABR, inhibitors (integrated)"),
 ("p-19", P, "5.1 vs 19.1", "19.1", "rate", 19.1, 19.1, ABR, Y, "on-demand BPA mean ABR (integrated comparison)"),
 ("p-pb", P, "p=0.0006", "0.0006", "pvalue", 0.0006, 0.0006, "p", N, "p-value"),
 ("p-286", P, "which enrolled 286 participants", "286", "count", 286, 286, "participants", Y, "ATLAS-OLE enrolment on AT-DR (interim)"),
 ("p-3.8", P, "median observed ABR was 3.8", "3.8", "rate", 3.8, 3.8, ABR, Y, "OLE median ABR, no inhibitors"),
 ("p-iqr1", P, "(IQR: 0.0-11.2)", "0.0-11.2", "rate", 0.0, 11.2, ABR, Y, "IQR"),
 ("p-1.9a", P, "and 1.9 in people with inhibitors (IQR: 0.0-5.6)", "1.9", "rate", 1.9, 1.9, ABR, Y, "OLE median ABR, inhibitors"),
 ("p-iqr2", P, "(IQR: 0.0-5.6)", "0.0-5.6", "rate", 0.0, 5.6, ABR, Y, "IQR"),
 ("p-as1", P, "was 1.9 in people without inhibitors", "1.9", "rate", 1.9, 1.9, ABR, Y, "OLE median spontaneous ABR, no inhibitors"),
 ("p-iqr3", P, "(IQR: 0.0-7.5)", "0.0-7.5", "rate", 0.0, 7.5, ABR, Y, "IQR"),
 ("p-as2", P, "and 1.9 in people with inhibitors (IQR: 0.0-3.7)", "1.9", "rate", 1.9, 1.9, ABR, Y, "OLE median spontaneous ABR, inhibitors"),
 ("p-iqr4", P, "(IQR: 0.0-3.7)", "0.0-3.7", "rate", 0.0, 3.7, ABR, Y, "IQR"),
 ("p-half", P, "Nearly half of participants", "half", "percent", 50, 50, "%", N, "summary of 47%"),
 ("p-oneorno", P, "had one or no bleeds", "one or no", "count", 0, 1, "bleeds", N, "definitional"),
 ("p-31pct", P, "31% experienced", "31%", "percent", 31, 31, "%", Y, "OLE participants with zero bleeds"),
 ("p-zero", P, "experienced zero bleeds", "zero", "count", 0, 0, "bleeds", N, "definitional"),
 ("p-47", P, "47% experienced", "47%", "percent", 47, 47, "%", Y, "OLE participants with 0-1 bleeds"),
 ("p-zeroone", P, "zero or one bleed", "zero or one", "count", 0, 1, "bleeds", N, "definitional"),
 ("p-1.4", P, "reported in 1.4% of patients", "1.4%", "percent", 1.4, 1.4, "%", Y, "thrombotic events on AT-DR"),
 ("p-0.8", P, "(0.8 events per 100 person-years)", "0.8 events per 100 person-years", "rate", 0.8, 0.8, PY, Y, "thrombotic event rate on AT-DR"),
 ("p-1535", P, "between 15% and 35%", "15% and 35%", "percent", 15, 35, "%", Y, "AT activity target range"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "boilerplate"),
 ("p-fy", P, "year ended December 31, 2024", "December 31, 2024", "date", 2024, 2024, "year", N, "boilerplate"),

 # ---- FI03 abstract (2025-06-12)
 ("a-pub", A, "Published online 12 June 2025", "12 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-80", A, "once-monthly 80 mg fitusiran", "80 mg", "dose", 80, 80, "mg", Y, "original dose regimen"),
 ("a-908", A, "by 90.8% (95% CI", "90.8%", "percent", 90.8, 90.8, "%", Y, "ATLAS-INH 80 mg ABR reduction"),
 ("a-908ci", A, "80.8–95.6", "80.8–95.6", "percent", 80.8, 95.6, "%", Y, "ci"),
 ("a-57", A, "N = 57", "57", "count", 57, 57, "patients", Y, "ATLAS-INH randomized"),
 ("a-1.7", A, "ABR 1.7 [95% CI", "1.7", "rate", 1.7, 1.7, ABR, Y, "ATLAS-INH 80 mg mean ABR"),
 ("a-1.7ci", A, "1.0–2.7", "1.0–2.7", "rate", 1.0, 2.7, ABR, Y, "ci"),
 ("a-18", A, "vs 18.1 [95% CI", "18.1", "rate", 18.1, 18.1, ABR, Y, "ATLAS-INH on-demand BPA mean ABR"),
 ("a-18ci", A, "10.6–30.8", "10.6–30.8", "rate", 10.6, 30.8, ABR, Y, "ci"),
 ("a-899", A, "by 89.9% (95% CI", "89.9%", "percent", 89.9, 89.9, "%", Y, "ATLAS-A/B 80 mg ABR reduction"),
 ("a-899ci", A, "84.1–93.6", "84.1–93.6", "percent", 84.1, 93.6, "%", Y, "ci"),
 ("a-120", A, "N = 120", "120", "count", 120, 120, "patients", Y, "ATLAS-A/B randomized"),
 ("a-3.1", A, "ABR 3.1 vs 31.0", "3.1", "rate", 3.1, 3.1, ABR, Y, "ATLAS-A/B 80 mg mean ABR"),
 ("a-31", A, "3.1 vs 31.0", "31.0", "rate", 31.0, 31.0, ABR, Y, "ATLAS-A/B on-demand CFC mean ABR"),
 ("a-qol", A, "−9.68 points", "−9.68 points", "score", -9.68, -9.68, "points", Y, "ATLAS-A/B Haem-A-QoL total score change"),
 ("a-ppx", A, "N = 80", "80", "count", 80, 80, "participants", Y, "ATLAS-PPX enrolled"),
 ("a-2020", A, "paused in 2020", "2020", "date", 2020, 2020, "year", Y, "voluntary dosing pause"),
 ("a-1535", A, "within 15%–35%", "15%–35%", "percent", 15, 35, "%", Y, "AT activity target range"),
 ("a-12", A, "aged ≥12 years", "12 years", "age", 12, 12, "years", Y, "minimum age (eligibility)"),
 ("a-50", A, "starting dose was 50 mg", "50 mg", "dose", 50, 50, "mg", Y, "starting dose"),
 ("a-2mo", A, "50 mg once every 2 months", "2 months", "duration", 2, 2, "months", Y, "starting dose interval"),
 ("a-20", A, "adjusted to 20 mg once", "20 mg", "dose", 20, 20, "mg", N, "adjusted dose option"),
 ("a-2mo2", A, "to 20 mg once every 2 months", "2 months", "duration", 2, 2, "months", N, "adjusted dose interval"),
 ("a-20b", A, "to 20, 50, or 80 mg", "20", "dose", 20, 20, "mg", N, "monthly dose options"),
 ("a-50b", A, "20, 50, or 80 mg", "50", "dose", 50, 50, "mg", N, "monthly dose options"),
 ("a-80b", A, "50, or 80 mg once monthly", "80 mg", "dose", 80, 80, "mg", N, "monthly dose options"),
 ("a-286", A, "(n=286)", "286", "count", 286, 286, "participants", Y, "integrated AT-DR safety population"),
 ("a-213", A, "213 participants were enrolled", "213", "count", 213, 213, "participants", Y, "ATLAS-OLE enrolment on AT-DR (interim)"),
 ("a-78", A, "of whom 78% were", "78%", "percent", 78, 78, "%", Y, "share on once-every-2-months regimens"),
 ("a-2mo3", A, "once-every-2-months regimen", "2-months", "duration", 2, 2, "months", N, "qualifier"),
 ("a-3.7", A, "AT-DR was 3.7 (IQR", "3.7", "rate", 3.7, 3.7, ABR, Y, "OLE median ABR, all participants"),
 ("a-iqr", A, "(IQR 0.0–7.5)", "0.0–7.5", "rate", 0.0, 7.5, ABR, Y, "IQR"),
 ("a-71", A, "by 71% (P<.0001)", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction vs on-demand CFC"),
 ("a-pa", A, "(P<.0001)", ".0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-73", A, "by 73% (P=.0006)", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA"),
 ("a-pb", A, "(P=.0006)", ".0006", "pvalue", 0.0006, 0.0006, "p", N, "p-value"),
 ("a-70", A, "by 70%. ABR", "70%", "percent", 70, 70, "%", Y, "AT-DR ABR reduction vs BPA prophylaxis"),
 ("a-1.4", A, "occurred in 1.4% of participants", "1.4%", "percent", 1.4, 1.4, "%", Y, "thrombotic events on AT-DR"),
 ("a-0.8", A, "(0.8 events per 100 person-years)", "0.8 events per 100 person-years", "rate", 0.8, 0.8, PY, Y, "thrombotic event rate on AT-DR"),
 ("a-2.6", A, "versus 2.6% on the ODR", "2.6%", "percent", 2.6, 2.6, "%", Y, "thrombotic events on 80 mg monthly ODR"),
 ("a-2.3", A, "(2.3 events per 100 person-years)", "2.3 events per 100 person-years", "rate", 2.3, 2.3, PY, Y, "thrombotic event rate on ODR"),
 ("a-one", A, "including one fatal cerebral", "one", "count", 1, 1, "events", Y, "fatal CVST on ODR"),
 ("a-3x", A, "greater than 3× the upper", "3×", "ratio", 3, 3, "x ULN", N, "threshold"),
 ("a-3.4", A, "in 3.4% of AT-DR", "3.4%", "percent", 3.4, 3.4, "%", Y, "ALT >3x ULN on AT-DR"),
 ("a-89", A, "median of 89 days", "89 days", "duration", 89, 89, "days", Y, "median onset of ALT rise"),
 ("a-range", A, "range 15–768 days", "15–768 days", "duration", 15, 768, "days", Y, "range of onset"),
 ("a-2of", A, "in 2 of 286 participants", "2", "count", 2, 2, "participants", Y, "dosing interruptions for transaminases"),
 ("a-286b", A, "2 of 286 participants", "286", "count", 286, 286, "participants", N, "denominator repeat"),
 ("a-0.7", A, "(0.7%)", "0.7%", "percent", 0.7, 0.7, "%", Y, "dosing interruptions share"),
 ("a-4", A, "discontinuation in 4 participants", "4", "count", 4, 4, "participants", Y, "discontinuations due to AEs"),
 ("a-1.4b", A, "4 participants (1.4%)", "1.4%", "percent", 1.4, 1.4, "%", Y, "discontinuation share"),
 ("a-29", A, "viral infection (29%)", "29%", "percent", 29, 29, "%", Y, "viral infection rate"),
 ("a-26", A, "nasopharyngitis (26%)", "26%", "percent", 26, 26, "%", Y, "nasopharyngitis rate"),
 ("a-11", A, "bacterial infection (11%)", "11%", "percent", 11, 11, "%", Y, "bacterial infection rate"),
 ("a-1535b", A, "activity of 15%–35% lowered", "15%–35%", "percent", 15, 35, "%", Y, "AT activity target range (repeat)"),
 ("a-6", A, "as few as 6 injections", "6", "count", 6, 6, "injections per year", Y, "minimum injections per year"),

 # ---- FI04 explainer (2025-07-15)
 ("e-rev", E, "Reviewed July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-mar", E, "approved it in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("e-12", E, "aged 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("e-5000", E, "about 1 in 5,000 male births", "1 in 5,000", "percent", 0.02, 0.02, "%", Y, "hemophilia A incidence (male births)"),
 ("e-33k", E, "About 33,000 males", "33,000", "count", 33000, 33000, "people", Y, "people with hemophilia in the US"),
 ("e-30", E, "About 30% of people with severe", "30%", "percent", 30, 30, "%", Y, "inhibitor share, severe hemophilia A"),
 ("e-5inh", E, "about 5% of people with hemophilia B", "5%", "percent", 5, 5, "%", Y, "inhibitor share, hemophilia B"),
 ("e-50", E, "starts at 50 mg once", "50 mg", "dose", 50, 50, "mg", Y, "starting dose"),
 ("e-2mo", E, "50 mg once every two months", "two months", "duration", 2, 2, "months", Y, "starting dose interval"),
 ("e-20", E, "lowered to 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "reduced dose option"),
 ("e-six", E, "only six injections a year", "six", "count", 6, 6, "injections per year", Y, "minimum injections per year"),
 ("e-60", E, "below 60%", "60%", "percent", 60, 60, "%", Y, "baseline AT threshold for starting"),
 ("e-wk4", E, "weeks 4, 12", "4", "duration", 4, 4, "weeks", N, "AT check timepoint"),
 ("e-wk12", E, "4, 12, 20", "12", "duration", 12, 12, "weeks", N, "AT check timepoint"),
 ("e-wk20", E, "12, 20 and 24", "20", "duration", 20, 20, "weeks", N, "AT check timepoint"),
 ("e-wk24", E, "20 and 24 after", "24", "duration", 24, 24, "weeks", N, "AT check timepoint"),
 ("e-1535", E, "between 15% and 35%", "15% and 35%", "percent", 15, 35, "%", Y, "AT activity target range"),
 ("e-two", E, "The two trials that supported", "two", "count", 2, 2, "trials", N, "qualifier"),
 ("e-120", E, "enrolled 120 male patients", "120", "count", 120, 120, "patients", Y, "pivotal trials total enrolment (INH + A/B)"),
 ("e-73", E, "had 73% fewer", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA, inhibitors"),
 ("e-71", E, "and 71% fewer", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction vs on-demand CFC, no inhibitors"),
 ("e-6mo", E, "ran for six months", "six months", "duration", 6, 6, "months", Y, "parent trial treatment period"),
 ("e-213", E, "where 213 people", "213", "count", 213, 213, "participants", Y, "ATLAS-OLE enrolment on AT-DR (interim)"),
 ("e-45", E, "run at 45 sites", "45", "count", 45, 45, "sites", Y, "ATLAS-A/B sites"),
 ("e-17", E, "in 17 countries", "17", "count", 17, 17, "countries", Y, "ATLAS-A/B countries"),
 ("e-51", E, "17 countries, 51% of people", "51%", "percent", 51, 51, "%", Y, "ATLAS-A/B fitusiran arm zero treated bleeds"),
 ("e-5", E, "compared with 5% of people treating", "5%", "percent", 5, 5, "%", Y, "ATLAS-A/B on-demand arm zero treated bleeds"),
 ("e-66", E, "the figure was 66%", "66%", "percent", 66, 66, "%", Y, "ATLAS-INH fitusiran arm zero treated bleeds"),
 ("e-ppx", E, "ATLAS-PPX, enrolled 80 people", "80", "count", 80, 80, "participants", Y, "ATLAS-PPX enrolled"),
 ("e-1.4", E, "clots occurred in 1.4% of patients", "1.4%", "percent", 1.4, 1.4, "%", Y, "thrombotic events on AT-DR"),
 ("e-2.6", E, "compared with 2.6% on", "2.6%", "percent", 2.6, 2.6, "%", Y, "thrombotic events on 80 mg monthly"),
 ("e-80", E, "fixed 80 mg monthly dose", "80 mg", "dose", 80, 80, "mg", Y, "original fixed monthly dose"),
 ("e-3.4", E, "3.4% of patients on the approved", "3.4%", "percent", 3.4, 3.4, "%", Y, "ALT >3x ULN on AT-DR"),
 ("e-3x", E, "more than three times the upper", "three times", "ratio", 3, 3, "x ULN", N, "threshold"),
 ("e-6mo2", E, "the first 6 months", "6 months", "duration", 6, 6, "months", N, "liver monitoring period"),
 ("e-2017", E, "blood clot in 2017", "2017", "date", 2017, 2017, "year", Y, "fatal phase 2 OLE clot / hold"),
 ("e-oct20", E, "Then in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "voluntary dosing pause"),
 ("e-dec20", E, "resumed in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "dosing resumed"),
 ("e-18", E, "delayed by up to 18 months", "18 months", "duration", 18, 18, "months", Y, "submission delay after pause"),

 # ---- FI05 blog (2026-01-14)
 ("b-date", B, "January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap6", B, "Six pens a year", "Six", "count", 6, 6, "injections per year", N, "image caption"),
 ("b-lastmar", B, "approved Qfitlia last March", "last March", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-twice", B, "factor IX twice a week", "twice", "count", 2, 2, "infusions per week", N, "personal aside"),
 ("b-50", B, "starts at 50 mg", "50 mg", "dose", 50, 50, "mg", Y, "starting dose"),
 ("b-2mo", B, "50 mg every two months", "two months", "duration", 2, 2, "months", Y, "starting dose interval"),
 ("b-1535", B, "between 15% and 35%", "15% and 35%", "percent", 15, 35, "%", Y, "AT activity target range"),
 ("b-wk4", B, "check at week 4", "week 4", "duration", 4, 4, "weeks", N, "personal timepoint"),
 ("b-22", B, "back at 22%", "22%", "percent", 22, 22, "%", N, "blogger's own AT level"),
 ("b-71", B, "a 71% cut", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction, inhibitors (as written)"),
 ("b-73", B, "and a 73% cut", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction, no inhibitors (as written)"),
 ("b-51", B, "51% of those", "51%", "percent", 51, 51, "%", Y, "ATLAS-A/B fitusiran arm zero treated bleeds"),
 ("b-zero", B, "had zero treated bleeds", "zero", "count", 0, 0, "bleeds", N, "definitional"),
 ("b-oct21", B, "in October 2021", "October 2021", "date", 2021, 2021, "year", Y, "voluntary dosing pause"),
 ("b-4", B, "About 4% of people", "4%", "percent", 4, 4, "%", Y, "ALT >3x ULN on AT-DR"),
 ("b-3x", B, "above three times the normal", "three times", "ratio", 3, 3, "x ULN", N, "threshold"),
 ("b-6mo", B, "the first six months", "six months", "duration", 6, 6, "months", N, "liver monitoring period"),
 ("b-twoeff", B, "the two effects stack", "two", "count", 2, 2, "effects", N, "aside"),
 ("b-462", B, "$462,000", "$462,000", "money", 462000, 462000, "USD", Y, "annual list price"),
 ("b-appeal", B, "and one appeal", "one", "count", 1, 1, "appeals", N, "personal aside"),
 ("b-lastmo", B, "China approved Qfitlia last month", "last month", "date", 2025, 2025, "year", Y, "China approval"),
 ("b-4000", B, "about 1 in 4,000 males", "1 in 4,000", "percent", 0.025, 0.025, "%", Y, "hemophilia A frequency (males)"),
 ("b-6mochk", B, "my 6-month antithrombin", "6-month", "duration", 6, 6, "months", N, "personal timepoint"),
 ("b-rel15", B, "level of 15% actually", "15%", "percent", 15, 15, "%", N, "related-link title"),
 ("b-rel2y", B, "two years later", "two years", "duration", 2, 2, "years", N, "related-link title"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- FI06 trade (2025-04-09), hard-wrapped
 ("l-h642", L, "a $642,000 price tag", "$642,000", "money", 642000, 642000, "USD", N, "headline repeat"),
 ("l-dl", L, "April 9, 2025", "April 9, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-lastmo", L, "approved late last month", "late last month", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("l-12", L, "for patients 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("l-four", L, "all four groups", "four", "count", 4, 4, "groups", N, "aside"),
 ("l-single", L, "with a single product", "single", "count", 1, 1, "products", N, "aside"),
 ("l-642", L, "cost of about $642,000,", "$642,000", "money", 642000, 642000, "USD", Y, "average annual WAC"),
 ("l-six", L, "At six injections a year", "six", "count", 6, 6, "injections per year", Y, "minimum injections per year"),
 ("l-107", L, "$107,000 per injection", "$107,000", "money", 107000, 107000, "USD", Y, "price per injection (derived)"),
 ("l-80", L, "starts at 80 mg once", "80 mg", "dose", 80, 80, "mg", Y, "starting dose"),
 ("l-2mo", L, "once every two months, after", "two months", "duration", 2, 2, "months", Y, "starting dose interval"),
 ("l-1535", L, "between 15% and 35%", "15% and 35%", "percent", 15, 35, "%", Y, "AT activity target range"),
 ("l-wk4", L, "at weeks 4,", "4", "duration", 4, 4, "weeks", N, "AT check timepoint"),
 ("l-wk12", L, "4, 12, 20", "12", "duration", 12, 12, "weeks", N, "AT check timepoint"),
 ("l-wk20", L, "12, 20 and 24", "20", "duration", 20, 20, "weeks", N, "AT check timepoint"),
 ("l-wk24", L, "20 and 24.", "24", "duration", 24, 24, "weeks", N, "AT check timepoint"),
 ("l-twotr", L, "The two randomized trials", "two", "count", 2, 2, "trials", N, "qualifier"),
 ("l-177", L, "approval enrolled 177 patients", "177", "count", 177, 177, "patients", Y, "pivotal trials total enrolment"),
 ("l-75", L, "ATLAS-INH randomized 75", "75", "count", 75, 75, "patients", Y, "ATLAS-INH randomized"),
 ("l-177s", L, "screened 177 men", "177", "count", 177, 177, "patients", Y, "ATLAS-A/B screened"),
 ("l-120", L, "randomized 120 without", "120", "count", 120, 120, "patients", Y, "ATLAS-A/B randomized"),
 ("l-64", L, "at 64 centers", "64", "count", 64, 64, "sites", Y, "ATLAS-A/B sites (registry)"),
 ("l-19", L, "in 19 countries", "19", "count", 19, 19, "countries", Y, "ATLAS-A/B countries (registry)"),
 ("l-65", L, "enrolled 65 patients", "65", "count", 65, 65, "participants", Y, "ATLAS-PPX enrolled"),
 ("l-73", L, "fell 73% versus", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA, inhibitors"),
 ("l-71", L, "and 71% versus", "71%", "percent", 71, 71, "%", Y, "AT-DR ABR reduction vs on-demand CFC, no inhibitors"),
 ("l-two", L, "Two pharmacy directors", "Two", "count", 2, 2, "people", N, "aside"),
 ("l-oct20", L, "dosing in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "voluntary dosing pause"),
 ("l-year", L, "by up to a year", "a year", "duration", 1, 1, "years", Y, "submission delay after pause"),
 ("l-2017", L, "hold in 2017", "2017", "date", 2017, 2017, "year", Y, "fatal phase 2 OLE clot / hold"),
 ("l-2014", L, "under a 2014 agreement", "2014", "date", 2014, 2014, "year", Y, "Sanofi global rights (as stated)"),

 # ---- FI07 fact-check (2025-05-20)
 ("f-h1m", F, "cost $1 million a year? No", "$1 million", "money", 1000000, 1000000, "USD", N, "headline (claim under review)"),
 ("f-dl", F, "May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-doz1", F, "killed dozens of patients in its trials", "dozens", "count", None, None, "deaths", N, "claim under review (vague)"),
 ("f-weeks", F, "in a few weeks", "a few weeks", "duration", None, None, "weeks", N, "claim under review (vague)"),
 ("f-1m", F, "costs $1 million a year per patient", "$1 million", "money", 1000000, 1000000, "USD", N, "claim under review"),
 ("f-one", F, "One participant in an early", "One", "count", 1, 1, "deaths", Y, "deaths in fitusiran program"),
 ("f-doz2", F, "there were not dozens", "dozens", "count", None, None, "deaths", N, "claim under review (vague)"),
 ("f-dec1", F, "about a decade, and its", "about a decade", "duration", 10, 10, "years", Y, "time tested in humans"),
 ("f-below1m", F, "well below $1 million", "$1 million", "money", 1000000, 1000000, "USD", N, "claim under review"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "aside (post reach)"),
 ("f-lastyr", F, "in March of last year", "March of last year", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-12", F, "for people 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("f-onedeath", F, "We found one death", "one", "count", 1, 1, "deaths", Y, "deaths in fitusiran program"),
 ("f-sep17", F, "In September 2017", "September 2017", "date", 2017, 2017, "year", Y, "fatal phase 2 OLE clot"),
 ("f-dec17", F, "in December 2017 after", "December 2017", "date", 2017, 2017, "year", Y, "hold lifted"),
 ("f-2.6", F, "occurred in 2.6% of patients", "2.6%", "percent", 2.6, 2.6, "%", Y, "thrombotic events on AT-DR (as written)"),
 ("f-15", F, "stays below 15%", "15%", "percent", 15, 15, "%", Y, "AT threshold for higher clot risk"),
 ("f-two", F, "trial, two patients on", "two", "count", 2, 2, "patients", Y, "ATLAS-INH patients with thrombotic events on 80 mg"),
 ("f-80", F, "fixed 80 mg monthly dose had", "80 mg", "dose", 80, 80, "mg", N, "qualifier (original dose)"),
 ("f-oct20", F, "dosing in October 2020", "October 2020", "date", 2020, 2020, "year", Y, "voluntary dosing pause"),
 ("f-18", F, "by up to 18 months", "18 months", "duration", 18, 18, "months", Y, "submission delay after pause"),
 ("f-dec2", F, "about a decade. The pivotal", "about a decade", "duration", 10, 10, "years", Y, "time tested in humans"),
 ("f-57", F, "ATLAS-INH with 57", "57", "count", 57, 57, "patients", Y, "ATLAS-INH randomized"),
 ("f-120", F, "ATLAS-A/B with 120", "120", "count", 120, 120, "patients", Y, "ATLAS-A/B randomized"),
 ("f-9mo", F, "for nine months", "nine months", "duration", 9, 9, "months", Y, "parent trial treatment period"),
 ("f-1.9", F, "rate of 1.9 across", "1.9", "rate", 1.9, 1.9, ABR, Y, "OLE median ABR, all participants (as written)"),
 ("f-73", F, "was 73% lower", "73%", "percent", 73, 73, "%", Y, "AT-DR ABR reduction vs on-demand BPA, inhibitors"),
 ("f-642", F, "at about $642,000. That", "$642,000", "money", 642000, 642000, "USD", Y, "average annual WAC"),
 ("f-notm", F, "but it is not $1 million", "$1 million", "money", 1000000, 1000000, "USD", N, "claim under review"),
 ("f-doz3", F, "does not show dozens", "dozens", "count", None, None, "deaths", N, "quote (vague)"),
 ("f-doz4", F, "Qfitlia \"killed dozens\"", "dozens", "count", None, None, "deaths", N, "claim under review (vague)"),
 ("f-onefatal", F, "we found one fatal clot", "one", "count", 1, 1, "deaths", Y, "deaths in fitusiran program"),
 ("f-2017r", F, "in 2017, in an earlier", "2017", "date", 2017, 2017, "year", Y, "fatal phase 2 OLE clot"),
 ("f-ten", F, "roughly ten years", "ten years", "duration", 10, 10, "years", Y, "time tested in humans"),
 ("f-642r", F, "about $642,000 a year, not", "$642,000", "money", 642000, 642000, "USD", Y, "average annual WAC (ruling)"),
 ("f-notm2", F, "not $1 million. We rate", "$1 million", "money", 1000000, 1000000, "USD", N, "claim under review"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: "March of last year" (pub 2025-05-20 -> 2024) vs 2025
 ("f-lastyr", "w-fri", S), ("f-lastyr", "p-us", S), ("f-lastyr", "e-mar", S), ("f-lastyr", "b-lastmar", S), ("f-lastyr", "l-lastmo", S),
 # S2 dosing pause year 2021 vs 2020
 ("b-oct21", "w-oct20", S), ("b-oct21", "a-2020", S), ("b-oct21", "e-oct20", S), ("b-oct21", "l-oct20", S), ("b-oct21", "f-oct20", S),
 # S3 pivotal trials total 120 (A/B only) vs 177
 ("e-120", "w-177", S), ("e-120", "p-177", S), ("e-120", "l-177", S),
 # S4 ATLAS-INH randomized 75 (transposed) vs 57
 ("l-75", "a-57", S), ("l-75", "f-57", S),
 # S5 inhibitor-arm reduction 71 (swapped) vs 73
 ("b-71", "w-73", S), ("b-71", "p-73", S), ("b-71", "a-73", S), ("b-71", "e-73", S), ("b-71", "l-73", S), ("b-71", "f-73", S),
 # S6 non-inhibitor reduction 73 (swapped) vs 71
 ("b-73", "w-71", S), ("b-73", "p-71", S), ("b-73", "a-71", S), ("b-73", "e-71", S), ("b-73", "l-71", S),
 # S7 ALT >3x ULN rounded the wrong way
 ("b-4", "a-3.4", S), ("b-4", "e-3.4", S),
 # S8 starting dose 80 mg vs 50 mg
 ("l-80", "w-50", S), ("l-80", "a-50", S), ("l-80", "e-50", S), ("l-80", "b-50", S),
 # S9 annual list price $462,000 (transposed) vs $642,000
 ("b-462", "w-642", S), ("b-462", "l-642", S), ("b-462", "f-642", S), ("b-462", "f-642r", S),
 # S10 ATLAS-OLE enrolment: 286 (integrated safety population) vs 213
 ("p-286", "a-213", S), ("p-286", "e-213", S),
 # S11 parent-trial treatment period six months (PPX's figure) vs nine
 ("e-6mo", "w-9mo", S), ("e-6mo", "f-9mo", S),
 # S12 ATLAS-PPX enrolled 65 (ABR-analysis set) vs 80
 ("l-65", "a-ppx", S), ("l-65", "e-ppx", S),
 # S13 OLE median ABR, all participants: 1.9 (inhibitor subgroup) vs 3.7
 ("f-1.9", "a-3.7", S),
 # S14 thrombotic events on AT-DR: 2.6% (ODR arm) vs 1.4%
 ("f-2.6", "a-1.4", S), ("f-2.6", "e-1.4", S), ("f-2.6", "p-1.4", S),
 # S15 submission delay: up to a year vs up to 18 months
 ("l-year", "e-18", S), ("l-year", "f-18", S),
 # S16 ATLAS-A/B zero-bleed share: 66% (ATLAS-INH figure) vs 51%
 ("w-66", "e-51", S), ("w-66", "b-51", S),
 # S17 ATLAS-INH thrombotic-event patients: three vs two
 ("w-three", "f-two", S),
 # Qualified (real discrepancies between real sources)
 ("e-45", "l-64", Q), ("e-17", "l-19", Q),
 ("w-2018", "l-2014", Q),
 ("w-30k", "e-33k", Q),
 ("e-5000", "b-4000", Q),
 ("a-31", "p-31", Q), ("a-18", "p-19", Q),
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
        rows.append({"type": "claim", "id": f"fi-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"fi-{a}", f"fi-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT ID MISSING", a, b); ok = False; continue
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
