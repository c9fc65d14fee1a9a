#!/usr/bin/env python3
"""Build la-wildfires.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "la-wildfires")
OUT = os.path.join(HERE, "la-wildfires.gold.jsonl")
T = "la-wildfires"

W, P, A, E, B, L, F = ("WF01_wire.txt", "WF02_press.txt", "WF03_abstract.txt",
                       "WF04_explainer.txt", "WF05_blog.txt", "WF06_local.txt", "WF07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000
MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- WF01 wire (2025-02-01)
 ("w-h24", W, "after 24 days; death", "24 days", "duration", 24, 24, "days", N, "headline repeat"),
 ("w-h29", W, "toll stands at 29", "29", "count", 29, 29, "deaths", N, "headline repeat"),
 ("w-dl", W, "LOS ANGELES, Feb 1", "Feb 1", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "Eaton fires on Friday", "Friday", "date", 2025, 2025, "year", Y, "full containment date (jan 31)"),
 ("w-24", W, "24 days after the two", "24 days", "duration", 24, 24, "days", Y, "days from ignition to full containment"),
 ("w-two", W, "after the two wind-driven", "two", "count", 2, 2, "fires", N, "aside"),
 ("w-100", W, "were 100% contained", "100%", "percent", 100, 100, "%", Y, "containment at jan 31"),
 ("w-jan7", W, "morning of Jan. 7 in", "Jan. 7", "date", 2025, 2025, "year", Y, "ignition date"),
 ("w-pacres", W, "burned 23,448 acres", "23,448", "count", 23448, 23448, "acres", Y, "palisades final acreage"),
 ("w-pdest", W, "destroyed 6,837 structures", "6,837", "count", 6837, 6837, "structures", Y, "palisades structures destroyed (final)"),
 ("w-pdam", W, "damaged 1,017 others", "1,017", "count", 1017, 1017, "structures", Y, "palisades structures damaged (final)"),
 ("w-eacres", W, "burned 14,021 acres", "14,021", "count", 14021, 14021, "acres", Y, "eaton final acreage"),
 ("w-edest", W, "destroyed 9,418 structures", "9,418", "count", 9418, 9418, "structures", Y, "eaton structures destroyed (final)"),
 ("w-edam", W, "damaged 1,073.", "1,073", "count", 1073, 1073, "structures", Y, "eaton structures damaged (final)"),
 ("w-29", W, "attributed 29 deaths", "29", "count", 29, 29, "deaths", Y, "total direct deaths as of feb 1 2025"),
 ("w-two2", W, "to the two fires, 17", "two", "count", 2, 2, "fires", N, "aside"),
 ("w-17", W, "17 in the Eaton fire", "17", "count", 17, 17, "deaths", Y, "eaton deaths as of feb 1 2025"),
 ("w-12", W, "12 in the Palisades fire", "12", "count", 12, 12, "deaths", Y, "palisades deaths"),
 ("w-100mph", W, "gusts of up to 100 mph", "100 mph", "speed", 100, 100, "mph", Y, "peak gusts jan 7 windstorm"),
 ("w-10pct", W, "less than 10% of its normal", "10%", "percent", 10, 10, "%", Y, "rainfall share since oct 1"),
 ("w-oct1", W, "since Oct. 1", "Oct. 1", "date", 2024, 2024, "year", N, "period start"),
 ("w-jan15", W, "On Jan. 15, Cal Fire", "Jan. 15", "date", 2025, 2025, "year", N, "as-of"),
 ("w-19", W, "at 19% containment", "19%", "percent", 19, 19, "%", Y, "palisades containment jan 15"),
 ("w-jan16", W, "morning of Jan. 16", "Jan. 16", "date", 2025, 2025, "year", N, "as-of"),
 ("w-22", W, "edged up to 22%", "22%", "percent", 22, 22, "%", Y, "palisades containment jan 16"),
 ("w-45", W, "stood at 45%", "45%", "percent", 45, 45, "%", Y, "eaton containment jan 16"),
 ("w-14021b", W, "to 14,021 acres from", "14,021", "count", 14021, 14021, "acres", Y, "eaton acreage after jan 20 revision (final)"),
 ("w-14117", W, "from 14,117 on", "14,117", "count", 14117, 14117, "acres", Y, "eaton acreage before jan 20 revision"),
 ("w-jan20", W, "on Jan. 20, the same day", "Jan. 20", "date", 2025, 2025, "year", N, "as-of"),
 ("w-87", W, "containment at 87%", "87%", "percent", 87, 87, "%", Y, "eaton containment jan 20"),
 ("w-59", W, "Palisades fire at 59%", "59%", "percent", 59, 59, "%", Y, "palisades containment jan 20"),
 ("w-jan9", W, "emergency on Jan. 9", "Jan. 9", "date", 2025, 2025, "year", N, "as-of"),
 ("w-200k", W, "some 200,000 people were under evacuation orders", "200,000", "count", 200000, 200000, "people", Y, "people under evacuation orders jan 9"),
 ("w-200kw", W, "another 200,000 were under", "200,000", "count", 200000, 200000, "people", Y, "people under evacuation warnings jan 9"),
 ("w-jan8", W, "region on Jan. 8", "Jan. 8", "date", 2025, 2025, "year", Y, "major disaster declaration date"),
 ("w-dayl", W, "A day later he said", "A day later", "date", 2025, 2025, "year", N, "100% pledge date (jan 9)"),
 ("w-100pct", W, "would pay 100% of the cost", "100%", "percent", 100, 100, "%", Y, "federal cost share pledged"),
 ("w-180", W, "salaries for 180 days", "180 days", "duration", 180, 180, "days", Y, "period of 100% federal share"),
 ("w-75", W, "up from the usual 75%", "75%", "percent", 75, 75, "%", Y, "standard federal cost share"),
 ("w-400", W, "sent 400 federal firefighters", "400", "count", 400, 400, "firefighters", Y, "federal firefighters sent by biden"),
 ("w-30", W, "more than 30 firefighting", "30", "count", 30, 30, "aircraft", Y, "federal firefighting aircraft"),
 ("w-lastwk", W, "burn zones last week", "last week", "date", 2025, 2025, "year", N, "trump tour (jan 24)"),
 ("w-mon", W, "As of Monday, insurers", "Monday", "date", 2025, 2025, "year", N, "as-of (jan 27)"),
 ("w-42", W, "had paid $4.2 billion", "$4.2 billion", "money", 4.2*BN, 4.2*BN, "USD", Y, "insurance claims paid as of jan 27"),
 ("w-two3", W, "claims from the two fires", "two", "count", 2, 2, "fires", N, "aside"),
 ("w-31210", W, "with 31,210 claims", "31,210", "count", 31210, 31210, "claims", Y, "insurance claims filed as of jan 27"),
 ("w-14417", W, "14,417 of them", "14,417", "count", 14417, 14417, "claims", Y, "claims partially paid as of jan 27"),
 ("w-ins", W, "from $20 billion to $45 billion", "$20 billion to $45 billion", "money", 20*BN, 45*BN, "USD", Y, "range of modelers' insured loss estimates"),
 ("w-accu", W, "at $250 billion to $275 billion", "$250 billion to $275 billion", "money", 250*BN, 275*BN, "USD", Y, "accuweather total damage and economic loss (latest)"),
 ("w-12k", W, "more than 12,000 parcels", "12,000", "count", 12000, 12000, "parcels", Y, "parcels damaged or destroyed (county estimate)"),
 ("w-thu", W, "in Pasadena on Thursday", "Thursday", "date", 2025, 2025, "year", N, "community meeting"),
 ("w-lastmo", W, "lawsuit filed last month", "last month", "date", 2025, 2025, "year", N, "sce lawsuit filing (january)"),

 # ---- WF02 press release (2025-02-12)
 ("p-h410", P, "Estimate of $410 Million to $460 Million", "$410 Million to $460 Million", "money", 410*MN, 460*MN, "USD", N, "headline repeat"),
 ("p-h2300", P, "about 2,300 claims and", "2,300", "count", 2300, 2300, "claims", N, "subtitle repeat"),
 ("p-h118", P, "$118 million in advance payments to policyholders", "$118 million", "money", 118*MN, 118*MN, "USD", N, "subtitle repeat"),
 ("p-dl", P, "Feb. 12, 2025", "Feb. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-410", P, "losses of $410 million to $460 million", "$410 million to $460 million", "money", 410*MN, 460*MN, "USD", Y, "company net catastrophe loss estimate"),
 ("p-jan7", P, "began on January 7, 2025", "January 7, 2025", "date", 2025, 2025, "year", Y, "ignition date"),
 ("p-q1", P, "first quarter of 2025", "2025", "date", 2025, 2025, "year", N, "reporting period"),
 ("p-feb10", P, "As of February 10", "February 10", "date", 2025, 2025, "year", N, "as-of"),
 ("p-2300", P, "approximately 2,300 homeowners", "2,300", "count", 2300, 2300, "claims", Y, "company claims received"),
 ("p-118", P, "$118 million in advance payments for", "$118 million", "money", 118*MN, 118*MN, "USD", Y, "company advance payments"),
 ("p-70", P, "Roughly 70% of", "70%", "percent", 70, 70, "%", Y, "company claims that are total losses"),
 ("p-pacres", P, "burned 23,448 acres", "23,448", "count", 23448, 23448, "acres", Y, "palisades final acreage"),
 ("p-pdest", P, "destroyed 6,837 structures", "6,837", "count", 6837, 6837, "structures", Y, "palisades structures destroyed (final)"),
 ("p-eacres", P, "burned 14,117 acres", "14,117", "count", 14117, 14117, "acres", Y, "eaton final acreage"),
 ("p-edest", P, "destroyed 9,418 structures", "9,418", "count", 9418, 9418, "structures", Y, "eaton structures destroyed (final)"),
 ("p-jan31", P, "contained on January 31", "January 31", "date", 2025, 2025, "year", Y, "full containment date"),
 ("p-two", P, "Together the two fires", "two", "count", 2, 2, "fires", N, "aside"),
 ("p-moodys", P, "$20 billion to $30 billion (Moody's", "$20 billion to $30 billion", "money", 20*BN, 30*BN, "USD", Y, "moody's rms insured loss estimate"),
 ("p-corel", P, "$35 billion to $45 billion (CoreLogic", "$35 billion to $45 billion", "money", 35*BN, 45*BN, "USD", Y, "corelogic insured loss estimate"),
 ("p-verisk", P, "losses of $28 billion to $35 billion", "$28 billion to $35 billion", "money", 28*BN, 35*BN, "USD", Y, "verisk insured loss estimate (both fires)"),
 ("p-vpal", P, "$20 billion to $25 billion stem", "$20 billion to $25 billion", "money", 20*BN, 25*BN, "USD", Y, "verisk insured loss palisades only"),
 ("p-veat", P, "$8 billion to $10 billion from", "$8 billion to $10 billion", "money", 8*BN, 10*BN, "USD", Y, "verisk insured loss eaton only"),
 ("p-accu", P, "at $52 billion to $57 billion", "$52 billion to $57 billion", "money", 52*BN, 57*BN, "USD", Y, "accuweather total damage and economic loss (latest)"),
 ("p-31210", P, "filed 31,210 claims", "31,210", "count", 31210, 31210, "claims", Y, "insurance claims filed as of feb 5"),
 ("p-feb5", P, "as of February 5", "February 5", "date", 2025, 2025, "year", N, "as-of"),
 ("p-69", P, "paid more than $6.9 billion", "$6.9 billion", "money", 6.9*BN, 6.9*BN, "USD", Y, "insurance claims paid as of feb 5"),
 ("p-112", P, "more than $112 billion of exposure", "$112 billion", "money", 112*BN, 112*BN, "USD", Y, "fair plan exposure in la county"),
 ("p-23", P, "or 23% of its", "23%", "percent", 23, 23, "%", Y, "fair plan la county share of portfolio"),
 ("p-sep30", P, "as of September 30, 2024", "September 30, 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("p-35", P, "policy count grew 35%", "35%", "percent", 35, 35, "%", Y, "fair plan policy count growth in 12 months"),
 ("p-12mo", P, "in twelve months", "twelve months", "duration", 12, 12, "months", N, "growth period"),
 ("p-450k", P, "more than 450,000 policies", "450,000", "count", 450000, 450000, "policies", Y, "fair plan policy count"),
 ("p-jan23", P, "bulletin of January 23", "January 23", "date", 2025, 2025, "year", Y, "commissioner advance-payment bulletin date"),
 ("p-30", P, "contents of 30% of the", "30%", "percent", 30, 30, "%", Y, "contents advance share of dwelling limit"),
 ("p-250k", P, "up to $250,000, without", "$250,000", "money", 250000, 250000, "USD", Y, "contents advance cap"),
 ("p-4mo", P, "at least four months of additional", "four months", "duration", 4, 4, "months", Y, "ale advance minimum"),
 ("p-2025re", P, "2025 property catastrophe reinsurance", "2025", "date", 2025, 2025, "year", N, "program year"),
 ("p-75m", P, "attaches at $75 million", "$75 million", "money", 75*MN, 75*MN, "USD", Y, "company reinsurance attachment point"),
 ("p-1952", P, "Founded in 1952", "1952", "date", 1952, 1952, "year", N, "about section"),
 ("p-1400", P, "about 1,400 independent", "1,400", "count", 1400, 1400, "agencies", N, "about section"),
 ("p-600k", P, "more than 600,000 policyholders", "600,000", "count", 600000, 600000, "policyholders", N, "about section"),

 # ---- WF03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2025", A, "the January 2025 Palisades", "January 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-two", A, "Two wildfires ignited", "Two", "count", 2, 2, "fires", N, "aside"),
 ("a-jan7", A, "ignited on 7 January 2025", "7 January 2025", "date", 2025, 2025, "year", Y, "ignition date"),
 ("a-100", A, "gusts of up to 100 mph", "100 mph", "speed", 100, 100, "mph", Y, "peak gusts jan 7 windstorm"),
 ("a-161", A, "(161 km/h)", "161 km/h", "speed", 161, 161, "km/h", N, "unit conversion"),
 ("a-jan31", A, "contained on 31 January 2025", "31 January 2025", "date", 2025, 2025, "year", Y, "full containment date"),
 ("a-50", A, "(more than 50% damage)", "50%", "percent", 50, 50, "%", N, "definition destroyed"),
 ("a-150", A, "damaged (1–50%)", "1–50%", "percent", 1, 50, "%", N, "definition damaged"),
 ("a-jul22", A, "as of 22 July 2025", "22 July 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("a-period", A, "from 5 January to 1 February 2025", "5 January to 1 February 2025", "date", 2025, 2025, "year", N, "excess-death study period"),
 ("a-2018", A, "same weeks of 2018, 2019", "2018", "date", 2018, 2018, "year", Y, "excess-death baseline year"),
 ("a-2019", A, "2018, 2019 and 2023", "2019", "date", 2019, 2019, "year", Y, "excess-death baseline year"),
 ("a-2023", A, "2019 and 2023, excluding", "2023", "date", 2023, 2023, "year", Y, "excess-death baseline year (third)"),
 ("a-N", A, "N = 18,345", "18,345", "count", 18345, 18345, "structures", Y, "structures damaged or destroyed, both fires"),
 ("a-p7854", A, "7,854 in the Palisades fire", "7,854", "count", 7854, 7854, "structures", Y, "palisades structures damaged or destroyed"),
 ("a-p6837", A, "(6,837 destroyed", "6,837", "count", 6837, 6837, "structures", Y, "palisades structures destroyed (final)"),
 ("a-p1017", A, "1,017 damaged)", "1,017", "count", 1017, 1017, "structures", Y, "palisades structures damaged (final)"),
 ("a-e10491", A, "10,491 in the Eaton fire", "10,491", "count", 10491, 10491, "structures", Y, "eaton structures damaged or destroyed"),
 ("a-e9418", A, "(9,418 destroyed", "9,418", "count", 9418, 9418, "structures", Y, "eaton structures destroyed (final)"),
 ("a-e1073", A, "1,073 damaged)", "1,073", "count", 1073, 1073, "structures", Y, "eaton structures damaged (final)"),
 ("a-pacres", A, "burned 23,448 and", "23,448", "count", 23448, 23448, "acres", Y, "palisades final acreage"),
 ("a-eacres", A, "23,448 and 14,021 acres", "14,021", "count", 14021, 14021, "acres", Y, "eaton final acreage"),
 ("a-tot", A, "(37,469 acres in total)", "37,469", "count", 37469, 37469, "acres", Y, "combined final acreage"),
 ("a-871", A, "was 87.1% (95% CI", "87.1%", "percent", 87.1, 87.1, "%", Y, "palisades share destroyed"),
 ("a-871ci", A, "86.3–87.8", "86.3–87.8", "percent", 86.3, 87.8, "%", Y, "ci"),
 ("a-898", A, "89.8% (95% CI", "89.8%", "percent", 89.8, 89.8, "%", Y, "eaton share destroyed"),
 ("a-898ci", A, "89.2–90.3", "89.2–90.3", "percent", 89.2, 90.3, "%", Y, "ci"),
 ("a-diff", A, "−2.7 percentage points", "−2.7 percentage points", "percent", -2.7, -2.7, "pp", Y, "difference in share destroyed"),
 ("a-diffci", A, "−3.7 to −1.8", "−3.7 to −1.8", "percent", -3.7, -1.8, "pp", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-886", A, "overall, 88.6%", "88.6%", "percent", 88.6, 88.6, "%", Y, "overall share destroyed"),
 ("a-16255", A, "(n=16,255)", "16,255", "count", 16255, 16255, "structures", Y, "structures destroyed, both fires"),
 ("a-31", A, "Direct deaths numbered 31", "31", "count", 31, 31, "deaths", Y, "total direct deaths (as of jul 22 2025)"),
 ("a-e19", A, "(Eaton n=19", "19", "count", 19, 19, "deaths", Y, "eaton deaths (final)"),
 ("a-p12", A, "Palisades n=12)", "12", "count", 12, 12, "deaths", Y, "palisades deaths"),
 ("a-176", A, "or 1.76 and 2.02", "1.76", "ratio", 1.76, 1.76, "deaths per 1000 destroyed", Y, "palisades deaths per 1,000 destroyed"),
 ("a-202", A, "1.76 and 2.02 deaths", "2.02", "ratio", 2.02, 2.02, "deaths per 1000 destroyed", Y, "eaton deaths per 1,000 destroyed"),
 ("a-rr", A, "(Eaton vs Palisades) 1.15", "1.15", "ratio", 1.15, 1.15, "x", Y, "death rate ratio"),
 ("a-rrci", A, "0.56–2.37", "0.56–2.37", "ratio", 0.56, 2.37, "x", Y, "ci"),
 ("a-p071", A, "P=0.71", "0.71", "pvalue", 0.71, 0.71, "p", N, "p-value"),
 ("a-6371", A, "observed 6,371 deaths", "6,371", "count", 6371, 6371, "deaths", Y, "la county deaths jan 5-feb 1 2025 observed"),
 ("a-5931", A, "against 5,931 expected", "5,931", "count", 5931, 5931, "deaths", Y, "expected deaths"),
 ("a-440", A, "an excess of 440", "440", "count", 440, 440, "deaths", Y, "excess deaths"),
 ("a-74", A, "(7.4%;", "7.4%", "percent", 7.4, 7.4, "%", Y, "excess as % of expected"),
 ("a-440ci", A, "284–596", "284–596", "count", 284, 596, "deaths", Y, "ci"),
 ("a-14x", A, "about 14 times the direct", "14 times", "ratio", 14, 14, "x", Y, "excess vs direct deaths"),
 ("a-verisk", A, "were $28 billion to $35 billion", "$28 billion to $35 billion", "money", 28*BN, 35*BN, "USD", Y, "verisk insured loss estimate (both fires)"),
 ("a-vpal", A, "Palisades $20–25 billion", "$20–25 billion", "money", 20*BN, 25*BN, "USD", Y, "verisk insured loss palisades only"),
 ("a-veat", A, "Eaton $8–10 billion", "$8–10 billion", "money", 8*BN, 10*BN, "USD", Y, "verisk insured loss eaton only"),
 ("a-ucla75", A, "about $75 billion within", "$75 billion", "money", 75*BN, 75*BN, "USD", Y, "ucla insured loss estimate"),
 ("a-ucla", A, "losses of $95 billion to $164 billion", "$95 billion to $164 billion", "money", 95*BN, 164*BN, "USD", Y, "ucla property and capital loss estimate"),
 ("a-9in10", A, "Nearly nine in ten", "nine in ten", "percent", 90, 90, "%", N, "summary"),
 ("a-60", A, "about 60% as much land", "60%", "percent", 60, 60, "%", Y, "eaton acreage as share of palisades"),

 # ---- WF04 explainer (2026-01-06)
 ("e-upd", E, "Updated January 6, 2026", "January 6, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-t1yr", E, "The LA fires, one year on", "one year", "duration", 1, 1, "years", N, "title"),
 ("e-yrago", E, "A year ago this week", "A year ago", "date", 2025, 2025, "year", N, "intro"),
 ("e-two", E, "this week, two fires", "two", "count", 2, 2, "fires", N, "aside"),
 ("e-jan7", E, "Both began on Jan. 7, 2025", "Jan. 7, 2025", "date", 2025, 2025, "year", Y, "ignition date"),
 ("e-pacres", E, "burned 23,707 acres", "23,707", "count", 23707, 23707, "acres", Y, "palisades final acreage"),
 ("e-eacres", E, "burned 14,021 acres", "14,021", "count", 14021, 14021, "acres", Y, "eaton final acreage"),
 ("e-37k", E, "more than 37,000 acres", "37,000", "count", 37000, 37000, "acres", Y, "combined acreage"),
 ("e-59sq", E, "about 59 square miles", "59 square miles", "area", 59, 59, "sq mi", Y, "combined area"),
 ("e-jan31", E, "contained on Jan. 31, 2025", "Jan. 31, 2025", "date", 2025, 2025, "year", Y, "full containment date"),
 ("e-24", E, "after 24 days", "24 days", "duration", 24, 24, "days", Y, "days from ignition to full containment"),
 ("e-90mph", E, "gusts up to 90 mph", "90 mph", "speed", 90, 90, "mph", Y, "forecast gusts in mountains"),
 ("e-100", E, "gusts reached 100 mph", "100 mph", "speed", 100, 100, "mph", Y, "peak gusts jan 7 windstorm"),
 ("e-31", E, "The official toll is 31", "31", "count", 31, 31, "deaths", Y, "total direct deaths (final)"),
 ("e-19", E, "31: 19 in the Eaton", "19", "count", 19, 19, "deaths", Y, "eaton deaths (final)"),
 ("e-12", E, "12 in the Palisades fire", "12", "count", 12, 12, "deaths", Y, "palisades deaths"),
 ("e-jul", E, "in Altadena in July", "July", "date", 2025, 2025, "year", N, "last remains found"),
 ("e-6mo", E, "six months after the fires", "six months", "duration", 6, 6, "months", N, "aside"),
 ("e-440", E, "estimated 440 excess", "440", "count", 440, 440, "deaths", Y, "excess deaths"),
 ("e-period", E, "between Jan. 5 and Feb. 1, 2025", "Jan. 5 and Feb. 1, 2025", "date", 2025, 2025, "year", N, "excess-death study period"),
 ("e-edest", E, "destroyed 9,418 structures", "9,418", "count", 9418, 9418, "structures", Y, "eaton structures destroyed (final)"),
 ("e-pdest", E, "Palisades fire destroyed 6,837", "6,837", "count", 6837, 6837, "structures", Y, "palisades structures destroyed (final)"),
 ("e-16k", E, "more than 16,000 in all", "16,000", "count", 16000, 16000, "structures", Y, "structures destroyed, both fires"),
 ("e-2018", E, "the 2018 Camp Fire", "2018", "date", 2018, 2018, "year", N, "other event"),
 ("e-85", E, "killed 85 people", "85", "count", 85, 85, "deaths", Y, "camp fire deaths"),
 ("e-19k", E, "nearly 19,000 structures", "19,000", "count", 19000, 19000, "structures", Y, "camp fire structures destroyed"),
 ("e-jan9", E, "On Jan. 9, 2025, Sheriff", "Jan. 9, 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("e-180k", E, "nearly 180,000 people", "180,000", "count", 180000, 180000, "people", Y, "people under evacuation orders jan 9"),
 ("e-200kw", E, "another 200,000 were", "200,000", "count", 200000, 200000, "people", Y, "people under evacuation warnings jan 9"),
 ("e-jan8", E, "declaration on Jan. 8, 2025", "Jan. 8, 2025", "date", 2025, 2025, "year", Y, "major disaster declaration date"),
 ("e-100pct", E, "to 100%, up from", "100%", "percent", 100, 100, "%", Y, "federal cost share pledged"),
 ("e-75", E, "up from the usual 75%", "75%", "percent", 75, 75, "%", Y, "standard federal cost share"),
 ("e-90d", E, "for the first 90 days", "90 days", "duration", 90, 90, "days", Y, "period of 100% federal share"),
 ("e-feb", E, "In February this year", "February this year", "date", 2026, 2026, "year", Y, "newsom aid request date"),
 ("e-40b", E, "nearly $40 billion more", "$40 billion", "money", 40*BN, 40*BN, "USD", Y, "newsom aid request total"),
 ("e-fema", E, "$16.8 billion for FEMA", "$16.8 billion", "money", 16.8*BN, 16.8*BN, "USD", Y, "request: fema"),
 ("e-hud", E, "$9.9 billion from the Department", "$9.9 billion", "money", 9.9*BN, 9.9*BN, "USD", Y, "request: hud"),
 ("e-sba", E, "$5.29 billion in Small Business", "$5.29 billion", "money", 5.29*BN, 5.29*BN, "USD", Y, "request: sba"),
 ("e-2b", E, "more than $2 billion in the immediate", "$2 billion", "money", 2*BN, 2*BN, "USD", Y, "federal aid provided in aftermath"),
 ("e-ins", E, "between $20 billion and $45 billion", "$20 billion and $45 billion", "money", 20*BN, 45*BN, "USD", Y, "range of modelers' insured loss estimates"),
 ("e-ucla", E, "losses of $95 billion to $164 billion", "$95 billion to $164 billion", "money", 95*BN, 164*BN, "USD", Y, "ucla property and capital loss estimate"),
 ("e-accu", E, "was $250 billion to $275 billion", "$250 billion to $275 billion", "money", 250*BN, 275*BN, "USD", Y, "accuweather total damage and economic loss (latest)"),
 ("e-30", E, "at least 30% of your dwelling", "30%", "percent", 30, 30, "%", Y, "contents advance share of dwelling limit"),
 ("e-250k", E, "up to $250,000, without", "$250,000", "money", 250000, 250000, "USD", Y, "contents advance cap"),
 ("e-4mo", E, "at least four months of living", "four months", "duration", 4, 4, "months", Y, "ale advance minimum"),
 ("e-10k", E, "more than 10,000 property owners", "10,000", "count", 10000, 10000, "properties", Y, "properties in federal debris program"),
 ("e-jan2", E, "As of Jan. 2, the city", "Jan. 2", "date", 2026, 2026, "year", N, "as-of"),
 ("e-1153", E, "had issued 1,153 rebuilding", "1,153", "count", 1153, 1153, "permits", Y, "city of la rebuild permits issued as of jan 2 2026"),
 ("e-3000", E, "about 3,000 applications", "3,000", "count", 3000, 3000, "applications", Y, "city of la rebuild applications"),
 ("e-340", E, "roughly 340 homes", "340", "count", 340, 340, "homes", Y, "city homes under construction"),
 ("e-2900", E, "about 2,900 applications", "2,900", "count", 2900, 2900, "applications", Y, "county rebuild applications"),
 ("e-17", E, "issued just 17 permits", "17", "count", 17, 17, "permits", Y, "malibu permits issued"),

 # ---- WF05 blog (2025-08-20)
 ("b-pub", B, "August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-june", B, "Altadena, in June.", "June", "date", 2025, 2025, "year", N, "caption"),
 ("b-7mo", B, "Seven months after", "Seven months", "duration", 7, 7, "months", N, "intro"),
 ("b-two", B, "The two fires, driven", "two", "count", 2, 2, "fires", N, "aside"),
 ("b-160", B, "gusting to 160 mph", "160 mph", "speed", 160, 160, "mph", Y, "peak gusts jan 7 windstorm"),
 ("b-16k", B, "more than 16,000 structures", "16,000", "count", 16000, 16000, "structures", Y, "structures destroyed, both fires"),
 ("b-29", B, "still stands at 29", "29", "count", 29, 29, "deaths", Y, "total direct deaths (current, aug 2025)"),
 ("b-moodys", B, "losses at $20 billion to $30 billion", "$20 billion to $30 billion", "money", 20*BN, 30*BN, "USD", Y, "moody's rms insured loss estimate"),
 ("b-corel", B, "CoreLogic at $35 billion to $45 billion", "$35 billion to $45 billion", "money", 35*BN, 45*BN, "USD", Y, "corelogic insured loss estimate"),
 ("b-verisk", B, "Verisk at $20 billion to $25 billion", "$20 billion to $25 billion", "money", 20*BN, 25*BN, "USD", Y, "verisk insured loss estimate (both fires)"),
 ("b-2018", B, "the 2018 Camp Fire", "2018", "date", 2018, 2018, "year", N, "other event"),
 ("b-10b", B, "roughly $10 billion", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "camp fire insured loss"),
 ("b-accu", B, "larger $250 billion to $275 billion", "$250 billion to $275 billion", "money", 250*BN, 275*BN, "USD", Y, "accuweather total damage and economic loss (latest)"),
 ("b-feb5", B, "By Feb. 5, policyholders", "Feb. 5", "date", 2025, 2025, "year", N, "as-of"),
 ("b-33717", B, "filed 33,717 claims", "33,717", "count", 33717, 33717, "claims", Y, "insurance claims filed as of feb 5"),
 ("b-69", B, "paid more than $6.9 billion", "$6.9 billion", "money", 6.9*BN, 6.9*BN, "USD", Y, "insurance claims paid as of feb 5"),
 ("b-5597", B, "came to 5,597", "5,597", "count", 5597, 5597, "claims", Y, "auto claims as of feb 5"),
 ("b-73m", B, "$73 million paid", "$73 million", "money", 73*MN, 73*MN, "USD", Y, "auto claims paid"),
 ("b-cap", B, "January to February 2025", "January to February 2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-112", B, "more than $112 billion of exposure", "$112 billion", "money", 112*BN, 112*BN, "USD", Y, "fair plan exposure in la county"),
 ("b-35", B, "about 35% of its total", "35%", "percent", 35, 35, "%", Y, "fair plan la county share of portfolio"),
 ("b-30", B, "advance 30% of your dwelling", "30%", "percent", 30, 30, "%", Y, "contents advance share of dwelling limit"),
 ("b-250k", B, "up to $250,000, without", "$250,000", "money", 250000, 250000, "USD", Y, "contents advance cap"),
 ("b-4mo", B, "at least four months of additional", "four months", "duration", 4, 4, "months", Y, "ale advance minimum"),
 ("b-900k", B, "a $900,000 dwelling limit", "$900,000", "money", 900000, 900000, "USD", N, "worked example"),
 ("b-250kex", B, "would be $250,000, because", "$250,000", "money", 250000, 250000, "USD", N, "worked example"),
 ("b-30ex", B, "because 30% of", "30%", "percent", 30, 30, "%", N, "worked example"),
 ("b-900kb", B, "30% of $900,000 is", "$900,000", "money", 900000, 900000, "USD", N, "worked example"),
 ("b-270k", B, "is $270,000", "$270,000", "money", 270000, 270000, "USD", N, "worked example"),
 ("b-2020", B, "since 2020", "2020", "date", 2020, 2020, "year", N, "aside"),
 ("b-3yr", B, "reviewed in three years", "three years", "duration", 3, 3, "years", N, "advice"),
 ("b-feb", B, "In February, Governor", "February", "date", 2025, 2025, "year", Y, "newsom aid request date"),
 ("b-396", B, "for $39.6 billion", "$39.6 billion", "money", 39.6*BN, 39.6*BN, "USD", Y, "newsom aid request total"),
 ("b-6mo", B, "Six months later", "Six months", "duration", 6, 6, "months", N, "aside"),
 ("b-three", B, "My three takeaways", "three", "count", 3, 3, "takeaways", N, "furniture"),

 # ---- WF06 local (2026-01-08), hard-wrapped
 ("l-pub", L, "Thursday, January 8, 2026", "January 8, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-hyear", L, "A year after the Eaton fire, Altadena", "A year", "duration", 1, 1, "years", N, "headline"),
 ("l-71", L, "Loretta Haynes, 71,", "71", "age", 71, 71, "years", N, "interviewee age"),
 ("l-three", L, "raised three children", "three", "count", 3, 3, "children", N, "aside"),
 ("l-inyear", L, "on this block in a year", "a year", "duration", 1, 1, "years", N, "quote"),
 ("l-wed", L, "Wednesday marked one year", "Wednesday", "date", 2026, 2026, "year", N, "anniversary"),
 ("l-1yr", L, "marked one year since", "one year", "duration", 1, 1, "years", N, "anniversary"),
 ("l-jan7", L, "evening of Jan. 7 last year", "Jan. 7 last year", "date", 2025, 2025, "year", Y, "ignition date"),
 ("l-100", L, "gusts near 100 mph", "100 mph", "speed", 100, 100, "mph", Y, "peak gusts jan 7 windstorm"),
 ("l-eacres", L, "It burned 14,021 acres", "14,021", "count", 14021, 14021, "acres", Y, "eaton final acreage"),
 ("l-edest", L, "destroyed 9,418 structures", "9,418", "count", 9418, 9418, "structures", Y, "eaton structures destroyed (final)"),
 ("l-edam", L, "damaged 1,074 more", "1,074", "count", 1074, 1074, "structures", Y, "eaton structures damaged (final)"),
 ("l-19", L, "killed 19 people", "19", "count", 19, 19, "deaths", Y, "eaton deaths (final)"),
 ("l-century", L, "in nearly a century", "a century", "duration", 100, 100, "years", N, "aside"),
 ("l-31", L, "together killed 31", "31", "count", 31, 31, "deaths", Y, "total direct deaths (final)"),
 ("l-pdest", L, "destroyed 7,854 structures", "7,854", "count", 7854, 7854, "structures", Y, "palisades structures destroyed (final)"),
 ("l-jul", L, "was found in July", "July", "date", 2025, 2025, "year", N, "last remains found"),
 ("l-74", L, "a 74-year-old man", "74", "age", 74, 74, "years", N, "missing man's age"),
 ("l-jan16", L, "On Jan. 16 last year", "Jan. 16 last year", "date", 2025, 2025, "year", N, "as-of"),
 ("l-55", L, "was 55% contained", "55%", "percent", 55, 55, "%", Y, "eaton containment jan 16"),
 ("l-45", L, "up from 45% a day", "45%", "percent", 45, 45, "%", Y, "eaton containment jan 15"),
 ("l-dayearl", L, "45% a day earlier", "a day earlier", "date", 2025, 2025, "year", N, "as-of (jan 15)"),
 ("l-192k", L, "nearly 192,000 people", "192,000", "count", 192000, 192000, "people", Y, "people under evacuation orders at peak"),
 ("l-10k", L, "More than 10,000 property owners", "10,000", "count", 10000, 10000, "properties", Y, "properties in federal debris program"),
 ("l-summer", L, "cleared by the summer", "summer", "date", 2025, 2025, "year", N, "vague"),
 ("l-1153", L, "approved 1,153 rebuilding", "1,153", "count", 1153, 1153, "permits", Y, "county rebuild permits issued as of jan 2 2026"),
 ("l-2900", L, "about 2,900 applications", "2,900", "count", 2900, 2900, "applications", Y, "county rebuild applications"),
 ("l-jan2", L, "as of Jan. 2,", "Jan. 2", "date", 2026, 2026, "year", N, "as-of"),
 ("l-1440", L, "issued 1,440 permits", "1,440", "count", 1440, 1440, "permits", Y, "city of la rebuild permits issued as of jan 2 2026"),
 ("l-3000", L, "roughly 3,000 applications", "3,000", "count", 3000, 3000, "applications", Y, "city of la rebuild applications"),
 ("l-julb", L, "change from July, when", "July", "date", 2025, 2025, "year", N, "as-of"),
 ("l-44", L, "only 44 permits", "44", "count", 44, 44, "permits", Y, "eaton-area permits issued, july 2025"),
 ("l-890", L, "out of 890 applications", "890", "count", 890, 890, "applications", Y, "eaton-area applications, july 2025"),
 ("l-apr", L, "in April last year", "April last year", "date", 2025, 2025, "year", Y, "first county rebuild permit in altadena"),
 ("l-yrs", L, "drawn up years earlier", "years", "duration", None, None, "years", N, "vague"),
 ("l-90", L, "pay 90% of emergency", "90%", "percent", 90, 90, "%", Y, "federal cost share pledged"),
 ("l-180", L, "costs for 180 days", "180 days", "duration", 180, 180, "days", Y, "period of federal cost share"),
 ("l-lastfeb", L, "last February for", "last February", "date", 2025, 2025, "year", Y, "newsom aid request date"),
 ("l-3968", L, "for $39.68 billion", "$39.68 billion", "money", 39.68*BN, 39.68*BN, "USD", Y, "newsom aid request total"),
 ("l-fema", L, "$16.8 billion for FEMA", "$16.8 billion", "money", 16.8*BN, 16.8*BN, "USD", Y, "request: fema"),
 ("l-hud", L, "$5.29 billion from the Department", "$5.29 billion", "money", 5.29*BN, 5.29*BN, "USD", Y, "request: hud"),
 ("l-23", L, "about two-thirds of the cost", "two-thirds", "percent", 66.7, 66.7, "%", N, "interviewee insurance share"),
 ("l-71b", L, "At 71, that's", "71", "age", 71, 71, "years", N, "quote"),
 ("l-sat", L, "planned for Saturday morning", "Saturday", "date", 2026, 2026, "year", N, "event"),

 # ---- WF07 fact-check (2025-08-12)
 ("f-h440", F, "kill 440 people while", "440", "count", 440, 440, "deaths", N, "post claim (headline)"),
 ("f-pub", F, "Fact Check · August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c440", F, "killed 440 people, not 31", "440", "count", 440, 440, "deaths", N, "post claim"),
 ("f-c31", F, "440 people, not 31", "31", "count", 31, 31, "deaths", N, "post claim"),
 ("f-9000", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-aug6a", F, "since Aug. 6)", "Aug. 6", "date", 2025, 2025, "year", N, "virality"),
 ("f-v440", F, "The 440 figure is a researchers'", "440", "count", 440, 440, "deaths", N, "verdict repeat"),
 ("f-31", F, "attributes 31 deaths", "31", "count", 31, 31, "deaths", Y, "total direct deaths (current, aug 2025)"),
 ("f-19", F, "fires: 19 in the Eaton", "19", "count", 19, 19, "deaths", Y, "eaton deaths (final)"),
 ("f-12", F, "12 in the Palisades fire. The first", "12", "count", 12, 12, "deaths", Y, "palisades deaths"),
 ("f-29", F, "The first 29 victims", "29", "count", 29, 29, "deaths", Y, "deaths confirmed in january 2025"),
 ("f-jan", F, "were confirmed in January", "January", "date", 2025, 2025, "year", N, "as-of"),
 ("f-30th", F, "A 30th, an Eaton", "30th", "count", 30, 30, "deaths", N, "cumulative toll after apr 2"),
 ("f-apr2", F, "confirmed on April 2 after", "April 2", "date", 2025, 2025, "year", Y, "30th death confirmed"),
 ("f-31st", F, "and a 31st on", "31st", "count", 31, 31, "deaths", N, "cumulative toll after jul 22"),
 ("f-jul22", F, "31st on July 22", "July 22", "date", 2025, 2025, "year", Y, "31st death confirmed"),
 ("f-74", F, "a 74-year-old man", "74", "age", 74, 74, "years", N, "missing man's age"),
 ("f-h440b", F, "Where 440 comes from", "440", "count", 440, 440, "deaths", N, "section heading"),
 ("f-aug6", F, "On Aug. 6, researchers", "Aug. 6", "date", 2025, 2025, "year", Y, "jama research letter date"),
 ("f-440", F, "estimating 440 excess", "440", "count", 440, 440, "deaths", Y, "excess deaths"),
 ("f-period", F, "between Jan. 5 and Feb. 1", "Jan. 5 and Feb. 1", "date", 2025, 2025, "year", N, "excess-death study period"),
 ("f-6371", F, "the 6,371 deaths", "6,371", "count", 6371, 6371, "deaths", Y, "la county deaths jan 5-feb 1 2025 observed"),
 ("f-5931", F, "with the 5,931 that", "5,931", "count", 5931, 5931, "deaths", Y, "expected deaths"),
 ("f-2018", F, "same weeks of 2018, 2019", "2018", "date", 2018, 2018, "year", Y, "excess-death baseline year"),
 ("f-2019", F, "2018, 2019 and 2024", "2019", "date", 2019, 2019, "year", Y, "excess-death baseline year"),
 ("f-2024", F, "2019 and 2024; they", "2024", "date", 2024, 2024, "year", Y, "excess-death baseline year (third)"),
 ("f-2023", F, "2020 through 2023", "2020 through 2023", "date", 2020, 2023, "year", N, "excluded years"),
 ("f-7", F, "nearly 7%", "7%", "percent", 7, 7, "%", Y, "excess as % of expected"),
 ("f-n440", F, "say that 440 people died", "440", "count", 440, 440, "deaths", N, "negated repeat"),
 ("f-edest", F, "show 9,481 structures", "9,481", "count", 9481, 9481, "structures", Y, "eaton structures destroyed (final)"),
 ("f-pdest", F, "and 6,837 by the Palisades", "6,837", "count", 6837, 6837, "structures", Y, "palisades structures destroyed (final)"),
 ("f-500", F, "sending 500 federal firefighters", "500", "count", 500, 500, "firefighters", Y, "federal firefighters sent by biden"),
 ("f-30", F, "more than 30 federal aircraft", "30", "count", 30, 30, "aircraft", Y, "federal firefighting aircraft"),
 ("f-jan8", F, "declaration on Jan. 8, 2024", "Jan. 8, 2024", "date", 2024, 2024, "year", Y, "major disaster declaration date"),
 ("f-100", F, "would cover 100% of the cost", "100%", "percent", 100, 100, "%", Y, "federal cost share pledged"),
 ("f-180", F, "pay for 180 days, more", "180 days", "duration", 180, 180, "days", Y, "period of 100% federal share"),
 ("f-90", F, "more than the 90% Governor", "90%", "percent", 90, 90, "%", Y, "federal share newsom requested"),
 ("f-feb21", F, "On Feb. 21, 2025, Newsom", "Feb. 21, 2025", "date", 2025, 2025, "year", Y, "newsom aid request date"),
 ("f-3968", F, "for $39.68 billion", "$39.68 billion", "money", 39.68*BN, 39.68*BN, "USD", Y, "newsom aid request total"),
 ("f-jan27", F, "by Jan. 27 they", "Jan. 27", "date", 2025, 2025, "year", N, "as-of"),
 ("f-69", F, "paid $6.9 billion on claims", "$6.9 billion", "money", 6.9*BN, 6.9*BN, "USD", Y, "insurance claims paid as of jan 27"),
 ("f-r31", F, "The official toll of 31", "31", "count", 31, 31, "deaths", Y, "total direct deaths (ruling)"),
 ("f-r440", F, "The 440 figure is a statistical", "440", "count", 440, 440, "deaths", N, "ruling repeat"),
 ("f-hund", F, "sent hundreds of firefighters", "hundreds", "count", None, None, "firefighters", N, "vague"),
 ("f-r180", F, "response for 180 days", "180 days", "duration", 180, 180, "days", Y, "period of 100% federal share (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 official direct death toll in Aug 2025: 29 (interim) vs 31
 ("b-29", "f-31", S), ("b-29", "f-r31", S), ("b-29", "a-31", S), ("b-29", "e-31", S), ("b-29", "l-31", S),
 # S2 Palisades structures destroyed: 7,854 (destroyed+damaged) vs 6,837
 ("l-pdest", "w-pdest", S), ("l-pdest", "p-pdest", S), ("l-pdest", "a-p6837", S), ("l-pdest", "e-pdest", S), ("l-pdest", "f-pdest", S),
 # S3 Eaton structures destroyed: 9,481 (transposed) vs 9,418
 ("f-edest", "w-edest", S), ("f-edest", "p-edest", S), ("f-edest", "a-e9418", S), ("f-edest", "e-edest", S), ("f-edest", "l-edest", S),
 # S4 Eaton final acreage: 14,117 (pre-revision) vs 14,021
 ("p-eacres", "w-eacres", S), ("p-eacres", "w-14021b", S), ("p-eacres", "a-eacres", S), ("p-eacres", "e-eacres", S), ("p-eacres", "l-eacres", S),
 # S5 Eaton containment Jan 16: 45% (Jan 15 figure) vs 55%
 ("w-45", "l-55", S),
 # S6 FAIR Plan LA County share of exposure: 35% vs 23%
 ("b-35", "p-23", S),
 # S7 federal cost share pledged: 90% (the request) vs 100%
 ("l-90", "w-100pct", S), ("l-90", "e-100pct", S), ("l-90", "f-100", S),
 # S8 evacuation orders Jan 9: 200,000 (warnings figure) vs ~180,000
 ("w-200k", "e-180k", S),
 # S9 claims filed as of Feb 5: 31,210 (Jan 27 cut) vs 33,717
 ("p-31210", "b-33717", S),
 # S10 City of LA rebuild permits as of Jan 2 2026: 1,153 (county's figure) vs 1,440
 ("e-1153", "l-1440", S),
 # S11 federal firefighters sent: 500 vs 400
 ("f-500", "w-400", S),
 # S12 HUD request: $5.29B (SBA figure) vs $9.9B
 ("l-hud", "e-hud", S),
 # S13 Verisk insured estimate (both fires): $20-25B (Palisades only) vs $28-35B
 ("b-verisk", "p-verisk", S), ("b-verisk", "a-verisk", S),
 # S14 claims paid as of Jan 27: $6.9B (Feb 5 cut) vs $4.2B
 ("f-69", "w-42", S),
 # S15 AccuWeather latest estimate: $52-57B (superseded Jan 8 figure) vs $250-275B
 ("p-accu", "w-accu", S), ("p-accu", "e-accu", S), ("p-accu", "b-accu", S),
 # S16 disaster declaration: Jan 8, 2024 vs Jan 8 (2025)
 ("f-jan8", "w-jan8", S), ("f-jan8", "e-jan8", S),
 # S17 Newsom request date: "February this year" (2026) vs Feb 2025
 ("e-feb", "f-feb21", S), ("e-feb", "b-feb", S), ("e-feb", "l-lastfeb", S),
 # S18 period of 100% federal share: 90 days vs 180 days
 ("e-90d", "w-180", S), ("e-90d", "f-180", S), ("e-90d", "f-r180", S), ("e-90d", "l-180", S),
 # S19 peak gusts: 160 mph (km/h figure as mph) vs 100 mph
 ("b-160", "w-100mph", S), ("b-160", "a-100", S), ("b-160", "e-100", S), ("b-160", "l-100", S),
 # S20 third baseline year of the excess-death study: 2023 vs 2024
 ("a-2023", "f-2024", S),
 # Qualified
 ("e-pacres", "w-pacres", Q), ("e-pacres", "p-pacres", Q), ("e-pacres", "a-pacres", Q),
 ("l-edam", "w-edam", Q), ("l-edam", "a-e1073", Q),
 ("b-396", "f-3968", Q), ("b-396", "l-3968", Q),
 ("l-192k", "w-200k", Q), ("l-192k", "e-180k", Q),
 ("a-ucla75", "w-ins", Q), ("a-ucla75", "e-ins", Q),
 ("b-160", "a-161", Q),
 ("a-2023", "f-2023", Q),
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
            lo = round(lo, 6); lo = int(lo) if lo == int(lo) and abs(lo) >= 1000 else lo
        if isinstance(hi, float):
            hi = round(hi, 6); hi = int(hi) if hi == int(hi) and abs(hi) >= 1000 else hi
        rows.append({"type": "claim", "id": f"wf-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"wf-{a}", f"wf-{b}"
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
