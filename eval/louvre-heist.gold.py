#!/usr/bin/env python3
"""Build louvre-heist.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "louvre-heist")
OUT = os.path.join(HERE, "louvre-heist.gold.jsonl")
T = "louvre-heist"

W, P, A, E, B, L, F = ("LH01_wire.txt", "LH02_press.txt", "LH03_abstract.txt",
                       "LH04_explainer.txt", "LH05_blog.txt", "LH06_local.txt", "LH07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LH01 wire (2025-10-30)
 ("w-h2", W, "Two men charged over", "Two", "count", 2, 2, "people", N, "headline: men charged oct 29"),
 ("w-h5", W, "five more held", "five", "count", 5, 5, "people", N, "headline: oct 29 arrests"),
 ("w-dl", W, "PARIS, Oct 30", "Oct 30", "date", 2025, 2025, "year", N, "dateline"),
 ("w-2", W, "Two men suspected of breaking", "Two", "count", 2, 2, "people", Y, "men charged oct 29"),
 ("w-88", W, "estimated 88 million euros were", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("w-wed", W, "charged on Wednesday with", "Wednesday", "date", 2025, 2025, "year", Y, "first charges date (oct 29)"),
 ("w-5", W, "detained five more people", "five", "count", 5, 5, "people", Y, "people arrested oct 29"),
 ("w-34", W, "aged 34 and 39", "34", "age", 34, 34, "years", Y, "age of algerian suspect (ayed g.)"),
 ("w-39", W, "aged 34 and 39", "39", "age", 39, 39, "years", Y, "age of aubervilliers suspect (abdoulaye n.)"),
 ("w-102", W, "valued at about $102 million", "$102 million", "money", 102000000, 102000000, "USD", Y, "estimated value of stolen jewels (usd)"),
 ("w-39b", W, "a 39-year-old from the northern", "39-year-old", "age", 39, 39, "years", N, "age of aubervilliers suspect (repeat)"),
 ("w-sat", W, "near his home on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "first arrests (oct 25)"),
 ("w-2010", W, "in France since 2010", "2010", "date", 2010, 2010, "year", N, "suspect resident since (aside)"),
 ("w-6d", W, "six days after the robbery", "six days", "duration", 6, 6, "days", Y, "time from heist to first arrests"),
 ("w-15y", W, "maximum sentence of 15 years", "15 years", "duration", 15, 15, "years", Y, "max sentence organised theft"),
 ("w-10y", W, "criminal conspiracy up to 10 years", "10 years", "duration", 10, 10, "years", Y, "max sentence criminal conspiracy"),
 ("w-4p", W, "certain that four people carried", "four", "count", 4, 4, "people", Y, "size of team"),
 ("w-oct19", W, "Sunday, Oct. 19: two men", "Oct. 19", "date", 2025, 2025, "year", Y, "heist date"),
 ("w-2in", W, "Oct. 19: two men who rode", "two", "count", 2, 2, "people", Y, "intruders who entered gallery"),
 ("w-2acc", W, "and two accomplices", "two", "count", 2, 2, "people", Y, "accomplices on scooters"),
 ("w-5b", W, "The five people detained", "five", "count", 5, 5, "people", N, "people arrested oct 29 (repeat)"),
 ("w-100", W, "More than 100 investigators", "100", "count", 100, 100, "investigators", Y, "investigators on case (late oct)"),
 ("w-sub7", W, "SEVEN MINUTES", "SEVEN MINUTES", "duration", 7, 7, "minutes", N, "subhead (time inside, repeat)"),
 ("w-halfh", W, "about half an hour after the museum", "half an hour", "duration", 0.5, 0.5, "hours", N, "time after opening"),
 ("w-7min", W, "spent about seven minutes inside", "seven minutes", "duration", 7, 7, "minutes", Y, "time intruders spent inside gallery"),
 ("w-2cases", W, "smashing two display cases", "two", "count", 2, 2, "display cases", Y, "display cases broken"),
 ("w-8", W, "Eight pieces are still missing", "Eight", "count", 8, 8, "pieces", Y, "pieces still missing"),
 ("w-oct10", W, "stolen on Oct. 10", "Oct. 10", "date", 2025, 2025, "year", Y, "lift truck stolen"),
 ("w-20km", W, "about 20 km (12 miles)", "20 km", "distance", 20, 20, "km", N, "louvres distance from paris"),
 ("w-12mi", W, "(12 miles) north", "12 miles", "distance", 12, 12, "miles", N, "louvres distance (miles)"),
 ("w-87m", W, "drew 8.7 million visitors", "8.7 million", "count", 8700000, 8700000, "visitors", Y, "louvre visitors 2024"),
 ("w-2024", W, "visitors in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-lastwk", W, "Senate committee last week", "last week", "date", 2025, 2025, "year", N, "senate hearing (oct 22)"),
 ("w-oct22", W, "reopened to visitors on Oct. 22", "Oct. 22", "date", 2025, 2025, "year", Y, "museum reopening date"),
 ("w-3d", W, "three days after the theft", "three days", "duration", 3, 3, "days", Y, "reopening after theft"),
 ("w-per", W, "covering 2019 to 2024", "2019 to 2024", "date", 2019, 2024, "year", Y, "cour des comptes review period"),
 ("w-sully", W, "found that 60% of rooms", "60%", "percent", 60, 60, "%", Y, "sully wing rooms without cctv"),
 ("w-rich", W, "and 75% in the Richelieu", "75%", "percent", 75, 75, "%", Y, "richelieu wing rooms without cctv"),
 ("w-150", W, "rose by 150% over", "150%", "percent", 150, 150, "%", Y, "increase in overall room camera coverage"),
 ("w-thismo", W, "Darmanin said this month", "this month", "date", 2025, 2025, "year", N, "darmanin quote date"),
 ("w-janly", W, "in January last year", "January last year", "date", 2024, 2024, "year", Y, "nouvelle renaissance announcement"),
 ("w-700", W, "cost 700 million to 800 million euros", "700 million to 800 million euros", "money", 700000000, 800000000, "EUR", Y, "nouvelle renaissance cost (initial estimate)"),
 ("w-mac22", W, "Macron on Oct. 22", "Oct. 22", "date", 2025, 2025, "year", N, "macron order date"),
 ("w-lastwk2", W, "Beccuau said last week", "last week", "date", 2025, 2025, "year", N, "quote date"),

 # ---- LH02 press (2025-11-27)
 ("p-s80", P, "an 80-million-euro security", "80-million-euro", "money", 80000000, 80000000, "EUR", N, "subtitle repeat"),
 ("p-s2026", P, "master plan from 2026", "2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-s32", P, "a 32-euro ticket", "32-euro", "money", 32, 32, "EUR", N, "subtitle repeat"),
 ("p-dl", P, "PARIS, November 27, 2025", "November 27, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-oct19", P, "theft of October 19, 2025, when", "October 19, 2025", "date", 2025, 2025, "year", Y, "heist date"),
 ("p-8", P, "when eight pieces from", "eight", "count", 8, 8, "pieces", Y, "pieces stolen (missing)"),
 ("p-oct19b", P, "On the morning of October 19", "October 19", "date", 2025, 2025, "year", N, "heist date (repeat)"),
 ("p-2cases", P, "broke into two display cases", "two", "count", 2, 2, "display cases", Y, "display cases broken"),
 ("p-4min", P, "left less than four minutes after", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery"),
 ("p-88", P, "the economic loss at 88 million euros", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("p-1534", P, "Set with 1,534 diamonds", "1,534", "count", 1534, 1534, "diamonds", Y, "diamonds on eugenie crown"),
 ("p-56", P, "and 56 emeralds, it was", "56", "count", 56, 56, "emeralds", Y, "emeralds on eugenie crown"),
 ("p-20m", P, "about twenty emergency measures", "twenty", "count", 20, 20, "measures", Y, "emergency measures adopted"),
 ("p-80", P, "budgeted at 80 million euros", "80 million euros", "money", 80000000, 80000000, "EUR", Y, "security master plan cost"),
 ("p-2026", P, "will begin in 2026", "2026", "date", 2026, 2026, "year", Y, "security master plan start"),
 ("p-qoct19", P, "\"The theft of October 19 was", "October 19", "date", 2025, 2025, "year", N, "quote"),
 ("p-jan14", P, "From January 14, 2026, the full-price", "January 14, 2026", "date", 2026, 2026, "year", Y, "new non-eea price effective"),
 ("p-22", P, "rise from 22 euros to 32 euros", "22 euros", "money", 22, 22, "EUR", Y, "previous full-price ticket"),
 ("p-32", P, "22 euros to 32 euros", "32 euros", "money", 32, 32, "EUR", Y, "new non-eea ticket price"),
 ("p-45", P, "an increase of 45%", "45%", "percent", 45, 45, "%", Y, "non-eea ticket increase"),
 ("p-22eu", P, "continue to pay 22 euros", "22 euros", "money", 22, 22, "EUR", Y, "eea ticket price"),
 ("p-u18", P, "those under 18", "18", "age", 18, 18, "years", N, "free admission age"),
 ("p-u26", P, "EEA under 26", "26", "age", 26, 26, "years", N, "free admission age eea residents"),
 ("p-1520", P, "additional 15 to 20 million euros", "15 to 20 million euros", "money", 15000000, 20000000, "EUR", Y, "expected extra ticket revenue per year"),
 ("p-jan25", P, "Republic in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "nouvelle renaissance announcement"),
 ("p-87m", P, "welcomed 8.7 million visitors", "8.7 million", "count", 8700000, 8700000, "visitors", Y, "louvre visitors 2024"),
 ("p-2024", P, "visitors in 2024 and", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-30k", P, "to 30,000 visitors a day", "30,000", "count", 30000, 30000, "visitors", Y, "daily attendance cap"),
 ("p-1793", P, "public in 1793", "1793", "date", 1793, 1793, "year", N, "about section"),
 ("p-35k", P, "Some 35,000 works", "35,000", "count", 35000, 35000, "works", N, "about section"),
 ("p-73k", P, "more than 73,000 square metres", "73,000 square metres", "area", 73000, 73000, "m2", N, "about section"),

 # ---- LH03 abstract (2025-12-12)
 ("a-pub", A, "Published online 12 December 2025", "12 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t7wk", A, "in the first seven weeks", "seven weeks", "duration", 7, 7, "weeks", N, "title period"),
 ("a-tper", A, "19 October–28 November 2025: a case", "19 October–28 November 2025", "date", 2025, 2025, "year", N, "title period"),
 ("a-oct19", A, "On 19 October 2025, a four-person", "19 October 2025", "date", 2025, 2025, "year", Y, "heist date"),
 ("a-4p", A, "a four-person team", "four-person", "count", 4, 4, "people", Y, "size of team"),
 ("a-2cases", A, "broke into two display cases", "two", "count", 2, 2, "display cases", Y, "display cases broken"),
 ("a-9", A, "left with nine objects", "nine", "count", 9, 9, "pieces", Y, "pieces taken (incl. dropped crown)"),
 ("a-1drop", A, "; one, the crown of", "one", "count", 1, 1, "pieces", Y, "pieces dropped"),
 ("a-8", A, "leaving eight objects missing", "eight", "count", 8, 8, "pieces", Y, "pieces still missing"),
 ("a-88", A, "the loss at €88 million", "€88 million", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("a-4min", A, "for less than 4 minutes", "4 minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery"),
 ("a-mper", A, "between 19 October and 28 November 2025", "19 October and 28 November 2025", "date", 2025, 2025, "year", N, "methods period"),
 ("a-2hear", A, "transcripts of two hearings", "two", "count", 2, 2, "hearings", N, "methods"),
 ("a-h1", A, "(22 October and 10", "22 October", "date", 2025, 2025, "year", N, "senate hearing date"),
 ("a-h2", A, "and 10 December 2025)", "10 December 2025", "date", 2025, 2025, "year", N, "igac hearing date"),
 ("a-N", A, "N = 12 people", "12", "count", 12, 12, "people", Y, "total people taken into custody"),
 ("a-3w", A, "custody in three waves", "three", "count", 3, 3, "waves", N, "arrest waves"),
 ("a-n2", A, "n=2 on 25 October", "2", "count", 2, 2, "people", Y, "people arrested oct 25"),
 ("a-d25o", A, "n=2 on 25 October", "25 October", "date", 2025, 2025, "year", N, "first arrests date"),
 ("a-day6", A, "(day 6)", "day 6", "duration", 6, 6, "days", Y, "time from heist to first arrests"),
 ("a-n6", A, "n=6 on 29 October", "6", "count", 6, 6, "people", Y, "people arrested oct 29"),
 ("a-d29o", A, "n=6 on 29 October", "29 October", "date", 2025, 2025, "year", N, "second wave date"),
 ("a-day10", A, "(day 10)", "day 10", "duration", 10, 10, "days", Y, "time from heist to second wave"),
 ("a-n4", A, "n=4 on 25 November", "4", "count", 4, 4, "people", Y, "people arrested nov 25"),
 ("a-d25n", A, "n=4 on 25 November", "25 November", "date", 2025, 2025, "year", N, "third wave date"),
 ("a-day37", A, "(day 37)", "day 37", "duration", 37, 37, "days", Y, "time from heist to third wave"),
 ("a-5ch", A, "Five were charged", "Five", "count", 5, 5, "people", Y, "people charged by nov 28"),
 ("a-417", A, "(41.7%, 95% CI", "41.7%", "percent", 41.7, 41.7, "%", Y, "share of detainees charged"),
 ("a-417ci", A, "95% CI 19.3–68.0", "19.3–68.0", "percent", 19.3, 68.0, "%", Y, "ci"),
 ("a-1m", A, "and one man from the third", "one", "count", 1, 1, "people", N, "charged from third wave"),
 ("a-all4", A, "All four suspected members", "four", "count", 4, 4, "people", N, "team members charged (repeat)"),
 ("a-by28", A, "charged by 28 November", "28 November", "date", 2025, 2025, "year", N, "as-of"),
 ("a-3d", A, "charge was 3 days", "3 days", "duration", 3, 3, "days", Y, "median arrest-to-charge time"),
 ("a-34d", A, "(range 3–4)", "3–4", "duration", 3, 4, "days", Y, "range arrest-to-charge time"),
 ("a-96h", A, "up to 96 hours of custody", "96 hours", "duration", 96, 96, "hours", Y, "max custody organised crime"),
 ("a-100", A, "was 100% in the first wave", "100%", "percent", 100, 100, "%", Y, "share charged first wave"),
 ("a-30", A, "against 30% in later waves", "30%", "percent", 30, 30, "%", Y, "share charged later waves"),
 ("a-p", A, "(P=0.15)", "0.15", "pvalue", 0.15, 0.15, "p", N, "p-value"),
 ("a-diff", A, "was −75.0 percentage points", "−75.0 percentage points", "percent", -75.0, -75.0, "pp", Y, "difference share charged wave 3 - wave 1"),
 ("a-diffci", A, "(95% CI −95.4 to 4.6)", "−95.4 to 4.6", "percent", -95.4, 4.6, "pp", Y, "ci"),
 ("a-ages", A, "aged 34 to 39 years", "34 to 39 years", "age", 34, 39, "years", Y, "ages of alleged team members"),
 ("a-med38", A, "(median 38)", "38", "age", 38, 38, "years", Y, "median age of team members"),
 ("a-six", A, "recently charged man had six", "six", "count", 6, 6, "convictions", Y, "previous convictions of fourth member"),
 ("a-10theft", A, "organised theft, punishable by up to 10 years", "10 years", "duration", 10, 10, "years", Y, "max sentence organised theft"),
 ("a-10consp", A, "conspiracy, punishable by up to 10 years", "10 years", "duration", 10, 10, "years", Y, "max sentence criminal conspiracy"),
 ("a-asof", A, "As of 28 November none", "28 November", "date", 2025, 2025, "year", N, "as-of"),
 ("a-8b", A, "none of the eight missing", "eight", "count", 8, 8, "pieces", N, "pieces missing (repeat)"),
 ("a-30s", A, "\"with 30 seconds more\"", "30 seconds", "duration", 30, 30, "seconds", Y, "margin by which escape could have been stopped"),
 ("a-wk", A, "theft within a week", "a week", "duration", 1, 1, "weeks", N, "summary"),
 ("a-6wk", A, "custody within six weeks", "six weeks", "duration", 6, 6, "weeks", N, "summary"),
 ("a-half", A, "fewer than half of those", "half", "percent", 50, 50, "%", N, "summary"),
 ("a-jud", A, "opened on 29 October 2025", "29 October 2025", "date", 2025, 2025, "year", N, "judicial investigation opened"),

 # ---- LH04 explainer (2025-12-20)
 ("e-upd", E, "Updated December 20, 2025", "December 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2mo", E, "Two months after thieves", "Two months", "duration", 2, 2, "months", N, "timepoint"),
 ("e-hoct19", E, "What happened on October 19?", "October 19", "date", 2025, 2025, "year", N, "heading"),
 ("e-halfh", E, "half an hour after opening", "half an hour", "duration", 0.5, 0.5, "hours", N, "time after opening"),
 ("e-2men", E, "Two men in high-visibility", "Two", "count", 2, 2, "people", Y, "intruders who entered gallery"),
 ("e-2cases", E, "attacked two display cases", "two", "count", 2, 2, "display cases", Y, "display cases broken"),
 ("e-4min", E, "gone in under four minutes", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery"),
 ("e-2sc", E, "on two scooters", "two", "count", 2, 2, "scooters", Y, "getaway scooters"),
 ("e-7min", E, "took about seven minutes", "seven minutes", "duration", 7, 7, "minutes", Y, "whole operation duration"),
 ("e-8", E, "Eight pieces are missing", "Eight", "count", 8, 8, "pieces", Y, "pieces still missing"),
 ("e-single", E, "a single earring", "single", "count", 1, 1, "earrings", N, "aside"),
 ("e-9th", E, "dropped a ninth piece", "ninth", "count", 9, 9, "pieces", N, "pieces taken (ordinal)"),
 ("e-1354", E, "set with 1,354 diamonds", "1,354", "count", 1354, 1354, "diamonds", Y, "diamonds on eugenie crown"),
 ("e-56", E, "1,354 diamonds and 56 emeralds", "56", "count", 56, 56, "emeralds", Y, "emeralds on eugenie crown"),
 ("e-212", E, "holds 212 pearls", "212", "count", 212, 212, "pearls", Y, "pearls on eugenie tiara"),
 ("e-2000", E, "nearly 2,000 diamonds", "2,000", "count", 2000, 2000, "diamonds", Y, "diamonds on eugenie tiara"),
 ("e-88", E, "the loss at 88 million euros", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("e-102", E, "roughly $102 million", "$102 million", "money", 102000000, 102000000, "USD", Y, "estimated value of stolen jewels (usd)"),
 ("e-oct25", E, "two men on October 25", "October 25", "date", 2025, 2025, "year", Y, "first arrests date"),
 ("e-2arr", E, "arrested two men on October 25", "two", "count", 2, 2, "people", Y, "people arrested oct 25"),
 ("e-5", E, "and five more people on October 29", "five", "count", 5, 5, "people", Y, "people arrested oct 29"),
 ("e-oct29", E, "more people on October 29", "October 29", "date", 2025, 2025, "year", N, "second wave date"),
 ("e-5ch", E, "November five people had been", "five", "count", 5, 5, "people", Y, "people charged by end november"),
 ("e-4men", E, "investigation: four men", "four", "count", 4, 4, "people", Y, "team members charged"),
 ("e-nov25", E, "arrested on November 25 in Laval", "November 25", "date", 2025, 2025, "year", Y, "last team member arrest date"),
 ("e-oct20", E, "Monday, October 20", "October 20", "date", 2025, 2025, "year", N, "closure day"),
 ("e-oct22", E, "on Wednesday, October 22", "October 22", "date", 2025, 2025, "year", Y, "museum reopening date"),
 ("e-dec15", E, "again on December 15", "December 15", "date", 2025, 2025, "year", Y, "strike closure date"),
 ("e-500", E, "after about 500 staff members", "500", "count", 500, 500, "staff", Y, "staff who voted to strike dec 15"),
 ("e-2d", E, "two days later they voted", "two days", "duration", 2, 2, "days", N, "strike extension vote timing"),
 ("e-jan14", E, "From January 14, 2026, adults", "January 14, 2026", "date", 2026, 2026, "year", Y, "new non-eea price effective"),
 ("e-30", E, "will pay 30 euros instead", "30 euros", "money", 30, 30, "EUR", Y, "new non-eea ticket price"),
 ("e-22", E, "instead of 22 euros", "22 euros", "money", 22, 22, "EUR", Y, "previous full-price ticket"),
 ("e-36", E, "a rise of 36%", "36%", "percent", 36, 36, "%", Y, "non-eea ticket increase"),
 ("e-87m", E, "museum: 8.7 million visitors", "8.7 million", "count", 8700000, 8700000, "visitors", Y, "louvre visitors 2024"),
 ("e-2024", E, "visitors in 2024, with", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-30k", E, "a cap of 30,000 a day", "30,000", "count", 30000, 30000, "visitors", Y, "daily attendance cap"),
 ("e-1in4", E, "one visitor in four is French", "one visitor in four", "percent", 25, 25, "%", Y, "share of visitors who are french"),
 ("e-jan25", E, "Renaissance\" in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "nouvelle renaissance announcement"),
 ("e-700", E, "estimated at 700 million to 800 million euros", "700 million to 800 million euros", "money", 700000000, 800000000, "EUR", Y, "nouvelle renaissance cost (initial estimate)"),
 ("e-1911", E, "theft was in 1911", "1911", "date", 1911, 1911, "year", Y, "mona lisa theft"),
 ("e-2y", E, "recovered two years later", "two years", "duration", 2, 2, "years", Y, "mona lisa missing for"),

 # ---- LH05 blog (2025-11-10)
 ("b-pub", B, "November 10, 2025 · 6 min read", "November 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-3wk", B, "Three weeks on", "Three weeks", "duration", 3, 3, "weeks", N, "timepoint"),
 ("b-4men", B, "Four men, a stolen", "Four", "count", 4, 4, "people", Y, "size of team"),
 ("b-2sc", B, "two scooters, and", "two", "count", 2, 2, "scooters", Y, "getaway scooters"),
 ("b-102", B, "and €102 million in crown jewels", "€102 million", "money", 102000000, 102000000, "EUR", Y, "estimated value of stolen jewels"),
 ("b-4min", B, "inside for less than four minutes", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery"),
 ("b-lastwk", B, "last week's report", "last week", "date", 2025, 2025, "year", N, "report timing"),
 ("b-nov6", B, "published on November 6", "November 6", "date", 2025, 2025, "year", Y, "cour des comptes report published"),
 ("b-per", B, "covering 2018 to 2024", "2018 to 2024", "date", 2018, 2024, "year", Y, "cour des comptes review period"),
 ("b-3pts", B, "makes three points", "three", "count", 3, 3, "points", N, "aside"),
 ("b-sully", B, "Sully wing, 75% of rooms", "75%", "percent", 75, 75, "%", Y, "sully wing rooms without cctv"),
 ("b-rich", B, "Richelieu wing, 60%", "60%", "percent", 60, 60, "%", Y, "richelieu wing rooms without cctv"),
 ("b-denon", B, "one room in three had no camera", "one room in three", "percent", 33.3, 33.3, "%", Y, "denon wing rooms without camera"),
 ("b-5y", B, "Over five years the museum", "five years", "duration", 5, 5, "years", Y, "period of camera additions"),
 ("b-138", B, "added just 138 cameras", "138", "count", 138, 138, "cameras", Y, "cameras added"),
 ("b-15", B, "rose by only 15%", "15%", "percent", 15, 15, "%", Y, "increase in overall room camera coverage"),
 ("b-1824", B, "Between 2018 and 2024 the Louvre", "2018 and 2024", "date", 2018, 2024, "year", N, "spending period"),
 ("b-1054", B, "spent €105.4 million buying", "€105.4 million", "money", 105400000, 105400000, "EUR", Y, "acquisitions spending 2018-2024"),
 ("b-2754", B, "2,754 works", "2,754", "count", 2754, 2754, "works", Y, "works acquired 2018-2024"),
 ("b-1in4", B, "fewer than one in four of which", "one in four", "percent", 25, 25, "%", Y, "share of acquired works displayed"),
 ("b-267", B, "against €26.7 million on maintenance", "€26.7 million", "money", 26700000, 26700000, "EUR", Y, "maintenance and technical spending 2018-2024"),
 ("b-60", B, "about €60 million on restoration", "€60 million", "money", 60000000, 60000000, "EUR", Y, "restoration spending 2018-2024"),
 ("b-20", B, "requires 20% of ticket revenue", "20%", "percent", 20, 20, "%", Y, "share of ticket revenue for acquisitions"),
 ("b-666", B, "entrance costing €666 million", "€666 million", "money", 666000000, 666000000, "EUR", Y, "new entrance cost"),
 ("b-115", B, "cost €1.15 billion in total", "€1.15 billion", "money", 1150000000, 1150000000, "EUR", Y, "nouvelle renaissance cost (cour revised)"),
 ("b-cap", B, "spending 2018–2024, acquisitions", "2018–2024", "date", 2018, 2024, "year", N, "caption"),
 ("b-capsrc", B, "Cour des comptes, November 2025.", "November 2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-89m", B, "8.9 million visitors in 2024", "8.9 million", "count", 8900000, 8900000, "visitors", Y, "louvre visitors 2024"),
 ("b-2024", B, "visitors in 2024. But", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-2021", B, "took over in 2021", "2021", "date", 2021, 2021, "year", Y, "des cars took office"),
 ("b-wk", B, "a week after the heist", "a week", "duration", 1, 1, "weeks", Y, "time from heist to first arrests"),
 ("b-2sus", B, "Police detained two suspects", "two", "count", 2, 2, "people", Y, "people arrested oct 25"),
 ("b-nov1", B, "charged on November 1", "November 1", "date", 2025, 2025, "year", Y, "second charges date"),
 ("b-60inv", B, "About 60 investigators", "60", "count", 60, 60, "investigators", Y, "investigators on case (day of theft)"),
 ("b-1911", B, "Louvre came in 1911", "1911", "date", 1911, 1911, "year", Y, "mona lisa theft"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),

 # ---- LH06 local (2025-11-28), hard-wrapped
 ("l-pub", L, "Friday, November 28, 2025", "November 28, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-39", L, "A 39-year-old man arrested in Laval", "39-year-old", "age", 39, 39, "years", Y, "age of fourth member"),
 ("l-tue", L, "in Laval on Tuesday was charged", "Tuesday", "date", 2025, 2025, "year", Y, "fourth member arrest (nov 25)"),
 ("l-fri", L, "charged on Friday with", "Friday", "date", 2025, 2025, "year", N, "fourth member charge (nov 28)"),
 ("l-oct19", L, "Louvre on October 19, the Paris", "October 19", "date", 2025, 2025, "year", Y, "heist date"),
 ("l-11", L, "who has 11 previous convictions", "11", "count", 11, 11, "convictions", Y, "previous convictions of fourth member"),
 ("l-2mo", L, "a two-month suspended", "two-month", "duration", 2, 2, "months", Y, "suspended sentence 2010"),
 ("l-2010", L, "sentence in 2010", "2010", "date", 2010, 2010, "year", N, "earlier conviction year"),
 ("l-tue2", L, "early on Tuesday morning", "Tuesday", "date", 2025, 2025, "year", N, "arrest (repeat)"),
 ("l-5", L, "Five people were taken into custody", "Five", "count", 5, 5, "people", Y, "people arrested nov 25"),
 ("l-tue3", L, "the operation on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "arrest (repeat)"),
 ("l-4oth", L, "the suspect and four others", "four", "count", 4, 4, "people", N, "others arrested nov 25 (as written)"),
 ("l-2men", L, "as two men aged 38 and 39", "two", "count", 2, 2, "people", N, "men in nov 25 group"),
 ("l-38m", L, "two men aged 38 and 39", "38", "age", 38, 38, "years", Y, "age of man arrested nov 25"),
 ("l-39m", L, "two men aged 38 and 39", "39", "age", 39, 39, "years", Y, "age of man arrested nov 25 (fourth member)"),
 ("l-2wom", L, "and two women aged 31 and 40", "two", "count", 2, 2, "people", N, "women in nov 25 group"),
 ("l-31w", L, "two women aged 31 and 40", "31", "age", 31, 31, "years", Y, "age of woman arrested nov 25"),
 ("l-40w", L, "two women aged 31 and 40", "40", "age", 40, 40, "years", Y, "age of woman arrested nov 25"),
 ("l-fri2", L, "without charge on Friday", "Friday", "date", 2025, 2025, "year", N, "release date"),
 ("l-280", L, "about 280 kilometres west", "280 kilometres", "distance", 280, 280, "km", N, "laval distance from paris"),
 ("l-15y", L, "sentence of up to 15 years", "15 years", "duration", 15, 15, "years", Y, "max sentence organised theft"),
 ("l-10y", L, "criminal conspiracy up to 10 years", "10 years", "duration", 10, 10, "years", Y, "max sentence criminal conspiracy"),
 ("l-96h", L, "up to 96 hours before", "96 hours", "duration", 96, 96, "hours", Y, "max custody organised crime"),
 ("l-3oth", L, "The three other alleged members", "three", "count", 3, 3, "people", N, "other members already charged"),
 ("l-2m", L, "Two men, a 39-year-old", "Two", "count", 2, 2, "people", N, "people arrested oct 25"),
 ("l-39a", L, "a 39-year-old from Aubervilliers", "39-year-old", "age", 39, 39, "years", Y, "age of aubervilliers suspect (abdoulaye n.)"),
 ("l-35", L, "a 35-year-old Algerian", "35-year-old", "age", 35, 35, "years", Y, "age of algerian suspect (ayed g.)"),
 ("l-oct25", L, "arrested on October 25", "October 25", "date", 2025, 2025, "year", Y, "first arrests date"),
 ("l-4d", L, "charged four days later", "four days", "duration", 4, 4, "days", Y, "first arrests to charge"),
 ("l-37", L, "A 37-year-old man was charged", "37-year-old", "age", 37, 37, "years", Y, "age of third member"),
 ("l-nov1", L, "charged on November 1", "November 1", "date", 2025, 2025, "year", Y, "second charges date"),
 ("l-38w", L, "a 38-year-old woman", "38-year-old", "age", 38, 38, "years", Y, "age of woman charged nov 1"),
 ("l-7", L, "Seven pieces of jewellery", "Seven", "count", 7, 7, "pieces", Y, "pieces still missing"),
 ("l-32em", L, "carries 32 emeralds", "32", "count", 32, 32, "emeralds", Y, "emeralds on marie-louise necklace"),
 ("l-1138", L, "and 1,138 diamonds", "1,138", "count", 1138, 1138, "diamonds", Y, "diamonds on marie-louise necklace"),
 ("l-88", L, "valued at 88 million euros", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("l-thiswk", L, "This week the Louvre", "This week", "date", 2025, 2025, "year", N, "announcement timing"),
 ("l-jan14", L, "from January 14 adult", "January 14", "date", 2026, 2026, "year", Y, "new non-eea price effective"),
 ("l-32", L, "will pay 32 euros", "32 euros", "money", 32, 32, "EUR", Y, "new non-eea ticket price"),
 ("l-45", L, "up 45% from", "45%", "percent", 45, 45, "%", Y, "non-eea ticket increase"),
 ("l-22", L, "45% from 22 euros", "22 euros", "money", 22, 22, "EUR", Y, "previous full-price ticket"),
 ("l-2018", L, "a 2018 security audit", "2018", "date", 2018, 2018, "year", Y, "van cleef & arpels audit year"),
 ("l-tue4", L, "control room on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "deputies' visit"),
 ("l-240k", L, "of 240,000 square metres", "240,000 square metres", "area", 240000, 240000, "m2", N, "site area (quote)"),

 # ---- LH07 fact-check (2025-12-19)
 ("f-hhalf", F, "spend half an hour inside", "half an hour", "duration", 0.5, 0.5, "hours", N, "post claim (headline)"),
 ("f-hsingle", F, "not \"without a single camera\"", "single", "count", 1, 1, "cameras", N, "post claim (headline)"),
 ("f-pub", F, "VeriFrance | December 19, 2025", "December 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-coct19", F, "robbed the Louvre on October 19", "October 19", "date", 2025, 2025, "year", N, "post claim"),
 ("f-c30", F, "gallery for 30 minutes", "30 minutes", "duration", 30, 30, "minutes", N, "post claim"),
 ("f-cbn", F, "stole \"a billion euros\"", "a billion euros", "money", 1000000000, 1000000000, "EUR", N, "post claim"),
 ("f-csingle", F, "\"did not have a single camera\"", "single", "count", 1, 1, "cameras", N, "post claim"),
 ("f-v4", F, "inside for under four minutes", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery"),
 ("f-v88", F, "estimated at 88 million euros, the", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("f-oct22", F, "committee on October 22", "October 22", "date", 2025, 2025, "year", N, "senate hearing date"),
 ("f-2in", F, "the two intruders left", "two", "count", 2, 2, "people", Y, "intruders who entered gallery"),
 ("f-q4", F, "\"less than four minutes after the first alarm\"", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery (quote)"),
 ("f-7", F, "lasted about seven minutes, not 30", "seven minutes", "duration", 7, 7, "minutes", Y, "whole operation duration"),
 ("f-7not30", F, "seven minutes, not 30.", "30", "duration", 30, 30, "minutes", N, "post claim (repeat)"),
 ("f-oct21", F, "said on October 21", "October 21", "date", 2025, 2025, "year", N, "value announcement date"),
 ("f-8", F, "valued the eight stolen pieces", "eight", "count", 8, 8, "pieces", Y, "pieces still missing"),
 ("f-88", F, "stolen pieces at 88 million euros", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels"),
 ("f-bn", F, "No official has mentioned a billion euros", "a billion euros", "money", 1000000000, 1000000000, "EUR", N, "post claim (repeat)"),
 ("f-sully", F, "reported that 60% of rooms", "60%", "percent", 60, 60, "%", Y, "sully wing rooms without cctv"),
 ("f-rich", F, "and 75% in the Richelieu", "75%", "percent", 75, 75, "%", Y, "richelieu wing rooms without cctv"),
 ("f-15", F, "increased by only 15%", "15%", "percent", 15, 15, "%", Y, "increase in overall room camera coverage"),
 ("f-1cam", F, "only one camera covered", "one", "count", 1, 1, "cameras", Y, "exterior cameras covering entry area"),
 ("f-dec10", F, "senators on December 10", "December 10", "date", 2025, 2025, "year", N, "igac hearing date"),
 ("f-30s", F, "With \"30 seconds more\"", "30 seconds", "duration", 30, 30, "seconds", Y, "margin by which escape could have been stopped"),
 ("f-2019", F, "Van Cleef & Arpels in 2019", "2019", "date", 2019, 2019, "year", Y, "van cleef & arpels audit year"),
 ("f-1054", F, "spent 105.4 million euros on acquisitions", "105.4 million euros", "money", 105400000, 105400000, "EUR", Y, "acquisitions spending 2018-2024"),
 ("f-1824", F, "acquisitions between 2018 and 2024", "2018 and 2024", "date", 2018, 2024, "year", N, "spending period"),
 ("f-60m", F, "about 60 million euros on maintenance", "60 million euros", "money", 60000000, 60000000, "EUR", Y, "maintenance and technical spending 2018-2024"),
 ("f-83", F, "security systems at 83 million euros", "83 million euros", "money", 83000000, 83000000, "EUR", Y, "security systems renewal cost (cour)"),
 ("f-115", F, "plan to 1.15 billion euros", "1.15 billion euros", "money", 1150000000, 1150000000, "EUR", Y, "nouvelle renaissance cost (cour revised)"),
 ("f-11", F, "Eleven people have been taken", "Eleven", "count", 11, 11, "people", Y, "total people taken into custody"),
 ("f-3w", F, "custody in three waves", "three", "count", 3, 3, "waves", N, "arrest waves"),
 ("f-5ch", F, "and five have been charged", "five", "count", 5, 5, "people", Y, "people charged by nov 28"),
 ("f-2first", F, "The first two men", "two", "count", 2, 2, "people", N, "people arrested oct 25"),
 ("f-oct25", F, "were arrested on October 25", "October 25", "date", 2025, 2025, "year", Y, "first arrests date"),
 ("f-37", F, "A 37-year-old man and his partner", "37-year-old", "age", 37, 37, "years", Y, "age of third member"),
 ("f-31", F, "a 31-year-old woman", "31-year-old", "age", 31, 31, "years", Y, "age of woman charged nov 1"),
 ("f-nov1", F, "charged on November 1", "November 1", "date", 2025, 2025, "year", Y, "second charges date"),
 ("f-nov25", F, "On November 25 police", "November 25", "date", 2025, 2025, "year", Y, "third wave date"),
 ("f-4", F, "arrested four more people", "four", "count", 4, 4, "people", Y, "people arrested nov 25"),
 ("f-39", F, "including a 39-year-old man", "39-year-old", "age", 39, 39, "years", Y, "age of fourth member"),
 ("f-six", F, "with six previous convictions", "six", "count", 6, 6, "convictions", Y, "previous convictions of fourth member"),
 ("f-nov28", F, "described on November 28", "November 28", "date", 2025, 2025, "year", N, "statement date"),
 ("f-400", F, "About 400 staff", "400", "count", 400, 400, "staff", Y, "staff who voted to strike dec 15"),
 ("f-dec15", F, "unanimously on December 15", "December 15", "date", 2025, 2025, "year", Y, "strike closure date"),
 ("f-1913", F, "stolen in 1913", "1913", "date", 1913, 1913, "year", Y, "mona lisa theft"),
 ("f-r4", F, "inside for less than four minutes, not 30", "four minutes", "duration", 4, 4, "minutes", Y, "time intruders spent inside gallery (ruling)"),
 ("f-r30", F, "less than four minutes, not 30;", "30", "duration", 30, 30, "minutes", N, "post claim (ruling)"),
 ("f-r88", F, "loss is 88 million euros", "88 million euros", "money", 88000000, 88000000, "EUR", Y, "estimated value of stolen jewels (ruling)"),
 ("f-rbn", F, "not a billion;", "a billion", "money", 1000000000, 1000000000, "EUR", N, "post claim (ruling)"),
 ("f-r5", F, "and five people have been charged", "five", "count", 5, 5, "people", Y, "people charged (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 value: €102 million (dollar figure given in euros) vs €88 million
 ("b-102", "w-88", S), ("b-102", "p-88", S), ("b-102", "a-88", S), ("b-102", "e-88", S),
 ("b-102", "l-88", S), ("b-102", "f-v88", S), ("b-102", "f-88", S), ("b-102", "f-r88", S),
 # S2 new non-EEA ticket price: €30 (earlier floated figure) vs €32
 ("e-30", "p-32", S), ("e-30", "l-32", S),
 # S3 maintenance/technical spending 2018-2024: €60m (restoration figure) vs €26.7m
 ("f-60m", "b-267", S),
 # S4 pieces still missing: seven vs eight
 ("l-7", "w-8", S), ("l-7", "p-8", S), ("l-7", "a-8", S), ("l-7", "e-8", S), ("l-7", "f-8", S),
 # S5 second-wave arrests (oct 29): 6 vs 5; total in custody 12 vs 11
 ("a-n6", "w-5", S), ("a-n6", "e-5", S), ("a-N", "f-11", S),
 # S6 arrests on nov 25: five vs four
 ("l-5", "a-n4", S), ("l-5", "f-4", S),
 # S7 visitors 2024: 8.9 million (2023 figure) vs 8.7 million
 ("b-89m", "w-87m", S), ("b-89m", "p-87m", S), ("b-89m", "e-87m", S),
 # S8 staff voting to strike dec 15: 500 (auditorium size) vs 400
 ("e-500", "f-400", S),
 # S9 previous convictions of fourth member: 11 (the 37-year-old's record) vs six
 ("l-11", "a-six", S), ("l-11", "f-six", S),
 # S10 diamonds on eugenie crown: 1,534 (transposed) vs 1,354
 ("p-1534", "e-1354", S),
 # S11 sully rooms without cctv: 75% vs 60% (wings swapped)
 ("b-sully", "w-sully", S), ("b-sully", "f-sully", S),
 # S12 richelieu rooms without cctv: 60% vs 75%
 ("b-rich", "w-rich", S), ("b-rich", "f-rich", S),
 # S13 overall coverage increase: 150% (napoleon hall subgroup) vs 15%
 ("w-150", "b-15", S), ("w-150", "f-15", S),
 # S14 ticket increase: 36% vs 45%
 ("e-36", "p-45", S), ("e-36", "l-45", S),
 # S15 time inside gallery: seven minutes (whole operation) vs under four
 ("w-7min", "p-4min", S), ("w-7min", "a-4min", S), ("w-7min", "e-4min", S), ("w-7min", "b-4min", S),
 ("w-7min", "f-v4", S), ("w-7min", "f-q4", S), ("w-7min", "f-r4", S),
 # S16 max sentence organised theft: 10 (conspiracy figure) vs 15 years
 ("a-10theft", "w-15y", S), ("a-10theft", "l-15y", S),
 # S17 mona lisa theft year: 1913 (recovery year) vs 1911
 ("f-1913", "e-1911", S), ("f-1913", "b-1911", S),
 # S18 nouvelle renaissance announced: "January last year" (2024, relative from oct 2025) vs January 2025
 ("w-janly", "p-jan25", S), ("w-janly", "e-jan25", S),
 # S19 age of woman charged nov 1: 31 (nov 25 detainee's age) vs 38
 ("f-31", "l-38w", S),
 # Qualified
 ("l-35", "w-34", Q),                       # Ayed G.: 34 (prosecutor/AP) vs 35 (French press)
 ("l-2018", "f-2019", Q),                   # Van Cleef & Arpels audit year: real two-source discrepancy
 ("b-per", "w-per", Q),                     # Cour des comptes period 2018-2024 (final) vs 2019-2024 (preliminary, AFP)
 ("p-80", "f-83", Q),                       # museum security master plan vs auditors' cost estimate
 ("w-700", "b-115", Q), ("w-700", "f-115", Q), ("e-700", "b-115", Q), ("e-700", "f-115", Q),  # initial vs revised estimate
 ("w-6d", "b-wk", Q), ("a-day6", "b-wk", Q),  # six days vs "a week"
 ("b-60inv", "w-100", Q),                   # investigators: ~60 on day one vs >100 later
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
        rows.append({"type": "claim", "id": f"lh-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"lh-{a}", f"lh-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT ID MISSING", a, b); ok = False; continue
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
