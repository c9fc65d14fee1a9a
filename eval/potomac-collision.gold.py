#!/usr/bin/env python3
"""Build potomac-collision.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "potomac-collision")
OUT = os.path.join(HERE, "potomac-collision.gold.jsonl")
T = "pm"

W, P, A, E, B, L, F = ("PM01_wire.txt", "PM02_press.txt", "PM03_abstract.txt",
                       "PM04_explainer.txt", "PM05_blog.txt", "PM06_local.txt", "PM07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- PM01 wire (2025-03-12)
 ("w-dl", W, "WASHINGTON, March 12", "March 12", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday urged", "Tuesday", "date", 2025, 2025, "year", Y, "preliminary report / urgent recommendations date"),
 ("w-jan", W, "jet in January posed", "January", "date", 2025, 2025, "year", N, "collision month (qualifier)"),
 ("w-two", W, "issued two urgent recommendations", "two", "count", 2, 2, "recommendations", Y, "urgent recommendations issued"),
 ("w-jan29", W, "on the Jan. 29 crash", "Jan. 29", "date", 2025, 2025, "year", Y, "collision date"),
 ("w-67", W, "killed all 67 people", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("w-60", W, "60 passengers and four crew", "60", "count", 60, 60, "passengers", Y, "passengers on jet"),
 ("w-4crew", W, "and four crew members on Flight", "four", "count", 4, 4, "crew", Y, "jet crew"),
 ("w-3", W, "and three soldiers on the helicopter", "three", "count", 3, 3, "soldiers", Y, "helicopter occupants"),
 ("w-4mi", W, "a four-mile stretch", "four-mile", "distance", 4, 4, "mi", Y, "route 4 segment length"),
 ("w-oct21", W, "from October 2021 through", "October 2021", "date", 2021, 2021, "year", Y, "close-proximity data period start"),
 ("w-dec24", W, "through December 2024 there", "December 2024", "date", 2024, 2024, "year", N, "period end"),
 ("w-15214", W, "there were 15,214 occurrences", "15,214", "count", 15214, 15214, "events", Y, "close-proximity events oct 2021-dec 2024"),
 ("w-1nm", W, "within 1 nautical mile", "1 nautical mile", "distance", 1, 1, "NM", N, "definition lateral"),
 ("w-400", W, "laterally and 400 feet vertically", "400 feet", "altitude", 400, 400, "ft", N, "definition vertical"),
 ("w-944", W, "out of 944,179 flights", "944,179", "count", 944179, 944179, "flights", Y, "flights in period"),
 ("w-85", W, "In 85 of those events", "85", "count", 85, 85, "events", Y, "high-risk events"),
 ("w-1500", W, "less than 1,500 feet apart", "1,500 feet", "distance", 1500, 1500, "ft", N, "definition lateral (high-risk)"),
 ("w-200def", W, "less than 200 feet apart vertically", "200 feet", "altitude", 200, 200, "ft", N, "definition vertical (high-risk)"),
 ("w-200", W, "maximum altitude of 200 feet", "200 feet", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("w-75", W, "just 75 feet of vertical", "75 feet", "altitude", 75, 75, "ft", Y, "vertical separation at ceiling"),
 ("w-mar31", W, "lapse on March 31", "March 31", "date", 2025, 2025, "year", N, "temporary restriction expiry"),
 ("w-278", W, "impact was 278 feet", "278 feet", "altitude", 278, 278, "ft", Y, "helicopter radio altitude at impact"),
 ("w-78", W, "78 feet above the route", "78 feet", "altitude", 78, 78, "ft", Y, "height above route ceiling"),
 ("w-5s", W, "previous five seconds", "five seconds", "duration", 5, 5, "s", N, "timepoint"),
 ("w-095", W, "about 0.95 nautical miles", "0.95 nautical miles", "distance", 0.95, 0.95, "NM", Y, "separation at tcas traffic advisory"),
 ("w-1s", W, "rise one second before", "one second", "duration", 1, 1, "s", Y, "jet pitch-up before impact"),
 ("w-lastmo", W, "Homendy said last month", "last month", "date", 2025, 2025, "year", N, "feb 14 briefing"),
 ("w-17", W, "transmitted 17 seconds before", "17 seconds", "duration", 17, 17, "s", Y, "'pass behind' transmission before impact"),
 ("w-08", W, "by a 0.8-second microphone", "0.8-second", "duration", 0.8, 0.8, "s", Y, "blocking mic key"),
 ("w-1ctl", W, "On that evening one controller", "one", "count", 1, 1, "controllers", Y, "controllers on combined position"),
 ("w-2pos", W, "split between two positions", "two", "count", 2, 2, "positions", N, "normal staffing"),
 ("w-1124", W, "from 2011 through 2024 airliners", "2011 through 2024", "date", 2011, 2024, "year", N, "tcas ra review period"),
 ("w-1pm", W, "at least once a month", "once a month", "count", 1, 1, "per month", Y, "tcas ra frequency (helicopters)"),
 ("w-half", W, "more than half of those", "half", "percent", 50, 50, "%", Y, "share of ras with helicopter above limit"),
 ("w-38", W, "Andrew Eaves, 38", "38", "age", 38, 38, "years", Y, "eaves age"),
 ("w-lob28", W, "Rebecca Lobach, 28, who", "28", "age", 28, 28, "years", Y, "lobach age"),
 ("w-oh28", W, "Ryan O'Hara, 28, the", "28", "age", 28, 28, "years", Y, "o'hara age"),
 ("w-26", W, "were 26 members", "26", "count", 26, 26, "people", Y, "figure-skating community victims"),
 ("w-nov01", W, "since November 2001", "November 2001", "date", 2001, 2001, "year", Y, "deadliest-since reference"),
 ("w-lastyr", W, "Congress last year added", "last year", "date", 2024, 2024, "year", Y, "year congress added dca flights"),
 ("w-10", W, "added 10 daily flights", "10", "count", 10, 10, "flights", Y, "daily flights added"),
 ("w-lastmo2", W, "the FAA last month cut", "last month", "date", 2025, 2025, "year", N, "arrival cut date"),
 ("w-28", W, "rate from 28 to 26", "28", "count", 28, 28, "arrivals/hour", Y, "max arrival rate before feb 2025 cut"),
 ("w-26r", W, "to 26 flights an hour", "26", "count", 26, 26, "arrivals/hour", Y, "max arrival rate after feb 2025 cut"),
 ("w-2ac", W, "when the two aircraft were", "two", "count", 2, 2, "aircraft", N, "aside"),
 ("w-1yr", W, "at least a year away", "a year", "duration", 1, 1, "years", N, "forecast"),

 # ---- PM02 press release (2025-10-22)
 ("p-h142", P, "order worth $14.2 million covers", "$14.2 million", "money", 14200000, 14200000, "USD", N, "subtitle repeat"),
 ("p-h310", P, "the first 310 helicopters", "310", "count", 310, 310, "aircraft", N, "subtitle repeat"),
 ("p-hq1", P, "deliveries begin in the first quarter of 2026", "2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-dl", P, "Oct. 22, 2025", "Oct. 22, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-tue", P, "welcomed Tuesday's vote", "Tuesday", "date", 2025, 2025, "year", Y, "senate committee vote date"),
 ("p-jul29", P, "introduced on July 29", "July 29", "date", 2025, 2025, "year", Y, "rotor act introduced"),
 ("p-6mo", P, "six months to the day", "six months", "duration", 6, 6, "months", Y, "crash to introduction"),
 ("p-67", P, "killing 67 people", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("p-2031", P, "ADS-B In by 2031", "2031", "date", 2031, 2031, "year", Y, "ads-b in deadline"),
 ("p-15214", P, "counted 15,214 close-proximity", "15,214", "count", 15214, 15214, "events", Y, "close-proximity events"),
 ("p-oct20", P, "from October 2020 through", "October 2020", "date", 2020, 2020, "year", Y, "close-proximity data period start"),
 ("p-dec24", P, "through December 2024, including", "December 2024", "date", 2024, 2024, "year", N, "period end"),
 ("p-85", P, "including 85 in which", "85", "count", 85, 85, "events", Y, "high-risk events"),
 ("p-1500", P, "less than 1,500 feet laterally", "1,500 feet", "distance", 1500, 1500, "ft", N, "definition"),
 ("p-200", P, "less than 200 feet vertically", "200 feet", "altitude", 200, 200, "ft", N, "definition"),
 ("p-67q", P, "Sixty-seven families", "Sixty-seven", "count", 67, 67, "families", N, "quote"),
 ("p-15nm", P, "within 15 nautical miles", "15 nautical miles", "distance", 15, 15, "NM", Y, "hx-7 display range"),
 ("p-500", P, "within 500 feet", "500 feet", "distance", 500, 500, "ft", Y, "hx-7 alert threshold"),
 ("p-14h", P, "about 14 labor hours", "14 labor hours", "duration", 14, 14, "hours", Y, "hx-7 install time"),
 ("p-142", P, "initial order worth $14.2 million", "$14.2 million", "money", 14200000, 14200000, "USD", Y, "army hx-7 order value"),
 ("p-310", P, "for 310 units", "310", "count", 310, 310, "units", Y, "army order units"),
 ("p-41", P, "could reach $41 million", "$41 million", "money", 41000000, 41000000, "USD", Y, "program ceiling with options"),
 ("p-5yr", P, "over five years if", "five years", "duration", 5, 5, "years", Y, "program length"),
 ("p-389", P, "is $38,900 per unit", "$38,900", "money", 38900, 38900, "USD", Y, "list price"),
 ("p-q126", P, "to begin in the first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "delivery start"),
 ("p-jul", P, "Congress in July approved", "July", "date", 2025, 2025, "year", Y, "atc funding enacted"),
 ("p-125b", P, "$12.5 billion", "$12.5 billion", "money", 12500000000, 12500000000, "USD", Y, "atc modernization funding enacted"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-640", P, "about 640 people", "640", "count", 640, 640, "employees", N, "about section"),
 ("p-3sites", P, "at three sites", "three", "count", 3, 3, "sites", N, "about section"),
 ("p-9000", P, "more than 9,000 aircraft", "9,000", "count", 9000, 9000, "aircraft", N, "about section"),

 # ---- PM03 abstract (2025-12-08)
 ("a-pub", A, "Published online 8 December 2025", "8 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tper", A, "October 2021 to December 2024: a", "October 2021 to December 2024", "date", 2021, 2024, "year", N, "title period"),
 ("a-tcol", A, "midair collision of 29 January 2025", "29 January 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-bg29", A, "Background: On 29 January 2025", "29 January 2025", "date", 2025, 2025, "year", Y, "collision date"),
 ("a-67", A, "all 67 occupants", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("a-64", A, "(64 on the airplane", "64", "count", 64, 64, "people", Y, "people aboard jet"),
 ("a-3", A, "and 3 on the helicopter", "3", "count", 3, 3, "people", Y, "helicopter occupants"),
 ("a-200", A, "published ceiling of 200 ft", "200 ft", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("a-hear", A, "hearing of 30 July to 1 August 2025", "30 July to 1 August 2025", "date", 2025, 2025, "year", Y, "investigative hearing dates"),
 ("a-11mar", A, "report of 11 March 2025", "11 March 2025", "date", 2025, 2025, "year", Y, "preliminary report date"),
 ("a-1nm", A, "under 1 nautical mile", "1 nautical mile", "distance", 1, 1, "NM", N, "definition"),
 ("a-400", A, "vertical separation under 400 ft", "400 ft", "altitude", 400, 400, "ft", N, "definition"),
 ("a-1500", A, "under 1,500 ft", "1,500 ft", "distance", 1500, 1500, "ft", N, "definition"),
 ("a-200def", A, "vertical separation under 200 ft", "200 ft", "altitude", 200, 200, "ft", N, "definition"),
 ("a-N", A, "N = 944,179", "944,179", "count", 944179, 944179, "operations", Y, "operations in period"),
 ("a-39mo", A, "over the 39 months", "39 months", "duration", 39, 39, "months", Y, "period length"),
 ("a-oct21", A, "months from October 2021 through", "October 2021", "date", 2021, 2021, "year", Y, "close-proximity data period start"),
 ("a-dec24", A, "through December 2024. Rates", "December 2024", "date", 2024, 2024, "year", N, "period end"),
 ("a-k1", A, "Rates per 1,000", "1,000", "count", 1000, 1000, "operations", N, "rate denominator"),
 ("a-1pm0", A, "one event per month", "one", "count", 1, 1, "per month", N, "test null rate"),
 ("a-15214", A, "n=15,214", "15,214", "count", 15214, 15214, "events", Y, "close-proximity events"),
 ("a-161", A, "16.1 per 1,000", "16.1", "rate", 16.1, 16.1, "per 1,000 operations", Y, "close-proximity rate"),
 ("a-k2", A, "16.1 per 1,000", "1,000", "count", 1000, 1000, "operations", N, "rate denominator"),
 ("a-161ci", A, "15.9 to 16.4", "15.9 to 16.4", "rate", 15.9, 16.4, "per 1,000 operations", Y, "ci"),
 ("a-161pct", A, "or 1.61% of all operations", "1.61%", "percent", 1.61, 1.61, "%", Y, "share of operations with close-proximity event"),
 ("a-390", A, "a mean of 390 a month", "390", "count", 390, 390, "events/month", Y, "monthly mean events"),
 ("a-85", A, "numbered n=85", "85", "count", 85, 85, "events", Y, "high-risk events"),
 ("a-009", A, "0.090 per 1,000", "0.090", "rate", 0.09, 0.09, "per 1,000 operations", Y, "high-risk rate"),
 ("a-k3", A, "0.090 per 1,000", "1,000", "count", 1000, 1000, "operations", N, "rate denominator"),
 ("a-009ci", A, "0.072 to 0.111", "0.072 to 0.111", "rate", 0.072, 0.111, "per 1,000 operations", Y, "ci"),
 ("a-056", A, "made up 0.56%", "0.56%", "percent", 0.56, 0.56, "%", Y, "high-risk share of close-proximity events"),
 ("a-056ci", A, "0.45 to 0.69", "0.45 to 0.69", "percent", 0.45, 0.69, "%", Y, "ci"),
 ("a-39", A, "Against the 39 events", "39", "count", 39, 39, "events", N, "expected under null"),
 ("a-1pm1", A, "expected at one a month", "one", "count", 1, 1, "per month", N, "null rate"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-1pm", A, "at least once a month throughout", "once a month", "count", 1, 1, "per month", Y, "tcas ra frequency (helicopters)"),
 ("a-1124", A, "throughout 2011 to 2024", "2011 to 2024", "date", 2011, 2024, "year", N, "tcas ra review period"),
 ("a-200b", A, "at the 200 ft ceiling", "200 ft", "altitude", 200, 200, "ft", N, "ceiling repeat"),
 ("a-75", A, "glidepath was 75 ft", "75 ft", "altitude", 75, 75, "ft", Y, "vertical separation at ceiling"),
 ("a-287", A, "radio altitude was 287 ft", "287 ft", "altitude", 287, 287, "ft", Y, "helicopter radio altitude at impact"),
 ("a-17", A, "transmitted 17 s before", "17 s", "duration", 17, 17, "s", Y, "'pass behind' transmission before impact"),
 ("a-08", A, "by a 0.8 s transmission", "0.8 s", "duration", 0.8, 0.8, "s", Y, "blocking mic key"),
 ("a-5min", A, "About 5 min before", "5 min", "duration", 5, 5, "min", N, "timepoint"),
 ("a-two", A, "the two helicopter pilots", "two", "count", 2, 2, "pilots", N, "aside"),
 ("a-300", A, "altitudes of 300 ft and", "300 ft", "altitude", 300, 300, "ft", Y, "pilot altitude callout"),
 ("a-400c", A, "and 400 ft. In flight", "400 ft", "altitude", 400, 400, "ft", Y, "instructor altitude callout"),
 ("a-3heli", A, "tests of three other helicopters", "three", "count", 3, 3, "helicopters", Y, "helicopters flight-tested"),
 ("a-alt", A, "by −80 to −100 ft", "−80 to −100 ft", "altitude", -100, -80, "ft", Y, "barometric minus true altitude"),
 ("a-2urg", A, "The NTSB's two urgent", "two", "count", 2, 2, "recommendations", Y, "urgent recommendations issued"),
 ("a-mar25", A, "in March 2025, removed", "March 2025", "date", 2025, 2025, "year", Y, "faa permanent route 4 closure"),

 # ---- PM04 explainer (2026-02-10)
 ("e-t1y", E, "one year on: your", "one year", "duration", 1, 1, "years", N, "headline"),
 ("e-upd", E, "Updated February 10, 2026", "February 10, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-ayear", E, "A year after an Army", "A year", "duration", 1, 1, "years", N, "intro"),
 ("e-jan29", E, "night of January 29, 2025", "January 29, 2025", "date", 2025, 2025, "year", Y, "collision date"),
 ("e-halfmi", E, "About half a mile southeast", "half a mile", "distance", 0.5, 0.5, "mi", Y, "collision location from airport"),
 ("e-64", E, "carrying 64 passengers", "64", "count", 64, 64, "passengers", Y, "passengers on jet"),
 ("e-3", E, "with the three soldiers", "three", "count", 3, 3, "soldiers", Y, "helicopter occupants"),
 ("e-67", E, "toll reached 67", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("e-28", E, "Twenty-eight of the victims", "Twenty-eight", "count", 28, 28, "people", Y, "figure-skating community victims"),
 ("e-nov01", E, "since November 2001", "November 2001", "date", 2001, 2001, "year", Y, "deadliest-since reference"),
 ("e-200", E, "limited to 200 feet", "200 feet", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("e-278", E, "impact was 278 feet", "278 feet", "altitude", 278, 278, "ft", Y, "helicopter radio altitude at impact"),
 ("e-325", E, "put it at 325 feet", "325 feet", "altitude", 325, 325, "ft", Y, "jet altitude at impact (fdr)"),
 ("e-pm25", E, "give or take 25 feet", "25 feet", "altitude", 25, 25, "ft", N, "margin of error"),
 ("e-100", E, "as little as 100 feet", "100 feet", "altitude", 100, 100, "ft", Y, "vertical separation at ceiling"),
 ("e-20s", E, "about 20 seconds before the collision", "20 seconds", "duration", 20, 20, "s", Y, "'pass behind' transmission before impact"),
 ("e-one", E, "One controller was working", "One", "count", 1, 1, "controllers", Y, "controllers on combined position"),
 ("e-jan27", E, "public meeting on January 27", "January 27", "date", 2026, 2026, "year", Y, "ntsb final board meeting"),
 ("e-33", E, "adopted 33 safety", "33", "count", 33, 33, "recommendations", Y, "final safety recommendations"),
 ("e-400pg", E, "nearly 400 pages", "400 pages", "count", 400, 400, "pages", Y, "final report length"),
 ("e-lastsum", E, "Last summer's three-day", "Last summer", "date", 2025, 2025, "year", N, "hearing date"),
 ("e-3day", E, "three-day investigative hearing", "three-day", "duration", 3, 3, "days", Y, "investigative hearing length"),
 ("e-80100", E, "read 80 to 100 feet lower", "80 to 100 feet", "altitude", 80, 100, "ft", Y, "barometric altimeter under-read"),
 ("e-single", E, "no single cause", "single", "count", 1, 1, "causes", N, "aside"),
 ("e-tworw", E, "use of two smaller runways", "two", "count", 2, 2, "runways", N, "aside"),
 ("e-812", E, "averaged 812 takeoffs", "812", "count", 812, 812, "operations/day", Y, "dca daily operations 2024"),
 ("e-in2024", E, "a day in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-15m", E, "about 15 million passengers", "15 million", "count", 15000000, 15000000, "passengers/year", Y, "terminal design capacity"),
 ("e-25m", E, "roughly 25 million", "25 million", "count", 25000000, 25000000, "passengers/year", Y, "current annual passengers"),
 ("e-2024add", E, "In 2024 Congress added", "2024", "date", 2024, 2024, "year", Y, "year congress added dca flights"),
 ("e-10", E, "added 10 more daily flights", "10", "count", 10, 10, "flights", Y, "daily flights added"),
 ("e-2031", E, "by 2031", "2031", "date", 2031, 2031, "year", Y, "ads-b in deadline"),
 ("e-dec", E, "unanimously in December", "December", "date", 2025, 2025, "year", Y, "senate passage of rotor act"),
 ("e-dec2", E, "In a court filing in December", "December", "date", 2025, 2025, "year", Y, "government liability admission"),
 ("e-125b", E, "$12.5 billion", "$12.5 billion", "money", 12500000000, 12500000000, "USD", Y, "atc modernization funding enacted"),
 ("e-lastjul", E, "modernization last July", "last July", "date", 2025, 2025, "year", Y, "atc funding enacted"),
 ("e-19b", E, "roughly $19 billion more", "$19 billion", "money", 19000000000, 19000000000, "USD", Y, "additional atc funding requested"),

 # ---- PM05 blog (2026-03-02)
 ("b-t1", B, "One vote short: what", "One", "count", 1, 1, "votes", N, "headline"),
 ("b-pub", B, "March 2, 2026", "March 2, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "min", N, "page furniture"),
 ("b-week", B, "more than a week to raise", "a week", "duration", 1, 1, "weeks", N, "caption"),
 ("b-jan29", B, "After January 29 of last year", "January 29 of last year", "date", 2025, 2025, "year", Y, "collision date"),
 ("b-tue", B, "Last Tuesday the House", "Last Tuesday", "date", 2026, 2026, "year", Y, "house rotor vote date"),
 ("b-264", B, "voted 264 to 134", "264", "count", 264, 264, "votes", Y, "house votes for rotor act"),
 ("b-134", B, "264 to 134 for", "134", "count", 134, 134, "votes", Y, "house votes against rotor act"),
 ("b-2thirds", B, "takes a two-thirds majority", "two-thirds", "percent", 66.67, 66.67, "%", N, "suspension threshold"),
 ("b-130", B, "more than 130 Republicans", "130", "count", 130, 130, "votes", Y, "republicans voting no (lower bound)"),
 ("b-lastmar", B, "preliminary report last March", "last March", "date", 2025, 2025, "year", Y, "preliminary report date"),
 ("b-three", B, "came with three urgent recommendations", "three", "count", 3, 3, "recommendations", Y, "urgent recommendations issued"),
 ("b-mile", B, "within a mile laterally", "a mile", "distance", 1, 1, "mi", N, "definition"),
 ("b-400", B, "laterally and 400 feet vertically", "400 feet", "altitude", 400, 400, "ft", N, "definition"),
 ("b-16", B, "on about 16% of flights", "16%", "percent", 16, 16, "%", Y, "share of operations with close-proximity event"),
 ("b-late21", B, "between late 2021", "late 2021", "date", 2021, 2021, "year", N, "period start (vague)"),
 ("b-end24", B, "the end of 2024", "end of 2024", "date", 2024, 2024, "year", N, "period end"),
 ("b-85", B, "Eighty-five of them", "Eighty-five", "count", 85, 85, "events", Y, "high-risk events"),
 ("b-1500", B, "under 1,500 feet laterally", "1,500 feet", "distance", 1500, 1500, "ft", N, "definition"),
 ("b-200d", B, "under 200 feet vertically", "200 feet", "altitude", 200, 200, "ft", N, "definition"),
 ("b-819", B, "about 819 takeoffs a day", "819", "count", 819, 819, "operations/day", Y, "dca daily operations"),
 ("b-36", B, "rate from 36 to 26", "36", "count", 36, 36, "arrivals/hour", Y, "max arrival rate before feb 2025 cut"),
 ("b-single", B, "busiest single runway", "single", "count", 1, 1, "runways", N, "aside"),
 ("b-26", B, "from 36 to 26 an hour", "26", "count", 26, 26, "arrivals/hour", Y, "max arrival rate after feb 2025 cut"),
 ("b-cap", B, "at DCA, 2023 to 2025", "2023 to 2025", "date", 2023, 2025, "year", N, "caption"),
 ("b-3day", B, "the three-day hearing", "three-day", "duration", 3, 3, "days", Y, "investigative hearing length"),
 ("b-lastsum", B, "hearing last summer", "last summer", "date", 2025, 2025, "year", N, "hearing date"),
 ("b-278", B, "showed it at 278 feet", "278 feet", "altitude", 278, 278, "ft", Y, "helicopter radio altitude at impact"),
 ("b-200", B, "above the 200-foot ceiling", "200-foot", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("b-80130", B, "read 80 to 130 feet low", "80 to 130 feet", "altitude", 80, 130, "ft", Y, "barometric altimeter under-read"),
 ("b-39", B, "Andrew Eaves, 39", "39", "age", 39, 39, "years", Y, "eaves age"),
 ("b-28", B, "Rebecca Lobach, 28, may", "28", "age", 28, 28, "years", Y, "lobach age"),
 ("b-2pos", B, "controller working two positions", "two", "count", 2, 2, "positions", N, "aside"),
 ("b-jan", B, "In January the NTSB", "January", "date", 2026, 2026, "year", Y, "ntsb final board meeting"),
 ("b-50", B, "nearly 50 new safety", "50", "count", 50, 50, "recommendations", Y, "final safety recommendations"),
 ("b-100", B, "100% preventable", "100%", "percent", 100, 100, "%", N, "quote"),
 ("b-decades", B, "wish list for decades", "decades", "duration", None, None, "years", N, "vague"),
 ("b-19b", B, "Congress put $19 billion", "$19 billion", "money", 19000000000, 19000000000, "USD", Y, "atc modernization funding enacted"),
 ("b-jul", B, "modernization in July", "July", "date", 2025, 2025, "year", Y, "atc funding enacted"),
 ("b-ayear", B, "waited more than a year", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-decade", B, "waited a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("b-one", B, "One email every Friday", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-five", B, "Five midair collisions", "Five", "count", 5, 5, "collisions", N, "related link"),
 ("b-47", B, "47 comments", "47", "count", 47, 47, "comments", N, "page furniture"),

 # ---- PM06 trade news (2026-02-26), hard-wrapped
 ("l-h1", L, "falls one vote short", "one", "count", 1, 1, "votes", N, "headline"),
 ("l-pub", L, "February 26, 2026", "February 26, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-tue", L, "The House on Tuesday rejected", "Tuesday", "date", 2026, 2026, "year", Y, "house rotor vote date"),
 ("l-jan25", L, "the January 2025 midair", "January 2025", "date", 2025, 2025, "year", Y, "collision date"),
 ("l-amonth", L, "in limbo a month after", "a month", "duration", 1, 1, "months", N, "aside"),
 ("l-264", L, "The vote was 264-133", "264", "count", 264, 264, "votes", Y, "house votes for rotor act"),
 ("l-133", L, "The vote was 264-133", "133", "count", 133, 133, "votes", Y, "house votes against rotor act"),
 ("l-oneshort", L, "one short of the two-thirds", "one", "count", 1, 1, "votes", Y, "votes short of two-thirds"),
 ("l-2thirds", L, "short of the two-thirds majority", "two-thirds", "percent", 66.67, 66.67, "%", N, "suspension threshold"),
 ("l-35", L, "Thirty-five members did not vote", "Thirty-five", "count", 35, 35, "members", Y, "members not voting"),
 ("l-26", L, "26 of them Democrats", "26", "count", 26, 26, "members", Y, "democrats not voting"),
 ("l-133b", L, "Of the 133 no votes", "133", "count", 133, 133, "votes", N, "tally repeat"),
 ("l-132", L, "132 came from Republicans", "132", "count", 132, 132, "votes", Y, "republicans voting no"),
 ("l-dec", L, "unanimous consent in December", "December", "date", 2025, 2025, "year", Y, "senate passage of rotor act"),
 ("l-2031", L, "ADS-B In by 2031", "2031", "date", 2031, 2031, "year", Y, "ads-b in deadline"),
 ("l-couple", L, "within a couple of votes", "a couple", "count", 2, 2, "votes", N, "quote (vague)"),
 ("l-2thirds2", L, "votes of two-thirds", "two-thirds", "percent", 66.67, 66.67, "%", N, "quote"),
 ("l-67", L, "The collision killed 67 people", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("l-64", L, "64 aboard the regional jet", "64", "count", 64, 64, "people", Y, "people aboard jet"),
 ("l-3", L, "and three soldiers on the Black Hawk", "three", "count", 3, 3, "soldiers", Y, "helicopter occupants"),
 ("l-2009", L, "airline crash since 2009", "2009", "date", 2009, 2009, "year", Y, "deadliest-since reference"),
 ("l-28", L, "Among the dead were 28 skaters", "28", "count", 28, 28, "people", Y, "figure-skating community victims"),
 ("l-lastmo", L, "board meeting last month", "last month", "date", 2026, 2026, "year", Y, "ntsb final board meeting"),
 ("l-33", L, "adopted 33 recommendations", "33", "count", 33, 33, "recommendations", Y, "final safety recommendations"),
 ("l-200", L, "at its 200-foot ceiling", "200-foot", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("l-75", L, "had about 75 feet", "75 feet", "altitude", 75, 75, "ft", Y, "vertical separation at ceiling"),
 ("l-85", L, "cited 85 recorded near misses", "85", "count", 85, 85, "events", Y, "high-risk events"),
 ("l-2011", L, "at the airport since 2011", "2011", "date", 2011, 2011, "year", Y, "close-proximity data period start"),
 ("l-1500", L, "less than 1,500 feet of lateral", "1,500 feet", "distance", 1500, 1500, "ft", N, "definition"),
 ("l-200v", L, "and 200 feet of vertical", "200 feet", "altitude", 200, 200, "ft", N, "definition"),
 ("l-2day", L, "two-day investigative hearing", "two-day", "duration", 2, 2, "days", Y, "investigative hearing length"),
 ("l-summer", L, "hearing in the summer", "the summer", "date", 2025, 2025, "year", N, "hearing date"),
 ("l-800", L, "about 800 flights a day", "800", "count", 800, 800, "operations/day", Y, "dca daily operations"),
 ("l-sincemar", L, "restrictions since March", "March", "date", 2025, 2025, "year", Y, "faa permanent route 4 closure"),
 ("l-lastyr", L, "National last year", "last year", "date", 2025, 2025, "year", Y, "year congress added dca flights"),
 ("l-41m", L, "a $41 million Army order", "$41 million", "money", 41000000, 41000000, "USD", Y, "army hx-7 order value"),
 ("l-oct", L, "receivers in October", "October", "date", 2025, 2025, "year", N, "halyard announcement"),
 ("l-another", L, "wait another year", "another year", "duration", 1, 1, "years", N, "quote"),

 # ---- PM07 fact-check (2026-03-04)
 ("f-h100", F, "did not have \"under 100 hours,\"", "100 hours", "duration", 100, 100, "hours", N, "post claim (headline)"),
 ("f-pub", F, "ClearSignal Fact Check · March 4, 2026", "March 4, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("f-c100", F, "\"had under 100 hours in the aircraft,\"", "100 hours", "duration", 100, 100, "hours", N, "post claim"),
 ("f-c400", F, "\"was cruising at 400 feet,\"", "400 feet", "altitude", 400, 400, "ft", N, "post claim"),
 ("f-c100p", F, "\"put 100% of the blame", "100%", "percent", 100, 100, "%", N, "post claim"),
 ("f-30k", F, "more than 30,000 times", "30,000", "count", 30000, 30000, "shares", N, "virality"),
 ("f-lob28", F, "Rebecca Lobach, 28, who was flying", "28", "age", 28, 28, "years", Y, "lobach age"),
 ("f-500", F, "about 500 hours of flight time", "500 hours", "duration", 500, 500, "hours", Y, "lobach black hawk hours"),
 ("f-jul19", F, "since July 2019", "July 2019", "date", 2019, 2019, "year", Y, "lobach aviation officer since"),
 ("f-39", F, "Andrew Eaves, 39, had", "39", "age", 39, 39, "years", Y, "eaves age"),
 ("f-1000", F, "more than 1,000 hours", "1,000 hours", "duration", 1000, 1000, "hours", Y, "eaves flight hours"),
 ("f-oh28", F, "Ryan O'Hara, 28, had", "28", "age", 28, 28, "years", Y, "o'hara age"),
 ("f-2014", F, "joined the Army in 2014", "2014", "date", 2014, 2014, "year", Y, "o'hara enlistment"),
 ("f-400a", F, "too high, but not at 400 feet", "400 feet", "altitude", 400, 400, "ft", N, "post claim repeat"),
 ("f-mar11", F, "released on March 11, 2025", "March 11, 2025", "date", 2025, 2025, "year", Y, "preliminary report date"),
 ("f-278", F, "at impact at 278 feet", "278 feet", "altitude", 278, 278, "ft", Y, "helicopter radio altitude at impact"),
 ("f-200", F, "against a 200-foot limit", "200-foot", "altitude", 200, 200, "ft", Y, "route 4 ceiling"),
 ("f-400src", F, "The figure of 400 feet comes", "400 feet", "altitude", 400, 400, "ft", N, "post claim repeat"),
 ("f-300", F, "pilot called out 300 feet", "300 feet", "altitude", 300, 300, "ft", Y, "pilot altitude callout"),
 ("f-400i", F, "the instructor said 400;", "400", "altitude", 400, 400, "ft", Y, "instructor altitude callout"),
 ("f-jan27", F, "board meeting on January 27", "January 27", "date", 2026, 2026, "year", Y, "ntsb final board meeting"),
 ("f-33", F, "the board adopted 33 safety", "33", "count", 33, 33, "recommendations", Y, "final safety recommendations"),
 ("f-75", F, "had only 75 feet", "75 feet", "altitude", 75, 75, "ft", Y, "vertical separation at ceiling"),
 ("f-16", F, "on about 1.6% of flights", "1.6%", "percent", 1.6, 1.6, "%", Y, "share of operations with close-proximity event"),
 ("f-oct21", F, "from October 2021 through", "October 2021", "date", 2021, 2021, "year", Y, "close-proximity data period start"),
 ("f-dec24", F, "through December 2024. A", "December 2024", "date", 2024, 2024, "year", N, "period end"),
 ("f-17", F, "sent 17 seconds before", "17 seconds", "duration", 17, 17, "s", Y, "'pass behind' transmission before impact"),
 ("f-two", F, "issued two urgent recommendations", "two", "count", 2, 2, "recommendations", Y, "urgent recommendations issued"),
 ("f-209", F, "In a 209-page court filing", "209-page", "count", 209, 209, "pages", Y, "government filing length"),
 ("f-dec17", F, "on December 17, 2025", "December 17, 2025", "date", 2025, 2025, "year", Y, "government liability admission"),
 ("f-2doz", F, "about two dozen lawsuits", "two dozen", "count", 24, 24, "lawsuits", Y, "lawsuits filed"),
 ("f-60", F, "families of the 60 passengers", "60", "count", 60, 60, "passengers", Y, "passengers on jet"),
 ("f-4", F, "and four crew members on the jet", "four", "count", 4, 4, "crew", Y, "jet crew"),
 ("f-feb24", F, "On February 24 the House", "February 24", "date", 2026, 2026, "year", Y, "house rotor vote date"),
 ("f-264", F, "voted 264-133 for", "264", "count", 264, 264, "votes", Y, "house votes for rotor act"),
 ("f-133", F, "voted 264-133 for", "133", "count", 133, 133, "votes", Y, "house votes against rotor act"),
 ("f-2030", F, "ADS-B In by 2030", "2030", "date", 2030, 2030, "year", Y, "ads-b in deadline"),
 ("f-2thirds", F, "needed a two-thirds majority", "two-thirds", "percent", 66.67, 66.67, "%", N, "suspension threshold"),
 ("f-133r", F, "133 came from Republicans", "133", "count", 133, 133, "votes", Y, "republicans voting no"),
 ("f-67", F, "All 67 people aboard", "67", "count", 67, 67, "deaths", Y, "total deaths"),
 ("f-28sk", F, "including 28 members", "28", "count", 28, 28, "people", Y, "figure-skating community victims"),
 ("f-anyone", F, "to any one person", "one", "count", 1, 1, "people", N, "aside"),
 ("f-oneof", F, "answered one of about", "one", "count", 1, 1, "lawsuits", N, "aside"),
 ("f-nosingle", F, "no single individual", "single", "count", 1, 1, "people", N, "aside"),
 ("f-500b", F, "roughly 500 hours in the Black Hawk", "500 hours", "duration", 500, 500, "hours", N, "ruling repeat"),
 ("f-u100", F, "not under 100.", "100", "duration", 100, 100, "hours", N, "ruling (post claim repeat)"),
 ("f-278b", F, "at about 278 feet", "278 feet", "altitude", 278, 278, "ft", N, "ruling repeat"),
 ("f-400b", F, "but not at 400.", "400", "altitude", 400, 400, "ft", N, "ruling (post claim repeat)"),
 ("f-one", F, "the blame on one pilot", "one", "count", 1, 1, "pilots", N, "ruling"),
 ("f-33b", F, "and issued 33 recommendations", "33", "count", 33, 33, "recommendations", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 passengers on the jet: 64 (PM04, all aboard counted as passengers) vs 60
 ("e-64", "w-60", S), ("e-64", "f-60", S),
 # S2 figure-skating community victims: 26 (PM01) vs 28
 ("w-26", "e-28", S), ("w-26", "l-28", S), ("w-26", "f-28sk", S),
 # S3 helicopter radio altitude at impact: 287 (PM03, transposed) vs 278
 ("a-287", "w-278", S), ("a-287", "e-278", S), ("a-287", "b-278", S), ("a-287", "f-278", S),
 # S4 vertical separation at route ceiling: 100 ft (PM04) vs 75 ft
 ("e-100", "w-75", S), ("e-100", "a-75", S), ("e-100", "l-75", S), ("e-100", "f-75", S),
 # S5 close-proximity data period start: October 2020 (PM02) vs October 2021
 ("p-oct20", "w-oct21", S), ("p-oct20", "a-oct21", S), ("p-oct20", "f-oct21", S),
 # S6 year Congress added DCA flights: "last year" in a 2026 article (2025) vs 2024
 ("l-lastyr", "w-lastyr", S), ("l-lastyr", "e-2024add", S),
 # S7 House votes against ROTOR: 134 (PM05) vs 133
 ("b-134", "l-133", S), ("b-134", "f-133", S),
 # S8 Republicans voting no: 133 (PM07, total swapped in) vs 132
 ("f-133r", "l-132", S),
 # S9 urgent recommendations with the preliminary report: three (PM05) vs two
 ("b-three", "w-two", S), ("b-three", "a-2urg", S), ("b-three", "f-two", S),
 # S10 investigative hearing length: two-day (PM06) vs three-day
 ("l-2day", "e-3day", S), ("l-2day", "b-3day", S),
 # S11 Eaves age: 38 (PM01) vs 39
 ("w-38", "b-39", S), ("w-38", "f-39", S),
 # S12 ATC modernization funding enacted in July 2025: $19 billion (PM05, the request) vs $12.5 billion
 ("b-19b", "p-125b", S), ("b-19b", "e-125b", S),
 # S13 Halyard Army order value: $41 million (PM06, program ceiling) vs $14.2 million
 ("l-41m", "p-142", S),
 # S14 share of operations with a close-proximity event: 16% (PM05) vs 1.61% / 1.6%
 ("b-16", "a-161pct", S), ("b-16", "f-16", S),
 # S15 ADS-B In deadline: 2030 (PM07) vs 2031
 ("f-2030", "p-2031", S), ("f-2030", "e-2031", S), ("f-2030", "l-2031", S),
 # S16 arrival cap before the February 2025 cut: 36 (PM05) vs 28
 ("b-36", "w-28", S),
 # S17 'pass behind' transmission before impact: about 20 s (PM04) vs 17 s
 ("e-20s", "w-17", S), ("e-20s", "a-17", S), ("e-20s", "f-17", S),
 # Qualified
 ("l-2011", "w-oct21", Q), ("l-2011", "a-oct21", Q), ("l-2011", "f-oct21", Q),
 ("b-50", "e-33", Q), ("b-50", "l-33", Q), ("b-50", "f-33", Q),
 ("b-80130", "e-80100", Q), ("b-80130", "a-alt", Q),
 ("b-819", "e-812", Q), ("b-819", "l-800", Q),
 ("l-2009", "w-nov01", Q), ("l-2009", "e-nov01", Q),
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
