#!/usr/bin/env python3
"""Build keytruda-subq.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "keytruda-subq")
OUT = os.path.join(HERE, "keytruda-subq.gold.jsonl")
T = "ks"

W, P, A, E, B, L, F = ("KS01_wire.txt", "KS02_press.txt", "KS03_abstract.txt",
                       "KS04_explainer.txt", "KS05_blog.txt", "KS06_local.txt", "KS07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- KS01 wire (2025-09-22, Monday)
 ("w-h1min", W, "handing Merck a one-minute shot", "one-minute", "duration", 1, 1, "minutes", N, "headline repeat"),
 ("w-dl", W, "NEW YORK, Sept 22", "Sept 22", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "fda approval date (2025-09-19)"),
 ("w-aminute", W, "in as little as a minute", "a minute", "duration", 1, 1, "minutes", Y, "q3w injection time"),
 ("w-38", W, "for 38 solid tumor", "38", "count", 38, 38, "indications", Y, "us indications for qlex"),
 ("w-12", W, "children 12 and older", "12", "age", 12, 12, "years", Y, "minimum pediatric age"),
 ("w-1min", W, "in about one minute every three weeks", "one minute", "duration", 1, 1, "minutes", Y, "q3w injection time"),
 ("w-q3w", W, "one minute every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "qlex q3w dosing interval"),
 ("w-2min", W, "or in two minutes every six weeks", "two minutes", "duration", 2, 2, "minutes", Y, "q6w injection time"),
 ("w-q6w", W, "two minutes every six weeks at a higher", "every six weeks", "duration", 6, 6, "weeks", Y, "qlex q6w dosing interval"),
 ("w-30", W, "infused over roughly 30 minutes", "30 minutes", "duration", 30, 30, "minutes", Y, "iv infusion time"),
 ("w-4d", W, "came four days ahead", "four days", "duration", 4, 4, "days", Y, "approval ahead of pdufa"),
 ("w-pdufa", W, "agency's Sept. 23 target", "Sept. 23", "date", 2025, 2025, "year", Y, "pdufa target date"),
 ("w-eom", W, "by the end of the month", "end of the month", "date", 2025, 2025, "year", N, "expected availability (vague)"),
 ("w-377", W, "late-stage trial in 377 patients", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("w-21", W, "randomly assigned 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "d77 randomization ratio"),
 ("w-trq6w", W, "each given every six weeks alongside", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("w-454", W, "shrank in 45.4% of patients", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm"),
 ("w-421", W, "and in 42.1% of those", "42.1%", "percent", 42.1, 42.1, "%", Y, "d77 orr iv arm"),
 ("w-halfhr", W, "shaving half an hour off", "half an hour", "duration", 0.5, 0.5, "hours", N, "quote, time saved"),
 ("w-2014", W, "first approved in 2014", "2014", "date", 2014, 2014, "year", Y, "keytruda first us approval"),
 ("w-295", W, "generated $29.5 billion in sales", "$29.5 billion", "money", 29500000000, 29500000000, "USD", Y, "keytruda 2024 sales"),
 ("w-lastyr", W, "in sales last year, up 18%", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-18", W, "last year, up 18%", "18%", "percent", 18, 18, "%", Y, "keytruda 2024 sales growth"),
 ("w-half", W, "accounts for nearly half of Merck's", "nearly half", "percent", 50, 50, "%", Y, "keytruda share of merck revenue (current)"),
 ("w-164", W, "brought in $164 billion", "$164 billion", "money", 164000000000, 164000000000, "USD", Y, "keytruda cumulative sales since launch"),
 ("w-2028", W, "begin to expire in 2028", "2028", "date", 2028, 2028, "year", Y, "us keytruda key patent expiry"),
 ("w-40", W, "as many as 40% of Keytruda", "40%", "percent", 40, 40, "%", Y, "merck target share on shot"),
 ("w-2027", W, "using the injection by 2027", "2027", "date", 2027, 2027, "year", Y, "merck target year"),
 ("w-204k", W, "lists at about $204,000 a year", "$204,000", "money", 204000, 204000, "USD", Y, "iv keytruda annual list price"),
 ("w-lastdec", W, "approval last December", "last December", "date", 2024, 2024, "year", Y, "opdivo qvantig approval"),
 ("w-35", W, "takes three to five minutes", "three to five minutes", "duration", 3, 5, "minutes", Y, "opdivo qvantig injection time"),
 ("w-459", W, "rested on a 459-patient", "459", "count", 459, 459, "patients", Y, "checkmate-67t randomized total"),
 ("w-29m", W, "more than 2.9 million patients", "2.9 million", "count", 2900000, 2900000, "patients", Y, "patients ever treated with keytruda"),
 ("w-mon", W, "in Monday trading", "Monday", "date", 2025, 2025, "year", N, "aside"),

 # ---- KS02 press (2025-10-06)
 ("p-h14", P, "QLEX at All 14 Clinics", "14", "count", 14, 14, "clinics", N, "headline repeat"),
 ("p-h1min", P, "with the one-minute injection", "one-minute", "duration", 1, 1, "minutes", N, "subtitle"),
 ("p-h3wk", P, "less than three weeks after", "three weeks", "duration", 3, 3, "weeks", N, "subtitle"),
 ("p-dl", P, "Oct. 6, 2025", "Oct. 6, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-14", P, "at all 14 of its clinic", "14", "count", 14, 14, "clinics", Y, "ccon clinics offering qlex"),
 ("p-sep19", P, "on September 19, 2025 for adult", "September 19, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("p-12", P, "patients 12 years and older", "12 years", "age", 12, 12, "years", Y, "minimum pediatric age"),
 ("p-oct1", P, "injection on October 1", "October 1", "date", 2025, 2025, "year", Y, "ccon first patient"),
 ("p-395", P, "as a 395 mg injection", "395 mg", "dose", 395, 395, "mg", Y, "qlex q3w dose"),
 ("p-1min", P, "over about one minute every", "one minute", "duration", 1, 1, "minutes", Y, "q3w injection time"),
 ("p-q3w", P, "one minute every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "qlex q3w dosing interval"),
 ("p-790l", P, "or as a 790 mg injection", "790 mg", "dose", 790, 790, "mg", Y, "qlex q6w dose"),
 ("p-2min", P, "over about two minutes every", "two minutes", "duration", 2, 2, "minutes", Y, "q6w injection time"),
 ("p-q6w", P, "two minutes every six weeks. Intravenous", "every six weeks", "duration", 6, 6, "weeks", Y, "qlex q6w dosing interval"),
 ("p-30", P, "as a 30-minute infusion", "30-minute", "duration", 30, 30, "minutes", Y, "iv infusion time"),
 ("p-200l", P, "infusion of 200 mg every", "200 mg", "dose", 200, 200, "mg", Y, "iv q3w dose (label)"),
 ("p-ivq3w", P, "200 mg every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "iv q3w interval"),
 ("p-400l", P, "or 400 mg every six weeks", "400 mg", "dose", 400, 400, "mg", Y, "iv q6w dose (label)"),
 ("p-ivq6w", P, "400 mg every six weeks.", "every six weeks", "duration", 6, 6, "weeks", Y, "iv q6w interval"),
 ("p-2minq", P, "to a two-minute injection", "two-minute", "duration", 2, 2, "minutes", N, "quote"),
 ("p-377", P, "which enrolled 377 patients", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("p-790t", P, "pembrolizumab 790 mg (n=251)", "790 mg", "dose", 790, 790, "mg", Y, "d77 sc arm dose"),
 ("p-251", P, "(n=251)", "251", "count", 251, 251, "patients", Y, "d77 sc arm n"),
 ("p-200t", P, "pembrolizumab 200 mg (n=126)", "200 mg", "dose", 200, 200, "mg", Y, "d77 iv arm dose"),
 ("p-126", P, "(n=126)", "126", "count", 126, 126, "patients", Y, "d77 iv arm n"),
 ("p-trq6w", P, "each every six weeks with platinum", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("p-c1", P, "for cycle 1 exposure", "cycle 1", "count", 1, 1, "cycle", N, "timepoint label"),
 ("p-114", P, "(AUC) was 1.14", "1.14", "ratio", 1.14, 1.14, "GMR", Y, "d77 auc gmr"),
 ("p-167", P, "concentration was 1.67", "1.67", "ratio", 1.67, 1.67, "GMR", Y, "d77 ctrough gmr"),
 ("p-08", P, "prespecified margin of 0.8", "0.8", "ratio", 0.8, 0.8, "GMR", Y, "noninferiority margin"),
 ("p-454", P, "rate was 45.4% with", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm"),
 ("p-421", P, "and 42.1% with intravenous", "42.1%", "percent", 42.1, 42.1, "%", Y, "d77 orr iv arm"),
 ("p-81", P, "survival was 8.1 months", "8.1 months", "duration", 8.1, 8.1, "months", Y, "d77 median pfs sc"),
 ("p-78", P, "and 7.8 months, respectively", "7.8 months", "duration", 7.8, 7.8, "months", Y, "d77 median pfs iv"),
 ("p-23min", P, "approximately 2-3 minutes", "2-3 minutes", "duration", 2, 3, "minutes", Y, "topline average injection time"),
 ("p-mar25", P, "presented in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "elcc presentation"),
 ("p-474", P, "chair time by 47.4%", "47.4%", "percent", 47.4, 47.4, "%", Y, "chair time reduction"),
 ("p-457", P, "professional time by 45.7%", "45.7%", "percent", 45.7, 45.7, "%", Y, "hcp time reduction"),
 ("p-9800", P, "roughly 9,800 intravenous", "9,800", "count", 9800, 9800, "doses", Y, "ccon iv pembrolizumab doses 2024"),
 ("p-2024", P, "doses in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-35", P, "moving 35% of eligible", "35%", "percent", 35, 35, "%", Y, "ccon planned switch share"),
 ("p-12mo", P, "over the next 12 months", "12 months", "duration", 12, 12, "months", Y, "planning horizon"),
 ("p-1700", P, "free about 1,700 infusion-chair hours", "1,700", "duration", 1700, 1700, "hours", Y, "projected chair hours freed"),
 ("p-62", P, "has trained 62 oncology", "62", "count", 62, 62, "nurses", Y, "nurses trained"),
 ("p-2004", P, "Founded in 2004", "2004", "date", 2004, 2004, "year", N, "about section"),
 ("p-14ab", P, "with 14 clinics, 88", "14", "count", 14, 14, "clinics", N, "about section"),
 ("p-88", P, "14 clinics, 88 physicians", "88", "count", 88, 88, "clinicians", N, "about section"),
 ("p-1100", P, "about 1,100 employees", "1,100", "count", 1100, 1100, "employees", N, "about section"),
 ("p-21k", P, "more than 21,000 patients", "21,000", "count", 21000, 21000, "patients", N, "about section"),
 ("p-120", P, "more than 120 clinical", "120", "count", 120, 120, "trials", N, "about section"),

 # ---- KS03 abstract (2025-03-27)
 ("a-pub", A, "Published online 27 March 2025", "27 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-30", A, "intravenously (i.v.) over 30 min", "30 min", "duration", 30, 30, "minutes", Y, "iv infusion time"),
 ("a-q6wb", A, "given every 6 weeks (q6w)", "every 6 weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("a-q6wab", A, "every 6 weeks (q6w)", "q6w", "duration", 6, 6, "weeks", N, "abbreviation"),
 ("a-21", A, "randomized 2 : 1", "2 : 1", "ratio", 2, 2, "ratio", Y, "d77 randomization ratio"),
 ("a-790", A, "s.c. 790 mg q6w or", "790 mg", "dose", 790, 790, "mg", Y, "d77 sc arm dose"),
 ("a-790q", A, "790 mg q6w or", "q6w", "duration", 6, 6, "weeks", N, "abbreviation"),
 ("a-400", A, "i.v. 400 mg q6w for", "400 mg", "dose", 400, 400, "mg", Y, "d77 iv arm dose"),
 ("a-400q", A, "400 mg q6w for", "q6w", "duration", 6, 6, "weeks", N, "abbreviation"),
 ("a-18", A, "for up to 18 cycles", "18", "count", 18, 18, "cycles", Y, "max pembrolizumab cycles"),
 ("a-tps1", A, "score (<50% vs", "50%", "percent", 50, 50, "%", N, "stratification cut-off"),
 ("a-tps2", A, "vs ≥50%) and region", "50%", "percent", 50, 50, "%", N, "stratification cut-off"),
 ("a-c1", A, "were cycle 1 area", "cycle 1", "count", 1, 1, "cycle", N, "timepoint label"),
 ("a-06a", A, "curve (AUC0–6wk)", "0–6wk", "duration", 0, 6, "weeks", N, "auc window"),
 ("a-c3", A, "steady-state (cycle 3)", "cycle 3", "count", 3, 3, "cycle", N, "timepoint label"),
 ("a-08", A, "ratio (GMR) exceeded 0.8", "0.8", "ratio", 0.8, 0.8, "GMR", Y, "noninferiority margin"),
 ("a-377", A, "N = 377", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("a-251", A, "s.c. n=251", "251", "count", 251, 251, "patients", Y, "d77 sc arm n"),
 ("a-126", A, "i.v. n=126", "126", "count", 126, 126, "patients", Y, "d77 iv arm n"),
 ("a-65", A, "Median age was 65 years", "65 years", "age", 65, 65, "years", Y, "d77 median age sc arm"),
 ("a-3987", A, "(range 39–87)", "39–87", "age", 39, 87, "years", N, "age range sc arm"),
 ("a-66", A, "and 66 years", "66 years", "age", 66, 66, "years", Y, "d77 median age iv arm"),
 ("a-3783", A, "(range 37–83)", "37–83", "age", 37, 83, "years", N, "age range iv arm"),
 ("a-526", A, "52.6% and 54.8%", "52.6%", "percent", 52.6, 52.6, "%", Y, "share aged 65+ sc arm"),
 ("a-548", A, "52.6% and 54.8%", "54.8%", "percent", 54.8, 54.8, "%", Y, "share aged 65+ iv arm"),
 ("a-65plus", A, "aged 65 or older", "65", "age", 65, 65, "years", N, "age cut-off"),
 ("a-cut", A, "(12 July 2024)", "12 July 2024", "date", 2024, 2024, "year", Y, "data cut-off"),
 ("a-96", A, "randomization was 9.6 months", "9.6 months", "duration", 9.6, 9.6, "months", Y, "d77 median follow-up"),
 ("a-fur", A, "(range 6.2–16.4)", "6.2–16.4", "duration", 6.2, 16.4, "months", N, "follow-up range"),
 ("a-2min", A, "injection time was 2.0 min", "2.0 min", "duration", 2.0, 2.0, "minutes", Y, "d77 median injection time"),
 ("a-112", A, "(range 1–12)", "1–12", "duration", 1, 12, "minutes", N, "injection time range"),
 ("a-06b", A, "Geometric mean AUC0–6wk", "0–6wk", "duration", 0, 6, "weeks", N, "auc window"),
 ("a-auc1", A, "1633.24 μg·day/mL", "1633.24 μg·day/mL", "other", 1633.24, 1633.24, "ug*day/mL", Y, "auc geo mean sc"),
 ("a-245", A, "s.c. (n=245)", "245", "count", 245, 245, "patients", Y, "auc-evaluable sc"),
 ("a-auc2", A, "1437.58 μg·day/mL", "1437.58 μg·day/mL", "other", 1437.58, 1437.58, "ug*day/mL", Y, "auc geo mean iv"),
 ("a-126pk", A, "i.v. (n=126)", "126", "count", 126, 126, "patients", Y, "auc-evaluable iv"),
 ("a-114", A, "GMR 1.14", "1.14", "ratio", 1.14, 1.14, "GMR", Y, "d77 auc gmr"),
 ("a-114ci", A, "1.06–1.22", "1.06–1.22", "ratio", 1.06, 1.22, "GMR", Y, "ci"),
 ("a-p1", A, "1.06–1.22), P<0.0001", "P<0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-ct1", A, "was 39.23 μg/mL", "39.23 μg/mL", "other", 39.23, 39.23, "ug/mL", Y, "ctrough geo mean sc"),
 ("a-202", A, "(n=202)", "202", "count", 202, 202, "patients", Y, "ctrough-evaluable sc"),
 ("a-ct2", A, "and 23.49 μg/mL", "23.49 μg/mL", "other", 23.49, 23.49, "ug/mL", Y, "ctrough geo mean iv"),
 ("a-101", A, "(n=101)", "101", "count", 101, 101, "patients", Y, "ctrough-evaluable iv"),
 ("a-167", A, "GMR 1.67", "1.67", "ratio", 1.67, 1.67, "GMR", Y, "d77 ctrough gmr"),
 ("a-167ci", A, "1.52–1.84", "1.52–1.84", "ratio", 1.52, 1.84, "GMR", Y, "ci"),
 ("a-p2", A, "1.52–1.84), P<0.0001", "P<0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-454", A, "ORR was 45.4%", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm"),
 ("a-114r", A, "(114/251;", "114", "count", 114, 114, "responders", Y, "sc responders"),
 ("a-251r", A, "114/251;", "251", "count", 251, 251, "patients", N, "denominator repeat"),
 ("a-454ci", A, "39.1–51.8", "39.1–51.8", "percent", 39.1, 51.8, "%", Y, "ci"),
 ("a-412", A, "and 41.2% (95% CI", "41.2%", "percent", 41.2, 41.2, "%", Y, "d77 orr iv arm"),
 ("a-412ci", A, "33.3–51.2", "33.3–51.2", "percent", 33.3, 51.2, "%", Y, "ci"),
 ("a-diff", A, "was 3.3 percentage points", "3.3 percentage points", "percent", 3.3, 3.3, "pp", Y, "orr difference"),
 ("a-diffci", A, "(95% CI −7.3 to 13.9)", "−7.3 to 13.9", "percent", -7.3, 13.9, "pp", Y, "ci"),
 ("a-orrr", A, "ORR ratio 1.08", "1.08", "ratio", 1.08, 1.08, "ratio", Y, "orr ratio"),
 ("a-orrrci", A, "0.85–1.37", "0.85–1.37", "ratio", 0.85, 1.37, "ratio", Y, "ci"),
 ("a-dor1", A, "response was 9.1 versus", "9.1", "duration", 9.1, 9.1, "months", Y, "median dor sc"),
 ("a-dor2", A, "versus 8.0 months", "8.0 months", "duration", 8.0, 8.0, "months", Y, "median dor iv"),
 ("a-pfs1", A, "PFS was 8.1 months", "8.1 months", "duration", 8.1, 8.1, "months", Y, "d77 median pfs sc"),
 ("a-pfs1ci", A, "6.3–8.3", "6.3–8.3", "duration", 6.3, 8.3, "months", Y, "ci"),
 ("a-pfs2", A, "versus 7.8 months", "7.8 months", "duration", 7.8, 7.8, "months", Y, "d77 median pfs iv"),
 ("a-pfs2ci", A, "6.2–9.7", "6.2–9.7", "duration", 6.2, 9.7, "months", Y, "ci"),
 ("a-hr", A, "(HR) 1.05", "1.05", "ratio", 1.05, 1.05, "HR", Y, "pfs hr"),
 ("a-hrci", A, "0.78–1.43", "0.78–1.43", "ratio", 0.78, 1.43, "HR", Y, "ci"),
 ("a-oshr", A, "HR 0.81", "0.81", "ratio", 0.81, 0.81, "HR", Y, "os hr"),
 ("a-oshrci", A, "0.53–1.22", "0.53–1.22", "ratio", 0.53, 1.22, "HR", Y, "ci"),
 ("a-ada1", A, "occurred in 1.4% (s.c.)", "1.4%", "percent", 1.4, 1.4, "%", Y, "ada sc"),
 ("a-ada2", A, "and 0.9% (i.v.)", "0.9%", "percent", 0.9, 0.9, "%", Y, "ada iv"),
 ("a-isr6", A, "reported in 6 participants", "6", "count", 6, 6, "patients", Y, "injection-site reactions n"),
 ("a-isr", A, "(2.4%)", "2.4%", "percent", 2.4, 2.4, "%", Y, "injection-site reactions %"),
 ("a-497", A, "chair time by 49.7%", "49.7%", "percent", 49.7, 49.7, "%", Y, "chair time reduction"),
 ("a-474", A, "treatment-room time by 47.4%", "47.4%", "percent", 47.4, 47.4, "%", Y, "treatment room time reduction"),
 ("a-457", A, "HCP time by 45.7%", "45.7%", "percent", 45.7, 45.7, "%", Y, "hcp time reduction"),
 ("a-790c", A, "pembrolizumab 790 mg q6w, given", "790 mg", "dose", 790, 790, "mg", N, "conclusion repeat"),
 ("a-790cq", A, "790 mg q6w, given", "q6w", "duration", 6, 6, "weeks", N, "abbreviation"),
 ("a-2minc", A, "a median of 2 min", "2 min", "duration", 2, 2, "minutes", N, "conclusion repeat"),
 ("a-400c", A, "pembrolizumab 400 mg q6w, with", "400 mg", "dose", 400, 400, "mg", N, "conclusion repeat"),
 ("a-400cq", A, "400 mg q6w, with", "q6w", "duration", 6, 6, "weeks", N, "abbreviation"),
 ("a-c1c", A, "noninferior cycle 1 exposure", "cycle 1", "count", 1, 1, "cycle", N, "timepoint label"),
 ("a-halved", A, "roughly halved chair time", "halved", "percent", 50, 50, "%", N, "summary"),
 ("a-elcc", A, "(ELCC) 2025, Paris", "2025", "date", 2025, 2025, "year", N, "meeting name"),
 ("a-elccd", A, "26–29 March 2025", "26–29 March 2025", "date", 2025, 2025, "year", Y, "elcc presentation"),

 # ---- KS04 explainer (2025-10-14)
 ("e-upd", E, "Updated October 14, 2025", "October 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-sep19", E, "On September 19, 2025", "September 19, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("e-12", E, "children 12 years and older", "12 years", "age", 12, 12, "years", Y, "minimum pediatric age"),
 ("e-395", E, "The 395 mg dose", "395 mg", "dose", 395, 395, "mg", Y, "qlex q3w dose"),
 ("e-q3w", E, "given every three weeks, takes", "every three weeks", "duration", 3, 3, "weeks", Y, "qlex q3w dosing interval"),
 ("e-2minq3", E, "takes about two minutes to inject", "two minutes", "duration", 2, 2, "minutes", Y, "q3w injection time"),
 ("e-790", E, "The 790 mg dose", "790 mg", "dose", 790, 790, "mg", Y, "qlex q6w dose"),
 ("e-q6w", E, "given every six weeks, takes", "every six weeks", "duration", 6, 6, "weeks", Y, "qlex q6w dosing interval"),
 ("e-2minq6", E, "takes about two minutes as well", "two minutes", "duration", 2, 2, "minutes", Y, "q6w injection time"),
 ("e-200", E, "infusion of 200 mg every", "200 mg", "dose", 200, 200, "mg", Y, "iv q3w dose (label)"),
 ("e-ivq3w", E, "200 mg every three weeks or", "every three weeks", "duration", 3, 3, "weeks", Y, "iv q3w interval"),
 ("e-400", E, "or 400 mg every six weeks", "400 mg", "dose", 400, 400, "mg", Y, "iv q6w dose (label)"),
 ("e-ivq6w", E, "400 mg every six weeks runs", "every six weeks", "duration", 6, 6, "weeks", Y, "iv q6w interval"),
 ("e-halfhr", E, "for about half an hour", "half an hour", "duration", 0.5, 0.5, "hours", Y, "iv infusion time"),
 ("e-377", E, "In the main study, 377 adults", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("e-11", E, "randomly assigned 1:1", "1:1", "ratio", 1, 1, "ratio", Y, "d77 randomization ratio"),
 ("e-trq6w", E, "both every six weeks along", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("e-45", E, "About 45% of patients", "45%", "percent", 45, 45, "%", Y, "d77 orr sc arm (label rounding)"),
 ("e-42", E, "and 42% on the IV", "42%", "percent", 42, 42, "%", Y, "d77 orr iv arm (label rounding)"),
 ("e-2in100", E, "in about 2 in 100 patients", "2 in 100", "percent", 2, 2, "%", Y, "injection-site reactions %"),
 ("e-240k", E, "about $240,000 a year", "$240,000", "money", 240000, 240000, "USD", Y, "iv keytruda annual list price"),
 ("e-20", E, "generally owe 20% of", "20%", "percent", 20, 20, "%", Y, "medicare part b coinsurance"),
 ("e-2014", E, "sold since 2014", "2014", "date", 2014, 2014, "year", Y, "keytruda first us approval"),
 ("e-2028", E, "begin expiring in 2028", "2028", "date", 2028, 2028, "year", Y, "us keytruda key patent expiry"),
 ("e-dec24", E, "approved in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "opdivo qvantig approval"),
 ("e-495", E, "after a 495-patient", "495", "count", 495, 495, "patients", Y, "checkmate-67t randomized total"),
 ("e-35", E, "injected over three to five minutes", "three to five minutes", "duration", 3, 5, "minutes", Y, "opdivo qvantig injection time"),
 ("e-q3wend", E, "in: every three weeks or", "every three weeks", "duration", 3, 3, "weeks", N, "generic interval"),
 ("e-q6wend", E, "or every six weeks.", "every six weeks", "duration", 6, 6, "weeks", N, "generic interval"),

 # ---- KS05 blog (2025-11-25)
 ("b-h1min", B, "Can a one-minute shot", "one-minute", "duration", 1, 1, "minutes", N, "headline"),
 ("b-date", B, "November 25, 2025", "November 25, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-2mo", B, "Two months into the U.S.", "Two months", "duration", 2, 2, "months", N, "time since launch"),
 ("b-295", B, "sold $29.5 billion in 2024", "$29.5 billion", "money", 29500000000, 29500000000, "USD", Y, "keytruda 2024 sales"),
 ("b-2024", B, "$29.5 billion in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-18", B, "2024, up 18%", "18%", "percent", 18, 18, "%", Y, "keytruda 2024 sales growth"),
 ("b-q3", B, "third quarter of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-81b", B, "brought in $8.1 billion", "$8.1 billion", "money", 8100000000, 8100000000, "USD", Y, "keytruda q3 2025 sales"),
 ("b-10", B, "up 10% from a year", "10%", "percent", 10, 10, "%", Y, "keytruda q3 2025 growth"),
 ("b-327", B, "nearly $32.7 billion", "$32.7 billion", "money", 32700000000, 32700000000, "USD", Y, "keytruda peak sales forecast"),
 ("b-2026", B, "$32.7 billion in 2026", "2026", "date", 2026, 2026, "year", N, "forecast year"),
 ("b-7iv", B, "just over $7 billion", "$7 billion", "money", 7000000000, 7000000000, "USD", Y, "iv keytruda 2032 forecast"),
 ("b-2032a", B, "just over $7 billion by 2032", "2032", "date", 2032, 2032, "year", N, "forecast year"),
 ("b-7q", B, "climbing past $7 billion", "$7 billion", "money", 7000000000, 7000000000, "USD", Y, "qlex 2032 forecast"),
 ("b-2032b", B, "past $7 billion by 2032", "2032", "date", 2032, 2032, "year", N, "forecast year"),
 ("b-2029", B, "pembrolizumab expire in 2029", "2029", "date", 2029, 2029, "year", Y, "us keytruda key patent expiry"),
 ("b-2031", B, "pegged to January 2031", "January 2031", "date", 2031, 2031, "year", Y, "eu loss of exclusivity"),
 ("b-2014", B, "on the market since 2014", "2014", "date", 2014, 2014, "year", Y, "keytruda first us approval"),
 ("b-146", B, "about $146 billion since launch", "$146 billion", "money", 146000000000, 146000000000, "USD", Y, "keytruda cumulative sales since launch"),
 ("b-half", B, "roughly half of everything", "roughly half", "percent", 50, 50, "%", Y, "keytruda share of merck cumulative sales"),
 ("b-2020", B, "licensed in 2020", "2020", "date", 2020, 2020, "year", Y, "alteogen licence"),
 ("b-3040", B, "estimate 30% to 40% of U.S.", "30% to 40%", "percent", 30, 40, "%", Y, "analyst uptake forecast"),
 ("b-1824", B, "within 18 to 24 months", "18 to 24 months", "duration", 18, 24, "months", Y, "analyst uptake horizon"),
 ("b-chart", B, "quarterly sales, 2023–2025", "2023–2025", "date", 2023, 2025, "year", N, "chart caption"),
 ("b-251", B, "the shot (n=251)", "251", "count", 251, 251, "patients", Y, "d77 sc arm n"),
 ("b-162", B, "(n=162)", "162", "count", 162, 162, "patients", Y, "d77 iv arm n"),
 ("b-trq6w", B, "both every six weeks with chemotherapy", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("b-nov24", B, "release in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "topline release"),
 ("b-378", B, "an estimated 378", "378", "count", 378, 378, "patients", Y, "d77 planned enrolment (topline)"),
 ("b-377", B, "the final count was 377", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("b-56", B, "injection arm was 56", "56", "age", 56, 56, "years", Y, "d77 median age sc arm"),
 ("b-167", B, "concentration was 1.67", "1.67", "ratio", 1.67, 1.67, "GMR", Y, "d77 ctrough gmr"),
 ("b-08", B, "above the 0.8 bar", "0.8", "ratio", 0.8, 0.8, "GMR", Y, "noninferiority margin"),
 ("b-454", B, "rates were 45.4% versus", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm"),
 ("b-421", B, "45.4% versus 42.1%", "42.1%", "percent", 42.1, 42.1, "%", Y, "d77 orr iv arm"),
 ("b-96", B, "a median of 9.6 months", "9.6 months", "duration", 9.6, 9.6, "months", Y, "d77 median follow-up"),
 ("b-497", B, "chair time by 49.7%", "49.7%", "percent", 49.7, 49.7, "%", Y, "chair time reduction"),
 ("b-dec24", B, "approved in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "opdivo qvantig approval"),
 ("b-495", B, "strength of a 495-patient", "495", "count", 495, 495, "patients", Y, "checkmate-67t randomized total"),
 ("b-38", B, "launched with 38 U.S.", "38", "count", 38, 38, "indications", Y, "us indications for qlex"),
 ("b-lastwk", B, "Commission last week cleared", "last week", "date", 2025, 2025, "year", Y, "ec approval"),
 ("b-33", B, "for all 33 adult", "33", "count", 33, 33, "indications", Y, "eu adult indications"),
 ("b-204k", B, "roughly $204,000 a year", "$204,000", "money", 204000, 204000, "USD", Y, "iv keytruda annual list price"),
 ("b-rel5", B, "Five biosimilar launches", "Five", "count", 5, 5, "launches", N, "related link"),
 ("b-rel2028", B, "to watch in 2028", "2028", "date", 2028, 2028, "year", N, "related link"),
 ("b-rel1yr", B, "Qvantig one year on", "one year", "duration", 1, 1, "years", N, "related link"),

 # ---- KS06 local (2025-10-20), hard-wrapped
 ("l-h1min", L, "Keytruda as a one-minute shot", "one-minute", "duration", 1, 1, "minutes", N, "headline"),
 ("l-dl", L, "(Oct. 20, 2025)", "Oct. 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-lastwk", L, "Keytruda last week, and staff", "last week", "date", 2025, 2025, "year", Y, "valley regional start"),
 ("l-71", L, "a 71-year-old retired", "71-year-old", "age", 71, 71, "years", Y, "first patient age"),
 ("l-tue", L, "injection on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "first patient injection"),
 ("l-lastmo", L, "Administration last month", "last month", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("l-395", L, "A 395-milligram dose", "395-milligram", "dose", 395, 395, "mg", Y, "qlex q3w dose"),
 ("l-1min", L, "takes about one minute", "one minute", "duration", 1, 1, "minutes", Y, "q3w injection time"),
 ("l-q3w", L, "given every three weeks; a", "every three weeks", "duration", 3, 3, "weeks", Y, "qlex q3w dosing interval"),
 ("l-790", L, "790-milligram dose", "790-milligram", "dose", 790, 790, "mg", Y, "qlex q6w dose"),
 ("l-2min", L, "takes about two minutes", "two minutes", "duration", 2, 2, "minutes", Y, "q6w injection time"),
 ("l-q6w", L, "is given every six weeks. The", "every six weeks", "duration", 6, 6, "weeks", Y, "qlex q6w dosing interval"),
 ("l-2hr", L, "is a two-hour intravenous", "two-hour", "duration", 2, 2, "hours", Y, "iv infusion time"),
 ("l-60", L, "about 60 Keytruda treatments", "60", "count", 60, 60, "treatments", Y, "valley regional monthly keytruda treatments"),
 ("l-18", L, "its 18 infusion chairs", "18", "count", 18, 18, "chairs", Y, "valley regional infusion chairs"),
 ("l-9d", L, "as long as nine days", "nine days", "duration", 9, 9, "days", Y, "chair wait time"),
 ("l-thisyr", L, "nine days this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-third", L, "If even a third", "a third", "percent", 33.3, 33.3, "%", N, "quote, hypothetical"),
 ("l-20", L, "move about 20 patients", "20", "count", 20, 20, "patients", Y, "expected switches first month"),
 ("l-1stmo", L, "in the first month", "first month", "duration", 1, 1, "months", N, "timepoint"),
 ("l-337", L, "a study of 337 patients", "337", "count", 337, 337, "patients", Y, "d77 randomized total"),
 ("l-21", L, "randomly assigned 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "d77 randomization ratio"),
 ("l-400", L, "or to 400 milligrams", "400 milligrams", "dose", 400, 400, "mg", Y, "d77 iv arm dose"),
 ("l-trq6w", L, "both every six weeks with chemotherapy", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("l-lastyr", L, "in March of last year", "March of last year", "date", 2024, 2024, "year", Y, "elcc presentation"),
 ("l-20pct", L, "owe 20% coinsurance", "20%", "percent", 20, 20, "%", Y, "medicare part b coinsurance"),
 ("l-14", L, "contacted all 14 patients", "14", "count", 14, 14, "patients", Y, "patients asking to switch"),
 ("l-273", L, "sales of $27.3 billion", "$27.3 billion", "money", 27300000000, 27300000000, "USD", Y, "keytruda 2024 sales"),
 ("l-2024", L, "$27.3 billion in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-2028", L, "start running out in 2028", "2028", "date", 2028, 2028, "year", Y, "us keytruda key patent expiry"),
 ("l-146", L, "earned Merck $146 billion", "$146 billion", "money", 146000000000, 146000000000, "USD", Y, "keytruda cumulative sales since launch"),
 ("l-2014", L, "$146 billion since 2014", "2014", "date", 2014, 2014, "year", Y, "keytruda first us approval"),
 ("l-90", L, "completed a 90-minute training", "90-minute", "duration", 90, 90, "minutes", Y, "nurse training length"),
 ("l-1998", L, "opened in 1998", "1998", "date", 1998, 1998, "year", N, "background"),
 ("l-1300", L, "about 1,300 new cancer", "1,300", "count", 1300, 1300, "patients", N, "background"),

 # ---- KS07 fact-check (2025-12-02)
 ("f-date", F, "Desk | December 2, 2025", "December 2, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c40", F, "Keytruda \"only works in 40%", "40%", "percent", 40, 40, "%", N, "attributed post claim"),
 ("f-c20", F, "\"will charge 20% more for it", "20%", "percent", 20, 20, "%", N, "attributed post claim"),
 ("f-c2028", F, "patent that runs out in 2028", "2028", "date", 2028, 2028, "year", N, "attributed post claim"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", Y, "post shares"),
 ("f-midnov", F, "since mid-November", "mid-November", "date", 2025, 2025, "year", N, "post date (vague)"),
 ("f-sep19", F, "approved on September 19, 2025", "September 19, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-377", F, "in which 377 people", "377", "count", 377, 377, "patients", Y, "d77 randomized total"),
 ("f-21", F, "randomized 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "d77 randomization ratio"),
 ("f-251", F, "(251 patients)", "251", "count", 251, 251, "patients", Y, "d77 sc arm n"),
 ("f-126", F, "(126 patients)", "126", "count", 126, 126, "patients", Y, "d77 iv arm n"),
 ("f-709", F, "received 709 mg", "709 mg", "dose", 709, 709, "mg", Y, "d77 sc arm dose"),
 ("f-scq6w", F, "709 mg every six weeks", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("f-400", F, "received 400 mg", "400 mg", "dose", 400, 400, "mg", Y, "d77 iv arm dose"),
 ("f-ivq6w", F, "400 mg every six weeks", "every six weeks", "duration", 6, 6, "weeks", Y, "d77 dosing interval"),
 ("f-176", F, "IV, was 1.76", "1.76", "ratio", 1.76, 1.76, "GMR", Y, "d77 ctrough gmr"),
 ("f-08", F, "above the 0.8 threshold", "0.8", "ratio", 0.8, 0.8, "GMR", Y, "noninferiority margin"),
 ("f-q40", F, "post's \"40%\" figure", "40%", "percent", 40, 40, "%", N, "attributed post claim"),
 ("f-454", F, "was 45.4% with the shot", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm"),
 ("f-421", F, "and 42.1% with the IV", "42.1%", "percent", 42.1, 42.1, "%", Y, "d77 orr iv arm"),
 ("f-69", F, "follow-up of 6.9 months", "6.9 months", "duration", 6.9, 6.9, "months", Y, "d77 median follow-up"),
 ("f-65", F, "shot arm was 65", "65", "age", 65, 65, "years", Y, "d77 median age sc arm"),
 ("f-204k", F, "costs about $204,000 a year", "$204,000", "money", 204000, 204000, "USD", Y, "iv keytruda annual list price"),
 ("f-q20", F, "evidence for \"20% more.\"", "20%", "percent", 20, 20, "%", N, "attributed post claim"),
 ("f-2015", F, "first approved in 2015", "2015", "date", 2015, 2015, "year", Y, "keytruda first us approval"),
 ("f-2028", F, "begin expiring in 2028", "2028", "date", 2028, 2028, "year", Y, "us keytruda key patent expiry"),
 ("f-146", F, "about $146 billion in sales", "$146 billion", "money", 146000000000, 146000000000, "USD", Y, "keytruda cumulative sales since launch"),
 ("f-81b", F, "and $8.1 billion in the third", "$8.1 billion", "money", 8100000000, 8100000000, "USD", Y, "keytruda q3 2025 sales"),
 ("f-q3", F, "third quarter of 2025 alone", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-8", F, "up 8% from a year", "8%", "percent", 8, 8, "%", Y, "keytruda q3 2025 growth"),
 ("f-1min", F, "takes about one minute every", "one minute", "duration", 1, 1, "minutes", Y, "q3w injection time"),
 ("f-q3w", F, "one minute every three weeks", "every three weeks", "duration", 3, 3, "weeks", Y, "qlex q3w dosing interval"),
 ("f-2min", F, "or two minutes every six weeks", "two minutes", "duration", 2, 2, "minutes", Y, "q6w injection time"),
 ("f-q6w", F, "two minutes every six weeks, versus", "every six weeks", "duration", 6, 6, "weeks", Y, "qlex q6w dosing interval"),
 ("f-30", F, "roughly 30 minutes for the IV", "30 minutes", "duration", 30, 30, "minutes", Y, "iv infusion time"),
 ("f-dec27", F, "approved December 27, 2024", "December 27, 2024", "date", 2024, 2024, "year", Y, "opdivo qvantig approval"),
 ("f-35", F, "takes three to five minutes", "three to five minutes", "duration", 3, 5, "minutes", Y, "opdivo qvantig injection time"),
 ("f-495", F, "in its 495-patient", "495", "count", 495, 495, "patients", Y, "checkmate-67t randomized total"),
 ("f-24", F, "trial, 24% of patients", "24%", "percent", 24, 24, "%", Y, "checkmate-67t orr sc"),
 ("f-18", F, "versus 18% on the IV", "18%", "percent", 18, 18, "%", Y, "checkmate-67t orr iv"),
 ("f-r40", F, "\"only works in 40% of patients, less than the IV\" is", "40%", "percent", 40, 40, "%", N, "ruling quotes post"),
 ("f-r454", F, "false: 45.4% responded", "45.4%", "percent", 45.4, 45.4, "%", Y, "d77 orr sc arm (ruling)"),
 ("f-r421", F, "versus 42.1% on the IV, a difference", "42.1%", "percent", 42.1, 42.1, "%", Y, "d77 orr iv arm (ruling)"),
 ("f-r20", F, "claim of a 20% price", "20%", "percent", 20, 20, "%", N, "ruling quotes post"),
 ("f-r2028", F, "linked to the 2028 patent", "2028", "date", 2028, 2028, "year", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 D77 randomized total: 337 (L, transposed)
 ("l-337", "w-377", S), ("l-337", "p-377", S), ("l-337", "a-377", S), ("l-337", "e-377", S),
 ("l-337", "b-377", S), ("l-337", "f-377", S),
 # S2 IV arm n: 162 (B, transposed)
 ("b-162", "p-126", S), ("b-162", "a-126", S), ("b-162", "f-126", S),
 # S3 randomization ratio: 1:1 (E)
 ("e-11", "w-21", S), ("e-11", "a-21", S), ("e-11", "l-21", S), ("e-11", "f-21", S),
 # S4 IV-arm ORR: 41.2% (A, transposed)
 ("a-412", "w-421", S), ("a-412", "p-421", S), ("a-412", "b-421", S), ("a-412", "f-421", S), ("a-412", "f-r421", S),
 # S5 median follow-up: 6.9 months (F, transposed)
 ("f-69", "a-96", S), ("f-69", "b-96", S),
 # S6 IV infusion time: two hours (L)
 ("l-2hr", "w-30", S), ("l-2hr", "p-30", S), ("l-2hr", "a-30", S), ("l-2hr", "e-halfhr", S), ("l-2hr", "f-30", S),
 # S7 Q3W injection time: two minutes (E)
 ("e-2minq3", "w-aminute", S), ("e-2minq3", "w-1min", S), ("e-2minq3", "p-1min", S), ("e-2minq3", "l-1min", S),
 ("e-2minq3", "f-1min", S),
 # S8 SC dose: 709 mg (F, transposed)
 ("f-709", "a-790", S), ("f-709", "p-790t", S), ("f-709", "p-790l", S), ("f-709", "e-790", S), ("f-709", "l-790", S),
 # S9 IV trial-arm dose: 200 mg (P, q3w dose swapped in)
 ("p-200t", "a-400", S), ("p-200t", "l-400", S), ("p-200t", "f-400", S), ("p-200t", "e-400", S),
 # S10 Keytruda first approval year: 2015 (F)
 ("f-2015", "w-2014", S), ("f-2015", "e-2014", S), ("f-2015", "b-2014", S), ("f-2015", "l-2014", S),
 # S11 ELCC presentation year: "March of last year" = 2024 (L)
 ("l-lastyr", "a-elccd", S), ("l-lastyr", "p-mar25", S),
 # S12 US key patent expiry: 2029 (B)
 ("b-2029", "w-2028", S), ("b-2029", "e-2028", S), ("b-2029", "l-2028", S), ("b-2029", "f-2028", S),
 # S13 IV annual list price: $240,000 (E, transposed)
 ("e-240k", "w-204k", S), ("e-240k", "b-204k", S), ("e-240k", "f-204k", S),
 # S14 cumulative sales since launch: $164B (W, transposed)
 ("w-164", "b-146", S), ("w-164", "l-146", S), ("w-164", "f-146", S),
 # S15 chair-time reduction: 47.4% (P, treatment-room figure swapped in)
 ("p-474", "a-497", S), ("p-474", "b-497", S),
 # S16 Ctrough GMR: 1.76 (F, transposed)
 ("f-176", "a-167", S), ("f-176", "p-167", S), ("f-176", "b-167", S),
 # S17 median age SC arm: 56 (B, transposed)
 ("b-56", "a-65", S), ("b-56", "f-65", S),
 # S18 CheckMate-67T size: 459 (W, transposed)
 ("w-459", "e-495", S), ("w-459", "b-495", S), ("w-459", "f-495", S),
 # Qualified
 ("a-412", "e-42", Q),
 ("l-273", "w-295", Q), ("l-273", "b-295", Q),
 ("b-10", "f-8", Q),
 ("b-378", "w-377", Q), ("b-378", "p-377", Q), ("b-378", "a-377", Q), ("b-378", "e-377", Q),
 ("b-378", "f-377", Q), ("b-378", "l-337", Q),
 ("p-23min", "a-2min", Q), ("p-23min", "w-2min", Q), ("p-23min", "e-2minq6", Q), ("p-23min", "l-2min", Q),
 ("p-23min", "f-2min", Q),
 ("b-162", "a-126pk", Q),
 # same quantity, but the other side is an optional repeat / attributed claim
 ("b-2029", "f-c2028", Q), ("b-2029", "f-r2028", Q),
 ("f-709", "a-790c", Q), ("p-200t", "a-400c", Q),
 ("l-lastyr", "a-pub", Q),
 ("e-2minq3", "w-h1min", Q), ("e-2minq3", "p-h1min", Q), ("e-2minq3", "b-h1min", Q), ("e-2minq3", "l-h1min", Q),
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        k = frozenset((a, b)); assert k not in seen, (a, b); seen.add(k)
        if g == S and not (reqof[a] and reqof[b]):
            print("STRICT ROW ON OPTIONAL CLAIM", a, b); ok = False
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
