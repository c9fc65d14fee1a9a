#!/usr/bin/env python3
"""Build overdose-deaths.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "overdose-deaths")
OUT = os.path.join(HERE, "overdose-deaths.gold.jsonl")
T = "overdose-deaths"
PFX = "od"

W, P, A, E, B, L, F = ("OD01_wire.txt", "OD02_press.txt", "OD03_abstract.txt",
                       "OD04_explainer.txt", "OD05_blog.txt", "OD06_local.txt", "OD07_factcheck.txt")
Y = True; N = False
M = "−"  # U+2212

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- OD01 wire (2025-05-14, a Wednesday)
 ("w-h27", W, "fell 27% in 2024, the", "27%", "percent", 27, 27, "%", N, "headline repeat"),
 ("w-h2024", W, "27% in 2024, the steepest", "2024", "date", 2024, 2024, "year", N, "headline qualifier"),
 ("w-1yr", W, "the largest one-year decline", "one-year", "duration", 1, 1, "years", N, "aside"),
 ("w-dl", W, "ATLANTA, May 14", "May 14", "date", 2025, 2025, "year", N, "dateline"),
 ("w-27", W, "fell by nearly 27% last year", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline"),
 ("w-lastyr", W, "27% last year, the largest", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-wed", W, "Prevention on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "cdc 2024 provisional release date"),
 ("w-80391", W, "An estimated 80,391 people", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (predicted provisional)"),
 ("w-in24a", W, "died of overdoses in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-110037", W, "down from 110,037 in 2023", "110,037", "count", 110037, 110037, "deaths", Y, "us overdose deaths 2023 (predicted provisional, may 2025 release)"),
 ("w-in23a", W, "110,037 in 2023, the agency", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("w-269", W, "The drop of 26.9%", "26.9%", "percent", 26.9, 26.9, "%", Y, "us 2024 vs 2023 decline"),
 ("w-81a", W, "about 81 fewer deaths every day", "81", "count", 81, 81, "deaths per day", Y, "deaths averted per day 2024 vs 2023"),
 ("w-since19", W, "lowest level since 2019", "2019", "date", 2019, 2019, "year", Y, "2024 total lowest since year"),
 ("w-latenext", W, "published late next year", "late next year", "date", 2026, 2026, "year", N, "final data expected"),
 ("w-2dec", W, "most of the past two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("w-12mo", W, "in the 12-month period ending in June", "12-month", "duration", 12, 12, "months", N, "period length"),
 ("w-jun23", W, "ending in June 2023, when", "June 2023", "date", 2023, 2023, "year", Y, "peak 12-month period end"),
 ("w-114670", W, "when 114,670 deaths", "114,670", "count", 114670, 114670, "deaths", Y, "peak 12-month count (ending june 2023)"),
 ("w-80k", W, "But 80,000 deaths is still", "80,000", "count", 80000, 80000, "deaths", N, "quote, rounded"),
 ("w-48422", W, "fell to 48,422 in 2024", "48,422", "count", 48422, 48422, "deaths", Y, "synthetic opioid deaths 2024"),
 ("w-in24b", W, "48,422 in 2024 from", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-76282", W, "from 76,282 a year earlier", "76,282", "count", 76282, 76282, "deaths", Y, "synthetic opioid deaths 2023"),
 ("w-29456", W, "fell to 29,456 from", "29,456", "count", 29456, 29456, "deaths", Y, "psychostimulant deaths 2024"),
 ("w-37096", W, "from 37,096, and", "37,096", "count", 37096, 37096, "deaths", Y, "psychostimulant deaths 2023"),
 ("w-22174", W, "fell to 22,174 from", "22,174", "count", 22174, 22174, "deaths", Y, "cocaine deaths 2024"),
 ("w-30833", W, "from 30,833. Because", "30,833", "count", 30833, 30833, "deaths", Y, "cocaine deaths 2023"),
 ("w-48st", W, "declined in 48 states", "48", "count", 48, 48, "states", Y, "states with 2024 declines"),
 ("w-nv", W, "increases, of 3.5% and", "3.5%", "percent", 3.5, 3.5, "%", Y, "nevada 2024 increase"),
 ("w-sd", W, "and 2.3% respectively", "2.3%", "percent", 2.3, 2.3, "%", Y, "south dakota 2024 increase"),
 ("w-wv", W, "West Virginia, down 43.5%", "43.5%", "percent", 43.5, 43.5, "%", Y, "west virginia 2024 decline"),
 ("w-va", W, "Virginia at 38.5%", "38.5%", "percent", 38.5, 38.5, "%", Y, "virginia 2024 decline"),
 ("w-wi", W, "Wisconsin at 36.3%", "36.3%", "percent", 36.3, 36.3, "%", Y, "wisconsin 2024 decline"),
 ("w-nh", W, "New Hampshire at 36.1%", "36.1%", "percent", 36.1, 36.1, "%", Y, "new hampshire 2024 decline"),
 ("w-mi", W, "Michigan at 36.0%", "36.0%", "percent", 36.0, 36.0, "%", Y, "michigan 2024 decline"),
 ("w-81b", W, "more than 81 lives saved", "81", "count", 81, 81, "deaths per day", Y, "deaths averted per day (cdc statement)"),
 ("w-age", W, "aged 18 to 44", "18 to 44", "age", 18, 44, "years", Y, "age group where overdose is leading cause of death"),
 ("w-lastmo", W, "draft budget reported last month", "last month", "date", 2025, 2025, "year", N, "draft budget report date"),
 ("w-56m", W, "eliminate a $56 million annual grant", "$56 million", "money", 56000000, 56000000, "USD", Y, "fr-cara naloxone grant per year"),
 ("w-50b", W, "total about $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", Y, "opioid settlements total"),
 ("w-18yr", W, "as many as 18 years", "18 years", "duration", 18, 18, "years", Y, "settlement payout period"),
 ("w-march", W, "The Senate in March passed", "March", "date", 2025, 2025, "year", Y, "senate passage of halt fentanyl act"),
 ("w-s84", W, "by a vote of 84-16", "84", "count", 84, 84, "votes", Y, "senate votes for halt fentanyl"),
 ("w-s16", W, "vote of 84-16", "16", "count", 16, 16, "votes", Y, "senate votes against halt fentanyl"),
 ("w-feb", W, "released in February, had", "February", "date", 2025, 2025, "year", N, "earlier release date"),
 ("w-87k", W, "shown about 87,000 deaths", "87,000", "count", 87000, 87000, "deaths", Y, "us deaths 12 months ending sept 2024"),
 ("w-12mob", W, "in the 12 months ending in September 2024", "12 months", "duration", 12, 12, "months", N, "period length"),
 ("w-sep24", W, "ending in September 2024, a decline", "September 2024", "date", 2024, 2024, "year", N, "period end"),
 ("w-24", W, "a decline of nearly 24%", "24%", "percent", 24, 24, "%", Y, "decline 12 months ending sept 2024"),

 # ---- OD02 press (2025-06-17)
 ("p-h500k", P, "Commits 500,000 Naloxone", "500,000", "count", 500000, 500000, "doses", N, "headline repeat"),
 ("p-h4mg", P, "over-the-counter 4 mg nasal spray at cost", "4 mg", "dose", 4, 4, "mg", N, "subtitle repeat"),
 ("p-h2026", P, "departments through 2026", "2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-pub", P, "Pharmaceuticals, Inc.\nJune 17, 2025", "June 17, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("p-dl", P, "RALEIGH, N.C., June 17, 2025", "June 17, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-500k", P, "supply 500,000 doses", "500,000", "count", 500000, 500000, "doses", Y, "doses committed"),
 ("p-4mg", P, "nasal spray, 4 mg, to state", "4 mg", "dose", 4, 4, "mg", Y, "harbor point generic naloxone strength"),
 ("p-250k", P, "as 250,000 two-dose kits", "250,000", "count", 250000, 250000, "kits", Y, "kits committed"),
 ("p-twodose", P, "250,000 two-dose kits", "two-dose", "count", 2, 2, "doses", N, "doses per kit"),
 ("p-296", P, "fell 29.6% in 2024", "29.6%", "percent", 29.6, 29.6, "%", Y, "us 2024 vs 2023 decline"),
 ("p-in24", P, "29.6% in 2024, the", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-81", P, "suggests more than 81 lives", "81", "count", 81, 81, "deaths per day", Y, "deaths averted per day (cdc statement)"),
 ("p-q3", P, "in the third quarter of 2025", "third quarter of 2025", "date", 2025, 2025, "year", N, "delivery start"),
 ("p-end26", P, "through the end of 2026", "end of 2026", "date", 2026, 2026, "year", N, "delivery end"),
 ("p-90", P, "which supports 90 state", "90", "count", 90, 90, "health departments", Y, "od2a funded health departments"),
 ("p-5yr", P, "through five-year cooperative", "five-year", "duration", 5, 5, "years", Y, "od2a cooperative agreement length"),
 ("p-2023od2a", P, "agreements awarded in 2023", "2023", "date", 2023, 2023, "year", Y, "od2a awards year"),
 ("p-30", P, "each kit below $30", "$30", "money", 30, 30, "USD", Y, "harbor point kit price (expected)"),
 ("p-4499", P, "retail price of $44.99", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan two-pack suggested retail price"),
 ("p-twopack", P, "for a two-pack of the brand-name", "two-pack", "count", 2, 2, "sprays", N, "pack size"),
 ("p-114k", P, "peaked at more than 114,000", "114,000", "count", 114000, 114000, "deaths", Y, "peak 12-month count"),
 ("p-12mo", P, "in the 12 months ending in mid-2023", "12 months", "duration", 12, 12, "months", N, "period length"),
 ("p-mid23", P, "ending in mid-2023", "mid-2023", "date", 2023, 2023, "year", Y, "peak 12-month period end"),
 ("p-60", P, "roughly 60% of overdose deaths", "60%", "percent", 60, 60, "%", Y, "synthetic opioid share of deaths 2024"),
 ("p-345", P, "recorded a 34.5% decline", "34.5%", "percent", 34.5, 34.5, "%", Y, "west virginia 2024 decline"),
 ("p-in24wv", P, "34.5% decline last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-mar23", P, "nasal spray in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "first otc naloxone (narcan) approval"),
 ("p-twodoses", P, "Two doses in the kit matters", "Two", "count", 2, 2, "doses", N, "quote"),
 ("p-hp2024", P, "nonprescription use in 2024", "2024", "date", 2024, 2024, "year", Y, "harbor point generic otc approval (rival product)"),
 ("p-single", P, "delivers a single 4 mg dose", "single", "count", 1, 1, "doses", N, "per device"),
 ("p-4mgb", P, "a single 4 mg dose.", "4 mg", "dose", 4, 4, "mg", N, "harbor point strength (repeat)"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-1100", P, "approximately 1,100 people", "1,100", "count", 1100, 1100, "employees", N, "about section"),
 ("p-3sites", P, "at three manufacturing sites", "three", "count", 3, 3, "sites", N, "about section"),
 ("p-1995", P, "Litigation Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),
 ("p-fy24", P, "ended December 31, 2024", "December 31, 2024", "date", 2024, 2024, "year", N, "boilerplate"),

 # ---- OD03 abstract (2025-08-20)
 ("a-t2324", A, "United States, 2023 to 2024: A", "2023 to 2024", "date", 2023, 2024, "year", N, "title period"),
 ("a-pub", A, "Published online 20 August 2025", "20 August 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("a-1999", A, "without interruption from 1999", "1999", "date", 1999, 1999, "year", N, "aside"),
 ("a-114670", A, "peaked at 114,670 in the", "114,670", "count", 114670, 114670, "deaths", Y, "peak 12-month count (ending june 2023)"),
 ("a-12mo", A, "in the 12-month period ending June 2023", "12-month", "duration", 12, 12, "months", N, "period length"),
 ("a-jun23", A, "period ending June 2023. Final", "June 2023", "date", 2023, 2023, "year", Y, "peak 12-month period end"),
 ("a-f2023", A, "Final 2023 mortality", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-105007", A, "counted 105,007 overdose", "105,007", "count", 105007, 105007, "deaths", Y, "us overdose deaths 2023 (final)"),
 ("a-313", A, "rate of 31.3 per 100,000", "31.3 per 100,000", "rate", 31.3, 31.3, "per 100,000", Y, "age-adjusted rate 2023"),
 ("a-326", A, "down from 32.6 in 2022", "32.6", "rate", 32.6, 32.6, "per 100,000", Y, "age-adjusted rate 2022"),
 ("a-in22", A, "32.6 in 2022 [1]", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-12mob", A, "for the 12 months ending September 2024", "12 months", "duration", 12, 12, "months", N, "period length"),
 ("a-sep24", A, "ending September 2024 suggested", "September 2024", "date", 2024, 2024, "year", N, "period end"),
 ("a-cy", A, "calendar years 2023 and 2024", "2023 and 2024", "date", 2023, 2024, "year", N, "study period"),
 ("a-rel", A, "data release of 14 May 2025", "14 May 2025", "date", 2025, 2025, "year", N, "data source date"),
 ("a-50st", A, "for the 50 states and the District", "50", "count", 50, 50, "states", N, "definitional"),
 ("a-n110", A, "from N = 110,037 in 2023", "110,037", "count", 110037, 110037, "deaths", Y, "us overdose deaths 2023 (predicted provisional, may 2025 release)"),
 ("a-r23", A, "110,037 in 2023 to N", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-n80", A, "to N = 80,391 in 2024", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (predicted provisional)"),
 ("a-r24", A, "80,391 in 2024, a relative", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-269", A, "relative decline of 26.9%", "26.9%", "percent", 26.9, 26.9, "%", Y, "us 2024 vs 2023 decline"),
 ("a-365", A, "deaths fell 36.5%", "36.5%", "percent", 36.5, 36.5, "%", Y, "synthetic opioid deaths decline 2024"),
 ("a-76282", A, "from n=76,282 to", "76,282", "count", 76282, 76282, "deaths", Y, "synthetic opioid deaths 2023"),
 ("a-48422", A, "to n=48,422; their", "48,422", "count", 48422, 48422, "deaths", Y, "synthetic opioid deaths 2024"),
 ("a-693", A, "deaths fell from 69.3% (95% CI", "69.3%", "percent", 69.3, 69.3, "%", Y, "synthetic opioid share of deaths 2023"),
 ("a-693ci", A, "69.1–69.6", "69.1–69.6", "percent", 69.1, 69.6, "%", Y, "ci"),
 ("a-602", A, "to 60.2% (95% CI", "60.2%", "percent", 60.2, 60.2, "%", Y, "synthetic opioid share of deaths 2024"),
 ("a-602ci", A, "59.9–60.6", "59.9–60.6", "percent", 59.9, 60.6, "%", Y, "ci"),
 ("a-diff", A, "difference of " + M + "9.1 percentage points", M + "9.1 percentage points", "percent", -9.1, -9.1, "pp", Y, "synthetic share difference 2024-2023"),
 ("a-diffci", A, M + "9.5 to " + M + "8.7", M + "9.5 to " + M + "8.7", "percent", -9.5, -8.7, "pp", Y, "ci"),
 ("a-p1", A, "8.7; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-206", A, "deaths fell 20.6%", "20.6%", "percent", 20.6, 20.6, "%", Y, "psychostimulant deaths decline 2024"),
 ("a-37096", A, "from n=37,096 to", "37,096", "count", 37096, 37096, "deaths", Y, "psychostimulant deaths 2023"),
 ("a-29456", A, "to n=29,456, so", "29,456", "count", 29456, 29456, "deaths", Y, "psychostimulant deaths 2024"),
 ("a-337", A, "rose from 33.7%", "33.7%", "percent", 33.7, 33.7, "%", Y, "psychostimulant share 2023"),
 ("a-337ci", A, "33.4–34.0", "33.4–34.0", "percent", 33.4, 34.0, "%", Y, "ci"),
 ("a-366", A, "to 36.6% (95% CI", "36.6%", "percent", 36.6, 36.6, "%", Y, "psychostimulant share 2024"),
 ("a-366ci", A, "36.3–37.0", "36.3–37.0", "percent", 36.3, 37.0, "%", Y, "ci"),
 ("a-29pt", A, "difference 2.9 points", "2.9 points", "percent", 2.9, 2.9, "pp", Y, "psychostimulant share difference"),
 ("a-p2", A, "2.9 points, P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-281", A, "deaths fell 28.1%", "28.1%", "percent", 28.1, 28.1, "%", Y, "cocaine deaths decline 2024"),
 ("a-30833", A, "from n=30,833 to", "30,833", "count", 30833, 30833, "deaths", Y, "cocaine deaths 2023"),
 ("a-22174", A, "to n=22,174 (share", "22,174", "count", 22174, 22174, "deaths", Y, "cocaine deaths 2024"),
 ("a-280", A, "(share 28.0% vs", "28.0%", "percent", 28.0, 28.0, "%", Y, "cocaine share 2023"),
 ("a-276", A, "28.0% vs 27.6%", "27.6%", "percent", 27.6, 27.6, "%", Y, "cocaine share 2024"),
 ("a-04", A, "difference " + M + "0.4 points", M + "0.4 points", "percent", -0.4, -0.4, "pp", Y, "cocaine share difference"),
 ("a-04ci", A, M + "0.9 to " + M + "0.03", M + "0.9 to " + M + "0.03", "percent", -0.9, -0.03, "pp", Y, "ci"),
 ("a-p3", A, "P=0.035", "0.035", "pvalue", 0.035, 0.035, "p", N, "p-value"),
 ("a-48", A, "declined in 48 of 50 states", "48", "count", 48, 48, "states", Y, "states with 2024 declines"),
 ("a-50of", A, "48 of 50 states", "50", "count", 50, 50, "states", N, "denominator"),
 ("a-nv", A, "Nevada (3.5%)", "3.5%", "percent", 3.5, 3.5, "%", Y, "nevada 2024 increase"),
 ("a-sd", A, "South Dakota (2.3%)", "2.3%", "percent", 2.3, 2.3, "%", Y, "south dakota 2024 increase"),
 ("a-wv", A, "West Virginia (" + M + "43.5%)", M + "43.5%", "percent", -43.5, -43.5, "% change", Y, "west virginia 2024 decline (signed)"),
 ("a-va", A, "Virginia (" + M + "38.5%)", M + "38.5%", "percent", -38.5, -38.5, "% change", Y, "virginia 2024 decline (signed)"),
 ("a-wi", A, "Wisconsin (" + M + "36.3%)", M + "36.3%", "percent", -36.3, -36.3, "% change", Y, "wisconsin 2024 decline (signed)"),
 ("a-nh", A, "New Hampshire (" + M + "36.1%)", M + "36.1%", "percent", -36.1, -36.1, "% change", Y, "new hampshire 2024 decline (signed)"),
 ("a-mi", A, "Michigan (" + M + "36.0%)", M + "36.0%", "percent", -36.0, -36.0, "% change", Y, "michigan 2024 decline (signed)"),
 ("a-299", A, "was 29.9% below", "29.9%", "percent", 29.9, 29.9, "%", Y, "2024 count below june 2023 peak"),
 ("a-peak", A, "below the June 2023 peak", "June 2023", "date", 2023, 2023, "year", N, "peak period (repeat)"),
 ("a-9pp", A, "by about nine percentage points", "nine percentage points", "percent", 9, 9, "pp", N, "summary"),
 ("a-1in3", A, "more than one in three", "one in three", "percent", 33.3, 33.3, "%", N, "summary"),
 ("a-c2023", A, "Provisional counts for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-several", A, "by several thousand deaths", "several thousand", "count", None, None, "deaths", N, "vague"),

 # ---- OD04 explainer (2025-06-26)
 ("e-upd", E, "Updated June 26, 2025", "June 26, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-q2024", E, "overdoses in 2024?", "2024", "date", 2024, 2024, "year", N, "question"),
 ("e-80391", E, "estimates that 80,391 people", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (predicted provisional)"),
 ("e-in24a", E, "drug overdoses in 2024. That", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-27", E, "That is nearly 27% fewer", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline"),
 ("e-in23", E, "27% fewer than in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-since19", E, "lowest yearly total since 2019", "2019", "date", 2019, 2019, "year", Y, "2024 total lowest since year"),
 ("e-fewk", E, "shift by a few thousand", "a few thousand", "count", None, None, "deaths", N, "vague"),
 ("e-q2023", E, "Was 2023 the worst year?", "2023", "date", 2023, 2023, "year", N, "question"),
 ("e-mid23", E, "Deaths peaked in mid-2023", "mid-2023", "date", 2023, 2023, "year", Y, "peak 12-month period end"),
 ("e-1147", E, "when about 114,700 people", "114,700", "count", 114700, 114700, "deaths", Y, "peak 12-month count (rounded)"),
 ("e-12mo", E, "over a 12-month period", "12-month", "duration", 12, 12, "months", N, "period length"),
 ("e-55126", E, "were involved in 55,126 deaths", "55,126", "count", 55126, 55126, "deaths", Y, "synthetic opioid deaths 2024"),
 ("e-in24c", E, "55,126 deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-2st", E, "Two states went the other way", "Two", "count", 2, 2, "states", Y, "states with 2024 increases"),
 ("e-nv", E, "deaths rose 5.3%", "5.3%", "percent", 5.3, 5.3, "%", Y, "nevada 2024 increase"),
 ("e-sd", E, "where they rose 2.3%", "2.3%", "percent", 2.3, 2.3, "%", Y, "south dakota 2024 increase"),
 ("e-age", E, "Americans aged 18 to 44", "18 to 44", "age", 18, 44, "years", Y, "age group where overdose is leading cause of death"),
 ("e-3544", E, "Adults aged 35 to 44", "35 to 44", "age", 35, 44, "years", Y, "age group with highest overdose death rate"),
 ("e-4mg", E, "Narcan, a 4 mg nasal spray", "4 mg", "dose", 4, 4, "mg", Y, "narcan strength"),
 ("e-mar29", E, "On March 29, 2023, the Food", "March 29, 2023", "date", 2023, 2023, "year", Y, "first otc naloxone (narcan) approval"),
 ("e-3mg", E, "which delivers 3 mg", "3 mg", "dose", 3, 3, "mg", Y, "rivive strength"),
 ("e-jul23", E, "sale in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "rivive otc approval"),
 ("e-8mg", E, "higher-strength 8 mg spray", "8 mg", "dose", 8, 8, "mg", Y, "kloxxado strength (prescription)"),
 ("e-4499", E, "retail price is $44.99", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan two-pack suggested retail price"),
 ("e-two", E, "for a box of two sprays", "two", "count", 2, 2, "sprays", N, "pack size"),
 ("e-23min", E, "within 2 to 3 minutes", "2 to 3 minutes", "duration", 2, 3, "minutes", Y, "wait before second dose"),
 ("e-3090", E, "wears off in 30 to 90 minutes", "30 to 90 minutes", "duration", 30, 90, "minutes", Y, "naloxone duration of action"),
 ("e-49st", E, "health departments in 49 states", "49", "count", 49, 49, "states", Y, "od2a funded states"),
 ("e-40loc", E, "and 40 localities", "40", "count", 40, 40, "localities", Y, "od2a funded localities"),
 ("e-56m", E, "runs a $56 million-a-year", "$56 million", "money", 56000000, 56000000, "USD", Y, "fr-cara naloxone grant per year"),
 ("e-in23b", E, "responders; in 2023 it distributed", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-101k", E, "more than 101,000 naloxone kits", "101,000", "count", 101000, 101000, "kits", Y, "fr-cara kits distributed fy2023"),
 ("e-25k", E, "trained about 25,000 people", "25,000", "count", 25000, 25000, "people", Y, "fr-cara people trained fy2023"),
 ("e-oct", E, "fiscal year starting in October", "October", "date", 2025, 2025, "year", N, "fy2026 start"),
 ("e-50b", E, "receiving more than $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", Y, "opioid settlements total"),
 ("e-jun12", E, "On June 12 the House", "June 12", "date", 2025, 2025, "year", Y, "house final passage of halt fentanyl act"),
 ("e-h321", E, "Fentanyl Act, 321-104", "321", "count", 321, 321, "votes", Y, "house final votes for halt fentanyl"),
 ("e-h104", E, "321-104, after", "104", "count", 104, 104, "votes", Y, "house final votes against halt fentanyl"),
 ("e-s84", E, "approved it 84-16", "84", "count", 84, 84, "votes", Y, "senate votes for halt fentanyl"),
 ("e-s16", E, "84-16 in March", "16", "count", 16, 16, "votes", Y, "senate votes against halt fentanyl"),
 ("e-mar", E, "84-16 in March", "March", "date", 2025, 2025, "year", Y, "senate passage of halt fentanyl act"),
 ("e-220", E, "Roughly 220 people", "220", "count", 220, 220, "deaths per day", Y, "deaths per day 2024"),
 ("e-in24d", E, "every day in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),

 # ---- OD05 blog (2025-07-09)
 ("b-pub", B, "July 9, 2025", "July 9, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-read", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-9yr", B, "almost nine years", "nine years", "duration", 9, 9, "years", N, "aside"),
 ("b-80931", B, "The headline: 80,931 people", "80,931", "count", 80931, 80931, "deaths", Y, "us overdose deaths 2024 (predicted provisional)"),
 ("b-in24a", B, "overdose in 2024. That is a huge", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-tens1", B, "but it is tens of thousands fewer", "tens of thousands", "count", None, None, "deaths", N, "vague"),
 ("b-45", B, "Deaths fell in 45 states", "45", "count", 45, 45, "states", Y, "states with 2024 declines"),
 ("b-70", B, "involved in about 70% of", "70%", "percent", 70, 70, "%", Y, "synthetic opioid share of deaths 2024"),
 ("b-in24b", B, "overdose deaths last year. But", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-third", B, "by more than a third", "a third", "percent", 33.3, 33.3, "%", Y, "synthetic opioid deaths decline 2024"),
 ("b-feb", B, "The release in February", "February", "date", 2025, 2025, "year", N, "earlier release date"),
 ("b-12mo", B, "deaths in the 12 months ending", "12 months", "duration", 12, 12, "months", N, "period length"),
 ("b-sep24", B, "ending September 2024 were", "September 2024", "date", 2024, 2024, "year", N, "period end"),
 ("b-24", B, "were down nearly 24%", "24%", "percent", 24, 24, "%", Y, "decline 12 months ending sept 2024"),
 ("b-otc23", B, "over-the-counter sale in 2023", "2023", "date", 2023, 2023, "year", Y, "first otc naloxone (narcan) approval"),
 ("b-4999", B, "landed at $49.99", "$49.99", "money", 49.99, 49.99, "USD", Y, "narcan two-pack suggested retail price"),
 ("b-twopack", B, "$49.99 for a two-pack", "two-pack", "count", 2, 2, "sprays", N, "pack size"),
 ("b-cap1924", B, "deaths, 2019 to 2024, showing", "2019 to 2024", "date", 2019, 2024, "year", N, "caption"),
 ("b-capmid", B, "a peak in mid-2023", "mid-2023", "date", 2023, 2023, "year", N, "caption"),
 ("b-cap12", B, "12-month rolling", "12-month", "duration", 12, 12, "months", N, "caption"),
 ("b-56m", B, "a $56 million-a-year program", "$56 million", "money", 56000000, 56000000, "USD", Y, "fr-cara naloxone grant per year"),
 ("b-110k", B, "more than 110,000 kits", "110,000", "count", 110000, 110000, "kits", Y, "fr-cara kits distributed fy2023"),
 ("b-in23", B, "110,000 kits in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-tens2", B, "trained tens of thousands", "tens of thousands", "count", None, None, "people", N, "vague"),
 ("b-552b", B, "the total at $55.2 billion", "$55.2 billion", "money", 55200000000, 55200000000, "USD", Y, "opioid settlements total (tracker)"),
 ("b-lastyr", B, "investigation last year found", "last year", "date", 2024, 2024, "year", N, "investigation date"),
 ("b-6b", B, "more than $6 billion", "$6 billion", "money", 6000000000, 6000000000, "USD", Y, "settlement money received 2022-2023"),
 ("b-2223", B, "in 2022 and 2023 alone", "2022 and 2023", "date", 2022, 2023, "year", N, "qualifier"),
 ("b-june", B, "In June the House sent", "June", "date", 2025, 2025, "year", Y, "house final passage of halt fentanyl act"),
 ("b-h312", B, "on a 312-108 vote", "312", "count", 312, 312, "votes", Y, "house final votes for halt fentanyl"),
 ("b-h108", B, "312-108 vote", "108", "count", 108, 108, "votes", Y, "house final votes against halt fentanyl"),
 ("b-single", B, "buy a single naloxone kit", "single", "count", 1, 1, "kits", N, "rhetorical"),
 ("b-80k", B, "Because 80,000 is still", "80,000", "count", 80000, 80000, "deaths", N, "rounded repeat"),
 ("b-220", B, "about 220 people a day", "220", "count", 220, 220, "deaths per day", Y, "deaths per day 2024"),
 ("b-couple", B, "went up in a couple of states", "a couple", "count", 2, 2, "states", N, "vague"),
 ("b-2018", B, "dipped in 2018", "2018", "date", 2018, 2018, "year", Y, "earlier annual decline year"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-5q", B, "money: 5 questions", "5", "count", 5, 5, "questions", N, "related link"),
 ("b-1yrrel", B, "What one year of free", "one year", "duration", 1, 1, "years", N, "related link"),
 ("b-47c", B, "47 comments", "47", "count", 47, 47, "comments", N, "page furniture"),

 # ---- OD06 local (2025-05-21), hard-wrapped
 ("l-pub", L, "Wednesday, May 21, 2025", "May 21, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-in24a", L, "any state in 2024, according", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-lastwk", L, "figures released last week", "last week", "date", 2025, 2025, "year", Y, "cdc 2024 provisional release date"),
 ("l-435", L, "the state fell 43.5% last year", "43.5%", "percent", 43.5, 43.5, "%", Y, "west virginia 2024 decline"),
 ("l-lastyr", L, "43.5% last year from", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-27", L, "deaths fell nearly 27%", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline"),
 ("l-804", L, "to about 80,400", "80,400", "count", 80400, 80400, "deaths", Y, "us overdose deaths 2024 (rounded)"),
 ("l-114670", L, "down from 114,670 in 2023", "114,670", "count", 114670, 114670, "deaths", Y, "us overdose deaths 2023 (as stated)"),
 ("l-in23", L, "114,670 in 2023. The CDC", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-18", L, "about 18 fewer deaths", "18", "count", 18, 18, "deaths per day", Y, "deaths averted per day 2024 vs 2023"),
 ("l-tue", L, "At a briefing Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "briefing date"),
 ("l-41", L, "a reduction of nearly 41%", "41%", "percent", 41, 41, "%", Y, "west virginia year-over-year decline (state figure)"),
 ("l-69", L, "down nearly 69%", "69%", "percent", 69, 69, "%", Y, "wv opioid-related deaths decline (state tracking)"),
 ("l-71", L, "down more than 71%", "71%", "percent", 71, 71, "%", Y, "wv fentanyl-related deaths decline (state tracking)"),
 ("l-77", L, "a peak of 77 overdose deaths per 100,000", "77 overdose deaths per 100,000", "rate", 77, 77, "per 100,000", Y, "wv peak overdose death rate"),
 ("l-2021", L, "residents in 2021, by far", "2021", "date", 2021, 2021, "year", Y, "wv peak rate year"),
 ("l-1453", L, "counted 1,453 overdose", "1,453", "count", 1453, 1453, "deaths", Y, "wv overdose deaths 2023 (sudors)"),
 ("l-in23b", L, "West Virginia in 2023. Officials", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-72437", L, "distributed 72,437 naloxone", "72,437", "count", 72437, 72437, "kits", Y, "wv naloxone kits 2024"),
 ("l-in24b", L, "naloxone kits in 2024, and", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-90k", L, "more than 90,000 kits", "90,000", "count", 90000, 90000, "kits", Y, "wv naloxone kits 2022-2024"),
 ("l-2224", L, "between 2022 and 2024", "2022 and 2024", "date", 2022, 2024, "year", N, "period"),
 ("l-marly", L, "Narcan in March of last year", "March of last year", "date", 2024, 2024, "year", Y, "first otc naloxone (narcan) approval"),
 ("l-8mg", L, "the 8-milligram nasal spray", "8-milligram", "dose", 8, 8, "mg", Y, "narcan strength"),
 ("l-197", L, "has grown from 197 to", "197", "count", 197, 197, "beds", Y, "wv residential treatment beds (eight years ago)"),
 ("l-1800", L, "more than 1,800 over", "1,800", "count", 1800, 1800, "beds", Y, "wv residential treatment beds now"),
 ("l-8yr", L, "over the past eight years", "eight years", "duration", 8, 8, "years", N, "period"),
 ("l-age41", L, "Tasha Milam, 41, said", "41", "age", 41, 41, "years", N, "interviewee age"),
 ("l-2yrago", L, "Two years ago I was", "Two years ago", "date", 2023, 2023, "year", N, "quote"),
 ("l-couple", L, "every couple of weeks", "couple of weeks", "duration", 2, 2, "weeks", N, "quote, vague"),
 ("l-several", L, "a program several West", "several", "count", None, None, "counties", N, "vague"),
 ("l-65m", L, "end a $65 million-a-year", "$65 million", "money", 65000000, 65000000, "USD", Y, "fr-cara naloxone grant per year"),
 ("l-3yr", L, "program, a three-year cooperative", "three-year", "duration", 3, 3, "years", Y, "od2a cooperative agreement length"),

 # ---- OD07 fact-check (2025-06-19)
 ("f-hhalf", F, "fall by half in 2024", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-h2024", F, "by half in 2024, for", "2024", "date", 2024, 2024, "year", N, "headline qualifier"),
 ("f-pub", F, "ClearCheck | June 19, 2025", "June 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-chalf", F, "got cut in HALF last year", "HALF", "percent", 50, 50, "%", N, "post claim"),
 ("f-clastyr", F, "HALF last year", "last year", "date", 2024, 2024, "year", N, "post claim qualifier"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-jun10", F, "since June 10", "June 10", "date", 2025, 2025, "year", N, "virality"),
 ("f-v2024", F, "fall sharply in 2024, by", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-v27", F, "but by about 27%, not half", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline"),
 ("f-vhalf", F, "27%, not half", "half", "percent", 50, 50, "%", N, "post claim restated"),
 ("f-may14", F, "released May 14, estimate", "May 14", "date", 2025, 2025, "year", Y, "cdc 2024 provisional release date"),
 ("f-80391", F, "estimate 80,391 drug", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (predicted provisional)"),
 ("f-in24a", F, "overdose deaths in 2024, down from", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-110037", F, "down from 110,037 in 2023", "110,037", "count", 110037, 110037, "deaths", Y, "us overdose deaths 2023 (predicted provisional, may 2025 release)"),
 ("f-in23a", F, "110,037 in 2023. That", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-269", F, "a decline of 26.9%", "26.9%", "percent", 26.9, 26.9, "%", Y, "us 2024 vs 2023 decline"),
 ("f-27r", F, "or 27% rounded", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline (rounded)"),
 ("f-cuthalf", F, "To be \"cut in half,\"", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-2024tot", F, "the 2024 total would", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-55k", F, "to be about 55,000", "55,000", "count", 55000, 55000, "deaths", N, "hypothetical half of 2023"),
 ("f-several", F, "credit several causes", "several", "count", None, None, "causes", N, "vague"),
 ("f-nothalf", F, "but still not half", "half", "percent", 50, 50, "%", N, "post claim restated"),
 ("f-12mo", F, "rolling 12-month count", "12-month", "duration", 12, 12, "months", N, "period length"),
 ("f-114670", F, "peaked at 114,670 deaths", "114,670", "count", 114670, 114670, "deaths", Y, "peak 12-month count"),
 ("f-12mob", F, "deaths in the 12 months ending in June", "12 months", "duration", 12, 12, "months", N, "period length"),
 ("f-jun22", F, "ending in June 2022", "June 2022", "date", 2022, 2022, "year", Y, "peak 12-month period end"),
 ("f-2024fig", F, "the 2024 figure is", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-30", F, "about 30% lower", "30%", "percent", 30, 30, "%", Y, "2024 count below peak"),
 ("f-2018", F, "also fell in 2018, to", "2018", "date", 2018, 2018, "year", Y, "earlier annual decline year"),
 ("f-67367", F, "to 67,367 from", "67,367", "count", 67367, 67367, "deaths", Y, "us overdose deaths 2018"),
 ("f-70237", F, "from 70,237 in 2017", "70,237", "count", 70237, 70237, "deaths", Y, "us overdose deaths 2017"),
 ("f-2017", F, "70,237 in 2017", "2017", "date", 2017, 2017, "year", N, "qualifier"),
 ("f-in23dip", F, "dipped slightly in 2023", "2023", "date", 2023, 2023, "year", Y, "earlier annual decline year"),
 ("f-may24", F, "published in May 2024, put", "May 2024", "date", 2024, 2024, "year", N, "estimate vintage"),
 ("f-2023d", F, "put 2023 deaths at", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-107543", F, "deaths at 107,543", "107,543", "count", 107543, 107543, "deaths", Y, "us overdose deaths 2023 (first provisional, may 2024 release)"),
 ("f-3", F, "about 3% below 2022", "3%", "percent", 3, 3, "%", Y, "2023 vs 2022 decline (first provisional)"),
 ("f-2022", F, "3% below 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-fin23", F, "final count for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-105007", F, "came in at 105,007", "105,007", "count", 105007, 105007, "deaths", Y, "us overdose deaths 2023 (final)"),
 ("f-48", F, "Deaths fell in 48 states", "48", "count", 48, 48, "states", Y, "states with 2024 declines"),
 ("f-88", F, "which recorded 88 overdose", "88", "count", 88, 88, "deaths", Y, "south dakota overdose deaths 2024"),
 ("f-in24sd", F, "88 overdose deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-sd35", F, "saw them rise 3.5%", "3.5%", "percent", 3.5, 3.5, "%", Y, "south dakota 2024 increase"),
 ("f-h2", F, "began in the second half of 2023", "second half of 2023", "date", 2023, 2023, "year", Y, "decline start"),
 ("f-yr", F, "more than a year before", "a year", "duration", 1, 1, "years", N, "aside"),
 ("f-jan", F, "took office in January", "January", "date", 2025, 2025, "year", N, "inauguration"),
 ("f-2025pol", F, "so a 2025 border policy", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-2024drop", F, "explain a 2024 drop", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-4mg", F, "a 4-milligram nasal spray", "4-milligram", "dose", 4, 4, "mg", Y, "narcan strength"),
 ("f-mar29", F, "sale on March 29, 2023", "March 29, 2023", "date", 2023, 2023, "year", Y, "first otc naloxone (narcan) approval"),
 ("f-56m", F, "a $56 million annual program", "$56 million", "money", 56000000, 56000000, "USD", Y, "fr-cara naloxone grant per year"),
 ("f-101210", F, "distributed 101,210 naloxone", "101,210", "count", 101210, 101210, "kits", Y, "fr-cara kits distributed fy2023"),
 ("f-76641", F, "trained 76,641 people", "76,641", "count", 76641, 76641, "people", Y, "fr-cara people trained fy2023"),
 ("f-fy23", F, "in fiscal year 2023, according", "fiscal year 2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-lastwk", F, "Lawmakers last week sent", "last week", "date", 2025, 2025, "year", N, "final passage (relative)"),
 ("f-h321", F, "approved it 321-104", "321", "count", 321, 321, "votes", Y, "house final votes for halt fentanyl"),
 ("f-h104", F, "321-104 on June 12", "104", "count", 104, 104, "votes", Y, "house final votes against halt fentanyl"),
 ("f-jun12", F, "321-104 on June 12", "June 12", "date", 2025, 2025, "year", Y, "house final passage of halt fentanyl act"),
 ("f-1845", F, "Americans aged 18 to 45", "18 to 45", "age", 18, 45, "years", Y, "age group (bill sponsors' claim)"),
 ("f-1844", F, "for ages 18 to 44", "18 to 44", "age", 18, 44, "years", Y, "age group where overdose is leading cause of death"),
 ("f-rhalf", F, "were \"cut in half\" in 2024", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-r2024", F, "\"cut in half\" in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-r27", F, "shows a decline of about 27%", "27%", "percent", 27, 27, "%", Y, "us 2024 vs 2023 decline (ruling)"),
 ("f-r50", F, "well short of 50%", "50%", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-r2018", F, "before, in 2018 and", "2018", "date", 2018, 2018, "year", N, "ruling repeat"),
 ("f-r2023", F, "slightly, in 2023", "2023", "date", 2023, 2023, "year", N, "ruling repeat"),
 ("f-r2025", F, "before the 2025 border", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-s1", F, "data release of May 14, 2025", "May 14, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s2", F, "United States, 2003–2023 (December", "2003–2023", "date", 2003, 2023, "year", N, "sources line"),
 ("f-s3", F, "(December 2024)", "December 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s4", F, "SAMHSA, Fiscal Year 2025", "Fiscal Year 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s5", F, "Abernathy, June 16, 2025", "June 16, 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 2024 US total: 80,931 (blog, transposed) vs 80,391
 ("b-80931", "w-80391", S), ("b-80931", "a-n80", S), ("b-80931", "e-80391", S), ("b-80931", "f-80391", S), ("b-80931", "l-804", S),
 # S2 2024 decline: 29.6% (press) vs 26.9% / nearly 27% / 27%
 ("p-296", "w-269", S), ("p-296", "a-269", S), ("p-296", "f-269", S), ("p-296", "w-27", S),
 ("p-296", "e-27", S), ("p-296", "l-27", S), ("p-296", "f-v27", S),
 # S3 2023 US total: 114,670 "in 2023" (local, peak swapped in) vs 110,037
 ("l-114670", "w-110037", S), ("l-114670", "a-n110", S), ("l-114670", "f-110037", S),
 # S4 synthetic-opioid deaths 2024: 55,126 (explainer, Sept-2024 12-month figure) vs 48,422
 ("e-55126", "w-48422", S), ("e-55126", "a-48422", S),
 # S5 synthetic-opioid share 2024: about 70% (blog, the 2023 share) vs 60.2% / roughly 60%
 ("b-70", "a-602", S), ("b-70", "p-60", S),
 # S6 peak period end year: June 2022 (fact-check) vs June 2023 / mid-2023
 ("f-jun22", "w-jun23", S), ("f-jun22", "a-jun23", S), ("f-jun22", "p-mid23", S), ("f-jun22", "e-mid23", S),
 # S7 states with declines in 2024: 45 (blog, Sept-2024 interim) vs 48
 ("b-45", "w-48st", S), ("b-45", "a-48", S), ("b-45", "f-48", S),
 # S8 Nevada increase: 5.3% (explainer, transposed) vs 3.5%
 ("e-nv", "w-nv", S), ("e-nv", "a-nv", S),
 # S9 West Virginia decline: 34.5% (press, transposed) vs 43.5%
 ("p-345", "w-wv", S), ("p-345", "a-wv", S), ("p-345", "l-435", S),
 # S10 Narcan OTC approval year: "March of last year" (local, May 2025 -> 2024) vs 2023
 ("l-marly", "e-mar29", S), ("l-marly", "p-mar23", S), ("l-marly", "f-mar29", S), ("l-marly", "b-otc23", S),
 # S11 Narcan strength: 8-milligram (local) vs 4 mg
 ("l-8mg", "e-4mg", S), ("l-8mg", "f-4mg", S),
 # S12 FR-CARA grant size: $65 million (local, transposed) vs $56 million
 ("l-65m", "w-56m", S), ("l-65m", "e-56m", S), ("l-65m", "b-56m", S), ("l-65m", "f-56m", S),
 # S13 FR-CARA kits FY2023: more than 110,000 (blog) vs 101,210 / more than 101,000
 ("b-110k", "f-101210", S), ("b-110k", "e-101k", S),
 # S14 FR-CARA people trained FY2023: about 25,000 (explainer, 2025 goal swapped in) vs 76,641
 ("e-25k", "f-76641", S),
 # S15 OD2A agreement length: three-year (local) vs five-year (press)
 ("l-3yr", "p-5yr", S),
 # S16 House final vote on HALT Fentanyl Act (June): 312-108 (blog, February H.R. 27 tally) vs 321-104
 ("b-h312", "e-h321", S), ("b-h312", "f-h321", S), ("b-h108", "e-h104", S), ("b-h108", "f-h104", S),
 # S17 Narcan suggested retail price: $49.99 (blog) vs $44.99
 ("b-4999", "e-4499", S), ("b-4999", "p-4499", S),
 # S18 deaths averted per day: about 18 (local, transposed) vs 81
 ("l-18", "w-81a", S), ("l-18", "w-81b", S), ("l-18", "p-81", S),
 # S19 South Dakota increase: 3.5% (fact-check, Nevada's figure) vs 2.3%
 ("f-sd35", "w-sd", S), ("f-sd35", "a-sd", S), ("f-sd35", "e-sd", S),
 # Qualified
 ("a-105007", "w-110037", Q), ("a-105007", "f-110037", Q),          # final vs provisional 2023
 ("f-107543", "w-110037", Q), ("f-107543", "a-n110", Q),             # first vs later provisional 2023
 ("l-114670", "a-105007", Q), ("l-114670", "f-105007", Q),           # local's wrong 2023 vs final 2023
 ("b-552b", "w-50b", Q),                                             # settlement total: tracker vs "about $50 billion"
 ("l-41", "w-wv", Q), ("l-41", "a-wv", Q), ("l-41", "p-345", Q),    # state's "nearly 41%" vs CDC 2024 figure
 ("f-1845", "w-age", Q), ("f-1845", "e-age", Q),                     # sponsors' 18-45 vs CDC 18-44
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
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
