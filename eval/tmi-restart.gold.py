#!/usr/bin/env python3
"""Build tmi-restart.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "tmi-restart")
OUT = os.path.join(HERE, "tmi-restart.gold.jsonl")
T = "tmi-restart"

W, P, A, E, B, L, F = ("tm01_wire.txt", "tm02_press.txt", "tm03_abstract.txt",
                       "tm04_explainer.txt", "tm05_blog.txt", "tm06_local.txt", "tm07_factcheck.txt")
Y = True; N = False
MWH = "USD/MWh"; MWD = "USD/MW-day"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- tm01 wire (2025-11-19)
 ("w-h1b", W, "U.S. closes $1 billion loan", "$1 billion", "money", 1e9, 1e9, "USD", N, "headline repeat"),
 ("w-dl", W, "HARRISBURG, Pa., Nov. 19", "Nov. 19", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "on Tuesday closed", "Tuesday", "date", 2025, 2025, "year", Y, "doe loan closing date"),
 ("w-1b", W, "closed a $1 billion loan", "$1 billion", "money", 1e9, 1e9, "USD", Y, "doe loan amount"),
 ("w-16b", W, "roughly $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "restart cost"),
 ("w-835", W, "the 835-megawatt unit", "835-megawatt", "count", 835, 835, "MW", Y, "crane unit 1 capacity"),
 ("w-lastyr", W, "Microsoft agreed last year", "last year", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("w-20y", W, "output for 20 years", "20 years", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("w-nextyr", W, "expected early next year", "early next year", "date", 2026, 2026, "year", Y, "first loan advance"),
 ("w-65m", W, "more than 65 million people", "65 million", "count", 65e6, 65e6, "people", Y, "pjm population served"),
 ("w-13", W, "in 13 states", "13", "count", 13, 13, "states", Y, "pjm states"),
 ("w-june", W, "Constellation said in June that", "June", "date", 2025, 2025, "year", Y, "restart acceleration announced"),
 ("w-2027", W, "could return in 2027", "2027", "date", 2027, 2027, "year", Y, "revised restart target"),
 ("w-1yr", W, "a year earlier than the 2028", "a year", "duration", 1, 1, "years", Y, "acceleration"),
 ("w-2028", W, "than the 2028 target", "2028", "date", 2028, 2028, "year", Y, "original restart target"),
 ("w-may", W, "which in May picked", "May", "date", 2025, 2025, "year", Y, "pjm rri selection"),
 ("w-51", W, "as one of 51 to be", "51", "count", 51, 51, "projects", Y, "pjm rri projects selected"),
 ("w-400", W, "hired nearly 400 full-time", "400", "count", 400, 400, "employees", Y, "employees hired by june 2025"),
 ("w-48", W, "with 48 more due", "48", "count", 48, 48, "employees", Y, "further hires scheduled (june 2025)"),
 ("w-sep19", W, "closed in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "unit 1 shutdown"),
 ("w-1979", W, "on March 28, 1979", "March 28, 1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),
 ("w-2dec", W, "about two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("w-lastdec", W, "released last December", "last December", "date", 2024, 2024, "year", N, "lbnl report release"),
 ("w-44", W, "used 4.4% of the nation's", "4.4%", "percent", 4.4, 4.4, "%", Y, "data center share of us electricity 2023"),
 ("w-2023", W, "electricity in 2023 and", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-67-12", W, "between 6.7% and 12%", "6.7% and 12%", "percent", 6.7, 12, "%", Y, "data center share projection 2028"),
 ("w-by28", W, "12% by 2028", "2028", "date", 2028, 2028, "year", N, "projection year"),
 ("w-july", W, "auction in July cleared", "July", "date", 2025, 2025, "year", N, "auction held"),
 ("w-329", W, "capped price of $329.17", "$329.17", "money", 329.17, 329.17, MWD, Y, "pjm capacity price 2026/27"),
 ("w-jun26", W, "begins in June 2026", "June 2026", "date", 2026, 2026, "year", N, "delivery year start"),
 ("w-95", W, "Capacity prices rose 9.5%", "9.5%", "percent", 9.5, 9.5, "%", Y, "pjm capacity price increase 2026/27 vs 2025/26"),
 ("w-bills", W, "bills by 1.5% to 5%", "1.5% to 5%", "percent", 1.5, 5, "%", Y, "pjm bill impact"),
 ("w-pal800", W, "the 800-megawatt Palisades", "800-megawatt", "count", 800, 800, "MW", Y, "palisades capacity"),
 ("w-palmay22", W, "shut in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "palisades shutdown"),
 ("w-pal152", W, "$1.52 billion federal loan guarantee", "$1.52 billion", "money", 1.52e9, 1.52e9, "USD", Y, "palisades loan guarantee"),
 ("w-palsep24", W, "finalized in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "palisades guarantee closed"),
 ("w-metajune", W, "In June, Constellation also signed", "June", "date", 2025, 2025, "year", Y, "meta clinton deal date"),
 ("w-meta20", W, "a 20-year agreement to sell", "20-year", "duration", 20, 20, "years", Y, "meta clinton ppa length"),
 ("w-clinton", W, "about 1.1 gigawatts", "1.1 gigawatts", "count", 1.1, 1.1, "GW", Y, "clinton capacity"),
 ("w-wed", W, "early trading on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "trading day"),

 # ---- tm02 press (2025-06-25)
 ("p-h2027", P, "Could Return to Service in 2027", "2027", "date", 2027, 2027, "year", N, "headline repeat"),
 ("p-h400", P, "Nearly 400 employees hired", "400", "count", 400, 400, "employees", N, "subtitle repeat"),
 ("p-dl", P, "June 25, 2025 /PRNewswire/", "June 25, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today1", P, "(Nasdaq: CEG) today said", "today", "date", 2025, 2025, "year", N, "release date (relative)"),
 ("p-today2", P, "at the plant today", "today", "date", 2025, 2025, "year", N, "release date (relative)"),
 ("p-2027", P, "as soon as 2027", "2027", "date", 2027, 2027, "year", Y, "revised restart target"),
 ("p-1yr", P, "a year earlier than the 2028", "a year", "duration", 1, 1, "years", Y, "acceleration"),
 ("p-2028", P, "than the 2028 date", "2028", "date", 2028, 2028, "year", Y, "original restart target"),
 ("p-20y", P, "a 20-year power purchase", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("p-sep24", P, "with Microsoft in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("p-400att", P, "More than 400 employees and members", "400", "count", 400, 400, "people", Y, "event attendance"),
 ("p-may", P, "In May, PJM Interconnection", "May", "date", 2025, 2025, "year", Y, "pjm rri selection"),
 ("p-51", P, "as one of 51 projects", "51", "count", 51, 51, "projects", Y, "pjm rri projects selected"),
 ("p-835", P, "add 835 megawatts", "835 megawatts", "count", 835, 835, "MW", Y, "crane unit 1 capacity"),
 ("p-400", P, "has hired nearly 400 full-time", "400", "count", 400, 400, "employees", Y, "employees hired by june 2025"),
 ("p-58", P, "and 58 more are scheduled", "58", "count", 58, 58, "employees", Y, "further hires scheduled (june 2025)"),
 ("p-64", P, "now 64% staffed", "64%", "percent", 64, 64, "%", Y, "staffing level june 2025"),
 ("p-600", P, "permanent workforce of roughly 600", "600", "count", 600, 600, "employees", Y, "permanent workforce (june 2025)"),
 ("p-2026", P, "scheduled for delivery in 2026", "2026", "date", 2026, 2026, "year", Y, "transformer delivery"),
 ("p-2054", P, "through at least 2054", "2054", "date", 2054, 2054, "year", Y, "license renewal end"),
 ("p-16b", P, "investing about $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "restart cost"),
 ("p-sep19", P, "retired in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "unit 1 shutdown"),
 ("p-957", P, "capacity factor of 95.7%", "95.7%", "percent", 95.7, 95.7, "%", Y, "capacity factor final full year"),
 ("p-3400", P, "create 3,400 direct", "3,400", "count", 3400, 3400, "jobs", Y, "brattle jobs"),
 ("p-16bgdp", P, "add $16 billion to Pennsylvania", "$16 billion", "money", 16e9, 16e9, "USD", Y, "brattle gdp"),
 ("p-3b", P, "more than $3 billion in state", "$3 billion", "money", 3e9, 3e9, "USD", Y, "brattle taxes"),
 ("p-thous", P, "creating thousands of energy jobs", "thousands", "count", None, None, "jobs", N, "quote, vague"),
 ("p-2030", P, "carbon negative by 2030", "2030", "date", 2030, 2030, "year", Y, "microsoft carbon negative goal"),
 ("p-1m", P, "committed $1 million over", "$1 million", "money", 1e6, 1e6, "USD", Y, "community pledge"),
 ("p-5yr", P, "over the next five years", "five years", "duration", 5, 5, "years", Y, "community pledge period"),
 ("p-f200", P, "a Fortune 200 company", "200", "rank", 200, 200, "rank", N, "about section"),
 ("p-16m", P, "equivalent of 16 million homes", "16 million", "count", 16e6, 16e6, "homes", N, "about section"),
 ("p-10", P, "provides about 10% of", "10%", "percent", 10, 10, "%", N, "about section"),

 # ---- tm03 abstract (2025-03-14)
 ("a-pub", A, "Published online 14 March 2025", "14 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-single", A, "for a single corporate buyer", "single", "count", 1, 1, "buyers", N, "title"),
 ("a-sep23", A, "In September 2023, Constellation", "September 2023", "date", 2023, 2023, "year", Y, "microsoft deal announced"),
 ("a-20y", A, "signed a 20-year power purchase", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("a-sep19", A, "shut in September 2019", "September 2019", "date", 2019, 2019, "year", Y, "unit 1 shutdown"),
 ("a-16b", A, "spend about $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "restart cost"),
 ("a-835", A, "the 835 MW unit", "835 MW", "count", 835, 835, "MW", Y, "crane unit 1 capacity"),
 ("a-2028", A, "to operation in 2028", "2028", "date", 2028, 2028, "year", Y, "restart target (as of march 2025)"),
 ("a-44", A, "used 4.4% of national", "4.4%", "percent", 4.4, 4.4, "%", Y, "data center share of us electricity 2023"),
 ("a-2023", A, "electricity in 2023 (176", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-176", A, "(176 TWh)", "176 TWh", "count", 176, 176, "TWh", Y, "data center consumption 2023"),
 ("a-67-12", A, "may use 6.7%–12%", "6.7%–12%", "percent", 6.7, 12, "%", Y, "data center share projection 2028"),
 ("a-by28", A, "12% by 2028 [1]", "2028", "date", 2028, 2028, "year", N, "projection year"),
 ("a-20term", A, "for the 20-year PPA term", "20-year", "duration", 20, 20, "years", N, "methods repeat"),
 ("a-N", A, "N = 10,000 draws", "10,000", "count", 10000, 10000, "draws", Y, "monte carlo draws"),
 ("a-pm25", A, "varied by ±25%", "±25%", "percent", -25, 25, "%", N, "sensitivity range"),
 ("a-7", A, "discount rate was 7%", "7%", "percent", 7, 7, "%", N, "assumption"),
 ("a-59", A, "(range 5%–9%)", "5%–9%", "percent", 5, 9, "%", N, "assumption range"),
 ("a-30", A, "were set at $30/MWh", "$30/MWh", "money", 30, 30, MWH, N, "assumption"),
 ("a-045", A, "rate of 0.45 t", "0.45", "rate", 0.45, 0.45, "t/MWh", N, "assumption"),
 ("a-035", A, "(range 0.35–0.55)", "0.35–0.55", "rate", 0.35, 0.55, "t/MWh", N, "assumption range"),
 ("a-7325", A, "capacity factor was 73.25%", "73.25%", "percent", 73.25, 73.25, "%", Y, "lifetime capacity factor"),
 ("a-1979", A, "the March 1979 accident", "March 1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),
 ("a-880", A, "(880 MW nameplate)", "880 MW", "count", 880, 880, "MW", Y, "unit 2 nameplate"),
 ("a-1985", A, "idle until 1985", "1985", "date", 1985, 1985, "year", Y, "unit 1 return after 1979"),
 ("a-2017", A, "In 2017 the unit", "2017", "date", 2017, 2017, "year", N, "qualifier year"),
 ("a-957", A, "ran at 95.7%", "95.7%", "percent", 95.7, 95.7, "%", Y, "capacity factor 2017"),
 ("a-2018", A, "in 2018, its last full year", "2018", "date", 2018, 2018, "year", N, "qualifier year (final full year)"),
 ("a-963", A, "last full year, at 96.3%", "96.3%", "percent", 96.3, 96.3, "%", Y, "capacity factor final full year"),
 ("a-69", A, "was 6.9 TWh a year", "6.9 TWh", "count", 6.9, 6.9, "TWh", Y, "expected annual output"),
 ("a-69ci", A, "(95% CI 6.4–7.1)", "6.4–7.1", "count", 6.4, 7.1, "TWh", Y, "ci"),
 ("a-217", A, "levelized to $21.7/MWh", "$21.7/MWh", "money", 21.7, 21.7, MWH, Y, "levelized restart capital"),
 ("a-217ci", A, "(95% CI 17.9–26.0)", "17.9–26.0", "money", 17.9, 26.0, MWH, Y, "ci"),
 ("a-517", A, "the total was $51.7/MWh", "$51.7/MWh", "money", 51.7, 51.7, MWH, Y, "total levelized cost"),
 ("a-517ci", A, "(95% CI 46.2–58.4)", "46.2–58.4", "money", 46.2, 58.4, MWH, Y, "ci"),
 ("a-643", A, "against $64.3/MWh", "$64.3/MWh", "money", 64.3, 64.3, MWH, Y, "ccgt comparator cost"),
 ("a-d126", A, "(difference −12.6 $/MWh", "−12.6 $/MWh", "money", -12.6, -12.6, MWH, Y, "restart minus ccgt"),
 ("a-d126ci", A, "95% CI −19.3 to −5.4", "−19.3 to −5.4", "money", -19.3, -5.4, MWH, Y, "ci"),
 ("a-p1", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-25", A, "With a 25% budget overrun", "25%", "percent", 25, 25, "%", N, "scenario"),
 ("a-d72", A, "(difference −7.2 $/MWh", "−7.2 $/MWh", "money", -7.2, -7.2, MWH, Y, "restart minus ccgt, 25% overrun"),
 ("a-d72ci", A, "95% CI −14.1 to −0.2", "−14.1 to −0.2", "money", -14.1, -0.2, MWH, Y, "ci"),
 ("a-p2", A, "P=0.04", "0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-beyond28", A, "delay beyond 2028", "2028", "date", 2028, 2028, "year", N, "scenario reference"),
 ("a-15", A, "added $1.5/MWh", "$1.5/MWh", "money", 1.5, 1.5, MWH, Y, "cost per year of delay"),
 ("a-15ci", A, "(95% CI 1.2–1.9)", "1.2–1.9", "money", 1.2, 1.9, MWH, Y, "ci"),
 ("a-jeff", A, "$100–115/MWh", "$100–115/MWh", "money", 100, 115, MWH, Y, "jefferies ppa price estimate"),
 ("a-31", A, "were 3.1 Mt CO2 a year", "3.1 Mt", "count", 3.1, 3.1, "Mt CO2", Y, "avoided emissions per year"),
 ("a-31ci", A, "(95% CI 2.4–3.8)", "2.4–3.8", "count", 2.4, 3.8, "Mt CO2", Y, "ci"),
 ("a-63", A, "or 63 Mt", "63 Mt", "count", 63, 63, "Mt CO2", Y, "avoided emissions over contract"),
 ("a-63ci", A, "(95% CI 49–76)", "49–76", "count", 49, 76, "Mt CO2", Y, "ci"),
 ("a-819", A, "rating is 819 MW", "819 MW", "count", 819, 819, "MW", Y, "unit 1 licensed nameplate"),
 ("a-3mt", A, "about three million tonnes", "three million tonnes", "count", 3e6, 3e6, "t CO2", N, "summary"),
 ("a-pal800", A, "the 800 MW Palisades", "800 MW", "count", 800, 800, "MW", Y, "palisades capacity"),
 ("a-pal152", A, "by a $1.52 billion", "$1.52 billion", "money", 1.52e9, 1.52e9, "USD", Y, "palisades loan guarantee"),
 ("a-ref1y", A, "2024 United States Data Center", "2024", "date", 2024, 2024, "year", N, "reference title"),
 ("a-ref1", A, "Laboratory; 2024. LBNL", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("a-ref2", A, "Note dated 23 September 2024", "23 September 2024", "date", 2024, 2024, "year", N, "reference date"),

 # ---- tm04 explainer (2025-07-10)
 ("e-upd", E, "Updated July 10, 2025", "July 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2018", E, "shut it down in 2018", "2018", "date", 2018, 2018, "year", Y, "unit 1 shutdown"),
 ("e-sep24", E, "In September 2024, Constellation", "September 2024", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("e-20y", E, "announced a 20-year power", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("e-1979", E, "on March 28, 1979", "March 28, 1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),
 ("e-3mo", E, "only three months earlier", "three months", "duration", 3, 3, "months", Y, "unit 2 service before accident"),
 ("e-1974", E, "commercial operation in 1974", "1974", "date", 1974, 1974, "year", Y, "unit 1 commercial operation"),
 ("e-1985", E, "did not restart until 1985", "1985", "date", 1985, 1985, "year", Y, "unit 1 return after 1979"),
 ("e-835", E, "will supply 835 megawatts", "835 megawatts", "count", 835, 835, "MW", Y, "crane unit 1 capacity"),
 ("e-700k", E, "about 700,000 homes", "700,000", "count", 700000, 700000, "homes", Y, "homes powered"),
 ("e-pal800", E, "(800 megawatts)", "800 megawatts", "count", 800, 800, "MW", Y, "palisades capacity"),
 ("e-2028", E, "original target was 2028", "2028", "date", 2028, 2028, "year", Y, "original restart target"),
 ("e-june", E, "In June, Constellation said", "June", "date", 2025, 2025, "year", Y, "restart acceleration announced"),
 ("e-2027", E, "could return in 2027", "2027", "date", 2027, 2027, "year", Y, "revised restart target"),
 ("e-1yr", E, "a year early", "a year", "duration", 1, 1, "years", Y, "acceleration"),
 ("e-50", E, "as one of 50 projects", "50", "count", 50, 50, "projects", Y, "pjm rri projects selected"),
 ("e-400", E, "hired nearly 400 of", "400", "count", 400, 400, "employees", Y, "employees hired by june 2025"),
 ("e-2thirds", E, "about two-thirds", "two-thirds", "percent", 66.7, 66.7, "%", Y, "staffing level june 2025"),
 ("e-oct24", E, "NRC meeting in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "first public nrc meeting"),
 ("e-2054", E, "through at least 2054", "2054", "date", 2054, 2054, "year", Y, "license renewal end"),
 ("e-16b", E, "About $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "restart cost"),
 ("e-jeff", E, "$110 to $115 per megawatt-hour", "$110 to $115", "money", 110, 115, MWH, Y, "jefferies ppa price estimate"),
 ("e-3400", E, "projects 3,400 direct", "3,400", "count", 3400, 3400, "jobs", Y, "brattle jobs"),
 ("e-16btax", E, "$16 billion in state and federal tax", "$16 billion", "money", 16e9, 16e9, "USD", Y, "brattle taxes"),
 ("e-1m", E, "pledged $1 million", "$1 million", "money", 1e6, 1e6, "USD", Y, "community pledge"),
 ("e-jun1", E, "year that began June 1,", "June 1", "date", 2025, 2025, "year", N, "delivery year start (2025/26)"),
 ("e-269", E, "cleared at $269.92", "$269.92", "money", 269.92, 269.92, MWD, Y, "pjm capacity price 2025/26"),
 ("e-2892", E, "up from $28.92", "$28.92", "money", 28.92, 28.92, MWD, Y, "pjm capacity price 2024/25"),
 ("e-yrearlier", E, "$28.92 a year earlier", "a year earlier", "duration", 1, 1, "years", N, "timepoint"),
 ("e-9x", E, "about nine times as much", "nine times", "ratio", 9, 9, "x", Y, "capacity price 2025/26 vs 2024/25"),
 ("e-ratesjun1", E, "raised rates on June 1", "June 1", "date", 2025, 2025, "year", N, "rate change date"),
 ("e-44", E, "used 4.4% of U.S.", "4.4%", "percent", 4.4, 4.4, "%", Y, "data center share of us electricity 2023"),
 ("e-2023", E, "electricity in 2023. Nuclear", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-19", E, "supply about 19%", "19%", "percent", 19, 19, "%", Y, "nuclear share of us electricity"),
 ("e-third", E, "roughly a third of Pennsylvania's", "a third", "percent", 33.3, 33.3, "%", Y, "nuclear share of pennsylvania electricity"),
 ("e-2yr", E, "once every two years", "two years", "duration", 2, 2, "years", Y, "emergency exercise interval"),
 ("e-2014", E, "last done in 2014", "2014", "date", 2014, 2014, "year", Y, "last evacuation time estimate"),

 # ---- tm05 blog (2025-11-24)
 ("b-date", B, "November 24, 2025 ·", "November 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-tue", B, "Last Tuesday the Department", "Last Tuesday", "date", 2025, 2025, "year", Y, "doe loan closing date"),
 ("b-16loan", B, "closed a $1.6 billion federal loan", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "doe loan amount"),
 ("b-lastyr", B, "in September of last year", "September of last year", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("b-20y", B, "their 20-year power purchase", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("b-2028", B, "target for restart was 2028", "2028", "date", 2028, 2028, "year", Y, "original restart target"),
 ("b-2026", B, "pulled forward to 2026", "2026", "date", 2026, 2026, "year", Y, "revised restart target"),
 ("b-three", B, "Three things did the pulling", "Three", "count", 3, 3, "factors", N, "aside"),
 ("b-may", B, "In May the grid operator", "May", "date", 2025, 2025, "year", Y, "pjm rri selection"),
 ("b-51", B, "as one of 51 projects", "51", "count", 51, 51, "projects", Y, "pjm rri projects selected"),
 ("b-june", B, "Back in June", "June", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-400", B, "had nearly 400 full-time", "400", "count", 400, 400, "employees", Y, "employees hired by june 2025"),
 ("b-750", B, "workforce of about 750", "750", "count", 750, 750, "employees", Y, "permanent workforce (nov 2025)"),
 ("b-q126", B, "first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "first loan advance"),
 ("b-cap2892", B, "From $28.92 to the cap", "$28.92", "money", 28.92, 28.92, MWD, N, "image caption"),
 ("b-cap2", B, "the cap in two auctions", "two", "count", 2, 2, "auctions", N, "image caption"),
 ("b-853", B, "put 853 megawatts", "853 megawatts", "count", 853, 853, "MW", Y, "crane unit 1 capacity"),
 ("b-963", B, "ran at a 96.3% capacity", "96.3%", "percent", 96.3, 96.3, "%", Y, "capacity factor final full year"),
 ("b-2526", B, "Its 2025/2026 capacity", "2025/2026", "date", 2025, 2026, "year", N, "delivery year label"),
 ("b-269", B, "cleared at $269.92", "$269.92", "money", 269.92, 269.92, MWD, Y, "pjm capacity price 2025/26"),
 ("b-9x", B, "roughly nine times the", "nine times", "ratio", 9, 9, "x", Y, "capacity price 2025/26 vs 2024/25"),
 ("b-2892", B, "the $28.92 of the year", "$28.92", "money", 28.92, 28.92, MWD, Y, "pjm capacity price 2024/25"),
 ("b-2627", B, "July's auction for 2026/2027", "2026/2027", "date", 2026, 2027, "year", N, "delivery year label"),
 ("b-329", B, "hit the $329.17 cap", "$329.17", "money", 329.17, 329.17, MWD, Y, "pjm capacity price 2026/27"),
 ("b-22", B, "a 22% increase", "22%", "percent", 22, 22, "%", Y, "pjm capacity price increase 2026/27 vs 2025/26"),
 ("b-161", B, "came to $16.1 billion", "$16.1 billion", "money", 16.1e9, 16.1e9, "USD", Y, "pjm auction total cost 2026/27"),
 ("b-95", B, "up 9.5%", "9.5%", "percent", 9.5, 9.5, "%", Y, "pjm auction total cost increase"),
 ("b-67", B, "used 6.7% of U.S.", "6.7%", "percent", 6.7, 6.7, "%", Y, "data center share of us electricity 2023"),
 ("b-2023", B, "electricity in 2023, according", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-12", B, "as high as 12% by", "12%", "percent", 12, 12, "%", Y, "data center share projection 2028 (upper)"),
 ("b-by28", B, "12% by 2028", "2028", "date", 2028, 2028, "year", N, "projection year"),
 ("b-estlastyr", B, "estimated last year", "last year", "date", 2024, 2024, "year", N, "jefferies note date"),
 ("b-jeff", B, "$110 to $115 per", "$110 to $115", "money", 110, 115, MWH, Y, "jefferies ppa price estimate"),
 ("b-1979", B, "melted down in 1979", "1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),
 ("b-sep19", B, "ran until September 2019", "September 2019", "date", 2019, 2019, "year", Y, "unit 1 shutdown"),
 ("b-pal800", B, "an 800-megawatt plant", "800-megawatt", "count", 800, 800, "MW", Y, "palisades capacity"),
 ("b-pal152", B, "with a $1.52 billion", "$1.52 billion", "money", 1.52e9, 1.52e9, "USD", Y, "palisades loan guarantee"),
 ("b-3400", B, "anchors the local case: 3,400", "3,400", "count", 3400, 3400, "jobs", Y, "brattle jobs"),
 ("b-16bgdp", B, "and $16 billion added", "$16 billion", "money", 16e9, 16e9, "USD", Y, "brattle gdp"),
 ("b-40k", B, "Join 40,000 readers", "40,000", "count", 40000, 40000, "readers", N, "newsletter box"),
 ("b-five", B, "Five charts on data center", "Five", "count", 5, 5, "charts", N, "related link"),

 # ---- tm06 local (2024-10-28), hard-wrapped
 ("l-date", L, "Staff Writer October 28, 2024", "October 28, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-fri", L, "regulators on Friday that", "Friday", "date", 2024, 2024, "year", Y, "first public nrc meeting"),
 ("l-nov", L, "for the restart in November", "November", "date", 2024, 2024, "year", Y, "licensing filings begin"),
 ("l-feb", L, "will ask in February", "February", "date", 2025, 2025, "year", Y, "name change request"),
 ("l-2028", L, "generating power again in 2028", "2028", "date", 2028, 2028, "year", Y, "restart target (as of oct 2024)"),
 ("l-2019", L, "company certified in 2019", "2019", "date", 2019, 2019, "year", Y, "certification never to operate (at shutdown)"),
 ("l-2014", L, "The last one was done in 2014", "2014", "date", 2014, 2014, "year", Y, "last evacuation time estimate"),
 ("l-16loan", L, "applied for a $1.6 billion loan", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "doe loan applied for (oct 2024)"),
 ("l-lastmo", L, "announced the plan last month", "last month", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("l-20y", L, "with a 20-year agreement", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("l-sep20", L, "The Sept. 20 announcement", "Sept. 20", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("l-5yr", L, "exactly five years to the day", "five years", "duration", 5, 5, "years", Y, "offline period at announcement"),
 ("l-837", L, "generated 837 megawatts", "837 megawatts", "count", 837, 837, "MW", Y, "unit 1 capacity before closing"),
 ("l-800k", L, "more than 800,000 homes", "800,000", "count", 800000, 800000, "homes", Y, "homes powered"),
 ("l-22", L, "stock jumped 22%", "22%", "percent", 22, 22, "%", Y, "share price move on announcement"),
 ("l-jeff", L, "may pay $110 to $115", "$110 to $115", "money", 110, 115, MWH, Y, "jefferies ppa price estimate"),
 ("l-3400", L, "will create 3,400 direct", "3,400", "count", 3400, 3400, "jobs", Y, "brattle jobs"),
 ("l-16bgdp", L, "add $16 billion to the state's", "$16 billion", "money", 16e9, 16e9, "USD", Y, "brattle gdp"),
 ("l-3b", L, "more than $3 billion in state", "$3 billion", "money", 3e9, 3e9, "USD", Y, "brattle taxes"),
 ("l-thismo", L, "newsletter this month", "this month", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-3000", L, "more than 3,000 direct jobs", "3,000", "count", 3000, 3000, "jobs", Y, "direct jobs (county newsletter)"),
 ("l-1m", L, "pledged $1 million over", "$1 million", "money", 1e6, 1e6, "USD", Y, "community pledge"),
 ("l-3yr", L, "over three years to local", "three years", "duration", 3, 3, "years", Y, "community pledge period"),
 ("l-2054", L, "until at least 2054", "2054", "date", 2054, 2054, "year", Y, "license renewal end"),
 ("l-summer", L, "auction this summer", "this summer", "date", 2024, 2024, "year", N, "auction held"),
 ("l-269", L, "cleared at $269.92", "$269.92", "money", 269.92, 269.92, MWD, Y, "pjm capacity price 2025/26"),
 ("l-nextjune", L, "year starting next June", "next June", "date", 2025, 2025, "year", N, "delivery year start (2025/26)"),
 ("l-2892", L, "up from $28.92", "$28.92", "money", 28.92, 28.92, MWD, Y, "pjm capacity price 2024/25"),
 ("l-1979", L, "melted down in March 1979", "March 1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),

 # ---- tm07 fact-check (2025-12-03)
 ("f-h16", F, "hand Microsoft $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", N, "headline (claim being checked)"),
 ("f-date", F, "December 3, 2025", "December 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c16", F, "Microsoft $1.6 BILLION", "$1.6 BILLION", "money", 1.6e9, 1.6e9, "USD", N, "post claim (attributed, false)"),
 ("f-c1979", F, "melted down in 1979.\" (Viral", "1979", "date", 1979, 1979, "year", N, "post claim"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", N, "post reach"),
 ("f-v1b", F, "it is for $1 billion, not", "$1 billion", "money", 1e9, 1e9, "USD", N, "verdict summary"),
 ("f-v16", F, "not $1.6 billion; and", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", N, "verdict summary (claim)"),
 ("f-nov18", F, "announced on Nov. 18", "Nov. 18", "date", 2025, 2025, "year", Y, "doe loan closing date"),
 ("f-1b", F, "put the loan at $1 billion", "$1 billion", "money", 1e9, 1e9, "USD", Y, "doe loan amount"),
 ("f-q126", F, "first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "first loan advance"),
 ("f-post16", F, "The $1.6 billion figure in the post", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", N, "claim repeat"),
 ("f-16b", F, "estimated at about $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "restart cost"),
 ("f-sep24", F, "project in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "microsoft deal announced"),
 ("f-62", F, "roughly 62%", "62%", "percent", 62, 62, "%", Y, "loan share of restart cost"),
 ("f-20y", F, "Under a 20-year power", "20-year", "duration", 20, 20, "years", Y, "microsoft ppa length"),
 ("f-835", F, "plant's 835-megawatt reactor", "835-megawatt", "count", 835, 835, "MW", Y, "crane unit 1 capacity"),
 ("f-2027", F, "reactor back in 2027", "2027", "date", 2027, 2027, "year", Y, "revised restart target"),
 ("f-2028", F, "up from 2028 in", "2028", "date", 2028, 2028, "year", Y, "original restart target"),
 ("f-jun24", F, "in June 2024, citing", "June 2024", "date", 2024, 2024, "year", Y, "restart acceleration announced"),
 ("f-two", F, "mixes up two reactors", "two", "count", 2, 2, "reactors", N, "aside"),
 ("f-1979", F, "on March 28, 1979, happened", "March 28, 1979", "date", 1979, 1979, "year", Y, "unit 2 accident"),
 ("f-4dec", F, "for four more decades", "four more decades", "duration", 40, 40, "years", Y, "unit 1 operation after 1979"),
 ("f-2019", F, "shut it down in 2019", "2019", "date", 2019, 2019, "year", Y, "unit 1 shutdown"),
 ("f-oct25", F, "public meeting in October 2025", "October 2025", "date", 2025, 2025, "year", Y, "first public nrc meeting"),
 ("f-2526", F, "PJM's 2025-26 capacity", "2025-26", "date", 2025, 2026, "year", N, "delivery year label"),
 ("f-329", F, "cleared at $329.17", "$329.17", "money", 329.17, 329.17, MWD, Y, "pjm capacity price 2025/26"),
 ("f-2892", F, "up from $28.92", "$28.92", "money", 28.92, 28.92, MWD, Y, "pjm capacity price 2024/25"),
 ("f-44", F, "about 4.4% of U.S.", "4.4%", "percent", 4.4, 4.4, "%", Y, "data center share of us electricity 2023"),
 ("f-2023", F, "electricity in 2023, according", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-3400", F, "support 3,400 direct", "3,400", "count", 3400, 3400, "jobs", Y, "brattle jobs"),
 ("f-r16", F, "\"handed\" Microsoft $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", N, "ruling restates claim"),
 ("f-r1979", F, "melted down in 1979. The Energy", "1979", "date", 1979, 1979, "year", N, "ruling restates claim"),
 ("f-r1b", F, "lent $1 billion to Constellation", "$1 billion", "money", 1e9, 1e9, "USD", Y, "doe loan amount (ruling)"),
 ("f-rcost", F, "The $1.6 billion is the project's", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", N, "ruling repeat of cost"),
 ("f-s1b", F, "closes $1 billion loan to restart", "$1 billion", "money", 1e9, 1e9, "USD", N, "sources line title"),
 ("f-s1", F, "Clean Energy Center,\" Nov. 18, 2025", "Nov. 18, 2025", "date", 2025, 2025, "year", N, "sources line date"),
 ("f-s2", F, "news release, Nov. 18, 2025", "Nov. 18, 2025", "date", 2025, 2025, "year", N, "sources line date"),
 ("f-s3", F, "news release, Sept. 20, 2024", "Sept. 20, 2024", "date", 2024, 2024, "year", N, "sources line date"),
 ("f-s4", F, "meeting summary, Dec. 13, 2024", "Dec. 13, 2024", "date", 2024, 2024, "year", N, "sources line date"),
 ("f-s5", F, "Laboratory, 2024 United States", "2024", "date", 2024, 2024, "year", N, "sources line title"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Crane capacity 853 (transposed) vs 835
 ("b-853", "w-835", S), ("b-853", "p-835", S), ("b-853", "a-835", S), ("b-853", "e-835", S), ("b-853", "f-835", S),
 # S2 DOE loan amount: $1.6 billion (total cost reported as the loan) vs $1 billion
 ("b-16loan", "w-1b", S), ("b-16loan", "f-1b", S), ("b-16loan", "f-r1b", S),
 # S3 revised restart target: 2026 vs 2027
 ("b-2026", "p-2027", S), ("b-2026", "w-2027", S), ("b-2026", "e-2027", S), ("b-2026", "f-2027", S),
 # S4 Unit 1 shutdown year: 2018 vs 2019
 ("e-2018", "w-sep19", S), ("e-2018", "p-sep19", S), ("e-2018", "a-sep19", S), ("e-2018", "b-sep19", S), ("e-2018", "f-2019", S),
 # S5 deal announcement year: September 2023 vs 2024
 ("a-sep23", "p-sep24", S), ("a-sep23", "e-sep24", S), ("a-sep23", "f-sep24", S), ("a-sep23", "l-lastmo", S),
 ("a-sep23", "l-sep20", S), ("a-sep23", "w-lastyr", S), ("a-sep23", "b-lastyr", S),
 # S6 when the acceleration was announced: June 2024 vs June (2025)
 ("f-jun24", "w-june", S), ("f-jun24", "e-june", S),
 # S7 2026/27 capacity price increase: 9.5% (total-cost change) vs 22% (price)
 ("w-95", "b-22", S),
 # S8 2025/26 clearing price: $329.17 (next year's) vs $269.92
 ("f-329", "e-269", S), ("f-329", "b-269", S), ("f-329", "l-269", S),
 # S9 Jefferies PPA price estimate: $100-115 vs $110-115
 ("a-jeff", "l-jeff", S), ("a-jeff", "e-jeff", S), ("a-jeff", "b-jeff", S),
 # S10 Brattle tax revenue: $16 billion (the GDP figure) vs more than $3 billion
 ("e-16btax", "p-3b", S), ("e-16btax", "l-3b", S),
 # S11 community pledge period: three vs five years
 ("l-3yr", "p-5yr", S),
 # S12 capacity factor in the final full year: 95.7% (2017 figure) vs 96.3%
 ("p-957", "a-963", S), ("p-957", "b-963", S),
 # S13 data-center share of US electricity in 2023: 6.7% (2028 low projection) vs 4.4%
 ("b-67", "w-44", S), ("b-67", "a-44", S), ("b-67", "e-44", S), ("b-67", "f-44", S),
 # S14 PJM RRI projects selected: 50 vs 51
 ("e-50", "w-51", S), ("e-50", "p-51", S), ("e-50", "b-51", S),
 # S15 first public NRC meeting: October 2025 vs October 2024 / "on Friday" (2024-10-25)
 ("f-oct25", "l-fri", S), ("f-oct25", "e-oct24", S),
 # S16 additional hires scheduled in June 2025: 48 vs 58
 ("w-48", "p-58", S),
 # ---- Qualified
 # Q1 unit rating: 837 MW before closing (local) and 819 MW licensed nameplate (abstract) vs 835 MW planned
 ("l-837", "w-835", Q), ("l-837", "p-835", Q), ("l-837", "a-835", Q), ("l-837", "e-835", Q), ("l-837", "f-835", Q), ("l-837", "b-853", Q),
 ("a-819", "w-835", Q), ("a-819", "p-835", Q), ("a-819", "e-835", Q), ("a-819", "f-835", Q), ("a-819", "l-837", Q), ("a-819", "b-853", Q),
 # Q2 homes powered: 700,000 vs more than 800,000
 ("e-700k", "l-800k", Q),
 # Q3 jobs: more than 3,000 direct (county newsletter) vs 3,400 direct and indirect (Brattle)
 ("l-3000", "p-3400", Q), ("l-3000", "e-3400", Q), ("l-3000", "b-3400", Q), ("l-3000", "f-3400", Q),
 # Q4 DOE loan: $1.6 billion applied for (Oct 2024) vs $1 billion closed (Nov 2025)
 ("l-16loan", "w-1b", Q), ("l-16loan", "f-1b", Q), ("l-16loan", "f-r1b", Q),
 # Q5 permanent workforce: about 750 (Nov 2025) vs roughly 600 (June 2025)
 ("b-750", "p-600", Q),
 # Q6 restart target stated before the June 2025 acceleration (2028) vs after (2027; blog 2026)
 ("a-2028", "p-2027", Q), ("a-2028", "w-2027", Q), ("a-2028", "e-2027", Q), ("a-2028", "f-2027", Q), ("a-2028", "b-2026", Q),
 ("l-2028", "p-2027", Q), ("l-2028", "w-2027", Q), ("l-2028", "e-2027", Q), ("l-2028", "f-2027", Q), ("l-2028", "b-2026", Q),
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
        rows.append({"type": "claim", "id": f"tm-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"tm-{a}", f"tm-{b}"
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
