#!/usr/bin/env python3
"""Build australia-social-media-ban.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "australia-social-media-ban")
OUT = os.path.join(HERE, "australia-social-media-ban.gold.jsonl")
T = "az"

W, P, A, E, B, L, F = ("AZ01_wire.txt", "AZ02_press.txt", "AZ03_abstract.txt",
                       "AZ04_explainer.txt", "AZ05_blog.txt", "AZ06_local.txt", "AZ07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AZ01 wire (2026-01-15, Thursday)
 ("w-h47", W, "Australia says 4.7 million", "4.7 million", "count", 4700000, 4700000, "accounts", N, "headline repeat"),
 ("w-h16", W, "4.7 million under-16 accounts shut", "16", "age", 16, 16, "years", N, "minimum age (headline)"),
 ("w-dl", W, "SYDNEY, Jan 15", "Jan 15", "date", 2026, 2026, "year", N, "dateline"),
 ("w-47", W, "more than 4.7 million accounts belonging", "4.7 million", "count", 4700000, 4700000, "accounts", Y, "under-16 accounts deactivated/removed/restricted (eSafety first tranche)"),
 ("w-u16a", W, "judged to be under 16 since", "16", "age", 16, 16, "years", N, "minimum age"),
 ("w-lastmo", W, "took effect last month", "last month", "date", 2025, 2025, "year", Y, "minimum age obligation start date"),
 ("w-thu", W, "said on Thursday", "Thursday", "date", 2026, 2026, "year", Y, "4.7 million announcement date"),
 ("w-10p", W, "from the 10 platforms covered", "10", "count", 10, 10, "platforms", Y, "platforms covered by the law"),
 ("w-mon", W, "said on Monday it had", "Monday", "date", 2026, 2026, "year", N, "meta blog post date"),
 ("w-330", W, "deactivated 330,639 accounts", "330,639", "count", 330639, 330639, "accounts", Y, "meta accounts deactivated dec 4-11, all three services (as reported)"),
 ("w-u16b", W, "held by under-16s across", "16", "age", 16, 16, "years", N, "minimum age"),
 ("w-dec4", W, "between Dec. 4, when", "Dec. 4", "date", 2025, 2025, "year", N, "meta removal period start"),
 ("w-dec11", W, "and Dec. 11.", "Dec. 11", "date", 2025, 2025, "year", N, "meta removal period end"),
 ("w-19m", W, "roughly 1.9 million Australians", "1.9 million", "count", 1900000, 1900000, "people", Y, "abs projected australians aged 10-15"),
 ("w-1015", W, "aged 10 to 15, according", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("w-u16c", W, "keep under-16s off their services", "16", "age", 16, 16, "years", N, "minimum age"),
 ("w-495", W, "up to A$49.5 million ($33", "A$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("w-33", W, "($33 million)", "$33 million", "money", 33000000, 33000000, "USD", Y, "maximum fine in US dollars (jan 2026)"),
 ("w-1m", W, "more than one million visits", "one million", "count", 1000000, 1000000, "visits", Y, "esafety website visits since october campaign"),
 ("w-oct", W, "began in October", "October", "date", 2025, 2025, "year", N, "education campaign start"),
 ("w-hweek", W, "PASSED IN A WEEK", "A WEEK", "duration", 1, 1, "weeks", N, "subhead"),
 ("w-nov24", W, "Bill in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "parliament passed the law"),
 ("w-week", W, "about a week after it was introduced", "about a week", "duration", 1, 1, "weeks", N, "time from introduction to passage"),
 ("w-102", W, "approved it 102 votes to 13", "102", "vote", 102, 102, "votes", Y, "house vote, for"),
 ("w-13", W, "102 votes to 13 and the Senate", "13", "vote", 13, 13, "votes", Y, "house vote, against"),
 ("w-34", W, "the Senate 34 votes to 19", "34", "vote", 34, 34, "votes", Y, "senate vote, for"),
 ("w-19", W, "34 votes to 19, with", "19", "vote", 19, 19, "votes", Y, "senate vote, against"),
 ("w-two", W, "with two Coalition senators", "two", "count", 2, 2, "senators", Y, "coalition senators crossing the floor"),
 ("w-12mo", W, "given 12 months to prepare", "12 months", "duration", 12, 12, "months", Y, "implementation period"),
 ("w-60", W, "trial of 60 age-assurance vendors", "60", "count", 60, 60, "vendors", Y, "age assurance trial vendors"),
 ("w-aug", W, "reported in August", "August", "date", 2025, 2025, "year", Y, "trial final report publication"),
 ("w-16close", W, "users close to 16.", "16", "age", 16, 16, "years", N, "threshold"),
 ("w-77", W, "found 77% of Australians", "77%", "percent", 77, 77, "%", Y, "yougov support nov 2024"),
 ("w-1598", W, "survey of 1,598 adults", "1,598", "count", 1598, 1598, "adults", Y, "monash survey sample"),
 ("w-lastmo2", W, "adults released last month", "last month", "date", 2025, 2025, "year", N, "monash survey release"),
 ("w-79", W, "support at 79%", "79%", "percent", 79, 79, "%", Y, "monash support overall dec 2025"),
 ("w-72", W, "lowest backing, 72%", "72%", "percent", 72, 72, "%", Y, "monash support 18-24"),
 ("w-1824", W, "among 18- to 24-year-olds", "18- to 24-year-olds", "age", 18, 24, "years", N, "age band"),
 ("w-2yr", W, "within two years of the age", "two years", "duration", 2, 2, "years", Y, "statutory review deadline"),

 # ---- AZ02 press release (2025-09-02, Tuesday)
 ("p-h60", P, "among more than 60 technologies assessed", "60", "count", 60, 60, "technologies", N, "subtitle repeat"),
 ("p-dl", P, "September 2, 2025", "September 2, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-sun", P, "published in full on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "trial final report publication"),
 ("p-60", P, "assessed more than 60 technologies", "60", "count", 60, 60, "technologies", Y, "technologies assessed in trial"),
 ("p-48", P, "from 48 age assurance vendors", "48", "count", 48, 48, "vendors", Y, "age assurance trial vendors"),
 ("p-28800", P, "more than 28,800 technical", "28,800", "count", 28800, 28800, "datapoints", Y, "trial technical datapoints"),
 ("p-37000", P, "37,000 mystery-shopper", "37,000", "count", 37000, 37000, "interactions", Y, "trial mystery-shopper interactions"),
 ("p-ten", P, "released in ten volumes", "ten", "count", 10, 10, "volumes", Y, "final report volumes"),
 ("p-jun20", P, "published on June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", Y, "trial preliminary findings publication"),
 ("p-65m", P, "the A$6.5 million trial", "A$6.5 million", "money", 6500000, 6500000, "AUD", Y, "age assurance trial cost"),
 ("p-u16", P, "Australians under 16 from holding", "16", "age", 16, 16, "years", N, "minimum age"),
 ("p-dec26", P, "by December 10, 2026", "December 10, 2026", "date", 2026, 2026, "year", Y, "minimum age obligation start date"),
 ("p-495", P, "up to A$49.5 million. Parliament", "A$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("p-nov24", P, "legislation in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "parliament passed the law"),
 ("p-34", P, "Senate voting 34 to 18", "34", "vote", 34, 34, "votes", Y, "senate vote, for"),
 ("p-18", P, "34 to 18 in favour", "18", "vote", 18, 18, "votes", Y, "senate vote, against"),
 ("p-12mo", P, "their 12-month implementation", "12-month", "duration", 12, 12, "months", Y, "implementation period"),
 ("p-age16", P, "near the age of 16", "16", "age", 16, 16, "years", N, "threshold"),
 ("p-16yo", P, "wrongly blocked 16-year-old", "16-year-old", "age", 16, 16, "years", N, "example user"),
 ("p-july", P, "research released in July", "July", "date", 2025, 2025, "year", N, "esafety report release"),
 ("p-96", P, "found that 96% of Australian", "96%", "percent", 96, 96, "%", Y, "children 10-15 who used social media"),
 ("p-1015", P, "aged 10 to 15 had used", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("p-one", P, "at least one social media platform, and", "one", "count", 1, 1, "platforms", N, "definition"),
 ("p-57", P, "and that 57% had encountered", "57%", "percent", 57, 57, "%", Y, "children 10-15 who encountered content associated with harm"),
 ("p-18a", P, "estimated at 18 or older", "18", "age", 18, 18, "years", N, "product buffer threshold"),
 ("p-18b", P, "estimated below 18 is", "18", "age", 18, 18, "years", N, "product buffer threshold"),
 ("p-sep16", P, "on September 16 to walk", "September 16", "date", 2025, 2025, "year", N, "company webinar"),
 ("p-2019", P, "Founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-85", P, "employs 85 people", "85", "count", 85, 85, "employees", N, "about section"),
 ("p-12kf", P, "sets out 12 key findings", "12", "count", 12, 12, "findings", Y, "trial key findings"),
 ("p-2021", P, "Online Safety Act 2021", "2021", "date", 2021, 2021, "year", N, "act name"),

 # ---- AZ03 abstract (2025-10-06)
 ("a-pub", A, "Published online 6 October 2025", "6 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t1015", A, "aged 10–15 years before the social", "10–15 years", "age", 10, 15, "years", N, "title age band"),
 ("a-act", A, "Age) Act 2024, passed", "2024", "date", 2024, 2024, "year", N, "act name"),
 ("a-29nov", A, "on 29 November 2024 after", "29 November 2024", "date", 2024, 2024, "year", Y, "parliament passed the law"),
 ("a-102", A, "votes of 102–13 in the House", "102", "vote", 102, 102, "votes", Y, "house vote, for"),
 ("a-13", A, "102–13 in the House", "13", "vote", 13, 13, "votes", Y, "house vote, against"),
 ("a-34", A, "and 34–19 in the Senate", "34", "vote", 34, 34, "votes", Y, "senate vote, for"),
 ("a-19", A, "34–19 in the Senate", "19", "vote", 19, 19, "votes", Y, "senate vote, against"),
 ("a-u16", A, "younger than 16 years", "16 years", "age", 16, 16, "years", N, "minimum age"),
 ("a-dec25", A, "from 10 December 2025, with", "10 December 2025", "date", 2025, 2025, "year", Y, "minimum age obligation start date"),
 ("a-495", A, "up to A$49.5 million for systemic", "A$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("a-1017", A, "aged 10–17 years (N", "10–17 years", "age", 10, 17, "years", N, "survey age band"),
 ("a-3454", A, "N = 3,454", "3,454", "count", 3454, 3454, "children", Y, "esafety survey sample aged 10-17"),
 ("a-field", A, "between December 2024 and February 2025", "December 2024 and February 2025", "date", 2024, 2025, "year", N, "fieldwork period"),
 ("a-m1015", A, "aged 10–15 years (n=2,629)", "10–15 years", "age", 10, 15, "years", N, "age band"),
 ("a-2629", A, "(n=2,629), the group", "2,629", "count", 2629, 2629, "children", Y, "esafety analytic sample aged 10-15"),
 ("a-eight", A, "eight categories", "eight", "count", 8, 8, "categories", N, "methods"),
 ("a-half", A, "compared with one half by", "one half", "percent", 50, 50, "%", N, "test null value"),
 ("a-r2629", A, "Of 2,629 children", "2,629", "count", 2629, 2629, "children", N, "analytic sample (repeat)"),
 ("a-r1015", A, "Of 2,629 children aged 10–15 years, 96%", "10–15 years", "age", 10, 15, "years", N, "age band"),
 ("a-96", A, "years, 96% (n=2,524", "96%", "percent", 96, 96, "%", Y, "children 10-15 who used social media"),
 ("a-2524", A, "n=2,524", "2,524", "count", 2524, 2524, "children", Y, "children 10-15 who used social media (n)"),
 ("a-96ci", A, "95.2–96.7", "95.2–96.7", "percent", 95.2, 96.7, "%", Y, "ci"),
 ("a-one", A, "at least one social media platform, 94%", "one", "count", 1, 1, "platforms", N, "definition"),
 ("a-94", A, "platform, 94% (95% CI", "94%", "percent", 94, 94, "%", Y, "children 10-15 who used a communication platform"),
 ("a-94ci", A, "93.0–94.8", "93.0–94.8", "percent", 93.0, 94.8, "%", Y, "ci"),
 ("a-86", A, "and 86% (95% CI", "86%", "percent", 86, 86, "%", Y, "children 10-15 who played online games"),
 ("a-86ci", A, "84.6–87.3", "84.6–87.3", "percent", 84.6, 87.3, "%", Y, "ci"),
 ("a-rd", A, "difference −10 percentage points", "−10 percentage points", "percent", -10, -10, "pp", Y, "games minus social media use"),
 ("a-rdci", A, "95% CI −11.5 to −8.5", "−11.5 to −8.5", "percent", -11.5, -8.5, "pp", Y, "ci"),
 ("a-71", A, "Overall, 71%", "71%", "percent", 71, 71, "%", Y, "children 10-15 who encountered content associated with harm"),
 ("a-1867", A, "n=1,867", "1,867", "count", 1867, 1867, "children", Y, "harmful content (n)"),
 ("a-71ci", A, "69.3–72.7", "69.3–72.7", "percent", 69.3, 72.7, "%", Y, "ci"),
 ("a-57", A, "harm, 57% (95% CI", "57%", "percent", 57, 57, "%", Y, "children 10-15 who had seen online hate"),
 ("a-57ci", A, "55.1–58.9", "55.1–58.9", "percent", 55.1, 58.9, "%", Y, "ci"),
 ("a-52", A, "and 52% (95% CI", "52%", "percent", 52, 52, "%", Y, "children 10-15 cyberbullied"),
 ("a-52ci", A, "50.1–53.9", "50.1–53.9", "percent", 50.1, 53.9, "%", Y, "ci"),
 ("a-25", A, "online hate (25%)", "25%", "percent", 25, 25, "%", Y, "personally experienced online hate"),
 ("a-24", A, "harassment (24%)", "24%", "percent", 24, 24, "%", Y, "online sexual harassment"),
 ("a-23", A, "harassment (23%)", "23%", "percent", 23, 23, "%", Y, "non-consensual tracking/monitoring"),
 ("a-4yr", A, "at least 4 years older", "4 years", "age", 4, 4, "years", N, "definition (age gap)"),
 ("a-14", A, "reported by 14%", "14%", "percent", 14, 14, "%", Y, "children 10-15 with grooming-type experience"),
 ("a-368", A, "n=368", "368", "count", 368, 368, "children", Y, "grooming-type (n)"),
 ("a-14ci", A, "12.7–15.4", "12.7–15.4", "percent", 12.7, 15.4, "%", Y, "ci"),
 ("a-8", A, "abuse by 8%", "8%", "percent", 8, 8, "%", Y, "image-based abuse"),
 ("a-8ci", A, "7.0–9.1", "7.0–9.1", "percent", 7.0, 9.1, "%", Y, "ci"),
 ("a-3q", A, "Three quarters of children", "Three quarters", "percent", 75, 75, "%", Y, "harmful content most recently on social media"),
 ("a-61", A, "behaviour, 61% (95% CI", "61%", "percent", 61, 61, "%", Y, "grooming-type most recently on social media"),
 ("a-61ci", A, "55.8–65.7", "55.8–65.7", "percent", 55.8, 65.7, "%", Y, "ci"),
 ("a-half2", A, "more than one half (P", "one half", "percent", 50, 50, "%", N, "test null value"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-c1015", A, "aged 10–15 years is close", "10–15 years", "age", 10, 15, "years", N, "age band"),
 ("a-12mo", A, "at 12 months after commencement", "12 months", "duration", 12, 12, "months", N, "planned evaluation timepoint"),
 ("a-jul", A, "released 10 July 2025", "10 July 2025", "date", 2025, 2025, "year", N, "source date"),

 # ---- AZ04 explainer (2025-12-08, Monday)
 ("e-h16", E, "Australia's under-16 social", "16", "age", 16, 16, "years", N, "minimum age (headline)"),
 ("e-upd", E, "Updated December 8, 2025", "December 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-thiswed", E, "From this Wednesday", "this Wednesday", "date", 2025, 2025, "year", N, "start date (relative repeat)"),
 ("e-u16a", E, "anyone under 16 hold", "16", "age", 16, 16, "years", N, "minimum age"),
 ("e-dec10", E, "Wednesday, December 10, 2025.", "December 10, 2025", "date", 2025, 2025, "year", Y, "minimum age obligation start date"),
 ("e-u16b", E, "Australians under 16 from having", "16", "age", 16, 16, "years", N, "minimum age"),
 ("e-ten", E, "Ten platforms so far", "Ten", "count", 10, 10, "platforms", Y, "platforms covered by the law"),
 ("e-u16c", E, "Under-16s can still", "16", "age", 16, 16, "years", N, "minimum age"),
 ("e-495", E, "up to A$49.5 million for systemic", "A$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("e-50m", E, "rounded to \"$50 million\"", "$50 million", "money", 50000000, 50000000, "AUD", N, "maximum fine (rounded, aside)"),
 ("e-56m", E, "government's $5.6 million", "$5.6 million", "money", 5600000, 5600000, "AUD", Y, "age assurance trial cost"),
 ("e-60", E, "tested more than 60 technologies", "60", "count", 60, 60, "technologies", Y, "technologies assessed in trial"),
 ("e-48", E, "from 48 vendors", "48", "count", 48, 48, "vendors", Y, "age assurance trial vendors"),
 ("e-18mo", E, "within an 18-month range", "18-month", "duration", 18, 18, "months", Y, "facial estimation error range (abc)"),
 ("e-85", E, "in 85 per cent of cases", "85 per cent", "percent", 85, 85, "%", Y, "share of estimates within 18 months (abc)"),
 ("e-1516", E, "some 15- and 16-year-olds", "15- and 16-year-olds", "age", 15, 16, "years", N, "example ages"),
 ("e-94", E, "showing that 94% of children", "94%", "percent", 94, 94, "%", Y, "children 10-15 who used social media"),
 ("e-1015a", E, "aged 10 to 15 have used", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("e-7in10", E, "that 7 in 10 have", "7 in 10", "percent", 70, 70, "%", Y, "children 10-15 who encountered content associated with harm"),
 ("e-half", E, "More than half have been cyberbullied", "More than half", "percent", 50, 50, "%", N, "cyberbullied (vague)"),
 ("e-3454", E, "surveyed 3,454 children", "3,454", "count", 3454, 3454, "children", Y, "esafety survey sample aged 10-15 (as reported)"),
 ("e-1015b", E, "aged 10 to 15 for that", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("e-nov24a", E, "poll in November 2024", "November 2024", "date", 2024, 2024, "year", N, "poll date qualifier"),
 ("e-77", E, "found 77% support", "77%", "percent", 77, 77, "%", Y, "yougov support nov 2024"),
 ("e-61", E, "up from 61% in", "61%", "percent", 61, 61, "%", Y, "yougov support aug 2024"),
 ("e-aug24", E, "in August 2024 before", "August 2024", "date", 2024, 2024, "year", N, "poll date qualifier"),
 ("e-23", E, "Only 23% were", "23%", "percent", 23, 23, "%", Y, "yougov opposed nov 2024"),
 ("e-year", E, "About a year. Parliament", "About a year", "duration", 1, 1, "years", Y, "implementation period"),
 ("e-nov24b", E, "passed the law in November 2024 with", "November 2024", "date", 2024, 2024, "year", Y, "parliament passed the law"),
 ("e-102", E, "102 votes to 13 in the House", "102", "vote", 102, 102, "votes", Y, "house vote, for"),
 ("e-13", E, "votes to 13 in the House", "13", "vote", 13, 13, "votes", Y, "house vote, against"),
 ("e-34", E, "and 34 to 19 in the Senate", "34", "vote", 34, 34, "votes", Y, "senate vote, for"),
 ("e-19", E, "34 to 19 in the Senate", "19", "vote", 19, 19, "votes", Y, "senate vote, against"),
 ("e-12mo", E, "gave platforms 12 months", "12 months", "duration", 12, 12, "months", Y, "implementation period"),
 ("e-15000", E, "about 15,000 submissions", "15,000", "count", 15000, 15000, "submissions", Y, "senate inquiry submissions"),
 ("e-24h", E, "submissions in 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "submission window"),
 ("e-halfday", E, "a half-day hearing", "half-day", "duration", 0.5, 0.5, "days", Y, "senate inquiry hearing length"),
 ("e-u16d", E, "let under-16s save", "16", "age", 16, 16, "years", N, "minimum age"),
 ("e-at16", E, "restored at 16", "16", "age", 16, 16, "years", N, "minimum age"),
 ("e-16yo", E, "my 16-year-old", "16-year-old", "age", 16, 16, "years", N, "example"),
 ("e-2yr", E, "within two years of the age", "two years", "duration", 2, 2, "years", Y, "statutory review deadline"),
 ("e-24hday", E, "available 24 hours a day", "24 hours", "duration", 24, 24, "hours", N, "helpline hours"),

 # ---- AZ05 blog (2026-03-20, Friday)
 ("b-h3mo", B, "Three months into the", "Three months", "duration", 3, 3, "months", N, "headline timepoint"),
 ("b-h16", B, "into the under-16 ban", "16", "age", 16, 16, "years", N, "minimum age (headline)"),
 ("b-date", B, "March 20, 2026", "March 20, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-lastnov", B, "passed the law last November", "last November", "date", 2025, 2025, "year", Y, "parliament passed the law"),
 ("b-14yo", B, "has a 14-year-old", "14-year-old", "age", 14, 14, "years", N, "author's child"),
 ("b-12yo", B, "and a 12-year-old", "12-year-old", "age", 12, 12, "years", N, "author's child"),
 ("b-3mo", B, "scorecard after three months", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("b-jan", B, "In January the government", "January", "date", 2026, 2026, "year", Y, "4.7 million announcement date"),
 ("b-74", B, "more than 7.4 million accounts", "7.4 million", "count", 7400000, 7400000, "accounts", Y, "under-16 accounts deactivated/removed/restricted (eSafety first tranche)"),
 ("b-u16", B, "held by under-16s in the first", "16", "age", 16, 16, "years", N, "minimum age"),
 ("b-19m", B, "about 1.9 million Australians", "1.9 million", "count", 1900000, 1900000, "people", Y, "abs projected australians aged 10-15"),
 ("b-1015", B, "aged 10 to 15. But", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("b-three", B, "alone had three", "three", "count", 3, 3, "accounts", N, "anecdote"),
 ("b-544", B, "deactivated 544,052 accounts", "544,052", "count", 544052, 544052, "accounts", Y, "meta accounts deactivated dec 4-11, all three services"),
 ("b-dec4", B, "between December 4 and", "December 4", "date", 2025, 2025, "year", N, "meta removal period start"),
 ("b-dec11", B, "and December 11:", "December 11", "date", 2025, 2025, "year", N, "meta removal period end"),
 ("b-330", B, "330,639 on Instagram", "330,639", "count", 330639, 330639, "accounts", Y, "meta instagram accounts deactivated"),
 ("b-173", B, "173,497 on Facebook", "173,497", "count", 173497, 173497, "accounts", Y, "meta facebook accounts deactivated"),
 ("b-399", B, "39,916 on Threads", "39,916", "count", 39916, 39916, "accounts", Y, "meta threads accounts deactivated"),
 ("b-lastwk", B, "Last week Reuters", "Last week", "date", 2026, 2026, "year", N, "qustodio report date"),
 ("b-1in5", B, "showing that one in five", "one in five", "percent", 20, 20, "%", Y, "13-15s still using tiktok/snapchat feb 2026 (qustodio)"),
 ("b-1315", B, "13- to 15-year-olds was still", "13- to 15-year-olds", "age", 13, 15, "years", N, "age band"),
 ("b-2mo", B, "two months after the ban", "two months", "duration", 2, 2, "months", N, "timepoint"),
 ("b-212", B, "21.2% were still on TikTok", "21.2%", "percent", 21.2, 21.2, "%", Y, "13-15s using tiktok feb 2026"),
 ("b-203", B, "and 20.3% on Snapchat", "20.3%", "percent", 20.3, 20.3, "%", Y, "13-15s using snapchat feb 2026"),
 ("b-369", B, "was 36.9%", "36.9%", "percent", 36.9, 36.9, "%", Y, "13-15s using youtube feb 2026"),
 ("b-87", B, "found 87% of Australian adults", "87%", "percent", 87, 87, "%", Y, "monash support overall dec 2025 (as reported)"),
 ("b-dec24", B, "in December 2024, a DemosAU", "December 2024", "date", 2024, 2024, "year", N, "poll date qualifier"),
 ("b-64", B, "support at 64%", "64%", "percent", 64, 64, "%", Y, "demosau support dec 2024"),
 ("b-half", B, "more than half of those surveyed", "more than half", "percent", 50, 50, "%", N, "doubted effectiveness (vague)"),
 ("b-1015b", B, "kids aged 10 to 15 found", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("b-7in10", B, "found seven in 10", "seven in 10", "percent", 70, 70, "%", Y, "children 10-15 who encountered content associated with harm"),
 ("b-15", B, "and 15% had experienced", "15%", "percent", 15, 15, "%", Y, "children 10-15 with grooming-type experience"),
 ("b-495", B, "up to $49.5 million in fines", "$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("b-35", B, "about US$35 million", "US$35 million", "money", 35000000, 35000000, "USD", Y, "maximum fine in US dollars (mar 2026)"),
 ("b-14yo2", B, "My 14-year-old's TikTok", "14-year-old", "age", 14, 14, "years", N, "author's child"),
 ("b-two", B, "at least two university teams", "two", "count", 2, 2, "teams", N, "aside"),
 ("b-2025", B, "Our 2025 back-to-school", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- AZ06 local, hard-wrapped (2025-12-11, Thursday)
 ("l-dl", L, "Thursday, December 11, 2025", "Thursday, December 11, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-u16a", L, "keep out under-16s came", "16", "age", 16, 16, "years", N, "minimum age"),
 ("l-wed", L, "came into force on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "minimum age obligation start date"),
 ("l-yr9", L, "a Year 9 student", "9", "count", 9, 9, "school year", N, "school year"),
 ("l-nov", L, "passed in November last year", "November last year", "date", 2024, 2024, "year", Y, "parliament passed the law"),
 ("l-103", L, "Representatives 103 votes to 13", "103", "vote", 103, 103, "votes", Y, "house vote, for"),
 ("l-13", L, "103 votes to 13 and then", "13", "vote", 13, 13, "votes", Y, "house vote, against"),
 ("l-12mo", L, "a 12-month lead-in", "12-month", "duration", 12, 12, "months", Y, "implementation period"),
 ("l-ten", L, "Ten platforms are covered", "Ten", "count", 10, 10, "platforms", Y, "platforms covered by the law"),
 ("l-u16b", L, "keep under-16s off their", "16", "age", 16, 16, "years", N, "minimum age"),
 ("l-33", L, "up to $33 million", "$33 million", "money", 33000000, 33000000, "AUD", Y, "maximum fine (as reported)"),
 ("l-wed2", L, "spoke to on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "interview date"),
 ("l-three", L, "Father of three", "three", "count", 3, 3, "children", N, "aside"),
 ("l-13yo", L, "his 13-year-old son", "13-year-old", "age", 13, 13, "years", N, "aside"),
 ("l-61", L, "found 61 per cent", "61 per cent", "percent", 61, 61, "%", Y, "yougov support as bill passed (as reported)"),
 ("l-1244", L, "poll of 1,244", "1,244", "count", 1244, 1244, "adults", Y, "lighthouse poll sample"),
 ("l-23", L, "about two-thirds support", "two-thirds", "percent", 66.67, 66.67, "%", Y, "lighthouse support dec 2025"),
 ("l-7", L, "only 7 per cent", "7 per cent", "percent", 7, 7, "%", Y, "lighthouse strongly against"),
 ("l-912", L, "aged 9 to 12 were", "9 to 12", "age", 9, 12, "years", N, "age band"),
 ("l-73", L, "at 73 per cent", "73 per cent", "percent", 73, 73, "%", Y, "lighthouse support, parents of 9-12s"),
 ("l-62", L, "while 62 per cent", "62 per cent", "percent", 62, 62, "%", Y, "lighthouse support, parents of 13-16s"),
 ("l-1316", L, "of 13- to 16-year-olds", "13- to 16-year-olds", "age", 13, 16, "years", N, "age band"),
 ("l-1598", L, "survey of 1,598 adults", "1,598", "count", 1598, 1598, "adults", Y, "monash survey sample"),
 ("l-wed3", L, "released on Wednesday, put", "Wednesday", "date", 2025, 2025, "year", N, "monash survey release"),
 ("l-79", L, "support at 79 per cent", "79 per cent", "percent", 79, 79, "%", Y, "monash support overall dec 2025"),
 ("l-72", L, "from 72 per cent", "72 per cent", "percent", 72, 72, "%", Y, "monash support 18-24"),
 ("l-1824", L, "among 18- to 24-year-olds", "18- to 24-year-olds", "age", 18, 24, "years", N, "age band"),
 ("l-80", L, "to 80 per cent", "80 per cent", "percent", 80, 80, "%", Y, "monash support 50-64"),
 ("l-5064", L, "aged 50 to 64", "50 to 64", "age", 50, 64, "years", N, "age band"),
 ("l-87", L, "and 87 per cent", "87 per cent", "percent", 87, 87, "%", Y, "monash support 65+"),
 ("l-65", L, "Australians 65 and over", "65", "age", 65, 65, "years", N, "age band"),
 ("l-2h", L, "two hours from town", "two hours", "duration", 2, 2, "hours", N, "quote"),
 ("l-2yr", L, "within two years of commencement", "two years", "duration", 2, 2, "years", Y, "statutory review deadline"),

 # ---- AZ07 fact-check (2026-01-22, Thursday)
 ("f-h5m", F, "kick \"five million kids\"", "five million", "count", 5000000, 5000000, "children", N, "headline, attributed claim"),
 ("f-h2d", F, "off their accounts in two days?", "two days", "duration", 2, 2, "days", N, "headline, attributed claim"),
 ("f-date", F, "January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-c5m", F, "says FIVE MILLION kids", "FIVE MILLION", "count", 5000000, 5000000, "children", N, "attributed claim"),
 ("f-c2d", F, "social media in two days. There", "two days", "duration", 2, 2, "days", N, "attributed claim"),
 ("f-v47", F, "official figure is 4.7 million accounts, not", "4.7 million", "count", 4700000, 4700000, "accounts", Y, "under-16 accounts deactivated/removed/restricted (verdict)"),
 ("f-vdec10", F, "began on December 10, not", "December 10", "date", 2025, 2025, "year", N, "start date (verdict repeat)"),
 ("f-v2d", F, "not two days", "two days", "duration", 2, 2, "days", N, "attributed claim repeat"),
 ("f-lastwk", F, "Last week the Prime Minister", "Last week", "date", 2026, 2026, "year", Y, "4.7 million announcement date"),
 ("f-47", F, "more than 4.7 million accounts belonging", "4.7 million", "count", 4700000, 4700000, "accounts", Y, "under-16 accounts deactivated/removed/restricted (eSafety first tranche)"),
 ("f-u16a", F, "were under 16 had been", "16", "age", 16, 16, "years", N, "minimum age"),
 ("f-dec10a", F, "took effect on Dec. 10, 2025", "Dec. 10, 2025", "date", 2025, 2025, "year", Y, "minimum age obligation start date"),
 ("f-5ma", F, "\"nearly 5 million\"", "5 million", "count", 5000000, 5000000, "accounts", N, "rounded repeat (attributed)"),
 ("f-5mb", F, "\"just under 5 million\"", "5 million", "count", 5000000, 5000000, "accounts", N, "rounded repeat (attributed)"),
 ("f-three", F, "gets three things wrong", "three", "count", 3, 3, "errors", N, "structure"),
 ("f-10", F, "from the 10 platforms", "10", "count", 10, 10, "platforms", Y, "platforms covered by the law"),
 ("f-three2", F, "for three of the 4.7", "three", "count", 3, 3, "accounts", N, "example"),
 ("f-47c", F, "three of the 4.7 million", "4.7 million", "count", 4700000, 4700000, "accounts", N, "repeat in example"),
 ("f-191", F, "approximately 1.91 million", "1.91 million", "count", 1910000, 1910000, "people", Y, "abs projected australians aged 10-15"),
 ("f-1015a", F, "aged 10 to 15. Dividing", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("f-25x", F, "roughly two and a half accounts", "two and a half", "ratio", 2.5, 2.5, "accounts per child", Y, "accounts per child aged 10-15"),
 ("f-2d3", F, "Third, \"two days\"", "two days", "duration", 2, 2, "days", N, "attributed claim repeat"),
 ("f-544", F, "deactivated 544,052 accounts", "544,052", "count", 544052, 544052, "accounts", Y, "meta accounts deactivated dec 4-11, all three services"),
 ("f-dec4", F, "between Dec. 4 and", "Dec. 4", "date", 2025, 2025, "year", N, "meta removal period start"),
 ("f-dec11", F, "and Dec. 11 (", "Dec. 11", "date", 2025, 2025, "year", N, "meta removal period end"),
 ("f-330", F, "(330,639 on Instagram", "330,639", "count", 330639, 330639, "accounts", Y, "meta instagram accounts deactivated"),
 ("f-173", F, "173,497 on Facebook", "173,497", "count", 173497, 173497, "accounts", Y, "meta facebook accounts deactivated"),
 ("f-399", F, "39,916 on Threads", "39,916", "count", 39916, 39916, "accounts", Y, "meta threads accounts deactivated"),
 ("f-week", F, "a week before the deadline", "a week", "duration", 1, 1, "weeks", N, "meta started early"),
 ("f-34", F, "Senate 34 votes to 19 on", "34", "vote", 34, 34, "votes", Y, "senate vote, for"),
 ("f-19", F, "34 votes to 19 on", "19", "vote", 19, 19, "votes", Y, "senate vote, against"),
 ("f-nov28", F, "on Nov. 28, 2024", "Nov. 28, 2024", "date", 2024, 2024, "year", Y, "senate passed the law"),
 ("f-day", F, "a day after the House", "a day", "duration", 1, 1, "days", N, "gap between chamber votes"),
 ("f-102", F, "approved it 102 votes to 13.", "102", "vote", 102, 102, "votes", Y, "house vote, for"),
 ("f-13", F, "102 votes to 13.", "13", "vote", 13, 13, "votes", Y, "house vote, against"),
 ("f-495", F, "up to A$49.5 million.", "A$49.5 million", "money", 49500000, 49500000, "AUD", Y, "maximum fine"),
 ("f-15000", F, "about 15,000 submissions", "15,000", "count", 15000, 15000, "submissions", Y, "senate inquiry submissions"),
 ("f-24h", F, "submissions in 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "submission window"),
 ("f-3h", F, "a three-hour hearing", "three-hour", "duration", 3, 3, "hours", Y, "senate inquiry hearing length"),
 ("f-3yr", F, "review within three years", "three years", "duration", 3, 3, "years", Y, "statutory review deadline"),
 ("f-jun24", F, "findings in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "trial preliminary findings publication"),
 ("f-lastaug", F, "final report last August", "last August", "date", 2025, 2025, "year", Y, "trial final report publication"),
 ("f-48", F, "tested 48 vendors", "48", "count", 48, 48, "vendors", Y, "age assurance trial vendors"),
 ("f-u16close", F, "users close to 16.", "16", "age", 16, 16, "years", N, "threshold"),
 ("f-r47", F, "figure is more than 4.7 million accounts, removed", "4.7 million", "count", 4700000, 4700000, "accounts", Y, "under-16 accounts (ruling)"),
 ("f-rdec10", F, "began on Dec. 10, 2025. It is not", "Dec. 10, 2025", "date", 2025, 2025, "year", Y, "minimum age obligation start date (ruling)"),
 ("f-r2d", F, "happen in two days", "two days", "duration", 2, 2, "days", N, "attributed claim repeat"),
 ("f-r191", F, "With about 1.91 million", "1.91 million", "count", 1910000, 1910000, "people", Y, "abs projected australians aged 10-15 (ruling)"),
 ("f-r1015", F, "aged 10 to 15 and many", "10 to 15", "age", 10, 15, "years", N, "age band"),
 ("f-src1", F, "media release, Jan. 15, 2026", "Jan. 15, 2026", "date", 2026, 2026, "year", N, "sources line"),
 ("f-src2", F, "law\", Jan. 12, 2026", "Jan. 12, 2026", "date", 2026, 2026, "year", N, "sources line"),
 ("f-src3", F, "divisions, Nov. 27–28, 2024", "Nov. 27–28, 2024", "date", 2024, 2024, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 senate vote, against: 18 vs 19
 ("p-18", "w-19", S), ("p-18", "a-19", S), ("p-18", "e-19", S), ("p-18", "f-19", S),
 # S2 house vote, for: 103 vs 102
 ("l-103", "w-102", S), ("l-103", "a-102", S), ("l-103", "e-102", S), ("l-103", "f-102", S),
 # S3 passage year: "last November" (2025) vs November 2024
 ("b-lastnov", "w-nov24", S), ("b-lastnov", "p-nov24", S), ("b-lastnov", "a-29nov", S),
 ("b-lastnov", "e-nov24b", S), ("b-lastnov", "l-nov", S), ("b-lastnov", "f-nov28", S),
 # S4 maximum fine: $33 million (USD figure as AUD) vs A$49.5 million
 ("l-33", "w-495", S), ("l-33", "p-495", S), ("l-33", "a-495", S), ("l-33", "e-495", S),
 ("l-33", "b-495", S), ("l-33", "f-495", S),
 # S5 start year: December 10, 2026 vs 2025
 ("p-dec26", "w-lastmo", S), ("p-dec26", "a-dec25", S), ("p-dec26", "e-dec10", S),
 ("p-dec26", "l-wed", S), ("p-dec26", "f-dec10a", S), ("p-dec26", "f-rdec10", S),
 # S6 accounts removed: 7.4 million vs 4.7 million
 ("b-74", "w-47", S), ("b-74", "f-47", S), ("b-74", "f-v47", S), ("b-74", "f-r47", S),
 # S7 Meta total: Instagram figure reported as all three services
 ("w-330", "b-544", S), ("w-330", "f-544", S),
 # S8 YouGov support as bill passed: August figure 61 vs 77
 ("l-61", "w-77", S), ("l-61", "e-77", S),
 # S9 Monash overall support: 65+ subgroup 87 vs 79
 ("b-87", "w-79", S), ("b-87", "l-79", S),
 # S10 social media use 10-15: communication-platform 94 vs 96
 ("e-94", "a-96", S), ("e-94", "p-96", S),
 # S11 harmful content 10-15: online-hate 57 vs 71 / 7 in 10
 ("p-57", "a-71", S), ("p-57", "e-7in10", S), ("p-57", "b-7in10", S),
 # S12 sample of 10-15s: 3,454 (all 10-17) vs 2,629
 ("e-3454", "a-2629", S),
 # S13 grooming-type: 15% vs 14%
 ("b-15", "a-14", S),
 # S14 trial vendors: 60 (technologies) vs 48
 ("w-60", "p-48", S), ("w-60", "e-48", S), ("w-60", "f-48", S),
 # S15 trial preliminary findings year
 ("f-jun24", "p-jun20", S),
 # S16 trial cost: $5.6m vs A$6.5m
 ("e-56m", "p-65m", S),
 # S17 statutory review: three years vs two
 ("f-3yr", "w-2yr", S), ("f-3yr", "e-2yr", S), ("f-3yr", "l-2yr", S),
 # Qualified
 ("e-halfday", "f-3h", Q),
 ("w-33", "b-35", Q),
 ("w-79", "l-23", Q), ("b-87", "l-23", Q),
 ("b-64", "w-77", Q), ("b-64", "e-77", Q), ("b-64", "l-61", Q),
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
        rows.append({"type": "claim", "id": f"{T}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], ("conflict on optional claim", a, b)
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
