#!/usr/bin/env python3
"""Build elevidys.gold.jsonl from the articles in elevidys/.

Each claim names its article, a search string that occurs exactly once in that
article, and the span inside that string. Offsets are Unicode code points of the
text read as UTF-8. The script checks every span against the article slice and
that every conflict pair joins two different articles.
Run: python3 elevidys.gold.py   (writes elevidys.gold.jsonl beside this file)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "elevidys"
OUT = HERE / "elevidys.gold.jsonl"

W, P, X, A, L, N, T = ("ely01_wire.txt", "ely02_press.txt", "ely03_abstract.txt",
                       "ely04_explainer.txt", "ely05_blog.txt", "ely06_local.txt",
                       "ely07_factcheck.txt")
R, O = True, False  # required / optional
PREV_LO, PREV_HI = 100 / 5000, 100 / 3500

# (id, doc, search string or None (= span), span, kind, low, high, unit, required, topic)
CLAIMS = [
    # --- ely01 wire, 2025-07-18 (Friday)
    ("ely-01-dl", W, "WASHINGTON, July 18", "July 18", "date", 2025, 2025, "year", O, "dateline (publication metadata)"),
    ("ely-01-fri", W, "Sarepta Therapeutics on Friday", "Friday", "date", 2025, 2025, "year", R, "fda halt request date"),
    ("ely-01-deaths", W, "after three deaths", "three", "count", 3, 3, "deaths", R, "deaths across sarepta gene therapies (duchenne + lgmd)"),
    ("ely-01-fri2", W, "spokesperson said on Friday", "Friday", "date", 2025, 2025, "year", O, "date of spokesperson statement"),
    ("ely-01-age51", W, None, "51-year-old", "age", 51, 51, "years", R, "lgmd trial death age"),
    ("ely-01-thiswk", W, "came to light this week", "this week", "date", 2025, 2025, "year", O, "lgmd death disclosure"),
    ("ely-01-deaths2", W, "The other two involved", "two", "count", 2, 2, "deaths", R, "elevidys duchenne deaths"),
    ("ely-01-age16", W, None, "16-year-old", "age", 16, 16, "years", R, "first elevidys death age"),
    ("ely-01-mar", W, "Sarepta announced in March", "March", "date", 2025, 2025, "year", R, "first death announced"),
    ("ely-01-age15", W, None, "15-year-old", "age", 15, 15, "years", R, "second elevidys death age"),
    ("ely-01-lastmo", W, "who died last month", "last month", "date", 2025, 2025, "year", R, "second death date"),
    ("ely-01-shares", W, "more than 30% on", "30%", "percent", 30, 30, "%", R, "share fall on july 18"),
    ("ely-01-fri3", W, "30% on Friday", "Friday", "date", 2025, 2025, "year", O, "share fall date (repeat)"),
    ("ely-01-nonamb", W, "cannot walk in June", "June", "date", 2025, 2025, "year", R, "non-ambulatory shipment pause"),
    ("ely-01-aa", W, "accelerated approval in June 2023", "June 2023", "date", 2023, 2023, "year", R, "accelerated approval date"),
    ("ely-01-aaage", W, "aged 4 to\n5", "4 to\n5", "age", 4, 5, "years", R, "accelerated approval (2023) age range"),
    ("ely-01-exp", W, "label in June 2024", "June 2024", "date", 2024, 2024, "year", R, "label expansion date"),
    ("ely-01-expage", W, "aged 4 and older", "4", "age", 4, 4, "years", R, "expanded (2024) label minimum age"),
    ("ely-01-price", W, None, "$3.2\nmillion", "money", 3200000, 3200000, "USD", R, "list price per one-time treatment"),
    ("ely-01-nsaat", W, "improved by 2.6 points", "2.6 points", "score", 2.6, 2.6, "points", R, "embark nsaa change 52wk, elevidys arm"),
    ("ely-01-scale", W, None, "34-point", "score", 34, 34, "points", O, "nsaa scale maximum"),
    ("ely-01-yr", W, "scale after a year", "a year", "duration", 1, 1, "years", O, "timepoint"),
    ("ely-01-nsaap", W, None, "1.6 points", "score", 1.6, 1.6, "points", R, "embark nsaa change 52wk, placebo arm"),
    ("ely-01-wed", W, "On Wednesday, Sarepta", "Wednesday", "date", 2025, 2025, "year", R, "restructuring announcement date"),
    ("ely-01-jobs", W, "about 500 jobs", "500", "count", 500, 500, "jobs", R, "layoffs, company-wide"),
    ("ely-01-pct", W, None, "36%", "percent", 36, 36, "%", R, "share of workforce cut"),
    ("ely-01-save", W, None, "$400 million", "money", 400000000, 400000000, "USD", R, "annual restructuring savings from 2026"),
    ("ely-01-2026", W, "starting in\n2026", "2026", "date", 2026, 2026, "year", R, "savings start year"),
    ("ely-01-900", W, "More than 900 patients", "900", "count", 900, 900, "patients", R, "patients treated (as of july 2025)"),
    ("ely-01-prev", W, None, "one in every 3,500 to 5,000", "percent", PREV_LO, PREV_HI, "%", R, "duchenne birth prevalence (boys)"),

    # --- ely02 press release, 2023-10-30
    ("ely-02-52a", P, "placebo at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", O, "timepoint"),
    ("ely-02-pttr", P, None, "p=0.0025", "pvalue", 0.0025, 0.0025, "p", O, "time to rise p-value"),
    ("ely-02-p10", P, None, "p=0.0048", "pvalue", 0.0048, 0.0048, "p", O, "10mwr p-value"),
    ("ely-02-calltoday", P, "call today at", "today", "date", 2023, 2023, "year", O, "conference call date"),
    ("ely-02-date", P, None, "Oct. 30, 2023", "date", 2023, 2023, "year", O, "release date (metadata)"),
    ("ely-02-today", P, "today announced", "today", "date", 2023, 2023, "year", O, "announcement date"),
    ("ely-02-n", P, "in 125 boys", "125", "count", 125, 125, "participants", R, "embark randomized"),
    ("ely-02-age", P, None, "4 through 7", "age", 4, 7, "years", R, "embark eligible age"),
    ("ely-02-ratio", P, None, "1:1", "ratio", 1, 1, "ratio", O, "randomization ratio"),
    ("ely-02-dose", P, None, "1.33x10^14", "dose", 1.33e14, 1.33e14, "vg/kg", R, "elevidys dose"),
    ("ely-02-52b", P, "At 52 weeks", "52 weeks", "duration", 52, 52, "weeks", O, "timepoint"),
    ("ely-02-nsaat", P, None, "2.6 points", "score", 2.6, 2.6, "points", R, "embark nsaa change 52wk, elevidys arm"),
    ("ely-02-nsaap", P, None, "1.9 points", "score", 1.9, 1.9, "points", R, "embark nsaa change 52wk, placebo arm"),
    ("ely-02-p", P, None, "p=0.24", "pvalue", 0.24, 0.24, "p", O, "nsaa p-value"),
    ("ely-02-items", P, None, "17-item", "count", 17, 17, "items", O, "nsaa items (definition)"),
    ("ely-02-groups", P, "the two age groups", "two", "count", 2, 2, "groups", O, "age groups (definition)"),
    ("ely-02-aa", P, "In June, the U.S.", "June", "date", 2023, 2023, "year", R, "accelerated approval date"),
    ("ely-02-aaage", P, None, "4 through 5", "age", 4, 5, "years", R, "accelerated approval (2023) age range"),
    ("ely-02-eoy", P, None, "the end of the year", "date", 2023, 2023, "year", O, "planned supplement submission"),
    ("ely-02-5y", P, None, "five years", "duration", 5, 5, "years", O, "embark follow-up"),
    ("ely-02-parts", P, "a two-part study", "two-part", "count", 2, 2, "parts", O, "study design (definition)"),
    ("ely-02-2019", P, None, "2019", "date", 2019, 2019, "year", O, "roche agreement (about section)"),

    # --- ely03 structured abstract, 2024-11-04
    ("ely-03-title52", X, None, "52-week", "duration", 52, 52, "weeks", O, "timepoint in title"),
    ("ely-03-age", X, None, "4 through 7", "age", 4, 7, "years", R, "embark eligible age"),
    ("ely-03-age2", X, None, "≥4 to <8", "age", 4, 8, "years", O, "embark eligible age (restated bounds)"),
    ("ely-03-exons", X, None, "18–79", "range", 18, 79, "exons", O, "eligible mutation location"),
    ("ely-03-nsaaelig", X, None, "17 to 28", "score", 17, 28, "points", O, "screening nsaa eligibility"),
    ("ely-03-titre", X, None, "1:400", "ratio", 400, 400, "reciprocal titre", O, "antibody titre threshold"),
    ("ely-03-steroid", X, None, "12 weeks", "duration", 12, 12, "weeks", O, "stable steroid dose before entry"),
    ("ely-03-ratio", X, None, "1:1", "ratio", 1, 1, "ratio", O, "randomization ratio"),
    ("ely-03-strat1", X, "(4–5 vs", "4–5", "age", 4, 5, "years", O, "stratum definition"),
    ("ely-03-strat2", X, "vs 6–7 years)", "6–7", "age", 6, 7, "years", O, "stratum definition"),
    ("ely-03-dose", X, None, "1.33 × 10¹⁴", "dose", 1.33e14, 1.33e14, "vg/kg", R, "elevidys dose"),
    ("ely-03-range", X, None, "0–34", "score", 0, 34, "points", O, "nsaa range (definition)"),
    ("ely-03-wk52a", X, "score (range 0–34) at week 52", "week 52", "duration", 52, 52, "weeks", O, "timepoint"),
    ("ely-03-wk12a", X, "expression at week 12, time", "week 12", "duration", 12, 12, "weeks", O, "timepoint"),
    ("ely-03-n", X, "N = 125", "125", "count", 125, 125, "participants", R, "embark randomized"),
    ("ely-03-nt", X, "n=63", "63", "count", 63, 63, "participants", R, "embark randomized, elevidys arm"),
    ("ely-03-np", X, "n=62", "62", "count", 62, 62, "participants", R, "embark randomized, placebo arm"),
    ("ely-03-n124", X, "124 (63", "124", "count", 124, 124, "participants", R, "embark primary analysis population"),
    ("ely-03-n124t", X, "(63 and 61)", "63", "count", 63, 63, "participants", O, "primary analysis, elevidys arm (repeat)"),
    ("ely-03-n124p", X, "63 and 61)", "61", "count", 61, 61, "participants", R, "primary analysis, placebo arm"),
    ("ely-03-n45", X, None, "Fifty-nine", "count", 59, 59, "participants", R, "aged 4-5 subgroup"),
    ("ely-03-p45", X, None, "47.2%", "percent", 47.2, 47.2, "%", R, "aged 4-5 subgroup share"),
    ("ely-03-a45", X, "were aged 4–5 years", "4–5 years", "age", 4, 5, "years", O, "subgroup definition"),
    ("ely-03-n67", X, "and 66 (", "66", "count", 66, 66, "participants", R, "aged 6-7 subgroup"),
    ("ely-03-p67", X, None, "52.8%", "percent", 52.8, 52.8, "%", R, "aged 6-7 subgroup share"),
    ("ely-03-a67", X, "were aged 6–7 years", "6–7 years", "age", 6, 7, "years", O, "subgroup definition"),
    ("ely-03-base-t", X, None, "23.10", "score", 23.10, 23.10, "points", R, "baseline nsaa, elevidys arm"),
    ("ely-03-base-p", X, None, "22.82 points", "score", 22.82, 22.82, "points", R, "baseline nsaa, placebo arm"),
    ("ely-03-groups", X, "in the two groups", "two", "count", 2, 2, "groups", O, "arms (definition)"),
    ("ely-03-wk52b", X, "At week 52 the", "week 52", "duration", 52, 52, "weeks", O, "timepoint"),
    ("ely-03-nsaat", X, None, "2.57 points", "score", 2.57, 2.57, "points", R, "embark nsaa change 52wk, elevidys arm"),
    ("ely-03-nsaap", X, None, "1.92 points", "score", 1.92, 1.92, "points", R, "embark nsaa change 52wk, placebo arm"),
    ("ely-03-diff", X, None, "0.65 points", "score", 0.65, 0.65, "points", R, "nsaa difference 52wk"),
    ("ely-03-diffci", X, None, "−0.45 to 1.74", "score", -0.45, 1.74, "points", R, "nsaa difference 95% ci"),
    ("ely-03-p", X, None, "P=0.24", "pvalue", 0.24, 0.24, "p", O, "nsaa p-value"),
    ("ely-03-ttr", X, None, "−0.64 seconds", "duration", -0.64, -0.64, "seconds", R, "time to rise difference 52wk"),
    ("ely-03-ttrci", X, None, "−1.06 to −0.23", "duration", -1.06, -0.23, "seconds", R, "time to rise difference 95% ci"),
    ("ely-03-10m", X, None, "−0.42 seconds", "duration", -0.42, -0.42, "seconds", R, "10mwr difference 52wk"),
    ("ely-03-10mci", X, None, "−0.71 to −0.13", "duration", -0.71, -0.13, "seconds", R, "10mwr difference 95% ci"),
    ("ely-03-wk12b", X, "expression at week 12 was", "week 12", "duration", 12, 12, "weeks", O, "timepoint"),
    ("ely-03-expr", X, None, "34.3%", "percent", 34.3, 34.3, "%", R, "micro-dystrophin expression week 12"),
    ("ely-03-sae", X, "in 7 of 63", "7", "count", 7, 7, "participants", R, "treatment-related serious AEs"),
    ("ely-03-sae63", X, "7 of 63 treated", "63", "count", 63, 63, "participants", O, "denominator (repeat)"),
    ("ely-03-saep", X, None, "11.1%", "percent", 11.1, 11.1, "%", R, "treatment-related serious AE rate"),
    ("ely-03-wk52c", X, "score at 52 weeks", "52 weeks", "duration", 52, 52, "weeks", O, "timepoint"),

    # --- ely04 explainer, 2025-08-12
    ("ely-04-aa", A, None, "June 2022", "date", 2022, 2022, "year", R, "accelerated approval date"),
    ("ely-04-exp", A, "In June 2024 the", "June 2024", "date", 2024, 2024, "year", R, "label expansion date"),
    ("ely-04-expage", A, "condition aged 4 and older", "4", "age", 4, 4, "years", R, "expanded (2024) label minimum age"),
    ("ely-04-nowage", A, "aged 4 or older", "4", "age", 4, 4, "years", O, "current eligibility (repeat)"),
    ("ely-04-nonamb", A, "on hold since June", "June", "date", 2025, 2025, "year", R, "non-ambulatory shipment pause"),
    ("ely-04-resume", A, None, "late July", "date", 2025, 2025, "year", R, "fda lets ambulatory shipments resume"),
    ("ely-04-japan", A, None, "3 to under 8", "age", 3, 8, "years", R, "japan conditional approval age range"),
    ("ely-04-n", A, "enrolled 125 boys", "125", "count", 125, 125, "participants", R, "embark randomized"),
    ("ely-04-age", A, "ages of 4 and 8", "4 and 8", "age", 4, 8, "years", R, "embark eligible age"),
    ("ely-04-yr", A, "After one year", "one year", "duration", 1, 1, "years", O, "timepoint"),
    ("ely-04-10m", A, "walk 10 meters", "10 meters", "distance", 10, 10, "m", O, "timed walk distance (test definition)"),
    ("ely-04-liver", A, "for the first 3 months", "3 months", "duration", 3, 3, "months", R, "weekly liver monitoring period"),
    ("ely-04-thisyr", A, "This year two", "This year", "date", 2025, 2025, "year", O, "deaths year"),
    ("ely-04-deaths", A, "This year two teenagers", "two", "count", 2, 2, "deaths", R, "elevidys duchenne deaths"),
    ("ely-04-age16", A, "aged 16 and", "16", "age", 16, 16, "years", R, "first elevidys death age"),
    ("ely-04-age14", A, "16 and 14", "14", "age", 14, 14, "years", R, "second elevidys death age"),
    ("ely-04-lgmd", A, "in his 50s", "50s", "age", 50, 59, "years", R, "lgmd trial death age"),
    ("ely-04-bw", A, "In July, at the FDA", "July", "date", 2025, 2025, "year", R, "boxed warning agreed"),
    ("ely-04-price", A, None, "$3.2 million", "money", 3200000, 3200000, "USD", R, "list price per one-time treatment"),
    ("ely-04-half", A, "only paid half", "half", "percent", 50, 50, "%", O, "hypothetical in quote"),
    ("ely-04-hyp", A, None, "$1.6 million", "money", 1600000, 1600000, "USD", O, "hypothetical in quote"),
    ("ely-04-onechild", A, "for one child", "one", "count", 1, 1, "children", O, "hypothetical in quote"),
    ("ely-04-prev", A, None, "one in 3,500", "percent", PREV_HI, PREV_HI, "%", R, "duchenne birth prevalence (boys)"),
    ("ely-04-fy", A, "its 2025 revenue", "2025", "date", 2025, 2025, "year", O, "forecast year"),
    ("ely-04-may", A, "forecast in May", "May", "date", 2025, 2025, "year", R, "guidance cut date"),
    ("ely-04-gnew", A, None, "$2.3 billion and $2.6 billion", "money", 2.3e9, 2.6e9, "USD", R, "2025 total revenue guidance after may cut"),
    ("ely-04-gold", A, None, "$2.9 billion to $3.1 billion", "money", 2.9e9, 3.1e9, "USD", R, "2025 total revenue guidance before cut"),
    ("ely-04-layoff", A, "layoffs in July", "July", "date", 2025, 2025, "year", R, "layoffs announced"),
    ("ely-04-upd", A, None, "August 12, 2025", "date", 2025, 2025, "year", O, "last updated (metadata)"),

    # --- ely05 blog, 2025-03-24
    ("ely-05-pub", L, None, "March 24, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
    ("ely-05-hours", L, None, "a few hours", "duration", None, None, "hours", O, "infusion length (caption, vague)"),
    ("ely-05-lastwk", L, None, "Last week", "date", 2025, 2025, "year", R, "first death disclosed"),
    ("ely-05-age16", L, None, "16-year-old", "age", 16, 16, "years", R, "first elevidys death age"),
    ("ely-05-800", L, "more than 800 patients", "800", "count", 800, 800, "patients", R, "patients treated (as of march 2025)"),
    ("ely-05-adcom", L, "endorsed it in 2023", "2023", "date", 2023, 2023, "year", R, "advisory committee vote date"),
    ("ely-05-aaage", L, None, "4 through 7", "age", 4, 7, "years", R, "accelerated approval (2023) age range"),
    ("ely-05-exp", L, None, "Last June", "date", 2024, 2024, "year", R, "label expansion date"),
    ("ely-05-expage", L, "aged 4 and up", "4", "age", 4, 4, "years", R, "expanded (2024) label minimum age"),
    ("ely-05-n", L, "152-boy", "152", "count", 152, 152, "participants", R, "embark randomized"),
    ("ely-05-ttr", L, None, "0.64 seconds", "duration", 0.64, 0.64, "seconds", R, "time to rise difference 52wk (faster)"),
    ("ely-05-yr", L, "placebo after one year", "one year", "duration", 1, 1, "years", O, "timepoint"),
    ("ely-05-head", L, "New data this month", "this month", "date", 2025, 2025, "year", O, "section heading"),
    ("ely-05-mda", L, "Dallas this month", "this month", "date", 2025, 2025, "year", O, "data presentation date"),
    ("ely-05-2y", L, "showed two-year", "two-year", "duration", 2, 2, "years", O, "timepoint"),
    ("ely-05-2yd", L, None, "2.88 points", "score", 2.88, 2.88, "points", R, "nsaa difference at 2 years vs external control"),
    ("ely-05-104", L, None, "104 weeks", "duration", 104, 104, "weeks", O, "chart timespan (caption)"),
    ("ely-05-capmar", L, "presented in March", "March", "date", 2025, 2025, "year", O, "caption date"),
    ("ely-05-1yr", L, "the one-year trial", "one-year", "duration", 1, 1, "years", O, "timepoint"),
    ("ely-05-2ycap", L, "Caption: Two-year", "Two-year", "duration", 2, 2, "years", O, "timepoint (caption)"),
    ("ely-05-rev", L, None, "$820.8 million", "money", 820800000, 820800000, "USD", R, "elevidys net revenue 2024 full year"),
    ("ely-05-revyr", L, "million in 2024", "2024", "date", 2024, 2024, "year", O, "revenue period"),
    ("ely-05-q4", L, None, "$384.2 million", "money", 384200000, 384200000, "USD", R, "elevidys net revenue q4 2024"),
    ("ely-05-guid", L, None, "$2.9 billion to $3.1 billion", "money", 2.9e9, 3.1e9, "USD", R, "2025 total revenue guidance (pre-cut)"),
    ("ely-05-thisyr", L, "$3.1 billion this year", "this year", "date", 2025, 2025, "year", O, "guidance period"),
    ("ely-05-liver", L, "first three months", "three months", "duration", 3, 3, "months", R, "weekly liver monitoring period"),

    # --- ely06 local/trade, 2025-07-21 (Monday)
    ("ely-06-head80", N, "cuts 80 jobs", "80", "count", 80, 80, "jobs", O, "columbus layoffs (headline)"),
    ("ely-06-pub", N, None, "Monday, July 21, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
    ("ely-06-80", N, "off 80 workers", "80", "count", 80, 80, "jobs", R, "columbus layoffs"),
    ("ely-06-493", N, None, "493", "count", 493, 493, "jobs", R, "layoffs, company-wide (warn notice)"),
    ("ely-06-wed", N, "restructuring on Wednesday", "Wednesday", "date", 2025, 2025, "year", R, "restructuring announcement date"),
    ("ely-06-third", N, "more than a third", "a third", "percent", 100 / 3, 100 / 3, "%", R, "share of workforce cut"),
    ("ely-06-fri", N, "took effect Friday", "Friday", "date", 2025, 2025, "year", R, "local cuts effective"),
    ("ely-06-sav25", N, None, "$100 million", "money", 100000000, 100000000, "USD", R, "restructuring savings in 2025"),
    ("ely-06-sav25yr", N, "$100 million this year", "this year", "date", 2025, 2025, "year", O, "savings period"),
    ("ely-06-save", N, None, "$120 million", "money", 120000000, 120000000, "USD", R, "annual restructuring savings from 2026"),
    ("ely-06-next", N, None, "next year", "date", 2026, 2026, "year", R, "savings start year"),
    ("ely-06-sev", N, None, "$32 million to $37 million", "money", 32000000, 37000000, "USD", R, "severance and one-time charges"),
    ("ely-06-price", N, None, "$2.3 million", "money", 2300000, 2300000, "USD", R, "list price per one-time treatment"),
    ("ely-06-vfor", N, "voted 9-5", "9", "count", 9, 9, "votes", R, "adcom votes for"),
    ("ely-06-vag", N, "9-5 in", "5", "count", 5, 5, "votes", R, "adcom votes against"),
    ("ely-06-vdate", N, None, "May 2023", "date", 2023, 2023, "year", R, "advisory committee vote date"),
    ("ely-06-thisyr", N, "This year has", "This year", "date", 2025, 2025, "year", O, "deaths year"),
    ("ely-06-deaths", N, "Two teenagers", "Two", "count", 2, 2, "deaths", R, "elevidys duchenne deaths"),
    ("ely-06-lastmo", N, None, "last month", "date", 2025, 2025, "year", R, "non-ambulatory shipment pause"),
    ("ely-06-wed2", N, "On Wednesday the company", "Wednesday", "date", 2025, 2025, "year", O, "boxed warning agreed (repeat date)"),
    ("ely-06-jump", N, "about 40%", "40%", "percent", 40, 40, "%", R, "after-hours share jump july 16"),
    ("ely-06-frifda", N, "On Friday the FDA", "Friday", "date", 2025, 2025, "year", R, "fda halt request date"),
    ("ely-06-mon", N, "On Monday, the company", "Monday", "date", 2025, 2025, "year", R, "all us shipments paused"),
    ("ely-06-age5", N, "at age 5", "5", "age", 5, 5, "years", O, "anecdote: age at treatment"),
    ("ely-06-lastyr", N, "age 5 last year", "last year", "date", 2024, 2024, "year", O, "anecdote: treatment year"),

    # --- ely07 fact-check, 2025-07-31
    ("ely-07-pub", T, "team | July 31, 2025", "July 31, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
    ("ely-07-post4", T, "killed four children", "four", "count", 4, 4, "deaths", O, "claim attributed to the false post"),
    ("ely-07-post4m", T, "costs $4 million", "$4 million", "money", 4000000, 4000000, "USD", O, "claim attributed to the false post"),
    ("ely-07-postfor", T, "voted 6-8", "6", "count", 6, 6, "votes", O, "post's (reversed) tally: for"),
    ("ely-07-postag", T, "6-8 against", "8", "count", 8, 8, "votes", O, "post's (reversed) tally: against"),
    ("ely-07-postdate", T, "since July 22", "July 22", "date", 2025, 2025, "year", O, "post circulation date"),
    ("ely-07-deaths", T, "Two children treated", "Two", "count", 2, 2, "deaths", R, "elevidys duchenne deaths"),
    ("ely-07-deaths2", T, "reported two deaths", "two", "count", 2, 2, "deaths", O, "elevidys duchenne deaths (repeat)"),
    ("ely-07-age16", T, None, "16-year-old", "age", 16, 16, "years", R, "first elevidys death age"),
    ("ely-07-mar", T, "disclosed on March 18", "March 18", "date", 2025, 2025, "year", R, "first death announced"),
    ("ely-07-age15", T, None, "15-year-old", "age", 15, 15, "years", R, "second elevidys death age"),
    ("ely-07-jun", T, "disclosed on June 15", "June 15", "date", 2025, 2025, "year", R, "second death announced"),
    ("ely-07-age51", T, None, "51-year-old", "age", 51, 51, "years", R, "lgmd trial death age"),
    ("ely-07-age8", T, None, "8-year-old", "age", 8, 8, "years", R, "brazil death age (found unrelated)"),
    ("ely-07-brjun", T, "died in June", "June", "date", 2025, 2025, "year", R, "brazil death date"),
    ("ely-07-mon", T, "On Monday the FDA", "Monday", "date", 2025, 2025, "year", R, "fda finding / ambulatory resumption"),
    ("ely-07-price", T, None, "$3.2 million", "money", 3200000, 3200000, "USD", R, "list price per one-time treatment"),
    ("ely-07-4m", T, "figure of $4 million", "$4 million", "money", 4000000, 4000000, "USD", O, "post's figure restated"),
    ("ely-07-vdate", T, "On May 12, 2023", "May 12, 2023", "date", 2023, 2023, "year", R, "advisory committee vote date"),
    ("ely-07-vfor", T, "voted 8 to 6", "8", "count", 8, 8, "votes", R, "adcom votes for"),
    ("ely-07-vag", T, "8 to 6 that", "6", "count", 6, 6, "votes", R, "adcom votes against"),
    ("ely-07-aa", T, None, "June 22, 2023", "date", 2023, 2023, "year", R, "accelerated approval date"),
    ("ely-07-jul18", T, "public on July 18", "July 18", "date", 2025, 2025, "year", R, "fda halt request date"),
    ("ely-07-jul21", T, "deliveries on July 21", "July 21", "date", 2025, 2025, "year", R, "all us shipments paused"),
    ("ely-07-mon2", T, "decision on Monday", "Monday", "date", 2025, 2025, "year", O, "resumption date (repeat)"),
    ("ely-07-over", T, None, "$800,000", "money", 800000, 800000, "USD", R, "post's price overstatement"),
    ("ely-07-lastyr", T, "approval last year", "last year", "date", 2024, 2024, "year", R, "label expansion date"),
    ("ely-07-src1", T, "(March 18, June 15 and July 21, 2025)", "March 18", "date", 2025, 2025, "year", O, "sources line (metadata)"),
    ("ely-07-src2", T, "March 18, June 15 and", "June 15", "date", 2025, 2025, "year", O, "sources line (metadata)"),
    ("ely-07-src3", T, "and July 21, 2025)", "July 21, 2025", "date", 2025, 2025, "year", O, "sources line (metadata)"),
    ("ely-07-src4", T, "(July 18 and", "July 18", "date", 2025, 2025, "year", O, "sources line (metadata)"),
    ("ely-07-src5", T, None, "July 28, 2025", "date", 2025, 2025, "year", O, "sources line (metadata)"),
    ("ely-07-src6", T, "vote, May 12, 2023", "May 12, 2023", "date", 2023, 2023, "year", O, "sources line (metadata)"),
]

S, Q = "strict", "qualified"
CONFLICTS = [
    # 1. advisory vote: 8-6 (real) vs 9-5 (miscounted tally)
    ("ely-06-vfor", "ely-07-vfor", S),
    ("ely-06-vag", "ely-07-vag", S),
    # 2. EMBARK size: 125 vs 152 (transposed digits)
    ("ely-05-n", "ely-02-n", S),
    ("ely-05-n", "ely-03-n", S),
    ("ely-05-n", "ely-04-n", S),
    # 3. placebo NSAA change at 52 weeks: 1.9 / 1.92 vs 1.6 (mistyped)
    ("ely-01-nsaap", "ely-02-nsaap", S),
    ("ely-01-nsaap", "ely-03-nsaap", S),
    # 4. accelerated approval year: 2023 vs 2022
    ("ely-04-aa", "ely-01-aa", S),
    ("ely-04-aa", "ely-02-aa", S),
    ("ely-04-aa", "ely-07-aa", S),
    # 5. list price: $3.2 million vs $2.3 million (transposed)
    ("ely-06-price", "ely-01-price", S),
    ("ely-06-price", "ely-04-price", S),
    ("ely-06-price", "ely-07-price", S),
    # 6. annual savings from 2026: $400 million vs $120 million
    ("ely-06-save", "ely-01-save", S),
    # 7. age of the second Elevidys death: 15 vs 14
    ("ely-04-age14", "ely-01-age15", S),
    ("ely-04-age14", "ely-07-age15", S),
    # 8. age range of the 2023 accelerated approval: 4-5 vs 4-7 (trial ages given as label)
    ("ely-05-aaage", "ely-01-aaage", S),
    ("ely-05-aaage", "ely-02-aaage", S),
    # qualified: analysed (124) vs randomized counts
    ("ely-03-n124", "ely-02-n", Q),
    ("ely-03-n124", "ely-04-n", Q),
    ("ely-03-n124", "ely-05-n", Q),
    # qualified: EMBARK ages "4 and 8" (the <8 bound written as 8) vs "4 through 7"
    ("ely-04-age", "ely-02-age", Q),
    ("ely-04-age", "ely-03-age", Q),
]


def locate(text, doc, needle, span):
    assert text.count(needle) == 1, f"{doc}: search string {needle!r} occurs {text.count(needle)} times"
    assert needle.count(span) == 1, f"{doc}: span {span!r} not unique in {needle!r}"
    start = text.index(needle) + needle.index(span)
    return start, start + len(span)


def build():
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    rows, ids, docs_of = [], set(), {}
    for cid, doc, needle, span, kind, low, high, unit, req, topic in CLAIMS:
        assert cid not in ids, f"duplicate id {cid}"
        ids.add(cid)
        text = texts[doc]
        start, end = locate(text, doc, needle or span, span)
        assert text[start:end] == span
        docs_of[cid] = doc
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                     "kind": kind, "low": low, "high": high, "unit": unit, "required": req, "topic": topic})
    spans = sorted((r["doc"], r["start"], r["end"], r["id"]) for r in rows)
    for a, b in zip(spans, spans[1:]):
        assert not (a[0] == b[0] and b[1] < a[2]), f"overlapping spans {a[3]} {b[3]}"
    seen = set()
    for a, b, grade in CONFLICTS:
        assert a in ids and b in ids, (a, b)
        assert docs_of[a] != docs_of[b], f"same-document pair {a} {b}"
        key = frozenset((a, b))
        assert key not in seen, (a, b)
        seen.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    claims = [r for r in rows if r["type"] == "claim"]
    print(f"{len(claims)} claims ({sum(r['required'] for r in claims)} required), "
          f"{sum(1 for c in CONFLICTS if c[2] == S)} strict, {sum(1 for c in CONFLICTS if c[2] == Q)} qualified")


if __name__ == "__main__":
    build()
