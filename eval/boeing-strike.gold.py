#!/usr/bin/env python3
"""Build boeing-strike.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "boeing-strike")
OUT = os.path.join(HERE, "boeing-strike.gold.jsonl")
T = "boeing-strike"

W, P, A, E, B, L, F = ("BO01_wire.txt", "BO02_press.txt", "BO03_abstract.txt",
                       "BO04_explainer.txt", "BO05_blog.txt", "BO06_local.txt", "BO07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000; MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- BO01 wire (2024-11-05)
 ("w-h38", W, "contract with 38% raise", "38%", "percent", 38, 38, "%", N, "headline repeat"),
 ("w-h53", W, "ending 53-day strike", "53-day", "duration", 53, 53, "days", N, "headline repeat"),
 ("w-dl", W, "SEATTLE, Nov 5", "Nov 5", "date", 2024, 2024, "year", N, "dateline"),
 ("w-mon", W, "voted on Monday night", "Monday", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("w-4yr", W, "accept a four-year contract", "four-year", "duration", 4, 4, "years", Y, "contract length"),
 ("w-38", W, "raises wages 38% and", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("w-12k", W, "pays a $12,000 ratification", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("w-53", W, "ending a 53-day walkout", "53-day", "duration", 53, 53, "days", Y, "strike length"),
 ("w-59", W, "said 59% of members", "59%", "percent", 59, 59, "%", Y, "final ratification approval share"),
 ("w-33k", W, "About 33,000 workers", "33,000", "count", 33000, 33000, "workers", Y, "bargaining unit size"),
 ("w-wed", W, "as early as Wednesday", "Wednesday", "date", 2024, 2024, "year", N, "earliest return date"),
 ("w-nov12", W, "on the job by Nov. 12", "Nov. 12", "date", 2024, 2024, "year", Y, "return-to-work deadline"),
 ("w-twice", W, "had voted no twice before", "twice", "count", 2, 2, "votes", N, "interviewee aside"),
 ("w-2014", W, "in a 2014 contract extension", "2014", "date", 2014, 2014, "year", Y, "contract extension that ended the pension"),
 ("w-40", W, "a 40% raise over three years", "40%", "percent", 40, 40, "%", Y, "union opening wage demand"),
 ("w-3yr", W, "raise over three years had", "three years", "duration", 3, 3, "years", Y, "union demand period"),
 ("w-44", W, "compound to nearly 44%", "44%", "percent", 44, 44, "%", Y, "compounded raise"),
 ("w-75k", W, "now $75,608", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("w-119k", W, "will reach $119,309", "$119,309", "money", 119309, 119309, "USD", Y, "average pay at end of final contract"),
 ("w-thu", W, "reached on Thursday", "Thursday", "date", 2024, 2024, "year", Y, "final tentative agreement date"),
 ("w-aug", W, "chief executive in August", "August", "date", 2024, 2024, "year", Y, "ortberg start as ceo"),
 ("w-25", W, "offered a 25% raise", "25%", "percent", 25, 25, "%", Y, "first tentative agreement wage increase"),
 ("w-3k", W, "a $3,000 lump sum", "$3,000", "money", 3000, 3000, "USD", Y, "first tentative agreement bonus"),
 ("w-946", W, "by 94.6% on Sept. 12", "94.6%", "percent", 94.6, 94.6, "%", Y, "first offer rejection share"),
 ("w-sep12", W, "94.6% on Sept. 12", "Sept. 12", "date", 2024, 2024, "year", Y, "first ratification vote date"),
 ("w-96", W, "voted 96% to strike", "96%", "percent", 96, 96, "%", Y, "strike authorization share"),
 ("w-1201", W, "walking out at 12:01 a.m.", "12:01 a.m.", "time", None, None, "time", N, "time of day"),
 ("w-30", W, "put a 30% \"best", "30%", "percent", 30, 30, "%", Y, "sept 23 best-and-final wage increase"),
 ("w-sep", W, "to a vote in September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-lastmo", W, "and last month members", "last month", "date", 2024, 2024, "year", Y, "second ratification vote date"),
 ("w-35", W, "turned down a 35% package", "35%", "percent", 35, 35, "%", Y, "october offer wage increase"),
 ("w-64", W, "package by 64%", "64%", "percent", 64, 64, "%", Y, "october offer rejection share"),
 ("w-1wk", W, "to take one week off unpaid", "one week", "duration", 1, 1, "weeks", Y, "furlough length"),
 ("w-3wk", W, "unpaid in every three", "three", "duration", 3, 3, "weeks", Y, "furlough cycle"),
 ("w-oct11", W, "On Oct. 11 it said", "Oct. 11", "date", 2024, 2024, "year", Y, "layoff announcement date"),
 ("w-17k", W, "cut about 17,000 jobs", "17,000", "count", 17000, 17000, "jobs", Y, "announced job cuts"),
 ("w-10", W, "or 10% of its global", "10%", "percent", 10, 10, "%", Y, "job cuts share of workforce"),
 ("w-2026", W, "the 777X to 2026", "2026", "date", 2026, 2026, "year", Y, "777x first delivery year"),
 ("w-617", W, "lost $6.17 billion in the third", "$6.17 billion", "money", 6.17*BN, 6.17*BN, "USD", Y, "q3 2024 net loss"),
 ("w-178", W, "on revenue of $17.8 billion", "$17.8 billion", "money", 17.8*BN, 17.8*BN, "USD", Y, "q3 2024 revenue"),
 ("w-5bn", W, "about $5 billion in pre-tax", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "q3 pre-tax charges"),
 ("w-24bn", W, "raised roughly $24 billion", "$24 billion", "money", 24*BN, 24*BN, "USD", Y, "equity raise"),
 ("w-lastwk", W, "convertible-stock sale last week", "last week", "date", 2024, 2024, "year", N, "equity raise date"),
 ("w-jan", W, "allowed since January", "January", "date", 2024, 2024, "year", N, "faa production cap start"),
 ("w-50m", W, "about $50 million a day", "$50 million", "money", 50*MN, 50*MN, "USD", Y, "bofa daily cost estimate"),
 ("w-couple", W, "could take \"a couple of weeks\"", "a couple of weeks", "duration", 2, 2, "weeks", N, "restart time (vague)"),
 ("w-2008", W, "first walkout since 2008", "2008", "date", 2008, 2008, "year", Y, "previous strike year"),
 ("w-57", W, "stayed out for 57 days", "57 days", "duration", 57, 57, "days", Y, "2008 strike length"),
 ("w-1948", W, "at Boeing, in 1948", "1948", "date", 1948, 1948, "year", Y, "longest strike year"),
 ("w-140", W, "lasted 140 days", "140 days", "duration", 140, 140, "days", Y, "1948 strike length"),
 ("w-7wk", W, "the past seven weeks", "seven weeks", "duration", 7, 7, "weeks", N, "approximate strike length"),
 ("w-250", W, "was $250 a week", "$250", "money", 250, 250, "USD", Y, "weekly strike pay"),
 ("w-sep30", W, "coverage on Sept. 30", "Sept. 30", "date", 2024, 2024, "year", Y, "health coverage end date"),

 # ---- BO02 press (2024-11-07)
 ("p-h4yr", P, "Ratify Four-Year Contract", "Four-Year", "duration", 4, 4, "years", N, "headline repeat"),
 ("p-s340", P, "all 340 furloughed production staff", "340", "count", 340, 340, "employees", N, "subtitle repeat"),
 ("p-snov18", P, "by Nov. 18", "Nov. 18", "date", 2024, 2024, "year", N, "recall completion date"),
 ("p-s2025", P, "reaffirms 2025 outlook", "2025", "date", 2025, 2025, "year", N, "guidance year"),
 ("p-dl", P, "Nov. 7, 2024 /PRNewswire/", "Nov. 7, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-340", P, "recall all 340 production employees", "340", "count", 340, 340, "employees", Y, "kestrel furloughed employees"),
 ("p-nov4", P, "following the Nov. 4 ratification", "Nov. 4", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("p-4yr", P, "a new four-year agreement", "four-year", "duration", 4, 4, "years", Y, "contract length"),
 ("p-53", P, "after a 53-day work stoppage", "53-day", "duration", 53, 53, "days", Y, "strike length"),
 ("p-sep13", P, "that began Sept. 13", "Sept. 13", "date", 2024, 2024, "year", Y, "strike start date"),
 ("p-38", P, "provides a 38% general wage", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("p-4yr2", P, "wage increase over four years and", "four years", "duration", 4, 4, "years", Y, "contract length"),
 ("p-12k", P, "and a $12,000 ratification bonus", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("p-33k", P, "approximately 33,000 Boeing", "33,000", "count", 33000, 33000, "workers", Y, "bargaining unit size"),
 ("p-sept", P, "follows a September tentative", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-25", P, "included a 25% wage increase", "25%", "percent", 25, 25, "%", Y, "first tentative agreement wage increase"),
 ("p-6k", P, "a $6,000 signing bonus", "$6,000", "money", 6000, 6000, "USD", Y, "first tentative agreement bonus"),
 ("p-67", P, "members rejected by 67%", "67%", "percent", 67, 67, "%", Y, "october offer rejection share"),
 ("p-oct23", P, "by 67% on Oct. 23", "Oct. 23", "date", 2024, 2024, "year", Y, "second ratification vote date"),
 ("p-oct", P, "have waited since October", "October", "date", 2024, 2024, "year", N, "quote"),
 ("p-2wk", P, "back within two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "kestrel recall window"),
 ("p-oct21", P, "staff on Oct. 21", "Oct. 21", "date", 2024, 2024, "year", Y, "kestrel furlough start"),
 ("p-2027a", P, "777X in 2027", "2027", "date", 2027, 2027, "year", Y, "777x first delivery year"),
 ("p-2027b", P, "767 freighter in 2027", "2027", "date", 2027, 2027, "year", Y, "767 freighter production end"),
 ("p-2025g", P, "affect its 2025 revenue", "2025", "date", 2025, 2025, "year", N, "guidance year"),
 ("p-oct-sp", P, "estimated in October", "October", "date", 2024, 2024, "year", N, "estimate date"),
 ("p-1bn", P, "more than $1 billion a month", "$1 billion", "money", 1*BN, 1*BN, "USD", Y, "s&p monthly cost estimate"),
 ("p-700", P, "about 700 employees", "700", "count", 700, 700, "employees", Y, "spirit aerosystems furloughed"),
 ("p-21d", P, "on a 21-day furlough", "21-day", "duration", 21, 21, "days", Y, "spirit furlough length"),
 ("p-oct28", P, "beginning Oct. 28", "Oct. 28", "date", 2024, 2024, "year", Y, "spirit furlough start"),
 ("p-62", P, "net loss of $6.2 billion", "$6.2 billion", "money", 6.2*BN, 6.2*BN, "USD", Y, "q3 2024 net loss"),
 ("p-178", P, "on revenue of $17.8 billion", "$17.8 billion", "money", 17.8*BN, 17.8*BN, "USD", Y, "q3 2024 revenue"),
 ("p-211", P, "a $21.1 billion equity", "$21.1 billion", "money", 21.1*BN, 21.1*BN, "USD", Y, "equity raise"),
 ("p-1987", P, "Founded in 1987", "1987", "date", 1987, 1987, "year", N, "about section"),
 ("p-1150", P, "employs about 1,150 people", "1,150", "count", 1150, 1150, "employees", N, "about section"),
 ("p-2025fls", P, "and our 2025 revenue guidance", "2025", "date", 2025, 2025, "year", N, "forward-looking statements"),

 # ---- BO03 abstract (2025-02-18)
 ("a-pub", A, "Published online 18 February 2025", "18 February 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t4", A, "Four offers, three ballots", "Four", "count", 4, 4, "offers", N, "title"),
 ("a-t3", A, "offers, three ballots", "three", "count", 3, 3, "ballots", N, "title"),
 ("a-t2024", A, "in the 2024 Boeing–IAM", "2024", "date", 2024, 2024, "year", N, "title"),
 ("a-sep13", A, "On 13 September 2024", "13 September 2024", "date", 2024, 2024, "year", Y, "strike start date"),
 ("a-2008", A, "negotiation since 2008", "2008", "date", 2008, 2008, "year", Y, "last full contract negotiation"),
 ("a-2015", A, "frozen in 2015", "2015", "date", 2015, 2015, "year", Y, "pension freeze year"),
 ("a-2014", A, "under a 2014 contract", "2014", "date", 2014, 2014, "year", Y, "contract extension that ended the pension"),
 ("a-decade", A, "over the previous decade", "decade", "duration", 10, 10, "years", N, "background"),
 ("a-N", A, "N = 33,000", "33,000", "count", 33000, 33000, "workers", Y, "bargaining unit size"),
 ("a-n", A, "n=1,244", "1,244", "count", 1244, 1244, "workers", Y, "oregon (w24) members"),
 ("a-4off", A, "We coded the four formal offers", "four", "count", 4, 4, "offers", Y, "number of formal offers"),
 ("a-per", A, "between September and October 2024", "2024", "date", 2024, 2024, "year", N, "offer period"),
 ("a-3bal", A, "each of the three membership", "three", "count", 3, 3, "ballots", Y, "number of ballots"),
 ("a-q3y", A, "third-quarter 2024 results [3]", "2024", "date", 2024, 2024, "year", N, "source"),
 ("a-25", A, "rose from 25% to", "25%", "percent", 25, 25, "%", Y, "first tentative agreement wage increase"),
 ("a-30", A, "25% to 30%,", "30%", "percent", 30, 30, "%", Y, "sept 23 best-and-final wage increase"),
 ("a-35", A, "30%, 35% and finally", "35%", "percent", 35, 35, "%", Y, "october offer wage increase"),
 ("a-38", A, "and finally 38% over", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("a-4yr", A, "38% over four years;", "four years", "duration", 4, 4, "years", Y, "contract length"),
 ("a-13", A, "schedule of 13%,", "13%", "percent", 13, 13, "%", Y, "year-one raise"),
 ("a-9a", A, "of 13%, 9%,", "9%", "percent", 9, 9, "%", Y, "year-two raise"),
 ("a-9b", A, "9% and 7%, the final", "9%", "percent", 9, 9, "%", Y, "year-three raise"),
 ("a-7", A, "and 7%, the final", "7%", "percent", 7, 7, "%", Y, "year-four raise"),
 ("a-4365", A, "increase is 43.65%", "43.65%", "percent", 43.65, 43.65, "%", Y, "compounded raise"),
 ("a-4x", A, "rose fourfold", "fourfold", "ratio", 4, 4, "x", Y, "bonus growth first to final offer"),
 ("a-3k", A, "from $3,000 to", "$3,000", "money", 3000, 3000, "USD", Y, "first tentative agreement bonus"),
 ("a-12k", A, "to $12,000. Boeing", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("a-106k", A, "from $106,350 under", "$106,350", "money", 106350, 106350, "USD", Y, "average pay at end under first offer"),
 ("a-119k", A, "to $119,309 under the last", "$119,309", "money", 119309, 119309, "USD", Y, "average pay at end of final contract"),
 ("a-75k", A, "against $75,608 at", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("a-578", A, "an increase of 57.8%", "57.8%", "percent", 57.8, 57.8, "%", Y, "average pay increase over contract"),
 ("a-54", A, "rose from 5.4%", "5.4%", "percent", 5.4, 5.4, "%", Y, "first offer acceptance share"),
 ("a-946", A, "(94.6% rejection", "94.6%", "percent", 94.6, 94.6, "%", Y, "first offer rejection share"),
 ("a-12sep", A, "rejection, 12 September)", "12 September", "date", 2024, 2024, "year", N, "vote date"),
 ("a-36", A, "to 36% (64%", "36%", "percent", 36, 36, "%", Y, "october offer acceptance share"),
 ("a-64", A, "(64% rejection", "64%", "percent", 64, 64, "%", Y, "october offer rejection share"),
 ("a-23oct", A, "rejection, 23 October)", "23 October", "date", 2024, 2024, "year", N, "vote date"),
 ("a-59", A, "and 59% (acceptance", "59%", "percent", 59, 59, "%", Y, "final ratification approval share"),
 ("a-4nov", A, "acceptance, 4 November)", "4 November", "date", 2024, 2024, "year", N, "vote date"),
 ("a-96", A, "96% had voted to strike", "96%", "percent", 96, 96, "%", Y, "strike authorization share"),
 ("a-sep", A, "to strike in September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-057", A, "were $0.57 billion at day 7", "$0.57 billion", "money", 0.57*BN, 0.57*BN, "USD", Y, "aeg cumulative loss day 7"),
 ("a-day7", A, "$0.57 billion at day 7", "day 7", "duration", 7, 7, "days", N, "timepoint"),
 ("a-125", A, "$1.25 billion at day 15", "$1.25 billion", "money", 1.25*BN, 1.25*BN, "USD", Y, "aeg cumulative loss day 15"),
 ("a-day15", A, "billion at day 15", "day 15", "duration", 15, 15, "days", N, "timepoint"),
 ("a-499", A, "$4.99 billion at day 29", "$4.99 billion", "money", 4.99*BN, 4.99*BN, "USD", Y, "aeg cumulative loss day 29"),
 ("a-day29", A, "billion at day 29", "day 29", "duration", 29, 29, "days", N, "timepoint"),
 ("a-764", A, "$7.64 billion at day 36", "$7.64 billion", "money", 7.64*BN, 7.64*BN, "USD", Y, "aeg cumulative loss day 36 (five weeks)"),
 ("a-day36", A, "billion at day 36", "day 36", "duration", 36, 36, "days", N, "timepoint"),
 ("a-slope", A, "grew by $0.247 billion a day", "$0.247 billion", "money", 0.247*BN, 0.247*BN, "USD", Y, "daily loss growth (slope)"),
 ("a-slopeci", A, "(95% CI 0.096–0.398", "0.096–0.398", "money", 0.096*BN, 0.398*BN, "USD", Y, "ci"),
 ("a-p", A, "P=0.020", "0.020", "pvalue", 0.02, 0.02, "p", N, "p-value"),
 ("a-r2", A, "R² = 0.96", "0.96", "ratio", 0.96, 0.96, "r2", N, "fit statistic"),
 ("a-53rd", A, "the strike's 53rd and final day", "53rd", "duration", 53, 53, "days", Y, "strike length"),
 ("a-113", A, "gives $11.3 billion", "$11.3 billion", "money", 11.3*BN, 11.3*BN, "USD", Y, "extrapolated total loss (model)"),
 ("a-1bn", A, "product at $1 billion", "$1 billion", "money", 1*BN, 1*BN, "USD", Y, "implan gdp loss at two weeks"),
 ("a-2wk", A, "$1 billion after two weeks", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("a-700m", A, "$700 million of it in Washington", "$700 million", "money", 700*MN, 700*MN, "USD", Y, "implan washington gdp loss"),
 ("a-181", A, "revenue of $18.1 billion", "$18.1 billion", "money", 18.1*BN, 18.1*BN, "USD", Y, "q3 2024 revenue"),
 ("a-617", A, "net loss of $6.17 billion", "$6.17 billion", "money", 6.17*BN, 6.17*BN, "USD", Y, "q3 2024 net loss"),
 ("a-ocf", A, "operating cash flow of −$1.3 billion", "−$1.3 billion", "money", -1.3*BN, -1.3*BN, "USD", Y, "q3 operating cash flow"),
 ("a-fcf", A, "free cash flow of −$2.0 billion", "−$2.0 billion", "money", -2.0*BN, -2.0*BN, "USD", Y, "q3 free cash flow"),
 ("a-5bn", A, "about $5 billion in pre-tax", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "q3 pre-tax charges"),
 ("a-17k", A, "announced 17,000 job cuts", "17,000", "count", 17000, 17000, "jobs", Y, "announced job cuts"),
 ("a-10", A, "(10% of its workforce)", "10%", "percent", 10, 10, "%", Y, "job cuts share of workforce"),
 ("a-2026", A, "the 777X to 2026", "2026", "date", 2026, 2026, "year", Y, "777x first delivery year"),
 ("a-243", A, "raised $24.3 billion", "$24.3 billion", "money", 24.3*BN, 24.3*BN, "USD", Y, "equity raise"),
 ("a-69", A, "lasted 69 days (1995)", "69 days", "duration", 69, 69, "days", Y, "1995 strike length"),
 ("a-1995", A, "69 days (1995)", "1995", "date", 1995, 1995, "year", Y, "strike year"),
 ("a-28", A, "28 days (2005)", "28 days", "duration", 28, 28, "days", Y, "2005 strike length"),
 ("a-2005", A, "28 days (2005)", "2005", "date", 2005, 2005, "year", Y, "strike year"),
 ("a-57", A, "and 57 days (2008)", "57 days", "duration", 57, 57, "days", Y, "2008 strike length"),
 ("a-2008b", A, "57 days (2008)", "2008", "date", 2008, 2008, "year", Y, "previous strike year"),

 # ---- BO04 explainer (2024-11-06)
 ("e-upd", E, "Updated November 6, 2024", "November 6, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-mon", E, "On Monday, 59%", "Monday", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("e-59", E, "On Monday, 59%", "59%", "percent", 59, 59, "%", Y, "final ratification approval share"),
 ("e-4yr", E, "accepted a four-year contract", "four-year", "duration", 4, 4, "years", Y, "contract length"),
 ("e-38", E, "A 38% general wage", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("e-13", E, "13% immediately", "13%", "percent", 13, 13, "%", Y, "year-one raise"),
 ("e-9", E, "9% in each of the second", "9%", "percent", 9, 9, "%", Y, "year-two and year-three raise"),
 ("e-7", E, "and 7% in the fourth", "7%", "percent", 7, 7, "%", Y, "year-four raise"),
 ("e-12k", E, "A $12,000 ratification bonus", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("e-7k", E, "take $7,000 in cash", "$7,000", "money", 7000, 7000, "USD", Y, "cash part of bonus option"),
 ("e-5k", E, "plus a $5,000 contribution", "$5,000", "money", 5000, 5000, "USD", Y, "401k part of bonus option"),
 ("e-ampp", E, "with a 4% annual payout", "4%", "percent", 4, 4, "%", Y, "ampp annual payout"),
 ("e-100", E, "match of 100% on", "100%", "percent", 100, 100, "%", Y, "401k match rate"),
 ("e-8", E, "on the first 8% of pay", "8%", "percent", 8, 8, "%", Y, "401k matched share of pay"),
 ("e-4auto", E, "an automatic 4% company", "4%", "percent", 4, 4, "%", Y, "401k automatic contribution"),
 ("e-95", E, "from $95 to $100", "$95", "money", 95, 95, "USD", Y, "old pension multiplier per month per year"),
 ("e-100d", E, "$95 to $100 a month", "$100", "money", 100, 100, "USD", Y, "new pension multiplier per month per year"),
 ("e-75k", E, "earns $75,608 a year", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("e-111k", E, "will make $111,155", "$111,155", "money", 111155, 111155, "USD", Y, "average pay at end of final contract"),
 ("e-2014", E, "in a 2014 contract extension", "2014", "date", 2014, 2014, "year", Y, "contract extension that ended the pension"),
 ("e-51", E, "approved by 51% to 49%", "51%", "percent", 51, 51, "%", Y, "2014 extension yes share"),
 ("e-49", E, "51% to 49%", "49%", "percent", 49, 49, "%", Y, "2014 extension no share"),
 ("e-2016", E, "frozen in 2016", "2016", "date", 2016, 2016, "year", Y, "pension freeze year"),
 ("e-40", E, "with a 40% raise", "40%", "percent", 40, 40, "%", Y, "union opening wage demand"),
 ("e-3yr", E, "40% raise over three years", "three years", "duration", 3, 3, "years", Y, "union demand period"),
 ("e-sep8", E, "reached on September 8", "September 8", "date", 2024, 2024, "year", Y, "first tentative agreement date"),
 ("e-25", E, "offered a 25% raise", "25%", "percent", 25, 25, "%", Y, "first tentative agreement wage increase"),
 ("e-3k", E, "and a $3,000 bonus", "$3,000", "money", 3000, 3000, "USD", Y, "first tentative agreement bonus"),
 ("e-96", E, "but 96% of members voted it down", "96%", "percent", 96, 96, "%", Y, "first offer rejection share"),
 ("e-sep13", E, "on September 13", "September 13", "date", 2024, 2024, "year", Y, "strike start date"),
 ("e-sep23", E, "Boeing's September 23", "September 23", "date", 2024, 2024, "year", Y, "best-and-final offer date"),
 ("e-30", E, "offer of 30%", "30%", "percent", 30, 30, "%", Y, "sept 23 best-and-final wage increase"),
 ("e-6k", E, "and a $6,000 bonus", "$6,000", "money", 6000, 6000, "USD", Y, "sept 23 offer bonus"),
 ("e-35", E, "A 35% offer", "35%", "percent", 35, 35, "%", Y, "october offer wage increase"),
 ("e-7kb", E, "with a $7,000 bonus", "$7,000", "money", 7000, 7000, "USD", Y, "october offer bonus"),
 ("e-64", E, "rejected by 64% on", "64%", "percent", 64, 64, "%", Y, "october offer rejection share"),
 ("e-oct23", E, "64% on October 23", "October 23", "date", 2024, 2024, "year", Y, "second ratification vote date"),
 ("e-53", E, "The strike lasted 53 days", "53 days", "duration", 53, 53, "days", Y, "strike length"),
 ("e-2008", E, "strike, in 2008, lasted", "2008", "date", 2008, 2008, "year", Y, "previous strike year"),
 ("e-57", E, "lasted 57 days", "57 days", "duration", 57, 57, "days", Y, "2008 strike length"),
 ("e-1948", E, "in 1948, ran", "1948", "date", 1948, 1948, "year", Y, "longest strike year"),
 ("e-140", E, "ran 140 days", "140 days", "duration", 140, 140, "days", Y, "1948 strike length"),
 ("e-nov6", E, "shift on November 6", "November 6", "date", 2024, 2024, "year", Y, "earliest return date"),
 ("e-nov12", E, "back by November 12", "November 12", "date", 2024, 2024, "year", Y, "return-to-work deadline"),
 ("e-couple", E, "may take \"a couple of weeks\"", "a couple of weeks", "duration", 2, 2, "weeks", N, "restart time (vague)"),
 ("e-33k", E, "About 33,000: roughly", "33,000", "count", 33000, 33000, "workers", Y, "bargaining unit size"),
 ("e-32k", E, "roughly 32,000 in District 751", "32,000", "count", 32000, 32000, "workers", Y, "district 751 members"),
 ("e-1200", E, "about 1,200 in District W24", "1,200", "count", 1200, 1200, "workers", Y, "oregon (w24) members"),
 ("e-250", E, "paid $250 a week", "$250", "money", 250, 250, "USD", Y, "weekly strike pay"),
 ("e-sep30", E, "strikers on September 30", "September 30", "date", 2024, 2024, "year", Y, "health coverage end date"),
 ("e-1wk", E, "furloughs of one week out of", "one week", "duration", 1, 1, "weeks", Y, "furlough length"),
 ("e-4wk", E, "out of every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "furlough cycle"),
 ("e-oct11", E, "announcing on October 11", "October 11", "date", 2024, 2024, "year", Y, "layoff announcement date"),
 ("e-17k", E, "cut about 17,000 jobs", "17,000", "count", 17000, 17000, "jobs", Y, "announced job cuts"),
 ("e-10", E, "or 10% of its workforce", "10%", "percent", 10, 10, "%", Y, "job cuts share of workforce"),
 ("e-jul", E, "In July, members", "July", "date", 2024, 2024, "year", Y, "strike sanction vote date"),
 ("e-999", E, "voted 99.9% to sanction", "99.9%", "percent", 99.9, 99.9, "%", Y, "strike sanction vote share"),
 ("e-2third", E, "a two-thirds majority", "two-thirds", "percent", 66.67, 66.67, "%", Y, "strike vote threshold"),

 # ---- BO05 blog (2025-01-14)
 ("b-h53", B, "What 53 days on the line", "53 days", "duration", 53, 53, "days", N, "headline repeat"),
 ("b-pub", B, "January 14, 2025", "January 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-capoct", B, "Renton plant in October", "October", "date", 2024, 2024, "year", N, "caption"),
 ("b-nov4", B, "contract on November 4", "November 4", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("b-64", B, "with 64% voting yes", "64%", "percent", 64, 64, "%", Y, "final ratification approval share"),
 ("b-38", B, "On paper it's a 38%", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("b-3yr", B, "increase over three years", "three years", "duration", 3, 3, "years", Y, "contract length"),
 ("b-13", B, "front-loaded with 13% in year one", "13%", "percent", 13, 13, "%", Y, "year-one raise"),
 ("b-44", B, "compounds to nearly 44%", "44%", "percent", 44, 44, "%", Y, "compounded raise"),
 ("b-75k", B, "goes from $75,608 to", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("b-119k", B, "to $119,309 by the end", "$119,309", "money", 119309, 119309, "USD", Y, "average pay at end of final contract"),
 ("b-12k", B, "There's also a $12,000", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("b-aug", B, "in August this year", "August this year", "date", 2025, 2025, "year", Y, "ortberg start as ceo"),
 ("b-75kb", B, "old average of $75,608", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("b-11k", B, "roughly $11,000 in gross pay", "$11,000", "money", 11000, 11000, "USD", Y, "lost gross pay per average worker"),
 ("b-53", B, "gross pay over 53 days", "53 days", "duration", 53, 53, "days", Y, "strike length"),
 ("b-250", B, "Strike pay was $250", "$250", "money", 250, 250, "USD", Y, "weekly strike pay"),
 ("b-sep30", B, "ended on September 30", "September 30", "date", 2024, 2024, "year", Y, "health coverage end date"),
 ("b-month", B, "for a month or more", "a month", "duration", 1, 1, "months", N, "aside"),
 ("b-12kb", B, "So the $12,000 bonus", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("b-13b", B, "13% in the first year alone", "13%", "percent", 13, 13, "%", Y, "year-one raise"),
 ("b-decade", B, "the entire previous decade", "decade", "duration", 10, 10, "years", N, "aside"),
 ("b-572", B, "damage at $572 million", "$572 million", "money", 572*MN, 572*MN, "USD", Y, "aeg cumulative loss day 7"),
 ("b-125", B, "and $1.25 billion after", "$1.25 billion", "money", 1.25*BN, 1.25*BN, "USD", Y, "aeg cumulative loss day 15"),
 ("b-2wk", B, "after about two weeks", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("b-5wk", B, "By five weeks in", "five weeks", "duration", 5, 5, "weeks", N, "timepoint"),
 ("b-674", B, "had reached $6.74 billion", "$6.74 billion", "money", 6.74*BN, 6.74*BN, "USD", Y, "aeg cumulative loss day 36 (five weeks)"),
 ("b-10bn", B, "cost Boeing nearly $10 billion", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "cost to boeing (bbc, end)"),
 ("b-617", B, "lost $6.17 billion in the third", "$6.17 billion", "money", 6.17*BN, 6.17*BN, "USD", Y, "q3 2024 net loss"),
 ("b-243", B, "raised about $24.3 billion", "$24.3 billion", "money", 24.3*BN, 24.3*BN, "USD", Y, "equity raise"),
 ("b-1wk", B, "rolling furloughs of one week", "one week", "duration", 1, 1, "weeks", Y, "furlough length"),
 ("b-4wk", B, "out of every four. Then", "four", "duration", 4, 4, "weeks", Y, "furlough cycle"),
 ("b-oct", B, "said in October it would", "October", "date", 2024, 2024, "year", Y, "layoff announcement date"),
 ("b-17k", B, "cut 17,000 jobs", "17,000", "count", 17000, 17000, "jobs", Y, "announced job cuts"),
 ("b-nov", B, "and in November it filed", "November", "date", 2024, 2024, "year", Y, "washington warn filing date"),
 ("b-2199", B, "notices covering 2,199 workers", "2,199", "count", 2199, 2199, "workers", Y, "washington warn layoffs (nov filing)"),
 ("b-jan20", B, "separation date of January 20", "January 20", "date", 2025, 2025, "year", Y, "warn separation date"),
 ("b-2026", B, "now pushed to 2026", "2026", "date", 2026, 2026, "year", Y, "777x first delivery year"),
 ("b-lastjan", B, "last January's door-plug", "last January", "date", 2024, 2024, "year", Y, "door plug blowout date"),
 ("b-2008", B, "the first since 2008", "2008", "date", 2008, 2008, "year", Y, "previous strike year"),
 ("b-of2024", B, "costliest US strike of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-8400", B, "Join 8,400 readers", "8,400", "count", 8400, 8400, "readers", N, "page furniture"),
 ("b-relport", B, "Port strike 2024", "2024", "date", 2024, 2024, "year", N, "related link"),
 ("b-rel3d", B, "three days that barely", "three days", "duration", 3, 3, "days", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- BO06 local (2024-11-07), hard-wrapped
 ("l-pub", L, "Thursday, November 7, 2024", "November 7, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-h57", L, "presses after 57-day", "57-day", "duration", 57, 57, "days", N, "headline repeat"),
 ("l-wed", L, "again on Wednesday morning", "Wednesday", "date", 2024, 2024, "year", Y, "return to work date"),
 ("l-58", L, "Lorraine Voss, 58", "58", "age", 58, 58, "years", N, "interviewee age"),
 ("l-23yr", L, "for 23 years", "23 years", "duration", 23, 23, "years", N, "interviewee tenure"),
 ("l-1244", L, "plant's 1,244 union members", "1,244", "count", 1244, 1244, "workers", Y, "oregon (w24) members"),
 ("l-32k", L, "some 32,000 members", "32,000", "count", 32000, 32000, "workers", Y, "district 751 members"),
 ("l-sep13", L, "on Sept. 13, in the", "Sept. 13", "date", 2024, 2024, "year", Y, "strike start date"),
 ("l-57", L, "in the 57-day strike", "57-day", "duration", 57, 57, "days", Y, "strike length"),
 ("l-mon", L, "latest offer on Monday", "Monday", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("l-59", L, "said 59% of voters", "59%", "percent", 59, 59, "%", Y, "final ratification approval share"),
 ("l-2dist", L, "voters in the two districts", "two", "count", 2, 2, "districts", N, "qualifier"),
 ("l-38", L, "raises wages 38% over", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("l-4yr", L, "38% over four years", "four years", "duration", 4, 4, "years", Y, "contract length"),
 ("l-7k", L, "includes a $7,000 ratification", "$7,000", "money", 7000, 7000, "USD", Y, "final ratification bonus"),
 ("l-2014", L, "gave up in 2014", "2014", "date", 2014, 2014, "year", Y, "contract extension that ended the pension"),
 ("l-52", L, "passed 52% to 48%", "52%", "percent", 52, 52, "%", Y, "2014 extension yes share"),
 ("l-48", L, "52% to 48%", "48%", "percent", 48, 48, "%", Y, "2014 extension no share"),
 ("l-150", L, "and $150 a week", "$150", "money", 150, 150, "USD", Y, "weekly strike pay"),
 ("l-jul", L, "Expo Center in July", "July", "date", 2024, 2024, "year", Y, "strike sanction vote date"),
 ("l-996", L, "by nearly 99.6%", "99.6%", "percent", 99.6, 99.6, "%", Y, "strike sanction vote share (w24)"),
 ("l-sep", L, "In September, 94.2%", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-942", L, "In September, 94.2%", "94.2%", "percent", 94.2, 94.2, "%", Y, "first offer rejection share"),
 ("l-96", L, "agreement and 96%", "96%", "percent", 96, 96, "%", Y, "strike authorization share"),
 ("l-oct", L, "In October, after", "October", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-64", L, "offer, 64% voted no", "64%", "percent", 64, 64, "%", Y, "october offer rejection share"),
 ("l-lastjan", L, "backyard last January", "last January", "date", 2024, 2024, "year", Y, "door plug blowout date"),
 ("l-year", L, "set off a year of scrutiny", "a year", "duration", 1, 1, "years", N, "aside"),
 ("l-55", L, "to Boeing at $5.5 billion", "$5.5 billion", "money", 5.5*BN, 5.5*BN, "USD", Y, "cost to boeing (estimate)"),
 ("l-1wk", L, "furloughs of one week in four", "one week", "duration", 1, 1, "weeks", Y, "furlough length"),
 ("l-4wk", L, "one week in four during", "four", "duration", 4, 4, "weeks", Y, "furlough cycle"),
 ("l-octlay", L, "and in October announced", "October", "date", 2024, 2024, "year", Y, "layoff announcement date"),
 ("l-10", L, "cut about 10% of its", "10%", "percent", 10, 10, "%", Y, "job cuts share of workforce"),
 ("l-nov12", L, "until Nov. 12 to", "Nov. 12", "date", 2024, 2024, "year", Y, "return-to-work deadline"),
 ("l-couple", L, "will take a couple of weeks", "a couple of weeks", "duration", 2, 2, "weeks", N, "restart time (vague)"),

 # ---- BO07 fact-check (2024-11-22)
 ("f-h40", F, "did not win a 40% raise", "40%", "percent", 40, 40, "%", N, "post claim (headline)"),
 ("f-pub", F, "November 22, 2024", "November 22, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-c40", F, "\"won a 40% raise", "40%", "percent", 40, 40, "%", N, "post claim"),
 ("f-9k", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-nov4", F, "ratified on November 4", "November 4", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("f-38", F, "provides a 38% general", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase"),
 ("f-4yr", F, "increase over four years, not", "four years", "duration", 4, 4, "years", Y, "contract length"),
 ("f-not40", F, "not 40%. Forty", "40%", "percent", 40, 40, "%", N, "post claim (repeat)"),
 ("f-40d", F, "Forty percent over three years", "Forty percent", "percent", 40, 40, "%", Y, "union opening wage demand"),
 ("f-3yr", F, "percent over three years", "three years", "duration", 3, 3, "years", Y, "union demand period"),
 ("f-mar", F, "opening demand in March", "March", "date", 2024, 2024, "year", Y, "union opening demand date"),
 ("f-436", F, "compound to about 43.6%", "43.6%", "percent", 43.6, 43.6, "%", Y, "compounded raise"),
 ("f-75k", F, "rise from $75,608", "$75,608", "money", 75608, 75608, "USD", Y, "current average annual pay"),
 ("f-119k", F, "to $119,309 by", "$119,309", "money", 119309, 119309, "USD", Y, "average pay at end of final contract"),
 ("f-12k", F, "receive a $12,000", "$12,000", "money", 12000, 12000, "USD", Y, "final ratification bonus"),
 ("f-2014", F, "in a 2014 contract extension", "2014", "date", 2014, 2014, "year", Y, "contract extension that ended the pension"),
 ("f-51", F, "passed 51% to 49%", "51%", "percent", 51, 51, "%", Y, "2014 extension yes share"),
 ("f-49", F, "51% to 49%", "49%", "percent", 49, 49, "%", Y, "2014 extension no share"),
 ("f-2016", F, "frozen in 2016", "2016", "date", 2016, 2016, "year", Y, "pension freeze year"),
 ("f-53", F, "The strike lasted 53 days", "53 days", "duration", 53, 53, "days", Y, "strike length"),
 ("f-sep13", F, "from September 13 to", "September 13", "date", 2024, 2024, "year", Y, "strike start date"),
 ("f-nov4b", F, "to November 4. That", "November 4", "date", 2024, 2024, "year", Y, "ratification vote date"),
 ("f-140", F, "Boeing for 140 days", "140 days", "duration", 140, 140, "days", Y, "1948 strike length"),
 ("f-1948", F, "140 days in 1948", "1948", "date", 1948, 1948, "year", Y, "longest strike year"),
 ("f-69", F, "for 69 days in 1995", "69 days", "duration", 69, 69, "days", Y, "1995 strike length"),
 ("f-1995", F, "69 days in 1995", "1995", "date", 1995, 1995, "year", Y, "strike year"),
 ("f-2008", F, "and the 2008 strike lasted", "2008", "date", 2008, 2008, "year", Y, "previous strike year"),
 ("f-57", F, "strike lasted 57 days", "57 days", "duration", 57, 57, "days", Y, "2008 strike length"),
 ("f-2005", F, "walkout in 2005", "2005", "date", 2005, 2005, "year", Y, "strike year"),
 ("f-24", F, "lasted 24 days", "24 days", "duration", 24, 24, "days", Y, "2005 strike length"),
 ("f-3bal", F, "voted on three of the four", "three", "count", 3, 3, "ballots", Y, "number of ballots"),
 ("f-4off", F, "three of the four formal", "four", "count", 4, 4, "offers", Y, "number of formal offers"),
 ("f-sept", F, "a September tentative", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-25", F, "with a 25% raise", "25%", "percent", 25, 25, "%", Y, "first tentative agreement wage increase"),
 ("f-3k", F, "and a $3,000 bonus", "$3,000", "money", 3000, 3000, "USD", Y, "first tentative agreement bonus"),
 ("f-946", F, "by 94.6% of voters", "94.6%", "percent", 94.6, 94.6, "%", Y, "first offer rejection share"),
 ("f-96", F, "and 96% voted to strike", "96%", "percent", 96, 96, "%", Y, "strike authorization share"),
 ("f-35", F, "rejected a 35% offer", "35%", "percent", 35, 35, "%", Y, "october offer wage increase"),
 ("f-64", F, "offer by 64% in October", "64%", "percent", 64, 64, "%", Y, "october offer rejection share"),
 ("f-oct", F, "by 64% in October", "October", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-59", F, "with 59% of the vote", "59%", "percent", 59, 59, "%", Y, "final ratification approval share"),
 ("f-5bn", F, "reported a $5 billion loss", "$5 billion", "money", 5*BN, 5*BN, "USD", Y, "q3 2024 net loss"),
 ("f-17k", F, "cut about 17,000 jobs", "17,000", "count", 17000, 17000, "jobs", Y, "announced job cuts"),
 ("f-2500", F, "more than 2,500 layoffs", "2,500", "count", 2500, 2500, "workers", Y, "washington warn layoffs (nov filing)"),
 ("f-r40", F, "post claims a 40% raise", "40%", "percent", 40, 40, "%", N, "post claim (ruling)"),
 ("f-r38", F, "the contract gives 38%", "38%", "percent", 38, 38, "%", Y, "final offer general wage increase (ruling)"),
 ("f-r4yr", F, "gives 38% over four years", "four years", "duration", 4, 4, "years", Y, "contract length (ruling)"),
 ("f-r53", F, "at 53 days", "53 days", "duration", 53, 53, "days", Y, "strike length (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 final ratification approval share: 64% (blog, the October rejection share) vs 59%
 ("b-64", "w-59", S), ("b-64", "a-59", S), ("b-64", "e-59", S), ("b-64", "l-59", S), ("b-64", "f-59", S),
 # S2 first-offer rejection share: 96% (explainer, the strike-authorization share) vs 94.6% / 94.2%
 ("e-96", "w-946", S), ("e-96", "a-946", S), ("e-96", "f-946", S), ("e-96", "l-942", S),
 # S3 October offer rejection share: 67% (press) vs 64%
 ("p-67", "w-64", S), ("p-67", "a-64", S), ("p-67", "e-64", S), ("p-67", "l-64", S), ("p-67", "f-64", S),
 # S4 strike length: 57 days (local, the 2008 strike's length) vs 53
 ("l-57", "w-53", S), ("l-57", "p-53", S), ("l-57", "a-53rd", S), ("l-57", "e-53", S), ("l-57", "b-53", S),
 ("l-57", "f-53", S), ("l-57", "f-r53", S),
 # S5 777X first delivery: 2027 (press, the 767F end year) vs 2026
 ("p-2027a", "w-2026", S), ("p-2027a", "a-2026", S), ("p-2027a", "b-2026", S),
 # S6 final ratification bonus: $7,000 (local, the cash part only / October offer) vs $12,000
 ("l-7k", "w-12k", S), ("l-7k", "p-12k", S), ("l-7k", "a-12k", S), ("l-7k", "e-12k", S), ("l-7k", "b-12k", S),
 ("l-7k", "b-12kb", S), ("l-7k", "f-12k", S),
 # S7 first tentative agreement bonus: $6,000 (press, the Sept 23 offer's) vs $3,000
 ("p-6k", "w-3k", S), ("p-6k", "a-3k", S), ("p-6k", "e-3k", S), ("p-6k", "f-3k", S),
 # S8 contract length: three years (blog, the union-demand period) vs four years
 ("b-3yr", "w-4yr", S), ("b-3yr", "p-4yr", S), ("b-3yr", "p-4yr2", S), ("b-3yr", "a-4yr", S), ("b-3yr", "e-4yr", S),
 ("b-3yr", "l-4yr", S), ("b-3yr", "f-4yr", S), ("b-3yr", "f-r4yr", S),
 # S9 average pay at end of final contract: $111,155 (explainer, the Sept 23 offer's) vs $119,309
 ("e-111k", "w-119k", S), ("e-111k", "a-119k", S), ("e-111k", "b-119k", S), ("e-111k", "f-119k", S),
 # S10 Q3 net loss: $5 billion (fact-check, the pre-tax charges) vs $6.17/6.2 billion
 ("f-5bn", "w-617", S), ("f-5bn", "a-617", S), ("f-5bn", "b-617", S), ("f-5bn", "p-62", S),
 # S11 furlough cycle: every three weeks (wire) vs every four
 ("w-3wk", "e-4wk", S), ("w-3wk", "b-4wk", S), ("w-3wk", "l-4wk", S),
 # S12 AEG five-week cumulative loss: $6.74bn (blog, transposed) vs $7.64bn
 ("b-674", "a-764", S),
 # S13 2014 extension tally: 52-48 (local) vs 51-49
 ("l-52", "e-51", S), ("l-52", "f-51", S), ("l-48", "e-49", S), ("l-48", "f-49", S),
 # S14 weekly strike pay: $150 (local, the 2008 amount) vs $250
 ("l-150", "w-250", S), ("l-150", "e-250", S), ("l-150", "b-250", S),
 # S15 Ortberg start: "August this year" in a January 2025 post (=2025) vs August 2024
 ("b-aug", "w-aug", S),
 # S16 Washington WARN layoffs in the November filing: "more than 2,500" (multi-state figure) vs 2,199
 ("f-2500", "b-2199", S),
 # S17 pension freeze year: 2015 (abstract) vs 2016
 ("a-2015", "e-2016", S), ("a-2015", "f-2016", S),
 # S18 Q3 revenue: $18.1bn (abstract, the 2023 column) vs $17.8bn
 ("a-181", "w-178", S), ("a-181", "p-178", S),
 # Qualified
 ("l-942", "w-946", Q), ("l-942", "a-946", Q), ("l-942", "f-946", Q),
 ("p-211", "a-243", Q), ("p-211", "w-24bn", Q), ("p-211", "b-243", Q),
 ("l-996", "e-999", Q),
 ("f-24", "a-28", Q),
 ("l-55", "b-10bn", Q),
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
        if isinstance(lo, float):
            lo = int(lo) if float(lo).is_integer() else round(lo, 6)
        if isinstance(hi, float):
            hi = int(hi) if float(hi).is_integer() else round(hi, 6)
        rows.append({"type": "claim", "id": f"bo-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
    req = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"bo-{a}", f"bo-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert req[a] and req[b], (a, b)
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
