#!/usr/bin/env python3
"""Build kratom-7oh.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "kratom-7oh")
OUT = os.path.join(HERE, "kratom-7oh.gold.jsonl")
T = "kratom-7oh"
PFX = "k7"

W, P, A, E, B, L, F = ("K701_wire.txt", "K702_press.txt", "K703_abstract.txt",
                       "K704_explainer.txt", "K705_blog.txt", "K706_local.txt", "K707_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- K701 wire (2025-07-30, Wednesday)
 ("w-dl", W, "WASHINGTON, July 30", "July 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday recommended", "Tuesday", "date", 2025, 2025, "year", Y, "fda 7-oh scheduling recommendation date (2025-07-29)"),
 ("w-nine", W, "abandoned nine years ago", "nine years ago", "date", 2016, 2016, "year", Y, "dea 2016 scheduling attempt"),
 ("w-13", W, "can be up to 13 times more potent", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("w-2pct", W, "less than 2% of the alkaloid", "2%", "percent", 2, 2, "%", Y, "7-oh share of leaf alkaloids (upper bound)"),
 ("w-2yr", W, "placement for two years", "two years", "duration", 2, 2, "years", Y, "temporary scheduling length"),
 ("w-1yr", W, "a possible one-year extension", "one-year", "duration", 1, 1, "years", Y, "temporary scheduling extension"),
 ("w-month", W, "Earlier this month, the FDA", "Earlier this month", "date", 2025, 2025, "year", Y, "warning letters announced (july 2025)"),
 ("w-seven", W, "warning letters to seven companies", "seven", "count", 7, 7, "companies", Y, "companies sent 7-oh warning letters"),
 ("w-15bd", W, "gave them 15 business days", "15 business days", "duration", 15, 15, "business days", Y, "warning letter response window"),
 ("w-03", W, "about 0.3% of people", "0.3%", "percent", 0.3, 0.3, "%", Y, "nsduh 2019 past-year kratom use (12+)"),
 ("w-12", W, "aged 12 and older had used", "12", "age", 12, 12, "years", N, "survey age qualifier"),
 ("w-2019", W, "in the past year in 2019", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("w-1516", W, "15 million to 16 million", "15 million to 16 million", "count", 15000000, 16000000, "people", Y, "aka estimate of kratom consumers"),
 ("w-1b", W, "more than $1 billion a year", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "us kratom sales per year (industry estimate)"),
 ("w-1807", W, "logged 1,807 calls", "1,807", "count", 1807, 1807, "calls", Y, "poison center kratom exposures 2011-2017"),
 ("w-1117", W, "between 2011 and 2017, rising", "2011 and 2017", "date", 2011, 2017, "year", N, "period"),
 ("w-13c", W, "rising from 13 in 2011", "13", "count", 13, 13, "calls", Y, "poison center kratom calls 2011"),
 ("w-2011", W, "13 in 2011 to", "2011", "date", 2011, 2011, "year", N, "qualifier year"),
 ("w-682", W, "to 682 in 2017", "682", "count", 682, 682, "calls", Y, "poison center kratom calls 2017"),
 ("w-2017", W, "682 in 2017, according", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("w-2019s", W, "a 2019 study", "2019", "date", 2019, 2019, "year", N, "study publication year"),
 ("w-hd2016", W, "THE 2016 FIGHT", "2016", "date", 2016, 2016, "year", N, "section heading"),
 ("w-aug16", W, "announced in August 2016", "August 2016", "date", 2016, 2016, "year", Y, "dea notice of intent date"),
 ("w-two", W, "kratom's two main alkaloids", "two", "count", 2, 2, "alkaloids", N, "aside"),
 ("w-15d", W, "citing 15 deaths over three years", "15", "count", 15, 15, "deaths", Y, "deaths cited by dea 2016"),
 ("w-3yr", W, "15 deaths over three years", "three years", "duration", 3, 3, "years", Y, "period of dea-cited deaths"),
 ("w-oct", W, "withdrew the notice that October", "that October", "date", 2016, 2016, "year", Y, "dea withdrawal date"),
 ("w-130k", W, "more than 130,000 signatures", "130,000", "count", 130000, 130000, "signatures", Y, "2016 petition signatures"),
 ("w-51", W, "a letter from 51 members", "51", "count", 51, 51, "members", Y, "house members signing 2016 letter"),
 ("w-21", W, "a 21-and-over sales limit", "21", "age", 21, 21, "years", Y, "proposed minimum age (alliance ask)"),
 ("w-six", W, "Six states ban kratom outright", "Six", "count", 6, 6, "states", Y, "states banning kratom before louisiana (as of 2025-07-30)"),
 ("w-fri", W, "takes effect on Friday", "Friday", "date", 2025, 2025, "year", Y, "louisiana ban effective (2025-08-01)"),
 ("w-tue2", W, "did not say on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "repeat"),
 ("w-year", W, "can take more than a year", "a year", "duration", 1, 1, "years", N, "typical rulemaking time (aside)"),

 # ---- K702 press (2025-08-05)
 ("p-h21", P, "verification of 21 and older", "21", "age", 21, 21, "years", N, "subtitle repeat"),
 ("p-h1400", P, "its 1,400 retail partners", "1,400", "count", 1400, 1400, "retailers", N, "subtitle repeat"),
 ("p-h41", P, "about $4.1 million of 2024", "$4.1 million", "money", 4100000, 4100000, "USD", N, "subtitle repeat"),
 ("p-h2024", P, "of 2024 net sales", "2024", "date", 2024, 2024, "year", N, "subtitle qualifier"),
 ("p-dl", P, "Aug. 5, 2025", "Aug. 5, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-week", P, "one week after the U.S.", "one week", "duration", 1, 1, "weeks", N, "aside"),
 ("p-2023", P, "introduced in 2023", "2023", "date", 2023, 2023, "year", N, "company product history"),
 ("p-41", P, "generated about $4.1 million", "$4.1 million", "money", 4100000, 4100000, "USD", Y, "company 7-oh net sales fy2024"),
 ("p-fy24", P, "in fiscal 2024, or", "2024", "date", 2024, 2024, "year", N, "fiscal year"),
 ("p-9", P, "roughly 9% of total", "9%", "percent", 9, 9, "%", Y, "7-oh share of company sales"),
 ("p-462", P, "$46.2 million", "$46.2 million", "money", 46200000, 46200000, "USD", Y, "company total net sales fy2024"),
 ("p-wd", P, "$1.2 million to $1.5 million", "$1.2 million to $1.5 million", "money", 1200000, 1500000, "USD", Y, "inventory write-down (forecast)"),
 ("p-13", P, "can be up to 13 times more potent", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("p-jul29", P, "On July 29, the FDA", "July 29", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("p-2wk", P, "Two weeks earlier, on July 15", "Two weeks", "duration", 2, 2, "weeks", N, "aside"),
 ("p-jul15", P, "on July 15, the agency", "July 15", "date", 2025, 2025, "year", Y, "warning letters announced"),
 ("p-seven", P, "warning letters to seven companies", "seven", "count", 7, 7, "companies", Y, "companies sent 7-oh warning letters"),
 ("p-15d", P, "gave the recipients 15 days", "15 days", "duration", 15, 15, "days", Y, "warning letter response window"),
 ("p-29b", P, "market at $2.9 billion in 2021", "$2.9 billion", "money", 2900000000, 2900000000, "USD", Y, "global kratom market 2021"),
 ("p-2021", P, "$2.9 billion in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("p-2019", P, "published in 2019 in Clinical", "2019", "date", 2019, 2019, "year", N, "study publication year"),
 ("p-1800", P, "more than 1,800 calls", "1,800", "count", 1800, 1800, "calls", Y, "poison center kratom exposures 2011-2017"),
 ("p-1117", P, "from 2011 through 2017, and", "2011 through 2017", "date", 2011, 2017, "year", N, "period"),
 ("p-half", P, "more than half (52%)", "half", "percent", 50, 50, "%", N, "rounded repeat of 52%"),
 ("p-52", P, "half (52%)", "52%", "percent", 52, 52, "%", Y, "share of exposures admitted to health care facility (misreport)"),
 ("p-sep1", P, "Beginning Sept. 1", "Sept. 1", "date", 2025, 2025, "year", Y, "company age-verification start"),
 ("p-21", P, "buyers are 21 or older", "21", "age", 21, 21, "years", Y, "company minimum age"),
 ("p-43", P, "sells in 43 states", "43", "count", 43, 43, "states", Y, "company states of sale"),
 ("p-aug1", P, "took effect on Aug. 1", "Aug. 1", "date", 2025, 2025, "year", Y, "louisiana ban effective"),
 ("p-july", P, "to that state in July", "July", "date", 2025, 2025, "year", N, "aside"),
 ("p-2014", P, "Founded in 2014", "2014", "date", 2014, 2014, "year", N, "about section"),
 ("p-1400", P, "about 1,400 independent", "1,400", "count", 1400, 1400, "retailers", N, "about section"),
 ("p-180", P, "about 180 people", "180", "count", 180, 180, "employees", N, "about section"),

 # ---- K703 abstract (2025-10-14)
 ("a-pub", A, "Published online 14 October 2025", "14 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "overdose deaths, 2010–2017: a", "2010–2017", "date", 2010, 2017, "year", N, "title period"),
 ("a-jul25", A, "In July 2025 the US", "July 2025", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("a-13", A, "about 13 times more potent", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("a-46", A, "46 times more potent than mitragynine", "46 times", "ratio", 46, 46, "x", Y, "7-oh potency vs mitragynine"),
 ("a-2016", A, "Administration's 2016 notice", "2016", "date", 2016, 2016, "year", Y, "dea notice of intent year"),
 ("a-15", A, "cited 15 deaths", "15", "count", 15, 15, "deaths", Y, "deaths cited by dea 2016"),
 ("a-2yr", A, "over a two-year period", "two-year", "duration", 2, 2, "years", Y, "period of dea-cited deaths (misreport)"),
 ("a-2019", A, "In the 2019 National Survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("a-n56", A, "(N = 56,136)", "56,136", "count", 56136, 56136, "respondents", Y, "nsduh 2019 sample"),
 ("a-07", A, "past-year kratom use was 0.7%", "0.7%", "percent", 0.7, 0.7, "%", Y, "nsduh 2019 past-year kratom use (12+)"),
 ("a-07ci", A, "0.6–0.8", "0.6–0.8", "percent", 0.6, 0.8, "%", Y, "ci"),
 ("a-12", A, "aged 12 years or older", "12", "age", 12, 12, "years", N, "survey age qualifier"),
 ("a-m1015", A, "January 2010 to December 2015", "January 2010 to December 2015", "date", 2010, 2015, "year", N, "source period"),
 ("a-m1117", A, "January 2011 to December 2017", "January 2011 to December 2017", "date", 2011, 2017, "year", N, "source period"),
 ("a-m1617", A, "July 2016 to December 2017, covering", "July 2016 to December 2017", "date", 2016, 2017, "year", N, "source period"),
 ("a-three", A, "from three federal sources", "three", "count", 3, 3, "sources", N, "methods aside"),
 ("a-11st", A, "covering 11 states", "11", "count", 11, 11, "states", Y, "sudors states first year"),
 ("a-12mo", A, "in the first 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("a-27st", A, "and 27 states thereafter", "27", "count", 27, 27, "states", Y, "sudors states later period"),
 ("a-660", A, "N = 660 calls", "660", "count", 660, 660, "calls", Y, "poison center kratom calls 2010-2015"),
 ("a-twoser", A, "compared the two NPDS series", "two", "count", 2, 2, "series", N, "methods aside"),
 ("a-1015", A, "calls in 2010–2015, rising", "2010–2015", "date", 2010, 2015, "year", N, "period"),
 ("a-26", A, "rising from 26 in 2010", "26", "count", 26, 26, "calls", Y, "poison center kratom calls 2010"),
 ("a-2010", A, "26 in 2010 to", "2010", "date", 2010, 2010, "year", N, "qualifier year"),
 ("a-263", A, "to 263 in 2015", "263", "count", 263, 263, "calls", Y, "poison center kratom calls 2015"),
 ("a-2015", A, "263 in 2015 (RR", "2015", "date", 2015, 2015, "year", N, "qualifier year"),
 ("a-rr10", A, "(RR 10.1,", "10.1", "ratio", 10.1, 10.1, "x", Y, "rate ratio 2015 vs 2010"),
 ("a-rr10ci", A, "6.8–15.1", "6.8–15.1", "ratio", 6.8, 15.1, "x", Y, "ci"),
 ("a-p1", A, "P<0.001). Health", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-496", A, "made n=496 calls", "496", "count", 496, 496, "calls", Y, "calls from health care providers"),
 ("a-752", A, "(75.2%, 95% CI", "75.2%", "percent", 75.2, 75.2, "%", Y, "share from health care providers"),
 ("a-752ci", A, "71.7–78.3", "71.7–78.3", "percent", 71.7, 78.3, "%", Y, "ci"),
 ("a-487", A, "n=487 (73.8%)", "487", "count", 487, 487, "calls", Y, "intentional exposures"),
 ("a-738", A, "(73.8%) involved", "73.8%", "percent", 73.8, 73.8, "%", Y, "share intentional"),
 ("a-595", A, "n=595 (90.2%)", "595", "count", 595, 595, "calls", Y, "ingestion exposures"),
 ("a-902", A, "(90.2%) ingestion", "90.2%", "percent", 90.2, 90.2, "%", Y, "share ingestion"),
 ("a-428", A, "n=428 (64.8%)", "428", "count", 428, 428, "calls", Y, "kratom-only exposures (calls)"),
 ("a-648", A, "(64.8%) kratom", "64.8%", "percent", 64.8, 64.8, "%", Y, "share kratom-only exposures"),
 ("a-1117r", A, "In 2011–2017 there", "2011–2017", "date", 2011, 2017, "year", N, "period"),
 ("a-1807", A, "there were 1,807 exposures", "1,807", "count", 1807, 1807, "calls", Y, "poison center kratom exposures 2011-2017"),
 ("a-13c", A, "from 13 in 2011", "13", "count", 13, 13, "calls", Y, "poison center kratom calls 2011"),
 ("a-2011", A, "13 in 2011 to", "2011", "date", 2011, 2011, "year", N, "qualifier year"),
 ("a-682", A, "to 682 in 2017", "682", "count", 682, 682, "calls", Y, "poison center kratom calls 2017"),
 ("a-2017", A, "682 in 2017 (RR", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("a-rr52", A, "(RR 52.5,", "52.5", "ratio", 52.5, 52.5, "x", Y, "rate ratio 2017 vs 2011"),
 ("a-rr52ci", A, "30.3–90.8", "30.3–90.8", "ratio", 30.3, 90.8, "x", Y, "ci"),
 ("a-p2", A, "P<0.001); 65%", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-65", A, "65% occurred", "65%", "percent", 65, 65, "%", Y, "share of 2011-2017 exposures in 2016-2017"),
 ("a-1617", A, "occurred in 2016–2017", "2016–2017", "date", 2016, 2017, "year", N, "qualifier years"),
 ("a-71", A, "71% involved males", "71%", "percent", 71, 71, "%", Y, "share male"),
 ("a-89", A, "89% people aged", "89%", "percent", 89, 89, "%", Y, "share aged 20+"),
 ("a-20", A, "aged 20 years or older", "20", "age", 20, 20, "years", N, "age qualifier"),
 ("a-32", A, "32% led to admission", "32%", "percent", 32, 32, "%", Y, "share admitted to health care facility"),
 ("a-52", A, "52% to a serious", "52%", "percent", 52, 52, "%", Y, "share serious medical outcome"),
 ("a-11d", A, "and 11 deaths were recorded", "11", "count", 11, 11, "deaths", Y, "deaths among poison-center exposures 2011-2017"),
 ("a-or1", A, "odds ratio 2.80", "2.80", "ratio", 2.80, 2.80, "OR", Y, "co-ingestion OR admission"),
 ("a-or2", A, "odds ratio 2.25", "2.25", "ratio", 2.25, 2.25, "OR", Y, "co-ingestion OR serious outcome"),
 ("a-twoser2", A, "from the two series agreed", "two", "count", 2, 2, "series", N, "aside"),
 ("a-bc", A, "Back-calculated 2011–2015 totals", "2011–2015", "date", 2011, 2015, "year", N, "period"),
 ("a-632", A, "(632 vs 634", "632", "count", 632, 632, "calls", Y, "back-calculated 2011-2015 calls (post series)"),
 ("a-634", A, "vs 634 calls", "634", "count", 634, 634, "calls", Y, "2011-2015 calls (anwar series)"),
 ("a-m2", A, "difference −2 calls", "−2", "count", -2, -2, "calls", Y, "difference between series"),
 ("a-m03", A, "−0.3%)", "−0.3%", "percent", -0.3, -0.3, "%", Y, "relative difference between series"),
 ("a-27338", A, "Among 27,338 overdose", "27,338", "count", 27338, 27338, "deaths", Y, "sudors overdose deaths jul 2016-dec 2017"),
 ("a-152", A, "n=152 decedents", "152", "count", 152, 152, "deaths", Y, "kratom-positive decedents"),
 ("a-056", A, "(0.56%, 95% CI", "0.56%", "percent", 0.56, 0.56, "%", Y, "kratom-positive share of overdose deaths"),
 ("a-056ci", A, "0.47–0.65", "0.47–0.65", "percent", 0.47, 0.65, "%", Y, "ci"),
 ("a-91", A, "n=91 (59.9%", "91", "count", 91, 91, "deaths", Y, "kratom-involved deaths (kratom a cause)"),
 ("a-599", A, "(59.9%, 95% CI", "59.9%", "percent", 59.9, 59.9, "%", Y, "kratom-involved share of kratom-positive"),
 ("a-599ci", A, "51.9–67.3", "51.9–67.3", "percent", 51.9, 67.3, "%", Y, "ci"),
 ("a-7", A, "n=7 (4.6%", "7", "count", 7, 7, "deaths", Y, "deaths with kratom the only substance"),
 ("a-46p", A, "(4.6%, 95% CI", "4.6%", "percent", 4.6, 4.6, "%", Y, "kratom-only share"),
 ("a-46ci", A, "2.2–9.2", "2.2–9.2", "percent", 2.2, 9.2, "%", Y, "ci"),
 ("a-80", A, "About 80% of kratom-positive", "80%", "percent", 80, 80, "%", Y, "history of substance misuse"),
 ("a-90", A, "about 90% had no evidence", "90%", "percent", 90, 90, "%", Y, "no evidence of treatment"),
 ("a-50x", A, "roughly fiftyfold", "fiftyfold", "ratio", 50, 50, "x", Y, "increase 2011 to 2017 (rounded rr)"),
 ("a-c1117", A, "fiftyfold between 2011 and 2017", "2011 and 2017", "date", 2011, 2017, "year", N, "period"),
 ("a-1in100", A, "fewer than 1 in 100 overdose", "1 in 100", "percent", 1, 1, "%", Y, "kratom share of overdose deaths (upper bound)"),
 ("a-2025r", A, "which the 2025 recommendation", "2025", "date", 2025, 2025, "year", N, "qualifier"),

 # ---- K704 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-40", E, "more than 40 alkaloids", "40", "count", 40, 40, "alkaloids", Y, "alkaloids in kratom leaf"),
 ("e-66", E, "as much as 66%", "66%", "percent", 66, 66, "%", Y, "mitragynine share of alkaloids"),
 ("e-2pct", E, "makes up less than 2%", "2%", "percent", 2, 2, "%", Y, "7-oh share of leaf alkaloids (upper bound)"),
 ("e-15g", E, "about 1 to 5 grams", "1 to 5 grams", "dose", 1, 5, "g", Y, "low (stimulant) leaf dose"),
 ("e-515g", E, "doses of 5 to 15 grams", "5 to 15 grams", "dose", 5, 15, "g", Y, "higher (sedating) leaf dose"),
 ("e-jul29", E, "On July 29, the FDA", "July 29", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("e-13", E, "can be up to 13 times", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("e-2004", E, "published in 2004", "2004", "date", 2004, 2004, "year", N, "study year"),
 ("e-46", E, "about 46 times more potent", "46 times", "ratio", 46, 46, "x", Y, "7-oh potency vs mitragynine"),
 ("e-2wk", E, "Two weeks earlier, on July 15", "Two weeks", "duration", 2, 2, "weeks", N, "aside"),
 ("e-jul15", E, "on July 15, the FDA", "July 15", "date", 2025, 2025, "year", Y, "warning letters announced"),
 ("e-seven", E, "warning letters to seven companies", "seven", "count", 7, 7, "companies", Y, "companies sent 7-oh warning letters"),
 ("e-15bd", E, "within 15 business days", "15 business days", "duration", 15, 15, "business days", Y, "warning letter response window"),
 ("e-7st", E, "But seven states ban", "seven", "count", 7, 7, "states", Y, "states banning kratom (after 2025-08-01)"),
 ("e-al16", E, "Alabama (since 2016)", "2016", "date", 2016, 2016, "year", Y, "alabama ban year"),
 ("e-aug1", E, "Aug. 1 last year", "Aug. 1 last year", "date", 2024, 2024, "year", Y, "louisiana ban effective (misreport: resolves to 2024)"),
 ("e-tn21", E, "adults 21 and older", "21", "age", 21, 21, "years", Y, "tennessee minimum age"),
 ("e-nh18", E, "New Hampshire bars sales to anyone under 18", "18", "age", 18, 18, "years", Y, "new hampshire minimum age"),
 ("e-aug13", E, "further on Aug. 13", "Aug. 13", "date", 2025, 2025, "year", Y, "florida emergency rule date"),
 ("e-fl2024", E, "Florida's 2024 kratom law", "2024", "date", 2024, 2024, "year", Y, "florida kratom age law year"),
 ("e-fl18", E, "already bars sales to anyone under 18", "18", "age", 18, 18, "years", Y, "florida minimum age (misreport)"),
 ("e-2019", E, "The 2019 National Survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("e-07", E, "estimated that 0.7% of", "0.7%", "percent", 0.7, 0.7, "%", Y, "nsduh 2019 past-year kratom use (12+)"),
 ("e-12", E, "aged 12 and older used", "12", "age", 12, 12, "years", N, "survey age qualifier"),
 ("e-825k", E, "that 825,000 used it", "825,000", "count", 825000, 825000, "people", Y, "nsduh 2019 past-month users"),
 ("e-2m", E, "about 2 million U.S. adults", "2 million", "count", 2000000, 2000000, "people", Y, "online survey past-year adult users"),
 ("e-16m", E, "about 16 million Americans", "16 million", "count", 16000000, 16000000, "people", Y, "aka estimate of kratom consumers"),
 ("e-660", E, "received 660 calls", "660", "count", 660, 660, "calls", Y, "poison center kratom calls 2010-2015"),
 ("e-1015", E, "from 2010 through 2015, a", "2010 through 2015", "date", 2010, 2015, "year", N, "period"),
 ("e-10x", E, "a tenfold increase", "tenfold", "ratio", 10, 10, "x", Y, "increase 2010 to 2015"),
 ("e-26", E, "from 26 calls in 2010", "26", "count", 26, 26, "calls", Y, "poison center kratom calls 2010"),
 ("e-2010", E, "26 calls in 2010", "2010", "date", 2010, 2010, "year", N, "qualifier year"),
 ("e-263", E, "to 263 in 2015", "263", "count", 263, 263, "calls", Y, "poison center kratom calls 2015"),
 ("e-2015", E, "263 in 2015, according", "2015", "date", 2015, 2015, "year", N, "qualifier year"),
 ("e-1807", E, "counted 1,807 exposures", "1,807", "count", 1807, 1807, "calls", Y, "poison center kratom exposures 2011-2017"),
 ("e-1117", E, "from 2011 through 2017, with", "2011 through 2017", "date", 2011, 2017, "year", N, "period"),
 ("e-682", E, "with 682 in 2017", "682", "count", 682, 682, "calls", Y, "poison center kratom calls 2017"),
 ("e-2017", E, "682 in 2017 alone", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("e-32", E, "About 32% of those", "32%", "percent", 32, 32, "%", Y, "share admitted to health care facility"),
 ("e-52", E, "52% to a serious", "52%", "percent", 52, 52, "%", Y, "share serious medical outcome"),
 ("e-27338", E, "data on 27,338", "27,338", "count", 27338, 27338, "deaths", Y, "sudors overdose deaths jul 2016-dec 2017"),
 ("e-1617", E, "from July 2016 to December 2017", "July 2016 to December 2017", "date", 2016, 2017, "year", N, "period"),
 ("e-152", E, "detected in 152", "152", "count", 152, 152, "deaths", Y, "kratom-positive decedents"),
 ("e-91", E, "cause of death in 91", "91", "count", 91, 91, "deaths", Y, "kratom-involved deaths (kratom a cause)"),
 ("e-60", E, "or about 60%", "60%", "percent", 60, 60, "%", Y, "kratom-involved share of kratom-positive"),
 ("e-nine", E, "In nine of those deaths", "nine", "count", 9, 9, "deaths", Y, "deaths with kratom the only substance (misreport)"),
 ("e-aug31", E, "On Aug. 31, 2016", "Aug. 31, 2016", "date", 2016, 2016, "year", Y, "dea notice of intent date"),
 ("e-15d", E, "citing 15 deaths between", "15", "count", 15, 15, "deaths", Y, "deaths cited by dea 2016"),
 ("e-1416", E, "between 2014 and 2016", "2014 and 2016", "date", 2014, 2016, "year", Y, "period of dea-cited deaths"),
 ("e-oct16", E, "in October 2016", "October 2016", "date", 2016, 2016, "year", Y, "dea withdrawal date"),
 ("e-dec1", E, "closed on Dec. 1", "Dec. 1", "date", 2016, 2016, "year", N, "comment period close"),
 ("e-23k", E, "More than 23,000 comments", "23,000", "count", 23000, 23000, "comments", Y, "public comments to dea 2016"),
 ("e-219", E, "$2.19 billion", "$2.19 billion", "money", 2190000000, 2190000000, "USD", Y, "global kratom market 2021"),
 ("e-2021", E, "in 2021 and projected", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-290", E, "$2.90 billion", "$2.90 billion", "money", 2900000000, 2900000000, "USD", Y, "global kratom market forecast 2028"),
 ("e-2028", E, "by 2028", "2028", "date", 2028, 2028, "year", N, "forecast year"),

 # ---- K705 blog (2025-09-24)
 ("b-t2mo", B, "crackdown, two months in", "two months", "duration", 2, 2, "months", N, "headline aside"),
 ("b-date", B, "September 24, 2025", "September 24, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-2mo", B, "Two months after federal", "Two months", "duration", 2, 2, "months", N, "aside"),
 ("b-latejul", B, "In late July the FDA", "late July", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("b-13", B, "can be up to 13 times", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("b-earlyjul", B, "Earlier in July the agency", "Earlier in July", "date", 2025, 2025, "year", Y, "warning letters date"),
 ("b-eight", B, "warning letters to eight companies", "eight", "count", 8, 8, "companies", Y, "companies sent 7-oh warning letters (misreport)"),
 ("b-2016", B, "In 2016 the DEA tried", "2016", "date", 2016, 2016, "year", Y, "dea scheduling attempt year"),
 ("b-two", B, "kratom's two main alkaloids", "two", "count", 2, 2, "alkaloids", N, "aside"),
 ("b-29", B, "signed by 29 Democrats", "29", "count", 29, 29, "members", Y, "democrats signing 2016 letter (misreport)"),
 ("b-22", B, "and 22 Republicans", "22", "count", 22, 22, "members", Y, "republicans signing 2016 letter (misreport)"),
 ("b-26", B, "went from 26 in 2010", "26", "count", 26, 26, "calls", Y, "poison center kratom calls 2010"),
 ("b-2010", B, "26 in 2010 to", "2010", "date", 2010, 2010, "year", N, "qualifier year"),
 ("b-236", B, "to 236 in 2015", "236", "count", 236, 236, "calls", Y, "poison center kratom calls 2015 (transposed)"),
 ("b-2015", B, "236 in 2015", "2015", "date", 2015, 2015, "year", N, "qualifier year"),
 ("b-1617", B, "from mid-2016 through 2017", "mid-2016 through 2017", "date", 2016, 2017, "year", N, "period"),
 ("b-152", B, "cause of death in 152 people", "152", "count", 152, 152, "deaths", Y, "kratom-involved deaths (misreport: kratom-positive count)"),
 ("b-1690", B, "took 1,690 calls", "1,690", "count", 1690, 1690, "calls", Y, "national kratom exposures 2025 ytd"),
 ("b-7mo", B, "in the first seven months of 2025", "seven months", "duration", 7, 7, "months", Y, "period of 1,690 exposures"),
 ("b-2025", B, "seven months of 2025, already", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-2024", B, "than in all of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-cap2015", B, "steeply after 2015", "2015", "date", 2015, 2015, "year", N, "image caption"),
 ("b-22b", B, "about $2.2 billion", "$2.2 billion", "money", 2200000000, 2200000000, "USD", Y, "global kratom market (year unstated)"),
 ("b-42g", B, "4.2 grams a day", "4.2 grams a day", "dose", 4.2, 4.2, "g/day", N, "anecdotal heavy-user intake"),
 ("b-125g", B, "roughly 125 grams a month", "125 grams a month", "dose", 125, 125, "g/month", N, "same intake per month"),
 ("b-aug13", B, "emergency rule on Aug. 13", "Aug. 13", "date", 2025, 2025, "year", Y, "florida emergency rule date"),
 ("b-191", B, "received 191 calls", "191", "count", 191, 191, "calls", Y, "florida poison control 7-oh calls past year"),
 ("b-14", B, "calls up 14% in the last", "14%", "percent", 14, 14, "%", Y, "florida 7-oh call increase"),
 ("b-3mo", B, "in the last three months", "three months", "duration", 3, 3, "months", N, "timepoint"),
 ("b-5000", B, "more than 5,000 stores", "5,000", "count", 5000, 5000, "stores", Y, "florida stores selling 7-oh"),
 ("b-sep18", B, "By Sept. 18", "Sept. 18", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-18k", B, "nearly 18,000 products", "18,000", "count", 18000, 18000, "products", Y, "florida products pulled"),
 ("b-400", B, "above 400 parts per million", "400 parts per million", "dose", 400, 400, "ppm", Y, "florida 7-oh label threshold"),
 ("b-fl2024", B, "Florida's 2024 law", "2024", "date", 2024, 2024, "year", Y, "florida kratom age law year"),
 ("b-21", B, "kratom sales to anyone under 21", "21", "age", 21, 21, "years", Y, "florida minimum age"),
 ("b-lateaug", B, "in late August to list", "late August", "date", 2025, 2025, "year", Y, "dewine request date"),
 ("b-200", B, "more than 200 unintentional", "200", "count", 200, 200, "deaths", Y, "ohio kratom-linked overdose deaths"),
 ("b-2024r", B, "between 2020 and 2024", "2020 and 2024", "date", 2020, 2024, "year", Y, "period of ohio deaths (misreport)"),
 ("b-7st", B, "Seven states now ban", "Seven", "count", 7, 7, "states", Y, "states banning kratom"),
 ("b-ayear", B, "a year later", "a year", "duration", 1, 1, "years", N, "related-link furniture"),

 # ---- K706 local (2025-08-27), hard-wrapped
 ("l-dl", L, "Wednesday, August 27, 2025", "August 27, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-mon", L, "DeWine on Monday asked", "Monday", "date", 2025, 2025, "year", Y, "dewine request date (2025-08-25)"),
 ("l-200", L, "more than 200 unintentional", "200", "count", 200, 200, "deaths", Y, "ohio kratom-linked overdose deaths"),
 ("l-1924", L, "between 2019 and 2024", "2019 and 2024", "date", 2019, 2024, "year", Y, "period of ohio deaths"),
 ("l-32", L, "rose from 32 in 2020", "32", "count", 32, 32, "exposures", Y, "ohio kratom exposures 2020"),
 ("l-2020", L, "32 in 2020 to", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("l-115", L, "could reach 115 this year", "115", "count", 115, 115, "exposures", Y, "ohio kratom exposures 2025 pace (projection)"),
 ("l-thisyr", L, "115 this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-tue", L, "said on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "attribution date"),
 ("l-1690", L, "reported 1,690 kratom", "1,690", "count", 1690, 1690, "calls", Y, "national kratom exposures 2025 ytd"),
 ("l-7mo", L, "first seven months of 2025", "seven months", "duration", 7, 7, "months", Y, "period of 1,690 exposures"),
 ("l-2025", L, "seven months of 2025, more", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("l-lastyr", L, "in all of last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-decade", L, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "vague aside"),
 ("l-1807", L, "took 1,807 calls about kratom in 2017", "1,807", "count", 1807, 1807, "calls", Y, "poison center kratom calls 2017 (misreport: 2011-2017 total)"),
 ("l-2017", L, "kratom in 2017 alone", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("l-130", L, "about 130 stores", "130", "count", 130, 130, "stores", Y, "cleveland kratom outlets now"),
 ("l-29", L, "up from 29 two years ago", "29", "count", 29, 29, "stores", Y, "cleveland kratom outlets two years ago"),
 ("l-2ya", L, "29 two years ago", "two years ago", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-lastmo", L, "said last month that 7-OH", "last month", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("l-46", L, "can be 46 times more potent than morphine", "46 times", "ratio", 46, 46, "x", Y, "7-oh potency vs morphine (misreport: vs mitragynine figure)"),
 ("l-16m", L, "Some 16 million Americans", "16 million", "count", 16000000, 16000000, "people", Y, "aka estimate of kratom consumers"),
 ("l-2b", L, "more than $2 billion a year", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "us kratom retail sales per year"),
 ("l-al2017", L, "Schedule I drugs in 2017", "2017", "date", 2017, 2017, "year", Y, "alabama ban year (misreport)"),
 ("l-six", L, "and six other states", "six", "count", 6, 6, "states", Y, "other states banning kratom"),
 ("l-thismo", L, "attorney general this month used", "this month", "date", 2025, 2025, "year", Y, "florida emergency rule date"),
 ("l-21", L, "kratom sales to anyone under 21", "21", "age", 21, 21, "years", Y, "florida minimum age"),
 ("l-18st", L, "regulations in 18 states", "18", "count", 18, 18, "states", Y, "states with aka-backed regulation"),
 ("l-earlymo", L, "said earlier this month", "earlier this month", "date", 2025, 2025, "year", N, "attribution date"),
 ("l-35", L, "about 35% of his sales", "35%", "percent", 35, 35, "%", Y, "kratom share of shop sales"),
 ("l-june", L, "7-OH tablets in June", "June", "date", 2025, 2025, "year", N, "aside"),
 ("l-4050", L, "40- and 50-year-olds", "40- and 50", "age", 40, 50, "years", N, "quote"),
 ("l-6yr", L, "for six years", "six years", "duration", 6, 6, "years", N, "aside"),
 ("l-nextmo", L, "meeting next month", "next month", "date", 2025, 2025, "year", N, "future meeting"),

 # ---- K707 fact-check (2025-09-05)
 ("f-date", F, "September 5, 2025", "September 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-48k", F, "more than 48,000 times", "48,000", "count", 48000, 48000, "shares", N, "viral post reach"),
 ("f-aug", F, "since August", "August", "date", 2025, 2025, "year", N, "viral post timing"),
 ("f-three", F, "gets three things wrong", "three", "count", 3, 3, "errors", N, "aside"),
 ("f-jul29", F, "On July 29, 2025, the Food", "July 29, 2025", "date", 2025, 2025, "year", Y, "fda recommendation date"),
 ("f-7st", F, "Seven states ban it", "Seven", "count", 7, 7, "states", Y, "states banning kratom"),
 ("f-may16", F, "in May 2016, Arkansas", "May 2016", "date", 2016, 2016, "year", Y, "alabama ban date"),
 ("f-aug1", F, "took effect Aug. 1, 2025", "Aug. 1, 2025", "date", 2025, 2025, "year", Y, "louisiana ban effective"),
 ("f-13", F, "up to 13 times more potent than morphine. The CDC", "13 times", "ratio", 13, 13, "x", Y, "7-oh potency vs morphine"),
 ("f-50100", F, "50 to 100 times", "50 to 100 times", "ratio", 50, 100, "x", Y, "fentanyl potency vs morphine"),
 ("f-seven", F, "went to seven companies, not", "seven", "count", 7, 7, "companies", Y, "companies sent 7-oh warning letters"),
 ("f-jul15", F, "the letters on July 15", "July 15", "date", 2025, 2025, "year", Y, "warning letters announced"),
 ("f-30d", F, "had 30 days to respond", "30 days", "duration", 30, 30, "days", Y, "warning letter response window (misreport)"),
 ("f-aug31", F, "On Aug. 31, 2016, the DEA", "Aug. 31, 2016", "date", 2016, 2016, "year", Y, "dea notice of intent date"),
 ("f-15d", F, "citing 15 deaths in three years", "15", "count", 15, 15, "deaths", Y, "deaths cited by dea 2016"),
 ("f-3yr", F, "15 deaths in three years", "three years", "duration", 3, 3, "years", Y, "period of dea-cited deaths"),
 ("f-51", F, "and 51 members of the House", "51", "count", 51, 51, "members", Y, "house members signing 2016 letter"),
 ("f-28", F, "28 Democrats", "28", "count", 28, 28, "members", Y, "democrats signing 2016 letter"),
 ("f-23", F, "23 Republicans", "23", "count", 23, 23, "members", Y, "republicans signing 2016 letter"),
 ("f-oct13", F, "withdrew the notice on Oct. 13, 2016", "Oct. 13, 2016", "date", 2016, 2016, "year", Y, "dea withdrawal date"),
 ("f-22k", F, "more than 22,000 public", "22,000", "count", 22000, 22000, "comments", Y, "public comments to dea 2016"),
 ("f-660", F, "counted 660 calls", "660", "count", 660, 660, "calls", Y, "poison center kratom calls 2011-2017 (misreport: 2010-2015 figure)"),
 ("f-1117", F, "between 2011 and 2017, and", "2011 and 2017", "date", 2011, 2017, "year", Y, "period of 660 calls (misreport)"),
 ("f-1617", F, "from July 2016 to December 2017", "July 2016 to December 2017", "date", 2016, 2017, "year", N, "period"),
 ("f-91", F, "cause of death in 91 people", "91", "count", 91, 91, "deaths", Y, "kratom-involved deaths (kratom a cause)"),
 ("f-1690", F, "reported 1,690 kratom", "1,690", "count", 1690, 1690, "calls", Y, "national kratom exposures 2025 ytd"),
 ("f-6mo", F, "first six months of 2025", "six months", "duration", 6, 6, "months", Y, "period of 1,690 exposures (misreport)"),
 ("f-2025", F, "six months of 2025, more", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-2024", F, "than in all of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-lastmo", F, "Ohio officials said last month", "last month", "date", 2025, 2025, "year", N, "attribution date"),
 ("f-jul29b", F, "7-OH on July 29; it did", "July 29", "date", 2025, 2025, "year", N, "ruling repeat"),
 ("f-13b", F, "up to 13 times more potent than morphine, well short", "13 times", "ratio", 13, 13, "x", N, "ruling repeat"),
 ("f-sevenb", F, "Warning letters went to seven companies. We rate", "seven", "count", 7, 7, "companies", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Louisiana ban effective year: "Aug. 1 last year" (2024) vs 2025
 ("e-aug1", "w-fri", S), ("e-aug1", "p-aug1", S), ("e-aug1", "f-aug1", S),
 # S2 Alabama ban year 2017 vs 2016
 ("l-al2017", "e-al16", S), ("l-al2017", "f-may16", S),
 # S3 7-OH potency vs morphine: 46 (the vs-mitragynine figure) vs 13
 ("l-46", "w-13", S), ("l-46", "p-13", S), ("l-46", "a-13", S), ("l-46", "e-13", S),
 ("l-46", "b-13", S), ("l-46", "f-13", S),
 # S4 warning-letter companies eight vs seven
 ("b-eight", "w-seven", S), ("b-eight", "p-seven", S), ("b-eight", "e-seven", S), ("b-eight", "f-seven", S),
 # S5 warning-letter response window 30 days vs 15 (business) days
 ("f-30d", "w-15bd", S), ("f-30d", "e-15bd", S), ("f-30d", "p-15d", S),
 # S6 poison-center calls 2015: 236 (transposed) vs 263
 ("b-236", "a-263", S), ("b-236", "e-263", S),
 # S7 poison-center calls in 2017: 1,807 (2011-2017 total) vs 682
 ("l-1807", "w-682", S), ("l-1807", "a-682", S), ("l-1807", "e-682", S),
 # S8 kratom-involved deaths: 152 (kratom-positive) vs 91
 ("b-152", "a-91", S), ("b-152", "e-91", S), ("b-152", "f-91", S),
 # S9 deaths with kratom the only substance: nine vs 7
 ("e-nine", "a-7", S),
 # S10 share admitted to a health care facility: 52% (serious-outcome figure) vs 32%
 ("p-52", "a-32", S), ("p-52", "e-32", S),
 # S11 NSDUH 2019 past-year use: 0.3% (past-month share) vs 0.7%
 ("w-03", "a-07", S), ("w-03", "e-07", S),
 # S12 global kratom market in 2021: $2.9B (2028 forecast) vs $2.19B
 ("p-29b", "e-219", S),
 # S13 2016 House letter split: 29 D / 22 R vs 28 D / 23 R
 ("b-29", "f-28", S), ("b-22", "f-23", S),
 # S14 period of DEA-cited deaths: two-year vs three years
 ("a-2yr", "w-3yr", S), ("a-2yr", "f-3yr", S),
 # S15 Florida minimum age: 18 vs 21
 ("e-fl18", "b-21", S), ("e-fl18", "l-21", S),
 # S16 period of the 1,690 national exposures: six vs seven months
 ("f-6mo", "l-7mo", S), ("f-6mo", "b-7mo", S),
 # S17 Ohio overdose-death period start: 2020 vs 2019
 ("b-2024r", "l-1924", S),
 # S18 poison-center calls 2011-2017: 660 (2010-2015 figure) vs 1,807
 ("f-660", "w-1807", S), ("f-660", "a-1807", S), ("f-660", "e-1807", S), ("f-660", "p-1800", S),
 # Qualified
 ("e-23k", "f-22k", Q),
 ("w-1b", "l-2b", Q),
 ("p-15d", "w-15bd", Q), ("p-15d", "e-15bd", Q),
 ("e-2m", "l-16m", Q), ("e-2m", "w-1516", Q),
 ("p-29b", "b-22b", Q),
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT REFERS TO MISSING CLAIM", a, b); ok = False; continue
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
