#!/usr/bin/env python3
"""Build rexulti-ptsd.gold.jsonl from the articles in rexulti-ptsd/.

Each claim is located by a context string that must occur exactly once in its
article; the span is the first occurrence of `span` inside that context.
Every span is checked against the article slice before anything is written.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPIC = HERE / "rexulti-ptsd"
OUT = HERE / "rexulti-ptsd.gold.jsonl"

W, P, A, E, B, T, F = ("rex01_wire.txt", "rex02_press.txt", "rex03_abstract.txt",
                       "rex04_explainer.txt", "rex05_blog.txt", "rex06_trade.txt",
                       "rex07_factcheck.txt")
M = "\u2212"  # minus sign used in the abstract
Y, N = True, False

# (id, doc, context, span, kind, low, high, unit, required, topic)
CLAIMS = [
    # ---------------- rex01 wire (published 2025-07-18, a Friday)
    ("w-dateline", W, "WASHINGTON, July 18 (", "July 18", "date", 2025, 2025, "year", N, "dateline (publication metadata)"),
    ("w-vno", W, "voted 10-1 on Friday", "10", "count", 10, 10, "votes", Y, "pdac votes: efficacy not established"),
    ("w-vyes", W, "-1 on Friday", "1", "count", 1, 1, "votes", Y, "pdac votes: efficacy established"),
    ("w-fri", W, "10-1 on Friday that", "Friday", "date", 2025, 2025, "year", Y, "pdac meeting date"),
    ("w-wed", W, "posted on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "briefing documents posted"),
    ("w-three", W, "rests on three studies", "three", "count", 3, 3, "trials", Y, "trials in the application"),
    ("w-1300", W, "nearly 1,300 adults", "1,300", "count", 1300, 1300, "participants", Y, "participants across three trials"),
    ("w-2mg", W, "doses of 2 mg or 3 mg", "2 mg", "dose", 2, 2, "mg", Y, "072 fixed dose (low)"),
    ("w-3mg", W, "2 mg or 3 mg, did not", "3 mg", "dose", 3, 3, "mg", Y, "072 fixed dose (high)"),
    ("w-twoothers", W, "because two others", "two", "count", 2, 2, "trials", N, "positive trials (quote)"),
    ("w-jun23", W, "for review in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "sNDA accepted for review"),
    ("w-earlier", W, "due to decide earlier this year", "earlier this year", "date", 2025, 2025, "year", Y, "original FDA decision (PDUFA) date"),
    ("w-4pct", W, "roughly 4% of U.S. adults", "4%", "percent", 4, 4, "%", Y, "past-year PTSD prevalence, US adults"),
    ("w-twomeds", W, "Only two medicines", "two", "count", 2, 2, "drugs", Y, "drugs approved for PTSD"),
    ("w-20y", W, "in more than 20 years", "20 years", "duration", 20, 20, "years", Y, "time since last new PTSD drug"),
    ("w-junlast", W, "in June of last year", "June of last year", "date", 2024, 2024, "year", Y, "MDMA advisory committee date"),
    ("w-2015", W, "first approved in 2015", "2015", "date", 2015, 2015, "year", Y, "first approval (schizophrenia, MDD adjunct)"),
    ("w-2023", W, "In 2023 it became", "2023", "date", 2023, 2023, "year", Y, "approval for Alzheimer's agitation"),

    # ---------------- rex02 press release (2025-09-20), hard-wrapped
    ("p-dateline", P, "September 20, 2025 –", "September 20, 2025", "date", 2025, 2025, "year", N, "dateline (publication metadata)"),
    ("p-jun24", P, "for review in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "sNDA accepted for review"),
    ("p-three", P, "supported by three randomized", "three", "count", 3, 3, "trials", Y, "trials in the application"),
    ("p-321", P, "(n=321)", "321", "count", 321, 321, "participants", Y, "061 randomized"),
    ("p-416", P, "(n=416)", "416", "count", 416, 416, "participants", Y, "071 randomized"),
    ("p-553", P, "(n=553)", "553", "count", 553, 553, "participants", Y, "072 randomized"),
    ("p-all3", P, "In all three, the", "three", "count", 3, 3, "trials", N, "repeat"),
    ("p-wk1", P, "from Week 1 to", "Week 1", "duration", 1, 1, "weeks", N, "endpoint baseline visit"),
    ("p-wk10", P, "to Week 10 in", "Week 10", "duration", 10, 10, "weeks", N, "primary endpoint timepoint"),
    ("p-jul18", P, "on July 18, 2025, members", "July 18, 2025", "date", 2025, 2025, "year", Y, "pdac meeting date"),
    ("p-vyes", P, "voted 1-10", "1", "count", 1, 1, "votes", Y, "pdac votes: efficacy established"),
    ("p-vno", P, "1-10 on whether", "10", "count", 10, 10, "votes", Y, "pdac votes: efficacy not established"),
    ("p-2dec", P, "more than two\ndecades", "two\ndecades", "duration", 20, 20, "years", N, "time since last new PTSD drug (quote; spans a line break)"),
    ("p-fy", P, "ending December 2025", "December 2025", "date", 2025, 2025, "year", N, "fiscal year of forecast"),
    ("p-13m", P, "approximately 13 million adults", "13 million", "count", 13000000, 13000000, "people", N, "US adults with PTSD per year (About section)"),
    ("p-2015", P, "approved in July 2015", "July 2015", "date", 2015, 2015, "year", N, "first approval (About section)"),
    ("p-2021", P, "in December 2021 for", "December 2021", "date", 2021, 2021, "year", N, "adolescent schizophrenia approval (About section)"),
    ("p-age", P, "aged 13 to 17 years", "13 to 17", "age", 13, 17, "years", N, "adolescent indication ages"),
    ("p-2023", P, "and in May 2023 for", "May 2023", "date", 2023, 2023, "year", N, "Alzheimer's agitation approval (About section)"),
    ("p-1964", P, "established in 1964", "1964", "date", 1964, 1964, "year", N, "Otsuka founded (boilerplate)"),
    ("p-1915", P, "founded in 1915", "1915", "date", 1915, 1915, "year", N, "Lundbeck founded (boilerplate)"),

    # ---------------- rex03 structured abstract (2025-03-10)
    ("a-pub", A, "Evidence summaries · 10 March 2025", "10 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
    ("a-three", A, "in three randomized trials", "three", "count", 3, 3, "trials", Y, "trials in the programme"),
    ("a-86", A, "at 86 US sites", "86", "count", 86, 86, "sites", Y, "071 trial sites"),
    ("a-oct19", A, "from October 2019 to", "October 2019", "date", 2019, 2019, "year", N, "071 start"),
    ("a-aug23", A, "to August 2023. After", "August 2023", "date", 2023, 2023, "year", N, "071 end"),
    ("a-runin", A, "After a 1-week single-blind", "1-week", "duration", 1, 1, "weeks", N, "placebo run-in"),
    ("a-1to1", A, "randomized 1:1 to", "1:1", "ratio", 1, 1, "ratio", N, "071 allocation ratio"),
    ("a-dose23", A, "brexpiprazole 2–3 mg/day plus", "2–3 mg", "dose", 2, 3, "mg/day", Y, "071 brexpiprazole dose range"),
    ("a-sert150", A, "plus sertraline 150 mg/day or", "150 mg", "dose", 150, 150, "mg/day", Y, "071 sertraline dose"),
    ("a-sert150b", A, "to sertraline 150 mg/day plus", "150 mg", "dose", 150, 150, "mg/day", N, "repeat"),
    ("a-11wk", A, "placebo for 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "071 double-blind treatment period"),
    ("a-range", A, "(range, 0–80)", "0–80", "score", 0, 80, "points", N, "CAPS-5 scale range"),
    ("a-wk1", A, "randomization (week 1)", "week 1", "duration", 1, 1, "weeks", N, "endpoint baseline visit"),
    ("a-wk10a", A, "(week 1) to week 10", "week 10", "duration", 10, 10, "weeks", N, "primary endpoint timepoint"),
    ("a-553", A, "N = 553", "553", "count", 553, 553, "participants", Y, "072 randomized"),
    ("a-2mg", A, "doses of 2 mg or 3 mg", "2 mg", "dose", 2, 2, "mg", Y, "072 fixed dose (low)"),
    ("a-3mg", A, "2 mg or 3 mg.", "3 mg", "dose", 3, 3, "mg", Y, "072 fixed dose (high)"),
    ("a-321", A, "N = 321", "321", "count", 321, 321, "participants", Y, "061 randomized"),
    ("a-48", A, "48 sites", "48", "count", 48, 48, "sites", Y, "061 trial sites"),
    ("a-1718", A, "2017–2018", "2017–2018", "date", 2017, 2018, "year", N, "061 conduct years"),
    ("a-1111", A, "1:1:1:1", "1:1:1:1", "ratio", 1, 1, "ratio", N, "061 allocation ratio"),
    ("a-four", A, "to four arms", "four", "count", 4, 4, "arms", N, "061 arms"),
    ("a-dose13", A, "brexpiprazole (1–3 mg/day)", "1–3 mg", "dose", 1, 3, "mg/day", Y, "061 brexpiprazole dose range"),
    ("a-sert100", A, "sertraline (100–200 mg/day)", "100–200 mg", "dose", 100, 200, "mg/day", Y, "061 sertraline dose range"),
    ("a-416", A, "In Trial 071, 416 patients", "416", "count", 416, 416, "participants", Y, "071 randomized"),
    ("a-214", A, "n=214", "214", "count", 214, 214, "participants", Y, "071 combination arm randomized"),
    ("a-202", A, "n=202", "202", "count", 202, 202, "participants", Y, "071 sertraline+placebo arm randomized"),
    ("a-age", A, "37.4 years", "37.4 years", "age", 37.4, 37.4, "years", Y, "071 mean age"),
    ("a-fem", A, "74.5% were women", "74.5%", "percent", 74.5, 74.5, "%", Y, "071 women"),
    ("a-comp1", A, "64.0%", "64.0%", "percent", 64.0, 64.0, "%", Y, "071 completion, combination"),
    ("a-comp2", A, "55.9%", "55.9%", "percent", 55.9, 55.9, "%", Y, "071 completion, sertraline+placebo"),
    ("a-wk10b", A, "At week 10 the least-squares", "week 10", "duration", 10, 10, "weeks", N, "timepoint"),
    ("a-192", A, M + "19.2 with", M + "19.2", "score", -19.2, -19.2, "points", Y, "071 CAPS-5 change wk10, combination"),
    ("a-136", A, M + "13.6 with", M + "13.6", "score", -13.6, -13.6, "points", Y, "071 CAPS-5 change wk10, sertraline+placebo"),
    ("a-559", A, M + "5.59", M + "5.59", "score", -5.59, -5.59, "points", Y, "071 LS mean difference wk10"),
    ("a-p001", A, "P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", N, "071 p-value"),
    ("a-30", A, "at least 30% in", "30%", "percent", 30, 30, "%", N, "response threshold (definition)"),
    ("a-685", A, "68.5%", "68.5%", "percent", 68.5, 68.5, "%", Y, "071 responders, combination"),
    ("a-482", A, "48.2%", "48.2%", "percent", 48.2, 48.2, "%", Y, "071 responders, sertraline+placebo"),
    ("a-39", A, "3.9% vs", "3.9%", "percent", 3.9, 3.9, "%", Y, "071 discontinuation for AEs, combination"),
    ("a-102", A, "vs 10.2%", "10.2%", "percent", 10.2, 10.2, "%", Y, "071 discontinuation for AEs, sertraline+placebo"),
    ("a-164", A, M + "16.4 vs", M + "16.4", "score", -16.4, -16.4, "points", Y, "061 CAPS-5 change, combination"),
    ("a-114", A, "vs " + M + "11.4", M + "11.4", "score", -11.4, -11.4, "points", Y, "061 CAPS-5 change, sertraline+placebo"),
    ("a-508", A, M + "5.08", M + "5.08", "score", -5.08, -5.08, "points", Y, "061 LS mean difference"),
    ("a-ci", A, M + "8.96 to " + M + "1.20", M + "8.96 to " + M + "1.20", "score", -8.96, -1.20, "points", Y, "061 difference 95% CI"),
    ("a-p011", A, "P=.011", "P=.011", "pvalue", 0.011, 0.011, "p", N, "061 p-value"),
    ("a-77", A, "n=77", "77", "count", 77, 77, "participants", N, "061 analysed at wk10, combination"),
    ("a-75", A, "n=75", "75", "count", 75, 75, "participants", N, "061 analysed at wk10, sertraline+placebo"),
    ("a-wk10c", A, "n=75 at week 10", "week 10", "duration", 10, 10, "weeks", N, "timepoint"),
    ("a-p05", A, "P>0.05", "P>0.05", "pvalue", 0.05, 0.05, "p", N, "072 p-value"),
    ("a-all3", A, "of all three trials", "three", "count", 3, 3, "trials", N, "repeat"),
    ("a-820", A, "N = 820", "820", "count", 820, 820, "participants", Y, "pooled all-trials population"),
    ("a-481", A, "481 vs 339", "481", "count", 481, 481, "participants", Y, "pooled combination arm"),
    ("a-339", A, "vs 339 patients", "339", "count", 339, 339, "participants", Y, "pooled sertraline+placebo arm"),
    ("a-349", A, M + "3.49", M + "3.49", "score", -3.49, -3.49, "points", Y, "pooled (all trials) LS mean difference"),
    ("a-p0004", A, "P=0.0004", "P=0.0004", "pvalue", 0.0004, 0.0004, "p", N, "pooled p-value"),
    ("a-twop3", A, "in the two phase 3 trials", "two", "count", 2, 2, "trials", N, "pool definition"),
    ("a-273", A, M + "2.73", M + "2.73", "score", -2.73, -2.73, "points", Y, "pooled phase 3 LS mean difference"),
    ("a-p0101", A, "P=0.0101", "P=0.0101", "pvalue", 0.0101, 0.0101, "p", N, "pooled phase 3 p-value"),
    ("a-twoflex", A, "in the two flexible-dose", "two", "count", 2, 2, "trials", N, "pool definition"),
    ("a-527", A, M + "5.27", M + "5.27", "score", -5.27, -5.27, "points", Y, "pooled flexible-dose LS mean difference"),
    ("a-p0001", A, "P<0.0001", "P<0.0001", "pvalue", 0.0001, 0.0001, "p", N, "pooled flexible-dose p-value"),
    ("a-onep3", A, "advantage in one phase 3", "one", "count", 1, 1, "trials", N, "positive phase 3 trials (conclusion)"),

    # ---------------- rex04 explainer (2025-10-06)
    ("e-upd", E, "Updated October 6, 2025", "October 6, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
    ("e-6", E, "About six in 100 people", "six in 100", "percent", 6, 6, "%", Y, "lifetime PTSD prevalence, overall"),
    ("e-5", E, "roughly five in 100 adults", "five in 100", "percent", 5, 5, "%", Y, "past-year PTSD prevalence, US adults"),
    ("e-13m", E, "around 13 million Americans", "13 million", "count", 13000000, 13000000, "people", Y, "Americans with PTSD (2020)"),
    ("e-2020", E, "Americans in 2020", "2020", "date", 2020, 2020, "year", N, "as-of year"),
    ("e-twice", E, "about twice as likely", "twice", "ratio", 2, 2, "ratio", Y, "women vs men lifetime risk"),
    ("e-8", E, "around 8 of every 100 women", "8 of every 100", "percent", 8, 8, "%", Y, "lifetime prevalence, women"),
    ("e-4", E, "versus 4 of every 100 men", "4 of every 100", "percent", 4, 4, "%", Y, "lifetime prevalence, men"),
    ("e-two", E, "Just two: the", "two", "count", 2, 2, "drugs", Y, "drugs approved for PTSD"),
    ("e-1999", E, "in late 1999", "late 1999", "date", 1999, 1999, "year", Y, "sertraline PTSD approval"),
    ("e-2001", E, "paroxetine in 2001", "2001", "date", 2001, 2001, "year", Y, "paroxetine PTSD approval"),
    ("e-2015", E, "approved it in 2015", "2015", "date", 2015, 2015, "year", Y, "first approval (schizophrenia, MDD add-on)"),
    ("e-2023", E, "and in 2023 for agitation", "2023", "date", 2023, 2023, "year", Y, "Alzheimer's agitation approval"),
    ("e-19", E, "about 19 points", "19 points", "score", 19, 19, "points", Y, "071 CAPS-5 improvement, combination"),
    ("e-80", E, "80-point symptom scale", "80-point", "score", 80, 80, "points", N, "CAPS-5 scale maximum"),
    ("e-10wk", E, "after 10 weeks", "10 weeks", "duration", 10, 10, "weeks", N, "timepoint"),
    ("e-14", E, "about 14 points", "14 points", "score", 14, 14, "points", Y, "071 CAPS-5 improvement, sertraline alone"),
    ("e-1in10", E, "About one in ten people on the combination", "one in ten", "percent", 10, 10, "%", Y, "071 discontinuation for AEs, combination"),
    ("e-v9", E, "voted 9-2 over", "9", "count", 9, 9, "votes", Y, "pdac votes: efficacy not established"),
    ("e-v2", E, "-2 over the summer", "2", "count", 2, 2, "votes", Y, "pdac votes: efficacy established"),
    ("e-sep", E, "in September the FDA", "September", "date", 2025, 2025, "year", Y, "complete response letter date"),
    ("e-1924", E, "about $1,924", "$1,924", "money", 1924, 1924, "USD", Y, "cash price per month"),
    ("e-23000", E, "more than $23,000 a year", "$23,000", "money", 23000, 23000, "USD", Y, "cash price per year"),
    ("e-21", E, "roughly $21 a month", "$21", "money", 21, 21, "USD", Y, "Medicare average out-of-pocket per month"),

    # ---------------- rex05 blog (2025-09-28)
    ("b-pub", B, "September 28, 2025 | 6 min read", "September 28, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
    ("b-capweek", B, "turned down last week", "last week", "date", 2025, 2025, "year", N, "complete response letter date (caption)"),
    ("b-twopills", B, "Caption: Two pills instead", "Two", "count", 2, 2, "pills", N, "caption"),
    ("b-lastweek", B, "Last week's rejection letter", "Last week", "date", 2025, 2025, "year", Y, "complete response letter date"),
    ("b-3267", B, "between 32% and 67%", "32% and 67%", "percent", 32, 67, "%", Y, "sertraline response rate range"),
    ("b-136", B, "improved by 13.6 points", "13.6 points", "score", 13.6, 13.6, "points", Y, "071 CAPS-5 improvement, combination"),
    ("b-wk10", B, "CAPS-5 by week 10", "week 10", "duration", 10, 10, "weeks", N, "timepoint"),
    ("b-336", B, "A 336-person phase 2", "336", "count", 336, 336, "participants", Y, "061 size (enrolled)"),
    ("b-553", B, "with 553 participants", "553", "count", 553, 553, "participants", Y, "072 randomized"),
    ("b-2mg", B, "fixed 2 mg and 3 mg", "2 mg", "dose", 2, 2, "mg", Y, "072 fixed dose (low)"),
    ("b-3mg", B, "2 mg and 3 mg doses", "3 mg", "dose", 3, 3, "mg", Y, "072 fixed dose (high)"),
    ("b-capwk10", B, "Caption: Week-10 change", "Week-10", "duration", 10, 10, "weeks", N, "timepoint (caption)"),
    ("b-capthree", B, "randomization, three trials", "three", "count", 3, 3, "trials", N, "caption"),
    ("b-417", B, "looked at 417 of", "417", "count", 417, 417, "patients", Y, "Rhode Island clinic PTSD outpatients"),
    ("b-3800", B, "out of 3,800 people", "3,800", "count", 3800, 3800, "patients", Y, "Rhode Island clinic outpatients evaluated"),
    ("b-95", B, "nearly 95% would", "95%", "percent", 95, 95, "%", Y, "clinic PTSD patients meeting an exclusion criterion"),
    ("b-atleast1", B, "at least one exclusion rule", "one", "count", 1, 1, "criteria", N, "threshold (definition)"),
    ("b-age16", B, "before age 16", "16", "age", 16, 16, "years", N, "exclusion criterion"),
    ("b-10y", B, "ten or more years", "ten", "duration", 10, 10, "years", N, "exclusion criterion"),
    ("b-1294", B, "about $1,294", "$1,294", "money", 1294, 1294, "USD", Y, "cash price per month"),
    ("b-jun24", B, "In June 2024 the same panel", "June 2024", "date", 2024, 2024, "year", Y, "MDMA advisory committee date"),
    ("b-m9", B, "voted 9-2 that MDMA", "9", "count", 9, 9, "votes", Y, "MDMA votes: effectiveness not shown"),
    ("b-m2", B, "-2 that MDMA", "2", "count", 2, 2, "votes", Y, "MDMA votes: effectiveness shown"),
    ("b-m10", B, "and 10-1 that its benefits", "10", "count", 10, 10, "votes", Y, "MDMA votes: benefits do not outweigh risks"),
    ("b-m1", B, "-1 that its benefits", "1", "count", 1, 1, "votes", Y, "MDMA votes: benefits outweigh risks"),
    ("b-13m", B, "Roughly 13 million American adults", "13 million", "count", 13000000, 13000000, "people", Y, "US adults with PTSD per year"),
    ("b-hyp10", B, "if even one in ten of them", "one in ten", "percent", 10, 10, "%", N, "hypothetical share"),
    ("b-hyp13", B, "would be 1.3 million people", "1.3 million", "count", 1300000, 1300000, "people", N, "hypothetical count"),

    # ---------------- rex06 trade (2025-07-16, a Wednesday)
    ("t-title-fri", T, "ahead of Friday advisory meeting", "Friday", "date", 2025, 2025, "year", N, "pdac meeting date (headline)"),
    ("t-pub", T, "Regulatory | July 16, 2025", "July 16, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
    ("t-fri", T, "tone for Friday's meeting", "Friday", "date", 2025, 2025, "year", Y, "pdac meeting date"),
    ("t-553", T, "In 072, 553 patients", "553", "count", 553, 553, "participants", Y, "072 randomized"),
    ("t-2mg", T, "brexpiprazole 2 mg or 3 mg daily", "2 mg", "dose", 2, 2, "mg", Y, "072 fixed dose (low)"),
    ("t-3mg", T, "2 mg or 3 mg daily", "3 mg", "dose", 3, 3, "mg", Y, "072 fixed dose (high)"),
    ("t-150", T, "plus sertraline 150 mg,", "150 mg", "dose", 150, 150, "mg/day", Y, "072 sertraline dose"),
    ("t-wk10", T, "symptom scale at week 10", "week 10", "duration", 10, 10, "weeks", N, "timepoint"),
    ("t-461", T, "randomized 461 adults", "461", "count", 461, 461, "participants", Y, "071 randomized"),
    ("t-dose23", T, "brexpiprazole 2-3 mg/day", "2-3 mg", "dose", 2, 3, "mg/day", Y, "071 brexpiprazole dose range"),
    ("t-61", T, "lists 61 investigative sites", "61", "count", 61, 61, "sites", Y, "071 trial sites (registry)"),
    ("t-two", T, "at least two adequate", "two", "count", 2, 2, "trials", N, "FDA evidentiary standard"),
    ("t-one", T, "or one trial plus", "one", "count", 1, 1, "trials", N, "FDA evidentiary standard"),
    ("t-lastjune", T, "application last June", "last June", "date", 2024, 2024, "year", Y, "sNDA accepted for review"),
    ("t-feb8", T, "goal date of Feb. 8", "Feb. 8", "date", 2025, 2025, "year", Y, "original PDUFA goal date"),
    ("t-8pct", T, "about 8% of US adults", "8%", "percent", 8, 8, "%", Y, "lifetime PTSD prevalence, overall"),
    ("t-jun24", T, "In June 2024 it voted", "June 2024", "date", 2024, 2024, "year", Y, "MDMA advisory committee date"),
    ("t-aug", T, "in August of that year", "August of that year", "date", 2024, 2024, "year", Y, "MDMA complete response letter"),
    ("t-four", T, "one of four strategic brands", "four", "count", 4, 4, "brands", N, "Lundbeck strategic brands"),
    ("t-onemore", T, "call for one more trial", "one", "count", 1, 1, "trials", N, "quoted scenario"),

    # ---------------- rex07 fact-check (2025-10-02)
    ("f-pub", F, "CheckPoint | October 2, 2025", "October 2, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
    ("f-post25", F, "pill in 25 years. It worked", "25 years", "duration", 25, 25, "years", N, "figure in the false post"),
    ("f-post9", F, "It worked for 9 out of 10", "9 out of 10", "percent", 90, 90, "%", N, "figure in the false post"),
    ("f-4000", F, "more than 4,000 times", "4,000", "count", 4000, 4000, "shares", N, "post shares"),
    ("f-latesep", F, "since late September", "late September", "date", 2025, 2025, "year", N, "post date"),
    ("f-90", F, "close to a 90% success", "90%", "percent", 90, 90, "%", N, "figure in the false post (restated)"),
    ("f-2015", F, "market since 2015", "2015", "date", 2015, 2015, "year", Y, "first approval (schizophrenia, MDD add-on)"),
    ("f-may10", F, "on May 10, 2023", "May 10, 2023", "date", 2023, 2023, "year", Y, "Alzheimer's agitation approval"),
    ("f-sep19", F, "On Sept. 19, the agency", "Sept. 19", "date", 2025, 2025, "year", Y, "complete response letter date"),
    ("f-jul24", F, "at a meeting in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "pdac meeting date"),
    ("f-9of10b", F, "Where does \"9 out of 10\"", "9 out of 10", "percent", 90, 90, "%", N, "figure in the false post (quoted)"),
    ("f-12wk", F, "a 12-week trial", "12-week", "duration", 12, 12, "weeks", Y, "071 trial length"),
    ("f-416", F, "trial of 416 adults", "416", "count", 416, 416, "participants", Y, "071 randomized"),
    ("f-69", F, "adults, 69% of people", "69%", "percent", 69, 69, "%", Y, "071 responders, combination"),
    ("f-30", F, "by at least 30%", "30%", "percent", 30, 30, "%", N, "response threshold (definition)"),
    ("f-48", F, "compared with 48%", "48%", "percent", 48, 48, "%", Y, "071 responders, sertraline+placebo"),
    ("f-349", F, "average of 3.49 points", "3.49 points", "score", 3.49, 3.49, "points", Y, "071 difference vs sertraline"),
    ("f-553", F, "trial of 553 adults", "553", "count", 553, 553, "participants", Y, "072 randomized"),
    ("f-post25b", F, "PTSD pill in 25 years\"?", "25 years", "duration", 25, 25, "years", N, "figure in the false post (quoted)"),
    ("f-1999", F, "for PTSD in 1999", "1999", "date", 1999, 1999, "year", Y, "sertraline PTSD approval"),
    ("f-2001", F, "paroxetine in 2001", "2001", "date", 2001, 2001, "year", Y, "paroxetine PTSD approval"),
    ("f-2dec", F, "in more than two decades", "two decades", "duration", 20, 20, "years", Y, "time since last new PTSD drug"),
    ("f-9of10c", F, "The \"9 out of 10\" figure", "9 out of 10", "percent", 90, 90, "%", N, "figure in the false post (quoted)"),
]

# (a, b, grade)
CONFLICTS = [
    # strict
    ("w-vno", "e-v9", "strict"), ("p-vno", "e-v9", "strict"),
    ("w-vyes", "e-v2", "strict"), ("p-vyes", "e-v2", "strict"),
    ("a-416", "t-461", "strict"), ("p-416", "t-461", "strict"), ("f-416", "t-461", "strict"),
    ("a-192", "b-136", "strict"), ("e-19", "b-136", "strict"),
    ("w-fri", "f-jul24", "strict"), ("p-jul18", "f-jul24", "strict"), ("t-fri", "f-jul24", "strict"),
    ("p-jun24", "w-jun23", "strict"), ("t-lastjune", "w-jun23", "strict"),
    ("e-6", "t-8pct", "strict"),
    ("a-39", "e-1in10", "strict"),
    ("e-1924", "b-1294", "strict"),
    ("a-559", "f-349", "strict"),
    # qualified
    ("a-86", "t-61", "qualified"),
    ("b-336", "p-321", "qualified"), ("b-336", "a-321", "qualified"),
    ("w-4pct", "e-5", "qualified"),
    ("a-11wk", "f-12wk", "qualified"),
    ("t-title-fri", "f-jul24", "qualified"),
]


def main():
    texts = {}
    rows, errors, seen = [], [], set()
    for cid, doc, ctx, span, kind, low, high, unit, req, topic in CLAIMS:
        if cid in seen:
            errors.append(f"duplicate id {cid}")
        seen.add(cid)
        if doc not in texts:
            texts[doc] = (TOPIC / doc).read_text(encoding="utf-8")
        text = texts[doc]
        n = text.count(ctx)
        if n != 1:
            errors.append(f"{cid}: context {ctx!r} occurs {n} times in {doc}")
            continue
        base = text.index(ctx)
        off = ctx.find(span)
        if off < 0:
            errors.append(f"{cid}: span {span!r} not in context {ctx!r}")
            continue
        start = base + off
        end = start + len(span)
        if text[start:end] != span:
            errors.append(f"{cid}: slice mismatch")
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    # overlapping spans within a document would make matching ambiguous
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                errors.append(f"overlap in {doc}: {x['id']} / {y['id']}")
    ids = {r["id"]: r for r in rows}
    pairs = set()
    for a, b, grade in CONFLICTS:
        if a not in ids or b not in ids:
            errors.append(f"conflict refers to unknown id {a} / {b}")
            continue
        if ids[a]["doc"] == ids[b]["doc"]:
            errors.append(f"conflict within one document: {a} / {b}")
        key = frozenset((a, b))
        if key in pairs:
            errors.append(f"duplicate conflict {a} / {b}")
        pairs.add(key)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    # claims in document order
    order = {d: i for i, d in enumerate([W, P, A, E, B, T, F])}
    rows.sort(key=lambda r: (order[r["doc"]], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for a, b, grade in CONFLICTS:
            f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": grade}) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"claims: {len(rows)} ({req} required, {len(rows) - req} optional); "
          f"conflicts: {sum(g == 'strict' for *_, g in CONFLICTS)} strict, "
          f"{sum(g == 'qualified' for *_, g in CONFLICTS)} qualified")


if __name__ == "__main__":
    main()
