#!/usr/bin/env python3
"""Build medical-debt.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "medical-debt")
OUT = os.path.join(HERE, "medical-debt.gold.jsonl")
T = "medical-debt"

W, P, A, E, B, L, F = ("MD01_wire.txt", "MD02_press.txt", "MD03_abstract.txt",
                       "MD04_explainer.txt", "MD05_blog.txt", "MD06_local.txt", "MD07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MD01 wire (2025-07-14)
 ("w-dl", W, "WASHINGTON, July 14", "July 14", "date", 2025, 2025, "year", N, "dateline"),
 ("w-49b", W, "an estimated $49 billion in unpaid", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove"),
 ("w-15m", W, "credit reports of about 15 million", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("w-fri", W, "ruled late on Friday", "Friday", "date", 2025, 2025, "year", Y, "vacatur ruling date (july 11)"),
 ("w-1970", W, "the 1970 law", "1970", "date", 1970, 1970, "year", N, "fcra enacted (reference year)"),
 ("w-2003", W, "Congress amended in 2003", "2003", "date", 2003, 2003, "year", Y, "fcra medical-information amendment year"),
 ("w-lastjune", W, "was proposed last June", "last June", "date", 2025, 2025, "year", Y, "rule proposed (resolves to 2025: planted)"),
 ("w-jan7", W, "finalized on Jan. 7", "Jan. 7", "date", 2025, 2025, "year", Y, "rule finalized"),
 ("w-2wk", W, "less than two weeks before", "two weeks", "duration", 2, 2, "weeks", N, "aside"),
 ("w-20", W, "an average of 20 points", "20 points", "count", 20, 20, "points", Y, "projected average score gain"),
 ("w-22k", W, "about 22,000 additional mortgage", "22,000", "count", 22000, 22000, "mortgages", Y, "projected extra mortgage approvals per year"),
 ("w-600", W, "about 600 credit unions", "600", "count", 600, 600, "credit unions", Y, "cornerstone membership"),
 ("w-feb", W, "In February, with new leadership", "February", "date", 2025, 2025, "year", Y, "stay granted"),
 ("w-90d", W, "paused the rule for 90 days", "90 days", "duration", 90, 90, "days", Y, "length of court stay"),
 ("w-mar17", W, "effective date from March 17", "March 17", "date", 2025, 2025, "year", Y, "original effective date"),
 ("w-jun15", W, "to June 15, and later", "June 15", "date", 2025, 2025, "year", Y, "stayed effective date"),
 ("w-aug11", W, "the pause to Aug. 11", "Aug. 11", "date", 2025, 2025, "year", Y, "extended stay date"),
 ("w-lateapr", W, "in late April, joined", "late April", "date", 2025, 2025, "year", Y, "joint motion to vacate"),
 ("w-2np", W, "Two nonprofits and", "Two", "count", 2, 2, "organizations", N, "intervenors"),
 ("w-2cons", W, "and two consumers represented", "two", "count", 2, 2, "people", N, "intervenors"),
 ("w-2019", W, "to the bench in 2019", "2019", "date", 2019, 2019, "year", N, "judge appointed"),
 ("w-fifteen", W, "\"Fifteen million people", "Fifteen million", "count", 15e6, 15e6, "people", Y, "people covered by the rule (quote)"),
 ("w-60d", W, "have 60 days to file", "60 days", "duration", 60, 60, "days", Y, "appeal deadline"),
 ("w-3bur", W, "The three nationwide credit bureaus", "three", "count", 3, 3, "bureaus", N, "aside"),
 ("w-jul22", W, "medical collections in July 2022", "July 2022", "date", 2022, 2022, "year", Y, "paid collections removed"),
 ("w-500", W, "initial balance under $500 in", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("w-apr23", W, "$500 in April 2023", "April 2023", "date", 2023, 2023, "year", Y, "under-$500 removal date"),
 ("w-70", W, "removed nearly 70% of", "70%", "percent", 70, 70, "%", Y, "share of medical collection tradelines removed"),
 ("w-2022s", W, "In a 2022 survey", "2022", "date", 2022, 2022, "year", N, "survey year"),
 ("w-41", W, "41% of U.S. adults", "41%", "percent", 41, 41, "%", Y, "kff share of adults with health care debt"),
 ("w-dozen", W, "More than a dozen states", "a dozen", "count", 12, 12, "states", N, "states with reporting limits (vague)"),
 ("w-may", W, "window closed in May", "May", "date", 2025, 2025, "year", N, "cra window close"),

 # ---- MD02 press (2025-03-20)
 ("p-h140", P, "covers accounts at its 140 client", "140", "count", 140, 140, "hospitals", N, "subtitle repeat"),
 ("p-hapr1", P, "takes effect April 1", "April 1", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-meta", P, "March 20, 2025, 08:00", "March 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("p-dl", P, "PITTSBURGH, March 20, 2025", "March 20, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-apr1", P, "effective April 1, 2025. The decision", "April 1, 2025", "date", 2025, 2025, "year", Y, "company reporting stop date"),
 ("p-1_8m", P, "about 1.8 million open", "1.8 million", "count", 1.8e6, 1.8e6, "accounts", Y, "open patient accounts covered"),
 ("p-140", P, "at 140 client hospitals in 11", "140", "count", 140, 140, "hospitals", Y, "client hospitals"),
 ("p-11", P, "hospitals in 11 states", "11", "count", 11, 11, "states", Y, "states served"),
 ("p-jan7", P, "On January 7, 2025, the Consumer", "January 7, 2025", "date", 2025, 2025, "year", Y, "rule finalized"),
 ("p-49b", P, "would remove $49 billion", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove"),
 ("p-15m", P, "roughly 15 million Americans", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("p-feb6", P, "On February 6, a federal", "February 6", "date", 2025, 2025, "year", Y, "stay granted"),
 ("p-60d", P, "stayed the rule for 60 days", "60 days", "duration", 60, 60, "days", Y, "length of court stay (planted)"),
 ("p-mar17", P, "effective date from March 17", "March 17", "date", 2025, 2025, "year", Y, "original effective date"),
 ("p-jun15", P, "to June 15, and resolutions", "June 15", "date", 2025, 2025, "year", Y, "stayed effective date"),
 ("p-jul22", P, "were removed in July 2022", "July 2022", "date", 2022, 2022, "year", Y, "paid collections removed"),
 ("p-1yr", P, "now wait one year before", "one year", "duration", 1, 1, "years", Y, "wait before unpaid medical bill is reported"),
 ("p-6mo", P, "up from six months", "six months", "duration", 6, 6, "months", Y, "previous wait"),
 ("p-500", P, "initial balance under $500 have", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("p-apr23", P, "excluded since April 2023", "April 2023", "date", 2023, 2023, "year", Y, "under-$500 removal date"),
 ("p-7yr", P, "for up to seven years", "seven years", "duration", 7, 7, "years", Y, "max time a collection stays on report"),
 ("p-apr24", P, "CFPB's April 2024 report", "April 2024", "date", 2024, 2024, "year", N, "source date"),
 ("p-37", P, "on credit reports fell 37%", "37%", "percent", 37, 37, "%", Y, "decline in total medical collection balances (planted)"),
 ("p-2000", P, "rose from about $2,000", "$2,000", "money", 2000, 2000, "USD", Y, "average balance before changes"),
 ("p-3100", P, "to more than $3,100", "$3,100", "money", 3100, 3100, "USD", Y, "average remaining balance after changes"),
 ("p-2022k", P, "A 2022 KFF survey", "2022", "date", 2022, 2022, "year", N, "survey year"),
 ("p-57", P, "found that 57% of adults", "57%", "percent", 57, 57, "%", Y, "kff share of adults with health care debt (planted)"),
 ("p-1in4", P, "roughly one in four self-pay", "one in four", "percent", 25, 25, "%", Y, "company: unresolved self-pay balances"),
 ("p-aug24", P, "took effect in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "colorado law effective"),
 ("p-apr1b", P, "Beginning April 1, 2025", "April 1, 2025", "date", 2025, 2025, "year", N, "repeat"),
 ("p-30d", P, "Within 30 days, Keystone", "30 days", "duration", 30, 30, "days", Y, "tradeline deletion request window"),
 ("p-1pct", P, "by less than 1%", "1%", "percent", 1, 1, "%", Y, "expected revenue impact"),
 ("p-2025g", P, "affect its 2025 guidance", "2025", "date", 2025, 2025, "year", N, "guidance year"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-140b", P, "more than 140 hospitals", "140", "count", 140, 140, "hospitals", N, "about section"),
 ("p-2300", P, "about 2,300 people", "2,300", "count", 2300, 2300, "employees", N, "about section"),
 ("p-2025fl", P, "revenue and 2025 guidance", "2025", "date", 2025, 2025, "year", N, "forward-looking statements"),

 # ---- MD03 abstract (2025-06-02)
 ("a-pub", A, "Published online 2 June 2025", "2 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2223", A, "after the 2022–2023 voluntary reporting changes, and the population", "2022–2023", "date", 2022, 2023, "year", N, "title period"),
 ("a-t2025", A, "covered by the 2025 federal rule", "2025", "date", 2025, 2025, "year", N, "title"),
 ("a-jun21", A, "In June 2021, $88", "June 2021", "date", 2021, 2021, "year", N, "as-of date"),
 ("a-88b", A, "$88 billion in medical debt appeared", "$88 billion", "money", 88e9, 88e9, "USD", Y, "medical debt on credit records june 2021"),
 ("a-58", A, "made up 58% of all", "58%", "percent", 58, 58, "%", Y, "medical share of collection tradelines (june 2021)"),
 ("a-3", A, "The three nationwide consumer", "three", "count", 3, 3, "agencies", N, "aside"),
 ("a-jul22", A, "collections (July 2022)", "July 2022", "date", 2022, 2022, "year", Y, "paid collections removed"),
 ("a-500", A, "initial balance under $500 (April", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("a-apr23", A, "$500 (April 2023)", "April 2023", "date", 2023, 2023, "year", Y, "under-$500 removal date"),
 ("a-jan25", A, "In January 2025 the Consumer", "January 2025", "date", 2025, 2025, "year", Y, "rule finalized"),
 ("a-jun24", A, "first proposed in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "rule proposed"),
 ("a-49b", A, "would remove $49 billion", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove"),
 ("a-15m", A, "reports of 15 million people", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("a-20", A, "an average of 20 points", "20 points", "count", 20, 20, "points", Y, "projected average score gain"),
 ("a-41", A, "definition: 41% of adults", "41%", "percent", 41, 41, "%", Y, "kff share of adults with health care debt"),
 ("a-23m", A, "data show 23 million adults", "23 million", "count", 23e6, 23e6, "people", Y, "sipp adults owing >$250, dec 2021 (planted: 2019 figure)"),
 ("a-250", A, "owing more than $250", "$250", "money", 250, 250, "USD", Y, "significant-debt threshold"),
 ("a-dec21", A, "as of December 2021", "December 2021", "date", 2021, 2021, "year", N, "as-of date"),
 ("a-220b", A, "at least $220 billion", "$220 billion", "money", 220e9, 220e9, "USD", Y, "total medical debt (sipp 2021)"),
 ("a-obj2025", A, "so who the 2025 rule", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-1in48", A, "representative 1-in-48 sample", "1-in-48", "ratio", 48, 48, "1-in-x", N, "sampling fraction"),
 ("a-mar22m", A, "We compared March 2022", "March 2022", "date", 2022, 2022, "year", N, "period"),
 ("a-jun23m", A, "with June 2023 (after", "June 2023", "date", 2023, 2023, "year", N, "period"),
 ("a-one", A, "at least one medical collection", "one", "count", 1, 1, "collections", N, "definition"),
 ("a-N", A, "N = 5,000,000", "5,000,000", "count", 5e6, 5e6, "records", Y, "records per cross-section"),
 ("a-140", A, "fell from 14.0%", "14.0%", "percent", 14.0, 14.0, "%", Y, "share with medical collection, march 2022"),
 ("a-700k", A, "(n=700,000;", "700,000", "count", 7e5, 7e5, "records", Y, "n with medical collection, march 2022"),
 ("a-140ci", A, "13.97–14.03", "13.97–14.03", "percent", 13.97, 14.03, "%", Y, "ci"),
 ("a-mar22r", A, "14.03) in March 2022", "March 2022", "date", 2022, 2022, "year", N, "timepoint"),
 ("a-50", A, "to 5.0% (n=250,000", "5.0%", "percent", 5.0, 5.0, "%", Y, "share with medical collection, june 2023"),
 ("a-250k", A, "(n=250,000;", "250,000", "count", 2.5e5, 2.5e5, "records", Y, "n with medical collection, june 2023"),
 ("a-50ci", A, "4.98–5.02", "4.98–5.02", "percent", 4.98, 5.02, "%", Y, "ci"),
 ("a-jun23r", A, "5.02) in June 2023", "June 2023", "date", 2023, 2023, "year", N, "timepoint"),
 ("a-diff", A, "a difference of −9.0 percentage points", "−9.0 percentage points", "percent", -9.0, -9.0, "pp", Y, "change in share"),
 ("a-diffci", A, "−9.04 to −8.96", "−9.04 to −8.96", "percent", -9.04, -8.96, "pp", Y, "ci"),
 ("a-p1", A, "−8.96; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-65", A, "aged 65 years or older", "65 years", "age", 65, 65, "years", N, "subgroup definition"),
 ("a-n1m", A, "(n=1,000,000 in each", "1,000,000", "count", 1e6, 1e6, "records", Y, "n aged 65+"),
 ("a-84", A, "share fell from 8.4%", "8.4%", "percent", 8.4, 8.4, "%", Y, "65+ share with medical collection, march 2022"),
 ("a-27", A, "8.4% to 2.7%", "2.7%", "percent", 2.7, 2.7, "%", Y, "65+ share with medical collection, june 2023"),
 ("a-57d", A, "(difference −5.7 points", "−5.7 points", "percent", -5.7, -5.7, "pp", Y, "65+ change"),
 ("a-57ci", A, "−5.76 to −5.64", "−5.76 to −5.64", "percent", -5.76, -5.64, "pp", Y, "ci"),
 ("a-p2", A, "−5.64; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-2000", A, "rose from $2,000", "$2,000", "money", 2000, 2000, "USD", Y, "average balance before changes"),
 ("a-3100", A, "$2,000 to $3,100", "$3,100", "money", 3100, 3100, "USD", Y, "average remaining balance after changes"),
 ("a-38", A, "fell by only 38%", "38%", "percent", 38, 38, "%", Y, "decline in total medical collection balances"),
 ("a-15mb", A, "about 15 million consumers", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule (scaled estimate)"),
 ("a-2025est", A, "estimate for the 2025 rule", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-c2223", A, "The 2022–2023 voluntary changes removed", "2022–2023", "date", 2022, 2023, "year", N, "qualifier"),
 ("a-2fifths", A, "less than two-fifths", "two-fifths", "percent", 40, 40, "%", N, "summary of 38%"),
 ("a-c2025", A, "the 2025 rule would have covered", "2025", "date", 2025, 2025, "year", N, "qualifier"),

 # ---- MD04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jun24", E, "proposed the rule in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "rule proposed"),
 ("e-jan25", E, "finalized it in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "rule finalized"),
 ("e-3big", E, "the three big credit bureaus", "three", "count", 3, 3, "bureaus", N, "aside"),
 ("e-49b", E, "would take $49 billion", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove"),
 ("e-15m", E, "reports of 15 million people", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("e-90d", E, "granted a 90-day pause", "90-day", "duration", 90, 90, "days", Y, "length of court stay"),
 ("e-feb", E, "pause in February", "February", "date", 2025, 2025, "year", Y, "stay granted"),
 ("e-jul11", E, "On July 11, 2025", "July 11, 2025", "date", 2025, 2025, "year", Y, "vacatur ruling date"),
 ("e-jul22", E, "(since July 2022)", "July 2022", "date", 2022, 2022, "year", Y, "paid collections removed"),
 ("e-fullyr", E, "for a full year", "a full year", "duration", 1, 1, "years", Y, "wait before unpaid medical bill is reported"),
 ("e-500", E, "initial balance under $500 are", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("e-apr23", E, "(since April 2023)", "April 2023", "date", 2023, 2023, "year", Y, "under-$500 removal date"),
 ("e-10yr", E, "for up to 10 years", "10 years", "duration", 10, 10, "years", Y, "max time a collection stays on report (planted)"),
 ("e-22", E, "average gain of 22 points", "22 points", "count", 22, 22, "points", Y, "projected average score gain (planted)"),
 ("e-aug23", E, "took effect in August 2023", "August 2023", "date", 2023, 2023, "year", Y, "colorado law effective"),
 ("e-dec23", E, "followed in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "new york law"),
 ("e-jul124", E, "on July 1, 2024", "July 1, 2024", "date", 2024, 2024, "year", Y, "connecticut law effective"),
 ("e-jan125", E, "on January 1, 2025", "January 1, 2025", "date", 2025, 2025, "year", Y, "illinois and california laws effective"),
 ("e-2022k", E, "In a 2022 KFF survey", "2022", "date", 2022, 2022, "year", N, "survey year"),
 ("e-41", E, "survey, 41% of adults", "41%", "percent", 41, 41, "%", Y, "kff share of adults with health care debt"),
 ("e-100m", E, "about 100 million people", "100 million", "count", 1e8, 1e8, "people", Y, "adults with health care debt"),
 ("e-20m", E, "found that 20 million adults", "20 million", "count", 2e7, 2e7, "people", Y, "sipp adults owing >$250, end 2021"),
 ("e-250", E, "owed more than $250", "$250", "money", 250, 250, "USD", Y, "significant-debt threshold"),
 ("e-2021", E, "at the end of 2021", "end of 2021", "date", 2021, 2021, "year", N, "as-of date"),
 ("e-14m", E, "about 14 million owed", "14 million", "count", 1.4e7, 1.4e7, "people", Y, "owing >$1,000"),
 ("e-1000", E, "owed more than $1,000", "$1,000", "money", 1000, 1000, "USD", Y, "threshold"),
 ("e-3m", E, "about 3 million owed", "3 million", "count", 3e6, 3e6, "people", Y, "owing >$10,000"),
 ("e-10000", E, "more than $10,000", "$10,000", "money", 10000, 10000, "USD", Y, "threshold"),
 ("e-220b", E, "at least $220 billion", "$220 billion", "money", 220e9, 220e9, "USD", Y, "total medical debt (sipp 2021)"),
 ("e-2014", E, "operating since 2014", "2014", "date", 2014, 2014, "year", Y, "undue medical debt founded"),
 ("e-penny", E, "about a penny on the dollar", "a penny on the dollar", "percent", 1, 1, "%", N, "idiom: purchase price share"),
 ("e-4x", E, "no more than four times", "four times", "ratio", 4, 4, "x", Y, "eligibility: income vs poverty level"),
 ("e-5pct", E, "equal to 5% or more", "5%", "percent", 5, 5, "%", Y, "eligibility: debt share of income"),
 ("e-apr25", E, "In April 2025 the group", "April 2025", "date", 2025, 2025, "year", Y, "pendrick purchase date"),
 ("e-30b", E, "buying about $30 billion", "$30 billion", "money", 30e9, 30e9, "USD", Y, "pendrick portfolio face value"),
 ("e-40m", E, "Capital Partners for $40 million", "$40 million", "money", 40e6, 40e6, "USD", Y, "pendrick purchase price (planted)"),
 ("e-all3", E, "from all three bureaus", "three", "count", 3, 3, "bureaus", N, "advice"),
 ("e-500b", E, "is under $500, or", "$500", "money", 500, 500, "USD", N, "advice repeat"),
 ("e-ayr", E, "less than a year old", "a year", "duration", 1, 1, "years", N, "advice repeat"),

 # ---- MD05 blog (2025-09-15)
 ("b-date", B, "September 15, 2025", "September 15, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-single", B, "as a single ER visit", "single", "count", 1, 1, "visits", N, "caption"),
 ("b-spring", B, "for this spring", "this spring", "date", 2025, 2025, "year", N, "aside"),
 ("b-lastjan", B, "finalized last January", "last January", "date", 2025, 2025, "year", Y, "rule finalized"),
 ("b-50b", B, "clear nearly $50 billion", "$50 billion", "money", 50e9, 50e9, "USD", Y, "medical debt the rule would remove (rounded)"),
 ("b-43m", B, "reports of 43 million Americans", "43 million", "count", 43e6, 43e6, "people", Y, "people covered by the rule (planted: 2021 figure)"),
 ("b-jul", B, "threw it out in July", "July", "date", 2025, 2025, "year", Y, "vacatur ruling date"),
 ("b-2223", B, "made in 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "qualifier years"),
 ("b-500", B, "Collections that started under $500", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("b-7yr", B, "can stay for seven years", "seven years", "duration", 7, 7, "years", Y, "max time a collection stays on report"),
 ("b-2024r", B, "CFPB's 2024 report", "2024", "date", 2024, 2024, "year", N, "source year"),
 ("b-5", B, "only about 5% of consumers", "5%", "percent", 5, 5, "%", Y, "share with medical collection, mid-2023"),
 ("b-mid23", B, "by mid-2023", "mid-2023", "date", 2023, 2023, "year", N, "as-of date"),
 ("b-1300", B, "was about $1,300", "$1,300", "money", 1300, 1300, "USD", Y, "average remaining balance (planted: transposed)"),
 ("b-57", B, "made up about 57% of", "57%", "percent", 57, 57, "%", Y, "medical share of collections 2018-2022"),
 ("b-1822", B, "between 2018 and 2022", "2018 and 2022", "date", 2018, 2022, "year", N, "period"),
 ("b-cap2223", B, "consumers with a medical collection, 2022 to 2023", "2022 to 2023", "date", 2022, 2023, "year", N, "caption"),
 ("b-59", B, "Illinois Senate 59-0", "59", "vote", 59, 59, "votes", Y, "illinois sb2933 senate votes for (planted)"),
 ("b-0", B, "59-0 and the House", "0", "vote", 0, 0, "votes", Y, "illinois sb2933 senate votes against"),
 ("b-109", B, "House 109-2", "109", "vote", 109, 109, "votes", Y, "illinois sb2933 house votes for"),
 ("b-2", B, "109-2, and it took", "2", "vote", 2, 2, "votes", Y, "illinois sb2933 house votes against"),
 ("b-jan1", B, "effect on Jan. 1", "Jan. 1", "date", 2025, 2025, "year", Y, "illinois law effective"),
 ("b-10m", B, "funded with $10 million", "$10 million", "money", 10e6, 10e6, "USD", Y, "illinois relief program funding"),
 ("b-300k", B, "for more than 300,000", "300,000", "count", 3e5, 3e5, "people", Y, "illinois relief program reach"),
 ("b-9m", B, "It put $9 million", "$9 million", "money", 9e6, 9e6, "USD", Y, "cook county arpa funding"),
 ("b-664m", B, "about $664.7 million", "$664.7 million", "money", 664.7e6, 664.7e6, "USD", Y, "cook county debt abolished (2025 update)"),
 ("b-556k", B, "for 556,815 residents", "556,815", "count", 556815, 556815, "people", Y, "cook county residents helped (2025 update)"),
 ("b-since22", B, "residents since 2022", "2022", "date", 2022, 2022, "year", N, "program start"),
 ("b-nl1", B, "Get one practical money tip", "one", "count", 1, 1, "tips", N, "newsletter box"),
 ("b-18k", B, "Join 18,400 readers", "18,400", "count", 18400, 18400, "readers", N, "newsletter box"),
 ("b-2016", B, "was founded in 2016", "2016", "date", 2016, 2016, "year", Y, "undue medical debt founded (planted)"),
 ("b-4x", B, "up to four times the poverty", "four times", "ratio", 4, 4, "x", Y, "eligibility: income vs poverty level"),
 ("b-5pct", B, "is at least 5% of their", "5%", "percent", 5, 5, "%", Y, "eligibility: debt share of income"),
 ("b-thisspring", B, "This spring it closed", "This spring", "date", 2025, 2025, "year", N, "pendrick deal timing"),
 ("b-36m", B, "paying $36 million", "$36 million", "money", 36e6, 36e6, "USD", Y, "pendrick purchase price"),
 ("b-30b", B, "roughly $30 billion", "$30 billion", "money", 30e9, 30e9, "USD", Y, "pendrick portfolio face value"),
 ("b-all3", B, "Pull all three reports", "three", "count", 3, 3, "reports", N, "checklist"),
 ("b-500b", B, "original balance under $500?", "$500", "money", 500, 500, "USD", N, "checklist repeat"),
 ("b-ayr", B, "less than a year since", "a year", "duration", 1, 1, "years", N, "checklist repeat"),
 ("b-3yr", B, "three years ago", "three years", "duration", 3, 3, "years", N, "aside"),
 ("b-10min", B, "credit report in 10 minutes", "10 minutes", "duration", 10, 10, "minutes", N, "related link"),
 ("b-27", B, "27 comments", "27", "count", 27, 27, "comments", N, "page furniture"),

 # ---- MD06 local (2025-07-16), hard-wrapped
 ("l-fri", L, "safety net on Friday", "Friday", "date", 2025, 2025, "year", Y, "vacatur ruling date"),
 ("l-88b", L, "have cleared $88 billion", "$88 billion", "money", 88e9, 88e9, "USD", Y, "medical debt the rule would remove (planted: 2021 figure)"),
 ("l-15m", L, "credit reports of 15 million Americans", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("l-feb", L, "on hold since February", "February", "date", 2025, 2025, "year", Y, "stay granted"),
 ("l-58", L, "state Senate 58-0", "58", "vote", 58, 58, "votes", Y, "illinois sb2933 senate votes for"),
 ("l-0", L, "58-0 and the House", "0", "vote", 0, 0, "votes", Y, "illinois sb2933 senate votes against"),
 ("l-109", L, "House 109-2", "109", "vote", 109, 109, "votes", Y, "illinois sb2933 house votes for"),
 ("l-2", L, "109-2, Gov.", "2", "vote", 2, 2, "votes", Y, "illinois sb2933 house votes against"),
 ("l-jul24", L, "signed it in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "illinois law signed"),
 ("l-jan1", L, "took effect on Jan. 1", "Jan. 1", "date", 2025, 2025, "year", Y, "illinois law effective"),
 ("l-2024law", L, "the 2024 relief law", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-1_9m", L, "about 1.9 million Illinois", "1.9 million", "count", 1.9e6, 1.9e6, "people", Y, "illinois residents with medical debt in collections"),
 ("l-2300", L, "balance of about $2,300", "$2,300", "money", 2300, 2300, "USD", Y, "illinois average medical debt"),
 ("l-4_37b", L, "roughly $4.37 billion", "$4.37 billion", "money", 4.37e9, 4.37e9, "USD", Y, "illinois medical debt in collections"),
 ("l-10m", L, "about $10 million in state", "$10 million", "money", 10e6, 10e6, "USD", Y, "illinois relief program funding"),
 ("l-1b", L, "erase nearly $1 billion", "$1 billion", "money", 1e9, 1e9, "USD", Y, "illinois relief program target"),
 ("l-340k", L, "more than 340,000", "340,000", "count", 3.4e5, 3.4e5, "people", Y, "illinois relief program reach"),
 ("l-12m", L, "committed $12 million", "$12 million", "money", 12e6, 12e6, "USD", Y, "cook county arpa funding"),
 ("l-2022", L, "pandemic relief money in 2022", "2022", "date", 2022, 2022, "year", Y, "cook county program launch"),
 ("l-lastsummer", L, "by last summer", "last summer", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-382m", L, "more than $382 million", "$382 million", "money", 382e6, 382e6, "USD", Y, "cook county debt abolished (mid-2024)"),
 ("l-213k", L, "over 213,000 county", "213,000", "count", 213000, 213000, "people", Y, "cook county residents helped (mid-2024)"),
 ("l-4x", L, "at or below four times", "four times", "ratio", 4, 4, "x", Y, "eligibility: income vs poverty level"),
 ("l-5pct", L, "debt equals 5% or more", "5%", "percent", 5, 5, "%", Y, "eligibility: debt share of income"),
 ("l-3bur", L, "The three nationwide credit bureaus", "three", "count", 3, 3, "bureaus", N, "aside"),
 ("l-2023", L, "and, since 2023, collections", "2023", "date", 2023, 2023, "year", Y, "threshold removal year"),
 ("l-250", L, "collections under $250", "$250", "money", 250, 250, "USD", Y, "bureau reporting threshold (planted)"),
 ("l-2004", L, "as amended in 2004", "2004", "date", 2004, 2004, "year", Y, "fcra medical-information amendment year (planted)"),
 ("l-7mo", L, "books for seven months", "seven months", "duration", 7, 7, "months", N, "quote aside"),
 ("l-58yo", L, "a 58-year-old retired", "58-year-old", "age", 58, 58, "years", Y, "patient age"),
 ("l-4100", L, "A $4,100 ambulance", "$4,100", "money", 4100, 4100, "USD", Y, "patient bill"),
 ("l-2021", L, "bill from 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("l-jan", L, "credit report in January", "January", "date", 2025, 2025, "year", N, "aside"),
 ("l-3mo", L, "three months later", "three months", "duration", 3, 3, "months", N, "aside"),

 # ---- MD07 fact-check (2025-07-18)
 ("f-h49", F, "dump $49 billion of medical debt back onto\" credit", "$49 billion", "money", 49e9, 49e9, "USD", N, "headline (post quote)"),
 ("f-date", F, "July 18, 2025", "July 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c49", F, "dumped $49 BILLION", "$49 BILLION", "money", 49e9, 49e9, "USD", N, "post claim"),
 ("f-c15", F, "back onto 15 million credit", "15 million", "count", 15e6, 15e6, "people", N, "post claim"),
 ("f-c100", F, "drop 100 points overnight.\"", "100 points", "count", 100, 100, "points", N, "post claim"),
 ("f-v49", F, "estimated $49 billion in medical bills off", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove (verdict)"),
 ("f-v15", F, "about 15 million people", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule (verdict)"),
 ("f-jan24", F, "finalized in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "rule finalized (planted)"),
 ("f-3bur", F, "barred the three nationwide", "three", "count", 3, 3, "bureaus", N, "aside"),
 ("f-49b", F, "remove $49 billion in medical bills from the reports of 15", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove"),
 ("f-15m", F, "reports of 15 million Americans", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule"),
 ("f-20", F, "by an average of 20 points", "20 points", "count", 20, 20, "points", Y, "projected average score gain"),
 ("f-mar17", F, "take effect on March 17", "March 17", "date", 2025, 2025, "year", Y, "original effective date"),
 ("f-2tg", F, "but two trade groups", "two", "count", 2, 2, "groups", N, "aside"),
 ("f-feb6", F, "on Feb. 6, a federal", "Feb. 6", "date", 2025, 2025, "year", Y, "stay granted"),
 ("f-90d", F, "paused it for 90 days", "90 days", "duration", 90, 90, "days", Y, "length of court stay"),
 ("f-jul11", F, "On July 11, U.S.", "July 11", "date", 2025, 2025, "year", Y, "vacatur ruling date"),
 ("f-2003", F, "as amended in 2003", "2003", "date", 2003, 2003, "year", Y, "fcra medical-information amendment year"),
 ("f-two", F, "Two of the three responded", "Two", "count", 2, 2, "companies", N, "reporting aside"),
 ("f-three", F, "of the three responded", "three", "count", 3, 3, "companies", N, "reporting aside"),
 ("f-2022", F, "Since 2022 they have", "2022", "date", 2022, 2022, "year", Y, "paid collections removed"),
 ("f-2yr", F, "waited two years before", "two years", "duration", 2, 2, "years", Y, "wait before unpaid medical bill is reported (planted)"),
 ("f-2023", F, "Since 2023 they have", "2023", "date", 2023, 2023, "year", Y, "threshold removal year"),
 ("f-500", F, "initial balance under $500. Even", "$500", "money", 500, 500, "USD", Y, "bureau reporting threshold"),
 ("f-14", F, "about 14% of consumers", "14%", "percent", 14, 14, "%", Y, "share with medical collection, mid-2023 (planted: march 2022 figure)"),
 ("f-mid23", F, "report in mid-2023", "mid-2023", "date", 2023, 2023, "year", N, "as-of date"),
 ("f-100h", F, "What about the 100 points?", "100 points", "count", 100, 100, "points", N, "section head (post claim)"),
 ("f-100d", F, "of a 100-point drop", "100-point", "count", 100, 100, "points", N, "post claim restated"),
 ("f-20b", F, "average increase of 20 points", "20 points", "count", 20, 20, "points", Y, "projected average score gain"),
 ("f-r49", F, "headline numbers: $49 billion", "$49 billion", "money", 49e9, 49e9, "USD", Y, "medical debt the rule would remove (ruling)"),
 ("f-r15", F, "and 15 million people. It", "15 million", "count", 15e6, 15e6, "people", Y, "people covered by the rule (ruling)"),
 ("f-r100", F, "drop 100 points overnight. The", "100 points", "count", 100, 100, "points", N, "post claim (ruling)"),
 ("f-2ed", F, "reviewed by two editors", "two", "count", 2, 2, "editors", N, "furniture"),
]

S, Q = "strict", "qualified"
X = []
def grp(plant, others, g=S):
    for o in others:
        X.append((plant, o, g))
# S1 rule's $ scope: $88bn (2021 figure) vs $49bn / nearly $50bn
grp("l-88b", ["w-49b", "p-49b", "a-49b", "e-49b", "b-50b", "f-v49", "f-49b", "f-r49"])
# S2 people covered: 43 million (2021 figure) vs 15 million
grp("b-43m", ["w-15m", "w-fifteen", "p-15m", "a-15m", "a-15mb", "e-15m", "l-15m", "f-v15", "f-15m", "f-r15"])
# S3 proposal year: "last June" (2025) vs June 2024
grp("w-lastjune", ["a-jun24", "e-jun24"])
# S4 finalization year: January 2024 vs 2025
grp("f-jan24", ["w-jan7", "p-jan7", "a-jan25", "e-jan25", "b-lastjan"])
# S5 projected average score gain: 22 vs 20
grp("e-22", ["w-20", "a-20", "f-20", "f-20b"])
# S6 stay length: 60 vs 90 days
grp("p-60d", ["w-90d", "e-90d", "f-90d"])
# S7 bureau threshold: $250 vs $500
grp("l-250", ["w-500", "p-500", "a-500", "e-500", "b-500", "f-500"])
# S8 waiting period before reporting: two years vs one year
grp("f-2yr", ["p-1yr", "e-fullyr"])
# S9 decline in total balances: 37% vs 38%
grp("p-37", ["a-38"])
# S10 share with medical collection mid-2023: 14% vs 5%
grp("f-14", ["a-50", "b-5"])
# S11 average remaining balance: $1,300 vs $3,100
grp("b-1300", ["p-3100", "a-3100"])
# S12 KFF share of adults with health care debt: 57% vs 41%
grp("p-57", ["w-41", "a-41", "e-41"])
# S13 SIPP adults with >$250 medical debt, 2021: 23 million vs 20 million
grp("a-23m", ["e-20m"])
# S14 Illinois Senate vote for SB 2933: 59 vs 58
grp("b-59", ["l-58"])
# S15 Undue Medical Debt founding year: 2016 vs 2014
grp("b-2016", ["e-2014"])
# S16 FCRA medical amendment year: 2004 vs 2003
grp("l-2004", ["w-2003", "f-2003"])
# S17 Pendrick purchase price: $40 million vs $36 million
grp("e-40m", ["b-36m"])
# S18 max time a collection stays on report: 10 vs 7 years
grp("e-10yr", ["p-7yr", "b-7yr"])
# Qualified
X += [
 ("p-aug24", "e-aug23", Q),   # Colorado law effective: sources disagree (2023 vs 2024)
 ("l-12m", "b-9m", Q),        # Cook County ARPA money: $12 million (2022-23 sources) vs $9 million (2025 county release)
 ("a-58", "b-57", Q),         # medical share of collections: 58% (June 2021) vs 57% (2018-2022)
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
        lo = int(lo) if isinstance(lo, float) and lo.is_integer() and abs(lo) >= 1000 else lo
        hi = int(hi) if isinstance(hi, float) and hi.is_integer() and abs(hi) >= 1000 else hi
        rows.append({"type": "claim", "id": f"md-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"md-{a}", f"md-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], (a, b)
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
