#!/usr/bin/env python3
"""Build psilocybin-ballot.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "psilocybin-ballot")
OUT = os.path.join(HERE, "psilocybin-ballot.gold.jsonl")
T = "pb"

W, P, A, E, B, L, F = ("PB01_wire.txt", "PB02_press.txt", "PB03_abstract.txt",
                       "PB04_explainer.txt", "PB05_blog.txt", "PB06_local.txt", "PB07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- PB01 wire (2025-06-05, a Thursday)
 ("w-dl", W, "DENVER, June 5", "June 5", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "regulators on Wednesday cleared", "Wednesday", "date", 2025, 2025, "year", Y, "colorado cultivators cleared (2025-06-04)"),
 ("w-dec31", W, "facilitators on Dec. 31, and", "Dec. 31", "date", 2024, 2024, "year", Y, "colorado applications opened"),
 ("w-april", W, "license in April to The Center", "April", "date", 2025, 2025, "year", Y, "colorado first healing center license"),
 ("w-apr11", W, "As of April 11, state data", "April 11", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-4micro", W, "four micro healing centers also", "four", "count", 4, 4, "healing centers", Y, "colorado micro centers licensed by apr 11"),
 ("w-16", W, "and 16 more applications", "16", "count", 16, 16, "applications", Y, "colorado pending healing center applications apr 11"),
 ("w-8std", W, "eight for standard centers", "eight", "count", 8, 8, "applications", Y, "pending standard"),
 ("w-8mic", W, "and eight for micro centers", "eight", "count", 8, 8, "applications", Y, "pending micro"),
 ("w-124", W, "had licensed 124 facilitators", "124", "count", 124, 124, "facilitators", Y, "colorado facilitators licensed mid-april 2025"),
 ("w-midapr", W, "by mid-April, a spokesperson", "mid-April", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-tue", W, "said on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "attribution day"),
 ("w-lastmo", W, "testing license last month", "last month", "date", 2025, 2025, "year", Y, "colorado first testing lab licensed (may 2025)"),
 ("w-912", W, "it will take nine to 12 weeks", "nine to 12 weeks", "duration", 9, 12, "weeks", Y, "growing a usable harvest from scratch"),
 ("w-nov22", W, "Proposition 122 in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "prop 122 vote date"),
 ("w-536", W, "with 53.6% of the vote", "53.6%", "percent", 53.6, 53.6, "%", Y, "prop 122 yes share"),
 ("w-21", W, "adults 21 and older grow", "21", "age", 21, 21, "years", N, "definitional age"),
 ("w-68h", W, "typically lasts six to eight hours", "six to eight hours", "duration", 6, 8, "hours", Y, "administration session length"),
 ("w-cost", W, "typically pay $1,200 to $3,000", "$1,200 to $3,000", "money", 1200, 3000, "USD", Y, "oregon session cost range"),
 ("w-56", W, "with nearly 56% of the vote", "56%", "percent", 56, 56, "%", Y, "measure 109 yes share"),
 ("w-2020", W, "of the vote in 2020", "2020", "date", 2020, 2020, "year", Y, "measure 109 vote year"),
 ("w-jun23", W, "open in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "oregon first service center opened"),
 ("w-700", W, "An estimated 700 people", "700", "count", 700, 700, "people", Y, "oregon clients in program's first year"),
 ("w-80", W, "said roughly 80% of the prospective", "80%", "percent", 80, 80, "%", Y, "prospective colorado owners pausing (consultant)"),
 ("w-lastnov", W, "The national picture turned less friendly last November", "last November", "date", 2024, 2024, "year", Y, "massachusetts question 4 vote date"),
 ("w-57", W, "with about 57% voting no", "57%", "percent", 57, 57, "%", Y, "question 4 no share"),
 ("w-352", W, "at 3:52 a.m.", "3:52 a.m.", "date", 2024, 2024, "year", N, "time of ap call"),
 ("w-569", W, "when 56.9% of counted ballots", "56.9%", "percent", 56.9, 56.9, "%", Y, "question 4 no share at ap call"),
 ("w-88", W, "with 88% of the expected vote", "88%", "percent", 88, 88, "%", N, "share counted at call (timepoint)"),

 # ---- PB02 press release (2025-07-15)
 ("p-sub4", P, "adds four treatment rooms", "four", "count", 4, 4, "rooms", N, "subtitle repeat"),
 ("p-meta", P, "Jul 15, 2025", "Jul 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("p-dl", P, "July 15, 2025 /PRWire/", "July 15, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-may", P, "Natural Medicine Division in May", "May", "date", 2025, 2025, "year", Y, "company license date"),
 ("p-june", P, "began serving clients in June", "June", "date", 2025, 2025, "year", Y, "colorado first healing centers opened"),
 ("p-514", P, "approved by 51.4% of Colorado voters", "51.4%", "percent", 51.4, 51.4, "%", Y, "prop 122 yes share"),
 ("p-nov22", P, "voters in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "prop 122 vote date"),
 ("p-dec31", P, "applications on December 31, 2024", "December 31, 2024", "date", 2024, 2024, "year", Y, "colorado applications opened"),
 ("p-twice", P, "at least twice before", "twice", "count", 2, 2, "meetings", N, "quote"),
 ("p-4rooms", P, "Four private treatment rooms", "Four", "count", 4, 4, "rooms", Y, "company treatment rooms"),
 ("p-6part", P, "up to six participants", "six", "count", 6, 6, "participants", Y, "group room capacity"),
 ("p-11", P, "A team of 11 licensed", "11", "count", 11, 11, "facilitators", Y, "company facilitators"),
 ("p-3clin", P, "including three clinical", "three", "count", 3, 3, "facilitators", Y, "company clinical facilitators"),
 ("p-1850", P, "price of $1,850", "$1,850", "money", 1850, 1850, "USD", Y, "company package price"),
 ("p-68h", P, "a six-to-eight-hour administration", "six-to-eight-hour", "duration", 6, 8, "hours", Y, "administration session length"),
 ("p-2integ", P, "and two integration sessions", "two", "count", 2, 2, "sessions", Y, "integration sessions in package"),
 ("p-20", P, "offering 20 reduced-price", "20", "count", 20, 20, "packages", Y, "access fund packages per month"),
 ("p-900", P, "each month at $900", "$900", "money", 900, 900, "USD", Y, "reduced package price"),
 ("p-80", P, "below 80% of the area median", "80%", "percent", 80, 80, "%", Y, "income eligibility threshold"),
 ("p-68w", P, "takes six to eight weeks", "six to eight weeks", "duration", 6, 8, "weeks", Y, "growing a usable harvest from scratch"),
 ("p-2020", P, "Measure 109 in 2020", "2020", "date", 2020, 2020, "year", Y, "measure 109 vote year"),
 ("p-2yr", P, "after a two-year development period", "two-year", "duration", 2, 2, "years", Y, "measure 109 development period"),
 ("p-jan2", P, "opened applications on January 2, 2023", "January 2, 2023", "date", 2023, 2023, "year", Y, "oregon applications opened"),
 ("p-jan27", P, "As of Jan. 27, 2025, Oregon", "Jan. 27, 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-377", P, "had licensed 377 facilitators", "377", "count", 377, 377, "facilitators", Y, "oregon facilitators as of 2025-01-27"),
 ("p-30", P, "and 30 service centers, according", "30", "count", 30, 30, "service centers", Y, "oregon service centers as of 2025-01-27"),
 ("p-2026", P, "second location in 2026", "2026", "date", 2026, 2026, "year", N, "forward-looking plan"),
 ("p-2022", P, "corporation founded in 2022", "2022", "date", 2022, 2022, "year", N, "about section"),
 ("p-21", P, "for adults 21 and older and employs", "21", "age", 21, 21, "years", N, "about section"),
 ("p-17", P, "employs 17 people", "17", "count", 17, 17, "employees", N, "about section"),

 # ---- PB03 abstract (2025-10-01)
 ("a-pub", A, "Published online 1 October 2025", "1 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2020", A, "Oregon (2020), Colorado", "2020", "date", 2020, 2020, "year", N, "title"),
 ("a-t2022", A, "Colorado (2022) and", "2022", "date", 2022, 2022, "year", N, "title"),
 ("a-t2024", A, "Massachusetts (2024)", "2024", "date", 2024, 2024, "year", N, "title"),
 ("a-3states", A, "Three US states have voted", "Three", "count", 3, 3, "states", Y, "states with statewide psychedelic votes"),
 ("a-or-date", A, "Measure 109 (3 November 2020)", "3 November 2020", "date", 2020, 2020, "year", Y, "measure 109 vote date"),
 ("a-co-date", A, "Proposition 122 (8 November 2022)", "8 November 2022", "date", 2022, 2022, "year", Y, "prop 122 vote date"),
 ("a-ma-date", A, "Question 4 (5 November 2024)", "5 November 2024", "date", 2024, 2024, "year", Y, "question 4 vote date"),
 ("a-5mem", A, "have created a five-member regulatory", "five-member", "count", 5, 5, "members", Y, "question 4 commission size"),
 ("a-15", A, "a 15% excise tax", "15%", "percent", 15, 15, "%", Y, "question 4 excise tax rate"),
 ("a-apr26", A, "deadline of 1 April 2026", "1 April 2026", "date", 2026, 2026, "year", Y, "question 4 first-substance rules deadline"),
 ("a-3meas", A, "across the three measures", "three", "count", 3, 3, "measures", N, "aside"),
 ("a-q1", A, "Senate Bill 303, covering January–March 2025", "January–March 2025", "date", 2025, 2025, "year", N, "data period"),
 ("a-or-yes", A, "received 1,270,057 yes votes", "1,270,057", "count", 1270057, 1270057, "votes", Y, "measure 109 yes votes"),
 ("a-or-n", A, "N = 2,278,256", "2,278,256", "count", 2278256, 2278256, "votes", Y, "measure 109 total votes"),
 ("a-or-pct", A, "(55.75%)", "55.75%", "percent", 55.75, 55.75, "%", Y, "measure 109 yes share"),
 ("a-co-yes", A, "received 1,296,992 yes votes", "1,296,992", "count", 1296992, 1296992, "votes", Y, "prop 122 yes votes"),
 ("a-co-n", A, "N = 2,418,116", "2,418,116", "count", 2418116, 2418116, "votes", Y, "prop 122 total votes"),
 ("a-co-pct", A, "(53.64%)", "53.64%", "percent", 53.64, 53.64, "%", Y, "prop 122 yes share"),
 ("a-ma-yes", A, "received 1,444,812 yes", "1,444,812", "count", 1444812, 1444812, "votes", Y, "question 4 yes votes"),
 ("a-ma-no", A, "and 1,902,527 no votes", "1,902,527", "count", 1902527, 1902527, "votes", Y, "question 4 no votes"),
 ("a-ma-n", A, "N = 3,347,339", "3,347,339", "count", 3347339, 3347339, "votes", Y, "question 4 total votes"),
 ("a-ma-pct", A, "yes 43.16%", "43.16%", "percent", 43.16, 43.16, "%", Y, "question 4 yes share"),
 ("a-ma-nopct", A, "no 56.84%", "56.84%", "percent", 56.84, 56.84, "%", Y, "question 4 no share"),
 ("a-d1", A, "by 2.11 percentage points", "2.11 percentage points", "percent", 2.11, 2.11, "percentage points", Y, "yes share oregon minus colorado"),
 ("a-d1ci", A, "95% CI 2.02 to 2.20", "2.02 to 2.20", "percent", 2.02, 2.20, "percentage points", Y, "ci"),
 ("a-p1", A, "2.20; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d2", A, "was −10.47 percentage points", "−10.47 percentage points", "percent", -10.47, -10.47, "percentage points", Y, "yes share massachusetts minus colorado"),
 ("a-d2ci", A, "95% CI −10.56 to −10.39", "−10.56 to −10.39", "percent", -10.56, -10.39, "percentage points", Y, "ci"),
 ("a-p2", A, "−10.39; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-baker", A, "Baker 36.42%", "36.42%", "percent", 36.42, 36.42, "%", Y, "baker county measure 109 yes share"),
 ("a-benton", A, "Benton 63.39%", "63.39%", "percent", 63.39, 63.39, "%", Y, "benton county measure 109 yes share"),
 ("a-poll50", A, "had shown 50% support", "50%", "percent", 50, 50, "%", Y, "final emerson poll support for question 4"),
 ("a-d3", A, "by −6.84 percentage points", "−6.84 percentage points", "percent", -6.84, -6.84, "percentage points", Y, "result minus last poll"),
 ("a-751", A, "raised US$7.51 million", "US$7.51 million", "money", 7510000, 7510000, "USD", Y, "question 4 yes committee raised by oct 23 2024"),
 ("a-oct23", A, "by 23 October 2024", "23 October 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("a-100k", A, "just over US$100,000", "US$100,000", "money", 100000, 100000, "USD", Y, "question 4 opposition committee raised"),
 ("a-29", A, "n=29 licensed service centers", "29", "count", 29, 29, "service centers", Y, "oregon service centers as of 2025-01-27"),
 ("a-346", A, "and 346 licensed facilitators", "346", "count", 346, 346, "facilitators", Y, "oregon facilitators as of 2025-01-27"),
 ("a-jan27", A, "as of 27 January 2025", "27 January 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("a-q1b", A, "In January–March 2025, n=1,509", "January–March 2025", "date", 2025, 2025, "year", N, "data period"),
 ("a-1509", A, "n=1,509 clients", "1,509", "count", 1509, 1509, "clients", Y, "oregon clients q1 2025"),
 ("a-24", A, "approximately 24 reporting", "24", "count", 24, 24, "service centers", Y, "oregon centers reporting q1 2025"),
 ("a-24b", A, "(24 of 29 listed", "24", "count", 24, 24, "service centers", N, "repeat"),
 ("a-29b", A, "24 of 29 listed", "29", "count", 29, 29, "service centers", N, "repeat (denominator)"),
 ("a-828", A, "listed, 82.8%", "82.8%", "percent", 82.8, 82.8, "%", Y, "share of licensed centers reporting"),
 ("a-828ci", A, "95% CI 65.5 to 92.4", "65.5 to 92.4", "percent", 65.5, 92.4, "%", Y, "ci"),
 ("a-377", A, "and 377 licensed facilitators. Mean", "377", "count", 377, 377, "facilitators", Y, "oregon facilitators q1 2025"),
 ("a-age", A, "Mean client age was 44.5 years", "44.5 years", "age", 44.5, 44.5, "years", Y, "oregon mean client age q1 2025"),
 ("a-136k", A, "clients was US$136,000", "US$136,000", "money", 136000, 136000, "USD", Y, "oregon client average income q1 2025"),
 ("a-88k", A, "about US$88,000", "US$88,000", "money", 88000, 88000, "USD", Y, "oregon median household income"),
 ("a-10k", A, "an estimated 10,000 clients", "10,000", "count", 10000, 10000, "clients", Y, "oregon clients since start (mid-2025)"),
 ("a-jun23", A, "first sessions in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "oregon first sessions"),
 ("a-jun25", A, "opened in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "colorado first healing centers opened"),

 # ---- PB04 explainer (2025-08-20)
 ("e-upd", E, "Updated August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2states", E, "Two states now run", "Two", "count", 2, 2, "states", Y, "states with licensed programs"),
 ("e-or-date", E, "Measure 109 on November 3, 2020", "November 3, 2020", "date", 2020, 2020, "year", Y, "measure 109 vote date"),
 ("e-or-pct", E, "with 55.75% of the vote", "55.75%", "percent", 55.75, 55.75, "%", Y, "measure 109 yes share"),
 ("e-or-yes", E, "(1,270,057 yes votes)", "1,270,057", "count", 1270057, 1270057, "votes", Y, "measure 109 yes votes"),
 ("e-co-date", E, "Proposition 122 in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "prop 122 vote date"),
 ("e-co-pct", E, "with 53.64%", "53.64%", "percent", 53.64, 53.64, "%", Y, "prop 122 yes share"),
 ("e-21", E, "only to adults 21 and older", "21", "age", 21, 21, "years", N, "definitional age"),
 ("e-2yr", E, "a two-year development period", "two-year", "duration", 2, 2, "years", Y, "measure 109 development period"),
 ("e-jan2", E, "applications on Jan. 2, 2023", "Jan. 2, 2023", "date", 2023, 2023, "year", Y, "oregon applications opened"),
 ("e-may23", E, "service center in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "oregon first service center licensed"),
 ("e-jun23", E, "to clients in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "oregon first service center opened"),
 ("e-nov22", E, "In November 2022, voters", "November 2022", "date", 2022, 2022, "year", Y, "oregon local opt-out election"),
 ("e-26", E, "voters in 26 of Oregon's", "26", "count", 26, 26, "counties", Y, "counties voting on bans"),
 ("e-36", E, "of Oregon's 36 counties", "36", "count", 36, 36, "counties", Y, "oregon counties total"),
 ("e-57", E, "and in 57 cities", "57", "count", 57, 57, "cities", Y, "cities voting on bans"),
 ("e-1000ft", E, "within 1,000 feet of a school", "1,000 feet", "other", 1000, 1000, "feet", Y, "school buffer"),
 ("e-500", E, "pay a $500 application fee", "$500", "money", 500, 500, "USD", Y, "oregon business application fee"),
 ("e-10k", E, "then $10,000 a year", "$10,000", "money", 10000, 10000, "USD", Y, "oregon business annual license fee"),
 ("e-150", E, "Facilitators pay a $150", "$150", "money", 150, 150, "USD", Y, "oregon facilitator application fee"),
 ("e-2000", E, "and $2,000 a year", "$2,000", "money", 2000, 2000, "USD", Y, "oregon facilitator annual license fee"),
 ("e-cost", E, "typically costs $1,200 to $3,000", "$1,200 to $3,000", "money", 1200, 3000, "USD", Y, "oregon session cost range"),
 ("e-15h", E, "about 15 hours with each client", "15 hours", "duration", 15, 15, "hours", Y, "facilitator hours per client"),
 ("e-tax15", E, "a 15% tax applies", "15%", "percent", 15, 15, "%", Y, "oregon psilocybin tax rate"),
 ("e-keep2", E, "may keep 2% of the tax", "2%", "percent", 2, 2, "%", Y, "share of tax kept by centers"),
 ("e-3500", E, "About 3,500 people took part", "3,500", "count", 3500, 3500, "people", Y, "oregon clients in program's first year"),
 ("e-yr1", E, "between June 2023 and June 2024", "June 2023 and June 2024", "date", 2023, 2024, "year", N, "period"),
 ("e-dec31", E, "facilitators on December 31, 2024", "December 31, 2024", "date", 2024, 2024, "year", Y, "colorado applications opened"),
 ("e-jun25", E, "began sessions in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "colorado first healing centers opened"),
 ("e-ma-date", E, "rejected Question 4 in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "question 4 vote date"),
 ("e-21b", E, "let adults 21 and older possess", "21", "age", 21, 21, "years", N, "definitional age"),
 ("e-1g-psy", E, "up to one gram of psilocybin", "one gram", "dose", 1, 1, "g", Y, "question 4 psilocybin possession limit"),
 ("e-1g-psn", E, "one gram of psilocyn", "one gram", "dose", 1, 1, "g", Y, "question 4 psilocyn limit"),
 ("e-1g-dmt", E, "one gram of DMT", "one gram", "dose", 1, 1, "g", Y, "question 4 dmt limit"),
 ("e-18g", E, "18 grams of mescaline", "18 grams", "dose", 18, 18, "g", Y, "question 4 mescaline limit"),
 ("e-30g", E, "30 grams of ibogaine", "30 grams", "dose", 30, 30, "g", Y, "question 4 ibogaine limit"),
 ("e-12a", E, "in a 12-by-12-foot area", "12", "other", 12, 12, "feet", Y, "home grow area side"),
 ("e-12b", E, "by-12-foot area", "12", "other", 12, 12, "feet", Y, "home grow area side"),
 ("e-double", E, "up to double those amounts", "double", "ratio", 2, 2, "x", N, "fine threshold multiple"),
 ("e-100", E, "a $100 civil fine", "$100", "money", 100, 100, "USD", Y, "question 4 civil fine"),
 ("e-ex15", E, "charged a 15% excise tax", "15%", "percent", 15, 15, "%", Y, "question 4 excise tax rate"),
 ("e-loc2", E, "could have added up to 2%", "2%", "percent", 2, 2, "%", Y, "question 4 local option tax"),
 ("e-5mem", E, "A five-member Natural", "five-member", "count", 5, 5, "members", Y, "question 4 commission size"),
 ("e-20mem", E, "by a 20-member advisory", "20-member", "count", 20, 20, "members", Y, "question 4 advisory board size"),
 ("e-atleast1", E, "for at least one substance", "one", "count", 1, 1, "substances", N, "definitional"),
 ("e-apr26", E, "by April 1, 2026, and", "April 1, 2026", "date", 2026, 2026, "year", Y, "question 4 first-substance rules deadline"),
 ("e-apr28", E, "by April 1, 2028", "April 1, 2028", "date", 2028, 2028, "year", Y, "question 4 remaining-substances rules deadline"),
 ("e-sep26", E, "by September 30, 2026", "September 30, 2026", "date", 2026, 2026, "year", Y, "question 4 application intake deadline"),

 # ---- PB05 blog (2025-08-28)
 ("b-h3", B, "Three ballots, two programs, one big", "Three", "count", 3, 3, "ballots", N, "headline"),
 ("b-h2", B, "ballots, two programs", "two", "count", 2, 2, "programs", N, "headline"),
 ("b-h1", B, "programs, one big price", "one", "count", 1, 1, "problems", N, "headline"),
 ("b-h2025", B, "legal psilocybin in 2025", "2025", "date", 2025, 2025, "year", N, "headline"),
 ("b-date", B, "August 28, 2025 | 7 min", "August 28, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-2020", B, "Measure 109 passed in 2020", "2020", "date", 2020, 2020, "year", Y, "measure 109 vote year"),
 ("b-592", B, "with 59.2% of the vote", "59.2%", "percent", 59.2, 59.2, "%", Y, "measure 109 yes share"),
 ("b-may", B, "license in May of last year", "May of last year", "date", 2024, 2024, "year", Y, "oregon first service center licensed"),
 ("b-1mo", B, "opened a month later", "a month", "duration", 1, 1, "months", N, "licence to opening"),
 ("b-10k", B, "more than 10,000 clients", "10,000", "count", 10000, 10000, "clients", Y, "oregon clients since start"),
 ("b-27k", B, "over 27,000 psilocybin products", "27,000", "count", 27000, 27000, "products", Y, "oregon products sold since start"),
 ("b-13m", B, "worth more than $1.3 million", "$1.3 million", "money", 1300000, 1300000, "USD", Y, "oregon product sales since start"),
 ("b-q1", B, "January through March 2025", "January through March 2025", "date", 2025, 2025, "year", N, "data period"),
 ("b-1059", B, "counted 1,059 clients", "1,059", "count", 1059, 1059, "clients", Y, "oregon clients q1 2025"),
 ("b-10kfee", B, "Facilitators pay $10,000 a year", "$10,000", "money", 10000, 10000, "USD", Y, "oregon facilitator annual license fee"),
 ("b-2023", B, "I visited in 2023", "2023", "date", 2023, 2023, "year", N, "aside"),
 ("b-cost", B, "from $1,000 to more than $5,000", "$1,000 to more than $5,000", "money", 1000, 5000, "USD", Y, "oregon session price range advertised"),
 ("b-15k", B, "charging $15,000", "$15,000", "money", 15000, 15000, "USD", Y, "ashland retreat package price"),
 ("b-5day", B, "for a five-day package", "five-day", "duration", 5, 5, "days", Y, "retreat package length"),
 ("b-dec23", B, "on the last day of 2023", "last day of 2023", "date", 2023, 2023, "year", Y, "colorado applications opened"),
 ("b-june", B, "healing centers opened in June", "June", "date", 2025, 2025, "year", Y, "colorado first healing centers opened"),
 ("b-43", B, "with only about 43% voting yes", "43%", "percent", 43, 43, "%", Y, "question 4 yes share"),
 ("b-18g", B, "keep 18 grams of psilocybin", "18 grams", "dose", 18, 18, "g", Y, "question 4 psilocybin possession limit"),
 ("b-2summ", B, "after two summers", "two", "count", 2, 2, "summers", N, "aside"),
 ("b-1wk", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- PB06 local trade, hard-wrapped (2025-09-10)
 ("l-dl", L, "Bend, Oregon | September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-3yr", L, "BEND - Three years after", "Three years", "duration", 3, 3, "years", N, "aside"),
 ("l-nov22", L, "businesses in November 2022", "November 2022", "date", 2022, 2022, "year", Y, "oregon local opt-out election"),
 ("l-1500", L, "served more than 1,500 clients", "1,500", "count", 1500, 1500, "clients", Y, "oregon clients q1 2025"),
 ("l-3mo", L, "in the first three months of this year", "three months", "duration", 3, 3, "months", N, "period"),
 ("l-thisyr", L, "three months of this year", "this year", "date", 2025, 2025, "year", N, "period"),
 ("l-2room", L, "owns a two-room center", "two-room", "count", 2, 2, "rooms", N, "aside"),
 ("l-cost", L, "run from $1,000 to $3,000", "$1,000 to $3,000", "money", 1000, 3000, "USD", Y, "oregon session cost range"),
 ("l-95k", L, "clients at $95,000", "$95,000", "money", 95000, 95000, "USD", Y, "oregon client average income q1 2025"),
 ("l-age", L, "in their mid-forties", "mid-forties", "age", 44, 46, "years", N, "typical client age (vague)"),
 ("l-4mo", L, "slots, four a month", "four", "count", 4, 4, "slots", N, "aside"),
 ("l-1day", L, "fill within a day", "a day", "duration", 1, 1, "days", N, "aside"),
 ("l-150", L, "still pays a $150 application", "$150", "money", 150, 150, "USD", Y, "oregon facilitator application fee"),
 ("l-2000", L, "fee and $2,000 a year", "$2,000", "money", 2000, 2000, "USD", Y, "oregon facilitator annual license fee"),
 ("l-3yrdev", L, "after its three-year development period", "three-year", "duration", 3, 3, "years", Y, "measure 109 development period"),
 ("l-2023", L, "In 2023 the program", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-318", L, "collected $318,419 in fees", "$318,419", "money", 318419, 318419, "USD", Y, "oregon psilocybin fee revenue 2023"),
 ("l-66m", L, "for $6.6 million from the", "$6.6 million", "money", 6600000, 6600000, "USD", Y, "oha general fund request 2023-25"),
 ("l-july", L, "biennium that began that July", "that July", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-8", L, "just eight service centers", "eight", "count", 8, 8, "service centers", Y, "oregon service centers mid-2023"),
 ("l-88", L, "and 88 facilitators", "88", "count", 88, 88, "facilitators", Y, "oregon facilitators mid-2023"),
 ("l-june", L, "began seeing clients in June", "June", "date", 2025, 2025, "year", Y, "colorado first healing centers opened"),
 ("l-17", L, "put a 17% excise tax", "17%", "percent", 17, 17, "%", Y, "question 4 excise tax rate"),
 ("l-5mem", L, "to a five-member commission", "five-member", "count", 5, 5, "members", Y, "question 4 commission size"),
 ("l-lastfall", L, "decisively last fall", "last fall", "date", 2024, 2024, "year", Y, "question 4 vote date"),
 ("l-5m", L, "raised about $5 million", "$5 million", "money", 5000000, 5000000, "USD", Y, "question 4 yes campaign raised by late oct 2024"),
 ("l-lateoct", L, "by late October", "late October", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-fall", L, "report this fall", "this fall", "date", 2025, 2025, "year", N, "forecast"),

 # ---- PB07 fact-check (2025-11-05)
 ("f-h19k", F, "program served 19,000 people?", "19,000", "count", 19000, 19000, "people", N, "headline (post's claim)"),
 ("f-date", F, "Verify Desk | November 5, 2025", "November 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c19k", F, "dosed more than 19,000 clients", "19,000", "count", 19000, 19000, "clients", N, "claim under review"),
 ("f-c2m", F, "and nearly 2 million people", "2 million", "count", 2000000, 2000000, "votes", N, "claim under review"),
 ("f-cdate", F, "post, Oct. 29, 2025", "Oct. 29, 2025", "date", 2025, 2025, "year", N, "post date"),
 ("f-19622", F, "reported 19,622 psilocybin doses", "19,622", "count", 19622, 19622, "doses", Y, "oregon doses administered (to early 2025)"),
 ("f-early", F, "circulated early this year", "early this year", "date", 2025, 2025, "year", N, "circulation date"),
 ("f-thisyr", F, "client counts until this year", "this year", "date", 2025, 2025, "year", N, "start of client reporting"),
 ("f-2023law", F, "a law passed in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier (sb 303)"),
 ("f-q1", F, "covering January through March 2025", "January through March 2025", "date", 2025, 2025, "year", N, "data period"),
 ("f-1509", F, "2025, counted 1,509 clients", "1,509", "count", 1509, 1509, "clients", Y, "oregon clients q1 2025"),
 ("f-10k", F, "estimated that about 10,000 clients", "10,000", "count", 10000, 10000, "clients", Y, "oregon clients since start"),
 ("f-may23", F, "was licensed in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "oregon first service center licensed"),
 ("f-june", F, "and opened that June", "that June", "date", 2023, 2023, "year", N, "oregon first service center opened"),
 ("f-jan27", F, "As of Jan. 27, 2025, Oregon", "Jan. 27, 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-346", F, "had licensed 346 facilitators", "346", "count", 346, 346, "facilitators", Y, "oregon facilitators as of 2025-01-27"),
 ("f-30", F, "and 30 service centers. Fee", "30", "count", 30, 30, "service centers", Y, "oregon service centers as of 2025-01-27"),
 ("f-342", F, "tallied $342,425", "$342,425", "money", 342425, 342425, "USD", Y, "oregon psilocybin fee revenue 2023 (ww tally)"),
 ("f-2023", F, "collected in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-5575", F, "passed with 55.75% of the vote", "55.75%", "percent", 55.75, 55.75, "%", Y, "measure 109 yes share"),
 ("f-2020", F, "of the vote in 2020", "2020", "date", 2020, 2020, "year", Y, "measure 109 vote year"),
 ("f-nov5", F, "count from Nov. 5, 2024", "Nov. 5, 2024", "date", 2024, 2024, "year", Y, "question 4 vote date"),
 ("f-no", F, "shows 1,920,527 votes", "1,920,527", "count", 1920527, 1920527, "votes", Y, "question 4 no votes"),
 ("f-2m", F, "qualifies as \"nearly 2 million.\"", "2 million", "count", 2000000, 2000000, "votes", N, "repeat of post's figure"),
 ("f-21", F, "let adults 21 and older possess", "21", "age", 21, 21, "years", N, "definitional age"),
 ("f-1g", F, "up to one gram of psilocybin", "one gram", "dose", 1, 1, "g", Y, "question 4 psilocybin possession limit"),
 ("f-3mem", F, "created a three-member", "three-member", "count", 3, 3, "members", Y, "question 4 commission size"),
 ("f-apr28", F, "until April 1, 2028", "April 1, 2028", "date", 2028, 2028, "year", Y, "question 4 first-substance rules deadline"),
 ("f-half", F, "about half the number it cites", "half", "ratio", 0.5, 0.5, "x", N, "summary"),
 ("f-rq1", F, "first quarter of 2025 is", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-r1509", F, "is 1,509 clients", "1,509", "count", 1509, 1509, "clients", Y, "oregon clients q1 2025 (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Measure 109 yes share: 59.2% (election-night partial count reported as final) vs 55.75%
 ("b-592", "w-56", S), ("b-592", "a-or-pct", S), ("b-592", "e-or-pct", S), ("b-592", "f-5575", S),
 # S2 Question 4 no votes: 1,920,527 (transposed) vs 1,902,527
 ("f-no", "a-ma-no", S),
 # S3 Prop 122 yes share: 51.4% (election-night) vs 53.64%
 ("p-514", "w-536", S), ("p-514", "a-co-pct", S), ("p-514", "e-co-pct", S),
 # S4 Oregon facilitator annual fee: $10,000 (business fee) vs $2,000
 ("b-10kfee", "e-2000", S), ("b-10kfee", "l-2000", S),
 # S5 Question 4 excise tax: 17% (state + max local) vs 15%
 ("l-17", "a-15", S), ("l-17", "e-ex15", S),
 # S6 Colorado applications opened: 2023 vs Dec 31, 2024
 ("b-dec23", "w-dec31", S), ("b-dec23", "p-dec31", S), ("b-dec23", "e-dec31", S),
 # S7 Oregon first service center licensed: "May of last year" (2024) vs May 2023
 ("b-may", "e-may23", S), ("b-may", "f-may23", S),
 # S8 Oregon clients Q1 2025: 1,059 (transposed) vs 1,509
 ("b-1059", "a-1509", S), ("b-1059", "l-1500", S), ("b-1059", "f-1509", S), ("b-1059", "f-r1509", S),
 # S9 Oregon facilitators as of Jan 27, 2025: 377 (Q1 cut) vs 346
 ("p-377", "a-346", S), ("p-377", "f-346", S),
 # S10 Oregon client average income: $95,000 (threshold) vs $136,000
 ("l-95k", "a-136k", S),
 # S11 Question 4 psilocybin limit: 18 grams (mescaline's) vs one gram
 ("b-18g", "e-1g-psy", S), ("b-18g", "f-1g", S),
 # S12 time to a usable harvest from scratch: six to eight weeks vs nine to 12 weeks
 ("p-68w", "w-912", S),
 # S13 Question 4 commission size: three-member vs five-member
 ("f-3mem", "a-5mem", S), ("f-3mem", "e-5mem", S), ("f-3mem", "l-5mem", S),
 # S14 Question 4 yes committee raised by late October 2024: $5 million vs $7.51 million
 ("l-5m", "a-751", S),
 # S15 Oregon clients in the program's first year: 700 (first six months) vs 3,500
 ("w-700", "e-3500", S),
 # S16 Question 4 first-substance rules deadline: April 1, 2028 vs April 1, 2026
 ("f-apr28", "a-apr26", S), ("f-apr28", "e-apr26", S),
 # S17 Measure 109 development period: three-year vs two-year
 ("l-3yrdev", "p-2yr", S), ("l-3yrdev", "e-2yr", S),
 # S18 Question 4 vote year: November 2023 vs 2024
 ("e-ma-date", "a-ma-date", S), ("e-ma-date", "w-lastnov", S), ("e-ma-date", "f-nov5", S), ("e-ma-date", "l-lastfall", S),
 # S19 Oregon service centers as of Jan 27, 2025: 29 (earlier count) vs 30
 ("a-29", "p-30", S), ("a-29", "f-30", S),
 # Qualified
 # Q1 session cost ranges from different sources
 ("l-cost", "w-cost", Q), ("l-cost", "e-cost", Q), ("b-cost", "w-cost", Q), ("b-cost", "e-cost", Q), ("b-cost", "l-cost", Q),
 # Q2 Oregon 2023 fee revenue: OHA figure vs Willamette Week's own tally
 ("l-318", "f-342", Q),
 # Q3 Question 4 no share at AP call vs certified
 ("w-569", "a-ma-nopct", Q),
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
