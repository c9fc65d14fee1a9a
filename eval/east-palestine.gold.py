#!/usr/bin/env python3
"""Build east-palestine.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "east-palestine")
OUT = os.path.join(HERE, "east-palestine.gold.jsonl")
T = "east-palestine"

W, P, A, E, B, L, F = ("EP01_wire.txt", "EP02_press.txt", "EP03_abstract.txt",
                       "EP04_explainer.txt", "EP05_blog.txt", "EP06_local.txt", "EP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- EP01 wire (2024-06-25)
 ("w-dl", W, "EAST PALESTINE, Ohio, June 25", "June 25", "date", 2024, 2024, "year", N, "dateline"),
 ("w-tue", W, "concluded on Tuesday", "Tuesday", "date", 2024, 2024, "year", Y, "ntsb final board meeting date"),
 ("w-5cars", W, "blow open and burn five tank cars", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("w-lastyr", W, "after last year's fiery", "last year", "date", 2023, 2023, "year", N, "derailment year (relative)"),
 ("w-5board", W, "five-member board", "five", "count", 5, 5, "members", Y, "ntsb board size"),
 ("w-17mo", W, "of a 17-month investigation", "17-month", "duration", 17, 17, "months", Y, "ntsb investigation length"),
 ("w-37", W, "adopted 37 findings", "37", "count", 37, 37, "findings", Y, "ntsb findings adopted"),
 ("w-31", W, "issued 31 new safety", "31", "count", 31, 31, "recommendations", Y, "ntsb new recommendations"),
 ("w-23rd", W, "on the 23rd car", "23rd", "count", 23, 23, "car position", N, "position of failed car"),
 ("w-149", W, "The 149-car train", "149", "count", 149, 149, "cars", Y, "train length in cars"),
 ("w-47", W, "at about 47 mph", "47 mph", "speed", 47, 47, "mph", Y, "train speed at derailment"),
 ("w-50", W, "below the 50 mph limit", "50 mph", "speed", 50, 50, "mph", Y, "speed limit"),
 ("w-253", W, "at 253 degrees Fahrenheit", "253 degrees", "temperature", 253, 253, "F above ambient", Y, "east palestine detector bearing reading"),
 ("w-38", W, "By then it was too late: 38 cars", "38", "count", 38, 38, "cars", Y, "cars derailed"),
 ("w-feb3", W, "on the night of Feb. 3, 2023", "Feb. 3, 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("w-11", W, "2023, 11 of them tank cars", "11", "count", 11, 11, "cars", Y, "hazmat tank cars derailed"),
 ("w-12", W, "damaged 12 more", "12", "count", 12, 12, "cars", Y, "additional cars damaged by fire"),
 ("w-103", W, "registered only 103 degrees", "103 degrees", "temperature", 103, 103, "F above ambient", Y, "salem detector bearing reading"),
 ("w-20mi", W, "roughly 20 miles earlier", "20 miles", "distance", 20, 20, "miles", Y, "salem detector distance before derailment"),
 ("w-103q", W, "fire read 103 degrees?", "103 degrees", "temperature", 103, 103, "F above ambient", N, "quote repeat"),
 ("w-170200", W, "between 170 and 200 degrees", "170 and 200 degrees", "temperature", 170, 200, "F above ambient", Y, "ns stop-and-inspect threshold"),
 ("w-2days", W, "made two days after the derailment", "two days", "duration", 2, 2, "days", Y, "time from derailment to vent and burn"),
 ("w-5vc", W, "to vent the five vinyl chloride cars", "five", "count", 5, 5, "cars", N, "repeat"),
 ("w-gal", W, "released about 115,580 gallons", "115,580 gallons", "volume", 115580, 115580, "gallons", Y, "vinyl chloride volume burned"),
 ("w-hour", W, "until about an hour after", "an hour", "duration", 1, 1, "hours", Y, "delay before hazmat list given to firefighters"),
 ("w-2029", W, "after May 2029", "May 2029", "date", 2029, 2029, "year", Y, "dot-111 butyl acrylate phase-out"),
 ("w-2000", W, "About 2,000 residents", "2,000", "count", 2000, 2000, "residents", Y, "residents evacuated"),
 ("w-4700", W, "village of roughly 4,700", "4,700", "count", 4700, 4700, "residents", Y, "village population"),
 ("w-1mi", W, "out of a one-mile zone", "one-mile", "distance", 1, 1, "miles", Y, "initial evacuation radius"),
 ("w-17b", W, "about $1.7 billion in costs", "$1.7 billion", "money", 1.7e9, 1.7e9, "USD", Y, "ns derailment costs through march 2024"),
 ("w-thrumar", W, "derailment through March", "March", "date", 2024, 2024, "year", N, "as-of date"),
 ("w-apr", W, "In April it agreed", "April", "date", 2024, 2024, "year", Y, "class settlement announcement date"),
 ("w-600", W, "agreed to pay $600 million", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("w-lastmo", W, "and last month it reached", "last month", "date", 2024, 2024, "year", Y, "federal settlement date"),
 ("w-310", W, "separate $310 million agreement", "$310 million", "money", 3.1e8, 3.1e8, "USD", Y, "federal settlement value"),
 ("w-16", W, "advanced it 16-11", "16", "count", 16, 16, "votes", Y, "senate commerce votes for"),
 ("w-11v", W, "advanced it 16-11", "11", "count", 11, 11, "votes", Y, "senate commerce votes against"),
 ("w-maylast", W, "in May of last year", "May of last year", "date", 2023, 2023, "year", Y, "senate commerce committee vote date"),
 ("w-2crew", W, "two-person crews", "two", "count", 2, 2, "crew", N, "bill provision"),

 # ---- EP02 press (2024-05-23)
 ("p-sub310", P, "Settlement valued at more than $310 million", "$310 million", "money", 3.1e8, 3.1e8, "USD", N, "subtitle repeat"),
 ("p-dl", P, "ATLANTA, May 23, 2024", "May 23, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-feb3", P, "February 3, 2023, derailment", "February 3, 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("p-310", P, "valued at more than $310 million, Norfolk", "$310 million", "money", 3.1e8, 3.1e8, "USD", Y, "federal settlement value"),
 ("p-15pen", P, "civil penalty of $15 million", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "civil penalty"),
 ("p-235", P, "estimated $235 million in past", "$235 million", "money", 2.35e8, 2.35e8, "USD", Y, "cleanup cost component of federal settlement"),
 ("p-571", P, "including $57.1 million", "$57.1 million", "money", 5.71e7, 5.71e7, "USD", Y, "past federal response costs"),
 ("p-25hp", P, "provide $25 million for a 20-year", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "community health program funding"),
 ("p-20yr", P, "for a 20-year community", "20-year", "duration", 20, 20, "years", Y, "community health program length"),
 ("p-15gw", P, "approximately $15 million on groundwater", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "water monitoring funding"),
 ("p-10gw", P, "surface water monitoring over 10 years", "10 years", "duration", 10, 10, "years", Y, "water monitoring period"),
 ("p-15dw", P, "contribute $15 million to a fund", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "private well monitoring fund"),
 ("p-10dw", P, "well monitoring for 10 years", "10 years", "duration", 10, 10, "years", Y, "private well monitoring period"),
 ("p-6m", P, "estimated budget of $6 million", "$6 million", "money", 6e6, 6e6, "USD", Y, "waterways remediation budget"),
 ("p-244", P, "more than $244 million in planned", "$244 million", "money", 2.44e8, 2.44e8, "USD", Y, "planned safety enhancements"),
 ("p-day1", P, "From day one", "one", "count", 1, 1, "day", N, "idiom in quote"),
 ("p-600", P, "company's $600 million settlement", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("p-lastmo", P, "announced last month", "last month", "date", 2024, 2024, "year", Y, "class settlement announcement date"),
 ("p-10mi", P, "within a 10-mile radius", "10-mile", "distance", 10, 10, "miles", Y, "class settlement radius"),
 ("p-thiswk", P, "earlier this week", "earlier this week", "date", 2024, 2024, "year", Y, "class settlement preliminary approval date"),
 ("p-104", P, "provided $104 million in direct", "$104 million", "money", 1.04e8, 1.04e8, "USD", Y, "community assistance to date (may 2024)"),
 ("p-21", P, "including $21 million in direct", "$21 million", "money", 2.1e7, 2.1e7, "USD", Y, "direct payments to residents"),
 ("p-25ctr", P, "$25 million toward a regional", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "safety training center"),
 ("p-25park", P, "and $25 million for improvements", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "city park improvements"),
 ("p-17b", P, "part of the $1.7 billion in charges", "$1.7 billion", "money", 1.7e9, 1.7e9, "USD", Y, "ns derailment costs through march 2024"),
 ("p-mar31", P, "through March 31, 2024", "March 31, 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("p-2024", P, "its outlook for 2024", "2024", "date", 2024, 2024, "year", N, "outlook year"),
 ("p-1827", P, "Since 1827", "1827", "date", 1827, 1827, "year", N, "about section"),
 ("p-19300", P, "approximately 19,300 route miles", "19,300", "distance", 19300, 19300, "route miles", N, "about section"),
 ("p-22", P, "across 22 states", "22", "count", 22, 22, "states", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "statute name"),

 # ---- EP03 abstract (2025-01-15)
 ("a-pub", A, "Published online 15 January 2025", "15 January 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-feb3", A, "Background: On 3 February 2023", "3 February 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("a-38", A, "2023, 38 railcars", "38", "count", 38, 38, "cars", Y, "cars derailed"),
 ("a-20hz", A, "20 of them tank cars carrying", "20", "count", 20, 20, "cars", Y, "hazmat tank cars derailed"),
 ("a-3d", A, "three days after the derailment", "three days", "duration", 3, 3, "days", Y, "time from derailment to vent and burn"),
 ("a-5", A, "five tank cars holding", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("a-gal", A, "holding 115,580 gallons", "115,580 gallons", "volume", 115580, 115580, "gallons", Y, "vinyl chloride volume burned"),
 ("a-43785", A, "estimated that 43,785 fish", "43,785", "count", 43785, 43785, "aquatic animals", Y, "aquatic animals killed (total)"),
 ("a-16600", A, "removed about 16,600 t", "16,600 t", "mass", 16600, 16600, "tons", Y, "contaminated soil removed (total)"),
 ("a-35m", A, "and 35 million gallons of wastewater", "35 million gallons", "volume", 3.5e7, 3.5e7, "gallons", Y, "liquid waste removed (oct 2023)"),
 ("a-1mi", A, "initial one-mile evacuation radius", "one-mile", "distance", 1, 1, "miles", Y, "initial evacuation radius"),
 ("a-window", A, "19 February to 31 March 2023", "19 February to 31 March 2023", "date", 2023, 2023, "year", N, "survey window"),
 ("a-le1", A, "as ≤1 mile (inside", "1 mile", "distance", 1, 1, "miles", N, "definitional cut-off"),
 ("a-gt1", A, "or >1 mile (up to", "1 mile", "distance", 1, 1, "miles", N, "definitional cut-off"),
 ("a-20mi", A, "(up to 20 miles)", "20 miles", "distance", 20, 20, "miles", N, "definitional outer limit"),
 ("a-since", A, "anxiety since 3 February 2023", "3 February 2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-704", A, "N = 704", "704", "count", 704, 704, "respondents", Y, "ace respondents analysed"),
 ("a-281", A, "(≤1 mile, n=281", "281", "count", 281, 281, "respondents", Y, "respondents within 1 mile"),
 ("a-le1b", A, "(≤1 mile, n=281", "1 mile", "distance", 1, 1, "miles", N, "definitional"),
 ("a-423", A, ">1 mile, n=423", "423", "count", 423, 423, "respondents", Y, "respondents beyond 1 mile"),
 ("a-gt1b", A, ">1 mile, n=423", "1 mile", "distance", 1, 1, "miles", N, "definitional"),
 ("a-55", A, "median age was 55 years", "55 years", "age", 55, 55, "years", Y, "median age of respondents"),
 ("a-iqr", A, "(IQR 41–66)", "41–66", "age", 41, 66, "years", Y, "age iqr"),
 ("a-women", A, "57.1% were women", "57.1%", "percent", 57.1, 57.1, "%", Y, "share women"),
 ("a-535", A, "Overall, 535 respondents", "535", "count", 535, 535, "respondents", Y, "respondents with headache"),
 ("a-76", A, "(76.0%, 95% CI", "76.0%", "percent", 76.0, 76.0, "%", Y, "headache share (all)"),
 ("a-76ci", A, "72.7–79.0", "72.7–79.0", "percent", 72.7, 79.0, "%", Y, "ci"),
 ("a-436", A, "reported headache, 436", "436", "count", 436, 436, "respondents", Y, "respondents with anxiety"),
 ("a-619", A, "(61.9%, 58.3", "61.9%", "percent", 61.9, 61.9, "%", Y, "anxiety share (all)"),
 ("a-619ci", A, "58.3–65.4", "58.3–65.4", "percent", 58.3, 65.4, "%", Y, "ci"),
 ("a-380", A, "anxiety, 380", "380", "count", 380, 380, "respondents", Y, "respondents with cough"),
 ("a-540", A, "(54.0%, 50.3", "54.0%", "percent", 54.0, 54.0, "%", Y, "cough share (all)"),
 ("a-540ci", A, "50.3–57.6", "50.3–57.6", "percent", 50.3, 57.6, "%", Y, "ci"),
 ("a-366", A, "cough, 366", "366", "count", 366, 366, "respondents", Y, "respondents with fatigue"),
 ("a-520", A, "(52.0%, 48.3", "52.0%", "percent", 52.0, 52.0, "%", Y, "fatigue share (all)"),
 ("a-520ci", A, "48.3–55.7", "48.3–55.7", "percent", 48.3, 55.7, "%", Y, "ci"),
 ("a-352", A, "fatigue and 352", "352", "count", 352, 352, "respondents", Y, "respondents with skin irritation"),
 ("a-500", A, "(50.0%, 46.3", "50.0%", "percent", 50.0, 50.0, "%", Y, "skin irritation share (all)"),
 ("a-500ci", A, "46.3–53.7", "46.3–53.7", "percent", 46.3, 53.7, "%", Y, "ci"),
 ("a-226", A, "(226/281", "226", "count", 226, 226, "respondents", Y, "headache within 1 mile"),
 ("a-281b", A, "(226/281", "281", "count", 281, 281, "respondents", N, "denominator repeat"),
 ("a-804", A, "281, 80.4%)", "80.4%", "percent", 80.4, 80.4, "%", Y, "headache share within 1 mile"),
 ("a-309", A, "(309/423", "309", "count", 309, 309, "respondents", Y, "headache beyond 1 mile"),
 ("a-423b", A, "(309/423", "423", "count", 423, 423, "respondents", N, "denominator repeat"),
 ("a-730", A, "423, 73.0%", "73.0%", "percent", 73.0, 73.0, "%", Y, "headache share beyond 1 mile"),
 ("a-74pp", A, "difference 7.4 percentage points", "7.4 percentage points", "percent", 7.4, 7.4, "pp", Y, "headache difference"),
 ("a-74ci", A, "95% CI 1.1 to 13.7", "1.1 to 13.7", "percent", 1.1, 13.7, "pp", Y, "ci"),
 ("a-p025", A, "P=0.025", "0.025", "pvalue", 0.025, 0.025, "p", N, "p-value"),
 ("a-598", A, "cough (59.8%", "59.8%", "percent", 59.8, 59.8, "%", Y, "cough share within 1 mile"),
 ("a-501", A, "vs 50.1%", "50.1%", "percent", 50.1, 50.1, "%", Y, "cough share beyond 1 mile"),
 ("a-97", A, "difference 9.7 points", "9.7 points", "percent", 9.7, 9.7, "pp", Y, "cough difference"),
 ("a-97ci", A, "95% CI 2.2 to 17.1", "2.2 to 17.1", "percent", 2.2, 17.1, "pp", Y, "ci"),
 ("a-p012", A, "P=0.012", "0.012", "pvalue", 0.012, 0.012, "p", N, "p-value"),
 ("a-662", A, "(66.2%", "66.2%", "percent", 66.2, 66.2, "%", Y, "anxiety share within 1 mile"),
 ("a-591", A, "vs 59.1%", "59.1%", "percent", 59.1, 59.1, "%", Y, "anxiety share beyond 1 mile"),
 ("a-p058", A, "P=0.058", "0.058", "pvalue", 0.058, 0.058, "p", N, "p-value"),
 ("a-534", A, "Fatigue (53.4%", "53.4%", "percent", 53.4, 53.4, "%", Y, "fatigue share within 1 mile"),
 ("a-511", A, "vs 51.1%", "51.1%", "percent", 51.1, 51.1, "%", Y, "fatigue share beyond 1 mile"),
 ("a-p55", A, "P=0.55", "0.55", "pvalue", 0.55, 0.55, "p", N, "p-value"),
 ("a-491", A, "irritation (49.1%", "49.1%", "percent", 49.1, 49.1, "%", Y, "skin share within 1 mile"),
 ("a-506", A, "vs 50.6%", "50.6%", "percent", 50.6, 50.6, "%", Y, "skin share beyond 1 mile"),
 ("a-m15", A, "difference −1.5 points", "−1.5 points", "percent", -1.5, -1.5, "pp", Y, "skin difference"),
 ("a-m15ci", A, "95% CI −9.0 to 6.1", "−9.0 to 6.1", "percent", -9.0, 6.1, "pp", Y, "ci"),
 ("a-p70", A, "P=0.70", "0.70", "pvalue", 0.70, 0.70, "p", N, "p-value"),
 ("a-7in10", A, "Seven in ten respondents", "Seven in ten", "percent", 70, 70, "%", Y, "headache reporters with another symptom"),
 ("a-oneother", A, "at least one other symptom", "one", "count", 1, 1, "symptoms", N, "definitional"),
 ("a-3of4", A, "Three of every four", "Three of every four", "percent", 75, 75, "%", Y, "headache share (all, rounded)"),
 ("a-20yr", A, "The 20-year community health", "20-year", "duration", 20, 20, "years", Y, "community health program length"),
 ("a-may24", A, "under the May 2024 federal", "May 2024", "date", 2024, 2024, "year", Y, "federal settlement date"),

 # ---- EP04 explainer (2024-10-10)
 ("e-feb23", E, "the February 2023 train derailment", "February 2023", "date", 2023, 2023, "year", N, "derailment date (intro)"),
 ("e-upd", E, "Updated October 10, 2024", "October 10, 2024", "date", 2024, 2024, "year", N, "page date"),
 ("e-feb3", E, "On the night of February 3, 2023", "February 3, 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("e-20cars", E, "carrying 20 cars of hazardous", "20", "count", 20, 20, "cars", Y, "hazmat cars on the train"),
 ("e-11", E, "materials; 11 of those", "11", "count", 11, 11, "cars", Y, "hazmat tank cars derailed"),
 ("e-38", E, "among the 38 cars", "38", "count", 38, 38, "cars", Y, "cars derailed"),
 ("e-1mi", E, "cleared a one-mile zone", "one-mile", "distance", 1, 1, "miles", Y, "initial evacuation radius"),
 ("e-4700", E, "roughly 4,700 residents were ordered out", "4,700", "count", 4700, 4700, "residents", Y, "residents evacuated"),
 ("e-feb6", E, "On February 6 crews", "February 6", "date", 2023, 2023, "year", Y, "vent and burn date"),
 ("e-5", E, "breached five tank cars", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("e-gal", E, "holding 115,850 gallons", "115,850 gallons", "volume", 115850, 115850, "gallons", Y, "vinyl chloride volume burned"),
 ("e-jun25", E, "final board meeting on June 25, 2024", "June 25, 2024", "date", 2024, 2024, "year", Y, "ntsb final board meeting date"),
 ("e-20rec", E, "also issued 20 recommendations", "20", "count", 20, 20, "recommendations", Y, "ntsb new recommendations"),
 ("e-600", E, "Norfolk Southern will pay $600 million", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("e-sep25", E, "final approval on September 25, 2024", "September 25, 2024", "date", 2024, 2024, "year", Y, "class settlement final approval date"),
 ("e-may", E, "preliminary approval in May", "May", "date", 2024, 2024, "year", Y, "class settlement preliminary approval date"),
 ("e-20mi", E, "within 20 miles of the derailment site", "20 miles", "distance", 20, 20, "miles", Y, "class settlement radius"),
 ("e-feb3b", E, "between February 3, 2023, and", "February 3, 2023", "date", 2023, 2023, "year", N, "class period start"),
 ("e-apr26", E, "and April 26, 2024", "April 26, 2024", "date", 2024, 2024, "year", Y, "class period end"),
 ("e-10mi", E, "Residents within 10 miles", "10 miles", "distance", 10, 10, "miles", Y, "personal injury release radius"),
 ("e-2mi", E, "Households within 2 miles", "2 miles", "distance", 2, 2, "miles", Y, "top payment zone radius"),
 ("e-70k", E, "receive up to $70,000", "$70,000", "money", 70000, 70000, "USD", Y, "max property payment per household"),
 ("e-25k", E, "up to $25,000 per person", "$25,000", "money", 25000, 25000, "USD", Y, "max personal injury payment per person"),
 ("e-fewhund", E, "as little as a few hundred dollars", "a few hundred dollars", "money", None, None, "USD", N, "vague minimum payment"),
 ("e-20edge", E, "near the 20-mile edge", "20-mile", "distance", 20, 20, "miles", N, "repeat"),
 ("e-55k", E, "Roughly 55,000 claims", "55,000", "count", 55000, 55000, "claims", Y, "claims filed"),
 ("e-370", E, "Only 370 households", "370", "count", 370, 370, "households", Y, "households opted out"),
 ("e-47", E, "and 47 businesses", "47", "count", 47, 47, "businesses", Y, "businesses opted out"),
 ("e-27", E, "fees of 27% of the fund", "27%", "percent", 27, 27, "%", Y, "attorneys' fee share"),
 ("e-162", E, "or about $162 million", "$162 million", "money", 1.62e8, 1.62e8, "USD", Y, "attorneys' fees"),
 ("e-600b", E, "come out of the $600 million", "$600 million", "money", 6e8, 6e8, "USD", N, "repeat"),
 ("e-eoy", E, "before the end of the year", "the year", "date", 2024, 2024, "year", N, "hoped first payment date"),
 ("e-may24", E, "In May 2024 the railroad", "May 2024", "date", 2024, 2024, "year", Y, "federal settlement date"),
 ("e-310", E, "more than $310 million with the EPA", "$310 million", "money", 3.1e8, 3.1e8, "USD", Y, "federal settlement value"),
 ("e-15", E, "including a $15 million civil penalty", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "civil penalty"),
 ("e-25hp", E, "and $25 million for a 20-year", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "community health program funding"),
 ("e-20yr", E, "for a 20-year community", "20-year", "duration", 20, 20, "years", Y, "community health program length"),
 ("e-165k", E, "removed about 165,000 tons", "165,000 tons", "mass", 165000, 165000, "tons", Y, "contaminated soil removed (total)"),
 ("e-704", E, "survey of 704 residents", "704", "count", 704, 704, "respondents", Y, "ace respondents"),
 ("e-early23", E, "residents in early 2023", "early 2023", "date", 2023, 2023, "year", N, "survey period"),
 ("e-74", E, "74% reported headaches", "74%", "percent", 74, 74, "%", Y, "headache share (all, 704 respondents)"),
 ("e-43700", E, "about 43,700 fish", "43,700", "count", 43700, 43700, "aquatic animals", Y, "aquatic animals killed (total)"),

 # ---- EP05 blog (2025-03-12)
 ("b-h2yr", B, "Two years after East Palestine: who", "Two years", "duration", 2, 2, "years", N, "headline"),
 ("b-dl", B, "March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-lastmo", B, "back to East Palestine last month", "last month", "date", 2025, 2025, "year", N, "author visit"),
 ("b-2yr", B, "two years after the night", "two years", "duration", 2, 2, "years", N, "elapsed time"),
 ("b-50", B, "night about 50 cars", "50", "count", 50, 50, "cars", Y, "cars derailed"),
 ("b-4900", B, "village of roughly 4,900 people", "4,900", "count", 4900, 4900, "residents", Y, "village population"),
 ("b-23rd", B, "bearing on the 23rd car", "23rd", "count", 23, 23, "car position", N, "position of failed car"),
 ("b-253", B, "read it at 253 degrees", "253 degrees", "temperature", 253, 253, "F above ambient", Y, "east palestine detector bearing reading"),
 ("b-3d", B, "Three days later, on", "Three days", "duration", 3, 3, "days", Y, "time from derailment to vent and burn"),
 ("b-feb6", B, "on February 6, 2023", "February 6, 2023", "date", 2023, 2023, "year", Y, "vent and burn date"),
 ("b-5", B, "breached five vinyl chloride", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("b-jun23", B, "board met in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "ntsb final board meeting date"),
 ("b-h600", B, "settlement: $600 million, on hold", "$600 million", "money", 6e8, 6e8, "USD", N, "subheading"),
 ("b-lastapr", B, "agreed last April", "last April", "date", 2024, 2024, "year", Y, "class settlement announcement date"),
 ("b-600", B, "to pay $600 million to settle", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("b-sep", B, "approved it in September", "September", "date", 2024, 2024, "year", Y, "class settlement final approval date"),
 ("b-2mi", B, "households within two miles", "two miles", "distance", 2, 2, "miles", Y, "top payment zone radius"),
 ("b-25k", B, "up to $25,000 per household", "$25,000", "money", 25000, 25000, "USD", Y, "max property payment per household"),
 ("b-20mi", B, "out at 20 miles", "20 miles", "distance", 20, 20, "miles", Y, "class settlement radius"),
 ("b-fewhund", B, "looking at a few hundred dollars", "a few hundred dollars", "money", None, None, "USD", N, "vague minimum payment"),
 ("b-27", B, "The lawyers took 27%", "27%", "percent", 27, 27, "%", Y, "attorneys' fee share"),
 ("b-jan24", B, "in January 2024 the judge", "January 2024", "date", 2024, 2024, "year", Y, "appeal bond order date"),
 ("b-850", B, "an $850,000 appeal bond", "$850,000", "money", 850000, 850000, "USD", Y, "appeal bond"),
 ("b-612", B, "back six to 12 months", "six to 12 months", "duration", 6, 12, "months", Y, "estimated payment delay"),
 ("b-h310", B, "The federal deal: $310 million", "$310 million", "money", 3.1e8, 3.1e8, "USD", N, "subheading"),
 ("b-may", B, "In May the EPA", "May", "date", 2024, 2024, "year", Y, "federal settlement date"),
 ("b-310", B, "railroad for $310 million. That", "$310 million", "money", 3.1e8, 3.1e8, "USD", Y, "federal settlement value"),
 ("b-25pen", B, "includes a $25 million civil penalty", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "civil penalty"),
 ("b-11b", B, "recognized $1.1 billion", "$1.1 billion", "money", 1.1e9, 1.1e9, "USD", Y, "ns derailment costs through march 2024"),
 ("b-endmar", B, "through the end of March 2024", "March 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-jan", B, "As of its January earnings", "January", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-22b", B, "likely total at about $2.2 billion", "$2.2 billion", "money", 2.2e9, 2.2e9, "USD", Y, "ns estimated total derailment cost"),
 ("b-half", B, "with roughly half of that", "half", "percent", 50, 50, "%", Y, "legal share of total cost"),
 ("b-751", B, "at least $751 million", "$751 million", "money", 7.51e8, 7.51e8, "USD", Y, "expected insurance recoveries"),
 ("b-650", B, "collected $650 million", "$650 million", "money", 6.5e8, 6.5e8, "USD", Y, "insurance recoveries in 2024"),
 ("b-2024", B, "from insurers during 2024 alone", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-12b", B, "about $12 billion in annual", "$12 billion", "money", 1.2e10, 1.2e10, "USD", Y, "ns annual revenue"),
 ("b-2sen", B, "Ohio's two senators", "two", "count", 2, 2, "senators", N, "aside"),
 ("b-15v", B, "Committee 15-11", "15", "count", 15, 15, "votes", Y, "senate commerce votes for"),
 ("b-11v", B, "Committee 15-11", "11", "count", 11, 11, "votes", Y, "senate commerce votes against"),
 ("b-may23", B, "15-11 in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "senate commerce committee vote date"),
 ("b-600w", B, "freeing the $600 million", "$600 million", "money", 6e8, 6e8, "USD", N, "repeat"),
 ("b-20yr", B, "Whether the 20-year health", "20-year", "duration", 20, 20, "years", Y, "community health program length"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),

 # ---- EP06 local (2024-09-26), hard-wrapped
 ("l-dl", L, "Thursday, September 26, 2024", "September 26, 2024", "date", 2024, 2024, "year", N, "page date"),
 ("l-h600", L, "Judge approves $600 million derailment", "$600 million", "money", 6e8, 6e8, "USD", N, "headline"),
 ("l-wed", L, "Pearson on Wednesday", "Wednesday", "date", 2024, 2024, "year", Y, "class settlement final approval date"),
 ("l-600", L, "Norfolk Southern's $600 million class-action", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("l-20mi", L, "property within 20 miles", "20 miles", "distance", 20, 20, "miles", Y, "class settlement radius"),
 ("l-lastyr", L, "of last year's derailment", "last year", "date", 2023, 2023, "year", N, "derailment year (relative)"),
 ("l-55k", L, "roughly 55,000 claims", "55,000", "count", 55000, 55000, "claims", Y, "claims filed"),
 ("l-370", L, "only 370 households", "370", "count", 370, 370, "households", Y, "households opted out"),
 ("l-47", L, "and 47 businesses had", "47", "count", 47, 47, "businesses", Y, "businesses opted out"),
 ("l-27", L, "fees of 27% of the fund", "27%", "percent", 27, 27, "%", Y, "attorneys' fee share"),
 ("l-2mi", L, "households within two miles", "two miles", "distance", 2, 2, "miles", Y, "top payment zone radius"),
 ("l-70k", L, "receive up to $70,000", "$70,000", "money", 70000, 70000, "USD", Y, "max property payment per household"),
 ("l-25k", L, "receive up to $25,000", "$25,000", "money", 25000, 25000, "USD", Y, "max personal injury payment per person"),
 ("l-fewhund", L, "down to a few hundred dollars", "a few hundred dollars", "money", None, None, "USD", N, "vague minimum payment"),
 ("l-5mo", L, "out of our house for five months", "five months", "duration", 5, 5, "months", N, "quote, one household"),
 ("l-108", L, "committed $108 million", "$108 million", "money", 1.08e8, 1.08e8, "USD", Y, "community assistance to date (sept 2024)"),
 ("l-eoy", L, "before the end of the year, barring", "the year", "date", 2024, 2024, "year", N, "hoped first payment date"),
 ("l-feb3", L, "The Feb. 3, 2023, derailment", "Feb. 3, 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("l-38", L, "derailment sent 38 cars", "38", "count", 38, 38, "cars", Y, "cars derailed"),
 ("l-11", L, "tracks, 11 of them carrying", "11", "count", 11, 11, "cars", Y, "hazmat tank cars derailed"),
 ("l-2mirad", L, "within a two-mile radius", "two-mile", "distance", 2, 2, "miles", Y, "initial evacuation radius"),
 ("l-15002000", L, "1,500 to 2,000 residents", "1,500 to 2,000", "count", 1500, 2000, "residents", Y, "residents evacuated"),
 ("l-3d", L, "Three days after the crash", "Three days", "duration", 3, 3, "days", Y, "time from derailment to vent and burn"),
 ("l-5", L, "burned five tank cars", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("l-38222", L, "an estimated 38,222 fish", "38,222", "count", 38222, 38222, "aquatic animals", Y, "aquatic animals killed (total)"),
 ("l-apr23", L, "By early April 2023", "early April 2023", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-16600", L, "about 16,600 tons", "16,600 tons", "mass", 16600, 16600, "tons", Y, "contaminated soil removed by early april 2023"),
 ("l-oct", L, "the close of October that year", "October that year", "date", 2023, 2023, "year", Y, "emergency phase end date"),
 ("l-165k", L, "more than 165,000 tons", "165,000 tons", "mass", 165000, 165000, "tons", Y, "contaminated soil removed (total)"),
 ("l-39m", L, "and 39 million gallons", "39 million gallons", "volume", 3.9e7, 3.9e7, "gallons", Y, "liquid waste removed (oct 2023)"),
 ("l-2day", L, "held a two-day investigative", "two-day", "duration", 2, 2, "days", Y, "investigative hearing length"),
 ("l-jun23", L, "in the village in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "ntsb investigative hearing date"),
 ("l-retjun", L, "returned in June", "June", "date", 2024, 2024, "year", Y, "ntsb final board meeting date"),
 ("l-may", L, "In May, the railroad", "May", "date", 2024, 2024, "year", Y, "federal settlement date"),
 ("l-235", L, "reached a $235 million settlement", "$235 million", "money", 2.35e8, 2.35e8, "USD", Y, "federal settlement value"),
 ("l-15", L, "included a $15 million civil", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "civil penalty"),
 ("l-25hp", L, "and $25 million for a 20-year", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "community health program funding"),
 ("l-20yr", L, "for a 20-year program", "20-year", "duration", 20, 20, "years", Y, "community health program length"),

 # ---- EP07 fact-check (2025-02-20)
 ("f-h15", F, "pay only a $15 million fine", "$15 million", "money", 1.5e7, 1.5e7, "USD", N, "headline (post claim)"),
 ("f-dl", F, "February 20, 2025", "February 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-30k", F, "more than 30,000 times", "30,000", "count", 30000, 30000, "shares", N, "post reach"),
 ("f-c15", F, "\"paid a $15 million fine", "$15 million", "money", 1.5e7, 1.5e7, "USD", N, "post claim"),
 ("f-zero", F, "gotten zero dollars", "zero dollars", "money", 0, 0, "USD", N, "post claim"),
 ("f-v15", F, "The $15 million civil penalty is real", "$15 million", "money", 1.5e7, 1.5e7, "USD", N, "verdict repeat"),
 ("f-v600", F, "Residents' $600 million class", "$600 million", "money", 6e8, 6e8, "USD", N, "verdict repeat"),
 ("f-feb3", F, "On Feb. 3, 2023", "Feb. 3, 2023", "date", 2023, 2023, "year", Y, "derailment date"),
 ("f-38", F, "Board, 38 cars derailed", "38", "count", 38, 38, "cars", Y, "cars derailed"),
 ("f-11", F, "derailed, 11 of them tank", "11", "count", 11, 11, "cars", Y, "hazmat tank cars derailed"),
 ("f-1mi", F, "evacuated a one-mile zone", "one-mile", "distance", 1, 1, "miles", Y, "initial evacuation radius"),
 ("f-2000", F, "affecting up to 2,000 residents", "2,000", "count", 2000, 2000, "residents", Y, "residents evacuated"),
 ("f-feb6", F, "on Feb. 6 crews", "Feb. 6", "date", 2023, 2023, "year", Y, "vent and burn date"),
 ("f-5", F, "burned five tank cars", "five", "count", 5, 5, "cars", Y, "vinyl chloride cars vented and burned"),
 ("f-gal", F, "holding 115,580 gallons", "115,580 gallons", "volume", 115580, 115580, "gallons", Y, "vinyl chloride volume burned"),
 ("f-jun24", F, "board meeting in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "ntsb final board meeting date"),
 ("f-235", F, "bearing at 235 degrees", "235 degrees", "temperature", 235, 235, "F above ambient", Y, "east palestine detector bearing reading"),
 ("f-h15b", F, "The $15 million. The figure", "$15 million", "money", 1.5e7, 1.5e7, "USD", N, "subheading"),
 ("f-may24", F, "from the May 2024 agreement", "May 2024", "date", 2024, 2024, "year", Y, "federal settlement date"),
 ("f-15", F, "Clean Water Act is $15 million", "$15 million", "money", 1.5e7, 1.5e7, "USD", Y, "civil penalty"),
 ("f-310", F, "more than $310 million. It also", "$310 million", "money", 3.1e8, 3.1e8, "USD", Y, "federal settlement value"),
 ("f-25hp", F, "a $25 million, 10-year", "$25 million", "money", 2.5e7, 2.5e7, "USD", Y, "community health program funding"),
 ("f-10yr", F, "$25 million, 10-year", "10-year", "duration", 10, 10, "years", Y, "community health program length"),
 ("f-600", F, "agreed to a $600 million class-action", "$600 million", "money", 6e8, 6e8, "USD", Y, "class settlement amount"),
 ("f-20mi", F, "people within 20 miles", "20 miles", "distance", 20, 20, "miles", Y, "class settlement radius"),
 ("f-sep24", F, "approved it in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "class settlement final approval date"),
 ("f-2mi", F, "Households within two miles", "two miles", "distance", 2, 2, "miles", Y, "top payment zone radius"),
 ("f-70k", F, "up to $70,000 for property", "$70,000", "money", 70000, 70000, "USD", Y, "max property payment per household"),
 ("f-55k", F, "About 55,000 claims", "55,000", "count", 55000, 55000, "claims", Y, "claims filed"),
 ("f-5obj", F, "Five objectors appealed", "Five", "count", 5, 5, "objectors", Y, "objectors appealing"),
 ("f-jan16", F, "On Jan. 16, Pearson", "Jan. 16", "date", 2025, 2025, "year", Y, "appeal bond order date"),
 ("f-850", F, "post an $850,000 bond", "$850,000", "money", 850000, 850000, "USD", Y, "appeal bond"),
 ("f-100m", F, "more than $100 million in direct", "$100 million", "money", 1e8, 1e8, "USD", Y, "community assistance to date (lower bound)"),
 ("f-jan", F, "In its January earnings report", "January", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-22b", F, "cost it about $2.2 billion in total", "$2.2 billion", "money", 2.2e9, 2.2e9, "USD", Y, "ns estimated total derailment cost"),
 ("f-lastmay", F, "Committee last May", "last May", "date", 2024, 2024, "year", Y, "senate commerce committee vote date"),
 ("f-225k", F, "from $225,000 to $10 million", "$225,000", "money", 225000, 225000, "USD", Y, "current max fine per violation"),
 ("f-10m", F, "$225,000 to $10 million", "$10 million", "money", 1e7, 1e7, "USD", Y, "proposed max fine per violation"),
 ("f-r15", F, "The $15 million figure", "$15 million", "money", 1.5e7, 1.5e7, "USD", N, "ruling repeat"),
 ("f-r310", F, "is worth more than $310 million, the", "$310 million", "money", 3.1e8, 3.1e8, "USD", N, "ruling repeat"),
 ("f-r600", F, "settlement is $600 million, and", "$600 million", "money", 6e8, 6e8, "USD", N, "ruling repeat"),
 ("f-r22b", F, "total cost at $2.2 billion", "$2.2 billion", "money", 2.2e9, 2.2e9, "USD", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 hazmat tank cars derailed: 20 (EP03, total hazmat cars on train swapped in) vs 11
 ("a-20hz", "w-11", S), ("a-20hz", "e-11", S), ("a-20hz", "l-11", S), ("a-20hz", "f-11", S),
 # S2 vinyl chloride gallons: 115,850 (EP04, transposed) vs 115,580
 ("e-gal", "w-gal", S), ("e-gal", "a-gal", S), ("e-gal", "f-gal", S),
 # S3 NTSB final board meeting year: June 2023 (EP05) vs 2024
 ("b-jun23", "w-tue", S), ("b-jun23", "e-jun25", S), ("b-jun23", "l-retjun", S), ("b-jun23", "f-jun24", S),
 # S4 max property payment per household: $25,000 (EP05, per-person figure) vs $70,000
 ("b-25k", "e-70k", S), ("b-25k", "l-70k", S), ("b-25k", "f-70k", S),
 # S5 ACE headache share of 704: 74% (EP04, the 168-respondent interim figure) vs 76.0%
 ("e-74", "a-76", S),
 # S6 class settlement radius: 10-mile (EP02, personal-injury radius) vs 20 miles
 ("p-10mi", "e-20mi", S), ("p-10mi", "b-20mi", S), ("p-10mi", "l-20mi", S), ("p-10mi", "f-20mi", S),
 # S7 civil penalty: $25 million (EP05, health-program figure) vs $15 million
 ("b-25pen", "p-15pen", S), ("b-25pen", "e-15", S), ("b-25pen", "l-15", S), ("b-25pen", "f-15", S),
 # S8 community health program length: 10-year (EP07, monitoring period) vs 20-year
 ("f-10yr", "p-20yr", S), ("f-10yr", "a-20yr", S), ("f-10yr", "e-20yr", S), ("f-10yr", "b-20yr", S), ("f-10yr", "l-20yr", S),
 # S9 NS costs through March 2024: $1.1 billion (EP05, end-2023 figure) vs $1.7 billion
 ("b-11b", "w-17b", S), ("b-11b", "p-17b", S),
 # S10 residents evacuated: ~4,700 (EP04, whole population) vs ~2,000 / 1,500-2,000
 ("e-4700", "w-2000", S), ("e-4700", "l-15002000", S), ("e-4700", "f-2000", S),
 # S11 initial evacuation radius: two-mile (EP06) vs one mile
 ("l-2mirad", "w-1mi", S), ("l-2mirad", "a-1mi", S), ("l-2mirad", "e-1mi", S), ("l-2mirad", "f-1mi", S),
 # S12 days from derailment to vent and burn: two (EP01) vs three
 ("w-2days", "a-3d", S), ("w-2days", "b-3d", S), ("w-2days", "l-3d", S),
 # S13 East Palestine detector reading: 235 (EP07, transposed) vs 253
 ("f-235", "w-253", S), ("f-235", "b-253", S),
 # S14 Senate Commerce votes for: 15 (EP05) vs 16
 ("b-15v", "w-16", S),
 # S15 Senate Commerce vote year: "last May" in Feb 2025 = 2024 (EP07) vs 2023
 ("f-lastmay", "w-maylast", S), ("f-lastmay", "b-may23", S),
 # S16 total soil removed: 16,600 t (EP03, April 2023 interim as total) vs 165,000 tons
 ("a-16600", "e-165k", S), ("a-16600", "l-165k", S),
 # S17 aquatic animals killed: 38,222 (EP06, minnows only, as total) vs 43,785 / ~43,700
 ("l-38222", "a-43785", S), ("l-38222", "e-43700", S),
 # S18 appeal bond order year: January 2024 (EP05) vs Jan. 16 [2025] (EP07)
 ("b-jan24", "f-jan16", S),
 # S19 federal settlement value: $235 million (EP06, cleanup component) vs $310 million
 ("l-235", "w-310", S), ("l-235", "p-310", S), ("l-235", "e-310", S), ("l-235", "b-310", S), ("l-235", "f-310", S),
 # Qualified (real discrepancies between real sources)
 ("b-50", "w-38", Q), ("b-50", "a-38", Q), ("b-50", "e-38", Q), ("b-50", "l-38", Q), ("b-50", "f-38", Q),
 ("e-20rec", "w-31", Q),
 ("a-35m", "l-39m", Q),
 ("b-4900", "w-4700", Q),
 ("e-74", "a-3of4", Q),
 ("e-4700", "b-4900", Q),
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
        rows.append({"type": "claim", "id": f"ep-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ep-{a}", f"ep-{b}"
        if a not in docof or b not in docof:
            print("MISSING CONFLICT CLAIM", a, b); ok = False; continue
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
