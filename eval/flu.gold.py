#!/usr/bin/env python3
"""Build flu.gold.jsonl from the seven articles in flu/.

Each claim is located by a context string that must occur exactly once in its
article; the span is the first occurrence of `span` inside that context.
Season labels such as "2024-25" / "2024–25" are added automatically as optional
date claims (except inside the reference list of flu03_report.txt, which is noise).
Every span is checked against the article slice before writing.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCDIR = HERE / "flu"
OUT = HERE / "flu.gold.jsonl"
TOPIC = "flu"

T = True
F = False
M = 1e6
THIRD = 33.333333

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
    # ---------------- flu01_wire.txt (2025-05-02, Friday) ----------------
    ("flu-01-may2", "flu01_wire.txt", "ATLANTA, May 2", "May 2", "date", 2025, 2025, "year", F, "dateline (publication)"),
    ("flu-01-216", "flu01_wire.txt", "killed 216 children", "216", "count", 216, 216, "deaths", T, "US pediatric flu deaths 2024-25 as of week ending Apr 26"),
    ("flu-01-fri", "flu01_wire.txt", "said on Friday", "Friday", "date", 2025, 2025, "year", F, "report date (as-of)"),
    ("flu-01-12", "flu01_wire.txt", "added twelve pediatric", "twelve", "count", 12, 12, "deaths", T, "pediatric deaths added this week"),
    ("flu-01-apr26", "flu01_wire.txt", "week ending April 26", "April 26", "date", 2025, 2025, "year", F, "as-of week"),
    ("flu-01-feb1", "flu01_wire.txt", "between Feb. 1 and April 19", "Feb. 1", "date", 2025, 2025, "year", F, "death window start"),
    ("flu-01-apr19", "flu01_wire.txt", "between Feb. 1 and April 19", "April 19", "date", 2025, 2025, "year", F, "death window end"),
    ("flu-01-ten", "flu01_wire.txt", "Ten of the newly", "Ten", "count", 10, 10, "deaths", T, "new deaths with influenza A"),
    ("flu-01-two", "flu01_wire.txt", "and two to influenza B", "two", "count", 2, 2, "deaths", T, "new deaths with influenza B"),
    ("flu-01-207", "flu01_wire.txt", "207 deaths", "207", "count", 207, 207, "deaths", T, "US pediatric flu deaths 2023-24 (previous non-pandemic record)"),
    ("flu-01-lastyr", "flu01_wire.txt", "set only last year", "last year", "date", 2024, 2024, "year", F, "when previous record was set"),
    ("flu-01-288", "flu01_wire.txt", "with 288 deaths", "288", "count", 288, 288, "deaths", T, "US pediatric flu deaths 2009-10 pandemic"),
    ("flu-01-2004", "flu01_wire.txt", "since 2004", "2004", "date", 2004, 2004, "year", T, "pediatric flu deaths notifiable since"),
    ("flu-01-winter", "flu01_wire.txt", "tally for this winter", "this winter", "date", 2024, 2025, "year", F, "quote, relative season"),
    ("flu-01-earlyfeb", "flu01_wire.txt", "peaked in early February", "early February", "date", 2025, 2025, "year", F, "activity peak timing"),
    ("flu-01-47m", "flu01_wire.txt", "at least 47 million illnesses", "47 million", "count", 47 * M, 47 * M, "illnesses", T, "US flu illnesses 2024-25 so far (late April, lower bound)"),
    ("flu-01-610k", "flu01_wire.txt", "610,000 hospitalizations", "610,000", "count", 610000, 610000, "hospitalizations", T, "US flu hospitalizations 2024-25 so far (late April, lower bound)"),
    ("flu-01-26k", "flu01_wire.txt", "26,000 deaths", "26,000", "count", 26000, 26000, "deaths", T, "US flu deaths 2024-25 so far (late April, lower bound)"),
    ("flu-01-127", "flu01_wire.txt", "127.4 per 100,000", "127.4 per 100,000", "rate", 127.4, 127.4, "per 100,000", T, "cumulative hospitalization rate, all ages, as of late April"),
    ("flu-01-u5", "flu01_wire.txt", "children younger than 5", "5", "age", 5, 5, "years", F, "age group label"),
    ("flu-01-103", "flu01_wire.txt", "103.6 per 100,000", "103.6 per 100,000", "rate", 103.6, 103.6, "per 100,000", T, "cumulative hosp rate age 0-4, late April"),
    ("flu-01-517", "flu01_wire.txt", "aged 5 to 17", "5 to 17", "age", 5, 17, "years", F, "age group label"),
    ("flu-01-398", "flu01_wire.txt", "39.8 per 100,000", "39.8 per 100,000", "rate", 39.8, 39.8, "per 100,000", T, "cumulative hosp rate age 5-17, late April"),
    ("flu-01-feb", "flu01_wire.txt", "In February the CDC", "February", "date", 2025, 2025, "year", T, "high-severity classification date"),
    ("flu-01-810k", "flu01_wire.txt", "810,000", "810,000", "count", 810000, 810000, "hospitalizations", T, "2017-18 US flu hospitalizations"),
    ("flu-01-61k", "flu01_wire.txt", "61,000", "61,000", "count", 61000, 61000, "deaths", T, "2017-18 US flu deaths"),
    ("flu-01-49", "flu01_wire.txt", "About 49%", "49%", "percent", 49, 49, "%", T, "US children vaccinated 2024-25 as of Apr 25"),
    ("flu-01-apr25", "flu01_wire.txt", "as of April 25", "April 25", "date", 2025, 2025, "year", F, "as-of date"),
    ("flu-01-6mo", "flu01_wire.txt", "everyone 6 months and older", "6 months", "age", 6, 6, "months", F, "recommendation age"),
    ("flu-01-latefeb", "flu01_wire.txt", "released in late February", "late February", "date", 2025, 2025, "year", F, "interim VE publication"),
    ("flu-01-2net", "flu01_wire.txt", "In two CDC-funded", "two", "count", 2, 2, "networks", F, "number of networks"),
    ("flu-01-ve63", "flu01_wire.txt", "by 63% and 87%", "63%", "percent", 63, 63, "%", T, "interim VE vs hospitalization, children, network 1"),
    ("flu-01-ve87", "flu01_wire.txt", "by 63% and 87%", "87%", "percent", 87, 87, "%", T, "interim VE vs hospitalization, children, network 2"),
    ("flu-01-ve41", "flu01_wire.txt", "by 41% and 55%", "41%", "percent", 41, 41, "%", T, "interim VE vs hospitalization, adults, network 1"),
    ("flu-01-ve55", "flu01_wire.txt", "by 41% and 55%", "55%", "percent", 55, 55, "%", T, "interim VE vs hospitalization, adults, network 2"),
    ("flu-01-2wk", "flu01_wire.txt", "roughly two weeks", "two weeks", "duration", 2, 2, "weeks", T, "time to protection"),
    ("flu-01-mar13", "flu01_wire.txt", "March 13", "March 13", "date", 2025, 2025, "year", T, "FDA advisory meeting date (cancelled)"),
    ("flu-01-nextfall", "flu01_wire.txt", "before next fall", "next fall", "date", 2025, 2025, "year", F, "relative date"),

    # ---------------- flu02_release.txt (2025-10-07) ----------------
    ("flu-02-pub", "flu02_release.txt", "October 7, 2025", "October 7, 2025", "date", 2025, 2025, "year", F, "publication"),
    ("flu-02-ili12", "flu02_release.txt", "almost 12%", "12%", "percent", 12, 12, "%", T, "Massachusetts ILI peak share of visits 2024-25"),
    ("flu-02-peakdt", "flu02_release.txt", "early February 2025", "early February 2025", "date", 2025, 2025, "year", F, "peak timing"),
    ("flu-02-midapr", "flu02_release.txt", "until mid-April", "mid-April", "date", 2025, 2025, "year", F, "end of epidemic period"),
    ("flu-02-441", "flu02_release.txt", "DPH recorded 441", "441", "count", 441, 441, "deaths", T, "Massachusetts flu deaths 2024-25 (all ages)"),
    ("flu-02-18", "flu02_release.txt", "ranged from 18,", "18", "count", 18, 18, "deaths", T, "Massachusetts flu deaths 2020-21"),
    ("flu-02-441b", "flu02_release.txt", "last season's 441", "441", "count", 441, 441, "deaths", F, "repeat"),
    ("flu-02-ten", "flu02_release.txt", "Ten of the people", "Ten", "count", 10, 10, "deaths", T, "Massachusetts pediatric flu deaths 2024-25"),
    ("flu-02-2009", "flu02_release.txt", "before the 2009", "2009", "date", 2009, 2009, "year", F, "pandemic year"),
    ("flu-02-seven", "flu02_release.txt", "Seven of those", "Seven", "count", 7, 7, "children", T, "MA pediatric deaths with preexisting condition"),
    ("flu-02-eight", "flu02_release.txt", "and eight had not", "eight", "count", 8, 8, "children", T, "MA pediatric deaths unvaccinated"),
    ("flu-02-2064", "flu02_release.txt", "adults 20 to\n64", "20 to\n64", "age", 20, 64, "years", F, "age group label"),
    ("flu-02-668", "flu02_release.txt", "66.8 per 100,000", "66.8 per 100,000", "rate", 66.8, 66.8, "per 100,000", T, "MA ED flu visit peak rate, adults 20-64"),
    ("flu-02-16x", "flu02_release.txt", "1.6 times", "1.6 times", "ratio", 1.6, 1.6, "times", T, "ED rate ratio 65-79 vs 20-64"),
    ("flu-02-6579", "flu02_release.txt", "adults 65 to 79", "65 to 79", "age", 65, 79, "years", F, "age group label"),
    ("flu-02-3x", "flu02_release.txt", "three times as high", "three times", "ratio", 3, 3, "times", T, "ED rate ratio 80+ vs 20-64"),
    ("flu-02-80", "flu02_release.txt", "those 80 and older", "80", "age", 80, 80, "years", F, "age group label"),
    ("flu-02-208", "flu02_release.txt", "counted 208", "208", "count", 208, 208, "deaths", T, "US pediatric flu deaths 2024-25 (season count, Oct 2025)"),
    ("flu-02-half", "flu02_release.txt", "fewer than half of children", "fewer than half", "percent", 50, 50, "%", T, "US children flu vaccination coverage 2024-25 (final; bound: below)"),
    ("flu-02-midapr25", "flu02_release.txt", "By mid-April 2025", "mid-April 2025", "date", 2025, 2025, "year", F, "as-of date"),
    ("flu-02-404", "flu02_release.txt", "40.4% of", "40.4%", "percent", 40.4, 40.4, "%", T, "Massachusetts residents vaccinated 2024-25 by mid-April"),
    ("flu-02-2wk", "flu02_release.txt", "about two weeks", "two weeks", "duration", 2, 2, "weeks", T, "time to protection"),
    ("flu-02-6mo", "flu02_release.txt", "everyone 6 months and older", "6 months", "age", 6, 6, "months", F, "recommendation age"),

    # ---------------- flu03_report.txt (2025-09-25) ----------------
    ("flu-03-pub", "flu03_report.txt", "September 25, 2025", "September 25, 2025", "date", 2025, 2025, "year", F, "publication"),
    ("flu-03-feb25", "flu03_report.txt", "In February 2025", "February 2025", "date", 2025, 2025, "year", T, "high-severity classification date"),
    ("flu-03-start", "flu03_report.txt", "September 29, 2024", "September 29, 2024", "date", 2024, 2024, "year", F, "surveillance window start"),
    ("flu-03-end", "flu03_report.txt", "September 13, 2025", "September 13, 2025", "date", 2025, 2025, "year", F, "surveillance window end"),
    ("flu-03-280", "flu03_report.txt", "2025, 280 influenza-associated", "280", "count", 280, 280, "deaths", T, "US pediatric flu deaths 2024-25 (through Sep 13, 2025)"),
    ("flu-03-2004", "flu03_report.txt", "notifiable in 2004", "2004", "date", 2004, 2004, "year", T, "pediatric flu deaths notifiable since"),
    ("flu-03-1271", "flu03_report.txt", "127.1 per 100,000 population", "127.1 per 100,000", "rate", 127.1, 127.1, "per 100,000", T, "cumulative hospitalization rate 2024-25, all ages (final FluSurv-NET)"),
    ("flu-03-6mo", "flu03_report.txt", "aged ≥6 months", "6 months", "age", 6, 6, "months", F, "recommendation age"),
    ("flu-03-18y", "flu03_report.txt", "aged <18 years", "18 years", "age", 18, 18, "years", F, "case definition age"),
    ("flu-03-300", "flu03_report.txt", "approximately 300", "300", "count", 300, 300, "hospitals", T, "FluSurv-NET hospitals"),
    ("flu-03-14", "flu03_report.txt", "in 14 states", "14", "count", 14, 14, "states", T, "FluSurv-NET states"),
    ("flu-03-9pct", "flu03_report.txt", "about 9%", "9%", "percent", 9, 9, "%", T, "FluSurv-NET population coverage"),
    ("flu-03-oct1", "flu03_report.txt", "October 1, 2024", "October 1, 2024", "date", 2024, 2024, "year", F, "hospitalization window start"),
    ("flu-03-apr30", "flu03_report.txt", "April 30, 2025", "April 30, 2025", "date", 2025, 2025, "year", F, "hospitalization window end"),
    ("flu-03-sep2", "flu03_report.txt", "September 2, 2025", "September 2, 2025", "date", 2025, 2025, "year", F, "data as-of date"),
    ("flu-03-280b", "flu03_report.txt", "A total of 280", "280", "count", 280, 280, "deaths", F, "repeat"),
    ("flu-03-N280", "flu03_report.txt", "(N = 280)", "N = 280", "count", 280, 280, "deaths", F, "repeat (N =)"),
    ("flu-03-rate", "flu03_report.txt", "3.8 per 1 million", "3.8 per 1 million", "rate", 3.8, 3.8, "per 1 million", T, "pediatric flu mortality rate 2024-25"),
    ("flu-03-rateci", "flu03_report.txt", "3.4–4.3", "3.4–4.3", "rate", 3.4, 4.3, "per 1 million", T, "95% CI of mortality rate"),
    ("flu-03-7y", "flu03_report.txt", "death was 7 years", "7 years", "age", 7, 7, "years", T, "median age at death"),
    ("flu-03-61", "flu03_report.txt", "61% of decedents", "61%", "percent", 61, 61, "%", T, "deaths under 9 years"),
    ("flu-03-9y", "flu03_report.txt", "younger than 9 years", "9 years", "age", 9, 9, "years", F, "age threshold"),
    ("flu-03-6mob", "flu03_report.txt", "infants aged <6 months", "6 months", "age", 6, 6, "months", F, "age group label"),
    ("flu-03-111", "flu03_report.txt", "11.1 per 1 million", "11.1 per 1 million", "rate", 11.1, 11.1, "per 1 million", T, "mortality rate infants <6 months"),
    ("flu-03-45", "flu03_report.txt", "4.5 versus", "4.5", "rate", 4.5, 4.5, "per 1 million", T, "mortality rate girls"),
    ("flu-03-31", "flu03_report.txt", "3.1 per 1 million", "3.1 per 1 million", "rate", 3.1, 3.1, "per 1 million", T, "mortality rate boys"),
    ("flu-03-rr", "flu03_report.txt", "rate ratio = 1.45", "1.45", "ratio", 1.45, 1.45, "ratio", T, "girls vs boys rate ratio (computed)"),
    ("flu-03-rrci", "flu03_report.txt", "1.14–1.84", "1.14–1.84", "ratio", 1.14, 1.84, "ratio", T, "95% CI of rate ratio"),
    ("flu-03-p", "flu03_report.txt", "p = 0.002", "0.002", "pvalue", 0.002, 0.002, "p", F, "p value"),
    ("flu-03-58", "flu03_report.txt", "5.8 per 1 million", "5.8 per 1 million", "rate", 5.8, 5.8, "per 1 million", T, "mortality rate Black children"),
    ("flu-03-240", "flu03_report.txt", "in 240 deaths", "240", "count", 240, 240, "deaths", T, "deaths with influenza A"),
    ("flu-03-n240", "flu03_report.txt", "n=240", "n=240", "count", 240, 240, "deaths", F, "repeat (n=)"),
    ("flu-03-86", "flu03_report.txt", "86%", "86%", "percent", 86, 86, "%", T, "share influenza A"),
    ("flu-03-38", "flu03_report.txt", "in 38 (14%)", "38", "count", 38, 38, "deaths", T, "deaths with influenza B"),
    ("flu-03-14pct", "flu03_report.txt", "in 38 (14%)", "14%", "percent", 14, 14, "%", T, "share influenza B"),
    ("flu-03-169", "flu03_report.txt", "Among 169", "169", "count", 169, 169, "viruses", T, "subtyped influenza A"),
    ("flu-03-95", "flu03_report.txt", "95 (56%)", "95", "count", 95, 95, "deaths", T, "A(H1N1)pdm09 deaths"),
    ("flu-03-56h1", "flu03_report.txt", "95 (56%)", "56%", "percent", 56, 56, "%", T, "share A(H1N1)pdm09"),
    ("flu-03-73", "flu03_report.txt", "73 (43%)", "73", "count", 73, 73, "deaths", T, "A(H3N2) deaths"),
    ("flu-03-43", "flu03_report.txt", "73 (43%)", "43%", "percent", 43, 43, "%", T, "share A(H3N2)"),
    ("flu-03-56uc", "flu03_report.txt", "56% had at least", "56%", "percent", 56, 56, "%", T, "pediatric deaths with underlying condition"),
    ("flu-03-atl1", "flu03_report.txt", "56% had at least one", "at least one", "count", 1, 1, "conditions", F, "definitional threshold"),
    ("flu-03-89", "flu03_report.txt", "89% were not", "89%", "percent", 89, 89, "%", T, "vaccine-eligible pediatric deaths not fully vaccinated"),
    ("flu-03-50", "flu03_report.txt", "documented in 50%", "50%", "percent", 50, 50, "%", T, "shock/sepsis among pediatric deaths"),
    ("flu-03-38pct", "flu03_report.txt", "pneumonia in 38%", "38%", "percent", 38, 38, "%", T, "pneumonia among pediatric deaths"),
    ("flu-03-28", "flu03_report.txt", "syndrome in 28%", "28%", "percent", 28, 28, "%", T, "ARDS among pediatric deaths"),
    ("flu-03-40", "flu03_report.txt", "only 40% received", "40%", "percent", 40, 40, "%", T, "antiviral treatment among pediatric deaths"),
    ("flu-03-4d", "flu03_report.txt", "4 days", "4 days", "duration", 4, 4, "days", T, "median onset-to-death interval"),
    ("flu-03-109", "flu03_report.txt", "describes 109 children", "109", "count", 109, 109, "children", T, "children with influenza-associated encephalopathy"),
    ("flu-03-n38960", "flu03_report.txt", "n = 38,960", "n = 38,960", "count", 38960, 38960, "hospitalizations", T, "FluSurv-NET hospitalizations 2024-25"),
    ("flu-03-1271b", "flu03_report.txt", "cumulative rate was 127.1 per 100,000", "127.1 per 100,000", "rate", 127.1, 127.1, "per 100,000", F, "repeat"),
    ("flu-03-135", "flu03_report.txt", "13.5 per 100,000", "13.5 per 100,000", "rate", 13.5, 13.5, "per 100,000", T, "peak weekly hospitalization rate 2024-25 (final)"),
    ("flu-03-earlyfeb", "flu03_report.txt", "in early February", "early February", "date", 2025, 2025, "year", F, "peak week timing"),
    ("flu-03-1828", "flu03_report.txt", "1.8–2.8 times", "1.8–2.8 times", "ratio", 1.8, 2.8, "times", T, "rates vs historical medians"),
    ("flu-03-393", "flu03_report.txt", "39.3 per 100,000", "39.3 per 100,000", "rate", 39.3, 39.3, "per 100,000", T, "cumulative hosp rate age 5-17 (final)"),
    ("flu-03-517a", "flu03_report.txt", "among persons aged 5–17 years", "5–17", "age", 5, 17, "years", F, "age group label"),
    ("flu-03-5988", "flu03_report.txt", "598.8", "598.8", "rate", 598.8, 598.8, "per 100,000", T, "cumulative hosp rate age 75+"),
    ("flu-03-75", "flu03_report.txt", "aged ≥75 years", "75 years", "age", 75, 75, "years", F, "age group label"),
    ("flu-03-n10269", "flu03_report.txt", "n = 10,269", "n = 10,269", "count", 10269, 10269, "patients", T, "clinical sample size"),
    ("flu-03-891", "flu03_report.txt", "89.1%", "89.1%", "percent", 89.1, 89.1, "%", T, "hospitalized with underlying condition"),
    ("flu-03-1ormore", "flu03_report.txt", "had one or more", "one or more", "count", 1, 1, "conditions", F, "definitional threshold"),
    ("flu-03-168", "flu03_report.txt", "16.8%", "16.8%", "percent", 16.8, 16.8, "%", T, "ICU admission"),
    ("flu-03-61pct", "flu03_report.txt", "6.1%", "6.1%", "percent", 6.1, 6.1, "%", T, "invasive mechanical ventilation"),
    ("flu-03-30", "flu03_report.txt", "3.0%", "3.0%", "percent", 3.0, 3.0, "%", T, "in-hospital death"),
    ("flu-03-324", "flu03_report.txt", "32.4%", "32.4%", "percent", 32.4, 32.4, "%", T, "hospitalized patients vaccinated"),
    ("flu-03-848", "flu03_report.txt", "84.8%", "84.8%", "percent", 84.8, 84.8, "%", T, "hospitalized patients given antivirals"),
    ("flu-03-616", "flu03_report.txt", "61.6%", "61.6%", "percent", 61.6, 61.6, "%", T, "antivirals, hospitalized 5-17"),
    ("flu-03-517b", "flu03_report.txt", "patients aged 5–17 years", "5–17", "age", 5, 17, "years", F, "age group label"),
    ("flu-03-diff", "flu03_report.txt", "−23.2 percentage points", "−23.2 percentage points", "percent", -23.2, -23.2, "percentage points", T, "antiviral difference 5-17 vs all"),
    ("flu-03-280c", "flu03_report.txt", "The 280 pediatric", "280", "count", 280, 280, "deaths", F, "repeat"),
    ("flu-03-207", "flu03_report.txt", "high of 207", "207", "count", 207, 207, "deaths", T, "US pediatric flu deaths 2023-24"),
    ("flu-03-288", "flu03_report.txt", "the 288 deaths", "288", "count", 288, 288, "deaths", T, "US pediatric flu deaths 2009-10"),
    ("flu-03-470676", "flu03_report.txt", "470,676", "470,676", "count", 470676, 470676, "hospitalizations", T, "US flu hospitalizations 2023-24 estimate"),
    ("flu-03-hui", "flu03_report.txt", "381,564–780,401", "381,564–780,401", "count", 381564, 780401, "hospitalizations", T, "95% UI 2023-24 hospitalizations"),
    ("flu-03-27965", "flu03_report.txt", "27,965", "27,965", "count", 27965, 27965, "deaths", T, "US flu deaths 2023-24 estimate"),
    ("flu-03-dui", "flu03_report.txt", "21,640–53,527", "21,640–53,527", "count", 21640, 53527, "deaths", T, "95% UI 2023-24 deaths"),
    ("flu-03-ve63", "flu03_report.txt", "by 63% and 78%", "63%", "percent", 63, 63, "%", T, "interim VE vs hospitalization, children, network 1"),
    ("flu-03-ve78", "flu03_report.txt", "by 63% and 78%", "78%", "percent", 78, 78, "%", T, "interim VE vs hospitalization, children, network 2"),
    ("flu-03-ve41", "flu03_report.txt", "by 41% and 55%", "41%", "percent", 41, 41, "%", T, "interim VE vs hospitalization, adults, network 1"),
    ("flu-03-ve55", "flu03_report.txt", "by 41% and 55%", "55%", "percent", 55, 55, "%", T, "interim VE vs hospitalization, adults, network 2"),
    ("flu-03-2net", "flu03_report.txt", "in two networks each", "two", "count", 2, 2, "networks", F, "number of networks"),

    # ---------------- flu04_explainer.txt (2025-10-15) ----------------
    ("flu-04-lastwinter", "flu04_explainer.txt", "what last winter's", "last winter", "date", 2024, 2025, "year", F, "relative season (title)"),
    ("flu-04-pub", "flu04_explainer.txt", "October 15, 2025", "October 15, 2025", "date", 2025, 2025, "year", F, "publication"),
    ("flu-04-decade", "flu04_explainer.txt", "more than a decade", "a decade", "duration", 10, 10, "years", F, "vague comparison"),
    ("flu-04-82m", "flu04_explainer.txt", "up to 82 million", "82 million", "count", 82 * M, 82 * M, "illnesses", T, "US flu illnesses 2024-25 (upper bound)"),
    ("flu-04-13m", "flu04_explainer.txt", "as many as 1.3 million", "1.3 million", "count", 1.3 * M, 1.3 * M, "hospitalizations", T, "US flu hospitalizations 2024-25 (upper bound)"),
    ("flu-04-781", "flu04_explainer.txt", "78.1 per 100,000", "78.1 per 100,000", "rate", 78.1, 78.1, "per 100,000", T, "cumulative hospitalization rate 2024-25 'by season's end' (really the week-6 preliminary)"),
    ("flu-04-41m", "flu04_explainer.txt", "41 million", "41 million", "count", 41 * M, 41 * M, "illnesses", T, "2017-18 US flu illnesses (final)"),
    ("flu-04-52k", "flu04_explainer.txt", "52,000", "52,000", "count", 52000, 52000, "deaths", T, "2017-18 US flu deaths (final)"),
    ("flu-04-280", "flu04_explainer.txt", "counted 280", "280", "count", 280, 280, "deaths", T, "US pediatric flu deaths 2024-25"),
    ("flu-04-9in10", "flu04_explainer.txt", "nine in ten", "nine in ten", "percent", 90, 90, "%", T, "vaccine-eligible pediatric deaths not fully vaccinated"),
    ("flu-04-56", "flu04_explainer.txt", "56%", "56%", "percent", 56, 56, "%", T, "pediatric deaths with underlying condition"),
    ("flu-04-atl1", "flu04_explainer.txt", "at least one underlying", "at least one", "count", 1, 1, "conditions", F, "definitional threshold"),
    ("flu-04-44", "flu04_explainer.txt", "44%", "44%", "percent", 44, 44, "%", T, "pediatric deaths previously healthy"),
    ("flu-04-404", "flu04_explainer.txt", "40.4%", "40.4%", "percent", 40.4, 40.4, "%", T, "US adults vaccinated 2024-25"),
    ("flu-04-half", "flu04_explainer.txt", "about half of children", "about half", "percent", 50, 50, "%", T, "US children vaccinated 2024-25"),
    ("flu-04-1in3", "flu04_explainer.txt", "one in three", "one in three", "percent", THIRD, THIRD, "%", T, "hospitalized flu patients vaccinated"),
    ("flu-04-feb", "flu04_explainer.txt", "released in February", "February", "date", 2025, 2025, "year", F, "interim VE publication"),
    ("flu-04-vehosp", "flu04_explainer.txt", "41% to 55%", "41% to 55%", "percent", 41, 55, "%", T, "interim VE vs hospitalization, adults"),
    ("flu-04-veop", "flu04_explainer.txt", "36% to 54%", "36% to 54%", "percent", 36, 54, "%", T, "interim VE vs outpatient, adults"),
    ("flu-04-65a", "flu04_explainer.txt", "For adults 65 and older", "65", "age", 65, 65, "years", F, "age group label"),
    ("flu-04-38", "flu04_explainer.txt", "38% and 57%", "38%", "percent", 38, 38, "%", T, "interim VE vs hospitalization, 65+, network 1"),
    ("flu-04-57", "flu04_explainer.txt", "38% and 57%", "57%", "percent", 57, 57, "%", T, "interim VE vs hospitalization, 65+, network 2"),
    ("flu-04-sepoct", "flu04_explainer.txt", "September or October", "September or October", "date", 2025, 2025, "year", F, "recommended timing"),
    ("flu-04-2wk", "flu04_explainer.txt", "about two weeks", "two weeks", "duration", 2, 2, "weeks", T, "time to protection"),
    ("flu-04-1dose", "flu04_explainer.txt", "need one dose", "one dose", "count", 1, 1, "doses", F, "definitional"),
    ("flu-04-u9", "flu04_explainer.txt", "Children younger than 9", "9", "age", 9, 9, "years", F, "age threshold for two doses"),
    ("flu-04-1doseb", "flu04_explainer.txt", "only one dose before", "one dose", "count", 1, 1, "doses", F, "definitional"),
    ("flu-04-2dose", "flu04_explainer.txt", "need two doses", "two doses", "count", 2, 2, "doses", F, "definitional"),
    ("flu-04-4wk", "flu04_explainer.txt", "four weeks apart", "four weeks", "duration", 4, 4, "weeks", F, "dose interval (definitional)"),
    ("flu-04-48h", "flu04_explainer.txt", "48 hours", "48 hours", "duration", 48, 48, "hours", T, "antiviral window"),
    ("flu-04-65b", "flu04_explainer.txt", "Adults 65 and older, children", "65", "age", 65, 65, "years", F, "age group label"),
    ("flu-04-u5", "flu04_explainer.txt", "children younger than 5", "5", "age", 5, 5, "years", F, "age group label"),
    ("flu-04-u2", "flu04_explainer.txt", "those younger than 2", "2", "age", 2, 2, "years", F, "age group label"),

    # ---------------- flu05_blog.txt (2025-03-03) ----------------
    ("flu-05-pub", "flu05_blog.txt", "March 3, 2025", "March 3, 2025", "date", 2025, 2025, "year", F, "publication"),
    ("flu-05-latejan", "flu05_blog.txt", "in late January", "late January", "date", 2025, 2025, "year", F, "caption date"),
    ("flu-05-winter", "flu05_blog.txt", "flu this winter", "this winter", "date", 2024, 2025, "year", F, "relative season"),
    ("flu-05-feb1a", "flu05_blog.txt", "In the week ending Feb. 1", "Feb. 1", "date", 2025, 2025, "year", F, "as-of week"),
    ("flu-05-78pct", "flu05_blog.txt", "7.8%", "7.8%", "percent", 7.8, 7.8, "%", T, "US outpatient visits for respiratory illness, week ending Feb 1"),
    ("flu-05-49k", "flu05_blog.txt", "Nearly 49,000", "49,000", "count", 49000, 49000, "admissions", T, "weekly US flu hospital admissions, week ending Feb 1"),
    ("flu-05-feb14", "flu05_blog.txt", "Feb. 14 update", "Feb. 14", "date", 2025, 2025, "year", F, "as-of update"),
    ("flu-05-29m", "flu05_blog.txt", "29 million", "29 million", "count", 29 * M, 29 * M, "illnesses", T, "US flu illnesses so far, as of Feb 14 update"),
    ("flu-05-370k", "flu05_blog.txt", "370,000", "370,000", "count", 370000, 370000, "hospitalizations", T, "US flu hospitalizations so far, Feb 14"),
    ("flu-05-16k", "flu05_blog.txt", "16,000", "16,000", "count", 16000, 16000, "deaths", T, "US flu deaths so far, Feb 14"),
    ("flu-05-781", "flu05_blog.txt", "78.1 per 100,000", "78.1 per 100,000", "rate", 78.1, 78.1, "per 100,000", T, "cumulative hosp rate as of Feb 14 update"),
    ("flu-05-128", "flu05_blog.txt", "12.8 per 100,000", "12.8 per 100,000", "rate", 12.8, 12.8, "per 100,000", T, "peak weekly hosp rate (week ending Feb 1), in-season data"),
    ("flu-05-feb1b", "flu05_blog.txt", "in the week ending Feb. 1, the highest", "Feb. 1", "date", 2025, 2025, "year", F, "peak week"),
    ("flu-05-65", "flu05_blog.txt", "Adults 65 and older", "65", "age", 65, 65, "years", F, "age group label"),
    ("flu-05-2411", "flu05_blog.txt", "241.1 per 100,000", "241.1 per 100,000", "rate", 241.1, 241.1, "per 100,000", T, "cumulative hosp rate 65+, Feb 14"),
    ("flu-05-u5a", "flu05_blog.txt", "kids younger than 5", "5", "age", 5, 5, "years", F, "age group label"),
    ("flu-05-664", "flu05_blog.txt", "66.4", "66.4", "rate", 66.4, 66.4, "per 100,000", T, "cumulative hosp rate 0-4, Feb 14"),
    ("flu-05-517", "flu05_blog.txt", "5 to 17", "5 to 17", "age", 5, 17, "years", F, "age group label"),
    ("flu-05-234", "flu05_blog.txt", "23.4", "23.4", "rate", 23.4, 23.4, "per 100,000", T, "cumulative hosp rate 5-17, Feb 14"),
    ("flu-05-24bed", "flu05_blog.txt", "24-bed", "24", "count", 24, 24, "beds", F, "aside"),
    ("flu-05-68", "flu05_blog.txt", "68 children", "68", "count", 68, 68, "deaths", T, "US pediatric flu deaths as of Feb 14 update"),
    ("flu-05-187", "flu05_blog.txt", "187", "187", "count", 187, 187, "deaths", T, "US pediatric flu deaths 2023-24 (previous record)"),
    ("flu-05-lastthu", "flu05_blog.txt", "Last Thursday", "Last Thursday", "date", 2025, 2025, "year", T, "interim VE publication date"),
    ("flu-05-ve3260", "flu05_blog.txt", "32% to 60%", "32% to 60%", "percent", 32, 60, "%", T, "interim VE vs hospitalization, children (as stated)"),
    ("flu-05-ve41", "flu05_blog.txt", "by 41% and 55%", "41%", "percent", 41, 41, "%", T, "interim VE vs hospitalization, adults, network 1"),
    ("flu-05-ve55", "flu05_blog.txt", "by 41% and 55%", "55%", "percent", 55, 55, "%", T, "interim VE vs hospitalization, adults, network 2"),
    ("flu-05-2net", "flu05_blog.txt", "in two networks", "two", "count", 2, 2, "networks", F, "number of networks"),
    ("flu-05-jan25", "flu05_blog.txt", "As of Jan. 25", "Jan. 25", "date", 2025, 2025, "year", F, "as-of date"),
    ("flu-05-445", "flu05_blog.txt", "44.5%", "44.5%", "percent", 44.5, 44.5, "%", T, "US children vaccinated 2024-25 as of Jan 25"),
    ("flu-05-491", "flu05_blog.txt", "49.1%", "49.1%", "percent", 49.1, 49.1, "%", T, "US children vaccinated 2023-24 at same point"),
    ("flu-05-lastyr", "flu05_blog.txt", "same point last year", "last year", "date", 2024, 2024, "year", F, "relative date"),
    ("flu-05-u5b", "flu05_blog.txt", "under 5", "5", "age", 5, 5, "years", F, "age group label"),
    ("flu-05-2d", "flu05_blog.txt", "first two days", "two days", "duration", 2, 2, "days", T, "antiviral window"),
    ("flu-05-12k", "flu05_blog.txt", "12,000", "12,000", "count", 12000, 12000, "subscribers", F, "newsletter furniture"),
    ("flu-05-1yr", "flu05_blog.txt", "one year in", "one year", "duration", 1, 1, "years", F, "related-link title"),

    # ---------------- flu06_local.txt (2026-01-10) ----------------
    ("flu-06-fifth", "flu06_local.txt", "Fifth Massachusetts", "Fifth", "count", 5, 5, "deaths", F, "headline ordinal (count implied)"),
    ("flu-06-pub", "flu06_local.txt", "Jan. 10, 2026", "Jan. 10, 2026", "date", 2026, 2026, "year", F, "publication"),
    ("flu-06-five", "flu06_local.txt", "Five children", "Five", "count", 5, 5, "deaths", T, "MA pediatric flu deaths 2025-26 so far"),
    ("flu-06-fri1", "flu06_local.txt", "said Friday", "Friday", "date", 2026, 2026, "year", F, "as-of date"),
    ("flu-06-two", "flu06_local.txt", "At least two", "two", "count", 2, 2, "deaths", T, "Boston pediatric deaths under 2"),
    ("flu-06-u2", "flu06_local.txt", "younger than 2", "2", "age", 2, 2, "years", F, "age group label"),
    ("flu-06-2013", "flu06_local.txt", "since 2013", "2013", "date", 2013, 2013, "year", T, "last Boston pediatric flu death before"),
    ("flu-06-107", "flu06_local.txt", "107", "107", "count", 107, 107, "deaths", T, "MA adult flu deaths 2025-26 so far"),
    ("flu-06-45", "flu06_local.txt", "Forty-five", "Forty-five", "count", 45, 45, "deaths", T, "MA adult flu deaths week Dec 28-Jan 3"),
    ("flu-06-wk", "flu06_local.txt", "Dec. 28 to Jan. 3", "Dec. 28 to Jan. 3", "date", 2025, 2026, "year", F, "week"),
    ("flu-06-aug", "flu06_local.txt", "reported in August", "August", "date", 2025, 2025, "year", T, "first MA flu death of 2025-26 season"),
    ("flu-06-octmay", "flu06_local.txt", "October through May", "October through May", "date", None, None, "year", F, "typical season months (generic)"),
    ("flu-06-2wk", "flu06_local.txt", "two straight weeks", "two straight weeks", "duration", 2, 2, "weeks", F, "trend length"),
    ("flu-06-fri2", "flu06_local.txt", "posted Friday", "Friday", "date", 2026, 2026, "year", F, "as-of date"),
    ("flu-06-32", "flu06_local.txt", "32 children", "32", "count", 32, 32, "deaths", T, "US pediatric flu deaths 2025-26 so far"),
    ("flu-06-9300", "flu06_local.txt", "9,300", "9,300", "count", 9300, 9300, "deaths", T, "US adult flu deaths 2025-26 so far (estimate)"),
    ("flu-06-lastwinter", "flu06_local.txt", "last winter is", "last winter", "date", 2024, 2025, "year", F, "relative season"),
    ("flu-06-470", "flu06_local.txt", "show 470 flu-related", "470", "count", 470, 470, "deaths", T, "Massachusetts flu deaths 2024-25 (all ages)"),
    ("flu-06-251", "flu06_local.txt", "251", "251", "count", 251, 251, "deaths", T, "Massachusetts flu deaths 2023-24"),
    ("flu-06-10", "flu06_local.txt", "and 10 children died", "10", "count", 10, 10, "deaths", T, "Massachusetts pediatric flu deaths 2024-25"),
    ("flu-06-2009", "flu06_local.txt", "the 2009 H1N1", "2009", "date", 2009, 2009, "year", F, "pandemic year"),
    ("flu-06-40m", "flu06_local.txt", "40 million", "40 million", "count", 40 * M, 40 * M, "illnesses", T, "US flu illnesses 'last season' (2024-25 as stated)"),
    ("flu-06-470k", "flu06_local.txt", "470,000", "470,000", "count", 470000, 470000, "hospitalizations", T, "US flu hospitalizations 'last season' (2024-25 as stated)"),
    ("flu-06-28k", "flu06_local.txt", "about 28,000", "28,000", "count", 28000, 28000, "deaths", T, "US flu deaths 'last season' (2024-25 as stated)"),
    ("flu-06-555", "flu06_local.txt", "55.5%", "55.5%", "percent", 55.5, 55.5, "%", T, "US children vaccinated 'last season' (2024-25 as stated)"),
    ("flu-06-lastfeb", "flu06_local.txt", "last February", "last February", "date", 2025, 2025, "year", F, "quote, anecdote"),
    ("flu-06-2d", "flu06_local.txt", "within two days", "two days", "duration", 2, 2, "days", T, "antiviral window"),
    ("flu-06-jan17", "flu06_local.txt", "Saturday, Jan. 17", "Saturday, Jan. 17", "date", 2026, 2026, "year", F, "clinic date"),
    ("flu-06-6mo", "flu06_local.txt", "children 6 months and older", "6 months", "age", 6, 6, "months", F, "eligibility age"),

    # ---------------- flu07_factcheck.txt (2025-10-22) ----------------
    ("flu-07-h130k", "flu07_factcheck.txt", "did not kill 130,000", "130,000", "count", 130000, 130000, "deaths", F, "headline, negated figure from post"),
    ("flu-07-hlw", "flu07_factcheck.txt", "130,000 Americans last winter, and", "last winter", "date", 2024, 2025, "year", F, "relative season (headline)"),
    ("flu-07-h10", "flu07_factcheck.txt", "far better than 10%", "10%", "percent", 10, 10, "%", F, "headline, figure from post"),
    ("flu-07-pub", "flu07_factcheck.txt", "October 22, 2025", "October 22, 2025", "date", 2025, 2025, "year", F, "publication"),
    ("flu-07-c130k", "flu07_factcheck.txt", "killed 130,000", "130,000", "count", 130000, 130000, "deaths", F, "claim quoted from false post"),
    ("flu-07-clw", "flu07_factcheck.txt", "Americans last winter and", "last winter", "date", 2024, 2025, "year", F, "claim quote"),
    ("flu-07-c10", "flu07_factcheck.txt", "only worked 10%", "10%", "percent", 10, 10, "%", F, "claim quoted from false post"),
    ("flu-07-v130k", "flu07_factcheck.txt", "The 130,000 figure", "130,000", "count", 130000, 130000, "deaths", F, "verdict, refers to post figure"),
    ("flu-07-v10", "flu07_factcheck.txt", "higher than 10%.", "10%", "percent", 10, 10, "%", F, "verdict, refers to post figure"),
    ("flu-07-earlyoct", "flu07_factcheck.txt", "early October", "early October", "date", 2025, 2025, "year", F, "post date"),
    ("flu-07-40k", "flu07_factcheck.txt", "40,000", "40,000", "count", 40000, 40000, "shares", F, "post shares (metadata)"),
    ("flu-07-oct20", "flu07_factcheck.txt", "times by Oct. 20", "Oct. 20", "date", 2025, 2025, "year", F, "as-of date"),
    ("flu-07-deaths", "flu07_factcheck.txt", "27,000 to 130,000", "27,000 to 130,000", "count", 27000, 130000, "deaths", T, "US flu deaths 2024-25 preliminary range"),
    ("flu-07-ill", "flu07_factcheck.txt", "47 million to 82 million", "47 million to 82 million", "count", 47 * M, 82 * M, "illnesses", T, "US flu illnesses 2024-25 preliminary range"),
    ("flu-07-visits", "flu07_factcheck.txt", "21 million to 37 million", "21 million to 37 million", "count", 21 * M, 37 * M, "medical visits", T, "US flu medical visits 2024-25 preliminary range"),
    ("flu-07-hosp", "flu07_factcheck.txt", "610,000 to 1.3 million", "610,000 to 1.3 million", "count", 610000, 1.3 * M, "hospitalizations", T, "US flu hospitalizations 2024-25 preliminary range"),
    ("flu-07-1271", "flu07_factcheck.txt", "127.1 per 100,000", "127.1 per 100,000", "rate", 127.1, 127.1, "per 100,000", T, "cumulative hosp rate 2024-25 (final)"),
    ("flu-07-sep11a", "flu07_factcheck.txt", "published Sept. 11", "Sept. 11", "date", 2025, 2025, "year", F, "source publication date"),
    ("flu-07-52k", "flu07_factcheck.txt", "about 52,000", "52,000", "count", 52000, 52000, "deaths", T, "2017-18 US flu deaths (final)"),
    ("flu-07-89", "flu07_factcheck.txt", "89%", "89%", "percent", 89, 89, "%", T, "vaccine-eligible pediatric deaths not fully vaccinated"),
    ("flu-07-10claim", "flu07_factcheck.txt", "The 10% claim", "10%", "percent", 10, 10, "%", F, "refers to post figure"),
    ("flu-07-feb27", "flu07_factcheck.txt", "published Feb. 27", "Feb. 27", "date", 2025, 2025, "year", F, "source publication date"),
    ("flu-07-vekidhosp", "flu07_factcheck.txt", "63% to 78%", "63% to 78%", "percent", 63, 78, "%", T, "interim VE vs hospitalization, children"),
    ("flu-07-veadhosp", "flu07_factcheck.txt", "41% to 55%", "41% to 55%", "percent", 41, 55, "%", T, "interim VE vs hospitalization, adults"),
    ("flu-07-vekidop", "flu07_factcheck.txt", "32% to 60%", "32% to 60%", "percent", 32, 60, "%", T, "interim VE vs outpatient, children"),
    ("flu-07-veadop", "flu07_factcheck.txt", "36% to 54%", "36% to 54%", "percent", 36, 54, "%", T, "interim VE vs outpatient, adults"),
    ("flu-07-q10", "flu07_factcheck.txt", "only 10% effective", "10%", "percent", 10, 10, "%", F, "quoted hypothetical"),
    ("flu-07-324", "flu07_factcheck.txt", "32.4%", "32.4%", "percent", 32.4, 32.4, "%", T, "hospitalized flu patients vaccinated"),
    ("flu-07-sep11b", "flu07_factcheck.txt", "the Sept. 11 report", "Sept. 11", "date", 2025, 2025, "year", F, "source publication date"),
    ("flu-07-502", "flu07_factcheck.txt", "50.2%", "50.2%", "percent", 50.2, 50.2, "%", T, "US children vaccinated 2024-25 (final)"),
    ("flu-07-u18", "flu07_factcheck.txt", "children under 18", "18", "age", 18, 18, "years", F, "age group label"),
    ("flu-07-53", "flu07_factcheck.txt", "5.3 percentage points", "5.3 percentage points", "percent", 5.3, 5.3, "percentage points", T, "decline in children's coverage"),
    ("flu-07-555", "flu07_factcheck.txt", "55.5%", "55.5%", "percent", 55.5, 55.5, "%", T, "US children vaccinated 2023-24 (final)"),
    ("flu-07-419", "flu07_factcheck.txt", "41.9%", "41.9%", "percent", 41.9, 41.9, "%", T, "US adults vaccinated 2024-25 (final)"),
    ("flu-07-371", "flu07_factcheck.txt", "37.1%", "37.1%", "percent", 37.1, 37.1, "%", T, "US adults vaccinated 2017-18"),
    ("flu-07-10rule", "flu07_factcheck.txt", "the 10% effectiveness", "10%", "percent", 10, 10, "%", F, "refers to post figure"),
    ("flu-07-src1", "flu07_factcheck.txt", "Oct. 20, 2025", "Oct. 20, 2025", "date", 2025, 2025, "year", F, "source access date"),
    ("flu-07-src2", "flu07_factcheck.txt", "Sept. 11, 2025", "Sept. 11, 2025", "date", 2025, 2025, "year", F, "source date"),
    ("flu-07-src3", "flu07_factcheck.txt", "Feb. 27, 2025", "Feb. 27, 2025", "date", 2025, 2025, "year", F, "source date"),
]

# conflicts: (a, b, grade)
K = [
    # strict
    ("flu-02-208", "flu-03-280", "strict"),
    ("flu-02-208", "flu-04-280", "strict"),
    ("flu-05-187", "flu-01-207", "strict"),
    ("flu-05-187", "flu-03-207", "strict"),
    ("flu-04-781", "flu-03-1271", "strict"),
    ("flu-04-781", "flu-07-1271", "strict"),
    ("flu-05-ve3260", "flu-07-vekidhosp", "strict"),
    ("flu-01-ve87", "flu-03-ve78", "strict"),
    ("flu-01-ve87", "flu-07-vekidhosp", "strict"),
    ("flu-01-61k", "flu-04-52k", "strict"),
    ("flu-01-61k", "flu-07-52k", "strict"),
    ("flu-06-40m", "flu-07-ill", "strict"),
    ("flu-06-40m", "flu-01-47m", "strict"),
    ("flu-06-470k", "flu-07-hosp", "strict"),
    ("flu-06-470k", "flu-01-610k", "strict"),
    ("flu-06-555", "flu-07-502", "strict"),
    ("flu-06-555", "flu-02-half", "strict"),
    ("flu-02-half", "flu-07-502", "strict"),
    ("flu-04-404", "flu-07-419", "strict"),
    # qualified
    ("flu-01-127", "flu-03-1271", "qualified"),
    ("flu-01-127", "flu-07-1271", "qualified"),
    ("flu-04-781", "flu-01-127", "qualified"),
    ("flu-01-398", "flu-03-393", "qualified"),
    ("flu-02-441", "flu-06-470", "qualified"),
    ("flu-05-ve3260", "flu-03-ve63", "qualified"),
    ("flu-05-ve3260", "flu-03-ve78", "qualified"),
    ("flu-05-ve3260", "flu-01-ve63", "qualified"),
    ("flu-05-ve3260", "flu-01-ve87", "qualified"),
    ("flu-05-128", "flu-03-135", "qualified"),
    ("flu-06-28k", "flu-07-deaths", "qualified"),
    ("flu-06-555", "flu-04-half", "qualified"),
    ("flu-02-208", "flu-01-216", "qualified"),
]

SEASON_RE = re.compile(r"(?<![\d,.])((?:19|20)\d{2})[–-]((?:19|20)\d{2}|\d{2})(?![\d%])")


def main():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(DOCDIR.glob("*.txt"))}
    rows, ids, spans = [], set(), {}
    for (cid, doc, ctx, span, kind, lo, hi, unit, req, topic) in C:
        assert cid not in ids, f"duplicate id {cid}"
        ids.add(cid)
        t = texts[doc]
        n = t.count(ctx)
        assert n == 1, f"{cid}: context {ctx!r} occurs {n} times in {doc}"
        c0 = t.index(ctx)
        k = ctx.index(span)  # first occurrence inside the context
        s, e = c0 + k, c0 + k + len(span)
        assert t[s:e] == span
        for (s2, e2, other) in spans.get(doc, []):
            assert e <= s2 or s >= e2, f"{cid} overlaps {other}"
        spans.setdefault(doc, []).append((s, e, cid))
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e, "span": span,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    # season labels, optional
    for doc, t in texts.items():
        limit = len(t)
        if doc == "flu03_report.txt":
            limit = t.index("\nReferences\n")  # the reference list is noise
        num = 0
        for m in SEASON_RE.finditer(t[:limit]):
            s, e = m.span()
            if any(not (e <= s2 or s >= e2) for (s2, e2, _) in spans.get(doc, [])):
                continue
            y1 = int(m.group(1))
            y2s = m.group(2)
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            num += 1
            cid = f"{doc[:5].replace('flu0', 'flu-0')}-season{num}"
            assert cid not in ids
            ids.add(cid)
            spans.setdefault(doc, []).append((s, e, cid))
            rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e, "span": t[s:e],
                         "kind": "date", "low": y1, "high": y2, "unit": "year", "required": False,
                         "topic": "season label"})
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    byid = {r["id"]: r for r in rows}
    seen = set()
    for a, b, g in K:
        assert a in byid and b in byid, (a, b)
        assert byid[a]["doc"] != byid[b]["doc"], (a, b)
        assert g in ("strict", "qualified")
        key = frozenset((a, b))
        assert key not in seen, (a, b)
        seen.add(key)
    # final span check against the files
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["span"], r["id"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for a, b, g in K:
            f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": g}) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows) - nreq}); "
          f"conflicts {len(K)} (strict {sum(g == 'strict' for *_, g in K)}, "
          f"qualified {sum(g == 'qualified' for *_, g in K)})")
    for doc in texts:
        print(doc, sum(1 for r in rows if r["doc"] == doc))


if __name__ == "__main__":
    main()
