#!/usr/bin/env python3
"""Build purdue-settlement.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "purdue-settlement")
OUT = os.path.join(HERE, "purdue-settlement.gold.jsonl")
T = "purdue-settlement"

W, P, A, E, B, L, F = ("PS01_wire.txt", "PS02_press.txt", "PS03_abstract.txt",
                       "PS04_explainer.txt", "PS05_blog.txt", "PS06_local.txt", "PS07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000; MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- PS01 wire (2025-11-14, a Friday)
 ("w-h74", W, "approve Purdue Pharma's $7.4 billion opioid", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", N, "headline repeat"),
 ("w-dl", W, "WHITE PLAINS, N.Y., Nov 14", "Nov 14", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "said on Friday he will", "Friday", "date", 2025, 2025, "year", Y, "bench approval announced (2025-11-14)"),
 ("w-74", W, "worth about $7.4 billion", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", Y, "2025 settlement total"),
 ("w-6yr", W, "end of a six-year Chapter 11", "six-year", "duration", 6, 6, "years", Y, "length of bankruptcy case"),
 ("w-wed", W, "hearings that began on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "confirmation hearing start (2025-11-12)"),
 ("w-nextwk", W, "fuller ruling next week", "next week", "date", 2025, 2025, "year", N, "formal ruling expected"),
 ("w-65", W, "will pay about $6.5 billion", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("w-15y", W, "$6.5 billion over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("w-15b", W, "with $1.5 billion due", "$1.5 billion", "money", 1.5*BN, 1.5*BN, "USD", Y, "sackler payment on effective date"),
 ("w-900", W, "put in about $900 million", "$900 million", "money", 900*MN, 900*MN, "USD", Y, "purdue cash contribution"),
 ("w-750", W, "Roughly $750 million is set aside", "$750 million", "money", 750*MN, 750*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("w-100", W, "more than $100 million for children", "$100 million", "money", 100*MN, 100*MN, "USD", Y, "nas children allocation (lower bound)"),
 ("w-lastyr", W, "The Supreme Court last year rejected", "last year", "date", 2024, 2024, "year", Y, "supreme court decision year"),
 ("w-v5", W, "in a 5-4 decision", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for (majority)"),
 ("w-v4", W, "in a 5-4 decision", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against (dissent)"),
 ("w-6b", W, "pay up to $6 billion", "$6 billion", "money", 6*BN, 6*BN, "USD", Y, "rejected plan sackler contribution"),
 ("w-99", W, "more than 99% of voting creditors", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("w-120k", W, "more than 120,000 claimants entitled", "120,000", "count", 120000, 120000, "claimants", Y, "2025 claimants eligible to vote"),
 ("w-q6y", W, "waiting six years", "six years", "duration", 6, 6, "years", N, "quote"),
 ("w-nextyr", W, "starts moving next year", "next year", "date", 2026, 2026, "year", N, "quote, forecast"),
 ("w-8k16k", W, "roughly $8,000 and $16,000", "$8,000 and $16,000", "money", 8000, 16000, "USD", Y, "typical individual payment 2025 plan"),
 ("w-sep21", W, "first plan in September 2021", "September 2021", "date", 2021, 2021, "year", Y, "first plan confirmed"),
 ("w-dec", W, "threw it out that December", "that December", "date", 2021, 2021, "year", N, "district court vacatur"),
 ("w-2022", W, "revived it in 2022", "2022", "date", 2022, 2022, "year", Y, "second circuit reinstated plan"),
 ("w-sep19", W, "bankruptcy in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "bankruptcy filing"),
 ("w-3000", W, "facing about 3,000 lawsuits", "3,000", "count", 3000, 3000, "lawsuits", Y, "lawsuits at filing"),
 ("w-2007", W, "OxyContin in 2007 and", "2007", "date", 2007, 2007, "year", Y, "first guilty plea"),
 ("w-2020", W, "and again in 2020", "2020", "date", 2020, 2020, "year", Y, "second guilty plea"),
 ("w-2018", W, "management since 2018", "2018", "date", 2018, 2018, "year", Y, "sacklers left board/management"),
 ("w-1996", W, "went on sale in 1996", "1996", "date", 1996, 1996, "year", Y, "oxycontin launch"),
 ("w-80k", W, "show about 80,400 people", "80,400", "count", 80400, 80400, "deaths", Y, "us overdose deaths 2024"),
 ("w-in24", W, "drug overdoses in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-27", W, "a decline of 27%", "27%", "percent", 27, 27, "%", Y, "decline in overdose deaths 2024 vs 2023"),
 ("w-2019b", W, "lowest annual total since 2019", "2019", "date", 2019, 2019, "year", N, "comparison year"),

 # ---- PS02 press release (2025-10-21)
 ("p-s99", P, "More than 99% of voting creditors support", "99%", "percent", 99, 99, "%", N, "subtitle repeat"),
 ("p-snov", P, "scheduled to begin November 12, 2025\n", "November 12, 2025", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-dl", P, "October 21, 2025 /BUSINESS", "October 21, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-99", P, "More than 99% of the votes cast", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("p-600k", P, "the more than 600,000 claimants", "600,000", "count", 600000, 600000, "claimants", Y, "2025 claimants eligible to vote"),
 ("p-sep30", P, "deadline was September 30, 2025", "September 30, 2025", "date", 2025, 2025, "year", Y, "voting deadline"),
 ("p-nov12", P, "to begin on November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", Y, "confirmation hearing start"),
 ("p-jun24", P, "decision in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "supreme court decision year"),
 ("p-74", P, "more than $7.4 billion in distributions", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", Y, "2025 settlement total"),
 ("p-65", P, "approximately $6.5 billion in installments", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("p-15y", P, "installments over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("p-15b", P, "They will pay $1.5 billion", "$1.5 billion", "money", 1.5*BN, 1.5*BN, "USD", Y, "sackler payment on effective date"),
 ("p-3b", P, "nearly $3 billion within", "$3 billion", "money", 3*BN, 3*BN, "USD", Y, "sackler payments within first three years"),
 ("p-3y", P, "the first three years", "three years", "duration", 3, 3, "years", Y, "front-loaded period"),
 ("p-500", P, "Up to an additional $500 million", "$500 million", "money", 500*MN, 500*MN, "USD", Y, "contingent sackler payment (international businesses)"),
 ("p-7b", P, "contribution of up to $7 billion", "$7 billion", "money", 7*BN, 7*BN, "USD", Y, "maximum sackler contribution"),
 ("p-900", P, "approximately $900 million in cash", "$900 million", "money", 900*MN, 900*MN, "USD", Y, "purdue cash contribution"),
 ("p-850", P, "More than $850 million will be", "$850 million", "money", 850*MN, 850*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("p-2021", P, "plan confirmed in 2021", "2021", "date", 2021, 2021, "year", Y, "first plan confirmed"),
 ("p-55", P, "all 55 U.S. states", "55", "count", 55, 55, "attorneys general", Y, "attorneys general supporting 2025 plan"),
 ("p-june", P, "their sign-on in June", "June", "date", 2025, 2025, "year", Y, "attorneys general sign-on"),
 ("p-mdoses", P, "providing millions of doses", "millions", "count", None, None, "doses", N, "vague"),
 ("p-sep19", P, "protection in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "bankruptcy filing"),
 ("p-2018", P, "or board since 2018", "2018", "date", 2018, 2018, "year", Y, "sacklers left board/management"),
 ("p-1892", P, "founded in 1892", "1892", "date", 1892, 1892, "year", N, "about section"),

 # ---- PS03 abstract (2025-12-15)
 ("a-pub", A, "Published online 15 December 2025", "15 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "settlement structures, 2021–2025: a Monte", "2021–2025", "date", 2021, 2025, "year", N, "title period"),
 ("a-sep19", A, "protection on 15 September 2019", "15 September 2019", "date", 2019, 2019, "year", Y, "bankruptcy filing"),
 ("a-sep21", A, "confirmed in September 2021", "September 2021", "date", 2021, 2021, "year", Y, "first plan confirmed"),
 ("a-45b", A, "included approximately $4.5 billion", "$4.5 billion", "money", 4.5*BN, 4.5*BN, "USD", Y, "2021 plan sackler contribution"),
 ("a-9y", A, "over about nine years", "nine years", "duration", 9, 9, "years", Y, "2021 plan payment term"),
 ("a-2022rev", A, "a 2022 revision raised", "2022", "date", 2022, 2022, "year", Y, "revision year (amended sackler deal)"),
 ("a-6b", A, "up to $6.0 billion over 18 years", "$6.0 billion", "money", 6*BN, 6*BN, "USD", Y, "rejected plan sackler contribution"),
 ("a-18y", A, "$6.0 billion over 18 years", "18 years", "duration", 18, 18, "years", Y, "rejected plan payment term"),
 ("a-may23", A, "plan in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "second circuit reinstated plan"),
 ("a-jun24", A, "on 27 June 2024 by", "27 June 2024", "date", 2024, 2024, "year", Y, "supreme court decision"),
 ("a-v5", A, "by a 5–4 vote", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for"),
 ("a-v4", A, "by a 5–4 vote", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against"),
 ("a-2025plan", A, "A 2025 plan, under which", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-65", A, "pay approximately $6.5 billion", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("a-15y", A, "$6.5 billion over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("a-15b", A, "with $1.5 billion on the effective date", "$1.5 billion", "money", 1.5*BN, 1.5*BN, "USD", Y, "sackler payment on effective date"),
 ("a-3b", A, "nearly $3 billion within 3 years", "$3 billion", "money", 3*BN, 3*BN, "USD", Y, "sackler payments within first three years"),
 ("a-3y", A, "$3 billion within 3 years", "3 years", "duration", 3, 3, "years", Y, "front-loaded period"),
 ("a-99", A, "more than 99% of voting creditors", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("a-600k", A, "more than 600,000 claimants", "600,000", "count", 600000, 600000, "claimants", Y, "2025 claimants eligible to vote"),
 ("a-nov18", A, "confirmed on 18 November 2025", "18 November 2025", "date", 2025, 2025, "year", Y, "formal confirmation ruling"),
 ("a-105k", A, "105,007 U.S. drug overdose deaths", "105,007", "count", 105007, 105007, "deaths", Y, "us overdose deaths 2023 (final)"),
 ("a-in23", A, "overdose deaths in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-24", A, "decline of about 24%", "24%", "percent", 24, 24, "%", Y, "overdose decline, 12 months ending sep 2024"),
 ("a-12mo", A, "in the 12 months ending", "12 months", "duration", 12, 12, "months", N, "period"),
 ("a-sep24", A, "ending September 2024", "September 2024", "date", 2024, 2024, "year", N, "period end"),
 ("a-N3", A, "(N = 3)", "3", "count", 3, 3, "settlement structures", Y, "structures modelled"),
 ("a-m2021", A, "(N = 3): 2021 ($4.5 billion", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-m45", A, "2021 ($4.5 billion, nine", "$4.5 billion", "money", 4.5*BN, 4.5*BN, "USD", N, "2021 plan sackler contribution (methods repeat)"),
 ("a-m9", A, "nine equal annual", "nine", "count", 9, 9, "installments", N, "model assumption"),
 ("a-m2022", A, "2022 ($6.0 billion, 18", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-m6", A, "($6.0 billion, 18 equal", "$6.0 billion", "money", 6*BN, 6*BN, "USD", N, "rejected plan (methods repeat)"),
 ("a-m18", A, "18 equal annual", "18", "count", 18, 18, "installments", N, "model assumption"),
 ("a-m2025", A, "and 2025 ($1.5 billion", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-m15", A, "2025 ($1.5 billion at", "$1.5 billion", "money", 1.5*BN, 1.5*BN, "USD", N, "effective-date payment (methods repeat)"),
 ("a-145", A, "$1.45 billion across", "$1.45 billion", "money", 1.45*BN, 1.45*BN, "USD", Y, "modelled payments years 1-2"),
 ("a-y12", A, "across years 1 and 2", "1 and 2", "duration", 1, 2, "years", N, "model timing"),
 ("a-355", A, "remaining $3.55 billion", "$3.55 billion", "money", 3.55*BN, 3.55*BN, "USD", Y, "modelled remainder"),
 ("a-m12", A, "in 12 equal installments", "12", "count", 12, 12, "installments", N, "model assumption"),
 ("a-y314", A, "in years 3 through 14", "3 through 14", "duration", 3, 14, "years", N, "model timing"),
 ("a-n10k", A, "n=10,000 Monte Carlo", "10,000", "count", 10000, 10000, "draws", Y, "simulation draws"),
 ("a-310", A, "between 3% and 10%", "3% and 10%", "percent", 3, 10, "%", Y, "discount rate range"),
 ("a-5pct", A, "the base case used 5%", "5%", "percent", 5, 5, "%", Y, "base-case discount rate"),
 ("a-pctl", A, "the 2.5th and 97.5th percentiles", "2.5th and 97.5th", "percent", 2.5, 97.5, "%", N, "definitional"),
 ("a-m500", A, "(up to $500 million in", "$500 million", "money", 500*MN, 500*MN, "USD", Y, "contingent sackler payment (excluded)"),
 ("a-m3y", A, "payments made within 3 years and", "3 years", "duration", 3, 3, "years", N, "definition repeat"),
 ("a-130k", A, "(n=130,485 individual", "130,485", "count", 130485, 130485, "claimants", Y, "2021 personal-injury claimants (individual, non-nas)"),
 ("a-6550", A, "n=6,550 children", "6,550", "count", 6550, 6550, "children", Y, "2021 nas child claimants"),
 ("a-850", A, "allocation of $850 million", "$850 million", "money", 850*MN, 850*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("a-100", A, "of which $100 million was", "$100 million", "money", 100*MN, 100*MN, "USD", Y, "nas allocation (assumed)"),
 ("a-pv21", A, "2021 structure was $3.73 billion", "$3.73 billion", "money", 3.73*BN, 3.73*BN, "USD", Y, "pv 2021 structure"),
 ("a-pv21ci", A, "(95% CI 3.18–3.98)", "3.18–3.98", "money", 3.18*BN, 3.98*BN, "USD", Y, "ci"),
 ("a-pv22", A, "2022 structure $4.09 billion", "$4.09 billion", "money", 4.09*BN, 4.09*BN, "USD", Y, "pv 2022 structure"),
 ("a-pv22ci", A, "(95% CI 3.04–4.65)", "3.04–4.65", "money", 3.04*BN, 4.65*BN, "USD", Y, "ci"),
 ("a-pv25", A, "2025 structure $5.23 billion", "$5.23 billion", "money", 5.23*BN, 5.23*BN, "USD", Y, "pv 2025 structure"),
 ("a-pv25ci", A, "(95% CI 4.45–5.62)", "4.45–5.62", "money", 4.45*BN, 5.62*BN, "USD", Y, "ci"),
 ("a-829", A, "or 82.9%", "82.9%", "percent", 82.9, 82.9, "%", Y, "pv share of nominal 2021"),
 ("a-682", A, "82.9%, 68.2%", "68.2%", "percent", 68.2, 68.2, "%", Y, "pv share of nominal 2022"),
 ("a-804", A, "and 80.4% of the", "80.4%", "percent", 80.4, 80.4, "%", Y, "pv share of nominal 2025"),
 ("a-d113", A, "structure by $1.13 billion", "$1.13 billion", "money", 1.13*BN, 1.13*BN, "USD", Y, "pv difference 2025 vs 2022"),
 ("a-d113ci", A, "(95% CI 0.96–1.41", "0.96–1.41", "money", 0.96*BN, 1.41*BN, "USD", Y, "ci"),
 ("a-p1", A, "0.96–1.41; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d149", A, "structure by $1.49 billion", "$1.49 billion", "money", 1.49*BN, 1.49*BN, "USD", Y, "pv difference 2025 vs 2021"),
 ("a-d149ci", A, "(95% CI 1.26–1.64", "1.26–1.64", "money", 1.26*BN, 1.64*BN, "USD", Y, "ci"),
 ("a-p2", A, "1.26–1.64; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d036", A, "was $0.36 billion", "$0.36 billion", "money", 0.36*BN, 0.36*BN, "USD", Y, "pv difference 2022 vs 2021"),
 ("a-d036ci", A, "(95% CI −0.15 to 0.67", "−0.15 to 0.67", "money", -0.15*BN, 0.67*BN, "USD", Y, "ci"),
 ("a-p3", A, "P=0.28", "0.28", "pvalue", 0.28, 0.28, "p", N, "monte carlo p"),
 ("a-8pct", A, "above about 8.0%", "8.0%", "percent", 8.0, 8.0, "%", Y, "break-even discount rate"),
 ("a-r3y", A, "made within 3 years was", "3 years", "duration", 3, 3, "years", N, "definition repeat"),
 ("a-333", A, "was 33.3% (2021)", "33.3%", "percent", 33.3, 33.3, "%", Y, "share paid within 3 years, 2021"),
 ("a-r2021", A, "33.3% (2021)", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-167", A, "16.7% (2022)", "16.7%", "percent", 16.7, 16.7, "%", Y, "share paid within 3 years, 2022"),
 ("a-r2022", A, "16.7% (2022)", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-454", A, "45.4% (2025)", "45.4%", "percent", 45.4, 45.4, "%", Y, "share paid within 3 years, 2025"),
 ("a-r2025", A, "45.4% (2025)", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-115", A, "received 11.5% of", "11.5%", "percent", 11.5, 11.5, "%", Y, "individuals' share of 2025 total"),
 ("a-74", A, "of the $7.4 billion 2025 total", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", Y, "2025 settlement total"),
 ("a-74y", A, "$7.4 billion 2025 total", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-5748", A, "payment was $5,748", "$5,748", "money", 5748, 5748, "USD", Y, "implied mean payment per individual claimant"),
 ("a-15267", A, "and $15,267 per", "$15,267", "money", 15267, 15267, "USD", Y, "implied mean payment per nas child"),
 ("a-28", A, "worth about 28% more", "28%", "percent", 28, 28, "%", Y, "pv gain 2025 vs rejected 2022 structure"),
 ("a-c6", A, "increase from $6.0 billion to $6.5 billion", "$6.0 billion", "money", 6*BN, 6*BN, "USD", N, "conclusion repeat"),
 ("a-c65", A, "to $6.5 billion suggests", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", N, "conclusion repeat"),
 ("a-c18", A, "The 18-year 2022 schedule", "18-year", "duration", 18, 18, "years", N, "conclusion repeat"),
 ("a-c2022", A, "18-year 2022 schedule", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-c2021", A, "over the 2021 plan. Compensation", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-ref1", A, "204 (2024). 2.", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("a-ref3", A, "States, 2003–2023. NCHS", "2003–2023", "date", 2003, 2023, "year", N, "reference title period"),
 ("a-ref3y", A, "No. 522. 2024.", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("a-t3", A, "payments under three Purdue", "three", "count", 3, 3, "settlement structures", N, "title"),
 ("a-m3", A, "of the three structures", "three", "count", 3, 3, "settlement structures", N, "methods repeat"),
 ("a-l1", A, "in the 2025 plan) were", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-l2", A, "pool defined in 2021 (n=", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-l3", A, "implied by the 2025 allocation", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-l4", A, "PV of the 2021 structure", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-l5", A, "of the 2022 structure $4.09", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-l6", A, "of the 2025 structure $5.23", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-l7", A, "The 2025 structure exceeded", "2025", "date", 2025, 2025, "year", N, "label"),
 ("a-l8", A, "exceeded the 2022 structure", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-l9", A, "and the 2021 structure by", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-l10", A, "The 2022 revision's advantage", "2022", "date", 2022, 2022, "year", N, "label"),
 ("a-l11", A, "advantage over the 2021 plan was", "2021", "date", 2021, 2021, "year", N, "label"),
 ("a-l12", A, "value, the 2025 settlement", "2025", "date", 2025, 2025, "year", N, "label"),

 # ---- PS04 explainer (2025-11-20)
 ("e-upd", E, "Updated November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-nov14", E, "said on November 14", "November 14", "date", 2025, 2025, "year", Y, "bench approval announced"),
 ("e-nov18", E, "Tuesday, November 18", "Tuesday, November 18", "date", 2025, 2025, "year", Y, "formal confirmation ruling"),
 ("e-74", E, "About $7.4 billion in total", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", Y, "2025 settlement total"),
 ("e-55b", E, "will pay about $5.5 billion", "$5.5 billion", "money", 5.5*BN, 5.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("e-15y", E, "$5.5 billion over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("e-900", E, "roughly $900 million in cash", "$900 million", "money", 900*MN, 900*MN, "USD", Y, "purdue cash contribution"),
 ("e-jun24", E, "On June 27, 2024", "June 27, 2024", "date", 2024, 2024, "year", Y, "supreme court decision"),
 ("e-v5", E, "justices ruled 5-4", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for"),
 ("e-v4", E, "justices ruled 5-4", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against"),
 ("e-four", E, "four justices dissented", "four", "vote", 4, 4, "votes", Y, "supreme court dissenters"),
 ("e-6b", E, "pay up to $6 billion", "$6 billion", "money", 6*BN, 6*BN, "USD", Y, "rejected plan sackler contribution"),
 ("e-18y", E, "$6 billion over 18 years", "18 years", "duration", 18, 18, "years", Y, "rejected plan payment term"),
 ("e-2021", E, "replaced a 2021 plan", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("e-45b", E, "worth about $4.5 billion", "$4.5 billion", "money", 4.5*BN, 4.5*BN, "USD", Y, "2021 plan sackler contribution"),
 ("e-9y", E, "paid over nine years", "nine years", "duration", 9, 9, "years", Y, "2021 plan payment term"),
 ("e-2023", E, "had upheld in 2023", "2023", "date", 2023, 2023, "year", Y, "second circuit reinstated plan"),
 ("e-95", E, "more than 95% of voting creditors", "95%", "percent", 95, 95, "%", Y, "2025 creditor vote in favor"),
 ("e-55", E, "and all 55 state", "55", "count", 55, 55, "attorneys general", Y, "attorneys general supporting 2025 plan"),
 ("e-850", E, "About $850 million is reserved", "$850 million", "money", 850*MN, 850*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("e-100", E, "more than $100 million for children", "$100 million", "money", 100*MN, 100*MN, "USD", Y, "nas children allocation (lower bound)"),
 ("e-8k16k", E, "roughly $8,000 to $16,000", "$8,000 to $16,000", "money", 8000, 16000, "USD", Y, "typical individual payment 2025 plan"),
 ("e-2021b", E, "Under the 2021 version", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("e-3548", E, "from $3,500 to $48,000", "$3,500 to $48,000", "money", 3500, 48000, "USD", Y, "projected individual awards 2021 plan"),
 ("e-full15", E, "the full 15 years", "15 years", "duration", 15, 15, "years", N, "payment term repeat"),
 ("e-221", E, "expects up to $221 million", "$221 million", "money", 221*MN, 221*MN, "USD", Y, "pennsylvania share"),
 ("e-105", E, "expects up to $105 million", "$105 million", "money", 105*MN, 105*MN, "USD", Y, "massachusetts share"),
 ("e-2026", E, "Purdue expects in 2026", "2026", "date", 2026, 2026, "year", Y, "expected effective date (forecast)"),
 ("e-nextyr", E, "begin next year as well", "next year", "date", 2026, 2026, "year", N, "individual payments start (forecast)"),
 ("e-2019", E, "filed for bankruptcy in 2019", "2019", "date", 2019, 2019, "year", Y, "bankruptcy filing"),
 ("e-dec95", E, "approved it in December 1995", "December 1995", "date", 1995, 1995, "year", Y, "fda approval of oxycontin"),
 ("e-1996", E, "selling it in 1996", "1996", "date", 1996, 1996, "year", Y, "oxycontin launch"),
 ("e-160", E, "a 160-milligram dose", "160-milligram", "dose", 160, 160, "mg", Y, "strength of tablet withdrawn in 2001"),
 ("e-2001", E, "was withdrawn in 2001", "2001", "date", 2001, 2001, "year", Y, "withdrawal of strongest tablet"),
 ("e-2010", E, "inject in 2010", "2010", "date", 2010, 2010, "year", Y, "abuse-deterrent reformulation"),
 ("e-2007", E, "marketing in 2007 and 2020", "2007", "date", 2007, 2007, "year", Y, "first guilty plea"),
 ("e-2020", E, "in 2007 and 2020", "2020", "date", 2020, 2020, "year", Y, "second guilty plea"),
 ("e-110k", E, "About 110,000 Americans", "110,000", "count", 110000, 110000, "deaths", Y, "us overdose deaths 2023 (provisional)"),
 ("e-in23", E, "overdoses in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-in24", E, "In 2024, deaths fell", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-27", E, "deaths fell 27%", "27%", "percent", 27, 27, "%", Y, "decline in overdose deaths 2024 vs 2023"),
 ("e-80391", E, "to 80,391", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024"),
 ("e-1yr", E, "largest one-year drop", "one-year", "duration", 1, 1, "years", N, "aside"),
 ("e-2026b", E, "injury trust in 2026", "2026", "date", 2026, 2026, "year", N, "mail expected (forecast)"),

 # ---- PS05 blog (2026-01-12)
 ("b-h6y", B, "Six years, three plans, one family", "Six years", "duration", 6, 6, "years", N, "headline"),
 ("b-h3", B, "Six years, three plans", "three", "count", 3, 3, "plans", N, "headline"),
 ("b-h1", B, "three plans, one family", "one", "count", 1, 1, "families", N, "headline"),
 ("b-pub", B, "January 12, 2026", "January 12, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-capnov", B, "during the November hearings", "November", "date", 2025, 2025, "year", N, "caption"),
 ("b-nov", B, "In November, Judge Sean Lane", "November", "date", 2025, 2025, "year", Y, "confirmation"),
 ("b-lastyr", B, "tossed out last year", "last year", "date", 2025, 2025, "year", Y, "supreme court decision year"),
 ("b-65", B, "will pay about $6.5 billion", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("b-15y", B, "$6.5 billion over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("b-7b", B, "and up to $7 billion", "$7 billion", "money", 7*BN, 7*BN, "USD", Y, "maximum sackler contribution"),
 ("b-500", B, "chips in about $500 million", "$500 million", "money", 500*MN, 500*MN, "USD", Y, "purdue cash contribution"),
 ("b-74", B, "everyone uses is $7.4 billion", "$7.4 billion", "money", 7.4*BN, 7.4*BN, "USD", Y, "2025 settlement total"),
 ("b-2021", B, "In 2021 the family offered", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("b-45b", B, "offered $4.5 billion", "$4.5 billion", "money", 4.5*BN, 4.5*BN, "USD", Y, "2021 plan sackler contribution"),
 ("b-9y", B, "over roughly nine years", "nine years", "duration", 9, 9, "years", Y, "2021 plan payment term"),
 ("b-6b", B, "sweetened it to $6 billion", "$6 billion", "money", 6*BN, 6*BN, "USD", Y, "rejected plan sackler contribution"),
 ("b-18y", B, "$6 billion over 18 years", "18 years", "duration", 18, 18, "years", Y, "rejected plan payment term"),
 ("b-v5", B, "said no, 5-4", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for"),
 ("b-v4", B, "said no, 5-4", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against"),
 ("b-back21", B, "Back in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("b-95", B, "more than 95% of the 120,000-plus", "95%", "percent", 95, 95, "%", Y, "2021 creditor vote in favor"),
 ("b-120k", B, "the 120,000-plus votes", "120,000", "count", 120000, 120000, "votes", Y, "2021 votes cast"),
 ("b-55", B, "all 55 state", "55", "count", 55, 55, "attorneys general", Y, "attorneys general supporting 2025 plan"),
 ("b-99", B, "more than 99% of voting creditors", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("b-chart", B, "by plan version, 2021, 2022 and 2025", "2021, 2022 and 2025", "date", 2021, 2025, "year", N, "caption"),
 ("b-2021o", B, "more than the 2021 plan offered", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("b-850", B, "About $850 million goes", "$850 million", "money", 850*MN, 850*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("b-100k", B, "well over 100,000 claimants", "100,000", "count", 100000, 100000, "claimants", Y, "personal-injury claimants (lower bound)"),
 ("b-few", B, "a few thousand dollars", "a few thousand", "money", None, None, "USD", N, "vague"),
 ("b-16k", B, "perhaps $16,000 each", "$16,000", "money", 16000, 16000, "USD", Y, "typical individual payment (upper)"),
 ("b-2021p", B, "Under the 2021 plan, the guardians", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("b-5650", B, "guardians of 5,650 babies", "5,650", "count", 5650, 5650, "children", Y, "2021 nas child claimants"),
 ("b-7k", B, "receive about $7,000", "$7,000", "money", 7000, 7000, "USD", Y, "2021 plan payment per nas child"),
 ("b-dec", B, "spoke with in December", "December", "date", 2025, 2025, "year", N, "interview date"),
 ("b-4fig", B, "a four-figure check", "four-figure", "money", 1000, 9999, "USD", N, "rhetorical"),
 ("b-0817", B, "Between 2008 and 2017", "2008 and 2017", "date", 2008, 2017, "year", N, "period"),
 ("b-10b", B, "more than $10 billion out", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "sackler withdrawals 2008-2017"),
 ("b-35b", B, "more than $35 billion from OxyContin", "$35 billion", "money", 35*BN, 35*BN, "USD", Y, "oxycontin revenue"),
 ("b-1996", B, "OxyContin launched in 1996", "1996", "date", 1996, 1996, "year", Y, "oxycontin launch"),
 ("b-2000", B, "By 2000 Purdue", "2000", "date", 2000, 2000, "year", N, "qualifier"),
 ("b-80mg", B, "an 80-milligram tablet", "80-milligram", "dose", 80, 80, "mg", Y, "strength of tablet withdrawn in 2001"),
 ("b-2001", B, "from the market in 2001", "2001", "date", 2001, 2001, "year", Y, "withdrawal of strongest tablet"),
 ("b-2007", B, "pleaded guilty in 2007", "2007", "date", 2007, 2007, "year", Y, "first guilty plea"),
 ("b-600m", B, "paid $600 million", "$600 million", "money", 600*MN, 600*MN, "USD", Y, "2007 guilty plea payment"),
 ("b-2020", B, "guilty again in 2020", "2020", "date", 2020, 2020, "year", Y, "second guilty plea"),
 ("b-212", B, "expects up to $212 million", "$212 million", "money", 212*MN, 212*MN, "USD", Y, "pennsylvania share"),
 ("b-80391", B, "counted 80,391 deaths", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024"),
 ("b-in24", B, "80,391 deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-2019", B, "the lowest since 2019", "2019", "date", 2019, 2019, "year", N, "comparison year"),
 ("b-tens", B, "still tens of thousands", "tens of thousands", "count", None, None, "families", N, "vague"),
 ("b-thisyr", B, "notices will go out this year", "this year", "date", 2026, 2026, "year", N, "forecast"),
 ("b-50st", B, "a 50-state tracker", "50-state", "count", 50, 50, "states", N, "related link"),
 ("b-2yrs", B, "two years in", "two years", "duration", 2, 2, "years", N, "related link"),

 # ---- PS06 local (2025-11-19, Wednesday), hard-wrapped
 ("l-pub", L, "Wednesday, November 19, 2025", "November 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h212", L, "Pennsylvania could see up to $212 million", "$212 million", "money", 212*MN, 212*MN, "USD", N, "headline repeat"),
 ("l-tue", L, "in New York on Tuesday formally", "Tuesday", "date", 2025, 2025, "year", Y, "formal confirmation ruling (2025-11-18)"),
 ("l-212", L, "bring the state up to $212 million", "$212 million", "money", 212*MN, 212*MN, "USD", Y, "pennsylvania share"),
 ("l-fri", L, "had said last Friday", "last Friday", "date", 2025, 2025, "year", Y, "bench approval announced (2025-11-14)"),
 ("l-tue2", L, "ruling, delivered Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "repeat"),
 ("l-v6", L, "laid out in its 6-3", "6", "vote", 6, 6, "votes", Y, "supreme court vote, for"),
 ("l-v3", L, "laid out in its 6-3", "3", "vote", 3, 3, "votes", Y, "supreme court vote, against"),
 ("l-jun24", L, "ruling in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "supreme court decision"),
 ("l-45b", L, "threw out the $4.5 billion deal", "$4.5 billion", "money", 4.5*BN, 4.5*BN, "USD", Y, "rejected plan sackler contribution"),
 ("l-65", L, "will pay $6.5 billion", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("l-18y", L, "spread over 18 years", "18 years", "duration", 18, 18, "years", Y, "2025 plan sackler payment term"),
 ("l-900", L, "Purdue will add $900 million", "$900 million", "money", 900*MN, 900*MN, "USD", Y, "purdue cash contribution"),
 ("l-115", L, "expects up to $115 million", "$115 million", "money", 115*MN, 115*MN, "USD", Y, "massachusetts share"),
 ("l-c3", L, "commissioners voted 3-0", "3", "vote", 3, 3, "votes", Y, "county commissioners vote, for"),
 ("l-c0", L, "commissioners voted 3-0", "0", "vote", 0, 0, "votes", Y, "county commissioners vote, against"),
 ("l-lastmo", L, "3-0 last month", "last month", "date", 2025, 2025, "year", N, "county vote date"),
 ("l-61", L, "Ray Dolan, 61", "61", "age", 61, 61, "years", N, "interviewee age"),
 ("l-oct", L, "at the October meeting", "October", "date", 2025, 2025, "year", N, "meeting date"),
 ("l-50b", L, "worth about $50 billion", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "earlier national opioid settlements total"),
 ("l-47", L, "Lisa Marchak, 47", "47", "age", 47, 47, "years", N, "interviewee age"),
 ("l-2016", L, "overdose in 2016", "2016", "date", 2016, 2016, "year", N, "personal detail"),
 ("l-2020", L, "before the 2020 deadline", "2020", "date", 2020, 2020, "year", Y, "personal-injury claims bar date"),
 ("l-sep19", L, "bankruptcy in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "bankruptcy filing"),
 ("l-99", L, "more than 99% of the creditors", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("l-24", L, "overdose deaths fell 24%", "24%", "percent", 24, 24, "%", Y, "decline in overdose deaths 2024 vs 2023"),
 ("l-in24", L, "fell 24% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-2yrs", L, "in the past two years", "two years", "duration", 2, 2, "years", N, "anecdote period"),
 ("l-2026", L, "effect, likely in 2026", "2026", "date", 2026, 2026, "year", Y, "expected effective date (forecast)"),

 # ---- PS07 fact-check (2025-12-03)
 ("f-pub", F, "FactLine | December 3, 2025", "December 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-nov", F, "settlement approved in November", "November", "date", 2025, 2025, "year", Y, "confirmation"),
 ("f-2m", F, "more than 2 million times", "2 million", "count", 2000000, 2000000, "views", N, "virality"),
 ("f-p13", F, "\"kept $13 billion\"", "$13 billion", "money", 13*BN, 13*BN, "USD", N, "post claim"),
 ("f-two", F, "mixes up two different plans", "two", "count", 2, 2, "plans", N, "aside"),
 ("f-2021", F, "bankruptcy judge in 2021", "2021", "date", 2021, 2021, "year", Y, "first plan confirmed"),
 ("f-jun24", F, "plan in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "supreme court decision"),
 ("f-v5", F, "by a 5-4 vote", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for"),
 ("f-v4", F, "by a 5-4 vote", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against"),
 ("f-6b", F, "risen to up to $6 billion", "$6 billion", "money", 6*BN, 6*BN, "USD", Y, "rejected plan sackler contribution"),
 ("f-nov18", F, "confirmed on Nov. 18", "Nov. 18", "date", 2025, 2025, "year", Y, "formal confirmation ruling"),
 ("f-99", F, "More than 99% of voting creditors", "99%", "percent", 99, 99, "%", Y, "2025 creditor vote in favor"),
 ("f-53", F, "general from 53 states", "53", "count", 53, 53, "attorneys general", Y, "attorneys general supporting 2025 plan"),
 ("f-65", F, "will pay about $6.5 billion", "$6.5 billion", "money", 6.5*BN, 6.5*BN, "USD", Y, "2025 plan sackler contribution"),
 ("f-15y", F, "$6.5 billion over 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term"),
 ("f-june", F, "statement approved in June sets", "June", "date", 2025, 2025, "year", Y, "disclosure statement approved"),
 ("f-3b", F, "begins with $3 billion due", "$3 billion", "money", 3*BN, 3*BN, "USD", Y, "sackler payment on effective date"),
 ("f-850", F, "About $850 million of the total", "$850 million", "money", 850*MN, 850*MN, "USD", Y, "2025 plan individual victims allocation"),
 ("f-h13", F, "What about the $13 billion?", "$13 billion", "money", 13*BN, 13*BN, "USD", N, "heading, post claim"),
 ("f-2020", F, "filed for bankruptcy in 2020", "2020", "date", 2020, 2020, "year", Y, "bankruptcy filing"),
 ("f-10b", F, "total at more than $10 billion", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "sackler withdrawals 2008-2017"),
 ("f-0817", F, "between 2008 and 2017", "2008 and 2017", "date", 2008, 2017, "year", N, "period"),
 ("f-13b", F, "reached about $13 billion", "$13 billion", "money", 13*BN, 13*BN, "USD", Y, "sackler withdrawals incl. tax distributions"),
 ("f-half", F, "Roughly half went to taxes", "half", "percent", 50, 50, "%", Y, "share of withdrawals to taxes/reinvestment"),
 ("f-p13b", F, "presents $13 billion as", "$13 billion", "money", 13*BN, 13*BN, "USD", N, "post claim repeat"),
 ("f-40t", F, "more than $40 trillion", "$40 trillion", "money", 40e12, 40e12, "USD", Y, "claims asserted in bankruptcy"),
 ("f-1b", F, "have passed $1 billion", "$1 billion", "money", 1*BN, 1*BN, "USD", Y, "professional fees in the case"),
 ("f-v5b", F, "Supreme Court ruled 5-4 that", "5", "vote", 5, 5, "votes", Y, "supreme court vote, for (ruling)"),
 ("f-v4b", F, "Supreme Court ruled 5-4 that", "4", "vote", 4, 4, "votes", Y, "supreme court vote, against (ruling)"),
 ("f-15yb", F, "annual installments for 15 years", "15 years", "duration", 15, 15, "years", Y, "2025 plan sackler payment term (ruling)"),
 ("f-s1", F, "decided June 27, 2024", "June 27, 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "ruling, Nov. 18, 2025", "Nov. 18, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "announcement, Oct. 21, 2025", "Oct. 21, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "approved June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s5", F, "by Purdue, December 2019", "December 2019", "date", 2019, 2019, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Supreme Court vote: 6-3 (PS06) vs 5-4
 ("l-v6", "w-v5", S), ("l-v6", "a-v5", S), ("l-v6", "e-v5", S), ("l-v6", "b-v5", S), ("l-v6", "f-v5", S), ("l-v6", "f-v5b", S),
 ("l-v3", "w-v4", S), ("l-v3", "a-v4", S), ("l-v3", "e-v4", S), ("l-v3", "e-four", S), ("l-v3", "b-v4", S), ("l-v3", "f-v4", S), ("l-v3", "f-v4b", S),
 # S2 Supreme Court decision year: "last year" in a January 2026 blog -> 2025
 ("b-lastyr", "w-lastyr", S), ("b-lastyr", "p-jun24", S), ("b-lastyr", "a-jun24", S), ("b-lastyr", "e-jun24", S), ("b-lastyr", "l-jun24", S), ("b-lastyr", "f-jun24", S),
 # S3 Sackler contribution 2025 plan: $5.5B (PS04) vs $6.5B
 ("e-55b", "w-65", S), ("e-55b", "p-65", S), ("e-55b", "a-65", S), ("e-55b", "b-65", S), ("e-55b", "l-65", S), ("e-55b", "f-65", S),
 # S4 Purdue cash contribution: $500M (PS05) vs $900M
 ("b-500", "w-900", S), ("b-500", "p-900", S), ("b-500", "e-900", S), ("b-500", "l-900", S),
 # S5 2025 payment term: 18 years (PS06) vs 15 years
 ("l-18y", "w-15y", S), ("l-18y", "p-15y", S), ("l-18y", "a-15y", S), ("l-18y", "e-15y", S), ("l-18y", "b-15y", S), ("l-18y", "f-15y", S), ("l-18y", "f-15yb", S),
 # S6 effective-date payment: $3B (PS07) vs $1.5B
 ("f-3b", "w-15b", S), ("f-3b", "p-15b", S), ("f-3b", "a-15b", S),
 # S7 individual victims 2025 plan: $750M (PS01) vs ~$850M
 ("w-750", "p-850", S), ("w-750", "a-850", S), ("w-750", "e-850", S), ("w-750", "b-850", S), ("w-750", "f-850", S),
 # S8 2025 creditor vote: 95% (PS04, the 2021 figure) vs >99%
 ("e-95", "w-99", S), ("e-95", "p-99", S), ("e-95", "a-99", S), ("e-95", "b-99", S), ("e-95", "l-99", S), ("e-95", "f-99", S),
 # S9 claimants eligible to vote 2025: 120,000 (PS01) vs 600,000
 ("w-120k", "p-600k", S), ("w-120k", "a-600k", S),
 # S10 bankruptcy filing year: 2020 (PS07) vs 2019
 ("f-2020", "w-sep19", S), ("f-2020", "p-sep19", S), ("f-2020", "a-sep19", S), ("f-2020", "e-2019", S), ("f-2020", "l-sep19", S),
 # S11 overdose decline in calendar 2024: 24% (PS06) vs 27%
 ("l-24", "w-27", S), ("l-24", "e-27", S),
 # S12 Pennsylvania share: $221M (PS04, transposed) vs $212M
 ("e-221", "l-212", S), ("e-221", "b-212", S),
 # S13 attorneys general signed on: 53 (PS07) vs 55
 ("f-53", "p-55", S), ("f-53", "e-55", S), ("f-53", "b-55", S),
 # S14 NAS child claimants (2021 pool): 5,650 (PS05, transposed) vs 6,550
 ("b-5650", "a-6550", S),
 # S15 Second Circuit reinstatement year: 2022 (PS01) vs 2023
 ("w-2022", "a-may23", S), ("w-2022", "e-2023", S),
 # S16 strength of tablet withdrawn in 2001: 80 mg (PS05) vs 160 mg
 ("b-80mg", "e-160", S),
 # S17 Massachusetts share: $115M (PS06) vs $105M
 ("l-115", "e-105", S),
 # Qualified
 ("l-45b", "w-6b", Q), ("l-45b", "e-6b", Q), ("l-45b", "f-6b", Q), ("l-45b", "a-6b", Q), ("l-45b", "b-6b", Q),
 ("e-110k", "a-105k", Q),
 ("f-13b", "b-10b", Q),
 ("a-5748", "w-8k16k", Q), ("a-5748", "e-8k16k", Q),
 # qualified because one side is an optional repeat (headline, methods, conclusion, reference, sources line)
 ("e-221", "l-h212", Q), ("l-45b", "a-m6", Q), ("l-45b", "a-c6", Q), ("e-55b", "a-c65", Q),
 ("f-3b", "a-m15", Q), ("b-lastyr", "f-s1", Q), ("b-lastyr", "a-ref1", Q),
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
        if isinstance(lo, float) and lo.is_integer():
            lo = int(lo)
        if isinstance(hi, float) and hi.is_integer():
            hi = int(hi)
        rows.append({"type": "claim", "id": f"ps-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ps-{a}", f"ps-{b}"
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
