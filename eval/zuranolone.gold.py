#!/usr/bin/env python3
"""Build zuranolone.gold.jsonl: find each claim span by a unique context string in its article,
write code-point offsets, and check every span equals the article slice."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "zuranolone"
OUT = HERE / "zuranolone.gold.jsonl"
TOPIC = "zuranolone"

def rx(s):
    # whitespace in the search string matches any run of whitespace (the wire story is hard-wrapped)
    return r"\s+".join(re.escape(p) for p in s.split())

W, P, A, E, B, L, F = ("zur01_wire.txt", "zur02_press.txt", "zur03_abstract.txt", "zur04_explainer.txt",
                       "zur05_blog.txt", "zur06_local.txt", "zur07_factcheck.txt")
T, Fa = True, False
N = None
# (id, doc, span, context, kind, low, high, unit, required, topic)
C = [
 # ---------------- zur01_wire (2023-08-04) ----------------
 ("w-aug4", W, "Aug 4", "WASHINGTON, Aug 4", "date", 2023, 2023, "year", Fa, "dateline (= approval day)"),
 ("w-fri", W, "Friday", "on Friday approved", "date", 2023, 2023, "year", T, "fda approval date ppd"),
 ("w-2wk", W, "two-week", "a two-week pill", "duration", 2, 2, "weeks", T, "course length"),
 ("w-dose", W, "50 milligrams", "dose is 50 milligrams", "dose", 50, 50, "mg", T, "recommended dose"),
 ("w-14d", W, "14 days", "for 14 days", "duration", 14, 14, "days", T, "course length"),
 ("w-1more", W, "one or more", "that one or more further", "count", 1, 1, "studies", Fa, "further studies needed (vague)"),
 ("w-1in7", W, "one in seven", "roughly one in seven", "percent", 14.285714, 14.285714, "%", T, "ppd prevalence"),
 ("w-zulapp", W, "March 2019", "cleared in March 2019", "date", 2019, 2019, "year", T, "zulresso approval date"),
 ("w-60h", W, "60 hours", "for 60 hours", "duration", 60, 60, "hours", T, "zulresso infusion length"),
 ("w-34k", W, "$34,000", "about $34,000", "money", 34000, 34000, "USD", T, "zulresso list price"),
 ("w-2p5d", W, "two and a half days", "spend two and a half days", "duration", 2.5, 2.5, "days", Fa, "zulresso infusion in days (aside)"),
 ("w-twotr", W, "two", "rests on two placebo", "count", 2, 2, "trials", Fa, "trial count"),
 ("w-sky50", W, "50 mg", "gave the 50 mg dose", "dose", 50, 50, "mg", Fa, "skylark arm dose"),
 ("w-skyn", W, "196", "depression, 196", "count", 196, 196, "participants", T, "skylark treated"),
 ("w-17it", W, "17-item", "on the 17-item Hamilton", "count", 17, 17, "items", Fa, "scale definition"),
 ("w-156", W, "15.6 points", "fell by 15.6 points", "score", 15.6, 15.6, "points", T, "skylark hamd change drug d15"),
 ("w-116", W, "11.6 points", "against 11.6 points", "score", 11.6, 11.6, "points", T, "skylark hamd change placebo d15"),
 ("w-d15", W, "day\n15", "placebo at day 15, a gap", "duration", 15, 15, "days", Fa, "timepoint"),
 ("w-40", W, "4.0 points", "a gap of 4.0 points", "score", 4.0, 4.0, "points", T, "skylark hamd difference d15"),
 ("w-rob30", W, "30 mg", "used a 30 mg dose", "dose", 30, 30, "mg", Fa, "robin arm dose"),
 ("w-rob150", W, "150", "dose in 150 women", "count", 150, 150, "participants", T, "robin efficacy set"),
 ("w-rob42", W, "4.2 points", "a difference of 4.2 points", "score", 4.2, 4.2, "points", T, "robin hamd difference d15"),
 ("w-wfn", W, "543", "study of 543 adults", "count", 543, 543, "participants", T, "waterfall size"),
 ("w-wf50", W, "50 mg", "adults, the 50 mg dose", "dose", 50, 50, "mg", Fa, "waterfall arm dose"),
 ("w-wf141", W, "14.1 points", "by 14.1 points versus", "score", 14.1, 14.1, "points", T, "waterfall hamd change drug d15"),
 ("w-wf123", W, "12.3", "versus 12.3 on placebo", "score", 12.3, 12.3, "points", T, "waterfall hamd change placebo d15"),
 ("w-wf2wk", W, "two weeks", "after two weeks, a margin", "duration", 2, 2, "weeks", Fa, "timepoint"),
 ("w-wf17", W, "1.7", "a margin of 1.7", "score", 1.7, 1.7, "points", T, "waterfall hamd difference d15"),
 ("w-coraln", W, "440", "antidepressant in 440 patients", "count", 440, 440, "participants", T, "coral randomized"),
 ("w-d3", W, "day-3", "around a day-3 reading", "duration", 3, 3, "days", Fa, "coral primary timepoint"),
 ("w-21m", W, "21 million", "About 21 million U.S. adults", "count", 21000000, 21000000, "people", T, "us adults with mde"),
 ("w-1ep", W, "at least one", "had at least one major", "count", 1, 1, "episodes", Fa, "definition"),
 ("w-2021", W, "2021", "episode in 2021", "date", 2021, 2021, "year", T, "mde survey year"),
 ("w-100k", W, "several hundred\nthousand", "with several hundred thousand new mothers", "count", N, N, "people", Fa, "ppd cases a year (vague)"),
 ("w-1bn", W, "$1 billion", "above $1 billion", "money", 1e9, 1e9, "USD", T, "pre-decision peak sales forecast (both indications)"),
 ("w-785", W, "$785 million", "Sage $785 million upfront", "money", 785e6, 785e6, "USD", T, "biogen upfront payment 2020"),
 ("w-650", W, "$650 million", "bought $650 million", "money", 650e6, 650e6, "USD", T, "biogen equity purchase 2020"),
 ("w-2020", W, "2020", "stock in 2020", "date", 2020, 2020, "year", T, "biogen deal year"),
 ("w-90d", W, "90 days", "about 90 days", "duration", 90, 90, "days", T, "dea scheduling time"),
 # ---------------- zur02_press (2023-12-14) ----------------
 ("p-price1", P, "$15,900", "Wholesale acquisition cost of $15,900", "money", 15900, 15900, "USD", Fa, "wac per course (subhead repeat)"),
 ("p-14d1", P, "14-day", "the complete 14-day treatment course; ZURZUVAE", "duration", 14, 14, "days", Fa, "course length (subhead)"),
 ("p-dl", P, "December 14, 2023", "Mass., December 14, 2023", "date", 2023, 2023, "year", Fa, "dateline / launch day"),
 ("p-today", P, "today", "(Nasdaq: SAGE) today announced", "date", 2023, 2023, "year", Fa, "launch day (relative)"),
 ("p-aug", P, "August", "(FDA) in August", "date", 2023, 2023, "year", T, "fda approval date ppd"),
 ("p-oct31", P, "October 31", "effective October 31", "date", 2023, 2023, "year", T, "dea scheduling effective"),
 ("p-today2", P, "Today", "\"Today we can", "date", 2023, 2023, "year", Fa, "quote, launch day"),
 ("p-2wk", P, "two-week", "putting a two-week oral", "duration", 2, 2, "weeks", Fa, "quote, course length"),
 ("p-dose50", P, "50 mg", "ZURZUVAE is 50 mg", "dose", 50, 50, "mg", T, "recommended dose"),
 ("p-two", P, "two", "taken as two 25 mg", "count", 2, 2, "capsules", Fa, "capsules per dose"),
 ("p-25", P, "25 mg", "two 25 mg capsules once", "dose", 25, 25, "mg", Fa, "capsule strength"),
 ("p-14d", P, "14 days", "food for 14 days. If", "duration", 14, 14, "days", T, "course length"),
 ("p-40", P, "40 mg", "reduced to 40 mg", "dose", 40, 40, "mg", T, "reduced dose if cns effects"),
 ("p-arm50", P, "50 mg", "ZURZUVAE 50 mg (n=98)", "dose", 50, 50, "mg", Fa, "skylark arm dose"),
 ("p-n98", P, "98", "(n=98)", "count", 98, 98, "participants", T, "skylark zuranolone arm (fas)"),
 ("p-d15", P, "Day 15", "at Day 15 compared", "duration", 15, 15, "days", Fa, "timepoint"),
 ("p-n97", P, "97", "(n=97)", "count", 97, 97, "participants", T, "skylark placebo arm (fas)"),
 ("p-156", P, "-15.6", "score of -15.6", "score", -15.6, -15.6, "points", T, "skylark hamd change drug d15"),
 ("p-116", P, "-11.6", "versus -11.6", "score", -11.6, -11.6, "points", T, "skylark hamd change placebo d15"),
 ("p-pv", P, "0.0007", "(p=0.0007)", "pvalue", 0.0007, 0.0007, "p", Fa, "skylark primary p"),
 ("p-d3", P, "Day 3", "as early as Day 3", "duration", 3, 3, "days", Fa, "onset timepoint"),
 ("p-d45", P, "Day 45", "through Day 45", "duration", 45, 45, "days", Fa, "follow-up timepoint"),
 ("p-4wk", P, "four weeks", "four weeks after the last dose", "duration", 4, 4, "weeks", Fa, "follow-up off drug"),
 ("p-price", P, "$15,900", "ZURZUVAE is $15,900", "money", 15900, 15900, "USD", T, "wac per course"),
 ("p-14d2", P, "14-day", "the full 14-day course", "duration", 14, 14, "days", Fa, "course length"),
 ("p-1in8", P, "one in eight", "approximately one in eight", "percent", 12.5, 12.5, "%", T, "ppd prevalence"),
 ("p-12h", P, "12 hours", "at least 12 hours", "duration", 12, 12, "hours", T, "no-driving interval"),
 ("p-14d3", P, "14-day", "duration of the 14-day", "duration", 14, 14, "days", Fa, "course length (isi)"),
 ("p-36", P, "36%", "occurred in 36%", "percent", 36, 36, "%", T, "somnolence drug"),
 ("p-s50", P, "50 mg", "received ZURZUVAE 50 mg and in 6%", "dose", 50, 50, "mg", Fa, "arm label"),
 ("p-6", P, "6%", "and in 6% of patients", "percent", 6, 6, "%", T, "somnolence placebo"),
 ("p-1wk", P, "one week", "for one week after the final", "duration", 1, 1, "weeks", T, "contraception after last dose"),
 ("p-5", P, "5%", "(≥5% and greater", "percent", 5, 5, "%", Fa, "adverse reaction threshold"),
 ("p-2020", P, "2020", "collaboration formed in 2020", "date", 2020, 2020, "year", Fa, "deal year (About section)"),
 ("p-1978", P, "1978", "Founded in 1978", "date", 1978, 1978, "year", Fa, "biogen founded (boilerplate)"),
 # ---------------- zur03_abstract (2024-02-20) ----------------
 ("a-172", A, "17.2%", "approximately 17.2%", "percent", 17.2, 17.2, "%", T, "ppd prevalence (pregnancy or after)"),
 ("a-14d", A, "14 days", "once daily for 14 days", "duration", 14, 14, "days", T, "course length"),
 ("a-two", A, "two", "summarize the two placebo", "count", 2, 2, "trials", Fa, "trial count"),
 ("a-1to1", A, "1:1", "randomized 1:1", "ratio", 1, 1, "ratio", Fa, "allocation ratio"),
 ("a-age", A, "18 to 45 years", "aged 18 to 45 years", "age", 18, 45, "years", T, "eligible age"),
 ("a-4wk", A, "4 weeks", "within 4 weeks of delivery", "duration", 4, 4, "weeks", Fa, "onset definition"),
 ("a-26", A, "26", "score of ≥26", "score", 26, 26, "points", T, "entry hamd threshold"),
 ("a-d15", A, "day 15", "total score at day 15, with", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-d45", A, "day 45", "follow-up through day 45", "duration", 45, 45, "days", Fa, "follow-up"),
 ("a-sky50", A, "50 mg", "tested zuranolone 50 mg/day", "dose", 50, 50, "mg", Fa, "skylark arm dose"),
 ("a-jan17", A, "January 2017", "between January 2017", "date", 2017, 2017, "year", T, "robin start"),
 ("a-dec18", A, "December 2018", "and December 2018", "date", 2018, 2018, "year", T, "robin end"),
 ("a-27", A, "27", "at 27 U.S. sites", "count", 27, 27, "sites", T, "robin sites"),
 ("a-rob30", A, "30 mg", "tested 30 mg/day", "dose", 30, 30, "mg", Fa, "robin arm dose"),
 ("a-50pct", A, "50%", "a ≥50% reduction", "percent", 50, 50, "%", Fa, "response definition"),
 ("a-7", A, "7", "a score of ≤7", "score", 7, 7, "points", Fa, "remission definition"),
 ("a-200", A, "200", "SKYLARK: 200 women", "count", 200, 200, "participants", T, "skylark randomized"),
 ("a-196", A, "196", "and 196 received", "count", 196, 196, "participants", T, "skylark treated"),
 ("a-n98a", A, "98", "(zuranolone n=98;", "count", 98, 98, "participants", T, "skylark zuranolone arm (treated)"),
 ("a-n98p", A, "98", "placebo n=98)", "count", 98, 98, "participants", T, "skylark placebo arm (treated)"),
 ("a-286", A, "28.6", "was 28.6", "score", 28.6, 28.6, "points", T, "baseline hamd drug"),
 ("a-288", A, "28.8", "and 28.8", "score", 28.8, 28.8, "points", T, "baseline hamd placebo"),
 ("a-d15b", A, "day 15", "At day 15 the LSM", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-156", A, "−15.6", "was −15.6", "score", -15.6, -15.6, "points", T, "skylark hamd change drug d15"),
 ("a-116", A, "−11.6", "vs −11.6", "score", -11.6, -11.6, "points", T, "skylark hamd change placebo d15"),
 ("a-40", A, "−4.0", "LSM difference −4.0", "score", -4.0, -4.0, "points", T, "skylark hamd difference d15"),
 ("a-ci1", A, "−6.3 to −1.7", "CI −6.3 to −1.7", "score", -6.3, -1.7, "points", T, "skylark difference 95% ci"),
 ("a-p1", A, "0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", Fa, "skylark p"),
 ("a-d3", A, "day 3", "significant from day 3", "duration", 3, 3, "days", Fa, "onset"),
 ("a-d28", A, "28", "at days 28 and", "duration", 28, 28, "days", Fa, "timepoint"),
 ("a-d45b", A, "45", "days 28 and 45", "duration", 45, 45, "days", Fa, "timepoint"),
 ("a-d15c", A, "day 15", "response at day 15 was 57", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-57", A, "57.0%", "was 57.0%", "percent", 57.0, 57.0, "%", T, "skylark response d15 drug"),
 ("a-389", A, "38.9%", "vs 38.9%", "percent", 38.9, 38.9, "%", T, "skylark response d15 placebo"),
 ("a-269", A, "26.9%", "remission 26.9%", "percent", 26.9, 26.9, "%", T, "skylark remission d15 drug"),
 ("a-167", A, "16.7%", "vs 16.7%", "percent", 16.7, 16.7, "%", T, "skylark remission d15 placebo"),
 ("a-196b", A, "196", "Of the 196 treated", "count", 196, 196, "participants", Fa, "skylark treated (repeat)"),
 ("a-170", A, "170", "women, 170 (86.7%)", "count", 170, 170, "participants", T, "skylark completers"),
 ("a-867", A, "86.7%", "(86.7%)", "percent", 86.7, 86.7, "%", T, "skylark completion rate"),
 ("a-45d", A, "45-day", "completed the 45-day", "duration", 45, 45, "days", Fa, "study length"),
 ("a-153", A, "153", "ROBIN: 153 women", "count", 153, 153, "participants", T, "robin randomized"),
 ("a-77", A, "77", "(zuranolone n = 77", "count", 77, 77, "participants", T, "robin zuranolone arm"),
 ("a-76", A, "76", "placebo n = 76)", "count", 76, 76, "participants", T, "robin placebo arm"),
 ("a-150", A, "150", "N = 150", "count", 150, 150, "participants", T, "robin efficacy set"),
 ("a-283", A, "28.3 years", "was 28.3 years", "age", 28.3, 28.3, "years", T, "robin mean age"),
 ("a-d15d", A, "day-15", "The day-15 LSM", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-178", A, "−17.8", "was −17.8", "score", -17.8, -17.8, "points", T, "robin hamd change drug d15"),
 ("a-136", A, "−13.6", "vs −13.6", "score", -13.6, -13.6, "points", T, "robin hamd change placebo d15"),
 ("a-42", A, "−4.2", "(difference −4.2", "score", -4.2, -4.2, "points", T, "robin hamd difference d15"),
 ("a-ci2", A, "−6.9 to −1.5", "CI −6.9 to −1.5", "score", -6.9, -1.5, "points", T, "robin difference 95% ci"),
 ("a-p2", A, ".003", "P = .003", "pvalue", 0.003, 0.003, "p", Fa, "robin p"),
 ("a-d15e", A, "day 15", "Response at day 15 was 72", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-72", A, "72.0%", "was 72.0%", "percent", 72.0, 72.0, "%", T, "robin response d15 drug"),
 ("a-48", A, "48.0%", "vs 48.0%", "percent", 48.0, 48.0, "%", T, "robin response d15 placebo"),
 ("a-45r", A, "45.0%", "remission 45.0%", "percent", 45.0, 45.0, "%", T, "robin remission d15 drug"),
 ("a-23", A, "23.0%", "vs 23.0%", "percent", 23.0, 23.0, "%", T, "robin remission d15 placebo"),
 ("a-nnt", A, "5", "treat was 5 for", "count", 5, 5, "patients", T, "robin nnt"),
 ("a-148", A, "148", "completed by 148", "count", 148, 148, "participants", T, "robin completed treatment"),
 ("a-987", A, "98.7%", "(98.7%)", "percent", 98.7, 98.7, "%", T, "robin completion rate"),
 ("a-s50", A, "50 mg", "population given 50 mg", "dose", 50, 50, "mg", Fa, "label safety population dose"),
 ("a-36", A, "36%", "occurred in 36%", "percent", 36, 36, "%", T, "somnolence drug"),
 ("a-6", A, "6%", "vs 6% on placebo", "percent", 6, 6, "%", T, "somnolence placebo"),
 ("a-14pct", A, "14%", "needed in 14%", "percent", 14, 14, "%", T, "dose reduction for ae"),
 ("a-2pct", A, "2%", "was 2% vs", "percent", 2, 2, "%", T, "discontinuation for ae drug"),
 ("a-1pct", A, "1%", "vs 1%. No loss", "percent", 1, 1, "%", T, "discontinuation for ae placebo"),
 ("a-2tr", A, "two", "Across two trials", "count", 2, 2, "trials", Fa, "trial count"),
 ("a-2do", A, "two", "and two doses", "count", 2, 2, "doses", Fa, "dose count"),
 ("a-14dc", A, "14-day", "a single 14-day course", "duration", 14, 14, "days", Fa, "course length (repeat)"),
 ("a-r4", A, "4", "by roughly 4 HAMD", "score", 4, 4, "points", Fa, "pooled difference summary"),
 ("a-d15f", A, "day 15", "placebo at day 15, with effects", "duration", 15, 15, "days", Fa, "timepoint"),
 ("a-45days", A, "45 days", "beyond 45 days", "duration", 45, 45, "days", Fa, "follow-up length"),
 ("a-6wk", A, "six weeks", "beyond six weeks", "duration", 6, 6, "weeks", Fa, "follow-up length"),
 ("a-rcv", A, "9 January 2024", "Received 9 January 2024", "date", 2024, 2024, "year", Fa, "publication metadata"),
 ("a-pub", A, "20 February 2024", "Published 20 February 2024", "date", 2024, 2024, "year", Fa, "publication metadata"),
 # ---------------- zur04_explainer (2024-05-09) ----------------
 ("e-upd", E, "May 2024", "Updated May 2024", "date", 2024, 2024, "year", Fa, "publication metadata"),
 ("e-2wk", E, "two weeks", "for just two weeks", "duration", 2, 2, "weeks", T, "course length"),
 ("e-60h", E, "60 hours", "about 60 hours", "duration", 60, 60, "hours", T, "zulresso infusion length"),
 ("e-40", E, "40 mg", "standard dose is 40 mg", "dose", 40, 40, "mg", T, "recommended dose"),
 ("e-14d", E, "14 days", "for 14 days in a row", "duration", 14, 14, "days", T, "course length"),
 ("e-15d", E, "15 days", "After 15 days", "duration", 15, 15, "days", Fa, "timepoint"),
 ("e-42", E, "4.2 points", "about 4.2 points", "score", 4.2, 4.2, "points", T, "skylark hamd difference d15"),
 ("e-57", E, "57%", "About 57%", "percent", 57, 57, "%", T, "skylark response d15 drug"),
 ("e-half", E, "half", "at least in half", "percent", 50, 50, "%", Fa, "response definition"),
 ("e-39", E, "39%", "roughly 39%", "percent", 39, 39, "%", T, "skylark response d15 placebo"),
 ("e-3d", E, "three days", "within three days", "duration", 3, 3, "days", Fa, "onset"),
 ("e-1in3", E, "one in three", "More than one in three", "percent", 33.333333, 33.333333, "%", T, "somnolence drug (lower bound)"),
 ("e-12h", E, "12 hours", "at least 12 hours", "duration", 12, 12, "hours", T, "no-driving interval"),
 ("e-14d2", E, "14 days", "for all 14 days", "duration", 14, 14, "days", Fa, "course length (repeat)"),
 ("e-14w", E, "14", "study of 14 breastfeeding", "count", 14, 14, "participants", T, "lactation study size"),
 ("e-1wk", E, "one week", "for one week after your last", "duration", 1, 1, "weeks", T, "contraception after last dose"),
 ("e-price", E, "$15,900", "list price is $15,900", "money", 15900, 15900, "USD", T, "list price per course"),
 ("e-2wkc", E, "two-week", "for the two-week course", "duration", 2, 2, "weeks", Fa, "course length"),
 ("e-dec", E, "December", "only since December", "date", 2023, 2023, "year", T, "launch date"),
 # ---------------- zur05_blog (2025-02-12) ----------------
 ("b-18mo", B, "Eighteen months", "Eighteen months of a two-week", "duration", 18, 18, "months", Fa, "headline, time since approval"),
 ("b-2wkh", B, "two-week", "months of a two-week pill", "duration", 2, 2, "weeks", Fa, "headline course length"),
 ("b-date", B, "February 12, 2025", "February 12, 2025", "date", 2025, 2025, "year", Fa, "publication metadata"),
 ("b-14eve", B, "Fourteen evenings", "Caption: Fourteen evenings", "duration", 14, 14, "days", Fa, "caption"),
 ("b-onepair", B, "one", "evenings, one capsule pair", "count", 1, 1, "pairs", Fa, "caption"),
 ("b-lastaug", B, "last August", "approved zuranolone last August", "date", 2024, 2024, "year", T, "fda approval date ppd"),
 ("b-dozen", B, "a few dozen", "have a few dozen", "count", N, N, "patients", Fa, "own patients (vague)"),
 ("b-34", B, "third or fourth", "by the third or fourth evening", "duration", 3, 4, "days", Fa, "onset in own patients"),
 ("b-d3", B, "day 3", "showed up at day 3", "duration", 3, 3, "days", Fa, "onset"),
 ("b-d45", B, "day 45", "held through day 45", "duration", 45, 45, "days", Fa, "follow-up"),
 ("b-36", B, "36%", "hit 36%", "percent", 36, 36, "%", T, "somnolence drug"),
 ("b-half", B, "half", "closer to half", "percent", 50, 50, "%", Fa, "somnolence in own clinic (anecdote)"),
 ("b-two", B, "Two", "Two of my patients", "count", 2, 2, "patients", Fa, "own patients dose-reduced"),
 ("b-price", B, "$13,400", "list price is $13,400", "money", 13400, 13400, "USD", T, "list price per course"),
 ("b-2wk", B, "two-week", "for the two-week course", "duration", 2, 2, "weeks", Fa, "course length"),
 ("b-1wk", B, "a week", "within a week once", "duration", 1, 1, "weeks", Fa, "time to access"),
 ("b-h11", B, "11", "voted 11-0", "count", 11, 11, "votes", T, "hospital p&t votes for"),
 ("b-h0", B, "0", "11-0 to stock", "count", 0, 0, "votes", T, "hospital p&t votes against"),
 ("b-oct", B, "late October", "in late October", "date", 2024, 2024, "year", T, "state medicaid panel vote date"),
 ("b-vfor", B, "seven", "voted seven to three", "count", 7, 7, "votes", T, "state medicaid panel votes for"),
 ("b-vag", B, "three", "seven to three", "count", 3, 3, "votes", T, "state medicaid panel votes against"),
 ("b-2000", B, "2,000", "about 2,000 prescriptions", "count", 2000, 2000, "prescriptions", T, "q3 2024 prescriptions shipped"),
 ("b-1400", B, "1,400", "roughly 1,400 in the second", "count", 1400, 1400, "prescriptions", T, "q2 2024 prescriptions shipped"),
 ("b-22m", B, "$22 million", "about $22 million", "money", 22e6, 22e6, "USD", T, "q3 2024 net sales (biogen-booked)"),
 ("b-200m", B, "$200 million", "like $200 million", "money", 200e6, 200e6, "USD", T, "peak sales forecast (2025 analyst)"),
 ("b-875", B, "$875 million", "Sage $875 million upfront", "money", 875e6, 875e6, "USD", T, "biogen upfront payment 2020"),
 ("b-2020", B, "2020", "upfront in 2020", "date", 2020, 2020, "year", T, "biogen deal year"),
 ("b-halfr", B, "half", "for half the rights", "percent", 50, 50, "%", Fa, "rights share"),
 ("b-lastoct", B, "Last October", "Last October Sage", "date", 2024, 2024, "year", T, "mdd development dropped"),
 ("b-60h", B, "60-hour", "the 60-hour infusion", "duration", 60, 60, "hours", T, "zulresso infusion length"),
 ("b-35k", B, "$35,000", "roughly $35,000", "money", 35000, 35000, "USD", T, "zulresso price"),
 ("b-twice", B, "twice", "exactly twice", "count", 2, 2, "times", Fa, "aside"),
 ("b-d45b", B, "day 45", "data past day 45", "duration", 45, 45, "days", Fa, "follow-up"),
 ("b-3pts", B, "three", "had three patients", "count", 3, 3, "patients", Fa, "own relapses"),
 ("b-2mo", B, "two months", "within two months", "duration", 2, 2, "months", Fa, "time to relapse"),
 ("b-cap24", B, "2024", "prescriptions, 2024.", "date", 2024, 2024, "year", Fa, "caption"),
 ("b-trip", B, "tripled", "roughly tripled", "ratio", 3, 3, "x", Fa, "caption growth"),
 ("b-3q", B, "three quarters", "over three quarters", "duration", 3, 3, "quarters", Fa, "caption"),
 ("b-rel23", B, "2023", "what the 2023 data say", "date", 2023, 2023, "year", Fa, "related link title"),
 ("b-rel2wk", B, "2-week", "at the 2-week visit", "duration", 2, 2, "weeks", Fa, "related link title"),
 # ---------------- zur06_local (2024-11-06) ----------------
 ("l-date", L, "November 6, 2024", "November 6, 2024", "date", 2024, 2024, "year", Fa, "publication metadata"),
 ("l-vfor", L, "7", "voted 7-2", "count", 7, 7, "votes", T, "state medicaid panel votes for"),
 ("l-vag", L, "2", "7-2 last", "count", 2, 2, "votes", T, "state medicaid panel votes against"),
 ("l-thu", L, "last Thursday", "last Thursday to add", "date", 2024, 2024, "year", T, "state medicaid panel vote date"),
 ("l-eoy", L, "the end of the year", "before the end of the year", "date", 2024, 2024, "year", Fa, "expected sign-off (forecast)"),
 ("l-24h", L, "24 hours", "within 24 hours", "duration", 24, 24, "hours", T, "prior-auth turnaround"),
 ("l-4in10", L, "four in ten", "roughly four in ten", "percent", 40, 40, "%", T, "oregon births paid by medicaid"),
 ("l-2wk", L, "two weeks", "nightly for two weeks", "duration", 2, 2, "weeks", T, "course length"),
 ("l-2hr", L, "two-hour", "the two-hour meeting", "duration", 2, 2, "hours", Fa, "meeting length"),
 ("l-5fig", L, "five-figure", "its five-figure list price", "money", N, N, "USD", Fa, "price (vague)"),
 ("l-8h", L, "eight hours", "at least eight hours", "duration", 8, 8, "hours", T, "no-driving interval"),
 ("l-300", L, "three hundred", "\"If three hundred", "count", 300, 300, "patients", Fa, "hypothetical in quote"),
 ("l-5m", L, "$5 million", "close to $5 million", "money", 5e6, 5e6, "USD", Fa, "hypothetical in quote"),
 ("l-fewd", L, "a few dollars", "costs a few dollars", "money", N, N, "USD", Fa, "sertraline cost (vague, quote)"),
 ("l-153", L, "153", "in which 153 women", "count", 153, 153, "participants", T, "skylark treated"),
 ("l-3d", L, "three days", "within three days", "duration", 3, 3, "days", Fa, "onset"),
 ("l-3dq", L, "three days", "bed, three days versus", "duration", 3, 3, "days", Fa, "quote"),
 ("l-6wq", L, "six weeks", "versus six weeks", "duration", 6, 6, "weeks", Fa, "quote"),
 ("l-lastwk", L, "last week", "Sage said last week", "date", 2024, 2024, "year", Fa, "as-of date of q3 report"),
 ("l-11m", L, "$11 million", "was $11 million", "money", 11e6, 11e6, "USD", T, "q3 2024 sage collaboration revenue"),
 ("l-25m", L, "$25 million", "roughly $25 million", "money", 25e6, 25e6, "USD", T, "2024 ytd sage collaboration revenue"),
 ("l-1400", L, "1,400", "about 1,400 prescriptions", "count", 1400, 1400, "prescriptions", T, "q3 2024 prescriptions shipped"),
 ("l-half", L, "half", "Sage records half", "percent", 50, 50, "%", T, "sage share of net sales"),
 ("l-1yr", L, "more than a year", "more than a year after", "duration", 1, 1, "years", Fa, "time since crl"),
 ("l-1in7", L, "one in seven", "roughly one in seven", "percent", 14.285714, 14.285714, "%", T, "ppd prevalence"),
 ("l-spring", L, "last spring", "insurance last spring", "date", 2024, 2024, "year", Fa, "anecdote date"),
 ("l-12mo", L, "12 months", "data in 12 months", "duration", 12, 12, "months", Fa, "review interval"),
 # ---------------- zur07_factcheck (2024-01-11) ----------------
 ("f-hl", F, "$15,900", "not cost $15,900 a pill", "money", 15900, 15900, "USD", Fa, "headline, negated per-pill"),
 ("f-date", F, "January 11, 2024", "January 11, 2024", "date", 2024, 2024, "year", Fa, "publication metadata"),
 ("f-postp", F, "$15,900", "\"costs $15,900 PER PILL", "money", 15900, 15900, "USD", Fa, "false post's claim (attributed)"),
 ("f-post150", F, "150", "only 150 women,\"", "count", 150, 150, "participants", Fa, "false post's claim (attributed)"),
 ("f-2wk", F, "two-week", "an entire two-week course", "duration", 2, 2, "weeks", Fa, "course length"),
 ("f-2tr", F, "two", "tested in two trials", "count", 2, 2, "trials", Fa, "trial count"),
 ("f-price", F, "$15,900", "cost of $15,900 for the complete", "money", 15900, 15900, "USD", T, "wac per course"),
 ("f-14d", F, "14-day", "complete 14-day treatment when", "duration", 14, 14, "days", Fa, "course length"),
 ("f-dec", F, "December", "on sale in December", "date", 2023, 2023, "year", T, "launch date"),
 ("f-28", F, "28", "course is 28 capsules", "count", 28, 28, "capsules", T, "capsules per course"),
 ("f-25", F, "25 mg", "capsules of 25 mg", "dose", 25, 25, "mg", Fa, "capsule strength"),
 ("f-two", F, "two", "25 mg, two taken", "count", 2, 2, "capsules", Fa, "capsules per dose"),
 ("f-568", F, "$568", "roughly $568 per capsule", "money", 568, 568, "USD", T, "price per capsule"),
 ("f-1136", F, "$1,136", "about $1,136", "money", 1136, 1136, "USD", T, "price per nightly dose"),
 ("f-nowh", F, "$15,900", "nowhere near $15,900", "money", 15900, 15900, "USD", Fa, "negated per-pill figure"),
 ("f-q150", F, "150", "The post's \"150 women\"", "count", 150, 150, "participants", Fa, "post's figure quoted"),
 ("f-2piv", F, "two", "of the two pivotal", "count", 2, 2, "trials", Fa, "trial count"),
 ("f-150", F, "150", "efficacy in 150 women", "count", 150, 150, "participants", T, "robin efficacy set"),
 ("f-30", F, "30 mg", "taking a 30 mg dose", "dose", 30, 30, "mg", Fa, "robin arm dose"),
 ("f-50", F, "50 mg", "tested a 50 mg dose", "dose", 50, 50, "mg", Fa, "skylark arm dose"),
 ("f-2trb", F, "two", "them the two trials", "count", 2, 2, "trials", Fa, "trial count"),
 ("f-350", F, "350", "about 350 women", "count", 350, 350, "participants", T, "skylark+robin treated combined"),
 ("f-d15", F, "day 15", "scores at day 15", "duration", 15, 15, "days", Fa, "timepoint"),
 ("f-6wk", F, "six weeks", "about six weeks", "duration", 6, 6, "weeks", Fa, "follow-up length"),
 ("f-aug4", F, "Aug. 4, 2023", "Zurzuvae on Aug. 4, 2023", "date", 2023, 2023, "year", T, "fda approval date ppd"),
 ("f-17it", F, "17-item", "on the 17-item", "count", 17, 17, "items", Fa, "scale definition"),
 ("f-141", F, "14.1 points", "fell 14.1 points", "score", 14.1, 14.1, "points", T, "waterfall hamd change drug d15"),
 ("f-121", F, "12.1 points", "and 12.1 points", "score", 12.1, 12.1, "points", T, "waterfall hamd change placebo d15"),
 ("f-third", F, "a third", "more than a third", "percent", 33.333333, 33.333333, "%", T, "somnolence drug (lower bound)"),
 ("f-40", F, "40 mg", "lowered to 40 mg", "dose", 40, 40, "mg", T, "reduced dose if drowsy"),
 ("f-60h", F, "60-hour", "requires a 60-hour", "duration", 60, 60, "hours", T, "zulresso infusion length"),
 ("f-src1", F, "Aug. 4, 2023", "news release (Aug. 4, 2023)", "date", 2023, 2023, "year", Fa, "source list"),
 ("f-src2", F, "Dec. 14, 2023", "(Dec. 14, 2023)", "date", 2023, 2023, "year", Fa, "source list"),
 ("f-src3", F, "2021", "JAMA Psychiatry (2021)", "date", 2021, 2021, "year", Fa, "source list"),
 ("f-src4", F, "2023", "Psychiatry (2023)", "date", 2023, 2023, "year", Fa, "source list"),
]

STRICT = [
 # S1 recommended dose 50 mg vs "standard dose is 40 mg"
 ("e-40", "w-dose"), ("e-40", "p-dose50"),
 # S2 list price per course $15,900 vs $13,400
 ("b-price", "p-price"), ("b-price", "e-price"), ("b-price", "f-price"),
 # S3 SKYLARK treated 196 vs 153 (ROBIN's randomized count)
 ("l-153", "w-skyn"), ("l-153", "a-196"),
 # S4 FDA approval year 2023 vs "last August" in a Feb 2025 post (= 2024)
 ("b-lastaug", "w-fri"), ("b-lastaug", "f-aug4"), ("b-lastaug", "p-aug"),
 # S5 SKYLARK LS-mean difference 4.0 vs 4.2 (ROBIN's figure)
 ("e-42", "a-40"), ("e-42", "w-40"),
 # S6 no-driving interval 12 h vs 8 h
 ("l-8h", "p-12h"), ("l-8h", "e-12h"),
 # S7 Biogen upfront $875M vs $785M
 ("w-785", "b-875"),
 # S8 WATERFALL placebo change 12.3 vs 12.1
 ("f-121", "w-wf123"),
 # S9 Q3 2024 prescriptions ~2,000 vs 1,400 (Q2 figure)
 ("l-1400", "b-2000"),
 # S10 state Medicaid panel votes against 2 vs 3
 ("b-vag", "l-vag"),
]
QUALIFIED = [
 # SKYLARK denominators
 ("l-153", "a-200"), ("l-153", "a-196b"), ("p-n97", "a-n98p"),
 # ROBIN randomized vs efficacy set
 ("a-153", "w-rob150"), ("a-153", "f-150"),
 # Sage's 50% collaboration revenue vs total net sales
 ("l-11m", "b-22m"),
 # Zulresso price, two approximations
 ("w-34k", "b-35k"),
 # PPD prevalence estimates from different sources/definitions
 ("p-1in8", "w-1in7"), ("p-1in8", "l-1in7"), ("a-172", "w-1in7"), ("a-172", "l-1in7"), ("a-172", "p-1in8"),
 # the wrong "standard dose" vs trial-arm / safety-population 50 mg labels
 ("e-40", "w-sky50"), ("e-40", "p-arm50"), ("e-40", "p-s50"), ("e-40", "a-sky50"), ("e-40", "a-s50"), ("e-40", "f-50"),
 # repeats of strict claims (optional) paired with the wrong value
 ("b-lastaug", "w-aug4"), ("b-lastaug", "f-src1"), ("b-price", "p-price1"),
]

def main():
    texts = {}
    rows, ids = [], set()
    errors = 0
    for (cid, doc, span, ctx, kind, lo, hi, unit, req, topic) in C:
        if doc not in texts:
            texts[doc] = (DOCS / doc).read_text(encoding="utf-8")
        t = texts[doc]
        assert cid not in ids, cid
        ids.add(cid)
        ms = list(re.finditer(rx(ctx), t))
        if len(ms) != 1:
            print(f"ERROR {cid}: context {ctx!r} found {len(ms)} times in {doc}"); errors += 1; continue
        m = ms[0]
        sm = re.search(rx(span), t[m.start():m.end()])
        if not sm:
            print(f"ERROR {cid}: span {span!r} not in context"); errors += 1; continue
        s, e = m.start() + sm.start(), m.start() + sm.end()
        if t[s:e] != span:
            print(f"ERROR {cid}: slice {t[s:e]!r} != span {span!r}"); errors += 1; continue
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e, "span": t[s:e], "kind": kind,
                     "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    # overlapping spans within a doc?
    byd = {}
    for r in rows:
        byd.setdefault(r["doc"], []).append(r)
    for d, rs in byd.items():
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                print(f"ERROR overlap {x['id']} {y['id']}"); errors += 1
    docof = {r["id"]: r["doc"] for r in rows}
    conf = []
    seen = set()
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            for x in (a, b):
                if x not in docof:
                    print(f"ERROR conflict refers to unknown claim {x}"); errors += 1
            if a in docof and b in docof and docof[a] == docof[b]:
                print(f"ERROR same-doc conflict {a} {b}"); errors += 1
            k = frozenset((a, b))
            if k in seen:
                print(f"ERROR duplicate pair {a} {b}"); errors += 1
            seen.add(k)
            conf.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    if errors:
        sys.exit(f"{errors} errors")
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {req}, optional {len(rows)-req}); "
          f"conflicts strict {len(STRICT)}, qualified {len(QUALIFIED)} -> {OUT.name}")

if __name__ == "__main__":
    main()
