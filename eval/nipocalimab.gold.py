#!/usr/bin/env python3
"""Build nipocalimab.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "nipocalimab")
OUT = os.path.join(HERE, "nipocalimab.gold.jsonl")
T = "np"

W, P, A, E, B, L, F = ("NP01_wire.txt", "NP02_press.txt", "NP03_abstract.txt",
                       "NP04_explainer.txt", "NP05_blog.txt", "NP06_local.txt", "NP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NP01 wire (2025-04-30, a Wednesday)
 ("w-dl", W, "April 30 (Meridian", "April 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "the company said on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "fda approval announced"),
 ("w-12", W, "children 12 and older who test", "12", "age", 12, 12, "years", Y, "minimum age on label"),
 ("w-90", W, "more than 90% of people", "90%", "percent", 90, 90, "%", Y, "share of antibody-positive gmg covered by label"),
 ("w-700k", W, "about 700,000 people worldwide", "700,000", "count", 700000, 700000, "people", Y, "gmg prevalence worldwide"),
 ("w-75", W, "by up to 75%, the company", "75%", "percent", 75, 75, "%", Y, "igg reduction phase 3"),
 ("w-199", W, "enrolled 199 adults", "199", "count", 199, 199, "participants", Y, "vivacity-mg3 total enrolled"),
 ("w-153", W, "153 of them antibody-positive", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("w-47", W, "average of 4.7 points", "4.7 points", "score", 4.7, 4.7, "points", Y, "mg-adl improvement nipocalimab arm"),
 ("w-24wk", W, "4.7 points over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("w-325", W, "compared with 3.25 points for", "3.25 points", "score", 3.25, 3.25, "points", Y, "mg-adl improvement placebo arm"),
 ("w-30mg", W, "receive 30 milligrams per kilogram", "30 milligrams per kilogram", "dose", 30, 30, "mg/kg", Y, "maintenance dose"),
 ("w-q2w", W, "intravenous infusion every two weeks, according", "every two weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("w-65b", W, "its $6.5 billion acquisition", "$6.5 billion", "money", 6500000000, 6500000000, "USD", Y, "momenta acquisition price"),
 ("w-2020", W, "Momenta Pharmaceuticals in 2020. It", "2020", "date", 2020, 2020, "year", Y, "momenta acquisition year"),
 ("w-5b", W, "more than $5 billion, a figure", "$5 billion", "money", 5000000000, 5000000000, "USD", Y, "peak sales forecast"),
 ("w-aug", W, "filed for approval last August", "last August", "date", 2024, 2024, "year", Y, "bla submission date"),
 ("w-third", W, "Imaavy is the third FcRn", "third", "count", 3, 3, "products", N, "rank among fcrn blockers"),
 ("w-dec21", W, "won approval in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "vyvgart approval"),
 ("w-2023", W, "Rystiggo followed in 2023", "2023", "date", 2023, 2023, "year", Y, "rystiggo approval"),
 ("w-202", W, "sales of $202 million last year", "$202 million", "money", 202000000, 202000000, "USD", Y, "rystiggo sales 2024"),
 ("w-lastyr", W, "$202 million last year, up", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-19", W, "up from $19 million", "$19 million", "money", 19000000, 19000000, "USD", Y, "rystiggo sales 2023 (launch year)"),
 ("w-eow", W, "steady every-other-week dosing", "every-other-week", "duration", 2, 2, "weeks", N, "quote"),
 ("w-3to7", W, "reach $3 billion to $7 billion", "$3 billion to $7 billion", "money", 3000000000, 7000000000, "USD", Y, "mg market forecast"),
 ("w-2030s", W, "by the early 2030s", "early 2030s", "date", 2030, 2039, "year", N, "forecast horizon"),

 # ---- NP02 press release (2025-04-30)
 ("p-sub12", P, "covers adults and pediatric patients 12 years", "12 years", "age", 12, 12, "years", N, "subtitle repeat"),
 ("p-dl", P, "April 30, 2025 /PRNewswire/", "April 30, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-12", P, "(gMG) in adult and pediatric patients 12 years", "12 years", "age", 12, 12, "years", Y, "minimum age on label"),
 ("p-90", P, "represent more than 90% of people", "90%", "percent", 90, 90, "%", Y, "share of antibody-positive gmg covered by label"),
 ("p-700k", P, "an estimated 700,000 people", "700,000", "count", 700000, 700000, "people", Y, "gmg prevalence worldwide"),
 ("p-199", P, "which enrolled 199 adults with gMG", "199", "count", 199, 199, "participants", Y, "vivacity-mg3 total enrolled"),
 ("p-153", P, "153 of whom were antibody positive", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("p-17", P, "in 17 countries. Patients", "17", "count", 17, 17, "countries", Y, "vivacity-mg3 countries"),
 ("p-24wk", P, "disease control through 24 weeks compared", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-p", P, "(p=0.0213)", "0.0213", "pvalue", 0.0213, 0.0213, "p", N, "p-value"),
 ("p-75", P, "by up to 75% from the first dose", "75%", "percent", 75, 75, "%", Y, "igg reduction phase 3"),
 ("p-24b", P, "first dose and through 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-20mo", P, "for up to 20 months", "20 months", "duration", 20, 20, "months", Y, "open-label extension follow-up"),
 ("p-1217", P, "aged 12 to 17 years", "12 to 17 years", "age", 12, 17, "years", N, "pediatric study ages (definitional)"),
 ("p-30mg", P, "loading dose of 30 mg/kg", "30 mg/kg", "dose", 30, 30, "mg/kg", Y, "loading dose"),
 ("p-30min", P, "over at least 30 minutes, followed", "30 minutes", "duration", 30, 30, "minutes", Y, "loading infusion time"),
 ("p-2wk", P, "followed two weeks later", "two weeks", "duration", 2, 2, "weeks", Y, "gap loading to first maintenance"),
 ("p-15mg", P, "maintenance doses of 15 mg/kg", "15 mg/kg", "dose", 15, 15, "mg/kg", Y, "maintenance dose"),
 ("p-q2w", P, "15 mg/kg every two weeks, infused", "every two weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("p-15min", P, "infused over at least 15 minutes.", "15 minutes", "duration", 15, 15, "minutes", Y, "maintenance infusion time"),
 ("p-sep24", P, "since September 2024", "September 2024", "date", 2024, 2024, "year", Y, "ema maa submission"),
 ("p-24db", P, "phase lasted 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "double-blind phase length"),
 ("p-fy", P, "ended December 29, 2024", "December 29, 2024", "date", 2024, 2024, "year", N, "forward-looking statements boilerplate"),

 # ---- NP03 abstract (2025-01-23)
 ("a-pub", A, "Published online 23 January 2025", "23 January 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-85", A, "found in about 85% of patients", "85%", "percent", 85, 85, "%", Y, "share of gmg with achr antibodies"),
 ("a-68", A, "study in 68 patients", "68", "count", 68, 68, "participants", Y, "phase 2 vivify n"),
 ("a-83", A, "by up to 83% at the highest", "83%", "percent", 83, 83, "%", Y, "igg reduction phase 2 highest dose"),
 ("a-24a", A, "continuously for 24 weeks.", "24 weeks", "duration", 24, 24, "weeks", N, "aim"),
 ("a-81", A, "at 81 outpatient", "81", "count", 81, 81, "sites", Y, "vivacity-mg3 sites"),
 ("a-17", A, "centres in 17 countries", "17", "count", 17, 17, "countries", Y, "vivacity-mg3 countries"),
 ("a-18", A, "(aged ≥18 years)", "≥18 years", "age", 18, 18, "years", N, "eligibility age (definitional)"),
 ("a-6", A, "total score of ≥6 were", "≥6", "score", 6, 6, "points", Y, "mg-adl entry threshold"),
 ("a-11", A, "(1:1)", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-30", A, "(30 mg/kg loading", "30 mg/kg", "dose", 30, 30, "mg/kg", Y, "loading dose"),
 ("a-15", A, "then 15 mg/kg every", "15 mg/kg", "dose", 15, 15, "mg/kg", Y, "maintenance dose"),
 ("a-q2", A, "every 2 weeks) or", "every 2 weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("a-24b", A, "standard of care, for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "double-blind treatment duration"),
 ("a-range", A, "ranges from 0 to 24", "0 to 24", "score", 0, 24, "points", N, "scale range (definitional)"),
 ("a-wk", A, "over weeks 22, 23 and 24", "22, 23 and 24", "duration", 22, 24, "weeks", N, "primary endpoint timepoints"),
 ("a-onedose", A, "at least one dose", "one", "count", 1, 1, "doses", N, "safety population definition"),
 ("a-199", A, "N = 199", "199", "count", 199, 199, "participants", Y, "vivacity-mg3 total randomised"),
 ("a-153", A, "of whom 153 were", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("a-77", A, "nipocalimab n=77", "77", "count", 77, 77, "participants", Y, "antibody-positive nipocalimab arm"),
 ("a-76", A, "placebo n=76", "76", "count", 76, 76, "participants", Y, "antibody-positive placebo arm"),
 ("a-46", A, "and 46 were antibody-negative", "46", "count", 46, 46, "participants", Y, "antibody-negative participants"),
 ("a-470", A, "was −4.70 with", "−4.70", "score", -4.70, -4.70, "points", Y, "mg-adl change nipocalimab arm"),
 ("a-325", A, "and −3.25 with placebo", "−3.25", "score", -3.25, -3.25, "points", Y, "mg-adl change placebo arm"),
 ("a-145", A, "difference of −1.45", "−1.45", "score", -1.45, -1.45, "points", Y, "mg-adl difference vs placebo"),
 ("a-ci", A, "−2.69 to −0.21", "−2.69 to −0.21", "score", -2.69, -0.21, "points", Y, "ci"),
 ("a-p", A, "P=0.0213", "0.0213", "pvalue", 0.0213, 0.0213, "p", N, "p-value"),
 ("a-486", A, "was −4.86 versus", "−4.86", "score", -4.86, -4.86, "points", Y, "qmg change nipocalimab arm"),
 ("a-205", A, "versus −2.05", "−2.05", "score", -2.05, -2.05, "points", Y, "qmg change placebo arm"),
 ("a-281", A, "(difference −2.81)", "−2.81", "score", -2.81, -2.81, "points", Y, "qmg difference"),
 ("a-75", A, "reductions of up to 75%", "75%", "percent", 75, 75, "%", Y, "igg reduction phase 3"),
 ("a-wk24", A, "through week 24.", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-2grp", A, "in the 2 groups", "2", "count", 2, 2, "groups", N, "aside"),
 ("a-24c", A, "MG-ADL over 24 weeks compared", "24 weeks", "duration", 24, 24, "weeks", N, "conclusion repeat"),

 # ---- NP04 explainer (2025-06-12)
 ("e-upd", E, "Updated June 12, 2025", "June 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-apr", E, "approved it in April 2025 for adults", "April 2025", "date", 2025, 2025, "year", Y, "fda approval"),
 ("e-12", E, "children 12 and older whose", "12", "age", 12, 12, "years", Y, "minimum age on label"),
 ("e-twogrp", E, "those two groups", "two", "count", 2, 2, "groups", N, "aside"),
 ("e-85", E, "cover about 85% of people", "85%", "percent", 85, 85, "%", Y, "share of antibody-positive gmg covered by label"),
 ("e-100k", E, "disease at about 100,000", "100,000", "count", 100000, 100000, "people", Y, "us gmg prevalence"),
 ("e-700k", E, "about 700,000 people are", "700,000", "count", 700000, 700000, "people", Y, "gmg prevalence worldwide"),
 ("e-75", E, "fell by up to 75%", "75%", "percent", 75, 75, "%", Y, "igg reduction phase 3"),
 ("e-30mg", E, "is 30 mg/kg and runs", "30 mg/kg", "dose", 30, 30, "mg/kg", Y, "loading dose"),
 ("e-30min", E, "at least 30 minutes. After", "30 minutes", "duration", 30, 30, "minutes", Y, "loading infusion time"),
 ("e-15mg", E, "maintenance dose is 15 mg/kg", "15 mg/kg", "dose", 15, 15, "mg/kg", Y, "maintenance dose"),
 ("e-q2w", E, "15 mg/kg every two weeks, and", "every two weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("e-15min", E, "takes at least 15 minutes", "15 minutes", "duration", 15, 15, "minutes", Y, "maintenance infusion time"),
 ("e-81", E, "ran at 81 clinics", "81", "count", 81, 81, "sites", Y, "vivacity-mg3 sites"),
 ("e-18", E, "in 18 countries", "18", "count", 18, 18, "countries", Y, "vivacity-mg3 countries"),
 ("e-153", E, "drug in 153 adults", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("e-24wk", E, "After 24 weeks, people", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("e-15", E, "about 1.5 points more", "1.5 points", "score", 1.5, 1.5, "points", Y, "mg-adl difference vs placebo"),
 ("e-24pt", E, "a 24-point questionnaire", "24-point", "score", 24, 24, "points", N, "scale maximum (definitional)"),
 ("e-2pt", E, "change of 2 points as", "2 points", "score", 2, 2, "points", Y, "mg-adl meaningful change threshold"),
 ("e-6", E, "score of 6 or higher", "6", "score", 6, 6, "points", Y, "mg-adl entry threshold"),
 ("e-three", E, "All three drugs", "three", "count", 3, 3, "products", N, "aside"),
 ("e-dec21", E, "approved in December 2021 and is given", "December 2021", "date", 2021, 2021, "year", Y, "vyvgart approval"),
 ("e-4", E, "cycles of 4 weekly doses", "4", "count", 4, 4, "doses", Y, "vyvgart doses per cycle"),
 ("e-10mg", E, "doses of 10 mg/kg", "10 mg/kg", "dose", 10, 10, "mg/kg", Y, "vyvgart dose"),
 ("e-jun23", E, "approved in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "rystiggo approval"),
 ("e-6wk", E, "for 6 weeks per cycle", "6 weeks", "duration", 6, 6, "weeks", Y, "rystiggo cycle length"),
 ("e-of3", E, "the only one of the three given", "three", "count", 3, 3, "products", N, "aside"),
 ("e-12b", E, "approved for children 12 and older.", "12", "age", 12, 12, "years", N, "repeat"),
 ("e-190k", E, "about $190,000 per patient", "$190,000", "money", 190000, 190000, "USD", Y, "ivig annual cost"),
 ("e-470k", E, "Soliris about $470,000", "$470,000", "money", 470000, 470000, "USD", Y, "soliris annual cost"),
 ("e-5b", E, "its $5 billion purchase", "$5 billion", "money", 5000000000, 5000000000, "USD", Y, "momenta acquisition price"),
 ("e-2020", E, "Pharmaceuticals in 2020, offers", "2020", "date", 2020, 2020, "year", Y, "momenta acquisition year"),
 ("e-third", E, "adds a third FcRn blocker", "third", "count", 3, 3, "products", N, "summary"),

 # ---- NP05 blog (2026-07-20)
 ("b-date", B, "July 20, 2026 | 5 min", "July 20, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-one", B, "spend one morning a fortnight", "one", "count", 1, 1, "mornings", N, "image caption"),
 ("b-fortn", B, "morning a fortnight these", "a fortnight", "duration", 2, 2, "weeks", N, "image caption"),
 ("b-lastmo", B, "headlines late last month", "late last month", "date", 2026, 2026, "year", Y, "cda recommendation published"),
 ("b-lastapr", B, "approved Imaavy last April", "last April", "date", 2026, 2026, "year", Y, "fda approval"),
 ("b-12", B, "in people 12 and older", "12", "age", 12, 12, "years", Y, "minimum age on label"),
 ("b-90", B, "Up to 90% of people", "90%", "percent", 90, 90, "%", Y, "share of gmg with achr antibodies"),
 ("b-lastsep", B, "CHMP opinion last September", "last September", "date", 2025, 2025, "year", Y, "chmp positive opinion"),
 ("b-eu", B, "between 56,000 and 123,000 people", "56,000 and 123,000", "count", 56000, 123000, "people", Y, "gmg prevalence europe"),
 ("b-153", B, "enrolled 153 adults", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 total enrolled"),
 ("b-24", B, "ran for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "double-blind treatment duration"),
 ("b-26", B, "beat placebo by 2.6 points", "2.6 points", "score", 2.6, 2.6, "points", Y, "mg-adl difference vs placebo"),
 ("b-2pt", B, "because a 2-point change", "2-point", "score", 2, 2, "points", Y, "mg-adl meaningful change threshold"),
 ("b-11", B, "voted 11 to 3", "11", "count", 11, 11, "votes", Y, "cdec vote for do-not-reimburse"),
 ("b-3", B, "to 3 against", "3", "count", 3, 3, "votes", Y, "cdec vote against do-not-reimburse"),
 ("b-q2w", B, "infusions are every two weeks", "every two weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("b-15min", B, "about 15 minutes plus", "15 minutes", "duration", 15, 15, "minutes", Y, "maintenance infusion time"),
 ("b-9", B, "went from 9 to 4", "9", "score", 9, 9, "points", N, "anecdote"),
 ("b-4", B, "from 9 to 4 over", "4", "score", 4, 4, "points", N, "anecdote"),
 ("b-3mo", B, "first 3 months", "3 months", "duration", 3, 3, "months", N, "anecdote"),
 ("b-onepat", B, "One patient's story", "One", "count", 1, 1, "patients", N, "aside"),
 ("b-65b", B, "paid $6.5 billion", "$6.5 billion", "money", 6500000000, 6500000000, "USD", Y, "momenta acquisition price"),
 ("b-email", B, "One email a month", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-10", B, "10 things I wish", "10", "count", 10, 10, "items", N, "related link"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- NP06 trade/local (2025-05-02, a Friday), hard-wrapped
 ("l-dl", L, "Regional News | May 2, 2025", "May 2, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-tue", L, "(nipocalimab) late Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "fda approval"),
 ("l-third", L, "the third drug of its kind", "third", "count", 3, 3, "products", N, "rank"),
 ("l-12", L, "approved for patients 12 and older", "12", "age", 12, 12, "years", Y, "minimum age on label"),
 ("l-four", L, "see a patient four times", "four", "count", 4, 4, "visits", N, "quote (vyvgart cycle)"),
 ("l-3c", L, "operates 3 centers", "3", "count", 3, 3, "centers", Y, "lakeside centers"),
 ("l-30mg", L, "infusion is 30 mg/kg given", "30 mg/kg", "dose", 30, 30, "mg/kg", Y, "loading dose"),
 ("l-15min", L, "given over at least 15 minutes, and", "15 minutes", "duration", 15, 15, "minutes", Y, "loading infusion time"),
 ("l-15mg", L, "doses of 15 mg/kg every", "15 mg/kg", "dose", 15, 15, "mg/kg", Y, "maintenance dose"),
 ("l-q4w", L, "every four weeks", "every four weeks", "duration", 4, 4, "weeks", Y, "maintenance dosing interval"),
 ("l-hour", L, "under an hour door", "an hour", "duration", 1, 1, "hours", Y, "maintenance visit time"),
 ("l-single", L, "in a single 1,200 mg", "single", "count", 1, 1, "vials", N, "aside"),
 ("l-1200", L, "single 1,200 mg vial", "1,200 mg", "dose", 1200, 1200, "mg", Y, "vial strength"),
 ("l-12slots", L, "add 12 weekly chair slots", "12", "count", 12, 12, "slots", Y, "added chair slots"),
 ("l-july", L, "slots by July", "July", "date", 2025, 2025, "year", N, "plan date"),
 ("l-2ins", L, "asked 2 regional", "2", "count", 2, 2, "insurers", Y, "insurers asked"),
 ("l-400", L, "roughly 400 patients", "400", "count", 400, 400, "patients", Y, "clinic mg patients"),
 ("l-quarter", L, "perhaps a quarter of them", "a quarter", "percent", 25, 25, "%", Y, "share on/considered for fcrn blocker"),
 ("l-65k", L, "about 65,000 Americans", "65,000", "count", 65000, 65000, "people", Y, "us gmg prevalence"),
 ("l-199", L, "enrolled 199 adults in", "199", "count", 199, 199, "participants", Y, "vivacity-mg3 total enrolled"),
 ("l-17", L, "adults in 17 countries", "17", "count", 17, 17, "countries", Y, "vivacity-mg3 countries"),
 ("l-153", L, "In the 153 antibody-positive", "153", "count", 153, 153, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("l-47", L, "improved by 4.7 points", "4.7 points", "score", 4.7, 4.7, "points", Y, "mg-adl improvement nipocalimab arm"),
 ("l-24", L, "scale over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("l-205", L, "with 2.05 points", "2.05 points", "score", 2.05, 2.05, "points", Y, "mg-adl improvement placebo arm"),
 ("l-2021", L, "its 2021 takeover", "2021", "date", 2021, 2021, "year", Y, "momenta acquisition year"),
 ("l-65b", L, "a $6.5 billion deal", "$6.5 billion", "money", 6500000000, 6500000000, "USD", Y, "momenta acquisition price"),
 ("l-19m", L, "booked $19 million", "$19 million", "money", 19000000, 19000000, "USD", Y, "rystiggo sales 2024"),
 ("l-2024", L, "in sales in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-2022", L, "since early 2022", "early 2022", "date", 2022, 2022, "year", Y, "vyvgart us launch"),

 # ---- NP07 fact-check (2026-07-08)
 ("f-date", F, "Priya Anand | July 8, 2026", "July 8, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-post1", F, "less than one point\" compared", "one point", "score", 1, 1, "points", N, "post's claim (attributed)"),
 ("f-apr", F, "approved it in April 2025 for patients", "April 2025", "date", 2025, 2025, "year", Y, "fda approval"),
 ("f-12", F, "for patients 12 and older", "12", "age", 12, 12, "years", Y, "minimum age on label"),
 ("f-two", F, "It joined two other", "two", "count", 2, 2, "products", N, "aside"),
 ("f-2021", F, "Vyvgart, approved in 2021", "2021", "date", 2021, 2021, "year", Y, "vyvgart approval"),
 ("f-2024", F, "Rystiggo, approved in 2024", "2024", "date", 2024, 2024, "year", Y, "rystiggo approval"),
 ("f-jun26", F, "On June 26, Canada", "June 26", "date", 2026, 2026, "year", Y, "cda recommendation published"),
 ("f-12v", F, "which voted 12 to", "12", "count", 12, 12, "votes", Y, "cdec vote for do-not-reimburse"),
 ("f-2v", F, "to 2. A split", "2", "count", 2, 2, "votes", Y, "cdec vote against do-not-reimburse"),
 ("f-2224", F, "at 22 to 24 weeks", "22 to 24 weeks", "duration", 22, 24, "weeks", N, "timepoint"),
 ("f-post2", F, "What about \"less than one point\"", "one point", "score", 1, 1, "points", N, "post's claim repeated"),
 ("f-199", F, "enrolled 199 adults, and", "199", "count", 199, 199, "participants", Y, "vivacity-mg3 total enrolled"),
 ("f-135", F, "included 135 antibody-positive", "135", "count", 135, 135, "participants", Y, "vivacity-mg3 antibody-positive"),
 ("f-24", F, "Over 24 weeks, those", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("f-470", F, "scale by 4.70 points", "4.70 points", "score", 4.70, 4.70, "points", Y, "mg-adl improvement nipocalimab arm"),
 ("f-325", F, "against 3.25 points", "3.25 points", "score", 3.25, 3.25, "points", Y, "mg-adl improvement placebo arm"),
 ("f-145", F, "a difference of 1.45 points", "1.45 points", "score", 1.45, 1.45, "points", Y, "mg-adl difference vs placebo"),
 ("f-onept", F, "more than one point. It", "one point", "score", 1, 1, "points", N, "comparison"),
 ("f-2pt", F, "below the 2-point threshold", "2-point", "score", 2, 2, "points", Y, "mg-adl meaningful change threshold"),
 ("f-83", F, "by up to 83%", "83%", "percent", 83, 83, "%", Y, "igg reduction phase 3"),
 ("f-30mg", F, "infusion of 30 mg/kg is", "30 mg/kg", "dose", 30, 30, "mg/kg", Y, "loading dose"),
 ("f-30min", F, "at least 30 minutes, and maintenance", "30 minutes", "duration", 30, 30, "minutes", Y, "loading infusion time"),
 ("f-15mg", F, "maintenance infusions of 15 mg/kg", "15 mg/kg", "dose", 15, 15, "mg/kg", Y, "maintenance dose"),
 ("f-q2w", F, "every two weeks over", "every two weeks", "duration", 2, 2, "weeks", Y, "maintenance dosing interval"),
 ("f-15min", F, "at least 15 minutes, plus", "15 minutes", "duration", 15, 15, "minutes", Y, "maintenance infusion time"),
 ("f-12r", F, "vote was 12 to", "12", "count", 12, 12, "votes", Y, "cdec vote (ruling)"),
 ("f-2r", F, "to 2, not unanimous", "2", "count", 2, 2, "votes", Y, "cdec vote against (ruling)"),
 ("f-145r", F, "a 1.45-point advantage", "1.45-point", "score", 1.45, 1.45, "points", Y, "mg-adl difference (ruling)"),
 ("f-post3", F, "not \"less than one point.\"", "one point", "score", 1, 1, "points", N, "post's claim repeated"),
 ("f-src1", F, "published June 26, 2026", "June 26, 2026", "date", 2026, 2026, "year", N, "sources"),
 ("f-src2", F, "Reports, January 2025", "January 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-src3", F, "revised April 2025", "April 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-src4", F, "press release, April 30, 2025", "April 30, 2025", "date", 2025, 2025, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: blog "last April" (2026-07-20 -> April 2026) vs 2025
 ("b-lastapr", "w-wed", S), ("b-lastapr", "e-apr", S), ("b-lastapr", "l-tue", S), ("b-lastapr", "f-apr", S),
 # S2 antibody-positive primary-analysis n: 135 (transposed) vs 153
 ("f-135", "w-153", S), ("f-135", "p-153", S), ("f-135", "a-153", S), ("f-135", "e-153", S), ("f-135", "l-153", S),
 # S3 total enrolled: blog 153 (subgroup given as whole) vs 199
 ("b-153", "w-199", S), ("b-153", "p-199", S), ("b-153", "a-199", S), ("b-153", "l-199", S), ("b-153", "f-199", S),
 # S4 placebo-arm MG-ADL change: 2.05 (QMG placebo figure) vs 3.25
 ("l-205", "w-325", S), ("l-205", "a-325", S), ("l-205", "f-325", S),
 # S5 MG-ADL difference vs placebo: 2.6 (Rystiggo's figure) vs 1.45
 ("b-26", "a-145", S), ("b-26", "e-15", S), ("b-26", "f-145", S), ("b-26", "f-145r", S),
 # S6 IgG reduction in phase 3: 83% (phase 2 figure) vs 75%
 ("f-83", "w-75", S), ("f-83", "p-75", S), ("f-83", "a-75", S), ("f-83", "e-75", S),
 # S7 maintenance interval: every four weeks vs every two weeks
 ("l-q4w", "w-q2w", S), ("l-q4w", "p-q2w", S), ("l-q4w", "a-q2", S), ("l-q4w", "e-q2w", S),
 ("l-q4w", "b-q2w", S), ("l-q4w", "f-q2w", S),
 # S8 maintenance dose: 30 mg/kg (loading dose) vs 15 mg/kg
 ("w-30mg", "p-15mg", S), ("w-30mg", "a-15", S), ("w-30mg", "e-15mg", S), ("w-30mg", "l-15mg", S), ("w-30mg", "f-15mg", S),
 # S9 trial countries: 18 vs 17
 ("e-18", "p-17", S), ("e-18", "a-17", S), ("e-18", "l-17", S),
 # S10 Momenta acquisition price: $5 billion (peak-sales figure) vs $6.5 billion
 ("e-5b", "w-65b", S), ("e-5b", "l-65b", S), ("e-5b", "b-65b", S),
 # S11 Momenta acquisition year: 2021 vs 2020
 ("l-2021", "w-2020", S), ("l-2021", "e-2020", S),
 # S12 Rystiggo approval year: 2024 vs 2023
 ("f-2024", "w-2023", S), ("f-2024", "e-jun23", S),
 # S13 CDEC vote: 11-3 vs 12-2
 ("b-11", "f-12v", S), ("b-11", "f-12r", S), ("b-3", "f-2v", S), ("b-3", "f-2r", S),
 # S14 share of antibody-positive gMG covered by the label: about 85% vs more than 90%
 ("e-85", "w-90", S), ("e-85", "p-90", S),
 # S15 Rystiggo 2024 sales: $19 million (2023 figure) vs $202 million ("last year" in a 2025 wire)
 ("l-19m", "w-202", S),
 # S16 loading infusion time: at least 15 minutes vs at least 30 minutes
 ("l-15min", "p-30min", S), ("l-15min", "e-30min", S), ("l-15min", "f-30min", S),
 # Qualified
 ("e-100k", "l-65k", Q),      # US prevalence: two real published estimates
 ("a-85", "b-90", Q),         # AChR share: "about 85%" vs "up to 90%" (real, different sources)
 ("f-135", "b-153", Q),       # antibody-positive n vs blog's (wrong) total enrolled
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
