#!/usr/bin/env python3
"""Build tirzepatide.gold.jsonl from the articles in tirzepatide/.

Each claim is located by a context string that occurs exactly once in its article
(spaces in the context match any run of whitespace, so hard line breaks are fine);
the span is then found inside that context. Every span is checked against the
article slice. Optional dose/timepoint mentions (\"15 mg\", \"72 weeks\") are added
automatically where no explicit claim covers them.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCDIR = HERE / "tirzepatide"
OUT = HERE / "tirzepatide.gold.jsonl"

DOCS = {
    "01": "tz01_wire.txt", "02": "tz02_press.txt", "03": "tz03_abstract.txt",
    "04": "tz04_explainer.txt", "05": "tz05_blog.txt", "06": "tz06_local.txt",
    "07": "tz07_factcheck.txt",
}
R, O = True, False

# (doc, id, context-or-None, span, kind, low, high, unit, required, topic)
C = [
    # ---------------- tz01 wire, 2023-11-08 ----------------
    ("01", "dateline", "WASHINGTON, Nov 8 (", "Nov 8", "date", 2023, 2023, "year", O, "publication date"),
    ("01", "wed", "on Wednesday approved", "Wednesday", "date", 2023, 2023, "year", R, "zepbound fda approval date"),
    ("01", "mj", None, "May of last year", "date", 2022, 2022, "year", R, "mounjaro fda approval date"),
    ("01", "bmi30", "index of 30 or more", "30 or more", "bmi", 30, 30, "kg/m2", R, "zepbound eligibility bmi"),
    ("01", "bmi27", "of 27 or more", "27 or more", "bmi", 27, 27, "kg/m2", R, "zepbound eligibility bmi with comorbidity"),
    ("01", "us70", None, "About 70%", "percent", 70, 70, "%", R, "us adults overweight or obese"),
    ("01", "n", "enrolled 2,539 adults", "2,539", "count", 2539, 2539, "participants", R, "surmount-1 randomized"),
    ("01", "w15", "lost 20.9% of their", "20.9%", "percent", 20.9, 20.9, "%", R, "s1 15mg weight change 72wk (treatment-regimen)"),
    ("01", "wpbo", "against 3.1% for", "3.1%", "percent", 3.1, 3.1, "%", R, "s1 placebo weight change 72wk"),
    ("01", "w5", "average loss of 15%", "15%", "percent", 15, 15, "%", R, "s1 5mg weight change 72wk"),
    ("01", "lb", None, "about 52 pounds", "weight", 52, 52, "lb", R, "s1 15mg pounds lost (efficacy estimand)"),
    ("01", "discrng", None, "Between 4.3% and 7.1%", "percent", 4.3, 7.1, "%", R, "s1 ae discontinuation range across tirzepatide doses"),
    ("01", "discpbo", "compared with 2.6% of", "2.6%", "percent", 2.6, 2.6, "%", R, "s1 placebo ae discontinuation"),
    ("01", "wegappr", None, "June 2021", "date", 2021, 2021, "year", R, "wegovy fda approval date"),
    ("01", "price", None, "$1,059.87", "money", 1059.87, 1059.87, "USD", R, "zepbound list price at launch (per month)"),
    ("01", "disc20", None, "roughly 20%", "percent", 20, 20, "%", R, "zepbound list price discount vs wegovy"),
    ("01", "wegprice", None, "$1,349.02", "money", 1349.02, 1349.02, "USD", R, "wegovy list price (per month)"),
    ("01", "card25", None, "$25", "money", 25, 25, "USD", R, "savings card price with coverage (per month)"),
    ("01", "card550", None, "$550", "money", 550, 550, "USD", R, "savings card price without coverage (per month)"),
    ("01", "thou", None, "a thousand dollars", "money", 1000, 1000, "USD", O, "quote: price north of (vague)"),
    ("01", "partd", None, "2003", "date", 2003, 2003, "year", R, "medicare part d law year"),
    ("01", "shortstart", "list since December", "December", "date", 2022, 2022, "year", R, "tirzepatide shortage start"),
    ("01", "launchexp", None, "by the end of the year", "date", 2023, 2023, "year", O, "expected pharmacy availability (forecast)"),
    ("01", "shares", None, "about 2.8%", "percent", 2.8, 2.8, "%", R, "lilly share move on approval day"),

    # ---------------- tz02 press release, 2024-08-20 ----------------
    ("02", "rrhead", "diabetes by 94% in adults", "94%", "percent", 94, 94, "%", R, "3yr risk reduction of t2d progression (on treatment)"),
    ("02", "dateline", None, "Aug. 20, 2024", "date", 2024, 2024, "year", O, "publication date"),
    ("02", "3yr", "from the three-year treatment", "three-year", "duration", 3, 3, "years", O, "extension length"),
    ("02", "rr", "diabetes by 94% compared", "94%", "percent", 94, 94, "%", R, "3yr risk reduction of t2d progression (on treatment)"),
    ("02", "cohort", None, "1,032", "count", 1032, 1032, "participants", R, "surmount-1 prediabetes cohort"),
    ("02", "add104", None, "104 weeks", "duration", 104, 104, "weeks", O, "additional treatment beyond 72 weeks"),
    ("02", "w15", None, "22.9%", "percent", 22.9, 22.9, "%", R, "3yr 15mg weight change 176wk (efficacy estimand)"),
    ("02", "wpbo", None, "2.1%", "percent", 2.1, 2.1, "%", R, "3yr placebo weight change 176wk (efficacy estimand)"),
    ("02", "w10", None, "19.9%", "percent", 19.9, 19.9, "%", R, "3yr 10mg weight change 176wk (efficacy estimand)"),
    ("02", "w5", None, "15.4%", "percent", 15.4, 15.4, "%", R, "3yr 5mg weight change 176wk (efficacy estimand)"),
    ("02", "w15eff72", None, "22.5%", "percent", 22.5, 22.5, "%", R, "s1 15mg weight change 72wk (efficacy estimand)"),
    ("02", "q3yr", "\"Over three years", "three years", "duration", 3, 3, "years", O, "quote timeframe"),
    ("02", "nnt", None, "about nine people", "count", 9, 9, "people", R, "number needed to treat (3 years)"),
    ("02", "nnt3", "people for three years", "three years", "duration", 3, 3, "years", O, "quote timeframe"),
    ("02", "one", None, "one case", "count", 1, 1, "cases", O, "nnt definition"),
    ("02", "off17", None, "17 weeks", "duration", 17, 17, "weeks", R, "off-treatment follow-up length"),
    ("02", "wk193a", None, "full 193 weeks", "duration", 193, 193, "weeks", O, "timepoint"),
    ("02", "rr193", None, "88%", "percent", 88, 88, "%", R, "risk reduction of t2d through 193wk incl off-treatment"),
    ("02", "wk193b", None, "week 193", "duration", 193, 193, "weeks", O, "timepoint"),
    ("02", "dx_tz", None, "2.4%", "percent", 2.4, 2.4, "%", R, "t2d diagnosed by wk193 tirzepatide"),
    ("02", "dx_pbo", None, "13.7%", "percent", 13.7, 13.7, "%", R, "t2d diagnosed by wk193 placebo"),
    ("02", "obweek", "ObesityWeek in November", "November", "date", 2024, 2024, "year", O, "planned presentation (obesityweek)"),
    ("02", "six", None, "six doses", "count", 6, 6, "doses", O, "about section: number of pen doses"),
    ("02", "doserng", None, "2.5 mg to 15 mg", "dose", 2.5, 15, "mg", O, "about section: dose range"),
    ("02", "150y", None, "almost 150 years", "duration", 150, 150, "years", O, "about lilly"),
    ("02", "two", None, "two incretin", "count", 2, 2, "hormones", O, "about section"),

    # ---------------- tz03 abstract, 2024-02-12 ----------------
    ("03", "sites", None, "119 sites", "count", 119, 119, "sites", R, "surmount-1 sites"),
    ("03", "ctry", None, "nine countries", "count", 9, 9, "countries", R, "surmount-1 countries"),
    ("03", "bmi30", None, "at least 30", "bmi", 30, 30, "kg/m2", R, "zepbound eligibility bmi"),
    ("03", "bmi27", None, "at least 27", "bmi", 27, 27, "kg/m2", R, "zepbound eligibility bmi with comorbidity"),
    ("03", "ratio", None, "1:1:1:1", "ratio", 1, 1, "ratio", O, "allocation ratio (definitional)"),
    ("03", "n5", "tirzepatide 5 mg (n=630)", "n=630", "count", 630, 630, "participants", R, "s1 5mg arm n"),
    ("03", "n10", None, "n=636", "count", 636, 636, "participants", R, "s1 10mg arm n"),
    ("03", "n15", "15 mg (n=630)", "n=630", "count", 630, 630, "participants", R, "s1 15mg arm n"),
    ("03", "npbo", None, "n=643", "count", 643, 643, "participants", R, "s1 placebo arm n"),
    ("03", "start25", "began at 2.5 mg", "2.5 mg", "dose", 2.5, 2.5, "mg", O, "starting dose"),
    ("03", "step25", "rose by 2.5 mg", "2.5 mg", "dose", 2.5, 2.5, "mg", O, "escalation step"),
    ("03", "esc4", "every four weeks", "four weeks", "duration", 4, 4, "weeks", R, "dose escalation interval"),
    ("03", "esc20", None, "up to 20 weeks", "duration", 20, 20, "weeks", R, "dose escalation period length"),
    ("03", "thr5a", None, "5% or more", "percent", 5, 5, "%", O, "responder threshold (definitional)"),
    ("03", "n", "(N = 2,539)", "2,539", "count", 2539, 2539, "participants", R, "surmount-1 randomized"),
    ("03", "bw", None, "104.8 kg", "weight", 104.8, 104.8, "kg", R, "s1 baseline body weight"),
    ("03", "bmi", "mean BMI was 38.0", "38.0", "bmi", 38.0, 38.0, "kg/m2", R, "s1 baseline bmi"),
    ("03", "women", None, "67.5%", "percent", 67.5, 67.5, "%", R, "s1 share women"),
    ("03", "wk72", "at week 72 was", "week 72", "duration", 72, 72, "weeks", O, "timepoint"),
    ("03", "w5", None, "\u221215.0%", "percent", -15.0, -15.0, "%", R, "s1 5mg weight change 72wk"),
    ("03", "ci5", None, "\u221215.9 to \u221214.2", "percent", -15.9, -14.2, "%", R, "s1 5mg weight change 95% ci"),
    ("03", "w10", None, "\u221219.5%", "percent", -19.5, -19.5, "%", R, "s1 10mg weight change 72wk"),
    ("03", "ci10", None, "\u221220.4 to \u221218.5", "percent", -20.4, -18.5, "%", R, "s1 10mg weight change 95% ci"),
    ("03", "w15", "\u221220.9% (95% CI", "\u221220.9%", "percent", -20.9, -20.9, "%", R, "s1 15mg weight change 72wk (treatment-regimen)"),
    ("03", "ci15", None, "\u221221.8 to \u221219.9", "percent", -21.8, -19.9, "%", R, "s1 15mg weight change 95% ci"),
    ("03", "wpbo", None, "\u22123.1%", "percent", -3.1, -3.1, "%", R, "s1 placebo weight change 72wk"),
    ("03", "cipbo", None, "\u22124.3 to \u22121.9", "percent", -4.3, -1.9, "%", R, "s1 placebo weight change 95% ci"),
    ("03", "p", None, "P<0.001", "pvalue", 0.001, 0.001, "p", O, "p-value"),
    ("03", "thr5b", "reduction of at least 5%", "at least 5%", "percent", 5, 5, "%", O, "responder threshold (definitional)"),
    ("03", "r5_5", "reached by 85%", "85%", "percent", 85, 85, "%", R, "s1 5mg >=5% responders"),
    ("03", "r5_10", None, "89%", "percent", 89, 89, "%", R, "s1 10mg >=5% responders"),
    ("03", "r5_15", None, "91%", "percent", 91, 91, "%", R, "s1 15mg >=5% responders"),
    ("03", "r5_pbo", None, "35%", "percent", 35, 35, "%", R, "s1 placebo >=5% responders"),
    ("03", "thr20", None, "20% or more", "percent", 20, 20, "%", O, "responder threshold (definitional)"),
    ("03", "r20_10", "reached by 50%", "50%", "percent", 50, 50, "%", R, "s1 10mg >=20% responders"),
    ("03", "r20_15", None, "57%", "percent", 57, 57, "%", R, "s1 15mg >=20% responders"),
    ("03", "r20_pbo", "versus 3% with", "3%", "percent", 3, 3, "%", R, "s1 placebo >=20% responders"),
    ("03", "nau5", None, "24.6%", "percent", 24.6, 24.6, "%", R, "s1 5mg nausea"),
    ("03", "nau10", None, "33.3%", "percent", 33.3, 33.3, "%", R, "s1 10mg nausea"),
    ("03", "nau15", None, "31.0%", "percent", 31.0, 31.0, "%", R, "s1 15mg nausea"),
    ("03", "naupbo", "placebo, 9.5%", "9.5%", "percent", 9.5, 9.5, "%", R, "s1 placebo nausea"),
    ("03", "dia5", None, "18.7%", "percent", 18.7, 18.7, "%", R, "s1 5mg diarrhoea"),
    ("03", "dia10", None, "21.2%", "percent", 21.2, 21.2, "%", R, "s1 10mg diarrhoea"),
    ("03", "dia15", None, "23.0%", "percent", 23.0, 23.0, "%", R, "s1 15mg diarrhoea"),
    ("03", "diapbo", None, "7.3%", "percent", 7.3, 7.3, "%", R, "s1 placebo diarrhoea"),
    ("03", "vom5", None, "8.3%", "percent", 8.3, 8.3, "%", R, "s1 5mg vomiting"),
    ("03", "vom10", None, "10.7%", "percent", 10.7, 10.7, "%", R, "s1 10mg vomiting"),
    ("03", "vom15", None, "12.2%", "percent", 12.2, 12.2, "%", R, "s1 15mg vomiting"),
    ("03", "vompbo", None, "1.7%", "percent", 1.7, 1.7, "%", R, "s1 placebo vomiting"),
    ("03", "disc5", "treatment in 4.3%", "4.3%", "percent", 4.3, 4.3, "%", R, "s1 5mg ae discontinuation"),
    ("03", "disc10", None, "7.1%", "percent", 7.1, 7.1, "%", R, "s1 10mg ae discontinuation"),
    ("03", "disc15", None, "6.2%", "percent", 6.2, 6.2, "%", R, "s1 15mg ae discontinuation"),
    ("03", "discpbo", None, "2.6%", "percent", 2.6, 2.6, "%", R, "s1 placebo ae discontinuation"),
    ("03", "step1", None, "\u221214.9%", "percent", -14.9, -14.9, "%", R, "step 1 semaglutide weight change 68wk"),
    ("03", "step1n", None, "n=1,961", "count", 1961, 1961, "participants", R, "step 1 randomized"),
    ("03", "s4n", None, "783", "count", 783, 783, "participants", R, "surmount-4 lead-in enrolled"),
    ("03", "s4lead", "mean of 20.9%", "20.9%", "percent", 20.9, 20.9, "%", R, "surmount-4 36wk lead-in weight loss"),
    ("03", "s4rand", None, "670", "count", 670, 670, "participants", R, "surmount-4 randomized"),
    ("03", "s4regain", None, "14.0%", "percent", 14.0, 14.0, "%", R, "surmount-4 placebo regain wk36-88"),
    ("03", "s4more", None, "5.5%", "percent", 5.5, 5.5, "%", R, "surmount-4 continued further loss wk36-88"),
    ("03", "wk88", None, "week 88", "duration", 88, 88, "weeks", O, "timepoint"),

    # ---------------- tz04 explainer, 2025-03-10 ----------------
    ("04", "mj", None, "May 2022", "date", 2022, 2022, "year", R, "mounjaro fda approval date"),
    ("04", "gap18", None, "18 months later", "duration", 18, 18, "months", R, "gap from mounjaro to zepbound approval"),
    ("04", "osa", None, "Last December", "date", 2024, 2024, "year", R, "zepbound osa approval date"),
    ("04", "n", None, "2,359", "count", 2359, 2359, "participants", R, "surmount-1 randomized"),
    ("04", "w5", None, "about 15%", "percent", 15, 15, "%", R, "s1 5mg weight change 72wk"),
    ("04", "nau10", None, "24.6%", "percent", 24.6, 24.6, "%", R, "s1 10mg nausea"),
    ("04", "naupbo", None, "about one in ten", "percent", 10, 10, "%", R, "s1 placebo nausea"),
    ("04", "few", None, "a few weeks", "duration", None, None, "weeks", O, "vague"),
    ("04", "step25", "steps of 2.5 mg", "2.5 mg", "dose", 2.5, 2.5, "mg", O, "escalation step"),
    ("04", "esc4", None, "every four weeks", "duration", 4, 4, "weeks", R, "dose escalation interval"),
    ("04", "3yr", None, "three-year", "duration", 3, 3, "years", O, "extension length"),
    ("04", "cohort", None, "1,032", "count", 1032, 1032, "participants", R, "surmount-1 prediabetes cohort"),
    ("04", "rr", None, "99%", "percent", 99, 99, "%", R, "3yr risk reduction of t2d progression (on treatment)"),
    ("04", "s5date", "came out in December", "December", "date", 2024, 2024, "year", R, "surmount-5 topline date"),
    ("04", "s5tz", None, "20.2%", "percent", 20.2, 20.2, "%", R, "surmount-5 tirzepatide weight change 72wk"),
    ("04", "s5sema", None, "13.7%", "percent", 13.7, 13.7, "%", R, "surmount-5 semaglutide weight change 72wk"),
    ("04", "list25", None, "$1,086.37", "money", 1086.37, 1086.37, "USD", R, "zepbound list price 2025 (per 4 weeks)"),
    ("04", "card25", None, "$25", "money", 25, 25, "USD", R, "savings card price with coverage (per month)"),
    ("04", "vialdate", None, "late February", "date", 2025, 2025, "year", R, "vial price change / new strengths date"),
    ("04", "v25", None, "$349", "money", 349, 349, "USD", R, "2.5mg vial price 2025 (per month)"),
    ("04", "v5", "vials $499", "$499", "money", 499, 499, "USD", R, "5mg vial price 2025 (per month)"),
    ("04", "v75", "start at $499", "$499", "money", 499, 499, "USD", R, "7.5/10mg vial starting price 2025 (per month)"),
    ("04", "shortstart", None, "December 2022", "date", 2022, 2022, "year", R, "tirzepatide shortage start"),
    ("04", "shortend", None, "October 2024", "date", 2024, 2024, "year", R, "tirzepatide shortage declared resolved (first)"),
    ("04", "shortconf", "that decision in December", "December", "date", 2024, 2024, "year", R, "tirzepatide shortage resolution reaffirmed"),
    ("04", "g503a", None, "60 days", "duration", 60, 60, "days", R, "503A pharmacies grace period"),
    ("04", "d503a", None, "February 18", "date", 2025, 2025, "year", R, "503A wind-down deadline"),
    ("04", "g503b", None, "90 days", "duration", 90, 90, "days", R, "503B outsourcing facilities grace period"),
    ("04", "d503b", None, "March 19", "date", 2025, 2025, "year", R, "503B wind-down deadline"),

    # ---------------- tz05 blog, 2025-06-02 ----------------
    ("05", "pub", None, "June 2, 2025", "date", 2025, 2025, "year", O, "publication date"),
    ("05", "capwk12", None, "week 12", "duration", 12, 12, "weeks", O, "caption timepoint"),
    ("05", "2y", None, "For two years", "duration", 2, 2, "years", O, "aside"),
    ("05", "nejm", None, "Last month", "date", 2025, 2025, "year", R, "surmount-5 nejm publication date"),
    ("05", "s5n", None, "751", "count", 751, 751, "participants", R, "surmount-5 randomized"),
    ("05", "d10", "tirzepatide (10 or", "10", "dose", 10, 10, "mg", O, "dose label"),
    ("05", "d17", "semaglutide (1.7 or", "1.7", "dose", 1.7, 1.7, "mg", O, "dose label"),
    ("05", "s5tz", None, "20.2%", "percent", 20.2, 20.2, "%", R, "surmount-5 tirzepatide weight change 72wk"),
    ("05", "s5tzkg", None, "22.8 kg", "weight", 22.8, 22.8, "kg", R, "surmount-5 tirzepatide kg lost"),
    ("05", "s5tzlb", None, "50.3 lb", "weight", 50.3, 50.3, "lb", R, "surmount-5 tirzepatide lb lost"),
    ("05", "s5sema", None, "13.7%", "percent", 13.7, 13.7, "%", R, "surmount-5 semaglutide weight change 72wk"),
    ("05", "s5semakg", None, "15.0 kg", "weight", 15.0, 15.0, "kg", R, "surmount-5 semaglutide kg lost"),
    ("05", "s5semalb", None, "33.1 lb", "weight", 33.1, 33.1, "lb", R, "surmount-5 semaglutide lb lost"),
    ("05", "rel47", None, "47%", "percent", 47, 47, "%", R, "surmount-5 relative greater reduction"),
    ("05", "r25tz", None, "31.6%", "percent", 31.6, 31.6, "%", R, "surmount-5 tirzepatide >=25% responders"),
    ("05", "thr25", None, "a quarter or more", "percent", 25, 25, "%", O, "responder threshold (definitional)"),
    ("05", "r25sema", None, "16.1%", "percent", 16.1, 16.1, "%", R, "surmount-5 semaglutide >=25% responders"),
    ("05", "waisttz", None, "18.4 cm", "length", 18.4, 18.4, "cm", R, "surmount-5 tirzepatide waist reduction"),
    ("05", "waistsema", None, "13.0 cm", "length", 13.0, 13.0, "cm", R, "surmount-5 semaglutide waist reduction"),
    ("05", "wegappr", None, "June 2021", "date", 2021, 2021, "year", R, "wegovy fda approval date"),
    ("05", "step1", None, "14.9%", "percent", 14.9, 14.9, "%", R, "step 1 semaglutide weight change 68wk"),
    ("05", "zapp", None, "November 2022", "date", 2022, 2022, "year", R, "zepbound fda approval date"),
    ("05", "3yr", None, "three-year", "duration", 3, 3, "years", O, "extension length"),
    ("05", "w15_3y", None, "19.7%", "percent", 19.7, 19.7, "%", R, "3yr 15mg weight change 176wk (treatment-regimen)"),
    ("05", "yr1", None, "within a year", "duration", 1, 1, "years", O, "surmount-4 regain timeframe (vague)"),
    ("05", "vialdate", None, "last August", "date", 2024, 2024, "year", R, "vial launch date"),
    ("05", "v25launch", None, "$399", "money", 399, 399, "USD", R, "2.5mg vial launch price (per month)"),
    ("05", "v5launch", None, "$529", "money", 529, 529, "USD", R, "5mg vial launch price (per month)"),
    ("05", "feb", None, "In February", "date", 2025, 2025, "year", R, "vial price change / new strengths date"),
    ("05", "d75", "added 7.5 and", "7.5", "dose", 7.5, 7.5, "mg", O, "dose label"),
    ("05", "v25", None, "$349", "money", 349, 349, "USD", R, "2.5mg vial price 2025 (per month)"),
    ("05", "g503a", None, "60 days", "duration", 60, 60, "days", R, "503A pharmacies grace period"),
    ("05", "g503b", "facilities got 90", "90", "duration", 90, 90, "days", R, "503B outsourcing facilities grace period"),
    ("05", "vfor", "voted five to four", "five", "count", 5, 5, "votes", R, "nc trustees votes for ending coverage"),
    ("05", "vagn", "five to four in", "four", "count", 4, 4, "votes", R, "nc trustees votes against ending coverage"),
    ("05", "vdate", None, "January 2024", "date", 2024, 2024, "year", R, "nc trustees vote date"),
    ("05", "restore", None, "2026", "date", 2026, 2026, "year", R, "nc coverage restoration hoped-for year"),
    ("05", "q2sales", None, "$1.24 billion", "money", 1240000000, 1240000000, "USD", R, "zepbound q2 2024 sales"),
    ("05", "q2", None, "second quarter of 2024", "date", 2024, 2024, "year", O, "sales period"),

    # ---------------- tz06 local news, 2024-01-26 ----------------
    ("06", "end", "Beginning April 1", "April 1", "date", 2024, 2024, "year", R, "nc coverage end date"),
    ("06", "vfor", "voted 4-3", "4", "count", 4, 4, "votes", R, "nc trustees votes for ending coverage"),
    ("06", "vagn", "4-3 on", "3", "count", 3, 3, "votes", R, "nc trustees votes against ending coverage"),
    ("06", "vdate", "on Thursday to", "Thursday", "date", 2024, 2024, "year", R, "nc trustees vote date"),
    ("06", "morat", "In October the board", "October", "date", 2023, 2023, "year", R, "nc moratorium vote date"),
    ("06", "moreff", None, "Jan. 1", "date", 2024, 2024, "year", R, "nc moratorium effective date"),
    ("06", "members", None, "nearly 740,000", "count", 740000, 740000, "members", R, "nc plan members"),
    ("06", "spend", None, "$102 million", "money", 102000000, 102000000, "USD", R, "nc spend on weight-loss glp-1s 2023"),
    ("06", "spendyr", "drugs last year", "last year", "date", 2023, 2023, "year", O, "spend period"),
    ("06", "share", None, "roughly 10%", "percent", 10, 10, "%", R, "glp-1 share of nc pharmacy spend"),
    ("06", "pharm", None, "$1 billion", "money", 1000000000, 1000000000, "USD", R, "nc total pharmacy spend"),
    ("06", "n2023", "Nearly 25,000", "Nearly 25,000", "count", 25000, 25000, "members", R, "nc members on glp-1s for weight loss 2023"),
    ("06", "y2023", "weight loss in 2023", "2023", "date", 2023, 2023, "year", O, "as-of year"),
    ("06", "n2021", "just under 2,800", "just under 2,800", "count", 2800, 2800, "members", R, "nc members on glp-1s for weight loss 2021"),
    ("06", "y2021", "2,800 in 2021", "2021", "date", 2021, 2021, "year", O, "as-of year"),
    ("06", "cost800", None, "$800", "money", 800, 800, "USD", R, "nc plan cost per wegovy user per month"),
    ("06", "copay", None, "$30 to $50", "money", 30, 50, "USD", R, "nc member copay range"),
    ("06", "prem", None, "$48.50", "money", 48.5, 48.5, "USD", R, "projected premium increase per month"),
    ("06", "prem25", "member by 2025", "2025", "date", 2025, 2025, "year", O, "projection horizon"),
    ("06", "q60", None, "60 pounds", "weight", 60, 60, "lb", O, "quote: personal weight loss"),
    ("06", "qdecade", None, "a decade", "duration", 10, 10, "years", O, "quote"),
    ("06", "qapril", None, "Come April", "date", 2024, 2024, "year", O, "quote"),
    ("06", "launch", "pharmacies last month", "last month", "date", 2023, 2023, "year", R, "zepbound pharmacy launch date"),
    ("06", "price", None, "about $1,060", "money", 1060, 1060, "USD", R, "zepbound list price at launch (per month)"),
    ("06", "mj", None, "May 2021", "date", 2021, 2021, "year", R, "mounjaro fda approval date"),
    ("06", "w15", None, "19.5%", "percent", 19.5, 19.5, "%", R, "s1 15mg weight change 72wk (treatment-regimen)"),
    ("06", "qyear", "back in a year", "a year", "duration", 1, 1, "years", O, "quote"),

    # ---------------- tz07 fact-check, 2025-01-22 ----------------
    ("07", "pub", None, "January 22, 2025", "date", 2025, 2025, "year", O, "publication date"),
    ("07", "post40", "lose \"up to 40%", "up to 40%", "percent", 40, 40, "%", O, "false post claim (quoted)"),
    ("07", "posthalf", "and \"half of users", "half", "percent", 50, 50, "%", O, "false post claim (quoted)"),
    ("07", "thousands", None, "thousands of times", "count", None, None, "shares", O, "vague"),
    ("07", "earlyjan", None, "early January", "date", 2025, 2025, "year", O, "post date"),
    ("07", "shortstart", None, "December 2022", "date", 2022, 2022, "year", R, "tirzepatide shortage start"),
    ("07", "shortend", None, "Oct. 2, 2024", "date", 2024, 2024, "year", R, "tirzepatide shortage declared resolved (first)"),
    ("07", "shortconf", "and on Dec. 19", "Dec. 19", "date", 2024, 2024, "year", R, "tirzepatide shortage resolution reaffirmed"),
    ("07", "g503a", None, "90 days", "duration", 90, 90, "days", R, "503A pharmacies grace period"),
    ("07", "w15", None, "20.9%", "percent", 20.9, 20.9, "%", R, "s1 15mg weight change 72wk (treatment-regimen)"),
    ("07", "near40", None, "anywhere near 40%", "percent", 40, 40, "%", O, "restating the post"),
    ("07", "disc15", None, "4.3%", "percent", 4.3, 4.3, "%", R, "s1 15mg ae discontinuation"),
    ("07", "discpbo", None, "2.6%", "percent", 2.6, 2.6, "%", R, "s1 placebo ae discontinuation"),
    ("07", "half2", "close to half", "half", "percent", 50, 50, "%", O, "restating the post"),
    ("07", "s5n", None, "750", "count", 750, 750, "participants", R, "surmount-5 participants"),
    ("07", "s5date", "reported in December", "December", "date", 2024, 2024, "year", R, "surmount-5 topline date"),
    ("07", "s5tz", None, "20.2%", "percent", 20.2, 20.2, "%", R, "surmount-5 tirzepatide weight change 72wk"),
    ("07", "s5sema", None, "14.9%", "percent", 14.9, 14.9, "%", R, "surmount-5 semaglutide weight change 72wk"),
    ("07", "price", None, "$1,059.87", "money", 1059.87, 1059.87, "USD", R, "zepbound list price at launch (per month)"),
    ("07", "pens", None, "four pens", "count", 4, 4, "pens", O, "pack size"),
    ("07", "vialdate", None, "Since August", "date", 2024, 2024, "year", R, "vial launch date"),
    ("07", "twolow", None, "two lowest", "count", 2, 2, "strengths", O, "aside"),
    ("07", "v25launch", None, "$399", "money", 399, 399, "USD", R, "2.5mg vial launch price (per month)"),
    ("07", "v5launch", None, "$549", "money", 549, 549, "USD", R, "5mg vial launch price (per month)"),
    ("07", "h1sales", None, "$1.76 billion", "money", 1760000000, 1760000000, "USD", R, "zepbound h1 2024 sales"),
    ("07", "h1", None, "first half of 2024", "date", 2024, 2024, "year", O, "sales period"),
    ("07", "notice", "to its Dec. 19", "Dec. 19", "date", 2024, 2024, "year", O, "repeat"),
    ("07", "rule40", None, "40% weight loss", "percent", 40, 40, "%", O, "restating the post"),
    ("07", "rule50", None, "a 50% dropout", "percent", 50, 50, "%", O, "restating the post"),
    ("07", "twopharm", None, "two pharmacists", "count", 2, 2, "people", O, "sourcing aside"),
    # ---------------- small optional word numbers ----------------
    ("01", "atleast1", None, "at least one", "count", 1, 1, "conditions", O, "eligibility (definitional)"),
    ("02", "3yrsub", None, "Three-year", "duration", 3, 3, "years", O, "subtitle"),
    ("02", "atleast1", None, "at least one", "count", 1, 1, "comorbidities", O, "eligibility (definitional)"),
    ("03", "oneormore", None, "one or more", "count", 1, 1, "complications", O, "eligibility (definitional)"),
    ("04", "twohorm", None, "two gut hormones", "count", 2, 2, "hormones", O, "mechanism aside"),
    ("04", "fourwk", None, "four-week", "duration", 4, 4, "weeks", O, "pack size"),
    ("05", "twocurves", None, "two curves", "count", 2, 2, "curves", O, "caption"),
]

# bare dose numbers in lists like "5, 10 and 15 mg" (optional dose labels)
BARE = [
    ("03", "on 5, 10 and 15 mg, respectively, and by 35%"),
    ("03", "of the 5, 10 and 15 mg groups"),
    ("03", "on 5, 10 and 15 mg, respectively, and in 2.6%"),
]

STRICT = [
    ("04-n", "01-n"), ("04-n", "03-n"),                                  # trial size transposed
    ("05-v5launch", "07-v5launch"),                                      # $529 vs $549
    ("05-zapp", "01-wed"),                                               # approval year off by one
    ("07-disc15", "03-disc15"),                                          # 5 mg arm's rate given for 15 mg
    ("04-rr", "02-rrhead"), ("04-rr", "02-rr"),                          # 99% vs 94%
    ("06-mj", "01-mj"), ("06-mj", "04-mj"),                              # Mounjaro 2021 vs 2022
    ("07-g503a", "04-g503a"), ("07-g503a", "05-g503a"),                  # 90 vs 60 days
    ("06-w15", "01-w15"), ("06-w15", "03-w15"), ("06-w15", "07-w15"),    # 10 mg figure as 15 mg
    ("04-nau10", "03-nau10"),                                            # 5 mg nausea as 10 mg
    ("07-s5sema", "04-s5sema"), ("07-s5sema", "05-s5sema"),              # STEP 1 figure in SURMOUNT-5
    ("05-vfor", "06-vfor"), ("05-vagn", "06-vagn"),                      # 5-4 vs 4-3
]
QUALIFIED = [
    ("02-w15eff72", "01-w15"), ("02-w15eff72", "03-w15"), ("02-w15eff72", "07-w15"),
    ("02-w15eff72", "06-w15"),                                           # efficacy vs treatment-regimen estimand
    ("05-w15_3y", "02-w15"),                                             # 176 wk: treatment-regimen vs efficacy
    ("07-s5n", "05-s5n"),                                                # 750 analysed vs 751 randomized
    ("04-rr", "02-rr193"),                                               # 99% (3 yr) vs 88% (193 wk incl. off-drug)
]


def find_ctx(text, ctx):
    pat = r"\s+".join(re.escape(w) for w in ctx.split(" "))
    hits = [m for m in re.finditer(pat, text)]
    return hits


def main():
    texts = {k: (DOCDIR / v).read_text(encoding="utf-8") for k, v in DOCS.items()}
    rows, errors = [], []
    ids = set()
    for d, cid, ctx, span, kind, lo, hi, unit, req, topic in C:
        text = texts[d]
        full_id = f"tz-{d}-{cid}"
        if full_id in ids:
            errors.append(f"duplicate id {full_id}")
        ids.add(full_id)
        hits = find_ctx(text, ctx if ctx else span)
        if len(hits) != 1:
            errors.append(f"{full_id}: context {ctx or span!r} found {len(hits)} times")
            continue
        m = hits[0]
        sub = text[m.start():m.end()]
        sh = find_ctx(sub, span)
        if not sh:
            errors.append(f"{full_id}: span {span!r} not in context")
            continue
        s = m.start() + sh[0].start()
        e = m.start() + sh[0].end()
        rows.append({"type": "claim", "id": full_id, "doc": DOCS[d], "start": s, "end": e,
                     "span": text[s:e], "kind": kind, "low": lo, "high": hi, "unit": unit,
                     "required": req, "topic": topic})
    # bare dose labels
    for d, ctx in BARE:
        text = texts[d]
        hits = find_ctx(text, ctx)
        if len(hits) != 1:
            errors.append(f"bare {ctx!r} found {len(hits)}")
            continue
        base = hits[0].start()
        for val in ("5", "10"):
            off = ctx.index(val + ",") if val == "5" else ctx.index(" 10 ") + 1
            s = base + off
            rows.append({"type": "claim", "id": f"tz-{d}-bare{val}-{s}", "doc": DOCS[d], "start": s,
                         "end": s + len(val), "span": text[s:s + len(val)], "kind": "dose",
                         "low": float(val), "high": float(val), "unit": "mg", "required": False,
                         "topic": "dose label"})
    # automatic optional dose and timepoint mentions
    auto_pats = [
        (re.compile(r"(?<![\w.\u2212-])(\d+(?:\.\d+)?)(?:[ -])?(mg|milligrams)\b"), "dose", "mg"),
        (re.compile(r"(?<![\w.])(\d+)[- ](weeks?)\b"), "duration", "weeks"),
    ]
    for d, name in DOCS.items():
        text = texts[d]
        taken = [(r["start"], r["end"]) for r in rows if r["doc"] == name]
        for pat, kind, unit in auto_pats:
            for m in pat.finditer(text):
                s, e = m.start(), m.end()
                if any(s < b and a < e for a, b in taken):
                    continue
                v = float(m.group(1))
                rows.append({"type": "claim", "id": f"tz-{d}-auto{s}", "doc": name, "start": s, "end": e,
                             "span": text[s:e], "kind": kind, "low": v, "high": v, "unit": unit,
                             "required": False, "topic": "dose label" if kind == "dose" else "timepoint"})
                taken.append((s, e))
    # checks
    for r in rows:
        t = texts[[k for k, v in DOCS.items() if v == r["doc"]][0]]
        if t[r["start"]:r["end"]] != r["span"]:
            errors.append(f"slice mismatch {r['id']}")
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for name, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"overlap {a['id']} {b['id']}")
    idset = {r["id"] for r in rows}
    conf = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            ia, ib = f"tz-{a}", f"tz-{b}"
            for i in (ia, ib):
                if i not in idset:
                    errors.append(f"conflict refers to unknown {i}")
            if a[:2] == b[:2]:
                errors.append(f"conflict within one doc {a} {b}")
            conf.append({"type": "conflict", "a": ia, "b": ib, "grade": grade})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"{len(rows)} claims ({req} required, {len(rows) - req} optional); "
          f"{len(STRICT)} strict + {len(QUALIFIED)} qualified conflicts -> {OUT}")


if __name__ == "__main__":
    main()
