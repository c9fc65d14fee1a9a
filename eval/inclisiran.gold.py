#!/usr/bin/env python3
"""Build inclisiran.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "inclisiran")
OUT = os.path.join(HERE, "inclisiran.gold.jsonl")
T = "inclisiran"

W, P, A, E, B, L, F = ("IC01_wire.txt", "IC02_press.txt", "IC03_abstract.txt",
                       "IC04_explainer.txt", "IC05_blog.txt", "IC06_trade.txt", "IC07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- IC01 wire (2025-08-01, a Friday)
 ("w-h2y", W, "use of twice-yearly cholesterol shot", "twice-yearly", "count", 2, 2, "doses/year", N, "dosing frequency (headline)"),
 ("w-dl", W, "ZURICH, Aug 1", "Aug 1", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2025, 2025, "year", Y, "fda first-line (monotherapy) label date"),
 ("w-2y", W, "its twice-yearly cholesterol injection", "twice-yearly", "count", 2, 2, "doses/year", N, "dosing frequency"),
 ("w-350", W, "enrolled 350 people", "350", "count", 350, 350, "participants", Y, "v-mono enrolment"),
 ("w-150d", W, "After 150 days", "150 days", "duration", 150, 150, "days", N, "timepoint"),
 ("w-354", W, "by 35.4% more than placebo", "35.4%", "percent", 35.4, 35.4, "%", Y, "v-mono ldl reduction vs placebo"),
 ("w-112", W, "LDL fall by 11.2%", "11.2%", "percent", 11.2, 11.2, "%", Y, "v-mono ezetimibe arm ldl change"),
 ("w-2ya", W, "in the clinic twice a year", "twice a year", "count", 2, 2, "doses/year", N, "quote"),
 ("w-80", W, "Up to 80% of U.S. patients", "80%", "percent", 80, 80, "%", Y, "us ascvd patients not at ldl goal"),
 ("w-70", W, "LDL level below 70 mg/dL", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("w-284", W, "an initial 284 mg dose", "284 mg", "dose", 284, 284, "mg", Y, "dose per injection"),
 ("w-3mo", W, "a second one after three months", "three months", "duration", 3, 3, "months", Y, "interval to second dose"),
 ("w-6mo", W, "one every six months", "six months", "duration", 6, 6, "months", Y, "maintenance dosing interval"),
 ("w-dec21", W, "first approved the drug in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "fda initial approval date"),
 ("w-ayear", W, "a year after it turned down", "a year", "duration", 1, 1, "years", N, "crl to approval gap"),
 ("w-jul23", W, "In July 2023 the agency", "July 2023", "date", 2023, 2023, "year", Y, "fda label expansion (primary hyperlipidemia) date"),
 ("w-79", W, "extension, 79% of patients", "79%", "percent", 79, 79, "%", Y, "orion-8 ldl goal attainment"),
 ("w-68y", W, "for up to 6.8 years", "6.8 years", "duration", 6.8, 6.8, "years", Y, "orion-8 maximum exposure"),
 ("w-97b", W, "its $9.7 billion purchase", "$9.7 billion", "money", 9.7e9, 9.7e9, "USD", Y, "medicines company acquisition value"),
 ("w-nov19", W, "agreed in November 2019", "November 2019", "date", 2019, 2019, "year", Y, "acquisition agreed"),
 ("w-754", W, "generated $754 million last year", "$754 million", "money", 754e6, 754e6, "USD", Y, "leqvio 2024 sales"),
 ("w-lastyr", W, "$754 million last year", "last year", "date", 2024, 2024, "year", N, "qualifier (sales year)"),
 ("w-double", W, "more than double the", "double", "ratio", 2, 2, "x", N, "2024 vs 2023 sales"),
 ("w-355", W, "the $355 million it brought", "$355 million", "money", 355e6, 355e6, "USD", Y, "leqvio 2023 sales"),
 ("w-2023", W, "in during 2023", "2023", "date", 2023, 2023, "year", N, "qualifier (sales year)"),
 ("w-29b", W, "above $2.9 billion at peak", "$2.9 billion", "money", 2.9e9, 2.9e9, "USD", Y, "analyst peak sales forecast"),
 ("w-3250", W, "list price is $3,250 per injection", "$3,250", "money", 3250, 3250, "USD", Y, "us list price per dose"),
 ("w-6500", W, "about $6,500 in the first year", "$6,500", "money", 6500, 6500, "USD", Y, "us list cost first year"),
 ("w-2in3", W, "two in three patients", "two in three", "percent", 66.7, 66.7, "%", Y, "share paying nothing out of pocket"),
 ("w-rival", W, "every two or four weeks", "two or four weeks", "duration", 2, 4, "weeks", Y, "rival antibody dosing interval"),
 ("w-two", W, "Two large outcomes trials", "Two", "count", 2, 2, "trials", N, "aside"),
 ("w-nextyr", W, "expected to report next year", "next year", "date", 2026, 2026, "year", Y, "first outcomes trial readout expected"),

 # ---- IC02 press (2025-09-16)
 ("p-h2y", P, "Opens Twice-Yearly LDL Clinics", "Twice-Yearly", "count", 2, 2, "doses/year", N, "headline"),
 ("p-h38", P, "Clinics at 38 Sites", "38", "count", 38, 38, "sites", N, "headline repeat"),
 ("p-dl", P, "Sept. 16, 2025", "Sept. 16, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-2y", P, "dedicated twice-yearly LDL clinics", "twice-yearly", "count", 2, 2, "doses/year", N, "dosing frequency"),
 ("p-38", P, "clinics at 38 of its sites", "38", "count", 38, 38, "sites", Y, "halcyon clinic sites"),
 ("p-decade", P, "For a decade we", "a decade", "duration", 10, 10, "years", N, "quote"),
 ("p-2ya", P, "in the office twice a year", "twice a year", "count", 2, 2, "doses/year", N, "quote"),
 ("p-450", P, "trial of 450 patients", "450", "count", 450, 450, "patients", Y, "victorion-initiate randomized"),
 ("p-43", P, "at 43 U.S. centers", "43", "count", 43, 43, "centers", Y, "victorion-initiate sites"),
 ("p-apr24", P, "meeting in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "victorion-initiate presentation date"),
 ("p-70a", P, "reach an LDL-C below 70 mg/dL on", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("p-600", P, "cut LDL-C by 60.0%", "60.0%", "percent", 60.0, 60.0, "%", Y, "initiate ldl change inclisiran-first"),
 ("p-d330", P, "from baseline at Day 330", "Day 330", "duration", 330, 330, "days", N, "timepoint"),
 ("p-70", P, "compared with 7.0% under", "7.0%", "percent", 7.0, 7.0, "%", Y, "initiate ldl change usual care"),
 ("p-818", P, "81.8% of patients in the", "81.8%", "percent", 81.8, 81.8, "%", Y, "initiate share ldl <70 inclisiran-first"),
 ("p-70b", P, "reached an LDL-C below 70 mg/dL, versus", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("p-222", P, "versus 22.2% with", "22.2%", "percent", 22.2, 22.2, "%", Y, "initiate share ldl <70 usual care"),
 ("p-60", P, "discontinuation was 6.0%", "6.0%", "percent", 6.0, 6.0, "%", Y, "initiate statin discontinuation inclisiran-first"),
 ("p-167", P, "and 16.7% with usual", "16.7%", "percent", 16.7, 16.7, "%", Y, "initiate statin discontinuation usual care"),
 ("p-523", P, "LDL-C by 52.3% versus placebo", "52.3%", "percent", 52.3, 52.3, "%", Y, "orion-10 placebo-corrected ldl reduction day 510"),
 ("p-d510a", P, "versus placebo at Day 510", "Day 510", "duration", 510, 510, "days", N, "timepoint"),
 ("p-492", P, "ORION-11 by 49.2%", "49.2%", "percent", 49.2, 49.2, "%", Y, "orion-11 placebo-corrected ldl reduction day 510"),
 ("p-d510b", P, "49.2% at Day 510", "Day 510", "duration", 510, 510, "days", N, "timepoint"),
 ("p-four", P, "receive four injections", "four", "count", 4, 4, "doses", Y, "injections in first year"),
 ("p-single", P, "each a single 284 mg", "single", "count", 1, 1, "doses", N, "aside"),
 ("p-284", P, "single 284 mg dose", "284 mg", "dose", 284, 284, "mg", Y, "dose per injection"),
 ("p-two", P, "and two a year thereafter", "two", "count", 2, 2, "doses/year", Y, "maintenance injections per year"),
 ("p-57", P, "Only 57% of patients", "57%", "percent", 57, 57, "%", Y, "statin adherence secondary prevention"),
 ("p-54", P, "54% are non-adherent", "54%", "percent", 54, 54, "%", Y, "pcsk9 antibody non-adherence 12 months"),
 ("p-12mo", P, "non-adherent by 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-76", P, "and 76% by 24 months", "76%", "percent", 76, 76, "%", Y, "pcsk9 antibody non-adherence 24 months"),
 ("p-24mo", P, "76% by 24 months", "24 months", "duration", 24, 24, "months", N, "timepoint"),
 ("p-355", P, "sales of USD 355 million in 2024", "USD 355 million", "money", 355e6, 355e6, "USD", Y, "leqvio 2024 sales"),
 ("p-2024", P, "USD 355 million in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier (sales year)"),
 ("p-oct", P, "first patients in October", "October", "date", 2025, 2025, "year", N, "clinic start (plan)"),
 ("p-2014", P, "was founded in 2014", "2014", "date", 2014, 2014, "year", N, "about section"),
 ("p-212", P, "includes 212 cardiologists", "212", "count", 212, 212, "cardiologists", N, "about section"),
 ("p-61", P, "and 61 advanced practice", "61", "count", 61, 61, "providers", N, "about section"),
 ("p-400k", P, "more than 400,000 patient visits", "400,000", "count", 400000, 400000, "visits", N, "about section"),

 # ---- IC03 abstract (2025-10-20)
 ("a-pub", A, "Published online 20 October 2025", "20 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2y", A, "lowering with twice-yearly inclisiran", "twice-yearly", "count", 2, 2, "doses/year", N, "title"),
 ("a-284", A, "is given as 284 mg", "284 mg", "dose", 284, 284, "mg", Y, "dose per injection"),
 ("a-300", A, "equivalent to 300 mg inclisiran sodium", "300 mg", "dose", 300, 300, "mg", Y, "dose as inclisiran sodium"),
 ("a-d0", A, "at Day 0, Day 90", "Day 0", "duration", 0, 0, "days", N, "schedule timepoint"),
 ("a-d90s", A, "Day 0, Day 90 and every", "Day 90", "duration", 90, 90, "days", N, "schedule timepoint"),
 ("a-6mo", A, "every 6 months thereafter", "6 months", "duration", 6, 6, "months", Y, "maintenance dosing interval"),
 ("a-3yr", A, "the 3-year ORION-4", "3-year", "duration", 3, 3, "years", Y, "orion-4 follow-up"),
 ("a-cut", A, "trial registries to 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "search cutoff"),
 ("a-2rev", A, "Two reviewers extracted", "Two", "count", 2, 2, "reviewers", N, "methods"),
 ("a-6tr", A, "Six randomized trials (N", "Six", "count", 6, 6, "trials", Y, "trials included"),
 ("a-6230", A, "(N = 6,230)", "6,230", "count", 6230, 6230, "participants", Y, "participants in included trials"),
 ("a-3piv", A, "In the three pivotal trials", "three", "count", 3, 3, "trials", Y, "pivotal phase 3 trials"),
 ("a-3660", A, "(N = 3,660)", "3,660", "count", 3660, 3660, "participants", Y, "pooled pivotal-trial participants"),
 ("a-d510", A, "placebo-corrected reductions at Day 510 were", "Day 510", "duration", 510, 510, "days", N, "timepoint"),
 ("a-479", A, "were 47.9% (95% CI", "47.9%", "percent", 47.9, 47.9, "%", Y, "orion-9 placebo-corrected ldl reduction day 510"),
 ("a-479ci", A, "42.3 to 53.5", "42.3 to 53.5", "percent", 42.3, 53.5, "%", Y, "ci"),
 ("a-482", A, "(ORION-9; n=482)", "482", "count", 482, 482, "patients", Y, "orion-9 randomized"),
 ("a-523", A, "52.3% (95% CI 48.8", "52.3%", "percent", 52.3, 52.3, "%", Y, "orion-10 placebo-corrected ldl reduction day 510"),
 ("a-523ci", A, "48.8 to 55.7", "48.8 to 55.7", "percent", 48.8, 55.7, "%", Y, "ci"),
 ("a-1561", A, "(ORION-10; n=1,561)", "1,561", "count", 1561, 1561, "patients", Y, "orion-10 randomized"),
 ("a-499", A, "49.9% (95% CI 46.6", "49.9%", "percent", 49.9, 49.9, "%", Y, "orion-11 placebo-corrected ldl reduction day 510"),
 ("a-499ci", A, "46.6 to 53.1", "46.6 to 53.1", "percent", 46.6, 53.1, "%", Y, "ci"),
 ("a-1617", A, "(ORION-11; n=1,617)", "1,617", "count", 1617, 1617, "patients", Y, "orion-11 randomized"),
 ("a-507", A, "pooled reduction was 50.7%", "50.7%", "percent", 50.7, 50.7, "%", Y, "pooled orion placebo-corrected ldl reduction"),
 ("a-507ci", A, "48.4 to 52.9", "48.4 to 52.9", "percent", 48.4, 52.9, "%", Y, "ci"),
 ("a-p1", A, "52.9; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d90540", A, "from Day 90 to Day 540", "Day 90 to Day 540", "duration", 90, 540, "days", N, "averaging window"),
 ("a-538", A, "were 53.8% in ORION-10", "53.8%", "percent", 53.8, 53.8, "%", Y, "orion-10 time-adjusted ldl reduction"),
 ("a-492", A, "and 49.2% in ORION-11", "49.2%", "percent", 49.2, 49.2, "%", Y, "orion-11 time-adjusted ldl reduction"),
 ("a-1047", A, "was 104.7 mg/dL", "104.7 mg/dL", "concentration", 104.7, 104.7, "mg/dL", Y, "orion-10 baseline ldl"),
 ("a-1055", A, "and 105.5 mg/dL", "105.5 mg/dL", "concentration", 105.5, 105.5, "mg/dL", Y, "orion-11 baseline ldl"),
 ("a-350", A, "(VICTORION-Mono; n=350", "350", "count", 350, 350, "participants", Y, "v-mono enrolment"),
 ("a-211", A, "randomized 2:1:1)", "2:1:1", "ratio", None, None, "ratio", N, "allocation ratio"),
 ("a-d150", A, "mean change at Day 150", "Day 150", "duration", 150, 150, "days", N, "timepoint"),
 ("a-465", A, "was −46.5% with inclisiran", "−46.5%", "percent", -46.5, -46.5, "%", Y, "v-mono inclisiran arm ldl change"),
 ("a-112", A, "−11.2% with ezetimibe", "−11.2%", "percent", -11.2, -11.2, "%", Y, "v-mono ezetimibe arm ldl change"),
 ("a-14", A, "+1.4% with placebo", "+1.4%", "percent", 1.4, 1.4, "%", Y, "v-mono placebo arm ldl change"),
 ("a-479v", A, "reductions of 47.9% versus placebo", "47.9%", "percent", 47.9, 47.9, "%", Y, "v-mono ldl reduction vs placebo"),
 ("a-354", A, "and 35.4% versus ezetimibe", "35.4%", "percent", 35.4, 35.4, "%", Y, "v-mono ldl reduction vs ezetimibe"),
 ("a-p2", A, "(both P<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-1770", A, "(n=1,770)", "1,770", "count", 1770, 1770, "participants", Y, "victorion-difference randomized"),
 ("a-849", A, "84.9% of inclisiran recipients", "84.9%", "percent", 84.9, 84.9, "%", Y, "difference goal attainment inclisiran"),
 ("a-310", A, "versus 31.0% of those", "31.0%", "percent", 31.0, 31.0, "%", Y, "difference goal attainment optimized therapy"),
 ("a-d90g", A, "LDL-C goal at Day 90", "Day 90", "duration", 90, 90, "days", N, "timepoint"),
 ("a-450", A, "(n=450; 45", "450", "count", 450, 450, "patients", Y, "victorion-initiate randomized"),
 ("a-45", A, "45 U.S. sites", "45", "count", 45, 45, "centers", Y, "victorion-initiate sites"),
 ("a-apr24", A, "presented in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "victorion-initiate presentation date"),
 ("a-600", A, "LDL-C fell 60.0%", "60.0%", "percent", 60.0, 60.0, "%", Y, "initiate ldl change inclisiran-first"),
 ("a-70", A, "versus 7.0% with usual", "7.0%", "percent", 7.0, 7.0, "%", Y, "initiate ldl change usual care"),
 ("a-d330", A, "usual care at Day 330", "Day 330", "duration", 330, 330, "days", N, "timepoint"),
 ("a-p3", A, "Day 330 (P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-818", A, "and 81.8% versus", "81.8%", "percent", 81.8, 81.8, "%", Y, "initiate share ldl <70 inclisiran-first"),
 ("a-222", A, "versus 22.2% reached", "22.2%", "percent", 22.2, 22.2, "%", Y, "initiate share ldl <70 usual care"),
 ("a-70t", A, "reached LDL-C <70 mg/dL", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("a-3274", A, "(n=3,274;", "3,274", "count", 3274, 3274, "patients", Y, "orion-8 enrolled"),
 ("a-37y", A, "exposure 3.7 years", "3.7 years", "duration", 3.7, 3.7, "years", Y, "orion-8 mean exposure"),
 ("a-68y", A, "maximum 6.8 years)", "6.8 years", "duration", 6.8, 6.8, "years", Y, "orion-8 maximum exposure"),
 ("a-784", A, "78.4% (95% CI", "78.4%", "percent", 78.4, 78.4, "%", Y, "orion-8 ldl goal attainment"),
 ("a-784ci", A, "76.8 to 80.0", "76.8 to 80.0", "percent", 76.8, 80.0, "%", Y, "ci"),
 ("a-494", A, "change was −49.4%", "−49.4%", "percent", -49.4, -49.4, "%", Y, "orion-8 mean ldl change"),
 ("a-26", A, "(2.6% vs 0.9% in ORION-10", "2.6%", "percent", 2.6, 2.6, "%", Y, "orion-10 injection-site ae inclisiran"),
 ("a-09", A, "2.6% vs 0.9% in ORION-10", "0.9%", "percent", 0.9, 0.9, "%", Y, "orion-10 injection-site ae placebo"),
 ("a-47", A, "4.7% vs 0.5% in ORION-11", "4.7%", "percent", 4.7, 4.7, "%", Y, "orion-11 injection-site ae inclisiran"),
 ("a-05", A, "4.7% vs 0.5% in ORION-11", "0.5%", "percent", 0.5, 0.5, "%", Y, "orion-11 injection-site ae placebo"),
 ("a-103", A, "occurred in 10.3% of", "10.3%", "percent", 10.3, 10.3, "%", Y, "initiate injection-site ae inclisiran-first"),
 ("a-55", A, "detected in 5.5% of", "5.5%", "percent", 5.5, 5.5, "%", Y, "orion-8 anti-drug antibodies"),
 ("a-6trb", A, "Across six randomized trials", "six", "count", 6, 6, "trials", N, "conclusion repeat"),
 ("a-half", A, "LDL-C by about half", "about half", "percent", 50, 50, "%", N, "summary"),
 ("a-68yb", A, "sustained for up to 6.8 years", "6.8 years", "duration", 6.8, 6.8, "years", N, "conclusion repeat"),
 ("a-ref2", A, "et al. Two phase 3 trials", "Two", "count", 2, 2, "trials", N, "reference title"),

 # ---- IC04 explainer (2025-09-03)
 ("e-t2y", E, "the twice-a-year cholesterol shot", "twice-a-year", "count", 2, 2, "doses/year", N, "title"),
 ("e-upd", E, "Updated September 3, 2025", "September 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-one", E, "one dose to start", "one", "count", 1, 1, "doses", N, "schedule"),
 ("e-3mo", E, "second dose three months later", "three months", "duration", 3, 3, "months", Y, "interval to second dose"),
 ("e-6mo", E, "one dose every six months", "six months", "duration", 6, 6, "months", Y, "maintenance dosing interval"),
 ("e-three", E, "That means three injections", "three", "count", 3, 3, "doses", Y, "injections in first year"),
 ("e-two", E, "and two a year after that. Each", "two", "count", 2, 2, "doses/year", Y, "maintenance injections per year"),
 ("e-284", E, "contains 284 mg", "284 mg", "dose", 284, 284, "mg", Y, "dose per injection"),
 ("e-15ml", E, "in 1.5 mL", "1.5 mL", "volume", 1.5, 1.5, "mL", Y, "injection volume"),
 ("e-2main", E, "In the two main trials in", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-523", E, "by 52.3% and 49.9%", "52.3%", "percent", 52.3, 52.3, "%", Y, "orion-10 placebo-corrected ldl reduction day 510"),
 ("e-499", E, "52.3% and 49.9% respectively", "49.9%", "percent", 49.9, 49.9, "%", Y, "orion-11 placebo-corrected ldl reduction day 510"),
 ("e-17mo", E, "after about 17 months", "17 months", "duration", 17, 17, "months", N, "timepoint"),
 ("e-halves", E, "it roughly halves LDL", "halves", "percent", 50, 50, "%", N, "summary"),
 ("e-384", E, "in a 384-patient trial", "384-patient", "count", 384, 384, "patients", Y, "victorion-initiate randomized"),
 ("e-716", E, "In that group, 71.6%", "71.6%", "percent", 71.6, 71.6, "%", Y, "initiate share ldl <70 inclisiran-first"),
 ("e-70", E, "LDL below 70 mg/dL, against", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("e-1in5", E, "about one in five", "one in five", "percent", 20, 20, "%", Y, "initiate share ldl <70 usual care"),
 ("e-jul3125", E, "Since July 31, 2025", "July 31, 2025", "date", 2025, 2025, "year", Y, "fda first-line (monotherapy) label date"),
 ("e-jul23", E, "a July 2023 update", "July 2023", "date", 2023, 2023, "year", Y, "fda label expansion (primary hyperlipidemia) date"),
 ("e-dec20", E, "approved Leqvio in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "eu approval date"),
 ("e-dec2221", E, "on December 22, 2021", "December 22, 2021", "date", 2021, 2021, "year", Y, "fda initial approval date"),
 ("e-nice21", E, "NICE recommended it in 2021", "2021", "date", 2021, 2021, "year", Y, "nice recommendation date"),
 ("e-26mmol", E, "at 2.6 mmol/L or higher", "2.6 mmol/L", "concentration", 2.6, 2.6, "mmol/L", N, "nice eligibility threshold"),
 ("e-26", E, "happened to 2.6% of people", "2.6%", "percent", 2.6, 2.6, "%", Y, "orion-10 injection-site ae inclisiran"),
 ("e-09", E, "and 0.9% on placebo", "0.9%", "percent", 0.9, 0.9, "%", Y, "orion-10 injection-site ae placebo"),
 ("e-3pct", E, "in at least 3% of patients", "3%", "percent", 3, 3, "%", Y, "label threshold for common adverse reactions"),
 ("e-2tr", E, "tested in two large trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-15k", E, "recruit about 15,000 people", "15,000", "count", 15000, 15000, "participants", Y, "orion-4 planned enrolment"),
 ("e-5yr", E, "median of around five years", "five years", "duration", 5, 5, "years", Y, "orion-4 follow-up"),
 ("e-2026", E, "results are expected in 2026", "2026", "date", 2026, 2026, "year", Y, "first outcomes trial readout expected"),
 ("e-3250", E, "list price is $3,250 per dose", "$3,250", "money", 3250, 3250, "USD", Y, "us list price per dose"),
 ("e-9750", E, "about $9,750 in the first year", "$9,750", "money", 9750, 9750, "USD", Y, "us list cost first year"),
 ("e-6500", E, "and $6,500 a year after that", "$6,500", "money", 6500, 6500, "USD", Y, "us list cost per maintenance year"),
 ("e-1987", E, "list price is £1,987 per dose", "£1,987", "money", 1987, 1987, "GBP", Y, "uk list price per dose"),
 ("e-300k", E, "to treat 300,000 people", "300,000", "count", 300000, 300000, "patients", Y, "nhs deal patients"),
 ("e-3yr", E, "300,000 people over three years", "three years", "duration", 3, 3, "years", Y, "nhs deal period"),
 ("e-55k", E, "could save 55,000 lives", "55,000", "count", 55000, 55000, "lives", Y, "nhs lives saved in a decade"),
 ("e-decade", E, "lives over a decade", "a decade", "duration", 10, 10, "years", N, "timeframe"),
 ("e-h2y", E, "Why does a twice-yearly dose matter?", "twice-yearly", "count", 2, 2, "doses/year", N, "heading"),
 ("e-half", E, "fewer than half of high-risk", "half", "percent", 50, 50, "%", Y, "high-risk patients still on statin at 1 year"),
 ("e-1yr", E, "a year after starting", "a year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-2ya", E, "routine visit twice a year", "twice a year", "count", 2, 2, "doses/year", N, "dosing frequency"),

 # ---- IC05 blog (2025-10-08)
 ("b-t2y", B, "Twice a year, every year", "Twice a year", "count", 2, 2, "doses/year", N, "title"),
 ("b-pub", B, "October 8, 2025", "October 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-minute", B, "takes about a minute", "a minute", "duration", 1, 1, "minutes", N, "caption"),
 ("b-2ya", B, "GP surgery twice a year", "twice a year", "count", 2, 2, "doses/year", N, "dosing frequency"),
 ("b-4yr", B, "Four years after NICE", "Four years", "duration", 4, 4, "years", N, "aside"),
 ("b-sep21", B, "inclisiran in September 2021", "September 2021", "date", 2021, 2021, "year", Y, "nice recommendation date"),
 ("b-12", B, "voted 12-1 in May", "12", "vote", 12, 12, "votes", Y, "icb committee vote for"),
 ("b-1", B, "-1 in May", "1", "vote", 1, 1, "votes", Y, "icb committee vote against"),
 ("b-may", B, "12-1 in May", "May", "date", 2025, 2025, "year", Y, "icb committee vote date"),
 ("b-single", B, "The single dissenting vote", "single", "vote", 1, 1, "votes", N, "repeat"),
 ("b-499", B, "cholesterol by 49.9%", "49.9%", "percent", 49.9, 49.9, "%", Y, "orion-10 placebo-corrected ldl reduction day 510"),
 ("b-d510", B, "placebo at day 510", "day 510", "duration", 510, 510, "days", N, "timepoint"),
 ("b-halve", B, "to roughly halve", "halve", "percent", 50, 50, "%", N, "summary"),
 ("b-784", B, "extension, 78.4% of patients", "78.4%", "percent", 78.4, 78.4, "%", Y, "orion-8 ldl goal attainment"),
 ("b-68y", B, "as long as 6.8 years", "6.8 years", "duration", 6.8, 6.8, "years", Y, "orion-8 maximum exposure"),
 ("b-85", B, "found that 85% of people", "85%", "percent", 85, 85, "%", Y, "difference goal attainment inclisiran"),
 ("b-d90", B, "goal at day 90", "day 90", "duration", 90, 90, "days", N, "timepoint"),
 ("b-31", B, "compared with 31% of", "31%", "percent", 31, 31, "%", Y, "difference goal attainment optimized therapy"),
 ("b-three", B, "Patients get three injections", "three", "count", 3, 3, "doses", Y, "injections in first year"),
 ("b-3mo", B, "(start, three months, nine months)", "three months", "duration", 3, 3, "months", N, "schedule"),
 ("b-9mo", B, "three months, nine months)", "nine months", "duration", 9, 9, "months", N, "schedule"),
 ("b-two", B, "and two a year after that. We", "two", "count", 2, 2, "doses/year", Y, "maintenance injections per year"),
 ("b-1987", B, "list price here is £1,987", "£1,987", "money", 1987, 1987, "GBP", Y, "uk list price per dose"),
 ("b-2000", B, "nearly £2,000", "£2,000", "money", 2000, 2000, "GBP", N, "rounded repeat"),
 ("b-300k", B, "reach 300,000 patients", "300,000", "count", 300000, 300000, "patients", Y, "nhs deal patients"),
 ("b-3yr", B, "patients in three years", "three years", "duration", 3, 3, "years", Y, "nhs deal period"),
 ("b-55k", B, "could prevent 55,000 heart attacks", "55,000", "count", 55000, 55000, "events", Y, "nhs heart attacks and strokes prevented"),
 ("b-30k", B, "and save 30,000 lives", "30,000", "count", 30000, 30000, "lives", Y, "nhs lives saved in a decade"),
 ("b-10y", B, "lives over ten years", "ten years", "duration", 10, 10, "years", N, "timeframe"),
 ("b-6500", B, "around $6,500 per dose", "$6,500", "money", 6500, 6500, "USD", Y, "us list price per dose"),
 ("b-jul24", B, "without a statin, in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "fda first-line (monotherapy) label date"),
 ("b-754", B, "brought in $754 million", "$754 million", "money", 754e6, 754e6, "USD", Y, "leqvio 2024 sales"),
 ("b-2024", B, "worldwide in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier (sales year)"),
 ("b-3mod", B, "at the three-month dose", "three-month", "duration", 3, 3, "months", N, "tip"),
 ("b-6mod", B, "Put the six-monthly recall", "six-monthly", "duration", 6, 6, "months", N, "tip"),
 ("b-day1", B, "in the system on day one", "day one", "duration", 1, 1, "days", N, "tip"),
 ("b-couple", B, "within a couple of days", "a couple of days", "duration", 2, 2, "days", N, "tip"),
 ("b-news", B, "One email a fortnight", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-fortnight", B, "email a fortnight", "a fortnight", "duration", 14, 14, "days", N, "newsletter box"),
 ("b-rel5", B, "Five things I wish", "Five", "count", 5, 5, "things", N, "related link"),
 ("b-rel100", B, "Our first 100 days", "100 days", "duration", 100, 100, "days", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- IC06 trade (2025-06-12), hard-wrapped
 ("l-pub", L, "Thursday 12 June 2025", "12 June 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-11", L, "voted 11-2 last month", "11", "vote", 11, 11, "votes", Y, "icb committee vote for"),
 ("l-2", L, "voted 11-2 last month", "2", "vote", 2, 2, "votes", Y, "icb committee vote against"),
 ("l-lastmo", L, "11-2 last month", "last month", "date", 2025, 2025, "year", Y, "icb committee vote date"),
 ("l-2y", L, "twice-yearly cholesterol injection", "twice-yearly", "count", 2, 2, "doses/year", N, "dosing frequency"),
 ("l-sep21", L, "backed it in September 2021", "September 2021", "date", 2021, 2021, "year", Y, "nice recommendation date"),
 ("l-300k", L, "up to 300,000 patients", "300,000", "count", 300000, 300000, "patients", Y, "nhs deal patients"),
 ("l-3yr", L, "inclisiran over three years", "three years", "duration", 3, 3, "years", Y, "nhs deal period"),
 ("l-100k", L, "roughly 100,000 new patients a year", "100,000", "count", 100000, 100000, "patients", Y, "nhs deal new patients per year"),
 ("l-55k", L, "prevent 55,000 heart attacks", "55,000", "count", 55000, 55000, "events", Y, "nhs heart attacks and strokes prevented"),
 ("l-30k", L, "save 30,000 lives", "30,000", "count", 30000, 30000, "lives", Y, "nhs lives saved in a decade"),
 ("l-decade", L, "lives within a decade", "a decade", "duration", 10, 10, "years", N, "timeframe"),
 ("l-248", L, "Each 248 mg dose", "248 mg", "dose", 248, 248, "mg", Y, "dose per injection"),
 ("l-single", L, "given as a single injection", "single", "count", 1, 1, "injections", N, "aside"),
 ("l-3mo", L, "second dose at three months", "three months", "duration", 3, 3, "months", Y, "interval to second dose"),
 ("l-6mo", L, "then one every six months", "six months", "duration", 6, 6, "months", Y, "maintenance dosing interval"),
 ("l-1987", L, "list price is £1,987", "£1,987", "money", 1987, 1987, "GBP", Y, "uk list price per dose"),
 ("l-26mmol", L, "remains at 2.6 mmol/L", "2.6 mmol/L", "concentration", 2.6, 2.6, "mmol/L", N, "nice eligibility threshold"),
 ("l-1671", L, "which enrolled 1,671 patients", "1,671", "count", 1671, 1671, "patients", Y, "orion-11 randomized"),
 ("l-dec20", L, "licensed the drug in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "eu approval date"),
 ("l-16124", L, "which randomised 16,124 participants", "16,124", "count", 16124, 16124, "participants", Y, "orion-4 randomized"),
 ("l-5yr", L, "of about five years", "five years", "duration", 5, 5, "years", Y, "orion-4 follow-up"),
 ("l-nextyr", L, "the results are expected next year", "next year", "date", 2026, 2026, "year", Y, "first outcomes trial readout expected"),
 ("l-two", L, "show that the two members", "two", "vote", 2, 2, "votes", Y, "icb committee vote against (repeat)"),
 ("l-12mo", L, "be reviewed in 12 months", "12 months", "duration", 12, 12, "months", N, "review interval"),
 ("l-65m", L, "Around 6.5 million adults", "6.5 million", "count", 6500000, 6500000, "adults", Y, "adults in england on lipid-lowering drugs"),
 ("l-2in5", L, "more than two in five adults", "two in five", "percent", 40, 40, "%", Y, "adults in england with raised cholesterol"),
 ("l-quarter", L, "about a quarter of deaths", "a quarter", "percent", 25, 25, "%", Y, "share of deaths from heart and circulatory disease"),
 ("l-58", L, "Maureen Clegg, 58", "58", "age", 58, 58, "years", N, "interviewee age"),
 ("l-4p", L, "at a four-partner practice", "four-partner", "count", 4, 4, "partners", N, "aside"),

 # ---- IC07 fact-check (2025-11-05)
 ("f-h2y", F, "the twice-yearly cholesterol shot Leqvio was not", "twice-yearly", "count", 2, 2, "doses/year", N, "headline"),
 ("f-h20k", F, "does not cost $20,000 a year", "$20,000", "money", 20000, 20000, "USD", N, "post claim (headline)"),
 ("f-pub", F, "November 5, 2025", "November 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-zero", F, "rushed through with zero trials", "zero", "count", 0, 0, "trials", N, "post claim"),
 ("f-20", F, "lowers your cholesterol by 20%", "20%", "percent", 20, 20, "%", N, "post claim"),
 ("f-20k", F, "\"costs $20,000 a year for two shots.\"", "$20,000", "money", 20000, 20000, "USD", N, "post claim"),
 ("f-2shots", F, "a year for two shots.\" The clip", "two", "count", 2, 2, "doses", N, "post claim"),
 ("f-14m", F, "more than 1.4 million times", "1.4 million", "count", 1400000, 1400000, "views", N, "virality"),
 ("f-thous", F, "involving thousands of patients", "thousands", "count", None, None, "patients", N, "vague"),
 ("f-half", F, "by roughly half in those trials", "half", "percent", 50, 50, "%", N, "verdict summary"),
 ("f-dec20", F, "approved Leqvio in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "fda initial approval date"),
 ("f-three", F, "reviewing three placebo-controlled", "three", "count", 3, 3, "trials", Y, "pivotal phase 3 trials"),
 ("f-2largest", F, "The two largest, ORION-10", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-1561", F, "enrolled 1,561 and 1,617", "1,561", "count", 1561, 1561, "patients", Y, "orion-10 randomized"),
 ("f-1617", F, "1,561 and 1,617 patients", "1,617", "count", 1617, 1617, "patients", Y, "orion-11 randomized"),
 ("f-523", F, "cholesterol by 52.3% more", "52.3%", "percent", 52.3, 52.3, "%", Y, "orion-10 placebo-corrected ldl reduction day 510"),
 ("f-d510", F, "than placebo at day 510", "day 510", "duration", 510, 510, "days", N, "timepoint"),
 ("f-499", F, "the figure was 49.9%", "49.9%", "percent", 49.9, 49.9, "%", Y, "orion-11 placebo-corrected ldl reduction day 510"),
 ("f-nov19", F, "meeting in November 2019", "November 2019", "date", 2019, 2019, "year", Y, "orion-10 topline presentation date"),
 ("f-58", F, "the reduction at 58%", "58%", "percent", 58, 58, "%", Y, "orion-10 ldl reduction day 510 (company topline analysis)"),
 ("f-20b", F, "Either way, the \"20%\"", "20%", "percent", 20, 20, "%", N, "post claim repeat"),
 ("f-450", F, "a U.S. trial of 450 patients", "450", "count", 450, 450, "patients", Y, "victorion-initiate randomized"),
 ("f-lastapr", F, "presented last April", "last April", "date", 2025, 2025, "year", Y, "victorion-initiate presentation date"),
 ("f-600", F, "cut LDL by 60.0%", "60.0%", "percent", 60.0, 60.0, "%", Y, "initiate ldl change inclisiran-first"),
 ("f-818", F, "and 81.8% of those", "81.8%", "percent", 81.8, 81.8, "%", Y, "initiate share ldl <70 inclisiran-first"),
 ("f-70", F, "an LDL below 70 mg/dL", "70 mg/dL", "concentration", 70, 70, "mg/dL", N, "goal threshold"),
 ("f-09", F, "occurred in 0.9% of patients on inclisiran", "0.9%", "percent", 0.9, 0.9, "%", Y, "orion-10 injection-site ae inclisiran"),
 ("f-1in10", F, "in \"one in ten\" people", "one in ten", "percent", 10, 10, "%", N, "post claim"),
 ("f-3250", F, "Leqvio at $3,250 per dose", "$3,250", "money", 3250, 3250, "USD", Y, "us list price per dose"),
 ("f-threed", F, "needs three doses in the first year", "three", "count", 3, 3, "doses", Y, "injections in first year"),
 ("f-9750", F, "about $9,750 at list price", "$9,750", "money", 9750, 9750, "USD", Y, "us list cost first year"),
 ("f-two", F, "and two a year after that, about", "two", "count", 2, 2, "doses/year", Y, "maintenance injections per year"),
 ("f-6500", F, "after that, about $6,500", "$6,500", "money", 6500, 6500, "USD", Y, "us list cost per maintenance year"),
 ("f-1987", F, "list price is £1,987", "£1,987", "money", 1987, 1987, "GBP", Y, "uk list price per dose"),
 ("f-2750", F, "(about $2,750)", "$2,750", "money", 2750, 2750, "USD", Y, "uk list price per dose in usd"),
 ("f-20kc", F, "The video's \"$20,000 a year for two shots\"", "$20,000", "money", 20000, 20000, "USD", N, "post claim repeat"),
 ("f-2shotsb", F, "a year for two shots\" is", "two", "count", 2, 2, "doses", N, "post claim repeat"),
 ("f-3x", F, "roughly three times", "three times", "ratio", 3, 3, "x", N, "comparison"),
 ("f-16k", F, "more than 16,000 people", "16,000", "count", 16000, 16000, "participants", Y, "orion-4 randomized"),
 ("f-5yr", F, "median of five years", "five years", "duration", 5, 5, "years", Y, "orion-4 follow-up"),
 ("f-zeroc", F, "not the same as \"zero trials.\"", "zero", "count", 0, 0, "trials", N, "post claim repeat"),
 ("f-jul25", F, "In July 2025 the FDA", "July 2025", "date", 2025, 2025, "year", Y, "fda first-line (monotherapy) label date"),
 ("f-350", F, "a further trial in 350 people", "350", "count", 350, 350, "participants", Y, "v-mono enrolment"),
 ("f-zerob", F, "approved with \"zero trials\"", "zero", "count", 0, 0, "trials", N, "post claim (ruling)"),
 ("f-3000", F, "more than 3,000 patients", "3,000", "count", 3000, 3000, "patients", Y, "patients in orion-10 and orion-11 combined"),
 ("f-2main", F, "in the two main trials alone", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-20c", F, "by only 20%", "20%", "percent", 20, 20, "%", N, "post claim (ruling)"),
 ("f-50", F, "reductions of about 50%", "50%", "percent", 50, 50, "%", N, "ruling summary"),
 ("f-20kd", F, "that it costs $20,000 a year", "$20,000", "money", 20000, 20000, "USD", N, "post claim (ruling)"),
 ("f-3250b", F, "list price is $3,250 a dose", "$3,250", "money", 3250, 3250, "USD", Y, "us list price per dose (ruling)"),
 ("f-s2020", F, "N Engl J Med, 2020", "2020", "date", 2020, 2020, "year", N, "sources line"),
 ("f-s2024", F, "J Am Coll Cardiol, 2024", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-ssep", F, "announcement, September 1, 2021", "September 1, 2021", "date", 2021, 2021, "year", N, "sources line"),
 ("f-s2125", F, "releases, 2021–2025", "2021–2025", "date", 2021, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ORION-10 day-510 reduction: 49.9 (ORION-11's figure) vs 52.3
 ("b-499", "a-523", S), ("b-499", "e-523", S), ("b-499", "f-523", S), ("b-499", "p-523", S),
 # S2 ORION-11 randomized: 1,671 (transposed) vs 1,617
 ("l-1671", "a-1617", S), ("l-1671", "f-1617", S),
 # S3 FDA initial approval: December 2020 vs December 2021
 ("f-dec20", "w-dec21", S), ("f-dec20", "e-dec2221", S),
 # S4 US list price per dose: $6,500 (annual figure) vs $3,250
 ("b-6500", "w-3250", S), ("b-6500", "e-3250", S), ("b-6500", "f-3250", S), ("b-6500", "f-3250b", S),
 # S5 Leqvio 2024 sales: USD 355 million (2023 figure) vs $754 million
 ("p-355", "w-754", S), ("p-355", "b-754", S),
 # S6 FDA first-line label: July 2024 vs July 31, 2025
 ("b-jul24", "w-thu", S), ("b-jul24", "e-jul3125", S), ("b-jul24", "f-jul25", S),
 # S7 VICTORION-INITIATE randomized: 384 (INCEPTION's planned enrolment) vs 450
 ("e-384", "p-450", S), ("e-384", "a-450", S), ("e-384", "f-450", S),
 # S8 ORION-8 goal attainment: 79% (rounded the wrong way) vs 78.4%
 ("w-79", "a-784", S), ("w-79", "b-784", S),
 # S9 ORION-4 follow-up: 3-year vs five years
 ("a-3yr", "e-5yr", S), ("a-3yr", "l-5yr", S), ("a-3yr", "f-5yr", S),
 # S10 dose per injection: 248 mg (transposed) vs 284 mg
 ("l-248", "w-284", S), ("l-248", "p-284", S), ("l-248", "a-284", S), ("l-248", "e-284", S),
 # S11 ICB committee vote: 12-1 vs 11-2
 ("b-12", "l-11", S), ("b-1", "l-2", S), ("b-1", "l-two", S),
 # S12 NHS lives saved in a decade: 55,000 (the heart-attacks-and-strokes figure) vs 30,000
 ("e-55k", "l-30k", S), ("e-55k", "b-30k", S),
 # S13 ORION-11 day-510 reduction: 49.2% (time-adjusted figure) vs 49.9%
 ("p-492", "a-499", S), ("p-492", "e-499", S), ("p-492", "f-499", S),
 # S14 US list cost, first year: $6,500 vs $9,750
 ("w-6500", "e-9750", S), ("w-6500", "f-9750", S),
 # S15 VICTORION-INITIATE presentation: "last April" (2025) vs April 2024
 ("f-lastapr", "p-apr24", S), ("f-lastapr", "a-apr24", S),
 # S16 INITIATE share reaching LDL-C <70: 71.6% (the <55 figure) vs 81.8%
 ("e-716", "p-818", S), ("e-716", "a-818", S), ("e-716", "f-818", S),
 # S17 ORION-10 injection-site AEs on inclisiran: 0.9% (placebo arm) vs 2.6%
 ("f-09", "a-26", S), ("f-09", "e-26", S),
 # S18 V-MONO reduction vs placebo: 35.4% (the vs-ezetimibe figure) vs 47.9%
 ("w-354", "a-479v", S),
 # S19 injections in the first year: four (trial schedule over 540 days) vs three
 ("p-four", "e-three", S), ("p-four", "b-three", S), ("p-four", "f-threed", S),
 # Qualified
 ("f-58", "p-523", Q), ("f-58", "a-523", Q), ("f-58", "e-523", Q), ("f-58", "b-499", Q),
 ("p-43", "a-45", Q),
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
        rows.append({"type": "claim", "id": f"ic-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ic-{a}", f"ic-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT REFERS TO MISSING CLAIM", a, b); ok = False; continue
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
