#!/usr/bin/env python3
"""Build congestion-pricing.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "congestion-pricing")
OUT = os.path.join(HERE, "congestion-pricing.gold.jsonl")
T = "congestion-pricing"

W, P, A, E, B, L, F = ("CP01_wire.txt", "CP02_press.txt", "CP03_abstract.txt",
                       "CP04_explainer.txt", "CP05_blog.txt", "CP06_local.txt", "CP07_factcheck.txt")
Y = True; N = False
M = 1_000_000; G = 1_000_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CP01 wire (2026-03-04, a Wednesday)
 ("w-dl", W, "NEW YORK, March 4", "March 4", "date", 2026, 2026, "year", N, "dateline"),
 ("w-tue", W, "ruled on Tuesday", "Tuesday", "date", 2026, 2026, "year", Y, "liman final ruling date"),
 ("w-yrago", W, "more than a year ago", "a year", "duration", 1, 1, "years", N, "time since tolling began"),
 ("w-149", W, "In a 149-page decision", "149-page", "count", 149, 149, "pages", Y, "final ruling length"),
 ("w-lastmay", W, "the MTA last May", "last May", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("w-jan5", W, "took effect on Jan. 5, 2025", "Jan. 5, 2025", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("w-9", W, "passenger vehicles $9 to enter", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("w-wkday", W, "from 5 a.m. to 9 p.m. on weekdays", "5 a.m. to 9 p.m.", "time", 5, 21, "h", N, "peak hours weekdays"),
 ("w-wkend", W, "from 9 a.m. to 9 p.m. on weekends", "9 a.m. to 9 p.m.", "time", 9, 21, "h", N, "peak hours weekends"),
 ("w-75c", W, "75 cents per taxi trip", "75 cents", "money", 0.75, 0.75, "USD", Y, "taxi per-trip charge"),
 ("w-150", W, "$1.50 per ride", "$1.50", "money", 1.5, 1.5, "USD", Y, "for-hire per-trip charge"),
 ("w-27m", W, "about 27 million vehicles", "27 million", "count", 27*M, 27*M, "vehicles", Y, "fewer vehicles in first year (2025)"),
 ("w-562", W, "$562 million in net revenue", "$562 million", "money", 562*M, 562*M, "USD", Y, "2025 net revenue"),
 ("w-500", W, "more than the $500 million", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("w-2019", W, "Under the 2019 state law", "2019", "date", 2019, 2019, "year", Y, "state law enacted"),
 ("w-15b", W, "backs $15 billion in bonds", "$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),
 ("w-feb19", W, "on Feb. 19, 2025", "Feb. 19, 2025", "date", 2025, 2025, "year", Y, "federal rescission date"),
 ("w-6wk", W, "about six weeks after", "six weeks", "duration", 6, 6, "weeks", N, "rescission after start"),
 ("w-mar21", W, "deadlines, March 21", "March 21", "date", 2025, 2025, "year", N, "duffy deadline 1"),
 ("w-apr20", W, "March 21, April 20", "April 20", "date", 2025, 2025, "year", N, "duffy deadline 2"),
 ("w-may21", W, "and May 21, for", "May 21", "date", 2025, 2025, "year", N, "duffy deadline 3"),
 ("w-v12", W, "by a 12-1 vote", "12", "vote", 12, 12, "votes", Y, "nov 2024 board vote, for"),
 ("w-v1", W, "-1 vote in November 2024", "1", "vote", 1, 1, "votes", Y, "nov 2024 board vote, against"),
 ("w-nov24", W, "vote in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "board approval of revised plan"),
 ("w-40", W, "a toll 40% lower", "40%", "percent", 40, 40, "%", Y, "toll cut vs original plan"),
 ("w-15", W, "than the $15 charge", "$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("w-thatjune", W, "shelved that June", "that June", "date", 2024, 2024, "year", Y, "pause date"),
 ("w-jun30", W, "planned June 30 start", "June 30", "date", 2024, 2024, "year", Y, "original planned start"),
 ("w-9b", W, "The $9 charge is scheduled", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("w-12", W, "rise to $12 in 2028", "$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("w-2028", W, "$12 in 2028", "2028", "date", 2028, 2028, "year", Y, "first toll step year"),
 ("w-15s", W, "to $15 in 2031", "$15", "money", 15, 15, "USD", Y, "second toll step amount"),
 ("w-2031", W, "$15 in 2031", "2031", "date", 2031, 2031, "year", Y, "second toll step year"),
 ("w-75", W, "fell 7.5% from", "7.5%", "percent", 7.5, 7.5, "%", Y, "traffic reduction first weeks/january"),
 ("w-yrearlier", W, "from a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("w-1030", W, "dropped by 10% to 30%", "10% to 30%", "percent", 10, 30, "%", Y, "crossing travel time reduction"),
 ("w-lastmar", W, "poll last March", "last March", "date", 2025, 2025, "year", Y, "siena poll date (march 2025)"),
 ("w-42", W, "found 42% of", "42%", "percent", 42, 42, "%", Y, "siena mar 2025 nyc keep"),
 ("w-35", W, "and 35% wanted", "35%", "percent", 35, 35, "%", Y, "siena mar 2025 nyc eliminate"),
 ("w-dec24", W, "reversal from December 2024", "December 2024", "date", 2024, 2024, "year", Y, "siena december poll date"),
 ("w-32", W, "when 32% of city", "32%", "percent", 32, 32, "%", Y, "siena dec 2024 nyc support"),
 ("w-51", W, "and 51% opposed", "51%", "percent", 51, 51, "%", Y, "siena dec 2024 nyc oppose"),
 ("w-njdec", W, "regulators in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "new jersey ruling date"),
 ("w-2007", W, "Bloomberg in 2007", "2007", "date", 2007, 2007, "year", N, "aside: first proposal"),

 # ---- CP02 press release (2026-01-29)
 ("p-h180", P, "roughly 180 million vehicle entries in 2025;", "180 million", "count", 180*M, 180*M, "entries", N, "subtitle repeat"),
 ("p-h2025", P, "vehicle entries in 2025;", "2025", "date", 2025, 2025, "year", N, "subtitle qualifier"),
 ("p-h562", P, "MTA reports $562 million", "$562 million", "money", 562*M, 562*M, "USD", N, "subtitle repeat"),
 ("p-dl", P, "Jan. 29, 2026", "Jan. 29, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("p-jan5", P, "began on January 5, 2025", "January 5, 2025", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("p-180", P, "roughly 180 million vehicle entries during", "180 million", "count", 180*M, 180*M, "entries", Y, "entries processed in 2025"),
 ("p-d2025", P, "entries during 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-99", P, "above 99%", "99%", "percent", 99, 99, "%", Y, "read accuracy"),
 ("p-wed", P, "board on Wednesday", "Wednesday", "date", 2026, 2026, "year", N, "as-of"),
 ("p-562", P, "produced $562 million in net revenue", "$562 million", "money", 562*M, 562*M, "USD", Y, "2025 net revenue"),
 ("p-500", P, "authority's $500 million target", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("p-27m", P, "about 27 million fewer", "27 million", "count", 27*M, 27*M, "vehicles", Y, "fewer vehicles in first year (2025)"),
 ("p-jan25", P, "In January 2025 alone", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-486", P, "collected $48.6 million", "$48.6 million", "money", 48.6*M, 48.6*M, "USD", Y, "january 2025 toll revenue (gross)"),
 ("p-27d", P, "first 27 days", "27 days", "duration", 27, 27, "days", N, "period"),
 ("p-40m", P, "roughly $40 million a month", "$40 million", "money", 40*M, 40*M, "USD", Y, "monthly revenue needed"),
 ("p-yrago", P, "A year ago people", "A year", "duration", 1, 1, "years", N, "quote"),
 ("p-millions", P, "millions of times a week", "millions", "count", None, None, "charges", N, "vague"),
 ("p-9", P, "Peak toll of $9", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("p-wkday", P, "5 a.m. to 9 p.m. on weekdays", "5 a.m. to 9 p.m.", "time", 5, 21, "h", N, "peak hours weekdays"),
 ("p-wkend", P, "9 a.m. to 9 p.m. on weekends", "9 a.m. to 9 p.m.", "time", 9, 21, "h", N, "peak hours weekends"),
 ("p-12", P, "step up to $12 in 2029", "$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("p-2029", P, "$12 in 2029", "2029", "date", 2029, 2029, "year", Y, "first toll step year"),
 ("p-15", P, "to $15 in 2031", "$15", "money", 15, 15, "USD", Y, "second toll step amount"),
 ("p-2031", P, "$15 in 2031", "2031", "date", 2031, 2031, "year", Y, "second toll step year"),
 ("p-3", P, "up to $3 during", "$3", "money", 3, 3, "USD", Y, "tunnel crossing credit"),
 ("p-075", P, "$0.75 for taxis", "$0.75", "money", 0.75, 0.75, "USD", Y, "taxi per-trip charge"),
 ("p-150", P, "$1.50 for app-based", "$1.50", "money", 1.5, 1.5, "USD", Y, "for-hire per-trip charge"),
 ("p-68", P, "vehicles paid 68%", "68%", "percent", 68, 68, "%", Y, "jan 2025 revenue share: passenger vehicles"),
 ("p-22", P, "for-hire vehicles 22%", "22%", "percent", 22, 22, "%", Y, "jan 2025 revenue share: taxis and for-hire"),
 ("p-9pct", P, "trucks 9%", "9%", "percent", 9, 9, "%", Y, "jan 2025 revenue share: trucks"),
 ("p-1pct", P, "motorcycles 1%", "1%", "percent", 1, 1, "%", Y, "jan 2025 revenue share: buses and motorcycles"),
 ("p-95", P, "About 95% of revenue", "95%", "percent", 95, 95, "%", Y, "jan 2025 share of revenue at peak"),
 ("p-15b", P, "support $15 billion in bonds", "$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),
 ("p-cap", P, "MTA's 2020-2024 Capital", "2020-2024", "date", 2020, 2024, "year", N, "program name"),
 ("p-80", P, "Eighty percent of the funds", "Eighty percent", "percent", 80, 80, "%", Y, "share to subways and buses"),
 ("p-10each", P, "with 10% each", "10%", "percent", 10, 10, "%", Y, "share to lirr and metro-north each"),
 ("p-2019", P, "program began in 2019", "2019", "date", 2019, 2019, "year", N, "company work start"),
 ("p-jun24", P, "suspension in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "pause date"),
 ("p-jun30", P, "planned June 30 launch", "June 30", "date", 2024, 2024, "year", Y, "original planned start"),
 ("p-15orig", P, "launch of a $15 toll", "$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("p-9rev", P, "revised $9 rate", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("p-nov24", P, "adopted in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "board approval of revised plan"),
 ("p-first2025", P, "first Sunday of 2025", "2025", "date", 2025, 2025, "year", N, "start (restated)"),
 ("p-10am", P, "at 10:00 a.m. Eastern", "10:00 a.m.", "time", 10, 10, "h", N, "call time"),
 ("p-feb5", P, "February 5, 2026", "February 5, 2026", "date", 2026, 2026, "year", N, "investor call date"),
 ("p-2004", P, "Founded in 2004", "2004", "date", 2004, 2004, "year", N, "about section"),
 ("p-2300", P, "about 2,300 people", "2,300", "count", 2300, 2300, "employees", N, "about section"),
 ("p-11", P, "in 11 countries", "11", "count", 11, 11, "countries", N, "about section"),

 # ---- CP03 abstract (2026-06-15)
 ("a-pub", A, "Published online 15 June 2026", "15 June 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-2019", A, "Traffic Mobility Act of 2019", "2019", "date", 2019, 2019, "year", Y, "state law enacted"),
 ("a-15b", A, "support US$15 billion", "US$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),
 ("a-jun24", A, "announced in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "pause date"),
 ("a-18nov", A, "on 18 November 2024", "18 November 2024", "date", 2024, 2024, "year", Y, "board approval of revised plan"),
 ("a-v12", A, "by a 12–1 vote", "12", "vote", 12, 12, "votes", Y, "nov 2024 board vote, for"),
 ("a-v1", A, "–1 vote, and", "1", "vote", 1, 1, "votes", Y, "nov 2024 board vote, against"),
 ("a-5jan", A, "began on 5 January 2025", "5 January 2025", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("a-9", A, "charge of US$9", "US$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("a-225", A, "(US$2.25 overnight)", "US$2.25", "money", 2.25, 2.25, "USD", Y, "overnight car toll"),
 ("a-40", A, "40% below", "40%", "percent", 40, 40, "%", Y, "toll cut vs original plan"),
 ("a-15orig", A, "originally approved US$15", "US$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("a-12", A, "rise to US$12 in 2028", "US$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("a-2028", A, "US$12 in 2028", "2028", "date", 2028, 2028, "year", Y, "first toll step year"),
 ("a-15", A, "and US$15 in 2031", "US$15", "money", 15, 15, "USD", Y, "second toll step amount"),
 ("a-2031", A, "US$15 in 2031", "2031", "date", 2031, 2031, "year", Y, "second toll step year"),
 ("a-feb25", A, "approval in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "federal rescission date"),
 ("a-mar26", A, "District Court in March 2026", "March 2026", "date", 2026, 2026, "year", Y, "liman final ruling date"),
 ("a-period", A, "from 1 January 2023 to 31 December 2025", "1 January 2023 to 31 December 2025", "date", 2023, 2025, "year", N, "study period"),
 ("a-N", A, "N = 1,096 days", "1,096", "count", 1096, 1096, "days", Y, "days analysed"),
 ("a-pre", A, "pre-tolling n=735", "735", "count", 735, 735, "days", Y, "pre-tolling days"),
 ("a-post", A, "tolling n=361", "361", "count", 361, 361, "days", Y, "tolling days"),
 ("a-5jan2", A, "level at 5 January 2025", "5 January 2025", "date", 2025, 2025, "year", N, "breakpoint"),
 ("a-583", A, "were 583,400 (SD", "583,400", "count", 583400, 583400, "vehicles/day", Y, "mean daily entries before tolling"),
 ("a-sd1", A, "(SD 38,900)", "38,900", "count", 38900, 38900, "vehicles/day", N, "sd"),
 ("a-508", A, "and 508,600 (SD", "508,600", "count", 508600, 508600, "vehicles/day", Y, "mean daily entries during tolling"),
 ("a-sd2", A, "(SD 36,100)", "36,100", "count", 36100, 36100, "vehicles/day", N, "sd"),
 ("a-748", A, "was −74,800 vehicles", "−74,800", "count", -74800, -74800, "vehicles/day", Y, "adjusted change in daily entries, year 1"),
 ("a-748ci", A, "(95% CI −77,700 to −71,900;", "−77,700 to −71,900", "count", -77700, -71900, "vehicles/day", Y, "ci"),
 ("a-p1", A, "−71,900; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-128", A, "reduction of 12.8%", "12.8%", "percent", 12.8, 12.8, "%", Y, "relative reduction in entries, year 1"),
 ("a-128ci", A, "(95% CI 12.3 to 13.3)", "12.3 to 13.3", "percent", 12.3, 13.3, "%", Y, "ci"),
 ("a-361b", A, "Summed over 361 tolling days", "361", "count", 361, 361, "days", N, "repeat"),
 ("a-27m", A, "corresponds to 27.0 million", "27.0 million", "count", 27*M, 27*M, "vehicles", Y, "fewer vehicles in first year (2025)"),
 ("a-27ci", A, "(95% CI 25.9 to 28.1 million)", "25.9 to 28.1 million", "count", 25.9*M, 28.1*M, "vehicles", Y, "ci"),
 ("a-jan25", A, "largest in January 2025", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-490", A, "entries were 490,200", "490,200", "count", 490200, 490200, "vehicles/day", Y, "january 2025 mean daily entries"),
 ("a-583b", A, "baseline of 583,000", "583,000", "count", 583000, 583000, "vehicles/day", Y, "january baseline daily entries"),
 ("a-159", A, "(−15.9%)", "−15.9%", "percent", -15.9, -15.9, "%", Y, "january 2025 change in entries"),
 ("a-44045", A, "fell by 44,045 per day", "44,045", "count", 44045, 44045, "vehicles/day", Y, "first-week weekday reduction"),
 ("a-134", A, "Weekday entries fell 13.4%", "13.4%", "percent", 13.4, 13.4, "%", Y, "weekday reduction"),
 ("a-109", A, "weekend entries 10.9%", "10.9%", "percent", 10.9, 10.9, "%", Y, "weekend reduction"),
 ("a-p03", A, "(P=0.03 for", "0.03", "pvalue", 0.03, 0.03, "p", N, "p-value"),
 ("a-142", A, "entries fell 14.2%", "14.2%", "percent", 14.2, 14.2, "%", Y, "passenger-vehicle reduction"),
 ("a-142ci", A, "(95% CI 13.6 to 14.8)", "13.6 to 14.8", "percent", 13.6, 14.8, "%", Y, "ci"),
 ("a-61", A, "truck entries 6.1%", "6.1%", "percent", 6.1, 6.1, "%", Y, "truck reduction"),
 ("a-61ci", A, "(95% CI 3.8 to 8.4)", "3.8 to 8.4", "percent", 3.8, 8.4, "%", Y, "ci"),
 ("a-186", A, "fell 18.6%", "18.6%", "percent", 18.6, 18.6, "%", Y, "inbound crossing travel time reduction"),
 ("a-186ci", A, "(95% CI 16.0 to 21.2;", "16.0 to 21.2", "percent", 16.0, 21.2, "%", Y, "ci"),
 ("a-p2", A, "21.2; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-04", A, "(+0.4%, 95% CI", "+0.4%", "percent", 0.4, 0.4, "%", Y, "control corridor change"),
 ("a-04ci", A, "CI −1.1 to 1.9", "−1.1 to 1.9", "percent", -1.1, 1.9, "%", Y, "ci"),
 ("a-p61", A, "P=0.61", "0.61", "pvalue", 0.61, 0.61, "p", N, "p-value"),
 ("a-487", A, "was US$48.7 million", "US$48.7 million", "money", 48.7*M, 48.7*M, "USD", Y, "january 2025 toll revenue (gross)"),
 ("a-jan25b", A, "million in January 2025, and", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-2025r", A, "net revenue for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-526", A, "was US$526 million", "US$526 million", "money", 526*M, 526*M, "USD", Y, "2025 net revenue"),
 ("a-500", A, "above the US$500 million", "US$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("a-eighth", A, "by about one-eighth", "one-eighth", "percent", 12.5, 12.5, "%", N, "summary of 12.8%"),
 ("a-inc2028", A, "increases in 2028 and 2031", "2028", "date", 2028, 2028, "year", N, "first toll step year (repeat)"),
 ("a-inc2031", A, "in 2028 and 2031 offer", "2031", "date", 2031, 2031, "year", N, "second toll step year (repeat)"),
 ("a-coi", A, "from 2021 to 2023", "2021 to 2023", "date", 2021, 2023, "year", N, "disclosure"),

 # ---- CP04 explainer (2026-04-10)
 ("e-upd", E, "Updated April 10, 2026", "April 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-700k", E, "more than 700,000 vehicles", "700,000", "count", 700000, 700000, "vehicles/day", Y, "typical weekday entries before toll"),
 ("e-9", E, "pays $9 during peak", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("e-75pct", E, "drops 75%", "75%", "percent", 75, 75, "%", Y, "overnight discount"),
 ("e-225", E, "to $2.25.", "$2.25", "money", 2.25, 2.25, "USD", Y, "overnight car toll"),
 ("e-450", E, "Motorcycles pay $4.50", "$4.50", "money", 4.5, 4.5, "USD", Y, "motorcycle peak toll"),
 ("e-105", E, "$1.05 overnight", "$1.05", "money", 1.05, 1.05, "USD", Y, "motorcycle overnight toll"),
 ("e-1440", E, "pay $14.40 at peak", "$14.40", "money", 14.4, 14.4, "USD", Y, "small truck peak toll"),
 ("e-360", E, "$3.60 overnight", "$3.60", "money", 3.6, 3.6, "USD", Y, "small truck overnight toll"),
 ("e-2160", E, "pay $21.60 at peak", "$21.60", "money", 21.6, 21.6, "USD", Y, "large truck peak toll"),
 ("e-540", E, "$5.40 overnight", "$5.40", "money", 5.4, 5.4, "USD", Y, "large truck overnight toll"),
 ("e-50mail", E, "about 50% more", "50%", "percent", 50, 50, "%", Y, "toll-by-mail surcharge"),
 ("e-75c", E, "charge of 75 cents", "75 cents", "money", 0.75, 0.75, "USD", Y, "taxi per-trip charge"),
 ("e-150", E, "$1.50 in an app-based", "$1.50", "money", 1.5, 1.5, "USD", Y, "for-hire per-trip charge"),
 ("e-wkday", E, "From 5 a.m. to 9 p.m. on weekdays", "5 a.m. to 9 p.m.", "time", 5, 21, "h", N, "peak hours weekdays"),
 ("e-wkend", E, "from 9 a.m. to 9 p.m. on weekends", "9 a.m. to 9 p.m.", "time", 9, 21, "h", N, "peak hours weekends"),
 ("e-9lock", E, "The $9 rate is locked", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("e-3yr", E, "the first three years", "three years", "duration", 3, 3, "years", Y, "duration of $9 phase"),
 ("e-12", E, "rises to $12 in 2028", "$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("e-2028", E, "$12 in 2028", "2028", "date", 2028, 2028, "year", Y, "first toll step year"),
 ("e-15", E, "to $15 in 2031", "$15", "money", 15, 15, "USD", Y, "second toll step amount"),
 ("e-2031", E, "$15 in 2031", "2031", "date", 2031, 2031, "year", Y, "second toll step year"),
 ("e-v11", E, "in an 11-1 vote", "11", "vote", 11, 11, "votes", Y, "mar 2024 board vote, for"),
 ("e-v1", E, "-1 vote in March 2024", "1", "vote", 1, 1, "votes", Y, "mar 2024 board vote, against"),
 ("e-mar24", E, "vote in March 2024. Under", "March 2024", "date", 2024, 2024, "year", Y, "original toll approval"),
 ("e-375", E, "would have been $3.75", "$3.75", "money", 3.75, 3.75, "USD", Y, "overnight car toll under original $15 plan"),
 ("e-5", E, "tunnel credit $5", "$5", "money", 5, 5, "USD", Y, "crossing credit under original plan"),
 ("e-3", E, "credit of up to $3", "$3", "money", 3, 3, "USD", Y, "tunnel crossing credit"),
 ("e-50k", E, "incomes under $50,000", "$50,000", "money", 50000, 50000, "USD", Y, "low-income discount income threshold"),
 ("e-50pct", E, "for a 50% discount", "50%", "percent", 50, 50, "%", Y, "low-income discount size"),
 ("e-10", E, "their first 10 peak trips", "10", "count", 10, 10, "trips", Y, "trips before low-income discount"),
 ("e-60k", E, "earning under $60,000", "$60,000", "money", 60000, 60000, "USD", Y, "zone-resident tax credit income threshold"),
 ("e-2018", E, "congestion pricing in 2018", "2018", "date", 2018, 2018, "year", Y, "state law enacted"),
 ("e-jun23", E, "concluded in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "federal environmental review (fonsi)"),
 ("e-jun24", E, "paused the program in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "pause date"),
 ("e-nov24", E, "revived it in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "revival of revised plan"),
 ("e-jan5", E, "Tolling began on Jan. 5, 2025", "Jan. 5, 2025", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("e-feb25", E, "In February 2025 the", "February 2025", "date", 2025, 2025, "year", Y, "federal rescission date"),
 ("e-109", E, "issued a 109-page", "109-page", "count", 109, 109, "pages", Y, "preliminary injunction length"),
 ("e-may25", E, "injunction in May 2025", "May 2025", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("e-mar25", E, "and in March 2025 he ruled", "March 2025", "date", 2025, 2025, "year", Y, "liman final ruling date"),
 ("e-80", E, "By law, 80%", "80%", "percent", 80, 80, "%", Y, "share to subways and buses"),
 ("e-10each", E, "and 10% each", "10%", "percent", 10, 10, "%", Y, "share to lirr and metro-north each"),
 ("e-165", E, "back $16.5 billion in bonds", "$16.5 billion", "money", 16.5*G, 16.5*G, "USD", Y, "bonds backed by toll"),
 ("e-562", E, "brought in $562 million", "$562 million", "money", 562*M, 562*M, "USD", Y, "2025 net revenue"),
 ("e-2025r", E, "net revenue in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-500", E, "than its $500 million goal", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("e-654", E, "MTA's $65.4 billion capital plan", "$65.4 billion", "money", 65.4*G, 65.4*G, "USD", Y, "2025-2029 capital plan size"),
 ("e-2529", E, "for 2025 to 2029", "2025 to 2029", "date", 2025, 2029, "year", N, "plan period"),
 ("e-late24", E, "in late 2024", "late 2024", "date", 2024, 2024, "year", Y, "capital plan rejection date"),
 ("e-35b", E, "about $35 billion", "$35 billion", "money", 35*G, 35*G, "USD", Y, "capital plan funding gap"),
 ("e-may25b", E, "by May 2025", "May 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("e-9day", E, "budget $9 a day", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("e-9pm", E, "after 9 p.m.", "9 p.m.", "time", 21, 21, "h", N, "end of peak"),
 ("e-quarter", E, "costs a quarter of that", "a quarter", "percent", 25, 25, "%", N, "overnight as share of peak"),

 # ---- CP05 blog (2026-02-10)
 ("b-h1yr", B, "One year of congestion pricing: what", "One year", "duration", 1, 1, "years", N, "headline"),
 ("b-pub", B, "February 10, 2026", "February 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-capjan", B, "rush hour, January 2026", "January 2026", "date", 2026, 2026, "year", N, "caption"),
 ("b-2024", B, "most of 2024", "2024", "date", 2024, 2024, "year", N, "aside"),
 ("b-in2025", B, "In 2025 the toll", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-25m", B, "nearly 25 million vehicles", "25 million", "count", 25*M, 25*M, "vehicles", Y, "fewer vehicles in first year (2025)"),
 ("b-75k", B, "something like 75,000", "75,000", "count", 75000, 75000, "vehicles/day", Y, "mean daily reduction, year 1"),
 ("b-45k", B, "more than 45,000 fewer", "45,000", "count", 45000, 45000, "vehicles/day", Y, "first-week weekday reduction"),
 ("b-wk3", B, "By the third week", "third week", "timepoint", 3, 3, "weeks", N, "timepoint"),
 ("b-26619", B, "weekday drop was 26,619", "26,619", "count", 26619, 26619, "vehicles/day", Y, "third-week weekday reduction"),
 ("b-1030", B, "stayed 10% to 30% faster", "10% to 30%", "percent", 10, 30, "%", Y, "crossing travel time reduction"),
 ("b-yrearlier", B, "faster than a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("b-capchart", B, "daily vehicle entries, 2024 vs 2025", "2024 vs 2025", "date", 2024, 2025, "year", N, "caption"),
 ("b-cap2024", B, "never returned to 2024 levels", "2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-562", B, "reports $562 million", "$562 million", "money", 562*M, 562*M, "USD", Y, "2025 net revenue"),
 ("b-for2025", B, "net revenue for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-500", B, "its $500 million target", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("b-jan25", B, "January 2025 alone", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-486", B, "brought in $48.6 million", "$48.6 million", "money", 48.6*M, 48.6*M, "USD", Y, "january 2025 toll revenue (gross)"),
 ("b-521", B, "the $52.1 million", "$52.1 million", "money", 52.1*M, 52.1*M, "USD", Y, "january 2025 projected revenue"),
 ("b-endmar", B, "By the end of March", "end of March", "date", 2025, 2025, "year", N, "as-of"),
 ("b-159", B, "total was $159 million", "$159 million", "money", 159*M, 159*M, "USD", Y, "q1 2025 revenue"),
 ("b-160", B, "a $160 million goal", "$160 million", "money", 160*M, 160*M, "USD", Y, "q1 2025 revenue goal"),
 ("b-9", B, "a car pays $9", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("b-1450", B, "small trucks pay $14.50", "$14.50", "money", 14.5, 14.5, "USD", Y, "small truck peak toll"),
 ("b-2160", B, "large trucks $21.60", "$21.60", "money", 21.6, 21.6, "USD", Y, "large truck peak toll"),
 ("b-375", B, "a car pays $3.75", "$3.75", "money", 3.75, 3.75, "USD", Y, "overnight car toll"),
 ("b-75c", B, "pay 75 cents a trip", "75 cents", "money", 0.75, 0.75, "USD", Y, "taxi per-trip charge"),
 ("b-150", B, "riders $1.50", "$1.50", "money", 1.5, 1.5, "USD", Y, "for-hire per-trip charge"),
 ("b-15", B, "approved the $15 version", "$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("b-v10", B, "version 10-1", "10", "vote", 10, 10, "votes", Y, "mar 2024 board vote, for"),
 ("b-v1", B, "-1 in March 2024", "1", "vote", 1, 1, "votes", Y, "mar 2024 board vote, against"),
 ("b-mar24", B, "in March 2024. Ten", "March 2024", "date", 2024, 2024, "year", Y, "original toll approval"),
 ("b-10wk", B, "Ten weeks later", "Ten weeks", "duration", 10, 10, "weeks", N, "approval to pause"),
 ("b-nov", B, "after the November election", "November", "date", 2024, 2024, "year", Y, "revival of revised plan"),
 ("b-9v", B, "the $9 version came back", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("b-feb25", B, "end of February 2025", "February 2025", "date", 2025, 2025, "year", Y, "quinnipiac poll date"),
 ("b-54", B, "found 54% of city", "54%", "percent", 54, 54, "%", Y, "quinnipiac feb 2025 nyc oppose"),
 ("b-41", B, "and 41% in favor", "41%", "percent", 41, 41, "%", Y, "quinnipiac feb 2025 nyc support"),
 ("b-week", B, "A week later Siena", "A week", "duration", 1, 1, "weeks", N, "between polls"),
 ("b-42", B, "backing it 42% to 35%", "42%", "percent", 42, 42, "%", Y, "siena mar 2025 nyc keep"),
 ("b-35", B, "42% to 35%", "35%", "percent", 35, 35, "%", Y, "siena mar 2025 nyc eliminate"),
 ("b-jan25c", B, "attendance in January 2025", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-17", B, "was up 17%", "17%", "percent", 17, 17, "%", Y, "broadway attendance change january 2025"),
 ("b-yrearlier2", B, "on a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("b-12", B, "rise to $12 until 2028", "$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("b-2028", B, "$12 until 2028", "2028", "date", 2028, 2028, "year", Y, "first toll step year"),
 ("b-9rate", B, "into the $9 rate", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("b-15b", B, "MTA's $15 billion borrowing", "$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),

 # ---- CP06 trade news (2026-01-23, a Friday), hard-wrapped
 ("l-pub", L, "Friday, January 23, 2026", "January 23, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-h750", L, "sell $750 million of notes backed", "$750 million", "money", 750*M, 750*M, "USD", N, "headline repeat"),
 ("l-750", L, "plans to sell $750 million of bond", "$750 million", "money", 750*M, 750*M, "USD", Y, "jan 2026 note sale size"),
 ("l-thu", L, "notes next Thursday", "next Thursday", "date", 2026, 2026, "year", Y, "jan 2026 note sale date"),
 ("l-wed", L, "posted on Wednesday", "Wednesday", "date", 2026, 2026, "year", N, "document date"),
 ("l-300", L, "into $300 million", "$300 million", "money", 300*M, 300*M, "USD", Y, "2026A-1 size"),
 ("l-feb28", L, "maturing on Feb. 1, 2028", "Feb. 1, 2028", "date", 2028, 2028, "year", Y, "2026A-1 maturity"),
 ("l-450", L, "and $450 million", "$450 million", "money", 450*M, 450*M, "USD", Y, "2026A-2 size"),
 ("l-feb29", L, "maturing on Feb. 1, 2029", "Feb. 1, 2029", "date", 2029, 2029, "year", Y, "2026A-2 maturity"),
 ("l-5pct", L, "carry a 5%", "5%", "percent", 5, 5, "%", Y, "note coupon"),
 ("l-twice", L, "paid twice a year", "twice", "count", 2, 2, "payments/year", N, "interest frequency"),
 ("l-cap", L, "MTA's 2020-2024 Capital", "2020-2024", "date", 2020, 2024, "year", N, "program name"),
 ("l-548", L, "a $54.8 billion plan", "$54.8 billion", "money", 54.8*G, 54.8*G, "USD", Y, "2020-2024 capital program size"),
 ("l-nine", L, "authority's nine bridges", "nine", "count", 9, 9, "crossings", N, "aside"),
 ("l-2019", L, "The 2019 state law", "2019", "date", 2019, 2019, "year", Y, "state law enacted"),
 ("l-15b", L, "support $15 billion", "$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),
 ("l-dec24", L, "in December 2024, selling", "December 2024", "date", 2024, 2024, "year", Y, "first note sale date"),
 ("l-186", L, "selling $186 million", "$186 million", "money", 186*M, 186*M, "USD", Y, "dec 2024 note sale size"),
 ("l-dec25", L, "due Dec. 1, 2025", "Dec. 1, 2025", "date", 2025, 2025, "year", Y, "dec 2024 note maturity"),
 ("l-feb25", L, "By February 2025", "February 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("l-900", L, "issued $900 million", "$900 million", "money", 900*M, 900*M, "USD", Y, "notes issued by feb 2025"),
 ("l-junly", L, "in June last year", "June last year", "date", 2025, 2025, "year", Y, "pause date"),
 ("l-15orig", L, "with a $15 toll", "$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("l-v10", L, "voted 10-1", "10", "vote", 10, 10, "votes", Y, "jun 2024 pause vote, for"),
 ("l-v1", L, "-1 to go along", "1", "vote", 1, 1, "votes", Y, "jun 2024 pause vote, against"),
 ("l-165", L, "deferring $16.5 billion", "$16.5 billion", "money", 16.5*G, 16.5*G, "USD", Y, "projects deferred by pause"),
 ("l-9", L, "a $9 peak toll", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("l-jan5", L, "effect on Jan. 5 last year", "Jan. 5 last year", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("l-9hold", L, "The $9 rate holds", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("l-3yr", L, "for three years", "three years", "duration", 3, 3, "years", Y, "duration of $9 phase"),
 ("l-12", L, "rising to $12 in 2028", "$12", "money", 12, 12, "USD", Y, "first toll step amount"),
 ("l-2028", L, "$12 in 2028", "2028", "date", 2028, 2028, "year", Y, "first toll step year"),
 ("l-486", L, "collected $48.6 million", "$48.6 million", "money", 48.6*M, 48.6*M, "USD", Y, "january 2025 toll revenue (gross)"),
 ("l-68", L, "vehicles paid 68%", "68%", "percent", 68, 68, "%", Y, "jan 2025 revenue share: passenger vehicles"),
 ("l-22", L, "trucks 22%", "22%", "percent", 22, 22, "%", Y, "jan 2025 revenue share: trucks"),
 ("l-endmay", L, "Through the end of May", "end of May", "date", 2025, 2025, "year", N, "as-of"),
 ("l-216", L, "nearly $216 million", "$216 million", "money", 216*M, 216*M, "USD", Y, "gross toll revenue through may 2025"),
 ("l-500", L, "its $500 million target", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("l-nextwk", L, "board next week", "next week", "date", 2026, 2026, "year", N, "results date"),
 ("l-60k", L, "earning under $60,000", "$60,000", "money", 60000, 60000, "USD", Y, "low-income discount income threshold"),
 ("l-half", L, "get half off", "half", "percent", 50, 50, "%", Y, "low-income discount size"),
 ("l-10", L, "first 10 trips", "10", "count", 10, 10, "trips", Y, "trips before low-income discount"),
 ("l-lastmay", L, "Last May U.S. District", "Last May", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("l-109", L, "issued a 109-page", "109-page", "count", 109, 109, "pages", Y, "preliminary injunction length"),
 ("l-nextwed", L, "Liman next Wednesday", "next Wednesday", "date", 2026, 2026, "year", N, "oral argument date"),
 ("l-684", L, "MTA's $68.4 billion", "$68.4 billion", "money", 68.4*G, 68.4*G, "USD", Y, "2025-2029 capital plan size"),
 ("l-2529", L, "for 2025 through 2029", "2025 through 2029", "date", 2025, 2029, "year", N, "plan period"),
 ("l-dec24b", L, "2029 in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "capital plan rejection date"),
 ("l-33b", L, "at least $33 billion", "$33 billion", "money", 33*G, 33*G, "USD", Y, "capital plan funding gap"),
 ("l-lastspring", L, "agreement last spring", "last spring", "date", 2025, 2025, "year", N, "state budget deal"),
 ("l-may", L, "re-approved the plan in May", "May", "date", 2025, 2025, "year", N, "capital plan re-approval"),
 ("l-bid1", L, "between 10 a.m. and 10:15 a.m.", "10 a.m. and 10:15 a.m.", "time", 10, 10.25, "h", N, "bid window"),
 ("l-bid2", L, "between 11:30 a.m. and 11:45 a.m.", "11:30 a.m. and 11:45 a.m.", "time", 11.5, 11.75, "h", N, "bid window"),

 # ---- CP07 fact-check (2025-03-12)
 ("f-pub", F, "TruthLine Fact Check · March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-jan5", F, "in effect since Jan. 5", "Jan. 5", "date", 2025, 2025, "year", Y, "tolling start date"),
 ("f-9", F, "vehicles pay $9", "$9", "money", 9, 9, "USD", Y, "peak car toll"),
 ("f-225", F, "and $2.25 overnight", "$2.25", "money", 2.25, 2.25, "USD", Y, "overnight car toll"),
 ("f-three", F, "makes three separate claims", "three", "count", 3, 3, "claims", N, "structure"),
 ("f-44045", F, "tolling, 44,045 fewer", "44,045", "count", 44045, 44045, "vehicles/day", Y, "first-week weekday reduction"),
 ("f-yrearlier", F, "period a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("f-75", F, "was down 7.5%", "7.5%", "percent", 7.5, 7.5, "%", Y, "traffic reduction january 2025"),
 ("f-12m", F, "about 1.2 million fewer", "1.2 million", "count", 1.2*M, 1.2*M, "vehicles", Y, "fewer vehicles in january 2025"),
 ("f-jan24", F, "than in January 2024", "January 2024", "date", 2024, 2024, "year", N, "comparison period"),
 ("f-1030", F, "were 10% to 30% faster", "10% to 30%", "percent", 10, 30, "%", Y, "crossing travel time reduction"),
 ("f-375", F, "took in $37.5 million", "$37.5 million", "money", 37.5*M, 37.5*M, "USD", Y, "january 2025 toll revenue"),
 ("f-500", F, "goal of $500 million a year", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target"),
 ("f-15b", F, "support $15 billion in bonds", "$15 billion", "money", 15*G, 15*G, "USD", Y, "bonds backed by toll"),
 ("f-field", F, "conducted March 2 to 6", "March 2 to 6", "date", 2025, 2025, "year", N, "poll field dates"),
 ("f-42", F, "found that 42% of", "42%", "percent", 42, 42, "%", Y, "siena mar 2025 nyc keep"),
 ("f-35", F, "and 35% wanted it eliminated", "35%", "percent", 35, 35, "%", Y, "siena mar 2025 nyc eliminate"),
 ("f-40", F, "Statewide, 40% wanted", "40%", "percent", 40, 40, "%", Y, "siena mar 2025 statewide eliminate"),
 ("f-33", F, "and 33% wanted it to stay", "33%", "percent", 33, 33, "%", Y, "siena mar 2025 statewide keep"),
 ("f-806", F, "surveyed 806 registered", "806", "count", 806, 806, "voters", Y, "siena sample size"),
 ("f-312", F, "312 of them", "312", "count", 312, 312, "voters", Y, "siena nyc subsample"),
 ("f-moe", F, "plus or minus 4.3 percentage points", "4.3 percentage points", "percent", 4.3, 4.3, "pp", N, "margin of error"),
 ("f-dec24", F, "city voters in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "siena december poll date"),
 ("f-32", F, "only 32% supported", "32%", "percent", 32, 32, "%", Y, "siena dec 2024 nyc support"),
 ("f-56", F, "and 56% opposed it", "56%", "percent", 56, 56, "%", Y, "siena dec 2024 nyc oppose"),
 ("f-endfeb", F, "at the end of February found", "end of February", "date", 2025, 2025, "year", Y, "quinnipiac poll date"),
 ("f-54", F, "opposed 54% to 41%", "54%", "percent", 54, 54, "%", Y, "quinnipiac feb 2025 nyc oppose"),
 ("f-41", F, "54% to 41%", "41%", "percent", 41, 41, "%", Y, "quinnipiac feb 2025 nyc support"),
 ("f-48", F, "48% of downstate", "48%", "percent", 48, 48, "%", Y, "siena mar 2025 suburban eliminate"),
 ("f-15", F, "approved a $15 toll", "$15", "money", 15, 15, "USD", Y, "original peak toll"),
 ("f-v11a", F, "in an 11-1 vote", "11", "vote", 11, 11, "votes", Y, "mar 2024 board vote, for"),
 ("f-v1a", F, "-1 vote in March 2024", "1", "vote", 1, 1, "votes", Y, "mar 2024 board vote, against"),
 ("f-mar24", F, "vote in March 2024. Gov", "March 2024", "date", 2024, 2024, "year", Y, "original toll approval"),
 ("f-lastjune", F, "paused it last June", "last June", "date", 2024, 2024, "year", Y, "pause date"),
 ("f-9rev", F, "revised $9 version", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("f-v11b", F, "again 11-1", "11", "vote", 11, 11, "votes", Y, "nov 2024 board vote, for"),
 ("f-v1b", F, "-1, in November", "1", "vote", 1, 1, "votes", Y, "nov 2024 board vote, against"),
 ("f-nov", F, "in November. The", "November", "date", 2024, 2024, "year", Y, "board approval of revised plan"),
 ("f-9set", F, "The $9 toll is set", "$9", "money", 9, 9, "USD", N, "peak car toll (repeat)"),
 ("f-2yr", F, "first two years", "two years", "duration", 2, 2, "years", Y, "duration of $9 phase"),
 ("f-feb19", F, "Hochul on Feb. 19", "Feb. 19", "date", 2025, 2025, "year", Y, "federal rescission date"),
 ("f-mar21", F, "set a March 21 deadline", "March 21", "date", 2025, 2025, "year", N, "duffy deadline 1"),
 ("f-75b", F, "data show 7.5% fewer", "7.5%", "percent", 7.5, 7.5, "%", Y, "traffic reduction january 2025 (ruling)"),
 ("f-500b", F, "it is on pace for $500 million", "$500 million", "money", 500*M, 500*M, "USD", Y, "annual net revenue target (ruling)"),
 ("f-42b", F, "keeping it, 42% to 35%", "42%", "percent", 42, 42, "%", Y, "siena mar 2025 nyc keep (ruling)"),
 ("f-35b", F, "42% to 35%, and", "35%", "percent", 35, 35, "%", Y, "siena mar 2025 nyc eliminate (ruling)"),
 ("f-40b", F, "stands at 40%", "40%", "percent", 40, 40, "%", Y, "siena mar 2025 statewide eliminate (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 March 2024 board vote, for: 10 (CP05, the June pause tally) vs 11
 ("b-v10", "e-v11", S), ("b-v10", "f-v11a", S),
 # S2 November 2024 board vote, for: 11 (CP07, the March tally) vs 12
 ("f-v11b", "w-v12", S), ("f-v11b", "a-v12", S),
 # S3 year the state law passed: 2018 (CP04) vs 2019
 ("e-2018", "w-2019", S), ("e-2018", "a-2019", S), ("e-2018", "l-2019", S),
 # S4 pause year: "June last year" in a January 2026 article = 2025 (CP06) vs 2024
 ("l-junly", "w-thatjune", S), ("l-junly", "p-jun24", S), ("l-junly", "a-jun24", S),
 ("l-junly", "e-jun24", S), ("l-junly", "f-lastjune", S),
 # S5 year of the $12 step: 2029 (CP02) vs 2028
 ("p-2029", "w-2028", S), ("p-2029", "a-2028", S), ("p-2029", "e-2028", S),
 ("p-2029", "b-2028", S), ("p-2029", "l-2028", S),
 # S6 bonds backed by the toll: $16.5 billion (CP04, the deferred-projects figure) vs $15 billion
 ("e-165", "w-15b", S), ("e-165", "p-15b", S), ("e-165", "a-15b", S),
 ("e-165", "b-15b", S), ("e-165", "l-15b", S), ("e-165", "f-15b", S),
 # S7 overnight car toll: $3.75 (CP05, the shelved plan's rate) vs $2.25
 ("b-375", "a-225", S), ("b-375", "e-225", S), ("b-375", "f-225", S),
 # S8 fewer vehicles in the first year: "nearly 25 million" (CP05, an interim cumulative) vs 27 million
 ("b-25m", "w-27m", S), ("b-25m", "p-27m", S), ("b-25m", "a-27m", S),
 # S9 2025 net revenue: US$526 million (CP03, transposed) vs $562 million
 ("a-526", "w-562", S), ("a-526", "p-562", S), ("a-526", "e-562", S), ("a-526", "b-562", S),
 # S10 January 2025 toll revenue: $37.5 million (CP07, the net figure as "took in") vs gross
 ("f-375", "p-486", S), ("f-375", "b-486", S), ("f-375", "l-486", S), ("f-375", "a-487", S),
 # S11 low-income discount income threshold: $60,000 (CP06, the tax-credit threshold) vs $50,000
 ("l-60k", "e-50k", S),
 # S12 first-week weekday reduction: "more than 45,000" (CP05) vs 44,045
 ("b-45k", "a-44045", S), ("b-45k", "f-44045", S),
 # S13 Siena Dec 2024 city opposition: 51% (CP01, the statewide figure) vs 56%
 ("w-51", "f-56", S),
 # S14 year of Liman's final ruling: March 2025 (CP04) vs March 2026
 ("e-mar25", "w-tue", S), ("e-mar25", "a-mar26", S),
 # S15 how long the $9 rate lasts: two years (CP07) vs three years
 ("f-2yr", "e-3yr", S), ("f-2yr", "l-3yr", S),
 # S16 trucks' share of January 2025 revenue: 22% (CP06, the taxi/FHV share) vs 9%
 ("l-22", "p-9pct", S),
 # Qualified
 ("a-487", "p-486", Q), ("a-487", "b-486", Q), ("a-487", "l-486", Q),
 ("b-1450", "e-1440", Q),
 ("a-159", "f-75", Q), ("a-159", "w-75", Q), ("a-159", "f-75b", Q),
 ("e-654", "l-684", Q),
 ("e-35b", "l-33b", Q),
 ("e-700k", "a-583", Q), ("e-700k", "a-583b", Q),
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
            lo = round(lo, 6)
        if isinstance(hi, float):
            hi = round(hi, 6)
        rows.append({"type": "claim", "id": f"CP-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"CP-{a}", f"CP-{b}"
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
