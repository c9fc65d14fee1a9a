#!/usr/bin/env python3
"""Build nirsevimab.gold.jsonl from the seven articles in ./nirsevimab/.

Each claim is located by a context string that occurs exactly once in its
article; the claim's span is the part written between [[ and ]]. Offsets are
Unicode code points into the text as read with UTF-8. The script checks every
span against the article slice and every conflict pair (different documents,
known ids), then writes the gold file beside this script.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "nirsevimab")
OUT = os.path.join(HERE, "nirsevimab.gold.jsonl")

W, P, A, L, E, F, K = ("nir01_wire.txt", "nir02_press.txt", "nir03_abstract.txt",
                       "nir04_explainer.txt", "nir05_blog.txt", "nir06_local.txt",
                       "nir07_factcheck.txt")
R, O = True, False  # required / optional

# (id, doc, context with [[span]], kind, low, high, unit, required, topic)
CLAIMS = [
    # ---------------- nir01_wire.txt (2023-07-17, Monday) ----------------
    ("n1-dateline", W, "WASHINGTON, [[July 17]] (", "date", 2023, 2023, "year", O, "dateline (publication metadata)"),
    ("n1-approve", W, "regulators on [[Monday]] approved", "date", 2023, 2023, "year", R, "beyfortus fda approval date"),
    ("n1-24mo", W, "children up to [[24 months]] old", "age", 24, 24, "months", R, "label upper age, second season"),
    ("n1-hosp", W, "Between [[58,000 and 80,000]] children", "count", 58000, 80000, "hospitalizations/year", R, "us rsv hospitalizations per year, under 5"),
    ("n1-u5", W, "children younger than [[5]] are", "age", 5, 5, "years", O, "burden age group qualifier"),
    ("n1-deaths", W, "every year and [[100 to 300]] of them die", "count", 100, 300, "deaths/year", R, "us rsv deaths per year, under 5"),
    ("n1-vfor", W, "voted [[21]]-0 last month", "count", 21, 21, "votes", R, "fda adcom votes for (first season)"),
    ("n1-vag", W, "voted 21-[[0]] last month", "count", 0, 0, "votes", R, "fda adcom votes against (first season)"),
    ("n1-adcom", W, "21-0 [[last month]]", "date", 2023, 2023, "year", R, "fda adcom vote date"),
    ("n1-v2for", W, "second season by [[19]] to 2", "count", 19, 19, "votes", R, "fda adcom votes for (second season)"),
    ("n1-v2ag", W, "second season by 19 to [[2]].", "count", 2, 2, "votes", R, "fda adcom votes against (second season)"),
    ("n1-n", W, "assigned [[1,490]] healthy", "count", 1490, 1490, "participants", R, "melody primary cohort randomized"),
    ("n1-ga", W, "born at [[35 weeks]] of gestation", "duration", 35, 35, "weeks", R, "melody minimum gestational age"),
    ("n1-eff", W, "caused by RSV by [[74.5%]] over", "percent", 74.5, 74.5, "%", R, "melody efficacy vs medically attended rsv lrti"),
    ("n1-5mo", W, "over roughly [[five\nmonths]]", "duration", 5, 5, "months", O, "follow-up timepoint"),
    ("n1-hospeff", W, "the reduction was [[62.1%]]", "percent", 62.1, 62.1, "%", R, "melody efficacy vs rsv hospitalization"),
    ("n1-harm-n", W, "enrolled [[more than 8,000]] infants", "count", 8000, 8000, "participants", R, "harmonie enrolled"),
    ("n1-harm", W, "showed an [[83%]] drop", "percent", 83, 83, "%", R, "harmonie efficacy vs rsv lrti hospitalization"),
    ("n1-may", W, "companies reported in [[May]].", "date", 2023, 2023, "year", O, "harmonie topline report date"),
    ("n1-5kg", W, "Babies under [[5 kilograms]]", "weight", 5, 5, "kg", R, "weight threshold for dose"),
    ("n1-11lb", W, "or about [[11 pounds]]", "weight", 11, 11, "pounds", O, "weight threshold (conversion)"),
    ("n1-50", W, "receive [[50 milligrams]];", "dose", 50, 50, "mg", R, "dose <5 kg"),
    ("n1-100", W, "heavier infants get [[100 mg]]", "dose", 100, 100, "mg", R, "dose >=5 kg"),
    ("n1-200", W, "season receive [[200 mg]], given", "dose", 200, 200, "mg", R, "second-season dose"),
    ("n1-2inj", W, "given as [[two]] injections", "count", 2, 2, "injections", O, "injections for second-season dose"),
    ("n1-decades", W, "waiting on for [[decades]]", "duration", None, None, "years", O, "vague duration in quote"),
    ("n1-half", W, "reach even [[half]] of", "percent", 50, 50, "%", O, "quoted hypothetical uptake"),
    ("n1-winter", W, "[[this winter]], you would", "date", None, None, "year", O, "quoted hypothetical timing"),
    ("n1-monthly", W, "given as a [[monthly]] injection", "duration", 1, 1, "months", O, "palivizumab dosing interval"),
    ("n1-season", W, "before the [[2023-2024]] season", "date", 2023, 2024, "year", O, "season label"),
    ("n1-fall", W, "season starts [[this fall]]", "date", 2023, 2023, "year", O, "expected availability"),
    ("n1-acip", W, "the antibody in [[early August]]", "date", 2023, 2023, "year", R, "acip vote date (scheduled)"),
    ("n1-abr", W, "a decision is expected [[next month]]", "date", 2023, 2023, "year", R, "maternal vaccine fda decision expected"),
    ("n1-shares", W, "closed up [[1.2%]] in Paris", "percent", 1.2, 1.2, "%", O, "share price move (aside)"),

    # ---------------- nir02_press.txt (2024-05-22) ----------------
    ("n2-season-h", P, "ahead of the [[2024-2025]] RSV season", "date", 2024, 2025, "year", O, "season label (headline bullet)"),
    ("n2-dateline", P, "PARIS, [[May 22, 2024]] -", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
    ("n2-oct", P, "illness from [[October 2023]] to", "date", 2023, 2023, "year", O, "nvsn study window start"),
    ("n2-feb", P, "to [[February 2024]], nirsevimab", "date", 2024, 2024, "year", O, "nvsn study window end"),
    ("n2-nvsn", P, "nirsevimab was [[90%]]\neffective", "percent", 90, 90, "%", R, "nvsn effectiveness vs rsv hospitalization 2023-24"),
    ("n2-nvsn-ci", P, "(95% CI: [[75-96%]])", "percent", 75, 96, "%", R, "nvsn effectiveness 95% CI"),
    ("n2-galicia", P, "estimated at [[82.0%]].", "percent", 82.0, 82.0, "%", R, "galicia effectiveness vs rsv lrti hospitalization"),
    ("n2-eff", P, "infections by [[74.5%]] compared", "percent", 74.5, 74.5, "%", R, "melody efficacy vs medically attended rsv lrti"),
    ("n2-harm-n", P, "study of [[8,058]] infants", "count", 8058, 8058, "participants", R, "harmonie enrolled"),
    ("n2-harm", P, "infection by [[83.2%]] versus", "percent", 83.2, 83.2, "%", R, "harmonie efficacy vs rsv lrti hospitalization"),
    ("n2-approve", P, "approval in [[July 2023]]", "date", 2023, 2023, "year", R, "beyfortus fda approval date"),
    ("n2-100", P, "particularly for the [[100 mg]] dose", "dose", 100, 100, "mg", R, "dose in short supply"),
    ("n2-230k", P, "more than [[230,000]] additional doses", "count", 230000, 230000, "doses", R, "extra doses released jan 2024"),
    ("n2-jan", P, "additional doses in [[January]]", "date", 2024, 2024, "year", R, "extra doses release date"),
    ("n2-lastyr", P, "earlier than [[last year]]", "date", 2023, 2023, "year", O, "previous shipment season"),
    ("n2-ab-24mo", P, "children up to [[24 months]] of age", "age", 24, 24, "months", O, "label upper age (About section)"),
    ("n2-ab-50", P, "dose is [[50 mg]] for", "dose", 50, 50, "mg", O, "dose <5 kg (About section)"),
    ("n2-ab-5kg", P, "weighing less than [[5 kg]]", "weight", 5, 5, "kg", O, "weight threshold (About section)"),
    ("n2-ab-100", P, "and [[100 mg]] for\ninfants", "dose", 100, 100, "mg", O, "dose >=5 kg (About section)"),
    ("n2-ab-5kg2", P, "weighing [[5 kg]] or more", "weight", 5, 5, "kg", O, "weight threshold (About section)"),
    ("n2-ab-2017", P, "In [[March 2017]], AstraZeneca", "date", 2017, 2017, "year", O, "alliance date (About section)"),
    ("n2-fls-season", P, "supply for the [[2024-2025]] season", "date", 2024, 2025, "year", O, "season label (boilerplate)"),
    ("n2-fls-fy", P, "year ended [[December 31, 2023]]", "date", 2023, 2023, "year", O, "fiscal year end (boilerplate)"),

    # ---------------- nir03_abstract.txt (2024-09-16) ----------------
    ("n3-rate6", A, "rates\nwere [[14.7 per 1,000]] children", "rate", 14.7, 14.7, "per 1,000", R, "rsv hospitalization rate <6 months"),
    ("n3-6mo", A, "children younger than [[6 months]] and", "age", 6, 6, "months", O, "age group qualifier"),
    ("n3-rate5", A, "and [[2.9 per 1,000]] children", "rate", 2.9, 2.9, "per 1,000", R, "rsv hospitalization rate <5 years"),
    ("n3-5y", A, "younger than [[5 years]] [1]", "age", 5, 5, "years", O, "age group qualifier"),
    ("n3-2trials", A, "efficacy from the [[two]] randomized", "count", 2, 2, "trials", O, "number of trials summarized"),
    ("n3-ga35", A, "born at [[≥35 weeks]]'", "duration", 35, 35, "weeks", R, "melody minimum gestational age"),
    ("n3-ratio21", A, "gestation [[2:1]] to nirsevimab", "ratio", None, None, "ratio", O, "randomization ratio"),
    ("n3-n-nir", A, "nirsevimab (n=[[994]])", "count", 994, 994, "participants", R, "melody nirsevimab arm"),
    ("n3-n-pbo", A, "placebo (n=[[496]])", "count", 496, 496, "participants", R, "melody placebo arm"),
    ("n3-N", A, "N = [[1490]] in the", "count", 1490, 1490, "participants", R, "melody primary cohort randomized"),
    ("n3-150d", A, "through [[150 days]] after dosing", "duration", 150, 150, "days", O, "follow-up timepoint"),
    ("n3-12mo", A, "infants aged [[≤12 months]]", "age", 12, 12, "months", R, "harmonie maximum age"),
    ("n3-ga29", A, "born at\n[[≥29 weeks]]'", "duration", 29, 29, "weeks", R, "harmonie minimum gestational age"),
    ("n3-ratio11", A, "gestation, [[1:1]] to", "ratio", None, None, "ratio", O, "randomization ratio"),
    ("n3-h-nir", A, "nirsevimab (n=[[4037]])", "count", 4037, 4037, "participants", R, "harmonie nirsevimab arm"),
    ("n3-h-sc", A, "prophylaxis (n=[[4021]])", "count", 4021, 4021, "participants", R, "harmonie standard-care arm"),
    ("n3-h-N", A, "N = [[8058]].", "count", 8058, 8058, "participants", R, "harmonie enrolled"),
    ("n3-50", A, "both trials was [[50 mg]] for", "dose", 50, 50, "mg", R, "dose <5 kg"),
    ("n3-5kg", A, "weighing\n[[<5 kg]] and", "weight", 5, 5, "kg", R, "weight threshold"),
    ("n3-100", A, "and [[100 mg]] for those", "dose", 100, 100, "mg", R, "dose >=5 kg"),
    ("n3-5kg2", A, "weighing [[≥5 kg]].", "weight", 5, 5, "kg", O, "weight threshold (repeat)"),
    ("n3-oct", A, "between [[October 1, 2023]], and", "date", 2023, 2023, "year", O, "nvsn study window start"),
    ("n3-feb", A, "and [[February 29, 2024]] [4]", "date", 2024, 2024, "year", O, "nvsn study window end"),
    ("n3-ev-nir", A, "occurred in [[12]] of 994", "count", 12, 12, "infants", R, "melody ma-lrti events nirsevimab"),
    ("n3-n-nir2", A, "12 of [[994]] nirsevimab", "count", 994, 994, "participants", O, "melody nirsevimab arm (repeat)"),
    ("n3-p-nir", A, "recipients ([[1.2%]])", "percent", 1.2, 1.2, "%", R, "melody ma-lrti incidence nirsevimab"),
    ("n3-ev-pbo", A, "and [[25]] of 496", "count", 25, 25, "infants", R, "melody ma-lrti events placebo"),
    ("n3-n-pbo2", A, "25 of [[496]] placebo", "count", 496, 496, "participants", O, "melody placebo arm (repeat)"),
    ("n3-p-pbo", A, "recipients ([[5.0%]])", "percent", 5.0, 5.0, "%", R, "melody ma-lrti incidence placebo"),
    ("n3-eff", A, "an efficacy of [[74.5%]]", "percent", 74.5, 74.5, "%", R, "melody efficacy vs medically attended rsv lrti"),
    ("n3-eff-ci", A, "(95% CI, [[49.6 to 87.1]];", "percent", 49.6, 87.1, "%", R, "melody efficacy 95% CI"),
    ("n3-eff-p", A, "87.1; P<[[0.001]])", "pvalue", 0.001, 0.001, "p", O, "p-value"),
    ("n3-h-nirp", A, "occurred in [[0.6%]]", "percent", 0.6, 0.6, "%", R, "melody hospitalization incidence nirsevimab"),
    ("n3-h-pbop", A, "and [[1.6%]], respectively", "percent", 1.6, 1.6, "%", R, "melody hospitalization incidence placebo"),
    ("n3-hospeff", A, "(efficacy [[62.1%]];", "percent", 62.1, 62.1, "%", R, "melody efficacy vs rsv hospitalization"),
    ("n3-hospeff-ci", A, "95% CI, [[\u22128.6 to 86.8]]; P=0.07", "percent", -8.6, 86.8, "%", R, "melody hospitalization efficacy 95% CI"),
    ("n3-hospeff-p", A, "P=[[0.07]])", "pvalue", 0.07, 0.07, "p", O, "p-value"),
    ("n3-sae-nir", A, "reported in [[6.8%]] and", "percent", 6.8, 6.8, "%", R, "melody serious adverse events nirsevimab"),
    ("n3-sae-pbo", A, "6.8% and [[7.3%]].", "percent", 7.3, 7.3, "%", R, "melody serious adverse events placebo"),
    ("n3-h-ev-nir", A, "occurred in [[11]] infants", "count", 11, 11, "infants", R, "harmonie hospitalizations nirsevimab"),
    ("n3-h-p-nir", A, "11 infants ([[0.3%]])", "percent", 0.3, 0.3, "%", R, "harmonie hospitalization incidence nirsevimab"),
    ("n3-h-ev-sc", A, "nirsevimab and [[60]] (1.5%)", "count", 60, 60, "infants", R, "harmonie hospitalizations standard care"),
    ("n3-h-p-sc", A, "60 ([[1.5%]])", "percent", 1.5, 1.5, "%", R, "harmonie hospitalization incidence standard care"),
    ("n3-harm", A, "an efficacy of [[83.2%]]", "percent", 83.2, 83.2, "%", R, "harmonie efficacy vs rsv lrti hospitalization"),
    ("n3-harm-ci", A, "[[67.8 to 92.0]]; P<0.001", "percent", 67.8, 92.0, "%", R, "harmonie efficacy 95% CI"),
    ("n3-harm-p", A, "92.0; P<[[0.001]])", "pvalue", 0.001, 0.001, "p", O, "p-value"),
    ("n3-vsev", A, "LRTI was [[75.7%]]", "percent", 75.7, 75.7, "%", R, "harmonie efficacy vs very severe rsv lrti"),
    ("n3-nvsn-n", A, "of [[699]] infants", "count", 699, 699, "infants", R, "nvsn infants hospitalized with ari"),
    ("n3-nvsn-imm", A, "illness, [[59]] (8%)", "count", 59, 59, "infants", R, "nvsn infants who received nirsevimab"),
    ("n3-nvsn-pct", A, "59 ([[8%]])", "percent", 8, 8, "%", R, "nvsn share who received nirsevimab"),
    ("n3-7d", A, "at least [[7 days]] before", "duration", 7, 7, "days", O, "definition of immunized"),
    ("n3-nvsn", A, "hospitalization was [[90%]] (95% CI", "percent", 90, 90, "%", R, "nvsn effectiveness vs rsv hospitalization 2023-24"),
    ("n3-nvsn-ci", A, "(95% CI, [[75 to 96]])", "percent", 75, 96, "%", R, "nvsn effectiveness 95% CI"),
    ("n3-45d", A, "median of [[45\ndays]]", "duration", 45, 45, "days", R, "median time from immunization to onset"),
    ("n3-iqr", A, "interquartile range, [[19\u201376]])", "duration", 19, 76, "days", R, "iqr time from immunization to onset"),
    ("n3-lowbound", A, "interval ([[\u22128.6%]])", "percent", -8.6, -8.6, "%", O, "ci lower bound (repeat)"),
    ("n3-received", A, "Received [[2 August 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
    ("n3-accepted", A, "accepted\n[[30 August 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),

    # ---------------- nir04_explainer.txt (2025-08-20) ----------------
    ("n4-updated", L, "Updated [[August 20, 2025]]", "date", 2025, 2025, "year", O, "publication metadata"),
    ("n4-3ways", L, "parents have [[three]] ways", "count", 3, 3, "options", O, "number of options"),
    ("n4-hosp", L, "RSV puts [[58,000 to 80,000]] children", "count", 58000, 80000, "hospitalizations/year", R, "us rsv hospitalizations per year, under 5"),
    ("n4-u5", L, "children under age [[5]] in", "age", 5, 5, "years", O, "burden age group qualifier"),
    ("n4-deaths", L, "causes [[100 to 300]] deaths", "count", 100, 300, "deaths/year", R, "us rsv deaths per year, under 5"),
    ("n4-1in100", L, "roughly [[1 to 2 of every 100]] infants", "percent", 1, 2, "%", R, "share of infected <6 mo hospitalized"),
    ("n4-6mo", L, "infants younger than [[6 months]] who", "age", 6, 6, "months", O, "age group qualifier"),
    ("n4-abr-wk", L, "between\n   [[32 and 36 weeks]] of pregnancy", "duration", 32, 36, "weeks", R, "maternal vaccine gestational window"),
    ("n4-abr-months", L, "usually from [[September through January]]", "date", None, None, "month", O, "seasonal window"),
    ("n4-enf-appr", L, "approved in [[June 2024]].", "date", 2024, 2024, "year", R, "enflonsia fda approval date"),
    ("n4-2wk", L, "born less than [[two weeks]] after", "duration", 2, 2, "weeks", R, "interval after maternal vaccination"),
    ("n4-melody-n", L, "enrolled [[about 3,000]] babies", "count", 3000, 3000, "participants", R, "melody enrollment (full cohort)"),
    ("n4-hosp81", L, "by about\n[[81%]]", "percent", 81, 81, "%", R, "nirsevimab efficacy vs rsv hospitalization (across trials)"),
    ("n4-nvsn", L, "it was about [[75%]]", "percent", 75, 75, "%", R, "nvsn effectiveness vs rsv hospitalization 2023-24"),
    ("n4-clever-n", L, "trial of [[3,614]] infants", "count", 3614, 3614, "participants", R, "clever enrolled"),
    ("n4-clever-ma", L, "visit by [[60.5%]]", "percent", 60.5, 60.5, "%", R, "clesrovimab efficacy vs ma rsv lri"),
    ("n4-clever-h", L, "[[84.3%]] over five months", "percent", 84.3, 84.3, "%", R, "clesrovimab efficacy vs rsv hospitalization"),
    ("n4-5mo", L, "84.3% over [[five months]]", "duration", 5, 5, "months", O, "follow-up timepoint"),
    ("n4-abr-90", L, "baby by [[81.8%]]", "percent", 81.8, 81.8, "%", R, "maternal vaccine efficacy severe lrtd 90 days"),
    ("n4-90d", L, "the first [[90 days]]", "duration", 90, 90, "days", O, "follow-up timepoint"),
    ("n4-abr-180", L, "and by [[69.4%]]", "percent", 69.4, 69.4, "%", R, "maternal vaccine efficacy severe lrtd 180 days"),
    ("n4-180d", L, "the first [[180 days]]", "duration", 180, 180, "days", O, "follow-up timepoint"),
    ("n4-2str", L, "comes in [[two]] strengths", "count", 2, 2, "strengths", O, "number of dose strengths"),
    ("n4-5kg", L, "weigh less than [[5 kg]]", "weight", 5, 5, "kg", R, "weight threshold"),
    ("n4-11lb", L, "(about\n[[11 pounds]])", "weight", 11, 11, "pounds", O, "weight threshold (conversion)"),
    ("n4-50", L, "get [[50 mg]];", "dose", 50, 50, "mg", R, "dose <5 kg"),
    ("n4-100", L, "weigh more get [[100 mg]]", "dose", 100, 100, "mg", R, "dose >=5 kg"),
    ("n4-8to19", L, "children aged [[8 to\n19 months]]", "age", 8, 19, "months", R, "second-season eligible age"),
    ("n4-200", L, "dose of [[200 mg]]", "dose", 200, 200, "mg", R, "second-season dose"),
    ("n4-105", L, "one [[105 mg]] dose", "dose", 105, 105, "mg", R, "clesrovimab dose"),
    ("n4-abr-wk2", L, "use to [[32 to 36 weeks]]", "duration", 32, 36, "weeks", O, "maternal vaccine window (repeat)"),
    ("n4-556", L, "both antibodies cost [[$556]] per dose", "money", 556, 556, "USD", R, "antibody private-sector price per dose (2025)"),
    ("n4-295", L, "lists at about [[$295]]", "money", 295, 295, "USD", R, "maternal vaccine price"),
    ("n4-octmar", L, "born from [[October through March]]", "date", None, None, "month", O, "seasonal window"),
    ("n4-fade", L, "fades after [[about five months]]", "duration", 5, 5, "months", O, "duration of protection"),

    # ---------------- nir05_blog.txt (2025-10-06) ----------------
    ("n5-date", E, "MD, FAAP | [[October 6, 2025]]", "date", 2025, 2025, "year", O, "publication metadata"),
    ("n5-approve", E, "approved in [[July 2022]]", "date", 2022, 2022, "year", R, "beyfortus fda approval date"),
    ("n5-495", E, "list price at [[$495]] a dose", "money", 495, 495, "USD", R, "beyfortus launch list price per dose"),
    ("n5-395", E, "government paying [[$395]]", "money", 395, 395, "USD", R, "beyfortus vfc price per dose"),
    ("n5-thousands", E, "front [[thousands of dollars]]", "money", None, None, "USD", O, "vague amount"),
    ("n5-han", E, "In [[October 2023]] the CDC", "date", 2023, 2023, "year", R, "cdc shortage advisory date"),
    ("n5-100", E, "save the [[100 mg]] syringes", "dose", 100, 100, "mg", R, "dose in short supply"),
    ("n5-6mo", E, "babies younger than [[6 months]] and", "age", 6, 6, "months", R, "shortage priority age"),
    ("n5-77k", E, "About [[77,000]] extra doses", "count", 77000, 77000, "doses", R, "extra doses released nov 2023"),
    ("n5-nov", E, "rushed out in [[November]]", "date", 2023, 2023, "year", R, "extra doses release date"),
    ("n5-230k", E, "another [[230,000]] arrived", "count", 230000, 230000, "doses", R, "extra doses released jan 2024"),
    ("n5-jan", E, "arrived in [[January 2024]]", "date", 2024, 2024, "year", R, "extra doses release date"),
    ("n5-2counties", E, "drove [[two]] counties over", "count", 2, 2, "counties", O, "anecdote"),
    ("n5-harm", E, "admissions by [[58%]]", "percent", 58, 58, "%", R, "harmonie efficacy vs rsv lrti hospitalization"),
    ("n5-lastseason", E, "[[Last season]], the first", "date", None, None, "year", O, "season reference"),
    ("n5-8mo", E, "babies under [[8 months]] were", "age", 8, 8, "months", O, "age group qualifier"),
    ("n5-drop8", E, "were [[28% to 43%]] lower", "percent", 28, 43, "%", R, "2024-25 hospitalization rate reduction <8 mo"),
    ("n5-3mo", E, "infants under [[3 months]]", "age", 3, 3, "months", O, "age group qualifier"),
    ("n5-drop3", E, "drop was [[45% to 52%]]", "percent", 45, 52, "%", R, "2024-25 hospitalization rate reduction <3 mo"),
    ("n5-2in3", E, "Roughly [[two in three]] infants", "percent", 66.666667, 66.666667, "%", R, "share of infants protected 2024-25"),
    ("n5-deaths", E, "between [[100 and 500]] young", "count", 100, 500, "deaths/year", R, "us rsv deaths per year, young children"),
    ("n5-caption-yrs", E, "infants, [[2018-2020]] average", "date", 2018, 2020, "year", O, "comparison seasons (caption)"),
    ("n5-caption-last", E, "average versus [[last season]]", "date", None, None, "year", O, "season reference (caption)"),
    ("n5-enf-appr", E, "approved in [[June]], and", "date", 2025, 2025, "year", R, "enflonsia fda approval date"),
    ("n5-vfor", E, "voted [[5]]-2 in", "count", 5, 5, "votes", R, "acip votes for clesrovimab"),
    ("n5-vag", E, "voted 5-[[2]] in", "count", 2, 2, "votes", R, "acip votes against clesrovimab"),
    ("n5-acip", E, "in [[late June]] to", "date", 2025, 2025, "year", R, "acip clesrovimab vote date"),
    ("n5-105", E, "single [[105 mg]] shot", "dose", 105, 105, "mg", R, "clesrovimab dose"),
    ("n5-556", E, "list price, [[$556]],", "money", 556, 556, "USD", R, "antibody list price per dose (2025)"),
    ("n5-sales", E, "brought in [[\u20ac1.7 billion]]", "money", 1700000000, 1700000000, "EUR", R, "beyfortus sales 2024"),
    ("n5-2024", E, "billion in [[2024]], its", "date", 2024, 2024, "year", O, "sales year"),
    ("n5-jan26", E, "between now and [[January]]", "date", 2026, 2026, "year", O, "advice horizon"),
    ("n5-abr-wk", E, "vaccine at [[32 to 36 weeks]]", "duration", 32, 36, "weeks", R, "maternal vaccine gestational window"),
    ("n5-fade", E, "fades over [[about five months]]", "duration", 5, 5, "months", O, "duration of protection"),

    # ---------------- nir06_local.txt (2023-11-02) ----------------
    ("n6-pub", F, "Published [[Nov. 2, 2023]]", "date", 2023, 2023, "year", O, "publication metadata"),
    ("n6-age2mo", F, "son turned [[two months]] old", "age", 2, 2, "months", R, "anecdote: infant age"),
    ("n6-lastwk1", F, "old [[last week]], she", "date", 2023, 2023, "year", O, "anecdote date"),
    ("n6-4offices", F, "called [[four]] pediatric", "count", 4, 4, "offices", R, "anecdote: offices called"),
    ("n6-age29", F, "said Brandt, [[29]],", "age", 29, 29, "years", R, "anecdote: parent age"),
    ("n6-fall", F, "Sanofi shipped [[this fall]]", "date", 2023, 2023, "year", O, "shipment period"),
    ("n6-han", F, "[[Last week]] the Centers", "date", 2023, 2023, "year", R, "cdc shortage advisory date"),
    ("n6-100", F, "scarce [[100-milligram]] doses", "dose", 100, 100, "mg", R, "dose in short supply"),
    ("n6-6mo", F, "infants younger than [[6 months]]", "age", 6, 6, "months", R, "shortage priority age"),
    ("n6-50", F, "smaller [[50-milligram]] doses", "dose", 50, 50, "mg", R, "dose <11 lb"),
    ("n6-11lb", F, "babies under [[11 pounds]]", "weight", 11, 11, "pounds", R, "weight threshold"),
    ("n6-ordered", F, "ordered [[300]] doses", "count", 300, 300, "doses", R, "local practice doses ordered"),
    ("n6-sept-order", F, "doses in [[September]] and", "date", 2023, 2023, "year", R, "local order date"),
    ("n6-received", F, "has received [[40]].", "count", 40, 40, "doses", R, "local practice doses received"),
    ("n6-week", F, "them in [[a week]],", "duration", 1, 1, "weeks", O, "quote: time to use doses"),
    ("n6-150", F, "list of [[more than 150]] families", "count", 150, 150, "families", R, "local waiting list"),
    ("n6-495", F, "list price of [[$495]] a dose", "money", 495, 495, "USD", R, "beyfortus launch list price per dose"),
    ("n6-395", F, "which pays [[$395]] a dose", "money", 395, 395, "USD", R, "beyfortus vfc price per dose"),
    ("n6-hosp", F, "between [[58,000 and 180,000]] children", "count", 58000, 180000, "hospitalizations/year", R, "us rsv hospitalizations per year, under 5"),
    ("n6-u5", F, "children younger than [[5]] are", "age", 5, 5, "years", O, "burden age group qualifier"),
    ("n6-eff", F, "visit by [[62 percent]]", "percent", 62, 62, "%", R, "melody efficacy vs medically attended rsv lrti"),
    ("n6-37", F, "admitted [[37]] children", "count", 37, 37, "admissions", R, "local rsv admissions october"),
    ("n6-oct", F, "with RSV in [[October]], up", "date", 2023, 2023, "year", R, "local admissions month"),
    ("n6-21", F, "up from [[21]] in", "count", 21, 21, "admissions", R, "local rsv admissions september"),
    ("n6-sept", F, "21 in [[September]],", "date", 2023, 2023, "year", R, "local admissions month"),
    ("n6-half", F, "More than [[half]] were", "percent", 50, 50, "%", O, "share of admissions under 1 year"),
    ("n6-1yr", F, "under [[a year]] old", "age", 1, 1, "years", O, "age group qualifier"),
    ("n6-abr-appr", F, "approved in [[August]] for", "date", 2023, 2023, "year", R, "maternal vaccine fda approval date"),
    ("n6-abr-ord", F, "between the [[32nd and 36th weeks]]", "duration", 32, 36, "weeks", O, "maternal vaccine window (ordinal form)"),
    ("n6-fewweeks", F, "over the [[next few weeks]]", "date", None, None, "year", O, "vague timing in quote"),
    ("n6-abr-wk", F, "If you are [[32 to 36 weeks]] pregnant", "duration", 32, 36, "weeks", R, "maternal vaccine gestational window"),

    # ---------------- nir07_factcheck.txt (2025-07-03) ----------------
    ("n7-date", K, "CheckPoint | [[July 3, 2025]]", "date", 2025, 2025, "year", O, "publication metadata"),
    ("n7-post-12", K, "CLAIM: \"[[12]] babies DIED", "count", 12, 12, "deaths", O, "figure in the false post"),
    ("n7-post-half", K, "only works [[half]] the time", "percent", 50, 50, "%", O, "figure in the false post"),
    ("n7-post-556", K, "they want [[$556]] a pop", "money", 556, 556, "USD", O, "figure in the false post"),
    ("n7-since", K, "X since [[last week]] combine", "date", 2025, 2025, "year", O, "posts circulating since"),
    ("n7-3claims", K, "combine [[three]]\nclaims", "count", 3, 3, "claims", O, "number of claims"),
    ("n7-2shots", K, "about the [[two]] antibody shots", "count", 2, 2, "products", O, "number of products"),
    ("n7-vfor", K, "voted [[5]]-2 last week", "count", 5, 5, "votes", R, "acip votes for clesrovimab"),
    ("n7-vag", K, "voted 5-[[2]] last week", "count", 2, 2, "votes", R, "acip votes against clesrovimab"),
    ("n7-acip", K, "5-2 [[last week]] to", "date", 2025, 2025, "year", R, "acip clesrovimab vote date"),
    ("n7-8mo", K, "infants younger than [[8 months]]", "age", 8, 8, "months", R, "acip recommended age for clesrovimab"),
    ("n7-enf-appr", K, "approved Enflonsia [[last month]]", "date", 2025, 2025, "year", R, "enflonsia fda approval date"),
    ("n7-deaths", K, "true that [[12]] infants", "count", 12, 12, "deaths", R, "deaths among nirsevimab recipients in trials"),
    ("n7-car", K, "and [[one]] followed a car accident", "count", 1, 1, "deaths", O, "death after car accident"),
    ("n7-thousands", K, "trial of [[thousands]] of babies", "count", None, None, "participants", O, "vague count in quote"),
    ("n7-year", K, "followed for [[a year]]", "duration", 1, 1, "years", O, "quote: follow-up"),
    ("n7-half2", K, "\"[[Half]] the time\" is not", "percent", 50, 50, "%", O, "figure in the false post (repeat)"),
    ("n7-melody-n", K, "enrolled [[1,940]] healthy", "count", 1940, 1940, "participants", R, "melody primary cohort randomized"),
    ("n7-34", K, "roughly [[three-quarters]]", "percent", 75, 75, "%", R, "melody efficacy vs medically attended rsv lrti"),
    ("n7-5mo", K, "through [[five months]].", "duration", 5, 5, "months", O, "follow-up timepoint"),
    ("n7-clever-ma", K, "by [[60.5%]] and", "percent", 60.5, 60.5, "%", R, "clesrovimab efficacy vs ma rsv lri"),
    ("n7-clever-h", K, "hospitalizations by [[84.3%]]", "percent", 84.3, 84.3, "%", R, "clesrovimab efficacy vs rsv hospitalization"),
    ("n7-5mo2", K, "over [[five\nmonths]]", "duration", 5, 5, "months", O, "follow-up timepoint"),
    ("n7-50pct", K, "well above [[50 percent]]", "percent", 50, 50, "%", O, "comparison threshold"),
    ("n7-hypo50", K, "If only [[50%]] of eligible", "percent", 50, 50, "%", O, "quoted hypothetical uptake"),
    ("n7-556", K, "The [[$556]] figure", "money", 556, 556, "USD", R, "antibody private-sector price per dose (2025)"),
    ("n7-launch", K, "launched\nin [[2023]]", "date", 2023, 2023, "year", R, "beyfortus us launch year"),
    ("n7-459", K, "list price at [[$459]] a dose", "money", 459, 459, "USD", R, "beyfortus launch list price per dose"),
    ("n7-sales", K, "more than [[\u20ac2 billion]]", "money", 2000000000, 2000000000, "EUR", R, "beyfortus cumulative sales since launch"),
    ("n7-12rep", K, "real figure, [[12]] deaths", "count", 12, 12, "deaths", O, "repeat"),
    ("n7-src-adcom", K, "for the [[June 8, 2023]], Antimicrobial", "date", 2023, 2023, "year", O, "source list date"),
    ("n7-src-jun9", K, "releases, [[June 9]] and", "date", 2025, 2025, "year", O, "source list date"),
    ("n7-src-jun26", K, "and [[June 26, 2025]];", "date", 2025, 2025, "year", O, "source list date"),
    ("n7-src-acc", K, "accessed [[July 1,\n2025]]", "date", 2025, 2025, "year", O, "source list date"),
]

# (a, b, grade) — every pair crosses documents
CONFLICTS = [
    # S1 MELODY primary cohort size: 1,490 vs 1,940 (transposed digits)
    ("n1-n", "n7-melody-n", "strict"), ("n3-N", "n7-melody-n", "strict"),
    # S2 MELODY efficacy vs medically attended RSV LRTI: 74.5% (~three-quarters) vs 62% (hospitalization figure swapped in)
    ("n1-eff", "n6-eff", "strict"), ("n2-eff", "n6-eff", "strict"), ("n3-eff", "n6-eff", "strict"),
    ("n7-34", "n6-eff", "strict"),
    # S3 Beyfortus FDA approval year: 2023 vs 2022
    ("n1-approve", "n5-approve", "strict"), ("n2-approve", "n5-approve", "strict"),
    # S4 NVSN first-season effectiveness vs hospitalization: 90% vs 75% (CI lower bound given as estimate)
    ("n2-nvsn", "n4-nvsn", "strict"), ("n3-nvsn", "n4-nvsn", "strict"),
    # S5 yearly U.S. RSV hospitalizations under 5: 58,000-80,000 vs 58,000-180,000
    ("n1-hosp", "n6-hosp", "strict"), ("n4-hosp", "n6-hosp", "strict"),
    # S6 HARMONIE efficacy vs RSV LRTI hospitalization: 83%/83.2% vs 58% (all-cause LRTI figure)
    ("n1-harm", "n5-harm", "strict"), ("n2-harm", "n5-harm", "strict"), ("n3-harm", "n5-harm", "strict"),
    # S7 Beyfortus launch list price: $495 vs $459
    ("n5-495", "n7-459", "strict"), ("n6-495", "n7-459", "strict"),
    # S8 Enflonsia FDA approval year: 2025 vs 2024
    ("n5-enf-appr", "n4-enf-appr", "strict"), ("n7-enf-appr", "n4-enf-appr", "strict"),
    # Q1 MELODY enrollment: 'about 3,000' (full enrollment incl. safety cohort) vs primary cohort counts
    ("n4-melody-n", "n1-n", "qualified"), ("n4-melody-n", "n3-N", "qualified"),
    ("n4-melody-n", "n7-melody-n", "qualified"),
    # Q2 yearly deaths under 5: 100-500 (older CDC range) vs 100-300
    ("n5-deaths", "n1-deaths", "qualified"), ("n5-deaths", "n4-deaths", "qualified"),
    # Q3 hospitalization efficacy: 81% 'across the trials' (pooled) vs MELODY 62.1%
    ("n4-hosp81", "n1-hospeff", "qualified"), ("n4-hosp81", "n3-hospeff", "qualified"),
]


def main():
    texts = {}
    for fn in sorted(os.listdir(TOPIC)):
        if fn.endswith(".txt"):
            with open(os.path.join(TOPIC, fn), encoding="utf-8") as f:
                texts[fn] = f.read()
    rows, ids, errors = [], {}, []
    for cid, doc, ctx, kind, low, high, unit, req, topic in CLAIMS:
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        if ctx.count("[[") != 1 or ctx.count("]]") != 1:
            errors.append(f"{cid}: context needs one [[span]]")
            continue
        pre, rest = ctx.split("[[")
        span, post = rest.split("]]")
        plain = pre + span + post
        text = texts[doc]
        n = text.count(plain)
        if n != 1:
            errors.append(f"{cid}: context {plain!r} found {n} times in {doc}")
            continue
        start = text.index(plain) + len(pre)
        end = start + len(span)
        if text[start:end] != span:
            errors.append(f"{cid}: slice mismatch")
            continue
        ids[cid] = doc
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    # overlapping spans inside one document are not allowed
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"overlap {a['id']} / {b['id']}")
    conf_rows, seen = [], set()
    for a, b, grade in CONFLICTS:
        if a not in ids or b not in ids:
            errors.append(f"conflict with unknown id {a} {b}")
            continue
        if ids[a] == ids[b]:
            errors.append(f"conflict within one document {a} {b}")
        key = frozenset((a, b))
        if key in seen:
            errors.append(f"duplicate conflict {a} {b}")
        seen.add(key)
        conf_rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    # order claims by document then position
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims: {len(rows)} ({nreq} required, {len(rows) - nreq} optional); "
          f"conflicts: {sum(c['grade'] == 'strict' for c in conf_rows)} strict, "
          f"{sum(c['grade'] == 'qualified' for c in conf_rows)} qualified -> {OUT}")


if __name__ == "__main__":
    main()
