#!/usr/bin/env python3
"""Build vutrisiran.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "vutrisiran")
OUT = os.path.join(HERE, "vutrisiran.gold.jsonl")
T = "vutrisiran"

W, P, A, E, B, L, F = ("VU01_wire.txt", "VU02_press.txt", "VU03_abstract.txt",
                       "VU04_explainer.txt", "VU05_blog.txt", "VU06_trade.txt", "VU07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- VU01 wire (2025-03-21)
 ("w-dl", W, "Mass., March 21", "March 21", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "on Thursday approved", "Thursday", "date", 2025, 2025, "year", Y, "fda attr-cm approval date"),
 ("w-25mg", W, "as a 25 mg injection", "25 mg", "dose", 25, 25, "mg", Y, "vutrisiran dose"),
 ("w-3mo", W, "once every three months, which", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval"),
 ("w-2022", W, "market since 2022", "2022", "date", 2022, 2022, "year", Y, "polyneuropathy approval date"),
 ("w-655", W, "enrolled 655 patients", "655", "count", 655, 655, "patients", Y, "helios-b randomized"),
 ("w-87", W, "at 87 sites", "87", "count", 87, 87, "sites", Y, "helios-b sites"),
 ("w-22c", W, "in 22 countries", "22", "count", 22, 22, "countries", Y, "helios-b countries"),
 ("w-36mo", W, "placebo for up to 36 months", "36 months", "duration", 36, 36, "months", Y, "helios-b double-blind treatment duration"),
 ("w-60", W, "Roughly 60% of participants", "60%", "percent", 60, 60, "%", Y, "helios-b share on tafamidis at baseline"),
 ("w-28", W, "events by 28%", "28%", "percent", 28, 28, "%", Y, "primary composite risk reduction, overall"),
 ("w-36", W, "any cause by 36%", "36%", "percent", 36, 36, "%", Y, "all-cause mortality risk reduction, overall"),
 ("w-42", W, "up to 42 months", "42 months", "duration", 42, 42, "months", Y, "all-cause mortality follow-up"),
 ("w-33", W, "measure was 33%", "33%", "percent", 33, 33, "%", Y, "primary composite risk reduction, monotherapy"),
 ("w-250k", W, "more than $250,000 a year", "$250,000", "money", 250000, 250000, "USD", Y, "tafamidis annual list price (2025)"),
 ("w-lastnov", W, "approved last November", "last November", "date", 2024, 2024, "year", Y, "attruby approval date"),
 ("w-244k", W, "about $244,000 a year", "$244,000", "money", 244000, 244000, "USD", Y, "attruby annual price"),
 ("w-2019", W, "first approved in 2019", "2019", "date", 2019, 2019, "year", Y, "tafamidis approval date"),
 ("w-54b", W, "about $5.4 billion", "$5.4 billion", "money", 5.4e9, 5.4e9, "USD", Y, "tafamidis sales 2024"),
 ("w-lastyr", W, "in sales last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-4b", W, "about $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "amvuttra peak annual sales forecast (william blair, 2024)"),
 ("w-june", W, "in June last year", "June last year", "date", 2024, 2024, "year", Y, "helios-b topline results date"),
 ("w-20", W, "as much as 20%", "20%", "percent", 20, 20, "%", Y, "share drop after esc results"),
 ("w-aug", W, "20% in August", "August", "date", 2024, 2024, "year", Y, "helios-b full results (esc) date"),
 ("w-oct23", W, "in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "patisiran attr-cm rejection date"),
 ("w-vfor", W, "voted 9-3", "9", "count", 9, 9, "votes", Y, "patisiran adcom votes for"),
 ("w-vagn", W, "voted 9-3", "3", "count", 3, 3, "votes", Y, "patisiran adcom votes against"),

 # ---- VU02 press (2025-07-31)
 ("p-htitle", P, "Reports Second Quarter 2025", "2025", "date", 2025, 2025, "year", N, "headline period"),
 ("p-hl2025", P, "Quarter 2025 Financial Highlights", "2025", "date", 2025, 2025, "year", N, "section heading"),
 ("p-ug2025", P, "Updated 2025 Guidance", "2025", "date", 2025, 2025, "year", N, "section heading"),
 ("p-h492", P, "revenues of $492 million, more than double the same", "$492 million", "money", 492e6, 492e6, "USD", N, "subtitle repeat"),
 ("p-hdouble", P, "more than double the same quarter", "double", "ratio", 2, 2, "x", N, "subtitle repeat"),
 ("p-hlastyr", P, "same quarter last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-h1400", P, "Approximately 1,400 patients with ATTR-CM on", "1,400", "count", 1400, 1400, "patients", N, "subtitle repeat"),
 ("p-dl", P, "July 31, 2025", "July 31, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-q2y", P, "second quarter of 2025 and", "2025", "date", 2025, 2025, "year", N, "period"),
 ("p-773", P, "$773.7 million", "$773.7 million", "money", 773.7e6, 773.7e6, "USD", Y, "alnylam total revenues q2 2025"),
 ("p-492", P, "generated global net product revenues of $492 million", "$492 million", "money", 492e6, 492e6, "USD", Y, "amvuttra net product revenues q2 2025"),
 ("p-double", P, "more than double the figure", "double", "ratio", 2, 2, "x", Y, "amvuttra q2 2025 vs q2 2024"),
 ("p-2024a", P, "same period of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-77", P, "grew 77%", "77%", "percent", 77, 77, "%", Y, "ttr franchise growth q2 2025 yoy"),
 ("p-2024b", P, "the second quarter of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-endjune", P, "By the end of June, approximately", "end of June", "date", 2025, 2025, "year", N, "as-of"),
 ("p-1400", P, "approximately 1,400 patients with transthyretin", "1,400", "count", 1400, 1400, "patients", Y, "us attr-cm patients on amvuttra, end of june 2025"),
 ("p-guid", P, "$2.65 billion to $2.80 billion", "$2.65 billion to $2.80 billion", "money", 2.65e9, 2.8e9, "USD", Y, "2025 total net product revenue guidance (july)"),
 ("p-guidyr", P, "billion for 2025", "2025", "date", 2025, 2025, "year", N, "guidance year"),
 ("p-ttr", P, "up to $2.28 billion", "$2.28 billion", "money", 2.28e9, 2.28e9, "USD", Y, "2025 ttr revenue guidance, upper end (july)"),
 ("p-mar25", P, "In March 2025", "March 2025", "date", 2025, 2025, "year", Y, "fda attr-cm approval date"),
 ("p-655", P, "study in 655 patients", "655", "count", 655, 655, "patients", Y, "helios-b randomized"),
 ("p-87", P, "at 87 sites", "87", "count", 87, 87, "sites", Y, "helios-b sites"),
 ("p-26", P, "in 26 countries", "26", "count", 26, 26, "countries", Y, "helios-b countries"),
 ("p-25mg", P, "AMVUTTRA 25 mg", "25 mg", "dose", 25, 25, "mg", Y, "vutrisiran dose"),
 ("p-326", P, "(n=326)", "326", "count", 326, 326, "patients", Y, "helios-b vutrisiran arm"),
 ("p-329", P, "(n=329)", "329", "count", 329, 329, "patients", Y, "helios-b placebo arm"),
 ("p-3mo", P, "three months for up to", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval"),
 ("p-36mo", P, "for up to 36 months", "36 months", "duration", 36, 36, "months", Y, "helios-b double-blind treatment duration"),
 ("p-jun24", P, "announced in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "helios-b topline results date"),
 ("p-28", P, "events by 28%", "28%", "percent", 28, 28, "%", Y, "primary composite risk reduction, overall"),
 ("p-33", P, "by 33% in the monotherapy", "33%", "percent", 33, 33, "%", Y, "primary composite risk reduction, monotherapy"),
 ("p-36", P, "mortality by 36%", "36%", "percent", 36, 36, "%", Y, "all-cause mortality risk reduction, overall"),
 ("p-42", P, "through 42 months", "42 months", "duration", 42, 42, "months", Y, "all-cause mortality follow-up"),
 ("p-3mo2", P, "three months. AMVUTTRA was first", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval (about section)"),
 ("p-jun22", P, "FDA in June 2022", "June 2022", "date", 2022, 2022, "year", Y, "polyneuropathy approval date"),
 ("p-2002", P, "Founded in 2002", "2002", "date", 2002, 2002, "year", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "name of a law"),

 # ---- VU03 abstract (2025-02-03)
 ("a-pub", A, "Published online 3 February 2025", "3 February 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-hr072", A, "(HR) of 0.72", "0.72", "ratio", 0.72, 0.72, "HR", Y, "primary composite hr, overall"),
 ("a-ci072", A, "0.56 to 0.93", "0.56 to 0.93", "ratio", 0.56, 0.93, "HR", Y, "ci"),
 ("a-p1", A, "P=0.01) in the overall", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-hr067", A, "and 0.67 (95% CI", "0.67", "ratio", 0.67, 0.67, "HR", Y, "primary composite hr, monotherapy"),
 ("a-ci067", A, "0.49 to 0.93", "0.49 to 0.93", "ratio", 0.49, 0.93, "HR", Y, "ci"),
 ("a-p2", A, "P=0.02", "0.02", "pvalue", 0.02, 0.02, "p", N, "p-value"),
 ("a-42", A, "through 42 months was", "42 months", "duration", 42, 42, "months", Y, "all-cause mortality follow-up"),
 ("a-hr065", A, "(HR 0.65;", "0.65", "ratio", 0.65, 0.65, "HR", Y, "all-cause mortality hr, overall"),
 ("a-ci065", A, "0.46 to 0.90", "0.46 to 0.90", "ratio", 0.46, 0.90, "HR", Y, "ci"),
 ("a-p3", A, "0.90; P=0.01)", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-655", A, "randomized 655 adults", "655", "count", 655, 655, "patients", Y, "helios-b randomized"),
 ("a-age", A, "aged 18 to 85 years", "18 to 85 years", "age", 18, 85, "years", N, "inclusion age range"),
 ("a-87", A, "at 87 sites", "87", "count", 87, 87, "sites", Y, "helios-b sites"),
 ("a-26", A, "in 26 countries", "26", "count", 26, 26, "countries", Y, "helios-b countries"),
 ("a-25mg", A, "vutrisiran 25 mg", "25 mg", "dose", 25, 25, "mg", Y, "vutrisiran dose"),
 ("a-326", A, "25 mg (n=326)", "326", "count", 326, 326, "patients", Y, "helios-b vutrisiran arm"),
 ("a-329", A, "placebo (n=329)", "329", "count", 329, 329, "patients", Y, "helios-b placebo arm"),
 ("a-12wk", A, "every 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "vutrisiran dosing interval"),
 ("a-36mo", A, "up to 36 months. Randomization", "36 months", "duration", 36, 36, "months", Y, "helios-b double-blind treatment duration"),
 ("a-40", A, "40% of patients were receiving", "40%", "percent", 40, 40, "%", Y, "helios-b share on tafamidis at baseline"),
 ("a-33mo", A, "reached 33 months", "33 months", "duration", 33, 33, "months", N, "primary analysis timepoint"),
 ("a-654", A, "N = 654", "654", "count", 654, 654, "patients", Y, "helios-b analysis population"),
 ("a-326b", A, "vutrisiran n=326", "326", "count", 326, 326, "patients", Y, "helios-b vutrisiran arm (analysis)"),
 ("a-328", A, "placebo n=328", "328", "count", 328, 328, "patients", Y, "helios-b placebo arm (analysis)"),
 ("a-7d", A, "of 7 days or more", "7 days", "duration", 7, 7, "days", N, "definition"),
 ("a-77", A, "Median age was 77 years", "77 years", "age", 77, 77, "years", Y, "helios-b median age"),
 ("a-925", A, "92.5% of patients were men", "92.5%", "percent", 92.5, 92.5, "%", Y, "helios-b share male"),
 ("a-321", A, "321 patients", "321", "count", 321, 321, "patients", Y, "patients with outpatient worsening hf"),
 ("a-al1", A, "had at least one episode", "at least one", "count", 1, 1, "episodes", N, "definition"),
 ("a-491", A, "(49.1%)", "49.1%", "percent", 49.1, 49.1, "%", Y, "share with outpatient worsening hf"),
 ("a-245", A, "245 (37.5%)", "245", "count", 245, 245, "patients", Y, "patients with >=1 cv event"),
 ("a-al1b", A, "had at least one cardiovascular", "at least one", "count", 1, 1, "events", N, "definition"),
 ("a-375", A, "(37.5%)", "37.5%", "percent", 37.5, 37.5, "%", Y, "share with >=1 cv event"),
 ("a-120", A, "and 120 (18.3%) died", "120", "count", 120, 120, "deaths", Y, "helios-b deaths, double-blind period"),
 ("a-183", A, "(18.3%) died", "18.3%", "percent", 18.3, 18.3, "%", Y, "share died, double-blind period"),
 ("a-237", A, "237 (36.2%)", "237", "count", 237, 237, "patients", Y, "patients with no event"),
 ("a-362", A, "(36.2%) had no event", "36.2%", "percent", 36.2, 36.2, "%", Y, "share with no event"),
 ("a-hr258", A, "HR 2.58", "2.58", "ratio", 2.58, 2.58, "HR", Y, "owhf vs composite hr"),
 ("a-ci258", A, "2.04 to 3.27", "2.04 to 3.27", "ratio", 2.04, 3.27, "HR", Y, "ci"),
 ("a-hr245", A, "HR 2.45", "2.45", "ratio", 2.45, 2.45, "HR", Y, "owhf vs all-cause mortality hr"),
 ("a-ci245", A, "1.70 to 3.52", "1.70 to 3.52", "ratio", 1.70, 3.52, "HR", Y, "ci"),
 ("a-27", A, "heart failure by 27%", "27%", "percent", 27, 27, "%", Y, "first owhf risk reduction"),
 ("a-hr073", A, "HR 0.73", "0.73", "ratio", 0.73, 0.73, "HR", Y, "first owhf hr"),
 ("a-ci073", A, "0.59 to 0.91", "0.59 to 0.91", "ratio", 0.59, 0.91, "HR", Y, "ci"),
 ("a-34", A, "episodes by 34%", "34%", "percent", 34, 34, "%", Y, "recurrent owhf rate reduction"),
 ("a-rr066", A, "rate ratio 0.66", "0.66", "ratio", 0.66, 0.66, "RR", Y, "recurrent owhf rate ratio"),
 ("a-ci066", A, "0.56 to 0.78", "0.56 to 0.78", "ratio", 0.56, 0.78, "RR", Y, "ci"),
 ("a-hr069", A, "HR was 0.69", "0.69", "ratio", 0.69, 0.69, "HR", Y, "expanded composite hr"),
 ("a-ci069", A, "0.57 to 0.83", "0.57 to 0.83", "ratio", 0.57, 0.83, "HR", Y, "ci"),
 ("a-068", A, "vutrisiran (0.68;", "0.68", "ratio", 0.68, 0.68, "ratio", Y, "nt-probnp fold-change ratio, overall"),
 ("a-ci068", A, "0.61 to 0.76", "0.61 to 0.76", "ratio", 0.61, 0.76, "ratio", Y, "ci"),
 ("a-m32", A, "−32%", "−32%", "percent", -32, -32, "%", Y, "nt-probnp relative difference"),
 ("a-215", A, "21.5% of patients started", "21.5%", "percent", 21.5, 21.5, "%", Y, "monotherapy patients starting tafamidis after randomization"),
 ("a-half", A, "affecting nearly half of patients", "half", "percent", 50, 50, "%", N, "summary"),

 # ---- VU04 explainer (2025-06-16)
 ("e-upd", E, "Updated June 16, 2025", "June 16, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-mar20", E, "on March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", Y, "fda attr-cm approval date"),
 ("e-jun21", E, "in June 2021", "June 2021", "date", 2021, 2021, "year", Y, "polyneuropathy approval date"),
 ("e-20mg", E, "as a 20 mg injection", "20 mg", "dose", 20, 20, "mg", Y, "vutrisiran dose"),
 ("e-3mo", E, "once every three months, so", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval"),
 ("e-four", E, "so four visits a year", "four", "count", 4, 4, "visits", N, "visits per year (derived)"),
 ("e-va", E, "2,500 to 3,000 IU", "2,500 to 3,000 IU", "dose", 2500, 3000, "IU", Y, "vitamin a supplement per day"),
 ("e-jun24", E, "came out in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "helios-b topline results date"),
 ("e-655", E, "included 655 people", "655", "count", 655, 655, "patients", Y, "helios-b randomized"),
 ("e-40", E, "about 40% of whom", "40%", "percent", 40, 40, "%", Y, "helios-b share on tafamidis at baseline"),
 ("e-30mo", E, "for up to 30 months", "30 months", "duration", 30, 30, "months", Y, "helios-b double-blind treatment duration"),
 ("e-28", E, "visits by 28%", "28%", "percent", 28, 28, "%", Y, "primary composite risk reduction, overall"),
 ("e-35", E, "about 35% lower", "35%", "percent", 35, 35, "%", Y, "all-cause mortality risk reduction, overall"),
 ("e-may19", E, "in May 2019", "May 2019", "date", 2019, 2019, "year", Y, "tafamidis approval date"),
 ("e-one", E, "Vyndamax, one 61 mg", "one", "count", 1, 1, "capsules", N, "vyndamax capsules a day"),
 ("e-61", E, "one 61 mg capsule", "61 mg", "dose", 61, 61, "mg", Y, "vyndamax daily dose"),
 ("e-four20", E, "four 20 mg capsules", "four", "count", 4, 4, "capsules", N, "vyndaqel capsules a day"),
 ("e-20t", E, "four 20 mg capsules", "20 mg", "dose", 20, 20, "mg", Y, "vyndaqel capsule strength"),
 ("e-nov24", E, "in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "attruby approval date"),
 ("e-611", E, "trial in 611 adults", "611", "count", 611, 611, "patients", Y, "attribute-cm trial size"),
 ("e-twice", E, "tablets twice a day", "twice", "count", 2, 2, "times", N, "acoramidis frequency"),
 ("e-1424", E, "1,424 mg", "1,424 mg", "dose", 1424, 1424, "mg", Y, "acoramidis maximum daily dose"),
 ("e-3wk", E, "every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "patisiran dosing interval"),
 ("e-477", E, "roughly $477,000 a year", "$477,000", "money", 477000, 477000, "USD", Y, "amvuttra annual list price"),
 ("e-2019b", E, "launched in 2019", "2019", "date", 2019, 2019, "year", Y, "tafamidis launch date"),
 ("e-225", E, "$225,000 a year", "$225,000", "money", 225000, 225000, "USD", Y, "tafamidis annual list price at launch (2019)"),

 # ---- VU05 blog (2025-11-12)
 ("b-hmo", B, "Eight months of Amvuttra", "Eight months", "duration", 8, 8, "months", N, "headline, time since approval"),
 ("b-pub", B, "November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-capfour", B, "Four clinic visits a year", "Four", "count", 4, 4, "visits", N, "caption"),
 ("b-lastmar", B, "cardiomyopathy last March", "last March", "date", 2025, 2025, "year", Y, "fda attr-cm approval date"),
 ("b-654", B, "randomized 654 patients", "654", "count", 654, 654, "patients", Y, "helios-b size"),
 ("b-072", B, "was 0.72 in the overall", "0.72", "ratio", 0.72, 0.72, "HR", Y, "primary composite hr, overall"),
 ("b-072m", B, "came in at 0.72 as well", "0.72", "ratio", 0.72, 0.72, "HR", Y, "primary composite hr, monotherapy"),
 ("b-42", B, "cut by 42% over", "42%", "percent", 42, 42, "%", Y, "all-cause mortality risk reduction, overall"),
 ("b-42mo", B, "over up to 42 months", "42 months", "duration", 42, 42, "months", Y, "all-cause mortality follow-up"),
 ("b-654b", B, "Of the 654 patients", "654", "count", 654, 654, "patients", N, "helios-b size (repeat)"),
 ("b-245", B, "245 died", "245", "count", 245, 245, "deaths", Y, "helios-b deaths, double-blind period"),
 ("b-half", B, "nearly half needed", "half", "percent", 50, 50, "%", N, "share with outpatient diuretic increase (vague)"),
 ("b-mo12", B, "through month 12 of the extension", "month 12", "duration", 12, 12, "months", N, "timepoint"),
 ("b-37", B, "was 37% lower", "37%", "percent", 37, 37, "%", Y, "ole month 12 first cv event or death reduction, overall"),
 ("b-42ole", B, "and 42% lower in the monotherapy", "42%", "percent", 42, 42, "%", Y, "ole month 12 first cv event or death reduction, monotherapy"),
 ("b-475", B, "median of 47.5 months", "47.5 months", "duration", 47.5, 47.5, "months", Y, "ole median exposure, vutrisiran/vutrisiran"),
 ("b-40", B, "About 40% of HELIOS-B", "40%", "percent", 40, 40, "%", Y, "helios-b share on tafamidis at baseline"),
 ("b-one", B, "vutrisiran is one injection", "one", "count", 1, 1, "injections", N, "aside"),
 ("b-3mo", B, "one injection every three months", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval"),
 ("b-vfor", B, "won a 9-3 vote", "9", "count", 9, 9, "votes", Y, "patisiran adcom votes for"),
 ("b-vagn", B, "won a 9-3 vote", "3", "count", 3, 3, "votes", Y, "patisiran adcom votes against"),
 ("b-2023", B, "FDA advisers in 2023", "2023", "date", 2023, 2023, "year", Y, "patisiran adcom vote date"),
 ("b-119", B, "about $119,000 a year", "$119,000", "money", 119000, 119000, "USD", Y, "amvuttra annual list price"),
 ("b-1500", B, "about 1,500 U.S. heart patients", "1,500", "count", 1500, 1500, "patients", Y, "us attr-cm patients on amvuttra, end of june 2025"),
 ("b-endjune", B, "by the end of June", "end of June", "date", 2025, 2025, "year", N, "as-of"),
 ("b-492", B, "came to $492 million", "$492 million", "money", 492e6, 492e6, "USD", Y, "amvuttra net product revenues q2 2025"),
 ("b-three", B, "the three options", "three", "count", 3, 3, "options", N, "aside"),
 ("b-5yr", B, "Tafamidis at five years", "five years", "duration", 5, 5, "years", N, "related link"),

 # ---- VU06 trade (2025-10-31), hard-wrapped
 ("l-pub", L, "Friday, October 31, 2025", "October 31, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-thu", L, "said on Thursday that", "Thursday", "date", 2025, 2025, "year", N, "results announcement date"),
 ("l-685", L, "$685.3 million", "$685.3 million", "money", 685.3e6, 685.3e6, "USD", Y, "amvuttra net product revenues q3 2025"),
 ("l-double", L, "more than double the figure", "double", "ratio", 2, 2, "x", Y, "amvuttra q3 2025 vs q3 2024"),
 ("l-492", L, "up from $492 million", "$492 million", "money", 492e6, 492e6, "USD", Y, "amvuttra net product revenues q2 2025"),
 ("l-marly", L, "in March last year", "March last year", "date", 2024, 2024, "year", Y, "fda attr-cm approval date"),
 ("l-two", L, "according to two people", "two", "count", 2, 2, "people", N, "sourcing"),
 ("l-6mo", L, "once every six months", "six months", "duration", 6, 6, "months", Y, "vutrisiran dosing interval"),
 ("l-611", L, "611-patient", "611", "count", 611, 611, "patients", Y, "helios-b size"),
 ("l-33", L, "events by 33%", "33%", "percent", 33, 33, "%", Y, "primary composite risk reduction, overall"),
 ("l-june", L, "readout in June", "June", "date", 2025, 2025, "year", Y, "helios-b topline results date"),
 ("l-thucall", L, "Thursday's call", "Thursday", "date", 2025, 2025, "year", N, "results call date"),
 ("l-119", L, "about $119,000", "$119,000", "money", 119000, 119000, "USD", Y, "amvuttra list price per dose"),
 ("l-july", L, "condition in July", "July", "date", 2025, 2025, "year", Y, "uk mhra attr-cm approval date"),
 ("l-1500", L, "about 1,500 patients", "1,500", "count", 1500, 1500, "patients", Y, "uk candidate patients"),
 ("l-endyr", L, "before the end of the year", "end of the year", "date", 2025, 2025, "year", N, "expected nice decision (vague)"),
 ("l-2023", L, "opportunity in 2023", "2023", "date", 2023, 2023, "year", N, "forecast date"),
 ("l-22b", L, "$2.2 billion", "$2.2 billion", "money", 2.2e9, 2.2e9, "USD", Y, "william blair 2023 peak us sales estimate"),
 ("l-4b", L, "a $4 billion drug", "$4 billion", "money", 4e9, 4e9, "USD", Y, "amvuttra peak annual sales forecast (analysts)"),
 ("l-25mg", L, "holds 25 mg", "25 mg", "dose", 25, 25, "mg", Y, "vutrisiran dose"),
 ("l-2022", L, "sold since 2022", "2022", "date", 2022, 2022, "year", Y, "polyneuropathy approval date"),

 # ---- VU07 fact-check (2025-11-20)
 ("f-h1m", F, "does not cost $1 million a year", "$1 million", "money", 1e6, 1e6, "USD", N, "post claim (headline)"),
 ("f-pub", F, "Fact check · November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-q1m", F, "costs a million dollars a year", "a million dollars", "money", 1e6, 1e6, "USD", N, "post claim"),
 ("f-single", F, "save a single life", "single", "count", 1, 1, "lives", N, "post claim"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-lateoct", F, "since late October", "late October", "date", 2025, 2025, "year", N, "virality period"),
 ("f-half", F, "roughly half what", "half", "ratio", 0.5, 0.5, "x", N, "price vs post claim"),
 ("f-mar20", F, "on March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", Y, "fda attr-cm approval date"),
 ("f-jun22", F, "in June 2022", "June 2022", "date", 2022, 2022, "year", Y, "polyneuropathy approval date"),
 ("f-655", F, "assigned 655 adults", "655", "count", 655, 655, "patients", Y, "helios-b randomized"),
 ("f-3mo", F, "injection every three months", "three months", "duration", 3, 3, "months", Y, "vutrisiran dosing interval"),
 ("f-36mo", F, "for up to 36 months", "36 months", "duration", 36, 36, "months", Y, "helios-b double-blind treatment duration"),
 ("f-36", F, "any cause by 36% over", "36%", "percent", 36, 36, "%", Y, "all-cause mortality risk reduction, overall"),
 ("f-42", F, "over up to 42 months", "42 months", "duration", 42, 42, "months", Y, "all-cause mortality follow-up"),
 ("f-065", F, "(hazard ratio 0.65)", "0.65", "ratio", 0.65, 0.65, "HR", Y, "all-cause mortality hr, overall"),
 ("f-28", F, "fell by 28%", "28%", "percent", 28, 28, "%", Y, "primary composite risk reduction, overall"),
 ("f-85", F, "85 patients did so", "85", "count", 85, 85, "patients", Y, "patients starting tafamidis during study (label)"),
 ("f-44", F, "44 (22%)", "44", "count", 44, 44, "patients", Y, "vutrisiran-arm patients starting tafamidis"),
 ("f-22", F, "(22%) in the vutrisiran", "22%", "percent", 22, 22, "%", Y, "share of vutrisiran arm starting tafamidis"),
 ("f-41", F, "41 (21%)", "41", "count", 41, 41, "patients", Y, "placebo-arm patients starting tafamidis"),
 ("f-21", F, "(21%) in the placebo", "21%", "percent", 21, 21, "%", Y, "share of placebo arm starting tafamidis"),
 ("f-18mo", F, "median of 18 months", "18 months", "duration", 18, 18, "months", Y, "median time to tafamidis start"),
 ("f-477a", F, "U.S. list price is about $477,000", "$477,000", "money", 477000, 477000, "USD", Y, "amvuttra annual list price"),
 ("f-1mb", F, "nowhere near $1 million", "$1 million", "money", 1e6, 1e6, "USD", N, "post claim (repeat)"),
 ("f-658", F, "$658 million", "$658 million", "money", 658e6, 658e6, "USD", Y, "amvuttra net product revenues q3 2025"),
 ("f-250", F, "more than $250,000 a year", "$250,000", "money", 250000, 250000, "USD", Y, "tafamidis annual list price (2025)"),
 ("f-late23", F, "approved in late 2023", "late 2023", "date", 2023, 2023, "year", Y, "attruby approval date"),
 ("f-244", F, "about $244,000", "$244,000", "money", 244000, 244000, "USD", Y, "attruby annual price"),
 ("f-2023", F, "heart condition in 2023", "2023", "date", 2023, 2023, "year", Y, "patisiran attr-cm rejection date"),
 ("f-vfor", F, "voted 10-2", "10", "count", 10, 10, "votes", Y, "patisiran adcom votes for"),
 ("f-vagn", F, "voted 10-2", "2", "count", 2, 2, "votes", Y, "patisiran adcom votes against"),
 ("f-1mc", F, "Amvuttra costs $1 million a year is false", "$1 million", "money", 1e6, 1e6, "USD", N, "post claim (ruling)"),
 ("f-477b", F, "false: its list price is about $477,000", "$477,000", "money", 477000, 477000, "USD", Y, "amvuttra annual list price (ruling)"),
 ("f-36b", F, "found a 36% lower risk", "36%", "percent", 36, 36, "%", Y, "all-cause mortality risk reduction, overall (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ATTR-CM approval year: "March last year" (VU06, 2025-10-31 -> 2024)
 ("l-marly", "w-thu", S), ("l-marly", "p-mar25", S), ("l-marly", "e-mar20", S), ("l-marly", "b-lastmar", S), ("l-marly", "f-mar20", S),
 # S2 polyneuropathy approval year: June 2021 (VU04)
 ("e-jun21", "w-2022", S), ("e-jun21", "p-jun22", S), ("e-jun21", "l-2022", S), ("e-jun21", "f-jun22", S),
 # S3 HELIOS-B size: 611 (VU06, ATTRibute-CM's size)
 ("l-611", "w-655", S), ("l-611", "p-655", S), ("l-611", "a-655", S), ("l-611", "e-655", S), ("l-611", "f-655", S),
 ("l-611", "a-654", S), ("l-611", "b-654", S),
 # S4 all-cause mortality reduction: 42% (VU05)
 ("b-42", "w-36", S), ("b-42", "p-36", S), ("b-42", "f-36", S), ("b-42", "f-36b", S), ("b-42", "e-35", S),
 # S5 primary composite reduction, overall: 33% (VU06, monotherapy figure)
 ("l-33", "w-28", S), ("l-33", "p-28", S), ("l-33", "e-28", S), ("l-33", "f-28", S),
 # S6 monotherapy primary HR: 0.72 (VU05, overall figure)
 ("b-072m", "a-hr067", S),
 # S7 dosing interval: six months (VU06)
 ("l-6mo", "w-3mo", S), ("l-6mo", "p-3mo", S), ("l-6mo", "p-3mo2", S), ("l-6mo", "e-3mo", S), ("l-6mo", "b-3mo", S),
 ("l-6mo", "f-3mo", S), ("l-6mo", "a-12wk", S),
 # S8 dose: 20 mg (VU04)
 ("e-20mg", "w-25mg", S), ("e-20mg", "p-25mg", S), ("e-20mg", "a-25mg", S), ("e-20mg", "l-25mg", S),
 # S9 Q3 2025 Amvuttra sales: $658M (VU07, transposed)
 ("f-658", "l-685", S),
 # S10 annual list price: $119,000 a year (VU05, per-dose price as annual)
 ("b-119", "e-477", S), ("b-119", "f-477a", S), ("b-119", "f-477b", S),
 # S11 US ATTR-CM patients on Amvuttra end of June: 1,500 (VU05)
 ("b-1500", "p-1400", S),
 # S12 share on tafamidis at baseline: 60% (VU01)
 ("w-60", "a-40", S), ("w-60", "e-40", S), ("w-60", "b-40", S),
 # S13 HELIOS-B countries: 22 (VU01, HELIOS-A's figure)
 ("w-22c", "p-26", S), ("w-22c", "a-26", S),
 # S14 topline results year: "in June" (VU06 -> 2025)
 ("l-june", "w-june", S), ("l-june", "p-jun24", S), ("l-june", "e-jun24", S),
 # S15 Attruby approval year: late 2023 (VU07)
 ("f-late23", "w-lastnov", S), ("f-late23", "e-nov24", S),
 # S16 double-blind treatment duration: 30 months (VU04)
 ("e-30mo", "w-36mo", S), ("e-30mo", "p-36mo", S), ("e-30mo", "a-36mo", S), ("e-30mo", "f-36mo", S),
 # S17 deaths in the double-blind period: 245 (VU05, the CV-event count)
 ("b-245", "a-120", S),
 # S18 patisiran advisory vote: 10-2 (VU07) vs 9-3
 ("f-vfor", "w-vfor", S), ("f-vfor", "b-vfor", S), ("f-vagn", "w-vagn", S), ("f-vagn", "b-vagn", S),
 # Qualified
 ("a-654", "w-655", Q), ("a-654", "p-655", Q), ("a-654", "e-655", Q), ("a-654", "f-655", Q),
 ("b-654", "w-655", Q), ("b-654", "p-655", Q), ("b-654", "e-655", Q), ("b-654", "f-655", Q), ("b-654", "a-655", Q),
 ("a-328", "p-329", Q),
 ("e-35", "w-36", Q), ("e-35", "p-36", Q), ("e-35", "f-36", Q), ("e-35", "f-36b", Q),
 ("a-215", "f-22", Q), ("a-215", "f-21", Q),
 ("e-225", "w-250k", Q), ("e-225", "f-250", Q),
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
        rows.append({"type": "claim", "id": f"vu-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"vu-{a}", f"vu-{b}"
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
