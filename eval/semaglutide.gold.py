#!/usr/bin/env python3
"""Build semaglutide.gold.jsonl from the articles in ./semaglutide/.

Each claim is located by a search pattern that must match exactly once in its
article; the span is the part written between [[ and ]]. Spaces in a pattern
match any run of whitespace (the trade article has hard line breaks).
Every span is checked against the article slice before the gold is written.
Run: python3 semaglutide.gold.py   (from any directory)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPIC = "semaglutide"
DIR = HERE / TOPIC
OUT = HERE / f"{TOPIC}.gold.jsonl"

W, P, A, E, B, T, F = ("sema01_wire.txt", "sema02_press.txt", "sema03_abstract.txt",
                       "sema04_explainer.txt", "sema05_blog.txt", "sema06_trade.txt",
                       "sema07_factcheck.txt")

R, O = True, False  # required / optional
THIRD = 100 / 3

# id, doc, pattern, kind, low, high, unit, required, topic
CLAIMS = [
    # ---------------- sema01_wire.txt (2024-03-08, Friday) ----------------
    ("w-dateline", W, "WASHINGTON, [[March 8]] (Meridian", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
    ("w-fri", W, "regulators on [[Friday]] approved", "date", 2024, 2024, "year", R, "FDA cardiovascular label approval date"),
    ("w-n", W, "more than [[17,000]] adults", "count", 17000, 17000, "participants", R, "select randomized (lower bound)"),
    ("w-ctry", W, "in over [[40]] countries", "count", 40, 40, "countries", R, "select countries (lower bound)"),
    ("w-dose", W, "semaglutide [[2.4 milligrams]]", "dose", 2.4, 2.4, "mg", R, "weekly dose"),
    ("w-age", W, "enrolled was [[45]] or older", "age", 45, 45, "years", R, "minimum age"),
    ("w-bmi", W, "index of at least [[27]] and", "bmi", 27, 27, "kg/m2", R, "minimum bmi"),
    ("w-fu", W, "for up to [[five years]]", "duration", 5, 5, "years", O, "maximum follow-up"),
    ("w-rrr", W, "nonfatal stroke by [[20%]] compared", "percent", 20, 20, "%", R, "MACE relative risk reduction"),
    ("w-mace-s", W, "event struck [[6.5%]] of", "percent", 6.5, 6.5, "%", R, "MACE incidence semaglutide"),
    ("w-mace-p", W, "and [[8%]] of those on placebo", "percent", 8, 8, "%", R, "MACE incidence placebo"),
    ("w-wt-s", W, "average of about [[9.4%]] of their", "percent", 9.4, 9.4, "%", R, "weight loss semaglutide at 2 years"),
    ("w-2y", W, "body weight after [[two years]]", "duration", 2, 2, "years", O, "timepoint"),
    ("w-wt-p", W, "compared with [[8.8%]] among those on placebo", "percent", 8.8, 8.8, "%", R, "weight loss placebo at 2 years (planted: 0.88 -> 8.8)"),
    ("w-nov", W, "published in [[November]] in the New England", "date", 2023, 2023, "year", R, "full results publication date"),
    ("w-2021", W, "weight management in [[June 2021]]", "date", 2021, 2021, "year", R, "obesity approval date"),
    ("w-price", W, "list price is [[$1,394.02]] for", "money", 1394.02, 1394.02, "USD", R, "list price per month (planted transposition)"),
    ("w-2003", W, "barred by a [[2003]] law", "date", 2003, 2003, "year", O, "medicare modernization act year (aside)"),
    ("w-jump", W, "rose as much as [[16.7%]] in August", "percent", 16.7, 16.7, "%", R, "novo share jump on topline day (intraday max)"),
    ("w-aug", W, "16.7% in [[August]], the day", "date", 2023, 2023, "year", R, "topline results date"),
    ("w-2dec", W, "more than [[two decades]]", "duration", 2, 2, "decades", O, "aside"),
    ("w-fri2", W, "On [[Friday]] the U.S.-listed", "date", 2024, 2024, "year", O, "trading day (repeat)"),
    ("w-zepnov", W, "cleared by the FDA in [[November]] but", "date", 2023, 2023, "year", R, "zepbound approval date"),
    ("w-2027", W, "results until [[2027]]", "date", 2027, 2027, "year", O, "surmount-mmo readout forecast"),
    ("w-bmi31", W, "a BMI of [[31]]", "bmi", 31, 31, "kg/m2", O, "hypothetical patient in quote"),

    # ---------------- sema02_press.txt (2023-11-11) ----------------
    ("p-dose", P, "Semaglutide [[2.4 mg]] significantly", "dose", 2.4, 2.4, "mg", R, "weekly dose (title)"),
    ("p-date", P, "Denmark, [[11 November 2023]]", "date", 2023, 2023, "year", O, "dateline (publication metadata)"),
    ("p-today", P, "Novo Nordisk [[today]] presented", "date", 2023, 2023, "year", O, "presentation date (relative, = dateline)"),
    ("p-n", P, "SELECT enrolled [[17,604]] adults", "count", 17604, 17604, "participants", R, "select randomized"),
    ("p-age", P, "adults aged [[45]] years or older", "age", 45, 45, "years", R, "minimum age"),
    ("p-sites", P, "at more than [[800]] sites", "count", 800, 800, "sites", R, "select sites (lower bound)"),
    ("p-ctry", P, "sites in [[41]] countries", "count", 41, 41, "countries", R, "select countries"),
    ("p-fu", P, "followed for up to [[five years]]", "duration", 5, 5, "years", O, "maximum follow-up"),
    ("p-three", P, "All [[three]] components", "count", 3, 3, "components", O, "definitional"),
    ("p-rrr", P, "or non-fatal stroke, by [[20%]] compared", "percent", 20, 20, "%", R, "MACE relative risk reduction"),
    ("p-hr", P, "(hazard ratio [[0.80]];", "ratio", 0.80, 0.80, "HR", R, "MACE hazard ratio"),
    ("p-ci", P, "95% CI [[0.72–0.90]])", "ci", 0.72, 0.90, "HR", R, "MACE hazard ratio 95% CI"),
    ("p-569", P, "occurred in [[569]] people", "count", 569, 569, "participants", R, "MACE events semaglutide"),
    ("p-701", P, "and in [[701]] people", "count", 701, 701, "participants", R, "MACE events placebo"),
    ("p-acm", P, "was reduced by [[19%]]", "percent", 19, 19, "%", R, "all-cause death relative reduction"),
    ("p-acm-hr", P, "(hazard ratio [[0.81]])", "ratio", 0.81, 0.81, "HR", R, "all-cause death hazard ratio"),
    ("p-hf", P, "endpoint by [[18%]]", "percent", 18, 18, "%", R, "heart failure composite relative reduction"),
    ("p-cvd", P, "Cardiovascular death was [[15%]] lower", "percent", 15, 15, "%", R, "cv death relative reduction"),
    ("p-sae-s", P, "reported by [[33.4%]] of people", "percent", 33.4, 33.4, "%", R, "serious adverse events semaglutide"),
    ("p-sae-p", P, "and [[36.4%]] of those on placebo", "percent", 36.4, 36.4, "%", R, "serious adverse events placebo"),
    ("p-2024", P, "regulatory decisions in [[2024]]", "date", 2024, 2024, "year", O, "expected decision (forecast)"),
    ("p-2018", P, "began in [[October 2018]]", "date", 2018, 2018, "year", O, "trial start (About)"),
    ("p-1270", P, "In total, [[1,270]] first MACE", "count", 1270, 1270, "events", O, "total first MACE events (About)"),
    ("p-topline", P, "announced on [[8 August 2023]]", "date", 2023, 2023, "year", O, "topline date (About)"),
    ("p-bmi30", P, "with a BMI of [[30]] kg/m²", "bmi", 30, 30, "kg/m2", O, "obesity label threshold (About)"),
    ("p-bmi27", P, "or higher, or [[27]] kg/m²", "bmi", 27, 27, "kg/m2", O, "overweight label threshold (About)"),
    ("p-1923", P, "founded in [[1923]]", "date", 1923, 1923, "year", O, "About company"),
    ("p-emp", P, "employs about [[63,000]] people", "count", 63000, 63000, "employees", O, "About company"),
    ("p-80", P, "people in [[80]] countries", "count", 80, 80, "countries", O, "About company"),
    ("p-170", P, "around [[170]] countries", "count", 170, 170, "countries", O, "About company"),

    # ---------------- sema03_abstract.txt (2024-09-16) ----------------
    ("a-dose-t", A, "Semaglutide [[2.4 mg]] and cardiovascular", "dose", 2.4, 2.4, "mg", O, "dose (title)"),
    ("a-sites", A, "trial at [[804]] sites", "count", 804, 804, "sites", R, "select sites"),
    ("a-ctry", A, "sites in [[41]] countries", "count", 41, 41, "countries", R, "select countries"),
    ("a-age", A, "aged ≥[[45]] years", "age", 45, 45, "years", R, "minimum age"),
    ("a-bmi", A, "(BMI) ≥[[27]] kg/m²", "bmi", 27, 27, "kg/m2", R, "minimum bmi"),
    ("a-ratio", A, "randomised [[1:1]] to", "ratio", 1, 1, "allocation", O, "allocation ratio"),
    ("a-titr", A, "escalated over [[16 weeks]] to", "duration", 16, 16, "weeks", R, "titration period"),
    ("a-dose", A, "over 16 weeks to [[2.4 mg]], or matching", "dose", 2.4, 2.4, "mg", R, "target dose"),
    ("a-n", A, "N = [[17,604]] (", "count", 17604, 17604, "participants", R, "select randomized"),
    ("a-n-s", A, "semaglutide n=[[8803]];", "count", 8803, 8803, "participants", R, "semaglutide arm size"),
    ("a-n-p", A, "placebo n=[[8801]])", "count", 8801, 8801, "participants", R, "placebo arm size"),
    ("a-agemean", A, "Mean age [[61.6]] years", "age", 61.6, 61.6, "years", R, "mean age"),
    ("a-men", A, "[[72.3%]] men", "percent", 72.3, 72.3, "%", R, "share men"),
    ("a-bmimean", A, "mean BMI [[33.3]].", "bmi", 33.3, 33.3, "kg/m2", R, "mean bmi"),
    ("a-fu", A, "follow-up was [[39.8]]±9.4 months", "duration", 39.8, 39.8, "months", R, "mean follow-up"),
    ("a-fu-sd", A, "39.8±[[9.4]] months", "duration", 9.4, 9.4, "months", O, "SD of follow-up"),
    ("a-exp", A, "trial drug was [[34.2]]±13.7 months", "duration", 34.2, 34.2, "months", R, "mean exposure to trial drug"),
    ("a-exp-sd", A, "34.2±[[13.7]] months", "duration", 13.7, 13.7, "months", O, "SD of exposure"),
    ("a-569", A, "Primary endpoint: [[569]] events", "count", 569, 569, "participants", R, "MACE events semaglutide"),
    ("a-65", A, "569 events ([[6.5%]])", "percent", 6.5, 6.5, "%", R, "MACE incidence semaglutide"),
    ("a-701", A, "semaglutide vs [[701]] (8.0%)", "count", 701, 701, "participants", R, "MACE events placebo"),
    ("a-80", A, "701 ([[8.0%]]) with placebo", "percent", 8.0, 8.0, "%", R, "MACE incidence placebo"),
    ("a-hr", A, "hazard ratio (HR) [[0.80]] (", "ratio", 0.80, 0.80, "HR", R, "MACE hazard ratio"),
    ("a-ci", A, "95% CI, [[0.72 to 0.90]]; P<0.001)", "ci", 0.72, 0.90, "HR", R, "MACE hazard ratio 95% CI"),
    ("a-p1", A, "0.72 to 0.90; P<[[0.001]])", "pvalue", 0.001, 0.001, "p", O, "p value MACE"),
    ("a-cvd-s", A, "Cardiovascular death: [[2.5%]] vs", "percent", 2.5, 2.5, "%", R, "cv death incidence semaglutide"),
    ("a-cvd-p", A, "2.5% vs [[3.0%]]; HR", "percent", 3.0, 3.0, "%", R, "cv death incidence placebo"),
    ("a-cvd-hr", A, "3.0%; HR [[0.85]] (", "ratio", 0.85, 0.85, "HR", R, "cv death hazard ratio"),
    ("a-cvd-ci", A, "95% CI, [[0.71 to 1.01]];", "ci", 0.71, 1.01, "HR", R, "cv death 95% CI"),
    ("a-p07", A, "P=[[0.07]]", "pvalue", 0.07, 0.07, "p", O, "p value cv death"),
    ("a-hf-hr", A, "Heart-failure composite: HR [[0.82]]", "ratio", 0.82, 0.82, "HR", R, "heart failure composite hazard ratio"),
    ("a-hf-ci", A, "95% CI, [[0.71 to 0.96]])", "ci", 0.71, 0.96, "HR", R, "heart failure composite 95% CI"),
    ("a-acm-hr", A, "Death from any cause: HR [[0.81]]", "ratio", 0.81, 0.81, "HR", R, "all-cause death hazard ratio"),
    ("a-acm-ci", A, "95% CI, [[0.71 to 0.93]])", "ci", 0.71, 0.93, "HR", R, "all-cause death 95% CI"),
    ("a-wk104", A, "baseline to [[week 104]]", "duration", 104, 104, "weeks", O, "timepoint"),
    ("a-wt-s", A, "was [[−9.39%]] with semaglutide", "percent", -9.39, -9.39, "%", R, "weight change semaglutide at 104 weeks"),
    ("a-wt-p", A, "and [[−0.88%]] with placebo", "percent", -0.88, -0.88, "%", R, "weight change placebo at 104 weeks"),
    ("a-wt-d", A, "(difference [[−8.51]] percentage points", "percent", -8.51, -8.51, "percentage points", R, "weight change difference at 104 weeks"),
    ("a-wt-ci", A, "95% CI, [[−8.75 to −8.27]])", "ci", -8.75, -8.27, "percentage points", R, "weight difference 95% CI"),
    ("a-dc-n", A, "occurred in [[1461]] participants", "count", 1461, 1461, "participants", R, "discontinued for AEs semaglutide"),
    ("a-dc-s", A, "participants ([[16.6%]]) receiving", "percent", 16.6, 16.6, "%", R, "discontinuation for AEs semaglutide"),
    ("a-dc-pn", A, "semaglutide and [[718]] (8.2%)", "count", 718, 718, "participants", R, "discontinued for AEs placebo"),
    ("a-dc-p", A, "718 ([[8.2%]]) receiving placebo", "percent", 8.2, 8.2, "%", R, "discontinuation for AEs placebo"),
    ("a-p2", A, "receiving placebo (P<[[0.001]])", "pvalue", 0.001, 0.001, "p", O, "p value discontinuation"),
    ("a-sae-s", A, "Serious adverse events: [[33.4%]] vs", "percent", 33.4, 33.4, "%", R, "serious adverse events semaglutide"),
    ("a-sae-p", A, "33.4% vs [[36.4%]] (", "percent", 36.4, 36.4, "%", R, "serious adverse events placebo"),
    ("a-p3", A, "36.4% (P<[[0.001]])", "pvalue", 0.001, 0.001, "p", O, "p value serious AEs"),
    ("a-hfn", A, "analysis [3]: [[4,286]] of the", "count", 4286, 4286, "participants", R, "participants with heart failure at baseline"),
    ("a-hfpct", A, "participants ([[24.3%]]) had", "percent", 24.3, 24.3, "%", R, "share with heart failure at baseline"),
    ("a-hfpef", A, "ejection fraction, [[2,273]];", "count", 2273, 2273, "participants", R, "HFpEF subgroup size"),
    ("a-hfref", A, "reduced, [[1,347]];", "count", 1347, 1347, "participants", R, "HFrEF subgroup size"),
    ("a-hfun", A, "unclassified, [[666]])", "count", 666, 666, "participants", R, "unclassified HF subgroup size"),
    ("a-hf-mace", A, "HR for MACE was [[0.72]] (", "ratio", 0.72, 0.72, "HR", R, "MACE HR in HF subgroup"),
    ("a-hf-mace-ci", A, "95% CI, [[0.60 to 0.87]])", "ci", 0.60, 0.87, "HR", R, "MACE HR 95% CI in HF subgroup"),
    ("a-hf-hf", A, "heart-failure composite [[0.79]] (", "ratio", 0.79, 0.79, "HR", R, "HF composite HR in HF subgroup"),
    ("a-hf-hf-ci", A, "0.79 ([[0.64 to 0.98]])", "ci", 0.64, 0.98, "HR", R, "HF composite 95% CI in HF subgroup"),
    ("a-hf-cv", A, "cardiovascular death [[0.76]] (", "ratio", 0.76, 0.76, "HR", R, "cv death HR in HF subgroup"),
    ("a-hf-cv-ci", A, "0.76 ([[0.59 to 0.97]])", "ci", 0.59, 0.97, "HR", R, "cv death 95% CI in HF subgroup"),
    ("a-dose-c", A, "semaglutide [[2.4 mg]] weekly reduced", "dose", 2.4, 2.4, "mg", O, "dose (repeat)"),
    ("a-3y", A, "mean of more than [[three years]]", "duration", 3, 3, "years", O, "mean follow-up (rounded repeat)"),
    ("a-twice", A, "roughly [[twice]] as many", "ratio", 2, 2, "ratio", O, "discontinuation ratio (repeat)"),
    ("a-hr2", A, "MACE (HR [[0.80]]) is similar", "ratio", 0.80, 0.80, "HR", O, "MACE HR (repeat)"),
    ("a-abs", A, "absolute difference was [[1.5 percentage points]]", "percent", 1.5, 1.5, "percentage points", R, "absolute MACE risk difference"),

    # ---------------- sema04_explainer.txt (2024-04-30) ----------------
    ("e-upd", E, "Updated [[April 30, 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
    ("e-dose", E, "weekly dose of [[2.4 mg]]", "dose", 2.4, 2.4, "mg", R, "weekly dose"),
    ("e-2021", E, "weight management in [[2021]]", "date", 2021, 2021, "year", R, "obesity approval date"),
    ("e-n", E, "included more than [[17,000]] adults", "count", 17000, 17000, "participants", R, "select randomized (lower bound)"),
    ("e-half1", E, "[[Half]] got Wegovy", "percent", 50, 50, "%", O, "allocation"),
    ("e-half2", E, "and [[half]] got a placebo", "percent", 50, 50, "%", O, "allocation"),
    ("e-mace-s", E, "about [[6.5 in every 100]] people", "percent", 6.5, 6.5, "%", R, "MACE incidence semaglutide"),
    ("e-mace-p", E, "it was [[8 in every 100]]", "percent", 8, 8, "%", R, "MACE incidence placebo"),
    ("e-cvd", E, "alone were [[15%]] lower", "percent", 15, 15, "%", R, "cv death relative reduction"),
    ("e-bmi27", E, "a BMI of [[27]] or more", "bmi", 27, 27, "kg/m2", R, "overweight threshold"),
    ("e-bmi30", E, "a BMI of [[30]] or more", "bmi", 30, 30, "kg/m2", R, "obesity threshold"),
    ("e-step", E, "lost close to [[15%]] of their", "percent", 15, 15, "%", R, "STEP 1 weight loss semaglutide"),
    ("e-68", E, "over [[68 weeks]]", "duration", 68, 68, "weeks", O, "timepoint"),
    ("e-step-p", E, "about [[2%]] on placebo", "percent", 2, 2, "%", R, "STEP 1 weight loss placebo"),
    ("e-16", E, "over the first [[16 weeks]]", "duration", 16, 16, "weeks", O, "titration period"),
    ("e-dc", E, "In SELECT, about [[8%]] of people taking Wegovy stopped", "percent", 8, 8, "%", R, "discontinuation for AEs semaglutide (planted: placebo arm's figure)"),
    ("e-price", E, "list price is [[$1,349.02]] for", "money", 1349.02, 1349.02, "USD", R, "list price per 28 days"),
    ("e-28", E, "for a [[28-day]] supply", "duration", 28, 28, "days", O, "package duration"),
    ("e-pens", E, "which is [[four]] pens", "count", 4, 4, "pens", O, "pens per package"),
    ("e-yr", E, "to about [[$16,000]] a year", "money", 16000, 16000, "USD", R, "list price per year"),
    ("e-elig", E, "estimates that about [[3.6 million]] people", "count", 3600000, 3600000, "beneficiaries", R, "medicare beneficiaries eligible (KFF)"),
    ("e-share", E, "or [[17%]] of all beneficiaries", "percent", 17, 17, "%", R, "eligible share of all medicare beneficiaries (planted: 7 -> 17)"),
    ("e-oop", E, "pay roughly [[$325 to $430]] a month", "money", 325, 430, "USD", R, "monthly part D cost sharing before cap"),
    ("e-2025", E, "In [[2025]] that limit", "date", 2025, 2025, "year", R, "year of $2,000 cap"),
    ("e-cap", E, "will be [[$2,000]]", "money", 2000, 2000, "USD", R, "part D out-of-pocket cap 2025"),

    # ---------------- sema05_blog.txt (2025-06-12) ----------------
    ("b-pub", B, "[[June 12, 2025]] ·", "date", 2025, 2025, "year", O, "publication metadata"),
    ("b-mar23", B, "to Wegovy in [[March 2023]]", "date", 2023, 2023, "year", R, "FDA cardiovascular label approval date (planted: year off by one)"),
    ("b-dose", B, "weekly semaglutide [[2.4 mg]] or placebo", "dose", 2.4, 2.4, "mg", R, "weekly dose"),
    ("b-rrr", B, "cardiovascular death) by [[28%]] compared", "percent", 28, 28, "%", R, "MACE relative risk reduction (planted: 1-0.72)"),
    ("b-3y", B, "over [[three-plus years]]", "duration", 3, 3, "years", O, "follow-up (vague)"),
    ("b-n", B, "counted [[17,605]] participants", "count", 17605, 17605, "participants", R, "select enrolled (baseline paper)"),
    ("b-4y", B, "[[Four-year]] data published", "duration", 4, 4, "years", O, "timepoint"),
    ("b-ly", B, "data published [[last year]]", "date", 2024, 2024, "year", O, "publication of 4-year data"),
    ("b-208", B, "At [[208 weeks]],", "duration", 208, 208, "weeks", O, "timepoint"),
    ("b-wt-s", B, "were down [[10.2%]] from", "percent", 10.2, 10.2, "%", R, "weight loss semaglutide at 208 weeks"),
    ("b-wt-p", B, "against [[1.5%]] on placebo", "percent", 1.5, 1.5, "%", R, "weight loss placebo at 208 weeks"),
    ("b-dc", B, "Roughly [[one in six]] people", "percent", 100 / 6, 100 / 6, "%", R, "discontinuation for AEs semaglutide"),
    ("b-halve", B, "expectations [[halve]] that", "ratio", 0.5, 0.5, "ratio", O, "opinion"),
    ("b-price", B, "unchanged at [[$1,349.02]] per", "money", 1349.02, 1349.02, "USD", R, "list price per four-pen carton"),
    ("b-pens", B, "per [[four-pen]] carton", "count", 4, 4, "pens", O, "pens per package"),
    ("b-yr", B, "about [[$16,188]] a year", "money", 16188, 16188, "USD", R, "list price per year"),
    ("b-mar25", B, "In [[March]], Novo began", "date", 2025, 2025, "year", R, "NovoCare cash price launch"),
    ("b-499", B, "patients for [[$499]] a month", "money", 499, 499, "USD", R, "cash price per month"),
    ("b-elig", B, "estimated that [[3.6 million]] beneficiaries", "count", 3600000, 3600000, "beneficiaries", R, "medicare beneficiaries eligible (KFF)"),
    ("b-diab", B, "but [[1.9 million]] of them", "count", 1900000, 1900000, "beneficiaries", R, "eligible beneficiaries with diabetes"),
    ("b-new", B, "closer to [[1.7 million]]", "count", 1700000, 1700000, "beneficiaries", R, "newly eligible beneficiaries"),
    ("b-cap", B, "capped at [[$2,000]] this year", "money", 2000, 2000, "USD", R, "part D out-of-pocket cap 2025"),
    ("b-ty", B, "$2,000 [[this year]]", "date", 2025, 2025, "year", O, "year of cap"),
    ("b-400", B, "paid around [[$400]] a month", "money", 400, 400, "USD", O, "anecdotal monthly cost sharing"),
    ("b-15", B, "among the [[15]] drugs", "count", 15, 15, "drugs", R, "drugs selected for negotiation"),
    ("b-jan", B, "chosen in [[January]] for", "date", 2025, 2025, "year", R, "negotiation selection date"),
    ("b-2027", B, "take effect in [[2027]]", "date", 2027, 2027, "year", R, "negotiated prices effective"),
    ("b-zprice", B, "lists at [[$1,059.87]] a month", "money", 1059.87, 1059.87, "USD", R, "zepbound list price per month"),
    ("b-z209", B, "produced [[20.9%]] weight loss", "percent", 20.9, 20.9, "%", R, "SURMOUNT-1 weight loss"),
    ("b-72", B, "at [[72 weeks]]", "duration", 72, 72, "weeks", O, "timepoint"),
    ("b-aug", B, "On the [[August 2023]] morning", "date", 2023, 2023, "year", R, "topline results date"),
    ("b-jump", B, "shares jumped [[17%]]", "percent", 17, 17, "%", R, "novo share jump on topline day"),
    ("b-bmi", B, "your BMI is [[27]] or above", "bmi", 27, 27, "kg/m2", R, "minimum bmi"),
    ("b-capt1", B, "change over [[four years]]. Caption", "duration", 4, 4, "years", O, "image caption"),
    ("b-capt2", B, "the SELECT [[four-year]] analysis", "duration", 4, 4, "years", O, "image caption"),
    ("b-spring", B, "the cap in [[spring]]", "date", 2025, 2025, "year", O, "anecdote timing"),
    ("b-rel75", B, "Statins after [[75]]:", "age", 75, 75, "years", O, "related-link title"),

    # ---------------- sema06_trade.txt (2024-04-26, hard line breaks) ----------------
    ("t-hl", T, "eligible pool at [[3.6 million]]", "count", 3600000, 3600000, "beneficiaries", O, "headline repeat"),
    ("t-wed", T, "KFF estimated on [[Wednesday]] that", "date", 2024, 2024, "year", R, "KFF analysis date"),
    ("t-elig", T, "Wednesday that [[3.6 million]] beneficiaries", "count", 3600000, 3600000, "beneficiaries", R, "medicare beneficiaries eligible (KFF)"),
    ("t-share", T, "beneficiaries, or [[7%]] of", "percent", 7, 7, "%", R, "eligible share of all medicare beneficiaries"),
    ("t-2020", T, "based on [[2020]] data", "date", 2020, 2020, "year", O, "data year"),
    ("t-1in4", T, "is about [[one in four]] of", "percent", 25, 25, "%", R, "eligible share of beneficiaries with overweight/obesity"),
    ("t-137", T, "of the [[13.7 million]] people", "count", 13700000, 13700000, "beneficiaries", R, "medicare beneficiaries with overweight/obesity"),
    ("t-diab", T, "Roughly [[1.9 million]] of the", "count", 1900000, 1900000, "beneficiaries", R, "eligible beneficiaries with diabetes"),
    ("t-36rep", T, "1.9 million of the [[3.6 million]] also", "count", 3600000, 3600000, "beneficiaries", O, "repeat"),
    ("t-mar", T, "came in [[March]], when", "date", 2024, 2024, "year", R, "CMS guidance date"),
    ("t-10", T, "If [[10%]] of the", "percent", 10, 10, "%", O, "hypothetical uptake"),
    ("t-360", T, "about [[360,000]] people", "count", 360000, 360000, "people", O, "hypothetical users"),
    ("t-28b", T, "estimated [[$2.8 billion]]", "money", 2.8e9, 2.8e9, "USD", O, "hypothetical added part D spending"),
    ("t-1300", T, "roughly [[$1,300]] per month", "money", 1300, 1300, "USD", R, "list price per month (KFF rounding)"),
    ("t-oop", T, "face [[$325 to $430]] a month", "money", 325, 430, "USD", R, "monthly part D cost sharing before cap"),
    ("t-3300", T, "about [[$3,300]] this year", "money", 3300, 3300, "USD", R, "part D out-of-pocket cap 2024"),
    ("t-ty", T, "$3,300 [[this year]]", "date", 2024, 2024, "year", O, "year of cap"),
    ("t-cap", T, "falls to [[$2,000]] in 2025", "money", 2000, 2000, "USD", R, "part D out-of-pocket cap 2025"),
    ("t-2025a", T, "$2,000 in [[2025]] under", "date", 2025, 2025, "year", R, "year of $2,000 cap"),
    ("t-bmi", T, "mass index of at least [[27]].", "bmi", 27, 27, "kg/m2", R, "minimum bmi (plan criteria)"),
    ("t-2025b", T, "hold off until [[2025]], when", "date", 2025, 2025, "year", O, "forecast of plan timing"),
    ("t-n", T, "the [[17,064]]-participant SELECT", "count", 17064, 17064, "participants", R, "select randomized (planted transposition)"),
    ("t-dose", T, "weekly semaglutide [[2.4 mg]] lowered", "dose", 2.4, 2.4, "mg", R, "weekly dose"),
    ("t-fu", T, "mean follow-up of [[34.2 months]]", "duration", 34.2, 34.2, "months", R, "mean follow-up (planted: exposure figure)"),
    ("t-rel2025", T, "redesign in [[2025]]:", "date", 2025, 2025, "year", O, "related-link title"),

    # ---------------- sema07_factcheck.txt (2024-03-21) ----------------
    ("f-hl80", F, "cut heart attacks by [[80%]], and", "percent", 80, 80, "%", O, "false post's figure (headline)"),
    ("f-25a", F, "patients will pay \"[[$25 a month]]", "money", 25, 25, "USD", O, "false post's figure"),
    ("f-80b", F, "by [[80 percent]].\"", "percent", 80, 80, "%", O, "false post's figure (quoted)"),
    ("f-80d", F, "Where \"[[80 percent]]\" comes", "percent", 80, 80, "%", O, "false post's figure (subheading)"),
    ("f-rrr", F, "was a [[20%]] relative reduction", "percent", 20, 20, "%", R, "MACE relative risk reduction"),
    ("f-80c", F, "relative reduction, not [[80%]]", "percent", 80, 80, "%", O, "false post's figure (rebutted)"),
    ("f-date", F, "On [[March 8, 2024]], the Food", "date", 2024, 2024, "year", R, "FDA cardiovascular label approval date"),
    ("f-2021", F, "approved since [[2021]]", "date", 2021, 2021, "year", R, "obesity approval date"),
    ("f-n", F, "trial of more than [[17,000]] adults", "count", 17000, 17000, "participants", R, "select randomized (lower bound)"),
    ("f-bmi", F, "body mass index of [[27]] or higher", "bmi", 27, 27, "kg/m2", R, "minimum bmi"),
    ("f-mace-s", F, "Over the study, [[6.5%]] of participants", "percent", 6.5, 6.5, "%", R, "MACE incidence semaglutide"),
    ("f-mace-p", F, "compared with [[8.0%]] on placebo", "percent", 8.0, 8.0, "%", R, "MACE incidence placebo"),
    ("f-hr", F, "hazard ratio of [[0.80]] (", "ratio", 0.80, 0.80, "HR", R, "MACE hazard ratio"),
    ("f-ci", F, "95% CI, [[0.72 to 0.98]])", "ci", 0.72, 0.98, "HR", R, "MACE hazard ratio 95% CI (planted: 0.90 -> 0.98)"),
    ("f-08", F, "\"The [[0.8]] is the risk", "ratio", 0.8, 0.8, "HR", O, "hazard ratio in quote (repeat)"),
    ("f-quad", F, "but it [[quadruples]] the benefit", "ratio", 4, 4, "ratio", O, "quote"),
    ("f-wt", F, "a little over [[10%]] of their body weight", "percent", 10, 10, "%", R, "weight loss semaglutide at 2 years (planted: 4-year figure)"),
    ("f-2y", F, "body weight at [[two years]]", "duration", 2, 2, "years", O, "timepoint"),
    ("f-25b", F, "for the \"[[$25 a month]]\" figure", "money", 25, 25, "USD", O, "false post's figure (rebutted)"),
    ("f-pub", F, "Published [[March 21, 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
]

# Every further "2.4 mg" in an article is an optional repeat of the dose.
AUTO_OPTIONAL = [(P, "2.4 mg", "dose", 2.4, "mg", "dose (repeat)")]

# a, b, grade — pairs across documents
CONFLICTS = [
    # S1 trial size: 17,064 (transposition) vs 17,604
    ("t-n", "p-n", "strict"), ("t-n", "a-n", "strict"),
    # S2 MACE relative risk reduction: 28% vs 20%
    ("b-rrr", "w-rrr", "strict"), ("b-rrr", "p-rrr", "strict"), ("b-rrr", "f-rrr", "strict"),
    # S3 MACE HR CI: 0.72-0.98 vs 0.72-0.90
    ("f-ci", "p-ci", "strict"), ("f-ci", "a-ci", "strict"),
    # S4 discontinuation for AEs on semaglutide: 8% vs 16.6% / one in six
    ("e-dc", "a-dc-s", "strict"), ("e-dc", "b-dc", "strict"),
    # S5 placebo weight change at 2 years: 8.8% vs -0.88%
    ("w-wt-p", "a-wt-p", "strict"),
    # S6 FDA cardiovascular approval year: 2023 vs 2024
    ("b-mar23", "w-fri", "strict"), ("b-mar23", "f-date", "strict"),
    # S7 list price per month: $1,394.02 vs $1,349.02
    ("w-price", "e-price", "strict"), ("w-price", "b-price", "strict"),
    # S8 mean follow-up: 34.2 months vs 39.8 months
    ("t-fu", "a-fu", "strict"),
    # S9 weight loss on semaglutide at two years: "a little over 10%" vs 9.39% / 9.4%
    ("f-wt", "a-wt-s", "strict"), ("f-wt", "w-wt-s", "strict"),
    # S10 eligible share of all Medicare beneficiaries: 17% vs 7%
    ("e-share", "t-share", "strict"),
    # qualified
    ("w-jump", "b-jump", "qualified"),          # intraday max 16.7% vs "jumped 17%"
    ("b-n", "p-n", "qualified"), ("b-n", "a-n", "qualified"), ("b-n", "t-n", "qualified"),  # enrolled (baseline paper) 17,605
    ("t-1300", "w-price", "qualified"),        # "roughly $1,300" (KFF rounding) vs $1,394.02
    ("t-fu", "a-3y", "qualified"), ("t-fu", "b-3y", "qualified"),  # 34.2 months vs vague "more than three years" / "three-plus years"
]


def find(text, pattern):
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", pattern, re.S)
    if not m:
        raise ValueError(f"no [[span]] in {pattern!r}")
    pre, span, post = m.groups()

    def rx(s):
        return r"\s+".join(re.escape(part) for part in s.split(" "))
    reg = re.compile(rx(pre) + "(" + rx(span) + ")" + rx(post))
    hits = list(reg.finditer(text))
    if len(hits) != 1:
        raise ValueError(f"pattern {pattern!r} matched {len(hits)} times")
    return hits[0].start(1), hits[0].end(1)


def main():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(DIR.glob("*.txt"))}
    rows, ids, spans = [], set(), {}
    for cid, doc, pat, kind, lo, hi, unit, req, topic in CLAIMS:
        if cid in ids:
            sys.exit(f"duplicate id {cid}")
        ids.add(cid)
        s, e = find(texts[doc], pat)
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e,
                     "span": texts[doc][s:e], "kind": kind, "low": lo, "high": hi,
                     "unit": unit, "required": req, "topic": topic})
        spans.setdefault(doc, []).append((s, e, cid))
    for doc, lit, kind, val, unit, topic in AUTO_OPTIONAL:
        k = 0
        for m in re.finditer(re.escape(lit), texts[doc]):
            s, e = m.span()
            if any(s < e2 and s2 < e for s2, e2, _ in spans.get(doc, [])):
                continue
            k += 1
            cid = f"{doc[:6]}-auto{k}"
            rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e,
                         "span": texts[doc][s:e], "kind": kind, "low": val, "high": val,
                         "unit": unit, "required": False, "topic": topic})
            spans[doc].append((s, e, cid))
            ids.add(cid)
    # checks: spans equal slices, no overlaps within a doc
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["span"]
    for doc, lst in spans.items():
        lst.sort()
        for (s1, e1, a), (s2, e2, b) in zip(lst, lst[1:]):
            if s2 < e1:
                sys.exit(f"overlapping spans {a} {b} in {doc}")
    docof = {r["id"]: r["doc"] for r in rows}
    seen = set()
    for a, b, g in CONFLICTS:
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert g in ("strict", "qualified")
        key = frozenset((a, b))
        assert key not in seen, (a, b)
        seen.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": g})
    rows.sort(key=lambda r: (r["type"] != "claim", r.get("doc", ""), r.get("start", 0)))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    claims = [r for r in rows if r["type"] == "claim"]
    conf = [r for r in rows if r["type"] == "conflict"]
    print(f"claims {len(claims)} (required {sum(r['required'] for r in claims)}, "
          f"optional {sum(not r['required'] for r in claims)}); conflicts {len(conf)} "
          f"(strict {sum(r['grade'] == 'strict' for r in conf)}, "
          f"qualified {sum(r['grade'] == 'qualified' for r in conf)})")
    for doc in texts:
        n = sum(1 for r in claims if r["doc"] == doc)
        print(f"  {doc}: {n} claims, {len(texts[doc].split())} words")


if __name__ == "__main__":
    main()
