#!/usr/bin/env python3
"""Build mpox.gold.jsonl from the seven articles in ./mpox/.

Each claim is located by a context string that must occur exactly once in its
article and a span that must occur inside that context (the `nth` occurrence,
default the first). Offsets are Unicode code points into the UTF-8 text.
Every span is checked against the article slice before writing.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "mpox")
OUT = os.path.join(HERE, "mpox.gold.jsonl")

W, P, A, X, B, F, T, K = ("mpx01_wire.txt", "mpx02_press.txt", "mpx03_abstract.txt",
                          "mpx04_explainer.txt", "mpx05_blog.txt", "mpx06_trade.txt",
                          "mpx07_factcheck.txt", None)

R, O = True, False  # required / optional

# (id, doc, context, span, kind, low, high, unit, required, topic[, nth])
CLAIMS = [
    # ---------------- mpx01_wire.txt (2024-09-05, Thursday) ----------------
    ("mpx-01-3wk", W, "three weeks after global alarm", "three weeks", "duration", 3, 3, "weeks", O, "time since pheic (headline)"),
    ("mpx-01-dateline", W, "KINSHASA, Sept 5 (", "Sept 5", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
    ("mpx-01-thu", W, "N'djili airport on Thursday", "Thursday", "date", 2024, 2024, "year", R, "first vaccine arrival in drc date"),
    ("mpx-01-99100", W, "a consignment of 99,100 doses", "99,100", "count", 99100, 99100, "doses", R, "first vaccine shipment to drc"),
    ("mpx-01-sat", W, "is due on Saturday", "Saturday", "date", 2024, 2024, "year", O, "second shipment date"),
    ("mpx-01-200k", W, "about 200,000 doses", "about 200,000", "count", 200000, 200000, "doses", R, "doses delivered to drc after second flight"),
    ("mpx-01-oct2", W, "expected to start on Oct. 2", "Oct. 2", "date", 2024, 2024, "year", R, "drc vaccination start (planned)"),
    ("mpx-01-cases", W, "more than 17,500 suspected mpox cases", "17,500", "count", 17500, 17500, "cases", R, "drc suspected cases 2024 (who, early sept)"),
    ("mpx-01-deaths", W, "cases and 629 deaths", "629", "count", 629, 629, "deaths", R, "drc deaths 2024 (who, early sept)"),
    ("mpx-01-pheic", W, "which last month declared", "last month", "date", 2024, 2024, "year", R, "who pheic declaration date"),
    ("mpx-01-1day", W, "continental emergency a day earlier", "a day", "duration", 1, 1, "days", O, "gap africa cdc to who"),
    ("mpx-01-us50k", W, "promised 50,000 doses for Congo", "50,000", "count", 50000, 50000, "doses", R, "us doses pledged to drc"),
    ("mpx-01-ng10k", W, "sending 10,000 to Nigeria", "10,000", "count", 10000, 10000, "doses", R, "us doses sent to nigeria"),
    ("mpx-01-nglm", W, "10,000 to Nigeria last month", "last month", "date", 2024, 2024, "year", O, "nigeria delivery date"),
    ("mpx-01-need", W, "needs around 10 million doses", "around 10 million", "count", 10000000, 10000000, "doses", R, "africa cdc doses needed (2024 estimate)"),
    ("mpx-01-palmlm", W, "known as PALM007, reported last month", "last month", "date", 2024, 2024, "year", O, "palm007 topline date"),
    ("mpx-01-n", W, "The study enrolled 597 patients", "597", "count", 597, 597, "participants", R, "palm007 randomized"),
    ("mpx-01-mort", W, "and 1.7% of them died", "1.7%", "percent", 1.7, 1.7, "%", R, "palm007 mortality (overall)"),
    ("mpx-01-cfr", W, "the fatality rate of 3.6% or more", "3.6%", "percent", 3.6, 3.6, "%", R, "drc case fatality all reported cases"),
    ("mpx-01-6mo", W, "a six-month global plan", "six-month", "duration", 6, 6, "months", R, "who global plan duration"),
    ("mpx-01-feb", W, "global plan to February", "February", "date", 2025, 2025, "year", O, "who plan end"),
    ("mpx-01-135m", W, "will cost $135 million", "$135 million", "money", 135000000, 135000000, "USD", R, "who global sprp budget"),
    ("mpx-01-fri", W, "are due on Friday to present", "Friday", "date", 2024, 2024, "year", O, "continental plan launch date"),
    ("mpx-01-600m", W, "a budget of close to $600 million", "close to $600 million", "money", 600000000, 600000000, "USD", R, "joint continental plan budget"),

    # ---------------- mpx02_press.txt (2024-09-26) ----------------
    ("mpx-02-dateline", P, "COPENHAGEN, Denmark, September 26, 2024", "September 26, 2024", "date", 2024, 2024, "year", O, "release date (metadata)"),
    ("mpx-02-1m", P, "supply of 1,000,000 doses", "1,000,000", "count", 1000000, 1000000, "doses", R, "unicef mva-bn order size"),
    ("mpx-02-gavi", P, "includes the 500,000 doses", "500,000", "count", 500000, 500000, "doses", R, "gavi-funded doses"),
    ("mpx-02-gavidt", P, "committed to funding on 18 September", "18 September", "date", 2024, 2024, "year", O, "gavi commitment date"),
    ("mpx-02-by2024", P, "available for supply before the end of 2024", "end of 2024", "date", 2024, 2024, "year", R, "unicef doses delivery deadline"),
    ("mpx-02-2.5m", P, "more than 2.5 million doses of MVA-BN", "2.5 million", "count", 2500000, 2500000, "doses", R, "mva-bn doses secured for africa"),
    ("mpx-02-cap24", P, "manufacture 2 million doses", "2 million", "count", 2000000, 2000000, "doses", R, "bn capacity by end 2024"),
    ("mpx-02-cap24dt", P, "2 million doses by the end\nof 2024", "end\nof 2024", "date", 2024, 2024, "year", O, "capacity timepoint"),
    ("mpx-02-cap25", P, "scale output to 13 million doses", "13 million", "count", 13000000, 13000000, "doses", R, "bn capacity by end 2025"),
    ("mpx-02-cap25dt", P, "13 million doses by the end of\n2025", "2025", "date", 2025, 2025, "year", O, "capacity timepoint"),
    ("mpx-02-pq", P, "On 13 September 2024, the World Health Organization", "13 September 2024", "date", 2024, 2024, "year", R, "who prequalification of mva-bn date"),
    ("mpx-02-age18", P, "use in people 18 years and older", "18 years", "age", 18, 18, "years", R, "mva-bn minimum age at prequalification"),
    ("mpx-02-2dose", P, "as two doses given four weeks", "two", "count", 2, 2, "doses", R, "mva-bn doses in schedule"),
    ("mpx-02-4wk", P, "two doses given four weeks", "four weeks", "duration", 4, 4, "weeks", R, "mva-bn dose interval"),
    ("mpx-02-chmp", P, "On 19 September, the Committee", "19 September", "date", 2024, 2024, "year", O, "chmp adolescent opinion date"),
    ("mpx-02-adol", P, "adolescents aged 12 to 17 years", "12 to 17 years", "age", 12, 17, "years", R, "mva-bn adolescent age range"),
    ("mpx-02-afcases", P, "more than 25,000 suspected mpox cases", "25,000", "count", 25000, 25000, "cases", R, "africa suspected cases 2024 (who, to 8 sept)"),
    ("mpx-02-afdeaths", P, "cases and 723 deaths", "723", "count", 723, 723, "deaths", R, "africa deaths 2024 (who, to 8 sept)"),
    ("mpx-02-jan", P, "in Africa between January and 8 September", "January", "date", 2024, 2024, "year", O, "period start"),
    ("mpx-02-8sep", P, "between January and 8 September", "8 September", "date", 2024, 2024, "year", O, "as-of date"),
    ("mpx-02-sepwk", P, "first week of\nSeptember", "September", "date", 2024, 2024, "year", O, "as-of date"),
    ("mpx-02-cases", P, "more than 17,500 suspected cases and 692", "17,500", "count", 17500, 17500, "cases", R, "drc suspected cases 2024 (who, early sept)"),
    ("mpx-02-deaths", P, "suspected cases and 692\ndeaths", "692", "count", 692, 692, "deaths", R, "drc deaths 2024 (who, early sept)"),

    # ---------------- mpx03_abstract.txt (2025-05-06) ----------------
    ("mpx-03-sites", A, "Double-blind trial at two hospital sites", "two", "count", 2, 2, "sites", R, "palm007 sites"),
    ("mpx-03-1lesion", A, "had at least one active skin lesion", "one", "count", 1, 1, "lesions", O, "eligibility lesion count"),
    ("mpx-03-3kg", A, "body weight of at least 3 kg", "3 kg", "weight", 3, 3, "kg", O, "eligibility weight"),
    ("mpx-03-ratio", A, "assigned 1:1 to oral", "1:1", "ratio", 1, 1, "ratio", O, "randomization ratio"),
    ("mpx-03-dose", A, "(600 mg twice daily", "600 mg", "dose", 600, 600, "mg", R, "tecovirimat adult dose"),
    ("mpx-03-bid", A, "600 mg twice daily", "twice daily", "frequency", 2, 2, "per day", O, "dosing frequency"),
    ("mpx-03-14d", A, "matching placebo for 14 days", "14 days", "duration", 14, 14, "days", R, "treatment duration"),
    ("mpx-03-14dhosp", A, "stayed in hospital for at least 14 days", "14 days", "duration", 14, 14, "days", R, "minimum hospital stay"),
    ("mpx-03-28d", A, "lesions within 28 days", "28 days", "duration", 28, 28, "days", O, "primary endpoint window"),
    ("mpx-03-d58a", A, "all-cause mortality through day 58", "day 58", "duration", 58, 58, "days", O, "mortality timepoint"),
    ("mpx-03-start", A, "From October 7, 2022, through", "October 7, 2022", "date", 2022, 2022, "year", R, "enrolment start"),
    ("mpx-03-end", A, "through July 9, 2024, N", "July 9, 2024", "date", 2024, 2024, "year", R, "enrolment end"),
    ("mpx-03-n", A, "N = 597 patients", "N = 597", "count", 597, 597, "participants", R, "palm007 randomized"),
    ("mpx-03-ntec", A, "n = 295 to tecovirimat", "n = 295", "count", 295, 295, "participants", R, "palm007 tecovirimat arm"),
    ("mpx-03-npbo", A, "n = 302 to placebo", "n = 302", "count", 302, 302, "participants", R, "palm007 placebo arm"),
    ("mpx-03-medtec", A, "resolution was 7 days with tecovirimat", "7 days", "duration", 7, 7, "days", R, "median lesion resolution tecovirimat"),
    ("mpx-03-medpbo", A, "and 8 days with placebo", "8 days", "duration", 8, 8, "days", R, "median lesion resolution placebo"),
    ("mpx-03-diff", A, "(median difference, −1 day)", "−1 day", "duration", -1, -1, "days", R, "median difference"),
    ("mpx-03-hr", A, "hazard ratio was 1.13 (", "1.13", "ratio", 1.13, 1.13, "hr", R, "competing-risks hr lesion resolution"),
    ("mpx-03-ci", A, "95% CI, 0.97 to 1.31", "0.97 to 1.31", "ratio", 0.97, 1.31, "hr", R, "hr 95% ci"),
    ("mpx-03-p", A, "P = 0.14", "P = 0.14", "pvalue", 0.14, 0.14, "p", O, "p value"),
    ("mpx-03-d14", A, "throat samples at day 14", "day 14", "duration", 14, 14, "days", O, "pcr timepoint"),
    ("mpx-03-saetec", A, "occurred in 5.1% of the tecovirimat", "5.1%", "percent", 5.1, 5.1, "%", R, "serious aes tecovirimat"),
    ("mpx-03-saepbo", A, "5.0% of the placebo group", "5.0%", "percent", 5.0, 5.0, "%", R, "serious aes placebo"),
    ("mpx-03-d58b", A, "Mortality through day 58 was", "day 58", "duration", 58, 58, "days", O, "mortality timepoint"),
    ("mpx-03-mort", A, "was 1.7% overall", "1.7%", "percent", 1.7, 1.7, "%", R, "palm007 mortality (overall)"),
    ("mpx-03-cfr", A, "case fatality of 3.6% or more", "3.6%", "percent", 3.6, 3.6, "%", R, "drc case fatality all reported cases"),
    ("mpx-03-2sites", A, "between the two sites", "two", "count", 2, 2, "sites", O, "palm007 sites (repeat)"),
    ("mpx-03-topline", A, "on August 15, 2024, one day", "August 15, 2024", "date", 2024, 2024, "year", R, "palm007 topline date"),
    ("mpx-03-1day", A, "2024, one day after the WHO", "one day", "duration", 1, 1, "days", O, "gap to pheic"),
    ("mpx-03-april", A, "appeared in April", "April", "date", 2025, 2025, "year", R, "palm007 full publication date"),

    # ---------------- mpx04_explainer.txt (2024-10-21) ----------------
    ("mpx-04-pheic", X, "concern on Aug. 14, 2024", "Aug. 14, 2024", "date", 2024, 2024, "year", R, "who pheic declaration date"),
    ("mpx-04-1day", X, "A day earlier, the Africa", "A day", "duration", 1, 1, "days", O, "gap africa cdc to who"),
    ("mpx-04-conf", X, "counted 2,863 confirmed cases", "2,863", "count", 2863, 2863, "cases", R, "africa confirmed cases 2024 (africa cdc, aug 13)"),
    ("mpx-04-deaths", X, "cases and 517 deaths", "517", "count", 517, 517, "deaths", R, "africa deaths 2024 (africa cdc, aug 13)"),
    ("mpx-04-in2024", X, "517 deaths in 2024", "2024", "date", 2024, 2024, "year", O, "period"),
    ("mpx-04-dozen", X, "across a dozen African countries", "a dozen", "count", 12, 12, "countries", R, "countries with outbreaks (aug 13)"),
    ("mpx-04-earlyoct", X, "In early October, the DRC", "early October", "date", 2024, 2024, "year", O, "as-of date"),
    ("mpx-04-cases", X, "between 30,000 and 31,000 suspected cases", "between 30,000 and 31,000", "count", 30000, 31000, "cases", R, "drc suspected cases 2024 (early oct)"),
    ("mpx-04-988", X, "cases and 988 deaths", "988", "count", 988, 988, "deaths", R, "drc deaths 2024 (early oct)"),
    ("mpx-04-70", X, "about 70% of the deaths", "about 70%", "percent", 70, 70, "%", R, "share of drc deaths under five"),
    ("mpx-04-u5", X, "children under five", "five", "age", 5, 5, "years", O, "age cutoff"),
    ("mpx-04-2clades", X, "fall into two broad clades", "two", "count", 2, 2, "clades", O, "number of clades"),
    ("mpx-04-2022", X, "the worldwide outbreak of 2022", "2022", "date", 2022, 2022, "year", O, "clade ii global outbreak year"),
    ("mpx-04-ibfirst", X, "eastern DRC in September 2023", "September 2023", "date", 2023, 2023, "year", R, "clade ib first detected"),
    ("mpx-04-sweden", X, "outside Africa on Aug. 15", "Aug. 15", "date", 2024, 2024, "year", R, "sweden first clade i case date"),
    ("mpx-04-1wk", X, "About a week later", "a week", "duration", 1, 1, "weeks", O, "gap sweden to thailand"),
    ("mpx-04-thaiage", X, "in a 56-year-old European man", "56", "age", 56, 56, "years", R, "thailand case age"),
    ("mpx-04-2dose", X, "given as two doses four weeks apart", "two", "count", 2, 2, "doses", R, "mva-bn doses in schedule"),
    ("mpx-04-4wk", X, "two doses four weeks apart", "four weeks", "duration", 4, 4, "weeks", R, "mva-bn dose interval"),
    ("mpx-04-age18", X, "for adults 18 and older", "18", "age", 18, 18, "years", R, "mva-bn minimum age at prequalification"),
    ("mpx-04-pqsep", X, "18 and older in September", "September", "date", 2024, 2024, "year", R, "who prequalification of mva-bn date"),
    ("mpx-04-oct8", X, "on Oct. 8, extended", "Oct. 8", "date", 2024, 2024, "year", R, "who adolescent extension date"),
    ("mpx-04-adol", X, "adolescents aged 12 to 17", "12 to 17", "age", 12, 17, "years", R, "mva-bn adolescent age range"),
    ("mpx-04-1dose", X, "one dose is about 76%", "one", "count", 1, 1, "doses", O, "doses (qualifier)"),
    ("mpx-04-ve1", X, "one dose is about 76% effective", "about 76%", "percent", 76, 76, "%", R, "mva-bn effectiveness one dose"),
    ("mpx-04-2doses", X, "and two doses about 82%", "two", "count", 2, 2, "doses", O, "doses (qualifier)"),
    ("mpx-04-ve2", X, "two doses about 82%", "about 82%", "percent", 82, 82, "%", R, "mva-bn effectiveness two doses"),
    ("mpx-04-lc1", X, "is given as a single dose", "single dose", "count", 1, 1, "doses", O, "lc16m8 doses in schedule"),
    ("mpx-04-oct5", X, "began vaccinating on Oct. 5 in Goma", "Oct. 5", "date", 2024, 2024, "year", R, "drc vaccination start (actual)"),
    ("mpx-04-265k", X, "received about 265,000 doses", "about 265,000", "count", 265000, 265000, "doses", R, "doses received by drc (early oct)"),
    ("mpx-04-1m", X, "buy up to 1 million doses", "up to 1 million", "count", 1000000, 1000000, "doses", R, "unicef mva-bn order size"),
    ("mpx-04-price", X, "at no more than $56 a dose", "$56", "money", 56, 56, "USD", R, "unicef price per dose"),
    ("mpx-04-mort", X, "about 3.6% of the trial's participants died", "about 3.6%", "percent", 3.6, 3.6, "%", R, "palm007 mortality (overall)"),
    ("mpx-04-874", X, "appealed for $87.4 million", "$87.4 million", "money", 87400000, 87400000, "USD", R, "who own appeal"),
    ("mpx-04-6mo", X, "response over six months", "six months", "duration", 6, 6, "months", R, "who appeal period"),

    # ---------------- mpx05_blog.txt (2025-09-12) ----------------
    ("mpx-05-byline", B, "September 12, 2025 · 6 min read", "September 12, 2025", "date", 2025, 2025, "year", O, "publication date (metadata)"),
    ("mpx-05-capt", B, "were given in October 2024", "October 2024", "date", 2024, 2024, "year", O, "caption: first shots in eastern congo"),
    ("mpx-05-end", B, "Last Friday the World", "Last Friday", "date", 2025, 2025, "year", R, "pheic end date"),
    ("mpx-05-16", B, "whose 16 members", "16", "count", 16, 16, "members", R, "emergency committee members"),
    ("mpx-05-11", B, "11 of them took part", "11", "count", 11, 11, "members", R, "members taking part sept 2025"),
    ("mpx-05-1yr", B, "for another year", "another year", "duration", 1, 1, "years", O, "standing recommendations extension"),
    ("mpx-05-pheic", B, "declared the emergency in August 2023", "August 2023", "date", 2023, 2023, "year", R, "who pheic declaration date"),
    ("mpx-05-jul22", B, "here before: in July 2022", "July 2022", "date", 2022, 2022, "year", R, "2022 committee meeting / pheic date"),
    ("mpx-05-vagn", B, "voted 8-6 against", "8", "count", 8, 8, "votes", R, "2022 committee votes against"),
    ("mpx-05-vfor", B, "voted 8-6 against", "6", "count", 6, 6, "votes", R, "2022 committee votes for"),
    ("mpx-05-price", B, "set the price at $65 a dose", "$65", "money", 65, 65, "USD", R, "unicef price per dose"),
    ("mpx-05-usprice", B, "pays about $55.35 per dose", "about $55.35", "money", 55.35, 55.35, "USD", R, "us government price per dose (estimate)"),
    ("mpx-05-need", B, "the continent needs 6.4 million doses", "6.4 million", "count", 6400000, 6400000, "doses", R, "africa cdc doses needed (2025 estimate)"),
    ("mpx-05-june", B, "By early June only", "early June", "date", 2025, 2025, "year", O, "as-of date"),
    ("mpx-05-720k", B, "only about 720,000 had been administered", "about 720,000", "count", 720000, 720000, "doses", R, "doses administered in africa (june 2025)"),
    ("mpx-05-350k", B, "for the last 350,000 doses", "350,000", "count", 350000, 350000, "doses", R, "unicef doses unfunded"),
    ("mpx-05-1m", B, "its one-million-dose agreement", "one-million", "count", 1000000, 1000000, "doses", R, "unicef mva-bn order size"),
    ("mpx-05-japan", B, "Japan's donation of 3.5 million doses", "3.5 million", "count", 3500000, 3500000, "doses", R, "japan lc16m8 donation to drc"),
    ("mpx-05-lc1", B, "a single-shot vaccine", "single-shot", "count", 1, 1, "doses", O, "lc16m8 doses in schedule"),
    ("mpx-05-april", B, "published in April", "April", "date", 2025, 2025, "year", R, "palm007 full publication date"),
    ("mpx-05-medtec", B, "a median of eight days", "eight days", "duration", 8, 8, "days", R, "median lesion resolution tecovirimat"),
    ("mpx-05-medpbo", B, "against seven on placebo", "seven", "duration", 7, 7, "days", R, "median lesion resolution placebo"),
    ("mpx-05-chart1", B, "in the DRC, January 2024 to August 2025", "January 2024", "date", 2024, 2024, "year", O, "chart range start"),
    ("mpx-05-chart2", B, "January 2024 to August 2025", "August 2025", "date", 2025, 2025, "year", O, "chart range end"),
    ("mpx-05-uspldt", B, "In September 2024 Washington", "September 2024", "date", 2024, 2024, "year", R, "us pledge date"),
    ("mpx-05-usd", B, "Washington pledged $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", R, "us pledge money"),
    ("mpx-05-usdoses", B, "and a million vaccine doses", "a million", "count", 1000000, 1000000, "doses", R, "us pledge doses"),
    ("mpx-05-rel65", B, "The $65 question", "$65", "money", 65, 65, "USD", O, "related link headline"),

    # ---------------- mpx06_trade.txt (2024-11-21) ----------------
    ("mpx-06-tue", F, "on Tuesday granted an Emergency Use Listing", "Tuesday", "date", 2024, 2024, "year", R, "lc16m8 eul date"),
    ("mpx-06-lc1", F, "use as a single dose in people", "single dose", "count", 1, 1, "doses", O, "lc16m8 doses in schedule"),
    ("mpx-06-age1", F, "in people over one year of age", "one year", "age", 1, 1, "years", R, "lc16m8 minimum age"),
    ("mpx-06-japan", F, "will donate 3.05 million doses", "3.05 million", "count", 3050000, 3050000, "doses", R, "japan lc16m8 donation to drc"),
    ("mpx-06-cases", F, "more than 39,000 suspected cases", "39,000", "count", 39000, 39000, "cases", R, "drc suspected cases 2024 (oct 31)"),
    ("mpx-06-deaths", F, "over 1,000 deaths", "1,000", "count", 1000, 1000, "deaths", R, "drc deaths 2024 (oct 31)"),
    ("mpx-06-oct31", F, "this year as of Oct. 31", "Oct. 31", "date", 2024, 2024, "year", O, "as-of date"),
    ("mpx-06-80", F, "reported from 80 countries", "80", "count", 80, 80, "countries", R, "countries reporting mpox 2024"),
    ("mpx-06-in2024", F, "80 countries in 2024", "2024", "date", 2024, 2024, "year", O, "period"),
    ("mpx-06-19", F, "19 of them in Africa", "19", "count", 19, 19, "countries", R, "african countries reporting mpox 2024"),
    ("mpx-06-pq", F, "prequalified on Sept. 13", "Sept. 13", "date", 2024, 2024, "year", R, "who prequalification of mva-bn date"),
    ("mpx-06-oct8", F, "and, on Oct. 8, for adolescents", "Oct. 8", "date", 2024, 2024, "year", R, "who adolescent extension date"),
    ("mpx-06-adol", F, "adolescents aged 12 to 17", "12 to 17", "age", 12, 17, "years", R, "mva-bn adolescent age range"),
    ("mpx-06-ve1", F, "at 76% after one dose", "76%", "percent", 76, 76, "%", R, "mva-bn effectiveness one dose"),
    ("mpx-06-1dose", F, "76% after one dose", "one", "count", 1, 1, "doses", O, "doses (qualifier)"),
    ("mpx-06-ve2", F, "and 86% after two", "86%", "percent", 86, 86, "%", R, "mva-bn effectiveness two doses"),
    ("mpx-06-2doses", F, "86% after two.", "two", "count", 2, 2, "doses", O, "doses (qualifier)"),
    ("mpx-06-signed", F, "signed in late September", "late September", "date", 2024, 2024, "year", R, "unicef deal date"),
    ("mpx-06-price", F, "caps the price at $65 a dose", "$65", "money", 65, 65, "USD", R, "unicef price per dose"),
    ("mpx-06-course", F, "or $130 for a full two-dose course", "$130", "money", 130, 130, "USD", R, "unicef price per two-dose course"),
    ("mpx-06-2dcourse", F, "a full two-dose course", "two", "count", 2, 2, "doses", O, "doses per course"),
    ("mpx-06-1m", F, "covers up to one million doses", "up to one million", "count", 1000000, 1000000, "doses", R, "unicef mva-bn order size"),
    ("mpx-06-cap25", F, "it can produce 10 million doses", "10 million", "count", 10000000, 10000000, "doses", R, "bn capacity by end 2025"),
    ("mpx-06-cap25dt", F, "by the end of 2025, but", "2025", "date", 2025, 2025, "year", O, "capacity timepoint"),
    ("mpx-06-oct5", F, "began vaccinating on Oct. 5 in Goma", "Oct. 5", "date", 2024, 2024, "year", R, "drc vaccination start (actual)"),
    ("mpx-06-uspldt", F, "In September, the United States pledged", "September", "date", 2024, 2024, "year", R, "us pledge date"),
    ("mpx-06-usdoses", F, "pledged one million doses", "one million", "count", 1000000, 1000000, "doses", R, "us pledge doses"),
    ("mpx-06-usd", F, "doses and $500 million", "$500 million", "money", 500000000, 500000000, "USD", R, "us pledge money"),
    ("mpx-06-1b", F, "total commitment $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", R, "matched target (us + others)"),
    ("mpx-06-n", F, "The 579-patient PALM007", "579", "count", 579, 579, "participants", R, "palm007 randomized"),

    # ---------------- mpx07_factcheck.txt (2024-08-23) ----------------
    ("mpx-07-hl10", T, "does not kill one in ten people", "one in ten", "percent", 10, 10, "%", O, "false post's fatality (headline, attributed)"),
    ("mpx-07-shares", T, "shared tens of thousands of times", "tens of thousands", "count", None, None, "shares", O, "post shares (vague)"),
    ("mpx-07-sept", T, "lockdowns start in September", "September", "date", 2024, 2024, "year", O, "false post's lockdown date (quoted)"),
    ("mpx-07-claim10", T, "\"kills one in ten people who catch it.\"", "one in ten", "percent", 10, 10, "%", O, "false post's fatality (quoted)"),
    ("mpx-07-pheic", T, "(PHEIC) on Aug. 14, after", "Aug. 14", "date", 2024, 2024, "year", R, "who pheic declaration date"),
    ("mpx-07-acdc", T, "Prevention on Aug. 13, the first", "Aug. 13", "date", 2024, 2024, "year", R, "africa cdc phecs date"),
    ("mpx-07-2017", T, "since it was launched in 2017", "2017", "date", 2017, 2017, "year", R, "africa cdc launch year"),
    ("mpx-07-2yr", T, "second time in two years", "two years", "duration", 2, 2, "years", O, "gap between pheics"),
    ("mpx-07-jul22", T, "The first declaration, in July 2022", "July 2022", "date", 2022, 2022, "year", R, "2022 pheic declaration date"),
    ("mpx-07-may23", T, "was lifted in May 2023", "May 2023", "date", 2023, 2023, "year", R, "2022 pheic end date"),
    ("mpx-07-vagn", T, "split nine to six against", "nine", "count", 9, 9, "votes", R, "2022 committee votes against"),
    ("mpx-07-vfor", T, "split nine to six against", "six", "count", 6, 6, "votes", R, "2022 committee votes for"),
    ("mpx-07-cases", T, "more than 14,000 cases", "14,000", "count", 14000, 14000, "cases", R, "drc cases 2024 (who, aug 14)"),
    ("mpx-07-deaths", T, "cases and 524 deaths", "524", "count", 524, 524, "deaths", R, "drc deaths 2024 (who, aug 14)"),
    ("mpx-07-2023", T, "the whole of 2023", "2023", "date", 2023, 2023, "year", O, "comparison year"),
    ("mpx-07-90", T, "about 90 cases of clade Ib", "about 90", "count", 90, 90, "cases", R, "clade ib cases in four neighbours (past month)"),
    ("mpx-07-pastmo", T, "in the past month in four", "the past month", "duration", 1, 1, "months", O, "period"),
    ("mpx-07-4c", T, "in four neighbouring countries", "four", "count", 4, 4, "countries", R, "newly affected neighbouring countries"),
    ("mpx-07-cfr", T, "at roughly 4%, not one in ten", "roughly 4%", "percent", 4, 4, "%", R, "drc case fatality 2024 (computed)"),
    ("mpx-07-cfr10", T, "roughly 4%, not one in ten", "one in ten", "percent", 10, 10, "%", O, "false post's fatality (repeat)"),
    ("mpx-07-2cases", T, "Two travel-related clade Ib cases", "Two", "count", 2, 2, "cases", R, "clade ib cases outside africa (aug 23)"),
    ("mpx-07-sweden", T, "reported the first on Aug. 15", "Aug. 15", "date", 2024, 2024, "year", R, "sweden first clade i case date"),
    ("mpx-07-thu", T, "On Thursday, Thailand confirmed", "Thursday", "date", 2024, 2024, "year", R, "thailand confirmation date"),
    ("mpx-07-thaiage", T, "in a 66-year-old European man", "66", "age", 66, 66, "years", R, "thailand case age"),
    ("mpx-07-arr", T, "from Africa on Aug. 14. Thai", "Aug. 14", "date", 2024, 2024, "year", O, "thai case arrival date"),
    ("mpx-07-43", T, "said 43 close contacts", "43", "count", 43, 43, "contacts", R, "thai case contacts monitored"),
    ("mpx-07-21d", T, "monitored for 21 days", "21 days", "duration", 21, 21, "days", R, "contact monitoring period"),
    ("mpx-07-rule10", T, "kills one in ten people is not supported", "one in ten", "percent", 10, 10, "%", O, "false post's fatality (ruling, attributed)"),
    ("mpx-07-src14", T, "press conference, Aug. 14;", "Aug. 14", "date", 2024, 2024, "year", O, "source list date"),
    ("mpx-07-src13", T, "Africa CDC briefing, Aug. 13", "Aug. 13", "date", 2024, 2024, "year", O, "source list date"),
]

# (a, b, grade)
CONFLICTS = [
    # S1 pheic declaration year: 2024 vs blog's "August 2023"
    ("mpx-05-pheic", "mpx-01-pheic", "strict"),
    ("mpx-05-pheic", "mpx-04-pheic", "strict"),
    ("mpx-05-pheic", "mpx-07-pheic", "strict"),
    # S2 palm007 randomized 597 vs 579 (transposition)
    ("mpx-06-n", "mpx-01-n", "strict"),
    ("mpx-06-n", "mpx-03-n", "strict"),
    # S3 median lesion resolution, arms swapped in the blog
    ("mpx-05-medtec", "mpx-03-medtec", "strict"),
    ("mpx-05-medpbo", "mpx-03-medpbo", "strict"),
    # S4 palm007 mortality 1.7% vs 3.6% (DRC-wide fatality put on the trial)
    ("mpx-04-mort", "mpx-01-mort", "strict"),
    ("mpx-04-mort", "mpx-03-mort", "strict"),
    # S5 two-dose effectiveness 82% vs 86%
    ("mpx-06-ve2", "mpx-04-ve2", "strict"),
    # S6 unicef price per dose $65 vs $56
    ("mpx-04-price", "mpx-05-price", "strict"),
    ("mpx-04-price", "mpx-06-price", "strict"),
    # S7 2022 committee votes against: 9 vs 8
    ("mpx-05-vagn", "mpx-07-vagn", "strict"),
    # S8 japan lc16m8 donation 3.05 vs 3.5 million
    ("mpx-05-japan", "mpx-06-japan", "strict"),
    # S9 thailand case age 66 vs 56
    ("mpx-04-thaiage", "mpx-07-thaiage", "strict"),
    # S10 us pledge money $500 million vs $1 billion
    ("mpx-05-usd", "mpx-06-usd", "strict"),
    # S11 bavarian nordic capacity by end 2025: 13 vs 10 million
    ("mpx-06-cap25", "mpx-02-cap25", "strict"),
    # S12 drc deaths in the same early-september who snapshot: 629 vs 692
    ("mpx-02-deaths", "mpx-01-deaths", "strict"),
    # qualified
    ("mpx-04-deaths", "mpx-07-deaths", "qualified"),   # africa cdc 517 (continent) vs who 524 (drc), a day apart
    ("mpx-07-cfr", "mpx-01-cfr", "qualified"),         # roughly 4% (2024 figures) vs 3.6% or more
    ("mpx-07-cfr", "mpx-03-cfr", "qualified"),
    ("mpx-05-rel65", "mpx-04-price", "qualified"),     # related-link headline $65 vs planted $56
]


def main():
    texts = {}
    for name in sorted(os.listdir(DOCS)):
        if name.endswith(".txt"):
            with open(os.path.join(DOCS, name), encoding="utf-8") as f:
                texts[name] = f.read()
    rows, ids, errors = [], set(), []
    spans_by_doc = {}
    for c in CLAIMS:
        cid, doc, ctx, span, kind, low, high, unit, req, topic = c[:10]
        nth = c[10] if len(c) > 10 else 0
        text = texts[doc]
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        n = text.count(ctx)
        if n != 1:
            errors.append(f"{cid}: context {ctx!r} occurs {n} times in {doc}")
            continue
        base = text.index(ctx)
        pos, k = -1, -1
        while k < nth:
            pos = ctx.find(span, pos + 1)
            if pos < 0:
                break
            k += 1
        if pos < 0:
            errors.append(f"{cid}: span {span!r} not in context {ctx!r}")
            continue
        start = base + pos
        end = start + len(span)
        if text[start:end] != span:
            errors.append(f"{cid}: slice mismatch")
            continue
        for (s2, e2, id2) in spans_by_doc.get(doc, []):
            if start < e2 and s2 < end:
                errors.append(f"{cid}: overlaps {id2}")
        spans_by_doc.setdefault(doc, []).append((start, end, cid))
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    by_id = {r["id"]: r for r in rows}
    seen = set()
    for a, b, grade in CONFLICTS:
        if a not in by_id or b not in by_id:
            errors.append(f"conflict {a}-{b}: unknown id")
            continue
        if by_id[a]["doc"] == by_id[b]["doc"]:
            errors.append(f"conflict {a}-{b}: same document")
        if by_id[a]["low"] == by_id[b]["low"] and by_id[a]["high"] == by_id[b]["high"]:
            errors.append(f"conflict {a}-{b}: equal values")
        key = frozenset((a, b))
        if key in seen:
            errors.append(f"conflict {a}-{b}: duplicate")
        seen.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    rows_sorted = sorted([r for r in rows if r["type"] == "claim"], key=lambda r: (r["doc"], r["start"]))
    rows_sorted += [r for r in rows if r["type"] == "conflict"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows_sorted:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nclaims = sum(1 for r in rows if r["type"] == "claim")
    nreq = sum(1 for r in rows if r["type"] == "claim" and r["required"])
    nstrict = sum(1 for r in rows if r["type"] == "conflict" and r["grade"] == "strict")
    nqual = sum(1 for r in rows if r["type"] == "conflict" and r["grade"] == "qualified")
    print(f"wrote {OUT}: {nclaims} claims ({nreq} required, {nclaims - nreq} optional), "
          f"{nstrict} strict + {nqual} qualified conflicts")


if __name__ == "__main__":
    main()
