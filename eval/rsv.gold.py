#!/usr/bin/env python3
"""Build rsv.gold.jsonl from the articles in rsv/.

Each claim is located by an anchor string that must occur exactly once in its
article; the span is the first occurrence of `span` inside the anchor (or the
anchor itself). Offsets are Unicode code points into the UTF-8 text. The script
checks that every span equals the article slice and that every conflict joins
two different documents.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "rsv")
OUT = os.path.join(HERE, "rsv.gold.jsonl")

T, F = True, False
D1, D2, D3, D4, D5, D6, D7 = ("rsv01_wire.txt", "rsv02_press.txt", "rsv03_abstract.txt",
                              "rsv04_explainer.txt", "rsv05_blog.txt", "rsv06_trade.txt",
                              "rsv07_factcheck.txt")

# (id, doc, anchor, span or None or (span, nth occurrence in anchor), kind, low, high, unit, required, topic)
C = [
    # ---------------- rsv01 wire (2024-06-26, Wednesday) ----------------
    ("r01-head75", D1, "everyone 75 and up", "75", "age", 75, 75, "years", F, "headline: universal rec age (repeat)"),
    ("r01-dateline", D1, "ATLANTA, June 26", "June 26", "date", 2024, 2024, "year", F, "dateline"),
    ("r01-wed", D1, "said on Wednesday", "Wednesday", "date", 2024, 2024, "year", T, "acip 2024 vote date"),
    ("r01-75", D1, "Americans aged 75 and older", "75", "age", 75, 75, "years", T, "acip 2024: universal rec age threshold"),
    ("r01-6074", D1, "people aged 60 to 74", "60 to 74", "age", 60, 74, "years", T, "acip 2024: risk-based age band"),
    ("r01-v24for", D1, "recommendations 11-0", "11", "count", 11, 11, "votes", T, "acip 2024 votes for"),
    ("r01-v24ag", D1, "recommendations 11-0", "0", "count", 0, 0, "votes", T, "acip 2024 votes against"),
    ("r01-yrago", D1, "adopted a year ago", "a year ago", "date", 2023, 2023, "year", T, "acip 2023 vote date"),
    ("r01-v65for", D1, "split 9 to 5", "9", "count", 9, 9, "votes", T, "acip 2023 65+ votes for"),
    ("r01-v65ag", D1, "split 9 to 5", "5", "count", 5, 5, "votes", T, "acip 2023 65+ votes against"),
    ("r01-65", D1, "adults 65 and older \"may\"", "65", "age", 65, 65, "years", T, "acip 2023 scdm older band threshold"),
    ("r01-v60for", D1, "voted 13 to 0", "13", "count", 13, 13, "votes", T, "acip 2023 60-64 votes for"),
    ("r01-v60ag", D1, "voted 13 to 0", "0", "count", 0, 0, "votes", T, "acip 2023 60-64 votes against"),
    ("r01-abst", D1, "one abstention", "one", "count", 1, 1, "votes", F, "acip 2023 60-64 abstentions"),
    ("r01-6064", D1, "aged 60 to 64", "60 to 64", "age", 60, 64, "years", T, "acip 2023 scdm younger band"),
    ("r01-uptake", D1, "Fewer than a quarter", "a quarter", "percent", 25, 25, "%", T, "uptake among older adults by june 2024 (upper bound)"),
    ("r01-lastfall", D1, "last fall", None, "date", 2023, 2023, "year", F, "launch season"),
    ("r01-three", D1, "all three products", "three", "count", 3, 3, "products", F, "number of vaccines on market"),
    ("r01-may23", D1, "in May of last year", "May of last year", "date", 2023, 2023, "year", T, "arexvy and abrysvo approval date"),
    ("r01-lastmo", D1, "FDA approved last month", "last month", "date", 2024, 2024, "year", T, "mresvia approval date"),
    ("r01-mre873", D1, "87.3%", None, "percent", 87.3, 87.3, "%", T, "mresvia conquerrsv primary efficacy (≥2 symptoms)"),
    ("r01-mren", D1, "about 37,000", None, "count", 37000, 37000, "participants", T, "conquerrsv trial size"),
    ("r01-mre60", D1, "adults aged 60\nand older", "60", "age", 60, 60, "years", F, "conquerrsv eligibility age"),
    ("r01-hosp", D1, "60,000 to\n160,000", None, "count", 60000, 160000, "hospitalizations/yr", T, "rsv hospitalizations 65+ per year"),
    ("r01-hosp65", D1, "Americans aged 65 and up", "65", "age", 65, 65, "years", F, "burden population"),
    ("r01-deaths", D1, "6,000 to 10,000", None, "count", 6000, 10000, "deaths/yr", T, "rsv deaths 65+ per year"),
    ("r01-wed2", D1, "shown on\nWednesday", "Wednesday", "date", 2024, 2024, "year", F, "meeting date (repeat)"),
    ("r01-2seas", D1, "two RSV seasons", "two", "count", 2, 2, "seasons", F, "duration of protection"),
    ("r01-p280", D1, "$280 a dose", "$280", "money", 280, 280, "USD", T, "arexvy list price per dose"),
    ("r01-p295", D1, "Abrysvo at $295", "$295", "money", 295, 295, "USD", T, "abrysvo list price per dose"),
    ("r01-partd", D1, "since January 2023", "January 2023", "date", 2023, 2023, "year", T, "part d $0 vaccine cost-sharing start"),

    # ---------------- rsv02 press release (2023-05-03) ----------------
    ("r02-issued", D2, "3 May 2023", None, "date", 2023, 2023, "year", F, "release date"),
    ("r02-title60", D2, "for adults aged 60 years and older\n", "60", "age", 60, 60, "years", F, "headline indication age"),
    ("r02-b826", D2, "showed 82.6% efficacy", "82.6%", "percent", 82.6, 82.6, "%", F, "bullet: first-season efficacy (repeat)"),
    ("r02-b941", D2, "and 94.1% against severe disease", "94.1%", "percent", 94.1, 94.1, "%", F, "bullet: severe efficacy (repeat)"),
    ("r02-season", D2, "2023/24", None, "date", 2023, 2024, "year", F, "launch season"),
    ("r02-today", D2, "today announced", "today", "date", 2023, 2023, "year", F, "arexvy approval date (relative)"),
    ("r02-todays", D2, "Today's decision", "Today", "date", 2023, 2023, "year", F, "approval date (quote, relative)"),
    ("r02-ind60", D2, "individuals 60 years of age", "60", "age", 60, 60, "years", T, "arexvy indication age"),
    ("r02-n", D2, "almost 25,000", None, "count", 25000, 25000, "participants", T, "aresvi-006 trial size"),
    ("r02-n60", D2, "adults aged 60 and older. Over", "60", "age", 60, 60, "years", F, "aresvi-006 eligibility"),
    ("r02-ve", D2, "by 82.6%", "82.6%", "percent", 82.6, 82.6, "%", T, "arexvy first-season efficacy rsv-lrtd"),
    ("r02-veci", D2, "57.9–94.1", None, "range", 57.9, 94.1, "%", T, "arexvy first-season efficacy ci"),
    ("r02-cv", D2, "with 7 cases", "7", "count", 7, 7, "cases", T, "aresvi-006 cases vaccine"),
    ("r02-cp", D2, "against 40 among", "40", "count", 40, 40, "cases", T, "aresvi-006 cases placebo"),
    ("r02-sev", D2, "by 94.1%", "94.1%", "percent", 94.1, 94.1, "%", T, "arexvy efficacy severe rsv-lrtd"),
    ("r02-sevci", D2, "62.4–99.9", None, "range", 62.4, 99.9, "%", T, "arexvy severe efficacy ci"),
    ("r02-comorb", D2, "94.6%", None, "percent", 94.6, 94.6, "%", T, "arexvy efficacy with ≥1 comorbidity"),
    ("r02-atleast1", D2, "at least one underlying", "one", "count", 1, 1, "conditions", F, "subgroup definition"),
    ("r02-7079", D2, "93.8%", None, "percent", 93.8, 93.8, "%", T, "arexvy efficacy age 70-79"),
    ("r02-7079age", D2, "aged 70 to 79 years", "70 to 79", "age", 70, 79, "years", F, "subgroup definition"),
    ("r02-fu", D2, "6.7 months", None, "duration", 6.7, 6.7, "months", F, "median follow-up"),
    ("r02-ae-pain", D2, "60.9%", None, "percent", 60.9, 60.9, "%", T, "injection-site pain"),
    ("r02-ae-fat", D2, "33.6%", None, "percent", 33.6, 33.6, "%", T, "fatigue"),
    ("r02-ae-mya", D2, "28.9%", None, "percent", 28.9, 28.9, "%", T, "myalgia"),
    ("r02-ae-head", D2, "27.2%", None, "percent", 27.2, 27.2, "%", T, "headache"),
    ("r02-ae-arth", D2, "18.1%", None, "percent", 18.1, 18.1, "%", T, "arthralgia"),
    ("r02-couple", D2, "a couple of days", None, "duration", 2, 2, "days", F, "ae duration"),
    ("r02-mar1", D2, "On 1 March", "1 March", "date", 2023, 2023, "year", T, "gsk vrbpac date"),
    ("r02-effor", D2, "voted 12 to 0", "12", "count", 12, 12, "votes", T, "gsk vrbpac efficacy votes for"),
    ("r02-efag", D2, "voted 12 to 0", "0", "count", 0, 0, "votes", T, "gsk vrbpac efficacy votes against"),
    ("r02-safor", D2, "and 10 to 2 that", "10", "count", 10, 10, "votes", T, "gsk vrbpac safety votes for"),
    ("r02-safag", D2, "and 10 to 2 that", "2", "count", 2, 2, "votes", T, "gsk vrbpac safety votes against"),
    ("r02-risk60", D2, "Adults aged 60 and older, particularly", "60", "age", 60, 60, "years", F, "risk group (about section)"),
    ("r02-hosp", D2, "177,000", None, "count", 177000, 177000, "hospitalizations/yr", T, "rsv hospitalizations 65+ per year (older estimate)"),
    ("r02-deaths", D2, "14,000", None, "count", 14000, 14000, "deaths/yr", T, "rsv deaths 65+ per year (older estimate)"),
    ("r02-burden65", D2, "adults aged 65 and older.", "65", "age", 65, 65, "years", F, "burden population"),
    ("r02-vol", D2, "0.5 mL", None, "dose", 0.5, 0.5, "mL", F, "dose volume (about section)"),

    # ---------------- rsv03 abstract (2025-03-10) ----------------
    ("r03-title60", D3, "adults aged 60 years and older: efficacy", "60", "age", 60, 60, "years", F, "title population"),
    ("r03-titlethree", D3, "across three pivotal trials", "three", "count", 3, 3, "trials", F, "title"),
    ("r03-three", D3, "Three vaccines", "Three", "count", 3, 3, "vaccines", F, "number of licensed vaccines"),
    ("r03-arexdt", D3, "May 3, 2023", None, "date", 2023, 2023, "year", T, "arexvy approval date"),
    ("r03-abrdt", D3, "May 31, 2023", None, "date", 2023, 2023, "year", T, "abrysvo approval date"),
    ("r03-mredt", D3, "May 31, 2024", None, "date", 2024, 2024, "year", T, "mresvia approval date"),
    ("r03-mc65", D3, "aged ≥65 years", "65", "age", 65, 65, "years", F, "medicare analysis population"),
    ("r03-aN", D3, "N = 24,966", "24,966", "count", 24966, 24966, "participants", T, "aresvi-006 randomized"),
    ("r03-an1", D3, "n = 12,466", "12,466", "count", 12466, 12466, "participants", T, "aresvi-006 vaccine arm"),
    ("r03-an2", D3, "n = 12,494", "12,494", "count", 12494, 12494, "participants", T, "aresvi-006 placebo arm"),
    ("r03-ave", D3, "was 82.6%", "82.6%", "percent", 82.6, 82.6, "%", T, "arexvy first-season efficacy rsv-lrtd"),
    ("r03-aveci", D3, "57.9 to 94.1", None, "range", 57.9, 94.1, "%", T, "arexvy first-season efficacy ci"),
    ("r03-acv", D3, "7 vs 40", "7", "count", 7, 7, "cases", T, "aresvi-006 cases vaccine"),
    ("r03-acp", D3, "7 vs 40", "40", "count", 40, 40, "cases", T, "aresvi-006 cases placebo"),
    ("r03-asev", D3, "and 94.1%", "94.1%", "percent", 94.1, 94.1, "%", T, "arexvy efficacy severe"),
    ("r03-asevci", D3, "62.4 to 99.9", None, "range", 62.4, 99.9, "%", T, "arexvy severe efficacy ci"),
    ("r03-2seas", D3, "Across two seasons", "two", "count", 2, 2, "seasons", F, "timepoint"),
    ("r03-a2ve", D3, "67.2%", None, "percent", 67.2, 67.2, "%", T, "arexvy efficacy over two seasons"),
    ("r03-a2ci", D3, "48.2 to 80.0", None, "range", 48.2, 80.0, "%", T, "arexvy two-season ci"),
    ("r03-80age", D3, "aged ≥80 years it was", "80", "age", 80, 80, "years", F, "subgroup definition"),
    ("r03-a80", D3, "38.4%", None, "percent", 38.4, 38.4, "%", T, "arexvy two-season efficacy ≥80"),
    ("r03-a80ci", D3, "−118.2 to 86.1", None, "range", -118.2, 86.1, "%", T, "arexvy ≥80 ci"),
    ("r03-pN", D3, "N = 34,284", "34,284", "count", 34284, 34284, "participants", T, "renoir randomized"),
    ("r03-p2", D3, "66.7%", None, "percent", 66.7, 66.7, "%", T, "abrysvo interim efficacy ≥2 symptoms"),
    ("r03-p2ci", D3, "28.8 to 85.8", None, "range", 28.8, 85.8, "%", T, "abrysvo interim ≥2 ci"),
    ("r03-p2def", D3, "≥2 signs", "2", "count", 2, 2, "symptoms", F, "endpoint definition"),
    ("r03-p3", D3, "85.7%", None, "percent", 85.7, 85.7, "%", T, "abrysvo interim efficacy ≥3 symptoms"),
    ("r03-p3ci", D3, "32.0 to 98.7", None, "range", 32.0, 98.7, "%", T, "abrysvo interim ≥3 ci"),
    ("r03-p3def", D3, "with ≥3. By", "3", "count", 3, 3, "symptoms", F, "endpoint definition"),
    ("r03-p3defb", D3, "≥3-symptom", "3", "count", 3, 3, "symptoms", F, "endpoint definition"),
    ("r03-p3eos", D3, "88.9%", None, "percent", 88.9, 88.9, "%", T, "abrysvo end-of-first-season efficacy ≥3 symptoms"),
    ("r03-p3s2", D3, "78.6%", None, "percent", 78.6, 78.6, "%", T, "abrysvo mid-second-season efficacy ≥3"),
    ("r03-mN", D3, "N = 35,541", "35,541", "count", 35541, 35541, "participants", T, "conquerrsv randomized"),
    ("r03-mctry", D3, "22 countries", "22", "count", 22, 22, "countries", T, "conquerrsv countries"),
    ("r03-mfu", D3, "3.7 months", None, "duration", 3.7, 3.7, "months", F, "median follow-up"),
    ("r03-mve", D3, "83.7%", None, "percent", 83.7, 83.7, "%", T, "mresvia primary efficacy ≥2 symptoms"),
    ("r03-mveci", D3, "66.0 to 92.2", None, "range", 66.0, 92.2, "%", T, "mresvia primary ci"),
    ("r03-mcv", D3, "9 vs 55", "9", "count", 9, 9, "cases", T, "conquerrsv cases vaccine"),
    ("r03-mcp", D3, "9 vs 55", "55", "count", 55, 55, "cases", T, "conquerrsv cases placebo"),
    ("r03-m2def", D3, "≥2 symptoms and", "2", "count", 2, 2, "symptoms", F, "endpoint definition"),
    ("r03-m3", D3, "82.4%", None, "percent", 82.4, 82.4, "%", T, "mresvia efficacy ≥3 symptoms"),
    ("r03-m3ci", D3, "34.8 to 95.3", None, "range", 34.8, 95.3, "%", T, "mresvia ≥3 ci"),
    ("r03-m3p", D3, "P = 0.0078", "0.0078", "pvalue", 0.0078, 0.0078, "p", F, "p-value"),
    ("r03-m3def", D3, "with ≥3 symptoms.", "3", "count", 3, 3, "symptoms", F, "endpoint definition"),
    ("r03-pgbs", D3, "two inflammatory neuropathies", "two", "count", 2, 2, "cases", T, "renoir inflammatory neuropathies in vaccinees"),
    ("r03-pgbs1", D3, "(one Guillain", "one", "count", 1, 1, "cases", F, "renoir gbs (breakdown)"),
    ("r03-pmfs", D3, "one Miller Fisher", "one", "count", 1, 1, "cases", F, "renoir miller fisher (breakdown)"),
    ("r03-agbs", D3, "one GBS case", "one", "count", 1, 1, "cases", T, "gsk trial programme gbs cases"),
    ("r03-arecip", D3, "roughly 15,400", None, "count", 15400, 15400, "participants", T, "gsk programme vaccine recipients"),
    ("r03-coadn", D3, "442-participant", "442", "count", 442, 442, "participants", T, "coadministration study size"),
    ("r03-adem", D3, "two cases of acute", "two", "count", 2, 2, "cases", T, "adem cases coadministration study"),
    ("r03-mcstart", D3, "from May 2023 through", "May 2023", "date", 2023, 2023, "year", F, "study period start"),
    ("r03-mcend", D3, "through July 2024", "July 2024", "date", 2024, 2024, "year", F, "study period end"),
    ("r03-gbsp", D3, "9 excess", "9", "rate", 9, 9, "per million doses", T, "abrysvo gbs excess per million (fda medicare)"),
    ("r03-gbsa", D3, "7 per million", "7", "rate", 7, 7, "per million doses", T, "arexvy gbs excess per million (fda medicare)"),
    ("r03-win", D3, "1–42 days", None, "duration", 1, 42, "days", T, "gbs risk window"),
    ("r03-vaers", D3, "4.6 per million", "4.6", "rate", 4.6, 4.6, "per million doses", T, "vaers gbs reporting rate abrysvo"),
    ("r03-vaerswin", D3, "21 days", None, "duration", 21, 21, "days", T, "vaers window"),
    ("r03-concl80", D3, "adults ≥80 years remain", "80", "age", 80, 80, "years", F, "subgroup (repeat)"),
    ("r03-recv", D3, "12 November 2024", None, "date", 2024, 2024, "year", F, "received date"),
    ("r03-acc", D3, "18 February 2025", None, "date", 2025, 2025, "year", F, "accepted date"),

    # ---------------- rsv04 explainer (2025-09-22) ----------------
    ("r04-fall", D4, "this fall's", "this fall", "date", 2025, 2025, "year", F, "upcoming season"),
    ("r04-hosp", D4, "60,000 to 160,000", None, "count", 60000, 160000, "hospitalizations/yr", T, "rsv hospitalizations 65+ per year"),
    ("r04-hosp65", D4, "adults 65 and older to the hospital", "65", "age", 65, 65, "years", F, "burden population"),
    ("r04-deaths", D4, "6,000 to 10,000", None, "count", 6000, 10000, "deaths/yr", T, "rsv deaths 65+ per year"),
    ("r04-75", D4, "everyone 75 and older", "75", "age", 75, 75, "years", T, "universal rec age threshold"),
    ("r04-6074", D4, "adults 60 to 74", "60 to 74", "age", 60, 74, "years", T, "risk-based age band"),
    ("r04-thisjune", D4, "since this June", "this June", "date", 2025, 2025, "year", T, "50-59 rec start"),
    ("r04-5059", D4, "adults 50 to 59 with", "50 to 59", "age", 50, 59, "years", T, "50-59 risk-based band"),
    ("r04-vfor", D4, "voted 14 to 0", "14", "count", 14, 14, "votes", T, "acip 2025 votes for"),
    ("r04-vag", D4, "voted 14 to 0", "0", "count", 0, 0, "votes", T, "acip 2025 votes against"),
    ("r04-april", D4, "in April", "April", "date", 2025, 2025, "year", T, "acip 2025 vote date"),
    ("r04-5059b", D4, "50-to-59 group", "50-to-59", "age", 50, 59, "years", F, "repeat"),
    ("r04-jun25", D4, "on June 25", "June 25", "date", 2025, 2025, "year", T, "hhs adoption date"),
    ("r04-3in10", D4, "three in ten", None, "percent", 30, 30, "%", T, "share of 50-59 eligible"),
    ("r04-three", D4, "Three: Arexvy", "Three", "count", 3, 3, "vaccines", F, "number of vaccines"),
    ("r04-n", D4, "nearly 25,000", None, "count", 25000, 25000, "participants", T, "aresvi-006 trial size"),
    ("r04-ve94", D4, "about 94%", None, "percent", 94, 94, "%", T, "arexvy first-season efficacy rsv-lrtd (as stated)"),
    ("r04-mre79", D4, "about 79%", None, "percent", 79, 79, "%", T, "mresvia efficacy at 8.6 months"),
    ("r04-mrefu", D4, "8.6 months", None, "duration", 8.6, 8.6, "months", F, "follow-up timepoint"),
    ("r04-mre84", D4, "the 84% headline", "84%", "percent", 84, 84, "%", T, "mresvia primary (headline) efficacy"),
    ("r04-prior", D4, "2023 or 2024", None, "date", 2023, 2024, "year", F, "prior vaccination years"),
    ("r04-dayortwo", D4, "a day or two", None, "duration", 1, 2, "days", F, "side-effect duration"),
    ("r04-jan", D4, "In January", "January", "date", 2025, 2025, "year", T, "fda gbs warning date"),
    ("r04-mc65", D4, "Medicare patients 65 and older", "65", "age", 65, 65, "years", F, "study population"),
    ("r04-gbs9", D4, "roughly nine extra", "nine", "rate", 9, 9, "per million doses", T, "arexvy gbs excess per million (as stated)"),
    ("r04-6wk", D4, "six weeks", None, "duration", 6, 6, "weeks", T, "gbs risk window"),
    ("r04-price", D4, "$280 to $295", None, "money", 280, 295, "USD", T, "list price per dose range (across products)"),
    ("r04-bl75", D4, "If you are 75 or older", "75", "age", 75, 75, "years", F, "repeat"),
    ("r04-bl50", D4, "or 50 or older", "50", "age", 50, 50, "years", F, "repeat"),

    # ---------------- rsv05 blog (2025-01-14) ----------------
    ("r05-pub", D5, "January 14, 2025", None, "date", 2025, 2025, "year", F, "publication date"),
    ("r05-cap75", D5, "patients over 75", "75", "age", 75, 75, "years", F, "caption"),
    ("r05-lasttue", D5, "Last Tuesday", None, "date", 2025, 2025, "year", T, "fda gbs warning date"),
    ("r05-wedmorn", D5, "By Wednesday morning", "Wednesday", "date", 2025, 2025, "year", F, "aside"),
    ("r05-three", D5, "three patients", "three", "count", 3, 3, "patients", F, "aside"),
    ("r05-mc65", D5, "people 65 and older", "65", "age", 65, 65, "years", F, "study population"),
    ("r05-mcstart", D5, "between May 2023", "May 2023", "date", 2023, 2023, "year", F, "study period start"),
    ("r05-mcend", D5, "and July 2024", "July 2024", "date", 2024, 2024, "year", F, "study period end"),
    ("r05-gbsp", D5, "estimated 9 excess", "9", "rate", 9, 9, "per million doses", T, "abrysvo gbs excess per million"),
    ("r05-gbsa", D5, "7 per million doses of Arexvy", "7", "rate", 7, 7, "per million doses", T, "arexvy gbs excess per million"),
    ("r05-win", D5, "42 days", None, "duration", 42, 42, "days", T, "gbs risk window"),
    ("r05-fewk", D5, "a few thousand", None, "count", None, None, "doses", F, "aside (vague)"),
    ("r05-deaths", D5, "between 6,000 and 16,000", "6,000 and 16,000", "count", 6000, 16000, "deaths/yr", T, "rsv deaths 65+ per year"),
    ("r05-d65", D5, "adults 65 and up", "65", "age", 65, 65, "years", F, "burden population"),
    ("r05-tens", D5, "tens of thousands", None, "count", None, None, "hospitalizations", F, "vague"),
    ("r05-twice", D5, "twice as high", "twice", "ratio", 2, 2, "x", F, "hypothetical (quote)"),
    ("r05-hyp18", D5, "say 18 per million", "18", "rate", 18, 18, "per million doses", F, "hypothetical (quote)"),
    ("r05-80yo", D5, "80-year-olds", "80", "age", 80, 80, "years", F, "quote"),
    ("r05-arexdt", D5, "approved May 3, 2023", "May 3, 2023", "date", 2023, 2023, "year", T, "arexvy approval date"),
    ("r05-n", D5, "24,696-person", "24,696", "count", 24696, 24696, "participants", T, "aresvi-006 trial size"),
    ("r05-p295", D5, "It lists at $295", "$295", "money", 295, 295, "USD", T, "arexvy list price per dose (as stated)"),
    ("r05-abrdt", D5, "May 31, 2024", None, "date", 2024, 2024, "year", T, "abrysvo approval date (as stated)"),
    ("r05-lastspring", D5, "last spring", None, "date", 2024, 2024, "year", T, "mresvia approval date"),
    ("r05-pgbs", D5, "two GBS-type cases", "two", "count", 2, 2, "cases", T, "pfizer trial gbs-type cases"),
    ("r05-agbs", D5, "and one in GSK's", "one", "count", 1, 1, "cases", T, "gsk trial gbs cases"),
    ("r05-6wk", D5, "more than six weeks ago", "six weeks", "duration", 6, 6, "weeks", F, "risk window (repeat)"),
    ("r05-75", D5, "If you are 75 or older", "75", "age", 75, 75, "years", F, "advice"),

    # ---------------- rsv06 trade (2024-07-31, Wednesday) ----------------
    ("r06-pub", D6, "July 31, 2024", None, "date", 2024, 2024, "year", F, "publication date"),
    ("r06-wed", D6, "GSK on Wednesday", "Wednesday", "date", 2024, 2024, "year", T, "gsk q2 results date"),
    ("r06-lastmo", D6, "older adults last month", "last month", "date", 2024, 2024, "year", T, "acip narrowing date"),
    ("r06-yrago", D6, "a year ago", None, "date", 2023, 2023, "year", F, "aside"),
    ("r06-arexsales", D6, "£1.24 billion", None, "money", 1240000000, 1240000000, "GBP", T, "arexvy 2023 sales"),
    ("r06-salesyr", D6, "in 2023", "2023", "date", 2023, 2023, "year", F, "sales period"),
    ("r06-4mo", D6, "final four months", "four", "count", 4, 4, "months", F, "aside"),
    ("r06-abrsales", D6, "$890 million", None, "money", 890000000, 890000000, "USD", T, "abrysvo 2023 sales"),
    ("r06-jun26", D6, "June 26", None, "date", 2024, 2024, "year", T, "acip 2024 vote date"),
    ("r06-uptake", D6, "Between 20% and 25%", "20% and 25%", "percent", 20, 25, "%", T, "uptake 60+ by spring 2024"),
    ("r06-up60", D6, "adults aged 60 and older had", "60", "age", 60, 60, "years", F, "uptake population"),
    ("r06-spring", D6, "this spring", None, "date", 2024, 2024, "year", F, "as-of date"),
    ("r06-early23", D6, "early 2023", "2023", "date", 2023, 2023, "year", F, "vrbpac meetings (vague)"),
    ("r06-pfor", D6, "a 7-4 vote", "7", "count", 7, 7, "votes", T, "pfizer vrbpac votes for"),
    ("r06-pag", D6, "a 7-4 vote", "4", "count", 4, 4, "votes", T, "pfizer vrbpac votes against"),
    ("r06-pabst", D6, "one abstention, on", "one", "count", 1, 1, "votes", F, "pfizer vrbpac abstentions"),
    ("r06-feb28", D6, "Feb. 28", None, "date", 2023, 2023, "year", T, "pfizer vrbpac date"),
    ("r06-nextday", D6, "The next day", None, "date", 2023, 2023, "year", F, "gsk vrbpac date (relative)"),
    ("r06-gfor", D6, "voted 12-0", "12", "count", 12, 12, "votes", T, "gsk vrbpac safety votes for (as stated)"),
    ("r06-gag", D6, "voted 12-0", "0", "count", 0, 0, "votes", T, "gsk vrbpac safety votes against (as stated)"),
    ("r06-lastjune", D6, "last June", None, "date", 2023, 2023, "year", T, "acip 2023 vote date"),
    ("r06-v65for", D6, "split 9-5", "9", "count", 9, 9, "votes", T, "acip 2023 65+ votes for"),
    ("r06-v65ag", D6, "split 9-5", "5", "count", 5, 5, "votes", T, "acip 2023 65+ votes against"),
    ("r06-65", D6, "adults 65 and older should", "65", "age", 65, 65, "years", T, "acip 2023 scdm older band threshold"),
    ("r06-v60for", D6, "voted 13-1", "13", "count", 13, 13, "votes", T, "acip 2023 60-64 votes for"),
    ("r06-v60ag", D6, "voted 13-1", ("1", 1), "count", 1, 1, "votes", T, "acip 2023 60-64 votes against (as stated)"),
    ("r06-6064", D6, "aged 60 to 64", "60 to 64", "age", 60, 64, "years", T, "acip 2023 scdm younger band"),
    ("r06-p857", D6, "85.7%", None, "percent", 85.7, 85.7, "%", T, "abrysvo end-of-first-season efficacy ≥3 symptoms (as stated)"),
    ("r06-3sym", D6, "three or more symptoms", "three", "count", 3, 3, "symptoms", F, "endpoint definition"),
    ("r06-gskrange", D6, "$200 to $295", None, "money", 200, 295, "USD", T, "gsk pre-launch price range per dose"),
    ("r06-pfzrange", D6, "$180 to $270", None, "money", 180, 270, "USD", T, "pfizer pre-launch price range per dose"),
    ("r06-may31", D6, "May 31", None, "date", 2024, 2024, "year", T, "mresvia approval date"),
    ("r06-injune", D6, "recommendation in June", "June", "date", 2024, 2024, "year", F, "mresvia added to cdc rec"),
    ("r06-jun7", D6, "June 7", None, "date", 2024, 2024, "year", T, "arexvy 50-59 approval date"),
    ("r06-5059", D6, "aged 50 to 59", "50 to 59", "age", 50, 59, "years", T, "arexvy 50-59 label band"),
    ("r06-under60", D6, "under 60", "60", "age", 60, 60, "years", F, "cdc rec lower bound"),

    # ---------------- rsv07 fact-check (2025-02-05) ----------------
    ("r07-title", D7, "paralyze one in 10,000", "one in 10,000", "percent", 0.01, 0.01, "%", F, "post claim (title, negated)"),
    ("r07-pub", D7, "February 5, 2025", None, "date", 2025, 2025, "year", F, "publication date"),
    ("r07-claim", D7, "1 in every 10,000", None, "percent", 0.01, 0.01, "%", F, "post claim (attributed)"),
    ("r07-midjan", D7, "mid-January", None, "date", 2025, 2025, "year", F, "post date"),
    ("r07-jan7", D7, "On Jan. 7", "Jan. 7", "date", 2025, 2025, "year", T, "fda gbs warning date"),
    ("r07-mc65", D7, "claims for people 65 and older", "65", "age", 65, 65, "years", F, "study population"),
    ("r07-gbs", D7, "between seven and nine extra", "seven and nine", "rate", 7, 9, "per million doses", T, "gbs excess per million (both vaccines)"),
    ("r07-win", D7, "42 days", None, "duration", 42, 42, "days", T, "gbs risk window"),
    ("r07-post2", D7, "A rate of one in 10,000", "one in 10,000", "percent", 0.01, 0.01, "%", F, "post claim (attributed)"),
    ("r07-hyp100", D7, "100 cases per million", "100", "rate", 100, 100, "per million doses", F, "hypothetical conversion"),
    ("r07-gbsbg", D7, "3,000 to 6,000", None, "count", 3000, 6000, "gbs cases/yr", T, "us gbs incidence per year"),
    ("r07-renN", D7, "37,000-person", "37,000", "count", 37000, 37000, "participants", T, "renoir trial size (as stated)"),
    ("r07-pgbs", D7, "two vaccine recipients", "two", "count", 2, 2, "cases", T, "pfizer trial gbs-type cases"),
    ("r07-feb28", D7, "On Feb. 28, 2023", "Feb. 28, 2023", "date", 2023, 2023, "year", T, "pfizer vrbpac date"),
    ("r07-pfor", D7, "voted seven to four", "seven", "count", 7, 7, "votes", T, "pfizer vrbpac efficacy votes for"),
    ("r07-pag", D7, "voted seven to four", "four", "count", 4, 4, "votes", T, "pfizer vrbpac efficacy votes against"),
    ("r07-pabst", D7, "with one abstention, that", "one", "count", 1, 1, "votes", F, "abstentions"),
    ("r07-follday", D7, "the following day", None, "date", 2023, 2023, "year", F, "gsk vrbpac date (relative)"),
    ("r07-65", D7, "all adults 65 and older", "65", "age", 65, 65, "years", T, "universal rec age threshold (as stated)"),
    ("r07-tenfold", D7, "more than tenfold", "tenfold", "ratio", 10, 10, "x", F, "ruling (derived)"),
    ("r07-rul79", D7, "estimated between seven and nine excess", "seven and nine", "rate", 7, 9, "per million doses", F, "ruling (repeat)"),
    ("r07-rulpost", D7, "not one in every 10,000", "one in every 10,000", "percent", 0.01, 0.01, "%", F, "post claim (negated)"),
    ("r07-srcjan", D7, "Jan. 7, 2025", None, "date", 2025, 2025, "year", F, "source list"),
    ("r07-srcfeb", D7, "Feb. 28 and March 1, 2023", "Feb. 28", "date", 2023, 2023, "year", F, "source list"),
    ("r07-srcmar", D7, "March 1, 2023", None, "date", 2023, 2023, "year", F, "source list"),
]

STRICT = [
    # 1 GSK VRBPAC safety vote 10-2 (real) vs "12-0" (rsv06; real Bioworld-style error)
    ("r06-gfor", "r02-safor"), ("r06-gag", "r02-safag"),
    # 2 ACIP 2023 60-64 vote 13-0 + 1 abstention vs "13-1" (rsv06; real Becker's error)
    ("r06-v60ag", "r01-v60ag"),
    # 3 Arexvy first-season efficacy 82.6% vs "about 94%" (severe-disease figure as overall)
    ("r04-ve94", "r02-ve"), ("r04-ve94", "r03-ave"),
    # 4 AReSVi-006 size 24,966 vs transposed 24,696
    ("r05-n", "r03-aN"),
    # 5 Abrysvo approval year 2023 vs "May 31, 2024" (mRESVIA's date)
    ("r05-abrdt", "r01-may23"), ("r05-abrdt", "r03-abrdt"),
    # 6 Arexvy GBS excess 7/million vs "nine" (Abrysvo's figure)
    ("r04-gbs9", "r03-gbsa"), ("r04-gbs9", "r05-gbsa"),
    # 7 RSV deaths 65+ 6,000-10,000 vs mistyped 6,000-16,000
    ("r05-deaths", "r01-deaths"), ("r05-deaths", "r04-deaths"),
    # 8 mRESVIA primary efficacy 83.7% vs transposed 87.3%
    ("r01-mre873", "r03-mve"), ("r01-mre873", "r04-mre84"),
    # 9 RENOIR size 34,284 vs "37,000-person" (ConquerRSV's size)
    ("r07-renN", "r03-pN"),
    # 10 universal recommendation age 75 vs "65"
    ("r07-65", "r01-75"), ("r07-65", "r04-75"),
    # 11 Arexvy list price $280 vs $295 (Abrysvo's price)
    ("r05-p295", "r01-p280"),
    # 12 Abrysvo end-of-first-season efficacy 88.9% vs interim 85.7% reported as end-of-season
    ("r06-p857", "r03-p3eos"),
]

QUALIFIED = [
    # ConquerRSV: ~37,000 enrolled (company) vs 35,541 randomized (NEJM)
    ("r01-mren", "r03-mN"),
    # burden: older estimate 177,000 / 14,000 vs CDC pre-pandemic 60,000-160,000 / 6,000-10,000
    ("r02-hosp", "r01-hosp"), ("r02-hosp", "r04-hosp"),
    ("r02-deaths", "r01-deaths"), ("r02-deaths", "r04-deaths"),
    # 14,000 lies inside the (wrong) 6,000-16,000 range
    ("r02-deaths", "r05-deaths"),
    # rounded "almost/nearly 25,000" vs the transposed 24,696 (within rounding distance)
    ("r05-n", "r02-n"), ("r05-n", "r04-n"),
    # mRESVIA 87.3% (no timepoint, wrong) vs 79% at 8.6 months
    ("r01-mre873", "r04-mre79"),
]


def main():
    texts = {}
    rows, ids = [], set()
    for cid, doc, anchor, span, kind, low, high, unit, req, topic in C:
        if doc not in texts:
            with open(os.path.join(DIR, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        text = texts[doc]
        n = text.count(anchor)
        assert n == 1, f"{cid}: anchor {anchor!r} occurs {n} times in {doc}"
        a0 = text.find(anchor)
        nth = 0
        if isinstance(span, tuple):
            span, nth = span
        span = span if span is not None else anchor
        k = anchor.find(span)
        for _ in range(nth):
            k = anchor.find(span, k + 1)
        assert k >= 0, f"{cid}: span {span!r} not in anchor"
        start, end = a0 + k, a0 + k + len(span)
        assert text[start:end] == span
        assert cid not in ids, cid
        ids.add(cid)
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    byid = {r["id"]: r for r in rows}
    seen = set()
    conf = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            assert a in byid and b in byid, (a, b)
            assert byid[a]["doc"] != byid[b]["doc"], (a, b)
            key = frozenset((a, b))
            assert key not in seen, (a, b)
            seen.add(key)
            conf.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    # no overlapping spans within a document
    for doc in texts:
        sp = sorted((r["start"], r["end"], r["id"]) for r in rows if r["doc"] == doc)
        for (s1, e1, i1), (s2, e2, i2) in zip(sp, sp[1:]):
            assert e1 <= s2, f"overlap {i1} {i2}"
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {req}, optional {len(rows) - req}); "
          f"conflicts strict {len(STRICT)}, qualified {len(QUALIFIED)}")


if __name__ == "__main__":
    main()
