#!/usr/bin/env python3
"""Build hurricane-helene.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "hurricane-helene")
OUT = os.path.join(HERE, "hurricane-helene.gold.jsonl")
T = "hh"

W, P, A, E, B, L, F = ("hh01_wire.txt", "hh02_press.txt", "hh03_abstract.txt",
                       "hh04_explainer.txt", "hh05_blog.txt", "hh06_local.txt", "hh07_factcheck.txt")
Y = True; N = False
NONE = None

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- hh01 wire (2024-10-01, Tuesday)
 ("w-h162", W, "climbs to 162 as", "162", "count", 162, 162, "deaths", N, "headline repeat"),
 ("w-dl", W, "ASHEVILLE, N.C., Oct 1", "Oct 1", "date", 2024, 2024, "year", N, "dateline"),
 ("w-tue", W, "162 on Tuesday morning", "Tuesday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-162", W, "stood at 162 on", "162", "count", 162, 162, "deaths", Y, "us death toll as of oct 1 (tally)"),
 ("w-5dec", W, "past five decades", "five decades", "duration", 50, 50, "years", N, "comparison window"),
 ("w-nc73", W, "accounted for 73 of", "73", "count", 73, 73, "deaths", Y, "nc deaths as of oct 1"),
 ("w-sc36", W, "South Carolina reported 36", "36", "count", 36, 36, "deaths", Y, "sc deaths as of oct 1"),
 ("w-ga25", W, "Georgia 25,", "25", "count", 25, 25, "deaths", Y, "ga deaths as of oct 1"),
 ("w-fl17", W, "Florida 17,", "17", "count", 17, 17, "deaths", Y, "fl deaths as of oct 1"),
 ("w-tn9", W, "Tennessee nine", "nine", "count", 9, 9, "deaths", Y, "tn deaths as of oct 1"),
 ("w-va2", W, "and Virginia two", "two", "count", 2, 2, "deaths", Y, "va deaths as of oct 1"),
 ("w-kat", W, "at least 1,392 people", "1,392", "count", 1392, 1392, "deaths", Y, "katrina deaths"),
 ("w-2005", W, "1,392 people in 2005", "2005", "date", 2005, 2005, "year", N, "katrina year"),
 ("w-thu", W, "came ashore late on Thursday", "Thursday", "date", 2024, 2024, "year", Y, "landfall date"),
 ("w-cat4", W, "as a Category 4 hurricane with maximum", "4", "count", 4, 4, "category", N, "saffir-simpson category"),
 ("w-140", W, "winds of 140 mph", "140 mph", "speed", 140, 140, "mph", Y, "landfall sustained wind"),
 ("w-13mo", W, "coast in 13 months", "13 months", "duration", 13, 13, "months", Y, "span of three big bend hurricanes (idalia to helene)"),
 ("w-busick", W, "recorded 30.78 inches", "30.78 inches", "length", 30.78, 30.78, "in", Y, "busick storm rainfall"),
 ("w-wedsat", W, "from Wednesday through Saturday", "Wednesday through Saturday", "date", 2024, 2024, "year", N, "rain period"),
 ("w-mitch", W, "measured 24.20 inches", "24.20 inches", "length", 24.2, 24.2, "in", Y, "mount mitchell rainfall"),
 ("w-42t", W, "dropped 42 trillion gallons", "42 trillion gallons", "volume", 42e12, 42e12, "gal", Y, "total rain volume (accuweather)"),
 ("w-cedar", W, "peaked at 6.89 feet", "6.89 feet", "length", 6.89, 6.89, "ft", Y, "cedar key storm tide, helene"),
 ("w-1914", W, "going back to 1914", "1914", "date", 1914, 1914, "year", N, "gauge record start"),
 ("w-150", W, "more than 150 miles", "150 miles", "length", 150, 150, "mi", Y, "tampa bay distance from landfall"),
 ("w-bun30", W, "had confirmed 30 deaths", "30", "count", 30, 30, "deaths", Y, "buncombe deaths as of sep 29"),
 ("w-sun", W, "30 deaths by Sunday", "Sunday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-600", W, "about 600 people", "600", "count", 600, 600, "people", Y, "buncombe unaccounted for sep 30"),
 ("w-mon1", W, "unaccounted for on Monday", "Monday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-70", W, "supplies more than 70% of", "70%", "percent", 70, 70, "%", Y, "north fork share of asheville water"),
 ("w-50", W, "more than 50 patients", "50", "count", 50, 50, "people", Y, "unicoi hospital roof rescue"),
 ("w-fri", W, "on Friday after the Nolichucky", "Friday", "date", 2024, 2024, "year", Y, "unicoi hospital rescue date"),
 ("w-16m", W, "More than 1.6 million homes", "1.6 million", "count", 1.6e6, 1.6e6, "customers", Y, "customers without power night of sep 30"),
 ("w-monnight", W, "power on Monday night", "Monday night", "date", 2024, 2024, "year", N, "as-of"),
 ("w-21m", W, "about 2.1 million earlier", "2.1 million", "count", 2.1e6, 2.1e6, "customers", Y, "customers without power earlier sep 30"),
 ("w-55m", W, "around 5.5 million customers", "5.5 million", "count", 5.5e6, 5.5e6, "customers", Y, "total customers who lost power"),
 ("w-sc", W, "the dark, 694,518", "694,518", "count", 694518, 694518, "customers", Y, "sc customers out sep 30"),
 ("w-ga", W, "Georgia with 505,726", "505,726", "count", 505726, 505726, "customers", Y, "ga customers out sep 30"),
 ("w-nc", W, "North Carolina with 404,303", "404,303", "count", 404303, 404303, "customers", Y, "nc customers out sep 30"),
 ("w-11m", W, "more than 1.1 million customers", "1.1 million", "count", 1.1e6, 1.1e6, "customers", Y, "duke customers restored in carolinas by sep 29"),
 ("w-bysun", W, "in the Carolinas by Sunday", "Sunday", "date", 2024, 2024, "year", N, "as-of"),
 ("w-byfri", W, "most customers by Friday", "Friday", "date", 2024, 2024, "year", N, "duke restoration forecast"),
 ("w-sunnight", W, "on Sunday night that power", "Sunday night", "date", 2024, 2024, "year", N, "as-of"),
 ("w-99", W, "restored to 99% of", "99%", "percent", 99, 99, "%", Y, "florida power restored share sep 29 (governor)"),
 ("w-accu", W, "$145 billion to $160 billion", "$145 billion to $160 billion", "money", 145e9, 160e9, "USD", Y, "accuweather loss estimate oct 1"),
 ("w-model", W, "$15 billion to $26 billion", "$15 billion to $26 billion", "money", 15e9, 26e9, "USD", Y, "early modeled property damage"),
 ("w-sat", W, "North Carolina on Saturday", "Saturday", "date", 2024, 2024, "year", Y, "nc major disaster declaration date"),
 ("w-wed2", W, "from the air on Wednesday", "Wednesday", "date", 2024, 2024, "year", N, "planned presidential tour"),
 ("w-1200", W, "More than 1,200 urban", "1,200", "count", 1200, 1200, "personnel", Y, "usar personnel in nc"),

 # ---- hh02 press (2025-02-11)
 ("p-h372", P, "Tops $372 Million", "$372 Million", "money", 372e6, 372e6, "USD", N, "headline repeat (rounded)"),
 ("p-h596", P, "stands at $59.6 billion;", "$59.6 billion", "money", 59.6e9, 59.6e9, "USD", N, "subtitle repeat"),
 ("p-h29", P, "adds $29 billion to", "$29 billion", "money", 29e9, 29e9, "USD", N, "subtitle repeat"),
 ("p-dl", P, "Feb. 11, 2025 --", "Feb. 11, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-feb10", P, "business on Feb. 10.", "Feb. 10", "date", 2025, 2025, "year", N, "as-of"),
 ("p-landfall", P, "Big Bend on Sept. 26, 2024,", "Sept. 26, 2024", "date", 2024, 2024, "year", Y, "landfall date"),
 ("p-18mo", P, "coast in 18 months", "18 months", "duration", 18, 18, "months", Y, "span of three big bend hurricanes (idalia to helene)"),
 ("p-1916", P, "recorded since 1916", "1916", "date", 1916, 1916, "year", Y, "last comparable flood"),
 ("p-decl", P, "North Carolina on Sept. 28, 2024", "Sept. 28, 2024", "date", 2024, 2024, "year", Y, "nc major disaster declaration date"),
 ("p-39", P, "available in 39 counties", "39", "count", 39, 39, "counties", Y, "nc counties eligible for individual assistance"),
 ("p-asof", P, "(as of Feb. 10, 2025)", "Feb. 10, 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("p-372", P, "- $372.3 million approved", "$372.3 million", "money", 372.3e6, 372.3e6, "USD", Y, "fema ihp approved nc to feb 10 2025"),
 ("p-154k", P, "for 154,577 households", "154,577", "count", 154577, 154577, "households", Y, "nc households approved to feb 10 2025"),
 ("p-379", P, "$379 million in Public", "$379 million", "money", 379e6, 379e6, "USD", Y, "public assistance approved nc"),
 ("p-13250", P, "13,250 families have stayed", "13,250", "count", 13250, 13250, "households", Y, "families who have stayed in fema hotels (cumulative)"),
 ("p-2057", P, "2,057 households are currently", "2,057", "count", 2057, 2057, "households", Y, "households currently in tsa hotels"),
 ("p-158", P, "and 158 households", "158", "count", 158, 158, "households", Y, "households in temporary housing units"),
 ("p-3300", P, "3,300 households have", "3,300", "count", 3300, 3300, "households", Y, "households receiving rental assistance"),
 ("p-5203", P, "5,203 families have", "5,203", "count", 5203, 5203, "households", Y, "families paid for private roads/bridges"),
 ("p-156", P, "received $15.6 million", "$15.6 million", "money", 15.6e6, 15.6e6, "USD", Y, "private roads/bridges money"),
 ("p-112", P, "$112.2 million in low-interest", "$112.2 million", "money", 112.2e6, 112.2e6, "USD", Y, "sba loans approved"),
 ("p-mar8", P, "extended to March 8", "March 8", "date", 2025, 2025, "year", N, "sba deadline"),
 ("p-508", P, "$50.8 million in Disaster", "$50.8 million", "money", 50.8e6, 50.8e6, "USD", Y, "disaster unemployment assistance paid"),
 ("p-10454", P, "more than 10,454 applicants", "10,454", "count", 10454, 10454, "people", Y, "dua applicants"),
 ("p-110m", P, "$110 million paid", "$110 million", "money", 110e6, 110e6, "USD", Y, "nfip claims paid"),
 ("p-4m", P, "4 million cubic yards", "4 million cubic yards", "volume", 4e6, 4e6, "cu yd", Y, "debris cleared"),
 ("p-28m", P, "2.8 million by state", "2.8 million", "volume", 2.8e6, 2.8e6, "cu yd", Y, "debris cleared by state contractors"),
 ("p-12m", P, "1.2 million by federal", "1.2 million", "volume", 1.2e6, 1.2e6, "cu yd", Y, "debris cleared by federal contractors"),
 ("p-dec21", P, "signed on Dec. 21,", "Dec. 21", "date", 2024, 2024, "year", Y, "american relief act signed"),
 ("p-100b", P, "more than $100 billion in disaster aid", "$100 billion", "money", 100e9, 100e9, "USD", Y, "disaster aid in relief act"),
 ("p-29b", P, "including $29 billion for FEMA", "$29 billion", "money", 29e9, 29e9, "USD", Y, "drf appropriation in relief act"),
 ("p-40b", P, "had sought $40 billion", "$40 billion", "money", 40e9, 40e9, "USD", Y, "drf amount requested by administration"),
 ("p-12b", P, "about $12 billion in Community", "$12 billion", "money", 12e9, 12e9, "USD", Y, "cdbg-dr in relief act"),
 ("p-21b", P, "roughly $21 billion in aid", "$21 billion", "money", 21e9, 21e9, "USD", Y, "farm aid in relief act"),
 ("p-8b", P, "and $8 billion for damaged", "$8 billion", "money", 8e9, 8e9, "USD", Y, "highway money in relief act"),
 ("p-nov", P, "In November, former Gov.", "November", "date", 2024, 2024, "year", Y, "cooper federal request date"),
 ("p-39b", P, "Congress for $3.9 billion", "$3.9 billion", "money", 3.9e9, 3.9e9, "USD", Y, "cooper federal aid request"),
 ("p-dec", P, "In December the North Carolina", "December", "date", 2024, 2024, "year", Y, "nc revised damage estimate date"),
 ("p-596", P, "at $59.6 billion, the largest", "$59.6 billion", "money", 59.6e9, 59.6e9, "USD", Y, "nc damage estimate (december 2024)"),
 ("p-3x", P, "more than three times the", "three times", "ratio", 3, 3, "x", Y, "vs florence damage"),
 ("p-17b", P, "the $17 billion from", "$17 billion", "money", 17e9, 17e9, "USD", Y, "florence nc damage"),
 ("p-2019", P, "Florence in 2019", "2019", "date", 2019, 2019, "year", Y, "florence year"),
 ("p-jan1", P, "sworn in on Jan. 1,", "Jan. 1", "date", 2025, 2025, "year", N, "stein inauguration"),
 ("p-5eo", P, "issued five executive orders", "five", "count", 5, 5, "orders", Y, "stein executive orders"),
 ("p-12k", P, "more than 12,000 people", "12,000", "count", 12000, 12000, "people", Y, "people without safe housing"),
 ("p-8k", P, "estimated 8,000 private roads", "8,000", "count", 8000, 8000, "roads/bridges", Y, "damaged private roads and bridges"),
 ("p-asof2", P, "available as of Feb. 10, 2025 and", "Feb. 10, 2025", "date", 2025, 2025, "year", N, "as-of"),
 ("p-oct24", P, "established in October 2024", "October 2024", "date", 2024, 2024, "year", N, "about section"),
 ("p-2wk", P, "every two weeks", "two weeks", "duration", 2, 2, "weeks", N, "about section"),

 # ---- hh03 abstract (2025-06-16)
 ("a-pub", A, "Published online 16 June 2025", "16 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "United States, 2024: a descriptive", "2024", "date", 2024, 2024, "year", N, "title year"),
 ("a-landfall", A, "on 26 September 2024 as", "26 September 2024", "date", 2024, 2024, "year", Y, "landfall date"),
 ("a-cat4", A, "as a Category 4 hurricane and", "4", "count", 4, 4, "category", N, "saffir-simpson category"),
 ("a-787", A, "at US$78.7 billion;", "US$78.7 billion", "money", 78.7e9, 78.7e9, "USD", Y, "ncei total us damage"),
 ("a-dec24", A, "North Carolina's December 2024 assessment", "December 2024", "date", 2024, 2024, "year", Y, "nc revised damage estimate date"),
 ("a-536", A, "alone at US$53.6 billion", "US$53.6 billion", "money", 53.6e9, 53.6e9, "USD", Y, "nc damage estimate (december 2024)"),
 ("a-hundreds", A, "hundreds of miles inland", "hundreds of miles", "length", NONE, NONE, "mi", N, "vague"),
 ("a-rel", A, "released on 19 March 2025", "19 March 2025", "date", 2025, 2025, "year", Y, "nhc report release date"),
 ("a-100k", A, "rates per 100,000 residents used", "100,000", "count", 100000, 100000, "people", N, "rate denominator"),
 ("a-v2024", A, "Vintage 2024 Census", "2024", "date", 2024, 2024, "year", N, "data vintage"),
 ("a-249", A, "N = 249 deaths", "249", "count", 249, 249, "deaths", Y, "nhc total deaths (march report)"),
 ("a-175", A, "of which 175 were direct", "175", "count", 175, 175, "deaths", Y, "nhc direct deaths"),
 ("a-703", A, "(70.3%; 95% CI", "70.3%", "percent", 70.3, 70.3, "%", Y, "direct share of all deaths"),
 ("a-703ci", A, "64.3–75.6", "64.3–75.6", "percent", 64.3, 75.6, "%", Y, "ci"),
 ("a-74", A, "and 74 indirect", "74", "count", 74, 74, "deaths", Y, "indirect deaths (249-175)"),
 ("a-7st", A, "occurred in seven states", "seven", "count", 7, 7, "states", Y, "states with direct deaths"),
 ("a-nc85", A, "North Carolina n=85", "85", "count", 85, 85, "deaths", Y, "nc direct deaths (nhc)"),
 ("a-486", A, "(48.6% of direct deaths", "48.6%", "percent", 48.6, 48.6, "%", Y, "nc share of direct deaths"),
 ("a-486ci", A, "41.3–55.9", "41.3–55.9", "percent", 41.3, 55.9, "%", Y, "ci"),
 ("a-ga28", A, "Georgia n=28", "28", "count", 28, 28, "deaths", Y, "ga direct deaths (nhc)"),
 ("a-sc26", A, "South Carolina n=26", "26", "count", 26, 26, "deaths", Y, "sc direct deaths (nhc)"),
 ("a-fl14", A, "Florida n=14", "14", "count", 14, 14, "deaths", Y, "fl direct deaths (nhc)"),
 ("a-tn15", A, "Tennessee n=15", "15", "count", 15, 15, "deaths", Y, "tn direct deaths (nhc)"),
 ("a-va2", A, "Virginia n=2", "2", "count", 2, 2, "deaths", Y, "va direct deaths (nhc)"),
 ("a-in1", A, "Indiana n=1", "1", "count", 1, 1, "deaths", Y, "in direct deaths (nhc)"),
 ("a-94", A, "flooding caused 94 direct", "94", "count", 94, 94, "deaths", Y, "freshwater flood direct deaths"),
 ("a-537", A, "(53.7%; 95% CI", "53.7%", "percent", 53.7, 53.7, "%", Y, "flood share of direct deaths"),
 ("a-537ci", A, "46.3–60.9", "46.3–60.9", "percent", 46.3, 60.9, "%", Y, "ci"),
 ("a-65", A, "wind 65 (37.1%", "65", "count", 65, 65, "deaths", Y, "wind direct deaths"),
 ("a-371", A, "(37.1%; 95% CI", "37.1%", "percent", 37.1, 37.1, "%", Y, "wind share of direct deaths"),
 ("a-371ci", A, "30.3–44.5", "30.3–44.5", "percent", 30.3, 44.5, "%", Y, "ci"),
 ("a-surge14", A, "storm surge 14 (8.0%", "14", "count", 14, 14, "deaths", Y, "storm surge direct deaths"),
 ("a-80", A, "(8.0%; 95% CI", "8.0%", "percent", 8.0, 8.0, "%", Y, "surge share of direct deaths"),
 ("a-80ci", A, "4.8–13.0", "4.8–13.0", "percent", 4.8, 13.0, "%", Y, "ci"),
 ("a-oth2", A, "other mechanisms 2", "2", "count", 2, 2, "deaths", Y, "other direct deaths"),
 ("a-65b", A, "Of the 65 wind deaths", "65", "count", 65, 65, "deaths", N, "repeat"),
 ("a-61", A, "61 (93.8%)", "61", "count", 61, 61, "deaths", Y, "falling-tree deaths"),
 ("a-938", A, "(93.8%)", "93.8%", "percent", 93.8, 93.8, "%", Y, "tree share of wind deaths"),
 ("a-1963", A, "since at least 1963", "1963", "date", 1963, 1963, "year", Y, "wind-death record period start"),
 ("a-77", A, "77 of 85 direct", "77", "count", 77, 77, "deaths", Y, "nc freshwater flood deaths"),
 ("a-85b", A, "77 of 85 direct", "85", "count", 85, 85, "deaths", N, "repeat"),
 ("a-906", A, "(90.6%; 95% CI", "90.6%", "percent", 90.6, 90.6, "%", Y, "nc flood share of direct deaths"),
 ("a-906ci", A, "82.5–95.2", "82.5–95.2", "percent", 82.5, 95.2, "%", Y, "ci"),
 ("a-17", A, "compared with 17 of 90", "17", "count", 17, 17, "deaths", Y, "other states flood deaths"),
 ("a-90", A, "17 of 90 (18.9%", "90", "count", 90, 90, "deaths", Y, "other states direct deaths"),
 ("a-189", A, "(18.9%; 95% CI", "18.9%", "percent", 18.9, 18.9, "%", Y, "other states flood share"),
 ("a-189ci", A, "12.1–28.2", "12.1–28.2", "percent", 12.1, 28.2, "%", Y, "ci"),
 ("a-diff", A, "was −71.7 percentage points", "−71.7 percentage points", "percent", -71.7, -71.7, "pp", Y, "difference other minus nc"),
 ("a-diffci", A, "(95% CI −79.9 to −59.4", "−79.9 to −59.4", "percent", -79.9, -59.4, "pp", Y, "ci"),
 ("a-chi", A, "χ² = 90.4", "90.4", "stat", 90.4, 90.4, "chi2", N, "test statistic"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-077", A, "was 0.77 per 100,000", "0.77", "rate", 0.77, 0.77, "per 100k", Y, "nc direct death rate"),
 ("a-100k2", A, "0.77 per 100,000 residents in", "100,000", "count", 100000, 100000, "people", N, "rate denominator"),
 ("a-077ci", A, "0.61–0.95", "0.61–0.95", "rate", 0.61, 0.95, "per 100k", Y, "ci"),
 ("a-047", A, "0.47 in South Carolina", "0.47", "rate", 0.47, 0.47, "per 100k", Y, "sc direct death rate"),
 ("a-047ci", A, "(0.31–0.70)", "0.31–0.70", "rate", 0.31, 0.70, "per 100k", Y, "ci"),
 ("a-025", A, "0.25 in Georgia", "0.25", "rate", 0.25, 0.25, "per 100k", Y, "ga direct death rate"),
 ("a-025ci", A, "(0.17–0.36)", "0.17–0.36", "rate", 0.17, 0.36, "per 100k", Y, "ci"),
 ("a-rr", A, "was 3.07 (95% CI", "3.07", "ratio", 3.07, 3.07, "x", Y, "rate ratio nc vs ga"),
 ("a-rrci", A, "2.00–4.71", "2.00–4.71", "ratio", 2.0, 4.71, "x", Y, "ci"),
 ("a-2005", A, "Katrina in 2005", "2005", "date", 2005, 2005, "year", N, "katrina year"),
 ("a-9in10", A, "Nine in ten of North", "Nine in ten", "percent", 90, 90, "%", Y, "nc flood share (summary)"),
 ("a-3in10", A, "about three in ten of the total", "three in ten", "percent", 30, 30, "%", Y, "indirect share (summary)"),

 # ---- hh04 explainer (2025-09-22)
 ("e-h1yr", E, "Hurricane Helene, one year later", "one year", "duration", 1, 1, "years", N, "headline"),
 ("e-upd", E, "Updated Sept. 22, 2025", "Sept. 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-ayear", E, "A year after Helene", "A year", "duration", 1, 1, "years", N, "lede"),
 ("e-landfall", E, "late on Sept. 26, 2024,", "Sept. 26, 2024", "date", 2024, 2024, "year", Y, "landfall date"),
 ("e-10mi", E, "about 10 miles southwest", "10 miles", "length", 10, 10, "mi", Y, "landfall distance from perry"),
 ("e-cat4", E, "as a Category 4 hurricane with 140", "4", "count", 4, 4, "category", N, "saffir-simpson category"),
 ("e-140", E, "with 140 mph winds", "140 mph", "speed", 140, 140, "mph", Y, "landfall sustained wind"),
 ("e-13mo", E, "Florida in 13 months", "13 months", "duration", 13, 13, "months", Y, "span of three big bend hurricanes (idalia to helene)"),
 ("e-2023", E, "after Idalia in 2023", "2023", "date", 2023, 2023, "year", Y, "idalia landfall year"),
 ("e-debby", E, "Debby the month before", "the month before", "date", 2024, 2024, "year", N, "debby landfall (relative)"),
 ("e-april", E, "update issued in April", "April", "date", 2025, 2025, "year", Y, "nhc report update date"),
 ("e-250", E, "count to 250 deaths", "250", "count", 250, 250, "deaths", Y, "nhc total deaths (april update)"),
 ("e-175", E, "including 175 direct deaths", "175", "count", 175, 175, "deaths", Y, "nhc direct deaths"),
 ("e-105", E, "suffered 105 direct deaths", "105", "count", 105, 105, "deaths", Y, "nc direct deaths (nhc)"),
 ("e-60", E, "60% of the national total", "60%", "percent", 60, 60, "%", Y, "nc share of direct deaths"),
 ("e-108", E, "lists 108 storm-related deaths", "108", "count", 108, 108, "deaths", Y, "nc deaths per state health dept (sep 2025)"),
 ("e-4in10", E, "Nearly four in ten direct", "four in ten", "percent", 40, 40, "%", Y, "wind share of direct deaths"),
 ("e-6dec", E, "in at least six decades", "six decades", "duration", 60, 60, "years", Y, "wind-death record period"),
 ("e-31", E, "received nearly 31 inches", "31 inches", "length", 31, 31, "in", Y, "busick storm rainfall"),
 ("e-dozens", E, "dozens of stream gauges", "dozens", "count", NONE, NONE, "gauges", N, "vague"),
 ("e-1400", E, "about 1,400 landslides", "1,400", "count", 1400, 1400, "landslides", Y, "landslides per nhc report"),
 ("e-126k", E, "that 126,000 homes", "126,000", "count", 126000, 126000, "homes", Y, "nc homes damaged (state estimate)"),
 ("e-8000", E, "more than 8,000 private roads", "8,000", "count", 8000, 8000, "roads/bridges", Y, "damaged private roads and bridges"),
 ("e-796", E, "at $79.6 billion,", "$79.6 billion", "money", 79.6e9, 79.6e9, "USD", Y, "ncei total us damage (updated list)"),
 ("e-10", E, "one of the 10 costliest", "10", "count", 10, 10, "hurricanes", N, "rank bucket"),
 ("e-dec", E, "December estimate of its own losses", "December", "date", 2024, 2024, "year", Y, "nc revised damage estimate date"),
 ("e-596", E, "losses is $59.6 billion", "$59.6 billion", "money", 59.6e9, 59.6e9, "USD", Y, "nc damage estimate (december 2024)"),
 ("e-accu", E, "$225 billion to $250 billion", "$225 billion to $250 billion", "money", 225e9, 250e9, "USD", Y, "accuweather loss estimate (oct 3 update)"),
 ("e-6m", E, "about 6 million customers", "6 million", "count", 6e6, 6e6, "customers", Y, "total customers who lost power (doe)"),
 ("e-10st", E, "across 10 states", "10", "count", 10, 10, "states", Y, "states with outages (doe)"),
 ("e-week", E, "within a week or two", "a week or two", "duration", 1, 2, "weeks", N, "vague restoration time"),
 ("e-lastnov", E, "until last November", "last November", "date", 2024, 2024, "year", Y, "asheville boil-water notice lifted"),
 ("e-8wk", E, "almost eight weeks after", "eight weeks", "duration", 8, 8, "weeks", Y, "asheville without potable water"),
 ("e-110b", E, "a $110 billion package", "$110 billion", "money", 110e9, 110e9, "USD", Y, "relief act total (incl. non-disaster items)"),
 ("e-lastdec", E, "package last December", "last December", "date", 2024, 2024, "year", Y, "american relief act signed"),
 ("e-40b", E, "received $40 billion of it", "$40 billion", "money", 40e9, 40e9, "USD", Y, "drf appropriation in relief act"),
 ("e-517", E, "$5.17 billion in federal", "$5.17 billion", "money", 5.17e9, 5.17e9, "USD", Y, "federal helene aid allocated to nc (sep 2025)"),
 ("e-800m", E, "over $800 million has actually", "$800 million", "money", 800e6, 800e6, "USD", Y, "federal aid actually received by nc"),
 ("e-9", E, "covers about 9% of", "9%", "percent", 9, 9, "%", Y, "federal share of nc costs"),
 ("e-73", E, "compared with 73% after", "73%", "percent", 73, 73, "%", Y, "federal share after maria"),
 ("e-2017", E, "Maria in 2017", "2017", "date", 2017, 2017, "year", N, "maria year"),
 ("e-78", E, "and 78% after Sandy", "78%", "percent", 78, 78, "%", Y, "federal share after sandy"),
 ("e-2012", E, "Sandy in 2012", "2012", "date", 2012, 2012, "year", N, "sandy year"),
 ("e-750", E, "an initial $750 in", "$750", "money", 750, 750, "USD", Y, "serious needs assistance"),
 ("e-425", E, "capped at $42,500,", "$42,500", "money", 42500, 42500, "USD", Y, "ihp housing cap"),
 ("e-96", E, "About 96% of affected", "96%", "percent", 96, 96, "%", Y, "nc water systems back online"),
 ("e-97", E, "and 97% of state-maintained", "97%", "percent", 97, 97, "%", Y, "nc state roads reopened"),

 # ---- hh05 blog (2025-03-24)
 ("b-pub", B, "March 24, 2025", "March 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-wed", B, "on Helene on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "nhc report release date"),
 ("b-week", B, "just over a week shy", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("b-6mo", B, "shy of six months", "six months", "duration", 6, 6, "months", N, "aside"),
 ("b-cap1", B, "River, October 2024.", "October 2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-249", B, "at least 249 deaths", "249", "count", 249, 249, "deaths", Y, "nhc total deaths (march report)"),
 ("b-157", B, "including 157 direct deaths", "157", "count", 157, 157, "deaths", Y, "nhc direct deaths"),
 ("b-kat", B, "more than 1,800 people", "1,800", "count", 1800, 1800, "deaths", Y, "katrina deaths"),
 ("b-2005", B, "1,800 people in 2005", "2005", "date", 2005, 2005, "year", N, "katrina year"),
 ("b-85", B, "North Carolina had 85 direct", "85", "count", 85, 85, "deaths", Y, "nc direct deaths (nhc)"),
 ("b-20", B, "and 20 indirect ones", "20", "count", 20, 20, "deaths", Y, "nc indirect deaths (nhc)"),
 ("b-105", B, "for a total of 105", "105", "count", 105, 105, "deaths", Y, "nc total deaths (nhc)"),
 ("b-half", B, "nearly half of all direct", "nearly half", "percent", 50, 50, "%", Y, "nc share of direct deaths"),
 ("b-ga28", B, "Georgia had 28 direct", "28", "count", 28, 28, "deaths", Y, "ga direct deaths (nhc)"),
 ("b-sc26", B, "South Carolina 26,", "26", "count", 26, 26, "deaths", Y, "sc direct deaths (nhc)"),
 ("b-fl18", B, "Florida 18,", "18", "count", 18, 18, "deaths", Y, "fl direct deaths (nhc)"),
 ("b-tn15", B, "Tennessee 15,", "15", "count", 15, 15, "deaths", Y, "tn direct deaths (nhc)"),
 ("b-va2", B, "Virginia 2 and", "2", "count", 2, 2, "deaths", Y, "va direct deaths (nhc)"),
 ("b-in1", B, "Indiana 1.", "1", "count", 1, 1, "deaths", Y, "in direct deaths (nhc)"),
 ("b-94", B, "killer, with 94 deaths", "94", "count", 94, 94, "deaths", Y, "freshwater flood direct deaths"),
 ("b-morehalf", B, "more than half the direct total", "half", "percent", 50, 50, "%", Y, "flood share of direct deaths"),
 ("b-65", B, "Wind caused 65 direct", "65", "count", 65, 65, "deaths", Y, "wind direct deaths"),
 ("b-61", B, "61 of them from falling", "61", "count", 61, 61, "deaths", Y, "falling-tree deaths"),
 ("b-1963", B, "since at least 1963", "1963", "date", 1963, 1963, "year", Y, "wind-death record period start"),
 ("b-14", B, "All 14 storm surge", "14", "count", 14, 14, "deaths", Y, "storm surge direct deaths"),
 ("b-3078", B, "was 30.78 inches at Busick", "30.78 inches", "length", 30.78, 30.78, "in", Y, "busick storm rainfall"),
 ("b-sep2528", B, "from Sept. 25 to 28", "Sept. 25 to 28", "date", 2024, 2024, "year", N, "rain period"),
 ("b-celo", B, "measured 26.65 inches", "26.65 inches", "length", 26.65, 26.65, "in", Y, "celo rainfall"),
 ("b-transy", B, "logged 29.98 inches", "29.98 inches", "length", 29.98, 29.98, "in", Y, "transylvania county rainfall"),
 ("b-bm", B, "highest total, 21.07 inches", "21.07 inches", "length", 21.07, 21.07, "in", Y, "black mountain rainfall"),
 ("b-63", B, "Sixty-three stream", "Sixty-three", "count", 63, 63, "gauges", Y, "record gauges"),
 ("b-2000", B, "more than 2,000 landslides", "2,000", "count", 2000, 2000, "landslides", Y, "landslides per nhc report"),
 ("b-106", B, "North Carolina, 106 mph", "106 mph", "speed", 106, 106, "mph", Y, "grandfather mountain gust"),
 ("b-hundreds", B, "hundreds of miles inland", "hundreds of miles", "length", NONE, NONE, "mi", N, "vague"),
 ("b-929", B, "reached 9.29 feet", "9.29 feet", "length", 9.29, 9.29, "ft", Y, "cedar key storm tide, helene"),
 ("b-689", B, "record of 6.89 feet", "6.89 feet", "length", 6.89, 6.89, "ft", Y, "cedar key previous record (idalia)"),
 ("b-53d", B, "only 53 days before", "53 days", "duration", 53, 53, "days", Y, "debby to helene interval"),
 ("b-787", B, "damage at $78.7 billion", "$78.7 billion", "money", 78.7e9, 78.7e9, "USD", Y, "ncei total us damage"),
 ("b-125k", B, "more than 125,000 housing units", "125,000", "count", 125000, 125000, "homes", Y, "wnc housing units damaged (nhc)"),
 ("b-822k", B, "about 822,000 acres", "822,000", "count", 822000, 822000, "acres", Y, "timberland damaged"),
 ("b-865", B, "at least 865 people", "865", "count", 865, 865, "people", Y, "coast guard rescues in wnc"),
 ("b-feb10", B, "As of Feb. 10, FEMA", "Feb. 10", "date", 2025, 2025, "year", N, "as-of"),
 ("b-723", B, "approved $72.3 million", "$72.3 million", "money", 72.3e6, 72.3e6, "USD", Y, "fema ihp approved nc to feb 10 2025"),
 ("b-154k", B, "for 154,577 North Carolina", "154,577", "count", 154577, 154577, "households", Y, "nc households approved to feb 10 2025"),
 ("b-2057", B, "and 2,057 families have stayed", "2,057", "count", 2057, 2057, "households", Y, "families who have stayed in fema hotels (cumulative)"),
 ("b-jan", B, "come back until this January", "this January", "date", 2025, 2025, "year", Y, "asheville boil-water notice lifted"),
 ("b-dec", B, "Congress passed in December", "December", "date", 2024, 2024, "year", Y, "american relief act signed"),
 ("b-29b", B, "put $29 billion into", "$29 billion", "money", 29e9, 29e9, "USD", Y, "drf appropriation in relief act"),

 # ---- hh06 local (2024-11-19), hard-wrapped
 ("l-pub", L, "Tuesday, November 19, 2024", "November 19, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("l-h53", L, "lifts boil-water notice 53 days", "53 days", "duration", 53, 53, "days", N, "headline repeat"),
 ("l-11am", L, "at 11 a.m. on Monday", "11 a.m.", "time", 11, 11, "h", N, "time of day"),
 ("l-mon", L, "11 a.m. on Monday, 53", "Monday", "date", 2024, 2024, "year", Y, "asheville boil-water notice lifted"),
 ("l-53", L, "Monday, 53 days after the", "53 days", "duration", 53, 53, "days", Y, "asheville without potable water"),
 ("l-nov16", L, "on Nov. 16 and Nov. 17", "Nov. 16", "date", 2024, 2024, "year", N, "sampling date"),
 ("l-nov17", L, "Nov. 16 and Nov. 17 came", "Nov. 17", "date", 2024, 2024, "year", N, "sampling date"),
 ("l-1988", L, "installed before 1988", "1988", "date", 1988, 1988, "year", N, "definitional"),
 ("l-flush", L, "for 30 seconds to two minutes", "30 seconds to two minutes", "duration", 0.5, 2, "minutes", N, "advice"),
 ("l-67", L, "Rosalind Beck, 67,", "67", "age", 67, 67, "years", N, "interviewee age"),
 ("l-latesep", L, "since late September", "late September", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-7wk", L, "Seven weeks of jugs", "Seven weeks", "duration", 7, 7, "weeks", N, "quote"),
 ("l-80", L, "roughly 80% of the city's", "80%", "percent", 80, 80, "%", Y, "north fork share of asheville water"),
 ("l-36in", L, "Its 36-inch bypass", "36-inch", "length", 36, 36, "in", N, "pipe size"),
 ("l-earlyoct", L, "reconnected in early October", "early October", "date", 2024, 2024, "year", N, "bypass reconnection"),
 ("l-oct18", L, "by Oct. 18 non-potable", "Oct. 18", "date", 2024, 2024, "year", N, "as-of"),
 ("l-95", L, "about 95% of the system", "95%", "percent", 95, 95, "%", Y, "share of system with non-potable water by oct 18"),
 ("l-145", L, "Turbidity stood at 14.5", "14.5", "turbidity", 14.5, 14.5, "NTU", Y, "north fork turbidity"),
 ("l-latenov", L, "in late November or early December", "late November or early December", "date", 2024, 2024, "year", N, "pretreatment completion forecast"),
 ("l-2000", L, "more than 2,000 requests", "2,000", "count", 2000, 2000, "requests", Y, "lead test kit requests"),
 ("l-2998", L, "Busick, in Yancey County, measured 29.98 inches", "29.98 inches", "length", 29.98, 29.98, "in", Y, "busick storm rainfall"),
 ("l-2107", L, "recorded 21.07 inches", "21.07 inches", "length", 21.07, 21.07, "in", Y, "black mountain rainfall"),
 ("l-40t", L, "estimated 40 trillion gallons", "40 trillion gallons", "volume", 40e12, 40e12, "gal", Y, "total rain volume"),
 ("l-101", L, "confirmed 101 Helene-related", "101", "count", 101, 101, "deaths", Y, "nc deaths per state health dept (nov 2024)"),
 ("l-43", L, "43 of them in Buncombe", "43", "count", 43, 43, "deaths", Y, "buncombe deaths per state health dept (nov 2024)"),
 ("l-lateoct", L, "In late October, the state", "late October", "date", 2024, 2024, "year", Y, "nc first damage estimate date"),
 ("l-536", L, "at $53.6 billion, more", "$53.6 billion", "money", 53.6e9, 53.6e9, "USD", Y, "nc damage estimate (october 2024)"),
 ("l-3x", L, "more than three times the", "three times", "ratio", 3, 3, "x", Y, "vs florence damage"),
 ("l-17b", L, "the $17 billion left", "$17 billion", "money", 17e9, 17e9, "USD", Y, "florence nc damage"),
 ("l-2018", L, "Florence in 2018", "2018", "date", 2018, 2018, "year", Y, "florence year"),
 ("l-1400", L, "some 1,400 landslides", "1,400", "count", 1400, 1400, "landslides", Y, "landslides per state budget office (oct 2024)"),
 ("l-126k", L, "estimated 126,000 homes", "126,000", "count", 126000, 126000, "homes", Y, "nc homes damaged (state estimate)"),
 ("l-220k", L, "about 220,000 households", "220,000", "count", 220000, 220000, "households", Y, "households expected to apply"),
 ("l-273", L, "a $273 million relief", "$273 million", "money", 273e6, 273e6, "USD", Y, "first state relief package"),
 ("l-oct", L, "relief package in October", "October", "date", 2024, 2024, "year", Y, "first state package date"),
 ("l-600m", L, "more than $600 million", "$600 million", "money", 600e6, 600e6, "USD", Y, "second state relief package"),
 ("l-2557", L, "ask for $25.57 billion", "$25.57 billion", "money", 25.57e9, 25.57e9, "USD", Y, "cooper federal aid request"),
 ("l-thiswk", L, "to Washington this week", "this week", "date", 2024, 2024, "year", N, "cooper trip"),
 ("l-lastwk", L, "As of last week, FEMA", "last week", "date", 2024, 2024, "year", N, "as-of"),
 ("l-194", L, "more than $194 million", "$194 million", "money", 194e6, 194e6, "USD", Y, "fema ihp approved nc mid-nov"),
 ("l-6300", L, "more than 6,300 households", "6,300", "count", 6300, 6300, "households", Y, "households registered for fema hotels mid-nov"),
 ("l-mon2", L, "station on Monday afternoon", "Monday afternoon", "date", 2024, 2024, "year", N, "scene"),
 ("l-44", L, "Darnell Hughes, 44,", "44", "age", 44, 44, "years", N, "interviewee age"),
 ("l-2ndwk", L, "since the second week of October", "second week of October", "date", 2024, 2024, "year", N, "scene"),

 # ---- hh07 fact-check (2024-10-17)
 ("f-h750", F, "limiting Helene survivors to $750", "$750", "money", 750, 750, "USD", N, "headline"),
 ("f-pub", F, "TruthLens | October 17, 2024", "October 17, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("f-claim750", F, "only giving Helene victims $750 and then", "$750", "money", 750, 750, "USD", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-earlyoct", F, "since early October)", "early October", "date", 2024, 2024, "year", N, "virality period"),
 ("f-750", F, "The $750 figure is real", "$750", "money", 750, 750, "USD", Y, "serious needs assistance"),
 ("f-425a", F, "capped at $42,500 per household", "$42,500", "money", 42500, 42500, "USD", Y, "ihp housing cap"),
 ("f-425b", F, "separate $42,500 cap", "$42,500", "money", 42500, 42500, "USD", Y, "ihp other-needs cap"),
 ("f-oct15", F, "business on Oct. 15,", "Oct. 15", "date", 2024, 2024, "year", N, "as-of"),
 ("f-102", F, "more than $102 million for North Carolina households affected", "$102 million", "money", 102e6, 102e6, "USD", Y, "fema ihp approved nc to oct 15"),
 ("f-186", F, "$18.6 million for emergency", "$18.6 million", "money", 18.6e6, 18.6e6, "USD", Y, "housing assistance part"),
 ("f-836", F, "$83.6 million for other", "$83.6 million", "money", 83.6e6, 83.6e6, "USD", Y, "other needs part"),
 ("f-39", F, "available in 39 North Carolina counties", "39", "count", 39, 39, "counties", Y, "nc counties eligible for individual assistance"),
 ("f-14400", F, "more than 14,400 home", "14,400", "count", 14400, 14400, "inspections", Y, "fema home inspections to oct 15"),
 ("f-2000", F, "more than 2,000 households", "2,000", "count", 2000, 2000, "households", Y, "households in fema hotels oct 15 (current)"),
 ("f-earlyoct2", F, "warned in early October", "early October", "date", 2024, 2024, "year", N, "mayorkas warning"),
 ("f-oct9", F, "Florida on Oct. 9.", "Oct. 9", "date", 2024, 2024, "year", Y, "milton landfall date"),
 ("f-oct1", F, "On Oct. 1, the confirmed", "Oct. 1", "date", 2024, 2024, "year", N, "as-of"),
 ("f-6st", F, "across six states", "six", "count", 6, 6, "states", N, "qualifier"),
 ("f-214", F, "was 214, and", "214", "count", 214, 214, "deaths", Y, "us death toll as of oct 1 (tally)"),
 ("f-11m", F, "about 1.1 million customers were still", "1.1 million", "count", 1.1e6, 1.1e6, "customers", Y, "customers without power night of sep 30"),
 ("f-sep30", F, "on the night of Sept. 30", "Sept. 30", "date", 2024, 2024, "year", N, "as-of"),
 ("f-72", F, "officials have reported 72 deaths", "72", "count", 72, 72, "deaths", Y, "buncombe deaths per county (mid-oct)"),
 ("f-accu", F, "$225 billion to $250 billion", "$225 billion to $250 billion", "money", 225e9, 250e9, "USD", Y, "accuweather loss estimate (oct 3 update)"),
 ("f-95", F, "power to 95% of its", "95%", "percent", 95, 95, "%", Y, "duke florida restored share sep 30"),
 ("f-sep30b", F, "afternoon of Sept. 30", "Sept. 30", "date", 2024, 2024, "year", N, "as-of"),
 ("f-750c", F, "if they accept the $750", "$750", "money", 750, 750, "USD", N, "rumor"),
 ("f-750r", F, "only giving Helene victims $750 and has", "$750", "money", 750, 750, "USD", N, "post claim (ruling)"),
 ("f-750r2", F, "The $750 payment is only", "$750", "money", 750, 750, "USD", N, "repeat (ruling)"),
 ("f-425r", F, "receive up to $42,500 for housing", "$42,500", "money", 42500, 42500, "USD", Y, "ihp housing cap (ruling)"),
 ("f-102r", F, "approved more than $102 million for North Carolina households by", "$102 million", "money", 102e6, 102e6, "USD", Y, "fema ihp approved nc to oct 15 (ruling)"),
 ("f-oct15r", F, "households by Oct. 15 and", "Oct. 15", "date", 2024, 2024, "year", N, "as-of"),
]

S, Q = "strict", "qualified"
X = [
 # S1 NHC direct deaths 175 vs 157 (transposed)
 ("b-157", "a-175", S), ("b-157", "e-175", S),
 # S2 NC direct deaths 85 vs 105 (total counted as direct)
 ("e-105", "a-nc85", S), ("e-105", "b-85", S),
 # S3 NC share of direct deaths
 ("e-60", "a-486", S), ("e-60", "b-half", S),
 # S4 FEMA IHP approved in NC to Feb 10 2025
 ("b-723", "p-372", S),
 # S5 NC December 2024 damage estimate
 ("a-536", "p-596", S), ("a-536", "e-596", S),
 # S6 Disaster Relief Fund appropriation
 ("e-40b", "p-29b", S), ("e-40b", "b-29b", S),
 # S7 Asheville boil-water notice lifted (year)
 ("b-jan", "l-mon", S), ("b-jan", "e-lastnov", S),
 # S8 Busick rainfall
 ("l-2998", "w-busick", S), ("l-2998", "b-3078", S),
 # S9 US death toll on Oct 1
 ("f-214", "w-162", S),
 # S10 families who have stayed in FEMA-paid hotels (cumulative)
 ("b-2057", "p-13250", S),
 # S11 Florence year
 ("p-2019", "l-2018", S),
 # S12 three Big Bend hurricanes within
 ("p-18mo", "w-13mo", S), ("p-18mo", "e-13mo", S),
 # S13 customers still without power, night of Sept 30
 ("f-11m", "w-16m", S),
 # S14 landslides per the NHC report
 ("e-1400", "b-2000", S),
 # S15 Cooper's federal aid request
 ("p-39b", "l-2557", S),
 # S16 Cedar Key storm tide in Helene
 ("w-cedar", "b-929", S),
 # S17 Florida direct deaths (NHC)
 ("a-fl14", "b-fl18", S),
 # Qualified
 ("e-250", "a-249", Q), ("e-250", "b-249", Q),
 ("e-108", "b-105", Q),
 ("e-6m", "w-55m", Q),
 ("l-40t", "w-42t", Q),
 ("f-72", "l-43", Q),
 ("w-70", "l-80", Q),
 ("e-110b", "p-100b", Q),
 ("e-796", "a-787", Q), ("e-796", "b-787", Q),
 ("b-kat", "w-kat", Q),
 ("e-31", "l-2998", Q),
 ("p-h372", "b-723", Q), ("p-h596", "a-536", Q), ("p-h29", "e-40b", Q),
 ("l-6300", "b-2057", Q),
 ("b-723", "l-194", Q), ("b-723", "f-102", Q), ("b-723", "f-102r", Q),
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
