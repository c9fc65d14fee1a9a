#!/usr/bin/env python3
"""Build relyvrio.gold.jsonl: every span is located by a context string that must occur
exactly once in its article; the span is the first occurrence of `span` inside that context.
Offsets are Unicode code points into the UTF-8 text. Checks every span against the slice."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "relyvrio")
OUT = os.path.join(HERE, "relyvrio.gold.jsonl")
T, F = True, False
W1, W2, W3, W4, W5, W6, W7 = ("rel01_wire.txt", "rel02_press.txt", "rel03_abstract.txt",
                              "rel04_explainer.txt", "rel05_blog.txt", "rel06_trade.txt",
                              "rel07_factcheck.txt")
M = "\u2212"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---------------- rel01 wire (2024-04-04) ----------------
 ("rel-01-dl", W1, "Mass., April 4 (Harbor", "April 4", "date", 2024, 2024, "year", F, "dateline (publication metadata)"),
 ("rel-01-thu", W1, "said\non Thursday it would", "Thursday", "date", 2024, 2024, "year", T, "withdrawal announcement date"),
 ("rel-01-lay70", W1, "lay off about 70% of its", "70%", "percent", 70, 70, "%", T, "workforce reduction share"),
 ("rel-01-asof", W1, "as of Thursday", "Thursday", "date", 2024, 2024, "year", F, "no new patients from (repeat of announcement date)"),
 ("rel-01-18mo", W1, "roughly 18 months ago", "18 months", "duration", 18, 18, "months", F, "time since US approval (aside)"),
 ("rel-01-n137", W1, "single 137-person", "137", "count", 137, 137, "participants", T, "centaur randomized"),
 ("rel-01-mar", W1, "against it in March 2022", "March 2022", "date", 2022, 2022, "year", T, "first adcom date"),
 ("rel-01-sfor", W1, "voted\n7-2 in favour", "7", "count", 7, 7, "votes", T, "september adcom votes for"),
 ("rel-01-sagn", W1, "-2 in favour", "2", "count", 2, 2, "votes", T, "september adcom votes against"),
 ("rel-01-sep", W1, "in favour that September", "that September", "date", 2022, 2022, "year", F, "second adcom date (resolved from context)"),
 ("rel-01-lastmo", W1, "Last month, Amylyx said", "Last month", "date", 2024, 2024, "year", T, "phoenix topline date"),
 ("rel-01-48wk", W1, "the 48-week PHOENIX", "48-week", "duration", 48, 48, "weeks", T, "phoenix treatment duration"),
 ("rel-01-600", W1, "more than 600 adults", "600", "count", 600, 600, "participants", T, "phoenix enrolled (lower bound)"),
 ("rel-01-384", W1, "384 full-time", "384", "count", 384, 384, "employees", T, "employees end of 2023"),
 ("rel-01-2023", W1, "at the end of 2023", "2023", "date", 2023, 2023, "year", F, "as-of date for headcount"),
 ("rel-01-2026", W1, "cash into 2026", "2026", "date", 2026, 2026, "year", T, "cash runway (forecast)"),
 ("rel-01-price", W1, "about $163,000 a year", "$163,000", "money", 163000, 163000, "USD", T, "list price per year (2024, most recent)"),
 ("rel-01-three", W1, "left with\nthree approved", "three", "count", 3, 3, "treatments", T, "approved ALS treatments remaining"),
 ("rel-01-2to5", W1, "die within two to five years", "two to five years", "duration", 2, 5, "years", T, "survival after diagnosis"),

 # ---------------- rel02 press release (2022-09-29) ----------------
 ("rel-02-4to6", W2, "within four to six weeks", "four to six weeks", "duration", 4, 6, "weeks", T, "time to availability"),
 ("rel-02-dl", W2, "Mass., September 29, 2022 --", "September 29, 2022", "date", 2022, 2022, "year", F, "dateline (publication metadata)"),
 ("rel-02-today", W2, "the \"Company\") today announced", "today", "date", 2022, 2022, "year", T, "fda approval date"),
 ("rel-02-todayq", W2, "\"Today is a milestone", "Today", "date", 2022, 2022, "year", F, "quote (repeat of approval date)"),
 ("rel-02-n137", W2, "enrolled 137 adults", "137", "count", 137, 137, "participants", T, "centaur randomized"),
 ("rel-02-ratio", W2, "randomized 2:1 to receive", "2:1", "ratio", 2, 2, "ratio", F, "allocation ratio (definitional)"),
 ("rel-02-n89", W2, "(n=89)", "89", "count", 89, 89, "participants", T, "centaur drug arm"),
 ("rel-02-n48", W2, "(n=48)", "48", "count", 48, 48, "participants", T, "centaur placebo arm"),
 ("rel-02-24wk", W2, "for 24 weeks. RELYVRIO", "24 weeks", "duration", 24, 24, "weeks", T, "centaur treatment duration"),
 ("rel-02-042", W2, "by 0.42 points per month", "0.42 points", "score", 0.42, 0.42, "points/month", T, "centaur alsfrs-r slope difference"),
 ("rel-02-p", W2, "(p=0.03)", "0.03", "pvalue", 0.03, 0.03, "p", F, "centaur primary p-value"),
 ("rel-02-232", W2, "a difference of 2.32 points", "2.32 points", "score", 2.32, 2.32, "points", T, "centaur alsfrs-r difference at week 24"),
 ("rel-02-wk24", W2, "at Week 24", "Week 24", "duration", 24, 24, "weeks", F, "timepoint"),
 ("rel-02-35mo", W2, "up to 35 months of follow-up", "35 months", "duration", 35, 35, "months", F, "maximum follow-up"),
 ("rel-02-65", W2, "survival 6.5 months longer", "6.5 months", "duration", 6.5, 6.5, "months", T, "centaur median survival gain (itt, july 2020 cut)"),
 ("rel-02-25", W2, "(25.0 months versus", "25.0 months", "duration", 25.0, 25.0, "months", T, "centaur median survival drug arm"),
 ("rel-02-185", W2, "versus 18.5 months)", "18.5 months", "duration", 18.5, 18.5, "months", T, "centaur median survival placebo arm"),
 ("rel-02-44", W2, "a 44% lower risk", "44%", "percent", 44, 44, "%", T, "centaur risk of death reduction"),
 ("rel-02-sep7", W2, "On September 7, the FDA", "September 7", "date", 2022, 2022, "year", T, "second adcom date"),
 ("rel-02-sfor", W2, "voted 7 to 2 that", "7", "count", 7, 7, "votes", T, "september adcom votes for"),
 ("rel-02-sagn", W2, "7 to 2 that", "2", "count", 2, 2, "votes", T, "september adcom votes against"),
 ("rel-02-june", W2, "In June, Health Canada", "In June", "date", 2022, 2022, "year", T, "health canada conditional approval date"),
 ("rel-02-3g", W2, "contains 3 g of sodium", "3 g", "dose", 3, 3, "g", T, "sodium phenylbutyrate per packet"),
 ("rel-02-1g", W2, "and 1 g of taurursodiol", "1 g", "dose", 1, 1, "g", T, "taurursodiol per packet"),
 ("rel-02-pk1", W2, "dosing is one packet daily", "one packet", "dose", 1, 1, "packets", F, "once-daily lead-in dose"),
 ("rel-02-pk2", W2, "then one packet twice", "one packet", "dose", 1, 1, "packets", F, "maintenance dose per administration"),
 ("rel-02-3wk", W2, "the first three weeks", "three weeks", "duration", 3, 3, "weeks", T, "once-daily lead-in"),
 ("rel-02-wac", W2, "to be $12,504 per", "$12,504", "money", 12504, 12504, "USD", T, "wholesale acquisition cost per 28-day supply"),
 ("rel-02-28d", W2, "per 28-day supply", "28-day", "duration", 28, 28, "days", F, "price period"),
 ("rel-02-topl", W2, "results in late 2023 or early 2024", "late 2023 or early 2024", "date", 2023, 2024, "year", T, "phoenix topline forecast (made 2022)"),
 ("rel-02-29k", W2, "Approximately 29,000 people", "29,000", "count", 29000, 29000, "people", F, "us als prevalence (About section)"),
 ("rel-02-2013", W2, "founded in 2013", "2013", "date", 2013, 2013, "year", F, "company founded (About section)"),

 # ---------------- rel03 structured synopsis (2024-07-15) ----------------
 ("rel-03-canjun", W3, "in Canada in June 2022", "June 2022", "date", 2022, 2022, "year", T, "health canada conditional approval date"),
 ("rel-03-18mo", W3, "within the previous 18 months", "18 months", "duration", 18, 18, "months", T, "centaur eligibility: time since symptom onset"),
 ("rel-03-ratio", W3, "assigned 2:1 to", "2:1", "ratio", 2, 2, "ratio", F, "allocation ratio (definitional)"),
 ("rel-03-3g", W3, "(3 g sodium", "3 g", "dose", 3, 3, "g", T, "sodium phenylbutyrate dose"),
 ("rel-03-1g", W3, "plus 1 g taurursodiol", "1 g", "dose", 1, 1, "g", T, "taurursodiol dose"),
 ("rel-03-3wk", W3, "once daily for 3 weeks", "3 weeks", "duration", 3, 3, "weeks", T, "once-daily lead-in"),
 ("rel-03-24wk", W3, "placebo for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", T, "centaur treatment duration"),
 ("rel-03-range", W3, "(range 0–48)", "0–48", "score", 0, 48, "points", F, "alsfrs-r range (definitional)"),
 ("rel-03-cut", W3, "cut-off July 2020", "July 2020", "date", 2020, 2020, "year", F, "survival data cut-off"),
 ("rel-03-35mo", W3, "maximum follow-up 35 months", "35 months", "duration", 35, 35, "months", F, "maximum follow-up"),
 ("rel-03-ratio32", W3, "randomized adults 3:2", "3:2", "ratio", 1.5, 1.5, "ratio", F, "phoenix allocation (definitional)"),
 ("rel-03-48wk", W3, "placebo for 48 weeks at", "48 weeks", "duration", 48, 48, "weeks", T, "phoenix treatment duration"),
 ("rel-03-65s", W3, "more than 65 sites", "65", "count", 65, 65, "sites", T, "phoenix sites (lower bound)"),
 ("rel-03-wk48a", W3, "score at week 48.", "week 48", "duration", 48, 48, "weeks", F, "timepoint"),
 ("rel-03-177", W3, "Of 177 people", "177", "count", 177, 177, "people", T, "centaur screened"),
 ("rel-03-n137", W3, "137 were randomized", "137", "count", 137, 137, "participants", T, "centaur randomized"),
 ("rel-03-n89", W3, "(n=89 PB-TURSO", "89", "count", 89, 89, "participants", T, "centaur drug arm"),
 ("rel-03-n48", W3, "n=48 placebo)", "48", "count", 48, 48, "participants", T, "centaur placebo arm"),
 ("rel-03-mitt", W3, "comprised N = 135", "135", "count", 135, 135, "participants", T, "centaur mitt population"),
 ("rel-03-mitt87", W3, "(87 and 48)", "87", "count", 87, 87, "participants", T, "centaur mitt drug arm"),
 ("rel-03-mitt48", W3, "87 and 48)", "48", "count", 48, 48, "participants", F, "centaur mitt placebo arm (repeat)"),
 ("rel-03-d124", W3, "was " + M + "1.24 points", M + "1.24", "score", -1.24, -1.24, "points/month", T, "centaur alsfrs-r monthly change, drug arm"),
 ("rel-03-p166", W3, "and " + M + "1.66 points", M + "1.66", "score", -1.66, -1.66, "points/month", T, "centaur alsfrs-r monthly change, placebo arm"),
 ("rel-03-042", W3, "(difference 0.42 points/month", "0.42", "score", 0.42, 0.42, "points/month", T, "centaur alsfrs-r slope difference"),
 ("rel-03-ci042", W3, "95% CI, 0.03 to 0.81", "0.03 to 0.81", "score", 0.03, 0.81, "points/month", T, "ci of slope difference"),
 ("rel-03-p003", W3, "P=0.03)", "0.03", "pvalue", 0.03, 0.03, "p", F, "centaur primary p-value"),
 ("rel-03-wk24", W3, "difference at week 24", "week 24", "duration", 24, 24, "weeks", F, "timepoint"),
 ("rel-03-232", W3, "was 2.32 points", "2.32 points", "score", 2.32, 2.32, "points", T, "centaur alsfrs-r difference at week 24"),
 ("rel-03-ci232", W3, "0.18 to 4.47", "0.18 to 4.47", "score", 0.18, 4.47, "points", T, "ci of week-24 difference"),
 ("rel-03-19", W3, "About 19% of", "19%", "percent", 19, 19, "%", T, "centaur discontinuation for adverse events, drug arm"),
 ("rel-03-vs135", W3, "for 135 of 137", "135", "count", 135, 135, "participants", T, "vital status ascertained"),
 ("rel-03-vs137", W3, "135 of 137 participants", "137", "count", 137, 137, "participants", F, "randomized (repeat)"),
 ("rel-03-25", W3, "survival was 25.0 months", "25.0 months", "duration", 25.0, 25.0, "months", T, "centaur median survival drug arm"),
 ("rel-03-185", W3, "versus 18.5 months with", "18.5 months", "duration", 18.5, 18.5, "months", T, "centaur median survival placebo arm"),
 ("rel-03-65", W3, "a difference of 6.5 months", "6.5 months", "duration", 6.5, 6.5, "months", T, "centaur median survival gain (itt, july 2020 cut)"),
 ("rel-03-hr", W3, "(HR 0.56;", "0.56", "ratio", 0.56, 0.56, "HR", T, "centaur survival hazard ratio"),
 ("rel-03-cihr", W3, "0.34 to 0.92", "0.34 to 0.92", "ratio", 0.34, 0.92, "HR", T, "ci of survival hazard ratio"),
 ("rel-03-p023", W3, "P=.023)", ".023", "pvalue", 0.023, 0.023, "p", F, "survival p-value"),
 ("rel-03-71", W3, "placebo, 71% later", "71%", "percent", 71, 71, "%", T, "placebo participants crossing over in OLE"),
 ("rel-03-n85", W3, "(n=85 vs", "85", "count", 85, 85, "participants", T, "pro-act external controls"),
 ("rel-03-n89b", W3, "vs n=89)", "89", "count", 89, 89, "participants", F, "centaur drug arm (repeat)"),
 ("rel-03-104", W3, "a 10.4-month longer", "10.4-month", "duration", 10.4, 10.4, "months", T, "median survival gain vs external control (post hoc)"),
 ("rel-03-n664", W3, "N = 664 were randomized", "664", "count", 664, 664, "participants", T, "phoenix randomized"),
 ("rel-03-83", W3, "83% were enrolled", "83%", "percent", 83, 83, "%", T, "phoenix share enrolled in europe"),
 ("rel-03-wk48b", W3, "decline at week 48 was", "week 48", "duration", 48, 48, "weeks", F, "timepoint"),
 ("rel-03-1498", W3, M + "14.98 points", M + "14.98", "score", -14.98, -14.98, "points", T, "phoenix alsfrs-r change, drug arm"),
 ("rel-03-1532", W3, M + "15.32 points", M + "15.32", "score", -15.32, -15.32, "points", T, "phoenix alsfrs-r change, placebo arm"),
 ("rel-03-0343", W3, "(difference 0.343;", "0.343", "score", 0.343, 0.343, "points", T, "phoenix alsfrs-r difference overall"),
 ("rel-03-p667", W3, "P=0.667)", "0.667", "pvalue", 0.667, 0.667, "p", F, "phoenix primary p-value"),
 ("rel-03-svc", W3, "(difference 2.02 points)", "2.02 points", "score", 2.02, 2.02, "points", T, "phoenix svc difference"),
 ("rel-03-alsaq", W3, "(difference 1.41 points)", "1.41 points", "score", 1.41, 1.41, "points", T, "phoenix alsaq-40 difference"),
 ("rel-03-1in4", W3, "Roughly one in four", "one in four", "percent", 25, 25, "%", T, "phoenix share meeting centaur criteria"),
 ("rel-03-201", W3, "difference was 2.01 points", "2.01 points", "score", 2.01, 2.01, "points", T, "phoenix centaur-like subgroup difference"),
 ("rel-03-wd", W3, "markets in April 2024", "April 2024", "date", 2024, 2024, "year", T, "withdrawal date"),
 ("rel-03-recv", W3, "Received 2 May 2024", "2 May 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-03-acc", W3, "accepted 24 June 2024", "24 June 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-03-pub", W3, "published 15 July 2024", "15 July 2024", "date", 2024, 2024, "year", F, "publication metadata"),

 # ---------------- rel04 explainer (2024-04-18) ----------------
 ("rel-04-upd", W4, "Updated April 18, 2024", "April 18, 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-04-appr", W4, "approved it in September 2023", "September 2023", "date", 2023, 2023, "year", T, "fda approval date"),
 ("rel-04-two", W4, "combines two older compounds", "two", "count", 2, 2, "compounds", F, "number of components (definitional)"),
 ("rel-04-6mo", W4, "lasted six months", "six months", "duration", 6, 6, "months", T, "centaur treatment duration"),
 ("rel-04-166", W4, "lost about 1.66 points a month", "1.66 points", "score", 1.66, 1.66, "points/month", T, "centaur alsfrs-r monthly decline, drug arm"),
 ("rel-04-48pt", W4, "the 48-point ALS", "48-point", "score", 48, 48, "points", F, "scale maximum (definitional)"),
 ("rel-04-042", W4, "roughly 0.42 points a month", "0.42 points", "score", 0.42, 0.42, "points/month", T, "centaur alsfrs-r slope difference"),
 ("rel-04-10mo", W4, "around 10 months longer", "10 months", "duration", 10, 10, "months", T, "median survival gain vs older-study controls"),
 ("rel-04-48wk", W4, "ran for 48 weeks", "48 weeks", "duration", 48, 48, "weeks", T, "phoenix treatment duration"),
 ("rel-04-9in10", W4, "about nine in ten", "nine in ten", "percent", 90, 90, "%", T, "phoenix share enrolled in europe"),
 ("rel-04-apr4", W4, "As of April 4", "April 4", "date", 2024, 2024, "year", T, "no new patients from (withdrawal)"),
 ("rel-04-price", W4, "about $163,000 a year", "$163,000", "money", 163000, 163000, "USD", T, "list price per year (before withdrawal)"),
 ("rel-04-tof", W4, "approved in April 2023", "April 2023", "date", 2023, 2023, "year", T, "tofersen approval date"),
 ("rel-04-sod1", W4, "roughly 2% of people", "2%", "percent", 2, 2, "%", T, "share of als caused by sod1"),
 ("rel-04-30k", W4, "Up to 30,000 Americans", "30,000", "count", 30000, 30000, "people", T, "us als prevalence (upper bound)"),
 ("rel-04-2to5", W4, "live two to five years", "two to five years", "duration", 2, 5, "years", T, "survival after diagnosis"),

 # ---------------- rel05 blog (2024-09-29) ----------------
 ("rel-05-2yr", W5, "Two years after Relyvrio", "Two years", "duration", 2, 2, "years", F, "headline (time since approval)"),
 ("rel-05-pub", W5, "September 29, 2024 ·", "September 29, 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-05-appr", W5, "Two years ago today", "Two years ago today", "date", 2022, 2022, "year", T, "fda approval date"),
 ("rel-05-mar", W5, "data in March 2022 voted", "March 2022", "date", 2022, 2022, "year", T, "first adcom date"),
 ("rel-05-magn", W5, "voted 7-3 against", "7", "count", 7, 7, "votes", T, "march adcom votes against"),
 ("rel-05-mfor", W5, "-3 against", "3", "count", 3, 3, "votes", T, "march adcom votes for"),
 ("rel-05-p1", W5, "with a p-value of 0.03 on", "0.03", "pvalue", 0.03, 0.03, "p", F, "centaur primary p-value"),
 ("rel-05-sep", W5, "In September the panel", "In September", "date", 2022, 2022, "year", F, "second adcom date (resolved from context)"),
 ("rel-05-sfor", W5, "swung to 7-2 in favour", "7", "count", 7, 7, "votes", T, "september adcom votes for"),
 ("rel-05-sagn", W5, "-2 in favour", "2", "count", 2, 2, "votes", T, "september adcom votes against"),
 ("rel-05-price", W5, "launch price of $185,000", "$185,000", "money", 185000, 185000, "USD", T, "list price per year at launch"),
 ("rel-05-sales", W5, "brought in $381 million", "$381 million", "money", 381000000, 381000000, "USD", T, "relyvrio net revenue 2023"),
 ("rel-05-2023", W5, "in 2023 alone", "2023", "date", 2023, 2023, "year", F, "revenue period"),
 ("rel-05-48", W5, "came out at 4.8 months", "4.8 months", "duration", 4.8, 4.8, "months", T, "centaur median survival gain (itt, later cut)"),
 ("rel-05-48wka", W5, "scores over 48 weeks", "48 weeks", "duration", 48, 48, "weeks", F, "caption timepoint"),
 ("rel-05-48wkb", W5, "placebo at 48 weeks", "48 weeks", "duration", 48, 48, "weeks", F, "timepoint"),
 ("rel-05-2pt", W5, "was about two points on", "two points", "score", 2, 2, "points", T, "phoenix alsfrs-r difference overall"),
 ("rel-05-apr", W5, "In April Amylyx", "In April", "date", 2024, 2024, "year", T, "withdrawal date"),
 ("rel-05-p2", W5, "p-value of 0.03 in 137", "0.03", "pvalue", 0.03, 0.03, "p", F, "centaur primary p-value (repeat)"),
 ("rel-05-n137", W5, "0.03 in 137 people", "137", "count", 137, 137, "participants", T, "centaur randomized"),

 # ---------------- rel06 trade (2024-03-11) ----------------
 ("rel-06-pub", W6, "March 11, 2024 |", "March 11, 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-06-fri", W6, "disclosed on Friday", "Friday", "date", 2024, 2024, "year", T, "phoenix topline date"),
 ("rel-06-2yr", W6, "less than two years after", "two years", "duration", 2, 2, "years", F, "time since approval (upper bound, aside)"),
 ("rel-06-48wk", W6, "PHOENIX, a 48-week", "48-week", "duration", 48, 48, "weeks", T, "phoenix treatment duration"),
 ("rel-06-664", W6, "study of 664 adults", "664", "count", 664, 664, "participants", T, "phoenix randomized"),
 ("rel-06-wk48", W6, "score at week 48 (p", "week 48", "duration", 48, 48, "weeks", F, "timepoint"),
 ("rel-06-p", W6, "(p=0.667)", "0.667", "pvalue", 0.667, 0.667, "p", F, "phoenix primary p-value"),
 ("rel-06-600", W6, "enroll about 600 patients", "600", "count", 600, 600, "participants", T, "phoenix planned enrollment"),
 ("rel-06-8wk", W6, "within eight weeks", "eight weeks", "duration", 8, 8, "weeks", T, "decision window on withdrawal"),
 ("rel-06-173", W6, "The 173-patient CENTAUR", "173", "count", 173, 173, "participants", T, "centaur randomized"),
 ("rel-06-24wk", W6, "decline over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", T, "centaur treatment duration"),
 ("rel-06-56", W6, "a 5.6-month median", "5.6-month", "duration", 5.6, 5.6, "months", T, "centaur median survival gain"),
 ("rel-06-sfor", W6, "backed it 7-2 when", "7", "count", 7, 7, "votes", T, "september adcom votes for"),
 ("rel-06-sagn", W6, "-2 when it reconvened", "2", "count", 2, 2, "votes", T, "september adcom votes against"),
 ("rel-06-sales", W6, "brought in $380.8 million", "$380.8 million", "money", 380800000, 380800000, "USD", T, "relyvrio net revenue 2023"),
 ("rel-06-lastyr", W6, "revenue last year", "last year", "date", 2023, 2023, "year", F, "revenue period"),
 ("rel-06-price", W6, "started at $158,000 a year", "$158,000", "money", 158000, 158000, "USD", T, "list price per year at launch"),
 ("rel-06-can", W6, "Canada's 2022 conditional", "2022", "date", 2022, 2022, "year", T, "health canada conditional approval date"),
 ("rel-06-sep", W6, "During the September advisory", "September", "date", 2022, 2022, "year", F, "second adcom date (resolved from context)"),
 ("rel-06-1p5", W6, "for a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", F, "time in use (quote)"),

 # ---------------- rel07 fact-check (2024-04-12) ----------------
 ("rel-07-pub", W7, "| April 12, 2024", "April 12, 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("rel-07-qagn", W7, "voted 9-1 against it", "9", "count", 9, 9, "votes", F, "quoted false post: votes against"),
 ("rel-07-qfor", W7, "-1 against it", "1", "count", 1, 1, "votes", F, "quoted false post: votes for"),
 ("rel-07-qprice", W7, "\"$200,000 a year", "$200,000", "money", 200000, 200000, "USD", F, "quoted false post: price"),
 ("rel-07-apr4", W7, "announced on April 4 that", "April 4", "date", 2024, 2024, "year", T, "withdrawal announcement date"),
 ("rel-07-twice", W7, "met twice to consider", "twice", "count", 2, 2, "meetings", F, "number of adcom meetings"),
 ("rel-07-mar", W7, "on March 30, 2022, members", "March 30, 2022", "date", 2022, 2022, "year", T, "first adcom date"),
 ("rel-07-magn", W7, "Six members voted no", "Six", "count", 6, 6, "votes", T, "march adcom votes against"),
 ("rel-07-mfor", W7, "and four voted yes", "four", "count", 4, 4, "votes", T, "march adcom votes for"),
 ("rel-07-n9", W7, "was nine to one", "nine", "count", 9, 9, "votes", F, "negated hypothetical tally"),
 ("rel-07-n1", W7, "nine to one.", "one", "count", 1, 1, "votes", F, "negated hypothetical tally"),
 ("rel-07-sep7", W7, "again on Sept. 7, 2022", "Sept. 7, 2022", "date", 2022, 2022, "year", T, "second adcom date"),
 ("rel-07-sfor", W7, "voted seven to two", "seven", "count", 7, 7, "votes", T, "september adcom votes for"),
 ("rel-07-sagn", W7, "seven to two in favour", "two", "count", 2, 2, "votes", T, "september adcom votes against"),
 ("rel-07-appr", W7, "the drug on Sept. 29, 2022, under", "Sept. 29, 2022", "date", 2022, 2022, "year", T, "fda approval date"),
 ("rel-07-price", W7, "list price of $158,000 a year", "$158,000", "money", 158000, 158000, "USD", T, "list price per year at launch"),
 ("rel-07-icery", W7, "ICER's 2022 analysis", "2022", "date", 2022, 2022, "year", F, "icer report year"),
 ("rel-07-icer", W7, "$9,100 to $30,600", "$9,100 to $30,600", "money", 9100, 30600, "USD", T, "icer value-based price range per year"),
 ("rel-07-24wk", W7, "decline over 24 weeks", "24 weeks", "duration", 24, 24, "weeks", T, "centaur treatment duration"),
 ("rel-07-646", W7, "which enrolled 646 people", "646", "count", 646, 646, "participants", T, "phoenix randomized"),
 ("rel-07-48wk", W7, "after 48 weeks", "48 weeks", "duration", 48, 48, "weeks", F, "timepoint"),
 ("rel-07-s1", W7, "results, March 30 and", "March 30", "date", 2022, 2022, "year", F, "source list (metadata)"),
 ("rel-07-s2", W7, "and Sept. 7, 2022; Amylyx", "Sept. 7, 2022", "date", 2022, 2022, "year", F, "source list (metadata)"),
 ("rel-07-s3", W7, "releases, Sept. 29, 2022,", "Sept. 29, 2022", "date", 2022, 2022, "year", F, "source list (metadata)"),
 ("rel-07-s4", W7, "March 8, 2024 and", "March 8, 2024", "date", 2024, 2024, "year", F, "source list (metadata)"),
 ("rel-07-s5", W7, "and April 4, 2024;", "April 4, 2024", "date", 2024, 2024, "year", F, "source list (metadata)"),
 ("rel-07-s6", W7, "ALS treatments, 2022;", "2022", "date", 2022, 2022, "year", F, "source list (metadata)"),
]

STRICT = [
 # A. March 2022 advisory vote tally (true 4 for / 6 against)
 ("rel-07-magn", "rel-05-magn"), ("rel-07-mfor", "rel-05-mfor"),
 # B. FDA approval year (true 2022)
 ("rel-04-appr", "rel-02-today"), ("rel-04-appr", "rel-05-appr"), ("rel-04-appr", "rel-07-appr"),
 # C. CENTAUR randomized (true 137)
 ("rel-06-173", "rel-01-n137"), ("rel-06-173", "rel-02-n137"), ("rel-06-173", "rel-03-n137"), ("rel-06-173", "rel-05-n137"),
 # D. CENTAUR monthly ALSFRS-R change on the drug (true -1.24; 1.66 is the placebo arm)
 ("rel-04-166", "rel-03-d124"),
 # E. CENTAUR median survival gain, July 2020 analysis (true 6.5 months)
 ("rel-06-56", "rel-02-65"), ("rel-06-56", "rel-03-65"),
 # F. Launch list price per year (true $158,000)
 ("rel-05-price", "rel-06-price"), ("rel-05-price", "rel-07-price"),
 # G. PHOENIX randomized (true 664)
 ("rel-07-646", "rel-03-n664"), ("rel-07-646", "rel-06-664"),
 # H. PHOENIX overall ALSFRS-R difference (true 0.343; 2.01 was a subgroup)
 ("rel-05-2pt", "rel-03-0343"),
 # I. PHOENIX share enrolled in Europe (true 83%)
 ("rel-04-9in10", "rel-03-83"),
]
QUALIFIED = [
 # mITT 135 vs randomized counts
 ("rel-03-mitt87", "rel-02-n89"),
 ("rel-03-mitt", "rel-01-n137"), ("rel-03-mitt", "rel-02-n137"), ("rel-03-mitt", "rel-05-n137"), ("rel-03-mitt", "rel-06-173"),
 # later ITT cut (4.8 months) vs July 2020 cut (6.5) and its misprint (5.6)
 ("rel-05-48", "rel-02-65"), ("rel-05-48", "rel-03-65"), ("rel-05-48", "rel-06-56"),
 # planned enrolment (about 600) vs actual
 ("rel-06-600", "rel-03-n664"), ("rel-06-600", "rel-07-646"),
]


def main():
    texts = {}
    for d in {c[1] for c in C}:
        with open(os.path.join(TOPIC, d), encoding="utf-8") as f:
            texts[d] = f.read()
    rows, ids, spans = [], {}, set()
    for (cid, doc, ctx, span, kind, low, high, unit, req, topic) in C:
        t = texts[doc]
        n = t.count(ctx)
        if n != 1:
            sys.exit(f"{cid}: context {ctx!r} occurs {n} times in {doc}")
        k = ctx.find(span)
        if k < 0:
            sys.exit(f"{cid}: span {span!r} not in context {ctx!r}")
        start = t.find(ctx) + k
        end = start + len(span)
        assert t[start:end] == span, cid
        if cid in ids:
            sys.exit(f"duplicate id {cid}")
        if (doc, start, end) in spans:
            sys.exit(f"duplicate span {cid}")
        spans.add((doc, start, end))
        ids[cid] = doc
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                     "kind": kind, "low": low, "high": high, "unit": unit, "required": req, "topic": topic})
    # overlapping spans within a doc are not allowed
    by = {}
    for r in rows:
        by.setdefault(r["doc"], []).append(r)
    for d, rs in by.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                sys.exit(f"overlap {a['id']} {b['id']}")
    seen = set()
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            if a not in ids or b not in ids:
                sys.exit(f"unknown id in {a},{b}")
            if ids[a] == ids[b]:
                sys.exit(f"same-document pair {a},{b}")
            key = frozenset((a, b))
            if key in seen:
                sys.exit(f"duplicate pair {a},{b}")
            seen.add(key)
            rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(1 for r in rows if r["type"] == "claim" and r["required"])
    ncl = sum(1 for r in rows if r["type"] == "claim")
    print(f"claims {ncl} (required {nreq}, optional {ncl - nreq}); strict {len(STRICT)}; qualified {len(QUALIFIED)}")


if __name__ == "__main__":
    main()
