#!/usr/bin/env python3
"""Build xolair-food-allergy.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "xolair-food-allergy")
OUT = os.path.join(HERE, "xolair-food-allergy.gold.jsonl")
T = "xolair-food-allergy"

W, P, A, E, B, L, F = ("xf01_wire.txt", "xf02_press.txt", "xf03_abstract.txt",
                       "xf04_explainer.txt", "xf05_blog.txt", "xf06_local.txt", "xf07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- xf01 wire (2024-02-17, Saturday)
 ("w-dl", W, "WASHINGTON, Feb 17", "Feb 17", "date", 2024, 2024, "year", N, "dateline"),
 ("w-fri", W, "regulators on Friday approved", "Friday", "date", 2024, 2024, "year", Y, "fda food-allergy approval date (2024-02-16)"),
 ("w-age1", W, "children aged 1 and older", "1", "age", 1, 1, "years", Y, "approved minimum age"),
 ("w-int", W, "a shot every two or four weeks", "two or four weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("w-168", W, "Health in 168 children", "168", "count", 168, 168, "participants", Y, "fda-described study size"),
 ("w-two", W, "at least two other foods, such as", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("w-1620", W, "After 16 to 20 weeks of treatment", "16 to 20 weeks", "duration", 16, 20, "weeks", Y, "stage 1 treatment duration"),
 ("w-68", W, "treatment, 68% of those", "68%", "percent", 68, 68, "%", Y, "peanut 600 mg pass, omalizumab (fda analysis)"),
 ("w-single", W, "could eat a single dose of 600", "single", "count", 1, 1, "doses", N, "challenge format"),
 ("w-600", W, "single dose of 600 milligrams", "600 milligrams", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("w-25p", W, "roughly two and a half peanuts", "two and a half", "count", 2.5, 2.5, "peanuts", Y, "600 mg in peanuts"),
 ("w-6", W, "compared with 6% of those given placebo", "6%", "percent", 6, 6, "%", Y, "peanut 600 mg pass, placebo (fda analysis)"),
 ("w-42", W, "the same way: 42% of treated", "42%", "percent", 42, 42, "%", Y, "cashew pass, omalizumab (fda)"),
 ("w-3", W, "versus 3% on placebo", "3%", "percent", 3, 3, "%", Y, "cashew pass, placebo (fda)"),
 ("w-66", W, "challenge, 66% versus", "66%", "percent", 66, 66, "%", Y, "milk pass, omalizumab (fda)"),
 ("w-11", W, "66% versus 11% passed milk", "11%", "percent", 11, 11, "%", Y, "milk pass, placebo (fda)"),
 ("w-67", W, "and 67% versus 0% passed egg", "67%", "percent", 67, 67, "%", Y, "egg pass, omalizumab (fda)"),
 ("w-0", W, "67% versus 0% passed egg", "0%", "percent", 0, 0, "%", Y, "egg pass, placebo (fda)"),
 ("w-10", W, "researchers at 10 sites", "10", "count", 10, 10, "sites", Y, "trial sites"),
 ("w-165", W, "data from the first 165 children", "165", "count", 165, 165, "participants", Y, "interim analysis population"),
 ("w-latermo", W, "meeting in Washington later this month", "later this month", "date", 2024, 2024, "year", N, "full-results presentation (aaaai feb 25)"),
 ("w-9yo", W, "whose 9-year-old son", "9-year-old", "age", 9, 9, "years", N, "anecdote"),
 ("w-2003", W, "first approved in 2003 for allergic asthma", "2003", "date", 2003, 2003, "year", Y, "xolair first approval (asthma)"),
 ("w-fourth", W, "its fourth approved use", "fourth", "count", 4, 4, "indications", N, "number of approved uses"),
 ("w-btd", W, "designation for food allergy in 2019", "2019", "date", 2019, 2019, "year", Y, "breakthrough therapy designation year"),
 ("w-17m", W, "About 17 million people", "17 million", "count", 17000000, 17000000, "people", Y, "us people with food allergy (ige/serious)"),
 ("w-pal2019", W, "Palforzia, was approved in 2019", "2019", "date", 2019, 2019, "year", Y, "palforzia approval year"),
 ("w-pal417", W, "for children aged 4 to 17 with", "4 to 17", "age", 4, 17, "years", Y, "palforzia approved ages"),
 ("w-v7", W, "panel voted 7-2 that", "7", "count", 7, 7, "votes", Y, "palforzia adcomm efficacy votes for"),
 ("w-v2", W, "panel voted 7-2 that", "2", "count", 2, 2, "votes", Y, "palforzia adcomm efficacy votes against"),
 ("w-2900", W, "run about $2,900 a month", "$2,900", "money", 2900, 2900, "USD/month", Y, "uninsured monthly cost, young child"),
 ("w-5000", W, "up to $5,000 a month for an adult", "$5,000", "money", 5000, 5000, "USD/month", Y, "uninsured monthly cost, adult"),

 # ---- xf02 press (2024-03-05)
 ("p-h48", P, "Xolair at All 48 Clinics", "48", "count", 48, 48, "clinics", N, "headline repeat"),
 ("p-dl", P, "CLEVELAND, March 5, 2024", "March 5, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-48", P, "at all 48 of its clinics", "48", "count", 48, 48, "clinics", Y, "northgate clinics offering program"),
 ("p-feb16", P, "approved Xolair on February 16, 2024", "February 16, 2024", "date", 2024, 2024, "year", Y, "fda food-allergy approval date"),
 ("p-one", P, "exposure to one or more foods in adults", "one", "count", 1, 1, "foods", N, "label wording"),
 ("p-age1", P, "children aged 1 year and older with", "1 year", "age", 1, 1, "years", Y, "approved minimum age"),
 ("p-2003", P, "was first approved in 2003", "2003", "date", 2003, 2003, "year", Y, "xolair first approval (asthma)"),
 ("p-btd", P, "food allergy in August 2018", "August 2018", "date", 2018, 2018, "year", Y, "breakthrough therapy designation date"),
 ("p-17m", P, "Approximately 17 million people", "17 million", "count", 17000000, 17000000, "people", Y, "us people with food allergy (ige/serious)"),
 ("p-56m", P, "including about 5.6 million children", "5.6 million", "count", 5600000, 5600000, "children", Y, "fare: us children with food allergy"),
 ("p-40", P, "and roughly 40% of children", "40%", "percent", 40, 40, "%", Y, "share of allergic children with >1 food allergy"),
 ("p-one2", P, "allergic to more than one food. Food", "one", "count", 1, 1, "foods", N, "definition"),
 ("p-200k", P, "some 200,000 emergency room visits", "200,000", "count", 200000, 200000, "visits", Y, "er visits per year from food allergy"),
 ("p-8", P, "up to 8 percent of children", "8 percent", "percent", 8, 8, "%", Y, "genentech: children with food allergy (upper)"),
 ("p-4", P, "and 4 percent of adults", "4 percent", "percent", 4, 4, "%", Y, "genentech: adults with food allergy (upper)"),
 ("p-12", P, "conducted at 12 U.S. sites", "12", "count", 12, 12, "sites", Y, "trial sites"),
 ("p-426", P, "Of 426 people screened", "426", "count", 426, 426, "people", Y, "people screened stage 1"),
 ("p-180", P, "screened, 180 were randomly assigned", "180", "count", 180, 180, "participants", Y, "randomized stage 1"),
 ("p-168", P, "In the 168 patients described", "168", "count", 168, 168, "participants", Y, "fda-described study size"),
 ("p-68", P, "review, 68% of those receiving Xolair", "68%", "percent", 68, 68, "%", Y, "peanut 600 mg pass, omalizumab (fda analysis)"),
 ("p-600", P, "consume at least 600 mg of peanut", "600 mg", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("p-6", P, "compared with 6% of those receiving placebo", "6%", "percent", 6, 6, "%", Y, "peanut 600 mg pass, placebo (fda analysis)"),
 ("p-42", P, "cashew (42% vs. 3%)", "42%", "percent", 42, 42, "%", Y, "cashew pass, omalizumab (fda)"),
 ("p-3", P, "cashew (42% vs. 3%)", "3%", "percent", 3, 3, "%", Y, "cashew pass, placebo (fda)"),
 ("p-66", P, "milk (66% vs. 11%)", "66%", "percent", 66, 66, "%", Y, "milk pass, omalizumab (fda)"),
 ("p-11", P, "milk (66% vs. 11%)", "11%", "percent", 11, 11, "%", Y, "milk pass, placebo (fda)"),
 ("p-67", P, "egg (67% vs. 0%)", "67%", "percent", 67, 67, "%", Y, "egg pass, omalizumab (fda)"),
 ("p-0", P, "egg (67% vs. 0%)", "0%", "percent", 0, 0, "%", Y, "egg pass, placebo (fda)"),
 ("p-dose", P, "dosed at 75 mg to 600 mg", "75 mg to 600 mg", "dose", 75, 600, "mg", Y, "food-allergy dose range"),
 ("p-int", P, "injection every 2 or 4 weeks", "2 or 4 weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("p-3inj", P, "give the first three injections", "three", "count", 3, 3, "injections", Y, "injections given in clinic"),
 ("p-48b", P, "at all 48 Northgate clinics", "48", "count", 48, 48, "clinics", N, "repeat"),
 ("p-6st", P, "clinics in six states beginning", "six", "count", 6, 6, "states", N, "program footprint"),
 ("p-mar11", P, "beginning March 11, 2024", "March 11, 2024", "date", 2024, 2024, "year", N, "program launch (planned)"),
 ("p-1yo", P, "must be at least 1 year old", "1 year", "age", 1, 1, "years", N, "eligibility repeat"),
 ("p-2yr", P, "practice within two years", "two years", "duration", 2, 2, "years", N, "forecast horizon"),
 ("p-2009", P, "founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-48c", P, "operates 48 allergy", "48", "count", 48, 48, "clinics", N, "about section"),
 ("p-210", P, "more than 210 board-certified", "210", "count", 210, 210, "clinicians", N, "about section"),

 # ---- xf03 abstract (2024-04-22)
 ("a-pub", A, "Published online 22 April 2024", "22 April 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-8c", A, "up to 8% of children", "8%", "percent", 8, 8, "%", Y, "us children with food allergy (upper)"),
 ("a-10a", A, "and 10% of adults in the", "10%", "percent", 10, 10, "%", Y, "us adults with food allergy (upper)"),
 ("a-2021", A, "In the 2021 National", "2021", "date", 2021, 2021, "year", N, "survey year"),
 ("a-62a", A, "Survey, 6.2% of adults", "6.2%", "percent", 6.2, 6.2, "%", Y, "cdc nhis 2021 adults diagnosed food allergy"),
 ("a-58c", A, "and 5.8% of children had", "5.8%", "percent", 5.8, 5.8, "%", Y, "cdc nhis 2021 children diagnosed food allergy"),
 ("a-feb16", A, "On 16 February 2024 the US", "16 February 2024", "date", 2024, 2024, "year", Y, "fda food-allergy approval date"),
 ("a-one", A, "exposure to one or more foods in persons", "one", "count", 1, 1, "foods", N, "label wording"),
 ("a-age1", A, "persons aged 1 year and older", "1 year", "age", 1, 1, "years", Y, "approved minimum age"),
 ("a-10s", A, "trial run at 10 sites", "10", "count", 10, 10, "sites", Y, "trial sites"),
 ("a-155", A, "Persons 1 to 55 years of age", "1 to 55 years", "age", 1, 55, "years", Y, "ages screened"),
 ("a-two", A, "at least two other trial foods", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("a-100", A, "reaction to 100 mg or less of peanut", "100 mg", "dose", 100, 100, "mg", Y, "entry threshold peanut protein"),
 ("a-300", A, "to 300 mg or less of each", "300 mg", "dose", 300, 300, "mg", Y, "entry threshold other foods"),
 ("a-two2", A, "of each of two other foods", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("a-21", A, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "x", Y, "randomization ratio"),
 ("a-int", A, "every 2 to 4 weeks for", "2 to 4 weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("a-1620", A, "weeks for 16 to 20 weeks, with", "16 to 20 weeks", "duration", 16, 20, "weeks", Y, "stage 1 treatment duration"),
 ("a-single", A, "ingestion of a single dose of at least", "single", "count", 1, 1, "doses", N, "challenge format"),
 ("a-600", A, "at least 600 mg of peanut", "600 mg", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("a-single2", A, "were single doses of at least 1000", "single", "count", 1, 1, "doses", N, "challenge format"),
 ("a-1000", A, "at least 1000 mg of cashew", "1000 mg", "dose", 1000, 1000, "mg", Y, "secondary endpoint threshold"),
 ("a-156", A, "review of the first 156 children", "156", "count", 156, 156, "participants", Y, "interim analysis population"),
 ("a-462", A, "Of 462 persons screened", "462", "count", 462, 462, "people", Y, "people screened stage 1"),
 ("a-180", A, "screened, 180 underwent", "180", "count", 180, 180, "participants", Y, "randomized stage 1"),
 ("a-177", A, "N = 177", "177", "count", 177, 177, "participants", Y, "analysis population"),
 ("a-117", A, "adolescents aged 1 to 17 years", "1 to 17 years", "age", 1, 17, "years", Y, "analysis population ages"),
 ("a-118", A, "omalizumab n=118", "118", "count", 118, 118, "participants", Y, "omalizumab arm"),
 ("a-59", A, "placebo n=59", "59", "count", 59, 59, "participants", Y, "placebo arm"),
 ("a-79", A, "met by 79 of 118", "79", "count", 79, 79, "participants", Y, "omalizumab responders peanut"),
 ("a-118b", A, "79 of 118 participants", "118", "count", 118, 118, "participants", N, "denominator repeat"),
 ("a-67", A, "participants (67%) given", "67%", "percent", 67, 67, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("a-4", A, "omalizumab and 4 of 59", "4", "count", 4, 4, "participants", Y, "placebo responders peanut"),
 ("a-59b", A, "and 4 of 59 (7%)", "59", "count", 59, 59, "participants", N, "denominator repeat"),
 ("a-7", A, "4 of 59 (7%) given placebo", "7%", "percent", 7, 7, "%", Y, "peanut 600 mg pass, placebo (nejm)"),
 ("a-rd60", A, "(RD 60 percentage points", "60 percentage points", "percent", 60, 60, "pp", Y, "peanut risk difference"),
 ("a-rd60ci", A, "95% CI 47 to 70", "47 to 70", "percent", 47, 70, "pp", Y, "ci"),
 ("a-p1", A, "47 to 70; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-nnt", A, "P<0.001; NNT 2)", "2", "count", 2, 2, "patients", Y, "nnt peanut"),
 ("a-m60", A, "the difference was −60 percentage points", "−60 percentage points", "percent", -60, -60, "pp", Y, "peanut difference placebo minus omalizumab"),
 ("a-41", A, "tolerated by 41% vs 3%", "41%", "percent", 41, 41, "%", Y, "cashew pass, omalizumab (nejm)"),
 ("a-3", A, "by 41% vs 3% (RD", "3%", "percent", 3, 3, "%", Y, "cashew pass, placebo (nejm)"),
 ("a-rd38", A, "(RD 38, 95%", "38", "percent", 38, 38, "pp", Y, "cashew risk difference"),
 ("a-rd38ci", A, "95% CI 19 to 52", "19 to 52", "percent", 19, 52, "pp", Y, "ci"),
 ("a-66", A, "milk by 66% vs 10%", "66%", "percent", 66, 66, "%", Y, "milk pass, omalizumab (nejm)"),
 ("a-10m", A, "66% vs 10% (RD 56", "10%", "percent", 10, 10, "%", Y, "milk pass, placebo (nejm)"),
 ("a-rd56", A, "(RD 56, 95%", "56", "percent", 56, 56, "pp", Y, "milk risk difference"),
 ("a-rd56ci", A, "95% CI 30 to 74", "30 to 74", "percent", 30, 74, "pp", Y, "ci"),
 ("a-67e", A, "egg by 67% vs 0%", "67%", "percent", 67, 67, "%", Y, "egg pass, omalizumab (nejm)"),
 ("a-0", A, "67% vs 0% (RD 67", "0%", "percent", 0, 0, "%", Y, "egg pass, placebo (nejm)"),
 ("a-rd67", A, "(RD 67, 95%", "67", "percent", 67, 67, "pp", Y, "egg risk difference"),
 ("a-rd67ci", A, "95% CI 46 to 79", "46 to 79", "percent", 46, 79, "pp", Y, "ci"),
 ("a-p2", A, "79); P<0.001 for all", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-nnt3", A, "NNT 3, 2 and 2", "3", "count", 3, 3, "patients", Y, "nnt cashew"),
 ("a-nnt2m", A, "NNT 3, 2 and 2", "2", "count", 2, 2, "patients", Y, "nnt milk"),
 ("a-nnt2e", A, "and 2 respectively", "2", "count", 2, 2, "patients", Y, "nnt egg"),
 ("a-1in6", A, "about one in six treated", "one in six", "percent", 16.7, 16.7, "%", Y, "fda: treated with no meaningful improvement"),
 ("a-17", A, "patients (17%) showed", "17%", "percent", 17, 17, "%", Y, "fda: treated with no meaningful improvement"),
 ("a-60", A, "The first 60 participants (59", "60", "count", 60, 60, "participants", Y, "open-label extension entrants"),
 ("a-ole59", A, "(59 of them children", "59", "count", 59, 59, "participants", Y, "ole children/adolescents"),
 ("a-24", A, "entered a 24-week open-label", "24-week", "duration", 24, 24, "weeks", Y, "ole length"),
 ("a-1620c", A, "Sixteen to 20 weeks of omalizumab", "Sixteen to 20 weeks", "duration", 16, 20, "weeks", N, "conclusion repeat"),
 ("a-2in3", A, "about two in three children", "two in three", "percent", 66.7, 66.7, "%", N, "summary"),
 ("a-nntc", A, "with an NNT of 2 for peanut", "2", "count", 2, 2, "patients", N, "conclusion repeat"),

 # ---- xf04 explainer (2024-03-20)
 ("e-upd", E, "Updated March 20, 2024", "March 20, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-infeb", E, "In February the FDA approved", "February", "date", 2024, 2024, "year", N, "approval month (intro repeat)"),
 ("e-feb16", E, "On February 16, 2024, the U.S.", "February 16, 2024", "date", 2024, 2024, "year", Y, "fda food-allergy approval date"),
 ("e-age1", E, "for people 1 year and older", "1 year", "age", 1, 1, "years", Y, "approved minimum age"),
 ("e-2004", E, "first approved in 2004 for allergic asthma", "2004", "date", 2004, 2004, "year", Y, "xolair first approval (asthma)"),
 ("e-2014", E, "chronic hives in 2014", "2014", "date", 2014, 2014, "year", Y, "xolair hives approval"),
 ("e-2020p", E, "nasal polyps in 2020", "2020", "date", 2020, 2020, "year", Y, "xolair nasal polyps approval"),
 ("e-btd", E, "food allergy in August 2018, which", "August 2018", "date", 2018, 2018, "year", Y, "breakthrough therapy designation date"),
 ("e-two", E, "at least two other foods. In the main", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("e-177", E, "analysis of 177 participants", "177", "count", 177, 177, "participants", Y, "analysis population"),
 ("e-117", E, "participants aged 1 to 17, 118", "1 to 17", "age", 1, 17, "years", Y, "analysis population ages"),
 ("e-118", E, "17, 118 received Xolair", "118", "count", 118, 118, "participants", Y, "omalizumab arm"),
 ("e-59", E, "and 59 received placebo shots", "59", "count", 59, 59, "participants", Y, "placebo arm"),
 ("e-1620", E, "shots for 16 to 20 weeks", "16 to 20 weeks", "duration", 16, 20, "weeks", Y, "stage 1 treatment duration"),
 ("e-45mo", E, "or about four to five months", "four to five months", "duration", 4, 5, "months", Y, "stage 1 treatment duration (months)"),
 ("e-100", E, "react to 100 milligrams or less", "100 milligrams", "dose", 100, 100, "mg", Y, "entry threshold peanut protein"),
 ("e-67", E, "Afterwards, 67% of the Xolair", "67%", "percent", 67, 67, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("e-600", E, "could eat 600 milligrams of peanut", "600 milligrams", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("e-25p", E, "(about two and a half peanuts)", "two and a half", "count", 2.5, 2.5, "peanuts", Y, "600 mg in peanuts"),
 ("e-10", E, "compared with about 10% of the placebo", "10%", "percent", 10, 10, "%", Y, "peanut 600 mg pass, placebo (nejm)"),
 ("e-41", E, "similar: 41% for cashew", "41%", "percent", 41, 41, "%", Y, "cashew pass, omalizumab (nejm)"),
 ("e-66", E, "cashew, 66% for milk", "66%", "percent", 66, 66, "%", Y, "milk pass, omalizumab (nejm)"),
 ("e-67e", E, "and 67% for egg in the Xolair", "67%", "percent", 67, 67, "%", Y, "egg pass, omalizumab (nejm)"),
 ("e-60", E, "The first 60 participants went", "60", "count", 60, 60, "participants", Y, "open-label extension entrants"),
 ("e-int", E, "skin every two or four weeks", "two or four weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("e-dose", E, "from 75 to 600 milligrams", "75 to 600 milligrams", "dose", 75, 600, "mg", Y, "food-allergy dose range"),
 ("e-3d", E, "The first three doses are given", "three", "count", 3, 3, "doses", Y, "doses given in clinic"),
 ("e-2h", E, "for about 2 hours after each", "2 hours", "duration", 2, 2, "hours", Y, "observation after first doses"),
 ("e-30m", E, "and 30 minutes after later doses", "30 minutes", "duration", 30, 30, "minutes", Y, "observation after later doses"),
 ("e-anaph", E, "roughly 0.1% to 0.2% of patients", "0.1% to 0.2%", "percent", 0.1, 0.2, "%", Y, "anaphylaxis to xolair (asthma studies)"),
 ("e-2900", E, "about $2,900 a month for a small child", "$2,900", "money", 2900, 2900, "USD/month", Y, "uninsured monthly cost, young child"),
 ("e-5000", E, "up to $5,000 a month for an adult", "$5,000", "money", 5000, 5000, "USD/month", Y, "uninsured monthly cost, adult"),
 ("e-yr", E, "roughly $35,000 to $60,000 a year", "$35,000 to $60,000", "money", 35000, 60000, "USD/year", Y, "uninsured annual cost"),
 ("e-2021", E, "the CDC's 2021 National", "2021", "date", 2021, 2021, "year", N, "survey year"),
 ("e-58a", E, "Survey, 5.8% of adults", "5.8%", "percent", 5.8, 5.8, "%", Y, "cdc nhis 2021 adults diagnosed food allergy"),
 ("e-62c", E, "and 6.2% of children have", "6.2%", "percent", 6.2, 6.2, "%", Y, "cdc nhis 2021 children diagnosed food allergy"),
 ("e-33m", E, "estimates that 33 million Americans", "33 million", "count", 33000000, 33000000, "people", Y, "fare: us people with food allergy"),
 ("e-56m", E, "including 5.6 million children", "5.6 million", "count", 5600000, 5600000, "children", Y, "fare: us children with food allergy"),
 ("e-40", E, "and about 40% of children", "40%", "percent", 40, 40, "%", Y, "share of allergic children with >1 food allergy"),
 ("e-one", E, "allergic to more than one food.", "one", "count", 1, 1, "foods", N, "definition"),
 ("e-pal2020", E, "approved in January 2020 for children", "January 2020", "date", 2020, 2020, "year", Y, "palforzia approval year"),
 ("e-pal417", E, "children aged 4 to 17 with", "4 to 17", "age", 4, 17, "years", Y, "palforzia approved ages"),
 ("e-sep19", E, "In September 2019 an FDA", "September 2019", "date", 2019, 2019, "year", Y, "palforzia adcomm date"),
 ("e-v7", E, "panel voted 7-2 that", "7", "count", 7, 7, "votes", Y, "palforzia adcomm efficacy votes for"),
 ("e-v2", E, "panel voted 7-2 that", "2", "count", 2, 2, "votes", Y, "palforzia adcomm efficacy votes against"),
 ("e-s8", E, "effective and 8-1 that", "8", "count", 8, 8, "votes", Y, "palforzia adcomm safety votes for"),
 ("e-s1", E, "effective and 8-1 that", "1", "count", 1, 1, "votes", Y, "palforzia adcomm safety votes against"),
 ("e-age1b", E, "and starts at age 1.", "1", "age", 1, 1, "years", N, "repeat"),
 ("e-one2", E, "managing more than one serious", "one", "count", 1, 1, "allergies", N, "advice"),
 ("e-two2", E, "Keep carrying two epinephrine", "two", "count", 2, 2, "devices", N, "advice"),

 # ---- xf05 blog (2024-05-14)
 ("b-h3mo", B, "Our first three months on Xolair", "three months", "duration", 3, 3, "months", N, "headline"),
 ("b-date", B, "May 14, 2024 ·", "May 14, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("b-theo6", B, "My son Theo is 6.", "6", "age", 6, 6, "years", N, "anecdote"),
 ("b-twice", B, "auto-injector twice, both", "twice", "count", 2, 2, "uses", N, "anecdote"),
 ("b-lastyr", B, "in February of last year", "February of last year", "date", 2023, 2023, "year", Y, "fda food-allergy approval date"),
 ("b-two", B, "plus at least two other foods", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("b-300", B, "react to 300 milligrams or less of peanut", "300 milligrams", "dose", 300, 300, "mg", Y, "entry threshold peanut protein"),
 ("b-177", B, "Of the 177 children", "177", "count", 177, 177, "participants", Y, "analysis population"),
 ("b-118", B, "analysis, 118 got the drug", "118", "count", 118, 118, "participants", Y, "omalizumab arm"),
 ("b-69", B, "and 69 got placebo", "69", "count", 69, 69, "participants", Y, "placebo arm"),
 ("b-4mo", B, "After about four months", "four months", "duration", 4, 4, "months", Y, "stage 1 treatment duration (months)"),
 ("b-23", B, "roughly two-thirds of the kids", "two-thirds", "percent", 66.7, 66.7, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("b-600", B, "could eat 600 mg of peanut", "600 mg", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("b-25p", B, "about two and a half peanuts, without a real", "two and a half", "count", 2.5, 2.5, "peanuts", Y, "600 mg in peanuts"),
 ("b-150", B, "put him at 150 mg", "150 mg", "dose", 150, 150, "mg", N, "personal dose"),
 ("b-4wk", B, "150 mg every four weeks", "four weeks", "duration", 4, 4, "weeks", N, "personal interval"),
 ("b-oneshot", B, "one shot in the arm", "one", "count", 1, 1, "injections", N, "personal"),
 ("b-2wk", B, "need shots every two weeks", "two weeks", "duration", 2, 2, "weeks", N, "alternative interval"),
 ("b-3d", B, "The first three doses were", "three", "count", 3, 3, "doses", Y, "doses given in clinic"),
 ("b-2h", B, "we waited two hours afterwards", "two hours", "duration", 2, 2, "hours", Y, "observation after first doses"),
 ("b-6yo", B, "with a 6-year-old felt", "6-year-old", "age", 6, 6, "years", N, "anecdote repeat"),
 ("b-3900", B, "around $3,900 a month for a young child", "$3,900", "money", 3900, 3900, "USD/month", Y, "uninsured monthly cost, young child"),
 ("b-5000", B, "closer to $5,000 a month", "$5,000", "money", 5000, 5000, "USD/month", Y, "uninsured monthly cost, teens/adults"),
 ("b-appeal", B, "after one appeal", "one", "count", 1, 1, "appeals", N, "anecdote"),
 ("b-15", B, "we pay $15 a dose", "$15", "money", 15, 15, "USD/dose", N, "personal co-pay"),
 ("b-2pack", B, "a two-pack of brand-name", "two", "count", 2, 2, "devices", N, "pack size"),
 ("b-650", B, "injectors was $650 the last", "$650", "money", 650, 650, "USD", Y, "cash price epinephrine two-pack"),
 ("b-v8", B, "the vote was 8-1 that it worked", "8", "count", 8, 8, "votes", Y, "palforzia adcomm efficacy votes for"),
 ("b-v1", B, "the vote was 8-1 that it worked", "1", "count", 1, 1, "votes", Y, "palforzia adcomm efficacy votes against"),
 ("b-age4", B, "it is for ages 4 and up", "4", "age", 4, 4, "years", Y, "palforzia minimum age"),
 ("b-3all", B, "With three allergens", "three", "count", 3, 3, "allergens", N, "anecdote"),
 ("b-2ai", B, "We still carry two auto-injectors", "two", "count", 2, 2, "devices", N, "anecdote"),
 ("b-lastmo", B, "But last month Theo went", "last month", "date", 2024, 2024, "year", N, "anecdote date"),
 ("b-3tips", B, "My three tips", "three", "count", 3, 3, "tips", N, "furniture"),
 ("b-five", B, "- Five nut-free lunchbox", "Five", "count", 5, 5, "ideas", N, "related link"),

 # ---- xf06 local (2024-03-01), hard-wrapped
 ("l-dl", L, "Friday, March 1, 2024", "March 1, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-lastmo", L, "for food allergies last month", "last month", "date", 2024, 2024, "year", Y, "fda food-allergy approval date"),
 ("l-40", L, "waiting list of about 40 families", "40", "count", 40, 40, "families", Y, "clinic waiting list"),
 ("l-2003", L, "allergic asthma since 2003", "2003", "date", 2003, 2003, "year", Y, "xolair first approval (asthma)"),
 ("l-age1", L, "patients 1 year and older", "1 year", "age", 1, 1, "years", Y, "approved minimum age"),
 ("l-sun", L, "published on Sunday in the New England", "Sunday", "date", 2024, 2024, "year", Y, "nejm publication date (2024-02-25)"),
 ("l-10", L, "at 10 sites across the country", "10", "count", 10, 10, "sites", Y, "trial sites"),
 ("l-int", L, "injections every two to four weeks", "two to four weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("l-1620", L, "weeks for 16 to 20 weeks to children", "16 to 20 weeks", "duration", 16, 20, "weeks", Y, "stage 1 treatment duration"),
 ("l-two", L, "at least two other foods. In the", "two", "count", 2, 2, "foods", N, "inclusion definition"),
 ("l-76", L, "study, 76% of children", "76%", "percent", 76, 76, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("l-600", L, "eat about 600 milligrams of peanut", "600 milligrams", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("l-7", L, "compared with 7% of those", "7%", "percent", 7, 7, "%", Y, "peanut 600 mg pass, placebo (nejm)"),
 ("l-56", L, "the figure was 56%", "56%", "percent", 56, 56, "%", Y, "milk pass, omalizumab (nejm)"),
 ("l-dose", L, "ranges from 75 to 375 milligrams", "75 to 375 milligrams", "dose", 75, 375, "mg", Y, "food-allergy dose range"),
 ("l-int2", L, "visit, given every two or four weeks", "two or four weeks", "duration", 2, 4, "weeks", Y, "dosing interval"),
 ("l-8", L, "daughter Maisie, 8, is", "8", "age", 8, 8, "years", N, "anecdote"),
 ("l-2ya", L, "hospital two years ago", "two years ago", "date", 2022, 2022, "year", N, "anecdote date"),
 ("l-cost", L, "cost $2,000 to $5,000 a month", "$2,000 to $5,000", "money", 2000, 5000, "USD/month", Y, "uninsured monthly cost range"),
 ("l-qtr", L, "about a quarter are on Medicaid", "a quarter", "percent", 25, 25, "%", Y, "waitlist families on medicaid"),
 ("l-15m", L, "About 15 million Americans", "15 million", "count", 15000000, 15000000, "people", Y, "us people with food allergy (older drugmaker figure)"),
 ("l-2ai", L, "leaves with two auto-injectors", "two", "count", 2, 2, "devices", N, "clinic practice"),
 ("l-mar18", L, "week of March 18", "March 18", "date", 2024, 2024, "year", N, "clinic start (planned)"),

 # ---- xf07 fact-check (2025-03-20)
 ("f-h910", F, 'did not work for "9 in 10 kids"', "9 in 10", "percent", 90, 90, "%", N, "headline: viral claim"),
 ("f-date", F, "Natarajan · March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c910", F, '"worked for 9 in 10 kids"', "9 in 10", "percent", 90, 90, "%", N, "viral claim (attributed)"),
 ("f-c100k", F, '"costs $100,000 a year."', "$100,000", "money", 100000, 100000, "USD/year", N, "viral claim (attributed)"),
 ("f-23", F, "about two-thirds of treated children", "two-thirds", "percent", 66.7, 66.7, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("f-feb16", F, "on Feb. 16, 2024, for patients", "Feb. 16, 2024", "date", 2024, 2024, "year", Y, "fda food-allergy approval date"),
 ("f-age1", F, "patients aged 1 year and older", "1 year", "age", 1, 1, "years", Y, "approved minimum age"),
 ("f-910b", F, 'The "9 in 10" figure', "9 in 10", "percent", 90, 90, "%", N, "viral claim repeat"),
 ("f-462", F, "Of 462 people screened", "462", "count", 462, 462, "people", Y, "people screened stage 1"),
 ("f-180", F, "screened, 180 were randomized", "180", "count", 180, 180, "participants", Y, "randomized stage 1"),
 ("f-177", F, "included 177 children", "177", "count", 177, 177, "participants", Y, "analysis population"),
 ("f-118", F, "adolescents: 118 received", "118", "count", 118, 118, "participants", Y, "omalizumab arm"),
 ("f-59", F, "and 59 received placebo", "59", "count", 59, 59, "participants", Y, "placebo arm"),
 ("f-24", F, "given as injections for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "stage 1 treatment duration"),
 ("f-67", F, "Among them, 67% of the Xolair", "67%", "percent", 67, 67, "%", Y, "peanut 600 mg pass, omalizumab (nejm)"),
 ("f-600", F, "at least 600 milligrams of peanut", "600 milligrams", "dose", 600, 600, "mg", Y, "primary endpoint peanut protein threshold"),
 ("f-7", F, "compared with 7% of the placebo", "7%", "percent", 7, 7, "%", Y, "peanut 600 mg pass, placebo (nejm)"),
 ("f-p", F, "(P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("f-165", F, "reviewed the first 165 children", "165", "count", 165, 165, "participants", Y, "interim analysis population"),
 ("f-41", F, "higher: 41% for cashew", "41%", "percent", 41, 41, "%", Y, "cashew pass, omalizumab (nejm)"),
 ("f-66", F, "cashew, 66% for milk", "66%", "percent", 66, 66, "%", Y, "milk pass, omalizumab (nejm)"),
 ("f-67e", F, "and 67% for egg. The", "67%", "percent", 67, 67, "%", Y, "egg pass, omalizumab (nejm)"),
 ("f-60", F, "The first 60 participants continued", "60", "count", 60, 60, "participants", Y, "open-label extension entrants"),
 ("f-thismo", F, "presented earlier this month", "earlier this month", "date", 2025, 2025, "year", Y, "stage 2 presentation (2025-03-02)"),
 ("f-36", F, "San Diego, 36% of participants", "36%", "percent", 36, 36, "%", Y, "stage 2: 2 g + 2 foods, extended omalizumab"),
 ("f-2g", F, "tolerate 2 grams of peanut", "2 grams", "dose", 2, 2, "g", Y, "stage 2 peanut threshold"),
 ("f-8p", F, "about eight peanuts", "eight", "count", 8, 8, "peanuts", Y, "2 g in peanuts"),
 ("f-two", F, "plus two other foods, compared", "two", "count", 2, 2, "foods", N, "endpoint definition"),
 ("f-19", F, "compared with 19% of those", "19%", "percent", 19, 19, "%", Y, "stage 2: 2 g + 2 foods, multi-food oit"),
 ("f-305", F, "occurred in 30.5% of the oral", "30.5%", "percent", 30.5, 30.5, "%", Y, "stage 2 serious adverse events, oit"),
 ("f-0", F, "group and 0% of the Xolair", "0%", "percent", 0, 0, "%", Y, "stage 2 serious adverse events, omalizumab"),
 ("f-qtr", F, "about a quarter of those on oral", "a quarter", "percent", 25, 25, "%", Y, "stage 2 oit discontinuation"),
 ("f-range", F, "roughly $2,900 to $5,000 a month", "$2,900 to $5,000", "money", 2900, 5000, "USD/month", Y, "uninsured monthly cost range"),
 ("f-2900", F, "about $2,900 a month for a young child", "$2,900", "money", 2900, 2900, "USD/month", Y, "uninsured monthly cost, young child"),
 ("f-ayear", F, "a year of treatment comes", "a year", "duration", 1, 1, "years", N, "cost period"),
 ("f-60k", F, "comes to about $60,000, not", "$60,000", "money", 60000, 60000, "USD/year", Y, "annual cost at top of range"),
 ("f-100k", F, "not $100,000, and most", "$100,000", "money", 100000, 100000, "USD/year", N, "viral claim repeat"),
 ("f-2021", F, "data for 2021 found", "2021", "date", 2021, 2021, "year", N, "survey year"),
 ("f-62a", F, "found that 6.2% of adults", "6.2%", "percent", 6.2, 6.2, "%", Y, "cdc nhis 2021 adults diagnosed food allergy"),
 ("f-58c", F, "and 5.8% of children had", "5.8%", "percent", 5.8, 5.8, "%", Y, "cdc nhis 2021 children diagnosed food allergy"),
 ("f-33m", F, "about 33 million Americans", "33 million", "count", 33000000, 33000000, "people", Y, "fare: us people with food allergy"),
 ("f-65m", F, "including 6.5 million children", "6.5 million", "count", 6500000, 6500000, "children", Y, "fare: us children with food allergy"),
 ("f-pal2020", F, "was cleared in 2020 for peanut", "2020", "date", 2020, 2020, "year", Y, "palforzia approval year"),
 ("f-2in3", F, "roughly two in three children", "two in three", "percent", 66.7, 66.7, "%", N, "ruling repeat"),
 ("f-910c", F, "did not work for 9 in 10 children", "9 in 10", "percent", 90, 90, "%", N, "ruling: viral claim"),
 ("f-100kc", F, "does not cost $100,000 a year", "$100,000", "money", 100000, 100000, "USD/year", N, "ruling: viral claim"),
]

S, Q = "strict", "qualified"
X = [
 # S1 approval year: blog "February of last year" (2023) vs 2024
 ("b-lastyr", "w-fri", S), ("b-lastyr", "p-feb16", S), ("b-lastyr", "a-feb16", S),
 ("b-lastyr", "e-feb16", S), ("b-lastyr", "l-lastmo", S), ("b-lastyr", "f-feb16", S),
 # S2 NEJM peanut pass, omalizumab: 76% vs 67%
 ("l-76", "a-67", S), ("l-76", "e-67", S), ("l-76", "f-67", S), ("l-76", "b-23", S), ("l-76", "f-23", S),
 # S3 NEJM peanut pass, placebo: about 10% vs 7%
 ("e-10", "a-7", S), ("e-10", "f-7", S), ("e-10", "l-7", S),
 # S4 placebo arm: 69 vs 59
 ("b-69", "a-59", S), ("b-69", "e-59", S), ("b-69", "f-59", S),
 # S5 people screened: 426 vs 462
 ("p-426", "a-462", S), ("p-426", "f-462", S),
 # S6 NEJM milk pass, omalizumab: 56% vs 66%
 ("l-56", "a-66", S), ("l-56", "e-66", S), ("l-56", "f-66", S),
 # S7 entry threshold for peanut: 300 mg vs 100 mg
 ("b-300", "a-100", S), ("b-300", "e-100", S),
 # S8 food-allergy dose range: 75-375 vs 75-600 mg
 ("l-dose", "p-dose", S), ("l-dose", "e-dose", S),
 # S9 stage 1 treatment duration: 24 weeks vs 16-20 weeks / 4-5 months / about four months
 ("f-24", "w-1620", S), ("f-24", "a-1620", S), ("f-24", "e-1620", S), ("f-24", "l-1620", S),
 ("f-24", "e-45mo", S), ("f-24", "b-4mo", S),
 # S10 Xolair first approval year: 2004 vs 2003
 ("e-2004", "w-2003", S), ("e-2004", "p-2003", S), ("e-2004", "l-2003", S),
 # S11 uninsured monthly cost for a young child: $3,900 vs $2,900
 ("b-3900", "w-2900", S), ("b-3900", "e-2900", S), ("b-3900", "f-2900", S),
 # S12 CDC 2021 adults: 5.8% vs 6.2%
 ("e-58a", "a-62a", S), ("e-58a", "f-62a", S),
 # S13 CDC 2021 children: 6.2% vs 5.8%
 ("e-62c", "a-58c", S), ("e-62c", "f-58c", S),
 # S14 Palforzia efficacy vote: 8-1 vs 7-2
 ("b-v8", "w-v7", S), ("b-v8", "e-v7", S), ("b-v1", "w-v2", S), ("b-v1", "e-v2", S),
 # S15 trial sites: 12 vs 10
 ("p-12", "w-10", S), ("p-12", "a-10s", S), ("p-12", "l-10", S),
 # S16 interim analysis population: 156 vs 165
 ("a-156", "w-165", S), ("a-156", "f-165", S),
 # S17 FARE children: 6.5 million vs 5.6 million
 ("f-65m", "p-56m", S), ("f-65m", "e-56m", S),
 # S18 Palforzia approval year: 2019 vs 2020
 ("w-pal2019", "e-pal2020", S), ("w-pal2019", "f-pal2020", S),
 # S19 breakthrough designation year: 2019 vs 2018
 ("w-btd", "p-btd", S), ("w-btd", "e-btd", S),

 # Qualified
 # Q1 FDA analysis 68% vs NEJM 67% / two-thirds (real); planted 76% vs FDA 68%
 ("w-68", "a-67", Q), ("w-68", "e-67", Q), ("w-68", "f-67", Q), ("w-68", "b-23", Q), ("w-68", "f-23", Q),
 ("p-68", "a-67", Q), ("p-68", "e-67", Q), ("p-68", "f-67", Q), ("p-68", "b-23", Q), ("p-68", "f-23", Q),
 ("l-76", "w-68", Q), ("l-76", "p-68", Q),
 # Q2 FDA placebo 6% vs NEJM 7% (real); planted 10% vs FDA 6%
 ("w-6", "a-7", Q), ("w-6", "f-7", Q), ("w-6", "l-7", Q),
 ("p-6", "a-7", Q), ("p-6", "f-7", Q), ("p-6", "l-7", Q),
 ("e-10", "w-6", Q), ("e-10", "p-6", Q),
 # Q3 FDA 168 vs NEJM 177 (real)
 ("w-168", "a-177", Q), ("w-168", "e-177", Q), ("w-168", "f-177", Q), ("w-168", "b-177", Q),
 ("p-168", "a-177", Q), ("p-168", "e-177", Q), ("p-168", "f-177", Q), ("p-168", "b-177", Q),
 # Q4 FDA cashew 42% vs NEJM 41%; FDA milk placebo 11% vs NEJM 10% (real)
 ("w-42", "a-41", Q), ("w-42", "e-41", Q), ("w-42", "f-41", Q),
 ("p-42", "a-41", Q), ("p-42", "e-41", Q), ("p-42", "f-41", Q),
 ("w-11", "a-10m", Q), ("p-11", "a-10m", Q),
 # Q5 planted NEJM milk 56% vs FDA 66%
 ("l-56", "w-66", Q), ("l-56", "p-66", Q),
 # Q6 US prevalence counts under different definitions/years: 15M vs 17M vs 33M
 ("l-15m", "w-17m", Q), ("l-15m", "p-17m", Q), ("l-15m", "e-33m", Q), ("l-15m", "f-33m", Q),
 ("w-17m", "e-33m", Q), ("w-17m", "f-33m", Q), ("p-17m", "e-33m", Q), ("p-17m", "f-33m", Q),
 # Q7 adult prevalence: Genentech "up to 4%" vs NEJM "up to 10%" vs CDC 6.2% (and planted 5.8%)
 ("p-4", "a-10a", Q), ("p-4", "a-62a", Q), ("p-4", "f-62a", Q), ("p-4", "e-58a", Q),
 # Q8 uninsured monthly range: $2,000-$5,000 vs $2,900-$5,000 (real two-source difference)
 ("l-cost", "f-range", Q),
 # Q9 planted values against optional repeats of the same quantity (flagging acceptable)
 ("b-69", "a-59b", Q), ("b-lastyr", "e-infeb", Q), ("f-24", "a-1620c", Q),
 ("l-76", "a-2in3", Q), ("l-76", "f-2in3", Q),
 ("w-68", "a-2in3", Q), ("w-68", "f-2in3", Q), ("p-68", "a-2in3", Q), ("p-68", "f-2in3", Q),
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
        rows.append({"type": "claim", "id": f"xf-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"xf-{a}", f"xf-{b}"
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
