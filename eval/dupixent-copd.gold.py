#!/usr/bin/env python3
"""Build dupixent-copd.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "dupixent-copd")
OUT = os.path.join(HERE, "dupixent-copd.gold.jsonl")
T = "dupixent-copd"

W, P, A, E, B, L, F = ("DC01_wire.txt", "DC02_press.txt", "DC03_abstract.txt",
                       "DC04_explainer.txt", "DC05_blog.txt", "DC06_local.txt", "DC07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- DC01 wire (2024-09-27, a Friday)
 ("w-dl", W, "NEW YORK, Sept 27 (Meridian", "Sept 27", "date", 2024, 2024, "year", N, "dateline"),
 ("w-fri", W, "Administration on Friday approved", "Friday", "date", 2024, 2024, "year", Y, "fda copd approval date"),
 ("w-300k", W, "said about 300,000 adults", "300,000", "count", 300000, 300000, "adults", Y, "us eligible adults"),
 ("w-3mo", W, "comes three months later", "three months", "duration", 3, 3, "months", Y, "fda review extension length"),
 ("w-jun27", W, "due to rule by June 27", "June 27", "date", 2024, 2024, "year", Y, "original fda target action date"),
 ("w-may", W, "but in May it extended", "May", "date", 2024, 2024, "year", Y, "fda review extension announced"),
 ("w-two", W, "of their two late-stage", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("w-july", W, "for COPD in July, the first", "July", "date", 2024, 2024, "year", Y, "eu copd approval date"),
 ("w-thismo", W, "signed off earlier this month", "earlier this month", "date", 2024, 2024, "year", Y, "uk copd approval date"),
 ("w-TWO", W, "TWO TRIALS", "TWO", "count", 2, 2, "trials", N, "section heading"),
 ("w-twoP", W, "rests on two Phase 3", "two", "count", 2, 2, "trials", N, "number of pivotal trials"),
 ("w-939", W, "enrolled 939 and 935", "939", "count", 939, 939, "patients", Y, "boreas randomized"),
 ("w-935", W, "939 and 935 current", "935", "count", 935, 935, "patients", Y, "notus randomized"),
 ("w-three", W, "on a three-drug inhaler", "three", "count", 3, 3, "drugs", N, "triple therapy"),
 ("w-150", W, "at least 150 cells per microliter", "150 cells per microliter", "concentration", 150, 150, "cells/uL", Y, "trial entry eosinophil threshold"),
 ("w-300mg", W, "injected 300 milligrams", "300 milligrams", "dose", 300, 300, "mg", Y, "copd dose"),
 ("w-2wk", W, "placebo every two weeks for", "two weeks", "duration", 2, 2, "weeks", Y, "dosing interval"),
 ("w-52wk", W, "two weeks for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "trial treatment duration"),
 ("w-30", W, "by 30% in BOREAS", "30%", "percent", 30, 30, "%", Y, "boreas exacerbation reduction"),
 ("w-34", W, "by 34% in NOTUS", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("w-1s", W, "force out in one second", "one second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("w-74", W, "rose by 74 milliliters", "74 milliliters", "volume", 74, 74, "mL", Y, "boreas post-bd fev1 difference wk12"),
 ("w-12wk", W, "placebo at 12 weeks in BOREAS", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("w-68", W, "by 68 milliliters more", "68 milliliters", "volume", 68, 68, "mL", Y, "notus post-bd fev1 difference wk12"),
 ("w-52held", W, "gains held at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("w-51", W, "questionnaire, 51% of Dupixent", "51%", "percent", 51, 51, "%", Y, "boreas sgrq response dupilumab"),
 ("w-1yr", W, "response at one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-47", W, "against 47% of those", "47%", "percent", 47, 47, "%", Y, "boreas sgrq response placebo"),
 ("w-06", W, "reported in 0.6% of", "0.6%", "percent", 0.6, 0.6, "%", Y, "cholecystitis dupilumab"),
 ("w-01", W, "versus 0.1% on placebo", "0.1%", "percent", 0.1, 0.1, "%", Y, "cholecystitis placebo"),
 ("w-1m", W, "about one million patients", "one million", "count", 1000000, 1000000, "patients", Y, "patients on dupixent worldwide (all uses)"),
 ("w-sixth", W, "is the sixth disease", "sixth", "count", 6, 6, "indications", N, "us indications"),
 ("w-2017", W, "first cleared in 2017", "2017", "date", 2017, 2017, "year", Y, "first dupixent approval (atopic dermatitis)"),
 ("w-16m", W, "Nearly 16 million American", "16 million", "count", 16000000, 16000000, "adults", Y, "us adults diagnosed with copd"),
 ("w-3803", W, "list price of $3,803.20", "$3,803.20", "money", 3803.20, 3803.20, "USD", Y, "us list price per carton"),
 ("w-twosyr", W, "carton of two pre-filled", "two", "count", 2, 2, "syringes", N, "syringes per carton"),
 ("w-49k", W, "roughly $49,000 a year at", "$49,000", "money", 49000, 49000, "USD", Y, "annual us list cost"),
 ("w-billions", W, "brings in billions of dollars", "billions", "money", None, None, "USD", N, "vague"),
 ("w-286", W, "rose 2.86% to", "2.86%", "percent", 2.86, 2.86, "%", Y, "regeneron share move"),
 ("w-1069", W, "to $1,069.75", "$1,069.75", "money", 1069.75, 1069.75, "USD", Y, "regeneron share price"),
 ("w-fri2", W, "afternoon trading on Friday", "Friday", "date", 2024, 2024, "year", N, "trading day"),
 ("w-149", W, "gained 1.49% to", "1.49%", "percent", 1.49, 1.49, "%", Y, "sanofi adr move"),
 ("w-5785", W, "to $57.85", "$57.85", "money", 57.85, 57.85, "USD", Y, "sanofi adr price"),
 ("w-decade", W, "more than a decade without", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-june", W, "way until June, when", "June", "date", 2024, 2024, "year", Y, "ohtuvayre fda approval"),

 # ---- DC02 press release (2024-07-03)
 ("p-b2", P, "Based on two phase 3", "two", "count", 2, 2, "trials", N, "subtitle"),
 ("p-b30", P, "exacerbations by 30% and 34%", "30%", "percent", 30, 30, "%", N, "subtitle repeat (boreas)"),
 ("p-b34", P, "by 30% and 34%", "34%", "percent", 34, 34, "%", N, "subtitle repeat (notus)"),
 ("p-dl", P, "N.Y., July 3, 2024 --", "July 3, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-today", P, "Inc. today announced", "today", "date", 2024, 2024, "year", Y, "eu copd approval date"),
 ("p-may", P, "at the end of May", "end of May", "date", 2024, 2024, "year", Y, "chmp positive opinion"),
 ("p-sixth", P, "is the sixth indication", "sixth", "count", 6, 6, "indications", N, "eu indications"),
 ("p-200k", P, "the more than 200,000 patients", "200,000", "count", 200000, 200000, "patients", Y, "eu eligible patients"),
 ("p-decade", P, "For more than a decade", "a decade", "duration", 10, 10, "years", N, "quote"),
 ("p-300mg", P, "evaluated Dupixent 300 mg", "300 mg", "dose", 300, 300, "mg", Y, "copd dose"),
 ("p-2wk", P, "300 mg every two weeks against", "two weeks", "duration", 2, 2, "weeks", Y, "dosing interval"),
 ("p-300c", P, "eosinophils of 300 cells per microliter", "300 cells per microliter", "concentration", 300, 300, "cells/uL", Y, "trial entry eosinophil threshold"),
 ("p-939", P, "BOREAS enrolled 939", "939", "count", 939, 939, "patients", Y, "boreas randomized"),
 ("p-bage", P, "939 adults aged 40 to 80 years", "40 to 80 years", "age", 40, 80, "years", Y, "boreas age range"),
 ("p-935", P, "NOTUS enrolled 935", "935", "count", 935, 935, "patients", Y, "notus randomized"),
 ("p-nage", P, "935 adults aged 40 to 80 years", "40 to 80 years", "age", 40, 80, "years", Y, "notus age range"),
 ("p-468", P, "(n=468)", "468", "count", 468, 468, "patients", Y, "boreas dupilumab arm"),
 ("p-471", P, "(n=471)", "471", "count", 471, 471, "patients", Y, "boreas placebo arm"),
 ("p-30", P, "a 30% reduction in moderate", "30%", "percent", 30, 30, "%", Y, "boreas exacerbation reduction"),
 ("p-52a", P, "COPD exacerbations over 52 weeks, the primary", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-160", P, "baseline of 160 mL", "160 mL", "volume", 160, 160, "mL", Y, "boreas pre-bd fev1 dupilumab wk12"),
 ("p-77", P, "versus 77 mL at 12", "77 mL", "volume", 77, 77, "mL", Y, "boreas pre-bd fev1 placebo wk12"),
 ("p-12a", P, "77 mL at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-52b", P, "sustained at 52 weeks (153", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-153", P, "(153 mL versus", "153 mL", "volume", 153, 153, "mL", Y, "boreas pre-bd fev1 dupilumab wk52"),
 ("p-70", P, "versus 70 mL)", "70 mL", "volume", 70, 70, "mL", Y, "boreas pre-bd fev1 placebo wk52"),
 ("p-51a", P, "(SGRQ) in 51% of patients", "51%", "percent", 51, 51, "%", Y, "boreas sgrq response dupilumab"),
 ("p-43", P, "versus 43% at 52", "43%", "percent", 43, 43, "%", Y, "boreas sgrq response placebo"),
 ("p-52c", P, "43% at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-470", P, "(n=470)", "470", "count", 470, 470, "patients", Y, "notus dupilumab arm"),
 ("p-465", P, "(n=465)", "465", "count", 465, 465, "patients", Y, "notus placebo arm"),
 ("p-34", P, "a 34% reduction in moderate", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("p-52d", P, "severe exacerbations over 52 weeks;", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-139", P, "FEV1 of 139 mL", "139 mL", "volume", 139, 139, "mL", Y, "notus pre-bd fev1 dupilumab wk12"),
 ("p-57", P, "versus 57 mL at 12", "57 mL", "volume", 57, 57, "mL", Y, "notus pre-bd fev1 placebo wk12"),
 ("p-12b", P, "57 mL at 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("p-52e", P, "sustained at 52 weeks (115", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-115", P, "(115 mL versus", "115 mL", "volume", 115, 115, "mL", Y, "notus pre-bd fev1 dupilumab wk52"),
 ("p-54", P, "versus 54 mL)", "54 mL", "volume", 54, 54, "mL", Y, "notus pre-bd fev1 placebo wk52"),
 ("p-51b", P, "SGRQ response in 51%", "51%", "percent", 51, 51, "%", Y, "notus sgrq response dupilumab"),
 ("p-47", P, "versus 47% at 52", "47%", "percent", 47, 47, "%", Y, "notus sgrq response placebo"),
 ("p-52f", P, "47% at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-67", P, "were 67% for Dupixent", "67%", "percent", 67, 67, "%", Y, "notus any adverse event dupilumab"),
 ("p-66", P, "and 66% for placebo", "66%", "percent", 66, 66, "%", Y, "notus any adverse event placebo"),
 ("p-94", P, "(9.4% versus", "9.4%", "percent", 9.4, 9.4, "%", Y, "notus covid-19 ae dupilumab"),
 ("p-82", P, "versus 8.2%)", "8.2%", "percent", 8.2, 8.2, "%", Y, "notus covid-19 ae placebo"),
 ("p-75", P, "(7.5% versus", "7.5%", "percent", 7.5, 7.5, "%", Y, "notus headache dupilumab"),
 ("p-65", P, "versus 6.5%)", "6.5%", "percent", 6.5, 6.5, "%", Y, "notus headache placebo"),
 ("p-twice", P, "same benefit twice", "twice", "count", 2, 2, "trials", N, "quote"),
 ("p-twotr", P, "in two separate trials", "two", "count", 2, 2, "trials", N, "quote"),
 ("p-sep27", P, "action date of September 27, 2024", "September 27, 2024", "date", 2024, 2024, "year", Y, "revised fda target action date"),
 ("p-1988", P, "Founded in 1988", "1988", "date", 1988, 1988, "year", N, "about section"),

 # ---- DC03 abstract (2025-04-14)
 ("a-pub", A, "Published online 14 April 2025", "14 April 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-3040", A, "an estimated 30–40% of patients", "30–40%", "percent", 30, 40, "%", Y, "share of copd with type 2 inflammation"),
 ("a-two", A, "Two phase 3 trials of", "Two", "count", 2, 2, "trials", N, "background"),
 ("a-52wk", A, "were 52-week, multicentre", "52-week", "duration", 52, 52, "weeks", Y, "trial treatment duration"),
 ("a-275", A, "run at 275 sites", "275", "count", 275, 275, "sites", Y, "boreas sites"),
 ("a-24", A, "in 24 countries", "24", "count", 24, 24, "countries", Y, "boreas countries"),
 ("a-bage", A, "aged 40–80 years (BOREAS)", "40–80 years", "age", 40, 80, "years", Y, "boreas age range"),
 ("a-nage", A, "or 40–85 years (NOTUS)", "40–85 years", "age", 40, 85, "years", Y, "notus age range"),
 ("a-300", A, "count of ≥300 cells/μL", "≥300 cells/μL", "concentration", 300, 300, "cells/uL", Y, "trial entry eosinophil threshold"),
 ("a-2mod", A, "at least 2 moderate or 1 severe", "2", "count", 2, 2, "exacerbations", Y, "entry: moderate exacerbations prior year"),
 ("a-1sev", A, "2 moderate or 1 severe exacerbation", "1", "count", 1, 1, "exacerbations", Y, "entry: severe exacerbations prior year"),
 ("a-11", A, "randomized 1:1 to", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-300mg", A, "dupilumab 300 mg or placebo", "300 mg", "dose", 300, 300, "mg", Y, "copd dose"),
 ("a-2wk", A, "placebo every 2 weeks", "2 weeks", "duration", 2, 2, "weeks", Y, "dosing interval"),
 ("a-w12", A, "at weeks 12 and 52 and the change", "12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-w52", A, "weeks 12 and 52 and the change", "52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-w52b", A, "total score at week 52. Rates", "week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-1874", A, "N = 1874", "1874", "count", 1874, 1874, "patients", Y, "pooled randomized"),
 ("a-938", A, "n=938", "938", "count", 938, 938, "patients", Y, "pooled dupilumab arm"),
 ("a-936", A, "n=936", "936", "count", 936, 936, "patients", Y, "pooled placebo arm"),
 ("a-657", A, "657 were former", "657", "count", 657, 657, "patients", Y, "boreas former smokers"),
 ("a-282", A, "and 282 current smokers", "282", "count", 282, 282, "patients", Y, "boreas current smokers"),
 ("a-079", A, "was 0.79 with dupilumab", "0.79", "rate", 0.79, 0.79, "exacerbations/yr", Y, "pooled exacerbation rate dupilumab"),
 ("a-116", A, "and 1.16 with placebo", "1.16", "rate", 1.16, 1.16, "exacerbations/yr", Y, "pooled exacerbation rate placebo"),
 ("a-069", A, "(rate ratio 0.69, 95% CI", "0.69", "ratio", 0.69, 0.69, "rate ratio", Y, "pooled rate ratio"),
 ("a-069ci", A, "CI 0.60–0.79; P", "0.60–0.79", "ratio", 0.60, 0.79, "rate ratio", Y, "ci"),
 ("a-p1", A, "P<0.0001), a reduction", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-31", A, "a reduction of 31%", "31%", "percent", 31, 31, "%", Y, "pooled exacerbation reduction"),
 ("a-939", A, "in BOREAS (n=939)", "939", "count", 939, 939, "patients", Y, "boreas randomized"),
 ("a-078", A, "the rates were 0.78 and 1.01", "0.78", "rate", 0.78, 0.78, "exacerbations/yr", Y, "boreas exacerbation rate dupilumab"),
 ("a-101", A, "0.78 and 1.01", "1.01", "rate", 1.01, 1.01, "exacerbations/yr", Y, "boreas exacerbation rate placebo"),
 ("a-070", A, "(rate ratio 0.70, 95% CI", "0.70", "ratio", 0.70, 0.70, "rate ratio", Y, "boreas rate ratio"),
 ("a-070ci", A, "CI 0.58–0.86)", "0.58–0.86", "ratio", 0.58, 0.86, "rate ratio", Y, "ci"),
 ("a-30", A, "a 30% reduction, and", "30%", "percent", 30, 30, "%", Y, "boreas exacerbation reduction"),
 ("a-935", A, "in NOTUS (n=935)", "935", "count", 935, 935, "patients", Y, "notus randomized"),
 ("a-086", A, "(n=935) 0.86 and 1.30", "0.86", "rate", 0.86, 0.86, "exacerbations/yr", Y, "notus exacerbation rate dupilumab"),
 ("a-130", A, "0.86 and 1.30", "1.30", "rate", 1.30, 1.30, "exacerbations/yr", Y, "notus exacerbation rate placebo"),
 ("a-066", A, "(rate ratio 0.66, 95% CI", "0.66", "ratio", 0.66, 0.66, "rate ratio", Y, "notus rate ratio"),
 ("a-066ci", A, "CI 0.54–0.82)", "0.54–0.82", "ratio", 0.54, 0.82, "rate ratio", Y, "ci"),
 ("a-34", A, "a 34% reduction.", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("a-p83", A, "placebo was 83 mL at week 12", "83 mL", "volume", 83, 83, "mL", Y, "pooled pre-bd fev1 difference wk12"),
 ("a-pw12", A, "83 mL at week 12 and 73", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-p73", A, "and 73 mL at week 52", "73 mL", "volume", 73, 73, "mL", Y, "pooled pre-bd fev1 difference wk52"),
 ("a-pw52", A, "73 mL at week 52 in the pooled", "week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-p2", A, "(both P<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-w12t", A, "the week-12 difference", "week-12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-b83", A, "difference was 83 mL (95% CI 42", "83 mL", "volume", 83, 83, "mL", Y, "boreas pre-bd fev1 difference wk12"),
 ("a-b83ci", A, "CI 42 to 125)", "42 to 125", "volume", 42, 125, "mL", Y, "ci"),
 ("a-n82", A, "and 82 mL (95% CI 40", "82 mL", "volume", 82, 82, "mL", Y, "notus pre-bd fev1 difference wk12"),
 ("a-n82ci", A, "CI 40 to 124)", "40 to 124", "volume", 40, 124, "mL", Y, "ci"),
 ("a-w52t", A, "at week 52 it was", "week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-b83w52", A, "it was 83 mL in BOREAS", "83 mL", "volume", 83, 83, "mL", Y, "boreas pre-bd fev1 difference wk52"),
 ("a-n62", A, "and 62 mL in NOTUS", "62 mL", "volume", 62, 62, "mL", Y, "notus pre-bd fev1 difference wk52"),
 ("a-p02", A, "(P=0.02)", "0.02", "pvalue", 0.02, 0.02, "p", N, "p-value"),
 ("a-139", A, "rose by 139 mL", "139 mL", "volume", 139, 139, "mL", Y, "notus pre-bd fev1 dupilumab wk12"),
 ("a-57", A, "and 57 mL with placebo", "57 mL", "volume", 57, 57, "mL", Y, "notus pre-bd fev1 placebo wk12"),
 ("a-w12c", A, "with placebo at week 12.", "week 12", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-bsg", A, "differences of −3.4 points", "−3.4 points", "score", -3.4, -3.4, "points", Y, "boreas sgrq difference wk52"),
 ("a-bsgci", A, "(95% CI −5.5 to −1.3)", "−5.5 to −1.3", "score", -5.5, -1.3, "points", Y, "ci"),
 ("a-nsg", A, "and −3.4 points (95% CI −5.8", "−3.4 points", "score", -3.4, -3.4, "points", Y, "notus sgrq difference wk52"),
 ("a-nsgci", A, "(95% CI −5.8 to −0.9)", "−5.8 to −0.9", "score", -5.8, -0.9, "points", Y, "ci"),
 ("a-scs1", A, "(0.639 vs 0.966)", "0.639", "rate", 0.639, 0.639, "courses/yr", Y, "systemic steroid courses dupilumab"),
 ("a-scs2", A, "0.639 vs 0.966", "0.966", "rate", 0.966, 0.966, "courses/yr", Y, "systemic steroid courses placebo"),
 ("a-1874b", A, "Across 1874 patients", "1874", "count", 1874, 1874, "patients", N, "conclusion repeat"),
 ("a-two2", A, "patients in two trials", "two", "count", 2, 2, "trials", N, "conclusion"),
 ("a-third", A, "by about a third relative", "a third", "percent", 33.3, 33.3, "%", N, "summary of 31%"),
 ("a-12wk", A, "within 12 weeks with", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("a-52wk2", A, "maintained to 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-300b", A, "eosinophils of 300 cells/μL or more", "300 cells/μL", "concentration", 300, 300, "cells/uL", N, "conclusion repeat"),

 # ---- DC04 explainer (2025-01-15)
 ("e-upd", E, "Updated January 15, 2025", "January 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2024", E, "That changed in 2024", "2024", "date", 2024, 2024, "year", N, "intro (first copd approval year)"),
 ("e-twoprot", E, "blocks two signalling", "two", "count", 2, 2, "proteins", N, "mechanism"),
 ("e-2017", E, "used since 2017", "2017", "date", 2017, 2017, "year", Y, "first dupixent approval (atopic dermatitis)"),
 ("e-jul23", E, "for COPD in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "eu copd approval date"),
 ("e-sep24", E, "followed in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "fda copd approval date"),
 ("e-jun27", E, "decision by June 27, 2024", "June 27, 2024", "date", 2024, 2024, "year", Y, "original fda target action date"),
 ("e-6mo", E, "back by six months", "six months", "duration", 6, 6, "months", Y, "fda review extension length"),
 ("e-2mod", E, "at least two moderate flare-ups", "two", "count", 2, 2, "exacerbations", Y, "entry: moderate exacerbations prior year"),
 ("e-1sev", E, "or one severe flare-up", "one", "count", 1, 1, "exacerbations", Y, "entry: severe exacerbations prior year"),
 ("e-300c", E, "of at least 300 cells per microliter", "300 cells per microliter", "concentration", 300, 300, "cells/uL", Y, "eosinophil threshold (eligibility)"),
 ("e-150", E, "cut-off of 150 cells", "150 cells", "concentration", 150, 150, "cells/uL", Y, "asthma eosinophil cut-off"),
 ("e-300k", E, "about 300,000 adults", "300,000", "count", 300000, 300000, "adults", Y, "us eligible adults"),
 ("e-220k", E, "about 220,000 in the", "220,000", "count", 220000, 220000, "patients", Y, "eu eligible patients"),
 ("e-two2", E, "Two large trials", "Two", "count", 2, 2, "trials", N, "aside"),
 ("e-30", E, "had 30% fewer", "30%", "percent", 30, 30, "%", Y, "boreas exacerbation reduction"),
 ("e-1yr", E, "flare-ups over a year than", "a year", "duration", 1, 1, "years", N, "trial period"),
 ("e-078", E, "about 0.78 flare-ups", "0.78", "rate", 0.78, 0.78, "exacerbations/yr", Y, "boreas exacerbation rate dupilumab"),
 ("e-110", E, "instead of 1.10", "1.10", "rate", 1.10, 1.10, "exacerbations/yr", Y, "boreas exacerbation rate placebo"),
 ("e-34", E, "the reduction was 34%", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("e-1s", E, "blow out in one second", "one second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("e-139", E, "rose by 139 mL", "139 mL", "volume", 139, 139, "mL", Y, "notus pre-bd fev1 dupilumab wk12"),
 ("e-77", E, "against 77 mL on placebo", "77 mL", "volume", 77, 77, "mL", Y, "notus pre-bd fev1 placebo wk12"),
 ("e-12wk", E, "after 12 weeks", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("e-74", E, "was 74 mL in BOREAS", "74 mL", "volume", 74, 74, "mL", Y, "boreas post-bd fev1 difference wk12"),
 ("e-69", E, "and 69 mL in NOTUS", "69 mL", "volume", 69, 69, "mL", Y, "notus post-bd fev1 difference wk12"),
 ("e-300mg", E, "It is a 300 mg injection", "300 mg", "dose", 300, 300, "mg", Y, "copd dose"),
 ("e-2wk", E, "skin every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "dosing interval"),
 ("e-200", E, "use a 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "asthma dose (some patients)"),
 ("e-300mg2", E, "the approved dose is 300 mg", "300 mg", "dose", 300, 300, "mg", Y, "copd dose"),
 ("e-67", E, "NOTUS, 67% of patients", "67%", "percent", 67, 67, "%", Y, "notus any adverse event dupilumab"),
 ("e-66", E, "and 66% on placebo", "66%", "percent", 66, 66, "%", Y, "notus any adverse event placebo"),
 ("e-atleast1", E, "reported at least one", "one", "count", 1, 1, "events", N, "definition"),
 ("e-06", E, "inflammation in 0.6% of", "0.6%", "percent", 0.6, 0.6, "%", Y, "cholecystitis dupilumab"),
 ("e-01", E, "versus 0.1% on placebo", "0.1%", "percent", 0.1, 0.1, "%", Y, "cholecystitis placebo"),
 ("e-3803", E, "is $3,803.20 for a carton", "$3,803.20", "money", 3803.20, 3803.20, "USD", Y, "us list price per carton"),
 ("e-twodoses", E, "carton of two doses", "two", "count", 2, 2, "doses", N, "doses per carton"),
 ("e-49k", E, "roughly $49,000 a year", "$49,000", "money", 49000, 49000, "USD", Y, "annual us list cost"),
 ("e-0", E, "as little as $0", "$0", "money", 0, 0, "USD", Y, "minimum copay with card"),
 ("e-13k", E, "annual limit of $13,000", "$13,000", "money", 13000, 13000, "USD", Y, "copay card annual cap"),
 ("e-jun26", E, "On June 26, 2024", "June 26, 2024", "date", 2024, 2024, "year", Y, "ohtuvayre fda approval"),
 ("e-11", E, "with 11 of 15 members", "11", "vote", 11, 11, "votes for", Y, "icer ensifentrine net-benefit vote (for)"),
 ("e-15", E, "11 of 15 members", "15", "count", 15, 15, "members", Y, "icer panel voting members"),
 ("e-icerp", E, "price of $7,500 to $12,700 a year", "$7,500 to $12,700", "money", 7500, 12700, "USD", Y, "icer ensifentrine value-based price"),
 ("e-300r", E, "A result of 300 or more", "300", "concentration", 300, 300, "cells/uL", N, "advice repeat"),
 ("e-2yago", E, "did not exist two years ago", "two years", "duration", 2, 2, "years", N, "aside"),

 # ---- DC05 blog (2026-02-10)
 ("b-pub", B, "February 10, 2026 · 7 min read", "February 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-cap2wk", B, "home once every two weeks", "two weeks", "duration", 2, 2, "weeks", N, "caption (dosing interval)"),
 ("b-2wkago", B, "Two weeks ago the National", "Two weeks ago", "date", 2026, 2026, "year", N, "nice final draft (relative)"),
 ("b-1sev", B, "at least 1 severe or 2 moderate", "1", "count", 1, 1, "exacerbations", Y, "nice: severe exacerbations prior 12 months"),
 ("b-2mod", B, "1 severe or 2 moderate", "2", "count", 2, 2, "exacerbations", Y, "nice: moderate exacerbations prior 12 months"),
 ("b-12mo", B, "in the previous 12 months, and must", "12 months", "duration", 12, 12, "months", Y, "nice: lookback period"),
 ("b-300", B, "count of 300 cells per microlitre", "300 cells per microlitre", "concentration", 300, 300, "cells/uL", Y, "nice eosinophil threshold"),
 ("b-30k", B, "about 30,000 people in England", "30,000", "count", 30000, 30000, "people", Y, "england eligible"),
 ("b-two", B, "same two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("b-b34", B, "exacerbations by 34% compared", "34%", "percent", 34, 34, "%", Y, "boreas exacerbation reduction"),
 ("b-n34", B, "was also 34%", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("b-31", B, "the reduction was 31%", "31%", "percent", 31, 31, "%", Y, "pooled exacerbation reduction"),
 ("b-62", B, "was still 62 mL", "62 mL", "volume", 62, 62, "mL", Y, "notus pre-bd fev1 difference wk52"),
 ("b-1yr", B, "62 mL at one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-31b", B, "A 31% relative reduction", "31%", "percent", 31, 31, "%", N, "repeat"),
 ("b-three", B, "have had three flare-ups", "three", "count", 3, 3, "exacerbations", N, "hypothetical"),
 ("b-twofl", B, "might have two", "two", "count", 2, 2, "exacerbations", N, "hypothetical"),
 ("b-lastyr", B, "An earlier draft last year", "last year", "date", 2025, 2025, "year", N, "nice negative draft"),
 ("b-1264", B, "price of £1,264.89", "£1,264.89", "money", 1264.89, 1264.89, "GBP", Y, "uk list price per 2-pack"),
 ("b-twopack", B, "for a two-pack of", "two", "count", 2, 2, "pens", N, "pack size"),
 ("b-300mg", B, "two-pack of 300 mg pens", "300 mg", "dose", 300, 300, "mg", Y, "pen strength"),
 ("b-23311", B, "at £23,311 per", "£23,311", "money", 23311, 23311, "GBP/QALY", Y, "nice committee-preferred icer"),
 ("b-2030", B, "range of £20,000 to £30,000", "£20,000 to £30,000", "money", 20000, 30000, "GBP/QALY", Y, "nice threshold range"),
 ("b-half", B, "if half of eligible patients", "half", "percent", 50, 50, "%", Y, "modelled uptake"),
 ("b-3600", B, "prevent about 3,600 exacerbations", "3,600", "count", 3600, 3600, "exacerbations", Y, "exacerbations prevented per year (nice model)"),
 ("b-165", B, "save roughly £16.5 million", "£16.5 million", "money", 16500000, 16500000, "GBP", Y, "nhs savings (nice model)"),
 ("b-twocond", B, "Two conditions matter", "Two", "count", 2, 2, "conditions", N, "aside"),
 ("b-90", B, "dupilumab within 90 days", "90 days", "duration", 90, 90, "days", Y, "nhs funding deadline"),
 ("b-nextwk", B, "start everyone next week", "next week", "date", 2026, 2026, "year", N, "aside"),
 ("b-12resp", B, "reviewed at 12 months", "12 months", "duration", 12, 12, "months", Y, "response assessment time"),
 ("b-fortnight", B, "once a fortnight", "a fortnight", "duration", 2, 2, "weeks", N, "newsletter box"),
 ("b-lastsep", B, "approved it last September", "last September", "date", 2025, 2025, "year", Y, "fda copd approval date"),
 ("b-15k", B, "covers up to $15,000 a year", "$15,000", "money", 15000, 15000, "USD", Y, "copay card annual cap"),
 ("b-2024", B, "approved in the US in 2024", "2024", "date", 2024, 2024, "year", Y, "ohtuvayre fda approval"),
 ("b-11", B, "was 11 to 4 in favour", "11", "vote", 11, 11, "votes for", Y, "icer ensifentrine net-benefit vote (for)"),
 ("b-4", B, "11 to 4 in favour", "4", "vote", 4, 4, "votes against", Y, "icer ensifentrine net-benefit vote (against)"),
 ("b-single", B, "A single reading of 300", "single", "count", 1, 1, "readings", N, "advice"),
 ("b-300r", B, "reading of 300 or more", "300", "concentration", 300, 300, "cells/uL", N, "advice repeat"),

 # ---- DC06 trade news (2026-01-27), hard-wrapped
 ("l-pub", L, "Tuesday, January 27, 2026", "January 27, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-mon", L, "(NICE) on Monday published", "Monday", "date", 2026, 2026, "year", Y, "nice final draft guidance date"),
 ("l-lastyr", L, "a draft from last year", "last year", "date", 2025, 2025, "year", N, "nice negative draft"),
 ("l-30k", L, "About 30,000 people in England", "30,000", "count", 30000, 30000, "people", Y, "england eligible"),
 ("l-1sev", L, "defined as 1 or more severe", "1", "count", 1, 1, "exacerbations", Y, "nice: severe exacerbations prior 12 months"),
 ("l-2mod", L, "or 2 or more moderate", "2", "count", 2, 2, "exacerbations", Y, "nice: moderate exacerbations prior 12 months"),
 ("l-12mo", L, "previous 12 months, and raised", "12 months", "duration", 12, 12, "months", Y, "nice: lookback period"),
 ("l-300", L, "a count of 300 cells per microlitre", "300 cells per microlitre", "concentration", 300, 300, "cells/uL", Y, "nice eosinophil threshold"),
 ("l-12resp", L, "response at 12 months", "12 months", "duration", 12, 12, "months", Y, "response assessment time"),
 ("l-90", L, "drug within 90 days", "90 days", "duration", 90, 90, "days", Y, "nhs funding deadline"),
 ("l-1264", L, "is £1,264.89 for", "£1,264.89", "money", 1264.89, 1264.89, "GBP", Y, "uk list price per 2-pack"),
 ("l-2pack", L, "for a 2-pack of", "2", "count", 2, 2, "pens", N, "pack size"),
 ("l-300mg", L, "2-pack of 300 mg", "300 mg", "dose", 300, 300, "mg", Y, "pen strength"),
 ("l-23113", L, "ratio was £23,113 per", "£23,113", "money", 23113, 23113, "GBP/QALY", Y, "nice committee-preferred icer"),
 ("l-2030", L, "the £20,000 to £30,000 range", "£20,000 to £30,000", "money", 20000, 30000, "GBP/QALY", Y, "nice threshold range"),
 ("l-half", L, "treating half of the eligible", "half", "percent", 50, 50, "%", Y, "modelled uptake"),
 ("l-6300", L, "prevent about 6,300 exacerbations", "6,300", "count", 6300, 6300, "exacerbations", Y, "exacerbations prevented per year (nice model)"),
 ("l-165", L, "roughly £16.5 million", "£16.5 million", "money", 16500000, 16500000, "GBP", Y, "nhs savings (nice model)"),
 ("l-1874", L, "covering 1,874 patients", "1,874", "count", 1874, 1874, "patients", Y, "pooled randomized"),
 ("l-938", L, "938 given dupilumab", "938", "count", 938, 938, "patients", Y, "pooled dupilumab arm"),
 ("l-936", L, "936 given placebo", "936", "count", 936, 936, "patients", Y, "pooled placebo arm"),
 ("l-31", L, "exacerbations by 31% (rate", "31%", "percent", 31, 31, "%", Y, "pooled exacerbation reduction"),
 ("l-069", L, "(rate ratio 0.69)", "0.69", "ratio", 0.69, 0.69, "rate ratio", Y, "pooled rate ratio"),
 ("l-116", L, "from 1.16 events a year", "1.16", "rate", 1.16, 1.16, "exacerbations/yr", Y, "pooled exacerbation rate placebo"),
 ("l-079", L, "with placebo to 0.79", "0.79", "rate", 0.79, 0.79, "exacerbations/yr", Y, "pooled exacerbation rate dupilumab"),
 ("l-953", L, "NOTUS alone enrolled 953 adults", "953", "count", 953, 953, "patients", Y, "notus randomized"),
 ("l-3040", L, "present in 30% to 40% of", "30% to 40%", "percent", 30, 40, "%", Y, "share of copd with type 2 inflammation"),
 ("l-jul24", L, "for COPD in July 2024, the first", "July 2024", "date", 2024, 2024, "year", Y, "eu copd approval date"),
 ("l-sep24", L, "regulator followed in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "uk copd approval date"),
 ("l-200k", L, "at about 200,000 adults", "200,000", "count", 200000, 200000, "adults", Y, "us eligible adults"),
 ("l-1in10", L, "fewer than 1 in 10 people", "1 in 10", "percent", 10, 10, "%", Y, "copd patients receiving basic care"),
 ("l-nextmo", L, "published next month", "next month", "date", 2026, 2026, "year", N, "forecast"),

 # ---- DC07 fact-check (2024-10-15)
 ("f-pub", F, "Fact check · October 15, 2024", "October 15, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-h100k", F, "does not cost $100,000 a year", "$100,000", "money", 100000, 100000, "USD", N, "post claim (headline)"),
 ("f-halfp", F, "\"cuts flare-ups in half\"", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-100k", F, "\"costs $100,000 a year, so", "$100,000", "money", 100000, 100000, "USD", N, "post claim"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-halfv", F, "about half the figure", "half", "ratio", 0.5, 0.5, "x", N, "verdict"),
 ("f-sep27", F, "On September 27, 2024, the U.S.", "September 27, 2024", "date", 2024, 2024, "year", Y, "fda copd approval date"),
 ("f-3mo", F, "came three months after", "three months", "duration", 3, 3, "months", Y, "fda review extension length"),
 ("f-jun27", F, "original deadline of June 27", "June 27", "date", 2024, 2024, "year", Y, "original fda target action date"),
 ("f-may", F, "in May the FDA extended", "May", "date", 2024, 2024, "year", Y, "fda review extension announced"),
 ("f-300c", F, "at least 300 cells per microliter", "300 cells per microliter", "concentration", 300, 300, "cells/uL", Y, "trial entry eosinophil threshold"),
 ("f-300k", F, "estimate about 300,000 U.S. adults", "300,000", "count", 300000, 300000, "adults", Y, "us eligible adults"),
 ("f-16m", F, "nearly 16 million American", "16 million", "count", 16000000, 16000000, "adults", Y, "us adults diagnosed with copd"),
 ("f-halfc", F, "The \"half\" claim", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-two", F, "In the two Phase 3", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-30", F, "flare-ups by 30% and 34% respectively", "30%", "percent", 30, 30, "%", Y, "boreas exacerbation reduction"),
 ("f-34", F, "30% and 34% respectively", "34%", "percent", 34, 34, "%", Y, "notus exacerbation reduction"),
 ("f-50", F, "well short of 50%", "50%", "percent", 50, 50, "%", N, "post claim restated"),
 ("f-1900", F, "randomized nearly 1,900 patients", "1,900", "count", 1900, 1900, "patients", Y, "pooled randomized (rounded)"),
 ("f-82a", F, "improved by 82 mL more", "82 mL", "volume", 82, 82, "mL", Y, "notus pre-bd fev1 difference wk12"),
 ("f-12wk", F, "placebo at 12 weeks, and", "12 weeks", "duration", 12, 12, "weeks", N, "timepoint"),
 ("f-52wk", F, "the gap at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", N, "timepoint"),
 ("f-82b", F, "was also 82 mL", "82 mL", "volume", 82, 82, "mL", Y, "notus pre-bd fev1 difference wk52"),
 ("f-third", F, "roughly one-third reductions", "one-third", "percent", 33.3, 33.3, "%", N, "quote summary"),
 ("f-23", F, "having two or three bad", "two or three", "count", 2, 3, "exacerbations", N, "hypothetical"),
 ("f-200mg", F, "Patients inject 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "copd dose"),
 ("f-2wk", F, "every two weeks, on top", "two weeks", "duration", 2, 2, "weeks", Y, "dosing interval"),
 ("f-3083", F, "list price is $3,083.20", "$3,083.20", "money", 3083.20, 3083.20, "USD", Y, "us list price per carton"),
 ("f-twosyr", F, "carton of two syringes", "two", "count", 2, 2, "syringes", N, "syringes per carton"),
 ("f-49k", F, "roughly $49,000 a year at the", "$49,000", "money", 49000, 49000, "USD", Y, "annual us list cost"),
 ("f-100kb", F, "for the $100,000 figure", "$100,000", "money", 100000, 100000, "USD", N, "post claim"),
 ("f-12", F, "panel voted 12-3 that", "12", "vote", 12, 12, "votes for", Y, "icer ensifentrine net-benefit vote (for)"),
 ("f-3", F, "voted 12-3 that", "3", "vote", 3, 3, "votes against", Y, "icer ensifentrine net-benefit vote (against)"),
 ("f-sep27b", F, "COPD on September 27, but", "September 27", "date", 2024, 2024, "year", Y, "fda copd approval date (ruling)"),
 ("f-300kb", F, "about 300,000 people in the United", "300,000", "count", 300000, 300000, "adults", Y, "us eligible adults (ruling)"),
 ("f-3034", F, "by 30% to 34% in trials", "30% to 34%", "percent", 30, 34, "%", N, "ruling summary range"),
 ("f-halfr", F, "not by half", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-49kb", F, "about $49,000 a year, not", "$49,000", "money", 49000, 49000, "USD", Y, "annual us list cost (ruling)"),
 ("f-100kc", F, "not $100,000. We rate", "$100,000", "money", 100000, 100000, "USD", N, "post claim (ruling)"),
 ("f-s1", F, "revised September 2024", "September 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s2", F, "news release, September 27, 2024;", "September 27, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s3", F, "extension, May 31, 2024", "May 31, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s4", F, "final evidence report, 2024", "2024", "date", 2024, 2024, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 BOREAS exacerbation reduction: 34% (blog, NOTUS figure swapped in) vs 30%
 ("b-b34", "w-30", S), ("b-b34", "p-30", S), ("b-b34", "a-30", S), ("b-b34", "e-30", S), ("b-b34", "f-30", S),
 # S2 NOTUS randomized: 953 (transposed) vs 935
 ("l-953", "w-935", S), ("l-953", "p-935", S), ("l-953", "a-935", S),
 # S3 NOTUS week-12 pre-BD FEV1, placebo arm: 77 (BOREAS placebo figure) vs 57
 ("e-77", "p-57", S), ("e-77", "a-57", S),
 # S4 NOTUS week-52 pre-BD FEV1 difference: 82 (week-12 figure) vs 62
 ("f-82b", "a-n62", S), ("f-82b", "b-62", S),
 # S5 FDA review extension: six months vs three months
 ("e-6mo", "w-3mo", S), ("e-6mo", "f-3mo", S),
 # S6 FDA approval year: "last September" in a Feb 2026 post = Sept 2025 vs Sept 2024
 ("b-lastsep", "w-fri", S), ("b-lastsep", "f-sep27", S), ("b-lastsep", "f-sep27b", S), ("b-lastsep", "e-sep24", S),
 # S7 EU approval year: July 2023 vs 2024
 ("e-jul23", "p-today", S), ("e-jul23", "w-july", S), ("e-jul23", "l-jul24", S),
 # S8 US eligible adults: 200,000 (EU figure swapped in) vs 300,000
 ("l-200k", "w-300k", S), ("l-200k", "e-300k", S), ("l-200k", "f-300k", S), ("l-200k", "f-300kb", S),
 # S9 US list price per carton: $3,083.20 (transposed) vs $3,803.20
 ("f-3083", "w-3803", S), ("f-3083", "e-3803", S),
 # S10 copay card annual cap: $15,000 vs $13,000
 ("b-15k", "e-13k", S),
 # S11 NICE committee-preferred ICER: £23,311 vs £23,113
 ("b-23311", "l-23113", S),
 # S12 exacerbations prevented a year (NICE model): 6,300 vs 3,600
 ("l-6300", "b-3600", S),
 # S13 COPD dose: 200 mg (asthma dose) vs 300 mg
 ("f-200mg", "w-300mg", S), ("f-200mg", "p-300mg", S), ("f-200mg", "a-300mg", S), ("f-200mg", "e-300mg", S), ("f-200mg", "e-300mg2", S),
 # S14 trial entry eosinophil threshold: 150 (asthma cut-off) vs 300
 ("w-150", "p-300c", S), ("w-150", "a-300", S), ("w-150", "f-300c", S), ("w-150", "e-300c", S),
 # S15 BOREAS SGRQ responders on placebo: 47% (NOTUS placebo) vs 43%
 ("w-47", "p-43", S),
 # S16 BOREAS placebo exacerbation rate: 1.01 (transposed) vs 1.10
 ("a-101", "e-110", S),
 # S17 NOTUS age range: 40-80 (BOREAS range) vs 40-85
 ("p-nage", "a-nage", S),
 # S18 ICER ensifentrine vote: 12-3 vs 11 of 15 / 11 to 4
 ("f-12", "e-11", S), ("f-12", "b-11", S), ("f-3", "b-4", S),
 # Qualified
 ("w-68", "e-69", Q),                      # real 68 vs 69 mL discrepancy between outlets
 ("p-200k", "e-220k", Q),                  # real: "more than 200,000" (CEO quote) vs "around 220,000"
 ("f-200mg", "b-300mg", Q), ("f-200mg", "l-300mg", Q),   # dose vs pen strength
 ("w-150", "b-300", Q), ("w-150", "l-300", Q),           # trial entry vs NICE eligibility criterion
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
        rows.append({"type": "claim", "id": f"dc-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"dc-{a}", f"dc-{b}"
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
