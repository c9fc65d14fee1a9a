#!/usr/bin/env python3
"""Build crowdstrike-outage.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "crowdstrike-outage")
OUT = os.path.join(HERE, "crowdstrike-outage.gold.jsonl")
T = "crowdstrike-outage"

W, P, A, E, B, L, F = ("CS01_wire.txt", "CS02_press.txt", "CS03_abstract.txt",
                       "CS04_explainer.txt", "CS05_blog.txt", "CS06_local.txt", "CS07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000; MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CS01 wire (2024-07-22, Monday)
 ("w-dl", W, "AUSTIN, Texas, July 22", "July 22", "date", 2024, 2024, "year", N, "dateline"),
 ("w-135", W, "fell another 13.5% on Monday", "13.5%", "percent", 13.5, 13.5, "%", Y, "crwd decline jul 22 (day)"),
 ("w-mon1", W, "13.5% on Monday, closing", "Monday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-26391", W, "closing at $263.91", "$263.91", "money", 263.91, 263.91, "USD", Y, "crwd close jul 22"),
 ("w-fri1", W, "around the world on Friday and left", "Friday", "date", 2024, 2024, "year", Y, "outage date"),
 ("w-111", W, "an 11.1% drop on Friday", "11.1%", "percent", 11.1, 11.1, "%", Y, "crwd decline jul 19 (close)"),
 ("w-fri2", W, "11.1% drop on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-30496", W, "closed at $304.96", "$304.96", "money", 304.96, 304.96, "USD", Y, "crwd close jul 19"),
 ("w-thu", W, "had ended Thursday at", "Thursday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-34305", W, "Thursday at $343.05", "$343.05", "money", 343.05, 343.05, "USD", Y, "crwd close jul 18"),
 ("w-mcap", W, "about $83.48 billion", "$83.48 billion", "money", 83.48 * BN, 83.48 * BN, "USD", Y, "crwd market value jul 18"),
 ("w-two", W, "Over the two sessions", "two", "count", 2, 2, "sessions", N, "timepoint"),
 ("w-23", W, "has lost about 23%", "23%", "percent", 23, 23, "%", Y, "crwd decline two sessions jul 19-22"),
 ("w-fri3", W, "In early trading on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-15", W, "down nearly 15%", "15%", "percent", 15, 15, "%", Y, "crwd intraday decline jul 19 (early trading)"),
 ("w-sat1", W, "Microsoft said on Saturday", "Saturday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-85m", W, "estimated 8.5 million Windows devices", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("w-lt1", W, "less than 1% of all machines", "1%", "percent", 1, 1, "%", Y, "share of windows machines affected (upper bound)"),
 ("w-mon2", W, "Exchange Commission on Monday", "Monday", "date", 2024, 2024, "year", N, "filing date"),
 ("w-fri4", W, "04:09 UTC on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-78", W, "available for 78 minutes", "78 minutes", "duration", 78, 78, "minutes", Y, "time faulty update was live"),
 ("w-feb23", W, "released in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "sensor 7.11 release date"),
 ("w-15x", W, "as many as 15 times", "15", "count", 15, 15, "reboots", Y, "azure vm reboots needed"),
 ("w-5168", W, "counted 5,168 cancellations", "5,168", "count", 5168, 5168, "flights", Y, "global flight cancellations jul 19 (flightaware)"),
 ("w-fri5", W, "cancellations worldwide on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-45812", W, "and 45,812 delays", "45,812", "count", 45812, 45812, "flights", Y, "global delays jul 19 (flightaware)"),
 ("w-3400", W, "About 3,400 of the cancelled", "3,400", "count", 3400, 3400, "flights", Y, "us flight cancellations jul 19"),
 ("w-1200", W, "more than 1,200 U.S. flights", "1,200", "count", 1200, 1200, "flights", Y, "us cancellations by midday jul 21"),
 ("w-sun", W, "by midday on Sunday", "Sunday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-d31", W, "about 31% of its Friday schedule", "31%", "percent", 31, 31, "%", Y, "delta share cancelled jul 19 (flightaware)"),
 ("w-fri6", W, "31% of its Friday schedule", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-d10", W, "about 10% of its flights on Saturday", "10%", "percent", 10, 10, "%", Y, "delta share cancelled jul 20 (flightaware)"),
 ("w-sat2", W, "10% of its flights on Saturday", "Saturday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-u22", W, "United cancelled 22%", "22%", "percent", 22, 22, "%", Y, "united share cancelled jul 19"),
 ("w-fri7", W, "mainline flights on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-u7", W, "about 7% on Saturday", "7%", "percent", 7, 7, "%", Y, "united share cancelled jul 20"),
 ("w-sat3", W, "7% on Saturday", "Saturday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-fri8", W, "by Friday afternoon", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-fri9", W, "initial reaction on Friday", "Friday", "date", 2024, 2024, "year", N, "quote"),
 ("w-10pl", W, "seeing a 10%+ pullback", "10%", "percent", 10, 10, "%", N, "quote"),
 ("w-fri10", W, "in a post on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-mon3", W, "asked Kurtz on Monday", "Monday", "date", 2024, 2024, "year", N, "letter date"),
 ("w-fri11", W, "slightly lower on Friday", "Friday", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-hund", W, "deployed hundreds of engineers", "hundreds", "count", None, None, "engineers", N, "vague"),

 # ---- CS02 press (2024-08-09)
 ("p-h15", P, "Well Below $1.5 Billion", "$1.5 Billion", "money", 1.5 * BN, 1.5 * BN, "USD", N, "headline repeat"),
 ("p-hjul19", P, "on the July 19 Falcon Sensor Outage", "July 19", "date", 2024, 2024, "year", N, "headline"),
 ("p-h3wk", P, "three weeks after the largest", "three weeks", "duration", 3, 3, "weeks", N, "subtitle"),
 ("p-dl", P, "Aug. 9, 2024", "Aug. 9, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-jul19", P, "outage of July 19, 2024, caused", "July 19, 2024", "date", 2024, 2024, "year", Y, "outage date"),
 ("p-85m", P, "estimated that 8.5 million", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("p-99", P, "approximately 99% of Windows sensors", "99%", "percent", 99, 99, "%", Y, "sensors back online as of jul 25"),
 ("p-jul25", P, "back online as of July 25", "July 25", "date", 2024, 2024, "year", N, "as-of"),
 ("p-tue", P, "published on Tuesday", "Tuesday", "date", 2024, 2024, "year", Y, "root cause analysis publication date"),
 ("p-54b", P, "excluding Microsoft, is $5.4 billion", "$5.4 billion", "money", 5.4 * BN, 5.4 * BN, "USD", Y, "parametrix f500 direct loss"),
 ("p-quarter", P, "A quarter of the Fortune 500", "A quarter", "percent", 25, 25, "%", Y, "share of f500 affected"),
 ("p-125", P, "or 125 companies", "125", "count", 125, 125, "companies", Y, "f500 companies affected"),
 ("p-1020", P, "no more than 10% to 20%", "10% to 20%", "percent", 10, 20, "%", Y, "insured share of f500 loss"),
 ("p-ins", P, "$540 million to $1.08 billion, because", "$540 million to $1.08 billion", "money", 540 * MN, 1.08 * BN, "USD", Y, "parametrix insured loss"),
 ("p-hc", P, "estimated $1.938 billion", "$1.938 billion", "money", 1.938 * BN, 1.938 * BN, "USD", Y, "healthcare f500 loss"),
 ("p-bk", P, "banks $1.149 billion", "$1.149 billion", "money", 1.149 * BN, 1.149 * BN, "USD", Y, "banking f500 loss"),
 ("p-57", P, "carry 57% of the loss", "57%", "percent", 57, 57, "%", Y, "healthcare+banking share of loss"),
 ("p-20rev", P, "only 20% of Fortune 500 revenues", "20%", "percent", 20, 20, "%", Y, "healthcare+banking share of revenue"),
 ("p-six", P, "The six Fortune 500 airlines", "six", "count", 6, 6, "airlines", Y, "f500 airlines"),
 ("p-860", P, "approximately $860 million", "$860 million", "money", 860 * MN, 860 * MN, "USD", Y, "f500 airlines loss"),
 ("p-44", P, "loss is $44 million per company", "$44 million", "money", 44 * MN, 44 * MN, "USD", Y, "weighted average loss per affected company"),
 ("p-6m", P, "from $6 million for manufacturers", "$6 million", "money", 6 * MN, 6 * MN, "USD", Y, "manufacturing average loss"),
 ("p-143", P, "to $143 million for airlines", "$143 million", "money", 143 * MN, 143 * MN, "USD", Y, "airline average loss"),
 ("p-cc", P, "market at $400 million to $1.5 billion", "$400 million to $1.5 billion", "money", 400 * MN, 1.5 * BN, "USD", Y, "cybercube insured loss"),
 ("p-310", P, "equal to 3% to 10% of", "3% to 10%", "percent", 3, 10, "%", Y, "cybercube loss ratio impact"),
 ("p-15b", P, "roughly $15 billion in global", "$15 billion", "money", 15 * BN, 15 * BN, "USD", Y, "global cyber premiums"),
 ("p-rp", P, "between a 1-in-2 and a 1-in-6 year", "1-in-2 and a 1-in-6 year", "duration", 2, 6, "years", N, "return period"),
 ("p-096", P, "upper bound of $0.96 billion", "$0.96 billion", "money", 0.96 * BN, 0.96 * BN, "USD", Y, "coalition us cyber market loss upper bound"),
 ("p-5582", P, "5,582 flights had been cancelled", "5,582", "count", 5582, 5582, "flights", Y, "global flight cancellations jul 19 (cirium, by 6pm et)"),
 ("p-jul19b", P, "Eastern time on July 19", "July 19", "date", 2024, 2024, "year", N, "as-of"),
 ("p-5pct", P, "about 5% of the day's schedule", "5%", "percent", 5, 5, "%", Y, "global share cancelled jul 19"),
 ("p-thu", P, "securities filing on Thursday", "Thursday", "date", 2024, 2024, "year", N, "delta filing date"),
 ("p-7000", P, "roughly 7,000 cancellations", "7,000", "count", 7000, 7000, "flights", Y, "delta flights cancelled (total)"),
 ("p-5d", P, "over five days would cost", "five days", "duration", 5, 5, "days", Y, "delta disruption length"),
 ("p-550", P, "cost it about $550 million", "$550 million", "money", 550 * MN, 550 * MN, "USD", Y, "delta total cost (aug filing)"),
 ("p-380", P, "a $380 million hit", "$380 million", "money", 380 * MN, 380 * MN, "USD", Y, "delta revenue hit"),
 ("p-170", P, "and $170 million in additional", "$170 million", "money", 170 * MN, 170 * MN, "USD", Y, "delta extra expenses"),
 ("p-50", P, "about $50 million of lower fuel", "$50 million", "money", 50 * MN, 50 * MN, "USD", Y, "delta fuel savings"),
 ("p-13m", P, "said 1.3 million customers", "1.3 million", "count", 1.3 * MN, 1.3 * MN, "customers", Y, "delta customers affected"),
 ("p-25", P, "lost more than 25% in the first", "25%", "percent", 25, 25, "%", Y, "crwd decline first two sessions (s&p)"),
 ("p-two", P, "first two trading sessions", "two", "count", 2, 2, "sessions", N, "timepoint"),
 ("p-jul18", P, "their level of July 18", "July 18", "date", 2024, 2024, "year", N, "reference date"),
 ("p-aug20", P, "webinar on the briefing on August 20", "August 20", "date", 2024, 2024, "year", N, "webinar date"),
 ("p-2003", P, "founded in 2003", "2003", "date", 2003, 2003, "year", N, "about section"),

 # ---- CS03 abstract (2025-03-18)
 ("a-pub", A, "Published online 18 March 2025", "18 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tjul19", A, "after the 19 July 2024 CrowdStrike", "19 July 2024", "date", 2024, 2024, "year", N, "title"),
 ("a-jul19", A, "Background: On 19 July 2024", "19 July 2024", "date", 2024, 2024, "year", Y, "outage date"),
 ("a-85m", A, "Microsoft estimated that 8.5 million", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("a-sep24", A, "hearing on 24 September 2024", "24 September 2024", "date", 2024, 2024, "year", Y, "congressional hearing date"),
 ("a-oct24", A, "filed in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "delta lawsuit filing date"),
 ("a-list", A, "the 2024 US Fortune 500 list", "2024", "date", 2024, 2024, "year", N, "list year"),
 ("a-N", A, "N = 500", "500", "count", 500, 500, "companies", Y, "companies analysed"),
 ("a-jul18", A, "from 18 July to 19 July", "18 July", "date", 2024, 2024, "year", N, "window"),
 ("a-jul19m", A, "to 19 July and to 22 July", "19 July", "date", 2024, 2024, "year", N, "window"),
 ("a-jul22m", A, "and to 22 July 2024", "22 July 2024", "date", 2024, 2024, "year", N, "window"),
 ("a-of500", A, "Of the 500 companies", "500", "count", 500, 500, "companies", N, "repeat"),
 ("a-125", A, "n=125 were affected", "125", "count", 125, 125, "companies", Y, "f500 companies affected"),
 ("a-25", A, "(25.0%, 95% CI", "25.0%", "percent", 25.0, 25.0, "%", Y, "share of f500 affected"),
 ("a-25ci", A, "21.4–29.0", "21.4–29.0", "percent", 21.4, 29.0, "%", Y, "ci"),
 ("a-6air", A, "All 6 airlines", "6", "count", 6, 6, "airlines", Y, "f500 airlines affected"),
 ("a-119", A, "with 119 of 494", "119", "count", 119, 119, "companies", Y, "other companies affected"),
 ("a-494", A, "119 of 494 other", "494", "count", 494, 494, "companies", Y, "other companies"),
 ("a-241", A, "(24.1%; P", "24.1%", "percent", 24.1, 24.1, "%", Y, "share of non-airline companies affected"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-54b", A, "total direct loss was $5.4 billion", "$5.4 billion", "money", 5.4 * BN, 5.4 * BN, "USD", Y, "parametrix f500 direct loss"),
 ("a-hc", A, "Healthcare ($1.938 billion)", "$1.938 billion", "money", 1.938 * BN, 1.938 * BN, "USD", Y, "healthcare f500 loss"),
 ("a-bk", A, "banking ($1.149 billion)", "$1.149 billion", "money", 1.149 * BN, 1.149 * BN, "USD", Y, "banking f500 loss"),
 ("a-57", A, "accounted for 57% of the loss", "57%", "percent", 57, 57, "%", Y, "healthcare+banking share of loss"),
 ("a-20rev", A, "only 20% of Fortune 500 revenue", "20%", "percent", 20, 20, "%", Y, "healthcare+banking share of revenue"),
 ("a-34t", A, "($3.4 trillion across", "$3.4 trillion", "money", 3.4e12, 3.4e12, "USD", Y, "manufacturing revenue"),
 ("a-130", A, "across 130 companies", "130", "count", 130, 130, "companies", Y, "manufacturing companies"),
 ("a-36", A, "lost $36 million in total", "$36 million", "money", 36 * MN, 36 * MN, "USD", Y, "manufacturing total loss"),
 ("a-six", A, "The six airlines lost", "six", "count", 6, 6, "airlines", N, "repeat"),
 ("a-680", A, "airlines lost $680 million", "$680 million", "money", 680 * MN, 680 * MN, "USD", Y, "f500 airlines loss"),
 ("a-1871", A, "revenue of $187.1 billion", "$187.1 billion", "money", 187.1 * BN, 187.1 * BN, "USD", Y, "f500 airlines revenue"),
 ("a-44", A, "affected company was $44 million", "$44 million", "money", 44 * MN, 44 * MN, "USD", Y, "weighted average loss per affected company"),
 ("a-6143", A, "$6 million to $143 million", "$6 million to $143 million", "money", 6 * MN, 143 * MN, "USD", Y, "range of sector average losses"),
 ("a-1020", A, "insured share of 10% to 20%", "10% to 20%", "percent", 10, 20, "%", Y, "insured share of f500 loss"),
 ("a-ins", A, "insured losses were $540 million to $1.08 billion", "$540 million to $1.08 billion", "money", 540 * MN, 1.08 * BN, "USD", Y, "parametrix insured loss"),
 ("a-34305", A, "fell from $343.05", "$343.05", "money", 343.05, 343.05, "USD", Y, "crwd close jul 18"),
 ("a-30496", A, "to $304.96 on 19 July", "$304.96", "money", 304.96, 304.96, "USD", Y, "crwd close jul 19"),
 ("a-jul19r", A, "$304.96 on 19 July", "19 July", "date", 2024, 2024, "year", N, "timepoint"),
 ("a-111", A, "(−11.1%)", "−11.1%", "percent", -11.1, -11.1, "%", Y, "crwd change jul 19 (close)"),
 ("a-26391", A, "to $263.91 on 22 July", "$263.91", "money", 263.91, 263.91, "USD", Y, "crwd close jul 22"),
 ("a-jul22r", A, "$263.91 on 22 July", "22 July", "date", 2024, 2024, "year", N, "timepoint"),
 ("a-135", A, "(−13.5% on the day)", "−13.5%", "percent", -13.5, -13.5, "%", Y, "crwd change jul 22 (day)"),
 ("a-twos", A, "over the two sessions was", "two", "count", 2, 2, "sessions", N, "timepoint"),
 ("a-231", A, "sessions was −23.1%", "−23.1%", "percent", -23.1, -23.1, "%", Y, "crwd change two sessions"),
 ("a-mcap", A, "market value of $83.48 billion", "$83.48 billion", "money", 83.48 * BN, 83.48 * BN, "USD", Y, "crwd market value jul 18"),
 ("a-first2", A, "in the first two sessions", "two", "count", 2, 2, "sessions", N, "timepoint"),
 ("a-several", A, "was several times larger", "several times", "ratio", None, None, "x", N, "vague"),
 ("a-rec", A, "Received 12 November 2024", "12 November 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("a-acc", A, "accepted 20 February 2025", "20 February 2025", "date", 2025, 2025, "year", N, "metadata"),

 # ---- CS04 explainer (2025-01-10)
 ("e-upd", E, "Updated January 10, 2025", "January 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jul19", E, "On July 19, 2024, the cybersecurity", "July 19, 2024", "date", 2024, 2024, "year", Y, "outage date"),
 ("e-onefile", E, "Why did one file do", "one", "count", 1, 1, "files", N, "aside"),
 ("e-85m", E, "estimated that 8.5 million", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("e-lt1", E, "less than 1% of all Windows", "1%", "percent", 1, 1, "%", Y, "share of windows machines affected (upper bound)"),
 ("e-1h18", E, "available for an hour and 18 minutes", "an hour and 18 minutes", "duration", 1.3, 1.3, "hours", Y, "time faulty update was live"),
 ("e-aug6", E, "published on August 6 this year", "August 6 this year", "date", 2025, 2025, "year", Y, "root cause analysis publication date"),
 ("e-feb24", E, "sensor update in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "sensor 7.11 release date"),
 ("e-21", E, "defined 21 input fields", "21", "count", 21, 21, "fields", Y, "template input fields defined"),
 ("e-20", E, "supplied only 20", "20", "count", 20, 20, "fields", Y, "input values supplied"),
 ("e-21st", E, "read the 21st field", "21st", "count", 21, 21, "fields", N, "ordinal"),
 ("e-15x", E, "as many as 15 reboots", "15", "count", 15, 15, "reboots", Y, "azure vm reboots needed"),
 ("e-dayafter", E, "the day after the crash", "the day after", "duration", 1, 1, "days", N, "recovery tool timing"),
 ("e-jul25", E, "By July 25, CrowdStrike", "July 25", "date", 2024, 2024, "year", N, "as-of"),
 ("e-97", E, "over 97% of Windows sensors", "97%", "percent", 97, 97, "%", Y, "sensors back online as of jul 25"),
 ("e-250k", E, "roughly 250,000 machines", "250,000", "count", 250000, 250000, "devices", Y, "machines still down jul 25"),
 ("e-5000", E, "More than 5,000 flights", "5,000", "count", 5000, 5000, "flights", Y, "global flight cancellations jul 19"),
 ("e-6000", E, "cancelled about 6,000 flights", "6,000", "count", 6000, 6000, "flights", Y, "delta flights cancelled (total)"),
 ("e-5d", E, "6,000 flights over five days", "five days", "duration", 5, 5, "days", Y, "delta disruption length"),
 ("e-jul23", E, "disruption on July 23", "July 23", "date", 2024, 2024, "year", Y, "dot investigation opened"),
 ("e-54b", E, "at $5.4 billion and found", "$5.4 billion", "money", 5.4 * BN, 5.4 * BN, "USD", Y, "parametrix f500 direct loss"),
 ("e-34q", E, "about three quarters of Fortune 500", "three quarters", "percent", 75, 75, "%", Y, "share of f500 affected"),
 ("e-19b", E, "roughly $1.9 billion", "$1.9 billion", "money", 1.9 * BN, 1.9 * BN, "USD", Y, "healthcare f500 loss"),
 ("e-10b", E, "at $10 billion or more", "$10 billion", "money", 10 * BN, 10 * BN, "USD", Y, "worldwide loss estimate (broad)"),
 ("e-cc", E, "losses at $400 million to $1.5 billion", "$400 million to $1.5 billion", "money", 400 * MN, 1.5 * BN, "USD", Y, "cybercube insured loss"),
 ("e-10uber", E, "a $10 Uber Eats", "$10", "money", 10, 10, "USD", Y, "partner gift card value"),
 ("e-sevq", E, "revenue for several quarters", "several quarters", "duration", None, None, "quarters", N, "vague"),

 # ---- CS05 blog (2024-09-30)
 ("b-h10wk", B, "Ten weeks after 8.5", "Ten weeks", "duration", 10, 10, "weeks", N, "headline"),
 ("b-h85", B, "after 8.5 million blue screens", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", N, "headline repeat"),
 ("b-pub", B, "September 30, 2024", "September 30, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-capjul19", B, "blue error screens on July 19", "July 19", "date", 2024, 2024, "year", N, "caption"),
 ("b-lasttue", B, "Last Tuesday a House", "Last Tuesday", "date", 2024, 2024, "year", Y, "congressional hearing date"),
 ("b-jul19", B, "what went wrong on July 19", "July 19", "date", 2024, 2024, "year", Y, "outage date"),
 ("b-90", B, "live for about 90 minutes", "90 minutes", "duration", 90, 90, "minutes", Y, "time faulty update was live"),
 ("b-85m", B, "count of 8.5 million devices", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("b-97", B, "over 97% of Windows sensors", "97%", "percent", 97, 97, "%", Y, "sensors back online as of jul 25"),
 ("b-jul25", B, "back online as of July 25", "July 25", "date", 2024, 2024, "year", N, "as-of"),
 ("b-6d", B, "six days later", "six days", "duration", 6, 6, "days", N, "aside"),
 ("b-aug6", B, "published on Aug. 6", "Aug. 6", "date", 2024, 2024, "year", Y, "root cause analysis publication date"),
 ("b-21", B, "expected 21 input values", "21", "count", 21, 21, "fields", Y, "template input fields defined"),
 ("b-20", B, "feeding it supplied 20", "20", "count", 20, 20, "fields", Y, "input values supplied"),
 ("b-15", B, "closed down 15% on July 19", "15%", "percent", 15, 15, "%", Y, "crwd decline jul 19 (close)"),
 ("b-jul19c", B, "15% on July 19", "July 19", "date", 2024, 2024, "year", N, "timepoint"),
 ("b-earlyaug", B, "by early August", "early August", "date", 2024, 2024, "year", N, "as-of"),
 ("b-26", B, "lost about 26% of its value", "26%", "percent", 26, 26, "%", Y, "crwd decline to early august"),
 ("b-25b", B, "roughly $25 billion of market", "$25 billion", "money", 25 * BN, 25 * BN, "USD", Y, "crwd market value lost to early august"),
 ("b-aug28", B, "results on Aug. 28", "Aug. 28", "date", 2024, 2024, "year", Y, "q2 results date"),
 ("b-9639", B, "revenue of $963.9 million", "$963.9 million", "money", 963.9 * MN, 963.9 * MN, "USD", Y, "crwd q2 fy25 revenue"),
 ("b-33", B, "up 33% from a year", "33%", "percent", 33, 33, "%", Y, "crwd q2 total revenue growth"),
 ("b-yr", B, "from a year earlier", "a year", "duration", 1, 1, "years", N, "comparison period"),
 ("b-guide", B, "to $3.89 billion to $3.90 billion", "$3.89 billion to $3.90 billion", "money", 3.89 * BN, 3.90 * BN, "USD", Y, "fy25 revenue guidance (after outage)"),
 ("b-guideold", B, "from $3.98 billion to $4.01 billion", "$3.98 billion to $4.01 billion", "money", 3.98 * BN, 4.01 * BN, "USD", Y, "fy25 revenue guidance (before outage)"),
 ("b-30m", B, "shave about $30 million", "$30 million", "money", 30 * MN, 30 * MN, "USD", Y, "ccp revenue impact per quarter"),
 ("b-60m", B, "about $60 million in all", "$60 million", "money", 60 * MN, 60 * MN, "USD", Y, "ccp revenue impact remaining quarters total"),
 ("b-2wk", B, "final two weeks of the quarter", "two weeks", "duration", 2, 2, "weeks", Y, "outage timing within quarter"),
 ("b-chart", B, "CRWD daily close, July 1 to Sept. 27", "July 1 to Sept. 27", "date", 2024, 2024, "year", N, "caption"),
 ("b-10b", B, "Fortune 500 companies at $10 billion", "$10 billion", "money", 10 * BN, 10 * BN, "USD", Y, "parametrix f500 direct loss"),
 ("b-3d", B, "meltdown lasted three days", "three days", "duration", 3, 3, "days", Y, "delta disruption length"),
 ("b-thous", B, "cancel thousands of flights", "thousands", "count", None, None, "flights", N, "vague"),
 ("b-500", B, "pegged the damage at $500 million", "$500 million", "money", 500 * MN, 500 * MN, "USD", Y, "delta cost initial estimate (jul 31)"),
 ("b-augf", B, "airline's August filing", "August", "date", 2024, 2024, "year", N, "filing date"),
 ("b-550", B, "raised that to $550 million", "$550 million", "money", 550 * MN, 550 * MN, "USD", Y, "delta total cost (aug filing)"),
 ("b-jul30", B, "filed in Austin on July 30", "July 30", "date", 2024, 2024, "year", Y, "shareholder suit filing date"),
 ("b-nov22", B, "between November 29, 2022", "November 29, 2022", "date", 2022, 2022, "year", Y, "class period start"),
 ("b-jul29", B, "2022, and July 29, 2024", "July 29, 2024", "date", 2024, 2024, "year", Y, "class period end"),
 ("b-march", B, "without incident since March", "March", "date", 2024, 2024, "year", Y, "template instances first used"),

 # ---- CS06 local (2024-10-28), hard-wrapped
 ("l-pub", L, "Monday, October 28, 2024", "October 28, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-hjuly", L, "Fulton County over July", "July", "date", 2024, 2024, "year", N, "headline"),
 ("l-fri", L, "Superior Court on Friday", "Friday", "date", 2024, 2024, "year", Y, "delta lawsuit filing date"),
 ("l-july1", L, "better part of a week in July", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-500", L, "suffered over $500 million", "$500 million", "money", 500 * MN, 500 * MN, "USD", Y, "delta claimed out-of-pocket losses (complaint)"),
 ("l-jul19", L, "from the July 19 update", "July 19", "date", 2024, 2024, "year", Y, "outage date"),
 ("l-aug1", L, "In August the airline put", "August", "date", 2024, 2024, "year", N, "filing date"),
 ("l-550", L, "cost at about $550 million", "$550 million", "money", 550 * MN, 550 * MN, "USD", Y, "delta total cost (aug filing)"),
 ("l-380", L, "$380 million in lost revenue", "$380 million", "money", 380 * MN, 380 * MN, "USD", Y, "delta revenue hit"),
 ("l-170", L, "and $170 million in extra", "$170 million", "money", 170 * MN, 170 * MN, "USD", Y, "delta extra expenses"),
 ("l-50", L, "roughly $50 million it did not", "$50 million", "money", 50 * MN, 50 * MN, "USD", Y, "delta fuel savings"),
 ("l-58m", L, "estimated 5.8 million Windows", "5.8 million", "count", 5.8 * MN, 5.8 * MN, "devices", Y, "devices affected (microsoft)"),
 ("l-37k", L, "including 37,000 at Delta", "37,000", "count", 37000, 37000, "computers", Y, "delta computers shut down (boies letter)"),
 ("l-aug2", L, "sent CrowdStrike in August", "August", "date", 2024, 2024, "year", N, "letter date"),
 ("l-60", L, "about 60% of the airline's", "60%", "percent", 60, 60, "%", Y, "delta mission-critical apps on windows"),
 ("l-65h", L, "first 65 hours", "65 hours", "duration", 65, 65, "hours", Y, "period crowdstrike only referred delta to website"),
 ("l-7000", L, "Delta cancelled about 7,000 flights", "7,000", "count", 7000, 7000, "flights", Y, "delta flights cancelled (total)"),
 ("l-5d", L, "7,000 flights over five days", "five days", "duration", 5, 5, "days", Y, "delta disruption length"),
 ("l-78", L, "more than 78% of departures", "78%", "percent", 78, 78, "%", Y, "atlanta departures delayed or cancelled jul 19"),
 ("l-jul19b", L, "delayed or cancelled on July 19", "July 19", "date", 2024, 2024, "year", N, "timepoint"),
 ("l-13m", L, "touched 1.3 million customers", "1.3 million", "count", 1.3 * MN, 1.3 * MN, "customers", Y, "delta customers affected"),
 ("l-2019", L, "total for all of 2019", "2019", "date", 2019, 2019, "year", N, "comparison year"),
 ("l-13", L, "Delta cancelled 13% of its flights", "13%", "percent", 13, 13, "%", Y, "delta share cancelled jul 19 (flightaware)"),
 ("l-fjul19", L, "on Friday, July 19, before", "Friday, July 19", "date", 2024, 2024, "year", N, "timepoint"),
 ("l-40", L, "about 40% of the fleet", "40%", "percent", 40, 40, "%", Y, "delta fleet delayed (weekend)"),
 ("l-sdm", L, "\"single-digit millions of dollars.\"", "single-digit millions of dollars", "money", None, None, "USD", N, "vague"),
 ("l-latejul", L, "CNBC in late July", "late July", "date", 2024, 2024, "year", N, "quote date"),
 ("l-tens", L, "tens of millions of dollars a day", "tens of millions of dollars", "money", None, None, "USD", N, "vague"),
 ("l-sincejul", L, "passengers since July", "July", "date", 2024, 2024, "year", N, "dot investigation start (vague)"),
 ("l-jul30", L, "in Austin on July 30", "July 30", "date", 2024, 2024, "year", Y, "shareholder suit filing date"),
 ("l-nov23", L, "from November 29, 2023", "November 29, 2023", "date", 2023, 2023, "year", Y, "class period start"),
 ("l-jul29", L, "through July 29, 2024", "July 29, 2024", "date", 2024, 2024, "year", Y, "class period end"),
 ("l-aug3", L, "told investors in August", "August", "date", 2024, 2024, "year", N, "disclosure date"),
 ("l-60mq", L, "cost about $60 million a quarter", "$60 million", "money", 60 * MN, 60 * MN, "USD", Y, "ccp revenue impact per quarter"),
 ("l-lastmo", L, "House subcommittee last month", "last month", "date", 2024, 2024, "year", Y, "congressional hearing date"),
 ("l-fri2", L, "At the airport on Friday", "Friday", "date", 2024, 2024, "year", N, "scene"),
 ("l-46", L, "Marcus Hill, 46", "46", "age", 46, 46, "years", N, "interviewee age"),
 ("l-2n", L, "spent two nights", "two nights", "duration", 2, 2, "nights", N, "anecdote"),
 ("l-july3", L, "in a concourse in July", "July", "date", 2024, 2024, "year", N, "anecdote"),

 # ---- CS07 fact-check (2025-05-27)
 ("f-pub", F, "CheckPoint Facts · May 27, 2025", "May 27, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-hhalf", F, "did not crash half the world's", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-chalf", F, "bricked HALF of all", "HALF", "percent", 50, 50, "%", N, "post claim"),
 ("f-c1b", F, "cost Delta over $1 billion, and", "$1 billion", "money", 1 * BN, 1 * BN, "USD", N, "post claim"),
 ("f-c10mo", F, "ten months later", "ten months", "duration", 10, 10, "months", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-may19", F, "since May 19", "May 19", "date", 2025, 2025, "year", N, "virality"),
 ("f-earlymo", F, "ruling earlier this month", "earlier this month", "date", 2025, 2025, "year", N, "ruling date (vague)"),
 ("f-jul24", F, "of the July 2024 outage", "July 2024", "date", 2024, 2024, "year", Y, "outage date"),
 ("f-qhalf", F, "Half of all Windows PCs? No.", "Half", "percent", 50, 50, "%", N, "post claim"),
 ("f-85m", F, "update affected 8.5 million", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft)"),
 ("f-lt1", F, "described as less than 1% of all", "1%", "percent", 1, 1, "%", Y, "share of windows machines affected (upper bound)"),
 ("f-78", F, "available for 78 minutes", "78 minutes", "duration", 78, 78, "minutes", Y, "time faulty update was live"),
 ("f-jul19", F, "early hours of July 19, 2024", "July 19, 2024", "date", 2024, 2024, "year", Y, "outage date"),
 ("f-3400", F, "more than 3,400 flights were cancelled worldwide", "3,400", "count", 3400, 3400, "flights", Y, "global flight cancellations jul 19"),
 ("f-jul19b", F, "on July 19 alone", "July 19", "date", 2024, 2024, "year", N, "timepoint"),
 ("f-q1b", F, "Delta lost over $1 billion? No.", "$1 billion", "money", 1 * BN, 1 * BN, "USD", N, "post claim"),
 ("f-augf", F, "In its August securities filing", "August", "date", 2024, 2024, "year", N, "filing date"),
 ("f-500", F, "outage at $500 million", "$500 million", "money", 500 * MN, 500 * MN, "USD", Y, "delta total cost (aug filing)"),
 ("f-7000", F, "cancelled about 7,000 flights", "7,000", "count", 7000, 7000, "flights", Y, "delta flights cancelled (total)"),
 ("f-14m", F, "affected 1.4 million passengers", "1.4 million", "count", 1.4 * MN, 1.4 * MN, "customers", Y, "delta customers affected"),
 ("f-40kserv", F, "reset 40,000 servers", "40,000", "count", 40000, 40000, "computers", Y, "delta machines reset (complaint)"),
 ("f-500oop", F, "\"over $500 million in out-of-pocket", "$500 million", "money", 500 * MN, 500 * MN, "USD", Y, "delta claimed out-of-pocket losses (complaint)"),
 ("f-nb", F, "not a billion", "a billion", "money", 1 * BN, 1 * BN, "USD", N, "rebuttal"),
 ("f-oct23", F, "Superior Court in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "delta lawsuit filing date"),
 ("f-may16", F, "On May 16, Judge", "May 16", "date", 2025, 2025, "year", Y, "ellerbe ruling date"),
 ("f-sdm", F, "single-digit-millions of dollars", "single-digit-millions of dollars", "money", None, None, "USD", N, "vague"),
 ("f-jul30", F, "filed on July 30, 2024", "July 30, 2024", "date", 2024, 2024, "year", Y, "shareholder suit filing date"),
 ("f-nov23", F, "between November 29, 2023", "November 29, 2023", "date", 2023, 2023, "year", Y, "class period start"),
 ("f-jul29", F, "2023, and July 29, 2024", "July 29, 2024", "date", 2024, 2024, "year", Y, "class period end"),
 ("f-jan", F, "fiscal year that ended in January", "January", "date", 2025, 2025, "year", N, "fiscal year end"),
 ("f-32", F, "revenue rose 32%", "32%", "percent", 32, 32, "%", Y, "crwd q2 total revenue growth"),
 ("f-9639", F, "32% to $963.9 million", "$963.9 million", "money", 963.9 * MN, 963.9 * MN, "USD", Y, "crwd q2 fy25 revenue"),
 ("f-33", F, "subscription revenue rose 33%", "33%", "percent", 33, 33, "%", Y, "crwd q2 subscription revenue growth"),
 ("f-11", F, "lost about 11% on the day", "11%", "percent", 11, 11, "%", Y, "crwd decline jul 19 (close)"),
 ("f-54b", F, "companies lost $5.4 billion", "$5.4 billion", "money", 5.4 * BN, 5.4 * BN, "USD", Y, "parametrix f500 direct loss"),
 ("f-1020", F, "only 10% to 20% of that", "10% to 20%", "percent", 10, 20, "%", Y, "insured share of f500 loss"),
 ("f-85mb", F, "affected about 8.5 million devices", "8.5 million", "count", 8.5 * MN, 8.5 * MN, "devices", Y, "devices affected (microsoft, ruling)"),
 ("f-lt1b", F, "less than 1% of Windows machines, not half", "1%", "percent", 1, 1, "%", Y, "share of windows machines affected (ruling)"),
 ("f-nothalf", F, "Windows machines, not half", "half", "percent", 50, 50, "%", N, "rebuttal"),
 ("f-halfb", F, "about half a billion dollars", "half a billion dollars", "money", 500 * MN, 500 * MN, "USD", N, "summary (rounded)"),
 ("f-n1b", F, "not over $1 billion", "$1 billion", "money", 1 * BN, 1 * BN, "USD", N, "rebuttal"),
 ("f-two", F, "at least two live lawsuits", "two", "count", 2, 2, "lawsuits", N, "summary"),
 ("f-thismo", F, "allowed to proceed this month", "this month", "date", 2025, 2025, "year", N, "ruling date (vague)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 devices affected: 5.8 million (transposed) vs 8.5 million
 ("l-58m", "w-85m", S), ("l-58m", "p-85m", S), ("l-58m", "a-85m", S), ("l-58m", "e-85m", S),
 ("l-58m", "b-85m", S), ("l-58m", "f-85m", S), ("l-58m", "f-85mb", S),
 # S2 sensors back online as of July 25: 99% (later-date figure) vs 97%
 ("p-99", "e-97", S), ("p-99", "b-97", S),
 # S3 Delta total cost in the August filing: $500M (earlier estimate) vs $550M
 ("f-500", "p-550", S), ("f-500", "l-550", S), ("f-500", "b-550", S),
 # S4 Delta cancellations total: about 6,000 (interim) vs about 7,000
 ("e-6000", "p-7000", S), ("e-6000", "l-7000", S), ("e-6000", "f-7000", S),
 # S5 RCA publication year: "August 6 this year" in a 2025-dated page vs 2024
 ("e-aug6", "p-tue", S), ("e-aug6", "b-aug6", S),
 # S6 Delta lawsuit year: October 2023 vs 2024
 ("f-oct23", "l-fri", S), ("f-oct23", "a-oct24", S),
 # S7 shareholder class period start: 2022 vs 2023
 ("b-nov22", "l-nov23", S), ("b-nov22", "f-nov23", S),
 # S8 CRWD close-to-close fall on July 19: 15% (intraday figure) vs 11.1%
 ("b-15", "w-111", S), ("b-15", "a-111", S), ("b-15", "f-11", S),
 # S9 Parametrix Fortune 500 direct loss: $10B (worldwide scope) vs $5.4B
 ("b-10b", "p-54b", S), ("b-10b", "a-54b", S), ("b-10b", "e-54b", S), ("b-10b", "f-54b", S),
 # S10 share of Fortune 500 affected: three quarters (healthcare/banking subgroup) vs a quarter
 ("e-34q", "p-quarter", S), ("e-34q", "a-25", S),
 # S11 global cancellations July 19: 3,400 (US figure) vs 5,168 / 5,582 / more than 5,000
 ("f-3400", "w-5168", S), ("f-3400", "p-5582", S), ("f-3400", "e-5000", S),
 # S12 Delta disruption length: three days (rivals' figure) vs five days
 ("b-3d", "p-5d", S), ("b-3d", "l-5d", S), ("b-3d", "e-5d", S),
 # S13 customer commitment package per quarter: $60M (two-quarter total) vs $30M
 ("l-60mq", "b-30m", S),
 # S14 Fortune 500 airlines' loss: $680M (transposed) vs $860M
 ("a-680", "p-860", S),
 # S15 CRWD Q2 total revenue growth: 33% (subscription figure) vs 32%
 ("b-33", "f-32", S),
 # S16 Delta share of flights cancelled Friday July 19 (FlightAware): 13% (Saturday/Cirium figure) vs 31%
 ("l-13", "w-d31", S),
 # S17 time the faulty update was live: about 90 minutes vs 78 minutes
 ("b-90", "w-78", S), ("b-90", "e-1h18", S), ("b-90", "f-78", S),
 # S18 sensor 7.11 release year: February 2023 vs February 2024
 ("w-feb23", "e-feb24", S),
 # Qualified
 ("f-14m", "p-13m", Q), ("f-14m", "l-13m", Q),
 ("f-40kserv", "l-37k", Q),
 ("p-25", "w-23", Q), ("p-25", "a-231", Q),
 ("p-5582", "w-5168", Q),
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
        rows.append({"type": "claim", "id": f"cs-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"cs-{a}", f"cs-{b}"
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
