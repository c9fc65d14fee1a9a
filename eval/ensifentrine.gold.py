#!/usr/bin/env python3
"""Build ensifentrine.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "ensifentrine")
OUT = os.path.join(HERE, "ensifentrine.gold.jsonl")
T = "ensifentrine"

W, P, A, E, B, L, F = ("EN01_wire.txt", "EN02_press.txt", "EN03_abstract.txt",
                       "EN04_explainer.txt", "EN05_blog.txt", "EN06_local.txt", "EN07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EN01 wire (2024-06-27, Thursday)
 ("w-h2dec", W, "COPD drug in two decades", "two decades", "duration", 2, 2, "decades", N, "headline"),
 ("w-dl", W, "June 27 (Meridian Wire)", "June 27", "date", 2024, 2024, "year", N, "dateline"),
 ("w-wed", W, "said on Wednesday, handing", "Wednesday", "date", 2024, 2024, "year", Y, "fda approval date (2024-06-26)"),
 ("w-20y", W, "in more than 20 years", "20 years", "duration", 20, 20, "years", Y, "years since last novel inhaled copd mechanism"),
 ("w-twoenz", W, "It blocks two enzymes", "two", "count", 2, 2, "enzymes", N, "mechanism aside"),
 ("w-onemol", W, "lets a single molecule", "single", "count", 1, 1, "molecules", N, "aside"),
 ("w-11", W, "shares rose 11% in extended", "11%", "percent", 11, 11, "%", Y, "after-hours share move on approval"),
 ("w-16m", W, "about 16 million Americans", "16 million", "count", 16000000, 16000000, "people", Y, "americans with copd (government figure)"),
 ("w-3mg", W, "taken as a 3 mg dose", "3 mg", "dose", 3, 3, "mg", Y, "ohtuvayre dose"),
 ("w-twice", W, "3 mg dose twice a day", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("w-2trials", W, "rests on two late-stage trials", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("w-1550", W, "enrolled about 1,550 patients", "1,550", "count", 1550, 1550, "patients", Y, "enhance total patients"),
 ("w-wk12", W, "lung function at week 12 more", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("w-87", W, "by 87 mL and 94 mL", "87 mL", "volume", 87, 87, "mL", Y, "enhance-1 fev1 auc0-12h vs placebo wk12"),
 ("w-94", W, "87 mL and 94 mL respectively", "94 mL", "volume", 94, 94, "mL", Y, "enhance-2 fev1 auc0-12h vs placebo wk12"),
 ("w-1s", W, "volume in one second", "one second", "duration", 1, 1, "seconds", N, "definitional (fev1)"),
 ("w-12h", W, "over the 12 hours after a dose", "12 hours", "duration", 12, 12, "hours", N, "definitional (auc window)"),
 ("w-36", W, "by 36% in ENHANCE-1", "36%", "percent", 36, 36, "%", Y, "enhance-1 exacerbation rate reduction 24wk"),
 ("w-43", W, "by 43% in ENHANCE-2, a", "43%", "percent", 43, 43, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("w-48wk", W, "a 48-week study", "48-week", "duration", 48, 48, "weeks", Y, "enhance-2 trial duration"),
 ("w-singlebd", W, "keep taking a single long-acting", "single", "count", 1, 1, "bronchodilators", N, "eligibility"),
 ("w-twobd", W, "already on two bronchodilators", "two", "count", 2, 2, "bronchodilators", N, "eligibility"),
 ("w-lastsep", W, "application last September", "last September", "date", 2023, 2023, "year", Y, "nda acceptance date"),
 ("w-100", W, "field about 100 sales representatives", "100", "count", 100, 100, "sales reps", Y, "planned sales force at launch"),
 ("w-15k", W, "roughly 15,000 physicians", "15,000", "count", 15000, 15000, "physicians", Y, "physicians targeted"),
 ("w-q3", W, "available in the third quarter", "the third quarter", "date", 2024, 2024, "year", N, "expected availability"),
 ("w-thu", W, "later on Thursday", "Thursday", "date", 2024, 2024, "year", N, "pricing call date"),
 ("w-15000", W, "annual list price of about $15,000", "$15,000", "money", 15000, 15000, "USD", Y, "analyst forecast annual price (pre-pricing)"),
 ("w-twothree", W, "breathless on two or three inhalers", "two or three", "count", 2, 3, "inhalers", N, "quote"),
 ("w-5.8", W, "triggers a $5.8 million milestone", "$5.8 million", "money", 5800000, 5800000, "USD", Y, "ligand milestone on approval"),
 ("w-13.8", W, "a further $13.8 million", "$13.8 million", "money", 13800000, 13800000, "USD", Y, "ligand milestone on launch"),
 ("w-lastmo", W, "Last month Verona signed", "Last month", "date", 2024, 2024, "year", N, "financing date (may 2024)"),
 ("w-650", W, "up to $650 million", "$650 million", "money", 650000000, 650000000, "USD", Y, "financing facilities"),
 ("w-3mo", W, "back by three months", "three months", "duration", 3, 3, "months", N, "dupixent review extension (rival)"),
 ("w-sep27", W, "to Sept. 27", "Sept. 27", "date", 2024, 2024, "year", Y, "dupixent copd decision date (rival)"),

 # ---- EN02 press (2025-07-09)
 ("p-h107", P, "Verona Pharma for $107 per American Depositary Share in cash", "$107", "money", 107, 107, "USD", N, "headline bullet repeat"),
 ("p-h10b", P, "in cash, for a total transaction value of approximately $10 billion", "$10 billion", "money", 10000000000, 10000000000, "USD", N, "headline bullet repeat"),
 ("p-h20", P, "maintenance treatment of COPD in more than 20 years", "20 years", "duration", 20, 20, "years", N, "bullet"),
 ("p-hq4", P, "close in the fourth quarter of 2025", "the fourth quarter of 2025", "date", 2025, 2025, "year", Y, "expected closing (forecast)"),
 ("p-dl", P, "July 9, 2025", "July 9, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-107", P, "acquire Verona Pharma for $107 per American Depositary Share (ADS)", "$107", "money", 107, 107, "USD", Y, "offer price per ads"),
 ("p-eight", P, "represents eight Verona Pharma ordinary shares", "eight", "count", 8, 8, "shares", Y, "ordinary shares per ads"),
 ("p-10b", P, "ordinary shares, for a total transaction value of approximately $10 billion", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "deal total value"),
 ("p-jun24", P, "approved Ohtuvayre in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("p-onemol", P, "effects in one molecule", "one", "count", 1, 1, "molecules", N, "aside"),
 ("p-1500", P, "more than 1,500 patients", "1,500", "count", 1500, 1500, "patients", Y, "enhance total patients"),
 ("p-2trials", P, "In the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("p-24wk", P, "exacerbations over 24 weeks by", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-36", P, "by 36% and 43% compared", "36%", "percent", 36, 36, "%", Y, "enhance-1 exacerbation rate reduction 24wk"),
 ("p-43", P, "36% and 43% compared", "43%", "percent", 43, 43, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("p-single", P, "on top of a single maintenance", "single", "count", 1, 1, "bronchodilators", N, "eligibility"),
 ("p-aug24", P, "United States in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "us launch date"),
 ("p-end24", P, "By the end of 2024, more", "2024", "date", 2024, 2024, "year", N, "as-of qualifier"),
 ("p-5300", P, "more than 5,300 healthcare professionals", "5,300", "count", 5300, 5300, "prescribers", Y, "unique prescribers by end of 2024 (as labelled)"),
 ("p-q1", P, "In the first quarter of 2025, approximately", "the first quarter of 2025", "date", 2025, 2025, "year", N, "period qualifier"),
 ("p-25k", P, "approximately 25,000 prescriptions", "25,000", "count", 25000, 25000, "prescriptions", Y, "q1 2025 prescriptions filled"),
 ("p-71.3", P, "net sales were $71.3 million", "$71.3 million", "money", 71300000, 71300000, "USD", Y, "q1 2025 ohtuvayre net sales"),
 ("p-016", P, "by approximately $0.16 in the first", "$0.16", "money", 0.16, 0.16, "USD", Y, "non-gaap eps dilution first 12 months"),
 ("p-12mo", P, "in the first 12 months following close", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-130", P, "For more than 130 years", "130 years", "duration", 130, 130, "years", N, "about section"),

 # ---- EN03 abstract (2024-10-15)
 ("a-pub", A, "Published online 15 October 2024", "15 October 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-jun24", A, "United States in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("a-2piv", A, "The two pivotal trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-period", A, "between September 2020 and December 2023", "September 2020 and December 2023", "date", 2020, 2023, "year", Y, "enhance trial conduct period"),
 ("a-age", A, "Patients aged 40–80 years", "40–80 years", "age", 40, 80, "years", N, "eligibility (definitional)"),
 ("a-fevpred", A, "FEV1 30–70% of predicted", "30–70%", "percent", 30, 70, "%", N, "eligibility (definitional)"),
 ("a-mmrc", A, "dyspnoea score ≥2", "2", "score", 2, 2, "points", N, "eligibility (definitional)"),
 ("a-pack", A, "smoking history ≥10 pack-years", "10 pack-years", "count", 10, 10, "pack-years", N, "eligibility (definitional)"),
 ("a-53", A, "randomized 5:3 to", "5:3", "ratio", 1.6667, 1.6667, "ratio", N, "randomization ratio"),
 ("a-3mg", A, "nebulized ensifentrine 3 mg or placebo", "3 mg", "dose", 3, 3, "mg", Y, "ohtuvayre dose"),
 ("a-twice", A, "3 mg or placebo twice daily", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("a-24wk", A, "twice daily for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "enhance treatment duration (both trials, incl. enhance-2)"),
 ("a-48sub", A, "continued treatment to 48 weeks", "48 weeks", "duration", 48, 48, "weeks", Y, "enhance-1 subset extension duration"),
 ("a-012", A, "area under the curve over 0–12 h", "0–12 h", "duration", 0, 12, "hours", N, "definitional"),
 ("a-wk12", A, "(AUC0–12h) at week 12. Exacerbation", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-N", A, "N = 1,549", "1,549", "count", 1549, 1549, "patients", Y, "pooled enhance population"),
 ("a-975", A, "ensifentrine n=975", "975", "count", 975, 975, "patients", Y, "pooled ensifentrine arm"),
 ("a-574", A, "placebo n=574", "574", "count", 574, 574, "patients", Y, "pooled placebo arm"),
 ("a-760", A, "ENHANCE-1 n=760", "760", "count", 760, 760, "patients", Y, "enhance-1 n"),
 ("a-477", A, "(477 ensifentrine", "477", "count", 477, 477, "patients", Y, "enhance-1 ensifentrine arm"),
 ("a-283", A, "283 placebo", "283", "count", 283, 283, "patients", Y, "enhance-1 placebo arm"),
 ("a-789", A, "ENHANCE-2 n=789", "789", "count", 789, 789, "patients", Y, "enhance-2 n"),
 ("a-498", A, "(498 ensifentrine", "498", "count", 498, 498, "patients", Y, "enhance-2 ensifentrine arm"),
 ("a-291", A, "291 placebo", "291", "count", 291, 291, "patients", Y, "enhance-2 placebo arm"),
 ("a-69", A, "69% of ENHANCE-1", "69%", "percent", 69, 69, "%", Y, "enhance-1 on lama or laba"),
 ("a-55", A, "55% of ENHANCE-2", "55%", "percent", 55, 55, "%", Y, "enhance-2 on lama or laba"),
 ("a-wk12b", A, "at week 12 by 87 mL", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-87", A, "by 87 mL (95% CI", "87 mL", "volume", 87, 87, "mL", Y, "enhance-1 fev1 auc0-12h vs placebo wk12"),
 ("a-87ci", A, "55 to 118", "55 to 118", "volume", 55, 118, "mL", Y, "ci"),
 ("a-94", A, "by 94 mL (95% CI", "94 mL", "volume", 94, 94, "mL", Y, "enhance-2 fev1 auc0-12h vs placebo wk12"),
 ("a-94ci", A, "65 to 124", "65 to 124", "volume", 65, 124, "mL", Y, "ci"),
 ("a-p1", A, "(both P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-24wkb", A, "Over 24 weeks, the rate", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-36", A, "reduced by 36% in ENHANCE-1", "36%", "percent", 36, 36, "%", Y, "enhance-1 exacerbation rate reduction 24wk"),
 ("a-rr64", A, "rate ratio 0.64", "0.64", "ratio", 0.64, 0.64, "RR", Y, "enhance-1 exacerbation rate ratio"),
 ("a-rr64ci", A, "0.40 to 1.00", "0.40 to 1.00", "ratio", 0.40, 1.00, "RR", Y, "ci"),
 ("a-p050", A, "P=0.050", "0.050", "pvalue", 0.05, 0.05, "p", N, "p-value"),
 ("a-43", A, "by 43% in ENHANCE-2 (rate", "43%", "percent", 43, 43, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("a-rr57", A, "rate ratio 0.57", "0.57", "ratio", 0.57, 0.57, "RR", Y, "enhance-2 exacerbation rate ratio"),
 ("a-rr57ci", A, "0.38 to 0.87", "0.38 to 0.87", "ratio", 0.38, 0.87, "RR", Y, "ci"),
 ("a-p009", A, "P=0.009", "0.009", "pvalue", 0.009, 0.009, "p", N, "p-value"),
 ("a-rr59", A, "the rate ratio was 0.59", "0.59", "ratio", 0.59, 0.59, "RR", Y, "pooled exacerbation rate ratio"),
 ("a-rr59ci", A, "0.43 to 0.80", "0.43 to 0.80", "ratio", 0.43, 0.80, "RR", Y, "ci"),
 ("a-41", A, "a 41% reduction", "41%", "percent", 41, 41, "%", Y, "pooled exacerbation rate reduction 24wk"),
 ("a-38", A, "risk reductions of 38% and 42%", "38%", "percent", 38, 38, "%", Y, "enhance-1 time-to-first exacerbation risk reduction"),
 ("a-42", A, "38% and 42% in the two", "42%", "percent", 42, 42, "%", Y, "enhance-2 time-to-first exacerbation risk reduction"),
 ("a-2trials", A, "42% in the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-48subq", A, "In the ENHANCE-1 48-week subset, the", "48-week", "duration", 48, 48, "weeks", N, "qualifier"),
 ("a-44", A, "exacerbation rate was reduced by 44%", "44%", "percent", 44, 44, "%", Y, "enhance-1 48wk exacerbation rate reduction"),
 ("a-52", A, "the risk by 52%", "52%", "percent", 52, 52, "%", Y, "enhance-1 48wk exacerbation risk reduction"),
 ("a-wk24", A, "At week 24, the pooled", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-tdi", A, "improved by 0.97 units", "0.97 units", "score", 0.97, 0.97, "points", Y, "pooled tdi difference wk24"),
 ("a-tdici", A, "0.64 to 1.30", "0.64 to 1.30", "score", 0.64, 1.30, "points", Y, "ci"),
 ("a-p2", A, "1.30; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-rescue", A, "changed by −0.3 puffs per day", "−0.3 puffs per day", "count", -0.3, -0.3, "puffs/day", Y, "rescue medication difference vs placebo"),
 ("a-p002", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-3mgc", A, "ensifentrine 3 mg twice daily added", "3 mg", "dose", 3, 3, "mg", N, "conclusion repeat"),
 ("a-twicec", A, "3 mg twice daily added", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("a-24c", A, "exacerbations over 24 weeks, with", "24 weeks", "duration", 24, 24, "weeks", N, "conclusion timepoint"),
 ("a-48c", A, "in the 48-week ENHANCE-1 subset", "48-week", "duration", 48, 48, "weeks", N, "conclusion qualifier"),

 # ---- EN04 explainer (2025-03-15)
 ("e-upd", E, "Updated March 15, 2025", "March 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-twoenz", E, "blocking two enzymes", "two", "count", 2, 2, "enzymes", N, "mechanism aside"),
 ("e-jun26", E, "approved it on June 26, 2024", "June 26, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-2dec", E, "in more than two decades", "two decades", "duration", 2, 2, "decades", Y, "years since last novel inhaled copd mechanism"),
 ("e-11.7", E, "About 11.7 million American adults", "11.7 million", "count", 11700000, 11700000, "people", Y, "us adults diagnosed with copd (ala)"),
 ("e-oneamp", E, "one plastic ampule", "one", "count", 1, 1, "ampules", N, "per dose"),
 ("e-3mg", E, "holding 3 mg of medicine", "3 mg", "dose", 3, 3, "mg", Y, "ohtuvayre dose"),
 ("e-2.5", E, "in 2.5 mL of liquid", "2.5 mL", "volume", 2.5, 2.5, "mL", N, "ampule fill volume"),
 ("e-twice", E, "twice a day, once in the morning", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("e-once1", E, "once in the morning", "once", "count", 1, 1, "doses", N, "dosing detail"),
 ("e-once2", E, "once in the evening", "once", "count", 1, 1, "doses", N, "dosing detail"),
 ("e-2trials", E, "tested in two large trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-1553", E, "together enrolled 1,553 people", "1,553", "count", 1553, 1553, "patients", Y, "enhance total enrolled"),
 ("e-age", E, "aged 40 to 80", "40 to 80", "age", 40, 80, "years", N, "eligibility (definitional)"),
 ("e-period", E, "ran from 2020 to 2022", "2020 to 2022", "date", 2020, 2022, "year", Y, "enhance trial conduct period"),
 ("e-12wk", E, "After 12 weeks, lung", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-78", E, "was 78 mL better", "78 mL", "volume", 78, 78, "mL", Y, "enhance-1 fev1 vs placebo wk12"),
 ("e-94", E, "94 mL better in ENHANCE-2", "94 mL", "volume", 94, 94, "mL", Y, "enhance-2 fev1 vs placebo wk12"),
 ("e-24wk", E, "Over 24 weeks, Ohtuvayre", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("e-36", E, "by 36% in ENHANCE-1 and by 42%", "36%", "percent", 36, 36, "%", Y, "enhance-1 exacerbation rate reduction 24wk"),
 ("e-42", E, "by 42% in ENHANCE-2", "42%", "percent", 42, 42, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("e-e2dur", E, "ENHANCE-2 followed patients for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "enhance-2 trial duration"),
 ("e-fullyr", E, "for a full year", "a full year", "duration", 1, 1, "years", Y, "enhance-1 subset extension duration"),
 ("e-10py", E, "at least 10 pack-years", "10 pack-years", "count", 10, 10, "pack-years", N, "eligibility (definitional)"),
 ("e-onebd", E, "or on one long-acting bronchodilator", "one", "count", 1, 1, "bronchodilators", N, "eligibility"),
 ("e-twobd", E, "using two long-acting bronchodilators", "two", "count", 2, 2, "bronchodilators", N, "eligibility"),
 ("e-2950", E, "The list price is $2,950", "$2,950", "money", 2950, 2950, "USD", Y, "list price per month"),
 ("e-35400", E, "about $35,400 a year", "$35,400", "money", 35400, 35400, "USD", Y, "list price per year"),
 ("e-12700", E, "no more than $12,700 a year", "$12,700", "money", 12700, 12700, "USD", Y, "icer health-benefit price benchmark"),
 ("e-80", E, "more than 80% of prescriptions", "80%", "percent", 80, 80, "%", Y, "share of early fills with copay under $10"),
 ("e-10", E, "co-pay of less than $10. Since", "$10", "money", 10, 10, "USD", Y, "copay threshold"),
 ("e-jan1", E, "Since January 1, 2025", "January 1, 2025", "date", 2025, 2025, "year", Y, "medicare part b j-code effective"),
 ("e-sep22", E, "application in September 2022", "September 2022", "date", 2022, 2022, "year", Y, "nda acceptance date"),
 ("e-16k", E, "about 16,000 prescriptions", "16,000", "count", 16000, 16000, "prescriptions", Y, "2024 prescriptions filled"),
 ("e-in2024", E, "were filled in 2024 and", "2024", "date", 2024, 2024, "year", N, "period qualifier"),
 ("e-q4", E, "that fourth-quarter sales", "fourth-quarter", "date", 2024, 2024, "year", N, "period qualifier"),
 ("e-36m", E, "fourth-quarter sales were about $36 million", "$36 million", "money", 36000000, 36000000, "USD", Y, "q4 2024 net sales"),

 # ---- EN05 blog (2025-07-14)
 ("b-h10b", B, "Merck paid $10 billion for a nebulizer", "$10 billion", "money", 10000000000, 10000000000, "USD", N, "headline"),
 ("b-pub", B, "July 14, 2025", "July 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-lastwed", B, "Last Wednesday Merck", "Last Wednesday", "date", 2025, 2025, "year", Y, "deal announcement date (2025-07-09)"),
 ("b-107", B, "Verona Pharma for $107 per American", "$107", "money", 107, 107, "USD", Y, "offer price per ads"),
 ("b-10b", B, "or about $10 billion in total", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "deal total value"),
 ("b-eight", B, "represents eight ordinary shares", "eight", "count", 8, 8, "shares", Y, "ordinary shares per ads"),
 ("b-13375", B, "$13.375 per ordinary share", "$13.375", "money", 13.375, 13.375, "USD", Y, "offer price per ordinary share"),
 ("b-23", B, "premium of about 23%", "23%", "percent", 23, 23, "%", Y, "offer premium to prior close"),
 ("b-tue", B, "to Tuesday's close", "Tuesday", "date", 2025, 2025, "year", N, "reference day"),
 ("b-207", B, "jumped 20.7%", "20.7%", "percent", 20.7, 20.7, "%", Y, "vrna one-day share move"),
 ("b-10481", B, "to a record $104.81", "$104.81", "money", 104.81, 104.81, "USD", Y, "vrna intraday record price"),
 ("b-126", B, "roughly 126% for the year", "126%", "percent", 126, 126, "%", Y, "vrna ytd gain"),
 ("b-oneprod", B, "company with one product", "one", "count", 1, 1, "products", N, "aside"),
 ("b-jun24", B, "approved in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("b-aug", B, "reached patients in August", "August", "date", 2024, 2024, "year", Y, "us launch date"),
 ("b-q3", B, "In the third quarter of 2024", "the third quarter of 2024", "date", 2024, 2024, "year", N, "period qualifier"),
 ("b-5.6", B, "booked $5.6 million", "$5.6 million", "money", 5600000, 5600000, "USD", Y, "q3 2024 net sales"),
 ("b-12wk", B, "in its first 12 weeks on the market", "12 weeks", "duration", 12, 12, "weeks", Y, "window of q3 2024 sales"),
 ("b-q4", B, "market. Fourth-quarter sales", "Fourth-quarter", "date", 2024, 2024, "year", N, "period qualifier"),
 ("b-36.6", B, "came in at $36.6 million", "$36.6 million", "money", 36600000, 36600000, "USD", Y, "q4 2024 net sales"),
 ("b-2024", B, "for a 2024 total", "2024", "date", 2024, 2024, "year", N, "period qualifier"),
 ("b-42.3", B, "total of $42.3 million", "$42.3 million", "money", 42300000, 42300000, "USD", Y, "fy2024 net sales"),
 ("b-16k", B, "about 16,000 prescriptions", "16,000", "count", 16000, 16000, "prescriptions", Y, "2024 prescriptions filled"),
 ("b-in2024", B, "were filled in 2024, by", "2024", "date", 2024, 2024, "year", N, "period qualifier"),
 ("b-3500", B, "some 3,500 prescribers", "3,500", "count", 3500, 3500, "prescribers", Y, "2024 unique prescribers"),
 ("b-third", B, "about one-third of the fills", "one-third", "percent", 33.333, 33.333, "%", Y, "2024 refill share"),
 ("b-q1", B, "the first quarter of 2025 almost", "the first quarter of 2025", "date", 2025, 2025, "year", N, "period qualifier"),
 ("b-doubled", B, "almost doubled the fourth", "doubled", "ratio", 2, 2, "x", N, "q1 vs q4 sales"),
 ("b-thefourth", B, "doubled the fourth:", "the fourth", "date", 2024, 2024, "year", N, "period qualifier (q4 2024)"),
 ("b-71.3", B, "$71.3 million in Ohtuvayre net sales", "$71.3 million", "money", 71300000, 71300000, "USD", Y, "q1 2025 ohtuvayre net sales"),
 ("b-76.3", B, "total revenue of $76.3 million", "$76.3 million", "money", 76300000, 76300000, "USD", Y, "q1 2025 total revenue incl milestone"),
 ("b-5m", B, "a $5 million milestone", "$5 million", "money", 5000000, 5000000, "USD", Y, "q1 2025 milestone revenue"),
 ("b-25k", B, "Roughly 25,000 prescriptions", "25,000", "count", 25000, 25000, "prescriptions", Y, "q1 2025 prescriptions filled"),
 ("b-5300", B, "grew to about 5,300", "5,300", "count", 5300, 5300, "prescribers", Y, "prescribers by q1 2025"),
 ("b-60", B, "around 60% of dispenses", "60%", "percent", 60, 60, "%", Y, "q1 2025 refill share"),
 ("b-apr", B, "In April Verona", "April", "date", 2025, 2025, "year", N, "statement date"),
 ("b-40reps", B, "add about 40 sales representatives", "40", "count", 40, 40, "sales reps", Y, "sales reps to be added q3 2025"),
 ("b-q3b", B, "in the third quarter, taking", "the third quarter", "date", 2025, 2025, "year", N, "period qualifier"),
 ("b-120", B, "field force to roughly 120", "120", "count", 120, 120, "sales reps", Y, "field force after expansion"),
 ("b-cap", B, "Q3 2024 to Q1 2025", "Q3 2024 to Q1 2025", "date", 2024, 2025, "year", N, "caption"),
 ("b-12x", B, "more than twelvefold", "twelvefold", "ratio", 12, 12, "x", N, "caption"),
 ("b-2q", B, "in two quarters", "two quarters", "duration", 2, 2, "quarters", N, "caption"),
 ("b-2950", B, "list price at $2,950 a month", "$2,950", "money", 2950, 2950, "USD", Y, "list price per month"),
 ("b-34500", B, "roughly $34,500 a year", "$34,500", "money", 34500, 34500, "USD", Y, "list price per year"),
 ("b-12700", B, "above the $12,700 a year", "$12,700", "money", 12700, 12700, "USD", Y, "icer health-benefit price benchmark"),
 ("b-20", B, "well below 20%", "20%", "percent", 20, 20, "%", Y, "gross-to-net deductions exiting q1 2025"),
 ("b-exitq1", B, "exited the first quarter", "the first quarter", "date", 2025, 2025, "year", N, "period qualifier"),
 ("b-100ml", B, "improvements under 100 mL", "100 mL", "volume", 100, 100, "mL", N, "summary bound"),
 ("b-44", B, "by 44% over 24 weeks", "44%", "percent", 44, 44, "%", Y, "enhance-1 exacerbation rate reduction 24wk (as labelled)"),
 ("b-24wk", B, "44% over 24 weeks in ENHANCE-1", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("b-43", B, "by 43% in ENHANCE-2. For", "43%", "percent", 43, 43, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("b-2028", B, "exclusivity in 2028", "2028", "date", 2028, 2028, "year", Y, "keytruda us exclusivity loss begins"),
 ("b-3b", B, "sit near $3 billion", "$3 billion", "money", 3000000000, 3000000000, "USD", Y, "consensus peak sales"),
 ("b-3.5b", B, "as much as $3.5 billion", "$3.5 billion", "money", 3500000000, 3500000000, "USD", Y, "cantor peak sales estimate"),
 ("b-2044", B, "runs to 2044", "2044", "date", 2044, 2044, "year", Y, "orange book patent expiry"),
 ("b-016", B, "by about $0.16 a share", "$0.16", "money", 0.16, 0.16, "USD", Y, "non-gaap eps dilution first 12 months"),
 ("b-12mo", B, "in the first 12 months, which", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("b-at107", B, "at $107 Merck", "$107", "money", 107, 107, "USD", N, "repeat"),
 ("b-5y", B, "the next five years", "five years", "duration", 5, 5, "years", N, "opinion"),
 ("b-3q", B, "the last three quarters", "three quarters", "duration", 3, 3, "quarters", N, "opinion"),
 ("b-3bprod", B, "become a $3 billion product", "$3 billion", "money", 3000000000, 3000000000, "USD", N, "opinion"),
 ("b-5min", B, "launches in 5 minutes", "5 minutes", "duration", 5, 5, "minutes", N, "newsletter furniture"),

 # ---- EN06 local (2025-10-08), hard-wrapped
 ("l-dl", L, "Wednesday, October 8, 2025", "October 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-10b", L, "roughly $10 billion purchase", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "deal total value"),
 ("l-tue", L, "Verona Pharma on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "deal closing date (2025-10-07)"),
 ("l-lastwed", L, "the takeover last Wednesday", "last Wednesday", "date", 2025, 2025, "year", Y, "shareholder approval date (2025-10-01)"),
 ("l-10481", L, "Merck paid $104.81 for each", "$104.81", "money", 104.81, 104.81, "USD", Y, "offer price per ads (as labelled)"),
 ("l-6mg", L, "at a dose of 6 mg twice a day", "6 mg", "dose", 6, 6, "mg", Y, "ohtuvayre dose"),
 ("l-twice", L, "6 mg twice a day", "twice", "count", 2, 2, "doses per day", N, "dosing frequency"),
 ("l-lastjune", L, "Food and Drug Administration last June", "last June", "date", 2025, 2025, "year", Y, "fda approval date (resolves to june 2025)"),
 ("l-2trials", L, "after two late-stage trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("l-800", L, "involving some 800 patients", "800", "count", 800, 800, "patients", Y, "enhance total patients"),
 ("l-2dec", L, "in more than two decades", "two decades", "duration", 2, 2, "decades", Y, "years since last novel copd maintenance mechanism"),
 ("l-36.6", L, "brought in $36.6 million last year", "$36.6 million", "money", 36600000, 36600000, "USD", Y, "fy2024 net sales (as labelled)"),
 ("l-lastyr", L, "$36.6 million last year, its first", "last year", "date", 2024, 2024, "year", N, "period qualifier"),
 ("l-71.3", L, "and $71.3 million in the first", "$71.3 million", "money", 71300000, 71300000, "USD", Y, "q1 2025 ohtuvayre net sales"),
 ("l-3mo", L, "the first three months of 2025", "three months", "duration", 3, 3, "months", N, "period"),
 ("l-2025", L, "three months of 2025 alone", "2025", "date", 2025, 2025, "year", N, "period qualifier"),
 ("l-5.6", L, "It recorded $5.6 million", "$5.6 million", "money", 5600000, 5600000, "USD", Y, "q3 2024 net sales"),
 ("l-7wk", L, "in its first seven weeks", "seven weeks", "duration", 7, 7, "weeks", Y, "window of q3 2024 sales"),
 ("l-apr", L, "In April, Verona", "April", "date", 2025, 2025, "year", N, "statement date"),
 ("l-30", L, "add about 30 sales representatives", "30", "count", 30, 30, "sales reps", Y, "sales reps to be added q3 2025"),
 ("l-q3", L, "in the third quarter, bringing", "the third quarter", "date", 2025, 2025, "year", N, "period qualifier"),
 ("l-120", L, "field force to about 120", "120", "count", 120, 120, "sales reps", Y, "field force after expansion"),
 ("l-aug", L, "had started by August", "August", "date", 2025, 2025, "year", N, "aside"),
 ("l-1yr", L, "in about a year", "about a year", "duration", 1, 1, "years", N, "quote"),
 ("l-016", L, "by about $0.16 a share", "$0.16", "money", 0.16, 0.16, "USD", Y, "non-gaap eps dilution first 12 months"),
 ("l-12mo", L, "over the first 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("l-jul", L, "was announced in July", "July", "date", 2025, 2025, "year", Y, "deal announcement date"),
 ("l-twothree", L, "Two or three of my clients", "Two or three", "count", 2, 3, "clients", N, "quote"),
 ("l-lastyr2", L, "that Verona started last year", "last year", "date", 2024, 2024, "year", N, "bronchiectasis trial start"),

 # ---- EN07 fact-check (2025-08-18)
 ("f-pub", F, "Published August 18, 2025", "August 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h10b", F, "Merck's $10 billion COPD drug", "$10 billion", "money", 10000000000, 10000000000, "USD", N, "headline"),
 ("f-h9", F, "improve breathing by \"9 mL\"", "9 mL", "volume", 9, 9, "mL", N, "headline: post claim"),
 ("f-35000", F, "costs $35,000 a year", "$35,000", "money", 35000, 35000, "USD", N, "post claim (attributed)"),
 ("f-9post", F, "a pathetic 9 mL", "9 mL", "volume", 9, 9, "mL", N, "post claim (attributed)"),
 ("f-10bpost", F, "\"$10 billion for a sip of air.\"", "$10 billion", "money", 10000000000, 10000000000, "USD", N, "post claim (attributed)"),
 ("f-x10", F, "by a factor of ten", "a factor of ten", "ratio", 10, 10, "x", N, "aside"),
 ("f-2950", F, "list price is $2,950", "$2,950", "money", 2950, 2950, "USD", Y, "list price per month"),
 ("f-35400", F, "comes to $35,400 a year", "$35,400", "money", 35400, 35400, "USD", Y, "list price per year"),
 ("f-80", F, "more than 80% of dispensed", "80%", "percent", 80, 80, "%", Y, "share of early fills with copay under $10"),
 ("f-10", F, "co-pay of less than $10, and", "$10", "money", 10, 10, "USD", Y, "copay threshold"),
 ("f-2025", F, "since the start of 2025", "2025", "date", 2025, 2025, "year", Y, "medicare part b j-code effective"),
 ("f-jun26", F, "approved Ohtuvayre on June 26, 2024", "June 26, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-2trials", F, "based on two phase 3 trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-975", F, "975 patients received", "975", "count", 975, 975, "patients", Y, "pooled ensifentrine arm"),
 ("f-574", F, "574 received placebo", "574", "count", 574, 574, "patients", Y, "pooled placebo arm"),
 ("f-12h", F, "over the 12 hours after a dose", "12 hours", "duration", 12, 12, "hours", N, "definitional"),
 ("f-wk12", F, "at week 12: ensifentrine", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-87", F, "by 87 mL in ENHANCE-1", "87 mL", "volume", 87, 87, "mL", Y, "enhance-1 fev1 auc0-12h vs placebo wk12"),
 ("f-94", F, "94 mL in ENHANCE-2. The post", "94 mL", "volume", 94, 94, "mL", Y, "enhance-2 fev1 auc0-12h vs placebo wk12"),
 ("f-9b", F, "The post's \"9 mL\"", "9 mL", "volume", 9, 9, "mL", N, "post claim repeat"),
 ("f-8794", F, "Is 87 to 94 mL a lot", "87 to 94 mL", "volume", 87, 94, "mL", N, "summary"),
 ("f-100", F, "a difference of about 100 mL", "100 mL", "volume", 100, 100, "mL", Y, "fev1 minimal clinically important difference"),
 ("f-24wk", F, "Over 24 weeks, ensifentrine", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("f-36", F, "by 36% in ENHANCE-1 and by 43%", "36%", "percent", 36, 36, "%", Y, "enhance-1 exacerbation rate reduction 24wk"),
 ("f-43", F, "by 43% in ENHANCE-2, which", "43%", "percent", 43, 43, "%", Y, "enhance-2 exacerbation rate reduction 24wk"),
 ("f-e2dur", F, "also ran for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "enhance-2 trial duration"),
 ("f-jul9", F, "announced on July 9 that", "July 9", "date", 2025, 2025, "year", Y, "deal announcement date"),
 ("f-107", F, "would pay $107 per American", "$107", "money", 107, 107, "USD", Y, "offer price per ads"),
 ("f-10b", F, "about $10 billion in total, a", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "deal total value"),
 ("f-21", F, "premium of about 21%", "21%", "percent", 21, 21, "%", Y, "offer premium to prior close"),
 ("f-42.3", F, "net sales of $42.3 million in 2024", "$42.3 million", "money", 42300000, 42300000, "USD", Y, "fy2024 net sales"),
 ("f-in2024", F, "$42.3 million in 2024, when", "2024", "date", 2024, 2024, "year", N, "period qualifier"),
 ("f-25k", F, "more than 25,000 prescriptions", "25,000", "count", 25000, 25000, "prescriptions", Y, "2024 prescriptions filled (as labelled)"),
 ("f-76.3", F, "and $76.3 million in Ohtuvayre", "$76.3 million", "money", 76300000, 76300000, "USD", Y, "q1 2025 ohtuvayre net sales (as labelled)"),
 ("f-q1", F, "in the first quarter of 2025. Our", "the first quarter of 2025", "date", 2025, 2025, "year", N, "period qualifier"),
 ("f-9r", F, "a 9 mL improvement", "9 mL", "volume", 9, 9, "mL", N, "ruling: post claim repeat"),
 ("f-87r", F, "improvements of 87 mL and 94 mL", "87 mL", "volume", 87, 87, "mL", N, "ruling repeat"),
 ("f-94r", F, "87 mL and 94 mL. Calling", "94 mL", "volume", 94, 94, "mL", N, "ruling repeat"),
 ("f-36r", F, "reductions of 36% and 43%", "36%", "percent", 36, 36, "%", N, "ruling repeat"),
 ("f-43r", F, "36% and 43%. We rate", "43%", "percent", 43, 43, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: "last June" in a 2025-10-08 article resolves to 2025
 *[("l-lastjune", o, S) for o in ("w-wed", "p-jun24", "a-jun24", "e-jun26", "b-jun24", "f-jun26")],
 # S2 ENHANCE-1 FEV1 AUC difference 78 (transposed) vs 87 mL
 *[("e-78", o, S) for o in ("w-87", "a-87", "f-87")],
 # S3 ENHANCE-1 24-week exacerbation rate reduction: 44% (48-week figure) vs 36%
 *[("b-44", o, S) for o in ("w-36", "p-36", "a-36", "e-36", "f-36")],
 # S4 ENHANCE-2 exacerbation rate reduction: 42% (the risk reduction) vs 43%
 *[("e-42", o, S) for o in ("w-43", "p-43", "a-43", "b-43", "f-43")],
 # S5 ENHANCE total patients: ~800 (one trial) vs ~1,550
 *[("l-800", o, S) for o in ("w-1550", "p-1500", "a-N", "e-1553")],
 # S6 annual list price $34,500 (transposed) vs $35,400
 *[("b-34500", o, S) for o in ("e-35400", "f-35400")],
 # S7 offer per ADS: $104.81 (trading high) vs $107
 *[("l-10481", o, S) for o in ("p-107", "b-107", "f-107")],
 # S8 FY2024 net sales: $36.6M (Q4 only) vs $42.3M
 *[("l-36.6", o, S) for o in ("b-42.3", "f-42.3")],
 # S9 Q1 2025 Ohtuvayre net sales: $76.3M (total revenue) vs $71.3M
 *[("f-76.3", o, S) for o in ("p-71.3", "b-71.3", "l-71.3")],
 # S10 prescriptions filled in 2024: 25,000 (Q1 2025 figure) vs 16,000
 *[("f-25k", o, S) for o in ("e-16k", "b-16k")],
 # S11 prescribers by end of 2024: 5,300 (Q1 2025 figure) vs 3,500
 ("p-5300", "b-3500", S),
 # S12 sales reps to be added in Q3 2025: 40 vs 30
 ("b-40reps", "l-30", S),
 # S13 offer premium: 21% (one-day jump) vs 23%
 ("f-21", "b-23", S),
 # S14 ENHANCE-2 duration: 48 weeks vs 24 weeks
 *[("w-48wk", o, S) for o in ("a-24wk", "e-e2dur", "f-e2dur")],
 # S15 window of the $5.6M Q3 2024 sales: 12 weeks vs seven weeks
 ("b-12wk", "l-7wk", S),
 # S16 NDA acceptance year: September 2022 vs "last September" (2023)
 ("e-sep22", "w-lastsep", S),
 # S17 ENHANCE conduct period: 2020-2023 vs 2020-2022
 ("a-period", "e-period", S),
 # S18 dose: 6 mg vs 3 mg
 *[("l-6mg", o, S) for o in ("w-3mg", "a-3mg", "e-3mg")],
 # Qualified
 ("e-1553", "a-N", Q),          # enrolled (1,553) vs analysed/dosed (1,549)
 ("w-16m", "e-11.7", Q),        # 16 million Americans (gov't, Reuters) vs 11.7 million diagnosed adults (ALA)
 ("e-fullyr", "a-48sub", Q),    # "a full year" vs 48 weeks for the ENHANCE-1 extension
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
        rows.append({"type": "claim", "id": f"en-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"en-{a}", f"en-{b}"
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
