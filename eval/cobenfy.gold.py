#!/usr/bin/env python3
"""Build cobenfy.gold.jsonl from the articles in cobenfy/.

Each claim is located by a context string that must occur exactly once in its
article; the span is the n-th occurrence of `span` inside that context. Every
span is checked against the article slice (offsets are Unicode code points of
the text read as UTF-8).
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "cobenfy")
OUT = os.path.join(HERE, "cobenfy.gold.jsonl")

DOCS = {
    "c1": "cob01_wire.txt",
    "c2": "cob02_press.txt",
    "c3": "cob03_abstract.txt",
    "c4": "cob04_explainer.txt",
    "c5": "cob05_blog.txt",
    "c6": "cob06_local.txt",
    "c7": "cob07_factcheck.txt",
}
TEXT = {k: open(os.path.join(TOPIC, v), encoding="utf-8").read() for k, v in DOCS.items()}

B = 1e9
M = 1e6
T, F = True, False

# (id, doc, context, span, nth-in-context, kind, low, high, unit, required, topic)
C = [
    # ---------------- cob01 wire (2024-09-26) ----------------
    ("c1-dateline", "c1", "WASHINGTON, Sept 26", "Sept 26", 0, "date", 2024, 2024, "year", F, "dateline (publication metadata)"),
    ("c1-thu", "c1", "on Thursday approved", "Thursday", 0, "date", 2024, 2024, "year", T, "fda approval date"),
    ("c1-deal", "c1", "$14 billion takeover", "$14 billion", 0, "money", 14 * B, 14 * B, "USD", T, "karuna acquisition value"),
    ("c1-dealdt", "c1", "December of last year", "December of last year", 0, "date", 2023, 2023, "year", T, "karuna deal agreed"),
    ("c1-two", "c1", "on two five-week", "two", 0, "count", 2, 2, "trials", F, "number of pivotal trials"),
    ("c1-5wk", "c1", "two five-week", "five-week", 0, "duration", 5, 5, "weeks", F, "trial duration"),
    ("c1-30item", "c1", "30-item", "30-item", 0, "count", 30, 30, "items", F, "panss items (definitional)"),
    ("c1-e2drug", "c1", "by 21.2 points", "21.2 points", 0, "score", 21.2, 21.2, "points", T, "emergent-2 panss change drug arm wk5"),
    ("c1-e2pbo", "c1", "by 11.6 points", "11.6 points", 0, "score", 11.6, 11.6, "points", T, "emergent-2 panss change placebo arm wk5"),
    ("c1-wk5", "c1", "by week 5", "week 5", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c1-e2diff", "c1", "a gap of 9.6 points", "9.6 points", 0, "score", 9.6, 9.6, "points", T, "emergent-2 panss difference vs placebo"),
    ("c1-30yr", "c1", "more than 30 years", "more than 30 years", 0, "duration", 30, 30, "years", F, "time since last new approach (ceo statement)"),
    ("c1-launch", "c1", "in late October", "late October", 0, "date", 2024, 2024, "year", T, "launch date"),
    ("c1-month", "c1", "$1,850 a month", "$1,850", 0, "money", 1850, 1850, "USD", T, "list price per month"),
    ("c1-year", "c1", "$22,500 a year", "$22,500", 0, "money", 22500, 22500, "USD", T, "list price per year"),
    ("c1-icer", "c1", "$16,000 to $20,000", "$16,000 to $20,000", 0, "money", 16000, 20000, "USD", T, "icer cost-effective price benchmark per year"),
    ("c1-icermar", "c1", "said in March", "March", 0, "date", 2024, 2024, "year", F, "icer final report date"),
    ("c1-icerfeb", "c1", "meeting in February", "February", 0, "date", 2024, 2024, "year", T, "icer public meeting date"),
    ("c1-vfor", "c1", "voted 10-2", "10", 0, "count", 10, 10, "votes", T, "icer panel votes: evidence not adequate vs aripiprazole (for)"),
    ("c1-vagn", "c1", "voted 10-2", "2", 0, "count", 2, 2, "votes", T, "icer panel votes: evidence not adequate vs aripiprazole (against)"),
    ("c1-x50", "c1", "50 mg of xanomeline", "50 mg", 0, "dose", 50, 50, "mg", T, "starting dose xanomeline"),
    ("c1-t20", "c1", "20 mg of trospium", "20 mg", 0, "dose", 20, 20, "mg", T, "starting dose trospium"),
    ("c1-2d", "c1", "at least two days", "two days", 0, "duration", 2, 2, "days", T, "starting dose minimum duration"),
    ("c1-x100", "c1", "step up to 100 mg/20 mg", "100 mg", 0, "dose", 100, 100, "mg", T, "second-step dose xanomeline"),
    ("c1-t20b", "c1", "step up to 100 mg/20 mg", "20 mg", 0, "dose", 20, 20, "mg", T, "second-step dose trospium"),
    ("c1-x125", "c1", "125 mg/30 mg", "125 mg", 0, "dose", 125, 125, "mg", T, "maximum dose xanomeline"),
    ("c1-t30", "c1", "125 mg/30 mg", "30 mg", 0, "dose", 30, 30, "mg", T, "maximum dose trospium"),
    ("c1-prev", "c1", "About 2.8 million Americans", "2.8 million", 0, "count", 2.8 * M, 2.8 * M, "people", T, "us people with schizophrenia"),
    ("c1-treated", "c1", "Roughly 1.6 million", "1.6 million", 0, "count", 1.6 * M, 1.6 * M, "people", T, "us people treated for schizophrenia"),
    ("c1-stop", "c1", "three in four", "three in four", 0, "percent", 75, 75, "%", T, "treated patients stopping medicine within 18 months"),
    ("c1-18mo", "c1", "within 18 months", "18 months", 0, "duration", 18, 18, "months", F, "timepoint"),
    ("c1-hyp10", "c1", "one in ten treated", "one in ten", 0, "percent", 10, 10, "%", F, "hypothetical uptake (analyst quote)"),
    ("c1-hyp", "c1", "more than $3.5 billion", "$3.5 billion", 0, "money", 3.5 * B, 3.5 * B, "USD", F, "hypothetical annual sales (analyst quote)"),
    ("c1-shares", "c1", "closed up 4%", "4%", 0, "percent", 4, 4, "%", T, "bms share move on approval day"),

    # ---------------- cob02 press release (2023-03-20) ----------------
    ("c2-dateline", "c2", "BOSTON, March 20, 2023", "March 20, 2023", 0, "date", 2023, 2023, "year", F, "release date (metadata)"),
    ("c2-n", "c2", "randomized 256 adults", "256", 0, "count", 256, 256, "participants", T, "emergent-3 randomized"),
    ("c2-5wk", "c2", "for five weeks", "five weeks", 0, "duration", 5, 5, "weeks", F, "trial duration"),
    ("c2-e3drug", "c2", "reduction of 20.6 points", "20.6 points", 0, "score", 20.6, 20.6, "points", T, "emergent-3 panss change drug arm wk5"),
    ("c2-wk5a", "c2", "total score at Week 5", "Week 5", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c2-e3pbo", "c2", "with 12.2 points", "12.2 points", 0, "score", 12.2, 12.2, "points", T, "emergent-3 panss change placebo arm wk5"),
    ("c2-e3diff", "c2", "difference of 8.4 points", "8.4 points", 0, "score", 8.4, 8.4, "points", T, "emergent-3 panss difference vs placebo"),
    ("c2-p", "c2", "(p<0.0001)", "p<0.0001", 0, "pvalue", 0.0001, 0.0001, "p", F, "emergent-3 primary p-value"),
    ("c2-d3", "c2", "(Cohen's d) of 0.60", "0.60", 0, "effect_size", 0.60, 0.60, "d", T, "emergent-3 effect size"),
    ("c2-wk2", "c2", "from Week 2 onward", "Week 2", 0, "duration", 2, 2, "weeks", F, "onset timepoint"),
    ("c2-pos", "c2", "3.5-point reduction", "3.5-point", 0, "score", 3.5, 3.5, "points", T, "emergent-3 panss positive subscale difference"),
    ("c2-posd", "c2", "(-7.1 vs. -3.6)", "-7.1", 0, "score", -7.1, -7.1, "points", T, "emergent-3 panss positive change drug"),
    ("c2-posp", "c2", "(-7.1 vs. -3.6)", "-3.6", 0, "score", -3.6, -3.6, "points", T, "emergent-3 panss positive change placebo"),
    ("c2-wk5b", "c2", "significance at Week 5", "Week 5", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c2-wk4", "c2", "significant at Week 4", "Week 4", 0, "duration", 4, 4, "weeks", F, "timepoint"),
    ("c2-arms", "c2", "between the two arms", "two", 0, "count", 2, 2, "arms", F, "number of arms (definitional)"),
    ("c2-e2date", "c2", "reported last August", "last August", 0, "date", 2022, 2022, "year", T, "emergent-2 topline date"),
    ("c2-e2n", "c2", "that 252-patient trial", "252", 0, "count", 252, 252, "participants", T, "emergent-2 randomized"),
    ("c2-e2diff", "c2", "a 9.6-point reduction", "9.6-point", 0, "score", 9.6, 9.6, "points", T, "emergent-2 panss difference vs placebo"),
    ("c2-d2", "c2", "(Cohen's d 0.61)", "0.61", 0, "effect_size", 0.61, 0.61, "d", T, "emergent-2 effect size"),
    ("c2-e1n", "c2", "trial of 182 patients", "182", 0, "count", 182, 182, "participants", T, "emergent-1 randomized"),
    ("c2-e1diff", "c2", "reduction was 11.6 points", "11.6 points", 0, "score", 11.6, 11.6, "points", T, "emergent-1 panss difference vs placebo"),
    ("c2-d1", "c2", "(Cohen's d 0.75)", "0.75", 0, "effect_size", 0.75, 0.75, "d", T, "emergent-1 effect size"),
    ("c2-three", "c2", "\"Three consistent", "Three", 0, "count", 3, 3, "trials", F, "number of positive trials (quote)"),
    ("c2-nda", "c2", "Application in mid-2023", "mid-2023", 0, "date", 2023, 2023, "year", T, "planned nda submission"),
    ("c2-three2", "c2", "from all three trials", "three", 0, "count", 3, 3, "trials", F, "number of trials in nda"),
    ("c2-launch", "c2", "second half of 2024", "second half of 2024", 0, "date", 2024, 2024, "year", T, "anticipated launch (forecast)"),

    # ---------------- cob03 structured abstract (2024-08-12) ----------------
    ("c3-pdufa", "c3", "26 September 2024", "26 September 2024", 0, "date", 2024, 2024, "year", T, "expected fda decision date (pdufa)"),
    ("c3-5wk", "c3", "placebo-controlled, 5-week", "5-week", 0, "duration", 5, 5, "weeks", F, "trial duration"),
    ("c3-age", "c3", "aged 18–65 years", "18–65 years", 0, "age", 18, 65, "years", T, "emergent eligible age"),
    ("c3-panss80", "c3", "PANSS total score of 80 or more", "80", 0, "score", 80, 80, "points", T, "emergent panss entry threshold"),
    ("c3-cgi", "c3", "CGI-S score of 4 or more", "4", 0, "score", 4, 4, "points", F, "cgi-s entry threshold"),
    ("c3-ratio", "c3", "assigned 1:1", "1:1", 0, "ratio", 1, 1, "ratio", F, "allocation ratio"),
    ("c3-x50", "c3", "xanomeline 50 mg/", "50 mg", 0, "dose", 50, 50, "mg", T, "starting dose xanomeline"),
    ("c3-t20", "c3", "trospium 20 mg twice", "20 mg", 0, "dose", 20, 20, "mg", T, "starting dose trospium"),
    ("c3-d12", "c3", "days 1–2", "days 1–2", 0, "duration", 1, 2, "days", F, "titration schedule"),
    ("c3-x100", "c3", "then 100 mg/20 mg", "100 mg", 0, "dose", 100, 100, "mg", T, "second-step dose xanomeline"),
    ("c3-t20b", "c3", "then 100 mg/20 mg", "20 mg", 0, "dose", 20, 20, "mg", T, "second-step dose trospium"),
    ("c3-d37", "c3", "days 3–7", "days 3–7", 0, "duration", 3, 7, "days", F, "titration schedule"),
    ("c3-x125", "c3", "125 mg/30 mg", "125 mg", 0, "dose", 125, 125, "mg", T, "maximum dose xanomeline"),
    ("c3-t30", "c3", "125 mg/30 mg", "30 mg", 0, "dose", 30, 30, "mg", T, "maximum dose trospium"),
    ("c3-d8", "c3", "from day 8", "day 8", 0, "duration", 8, 8, "days", F, "titration schedule"),
    ("c3-sites", "c3", "at 22 inpatient", "22", 0, "count", 22, 22, "sites", T, "emergent-2 sites"),
    ("c3-e2n", "c3", "(N = 252;", "252", 0, "count", 252, 252, "participants", T, "emergent-2 randomized"),
    ("c3-perarm", "c3", "126 per arm", "126", 0, "count", 126, 126, "participants", T, "emergent-2 randomized per arm"),
    ("c3-e3n", "c3", "(N = 256)", "256", 0, "count", 256, 256, "participants", T, "emergent-3 randomized"),
    ("c3-m2a", "c3", "n=117 active", "117", 0, "count", 117, 117, "participants", T, "emergent-2 mitt drug arm"),
    ("c3-m2p", "c3", "n=119", "119", 0, "count", 119, 119, "participants", T, "emergent-2 mitt placebo arm"),
    ("c3-m3a", "c3", "n=114 active", "114", 0, "count", 114, 114, "participants", T, "emergent-3 mitt drug arm"),
    ("c3-m3p", "c3", "n=120 placebo", "120", 0, "count", 120, 120, "participants", T, "emergent-3 mitt placebo arm"),
    ("c3-wk5", "c3", "from baseline to week 5", "week 5", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c3-e2drug", "c3", "change −21.2 points", "−21.2", 0, "score", -21.2, -21.2, "points", T, "emergent-2 panss change drug arm wk5"),
    ("c3-e2pbo", "c3", "vs −11.6 with placebo", "−11.6", 0, "score", -11.6, -11.6, "points", T, "emergent-2 panss change placebo arm wk5"),
    ("c3-e2diff", "c3", "difference −9.6", "−9.6", 0, "score", -9.6, -9.6, "points", T, "emergent-2 panss difference vs placebo"),
    ("c3-e2ci", "c3", "−13.9 to −5.2", "−13.9 to −5.2", 0, "score", -13.9, -5.2, "points", T, "emergent-2 difference 95% ci"),
    ("c3-e2p", "c3", "P<0.0001", "P<0.0001", 0, "pvalue", 0.0001, 0.0001, "p", F, "emergent-2 p-value"),
    ("c3-d2", "c3", "Cohen's d 0.61", "0.61", 0, "effect_size", 0.61, 0.61, "d", T, "emergent-2 effect size"),
    ("c3-e3drug", "c3", "EMERGENT-3: −20.6", "−20.6", 0, "score", -20.6, -20.6, "points", T, "emergent-3 panss change drug arm wk5"),
    ("c3-e3pbo", "c3", "vs −12.2;", "−12.2", 0, "score", -12.2, -12.2, "points", T, "emergent-3 panss change placebo arm wk5"),
    ("c3-e3diff", "c3", "difference −8.4", "−8.4", 0, "score", -8.4, -8.4, "points", T, "emergent-3 panss difference vs placebo"),
    ("c3-e3ci", "c3", "−12.4 to −4.3", "−12.4 to −4.3", 0, "score", -12.4, -4.3, "points", T, "emergent-3 difference 95% ci"),
    ("c3-e3p", "c3", "P<0.001)", "P<0.001", 0, "pvalue", 0.001, 0.001, "p", F, "emergent-3 p-value"),
    ("c3-d3", "c3", "Cohen's d 0.60", "0.60", 0, "effect_size", 0.60, 0.60, "d", T, "emergent-3 effect size"),
    ("c3-wk2", "c3", "began at week 2", "week 2", 0, "duration", 2, 2, "weeks", F, "onset timepoint"),
    ("c3-con-a", "c3", "constipation (21% vs 10%)", "21%", 0, "percent", 21, 21, "%", T, "emergent-2 constipation drug"),
    ("c3-con-p", "c3", "constipation (21% vs 10%)", "10%", 0, "percent", 10, 10, "%", T, "emergent-2 constipation placebo"),
    ("c3-dys-a", "c3", "dyspepsia (19% vs 8%)", "19%", 0, "percent", 19, 19, "%", T, "emergent-2 dyspepsia drug"),
    ("c3-dys-p", "c3", "dyspepsia (19% vs 8%)", "8%", 0, "percent", 8, 8, "%", T, "emergent-2 dyspepsia placebo"),
    ("c3-nau-a", "c3", "nausea (19% vs 6%)", "19%", 0, "percent", 19, 19, "%", T, "emergent-2 nausea drug"),
    ("c3-nau-p", "c3", "nausea (19% vs 6%)", "6%", 0, "percent", 6, 6, "%", T, "emergent-2 nausea placebo"),
    ("c3-vom-a", "c3", "vomiting (14% vs 1%)", "14%", 0, "percent", 14, 14, "%", T, "emergent-2 vomiting drug"),
    ("c3-vom-p", "c3", "vomiting (14% vs 1%)", "1%", 0, "percent", 1, 1, "%", T, "emergent-2 vomiting placebo"),
    ("c3-htn-a", "c3", "hypertension (10% vs 1%)", "10%", 0, "percent", 10, 10, "%", T, "emergent-2 hypertension drug"),
    ("c3-htn-p", "c3", "hypertension (10% vs 1%)", "1%", 0, "percent", 1, 1, "%", T, "emergent-2 hypertension placebo"),
    ("c3-dc3a", "c3", "6.4% of the xanomeline", "6.4%", 0, "percent", 6.4, 6.4, "%", T, "emergent-3 discontinuation due to AEs drug"),
    ("c3-dc3p", "c3", "5.5% of the placebo", "5.5%", 0, "percent", 5.5, 5.5, "%", T, "emergent-3 discontinuation due to AEs placebo"),
    ("c3-range", "c3", "roughly 8 to 10 points", "8 to 10 points", 0, "score", 8, 10, "points", T, "placebo-adjusted benefit across trials (summary)"),
    ("c3-twotr", "c3", "Two adequately powered", "Two", 0, "count", 2, 2, "trials", F, "number of trials summarized"),
    ("c3-52wk", "c3", "52-week open-label", "52-week", 0, "duration", 52, 52, "weeks", F, "extension duration"),

    # ---------------- cob04 explainer (2024-11-18) ----------------
    ("c4-upd", "c4", "Updated November 18, 2024", "November 18, 2024", 0, "date", 2024, 2024, "year", F, "update date (metadata)"),
    ("c4-two", "c4", "combines two medicines", "two", 0, "count", 2, 2, "medicines", F, "components (definitional)"),
    ("c4-appr", "c4", "approved it in September 2024", "September 2024", 0, "date", 2024, 2024, "year", T, "fda approval date"),
    ("c4-30item", "c4", "30-item", "30-item", 0, "count", 30, 30, "items", F, "panss items (definitional)"),
    ("c4-e2diff", "c4", "improved by 9.6 points", "9.6 points", 0, "score", 9.6, 9.6, "points", T, "emergent-2 panss difference vs placebo"),
    ("c4-5wk", "c4", "after five weeks", "five weeks", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c4-e3diff", "c4", "was again 9.6 points", "9.6 points", 0, "score", 9.6, 9.6, "points", T, "emergent-3 panss difference vs placebo (planted: emergent-2's figure)"),
    ("c4-wk2", "c4", "by the second week", "second week", 0, "duration", 2, 2, "weeks", F, "onset timepoint"),
    ("c4-nausea", "c4", "nearly one in five", "one in five", 0, "percent", 20, 20, "%", T, "emergent-2 nausea drug"),
    ("c4-dc3a", "c4", "5.5% of people taking", "5.5%", 0, "percent", 5.5, 5.5, "%", T, "emergent-3 discontinuation due to AEs drug (planted: arms swapped)"),
    ("c4-dc3p", "c4", "6.4% of people on placebo", "6.4%", 0, "percent", 6.4, 6.4, "%", T, "emergent-3 discontinuation due to AEs placebo (planted: arms swapped)"),
    ("c4-1h", "c4", "at least one hour", "one hour", 0, "duration", 1, 1, "hours", T, "take before meal"),
    ("c4-2h", "c4", "at least two hours", "two hours", 0, "duration", 2, 2, "hours", T, "take after meal"),
    ("c4-x50", "c4", "at 50 mg/20 mg", "50 mg", 0, "dose", 50, 50, "mg", T, "starting dose xanomeline"),
    ("c4-t20", "c4", "at 50 mg/20 mg", "20 mg", 0, "dose", 20, 20, "mg", T, "starting dose trospium"),
    ("c4-2d", "c4", "for at least two days", "two days", 0, "duration", 2, 2, "days", T, "starting dose minimum duration"),
    ("c4-x100", "c4", "dose to 100 mg/20 mg", "100 mg", 0, "dose", 100, 100, "mg", T, "second-step dose xanomeline"),
    ("c4-t20b", "c4", "dose to 100 mg/20 mg", "20 mg", 0, "dose", 20, 20, "mg", T, "second-step dose trospium"),
    ("c4-5d", "c4", "at least five days", "five days", 0, "duration", 5, 5, "days", T, "second-step minimum duration"),
    ("c4-x125", "c4", "125 mg/30 mg", "125 mg", 0, "dose", 125, 125, "mg", T, "maximum dose xanomeline"),
    ("c4-t30", "c4", "125 mg/30 mg", "30 mg", 0, "dose", 30, 30, "mg", T, "maximum dose trospium"),
    ("c4-gx100", "c4", "maximum is 100 mg/20 mg", "100 mg", 0, "dose", 100, 100, "mg", T, "older adults maximum dose xanomeline"),
    ("c4-gt20", "c4", "maximum is 100 mg/20 mg", "20 mg", 0, "dose", 20, 20, "mg", T, "older adults maximum dose trospium"),
    ("c4-month", "c4", "$1,850 for a month", "$1,850", 0, "money", 1850, 1850, "USD", T, "list price per month"),
    ("c4-year", "c4", "about $22,500 a year", "$22,500", 0, "money", 22500, 22500, "USD", T, "list price per year"),
    ("c4-cap", "c4", "roughly $31 per capsule", "$31", 0, "money", 31, 31, "USD", T, "list price per capsule"),
    ("c4-fall", "c4", "this fall", "this fall", 0, "date", 2024, 2024, "year", F, "as-of date for coverage"),
    ("c4-vfor", "c4", "voted 9 to 3", "9", 0, "count", 9, 9, "votes", T, "icer panel votes: evidence not adequate vs aripiprazole (for) (planted)"),
    ("c4-vagn", "c4", "voted 9 to 3", "3", 0, "count", 3, 3, "votes", T, "icer panel votes: evidence not adequate vs aripiprazole (against) (planted)"),
    ("c4-icer", "c4", "$16,000 to $20,000", "$16,000 to $20,000", 0, "money", 16000, 20000, "USD", T, "icer cost-effective price benchmark per year"),
    ("c4-prev", "c4", "about 3.9 million", "3.9 million", 0, "count", 3.9 * M, 3.9 * M, "people", T, "us people with schizophrenia"),
    ("c4-arise", "c4", "are expected in 2025", "2025", 0, "date", 2025, 2025, "year", T, "arise results expected (forecast)"),

    # ---------------- cob05 blog (2025-05-06) ----------------
    ("c5-title6", "c5", "Six months of Cobenfy", "Six months", 0, "duration", 6, 6, "months", F, "headline"),
    ("c5-date", "c5", "May 6, 2025", "May 6, 2025", 0, "date", 2025, 2025, "year", F, "byline date (metadata)"),
    ("c5-launch", "c5", "pharmacies in late October", "late October", 0, "date", 2024, 2024, "year", F, "launch date (caption)"),
    ("c5-eleven", "c5", "eleven patients", "eleven", 0, "count", 11, 11, "patients", F, "author's own patients (aside)"),
    ("c5-e2drug", "c5", "fell 21.2 points", "21.2 points", 0, "score", 21.2, 21.2, "points", T, "emergent-2 panss change drug arm wk5"),
    ("c5-e2pbo", "c5", "and 16.1 points on placebo", "16.1 points", 0, "score", 16.1, 16.1, "points", T, "emergent-2 panss change placebo arm wk5 (planted transposition of 11.6)"),
    ("c5-5wk", "c5", "over five weeks", "five weeks", 0, "duration", 5, 5, "weeks", F, "timepoint"),
    ("c5-half", "c5", "half a year later", "half a year", 0, "duration", 0.5, 0.5, "years", F, "aside"),
    ("c5-three", "c5", "all three acute trials", "three", 0, "count", 3, 3, "trials", F, "trials pooled"),
    ("c5-feb", "c5", "published in February", "February", 0, "date", 2025, 2025, "year", F, "pooled analysis publication date"),
    ("c5-n", "c5", "(683 participants)", "683", 0, "count", 683, 683, "participants", T, "pooled safety population"),
    ("c5-nau-a", "c5", "Nausea hit 18.5%", "18.5%", 0, "percent", 18.5, 18.5, "%", T, "pooled nausea drug"),
    ("c5-nau-p", "c5", "versus 3.8% on placebo", "3.8%", 0, "percent", 3.8, 3.8, "%", T, "pooled nausea placebo"),
    ("c5-vom-a", "c5", "vomiting 13.5%", "13.5%", 0, "percent", 13.5, 13.5, "%", T, "pooled vomiting drug"),
    ("c5-vom-p", "c5", "13.5% versus 1.7%", "1.7%", 0, "percent", 1.7, 1.7, "%", T, "pooled vomiting placebo"),
    ("c5-con-a", "c5", "constipation 17.1%", "17.1%", 0, "percent", 17.1, 17.1, "%", T, "pooled constipation drug"),
    ("c5-con-p", "c5", "17.1% versus 6.1%", "6.1%", 0, "percent", 6.1, 6.1, "%", T, "pooled constipation placebo"),
    ("c5-dc-a", "c5", "27.6% of the active", "27.6%", 0, "percent", 27.6, 27.6, "%", T, "pooled discontinuation any reason drug"),
    ("c5-dc-p", "c5", "22.7% of the placebo", "22.7%", 0, "percent", 22.7, 22.7, "%", T, "pooled discontinuation any reason placebo"),
    ("c5-fortn", "c5", "in the first fortnight", "first fortnight", 0, "duration", 2, 2, "weeks", F, "aside (own series)"),
    ("c5-two", "c5", "two patients stopped", "two", 0, "count", 2, 2, "patients", F, "aside (own series)"),
    ("c5-lastmo", "c5", "Last month Bristol", "Last month", 0, "date", 2025, 2025, "year", T, "arise topline date"),
    ("c5-arise", "c5", "by 3.4 points more", "3.4 points", 0, "score", 3.4, 3.4, "points", T, "arise panss difference overall (planted: subgroup figure)"),
    ("c5-wk6", "c5", "at week 6", "week 6", 0, "duration", 6, 6, "weeks", F, "timepoint"),
    ("c5-p", "c5", "(P = 0.11)", "P = 0.11", 0, "pvalue", 0.11, 0.11, "p", F, "arise p-value"),
    ("c5-price", "c5", "$1,580 a month", "$1,580", 0, "money", 1580, 1580, "USD", T, "list price per month (planted transposition)"),
    ("c5-q1", "c5", "booked $72 million", "$72 million", 0, "money", 72 * M, 72 * M, "USD", T, "cobenfy net sales q1 2025 (planted transposition)"),
    ("c5-rx", "c5", "around 1,000 at", "1,000", 0, "count", 1000, 1000, "prescriptions per week", T, "weekly prescriptions end of january 2025"),
    ("c5-jan", "c5", "end of January", "end of January", 0, "date", 2025, 2025, "year", F, "as-of date"),
    ("c5-peak", "c5", "close to $8 billion", "$8 billion", 0, "money", 8 * B, 8 * B, "USD", T, "peak annual sales forecast (leerink, 2025)"),

    # ---------------- cob06 local business news (2025-04-25) ----------------
    ("c6-date", "c6", "April 25, 2025", "April 25, 2025", 0, "date", 2025, 2025, "year", F, "byline date (metadata)"),
    ("c6-tue", "c6", "On Tuesday the company", "Tuesday", 0, "date", 2025, 2025, "year", T, "arise topline date"),
    ("c6-6wk", "c6", "a six-week Phase 3", "six-week", 0, "duration", 6, 6, "weeks", F, "trial duration"),
    ("c6-panss70", "c6", "PANSS score of at least 70", "70", 0, "score", 70, 70, "points", T, "arise panss entry threshold"),
    ("c6-arise", "c6", "fall 2.0 points more", "2.0 points", 0, "score", 2.0, 2.0, "points", T, "arise panss difference overall"),
    ("c6-wk6", "c6", "at week six", "week six", 0, "duration", 6, 6, "weeks", F, "timepoint"),
    ("c6-p1", "c6", "(P = 0.11)", "P = 0.11", 0, "pvalue", 0.11, 0.11, "p", F, "arise p-value"),
    ("c6-sub", "c6", "a 3.4-point advantage", "3.4-point", 0, "score", 3.4, 3.4, "points", T, "arise non-risperidone subgroup difference"),
    ("c6-p2", "c6", "(p = 0.03)", "p = 0.03", 0, "pvalue", 0.03, 0.03, "p", F, "subgroup p-value"),
    ("c6-52wk", "c6", "a 52-week open-label", "52-week", 0, "duration", 52, 52, "weeks", F, "extension duration"),
    ("c6-2days", "c6", "Two days later", "Two days", 0, "duration", 2, 2, "days", F, "narrative interval"),
    ("c6-thu", "c6", "later, on Thursday", "Thursday", 0, "date", 2025, 2025, "year", F, "earnings report date"),
    ("c6-q1", "c6", "reached $27 million", "$27 million", 0, "money", 27 * M, 27 * M, "USD", T, "cobenfy net sales q1 2025"),
    ("c6-exp", "c6", "roughly $17 million", "$17 million", 0, "money", 17 * M, 17 * M, "USD", T, "analyst expectation q1 2025"),
    ("c6-q4", "c6", "from $10 million", "$10 million", 0, "money", 10 * M, 10 * M, "USD", T, "cobenfy net sales q4 2024"),
    ("c6-lastyr", "c6", "quarter of last year", "last year", 0, "date", 2024, 2024, "year", F, "period qualifier"),
    ("c6-launch", "c6", "late-October launch", "late-October", 0, "date", 2024, 2024, "year", T, "launch date"),
    ("c6-cum", "c6", "launch to $37 million", "$37 million", 0, "money", 37 * M, 37 * M, "USD", T, "cumulative sales since launch"),
    ("c6-rx", "c6", "stood at 1,655", "1,655", 0, "count", 1655, 1655, "prescriptions per week", T, "weekly prescriptions april 2025"),
    ("c6-apr11", "c6", "as of April 11", "April 11", 0, "date", 2025, 2025, "year", F, "as-of date"),
    ("c6-guidey", "c6", "its 2025 revenue", "2025", 0, "date", 2025, 2025, "year", F, "guidance year"),
    ("c6-guide", "c6", "$45.8 billion and $46.8 billion", "$45.8 billion and $46.8 billion", 0, "money", 45.8 * B, 46.8 * B, "USD", T, "bms 2025 revenue guidance"),
    ("c6-appr", "c6", "approved in September 2023", "September 2023", 0, "date", 2023, 2023, "year", T, "fda approval date (planted: year off by one)"),
    ("c6-e2n", "c6", "the 225-patient EMERGENT-2", "225", 0, "count", 225, 225, "participants", T, "emergent-2 randomized (planted transposition)"),
    ("c6-year", "c6", "about $22,200 a year", "$22,200", 0, "money", 22200, 22200, "USD", T, "list price per year (12 x monthly)"),
    ("c6-deal", "c6", "the $14 billion acquisition", "$14 billion", 0, "money", 14 * B, 14 * B, "USD", T, "karuna acquisition value"),
    ("c6-share", "c6", "priced at $330 a share", "$330", 0, "money", 330, 330, "USD", T, "karuna price per share"),
    ("c6-net", "c6", "about $12.7 billion net", "$12.7 billion", 0, "money", 12.7 * B, 12.7 * B, "USD", T, "karuna acquisition value net of cash"),
    ("c6-dealdt", "c6", "announced in December 2023", "December 2023", 0, "date", 2023, 2023, "year", T, "karuna deal announced"),
    ("c6-peak", "c6", "as high as $6.8 billion", "$6.8 billion", 0, "money", 6.8 * B, 6.8 * B, "USD", T, "peak sales forecast (analysts, dec 2023)"),
    ("c6-vfor", "c6", "voted 8-1", "8", 0, "count", 8, 8, "votes", T, "state medicaid dur board vote (for)"),
    ("c6-vagn", "c6", "voted 8-1", "1", 0, "count", 1, 1, "votes", T, "state medicaid dur board vote (against)"),
    ("c6-lastmo", "c6", "8-1 last month", "last month", 0, "date", 2025, 2025, "year", T, "state board vote date"),
    ("c6-stepn", "c6", "trying two other antipsychotics", "two", 0, "count", 2, 2, "drugs", T, "step-therapy requirement removed"),
    ("c6-quote", "c6", "two or three drugs", "two or three", 0, "count", 2, 3, "drugs", F, "quote (prior drugs tried)"),

    # ---------------- cob07 fact-check (2024-10-10) ----------------
    ("c7-date", "c7", "CheckPoint | October 10, 2024", "October 10, 2024", 0, "date", 2024, 2024, "year", F, "publication date (metadata)"),
    ("c7-5000a", "c7", "\"costs $5,000 a month\"", "$5,000", 0, "money", 5000, 5000, "USD", F, "price claimed by the false post"),
    ("c7-halfa", "c7", "\"half the patients", "half", 0, "percent", 50, 50, "%", F, "dropout share claimed by the false post"),
    ("c7-halfv", "c7", "well under half", "half", 0, "percent", 50, 50, "%", F, "verdict comparison (vague)"),
    ("c7-appr", "c7", "on Sept. 26 for adults", "Sept. 26", 0, "date", 2024, 2024, "year", T, "fda approval date"),
    ("c7-70a", "c7", "drug in 70 years", "70 years", 0, "duration", 70, 70, "years", F, "post's claim (attributed)"),
    ("c7-tue", "c7", "By Tuesday", "Tuesday", 0, "date", 2024, 2024, "year", F, "as-of date"),
    ("c7-shares", "c7", "more than 40,000 times", "40,000", 0, "count", 40000, 40000, "shares", T, "screenshot shares"),
    ("c7-month", "c7", "cost is $1,850", "$1,850", 0, "money", 1850, 1850, "USD", T, "list price per month"),
    ("c7-30day", "c7", "30-day supply", "30-day", 0, "duration", 30, 30, "days", F, "supply basis"),
    ("c7-year", "c7", "$22,500 a year", "$22,500", 0, "money", 22500, 22500, "USD", T, "list price per year"),
    ("c7-5000b", "c7", "anywhere near $5,000", "$5,000", 0, "money", 5000, 5000, "USD", F, "repeat of the post's figure"),
    ("c7-two", "c7", "on two five-week", "two", 0, "count", 2, 2, "trials", F, "number of pivotal trials"),
    ("c7-5wk", "c7", "two five-week", "five-week", 0, "duration", 5, 5, "weeks", F, "trial duration"),
    ("c7-sites", "c7", "ran at 21 U.S. sites", "21", 0, "count", 21, 21, "sites", T, "emergent-2 sites (registry record)"),
    ("c7-dc2a", "c7", "7% of patients on the drug", "7%", 0, "percent", 7, 7, "%", T, "emergent-2 discontinuation due to AEs drug"),
    ("c7-dc2p", "c7", "6% on placebo", "6%", 0, "percent", 6, 6, "%", T, "emergent-2 discontinuation due to AEs placebo"),
    ("c7-e1dca", "c7", "20% of the drug group", "20%", 0, "percent", 20, 20, "%", T, "emergent-1 discontinuation any reason drug"),
    ("c7-e1dcp", "c7", "21% of the placebo group", "21%", 0, "percent", 21, 21, "%", T, "emergent-1 discontinuation any reason placebo"),
    ("c7-e1ae", "c7", "only 2% in each arm", "2%", 0, "percent", 2, 2, "%", T, "emergent-1 discontinuation due to AEs each arm"),
    ("c7-halfq", "c7", "nowhere near half", "half", 0, "percent", 50, 50, "%", F, "quote (post's figure)"),
    ("c7-halfp", "c7", "The post's \"half\"", "half", 0, "percent", 50, 50, "%", F, "repeat of the post's figure"),
    ("c7-yearlong", "c7", "the year-long, open-label", "year-long", 0, "duration", 1, 1, "years", F, "open-label study duration"),
    ("c7-70b", "c7", "The \"70 years.\"", "70 years", 0, "duration", 70, 70, "years", F, "repeat of the post's figure"),
    ("c7-7dec", "c7", "said seven decades", "seven decades", 0, "duration", 70, 70, "years", F, "other reports' framing"),
    ("c7-1950s", "c7", "early 1950s", "early 1950s", 0, "date", None, None, "year", F, "chlorpromazine era (vague)"),
    ("c7-30yr", "c7", "more than 30 years", "more than 30 years", 0, "duration", 30, 30, "years", F, "company framing"),
    ("c7-halfb", "c7", "less than half of the $5,000", "half", 0, "percent", 50, 50, "%", F, "bottom-line comparison (vague)"),
    ("c7-5000c", "c7", "less than half of the $5,000", "$5,000", 0, "money", 5000, 5000, "USD", F, "repeat of the post's figure"),
]

# Dosing frequency ("twice daily", "twice a day", "twice-daily"): optional everywhere.
FREQ = re.compile(r"twice[ -](?:daily|a day)")

# (a, b, grade)
CONFLICTS = [
    # S1 emergent-2 placebo change 11.6 vs 16.1
    ("c1-e2pbo", "c5-e2pbo", "strict"),
    ("c3-e2pbo", "c5-e2pbo", "strict"),
    # S2 emergent-3 difference 8.4 vs 9.6 (emergent-2's figure)
    ("c2-e3diff", "c4-e3diff", "strict"),
    ("c3-e3diff", "c4-e3diff", "strict"),
    # S3 approval year 2024 vs 2023
    ("c1-thu", "c6-appr", "strict"),
    ("c4-appr", "c6-appr", "strict"),
    ("c7-appr", "c6-appr", "strict"),
    # S4 monthly list price 1,850 vs 1,580
    ("c1-month", "c5-price", "strict"),
    ("c4-month", "c5-price", "strict"),
    ("c7-month", "c5-price", "strict"),
    # S5 emergent-2 randomized 252 vs 225
    ("c2-e2n", "c6-e2n", "strict"),
    ("c3-e2n", "c6-e2n", "strict"),
    # S6 arise overall difference 2.0 vs 3.4 (subgroup figure)
    ("c6-arise", "c5-arise", "strict"),
    # S7 icer vote 10-2 vs 9-3
    ("c1-vfor", "c4-vfor", "strict"),
    ("c1-vagn", "c4-vagn", "strict"),
    # S8 emergent-3 AE discontinuation arms swapped
    ("c3-dc3a", "c4-dc3a", "strict"),
    ("c3-dc3p", "c4-dc3p", "strict"),
    # S9 q1 2025 sales 27M vs 72M
    ("c6-q1", "c5-q1", "strict"),
    # Q1 annual list price 22,500 (company) vs 22,200 (12 x monthly)
    ("c6-year", "c1-year", "qualified"),
    ("c6-year", "c4-year", "qualified"),
    ("c6-year", "c7-year", "qualified"),
    # Q2 emergent-2 sites 22 (journal) vs 21 (registry)
    ("c3-sites", "c7-sites", "qualified"),
    # Q3 us prevalence 2.8M (company) vs 3.9M (icer)
    ("c1-prev", "c4-prev", "qualified"),
    # Q4 expected decision date 2024 vs approval stated as 2023
    ("c3-pdufa", "c6-appr", "qualified"),
]


def locate(doc, ctx, span, nth):
    text = TEXT[doc]
    n = text.count(ctx)
    assert n == 1, f"{doc}: context {ctx!r} occurs {n} times"
    c0 = text.index(ctx)
    pos = -1
    for _ in range(nth + 1):
        pos = ctx.index(span, pos + 1)
    start = c0 + pos
    end = start + len(span)
    assert text[start:end] == span
    return start, end


def main():
    rows, ids, spans = [], set(), {}
    for (cid, doc, ctx, span, nth, kind, lo, hi, unit, req, topic) in C:
        assert cid not in ids, cid
        ids.add(cid)
        s, e = locate(doc, ctx, span, nth)
        for (s2, e2, other) in spans.get(doc, []):
            assert e <= s2 or e2 <= s, f"overlap {cid} / {other}"
        spans.setdefault(doc, []).append((s, e, cid))
        rows.append({"type": "claim", "id": cid, "doc": DOCS[doc], "start": s, "end": e,
                     "span": span, "kind": kind, "low": lo, "high": hi, "unit": unit,
                     "required": req, "topic": topic})
    for doc, text in TEXT.items():
        for k, m in enumerate(FREQ.finditer(text)):
            s, e = m.span()
            for (s2, e2, other) in spans.get(doc, []):
                assert e <= s2 or e2 <= s, f"freq overlap {other}"
            cid = f"{doc}-bid{k + 1}"
            rows.append({"type": "claim", "id": cid, "doc": DOCS[doc], "start": s, "end": e,
                         "span": m.group(0), "kind": "frequency", "low": 2, "high": 2,
                         "unit": "per day", "required": False, "topic": "dosing frequency"})
    by_id = {r["id"]: r for r in rows}
    seen = set()
    for a, b, g in CONFLICTS:
        assert a in by_id and b in by_id, (a, b)
        assert by_id[a]["doc"] != by_id[b]["doc"], (a, b)
        assert by_id[a]["required"] and by_id[b]["required"], (a, b)
        key = frozenset((a, b))
        assert key not in seen, (a, b)
        seen.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": g})
    # final check against the files as read
    for r in rows:
        if r["type"] == "claim":
            t = open(os.path.join(TOPIC, r["doc"]), encoding="utf-8").read()
            assert t[r["start"]:r["end"]] == r["span"], r["id"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    claims = [r for r in rows if r["type"] == "claim"]
    req = sum(r["required"] for r in claims)
    st = sum(1 for r in rows if r["type"] == "conflict" and r["grade"] == "strict")
    qu = sum(1 for r in rows if r["type"] == "conflict" and r["grade"] == "qualified")
    print(f"claims {len(claims)} (required {req}, optional {len(claims) - req}); "
          f"conflicts strict {st}, qualified {qu}")
    for d in DOCS.values():
        n = sum(1 for r in claims if r["doc"] == d)
        nr = sum(1 for r in claims if r["doc"] == d and r["required"])
        print(f"  {d}: {n} claims ({nr} required)")


if __name__ == "__main__":
    main()
