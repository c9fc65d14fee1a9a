#!/usr/bin/env python3
"""Build myanmar-earthquake.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "myanmar-earthquake")
OUT = os.path.join(HERE, "myanmar-earthquake.gold.jsonl")
T = "myanmar-earthquake"

W, P, A, E, B, L, F = ("MQ01_wire.txt", "MQ02_press.txt", "MQ03_abstract.txt",
                       "MQ04_explainer.txt", "MQ05_blog.txt", "MQ06_local.txt", "MQ07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MQ01 wire (2025-04-03, Thursday)
 ("w-h3000", W, "toll passes 3,000 as junta", "3,000", "count", 3000, 3000, "deaths", N, "headline threshold"),
 ("w-dl", W, "YANGON, April 3", "April 3", "date", 2025, 2025, "year", N, "dateline"),
 ("w-lastfri", W, "from last Friday's earthquake", "last Friday", "date", 2025, 2025, "year", N, "quake date (relative)"),
 ("w-3000", W, "has passed 3,000, the ruling", "3,000", "count", 3000, 3000, "deaths", Y, "myanmar deaths passed (apr 3)"),
 ("w-thu", W, "military said on Thursday, as", "Thursday", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-3085", W, "At least 3,085 people", "3,085", "count", 3085, 3085, "deaths", Y, "myanmar deaths apr 3"),
 ("w-4715", W, "4,715 injured and 341", "4,715", "count", 4715, 4715, "injured", Y, "myanmar injured apr 3"),
 ("w-341", W, "and 341 are still missing", "341", "count", 341, 341, "missing", Y, "myanmar missing apr 3"),
 ("w-tue", W, "On Tuesday, junta chief", "Tuesday", "date", 2025, 2025, "year", N, "min aung hlaing statement date (apr 1)"),
 ("w-2719", W, "toll at 2,719 dead", "2,719", "count", 2719, 2719, "deaths", Y, "myanmar deaths apr 1"),
 ("w-4521", W, "4,521 injured and 441", "4,521", "count", 4521, 4521, "injured", Y, "myanmar injured apr 1"),
 ("w-441", W, "and 441 missing", "441", "count", 441, 441, "missing", Y, "myanmar missing apr 1"),
 ("w-3000f", W, "likely exceed 3,000", "3,000", "count", 3000, 3000, "deaths", Y, "junta chief forecast of deaths"),
 ("w-77", W, "The magnitude 7.7 quake", "7.7", "other", 7.7, 7.7, "Mw", Y, "mainshock magnitude (usgs)"),
 ("w-1pm", W, "shortly before 1 p.m.", "1 p.m.", "date", 2025, 2025, "year", N, "time of day"),
 ("w-mar28", W, "on March 28 about", "March 28", "date", 2025, 2025, "year", Y, "quake date"),
 ("w-16km", W, "about 16 km (10", "16 km", "other", 16, 16, "km", Y, "epicentre distance nw of sagaing"),
 ("w-10mi", W, "(10 miles) northwest", "10 miles", "other", 10, 10, "mi", N, "conversion"),
 ("w-depth", W, "shallow depth of 10 km", "10 km", "other", 10, 10, "km", Y, "focal depth"),
 ("w-67", W, "A magnitude 6.7 aftershock", "6.7", "other", 6.7, 6.7, "Mw", Y, "second shock magnitude"),
 ("w-12min", W, "hit 12 minutes later", "12 minutes", "duration", 12, 12, "minutes", Y, "interval to second shock"),
 ("w-80", W, "after a magnitude 8.0 tremor", "8.0", "other", 8.0, 8.0, "Mw", Y, "1912 quake magnitude"),
 ("w-1912", W, "tremor in 1912", "1912", "date", 1912, 1912, "year", Y, "previous strongest quake"),
 ("w-wed", W, "late on Wednesday that", "Wednesday", "date", 2025, 2025, "year", Y, "junta ceasefire announced (apr 2)"),
 ("w-20d", W, "opponents for 20 days", "20 days", "duration", 20, 20, "days", Y, "junta ceasefire length"),
 ("w-apr22", W, "until April 22, to", "April 22", "date", 2025, 2025, "year", Y, "junta ceasefire end"),
 ("w-2wk", W, "declared a two-week pause", "two-week", "duration", 2, 2, "weeks", Y, "nug pause length"),
 ("w-sun", W, "offensive operations from Sunday", "Sunday", "date", 2025, 2025, "year", N, "nug pause start"),
 ("w-1mo", W, "a one-month humanitarian truce", "one-month", "duration", 1, 1, "months", Y, "brotherhood alliance truce length"),
 ("w-tue2", W, "humanitarian truce on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "alliance truce announced"),
 ("w-26", W, "a 26-year-old hotel worker", "26-year-old", "age", 26, 26, "years", Y, "naing lin tun age"),
 ("w-wed2", W, "early on Wednesday, 91", "Wednesday", "date", 2025, 2025, "year", N, "rescue date"),
 ("w-91", W, "91 hours after he was buried", "91 hours", "duration", 91, 91, "hours", Y, "naing lin tun time trapped"),
 ("w-9h", W, "more than nine hours", "nine hours", "duration", 9, 9, "hours", Y, "naypyitaw rescue operation length"),
 ("w-52", W, "a 52-year-old man", "52-year-old", "age", 52, 52, "years", Y, "mandalay hotel survivor age"),
 ("w-120h", W, "after more than 120 hours", "120 hours", "duration", 120, 120, "hours", Y, "mandalay hotel survivor time trapped (lower bound)"),
 ("w-1550", W, "At least 1,550 foreign", "1,550", "count", 1550, 1550, "rescuers", Y, "foreign rescuers apr 3"),
 ("w-17", W, "from 17 countries", "17", "count", 17, 17, "countries", Y, "countries with rescuers apr 3"),
 ("w-4h", W, "said four hospitals", "four", "count", 4, 4, "hospitals", Y, "hospitals destroyed (who)"),
 ("w-1hc", W, "and one health centre had", "one", "count", 1, 1, "health centres", Y, "health centres destroyed (who)"),
 ("w-32", W, "another 32 hospitals", "32", "count", 32, 32, "hospitals", Y, "hospitals partly damaged (who)"),
 ("w-18", W, "and 18 health centres", "18", "count", 18, 18, "health centres", Y, "health centres partly damaged (who)"),
 ("w-100my", W, "promised 100 million yuan", "100 million yuan", "money", 100000000, 100000000, "CNY", Y, "china initial pledge"),
 ("w-139", W, "($13.9 million)", "$13.9 million", "money", 13900000, 13900000, "USD", Y, "china initial pledge (usd)"),
 ("w-2m", W, "has pledged $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "us initial pledge"),
 ("w-5m", W, "released $5 million from", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf initial allocation (day of quake)"),
 ("w-3m", W, "more than 3 million people", "3 million", "count", 3000000, 3000000, "people", Y, "displaced before quake"),
 ("w-feb21", W, "power in February 2021", "February 2021", "date", 2021, 2021, "year", Y, "military coup"),
 ("w-20m", W, "nearly 20 million needed", "20 million", "count", 20000000, 20000000, "people", Y, "people in need before quake"),
 ("w-30st", W, "down a 30-storey State", "30-storey", "count", 30, 30, "storeys", Y, "sao tower height"),
 ("w-22", W, "rose to 22 on Wednesday", "22", "count", 22, 22, "deaths", Y, "bangkok deaths apr 2"),
 ("w-wed3", W, "22 on Wednesday, with", "Wednesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-34", W, "with 34 injured", "34", "count", 34, 34, "injured", Y, "bangkok injured apr 2"),
 ("w-70", W, "about 70 bodies", "70", "count", 70, 70, "bodies", Y, "bodies believed under sao debris apr 2"),
 ("w-10k", W, "could exceed 10,000 and", "10,000", "count", 10000, 10000, "deaths", Y, "usgs pager forecast"),
 ("w-week", W, "began a week of national", "a week", "duration", 1, 1, "weeks", Y, "national mourning length"),
 ("w-mon", W, "national mourning on Monday", "Monday", "date", 2025, 2025, "year", N, "mourning start"),

 # ---- MQ02 press (2025-04-14)
 ("p-sub4", P, "datasets cover four cities", "four", "count", 4, 4, "cities", N, "subtitle repeat"),
 ("p-sub250", P, "commits SGD 250,000 in", "SGD 250,000", "money", 250000, 250000, "SGD", N, "subtitle repeat"),
 ("p-dl", P, "April 14, 2025 /PRNewswire/", "April 14, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-77", P, "the magnitude 7.7 earthquake that", "7.7", "other", 7.7, 7.7, "Mw", Y, "mainshock magnitude"),
 ("p-mar28", P, "on March 28, 2025.", "March 28, 2025", "date", 2025, 2025, "year", Y, "quake date"),
 ("p-img", P, "between March 29 and April 8", "March 29 and April 8", "date", 2025, 2025, "year", N, "imagery window"),
 ("p-212k", P, "classify 212,000 building", "212,000", "count", 212000, 212000, "buildings", Y, "footprints classified (company)"),
 ("p-9870", P, "flag 9,870 structures", "9,870", "count", 9870, 9870, "buildings", Y, "structures destroyed/severely damaged (company, four cities)"),
 ("p-6140", P, "including 6,140 in Mandalay", "6,140", "count", 6140, 6140, "buildings", Y, "mandalay structures destroyed/severely damaged (company)"),
 ("p-10k", P, "more than 10,000 buildings", "10,000", "count", 10000, 10000, "buildings", Y, "who early estimate collapsed/badly damaged"),
 ("p-460", P, "roughly 460 km of", "460 km", "other", 460, 460, "km", Y, "rupture length (usgs early)"),
 ("p-6m", P, "more than 6 metres of", "6 metres", "other", 6, 6, "m", Y, "max horizontal offset (nasa jpl)"),
 ("p-04m", P, "within 0.4 metres", "0.4 metres", "other", 0.4, 0.4, "m", N, "company agreement aside"),
 ("p-apr9", P, "government on April 9", "April 9", "date", 2025, 2025, "year", Y, "junta damage statement date"),
 ("p-48834", P, "damaged 48,834 residential", "48,834", "count", 48834, 48834, "buildings", Y, "residential buildings damaged (apr 9)"),
 ("p-5275", P, "5,275 pagodas", "5,275", "count", 5275, 5275, "pagodas", Y, "pagodas/stupas damaged (apr 9)"),
 ("p-3094", P, "3,094 monasteries", "3,094", "count", 3094, 3094, "monasteries", Y, "monasteries/nunneries damaged (apr 9)"),
 ("p-2045", P, "2,045 schools", "2,045", "count", 2045, 2045, "schools", Y, "schools damaged (apr 9)"),
 ("p-167", P, "167 health facilities", "167", "count", 167, 167, "facilities", Y, "health facilities damaged (apr 9)"),
 ("p-2171", P, "2,171 government offices", "2,171", "count", 2171, 2171, "offices", Y, "government offices damaged (apr 9)"),
 ("p-198", P, "198 dams", "198", "count", 198, 198, "dams", Y, "dams damaged (apr 9)"),
 ("p-148", P, "and 148 bridges", "148", "count", 148, 148, "bridges", Y, "bridges damaged (apr 9)"),
 ("p-3689", P, "reported 3,689 deaths", "3,689", "count", 3689, 3689, "deaths", Y, "myanmar deaths apr 11 (sac)"),
 ("p-5020", P, "5,020 injuries", "5,020", "count", 5020, 5020, "injured", Y, "myanmar injured apr 11 (sac)"),
 ("p-139", P, "and 139 people missing", "139", "count", 139, 139, "missing", Y, "myanmar missing apr 11"),
 ("p-apr11", P, "missing as of April 11", "April 11", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-275", P, "launched a $275 million appeal", "$275 million", "money", 275000000, 275000000, "USD", Y, "un appeal amount"),
 ("p-apr11b", P, "appeal on April 11 to", "April 11", "date", 2025, 2025, "year", N, "appeal launch"),
 ("p-11m", P, "to reach 1.1 million people", "1.1 million", "count", 1100000, 1100000, "people", Y, "appeal target beneficiaries"),
 ("p-10m", P, "released $10 million within hours", "$10 million", "money", 10000000, 10000000, "USD", Y, "cerf allocation at quake (planted: cumulative as initial)"),
 ("p-1by", P, "pledged 1 billion yuan", "1 billion yuan", "money", 1000000000, 1000000000, "CNY", Y, "china second pledge"),
 ("p-137", P, "($137 million) on April 10", "$137 million", "money", 137000000, 137000000, "USD", Y, "china second pledge (usd)"),
 ("p-apr10", P, "million) on April 10 on top", "April 10", "date", 2025, 2025, "year", N, "china second pledge date"),
 ("p-5gbp", P, "pledged up to £5 million", "£5 million", "money", 5000000, 5000000, "GBP", Y, "uk government pledge (planted: dec match cap)"),
 ("p-250k", P, "provide SGD 250,000 of", "SGD 250,000", "money", 250000, 250000, "SGD", Y, "company in-kind commitment"),
 ("p-jun30", P, "through June 30, 2025", "June 30, 2025", "date", 2025, 2025, "year", N, "commitment end"),
 ("p-14d", P, "every 14 days", "14 days", "duration", 14, 14, "days", Y, "map refresh interval"),
 ("p-2wk", P, "follow within two weeks", "two weeks", "duration", 2, 2, "weeks", N, "viewer timing (forward-looking)"),
 ("p-2016", P, "founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-240", P, "employs about 240 people", "240", "count", 240, 240, "employees", N, "about section"),
 ("p-60", P, "more than 60 public", "60", "count", 60, 60, "clients", N, "about section"),

 # ---- MQ03 abstract (2025-11-20)
 ("a-pub", A, "Published online 20 November 2025", "20 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tdate", A, "after the 28 March 2025 Mw 7.7 Mandalay", "28 March 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-tmw", A, "2025 Mw 7.7 Mandalay (Sagaing", "7.7", "other", 7.7, 7.7, "Mw", N, "title"),
 ("a-date", A, "On 28 March 2025 an", "28 March 2025", "date", 2025, 2025, "year", Y, "quake date"),
 ("a-mw", A, "an Mw 7.7 strike-slip", "7.7", "other", 7.7, 7.7, "Mw", Y, "mainshock magnitude"),
 ("a-475", A, "about 475 km of", "475 km", "other", 475, 475, "km", Y, "rupture length (goldberg et al.)"),
 ("a-5kms", A, "more than 5 km per second", "5 km per second", "other", 5, 5, "km/s", Y, "rupture velocity"),
 ("a-144", A, "from 144 on the first", "144", "count", 144, 144, "deaths", Y, "myanmar deaths first evening (mar 28)"),
 ("a-2791", A, "to 2,791 on 1 April", "2,791", "count", 2791, 2791, "deaths", Y, "myanmar deaths apr 1 (planted transposition)"),
 ("a-1apr", A, "2,791 on 1 April", "1 April", "date", 2025, 2025, "year", N, "as-of date"),
 ("a-3649", A, "and 3,649, with", "3,649", "count", 3649, 3649, "deaths", Y, "myanmar deaths apr 11 (spokesman)"),
 ("a-5018", A, "with 5,018 injured", "5,018", "count", 5018, 5018, "injured", Y, "myanmar injured apr 11 (spokesman)"),
 ("a-11apr", A, "injured, by 11 April", "11 April", "date", 2025, 2025, "year", N, "as-of date"),
 ("a-275", A, "launched a $275 million appeal", "$275 million", "money", 275000000, 275000000, "USD", Y, "un appeal amount"),
 ("a-2m", A, "to reach 2 million people", "2 million", "count", 2000000, 2000000, "people", Y, "appeal target beneficiaries (planted: people in need)"),
 ("a-1000", A, "about 1,000 km from", "1,000 km", "other", 1000, 1000, "km", Y, "bangkok distance from epicentre"),
 ("a-30st", A, "a 30-storey government", "30-storey", "count", 30, 30, "storeys", Y, "sao tower height"),
 ("a-15d", A, "over the first 15 days", "15 days", "duration", 15, 15, "days", N, "study window"),
 ("a-1000h", A, "issued at 10:00 on 1 April", "10:00", "date", 2025, 2025, "year", N, "bulletin time"),
 ("a-1aprm", A, "10:00 on 1 April (the", "1 April", "date", 2025, 2025, "year", N, "bulletin date"),
 ("a-39d", A, "about 3.9 days after", "3.9 days", "duration", 3.9, 3.9, "days", N, "early period length"),
 ("a-12aprm", A, "and on 12 April (cumulative", "12 April", "date", 2025, 2025, "year", N, "bulletin date"),
 ("a-11d", A, "being the 11 days between", "11 days", "duration", 11, 11, "days", N, "later period length"),
 ("a-cut", A, "assuming a 10:00 cut-off", "10:00", "date", 2025, 2025, "year", N, "assumed bulletin time"),
 ("a-m4def", A, "aftershocks of magnitude 4.0 or greater. Proportions", "4.0", "other", 4.0, 4.0, "Mw", N, "outcome threshold"),
 ("a-9may", A, "victim list of 9 May 2025", "9 May 2025", "date", 2025, 2025, "year", N, "data cut"),
 ("a-468", A, "N = 468", "468", "count", 468, 468, "aftershocks", Y, "tmd aftershocks by apr 12"),
 ("a-12apr", A, "aftershocks by 12 April:", "12 April", "date", 2025, 2025, "year", N, "as-of date"),
 ("a-184", A, "12 April: 184 of", "184", "count", 184, 184, "aftershocks", Y, "aftershocks m1.0-2.9 by apr 12"),
 ("a-b1", A, "magnitude 1.0–2.9", "1.0–2.9", "other", 1.0, 2.9, "Mw", N, "band"),
 ("a-198", A, "198 of 3.0–3.9", "198", "count", 198, 198, "aftershocks", Y, "aftershocks m3.0-3.9 by apr 12"),
 ("a-b2", A, "198 of 3.0–3.9", "3.0–3.9", "other", 3.0, 3.9, "Mw", N, "band"),
 ("a-73", A, "73 of 4.0–4.9", "73", "count", 73, 73, "aftershocks", Y, "aftershocks m4.0-4.9 by apr 12"),
 ("a-b3", A, "73 of 4.0–4.9", "4.0–4.9", "other", 4.0, 4.9, "Mw", N, "band"),
 ("a-13", A, "and 13 of 5.0–5.9", "13", "count", 13, 13, "aftershocks", Y, "aftershocks m5.0-5.9 by apr 12"),
 ("a-b4", A, "13 of 5.0–5.9", "5.0–5.9", "other", 5.0, 5.9, "Mw", N, "band"),
 ("a-236", A, "early period (n=236)", "236", "count", 236, 236, "aftershocks", Y, "tmd aftershocks by apr 1"),
 ("a-62", A, "236), 62 aftershocks", "62", "count", 62, 62, "aftershocks", Y, "m>=4 early period"),
 ("a-263", A, "(26.3%, 95% CI", "26.3%", "percent", 26.3, 26.3, "%", Y, "share m>=4 early period"),
 ("a-263ci", A, "21.1–32.2", "21.1–32.2", "percent", 21.1, 32.2, "%", Y, "ci"),
 ("a-m4a", A, "were of magnitude 4.0 or greater, including", "4.0", "other", 4.0, 4.0, "Mw", N, "threshold"),
 ("a-7e", A, "including 7 (3.0%)", "7", "count", 7, 7, "aftershocks", Y, "m>=5 early period"),
 ("a-30e", A, "including 7 (3.0%)", "3.0%", "percent", 3.0, 3.0, "%", Y, "share m>=5 early period"),
 ("a-m5", A, "of 5.0 or greater; in", "5.0", "other", 5.0, 5.0, "Mw", N, "threshold"),
 ("a-232", A, "later period (n=232)", "232", "count", 232, 232, "aftershocks", Y, "aftershocks apr 1-12"),
 ("a-24", A, "232), 24 (10.3%", "24", "count", 24, 24, "aftershocks", Y, "m>=4 later period"),
 ("a-103", A, "24 (10.3%", "10.3%", "percent", 10.3, 10.3, "%", Y, "share m>=4 later period"),
 ("a-103ci", A, "7.1–14.9", "7.1–14.9", "percent", 7.1, 14.9, "%", Y, "ci"),
 ("a-6l", A, "including 6 (2.6%)", "6", "count", 6, 6, "aftershocks", Y, "m>=5 later period"),
 ("a-26l", A, "including 6 (2.6%)", "2.6%", "percent", 2.6, 2.6, "%", Y, "share m>=5 later period"),
 ("a-diff", A, "was −15.9 percentage points", "−15.9 percentage points", "percent", -15.9, -15.9, "pp", Y, "difference later-early"),
 ("a-diffci", A, "(95% CI −22.7 to −9.0", "−22.7 to −9.0", "percent", -22.7, -9.0, "pp", Y, "ci"),
 ("a-chi", A, "χ² = 19.8", "19.8", "other", 19.8, 19.8, "chi2", N, "test statistic"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-611", A, "fell from 61.1 to", "61.1", "rate", 61.1, 61.1, "per day", Y, "aftershock rate early period"),
 ("a-211", A, "to 21.1 aftershocks per day", "21.1", "rate", 21.1, 21.1, "per day", Y, "aftershock rate later period"),
 ("a-rr", A, "rate ratio 2.90", "2.90", "ratio", 2.90, 2.90, "x", Y, "rate ratio"),
 ("a-rrci", A, "2.42–3.47", "2.42–3.47", "ratio", 2.42, 3.47, "x", Y, "ci"),
 ("a-15d2", A, "Over the whole 15 days", "15 days", "duration", 15, 15, "days", N, "timepoint"),
 ("a-86", A, "days, 86 aftershocks", "86", "count", 86, 86, "aftershocks", Y, "m>=4 by apr 12"),
 ("a-184p", A, "(18.4%, 95% CI", "18.4%", "percent", 18.4, 18.4, "%", Y, "share m>=4 by apr 12"),
 ("a-184ci", A, "15.1–22.1", "15.1–22.1", "percent", 15.1, 22.1, "%", Y, "ci"),
 ("a-m4c", A, "reached magnitude 4.0.", "4.0", "other", 4.0, 4.0, "Mw", N, "threshold"),
 ("a-109", A, "site, 109 people were listed", "109", "count", 109, 109, "people", Y, "sao people listed (final)"),
 ("a-89", A, "listed; 89 were confirmed dead", "89", "count", 89, 89, "deaths", Y, "sao deaths (final)"),
 ("a-817", A, "(81.7%, 95% CI", "81.7%", "percent", 81.7, 81.7, "%", Y, "sao mortality among listed"),
 ("a-817ci", A, "73.4–87.8", "73.4–87.8", "percent", 73.4, 87.8, "%", Y, "ci"),
 ("a-9r", A, "9 were rescued injured", "9", "count", 9, 9, "injured", Y, "sao rescued injured"),
 ("a-4n", A, "4 were later found", "4", "count", 4, 4, "people", Y, "sao listed but not on site"),
 ("a-7u", A, "and 7 remained unaccounted", "7", "count", 7, 7, "people", Y, "sao unaccounted"),
 ("a-105", A, "Among the 105 people", "105", "count", 105, 105, "people", Y, "sao people present"),
 ("a-848", A, "mortality was 84.8%", "84.8%", "percent", 84.8, 84.8, "%", Y, "sao mortality among present"),
 ("a-848ci", A, "76.7–90.4", "76.7–90.4", "percent", 76.7, 90.4, "%", Y, "ci"),
 ("a-half", A, "fell by more than half", "half", "percent", 50, 50, "%", N, "summary"),
 ("a-2wk", A, "within two weeks, while", "two weeks", "duration", 2, 2, "weeks", N, "summary"),
 ("a-3fold", A, "roughly threefold", "threefold", "ratio", 3, 3, "x", N, "summary"),
 ("a-4in5", A, "exceeded four in five", "four in five", "percent", 80, 80, "%", N, "summary"),
 ("a-r1y", A, "Science. 2025.", "2025", "date", 2025, 2025, "year", N, "reference year"),
 ("a-r1mw", A, "2025 Mw 7.7 Mandalay earthquake reveals", "7.7", "other", 7.7, 7.7, "Mw", N, "reference title"),

 # ---- MQ04 explainer (2026-03-20)
 ("e-upd", E, "Updated March 20, 2026", "March 20, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-ayear", E, "A year ago this month", "A year", "duration", 1, 1, "years", N, "anniversary"),
 ("e-century", E, "in a century", "a century", "duration", 100, 100, "years", N, "aside"),
 ("e-time", E, "At 12:50 p.m. local", "12:50 p.m.", "date", 2025, 2025, "year", N, "time of day"),
 ("e-mar28", E, "on March 28 last year", "March 28 last year", "date", 2025, 2025, "year", Y, "quake date"),
 ("e-77", E, "a magnitude 7.7 earthquake struck near", "7.7", "other", 7.7, 7.7, "Mw", Y, "mainshock magnitude"),
 ("e-510", E, "roughly 510 km", "510 km", "other", 510, 510, "km", Y, "rupture length (satellite study)"),
 ("e-64", E, "at magnitude 6.4", "6.4", "other", 6.4, 6.4, "Mw", Y, "second shock magnitude (initial estimate)"),
 ("e-11min", E, "followed 11 minutes later", "11 minutes", "duration", 11, 11, "minutes", Y, "interval to second shock"),
 ("e-3735", E, "count was 3,735 dead", "3,735", "count", 3735, 3735, "deaths", Y, "myanmar deaths apr 22"),
 ("e-5100", E, "more than 5,100 injured", "5,100", "count", 5100, 5100, "injured", Y, "myanmar injured apr 22"),
 ("e-120", E, "and 120 missing", "120", "count", 120, 120, "missing", Y, "myanmar missing apr 22"),
 ("e-apr22", E, "missing as of April 22", "April 22", "date", 2025, 2025, "year", N, "as-of date"),
 ("e-700", E, "about 700 people were killed", "700", "count", 700, 700, "deaths", Y, "deaths in mosque collapses (muslim network)"),
 ("e-may", E, "ended in May", "May", "date", 2025, 2025, "year", N, "sao search end"),
 ("e-87", E, "May, 87 of the 109", "87", "count", 87, 87, "deaths", Y, "sao deaths final (planted: may 6 interim)"),
 ("e-109", E, "87 of the 109 people", "109", "count", 109, 109, "people", Y, "sao people listed"),
 ("e-apr9", E, "issued on April 9", "April 9", "date", 2025, 2025, "year", N, "statement date"),
 ("e-1824", E, "listed 1,824 damaged schools", "1,824", "count", 1824, 1824, "schools", Y, "schools damaged apr 9 (planted: earlier count)"),
 ("e-midapr", E, "By mid-April its tally", "mid-April", "date", 2025, 2025, "year", N, "as-of date"),
 ("e-60k", E, "more than 60,000 residential", "60,000", "count", 60000, 60000, "buildings", Y, "residential buildings damaged mid-april"),
 ("e-2366", E, "2,366 schools", "2,366", "count", 2366, 2366, "schools", Y, "schools damaged mid-april"),
 ("e-3514", E, "3,514 monasteries", "3,514", "count", 3514, 3514, "monasteries", Y, "monasteries damaged mid-april"),
 ("e-5620", E, "5,620 pagodas", "5,620", "count", 5620, 5620, "pagodas", Y, "pagodas damaged mid-april"),
 ("e-80", E, "About 80% of government", "80%", "percent", 80, 80, "%", Y, "naypyitaw government buildings destroyed"),
 ("e-mar29", E, "operations on March 29", "March 29", "date", 2025, 2025, "year", N, "nug announcement"),
 ("e-1mo", E, "declared a one-month truce", "one-month", "duration", 1, 1, "months", Y, "brotherhood alliance truce length"),
 ("e-apr2", E, "On April 2 the junta", "April 2", "date", 2025, 2025, "year", N, "junta ceasefire start"),
 ("e-2wk", E, "declared a two-week ceasefire", "two-week", "duration", 2, 2, "weeks", Y, "junta ceasefire length (planted: nug's length)"),
 ("e-apr30", E, "pause to April 30", "April 30", "date", 2025, 2025, "year", N, "first extension end"),
 ("e-may31", E, "then to May 31", "May 31", "date", 2025, 2025, "year", N, "second extension end"),
 ("e-5m", E, "released $5 million from", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf initial allocation"),
 ("e-5mb", E, "and another $5 million", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf second allocation"),
 ("e-inapr", E, "$5 million in April", "April", "date", 2025, 2025, "year", N, "second allocation month"),
 ("e-10m", E, "a total of $10 million", "$10 million", "money", 10000000, 10000000, "USD", Y, "cerf total"),
 ("e-275", E, "Its $275 million appeal", "$275 million", "money", 275000000, 275000000, "USD", Y, "un appeal amount"),
 ("e-11m", E, "reach 1.1 million people", "1.1 million", "count", 1100000, 1100000, "people", Y, "appeal target beneficiaries"),
 ("e-100my", E, "pledged 100 million yuan", "100 million yuan", "money", 100000000, 100000000, "CNY", Y, "china initial pledge"),
 ("e-139", E, "(about $13.9 million)", "$13.9 million", "money", 13900000, 13900000, "USD", Y, "china initial pledge (usd)"),
 ("e-1by", E, "and 1 billion yuan", "1 billion yuan", "money", 1000000000, 1000000000, "CNY", Y, "china second pledge"),
 ("e-137", E, "(about $137 million)", "$137 million", "money", 137000000, 137000000, "USD", Y, "china second pledge (usd)"),
 ("e-apr10", E, "on April 10. The", "April 10", "date", 2025, 2025, "year", N, "china second pledge date"),
 ("e-9m", E, "committed $9 million in total", "$9 million", "money", 9000000, 9000000, "USD", Y, "us total pledge"),
 ("e-10gbp", E, "up to £10 million", "£10 million", "money", 10000000, 10000000, "GBP", Y, "uk pledge"),
 ("e-30st", E, "The 30-storey building", "30-storey", "count", 30, 30, "storeys", Y, "sao tower height"),
 ("e-214", E, "a 2.14 billion baht project", "2.14 billion baht", "money", 2140000000, 2140000000, "THB", Y, "sao contract value"),
 ("e-3yr", E, "meant to take three years", "three years", "duration", 3, 3, "years", Y, "planned construction time"),
 ("e-33", E, "only about 33% complete", "33%", "percent", 33, 33, "%", Y, "sao completion"),
 ("e-4yr", E, "complete after four, and", "four", "duration", 4, 4, "years", Y, "time elapsed at 33%"),
 ("e-jan", E, "contract in January last year", "January last year", "date", 2025, 2025, "year", Y, "sao contract cancellation"),
 ("e-75", E, "larger than magnitude 7.5", "7.5", "other", 7.5, 7.5, "Mw", N, "threshold"),
 ("e-141", E, "about every 141 years", "141 years", "duration", 141, 141, "years", Y, "recurrence interval"),
 ("e-40", E, "give or take 40 years", "40 years", "duration", 40, 40, "years", Y, "recurrence uncertainty"),
 ("e-1912", E, "quiet since 1912", "1912", "date", 1912, 1912, "year", Y, "previous large quake mandalay section"),
 ("e-2025", E, "reconstruction through 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),

 # ---- MQ05 blog (2025-04-10)
 ("b-h2wk", B, "Two weeks after the Mandalay", "Two weeks", "duration", 2, 2, "weeks", N, "headline"),
 ("b-date", B, "April 10, 2025 · 7 min", "April 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-apr6", B, "Palace on April 6", "April 6", "date", 2025, 2025, "year", N, "caption date"),
 ("b-mon", B, "since the Monday after", "Monday", "date", 2025, 2025, "year", N, "author arrival"),
 ("b-tue", B, "On Tuesday of the first week", "Tuesday", "date", 2025, 2025, "year", N, "statement date (apr 1)"),
 ("b-2719", B, "said 2,719 people had died", "2,719", "count", 2719, 2719, "deaths", Y, "myanmar deaths apr 1"),
 ("b-4715", B, "and 4,715 had been injured", "4,715", "count", 4715, 4715, "injured", Y, "myanmar injured apr 1 (planted: apr 3 figure)"),
 ("b-3600", B, "count is past 3,600", "3,600", "count", 3600, 3600, "deaths", Y, "myanmar deaths apr 10 (lower bound)"),
 ("b-500", B, "roughly 500 worshippers", "500", "count", 500, 500, "deaths", Y, "deaths in mosque collapses (state newspaper)"),
 ("b-two", B, "outside two of those", "two", "count", 2, 2, "mosques", N, "aside"),
 ("b-53", B, "A 53-year-old hotel", "53-year-old", "age", 53, 53, "years", Y, "mandalay hotel survivor age"),
 ("b-125", B, "after 125 hours", "125 hours", "duration", 125, 125, "hours", Y, "mandalay hotel survivor time trapped"),
 ("b-108", B, "roughly 108 hours", "108 hours", "duration", 108, 108, "hours", Y, "naing lin tun time trapped"),
 ("b-91", B, "rescued after 91 hours", "91 hours", "duration", 91, 91, "hours", Y, "naypyitaw woman time trapped"),
 ("b-day5", B, "By day five", "day five", "duration", 5, 5, "days", N, "timepoint"),
 ("b-half", B, "where half of a", "half", "percent", 50, 50, "%", N, "share of block flattened"),
 ("b-12st", B, "a 12-storey block", "12-storey", "count", 12, 12, "storeys", Y, "sky villa height"),
 ("b-1min", B, "for one minute of silence", "one minute", "duration", 1, 1, "minutes", N, "silence length"),
 ("b-apr1", B, "silence here on April 1", "April 1", "date", 2025, 2025, "year", N, "silence date"),
 ("b-5m", B, "$5 million on day one", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf initial allocation"),
 ("b-day1", B, "on day one", "day one", "date", 2025, 2025, "year", N, "relative date"),
 ("b-100my", B, "China: 100 million yuan", "100 million yuan", "money", 100000000, 100000000, "CNY", Y, "china initial pledge"),
 ("b-139", B, "(about $13.9 million) in the first", "$13.9 million", "money", 13900000, 13900000, "USD", Y, "china initial pledge (usd)"),
 ("b-2m", B, "an initial $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "us initial pledge"),
 ("b-7m", B, "since raised to $7 million", "$7 million", "money", 7000000, 7000000, "USD", Y, "us total pledge (planted: increment as total)"),
 ("b-500bk", B, "aside 500 billion kyats", "500 billion kyats", "money", 500000000000, 500000000000, "MMK", Y, "junta relief fund"),
 ("b-238", B, "(roughly $238 million)", "$238 million", "money", 238000000, 238000000, "USD", Y, "junta relief fund (usd)"),
 ("b-apr2", B, "declared on April 2", "April 2", "date", 2025, 2025, "year", N, "junta ceasefire start"),
 ("b-apr22", B, "run until April 22", "April 22", "date", 2025, 2025, "year", Y, "junta ceasefire end"),
 ("b-2021", B, "since the 2021 coup", "2021", "date", 2021, 2021, "year", Y, "military coup"),
 ("b-33st", B, "the 33-storey State", "33-storey", "count", 33, 33, "storeys", Y, "sao tower height (real variant)"),
 ("b-jan", B, "contract in January last year", "January last year", "date", 2024, 2024, "year", Y, "sao contract cancellation (planted: resolves to 2024)"),
 ("b-236", B, "logged 236 aftershocks", "236", "count", 236, 236, "aftershocks", Y, "tmd aftershocks first four days"),
 ("b-4d", B, "the first four days", "four days", "duration", 4, 4, "days", Y, "timepoint of 236"),
 ("b-tue2", B, "and on Tuesday night", "Tuesday", "date", 2025, 2025, "year", N, "jolt date"),
 ("b-2mo", B, "in about two months", "two months", "duration", 2, 2, "months", Y, "time to monsoon"),
 ("b-fort", B, "One email a fortnight", "a fortnight", "duration", 2, 2, "weeks", N, "newsletter furniture"),
 ("b-rel2y", B, "Cyclone Mocha, two years on", "two years", "duration", 2, 2, "years", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- MQ06 local (2025-05-12), hard-wrapped
 ("l-dl", L, "Monday, May 12, 2025", "May 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h6wk", L, "ends after six weeks;", "six weeks", "duration", 6, 6, "weeks", N, "headline"),
 ("l-h89", L, "89 dead as inquiry", "89", "count", 89, 89, "deaths", N, "headline repeat"),
 ("l-sun", L, "officials on Sunday formally", "Sunday", "date", 2025, 2025, "year", N, "search end (may 11)"),
 ("l-6wk", L, "nearly six weeks after", "six weeks", "duration", 6, 6, "weeks", Y, "search duration"),
 ("l-mar28", L, "after the March 28 earthquake", "March 28", "date", 2025, 2025, "year", Y, "quake date"),
 ("l-30st", L, "unfinished 30-storey building", "30-storey", "count", 30, 30, "storeys", Y, "sao tower height"),
 ("l-109", L, "tally, 109 people were listed", "109", "count", 109, 109, "people", Y, "sao people listed (final)"),
 ("l-89", L, "Of those, 89 have been confirmed dead", "89", "count", 89, 89, "deaths", Y, "sao deaths (final)"),
 ("l-nine", L, "nine were pulled out injured", "nine", "count", 9, 9, "injured", Y, "sao rescued injured"),
 ("l-four", L, "and four people reported missing", "four", "count", 4, 4, "people", Y, "sao listed but not on site"),
 ("l-seven", L, "Seven sets of remains", "Seven", "count", 7, 7, "people", Y, "sao unidentified/unaccounted"),
 ("l-81", L, "roughly 81 percent", "81 percent", "percent", 81, 81, "%", Y, "sao mortality among listed (planted: rounded wrong way)"),
 ("l-sat", L, "On Saturday a team", "Saturday", "date", 2025, 2025, "year", N, "final sweep date"),
 ("l-57", L, "a team of 57 personnel", "57", "count", 57, 57, "personnel", Y, "final sweep team"),
 ("l-five", L, "with five K9 units", "five", "count", 5, 5, "dog units", Y, "final sweep k9 units"),
 ("l-six", L, "the six elevator shafts", "six", "count", 6, 6, "shafts", Y, "elevator shafts searched"),
 ("l-twob", L, "and two small pieces", "two", "count", 2, 2, "fragments", N, "aside"),
 ("l-280", L, "about 280 body parts", "280", "count", 280, 280, "remains", Y, "remains awaiting dna"),
 ("l-994", L, "a 9.94-metre mound", "9.94-metre", "other", 9.94, 9.94, "m", Y, "debris mound height"),
 ("l-6m", L, "down to 6 metres", "6 metres", "other", 6, 6, "m", Y, "target mound height"),
 ("l-70", L, "more than 70 cranes", "70", "count", 70, 70, "machines", Y, "cranes and diggers"),
 ("l-twice", L, "held twice a day", "twice", "count", 2, 2, "meetings per day", N, "aside"),
 ("l-82", L, "magnitude 8.2 by the Thai", "8.2", "other", 8.2, 8.2, "Mw", Y, "mainshock magnitude (tmd)"),
 ("l-1000", L, "about 1,000 km away", "1,000 km", "other", 1000, 1000, "km", Y, "bangkok distance from epicentre"),
 ("l-236", L, "had logged 236 aftershocks", "236", "count", 236, 236, "aftershocks", Y, "tmd aftershocks by apr 12 (planted: apr 1 figure)"),
 ("l-apr12", L, "aftershocks by April 12", "April 12", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-21", L, "and 21 were felt in Thailand", "21", "count", 21, 21, "aftershocks", Y, "aftershocks felt in thailand"),
 ("l-214", L, "The 2.14 billion baht project", "2.14 billion baht", "money", 2140000000, 2140000000, "THB", Y, "sao contract value"),
 ("l-73m", L, "worth 73 million baht", "73 million baht", "money", 73000000, 73000000, "THB", Y, "design contract"),
 ("l-7465", L, "joint venture, 74.65 million baht", "74.65 million baht", "money", 74650000, 74650000, "THB", Y, "supervision contract"),
 ("l-jan15", L, "cancelled on January 15, 2025", "January 15, 2025", "date", 2025, 2025, "year", Y, "sao contract cancellation"),
 ("l-3yr", L, "supposed to take three years", "three years", "duration", 3, 3, "years", Y, "planned construction time"),
 ("l-twice2", L, "was extended twice", "twice", "count", 2, 2, "extensions", N, "aside"),
 ("l-4yr", L, "After four years, only", "four years", "duration", 4, 4, "years", Y, "time elapsed at 33%"),
 ("l-33", L, "only 33% of the work", "33%", "percent", 33, 33, "%", Y, "sao completion"),
 ("l-2020", L, "after the 2020 coup", "2020", "date", 2020, 2020, "year", Y, "military coup (planted: year off by one)"),

 # ---- MQ07 fact-check (2025-04-25)
 ("f-h10k", F, "kill \"over 10,000\" and", "10,000", "count", 10000, 10000, "deaths", N, "headline (post claim)"),
 ("f-hhalf", F, "junta half a billion dollars?", "half a billion dollars", "money", 500000000, 500000000, "USD", N, "headline (post claim)"),
 ("f-date", F, "| April 25, 2025", "April 25, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-15k", F, "more than 15,000 times", "15,000", "count", 15000, 15000, "shares", N, "post reach"),
 ("f-apr19", F, "since April 19", "April 19", "date", 2025, 2025, "year", N, "post date"),
 ("f-mar28", F, "says the March 28 earthquake", "March 28", "date", 2025, 2025, "year", Y, "quake date"),
 ("f-c10k", F, "killed over 10,000 people", "10,000", "count", 10000, 10000, "deaths", N, "post claim"),
 ("f-chalf", F, "generals half a billion dollars", "half a billion dollars", "money", 500000000, 500000000, "USD", N, "post claim"),
 ("f-c1d", F, "ceasefire lasted one day", "one day", "duration", 1, 1, "days", N, "post claim"),
 ("f-10k", F, "deaths could exceed 10,000, a forecast", "10,000", "count", 10000, 10000, "deaths", Y, "usgs pager forecast"),
 ("f-apr22", F, "figure as of April 22 was", "April 22", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-3759", F, "April 22 was 3,759 dead", "3,759", "count", 3759, 3759, "deaths", Y, "myanmar deaths apr 22"),
 ("f-5100", F, "more than 5,100 injured", "5,100", "count", 5100, 5100, "injured", Y, "myanmar injured apr 22"),
 ("f-114", F, "and 114 missing", "114", "count", 114, 114, "missing", Y, "myanmar missing apr 22"),
 ("f-1by", F, "China: 1 billion yuan", "1 billion yuan", "money", 1000000000, 1000000000, "CNY", Y, "china pledge the day after the quake (planted: second pledge as first)"),
 ("f-137", F, "or about $137 million, pledged the day after", "$137 million", "money", 137000000, 137000000, "USD", Y, "china pledge the day after the quake (planted)"),
 ("f-9m", F, "$9 million in total", "$9 million", "money", 9000000, 9000000, "USD", Y, "us total pledge"),
 ("f-2m", F, "an initial $2 million", "$2 million", "money", 2000000, 2000000, "USD", Y, "us initial pledge"),
 ("f-10gbp", F, "up to £10 million, plus", "£10 million", "money", 10000000, 10000000, "GBP", Y, "uk pledge"),
 ("f-5gbp", F, "up to £5 million in matched", "£5 million", "money", 5000000, 5000000, "GBP", Y, "uk dec match cap"),
 ("f-5m", F, "Fund: $5 million on March 28", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf initial allocation"),
 ("f-mar28b", F, "$5 million on March 28", "March 28", "date", 2025, 2025, "year", N, "cerf date"),
 ("f-5mb", F, "a further $5 million", "$5 million", "money", 5000000, 5000000, "USD", Y, "cerf second allocation"),
 ("f-inapr", F, "$5 million in April.", "April", "date", 2025, 2025, "year", N, "second allocation month"),
 ("f-apr6", F, "said on April 6", "April 6", "date", 2025, 2025, "year", N, "fletcher statement date"),
 ("f-93", F, "pledged $93 million", "$93 million", "money", 93000000, 93000000, "USD", Y, "donor pledges by apr 6"),
 ("f-apr11", F, "launched on April 11", "April 11", "date", 2025, 2025, "year", N, "appeal launch"),
 ("f-257", F, "asks for $257 million", "$257 million", "money", 257000000, 257000000, "USD", Y, "un appeal amount (planted transposition)"),
 ("f-500m", F, "well short of $500 million", "$500 million", "money", 500000000, 500000000, "USD", N, "comparison to post"),
 ("f-500bk", F, "with the 500 billion kyats", "500 billion kyats", "money", 500000000000, 500000000000, "MMK", Y, "junta relief fund"),
 ("f-238", F, "(about $238 million)", "$238 million", "money", 238000000, 238000000, "USD", Y, "junta relief fund (usd)"),
 ("f-1dayb", F, "did not last \"one day,\"", "one day", "duration", 1, 1, "days", N, "post claim quoted"),
 ("f-20d", F, "declared a 20-day ceasefire", "20-day", "duration", 20, 20, "days", Y, "junta ceasefire length"),
 ("f-apr2", F, "ceasefire on April 2, running", "April 2", "date", 2025, 2025, "year", N, "junta ceasefire start"),
 ("f-apr22b", F, "running until April 22", "April 22", "date", 2025, 2025, "year", Y, "junta ceasefire end"),
 ("f-apr22c", F, "and on April 22 extended", "April 22", "date", 2025, 2025, "year", N, "extension date"),
 ("f-week", F, "by about a week", "a week", "duration", 1, 1, "weeks", Y, "extension length"),
 ("f-apr30", F, "a week to April 30", "April 30", "date", 2025, 2025, "year", N, "extension end"),
 ("f-2wk", F, "Government's two-week pause", "two-week", "duration", 2, 2, "weeks", Y, "nug pause length"),
 ("f-mar29", F, "announced on March 29", "March 29", "date", 2025, 2025, "year", N, "nug announcement"),
 ("f-mar30", F, "from March 30 to April 12", "March 30 to April 12", "date", 2025, 2025, "year", N, "nug pause window"),
 ("f-1mo", F, "one-month truce runs", "one-month", "duration", 1, 1, "months", Y, "brotherhood alliance truce length"),
 ("f-apr30b", F, "runs until April 30", "April 30", "date", 2025, 2025, "year", N, "alliance truce end"),
 ("f-10kr", F, "The \"over 10,000\" figure", "10,000", "count", 10000, 10000, "deaths", N, "ruling (post figure)"),
 ("f-3759r", F, "stood at 3,759 on", "3,759", "count", 3759, 3759, "deaths", Y, "myanmar deaths apr 22 (ruling)"),
 ("f-apr22r", F, "3,759 on April 22", "April 22", "date", 2025, 2025, "year", N, "as-of date"),

 # ---- late additions (optional, found by the coverage sweep)
 ("p-head28", P, "The March 28 rupture", "March 28", "date", 2025, 2025, "year", N, "section heading"),
 ("a-r1y2", A, "rupture of the 2025 Mw 7.7 Mandalay earthquake reveals", "2025", "date", 2025, 2025, "year", N, "reference title"),
 ("a-twob", A, "taken from two cumulative bulletins", "two", "count", 2, 2, "bulletins", N, "methods"),
 ("a-twob2", A, "between the two bulletins", "two", "count", 2, 2, "bulletins", N, "methods"),
 ("a-single", A, "Mortality in a single collapsed", "single", "count", 1, 1, "buildings", N, "summary"),
 ("a-one", A, "underlining that one structural failure", "one", "count", 1, 1, "failures", N, "summary"),
 ("e-h1y", E, "One year after the Myanmar", "One year", "duration", 1, 1, "years", N, "headline"),
 ("e-onesite", E, "happened at one site", "one", "count", 1, 1, "sites", N, "aside"),
 ("e-onetower", E, "Why did only one Bangkok tower", "one", "count", 1, 1, "buildings", N, "question heading"),
 ("b-oneemail", B, "One email a fortnight", "One", "count", 1, 1, "emails", N, "newsletter furniture"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Myanmar deaths announced 1 April: 2,791 (transposed) vs 2,719
 ("a-2791", "w-2719", S), ("a-2791", "b-2719", S),
 # S2 injured announced 1 April: 4,715 (the 3 April figure) vs 4,521
 ("b-4715", "w-4521", S),
 # S3 Bangkok SAO final deaths: 87 (6 May interim) vs 89
 ("e-87", "l-89", S), ("e-87", "a-89", S),
 # S4 junta ceasefire length: two weeks (NUG's) vs 20 days
 ("e-2wk", "w-20d", S), ("e-2wk", "f-20d", S),
 # S5 US total pledge: $7 million (the increment) vs $9 million
 ("b-7m", "e-9m", S), ("b-7m", "f-9m", S),
 # S6 UN appeal: $257 million (transposed) vs $275 million
 ("f-257", "p-275", S), ("f-257", "a-275", S), ("f-257", "e-275", S),
 # S7 coup year: 2020 vs 2021
 ("l-2020", "w-feb21", S), ("l-2020", "b-2021", S),
 # S8 SAO contract cancellation: "January last year" in an April 2025 post (=2024) vs 2025
 ("b-jan", "e-jan", S), ("b-jan", "l-jan15", S),
 # S9 China's pledge the day after the quake: 1 billion yuan / $137 million vs 100 million yuan / $13.9 million
 ("f-137", "w-139", S), ("f-137", "e-139", S), ("f-137", "b-139", S),
 ("f-1by", "w-100my", S), ("f-1by", "e-100my", S), ("f-1by", "b-100my", S),
 # S10 CERF allocation on the day of the quake: $10 million (cumulative) vs $5 million
 ("p-10m", "w-5m", S), ("p-10m", "e-5m", S), ("p-10m", "f-5m", S), ("p-10m", "b-5m", S),
 # S11 Naing Lin Tun time trapped: 91 hours (the woman's figure) vs about 108
 ("w-91", "b-108", S),
 # S12 TMD aftershocks by 12 April: 236 (the 1 April figure) vs 468
 ("l-236", "a-468", S),
 # S13 schools damaged in the junta's 9 April statement: 1,824 (earlier count) vs 2,045
 ("e-1824", "p-2045", S),
 # S14 SAO mortality among listed: 81% (rounded the wrong way) vs 81.7%
 ("l-81", "a-817", S),
 # S15 UN appeal target: 2 million (people in critical need) vs 1.1 million
 ("a-2m", "p-11m", S), ("a-2m", "e-11m", S),
 # S16 UK government pledge: £5 million (the DEC match cap) vs up to £10 million
 ("p-5gbp", "e-10gbp", S), ("p-5gbp", "f-10gbp", S),
 # Qualified
 ("l-82", "w-77", Q), ("l-82", "p-77", Q), ("l-82", "a-mw", Q), ("l-82", "e-77", Q),
 ("e-64", "w-67", Q), ("e-11min", "w-12min", Q),
 ("p-460", "a-475", Q), ("p-460", "e-510", Q), ("a-475", "e-510", Q),
 ("a-3649", "p-3689", Q), ("a-5018", "p-5020", Q),
 ("e-3735", "f-3759", Q), ("e-3735", "f-3759r", Q), ("e-120", "f-114", Q),
 ("w-52", "b-53", Q),
 ("b-500", "e-700", Q),
 ("b-33st", "w-30st", Q), ("b-33st", "a-30st", Q), ("b-33st", "e-30st", Q), ("b-33st", "l-30st", Q),
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
        rows.append({"type": "claim", "id": f"mq-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mq-{a}", f"mq-{b}"
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
