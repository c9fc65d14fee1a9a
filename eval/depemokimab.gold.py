#!/usr/bin/env python3
"""Build depemokimab.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "depemokimab")
OUT = os.path.join(HERE, "depemokimab.gold.jsonl")
T = "depemokimab"

W, P, A, E, B, L, F = ("DK01_wire.txt", "DK02_press.txt", "DK03_abstract.txt",
                       "DK04_explainer.txt", "DK05_blog.txt", "DK06_local.txt", "DK07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- DK01 wire (2025-12-17, a Wednesday)
 ("w-h2x", W, "GSK's twice-yearly asthma shot", "twice-yearly", "count", 2, 2, "doses/year", N, "headline: doses a year"),
 ("w-dl", W, "LONDON, Dec 17", "Dec 17", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday approved", "Tuesday", "date", 2025, 2025, "year", Y, "fda approval date (2025-12-16)"),
 ("w-2x", W, "given only twice a year", "twice", "count", 2, 2, "doses/year", N, "doses a year"),
 ("w-6mo", W, "designed to be given every six months", "six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("w-18", W, "patients aged 18 and older", "18", "age", 18, 18, "years", Y, "us asthma label minimum age"),
 ("w-day", W, "came a day after", "a day", "duration", 1, 1, "days", N, "gap uk to us approval"),
 ("w-mon", W, "the drug on Monday", "Monday", "date", 2025, 2025, "year", Y, "uk mhra approval date (2025-12-15)"),
 ("w-fri", W, "On Friday the European", "Friday", "date", 2025, 2025, "year", Y, "chmp positive opinion date (2025-12-12)"),
 ("w-q1", W, "first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "ec decision expected (forecast)"),
 ("w-2tr", W, "on two replicate phase", "two", "count", 2, 2, "trials", N, "number of swift trials"),
 ("w-sep24", W, "in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "swift nejm publication"),
 ("w-2inj", W, "studies, two 100 mg", "two", "count", 2, 2, "doses", N, "doses in swift"),
 ("w-100", W, "two 100 mg injections", "100 mg", "dose", 100, 100, "mg", Y, "dose per injection"),
 ("w-26", W, "26 weeks apart", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("w-58", W, "by 58% and 48%", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction"),
 ("w-48", W, "58% and 48% respectively", "48%", "percent", 48, 48, "%", Y, "swift-2 exacerbation rate reduction"),
 ("w-52", W, "placebo over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "swift treatment period"),
 ("w-762", W, "Across the 762 patients", "762", "count", 762, 762, "patients", Y, "swift efficacy analysis (analysed)"),
 ("w-502", W, "502 on depemokimab", "502", "count", 502, 502, "patients", Y, "swift depemokimab arm analysed"),
 ("w-260", W, "and 260 on placebo", "260", "count", 260, 260, "patients", Y, "swift placebo arm analysed"),
 ("w-72", W, "showed a 72% fall", "72%", "percent", 72, 72, "%", Y, "swift pooled hosp/ed exacerbation reduction"),
 ("w-2an", W, "came from two further trials", "two", "count", 2, 2, "trials", N, "number of anchor trials"),
 ("w-528", W, "which enrolled 528 adults", "528", "count", 528, 528, "patients", Y, "anchor total participants"),
 ("w-21", W, "randomly assigned 2:1", "2:1", "ratio", 2, 2, "ratio", Y, "anchor randomisation ratio"),
 ("w-1yr", W, "blockage at one year", "one year", "duration", 1, 1, "years", N, "anchor timepoint"),
 ("w-48wk", W, "turning up every four or eight weeks", "four or eight weeks", "duration", 4, 8, "weeks", N, "quote: other biologics' intervals"),
 ("w-2vis", W, "Two visits a year", "Two", "count", 2, 2, "visits/year", N, "quote"),
 ("w-6moq", W, "for the full six months", "six months", "duration", 6, 6, "months", N, "quote"),
 ("w-3bn", W, "more than 3 billion pounds", "3 billion pounds", "money", 3000000000, 3000000000, "GBP", Y, "gsk peak annual sales forecast"),
 ("w-4bn", W, "($4 billion)", "$4 billion", "money", 4000000000, 4000000000, "USD", Y, "gsk peak annual sales forecast (usd)"),
 ("w-2016", W, "for severe asthma in 2016", "2016", "date", 2016, 2016, "year", Y, "nucala (mepolizumab) us asthma approval year"),
 ("w-4wk", W, "is injected every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "nucala dosing interval"),
 ("w-26m", W, "More than 26 million people", "26 million", "count", 26000000, 26000000, "people", Y, "us people with asthma"),
 ("w-80", W, "over 80% of severe cases", "80%", "percent", 80, 80, "%", Y, "severe asthma with type 2 inflammation"),
 ("w-2m", W, "about 2 million Americans", "2 million", "count", 2000000, 2000000, "people", Y, "us people with severe asthma"),

 # ---- DK02 press release (2026-01-06)
 ("p-2dose", P, "sustained efficacy with two doses a year", "two", "count", 2, 2, "doses/year", N, "doses a year (bullet)"),
 ("p-dec25", P, "US FDA in December 2025", "December 2025", "date", 2025, 2025, "year", N, "uk and us approvals (bullet summary)"),
 ("p-iss", P, "Issued: 6 January 2026", "6 January 2026", "date", 2026, 2026, "year", N, "issue date = japan approval ('today')"),
 ("p-100", P, "depemokimab 100 mg was given", "100 mg", "dose", 100, 100, "mg", Y, "dose per injection"),
 ("p-26", P, "once every 26 weeks on top", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("p-52", P, "exacerbations over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "swift treatment period"),
 ("p-58", P, "by 58% and 48%", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction"),
 ("p-48", P, "58% and 48% respectively", "48%", "percent", 48, 48, "%", Y, "swift-2 exacerbation rate reduction"),
 ("p-72", P, "was reduced by 72%", "72%", "percent", 72, 72, "%", Y, "swift pooled hosp/ed exacerbation reduction"),
 ("p-528", P, "together enrolled 528 adults", "528", "count", 528, 528, "patients", Y, "anchor total participants"),
 ("p-wk52", P, "polyp score at week 52", "week 52", "duration", 52, 52, "weeks", N, "anchor timepoint"),
 ("p-a1nps", P, "difference -0.7 in ANCHOR-1", "-0.7", "score", -0.7, -0.7, "points", Y, "anchor-1 nasal polyp score difference"),
 ("p-a2nps", P, "and -0.6 in ANCHOR-2", "-0.6", "score", -0.6, -0.6, "points", Y, "anchor-2 nasal polyp score difference"),
 ("p-wk4952", P, "over weeks 49 to 52", "49 to 52", "duration", 49, 52, "weeks", N, "obstruction assessment window"),
 ("p-a1obs", P, "(-0.25 in ANCHOR-1", "-0.25", "score", -0.25, -0.25, "points", Y, "anchor-1 nasal obstruction difference"),
 ("p-a2obs", P, "and -0.23 in ANCHOR-2", "-0.23", "score", -0.23, -0.23, "points", Y, "anchor-2 nasal obstruction difference"),
 ("p-4tr", P, "Across all four trials", "four", "count", 4, 4, "trials", N, "number of phase iii trials"),
 ("p-2inj", P, "with just two injections a year", "two", "count", 2, 2, "doses/year", N, "quote"),
 ("p-uk", P, "on 15 December 2025 in both", "15 December 2025", "date", 2025, 2025, "year", Y, "uk mhra approval date"),
 ("p-fda", P, "on 16 December 2025 as an", "16 December 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("p-12", P, "patients aged 12 years and older", "12", "age", 12, 12, "years", Y, "us asthma label minimum age"),
 ("p-mar25", P, "for review in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "fda bla acceptance"),
 ("p-chmp", P, "opinion on 12 December 2025", "12 December 2025", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("p-80", P, "Over 80% of patients with severe asthma", "80%", "percent", 80, 80, "%", Y, "severe asthma with type 2 inflammation"),
 ("p-85", P, "present in up to 85% of patients", "85%", "percent", 85, 85, "%", Y, "crswnp with type 2 inflammation"),
 ("p-6mo", P, "dosing once every six months", "six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("p-2024", P, "Form 20-F for 2024", "2024", "date", 2024, 2024, "year", N, "boilerplate reference year"),

 # ---- DK03 abstract (2025-03-01)
 ("a-t2x", A, "Twice-yearly depemokimab for chronic", "Twice-yearly", "count", 2, 2, "doses/year", N, "title"),
 ("a-t2", A, "ANCHOR-2): two replicate", "two", "count", 2, 2, "trials", N, "title: number of trials"),
 ("a-pub", A, "Published online 1 March 2025", "1 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-80", A, "present in up to 80% of patients", "80%", "percent", 80, 80, "%", Y, "crswnp with type 2 inflammation"),
 ("a-26bg", A, "allowing dosing every 26 weeks", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("a-762", A, "(N = 762)", "762", "count", 762, 762, "patients", Y, "swift efficacy analysis (analysed)"),
 ("a-52sw", A, "over 52 weeks by 58%", "52 weeks", "duration", 52, 52, "weeks", Y, "swift treatment period"),
 ("a-58", A, "by 58% and 48%", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction"),
 ("a-48", A, "58% and 48% compared", "48%", "percent", 48, 48, "%", Y, "swift-2 exacerbation rate reduction"),
 ("a-190", A, "concurrently at 190 centres", "190", "count", 190, 190, "centres", Y, "anchor sites"),
 ("a-16", A, "in 16 countries", "16", "count", 16, 16, "countries", Y, "anchor countries"),
 ("a-18", A, "Adults aged 18 years or older", "18", "age", 18, 18, "years", Y, "anchor minimum age"),
 ("a-nps5", A, "score of at least 5", "5", "score", 5, 5, "points", N, "eligibility threshold"),
 ("a-max8", A, "(maximum 8)", "8", "score", 8, 8, "points", N, "scale maximum"),
 ("a-11", A, "randomly assigned 1:1", "1:1", "ratio", 1, 1, "ratio", Y, "anchor randomisation ratio"),
 ("a-100", A, "to depemokimab 100 mg or placebo", "100 mg", "dose", 100, 100, "mg", Y, "dose per injection"),
 ("a-26m", A, "subcutaneously every 26 weeks", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("a-08", A, "polyp score (0–8)", "0–8", "score", 0, 8, "points", N, "scale range"),
 ("a-wk52", A, "(0–8) at week 52", "week 52", "duration", 52, 52, "weeks", N, "anchor timepoint"),
 ("a-03", A, "verbal response scale, 0–3", "0–3", "score", 0, 3, "points", N, "scale range"),
 ("a-4952", A, "over weeks 49–52", "49–52", "duration", 49, 52, "weeks", N, "obstruction assessment window"),
 ("a-528", A, "Of 528 participants", "528", "count", 528, 528, "patients", Y, "anchor total participants"),
 ("a-528n", A, "(N = 528;", "528", "count", 528, 528, "patients", N, "repeat"),
 ("a-271", A, "ANCHOR-1 n=271", "271", "count", 271, 271, "patients", Y, "anchor-1 participants"),
 ("a-257", A, "ANCHOR-2 n=257", "257", "count", 257, 257, "patients", Y, "anchor-2 participants"),
 ("a-272", A, "272 received depemokimab", "272", "count", 272, 272, "patients", Y, "anchor depemokimab arm"),
 ("a-143", A, "(143 and 129)", "143", "count", 143, 143, "patients", Y, "anchor-1 depemokimab arm"),
 ("a-129", A, "143 and 129)", "129", "count", 129, 129, "patients", Y, "anchor-2 depemokimab arm"),
 ("a-256", A, "256 received placebo", "256", "count", 256, 256, "patients", Y, "anchor placebo arm"),
 ("a-128a", A, "(128 and 128)", "128", "count", 128, 128, "patients", Y, "anchor-1 placebo arm"),
 ("a-128b", A, "and 128)", "128", "count", 128, 128, "patients", Y, "anchor-2 placebo arm"),
 ("a-a1nps", A, "treatment difference −0.7", "−0.7", "score", -0.7, -0.7, "points", Y, "anchor-1 nasal polyp score difference"),
 ("a-a1ci", A, "−1.1 to −0.3", "−1.1 to −0.3", "score", -1.1, -0.3, "points", Y, "ci"),
 ("a-p1", A, "−0.3; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-a2nps", A, "(−0.6, −1.0", "−0.6", "score", -0.6, -0.6, "points", Y, "anchor-2 nasal polyp score difference"),
 ("a-a2ci", A, "−1.0 to −0.2", "−1.0 to −0.2", "score", -1.0, -0.2, "points", Y, "ci"),
 ("a-p2", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-intnps", A, "integrated difference was −0.7", "−0.7", "score", -0.7, -0.7, "points", Y, "anchor pooled nasal polyp score difference"),
 ("a-intci", A, "−0.9 to −0.4", "−0.9 to −0.4", "score", -0.9, -0.4, "points", Y, "ci"),
 ("a-a1obs", A, "(−0.23; P=0.047)", "−0.23", "score", -0.23, -0.23, "points", Y, "anchor-1 nasal obstruction difference"),
 ("a-p3", A, "P=0.047", "0.047", "pvalue", 0.047, 0.047, "p", N, "p-value"),
 ("a-a2obs", A, "(−0.25; P=0.025)", "−0.25", "score", -0.25, -0.25, "points", Y, "anchor-2 nasal obstruction difference"),
 ("a-p4", A, "P=0.025", "0.025", "pvalue", 0.025, 0.025, "p", N, "p-value"),
 ("a-intobs", A, "difference of −0.24", "−0.24", "score", -0.24, -0.24, "points", Y, "anchor pooled nasal obstruction difference"),
 ("a-intobsci", A, "−0.39 to −0.08", "−0.39 to −0.08", "score", -0.39, -0.08, "points", Y, "ci"),
 ("a-snot", A, "improved by −8.1 points", "−8.1 points", "score", -8.1, -8.1, "points", Y, "snot-22 difference"),
 ("a-snotci", A, "−13.9 to −2.3", "−13.9 to −2.3", "score", -13.9, -2.3, "points", Y, "ci"),
 ("a-p5", A, "nominal P=0.007", "0.007", "pvalue", 0.007, 0.007, "p", N, "p-value"),
 ("a-lm", A, "score by −2.5", "−2.5", "score", -2.5, -2.5, "points", Y, "lund-mackay ct difference"),
 ("a-lmci", A, "−3.4 to −1.7", "−3.4 to −1.7", "score", -3.4, -1.7, "points", Y, "ci"),
 ("a-p6", A, "−1.7; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-scs26", A, "(26% vs 36%", "26%", "percent", 26, 26, "%", Y, "anchor systemic steroid use, depemokimab"),
 ("a-scs36", A, "26% vs 36%", "36%", "percent", 36, 36, "%", Y, "anchor systemic steroid use, placebo"),
 ("a-or", A, "odds ratio 0.58", "0.58", "ratio", 0.58, 0.58, "OR", Y, "steroid use odds ratio"),
 ("a-orci", A, "0.40–0.86", "0.40–0.86", "ratio", 0.40, 0.86, "OR", Y, "ci"),
 ("a-p7", A, "P=0.006", "0.006", "pvalue", 0.006, 0.006, "p", N, "p-value"),
 ("a-s16", A, "occurred in 16% of", "16%", "percent", 16, 16, "%", Y, "anchor surgery/waiting list, depemokimab"),
 ("a-s22", A, "and 22% of the placebo", "22%", "percent", 22, 22, "%", Y, "anchor surgery/waiting list, placebo"),
 ("a-hr", A, "hazard ratio 0.735", "0.735", "ratio", 0.735, 0.735, "HR", Y, "surgery hazard ratio"),
 ("a-hrci", A, "0.495–1.092", "0.495–1.092", "ratio", 0.495, 1.092, "HR", Y, "ci"),
 ("a-p8", A, "P=0.128", "0.128", "pvalue", 0.128, 0.128, "p", N, "p-value"),
 ("a-c2", A, "Two doses of depemokimab a year", "Two", "count", 2, 2, "doses/year", N, "conclusion"),
 ("a-c52", A, "placebo over 52 weeks in adults", "52 weeks", "duration", 52, 52, "weeks", N, "anchor treatment period"),
 ("a-c2x", A, "Twice-yearly dosing could", "Twice-yearly", "count", 2, 2, "doses/year", N, "conclusion"),
 ("a-24wk", A, "every 2 to 4 weeks", "2 to 4 weeks", "duration", 2, 4, "weeks", Y, "existing biologics' dosing interval"),

 # ---- DK04 explainer (2026-01-20)
 ("e-t2x", E, "The twice-a-year asthma injection", "twice-a-year", "count", 2, 2, "doses/year", N, "title"),
 ("e-upd", E, "Updated 20 January 2026", "20 January 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-2x", E, "it is given only twice a year", "twice", "count", 2, 2, "doses/year", N, "doses a year"),
 ("e-dec24", E, "approve it, in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "uk mhra approval date"),
 ("e-12", E, "people aged 12 and over", "12", "age", 12, 12, "years", Y, "uk asthma licence minimum age"),
 ("e-300", E, "at least 300 cells per microlitre", "300", "count", 300, 300, "cells/uL", Y, "eosinophil threshold, previous 12 months"),
 ("e-12mo", E, "in the previous 12 months", "12 months", "duration", 12, 12, "months", N, "threshold window"),
 ("e-150", E, "or at least 150 at the screening", "150", "count", 150, 150, "cells/uL", Y, "eosinophil threshold at screening"),
 ("e-single", E, "Each dose is a single", "single", "count", 1, 1, "injections", N, "injections per dose"),
 ("e-300mg", E, "single 300 mg injection", "300 mg", "dose", 300, 300, "mg", Y, "dose per injection"),
 ("e-6mo", E, "given every six months by a nurse", "six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("e-2015", E, "first approved in the US in 2015", "2015", "date", 2015, 2015, "year", Y, "nucala (mepolizumab) us asthma approval year"),
 ("e-4wk", E, "is given every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "nucala dosing interval"),
 ("e-8wk", E, "benralizumab every eight weeks", "eight weeks", "duration", 8, 8, "weeks", Y, "benralizumab dosing interval"),
 ("e-3d", E, "after the first three doses", "three", "count", 3, 3, "doses", N, "benralizumab loading doses"),
 ("e-2wk", E, "dupilumab every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "dupilumab dosing interval"),
 ("e-2sw", E, "comes from two trials called SWIFT-1", "two", "count", 2, 2, "trials", N, "number of swift trials"),
 ("e-792", E, "which enrolled 792 people", "792", "count", 792, 792, "patients", Y, "swift enrolment (randomised)"),
 ("e-1yr", E, "followed them for a year", "a year", "duration", 1, 1, "years", Y, "swift treatment period"),
 ("e-58", E, "by 58% in SWIFT-1", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction"),
 ("e-52", E, "by 52% in SWIFT-2", "52%", "percent", 52, 52, "%", Y, "swift-2 exacerbation rate reduction"),
 ("e-half", E, "attacks fell by more than half", "more than half", "percent", 50, 50, "%", Y, "swift pooled exacerbation reduction (lower bound)"),
 ("e-2tog", E, "Put together, the two trials", "two", "count", 2, 2, "trials", N, "number of swift trials"),
 ("e-1pc", E, "SWIFT-1, 1% of people", "1%", "percent", 1, 1, "%", Y, "swift-1 hosp/ed exacerbation, depemokimab"),
 ("e-8pc", E, "compared with 8% on placebo", "8%", "percent", 8, 8, "%", Y, "swift-1 hosp/ed exacerbation, placebo"),
 ("e-4pc", E, "figures were 4% and 10%", "4%", "percent", 4, 4, "%", Y, "swift-2 hosp/ed exacerbation, depemokimab"),
 ("e-10pc", E, "4% and 10%", "10%", "percent", 10, 10, "%", Y, "swift-2 hosp/ed exacerbation, placebo"),
 ("e-2an", E, "Two trials called ANCHOR-1", "Two", "count", 2, 2, "trials", N, "number of anchor trials"),
 ("e-528", E, "the drug in 528 adults", "528", "count", 528, 528, "patients", Y, "anchor total participants"),
 ("e-ayear", E, "After a year, polyps", "a year", "duration", 1, 1, "years", N, "anchor timepoint"),
 ("e-quarter", E, "About a quarter of people", "a quarter", "percent", 25, 25, "%", N, "rounded restatement of 26%"),
 ("e-26", E, "depemokimab (26%)", "26%", "percent", 26, 26, "%", Y, "anchor systemic steroid use, depemokimab"),
 ("e-36", E, "compared with 36% on placebo", "36%", "percent", 36, 36, "%", Y, "anchor systemic steroid use, placebo"),
 ("e-16", E, "and 16% went on", "16%", "percent", 16, 16, "%", Y, "anchor surgery/waiting list, depemokimab"),
 ("e-22", E, "compared with 22%", "22%", "percent", 22, 22, "%", Y, "anchor surgery/waiting list, placebo"),
 ("e-1in10", E, "more than 1 in 10 people", "1 in 10", "percent", 10, 10, "%", Y, "common side effect frequency (mhra)"),
 ("e-42m", E, "more than 42 million people in Europe have severe asthma", "42 million", "count", 42000000, 42000000, "people", Y, "people with severe asthma in europe"),
 ("e-nice", E, "guidance on 25 March 2026", "25 March 2026", "date", 2026, 2026, "year", Y, "nice guidance expected date"),

 # ---- DK05 blog (2026-03-10)
 ("b-pub", B, "10 March 2026 · 7 min read", "10 March 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-t2", B, "Two jabs a year: what", "Two", "count", 2, 2, "doses/year", N, "title"),
 ("b-2x", B, "the twice-yearly antibody", "twice-yearly", "count", 2, 2, "doses/year", N, "doses a year"),
 ("b-lastdec", B, "licence last December", "last December", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-lastmo", B, "followed last month", "last month", "date", 2026, 2026, "year", Y, "ec approval date"),
 ("b-2015", B, "for severe asthma in 2015", "2015", "date", 2015, 2015, "year", Y, "nucala (mepolizumab) us asthma approval year"),
 ("b-2inj", B, "given as two injections", "two", "count", 2, 2, "doses", N, "doses a year"),
 ("b-26apart", B, "two injections 26 weeks apart", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("b-48wk", B, "instead of every four or eight weeks", "four or eight weeks", "duration", 4, 8, "weeks", N, "other biologics' intervals"),
 ("b-sep24", B, "Medicine in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "swift nejm publication"),
 ("b-12", B, "Patients were aged 12 and over", "12", "age", 12, 12, "years", Y, "swift minimum age"),
 ("b-2att", B, "had at least two attacks", "two", "count", 2, 2, "exacerbations", Y, "swift eligibility: prior-year exacerbations"),
 ("b-21", B, "randomised two to one", "two to one", "ratio", 2, 2, "ratio", Y, "swift randomisation ratio"),
 ("b-26len", B, "trials that lasted 26 weeks", "26 weeks", "duration", 26, 26, "weeks", Y, "swift treatment period"),
 ("b-502", B, "502 people got depemokimab", "502", "count", 502, 502, "patients", Y, "swift depemokimab arm analysed"),
 ("b-290", B, "and 290 got placebo", "290", "count", 290, 290, "patients", Y, "swift placebo arm analysed"),
 ("b-54", B, "attacks by 54%", "54%", "percent", 54, 54, "%", Y, "swift-1 exacerbation rate reduction"),
 ("b-72", B, "fell by 72%", "72%", "percent", 72, 72, "%", Y, "swift pooled hosp/ed exacerbation reduction"),
 ("b-002", B, "rate was 0.02 a year", "0.02", "rate", 0.02, 0.02, "per patient-year", Y, "pooled hosp/ed rate, depemokimab"),
 ("b-009", B, "against 0.09 on placebo", "0.09", "rate", 0.09, 0.09, "per patient-year", Y, "pooled hosp/ed rate, placebo"),
 ("b-cap", B, "Source: NEJM, 2024", "2024", "date", 2024, 2024, "year", N, "caption source year"),
 ("b-40", B, "Up to 40% of people", "40%", "percent", 40, 40, "%", Y, "severe asthma with comorbid crswnp"),
 ("b-69", B, "reduced attacks by 69%", "69%", "percent", 69, 69, "%", Y, "swift crswnp subgroup exacerbation reduction"),
 ("b-jan", B, "which approved it in January", "January", "date", 2026, 2026, "year", Y, "japan approval date"),
 ("b-4bn", B, "more than £4 billion a year", "£4 billion", "money", 4000000000, 4000000000, "GBP", Y, "gsk peak annual sales forecast"),
 ("b-2xa", B, "Twice a year is a real", "Twice", "count", 2, 2, "doses/year", N, "opinion"),
 ("b-2xb", B, "\"twice-yearly\" is not", "twice-yearly", "count", 2, 2, "doses/year", N, "opinion"),
 ("b-m5", B, "again at month five", "month five", "duration", 5, 5, "months", N, "advice"),

 # ---- DK06 trade, hard-wrapped (2026-02-18)
 ("l-h6", L, "GSK's six-monthly asthma biologic", "six-monthly", "duration", 6, 6, "months", N, "headline: dosing interval"),
 ("l-dl", L, "18 February 2026", "18 February 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("l-tue", L, "Commission on Tuesday approved", "Tuesday", "date", 2026, 2026, "year", Y, "ec approval date (2026-02-17)"),
 ("l-12", L, "in patients aged 12 and over", "12", "age", 12, 12, "years", Y, "eu asthma licence minimum age"),
 ("l-2mo", L, "two months after the EMA's", "two months", "duration", 2, 2, "months", N, "chmp to ec gap"),
 ("l-dec", L, "backed it in December", "December", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("l-9wk", L, "within roughly nine weeks", "nine weeks", "duration", 9, 9, "weeks", N, "span of four approvals"),
 ("l-uk", L, "moved first, on 15 December", "15 December", "date", 2025, 2025, "year", Y, "uk mhra approval date"),
 ("l-day", L, "followed a day later", "a day", "duration", 1, 1, "days", N, "gap uk to us approval"),
 ("l-jp", L, "both uses on 6 January", "6 January", "date", 2026, 2026, "year", Y, "japan approval date"),
 ("l-mar", L, "filing in March last year", "March last year", "date", 2025, 2025, "year", Y, "fda bla acceptance"),
 ("l-sep", L, "Medicine in September last year", "September last year", "date", 2025, 2025, "year", Y, "swift nejm publication"),
 ("l-2inj", L, "in which two injections", "two", "count", 2, 2, "doses", N, "doses in swift"),
 ("l-26", L, "two injections 26 weeks apart", "26 weeks", "duration", 26, 26, "weeks", Y, "dosing interval"),
 ("l-52", L, "exacerbations over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "swift treatment period"),
 ("l-27", L, "a pooled 27% reduction", "27%", "percent", 27, 27, "%", Y, "swift pooled hosp/ed exacerbation reduction"),
 ("l-190", L, "run at 190 sites", "190", "count", 190, 190, "centres", Y, "anchor sites"),
 ("l-16", L, "sites in 16 countries", "16", "count", 16, 16, "countries", Y, "anchor countries"),
 ("l-nps", L, "score of -0.7 points in both studies", "-0.7 points", "score", -0.7, -0.7, "points", Y, "anchor-1 and anchor-2 nasal polyp score difference (each)"),
 ("l-264", L, "target of 264 patients", "264", "count", 264, 264, "patients", Y, "anchor-2 registered enrolment target"),
 ("l-22", L, "needed by 22% of placebo", "22%", "percent", 22, 22, "%", Y, "anchor surgery/waiting list, placebo"),
 ("l-nice", L, "asthma on 25 March", "25 March", "date", 2026, 2026, "year", Y, "nice guidance expected date"),
 ("l-58k", L, "about 58,000 adults", "58,000", "count", 58000, 58000, "people", Y, "england adults eligible for asthma biologic"),
 ("l-21k", L, "only around 21,000 receive", "21,000", "count", 21000, 21000, "people", Y, "england adults receiving asthma biologic"),
 ("l-6mo", L, "\"A six-monthly product", "six-monthly", "duration", 6, 6, "months", N, "quote"),
 ("l-42m", L, "more than 42 million people have asthma", "42 million", "count", 42000000, 42000000, "people", Y, "people with asthma in europe"),
 ("l-510", L, "5% to 10% of them", "5% to 10%", "percent", 5, 10, "%", Y, "share of european asthma that is severe"),
 ("l-3m", L, "at around 3 million", "3 million", "count", 3000000, 3000000, "people", Y, "people with severe asthma in europe"),
 ("l-3bn", L, "more than £3bn", "£3bn", "money", 3000000000, 3000000000, "GBP", Y, "gsk peak annual sales forecast"),
 ("l-4wk", L, "GSK's own four-weekly", "four-weekly", "duration", 4, 4, "weeks", Y, "nucala dosing interval"),

 # ---- DK07 fact-check (2026-01-14)
 ("f-t1", F, "a once-a-year jab that stops 90% of attacks?", "once-a-year", "count", 1, 1, "doses/year", N, "post claim (title)"),
 ("f-t90", F, "jab that stops 90% of attacks?", "90%", "percent", 90, 90, "%", N, "post claim (title)"),
 ("f-pub", F, "ClaimWatch · 14 January 2026", "14 January 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-c1", F, "\"a once-a-year jab that stops 90% of asthma", "once-a-year", "count", 1, 1, "doses/year", N, "post claim"),
 ("f-c90", F, "stops 90% of asthma attacks,\"", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-v2", F, "is given twice a year, not once", "twice", "count", 2, 2, "doses/year", N, "verdict"),
 ("f-v1", F, "twice a year, not once", "once", "count", 1, 1, "doses/year", N, "verdict (negated post claim)"),
 ("f-vhalf", F, "by roughly half, not by 90%", "roughly half", "percent", 50, 50, "%", N, "verdict summary of 58%/48%"),
 ("f-v90", F, "half, not by 90%", "90%", "percent", 90, 90, "%", N, "post claim (verdict)"),
 ("f-lastmo", F, "in the US only last month", "last month", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-100", F, "given as a 100 mg injection", "100 mg", "dose", 100, 100, "mg", Y, "dose per injection"),
 ("f-6mo", F, "skin once every six months, according", "six months", "duration", 6, 6, "months", Y, "dosing interval"),
 ("f-2dose", F, "That makes two doses a year", "two", "count", 2, 2, "doses/year", N, "doses a year"),
 ("f-once", F, "The post's \"once a year\"", "once", "count", 1, 1, "doses/year", N, "post claim"),
 ("f-90fig", F, "The figure of 90% does", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-2tr", F, "based on two phase III trials", "two", "count", 2, 2, "trials", N, "number of swift trials"),
 ("f-2acr", F, "Across the two trials", "two", "count", 2, 2, "trials", N, "number of swift trials"),
 ("f-792", F, "792 patients were randomised", "792", "count", 792, 792, "patients", Y, "swift randomised"),
 ("f-762", F, "and 762 were included", "762", "count", 762, 762, "patients", Y, "swift efficacy analysis (analysed)"),
 ("f-382", F, "382 in SWIFT-1", "382", "count", 382, 382, "patients", Y, "swift-1 analysed"),
 ("f-380", F, "380 in SWIFT-2", "380", "count", 380, 380, "patients", Y, "swift-2 analysed"),
 ("f-502", F, "with 502 receiving", "502", "count", 502, 502, "patients", Y, "swift depemokimab arm analysed"),
 ("f-260", F, "and 260 receiving placebo", "260", "count", 260, 260, "patients", Y, "swift placebo arm analysed"),
 ("f-52", F, "placebo over 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "swift treatment period"),
 ("f-58", F, "by 58% in SWIFT-1", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction"),
 ("f-48", F, "by 48% in SWIFT-2", "48%", "percent", 48, 48, "%", Y, "swift-2 exacerbation rate reduction"),
 ("f-72", F, "visit fell by 72%", "72%", "percent", 72, 72, "%", Y, "swift pooled hosp/ed exacerbation reduction"),
 ("f-not90", F, "it is still not 90%", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-2an", F, "two trials known as ANCHOR-1", "two", "count", 2, 2, "trials", N, "number of anchor trials"),
 ("f-528", F, "enrolled 528 adults", "528", "count", 528, 528, "patients", Y, "anchor total participants"),
 ("f-16", F, "waiting list: 16%", "16%", "percent", 16, 16, "%", Y, "anchor surgery/waiting list, depemokimab"),
 ("f-26", F, "compared with 26% on placebo", "26%", "percent", 26, 26, "%", Y, "anchor surgery/waiting list, placebo"),
 ("f-dec16", F, "approved Exdensur on December 16, 2025", "December 16, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-12", F, "patients aged 12 and older", "12", "age", 12, 12, "years", Y, "us asthma label minimum age"),
 ("f-mar24", F, "for review in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda bla acceptance"),
 ("f-uklm", F, "approved it last month, a day before", "last month", "date", 2025, 2025, "year", Y, "uk mhra approval date"),
 ("f-day", F, "a day before the FDA", "a day", "duration", 1, 1, "days", N, "gap uk to us approval"),
 ("f-jan6", F, "Japan followed on January 6", "January 6", "date", 2026, 2026, "year", Y, "japan approval date"),
 ("f-300", F, "at least 300 cells per microlitre", "300", "count", 300, 300, "cells/uL", Y, "eosinophil threshold, previous 12 months"),
 ("f-12mo", F, "in the previous 12 months", "12 months", "duration", 12, 12, "months", N, "threshold window"),
 ("f-150", F, "or at least 150 at screening", "150", "count", 150, 150, "cells/uL", Y, "eosinophil threshold at screening"),
 ("f-21k", F, "Around 21,000 adults in England are eligible", "21,000", "count", 21000, 21000, "people", Y, "england adults eligible for asthma biologic"),
 ("f-r6mo", F, "given every six months, twice", "six months", "duration", 6, 6, "months", N, "ruling repeat: dosing interval"),
 ("f-r2x", F, "six months, twice a year", "twice", "count", 2, 2, "doses/year", N, "ruling"),
 ("f-r90", F, "Its claim of a 90% reduction", "90%", "percent", 90, 90, "%", N, "post claim (ruling)"),
 ("f-r58", F, "reductions of 58% and 48%", "58%", "percent", 58, 58, "%", Y, "swift-1 exacerbation rate reduction (ruling)"),
 ("f-r48", F, "58% and 48%. The US", "48%", "percent", 48, 48, "%", Y, "swift-2 exacerbation rate reduction (ruling)"),
 ("f-rdec16", F, "came on December 16, 2025", "December 16, 2025", "date", 2025, 2025, "year", Y, "fda approval date (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 SWIFT-1 reduction: blog gives the pooled 54% as SWIFT-1
 ("b-54", "w-58", S), ("b-54", "p-58", S), ("b-54", "a-58", S), ("b-54", "e-58", S), ("b-54", "f-58", S), ("b-54", "f-r58", S),
 # S2 SWIFT-2 reduction: explainer reads the rate ratio 0.52 as a 52% reduction
 ("e-52", "w-48", S), ("e-52", "p-48", S), ("e-52", "a-48", S), ("e-52", "f-48", S), ("e-52", "f-r48", S),
 # S3 pooled hospital/ED reduction: 27% (transposed) vs 72%
 ("l-27", "w-72", S), ("l-27", "p-72", S), ("l-27", "b-72", S), ("l-27", "f-72", S),
 # S4 SWIFT placebo arm analysed: 290 (792 randomised minus 502) vs 260
 ("b-290", "w-260", S), ("b-290", "f-260", S),
 # S5 ANCHOR-2 nasal polyp score: pooled -0.7 given for both trials vs -0.6
 ("l-nps", "a-a2nps", S), ("l-nps", "p-a2nps", S),
 # S6 ANCHOR surgery placebo: 26% (the steroid-use figure of the drug arm) vs 22%
 ("f-26", "a-s22", S), ("f-26", "e-22", S), ("f-26", "l-22", S),
 # S7 FDA acceptance year
 ("f-mar24", "p-mar25", S), ("f-mar24", "l-mar", S),
 # S8 UK approval year
 ("e-dec24", "w-mon", S), ("e-dec24", "p-uk", S), ("e-dec24", "l-uk", S), ("e-dec24", "f-uklm", S),
 # S9 SWIFT NEJM publication year ("September last year" in a Feb 2026 article)
 ("l-sep", "w-sep24", S), ("l-sep", "b-sep24", S),
 # S10 peak sales forecast: £4bn (the dollar figure with a pound sign) vs £3bn
 ("b-4bn", "w-3bn", S), ("b-4bn", "l-3bn", S),
 # S11 US asthma label minimum age: 18 (the polyps age) vs 12
 ("w-18", "p-12", S), ("w-18", "f-12", S),
 # S12 ANCHOR randomisation ratio: 2:1 (SWIFT's) vs 1:1
 ("w-21", "a-11", S),
 # S13 England adults eligible for a biologic: 21,000 (the number receiving) vs 58,000
 ("f-21k", "l-58k", S),
 # S14 SWIFT treatment period: 26 weeks (the dosing interval) vs 52 weeks / a year
 ("b-26len", "w-52", S), ("b-26len", "p-52", S), ("b-26len", "a-52sw", S), ("b-26len", "l-52", S), ("b-26len", "f-52", S), ("b-26len", "e-1yr", S),
 # S15 Nucala US asthma approval year
 ("w-2016", "e-2015", S), ("w-2016", "b-2015", S),
 # S16 ANCHOR-1/ANCHOR-2 nasal obstruction values swapped
 ("p-a1obs", "a-a1obs", S), ("p-a2obs", "a-a2obs", S),
 # S17 dose per injection: 300 mg (mepolizumab's EGPA dose) vs 100 mg
 ("e-300mg", "w-100", S), ("e-300mg", "p-100", S), ("e-300mg", "a-100", S), ("e-300mg", "f-100", S),
 # S18 people with severe asthma in Europe: 42 million (all asthma) vs 3 million
 ("e-42m", "l-3m", S),
 # Qualified
 ("e-792", "w-762", Q), ("e-792", "a-762", Q), ("e-792", "f-762", Q),
 ("a-80", "p-85", Q),
 ("w-18", "e-12", Q), ("w-18", "b-12", Q), ("w-18", "l-12", Q),
 ("l-264", "a-257", Q),
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
        rows.append({"type": "claim", "id": f"dk-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"dk-{a}", f"dk-{b}"
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
