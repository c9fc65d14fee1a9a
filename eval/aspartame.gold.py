#!/usr/bin/env python3
"""Build aspartame.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "aspartame")
OUT = os.path.join(HERE, "aspartame.gold.jsonl")
T = "aspartame"

W, P, A, E, B, L, F = ("AS01_wire.txt", "AS02_press.txt", "AS03_abstract.txt",
                       "AS04_explainer.txt", "AS05_blog.txt", "AS06_local.txt", "AS07_factcheck.txt")
Y = True; N = False
ONE_IN_SIX = round(100 / 6, 4)

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AS01 wire (2023-07-14, a Friday)
 ("w-dl", W, "GENEVA/LYON, July 14", "July 14", "date", 2023, 2023, "year", N, "dateline"),
 ("w-fri", W, "on Friday classified", "Friday", "date", 2023, 2023, "year", Y, "iarc classification announced"),
 ("w-four", W, "of its four hazard categories", "four", "count", 4, 4, "categories", N, "iarc category count"),
 ("w-300", W, "more than 300 agents", "300", "count", 300, 300, "agents", Y, "agents in group 2b"),
 ("w-25", W, "group of 25 scientists", "25", "count", 25, 25, "scientists", Y, "iarc working group size"),
 ("w-12c", W, "scientists from 12 countries", "12", "count", 12, 12, "countries", Y, "iarc working group countries"),
 ("w-8d", W, "at an eight-day meeting", "eight-day", "duration", 8, 8, "days", Y, "iarc meeting length"),
 ("w-lastmo", W, "Lyon, France, last month", "last month", "date", 2023, 2023, "year", Y, "iarc meeting date"),
 ("w-jecfa", W, "from June 27 to July 6", "June 27 to July 6", "date", 2023, 2023, "year", Y, "jecfa meeting dates"),
 ("w-40", W, "intake of 40 milligrams per kilogram", "40 milligrams per kilogram", "dose", 40, 40, "mg/kg", Y, "jecfa adi"),
 ("w-1981", W, "first set in 1981", "1981", "date", 1981, 1981, "year", Y, "jecfa adi first set"),
 ("w-70kg", W, "weighing 70 kilograms", "70 kilograms", "weight", 70, 70, "kg", N, "reference body weight"),
 ("w-914", W, "more than 9 to 14 cans", "9 to 14", "count", 9, 14, "cans", Y, "cans/day to exceed jecfa adi (70 kg)"),
 ("w-mgcan", W, "holds 200 or 300 milligrams", "200 or 300 milligrams", "dose", 200, 300, "mg", Y, "aspartame per can (jecfa assumption)"),
 ("w-1in6", W, "Every year, 1 in 6 people", "1 in 6", "percent", ONE_IN_SIX, ONE_IN_SIX, "%", Y, "share of people who die from cancer (branca)"),
 ("w-3h", W, "THREE STUDIES", "THREE", "count", 3, 3, "studies", N, "subhead"),
 ("w-three", W, "mainly from three large studies", "three", "count", 3, 3, "studies", Y, "human liver-cancer studies"),
 ("w-two", W, "two drawing on cohorts", "two", "count", 2, 2, "studies", Y, "us studies among the three"),
 ("w-nine", W, "covering nine European countries", "nine", "count", 9, 9, "countries", Y, "epic countries"),
 ("w-thu", W, "said late on Thursday", "Thursday", "date", 2023, 2023, "year", Y, "fda statement"),
 ("w-1974", W, "approved aspartame in 1974", "1974", "date", 1974, 1974, "year", Y, "fda first approval (later suspended)"),
 ("w-50", W, "intake at 50 milligrams per kilogram", "50 milligrams per kilogram", "dose", 50, 50, "mg/kg", Y, "fda adi"),
 ("w-6000", W, "about 6,000 products", "6,000", "count", 6000, 6000, "products", Y, "products containing aspartame"),
 ("w-200x", W, "about 200 times sweeter", "200 times", "ratio", 200, 200, "x", Y, "sweetness vs sugar"),
 ("w-latelm", W, "leaked late last month", "last month", "date", 2023, 2023, "year", N, "leak timing (vague)"),
 ("w-jun29", W, "reported on June 29", "June 29", "date", 2023, 2023, "year", Y, "reuters leak date"),
 ("w-2src", W, "citing two sources", "two", "count", 2, 2, "sources", N, "aside"),
 ("w-may", W, "The WHO in May advised", "May", "date", 2023, 2023, "year", Y, "who non-sugar sweetener guideline"),

 # ---- AS02 press release (2023-07-17)
 ("p-h45", P, "Commits $45 Million to", "$45 Million", "money", 45000000, 45000000, "USD", N, "headline repeat"),
 ("p-h5", P, "Five-year program will", "Five-year", "duration", 5, 5, "years", N, "subtitle repeat"),
 ("p-dl", P, "CHICAGO, July 17, 2023", "July 17, 2023", "date", 2023, 2023, "year", N, "dateline"),
 ("p-40", P, "(ADI) of 40 mg per kilogram", "40 mg per kilogram", "dose", 40, 40, "mg/kg", Y, "jecfa adi"),
 ("p-45m", P, "announced a $45 million, five-year", "$45 million", "money", 45000000, 45000000, "USD", Y, "calverra program total"),
 ("p-5yr", P, "$45 million, five-year Sweetener", "five-year", "duration", 5, 5, "years", Y, "calverra program length"),
 ("p-jul14", P, "released on July 14", "July 14", "date", 2023, 2023, "year", Y, "jecfa/iarc results released"),
 ("p-70kg", P, "a 70 kg adult", "70 kg", "weight", 70, 70, "kg", N, "reference body weight"),
 ("p-914", P, "more than nine to 14 cans", "nine to 14", "count", 9, 14, "cans", Y, "cans/day to exceed jecfa adi (70 kg)"),
 ("p-4dec", P, "For more than four decades", "four decades", "duration", 40, 40, "years", N, "quote"),
 ("p-3358", P, "observational study of 3,358 adults", "3,358", "count", 3358, 3358, "people", Y, "nutrinet-sante participants"),
 ("p-200x", P, "approximately 200 times sweeter", "200 times", "ratio", 200, 200, "x", Y, "sweetness vs sugar"),
 ("p-1981dry", P, "tabletop sweeteners in 1981", "1981", "date", 1981, 1981, "year", Y, "fda approval dry foods"),
 ("p-1981carb", P, "carbonated soft drinks in 1981", "1981", "date", 1981, 1981, "year", Y, "fda approval carbonated beverages"),
 ("p-1996", P, "general-purpose sweetener in 1996", "1996", "date", 1996, 1996, "year", Y, "fda general-purpose approval"),
 ("p-2014", P, "comprehensive 2014 re-evaluation", "2014", "date", 2014, 2014, "year", Y, "efsa full re-evaluation"),
 ("p-40efsa", P, "current ADI of 40 mg/kg", "40 mg/kg", "dose", 40, 40, "mg/kg", Y, "efsa adi"),
 ("p-100c", P, "more than 100 countries", "100", "count", 100, 100, "countries", Y, "countries approving aspartame"),
 ("p-45mb", P, "worth $45 million over five years", "$45 million", "money", 45000000, 45000000, "USD", N, "program total (repeat)"),
 ("p-5yrb", P, "$45 million over five years", "five years", "duration", 5, 5, "years", N, "program length (repeat)"),
 ("p-9m", P, "roughly $9 million a year", "$9 million", "money", 9000000, 9000000, "USD", Y, "program annual spend"),
 ("p-12m", P, "budget of $12 million", "$12 million", "money", 12000000, 12000000, "USD", Y, "rotterdam lab budget"),
 ("p-2024", P, "second half of 2024", "2024", "date", 2024, 2024, "year", Y, "lab opening"),
 ("p-40sci", P, "about 40 food scientists", "40", "count", 40, 40, "people", Y, "lab staff"),
 ("p-7", P, "board of seven members", "seven", "count", 7, 7, "members", Y, "advisory board size"),
 ("p-23", P, "grow 2% to 3% in 2023", "2% to 3%", "percent", 2, 3, "%", Y, "forecast shipment growth 2023"),
 ("p-23y", P, "3% in 2023 and does not", "2023", "date", 2023, 2023, "year", N, "forecast year"),
 ("p-aug3", P, "results on August 3, 2023", "August 3, 2023", "date", 2023, 2023, "year", N, "earnings date"),
 ("p-1986", P, "Founded in 1986", "1986", "date", 1986, 1986, "year", N, "about section"),
 ("p-2300", P, "approximately 2,300 people", "2,300", "count", 2300, 2300, "employees", N, "about section"),
 ("p-14c", P, "people in 14 countries", "14", "count", 14, 14, "countries", N, "about section"),
 ("p-121b", P, "net sales of $1.21 billion", "$1.21 billion", "money", 1210000000, 1210000000, "USD", Y, "calverra 2022 net sales"),
 ("p-2022", P, "$1.21 billion in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("p-4500", P, "about 4,500 metric tons", "4,500 metric tons", "weight", 4500, 4500, "t", N, "about section production"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),
 ("p-fy22", P, "ended December 31, 2022", "December 31, 2022", "date", 2022, 2022, "year", N, "fiscal year end"),

 # ---- AS03 abstract (2024-04-22)
 ("a-pub", A, "Published online 22 April 2024", "22 April 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-14jul", A, "On 14 July 2023 the", "14 July 2023", "date", 2023, 2023, "year", Y, "iarc classification announced"),
 ("a-25", A, "The Working Group, 25 experts", "25", "count", 25, 25, "scientists", Y, "iarc working group size"),
 ("a-12c", A, "25 experts from 12 countries", "12", "count", 12, 12, "countries", Y, "iarc working group countries"),
 ("a-mtg", A, "in Lyon on 6–13 June 2023", "6–13 June 2023", "date", 2023, 2023, "year", Y, "iarc meeting dates"),
 ("a-jecfa", A, "meeting on 27 June–6 July 2023", "27 June–6 July 2023", "date", 2023, 2023, "year", Y, "jecfa meeting dates"),
 ("a-adi", A, "(ADI) of 0–40 mg/kg body weight", "0–40 mg/kg", "dose", 0, 40, "mg/kg", Y, "jecfa adi (range form)"),
 ("a-1981", A, "first established in 1981", "1981", "date", 1981, 1981, "year", Y, "jecfa adi first set"),
 ("a-search", A, "inception to 31 December 2023", "31 December 2023", "date", 2023, 2023, "year", N, "search cutoff"),
 ("a-2rev", A, "Two reviewers independently", "Two", "count", 2, 2, "reviewers", N, "methods"),
 ("a-4coh", A, "Four cohort analyses were included", "Four", "count", 4, 4, "studies", Y, "studies included"),
 ("a-3liv", A, "Three reported liver cancer", "Three", "count", 3, 3, "studies", Y, "liver-cancer cohorts"),
 ("a-Ncomb", A, "(combined N = 1,965,857)", "1,965,857", "count", 1965857, 1965857, "people", Y, "combined liver-cohort size"),
 ("a-epicn", A, "n=477,206 participants", "477,206", "count", 477206, 477206, "people", Y, "epic participants"),
 ("a-epic10", A, "participants in 10 European countries", "10", "count", 10, 10, "countries", Y, "epic countries"),
 ("a-epicfu", A, "11.4 years of follow-up", "11.4 years", "duration", 11.4, 11.4, "years", Y, "epic follow-up"),
 ("a-236", A, "236 incident HCC cases", "236", "count", 236, 236, "cases", Y, "epic hcc cases"),
 ("a-jonesn", A, "(n=553,874, of whom", "553,874", "count", 553874, 553874, "people", Y, "nih-aarp/plco pooled participants"),
 ("a-jonesdm", A, "of whom n=47,485 had diabetes", "47,485", "count", 47485, 47485, "people", Y, "pooled participants with diabetes"),
 ("a-cpsn", A, "CPS-II; n=934,777", "934,777", "count", 934777, 934777, "people", Y, "cps-ii participants"),
 ("a-1982", A, "enrolled in 1982", "1982", "date", 1982, 1982, "year", Y, "cps-ii enrollment"),
 ("a-2016", A, "followed to 2016", "2016", "date", 2016, 2016, "year", N, "cps-ii follow-up end"),
 ("a-135k", A, "with 135,093 cancer deaths", "135,093", "count", 135093, 135093, "deaths", Y, "cps-ii cancer deaths"),
 ("a-hrdm", A, "interval (HR 1.13, 95% CI 1.02", "1.13", "ratio", 1.13, 1.13, "HR", Y, "asb-liver cancer hr, diabetes (jones)"),
 ("a-hrdmci", A, "95% CI 1.02–1.25)", "1.02–1.25", "ratio", 1.02, 1.25, "HR", Y, "ci"),
 ("a-nnN", A, "(N = 102,865 French adults", "102,865", "count", 102865, 102865, "people", Y, "nutrinet-sante participants"),
 ("a-nnyrs", A, "recruited 2009–2021", "2009–2021", "date", 2009, 2021, "year", N, "cohort period"),
 ("a-nnfu", A, "median follow-up 7.8 years", "7.8 years", "duration", 7.8, 7.8, "years", Y, "nutrinet-sante median follow-up"),
 ("a-3358", A, "3,358 incident cancers", "3,358", "count", 3358, 3358, "cases", Y, "nutrinet-sante cancer cases"),
 ("a-hrasp", A, "(HR 1.15, 95% CI", "1.15", "ratio", 1.15, 1.15, "HR", Y, "aspartame overall cancer hr"),
 ("a-hraspci", A, "1.03–1.28", "1.03–1.28", "ratio", 1.03, 1.28, "HR", Y, "ci"),
 ("a-p1", A, "1.03–1.28; P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-hrtot", A, "sweeteners (HR 1.13", "1.13", "ratio", 1.13, 1.13, "HR", Y, "total artificial sweeteners hr"),
 ("a-hrtotci", A, "1.03–1.25; P for", "1.03–1.25", "ratio", 1.03, 1.25, "HR", Y, "ci"),
 ("a-p2", A, "P for trend=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-trend"),
 ("a-hrace", A, "acesulfame-K (HR 1.13", "1.13", "ratio", 1.13, 1.13, "HR", Y, "acesulfame-k hr"),
 ("a-hraceci", A, "1.01–1.26", "1.01–1.26", "ratio", 1.01, 1.26, "HR", Y, "ci"),
 ("a-p3", A, "P=0.007", "0.007", "pvalue", 0.007, 0.007, "p", N, "p-value"),
 ("a-all4", A, "All four studies", "four", "count", 4, 4, "studies", N, "repeat"),
 ("a-3base", A, "and three of them measured", "three", "count", 3, 3, "studies", Y, "studies with baseline-only intake"),
 ("a-rats", A, "(100–150 animals per sex", "100–150", "count", 100, 150, "animals", Y, "ramazzini rats per sex per group"),
 ("a-ppm", A, "0 to 100,000 ppm", "0 to 100,000 ppm", "concentration", 0, 100000, "ppm", Y, "ramazzini dose range in feed"),
 ("a-efsa13", A, "estimated by EFSA in 2013", "2013", "date", 2013, 2013, "year", Y, "efsa re-evaluation"),
 ("a-36", A, "(36 mg/kg bw per day)", "36 mg/kg", "dose", 36, 36, "mg/kg", Y, "efsa 95th-percentile exposure"),
 ("a-m4", A, "by −4 mg/kg bw per day", "−4 mg/kg", "dose", -4, -4, "mg/kg", Y, "exposure minus adi"),
 ("a-single", A, "a single cancer site", "single", "count", 1, 1, "sites", N, "summary"),

 # ---- AS04 explainer (2023-08-02)
 ("e-upd", E, "Updated August 2, 2023", "August 2, 2023", "date", 2023, 2023, "year", N, "metadata"),
 ("e-jul23", E, "In July 2023 two arms", "July 2023", "date", 2023, 2023, "year", Y, "iarc classification announced"),
 ("e-2arms", E, "July 2023 two arms", "two", "count", 2, 2, "bodies", N, "aside"),
 ("e-25", E, "made by 25 scientists", "25", "count", 25, 25, "scientists", Y, "iarc working group size"),
 ("e-13c", E, "from 13 countries", "13", "count", 13, 13, "countries", Y, "iarc working group countries"),
 ("e-june", E, "Lyon, France, in June", "June", "date", 2023, 2023, "year", Y, "iarc meeting date"),
 ("e-40", E, "at 40 milligrams per kilogram", "40 milligrams per kilogram", "dose", 40, 40, "mg/kg", Y, "jecfa adi"),
 ("e-four", E, "the third of four levels", "four", "count", 4, 4, "categories", N, "iarc category count"),
 ("e-70kg", E, "For a 70 kg (154 lb)", "70 kg", "weight", 70, 70, "kg", N, "reference body weight"),
 ("e-154", E, "(154 lb)", "154 lb", "weight", 154, 154, "lb", N, "reference body weight"),
 ("e-2800", E, "works out to 2,800 mg a day", "2,800 mg", "dose", 2800, 2800, "mg", Y, "adi for 70 kg adult"),
 ("e-mgcan", E, "contains 200 to 300 mg", "200 to 300 mg", "dose", 200, 300, "mg", Y, "aspartame per can (jecfa assumption)"),
 ("e-914", E, "more than nine to 14 cans", "nine to 14", "count", 9, 14, "cans", Y, "cans/day to exceed jecfa adi (70 kg)"),
 ("e-20kg", E, "A child weighing 20 kg", "20 kg", "weight", 20, 20, "kg", N, "child body weight"),
 ("e-800", E, "at 800 mg", "800 mg", "dose", 800, 800, "mg", Y, "adi for 20 kg child"),
 ("e-34cans", E, "about three to four cans", "three to four", "count", 3, 4, "cans", Y, "cans/day to exceed adi (20 kg child)"),
 ("e-50", E, "higher, at 50 mg/kg", "50 mg/kg", "dose", 50, 50, "mg/kg", Y, "fda adi"),
 ("e-60kg", E, "weighing 60 kg (132 pounds)", "60 kg", "weight", 60, 60, "kg", N, "fda example body weight"),
 ("e-132", E, "(132 pounds)", "132 pounds", "weight", 132, 132, "lb", N, "fda example body weight"),
 ("e-75", E, "about 75 packets", "75", "count", 75, 75, "packets", Y, "packets/day to reach fda adi (60 kg)"),
 ("e-1981", E, "dry foods in 1981", "1981", "date", 1981, 1981, "year", Y, "fda approval dry foods"),
 ("e-1983", E, "carbonated beverages in 1983", "1983", "date", 1983, 1983, "year", Y, "fda approval carbonated beverages"),
 ("e-dec13", E, "re-evaluation in December 2013", "December 2013", "date", 2013, 2013, "year", Y, "efsa full re-evaluation"),
 ("e-40efsa", E, "found it safe at 40 mg/kg", "40 mg/kg", "dose", 40, 40, "mg/kg", Y, "efsa adi"),
 ("e-90c", E, "more than 90 countries", "90", "count", 90, 90, "countries", Y, "countries approving aspartame"),
 ("e-3coh", E, "from three large cohort studies", "three", "count", 3, 3, "studies", Y, "human liver-cancer studies"),
 ("e-477", E, "followed 477,206 people", "477,206", "count", 477206, 477206, "people", Y, "epic participants"),
 ("e-10c", E, "people in 10 countries for", "10", "count", 10, 10, "countries", Y, "epic countries"),
 ("e-11y", E, "for more than 11 years", "11 years", "duration", 11, 11, "years", Y, "epic follow-up"),
 ("e-191", E, "recorded 191 cases", "191", "count", 191, 191, "cases", Y, "epic hcc cases"),
 ("e-102865", E, "French cohort of 102,865 adults", "102,865", "count", 102865, 102865, "people", Y, "nutrinet-sante participants"),
 ("e-78", E, "median of 7.8 years", "7.8 years", "duration", 7.8, 7.8, "years", Y, "nutrinet-sante median follow-up"),
 ("e-13pct", E, "had a 13% higher risk", "13%", "percent", 13, 13, "%", Y, "aspartame overall cancer risk increase"),
 ("e-95", E, "roughly 95% of sweetened", "95%", "percent", 95, 95, "%", Y, "share of sweetener-using sodas with aspartame"),
 ("e-4cal", E, "it has 4 calories per gram", "4 calories per gram", "other", 4, 4, "kcal/g", Y, "energy content"),
 ("e-200x", E, "about 200 times sweeter", "200 times", "ratio", 200, 200, "x", Y, "sweetness vs sugar"),
 ("e-pku", E, "about 1 in 10,000 to 15,000 newborns", "1 in 10,000 to 15,000", "percent", round(100/15000, 6), 0.01, "%", Y, "pku birth prevalence (us)"),
 ("e-can12", E, "drink a can or two a day", "a can or two", "count", 1, 2, "cans", N, "example"),
 ("e-may", E, "also advised in May", "May", "date", 2023, 2023, "year", Y, "who non-sugar sweetener guideline"),

 # ---- AS05 blog (2024-08-05)
 ("b-date", B, "| August 5, 2024 |", "August 5, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("b-jul23", B, "\"possibly carcinogenic\" in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "iarc classification announced"),
 ("b-2verd", B, "The two verdicts", "two", "count", 2, 2, "verdicts", N, "subhead"),
 ("b-12mo", B, "Twelve months on", "Twelve months", "duration", 12, 12, "months", N, "aside"),
 ("b-40", B, "intake at 40 mg per kilogram", "40 mg per kilogram", "dose", 40, 40, "mg/kg", Y, "jecfa adi"),
 ("b-1984", B, "first set in 1984", "1984", "date", 1984, 1984, "year", Y, "jecfa adi first set"),
 ("b-70kg", B, "a 70 kg adult", "70 kg", "weight", 70, 70, "kg", N, "reference body weight"),
 ("b-812", B, "more than 8 to 12 cans", "8 to 12", "count", 8, 12, "cans", Y, "cans/day to exceed jecfa adi (70 kg)"),
 ("b-12oz", B, "A 12-ounce can", "12-ounce", "volume", 12, 12, "oz", N, "can size"),
 ("b-180", B, "roughly 180 mg of aspartame", "180 mg", "dose", 180, 180, "mg", Y, "aspartame per 12-oz can (actual)"),
 ("b-mgcan", B, "less than the 200 to 300 mg", "200 to 300 mg", "dose", 200, 300, "mg", Y, "aspartame per can (jecfa assumption)"),
 ("b-63", B, "I weigh 63 kg", "63 kg", "weight", 63, 63, "kg", N, "author body weight"),
 ("b-2520", B, "limit at 2,520 mg a day", "2,520 mg", "dose", 2520, 2520, "mg", Y, "author's adi"),
 ("b-4cans", B, "I drink four cans", "four", "count", 4, 4, "cans", Y, "author's peak cans/day"),
 ("b-720", B, "or about 720 mg", "720 mg", "dose", 720, 720, "mg", Y, "author's peak intake"),
 ("b-third", B, "under a third of the ADI", "a third", "percent", 33.33, 33.33, "%", N, "share of adi (bound)"),
 ("b-50", B, "ceiling of 50 mg/kg", "50 mg/kg", "dose", 50, 50, "mg/kg", Y, "fda adi"),
 ("b-132", B, "a 132-pound person", "132-pound", "weight", 132, 132, "lb", N, "fda example body weight"),
 ("b-57", B, "need about 57 packets", "57", "count", 57, 57, "packets", Y, "packets/day to reach fda adi (60 kg)"),
 ("b-57b", B, "who uses 57 packets", "57", "count", 57, 57, "packets", N, "repeat"),
 ("b-cap4", B, "Caption: Four cans a day", "Four", "count", 4, 4, "cans", N, "caption"),
 ("b-cap29", B, "is about 29% of the ADI", "29%", "percent", 29, 29, "%", N, "caption"),
 ("b-cap63", B, "for a 63 kg adult", "63 kg", "weight", 63, 63, "kg", N, "caption"),
 ("b-100k", B, "cohort: about 100,000 adults", "100,000", "count", 100000, 100000, "people", Y, "nutrinet-sante participants (rounded)"),
 ("b-8yr", B, "for about eight years on average", "eight years", "duration", 8, 8, "years", Y, "nutrinet-sante follow-up (rounded)"),
 ("b-15", B, "had a 15% higher cancer risk", "15%", "percent", 15, 15, "%", Y, "aspartame overall cancer risk increase"),
 ("b-3coh", B, "comes from three big cohorts", "three", "count", 3, 3, "studies", Y, "human liver-cancer studies"),
 ("b-935k", B, "nearly 935,000 people", "935,000", "count", 935000, 935000, "people", Y, "cps-ii participants"),
 ("b-1982", B, "back in 1982", "1982", "date", 1982, 1982, "year", Y, "cps-ii enrollment"),
 ("b-2us", B, "two other US cohorts", "two", "count", 2, 2, "cohorts", N, "aside"),
 ("b-aug23", B, "Then, in August 2023", "August 2023", "date", 2023, 2023, "year", Y, "jama whi analysis published"),
 ("b-98786", B, "analysis of 98,786 postmenopausal", "98,786", "count", 98786, 98786, "people", Y, "whi participants"),
 ("b-209", B, "median of 20.9 years", "20.9 years", "duration", 20.9, 20.9, "years", Y, "whi median follow-up"),
 ("b-131", B, "About 13.1% of the women", "13.1%", "percent", 13.1, 13.1, "%", Y, "whi women with >=1 asb/day"),
 ("b-1more", B, "drank one or more artificially", "one", "count", 1, 1, "drinks", N, "threshold"),
 ("b-180200x", B, "is 180 to 200 times sweeter", "180 to 200 times", "ratio", 180, 200, "x", Y, "sweetness vs sugar"),
 ("b-90", B, "About 90% of diet sodas", "90%", "percent", 90, 90, "%", Y, "share of sweetener-using sodas with aspartame"),
 ("b-14b", B, "reported $1.4 billion in sales", "$1.4 billion", "money", 1400000000, 1400000000, "USD", Y, "calverra 2023 sales"),
 ("b-2023s", B, "in sales in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-1email", B, "One email every Sunday", "One", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-2cans", B, "cut back to two cans", "two", "count", 2, 2, "cans", N, "author's cans/day now"),
 ("b-rel2023", B, "what the 2023 study", "2023", "date", 2023, 2023, "year", N, "related link"),
 ("b-rel5", B, "- 5 sweetener myths", "5", "count", 5, 5, "myths", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- AS06 local trade news (2025-01-15), hard-wrapped
 ("l-date", L, "| January 15, 2025 |", "January 15, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-sy", L, "for the 2025-26 school year, and", "2025-26", "date", 2025, 2026, "year", Y, "policy start school year"),
 ("l-v6", L, "approved the policy 6-3", "6", "vote", 6, 6, "votes", Y, "harbor county final vote, for"),
 ("l-v3", L, "the policy 6-3 in", "3", "vote", 3, 3, "votes", Y, "harbor county final vote, against"),
 ("l-june", L, "6-3 in June, after", "June", "date", 2024, 2024, "year", Y, "final vote date"),
 ("l-may", L, "first reading in May", "May", "date", 2024, 2024, "year", N, "first reading date"),
 ("l-v5", L, "May passed 5-4", "5", "vote", 5, 5, "votes", Y, "first reading vote, for"),
 ("l-v4", L, "passed 5-4. It", "4", "vote", 4, 4, "votes", Y, "first reading vote, against"),
 ("l-14hs", L, "It covers 14 high schools", "14", "count", 14, 14, "schools", Y, "high schools covered"),
 ("l-11k", L, "about 11,000 students", "11,000", "count", 11000, 11000, "students", Y, "students covered"),
 ("l-212", L, "and 212 vending machines", "212", "count", 212, 212, "machines", Y, "machines covered"),
 ("l-lastjul", L, "\"possibly carcinogenic\" last July", "last July", "date", 2024, 2024, "year", Y, "iarc classification announced"),
 ("l-junemtg", L, "at the June meeting", "June", "date", 2024, 2024, "year", N, "meeting date (repeat)"),
 ("l-3no", L, "The three board members who voted no", "three", "vote", 3, 3, "votes", Y, "harbor county final vote, against (restated)"),
 ("l-1983", L, "carbonated beverages in 1983", "1983", "date", 1983, 1983, "year", Y, "fda approval carbonated beverages"),
 ("l-40fda", L, "intake at 40 milligrams per kilogram", "40 milligrams per kilogram", "dose", 40, 40, "mg/kg", Y, "fda adi"),
 ("l-dozen", L, "about a dozen cans a day", "a dozen", "count", 12, 12, "cans", Y, "cans/day to exceed jecfa adi (consultant)"),
 ("l-38", L, "services 38 machines", "38", "count", 38, 38, "machines", Y, "operator machines in district"),
 ("l-30", L, "about 30% of his school sales", "30%", "percent", 30, 30, "%", Y, "diet soda share of operator school sales"),
 ("l-225", L, "at $2.25 a bottle", "$2.25", "money", 2.25, 2.25, "USD", Y, "vending price"),
 ("l-14b", L, "reported $1.4 billion in revenue", "$1.4 billion", "money", 1400000000, 1400000000, "USD", Y, "calverra 2022 revenue"),
 ("l-2022", L, "revenue for 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-12m", L, "pledged $12 million to sweetener", "$12 million", "money", 12000000, 12000000, "USD", Y, "calverra research pledge"),
 ("l-4pct", L, "shipments fell 4% in 2024", "4%", "percent", 4, 4, "%", Y, "calverra 2024 shipment decline"),
 ("l-2024", L, "fell 4% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-20oz", L, "drinks at 20 ounces", "20 ounces", "volume", 20, 20, "oz", Y, "smart snacks high school size cap"),
 ("l-lastyr", L, "changed between last year and this year", "last year", "date", 2024, 2024, "year", N, "quote"),
 ("l-thisyr", L, "last year and this year", "this year", "date", 2025, 2025, "year", N, "quote"),
 ("l-1981", L, "where it was in 1981", "1981", "date", 1981, 1981, "year", N, "quote: adi level since"),
 ("l-2yr", L, "review the policy in two years", "two years", "duration", 2, 2, "years", Y, "policy review interval"),
 ("l-10m", L, "water and lower-sugar sports drinks in 10 machines", "10", "count", 10, 10, "machines", Y, "pilot machines"),
 ("l-feb", L, "10 machines in February", "February", "date", 2025, 2025, "year", N, "pilot timing"),

 # ---- AS07 fact-check (2024-07-18)
 ("f-h3", F, "three diet sodas a day", "three", "count", 3, 3, "cans", N, "headline (post claim)"),
 ("f-hdbl", F, "do not \"double\"", "double", "ratio", 2, 2, "x", N, "headline (post claim)"),
 ("f-date", F, "| July 18, 2024 |", "July 18, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("f-c3", F, "diet soda. Three cans a day", "Three", "count", 3, 3, "cans", N, "post claim"),
 ("f-cdbl", F, "Three cans a day doubles your", "doubles", "ratio", 2, 2, "x", N, "post claim"),
 ("f-40k", F, "shared more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-jul9", F, "since July 9", "July 9", "date", 2024, 2024, "year", N, "post date"),
 ("f-v3", F, "found that three cans a day doubles", "three", "count", 3, 3, "cans", N, "verdict (post claim)"),
 ("f-vdbl", F, "three cans a day doubles cancer risk.", "doubles", "ratio", 2, 2, "x", N, "verdict (post claim)"),
 ("f-jul14", F, "On July 14, 2023, the", "July 14, 2023", "date", 2023, 2023, "year", Y, "iarc classification announced"),
 ("f-25", F, "working group of 25 scientists", "25", "count", 25, 25, "scientists", Y, "iarc working group size"),
 ("f-12c", F, "scientists from 12 countries", "12", "count", 12, 12, "countries", Y, "iarc working group countries"),
 ("f-40", F, "intake of 40 milligrams per kilogram", "40 milligrams per kilogram", "dose", 40, 40, "mg/kg", Y, "jecfa adi"),
 ("f-70kg", F, "a 70-kilogram adult", "70-kilogram", "weight", 70, 70, "kg", N, "reference body weight"),
 ("f-914", F, "more than 9-14 cans", "9-14", "count", 9, 14, "cans", Y, "cans/day to exceed jecfa adi (70 kg)"),
 ("f-50", F, "intake is 50 mg/kg", "50 mg/kg", "dose", 50, 50, "mg/kg", Y, "fda adi"),
 ("f-60kg", F, "a 60-kilogram person", "60-kilogram", "weight", 60, 60, "kg", N, "fda example body weight"),
 ("f-75", F, "about 75 packets", "75", "count", 75, 75, "packets", Y, "packets/day to reach fda adi (60 kg)"),
 ("f-dblq", F, "The \"doubles your cancer risk\" line", "doubles", "ratio", 2, 2, "x", N, "post claim (quoted)"),
 ("f-102865", F, "followed 102,865 adults", "102,865", "count", 102865, 102865, "people", Y, "nutrinet-sante participants"),
 ("f-12yr", F, "median of 12 years", "12 years", "duration", 12, 12, "years", Y, "nutrinet-sante median follow-up"),
 ("f-15", F, "consumers had a 15% higher risk", "15%", "percent", 15, 15, "%", Y, "aspartame overall cancer risk increase"),
 ("f-100", F, "not a 100% higher one", "100%", "percent", 100, 100, "%", N, "rhetorical"),
 ("f-3coh", F, "comes from three cohorts", "three", "count", 3, 3, "studies", Y, "human liver-cancer studies"),
 ("f-477", F, "followed 477,206 people", "477,206", "count", 477206, 477206, "people", Y, "epic participants"),
 ("f-10c", F, "people in 10 countries", "10", "count", 10, 10, "countries", Y, "epic countries"),
 ("f-191", F, "recorded 191 cases", "191", "count", 191, 191, "cases", Y, "epic hcc cases"),
 ("f-553", F, "enrolled 553,874 people", "553,874", "count", 553874, 553874, "people", Y, "cps-ii participants"),
 ("f-2us", F, "two other U.S. cohorts", "two", "count", 2, 2, "cohorts", N, "aside"),
 ("f-v7", F, "voted 7-2 last month", "7", "vote", 7, 7, "votes", Y, "harbor county final vote, for"),
 ("f-v2", F, "voted 7-2 last", "2", "vote", 2, 2, "votes", Y, "harbor county final vote, against"),
 ("f-lastmo", F, "7-2 last month", "last month", "date", 2024, 2024, "year", Y, "final vote date"),
 ("f-sy", F, "starting with the 2025-26 school year", "2025-26", "date", 2025, 2026, "year", N, "policy start school year"),
 ("f-2023h", F, "screenshot of a 2023 news headline", "2023", "date", 2023, 2023, "year", N, "aside"),
 ("f-12lang", F, "at least 12 languages", "12", "count", 12, 12, "languages", Y, "repost languages"),
 ("f-r40", F, "left the 40 mg/kg limit", "40 mg/kg", "dose", 40, 40, "mg/kg", N, "ruling repeat"),
 ("f-r3", F, "claim that three cans a day", "three", "count", 3, 3, "cans", N, "ruling (post claim)"),
 ("f-rdbl", F, "three cans a day doubles cancer risk is", "doubles", "ratio", 2, 2, "x", N, "ruling (post claim)"),
 ("f-r15", F, "reported a 15% higher risk", "15%", "percent", 15, 15, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 IARC announcement year: "last July" in a Jan-2025 article resolves to 2024
 ("l-lastjul", "w-fri", S), ("l-lastjul", "a-14jul", S), ("l-lastjul", "f-jul14", S),
 ("l-lastjul", "e-jul23", S), ("l-lastjul", "b-jul23", S),
 # S2 cans a day for a 70 kg adult: 8-12 (60 kg arithmetic) vs 9-14
 ("b-812", "w-914", S), ("b-812", "p-914", S), ("b-812", "e-914", S), ("b-812", "f-914", S),
 # S3 FDA ADI 40 (JECFA figure) vs 50
 ("l-40fda", "w-50", S), ("l-40fda", "e-50", S), ("l-40fda", "b-50", S), ("l-40fda", "f-50", S),
 # S4 FDA packets 57 (transposed) vs 75
 ("b-57", "e-75", S), ("b-57", "f-75", S),
 # S5 IARC working group countries 13 vs 12
 ("e-13c", "w-12c", S), ("e-13c", "a-12c", S), ("e-13c", "f-12c", S),
 # S6 aspartame cancer risk increase 13% (total-sweetener / ace-K figure) vs 15%
 ("e-13pct", "b-15", S), ("e-13pct", "f-15", S),
 # S7 NutriNet participants: cancer cases reported as participants
 ("p-3358", "a-nnN", S), ("p-3358", "e-102865", S), ("p-3358", "f-102865", S), ("p-3358", "b-100k", S),
 # S8 NutriNet median follow-up 12 years (cohort span) vs 7.8
 ("f-12yr", "a-nnfu", S), ("f-12yr", "e-78", S), ("f-12yr", "b-8yr", S),
 # S9 EPIC countries 9 vs 10
 ("w-nine", "a-epic10", S), ("w-nine", "e-10c", S), ("w-nine", "f-10c", S),
 # S10 EPIC HCC cases 236 (biliary tract count) vs 191
 ("a-236", "e-191", S), ("a-236", "f-191", S),
 # S11 FDA carbonated beverage approval 1981 vs 1983
 ("p-1981carb", "e-1983", S), ("p-1981carb", "l-1983", S),
 # S12 JECFA ADI first set 1984 (SCF year) vs 1981
 ("b-1984", "w-1981", S), ("b-1984", "a-1981", S),
 # S13 Calverra research commitment: lab budget reported as the whole program
 ("l-12m", "p-45m", S),
 # S14 Harbor County final vote 7-2 vs 6-3
 ("f-v7", "l-v6", S), ("f-v2", "l-v3", S), ("f-v2", "l-3no", S),
 # S15 share of sweetener-using sodas that use aspartame 90% vs 95%
 ("b-90", "e-95", S),
 # S16 CPS-II participants: pooled US figure swapped in
 ("f-553", "a-cpsn", S), ("f-553", "b-935k", S),
 # S17 Calverra 2022 revenue: 2023 figure given for 2022
 ("l-14b", "p-121b", S),
 # S18 EFSA re-evaluation year 2014 vs 2013
 ("p-2014", "a-efsa13", S), ("p-2014", "e-dec13", S),
 # Qualified
 ("b-180", "w-mgcan", Q), ("b-180", "e-mgcan", Q),
 ("p-100c", "e-90c", Q),
 ("b-180200x", "w-200x", Q), ("b-180200x", "p-200x", Q), ("b-180200x", "e-200x", Q),
 ("b-1984", "l-1981", Q),
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
        rows.append({"type": "claim", "id": f"as-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"as-{a}", f"as-{b}"
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
