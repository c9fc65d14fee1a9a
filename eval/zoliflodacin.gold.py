#!/usr/bin/env python3
"""Build zoliflodacin.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "zoliflodacin")
OUT = os.path.join(HERE, "zoliflodacin.gold.jsonl")
T = "zoliflodacin"

W, P, A, E, B, L, F = ("ZO01_wire.txt", "ZO02_press.txt", "ZO03_abstract.txt",
                       "ZO04_explainer.txt", "ZO05_blog.txt", "ZO06_local.txt", "ZO07_factcheck.txt")
Y = True; N = False
NULL = None

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- ZO01 wire (2025-12-12, a Friday)
 ("w-hsingle", W, "US approves first single-dose", "single", "count", 1, 1, "doses", N, "headline"),
 ("w-dl", W, "WASHINGTON, Dec 12", "Dec 12", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "regulators on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "fda approval of zoliflodacin"),
 ("w-single", W, "zoliflodacin, a single-dose oral", "single", "count", 1, 1, "doses", N, "aside"),
 ("w-age12", W, "adolescents aged 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("w-35kg", W, "at least 35 kilograms", "35 kilograms", "weight", 35, 35, "kg", Y, "nuzolvence minimum weight"),
 ("w-77lb", W, "(77 pounds)", "77 pounds", "weight", 77, 77, "lb", N, "minimum weight (conversion)"),
 ("w-one", W, "Patients take one 3-gram", "one", "count", 1, 1, "doses", N, "dose count"),
 ("w-3g", W, "one 3-gram dose", "3-gram", "dose", 3, 3, "g", Y, "zoliflodacin approved dose"),
 ("w-dayafter", W, "The decision came a day after", "a day", "duration", 1, 1, "days", N, "gap between approvals"),
 ("w-pair", W, "a pair of approvals", "pair", "count", 2, 2, "approvals", N, "aside"),
 ("w-gepmar", W, "first approved in March for", "March", "date", 2025, 2025, "year", Y, "gepotidacin uti approval (rival)"),
 ("w-gep2", W, "is taken as two doses", "two", "count", 2, 2, "doses", Y, "gepotidacin doses"),
 ("w-gep45", W, "at least 45 kg", "45 kg", "weight", 45, 45, "kg", Y, "blujepa minimum weight (rival)"),
 ("w-gep99", W, "(99 pounds)", "99 pounds", "weight", 99, 99, "lb", N, "blujepa minimum weight (conversion)"),
 ("w-744", W, "a trial of 744 patients", "744", "count", 744, 744, "patients", Y, "phase 3 trial size (micro-itt as whole)"),
 ("w-five", W, "744 patients in five countries", "five", "count", 5, 5, "countries", Y, "phase 3 trial countries"),
 ("w-asingle", W, "A single dose cured", "single", "count", 1, 1, "doses", N, "aside"),
 ("w-909", W, "cured 90.9% of urogenital", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("w-962", W, "compared with 96.2% for", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator urogenital cure"),
 ("w-azi2g", W, "a 2-gram oral dose of azithromycin", "2-gram", "dose", 2, 2, "g", Y, "comparator azithromycin dose"),
 ("w-thu", W, "published on Thursday in The Lancet", "Thursday", "date", 2025, 2025, "year", N, "lancet publication"),
 ("w-628", W, "which enrolled 628 people", "628", "count", 628, 628, "patients", Y, "eagle-1 trial size (rival)"),
 ("w-926", W, "gepotidacin cured 92.6%", "92.6%", "percent", 92.6, 92.6, "%", Y, "eagle-1 gepotidacin cure (rival)"),
 ("w-912", W, "against 91.2% for", "91.2%", "percent", 91.2, 91.2, "%", Y, "eagle-1 comparator cure (rival)"),
 ("w-10pp", W, "margin of 10 percentage points", "10 percentage points", "percent", 10, 10, "pp", Y, "eagle-1 ni margin (rival)"),
 ("w-8pct", W, "rose more than 8% to", "8%", "percent", 8, 8, "%", Y, "innoviva share rise"),
 ("w-2062", W, "to $20.62 on Thursday", "$20.62", "money", 20.62, 20.62, "USD", Y, "innoviva share price dec 11"),
 ("w-thu2", W, "$20.62 on Thursday", "Thursday", "date", 2025, 2025, "year", N, "share move date"),
 ("w-166b", W, "about $1.66 billion", "$1.66 billion", "money", 1660000000, 1660000000, "USD", Y, "innoviva market value dec 11"),
 ("w-dec15", W, "a Dec. 15 target date", "Dec. 15", "date", 2025, 2025, "year", Y, "pdufa target date"),
 ("w-lastmo", W, "warned last month that", "last month", "date", 2025, 2025, "year", N, "egasp data release"),
 ("w-08", W, "rose from 0.8% in 2022", "0.8%", "percent", 0.8, 0.8, "%", Y, "egasp ceftriaxone resistance 2022"),
 ("w-08y", W, "0.8% in 2022 to 5%", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("w-5", W, "in 2022 to 5% in 2024", "5%", "percent", 5, 5, "%", Y, "egasp ceftriaxone resistance 2024"),
 ("w-5y", W, "to 5% in 2024, while", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-17", W, "climbed from 1.7% to 11%", "1.7%", "percent", 1.7, 1.7, "%", Y, "egasp cefixime resistance 2022"),
 ("w-11", W, "from 1.7% to 11%", "11%", "percent", 11, 11, "%", Y, "egasp cefixime resistance 2024"),
 ("w-95", W, "ciprofloxacin reached 95%", "95%", "percent", 95, 95, "%", Y, "egasp ciprofloxacin resistance"),
 ("w-12c", W, "Twelve countries reported", "Twelve", "count", 12, 12, "countries", Y, "egasp countries 2024"),
 ("w-12cy", W, "reported data in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-4c", W, "up from four in 2022", "four", "count", 4, 4, "countries", Y, "egasp countries 2022"),
 ("w-4cy", W, "four in 2022, and", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("w-3615", W, "logged 3,615 cases", "3,615", "count", 3615, 3615, "cases", Y, "egasp cases 2024"),
 ("w-82m", W, "more than 82 million people", "82 million", "count", 82000000, 82000000, "infections", Y, "global infections per year"),
 ("w-600k", W, "about 600,000 cases last year", "600,000", "count", 600000, 600000, "cases", Y, "us reported cases 2024 (2023 figure)"),
 ("w-lastyr", W, "600,000 cases last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("w-3yr", W, "fallen for three years in a row", "three years", "duration", 3, 3, "years", Y, "us decline streak"),
 ("w-2017", W, "partnered in 2017 with", "2017", "date", 2017, 2017, "year", Y, "gardp-entasis partnership"),
 ("w-160", W, "in about 160 countries", "160", "count", 160, 160, "countries", Y, "gardp territories"),
 ("w-single500", W, "recommends a single 500 mg", "single", "count", 1, 1, "doses", N, "aside"),
 ("w-500", W, "single 500 mg injection", "500 mg", "dose", 500, 500, "mg", Y, "cdc first-line ceftriaxone dose"),

 # ---- ZO02 press (2026-01-20)
 ("p-hsingle", P, "Bring Single-Dose Oral", "Single", "count", 1, 1, "doses", N, "headline"),
 ("p-decades", P, "solely for gonorrhoea in decades", "decades", "duration", NULL, NULL, "years", N, "vague"),
 ("p-dl", P, "January 20, 2026", "January 20, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("p-single", P, "a first-in-class, single-dose oral", "single", "count", 1, 1, "doses", N, "aside"),
 ("p-dec12", P, "on December 12, 2025", "December 12, 2025", "date", 2025, 2025, "year", Y, "fda approval"),
 ("p-age12", P, "patients 12 years of age", "12 years", "age", 12, 12, "years", Y, "approved minimum age"),
 ("p-35kg", P, "weighing at least 35 kg", "35 kg", "weight", 35, 35, "kg", Y, "nuzolvence minimum weight"),
 ("p-jun25", P, "Priority Review in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "nda acceptance / priority review"),
 ("p-958", P, "recruited 958 patients", "958", "count", 958, 958, "patients", Y, "phase 3 patients recruited (gardp wording)"),
 ("p-16", P, "958 patients at 16 sites", "16", "count", 16, 16, "sites", Y, "phase 3 sites"),
 ("p-five", P, "16 sites in five countries", "five", "count", 5, 5, "countries", Y, "phase 3 countries"),
 ("p-21", P, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("p-single3", P, "to a single oral 3 g dose", "single", "count", 1, 1, "doses", N, "aside"),
 ("p-3g", P, "oral 3 g dose", "3 g", "dose", 3, 3, "g", Y, "zoliflodacin dose"),
 ("p-621", P, "(n=621)", "621", "count", 621, 621, "patients", Y, "zoliflodacin arm size"),
 ("p-single500", P, "to a single 500 mg", "single", "count", 1, 1, "doses", N, "aside"),
 ("p-500", P, "single 500 mg intramuscular", "500 mg", "dose", 500, 500, "mg", Y, "comparator ceftriaxone dose"),
 ("p-single1", P, "plus a single 1 g oral", "single", "count", 1, 1, "doses", N, "aside"),
 ("p-1g", P, "single 1 g oral dose", "1 g", "dose", 1, 1, "g", Y, "comparator azithromycin dose"),
 ("p-nov23", P, "first announced in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "topline results announced"),
 ("p-apr24", P, "in Barcelona in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "escmid presentation"),
 ("p-909", P, "cure at the urogenital site in 90.9%", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("p-962", P, "compared with 96.2% for", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator urogenital cure"),
 ("p-head12", P, "headache (12%)", "12%", "percent", 12, 12, "%", Y, "zoliflodacin headache rate"),
 ("p-neut7", P, "neutropenia (7%)", "7%", "percent", 7, 7, "%", Y, "zoliflodacin neutropenia rate"),
 ("p-qsingle", P, "A single dose taken in the clinic", "single", "count", 1, 1, "doses", N, "quote"),
 ("p-82m", P, "more than 82 million new", "82 million", "count", 82000000, 82000000, "infections", Y, "global infections per year"),
 ("p-nov25", P, "released by WHO in November 2025", "November 2025", "date", 2025, 2025, "year", N, "egasp data release"),
 ("p-08", P, "rose from 0.8% in 2022", "0.8%", "percent", 0.8, 0.8, "%", Y, "egasp ceftriaxone resistance 2022"),
 ("p-08y", P, "0.8% in 2022 to 11%", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("p-11", P, "in 2022 to 11% in 2024", "11%", "percent", 11, 11, "%", Y, "egasp ceftriaxone resistance 2024 (cefixime figure)"),
 ("p-11y", P, "to 11% in 2024.", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-2pct", P, "Brazil contributed 2%", "2%", "percent", 2, 2, "%", Y, "brazil share of egasp cases"),
 ("p-3615", P, "of the 3,615 cases", "3,615", "count", 3615, 3615, "cases", Y, "egasp cases 2024"),
 ("p-3615y", P, "to the programme in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-1998", P, "Founded in 1998", "1998", "date", 1998, 1998, "year", N, "about section"),
 ("p-1200", P, "employs about 1,200 people", "1,200", "count", 1200, 1200, "employees", N, "about section"),
 ("p-26", P, "in all 26 Brazilian states", "26", "count", 26, 26, "states", N, "about section"),
 ("p-may16", P, "established in May 2016", "May 2016", "date", 2016, 2016, "year", N, "about section: gardp founded"),
 ("p-2017", P, "in Berlin in 2017", "2017", "date", 2017, 2017, "year", N, "about section: pledge year"),
 ("p-565", P, "pledged EUR 56.5 million", "EUR 56.5 million", "money", 56500000, 56500000, "EUR", Y, "gardp launch pledge"),
 ("p-15m", P, "announced £1.5 million", "£1.5 million", "money", 1500000, 1500000, "GBP", Y, "uk funding for zoliflodacin feb 2021"),
 ("p-feb21", P, "in February 2021 to support", "February 2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("p-34", P, "more than three-quarters of global", "three-quarters", "percent", 75, 75, "%", Y, "gardp share of global markets"),

 # ---- ZO03 abstract (2026-03-02)
 ("a-pub", A, "Published online 2 March 2026", "2 March 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-tsingle", A, "Single-dose oral zoliflodacin for uncomplicated urogenital gonorrhoea: a systematic", "Single", "count", 1, 1, "doses", N, "title"),
 ("a-2020", A, "In 2020, WHO estimated", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("a-824", A, "caused 82.4 million new", "82.4 million", "count", 82400000, 82400000, "infections", Y, "who global infections 2020"),
 ("a-1549", A, "aged 15–49 years", "15–49 years", "age", 15, 49, "years", N, "definitional"),
 ("a-2019", A, "and in 2019 the US Centers", "2019", "date", 2019, 2019, "year", Y, "cdc urgent threat declaration"),
 ("a-2022", A, "in 2022, 32% of isolates", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-32", A, "2022, 32% of isolates", "32%", "percent", 32, 32, "%", Y, "cambodia esc or azithromycin resistance 2022"),
 ("a-7both", A, "(7% to both)", "7%", "percent", 7, 7, "%", Y, "cambodia dual resistance 2022"),
 ("a-27", A, "Viet Nam 27% of isolates", "27%", "percent", 27, 27, "%", Y, "viet nam ceftriaxone resistance 2023"),
 ("a-2023", A, "resistant to ceftriaxone in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-dec25", A, "Administration in December 2025", "December 2025", "date", 2025, 2025, "year", Y, "fda approval"),
 ("a-search", A, "inception to 31 January 2026", "31 January 2026", "date", 2026, 2026, "year", N, "search date"),
 ("a-msingle", A, "comparing single-dose oral zoliflodacin", "single", "count", 1, 1, "doses", N, "definitional"),
 ("a-day6", A, "(day 6 ± 2)", "day 6", "duration", 6, 6, "days", Y, "test-of-cure timing"),
 ("a-pm2", A, "day 6 ± 2)", "2", "duration", 2, 2, "days", N, "window"),
 ("a-tworev", A, "Two reviewers extracted", "Two", "count", 2, 2, "reviewers", N, "methods"),
 ("a-twotr", A, "Two trials (N = 1,109", "Two", "count", 2, 2, "trials", Y, "trials included"),
 ("a-1109", A, "(N = 1,109 randomised", "1,109", "count", 1109, 1109, "participants", Y, "pooled randomised (179+930)"),
 ("a-p2n", A, "Phase 2 trial (N = 179", "179", "count", 179, 179, "participants", Y, "phase 2 enrolled"),
 ("a-p2dates", A, "enrolled November 2014 to December 2015", "November 2014 to December 2015", "date", 2014, 2015, "year", N, "phase 2 enrolment period"),
 ("a-p2-2g", A, "zoliflodacin 2 g, zoliflodacin 3 g", "2 g", "dose", 2, 2, "g", Y, "phase 2 low-dose arm"),
 ("a-p2-3g", A, "2 g, zoliflodacin 3 g, or", "3 g", "dose", 3, 3, "g", Y, "phase 2 high-dose arm"),
 ("a-p2-500", A, "or ceftriaxone 500 mg intramuscularly. In", "500 mg", "dose", 500, 500, "mg", Y, "phase 2 ceftriaxone dose"),
 ("a-141", A, "(n=141)", "141", "count", 141, 141, "participants", Y, "phase 2 micro-itt"),
 ("a-55", A, "was 55/57", "55", "count", 55, 55, "participants", Y, "phase 2 2 g cured"),
 ("a-57", A, "55/57 (96.5%)", "57", "count", 57, 57, "participants", Y, "phase 2 2 g micro-itt"),
 ("a-965", A, "(96.5%)", "96.5%", "percent", 96.5, 96.5, "%", Y, "phase 2 2 g cure"),
 ("a-2gw", A, "(96.5%) with 2 g", "2 g", "dose", 2, 2, "g", N, "arm label"),
 ("a-54", A, "54/56 (96.4%)", "54", "count", 54, 54, "participants", Y, "phase 2 3 g cured"),
 ("a-56", A, "54/56 (96.4%)", "56", "count", 56, 56, "participants", Y, "phase 2 3 g micro-itt"),
 ("a-964", A, "(96.4%)", "96.4%", "percent", 96.4, 96.4, "%", Y, "phase 2 3 g cure"),
 ("a-3gw", A, "(96.4%) with 3 g", "3 g", "dose", 3, 3, "g", N, "arm label"),
 ("a-28a", A, "and 28/28 (100%)", "28", "count", 28, 28, "participants", Y, "phase 2 ceftriaxone cured"),
 ("a-28b", A, "/28 (100%) with", "28", "count", 28, 28, "participants", Y, "phase 2 ceftriaxone micro-itt"),
 ("a-100p2", A, "28/28 (100%)", "100%", "percent", 100, 100, "%", Y, "phase 2 ceftriaxone cure"),
 ("a-rd", A, "ceftriaxone −3.6 percentage points", "−3.6 percentage points", "percent", -3.6, -3.6, "pp", Y, "phase 2 rd 3 g vs ceftriaxone"),
 ("a-rdvs", A, "RD for 3 g versus", "3 g", "dose", 3, 3, "g", N, "arm label"),
 ("a-rdci", A, "(95% CI −12.1 to 8.8", "−12.1 to 8.8", "percent", -12.1, 8.8, "pp", Y, "ci"),
 ("a-p", A, "P=0.55", "0.55", "pvalue", 0.55, 0.55, "p", N, "p-value"),
 ("a-ph4", A, "cured in 4/8 (50%)", "4", "count", 4, 4, "participants", N, "phase 2 pharyngeal 2 g cured"),
 ("a-ph8", A, "/8 (50%)", "8", "count", 8, 8, "participants", N, "phase 2 pharyngeal 2 g n"),
 ("a-ph50", A, "4/8 (50%)", "50%", "percent", 50, 50, "%", Y, "phase 2 pharyngeal cure 2 g"),
 ("a-ph9", A, "9/11 (82%)", "9", "count", 9, 9, "participants", N, "phase 2 pharyngeal 3 g cured"),
 ("a-ph11", A, "/11 (82%)", "11", "count", 11, 11, "participants", N, "phase 2 pharyngeal 3 g n"),
 ("a-ph82", A, "9/11 (82%)", "82%", "percent", 82, 82, "%", Y, "phase 2 pharyngeal cure 3 g"),
 ("a-ph4c", A, "and 4/4 (100%)", "4", "count", 4, 4, "participants", N, "phase 2 pharyngeal ceftriaxone cured"),
 ("a-ph4d", A, "/4 (100%) participants", "4", "count", 4, 4, "participants", N, "phase 2 pharyngeal ceftriaxone n"),
 ("a-ph100", A, "4/4 (100%) participants", "100%", "percent", 100, 100, "%", Y, "phase 2 pharyngeal cure ceftriaxone"),
 ("a-930", A, "Phase 3 trial (N = 930", "930", "count", 930, 930, "participants", Y, "phase 3 randomised"),
 ("a-16", A, "930; 16 sites", "16", "count", 16, 16, "sites", Y, "phase 3 sites"),
 ("a-five", A, "16 sites in five countries", "five", "count", 5, 5, "countries", Y, "phase 3 countries"),
 ("a-nov19", A, "enrolment from November 2019", "November 2019", "date", 2019, 2019, "year", Y, "phase 3 enrolment start"),
 ("a-21", A, "randomised 2:1 to", "2:1", "ratio", 2, 2, "x", Y, "randomisation ratio"),
 ("a-p3single", A, "to a single oral dose of zoliflodacin 3 g (n=621)", "single", "count", 1, 1, "doses", N, "aside"),
 ("a-p3-3g", A, "zoliflodacin 3 g (n=621)", "3 g", "dose", 3, 3, "g", Y, "zoliflodacin phase 3 dose"),
 ("a-621", A, "(n=621)", "621", "count", 621, 621, "participants", Y, "zoliflodacin arm size"),
 ("a-p3-500", A, "ceftriaxone 500 mg intramuscularly plus", "500 mg", "dose", 500, 500, "mg", Y, "comparator ceftriaxone dose"),
 ("a-p3-1g", A, "azithromycin 1 g orally", "1 g", "dose", 1, 1, "g", Y, "comparator azithromycin dose"),
 ("a-309", A, "(n=309)", "309", "count", 309, 309, "participants", Y, "comparator arm size"),
 ("a-age", A, "Mean age was 29.7 years", "29.7 years", "age", 29.7, 29.7, "years", Y, "phase 3 mean age"),
 ("a-male", A, "and 87.6% were male", "87.6%", "percent", 87.6, 87.6, "%", Y, "phase 3 male share"),
 ("a-744", A, "(n=744)", "744", "count", 744, 744, "participants", Y, "phase 3 micro-itt"),
 ("a-909", A, "cure was 90.9% with zoliflodacin", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("a-962", A, "and 96.2% with ceftriaxone", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator urogenital cure"),
 ("a-diff", A, "was −5.3 percentage points", "−5.3 percentage points", "percent", -5.3, -5.3, "pp", Y, "phase 3 difference zoli minus comparator"),
 ("a-diffci", A, "(95% CI −8.6 to −1.4)", "−8.6 to −1.4", "percent", -8.6, -1.4, "pp", Y, "ci"),
 ("a-12", A, "margin of 12 percentage points", "12 percentage points", "percent", 12, 12, "pp", Y, "phase 3 ni margin"),
 ("a-968", A, "cure rates were 96.8% and 100%", "96.8%", "percent", 96.8, 96.8, "%", Y, "phase 3 zoliflodacin cure, evaluable population"),
 ("a-100e", A, "96.8% and 100%", "100%", "percent", 100, 100, "%", Y, "phase 3 comparator cure, evaluable population"),
 ("a-ph792", A, "pharyngeal 79.2%", "79.2%", "percent", 79.2, 79.2, "%", Y, "phase 3 pharyngeal cure zoliflodacin"),
 ("a-ph786", A, "79.2% vs 78.6%", "78.6%", "percent", 78.6, 78.6, "%", Y, "phase 3 pharyngeal cure comparator"),
 ("a-re873", A, "rectal 87.3%", "87.3%", "percent", 87.3, 87.3, "%", Y, "phase 3 rectal cure zoliflodacin"),
 ("a-re886", A, "87.3% vs 88.6%", "88.6%", "percent", 88.6, 88.6, "%", Y, "phase 3 rectal cure comparator"),
 ("a-46", A, "occurred in 46% of participants", "46%", "percent", 46, 46, "%", Y, "teae rate each arm"),
 ("a-head10", A, "headache (10%)", "10%", "percent", 10, 10, "%", Y, "zoliflodacin headache rate"),
 ("a-neut7", A, "neutropenia (7%)", "7%", "percent", 7, 7, "%", Y, "zoliflodacin neutropenia rate"),
 ("a-leuk4", A, "leukopenia (4%)", "4%", "percent", 4, 4, "%", Y, "zoliflodacin leukopenia rate"),
 ("a-isp12", A, "injection-site pain (12%)", "12%", "percent", 12, 12, "%", Y, "comparator injection-site pain"),
 ("a-neut8", A, "neutropenia (8%)", "8%", "percent", 8, 8, "%", Y, "comparator neutropenia rate"),
 ("a-diar7", A, "diarrhoea (7%)", "7%", "percent", 7, 7, "%", Y, "comparator diarrhoea rate"),
 ("a-csingle", A, "A single oral dose of zoliflodacin 3 g was", "single", "count", 1, 1, "doses", N, "conclusion"),
 ("a-c3g", A, "zoliflodacin 3 g was non-inferior", "3 g", "dose", 3, 3, "g", N, "conclusion repeat"),

 # ---- ZO04 explainer (2025-12-18)
 ("e-upd", E, "Updated December 18, 2025", "December 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-dec12", E, "On December 12, 2025", "December 12, 2025", "date", 2025, 2025, "year", Y, "fda approval"),
 ("e-single", E, "It is a single 2-gram dose", "single", "count", 1, 1, "doses", N, "aside"),
 ("e-2g", E, "single 2-gram dose", "2-gram", "dose", 2, 2, "g", Y, "zoliflodacin approved dose"),
 ("e-age12", E, "teens 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("e-35kg", E, "at least 35 kilograms", "35 kilograms", "weight", 35, 35, "kg", Y, "nuzolvence minimum weight"),
 ("e-77lb", E, "(about 77 pounds)", "77 pounds", "weight", 77, 77, "lb", N, "conversion"),
 ("e-oneshot", E, "get one shot of ceftriaxone", "one", "count", 1, 1, "doses", N, "aside"),
 ("e-500", E, "ceftriaxone, 500 mg, into", "500 mg", "dose", 500, 500, "mg", Y, "ceftriaxone dose (us standard and comparator)"),
 ("e-1g", E, "a 1-gram pill of azithromycin", "1-gram", "dose", 1, 1, "g", Y, "comparator azithromycin dose"),
 ("e-930", E, "which enrolled 930 people", "930", "count", 930, 930, "participants", Y, "phase 3 randomised"),
 ("e-909", E, "cured 90.9% of genital", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("e-962", E, "compared with 96.2% for", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator urogenital cure"),
 ("e-10pp", E, "no more than 10 percentage points worse", "10 percentage points", "percent", 10, 10, "pp", Y, "phase 3 ni margin (eagle-1 figure)"),
 ("e-6d", E, "about six days after treatment", "six days", "duration", 6, 6, "days", Y, "test-of-cure timing"),
 ("e-792", E, "example 79.2% of throat", "79.2%", "percent", 79.2, 79.2, "%", Y, "phase 3 pharyngeal cure zoliflodacin"),
 ("e-786", E, "against 78.6% with", "78.6%", "percent", 78.6, 78.6, "%", Y, "phase 3 pharyngeal cure comparator"),
 ("e-46", E, "the trial, 46% of people", "46%", "percent", 46, 46, "%", Y, "teae rate each arm"),
 ("e-10", E, "in about 10% of people", "10%", "percent", 10, 10, "%", Y, "zoliflodacin headache rate"),
 ("e-824", E, "estimated 82.4 million new", "82.4 million", "count", 82400000, 82400000, "infections", Y, "who global infections 2020"),
 ("e-1549", E, "adults aged 15 to 49", "15 to 49", "age", 15, 49, "years", N, "definitional"),
 ("e-2020", E, "15 to 49 in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("e-5", E, "rose to 5% of samples", "5%", "percent", 5, 5, "%", Y, "egasp ceftriaxone resistance 2024"),
 ("e-5y", E, "5% of samples in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-five22", E, "grew from five in 2022", "five", "count", 5, 5, "countries", Y, "egasp countries 2022"),
 ("e-five22y", E, "five in 2022 to", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-12c", E, "to 12 in 2024", "12", "count", 12, 12, "countries", Y, "egasp countries 2024"),
 ("e-12cy", E, "12 in 2024. The", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-2013", E, "as far back as 2013", "2013", "date", 2013, 2013, "year", Y, "cdc urgent threat listing"),
 ("e-540k", E, "More than 540,000 cases", "540,000", "count", 540000, 540000, "cases", Y, "us reported cases 2024"),
 ("e-540y", E, "were reported in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-1m", E, "well over 1 million a year", "1 million", "count", 1000000, 1000000, "infections", Y, "us estimated new infections per year"),
 ("e-dayearlier", E, "A day earlier", "A day", "duration", 1, 1, "days", N, "gap between approvals"),
 ("e-dec11", E, "on December 11, the FDA", "December 11", "date", 2025, 2025, "year", Y, "gepotidacin gonorrhea approval (rival)"),
 ("e-gep2", E, "taken as two doses", "two", "count", 2, 2, "doses", Y, "gepotidacin doses"),
 ("e-one", E, "rather than one, and", "one", "count", 1, 1, "doses", N, "aside"),
 ("e-45kg", E, "at least 45 kilograms", "45 kilograms", "weight", 45, 45, "kg", Y, "blujepa minimum weight (rival)"),
 ("e-3mo", E, "about three months after treatment", "three months", "duration", 3, 3, "months", Y, "retest interval"),
 ("e-7d", E, "avoid sex for seven days", "seven days", "duration", 7, 7, "days", Y, "abstinence after treatment"),
 ("e-onetime", E, "gives patients a one-time oral", "one-time", "count", 1, 1, "doses", N, "summary"),

 # ---- ZO05 blog (2026-01-08)
 ("b-hone1", B, "One pill, one visit", "One", "count", 1, 1, "pills", N, "headline"),
 ("b-hone2", B, "pill, one visit", "one", "count", 1, 1, "visits", N, "headline"),
 ("b-date", B, "January 8, 2026", "January 8, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-thousands", B, "I have given thousands of", "thousands", "count", NULL, NULL, "injections", N, "vague"),
 ("b-dec12", B, "approved zoliflodacin on December 12", "December 12", "date", 2025, 2025, "year", Y, "fda approval"),
 ("b-1092", B, "It enrolled 1,092 patients", "1,092", "count", 1092, 1092, "patients", Y, "phase 3 trial size (planned enrolment)"),
 ("b-16", B, "1,092 patients at 16 sites", "16", "count", 16, 16, "sites", Y, "phase 3 sites"),
 ("b-single", B, "either a single 3 g oral dose", "single", "count", 1, 1, "doses", N, "aside"),
 ("b-3g", B, "single 3 g oral dose", "3 g", "dose", 3, 3, "g", Y, "zoliflodacin phase 3 dose"),
 ("b-500", B, "ceftriaxone 500 mg in the muscle", "500 mg", "dose", 500, 500, "mg", Y, "comparator ceftriaxone dose"),
 ("b-novly", B, "first announced in November last year", "November last year", "date", 2025, 2025, "year", Y, "topline results announced (resolves to 2025)"),
 ("b-909", B, "Zoliflodacin cured 90.9%", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("b-926", B, "combination cured 92.6%", "92.6%", "percent", 92.6, 92.6, "%", Y, "phase 3 comparator urogenital cure (transposed)"),
 ("b-531", B, "The difference was 5.31 percentage points", "5.31 percentage points", "percent", 5.31, 5.31, "pp", Y, "phase 3 difference (escmid)"),
 ("b-885", B, "interval, 8.85, stayed", "8.85", "percent", 8.85, 8.85, "pp", Y, "upper ci bound (escmid)"),
 ("b-12pt", B, "prespecified 12-point", "12-point", "percent", 12, 12, "pp", Y, "phase 3 ni margin"),
 ("b-6wk", B, "about six weeks later", "six weeks", "duration", 6, 6, "weeks", Y, "test-of-cure timing"),
 ("b-179", B, "phase 2 trial, in 179 people", "179", "count", 179, 179, "participants", Y, "phase 2 enrolled"),
 ("b-96", B, "cure rates of 96% with", "96%", "percent", 96, 96, "%", Y, "phase 2 cure both doses"),
 ("b-2g", B, "both the 2 g and 3 g doses", "2 g", "dose", 2, 2, "g", Y, "phase 2 low-dose arm"),
 ("b-p2-3g", B, "2 g and 3 g doses", "3 g", "dose", 3, 3, "g", Y, "phase 2 high-dose arm"),
 ("b-osingle", B, "A single oral dose is exactly", "single", "count", 1, 1, "doses", N, "aside"),
 ("b-35kg", B, "weighing under 35 kg", "35 kg", "weight", 35, 35, "kg", Y, "nuzolvence minimum weight"),
 ("b-08", B, "climbing from 0.8% in 2022", "0.8%", "percent", 0.8, 0.8, "%", Y, "egasp ceftriaxone resistance 2022"),
 ("b-08y", B, "0.8% in 2022 to 5%", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-5", B, "in 2022 to 5% in 2024", "5%", "percent", 5, 5, "%", Y, "egasp ceftriaxone resistance 2024"),
 ("b-5y", B, "to 5% in 2024. That", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-655", B, "launched with €65.5 million", "€65.5 million", "money", 65500000, 65500000, "EUR", Y, "gardp launch pledge (transposed)"),
 ("b-2017", B, "in Berlin in 2017", "2017", "date", 2017, 2017, "year", N, "pledge year"),
 ("b-160", B, "in roughly 160 countries", "160", "count", 160, 160, "countries", Y, "gardp territories"),
 ("b-twoarms", B, "in the two arms", "two", "count", 2, 2, "arms", N, "image caption"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-2yr", B, "Doxy-PEP, two years in", "two years", "duration", 2, 2, "years", N, "related link"),

 # ---- ZO06 local (2026-01-14), hard-wrapped
 ("l-dl", L, "Wednesday, January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("l-5yr", L, "Five years later the", "Five years", "duration", 5, 5, "years", N, "aside"),
 ("l-single", L, "later the single-dose pill", "single", "count", 1, 1, "doses", N, "aside"),
 ("l-three", L, "was one of three in South Africa", "three", "count", 3, 3, "sites", Y, "south african trial sites"),
 ("l-jan21", L, "opened locally on 27 January 2021", "27 January 2021", "date", 2021, 2021, "year", Y, "south african trial start"),
 ("l-930", L, "enrolled 930 patients", "930", "count", 930, 930, "patients", Y, "phase 3 randomised"),
 ("l-16", L, "930 patients at 16 sites", "16", "count", 16, 16, "sites", Y, "phase 3 sites"),
 ("l-four", L, "16 sites in four countries", "four", "count", 4, 4, "countries", Y, "phase 3 countries (misreport)"),
 ("l-one", L, "comparing one oral dose", "one", "count", 1, 1, "doses", N, "aside"),
 ("l-968", L, "reached by 96.8% of patients", "96.8%", "percent", 96.8, 96.8, "%", Y, "phase 3 primary-endpoint cure (evaluable figure)"),
 ("l-lastmo", L, "The Lancet last month show", "last month", "date", 2025, 2025, "year", N, "lancet publication"),
 ("l-dec24", L, "in December 2024 for patients", "December 2024", "date", 2024, 2024, "year", Y, "fda approval (year off)"),
 ("l-age12", L, "patients aged 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("l-35kg", L, "weigh at least 35kg", "35kg", "weight", 35, 35, "kg", Y, "nuzolvence minimum weight"),
 ("l-2016", L, "worked at the site since 2016", "2016", "date", 2016, 2016, "year", N, "quoted person aside"),
 ("l-2m", L, "Each year about two million people", "two million", "count", 2000000, 2000000, "people", Y, "south africa infections per year"),
 ("l-novly", L, "reported in November last year", "November last year", "date", 2025, 2025, "year", N, "egasp data release"),
 ("l-5", L, "had risen to 5% of samples", "5%", "percent", 5, 5, "%", Y, "egasp ceftriaxone resistance 2024"),
 ("l-5y", L, "5% of samples in 2024, up", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-08", L, "from 0.8% in 2022", "0.8%", "percent", 0.8, 0.8, "%", Y, "egasp ceftriaxone resistance 2022"),
 ("l-08y", L, "0.8% in 2022. African", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("l-28", L, "accounted for 28% of the", "28%", "percent", 28, 28, "%", Y, "african share of egasp cases"),
 ("l-3615", L, "3,615 cases reported", "3,615", "count", 3615, 3615, "cases", Y, "egasp cases 2024"),
 ("l-3615y", L, "the programme in 2024.", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-78m", L, "estimate is 78 million new", "78 million", "count", 78000000, 78000000, "infections", Y, "who global infections 2020 (2012 figure)"),
 ("l-2020", L, "among adults in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("l-osingle", L, "said a single oral dose would", "single", "count", 1, 1, "doses", N, "quote"),
 ("l-r4m", L, "a grant of R4 million", "R4 million", "money", 4000000, 4000000, "ZAR", Y, "sa mrc grant to gardp"),
 ("l-r4my", L, "R4 million in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),

 # ---- ZO07 fact-check (2025-12-22)
 ("f-h10", F, "pill \"fail one in 10 patients\"", "one in 10", "percent", 10, 10, "%", N, "headline: post claim"),
 ("f-date", F, "| December 22, 2025", "December 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c10", F, "\"fails 1 in 10 patients\" while", "1 in 10", "percent", 10, 10, "%", N, "post claim"),
 ("f-c100", F, "\"works 100% of the time", "100%", "percent", 100, 100, "%", N, "post claim"),
 ("f-91", F, "was close to 91%", "91%", "percent", 91, 91, "%", Y, "phase 3 zoliflodacin cure (rounded)"),
 ("f-dec12", F, "Nuzolvence, on December 12.", "December 12", "date", 2025, 2025, "year", Y, "fda approval"),
 ("f-age12", F, "in people 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("f-45kg", F, "at least 45 kilograms", "45 kilograms", "weight", 45, 45, "kg", Y, "nuzolvence minimum weight (blujepa figure)"),
 ("f-q10", F, "\"Fails 1 in 10.\"", "1 in 10", "percent", 10, 10, "%", N, "post claim repeat"),
 ("f-909", F, "zoliflodacin cured 90.9%", "90.9%", "percent", 90.9, 90.9, "%", Y, "phase 3 zoliflodacin urogenital cure"),
 ("f-1in11", F, "roughly one in 11 patients", "one in 11", "percent", 9.09, 9.09, "%", N, "derived"),
 ("f-250", F, "a 250 mg ceftriaxone", "250 mg", "dose", 250, 250, "mg", Y, "comparator ceftriaxone dose (old guideline)"),
 ("f-962", F, "cured 96.2%, not 100%. The trial was designed", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator urogenital cure"),
 ("f-100b", F, "cured 96.2%, not 100%. The trial was designed", "100%", "percent", 100, 100, "%", N, "post claim repeat"),
 ("f-12", F, "That limit was 12 percentage points", "12 percentage points", "percent", 12, 12, "pp", Y, "phase 3 ni margin"),
 ("f-53", F, "about 5.3 points", "5.3 points", "percent", 5.3, 5.3, "pp", Y, "phase 3 difference"),
 ("f-930", F, "enrolled 930 people", "930", "count", 930, 930, "participants", Y, "phase 3 randomised"),
 ("f-five", F, "930 people in five countries", "five", "count", 5, 5, "countries", Y, "phase 3 countries"),
 ("f-309", F, "of whom 309 received zoliflodacin", "309", "count", 309, 309, "participants", Y, "zoliflodacin arm size (arms swapped)"),
 ("f-179", F, "trial enrolled 179 people", "179", "count", 179, 179, "participants", Y, "phase 2 enrolled"),
 ("f-decade", F, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("f-2019", F, "began enrolling in 2019", "2019", "date", 2019, 2019, "year", Y, "phase 3 enrolment start"),
 ("f-nov23", F, "announced in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "topline results announced"),
 ("f-jun25", F, "priority review in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "nda acceptance / priority review"),
 ("f-dec15", F, "target decision date of December 15, 2025", "December 15, 2025", "date", 2025, 2025, "year", Y, "pdufa target date"),
 ("f-1m", F, "announced £1 million", "£1 million", "money", 1000000, 1000000, "GBP", Y, "uk funding for zoliflodacin feb 2021 (june tranche figure)"),
 ("f-feb21", F, "in February 2021 specifically", "February 2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("f-nov", F, "WHO data released in November showed", "November", "date", 2025, 2025, "year", N, "egasp data release"),
 ("f-08", F, "rising from 0.8% in 2022", "0.8%", "percent", 0.8, 0.8, "%", Y, "egasp ceftriaxone resistance 2022"),
 ("f-08y", F, "0.8% in 2022 to 5%", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-5", F, "in 2022 to 5% in 2024", "5%", "percent", 5, 5, "%", Y, "egasp ceftriaxone resistance 2024"),
 ("f-5y", F, "to 5% in 2024. In", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-600k", F, "about 600,000 gonorrhea cases", "600,000", "count", 600000, 600000, "cases", Y, "us reported cases 2023"),
 ("f-600ky", F, "cases in 2023.", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-9pct", F, "that about 9% of trial", "9%", "percent", 9, 9, "%", Y, "share not confirmed cured (ruling)"),
 ("f-962b", F, "injection cured 96.2% in the same trial", "96.2%", "percent", 96.2, 96.2, "%", Y, "phase 3 comparator cure (ruling)"),
 ("f-once", F, "you can take once", "once", "count", 1, 1, "doses", N, "quote"),
 ("f-onenum", F, "The post gets one number", "one", "count", 1, 1, "numbers", N, "ruling aside"),
 ("f-s2", F, "FDA approves two oral therapies", "two", "count", 2, 2, "therapies", N, "sources line"),
 ("f-s-dec12", F, "gonorrhea,\" December 12, 2025", "December 12, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s-dec11", F, "published online December 11, 2025", "December 11, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s-nov25", F, "data release, November 2025", "November 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s-2125", F, "announcements, 2021–2025", "2021–2025", "date", 2021, 2025, "year", N, "sources line"),
 ("f-s-2023", F, "Infections Surveillance, 2023", "2023", "date", 2023, 2023, "year", N, "sources line"),
 ("f-100r", F, "in the same trial, not 100%", "100%", "percent", 100, 100, "%", N, "post claim repeat (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 phase 3 trial size (930)
 ("w-744", "a-930", S), ("w-744", "e-930", S), ("w-744", "f-930", S), ("w-744", "l-930", S),
 ("b-1092", "a-930", S), ("b-1092", "e-930", S), ("b-1092", "f-930", S), ("b-1092", "l-930", S),
 ("w-744", "b-1092", S),
 # S2 primary urogenital cure, zoliflodacin (90.9%)
 ("l-968", "w-909", S), ("l-968", "p-909", S), ("l-968", "a-909", S), ("l-968", "e-909", S),
 ("l-968", "b-909", S), ("l-968", "f-909", S), ("l-968", "f-91", S),
 # S3 comparator urogenital cure (96.2%)
 ("b-926", "w-962", S), ("b-926", "p-962", S), ("b-926", "a-962", S), ("b-926", "e-962", S),
 ("b-926", "f-962", S), ("b-926", "f-962b", S),
 # S4 non-inferiority margin (12 pp)
 ("e-10pp", "a-12", S), ("e-10pp", "b-12pt", S), ("e-10pp", "f-12", S),
 # S5 minimum weight (35 kg)
 ("f-45kg", "w-35kg", S), ("f-45kg", "p-35kg", S), ("f-45kg", "e-35kg", S), ("f-45kg", "b-35kg", S), ("f-45kg", "l-35kg", S),
 # S6 FDA approval year (2025)
 ("l-dec24", "w-fri", S), ("l-dec24", "p-dec12", S), ("l-dec24", "a-dec25", S), ("l-dec24", "e-dec12", S),
 ("l-dec24", "b-dec12", S), ("l-dec24", "f-dec12", S),
 # S7 topline results year (2023)
 ("b-novly", "p-nov23", S), ("b-novly", "f-nov23", S),
 # S8 EGASP ceftriaxone resistance 2024 (5%)
 ("p-11", "w-5", S), ("p-11", "e-5", S), ("p-11", "b-5", S), ("p-11", "l-5", S), ("p-11", "f-5", S),
 # S9 WHO global infections in 2020 (82.4 million)
 ("l-78m", "a-824", S), ("l-78m", "e-824", S),
 # S10 phase 3 countries (five)
 ("l-four", "w-five", S), ("l-four", "p-five", S), ("l-four", "a-five", S), ("l-four", "f-five", S),
 # S11 comparator ceftriaxone dose (500 mg)
 ("f-250", "p-500", S), ("f-250", "a-p3-500", S), ("f-250", "e-500", S), ("f-250", "b-500", S),
 # S12 zoliflodacin dose (3 g)
 ("e-2g", "w-3g", S), ("e-2g", "p-3g", S), ("e-2g", "a-p3-3g", S), ("e-2g", "b-3g", S),
 # S13 comparator azithromycin dose (1 g)
 ("w-azi2g", "p-1g", S), ("w-azi2g", "a-p3-1g", S), ("w-azi2g", "e-1g", S),
 # S14 zoliflodacin arm size (621)
 ("f-309", "p-621", S), ("f-309", "a-621", S),
 # S15 zoliflodacin headache rate (10%)
 ("p-head12", "a-head10", S), ("p-head12", "e-10", S),
 # S16 test-of-cure timing (day 6)
 ("b-6wk", "a-day6", S), ("b-6wk", "e-6d", S),
 # S17 UK funding, February 2021 (£1.5 million)
 ("f-1m", "p-15m", S),
 # S18 GARDP launch pledge (EUR 56.5 million)
 ("b-655", "p-565", S),
 # S19 US reported cases in 2024 (~543,000)
 ("w-600k", "e-540k", S),
 # Qualified
 ("p-958", "a-930", Q), ("p-958", "e-930", Q), ("p-958", "f-930", Q), ("p-958", "l-930", Q),
 ("p-958", "w-744", Q), ("p-958", "b-1092", Q),
 ("b-885", "a-diffci", Q),
 ("w-4c", "e-five22", Q),
 ("a-2019", "e-2013", Q),
 ("l-78m", "w-82m", Q), ("l-78m", "p-82m", Q),
 ("f-250", "w-500", Q), ("f-250", "a-p2-500", Q),
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
        rows.append({"type": "claim", "id": f"zo-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"zo-{a}", f"zo-{b}"
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
