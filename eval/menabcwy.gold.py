#!/usr/bin/env python3
"""Build menabcwy.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "menabcwy")
OUT = os.path.join(HERE, "menabcwy.gold.jsonl")
T = "menabcwy"

W, P, A, E, B, L, F = ("MB01_wire.txt", "MB02_press.txt", "MB03_abstract.txt",
                       "MB04_explainer.txt", "MB05_blog.txt", "MB06_local.txt", "MB07_factcheck.txt")
Y = True; N = False
SIXTH = round(100 / 6, 4)

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MB01 wire (2025-04-16)
 ("w-h5", W, "back GSK's five-in-one", "five", "count", 5, 5, "serogroups", N, "headline"),
 ("w-dl", W, "ATLANTA, April 16", "April 16", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "panel on Tuesday backed", "Tuesday", "date", 2025, 2025, "year", Y, "acip penmenvy vote date"),
 ("w-five", W, "all five of the main groups", "five", "count", 5, 5, "serogroups", N, "serogroups covered"),
 ("w-15", W, "voted 15-0 that", "15", "count", 15, 15, "votes", Y, "acip penmenvy votes for"),
 ("w-0", W, "voted 15-0 that", "0", "count", 0, 0, "votes", Y, "acip penmenvy votes against"),
 ("w-1623", W, "healthy 16- to 23-year-olds", "16- to 23-year-olds", "age", 16, 23, "years", Y, "acip routine age group (shared decision menb)"),
 ("w-10", W, "people aged 10 and older who", "10", "age", 10, 10, "years", Y, "acip high-risk minimum age"),
 ("w-half", W, "roughly half of the country's", "half", "percent", 50, 50, "%", N, "vfc share of children (aside)"),
 ("w-febplan", W, "had been planned for February", "February", "date", 2025, 2025, "year", N, "original acip meeting month"),
 ("w-febappr", W, "approved Penmenvy in February", "February", "date", 2025, 2025, "year", Y, "penmenvy fda approval date"),
 ("w-1025", W, "for people aged 10 through 25", "10 through 25", "age", 10, 25, "years", Y, "penmenvy approved ages"),
 ("w-2dose", W, "is given as two doses six months", "two", "count", 2, 2, "doses", Y, "penmenvy doses in series"),
 ("w-6mo", W, "two doses six months apart", "six months", "duration", 6, 6, "months", Y, "penmenvy dose interval"),
 ("w-2trials", W, "rested on two phase 3 trials", "two", "count", 2, 2, "trials", Y, "penmenvy phase 3 trials"),
 ("w-3600", W, "more than 3,600 participants", "3,600", "count", 3600, 3600, "participants", Y, "penmenvy phase 3 participants (both trials)"),
 ("w-oct23", W, "cleared in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "penbraya fda approval date"),
 ("w-10v", W, "far closer, 10-4,", "10", "count", 10, 10, "votes", Y, "acip penbraya votes for"),
 ("w-4v", W, "far closer, 10-4,", "4", "count", 4, 4, "votes", Y, "acip penbraya votes against"),
 ("w-twono", W, "with two of the members", "two", "count", 2, 2, "members", N, "no-voters wanting broader rec"),
 ("w-32", W, "Only about 32% of 17-year-olds", "32%", "percent", 32, 32, "%", Y, "17-year-olds completed 2-dose menb series"),
 ("w-17", W, "32% of 17-year-olds", "17", "age", 17, 17, "years", N, "age qualifier"),
 ("w-2dosemenb", W, "completed the two-dose MenB series", "two-dose", "count", 2, 2, "doses", N, "menb series length"),
 ("w-2023nis", W, "MenB series in 2023, GSK said", "2023", "date", 2023, 2023, "year", N, "survey year"),
 ("w-four", W, "as many as four injections", "four", "count", 4, 4, "injections", Y, "injections with separate schedules"),
 ("w-422", W, "counted 422 cases in 2023", "422", "count", 422, 422, "cases", Y, "us cases 2023"),
 ("w-2023c", W, "422 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-2014", W, "the most since 2014", "2014", "date", 2014, 2014, "year", N, "reference year"),
 ("w-503", W, "a preliminary 503 last year", "503", "count", 503, 503, "cases", Y, "us cases 2024"),
 ("w-lastyr", W, "503 last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-3060", W, "adults aged 30 to 60", "30 to 60", "age", 30, 60, "years", N, "serogroup y affected ages (descriptive)"),
 ("w-11", W, "About 11% of the recent", "11%", "percent", 11, 11, "%", Y, "serogroup y (st-1466, 2023) cfr"),
 ("w-1015", W, "Overall, 10% to 15% of people", "10% to 15%", "percent", 10, 15, "%", Y, "overall cfr"),
 ("w-1in5", W, "about one in five survivors", "one in five", "percent", 20, 20, "%", Y, "survivors with lasting harm"),
 ("w-wed", W, "not clear on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "aside"),
 ("w-12", W, "up 1.2% in London", "1.2%", "percent", 1.2, 1.2, "%", N, "share move (aside)"),

 # ---- MB02 press (2025-02-14)
 ("p-dl", P, "Issued: 14 February 2025", "14 February 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-h5", P, "GSK's 5-in-1 meningococcal vaccine, approved", "5-in-1", "count", 5, 5, "serogroups", N, "headline"),
 ("p-five", P, "against the five most common", "five", "count", 5, 5, "serogroups", N, "subtitle"),
 ("p-1025", P, "aged 10 through 25 years", "10 through 25", "age", 10, 25, "years", Y, "penmenvy approved ages"),
 ("p-fiveser", P, "targets the five serogroups", "five", "count", 5, 5, "serogroups", N, "serogroups covered"),
 ("p-2dose", P, "given as a two-dose series", "two-dose", "count", 2, 2, "doses", Y, "penmenvy doses in series"),
 ("p-6mo", P, "six months after the first", "six months", "duration", 6, 6, "months", Y, "penmenvy dose interval"),
 ("p-2trials", P, "results from two phase III trials", "two", "count", 2, 2, "trials", Y, "penmenvy phase 3 trials"),
 ("p-4800", P, "in over 4,800 participants", "4,800", "count", 4800, 4800, "participants", Y, "penmenvy phase 3 participants (both trials)"),
 ("p-1025t", P, "aged 10 to 25 years. The larger", "10 to 25", "age", 10, 25, "years", N, "trial ages"),
 ("p-two", P, "The larger of the two enrolled", "two", "count", 2, 2, "trials", N, "repeat"),
 ("p-3657", P, "enrolled 3,657 adolescents", "3,657", "count", 3657, 3657, "participants", Y, "nct04502693 enrolled"),
 ("p-3638", P, "of whom 3,638 received", "3,638", "count", 3638, 3638, "participants", Y, "nct04502693 vaccinated (exposed set)"),
 ("p-one", P, "received at least one vaccination", "one", "count", 1, 1, "doses", N, "definition"),
 ("p-13", P, "less than 13% of 17-year-olds", "13%", "percent", 13, 13, "%", Y, "17-year-olds completed 2-dose menb series"),
 ("p-17", P, "13% of 17-year-olds", "17", "age", 17, 17, "years", N, "age qualifier"),
 ("p-2dosemenb", P, "recommended two-dose MenB series", "two-dose", "count", 2, 2, "doses", N, "menb series length"),
 ("p-32", P, "around 32% had received", "32%", "percent", 32, 32, "%", Y, "17-year-olds with >=1 menb dose"),
 ("p-one2", P, "at least one dose, according", "one", "count", 1, 1, "doses", N, "definition"),
 ("p-2023", P, "according to 2023 survey data", "2023", "date", 2023, 2023, "year", N, "survey year"),
 ("p-3of4", P, "three of every four MenB doses", "three of every four", "percent", 75, 75, "%", Y, "gsk share of us menb doses"),
 ("p-26feb", P, "on 26 February", "26 February", "date", 2025, 2025, "year", Y, "scheduled acip vote (forecast)"),
 ("p-1in6", P, "up to one in six", "one in six", "percent", SIXTH, SIXTH, "%", Y, "imd fatality (upper)"),
 ("p-24h", P, "within 24 hours of the first symptoms", "24 hours", "duration", 24, 24, "hours", Y, "time to death"),
 ("p-1in5", P, "Around one in five survivors", "one in five", "percent", 20, 20, "%", Y, "survivors with long-term consequences"),
 ("p-1623", P, "aged 16 through 23 years are at higher risk", "16 through 23", "age", 16, 23, "years", Y, "higher-risk ages"),
 ("p-ar2023", P, "Form 20-F for 2023", "2023", "date", 2023, 2023, "year", N, "forward-looking boilerplate"),

 # ---- MB03 abstract (2024-05-20)
 ("a-pub", A, "Published online 20 May 2024", "20 May 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-t06", A, "given at 0 and 6 months to adolescents", "0 and 6 months", "duration", 0, 6, "months", N, "title schedule"),
 ("a-four", A, "as many as four injections across", "four", "count", 4, 4, "injections", Y, "injections with separate schedules"),
 ("a-20oct", A, "on 20 October 2023", "20 October 2023", "date", 2023, 2023, "year", Y, "penbraya fda approval date"),
 ("a-1025", A, "for persons aged 10–25 years. We", "10–25", "age", 10, 25, "years", Y, "penbraya approved ages"),
 ("a-1025m", A, "healthy participants aged 10–25 years", "10–25", "age", 10, 25, "years", N, "trial ages"),
 ("a-11", A, "randomly assigned 1:1", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-m06a", A, "MenABCWY at months 0 and 6 or", "0 and 6", "duration", 0, 6, "months", N, "schedule"),
 ("a-m06b", A, "MenB-FHbp at months 0 and 6 plus", "0 and 6", "duration", 0, 6, "months", N, "schedule"),
 ("a-single", A, "plus a single dose of MenACWY-CRM", "single", "count", 1, 1, "doses", N, "comparator doses"),
 ("a-m0", A, "MenACWY-CRM at month 0", "0", "duration", 0, 0, "months", N, "schedule"),
 ("a-1mo", A, "measured 1 month after each", "1 month", "duration", 1, 1, "months", N, "timepoint"),
 ("a-fourstr", A, "the four primary MenB test strains", "four", "count", 4, 4, "strains", N, "definition"),
 ("a-d2m", A, "test strains after dose 2", "2", "count", 2, 2, "dose number", N, "dose label"),
 ("a-4fold", A, "with a ≥4-fold rise in titres", "4-fold", "ratio", 4, 4, "x", N, "definition"),
 ("a-ni", A, "above −10 percentage points", "−10 percentage points", "percent", -10, -10, "pp", Y, "noninferiority margin"),
 ("a-7d", A, "for 7 days after each dose", "7 days", "duration", 7, 7, "days", N, "timepoint"),
 ("a-2431", A, "N = 2,431", "2,431", "count", 2431, 2431, "participants", Y, "penbraya phase 3 randomised"),
 ("a-2413", A, "of whom 2,413 received", "2,413", "count", 2413, 2413, "participants", Y, "penbraya phase 3 vaccinated"),
 ("a-one", A, "at least one vaccination; 18", "one", "count", 1, 1, "doses", N, "definition"),
 ("a-18", A, "18 were randomised but never", "18", "count", 18, 18, "participants", Y, "randomised never vaccinated"),
 ("a-15", A, "Median age was 15 years", "15 years", "age", 15, 15, "years", Y, "median age"),
 ("a-1mo2", A, "One month after dose 2, the composite", "One month", "duration", 1, 1, "months", N, "timepoint"),
 ("a-d2r", A, "after dose 2, the composite", "2", "count", 2, 2, "dose number", N, "dose label"),
 ("a-785", A, "was 78.5% with MenABCWY", "78.5%", "percent", 78.5, 78.5, "%", Y, "composite menb response menabcwy"),
 ("a-n1032", A, "(n=1,032)", "1,032", "count", 1032, 1032, "participants", Y, "n evaluable menabcwy"),
 ("a-798", A, "79.8% with MenB-FHbp", "79.8%", "percent", 79.8, 79.8, "%", Y, "composite menb response control"),
 ("a-n1003", A, "(n=1,003)", "1,003", "count", 1003, 1003, "participants", Y, "n evaluable control"),
 ("a-diff", A, "a difference of −1.3 percentage points", "−1.3 percentage points", "percent", -1.3, -1.3, "pp", Y, "composite difference"),
 ("a-diffci", A, "(95% CI −4.8 to 2.2)", "−4.8 to 2.2", "percent", -4.8, 2.2, "pp", Y, "ci"),
 ("a-acwy", A, "ranged from 93.0% to 98.4%", "93.0% to 98.4%", "percent", 93.0, 98.4, "%", Y, "acwy 4-fold rise after 2 menabcwy doses (naive)"),
 ("a-crm", A, "compared with 71.6% to 91.1%", "71.6% to 91.1%", "percent", 71.6, 91.1, "%", Y, "acwy 4-fold rise after 1 menacwy-crm (naive)"),
 ("a-4fold2", A, "participants, ≥4-fold rises", "4-fold", "ratio", 4, 4, "x", N, "definition"),
 ("a-one2", A, "after one dose of MenACWY-CRM", "one", "count", 1, 1, "doses", N, "comparator doses"),
 ("a-p", A, "(P<0.001 for each", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-single2", A, "A single MenABCWY dose was", "single", "count", 1, 1, "doses", N, "single-dose analysis"),
 ("a-one3", A, "noninferior to one MenACWY-CRM dose", "one", "count", 1, 1, "doses", N, "comparator doses"),
 ("a-four4", A, "for all four serogroups", "four", "count", 4, 4, "serogroups", N, "definition"),
 ("a-89", A, "reported by 89% of MenABCWY", "89%", "percent", 89, 89, "%", Y, "injection-site pain after dose 1"),
 ("a-d1", A, "recipients after dose 1 and 84%", "1", "count", 1, 1, "dose number", N, "dose label"),
 ("a-84", A, "and 84% after dose 2;", "84%", "percent", 84, 84, "%", Y, "injection-site pain after dose 2"),
 ("a-d2s", A, "84% after dose 2;", "2", "count", 2, 2, "dose number", N, "dose label"),
 ("a-52", A, "fatigue (52% and 48%)", "52%", "percent", 52, 52, "%", Y, "fatigue after dose 1"),
 ("a-48", A, "(52% and 48%)", "48%", "percent", 48, 48, "%", Y, "fatigue after dose 2"),
 ("a-47", A, "headache (47% and 40%)", "47%", "percent", 47, 47, "%", Y, "headache after dose 1"),
 ("a-40", A, "(47% and 40%)", "40%", "percent", 40, 40, "%", Y, "headache after dose 2"),
 ("a-sae1", A, "occurred in 1.8% of MenABCWY", "1.8%", "percent", 1.8, 1.8, "%", Y, "sae menabcwy"),
 ("a-sae2", A, "and 2.1% of controls", "2.1%", "percent", 2.1, 2.1, "%", Y, "sae control"),
 ("a-12mo", A, "over 12 months of follow-up", "12 months", "duration", 12, 12, "months", N, "follow-up"),
 ("a-2doses", A, "Two doses of MenABCWY given", "Two", "count", 2, 2, "doses", Y, "penbraya doses in series"),
 ("a-6mo", A, "given 6 months apart elicited", "6 months", "duration", 6, 6, "months", Y, "penbraya dose interval"),
 ("a-fivesg", A, "for five-serogroup protection", "five", "count", 5, 5, "serogroups", N, "definition"),
 ("a-from4", A, "protection from four to two", "four", "count", 4, 4, "injections", Y, "injections separate"),
 ("a-to2", A, "from four to two", "two", "count", 2, 2, "injections", Y, "injections pentavalent"),
 ("a-recv", A, "Received 6 November 2023", "6 November 2023", "date", 2023, 2023, "year", N, "metadata"),
 ("a-acc", A, "Accepted 29 April 2024", "29 April 2024", "date", 2024, 2024, "year", N, "metadata"),

 # ---- MB04 explainer (2025-06-10)
 ("e-upd", E, "Updated June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-h5", E, "5-in-1 meningococcal vaccines: what", "5-in-1", "count", 5, 5, "serogroups", N, "headline"),
 ("e-two", E, "There are now two vaccines", "two", "count", 2, 2, "vaccines", Y, "licensed pentavalent vaccines"),
 ("e-five", E, "all five of the meningococcal groups", "five", "count", 5, 5, "serogroups", N, "serogroups covered"),
 ("e-oct24", E, "Drug Administration in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "penbraya fda approval date"),
 ("e-feb25", E, "followed in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "penmenvy fda approval date"),
 ("e-1025", E, "approved for people aged 10 to 25", "10 to 25", "age", 10, 25, "years", Y, "approved ages (both)"),
 ("e-2dose", E, "Penbraya is given as two doses six", "two", "count", 2, 2, "doses", Y, "penbraya doses in series"),
 ("e-6mo", E, "two doses six months apart, and", "six months", "duration", 6, 6, "months", Y, "penbraya dose interval"),
 ("e-2doseP", E, "also a two-dose series", "two-dose", "count", 2, 2, "doses", Y, "penmenvy doses in series"),
 ("e-five2", E, "against all five groups typically", "five", "count", 5, 5, "serogroups", N, "repeat"),
 ("e-four", E, "needed four separate injections", "four", "count", 4, 4, "injections", Y, "injections with separate schedules"),
 ("e-2acwy", E, "two doses of a MenACWY vaccine", "two", "count", 2, 2, "doses", Y, "menacwy doses"),
 ("e-1112", E, "(at 11 or 12,", "11 or 12", "age", 11, 12, "years", Y, "menacwy first dose age"),
 ("e-16b", E, "with a booster at 16)", "16", "age", 16, 16, "years", Y, "menacwy booster age"),
 ("e-2menb", E, "and two doses of a MenB vaccine", "two", "count", 2, 2, "doses", Y, "menb doses"),
 ("e-5in1", E, "say a 5-in-1 vaccine may be used", "5-in-1", "count", 5, 5, "serogroups", N, "descriptor"),
 ("e-age16", E, "usually means age 16", "16", "age", 16, 16, "years", Y, "usual visit age"),
 ("e-1623", E, "offered from 16 to 23", "16 to 23", "age", 16, 23, "years", Y, "menb shared decision ages"),
 ("e-10", E, "People aged 10 and older with", "10", "age", 10, 10, "years", Y, "high-risk minimum age"),
 ("e-10v", E, "by a 10-4 vote", "10", "count", 10, 10, "votes", Y, "acip penbraya votes for"),
 ("e-4v", E, "by a 10-4 vote", "4", "count", 4, 4, "votes", Y, "acip penbraya votes against"),
 ("e-5d", E, "five days after its approval", "five days", "duration", 5, 5, "days", Y, "approval to acip vote"),
 ("e-14", E, "voted 14-0 for Penmenvy", "14", "count", 14, 14, "votes", Y, "acip penmenvy votes for"),
 ("e-0", E, "voted 14-0 for Penmenvy", "0", "count", 0, 0, "votes", Y, "acip penmenvy votes against"),
 ("e-apr", E, "for Penmenvy in April", "April", "date", 2025, 2025, "year", Y, "acip penmenvy vote date"),
 ("e-487", E, "list price of $487 per dose", "$487", "money", 487, 487, "USD", Y, "penbraya list price per dose"),
 ("e-974", E, "about $974 for the two-dose", "$974", "money", 974, 974, "USD", Y, "penbraya list price two-dose series"),
 ("e-2dose3", E, "$974 for the two-dose series", "two-dose", "count", 2, 2, "doses", N, "repeat"),
 ("e-18", E, "through age 18", "18", "age", 18, 18, "years", Y, "vfc maximum age"),
 ("e-422", E, "counted 422 cases in 2023", "422", "count", 422, 422, "cases", Y, "us cases 2023"),
 ("e-2023", E, "422 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-503", E, "a provisional 503 in 2024", "503", "count", 503, 503, "cases", Y, "us cases 2024"),
 ("e-2024", E, "503 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-mar24", E, "In March 2024 the agency", "March 2024", "date", 2024, 2024, "year", Y, "cdc serogroup y advisory date"),
 ("e-single", E, "A single strain caused", "single", "count", 1, 1, "strains", N, "descriptor"),
 ("e-86", E, "caused 86% of the serogroup Y", "86%", "percent", 86, 86, "%", Y, "st-1466 share of serogroup y 2023"),
 ("e-2023g", E, "genetic data in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-18p", E, "and 18% of those patients", "18%", "percent", 18, 18, "%", Y, "serogroup y (st-1466, 2023) cfr"),
 ("e-1015", E, "treatment, 10% to 15% of patients", "10% to 15%", "percent", 10, 15, "%", Y, "overall cfr"),
 ("e-24h", E, "within 24 hours of the first", "24 hours", "duration", 24, 24, "hours", Y, "time to death"),
 ("e-1in5", E, "About 1 in 5 survivors", "1 in 5", "percent", 20, 20, "%", Y, "survivors with long-term disability"),
 ("e-2400", E, "enrolled about 2,400 young people", "2,400", "count", 2400, 2400, "participants", Y, "penbraya phase 3 enrolled (rounded)"),
 ("e-89", E, "89% reported a sore arm", "89%", "percent", 89, 89, "%", Y, "injection-site pain after dose 1"),
 ("e-singleinj", E, "in a single injection", "single", "count", 1, 1, "injections", N, "descriptor"),
 ("e-twoparts", E, "comes as two parts", "two", "count", 2, 2, "parts", N, "kit components"),
 ("e-4h", E, "within four hours", "four hours", "duration", 4, 4, "hours", Y, "use-within time after mixing"),

 # ---- MB05 blog (2025-08-20)
 ("b-h5", B, "get the 5-in-1 meningitis vaccine?", "5-in-1", "count", 5, 5, "serogroups", N, "headline"),
 ("b-dl", B, "August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-cap2", B, "can replace two injections", "two", "count", 2, 2, "injections", N, "caption"),
 ("b-cap16", B, "at the 16-year visit", "16", "age", 16, 16, "years", N, "caption"),
 ("b-five", B, "new five-in-one meningitis shot", "five", "count", 5, 5, "serogroups", N, "descriptor"),
 ("b-five2", B, "cover all five major", "five", "count", 5, 5, "serogroups", N, "serogroups covered"),
 ("b-1623", B, "approved it for people 16 through 23", "16 through 23", "age", 16, 23, "years", Y, "penbraya approved ages"),
 ("b-2dose", B, "it is given as two doses", "two", "count", 2, 2, "doses", Y, "penbraya doses in series"),
 ("b-lastfeb", B, "approved last February", "last February", "date", 2025, 2025, "year", Y, "penmenvy fda approval date"),
 ("b-lastoct", B, "Pfizer's shot last October", "last October", "date", 2024, 2024, "year", Y, "acip penbraya vote date"),
 ("b-11", B, "the tally was 11-3", "11", "count", 11, 11, "votes", Y, "acip penbraya votes for"),
 ("b-3", B, "the tally was 11-3", "3", "count", 3, 3, "votes", Y, "acip penbraya votes against"),
 ("b-apr", B, "In April the committee", "April", "date", 2025, 2025, "year", Y, "acip penmenvy vote date"),
 ("b-twopat", B, "cared for two such patients", "two", "count", 2, 2, "patients", N, "anecdote"),
 ("b-onethem", B, "and one of them lost", "one", "count", 1, 1, "patients", N, "anecdote"),
 ("b-mar23", B, "In March 2023 the CDC", "March 2023", "date", 2023, 2023, "year", Y, "cdc serogroup y advisory date"),
 ("b-438", B, "says 438 cases", "438", "count", 438, 438, "cases", Y, "us cases 2023 (later data)"),
 ("b-2023", B, "438 cases were reported in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-2013", B, "the most since 2013", "2013", "date", 2013, 2013, "year", N, "reference year"),
 ("b-2024", B, "In 2024 the country logged", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-143", B, "logged 143 cases", "143", "count", 143, 143, "cases", Y, "us cases 2024 (as stated)"),
 ("b-2dec", B, "Cases fell for two decades", "two decades", "duration", 20, 20, "years", N, "caption"),
 ("b-2021", B, "turning up after 2021", "2021", "date", 2021, 2021, "year", N, "caption"),
 ("b-974", B, "$974 a dose", "$974", "money", 974, 974, "USD", Y, "penbraya list price per dose"),
 ("b-twofam", B, "had two families", "two", "count", 2, 2, "families", N, "anecdote"),
 ("b-16yo", B, "If your 16-year-old", "16", "age", 16, 16, "years", N, "advice"),
 ("b-oneneedle", B, "one less needle", "one", "count", 1, 1, "injections", N, "advice"),
 ("b-onereason", B, "one less reason", "one", "count", 1, 1, "reasons", N, "advice"),
 ("b-12yo", B, "For a 12-year-old", "12", "age", 12, 12, "years", N, "advice"),
 ("b-once", B, "once a week", "once", "count", 1, 1, "per week", N, "newsletter furniture"),
 ("b-hpv9", B, "HPV vaccine at 9", "9", "age", 9, 9, "years", N, "related link"),
 ("b-27", B, "27 comments", "27", "count", 27, 27, "comments", N, "page furniture"),
 ("b-2days", B, "2 days ago", "2 days", "duration", 2, 2, "days", N, "comment furniture"),
 ("b-1day", B, "1 day ago", "1 day", "duration", 1, 1, "days", N, "comment furniture"),
 ("b-c16", B, "the booster at 16 still", "16", "age", 16, 16, "years", N, "comment"),
 ("b-c5", B, "got the 5-in-1?", "5-in-1", "count", 5, 5, "serogroups", N, "comment"),

 # ---- MB06 local (2024-09-09), hard-wrapped
 ("l-dl", L, "Monday, September 9, 2024", "September 9, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-h5", L, "adds five-in-one meningitis shot", "five", "count", 5, 5, "serogroups", N, "headline"),
 ("l-nextwk", L, "starting next week", "next week", "date", 2024, 2024, "year", N, "clinic start"),
 ("l-fri", L, "officials said Friday", "Friday", "date", 2024, 2024, "year", N, "attribution day"),
 ("l-one1", L, "making it one of the first", "one", "count", 1, 1, "offices", N, "aside"),
 ("l-five", L, "protects against the five groups", "five", "count", 5, 5, "serogroups", N, "serogroups covered"),
 ("l-lastoct", L, "approved it last October", "last October", "date", 2023, 2023, "year", Y, "penbraya fda approval date"),
 ("l-1025", L, "for people ages 10 through 25", "10 through 25", "age", 10, 25, "years", Y, "penbraya approved ages"),
 ("l-10v", L, "voted 10-4 a few days", "10", "count", 10, 10, "votes", Y, "acip penbraya votes for"),
 ("l-4v", L, "voted 10-4 a few days", "4", "count", 4, 4, "votes", Y, "acip penbraya votes against"),
 ("l-16yo", L, "For a 16-year-old who", "16", "age", 16, 16, "years", N, "quote"),
 ("l-oneneedle", L, "this is one needle", "one", "count", 1, 1, "injections", N, "quote"),
 ("l-twoinst", L, "one needle instead of two", "two", "count", 2, 2, "injections", N, "quote"),
 ("l-2dose", L, "given as two doses 12 months", "two", "count", 2, 2, "doses", Y, "penbraya doses in series"),
 ("l-12mo", L, "two doses 12 months apart", "12 months", "duration", 12, 12, "months", Y, "penbraya dose interval"),
 ("l-twoparts", L, "arrives as two parts", "two", "count", 2, 2, "parts", N, "kit components"),
 ("l-24h", L, "within 24 hours of mixing", "24 hours", "duration", 24, 24, "hours", Y, "use-within time after mixing"),
 ("l-487", L, "at $487 a shot", "$487", "money", 487, 487, "USD", Y, "penbraya list price per dose"),
 ("l-2413", L, "enrolled 2,413 people", "2,413", "count", 2413, 2413, "participants", Y, "penbraya phase 3 enrolled (as stated)"),
 ("l-1025t", L, "ages 10 to 25 in the United States", "10 to 25", "age", 10, 25, "years", N, "trial ages"),
 ("l-84", L, "84% of participants reported", "84%", "percent", 84, 84, "%", Y, "injection-site pain after dose 1 (as stated)"),
 ("l-mar28", L, "On March 28 the Centers", "March 28", "date", 2024, 2024, "year", Y, "cdc serogroup y advisory date"),
 ("l-422", L, "recorded 422 cases in 2023", "422", "count", 422, 422, "cases", Y, "us cases 2023"),
 ("l-2023", L, "422 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-2014", L, "annual count since 2014", "2014", "date", 2014, 2014, "year", N, "reference year"),
 ("l-mar25", L, "by March 25 of this year", "March 25", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-143", L, "143 cases had been reported", "143", "count", 143, 143, "cases", Y, "us cases 2024 to march 25"),
 ("l-81", L, "with 81 at the same point", "81", "count", 81, 81, "cases", Y, "us cases 2023 to march 25"),
 ("l-2023b", L, "same point in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-onestrain", L, "One strain, known as", "One", "count", 1, 1, "strains", N, "descriptor"),
 ("l-68", L, "accounted for 68%", "68%", "percent", 68, 68, "%", Y, "st-1466 share of serogroup y 2023"),
 ("l-2023g", L, "genetic data in 2023, or", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-101", L, "or 101 of 148", "101", "count", 101, 101, "cases", Y, "st-1466 cases"),
 ("l-148", L, "101 of 148", "148", "count", 148, 148, "cases", Y, "serogroup y cases with sequence data"),
 ("l-65", L, "patients: 65% were ages", "65%", "percent", 65, 65, "%", Y, "st-1466 share aged 30-60"),
 ("l-3060", L, "65% were ages 30 to 60", "30 to 60", "age", 30, 60, "years", N, "age band"),
 ("l-63", L, "63% were Black", "63%", "percent", 63, 63, "%", Y, "st-1466 share black"),
 ("l-15", L, "and 15% had HIV", "15%", "percent", 15, 15, "%", Y, "st-1466 share with hiv"),
 ("l-94", L, "Of 94 patients", "94", "count", 94, 94, "patients", Y, "st-1466 known outcomes"),
 ("l-17", L, "known outcomes, 17 died", "17", "count", 17, 17, "deaths", Y, "st-1466 deaths"),
 ("l-18", L, "a fatality rate of 18%", "18%", "percent", 18, 18, "%", Y, "serogroup y (st-1466, 2023) cfr"),
 ("l-11", L, "well above the 11% historically", "11%", "percent", 11, 11, "%", Y, "serogroup y historical cfr 2017-2021"),
 ("l-1721", L, "from 2017 to 2021", "2017 to 2021", "date", 2017, 2021, "year", N, "period"),
 ("l-2224", L, "cases from 2022 to 2024 found", "2022 to 2024", "date", 2022, 2024, "year", N, "period"),
 ("l-80", L, "found that 80% of patients", "80%", "percent", 80, 80, "%", Y, "virginia outbreak share black"),
 ("l-639", L, "and 63.9% were ages", "63.9%", "percent", 63.9, 63.9, "%", Y, "virginia outbreak share aged 30-60"),
 ("l-3060v", L, "63.9% were ages 30 to 60", "30 to 60", "age", 30, 60, "years", N, "age band"),
 ("l-aug", L, "Through the end of August", "end of August", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-343", L, "tallied 343 cases", "343", "count", 343, 343, "cases", Y, "us cases 2024 to aug 31"),
 ("l-283", L, "against 283 in the same", "283", "count", 283, 283, "cases", Y, "us cases 2023 to aug 31"),
 ("l-2023w", L, "same weeks of 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-510", L, "between 5% and 10% of the people", "5% and 10%", "percent", 5, 10, "%", Y, "overall cfr (nurse)"),
 ("l-37", L, "from 3 to 7 p.m.", "3 to 7 p.m.", "time", 3, 7, "clock", N, "clinic hours"),
 ("l-oct31", L, "through October 31", "October 31", "date", 2024, 2024, "year", N, "clinic end date"),

 # ---- MB07 fact-check (2025-05-05)
 ("f-dl", F, "Fact-check · May 5, 2025", "May 5, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("f-h5", F, "No, the 5-in-1 meningitis", "5-in-1", "count", 5, 5, "serogroups", N, "headline"),
 ("f-h400", F, "barely 400 kids,\" and CDC", "400", "count", 400, 400, "children", N, "post claim (headline)"),
 ("f-five", F, "new five-in-one meningitis", "five", "count", 5, 5, "serogroups", N, "post claim"),
 ("f-c400", F, "barely 400 kids\" and that", "400", "count", 400, 400, "children", N, "post claim"),
 ("f-two", F, "Two pentavalent meningococcal vaccines", "Two", "count", 2, 2, "vaccines", Y, "licensed pentavalent vaccines"),
 ("f-oct20", F, "on Oct. 20, 2023, and", "Oct. 20, 2023", "date", 2023, 2023, "year", Y, "penbraya fda approval date"),
 ("f-feb14", F, "Penmenvy on Feb. 14, 2025", "Feb. 14, 2025", "date", 2025, 2025, "year", Y, "penmenvy fda approval date"),
 ("f-1025", F, "people ages 10 through 25", "10 through 25", "age", 10, 25, "years", Y, "approved ages (both)"),
 ("f-fewh", F, "a few hundred children", "a few hundred", "count", None, None, "children", N, "vague"),
 ("f-2431", F, "randomized 2,431 people ages", "2,431", "count", 2431, 2431, "participants", Y, "penbraya phase 3 randomised"),
 ("f-1025t", F, "people ages 10 to 25, according", "10 to 25", "age", 10, 25, "years", N, "trial ages"),
 ("f-2413", F, "2,413 of them", "2,413", "count", 2413, 2413, "participants", Y, "penbraya phase 3 vaccinated"),
 ("f-one", F, "at least one dose. The FDA", "one", "count", 1, 1, "doses", N, "definition"),
 ("f-2trials", F, "on two phase 3 trials", "two", "count", 2, 2, "trials", Y, "penmenvy phase 3 trials"),
 ("f-4800", F, "more than 4,800 participants in total", "4,800", "count", 4800, 4800, "participants", Y, "penmenvy phase 3 participants (both trials)"),
 ("f-two2", F, "The larger of the two enrolled", "two", "count", 2, 2, "trials", N, "repeat"),
 ("f-3638", F, "enrolled 3,638 adolescents", "3,638", "count", 3638, 3638, "participants", Y, "nct04502693 enrolled (as stated)"),
 ("f-q400", F, "The \"400\" figure", "400", "count", 400, 400, "children", N, "post claim (repeat)"),
 ("f-309", F, "enrolled 309 participants", "309", "count", 309, 309, "participants", Y, "pfizer phase 2 schedule study enrolled"),
 ("f-10v", F, "voted 10-4 on Oct. 25", "10", "count", 10, 10, "votes", Y, "acip penbraya votes for"),
 ("f-4v", F, "voted 10-4 on Oct. 25", "4", "count", 4, 4, "votes", Y, "acip penbraya votes against"),
 ("f-oct25", F, "on Oct. 25, 2023, to recommend", "Oct. 25, 2023", "date", 2023, 2023, "year", Y, "acip penbraya vote date"),
 ("f-apr15", F, "On April 15, 2025, the committee", "April 15, 2025", "date", 2025, 2025, "year", Y, "acip penmenvy vote date"),
 ("f-15", F, "voted 15-0 to give", "15", "count", 15, 15, "votes", Y, "acip penmenvy votes for"),
 ("f-0", F, "voted 15-0 to give", "0", "count", 0, 0, "votes", Y, "acip penmenvy votes against"),
 ("f-422", F, "show 422 cases in 2023", "422", "count", 422, 422, "cases", Y, "us cases 2023"),
 ("f-2023", F, "422 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-decade", F, "nearly a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("f-63", F, "that 63% of the patients", "63%", "percent", 63, 63, "%", Y, "st-1466 share aged 30-60 (as stated)"),
 ("f-3060", F, "between 30 and 60 years old", "30 and 60", "age", 30, 60, "years", N, "age band"),
 ("f-1015", F, "Between 10% and 15% of patients", "10% and 15%", "percent", 10, 15, "%", Y, "overall cfr"),
 ("f-millions", F, "given to millions of people", "millions", "count", None, None, "people", N, "vague quote"),
 ("f-r400", F, "tested on \"barely 400 kids.\"", "400", "count", 400, 400, "children", N, "post claim (ruling)"),
 ("f-2431r", F, "alone randomized 2,431", "2,431", "count", 2431, 2431, "participants", Y, "penbraya phase 3 randomised (ruling)"),
 ("f-two3", F, "GSK's two trials enrolled", "two", "count", 2, 2, "trials", N, "repeat (ruling)"),
 ("f-4800r", F, "enrolled more than 4,800", "4,800", "count", 4800, 4800, "participants", Y, "penmenvy phase 3 participants (ruling)"),
 ("f-10vr", F, "by a 10-4 vote and", "10", "count", 10, 10, "votes", Y, "acip penbraya votes for (ruling)"),
 ("f-4vr", F, "by a 10-4 vote and", "4", "count", 4, 4, "votes", Y, "acip penbraya votes against (ruling)"),
 ("f-s1", F, "approval letter, Oct. 20, 2023;", "Oct. 20, 2023", "date", 2023, 2023, "year", N, "sources list"),
 ("f-s2", F, "approval letter, Feb. 14, 2025", "Feb. 14, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s3", F, "October 2023 and April 2025", "October 2023", "date", 2023, 2023, "year", N, "sources list"),
 ("f-s4", F, "October 2023 and April 2025", "April 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s5", F, "CDCHAN-00505, March 28, 2024", "March 28, 2024", "date", 2024, 2024, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ACIP Penbraya tally 11-3 (blog) vs 10-4
 ("b-11", "w-10v", S), ("b-11", "e-10v", S), ("b-11", "l-10v", S), ("b-11", "f-10v", S), ("b-11", "f-10vr", S),
 ("b-3", "w-4v", S), ("b-3", "e-4v", S), ("b-3", "l-4v", S), ("b-3", "f-4v", S), ("b-3", "f-4vr", S),
 # S2 ACIP Penmenvy tally 14-0 (explainer) vs 15-0
 ("e-14", "w-15", S), ("e-14", "f-15", S),
 # S3 Penbraya FDA approval year
 ("e-oct24", "w-oct23", S), ("e-oct24", "a-20oct", S), ("e-oct24", "f-oct20", S), ("e-oct24", "l-lastoct", S),
 # S4 ACIP Penbraya vote year via relative date
 ("b-lastoct", "f-oct25", S),
 # S5 2024 US cases: interim (to March 25) reported as full year
 ("b-143", "w-503", S), ("b-143", "e-503", S),
 # S6 ST-1466 serogroup Y CFR: historical 11% given as current
 ("w-11", "l-18", S), ("w-11", "e-18p", S),
 # S7 Penbraya trial enrolled: vaccinated count given as enrolled
 ("l-2413", "a-2431", S), ("l-2413", "f-2431", S), ("l-2413", "f-2431r", S),
 # S8 Penmenvy trials participants: one trial's size for both
 ("w-3600", "p-4800", S), ("w-3600", "f-4800", S), ("w-3600", "f-4800r", S),
 # S9 Penbraya dose interval
 ("l-12mo", "a-6mo", S), ("l-12mo", "e-6mo", S),
 # S10 Penbraya approved ages
 ("b-1623", "l-1025", S), ("b-1623", "a-1025", S), ("b-1623", "e-1025", S), ("b-1623", "f-1025", S),
 # S11 Penbraya list price per dose: series price given per dose
 ("b-974", "e-487", S), ("b-974", "l-487", S),
 # S12 17-year-olds completing 2-dose MenB: >=1-dose share given as completion
 ("w-32", "p-13", S),
 # S13 CDC serogroup Y advisory year
 ("b-mar23", "l-mar28", S), ("b-mar23", "e-mar24", S),
 # S14 ST-1466 share of serogroup Y (transposed)
 ("e-86", "l-68", S),
 # S15 injection-site pain after dose 1: dose-2 figure swapped in
 ("l-84", "a-89", S), ("l-84", "e-89", S),
 # S16 NCT04502693 enrolled: exposed set given as enrolled
 ("f-3638", "p-3657", S),
 # S17 ST-1466 share aged 30-60: share Black swapped in
 ("f-63", "l-65", S),
 # S18 use-within time after mixing
 ("l-24h", "e-4h", S),
 # Qualified
 ("b-438", "w-422", Q), ("b-438", "e-422", Q), ("b-438", "l-422", Q), ("b-438", "f-422", Q),
 ("p-1in6", "w-1015", Q), ("p-1in6", "e-1015", Q), ("p-1in6", "f-1015", Q),
 ("l-510", "w-1015", Q), ("l-510", "e-1015", Q), ("l-510", "f-1015", Q),
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
        rows.append({"type": "claim", "id": f"mb-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mb-{a}", f"mb-{b}"
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
