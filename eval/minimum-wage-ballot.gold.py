#!/usr/bin/env python3
"""Build minimum-wage-ballot.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "minimum-wage-ballot")
OUT = os.path.join(HERE, "minimum-wage-ballot.gold.jsonl")
T = "minimum-wage-ballot"

W, P, A, E, B, L, F = ("MW01_wire.txt", "MW02_press.txt", "MW03_abstract.txt",
                       "MW04_explainer.txt", "MW05_blog.txt", "MW06_local.txt", "MW07_factcheck.txt")
Y = True; N = False
H = "USD/hour"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MW01 wire (2025-05-15, Thursday)
 ("w-h15", W, "sick leave, keeps $15 wage", "$15", "money", 15, 15, H, N, "headline repeat"),
 ("w-dl", W, "Mo., May 15 (Heartland", "May 15", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "Senate on Wednesday cut off", "Wednesday", "date", 2025, 2025, "year", Y, "mo senate vote on hb 567 (2025-05-14)"),
 ("w-s22", W, "voted 22-10 to repeal", "22", "vote", 22, 22, "votes for", Y, "mo senate hb 567 vote for"),
 ("w-s10", W, "voted 22-10 to repeal", "10", "vote", 10, 10, "votes against", Y, "mo senate hb 567 vote against"),
 ("w-nov", W, "voters approved in November, sending", "November", "date", 2024, 2024, "year", Y, "prop a election"),
 ("w-month", W, "less than a month after", "less than a month", "duration", 1, 1, "months", N, "time since sick leave took effect"),
 ("w-1375", W, "rose to $13.75 an hour on Jan. 1", "$13.75", "money", 13.75, 13.75, H, Y, "mo minimum wage 2025"),
 ("w-jan1", W, "an hour on Jan. 1 and will", "Jan. 1", "date", 2025, 2025, "year", N, "mo 2025 step date"),
 ("w-15", W, "will reach $15 in January 2026", "$15", "money", 15, 15, H, Y, "mo minimum wage 2026"),
 ("w-jan26", W, "will reach $15 in January 2026", "January 2026", "date", 2026, 2026, "year", Y, "mo $15 effective year"),
 ("w-2027", W, "were to begin in 2027", "2027", "date", 2027, 2027, "year", Y, "mo cpi indexing start (repealed)"),
 ("w-2020", W, "the maneuver since 2020", "2020", "date", 2020, 2020, "year", Y, "last senate pq use (any session)"),
 ("w-a22", W, "on abortion, 22-11, which", "22", "vote", 22, 22, "votes for", Y, "mo senate sjr 73 abortion vote for"),
 ("w-a11", W, "on abortion, 22-11, which", "11", "vote", 11, 11, "votes against", Y, "mo senate sjr 73 abortion vote against"),
 ("w-h96", W, "the repeal 96-51 in March", "96", "vote", 96, 96, "votes for", Y, "mo house hb 567 vote for"),
 ("w-h51", W, "the repeal 96-51 in March", "51", "vote", 51, 51, "votes against", Y, "mo house hb 567 vote against"),
 ("w-mar", W, "96-51 in March. An", "March", "date", 2025, 2025, "year", Y, "mo house vote date"),
 ("w-15b", W, "pushed the $15 wage back", "$15", "money", 15, 15, H, N, "repeat"),
 ("w-2028", W, "wage back to 2028", "2028", "date", 2028, 2028, "year", Y, "earlier house version delay year (not enacted)"),
 ("w-lastnov", W, "passed last November with", "last November", "date", 2024, 2024, "year", Y, "prop a election"),
 ("w-575", W, "with 57.5% of the vote", "57.5%", "percent", 57.5, 57.5, "%", Y, "mo prop a yes share"),
 ("w-1hr", W, "workers one hour of paid sick", "one hour", "duration", 1, 1, "hours", Y, "mo sick leave accrual"),
 ("w-30hr", W, "for every 30 hours worked. Those", "30 hours", "duration", 30, 30, "hours", Y, "mo sick leave accrual basis"),
 ("w-may1", W, "started on May 1, two weeks", "May 1", "date", 2025, 2025, "year", Y, "mo sick leave start"),
 ("w-2wk", W, "May 1, two weeks ago", "two weeks", "duration", 2, 2, "weeks", N, "relative"),
 ("w-aug28", W, "take effect Aug. 28", "Aug. 28", "date", 2025, 2025, "year", Y, "hb 567 effective date"),
 ("w-nine", W, "run a diner with nine employees", "nine", "count", 9, 9, "employees", N, "quote aside"),
 ("w-half", W, "every half hour of leave", "half hour", "duration", 0.5, 0.5, "hours", N, "quote aside"),
 ("w-700k", W, "reach some 700,000 Missouri workers", "700,000", "count", 700000, 700000, "workers", Y, "mo workers getting raises (epi)"),
 ("w-2026ca", W, "constitutional amendment in 2026", "2026", "date", 2026, 2026, "year", Y, "planned mo constitutional initiative"),
 ("w-halfmw", W, "may pay them half the minimum wage", "half", "percent", 50, 50, "%", Y, "mo tipped base share"),
 ("w-6875", W, "or $6.875 an hour this year", "$6.875", "money", 6.875, 6.875, H, Y, "mo tipped base 2025"),
 ("w-3st", W, "one of three states where", "three", "count", 3, 3, "states", Y, "states with wage increase on nov 2024 ballot"),
 ("w-ak15", W, "a $15 wage by 2027 plus", "$15", "money", 15, 15, H, Y, "ak final wage"),
 ("w-ak2027", W, "a $15 wage by 2027 plus", "2027", "date", 2027, 2027, "year", Y, "ak $15 year"),
 ("w-ak58", W, "with about 58% support", "58%", "percent", 58, 58, "%", Y, "ak measure 1 yes share"),
 ("w-ca1650", W, "already $16.50, voters", "$16.50", "money", 16.5, 16.5, H, Y, "ca minimum wage 2025"),
 ("w-ca18", W, "would have raised it to $18; the", "$18", "money", 18, 18, H, Y, "prop 32 target"),
 ("w-ca492", W, "was 49.2% yes", "49.2%", "percent", 49.2, 49.2, "%", Y, "prop 32 yes share"),
 ("w-ca508", W, "to 50.8% no", "50.8%", "percent", 50.8, 50.8, "%", Y, "prop 32 no share"),
 ("w-midjul", W, "have until mid-July to act", "mid-July", "date", 2025, 2025, "year", N, "deadline"),

 # ---- MW02 press (2025-12-09)
 ("p-h2026", P, "for January 2026 Minimum Wage Changes", "January 2026", "date", 2026, 2026, "year", N, "headline"),
 ("p-h15", P, "adds Missouri's $15 floor", "$15", "money", 15, 15, H, N, "subtitle repeat"),
 ("p-h2026b", P, "California's 2026 rate", "2026", "date", 2026, 2026, "year", N, "subtitle"),
 ("p-dl", P, "Dec. 9, 2025 /PRNewswire/", "Dec. 9, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-w2026", P, "its Winter 2026 rate update", "2026", "date", 2026, 2026, "year", N, "product name"),
 ("p-lastnov", P, "approved Proposition A last November", "last November", "date", 2025, 2025, "year", Y, "prop a election (resolves to 2025 from dec 2025)"),
 ("p-1375", P, "rises from $13.75 to $15.00", "$13.75", "money", 13.75, 13.75, H, Y, "mo minimum wage 2025"),
 ("p-1500", P, "from $13.75 to $15.00 an hour on January 1, 2026", "$15.00", "money", 15, 15, H, Y, "mo minimum wage 2026"),
 ("p-jan26", P, "$15.00 an hour on January 1, 2026. The base", "January 1, 2026", "date", 2026, 2026, "year", Y, "mo $15 effective"),
 ("p-750", P, "tipped employees rises to $7.50", "$7.50", "money", 7.5, 7.5, H, Y, "mo tipped base 2026"),
 ("p-50", P, "which is 50% of the full rate", "50%", "percent", 50, 50, "%", Y, "mo tipped base share"),
 ("p-1500b", P, "an employee to $15.00. Under", "$15.00", "money", 15, 15, H, N, "repeat"),
 ("p-jul", P, "Governor Mike Kehoe in July, the", "July", "date", 2025, 2025, "year", Y, "hb 567 signed"),
 ("p-aug28", P, "effective August 28, 2025", "August 28, 2025", "date", 2025, 2025, "year", Y, "hb 567 effective"),
 ("p-ak13", P, "which reached $13.00 on July 1, 2025", "$13.00", "money", 13, 13, H, Y, "ak wage jul 2025"),
 ("p-akjul25", P, "$13.00 on July 1, 2025, rises", "July 1, 2025", "date", 2025, 2025, "year", Y, "ak step 1 date"),
 ("p-ak14", P, "rises to $14.00 on July 1, 2026", "$14.00", "money", 14, 14, H, Y, "ak wage jul 2026"),
 ("p-akjul26", P, "$14.00 on July 1, 2026 and", "July 1, 2026", "date", 2026, 2026, "year", Y, "ak step 2 date"),
 ("p-ak15", P, "to $15.00 on July 1, 2027", "$15.00", "money", 15, 15, H, Y, "ak wage jul 2027"),
 ("p-akjul27", P, "$15.00 on July 1, 2027", "July 1, 2027", "date", 2027, 2027, "year", Y, "ak $15 year"),
 ("p-1hr", P, "accrues at one hour for every", "one hour", "duration", 1, 1, "hours", Y, "ak sick leave accrual"),
 ("p-30hr", P, "for every 30 hours worked. Employers", "30 hours", "duration", 30, 30, "hours", Y, "ak accrual basis"),
 ("p-15emp", P, "fewer than 15 employees must allow", "15", "count", 15, 15, "employees", N, "threshold"),
 ("p-56", P, "accrual of up to 56 hours a year", "56 hours", "duration", 56, 56, "hours", Y, "ak small-employer sick leave cap"),
 ("p-22k", P, "roughly 22,000 Alaska workers", "22,000", "count", 22000, 22000, "workers", Y, "ak workers getting raises"),
 ("p-by27", P, "see raises by 2027", "2027", "date", 2027, 2027, "year", N, "qualifier"),
 ("p-ca1690", P, "rises to $16.90 on January 1, 2026", "$16.90", "money", 16.9, 16.9, H, Y, "ca minimum wage 2026"),
 ("p-cajan26", P, "$16.90 on January 1, 2026, from", "January 1, 2026", "date", 2026, 2026, "year", N, "effective date"),
 ("p-ca1650", P, "from $16.50. California", "$16.50", "money", 16.5, 16.5, H, Y, "ca minimum wage 2025"),
 ("p-ca20", P, "including the $20 fast-food", "$20", "money", 20, 20, H, Y, "ca fast food minimum"),
 ("p-ca18", P, "would have set an $18 wage", "$18", "money", 18, 18, H, Y, "prop 32 target"),
 ("p-ne15", P, "reaches $15.00 on January 1, 2026, the final", "$15.00", "money", 15, 15, H, Y, "ne minimum wage 2026"),
 ("p-nejan26", P, "$15.00 on January 1, 2026, the final", "January 1, 2026", "date", 2026, 2026, "year", Y, "ne $15 effective"),
 ("p-433", P, "which voters approved in 2022", "2022", "date", 2022, 2022, "year", Y, "ne initiative 433 vote year"),
 ("p-az25", P, "pay tipped workers 25% less", "25%", "percent", 25, 25, "%", Y, "az prop 138 tipped discount"),
 ("p-az74", P, "with about 74% voting no", "74%", "percent", 74, 74, "%", Y, "az prop 138 no share"),
 ("p-apr", P, "accrual in April and turned it off", "April", "date", 2025, 2025, "year", N, "aside"),
 ("p-augoff", P, "turned it off in August", "August", "date", 2025, 2025, "year", N, "aside"),
 ("p-12srv", P, "with 12 servers", "12", "count", 12, 12, "servers", N, "quote aside"),
 ("p-jan2", P, "the January 2 payroll", "January 2", "date", 2026, 2026, "year", N, "aside"),
 ("p-45min", P, "a 45-minute webinar", "45-minute", "duration", 45, 45, "minutes", N, "event"),
 ("p-2026web", P, "on the 2026 updates", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("p-dec16", P, "on December 16 at", "December 16", "date", 2025, 2025, "year", N, "event"),
 ("p-1pm", P, "at 1 p.m. Central", "1 p.m.", "date", None, None, "time", N, "time of day"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-41k", P, "about 41,000 employers", "41,000", "count", 41000, 41000, "employers", N, "about section"),
 ("p-50st", P, "in all 50 states", "50", "count", 50, 50, "states", N, "about section"),
 ("p-600", P, "employs roughly 600 people", "600", "count", 600, 600, "employees", N, "about section"),
 ("p-fls2026", P, "proposed 2026 Missouri constitutional", "2026", "date", 2026, 2026, "year", N, "forward-looking"),

 # ---- MW03 abstract (2025-10-06)
 ("a-pub", A, "Published online 6 October 2025", "6 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "returns from the 2024 state ballot", "2024", "date", 2024, 2024, "year", N, "title qualifier"),
 ("a-2009", A, "last raised in 2009", "2009", "date", 2009, 2009, "year", Y, "last federal minimum wage increase"),
 ("a-bnov24", A, "Before November 2024, 26", "November 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-26", A, "2024, 26 of the 28 statewide", "26", "count", 26, 26, "measures", Y, "approved wage increases since 1996"),
 ("a-28", A, "26 of the 28 statewide", "28", "count", 28, 28, "measures", Y, "wage increases on ballot since 1996"),
 ("a-1996", A, "on the ballot since 1996 had", "1996", "date", 1996, 1996, "year", N, "period start"),
 ("a-three", A, "Three increases and two tipped-wage", "Three", "count", 3, 3, "measures", Y, "2024 wage increase measures"),
 ("a-two", A, "Three increases and two tipped-wage", "two", "count", 2, 2, "measures", Y, "2024 tipped-wage measures"),
 ("a-5nov", A, "before voters on 5 November 2024", "5 November 2024", "date", 2024, 2024, "year", Y, "election date"),
 ("a-N5", A, "all N = 5 measures", "5", "count", 5, 5, "measures", Y, "measures analysed"),
 ("a-mo1230", A, "Proposition A ($12.30 to", "$12.30", "money", 12.3, 12.3, H, Y, "mo wage 2024"),
 ("a-mo1375", A, "$12.30 to $13.75 in 2025", "$13.75", "money", 13.75, 13.75, H, Y, "mo wage 2025"),
 ("a-mo2025", A, "$13.75 in 2025 and", "2025", "date", 2025, 2025, "year", N, "step year"),
 ("a-mo15", A, "and $15 in 2026, plus earned", "$15", "money", 15, 15, H, Y, "mo wage 2026"),
 ("a-mo2026", A, "and $15 in 2026, plus earned", "2026", "date", 2026, 2026, "year", Y, "mo $15 effective year"),
 ("a-ak1173", A, "Measure 1 ($11.73 to", "$11.73", "money", 11.73, 11.73, H, Y, "ak wage at time of vote (2024)"),
 ("a-ak15", A, "$11.73 to $15 by July 2027", "$15", "money", 15, 15, H, Y, "ak final wage"),
 ("a-akjul27", A, "$15 by July 2027 in three", "July 2027", "date", 2027, 2027, "year", Y, "ak $15 year"),
 ("a-ak3", A, "in three annual steps", "three", "count", 3, 3, "steps", N, "phase-in steps"),
 ("a-ca16", A, "Proposition 32 ($16 to", "$16", "money", 16, 16, H, Y, "ca wage 2024"),
 ("a-ca18", A, "$16 to $18 for employers", "$18", "money", 18, 18, H, Y, "prop 32 target"),
 ("a-ca26", A, "employers with 26 or more employees in 2025", "26", "count", 26, 26, "employees", N, "size threshold"),
 ("a-ca2025", A, "26 or more employees in 2025 and", "2025", "date", 2025, 2025, "year", Y, "prop 32 large-employer $18 year"),
 ("a-ca2027", A, "for smaller employers in 2027", "2027", "date", 2027, 2027, "year", Y, "prop 32 small-employer $18 year"),
 ("a-az25", A, "a tipped wage up to 25% below", "25%", "percent", 25, 25, "%", Y, "az prop 138 tipped discount"),
 ("a-ma2029", A, "tipped subminimum by 2029", "2029", "date", 2029, 2029, "year", Y, "ma q5 phase-out end"),
 ("a-2018", A, "Missouri Proposition B, 2018;", "2018", "date", 2018, 2018, "year", Y, "mo prop b year"),
 ("a-2014", A, "Ballot Measure 3, 2014)", "2014", "date", 2014, 2014, "year", Y, "ak bm3 year"),
 ("a-dur2024", A, "before and during 2024 were", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-3inc", A, "The three increase measures drew", "three", "count", 3, 3, "measures", N, "repeat"),
 ("a-tot", A, "drew 18,413,557 votes", "18,413,557", "vote", 18413557, 18413557, "votes", Y, "total votes on three increase measures"),
 ("a-pool", A, "pooled yes share of 50.76%", "50.76%", "percent", 50.76, 50.76, "%", Y, "pooled yes share"),
 ("a-moyes", A, "passed with 1,693,064 yes votes", "1,693,064", "vote", 1693064, 1693064, "votes", Y, "mo prop a yes votes"),
 ("a-motot", A, "of 2,940,722 cast", "2,940,722", "vote", 2940722, 2940722, "votes", Y, "mo prop a votes cast"),
 ("a-mopct", A, "cast (57.57%)", "57.57%", "percent", 57.57, 57.57, "%", Y, "mo prop a yes share"),
 ("a-mob", A, "compared with 62.34% for", "62.34%", "percent", 62.34, 62.34, "%", Y, "mo prop b 2018 yes share"),
 ("a-mob18", A, "Proposition B in 2018 (n=", "2018", "date", 2018, 2018, "year", N, "repeat"),
 ("a-mobn", A, "(n=2,404,649)", "2,404,649", "vote", 2404649, 2404649, "votes", Y, "mo prop b votes cast"),
 ("a-diff", A, "was −4.76 percentage points", "−4.76 percentage points", "percent", -4.76, -4.76, "pp", Y, "mo yes share change 2018-2024"),
 ("a-diffci", A, "(95% CI −4.85 to −4.68", "−4.85 to −4.68", "percent", -4.85, -4.68, "pp", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-akyes", A, "passed with 183,744 of", "183,744", "vote", 183744, 183744, "votes", Y, "ak yes votes"),
 ("a-aktot", A, "of 316,906 votes", "316,906", "vote", 316906, 316906, "votes", Y, "ak votes cast"),
 ("a-akpct", A, "votes (57.98%)", "57.98%", "percent", 57.98, 57.98, "%", Y, "ak measure 1 yes share"),
 ("a-ak114", A, "11.4 points below", "11.4 points", "percent", -11.4, -11.4, "pp", Y, "ak yes share change 2014-2024"),
 ("a-ak694", A, "the 69.4% recorded in 2014", "69.4%", "percent", 69.4, 69.4, "%", Y, "ak 2014 bm3 yes share"),
 ("a-ak2014b", A, "recorded in 2014. California", "2014", "date", 2014, 2014, "year", N, "repeat"),
 ("a-cayes", A, "failed with 7,469,803 of", "7,469,803", "vote", 7469803, 7469803, "votes", Y, "prop 32 yes votes"),
 ("a-catot", A, "of 15,155,929 votes", "15,155,929", "vote", 15155929, 15155929, "votes", Y, "prop 32 votes cast"),
 ("a-capct", A, "votes (49.29%)", "49.29%", "percent", 49.29, 49.29, "%", Y, "prop 32 yes share"),
 ("a-camarg", A, "a margin of 216,323 votes", "216,323", "vote", 216323, 216323, "votes", Y, "prop 32 losing margin"),
 ("a-ca2", A, "in dollar terms ($2 an hour", "$2", "money", 2, 2, H, Y, "prop 32 increase size"),
 ("a-ca125", A, "or 12.5%) from", "12.5%", "percent", 12.5, 12.5, "%", Y, "prop 32 increase size pct"),
 ("a-azyes", A, "received 25.24% yes", "25.24%", "percent", 25.24, 25.24, "%", Y, "az prop 138 yes share"),
 ("a-azno", A, "and 74.76% no", "74.76%", "percent", 74.76, 74.76, "%", Y, "az prop 138 no share"),
 ("a-mayes", A, "Question 5 received 35.87% yes", "35.87%", "percent", 35.87, 35.87, "%", Y, "ma q5 yes share"),
 ("a-r26", A, "fell from 26 of 28 (92.9%)", "26", "count", 26, 26, "measures", N, "repeat"),
 ("a-r28", A, "from 26 of 28 (92.9%)", "28", "count", 28, 28, "measures", N, "repeat"),
 ("a-r929", A, "(92.9%)", "92.9%", "percent", 92.9, 92.9, "%", Y, "pre-2024 approval rate"),
 ("a-r2", A, "to 2 of 3 in 2024", "2", "count", 2, 2, "measures", Y, "2024 increases approved"),
 ("a-r3", A, "to 2 of 3 in 2024", "3", "count", 3, 3, "measures", N, "repeat"),
 ("a-r2024", A, "2 of 3 in 2024 (P=0.27)", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-p27", A, "P=0.27", "0.27", "pvalue", 0.27, 0.27, "p", N, "p-value"),
 ("a-60x", A, "differed more than sixtyfold", "sixtyfold", "ratio", 60, 60, "x", N, "summary"),
 ("a-mo900k", A, "about 900,000 workers in Missouri", "900,000", "count", 900000, 900000, "workers", Y, "mo workers getting raises (epi)"),
 ("a-third", A, "nearly a third of the workforce", "a third", "percent", 33.3, 33.3, "%", Y, "mo share of workforce getting raises"),
 ("a-ak32k", A, "about 32,000 in Alaska", "32,000", "count", 32000, 32000, "workers", Y, "ak workers getting raises"),
 ("a-ca2m", A, "about 2 million in California", "2 million", "count", 2000000, 2000000, "workers", Y, "ca workers getting raises (campaign)"),
 ("a-c2st", A, "in the two states that paired", "two", "count", 2, 2, "states", N, "summary"),
 ("a-c15", A, "paired a $15 target", "$15", "money", 15, 15, H, N, "summary"),
 ("a-cone", A, "The one failure came", "one", "count", 1, 1, "measures", N, "summary"),
 ("a-single", A, "in a single cycle", "single", "count", 1, 1, "cycles", N, "summary"),
 ("a-c3", A, "With only three increase measures", "three", "count", 3, 3, "measures", N, "summary"),

 # ---- MW04 explainer (2025-09-15)
 ("e-t2025", E, "Minimum wage 2025-2027: what", "2025-2027", "date", 2025, 2027, "year", N, "title range"),
 ("e-upd", E, "Updated September 15, 2025", "September 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-3st", E, "Voters in three states decided", "three", "count", 3, 3, "states", Y, "states with wage increase on nov 2024 ballot"),
 ("e-lastnov", E, "minimum wage questions last November", "last November", "date", 2024, 2024, "year", Y, "election"),
 ("e-2more", E, "and two more states voted", "two", "count", 2, 2, "states", Y, "states with tipped-wage measures"),
 ("e-1375", E, "$13.75 an hour for 2025", "$13.75", "money", 13.75, 13.75, H, Y, "mo wage 2025"),
 ("e-1375y", E, "$13.75 an hour for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-15", E, "rising to $15 an hour on January 1, 2026", "$15", "money", 15, 15, H, Y, "mo wage 2026"),
 ("e-jan26", E, "$15 an hour on January 1, 2026. Both", "January 1, 2026", "date", 2026, 2026, "year", Y, "mo $15 effective"),
 ("e-62", E, "passed with 62% of the vote", "62%", "percent", 62, 62, "%", Y, "mo prop a yes share"),
 ("e-1230", E, "the wage was $12.30", "$12.30", "money", 12.3, 12.3, H, Y, "mo wage 2024"),
 ("e-after26", E, "keep rising after 2026", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("e-2027", E, "to inflation starting in 2027", "2027", "date", 2027, 2027, "year", Y, "mo cpi indexing start (repealed)"),
 ("e-jul", E, "Governor Mike Kehoe in July (House", "July", "date", 2025, 2025, "year", Y, "hb 567 signed"),
 ("e-15b", E, "The $15 rate stays", "$15", "money", 15, 15, H, N, "repeat"),
 ("e-may1", E, "From May 1, 2025, Proposition A", "May 1, 2025", "date", 2025, 2025, "year", Y, "mo sick leave start"),
 ("e-1hr", E, "earn one hour of paid sick time", "one hour", "duration", 1, 1, "hours", Y, "mo accrual"),
 ("e-30hr", E, "paid sick time for every 30 hours worked", "30 hours", "duration", 30, 30, "hours", Y, "mo accrual basis"),
 ("e-mo40", E, "up to 40 hours a year at businesses", "40 hours", "duration", 40, 40, "hours", Y, "mo small-employer sick leave cap"),
 ("e-mo15", E, "businesses with fewer than 15 employees and up to 56", "15", "count", 15, 15, "employees", N, "threshold"),
 ("e-mo56", E, "up to 56 hours at larger ones", "56 hours", "duration", 56, 56, "hours", Y, "mo large-employer sick leave cap"),
 ("e-5d", E, "that is five or seven eight-hour days", "five", "duration", 5, 5, "days", Y, "mo small cap in days"),
 ("e-7d", E, "five or seven eight-hour days", "seven", "duration", 7, 7, "days", Y, "mo large cap in days"),
 ("e-8h", E, "seven eight-hour days", "eight-hour", "duration", 8, 8, "hours", N, "definition"),
 ("e-aug28", E, "ended the requirement on August 28", "August 28", "date", 2025, 2025, "year", Y, "hb 567 effective"),
 ("e-apr", E, "upheld the measure in April in", "April", "date", 2025, 2025, "year", Y, "mo supreme court ruling"),
 ("e-c5", E, "in a 5-2 decision", "5", "vote", 5, 5, "votes for", Y, "mo supreme court vote for"),
 ("e-c2", E, "in a 5-2 decision", "2", "vote", 2, 2, "votes against", Y, "mo supreme court vote against"),
 ("e-half", E, "tipped workers half the minimum wage", "half", "percent", 50, 50, "%", Y, "mo tipped base share"),
 ("e-615", E, "This year the base is $6.15", "$6.15", "money", 6.15, 6.15, H, Y, "mo tipped base 2025"),
 ("e-750", E, "it becomes $7.50", "$7.50", "money", 7.5, 7.5, H, Y, "mo tipped base 2026"),
 ("e-jan1", E, "on January 1 it becomes", "January 1", "date", 2026, 2026, "year", N, "effective date"),
 ("e-53k", E, "one-time costs of up to $53,000", "$53,000", "money", 53000, 53000, "USD", Y, "mo fiscal note one-time cost"),
 ("e-256k", E, "up to at least $256,000 a year", "$256,000", "money", 256000, 256000, "USD", Y, "mo fiscal note ongoing cost"),
 ("e-by27", E, "a year by 2027, mostly", "2027", "date", 2027, 2027, "year", N, "qualifier"),
 ("e-ak13", E, "raised the wage to $13 an hour on July 1, 2025", "$13", "money", 13, 13, H, Y, "ak wage jul 2025"),
 ("e-akjul25", E, "$13 an hour on July 1, 2025", "July 1, 2025", "date", 2025, 2025, "year", Y, "ak step 1"),
 ("e-ak14", E, "It goes to $14 on July 1, 2026", "$14", "money", 14, 14, H, Y, "ak wage jul 2026"),
 ("e-akjul26", E, "$14 on July 1, 2026 and", "July 1, 2026", "date", 2026, 2026, "year", Y, "ak step 2"),
 ("e-ak15", E, "to $15 on July 1, 2028", "$15", "money", 15, 15, H, Y, "ak final wage"),
 ("e-akjul28", E, "$15 on July 1, 2028", "July 1, 2028", "date", 2028, 2028, "year", Y, "ak $15 year"),
 ("e-ak1hr", E, "You earn one hour for every 30", "one hour", "duration", 1, 1, "hours", Y, "ak accrual"),
 ("e-ak30", E, "one hour for every 30 hours worked, up to 40 hours a year if", "30 hours", "duration", 30, 30, "hours", Y, "ak accrual basis"),
 ("e-ak40", E, "up to 40 hours a year if your employer", "40 hours", "duration", 40, 40, "hours", Y, "ak small-employer sick leave cap"),
 ("e-ak15e", E, "has fewer than 15 employees and up to 56 hours if", "15", "count", 15, 15, "employees", N, "threshold"),
 ("e-ak56", E, "up to 56 hours if it has", "56 hours", "duration", 56, 56, "hours", Y, "ak large-employer sick leave cap"),
 ("e-ak15m", E, "if it has 15 or more", "15", "count", 15, 15, "employees", N, "threshold"),
 ("e-ca18q", E, "Did the $18 wage happen", "$18", "money", 18, 18, H, N, "question heading"),
 ("e-ca493", E, "failed with 49.3% yes", "49.3%", "percent", 49.3, 49.3, "%", Y, "prop 32 yes share"),
 ("e-ca1650", E, "The statewide minimum is $16.50 in 2025", "$16.50", "money", 16.5, 16.5, H, Y, "ca wage 2025"),
 ("e-ca2025", E, "is $16.50 in 2025 and", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-ca1690", E, "will be $16.90 in 2026", "$16.90", "money", 16.9, 16.9, H, Y, "ca wage 2026"),
 ("e-ca2026", E, "will be $16.90 in 2026 under", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("e-ca18l", E, "larger employers would have paid $18 from January 2025", "$18", "money", 18, 18, H, Y, "prop 32 large-employer 2025 wage"),
 ("e-cajan25", E, "paid $18 from January 2025", "January 2025", "date", 2025, 2025, "year", Y, "prop 32 large-employer $18 year"),
 ("e-ca25", E, "employers with 25 or fewer workers", "25", "count", 25, 25, "employees", N, "size threshold"),
 ("e-ca18s", E, "would have reached $18 in 2026", "$18", "money", 18, 18, H, N, "repeat"),
 ("e-ca2026s", E, "would have reached $18 in 2026", "2026", "date", 2026, 2026, "year", Y, "prop 32 small-employer $18 year"),
 ("e-ca20", E, "earn at least $20, and", "$20", "money", 20, 20, H, Y, "ca fast food minimum"),
 ("e-ca25h", E, "schedule toward $25", "$25", "money", 25, 25, H, Y, "ca health care minimum target"),
 ("e-ma64", E, "by about 64% to 36%", "64%", "percent", 64, 64, "%", Y, "ma q5 no share"),
 ("e-ma36", E, "by about 64% to 36%", "36%", "percent", 36, 36, "%", Y, "ma q5 yes share"),
 ("e-two", E, "most claims turn on those two documents", "two", "count", 2, 2, "documents", N, "aside"),

 # ---- MW05 blog (2024-11-22)
 ("b-h18", B, "said no to $18 while", "$18", "money", 18, 18, H, N, "headline"),
 ("b-date", B, "November 22, 2024 | 6 min read", "November 22, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-cap18", B, "\"Now Hiring - $18/hr\"", "$18/hr", "money", 18, 18, H, N, "image alt text"),
 ("b-cap16", B, "above the $16 state floor", "$16", "money", 16, 16, H, N, "caption"),
 ("b-3dec", B, "For almost three decades", "three decades", "duration", 3, 3, "decades", N, "aside"),
 ("b-26", B, "election, 26 of the 28", "26", "count", 26, 26, "measures", Y, "approved wage increases since 1996"),
 ("b-28", B, "26 of the 28 statewide", "28", "count", 28, 28, "measures", Y, "wage increases on ballot since 1996"),
 ("b-1996", B, "voters since 1996 had", "1996", "date", 1996, 1996, "year", N, "period start"),
 ("b-16", B, "minimum from $16 to $18 an hour, was", "$16", "money", 16, 16, H, Y, "ca wage 2024"),
 ("b-18", B, "from $16 to $18 an hour, was", "$18", "money", 18, 18, H, Y, "prop 32 target"),
 ("b-tue", B, "declared defeated on Tuesday evening", "Tuesday", "date", 2024, 2024, "year", N, "ap call (2024-11-19)"),
 ("b-2wk", B, "two weeks after Election Day", "two weeks", "duration", 2, 2, "weeks", N, "aside"),
 ("b-489", B, "Yes finished with 48.9%", "48.9%", "percent", 48.9, 48.9, "%", Y, "prop 32 yes share"),
 ("b-511", B, "No with 51.1%", "51.1%", "percent", 51.1, 51.1, "%", Y, "prop 32 no share"),
 ("b-234k", B, "roughly 234,000 votes", "234,000", "vote", 234000, 234000, "votes", Y, "prop 32 losing margin"),
 ("b-15m", B, "more than 15 million cast", "15 million", "vote", 15000000, 15000000, "votes", Y, "prop 32 votes cast"),
 ("b-mo576", B, "Proposition A with 57.6% of the vote", "57.6%", "percent", 57.6, 57.6, "%", Y, "mo prop a yes share"),
 ("b-ak57", B, "led 57-43 with about", "57", "percent", 57, 57, "%", Y, "ak yes share (interim, ~3/4 counted)"),
 ("b-ak43", B, "led 57-43 with about", "43", "percent", 43, 43, "%", Y, "ak no share (interim)"),
 ("b-3q", B, "about three-quarters of ballots", "three-quarters", "percent", 75, 75, "%", N, "share counted"),
 ("b-15pair", B, "Both pair a $15 wage", "$15", "money", 15, 15, H, N, "summary"),
 ("b-26emp", B, "Employers with 26 or more workers", "26", "count", 26, 26, "employees", N, "size threshold"),
 ("b-17imm", B, "would have gone to $17 immediately", "$17", "money", 17, 17, H, Y, "prop 32 large-employer immediate wage"),
 ("b-18l", B, "and $18 on January 1, 2025", "$18", "money", 18, 18, H, Y, "prop 32 large-employer 2025 wage"),
 ("b-jan25", B, "$18 on January 1, 2025", "January 1, 2025", "date", 2025, 2025, "year", Y, "prop 32 large-employer $18 year"),
 ("b-17s", B, "moved to $17 in 2025", "$17", "money", 17, 17, H, Y, "prop 32 small-employer 2025 wage"),
 ("b-17s25", B, "moved to $17 in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-18s", B, "and $18 in 2026. Inflation", "$18", "money", 18, 18, H, N, "repeat"),
 ("b-18s26", B, "and $18 in 2026. Inflation", "2026", "date", 2026, 2026, "year", Y, "prop 32 small-employer $18 year"),
 ("b-125", B, "That is a 12.5% raise", "12.5%", "percent", 12.5, 12.5, "%", Y, "prop 32 increase size pct"),
 ("b-16cur", B, "over the current $16, and", "$16", "money", 16, 16, H, N, "repeat"),
 ("b-1650", B, "to about $16.50 next year", "$16.50", "money", 16.5, 16.5, H, Y, "ca wage 2025"),
 ("b-nextyr", B, "$16.50 next year", "next year", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-12m", B, "nearly $12 million of his own money", "$12 million", "money", 12000000, 12000000, "USD", Y, "sanberg spending"),
 ("b-2m", B, "raised pay for about 2 million Californians", "2 million", "count", 2000000, 2000000, "workers", Y, "ca workers getting raises (campaign)"),
 ("b-half1", B, "less than one-half of 1 percent", "one-half of 1 percent", "percent", 0.5, 0.5, "%", Y, "lao price increase bound"),
 ("b-fewhm", B, "no more than a few hundred million dollars", "a few hundred million dollars", "money", None, None, "USD", N, "lao revenue loss bound (vague)"),
 ("b-200b", B, "roughly $200 billion collected", "$200 billion", "money", 200000000000, 200000000000, "USD", Y, "ca annual state revenue"),
 ("b-20ff", B, "the $20 fast-food minimum", "$20", "money", 20, 20, H, Y, "ca fast food minimum"),
 ("b-apr", B, "took effect in April", "April", "date", 2024, 2024, "year", Y, "ca fast food $20 effective"),
 ("b-18e", B, "it made $18 for everyone else", "$18", "money", 18, 18, H, N, "repeat"),
 ("b-chart", B, "state minimum wage increases, 1996-2024", "1996-2024", "date", 1996, 2024, "year", N, "chart title"),
 ("b-1230", B, "Missouri's wage is $12.30 today", "$12.30", "money", 12.3, 12.3, H, Y, "mo wage 2024"),
 ("b-1375", B, "moves it to $13.75 in January", "$13.75", "money", 13.75, 13.75, H, Y, "mo wage 2025"),
 ("b-jan", B, "$13.75 in January and", "January", "date", 2025, 2025, "year", N, "step date"),
 ("b-15", B, "to $15 in January 2027", "$15", "money", 15, 15, H, Y, "mo final wage"),
 ("b-jan27", B, "to $15 in January 2027", "January 2027", "date", 2027, 2027, "year", Y, "mo $15 effective year"),
 ("b-900k", B, "about 900,000 Missouri workers", "900,000", "count", 900000, 900000, "workers", Y, "mo workers getting raises (epi)"),
 ("b-third", B, "nearly a third of the workforce", "a third", "percent", 33.3, 33.3, "%", Y, "mo share of workforce getting raises"),
 ("b-700k", B, "More than 700,000 Missourians", "700,000", "count", 700000, 700000, "workers", Y, "mo workers lacking paid sick leave"),
 ("b-nextmay", B, "start earning them next May", "next May", "date", 2025, 2025, "year", Y, "mo sick leave start"),
 ("b-53k", B, "one-time costs at up to $53,000", "$53,000", "money", 53000, 53000, "USD", Y, "mo fiscal note one-time cost"),
 ("b-1085", B, "from the current $10.85", "$10.85", "money", 10.85, 10.85, H, Y, "ak wage at time of vote (2024)"),
 ("b-3steps", B, "in three steps to $15", "three", "count", 3, 3, "steps", N, "phase-in steps"),
 ("b-ak15", B, "three steps to $15 by 2027", "$15", "money", 15, 15, H, Y, "ak final wage"),
 ("b-ak2027", B, "$15 by 2027, with", "2027", "date", 2027, 2027, "year", Y, "ak $15 year"),
 ("b-40", B, "up to 40 or 56 hours", "40", "duration", 40, 40, "hours", Y, "ak small-employer sick leave cap"),
 ("b-56", B, "up to 40 or 56 hours", "56 hours", "duration", 56, 56, "hours", Y, "ak large-employer sick leave cap"),
 ("b-two", B, "The two measures that would have changed", "two", "count", 2, 2, "measures", Y, "2024 tipped-wage measures"),
 ("b-az75", B, "lost about 75% to 25%", "75%", "percent", 75, 75, "%", Y, "az prop 138 no share"),
 ("b-az25", B, "lost about 75% to 25%", "25%", "percent", 25, 25, "%", Y, "az prop 138 yes share"),
 ("b-ma64", B, "roughly 64% voting no", "64%", "percent", 64, 64, "%", Y, "ma q5 no share"),
 ("b-15sick", B, "voters still like $15 plus", "$15", "money", 15, 15, H, N, "summary"),
 ("b-second", B, "asked for a second jump on top of two big", "two", "count", 2, 2, "raises", N, "aside"),
 ("b-1wk", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-rel6", B, "the first six months of data", "six months", "duration", 6, 6, "months", N, "related link"),
 ("b-rel5", B, "explained in five charts", "five", "count", 5, 5, "charts", N, "related link"),
 ("b-rel725", B, "has been $7.25 since 2009", "$7.25", "money", 7.25, 7.25, H, N, "related link"),
 ("b-rel2009", B, "$7.25 since 2009", "2009", "date", 2009, 2009, "year", N, "related link"),
 ("b-rel20", B, "Fast-food at $20: what", "$20", "money", 20, 20, H, N, "related link"),
 ("b-37", B, "37 comments", "37", "count", 37, 37, "comments", N, "page furniture"),

 # ---- MW06 local (2025-07-01), hard-wrapped
 ("l-date", L, "Business | Tuesday, July 1, 2025", "July 1, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h13", L, "rises to $13 today; sick", "$13", "money", 13, 13, H, N, "headline"),
 ("l-thous", L, "FAIRBANKS - Thousands of Alaska workers", "Thousands", "count", None, None, "workers", N, "vague"),
 ("l-13", L, "rises to $13 an hour today", "$13", "money", 13, 13, H, Y, "ak wage jul 2025"),
 ("l-1191", L, "up from $11.91, the rate", "$11.91", "money", 11.91, 11.91, H, Y, "ak wage jan-jun 2025"),
 ("l-jan", L, "had applied since January, as", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-565", L, "approved by 56.5 percent of voters", "56.5 percent", "percent", 56.5, 56.5, "%", Y, "ak measure 1 yes share"),
 ("l-lastnov", L, "of voters last November,", "last November", "date", 2024, 2024, "year", Y, "election"),
 ("l-3steps", L, "raises the wage in three steps", "three", "count", 3, 3, "steps", N, "phase-in steps"),
 ("l-13b", L, "steps: $13 today, $14", "$13", "money", 13, 13, H, N, "repeat"),
 ("l-14", L, "$13 today, $14 on July 1, 2026", "$14", "money", 14, 14, H, Y, "ak wage jul 2026"),
 ("l-jul26", L, "$14 on July 1, 2026, and", "July 1, 2026", "date", 2026, 2026, "year", Y, "ak step 2"),
 ("l-15", L, "and $15 on July 1, 2027", "$15", "money", 15, 15, H, Y, "ak final wage"),
 ("l-jul27", L, "$15 on July 1, 2027", "July 1, 2027", "date", 2027, 2027, "year", Y, "ak $15 year"),
 ("l-jan28", L, "Starting in January 2028 the wage", "January 2028", "date", 2028, 2028, "year", Y, "ak cpi indexing resumes"),
 ("l-2014", L, "under the 2014 ballot measure", "2014", "date", 2014, 2014, "year", Y, "ak bm3 year"),
 ("l-69", L, "voters passed with 69 percent", "69 percent", "percent", 69, 69, "%", Y, "ak 2014 bm3 yes share"),
 ("l-1173", L, "the wage stood at $11.73", "$11.73", "money", 11.73, 11.73, H, Y, "ak wage at time of vote (2024)"),
 ("l-32k", L, "more than 32,000 workers will get", "32,000", "count", 32000, 32000, "workers", Y, "ak workers getting raises"),
 ("l-by27", L, "get a raise by 2027, in", "2027", "date", 2027, 2027, "year", N, "qualifier"),
 ("l-22k", L, "include about 22,000 children", "22,000", "count", 22000, 22000, "children", Y, "children in affected households"),
 ("l-1hr", L, "Workers earn one hour of leave", "one hour", "duration", 1, 1, "hours", Y, "ak accrual"),
 ("l-30hr", L, "for every 30 hours worked. Employers", "30 hours", "duration", 30, 30, "hours", Y, "ak accrual basis"),
 ("l-15e", L, "Employers with fewer than 15 employees must", "15", "count", 15, 15, "employees", N, "threshold"),
 ("l-40", L, "must allow up to 40 hours a year", "40 hours", "duration", 40, 40, "hours", Y, "ak small-employer sick leave cap"),
 ("l-15m", L, "employers with 15 or more must", "15", "count", 15, 15, "employees", N, "threshold"),
 ("l-56", L, "allow up to 56 hours. The", "56 hours", "duration", 56, 56, "hours", Y, "ak large-employer sick leave cap"),
 ("l-14emp", L, "said her 14 employees", "14", "count", 14, 14, "employees", N, "anecdote"),
 ("l-13c", L, "were already above $13, but", "$13", "money", 13, 13, H, N, "anecdote"),
 ("l-one", L, "I'm one employee away", "one", "count", 1, 1, "employees", N, "quote"),
 ("l-15th", L, "hire a fifteenth person", "fifteenth", "count", 15, 15, "employees", N, "quote"),
 ("l-2d", L, "goes up by two days", "two days", "duration", 2, 2, "days", N, "quote: 56-40 hours"),
 ("l-25c", L, "raised prices by 25 cents a drink", "25 cents", "money", 0.25, 0.25, "USD", N, "anecdote"),
 ("l-june", L, "a drink in June to get", "June", "date", 2025, 2025, "year", N, "anecdote"),
 ("l-15mit", L, "Even at $15, the wage", "$15", "money", 15, 15, H, N, "repeat"),
 ("l-2", L, "at least $2 above the", "$2", "money", 2, 2, H, Y, "ak margin over federal minimum"),
 ("l-725", L, "federal $7.25.", "$7.25", "money", 7.25, 7.25, H, Y, "federal minimum wage"),
 ("l-maylast", L, "took effect in May of last year", "May of last year", "date", 2024, 2024, "year", Y, "mo sick leave start"),
 ("l-spring", L, "legislature this spring", "this spring", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-h98", L, "the House voted 98-51 in March", "98", "vote", 98, 98, "votes for", Y, "mo house hb 567 vote for"),
 ("l-h51", L, "the House voted 98-51 in March", "51", "vote", 51, 51, "votes against", Y, "mo house hb 567 vote against"),
 ("l-mar", L, "98-51 in March and", "March", "date", 2025, 2025, "year", Y, "mo house vote date"),
 ("l-s22", L, "the Senate 22-10 in May", "22", "vote", 22, 22, "votes for", Y, "mo senate hb 567 vote for"),
 ("l-s10", L, "the Senate 22-10 in May", "10", "vote", 10, 10, "votes against", Y, "mo senate hb 567 vote against"),
 ("l-may", L, "22-10 in May, and", "May", "date", 2025, 2025, "year", Y, "mo senate vote date"),
 ("l-2yr", L, "within two years of its effective", "two years", "duration", 2, 2, "years", Y, "ak constitutional bar on initiative repeal"),

 # ---- MW07 fact-check (2025-07-18)
 ("f-h15", F, "repeal the $15 minimum wage voters approved?", "$15", "money", 15, 15, H, N, "headline"),
 ("f-date", F, "Show-Me Fact Desk | July 18, 2025", "July 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c15", F, "just repealed the $15 minimum wage that 58%", "$15", "money", 15, 15, H, N, "claim text"),
 ("f-c58", F, "wage that 58% of voters approved", "58%", "percent", 58, 58, "%", N, "claim text (attributed)"),
 ("f-9k", F, "shared more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "post reach"),
 ("f-v15", F, "but it keeps the $15 minimum wage", "$15", "money", 15, 15, H, N, "verdict repeat"),
 ("f-vjan26", F, "takes effect on Jan. 1, 2026.", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "mo $15 effective"),
 ("f-jul10", F, "The post appeared on July 10", "July 10", "date", 2025, 2025, "year", Y, "hb 567 signed"),
 ("f-nov24", F, "voters passed in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "prop a election"),
 ("f-576", F, "Proposition A passed with 57.6 percent of the vote;", "57.6 percent", "percent", 57.6, 57.6, "%", Y, "mo prop a yes share"),
 ("f-17m", F, "more than 1.7 million Missourians voted yes", "1.7 million", "vote", 1700000, 1700000, "votes", Y, "mo prop a yes votes"),
 ("f-three", F, "Proposition A did three main things", "three", "count", 3, 3, "provisions", N, "structure"),
 ("f-1230", F, "minimum wage from $12.30 to $13.75", "$12.30", "money", 12.3, 12.3, H, Y, "mo wage 2024"),
 ("f-1375", F, "from $12.30 to $13.75 on Jan. 1, 2025", "$13.75", "money", 13.75, 13.75, H, Y, "mo wage 2025"),
 ("f-jan25", F, "$13.75 on Jan. 1, 2025, and", "Jan. 1, 2025", "date", 2025, 2025, "year", Y, "mo step 1"),
 ("f-15", F, "set it at $15 on Jan. 1, 2026", "$15", "money", 15, 15, H, Y, "mo wage 2026"),
 ("f-jan26", F, "set it at $15 on Jan. 1, 2026", "Jan. 1, 2026", "date", 2026, 2026, "year", Y, "mo $15 effective"),
 ("f-2027", F, "beginning in 2027", "2027", "date", 2027, 2027, "year", Y, "mo cpi indexing start (repealed)"),
 ("f-1hr", F, "accrue one hour of paid sick leave", "one hour", "duration", 1, 1, "hours", Y, "mo accrual"),
 ("f-30hr", F, "for every 30 hours worked, starting", "30 hours", "duration", 30, 30, "hours", Y, "mo accrual basis"),
 ("f-may1", F, "starting May 1, 2025", "May 1, 2025", "date", 2025, 2025, "year", Y, "mo sick leave start"),
 ("f-last2", F, "removes the last two pieces", "two", "count", 2, 2, "provisions", N, "structure"),
 ("f-1375b", F, "change the $13.75 rate now", "$13.75", "money", 13.75, 13.75, H, N, "repeat"),
 ("f-15b", F, "or the $15 rate scheduled", "$15", "money", 15, 15, H, N, "repeat"),
 ("f-750", F, "rise, to $7.50, on that date", "$7.50", "money", 7.5, 7.5, H, Y, "mo tipped base 2026"),
 ("f-h96", F, "The House passed it 96-51 in March", "96", "vote", 96, 96, "votes for", Y, "mo house hb 567 vote for"),
 ("f-h51", F, "The House passed it 96-51 in March", "51", "vote", 51, 51, "votes against", Y, "mo house hb 567 vote against"),
 ("f-mar", F, "96-51 in March. In", "March", "date", 2025, 2025, "year", Y, "mo house vote date"),
 ("f-apr", F, "filibusters through April", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-may14", F, "On May 14, Republican", "May 14", "date", 2025, 2025, "year", Y, "mo senate vote date"),
 ("f-2017", F, "in a regular session since 2017", "2017", "date", 2017, 2017, "year", Y, "last senate pq use in regular session"),
 ("f-s22", F, "the bill passed 22-11", "22", "vote", 22, 22, "votes for", Y, "mo senate hb 567 vote for"),
 ("f-s11", F, "the bill passed 22-11", "11", "vote", 11, 11, "votes against", Y, "mo senate hb 567 vote against"),
 ("f-apr29", F, "Earlier, on April 29, the", "April 29", "date", 2025, 2025, "year", Y, "mo supreme court ruling"),
 ("f-c4", F, "upheld Proposition A, 4-3", "4", "vote", 4, 4, "votes for", Y, "mo supreme court vote for"),
 ("f-c3", F, "upheld Proposition A, 4-3", "3", "vote", 3, 3, "votes against", Y, "mo supreme court vote against"),
 ("f-aug28", F, "takes effect on Aug. 28", "Aug. 28", "date", 2025, 2025, "year", Y, "hb 567 effective"),
 ("f-4mo", F, "lasted less than four months", "four months", "duration", 4, 4, "months", Y, "duration of mo sick leave mandate"),
 ("f-700k", F, "more than 700,000 Missourians lacked", "700,000", "count", 700000, 700000, "workers", Y, "mo workers lacking paid sick leave"),
 ("f-265k", F, "up to at least $265,000 a year", "$265,000", "money", 265000, 265000, "USD", Y, "mo fiscal note ongoing cost"),
 ("f-by27", F, "a year by 2027, a small", "2027", "date", 2027, 2027, "year", N, "qualifier"),
 ("f-54b", F, "roughly $54 billion", "$54 billion", "money", 54000000000, 54000000000, "USD", Y, "mo state budget"),
 ("f-2of3", F, "lost two of its three parts", "two", "count", 2, 2, "provisions", N, "structure"),
 ("f-3parts", F, "two of its three parts", "three", "count", 3, 3, "provisions", N, "structure"),
 ("f-r15", F, "repealed the $15 minimum wage approved by voters", "$15", "money", 15, 15, H, N, "ruling repeat"),
 ("f-r1375", F, "the wage rose to $13.75 in January", "$13.75", "money", 13.75, 13.75, H, N, "ruling repeat"),
 ("f-rjan", F, "$13.75 in January and", "January", "date", 2025, 2025, "year", N, "ruling repeat"),
 ("f-r15b", F, "will rise to $15 in January 2026 as", "$15", "money", 15, 15, H, N, "ruling repeat"),
 ("f-rjan26", F, "$15 in January 2026 as", "January 2026", "date", 2026, 2026, "year", Y, "ruling: mo $15 effective"),
 ("f-r576", F, "what 57.6 percent of voters", "57.6 percent", "percent", 57.6, 57.6, "%", Y, "ruling: mo prop a yes share"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Missouri Prop A yes share: 62% (2018 Prop B figure) vs 57.6%
 ("e-62", "a-mopct", S), ("e-62", "w-575", S), ("e-62", "b-mo576", S), ("e-62", "f-576", S), ("e-62", "f-r576", S),
 # S2 Alaska Measure 1 yes share: election-night 56.5% reported as final vs 57.98%
 ("l-565", "a-akpct", S), ("l-565", "w-ak58", S),
 # S3 Prop 32 final yes/no shares: 48.9/51.1 (Nov 10 partial count) vs 49.2-49.3 / 50.8
 ("b-489", "a-capct", S), ("b-489", "e-ca493", S), ("b-489", "w-ca492", S), ("b-511", "w-ca508", S),
 # S4 Missouri Senate HB 567 votes against: 11 (SJR 73 tally) vs 10
 ("f-s11", "w-s10", S), ("f-s11", "l-s10", S),
 # S5 Missouri $15 effective year: 2027 vs 2026
 ("b-jan27", "w-jan26", S), ("b-jan27", "p-jan26", S), ("b-jan27", "a-mo2026", S), ("b-jan27", "e-jan26", S),
 ("b-jan27", "f-vjan26", S), ("b-jan27", "f-jan26", S), ("b-jan27", "f-rjan26", S),
 # S6 Alaska $15 year: 2028 vs 2027
 ("e-akjul28", "p-akjul27", S), ("e-akjul28", "a-akjul27", S), ("e-akjul28", "l-jul27", S),
 ("e-akjul28", "w-ak2027", S), ("e-akjul28", "b-ak2027", S),
 # S7 Alaska small-employer sick-leave cap: 56 (large-employer figure) vs 40 hours
 ("p-56", "e-ak40", S), ("p-56", "l-40", S), ("p-56", "b-40", S),
 # S8 Missouri tipped base 2025: $6.15 (2024 figure) vs $6.875
 ("e-615", "w-6875", S),
 # S9 Missouri workers getting raises: 700,000 (sick-leave figure) vs 900,000
 ("w-700k", "a-mo900k", S), ("w-700k", "b-900k", S),
 # S10 Alaska workers getting raises: 22,000 (children figure) vs 32,000
 ("p-22k", "a-ak32k", S), ("p-22k", "l-32k", S),
 # S11 Missouri sick leave start year: "May of last year" (2024) vs May 1, 2025
 ("l-maylast", "w-may1", S), ("l-maylast", "e-may1", S), ("l-maylast", "f-may1", S), ("l-maylast", "b-nextmay", S),
 # S12 fiscal note ongoing cost: $265,000 (transposed) vs $256,000
 ("f-265k", "e-256k", S),
 # S13 Alaska wage when voters approved: $10.85 (2023 rate) vs $11.73
 ("b-1085", "a-ak1173", S), ("b-1085", "l-1173", S),
 # S14 Prop A yes votes: "more than 1.7 million" vs 1,693,064
 ("f-17m", "a-moyes", S),
 # S15 Arizona Prop 138 no share: "about 74%" vs 74.76% / 75%
 ("p-az74", "a-azno", S), ("p-az74", "b-az75", S),
 # S16 Prop 32 small-employer $18 year: 2027 vs 2026
 ("a-ca2027", "e-ca2026s", S), ("a-ca2027", "b-18s26", S),
 # S17 Missouri House HB 567 votes for: 98 vs 96
 ("l-h98", "w-h96", S), ("l-h98", "f-h96", S),
 # S18 Prop A election year: "last November" in a Dec 2025 release (2025) vs 2024
 ("p-lastnov", "w-nov", S), ("p-lastnov", "w-lastnov", S), ("p-lastnov", "e-lastnov", S),
 ("p-lastnov", "f-nov24", S), ("p-lastnov", "a-5nov", S),
 # Qualified (real source discrepancies)
 ("w-575", "a-mopct", Q), ("w-575", "b-mo576", Q), ("w-575", "f-576", Q), ("w-575", "f-r576", Q),
 ("w-ca492", "a-capct", Q), ("w-ca492", "e-ca493", Q),
 ("b-234k", "a-camarg", Q),
 ("e-c5", "f-c4", Q), ("e-c2", "f-c3", Q),
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
        rows.append({"type": "claim", "id": f"mw-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mw-{a}", f"mw-{b}"
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
