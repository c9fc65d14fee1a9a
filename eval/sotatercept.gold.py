#!/usr/bin/env python3
"""Build sotatercept.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "sotatercept")
OUT = os.path.join(HERE, "sotatercept.gold.jsonl")
T = "sotatercept"

W, P, A, E, B, L, F = ("st01_wire.txt", "st02_press.txt", "st03_abstract.txt",
                       "st04_explainer.txt", "st05_blog.txt", "st06_local.txt", "st07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- st01 wire (2025-04-01)
 ("w-dl", W, "CHICAGO, April 1", "April 1", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "presented on Monday", "Monday", "date", 2025, 2025, "year", Y, "zenith full results presented (acc.25)"),
 ("w-15", W, "15 of 86 patients given", "15", "count", 15, 15, "patients", Y, "zenith sotatercept patients with event"),
 ("w-86a", W, "15 of 86 patients given", "86", "count", 86, 86, "patients", Y, "zenith sotatercept arm size"),
 ("w-174", W, "or 17.4%, had", "17.4%", "percent", 17.4, 17.4, "%", Y, "zenith sotatercept event rate"),
 ("w-47", W, "with 47 of 86 patients", "47", "count", 47, 47, "patients", Y, "zenith placebo patients with event"),
 ("w-86b", W, "47 of 86 patients", "86", "count", 86, 86, "patients", Y, "zenith placebo arm size"),
 ("w-one", W, "at least one of those events", "one", "count", 1, 1, "events", N, "definitional"),
 ("w-547", W, "or 54.7%, who", "54.7%", "percent", 54.7, 54.7, "%", Y, "zenith placebo event rate"),
 ("w-76", W, "a 76% lower risk", "76%", "percent", 76, 76, "%", Y, "zenith relative risk reduction"),
 ("w-024", W, "hazard ratio of 0.24", "0.24", "ratio", 0.24, 0.24, "HR", Y, "zenith hazard ratio"),
 ("w-ci", W, "interval 0.13 to 0.43", "0.13 to 0.43", "ratio", 0.13, 0.43, "HR", Y, "ci"),
 ("w-81", W, "in 8.1% of the Winrevair", "8.1%", "percent", 8.1, 8.1, "%", Y, "zenith all-cause death sotatercept"),
 ("w-151", W, "and 15.1% of the placebo", "15.1%", "percent", 15.1, 15.1, "%", Y, "zenith all-cause death placebo"),
 ("w-24h", W, "at least 24 hours for worsening", "24 hours", "duration", 24, 24, "hours", N, "definitional (hospitalization length)"),
 ("w-93", W, "fell to 9.3%", "9.3%", "percent", 9.3, 9.3, "%", Y, "zenith pah hospitalization sotatercept"),
 ("w-50", W, "from 50.0%", "50.0%", "percent", 50.0, 50.0, "%", Y, "zenith pah hospitalization placebo"),
 ("w-12", W, "and 1.2% of treated", "1.2%", "percent", 1.2, 1.2, "%", Y, "zenith lung transplant sotatercept"),
 ("w-70", W, "against 7.0% on placebo", "7.0%", "percent", 7.0, 7.0, "%", Y, "zenith lung transplant placebo"),
 ("w-106", W, "median of 10.6 months", "10.6 months", "duration", 10.6, 10.6, "months", Y, "zenith median follow-up"),
 ("w-172", W, "ZENITH enrolled 172 adults", "172", "count", 172, 172, "patients", Y, "zenith enrollment"),
 ("w-twocls", W, "the two most severe", "two", "count", 2, 2, "classes", N, "definitional"),
 ("w-year", W, "dying within a year", "a year", "duration", 1, 1, "years", N, "definitional (risk horizon)"),
 ("w-23drugs", W, "two or three older drugs", "two or three", "count", 2, 3, "drugs", N, "zenith background therapy"),
 ("w-nov", W, "early in November after", "November", "date", 2024, 2024, "year", Y, "zenith stopped early for efficacy"),
 ("w-jan", W, "In January the company", "January", "date", 2025, 2025, "year", Y, "hyperion stopped early"),
 ("w-300", W, "about 300 recently", "300", "count", 300, 300, "patients", Y, "hyperion enrollment"),
 ("w-40k", W, "about 40,000 people", "40,000", "count", 40000, 40000, "people", Y, "us pah prevalence"),
 ("w-43", W, "about 43% of patients", "43%", "percent", 43, 43, "%", Y, "pah five-year mortality"),
 ("w-5yr", W, "within five years of diagnosis", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("w-3wk", W, "skin every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("w-start", W, "start at 0.3 milligrams per kilogram", "0.3 milligrams per kilogram", "dose", 0.3, 0.3, "mg/kg", Y, "starting dose"),
 ("w-target", W, "target dose of 0.3 mg per kg", "0.3 mg per kg", "dose", 0.3, 0.3, "mg/kg", Y, "target dose"),
 ("w-mar24", W, "in March 2024 on the", "March 2024", "date", 2024, 2024, "year", Y, "fda approval"),
 ("w-6min", W, "six-minute walk by", "six-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("w-434", W, "median of 43.4 meters", "43.4 meters", "distance", 43.4, 43.4, "m", Y, "stellar sotatercept-arm median 6mwd change at week 24"),
 ("w-24wk", W, "after 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("w-38", W, "and 38 other countries", "38", "count", 38, 38, "countries", Y, "countries with approval besides us (early 2025)"),
 ("w-14k", W, "$14,000 per vial", "$14,000", "money", 14000, 14000, "USD", Y, "us list price per vial"),
 ("w-200m", W, "$200 million in the fourth", "$200 million", "money", 200000000, 200000000, "USD", Y, "q4 2024 sales"),
 ("w-q4", W, "in the fourth quarter", "fourth quarter", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-419", W, "$419 million in 2024", "$419 million", "money", 419000000, 419000000, "USD", Y, "2024 full-year sales"),
 ("w-2024", W, "million in 2024, its", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-115", W, "its $11.5 billion purchase", "$11.5 billion", "money", 11500000000, 11500000000, "USD", Y, "acceleron acquisition price"),
 ("w-2022", W, "Acceleron Pharma in 2022", "2022", "date", 2022, 2022, "year", Y, "acceleron acquisition year"),
 ("w-5doses", W, "each of the first five doses", "five", "count", 5, 5, "doses", N, "monitoring doses"),

 # ---- st02 press (2025-03-31)
 ("p-h76", P, "for PAH by 76% Compared", "76%", "percent", 76, 76, "%", N, "headline repeat"),
 ("p-dl", P, "RAHWAY, N.J., March 31, 2025", "March 31, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-106", P, "median follow-up of 10.6 months", "10.6 months", "duration", 10.6, 10.6, "months", Y, "zenith median follow-up"),
 ("p-range", P, "(range, 0.3-26.1)", "0.3-26.1", "duration", 0.3, 26.1, "months", N, "follow-up range"),
 ("p-24h", P, "at least 24 hours by", "24 hours", "duration", 24, 24, "hours", N, "definitional"),
 ("p-76", P, "24 hours by 76%", "76%", "percent", 76, 76, "%", Y, "zenith relative risk reduction"),
 ("p-024", P, "(HR=0.24", "0.24", "ratio", 0.24, 0.24, "HR", Y, "zenith hazard ratio"),
 ("p-ci", P, "CI, 0.13-0.43]", "0.13-0.43", "ratio", 0.13, 0.43, "HR", Y, "ci"),
 ("p-p", P, "p<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-one", P, "One or more primary", "One", "count", 1, 1, "events", N, "definitional"),
 ("p-174", P, "in 17.4% (n=15/86)", "17.4%", "percent", 17.4, 17.4, "%", Y, "zenith sotatercept event rate"),
 ("p-15", P, "(n=15/86)", "15", "count", 15, 15, "patients", Y, "zenith sotatercept patients with event"),
 ("p-86a", P, "n=15/86)", "86", "count", 86, 86, "patients", Y, "zenith sotatercept arm size"),
 ("p-547", P, "in 54.7% (n=74/86)", "54.7%", "percent", 54.7, 54.7, "%", Y, "zenith placebo event rate"),
 ("p-74", P, "(n=74/86)", "74", "count", 74, 74, "patients", Y, "zenith placebo patients with event"),
 ("p-86b", P, "n=74/86)", "86", "count", 86, 86, "patients", Y, "zenith placebo arm size"),
 ("p-172", P, "randomized 172 patients", "172", "count", 172, 172, "patients", Y, "zenith enrollment"),
 ("p-11", P, "patients 1:1.", "1:1", "ratio", 1, 1, "ratio", N, "allocation"),
 ("p-9", P, "risk score of 9 or higher", "9", "count", 9, 9, "points", N, "eligibility threshold"),
 ("p-dbl", P, "receiving double or triple background", "double or triple", "count", 2, 3, "drugs", N, "zenith background therapy"),
 ("p-start", P, "starting dose of 0.3 mg/kg", "0.3 mg/kg", "dose", 0.3, 0.3, "mg/kg", Y, "starting dose"),
 ("p-target", P, "target dose of 0.7 mg/kg", "0.7 mg/kg", "dose", 0.7, 0.7, "mg/kg", Y, "target dose"),
 ("p-3wk", P, "once every 3 weeks", "3 weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("p-nov24", P, "announcement in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "zenith stopped early for efficacy"),
 ("p-mar24", P, "approved WINREVAIR in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda approval"),
 ("p-323", P, "randomized 323 adults", "323", "count", 323, 323, "patients", Y, "stellar enrollment"),
 ("p-6min", P, "baseline in six-minute walk", "six-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("p-wk24", P, "distance at week 24 and", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("p-84", P, "events by 84%", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("p-016", P, "(HR=0.16", "0.16", "ratio", 0.16, 0.16, "HR", Y, "stellar hazard ratio"),
 ("p-ci2", P, "CI, 0.08-0.35]", "0.08-0.35", "ratio", 0.08, 0.35, "HR", Y, "ci"),
 ("p-aug24", P, "authorization in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "eu approval"),
 ("p-single", P, "supplied in single-dose vials", "single", "count", 1, 1, "doses", N, "vial type"),
 ("p-45", P, "vials of 45 mg", "45 mg", "dose", 45, 45, "mg", Y, "vial strength (small)"),
 ("p-60", P, "and 60 mg for", "60 mg", "dose", 60, 60, "mg", Y, "vial strength (large)"),
 ("p-3wk2", P, "injection every 3 weeks", "3 weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("p-5doses", P, "for the first 5 doses", "5", "count", 5, 5, "doses", N, "monitoring doses"),
 ("p-4mo", P, "at least 4 months after", "4 months", "duration", 4, 4, "months", Y, "contraception after last dose"),
 ("p-40k", P, "estimated 40,000 people", "40,000", "count", 40000, 40000, "people", Y, "us pah prevalence"),
 ("p-5yr", P, "the five-year mortality", "five-year", "duration", 5, 5, "years", N, "timepoint"),
 ("p-43", P, "approximately 43%", "43%", "percent", 43, 43, "%", Y, "pah five-year mortality"),
 ("p-130", P, "more than 130 years", "130 years", "duration", 130, 130, "years", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),

 # ---- st03 abstract (2023-03-06)
 ("a-pub", A, "Published online 6 March 2023", "6 March 2023", "date", 2023, 2023, "year", N, "publication metadata"),
 ("a-t24", A, "24-week results", "24-week", "duration", 24, 24, "weeks", N, "title timepoint"),
 ("a-90d", A, "at least 90 days", "90 days", "duration", 90, 90, "days", Y, "background therapy stable for"),
 ("a-11", A, "in a 1:1 ratio", "1:1", "ratio", 1, 1, "ratio", N, "allocation"),
 ("a-start", A, "starting dose 0.3 mg per kilogram", "0.3 mg per kilogram", "dose", 0.3, 0.3, "mg/kg", Y, "starting dose"),
 ("a-target", A, "target dose 0.7 mg per kilogram", "0.7 mg per kilogram", "dose", 0.7, 0.7, "mg/kg", Y, "target dose"),
 ("a-3wk", A, "placebo every 3 weeks", "3 weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("a-dbl", A, "or double therapy", "double", "count", 2, 2, "drugs", N, "stratum name"),
 ("a-tri", A, "versus triple therapy)", "triple", "count", 3, 3, "drugs", N, "stratum name"),
 ("a-wk24", A, "baseline to week 24 in", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-6min1", A, "week 24 in 6-minute", "6-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("a-nine", A, "Nine secondary end points", "Nine", "count", 9, 9, "endpoints", Y, "secondary endpoints tested"),
 ("a-three", A, "and three PAH-SYMPACT", "three", "count", 3, 3, "domains", N, "definitional"),
 ("a-434", A, "Of 434 patients screened", "434", "count", 434, 434, "patients", Y, "stellar screened"),
 ("a-323", A, "N = 323", "323", "count", 323, 323, "patients", Y, "stellar enrollment"),
 ("a-163", A, "sotatercept n=163", "163", "count", 163, 163, "patients", Y, "stellar sotatercept arm"),
 ("a-160", A, "placebo n=160", "160", "count", 160, 160, "patients", Y, "stellar placebo arm"),
 ("a-age", A, "Mean age was 47.9 years", "47.9 years", "age", 47.9, 47.9, "years", Y, "stellar mean age"),
 ("a-79", A, "79.0% were women", "79.0%", "percent", 79.0, 79.0, "%", Y, "stellar share women"),
 ("a-88", A, "diagnosis was 8.8 years", "8.8 years", "duration", 8.8, 8.8, "years", Y, "stellar mean time since diagnosis"),
 ("a-6in10", A, "roughly six in ten", "six in ten", "percent", 60, 60, "%", Y, "stellar share on triple therapy"),
 ("a-tri2", A, "receiving triple therapy", "triple", "count", 3, 3, "drugs", N, "stratum name"),
 ("a-wk24b", A, "At week 24 the median", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-6min2", A, "change in 6-minute walk distance was", "6-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("a-344", A, "was 34.4 m", "34.4 m", "distance", 34.4, 34.4, "m", Y, "stellar sotatercept-arm median 6mwd change at week 24"),
 ("a-344ci", A, "33.0 to 35.5", "33.0 to 35.5", "distance", 33.0, 35.5, "m", Y, "ci"),
 ("a-10", A, "and 1.0 m (95% CI", "1.0 m", "distance", 1.0, 1.0, "m", Y, "stellar placebo-arm median 6mwd change"),
 ("a-10ci", A, "−0.3 to 3.5", "−0.3 to 3.5", "distance", -0.3, 3.5, "m", Y, "ci"),
 ("a-408", A, "difference was 40.8 m", "40.8 m", "distance", 40.8, 40.8, "m", Y, "stellar hodges-lehmann 6mwd difference"),
 ("a-408ci", A, "27.5 to 54.1", "27.5 to 54.1", "distance", 27.5, 54.1, "m", Y, "ci"),
 ("a-p1", A, "54.1; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-389", A, "occurred in 38.9%", "38.9%", "percent", 38.9, 38.9, "%", Y, "stellar multicomponent improvement sotatercept"),
 ("a-101", A, "versus 10.1% of placebo", "10.1%", "percent", 10.1, 10.1, "%", Y, "stellar multicomponent improvement placebo"),
 ("a-pvr", A, "was −234.6 dyn·sec·cm−5", "−234.6 dyn·sec·cm−5", "resistance", -234.6, -234.6, "dyn·s·cm−5", Y, "stellar pvr treatment difference"),
 ("a-pvrci", A, "−288.4 to −180.8", "−288.4 to −180.8", "resistance", -288.4, -180.8, "dyn·s·cm−5", Y, "ci"),
 ("a-bnp", A, "was −441.6 pg/mL", "−441.6 pg/mL", "concentration", -441.6, -441.6, "pg/mL", Y, "stellar nt-probnp treatment difference"),
 ("a-bnpci", A, "−573.5 to −309.6", "−573.5 to −309.6", "concentration", -573.5, -309.6, "pg/mL", Y, "ci"),
 ("a-294", A, "improved in 29.4%", "29.4%", "percent", 29.4, 29.4, "%", Y, "stellar who fc improvement sotatercept"),
 ("a-138", A, "versus 13.8%", "13.8%", "percent", 13.8, 13.8, "%", Y, "stellar who fc improvement placebo"),
 ("a-9", A, "occurred in 9 patients", "9", "count", 9, 9, "patients", Y, "stellar death/worsening events sotatercept"),
 ("a-55", A, "(5.5%)", "5.5%", "percent", 5.5, 5.5, "%", Y, "stellar event rate sotatercept"),
 ("a-42", A, "and 42 patients", "42", "count", 42, 42, "patients", Y, "stellar death/worsening events placebo"),
 ("a-263", A, "(26.3%)", "26.3%", "percent", 26.3, 26.3, "%", Y, "stellar event rate placebo"),
 ("a-016", A, "hazard ratio, 0.16", "0.16", "ratio", 0.16, 0.16, "HR", Y, "stellar hazard ratio"),
 ("a-016ci", A, "0.08 to 0.35", "0.08 to 0.35", "ratio", 0.08, 0.35, "HR", Y, "ci"),
 ("a-p2", A, "0.35; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-84", A, "an 84% reduction", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("a-eight", A, "The first eight secondary", "eight", "count", 8, 8, "endpoints", Y, "secondary endpoints met"),
 ("a-123", A, "epistaxis (12.3%", "12.3%", "percent", 12.3, 12.3, "%", Y, "stellar 24-wk epistaxis sotatercept"),
 ("a-19", A, "12.3% vs 1.9%", "1.9%", "percent", 1.9, 1.9, "%", Y, "stellar epistaxis placebo"),
 ("a-104", A, "telangiectasia (10.4%", "10.4%", "percent", 10.4, 10.4, "%", Y, "stellar 24-wk telangiectasia sotatercept"),
 ("a-31", A, "10.4% vs 3.1%", "3.1%", "percent", 3.1, 3.1, "%", Y, "stellar 24-wk telangiectasia placebo"),
 ("a-6min3", A, "increased 6-minute walk", "6-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("a-24wk", A, "distance at 24 weeks by", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-41", A, "by about 41 m", "41 m", "distance", 41, 41, "m", Y, "stellar 6mwd difference (rounded)"),
 ("a-6min4", A, "sotatercept; 6-minute walk", "6-minute", "duration", 6, 6, "minutes", N, "keyword"),

 # ---- st04 explainer (2025-06-16)
 ("e-upd", E, "Updated June 16, 2025", "June 16, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-40k", E, "about 40,000 people", "40,000", "count", 40000, 40000, "people", Y, "us pah prevalence"),
 ("e-30k", E, "roughly 30,000 in the European", "30,000", "count", 30000, 30000, "people", Y, "eu pah prevalence"),
 ("e-34", E, "About 34% of people", "34%", "percent", 34, 34, "%", Y, "pah five-year mortality"),
 ("e-5yr", E, "die within five years of diagnosis", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("e-323", E, "STELLAR trial, 323 adults", "323", "count", 323, 323, "patients", Y, "stellar enrollment"),
 ("e-24wk", E, "After 24 weeks", "24 weeks", "duration", 24, 24, "weeks", N, "timepoint"),
 ("e-41", E, "about 41 meters", "41 meters", "distance", 41, 41, "m", Y, "stellar 6mwd difference (rounded)"),
 ("e-135", E, "(135 feet)", "135 feet", "distance", 135, 135, "ft", Y, "stellar 6mwd difference in feet"),
 ("e-6min", E, "farther in six minutes", "six minutes", "duration", 6, 6, "minutes", N, "test duration"),
 ("e-76s", E, "clinical worsening by 76%", "76%", "percent", 76, 76, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("e-172", E, "ZENITH, enrolled 172 people", "172", "count", 172, 172, "patients", Y, "zenith enrollment"),
 ("e-nov23", E, "halted in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "zenith stopped early for efficacy"),
 ("e-spring", E, "presented this spring", "this spring", "date", 2025, 2025, "year", N, "zenith presentation (vague)"),
 ("e-76z", E, "showed a 76% lower risk", "76%", "percent", 76, 76, "%", Y, "zenith relative risk reduction"),
 ("e-3wk", E, "once every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("e-start", E, "starts at 0.3 mg per kilogram", "0.3 mg per kilogram", "dose", 0.3, 0.3, "mg/kg", Y, "starting dose"),
 ("e-target", E, "target dose of 0.7 mg/kg", "0.7 mg/kg", "dose", 0.7, 0.7, "mg/kg", Y, "target dose"),
 ("e-45", E, "powder in 45 mg", "45 mg", "dose", 45, 45, "mg", Y, "vial strength (small)"),
 ("e-60", E, "or 60 mg vials", "60 mg", "dose", 60, 60, "mg", Y, "vial strength (large)"),
 ("e-2vials", E, "kit with two vials", "two", "count", 2, 2, "vials", N, "kit size"),
 ("e-245", E, "headache (24.5%", "24.5%", "percent", 24.5, 24.5, "%", Y, "stellar headache sotatercept (label)"),
 ("e-221", E, "nosebleeds (22.1%", "22.1%", "percent", 22.1, 22.1, "%", Y, "stellar epistaxis sotatercept (label, incl. ltdb)"),
 ("e-19", E, "compared with 1.9% on placebo", "1.9%", "percent", 1.9, 1.9, "%", Y, "stellar epistaxis placebo"),
 ("e-202", E, "rash (20.2%)", "20.2%", "percent", 20.2, 20.2, "%", Y, "stellar rash sotatercept"),
 ("e-166", E, "skin (16.6%", "16.6%", "percent", 16.6, 16.6, "%", Y, "stellar telangiectasia sotatercept (label, incl. ltdb)"),
 ("e-44", E, "compared with 4.4%)", "4.4%", "percent", 4.4, 4.4, "%", Y, "stellar telangiectasia placebo (label)"),
 ("e-153", E, "diarrhea (15.3%)", "15.3%", "percent", 15.3, 15.3, "%", Y, "stellar diarrhea sotatercept"),
 ("e-147", E, "dizziness (14.7%)", "14.7%", "percent", 14.7, 14.7, "%", Y, "stellar dizziness sotatercept (label)"),
 ("e-5doses", E, "your first five doses", "five", "count", 5, 5, "doses", N, "monitoring doses"),
 ("e-4pct", E, "reported in 4% of people", "4%", "percent", 4, 4, "%", Y, "serious bleeding sotatercept"),
 ("e-1pct", E, "Winrevair and 1% of people", "1%", "percent", 1, 1, "%", Y, "serious bleeding placebo"),
 ("e-4mo", E, "at least 4 months after your", "4 months", "duration", 4, 4, "months", Y, "contraception after last dose"),
 ("e-14k", E, "$14,000 per vial", "$14,000", "money", 14000, 14000, "USD", Y, "us list price per vial"),
 ("e-240k", E, "roughly $240,000 a year", "$240,000", "money", 240000, 240000, "USD", Y, "annual list cost"),
 ("e-icer", E, "at $17,900 to $35,400 a year", "$17,900 to $35,400", "money", 17900, 35400, "USD", Y, "icer health-benefit price benchmark per year"),
 ("e-v13", E, "voted 13-0 that", "13", "vote", 13, 13, "votes", Y, "icer panel votes for net health benefit"),
 ("e-v0", E, "13-0 that", "0", "vote", 0, 0, "votes", Y, "icer panel votes against"),
 ("e-mar24", E, "Winrevair in March 2024 for", "March 2024", "date", 2024, 2024, "year", Y, "fda approval"),
 ("e-aug24", E, "followed in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "eu approval"),
 ("e-18", E, "adults aged 18 and older", "18", "age", 18, 18, "years", N, "definitional"),

 # ---- st05 blog (2025-11-04)
 ("b-pub", B, "November 4, 2025", "November 4, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-cap3wk", B, "skin every three weeks and", "three weeks", "duration", 3, 3, "weeks", N, "caption"),
 ("b-lastmar", B, "cleared Winrevair last March", "last March", "date", 2025, 2025, "year", Y, "fda approval"),
 ("b-14k", B, "$14,000 a vial", "$14,000", "money", 14000, 14000, "USD", Y, "us list price per vial"),
 ("b-18mo", B, "Eighteen months of sales", "Eighteen months", "duration", 18, 18, "months", N, "time since launch"),
 ("b-oneer", B, "one earnings release at a time", "one", "count", 1, 1, "releases", N, "aside"),
 ("b-hq224", B, "Q2 2024: the first", "Q2 2024", "date", 2024, 2024, "year", N, "heading"),
 ("b-h70", B, "the first $70 million", "$70 million", "money", 70000000, 70000000, "USD", N, "heading repeat"),
 ("b-70", B, "booked $70 million", "$70 million", "money", 70000000, 70000000, "USD", Y, "q2 2024 sales"),
 ("b-apr", B, "at the end of April", "end of April", "date", 2024, 2024, "year", N, "launch date"),
 ("b-hq324", B, "Q3 2024: $149 million", "Q3 2024", "date", 2024, 2024, "year", N, "heading"),
 ("b-149", B, "Q3 2024: $149 million", "$149 million", "money", 149000000, 149000000, "USD", Y, "q3 2024 sales"),
 ("b-dbl", B, "Sales roughly doubled", "doubled", "ratio", 2, 2, "x", N, "q3 vs q2 2024"),
 ("b-aug", B, "the drug in August, but", "August", "date", 2024, 2024, "year", Y, "eu approval (under Q3 2024 heading)"),
 ("b-hq424", B, "Q4 2024: $200 million", "Q4 2024", "date", 2024, 2024, "year", N, "heading"),
 ("b-200", B, "Q4 2024: $200 million", "$200 million", "money", 200000000, 200000000, "USD", Y, "q4 2024 sales"),
 ("b-h419", B, "and $419 million for the year", "$419 million", "money", 419000000, 419000000, "USD", N, "heading repeat"),
 ("b-419", B, "brought in $419 million", "$419 million", "money", 419000000, 419000000, "USD", Y, "2024 full-year sales"),
 ("b-nov", B, "In November, Merck also stopped", "November", "date", 2024, 2024, "year", Y, "zenith stopped early for efficacy (under Q4 2024 heading)"),
 ("b-hq125", B, "Q1 2025: $280 million", "Q1 2025", "date", 2025, 2025, "year", N, "heading"),
 ("b-280", B, "Q1 2025: $280 million", "$280 million", "money", 280000000, 280000000, "USD", Y, "q1 2025 sales"),
 ("b-latemar", B, "meeting in late March", "late March", "date", 2025, 2025, "year", N, "zenith presentation"),
 ("b-172", B, "in 172 very high-risk", "172", "count", 172, 172, "patients", Y, "zenith enrollment"),
 ("b-75", B, "by about 75%", "75%", "percent", 75, 75, "%", Y, "zenith relative risk reduction (rounded)"),
 ("b-hq225", B, "Q2 2025: $336 million", "Q2 2025", "date", 2025, 2025, "year", N, "heading"),
 ("b-336", B, "Q2 2025: $336 million", "$336 million", "money", 336000000, 336000000, "USD", Y, "q2 2025 sales"),
 ("b-hq325", B, "Q3 2025: $360 million", "Q3 2025", "date", 2025, 2025, "year", N, "heading"),
 ("b-360", B, "Q3 2025: $360 million", "$360 million", "money", 360000000, 360000000, "USD", Y, "q3 2025 sales"),
 ("b-141", B, "up 141% from", "141%", "percent", 141, 141, "%", Y, "q3 2025 yoy growth"),
 ("b-1500", B, "about 1,500 new U.S. patients", "1,500", "count", 1500, 1500, "patients", Y, "new us patients in q3 2025"),
 ("b-14b", B, "roughly $1.4 billion", "$1.4 billion", "money", 1400000000, 1400000000, "USD", Y, "cumulative sales q2 2024-q3 2025"),
 ("b-6q", B, "in six quarters", "six quarters", "duration", 6, 6, "quarters", N, "period"),
 ("b-332", B, "randomized 332 patients", "332", "count", 332, 332, "patients", Y, "stellar enrollment"),
 ("b-23drugs", B, "on two or three PAH drugs", "two or three", "count", 2, 3, "drugs", N, "stellar background therapy"),
 ("b-408", B, "median 40.8-meter", "40.8-meter", "distance", 40.8, 40.8, "m", Y, "stellar hodges-lehmann 6mwd difference"),
 ("b-6min", B, "gain in six-minute walk", "six-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("b-84", B, "plus an 84% drop", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("b-v12", B, "voted 12-1 that", "12", "vote", 12, 12, "votes", Y, "icer panel votes for net health benefit"),
 ("b-v1", B, "-1 that the evidence", "1", "vote", 1, 1, "votes", Y, "icer panel votes against"),
 ("b-icer", B, "at $17,900 to $35,400 a year", "$17,900 to $35,400", "money", 17900, 35400, "USD", Y, "icer health-benefit price benchmark per year"),
 ("b-240k", B, "roughly $240,000 annual", "$240,000", "money", 240000, 240000, "USD", Y, "annual list cost"),
 ("b-40k", B, "About 40,000 Americans", "40,000", "count", 40000, 40000, "people", Y, "us pah prevalence"),
 ("b-1b", B, "reach $1 billion in global", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "evaluate pharma forecast sales by 2026"),
 ("b-2026", B, "sales by 2026", "2026", "date", 2026, 2026, "year", N, "forecast year"),
 ("b-2025", B, "beat that in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-34b", B, "peak sales of $3 billion to $4 billion", "$3 billion to $4 billion", "money", 3000000000, 4000000000, "USD", Y, "analyst peak sales forecast"),
 ("b-5b", B, "roughly $5 billion by 2030", "$5 billion", "money", 5000000000, 5000000000, "USD", Y, "merck 2030 sales ambition"),
 ("b-2030", B, "$5 billion by 2030", "2030", "date", 2030, 2030, "year", N, "forecast year"),
 ("b-115", B, "its $11.5 billion Acceleron", "$11.5 billion", "money", 11500000000, 11500000000, "USD", Y, "acceleron acquisition price"),
 ("b-2021", B, "Acceleron deal in 2021", "2021", "date", 2021, 2021, "year", Y, "acceleron acquisition year"),
 ("b-2028", B, "U.S. exclusivity in 2028", "2028", "date", 2028, 2028, "year", Y, "keytruda us exclusivity loss begins"),
 ("b-r10b", B, "Merck gets for $10 billion", "$10 billion", "money", 10000000000, 10000000000, "USD", N, "related link"),
 ("b-r2028", B, "Keytruda's 2028 cliff", "2028", "date", 2028, 2028, "year", N, "related link"),
 ("b-c2d", B, "Martina R. · 2 days ago", "2 days", "duration", 2, 2, "days", N, "comment furniture"),
 ("b-cjan", B, "started on it in January", "January", "date", 2025, 2025, "year", N, "comment"),
 ("b-c3d", B, "B. Okafor · 3 days ago", "3 days", "duration", 3, 3, "days", N, "comment furniture"),
 ("b-c12", B, "The 12-month persistence", "12-month", "duration", 12, 12, "months", N, "comment"),

 # ---- st06 trade (2024-08-27), hard-wrapped
 ("l-pub", L, "Tuesday, August 27, 2024", "August 27, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-mon", L, "said on Monday that", "Monday", "date", 2024, 2024, "year", Y, "eu approval"),
 ("l-5mo", L, "exactly five months after", "five months", "duration", 5, 5, "months", Y, "gap between fda and eu approval"),
 ("l-mar26", L, "the drug on March 26.", "March 26", "date", 2024, 2024, "year", Y, "fda approval"),
 ("l-27", L, "valid in all 27 member", "27", "count", 27, 27, "countries", N, "eu member states"),
 ("l-june", L, "approval in June, and", "June", "date", 2024, 2024, "year", Y, "chmp positive opinion"),
 ("l-thisyr", L, "Germany later this year", "later this year", "date", 2024, 2024, "year", N, "planned german launch"),
 ("l-323", L, "which enrolled 323 patients", "323", "count", 323, 323, "patients", Y, "stellar enrollment"),
 ("l-136", L, "therapy; 136 received", "136", "count", 136, 136, "patients", Y, "stellar sotatercept arm"),
 ("l-160", L, "and 160 received placebo", "160", "count", 160, 160, "patients", Y, "stellar placebo arm"),
 ("l-wk24", L, "At week 24 the median", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("l-6min", L, "median six-minute walk", "six-minute", "duration", 6, 6, "minutes", N, "test name"),
 ("l-344", L, "rose by 34.4 meters", "34.4 meters", "distance", 34.4, 34.4, "m", Y, "stellar sotatercept-arm median 6mwd change at week 24"),
 ("l-401", L, "change was 40.1 meters", "40.1 meters", "distance", 40.1, 40.1, "m", Y, "stellar sotatercept-arm mean 6mwd change"),
 ("l-14", L, "against -1.4 meters", "-1.4 meters", "distance", -1.4, -1.4, "m", Y, "stellar placebo-arm mean 6mwd change"),
 ("l-84", L, "clinical worsening by 84%", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("l-nine", L, "with nine events", "nine", "count", 9, 9, "patients", Y, "stellar death/worsening events sotatercept"),
 ("l-42", L, "events versus 42", "42", "count", 42, 42, "patients", Y, "stellar death/worsening events placebo"),
 ("l-061", L, "ratio 0.61", "0.61", "ratio", 0.61, 0.61, "HR", Y, "stellar hazard ratio"),
 ("l-start", L, "start at 0.3 mg/kg", "0.3 mg/kg", "dose", 0.3, 0.3, "mg/kg", Y, "starting dose"),
 ("l-target", L, "target of 0.7 mg/kg", "0.7 mg/kg", "dose", 0.7, 0.7, "mg/kg", Y, "target dose"),
 ("l-4wk", L, "injection every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "dosing interval"),
 ("l-5doses", L, "the first five doses", "five", "count", 5, 5, "doses", N, "monitoring doses"),
 ("l-14k", L, "$14,000 per vial", "$14,000", "money", 14000, 14000, "USD", Y, "us list price per vial"),
 ("l-242k", L, "about $242,000 a year", "$242,000", "money", 242000, 242000, "USD", Y, "annual list cost (80 kg patient)"),
 ("l-80kg", L, "for an 80 kg patient", "80 kg", "weight", 80, 80, "kg", N, "assumption"),
 ("l-v13", L, "voted 13-0 last", "13", "vote", 13, 13, "votes", Y, "icer panel votes for net health benefit"),
 ("l-v0", L, "13-0 last", "0", "vote", 0, 0, "votes", Y, "icer panel votes against"),
 ("l-lastdec", L, "13-0 last December", "last December", "date", 2023, 2023, "year", Y, "icer panel meeting"),
 ("l-lastmo", L, "Last month Merck reported", "Last month", "date", 2024, 2024, "year", N, "earnings report date"),
 ("l-70m", L, "$70 million in Winrevair", "$70 million", "money", 70000000, 70000000, "USD", Y, "q2 2024 sales"),
 ("l-q2", L, "the second quarter, its first", "second quarter", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-115", L, "$11.5 billion acquisition", "$11.5 billion", "money", 11500000000, 11500000000, "USD", Y, "acceleron acquisition price"),
 ("l-2021", L, "closed in 2021", "2021", "date", 2021, 2021, "year", Y, "acceleron acquisition year"),
 ("l-30k", L, "estimated 30,000 people in the EU", "30,000", "count", 30000, 30000, "people", Y, "eu pah prevalence"),
 ("l-40k", L, "about 40,000 in the United States", "40,000", "count", 40000, 40000, "people", Y, "us pah prevalence"),
 ("l-43", L, "some 43% of patients", "43%", "percent", 43, 43, "%", Y, "pah five-year mortality"),
 ("l-5yr", L, "die within five years", "five years", "duration", 5, 5, "years", N, "timepoint"),
 ("l-mar22", L, "approval on March 22", "March 22", "date", 2024, 2024, "year", Y, "opsynvi (rival) fda approval"),
 ("l-18mo", L, "access for 18 months or more", "18 months", "duration", 18, 18, "months", N, "quoted forecast"),

 # ---- st07 fact-check (2025-10-14)
 ("f-h500", F, "cost $500,000 a year, make", "$500,000", "money", 500000, 500000, "USD", N, "post claim (headline)"),
 ("f-h1in4", F, "make one in four patients", "one in four", "percent", 25, 25, "%", N, "post claim (headline)"),
 ("f-pub", F, "October 14, 2025", "October 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-halfm", F, "costs half a million dollars a year", "half a million dollars", "money", 500000, 500000, "USD", N, "post claim"),
 ("f-single", F, "keep a single patient", "single", "count", 1, 1, "patients", N, "post claim"),
 ("f-1in4", F, "gives one in four patients", "one in four", "percent", 25, 25, "%", N, "post claim"),
 ("f-half", F, "roughly half what the post says", "half", "percent", 50, 50, "%", N, "verdict summary"),
 ("f-9k", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-mon", F, "times by Monday", "Monday", "date", 2025, 2025, "year", N, "as-of"),
 ("f-14k", F, "$14,000 per vial when", "$14,000", "money", 14000, 14000, "USD", Y, "us list price per vial"),
 ("f-mar24", F, "(sotatercept) in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda approval"),
 ("f-3wk", F, "injected every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("f-238", F, "about $238,000 a year", "$238,000", "money", 238000, 238000, "USD", Y, "annual list cost (early estimate, trial dosing)"),
 ("f-240", F, "figures around $240,000", "$240,000", "money", 240000, 240000, "USD", Y, "annual list cost"),
 ("f-500b", F, "close to $500,000.", "$500,000", "money", 500000, 500000, "USD", N, "post claim (repeat)"),
 ("f-two", F, "ignores two large trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-323", F, "enrolled 323 adults", "323", "count", 323, 323, "patients", Y, "stellar enrollment"),
 ("f-163", F, "Winrevair to 163 of them", "163", "count", 163, 163, "patients", Y, "stellar sotatercept arm"),
 ("f-9", F, "them, 9 patients on the drug", "9", "count", 9, 9, "patients", Y, "stellar death/worsening events sotatercept"),
 ("f-42", F, "compared with 42 on placebo", "42", "count", 42, 42, "patients", Y, "stellar death/worsening events placebo"),
 ("f-84a", F, "a risk reduction of 84%", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction"),
 ("f-016", F, "(hazard ratio 0.16)", "0.16", "ratio", 0.16, 0.16, "HR", Y, "stellar hazard ratio"),
 ("f-172", F, "enrolled 172 patients at high", "172", "count", 172, 172, "patients", Y, "zenith enrollment"),
 ("f-15", F, "Only 15 of 86", "15", "count", 15, 15, "patients", Y, "zenith sotatercept patients with event"),
 ("f-86a", F, "Only 15 of 86", "86", "count", 86, 86, "patients", Y, "zenith sotatercept arm size"),
 ("f-47", F, "with 47 of 86 on placebo", "47", "count", 47, 47, "patients", Y, "zenith placebo patients with event"),
 ("f-86b", F, "47 of 86 on placebo", "86", "count", 86, 86, "patients", Y, "zenith placebo arm size"),
 ("f-76a", F, "placebo, a 76% lower risk", "76%", "percent", 76, 76, "%", Y, "zenith relative risk reduction"),
 ("f-7", F, "were 7 versus 13", "7", "count", 7, 7, "deaths", Y, "zenith all-cause deaths sotatercept"),
 ("f-13", F, "7 versus 13", "13", "count", 13, 13, "deaths", Y, "zenith all-cause deaths placebo"),
 ("f-lastnov", F, "efficacy last November", "last November", "date", 2024, 2024, "year", Y, "zenith stopped early for efficacy"),
 ("f-march", F, "published in March in the", "March", "date", 2025, 2025, "year", Y, "zenith results published"),
 ("f-221", F, "period, 22.1% of patients", "22.1%", "percent", 22.1, 22.1, "%", Y, "stellar epistaxis sotatercept (label, incl. ltdb)"),
 ("f-19", F, "with 1.9% on placebo", "1.9%", "percent", 1.9, 1.9, "%", Y, "stellar epistaxis placebo"),
 ("f-1pct", F, "reported in 1% of patients", "1%", "percent", 1, 1, "%", Y, "serious bleeding sotatercept"),
 ("f-5doses", F, "the first five doses", "five", "count", 5, 5, "doses", N, "monitoring doses"),
 ("f-30k", F, "About 30,000 Americans", "30,000", "count", 30000, 30000, "people", Y, "us pah prevalence"),
 ("f-aug25", F, "drug in August 2025", "August 2025", "date", 2025, 2025, "year", Y, "eu approval"),
 ("f-491", F, "$491 million in Winrevair", "$491 million", "money", 491000000, 491000000, "USD", Y, "2024 full-year sales"),
 ("f-2024", F, "sales in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-double", F, "roughly doubles the annual", "doubles", "ratio", 2, 2, "x", N, "ruling summary"),
 ("f-84b", F, "STELLAR showed an 84% lower", "84%", "percent", 84, 84, "%", Y, "stellar death/clinical worsening risk reduction (ruling)"),
 ("f-76b", F, "ZENITH showed a 76% lower", "76%", "percent", 76, 76, "%", Y, "zenith relative risk reduction (ruling)"),
 ("f-1in4b", F, "not one in four", "one in four", "percent", 25, 25, "%", N, "post claim (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 STELLAR enrollment 332 vs 323
 ("b-332", "a-323", S), ("b-332", "p-323", S), ("b-332", "e-323", S), ("b-332", "l-323", S), ("b-332", "f-323", S),
 # S2 STELLAR sotatercept arm 136 vs 163
 ("l-136", "a-163", S), ("l-136", "f-163", S),
 # S3 STELLAR hazard ratio 0.61 vs 0.16
 ("l-061", "a-016", S), ("l-061", "p-016", S), ("l-061", "f-016", S),
 # S4 STELLAR risk reduction 76% vs 84%
 ("e-76s", "a-84", S), ("e-76s", "p-84", S), ("e-76s", "b-84", S), ("e-76s", "l-84", S), ("e-76s", "f-84a", S), ("e-76s", "f-84b", S),
 # S5 STELLAR sotatercept-arm median 6MWD change 43.4 vs 34.4
 ("w-434", "a-344", S), ("w-434", "l-344", S),
 # S6 FDA approval year: "last March" (2025) vs 2024
 ("b-lastmar", "w-mar24", S), ("b-lastmar", "p-mar24", S), ("b-lastmar", "e-mar24", S), ("b-lastmar", "l-mar26", S), ("b-lastmar", "f-mar24", S),
 # S7 EU approval year: August 2025 vs 2024
 ("f-aug25", "p-aug24", S), ("f-aug25", "e-aug24", S), ("f-aug25", "l-mon", S), ("f-aug25", "b-aug", S),
 # S8 Acceleron acquisition year 2022 vs 2021
 ("w-2022", "b-2021", S), ("w-2022", "l-2021", S),
 # S9 ZENITH placebo patients with an event 74 vs 47
 ("p-74", "w-47", S), ("p-74", "f-47", S),
 # S10 ICER panel vote 12-1 vs 13-0
 ("b-v12", "e-v13", S), ("b-v12", "l-v13", S), ("b-v1", "e-v0", S), ("b-v1", "l-v0", S),
 # S11 dosing interval every four weeks vs every three weeks
 ("l-4wk", "w-3wk", S), ("l-4wk", "p-3wk", S), ("l-4wk", "p-3wk2", S), ("l-4wk", "a-3wk", S), ("l-4wk", "e-3wk", S), ("l-4wk", "f-3wk", S),
 # S12 target dose 0.3 vs 0.7 mg/kg
 ("w-target", "p-target", S), ("w-target", "a-target", S), ("w-target", "e-target", S), ("w-target", "l-target", S),
 # S13 serious bleeding on sotatercept 1% vs 4%
 ("f-1pct", "e-4pct", S),
 # S14 US PAH prevalence 30,000 vs 40,000
 ("f-30k", "w-40k", S), ("f-30k", "p-40k", S), ("f-30k", "e-40k", S), ("f-30k", "b-40k", S), ("f-30k", "l-40k", S),
 # S15 PAH five-year mortality 34% vs 43%
 ("e-34", "w-43", S), ("e-34", "p-43", S), ("e-34", "l-43", S),
 # S16 2024 full-year sales $491M vs $419M
 ("f-491", "w-419", S), ("f-491", "b-419", S),
 # S17 ZENITH stopped early: November 2023 vs November 2024
 ("e-nov23", "w-nov", S), ("e-nov23", "p-nov24", S), ("e-nov23", "b-nov", S), ("e-nov23", "f-lastnov", S),
 # Qualified
 ("f-238", "l-242k", Q),
 ("l-401", "a-344", Q), ("l-14", "a-10", Q),
 ("a-123", "e-221", Q), ("a-123", "f-221", Q),
 ("a-104", "e-166", Q), ("a-31", "e-44", Q),
 ("b-75", "w-76", Q), ("b-75", "p-76", Q), ("b-75", "e-76z", Q), ("b-75", "f-76a", Q), ("b-75", "f-76b", Q),
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
        rows.append({"type": "claim", "id": f"st-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"st-{a}", f"st-{b}"
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
