#!/usr/bin/env python3
"""Build dengue.gold.jsonl from the articles in dengue/.

Each claim is located by a search string that must occur exactly once in its
article; the claim span is the first occurrence of `span` inside that search
string (or the whole search string). Offsets are Unicode code points into the
file as read with UTF-8. Every span is checked against the article slice.
Also writes a self-check claims.csv / conflicts.csv into dengue.selfcheck/.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "dengue")
OUT = os.path.join(HERE, "dengue.gold.jsonl")
SELF = os.path.join(HERE, "dengue.selfcheck")

D1, D2, D3, D4 = "den01_wire.txt", "den02_press.txt", "den03_abstract.txt", "den04_explainer.txt"
D5, D6, D7 = "den05_blog.txt", "den06_local.txt", "den07_factcheck.txt"

R, O = True, False  # required / optional
N = None

# (id, doc, search, span-or-None, kind, low, high, unit, required, topic)
CLAIMS = [
    # ---------------- den01 wire (2024-12-10) ----------------
    ("d1-title2024", D1, "Americas as 2024 cases", "2024", "date", 2024, 2024, "year", O, "headline period label"),
    ("d1-titletriple", D1, "near triple", "triple", "ratio", 3, 3, "x", O, "headline ratio"),
    ("d1-dateline", D1, "WASHINGTON, Dec 10", "Dec 10", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
    ("d1-tripled", D1, "nearly tripled", "tripled", "ratio", 3, 3, "x", O, "americas 2024 cases vs 2023 (ratio)"),
    ("d1-cases24", D1, "more than 12.6 million", "12.6 million", "count", 12600000, 12600000, "cases", R, "americas dengue cases 2024 (PAHO, Dec 10)"),
    ("d1-1980", D1, "began in 1980", "1980", "date", 1980, 1980, "year", O, "start of PAHO records"),
    ("d1-tue", D1, "said on Tuesday", "Tuesday", "date", 2024, 2024, "year", O, "PAHO statement date"),
    ("d1-severe", D1, "about 21,000 severe", "21,000", "count", 21000, 21000, "cases", R, "americas severe dengue 2024 (Dec 10)"),
    ("d1-deaths", D1, "more than 7,700 deaths", "7,700", "count", 7700, 7700, "deaths", R, "americas dengue deaths 2024 (Dec 10)"),
    ("d1-2024a", D1, "so far in 2024", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d1-cases23", D1, "4.6 million cases", "4.6 million", "count", 4600000, 4600000, "cases", R, "americas dengue cases 2023"),
    ("d1-2023a", D1, "whole of 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d1-90", D1, "for 90%", "90%", "percent", 90, 90, "%", R, "share of americas cases in BR/AR/CO/MX"),
    ("d1-88", D1, "88%", None, "percent", 88, 88, "%", R, "share of americas deaths in BR/AR/CO/MX"),
    ("d1-brcases", D1, "some 6.6 million", "6.6 million", "count", 6600000, 6600000, "cases", R, "brazil probable cases 2024 (ministry, Dec 7)"),
    ("d1-brdeaths", D1, "5,922", None, "count", 5922, 5922, "deaths", R, "brazil confirmed deaths 2024 (ministry, Dec 7)"),
    ("d1-dec7", D1, "as of Dec. 7", "Dec. 7", "date", 2024, 2024, "year", O, "as-of date"),
    ("d1-five", D1, "roughly five times", "five times", "ratio", 5, 5, "x", O, "ratio of brazil deaths 2024/2023"),
    ("d1-br23", D1, "the 1,179 deaths", "1,179", "count", 1179, 1179, "deaths", R, "brazil dengue deaths 2023"),
    ("d1-lastyear", D1, "recorded last year", "last year", "date", 2023, 2023, "year", O, "period label (2023)"),
    ("d1-season", D1, "late July to the following July", None, "date", N, N, "year", O, "argentine season definition"),
    ("d1-ar401", D1, "reported 401 deaths", "401", "count", 401, 401, "deaths", R, "argentina deaths first 28 weeks of 2024"),
    ("d1-28wk", D1, "first 28 weeks", "28 weeks", "duration", 28, 28, "weeks", O, "as-of period"),
    ("d1-prmar", D1, "declared an epidemic in March", "March", "date", 2024, 2024, "year", R, "puerto rico epidemic declaration date"),
    ("d1-pr549", D1, "counting 549 cases", "549", "count", 549, 549, "cases", R, "puerto rico cases 2024 at declaration"),
    ("d1-pr2023n", D1, "against 1,923", "1,923", "count", 1923, 1923, "cases", R, "puerto rico dengue cases in all of 2023"),
    ("d1-pr2023y", D1, "for all of 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d1-prpop", D1, "3.2 million people", "3.2 million", "count", 3200000, 3200000, "people", R, "puerto rico population"),
    ("d1-twodose", D1, "two-dose Qdenga", "two-dose", "count", 2, 2, "doses", O, "qdenga schedule (definitional)"),
    ("d1-pqmay", D1, "prequalification list in May", "May", "date", 2024, 2024, "year", R, "qdenga WHO prequalification date"),
    ("d1-3mo", D1, "three months apart", "three months", "duration", 3, 3, "months", R, "qdenga dose interval"),
    ("d1-feb", D1, "public system in February", "February", "date", 2024, 2024, "year", R, "brazil SUS qdenga rollout start"),
    ("d1-age1014", D1, "children aged 10 to 14", "10 to 14", "age", 10, 14, "years", R, "brazil SUS first age group"),
    ("d1-doses65", D1, "around 6.5 million doses", "6.5 million", "count", 6500000, 6500000, "doses", R, "qdenga doses received by brazil in 2024"),
    ("d1-endyear", D1, "by the end of the year", "end of the year", "date", 2024, 2024, "year", O, "delivery deadline"),
    ("d1-thismonth", D1, "before the end of this month", "end of this month", "date", 2024, 2024, "year", O, "butantan filing plan (forecast)"),
    ("d1-btsingle", D1, "its single-dose vaccine", "single-dose", "count", N, N, "doses", O, "butantan schedule (definitional)"),
    ("d1-btve", D1, "prevented 79.6%", "79.6%", "percent", 79.6, 79.6, "%", R, "butantan-dv efficacy 2 years"),
    ("d1-bt2y", D1, "over two years in a trial", "two years", "duration", 2, 2, "years", O, "timepoint"),
    ("d1-btn", D1, "16,325 volunteers", "16,325", "count", 16325, 16325, "participants", R, "butantan-dv phase 3 participants"),
    ("d1-btages", D1, "aged 2 to 59", "2 to 59", "age", 2, 59, "years", R, "butantan-dv trial ages"),
    ("d1-btmillion", D1, "a first million doses", None, "count", 1000000, 1000000, "doses", R, "butantan doses forecast for 2025 (made Dec 2024)"),
    ("d1-nextyear", D1, "million doses next year", "next year", "date", 2025, 2025, "year", O, "forecast year"),
    ("d1-thisyear", D1, "said this year", "this year", "date", 2024, 2024, "year", O, "date of sanofi announcement"),
    ("d1-aug2026", D1, "August 2026", None, "date", 2026, 2026, "year", R, "dengvaxia end of supply"),
    ("d1-2025", D1, "the 2025 season", "2025", "date", 2025, 2025, "year", O, "next season"),

    # ---------------- den02 press release (2024-05-15) ----------------
    ("d2-whoage", D2, "children aged six to 16 years", "six to 16", "age", 6, 16, "years", R, "WHO SAGE recommended ages"),
    ("d2-hosp", D2, "prevented 84.1% of hospitalized dengue cases", "84.1%", "percent", 84.1, 84.1, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d2-ve", D2, "61.2% of symptomatic cases through", "61.2%", "percent", 61.2, 61.2, "%", R, "tak-003 VE symptomatic 4.5y"),
    ("d2-45a", D2, "cases through four and a half years", "four and a half years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d2-dateline", D2, "May 15, 2024", None, "date", 2024, 2024, "year", O, "release date (metadata)"),
    ("d2-pq", D2, "May 10, 2024", None, "date", 2024, 2024, "year", R, "qdenga WHO prequalification date"),
    ("d2-twodose", D2, "a two-dose schedule", "two-dose", "count", 2, 2, "doses", O, "schedule (definitional)"),
    ("d2-3mo", D2, "three-month interval", "three-month", "duration", 3, 3, "months", R, "qdenga dose interval"),
    ("d2-n", D2, "enrolled 20,099", "20,099", "count", 20099, 20099, "participants", R, "tides randomized"),
    ("d2-ages", D2, "aged 4 to 16 years", "4 to 16", "age", 4, 16, "years", R, "tides eligible ages"),
    ("d2-8c", D2, "in eight dengue-endemic countries", "eight", "count", 8, 8, "countries", R, "tides countries"),
    ("d2-45b", D2, "Through four and a half years after", "four and a half years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d2-hosp2", D2, "QDENGA prevented 84.1% of hospitalized cases", "84.1%", "percent", 84.1, 84.1, "%", O, "repeat"),
    ("d2-ve2", D2, "and 61.2% of symptomatic cases in the overall", "61.2%", "percent", 61.2, 61.2, "%", O, "repeat"),
    ("d2-indo", D2, "August 2022", None, "date", 2022, 2022, "year", R, "qdenga first approval (indonesia)"),
    ("d2-eu", D2, "December 2022", None, "date", 2022, 2022, "year", R, "qdenga EU approval"),
    ("d2-30c", D2, "more than 30 countries", "30", "count", 30, 30, "countries", R, "countries approving qdenga (May 2024)"),
    ("d2-feb", D2, "In February, Takeda", "February", "date", 2024, 2024, "year", O, "biological e partnership announcement"),
    ("d2-50m", D2, "up to 50 million doses", "50 million", "count", 50000000, 50000000, "doses/year", R, "biological e capacity"),
    ("d2-100m", D2, "100 million doses annually", "100 million", "count", 100000000, 100000000, "doses/year", R, "takeda capacity goal"),
    ("d2-2030", D2, "by 2030", "2030", "date", 2030, 2030, "year", R, "capacity goal date"),
    ("d2-four", D2, "all four serotypes", "four", "count", 4, 4, "serotypes", O, "definitional"),
    ("d2-half", D2, "Roughly half of the world's", "half", "percent", 50, 50, "%", O, "share of world population at risk (About)"),

    # ---------------- den03 structured synopsis (2024-06-20) ----------------
    ("d3-title45", D3, "TAK-003: 4·5-year", "4·5-year", "duration", 4.5, 4.5, "years", O, "title timepoint"),
    ("d3-cases23", D3, "4.57 million", None, "count", 4570000, 4570000, "cases", R, "americas dengue cases 2023"),
    ("d3-2023", D3, "cases in 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d3-2024", D3, "early 2024", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d3-twodoses", D3, "given as two doses", "two doses", "count", 2, 2, "doses", O, "definitional"),
    ("d3-26", D3, "26 sites", "26", "count", 26, 26, "sites", R, "tides sites"),
    ("d3-8c", D3, "at 26 sites in eight", "eight", "count", 8, 8, "countries", R, "tides countries"),
    ("d3-ages", D3, "aged 4–16 years (N", "4–16", "age", 4, 16, "years", R, "tides eligible ages"),
    ("d3-n", D3, "N = 20 099", "20 099", "count", 20099, 20099, "participants", R, "tides randomized"),
    ("d3-ratio", D3, "assigned 2:1", "2:1", "ratio", N, N, "ratio", O, "randomization ratio"),
    ("d3-twodose", D3, "primary two-dose series", "two-dose", "count", 2, 2, "doses", O, "definitional"),
    ("d3-atleastone", D3, "at least one dose", "one", "count", N, N, "doses", O, "definitional (analysis set)"),
    ("d3-twodoses-i", D3, "Two doses of TAK-003", "Two doses", "count", 2, 2, "doses", O, "definitional"),
    ("d3-single", D3, "A single-dose", "single-dose", "count", N, N, "doses", O, "definitional"),
    ("d3-2sc", D3, "to two subcutaneous doses", "two", "count", 2, 2, "doses", O, "definitional"),
    ("d3-3mo", D3, "given 3 months apart", "3 months", "duration", 3, 3, "months", R, "dose interval"),
    ("d3-45m", D3, "until 4·5 years after", "4·5 years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d3-dosed", D3, "20 071", None, "count", 20071, 20071, "participants", R, "tides received >=1 dose"),
    ("d3-completed", D3, "18 260", None, "count", 18260, 18260, "participants", R, "tides completed 4.5y"),
    ("d3-91", D3, "(91.0%)", "91.0%", "percent", 91.0, 91.0, "%", R, "share completed follow-up"),
    ("d3-45r", D3, "follow-up to 4·5 years", "4·5 years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d3-seroneg-n", D3, "5 547", None, "count", 5547, 5547, "participants", R, "seronegative at baseline"),
    ("d3-seroneg-pct", D3, "(27.6%)", "27.6%", "percent", 27.6, 27.6, "%", R, "share seronegative"),
    ("d3-vcd", D3, "1 007", None, "count", 1007, 1007, "cases", R, "VCD cases"),
    ("d3-hospn", D3, "188 required", "188", "count", 188, 188, "cases", R, "hospitalized VCD cases"),
    ("d3-hosp-vac", D3, "n=46", "46", "count", 46, 46, "cases", R, "hospitalized, tak-003 arm"),
    ("d3-hosp-pbo", D3, "n=142", "142", "count", 142, 142, "cases", R, "hospitalized, placebo arm"),
    ("d3-ve", D3, "VE was 61.2%", "61.2%", "percent", 61.2, 61.2, "%", R, "tak-003 VE symptomatic 4.5y"),
    ("d3-ve-ci", D3, "56.0 to 65.8", None, "range", 56.0, 65.8, "%", R, "CI VE symptomatic 4.5y"),
    ("d3-hosp", D3, "and 84.1%", "84.1%", "percent", 84.1, 84.1, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d3-hosp-ci", D3, "77.8 to 88.6", None, "range", 77.8, 88.6, "%", R, "CI VE hospitalized 4.5y"),
    ("d3-pos-ve", D3, "64.2%", None, "percent", 64.2, 64.2, "%", R, "VE symptomatic seropositive"),
    ("d3-pos-hosp", D3, "85.9%", None, "percent", 85.9, 85.9, "%", R, "VE hospitalized seropositive"),
    ("d3-neg-ve", D3, "53.5%", None, "percent", 53.5, 53.5, "%", R, "VE symptomatic seronegative"),
    ("d3-neg-hosp", D3, "79.3%", None, "percent", 79.3, 79.3, "%", R, "VE hospitalized seronegative"),
    ("d3-d1", D3, "69.8%", None, "percent", 69.8, 69.8, "%", R, "VE DENV-1"),
    ("d3-d2", D3, "95.1%", None, "percent", 95.1, 95.1, "%", R, "VE DENV-2"),
    ("d3-d3", D3, "48.9%", None, "percent", 48.9, 48.9, "%", R, "VE DENV-3"),
    ("d3-d4", D3, "51.0%", None, "percent", 51.0, 51.0, "%", R, "VE DENV-4"),
    ("d3-neg-d3", D3, "−87.9%", None, "percent", -87.9, -87.9, "%", R, "VE hospitalized DENV-3 seronegative"),
    ("d3-neg-d3-ci", D3, "−573.4 to 47.6", None, "range", -573.4, 47.6, "%", R, "CI of the above"),
    ("d3-ve12", D3, "80.2%", None, "percent", 80.2, 80.2, "%", R, "tak-003 VE first 12 months (primary)"),
    ("d3-12mo", D3, "first 12 months", "12 months", "duration", 12, 12, "months", O, "timepoint"),
    ("d3-p", D3, "P<0.001", None, "pvalue", 0.001, 0.001, "p", O, "p value primary endpoint"),
    ("d3-ve18", D3, "73.3%", None, "percent", 73.3, 73.3, "%", R, "tak-003 VE 18 months"),
    ("d3-ve18-ci", D3, "66.5 to 78.8", None, "range", 66.5, 78.8, "%", R, "CI VE 18 months"),
    ("d3-18mo", D3, "at 18 months", "18 months", "duration", 18, 18, "months", O, "timepoint"),
    ("d3-ve3y", D3, "62.0%", None, "percent", 62.0, 62.0, "%", R, "tak-003 VE 3 years"),
    ("d3-3y", D3, "at 3 years", "3 years", "duration", 3, 3, "years", O, "timepoint"),
    ("d3-45i", D3, "dengue over 4·5 years", "4·5 years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d3-whoage", D3, "6–16 years", "6–16", "age", 6, 16, "years", R, "WHO recommended ages"),
    ("d3-btn", D3, "16,235", None, "count", 16235, 16235, "participants", R, "butantan-dv phase 3 participants"),
    ("d3-btve", D3, "79.6%", None, "percent", 79.6, 79.6, "%", R, "butantan-dv efficacy 2 years"),
    ("d3-bt2y", D3, "over two years", "two years", "duration", 2, 2, "years", O, "timepoint"),
    ("d3-ref1age", D3, "children aged 4–16 years: a", "4–16 years", "age", 4, 16, "years", O, "age in a reference title"),
    ("d3-ref2", D3, "Three-year efficacy", "Three-year", "duration", 3, 3, "years", O, "timepoint in a reference title"),
    ("d3-ref3", D3, "(TAK-003): 4·5-year", "4·5-year", "duration", 4.5, 4.5, "years", O, "timepoint in a reference title"),

    # ---------------- den04 explainer (2025-12-15) ----------------
    ("d4-who14m", D4, "more than 14 million cases", "14 million", "count", 14000000, 14000000, "cases", R, "global dengue cases 2024 (WHO)"),
    ("d4-who11k", D4, "over 11,000 deaths", "11,000", "count", 11000, 11000, "deaths", R, "global dengue deaths 2024 (WHO)"),
    ("d4-100c", D4, "more than 100 countries", "100", "count", 100, 100, "countries", R, "countries reporting dengue 2024"),
    ("d4-2024", D4, "Because 2024 broke", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d4-br10m", D4, "more than 10 million cases", "10 million", "count", 10000000, 10000000, "cases", R, "brazil dengue cases 2024 reported to WHO (incl. suspected)"),
    ("d4-brdeaths", D4, "6,321", None, "count", 6321, 6321, "deaths", R, "brazil dengue deaths 2024 (WHO)"),
    ("d4-prmar", D4, "March 2023", None, "date", 2023, 2023, "year", R, "puerto rico epidemic declaration date"),
    ("d4-two", D4, "two injections", "two", "count", 2, 2, "doses", O, "definitional"),
    ("d4-3mo", D4, "three months apart", "three months", "duration", 3, 3, "months", R, "qdenga dose interval"),
    ("d4-eu4", D4, "from age 4", "age 4", "age", 4, 4, "years", R, "EU minimum age for qdenga"),
    ("d4-anvisa", D4, "ages 4 to 60", "4 to 60", "age", 4, 60, "years", R, "anvisa approved ages for qdenga"),
    ("d4-pq", D4, "May 2024", None, "date", 2024, 2024, "year", R, "qdenga WHO prequalification date"),
    ("d4-whoage", D4, "aged 6 to 16", "6 to 16", "age", 6, 16, "years", R, "WHO recommended ages"),
    ("d4-n", D4, "about 20,000 children", "20,000", "count", 20000, 20000, "participants", R, "tides participants (rounded)"),
    ("d4-ve1y", D4, "roughly 80%", "80%", "percent", 80, 80, "%", R, "tak-003 VE first year"),
    ("d4-1y", D4, "in the first year", "first year", "duration", N, N, "years", O, "timepoint"),
    ("d4-45", D4, "four and a half years of follow-up", "four and a half years", "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d4-ve", D4, "was 73.3%", "73.3%", "percent", 73.3, 73.3, "%", R, "tak-003 VE symptomatic 4.5y"),
    ("d4-hosp", D4, "about 84%", "84%", "percent", 84, 84, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d4-mar2019", D4, "March 2019", None, "date", 2019, 2019, "year", R, "VRBPAC meeting date"),
    ("d4-eff-for", D4, "voted 13-1", "13", "count", 13, 13, "votes", R, "VRBPAC effectiveness 9-16, for"),
    ("d4-eff-ag", D4, "-1 that", "1", "count", 1, 1, "votes", R, "VRBPAC effectiveness 9-16, against"),
    ("d4-age916", D4, "9- to 16-year-olds", None, "age", 9, 16, "years", R, "dengvaxia question ages"),
    ("d4-saf-for", D4, "10-4 that", "10", "count", 10, 10, "votes", R, "VRBPAC safety 9-16, for"),
    ("d4-saf-ag", D4, "10-4 that", "4", "count", 4, 4, "votes", R, "VRBPAC safety 9-16, against"),
    ("d4-b-eff-for", D4, "split 6-7", "6", "count", 6, 6, "votes", R, "VRBPAC effectiveness 9-45, for"),
    ("d4-b-eff-ag", D4, "6-7 on", "7", "count", 7, 7, "votes", R, "VRBPAC effectiveness 9-45, against"),
    ("d4-b-saf-for", D4, "7-7 on safety", "7", "count", 7, 7, "votes", R, "VRBPAC safety 9-45, for"),
    ("d4-b-saf-ag", D4, "-7 on safety", "7", "count", 7, 7, "votes", R, "VRBPAC safety 9-45, against"),
    ("d4-age945", D4, "9-to-45", None, "age", 9, 45, "years", R, "dengvaxia broad age range"),
    ("d4-aug2026", D4, "August 2026", None, "date", 2026, 2026, "year", R, "dengvaxia end of supply"),
    ("d4-btdate", D4, "26 November 2025", None, "date", 2025, 2025, "year", R, "butantan-dv anvisa approval date"),
    ("d4-btages", D4, "aged 2 to 59", "2 to 59", "age", 2, 59, "years", R, "butantan-dv approved ages"),
    ("d4-btn", D4, "16,235", None, "count", 16235, 16235, "participants", R, "butantan-dv phase 3 participants"),
    ("d4-5y", D4, "five years of follow-up", "five years", "duration", 5, 5, "years", O, "timepoint"),
    ("d4-oneshot", D4, "a one-shot vaccine", "one-shot", "count", N, N, "doses", O, "definitional"),
    ("d4-single", D4, "a single dose prevented", "single dose", "count", N, N, "doses", O, "definitional"),
    ("d4-bt747", D4, "74.7%", None, "percent", 74.7, 74.7, "%", R, "butantan-dv efficacy 5 years"),
    ("d4-bt916", D4, "91.6%", None, "percent", 91.6, 91.6, "%", R, "butantan-dv efficacy severe/warning signs 5 years"),
    ("d4-30m", D4, "around 30 million doses", "30 million", "count", 30000000, 30000000, "doses", R, "butantan supply forecast"),
    ("d4-2026", D4, "second half of 2026", "2026", "date", 2026, 2026, "year", R, "butantan supply date"),
    ("d4-sus-age", D4, "aged 10 to 14", "10 to 14", "age", 10, 14, "years", R, "SUS qdenga age group"),
    ("d4-price95", D4, "R$95", None, "money", 95, 95, "BRL", R, "SUS price per qdenga dose"),
    ("d4-price190", D4, "R$190", None, "money", 190, 190, "BRL", R, "SUS price per two-dose course"),
    ("d4-course", D4, "the two-dose course", "two-dose", "count", 2, 2, "doses", O, "definitional"),
    ("d4-private", D4, "R$350 to R$500", None, "money", 350, 500, "BRL", R, "private price per dose"),

    # ---------------- den05 blog (2025-12-03) ----------------
    ("d5-titleone", D5, "approved a one-shot", "one-shot", "count", N, N, "doses", O, "definitional (headline)"),
    ("d5-takeone", D5, "a one-shot vaccine is", "one-shot", "count", N, N, "doses", O, "definitional"),
    ("d5-rel2025", D5, "vaccines in 2025", "2025", "date", 2025, 2025, "year", O, "related-link title"),
    ("d5-pub", D5, "December 3, 2025", None, "date", 2025, 2025, "year", O, "post date (metadata)"),
    ("d5-2yrs", D5, "for two years", "two years", "duration", 2, 2, "years", O, "aside"),
    ("d5-btdate", D5, "Last Wednesday", None, "date", 2025, 2025, "year", R, "butantan-dv anvisa approval date"),
    ("d5-single", D5, "first single-dose", "single-dose", "count", N, N, "doses", O, "definitional"),
    ("d5-btages", D5, "aged 12 to 59", "12 to 59", "age", 12, 59, "years", R, "butantan-dv approved ages"),
    ("d5-brcases", D5, "about 6.6 million", "6.6 million", "count", 6600000, 6600000, "cases", R, "brazil probable cases 2024"),
    ("d5-2024", D5, "probable cases in 2024", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d5-brdeaths", D5, "almost 6,000 deaths", "6,000", "count", 6000, 6000, "deaths", R, "brazil dengue deaths 2024"),
    ("d5-br23", D5, "1,719", None, "count", 1719, 1719, "deaths", R, "brazil dengue deaths 2023"),
    ("d5-2023", D5, "deaths in 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d5-btn", D5, "16,235", None, "count", 16235, 16235, "participants", R, "butantan-dv phase 3 participants"),
    ("d5-trialages", D5, "volunteers aged 2 to 59", "2 to 59", "age", 2, 59, "years", R, "butantan-dv trial ages"),
    ("d5-ratio", D5, "two vaccinated for every one", None, "ratio", N, N, "ratio", O, "randomization ratio"),
    ("d5-2y", D5, "first two years", "two years", "duration", 2, 2, "years", O, "timepoint"),
    ("d5-btve", D5, "79.6%", None, "percent", 79.6, 79.6, "%", R, "butantan-dv efficacy 2 years"),
    ("d5-5y", D5, "full five years", "five years", "duration", 5, 5, "years", O, "timepoint"),
    ("d5-bt747", D5, "74.7%", None, "percent", 74.7, 74.7, "%", R, "butantan-dv efficacy 5 years"),
    ("d5-bt916", D5, "91.6%", None, "percent", 91.6, 91.6, "%", R, "butantan-dv efficacy severe/warning signs 5 years"),
    ("d5-caption", D5, "two-year versus five-year", None, "duration", N, N, "years", O, "caption timepoints"),
    ("d5-twoshots", D5, "two shots", "two", "count", 2, 2, "doses", O, "definitional"),
    ("d5-3mo", D5, "three months apart", "three months", "duration", 3, 3, "months", R, "qdenga dose interval"),
    ("d5-pq", D5, "May 2023", None, "date", 2023, 2023, "year", R, "qdenga WHO prequalification date"),
    ("d5-sus-age", D5, "10- to 14-year-olds", "10- to 14", "age", 10, 14, "years", R, "SUS qdenga age group"),
    ("d5-early2024", D5, "since early 2024", "early 2024", "date", 2024, 2024, "year", R, "SUS qdenga rollout start"),
    ("d5-price170", D5, "R$170", None, "money", 170, 170, "BRL", R, "SUS price per qdenga dose"),
    ("d5-private", D5, "around R$400", "R$400", "money", 400, 400, "BRL", R, "private price per dose (Rio)"),
    ("d5-n", D5, "20,099", None, "count", 20099, 20099, "participants", R, "tides randomized"),
    ("d5-ve", D5, "about 61%", "61%", "percent", 61, 61, "%", R, "tak-003 VE symptomatic 4.5y"),
    ("d5-hosp", D5, "84% against", "84%", "percent", 84, 84, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d5-45", D5, "four and a half years", None, "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d5-aug2025", D5, "August 2025", None, "date", 2025, 2025, "year", R, "dengvaxia end of supply"),
    ("d5-million", D5, "million-plus doses", "million-plus", "count", 1000000, 1000000, "doses", R, "butantan doses already produced"),
    ("d5-30m", D5, "roughly 30 million doses", "30 million", "count", 30000000, 30000000, "doses", R, "butantan supply forecast"),
    ("d5-nextyear", D5, "second half of next year", "next year", "date", 2026, 2026, "year", R, "butantan supply date"),

    # ---------------- den06 local news (2024-02-09) ----------------
    ("d6-pub", D6, "Friday, February 9, 2024", None, "date", 2024, 2024, "year", O, "byline date (metadata)"),
    ("d6-friday", D6, "District on Friday", "Friday", "date", 2024, 2024, "year", R, "DF vaccination start"),
    ("d6-age1011", D6, "children aged 10 and 11", "10 and 11", "age", 10, 11, "years", R, "SUS first age group"),
    ("d6-thu", D6, "Qdenga on\nThursday", "Thursday", "date", 2024, 2024, "year", R, "start of dose shipping"),
    ("d6-712k", D6, "712,000", None, "count", 712000, 712000, "doses", R, "first batch doses"),
    ("d6-315", D6, "going to 315", "315", "count", 315, 315, "municipalities", R, "first batch municipalities"),
    ("d6-521", D6, "all 521", "521", "count", 521, 521, "municipalities", R, "municipalities in campaign"),
    ("d6-16st", D6, "16 states", "16", "count", 16, 16, "states", R, "states in campaign"),
    ("d6-march", D6, "first half of March", "March", "date", 2024, 2024, "year", O, "delivery deadline"),
    ("d6-lastmonth", D6, "dengue\nlast month", "last month", "date", 2024, 2024, "year", R, "DF emergency declaration"),
    ("d6-cases", D6, "217,841", None, "count", 217841, 217841, "cases", R, "brazil probable cases first 4 weeks 2024"),
    ("d6-deaths", D6, "and 15\nconfirmed", "15", "count", 15, 15, "deaths", R, "brazil deaths first 4 weeks 2024"),
    ("d6-4wk", D6, "first four weeks", "four weeks", "duration", 4, 4, "weeks", O, "as-of period"),
    ("d6-80", D6, "an 80% jump", "80%", "percent", 80, 80, "%", R, "weekly increase in cases"),
    ("d6-oneinfour", D6, "one in four", None, "percent", 25, 25, "%", O, "quoted hypothetical"),
    ("d6-age1014", D6, "children aged 10 to 14", "10 to 14", "age", 10, 14, "years", R, "SUS target age group"),
    ("d6-16400", D6, "16,400", None, "count", 16400, 16400, "hospitalizations", R, "hospitalizations aged 10-14, 2019-2023"),
    ("d6-1923", D6, "between 2019 and 2023", "2019 and 2023", "date", 2019, 2023, "year", O, "period label"),
    ("d6-doses52", D6, "5.2 million doses", "5.2 million", "count", 5200000, 5200000, "doses", R, "qdenga doses bought for 2024"),
    ("d6-2_6m", D6, "about 2.6 million people", "2.6 million", "count", 2600000, 2600000, "people", R, "people coverable in 2024"),
    ("d6-twoeach", D6, "two doses each", "two", "count", 2, 2, "doses", O, "definitional"),
    ("d6-9m", D6, "another 9 million", "9 million", "count", 9000000, 9000000, "doses", R, "qdenga doses expected 2025"),
    ("d6-2025", D6, "9 million in 2025", "2025", "date", 2025, 2025, "year", O, "forecast year"),
    ("d6-price95", D6, "price of R$95", "R$95", "money", 95, 95, "BRL", R, "SUS price per qdenga dose"),
    ("d6-ask170", D6, "the R$170 Takeda", "R$170", "money", 170, 170, "BRL", R, "takeda's original asking price per dose"),
    ("d6-44", D6, "a cut of 44%", "44%", "percent", 44, 44, "%", R, "price cut"),
    ("d6-private", D6, "R$390 and R$490", None, "money", 390, 490, "BRL", R, "private price per dose (Brasília)"),
    ("d6-course", D6, "R$780 to R$980", None, "money", 780, 980, "BRL", R, "private price per two-dose course"),
    ("d6-twodose", D6, "full two-dose course", "two-dose", "count", 2, 2, "doses", O, "definitional"),
    ("d6-anvisa", D6, "March last year", None, "date", 2023, 2023, "year", R, "anvisa qdenga approval date"),
    ("d6-anvisa-ages", D6, "aged 4 to 60", "4 to 60", "age", 4, 60, "years", R, "anvisa approved ages"),
    ("d6-n", D6, "20,909", None, "count", 20909, 20909, "participants", R, "tides participants"),
    ("d6-twodoses", D6, "two\ndoses cut", "two\ndoses", "count", 2, 2, "doses", O, "definitional"),
    ("d6-hosp", D6, "61.2%", None, "percent", 61.2, 61.2, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d6-45", D6, "four and a half years", None, "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d6-lastweek", D6, "results last week", "last week", "date", 2024, 2024, "year", O, "butantan publication date"),
    ("d6-single", D6, "single-dose vaccine was", "single-dose", "count", N, N, "doses", O, "definitional"),
    ("d6-btve", D6, "89.5%", None, "percent", 89.5, 89.5, "%", R, "butantan-dv efficacy 2 years"),
    ("d6-2y", D6, "effective over two years", "two years", "duration", 2, 2, "years", O, "timepoint"),
    ("d6-lateryear", D6, "later this year", "this year", "date", 2024, 2024, "year", O, "filing plan (forecast)"),

    # ---------------- den07 fact-check (2024-04-12) ----------------
    ("d7-pub", D7, "April 12, 2024", None, "date", 2024, 2024, "year", O, "publication date (metadata)"),
    ("d7-post-thousands", D7, "harmed thousands of children", "thousands", "count", N, N, "children", O, "quoted post (vague)"),
    ("d7-post30", D7, "works 30% of the time", "30%", "percent", 30, 30, "%", O, "quoted post figure (false)"),
    ("d7-post1000", D7, "Over 1,000 people", "1,000", "count", 1000, 1000, "deaths", O, "quoted post figure"),
    ("d7-twovacc", D7, "confuses two different", "two", "count", 2, 2, "vaccines", O, "aside"),
    ("d7-twoprod", D7, "mixes up two products", "two", "count", 2, 2, "products", O, "aside"),
    ("d7-shares", D7, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", O, "aside"),
    ("d7-latemar", D7, "since late March", "late March", "date", 2024, 2024, "year", O, "aside"),
    ("d7-2016", D7, "In 2016 and 2017", "2016", "date", 2016, 2016, "year", O, "philippine dengvaxia campaign"),
    ("d7-2017", D7, "2016 and 2017 the", "2017", "date", 2017, 2017, "year", O, "philippine dengvaxia campaign"),
    ("d7-733k", D7, "733,000", None, "count", 733000, 733000, "children", R, "philippine children given dengvaxia"),
    ("d7-may2019", D7, "May 2019", None, "date", 2019, 2019, "year", R, "dengvaxia US approval"),
    ("d7-age916", D7, "aged 9 to 16", "9 to 16", "age", 9, 16, "years", R, "dengvaxia US approved ages"),
    ("d7-eff-for", D7, "voted 13-1", "13", "count", 13, 13, "votes", R, "VRBPAC effectiveness 9-16, for"),
    ("d7-eff-ag", D7, "-1 that", "1", "count", 1, 1, "votes", R, "VRBPAC effectiveness 9-16, against"),
    ("d7-saf-for", D7, "11-3 that", "11", "count", 11, 11, "votes", R, "VRBPAC safety 9-16, for"),
    ("d7-saf-ag", D7, "11-3 that", "3", "count", 3, 3, "votes", R, "VRBPAC safety 9-16, against"),
    ("d7-jul2023", D7, "July 2023", None, "date", 2023, 2023, "year", R, "takeda withdraws US application"),
    ("d7-post30b", D7, "The \"30%\" figure", "30%", "percent", 30, 30, "%", O, "quoted post figure (repeat)"),
    ("d7-ages", D7, "children aged 6 to 16", "6 to 16", "age", 6, 16, "years", R, "tides eligible ages"),
    ("d7-8c", D7, "in eight countries", "eight", "count", 8, 8, "countries", R, "tides countries"),
    ("d7-twodoses", D7, "two doses prevented", "two doses", "count", 2, 2, "doses", O, "definitional"),
    ("d7-ve12", D7, "80.2%", None, "percent", 80.2, 80.2, "%", R, "tak-003 VE first year"),
    ("d7-1y", D7, "in the first year", "first year", "duration", N, N, "years", O, "timepoint"),
    ("d7-ve", D7, "about 61%", "61%", "percent", 61, 61, "%", R, "tak-003 VE symptomatic 4.5y"),
    ("d7-45", D7, "four and a half years", None, "duration", 4.5, 4.5, "years", O, "timepoint"),
    ("d7-hosp", D7, "prevented 84%", "84%", "percent", 84, 84, "%", R, "tak-003 VE hospitalized 4.5y"),
    ("d7-single", D7, "A separate single-dose", "single-dose", "count", N, N, "doses", O, "definitional"),
    ("d7-btve", D7, "79.6%", None, "percent", 79.6, 79.6, "%", R, "butantan-dv efficacy 2 years"),
    ("d7-bt2y", D7, "efficacy over two years", "two years", "duration", 2, 2, "years", O, "timepoint"),
    ("d7-btn", D7, "16,235", None, "count", 16235, 16235, "participants", R, "butantan-dv phase 3 participants"),
    ("d7-btfeb", D7, "published in February", "February", "date", 2024, 2024, "year", O, "butantan publication date"),
    ("d7-brdeaths", D7, "1,020", None, "count", 1020, 1020, "deaths", R, "brazil dengue deaths first 13 weeks 2024"),
    ("d7-13wk", D7, "first 13 weeks", "13 weeks", "duration", 13, 13, "weeks", O, "as-of period"),
    ("d7-2024a", D7, "13 weeks of 2024", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d7-br23", D7, "the 1,179", "1,179", "count", 1179, 1179, "deaths", R, "brazil dengue deaths 2023"),
    ("d7-2023a", D7, "recorded in all of 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d7-feb9", D7, "February 9", None, "date", 2024, 2024, "year", R, "SUS vaccination start"),
    ("d7-age1014", D7, "aged 10 to 14", "10 to 14", "age", 10, 14, "years", R, "SUS eligible ages"),
    ("d7-am35", D7, "more than 3.5 million cases", "3.5 million", "count", 3500000, 3500000, "cases", R, "americas cases Q1 2024"),
    ("d7-am1000", D7, "over 1,000 deaths", "1,000", "count", 1000, 1000, "deaths", R, "americas deaths Q1 2024"),
    ("d7-3mo", D7, "first three months of 2024", "three months", "duration", 3, 3, "months", O, "as-of period"),
    ("d7-2024b", D7, "three months of 2024", "2024", "date", 2024, 2024, "year", O, "period label"),
    ("d7-3x", D7, "about three times", "three times", "ratio", 3, 3, "x", R, "americas Q1 2024 vs Q1 2023"),
    ("d7-lastyear", D7, "same period last year", "last year", "date", 2023, 2023, "year", O, "period label"),
    ("d7-cases23", D7, "4.3 million", None, "count", 4300000, 4300000, "cases", R, "americas dengue cases 2023"),
    ("d7-2023b", D7, "cases in all of 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d7-prlastmonth", D7, "epidemic last month", "last month", "date", 2024, 2024, "year", R, "puerto rico epidemic declaration date"),
    ("d7-pr549", D7, "recording 549", "549", "count", 549, 549, "cases", R, "puerto rico cases 2024 at declaration"),
    ("d7-pr2023n", D7, "1,293", None, "count", 1293, 1293, "cases", R, "puerto rico dengue cases in all of 2023"),
    ("d7-pr2023y", D7, "whole of 2023", "2023", "date", 2023, 2023, "year", O, "period label"),
    ("d7-140", D7, "140%", None, "percent", 140, 140, "%", R, "puerto rico increase vs same period 2023"),
    ("d7-post30c", D7, "and the \"30%\" efficacy", "30%", "percent", 30, 30, "%", O, "quoted post figure (repeat)"),
    ("d7-src", D7, "March 29, 2024", None, "date", 2024, 2024, "year", O, "source date (metadata)"),
]

STRICT = [
    # S1 WHO prequalification year
    ("d1-pqmay", "d5-pq"), ("d2-pq", "d5-pq"), ("d4-pq", "d5-pq"),
    # S2 TIDES randomized
    ("d2-n", "d6-n"), ("d3-n", "d6-n"), ("d5-n", "d6-n"),
    # S3 TAK-003 4.5-year VE vs symptomatic dengue
    ("d2-ve", "d4-ve"), ("d3-ve", "d4-ve"), ("d5-ve", "d4-ve"), ("d7-ve", "d4-ve"),
    # S4 TAK-003 4.5-year VE vs hospitalization
    ("d2-hosp", "d6-hosp"), ("d3-hosp", "d6-hosp"), ("d4-hosp", "d6-hosp"), ("d5-hosp", "d6-hosp"), ("d7-hosp", "d6-hosp"),
    # S5 Butantan-DV participants
    ("d3-btn", "d1-btn"), ("d4-btn", "d1-btn"), ("d5-btn", "d1-btn"), ("d7-btn", "d1-btn"),
    # S6 Butantan-DV 2-year efficacy
    ("d1-btve", "d6-btve"), ("d3-btve", "d6-btve"), ("d5-btve", "d6-btve"), ("d7-btve", "d6-btve"),
    # S7 Butantan-DV approved ages
    ("d5-btages", "d4-btages"),
    # S8 Puerto Rico epidemic declaration year
    ("d1-prmar", "d4-prmar"), ("d7-prlastmonth", "d4-prmar"),
    # S9 Puerto Rico 2023 cases
    ("d7-pr2023n", "d1-pr2023n"),
    # S10 Brazil 2023 deaths
    ("d1-br23", "d5-br23"), ("d7-br23", "d5-br23"),
    # S11 SUS price per dose
    ("d6-price95", "d5-price170"), ("d4-price95", "d5-price170"),
    # S12 Dengvaxia end of supply
    ("d1-aug2026", "d5-aug2025"), ("d4-aug2026", "d5-aug2025"),
    # S13 VRBPAC safety vote (9-16)
    ("d4-saf-for", "d7-saf-for"), ("d4-saf-ag", "d7-saf-ag"),
    # S14 TIDES ages
    ("d2-ages", "d7-ages"), ("d3-ages", "d7-ages"),
    # S15 Americas 2023 cases
    ("d1-cases23", "d7-cases23"), ("d3-cases23", "d7-cases23"),
]

QUALIFIED = [
    # Q1 Brazil 2024 cases: probable (ministry) vs all reported incl. suspected (WHO)
    ("d1-brcases", "d4-br10m"), ("d5-brcases", "d4-br10m"),
    # Q2 Brazil 2024 deaths: ministry Dec 7 / blogger's rounding vs WHO annual report
    ("d1-brdeaths", "d4-brdeaths"), ("d5-brdeaths", "d4-brdeaths"),
    # Q3 TIDES: received >=1 dose vs randomized
    ("d3-dosed", "d2-n"), ("d3-dosed", "d5-n"), ("d3-dosed", "d6-n"),
    # Q4 Qdenga doses for Brazil 2024: bought vs received (incl. extra supply)
    ("d6-doses52", "d1-doses65"),
    # Q5 first SUS age group: 10-14 (target) vs 10-11 (first phase)
    ("d1-age1014", "d6-age1011"),
]


def main():
    texts = {}
    for name in sorted(os.listdir(DOCS)):
        if name.endswith(".txt"):
            with open(os.path.join(DOCS, name), encoding="utf-8") as f:
                texts[name] = f.read()
    rows, ids, errors = [], set(), []
    for (cid, doc, search, span, kind, low, high, unit, req, topic) in CLAIMS:
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        text = texts[doc]
        n = text.count(search)
        if n != 1:
            errors.append(f"{cid}: search {search!r} occurs {n} times in {doc}")
            continue
        base = text.index(search)
        span = span if span is not None else search
        k = search.find(span)
        if k < 0:
            errors.append(f"{cid}: span {span!r} not in search {search!r}")
            continue
        start, end = base + k, base + k + len(span)
        if text[start:end] != span:
            errors.append(f"{cid}: slice mismatch")
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                     "kind": kind, "low": low, "high": high, "unit": unit, "required": req, "topic": topic})
    # overlapping spans within one doc are not allowed
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"overlap in {doc}: {a['id']} {b['id']}")
    docof = {r["id"]: r["doc"] for r in rows}
    byid = {r["id"]: r for r in rows}
    conf = []
    seen = set()
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            if a not in docof or b not in docof:
                errors.append(f"conflict with unknown id {a} {b}")
                continue
            if docof[a] == docof[b]:
                errors.append(f"same-doc conflict {a} {b}")
            if not (byid[a]["required"] and byid[b]["required"]):
                errors.append(f"conflict uses optional claim {a} {b}")
            key = frozenset((a, b))
            if key in seen:
                errors.append(f"duplicate conflict {a} {b}")
            seen.add(key)
            conf.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.makedirs(SELF, exist_ok=True)
    with open(os.path.join(SELF, "claims.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_id", "source", "start", "end", "value_low", "value_high", "text"])
        for r in rows:
            w.writerow([r["id"], r["doc"], r["start"], r["end"],
                        "" if r["low"] is None else r["low"], "" if r["high"] is None else r["high"], r["span"]])
    with open(os.path.join(SELF, "conflicts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_a", "claim_b", "grade"])
        for c in conf:
            w.writerow([c["a"], c["b"], c["grade"]])
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows) - nreq}); "
          f"conflicts {len(conf)} (strict {len(STRICT)}, qualified {len(QUALIFIED)})")
    for d in sorted(by_doc):
        print(f"  {d}: {len(by_doc[d])} claims")


if __name__ == "__main__":
    main()
