#!/usr/bin/env python3
"""Build imetelstat.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "imetelstat")
OUT = os.path.join(HERE, "imetelstat.gold.jsonl")
T = "imetelstat"

W, P, A, E, B, L, F = ("im01_wire.txt", "im02_press.txt", "im03_abstract.txt",
                       "im04_explainer.txt", "im05_blog.txt", "im06_local.txt", "im07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- im01 wire (2024-06-07)
 ("w-dl", W, "June 7 (Harbor", "June 7", "date", 2024, 2024, "year", N, "dateline"),
 ("w-fri", W, "jumped on Friday", "Friday", "date", 2024, 2024, "year", N, "as-of date of stock move (june 7)"),
 ("w-206", W, "up 20.6% at", "20.6%", "percent", 20.6, 20.6, "%", Y, "geron share move day after approval (afternoon)"),
 ("w-470", W, "at $4.70 in", "$4.70", "money", 4.70, 4.70, "USD", Y, "geron share price day after approval"),
 ("w-ytd", W, "more than doubled so far", "doubled", "ratio", 2, 2, "x", N, "ytd share gain 2024"),
 ("w-thu", W, "on Thursday, ten days", "Thursday", "date", 2024, 2024, "year", Y, "fda approval date (2024-06-06)"),
 ("w-ten", W, "ten days ahead", "ten days", "duration", 10, 10, "days", N, "approval ahead of pdufa"),
 ("w-jun16", W, "the June 16 target date", "June 16", "date", 2024, 2024, "year", Y, "pdufa target action date"),
 ("w-4u", W, "need four or more units", "four", "count", 4, 4, "units", Y, "eligibility: rbc units per 8 weeks"),
 ("w-8wkE", W, "red blood cells over eight weeks", "eight weeks", "duration", 8, 8, "weeks", N, "eligibility window"),
 ("w-9884", W, "price of $9,884", "$9,884", "money", 9884, 9884, "USD", Y, "wac per 188 mg vial"),
 ("w-188", W, "188-milligram vial", "188-milligram", "dose", 188, 188, "mg", N, "vial strength"),
 ("w-2471", W, "$2,471 for the", "$2,471", "money", 2471, 2471, "USD", Y, "wac per 47 mg vial"),
 ("w-47", W, "47-milligram vial", "47-milligram", "dose", 47, 47, "mg", N, "vial strength"),
 ("w-71", W, "infusion of 7.1 mg per kilogram", "7.1 mg per kilogram", "dose", 7.1, 7.1, "mg/kg", Y, "approved dose"),
 ("w-q4w", W, "body weight every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("w-endjun", W, "by the end of June", "end of June", "date", 2024, 2024, "year", N, "188 mg vial availability"),
 ("w-178", W, "which enrolled 178 patients", "178", "count", 178, 178, "patients", Y, "imerge phase 3 enrollment"),
 ("w-398", W, "178 patients, 39.8% of those", "39.8%", "percent", 39.8, 39.8, "%", Y, "8-week rbc-ti imetelstat"),
 ("w-8wkT", W, "went at least eight weeks without", "eight weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("w-15", W, "compared with 15% of patients", "15%", "percent", 15, 15, "%", Y, "8-week rbc-ti placebo"),
 ("w-24", W, "For 24 weeks or longer", "24 weeks", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("w-28", W, "the rates were 28%", "28%", "percent", 28, 28, "%", Y, "24-week rbc-ti imetelstat"),
 ("w-33", W, "28% and 3.3%", "3.3%", "percent", 3.3, 3.3, "%", Y, "24-week rbc-ti placebo"),
 ("w-8wkM", W, "reached the eight-week mark", "eight-week", "duration", 8, 8, "weeks", N, "responder definition"),
 ("w-15yr", W, "a median of about a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", Y, "median rbc-ti duration, 8-week responders"),
 ("w-v12", W, "voted 12-2 in March", "12", "vote", 12, 12, "votes", Y, "odac votes for"),
 ("w-v2", W, "-2 in March", "2", "vote", 2, 2, "votes", Y, "odac votes against"),
 ("w-mar", W, "12-2 in March that", "March", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("w-tripled", W, "shares nearly tripled the day after", "tripled", "ratio", 3, 3, "x", Y, "share move day after odac vote"),
 ("w-933", W, "sales of $933 million", "$933 million", "money", 933000000, 933000000, "USD", Y, "analyst rytelo sales forecast (baird)"),
 ("w-2028", W, "$933 million in 2028", "2028", "date", 2028, 2028, "year", Y, "year of the $933m forecast"),
 ("w-700", W, "peak annual sales of $700 million", "$700 million", "money", 700000000, 700000000, "USD", Y, "analyst peak sales forecast (b. riley)"),
 ("w-lastyr", W, "expanded FDA approval last year", "last year", "date", 2023, 2023, "year", Y, "reblozyl expanded approval (rival)"),
 ("w-8000", W, "about 8,000 U.S. healthcare", "8,000", "count", 8000, 8000, "professionals", Y, "launch target hcps"),
 ("w-lastmo", W, "said last month that", "last month", "date", 2024, 2024, "year", N, "icer draft report date"),
 ("w-119k", W, "around $119,000 a year", "$119,000", "money", 119000, 119000, "USD", Y, "icer cost-effective price (draft)"),
 ("w-10k", W, "at least 10,000 people", "10,000", "count", 10000, 10000, "people", Y, "us mds diagnoses per year"),
 ("w-1990", W, "founded in 1990", "1990", "date", 1990, 1990, "year", N, "company founding"),
 ("w-3dec", W, "more than three decades", "three decades", "duration", 30, 30, "years", N, "aside"),

 # ---- im02 press (2024-11-07)
 ("p-h375", P, "Up to $375 Million in Funding", "$375 Million", "money", 375000000, 375000000, "USD", N, "headline repeat"),
 ("p-s250", P, "Geron received $250 million in gross", "$250 million", "money", 250000000, 250000000, "USD", Y, "cash at closing"),
 ("p-s125", P, "access to an additional $125 million in debt", "$125 million", "money", 125000000, 125000000, "USD", Y, "additional debt available"),
 ("p-dl", P, "November 7, 2024 /BUSINESS", "November 7, 2024", "date", 2024, 2024, "year", N, "dateline (financing announced)"),
 ("p-375", P, "today announced up to $375 million", "$375 million", "money", 375000000, 375000000, "USD", Y, "total financing"),
 ("p-125roy", P, "comprised of a $125 million synthetic royalty", "$125 million", "money", 125000000, 125000000, "USD", Y, "royalty pharma synthetic royalty"),
 ("p-250debt", P, "$250 million of committed", "$250 million", "money", 250000000, 250000000, "USD", Y, "pharmakon committed debt"),
 ("p-125close", P, "has provided $125 million at closing", "$125 million", "money", 125000000, 125000000, "USD", N, "royalty amount (repeat)"),
 ("p-775", P, "RYTELO of 7.75% of annual", "7.75%", "percent", 7.75, 7.75, "%", Y, "royalty rate tier 1"),
 ("p-500a", P, "net sales up to $500 million, 3.0%", "$500 million", "money", 500000000, 500000000, "USD", Y, "tier 1 ceiling"),
 ("p-30", P, "3.0% of annual net sales", "3.0%", "percent", 3.0, 3.0, "%", Y, "royalty rate tier 2"),
 ("p-500b", P, "between $500 million and $1.0 billion", "$500 million and $1.0 billion", "money", 500000000, 1000000000, "USD", Y, "tier 2 band"),
 ("p-10", P, "and 1.0% of annual net sales", "1.0%", "percent", 1.0, 1.0, "%", Y, "royalty rate tier 3"),
 ("p-1b", P, "sales over $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "tier 3 threshold"),
 ("p-2031", P, "through June 30, 2031", "June 30, 2031", "date", 2031, 2031, "year", Y, "royalty cap test date"),
 ("p-165", P, "reach 1.65 times its investment", "1.65 times", "ratio", 1.65, 1.65, "x", Y, "royalty cap multiple (early)"),
 ("p-20x", P, "received 2.0 times its investment", "2.0 times", "ratio", 2.0, 2.0, "x", Y, "royalty cap multiple (otherwise)"),
 ("p-5yr", P, "a five-year senior secured", "five-year", "duration", 5, 5, "years", Y, "pharmakon loan term"),
 ("p-250loan", P, "term loan of up to $250 million", "$250 million", "money", 250000000, 250000000, "USD", Y, "pharmakon loan size"),
 ("p-125tr", P, "first tranche of $125 million", "$125 million", "money", 125000000, 125000000, "USD", Y, "first tranche drawn"),
 ("p-75", P, "second tranche of $75 million", "$75 million", "money", 75000000, 75000000, "USD", Y, "second tranche"),
 ("p-50", P, "third tranche of $50 million", "$50 million", "money", 50000000, 50000000, "USD", Y, "third tranche"),
 ("p-dec25", P, "before December 31, 2025", "December 31, 2025", "date", 2025, 2025, "year", Y, "tranche draw deadline"),
 ("p-jun6", P, "Administration on June 6, 2024", "June 6, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("p-4u", P, "requiring 4 or more red", "4", "count", 4, 4, "units", Y, "eligibility: rbc units per 8 weeks"),
 ("p-8wkE", P, "red blood cell units over 8 weeks", "8 weeks", "duration", 8, 8, "weeks", N, "eligibility window"),
 ("p-v12", P, "a 12 to 2 vote", "12", "vote", 12, 12, "votes", Y, "odac votes for"),
 ("p-v2", P, "to 2 vote by", "2", "vote", 2, 2, "votes", Y, "odac votes against"),
 ("p-mar14", P, "on March 14, 2024 in favor", "March 14, 2024", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("p-71", P, "dosage is 7.1 mg/kg", "7.1 mg/kg", "dose", 7.1, 7.1, "mg/kg", Y, "approved dose"),
 ("p-2h", P, "infusion over 2 hours", "2 hours", "duration", 2, 2, "hours", Y, "infusion length"),
 ("p-q4w", P, "2 hours every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("p-398", P, "trial, 39.8% of patients", "39.8%", "percent", 39.8, 39.8, "%", Y, "8-week rbc-ti imetelstat"),
 ("p-8wkT", P, "lasting at least 8 weeks, versus", "8 weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("p-150", P, "versus 15.0% with placebo", "15.0%", "percent", 15.0, 15.0, "%", Y, "8-week rbc-ti placebo"),
 ("p-280", P, "and 28.0% achieved", "28.0%", "percent", 28.0, 28.0, "%", Y, "24-week rbc-ti imetelstat"),
 ("p-24wkT", P, "lasting at least 24 weeks, versus", "24 weeks", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("p-33", P, "versus 3.3% with placebo", "3.3%", "percent", 3.3, 3.3, "%", Y, "24-week rbc-ti placebo"),
 ("p-1yr", P, "approximately 1 year for 8-week", "1 year", "duration", 1, 1, "years", Y, "median rbc-ti duration, 8-week responders"),
 ("p-8r", P, "year for 8-week responders", "8-week", "duration", 8, 8, "weeks", N, "responder definition"),
 ("p-15yr", P, "approximately 1.5 years", "1.5 years", "duration", 1.5, 1.5, "years", Y, "median rbc-ti duration, 24-week responders"),
 ("p-24r", P, "years for 24-week responders", "24-week", "duration", 24, 24, "weeks", N, "responder definition"),
 ("p-72", P, "neutropenia (72%)", "72%", "percent", 72, 72, "%", Y, "label grade 3/4 neutropenia"),
 ("p-56", P, "thrombocytopenia (56%)", "56%", "percent", 56, 56, "%", Y, "label grade 3/4 thrombocytopenia"),
 ("p-2cyc", P, "weekly for the first two cycles", "two", "count", 2, 2, "cycles", N, "monitoring schedule"),
 ("p-1996", P, "Founded in 1996", "1996", "date", 1996, 1996, "year", N, "about section"),

 # ---- im03 abstract (2024-12-09)
 ("a-pub", A, "Published online 9 December 2024", "9 December 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-42", A, "in which 42% of 38", "42%", "percent", 42, 42, "%", Y, "phase 2 8-week rbc-ti"),
 ("a-38", A, "42% of 38 patients", "38", "count", 38, 38, "patients", Y, "phase 2 enrollment"),
 ("a-8wkbg", A, "reached 8-week RBC transfusion independence", "8-week", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("a-88", A, "median duration of 88 weeks", "88 weeks", "duration", 88, 88, "weeks", Y, "phase 2 median rbc-ti duration"),
 ("a-118s", A, "at 118 sites", "118", "count", 118, 118, "sites", Y, "trial sites"),
 ("a-17", A, "in 17 countries", "17", "count", 17, 17, "countries", Y, "trial countries"),
 ("a-4u", A, "at least 4 RBC units", "4", "count", 4, 4, "units", Y, "eligibility: rbc units per 8 weeks"),
 ("a-8wkE", A, "RBC units over 8 weeks were", "8 weeks", "duration", 8, 8, "weeks", N, "eligibility window"),
 ("a-enr", A, "between September 2019 and October 2021", "September 2019 and October 2021", "date", 2019, 2021, "year", Y, "enrollment period"),
 ("a-21", A, "assigned 2:1 to", "2:1", "ratio", 2, 2, "ratio", Y, "randomization ratio"),
 ("a-75", A, "imetelstat 7.5 mg/kg", "7.5 mg/kg", "dose", 7.5, 7.5, "mg/kg", Y, "trial dose (as imetelstat sodium)"),
 ("a-2h", A, "as a 2-hour intravenous", "2-hour", "duration", 2, 2, "hours", Y, "infusion length"),
 ("a-q4w", A, "infusion every 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("a-46", A, "(4–6 vs >6 units", "4–6", "count", 4, 6, "units", N, "stratum"),
 ("a-gt6", A, "vs >6 units", "6", "count", 6, 6, "units", N, "stratum"),
 ("a-8wkS", A, "units per 8 weeks) and IPSS", "8 weeks", "duration", 8, 8, "weeks", N, "stratum window"),
 ("a-8wkP", A, "primary endpoint was 8-week", "8-week", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("a-24wkP", A, "8-week RBC-TI; 24-week RBC-TI", "24-week", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("a-oct22", A, "October 2022 data cutoff", "October 2022", "date", 2022, 2022, "year", N, "data cutoff"),
 ("a-1yrE", A, "cutoff; 1-year RBC-TI", "1-year", "duration", 1, 1, "years", N, "endpoint timepoint"),
 ("a-oct23", A, "October 2023 cutoff", "October 2023", "date", 2023, 2023, "year", N, "data cutoff"),
 ("a-N", A, "N = 178", "178", "count", 178, 178, "patients", Y, "imerge phase 3 enrollment"),
 ("a-n118", A, "(imetelstat n=118; placebo", "118", "count", 118, 118, "patients", Y, "imetelstat arm randomized"),
 ("a-n60", A, "placebo n=60)", "60", "count", 60, 60, "patients", Y, "placebo arm randomized"),
 ("a-age", A, "median age was 71 years", "71 years", "age", 71, 71, "years", Y, "median age imerge"),
 ("a-6u", A, "burden was 6 units", "6", "count", 6, 6, "units", Y, "median baseline transfusion burden"),
 ("a-8wkB", A, "6 units per 8 weeks. Median", "8 weeks", "duration", 8, 8, "weeks", N, "burden window"),
 ("a-195", A, "19.5 months", "19.5 months", "duration", 19.5, 19.5, "months", Y, "median follow-up imetelstat"),
 ("a-175", A, "17.5 months", "17.5 months", "duration", 17.5, 17.5, "months", Y, "median follow-up placebo"),
 ("a-8wkR", A, "17.5 months with placebo. 8-week", "8-week", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("a-47", A, "reached by 47 of", "47", "count", 47, 47, "patients", Y, "8-week responders imetelstat"),
 ("a-118b", A, "47 of 118 patients", "118", "count", 118, 118, "patients", N, "denominator repeat"),
 ("a-398", A, "(39.8%, 95% CI", "39.8%", "percent", 39.8, 39.8, "%", Y, "8-week rbc-ti imetelstat"),
 ("a-398ci", A, "30.9–49.3", "30.9–49.3", "percent", 30.9, 49.3, "%", Y, "ci"),
 ("a-9", A, "versus 9 of 60", "9", "count", 9, 9, "patients", Y, "8-week responders placebo"),
 ("a-60b", A, "9 of 60 (15.0%", "60", "count", 60, 60, "patients", N, "denominator repeat"),
 ("a-150", A, "(15.0%, 95% CI", "15.0%", "percent", 15.0, 15.0, "%", Y, "8-week rbc-ti placebo"),
 ("a-150ci", A, "7.1–26.6", "7.1–26.6", "percent", 7.1, 26.6, "%", Y, "ci"),
 ("a-d25", A, "rate difference 25%", "25%", "percent", 25, 25, "pp", Y, "8-week rbc-ti difference"),
 ("a-d25ci", A, "9.9–36.9", "9.9–36.9", "percent", 9.9, 36.9, "pp", Y, "ci"),
 ("a-p1", A, "P=0.0008", "0.0008", "pvalue", 0.0008, 0.0008, "p", N, "p-value"),
 ("a-24wkR", A, "0.0008). 24-week", "24-week", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("a-33", A, "reached by 33 patients", "33", "count", 33, 33, "patients", Y, "24-week responders imetelstat"),
 ("a-280", A, "(28.0%, 95% CI", "28.0%", "percent", 28.0, 28.0, "%", Y, "24-week rbc-ti imetelstat"),
 ("a-280ci", A, "20.1–37.0", "20.1–37.0", "percent", 20.1, 37.0, "%", Y, "ci"),
 ("a-2", A, "versus 2 (3.3%", "2", "count", 2, 2, "patients", Y, "24-week responders placebo"),
 ("a-33p", A, "(3.3%, 95% CI", "3.3%", "percent", 3.3, 3.3, "%", Y, "24-week rbc-ti placebo"),
 ("a-33ci", A, "0.4–11.5", "0.4–11.5", "percent", 0.4, 11.5, "%", Y, "ci"),
 ("a-p2", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-21p", A, "cutoff, 21 patients", "21", "count", 21, 21, "patients", Y, "1-year responders imetelstat"),
 ("a-178p", A, "(17.8%) on imetelstat", "17.8%", "percent", 17.8, 17.8, "%", Y, "1-year rbc-ti imetelstat"),
 ("a-1p", A, "and 1 (1.7%)", "1", "count", 1, 1, "patients", Y, "1-year responders placebo"),
 ("a-17p", A, "(1.7%) on placebo", "1.7%", "percent", 1.7, 1.7, "%", Y, "1-year rbc-ti placebo"),
 ("a-1yrL", A, "lasting at least 1 year, an", "1 year", "duration", 1, 1, "years", N, "endpoint timepoint"),
 ("a-minus", A, "change of −22.0 percentage points", "−22.0 percentage points", "percent", -22.0, -22.0, "pp", Y, "drop 8-week to 1-year rbc-ti, imetelstat arm"),
 ("a-8wkr2", A, "from the 8-week rate", "8-week", "duration", 8, 8, "weeks", N, "landmark"),
 ("a-8wkr3", A, "Among 8-week responders, median", "8-week", "duration", 8, 8, "weeks", N, "responder definition"),
 ("a-516", A, "was 51.6 weeks", "51.6 weeks", "duration", 51.6, 51.6, "weeks", Y, "median rbc-ti duration, 8-week responders imetelstat"),
 ("a-516ci", A, "26.9–83.9", "26.9–83.9", "duration", 26.9, 83.9, "weeks", Y, "ci"),
 ("a-133", A, "versus 13.3 weeks", "13.3 weeks", "duration", 13.3, 13.3, "weeks", Y, "median rbc-ti duration, 8-week responders placebo"),
 ("a-133ci", A, "8.0–24.9", "8.0–24.9", "duration", 8.0, 24.9, "weeks", Y, "ci"),
 ("a-hr", A, "hazard ratio 0.23", "0.23", "ratio", 0.23, 0.23, "HR", Y, "hr loss of rbc-ti"),
 ("a-hrci", A, "0.09–0.57", "0.09–0.57", "ratio", 0.09, 0.57, "HR", Y, "ci"),
 ("a-8wkr4", A, "rise among 8-week responders", "8-week", "duration", 8, 8, "weeks", N, "responder definition"),
 ("a-36", A, "was 3.6 g/dL", "3.6 g/dL", "measure", 3.6, 3.6, "g/dL", Y, "median hb rise, 8-week responders imetelstat"),
 ("a-08", A, "versus 0.8 g/dL", "0.8 g/dL", "measure", 0.8, 0.8, "g/dL", Y, "median hb rise, 8-week responders placebo"),
 ("a-n118s", A, "(imetelstat n=118, placebo", "118", "count", 118, 118, "patients", N, "safety population imetelstat (repeat)"),
 ("a-n59", A, "placebo n=59", "59", "count", 59, 59, "patients", Y, "safety population placebo"),
 ("a-68", A, "neutropenia occurred in 68%", "68%", "percent", 68, 68, "%", Y, "grade 3-4 neutropenia imetelstat (trial)"),
 ("a-3n", A, "68% versus 3%", "3%", "percent", 3, 3, "%", Y, "grade 3-4 neutropenia placebo"),
 ("a-62", A, "thrombocytopenia in 62%", "62%", "percent", 62, 62, "%", Y, "grade 3-4 thrombocytopenia imetelstat (trial)"),
 ("a-8t", A, "62% versus 8%", "8%", "percent", 8, 8, "%", Y, "grade 3-4 thrombocytopenia placebo"),
 ("a-4wk", A, "lower within 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "cytopenia resolution time"),
 ("a-18", A, "needed by 18%", "18%", "percent", 18, 18, "%", Y, "platelet transfusions imetelstat"),
 ("a-2pt", A, "versus 2% on placebo", "2%", "percent", 2, 2, "%", Y, "platelet transfusions placebo"),
 ("a-35", A, "given to 35%", "35%", "percent", 35, 35, "%", Y, "myeloid growth factors imetelstat"),
 ("a-3g", A, "35% versus 3%", "3%", "percent", 3, 3, "%", Y, "myeloid growth factors placebo"),
 ("a-1in6", A, "roughly one in six", "one in six", "percent", 16.667, 16.667, "%", N, "paraphrase of 17.8%"),
 ("a-yearC", A, "for at least a year", "a year", "duration", 1, 1, "years", N, "landmark"),

 # ---- im04 explainer (2025-03-20)
 ("e-upd", E, "Updated March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jun23", E, "approved it in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "fda approval date"),
 ("e-4u", E, "(4 or more units", "4", "count", 4, 4, "units", Y, "eligibility: rbc units per 8 weeks"),
 ("e-8wkE", E, "red blood cells over 8 weeks)", "8 weeks", "duration", 8, 8, "weeks", N, "eligibility window"),
 ("e-178", E, "in which 178 patients", "178", "count", 178, 178, "patients", Y, "imerge phase 3 enrollment"),
 ("e-21", E, "randomly assigned 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "randomization ratio"),
 ("e-40", E, "Nearly 40% of patients", "40%", "percent", 40, 40, "%", Y, "8-week rbc-ti imetelstat"),
 ("e-8wkT", E, "went at least 8 weeks without", "8 weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("e-15", E, "compared with 15% on placebo", "15%", "percent", 15, 15, "%", Y, "8-week rbc-ti placebo"),
 ("e-28", E, "About 28% on the drug", "28%", "percent", 28, 28, "%", Y, "24-week rbc-ti imetelstat"),
 ("e-24", E, "for 24 weeks or more", "24 weeks", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("e-33", E, "compared with 3.3% on placebo", "3.3%", "percent", 3.3, 3.3, "%", Y, "24-week rbc-ti placebo"),
 ("e-1yr", E, "transfusion-free for about a year", "about a year", "duration", 1, 1, "years", Y, "median rbc-ti duration, responders"),
 ("e-36", E, "by about 3.6 g/dL", "3.6 g/dL", "measure", 3.6, 3.6, "g/dL", Y, "median hb rise, responders"),
 ("e-age", E, "in the trial was 72", "72", "age", 72, 72, "years", Y, "median age imerge"),
 ("e-2h", E, "takes about 2 hours", "2 hours", "duration", 2, 2, "hours", Y, "infusion length"),
 ("e-q4w", E, "once every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("e-71", E, "The dose is 7.1 mg per kilogram", "7.1 mg per kilogram", "dose", 7.1, 7.1, "mg/kg", Y, "approved dose"),
 ("e-2cyc", E, "weekly during the first two cycles", "two", "count", 2, 2, "cycles", N, "monitoring schedule"),
 ("e-72", E, "reported in 72% of patients", "72%", "percent", 72, 72, "%", Y, "label grade 3/4 neutropenia"),
 ("e-65", E, "severe thrombocytopenia in 65%", "65%", "percent", 65, 65, "%", Y, "label grade 3/4 thrombocytopenia"),
 ("e-4wk", E, "most resolved within four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "cytopenia resolution time"),
 ("e-8p", E, "About 8% of patients", "8%", "percent", 8, 8, "%", Y, "infusion-related reactions"),
 ("e-13", E, "only 13 of the trial", "13", "count", 13, 13, "patients", Y, "us patients in imerge"),
 ("e-v11", E, "voted 11-3 that", "11", "vote", 11, 11, "votes", Y, "odac votes for"),
 ("e-v3", E, "11-3 that the benefits", "3", "vote", 3, 3, "votes", Y, "odac votes against"),
 ("e-doubled", E, "shares nearly doubled the next day", "doubled", "ratio", 2, 2, "x", Y, "share move day after odac vote"),
 ("e-9884", E, "The list price is $9,884", "$9,884", "money", 9884, 9884, "USD", Y, "wac per 188 mg vial"),
 ("e-188", E, "for a 188 mg vial", "188 mg", "dose", 188, 188, "mg", N, "vial strength"),
 ("e-70kg", E, "who weighs 70 kg", "70 kg", "measure", 70, 70, "kg", N, "weight assumption"),
 ("e-154", E, "(154 pounds)", "154 pounds", "measure", 154, 154, "lb", N, "weight assumption (unit conversion)"),
 ("e-340k", E, "costs about $340,000", "$340,000", "money", 340000, 340000, "USD", Y, "annual cost at list price (70 kg)"),
 ("e-375", E, "up to $375 million in financing", "$375 million", "money", 375000000, 375000000, "USD", Y, "total financing"),
 ("e-nov24", E, "financing in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "financing date"),
 ("e-150", E, "a $150 million synthetic royalty", "$150 million", "money", 150000000, 150000000, "USD", Y, "royalty pharma synthetic royalty"),
 ("e-250", E, "up to $250 million in loans", "$250 million", "money", 250000000, 250000000, "USD", Y, "pharmakon loan size"),
 ("e-aug23", E, "expanded in August 2023", "August 2023", "date", 2023, 2023, "year", Y, "reblozyl expanded approval (rival)"),
 ("e-dec24", E, "approval in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "ema chmp recommendation"),

 # ---- im05 blog (2025-06-18)
 ("b-pub", B, "June 18, 2025", "June 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-h1yr", B, "One year of Rytelo", "One year", "duration", 1, 1, "years", N, "headline"),
 ("b-cap2h", B, "infused over two hours in the clinic", "two hours", "duration", 2, 2, "hours", N, "caption"),
 ("b-1yr", B, "a little over a year since", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-jun6", B, "(Rytelo) on June 6, 2024", "June 6, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("b-lastmar", B, "voted last March", "last March", "date", 2025, 2025, "year", Y, "odac meeting date"),
 ("b-ten", B, "followed ten days before", "ten days", "duration", 10, 10, "days", N, "approval ahead of pdufa"),
 ("b-21", B, "randomized patients 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "randomization ratio"),
 ("b-42", B, "trial, 42% of patients", "42%", "percent", 42, 42, "%", Y, "8-week rbc-ti imetelstat (phase 3 as stated)"),
 ("b-8wkT", B, "at least 8 weeks without a red", "8 weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("b-8r", B, "among 8-week responders the median", "8-week", "duration", 8, 8, "weeks", N, "responder definition"),
 ("b-52", B, "was about 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "median rbc-ti duration, 8-week responders"),
 ("b-24r", B, "made it to 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "responder definition"),
 ("b-80", B, "it was about 80 weeks", "80 weeks", "duration", 80, 80, "weeks", Y, "median rbc-ti duration, 24-week responders"),
 ("b-3g", B, "more than 3 g/dL", "3 g/dL", "measure", 3, 3, "g/dL", Y, "hb rise, responders (bound)"),
 ("b-33", B, "showed 33% reaching", "33%", "percent", 33, 33, "%", Y, "sf3b1-negative 8-week rbc-ti"),
 ("b-8wkS", B, "reaching 8-week independence", "8-week", "duration", 8, 8, "weeks", N, "landmark"),
 ("b-21p", B, "21% reaching 24 weeks", "21%", "percent", 21, 21, "%", Y, "sf3b1-negative 24-week rbc-ti"),
 ("b-24S", B, "reaching 24 weeks and", "24 weeks", "duration", 24, 24, "weeks", N, "landmark"),
 ("b-13", B, "13% reaching a year", "13%", "percent", 13, 13, "%", Y, "sf3b1-negative 1-year rbc-ti"),
 ("b-yrS", B, "13% reaching a year", "a year", "duration", 1, 1, "years", N, "landmark"),
 ("b-50", B, "improved in about 50%", "50%", "percent", 50, 50, "%", Y, "fatigue improvement imetelstat"),
 ("b-40", B, "versus 40% on placebo", "40%", "percent", 40, 40, "%", Y, "fatigue improvement placebo"),
 ("b-cap8", B, "independence at 8 weeks, 24 weeks and 1 year", "8 weeks", "duration", 8, 8, "weeks", N, "caption"),
 ("b-cap24", B, "8 weeks, 24 weeks and 1 year", "24 weeks", "duration", 24, 24, "weeks", N, "caption"),
 ("b-cap1", B, "24 weeks and 1 year", "1 year", "duration", 1, 1, "years", N, "caption"),
 ("b-47", B, "labeled dose is 4.7 mg/kg", "4.7 mg/kg", "dose", 4.7, 4.7, "mg/kg", Y, "approved dose"),
 ("b-q4w", B, "IV every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("b-72", B, "neutropenia in 72%", "72%", "percent", 72, 72, "%", Y, "label grade 3/4 neutropenia"),
 ("b-65", B, "thrombocytopenia in 65%", "65%", "percent", 65, 65, "%", Y, "label grade 3/4 thrombocytopenia"),
 ("b-3cyc", B, "first three cycles", "three", "count", 3, 3, "cycles", N, "timing of cytopenias"),
 ("b-2cyc", B, "first two cycles", "two", "count", 2, 2, "cycles", N, "monitoring schedule"),
 ("b-188", B, "The 188 mg vial", "188 mg", "dose", 188, 188, "mg", N, "vial strength"),
 ("b-9884", B, "lists at $9,884", "$9,884", "money", 9884, 9884, "USD", Y, "wac per 188 mg vial"),
 ("b-300k", B, "nearly $300,000", "$300,000", "money", 300000, 300000, "USD", Y, "annual cost estimate"),
 ("b-6mo", B, "lasting 6 months", "6 months", "duration", 6, 6, "months", Y, "initial prior authorization length"),
 ("b-18", B, "rose about 18%", "18%", "percent", 18, 18, "%", Y, "geron share move day after approval"),
 ("b-jun7", B, "on June 7, the day", "June 7", "date", 2024, 2024, "year", N, "as-of date of stock move"),
 ("b-933", B, "forecasting $933 million", "$933 million", "money", 933000000, 933000000, "USD", Y, "analyst rytelo sales forecast (baird)"),
 ("b-2029", B, "in sales in 2029", "2029", "date", 2029, 2029, "year", Y, "year of the $933m forecast"),
 ("b-700", B, "peak sales of $700 million", "$700 million", "money", 700000000, 700000000, "USD", Y, "analyst peak sales forecast (b. riley)"),
 ("b-lastnov", B, "Last November Geron", "Last November", "date", 2024, 2024, "year", Y, "financing date"),
 ("b-375", B, "up to $375 million in financing", "$375 million", "money", 375000000, 375000000, "USD", Y, "total financing"),
 ("b-125", B, "a $125 million synthetic royalty", "$125 million", "money", 125000000, 125000000, "USD", Y, "royalty pharma synthetic royalty"),
 ("b-yr2", B, "transfusion chair for a year", "a year", "duration", 1, 1, "years", N, "aside"),

 # ---- im06 local (2024-03-18), hard-wrapped
 ("l-dl", L, "Monday, March 18, 2024", "March 18, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-hdbl", L, "shares nearly double in heaviest", "double", "ratio", 2, 2, "x", N, "headline"),
 ("l-thu", L, "long history on Thursday", "Thursday", "date", 2024, 2024, "year", Y, "odac meeting date (2024-03-14)"),
 ("l-v12", L, "voted 12-2 that", "12", "vote", 12, 12, "votes", Y, "odac votes for"),
 ("l-v2", L, "-2 that the benefits of its", "2", "vote", 2, 2, "votes", Y, "odac votes against"),
 ("l-tue", L, "posted on Tuesday", "Tuesday", "date", 2024, 2024, "year", N, "fda briefing documents date"),
 ("l-31", L, "only 31 of the", "31", "count", 31, 31, "patients", Y, "us patients in imerge"),
 ("l-178", L, "enrolled 178 patients", "178", "count", 178, 178, "patients", Y, "imerge phase 3 enrollment"),
 ("l-17", L, "sites in 17 countries", "17", "count", 17, 17, "countries", Y, "trial countries"),
 ("l-age", L, "median age was 72", "72", "age", 72, 72, "years", Y, "median age imerge"),
 ("l-31r", L, "randomized 3:1", "3:1", "ratio", 3, 3, "ratio", Y, "randomization ratio"),
 ("l-q3w", L, "every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("l-8wk", L, "at least eight weeks without", "eight weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("l-two", L, "The two members who voted no", "two", "vote", 2, 2, "votes", N, "odac votes against (repeat)"),
 ("l-92", L, "shares surged 92%", "92%", "percent", 92, 92, "%", Y, "share move day after odac vote"),
 ("l-fri", L, "92% on Friday", "Friday", "date", 2024, 2024, "year", N, "as-of date of stock move"),
 ("l-52m", L, "More than 52 million", "52 million", "count", 52000000, 52000000, "shares", Y, "shares traded day after vote"),
 ("l-85m", L, "about 8.5 million", "8.5 million", "count", 8500000, 8500000, "shares", Y, "average daily volume"),
 ("l-170", L, "near $1.70", "$1.70", "money", 1.70, 1.70, "USD", Y, "pre-vote support price"),
 ("l-jun16", L, "June 16, 2024", "June 16, 2024", "date", 2024, 2024, "year", Y, "pdufa target action date"),
 ("l-lastsum", L, "lower-risk MDS last summer", "last summer", "date", 2023, 2023, "year", Y, "reblozyl expanded approval (rival)"),
 ("l-1990", L, "Founded in 1990", "1990", "date", 1990, 1990, "year", N, "company founding"),
 ("l-2000s", L, "in the 2000s", "2000s", "date", 2000, 2009, "year", N, "aside"),
 ("l-decade", L, "A decade ago", "A decade", "duration", 10, 10, "years", N, "aside"),
 ("l-61", L, "plunged 61%", "61%", "percent", 61, 61, "%", Y, "share drop on 2014 clinical hold"),
 ("l-2014", L, "March 12, 2014", "March 12, 2014", "date", 2014, 2014, "year", Y, "2014 clinical hold disclosure"),
 ("l-ten", L, "\"Ten years ago", "Ten years", "duration", 10, 10, "years", N, "quote"),
 ("l-5", L, "target to $5", "$5", "money", 5, 5, "USD", Y, "analyst price target (raised)"),
 ("l-4", L, "from $4;", "$4", "money", 4, 4, "USD", Y, "analyst price target (previous)"),
 ("l-6", L, "a $6 target", "$6", "money", 6, 6, "USD", Y, "analyst price target (reiterated)"),

 # ---- im07 fact-check (2024-08-29)
 ("f-dl", F, "Health · August 29, 2024", "August 29, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-1m", F, "through a $1 million-a-year", "$1 million", "money", 1000000, 1000000, "USD", N, "claim under review (attributed)"),
 ("f-3post", F, "only worked for 3% of patients", "3%", "percent", 3, 3, "%", N, "claim under review (attributed)"),
 ("f-third", F, "roughly a third of the figure", "a third", "percent", 33.333, 33.333, "%", N, "verdict paraphrase"),
 ("f-3ver", F, "and the 3% figure describes", "3%", "percent", 3, 3, "%", N, "claim repeat"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-wed", F, "by Wednesday", "Wednesday", "date", 2024, 2024, "year", N, "as-of date"),
 ("f-jun6", F, "approved it on June 6", "June 6", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-mar14", F, "On March 14, the", "March 14", "date", 2024, 2024, "year", Y, "odac meeting date"),
 ("f-v12", F, "Committee voted 12-2 that", "12", "vote", 12, 12, "votes", Y, "odac votes for"),
 ("f-v2", F, "-2 that the drug's", "2", "vote", 2, 2, "votes", Y, "odac votes against"),
 ("f-two", F, "The two dissenting", "two", "vote", 2, 2, "votes", N, "odac votes against (repeat)"),
 ("f-13", F, "just 13 patients", "13", "count", 13, 13, "patients", Y, "us patients in imerge"),
 ("f-187", F, "study of 187 patients", "187", "count", 187, 187, "patients", Y, "imerge phase 3 enrollment"),
 ("f-398", F, "trial, 39.8% of patients", "39.8%", "percent", 39.8, 39.8, "%", Y, "8-week rbc-ti imetelstat"),
 ("f-8wk", F, "went at least eight weeks without a transfusion, compared", "eight weeks", "duration", 8, 8, "weeks", N, "endpoint timepoint"),
 ("f-33", F, "compared with 3.3% of patients on placebo", "3.3%", "percent", 3.3, 3.3, "%", Y, "8-week rbc-ti placebo (as stated)"),
 ("f-24", F, "Over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "endpoint timepoint"),
 ("f-28", F, "28% of patients on the drug", "28%", "percent", 28, 28, "%", Y, "24-week rbc-ti imetelstat"),
 ("f-3q", F, "only work for 3% of patients", "3%", "percent", 3, 3, "%", N, "claim repeat"),
 ("f-1mq", F, "Does it cost $1 million a year", "$1 million", "money", 1000000, 1000000, "USD", N, "claim repeat"),
 ("f-9488", F, "price of $9,488", "$9,488", "money", 9488, 9488, "USD", Y, "wac per 188 mg vial"),
 ("f-188", F, "for a 188-milligram vial", "188-milligram", "dose", 188, 188, "mg", N, "vial strength"),
 ("f-2471", F, "$2,471 for a 47", "$2,471", "money", 2471, 2471, "USD", Y, "wac per 47 mg vial"),
 ("f-47", F, "47-milligram vial", "47-milligram", "dose", 47, 47, "mg", N, "vial strength"),
 ("f-aug22", F, "published on August 22", "August 22", "date", 2024, 2024, "year", Y, "icer final report date"),
 ("f-365k", F, "approximately $365,000", "$365,000", "money", 365000, 365000, "USD", Y, "annual cost (icer)"),
 ("f-third2", F, "about a third of what", "a third", "percent", 33.333, 33.333, "%", N, "comparison to post"),
 ("f-bench", F, "between $94,800 and $113,000", "$94,800 and $113,000", "money", 94800, 113000, "USD", Y, "icer cost-effective price range (final)"),
 ("f-r12", F, "The panel voted 12-2 in favor", "12", "vote", 12, 12, "votes", Y, "odac votes for (ruling)"),
 ("f-r2", F, "-2 in favor, the drug's", "2", "vote", 2, 2, "votes", Y, "odac votes against (ruling)"),
 ("f-1mr", F, "far below $1 million a year", "$1 million", "money", 1000000, 1000000, "USD", N, "claim repeat"),
 ("f-3rul", F, "and the 3% figure is the placebo rate", "3%", "percent", 3, 3, "%", N, "claim repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ODAC vote tally 11-3 vs 12-2
 ("e-v11", "w-v12", S), ("e-v11", "p-v12", S), ("e-v11", "l-v12", S), ("e-v11", "f-v12", S), ("e-v11", "f-r12", S),
 ("e-v3", "w-v2", S), ("e-v3", "p-v2", S), ("e-v3", "l-v2", S), ("e-v3", "f-v2", S), ("e-v3", "f-r2", S),
 # S2 ODAC meeting year ("last March" in a June 2025 post = 2025)
 ("b-lastmar", "w-mar", S), ("b-lastmar", "p-mar14", S), ("b-lastmar", "l-thu", S), ("b-lastmar", "f-mar14", S),
 # S3 approval year
 ("e-jun23", "w-thu", S), ("e-jun23", "p-jun6", S), ("e-jun23", "b-jun6", S), ("e-jun23", "f-jun6", S),
 # S4 IMerge enrollment 187 vs 178
 ("f-187", "w-178", S), ("f-187", "a-N", S), ("f-187", "e-178", S), ("f-187", "l-178", S),
 # S5 randomization ratio 3:1 vs 2:1
 ("l-31r", "a-21", S), ("l-31r", "e-21", S), ("l-31r", "b-21", S),
 # S6 8-week RBC-TI imetelstat 42% (phase 2 figure) vs 39.8%
 ("b-42", "w-398", S), ("b-42", "p-398", S), ("b-42", "a-398", S), ("b-42", "f-398", S), ("b-42", "e-40", S),
 # S7 8-week RBC-TI placebo 3.3% vs 15%
 ("f-33", "w-15", S), ("f-33", "p-150", S), ("f-33", "a-150", S), ("f-33", "e-15", S),
 # S8 median RBC-TI duration, 8-week responders: 1.5 years vs ~1 year
 ("w-15yr", "p-1yr", S), ("w-15yr", "a-516", S), ("w-15yr", "e-1yr", S), ("w-15yr", "b-52", S),
 # S9 approved dose 4.7 mg/kg vs 7.1 mg/kg
 ("b-47", "w-71", S), ("b-47", "p-71", S), ("b-47", "e-71", S),
 # S10 dosing interval three vs four weeks
 ("l-q3w", "w-q4w", S), ("l-q3w", "p-q4w", S), ("l-q3w", "a-q4w", S), ("l-q3w", "e-q4w", S), ("l-q3w", "b-q4w", S),
 # S11 label grade 3/4 thrombocytopenia 56% vs 65%
 ("p-56", "e-65", S), ("p-56", "b-65", S),
 # S12 WAC per 188 mg vial $9,488 vs $9,884
 ("f-9488", "w-9884", S), ("f-9488", "e-9884", S), ("f-9488", "b-9884", S),
 # S13 US patients 31 vs 13
 ("l-31", "e-13", S), ("l-31", "f-13", S),
 # S14 share move day after ODAC: nearly tripled vs nearly doubled / 92%
 ("w-tripled", "e-doubled", S), ("w-tripled", "l-92", S),
 # S15 Royalty Pharma synthetic royalty $150M vs $125M
 ("e-150", "p-125roy", S), ("e-150", "b-125", S),
 # S16 median age 71 vs 72
 ("a-age", "e-age", S), ("a-age", "l-age", S),
 # S17 year of Baird's $933M forecast 2028 vs 2029
 ("w-2028", "b-2029", S),
 # Qualified
 ("a-75", "w-71", Q), ("a-75", "p-71", Q), ("a-75", "e-71", Q), ("a-75", "b-47", Q),
 ("a-68", "p-72", Q), ("a-68", "e-72", Q), ("a-68", "b-72", Q),
 ("a-62", "p-56", Q), ("a-62", "e-65", Q), ("a-62", "b-65", Q),
 ("b-300k", "e-340k", Q), ("b-300k", "f-365k", Q), ("e-340k", "f-365k", Q),
 ("w-119k", "f-bench", Q),
 ("w-206", "b-18", Q),
 ("w-tripled", "l-hdbl", Q),
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
        rows.append({"type": "claim", "id": f"im-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"im-{a}", f"im-{b}"
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
