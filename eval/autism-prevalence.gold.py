#!/usr/bin/env python3
"""Build autism-prevalence.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "autism-prevalence")
OUT = os.path.join(HERE, "autism-prevalence.gold.jsonl")
T = "au"

W, P, A, E, B, L, F = ("AU01_wire.txt", "AU02_press.txt", "AU03_abstract.txt",
                       "AU04_explainer.txt", "AU05_blog.txt", "AU06_local.txt", "AU07_factcheck.txt")
Y = True; N = False
R = lambda n: 100.0 / n          # "1 in n" as a percent
PK = "per 1,000"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AU01 wire (2025-04-16)
 ("w-h31", W, "climbs to 1 in 31", "1 in 31", "percent", R(31), R(31), "%", N, "headline repeat"),
 ("w-dl", W, "ATLANTA, April 16", "April 16", "date", 2025, 2025, "year", N, "dateline"),
 ("w-31", W, "About 1 in 31 American", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 8-year-olds 2022"),
 ("w-8yo", W, "American 8-year-olds", "8-year-olds", "age", 8, 8, "years", N, "surveillance age"),
 ("w-tue", W, "said on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "cdc report release date (2025-04-15)"),
 ("w-2dec", W, "for two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("w-8yrs", W, "were 8 years old in 2022", "8 years old", "age", 8, 8, "years", N, "surveillance age"),
 ("w-2022", W, "old in 2022, works", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("w-322", W, "32.2 per 1,000 children", "32.2 per 1,000", "rate", 32.2, 32.2, PK, Y, "asd prevalence 2022 per 1,000"),
 ("w-32", W, "or about 3.2%", "3.2%", "percent", 3.2, 3.2, "%", Y, "asd prevalence 2022 percent"),
 ("w-2020", W, "estimate, for 2020, was", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("w-36", W, "was 1 in 36, or", "1 in 36", "percent", R(36), R(36), "%", Y, "asd prevalence 2020"),
 ("w-276", W, "or 27.6 per 1,000", "27.6 per 1,000", "rate", 27.6, 27.6, PK, Y, "asd prevalence 2020 per 1,000"),
 ("w-17", W, "roughly 17% higher", "17%", "percent", 17, 17, "%", Y, "relative increase 2020 to 2022"),
 ("w-2018", W, "for 2018 and published", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("w-dec21", W, "published in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "release date of 1 in 44 (2018) estimate"),
 ("w-44", W, "was 1 in 44.", "1 in 44", "percent", R(44), R(44), "%", Y, "asd prevalence 2018"),
 ("w-16", W, "at 16 sites in", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("w-14st", W, "in 14 states and", "14", "count", 14, 14, "states", Y, "states with sites 2022 (plus puerto rico)"),
 ("w-11", W, "up from 11 sites", "11", "count", 11, 11, "sites", Y, "addm sites 2020"),
 ("w-5fold", W, "more than fivefold between them", "fivefold", "ratio", 5, 5, "x", Y, "site range ratio"),
 ("w-97", W, "from 9.7 per 1,000 in Laredo", "9.7 per 1,000", "rate", 9.7, 9.7, PK, Y, "laredo prevalence 2022"),
 ("w-531", W, "to 53.1 per 1,000 in San Diego", "53.1 per 1,000", "rate", 53.1, 53.1, PK, Y, "california prevalence 2022"),
 ("w-19", W, "roughly 1 in 19 children", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022"),
 ("w-34", W, "were 3.4 times as likely", "3.4 times", "ratio", 3.4, 3.4, "x", Y, "male-to-female ratio 2022"),
 ("w-2000s", W, "the early 2000s", "early 2000s", "date", 2000, 2009, "year", N, "vague period"),
 ("w-396", W, "About 39.6% of the", "39.6%", "percent", 39.6, 39.6, "%", Y, "intellectual disability share 8-year-olds 2022"),
 ("w-49", W, "diagnosed was 49 months", "49 months", "age", 49, 49, "months", Y, "median age at earliest diagnosis 2022"),
 ("w-4yo", W, "analysis of 4-year-olds", "4-year-olds", "age", 4, 4, "years", N, "cohort age"),
 ("w-b2018", W, "who were born in 2018", "2018", "date", 2018, 2018, "year", Y, "birth year of 4-year-olds in 2022"),
 ("w-4th", W, "by their fourth birthday", "fourth birthday", "age", 4, 4, "years", N, "timepoint"),
 ("w-4yrs", W, "born four years earlier", "four years", "duration", 4, 4, "years", N, "cohort gap"),
 ("w-cov2020", W, "pandemic in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("w-wed", W, "very different tone on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "kennedy news conference date (2025-04-16)"),
 ("w-25", W, "about 25% of children", "25%", "percent", 25, 25, "%", Y, "kennedy claim: share nonverbal"),
 ("w-sept", W, "answers by September", "September", "date", 2025, 2025, "year", Y, "kennedy deadline for answers"),
 ("w-single", W, "No single exposure", "single", "count", 1, 1, "exposures", N, "quote"),
 ("w-150", W, "from 1 in 150 to", "1 in 150", "percent", R(150), R(150), "%", Y, "asd prevalence 2000"),
 ("w-31b", W, "to 1 in 31 over", "1 in 31", "percent", R(31), R(31), "%", N, "quote repeat"),
 ("w-20y", W, "over twenty years", "twenty years", "duration", 20, 20, "years", N, "quote"),
 ("w-2013", W, "the 2013 revision", "2013", "date", 2013, 2013, "year", Y, "dsm-5 revision year"),
 ("w-one", W, "diagnoses into one", "one", "count", 1, 1, "diagnoses", N, "aside"),
 ("w-8yob", W, "studies 8-year-olds because", "8-year-olds", "age", 8, 8, "years", N, "surveillance age"),
 ("w-six", W, "Six groups issued", "Six", "count", 6, 6, "groups", N, "aside"),
 ("w-wedeve", W, "on Wednesday evening", "Wednesday", "date", 2025, 2025, "year", N, "statement date"),

 # ---- AU02 press (2025-04-22)
 ("p-h42", P, "Raises $42 Million Series B", "$42 Million", "money", 42e6, 42e6, "USD", N, "headline repeat"),
 ("p-h3", P, "Signs Three-Year Contract", "Three-Year", "duration", 3, 3, "years", N, "headline repeat"),
 ("p-sub31", P, "CDC reports 1 in 31", "1 in 31", "percent", R(31), R(31), "%", N, "subtitle repeat"),
 ("p-dl", P, "April 22, 2025", "April 22, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-42", P, "closed a $42 million", "$42 million", "money", 42e6, 42e6, "USD", Y, "series b amount"),
 ("p-3yr", P, "a three-year agreement", "three-year", "duration", 3, 3, "years", Y, "webb county contract length"),
 ("p-68", P, "total funding to $68 million", "$68 million", "money", 68e6, 68e6, "USD", Y, "brightspan total funding"),
 ("p-12m", P, "the $1.2 million contract", "$1.2 million", "money", 1.2e6, 1.2e6, "USD", Y, "webb county contract value"),
 ("p-apr14", P, "on April 14 by", "April 14", "date", 2025, 2025, "year", Y, "commissioners vote date"),
 ("p-v4", P, "by a 4-1 vote", "4", "count", 4, 4, "votes", Y, "commissioners votes for"),
 ("p-v1", P, "a 4-1 vote", "1", "count", 1, 1, "votes", Y, "commissioners votes against"),
 ("p-1500", P, "about 1,500 evaluations", "1,500", "count", 1500, 1500, "evaluations per year", Y, "planned evaluations a year"),
 ("p-90", P, "child within 90 days", "90 days", "duration", 90, 90, "days", Y, "evaluation target time"),
 ("p-18mo", P, "as long as 18 months", "18 months", "duration", 18, 18, "months", Y, "current wait for evaluation"),
 ("p-lasttue", P, "Last Tuesday, the Centers", "Last Tuesday", "date", 2025, 2025, "year", Y, "cdc report release date"),
 ("p-31", P, "reported that 1 in 31", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 2022"),
 ("p-8y", P, "aged 8 years had", "8 years", "age", 8, 8, "years", N, "surveillance age"),
 ("p-2022", P, "with autism in 2022, a", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("p-14", P, "a 14% jump", "14%", "percent", 14, 14, "%", Y, "relative increase 2020 to 2022"),
 ("p-36", P, "from the 1 in 36", "1 in 36", "percent", R(36), R(36), "%", Y, "asd prevalence 2020"),
 ("p-2y", P, "two years earlier", "two years", "duration", 2, 2, "years", N, "interval"),
 ("p-11", P, "from 11 communities", "11", "count", 11, 11, "sites", Y, "addm sites 2022 (misreport)"),
 ("p-22", P, "reached 1 in 22", "1 in 22", "percent", R(22), R(22), "%", Y, "california prevalence 2022 (misreport)"),
 ("p-2comm", P, "between the two communities", "two", "count", 2, 2, "communities", N, "aside"),
 ("p-100", P, "fewer than one in 100", "one in 100", "percent", 1, 1, "%", Y, "laredo prevalence (quote, upper bound)"),
 ("p-half", P, "Nearly half of the", "half", "percent", 50, 50, "%", N, "paraphrase of next"),
 ("p-485", P, "CDC report, 48.5%", "48.5%", "percent", 48.5, 48.5, "%", Y, "intellectual disability share (misreport)"),
 ("p-3h", P, "takes about three hours", "three hours", "duration", 3, 3, "hours", Y, "evaluation length"),
 ("p-10d", P, "within 10 business days", "10 business days", "duration", 10, 10, "days", Y, "report turnaround"),
 ("p-2021", P, "first clinic in 2021", "2021", "date", 2021, 2021, "year", Y, "first clinic opened"),
 ("p-9000", P, "more than 9,000 evaluations", "9,000", "count", 9000, 9000, "evaluations", Y, "evaluations completed"),
 ("p-4st", P, "in four states", "four", "count", 4, 4, "states", Y, "states served"),
 ("p-2026", P, "planned for 2026", "2026", "date", 2026, 2026, "year", Y, "second location planned"),
 ("p-ninety", P, "\"Ninety days is", "Ninety days", "duration", 90, 90, "days", N, "quote repeat"),
 ("p-2020", P, "founded in 2020 in Austin", "2020", "date", 2020, 2020, "year", N, "about section"),
 ("p-140", P, "about 140 clinicians", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- AU03 abstract (2025-07-14)
 ("a-pub", A, "Published online 14 July 2025", "14 July 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t8", A, "children aged 8 years: a secondary", "8 years", "age", 8, 8, "years", N, "title"),
 ("a-t2022", A, "ADDM Network surveillance, 2022", "2022", "date", 2022, 2022, "year", N, "title"),
 ("a-276", A, "at 27.6 per 1,000", "27.6 per 1,000", "rate", 27.6, 27.6, PK, Y, "asd prevalence 2020"),
 ("a-8y20", A, "aged 8 years in 2020, across", "8 years", "age", 8, 8, "years", N, "qualifier"),
 ("a-2020", A, "in 2020, across 11", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("a-11", A, "across 11 sites", "11", "count", 11, 11, "sites", Y, "addm sites 2020"),
 ("a-38", A, "prevalence ratio of 3.8", "3.8", "ratio", 3.8, 3.8, "x", Y, "male-to-female ratio 2020"),
 ("a-485", A, "the same year, 48.5%", "48.5%", "percent", 48.5, 48.5, "%", Y, "intellectual disability share 4-year-olds 2020"),
 ("a-4y", A, "children aged 4 years with ASD and", "4 years", "age", 4, 4, "years", N, "qualifier"),
 ("a-4yo", A, "among 4-year-olds was", "4-year-olds", "age", 4, 4, "years", N, "qualifier"),
 ("a-215", A, "was 21.5 per 1,000", "21.5 per 1,000", "rate", 21.5, 21.5, PK, Y, "asd prevalence 4-year-olds 2020"),
 ("a-sy2022", A, "surveillance year 2022 the", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-16", A, "expanded to 16 sites", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("a-2tx", A, "including two in Texas", "two", "count", 2, 2, "sites", N, "texas sites"),
 ("a-1pr", A, "one in Puerto Rico", "one", "count", 1, 1, "sites", N, "puerto rico site"),
 ("a-in2022", A, "in the 2022 estimates", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-pub2022", A, "the published 2022 ADDM", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-8yb", A, "aged 8 years (born in 2014)", "8 years", "age", 8, 8, "years", N, "qualifier"),
 ("a-b2014", A, "(born in 2014)", "2014", "date", 2014, 2014, "year", Y, "birth year of 8-year-olds in 2022"),
 ("a-one16", A, "in one of 16 surveillance", "one", "count", 1, 1, "sites", N, "definitional"),
 ("a-of16", A, "one of 16 surveillance", "16", "count", 16, 16, "sites", Y, "addm sites 2022 (repeat)"),
 ("a-dur2022", A, "at any time during 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-4y22", A, "children aged 4 years in 2022", "4 years", "age", 4, 4, "years", N, "qualifier"),
 ("a-4y22y", A, "4 years in 2022 (born", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-b2017", A, "(born in 2017)", "2017", "date", 2017, 2017, "year", Y, "birth year of 4-year-olds in 2022 (misreport)"),
 ("a-8yc", A, "and children aged 8 years, using", "8 years", "age", 8, 8, "years", N, "qualifier"),
 ("a-48", A, "by 48 months of age", "48 months", "age", 48, 48, "months", N, "definitional"),
 ("a-N", A, "N = 8,613", "8,613", "count", 8613, 8613, "children", Y, "children meeting asd case definition 2022"),
 ("a-322", A, "was 32.2 per 1,000 (95% CI", "32.2 per 1,000", "rate", 32.2, 32.2, PK, Y, "asd prevalence 2022"),
 ("a-322ci", A, "31.5–32.9", "31.5–32.9", "rate", 31.5, 32.9, PK, Y, "ci"),
 ("a-boys", A, "49.2 per 1,000 among boys", "49.2 per 1,000", "rate", 49.2, 49.2, PK, Y, "prevalence boys 2022"),
 ("a-girls", A, "14.3 per 1,000 among girls", "14.3 per 1,000", "rate", 14.3, 14.3, PK, Y, "prevalence girls 2022"),
 ("a-pr", A, "(PR 3.4, 95% CI", "3.4", "ratio", 3.4, 3.4, "x", Y, "male-to-female ratio 2022"),
 ("a-prci", A, "3.3–3.6", "3.3–3.6", "ratio", 3.3, 3.6, "x", Y, "ci"),
 ("a-p1", A, "3.6; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-api", A, "was 38.2 among Asian", "38.2", "rate", 38.2, 38.2, PK, Y, "prevalence asian/pacific islander 2022"),
 ("a-aian", A, "37.5 among American Indian", "37.5", "rate", 37.5, 37.5, PK, Y, "prevalence american indian/alaska native 2022"),
 ("a-black", A, "36.6 among Black", "36.6", "rate", 36.6, 36.6, PK, Y, "prevalence black 2022"),
 ("a-hisp", A, "33.0 among Hispanic", "33.0", "rate", 33.0, 33.0, PK, Y, "prevalence hispanic 2022"),
 ("a-multi", A, "31.9 among multiracial", "31.9", "rate", 31.9, 31.9, PK, Y, "prevalence multiracial 2022"),
 ("a-white", A, "27.7 among White", "27.7", "rate", 27.7, 27.7, PK, Y, "prevalence white 2022"),
 ("a-diff", A, "by −4.5 per 1,000", "−4.5 per 1,000", "rate", -4.5, -4.5, PK, Y, "white minus overall"),
 ("a-lar", A, "from 9.7 (Texas, Laredo)", "9.7", "rate", 9.7, 9.7, PK, Y, "laredo prevalence 2022"),
 ("a-cal", A, "to 53.1 (California)", "53.1", "rate", 53.1, 53.1, PK, Y, "california prevalence 2022"),
 ("a-55", A, "a 5.5-fold difference", "5.5-fold", "ratio", 5.5, 5.5, "x", Y, "site range ratio"),
 ("a-p2", A, "heterogeneity P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-684", A, "68.4% (n=5,891)", "68.4%", "percent", 68.4, 68.4, "%", Y, "share with documented asd diagnostic statement"),
 ("a-5891", A, "(n=5,891)", "5,891", "count", 5891, 5891, "children", Y, "children with documented diagnostic statement"),
 ("a-665", A, "66.5% had a documented", "66.5%", "percent", 66.5, 66.5, "%", Y, "share with documented autism test"),
 ("a-396", A, "39.6% had intellectual", "39.6%", "percent", 39.6, 39.6, "%", Y, "intellectual disability share 8-year-olds 2022"),
 ("a-47", A, "diagnosis was 47 months", "47 months", "age", 47, 47, "months", Y, "median age at earliest diagnosis 2022"),
 ("a-48b", A, "by 48 months was", "48 months", "age", 48, 48, "months", N, "definitional"),
 ("a-h2020", A, "first half of 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("a-c2022", A, "The 2022 estimate is", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-167", A, "16.7% higher", "16.7%", "percent", 16.7, 16.7, "%", Y, "relative increase 2020 to 2022"),
 ("a-c2020", A, "than the 2020 estimate", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("a-46", A, "difference of 4.6 per 1,000", "4.6 per 1,000", "rate", 4.6, 4.6, PK, Y, "absolute increase 2020 to 2022"),
 ("a-seen2020", A, "first seen in 2020", "2020", "date", 2020, 2020, "year", N, "pattern first seen"),

 # ---- AU04 explainer (2025-05-05)
 ("e-h31", E, "what \"1 in 31\" does", "1 in 31", "percent", R(31), R(31), "%", N, "headline repeat"),
 ("e-upd", E, "Updated May 5, 2025", "May 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-apr", E, "In April the Centers", "April", "date", 2025, 2025, "year", Y, "cdc report release date"),
 ("e-8y", E, "were 8 years old in 2022", "8 years old", "age", 8, 8, "years", N, "surveillance age"),
 ("e-2022", E, "old in 2022, 1 in 31", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("e-31", E, "2022, 1 in 31 had", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 2022"),
 ("e-322", E, "That is 32.2 per 1,000", "32.2 per 1,000", "rate", 32.2, 32.2, PK, Y, "asd prevalence 2022"),
 ("e-32", E, "or about 3.2%", "3.2%", "percent", 3.2, 3.2, "%", Y, "asd prevalence 2022"),
 ("e-16", E, "records at 16 sites", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("e-2007", E, "published in 2007", "2007", "date", 2007, 2007, "year", Y, "first addm report publication year"),
 ("e-150", E, "prevalence at 1 in 150", "1 in 150", "percent", R(150), R(150), "%", Y, "asd prevalence 2000"),
 ("e-8in", E, "who were 8 in 2000", "8", "age", 8, 8, "years", N, "qualifier"),
 ("e-2000", E, "were 8 in 2000", "2000", "date", 2000, 2000, "year", N, "qualifier year"),
 ("e-110", E, "1 in 110 (2006)", "1 in 110", "percent", R(110), R(110), "%", Y, "asd prevalence 2006"),
 ("e-2006", E, "(2006)", "2006", "date", 2006, 2006, "year", N, "qualifier year"),
 ("e-88", E, "1 in 88 (2008)", "1 in 88", "percent", R(88), R(88), "%", Y, "asd prevalence 2008"),
 ("e-2008", E, "(2008)", "2008", "date", 2008, 2008, "year", N, "qualifier year"),
 ("e-68", E, "1 in 68 (2010", "1 in 68", "percent", R(68), R(68), "%", Y, "asd prevalence 2010 and 2012"),
 ("e-1012", E, "(2010 and 2012)", "2010 and 2012", "date", 2010, 2012, "year", N, "qualifier years"),
 ("e-59", E, "1 in 59 (2014)", "1 in 59", "percent", R(59), R(59), "%", Y, "asd prevalence 2014"),
 ("e-2014", E, "(2014)", "2014", "date", 2014, 2014, "year", N, "qualifier year"),
 ("e-54", E, "1 in 54 (2016)", "1 in 54", "percent", R(54), R(54), "%", Y, "asd prevalence 2016"),
 ("e-2016", E, "(2016)", "2016", "date", 2016, 2016, "year", N, "qualifier year"),
 ("e-44", E, "1 in 44 (2018", "1 in 44", "percent", R(44), R(44), "%", Y, "asd prevalence 2018"),
 ("e-2018", E, "(2018, released", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("e-dec22", E, "released in December 2022", "December 2022", "date", 2022, 2022, "year", Y, "release date of 1 in 44 estimate (misreport)"),
 ("e-2020", E, "The 2020 estimate, released", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("e-mar23", E, "released in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "release date of 1 in 36 estimate"),
 ("e-36", E, "was 1 in 36, or 2.8%", "1 in 36", "percent", R(36), R(36), "%", Y, "asd prevalence 2020"),
 ("e-28", E, "1 in 36, or 2.8%", "2.8%", "percent", 2.8, 2.8, "%", Y, "asd prevalence 2020 percent"),
 ("e-2022r", E, "from 2020 to 2022", "2020 to 2022", "date", 2020, 2022, "year", N, "qualifier years"),
 ("e-17", E, "is about 17%", "17%", "percent", 17, 17, "%", Y, "relative increase 2020 to 2022"),
 ("e-in2022", E, "In 2022 boys were", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-38", E, "about 3.8 times", "3.8 times", "ratio", 3.8, 3.8, "x", Y, "male-to-female ratio 2022 (misreport)"),
 ("e-b20", E, "roughly 1 in 20 boys", "1 in 20", "percent", 5, 5, "%", Y, "prevalence boys 2022"),
 ("e-g70", E, "about 1 in 70 girls", "1 in 70", "percent", R(70), R(70), "%", Y, "prevalence girls 2022"),
 ("e-api", E, "(38.2 per 1,000)", "38.2 per 1,000", "rate", 38.2, 38.2, PK, Y, "prevalence asian/pacific islander 2022"),
 ("e-aian", E, "(37.5)", "37.5", "rate", 37.5, 37.5, PK, Y, "prevalence american indian/alaska native 2022"),
 ("e-black", E, "Black (36.6)", "36.6", "rate", 36.6, 36.6, PK, Y, "prevalence black 2022"),
 ("e-hisp", E, "(33.0)", "33.0", "rate", 33.0, 33.0, PK, Y, "prevalence hispanic 2022"),
 ("e-multi", E, "(31.9)", "31.9", "rate", 31.9, 31.9, PK, Y, "prevalence multiracial 2022"),
 ("e-white", E, "(27.7)", "27.7", "rate", 27.7, 27.7, PK, Y, "prevalence white 2022"),
 ("e-20y", E, "Twenty years ago", "Twenty years", "duration", 20, 20, "years", N, "aside"),
 ("e-19", E, "about 1 in 19 children", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022"),
 ("e-22", E, "up from 1 in 22 in 2020", "1 in 22", "percent", R(22), R(22), "%", Y, "california prevalence 2020"),
 ("e-ca2020", E, "1 in 22 in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("e-100", E, "fewer than 1 in 100", "1 in 100", "percent", 1, 1, "%", Y, "laredo prevalence (upper bound)"),
 ("e-40", E, "About 40% of the", "40%", "percent", 40, 40, "%", Y, "intellectual disability share 8-year-olds 2022"),
 ("e-8yo", E, "the 8-year-olds with an IQ", "8-year-olds", "age", 8, 8, "years", N, "qualifier"),
 ("e-23", E, "About two-thirds, 66.5%", "two-thirds", "percent", 200/3, 200/3, "%", N, "paraphrase of next"),
 ("e-665", E, "two-thirds, 66.5%, had", "66.5%", "percent", 66.5, 66.5, "%", Y, "share with documented asd diagnostic statement (misreport)"),
 ("e-47", E, "diagnosis was 47 months", "47 months", "age", 47, 47, "months", Y, "median age at earliest diagnosis 2022"),
 ("e-4y", E, "just under four years", "four years", "age", 4, 4, "years", N, "paraphrase"),
 ("e-age2", E, "diagnosed by age 2", "age 2", "age", 2, 2, "years", Y, "earliest reliable diagnosis age"),
 ("e-18m", E, "at the 18-month and", "18-month", "age", 18, 18, "months", Y, "aap screening age"),
 ("e-24m", E, "and 24-month checkups", "24-month", "age", 24, 24, "months", Y, "aap screening age"),
 ("e-b2018", E, "Children born in 2018", "2018", "date", 2018, 2018, "year", Y, "birth year of 4-year-olds in 2022"),
 ("e-4in", E, "who were 4 in 2022", "4", "age", 4, 4, "years", N, "qualifier"),
 ("e-4in22", E, "were 4 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-4th", E, "by their fourth birthday", "fourth birthday", "age", 4, 4, "years", N, "timepoint"),
 ("e-b2014", E, "than children born in 2014", "2014", "date", 2014, 2014, "year", Y, "comparison birth cohort"),
 ("e-2013", E, "in the 2013 diagnostic", "2013", "date", 2013, 2013, "year", Y, "dsm-5 revision year"),
 ("e-31b", E, "Does 1 in 31 apply", "1 in 31", "percent", R(31), R(31), "%", N, "repeat"),
 ("e-5fold", E, "more than fivefold between", "fivefold", "ratio", 5, 5, "x", Y, "site range ratio"),

 # ---- AU05 blog (2025-09-30)
 ("b-dt", B, "September 30, 2025", "September 30, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-now6", B, "Mateo, now 6", "6", "age", 6, 6, "years", N, "caption"),
 ("b-36", B, "When the 1 in 36 number", "1 in 36", "percent", R(36), R(36), "%", Y, "asd prevalence 2020"),
 ("b-lastmar", B, "came out last March", "last March", "date", 2025, 2025, "year", Y, "release date of 1 in 36 estimate (resolves to 2025: misreport)"),
 ("b-8mo", B, "for eight months", "eight months", "duration", 8, 8, "months", N, "personal"),
 ("b-27", B, "that 2.7% of kids", "2.7%", "percent", 2.7, 2.7, "%", Y, "asd prevalence 2020 percent (rounded wrong)"),
 ("b-spring", B, "This spring the CDC", "This spring", "date", 2025, 2025, "year", N, "vague release date"),
 ("b-31", B, "rate is now 1 in 31", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 2022"),
 ("b-32", B, "about 3.2% of", "3.2%", "percent", 3.2, 3.2, "%", Y, "asd prevalence 2022"),
 ("b-8yo", B, "3.2% of 8-year-olds", "8-year-olds", "age", 8, 8, "years", N, "surveillance age"),
 ("b-97", B, "found 9.7 children per 1,000", "9.7", "rate", 9.7, 9.7, PK, Y, "laredo prevalence 2022"),
 ("b-103", B, "roughly 1 in 103", "1 in 103", "percent", R(103), R(103), "%", Y, "laredo prevalence 2022"),
 ("b-19", B, "it was about 1 in 19", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022"),
 ("b-5x", B, "five times rarer", "five times", "ratio", 5, 5, "x", N, "rhetorical"),
 ("b-aian", B, "any group, 38.2 per 1,000", "38.2 per 1,000", "rate", 38.2, 38.2, PK, Y, "prevalence american indian/alaska native 2022 (misreport)"),
 ("b-apr", B, "In April, Webb County", "April", "date", 2025, 2025, "year", Y, "commissioners vote date"),
 ("b-v5", B, "voted 5-0 to hire", "5", "count", 5, 5, "votes", Y, "commissioners votes for (misreport)"),
 ("b-v0", B, "5-0 to hire", "0", "count", 0, 0, "votes", Y, "commissioners votes against (misreport)"),
 ("b-90", B, "child within 90 days", "90 days", "duration", 90, 90, "days", Y, "evaluation target time"),
 ("b-3y", B, "contract is three years", "three years", "duration", 3, 3, "years", Y, "webb county contract length"),
 ("b-12m", B, "and $1.2 million", "$1.2 million", "money", 1.2e6, 1.2e6, "USD", Y, "webb county contract value"),
 ("b-july", B, "clinic opened in July", "July", "date", 2025, 2025, "year", Y, "laredo clinic opening"),
 ("b-3wk", B, "three weeks later", "three weeks", "duration", 3, 3, "weeks", N, "personal"),
 ("b-14mo", B, "after 14 months on", "14 months", "duration", 14, 14, "months", N, "personal wait"),
 ("b-3h", B, "took about three hours", "three hours", "duration", 3, 3, "hours", Y, "evaluation length"),
 ("b-62", B, "was 62 months old", "62 months", "age", 62, 62, "months", N, "personal"),
 ("b-47", B, "median of 47 months", "47 months", "age", 47, 47, "months", Y, "median age at earliest diagnosis 2022"),
 ("b-cap2022", B, "by ADDM site, 2022", "2022", "date", 2022, 2022, "year", N, "caption"),
 ("b-capfold", B, "differ more than fivefold", "fivefold", "ratio", 5, 5, "x", N, "caption"),
 ("b-aprk", B, "In April, Health Secretary", "April", "date", 2025, 2025, "year", N, "pledge date"),
 ("b-sept", B, "autism by September", "September", "date", 2025, 2025, "year", Y, "kennedy deadline for answers"),
 ("b-lastwk", B, "Last week the president", "Last week", "date", 2025, 2025, "year", Y, "tylenol announcement (2025-09-22)"),
 ("b-50m", B, "put $50 million into", "$50 million", "money", 50e6, 50e6, "USD", Y, "nih autism data science initiative"),
 ("b-13", B, "across 13 research projects", "13", "count", 13, 13, "projects", Y, "adsi projects funded"),
 ("b-18m", B, "at 18 months, ask", "18 months", "age", 18, 18, "months", N, "screening age (aside)"),
 ("b-third", B, "about a third of kids", "a third", "percent", 100/3, 100/3, "%", N, "local aside"),
 ("b-31c", B, "tells you 1 in 31", "1 in 31", "percent", R(31), R(31), "%", N, "repeat"),
 ("b-12k", B, "Join 12,000 readers", "12,000", "count", 12000, 12000, "readers", N, "newsletter furniture"),
 ("b-90day", B, "What a 90-day evaluation", "90-day", "duration", 90, 90, "days", N, "related link"),

 # ---- AU06 local (2025-05-13), hard-wrapped
 ("l-dl", L, "Tuesday, May 13, 2025", "Tuesday, May 13, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-july", L, "to open in July", "July", "date", 2025, 2025, "year", Y, "laredo clinic opening"),
 ("l-mon", L, "commissioners on Monday, as", "Monday", "date", 2025, 2025, "year", N, "meeting date"),
 ("l-lastmo", L, "Prevention reported last month", "last month", "date", 2025, 2025, "year", Y, "cdc report release date"),
 ("l-79", L, "that 7.9 of every", "7.9", "rate", 7.9, 7.9, PK, Y, "laredo prevalence 2022 (transposed)"),
 ("l-8yo", L, "1,000 8-year-olds in", "8-year-olds", "age", 8, 8, "years", N, "surveillance age"),
 ("l-2022", L, "with autism in 2022, the", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("l-16", L, "among the 16 sites", "16", "count", 16, 16, "sites", Y, "addm sites 2022"),
 ("l-31k", L, "about 31 per 1,000", "31 per 1,000", "rate", 31, 31, PK, Y, "asd prevalence 2022 per 1,000 (misreport)"),
 ("l-31", L, "or 1 in 31 children", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 2022"),
 ("l-19", L, "it was 1 in 19", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022"),
 ("l-f2022", L, "first time in 2022", "2022", "date", 2022, 2022, "year", Y, "laredo first measured"),
 ("l-one", L, "one of two new", "one", "count", 1, 1, "sites", N, "aside"),
 ("l-two", L, "of two new Texas", "two", "count", 2, 2, "sites", Y, "new texas sites 2022"),
 ("l-22y", L, "for 22 years", "22 years", "duration", 22, 22, "years", N, "aside"),
 ("l-18mo", L, "waits a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", Y, "current wait for evaluation"),
 ("l-2yr", L, "approved a two-year", "two-year", "duration", 2, 2, "years", Y, "webb county contract length (misreport)"),
 ("l-12m", L, "two-year, $1.2 million", "$1.2 million", "money", 1.2e6, 1.2e6, "USD", Y, "webb county contract value"),
 ("l-lastmo2", L, "last month on a 4-1", "last month", "date", 2025, 2025, "year", Y, "commissioners vote date"),
 ("l-v4", L, "on a 4-1 vote", "4", "count", 4, 4, "votes", Y, "commissioners votes for"),
 ("l-v1", L, "a 4-1 vote", "1", "count", 1, 1, "votes", Y, "commissioners votes against"),
 ("l-april", L, "said in April that", "April", "date", 2025, 2025, "year", N, "announcement date"),
 ("l-68", L, "raised $68 million", "$68 million", "money", 68e6, 68e6, "USD", Y, "series b amount (misreport: total funding)"),
 ("l-90", L, "child within 90 days", "90 days", "duration", 90, 90, "days", Y, "evaluation target time"),
 ("l-1500", L, "complete about 1,500", "1,500", "count", 1500, 1500, "evaluations per year", Y, "planned evaluations a year"),
 ("l-lone", L, "the lone vote against", "lone", "count", 1, 1, "votes", Y, "commissioners votes against"),
 ("l-mon2", L, "said on Monday that he", "Monday", "date", 2025, 2025, "year", N, "meeting date"),
 ("l-1dist", L, "At one of the city's", "one", "count", 1, 1, "districts", N, "aside"),
 ("l-2dist", L, "city's two large", "two", "count", 2, 2, "districts", N, "aside"),
 ("l-2021", L, "every year since 2021", "2021", "date", 2021, 2021, "year", N, "local trend start"),
 ("l-dbl", L, "roughly doubled in five", "doubled", "ratio", 2, 2, "x", N, "local aside"),
 ("l-5y", L, "doubled in five years", "five years", "duration", 5, 5, "years", N, "local aside"),
 ("l-monmtg", L, "Parents at Monday's meeting", "Monday's", "date", 2025, 2025, "year", N, "meeting date"),
 ("l-age5", L, "diagnosed at age 5", "age 5", "age", 5, 5, "years", N, "personal"),
 ("l-16mo", L, "a 16-month wait", "16-month", "duration", 16, 16, "months", N, "personal"),
 ("l-4rooms", L, "have four evaluation", "four", "count", 4, 4, "rooms", N, "aside"),
 ("l-12mo", L, "the first 12 months", "12 months", "duration", 12, 12, "months", N, "review timepoint"),

 # ---- AU07 fact-check (2025-05-09)
 ("f-dt", F, "Colin Ashworth | May 9, 2025", "May 9, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c31", F, "\"One in every 31 kids", "One in every 31", "percent", R(31), R(31), "%", Y, "kennedy claim: national prevalence"),
 ("f-c20", F, "one in every 20 children", "one in every 20", "percent", 5, 5, "%", Y, "kennedy claim: california prevalence"),
 ("f-c125", F, "one in every 12.5 boys", "one in every 12.5", "percent", 8, 8, "%", Y, "kennedy claim: california boys"),
 ("f-c25", F, "Twenty-five percent of the kids", "Twenty-five percent", "percent", 25, 25, "%", Y, "kennedy claim: share nonverbal"),
 ("f-may6", F, "remarks on May 6", "May 6", "date", 2025, 2025, "year", N, "remarks date"),
 ("f-apr16", F, "at an April 16 news", "April 16", "date", 2025, 2025, "year", Y, "kennedy news conference date"),
 ("f-quarter", F, "a quarter of diagnosed", "a quarter", "percent", 25, 25, "%", N, "paraphrase"),
 ("f-apr15", F, "On April 15, the Centers", "April 15", "date", 2025, 2025, "year", Y, "cdc report release date"),
 ("f-31", F, "showing that 1 in 31", "1 in 31", "percent", R(31), R(31), "%", Y, "asd prevalence 2022"),
 ("f-8y", F, "who were 8 years old in 2022", "8 years old", "age", 8, 8, "years", N, "surveillance age"),
 ("f-2022", F, "old in 2022 had", "2022", "date", 2022, 2022, "year", N, "surveillance year"),
 ("f-322", F, "a prevalence of 32.2 per 1,000", "32.2 per 1,000", "rate", 32.2, 32.2, PK, Y, "asd prevalence 2022"),
 ("f-2020", F, "The estimate for 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("f-mar23", F, "released in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "release date of 1 in 36 estimate"),
 ("f-36", F, "was 1 in 36 (2.8%)", "1 in 36", "percent", R(36), R(36), "%", Y, "asd prevalence 2020"),
 ("f-28", F, "1 in 36 (2.8%)", "2.8%", "percent", 2.8, 2.8, "%", Y, "asd prevalence 2020 percent"),
 ("f-dec21", F, "released in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "release date of 1 in 44 estimate"),
 ("f-44", F, "was 1 in 44.", "1 in 44", "percent", R(44), R(44), "%", Y, "asd prevalence 2018"),
 ("f-531", F, "recorded 53.1 per 1,000", "53.1 per 1,000", "rate", 53.1, 53.1, PK, Y, "california prevalence 2022"),
 ("f-19", F, "which is about 1 in 19", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022"),
 ("f-boys", F, "identified at 49.2 per 1,000", "49.2 per 1,000", "rate", 49.2, 49.2, PK, Y, "prevalence boys 2022"),
 ("f-b20", F, "or about 1 in 20, and", "1 in 20", "percent", 5, 5, "%", Y, "prevalence boys 2022"),
 ("f-34", F, "were 3.4 times as likely", "3.4 times", "ratio", 3.4, 3.4, "x", Y, "male-to-female ratio 2022"),
 ("f-2023", F, "A 2023 analysis", "2023", "date", 2023, 2023, "year", Y, "profound autism study year"),
 ("f-0016", F, "from 2000 to 2016", "2000 to 2016", "date", 2000, 2016, "year", N, "study data period"),
 ("f-267", F, "classified 26.7% of", "26.7%", "percent", 26.7, 26.7, "%", Y, "profound autism share"),
 ("f-8yo", F, "26.7% of 8-year-olds", "8-year-olds", "age", 8, 8, "years", N, "qualifier"),
 ("f-iq50", F, "an IQ below 50", "50", "score", 50, 50, "IQ points", N, "definitional"),
 ("f-8yo2", F, "Among 8-year-olds in the 2022", "8-year-olds", "age", 8, 8, "years", N, "qualifier"),
 ("f-2022b", F, "in the 2022 data", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-40", F, "about 40% had an", "40%", "percent", 40, 40, "%", Y, "intellectual disability share 8-year-olds 2022"),
 ("f-2002", F, "published in 2002", "2002", "date", 2002, 2002, "year", Y, "first addm report publication year (misreport)"),
 ("f-150", F, "prevalence at 1 in 150", "1 in 150", "percent", R(150), R(150), "%", Y, "asd prevalence 2000"),
 ("f-2013", F, "most notably in 2013", "2013", "date", 2013, 2013, "year", Y, "dsm-5 revision year"),
 ("f-1990s", F, "the early 1990s", "early 1990s", "date", 1990, 1999, "year", N, "vague period"),
 ("f-10k", F, "about 1 in 10,000 children", "1 in 10,000", "percent", 0.01, 0.01, "%", Y, "autism diagnosis rate early 1990s"),
 ("f-97", F, "reported 9.7 per 1,000", "9.7 per 1,000", "rate", 9.7, 9.7, PK, Y, "laredo prevalence 2022"),
 ("f-fifth", F, "less than a fifth of", "a fifth", "percent", 20, 20, "%", N, "derived comparison"),
 ("f-r31", F, "CDC's: 1 in 31 nationally", "1 in 31", "percent", R(31), R(31), "%", N, "ruling repeat"),
 ("f-r19", F, "about 1 in 19 in California", "1 in 19", "percent", R(19), R(19), "%", Y, "california prevalence 2022 (ruling)"),
 ("f-r27", F, "about 27% had profound", "27%", "percent", 27, 27, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 national 2022 prevalence per 1,000: "1 in 31" read as 31 per 1,000
 ("l-31k", "w-322", S), ("l-31k", "a-322", S), ("l-31k", "e-322", S), ("l-31k", "f-322", S),
 # S2 male-to-female ratio 2022: the 2020 ratio swapped in
 ("e-38", "w-34", S), ("e-38", "a-pr", S), ("e-38", "f-34", S),
 # S3 number of ADDM sites in 2022: previous round's 11
 ("p-11", "w-16", S), ("p-11", "a-16", S), ("p-11", "e-16", S), ("p-11", "l-16", S),
 # S4 release year of the 1 in 44 estimate
 ("e-dec22", "w-dec21", S), ("e-dec22", "f-dec21", S),
 # S5 release year of the 1 in 36 estimate: "last March" in a Sept 2025 blog
 ("b-lastmar", "e-mar23", S), ("b-lastmar", "f-mar23", S),
 # S6 California 2022: the 2020 figure 1 in 22 reported for 2022
 ("p-22", "w-19", S), ("p-22", "e-19", S), ("p-22", "b-19", S), ("p-22", "l-19", S),
 ("p-22", "f-19", S), ("p-22", "f-r19", S),
 ("p-22", "w-531", S), ("p-22", "a-cal", S), ("p-22", "f-531", S),
 # S7 Laredo 2022: transposed digits
 ("l-79", "w-97", S), ("l-79", "a-lar", S), ("l-79", "b-97", S), ("l-79", "f-97", S),
 # S8 American Indian/Alaska Native: the A/PI figure swapped in
 ("b-aian", "a-aian", S), ("b-aian", "e-aian", S),
 # S9 intellectual disability among 8-year-olds 2022: 4-year-olds 2020 figure swapped in
 ("p-485", "w-396", S), ("p-485", "a-396", S), ("p-485", "e-40", S), ("p-485", "f-40", S),
 # S10 median age at earliest diagnosis: earlier report's figure
 ("w-49", "a-47", S), ("w-49", "e-47", S), ("w-49", "b-47", S),
 # S11 Series B amount: total funding reported as the round
 ("l-68", "p-42", S),
 # S12 commissioners vote 4-1 vs 5-0
 ("b-v5", "p-v4", S), ("b-v5", "l-v4", S), ("b-v0", "p-v1", S), ("b-v0", "l-v1", S),
 # S13 contract length
 ("l-2yr", "p-3yr", S), ("l-2yr", "b-3y", S),
 # S14 share with a documented diagnostic statement: the autism-test share swapped in
 ("e-665", "a-684", S),
 # S15 relative increase 2020->2022: 14% (36-31)/36 vs 16.7%
 ("p-14", "w-17", S), ("p-14", "e-17", S), ("p-14", "a-167", S),
 # S16 birth year of 4-year-olds in 2022
 ("a-b2017", "w-b2018", S), ("a-b2017", "e-b2018", S),
 # S17 2020 prevalence as a percent: 2.76 rounded down to 2.7
 ("b-27", "e-28", S), ("b-27", "f-28", S),
 # S18 first ADDM report publication year: surveillance year given as publication year
 ("f-2002", "e-2007", S),
 ("p-11", "a-of16", S),
 ("l-79", "b-103", S),
 ("b-v0", "l-lone", S),
 # Qualified
 # Q1 "31 per 1,000" against "1 in 31" / "3.2%" (cross-unit, near rounding)
] + [("l-31k", x, Q) for x in ("w-h31", "w-31", "w-31b", "p-sub31", "p-31", "e-h31", "e-31", "e-31b",
                                "b-31", "b-31c", "f-c31", "f-31", "f-r31", "w-32", "e-32", "b-32")] + [
 # Q2 2.7% against 27.6 per 1,000 and "1 in 36" (2.78%): truncation, cross-unit
 ("b-27", "w-276", Q), ("b-27", "a-276", Q), ("b-27", "w-36", Q), ("b-27", "p-36", Q), ("b-27", "e-36", Q), ("b-27", "f-36", Q),
 # Q3 optional headline repeats against plants
 ("l-2yr", "p-h3", Q), ("l-68", "p-h42", Q),
 # Q4 49 months vs "just under four years"
 ("w-49", "e-4y", Q),
 # Q5 Kennedy's California "1 in 20" vs 1 in 19 / 53.1 per 1,000
 ("f-c20", "w-19", Q), ("f-c20", "e-19", Q), ("f-c20", "b-19", Q), ("f-c20", "l-19", Q),
 ("f-c20", "w-531", Q), ("f-c20", "a-cal", Q), ("f-c20", "p-22", Q),
 # Q6 Kennedy's 25% nonverbal vs the 26.7% (about 27%) profound-autism share
 ("w-25", "f-267", Q), ("w-25", "f-r27", Q),
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
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
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
