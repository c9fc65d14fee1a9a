#!/usr/bin/env python3
"""Build svb-collapse.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "svb-collapse")
OUT = os.path.join(HERE, "svb-collapse.gold.jsonl")
T = "svb-collapse"

W, P, A, E, B, L, F = ("SV01_wire.txt", "SV02_press.txt", "SV03_abstract.txt",
                       "SV04_explainer.txt", "SV05_blog.txt", "SV06_local.txt", "SV07_factcheck.txt")
Y = True; N = False
BN = 1e9; MN = 1e6

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- SV01 wire (2023-03-27)
 ("w-h20", W, "cost to fund at $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "headline repeat"),
 ("w-dl", W, "RALEIGH, N.C., March 27", "March 27", "date", 2023, 2023, "year", N, "dateline"),
 ("w-sun", W, "agreed on Sunday", "Sunday", "date", 2023, 2023, "year", Y, "first citizens deal date (mar 26)"),
 ("w-earlier", W, "collapse earlier this month", "earlier this month", "date", 2023, 2023, "year", N, "collapse date (vague)"),
 ("w-72a", W, "about $72 billion of the bank's assets", "$72 billion", "money", 72*BN, 72*BN, "USD", Y, "svb assets bought by first citizens"),
 ("w-165", W, "at a discount of $16.5 billion", "$16.5 billion", "money", 16.5*BN, 16.5*BN, "USD", Y, "first citizens purchase discount"),
 ("w-90", W, "About $90 billion in securities", "$90 billion", "money", 90*BN, 90*BN, "USD", Y, "assets left in receivership"),
 ("w-20", W, "Insurance Fund about $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "fdic estimated cost of svb failure to dif"),
 ("w-17", W, "All 17 former SVB branches", "17", "count", 17, 17, "branches", Y, "svb branches"),
 ("w-mon", W, "Massachusetts opened on Monday", "Monday", "date", 2023, 2023, "year", N, "branches reopen as first citizens"),
 ("w-56d", W, "$56 billion of deposits", "$56 billion", "money", 56*BN, 56*BN, "USD", Y, "deposits assumed by first citizens"),
 ("w-72l", W, "$72 billion of loans", "$72 billion", "money", 72*BN, 72*BN, "USD", Y, "loans bought by first citizens"),
 ("w-500", W, "worth up to $500 million", "$500 million", "money", 500*MN, 500*MN, "USD", Y, "fdic equity appreciation rights"),
 ("w-47", W, "up 47% in morning trading", "47%", "percent", 47, 47, "%", Y, "first citizens share rise mar 27 intraday"),
 ("w-109", W, "about $109 billion in assets", "$109 billion", "money", 109*BN, 109*BN, "USD", Y, "first citizens assets before deal"),
 ("w-894", W, "$89.4 billion in deposits", "$89.4 billion", "money", 89.4*BN, 89.4*BN, "USD", Y, "first citizens deposits before deal"),
 ("w-2009fc", W, "acquisitions since 2009", "2009", "date", 2009, 2009, "year", N, "qualifier year (fdic-assisted deals)"),
 ("w-two", W, "run two auction processes", "two", "count", 2, 2, "auctions", Y, "fdic auction processes"),
 ("w-167", W, "had $167 billion in total assets", "$167 billion", "money", 167*BN, 167*BN, "USD", Y, "bridge bank total assets"),
 ("w-119", W, "$119 billion in deposits", "$119 billion", "money", 119*BN, 119*BN, "USD", Y, "bridge bank deposits"),
 ("w-16th", W, "the 16th-largest bank", "16th", "count", 16, 16, "rank", N, "size rank"),
 ("w-mar10", W, "regulators on March 10", "March 10", "date", 2023, 2023, "year", Y, "svb closure date"),
 ("w-42", W, "pulled $42 billion of deposits", "$42 billion", "money", 42*BN, 42*BN, "USD", Y, "withdrawals on mar 9"),
 ("w-mar8", W, "late on March 8", "March 8", "date", 2023, 2023, "year", Y, "bond sale / capital raise announcement"),
 ("w-21", W, "sold $21 billion of securities", "$21 billion", "money", 21*BN, 21*BN, "USD", Y, "securities sold"),
 ("w-18", W, "after-tax loss of $1.8 billion", "$1.8 billion", "money", 1.8*BN, 1.8*BN, "USD", Y, "after-tax loss on bond sale"),
 ("w-225", W, "raise $2.25 billion in new capital", "$2.25 billion", "money", 2.25*BN, 2.25*BN, "USD", Y, "planned capital raise"),
 ("w-60", W, "shares fell 60% the next day", "60%", "percent", 60, 60, "%", Y, "svbfg share fall mar 9"),
 ("w-dec31", W, "As of December 31", "December 31", "date", 2022, 2022, "year", N, "as-of date"),
 ("w-209", W, "about $209 billion in total assets", "$209 billion", "money", 209*BN, 209*BN, "USD", Y, "svb total assets year-end 2022 (bank)"),
 ("w-1754", W, "$175.4 billion in total deposits", "$175.4 billion", "money", 175.4*BN, 175.4*BN, "USD", Y, "svb deposits year-end 2022 (bank)"),
 ("w-93", W, "About 93% of its domestic", "93%", "percent", 93, 93, "%", Y, "uninsured share of domestic deposits"),
 ("w-250k", W, "above the $250,000 insurance limit", "$250,000", "money", 250000, 250000, "USD", Y, "deposit insurance limit"),
 ("w-2009", W, "collapsed in 2009", "2009", "date", 2009, 2009, "year", Y, "washington mutual failure year"),
 ("w-2nd", W, "the second-largest on record", "second", "count", 2, 2, "rank", N, "failure size rank"),
 ("w-mar12", W, "On March 12, regulators", "March 12", "date", 2023, 2023, "year", Y, "systemic risk exception / signature closure"),
 ("w-1yr", W, "loans of up to one year", "one year", "duration", 1, 1, "years", Y, "btfp loan term"),
 ("w-q20", W, "a $20 billion hit", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "quote repeat"),
 ("w-may", W, "propose one in May", "May", "date", 2023, 2023, "year", N, "planned special assessment proposal"),
 ("w-mar17", W, "protection on March 17", "March 17", "date", 2023, 2023, "year", Y, "svbfg chapter 11 filing"),
 ("w-tue", W, "Committee on Tuesday", "Tuesday", "date", 2023, 2023, "year", N, "hearing date"),

 # ---- SV02 press (2024-03-07)
 ("p-h40", P, "Across Up to 40 Program", "40", "count", 40, 40, "banks", N, "headline repeat"),
 ("p-s10m", P, "as much as $10 million", "$10 million", "money", 10*MN, 10*MN, "USD", N, "subtitle repeat"),
 ("p-dl", P, "March 7, 2024", "March 7, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-40", P, "as many as 40 FDIC-insured", "40", "count", 40, 40, "banks", Y, "program banks in network"),
 ("p-250k", P, "covers $250,000 per depositor", "$250,000", "money", 250000, 250000, "USD", Y, "deposit insurance limit"),
 ("p-10m", P, "hold up to $10 million in deposits", "$10 million", "money", 10*MN, 10*MN, "USD", Y, "max coverage per client"),
 ("p-2yrs", P, "marks two years this week since", "two years this week", "date", 2022, 2022, "year", Y, "svb closure date (relative: 2022)"),
 ("p-thous", P, "accounts at thousands of start-ups", "thousands", "count", None, None, "companies", N, "vague"),
 ("p-16", P, "Its 16 branches", "16", "count", 16, 16, "branches", Y, "svb branches"),
 ("p-158", P, "Insurance Fund $15.8 billion", "$15.8 billion", "money", 15.8*BN, 15.8*BN, "USD", Y, "special assessment total (final rule)"),
 ("p-nov23", P, "finalized in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "special assessment final rule date"),
 ("p-114", P, "on 114 banking organizations", "114", "count", 114, 114, "banking organizations", Y, "banks paying special assessment (final)"),
 ("p-2yr", P, "payable over two years", "two years", "duration", 2, 2, "years", Y, "special assessment collection period"),
 ("p-312", P, "survey of 312 finance", "312", "count", 312, 312, "respondents", Y, "keelstone survey size"),
 ("p-jan24", P, "conducted in January 2024", "January 2024", "date", 2024, 2024, "year", N, "survey date"),
 ("p-61", P, "2024, 61% said", "61%", "percent", 61, 61, "%", Y, "respondents using 3+ banks now"),
 ("p-three", P, "at three or more banks", "three", "count", 3, 3, "banks", N, "definitional"),
 ("p-22", P, "compared with 22% before", "22%", "percent", 22, 22, "%", Y, "respondents using 3+ banks before"),
 ("p-mar23", P, "before March 2023", "March 2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("p-47", P, "Another 47% said", "47%", "percent", 47, 47, "%", Y, "boards asking for policy"),
 ("p-245k", P, "no more than $245,000 per bank", "$245,000", "money", 245000, 245000, "USD", Y, "sweep increment per bank"),
 ("p-2m", P, "access to up to $2 million", "$2 million", "money", 2*MN, 2*MN, "USD", Y, "same-day access limit"),
 ("p-485", P, "currently 4.85% annually", "4.85%", "percent", 4.85, 4.85, "%", Y, "sweep yield"),
 ("p-sep23", P, "pilot since September 2023", "September 2023", "date", 2023, 2023, "year", N, "pilot start"),
 ("p-600", P, "more than 600 companies", "600", "count", 600, 600, "companies", Y, "pilot companies"),
 ("p-14", P, "$1.4 billion into the program", "$1.4 billion", "money", 1.4*BN, 1.4*BN, "USD", Y, "pilot balances"),
 ("p-2023", P, "was founded in 2023", "2023", "date", 2023, 2023, "year", N, "about section"),
 ("p-2100", P, "more than 2,100 venture-backed", "2,100", "count", 2100, 2100, "companies", N, "about section"),
 ("p-85", P, "employs about 85 people", "85", "count", 85, 85, "employees", N, "about section"),

 # ---- SV03 abstract (2024-01-15)
 ("a-pub", A, "Published online 15 January 2024", "15 January 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-tmar", A, "Silicon Valley Bank, March 2023: an", "March 2023", "date", 2023, 2023, "year", N, "title period"),
 ("a-mar10", A, "closed on 10 March 2023", "10 March 2023", "date", 2023, 2023, "year", Y, "svb closure date"),
 ("a-42", A, "withdrew $42 billion", "$42 billion", "money", 42*BN, 42*BN, "USD", Y, "withdrawals on mar 9"),
 ("a-mar9", A, "$42 billion on 9 March", "9 March", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-100", A, "a further $100 billion", "$100 billion", "money", 100*BN, 100*BN, "USD", Y, "withdrawals requested for mar 10"),
 ("a-142", A, "The combined $142 billion", "$142 billion", "money", 142*BN, 142*BN, "USD", Y, "combined mar 9-10 withdrawals"),
 ("a-820", A, "equalled 82.0%", "82.0%", "percent", 82.0, 82.0, "%", Y, "two-day withdrawals share of svbfg deposits"),
 ("a-1731", A, "the $173.1 billion in deposits", "$173.1 billion", "money", 173.1*BN, 173.1*BN, "USD", Y, "svbfg deposits year-end 2022 (holding co)"),
 ("a-ye22a", A, "at year-end 2022, down from", "year-end 2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-1892", A, "down from $189.2 billion", "$189.2 billion", "money", 189.2*BN, 189.2*BN, "USD", Y, "svbfg deposits year-end 2021"),
 ("a-e2021", A, "at the end of 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("a-ye22b", A, "At year-end 2022, 93.9%", "year-end 2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-939", A, "2022, 93.9% of the bank's", "93.9%", "percent", 93.9, 93.9, "%", Y, "uninsured share of domestic deposits"),
 ("a-913", A, "portfolio of $91.3 billion", "$91.3 billion", "money", 91.3*BN, 91.3*BN, "USD", Y, "htm portfolio"),
 ("a-151", A, "unrealized losses of $15.1 billion", "$15.1 billion", "money", 15.1*BN, 15.1*BN, "USD", Y, "htm unrealized losses"),
 ("a-mar8", A, "announcement on 8 March", "8 March", "date", 2023, 2023, "year", N, "announcement date"),
 ("a-21", A, "a $21 billion securities sale", "$21 billion", "money", 21*BN, 21*BN, "USD", Y, "securities sold"),
 ("a-18", A, "after-tax loss of $1.8 billion", "$1.8 billion", "money", 1.8*BN, 1.8*BN, "USD", Y, "after-tax loss on bond sale"),
 ("a-604", A, "a 60.4% one-day fall", "60.4%", "percent", 60.4, 60.4, "%", Y, "svbfg share fall mar 9"),
 ("a-1day", A, "60.4% one-day fall", "one-day", "duration", 1, 1, "days", N, "timepoint"),
 ("a-nov22", A, "risk in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "fed supervisors first warned svb"),
 ("a-225", A, "(DIF) was $22.5 billion", "$22.5 billion", "money", 22.5*BN, 22.5*BN, "USD", Y, "fdic initial estimate of svb cost to dif"),
 ("a-1282", A, "fell from $128.2 billion", "$128.2 billion", "money", 128.2*BN, 128.2*BN, "USD", Y, "dif balance year-end 2022"),
 ("a-ye22c", A, "at year-end 2022 to $116.1", "year-end 2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-1161", A, "to $116.1 billion at", "$116.1 billion", "money", 116.1*BN, 116.1*BN, "USD", Y, "dif balance mar 31 2023"),
 ("a-mar31", A, "at 31 March 2023", "31 March 2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-111", A, "reserve ratio to 1.11%", "1.11%", "percent", 1.11, 1.11, "%", Y, "dif reserve ratio mar 31 2023"),
 ("a-dec22", A, "with a December 2022 Call Report", "December 2022", "date", 2022, 2022, "year", N, "data source"),
 ("a-jan22", A, "trading from January 2022", "January 2022", "date", 2022, 2022, "year", N, "inclusion criterion"),
 ("a-318", A, "(N = 318)", "318", "count", 318, 318, "banks", Y, "study sample"),
 ("a-win", A, "over 9–13 March 2023", "9–13 March 2023", "date", 2023, 2023, "year", N, "event window"),
 ("a-3d", A, "(3 trading days)", "3 trading days", "duration", 3, 3, "days", N, "event window length"),
 ("a-250d", A, "over the 250 trading days", "250 trading days", "duration", 250, 250, "days", N, "estimation window"),
 ("a-dec31", A, "ending 31 December 2022", "31 December 2022", "date", 2022, 2022, "year", N, "estimation window end"),
 ("a-384", A, "uninsured share was 38.4%", "38.4%", "percent", 38.4, 38.4, "%", Y, "median uninsured share (sample)"),
 ("a-iqr", A, "(interquartile range 29.6–49.8)", "29.6–49.8", "percent", 29.6, 49.8, "%", Y, "iqr"),
 ("a-96", A, "sample was −9.6%", "−9.6%", "percent", -9.6, -9.6, "%", Y, "mean car all banks"),
 ("a-96ci", A, "(95% CI −10.8 to −8.4)", "−10.8 to −8.4", "percent", -10.8, -8.4, "%", Y, "ci"),
 ("a-n80", A, "(n=80;", "80", "count", 80, 80, "banks", Y, "top quartile n"),
 ("a-612", A, "median share 61.2%", "61.2%", "percent", 61.2, 61.2, "%", Y, "top quartile median uninsured share"),
 ("a-173", A, "mean CAR of −17.3%", "−17.3%", "percent", -17.3, -17.3, "%", Y, "top quartile car"),
 ("a-173ci", A, "(95% CI −20.1 to −14.5)", "−20.1 to −14.5", "percent", -20.1, -14.5, "%", Y, "ci"),
 ("a-42c", A, "compared with −4.2%", "−4.2%", "percent", -4.2, -4.2, "%", Y, "bottom quartile car"),
 ("a-42ci", A, "(95% CI −5.6 to −2.8)", "−5.6 to −2.8", "percent", -5.6, -2.8, "%", Y, "ci"),
 ("a-n79", A, "(n=79;", "79", "count", 79, 79, "banks", Y, "bottom quartile n"),
 ("a-247", A, "median 24.7%", "24.7%", "percent", 24.7, 24.7, "%", Y, "bottom quartile median uninsured share"),
 ("a-131", A, "difference −13.1 percentage points", "−13.1 percentage points", "percent", -13.1, -13.1, "pp", Y, "quartile difference"),
 ("a-131ci", A, "(95% CI −16.2 to −10.0", "−16.2 to −10.0", "percent", -16.2, -10.0, "pp", Y, "ci"),
 ("a-p1", A, "−10.0; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-10pp", A, "each 10-percentage-point increase", "10-percentage-point", "percent", 10, 10, "pp", N, "definitional"),
 ("a-23", A, "a CAR 2.3 points lower", "2.3 points", "percent", 2.3, 2.3, "pp", Y, "adjusted slope per 10 pp"),
 ("a-23ci", A, "(95% CI 1.8 to 2.8", "1.8 to 2.8", "percent", 1.8, 2.8, "pp", Y, "ci"),
 ("a-p2", A, "2.8; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-beta", A, "(β = −0.41", "−0.41", "ratio", -0.41, -0.41, "coef", Y, "htm loss coefficient"),
 ("a-betaci", A, "95% CI −0.66 to −0.16", "−0.66 to −0.16", "ratio", -0.66, -0.16, "coef", Y, "ci"),
 ("a-p3", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-p4", A, "P=0.38", "0.38", "pvalue", 0.38, 0.38, "p", N, "p-value"),
 ("a-11", A, "Eleven banks", "Eleven", "count", 11, 11, "banks", Y, "banks with >80% uninsured"),
 ("a-35", A, "(3.5%)", "3.5%", "percent", 3.5, 3.5, "%", Y, "share of banks >80% uninsured"),
 ("a-80", A, "shares above 80%", "80%", "percent", 80, 80, "%", N, "threshold"),
 ("a-269", A, "mean CAR was −26.9%", "−26.9%", "percent", -26.9, -26.9, "%", Y, "car >80% uninsured"),
 ("a-269ci", A, "(95% CI −35.2 to −18.6)", "−35.2 to −18.6", "percent", -35.2, -18.6, "%", Y, "ci"),
 ("a-939b", A, "SVB's 93.9% uninsured share", "93.9%", "percent", 93.9, 93.9, "%", N, "repeat"),
 ("a-917", A, "extended to 9–17 March", "9–17 March", "date", 2023, 2023, "year", N, "sensitivity window"),
 ("a-5d", A, "(5 trading days)", "5 trading days", "duration", 5, 5, "days", N, "sensitivity window length"),
 ("a-mar12", A, "closed on 12 March", "12 March", "date", 2023, 2023, "year", N, "signature closure (aside)"),

 # ---- SV04 explainer (2023-05-12)
 ("e-upd", E, "Updated May 12, 2023", "May 12, 2023", "date", 2023, 2023, "year", N, "metadata"),
 ("e-mar8", E, "On Wednesday, March 8", "Wednesday, March 8", "date", 2023, 2023, "year", Y, "bond sale / capital raise announcement"),
 ("e-21", E, "sold $21 billion of bonds", "$21 billion", "money", 21*BN, 21*BN, "USD", Y, "securities sold"),
 ("e-18", E, "at a $1.8 billion loss", "$1.8 billion", "money", 1.8*BN, 1.8*BN, "USD", Y, "after-tax loss on bond sale"),
 ("e-225", E, "raise $2.25 billion in new capital", "$2.25 billion", "money", 2.25*BN, 2.25*BN, "USD", Y, "planned capital raise"),
 ("e-60", E, "stock fell 60% on", "60%", "percent", 60, 60, "%", Y, "svbfg share fall mar 9"),
 ("e-mar9", E, "on Thursday, March 9", "Thursday, March 9", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-42", E, "withdraw $42 billion that day", "$42 billion", "money", 42*BN, 42*BN, "USD", Y, "withdrawals on mar 9"),
 ("e-quarter", E, "roughly a quarter of the bank's", "a quarter", "percent", 25, 25, "%", Y, "mar 9 withdrawals share of deposits"),
 ("e-mar10", E, "On March 10, 2023, the California", "March 10, 2023", "date", 2023, 2023, "year", Y, "svb closure date"),
 ("e-e22a", E, "At the end of 2022 it had", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-209", E, "about $209 billion in assets", "$209 billion", "money", 209*BN, 209*BN, "USD", Y, "svb total assets year-end 2022 (bank)"),
 ("e-1754", E, "$175.4 billion in deposits", "$175.4 billion", "money", 175.4*BN, 175.4*BN, "USD", Y, "svb deposits year-end 2022 (bank)"),
 ("e-2008", E, "Washington Mutual in 2008", "2008", "date", 2008, 2008, "year", Y, "washington mutual failure year"),
 ("e-2nd", E, "the second-largest bank failure", "second", "count", 2, 2, "rank", N, "failure size rank at the time"),
 ("e-may1", E, "seized on May 1", "May 1", "date", 2023, 2023, "year", Y, "first republic failure date"),
 ("e-229", E, "about $229 billion in assets", "$229 billion", "money", 229*BN, 229*BN, "USD", Y, "first republic assets"),
 ("e-250k", E, "up to $250,000 per depositor", "$250,000", "money", 250000, 250000, "USD", Y, "deposit insurance limit"),
 ("e-88", E, "About 88% of SVB's total deposits", "88%", "percent", 88, 88, "%", Y, "uninsured share of total deposits"),
 ("e-half", E, "roughly half at many large banks", "half", "percent", 50, 50, "%", Y, "uninsured share at large banks"),
 ("e-mar12", E, "On Sunday, March 12", "Sunday, March 12", "date", 2023, 2023, "year", Y, "systemic risk exception"),
 ("e-110", E, "(about $110 billion in assets)", "$110 billion", "money", 110*BN, 110*BN, "USD", Y, "signature bank assets"),
 ("e-1yr", E, "for up to one year", "one year", "duration", 1, 1, "years", Y, "btfp loan term"),
 ("e-mar26", E, "On March 26, First Citizens", "March 26", "date", 2023, 2023, "year", Y, "first citizens deal date"),
 ("e-72", E, "buy $72 billion of SVB's loans", "$72 billion", "money", 72*BN, 72*BN, "USD", Y, "loans bought by first citizens"),
 ("e-165", E, "at a $16.5 billion discount", "$16.5 billion", "money", 16.5*BN, 16.5*BN, "USD", Y, "first citizens purchase discount"),
 ("e-56", E, "take on $56 billion in deposits", "$56 billion", "money", 56*BN, 56*BN, "USD", Y, "deposits assumed by first citizens"),
 ("e-89", E, "with about $89 billion in assets", "$89 billion", "money", 89*BN, 89*BN, "USD", Y, "first citizens assets before deal"),
 ("e-20", E, "Insurance Fund about $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "fdic estimated cost of svb failure to dif"),
 ("e-1282", E, "it held $128.2 billion", "$128.2 billion", "money", 128.2*BN, 128.2*BN, "USD", Y, "dif balance year-end 2022"),
 ("e-e22b", E, "at the end of 2022. In April", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-apr", E, "In April, the FDIC", "April", "date", 2023, 2023, "year", N, "estimate date"),
 ("e-225b", E, "cost the fund about $22.5 billion", "$22.5 billion", "money", 22.5*BN, 22.5*BN, "USD", Y, "fdic april estimate, svb + signature combined"),
 ("e-192", E, "of which $19.2 billion", "$19.2 billion", "money", 19.2*BN, 19.2*BN, "USD", Y, "april estimate attributable to uninsured (both banks)"),
 ("e-thu", E, "On Thursday, the FDIC board", "Thursday", "date", 2023, 2023, "year", Y, "special assessment proposal date (may 11)"),
 ("e-v4", E, "voted 4-1 to propose", "4", "count", 4, 4, "votes", Y, "fdic board votes for proposal"),
 ("e-v1", E, "voted 4-1 to propose", "1", "count", 1, 1, "votes", Y, "fdic board votes against proposal"),
 ("e-125", E, "about 12.5 basis points", "12.5 basis points", "percent", 12.5, 12.5, "bp", Y, "proposed annual special assessment rate"),
 ("e-5b", E, "uninsured deposits above $5 billion", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "assessment base exclusion"),
 ("e-dec31", E, "as of December 31, 2022, for", "December 31, 2022", "date", 2022, 2022, "year", N, "reference date"),
 ("e-8q", E, "for eight quarters", "eight quarters", "duration", 8, 8, "quarters", Y, "special assessment collection period (proposal)"),
 ("e-2024", E, "starting in 2024", "2024", "date", 2024, 2024, "year", Y, "special assessment start"),
 ("e-158", E, "at $15.8 billion, lower", "$15.8 billion", "money", 15.8*BN, 15.8*BN, "USD", Y, "special assessment total (proposal, may 2023)"),
 ("e-113", E, "It said 113 banking", "113", "count", 113, 113, "banking organizations", Y, "banks paying special assessment (proposal)"),
 ("e-5bas", E, "less than $5 billion in assets", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "asset threshold for exemption"),
 ("e-50b", E, "more than $50 billion in assets", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "large-bank threshold"),
 ("e-95", E, "more than 95% of the total", "95%", "percent", 95, 95, "%", Y, "share paid by banks >$50bn"),
 ("e-one", E, "at one bank is above", "one", "count", 1, 1, "banks", N, "advice"),
 ("e-250kb", E, "is above $250,000, you", "$250,000", "money", 250000, 250000, "USD", N, "repeat"),
 ("e-2022s", E, "slowed in 2022", "2022", "date", 2022, 2022, "year", N, "background"),

 # ---- SV05 blog (2024-03-10)
 ("b-h1yr", B, "One year after SVB", "One year", "duration", 1, 1, "years", N, "headline"),
 ("b-by", B, "March 10, 2024 | 7", "March 10, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap1", B, "Menlo Park, March 2023", "March 2023", "date", 2023, 2023, "year", N, "caption"),
 ("b-ago", B, "A year ago today", "A year ago today", "date", 2023, 2023, "year", N, "relative date"),
 ("b-4th", B, "my fourth cup", "fourth", "count", 4, 4, "cups", N, "aside"),
 ("b-38", B, "pay 38 people", "38", "count", 38, 38, "employees", Y, "tessellate staff"),
 ("b-15th", B, "on the 15th", "15th", "date", 2023, 2023, "year", N, "payday"),
 ("b-mar8", B, "Wednesday, March 8, 2023", "Wednesday, March 8, 2023", "date", 2023, 2023, "year", Y, "bond sale announcement"),
 ("b-225", B, "booked a $2.25 billion loss", "$2.25 billion", "money", 2.25*BN, 2.25*BN, "USD", Y, "loss on bond sale (as reported)"),
 ("b-thu", B, "By Thursday morning", "Thursday", "date", 2023, 2023, "year", N, "relative day"),
 ("b-142", B, "A staggering $142 billion", "$142 billion", "money", 142*BN, 142*BN, "USD", Y, "withdrawals on mar 9 (as reported)"),
 ("b-mar9", B, "on Thursday, March 9, as", "Thursday, March 9", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-mar10", B, "On Friday, March 10, 2023", "Friday, March 10, 2023", "date", 2023, 2023, "year", Y, "svb closure date"),
 ("b-212", B, "was a $212 billion institution", "$212 billion", "money", 212*BN, 212*BN, "USD", Y, "svb(fg) total assets"),
 ("b-31m", B, "had $3.1 million at SVB", "$3.1 million", "money", 3.1*MN, 3.1*MN, "USD", Y, "tessellate balance at svb"),
 ("b-250k", B, "Exactly $250,000", "$250,000", "money", 250000, 250000, "USD", Y, "insured amount (limit)"),
 ("b-410k", B, "about $410,000", "$410,000", "money", 410000, 410000, "USD", Y, "tessellate payroll"),
 ("b-fwed", B, "the following Wednesday", "Wednesday", "date", 2023, 2023, "year", N, "payroll date"),
 ("b-two", B, "Two of our investors", "Two", "count", 2, 2, "investors", Y, "investors offering bridge"),
 ("b-sun", B, "on Sunday evening, the Treasury", "Sunday", "date", 2023, 2023, "year", Y, "systemic risk exception (mar 12)"),
 ("b-mon", B, "On Monday morning", "Monday", "date", 2023, 2023, "year", N, "relative day"),
 ("b-11h", B, "for eleven hours", "eleven hours", "duration", 11, 11, "hours", Y, "aside"),
 ("b-cap2", B, "SVB, March 8-10, 2023", "March 8-10, 2023", "date", 2023, 2023, "year", N, "caption"),
 ("b-cap3", B, "review, April 2023", "April 2023", "date", 2023, 2023, "year", N, "caption source"),
 ("b-2wk", B, "Two weeks later", "Two weeks", "duration", 2, 2, "weeks", N, "relative interval"),
 ("b-mar26", B, "on March 26, First", "March 26", "date", 2023, 2023, "year", Y, "first citizens deal date"),
 ("b-109", B, "then a $109 billion bank", "$109 billion", "money", 109*BN, 109*BN, "USD", Y, "first citizens assets before deal"),
 ("b-54", B, "closed up 54%", "54%", "percent", 54, 54, "%", Y, "first citizens share rise mar 27 close"),
 ("b-163", B, "comes to $16.3 billion", "$16.3 billion", "money", 16.3*BN, 16.3*BN, "USD", Y, "special assessment total (final)"),
 ("b-113", B, "from 113 large banks", "113", "count", 113, 113, "banking organizations", Y, "banks paying special assessment (as reported)"),
 ("b-134", B, "rate of 13.4 basis points", "13.4 basis points", "percent", 13.4, 13.4, "bp", Y, "final annual special assessment rate"),
 ("b-3yr", B, "spread over three years", "three years", "duration", 3, 3, "years", Y, "special assessment collection period (as reported)"),
 ("b-jun", B, "due in June", "June", "date", 2024, 2024, "year", N, "first invoice"),
 ("b-3rd", B, "the third-largest bank failure", "third", "count", 3, 3, "rank", N, "failure size rank now"),
 ("b-may23", B, "failed in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "first republic failure date"),
 ("b-3banks", B, "cash at three banks", "three", "count", 3, 3, "banks", Y, "banks used now"),
 ("b-90d", B, "about 90 days of burn", "90 days", "duration", 90, 90, "days", Y, "max burn per account"),
 ("b-6mo", B, "need for six months", "six months", "duration", 6, 6, "months", Y, "reserve horizon"),
 ("b-1page", B, "a one-page cash", "one-page", "count", 1, 1, "pages", N, "aside"),
 ("b-1bank", B, "never let one bank hold", "one", "count", 1, 1, "banks", N, "aside"),
 ("b-14k", B, "Join 14,000 readers", "14,000", "count", 14000, 14000, "readers", N, "page furniture"),
 ("b-56c", B, "56 comments", "56", "count", 56, 56, "comments", N, "page furniture"),

 # ---- SV06 local (2023-03-13), hard-wrapped
 ("l-dl", L, "Monday, March 13, 2023", "Monday, March 13, 2023", "date", 2023, 2023, "year", N, "dateline"),
 ("l-monam", L, "mid-morning on Monday", "Monday", "date", 2023, 2023, "year", N, "relative day"),
 ("l-dozens", L, "Monday, dozens of founders", "dozens", "count", None, None, "people", N, "vague"),
 ("l-one", L, "at least one venture partner", "one", "count", 1, 1, "people", N, "aside"),
 ("l-early", L, "Early on Monday the", "Monday", "date", 2023, 2023, "year", N, "bridge bank creation"),
 ("l-17", L, "All 17 of the bank's branches", "17", "count", 17, 17, "branches", Y, "svb branches"),
 ("l-reopen", L, "reopened on Monday under", "Monday", "date", 2023, 2023, "year", N, "relative day"),
 ("l-30", L, "runs a 30-person robotics", "30", "count", 30, 30, "employees", Y, "local firm size"),
 ("l-fri1", L, "\"On Friday I thought", "Friday", "date", 2023, 2023, "year", N, "quote"),
 ("l-fri2", L, "The bank was closed on Friday by", "Friday", "date", 2023, 2023, "year", Y, "svb closure date (mar 10)"),
 ("l-42", L, "withdrawals of $42 billion", "$42 billion", "money", 42*BN, 42*BN, "USD", Y, "withdrawals on mar 9"),
 ("l-thu1", L, "$42 billion on Thursday alone", "Thursday", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-958", L, "about $958 million", "$958 million", "money", 958*MN, 958*MN, "USD", Y, "negative cash balance end of mar 9"),
 ("l-wed", L, "began last Wednesday evening", "last Wednesday", "date", 2023, 2023, "year", N, "announcement date"),
 ("l-21", L, "sold $21 billion of securities", "$21 billion", "money", 21*BN, 21*BN, "USD", Y, "securities sold"),
 ("l-18", L, "after-tax loss of $1.8 billion", "$1.8 billion", "money", 1.8*BN, 1.8*BN, "USD", Y, "after-tax loss on bond sale"),
 ("l-175", L, "launched a $1.75 billion offering", "$1.75 billion", "money", 1.75*BN, 1.75*BN, "USD", Y, "public stock offering (ex general atlantic)"),
 ("l-69", L, "sank about 69% on Thursday", "69%", "percent", 69, 69, "%", Y, "svbfg share fall mar 9 (as reported)"),
 ("l-thu2", L, "69% on Thursday, and", "Thursday", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-fri3", L, "before the open on Friday", "Friday", "date", 2023, 2023, "year", N, "trading halt"),
 ("l-lastyr", L, "At the end of last year", "last year", "date", 2022, 2022, "year", N, "qualifier"),
 ("l-209", L, "about $209 billion in total assets", "$209 billion", "money", 209*BN, 209*BN, "USD", Y, "svb total assets year-end 2022 (bank)"),
 ("l-1892", L, "$189.2 billion in deposits", "$189.2 billion", "money", 189.2*BN, 189.2*BN, "USD", Y, "svb deposits year-end 2022 (as reported)"),
 ("l-307", L, "had $307 billion in assets", "$307 billion", "money", 307*BN, 307*BN, "USD", Y, "washington mutual assets"),
 ("l-2008", L, "when it failed in 2008", "2008", "date", 2008, 2008, "year", Y, "washington mutual failure year"),
 ("l-2nd", L, "the second-largest ever", "second", "count", 2, 2, "rank", N, "failure size rank"),
 ("l-sun", L, "On Sunday evening, federal", "Sunday", "date", 2023, 2023, "year", Y, "systemic risk exception (mar 12)"),
 ("l-mon4", L, "money on Monday, insured", "Monday", "date", 2023, 2023, "year", N, "relative day"),
 ("l-1yr", L, "for up to one year", "one year", "duration", 1, 1, "years", Y, "btfp loan term"),
 ("l-25", L, "backed by $25 billion", "$25 billion", "money", 25*BN, 25*BN, "USD", Y, "treasury esf backstop for btfp"),
 ("l-140", L, "roughly 140 small-business", "140", "count", 140, 140, "clients", Y, "payroll processor clients"),
 ("l-third", L, "about a third of them", "a third", "percent", 100/3, 100/3, "%", Y, "share of clients banking at svb"),
 ("l-fri4", L, "\"Friday was chaos", "Friday", "date", 2023, 2023, "year", N, "quote"),
 ("l-two", L, "two tenants had", "two", "count", 2, 2, "tenants", Y, "tenants asking about subleases"),

 # ---- SV07 fact-check (2023-11-22)
 ("f-h20", F, "a $20 billion taxpayer bailout?", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "headline repeat"),
 ("f-by", F, "November 22, 2023", "November 22, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("f-c20", F, "hook for a $20 billion bailout", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "post claim (attributed)"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "post shares"),
 ("f-lastwk1", F, "since last week)", "last week", "date", 2023, 2023, "year", N, "post date"),
 ("f-v20", F, "The $20 billion figure is", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "verdict repeat"),
 ("f-mar26", F, "announced on March 26, 2023", "March 26, 2023", "date", 2023, 2023, "year", Y, "first citizens deal date"),
 ("f-20", F, "approximately $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "fdic estimated cost of svb failure to dif"),
 ("f-72", F, "about $72 billion of assets", "$72 billion", "money", 72*BN, 72*BN, "USD", Y, "svb assets bought by first citizens"),
 ("f-56", F, "including $56 billion of loans", "$56 billion", "money", 56*BN, 56*BN, "USD", Y, "loans bought by first citizens (as reported)"),
 ("f-156", F, "at a discount of $15.6 billion", "$15.6 billion", "money", 15.6*BN, 15.6*BN, "USD", Y, "first citizens purchase discount (as reported)"),
 ("f-90", F, "roughly $90 billion of securities", "$90 billion", "money", 90*BN, 90*BN, "USD", Y, "assets left in receivership"),
 ("f-mar10", F, "closed SVB on March 10, 2023", "March 10, 2023", "date", 2023, 2023, "year", Y, "svb closure date"),
 ("f-42", F, "pulled $42 billion", "$42 billion", "money", 42*BN, 42*BN, "USD", Y, "withdrawals on mar 9"),
 ("f-mar9", F, "$42 billion on March 9", "March 9", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-100", F, "another $100 billion", "$100 billion", "money", 100*BN, 100*BN, "USD", Y, "withdrawals requested for mar 10"),
 ("f-142", F, "that is about $142 billion", "$142 billion", "money", 142*BN, 142*BN, "USD", Y, "combined mar 9-10 withdrawals"),
 ("f-81", F, "roughly 81% of the", "81%", "percent", 81, 81, "%", Y, "two-day withdrawals share of deposits"),
 ("f-175", F, "the $175 billion in deposits", "$175 billion", "money", 175*BN, 175*BN, "USD", Y, "svb deposits year-end 2022 (bank, rounded)"),
 ("f-e22a", F, "reported at the end of 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-94", F, "Roughly 94% of SVB's", "94%", "percent", 94, 94, "%", Y, "uninsured share of domestic deposits"),
 ("f-250k", F, "above the $250,000 insurance limit", "$250,000", "money", 250000, 250000, "USD", Y, "deposit insurance limit"),
 ("f-nov21", F, "in November 2021", "November 2021", "date", 2021, 2021, "year", Y, "fed supervisors first warned svb"),
 ("f-mar12", F, "On March 12, the Treasury", "March 12", "date", 2023, 2023, "year", Y, "systemic risk exception"),
 ("f-1161", F, "It stood at $116.1 billion", "$116.1 billion", "money", 116.1*BN, 116.1*BN, "USD", Y, "dif balance year-end 2022 (as reported)"),
 ("f-e22b", F, "billion at the end of 2022. The Treasury", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-may", F, "proposed one in May", "May", "date", 2023, 2023, "year", Y, "special assessment proposal date"),
 ("f-pv3", F, "on a 3-2 board vote", "3", "count", 3, 3, "votes", Y, "fdic board votes for proposal"),
 ("f-pv2", F, "on a 3-2 board vote", "2", "count", 2, 2, "votes", Y, "fdic board votes against proposal"),
 ("f-lastwk2", F, "finalized it last week", "last week", "date", 2023, 2023, "year", N, "relative date"),
 ("f-fv3", F, "again 3-2, on", "3", "count", 3, 3, "votes", Y, "fdic board votes for final rule"),
 ("f-fv2", F, "again 3-2, on", "2", "count", 2, 2, "votes", Y, "fdic board votes against final rule"),
 ("f-nov16", F, "3-2, on November 16", "November 16", "date", 2023, 2023, "year", Y, "special assessment final rule date"),
 ("f-163", F, "at $16.3 billion. The FDIC", "$16.3 billion", "money", 16.3*BN, 16.3*BN, "USD", Y, "special assessment total (final)"),
 ("f-134", F, "about 13.4 basis points", "13.4 basis points", "percent", 13.4, 13.4, "bp", Y, "final annual special assessment rate"),
 ("f-336", F, "(3.36 basis points a quarter)", "3.36 basis points", "percent", 3.36, 3.36, "bp", Y, "final quarterly special assessment rate"),
 ("f-dec31", F, "as of December 31, 2022, excluding", "December 31, 2022", "date", 2022, 2022, "year", N, "reference date"),
 ("f-5b", F, "excluding the first $5 billion", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "assessment base exclusion"),
 ("f-8q", F, "over eight quarters", "eight quarters", "duration", 8, 8, "quarters", Y, "special assessment collection period (final)"),
 ("f-q124", F, "with the first quarter of 2024", "first quarter of 2024", "date", 2024, 2024, "year", Y, "special assessment start"),
 ("f-jun28", F, "due June 28, 2024", "June 28, 2024", "date", 2024, 2024, "year", Y, "first payment date"),
 ("f-114", F, "estimates 114 banking", "114", "count", 114, 114, "banking organizations", Y, "banks paying special assessment (final)"),
 ("f-5bas", F, "less than $5 billion in total assets", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "asset threshold for exemption"),
 ("f-312", F, "received 312 comments", "312", "count", 312, 312, "comments", Y, "comments on proposal"),
 ("f-r20", F, "The $20 billion figure matches", "$20 billion", "money", 20*BN, 20*BN, "USD", N, "ruling repeat"),
 ("f-rmar", F, "FDIC's March estimate", "March", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-r163", F, "the $16.3 billion spent", "$16.3 billion", "money", 16.3*BN, 16.3*BN, "USD", Y, "special assessment total (ruling repeat)"),
 ("f-r114", F, "recovered from 114 large", "114", "count", 114, 114, "banking organizations", Y, "banks paying (ruling repeat)"),
 ("f-s1", F, "FDIC press release, March 26, 2023", "March 26, 2023", "date", 2023, 2023, "year", N, "sources line"),
 ("f-s2", F, "Committee, March 28, 2023", "March 28, 2023", "date", 2023, 2023, "year", N, "sources line"),
 ("f-s3", F, "Silicon Valley Bank, April 2023", "April 2023", "date", 2023, 2023, "year", N, "sources line"),
 ("f-s4", F, "special assessments, November 16, 2023", "November 16, 2023", "date", 2023, 2023, "year", N, "sources line"),
 ("f-s5", F, "Profile, first quarter 2023", "first quarter 2023", "date", 2023, 2023, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Mar 9 withdrawals: $142bn (blog, two-day total as one day) vs $42bn
 ("b-142", "w-42", S), ("b-142", "a-42", S), ("b-142", "e-42", S), ("b-142", "l-42", S), ("b-142", "f-42", S),
 # S2 share fall Mar 9: 69% (local, incl. after-hours) vs 60% / 60.4%
 ("l-69", "w-60", S), ("l-69", "a-604", S), ("l-69", "e-60", S),
 # S3 closure year: "two years this week" (press, 2024-03-07 -> 2022) vs 2023
 ("p-2yrs", "w-mar10", S), ("p-2yrs", "a-mar10", S), ("p-2yrs", "e-mar10", S), ("p-2yrs", "b-mar10", S),
 ("p-2yrs", "l-fri2", S), ("p-2yrs", "f-mar10", S),
 # S4 deposits at year-end 2022: $189.2bn (local; the end-2021 figure) vs 175.4 / 173.1 / 175
 ("l-1892", "w-1754", S), ("l-1892", "e-1754", S), ("l-1892", "a-1731", S), ("l-1892", "f-175", S),
 # S5 bond-sale loss: $2.25bn (blog; capital-raise figure) vs $1.8bn
 ("b-225", "w-18", S), ("b-225", "a-18", S), ("b-225", "e-18", S), ("b-225", "l-18", S),
 # S6 FDIC estimate of SVB cost to DIF: $22.5bn (abstract; two-bank April total) vs $20bn
 ("a-225", "w-20", S), ("a-225", "e-20", S), ("a-225", "f-20", S),
 # S7 loans bought by First Citizens: $56bn (fact-check; deposits figure) vs $72bn
 ("f-56", "w-72l", S), ("f-56", "e-72", S),
 # S8 SVB branches: 16 (press) vs 17
 ("p-16", "w-17", S), ("p-16", "l-17", S),
 # S9 special assessment total, final rule: $15.8bn (press; May proposal figure) vs $16.3bn
 ("p-158", "b-163", S), ("p-158", "f-163", S), ("p-158", "f-r163", S),
 # S10 banks paying the final assessment: 113 (blog; proposal count) vs 114
 ("b-113", "f-114", S), ("b-113", "p-114", S), ("b-113", "f-r114", S),
 # S11 collection period: three years (blog) vs eight quarters / two years
 ("b-3yr", "f-8q", S), ("b-3yr", "p-2yr", S),
 # S12 FDIC board vote on May proposal: 4-1 (explainer) vs 3-2 (fact-check)
 ("e-v4", "f-pv3", S), ("e-v1", "f-pv2", S),
 # S13 Washington Mutual failure year: 2009 (wire) vs 2008
 ("w-2009", "e-2008", S), ("w-2009", "l-2008", S),
 # S14 Fed first warned SVB: November 2022 (abstract) vs November 2021
 ("a-nov22", "f-nov21", S),
 # S15 DIF balance at year-end 2022: $116.1bn (fact-check; Mar 31 2023 figure) vs $128.2bn
 ("f-1161", "a-1282", S), ("f-1161", "e-1282", S),
 # S16 First Citizens assets before the deal: $89bn (explainer; its deposits) vs $109bn
 ("e-89", "w-109", S), ("e-89", "b-109", S),
 # S17 uninsured share of domestic deposits: 93% (wire, rounded the wrong way) vs 93.9% / 94%
 ("w-93", "a-939", S), ("w-93", "f-94", S),
 # S18 First Citizens discount: $15.6bn (fact-check, transposed) vs $16.5bn
 ("f-156", "w-165", S), ("f-156", "e-165", S),
 # ---- Qualified
 # Q1 total assets: $212bn (holding company, blog) vs $209bn (bank)
 ("b-212", "w-209", Q), ("b-212", "e-209", Q), ("b-212", "l-209", Q),
 # Q2 year-end 2022 deposits: $173.1bn (holding company) vs $175.4bn / $175bn (bank)
 ("a-1731", "w-1754", Q), ("a-1731", "e-1754", Q), ("a-1731", "f-175", Q),
 # Q3 capital raise: $1.75bn public offering vs $2.25bn incl. General Atlantic
 ("l-175", "w-225", Q), ("l-175", "e-225", Q),
 # Q4 uninsured share: 88% of total deposits vs ~94% of domestic deposits
 ("e-88", "a-939", Q), ("e-88", "f-94", Q), ("e-88", "w-93", Q),
 # Q5 two-day withdrawals share: 82.0% (of $173.1bn) vs 81% (of $175bn)
 ("a-820", "f-81", Q),
 # Q6 collection period: blog "three years" vs the May proposal's eight quarters
 ("b-3yr", "e-8q", Q),
 # Q7 pairs with optional repeats of the $20bn estimate (headline, quote, post, verdict, ruling)
 ("a-225", "w-h20", Q), ("a-225", "w-q20", Q), ("a-225", "f-h20", Q), ("a-225", "f-c20", Q),
 ("a-225", "f-v20", Q), ("a-225", "f-r20", Q),
 # Q8 closure year vs the blog's relative "A year ago today"
 ("p-2yrs", "b-ago", Q),
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
        if isinstance(lo, float) and lo.is_integer():
            lo = int(lo)
        if isinstance(hi, float) and hi.is_integer():
            hi = int(hi)
        if isinstance(lo, float):
            lo = round(lo, 6)
        if isinstance(hi, float):
            hi = round(hi, 6)
        rows.append({"type": "claim", "id": f"sv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"sv-{a}", f"sv-{b}"
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
