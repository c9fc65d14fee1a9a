#!/usr/bin/env python3
"""Build maui-wildfire.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "maui-wildfire")
OUT = os.path.join(HERE, "maui-wildfire.gold.jsonl")
PFX = "mw"

W, P, A, E, B, L, F = ("MW01_wire.txt", "MW02_press.txt", "MW03_abstract.txt",
                       "MW04_explainer.txt", "MW05_blog.txt", "MW06_local.txt", "MW07_factcheck.txt")
Y = True; N = False
NA = None

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MW01 wire (2025-02-11)
 ("w-h4b", W, "clears way for $4 billion", "$4 billion", "money", 4e9, 4e9, "USD", N, "headline settlement (rounded)"),
 ("w-dl", W, "HONOLULU, Feb. 11", "Feb. 11", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "ruled on Monday", "Monday", "date", 2025, 2025, "year", Y, "supreme court ruling date (2025-02-10)"),
 ("w-2023n", W, "blamed for the 2023 Maui", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-4037", W, "to a $4.037 billion settlement", "$4.037 billion", "money", 4037e6, 4037e6, "USD", Y, "settlement total"),
 ("w-6mo", W, "stalled for six months", "six months", "duration", 6, 6, "months", Y, "settlement stalled"),
 ("w-v4", W, "In a 4-1 decision", "4", "count", 4, 4, "votes", Y, "supreme court votes for"),
 ("w-v1", W, "4-1 decision", "1", "count", 1, 1, "votes", Y, "supreme court votes against"),
 ("w-4d", W, "four days after it heard", "four days", "duration", 4, 4, "days", Y, "ruling after arguments"),
 ("w-3q", W, "answered three questions", "three", "count", 3, 3, "questions", Y, "certified questions"),
 ("w-aug8", W, "Lahaina on Aug. 8, 2023, killed", "Aug. 8, 2023", "date", 2023, 2023, "year", Y, "fire date"),
 ("w-102", W, "killed 102 people and was", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("w-cent", W, "in more than a century. It", "a century", "duration", 100, 100, "years", N, "aside"),
 ("w-2200", W, "more than 2,200 structures", "2,200", "count", 2200, 2200, "structures", Y, "structures damaged or destroyed (lower bound)"),
 ("w-55b", W, "estimated $5.5 billion in damage", "$5.5 billion", "money", 5.5e9, 5.5e9, "USD", Y, "damage / rebuild estimate"),
 ("w-lastaug", W, "agreed last August to pay", "last August", "date", 2024, 2024, "year", Y, "settlement announced"),
 ("w-single", W, "into a single fund", "single", "count", 1, 1, "funds", N, "one fund"),
 ("w-7def", W, "Seven defendants agreed", "Seven", "count", 7, 7, "defendants", Y, "defendants"),
 ("w-199", W, "Electric's part is $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "hawaiian electric share"),
 ("w-49", W, "roughly 49% of the total", "49%", "percent", 49, 49, "%", Y, "hawaiian electric share of total"),
 ("w-75m", W, "including $75 million it", "$75 million", "money", 75e6, 75e6, "USD", Y, "heco prior contribution to one ohana"),
 ("w-450", W, "about 450 lawsuits", "450", "count", 450, 450, "lawsuits", Y, "lawsuits resolved (green, aug 2024)"),
 ("w-2200c", W, "more than 2,200 claimants", "2,200", "count", 2200, 2200, "claimants", Y, "claimants (green)"),
 ("w-17k", W, "more than 17,000 people", "17,000", "count", 17000, 17000, "people", Y, "people covered (plaintiffs' lawyers, feb 2025)"),
 ("w-192", W, "A coalition of 192 insurers", "192", "count", 192, 192, "insurers", Y, "insurer coalition"),
 ("w-23b", W, "paid about $2.3 billion", "$2.3 billion", "money", 2.3e9, 2.3e9, "USD", Y, "insurer claims paid"),
 ("w-augnext", W, "anniversary of the fire in August", "August", "date", 2025, 2025, "year", N, "hoped payment start"),
 ("w-95", W, "serves about 95% of", "95%", "percent", 95, 95, "%", Y, "heco share of residents served"),
 ("w-4inst", W, "in four annual installments", "four", "count", 4, 4, "installments", Y, "heco installments"),
 ("w-115", W, "Officials counted 115 deaths", "115", "count", 115, 115, "deaths", Y, "death toll before revision"),
 ("w-3wk", W, "for more than three weeks before", "three weeks", "duration", 3, 3, "weeks", Y, "115 held"),
 ("w-97", W, "cut the toll to 97", "97", "count", 97, 97, "deaths", Y, "revised death toll sept 15 2023"),
 ("w-sep15", W, "on Sept. 15, 2023", "Sept. 15, 2023", "date", 2023, 2023, "year", Y, "revision date"),
 ("w-31", W, "point 31 people were", "31", "count", 31, 31, "people", Y, "unaccounted for at revision"),
 ("w-1000", W, "down from more than 1,000", "1,000", "count", 1000, 1000, "people", Y, "unaccounted for, first two weeks"),
 ("w-2wk", W, "in the first two weeks", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("w-100", W, "The toll rose to 100", "100", "count", 100, 100, "deaths", Y, "toll by january 2024"),
 ("w-jan24", W, "by January 2024", "January 2024", "date", 2024, 2024, "year", N, "timepoint"),
 ("w-102b", W, "later reached 102", "102", "count", 102, 102, "deaths", N, "final toll (repeat)"),
 ("w-600p", W, "A 600-page federal report", "600", "count", 600, 600, "pages", Y, "atf report length"),
 ("w-lastoct", W, "findings last October", "last October", "date", 2024, 2024, "year", Y, "cause report released"),
 ("w-60mph", W, "gusts of more than 60 mph", "60 mph", "other", 60, 60, "mph", Y, "wind gusts"),
 ("w-lastmo", W, "opened its session last month", "last month", "date", 2025, 2025, "year", N, "legislative session start"),
 ("w-20", W, "about 20% of the total", "20%", "percent", 20, 20, "%", Y, "state share of settlement"),
 ("w-2yr", W, "But two years is", "two years", "duration", 2, 2, "years", N, "quote"),
 ("w-ten", W, "a lot faster than ten", "ten", "duration", 10, 10, "years", N, "quote"),

 # ---- MW02 press (2025-07-10)
 ("p-h4037", P, "Named Claims Administrator for $4.037 Billion", "$4.037 Billion", "money", 4037e6, 4037e6, "USD", N, "headline repeat"),
 ("p-s807", P, "State's $807.5 million share now", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", N, "subtitle repeat"),
 ("p-dl", P, "July 10, 2025", "July 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-4037", P, "distribute the $4.037 billion global", "$4.037 billion", "money", 4037e6, 4037e6, "USD", Y, "settlement total"),
 ("p-aug8", P, "from the August 8, 2023 wildfires in", "August 8, 2023", "date", 2023, 2023, "year", Y, "fire date"),
 ("p-tue", P, "signature on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "governor signs hb 1001 (2025-07-08)"),
 ("p-807", P, "Hawai'i's $807.5 million contribution", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", Y, "state share"),
 ("p-4yr", P, "pay its share over four years", "four years", "duration", 4, 4, "years", Y, "state payment period"),
 ("p-199", P, "parent company: $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "heco share"),
 ("p-75m", P, "including $75 million previously", "$75 million", "money", 75e6, 75e6, "USD", Y, "heco prior contribution to one ohana"),
 ("p-872", P, "Kamehameha Schools: $872.5 million", "$872.5 million", "money", 872.5e6, 872.5e6, "USD", Y, "kamehameha schools share"),
 ("p-807b", P, "State of Hawai'i: $807.5 million", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", N, "state share (list repeat)"),
 ("p-367", P, "approximately $367 million combined", "$367 million", "money", 367e6, 367e6, "USD", Y, "other defendants combined"),
 ("p-feb24", P, "Court's February 2024 decision", "February 2024", "date", 2024, 2024, "year", Y, "supreme court ruling date"),
 ("p-week", P, "issued a week after the court", "a week", "duration", 7, 7, "days", Y, "ruling after arguments"),
 ("p-2yr", P, "\"For two years, families", "two years", "duration", 2, 2, "years", N, "quote"),
 ("p-aug8q", P, "what was lost on August 8, but", "August 8", "date", 2023, 2023, "year", N, "quote"),
 ("p-90d", P, "within 90 days", "90 days", "duration", 90, 90, "days", Y, "first determination notices"),
 ("p-6d", P, "staffed six days a week", "six", "count", 6, 6, "days per week", N, "help line"),
 ("p-175", P, "a $175 million fund", "$175 million", "money", 175e6, 175e6, "USD", Y, "one ohana fund size"),
 ("p-15m", P, "offered $1.5 million to each", "$1.5 million", "money", 1.5e6, 1.5e6, "USD", Y, "one ohana per family"),
 ("p-4037b", P, "part of the $4.037 billion trust", "$4.037 billion", "money", 4037e6, 4037e6, "USD", N, "repeat"),
 ("p-aug8b", P, "began on August 8, 2023 killed", "August 8, 2023", "date", 2023, 2023, "year", N, "fire date (repeat)"),
 ("p-102", P, "killed 102 people and destroyed", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("p-2719", P, "destroyed 2,719 structures", "2,719", "count", 2719, 2719, "structures", Y, "structures destroyed in lahaina"),
 ("p-552", P, "Lahaina at $5.52 billion", "$5.52 billion", "money", 5.52e9, 5.52e9, "USD", Y, "pdc rebuild estimate"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-30", P, "administered more than 30 class-action", "30", "count", 30, 30, "settlements", N, "about section"),
 ("p-140", P, "employs about 140 people", "140", "count", 140, 140, "employees", N, "about section"),

 # ---- MW03 abstract (2025-03-18)
 ("a-pub", A, "Published online 18 March 2025", "18 March 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tdate", A, "toll of the 8 August 2023 Lahaina", "8 August 2023", "date", 2023, 2023, "year", N, "title"),
 ("a-aug8", A, "Background: On 8 August 2023", "8 August 2023", "date", 2023, 2023, "year", Y, "fire date"),
 ("a-cent", A, "in more than a century [1]", "a century", "duration", 100, 100, "years", N, "aside"),
 ("a-11aug", A, "as of 11 August 2023", "11 August 2023", "date", 2023, 2023, "year", N, "data as-of date"),
 ("a-period", A, "(August 2023 to January 2024)", "August 2023 to January 2024", "date", 2023, 2024, "year", N, "data period"),
 ("a-2719", A, "N = 2,719", "2,719", "count", 2719, 2719, "structures", Y, "structures exposed lahaina"),
 ("a-2207", A, "2,207 were damaged", "2,207", "count", 2207, 2207, "structures", Y, "structures damaged or destroyed lahaina (pdc)"),
 ("a-812", A, "(81.2%, 95% CI", "81.2%", "percent", 81.2, 81.2, "%", Y, "share of exposed structures damaged/destroyed"),
 ("a-812ci", A, "79.7–82.6", "79.7–82.6", "percent", 79.7, 82.6, "%", Y, "ci"),
 ("a-86", A, "86% of exposed buildings", "86%", "percent", 86, 86, "%", Y, "residential share of exposed buildings"),
 ("a-9", A, "residential and 9% commercial", "9%", "percent", 9, 9, "%", Y, "commercial share"),
 ("a-544", A, "of 544 exposed structures", "544", "count", 544, 544, "structures", Y, "kula structures exposed"),
 ("a-63", A, "n=63 were damaged", "63", "count", 63, 63, "structures", Y, "kula structures damaged"),
 ("a-116", A, "(11.6%, 95% CI", "11.6%", "percent", 11.6, 11.6, "%", Y, "kula damaged share"),
 ("a-116ci", A, "9.2–14.5", "9.2–14.5", "percent", 9.2, 14.5, "%", Y, "ci"),
 ("a-diff", A, "difference −69.6 percentage points", "−69.6 percentage points", "percent", -69.6, -69.6, "pp", Y, "kula minus lahaina"),
 ("a-diffci", A, "−72.7 to −66.5", "−72.7 to −66.5", "percent", -72.7, -66.5, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-2170", A, "Lahaina fire burned 2,170 acres", "2,170", "count", 2170, 2170, "acres", Y, "lahaina acres burned"),
 ("a-678", A, "Kula fire 678 acres", "678", "count", 678, 678, "acres", Y, "kula acres burned"),
 ("a-552", A, "rebuilding Lahaina at $5.52 billion", "$5.52 billion", "money", 5.52e9, 5.52e9, "USD", Y, "pdc rebuild estimate"),
 ("a-32b", A, "about $3.2 billion [3]", "$3.2 billion", "money", 3.2e9, 3.2e9, "USD", Y, "insured losses (kcc)"),
 ("a-115", A, "stood at 115 from", "115", "count", 115, 115, "deaths", Y, "death toll before revision"),
 ("a-21aug", A, "from 21 August until", "21 August", "date", 2023, 2023, "year", N, "period start"),
 ("a-15sep", A, "until 15 September 2023", "15 September 2023", "date", 2023, 2023, "year", Y, "revision date"),
 ("a-97", A, "cut it to 97", "97", "count", 97, 97, "deaths", Y, "revised death toll"),
 ("a-157", A, "(−15.7%)", "−15.7%", "percent", -15.7, -15.7, "%", Y, "relative change in toll"),
 ("a-74", A, "at that date 74 of the dead", "74", "count", 74, 74, "people", Y, "identified at revision"),
 ("a-41", A, "and 41 persons remained", "41", "count", 41, 41, "people", Y, "unaccounted for at revision"),
 ("a-24aug", A, "released on 24 August 2023", "24 August 2023", "date", 2023, 2023, "year", Y, "first validated missing list"),
 ("a-388", A, "held 388 names", "388", "count", 388, 388, "names", Y, "first validated missing list"),
 ("a-1000", A, "estimates of 1,000 to 1,100", "1,000 to 1,100", "count", 1000, 1100, "people", Y, "unaccounted for estimate aug 22"),
 ("a-2d", A, "two days earlier", "two days", "duration", 2, 2, "days", N, "timepoint"),
 ("a-100th", A, "The 100th victim", "100th", "count", 100, 100, "deaths", N, "ordinal milestone"),
 ("a-26jan", A, "identified on 26 January 2024", "26 January 2024", "date", 2024, 2024, "year", Y, "100th victim identified"),
 ("a-three", A, "when three persons remained", "three", "count", 3, 3, "people", Y, "unaccounted for jan 2024"),
 ("a-102", A, "the toll later reached 102", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("a-ages", A, "aged 7 to 97 years", "7 to 97 years", "age", 7, 97, "years", Y, "victim age range"),
 ("a-23", A, "more than two-thirds were 60", "two-thirds", "percent", 66.7, 66.7, "%", Y, "share of victims 60+"),
 ("a-60", A, "were 60 or older", "60", "age", 60, 60, "years", N, "age qualifier"),
 ("a-3u18", A, "and 3 of the first 100", "3", "count", 3, 3, "people", Y, "victims under 18"),
 ("a-100", A, "3 of the first 100 identified", "100", "count", 100, 100, "people", N, "denominator"),
 ("a-30pct", A, "(3.0%, 95% CI", "3.0%", "percent", 3.0, 3.0, "%", Y, "share under 18"),
 ("a-30ci", A, "1.0–8.5", "1.0–8.5", "percent", 1.0, 8.5, "%", Y, "ci"),
 ("a-18", A, "were under 18", "18", "age", 18, 18, "years", N, "age qualifier"),
 ("a-3071", A, "peaked at 3,071 families", "3,071", "count", 3071, 3071, "families", Y, "peak hotel sheltering"),
 ("a-7x", A, "about seven times the proportion", "seven times", "ratio", 7, 7, "x", Y, "lahaina vs kula damage proportion"),
 ("a-18d", A, "count by 18 deaths", "18", "count", 18, 18, "deaths", Y, "overcount 115 vs 97"),

 # ---- MW04 explainer (2025-05-20)
 ("e-upd", E, "Updated May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2yr", E, "Nearly two years after", "two years", "duration", 2, 2, "years", N, "aside"),
 ("e-4b", E, "destroyed Lahaina, a $4 billion", "$4 billion", "money", 4e9, 4e9, "USD", N, "intro (rounded)"),
 ("e-aug8", E, "What happened on Aug. 8, 2023?", "Aug. 8, 2023", "date", 2023, 2023, "year", Y, "fire date"),
 ("e-102", E, "fire killed 102 people", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("e-2170", E, "burned 2,170 acres", "2,170", "count", 2170, 2170, "acres", Y, "lahaina acres burned"),
 ("e-2200", E, "more than 2,200 structures", "2,200", "count", 2200, 2200, "structures", Y, "structures damaged or destroyed (lower bound)"),
 ("e-32b", E, "Lahaina at about $3.2 billion", "$3.2 billion", "money", 3.2e9, 3.2e9, "USD", Y, "federal rebuild estimate"),
 ("e-4037", E, "The total is $4.037 billion", "$4.037 billion", "money", 4037e6, 4037e6, "USD", Y, "settlement total"),
 ("e-4bb", E, "usually rounded to $4 billion", "$4 billion", "money", 4e9, 4e9, "USD", N, "rounding note"),
 ("e-600", E, "more than 600 lawsuits", "600", "count", 600, 600, "lawsuits", Y, "lawsuits resolved"),
 ("e-7def", E, "against seven defendants", "seven", "count", 7, 7, "defendants", Y, "defendants"),
 ("e-199", E, "largest share, $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "heco share"),
 ("e-half", E, "about half of the total", "half", "percent", 50, 50, "%", Y, "heco share of total"),
 ("e-4inst", E, "in four annual installments", "four", "count", 4, 4, "installments", Y, "heco installments"),
 ("e-872", E, "will pay $872.5 million", "$872.5 million", "money", 872.5e6, 872.5e6, "USD", Y, "kamehameha schools share"),
 ("e-807", E, "state's share is $807.5 million", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", Y, "state share"),
 ("e-20", E, "$807.5 million, about 20%", "20%", "percent", 20, 20, "%", Y, "state share of total"),
 ("e-halfst", E, "puts half of the state's share", "half", "percent", 50, 50, "%", Y, "first-year portion of state share"),
 ("e-404", E, "nearly $404 million", "$404 million", "money", 404e6, 404e6, "USD", Y, "first state deposit"),
 ("e-jul1", E, "starts July 1", "July 1", "date", 2025, 2025, "year", N, "fiscal year start"),
 ("e-yrlater", E, "the rest a year later", "a year", "duration", 1, 1, "years", Y, "second state deposit after"),
 ("e-feb", E, "In February, the Hawaii Supreme Court", "February", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("e-v5", E, "ruled 5-0 that", "5", "count", 5, 5, "votes", Y, "supreme court votes for"),
 ("e-v0", E, "5-0 that insurance", "0", "count", 0, 0, "votes", Y, "supreme court votes against"),
 ("e-192", E, "A group of 192 insurers", "192", "count", 192, 192, "insurers", Y, "insurer coalition"),
 ("e-23b", E, "paid about $2.3 billion", "$2.3 billion", "money", 2.3e9, 2.3e9, "USD", Y, "insurer claims paid"),
 ("e-150", E, "separate $150 million fund", "$150 million", "money", 150e6, 150e6, "USD", Y, "one ohana fund size"),
 ("e-15m", E, "were offered $1.5 million each", "$1.5 million", "money", 1.5e6, 1.5e6, "USD", Y, "one ohana per family"),
 ("e-aug8n", E, "anniversary, on Aug. 8.", "Aug. 8", "date", 2025, 2025, "year", N, "target date"),
 ("e-1399", E, "returned all 1,399 residential lots", "1,399", "count", 1399, 1399, "properties", Y, "residential lots returned by usace"),
 ("e-lastfall", E, "to the county last fall", "last fall", "date", 2024, 2024, "year", N, "timepoint"),

 # ---- MW05 blog (2025-08-08)
 ("b-h2yr", B, "Two years after Lahaina: what", "Two years", "duration", 2, 2, "years", N, "headline"),
 ("b-dl", B, "August 8, 2025 | 7 min read", "August 8, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-latejul", B, "Lahaina, late July.", "late July", "date", 2025, 2025, "year", N, "caption"),
 ("b-2yago", B, "Two years ago today", "Two years ago today", "date", 2023, 2023, "year", N, "fire date (relative)"),
 ("b-101", B, "killed 101 people", "101", "count", 101, 101, "deaths", Y, "final death toll"),
 ("b-12k", B, "a town of about 12,000", "12,000", "count", 12000, 12000, "residents", Y, "lahaina population"),
 ("b-lastwk", B, "the last week of July", "last week of July", "date", 2025, 2025, "year", N, "reporting period"),
 ("b-50", B, "says 50 homes have been rebuilt", "50", "count", 50, 50, "homes", Y, "homes rebuilt (jul 2025)"),
 ("b-280", B, "and 280 more are under", "280", "count", 280, 280, "homes", Y, "homes under construction"),
 ("b-465", B, "issued for 465 properties", "465", "count", 465, 465, "properties", Y, "building permits issued (jul 2025)"),
 ("b-339", B, "another 339 applications", "339", "count", 339, 339, "applications", Y, "permit applications pending"),
 ("b-804", B, "Those 804 pending", "804", "count", 804, 804, "permits", Y, "pending or completed permits"),
 ("b-52", B, "cover 52% of the", "52%", "percent", 52, 52, "%", Y, "permits share of cleared lots"),
 ("b-1538", B, "52% of the 1,538 lots", "1,538", "count", 1538, 1538, "lots", Y, "lots cleared of debris"),
 ("b-23yr", B, "about two to three years", "two to three years", "duration", 2, 3, "years", Y, "early forecast to first permit"),
 ("b-5527", B, "destroyed 5,527 residences", "5,527", "count", 5527, 5527, "residences", Y, "residential units destroyed"),
 ("b-86", B, "about 86% of the buildings in its path", "86%", "percent", 86, 86, "%", Y, "share of exposed buildings destroyed"),
 ("b-3000", B, "burned nearly 3,000 acres", "3,000", "count", 3000, 3000, "acres", Y, "lahaina acres burned (later figure)"),
 ("b-4037", B, "waiting on the $4.037 billion", "$4.037 billion", "money", 4037e6, 4037e6, "USD", Y, "settlement total"),
 ("b-199", B, "Electric is paying $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "heco share"),
 ("b-4yr", B, "$1.99 billion over four years", "four years", "duration", 4, 4, "years", Y, "heco payment period"),
 ("b-872k", B, "Schools is paying $872.5 million", "$872.5 million", "money", 872.5e6, 872.5e6, "USD", Y, "kamehameha schools share"),
 ("b-872s", B, "the state's $872.5 million share", "$872.5 million", "money", 872.5e6, 872.5e6, "USD", Y, "state share"),
 ("b-spring", B, "lawmakers this spring", "this spring", "date", 2025, 2025, "year", N, "legislative approval"),
 ("b-jul24", B, "signed the bill in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "governor signs state share bill"),
 ("b-7", B, "from 7-year-old Tony", "7-year-old", "age", 7, 7, "years", Y, "youngest victim age"),
 ("b-97", B, "who was 97", "97", "age", 97, 97, "years", Y, "oldest victim age"),
 ("b-23", B, "More than two-thirds were 60", "two-thirds", "percent", 66.7, 66.7, "%", Y, "share of victims 60+"),
 ("b-60", B, "were 60 or older. Several", "60", "age", 60, 60, "years", N, "age qualifier"),
 ("b-aug25", B, "Memorial wall, August 2025", "August 2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-sum24", B, "in the summer of 2024", "summer of 2024", "date", 2024, 2024, "year", Y, "hotel sheltering ended"),
 ("b-3071", B, "the last of 3,071 displaced", "3,071", "count", 3071, 3071, "families", Y, "families in hotel sheltering"),
 ("b-1or2", B, "within a year or two", "a year or two", "duration", 1, 2, "years", N, "aside"),
 ("b-8", B, "about eight homes", "eight", "count", 8, 8, "homes", Y, "komo mai street homes rebuilt"),
 ("b-jul31", B, "keys on July 31", "July 31", "date", 2025, 2025, "year", N, "anecdote date"),
 ("b-2or3", B, "now two or three approvals a week", "two or three", "count", 2, 3, "approvals per week", Y, "permit pace"),
 ("b-151", B, "The 151-year-old banyan", "151-year-old", "age", 151, 151, "years", N, "related link"),

 # ---- MW06 local (2024-10-03)
 ("l-h1", L, "fire was one blaze", "one", "count", 1, 1, "fires", N, "headline"),
 ("l-dl", L, "Thursday, October 3, 2024", "October 3, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("l-lastaug", L, "destroyed Lahaina last August", "last August", "date", 2024, 2024, "year", Y, "fire date (relative)"),
 ("l-wed", L, "said on Wednesday as", "Wednesday", "date", 2024, 2024, "year", Y, "cause report released (2024-10-02)"),
 ("l-one", L, "there was one fire, not two", "one", "count", 1, 1, "fires", N, "one fire"),
 ("l-two", L, "one fire, not two, burning", "two", "count", 2, 2, "fires", N, "not two fires"),
 ("l-2ph", L, "burning in two phases", "two", "count", 2, 2, "phases", N, "fire phases"),
 ("l-102", L, "and killed 102\npeople", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("l-sep23", L, "county on Sept. 23", "Sept. 23", "date", 2024, 2024, "year", Y, "atf summary delivered"),
 ("l-2d", L, "briefed two days later", "two days", "duration", 2, 2, "days", N, "briefing after delivery"),
 ("l-400p", L, "more than 400 pages", "400", "count", 400, 400, "pages", Y, "atf report length"),
 ("l-55h", L, "about five and a half hours", "five and a half hours", "duration", 5.5, 5.5, "hours", Y, "crews on scene after containment"),
 ("l-2x", L, "more than twice as long", "twice", "ratio", 2, 2, "x", Y, "vs normal stay"),
 ("l-2019", L, "Schools in 2019 to cut", "2019", "date", 2019, 2019, "year", Y, "firebreak order"),
 ("l-30ft", L, "maintain a 30-foot firebreak", "30-foot", "other", 30, 30, "feet", Y, "firebreak width"),
 ("l-2710", L, "burned 2,710 acres", "2,710", "count", 2710, 2710, "acres", Y, "lahaina acres burned"),
 ("l-2207", L, "counted 2,207 structures", "2,207", "count", 2207, 2207, "structures", Y, "structures damaged or destroyed (pdc)"),
 ("l-552", L, "rebuilding at $5.52 billion", "$5.52 billion", "money", 5.52e9, 5.52e9, "USD", Y, "pdc rebuild estimate"),
 ("l-ayear", L, "hearing this for a year", "a year", "duration", 1, 1, "years", N, "quote"),
 ("l-115", L, "Police counted 115 dead", "115", "count", 115, 115, "deaths", Y, "toll before revision"),
 ("l-97", L, "cut the figure to 97", "97", "count", 97, 97, "deaths", Y, "revised death toll"),
 ("l-sep23b", L, "97 in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "revision date"),
 ("l-47", L, "when only 47 of the victims", "47", "count", 47, 47, "people", Y, "identified at revision"),
 ("l-aug24", L, "released Aug. 24, 2023", "Aug. 24, 2023", "date", 2023, 2023, "year", Y, "first validated missing list"),
 ("l-388", L, "had 388 names", "388", "count", 388, 388, "names", Y, "first validated missing list"),
 ("l-11", L, "youngest victim was 11", "11", "age", 11, 11, "years", Y, "youngest victim age"),
 ("l-apr", L, "first report in April", "April", "date", 2024, 2024, "year", N, "ag phase one date"),
 ("l-101", L, "counted 101 deaths", "101", "count", 101, 101, "deaths", Y, "toll at ag phase one (apr 2024)"),
 ("l-lastmo", L, "released last month", "last month", "date", 2024, 2024, "year", N, "ag phase two date"),
 ("l-lastwk", L, "said last week it has", "last week", "date", 2024, 2024, "year", N, "usace statement date"),
 ("l-1390", L, "returned 1,390 completed", "1,390", "count", 1390, 1390, "properties", Y, "residential properties returned by usace"),
 ("l-64", L, "removal is 64% complete", "64%", "percent", 64, 64, "%", Y, "commercial debris removal progress"),
 ("l-72", L, "with 72 of 159", "72", "count", 72, 72, "lots", Y, "commercial lots returned"),
 ("l-159", L, "72 of 159 commercial", "159", "count", 159, 159, "lots", Y, "commercial lots total"),
 ("l-nextyr", L, "finish early next year", "early next year", "date", 2025, 2025, "year", N, "forecast"),
 ("l-199", L, "agreed to pay $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "heco share"),
 ("l-4b", L, "roughly $4 billion global", "$4 billion", "money", 4e9, 4e9, "USD", Y, "settlement total (rounded)"),
 ("l-aug", L, "settlement announced in August", "August", "date", 2024, 2024, "year", Y, "settlement announced"),

 # ---- MW07 fact-check (2025-07-15)
 ("f-dl", F, "Truth Desk | July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c4b", F, "most of the $4 billion Lahaina", "$4 billion", "money", 4e9, 4e9, "USD", N, "claim text"),
 ("f-chund", F, "list hundreds of people", "hundreds", "count", NA, NA, "people", N, "claim text (vague)"),
 ("f-20k", F, "more than 20,000 times", "20,000", "count", 20000, 20000, "shares", N, "post shares"),
 ("f-aug8", F, "over the Aug. 8, 2023, Maui", "Aug. 8, 2023", "date", 2023, 2023, "year", Y, "fire date"),
 ("f-4037", F, "totals $4.037 billion", "$4.037 billion", "money", 4037e6, 4037e6, "USD", Y, "settlement total"),
 ("f-807", F, "share is $807.5 million", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", Y, "state share"),
 ("f-20", F, "or about 20%", "20%", "percent", 20, 20, "%", Y, "state share of total"),
 ("f-jul8", F, "money on July 8", "July 8", "date", 2025, 2025, "year", Y, "governor signs state share bill"),
 ("f-4yr", F, "pay it over four years", "four years", "duration", 4, 4, "years", Y, "state payment period"),
 ("f-200m", F, "roughly $200 million a year", "$200 million", "money", 200e6, 200e6, "USD", Y, "state payment per year"),
 ("f-199", F, "Electric, at $1.99 billion", "$1.99 billion", "money", 1.99e9, 1.99e9, "USD", Y, "heco share"),
 ("f-493", F, "or 49.3% of the total", "49.3%", "percent", 49.3, 49.3, "%", Y, "heco share of total"),
 ("f-872", F, "is paying $872.5 million", "$872.5 million", "money", 872.5e6, 872.5e6, "USD", Y, "kamehameha schools share"),
 ("f-216", F, "or 21.6%", "21.6%", "percent", 21.6, 21.6, "%", Y, "kamehameha share of total"),
 ("f-three", F, "the three largest payers", "three", "count", 3, 3, "payers", N, "qualifier"),
 ("f-91", F, "about 91% of the fund", "91%", "percent", 91, 91, "%", Y, "three largest payers share"),
 ("f-two", F, "and two of them are private", "two", "count", 2, 2, "payers", N, "qualifier"),
 ("f-feb10", F, "ruled on Feb. 10, 2025", "Feb. 10, 2025", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("f-4d", F, "just four days after", "four days", "duration", 4, 4, "days", Y, "ruling after arguments"),
 ("f-v5", F, "The vote was 5-0", "5", "count", 5, 5, "votes", Y, "supreme court votes for"),
 ("f-v0", F, "was 5-0.", "0", "count", 0, 0, "votes", Y, "supreme court votes against"),
 ("f-175", F, "worth $175 million", "$175 million", "money", 175e6, 175e6, "USD", Y, "one ohana fund size"),
 ("f-15m", F, "offered $1.5 million to each", "$1.5 million", "money", 1.5e6, 1.5e6, "USD", Y, "one ohana per family"),
 ("f-102", F, "police say 102 people died", "102", "count", 102, 102, "deaths", Y, "final death toll"),
 ("f-3wk", F, "For more than three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "115 held"),
 ("f-115", F, "officials reported 115 deaths", "115", "count", 115, 115, "deaths", Y, "toll before revision"),
 ("f-sep15", F, "On Sept. 15, 2023, after", "Sept. 15, 2023", "date", 2023, 2023, "year", Y, "revision date"),
 ("f-97", F, "the toll was lowered to 97", "97", "count", 97, 97, "deaths", Y, "revised death toll"),
 ("f-31", F, "At that point 31 people", "31", "count", 31, 31, "people", Y, "unaccounted for at revision"),
 ("f-100th", F, "The 100th victim", "100th", "count", 100, 100, "deaths", N, "ordinal milestone"),
 ("f-jan24", F, "was identified in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "100th victim identified"),
 ("f-ages", F, "in age from 7 to 97", "7 to 97", "age", 7, 97, "years", Y, "victim age range"),
 ("f-hund2", F, "\"Hundreds missing.\" This", "Hundreds", "count", NA, NA, "people", N, "claim text (vague)"),
 ("f-in2023", F, "for a short time in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-2wk", F, "the first two weeks", "two weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("f-1000", F, "topped 1,000", "1,000", "count", 1000, 1000, "people", Y, "unaccounted-for estimates first two weeks"),
 ("f-aug24", F, "list on Aug. 24, 2023", "Aug. 24, 2023", "date", 2023, 2023, "year", Y, "first validated missing list"),
 ("f-385", F, "2023, with 385 names", "385", "count", 385, 385, "names", Y, "first validated missing list"),
 ("f-midsep", F, "by mid-September the list", "mid-September", "date", 2023, 2023, "year", N, "timepoint"),
 ("f-31b", F, "was down to 31", "31", "count", 31, 31, "people", Y, "unaccounted for mid-september"),
 ("f-jan24b", F, "By January 2024, three", "January 2024", "date", 2024, 2024, "year", N, "timepoint"),
 ("f-3rem", F, "three names remained", "three", "count", 3, 3, "names", Y, "unaccounted for jan 2024"),
 ("f-hund3", F, "the \"hundreds missing\" figure", "hundreds", "count", NA, NA, "people", N, "claim text (vague)"),
 ("f-earlysep", F, "from early September 2023", "early September 2023", "date", 2023, 2023, "year", N, "aside"),
 ("f-thismo", F, "As of this month", "this month", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-47", F, "permits for only 47 homes", "47", "count", 47, 47, "homes", Y, "building permits issued (jul 2025)"),
 ("f-dozens", F, "dozens of houses", "dozens", "count", NA, NA, "homes", N, "vague"),
 ("f-807r", F, "the state's $807.5 million is", "$807.5 million", "money", 807.5e6, 807.5e6, "USD", Y, "state share (ruling)"),
 ("f-fifth", F, "about one-fifth of", "one-fifth", "percent", 20, 20, "%", Y, "state share of total (ruling)"),
 ("f-4037r", F, "one-fifth of the $4.037 billion", "$4.037 billion", "money", 4037e6, 4037e6, "USD", N, "repeat"),
 ("f-102r", F, "official count of 102 is", "102", "count", 102, 102, "deaths", Y, "final toll (ruling)"),
 ("f-97r", F, "than the 97 reported", "97", "count", 97, 97, "deaths", N, "revised toll (ruling repeat)"),
 ("f-sep23r", F, "after the September 2023 revision", "September 2023", "date", 2023, 2023, "year", N, "repeat"),
 ("f-385r", F, "shrank from 385 names", "385", "count", 385, 385, "names", Y, "first validated list (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 final death toll 101 vs 102
 ("b-101", "w-102", S), ("b-101", "p-102", S), ("b-101", "a-102", S), ("b-101", "e-102", S),
 ("b-101", "l-102", S), ("b-101", "f-102", S), ("b-101", "f-102r", S),
 # S2 identified at the Sept 2023 revision (transposed)
 ("l-47", "a-74", S),
 # S3 state share (Kamehameha's figure swapped in)
 ("b-872s", "p-807", S), ("b-872s", "e-807", S), ("b-872s", "f-807", S), ("b-872s", "f-807r", S),
 # S4 supreme court ruling year
 ("p-feb24", "w-mon", S), ("p-feb24", "e-feb", S), ("p-feb24", "f-feb10", S),
 # S5 supreme court vote 4-1 vs 5-0
 ("w-v4", "e-v5", S), ("w-v4", "f-v5", S), ("w-v1", "e-v0", S), ("w-v1", "f-v0", S),
 # S6 structures destroyed: exposed count reported as destroyed
 ("p-2719", "a-2207", S), ("p-2719", "l-2207", S),
 # S7 acres burned (transposed)
 ("l-2710", "a-2170", S), ("l-2710", "e-2170", S),
 # S8 rebuild estimate: insured-loss figure given as federal rebuild estimate
 ("e-32b", "a-552", S), ("e-32b", "p-552", S), ("e-32b", "l-552", S), ("e-32b", "w-55b", S),
 # S9 first validated missing list (Sept 1 figure given for Aug 24)
 ("f-385", "a-388", S), ("f-385", "l-388", S), ("f-385r", "a-388", S), ("f-385r", "l-388", S),
 # S10 unaccounted for at the Sept 15 revision (earlier 41 reported)
 ("a-41", "w-31", S), ("a-41", "f-31", S), ("a-41", "f-31b", S),
 # S11 fire date: "last August" from Oct 2024 resolves to 2024
 ("l-lastaug", "w-aug8", S), ("l-lastaug", "p-aug8", S), ("l-lastaug", "a-aug8", S),
 ("l-lastaug", "e-aug8", S), ("l-lastaug", "f-aug8", S),
 # S12 One 'Ohana fund size (initial figure)
 ("e-150", "p-175", S), ("e-150", "f-175", S),
 # S13 residential lots returned by USACE (signed-up count vs completed)
 ("e-1399", "l-1390", S),
 # S14 building permits issued as of July 2025 (a year-old figure)
 ("f-47", "b-465", S),
 # S15 share of exposed buildings destroyed (residential share swapped in)
 ("b-86", "a-812", S),
 # S16 youngest victim's age
 ("l-11", "b-7", S),
 # S17 ruling interval after arguments
 ("p-week", "w-4d", S), ("p-week", "f-4d", S),
 # S18 year the state-share bill was signed
 ("b-jul24", "p-tue", S), ("b-jul24", "f-jul8", S),
 # Qualified (real discrepancies / range vs point)
 ("w-450", "e-600", Q),
 ("b-3000", "a-2170", Q), ("b-3000", "e-2170", Q), ("b-3000", "l-2710", Q),
 ("w-600p", "l-400p", Q),
 ("e-yrlater", "p-4yr", Q), ("e-yrlater", "f-4yr", Q),
 ("l-11", "a-ages", Q), ("l-11", "f-ages", Q),
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
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
