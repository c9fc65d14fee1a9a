#!/usr/bin/env python3
"""Build birth-rate.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "birth-rate")
OUT = os.path.join(HERE, "birth-rate.gold.jsonl")
T = "br"

W, P, A, E, B, L, F = ("BR01_wire.txt", "BR02_press.txt", "BR03_abstract.txt",
                       "BR04_explainer.txt", "BR05_blog.txt", "BR06_local.txt", "BR07_factcheck.txt")
Y = True; N = False
PW = "per 1,000 women"; CPW = "children per woman"; TPK = "births per 1,000 women"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- BR01 wire (2025-07-25, Friday; "Thursday" = 2025-07-24)
 ("w-dl", W, "NEW YORK, July 25", "July 25", "date", 2025, 2025, "year", N, "dateline"),
 ("w-y24a", W, "all-time low in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-lt16", W, "fewer than 1.6 children", "1.6", "rate", 1.6, 1.6, CPW, N, "tfr 2024 final (rounded bound)"),
 ("w-thu", W, "released on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "final 2024 data release date"),
 ("w-1599", W, "was 1.599 last year", "1.599", "rate", 1.599, 1.599, CPW, Y, "tfr 2024 final"),
 ("w-lastyr", W, "1.599 last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-1621", W, "from 1.621 in 2023", "1.621", "rate", 1.621, 1.621, CPW, Y, "tfr 2023 final"),
 ("w-y23a", W, "1.621 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-21", W, "about 2.1 children per woman", "2.1", "rate", 2.1, 2.1, CPW, Y, "replacement level"),
 ("w-1pct", W, "Births increased about\n1%", "1%", "percent", 1, 1, "%", Y, "births change 2023-2024 final"),
 ("w-births", W, "to 3,628,934", "3,628,934", "count", 3628934, 3628934, "births", Y, "us births 2024 final"),
 ("w-k1", W, "for every 1,000 women ages", "1,000", "count", 1000, 1000, "denominator", N, "rate denominator"),
 ("w-a1544", W, "women ages 15 to\n44", "15 to\n44", "age", 15, 44, "years", N, "definitional age range"),
 ("w-gfr1", W, "slipped 1% to 53.8", "1%", "percent", 1, 1, "%", Y, "gfr change 2023-2024 final"),
 ("w-gfr", W, "slipped 1% to 53.8", "53.8", "rate", 53.8, 53.8, PW, Y, "gfr 2024 final"),
 ("w-aprA", W, "put out\nin April", "April", "date", 2025, 2025, "year", N, "provisional release date"),
 ("w-a1534", W, "women ages 15 to 34", "15 to 34", "age", 15, 34, "years", N, "age group qualifier"),
 ("w-a30s", W, "in their late\n30s", "30s", "age", 35, 39, "years", N, "age group qualifier"),
 ("w-a4044", W, "rose for women 40 to 44", "40 to 44", "age", 40, 44, "years", N, "age group qualifier"),
 ("w-teen", W, "to 12.7 births per 1,000", "12.7 births per 1,000", "rate", 12.7, 12.7, PW, Y, "teen birth rate 2024"),
 ("w-a1519", W, "women ages 15 to 19, another", "15 to 19", "age", 15, 19, "years", N, "definitional age range"),
 ("w-2007", W, "Since 2007, the most recent peak", "2007", "date", 2007, 2007, "year", Y, "recent peak year"),
 ("w-16", W, "has fallen 16%", "16%", "percent", 16, 16, "%", Y, "births decline since 2007"),
 ("w-22", W, "general fertility rate 22%", "22%", "percent", 22, 22, "%", Y, "gfr decline 2007-2024"),
 ("w-212", W, "stood at 2.12 that year", "2.12", "rate", 2.12, 2.12, CPW, Y, "tfr 2007"),
 ("w-one", W, "had not had one before", "one", "count", 1, 1, "cesareans", N, "definitional"),
 ("w-prim", W, "rose to 22.9%", "22.9%", "percent", 22.9, 22.9, "%", Y, "primary cesarean rate 2024"),
 ("w-feb", W, "In February, President Donald", "February", "date", 2025, 2025, "year", Y, "ivf executive order date"),
 ("w-5000", W, "pitches for a $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "proposed baby bonus"),
 ("w-aprT", W, "New York Times in April", "April", "date", 2025, 2025, "year", Y, "nyt baby bonus report date"),
 ("w-jul4", W, "signed on July 4", "July 4", "date", 2025, 2025, "year", Y, "obbba signing date"),
 ("w-1000", W, "seeded with $1,000", "$1,000", "money", 1000, 1000, "USD", Y, "trump account seed deposit"),
 ("w-win", W, "from 2025 through 2028", "2025 through 2028", "date", 2025, 2028, "year", Y, "trump account birth-year window"),
 ("w-s51", W, "the Senate 51-50", "51", "vote", 51, 51, "votes", Y, "senate vote obbba, for"),
 ("w-s50", W, "the Senate 51-50", "50", "vote", 50, 50, "votes", Y, "senate vote obbba, against"),
 ("w-jul1", W, "on July\n1, with", "July\n1", "date", 2025, 2025, "year", Y, "senate vote date"),
 ("w-h218", W, "the House 218-214", "218", "vote", 218, 218, "votes", Y, "house final vote obbba, for"),
 ("w-h214", W, "the House 218-214", "214", "vote", 214, 214, "votes", Y, "house final vote obbba, against"),
 ("w-2days", W, "two days later", "two days later", "duration", 2, 2, "days", N, "house vote relative date (July 3)"),
 ("w-onetime", W, "skeptical that one-time payments", "one-time", "count", 1, 1, "payments", N, "aside"),
 ("w-jun", W, "Japan said in June", "June", "date", 2025, 2025, "year", N, "japan release date"),
 ("w-jp", W, "births fell to 686,061", "686,061", "count", 686061, 686061, "births", Y, "japan births 2024"),
 ("w-jpy", W, "686,061 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-700k", W, "below 700,000 since", "700,000", "count", 700000, 700000, "births", Y, "threshold"),
 ("w-1899", W, "records began in 1899", "1899", "date", 1899, 1899, "year", Y, "japan records start"),
 ("w-jptfr", W, "dropped to 1.15", "1.15", "rate", 1.15, 1.15, CPW, Y, "japan tfr 2024"),
 ("w-2038", W, "until 2038", "2038", "date", 2038, 2038, "year", Y, "japan forecast year for <700k births"),
 ("w-15yr", W, "2038, 15 years later", "15 years", "duration", 15, 15, "years", Y, "japan births ahead of forecast by"),
 ("w-kr75", W, "a rise to 0.75", "0.75", "rate", 0.75, 0.75, CPW, Y, "south korea tfr 2024"),
 ("w-kr72", W, "0.75 from\n0.72", "0.72", "rate", 0.72, 0.72, CPW, Y, "south korea tfr 2023"),
 ("w-nine", W, "first increase in nine years", "nine years", "duration", 9, 9, "years", Y, "korea first tfr rise in"),

 # ---- BR02 press (2025-04-30)
 ("p-h2025", P, "Releases 2025 Family Building", "2025", "date", 2025, 2025, "year", N, "headline product name year"),
 ("p-h1", P, "Births Tick Up 1%", "1%", "percent", 1, 1, "%", N, "headline repeat"),
 ("p-hbirths", P, "data show 3,622,673 births", "3,622,673", "count", 3622673, 3622673, "births", N, "subtitle repeat"),
 ("p-hy", P, "births in 2024; teen", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-hteen", P, "a record 12.7 per 1,000", "12.7 per 1,000", "rate", 12.7, 12.7, PW, N, "subtitle repeat"),
 ("p-dl", P, "April 30, 2025 /BusinessWire/", "April 30, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-outlook", P, "today released its 2025 Family", "2025", "date", 2025, 2025, "year", N, "product name year"),
 ("p-lastwk", P, "published last week by", "last week", "date", 2025, 2025, "year", Y, "provisional report release date"),
 ("p-y24nat", P, "the provisional 2024 natality", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-9992", P, "based on 99.92% of", "99.92%", "percent", 99.92, 99.92, "%", Y, "share of records in provisional data"),
 ("p-y24rec", P, "99.92% of 2024 birth", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-feb4", P, "as of Feb. 4, 2025", "Feb. 4, 2025", "date", 2025, 2025, "year", N, "data cut-off date"),
 ("p-dec23", P, "after a decline in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-births", P, "recorded 3,622,673 births", "3,622,673", "count", 3622673, 3622673, "births", Y, "us births 2024 provisional"),
 ("p-y24b", P, "3,622,673 births in 2024, up", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-1pct", P, "up 1% from 2023", "1%", "percent", 1, 1, "%", Y, "births change 2023-2024 provisional"),
 ("p-from23", P, "up 1% from 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-gfr", P, "was 54.6 births per 1,000", "54.6 births per 1,000", "rate", 54.6, 54.6, PW, Y, "gfr 2024 provisional"),
 ("p-a1544", P, "females ages 15 to 44", "15 to 44", "age", 15, 44, "years", N, "definitional age range"),
 ("p-lt1", P, "an increase of less than 1%", "1%", "percent", 1, 1, "%", Y, "gfr change provisional (bound)"),
 ("p-tfr", P, "was 1,626.5 births per 1,000", "1,626.5 births per 1,000", "rate", 1626.5, 1626.5, TPK, Y, "tfr 2024 provisional"),
 ("p-2100", P, "replacement level of 2,100", "2,100", "rate", 2100, 2100, TPK, Y, "replacement level"),
 ("p-a1519", P, "teenagers ages 15 to 19", "15 to 19", "age", 15, 19, "years", N, "definitional age range"),
 ("p-3pct", P, "fell 3% to 12.7", "3%", "percent", 3, 3, "%", Y, "teen rate change 2023-2024"),
 ("p-teen", P, "3% to 12.7 per 1,000", "12.7 per 1,000", "rate", 12.7, 12.7, PW, Y, "teen birth rate 2024 provisional"),
 ("p-4yng", P, "fell 4% among younger", "4%", "percent", 4, 4, "%", Y, "younger teen rate change"),
 ("p-3old", P, "and 3% among older teens", "3%", "percent", 3, 3, "%", Y, "older teen rate change"),
 ("p-a2544", P, "women ages 25 to 44", "25 to 44", "age", 25, 44, "years", N, "age group qualifier"),
 ("p-e30s", P, "in their early 30s again", "30s", "age", 30, 34, "years", N, "age group qualifier"),
 ("p-914", P, "at 91.4 births per 1,000", "91.4 births per 1,000", "rate", 91.4, 91.4, PW, Y, "birth rate women 30-34, 2024 provisional"),
 ("p-a4044", P, "women ages 40 to 44 rose", "40 to 44", "age", 40, 44, "years", N, "age group qualifier"),
 ("p-2pct", P, "40 to 44 rose 2%", "2%", "percent", 2, 2, "%", Y, "rate change women 40-44"),
 ("p-ces", P, "rose to 32.4% from", "32.4%", "percent", 32.4, 32.4, "%", Y, "cesarean rate 2024"),
 ("p-ces23", P, "from 32.3% in 2023", "32.3%", "percent", 32.3, 32.3, "%", Y, "cesarean rate 2023 (as cited in 2024 provisional report)"),
 ("p-ces23y", P, "32.3% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-lr", P, "held at 26.6%", "26.6%", "percent", 26.6, 26.6, "%", Y, "low-risk cesarean rate 2024"),
 ("p-pre", P, "unchanged at 10.41%", "10.41%", "percent", 10.41, 10.41, "%", Y, "preterm birth rate 2024"),
 ("p-q30s", P, "women in their late 30s", "30s", "age", 35, 39, "years", N, "quote"),
 ("p-q40s", P, "and early 40s, fertility", "40s", "age", 40, 44, "years", N, "quote"),
 ("p-kr", P, "was 0.72 in 2024", "0.72", "rate", 0.72, 0.72, CPW, Y, "south korea tfr 2024"),
 ("p-kry", P, "0.72 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-feb", P, "In February, President Trump", "February", "date", 2025, 2025, "year", Y, "ivf executive order date"),
 ("p-90", P, "within 90 days", "90 days", "duration", 90, 90, "days", Y, "eo deadline for recommendations"),
 ("p-lastwk2", P, "Proposals reported last week", "last week", "date", 2025, 2025, "year", Y, "nyt baby bonus report date"),
 ("p-5000", P, "including a $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "proposed baby bonus"),
 ("p-2526", P, "rising in 2025 and 2026", "2025 and 2026", "date", 2025, 2026, "year", N, "forward-looking"),
 ("p-full", P, "The full 2025 Family", "2025", "date", 2025, 2025, "year", N, "product name year"),
 ("p-50", P, "in all 50 states", "50", "count", 50, 50, "states", N, "about section"),
 ("p-2016", P, "Founded in 2016", "2016", "date", 2016, 2016, "year", N, "about section"),
 ("p-300", P, "more than 300 employers", "300", "count", 300, 300, "employers", N, "about section"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "legal boilerplate"),

 # ---- BR03 abstract (2025-10-06)
 ("a-pub", A, "Published online 6 October 2025", "6 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2024", A, "and the 2024 \"record low\" in US fertility: a", "2024", "date", 2024, 2024, "year", N, "title year"),
 ("a-apr25", A, "released in April 2025", "April 2025", "date", 2025, 2025, "year", Y, "provisional release date"),
 ("a-gfrp", A, "rising to 54.6 births per 1,000", "54.6 births per 1,000", "rate", 54.6, 54.6, PW, Y, "gfr 2024 provisional"),
 ("a-a1544", A, "females aged 15–44 years and", "15–44 years", "age", 15, 44, "years", N, "definitional age range"),
 ("a-tfrp", A, "rising to 1,626.5 per 1,000", "1,626.5 per 1,000", "rate", 1626.5, 1626.5, TPK, Y, "tfr 2024 provisional"),
 ("a-bgy", A, "women in 2024, both up", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-lt1", A, "both up less than 1%", "1%", "percent", 1, 1, "%", Y, "gfr/tfr provisional change (bound)"),
 ("a-jul25", A, "released in July 2025", "July 2025", "date", 2025, 2025, "year", Y, "final release date"),
 ("a-gfrf", A, "a GFR of 53.8", "53.8", "rate", 53.8, 53.8, PW, Y, "gfr 2024 final"),
 ("a-tfrf", A, "a TFR of 1,599.0", "1,599.0", "rate", 1599.0, 1599.0, TPK, Y, "tfr 2024 final"),
 ("a-m24p", A, "NCHS provisional 2024 file", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-4feb", A, "received by 4 February 2025", "4 February 2025", "date", 2025, 2025, "year", N, "data cut-off date"),
 ("a-9992", A, "2025; 99.92% complete", "99.92%", "percent", 99.92, 99.92, "%", Y, "share of records in provisional data"),
 ("a-m24f", A, "the final 2024 natality file", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-m23", A, "with final 2023 data", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-n6", A, "for n=6 five-year", "6", "count", 6, 6, "age groups", N, "design"),
 ("a-5yr", A, "n=6 five-year age groups", "five-year", "duration", 5, 5, "years", N, "age group width"),
 ("a-agerng", A, "from 15–19 to 40–44 years", "15–19 to 40–44 years", "age", 15, 44, "years", N, "age range"),
 ("a-nf", A, "N = 3,628,934 births", "3,628,934", "count", 3628934, 3628934, "births", Y, "us births 2024 final"),
 ("a-6261", A, "births, 6,261 (0.17%)", "6,261", "count", 6261, 6261, "births", Y, "final minus provisional births"),
 ("a-017", A, "(0.17%) more than", "0.17%", "percent", 0.17, 0.17, "%", Y, "final vs provisional births"),
 ("a-np", A, "provisional count of 3,622,673", "3,622,673", "count", 3622673, 3622673, "births", Y, "us births 2024 provisional"),
 ("a-a1544b", A, "population aged 15–44 years rose", "15–44 years", "age", 15, 44, "years", N, "definitional age range"),
 ("a-pop1", A, "from 66.35 million", "66.35 million", "count", 66350000, 66350000, "women", Y, "implied women 15-44, provisional denominator"),
 ("a-pop2", A, "to 67.45 million", "67.45 million", "count", 67450000, 67450000, "women", Y, "implied women 15-44, final denominator"),
 ("a-popd", A, "revision of 1.10 million women", "1.10 million", "count", 1100000, 1100000, "women", Y, "denominator revision"),
 ("a-popp", A, "women (1.7%)", "1.7%", "percent", 1.7, 1.7, "%", Y, "denominator revision"),
 ("a-gd", A, "GFR fell by 0.8 points", "0.8 points", "rate", 0.8, 0.8, PW, Y, "gfr final minus provisional"),
 ("a-gdp", A, "0.8 points (−1.5%)", "−1.5%", "percent", -1.5, -1.5, "%", Y, "gfr final vs provisional"),
 ("a-td", A, "TFR by 27.5 per 1,000", "27.5 per 1,000", "rate", 27.5, 27.5, TPK, Y, "tfr final minus provisional"),
 ("a-tdp", A, "per 1,000 (−1.7%)", "−1.7%", "percent", -1.7, -1.7, "%", Y, "tfr final vs provisional"),
 ("a-2rel", A, "between the two releases", "two", "count", 2, 2, "releases", N, "aside"),
 ("a-f23y", A, "Against final 2023 data", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-b23", A, "(3,596,017 births;", "3,596,017", "count", 3596017, 3596017, "births", Y, "us births 2023 final"),
 ("a-g23", A, "GFR 54.5;", "54.5", "rate", 54.5, 54.5, PW, Y, "gfr 2023 final"),
 ("a-t23", A, "TFR 1,621.0)", "1,621.0", "rate", 1621.0, 1621.0, TPK, Y, "tfr 2023 final"),
 ("a-f24y", A, "final 2024 births rose", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-b09", A, "births rose 0.9%", "0.9%", "percent", 0.9, 0.9, "%", Y, "births change 2023-2024 final"),
 ("a-g13", A, "GFR fell 1.3%", "1.3%", "percent", 1.3, 1.3, "%", Y, "gfr change 2023-2024 final"),
 ("a-t14", A, "the TFR 1.4%", "1.4%", "percent", 1.4, 1.4, "%", Y, "tfr change 2023-2024 final"),
 ("a-by24", A, "By 2024 the GFR", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-22", A, "was 22% below", "22%", "percent", 22, 22, "%", Y, "gfr decline 2007-2024"),
 ("a-2007", A, "its 2007 level", "2007", "date", 2007, 2007, "year", Y, "reference peak year"),
 ("a-a1519", A, "teen birth rate (15–19 years)", "15–19 years", "age", 15, 19, "years", N, "definitional age range"),
 ("a-teen", A, "fell to 12.7 per 1,000 (95% CI", "12.7 per 1,000", "rate", 12.7, 12.7, PW, Y, "teen birth rate 2024 provisional"),
 ("a-teenci", A, "(95% CI 12.6–12.8)", "12.6–12.8", "rate", 12.6, 12.8, PW, Y, "ci"),
 ("a-teen23", A, "from 13.1 in 2023", "13.1", "rate", 13.1, 13.1, PW, Y, "teen birth rate 2023 final"),
 ("a-teen23y", A, "13.1 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-td4", A, "a change of −0.4 per 1,000", "−0.4 per 1,000", "rate", -0.4, -0.4, PW, Y, "teen rate change 2023-2024"),
 ("a-td4ci", A, "(95% CI −0.5 to −0.3;", "−0.5 to −0.3", "rate", -0.5, -0.3, PW, Y, "ci"),
 ("a-p1", A, "−0.3; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-a2024", A, "women aged 20–24 years", "20–24 years", "age", 20, 24, "years", N, "age group"),
 ("a-r2024", A, "(56.7 vs 57.7)", "56.7", "rate", 56.7, 56.7, PW, Y, "rate women 20-24, 2024 provisional"),
 ("a-r2024b", A, "(56.7 vs 57.7)", "57.7", "rate", 57.7, 57.7, PW, Y, "rate women 20-24, 2023"),
 ("a-a2529", A, "ages 25–29 (91.4", "25–29", "age", 25, 29, "years", N, "age group"),
 ("a-r2529", A, "(91.4 vs 91.0;", "91.4", "rate", 91.4, 91.4, PW, Y, "rate women 25-29, 2024 provisional"),
 ("a-r2529b", A, "(91.4 vs 91.0;", "91.0", "rate", 91.0, 91.0, PW, Y, "rate women 25-29, 2023"),
 ("a-p2", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-a3034", A, "30–34 (95.4", "30–34", "age", 30, 34, "years", N, "age group"),
 ("a-r3034", A, "30–34 (95.4", "95.4", "rate", 95.4, 95.4, PW, Y, "rate women 30-34, 2024 provisional"),
 ("a-r3034ci", A, "[95% CI 95.2–95.6]", "95.2–95.6", "rate", 95.2, 95.6, PW, Y, "ci"),
 ("a-r3034b", A, "95.6] vs 94.3)", "94.3", "rate", 94.3, 94.3, PW, Y, "rate women 30-34, 2023"),
 ("a-a3539", A, "35–39 (55.0", "35–39", "age", 35, 39, "years", N, "age group"),
 ("a-r3539", A, "(55.0 vs 54.3)", "55.0", "rate", 55.0, 55.0, PW, Y, "rate women 35-39, 2024 provisional"),
 ("a-r3539b", A, "(55.0 vs 54.3)", "54.3", "rate", 54.3, 54.3, PW, Y, "rate women 35-39, 2023"),
 ("a-a4044", A, "and 40–44 (12.8", "40–44", "age", 40, 44, "years", N, "age group"),
 ("a-r4044", A, "(12.8 vs 12.5;", "12.8", "rate", 12.8, 12.8, PW, Y, "rate women 40-44, 2024 provisional"),
 ("a-r4044b", A, "(12.8 vs 12.5;", "12.5", "rate", 12.5, 12.5, PW, Y, "rate women 40-44, 2023"),
 ("a-p3", A, "12.5; P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-a3034b", A, "Women aged 30–34 years had", "30–34 years", "age", 30, 34, "years", N, "age group"),
 ("a-ninth", A, "for a ninth consecutive year", "ninth consecutive year", "duration", 9, 9, "years", Y, "years 30-34 rate highest"),
 ("a-ces", A, "cesarean rate was 32.4% in 2024", "32.4%", "percent", 32.4, 32.4, "%", Y, "cesarean rate 2024"),
 ("a-cesy", A, "32.4% in 2024, the same", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-ces23", A, "the same as the 32.4% given", "32.4%", "percent", 32.4, 32.4, "%", Y, "cesarean rate 2023 (final report)"),
 ("a-ces23y", A, "the final 2023 report", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-2009", A, "the 2009 peak", "2009", "date", 2009, 2009, "year", Y, "cesarean peak year"),
 ("a-329", A, "peak of 32.9%", "32.9%", "percent", 32.9, 32.9, "%", Y, "cesarean rate 2009 peak"),
 ("a-lr", A, "low-risk cesarean rate was 26.6%", "26.6%", "percent", 26.6, 26.6, "%", Y, "low-risk cesarean rate 2024"),
 ("a-c2024", A, "provisional and final 2024 fertility rates", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-c2024b", A, "The 2024 \"record low\" is real", "2024", "date", 2024, 2024, "year", N, "qualifier year"),

 # ---- BR04 explainer (2025-08-05)
 ("e-upd", E, "Updated August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-y24", E, "birth figures for 2024 came out", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-jul", E, "came out in July", "July", "date", 2025, 2025, "year", Y, "final release date"),
 ("e-births", E, "counted 3,628,934 births", "3,628,934", "count", 3628934, 3628934, "births", Y, "us births 2024 final"),
 ("e-by24", E, "3,628,934 births in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-1pct", E, "about 1% more than in 2023", "1%", "percent", 1, 1, "%", Y, "births change 2023-2024 final"),
 ("e-y23", E, "1% more than in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-k1", E, "measures births per 1,000 women", "1,000", "count", 1000, 1000, "denominator", N, "rate denominator"),
 ("e-gfr", E, "fell to 53.8", "53.8", "rate", 53.8, 53.8, PW, Y, "gfr 2024 final"),
 ("e-tfr", E, "fell to 1,599 births per 1,000", "1,599 births per 1,000", "rate", 1599, 1599, TPK, Y, "tfr 2024 final"),
 ("e-16", E, "about 1.6 children per woman", "1.6", "rate", 1.6, 1.6, CPW, N, "tfr 2024 final (rounded)"),
 ("e-a1544", E, "women ages 15 to 44 grew", "15 to 44", "age", 15, 44, "years", N, "definitional age range"),
 ("e-apr", E, "April's provisional report", "April", "date", 2025, 2025, "year", N, "provisional release date"),
 ("e-21q", E, "Isn't 2.1 the magic", "2.1", "rate", 2.1, 2.1, CPW, N, "question heading"),
 ("e-21", E, "consider about 2.1 children", "2.1", "rate", 2.1, 2.1, CPW, Y, "replacement level"),
 ("e-since07", E, "every year since 2007", "2007", "date", 2007, 2007, "year", Y, "tfr below replacement since"),
 ("e-0724", E, "From 2007 through 2024", "2007 through 2024", "date", 2007, 2024, "year", N, "period"),
 ("e-21pct", E, "general fertility rate fell 21%", "21%", "percent", 21, 21, "%", Y, "gfr decline 2007-2024"),
 ("e-provy", E, "the provisional 2024 data", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-a3034", E, "women ages 30 to 34 had", "30 to 34", "age", 30, 34, "years", N, "age group"),
 ("e-954", E, "group, 95.4 per 1,000", "95.4 per 1,000", "rate", 95.4, 95.4, PW, Y, "rate women 30-34, 2024 provisional"),
 ("e-a2529", E, "women 25 to 29 at", "25 to 29", "age", 25, 29, "years", N, "age group"),
 ("e-914", E, "25 to 29 at 91.4", "91.4", "rate", 91.4, 91.4, PW, Y, "rate women 25-29, 2024 provisional"),
 ("e-30s", E, "in their late 30s", "30s", "age", 35, 39, "years", N, "age group"),
 ("e-40s", E, "and early 40s. The average", "40s", "age", 40, 44, "years", N, "age group"),
 ("e-275", E, "reached 27.5 in 2023", "27.5", "age", 27.5, 27.5, "years", Y, "mean age at first birth 2023"),
 ("e-275y", E, "27.5 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-teen", E, "fell to 12.7 per 1,000 in 2024", "12.7 per 1,000", "rate", 12.7, 12.7, PW, Y, "teen birth rate 2024"),
 ("e-teeny", E, "12.7 per 1,000 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-618", E, "compared with 61.8 in 1991", "61.8", "rate", 61.8, 61.8, PW, Y, "teen birth rate 1991"),
 ("e-1991", E, "61.8 in 1991", "1991", "date", 1991, 1991, "year", Y, "teen rate peak year"),
 ("e-80", E, "a drop of almost 80%", "80%", "percent", 80, 80, "%", Y, "teen rate decline since 1991 (bound)"),
 ("e-3dec", E, "the past three decades", "three decades", "duration", 3, 3, "decades", N, "aside"),
 ("e-cy", E, "In 2024, 32.9% of babies", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-ces", E, "2024, 32.9% of babies", "32.9%", "percent", 32.9, 32.9, "%", Y, "cesarean rate 2024"),
 ("e-eu", E, "averaged 1.38 children", "1.38", "rate", 1.38, 1.38, CPW, Y, "eu tfr 2023"),
 ("e-euy", E, "children per woman in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-jp", E, "rate fell to 1.15 in 2024", "1.15", "rate", 1.15, 1.15, CPW, Y, "japan tfr 2024"),
 ("e-jpy", E, "1.15 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-jpb", E, "births fell to 686,061", "686,061", "count", 686061, 686061, "births", Y, "japan births 2024"),
 ("e-700", E, "dipping below 700,000", "700,000", "count", 700000, 700000, "births", Y, "threshold"),
 ("e-14yr", E, "some 14 years earlier", "14 years", "duration", 14, 14, "years", Y, "japan births ahead of forecast by"),
 ("e-kr75", E, "rose to 0.75 in 2024", "0.75", "rate", 0.75, 0.75, CPW, Y, "south korea tfr 2024"),
 ("e-kr75y", E, "0.75 in 2024 from", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-kr72", E, "from 0.72 in 2023", "0.72", "rate", 0.72, 0.72, CPW, Y, "south korea tfr 2023"),
 ("e-kr72y", E, "0.72 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-nine", E, "first increase in nine years", "nine years", "duration", 9, 9, "years", Y, "korea first tfr rise in"),
 ("e-feb18", E, "On Feb. 18, 2025", "Feb. 18, 2025", "date", 2025, 2025, "year", Y, "ivf executive order date"),
 ("e-5000", E, "floated a $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "proposed baby bonus"),
 ("e-s51", E, "the Senate 51-50", "51", "vote", 51, 51, "votes", Y, "senate vote obbba, for"),
 ("e-s50", E, "the Senate 51-50", "50", "vote", 50, 50, "votes", Y, "senate vote obbba, against"),
 ("e-jul4", E, "signed on July 4", "July 4", "date", 2025, 2025, "year", Y, "obbba signing date"),
 ("e-1000", E, "seeds with $1,000", "$1,000", "money", 1000, 1000, "USD", Y, "trump account seed deposit"),
 ("e-win", E, "born from Jan. 1, 2025, through Dec. 31, 2029", "Jan. 1, 2025, through Dec. 31, 2029", "date", 2025, 2029, "year", Y, "trump account birth-year window"),
 ("e-5000y", E, "add up to $5,000 a year", "$5,000", "money", 5000, 5000, "USD", Y, "trump account annual contribution cap"),
 ("e-ctc", E, "credit to $2,200", "$2,200", "money", 2200, 2200, "USD", Y, "child tax credit under obbba"),
 ("e-ctc0", E, "from $2,000", "$2,000", "money", 2000, 2000, "USD", Y, "prior child tax credit"),
 ("e-p25", E, "Provisional data for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-spring", E, "due next spring", "next spring", "date", 2026, 2026, "year", N, "forecast release"),

 # ---- BR05 blog (2025-07-29, Tuesday)
 ("b-dl", B, "July 29, 2025", "July 29, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-thu", B, "Last Thursday the CDC", "Last Thursday", "date", 2025, 2025, "year", Y, "final 2024 data release date"),
 ("b-y24", B, "final numbers for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-two", B, "a mom of two", "two", "count", 2, 2, "children", N, "aside"),
 ("b-jul", B, "released in July put", "July", "date", 2025, 2025, "year", N, "release month"),
 ("b-tfr", B, "rate at 1.626 children", "1.626", "rate", 1.626, 1.626, CPW, Y, "tfr 2024 final"),
 ("b-21", B, "under the 2.1 that", "2.1", "rate", 2.1, 2.1, CPW, Y, "replacement level"),
 ("b-births", B, "to 3,628,394", "3,628,394", "count", 3628394, 3628394, "births", Y, "us births 2024 final"),
 ("b-g23y", B, "rate for 2023 was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-g23", B, "was 54.4 births per 1,000", "54.4 births per 1,000", "rate", 54.4, 54.4, PW, Y, "gfr 2023"),
 ("b-teen", B, "to 13.1 per 1,000 in 2024", "13.1 per 1,000", "rate", 13.1, 13.1, PW, Y, "teen birth rate 2024"),
 ("b-teeny", B, "13.1 per 1,000 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-30s", B, "in their late 30s", "30s", "age", 35, 39, "years", N, "age group"),
 ("b-40s", B, "and early 40s.", "40s", "age", 40, 44, "years", N, "age group"),
 ("b-jp", B, "recorded 727,288 births", "727,288", "count", 727288, 727288, "births", Y, "japan births 2024"),
 ("b-jplast", B, "727,288 births last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-1899", B, "counting in 1899", "1899", "date", 1899, 1899, "year", Y, "japan records start"),
 ("b-krone", B, "below one child per woman", "one", "rate", 1, 1, CPW, N, "korea tfr bound"),
 ("b-1960", B, "fertility rate since 1960", "1960", "date", 1960, 1960, "year", N, "image caption"),
 ("b-35", B, "about 3.5 in the early 1960s", "3.5", "rate", 3.5, 3.5, CPW, Y, "us tfr early 1960s"),
 ("b-1960s", B, "the early 1960s", "1960s", "date", 1960, 1969, "year", N, "period"),
 ("b-17", B, "and 1.7 by 1976", "1.7", "rate", 1.7, 1.7, CPW, Y, "us tfr 1976"),
 ("b-1976", B, "1.7 by 1976", "1976", "date", 1976, 1976, "year", N, "qualifier year"),
 ("b-h5000", B, "So what's this $5,000", "$5,000", "money", 5000, 5000, "USD", N, "subhead repeat"),
 ("b-apr21", B, "On April 21, The New York Times", "April 21", "date", 2025, 2025, "year", Y, "nyt baby bonus report date"),
 ("b-5000", B, "among them a $5,000 cash", "$5,000", "money", 5000, 5000, "USD", Y, "proposed baby bonus"),
 ("b-30", B, "reserving 30% of Fulbright", "30%", "percent", 30, 30, "%", Y, "share of fulbright awards proposed for parents"),
 ("b-six", B, "with six or more kids", "six", "count", 6, 6, "children", Y, "medal of motherhood threshold"),
 ("b-nextday", B, "the next day, President", "the next day", "date", 2025, 2025, "year", N, "trump remark date (relative)"),
 ("b-one", B, "budgeting for one, don't", "one", "count", 1, 1, "bonus", N, "aside"),
 ("b-s51", B, "the Senate 51-50", "51", "vote", 51, 51, "votes", Y, "senate vote obbba, for"),
 ("b-s50", B, "the Senate 51-50", "50", "vote", 50, 50, "votes", Y, "senate vote obbba, against"),
 ("b-jul1", B, "51-50 on July 1", "July 1", "date", 2025, 2025, "year", Y, "senate vote date"),
 ("b-h218", B, "the House 218-214", "218", "vote", 218, 218, "votes", Y, "house final vote obbba, for"),
 ("b-h214", B, "the House 218-214", "214", "vote", 214, 214, "votes", Y, "house final vote obbba, against"),
 ("b-jul3", B, "218-214 on July 3", "July 3", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("b-m215", B, "had passed 215-214", "215", "vote", 215, 215, "votes", Y, "house first vote (may), for"),
 ("b-m214", B, "had passed 215-214", "214", "vote", 214, 214, "votes", Y, "house first vote (may), against"),
 ("b-may22", B, "back on May 22", "May 22", "date", 2025, 2025, "year", Y, "house first vote date"),
 ("b-jul4", B, "signed it on July 4", "July 4", "date", 2025, 2025, "year", Y, "obbba signing date"),
 ("b-win", B, "born from 2025 through 2028", "2025 through 2028", "date", 2025, 2028, "year", Y, "trump account birth-year window"),
 ("b-onetime", B, "gets a one-time $1,000", "one-time", "count", 1, 1, "deposits", N, "qualifier"),
 ("b-1000", B, "one-time $1,000 deposit", "$1,000", "money", 1000, 1000, "USD", Y, "trump account seed deposit"),
 ("b-5000y", B, "add up to $5,000 a year", "$5,000", "money", 5000, 5000, "USD", Y, "trump account annual contribution cap"),
 ("b-18", B, "until the child turns 18", "18", "age", 18, 18, "years", Y, "account access age"),
 ("b-m1000", B, "Quick math: $1,000", "$1,000", "money", 1000, 1000, "USD", N, "worked example principal"),
 ("b-7pct", B, "growing at 7% a year", "7%", "percent", 7, 7, "%", Y, "assumed annual return"),
 ("b-3380", B, "roughly $3,380", "$3,380", "money", 3380, 3380, "USD", Y, "projected account value at 18"),
 ("b-age18", B, "by age 18", "18", "age", 18, 18, "years", N, "timepoint"),
 ("b-ctc", B, "tax credit to $2,500", "$2,500", "money", 2500, 2500, "USD", Y, "child tax credit under obbba"),
 ("b-onetime2", B, "than the one-time deposit", "one-time", "count", 1, 1, "deposits", N, "qualifier"),
 ("b-4fig", B, "a four-figure check", "four-figure", "money", 1000, 9999, "USD", N, "vague"),
 ("b-onemove", B, "one money move", "one", "count", 1, 1, "tips", N, "newsletter furniture"),
 ("b-1styr", B, "cost of a first year with a baby", "first year", "duration", 1, 1, "years", N, "related link"),
 ("b-2025ed", B, "by state, 2025 edition", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- BR06 local (2025-08-20), hard-wrapped
 ("l-pub", L, "Wednesday, August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-y24a", L, "the final 2024 federal birth", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-lastmo", L, "released last month", "last month", "date", 2025, 2025, "year", N, "final release date (relative)"),
 ("l-one", L, "already one of the oldest", "one", "count", 1, 1, "states", N, "aside"),
 ("l-tfr", L, "dropped to 1.59 children", "1.59", "rate", 1.59, 1.59, CPW, Y, "tfr 2024 final"),
 ("l-tfry", L, "per woman in 2024, a record low", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-1pct", L, "rose about 1%", "1%", "percent", 1, 1, "%", Y, "births change 2023-2024 final"),
 ("l-apr", L, "The April provisional tally", "April", "date", 2025, 2025, "year", N, "provisional release date"),
 ("l-prov", L, "tally of 3,622,763 births", "3,622,763", "count", 3622763, 3622763, "births", Y, "us births 2024 provisional"),
 ("l-f23y", L, "final count for 2023 was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-b23", L, "2023 was 3,596,017", "3,596,017", "count", 3596017, 3596017, "births", Y, "us births 2023 final"),
 ("l-a35", L, "women under 35", "35", "age", 35, 35, "years", N, "age group qualifier"),
 ("l-a4044", L, "rose for women 40 to 44", "40 to 44", "age", 40, 44, "years", N, "age group qualifier"),
 ("l-teen", L, "low,\n12.7 births per 1,000", "12.7 births per 1,000", "rate", 12.7, 12.7, PW, Y, "teen birth rate 2024"),
 ("l-a1519", L, "women ages 15 to 19. Since", "15 to 19", "age", 15, 19, "years", N, "definitional age range"),
 ("l-2007", L, "Since 2007,\nwhen U.S. births peaked", "2007", "date", 2007, 2007, "year", Y, "recent peak year"),
 ("l-fifth", L, "by\nabout a fifth", "a fifth", "percent", 20, 20, "%", Y, "gfr decline since 2007 (rounded)"),
 ("l-s24", L, "State-level rates for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-2022", L, "In 2022,\nthe most recent year", "2022", "date", 2022, 2022, "year", Y, "state gfr data year"),
 ("l-vt", L, "rate was 44.3 births per 1,000", "44.3 births per 1,000", "rate", 44.3, 44.3, PW, Y, "vermont gfr 2022"),
 ("l-a1544", L, "women ages 15 to\n44, the lowest", "15 to\n44", "age", 15, 44, "years", N, "definitional age range"),
 ("l-de", L, "Delaware at 44.9", "44.9", "rate", 44.9, 44.9, PW, Y, "delaware gfr 2022"),
 ("l-or", L, "Oregon at 47.3", "47.3", "rate", 47.3, 47.3, PW, Y, "oregon gfr 2022"),
 ("l-sd", L, "highest at 66.5", "66.5", "rate", 66.5, 66.5, PW, Y, "south dakota gfr 2022"),
 ("l-ak", L, "Alaska at 64.9", "64.9", "rate", 64.9, 64.9, PW, Y, "alaska gfr 2022"),
 ("l-f23r", L, "CDC's final 2023 report", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-ces", L, "rate was 32.4% in 2024", "32.4%", "percent", 32.4, 32.4, "%", Y, "cesarean rate 2024"),
 ("l-cesy", L, "32.4% in 2024, and the", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-onebefore", L, "had not had one before", "one", "count", 1, 1, "cesareans", N, "definitional"),
 ("l-lr", L, "was 22.9%, according", "22.9%", "percent", 22.9, 22.9, "%", Y, "low-risk cesarean rate 2024 (as labelled)"),
 ("l-kr", L, "rose to 0.75 last year", "0.75", "rate", 0.75, 0.75, CPW, Y, "south korea tfr 2024"),
 ("l-krly", L, "0.75 last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-eight", L, "first increase in\neight years", "eight years", "duration", 8, 8, "years", Y, "korea first tfr rise in"),
 ("l-feb", L, "in February of last year", "February of last year", "date", 2024, 2024, "year", Y, "ivf executive order date"),
 ("l-s51", L, "the Senate 51-49", "51", "vote", 51, 51, "votes", Y, "senate vote obbba, for"),
 ("l-s49", L, "the Senate 51-49", "49", "vote", 49, 49, "votes", Y, "senate vote obbba, against"),
 ("l-2028", L, "born\nthrough 2028", "2028", "date", 2028, 2028, "year", Y, "trump account window end"),
 ("l-1000", L, "a $1,000 investment", "$1,000", "money", 1000, 1000, "USD", Y, "trump account seed deposit"),
 ("l-onetime", L, "\"A one-time\ndeposit", "one-time", "count", 1, 1, "deposits", N, "quote"),
 ("l-2023act", L, "passed in 2023", "2023", "date", 2023, 2023, "year", Y, "vermont child care law year"),

 # ---- BR07 fact-check (2025-08-12)
 ("f-h24", F, "all-time low in 2024, and the", "2024", "date", 2024, 2024, "year", N, "headline"),
 ("f-h14", F, "rate is not 1.4", "1.4", "rate", 1.4, 1.4, CPW, N, "headline (post's figure)"),
 ("f-dl", F, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c24", F, "ever recorded in 2024", "2024", "date", 2024, 2024, "year", N, "post's claim"),
 ("f-c14", F, "is down to 1.4", "1.4", "rate", 1.4, 1.4, CPW, N, "post's claim"),
 ("f-c5000", F, "Trump's $5,000 baby bonus", "$5,000", "money", 5000, 5000, "USD", N, "post's claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "aside"),
 ("f-v24", F, "Births rose in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-v16", F, "just under 1.6", "1.6", "rate", 1.6, 1.6, CPW, N, "tfr 2024 (rounded bound)"),
 ("f-v14", F, "1.6, not 1.4", "1.4", "rate", 1.4, 1.4, CPW, N, "post's figure"),
 ("f-v5000", F, "And no $5,000", "$5,000", "money", 5000, 5000, "USD", N, "post's claim"),
 ("f-two", F, "mixes up two different", "two", "count", 2, 2, "measures", N, "aside"),
 ("f-o24", F, "and in 2024 they moved", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-jul24", F, "published July 24", "July 24", "date", 2025, 2025, "year", Y, "final 2024 data release date"),
 ("f-births", F, "there were 3,628,934 births in the United States", "3,628,934", "count", 3628934, 3628934, "births", Y, "us births 2024 final"),
 ("f-by24", F, "United States in 2024, up", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-1pct", F, "up 1% from the year before", "1%", "percent", 1, 1, "%", Y, "births change 2023-2024 final"),
 ("f-f23y", F, "final count for 2023 was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-b23", F, "was 3,591,328 births", "3,591,328", "count", 3591328, 3591328, "births", Y, "us births 2023 final"),
 ("f-so24", F, "so 2024 was higher", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-2023i", F, "and 2023 itself", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-1979", F, "since 1979", "1979", "date", 1979, 1979, "year", Y, "2023 births lowest since"),
 ("f-2007", F, "below the 2007 peak", "2007", "date", 2007, 2007, "year", Y, "births peak year"),
 ("f-2007n", F, "peak of 4,316,233", "4,316,233", "count", 4316233, 4316233, "births", Y, "us births 2007"),
 ("f-tfr", F, "fell to 1.599 in 2024", "1.599", "rate", 1.599, 1.599, CPW, Y, "tfr 2024 final"),
 ("f-tfry", F, "1.599 in 2024 from", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-1621", F, "from 1.621 in 2023", "1.621", "rate", 1.621, 1.621, CPW, Y, "tfr 2023 final"),
 ("f-1621y", F, "1.621 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-gfr", F, "fell to 53.8 births per 1,000", "53.8 births per 1,000", "rate", 53.8, 53.8, PW, Y, "gfr 2024 final"),
 ("f-a1544", F, "women ages 15 to 44", "15 to 44", "age", 15, 44, "years", N, "definitional age range"),
 ("f-w14", F, "Where might 1.4 come", "1.4", "rate", 1.4, 1.4, CPW, N, "post's figure"),
 ("f-ew", F, "was 1.44 in 2023", "1.44", "rate", 1.44, 1.44, CPW, Y, "england and wales tfr 2023"),
 ("f-ewy", F, "1.44 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-kr", F, "was 0.75 in 2024", "0.75", "rate", 0.75, 0.75, CPW, Y, "south korea tfr 2024"),
 ("f-kry", F, "0.75 in 2024.", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-teen23", F, "was 13.2 per 1,000 in 2023", "13.2 per 1,000", "rate", 13.2, 13.2, PW, Y, "teen birth rate 2023"),
 ("f-teen23y", F, "13.2 per 1,000 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-teen24y", F, "fell again in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-apr24", F, "In April 2024, The New York Times", "April 2024", "date", 2024, 2024, "year", Y, "nyt baby bonus report date"),
 ("f-5000", F, "including a $5,000 payment", "$5,000", "money", 5000, 5000, "USD", Y, "proposed baby bonus"),
 ("f-h215", F, "approved 215-214", "215", "vote", 215, 215, "votes", Y, "house final vote obbba, for"),
 ("f-h214", F, "approved 215-214", "214", "vote", 214, 214, "votes", Y, "house final vote obbba, against"),
 ("f-jul3", F, "215-214 on July 3", "July 3", "date", 2025, 2025, "year", Y, "house final vote date"),
 ("f-nextday", F, "signed the next day", "the next day", "date", 2025, 2025, "year", N, "signing date (relative)"),
 ("f-onetime", F, "with a one-time $1,000", "one-time", "count", 1, 1, "deposits", N, "qualifier"),
 ("f-1000", F, "one-time $1,000 government", "$1,000", "money", 1000, 1000, "USD", Y, "trump account seed deposit"),
 ("f-win", F, "born from 2025 through 2028", "2025 through 2028", "date", 2025, 2028, "year", Y, "trump account birth-year window"),
 ("f-ctc", F, "child tax credit to $2,200", "$2,200", "money", 2200, 2200, "USD", Y, "child tax credit under obbba"),
 ("f-r24", F, "all-time low in 2024 is false", "2024", "date", 2024, 2024, "year", N, "ruling qualifier"),
 ("f-rbirths", F, "there were 3,628,934 births, more", "3,628,934", "count", 3628934, 3628934, "births", Y, "us births 2024 final (ruling)"),
 ("f-r23", F, "more than in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-rtfr", F, "record low of 1.599", "1.599", "rate", 1.599, 1.599, CPW, Y, "tfr 2024 final (ruling)"),
 ("f-r14", F, "figure of 1.4 is wrong", "1.4", "rate", 1.4, 1.4, CPW, N, "post's figure"),
 ("f-r5000", F, "and the $5,000 baby bonus it", "$5,000", "money", 5000, 5000, "USD", N, "post's claim"),
 ("f-s1", F, "United States, 2024,\" NCHS Data Brief, July 2025", "July 2025", "date", 2025, 2025, "year", N, "source citation"),
 ("f-s1y", F, "Births in the United States, 2024", "2024", "date", 2024, 2024, "year", N, "source title"),
 ("f-s2", F, "Final Data for 2023", "2023", "date", 2023, 2023, "year", N, "source title"),
 ("f-s2d", F, "Reports, March 2025", "March 2025", "date", 2025, 2025, "year", N, "source citation"),
 ("f-s3", F, "Provisional Data for 2023", "2023", "date", 2023, 2023, "year", N, "source title"),
 ("f-s3d", F, "Release, April 2024", "April 2024", "date", 2024, 2024, "year", N, "source citation"),
 ("f-s4", F, "England and Wales: 2023", "2023", "date", 2023, 2023, "year", N, "source title"),
 ("f-s5", F, "Korea, 2024 birth", "2024", "date", 2024, 2024, "year", N, "source title"),
 ("f-s5d", F, "(preliminary), February 2025", "February 2025", "date", 2025, 2025, "year", N, "source citation"),
]

S, Q = "strict", "qualified"


def many(a, bs, g=S):
    return [(a, b, g) for b in bs]


X = (
 # S1 US births 2024, final count: 3,628,394 (BR05, transposed) vs 3,628,934
 many("b-births", ["w-births", "e-births", "f-births", "f-rbirths", "a-nf"])
 # S2 TFR 2024 final: 1.626 (BR05, provisional figure given as July final) vs 1.599 / 1,599
 + many("b-tfr", ["w-1599", "f-tfr", "f-rtfr", "a-tfrf", "e-tfr"])
 # S3 TFR 2024 final: 1.59 (BR06, rounded the wrong way) vs 1.599 / 1,599 (and vs BR05's 1.626)
 + many("l-tfr", ["w-1599", "f-tfr", "f-rtfr", "a-tfrf", "e-tfr", "b-tfr"])
 # S4 teen birth rate 2024: 13.1 (BR05, the 2023 figure) vs 12.7
 + many("b-teen", ["w-teen", "p-teen", "a-teen", "e-teen", "l-teen"])
 # S5 cesarean rate 2024: 32.9% (BR04, the 2009 peak) vs 32.4%
 + many("e-ces", ["p-ces", "a-ces", "l-ces"])
 # S6 low-risk cesarean rate 2024: 22.9% (BR06, the primary cesarean rate under the low-risk name) vs 26.6%
 + many("l-lr", ["p-lr", "a-lr"])
 # S7 US births 2023, final: 3,591,328 (BR07, the provisional count) vs 3,596,017
 + many("f-b23", ["a-b23", "l-b23"])
 # S8 Japan births 2024: 727,288 (BR05, the 2023 figure) vs 686,061
 + many("b-jp", ["w-jp", "e-jpb"])
 # S9 South Korea's first TFR rise in: eight years (BR06) vs nine years
 + many("l-eight", ["w-nine", "e-nine"])
 # S10 South Korea TFR 2024: 0.72 (BR02, the 2023 figure) vs 0.75
 + many("p-kr", ["w-kr75", "e-kr75", "l-kr", "f-kr"])
 # S11 Trump account birth-year window: through 2029 (BR04) vs through 2028
 + many("e-win", ["w-win", "b-win", "f-win", "l-2028"])
 # S12 House final passage July 3: 215 for (BR07, the May 22 tally) vs 218
 + many("f-h215", ["w-h218", "b-h218"])
 # S13 Senate passage: 49 against (BR06) vs 50
 + many("l-s49", ["w-s50", "e-s50", "b-s50"])
 # S14 NYT baby-bonus report: April 2024 (BR07) vs April 2025 (BR01 "in April", BR05 "April 21", BR02 "last week")
 + many("f-apr24", ["w-aprT", "b-apr21", "p-lastwk2"])
 # S15 IVF executive order: "February of last year" (BR06, 2025-08-20 -> 2024) vs February 2025
 + many("l-feb", ["w-feb", "e-feb18", "p-feb"])
 # S16 child tax credit under the law: $2,500 (BR05, House-passed version) vs $2,200
 + many("b-ctc", ["e-ctc", "f-ctc"])
 # S17 birth rate of women 30-34, 2024 provisional: 91.4 (BR02, the 25-29 rate) vs 95.4
 + many("p-914", ["a-r3034", "e-954"])
 # S18 GFR decline 2007-2024: 21% (BR04, the 2007-2023 cut) vs 22%
 + many("e-21pct", ["w-22", "a-22"])
 # S19 US births 2024, provisional: 3,622,763 (BR06, transposed) vs 3,622,673
 + many("l-prov", ["p-births", "a-np"])
)

# Qualified: provisional (April 2025) vs final (July 2025) 2024 figures, each labelled
PROV = {"tfr": ["p-tfr", "a-tfrp"], "gfr": ["p-gfr", "a-gfrp"], "births": ["p-births", "a-np", "l-prov"]}
FIN = {"tfr": ["w-1599", "f-tfr", "f-rtfr", "e-tfr", "l-tfr", "a-tfrf"],
       "gfr": ["w-gfr", "e-gfr", "f-gfr", "a-gfrf"],
       "births": ["w-births", "e-births", "f-births", "f-rbirths", "a-nf", "b-births"]}
DOCP = {"p": P, "a": A, "l": L, "w": W, "f": F, "e": E, "b": B}
for k in PROV:
    for a in PROV[k]:
        for b in FIN[k]:
            if DOCP[a[0]] != DOCP[b[0]]:
                X.append((a, b, Q))
X += [
 ("p-ces23", "a-ces23", Q),   # 2023 cesarean: 32.3% (as cited in 2024 provisional report) vs 32.4% (final 2023 report)
 ("f-teen23", "a-teen23", Q), # 2023 teen rate: 13.2 (provisional 2023) vs 13.1 (final 2023)
 ("b-g23", "a-g23", Q),       # 2023 GFR: 54.4 (provisional 2023) vs 54.5 (final 2023)
 ("w-15yr", "e-14yr", Q),     # Japan below 700,000 ahead of forecast: 15 years (Reuters) vs 14 years (NTV)
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
