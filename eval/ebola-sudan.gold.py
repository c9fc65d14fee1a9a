#!/usr/bin/env python3
"""Build ebola-sudan.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "ebola-sudan")
OUT = os.path.join(HERE, "ebola-sudan.gold.jsonl")
T = "ebola-sudan"

W, P, A, E, B, L, F = ("ES01_wire.txt", "ES02_press.txt", "ES03_abstract.txt",
                       "ES04_explainer.txt", "ES05_blog.txt", "ES06_local.txt", "ES07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- ES01 wire (2025-04-26)
 ("w-h42", W, "after 42 days without new cases", "42 days", "duration", 42, 42, "days", N, "headline repeat"),
 ("w-dl", W, "KAMPALA, April 26", "April 26", "date", 2025, 2025, "year", N, "dateline"),
 ("w-sat", W, "Uganda on Saturday declared", "Saturday", "date", 2025, 2025, "year", Y, "end-of-outbreak declaration date"),
 ("w-14", W, "that infected 14 people", "14", "count", 14, 14, "cases", Y, "total cases (final)"),
 ("w-4", W, "and killed four since", "four", "count", 4, 4, "deaths", Y, "total deaths (final)"),
 ("w-latejan", W, "since late January", "late January", "date", 2025, 2025, "year", N, "period start"),
 ("w-42", W, "went 42 days without", "42 days", "duration", 42, 42, "days", Y, "countdown to end declaration"),
 ("w-2cyc", W, "completed two full incubation", "two", "count", 2, 2, "cycles", N, "number of incubation cycles"),
 ("w-21", W, "cycles of 21 days each", "21 days", "duration", 21, 21, "days", Y, "incubation cycle length (max incubation)"),
 ("w-mar14", W, "from hospital on March 14", "March 14", "date", 2025, 2025, "year", Y, "last patient discharge date"),
 ("w-14b", W, "Of the 14 cases, 12", "14", "count", 14, 14, "cases", N, "repeat"),
 ("w-12", W, "12 were confirmed by", "12", "count", 12, 12, "cases", Y, "confirmed cases (final)"),
 ("w-2p", W, "and two were classed as probable", "two", "count", 2, 2, "cases", Y, "probable cases (final)"),
 ("w-2cd", W, "Two of the four deaths", "Two", "count", 2, 2, "deaths", Y, "deaths among confirmed (final)"),
 ("w-4b", W, "Two of the four deaths", "four", "count", 4, 4, "deaths", N, "repeat"),
 ("w-2pd", W, "and two among probable ones", "two", "count", 2, 2, "deaths", Y, "deaths among probable (final)"),
 ("w-8rec", W, "Eight patients recovered", "Eight", "count", 8, 8, "patients", Y, "patients recovered (final)"),
 ("w-534", W, "identified 534 contacts", "534", "count", 534, 534, "contacts", Y, "contacts listed (outbreak total)"),
 ("w-6d", W, "recorded in six districts", "six", "count", 6, 6, "districts", Y, "districts with cases (final)"),
 ("w-jan30", W, "declared on Jan. 30", "Jan. 30", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("w-aday", W, "a day after a 32-year-old", "a day", "duration", 1, 1, "days", N, "aside"),
 ("w-32", W, "a 32-year-old male nurse", "32-year-old", "age", 32, 32, "years", Y, "index case age"),
 ("w-latefeb", W, "in late February, when", "late February", "date", 2025, 2025, "year", N, "second cluster timing"),
 ("w-child4", W, "a child of four died", "four", "age", 4, 4, "years", Y, "child case age (rounded)"),
 ("w-29", W, "fatality rate at 29%", "29%", "percent", 29, 29, "%", Y, "overall cfr (final)"),
 ("w-41100", W, "range of 41% to 100%", "41% to 100%", "percent", 41, 100, "%", Y, "cfr range in past svd outbreaks"),
 ("w-sixth", W, "Uganda's sixth outbreak", "sixth", "count", 6, 6, "outbreaks", Y, "ordinal of this svd outbreak in uganda"),
 ("w-sep22", W, "declared in September 2022", "September 2022", "date", 2022, 2022, "year", Y, "2022 outbreak declaration date"),
 ("w-164", W, "infected 164 people", "164", "count", 164, 164, "cases", Y, "2022 outbreak cases"),
 ("w-55", W, "and killed 55 before", "55", "count", 55, 55, "deaths", Y, "2022 outbreak deaths"),
 ("w-jan23", W, "declared over in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "2022 outbreak end date"),
 ("w-feb3", W, "candidate vaccine on Feb. 3", "Feb. 3", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("w-4d", W, "four days after the declaration", "four days", "duration", 4, 4, "days", Y, "declaration to trial launch"),
 ("w-dec19", W, "in December 2019", "December 2019", "date", 2019, 2019, "year", Y, "ervebo us approval (other product)"),
 ("w-2022b", W, "after the 2022 outbreak", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("w-apr14", W, "On April 14 the United States", "April 14", "date", 2025, 2025, "year", Y, "us antibody donation date"),
 ("w-100v", W, "100 vials of monoclonal", "100", "count", 100, 100, "vials", Y, "us antibody donation"),
 ("w-34m", W, "about $34 million", "$34 million", "money", 34000000, 34000000, "USD", Y, "us funding for 2022-23 response"),
 ("w-2223", W, "the 2022-23 outbreak", "2022-23", "date", 2022, 2023, "year", N, "qualifier"),
 ("w-earlymar", W, "In early March the United", "early March", "date", 2025, 2025, "year", N, "appeal launch"),
 ("w-6mo", W, "a six-month emergency", "six-month", "duration", 6, 6, "months", Y, "un appeal period"),
 ("w-112", W, "appeal for $11.2 million", "$11.2 million", "money", 11200000, 11200000, "USD", Y, "un appeal amount"),
 ("w-46", W, "of which $4.6 million", "$4.6 million", "money", 4600000, 4600000, "USD", Y, "un appeal funds in hand at launch"),
 ("w-3m", W, "a total of $3 million", "$3 million", "money", 3000000, 3000000, "USD", Y, "who cfe total"),
 ("w-90d", W, "for 90 days after", "90 days", "duration", 90, 90, "days", Y, "enhanced surveillance after end"),
 ("w-15k", W, "more than 15,000 people", "15,000", "count", 15000, 15000, "deaths", Y, "ebola deaths in africa over 50 years"),
 ("w-50y", W, "over the past 50 years", "50 years", "duration", 50, 50, "years", N, "period"),

 # ---- ES02 press (2025-02-14)
 ("p-h15", P, "Commits US$1.5 Million", "US$1.5 Million", "money", 1500000, 1500000, "USD", N, "headline repeat"),
 ("p-dl", P, "February 14, 2025 /AfricaWire/", "February 14, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-15", P, "a grant of US$1.5 million", "US$1.5 million", "money", 1500000, 1500000, "USD", Y, "glvrn grant (fictional)"),
 ("p-feb3", P, "on February 3, 2025, four", "February 3, 2025", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("p-4d", P, "2025, four days after", "four days", "duration", 4, 4, "days", Y, "declaration to trial launch"),
 ("p-jan30", P, "(SVD) on January 30", "January 30", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("p-2teams", P, "two additional field", "two", "count", 2, 2, "teams", Y, "vaccination teams funded"),
 ("p-32", P, "a 32-year-old male nurse", "32-year-old", "age", 32, 32, "years", Y, "index case age"),
 ("p-jan29", P, "died on January 29", "January 29", "date", 2025, 2025, "year", Y, "index case death date"),
 ("p-45", P, "initially listed 45 contacts", "45", "count", 45, 45, "contacts", Y, "initial contacts of index case"),
 ("p-34", P, "34 of them health workers", "34", "count", 34, 34, "health workers", Y, "health workers among initial contacts"),
 ("p-11", P, "and 11 family members", "11", "count", 11, 11, "family members", Y, "family among initial contacts"),
 ("p-feb12", P, "As of February 12", "February 12", "date", 2025, 2025, "year", N, "as-of"),
 ("p-9", P, "reported nine confirmed cases", "nine", "count", 9, 9, "cases", Y, "confirmed cases (feb 12)"),
 ("p-1d", P, "including one death, and 265", "one", "count", 1, 1, "deaths", Y, "deaths (feb 12)"),
 ("p-265", P, "265 contacts under quarantine", "265", "count", 265, 265, "contacts", Y, "contacts under quarantine (feb 12)"),
 ("p-single", P, "a single-dose vaccine", "single-dose", "count", 1, 1, "doses", Y, "vaccine regimen (doses)"),
 ("p-2160", P, "The first 2,160 doses", "2,160", "count", 2160, 2160, "doses", Y, "doses prepositioned in kampala"),
 ("p-2019", P, "candidates since 2019", "2019", "date", 2019, 2019, "year", Y, "iavi svd vaccine programme start"),
 ("p-2022", P, "and in 2022 Merck donated", "2022", "date", 2022, 2022, "year", Y, "merck vial donation"),
 ("p-11r", P, "assigned 1:1 to immediate", "1:1", "ratio", 1, 1, "ratio", N, "randomisation ratio"),
 ("p-21", P, "delayed by 21 days", "21 days", "duration", 21, 21, "days", Y, "delayed-arm delay"),
 ("p-2grp", P, "so that the two groups", "two", "count", 2, 2, "groups", N, "aside"),
 ("p-3rings", P, "Three rings were defined", "Three", "count", 3, 3, "rings", Y, "rings defined at launch"),
 ("p-40", P, "covering about 40 contacts", "40", "count", 40, 40, "people", Y, "first ring size"),
 ("p-3days", P, "only three days since", "three days", "duration", 3, 3, "days", Y, "declaration to trial launch (tedros)"),
 ("p-rdv100l", P, "a 100 mg loading dose", "100 mg", "dose", 100, 100, "mg", Y, "remdesivir loading dose"),
 ("p-rdv100m", P, "followed by 100 mg daily", "100 mg", "dose", 100, 100, "mg", Y, "remdesivir maintenance dose"),
 ("p-2neg", P, "after two negative tests", "two", "count", 2, 2, "tests", Y, "negative tests for discharge"),
 ("p-72h", P, "taken 72 hours apart", "72 hours", "duration", 72, 72, "hours", Y, "interval between discharge tests"),
 ("p-1m", P, "released US$1 million", "US$1 million", "money", 1000000, 1000000, "USD", Y, "who cfe initial release"),
 ("p-3m", P, "a further US$3 million", "US$3 million", "money", 3000000, 3000000, "USD", Y, "who cfe additional release"),
 ("p-thiswk", P, "US$3 million this week", "this week", "date", 2025, 2025, "year", N, "timing"),
 ("p-five", P, "Sudan virus five times before", "five", "count", 5, 5, "outbreaks", Y, "previous svd outbreaks in uganda"),
 ("p-2011", P, "Founded in 2011", "2011", "date", 2011, 2011, "year", N, "about section"),
 ("p-14mem", P, "links 14 member institutions", "14", "count", 14, 14, "institutions", N, "about section"),
 ("p-5c", P, "in five countries", "five", "count", 5, 5, "countries", N, "about section"),

 # ---- ES03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2025", A, "in the 2025 Sudan virus disease outbreak", "2025", "date", 2025, 2025, "year", N, "title"),
 ("a-t2022", A, "comparison to the 2022 outbreak", "2022", "date", 2022, 2022, "year", N, "title"),
 ("a-sixth", A, "declared its sixth SVD outbreak", "sixth", "count", 6, 6, "outbreaks", Y, "ordinal of this svd outbreak in uganda"),
 ("a-jan30", A, "outbreak on 30 January 2025, after", "30 January 2025", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("a-sep22", A, "(20 September 2022 to", "20 September 2022", "date", 2022, 2022, "year", Y, "2022 outbreak declaration date"),
 ("a-jan23", A, "to 11 January 2023)", "11 January 2023", "date", 2023, 2023, "year", Y, "2022 outbreak end date"),
 ("a-164", A, "caused 164 cases", "164", "count", 164, 164, "cases", Y, "2022 outbreak cases"),
 ("a-77", A, "and 77 deaths, and", "77", "count", 77, 77, "deaths", Y, "2022 outbreak deaths"),
 ("a-desc2025", A, "We describe the 2025 outbreak", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-those2022", A, "with those of 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-mjan30", A, "from declaration (30 January 2025)", "30 January 2025", "date", 2025, 2025, "year", N, "study period start"),
 ("a-apr26", A, "end-of-outbreak declaration (26 April 2025)", "26 April 2025", "date", 2025, 2025, "year", Y, "end-of-outbreak declaration date"),
 ("a-N14", A, "N = 14 cases", "14", "count", 14, 14, "cases", Y, "total cases (final)"),
 ("a-n12", A, "confirmed n=12", "12", "count", 12, 12, "cases", Y, "confirmed cases (final)"),
 ("a-n2", A, "probable n=2", "2", "count", 2, 2, "cases", Y, "probable cases (final)"),
 ("a-7d", A, "in seven districts", "seven", "count", 7, 7, "districts", Y, "districts with cases (final)"),
 ("a-age", A, "from 1.5 to 55 years", "1.5 to 55 years", "age", 1.5, 55, "years", Y, "case age range (final)"),
 ("a-mean27", A, "(mean 27 years)", "27 years", "age", 27, 27, "years", Y, "mean case age"),
 ("a-onset", A, "symptom onset on 19 January 2025", "19 January 2025", "date", 2025, 2025, "year", Y, "index case symptom onset"),
 ("a-jan29", A, "died on 29 January, ten", "29 January", "date", 2025, 2025, "year", Y, "index case death date"),
 ("a-10d", A, "ten days later", "ten days", "duration", 10, 10, "days", Y, "index onset to death"),
 ("a-4died", A, "Four patients died", "Four", "count", 4, 4, "deaths", Y, "total deaths (final)"),
 ("a-286", A, "overall CFR of 28.6%", "28.6%", "percent", 28.6, 28.6, "%", Y, "overall cfr (final)"),
 ("a-286ci", A, "(95% CI 11.7–54.6)", "11.7–54.6", "percent", 11.7, 54.6, "%", Y, "ci"),
 ("a-2of12", A, "2 of 12 died", "2", "count", 2, 2, "deaths", Y, "deaths among confirmed (final)"),
 ("a-of12", A, "2 of 12 died", "12", "count", 12, 12, "cases", N, "denominator repeat"),
 ("a-167", A, "died (16.7%", "16.7%", "percent", 16.7, 16.7, "%", Y, "cfr among confirmed"),
 ("a-167ci", A, "95% CI 4.7–44.8", "4.7–44.8", "percent", 4.7, 44.8, "%", Y, "ci"),
 ("a-10rec", A, "Ten patients recovered", "Ten", "count", 10, 10, "patients", Y, "patients recovered (final)"),
 ("a-mar14", A, "discharged on 14 March 2025", "14 March 2025", "date", 2025, 2025, "year", Y, "last patient discharge date"),
 ("a-first10", A, "Of the first ten confirmed", "ten", "count", 10, 10, "cases", N, "denominator qualifier"),
 ("a-5hw", A, "five (50%) were", "five", "count", 5, 5, "health workers", Y, "health workers among first 10 confirmed"),
 ("a-50", A, "five (50%)", "50%", "percent", 50, 50, "%", Y, "share of health workers among first 10 confirmed"),
 ("a-534", A, "534 contacts were listed", "534", "count", 534, 534, "contacts", Y, "contacts listed (outbreak total)"),
 ("a-455", A, "of whom 455", "455", "count", 455, 455, "contacts", Y, "contacts quarantined"),
 ("a-852", A, "(85.2%, 95% CI", "85.2%", "percent", 85.2, 85.2, "%", Y, "share of contacts quarantined"),
 ("a-852ci", A, "81.9–88.0", "81.9–88.0", "percent", 81.9, 88.0, "%", Y, "ci"),
 ("a-21fu", A, "followed for 21 days", "21 days", "duration", 21, 21, "days", Y, "contact follow-up period"),
 ("a-y2022", A, "The 2022 CFR was", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-470", A, "CFR was 47.0%", "47.0%", "percent", 47.0, 47.0, "%", Y, "2022 cfr"),
 ("a-77b", A, "(77/164; 95% CI", "77", "count", 77, 77, "deaths", N, "fraction numerator (repeat)"),
 ("a-164b", A, "(77/164; 95% CI", "164", "count", 164, 164, "cases", N, "fraction denominator (repeat)"),
 ("a-470ci", A, "39.5–54.6", "39.5–54.6", "percent", 39.5, 54.6, "%", Y, "ci"),
 ("a-diffyrs", A, "2025 minus 2022", "2025 minus 2022", "date", 2022, 2025, "year", N, "definition"),
 ("a-diff", A, "was −18.4 percentage points", "−18.4 percentage points", "percent", -18.4, -18.4, "pp", Y, "cfr difference 2025 minus 2022"),
 ("a-diffci", A, "(95% CI −36.9 to 8.7", "−36.9 to 8.7", "percent", -36.9, 8.7, "pp", Y, "ci"),
 ("a-p", A, "P=0.26", "0.26", "pvalue", 0.26, 0.26, "p", N, "p-value"),
 ("a-feb3", A, "began on 3 February 2025", "3 February 2025", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("a-4d", A, "2025, 4 days after declaration", "4 days", "duration", 4, 4, "days", Y, "declaration to trial launch"),
 ("a-2160", A, "using 2,160 doses", "2,160", "count", 2160, 2160, "doses", Y, "doses prepositioned in kampala"),
 ("a-21del", A, "vaccination delayed by 21 days", "21 days", "duration", 21, 21, "days", Y, "delayed-arm delay"),
 ("a-in2022", A, "In 2022 the first candidate", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-dec8", A, "arrived on 8 December", "8 December", "date", 2022, 2022, "year", Y, "2022 candidate vaccine arrival"),
 ("a-79", A, "79 days after declaration", "79 days", "duration", 79, 79, "days", Y, "2022 declaration to vaccine arrival"),
 ("a-5260", A, "about 5,260 doses", "5,260", "count", 5260, 5260, "doses", Y, "2022 doses unused"),
 ("a-l2025", A, "The 2025 outbreak lasted", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-86", A, "lasted 86 days", "86 days", "duration", 86, 86, "days", Y, "2025 outbreak duration (declaration to end)"),
 ("a-113", A, "against 113 days in 2022", "113 days", "duration", 113, 113, "days", Y, "2022 outbreak duration"),
 ("a-in2022b", A, "113 days in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-fin2025", A, "Emergency financing in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-3m", A, "US$3 million from the WHO", "US$3 million", "money", 3000000, 3000000, "USD", Y, "who cfe total"),
 ("a-112", A, "appeal of US$11.2 million", "US$11.2 million", "money", 11200000, 11200000, "USD", Y, "un appeal amount"),
 ("a-46", A, "which US$4.6 million", "US$4.6 million", "money", 4600000, 4600000, "USD", Y, "un appeal funds in hand at launch"),
 ("a-41", A, "(41%) was available", "41%", "percent", 41, 41, "%", Y, "share of appeal funded at launch"),
 ("a-c2025", A, "The 2025 outbreak was smaller", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-c2022", A, "than that of 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-c14", A, "With only 14 cases", "14", "count", 14, 14, "cases", N, "repeat"),
 ("a-ref2", A, "Uganda. 8 March 2025.", "8 March 2025", "date", 2025, 2025, "year", N, "reference date"),
 ("a-ref3", A, "outbreak statement. 26 April 2025.", "26 April 2025", "date", 2025, 2025, "year", N, "reference date"),

 # ---- ES04 explainer (2025-03-10)
 ("e-upd", E, "Updated March 10, 2025", "March 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-incub", E, "runs from 2 to 21 days", "2 to 21 days", "duration", 2, 21, "days", Y, "incubation period"),
 ("e-41100", E, "between 41% and 100%", "41% and 100%", "percent", 41, 100, "%", Y, "cfr range in past svd outbreaks"),
 ("e-mar5", E, "As of March 5, the World", "March 5", "date", 2025, 2025, "year", N, "as-of"),
 ("e-14", E, "counted 14 cases", "14", "count", 14, 14, "cases", Y, "total cases (mar 5)"),
 ("e-12", E, "12 confirmed by laboratory", "12", "count", 12, 12, "cases", Y, "confirmed cases (mar 5)"),
 ("e-2p", E, "and two probable. Four", "two", "count", 2, 2, "cases", Y, "probable cases (mar 5)"),
 ("e-4d", E, "Four people have died", "Four", "count", 4, 4, "deaths", Y, "total deaths (mar 5)"),
 ("e-2cd", E, "died, two confirmed and", "two", "count", 2, 2, "deaths", Y, "deaths among confirmed (mar 5)"),
 ("e-2pd", E, "and two probable, which puts", "two", "count", 2, 2, "deaths", Y, "deaths among probable (mar 5)"),
 ("e-29", E, "rate at about 29%", "29%", "percent", 29, 29, "%", Y, "overall cfr (mar 5)"),
 ("e-6d", E, "reported in six districts", "six", "count", 6, 6, "districts", Y, "districts with cases (mar 5)"),
 ("e-age", E, "from 18 months to 55 years", "18 months to 55 years", "age", 1.5, 55, "years", Y, "case age range (mar 5)"),
 ("e-jan30", E, "declared on January 30 after", "January 30", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("e-45", E, "Of the 45 people", "45", "count", 45, 45, "contacts", Y, "initial contacts of index case"),
 ("e-24", E, "24 were health workers", "24", "count", 24, 24, "health workers", Y, "health workers among initial contacts"),
 ("e-8rec", E, "Eight patients recovered and went home", "Eight", "count", 8, 8, "patients", Y, "patients recovered (as of mar 10)"),
 ("e-feb18", E, "went home on February 18", "February 18", "date", 2025, 2025, "year", Y, "first discharge date"),
 ("e-child", E, "a four-and-a-half-year-old child", "four-and-a-half-year-old", "age", 4.5, 4.5, "years", Y, "child case age"),
 ("e-feb25", E, "at Mulago on February 25", "February 25", "date", 2025, 2025, "year", Y, "child death date"),
 ("e-2more", E, "and two more confirmed cases", "two", "count", 2, 2, "cases", Y, "confirmed cases linked to child"),
 ("e-2pdl", E, "and two probable deaths were", "two", "count", 2, 2, "deaths", Y, "probable deaths linked to child"),
 ("e-mar5b", E, "As of March 5, 192", "March 5", "date", 2025, 2025, "year", N, "as-of"),
 ("e-192", E, "192 new contacts", "192", "count", 192, 192, "contacts", Y, "new contacts (mar 5)"),
 ("e-2neg", E, "after two negative blood tests", "two", "count", 2, 2, "tests", Y, "negative tests for discharge"),
 ("e-48h", E, "taken 48 hours apart", "48 hours", "duration", 48, 48, "hours", Y, "interval between discharge tests"),
 ("e-feb3", E, "in Kampala on February 3", "February 3", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("e-single", E, "given as a single injection", "single", "count", 1, 1, "doses", Y, "vaccine regimen (doses)"),
 ("e-2610", E, "said 2,610 doses", "2,610", "count", 2610, 2610, "doses", Y, "doses prepositioned in kampala"),
 ("e-rdv200", E, "as a 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "remdesivir loading dose"),
 ("e-rdv100", E, "and 100 mg a day", "100 mg", "dose", 100, 100, "mg", Y, "remdesivir maintenance dose"),
 ("e-y2022", E, "different from the 2022 outbreak", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-sep22", E, "declared on 20 September 2022", "20 September 2022", "date", 2022, 2022, "year", Y, "2022 outbreak declaration date"),
 ("e-164", E, "far larger: 164 cases", "164", "count", 164, 164, "cases", Y, "2022 outbreak cases"),
 ("e-77", E, "164 cases and 77 deaths", "77", "count", 77, 77, "deaths", Y, "2022 outbreak deaths"),
 ("e-jan23", E, "declared over in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "2022 outbreak end date"),
 ("e-lastwk", E, "Last week the United Nations", "Last week", "date", 2025, 2025, "year", N, "appeal launch"),
 ("e-112", E, "appeal for $11.2 million", "$11.2 million", "money", 11200000, 11200000, "USD", Y, "un appeal amount"),
 ("e-3mo", E, "the three months from March", "three months", "duration", 3, 3, "months", Y, "un appeal period"),
 ("e-marmay", E, "from March to May", "March to May", "date", 2025, 2025, "year", N, "appeal period months"),
 ("e-46", E, "$4.6 million already", "$4.6 million", "money", 4600000, 4600000, "USD", Y, "un appeal funds in hand at launch"),
 ("e-7hr", E, "seven high-risk districts", "seven", "count", 7, 7, "districts", Y, "high-risk districts targeted by appeal"),
 ("e-42", E, "outbreak over 42 days", "42 days", "duration", 42, 42, "days", Y, "countdown to end declaration"),
 ("e-twice", E, "twice the longest", "twice", "ratio", 2, 2, "x", N, "42 days vs max incubation"),
 ("e-3wk", E, "within three weeks of possible", "three weeks", "duration", 3, 3, "weeks", Y, "symptom watch window after exposure"),

 # ---- ES05 blog (2025-05-05)
 ("b-h14", B, "Fourteen cases, four deaths", "Fourteen", "count", 14, 14, "cases", N, "headline"),
 ("b-h4", B, "Fourteen cases, four deaths", "four", "count", 4, 4, "deaths", N, "headline"),
 ("b-h1", B, "and one very fast trial", "one", "count", 1, 1, "trials", N, "headline"),
 ("b-pub", B, "May 5, 2025 | 6 min", "May 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-apr26", B, "On April 26, Uganda's", "April 26", "date", 2025, 2025, "year", Y, "end-of-outbreak declaration date"),
 ("b-3mo", B, "less than three months", "three months", "duration", 3, 3, "months", Y, "2025 outbreak duration (upper bound)"),
 ("b-14", B, "The final numbers: 14 cases", "14", "count", 14, 14, "cases", Y, "total cases (final)"),
 ("b-4", B, "14 cases, four deaths, 10", "four", "count", 4, 4, "deaths", Y, "total deaths (final)"),
 ("b-10", B, "four deaths, 10 survivors", "10", "count", 10, 10, "patients", Y, "patients recovered (final)"),
 ("b-half", B, "killed roughly half of those", "half", "percent", 50, 50, "%", Y, "typical past svd cfr (approx)"),
 ("b-3things", B, "three things about this one", "three", "count", 3, 3, "points", N, "aside"),
 ("b-543", B, "listed 543 contacts", "543", "count", 543, 543, "contacts", Y, "contacts listed (outbreak total)"),
 ("b-825", B, "and 82.5% of them", "82.5%", "percent", 82.5, 82.5, "%", Y, "share of contacts quarantined"),
 ("b-21", B, "through the 21-day window", "21-day", "duration", 21, 21, "days", Y, "contact follow-up period"),
 ("b-sevmil", B, "city of several million people", "several million", "count", None, None, "people", N, "vague"),
 ("b-200km", B, "more than 200 kilometres", "200 kilometres", "distance", 200, 200, "km", Y, "kampala to mbale distance"),
 ("b-feb3", B, "began on February 3, 2024", "February 3, 2024", "date", 2024, 2024, "year", Y, "trial launch date"),
 ("b-4days", B, "2024, four days after", "four days", "duration", 4, 4, "days", Y, "declaration to trial launch"),
 ("b-3days", B, "at three days in a post", "three days", "duration", 3, 3, "days", Y, "declaration to trial launch (tedros)"),
 ("b-2022", B, "Compare that with 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-79", B, "arrived 79 days after", "79 days", "duration", 79, 79, "days", Y, "2022 declaration to vaccine arrival"),
 ("b-5260", B, "about 5,260 doses", "5,260", "count", 5260, 5260, "doses", Y, "2022 doses unused"),
 ("b-2018", B, "candidates since 2018", "2018", "date", 2018, 2018, "year", Y, "iavi svd vaccine programme start"),
 ("b-3wk", B, "three weeks later", "three weeks", "duration", 3, 3, "weeks", Y, "delayed-arm delay"),
 ("b-chart", B, "January to March 2025", "January to March 2025", "date", 2025, 2025, "year", N, "image caption"),
 ("b-34m", B, "about $34 million", "$34 million", "money", 34000000, 34000000, "USD", Y, "us funding for 2022-23 response"),
 ("b-2223", B, "into the 2022-23 response", "2022-23", "date", 2022, 2023, "year", N, "qualifier"),
 ("b-1m", B, "released $1 million", "$1 million", "money", 1000000, 1000000, "USD", Y, "who cfe initial release"),
 ("b-day1", B, "on day one", "day one", "date", 2025, 2025, "year", N, "timing (declaration day)"),
 ("b-2m", B, "an additional $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "who cfe additional release"),
 ("b-midfeb", B, "in mid-February", "mid-February", "date", 2025, 2025, "year", N, "timing"),
 ("b-3mall", B, "$3 million in all", "$3 million", "money", 3000000, 3000000, "USD", Y, "who cfe total"),
 ("b-3moapp", B, "three-month appeal", "three-month", "duration", 3, 3, "months", Y, "un appeal period"),
 ("b-112", B, "asked for $11.2 million", "$11.2 million", "money", 11200000, 11200000, "USD", Y, "un appeal amount"),
 ("b-46", B, "only $4.6 million", "$4.6 million", "money", 4600000, 4600000, "USD", Y, "un appeal funds in hand at launch"),
 ("b-2022o", B, "The 2022 outbreak, in Mubende", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-164", B, "ran to 164 cases", "164", "count", 164, 164, "cases", Y, "2022 outbreak cases"),
 ("b-77", B, "164 cases and 77 deaths", "77", "count", 77, 77, "deaths", Y, "2022 outbreak deaths"),
 ("b-thisyr", B, "cluster this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-child4", B, "around a four-year-old", "four-year-old", "age", 4, 4, "years", Y, "child case age (rounded)"),
 ("b-latefeb", B, "in late February, could", "late February", "date", 2025, 2025, "year", N, "timing"),
 ("b-rel2y", B, "in under two years", "two years", "duration", 2, 2, "years", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- ES06 local (2025-02-19), hard-wrapped
 ("l-pub", L, "Wednesday, February 19, 2025", "February 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h8", L, "Eight Ebola survivors walk free", "Eight", "count", 8, 8, "patients", N, "headline repeat"),
 ("l-8", L, "MBALE - Eight patients", "Eight", "count", 8, 8, "patients", Y, "patients discharged feb 18"),
 ("l-tue", L, "were discharged on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "first discharge date"),
 ("l-2neg", L, "each returned two negative tests", "two", "count", 2, 2, "tests", Y, "negative tests for discharge"),
 ("l-72", L, "tests taken 72 hours apart", "72 hours", "duration", 72, 72, "hours", Y, "interval between discharge tests"),
 ("l-1mb", L, "One of the eight had been", "One", "count", 1, 1, "patients", Y, "patients treated in mbale"),
 ("l-8r", L, "One of the eight had been", "eight", "count", 8, 8, "patients", N, "repeat"),
 ("l-jan30", L, "declared on January 30, the", "January 30", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("l-9", L, "has confirmed nine cases", "nine", "count", 9, 9, "cases", Y, "confirmed cases (feb 19)"),
 ("l-1d", L, "including one death: the", "one", "count", 1, 1, "deaths", Y, "deaths (feb 19)"),
 ("l-23", L, "the 23-year-old male nurse", "23-year-old", "age", 23, 23, "years", Y, "index case age"),
 ("l-9r", L, "The nine confirmed patients", "nine", "count", 9, 9, "cases", N, "repeat"),
 ("l-4d", L, "come from four districts", "four", "count", 4, 4, "districts", Y, "districts with cases (feb 19)"),
 ("l-age", L, "from one and a half to 49 years", "one and a half to 49 years", "age", 1.5, 49, "years", Y, "case age range (feb 19)"),
 ("l-27", L, "average age of 27", "27", "age", 27, 27, "years", Y, "mean case age (feb 19)"),
 ("l-56", L, "and 56% are male", "56%", "percent", 56, 56, "%", Y, "share male (feb 19)"),
 ("l-44", L, "At least 44 contacts", "44", "count", 44, 44, "contacts", Y, "initial contacts of index case"),
 ("l-lastwk", L, "by last week 265", "last week", "date", 2025, 2025, "year", N, "as-of"),
 ("l-265", L, "last week 265 people", "265", "count", 265, 265, "contacts", Y, "contacts under quarantine (feb 12)"),
 ("l-58", L, "About 58 remained", "58", "count", 58, 58, "contacts", Y, "contacts still in quarantine (feb 18)"),
 ("l-tue2", L, "Mbale on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of"),
 ("l-42", L, "in the next 42 days", "42 days", "duration", 42, 42, "days", Y, "countdown to end declaration"),
 ("l-feb3", L, "in Kampala on February 3", "February 3", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("l-2doses", L, "receives two doses", "two", "count", 2, 2, "doses", Y, "vaccine regimen (doses)"),
 ("l-28", L, "two doses, 28 days apart", "28 days", "duration", 28, 28, "days", Y, "interval between doses"),
 ("l-2022q", L, "In 2022 we had nothing", "2022", "date", 2022, 2022, "year", N, "quote"),
 ("l-jan-ly", L, "ended in January last year", "January last year", "date", 2024, 2024, "year", Y, "2022 outbreak end date"),
 ("l-3mo", L, "after more than three months", "three months", "duration", 3, 3, "months", Y, "2022 outbreak duration (lower bound)"),
 ("l-4170", L, "between 41% and 70%", "41% and 70%", "percent", 41, 70, "%", Y, "cfr range in past svd outbreaks"),
 ("l-1m", L, "released $1 million", "$1 million", "money", 1000000, 1000000, "USD", Y, "who cfe initial release"),
 ("l-2m", L, "an additional $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "who cfe additional release"),
 ("l-lastwk2", L, "$2 million last week", "last week", "date", 2025, 2025, "year", N, "timing"),
 ("l-20", L, "at least 20 more", "20", "count", 20, 20, "tracers", Y, "additional tracers needed in mbale"),
 ("l-31", L, "We have 31 tracers", "31", "count", 31, 31, "tracers", Y, "contact tracers in mbale"),
 ("l-halfm", L, "more than half a million people", "half a million", "count", 500000, 500000, "people", Y, "mbale district population"),

 # ---- ES07 fact-check (2025-05-02)
 ("f-pub", F, "May 2, 2025 · By", "May 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-2000", F, "injected 2,000 people", "2,000", "count", 2000, 2000, "people", N, "post claim"),
 ("f-40", F, "killed more than 40 Ugandans", "40", "count", 40, 40, "deaths", N, "post claim"),
 ("f-50m", F, "pocketed $50 million", "$50 million", "money", 50000000, 50000000, "USD", N, "post claim"),
 ("f-four", F, "the official death toll is four", "four", "count", 4, 4, "deaths", Y, "total deaths (final, verdict)"),
 ("f-jan30", F, "disease on January 30, 2025", "January 30, 2025", "date", 2025, 2025, "year", Y, "outbreak declaration date"),
 ("f-aday", F, "2025, a day after", "a day", "duration", 1, 1, "days", N, "aside"),
 ("f-32", F, "a 32-year-old nurse", "32-year-old", "age", 32, 32, "years", Y, "index case age"),
 ("f-jan19", F, "begun around January 19", "January 19", "date", 2025, 2025, "year", Y, "index case symptom onset"),
 ("f-feb3", F, "did not start until February 3", "February 3", "date", 2025, 2025, "year", Y, "trial launch date"),
 ("f-single", F, "carries a single gene", "single", "count", 1, 1, "genes", N, "aside"),
 ("f-one", F, "for one surface protein", "one", "count", 1, 1, "proteins", N, "aside"),
 ("f-hundk", F, "hundreds of thousands of people", "hundreds of thousands", "count", None, None, "people", N, "vague (ervebo recipients)"),
 ("f-half", F, "Half of the rings", "Half", "percent", 50, 50, "%", Y, "share of rings vaccinated immediately"),
 ("f-half2", F, "and the other half 28", "half", "percent", 50, 50, "%", N, "repeat"),
 ("f-28", F, "half 28 days later", "28 days", "duration", 28, 28, "days", Y, "delayed-arm delay"),
 ("f-two", F, "compare the two groups", "two", "count", 2, 2, "groups", N, "aside"),
 ("f-40r", F, "covered about 40 people", "40", "count", 40, 40, "people", Y, "first ring size"),
 ("f-2000b", F, "not the 2,000 the post", "2,000", "count", 2000, 2000, "people", N, "post claim"),
 ("f-apr26", F, "outbreak over on April 26", "April 26", "date", 2025, 2025, "year", Y, "end-of-outbreak declaration date"),
 ("f-14", F, "recorded 14 cases", "14", "count", 14, 14, "cases", Y, "total cases (final)"),
 ("f-12", F, "14 cases, 12 confirmed", "12", "count", 12, 12, "cases", Y, "confirmed cases (final)"),
 ("f-2p", F, "confirmed and two probable, and", "two", "count", 2, 2, "cases", Y, "probable cases (final)"),
 ("f-4d", F, "and four deaths, two among", "four", "count", 4, 4, "deaths", Y, "total deaths (final)"),
 ("f-2cd", F, "deaths, two among confirmed", "two", "count", 2, 2, "deaths", Y, "deaths among confirmed (final)"),
 ("f-2pd", F, "and two among probable cases", "two", "count", 2, 2, "deaths", Y, "deaths among probable (final)"),
 ("f-33", F, "rate of about 33%", "33%", "percent", 33, 33, "%", Y, "overall cfr (final)"),
 ("f-10", F, "Ten patients recovered", "Ten", "count", 10, 10, "patients", Y, "patients recovered (final)"),
 ("f-6d", F, "came from six districts", "six", "count", 6, 6, "districts", Y, "districts with cases (final)"),
 ("f-534", F, "listed 534 contacts", "534", "count", 534, 534, "contacts", Y, "contacts listed (outbreak total)"),
 ("f-eighth", F, "Uganda's eighth outbreak", "eighth", "count", 8, 8, "outbreaks", Y, "ordinal of this svd outbreak in uganda (africa cdc)"),
 ("f-50m2", F, "no record of a $50 million", "$50 million", "money", 50000000, 50000000, "USD", N, "post claim"),
 ("f-inmar", F, "In March the United Nations", "March", "date", 2025, 2025, "year", N, "appeal launch"),
 ("f-121", F, "appeal for $12.1 million to support", "$12.1 million", "money", 12100000, 12100000, "USD", Y, "un appeal amount"),
 ("f-3mo", F, "response for three months", "three months", "duration", 3, 3, "months", Y, "un appeal period"),
 ("f-3m", F, "released $3 million", "$3 million", "money", 3000000, 3000000, "USD", Y, "who cfe total"),
 ("f-jan30b", F, "declared on January 30 and the trial", "January 30", "date", 2025, 2025, "year", N, "ruling repeat"),
 ("f-feb3b", F, "trial started on February 3", "February 3", "date", 2025, 2025, "year", Y, "trial launch date (ruling)"),
 ("f-40b", F, "that more than 40 people died", "40", "count", 40, 40, "deaths", N, "post claim (ruling)"),
 ("f-four2", F, "false: four people died", "four", "count", 4, 4, "deaths", N, "ruling repeat"),
 ("f-50m3", F, "The $50 million figure", "$50 million", "money", 50000000, 50000000, "USD", N, "post claim (ruling)"),
 ("f-121b", F, "appeal was for $12.1 million.", "$12.1 million", "money", 12100000, 12100000, "USD", Y, "un appeal amount (ruling)"),
 ("f-s1", F, "outbreak, April 26, 2025", "April 26, 2025", "date", 2025, 2025, "year", N, "source date"),
 ("f-s2", F, "Uganda, March 8, 2025", "March 8, 2025", "date", 2025, 2025, "year", N, "source date"),
 ("f-s3", F, "vaccination trial, February 3, 2025", "February 3, 2025", "date", 2025, 2025, "year", N, "source date"),
 ("f-s4", F, "end of the outbreak, April 2025", "April 2025", "date", 2025, 2025, "year", N, "source date"),
 ("f-s5", F, "emergency appeal, March 2025", "March 2025", "date", 2025, 2025, "year", N, "source date"),
]

S, Q = "strict", "qualified"
X = [
 # S1 contacts listed over the outbreak: 543 (blog, transposed) vs 534
 ("b-543", "w-534", S), ("b-543", "a-534", S), ("b-543", "f-534", S),
 # S2 end of the 2022 outbreak: "January last year" (local, 2025-02-19 -> 2024) vs January 2023
 ("l-jan-ly", "w-jan23", S), ("l-jan-ly", "a-jan23", S), ("l-jan-ly", "e-jan23", S),
 # S3 trial launch year: February 3, 2024 (blog) vs 2025
 ("b-feb3", "w-feb3", S), ("b-feb3", "p-feb3", S), ("b-feb3", "a-feb3", S), ("b-feb3", "e-feb3", S),
 ("b-feb3", "l-feb3", S), ("b-feb3", "f-feb3", S), ("b-feb3", "f-feb3b", S),
 # S4 index case age: 23 (local, transposed) vs 32
 ("l-23", "w-32", S), ("l-23", "p-32", S), ("l-23", "f-32", S),
 # S5 doses prepositioned: 2,610 (explainer, transposed) vs 2,160
 ("e-2610", "p-2160", S), ("e-2610", "a-2160", S),
 # S6 WHO CFE second tranche: US$3 million (press, total swapped in) vs $2 million
 ("p-3m", "l-2m", S), ("p-3m", "b-2m", S),
 # S7 UN appeal amount: $12.1 million (fact-check, transposed; twice) vs $11.2 million
 ("f-121", "w-112", S), ("f-121", "a-112", S), ("f-121", "e-112", S), ("f-121", "b-112", S),
 ("f-121b", "w-112", S), ("f-121b", "a-112", S), ("f-121b", "e-112", S), ("f-121b", "b-112", S),
 # S8 UN appeal period: six-month (wire) vs three months
 ("w-6mo", "e-3mo", S), ("w-6mo", "b-3moapp", S), ("w-6mo", "f-3mo", S),
 # S9 interval between the two negative discharge tests: 48 hours (explainer) vs 72 hours
 ("e-48h", "p-72h", S), ("e-48h", "l-72", S),
 # S10 final CFR: about 33% (fact-check, 4 deaths / 12 confirmed) vs 28.6% / 29%
 ("f-33", "w-29", S), ("f-33", "a-286", S),
 # S11 2022 outbreak deaths: 55 (wire, confirmed deaths only) vs 77
 ("w-55", "a-77", S), ("w-55", "e-77", S), ("w-55", "b-77", S),
 # S12 delay for the delayed arm: 28 days (fact-check) vs 21 days / three weeks
 ("f-28", "p-21", S), ("f-28", "a-21del", S), ("f-28", "b-3wk", S),
 # S13 vaccine regimen: two doses (local) vs single dose
 ("l-2doses", "p-single", S), ("l-2doses", "e-single", S),
 # S14 patients recovered, final: eight (wire, the Feb 18 discharge count) vs 10
 ("w-8rec", "a-10rec", S), ("w-8rec", "b-10", S), ("w-8rec", "f-10", S),
 # S15 districts with cases, final: seven (abstract, appeal's high-risk districts) vs six
 ("a-7d", "w-6d", S), ("a-7d", "f-6d", S),
 # S16 IAVI Sudan-virus vaccine programme start: 2019 (press) vs 2018 (blog)
 ("p-2019", "b-2018", S),
 # S17 share of contacts quarantined: 82.5% (blog, transposed) vs 85.2%
 ("b-825", "a-852", S),
 # S18 health workers among the index case's 45 contacts: 24 (explainer) vs 34
 ("e-24", "p-34", S),
 # S19 remdesivir loading dose: 100 mg (press) vs 200 mg
 ("p-rdv100l", "e-rdv200", S),
 # Qualified
 # Q1 declaration-to-trial interval: Tedros "three days" vs "four days" (real two-source discrepancy)
 ("p-3days", "w-4d", Q), ("p-3days", "a-4d", Q), ("p-3days", "b-4days", Q),
 ("b-3days", "w-4d", Q), ("b-3days", "a-4d", Q), ("b-3days", "p-4d", Q),
 # Q2 which SVD outbreak this was: Africa CDC "eighth" vs WHO "sixth" (real)
 ("f-eighth", "w-sixth", Q), ("f-eighth", "a-sixth", Q), ("f-eighth", "p-five", Q),
 # Q3 historical CFR range: 41-70% (WHO DON wording) vs 41-100% (real)
 ("l-4170", "w-41100", Q), ("l-4170", "e-41100", Q),
 # Q4 initial contacts of the index case: "at least 44" vs 45 (real)
 ("l-44", "p-45", Q), ("l-44", "e-45", Q),
 # Q5 CFR 33% (final) vs about 29% as of March 5 (different as-of date, same counts)
 ("f-33", "e-29", Q),
 # Q6 districts: seven (final) vs six as of March 5
 ("a-7d", "e-6d", Q),
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
        rows.append({"type": "claim", "id": f"es-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"es-{a}", f"es-{b}"
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
