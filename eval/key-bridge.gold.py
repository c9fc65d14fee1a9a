#!/usr/bin/env python3
"""Build key-bridge.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "key-bridge")
OUT = os.path.join(HERE, "key-bridge.gold.jsonl")
T = "key-bridge"

W, P, A, E, B, L, F = ("KB01_wire.txt", "KB02_press.txt", "KB03_abstract.txt",
                       "KB04_explainer.txt", "KB05_blog.txt", "KB06_local.txt", "KB07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000; MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- KB01 wire (2025-11-18, a Tuesday)
 ("w-dl", W, "WASHINGTON, Nov 18", "Nov 18", "date", 2025, 2025, "year", N, "dateline"),
 ("w-single", W, "A single loose wire", "single", "count", 1, 1, "wires", N, "one loose wire"),
 ("w-tue", W, "on Tuesday, calling", "Tuesday", "date", 2025, 2025, "year", Y, "ntsb board meeting date"),
 ("w-six", W, "that killed six highway workers", "six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("w-984", W, "as the 984-foot ship", "984", "count", 984, 984, "feet", Y, "dali length"),
 ("w-mar26", W, "March 26 of last year", "March 26 of last year", "date", 2024, 2024, "year", Y, "collapse date"),
 ("w-58", W, "lasted 58 seconds", "58 seconds", "duration", 58, 58, "seconds", Y, "first blackout duration"),
 ("w-2gen", W, "when two generators", "two", "count", 2, 2, "generators", Y, "generators losing fuel pressure"),
 ("w-10s", W, "lasted about 10 seconds", "10 seconds", "duration", 10, 10, "seconds", Y, "blackout if breaker on automatic (counterfactual)"),
 ("w-7mo", W, "for at least seven months", "seven months", "duration", 7, 7, "months", Y, "flushing pump misuse duration"),
 ("w-bolt", W, "finding one loose bolt", "one", "count", 1, 1, "bolts", N, "quote/figure of speech"),
 ("w-25", W, "adopted 25 findings", "25", "count", 25, 25, "findings", Y, "ntsb findings"),
 ("w-18", W, "and 18 recommendations", "18", "count", 18, 18, "recommendations", Y, "ntsb final recommendations"),
 ("w-mar", W, "In March, the NTSB said", "March", "date", 2025, 2025, "year", Y, "ntsb urgent recommendations on 68 bridges"),
 ("w-30x", W, "almost 30 times above", "30 times", "ratio", 30, 30, "x", Y, "key bridge risk vs aashto threshold"),
 ("w-68", W, "owners of 68 other bridges", "68", "count", 68, 68, "bridges", Y, "bridges lacking vulnerability assessment"),
 ("w-19", W, "bridges in 19 states to assess", "19", "count", 19, 19, "states", Y, "states with the 68 bridges"),
 ("w-8", W, "Eight members of a road crew", "Eight", "count", 8, 8, "workers", Y, "workers on bridge"),
 ("w-2surv", W, "Two survived.", "Two", "count", 2, 2, "workers", Y, "survivors"),
 ("w-20crew", W, "which had 20 crew members", "20", "count", 20, 20, "crew", Y, "dali crew size"),
 ("w-2pil", W, "along with two harbor pilots", "two", "count", 2, 2, "pilots", Y, "pilots aboard"),
 ("w-4700", W, "about 4,700 containers", "4,700", "count", 4700, 4700, "containers", Y, "containers aboard"),
 ("w-mon", W, "said on Monday that the new bridge", "Monday", "date", 2025, 2025, "year", Y, "revised estimate announced"),
 ("w-double", W, "more than doubled its price tag", "doubled", "ratio", 2, 2, "x", N, "estimate increase (derived)"),
 ("w-cost", W, "would cost $4.3 billion to $5.2 billion", "$4.3 billion to $5.2 billion", "money", 4.3*BN, 5.2*BN, "USD", Y, "current rebuild estimate"),
 ("w-2030", W, "to traffic in late 2030", "late 2030", "date", 2030, 2030, "year", Y, "current opening target"),
 ("w-2wk", W, "less than two weeks after the collapse", "two weeks", "duration", 2, 2, "weeks", N, "timing of first estimate"),
 ("w-init", W, "was $1.7 billion to $1.9 billion", "$1.7 billion to $1.9 billion", "money", 1.7*BN, 1.9*BN, "USD", Y, "initial rebuild estimate"),
 ("w-2028", W, "completion by late 2028", "late 2028", "date", 2028, 2028, "year", Y, "initial completion target"),
 ("w-lastyr", W, "Congress agreed last year", "last year", "date", 2024, 2024, "year", Y, "federal 100% funding law"),
 ("w-oct24", W, "agreed in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "doj settlement date"),
 ("w-102", W, "nearly $102 million", "$102 million", "money", 102*MN, 102*MN, "USD", Y, "doj settlement amount"),
 ("w-43", W, "about $43.7 million", "$43.7 million", "money", 43.7*MN, 43.7*MN, "USD", Y, "liability cap sought"),
 ("w-1851", W, "law dating to 1851", "1851", "date", 1851, 1851, "year", N, "limitation act year"),
 ("w-june", W, "for next June", "next June", "date", 2026, 2026, "year", Y, "limitation trial date"),
 ("w-2co", W, "for the two companies", "two", "count", 2, 2, "companies", N, "aside"),

 # ---- KB02 press release (2026-02-10)
 ("p-sub3", P, "first three port-area", "three", "count", 3, 3, "clients", N, "subtitle repeat"),
 ("p-dl1", P, "Feb 10, 2026, 08:00", "Feb 10, 2026", "date", 2026, 2026, "year", N, "release metadata"),
 ("p-dl2", P, "Va., Feb. 10, 2026", "Feb. 10, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("p-16wk", P, "assessment in 16 weeks", "16 weeks", "duration", 16, 16, "weeks", Y, "service turnaround"),
 ("p-mar26", P, "the March 26, 2024 collapse", "March 26, 2024", "date", 2024, 2024, "year", Y, "collapse date"),
 ("p-six", P, "Six highway workers were killed", "Six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("p-mar25", P, "In March 2025 the NTSB", "March 2025", "date", 2025, 2025, "year", Y, "ntsb urgent recommendations on 68 bridges"),
 ("p-68", P, "identified 68 bridges", "68", "count", 68, 68, "bridges", Y, "bridges lacking vulnerability assessment"),
 ("p-30st", P, "68 bridges in 30 states", "30", "count", 30, 30, "states", Y, "states with the 68 bridges"),
 ("p-1976", P, "which opened in 1976", "1976", "date", 1976, 1976, "year", Y, "key bridge opening year"),
 ("p-30x", P, "had been almost 30 times", "30 times", "ratio", 30, 30, "x", Y, "key bridge risk vs aashto threshold"),
 ("p-4mo", P, "in about four months", "four months", "duration", 4, 4, "months", N, "quote: service turnaround"),
 ("p-7wk", P, "closed for seven weeks", "seven weeks", "duration", 7, 7, "weeks", Y, "fort mchenry channel closure duration"),
 ("p-cost", P, "will cost $4.3 billion to $5.2 billion", "$4.3 billion to $5.2 billion", "money", 4.3*BN, 5.2*BN, "USD", Y, "current rebuild estimate"),
 ("p-2030", P, "traffic in late 2030;", "late 2030", "date", 2030, 2030, "year", Y, "current opening target"),
 ("p-dec24", P, "agreed in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "federal 100% funding law"),
 ("p-100", P, "to cover 100% of the reconstruction", "100%", "percent", 100, 100, "%", Y, "federal share of rebuild"),
 ("p-h366", P, "the House 366-34", "366", "vote", 366, 366, "votes", Y, "house vote on american relief act, for"),
 ("p-h34", P, "366-34 and the Senate", "34", "vote", 34, 34, "votes", Y, "house vote on american relief act, against"),
 ("p-s85", P, "the Senate 85-11", "85", "vote", 85, 85, "votes", Y, "senate vote on american relief act, for"),
 ("p-s11", P, "Senate 85-11. Fendermark", "11", "vote", 11, 11, "votes", Y, "senate vote on american relief act, against"),
 ("p-5yr", P, "at least five years of vessel", "five years", "duration", 5, 5, "years", N, "product feature"),
 ("p-3cl", P, "The first three clients", "three", "count", 3, 3, "clients", N, "company fact"),
 ("p-jan", P, "began work in January", "January", "date", 2026, 2026, "year", N, "company fact"),
 ("p-2port", P, "and two port districts", "two", "count", 2, 2, "clients", N, "company fact"),
 ("p-12", P, "complete 12 assessments", "12", "count", 12, 12, "assessments", N, "company forecast"),
 ("p-12yr", P, "12 assessments in 2026.", "2026", "date", 2026, 2026, "year", N, "forecast year"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-240", P, "about 240 staff", "240", "count", 240, 240, "employees", N, "about section"),
 ("p-6off", P, "in six offices", "six", "count", 6, 6, "offices", N, "about section"),
 ("p-400", P, "more than 400 waterfront", "400", "count", 400, 400, "projects", N, "about section"),
 ("p-fls", P, "to complete in 2026, the", "2026", "date", 2026, 2026, "year", N, "forward-looking statement"),

 # ---- KB03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "weekly foreign trade, 2022–2024", "2022–2024", "date", 2022, 2024, "year", N, "title period"),
 ("a-26mar", A, "On 26 March 2024 the container", "26 March 2024", "date", 2024, 2024, "year", Y, "collapse date"),
 ("a-six", A, "killing six highway workers", "six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("a-700", A, "full 700-ft width", "700", "count", 700, 700, "feet", Y, "channel width restored"),
 ("a-50", A, "and 50-ft depth", "50", "count", 50, 50, "feet", Y, "channel depth restored"),
 ("a-10jun", A, "restored on 10 June 2024", "10 June 2024", "date", 2024, 2024, "year", Y, "full channel reopening"),
 ("a-2023", A, "In 2023 the port", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-523", A, "record 52.3 million tons", "52.3 million", "count", 52.3*MN, 52.3*MN, "tons", Y, "2023 foreign cargo tonnage"),
 ("a-808", A, "worth $80.8 billion", "$80.8 billion", "money", 80.8*BN, 80.8*BN, "USD", Y, "2023 foreign cargo value"),
 ("a-847", A, "including 847,158 cars", "847,158", "count", 847158, 847158, "vehicles", Y, "2023 cars and light trucks"),
 ("a-90", A, "assuming 90% of reconstruction", "90%", "percent", 90, 90, "%", Y, "federal share of rebuild"),
 ("a-per", A, "from January 2022 to December 2024", "January 2022 to December 2024", "date", 2022, 2024, "year", N, "study period"),
 ("a-N", A, "N = 156 weeks", "156", "count", 156, 156, "weeks", Y, "study weeks"),
 ("a-11wk", A, "defined as the 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "fort mchenry channel closure duration"),
 ("a-per2", A, "from 26 March to 10 June 2024", "26 March to 10 June 2024", "date", 2024, 2024, "year", N, "closure period"),
 ("a-n11", A, "(n=11)", "11", "count", 11, 11, "weeks", N, "closure weeks n"),
 ("a-116", A, "comprised 116 weeks", "116", "count", 116, 116, "weeks", N, "pre-period weeks"),
 ("a-29", A, "the post-period 29 weeks", "29", "count", 29, 29, "weeks", N, "post-period weeks"),
 ("a-n4", A, "before (n=4)", "4", "count", 4, 4, "weeks", N, "subgroup n"),
 ("a-n7", A, "after (n=7)", "7", "count", 7, 7, "weeks", N, "subgroup n"),
 ("a-35", A, "opening of the 35-ft", "35", "count", 35, 35, "feet", Y, "limited-access channel depth"),
 ("a-25apr", A, "channel on 25 April 2024", "25 April 2024", "date", 2024, 2024, "year", Y, "35-ft channel opening"),
 ("a-724", A, "was 72.4% below", "72.4%", "percent", 72.4, 72.4, "%", Y, "total foreign tonnage decline during closure"),
 ("a-724ci", A, "CI 65.1–79.0", "65.1–79.0", "percent", 65.1, 79.0, "%", Y, "ci"),
 ("a-p1", A, "79.0; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-621", A, "fell 62.1%", "62.1%", "percent", 62.1, 62.1, "%", Y, "container volume decline (subgroup)"),
 ("a-621ci", A, "CI 51.8–71.3", "51.8–71.3", "percent", 51.8, 71.3, "%", Y, "ci"),
 ("a-p2", A, "71.3; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-889", A, "fell 88.9%", "88.9%", "percent", 88.9, 88.9, "%", Y, "ro-ro vehicle decline (subgroup)"),
 ("a-889ci", A, "CI 83.5–93.0", "83.5–93.0", "percent", 83.5, 93.0, "%", Y, "ci"),
 ("a-p3", A, "93.0; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-216", A, "fell 21.6%", "21.6%", "percent", 21.6, 21.6, "%", Y, "coal export decline (subgroup)"),
 ("a-216ci", A, "CI 9.4–32.7", "9.4–32.7", "percent", 9.4, 32.7, "%", Y, "ci"),
 ("a-p4", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-35b", A, "After the 35-ft channel", "35", "count", 35, 35, "feet", N, "repeat"),
 ("a-860", A, "narrowed from 86.0%", "86.0%", "percent", 86.0, 86.0, "%", Y, "shortfall before 35-ft channel"),
 ("a-645", A, "to 64.5% (difference", "64.5%", "percent", 64.5, 64.5, "%", Y, "shortfall after 35-ft channel"),
 ("a-215", A, "difference 21.5 percentage points", "21.5 percentage points", "percent", 21.5, 21.5, "pp", Y, "shortfall difference"),
 ("a-215ci", A, "CI 12.2–30.8", "12.2–30.8", "percent", 12.2, 30.8, "pp", Y, "ci"),
 ("a-p5", A, "30.8; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-29wk", A, "In the 29 weeks after", "29 weeks", "duration", 29, 29, "weeks", N, "timepoint"),
 ("a-68", A, "was −6.8%", "−6.8%", "percent", -6.8, -6.8, "%", Y, "post-reopening level change"),
 ("a-68ci", A, "CI −14.9 to 1.3", "−14.9 to 1.3", "percent", -14.9, 1.3, "%", Y, "ci"),
 ("a-p6", A, "P=0.10", "0.10", "pvalue", 0.10, 0.10, "p", N, "p-value"),
 ("a-5", A, "within 5% of baseline", "5%", "percent", 5, 5, "%", Y, "recovery threshold"),
 ("a-9th", A, "by the ninth week", "ninth week", "duration", 9, 9, "weeks", N, "time to recovery"),
 ("a-79", A, "estimated at 7.9 million tons", "7.9 million", "count", 7.9*MN, 7.9*MN, "tons", Y, "forgone cargo tonnage"),
 ("a-124", A, "worth about $12.4 billion", "$12.4 billion", "money", 12.4*BN, 12.4*BN, "USD", Y, "forgone cargo value"),
 ("a-124ci", A, "CI 11.1–13.6", "11.1–13.6", "money", 11.1*BN, 13.6*BN, "USD", Y, "ci"),
 ("a-34", A, "roughly three-quarters", "three-quarters", "percent", 75, 75, "%", N, "summary of 72.4%"),
 ("a-11c", A, "cargo for 11 weeks", "11 weeks", "duration", 11, 11, "weeks", N, "repeat"),
 ("a-2mo", A, "within about two months", "two months", "duration", 2, 2, "months", N, "summary"),
 ("a-single", A, "a single deep-draft approach", "single", "count", 1, 1, "channels", N, "generic"),

 # ---- KB04 explainer (2026-03-20)
 ("e-h2", E, "collapse, two years on", "two years", "duration", 2, 2, "years", N, "headline"),
 ("e-upd", E, "Updated March 20, 2026", "March 20, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-2yr", E, "Almost two years after", "two years", "duration", 2, 2, "years", N, "time since collapse"),
 ("e-mar26", E, "hours of March 26, 2024", "March 26, 2024", "date", 2024, 2024, "year", Y, "collapse date"),
 ("e-984", E, "a 984-foot", "984", "count", 984, 984, "feet", Y, "dali length"),
 ("e-2015", E, "built in 2015", "2015", "date", 2015, 2015, "year", Y, "dali build year"),
 ("e-21", E, "carried 21 crew members", "21", "count", 21, 21, "crew", Y, "dali crew size"),
 ("e-2pil", E, "and two Maryland pilots", "two", "count", 2, 2, "pilots", Y, "pilots aboard"),
 ("e-4700", E, "roughly 4,700 containers", "4,700", "count", 4700, 4700, "containers", Y, "containers aboard"),
 ("e-56", E, "56 of them holding", "56", "count", 56, 56, "containers", Y, "hazmat containers"),
 ("e-8", E, "Eight workers from a road", "Eight", "count", 8, 8, "workers", Y, "workers on bridge"),
 ("e-six", E, "Six of them, immigrants", "Six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("e-age", E, "aged 24 to 49", "24 to 49", "age", 24, 49, "years", Y, "victims' ages"),
 ("e-2surv", E, "Two men survived", "Two", "count", 2, 2, "workers", Y, "survivors"),
 ("e-may24", E, "bodies in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "last body recovered"),
 ("e-6wk", E, "about six weeks after the collapse", "six weeks", "duration", 6, 6, "weeks", Y, "time to last recovery"),
 ("e-nov", E, "in November that a loose", "November", "date", 2025, 2025, "year", Y, "ntsb final finding"),
 ("e-85", E, "lasted 85 seconds", "85 seconds", "duration", 85, 85, "seconds", Y, "first blackout duration"),
 ("e-68", E, "owners of 68 older bridges", "68", "count", 68, 68, "bridges", Y, "bridges lacking vulnerability assessment"),
 ("e-19", E, "in 19 states to do so", "19", "count", 19, 19, "states", Y, "states with the 68 bridges"),
 ("e-11wk", E, "blocked for about 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "fort mchenry channel closure duration"),
 ("e-apr1", E, "starting April 1, 2024", "April 1, 2024", "date", 2024, 2024, "year", Y, "first temporary channel"),
 ("e-35", E, "a fourth, 35 feet deep", "35", "count", 35, 35, "feet", Y, "fourth channel depth"),
 ("e-300", E, "and 300 feet wide", "300", "count", 300, 300, "feet", Y, "fourth channel width"),
 ("e-apr25", E, "on April 25, which", "April 25", "date", 2024, 2024, "year", Y, "fourth channel opening"),
 ("e-700", E, "The full channel, 700 feet", "700", "count", 700, 700, "feet", Y, "channel width restored"),
 ("e-50", E, "and 50 feet deep, reopened", "50", "count", 50, 50, "feet", Y, "channel depth restored"),
 ("e-jun10", E, "reopened on June 10, 2024", "June 10, 2024", "date", 2024, 2024, "year", Y, "full channel reopening"),
 ("e-50k", E, "about 50,000 tons", "50,000", "count", 50000, 50000, "tons", Y, "debris removed"),
 ("e-8k", E, "about 8,000 port jobs", "8,000", "count", 8000, 8000, "jobs", Y, "jobs directly affected"),
 ("e-15300", E, "about 15,300 direct jobs", "15,300", "count", 15300, 15300, "jobs", Y, "port direct jobs"),
 ("e-lastyr", E, "published last year found", "last year", "date", 2025, 2025, "year", N, "study publication"),
 ("e-70", E, "fell by roughly 70%", "70%", "percent", 70, 70, "%", Y, "total foreign tonnage decline during closure"),
 ("e-oct", E, "In October 2024 the ship's", "October 2024", "date", 2024, 2024, "year", Y, "doj settlement date"),
 ("e-103", E, "government $103 million", "$103 million", "money", 103*MN, 103*MN, "USD", Y, "doj settlement amount"),
 ("e-43", E, "about $43.7 million", "$43.7 million", "money", 43.7*MN, 43.7*MN, "USD", Y, "liability cap sought"),
 ("e-dozens", E, "dozens of businesses", "dozens", "count", None, None, "claimants", N, "vague"),
 ("e-june", E, "scheduled for June.", "June", "date", 2026, 2026, "year", Y, "limitation trial date"),
 ("e-lastdec", E, "agreed last December", "last December", "date", 2025, 2025, "year", Y, "federal 100% funding law"),
 ("e-100", E, "cover 100% of the rebuilding", "100%", "percent", 100, 100, "%", Y, "federal share of rebuild"),
 ("e-s85", E, "the Senate 85-11", "85", "vote", 85, 85, "votes", Y, "senate vote on american relief act, for"),
 ("e-s11", E, "Senate 85-11. Any", "11", "vote", 11, 11, "votes", Y, "senate vote on american relief act, against"),
 ("e-350", E, "already paid $350 million", "$350 million", "money", 350*MN, 350*MN, "USD", Y, "insurance payout"),
 ("e-230", E, "about 230 feet", "230", "count", 230, 230, "feet", Y, "new bridge vertical clearance"),
 ("e-cost", E, "will cost $4.3 billion to $5.2 billion", "$4.3 billion to $5.2 billion", "money", 4.3*BN, 5.2*BN, "USD", Y, "current rebuild estimate"),
 ("e-2030", E, "open in late 2030", "late 2030", "date", 2030, 2030, "year", Y, "current opening target"),
 ("e-spring", E, "in the spring of 2024", "spring of 2024", "date", 2024, 2024, "year", Y, "initial estimate date"),
 ("e-init", E, "spend $1.7 billion to $1.9 billion", "$1.7 billion to $1.9 billion", "money", 1.7*BN, 1.9*BN, "USD", Y, "initial rebuild estimate"),
 ("e-2028", E, "the fall of 2028", "fall of 2028", "date", 2028, 2028, "year", Y, "initial completion target"),
 ("e-1977", E, "which opened in 1977", "1977", "date", 1977, 1977, "year", Y, "key bridge opening year"),
 ("e-31k", E, "about 31,000 vehicles", "31,000", "count", 31000, 31000, "vehicles/day", Y, "daily traffic on old bridge"),
 ("e-may24b", E, "refloated in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "dali refloated"),
 ("e-folmo", E, "the following month", "following month", "date", 2024, 2024, "year", N, "dali departure (relative)"),

 # ---- KB05 blog (2026-03-27)
 ("b-h2", B, "Two years after the Key Bridge", "Two years", "duration", 2, 2, "years", N, "headline"),
 ("b-dl", B, "March 27, 2026 |", "March 27, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-capspr", B, "River, spring 2024", "spring 2024", "date", 2024, 2024, "year", N, "image caption"),
 ("b-8wk", B, "nearly eight weeks", "eight weeks", "duration", 8, 8, "weeks", Y, "dali pinned before refloat"),
 ("b-yest", B, "Yesterday was the second", "Yesterday", "date", 2026, 2026, "year", N, "anniversary (relative)"),
 ("b-7", B, "Seven men from a road crew", "Seven", "count", 7, 7, "workers", Y, "workers on bridge"),
 ("b-6", B, "Six of them never came home", "Six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("b-11wk", B, "For roughly 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "fort mchenry channel closure duration"),
 ("b-8k", B, "about 8,000 jobs", "8,000", "count", 8000, 8000, "jobs", Y, "jobs directly affected"),
 ("b-15m", B, "around $15 million a day", "$15 million", "money", 15*MN, 15*MN, "USD/day", Y, "daily economic activity lost"),
 ("b-840k", B, "more than 840,000 cars", "840,000", "count", 840000, 840000, "vehicles", Y, "2023 cars and light trucks"),
 ("b-2023", B, "light trucks in 2023,", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-59b", B, "roughly $59 billion a year", "$59 billion", "money", 59*BN, 59*BN, "USD", Y, "annual value of port cargo"),
 ("b-sep", B, "published last September", "last September", "date", 2025, 2025, "year", N, "study publication"),
 ("b-62", B, "cargo fell 62% during", "62%", "percent", 62, 62, "%", Y, "total foreign tonnage decline during closure"),
 ("b-endapr", B, "at the end of April", "end of April", "date", 2024, 2024, "year", N, "deepest temporary channel (relative)"),
 ("b-5000", B, "roughly 5,000-ton section", "5,000", "count", 5000, 5000, "tons", Y, "truss section on bow"),
 ("b-capmay", B, "channel, May 2024.", "May 2024", "date", 2024, 2024, "year", N, "image caption"),
 ("b-jun24", B, "reopened in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "full channel reopening"),
 ("b-lastoct", B, "Department last October", "last October", "date", 2025, 2025, "year", Y, "doj settlement date"),
 ("b-102", B, "for $102 million to cover", "$102 million", "money", 102*MN, 102*MN, "USD", Y, "doj settlement amount"),
 ("b-s86", B, "the Senate 86-10", "86", "vote", 86, 86, "votes", Y, "senate vote on american relief act, for"),
 ("b-s10", B, "Senate 86-10.", "10", "vote", 10, 10, "votes", Y, "senate vote on american relief act, against"),
 ("b-cur", B, "The state says $1.7 billion to $1.9 billion", "$1.7 billion to $1.9 billion", "money", 1.7*BN, 1.9*BN, "USD", Y, "current rebuild estimate"),
 ("b-2port", B, "relationships at two ports", "two", "count", 2, 2, "ports", N, "advice"),
 ("b-1port", B, "who had one lost weeks", "one", "count", 1, 1, "ports", N, "advice"),
 ("b-14", B, "spent 14 years", "14 years", "duration", 14, 14, "years", N, "author bio"),

 # ---- KB06 local (2024-06-12, a Wednesday), hard-wrapped
 ("l-dl", L, "Staff Writer June 12, 2024", "June 12, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-mon", L, "announced on Monday that", "Monday", "date", 2024, 2024, "year", Y, "full channel reopening"),
 ("l-700", L, "dimensions, 700 feet wide", "700", "count", 700, 700, "feet", Y, "channel width restored"),
 ("l-50", L, "700 feet wide and 50 feet deep", "50", "count", 50, 50, "feet", Y, "channel depth restored"),
 ("l-11wk", L, "nearly 11 weeks after", "11 weeks", "duration", 11, 11, "weeks", Y, "fort mchenry channel closure duration"),
 ("l-lastwk", L, "channel last week", "last week", "date", 2024, 2024, "year", N, "last wreckage lifted"),
 ("l-six", L, "about the six men we lost", "six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("l-2000", L, "Nearly 2,000 responders", "2,000", "count", 2000, 2000, "responders", Y, "salvage responders"),
 ("l-50k", L, "about 50,000 tons", "50,000", "count", 50000, 50000, "tons", Y, "debris removed"),
 ("l-1wk", L, "within a week of the collapse", "a week", "duration", 1, 1, "weeks", N, "start of staged effort"),
 ("l-11ft", L, "just 11 feet deep", "11", "count", 11, 11, "feet", Y, "first temporary channel depth"),
 ("l-apr1", L, "opened on April 1 for", "April 1", "date", 2024, 2024, "year", Y, "first temporary channel"),
 ("l-35", L, "channel, 35 feet deep and 280", "35", "count", 35, 35, "feet", Y, "fourth channel depth"),
 ("l-280", L, "35 feet deep and 280 feet wide", "280", "count", 280, 280, "feet", Y, "fourth channel width"),
 ("l-apr25", L, "opened on April 25 and", "April 25", "date", 2024, 2024, "year", Y, "fourth channel opening"),
 ("l-7wk", L, "Seven weeks after the collapse", "Seven weeks", "duration", 7, 7, "weeks", Y, "time to 45-ft limited-access channel"),
 ("l-45", L, "with 45 feet of water", "45", "count", 45, 45, "feet", Y, "limited-access channel depth"),
 ("l-947", L, "The 947-foot Dali", "947", "count", 947, 947, "feet", Y, "dali length"),
 ("l-lastmo", L, "refloated last month", "last month", "date", 2024, 2024, "year", Y, "dali refloated"),
 ("l-4000", L, "roughly 4,000-ton section", "4,000", "count", 4000, 4000, "tons", Y, "truss section on bow"),
 ("l-21", L, "Its crew of 21 has", "21", "count", 21, 21, "crew", Y, "dali crew size"),
 ("l-2mi", L, "a diner two miles from", "two", "count", 2, 2, "miles", N, "anecdote"),
 ("l-half", L, "fell by half when", "half", "percent", 50, 50, "%", N, "anecdote"),
 ("l-fourth", L, "back by the Fourth", "Fourth", "date", 2024, 2024, "year", N, "quote (July 4)"),
 ("l-8k", L, "about 8,000 port jobs", "8,000", "count", 8000, 8000, "jobs", Y, "jobs directly affected"),
 ("l-1977", L, "which opened in 1977", "1977", "date", 1977, 1977, "year", Y, "key bridge opening year"),
 ("l-34k", L, "about 34,000 vehicles", "34,000", "count", 34000, 34000, "vehicles/day", Y, "daily traffic on old bridge"),
 ("l-init", L, "cost $1.7 billion to $1.9 billion", "$1.7 billion to $1.9 billion", "money", 1.7*BN, 1.9*BN, "USD", Y, "initial rebuild estimate"),
 ("l-2028", L, "open by fall 2028", "fall 2028", "date", 2028, 2028, "year", Y, "initial completion target"),
 ("l-90", L, "normally pays 90%", "90%", "percent", 90, 90, "%", Y, "default emergency relief share for interstate"),
 ("l-60m", L, "released $60 million", "$60 million", "money", 60*MN, 60*MN, "USD", Y, "quick-release emergency funds"),
 ("l-350", L, "a $350 million payout", "$350 million", "money", 350*MN, 350*MN, "USD", Y, "insurance payout"),
 ("l-apr", L, "court in April to cap", "April", "date", 2024, 2024, "year", Y, "limitation petition filed"),
 ("l-473", L, "at $47.3 million", "$47.3 million", "money", 47.3*MN, 47.3*MN, "USD", Y, "liability cap sought"),
 ("l-sep", L, "a September claims deadline", "September", "date", 2024, 2024, "year", N, "claims deadline"),

 # ---- KB07 fact-check (2025-11-21)
 ("f-h100", F, "pay just $100 million", "$100 million", "money", 100*MN, 100*MN, "USD", N, "headline: claim under check"),
 ("f-h5b", F, "foot a $5 billion bridge", "$5 billion", "money", 5*BN, 5*BN, "USD", N, "headline: claim under check"),
 ("f-dl", F, "November 21, 2025", "November 21, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c100", F, "Key Bridge paid $100 million", "$100 million", "money", 100*MN, 100*MN, "USD", N, "attributed claim"),
 ("f-c5b", F, "stuck with a $5 billion", "$5 billion", "money", 5*BN, 5*BN, "USD", N, "attributed claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-thiswk", F, "on Facebook and X this week", "this week", "date", 2025, 2025, "year", N, "post timing"),
 ("f-v100", F, "The $100 million figure is close", "$100 million", "money", 100*MN, 100*MN, "USD", N, "verdict repeat of claim"),
 ("f-v5b", F, "The $5 billion figure reflects", "$5 billion", "money", 5*BN, 5*BN, "USD", N, "verdict repeat of claim"),
 ("f-2news", F, "after two pieces of news", "two", "count", 2, 2, "items", N, "aside"),
 ("f-nov1718", F, "on Nov. 17 and 18", "Nov. 17 and 18", "date", 2025, 2025, "year", N, "news dates"),
 ("f-oct24", F, "On Oct. 24, 2024, Grace", "Oct. 24, 2024", "date", 2024, 2024, "year", Y, "doj settlement date"),
 ("f-101", F, "pay $101,980,000", "$101,980,000", "money", 101980000, 101980000, "USD", Y, "doj settlement amount"),
 ("f-103", F, "sought $103,078,056", "$103,078,056", "money", 103078056, 103078056, "USD", Y, "doj damages sought"),
 ("f-97", F, "paid $97,294", "$97,294", "money", 97294, 97294, "USD", Y, "pollution fund payment"),
 ("f-43", F, "liability at $43.7 million", "$43.7 million", "money", 43.7*MN, 43.7*MN, "USD", Y, "liability cap sought"),
 ("f-1851", F, "under an 1851 law", "1851", "date", 1851, 1851, "year", N, "limitation act year"),
 ("f-40", F, "more than 40 other claimants", "40", "count", 40, 40, "claimants", Y, "claimants opposing cap"),
 ("f-sep24", F, "filed in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "maryland claim filed"),
 ("f-jun26", F, "set for June 2026", "June 2026", "date", 2026, 2026, "year", Y, "limitation trial date"),
 ("f-billions", F, "potentially billions of dollars", "billions", "money", None, None, "USD", N, "vague"),
 ("f-nov17", F, "On Nov. 17 the Maryland", "Nov. 17", "date", 2025, 2025, "year", Y, "revised estimate announced"),
 ("f-cost", F, "would cost $4.3 billion to $5.2 billion", "$4.3 billion to $5.2 billion", "money", 4.3*BN, 5.2*BN, "USD", Y, "current rebuild estimate"),
 ("f-2031", F, "to traffic in late 2031", "late 2031", "date", 2031, 2031, "year", Y, "current opening target"),
 ("f-spring", F, "in spring 2024, was", "spring 2024", "date", 2024, 2024, "year", Y, "initial estimate date"),
 ("f-init", F, "was $1.7 billion to $1.9 billion", "$1.7 billion to $1.9 billion", "money", 1.7*BN, 1.9*BN, "USD", Y, "initial rebuild estimate"),
 ("f-so5b", F, "So \"$5 billion\"", "$5 billion", "money", 5*BN, 5*BN, "USD", N, "repeat of claim"),
 ("f-dec24", F, "In December 2024, Congress", "December 2024", "date", 2024, 2024, "year", Y, "federal 100% funding law"),
 ("f-100", F, "cover 100% of the reconstruction", "100%", "percent", 100, 100, "%", Y, "federal share of rebuild"),
 ("f-350", F, "paid the state $350 million", "$350 million", "money", 350*MN, 350*MN, "USD", Y, "insurance payout"),
 ("f-nov18", F, "At its Nov. 18 board", "Nov. 18", "date", 2025, 2025, "year", Y, "ntsb board meeting date"),
 ("f-58", F, "off a 58-second blackout", "58-second", "duration", 58, 58, "seconds", Y, "first blackout duration"),
 ("f-984", F, "on the 984-foot ship", "984", "count", 984, 984, "feet", Y, "dali length"),
 ("f-17", F, "issued 17 recommendations", "17", "count", 17, 17, "recommendations", Y, "ntsb final recommendations"),
 ("f-mar", F, "in March it had urged", "March", "date", 2025, 2025, "year", Y, "ntsb urgent recommendations on 68 bridges"),
 ("f-68", F, "owners of 68 bridges", "68", "count", 68, 68, "bridges", Y, "bridges lacking vulnerability assessment"),
 ("f-19", F, "in 19 states to carry", "19", "count", 19, 19, "states", Y, "states with the 68 bridges"),
 ("f-six", F, "Six of the eight", "Six", "count", 6, 6, "deaths", Y, "workers killed"),
 ("f-eight", F, "of the eight highway workers", "eight", "count", 8, 8, "workers", Y, "workers on bridge"),
 ("f-r100", F, "paid about $100 million", "$100 million", "money", 100*MN, 100*MN, "USD", N, "ruling: rounded settlement"),
 ("f-r5b", F, "The $5 billion figure is the high", "$5 billion", "money", 5*BN, 5*BN, "USD", N, "ruling: repeat of claim"),
]

S, Q = "strict", "qualified"
X = [
 # S1 workers on the bridge: 7 vs 8
 ("b-7", "w-8", S), ("b-7", "e-8", S), ("b-7", "f-eight", S),
 # S2 Dali crew: 20 vs 21
 ("w-20crew", "e-21", S), ("w-20crew", "l-21", S),
 # S3 current rebuild estimate (March 2026): outdated 1.7-1.9bn reported as current
 ("b-cur", "e-cost", S), ("b-cur", "p-cost", S),
 # S4 opening target: late 2031 vs late 2030
 ("f-2031", "w-2030", S), ("f-2031", "p-2030", S), ("f-2031", "e-2030", S),
 # S5 Key Bridge opening year: 1976 vs 1977
 ("p-1976", "e-1977", S), ("p-1976", "l-1977", S),
 # S6 DOJ settlement year: "last October" (2025) vs October 2024
 ("b-lastoct", "w-oct24", S), ("b-lastoct", "f-oct24", S), ("b-lastoct", "e-oct", S),
 # S7 federal full-funding law year: "last December" (2025) vs December 2024
 ("e-lastdec", "p-dec24", S), ("e-lastdec", "f-dec24", S), ("e-lastdec", "w-lastyr", S),
 # S8 DOJ settlement amount: $103M (the sum sought) vs ~$102M
 ("e-103", "w-102", S), ("e-103", "b-102", S), ("e-103", "f-101", S),
 # S9 liability cap: $47.3M (transposed) vs $43.7M
 ("l-473", "w-43", S), ("l-473", "e-43", S), ("l-473", "f-43", S),
 # S10 states with the 68 bridges: 30 (owners) vs 19
 ("p-30st", "w-19", S), ("p-30st", "e-19", S), ("p-30st", "f-19", S),
 # S11 first blackout: 85 s (transposed) vs 58 s
 ("e-85", "w-58", S), ("e-85", "f-58", S),
 # S12 NTSB recommendations: 17 vs 18
 ("f-17", "w-18", S),
 # S13 federal share of rebuild: 90% vs 100%
 ("a-90", "p-100", S), ("a-90", "e-100", S), ("a-90", "f-100", S),
 # S14 channel closure: seven weeks (45-ft channel milestone) vs 11 weeks
 ("p-7wk", "a-11wk", S), ("p-7wk", "e-11wk", S), ("p-7wk", "b-11wk", S), ("p-7wk", "l-11wk", S),
 # S15 total cargo decline during closure: 62% (container subgroup) vs 72.4% / ~70%
 ("b-62", "a-724", S), ("b-62", "e-70", S),
 # S16 Senate vote on American Relief Act: 86-10 vs 85-11
 ("b-s86", "p-s85", S), ("b-s86", "e-s85", S), ("b-s10", "p-s11", S), ("b-s10", "e-s11", S),
 # S17 fourth temporary channel width: 280 ft (planned) vs 300 ft (opened)
 ("l-280", "e-300", S),
 # Qualified
 ("l-947", "w-984", Q), ("l-947", "e-984", Q), ("l-947", "f-984", Q),
 ("l-34k", "e-31k", Q),
 ("l-4000", "b-5000", Q),
 ("b-cur", "w-cost", Q), ("b-cur", "f-cost", Q),
 ("b-59b", "a-808", Q),
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
        rows.append({"type": "claim", "id": f"kb-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"kb-{a}", f"kb-{b}"
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
