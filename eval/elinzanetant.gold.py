#!/usr/bin/env python3
"""Build elinzanetant.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "elinzanetant")
OUT = os.path.join(HERE, "elinzanetant.gold.jsonl")
T = "elinzanetant"

W, P, A, E, B, L, F = ("EL01_wire.txt", "EL02_press.txt", "EL03_abstract.txt",
                       "EL04_explainer.txt", "EL05_blog.txt", "EL06_trade.txt", "EL07_factcheck.txt")
Y = True; N = False
M = "\u2212"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EL01 wire (2025-10-24, a Friday)
 ("w-dl", W, "FRANKFURT, Oct 24", "Oct 24", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("w-3mo", W, "after a three-month review", "three-month", "duration", 3, 3, "months", Y, "fda review extension"),
 ("w-nov", W, "U.S. pharmacies in November", "November", "date", 2025, 2025, "year", Y, "us launch"),
 ("w-two", W, "take two 60 mg", "two", "count", 2, 2, "capsules", N, "capsules per dose"),
 ("w-60", W, "two 60 mg capsules", "60 mg", "dose", 60, 60, "mg", Y, "capsule strength"),
 ("w-120", W, "a 120 mg dose", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("w-625", W, "cost at $625 for", "$625", "money", 625, 625, "USD", Y, "lynkuet wholesale price per month"),
 ("w-25", W, "as little as $25", "$25", "money", 25, 25, "USD", Y, "savings-program copay per month"),
 ("w-jul", W, "approve the drug in July", "July", "date", 2025, 2025, "year", Y, "uk approval date"),
 ("w-jul26", W, "rule by July 26", "July 26", "date", 2025, 2025, "year", Y, "original pdufa date"),
 ("w-latejul", W, "in late July", "late July", "date", 2025, 2025, "year", N, "extension notice"),
 ("w-90", W, "up to 90 more days", "90 more days", "duration", 90, 90, "days", Y, "fda review extension"),
 ("w-oct26", W, "target date to Oct. 26", "Oct. 26", "date", 2025, 2025, "year", Y, "extended pdufa date"),
 ("w-aug", W, "in August last year", "August last year", "date", 2024, 2024, "year", Y, "nda submission"),
 ("w-three", W, "on three late-stage trials", "three", "count", 3, 3, "trials", N, "number of trials"),
 ("w-1400", W, "more than 1,400 women", "1,400", "count", 1400, 1400, "women", Y, "oasis 1-3 total enrolment (lower bound)"),
 ("w-4065", W, "aged 40 to 65", "40 to 65", "age", 40, 65, "years", Y, "oasis 1-3 age range"),
 ("w-559", W, "fell 55.9%", "55.9%", "percent", 55.9, 55.9, "%", Y, "oasis 1 vms frequency reduction week 4 (drug arm)"),
 ("w-wk4", W, "55.9% by week 4", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("w-652", W, "65.2% by week 12", "65.2%", "percent", 65.2, 65.2, "%", Y, "oasis 1 vms frequency reduction week 12 (drug arm)"),
 ("w-wk12", W, "65.2% by week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("w-579", W, "57.9% and 67.0%", "57.9%", "percent", 57.9, 57.9, "%", Y, "oasis 2 vms frequency reduction week 4 (drug arm)"),
 ("w-670", W, "57.9% and 67.0%", "67.0%", "percent", 67.0, 67.0, "%", Y, "oasis 2 vms frequency reduction week 12 (drug arm)"),
 ("w-3moliv", W, "again three months after", "three months", "duration", 3, 3, "months", Y, "lynkuet follow-up liver test timing"),
 ("w-1bn", W, "at least 1 billion euros", "1 billion euros", "money", 1e9, 1e9, "EUR", Y, "lynkuet peak sales forecast"),
 ("w-12bnusd", W, "($1.2 billion)", "$1.2 billion", "money", 1.2e9, 1.2e9, "USD", Y, "lynkuet peak sales forecast (usd)"),
 ("w-may23", W, "approval in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "veozah fda approval"),
 ("w-dec", W, "in December last year the FDA", "December last year", "date", 2024, 2024, "year", Y, "veozah boxed warning"),
 ("w-338", W, "sales of 33.8 billion yen", "33.8 billion yen", "money", 33.8e9, 33.8e9, "JPY", Y, "veozah sales fy to march 2025"),
 ("w-220", W, "(about $220 million)", "$220 million", "money", 220e6, 220e6, "USD", Y, "veozah sales fy to march 2025"),
 ("w-mar", W, "ended in March", "March", "date", 2025, 2025, "year", N, "fiscal year end"),
 ("w-50bn", W, "forecasts 50 billion yen", "50 billion yen", "money", 50e9, 50e9, "JPY", Y, "veozah sales forecast fy2025"),
 ("w-330", W, "(about $330 million)", "$330 million", "money", 330e6, 330e6, "USD", Y, "veozah sales forecast fy2025"),
 ("w-80", W, "up to 80% of women", "80%", "percent", 80, 80, "%", Y, "women with hot flashes in menopause"),
 ("w-27m", W, "some 27 million women", "27 million", "count", 27e6, 27e6, "women", Y, "women entering menopause each year worldwide"),
 ("w-12bn", W, "that 1.2 billion will", "1.2 billion", "count", 1.2e9, 1.2e9, "women", Y, "women in/after menopause by 2030"),
 ("w-2030", W, "by 2030", "2030", "date", 2030, 2030, "year", N, "projection year"),
 ("w-2020", W, "its 2020 purchase", "2020", "date", 2020, 2020, "year", Y, "kandy acquisition"),
 ("w-425", W, "paid $425 million", "$425 million", "money", 425e6, 425e6, "USD", Y, "kandy upfront payment"),

 # ---- EL02 press release (2025-07-08)
 ("p-b80", P, "More than 80% of women on elinzanetant", "80%", "percent", 80, 80, "%", N, "bullet repeat"),
 ("p-bhalf", P, "at least halved their hot flush", "halved", "percent", 50, 50, "%", N, "bullet repeat (definition)"),
 ("p-bwk26", P, "hot flush frequency by week 26", "week 26", "duration", 26, 26, "weeks", N, "bullet repeat"),
 ("p-dl", P, "July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-120", P, "dose of Lynkuet is 120 mg", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("p-two", P, "taken as two 60 mg", "two", "count", 2, 2, "capsules", N, "capsules per dose"),
 ("p-60", P, "two 60 mg soft", "60 mg", "dose", 60, 60, "mg", Y, "capsule strength"),
 ("p-396", P, "randomised 396 and 400", "396", "count", 396, 396, "women", Y, "oasis 1 randomized"),
 ("p-400", P, "396 and 400", "400", "count", 400, 400, "women", Y, "oasis 2 randomized"),
 ("p-4065", P, "aged 40 to 65 respectively", "40 to 65", "age", 40, 65, "years", Y, "oasis 1-2 age range"),
 ("p-184", P, "across 184 sites", "184", "count", 184, 184, "sites", Y, "oasis 1-2 sites (bayer)"),
 ("p-15", P, "in 15 countries", "15", "count", 15, 15, "countries", Y, "oasis 1-2 countries"),
 ("p-12wk", P, "placebo for 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "placebo-controlled period"),
 ("p-14wk", P, "followed by 14 weeks", "14 weeks", "duration", 14, 14, "weeks", Y, "active extension"),
 ("p-four", P, "met all four primary", "four", "count", 4, 4, "endpoints", N, "endpoint count"),
 ("p-wk412", P, "weeks 4 and 12 compared", "weeks 4 and 12", "duration", 4, 12, "weeks", N, "timepoints"),
 ("p-329", P, "was " + M + "3.29 at week 4", M + "3.29", "count", -3.29, -3.29, "VMS/day", Y, "oasis 1 frequency difference vs placebo week 4"),
 ("p-wk4", P, "3.29 at week 4", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("p-322", P, M + "3.22 at week 12", M + "3.22", "count", -3.22, -3.22, "VMS/day", Y, "oasis 1 frequency difference vs placebo week 12"),
 ("p-wk12a", P, "3.22 at week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-pv", P, "(both p<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-80", P, "More than 80% of women taking", "80%", "percent", 80, 80, "%", Y, "oasis 1-2 share with >=50% reduction by week 26"),
 ("p-50", P, "at least a 50% reduction", "50%", "percent", 50, 50, "%", N, "responder definition"),
 ("p-wk26", P, "VMS frequency by week 26, including", "week 26", "duration", 26, 26, "weeks", N, "timepoint"),
 ("p-wk12b", P, "from placebo after week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-wk12c", P, "quality of life at week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-628", P, "randomised 628", "628", "count", 628, 628, "women", Y, "oasis 3 randomized"),
 ("p-83", P, "at 83 sites", "83", "count", 83, 83, "sites", Y, "oasis 3 sites"),
 ("p-9", P, "in 9 countries", "9", "count", 9, 9, "countries", Y, "oasis 3 countries"),
 ("p-52", P, "for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "oasis 3 duration"),
 ("p-wk12d", P, "baseline to week 12, and the reduction", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-405", P, "enrolled 405 women", "405", "count", 405, 405, "women", Y, "oasis 4 enrolled"),
 ("p-jan", P, "topline results in January", "January", "date", 2025, 2025, "year", Y, "oasis 4 topline"),
 ("p-jun", P, "meeting in June", "June", "date", 2025, 2025, "year", N, "asco presentation"),
 ("p-80b", P, "Up to 80% of women experience", "80%", "percent", 80, 80, "%", Y, "women with hot flashes in menopause"),
 ("p-2030", P, "By 2030", "2030", "date", 2030, 2030, "year", N, "projection year"),
 ("p-12bn", P, "estimated 1.2 billion women", "1.2 billion", "count", 1.2e9, 1.2e9, "women", Y, "women in/after menopause by 2030"),
 ("p-47m", P, "with 47 million women", "47 million", "count", 47e6, 47e6, "women", Y, "women entering menopause each year worldwide"),
 ("p-2020", P, "Ltd. in 2020", "2020", "date", 2020, 2020, "year", Y, "kandy acquisition"),
 ("p-2024", P, "In fiscal 2024", "2024", "date", 2024, 2024, "year", N, "about section"),
 ("p-93k", P, "around 93,000 people", "93,000", "count", 93000, 93000, "employees", N, "about section"),
 ("p-466", P, "sales of 46.6 billion euros", "46.6 billion euros", "money", 46.6e9, 46.6e9, "EUR", N, "about section"),

 # ---- EL03 abstract (2024-08-22)
 ("a-pub", A, "Published online August 22, 2024", "August 22, 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-77a", A, "at 77 sites in the US, Europe and Israel", "77", "count", 77, 77, "sites", Y, "oasis 1 sites"),
 ("a-o1per", A, "from August 27, 2021, to November 27, 2023", "August 27, 2021, to November 27, 2023", "date", 2021, 2023, "year", N, "oasis 1 enrolment period"),
 ("a-77b", A, "at 77 sites in the US, Canada", "77", "count", 77, 77, "sites", Y, "oasis 2 sites"),
 ("a-o2per", A, "from October 29, 2021, to October 10, 2023", "October 29, 2021, to October 10, 2023", "date", 2021, 2023, "year", N, "oasis 2 enrolment period"),
 ("a-4065", A, "aged 40 to 65 years with", "40 to 65 years", "age", 40, 65, "years", Y, "oasis 1-2 age range"),
 ("a-50", A, "with 50 or more moderate", "50", "count", 50, 50, "VMS/week", Y, "inclusion threshold"),
 ("a-11", A, "randomized 1:1", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-120a", A, "to elinzanetant 120 mg once daily", "120 mg", "dose", 120, 120, "mg", Y, "trial dose"),
 ("a-26", A, "once daily for 26 weeks", "26 weeks", "duration", 26, 26, "weeks", Y, "oasis 1-2 treatment duration"),
 ("a-12", A, "placebo for 12 weeks followed", "12 weeks", "duration", 12, 12, "weeks", Y, "placebo-controlled period"),
 ("a-120b", A, "followed by elinzanetant 120 mg for", "120 mg", "dose", 120, 120, "mg", N, "repeat"),
 ("a-14", A, "120 mg for 14 weeks", "14 weeks", "duration", 14, 14, "weeks", Y, "active extension"),
 ("a-4", A, "The 4 primary end points", "4", "count", 4, 4, "endpoints", N, "endpoint count"),
 ("a-wk412", A, "to weeks 4 and 12, recorded", "weeks 4 and 12", "duration", 4, 12, "weeks", N, "timepoints"),
 ("a-wk12a", A, "to week 12 in the Patient", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-alpha", A, "α of .025", ".025", "pvalue", 0.025, 0.025, "p", N, "alpha"),
 ("a-796", A, "N = 796", "796", "count", 796, 796, "women", Y, "oasis 1-2 randomized total"),
 ("a-396", A, "OASIS 1, n = 396", "396", "count", 396, 396, "women", Y, "oasis 1 randomized"),
 ("a-199", A, "(elinzanetant n = 199", "199", "count", 199, 199, "women", Y, "oasis 1 drug arm"),
 ("a-197", A, "placebo n = 197", "197", "count", 197, 197, "women", Y, "oasis 1 placebo arm"),
 ("a-400", A, "OASIS 2, n = 400", "400", "count", 400, 400, "women", Y, "oasis 2 randomized"),
 ("a-200a", A, "(elinzanetant n = 200;", "200", "count", 200, 200, "women", Y, "oasis 2 drug arm"),
 ("a-200b", A, "placebo n = 200)", "200", "count", 200, 200, "women", Y, "oasis 2 placebo arm"),
 ("a-age1", A, "was 54.6 (4.9)", "54.6", "age", 54.6, 54.6, "years", Y, "oasis 1 mean age"),
 ("a-sd1", A, "54.6 (4.9)", "4.9", "age", 4.9, 4.9, "years", N, "sd"),
 ("a-age2", A, "54.6 (4.8) years", "54.6", "age", 54.6, 54.6, "years", Y, "oasis 2 mean age"),
 ("a-sd2", A, "54.6 (4.8) years", "4.8", "age", 4.8, 4.8, "years", N, "sd"),
 ("a-309", A, "309 (78.0%)", "309", "count", 309, 309, "women", Y, "oasis 1 completers"),
 ("a-78", A, "309 (78.0%)", "78.0%", "percent", 78.0, 78.0, "%", Y, "oasis 1 completion rate"),
 ("a-324", A, "324 (81.0%)", "324", "count", 324, 324, "women", Y, "oasis 2 completers"),
 ("a-81", A, "324 (81.0%)", "81.0%", "percent", 81.0, 81.0, "%", Y, "oasis 2 completion rate"),
 ("a-24h", A, "frequency per 24 hours", "24 hours", "duration", 24, 24, "hours", N, "unit"),
 ("a-134", A, "was 13.4 (6.6)", "13.4", "count", 13.4, 13.4, "VMS/day", Y, "oasis 1 baseline drug arm"),
 ("a-66", A, "13.4 (6.6)", "6.6", "count", 6.6, 6.6, "VMS/day", N, "sd"),
 ("a-143", A, "vs 14.3 (13.9)", "14.3", "count", 14.3, 14.3, "VMS/day", Y, "oasis 1 baseline placebo"),
 ("a-139", A, "14.3 (13.9)", "13.9", "count", 13.9, 13.9, "VMS/day", N, "sd"),
 ("a-147", A, "14.7 (11.1)", "14.7", "count", 14.7, 14.7, "VMS/day", Y, "oasis 2 baseline drug arm"),
 ("a-111", A, "14.7 (11.1)", "11.1", "count", 11.1, 11.1, "VMS/day", N, "sd"),
 ("a-162", A, "16.2 (11.2)", "16.2", "count", 16.2, 16.2, "VMS/day", Y, "oasis 2 baseline placebo"),
 ("a-112", A, "16.2 (11.2)", "11.2", "count", 11.2, 11.2, "VMS/day", N, "sd"),
 ("a-wk4", A, "placebo at week 4 (OASIS 1", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("a-d4o1", A, "difference, " + M + "3.3 [", M + "3.3", "count", -3.3, -3.3, "VMS/day", Y, "oasis 1 frequency difference week 4"),
 ("a-c4o1", A, M + "4.5 to " + M + "2.1", M + "4.5 to " + M + "2.1", "count", -4.5, -2.1, "VMS/day", Y, "ci"),
 ("a-d4o2", A, "OASIS 2, " + M + "3.0 [", M + "3.0", "count", -3.0, -3.0, "VMS/day", Y, "oasis 2 frequency difference week 4"),
 ("a-c4o2", A, M + "4.4 to " + M + "1.7", M + "4.4 to " + M + "1.7", "count", -4.4, -1.7, "VMS/day", Y, "ci"),
 ("a-wk12b", A, "and at week 12 (OASIS 1", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-d12o1", A, "(OASIS 1, " + M + "3.2 [", M + "3.2", "count", -3.2, -3.2, "VMS/day", Y, "oasis 1 frequency difference week 12"),
 ("a-c12o1", A, M + "4.8 to " + M + "1.6", M + "4.8 to " + M + "1.6", "count", -4.8, -1.6, "VMS/day", Y, "ci"),
 ("a-d12o2", A, "OASIS 2, " + M + "3.2 [95% CI, " + M + "4.6", M + "3.2", "count", -3.2, -3.2, "VMS/day", Y, "oasis 2 frequency difference week 12"),
 ("a-c12o2", A, M + "4.6 to " + M + "1.9", M + "4.6 to " + M + "1.9", "count", -4.6, -1.9, "VMS/day", Y, "ci"),
 ("a-p1", A, "(all P < .001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-wk12c", A, "baseline to week 12 in the elinzanetant", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-652", A, "was 65.2% in OASIS 1", "65.2%", "percent", 65.2, 65.2, "%", Y, "oasis 1 vms frequency reduction week 12 (drug arm)"),
 ("a-670", A, "and 67.0% in OASIS 2", "67.0%", "percent", 67.0, 67.0, "%", Y, "oasis 2 vms frequency reduction week 12 (drug arm)"),
 ("a-wk12d", A, "at week 12 (PROMIS", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-sl1", A, "OASIS 1: " + M + "5.6 [", M + "5.6", "score", -5.6, -5.6, "points", Y, "oasis 1 promis sleep difference"),
 ("a-sl1ci", A, M + "7.2 to " + M + "4.0", M + "7.2 to " + M + "4.0", "score", -7.2, -4.0, "points", Y, "ci"),
 ("a-sl2", A, "OASIS 2: " + M + "4.3 [", M + "4.3", "score", -4.3, -4.3, "points", Y, "oasis 2 promis sleep difference"),
 ("a-sl2ci", A, M + "5.8 to " + M + "2.9", M + "5.8 to " + M + "2.9", "score", -5.8, -2.9, "points", Y, "ci"),
 ("a-p2", A, "both P < .001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-mq1", A, "OASIS 1: " + M + "0.4 [", M + "0.4", "score", -0.4, -0.4, "points", Y, "oasis 1 menqol difference"),
 ("a-mq1ci", A, M + "0.6 to " + M + "0.3", M + "0.6 to " + M + "0.3", "score", -0.6, -0.3, "points", Y, "ci"),
 ("a-mq2", A, "OASIS 2: " + M + "0.3 [", M + "0.3", "score", -0.3, -0.3, "points", Y, "oasis 2 menqol difference"),
 ("a-mq2ci", A, M + "0.5 to " + M + "0.1", M + "0.5 to " + M + "0.1", "score", -0.5, -0.1, "points", Y, "ci"),
 ("a-120c", A, "elinzanetant 120 mg reduced", "120 mg", "dose", 120, 120, "mg", N, "conclusion repeat"),
 ("a-wk4c", A, "from week 4, with", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("a-wk12e", A, "sustained to week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),

 # ---- EL04 explainer (2025-11-10)
 ("e-upd", E, "Updated November 10, 2025", "November 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "Now there are two pills", "two", "count", 2, 2, "drugs", N, "aside"),
 ("e-oct24", E, "approved it on Oct. 24", "Oct. 24", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("e-nov", E, "in pharmacies in November", "November", "date", 2025, 2025, "year", Y, "us launch"),
 ("e-jul25", E, "first, in July 2025", "July 2025", "date", 2025, 2025, "year", Y, "uk approval date"),
 ("e-90", E, "an extra 90 days", "90 days", "duration", 90, 90, "days", Y, "fda review extension"),
 ("e-1316", E, "roughly 13 to 16", "13 to 16", "count", 13, 16, "VMS/day", Y, "oasis 1-2 baseline frequency"),
 ("e-12wk", E, "After 12 weeks on the drug", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-66", E, "by 66% in OASIS 1", "66%", "percent", 66, 66, "%", Y, "oasis 1 vms frequency reduction week 12 (drug arm)"),
 ("e-67", E, "and 67% in OASIS 2", "67%", "percent", 67, 67, "%", Y, "oasis 2 vms frequency reduction week 12 (drug arm)"),
 ("e-three", E, "removed roughly three more", "three", "count", 3, 3, "VMS/day", Y, "oasis 1-2 difference vs placebo"),
 ("e-26wk", E, "In the 26-week OASIS 3", "26-week", "duration", 26, 26, "weeks", Y, "oasis 3 duration"),
 ("e-628", E, "study of 628 women", "628", "count", 628, 628, "women", Y, "oasis 3 randomized"),
 ("e-12wkb", E, "benefit seen at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-12wkc", E, "less disturbed sleep at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-120", E, "The dose is 120 mg", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("e-two60", E, "as two 60 mg capsules", "two", "count", 2, 2, "capsules", N, "capsules per dose"),
 ("e-60", E, "two 60 mg capsules", "60 mg", "dose", 60, 60, "mg", Y, "capsule strength"),
 ("e-60b", E, "the dose drops to 60 mg", "60 mg", "dose", 60, 60, "mg", Y, "dose with moderate cyp3a4 inhibitors"),
 ("e-3tr", E, "In the three OASIS", "three", "count", 3, 3, "trials", N, "number of trials"),
 ("e-119", E, "by 11.9% of women", "11.9%", "percent", 11.9, 11.9, "%", Y, "nervous system effects drug arm"),
 ("e-35", E, "and 3.5% on placebo", "3.5%", "percent", 3.5, 3.5, "%", Y, "nervous system effects placebo"),
 ("e-3x", E, "to three or more times", "three or more times", "ratio", 3, 3, "x ULN", N, "definition"),
 ("e-06", E, "in 0.6% of women", "0.6%", "percent", 0.6, 0.6, "%", Y, "alt >=3x uln drug arm"),
 ("e-04", E, "and 0.4% on placebo", "0.4%", "percent", 0.4, 0.4, "%", Y, "alt >=3x uln placebo"),
 ("e-12wkd", E, "in the first 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-3mo", E, "again after 3 months", "3 months", "duration", 3, 3, "months", Y, "lynkuet follow-up liver test timing"),
 ("e-may23", E, "approved in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "veozah fda approval"),
 ("e-45", E, "a 45 mg tablet", "45 mg", "dose", 45, 45, "mg", Y, "veozah daily dose"),
 ("e-3000", E, "more than 3,000 women", "3,000", "count", 3000, 3000, "women", Y, "veozah pivotal trials enrolment"),
 ("e-dec24", E, "In December 2024", "December 2024", "date", 2024, 2024, "year", Y, "veozah boxed warning"),
 ("e-v3mo", E, "first three months", "three months", "duration", 3, 3, "months", N, "veozah monthly monitoring period"),
 ("e-v6", E, "at six months and", "six months", "duration", 6, 6, "months", N, "veozah monitoring timepoint"),
 ("e-v9", E, "and nine months", "nine months", "duration", 9, 9, "months", N, "veozah monitoring timepoint"),
 ("e-550", E, "about $550 a month", "$550", "money", 550, 550, "USD", Y, "lynkuet wholesale price per month"),
 ("e-25", E, "as little as $25", "$25", "money", 25, 25, "USD", Y, "savings-program copay per month"),
 ("e-4065", E, "women aged 40 to 65", "40 to 65", "age", 40, 65, "years", Y, "oasis 1-3 age range"),
 ("e-80", E, "up to 80% of women", "80%", "percent", 80, 80, "%", Y, "women with hot flashes in menopause"),
 ("e-78", E, "last seven to eight years", "seven to eight years", "duration", 7, 8, "years", Y, "average duration of hot flashes"),
 ("e-27m", E, "Around 27 million women", "27 million", "count", 27e6, 27e6, "women", Y, "us women currently in menopause transition"),

 # ---- EL05 blog (2025-12-01)
 ("b-date", B, "December 1, 2025", "December 1, 2025", "date", 2025, 2025, "year", N, "byline"),
 ("b-two", B, "Two capsules beside", "Two", "count", 2, 2, "capsules", N, "image caption"),
 ("b-oct24", B, "approved Lynkuet in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("b-latejul", B, "decide by late July", "late July", "date", 2025, 2025, "year", N, "original pdufa (vague)"),
 ("b-60d", B, "a 60-day extension", "60-day", "duration", 60, 60, "days", Y, "fda review extension"),
 ("b-lastmo", B, "signed off last month", "last month", "date", 2025, 2025, "year", Y, "eu approval"),
 ("b-four", B, "Bayer ran four big trials", "four", "count", 4, 4, "trials", N, "number of trials"),
 ("b-1424", B, "included 1,424 women", "1,424", "count", 1424, 1424, "women", Y, "oasis 1-3 total enrolment"),
 ("b-4065", B, "between 40 and 65", "40 and 65", "age", 40, 65, "years", Y, "oasis 1-3 age range"),
 ("b-wk12", B, "frequency at week 12: 65.2%", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("b-652", B, "65.2% in OASIS 1", "65.2%", "percent", 65.2, 65.2, "%", Y, "oasis 1 vms frequency reduction week 12 (drug arm)"),
 ("b-670", B, "67.0% in OASIS 2", "67.0%", "percent", 67.0, 67.0, "%", Y, "oasis 2 vms frequency reduction week 12 (drug arm)"),
 ("b-three", B, "about three fewer hot flashes", "three", "count", 3, 3, "VMS/day", Y, "oasis 1-2 difference vs placebo"),
 ("b-year", B, "ran for a full year", "a full year", "duration", 1, 1, "years", Y, "oasis 3 duration"),
 ("b-74", B, "had 74% fewer", "74%", "percent", 74, 74, "%", Y, "oasis 3 reduction week 12 drug arm"),
 ("b-wk12b", B, "fewer hot flashes at week 12, against", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("b-47", B, "against 47% on placebo", "47%", "percent", 47, 47, "%", Y, "oasis 3 reduction week 12 placebo"),
 ("b-wk50", B, "by week 50", "week 50", "duration", 50, 50, "weeks", N, "timepoint"),
 ("b-14", B, "average of 1.4 a day", "1.4", "count", 1.4, 1.4, "VMS/day", Y, "oasis 3 week 50 frequency drug arm"),
 ("b-35n", B, "compared with 3.5 on placebo", "3.5", "count", 3.5, 3.5, "VMS/day", Y, "oasis 3 week 50 frequency placebo"),
 ("b-474", B, "enrolled 474 women", "474", "count", 474, 474, "women", Y, "oasis 4 enrolled"),
 ("b-wk12c", B, "At week 12, women on the drug", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("b-42", B, "had 4.2 fewer", "4.2", "count", 4.2, 4.2, "VMS/day", Y, "oasis 4 difference vs placebo week 12"),
 ("b-70", B, "more than 70% halved", "70%", "percent", 70, 70, "%", Y, "oasis 4 share with >=50% reduction"),
 ("b-halved", B, "70% halved", "halved", "percent", 50, 50, "%", N, "responder definition"),
 ("b-52wk", B, "over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "image caption"),
 ("b-12pct", B, "About 12% of women", "12%", "percent", 12, 12, "%", Y, "nervous system effects drug arm"),
 ("b-35p", B, "roughly 3.5% on placebo", "3.5%", "percent", 3.5, 3.5, "%", Y, "nervous system effects placebo"),
 ("b-3mo", B, "another three months in", "three months", "duration", 3, 3, "months", Y, "lynkuet follow-up liver test timing"),
 ("b-2023", B, "around since 2023", "2023", "date", 2023, 2023, "year", Y, "veozah fda approval"),
 ("b-30", B, "dose is 30 mg", "30 mg", "dose", 30, 30, "mg", Y, "veozah daily dose"),
 ("b-625", B, "Lynkuet is $625", "$625", "money", 625, 625, "USD", Y, "lynkuet wholesale price per month"),
 ("b-550", B, "lists at around $550", "$550", "money", 550, 550, "USD", Y, "veozah list price per month"),
 ("b-25", B, "as little as $25", "$25", "money", 25, 25, "USD", Y, "savings-program copay per month"),
 ("b-53", B, "I'm 53", "53", "age", 53, 53, "years", N, "author aside"),
 ("b-11", B, "around 11 hot flashes", "11", "count", 11, 11, "VMS/day", N, "author aside"),
 ("b-23", B, "by two-thirds", "two-thirds", "percent", 66.7, 66.7, "%", N, "summary"),

 # ---- EL06 trade (2025-07-11), hard-wrapped
 ("l-dl", L, "11 July 2025", "11 July 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-tue", L, "on Tuesday, the first", "Tuesday", "date", 2025, 2025, "year", Y, "uk approval date"),
 ("l-single", L, "a single 60 mg", "single", "count", 1, 1, "capsules", N, "capsules per dose"),
 ("l-60", L, "single 60 mg capsule", "60 mg", "dose", 60, 60, "mg", Y, "lynkuet daily dose"),
 ("l-7d", L, "within 7 days", "7 days", "duration", 7, 7, "days", N, "smpc publication"),
 ("l-three", L, "draws on three phase", "three", "count", 3, 3, "trials", N, "number of trials"),
 ("l-309", L, "OASIS 1 enrolled 309", "309", "count", 309, 309, "women", Y, "oasis 1 randomized"),
 ("l-400", L, "OASIS 2 enrolled 400", "400", "count", 400, 400, "women", Y, "oasis 2 randomized"),
 ("l-4065", L, "all aged 40 to 65", "40 to 65", "age", 40, 65, "years", Y, "oasis 1-2 age range"),
 ("l-wk412", L, "at weeks 4 and 12", "weeks 4 and 12", "duration", 4, 12, "weeks", N, "timepoints"),
 ("l-682", L, "followed 682 women", "682", "count", 682, 682, "women", Y, "oasis 3 randomized"),
 ("l-52", L, "682 women for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "oasis 3 duration"),
 ("l-9s", L, "at nine research sites", "nine", "count", 9, 9, "sites", Y, "oasis 3 sites"),
 ("l-9c", L, "sites in nine countries", "nine", "count", 9, 9, "countries", Y, "oasis 3 countries"),
 ("l-47", L, "by 47 per cent", "47 per cent", "percent", 47, 47, "%", Y, "oasis 3 reduction week 12 drug arm"),
 ("l-wk12", L, "at week 12, and the effect", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("l-2ph", L, "runs two pharmacies", "two", "count", 2, 2, "pharmacies", N, "aside"),
 ("l-dec23", L, "in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "veoza uk approval"),
 ("l-maylast", L, "May last year", "May last year", "date", 2024, 2024, "year", Y, "veozah fda approval"),
 ("l-330", L, "about $330 million", "$330 million", "money", 330e6, 330e6, "USD", Y, "veozah sales fy to march 2025"),
 ("l-mar", L, "year to March", "March", "date", 2025, 2025, "year", N, "fiscal year end"),
 ("l-75", L, "more than 75% of women", "75%", "percent", 75, 75, "%", Y, "women with vms (bms)"),
 ("l-quarter", L, "a quarter describe", "a quarter", "percent", 25, 25, "%", Y, "share with severe vms (bms)"),
 ("l-third", L, "a third have", "a third", "percent", 33.3, 33.3, "%", Y, "share with long-term vms (bms)"),
 ("l-7y", L, "may last seven years or longer", "seven years", "duration", 7, 7, "years", Y, "long-term vms duration (bms)"),

 # ---- EL07 fact-check (2025-11-05)
 ("f-h90", F, "wipe out 90% of hot flashes, and", "90%", "percent", 90, 90, "%", N, "headline (claim under check)"),
 ("f-date", F, "November 5, 2025", "November 5, 2025", "date", 2025, 2025, "year", N, "byline"),
 ("f-lateoct", F, "since late October", "late October", "date", 2025, 2025, "year", N, "post dates"),
 ("f-c90", F, "pill wipes out 90%", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-v90", F, "showed a 90% reduction", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-oct24", F, "Lynkuet on Oct. 24, 2025, for", "Oct. 24, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-julast", F, "in July of last year", "July of last year", "date", 2024, 2024, "year", Y, "uk approval date"),
 ("f-three", F, "rested on three phase", "three", "count", 3, 3, "trials", N, "number of trials"),
 ("f-1420", F, "randomized 1,420 women", "1,420", "count", 1420, 1420, "women", Y, "oasis 1-3 total enrolment"),
 ("f-4070", F, "aged 40 to 70", "40 to 70", "age", 40, 70, "years", Y, "oasis 1-3 age range"),
 ("f-b90", F, "reported a 90% fall", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-120", F, "the 120 mg daily dose", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("f-652", F, "had 65.2% and 67.0%", "65.2%", "percent", 65.2, 65.2, "%", Y, "oasis 1 vms frequency reduction week 12 (drug arm)"),
 ("f-670", F, "65.2% and 67.0% fewer", "67.0%", "percent", 67.0, 67.0, "%", Y, "oasis 2 vms frequency reduction week 12 (drug arm)"),
 ("f-12wk", F, "after 12 weeks than", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-three2", F, "about three fewer hot flashes", "three", "count", 3, 3, "VMS/day", Y, "oasis 1-2 difference vs placebo"),
 ("f-628", F, "enrolled 628 women", "628", "count", 628, 628, "women", Y, "oasis 3 randomized"),
 ("f-year", F, "and lasted a year", "a year", "duration", 1, 1, "years", Y, "oasis 3 duration"),
 ("f-74", F, "fell 74% on", "74%", "percent", 74, 74, "%", Y, "oasis 3 reduction week 12 drug arm"),
 ("f-12wkb", F, "at 12 weeks compared", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-47", F, "with 47% on placebo", "47%", "percent", 47, 47, "%", Y, "oasis 3 reduction week 12 placebo"),
 ("f-474", F, "in 474 women", "474", "count", 474, 474, "women", Y, "oasis 4 enrolled"),
 ("f-1870", F, "aged 18 to 70", "18 to 70", "age", 18, 70, "years", Y, "oasis 4 age range"),
 ("f-35", F, "by 3.5 more a day", "3.5", "count", 3.5, 3.5, "VMS/day", Y, "oasis 4 difference vs placebo week 4"),
 ("f-wk4", F, "at week 4 and 3.4", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("f-34", F, "and 3.4 more at week 12", "3.4", "count", 3.4, 3.4, "VMS/day", Y, "oasis 4 difference vs placebo week 12"),
 ("f-wk12", F, "3.4 more at week 12", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-q90", F, "where the 90% figure", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-80v", F, "described \"more than 80%\"", "80%", "percent", 80, 80, "%", N, "quoted video"),
 ("f-80", F, "more than 80% of women on the drug", "80%", "percent", 80, 80, "%", Y, "oasis 1-2 share with >=50% reduction by week 26"),
 ("f-halved", F, "at least halved their hot flashes", "halved", "percent", 50, 50, "%", N, "responder definition"),
 ("f-wk26", F, "by week 26", "week 26", "duration", 26, 26, "weeks", N, "timepoint"),
 ("f-50", F, "Halving is a 50% reduction", "50%", "percent", 50, 50, "%", N, "definition"),
 ("f-n90", F, "reduction, not 90%.", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-may23", F, "by the FDA in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "veozah fda approval"),
 ("f-45", F, "as a 45 mg tablet", "45 mg", "dose", 45, 45, "mg", Y, "veozah daily dose"),
 ("f-two", F, "Its two pivotal trials", "two", "count", 2, 2, "trials", N, "skylight trial count"),
 ("f-1022", F, "enrolled 1,022 women", "1,022", "count", 1022, 1022, "women", Y, "veozah pivotal trials enrolment"),
 ("f-12wkc", F, "placebo for 12 weeks. Before", "12 weeks", "duration", 12, 12, "weeks", Y, "skylight placebo-controlled period"),
 ("f-2013", F, "in 2013, the FDA", "2013", "date", 2013, 2013, "year", Y, "brisdelle fda approval"),
 ("f-75mg", F, "a 7.5 mg capsule", "7.5 mg", "dose", 7.5, 7.5, "mg", Y, "brisdelle dose"),
 ("f-119", F, "by 11.9% of women", "11.9%", "percent", 11.9, 11.9, "%", Y, "nervous system effects drug arm"),
 ("f-35p", F, "and 3.5% of women on placebo", "3.5%", "percent", 3.5, 3.5, "%", Y, "nervous system effects placebo"),
 ("f-23", F, "roughly two-thirds", "two-thirds", "percent", 66.7, 66.7, "%", N, "summary"),
 ("f-r90", F, "two-thirds, not 90%, and", "90%", "percent", 90, 90, "%", N, "claim under check"),
 ("f-twice", F, "at least twice before", "twice", "count", 2, 2, "approvals", N, "summary"),
 ("w-od", W, "a once-daily pill", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("p-od", P, "120 mg once daily, taken", "once daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("a-od1", A, "taken orally once daily", "once daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("a-od2", A, "120 mg once daily for 26 weeks", "once daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("a-od3", A, "once-daily elinzanetant 120 mg", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("e-od", E, "120 mg once a day", "once a day", "duration", 1, 1, "days", N, "dosing interval"),
 ("b-od", B, "30 mg once a day", "once a day", "duration", 1, 1, "days", N, "dosing interval (veozah)"),
 ("l-od", L, "The once-daily treatment", "once-daily", "duration", 1, 1, "days", N, "dosing interval"),
 ("f-od", F, "tablet once a day", "once a day", "duration", 1, 1, "days", N, "dosing interval (veozah)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year (blog off by one)
 ("b-oct24", "w-fri", S), ("b-oct24", "e-oct24", S), ("b-oct24", "f-oct24", S),
 # S2 UK approval year (fact-check relative date -> 2024)
 ("f-julast", "w-jul", S), ("f-julast", "l-tue", S), ("f-julast", "e-jul25", S),
 # S3 Lynkuet monthly list price (Veozah's price swapped in)
 ("e-550", "w-625", S), ("e-550", "b-625", S),
 # S4 OASIS 3 enrolment (transposed digits)
 ("l-682", "p-628", S), ("l-682", "e-628", S), ("l-682", "f-628", S),
 # S5 OASIS 3 week-12 reduction, drug arm (placebo figure reported as drug)
 ("l-47", "b-74", S), ("l-47", "f-74", S),
 # S6 OASIS 1 week-12 reduction rounded the wrong way
 ("e-66", "w-652", S), ("e-66", "a-652", S), ("e-66", "b-652", S), ("e-66", "f-652", S),
 # S7 OASIS 4 enrolment (press: planned ~405 from the design paper reported as enrolled)
 ("p-405", "b-474", S), ("p-405", "f-474", S),
 # S8 FDA review extension length
 ("b-60d", "w-3mo", S), ("b-60d", "w-90", S), ("b-60d", "e-90", S),
 # S9 OASIS 1 randomized (completers reported as enrolled)
 ("l-309", "p-396", S), ("l-309", "a-396", S),
 # S10 Lynkuet daily dose (capsule strength reported as dose)
 ("l-60", "w-120", S), ("l-60", "p-120", S), ("l-60", "e-120", S), ("l-60", "f-120", S),
 # S11 Veozah dose (30 mg study arm reported as approved dose)
 ("b-30", "e-45", S), ("b-30", "f-45", S),
 # S12 Veozah FDA approval year (trade "May last year" -> 2024)
 ("l-maylast", "w-may23", S), ("l-maylast", "e-may23", S), ("l-maylast", "f-may23", S), ("l-maylast", "b-2023", S),
 # S13 Veozah pivotal-trial enrolment (whole programme counted as pivotal trials)
 ("e-3000", "f-1022", S),
 # S14 Veozah sales in FY to March 2025 (forecast for next year reported as actual)
 ("l-330", "w-220", S),
 # S15 OASIS 3 duration (26 weeks of OASIS 1/2 swapped in)
 ("e-26wk", "p-52", S), ("e-26wk", "l-52", S), ("e-26wk", "b-year", S), ("e-26wk", "f-year", S),
 # S16 women entering menopause each year worldwide (US figure swapped in)
 ("w-27m", "p-47m", S),
 # S17 OASIS 1-3 age range (OASIS 4 upper bound swapped in)
 ("f-4070", "w-4065", S), ("f-4070", "p-4065", S), ("f-4070", "a-4065", S),
 ("f-4070", "b-4065", S), ("f-4070", "l-4065", S),
 # Qualified
 ("b-42", "f-34", Q),
 ("b-1424", "f-1420", Q),
 ("l-9s", "p-83", Q),
 ("f-4070", "e-4065", Q),
 ("l-330", "w-338", Q),
 ("p-184", "a-77a", Q), ("p-184", "a-77b", Q),
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
        rows.append({"type": "claim", "id": f"el-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"el-{a}", f"el-{b}"
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
