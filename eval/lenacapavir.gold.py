#!/usr/bin/env python3
"""Build lenacapavir.gold.jsonl: find each claim span by a unique anchor string in its article."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "lenacapavir")
OUT = os.path.join(HERE, "lenacapavir.gold.jsonl")
TOPIC = "lenacapavir"

D = {1: "len01_wire.txt", 2: "len02_press.txt", 3: "len03_abstract.txt", 4: "len04_explainer.txt",
     5: "len05_blog.txt", 6: "len06_trade.txt", 7: "len07_factcheck.txt"}

R, O = True, False
N = None
# (id, doc#, anchor, span, kind, low, high, unit, required, topic)
C = [
 # ---- len01 wire (2025-06-18) ----
 ("l1-dl", 1, "WASHINGTON, June 18", "June 18", "date", 2025, 2025, "year", O, "dateline (publication)"),
 ("l1-appr", 1, "on Wednesday approved", "Wednesday", "date", 2025, 2025, "year", R, "yeztugo fda approval date"),
 ("l1-6mo", 1, "once every six months", "six months", "duration", 6, 6, "months", R, "dosing interval"),
 ("l1-price", 1, "$28,218", "$28,218", "money", 28218, 28218, "USD", R, "yeztugo us list price per year"),
 ("l1-2trials", 1, "rested on two large trials", "two", "count", 2, 2, "trials", O, "number of pivotal trials"),
 ("l1-p1none", 1, "none of the 2,134", "none", "count", 0, 0, "infections", O, "purpose1 len infections"),
 ("l1-p1n", 1, "none of the 2,134", "2,134", "count", 2134, 2134, "participants", R, "purpose1 len arm size"),
 ("l1-cont", 1, "four continents", "four", "count", 4, 4, "continents", O, "purpose2 continents"),
 ("l1-p2inf", 1, "two of the 2,179", "two", "count", 2, 2, "infections", R, "purpose2 len infections"),
 ("l1-p2n", 1, "two of the 2,179", "2,179", "count", 2179, 2179, "participants", R, "purpose2 len arm size (final)"),
 ("l1-96", 1, "96% fewer", "96%", "percent", 96, 96, "%", R, "purpose2 reduction vs background"),
 ("l1-89", 1, "89% fewer", "89%", "percent", 89, 89, "%", R, "purpose2 reduction vs truvada"),
 ("l1-visits", 1, "Two clinic visits a year", "Two", "count", 2, 2, "visits per year", O, "quote"),
 ("l1-sunl", 1, "December 2022", "December 2022", "date", 2022, 2022, "year", R, "sunlenca approval date"),
 ("l1-apr", 1, "was cleared in 2021", "2021", "date", 2021, 2021, "year", R, "apretude approval date"),
 ("l1-apr2mo", 1, "every two months", "two months", "duration", 2, 2, "months", R, "apretude dosing interval"),
 ("l1-bty", 1, "breakthrough of the year in December", "December", "date", 2024, 2024, "year", R, "science breakthrough of the year date"),
 ("l1-13m", 1, "1.3 million", "1.3 million", "count", 1300000, 1300000, "people", R, "new hiv infections per year (2023)"),
 ("l1-2023", 1, "acquired HIV in 2023", "2023", "date", 2023, 2023, "year", O, "as-of year of infections count"),
 ("l1-lastoct", 1, "Last October", "Last October", "date", 2024, 2024, "year", R, "voluntary licence date"),
 ("l1-six", 1, "six generic drugmakers", "six", "count", 6, 6, "manufacturers", R, "generic licensees"),
 ("l1-120", 1, "in 120 mainly", "120", "count", 120, 120, "countries", R, "licence countries"),
 # ---- len02 press (2024-09-12) ----
 ("l2-h96", 2, "Reduced Infections by 96%", "96%", "percent", 96, 96, "%", O, "headline repeat"),
 ("l2-h2", 2, "PURPOSE 2: 2 Incident", "2", "count", 2, 2, "infections", O, "subhead repeat"),
 ("l2-h2180", 2, "Among 2,180 Participants", "2,180", "count", 2180, 2180, "participants", O, "subhead repeat"),
 ("l2-h999", 2, "99.9% Did Not", "99.9%", "percent", 99.9, 99.9, "%", O, "subhead repeat"),
 ("l2-date", 2, "Sept. 12, 2024", "Sept. 12, 2024", "date", 2024, 2024, "year", O, "release date (metadata)"),
 ("l2-enr", 2, "enrolled 3,295", "3,295", "count", 3295, 3295, "participants", R, "purpose2 enrolled"),
 ("l2-sites", 2, "at 88 sites", "88", "count", 88, 88, "sites", R, "purpose2 sites"),
 ("l2-ctry", 2, "in seven countries", "seven", "count", 7, 7, "countries", R, "purpose2 countries"),
 ("l2-n", 2, "Among 2,180 participants randomized", "2,180", "count", 2180, 2180, "participants", R, "purpose2 len arm size (interim)"),
 ("l2-inf", 2, "there were 2 incident", "2", "count", 2, 2, "infections", R, "purpose2 len infections (interim)"),
 ("l2-999", 2, "meaning 99.9%", "99.9%", "percent", 99.9, 99.9, "%", R, "purpose2 len did not acquire"),
 ("l2-tinf", 2, "There were 9 incident", "9", "count", 9, 9, "infections", R, "purpose2 truvada infections (interim)"),
 ("l2-tn", 2, "among the 1,087", "1,087", "count", 1087, 1087, "participants", R, "purpose2 truvada arm size (interim)"),
 ("l2-96", 2, "reduced HIV infections by 96%", "96%", "percent", 96, 96, "%", R, "purpose2 reduction vs background"),
 ("l2-bhiv", 2, "which was 2.37", "2.37", "rate", 2.37, 2.37, "per 100 PY", R, "purpose2 background incidence"),
 ("l2-89", 2, "also 89% more", "89%", "percent", 89, 89, "%", R, "purpose2 reduction vs truvada"),
 ("l2-june", 2, "PURPOSE 1 in June", "June", "date", 2024, 2024, "year", R, "purpose1 readout date"),
 ("l2-5000", 2, "more than 5,000", "5,000", "count", 5000, 5000, "participants", R, "purpose1 enrolled (bound)"),
 ("l2-p1n", 2, "none of the 2,134", "2,134", "count", 2134, 2134, "participants", R, "purpose1 len arm size"),
 ("l2-100", 2, "to 100% efficacy", "100%", "percent", 100, 100, "%", R, "purpose1 efficacy"),
 ("l2-file", 2, "by the end of 2024", "2024", "date", 2024, 2024, "year", R, "planned filing date (forecast)"),
 ("l2-launch", 2, "U.S. launch in 2025", "2025", "date", 2025, 2025, "year", O, "potential launch (forecast)"),
 ("l2-3dec", 2, "more than three decades", "three decades", "duration", 30, 30, "years", O, "about boilerplate"),
 ("l2-q", 2, "ended June 30, 2024", "June 30, 2024", "date", 2024, 2024, "year", O, "10-Q quarter end (boilerplate)"),
 # ---- len03 abstract (2025-04-10) ----
 ("l3-26a", 3, "dosing every 26 weeks", "26 weeks", "duration", 26, 26, "weeks", R, "dosing interval"),
 ("l3-age", 3, "aged 16 to 25 years", "16 to 25 years", "age", 16, 25, "years", R, "purpose1 age range"),
 ("l3-r1", 3, "Uganda 2:2:1", "2:2:1", "ratio", N, N, "ratio", O, "purpose1 randomization ratio"),
 ("l3-dose", 3, "lenacapavir 927 mg", "927 mg", "dose", 927, 927, "mg", R, "len injection dose"),
 ("l3-26b", 3, "927 mg every 26 weeks", "26 weeks", "duration", 26, 26, "weeks", O, "dosing interval repeat"),
 ("l3-scr", 3, "cohort of 8,094", "8,094", "count", 8094, 8094, "participants", R, "purpose1 screening cohort"),
 ("l3-age2", 3, "aged 16 years or older", "16 years", "age", 16, 16, "years", R, "purpose2 minimum age"),
 ("l3-r2", 3, "older 2:1", "2:1", "ratio", N, N, "ratio", O, "purpose2 randomization ratio"),
 ("l3-sites", 3, "at 88 sites", "88", "count", 88, 88, "sites", R, "purpose2 sites"),
 ("l3-ctry", 3, "in 7 countries", "7", "count", 7, 7, "countries", R, "purpose2 countries"),
 ("l3-p1N", 3, "N = 5,338", "5,338", "count", 5338, 5338, "participants", R, "purpose1 enrolled"),
 ("l3-p1len", 3, "lenacapavir, n=2,134", "2,134", "count", 2134, 2134, "participants", R, "purpose1 len arm size"),
 ("l3-p1taf", 3, "F/TAF, n=2,136", "2,136", "count", 2136, 2136, "participants", R, "purpose1 ftaf arm size"),
 ("l3-p1tdf", 3, "F/TDF, n=1,068", "1,068", "count", 1068, 1068, "participants", R, "purpose1 ftdf arm size"),
 ("l3-p1bg", 3, "bHIV was 2.41", "2.41", "rate", 2.41, 2.41, "per 100 PY", R, "purpose1 background incidence"),
 ("l3-p1bgci", 3, "1.82 to 3.19", "1.82 to 3.19", "rate", 1.82, 3.19, "per 100 PY", R, "purpose1 background incidence ci"),
 ("l3-p1inf", 3, "There were 0 infections", "0", "count", 0, 0, "infections", R, "purpose1 len infections"),
 ("l3-p1inc", 3, "(0.00 per 100", "0.00", "rate", 0, 0, "per 100 PY", R, "purpose1 len incidence"),
 ("l3-p1incci", 3, "0.00 to 0.19", "0.00 to 0.19", "rate", 0, 0.19, "per 100 PY", R, "purpose1 len incidence ci"),
 ("l3-tafinf", 3, "39 with F/TAF", "39", "count", 39, 39, "infections", R, "purpose1 ftaf infections"),
 ("l3-tafinc", 3, "(2.02;", "2.02", "rate", 2.02, 2.02, "per 100 PY", R, "purpose1 ftaf incidence"),
 ("l3-tafci", 3, "1.44 to 2.76", "1.44 to 2.76", "rate", 1.44, 2.76, "per 100 PY", R, "purpose1 ftaf incidence ci"),
 ("l3-tdfinf", 3, "16 with F/TDF", "16", "count", 16, 16, "infections", R, "purpose1 ftdf infections"),
 ("l3-tdfinc", 3, "(1.69;", "1.69", "rate", 1.69, 1.69, "per 100 PY", R, "purpose1 ftdf incidence"),
 ("l3-tdfci", 3, "0.96 to 2.74", "0.96 to 2.74", "rate", 0.96, 2.74, "per 100 PY", R, "purpose1 ftdf incidence ci"),
 ("l3-irr1", 3, "[IRR], 0.00", "0.00", "ratio", 0, 0, "IRR", R, "purpose1 irr len vs bhiv"),
 ("l3-irr1ci", 3, "0.00 to 0.04", "0.00 to 0.04", "ratio", 0, 0.04, "IRR", R, "purpose1 irr len vs bhiv ci"),
 ("l3-p1", 3, "0.04; P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", O, "p value"),
 ("l3-rd", 3, "−2.41", "−2.41", "rate", -2.41, -2.41, "per 100 PY", O, "purpose1 rate difference vs bhiv"),
 ("l3-irr2", 3, "(IRR, 0.00;", "0.00", "ratio", 0, 0, "IRR", R, "purpose1 irr len vs ftdf"),
 ("l3-irr2ci", 3, "0.00 to 0.10", "0.00 to 0.10", "ratio", 0, 0.10, "IRR", R, "purpose1 irr len vs ftdf ci"),
 ("l3-p2", 3, "0.10; P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", O, "p value"),
 ("l3-irr3", 3, "(IRR, 0.84", "0.84", "ratio", 0.84, 0.84, "IRR", R, "purpose1 irr ftaf vs bhiv"),
 ("l3-irr3ci", 3, "0.55 to 1.28", "0.55 to 1.28", "ratio", 0.55, 1.28, "IRR", R, "purpose1 irr ftaf vs bhiv ci"),
 ("l3-p3", 3, "P=0.21", "P=0.21", "pvalue", 0.21, 0.21, "p", O, "p value"),
 ("l3-isr", 3, "68.8%", "68.8%", "percent", 68.8, 68.8, "%", R, "purpose1 injection-site reactions len"),
 ("l3-isrp", 3, "34.9%", "34.9%", "percent", 34.9, 34.9, "%", R, "purpose1 injection-site reactions placebo injection"),
 ("l3-disc", 3, "4 participants (0.2%)", "4", "count", 4, 4, "participants", R, "purpose1 isr discontinuations"),
 ("l3-discp", 3, "(0.2%)", "0.2%", "percent", 0.2, 0.2, "%", R, "purpose1 isr discontinuation rate"),
 ("l3-p2enr", 3, "Of 3,295 enrolled", "3,295", "count", 3295, 3295, "participants", R, "purpose2 enrolled"),
 ("l3-p2N", 3, "N = 3,265", "3,265", "count", 3265, 3265, "participants", R, "purpose2 efficacy analysis"),
 ("l3-p2len", 3, "lenacapavir, n=2,179", "2,179", "count", 2179, 2179, "participants", R, "purpose2 len arm size (final)"),
 ("l3-p2tdf", 3, "F/TDF, n=1,086", "1,086", "count", 1086, 1086, "participants", R, "purpose2 truvada arm size (final)"),
 ("l3-p2bg", 3, "bHIV was 2.37", "2.37", "rate", 2.37, 2.37, "per 100 PY", R, "purpose2 background incidence"),
 ("l3-p2bgci", 3, "1.64 to 3.43", "1.64 to 3.43", "rate", 1.64, 3.43, "per 100 PY", R, "purpose2 background incidence ci"),
 ("l3-p2inf", 3, "HIV occurred in 2 lenacapavir", "2", "count", 2, 2, "infections", R, "purpose2 len infections"),
 ("l3-p2inc", 3, "(0.10 per 100", "0.10", "rate", 0.10, 0.10, "per 100 PY", R, "purpose2 len incidence"),
 ("l3-p2incci", 3, "0.01 to 0.37", "0.01 to 0.37", "rate", 0.01, 0.37, "per 100 PY", R, "purpose2 len incidence ci"),
 ("l3-p2tinf", 3, "and 9 F/TDF", "9", "count", 9, 9, "infections", R, "purpose2 truvada infections"),
 ("l3-p2tinc", 3, "(0.93;", "0.93", "rate", 0.93, 0.93, "per 100 PY", R, "purpose2 truvada incidence"),
 ("l3-p2tci", 3, "0.43 to 1.77", "0.43 to 1.77", "rate", 0.43, 1.77, "per 100 PY", R, "purpose2 truvada incidence ci"),
 ("l3-irr4", 3, "bHIV was 0.04", "0.04", "ratio", 0.04, 0.04, "IRR", R, "purpose2 irr vs bhiv"),
 ("l3-irr4ci", 3, "0.01 to 0.18", "0.01 to 0.18", "ratio", 0.01, 0.18, "IRR", R, "purpose2 irr vs bhiv ci"),
 ("l3-p4", 3, "0.18; P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", O, "p value"),
 ("l3-96", 3, "a 96% reduction", "96%", "percent", 96, 96, "%", R, "purpose2 reduction vs background"),
 ("l3-irr5", 3, "it was 0.11", "0.11", "ratio", 0.11, 0.11, "IRR", R, "purpose2 irr vs truvada"),
 ("l3-irr5ci", 3, "0.02 to 0.51", "0.02 to 0.51", "ratio", 0.02, 0.51, "IRR", R, "purpose2 irr vs truvada ci"),
 ("l3-p5", 3, "P=0.002", "P=0.002", "pvalue", 0.002, 0.002, "p", O, "p value"),
 ("l3-89", 3, "an 89% reduction", "89%", "percent", 89, 89, "%", R, "purpose2 reduction vs truvada"),
 ("l3-ot26", 3, "91.0%", "91.0%", "percent", 91.0, 91.0, "%", R, "purpose2 on-time injections wk26"),
 ("l3-wk26", 3, "at week 26", "week 26", "timepoint", 26, 26, "weeks", O, "timepoint"),
 ("l3-ot52", 3, "92.8%", "92.8%", "percent", 92.8, 92.8, "%", R, "purpose2 on-time injections wk52"),
 ("l3-wk52a", 3, "92.8% at week 52", "week 52", "timepoint", 52, 52, "weeks", O, "timepoint"),
 ("l3-ad8", 3, "from 82%", "82%", "percent", 82, 82, "%", R, "purpose2 ftdf high adherence wk8"),
 ("l3-wk8", 3, "at week 8", "week 8", "timepoint", 8, 8, "weeks", O, "timepoint"),
 ("l3-ad52", 3, "to 62%", "62%", "percent", 62, 62, "%", R, "purpose2 ftdf high adherence wk52"),
 ("l3-wk52b", 3, "62% at week 52", "week 52", "timepoint", 52, 52, "weeks", O, "timepoint"),
 # ---- len04 explainer (2025-08-05) ----
 ("l4-appr", 4, "June 2025", "June 2025", "date", 2025, 2025, "year", R, "yeztugo fda approval date"),
 ("l4-kg", 4, "35 kg", "35 kg", "weight", 35, 35, "kg", R, "minimum weight"),
 ("l4-lb", 4, "77 pounds", "77 pounds", "weight", 77, 77, "pounds", O, "minimum weight conversion"),
 ("l4-sunl", 4, "December 2022", "December 2022", "date", 2022, 2022, "year", R, "sunlenca approval date"),
 ("l4-2inj", 4, "gives two injections", "two", "count", 2, 2, "injections", O, "injections per dose"),
 ("l4-2d", 4, "first two days", "two days", "duration", 2, 2, "days", O, "oral lead-in days"),
 ("l4-pair", 4, "another pair", "pair", "count", 2, 2, "injections", O, "injections per dose"),
 ("l4-6mo", 4, "every six months", "six months", "duration", 6, 6, "months", R, "dosing interval"),
 ("l4-p1N", 4, "followed 5,368", "5,368", "count", 5368, 5368, "participants", R, "purpose1 enrolled"),
 ("l4-96", 4, "by 96% compared with daily Truvada", "96%", "percent", 96, 96, "%", R, "purpose2 reduction vs truvada"),
 ("l4-isr", 4, "about two-thirds", "two-thirds", "percent", 66.666667, 66.666667, "%", R, "purpose1 injection-site reactions len"),
 ("l4-price", 4, "$28,218", "$28,218", "money", 28218, 28218, "USD", R, "yeztugo us list price per year"),
 ("l4-visit", 4, "$14,100", "$14,100", "money", 14100, 14100, "USD", R, "price per six-month visit"),
 ("l4-6mo2", 4, "each six-month visit", "six-month", "duration", 6, 6, "months", O, "interval repeat"),
 ("l4-apr2mo", 4, "buttock every two months", "two months", "duration", 2, 2, "months", R, "apretude dosing interval"),
 ("l4-6vis", 4, "six clinic visits", "six", "count", 6, 6, "visits per year", O, "apretude visits per year (derived)"),
 ("l4-2vis", 4, "a year instead of two", "two", "count", 2, 2, "visits per year", O, "len visits per year"),
 ("l4-who", 4, "Last month the World", "Last month", "date", 2025, 2025, "year", R, "who guideline date"),
 ("l4-gf", 4, "up to 2 million", "2 million", "count", 2000000, 2000000, "people", R, "global fund reach"),
 ("l4-gf3", 4, "over three years", "three years", "duration", 3, 3, "years", R, "global fund period"),
 ("l4-2mo2", 4, "shots every two months", "two months", "duration", 2, 2, "months", O, "apretude interval repeat"),
 # ---- len05 blog (2025-12-01) ----
 ("l5-pub", 5, "December 1, 2025", "December 1, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
 ("l5-bty", 5, "Last December", "Last December", "date", 2024, 2024, "year", R, "science breakthrough of the year date"),
 ("l5-p1inf", 5, "zero infections", "zero", "count", 0, 0, "infections", R, "purpose1 len infections"),
 ("l5-taf", 5, "at 1.69", "1.69", "rate", 1.69, 1.69, "per 100 PY", R, "purpose1 ftaf (descovy) incidence"),
 ("l5-bg", 5, "rate of 2.41", "2.41", "rate", 2.41, 2.41, "per 100 PY", R, "purpose1 background incidence"),
 ("l5-appr", 5, "June 2024", "June 2024", "date", 2024, 2024, "year", R, "yeztugo fda approval date"),
 ("l5-who", 5, "July 2025", "July 2025", "date", 2025, 2025, "year", R, "who guideline date"),
 ("l5-price", 5, "roughly $28,000", "$28,000", "money", 28000, 28000, "USD", R, "yeztugo us list price per year (rounded)"),
 ("l5-lic", 5, "In October 2024", "October 2024", "date", 2024, 2024, "year", R, "voluntary licence date"),
 ("l5-six", 5, "with six generic", "six", "count", 6, 6, "manufacturers", R, "generic licensees"),
 ("l5-100", 5, "more than 100", "100", "count", 100, 100, "countries", R, "licence countries (bound)"),
 ("l5-sep", 5, "In September of this year", "September", "date", 2025, 2025, "year", R, "generic $40 deal date"),
 ("l5-40", 5, "about $40", "$40", "money", 40, 40, "USD", R, "generic price per person per year"),
 ("l5-2027", 5, "starting in 2027", "2027", "date", 2027, 2027, "year", R, "generic supply start"),
 ("l5-gfdt", 5, "announced in July", "July", "date", 2025, 2025, "year", R, "global fund deal date"),
 ("l5-gf", 5, "up to two million", "two million", "count", 2000000, 2000000, "people", R, "global fund reach"),
 ("l5-gf3", 5, "over three years", "three years", "duration", 3, 3, "years", R, "global fund period"),
 ("l5-gfy", 5, "670,000", "670,000", "count", 670000, 670000, "people per year", R, "global fund reach per year (derived)"),
 ("l5-13m", 5, "1.3 million", "1.3 million", "count", 1300000, 1300000, "people", R, "new hiv infections per year (2024)"),
 ("l5-2024", 5, "acquired HIV in 2024", "2024", "date", 2024, 2024, "year", O, "as-of year of infections count"),
 # ---- len06 trade (2025-09-25) ----
 ("l6-h40", 6, "$40-a-year", "$40", "money", 40, 40, "USD", O, "headline repeat"),
 ("l6-h2027", 6, "lenacapavir from 2027", "2027", "date", 2027, 2027, "year", O, "headline repeat"),
 ("l6-pub", 6, "September 25, 2025", "September 25, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
 ("l6-two", 6, "Two of India's", "Two", "count", 2, 2, "companies", O, "aside"),
 ("l6-wed", 6, "Wednesday", "Wednesday", "date", 2025, 2025, "year", R, "generic $40 deal date"),
 ("l6-40", 6, "about $40", "$40", "money", 40, 40, "USD", R, "generic price per person per year"),
 ("l6-2027", 6, "begin in 2027", "2027", "date", 2027, 2027, "year", R, "generic supply start"),
 ("l6-six", 6, "among six manufacturers", "six", "count", 6, 6, "manufacturers", R, "generic licensees"),
 ("l6-lic", 6, "from Gilead in 2023", "2023", "date", 2023, 2023, "year", R, "voluntary licence date"),
 ("l6-120", 6, "in 120 low", "120", "count", 120, 120, "countries", R, "licence countries"),
 ("l6-appr", 6, "U.S. approval in June", "June", "date", 2025, 2025, "year", R, "yeztugo fda approval date"),
 ("l6-price", 6, "$28,812", "$28,812", "money", 28812, 28812, "USD", R, "yeztugo us list price per year"),
 ("l6-sev", 6, "several hundred", "several hundred", "count", N, N, "people", O, "quoted hypothetical"),
 ("l6-p2inf", 6, "three of the 2,179", "three", "count", 3, 3, "infections", R, "purpose2 len infections"),
 ("l6-p2n", 6, "three of the 2,179", "2,179", "count", 2179, 2179, "participants", R, "purpose2 len arm size (final)"),
 ("l6-tinf", 6, "against nine", "nine", "count", 9, 9, "infections", R, "purpose2 truvada infections"),
 ("l6-ety", 6, "earlier this year", "earlier this year", "date", 2025, 2025, "year", O, "hill paper date"),
 ("l6-100", 6, "$100 per person-year", "$100", "money", 100, 100, "USD", R, "estimated production cost (bound)"),
 ("l6-ny", 6, "start next year", "next year", "date", 2026, 2026, "year", O, "planned filings (forecast)"),
 ("l6-gfdt", 6, "which in July", "July", "date", 2025, 2025, "year", R, "global fund deal date"),
 ("l6-gf", 6, "up to 2 million", "2 million", "count", 2000000, 2000000, "people", R, "global fund reach"),
 ("l6-gf3", 6, "three years, is", "three years", "duration", 3, 3, "years", R, "global fund period"),
 ("l6-50", 6, "more than 50 countries", "50", "count", 50, 50, "countries", O, "company aside (quoted)"),
 ("l6-thu", 6, "on Thursday", "Thursday", "date", 2025, 2025, "year", O, "share close date"),
 # ---- len07 fact-check (2025-07-02) ----
 ("l7-h28k", 7, "does not cost $28,000", "$28,000", "money", 28000, 28000, "USD", O, "headline: attributed figure"),
 ("l7-pub", 7, "July 2, 2025", "July 2, 2025", "date", 2025, 2025, "year", O, "byline date (metadata)"),
 ("l7-post28", 7, "costs $28,000 a shot", "$28,000", "money", 28000, 28000, "USD", O, "post's claim (attributed)"),
 ("l7-post9", 7, "9 guys", "9", "count", 9, 9, "infections", O, "post's claim (attributed)"),
 ("l7-v2inj", 7, "covers two injections", "two", "count", 2, 2, "injections per year", O, "verdict"),
 ("l7-vnine", 7, "and the nine infections", "nine", "count", 9, 9, "infections", O, "verdict repeat"),
 ("l7-appr", 7, "June 18, 2025", "June 18, 2025", "date", 2025, 2025, "year", R, "yeztugo fda approval date"),
 ("l7-6mo", 7, "every six months", "six months", "duration", 6, 6, "months", R, "dosing interval"),
 ("l7-price", 7, "$28,218", "$28,218", "money", 28218, 28218, "USD", R, "yeztugo us list price per year"),
 ("l7-2vis", 7, "means two injection", "two", "count", 2, 2, "injections per year", O, "visits per year"),
 ("l7-visit", 7, "$14,109", "$14,109", "money", 14109, 14109, "USD", R, "price per six-month visit"),
 ("l7-notper", 7, "not $28,000 per shot", "$28,000", "money", 28000, 28000, "USD", O, "attributed figure"),
 ("l7-sunl", 7, "more than $40,000", "$40,000", "money", 40000, 40000, "USD", R, "sunlenca price per year (bound)"),
 ("l7-p2inf", 7, "two of the 2,179", "two", "count", 2, 2, "infections", R, "purpose2 len infections"),
 ("l7-p2n", 7, "two of the 2,179", "2,179", "count", 2179, 2179, "participants", R, "purpose2 len arm size (final)"),
 ("l7-1in1000", 7, "one in a thousand", "one in a thousand", "percent", 0.1, 0.1, "%", R, "purpose2 len infection proportion"),
 ("l7-tinf", 7, "The nine infections mentioned", "nine", "count", 9, 9, "infections", R, "purpose2 truvada infections"),
 ("l7-tn", 7, "among the 1,086", "1,086", "count", 1086, 1086, "participants", R, "purpose2 truvada arm size (final)"),
 ("l7-inc", 7, "was 0.10", "0.10", "rate", 0.10, 0.10, "per 100 PY", R, "purpose2 len incidence"),
 ("l7-tinc", 7, "and 0.93", "0.93", "rate", 0.93, 0.93, "per 100 PY", R, "purpose2 truvada incidence"),
 ("l7-89", 7, "by 89%", "89%", "percent", 89, 89, "%", R, "purpose2 reduction vs truvada"),
 ("l7-qnine", 7, "\"Nine infections", "Nine", "count", 9, 9, "infections", O, "quote repeat"),
 ("l7-p1N", 7, "enrolled 5,338", "5,338", "count", 5338, 5338, "participants", R, "purpose1 enrolled"),
 ("l7-p1n", 7, "None of the 2,134", "2,134", "count", 2134, 2134, "participants", R, "purpose1 len arm size"),
 ("l7-tdfinf", 7, "16 of the 1,068", "16", "count", 16, 16, "infections", R, "purpose1 ftdf infections"),
 ("l7-tdfn", 7, "16 of the 1,068", "1,068", "count", 1068, 1068, "participants", R, "purpose1 ftdf arm size"),
 ("l7-tafinf", 7, "39 of the 2,136", "39", "count", 39, 39, "infections", R, "purpose1 ftaf infections"),
 ("l7-tafn", 7, "39 of the 2,136", "2,136", "count", 2136, 2136, "participants", R, "purpose1 ftaf arm size"),
 ("l7-rate28k", 7, "The $28,000 figure", "$28,000", "money", 28000, 28000, "USD", O, "attributed figure"),
 ("l7-s2024", 7, "(2024 and 2025)", "2024", "date", 2024, 2024, "year", O, "source metadata"),
 ("l7-s2025", 7, "2024 and 2025)", "2025", "date", 2025, 2025, "year", O, "source metadata"),
 # ---- extra optional counts found in the coverage sweep ----
 ("l2-p1none", 2, "Uganda, none of the 2,134", "none", "count", 0, 0, "infections", O, "purpose1 len infections"),
 ("l4-2st", 4, "based on the two studies", "two", "count", 2, 2, "trials", O, "number of pivotal trials"),
 ("l5-2deals", 5, "Two deals, two timelines", "Two", "count", 2, 2, "deals", O, "subhead"),
 ("l5-2tl", 5, "Two deals, two timelines", "two", "count", 2, 2, "timelines", O, "subhead"),
 ("l7-none", 7, "None of the 2,134", "None", "count", 0, 0, "infections", O, "purpose1 len infections"),
 ("l7-2tr", 7, "so the two trials", "two", "count", 2, 2, "trials", O, "number of trials"),
]

S, Q = "strict", "qualified"
K = [
 # 1 approval year: blog June 2024 vs 2025
 ("l5-appr", "l1-appr", S), ("l5-appr", "l4-appr", S), ("l5-appr", "l6-appr", S), ("l5-appr", "l7-appr", S),
 # 2 PURPOSE 1 enrolled: 5,368 vs 5,338
 ("l4-p1N", "l3-p1N", S), ("l4-p1N", "l7-p1N", S),
 # 3 PURPOSE 2 reduction vs Truvada: 96 (explainer, background figure) vs 89
 ("l4-96", "l1-89", S), ("l4-96", "l2-89", S), ("l4-96", "l3-89", S), ("l4-96", "l7-89", S),
 # 4 PURPOSE 1 F/TAF incidence: 1.69 (blog, F/TDF's figure) vs 2.02
 ("l5-taf", "l3-tafinc", S),
 # 5 licence year: 2023 vs October 2024
 ("l6-lic", "l1-lastoct", S), ("l6-lic", "l5-lic", S),
 # 6 list price: 28,812 vs 28,218
 ("l6-price", "l1-price", S), ("l6-price", "l4-price", S), ("l6-price", "l7-price", S),
 # 7 PURPOSE 2 lenacapavir infections (final): three vs two
 ("l6-p2inf", "l1-p2inf", S), ("l6-p2inf", "l3-p2inf", S), ("l6-p2inf", "l7-p2inf", S),
 # qualified
 ("l6-p2inf", "l2-inf", Q),
 ("l2-n", "l1-p2n", Q), ("l2-n", "l3-p2len", Q), ("l2-n", "l6-p2n", Q), ("l2-n", "l7-p2n", Q),
 ("l2-tn", "l3-p2tdf", Q), ("l2-tn", "l7-tn", Q),
 ("l2-enr", "l3-p2N", Q),
 ("l5-price", "l6-price", Q),
]


def main():
    texts = {k: open(os.path.join(DOCDIR, v), encoding="utf-8").read() for k, v in D.items()}
    rows, ids, bad = [], set(), 0
    for (cid, d, anchor, span, kind, lo, hi, unit, req, topic) in C:
        t = texts[d]
        if cid in ids:
            print("duplicate id", cid); bad += 1
        ids.add(cid)
        n = t.count(anchor)
        if n != 1:
            print(f"{cid}: anchor {anchor!r} occurs {n} times in {D[d]}"); bad += 1; continue
        a = t.index(anchor)
        off = anchor.find(span)
        if off < 0:
            print(f"{cid}: span {span!r} not in anchor"); bad += 1; continue
        s = a + off
        e = s + len(span)
        assert t[s:e] == span
        rows.append({"type": "claim", "id": cid, "doc": D[d], "start": s, "end": e, "span": span,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    # overlapping spans check
    bydoc = {}
    for r in rows:
        bydoc.setdefault(r["doc"], []).append(r)
    for doc, rs in bydoc.items():
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                print("overlap", x["id"], y["id"]); bad += 1
    byid = {r["id"]: r for r in rows}
    seen = set()
    for a, b, g in K:
        if a not in byid or b not in byid:
            print("conflict refers to unknown id", a, b); bad += 1; continue
        if byid[a]["doc"] == byid[b]["doc"]:
            print("same-doc conflict", a, b); bad += 1
        k = frozenset((a, b))
        if k in seen:
            print("dup conflict", a, b); bad += 1
        seen.add(k)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": g})
    if bad:
        sys.exit(f"{bad} problems")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in sorted([r for r in rows if r["type"] == "claim"], key=lambda r: (r["doc"], r["start"])):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for r in rows:
            if r["type"] == "conflict":
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cl = [r for r in rows if r["type"] == "claim"]
    cf = [r for r in rows if r["type"] == "conflict"]
    print(f"claims {len(cl)} (required {sum(r['required'] for r in cl)}, optional {sum(not r['required'] for r in cl)}); "
          f"conflicts {len(cf)} (strict {sum(r['grade']=='strict' for r in cf)}, qualified {sum(r['grade']=='qualified' for r in cf)})")


if __name__ == "__main__":
    main()
