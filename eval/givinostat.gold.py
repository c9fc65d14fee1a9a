#!/usr/bin/env python3
"""Build givinostat.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "givinostat")
OUT = os.path.join(HERE, "givinostat.gold.jsonl")
T = "givinostat"

W, P, A, E, B, L, F = ("GV01_wire.txt", "GV02_press.txt", "GV03_abstract.txt",
                       "GV04_explainer.txt", "GV05_blog.txt", "GV06_local.txt", "GV07_factcheck.txt")
Y = True; N = False
R35 = 100 / 3500  # "1 in 3,500" as percent
R50 = 100 / 5000  # "1 in 5,000" as percent

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- GV01 wire (2024-03-22, Friday)
 ("w-dl", W, "WASHINGTON, March 22", "March 22", "date", 2024, 2024, "year", N, "dateline"),
 ("w-thu", W, "on Thursday approved", "Thursday", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("w-6", W, "patients 6 years of age", "6 years", "age", 6, 6, "years", Y, "us approved minimum age"),
 ("w-twice", W, "by mouth twice a day", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("w-3mo", W, "came three months later", "three months", "duration", 3, 3, "months", Y, "fda review extension"),
 ("w-june", W, "in June of last year", "June of last year", "date", 2023, 2023, "year", Y, "nda filing date"),
 ("w-dec21", W, "rule by Dec. 21", "Dec. 21", "date", 2023, 2023, "year", Y, "original pdufa date"),
 ("w-179", W, "enrolled 179 ambulant", "179", "count", 179, 179, "boys", Y, "epidys enrolled"),
 ("w-41", W, "at 41 sites", "41", "count", 41, 41, "sites", Y, "epidys sites"),
 ("w-11", W, "in 11 countries", "11", "count", 11, 11, "countries", Y, "epidys countries"),
 ("w-2to1", W, "two to one", "two to one", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("w-18", W, "a placebo for 18 months", "18 months", "duration", 18, 18, "months", Y, "epidys treatment duration"),
 ("w-120", W, "In the 120 boys", "120", "count", 120, 120, "boys", Y, "primary analysis population"),
 ("w-81", W, "- 81 on the drug", "81", "count", 81, 81, "boys", Y, "primary population givinostat arm"),
 ("w-39", W, "and 39 on placebo", "39", "count", 39, 39, "boys", Y, "primary population placebo arm"),
 ("w-four", W, "climb four standard stairs", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("w-178", W, "by 1.78 seconds", "1.78 seconds", "duration", 1.78, 1.78, "seconds", Y, "4sc difference vs placebo"),
 ("w-week", W, "published this week", "this week", "date", 2024, 2024, "year", N, "lancet publication"),
 ("w-23", W, "between ages 2 and 3", "2 and 3", "age", 2, 3, "years", Y, "symptom onset age"),
 ("w-30", W, "beyond 30 years", "30 years", "age", 30, 30, "years", Y, "survival age"),
 ("w-33", W, "occurred in 33% of boys", "33%", "percent", 33, 33, "%", Y, "thrombocytopenia rate givinostat"),
 ("w-none", W, "and in none of those", "none", "percent", 0, 0, "%", N, "thrombocytopenia rate placebo"),
 ("w-150k", W, "below 150,000 per microliter", "150,000", "count", 150000, 150000, "platelets/uL", Y, "platelet threshold to start"),
 ("w-868", W, "contains 8.68 milligrams", "8.68 milligrams", "dose", 8.68, 8.68, "mg/mL", Y, "suspension strength"),
 ("w-140", W, "in a 140-milliliter bottle", "140-milliliter", "volume", 140, 140, "mL", N, "bottle size"),
 ("w-q3", W, "in the third quarter of this year", "third quarter of this year", "date", 2024, 2024, "year", Y, "expected us launch"),
 ("w-elev", W, "approved in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "elevidys approval date"),
 ("w-45", W, "boys aged 4 and 5", "4 and 5", "age", 4, 5, "years", Y, "elevidys initial ages"),
 ("w-32m", W, "$3.2 million per patient", "$3.2 million", "money", 3200000, 3200000, "USD", Y, "elevidys price"),
 ("w-two", W, "Two older steroids", "Two", "count", 2, 2, "drugs", N, "other approved steroids"),
 ("w-3yr", W, "more than three additional years", "three additional years", "duration", 3, 3, "years", Y, "extension median follow-up"),

 # ---- GV02 press release (2025-06-09)
 ("p-b25", P, "CHMP opinion of 25 April 2025", "25 April 2025", "date", 2025, 2025, "year", N, "bullet repeat: chmp opinion date"),
 ("p-dl", P, "MILAN, Italy, 9 June 2025", "9 June 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-886", P, "(givinostat) 8.86 mg/mL oral", "8.86 mg/mL", "dose", 8.86, 8.86, "mg/mL", Y, "suspension strength"),
 ("p-6a", P, "ambulant patients aged 6 years and older, with", "6 years", "age", 6, 6, "years", Y, "eu indication minimum age"),
 ("p-jun6", P, "issued on 6 June 2025", "6 June 2025", "date", 2025, 2025, "year", Y, "ec decision date"),
 ("p-apr25", P, "(EMA) on 25 April 2025", "25 April 2025", "date", 2025, 2025, "year", Y, "chmp opinion date"),
 ("p-27", P, "all 27 EU Member States", "27", "count", 27, 27, "countries", Y, "eu member states"),
 ("p-1yr", P, "valid for one year", "one year", "duration", 1, 1, "years", Y, "conditional authorisation validity"),
 ("p-two", P, "conduct two further studies", "two", "count", 2, 2, "studies", Y, "further studies required"),
 ("p-six", P, "children aged six years and older treated", "six years", "age", 6, 6, "years", N, "registry study age"),
 ("p-179a", P, "in which 179 ambulant boys", "179", "count", 179, 179, "boys", Y, "epidys enrolled"),
 ("p-6b", P, "boys aged 6 years and older were", "6 years", "age", 6, 6, "years", N, "trial minimum age"),
 ("p-21", P, "randomised 2:1", "2:1", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("p-72", P, "for 72 weeks", "72 weeks", "duration", 72, 72, "weeks", Y, "epidys treatment duration"),
 ("p-120", P, "included 120 patients", "120", "count", 120, 120, "boys", Y, "chmp analysis population"),
 ("p-79", P, "(79 treated with givinostat", "79", "count", 79, 79, "boys", Y, "chmp analysis givinostat arm"),
 ("p-41", P, "and 41 with placebo", "41", "count", 41, 41, "boys", Y, "chmp analysis placebo arm"),
 ("p-four", P, "complete the four-stair climb", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("p-125", P, "only 1.25 seconds", "1.25 seconds", "duration", 1.25, 1.25, "seconds", Y, "4sc mean increase givinostat"),
 ("p-303", P, "compared with 3.03 seconds", "3.03 seconds", "duration", 3.03, 3.03, "seconds", Y, "4sc mean increase placebo"),
 ("p-18", P, "with placebo, after 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("p-179s", P, "data from 179 patients", "179", "count", 179, 179, "patients", Y, "safety population"),
 ("p-33", P, "reported in 33% of", "33%", "percent", 33, 33, "%", Y, "thrombocytopenia rate givinostat"),
 ("p-23", P, "hypertriglyceridaemia in 23% versus", "23%", "percent", 23, 23, "%", Y, "hypertriglyceridemia givinostat"),
 ("p-7", P, "23% versus 7%", "7%", "percent", 7, 7, "%", Y, "hypertriglyceridemia placebo"),
 ("p-mar24", P, "in March 2024 for patients", "March 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("p-6c", P, "for patients 6 years of age and older, and", "6 years", "age", 6, 6, "years", Y, "us approved minimum age"),
 ("p-dec24", P, "(MHRA) in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "mhra authorisation date"),
 ("p-inc", P, "one in every 3,500 to 5,000 male births", "one in every 3,500 to 5,000", "percent", R50, R35, "%", Y, "dmd incidence"),
 ("p-twice", P, "taken twice daily with food", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("p-1938", P, "Founded in Milan in 1938", "1938", "date", 1938, 1938, "year", N, "about: founded"),
 ("p-2024e", P, "was established in 2024", "2024", "date", 2024, 2024, "year", N, "about: us subsidiary"),

 # ---- GV03 abstract (2024-03-18)
 ("a-pub", A, "Published online 18 March 2024", "18 March 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-41", A, "done at 41 tertiary", "41", "count", 41, 41, "sites", Y, "epidys sites"),
 ("a-11", A, "care sites in 11 countries", "11", "count", 11, 11, "countries", Y, "epidys countries"),
 ("a-6", A, "aged at least 6 years", "6 years", "age", 6, 6, "years", Y, "eligibility minimum age"),
 ("a-two4sc", A, "completed two four-stair", "two", "count", 2, 2, "assessments", N, "screening assessments"),
 ("a-four1", A, "two four-stair climb", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("a-8s", A, "a mean of 8 s or less", "8 s", "duration", 8, 8, "seconds", Y, "4sc eligibility maximum"),
 ("a-ttr", A, "at least 3 s but less than 10 s", "3 s but less than 10 s", "duration", 3, 10, "seconds", Y, "time-to-rise eligibility"),
 ("a-6mo", A, "corticosteroids for at least 6 months", "6 months", "duration", 6, 6, "months", Y, "prior steroid duration"),
 ("a-21", A, "assigned (2:1)", "2:1", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("a-twice", A, "placebo twice a day for 72", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("a-72", A, "twice a day for 72 weeks", "72 weeks", "duration", 72, 72, "weeks", Y, "epidys treatment duration"),
 ("a-twogrp", A, "divided into two groups", "two", "count", 2, 2, "groups", N, "vlff groups"),
 ("a-vlff", A, "more than 5% and up to 30%", "5% and up to 30%", "percent", 5, 30, "%", Y, "vlff range of primary population"),
 ("a-72b", A, "baseline to 72 weeks in the time", "72 weeks", "duration", 72, 72, "weeks", N, "timepoint"),
 ("a-four2", A, "climb four standard stairs, analysed", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("a-one", A, "at least one dose of study", "one", "count", 1, 1, "doses", N, "safety population definition"),
 ("a-179", A, "N = 179", "179", "count", 179, 179, "boys", Y, "epidys enrolled"),
 ("a-118", A, "(givinostat n=118", "118", "count", 118, 118, "boys", Y, "givinostat arm"),
 ("a-61", A, "placebo n=61)", "61", "count", 61, 61, "boys", Y, "placebo arm"),
 ("a-98", A, "mean age at baseline was 9.8 years", "9.8 years", "age", 9.8, 9.8, "years", Y, "mean age"),
 ("a-120", A, "comprised 120 boys", "120", "count", 120, 120, "boys", Y, "primary analysis population"),
 ("a-81", A, "(givinostat n=81", "81", "count", 81, 81, "boys", Y, "primary population givinostat arm"),
 ("a-39", A, "placebo n=39", "39", "count", 39, 39, "boys", Y, "primary population placebo arm"),
 ("a-34", A, "were 3.4 s and", "3.4 s", "duration", 3.4, 3.4, "seconds", Y, "baseline 4sc givinostat"),
 ("a-35", A, "3.4 s and 3.5 s", "3.5 s", "duration", 3.5, 3.5, "seconds", Y, "baseline 4sc placebo"),
 ("a-72c", A, "at 72 weeks they were", "72 weeks", "duration", 72, 72, "weeks", N, "timepoint"),
 ("a-47", A, "were 4.7 s and", "4.7 s", "duration", 4.7, 4.7, "seconds", Y, "4sc at 72 weeks givinostat"),
 ("a-64", A, "4.7 s and 6.4 s", "6.4 s", "duration", 6.4, 6.4, "seconds", Y, "4sc at 72 weeks placebo"),
 ("a-178", A, "difference −1.78 s", "−1.78 s", "duration", -1.78, -1.78, "seconds", Y, "4sc difference vs placebo"),
 ("a-ci", A, "95% CI −3.46 to −0.11", "−3.46 to −0.11", "duration", -3.46, -0.11, "seconds", Y, "ci of 4sc difference"),
 ("a-p", A, "P=0.037", "0.037", "pvalue", 0.037, 0.037, "p", N, "p-value"),
 ("a-086", A, "geometric mean ratio of 0.86", "0.86", "ratio", 0.86, 0.86, "x", Y, "4sc geometric mean ratio"),
 ("a-191", A, "was 1.91 points smaller", "1.91 points", "score", 1.91, 1.91, "points", Y, "nsaa difference"),
 ("a-39pct", A, "with 39% less cumulative", "39%", "percent", 39, 39, "%", Y, "nsaa item loss reduction"),
 ("a-59", A, "In the 59 boys", "59", "count", 59, 59, "boys", Y, "off-target subgroup"),
 ("a-37", A, "(givinostat n=37", "37", "count", 37, 37, "boys", Y, "off-target givinostat arm"),
 ("a-22", A, "placebo n=22", "22", "count", 22, 22, "boys", Y, "off-target placebo arm"),
 ("a-278", A, "difference was −2.78 s", "−2.78 s", "duration", -2.78, -2.78, "seconds", Y, "off-target 4sc difference"),
 ("a-38", A, "occurred in 38 (32.2%)", "38", "count", 38, 38, "boys", Y, "thrombocytopenia/low platelet events givinostat"),
 ("a-322", A, "38 (32.2%)", "32.2%", "percent", 32.2, 32.2, "%", Y, "thrombocytopenia/low platelet rate givinostat"),
 ("a-118b", A, "of 118 boys given", "118", "count", 118, 118, "boys", N, "denominator repeat"),
 ("a-none", A, "in none of 61 given", "none", "percent", 0, 0, "%", N, "thrombocytopenia placebo"),
 ("a-61b", A, "none of 61 given placebo", "61", "count", 61, 61, "boys", N, "denominator repeat"),
 ("a-grade", A, "were grade 1 or 2", "1 or 2", "other", 1, 2, "grade", N, "ae grade"),
 ("a-17", A, "thrombocytopenia in 17 (14.4%)", "17", "count", 17, 17, "boys", Y, "dose reduced for thrombocytopenia"),
 ("a-144", A, "17 (14.4%)", "14.4%", "percent", 14.4, 14.4, "%", Y, "dose reduced for thrombocytopenia"),
 ("a-16", A, "count in 16 (13.6%)", "16", "count", 16, 16, "boys", Y, "dose reduced for decreased platelet count"),
 ("a-136", A, "16 (13.6%)", "13.6%", "percent", 13.6, 13.6, "%", Y, "dose reduced for decreased platelet count"),
 ("a-85", A, "nadir was 85 days", "85 days", "duration", 85, 85, "days", Y, "median time to platelet nadir"),
 ("a-26", A, "a median of 26 days", "26 days", "duration", 26, 26, "days", Y, "median platelet recovery time"),
 ("a-72d", A, "72 weeks of givinostat slowed", "72 weeks", "duration", 72, 72, "weeks", N, "conclusion repeat"),

 # ---- GV04 explainer (2025-07-15)
 ("e-upd", E, "Updated July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-mar21", E, "on March 21, 2024", "March 21, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-6", E, "patients 6 years of age", "6 years", "age", 6, 6, "years", Y, "us approved minimum age"),
 ("e-dec24", E, "MHRA licensed it in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "mhra authorisation date"),
 ("e-six", E, "patients aged six and over", "six", "age", 6, 6, "years", Y, "uk approved minimum age"),
 ("e-apr24", E, "positive opinion in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "chmp opinion date"),
 ("e-jun25", E, "authorisation in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "ec decision date"),
 ("e-inc", E, "about 1 in 3,500 boys", "1 in 3,500", "percent", R35, R35, "%", Y, "dmd incidence"),
 ("e-179", E, "enrolled 179 boys", "179", "count", 179, 179, "boys", Y, "epidys enrolled"),
 ("e-41", E, "at 41 hospitals", "41", "count", 41, 41, "sites", Y, "epidys sites"),
 ("e-11", E, "in 11 countries and followed", "11", "count", 11, 11, "countries", Y, "epidys countries"),
 ("e-18", E, "followed them for 18 months", "18 months", "duration", 18, 18, "months", Y, "epidys treatment duration"),
 ("e-178", E, "were 1.78 seconds faster", "1.78 seconds", "duration", 1.78, 1.78, "seconds", Y, "4sc difference vs placebo"),
 ("e-four", E, "at climbing four stairs", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("e-twice0", E, "by mouth twice a day", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-b1", E, "10 kg to less than 20 kg", "10 kg to less than 20 kg", "weight", 10, 20, "kg", N, "dose band"),
 ("e-222", E, "22.2 mg (2.5 mL)", "22.2 mg", "dose", 22.2, 22.2, "mg", Y, "dose 10-<20 kg"),
 ("e-25", E, "(2.5 mL)", "2.5 mL", "volume", 2.5, 2.5, "mL", Y, "dose volume 10-<20 kg"),
 ("e-tw1", E, "(2.5 mL) twice daily", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-b2", E, "20 kg to less than 40 kg", "20 kg to less than 40 kg", "weight", 20, 40, "kg", N, "dose band"),
 ("e-31", E, "31 mg (3.5 mL)", "31 mg", "dose", 31, 31, "mg", Y, "dose 20-<40 kg"),
 ("e-35", E, "(3.5 mL)", "3.5 mL", "volume", 3.5, 3.5, "mL", Y, "dose volume 20-<40 kg"),
 ("e-tw2", E, "(3.5 mL) twice daily", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-b3", E, "40 kg to less than 60 kg", "40 kg to less than 60 kg", "weight", 40, 60, "kg", N, "dose band"),
 ("e-443", E, "44.3 mg (5 mL)", "44.3 mg", "dose", 44.3, 44.3, "mg", Y, "dose 40-<60 kg"),
 ("e-5ml", E, "(5 mL)", "5 mL", "volume", 5, 5, "mL", Y, "dose volume 40-<60 kg"),
 ("e-tw3", E, "(5 mL) twice daily", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-b4", E, "60 kg or more: 53.2", "60 kg", "weight", 60, 60, "kg", N, "dose band"),
 ("e-532", E, "53.2 mg (6 mL)", "53.2 mg", "dose", 53.2, 53.2, "mg", Y, "dose >=60 kg"),
 ("e-6ml", E, "(6 mL)", "6 mL", "volume", 6, 6, "mL", Y, "dose volume >=60 kg"),
 ("e-tw4", E, "(6 mL) twice daily", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-886", E, "contains 8.86 mg", "8.86 mg", "dose", 8.86, 8.86, "mg/mL", Y, "suspension strength"),
 ("e-30s", E, "at least 30 seconds", "30 seconds", "duration", 30, 30, "seconds", N, "shake time"),
 ("e-60d", E, "left 60 days after", "60 days", "duration", 60, 60, "days", Y, "discard after opening"),
 ("e-twod", E, "never take two doses", "two", "count", 2, 2, "doses", N, "advice"),
 ("e-33", E, "showed up in 33% of children", "33%", "percent", 33, 33, "%", Y, "thrombocytopenia rate givinostat"),
 ("e-none", E, "and in none on placebo", "none", "percent", 0, 0, "%", N, "thrombocytopenia rate placebo"),
 ("e-28", E, "lower dose in 28%", "28%", "percent", 28, 28, "%", Y, "dose reduced for low platelets"),
 ("e-23", E, "seen in 23% of children", "23%", "percent", 23, 23, "%", Y, "hypertriglyceridemia givinostat"),
 ("e-7", E, "compared with 7% on placebo", "7%", "percent", 7, 7, "%", Y, "hypertriglyceridemia placebo"),
 ("e-150", E, "below 150 × 10⁹/L", "150 × 10⁹/L", "count", 150, 150, "x10^9/L", Y, "platelet threshold to start"),
 ("e-150k", E, "(150,000 per microliter)", "150,000", "count", 150000, 150000, "platelets/uL", Y, "platelet threshold to start"),
 ("e-2wk", E, "every 2 weeks for the first", "2 weeks", "duration", 2, 2, "weeks", Y, "blood count interval early"),
 ("e-2mo", E, "for the first 2 months", "2 months", "duration", 2, 2, "months", Y, "period of two-weekly blood counts"),
 ("e-3mo", E, "monthly for the first 3 months", "3 months", "duration", 3, 3, "months", Y, "period of monthly blood counts"),
 ("e-ev3", E, "every 3 months after that", "3 months", "duration", 3, 3, "months", Y, "blood count interval later"),
 ("e-tg1", E, "checked at 1, 3 and 6 months", "1", "duration", 1, 1, "months", N, "tg timepoint"),
 ("e-tg3", E, "1, 3 and 6 months", "3", "duration", 3, 3, "months", N, "tg timepoint"),
 ("e-tg6", E, "3 and 6 months, then", "6 months", "duration", 6, 6, "months", N, "tg timepoint"),
 ("e-ev6", E, "then every 6 months", "6 months", "duration", 6, 6, "months", Y, "tg interval later"),
 ("e-300", E, "above 300 mg/dL", "300 mg/dL", "other", 300, 300, "mg/dL", Y, "triglyceride threshold"),
 ("e-twos", E, "in up to two steps", "two", "count", 2, 2, "steps", N, "dose reduction steps"),
 ("e-60kg", E, "for a child of 60 kg or more", "60 kg", "weight", 60, 60, "kg", N, "dose band"),
 ("e-399", E, "first to 39.9 mg", "39.9 mg", "dose", 39.9, 39.9, "mg", Y, "first reduced dose >=60 kg"),
 ("e-354", E, "then to 35.4 mg", "35.4 mg", "dose", 35.4, 35.4, "mg", Y, "second reduced dose >=60 kg"),
 ("e-tw5", E, "35.4 mg twice daily", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("e-5yr", E, "valid for five years", "five years", "duration", 5, 5, "years", Y, "conditional authorisation validity"),
 ("e-30c", E, "across the 30 countries", "30", "count", 30, 30, "countries", Y, "eea countries"),
 ("e-jul10", E, "on July 10, 2025", "July 10, 2025", "date", 2025, 2025, "year", Y, "nice first committee meeting"),
 ("e-430", E, "a pot of £430 million", "£430 million", "money", 430000000, 430000000, "GBP", Y, "innovative medicines fund size"),

 # ---- GV05 blog (2025-05-02)
 ("b-h6", B, "Six months on Duvyzat", "Six months", "duration", 6, 6, "months", N, "headline: time on drug"),
 ("b-pub", B, "May 2, 2025", "May 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-cap9", B, "[Image: Leo, 9,", "9", "age", 9, 9, "years", N, "caption"),
 ("b-capmar", B, "stopwatch in March", "March", "date", 2025, 2025, "year", N, "caption"),
 ("b-at4", B, "diagnosed at 4", "4", "age", 4, 4, "years", N, "personal"),
 ("b-at5", B, "steroids at 5, and", "5", "age", 5, 5, "years", N, "personal"),
 ("b-now9", B, "is now 9", "9", "age", 9, 9, "years", N, "personal"),
 ("b-lastmar", B, "approved Duvyzat last March", "last March", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-oct", B, "By October he had", "October", "date", 2024, 2024, "year", N, "personal start date"),
 ("b-6mo", B, "our six-month check-in", "six-month", "duration", 6, 6, "months", N, "personal"),
 ("b-lastfri", B, "Last Friday, the European", "Last Friday", "date", 2025, 2025, "year", Y, "chmp opinion date"),
 ("b-67", B, "has 67 days to decide", "67 days", "duration", 67, 67, "days", Y, "ec decision window"),
 ("b-july", B, "a decision by July", "July", "date", 2025, 2025, "year", Y, "expected ec decision (forecast)"),
 ("b-three", B, "run three additional studies", "three", "count", 3, 3, "studies", Y, "further studies required"),
 ("b-18", B, "followed boys for 18 months", "18 months", "duration", 18, 18, "months", Y, "epidys treatment duration"),
 ("b-four", B, "to climb four stairs", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("b-125", B, "about 1.25 seconds", "1.25 seconds", "duration", 1.25, 1.25, "seconds", Y, "4sc mean increase givinostat"),
 ("b-3", B, "about 3 seconds on placebo", "3 seconds", "duration", 3, 3, "seconds", Y, "4sc mean increase placebo"),
 ("b-28", B, "showed up in 28% of boys", "28%", "percent", 28, 28, "%", Y, "thrombocytopenia rate givinostat"),
 ("b-2ndmo", B, "in his second month", "second month", "duration", 2, 2, "months", N, "personal"),
 ("b-3wk", B, "for about three weeks", "three weeks", "duration", 3, 3, "weeks", N, "personal"),
 ("b-27kg", B, "about 27 kilograms", "27 kilograms", "weight", 27, 27, "kg", N, "personal"),
 ("b-band", B, "the 20-to-40 kg band", "20-to-40 kg", "weight", 20, 40, "kg", N, "dose band"),
 ("b-35", B, "band: 3.5 mL", "3.5 mL", "volume", 3.5, 3.5, "mL", Y, "dose volume 20-<40 kg"),
 ("b-twice", B, "3.5 mL, twice a day", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("b-886", B, "says 8.86 mg per mL", "8.86 mg", "dose", 8.86, 8.86, "mg/mL", Y, "suspension strength"),
 ("b-20d", B, "lasts us about 20 days", "20 days", "duration", 20, 20, "days", N, "personal"),
 ("b-fall", B, "Last fall our state's", "Last fall", "date", 2024, 2024, "year", Y, "committee vote date"),
 ("b-v8", B, "voted 8-1", "8", "vote", 8, 8, "votes", Y, "committee votes for"),
 ("b-v1", B, "voted 8-1", "1", "vote", 1, 1, "votes", Y, "committee votes against"),
 ("b-pa6", B, "approval was for six months", "six months", "duration", 6, 6, "months", Y, "initial prior authorization length"),
 ("b-pa12", B, "renewals are for 12 months", "12 months", "duration", 12, 12, "months", Y, "prior authorization renewal length"),
 ("b-st6", B, "for at least 6 months", "6 months", "duration", 6, 6, "months", Y, "prior steroid requirement"),
 ("b-2400", B, "Join 2,400 Duchenne", "2,400", "count", 2400, 2400, "families", N, "newsletter furniture"),
 ("b-rel5", B, "Steroids at 5: how", "5", "age", 5, 5, "years", N, "related link"),

 # ---- GV06 local (2024-10-17, Thursday), hard-wrapped
 ("l-pub", L, "Thursday, October 17, 2024", "Thursday, October 17, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-v7", L, "voted 7-2 on Tuesday", "7", "vote", 7, 7, "votes", Y, "committee votes for"),
 ("l-v2", L, "voted 7-2 on Tuesday", "2", "vote", 2, 2, "votes", Y, "committee votes against"),
 ("l-tue", L, "7-2 on Tuesday", "Tuesday", "date", 2024, 2024, "year", Y, "committee vote date"),
 ("l-40", L, "about 40 children", "40", "count", 40, 40, "children", Y, "eligible medicaid children (estimate)"),
 ("l-twono", L, "The two members who voted no", "two", "vote", 2, 2, "votes", Y, "committee votes against (repeat)"),
 ("l-6", L, "at least 6 years old", "6 years", "age", 6, 6, "years", Y, "pa minimum age"),
 ("l-st6", L, "steroids for at least six months", "six months", "duration", 6, 6, "months", Y, "prior steroid requirement"),
 ("l-pa6", L, "authorizations will last six months", "six months", "duration", 6, 6, "months", Y, "initial prior authorization length"),
 ("l-pa12", L, "renewals will run 12 months", "12 months", "duration", 12, 12, "months", Y, "prior authorization renewal length"),
 ("l-mar", L, "Italfarmaco, in March", "March", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("l-twice", L, "taken twice a day", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("l-60", L, "follows about 60 boys", "60", "count", 60, 60, "boys", Y, "clinic patients with duchenne"),
 ("l-sep", L, "prescribing Duvyzat in September", "September", "date", 2024, 2024, "year", N, "clinic start"),
 ("l-11", L, "So far 11 boys", "11", "count", 11, 11, "boys", Y, "local boys started"),
 ("l-118", L, "enrolled 118 boys", "118", "count", 118, 118, "boys", Y, "epidys enrolled"),
 ("l-18", L, "followed them for 18 months", "18 months", "duration", 18, 18, "months", Y, "epidys treatment duration"),
 ("l-125", L, "were 1.25 seconds faster", "1.25 seconds", "duration", 1.25, 1.25, "seconds", Y, "4sc difference vs placebo"),
 ("l-four", L, "at climbing four stairs", "four", "count", 4, 4, "stairs", N, "stairs in test"),
 ("l-2wk", L, "every two weeks for the first", "two weeks", "duration", 2, 2, "weeks", Y, "blood count interval early"),
 ("l-3mo", L, "for the first three months", "three months", "duration", 3, 3, "months", Y, "period of two-weekly blood counts"),
 ("l-2040", L, "between 20 and 40 kilograms", "20 and 40 kilograms", "weight", 20, 40, "kg", N, "dose band"),
 ("l-443", L, "takes 44.3 milligrams", "44.3 milligrams", "dose", 44.3, 44.3, "mg", Y, "dose 20-<40 kg"),
 ("l-twice2", L, "44.3 milligrams twice a day", "twice", "count", 2, 2, "doses/day", N, "doses per day"),
 ("l-8", L, "Marcus Bell, 8,", "8", "age", 8, 8, "years", N, "interviewee age"),
 ("l-at3", L, "diagnosed at 3", "3", "age", 3, 3, "years", N, "personal"),
 ("l-at5", L, "since he was 5", "5", "age", 5, 5, "years", N, "personal"),
 ("l-32m", L, "costs $3.2 million", "$3.2 million", "money", 3200000, 3200000, "USD", Y, "elevidys price"),
 ("l-single", L, "for a single infusion", "single", "count", 1, 1, "infusions", N, "one-time therapy"),
 ("l-lastyr", L, "was approved last year", "last year", "date", 2023, 2023, "year", Y, "elevidys approval date"),
 ("l-45", L, "for 4- and 5-year-olds", "4- and 5-year-olds", "age", 4, 5, "years", Y, "elevidys initial ages"),
 ("l-june", L, "widened its label in June", "June", "date", 2024, 2024, "year", Y, "elevidys label expansion date"),
 ("l-4", L, "patients aged 4 and older", "4", "age", 4, 4, "years", Y, "elevidys expanded minimum age"),
 ("l-nov1", L, "takes effect Nov. 1", "Nov. 1", "date", 2024, 2024, "year", Y, "coverage effective date"),

 # ---- GV07 fact-check (2025-01-09)
 ("f-hhalf", F, "does not make \"half\" of boys", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-pub", F, "January 9, 2025", "January 9, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-lastmo", F, "approved in the UK last month", "last month", "date", 2024, 2024, "year", Y, "mhra authorisation date"),
 ("f-half", F, "\"makes half the boys who take it bleed\" and was", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-single", F, "without a single proper trial", "single", "count", 1, 1, "trials", N, "post claim"),
 ("f-third", F, "about a third of boys", "a third", "percent", 100/3, 100/3, "%", Y, "thrombocytopenia rate givinostat (verdict)"),
 ("f-179v", F, "placebo-controlled trial of 179 boys", "179", "count", 179, 179, "boys", Y, "epidys enrolled (verdict)"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-wed", F, "by Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "as-of"),
 ("f-dec20", F, "givinostat on December 20", "December 20", "date", 2024, 2024, "year", Y, "mhra authorisation date"),
 ("f-6", F, "patients aged 6 and over", "6", "age", 6, 6, "years", Y, "uk approved minimum age"),
 ("f-mar24", F, "the drug in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-179b", F, "randomly assigned 179 boys", "179", "count", 179, 179, "boys", Y, "epidys enrolled"),
 ("f-21", F, "two for every one on placebo", "two for every one", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("f-41", F, "at 41 sites", "41", "count", 41, 41, "sites", Y, "epidys sites"),
 ("f-12c", F, "in 12 countries", "12", "count", 12, 12, "countries", Y, "epidys countries"),
 ("f-12mo", F, "It was a 12-month trial", "12-month", "duration", 12, 12, "months", Y, "epidys treatment duration"),
 ("f-33", F, "occurred in 33% of boys treated", "33%", "percent", 33, 33, "%", Y, "thrombocytopenia rate givinostat"),
 ("f-none", F, "in none of the boys on placebo", "none", "percent", 0, 0, "%", N, "thrombocytopenia rate placebo"),
 ("f-28", F, "dose reduction in 28%", "28%", "percent", 28, 28, "%", Y, "dose reduced for low platelets"),
 ("f-halfb", F, "amounts to \"half the boys\"", "half", "percent", 50, 50, "%", N, "post claim (repeat)"),
 ("f-7", F, "blood fat, in 7% of boys", "7%", "percent", 7, 7, "%", Y, "hypertriglyceridemia givinostat"),
 ("f-6mo", F, "an extra six months", "six months", "duration", 6, 6, "months", Y, "fda review extension"),
 ("f-100", F, "About 100 boys are born", "100", "count", 100, 100, "boys/year", Y, "uk duchenne births per year"),
 ("f-2500", F, "about 2,500 people", "2,500", "count", 2500, 2500, "people", Y, "uk people living with duchenne"),
 ("f-5000", F, "around 1 in 5,000 boys", "1 in 5,000", "percent", R50, R50, "%", Y, "dmd incidence"),
 ("f-may25", F, "meeting for May 2025", "May 2025", "date", 2025, 2025, "year", Y, "nice meeting (scheduled)"),
 ("f-340", F, "the £340 million Innovative", "£340 million", "money", 340000000, 340000000, "GBP", Y, "innovative medicines fund size"),
 ("f-21m", F, "priced at $2.1 million", "$2.1 million", "money", 2100000, 2100000, "USD", Y, "elevidys price"),
 ("f-halfr", F, "The claim that givinostat \"makes half", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-33r", F, "Low platelets occurred in 33% of treated boys", "33%", "percent", 33, 33, "%", Y, "thrombocytopenia rate givinostat (ruling)"),
 ("f-179r", F, "placebo-controlled study of 179 boys", "179", "count", 179, 179, "boys", Y, "epidys enrolled (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: blog "last March" (pub 2025-05 -> March 2025) vs 2024
 ("b-lastmar", "w-thu", S), ("b-lastmar", "p-mar24", S), ("b-lastmar", "e-mar21", S),
 ("b-lastmar", "l-mar", S), ("b-lastmar", "f-mar24", S),
 # S2 EPIDYS enrolment: 118 (givinostat arm as the whole trial) vs 179
 ("l-118", "w-179", S), ("l-118", "p-179a", S), ("l-118", "a-179", S), ("l-118", "e-179", S),
 ("l-118", "f-179v", S), ("l-118", "f-179b", S), ("l-118", "f-179r", S),
 # S3 thrombocytopenia rate: 28% (dose-reduction figure swapped in) vs 33% / 32.2% / a third
 ("b-28", "w-33", S), ("b-28", "p-33", S), ("b-28", "e-33", S), ("b-28", "f-33", S),
 ("b-28", "f-33r", S), ("b-28", "a-322", S), ("b-28", "f-third", S),
 # S4 dose for 20-<40 kg: 44.3 mg (next band) vs 31 mg
 ("l-443", "e-31", S),
 # S5 suspension strength 8.68 (transposed) vs 8.86
 ("w-868", "p-886", S), ("w-868", "e-886", S), ("w-868", "b-886", S),
 # S6 treatment duration: 12 months vs 18 months / 72 weeks
 ("f-12mo", "w-18", S), ("f-12mo", "p-72", S), ("f-12mo", "a-72", S), ("f-12mo", "e-18", S),
 ("f-12mo", "b-18", S), ("f-12mo", "l-18", S),
 # S7 4SC difference: 1.25 s (givinostat arm's change) vs 1.78 s
 ("l-125", "w-178", S), ("l-125", "a-178", S), ("l-125", "e-178", S),
 # S8 CHMP opinion year: April 2024 vs 2025
 ("e-apr24", "p-apr25", S), ("e-apr24", "b-lastfri", S),
 # S9 conditional authorisation validity: five years vs one year
 ("e-5yr", "p-1yr", S),
 # S10 further studies required: three vs two
 ("b-three", "p-two", S),
 # S11 two-weekly blood counts: first three months vs first 2 months
 ("l-3mo", "e-2mo", S),
 # S12 FDA review extension: six months vs three months
 ("f-6mo", "w-3mo", S),
 # S13 committee vote: 8-1 vs 7-2
 ("b-v8", "l-v7", S), ("b-v1", "l-v2", S), ("b-v1", "l-twono", S),
 # S14 Elevidys price: $2.1 million (another gene therapy's price) vs $3.2 million
 ("f-21m", "w-32m", S), ("f-21m", "l-32m", S),
 # S15 Innovative Medicines Fund: £430m (transposed) vs £340m
 ("e-430", "f-340", S),
 # S16 EPIDYS countries: 12 vs 11
 ("f-12c", "w-11", S), ("f-12c", "a-11", S), ("f-12c", "e-11", S),
 # S17 hypertriglyceridemia on givinostat: 7% (placebo figure) vs 23%
 ("f-7", "p-23", S), ("f-7", "e-23", S),
 # Qualified
 # Q1 analysis population per EMA (79/41) vs FDA/Lancet (81/39): real two-source discrepancy
 ("p-79", "w-81", Q), ("p-79", "a-81", Q), ("p-41", "w-39", Q), ("p-41", "a-39", Q),
 # Q2 thrombocytopenia: 32.2% (combined AE terms, abstract) vs 33% (label) / a third
 ("a-322", "w-33", Q), ("a-322", "p-33", Q), ("a-322", "e-33", Q), ("a-322", "f-33", Q),
 ("a-322", "f-33r", Q), ("a-322", "f-third", Q),
 # Q3 incidence 1 in 3,500 vs 1 in 5,000 (real range in the literature)
 ("e-inc", "f-5000", Q),
 # Q4 118 "enrolled" vs 179 safety population
 ("l-118", "p-179s", Q),
 # Q5 44.3 mg vs 3.5 mL for the 20-40 kg band (different units; 3.5 mL = 31 mg)
 ("l-443", "e-35", Q), ("l-443", "b-35", Q),
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
        rows.append({"type": "claim", "id": f"gv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"gv-{a}", f"gv-{b}"
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
