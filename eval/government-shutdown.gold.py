#!/usr/bin/env python3
"""Build government-shutdown.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "government-shutdown")
OUT = os.path.join(HERE, "government-shutdown.gold.jsonl")
T = "government-shutdown"

W, P, A, E, B, L, F = ("GS01_wire.txt", "GS02_press.txt", "GS03_abstract.txt",
                       "GS04_explainer.txt", "GS05_blog.txt", "GS06_local.txt", "GS07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- GS01 wire (2025-11-13)
 ("w-h43", W, "ending record 43-day shutdown", "43-day", "duration", 43, 43, "days", N, "headline repeat"),
 ("w-dl", W, "WASHINGTON, Nov 13", "Nov 13", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "bill late on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "bill signed (nov 12)"),
 ("w-43", W, "ending a 43-day federal", "43-day", "duration", 43, 43, "days", Y, "shutdown length"),
 ("w-222", W, "passed the measure 222-209", "222", "count", 222, 222, "votes", Y, "house final votes for"),
 ("w-209", W, "passed the measure 222-209", "209", "count", 209, 209, "votes", Y, "house final votes against"),
 ("w-six", W, "with six Democrats joining", "six", "count", 6, 6, "representatives", Y, "house democrats voting yes (final)"),
 ("w-two", W, "and two Republicans, Thomas", "two", "count", 2, 2, "representatives", Y, "house republicans voting no (final)"),
 ("w-60", W, "approved the package 60-40", "60", "count", 60, 60, "votes", Y, "senate final votes for"),
 ("w-40", W, "approved the package 60-40", "40", "count", 40, 40, "votes", Y, "senate final votes against"),
 ("w-mon", W, "60-40 on Monday", "Monday", "date", 2025, 2025, "year", Y, "senate passage (nov 10)"),
 ("w-eight", W, "after eight members of the Democratic", "eight", "count", 8, 8, "senators", Y, "senate democratic-caucus yes votes"),
 ("w-jan30", W, "through Jan. 30 next year", "Jan. 30 next year", "date", 2026, 2026, "year", Y, "stopgap end date"),
 ("w-three", W, "folds in three full-year", "three", "count", 3, 3, "bills", Y, "full-year bills in package"),
 ("w-oct1a", W, "federal employees after Oct. 1", "Oct. 1", "date", 2025, 2025, "year", N, "rif reversal start"),
 ("w-11wk", W, "have about 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "time to next deadline (quote)"),
 ("w-ayear", W, "could not finish in a year", "a year", "duration", 1, 1, "years", N, "quote aside"),
 ("w-oct1", W, "The shutdown began on Oct. 1", "Oct. 1", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("w-217", W, "approved 217-212 in the House", "217", "count", 217, 217, "votes", Y, "house sept 19 cr votes for"),
 ("w-212", W, "approved 217-212 in the House", "212", "count", 212, 212, "votes", Y, "house sept 19 cr votes against"),
 ("w-sep19", W, "House on Sept. 19", "Sept. 19", "date", 2025, 2025, "year", Y, "house cr vote date"),
 ("w-nov21", W, "open through Nov. 21", "Nov. 21", "date", 2025, 2025, "year", Y, "house cr end date"),
 ("w-14", W, "to the floor 14 times", "14", "count", 14, 14, "votes", Y, "failed senate votes on house cr"),
 ("w-60need", W, "reaching the 60 votes", "60", "count", 60, 60, "votes", Y, "cloture threshold"),
 ("w-endyr", W, "expire at the end of the year", "the end of the year", "date", 2025, 2025, "year", Y, "aca enhanced credits expiry"),
 ("w-middec", W, "subsidies by mid-December", "mid-December", "date", 2025, 2025, "year", Y, "promised aca vote"),
 ("w-670", W, "About 670,000 federal employees", "670,000", "count", 670000, 670000, "employees", Y, "bpc furloughed"),
 ("w-730", W, "roughly 730,000 more worked", "730,000", "count", 730000, 730000, "employees", Y, "bpc working without pay"),
 ("w-oct24", W, "paycheck on Oct. 24", "Oct. 24", "date", 2025, 2025, "year", Y, "first missed full paycheck"),
 ("w-4100", W, "some 4,100 workers", "4,100", "count", 4100, 4100, "employees", Y, "rif notices"),
 ("w-oct10", W, "workers on Oct. 10", "Oct. 10", "date", 2025, 2025, "year", Y, "rif notices date"),
 ("w-5d", W, "the layoffs five days later", "five days", "duration", 5, 5, "days", N, "rif to tro interval"),
 ("w-wed2", W, "said on Wednesday it would freeze", "Wednesday", "date", 2025, 2025, "year", Y, "faa freeze date"),
 ("w-40ap", W, "reductions at 40 major airports", "40", "count", 40, 40, "airports", Y, "airports under faa order"),
 ("w-6", W, "at 6% rather than", "6%", "percent", 6, 6, "%", Y, "faa cut frozen level (peak in effect)"),
 ("w-10", W, "raising them to 10% by Friday", "10%", "percent", 10, 10, "%", Y, "faa planned final cut"),
 ("w-fri", W, "10% by Friday as planned", "Friday", "date", 2025, 2025, "year", N, "planned step date"),
 ("w-4", W, "the cuts at 4% on Nov. 7", "4%", "percent", 4, 4, "%", Y, "faa initial cut"),
 ("w-nov7", W, "at 4% on Nov. 7", "Nov. 7", "date", 2025, 2025, "year", Y, "faa cuts start"),
 ("w-13k", W, "some 13,000 air traffic", "13,000", "count", 13000, 13000, "controllers", Y, "controllers unpaid"),
 ("w-sun", W, "On Sunday alone", "Sunday", "date", 2025, 2025, "year", N, "cancellation day (nov 9)"),
 ("w-2900", W, "more than 2,900 flights", "2,900", "count", 2900, 2900, "flights", Y, "cancellations nov 9"),
 ("w-42m", W, "about 42 million people buy", "42 million", "count", 42000000, 42000000, "people", Y, "snap recipients"),
 ("w-nov1", W, "ran dry on Nov. 1", "Nov. 1", "date", 2025, 2025, "year", Y, "snap funding lapse"),
 ("w-2judges", W, "After two federal judges", "two", "count", 2, 2, "judges", Y, "judges ordering contingency use"),
 ("w-lastmo", W, "administration last month to tap", "last month", "date", 2025, 2025, "year", N, "contingency rulings (oct 31)"),
 ("w-456", W, "used $4.56 billion", "$4.56 billion", "money", 4560000000, 4560000000, "USD", Y, "snap contingency funds used"),
 ("w-sep26", W, "funds SNAP through September 2026", "September 2026", "date", 2026, 2026, "year", Y, "snap funded through"),
 ("w-jan", W, "lapse occurs in January", "January", "date", 2026, 2026, "year", N, "possible next lapse"),
 ("w-lastmo2", W, "estimated last month that", "last month", "date", 2025, 2025, "year", N, "cbo letter (oct 29)"),
 ("w-6wk", W, "that a six-week shutdown", "six-week", "duration", 6, 6, "weeks", N, "cbo scenario"),
 ("w-15pp", W, "about 1.5 percentage points", "1.5 percentage points", "percent", 1.5, 1.5, "pp", Y, "cbo six-week q4 growth reduction"),
 ("w-11bn", W, "erase about $11 billion", "$11 billion", "money", 11000000000, 11000000000, "USD", Y, "cbo six-week permanent loss"),
 ("w-6wkq", W, "Six weeks without a paycheck", "Six weeks", "duration", 6, 6, "weeks", N, "quote"),
 ("w-dec", W, "subsidy vote in December", "December", "date", 2025, 2025, "year", N, "promised aca vote (repeat)"),
 ("w-jan30b", W, "before the Jan. 30 deadline", "Jan. 30", "date", 2026, 2026, "year", N, "stopgap end (repeat)"),

 # ---- GS02 press (2025-11-06)
 ("p-h120", P, "About 120 Daily Flights", "120", "count", 120, 120, "flights", N, "headline repeat"),
 ("p-dl", P, "DENVER, Nov. 6, 2025", "Nov. 6, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-40", P, "flights at 40 high-traffic", "40", "count", 40, 40, "airports", Y, "airports under faa order"),
 ("p-6", P, "by 6 percent beginning Friday", "6 percent", "percent", 6, 6, "%", Y, "faa initial cut"),
 ("p-nov7", P, "Friday, Nov. 7", "Friday, Nov. 7", "date", 2025, 2025, "year", Y, "faa cuts start"),
 ("p-8", P, "rising to 8 percent on", "8 percent", "percent", 8, 8, "%", Y, "faa step nov 13"),
 ("p-nov13", P, "8 percent on Nov. 13", "Nov. 13", "date", 2025, 2025, "year", N, "step date"),
 ("p-10", P, "to 10 percent on Nov. 14", "10 percent", "percent", 10, 10, "%", Y, "faa planned final cut"),
 ("p-nov14", P, "10 percent on Nov. 14", "Nov. 14", "date", 2025, 2025, "year", N, "step date"),
 ("p-120", P, "cancel about 120 of", "120", "count", 120, 120, "flights", Y, "skyhaven cancellations friday"),
 ("p-1450", P, "roughly 1,450 daily departures", "1,450", "count", 1450, 1450, "flights", Y, "skyhaven daily departures"),
 ("p-fri", P, "daily departures on Friday", "Friday", "date", 2025, 2025, "year", N, "repeat"),
 ("p-11200q", P, "Our 11,200 team members", "11,200", "count", 11200, 11200, "employees", N, "quote"),
 ("p-nov16", P, "travel through Nov. 16", "Nov. 16", "date", 2025, 2025, "year", N, "waiver window"),
 ("p-40b", P, "one of the 40 airports", "40", "count", 40, 40, "airports", N, "repeat"),
 ("p-oct1", P, "which began Oct. 1", "Oct. 1", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("p-34", P, "surpassing the 34-day lapse", "34-day", "duration", 34, 34, "days", Y, "previous record length"),
 ("p-1819", P, "lapse of 2018–2019", "2018–2019", "date", 2018, 2019, "year", N, "previous record years"),
 ("p-13k", P, "Roughly 13,000 air traffic", "13,000", "count", 13000, 13000, "controllers", Y, "controllers unpaid"),
 ("p-3000", P, "short about 3,000 certified", "3,000", "count", 3000, 3000, "controllers", Y, "controller shortage before shutdown"),
 ("p-44k", P, "more than 44,000 flights", "44,000", "count", 44000, 44000, "flights", Y, "faa flights per day"),
 ("p-2wk", P, "lifted within 2 weeks", "2 weeks", "duration", 2, 2, "weeks", N, "company outlook"),
 ("p-2004", P, "founded in 2004", "2004", "date", 2004, 2004, "year", N, "about section"),
 ("p-1450b", P, "operates roughly 1,450 daily flights", "1,450", "count", 1450, 1450, "flights", N, "about section"),
 ("p-96", P, "to 96 destinations", "96", "count", 96, 96, "destinations", N, "about section"),
 ("p-11200", P, "employs about 11,200 people", "11,200", "count", 11200, 11200, "employees", N, "about section"),
 ("p-2024", P, "U.S. airlines in 2024", "2024", "date", 2024, 2024, "year", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),

 # ---- GS03 abstract (2026-02-09)
 ("a-pub", A, "Published online 9 February 2026", "9 February 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-t2025", A, "in the 2025 U.S. federal funding lapse", "2025", "date", 2025, 2025, "year", N, "title"),
 ("a-fy26", A, "for fiscal year 2026 lapsed", "2026", "date", 2026, 2026, "year", N, "fiscal year"),
 ("a-oct1", A, "lapsed on 1 October 2025", "1 October 2025", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("a-43", A, "shutdown lasted 43 days", "43 days", "duration", 43, 43, "days", Y, "shutdown length"),
 ("a-nov12", A, "resolution on 12 November 2025", "12 November 2025", "date", 2025, 2025, "year", Y, "bill signed"),
 ("a-35", A, "The previous record, 35 days", "35 days", "duration", 35, 35, "days", Y, "previous record length"),
 ("a-jan19", A, "ended on 25 January 2019", "25 January 2019", "date", 2019, 2019, "year", Y, "previous record end"),
 ("a-650", A, "about 650,000 federal employees", "650,000", "count", 650000, 650000, "employees", Y, "cbo pre-shutdown daily furlough projection"),
 ("a-400m", A, "roughly $400 million per day", "$400 million", "money", 400000000, 400000000, "USD", Y, "cbo daily compensation cost"),
 ("a-217", A, "(approved 217–212", "217", "count", 217, 217, "votes", Y, "house sept 19 cr votes for"),
 ("a-212", A, "(approved 217–212", "212", "count", 212, 212, "votes", Y, "house sept 19 cr votes against"),
 ("a-sep19", A, "on 19 September 2025", "19 September 2025", "date", 2025, 2025, "year", Y, "house cr vote date"),
 ("a-nov10", A, "Senate vote of 10 November 2025", "10 November 2025", "date", 2025, 2025, "year", Y, "senate passage"),
 ("a-n100", A, "(n=100)", "100", "count", 100, 100, "votes", Y, "senate votes cast"),
 ("a-nov12b", A, "amendment of 12 November 2025", "12 November 2025", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("a-n431", A, "(n=431)", "431", "count", 431, 431, "votes", Y, "house votes cast"),
 ("a-N531", A, "N = 531", "531", "count", 531, 531, "votes", Y, "total votes analysed"),
 ("a-two", A, "on the two final-passage", "two", "count", 2, 2, "roll calls", N, "method"),
 ("a-oct29", A, "published on 29 October 2025", "29 October 2025", "date", 2025, 2025, "year", Y, "cbo letter date"),
 ("a-m4", A, "lapses of 4, 6 and 8 weeks", "4", "duration", 4, 4, "weeks", N, "scenario definition"),
 ("a-m6", A, "lapses of 4, 6 and 8 weeks", "6", "duration", 6, 6, "weeks", N, "scenario definition"),
 ("a-m8", A, "lapses of 4, 6 and 8 weeks", "8 weeks", "duration", 8, 8, "weeks", N, "scenario definition"),
 ("a-60", A, "passed the measure 60–40", "60", "count", 60, 60, "votes", Y, "senate final votes for"),
 ("a-40", A, "passed the measure 60–40", "40", "count", 40, 40, "votes", Y, "senate final votes against"),
 ("a-8", A, "Eight of 47", "Eight", "count", 8, 8, "senators", Y, "senate democratic-caucus yes votes"),
 ("a-47", A, "Eight of 47", "47", "count", 47, 47, "senators", Y, "senate democratic caucus size"),
 ("a-170", A, "(17.0%, 95% CI", "17.0%", "percent", 17.0, 17.0, "%", Y, "senate dem yes share"),
 ("a-170ci", A, "CI 8.9–30.1", "8.9–30.1", "percent", 8.9, 30.1, "%", Y, "ci"),
 ("a-52", A, "as did 52 of 53", "52", "count", 52, 52, "senators", Y, "senate republicans voting yes"),
 ("a-53", A, "52 of 53 Republicans", "53", "count", 53, 53, "senators", Y, "senate republicans"),
 ("a-222", A, "House concurred 222–209", "222", "count", 222, 222, "votes", Y, "house final votes for"),
 ("a-209", A, "House concurred 222–209", "209", "count", 209, 209, "votes", Y, "house final votes against"),
 ("a-216", A, "previous question 216–213", "216", "count", 216, 216, "votes", Y, "house previous-question votes for"),
 ("a-213", A, "previous question 216–213", "213", "count", 213, 213, "votes", Y, "house previous-question votes against"),
 ("a-6", A, "6 of 213 Democrats", "6", "count", 6, 6, "representatives", Y, "house democrats voting yes (final)"),
 ("a-213d", A, "6 of 213 Democrats", "213", "count", 213, 213, "representatives", Y, "house democrats voting"),
 ("a-28", A, "(2.8%, 95% CI", "2.8%", "percent", 2.8, 2.8, "%", Y, "house dem yes share"),
 ("a-28ci", A, "CI 1.3–6.0", "1.3–6.0", "percent", 1.3, 6.0, "%", Y, "ci"),
 ("a-2r", A, "and 2 of 218 Republicans", "2", "count", 2, 2, "representatives", Y, "house republicans voting no (final)"),
 ("a-218", A, "2 of 218 Republicans", "218", "count", 218, 218, "representatives", Y, "house republicans voting"),
 ("a-diff", A, "was −14.2 percentage points", "−14.2 percentage points", "percent", -14.2, -14.2, "pp", Y, "difference house minus senate"),
 ("a-diffci", A, "(95% CI −27.4 to −5.5", "−27.4 to −5.5", "percent", -27.4, -5.5, "pp", Y, "ci"),
 ("a-or", A, "odds ratio 7.1", "7.1", "ratio", 7.1, 7.1, "x", Y, "odds ratio senate vs house dem"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-three", A, "Three of the eight", "Three", "count", 3, 3, "senators", Y, "defectors who backed earlier cloture"),
 ("a-eight2", A, "Three of the eight", "eight", "count", 8, 8, "senators", N, "repeat"),
 ("a-five", A, "the other five switched", "five", "count", 5, 5, "senators", Y, "defectors who switched"),
 ("a-7bn", A, "permanent losses were $7 billion", "$7 billion", "money", 7000000000, 7000000000, "USD", Y, "cbo four-week permanent loss"),
 ("a-4wk", A, "$7 billion (4 weeks)", "4 weeks", "duration", 4, 4, "weeks", N, "scenario label"),
 ("a-11bn", A, "$11 billion (6 weeks)", "$11 billion", "money", 11000000000, 11000000000, "USD", Y, "cbo six-week permanent loss"),
 ("a-6wk", A, "$11 billion (6 weeks)", "6 weeks", "duration", 6, 6, "weeks", N, "scenario label"),
 ("a-14bn", A, "and $14 billion (8 weeks)", "$14 billion", "money", 14000000000, 14000000000, "USD", Y, "cbo eight-week permanent loss"),
 ("a-8wk", A, "$14 billion (8 weeks)", "8 weeks", "duration", 8, 8, "weeks", N, "scenario label"),
 ("a-175", A, "about $1.75 billion for each", "$1.75 billion", "money", 1750000000, 1750000000, "USD", Y, "marginal permanent loss per week"),
 ("a-10pp", A, "growth was 1.0, 1.5 and 2.0", "1.0", "percent", 1.0, 1.0, "pp", Y, "cbo four-week q4 growth reduction"),
 ("a-15pp", A, "growth was 1.0, 1.5 and 2.0", "1.5", "percent", 1.5, 1.5, "pp", Y, "cbo six-week q4 growth reduction"),
 ("a-20pp", A, "2.0 percentage points, respectively", "2.0 percentage points", "percent", 2.0, 2.0, "pp", Y, "cbo eight-week q4 growth reduction"),
 ("a-43b", A, "actual lapse of 43 days", "43 days", "duration", 43, 43, "days", N, "repeat"),
 ("a-1d", A, "lies one day beyond", "one day", "duration", 1, 1, "days", N, "comparison"),
 ("a-6wkb", A, "the six-week scenario of 42 days", "six-week", "duration", 6, 6, "weeks", N, "scenario label"),
 ("a-42", A, "scenario of 42 days", "42 days", "duration", 42, 42, "days", N, "scenario length in days"),
 ("a-11bnb", A, "unrecovered loss of roughly $11 billion", "$11 billion", "money", 11000000000, 11000000000, "USD", Y, "implied permanent loss of 2025 lapse"),
 ("a-1819", A, "from the 2018–2019 lapse", "2018–2019", "date", 2018, 2019, "year", N, "qualifier"),
 ("a-3bn", A, "at $3 billion of an", "$3 billion", "money", 3000000000, 3000000000, "USD", Y, "2018-19 permanent loss"),
 ("a-11bn1819", A, "of an $11 billion total", "$11 billion", "money", 11000000000, 11000000000, "USD", Y, "2018-19 total output reduction"),
 ("a-c2025", A, "The 2025 lapse was ended", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-175b", A, "order of $1.75 billion", "$1.75 billion", "money", 1750000000, 1750000000, "USD", N, "repeat"),
 ("a-jan30", A, "only to 30 January 2026", "30 January 2026", "date", 2026, 2026, "year", Y, "stopgap end date"),
 ("a-11wk", A, "within 11 weeks of enactment", "11 weeks", "duration", 11, 11, "weeks", N, "time to next deadline"),

 # ---- GS04 explainer (2025-11-14)
 ("e-upd", E, "Updated November 14, 2025", "November 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-43", E, "43 days. Funding lapsed", "43 days", "duration", 43, 43, "days", Y, "shutdown length"),
 ("e-oct1", E, "midnight on Oct. 1", "Oct. 1", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("e-nov12", E, "on the night of Nov. 12", "Nov. 12", "date", 2025, 2025, "year", Y, "bill signed"),
 ("e-35", E, "The previous record, 35 days", "35 days", "duration", 35, 35, "days", Y, "previous record length"),
 ("e-jan18", E, "ended in January 2018", "January 2018", "date", 2018, 2018, "year", Y, "previous record end"),
 ("e-61", E, "approved the package 61-39", "61", "count", 61, 61, "votes", Y, "senate final votes for"),
 ("e-39", E, "approved the package 61-39", "39", "count", 39, 39, "votes", Y, "senate final votes against"),
 ("e-nov10", E, "61-39 on Nov. 10", "Nov. 10", "date", 2025, 2025, "year", Y, "senate passage"),
 ("e-nov12b", E, "House followed on Nov. 12", "Nov. 12", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("e-222", E, "voting 222-209", "222", "count", 222, 222, "votes", Y, "house final votes for"),
 ("e-209", E, "voting 222-209", "209", "count", 209, 209, "votes", Y, "house final votes against"),
 ("e-six", E, "six Democrats voted yes", "six", "count", 6, 6, "representatives", Y, "house democrats voting yes (final)"),
 ("e-two", E, "two Republicans voted no", "two", "count", 2, 2, "representatives", Y, "house republicans voting no (final)"),
 ("e-12", E, "original stopgap 12 times", "12", "count", 12, 12, "votes", Y, "failed senate votes on house cr"),
 ("e-jan30", E, "until January 30, 2026", "January 30, 2026", "date", 2026, 2026, "year", Y, "stopgap end date"),
 ("e-three", E, "includes three full-year", "three", "count", 3, 3, "bills", Y, "full-year bills in package"),
 ("e-sep30", E, "through September 30, 2026", "September 30, 2026", "date", 2026, 2026, "year", Y, "snap funded through"),
 ("e-2019", E, "A 2019 law guarantees", "2019", "date", 2019, 2019, "year", N, "back-pay law"),
 ("e-670", E, "about 670,000 employees", "670,000", "count", 670000, 670000, "employees", Y, "bpc furloughed"),
 ("e-730", E, "about 730,000 worked", "730,000", "count", 730000, 730000, "employees", Y, "bpc working without pay"),
 ("e-750", E, "roughly 750,000 workers", "750,000", "count", 750000, 750000, "employees", Y, "cbo pre-shutdown daily furlough projection"),
 ("e-wk2", E, "within a week or two", "a week or two", "duration", 1, 2, "weeks", N, "back pay timing"),
 ("e-4000", E, "about 4,000 federal workers", "4,000", "count", 4000, 4000, "employees", Y, "rif notices"),
 ("e-oct", E, "workers in October", "October", "date", 2025, 2025, "year", N, "rif month"),
 ("e-jan30b", E, "new ones until January 30", "January 30", "date", 2026, 2026, "year", N, "rif ban end"),
 ("e-42m", E, "About 42 million people", "42 million", "count", 42000000, 42000000, "people", Y, "snap recipients"),
 ("e-187", E, "roughly $187 per person", "$187", "money", 187, 187, "USD", Y, "average snap benefit per person"),
 ("e-9bn", E, "costs about $9 billion", "$9 billion", "money", 9000000000, 9000000000, "USD", Y, "monthly snap cost"),
 ("e-nov1", E, "ran out on Nov. 1", "Nov. 1", "date", 2025, 2025, "year", Y, "snap funding lapse"),
 ("e-50", E, "would pay 50% of normal", "50%", "percent", 50, 50, "%", Y, "usda initial partial share"),
 ("e-65", E, "raised that to 65% of", "65%", "percent", 65, 65, "%", Y, "usda revised partial share"),
 ("e-465", E, "drawing $4.65 billion", "$4.65 billion", "money", 4650000000, 4650000000, "USD", Y, "snap contingency funds used"),
 ("e-40", E, "flights at 40 busy airports", "40", "count", 40, 40, "airports", Y, "airports under faa order"),
 ("e-4", E, "by 4% starting Nov. 7", "4%", "percent", 4, 4, "%", Y, "faa initial cut"),
 ("e-nov7", E, "4% starting Nov. 7", "Nov. 7", "date", 2025, 2025, "year", Y, "faa cuts start"),
 ("e-6", E, "rising to 6% by Nov. 11", "6%", "percent", 6, 6, "%", Y, "faa step nov 11"),
 ("e-nov11", E, "6% by Nov. 11", "Nov. 11", "date", 2025, 2025, "year", N, "step date"),
 ("e-10", E, "scheduled to reach 10% on", "10%", "percent", 10, 10, "%", Y, "faa planned final cut"),
 ("e-nov14", E, "10% on Nov. 14", "Nov. 14", "date", 2025, 2025, "year", N, "step date"),
 ("e-nov12c", E, "but on Nov. 12 the FAA", "Nov. 12", "date", 2025, 2025, "year", Y, "faa freeze date"),
 ("e-6f", E, "froze them at 6%", "6%", "percent", 6, 6, "%", Y, "faa cut frozen level (peak in effect)"),
 ("e-lateoct", E, "estimated in late October", "late October", "date", 2025, 2025, "year", N, "cbo letter"),
 ("e-6wk", E, "For a six-week shutdown", "six-week", "duration", 6, 6, "weeks", N, "cbo scenario"),
 ("e-14bn", E, "estimated that $14 billion", "$14 billion", "money", 14000000000, 14000000000, "USD", Y, "cbo six-week permanent loss"),
 ("e-3mo", E, "last three months of 2025", "three months", "duration", 3, 3, "months", N, "period"),
 ("e-2025", E, "three months of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-15pp", E, "about 1.5 percentage points lower", "1.5 percentage points", "percent", 1.5, 1.5, "pp", Y, "cbo six-week q4 growth reduction"),
 ("e-jan30c", E, "runs out again on January 30, 2026", "January 30, 2026", "date", 2026, 2026, "year", N, "stopgap end (repeat)"),
 ("e-dec31", E, "expire on Dec. 31, 2025", "Dec. 31, 2025", "date", 2025, 2025, "year", Y, "aca enhanced credits expiry"),
 ("e-middec", E, "extending them by mid-December", "mid-December", "date", 2025, 2025, "year", Y, "promised aca vote"),

 # ---- GS05 blog (2025-11-21)
 ("b-h42", B, "After the 42-day shutdown: a back-pay", "42-day", "duration", 42, 42, "days", N, "headline repeat"),
 ("b-pub", B, "November 21, 2025", "November 21, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-42", B, "The 42-day shutdown is over", "42-day", "duration", 42, 42, "days", Y, "shutdown length"),
 ("b-216", B, "Senate's deal 216-213", "216", "count", 216, 216, "votes", Y, "house final votes for"),
 ("b-213", B, "Senate's deal 216-213", "213", "count", 213, 213, "votes", Y, "house final votes against"),
 ("b-nov12", B, "216-213 on Nov. 12", "Nov. 12", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("b-2d", B, "two days earlier", "two days", "duration", 2, 2, "days", N, "senate-house interval"),
 ("b-eight", B, "help from eight members", "eight", "count", 8, 8, "senators", Y, "senate democratic-caucus yes votes"),
 ("b-jan30", B, "until Jan. 30, 2025", "Jan. 30, 2025", "date", 2025, 2025, "year", Y, "stopgap end date"),
 ("b-10wk", B, "back here in ten weeks", "ten weeks", "duration", 10, 10, "weeks", N, "time to deadline"),
 ("b-oct", B, "notices sent in October", "October", "date", 2025, 2025, "year", N, "rif month"),
 ("b-sep", B, "through next September", "next September", "date", 2026, 2026, "year", Y, "snap funded through"),
 ("b-two", B, "back pay in two pieces", "two", "count", 2, 2, "payments", N, "payroll detail"),
 ("b-oct1", B, "logged since Oct. 1", "Oct. 1", "date", 2025, 2025, "year", N, "shutdown start"),
 ("b-apr", B, "tax adviser before April", "April", "date", 2026, 2026, "year", N, "advice"),
 ("b-50", B, "USDA paid 50% of normal", "50%", "percent", 50, 50, "%", Y, "usda revised partial share"),
 ("b-8bn", B, "costs about $8 billion", "$8 billion", "money", 8000000000, 8000000000, "USD", Y, "monthly snap cost"),
 ("b-cap40", B, "cuts hit 40 airports", "40", "count", 40, 40, "airports", N, "caption"),
 ("b-10", B, "peaked at 10% of flights", "10%", "percent", 10, 10, "%", Y, "faa cut frozen level (peak in effect)"),
 ("b-40", B, "at 40 major airports", "40", "count", 40, 40, "airports", Y, "airports under faa order"),
 ("b-3", B, "scaled back to 3%", "3%", "percent", 3, 3, "%", Y, "faa cut after rollback"),
 ("b-nov14", B, "3% on Nov. 14", "Nov. 14", "date", 2025, 2025, "year", N, "rollback date"),
 ("b-mon", B, "lifted entirely on Monday", "Monday", "date", 2025, 2025, "year", Y, "faa order lifted (nov 17)"),
 ("b-45k", B, "about 45,000 flights", "45,000", "count", 45000, 45000, "flights", Y, "faa flights per day"),
 ("b-2000", B, "short about 2,000 controllers", "2,000", "count", 2000, 2000, "controllers", Y, "controller shortage before shutdown"),
 ("b-nov9", B, "we saw on Nov. 9", "Nov. 9", "date", 2025, 2025, "year", N, "mass cancellation day"),
 ("b-4th", B, "my fourth shutdown", "fourth", "count", 4, 4, "shutdowns", N, "author aside"),
 ("b-38k", B, "Join 38,000 readers", "38,000", "count", 38000, 38000, "readers", N, "page furniture"),
 ("b-2026", B, "The 2026 pay raise", "2026", "date", 2026, 2026, "year", N, "related link"),
 ("b-64", B, "64 comments", "64", "count", 64, 64, "comments", N, "page furniture"),

 # ---- GS06 local (2025-11-08), hard-wrapped
 ("l-pub", L, "Saturday, November 8, 2025", "November 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-day", L, "For about a day", "a day", "duration", 1, 1, "days", N, "scene"),
 ("l-fri", L, "late Friday night, the U.S.", "Friday", "date", 2025, 2025, "year", Y, "supreme court administrative stay (nov 7)"),
 ("l-thu", L, "ruled on Thursday in a Providence", "Thursday", "date", 2025, 2025, "year", Y, "mcconnell full-benefits order (nov 6)"),
 ("l-endfri", L, "by the end of Friday", "Friday", "date", 2025, 2025, "year", N, "payment deadline"),
 ("l-5wk", L, "more than five weeks into", "five weeks", "duration", 5, 5, "weeks", Y, "shutdown length as of nov 8"),
 ("l-oct1", L, "shutdown that began Oct. 1", "Oct. 1", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("l-nov1", L, "funding on Nov. 1", "Nov. 1", "date", 2025, 2025, "year", Y, "snap funding lapse"),
 ("l-42m", L, "for about 42 million Americans", "42 million", "count", 42000000, 42000000, "people", Y, "snap recipients"),
 ("l-9bn", L, "costs roughly $9 billion", "$9 billion", "money", 9000000000, 9000000000, "USD", Y, "monthly snap cost"),
 ("l-188", L, "about $188 per person", "$188", "money", 188, 188, "USD", Y, "average snap benefit per person"),
 ("l-lastwk", L, "had ruled last week", "last week", "date", 2025, 2025, "year", Y, "contingency rulings (oct 31)"),
 ("l-525", L, "roughly $5.25 billion", "$5.25 billion", "money", 5250000000, 5250000000, "USD", Y, "snap contingency fund total"),
 ("l-25", L, "brought by 25 states", "25", "count", 25, 25, "states", Y, "states suing (massachusetts case)"),
 ("l-465", L, "drain $4.65 billion", "$4.65 billion", "money", 4650000000, 4650000000, "USD", Y, "snap contingency funds used"),
 ("l-50", L, "would cover 50% of what", "50%", "percent", 50, 50, "%", Y, "usda initial partial share"),
 ("l-65", L, "receive up to 65% of", "65%", "percent", 65, 65, "%", Y, "usda revised partial share"),
 ("l-35", L, "a 35% cut", "35%", "percent", 35, 35, "%", Y, "revised cut to max allotment"),
 ("l-thu2", L, "On Thursday McConnell said", "Thursday", "date", 2025, 2025, "year", N, "repeat"),
 ("l-4bn", L, "roughly $4 billion shortfall", "$4 billion", "money", 4000000000, 4000000000, "USD", Y, "snap shortfall beyond contingency"),
 ("l-two", L, "at least two states", "two", "count", 2, 2, "states", Y, "states loading full benefits"),
 ("l-310", L, "served 310 households", "310", "count", 310, 310, "households", Y, "pantry households friday (local)"),
 ("l-double", L, "nearly double a typical week", "double", "ratio", 2, 2, "x", N, "local comparison"),
 ("l-730", L, "estimates that 730,000 federal", "730,000", "count", 730000, 730000, "employees", Y, "bpc furloughed"),
 ("l-lastmo", L, "estimated late last month", "late last month", "date", 2025, 2025, "year", N, "cbo letter"),
 ("l-6wk", L, "that a six-week shutdown", "six-week", "duration", 6, 6, "weeks", N, "cbo scenario"),
 ("l-1pp", L, "growth by 1 percentage point", "1 percentage point", "percent", 1, 1, "pp", Y, "cbo six-week q4 growth reduction"),
 ("l-nextyr", L, "expire at the end of next year", "the end of next year", "date", 2026, 2026, "year", Y, "aca enhanced credits expiry"),

 # ---- GS07 fact-check (2025-11-18)
 ("f-h45", F, "shutdown last 45 days", "45 days", "duration", 45, 45, "days", N, "post claim (headline)"),
 ("f-h50", F, "cost $50 billion and leave", "$50 billion", "money", 50000000000, 50000000000, "USD", N, "post claim (headline)"),
 ("f-h3m", F, "leave 3 million federal", "3 million", "count", 3000000, 3000000, "employees", N, "post claim (headline)"),
 ("f-pub", F, "November 18, 2025", "November 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c45", F, "The 45-day Democrat", "45-day", "duration", 45, 45, "days", N, "post claim"),
 ("f-c50", F, "the economy $50 billion, left", "$50 billion", "money", 50000000000, 50000000000, "USD", N, "post claim"),
 ("f-c3m", F, "left 3 million federal", "3 million", "count", 3000000, 3000000, "employees", N, "post claim"),
 ("f-c20", F, "Senate 20 tries", "20", "count", 20, 20, "votes", N, "post claim"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-nov13", F, "since Nov. 13", "Nov. 13", "date", 2025, 2025, "year", N, "post date"),
 ("f-v43", F, "lasted 43 days, not 45", "43 days", "duration", 43, 43, "days", N, "verdict"),
 ("f-v45", F, "43 days, not 45", "45", "duration", 45, 45, "days", N, "post claim (verdict)"),
 ("f-v50", F, "close to $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", N, "post claim (verdict)"),
 ("f-vhalf", F, "was under half of what", "half", "percent", 50, 50, "%", N, "vague comparison"),
 ("f-oct1", F, "Funding lapsed on Oct. 1", "Oct. 1", "date", 2025, 2025, "year", Y, "shutdown start"),
 ("f-nov12", F, "on the night of Nov. 12", "Nov. 12", "date", 2025, 2025, "year", Y, "bill signed"),
 ("f-43", F, "shutdown 43 days long", "43 days", "duration", 43, 43, "days", Y, "shutdown length"),
 ("f-35", F, "previous record of 35 days", "35 days", "duration", 35, 35, "days", Y, "previous record length"),
 ("f-jan19", F, "ended in January 2019", "January 2019", "date", 2019, 2019, "year", Y, "previous record end"),
 ("f-oct29", F, "estimated on Oct. 29", "Oct. 29", "date", 2025, 2025, "year", Y, "cbo letter date"),
 ("f-7to14", F, "by $7 billion to $14 billion", "$7 billion to $14 billion", "money", 7000000000, 14000000000, "USD", Y, "cbo permanent loss range (4-8 weeks)"),
 ("f-6wk", F, "For a six-week shutdown", "six-week", "duration", 6, 6, "weeks", N, "cbo scenario"),
 ("f-11bn", F, "the permanent loss at $11 billion", "$11 billion", "money", 11000000000, 11000000000, "USD", Y, "cbo six-week permanent loss"),
 ("f-15pp", F, "by about 1.5 percentage points", "1.5 percentage points", "percent", 1.5, 1.5, "pp", Y, "cbo six-week q4 growth reduction"),
 ("f-22pp", F, "about 2.2 percentage points", "2.2 percentage points", "percent", 2.2, 2.2, "pp", Y, "cbo six-week q1 2026 rebound"),
 ("f-2026", F, "early in 2026", "2026", "date", 2026, 2026, "year", N, "rebound period"),
 ("f-15bn", F, "about $15 billion a week", "$15 billion", "money", 15000000000, 15000000000, "USD", Y, "white house cea weekly cost"),
 ("f-50bnb", F, "supports $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", N, "post claim (repeat)"),
 ("f-670", F, "about 670,000 federal", "670,000", "count", 670000, 670000, "employees", Y, "bpc furloughed"),
 ("f-730", F, "about 730,000 worked", "730,000", "count", 730000, 730000, "employees", Y, "bpc working without pay"),
 ("f-14m", F, "roughly 1.4 million in all", "1.4 million", "count", 1400000, 1400000, "employees", Y, "bpc total unpaid civilians"),
 ("f-750", F, "about 750,000 furloughs", "750,000", "count", 750000, 750000, "employees", Y, "cbo pre-shutdown daily furlough projection"),
 ("f-oct15", F, "were paid on Oct. 15", "Oct. 15", "date", 2025, 2025, "year", N, "troop pay date"),
 ("f-8bn", F, "about $8 billion in unspent", "$8 billion", "money", 8000000000, 8000000000, "USD", Y, "pentagon funds used for troop pay"),
 ("f-3mb", F, "post's 3 million", "3 million", "count", 3000000, 3000000, "employees", N, "post claim (repeat)"),
 ("f-oct10", F, "sent on Oct. 10", "Oct. 10", "date", 2025, 2025, "year", Y, "rif notices date"),
 ("f-4100", F, "at about 4,100", "4,100", "count", 4100, 4100, "employees", Y, "rif notices (unions/news)"),
 ("f-2500", F, "just under 2,500", "2,500", "count", 2500, 2500, "employees", Y, "rif notices (administration filings)"),
 ("f-14", F, "Senate 14 times", "14", "count", 14, 14, "votes", Y, "failed senate votes on house cr"),
 ("f-eight", F, "group of eight Democratic-caucus", "eight", "count", 8, 8, "senators", Y, "senate democratic-caucus yes votes"),
 ("f-nov10", F, "Senate vote on Nov. 10", "Nov. 10", "date", 2025, 2025, "year", Y, "senate passage"),
 ("f-60", F, "was 60-40", "60", "count", 60, 60, "votes", Y, "senate final votes for"),
 ("f-40", F, "was 60-40", "40", "count", 40, 40, "votes", Y, "senate final votes against"),
 ("f-222", F, "approved it 222-209", "222", "count", 222, 222, "votes", Y, "house final votes for"),
 ("f-209", F, "approved it 222-209", "209", "count", 209, 209, "votes", Y, "house final votes against"),
 ("f-nov12b", F, "222-209 on Nov. 12", "Nov. 12", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("f-seven", F, "with seven Democrats", "seven", "count", 7, 7, "representatives", Y, "house democrats voting yes (final)"),
 ("f-20b", F, "the \"20 tries\"", "20", "count", 20, 20, "votes", N, "post claim (repeat)"),
 ("f-10r", F, "FAA cut 10% of flights", "10%", "percent", 10, 10, "%", N, "replies claim"),
 ("f-4", F, "started at 4% on Nov. 7", "4%", "percent", 4, 4, "%", Y, "faa initial cut"),
 ("f-nov7", F, "4% on Nov. 7", "Nov. 7", "date", 2025, 2025, "year", Y, "faa cuts start"),
 ("f-6", F, "reached 6%, and", "6%", "percent", 6, 6, "%", Y, "faa cut frozen level (peak in effect)"),
 ("f-nov12c", F, "frozen there on Nov. 12", "Nov. 12", "date", 2025, 2025, "year", N, "faa freeze date"),
 ("f-mon", F, "lifted on Monday", "Monday", "date", 2025, 2025, "year", N, "faa order lifted (nov 17)"),
 ("f-jan30", F, "through Jan. 30, 2026", "Jan. 30, 2026", "date", 2026, 2026, "year", Y, "stopgap end date"),
 ("f-10wk", F, "in about 10 weeks", "10 weeks", "duration", 10, 10, "weeks", N, "time to deadline"),
]

S, Q = "strict", "qualified"
X = [
 # S1 shutdown length: 42 (blog, full-day count) vs 43
 ("b-42", "w-43", S), ("b-42", "a-43", S), ("b-42", "e-43", S), ("b-42", "f-43", S),
 # S2 previous record length: 34 (press) vs 35
 ("p-34", "a-35", S), ("p-34", "e-35", S), ("p-34", "f-35", S),
 # S3 previous record ended: January 2018 (explainer) vs 2019
 ("e-jan18", "a-jan19", S), ("e-jan18", "f-jan19", S),
 # S4 Senate final tally 61-39 (explainer) vs 60-40
 ("e-61", "w-60", S), ("e-61", "a-60", S), ("e-61", "f-60", S),
 ("e-39", "w-40", S), ("e-39", "a-40", S), ("e-39", "f-40", S),
 # S5 House final tally: 216-213 previous-question vote given as passage (blog) vs 222-209
 ("b-216", "w-222", S), ("b-216", "a-222", S), ("b-216", "e-222", S), ("b-216", "f-222", S),
 ("b-213", "w-209", S), ("b-213", "a-209", S), ("b-213", "e-209", S), ("b-213", "f-209", S),
 # S6 House Democrats voting yes: seven (fact-check) vs six
 ("f-seven", "w-six", S), ("f-seven", "a-6", S), ("f-seven", "e-six", S),
 # S7 failed Senate votes on the House CR: 12 (explainer) vs 14
 ("e-12", "w-14", S), ("e-12", "f-14", S),
 # S8 stopgap end date year: 2025 (blog) vs 2026
 ("b-jan30", "w-jan30", S), ("b-jan30", "a-jan30", S), ("b-jan30", "e-jan30", S), ("b-jan30", "f-jan30", S),
 # S9 ACA credits expire: "end of next year" (local, Nov 2025 -> 2026) vs 2025
 ("l-nextyr", "w-endyr", S), ("l-nextyr", "e-dec31", S),
 # S10 FAA initial cut: 6% (press) vs 4%
 ("p-6", "w-4", S), ("p-6", "e-4", S), ("p-6", "f-4", S),
 # S11 FAA cut actually reached: 10% (blog, planned given as actual) vs 6%
 ("b-10", "w-6", S), ("b-10", "e-6f", S), ("b-10", "f-6", S),
 # S12 BPC furloughed: 730,000 (local, the working-unpaid figure) vs 670,000
 ("l-730", "w-670", S), ("l-730", "e-670", S), ("l-730", "f-670", S),
 # S13 CBO pre-shutdown daily furlough projection: 650,000 (abstract, Oct 29 figure) vs 750,000
 ("a-650", "e-750", S), ("a-650", "f-750", S),
 # S14 SNAP contingency money used: $4.56bn (wire, transposed) vs $4.65bn
 ("w-456", "e-465", S), ("w-456", "l-465", S),
 # S15 USDA revised partial share: 50% (blog, initial plan given as final) vs 65%
 ("b-50", "e-65", S), ("b-50", "l-65", S),
 # S16 CBO six-week permanent loss: $14bn (explainer, 8-week figure) vs $11bn
 ("e-14bn", "w-11bn", S), ("e-14bn", "a-11bn", S), ("e-14bn", "f-11bn", S),
 # S17 CBO six-week Q4 growth hit: 1 pp (local, 4-week figure) vs 1.5 pp
 ("l-1pp", "w-15pp", S), ("l-1pp", "a-15pp", S), ("l-1pp", "e-15pp", S), ("l-1pp", "f-15pp", S),
 # Qualified (real discrepancies between sources)
 ("f-2500", "w-4100", Q), ("f-2500", "e-4000", Q),
 ("p-3000", "b-2000", Q),
 ("p-44k", "b-45k", Q),
 ("b-8bn", "e-9bn", Q), ("b-8bn", "l-9bn", Q),
 ("e-187", "l-188", Q),
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
        rows.append({"type": "claim", "id": f"gs-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"gs-{a}", f"gs-{b}"
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
