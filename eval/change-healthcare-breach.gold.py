#!/usr/bin/env python3
"""Build change-healthcare-breach.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "change-healthcare-breach")
OUT = os.path.join(HERE, "change-healthcare-breach.gold.jsonl")
T = "change-healthcare-breach"

W, P, A, E, B, L, F = ("CX01_wire.txt", "CX02_press.txt", "CX03_abstract.txt",
                       "CX04_explainer.txt", "CX05_blog.txt", "CX06_local.txt", "CX07_factcheck.txt")
Y = True; N = False
NA = None

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CX01 wire (2025-01-24)
 ("w-h190", W, "hit about 190 million people, UnitedHealth", "190 million", "count", 190e6, 190e6, "people", N, "headline repeat"),
 ("w-dl", W, "MINNEAPOLIS, Jan 24", "Jan 24", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "said on Friday that the ransomware", "Friday", "date", 2025, 2025, "year", Y, "190m estimate announcement date"),
 ("w-190", W, "information of about 190 million people", "190 million", "count", 190e6, 190e6, "people", Y, "people affected estimate (jan 2025)"),
 ("w-double", W, "nearly double the figure", "double", "ratio", 2, 2, "x", N, "jan 2025 vs oct 2024 estimate"),
 ("w-oct", W, "federal regulators in October", "October", "date", 2024, 2024, "year", Y, "100m estimate date"),
 ("w-100", W, "roughly 100 million people were affected", "100 million", "count", 100e6, 100e6, "people", Y, "people affected estimate (oct 2024)"),
 ("w-half", W, "covers more than half of the U.S. population", "half", "percent", 50, 50, "%", N, "share of us population affected (jan 2025, bound word)"),
 ("w-2015", W, "eclipses the 2015 hack", "2015", "date", 2015, 2015, "year", Y, "anthem breach year"),
 ("w-79", W, "nearly 79 million people", "79 million", "count", 79e6, 79e6, "people", Y, "anthem breach people"),
 ("w-15b", W, "processes about 15 billion health care transactions", "15 billion", "count", 15e9, 15e9, "transactions", Y, "change transactions per year"),
 ("w-feb21", W, "intrusion on Feb. 21, 2024", "Feb. 21, 2024", "date", 2024, 2024, "year", Y, "attack discovered"),
 ("w-may", W, "Senate Finance Committee last May", "last May", "date", 2024, 2024, "year", Y, "witty senate testimony date"),
 ("w-22m", W, "paid a $22 million ransom", "$22 million", "money", 22e6, 22e6, "USD", Y, "ransom paid"),
 ("w-halfam", W, "roughly half of Americans", "half", "percent", 50, 50, "%", Y, "witty may 2024 estimate: share of americans affected"),
 ("w-week", W, "came a week after", "a week", "duration", 1, 1, "weeks", N, "relative timing"),
 ("w-3.1", W, "cost it $3.1 billion in 2024", "$3.1 billion", "money", 3.1e9, 3.1e9, "USD", Y, "2024 total cyberattack costs (realized)"),
 ("w-2024c", W, "$3.1 billion in 2024, counting", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-q2", W, "booked $1.98 billion in cyberattack costs", "$1.98 billion", "money", 1.98e9, 1.98e9, "USD", Y, "q2 2024 cyberattack costs"),
 ("w-apr", W, "the damage in April", "April", "date", 2024, 2024, "year", N, "first forecast date"),
 ("w-fc", W, "cost $1 billion to $1.5 billion for the full year", "$1 billion to $1.5 billion", "money", 1e9, 1.5e9, "USD", Y, "april 2024 full-year cost forecast"),
 ("w-9b", W, "advanced more than $9 billion in funding", "$9 billion", "money", 9e9, 9e9, "USD", Y, "provider advance funding total (2024)"),
 ("w-lastyr", W, "interest-free loans to providers last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-3.2", W, "repaid about $3.2 billion", "$3.2 billion", "money", 3.2e9, 3.2e9, "USD", Y, "provider funding repaid by mid-oct 2024"),
 ("w-midoct", W, "by mid-October, according", "mid-October", "date", 2024, 2024, "year", N, "as-of date"),
 ("w-dozens", W, "Dozens of lawsuits", "Dozens", "count", NA, NA, "lawsuits", N, "vague"),
 ("w-2yr", W, "anyone affected two years of free", "two years", "duration", 2, 2, "years", Y, "credit monitoring length"),
 ("w-mar", W, "in March of last year and", "March of last year", "date", 2024, 2024, "year", Y, "ocr investigation opened"),
 ("w-several", W, "hold several hearings", "several", "count", NA, NA, "hearings", N, "vague"),
 ("w-lastyr2", W, "introduced in the Senate last year", "last year", "date", 2024, 2024, "year", N, "aside"),
 ("w-fri2", W, "afternoon trading on Friday", "Friday", "date", 2025, 2025, "year", N, "aside"),

 # ---- CX02 press (2024-07-16)
 ("p-h9b", P, "- More than $9 billion in advance", "$9 billion", "money", 9e9, 9e9, "USD", N, "bullet repeat"),
 ("p-hq2", P, "- Second quarter cyberattack impacts of $1.1 billion", "$1.1 billion", "money", 1.1e9, 1.1e9, "USD", N, "bullet repeat"),
 ("p-h2024", P, "full year 2024 impacts now", "2024", "date", 2024, 2024, "year", N, "bullet qualifier"),
 ("p-hfy", P, "estimated at $2.3 billion to $2.45 billion", "$2.3 billion to $2.45 billion", "money", 2.3e9, 2.45e9, "USD", N, "bullet repeat"),
 ("p-hlate", P, "individuals to begin in late July", "late July", "date", 2024, 2024, "year", N, "bullet repeat"),
 ("p-dl", P, "July 16, 2024 --", "July 16, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-q2yr", P, "second quarter 2024 results", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-feb21", P, "discovered on February 21, and", "February 21", "date", 2024, 2024, "year", Y, "attack discovered"),
 ("p-9b", P, "provided more than $9 billion in advance", "$9 billion", "money", 9e9, 9e9, "USD", Y, "provider advance funding total (jul 2024)"),
 ("p-6b", P, "more than $6 billion as of mid-April", "$6 billion", "money", 6e9, 6e9, "USD", Y, "provider advance funding (mid-april 2024)"),
 ("p-midapr", P, "as of mid-April", "mid-April", "date", 2024, 2024, "year", N, "as-of date"),
 ("p-q2", P, "second quarter were $1.1 billion", "$1.1 billion", "money", 1.1e9, 1.1e9, "USD", Y, "q2 2024 cyberattack costs"),
 ("p-h1", P, "year total $1.89 billion", "$1.89 billion", "money", 1.89e9, 1.89e9, "USD", Y, "h1 2024 cyberattack costs"),
 ("p-872", P, "including $872 million in the first", "$872 million", "money", 872e6, 872e6, "USD", Y, "q1 2024 cyberattack costs"),
 ("p-593", P, "$593 million in direct response", "$593 million", "money", 593e6, 593e6, "USD", Y, "q1 2024 direct response costs"),
 ("p-279", P, "$279 million in business disruption", "$279 million", "money", 279e6, 279e6, "USD", Y, "q1 2024 business disruption"),
 ("p-074", P, "amounted to $0.74 per share", "$0.74", "money", 0.74, 0.74, "USD/share", Y, "q1 2024 per-share cyberattack impact"),
 ("p-fy2024", P, "estimates full year 2024 cyberattack", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-fyps", P, "$1.90 to $2.05 per share", "$1.90 to $2.05", "money", 1.90, 2.05, "USD/share", Y, "fy2024 per-share estimate (jul)"),
 ("p-fy", P, "or $2.3 billion to $2.45 billion, compared", "$2.3 billion to $2.45 billion", "money", 2.3e9, 2.45e9, "USD", Y, "fy2024 cost estimate (jul)"),
 ("p-aprps", P, "$1.15 to $1.35 per share", "$1.15 to $1.35", "money", 1.15, 1.35, "USD/share", Y, "fy2024 per-share estimate (apr)"),
 ("p-aprfc", P, "or $1.35 billion to $1.6 billion, it", "$1.35 billion to $1.6 billion", "money", 1.35e9, 1.6e9, "USD", Y, "april 2024 full-year cost forecast"),
 ("p-apr", P, "it estimated in April", "April", "date", 2024, 2024, "year", N, "forecast date"),
 ("p-99", P, "Pharmacy: 99% of", "99%", "percent", 99, 99, "%", Y, "pharmacy network services restored (mar 7)"),
 ("p-mar7", P, "restored on March 7", "March 7", "date", 2024, 2024, "year", Y, "pharmacy restoration date"),
 ("p-mar15", P, "restored on March 15", "March 15", "date", 2024, 2024, "year", Y, "electronic payments restored"),
 ("p-mar18", P, "returned on March 18", "March 18", "date", 2024, 2024, "year", Y, "claims software restored"),
 ("p-mar23", P, "the weekend of March 23", "March 23", "date", 2024, 2024, "year", Y, "relay exchange restored"),
 ("p-15b", P, "approximately 15 billion transactions", "15 billion", "count", 15e9, 15e9, "transactions", Y, "change transactions per year"),
 ("p-90", P, "more than 90% of the impacted files", "90%", "percent", 90, 90, "%", Y, "share of impacted files reviewed (jul 2024)"),
 ("p-exfil", P, "between February 17 and February 20, 2024", "February 17 and February 20, 2024", "date", 2024, 2024, "year", Y, "exfiltration window"),
 ("p-jun20", P, "On June 20, Change", "June 20", "date", 2024, 2024, "year", Y, "customer notification / call center start"),
 ("p-latejul", P, "individuals in late July, on a rolling", "late July", "date", 2024, 2024, "year", Y, "individual letters start (planned)"),
 ("p-2yr", P, "enroll in two years of complimentary", "two years", "duration", 2, 2, "years", Y, "credit monitoring length"),
 ("p-two", P, "through two distinct", "two", "count", 2, 2, "businesses", N, "about section"),
 ("p-49m", P, "more than 49 million people", "49 million", "count", 49e6, 49e6, "people", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "legal boilerplate"),

 # ---- CX03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "after the February 2024 Change", "February 2024", "date", 2024, 2024, "year", N, "title"),
 ("a-15b", A, "processes about 15 billion health", "15 billion", "count", 15e9, 15e9, "transactions", Y, "change transactions per year"),
 ("a-1in3", A, "roughly 1 in 3 US patient", "1 in 3", "percent", 33.333333, 33.333333, "%", Y, "share of us patient records touched"),
 ("a-2023", A, "(OCR) in 2023 affected", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-134", A, "more than 134 million individuals", "134 million", "count", 134e6, 134e6, "people", Y, "people in large breaches reported 2023"),
 ("a-141", A, "a 141% increase", "141%", "percent", 141, 141, "%", Y, "increase 2023 vs 2022"),
 ("a-2022", A, "increase from 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-79", A, "accounted for 79% of them", "79%", "percent", 79, 79, "%", Y, "hacking share of large breaches 2023"),
 ("a-may25", A, "Committee on 1 May 2025", "1 May 2025", "date", 2025, 2025, "year", Y, "witty senate testimony date"),
 ("a-feb21", A, "detected on 21 February 2024", "21 February 2024", "date", 2024, 2024, "year", Y, "attack discovered"),
 ("a-mper1", A, "from April 2024 to January 2025", "April 2024 to January 2025", "date", 2024, 2025, "year", N, "methods period"),
 ("a-mper2", A, "between July 2024 and July 2025", "July 2024 and July 2025", "date", 2024, 2025, "year", N, "methods period"),
 ("a-two", A, "came from 2 national surveys", "2", "count", 2, 2, "surveys", N, "methods"),
 ("a-ahad", A, "fielded 9–12 March 2024", "9–12 March 2024", "date", 2024, 2024, "year", N, "aha survey field dates"),
 ("a-n1000", A, "N = 1,000", "1,000", "count", 1000, 1000, "hospitals", Y, "aha survey respondents"),
 ("a-amad", A, "fielded 26 March to 3 April 2024", "26 March to 3 April 2024", "date", 2024, 2024, "year", N, "ama survey field dates"),
 ("a-n1400", A, "N = 1,400", "1,400", "count", 1400, 1400, "respondents", Y, "ama survey respondents"),
 ("a-94", A, "hospitals, 94% (95% CI", "94%", "percent", 94, 94, "%", Y, "hospitals with financial impact"),
 ("a-94ci", A, "92.4–95.3", "92.4–95.3", "percent", 92.4, 95.3, "%", Y, "ci"),
 ("a-82", A, "82% (79.5–84.3)", "82%", "percent", 82, 82, "%", Y, "hospitals with cash-flow impact"),
 ("a-82ci", A, "(79.5–84.3)", "79.5–84.3", "percent", 79.5, 84.3, "%", Y, "ci"),
 ("a-74", A, "74% (71.2–76.6)", "74%", "percent", 74, 74, "%", Y, "hospitals with direct patient-care impact"),
 ("a-74ci", A, "(71.2–76.6)", "71.2–76.6", "percent", 71.2, 76.6, "%", Y, "ci"),
 ("a-60", A, "nearly 60% reported revenue losses", "60%", "percent", 60, 60, "%", Y, "hospitals (cash-flow hit) losing >= $1m/day"),
 ("a-1m", A, "$1 million or more per day", "$1 million", "money", 1e6, 1e6, "USD", N, "threshold (definitional)"),
 ("a-n1400b", A, "(n=1,400)", "1,400", "count", 1400, 1400, "respondents", N, "repeat"),
 ("a-80", A, "80% (77.8–82.0)", "80%", "percent", 80, 80, "%", Y, "practices losing revenue from unpaid claims"),
 ("a-80ci", A, "(77.8–82.0)", "77.8–82.0", "percent", 77.8, 82.0, "%", Y, "ci"),
 ("a-55", A, "55% (52.4–57.6)", "55%", "percent", 55, 55, "%", Y, "practices using personal funds"),
 ("a-55ci", A, "(52.4–57.6)", "52.4–57.6", "percent", 52.4, 57.6, "%", Y, "ci"),
 ("a-36", A, "36% (33.5–38.5)", "36%", "percent", 36, 36, "%", Y, "practices with claim payments suspended"),
 ("a-36ci", A, "(33.5–38.5)", "33.5–38.5", "percent", 33.5, 38.5, "%", Y, "ci"),
 ("a-31", A, "31% (28.6–33.5)", "31%", "percent", 31, 31, "%", Y, "practices unable to make payroll"),
 ("a-31ci", A, "(28.6–33.5)", "28.6–33.5", "percent", 28.6, 33.5, "%", Y, "ci"),
 ("a-diff", A, "was 2.0 percentage points", "2.0 percentage points", "percent", 2.0, 2.0, "pp", Y, "hospital cash-flow minus practice revenue loss"),
 ("a-diffci", A, "(95% CI −1.2 to 5.2", "−1.2 to 5.2", "percent", -1.2, 5.2, "pp", Y, "ci"),
 ("a-p", A, "P=0.22", "0.22", "pvalue", 0.22, 0.22, "p", N, "p-value"),
 ("a-872", A, "costs of $872 million", "$872 million", "money", 872e6, 872e6, "USD", Y, "q1 2024 cyberattack costs"),
 ("a-q1yr", A, "first quarter of 2024, of which", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-363", A, "$363 million were direct response", "$363 million", "money", 363e6, 363e6, "USD", Y, "q1 2024 direct response costs"),
 ("a-q2", A, "$1.1 billion in the second quarter", "$1.1 billion", "money", 1.1e9, 1.1e9, "USD", Y, "q2 2024 cyberattack costs"),
 ("a-h1", A, "($1.98 billion for the first half)", "$1.98 billion", "money", 1.98e9, 1.98e9, "USD", Y, "h1 2024 cyberattack costs"),
 ("a-q3", A, "$475 million in the third quarter", "$475 million", "money", 475e6, 475e6, "USD", Y, "q3 2024 cyberattack costs"),
 ("a-aprfc", A, "from $1.35–1.6 billion in April", "$1.35–1.6 billion", "money", 1.35e9, 1.6e9, "USD", Y, "april 2024 full-year cost forecast"),
 ("a-apr", A, "1.6 billion in April to", "April", "date", 2024, 2024, "year", N, "forecast date"),
 ("a-julfc", A, "$2.3–2.45 billion in July", "$2.3–2.45 billion", "money", 2.3e9, 2.45e9, "USD", Y, "fy2024 cost estimate (jul)"),
 ("a-jul", A, "2.45 billion in July and", "July", "date", 2024, 2024, "year", N, "forecast date"),
 ("a-octfc", A, "$2.87 billion in October", "$2.87 billion", "money", 2.87e9, 2.87e9, "USD", Y, "fy2024 cost estimate (oct)"),
 ("a-oct", A, "2.87 billion in October; realized", "October", "date", 2024, 2024, "year", N, "forecast date"),
 ("a-2024r", A, "realized 2024 costs", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-3.1", A, "costs were $3.1 billion", "$3.1 billion", "money", 3.1e9, 3.1e9, "USD", Y, "2024 total cyberattack costs (realized)"),
 ("a-twice", A, "roughly twice the upper bound", "twice", "ratio", 2, 2, "x", N, "realized vs april upper bound"),
 ("a-loss", A, "net loss of $1.22 billion", "$1.22 billion", "money", 1.22e9, 1.22e9, "USD", Y, "q1 2024 net loss"),
 ("a-3.3", A, "reached $3.3 billion by 27 March 2024", "$3.3 billion", "money", 3.3e9, 3.3e9, "USD", Y, "provider advance funding (mar 27 2024)"),
 ("a-mar27", A, "by 27 March 2024", "27 March 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("a-6b", A, "more than $6 billion by mid-April", "$6 billion", "money", 6e9, 6e9, "USD", Y, "provider advance funding (mid-april 2024)"),
 ("a-9b", A, "more than $9 billion by July", "$9 billion", "money", 9e9, 9e9, "USD", Y, "provider advance funding (jul 2024)"),
 ("a-3.2", A, "repaid $3.2 billion", "$3.2 billion", "money", 3.2e9, 3.2e9, "USD", Y, "provider funding repaid by oct 15 2024"),
 ("a-oct15", A, "by 15 October 2024", "15 October 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("a-jul19", A, "filed 19 July 2024", "19 July 2024", "date", 2024, 2024, "year", Y, "first breach report filed"),
 ("a-500", A, "placeholder of 500 individuals", "500", "count", 500, 500, "people", Y, "first breach report count (placeholder)"),
 ("a-100", A, "rose to 100 million in October 2024", "100 million", "count", 100e6, 100e6, "people", Y, "people affected estimate (oct 2024)"),
 ("a-oct24", A, "100 million in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "100m estimate date"),
 ("a-190", A, "about 190 million in January 2025", "190 million", "count", 190e6, 190e6, "people", Y, "people affected estimate (jan 2025)"),
 ("a-jan25", A, "190 million in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "190m estimate announcement date"),
 ("a-192", A, "final count of 192.7 million", "192.7 million", "count", 192.7e6, 192.7e6, "people", Y, "people affected final count"),
 ("a-jul31", A, "submitted on 31 July 2025", "31 July 2025", "date", 2025, 2025, "year", Y, "final count filed"),
 ("a-1.3", A, "about 1.3 million individuals", "1.3 million", "count", 1.3e6, 1.3e6, "people", Y, "notified by covered entities"),
 ("a-1.93", A, "is 1.93 times", "1.93 times", "ratio", 1.93, 1.93, "x", Y, "final vs first estimate"),
 ("a-567", A, "equals 56.7% of the US", "56.7%", "percent", 56.7, 56.7, "%", Y, "share of us population affected (final)"),
 ("a-4of5", A, "in four of five surveyed", "four of five", "percent", 80, 80, "%", N, "summary (repeat of 80%)"),
 ("a-doubled", A, "costs roughly doubled against", "doubled", "ratio", 2, 2, "x", N, "summary"),
 ("a-onev", A, "processing in one vendor", "one", "count", 1, 1, "vendors", N, "aside"),

 # ---- CX04 explainer (2025-02-10)
 ("e-upd", E, "Updated February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-14b", E, "some 14 billion transactions", "14 billion", "count", 14e9, 14e9, "transactions", Y, "change transactions per year"),
 ("e-1in3", E, "touches one in three patient records", "one in three", "percent", 33.333333, 33.333333, "%", Y, "share of us patient records touched"),
 ("e-feb12", E, "On February 12, 2024, criminals", "February 12, 2024", "date", 2024, 2024, "year", Y, "initial intrusion date"),
 ("e-9d", E, "network for nine days", "nine days", "duration", 9, 9, "days", Y, "dwell time before ransomware"),
 ("e-feb21", E, "ransomware on February 21", "February 21", "date", 2024, 2024, "year", Y, "attack discovered / ransomware launched"),
 ("e-22m", E, "paid a $22 million ransom", "$22 million", "money", 22e6, 22e6, "USD", Y, "ransom paid"),
 ("e-4tb", E, "hold 4 terabytes", "4 terabytes", "count", 4, 4, "TB", Y, "data volume claimed by ransomhub"),
 ("e-apr24", E, "payment in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "ransomhub extortion date"),
 ("e-190", E, "estimates about 190 million people", "190 million", "count", 190e6, 190e6, "people", Y, "people affected estimate (jan 2025)"),
 ("e-half", E, "more than half of the U.S. population. It", "half", "percent", 50, 50, "%", N, "share of us population affected (bound word)"),
 ("e-latejan", E, "figure in late January", "late January", "date", 2025, 2025, "year", Y, "190m estimate announcement date"),
 ("e-oct23", E, "regulators in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "100m estimate date"),
 ("e-100", E, "October 2023, was 100 million", "100 million", "count", 100e6, 100e6, "people", Y, "people affected estimate (oct 2024)"),
 ("e-jul24", E, "placeholder filing in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "first breach report filed"),
 ("e-500", E, "listed just 500 people", "500", "count", 500, 500, "people", Y, "first breach report count (placeholder)"),
 ("e-2015", E, "the 2015 Anthem breach", "2015", "date", 2015, 2015, "year", Y, "anthem breach year"),
 ("e-78.8", E, "affected 78.8 million people", "78.8 million", "count", 78.8e6, 78.8e6, "people", Y, "anthem breach people"),
 ("e-2023", E, "reported to HHS in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-140", E, "some 140 million people in total", "140 million", "count", 140e6, 140e6, "people", Y, "people in large breaches reported 2023"),
 ("e-jul29", E, "mailing letters on July 29, 2024", "July 29, 2024", "date", 2024, 2024, "year", Y, "individual letters start"),
 ("e-1yr", E, "One year of free credit monitoring", "One year", "duration", 1, 1, "years", Y, "credit monitoring length"),
 ("e-mar24", E, "investigation in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "ocr investigation opened"),
 ("e-lastmay", E, "at one last May", "last May", "date", 2024, 2024, "year", Y, "witty senate testimony date"),
 ("e-third", E, "about a third of Americans", "a third", "percent", 33.333333, 33.333333, "%", Y, "witty may 2024 estimate: share of americans affected"),
 ("e-three", E, "each of the three major", "three", "count", 3, 3, "bureaus", N, "advice"),
 ("e-190b", E, "with roughly 190 million people affected", "190 million", "count", 190e6, 190e6, "people", N, "summary repeat"),

 # ---- CX05 blog (2024-05-06)
 ("b-pub", B, "May 6, 2024 ·", "May 6, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-wed", B, "Last Wednesday, UnitedHealth", "Last Wednesday", "date", 2024, 2024, "year", Y, "witty senate testimony date"),
 ("b-two", B, "in front of two committees", "two", "count", 2, 2, "committees", Y, "committees witty testified before"),
 ("b-feb", B, "credit cards since February", "February", "date", 2024, 2024, "year", N, "aside"),
 ("b-feb12", B, "On February 12, criminals", "February 12", "date", 2024, 2024, "year", Y, "initial intrusion date"),
 ("b-10d", B, "took data for ten days", "ten days", "duration", 10, 10, "days", Y, "dwell time before ransomware"),
 ("b-feb21", B, "went off on February 21", "February 21", "date", 2024, 2024, "year", Y, "attack discovered / ransomware launched"),
 ("b-22m", B, "paid a $22 million ransom", "$22 million", "money", 22e6, 22e6, "USD", Y, "ransom paid"),
 ("b-6tb", B, "stole 6 terabytes", "6 terabytes", "count", 6, 6, "TB", Y, "data volume claimed by blackcat"),
 ("b-third", B, "about a third of Americans", "a third", "percent", 33.333333, 33.333333, "%", Y, "witty may 2024 estimate: share of americans affected"),
 ("b-apr16", B, "came out on April 16", "April 16", "date", 2024, 2024, "year", Y, "q1 results date"),
 ("b-872", B, "UnitedHealth $872 million in the quarter", "$872 million", "money", 872e6, 872e6, "USD", Y, "q1 2024 cyberattack costs"),
 ("b-593", B, "$593 million in direct response", "$593 million", "money", 593e6, 593e6, "USD", Y, "q1 2024 direct response costs"),
 ("b-279", B, "$279 million in business disruption", "$279 million", "money", 279e6, 279e6, "USD", Y, "q1 2024 business disruption"),
 ("b-49c", B, "by 49 cents a share", "49 cents", "money", 0.49, 0.49, "USD/share", Y, "q1 2024 per-share cyberattack impact"),
 ("b-1.6", B, "as much as $1.6 billion in costs", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", Y, "april 2024 full-year cost forecast (upper)"),
 ("b-range", B, "(its range is $1.35 billion to $1.6 billion)", "$1.35 billion to $1.6 billion", "money", 1.35e9, 1.6e9, "USD", Y, "april 2024 full-year cost forecast"),
 ("b-1.41", B, "net loss of $1.41 billion", "$1.41 billion", "money", 1.41e9, 1.41e9, "USD", Y, "q1 2024 net loss"),
 ("b-6b", B, "advanced more than $6 billion to providers", "$6 billion", "money", 6e9, 6e9, "USD", Y, "provider advance funding (early may 2024)"),
 ("b-amad", B, "fielded March 26 to April 3", "March 26 to April 3", "date", 2024, 2024, "year", N, "ama survey field dates"),
 ("b-1400", B, "more than 1,400 respondents", "1,400", "count", 1400, 1400, "respondents", Y, "ama survey respondents"),
 ("b-80", B, "- 80% lost revenue", "80%", "percent", 80, 80, "%", Y, "practices losing revenue from unpaid claims"),
 ("b-55", B, "- 55% used personal funds", "55%", "percent", 55, 55, "%", Y, "practices using personal funds"),
 ("b-44", B, "- 44% could not make payroll", "44%", "percent", 44, 44, "%", Y, "practices unable to make payroll"),
 ("b-36", B, "- 36% had claim payments", "36%", "percent", 36, 36, "%", Y, "practices with claim payments suspended"),
 ("b-mar", B, "Association's March survey", "March", "date", 2024, 2024, "year", N, "survey date"),
 ("b-94", B, "94% of hospitals reported a financial impact", "94%", "percent", 94, 94, "%", Y, "hospitals with financial impact"),
 ("b-74", B, "74% reported a direct impact on patient care", "74%", "percent", 74, 74, "%", Y, "hospitals with direct patient-care impact"),
 ("b-30d", B, "repaid within 30 days", "30 days", "duration", 30, 30, "days", Y, "cms advance payment repayment window"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- CX06 local (2024-03-28), hard-wrapped
 ("l-dl", L, "Thursday, March 28, 2024", "March 28, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-5wk", L, "Five weeks after Change hack", "Five weeks", "duration", 5, 5, "weeks", N, "headline"),
 ("l-feb21", L, "insurers on Feb. 21", "Feb. 21", "date", 2024, 2024, "year", Y, "attack discovered"),
 ("l-2wk", L, "more than two weeks for his", "two weeks", "duration", 2, 2, "weeks", Y, "local pharmacy outage length"),
 ("l-15b", L, "processes about 15 billion health care transactions", "15 billion", "count", 15e9, 15e9, "transactions", Y, "change transactions per year"),
 ("l-99", L, "UnitedHealth said 99% of its pharmacy", "99%", "percent", 99, 99, "%", Y, "pharmacy network services restored (mar 7)"),
 ("l-mar7", L, "working again by March 7", "March 7", "date", 2024, 2024, "year", Y, "pharmacy restoration date"),
 ("l-mar15", L, "came back on March 15", "March 15", "date", 2024, 2024, "year", Y, "electronic payments restored"),
 ("l-mar18", L, "claims software on March 18", "March 18", "date", 2024, 2024, "year", Y, "claims software restored"),
 ("l-wknd", L, "Over the weekend the company", "the weekend", "date", 2024, 2024, "year", N, "relay exchange restored (relative)"),
 ("l-14b", L, "more than $14 billion in charges", "$14 billion", "money", 14e9, 14e9, "USD", Y, "claims staged for processing"),
 ("l-wed", L, "UnitedHealth said on Wednesday that it had now", "Wednesday", "date", 2024, 2024, "year", N, "as-of date (mar 27)"),
 ("l-2.5", L, "advanced $2.5 billion to providers", "$2.5 billion", "money", 2.5e9, 2.5e9, "USD", Y, "provider advance funding (mar 27 2024)"),
 ("l-three", L, "clinics in three towns", "three", "count", 3, 3, "towns", N, "local aside"),
 ("l-month", L, "went almost a month without", "a month", "duration", 1, 1, "months", N, "local quote"),
 ("l-several", L, "payment from several insurers", "several", "count", NA, NA, "insurers", N, "vague"),
 ("l-1000", L, "survey of about 1,000 hospitals", "1,000", "count", 1000, 1000, "hospitals", Y, "aha survey respondents"),
 ("l-earlier", L, "released earlier this month", "earlier this month", "date", 2024, 2024, "year", N, "survey release date"),
 ("l-94", L, "found that 94% of hospitals reported impacts to direct patient care", "94%", "percent", 94, 94, "%", Y, "hospitals with direct patient-care impact"),
 ("l-23", L, "almost two-thirds said", "two-thirds", "percent", 66.666667, 66.666667, "%", Y, "hospitals (cash-flow hit) losing >= $1m/day"),
 ("l-1m", L, "losing $1 million or more", "$1 million", "money", 1e6, 1e6, "USD", N, "threshold (definitional)"),
 ("l-30", L, "covers up to 30 days of Medicare", "30 days", "duration", 30, 30, "days", Y, "cms payment covers days of claims"),
 ("l-90", L, "providers have 90 days to repay", "90 days", "duration", 90, 90, "days", Y, "cms advance payment repayment window"),
 ("l-mar13", L, "said on March 13 that", "March 13", "date", 2024, 2024, "year", Y, "ocr investigation opened"),
 ("l-week", L, "about a week of staff time", "a week", "duration", 1, 1, "weeks", N, "local aside"),

 # ---- CX07 fact-check (2025-08-12)
 ("f-h220", F, "the ransom was not $220 million", "$220 million", "money", 220e6, 220e6, "USD", N, "headline (false claim quoted)"),
 ("f-dl", F, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-2024c", F, "says the 2024 Change Healthcare", "2024", "date", 2024, 2024, "year", N, "claim text"),
 ("f-c220", F, "paid the hackers $220 million", "$220 million", "money", 220e6, 220e6, "USD", N, "claim text (attributed)"),
 ("f-v22", F, "acknowledged paying was $22 million", "$22 million", "money", 22e6, 22e6, "USD", Y, "ransom paid"),
 ("f-192", F, "that count, 192.7 million individuals", "192.7 million", "count", 192.7e6, 192.7e6, "people", Y, "people affected final count"),
 ("f-jul31", F, "on July 31 of last year", "July 31 of last year", "date", 2024, 2024, "year", Y, "final count filed"),
 ("f-340", F, "at about 340 million", "340 million", "count", 340e6, 340e6, "people", Y, "us population"),
 ("f-57", F, "roughly 57% of residents", "57%", "percent", 57, 57, "%", Y, "share of us population affected (final)"),
 ("f-1.3", F, "About 1.3 million of the", "1.3 million", "count", 1.3e6, 1.3e6, "people", Y, "notified by covered entities"),
 ("f-192b", F, "of the 192.7 million were", "192.7 million", "count", 192.7e6, 192.7e6, "people", N, "repeat"),
 ("f-100", F, "figure at 100 million last October", "100 million", "count", 100e6, 100e6, "people", Y, "people affected estimate (oct 2024)"),
 ("f-lastoct", F, "100 million last October", "last October", "date", 2024, 2024, "year", Y, "100m estimate date"),
 ("f-190", F, "to about 190 million in January", "190 million", "count", 190e6, 190e6, "people", Y, "people affected estimate (jan 2025)"),
 ("f-jan", F, "190 million in January before", "January", "date", 2025, 2025, "year", Y, "190m estimate announcement date"),
 ("f-x10", F, "a factor of 10", "10", "ratio", 10, 10, "x", N, "aside"),
 ("f-may24", F, "Committee in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "witty senate testimony date"),
 ("f-22b", F, "paid $22 million in bitcoin", "$22 million", "money", 22e6, 22e6, "USD", Y, "ransom paid"),
 ("f-9d", F, "lurked for nine days", "nine days", "duration", 9, 9, "days", Y, "dwell time before ransomware"),
 ("f-feb21", F, "ransomware on Feb. 21, 2024", "Feb. 21, 2024", "date", 2024, 2024, "year", Y, "attack discovered / ransomware launched"),
 ("f-220b", F, "payment close to $220 million", "$220 million", "money", 220e6, 220e6, "USD", N, "claim repeat"),
 ("f-2.87", F, "spent $2.87 billion", "$2.87 billion", "money", 2.87e9, 2.87e9, "USD", Y, "2024 total cyberattack costs (realized)"),
 ("f-2024s", F, "attack in 2024, according", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-827", F, "including $827 million in the first quarter", "$827 million", "money", 827e6, 827e6, "USD", Y, "q1 2024 cyberattack costs"),
 ("f-2yr", F, "people two years of free", "two years", "duration", 2, 2, "years", Y, "credit monitoring length"),
 ("f-aug26", F, "close on Aug. 26", "Aug. 26", "date", 2025, 2025, "year", N, "call center closing"),
 ("f-r192", F, "the final count is 192.7 million", "192.7 million", "count", 192.7e6, 192.7e6, "people", N, "ruling repeat"),
 ("f-r220", F, "paid a $220 million ransom", "$220 million", "money", 220e6, 220e6, "USD", N, "ruling: claim repeat"),
 ("f-r22", F, "the payment was $22 million", "$22 million", "money", 22e6, 22e6, "USD", N, "ruling repeat"),
 ("f-s1", F, "updated July 31, 2025", "July 31, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2", F, "Committee, May 1, 2024", "May 1, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s3", F, "earnings releases, 2024", "2024", "date", 2024, 2024, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Q1 2024 cyberattack costs: 827 (transposed) vs 872
 ("f-827", "p-872", S), ("f-827", "b-872", S), ("f-827", "a-872", S),
 # S2 Q1 direct response costs: Optum-only 363 reported as whole vs 593
 ("a-363", "p-593", S), ("a-363", "b-593", S),
 # S3 realized 2024 costs: October forecast 2.87 reported as outcome vs 3.1
 ("f-2.87", "w-3.1", S), ("f-2.87", "a-3.1", S),
 # S4 year of the 100-million estimate: October 2023 vs October 2024
 ("e-oct23", "w-oct", S), ("e-oct23", "a-oct24", S), ("e-oct23", "f-lastoct", S),
 # S5 year of Witty's Senate testimony: 2025 vs 2024
 ("a-may25", "w-may", S), ("a-may25", "b-wed", S), ("a-may25", "e-lastmay", S), ("a-may25", "f-may24", S),
 # S6 year the final count was filed: "July 31 of last year" (2024) vs 2025
 ("f-jul31", "a-jul31", S),
 # S7 dwell time before ransomware: ten vs nine days
 ("b-10d", "e-9d", S), ("b-10d", "f-9d", S),
 # S8 AHA hospitals with direct patient-care impact: 94 (financial figure) vs 74
 ("l-94", "a-74", S), ("l-94", "b-74", S),
 # S9 AMA practices unable to make payroll: 44 (supplies figure) vs 31
 ("b-44", "a-31", S),
 # S10 CMS advance payment repayment window: 30 vs 90 days
 ("b-30d", "l-90", S),
 # S11 credit monitoring length: one vs two years
 ("e-1yr", "p-2yr", S), ("e-1yr", "w-2yr", S), ("e-1yr", "f-2yr", S),
 # S12 Witty's May 2024 estimate of share of Americans affected: half vs a third
 ("w-halfam", "b-third", S), ("w-halfam", "e-third", S),
 # S13 provider funding as of March 27, 2024: 2.5 (Mar 22 figure) vs 3.3 billion
 ("l-2.5", "a-3.3", S),
 # S14 Q1 per-share cyberattack impact: 0.49 (direct-response component) vs 0.74
 ("b-49c", "p-074", S),
 # S15 first-half 2024 costs: 1.89 (transposed) vs 1.98
 ("p-h1", "a-h1", S),
 # S16 Q2 2024 costs: 1.98 (first-half cumulative) vs 1.1
 ("w-q2", "p-q2", S), ("w-q2", "a-q2", S),
 # S17 Change transactions per year: 14 billion vs 15 billion
 ("e-14b", "w-15b", S), ("e-14b", "p-15b", S), ("e-14b", "l-15b", S), ("e-14b", "a-15b", S),
 # Qualified
 ("w-fc", "p-aprfc", Q), ("w-fc", "b-range", Q), ("w-fc", "a-aprfc", Q), ("w-fc", "b-1.6", Q),
 ("a-60", "l-23", Q),
 ("a-loss", "b-1.41", Q),
 ("a-134", "e-140", Q),
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
        rows.append({"type": "claim", "id": f"cx-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"cx-{a}", f"cx-{b}"
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
