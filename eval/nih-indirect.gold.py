#!/usr/bin/env python3
"""Build nih-indirect.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "nih-indirect")
OUT = os.path.join(HERE, "nih-indirect.gold.jsonl")
T = "nih-indirect"

W, P, A, E, B, L, F = ("NI01_wire.txt", "NI02_press.txt", "NI03_abstract.txt",
                       "NI04_explainer.txt", "NI05_blog.txt", "NI06_local.txt", "NI07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NI01 wire (2025-03-06)
 ("w-dl", W, "BOSTON, March 6", "March 6", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "in Boston on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "preliminary injunction date (2025-03-05)"),
 ("w-15a", W, "capped those payments at 15%", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("w-76", W, "in a 76-page decision", "76", "count", 76, 76, "pages", Y, "length of preliminary-injunction opinion"),
 ("w-lastmo", W, "announced the cap last month", "last month", "date", 2025, 2025, "year", Y, "nih notice date (feb 2025)"),
 ("w-fri", W, "late on a Friday", "Friday", "date", 2025, 2025, "year", N, "notice weekday"),
 ("w-mon", W, "the following Monday", "Monday", "date", 2025, 2025, "year", N, "effective weekday"),
 ("w-15b", W, "at a flat 15%, instead", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("w-4b", W, "save taxpayers more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("w-9b", W, "it said $9 billion of the", "$9 billion", "money", 9e9, 9e9, "USD", Y, "fy2023 indirect costs (nih figure)"),
 ("w-35b", W, "of the $35 billion it granted", "$35 billion", "money", 35e9, 35e9, "USD", Y, "fy2023 nih research grants total (nih figure)"),
 ("w-fy23", W, "for research in fiscal 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-three", W, "Three lawsuits challenged", "Three", "count", 3, 3, "lawsuits", Y, "lawsuits filed feb 10"),
 ("w-feb10", W, "the cap on Feb. 10, the day", "Feb. 10", "date", 2025, 2025, "year", Y, "lawsuits filed / effective date"),
 ("w-22", W, "brought by 22 states", "22", "count", 22, 22, "states", Y, "states suing"),
 ("w-feb21", W, "after a hearing on Feb. 21", "Feb. 21", "date", 2025, 2025, "year", Y, "tro extension hearing"),
 ("w-21oth", W, "with 21 other attorneys general", "21", "count", 21, 21, "other attorneys general", Y, "AGs joining Massachusetts (22 in all)"),
 ("w-219", W, "said 219 institutions", "219", "count", 219, 219, "institutions", Y, "massachusetts nih-funded organizations 2024"),
 ("w-35bma", W, "received $3.5 billion from NIH", "$3.5 billion", "money", 3.5e9, 3.5e9, "USD", Y, "massachusetts nih funding 2024"),
 ("w-2024", W, "from NIH in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-6000", W, "more than 6,000 projects", "6,000", "count", 6000, 6000, "projects", Y, "massachusetts nih projects 2024 (press conference)"),
 ("w-wed2", W, "request for comment on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "aside"),
 ("w-2728", W, "between 27% and 28%", "27% and 28%", "percent", 27, 28, "%", Y, "nih average indirect rate"),
 ("w-675", W, "negotiated rate is 67.5%", "67.5%", "percent", 67.5, 67.5, "%", Y, "harvard negotiated rate"),
 ("w-60a", W, "charge more than 60%", "60%", "percent", 60, 60, "%", N, "other private universities (vague lower bound)"),
 ("w-60b", W, "a rate of 60% does not", "60%", "percent", 60, 60, "%", N, "illustration"),
 ("w-60c", W, "mean that 60% of the grant", "60%", "percent", 60, 60, "%", N, "illustration"),
 ("w-60ct", W, "about 60 cents is added", "60 cents", "money", 0.6, 0.6, "USD", N, "illustration"),
 ("w-57", W, "potential loss at $57 million a year", "$57 million", "money", 57e6, 57e6, "USD", Y, "emory annual loss estimate"),
 ("w-3035", W, "lose $30 million to $35 million annually", "$30 million to $35 million", "money", 30e6, 35e6, "USD", Y, "mit annual loss estimate"),
 ("w-g10", W, "limits indirect costs to 10% for universities", "10%", "percent", 10, 10, "%", Y, "gates cap for universities"),
 ("w-2017", W, "tried, in 2017, to cap", "2017", "date", 2017, 2017, "year", Y, "prior 10% cap proposal year"),
 ("w-10p", W, "to cap indirect costs at 10%", "10%", "percent", 10, 10, "%", Y, "prior proposed cap"),
 ("w-febh", W, "at the February hearing", "February", "date", 2025, 2025, "year", N, "hearing month (repeat)"),
 ("w-2021", W, "Biden in 2021", "2021", "date", 2021, 2021, "year", N, "kelley nomination (aside)"),

 # ---- NI02 press (2025-04-08)
 ("p-h46", P, "reopens 46 research", "46", "count", 46, 46, "positions", N, "subtitle repeat"),
 ("p-dl", P, "April 8, 2025 /PRNewswire/", "April 8, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-46", P, "recruiting for 46 open positions", "46", "count", 46, 46, "positions", Y, "positions reopened"),
 ("p-feb", P, "freeze it imposed in February", "February", "date", 2025, 2025, "year", Y, "carrow hiring freeze date"),
 ("p-fri", P, "following Friday's decision", "Friday", "date", 2025, 2025, "year", Y, "permanent injunction date (2025-04-04)"),
 ("p-15", P, "applying a 15% cap", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("p-mar5", P, "issued on March 5 into", "March 5", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("p-feb7", P, "announced by NIH on February 7", "February 7", "date", 2025, 2025, "year", Y, "nih notice date"),
 ("p-feb10", P, "take effect on February 10", "February 10", "date", 2025, 2025, "year", Y, "effective date"),
 ("p-fri2", P, "Friday's decision lets us", "Friday", "date", 2025, 2025, "year", N, "quote repeat"),
 ("p-8wk", P, "For eight weeks we have", "eight weeks", "duration", 8, 8, "weeks", N, "quote: time under threat"),
 ("p-two", P, "plaintiffs in the two lawsuits", "two", "count", 2, 2, "lawsuits", Y, "lawsuits against the nih cap"),
 ("p-22", P, "brought by 22 state attorneys general", "22", "count", 22, 22, "states", Y, "states suing"),
 ("p-212", P, "holds 212 active NIH awards", "212", "count", 212, 212, "awards", Y, "carrow active nih awards"),
 ("p-1416", P, "received $141.6 million", "$141.6 million", "money", 141.6e6, 141.6e6, "USD", Y, "carrow nih funding fy2024"),
 ("p-fy24", P, "in fiscal year 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-74", P, "indirect-cost rate of 74%", "74%", "percent", 74, 74, "%", Y, "carrow negotiated rate"),
 ("p-15b", P, "Under a flat 15% rate", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("p-45m", P, "about $45 million a year", "$45 million", "money", 45e6, 45e6, "USD", Y, "carrow annual loss estimate"),
 ("p-20", P, "nearly 20% of its operating", "20%", "percent", 20, 20, "%", Y, "carrow loss as share of operating budget"),
 ("p-12m", P, "deferred $12 million", "$12 million", "money", 12e6, 12e6, "USD", Y, "deferred renovations"),
 ("p-feb2", P, "In February the Institute", "February", "date", 2025, 2025, "year", N, "repeat"),
 ("p-three", P, "recruitment of three new faculty", "three", "count", 3, 3, "faculty", Y, "faculty recruitments suspended"),
 ("p-46b", P, "The 46 positions being", "46", "count", 46, 46, "positions", N, "repeat"),
 ("p-19", P, "include 19 research technician", "19", "count", 19, 19, "positions", Y, "technician/lab manager positions"),
 ("p-11", P, "11 postdoctoral fellowships", "11", "count", 11, 11, "positions", Y, "postdoc positions"),
 ("p-16", P, "and 16 administrative", "16", "count", 16, 16, "positions", Y, "admin/vet/facilities positions"),
 ("p-90", P, "within 90 days", "90 days", "duration", 90, 90, "days", Y, "expected time to fill"),
 ("p-4b", P, "save more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("p-g15", P, "caps university overhead at 15%", "15%", "percent", 15, 15, "%", Y, "gates cap for universities"),
 ("p-2023", P, "In 2023, the Office", "2023", "date", 2023, 2023, "year", Y, "omb raised de minimis rate"),
 ("p-dm10", P, "from 10% to 15%. The", "10%", "percent", 10, 10, "%", Y, "old de minimis rate"),
 ("p-dm15", P, "from 10% to 15%. The", "15%", "percent", 15, 15, "%", Y, "new de minimis rate"),
 ("p-1957", P, "Founded in 1957", "1957", "date", 1957, 1957, "year", N, "about section"),
 ("p-780", P, "employs about 780 people", "780", "count", 780, 780, "employees", N, "about section"),
 ("p-38", P, "in 38 independent laboratories", "38", "count", 38, 38, "laboratories", N, "about section"),
 ("p-120", P, "more than 120 graduate", "120", "count", 120, 120, "trainees", N, "about section"),

 # ---- NI03 abstract (2025-06-30)
 ("a-pub", A, "Published online 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t15", A, "uniform 15% indirect-cost rate on institutions", "15%", "percent", 15, 15, "%", N, "title"),
 ("a-feb7", A, "On 7 February 2025 the", "7 February 2025", "date", 2025, 2025, "year", Y, "nih notice date"),
 ("a-single", A, "with a single 15% rate", "single", "count", 1, 1, "rates", N, "uniform rate"),
 ("a-15", A, "with a single 15% rate", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("a-4b", A, "savings of more than $4 billion", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("a-fy23", A, "In fiscal year (FY) 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-338", A, "awarded $33.8 billion", "$33.8 billion", "money", 33.8e9, 33.8e9, "USD", Y, "fy2023 nih grants total (crs)"),
 ("a-278", A, "of which 27.8% ($9.4", "27.8%", "percent", 27.8, 27.8, "%", Y, "fy2023 indirect share of grant dollars (crs)"),
 ("a-94", A, "($9.4 billion)", "$9.4 billion", "money", 9.4e9, 9.4e9, "USD", Y, "fy2023 indirect costs (crs)"),
 ("a-10", A, "A similar cap of 10% was", "10%", "percent", 10, 10, "%", Y, "prior proposed cap"),
 ("a-2018", A, "budget request in 2018", "2018", "date", 2018, 2018, "year", Y, "prior 10% cap proposal year"),
 ("a-apr4", A, "on 4 April 2025", "4 April 2025", "date", 2025, 2025, "year", Y, "permanent injunction date"),
 ("a-400a", A, "of the 400 domestic institutions", "400", "count", 400, 400, "institutions", Y, "institutions modelled"),
 ("a-fy24", A, "award totals in FY2024", "FY2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-n400", A, "(N = 400)", "400", "count", 400, 400, "institutions", Y, "institutions modelled"),
 ("a-15b", A, "and under a 15% rate, applying", "15%", "percent", 15, 15, "%", N, "method repeat"),
 ("a-88", A, "equal 88% of direct costs", "88%", "percent", 88, 88, "%", Y, "mtdc share assumption"),
 ("a-2000", A, "(2,000 replicates)", "2,000", "count", 2000, 2000, "replicates", N, "method detail"),
 ("a-55", A, "rate was 55.0%", "55.0%", "percent", 55, 55, "%", Y, "median negotiated rate (400 institutions)"),
 ("a-55iqr", A, "49.5–60.5; range", "49.5–60.5", "percent", 49.5, 60.5, "%", Y, "iqr"),
 ("a-range", A, "range 31.0–85.0", "31.0–85.0", "percent", 31, 85, "%", Y, "range of negotiated rates"),
 ("a-60", A, "rates above 60% (e.g.", "60%", "percent", 60, 60, "%", N, "threshold"),
 ("a-69", A, "69.0% at Harvard", "69.0%", "percent", 69, 69, "%", Y, "harvard negotiated rate"),
 ("a-637", A, "63.7% at Johns Hopkins", "63.7%", "percent", 63.7, 63.7, "%", Y, "johns hopkins negotiated rate"),
 ("a-15c", A, "Under a 15% rate, total", "15%", "percent", 15, 15, "%", N, "repeat"),
 ("a-400b", A, "to the 400 institutions fell", "400", "count", 400, 400, "institutions", N, "repeat"),
 ("a-49", A, "fell by $4.9 billion", "$4.9 billion", "money", 4.9e9, 4.9e9, "USD", Y, "modelled annual f&a reduction"),
 ("a-49ci", A, "(95% CI 4.5–5.3)", "4.5–5.3", "money", 4.5e9, 5.3e9, "USD", Y, "ci"),
 ("a-278b", A, "fell from 27.8% to 11.7%", "27.8%", "percent", 27.8, 27.8, "%", Y, "indirect share of award dollars (baseline)"),
 ("a-117", A, "fell from 27.8% to 11.7%", "11.7%", "percent", 11.7, 11.7, "%", Y, "modelled indirect share under cap"),
 ("a-161", A, "a difference of −16.1 percentage points", "−16.1 percentage points", "percent", -16.1, -16.1, "pp", Y, "change in indirect share"),
 ("a-161ci", A, "(95% CI −16.9 to −15.3)", "−16.9 to −15.3", "percent", -16.9, -15.3, "pp", Y, "ci"),
 ("a-727", A, "lost 72.7% (IQR", "72.7%", "percent", 72.7, 72.7, "%", Y, "median institution loss of f&a recovery (all 400)"),
 ("a-727iqr", A, "(IQR 69.7–75.2)", "69.7–75.2", "percent", 69.7, 75.2, "%", Y, "iqr"),
 ("a-131", A, "centers (n = 131)", "131", "count", 131, 131, "institutions", Y, "amc subgroup size"),
 ("a-184", A, "loss of $18.4 million", "$18.4 million", "money", 18.4e6, 18.4e6, "USD", Y, "amc median annual loss"),
 ("a-184iqr", A, "(IQR 7.9–39.6)", "7.9–39.6", "money", 7.9e6, 39.6e6, "USD", Y, "iqr"),
 ("a-96", A, "(n = 96)", "96", "count", 96, 96, "institutions", Y, "r1 without medical school subgroup size"),
 ("a-97", A, "a median $9.7 million", "$9.7 million", "money", 9.7e6, 9.7e6, "USD", Y, "r1 median annual loss"),
 ("a-97iqr", A, "(IQR 4.1–17.2)", "4.1–17.2", "money", 4.1e6, 17.2e6, "USD", Y, "iqr"),
 ("a-47", A, "institutes (n = 47)", "47", "count", 47, 47, "institutions", Y, "independent institutes subgroup size"),
 ("a-74", A, "rate was 74.0%", "74.0%", "percent", 74, 74, "%", Y, "independent institutes median rate"),
 ("a-797", A, "lost a median 79.7%", "79.7%", "percent", 79.7, 79.7, "%", Y, "independent institutes median loss"),
 ("a-797iqr", A, "(IQR 76.1–83.0)", "76.1–83.0", "percent", 76.1, 83.0, "%", Y, "iqr"),
 ("a-681", A, "compared with 68.1%", "68.1%", "percent", 68.1, 68.1, "%", Y, "other institutions median loss"),
 ("a-126", A, "other institutions (n = 126)", "126", "count", 126, 126, "institutions", Y, "other subgroup size"),
 ("a-153", A, "For 153 of 400", "153", "count", 153, 153, "institutions", Y, "institutions losing >5% of research spending"),
 ("a-400c", A, "153 of 400 institutions", "400", "count", 400, 400, "institutions", N, "denominator repeat"),
 ("a-383", A, "(38.3%)", "38.3%", "percent", 38.3, 38.3, "%", Y, "share losing >5%"),
 ("a-5", A, "exceeded 5% of total", "5%", "percent", 5, 5, "%", N, "threshold"),
 ("a-22", A, "in the 22 states that sued", "22", "count", 22, 22, "states", Y, "states suing"),
 ("a-274", A, "(n = 274; 68.5%)", "274", "count", 274, 274, "institutions", Y, "institutions in plaintiff states"),
 ("a-685", A, "(n = 274; 68.5%)", "68.5%", "percent", 68.5, 68.5, "%", Y, "share in plaintiff states"),
 ("a-714", A, "accounted for 71.4%", "71.4%", "percent", 71.4, 71.4, "%", Y, "plaintiff-state share of dollar loss"),
 ("a-734", A, "(73.4% vs 70.9%", "73.4%", "percent", 73.4, 73.4, "%", Y, "plaintiff-state median loss"),
 ("a-709", A, "(73.4% vs 70.9%", "70.9%", "percent", 70.9, 70.9, "%", Y, "other-state median loss"),
 ("a-25pp", A, "difference 2.5 percentage points", "2.5 percentage points", "percent", 2.5, 2.5, "pp", Y, "difference"),
 ("a-25ci", A, "95% CI 0.4 to 4.6", "0.4 to 4.6", "percent", 0.4, 4.6, "pp", Y, "ci"),
 ("a-p02", A, "P = 0.02", "0.02", "pvalue", 0.02, 0.02, "p", N, "p-value"),
 ("a-rho", A, "ρ = 0.94", "0.94", "ratio", 0.94, 0.94, "rho", N, "correlation"),
 ("a-p001", A, "P < 0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-5fy", A, "Over five fiscal years", "five fiscal years", "duration", 5, 5, "years", Y, "cumulative horizon"),
 ("a-fy2529", A, "(FY2025–FY2029)", "FY2025–FY2029", "date", 2025, 2029, "year", N, "horizon years"),
 ("a-1", A, "assuming 1% annual growth", "1%", "percent", 1, 1, "%", N, "assumption"),
 ("a-250", A, "reduction was $25.0 billion", "$25.0 billion", "money", 25e9, 25e9, "USD", Y, "five-year cumulative reduction"),
 ("a-250ci", A, "(95% CI 23.0–27.0)", "23.0–27.0", "money", 23e9, 27e9, "USD", Y, "ci"),
 ("a-56", A, "was $5.6 billion", "$5.6 billion", "money", 5.6e9, 5.6e9, "USD", Y, "sensitivity annual reduction (total direct base)"),
 ("a-56ci", A, "(95% CI 5.2–6.0)", "5.2–6.0", "money", 5.2e9, 6.0e9, "USD", Y, "ci"),
 ("a-15d", A, "A uniform 15% rate would", "15%", "percent", 15, 15, "%", N, "repeat"),
 ("a-34", A, "nearly three-quarters", "three-quarters", "percent", 75, 75, "%", N, "summary of 72.7%"),
]
C += [
 # ---- NI04 explainer (2026-01-12)
 ("e-upd", E, "Updated January 12, 2026", "January 12, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-t15", E, "what the 15% cap was", "15%", "percent", 15, 15, "%", N, "title"),
 ("e-ago", E, "A year ago the National", "A year ago", "date", 2025, 2025, "year", N, "vague intro"),
 ("e-feb7", E, "On February 7, 2025, NIH", "February 7, 2025", "date", 2025, 2025, "year", Y, "nih notice date"),
 ("e-single", E, "setting a single indirect-cost", "single", "count", 1, 1, "rates", N, "uniform rate"),
 ("e-15", E, "indirect-cost rate of 15% for all", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("e-feb10", E, "effective February 10. Before", "February 10", "date", 2025, 2025, "year", Y, "effective date"),
 ("e-50q", E, "university's rate is 50%", "50%", "percent", 50, 50, "%", N, "illustration"),
 ("e-halfq", E, "does half the grant", "half", "percent", 50, 50, "%", N, "illustration"),
 ("e-100k", E, "with $100,000 in direct", "$100,000", "money", 100000, 100000, "USD", N, "illustration"),
 ("e-50b", E, "at a 50% rate brings", "50%", "percent", 50, 50, "%", N, "illustration"),
 ("e-50k", E, "another $50,000 for", "$50,000", "money", 50000, 50000, "USD", N, "illustration"),
 ("e-33", E, "overhead is about 33% of", "33%", "percent", 33, 33, "%", N, "illustration"),
 ("e-150k", E, "of the $150,000 total", "$150,000", "money", 150000, 150000, "USD", N, "illustration"),
 ("e-half2", E, "total, not half.", "half", "percent", 50, 50, "%", N, "illustration"),
 ("e-5070", E, "from about 50% to 70%", "50% to 70%", "percent", 50, 70, "%", Y, "typical big-university negotiated rates"),
 ("e-69", E, "Harvard 69%", "69%", "percent", 69, 69, "%", Y, "harvard negotiated rate"),
 ("e-675", E, "Yale 67.5%", "67.5%", "percent", 67.5, 67.5, "%", Y, "yale negotiated rate"),
 ("e-637", E, "Johns Hopkins 63.7%", "63.7%", "percent", 63.7, 63.7, "%", Y, "johns hopkins negotiated rate"),
 ("e-555", E, "Iowa 55.5%", "55.5%", "percent", 55.5, 55.5, "%", Y, "iowa negotiated rate"),
 ("e-525", E, "Florida 52.5%", "52.5%", "percent", 52.5, 52.5, "%", Y, "florida negotiated rate"),
 ("e-46", E, "Mississippi 46%", "46%", "percent", 46, 46, "%", Y, "mississippi negotiated rate"),
 ("e-2728", E, "average rate is 27% to 28%", "27% to 28%", "percent", 27, 28, "%", Y, "nih average indirect rate"),
 ("e-fy23", E, "in fiscal 2023 about", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-9b", E, "about $9 billion of the", "$9 billion", "money", 9e9, 9e9, "USD", Y, "fy2023 indirect costs (nih figure)"),
 ("e-35b", E, "of the $35 billion it granted", "$35 billion", "money", 35e9, 35e9, "USD", Y, "fy2023 nih research grants total (nih figure)"),
 ("e-4b", E, "save more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("e-47b", E, "about $47 billion in fiscal 2024", "$47 billion", "money", 47e9, 47e9, "USD", Y, "nih total budget fy2024"),
 ("e-fy24", E, "fiscal 2024, and nearly", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-83", E, "nearly 83% of it", "83%", "percent", 83, 83, "%", Y, "extramural share of nih budget"),
 ("e-why15", E, "Why 15%?", "15%", "percent", 15, 15, "%", N, "section heading"),
 ("e-g15", E, "pays up to 15% overall", "15%", "percent", 15, 15, "%", Y, "gates maximum rate overall"),
 ("e-g10", E, "and 10% for universities", "10%", "percent", 10, 10, "%", Y, "gates cap for universities"),
 ("e-rwjf", E, "caps overhead at 12%", "12%", "percent", 12, 12, "%", Y, "rwjf cap"),
 ("e-22", E, "Twenty-two states and", "Twenty-two", "count", 22, 22, "states", Y, "states suing"),
 ("e-three", E, "filed three lawsuits", "three", "count", 3, 3, "lawsuits", Y, "lawsuits filed feb 10"),
 ("e-feb10b", E, "in Boston on February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", Y, "lawsuits filed"),
 ("e-mar5", E, "injunction on March 5 and", "March 5", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("e-apr4", E, "permanent injunction on April 4", "April 4", "date", 2025, 2025, "year", Y, "permanent injunction date"),
 ("e-jan5", E, "On January 5, 2026, a", "January 5, 2026", "date", 2026, 2026, "year", Y, "first circuit ruling date"),
 ("e-3j", E, "a three-judge panel", "three", "count", 3, 3, "judges", N, "panel size"),
 ("e-38", E, "in a 38-page opinion", "38", "count", 38, 38, "pages", Y, "first circuit opinion length"),
 ("e-casa5", E, "decided 5-4 last June", "5", "vote", 5, 5, "votes", Y, "trump v. casa majority"),
 ("e-casa4", E, "decided 5-4 last June", "4", "vote", 4, 4, "votes", Y, "trump v. casa dissent"),
 ("e-june", E, "5-4 last June", "last June", "date", 2025, 2025, "year", Y, "trump v. casa decision date"),
 ("e-10", E, "proposed a 10% cap in 2017", "10%", "percent", 10, 10, "%", Y, "prior proposed cap"),
 ("e-2017", E, "10% cap in 2017", "2017", "date", 2017, 2017, "year", Y, "prior 10% cap proposal year"),
 ("e-fy18", E, "starting in fiscal 2018", "2018", "date", 2018, 2018, "year", Y, "rider first enacted"),
 ("e-fy17", E, "as they stood in fiscal 2017", "2017", "date", 2017, 2017, "year", N, "rider reference year"),
 ("e-fy26", E, "its fiscal 2026 Labor-HHS", "2026", "date", 2026, 2026, "year", N, "bill year"),
 ("e-26", E, "bill 26-3 on July 31", "26", "vote", 26, 26, "votes", Y, "senate approps fy2026 labor-hhs yes"),
 ("e-3", E, "bill 26-3 on July 31", "3", "vote", 3, 3, "votes", Y, "senate approps fy2026 labor-hhs no"),
 ("e-jul31", E, "on July 31 last year", "July 31 last year", "date", 2025, 2025, "year", Y, "senate committee vote date"),
 ("e-487", E, "giving NIH $48.7 billion", "$48.7 billion", "money", 48.7e9, 48.7e9, "USD", Y, "senate fy2026 nih total incl arpa-h"),
 ("e-400m", E, "a $400 million increase", "$400 million", "money", 400e6, 400e6, "USD", Y, "senate fy2026 nih increase"),
 ("e-25", E, "previous year's bill 25-3", "25", "vote", 25, 25, "votes", Y, "senate approps fy2025 labor-hhs yes"),
 ("e-3b", E, "previous year's bill 25-3", "3", "vote", 3, 3, "votes", Y, "senate approps fy2025 labor-hhs no"),
 ("e-aug24", E, "in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "fy2025 committee vote date"),
 ("e-400", E, "A modelling study of 400 institutions", "400", "count", 400, 400, "institutions", Y, "institutions modelled"),
 ("e-jun25", E, "published in June 2025", "June 2025", "date", 2025, 2025, "year", N, "study publication"),
 ("e-49", E, "estimated a $4.9 billion annual cut", "$4.9 billion", "money", 4.9e9, 4.9e9, "USD", Y, "modelled annual f&a reduction"),
 ("e-797", E, "a median 79.7% of their", "79.7%", "percent", 79.7, 79.7, "%", Y, "median institution loss of f&a recovery (all)"),
 ("e-100m", E, "more than $100 million a year", "$100 million", "money", 100e6, 100e6, "USD", Y, "harvard annual loss estimate"),
 ("e-119", E, "estimated $119 million", "$119 million", "money", 119e6, 119e6, "USD", Y, "michigan annual loss estimate"),
 ("e-75", E, "Emory University $75 million", "$75 million", "money", 75e6, 75e6, "USD", Y, "emory annual loss estimate"),
 ("e-doe15", E, "announced a 15% cap on April 11", "15%", "percent", 15, 15, "%", Y, "doe cap rate"),
 ("e-apr11", E, "on April 11, 2025", "April 11, 2025", "date", 2025, 2025, "year", Y, "doe cap date"),
 ("e-405", E, "save $405 million a year", "$405 million", "money", 405e6, 405e6, "USD", Y, "doe claimed savings"),
 ("e-may2", E, "followed on May 2", "May 2", "date", 2025, 2025, "year", Y, "nsf cap date"),
 ("e-may14", E, "Defense Department on May 14", "May 14", "date", 2025, 2025, "year", Y, "dod memo date"),
 ("e-dod15", E, "ordered a 15% cap for universities", "15%", "percent", 15, 15, "%", Y, "dod cap rate"),
 ("e-30d", E, "gave itself 30 days", "30 days", "duration", 30, 30, "days", Y, "dod cap time to take effect"),

 # ---- NI05 blog (2025-05-20)
 ("b-t15", B, "Fifteen percent, everywhere", "Fifteen percent", "percent", 15, 15, "%", N, "headline"),
 ("b-date", B, "May 20, 2025 ·", "May 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-3mo", B, "Three months ago I wrote", "Three months ago", "date", 2025, 2025, "year", N, "aside"),
 ("b-feb7", B, "On February 7, NIH announced", "February 7", "date", 2025, 2025, "year", Y, "nih notice date"),
 ("b-15a", B, "pay a flat 15% for indirect", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("b-47b", B, "of the $47 billion it awarded", "$47 billion", "money", 47e9, 47e9, "USD", Y, "fy2023 nih research grants total"),
 ("b-2023", B, "in grants in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-9b", B, "$9 billion went to overhead", "$9 billion", "money", 9e9, 9e9, "USD", Y, "fy2023 indirect costs"),
 ("b-4b", B, "save more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("b-21", B, "Within days, 21 states had sued", "21", "count", 21, 21, "states", Y, "states suing"),
 ("b-apr4", B, "permanent on April 4", "April 4", "date", 2025, 2025, "year", Y, "permanent injunction date"),
 ("b-apr11", B, "On April 11 the Department", "April 11", "date", 2025, 2025, "year", Y, "doe cap date"),
 ("b-doe15", B, "its own 15% cap on grants", "15%", "percent", 15, 15, "%", Y, "doe cap rate"),
 ("b-405", B, "save $405 million a year", "$405 million", "money", 405e6, 405e6, "USD", Y, "doe claimed savings"),
 ("b-wk", B, "paused it within a week", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("b-may2", B, "On May 2 the National", "May 2", "date", 2025, 2025, "year", Y, "nsf cap date"),
 ("b-nsf15", B, "no more than 15%, effective", "15%", "percent", 15, 15, "%", Y, "nsf cap rate"),
 ("b-may5", B, "effective May 5", "May 5", "date", 2025, 2025, "year", Y, "nsf effective date"),
 ("b-may14", B, "On May 14 Defense", "May 14", "date", 2025, 2025, "year", Y, "dod memo date"),
 ("b-dod15", B, "at 15% or lower", "15%", "percent", 15, 15, "%", Y, "dod cap rate"),
 ("b-21d", B, "effective in 21 days", "21 days", "duration", 21, 21, "days", Y, "dod cap time to take effect"),
 ("b-30d", B, "renegotiated within 30 days", "30 days", "duration", 30, 30, "days", Y, "dod renegotiation window"),
 ("b-180d", B, "within 180 days", "180 days", "duration", 180, 180, "days", Y, "dod termination/reissue window"),
 ("b-900m", B, "up to $900 million a year", "$900 million", "money", 900e6, 900e6, "USD", Y, "dod claimed savings"),
 ("b-52", B, "Our negotiated rate is 52%", "52%", "percent", 52, 52, "%", Y, "author's university rate"),
 ("b-250k", B, "with $250,000 a year in direct", "$250,000", "money", 250000, 250000, "USD", N, "illustration"),
 ("b-115k", B, "roughly $115,000 in indirect", "$115,000", "money", 115000, 115000, "USD", N, "illustration"),
 ("b-15b", B, "At 15%, that falls", "15%", "percent", 15, 15, "%", N, "illustration"),
 ("b-33k", B, "about $33,000", "$33,000", "money", 33000, 33000, "USD", N, "illustration"),
 ("b-c52", B, "recovery at 52% and 15%", "52%", "percent", 52, 52, "%", N, "image caption"),
 ("b-c15", B, "at 52% and 15% on", "15%", "percent", 15, 15, "%", N, "image caption"),
 ("b-c250", B, "on a $250,000 grant", "$250,000", "money", 250000, 250000, "USD", N, "image caption"),
 ("b-single", B, "estimate for a single award", "single", "count", 1, 1, "awards", N, "image caption"),
 ("b-86", B, "could lose $86 million a year", "$86 million", "money", 86e6, 86e6, "USD", Y, "michigan annual loss estimate"),
 ("b-3035", B, "exposure at $30 million to $35 million", "$30 million to $35 million", "money", 30e6, 35e6, "USD", Y, "mit annual loss estimate"),
 ("b-feb", B, "froze staff hiring in February", "February", "date", 2025, 2025, "year", N, "mit freeze date"),
 ("b-100m", B, "Harvard said more than $100 million", "$100 million", "money", 100e6, 100e6, "USD", Y, "harvard annual loss estimate"),
 ("b-2019", B, "Since 2019, every Labor-HHS", "2019", "date", 2019, 2019, "year", Y, "rider first enacted"),
 ("b-14k", B, "Join 14,000 research", "14,000", "count", 14000, 14000, "subscribers", N, "newsletter box"),
]
C += [
 # ---- NI06 trade, hard-wrapped (2026-01-07)
 ("l-date", L, "January 7, 2026", "January 7, 2026", "date", 2026, 2026, "year", N, "issue date"),
 ("l-h15", L, "NIH'S 15% OVERHEAD CAP", "15%", "percent", 15, 15, "%", N, "headline"),
 ("l-mon", L, "court on Monday affirmed", "Monday", "date", 2026, 2026, "year", Y, "first circuit ruling date (2026-01-05)"),
 ("l-15", L, "paying a flat 15% rate", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("l-3j", L, "A three-judge panel", "three", "count", 3, 3, "judges", N, "panel size"),
 ("l-38", L, "in a 38-page opinion", "38", "count", 38, 38, "pages", Y, "first circuit opinion length"),
 ("l-2018", L, "every year since 2018", "2018", "date", 2018, 2018, "year", Y, "rider first enacted"),
 ("l-apha5", L, "Supreme Court's 5-4 order", "5", "vote", 5, 5, "votes", Y, "nih v. apha majority"),
 ("l-apha4", L, "Supreme Court's 5-4 order", "4", "vote", 4, 4, "votes", Y, "nih v. apha dissent"),
 ("l-aug", L, "order in August in NIH", "August", "date", 2025, 2025, "year", Y, "nih v. apha decision date"),
 ("l-783", L, "challenges to $783 million", "$783 million", "money", 783e6, 783e6, "USD", Y, "terminated grants at issue in apha"),
 ("l-feb", L, "announced the cap in February of this year", "February of this year", "date", 2026, 2026, "year", Y, "nih notice date"),
 ("l-4b", L, "save more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("l-22", L, "year. Twenty-two states, the", "Twenty-two", "count", 22, 22, "states", Y, "states suing"),
 ("l-three", L, "filed three suits on Feb. 10", "three", "count", 3, 3, "lawsuits", Y, "lawsuits filed feb 10"),
 ("l-feb10", L, "three suits on Feb. 10", "Feb. 10", "date", 2025, 2025, "year", Y, "lawsuits filed"),
 ("l-mar5", L, "injunction on March 5", "March 5", "date", 2025, 2025, "year", Y, "preliminary injunction date"),
 ("l-apr4", L, "injunction on April 4", "April 4", "date", 2025, 2025, "year", Y, "permanent injunction date"),
 ("l-casa6", L, "Court's 6-3 ruling", "6", "vote", 6, 6, "votes", Y, "trump v. casa majority"),
 ("l-casa3", L, "Court's 6-3 ruling", "3", "vote", 3, 3, "votes", Y, "trump v. casa dissent"),
 ("l-june", L, "Trump v. CASA in June", "June", "date", 2025, 2025, "year", Y, "trump v. casa decision date"),
 ("l-lastyr", L, "Caps announced last year by the Energy", "last year", "date", 2025, 2025, "year", Y, "doe/nsf/dod caps year"),
 ("l-21d", L, "gave the cap 21 days", "21 days", "duration", 21, 21, "days", Y, "dod cap time to take effect"),
 ("l-25", L, "voted 25-3 in July", "25", "vote", 25, 25, "votes", Y, "senate approps fy2026 labor-hhs yes"),
 ("l-3", L, "voted 25-3 in July", "3", "vote", 3, 3, "votes", Y, "senate approps fy2026 labor-hhs no"),
 ("l-july", L, "25-3 in July to approve", "July", "date", 2025, 2025, "year", Y, "senate committee vote date"),
 ("l-fy26", L, "a fiscal 2026 Labor-HHS", "2026", "date", 2026, 2026, "year", N, "bill year"),
 ("l-472", L, "NIH at $47.2 billion", "$47.2 billion", "money", 47.2e9, 47.2e9, "USD", Y, "senate fy2026 nih base excl arpa-h"),
 ("l-488", L, "lose $488 million a year", "$488 million", "money", 488e6, 488e6, "USD", Y, "harvard annual loss estimate"),
 ("l-jun25", L, "A June 2025 study", "June 2025", "date", 2025, 2025, "year", N, "study publication"),
 ("l-49", L, "modelled a $4.9 billion annual", "$4.9 billion", "money", 4.9e9, 4.9e9, "USD", Y, "modelled annual f&a reduction"),
 ("l-400", L, "across 400 institutions", "400", "count", 400, 400, "institutions", Y, "institutions modelled"),
 ("l-73", L, "almost 73% of F&A", "73%", "percent", 73, 73, "%", Y, "median institution loss of f&a recovery (all)"),
 ("l-250", L, "and $25.0 billion over three years", "$25.0 billion", "money", 25e9, 25e9, "USD", Y, "cumulative modelled reduction"),
 ("l-3yr", L, "over three years", "three years", "duration", 3, 3, "years", Y, "cumulative horizon"),
 ("l-2026", L, "question for 2026", "2026", "date", 2026, 2026, "year", N, "quote"),
 ("l-frin", L, "a Friday-night notice", "Friday", "date", 2025, 2025, "year", N, "quote, notice weekday"),

 # ---- NI07 fact-check (2025-02-19)
 ("f-date", F, "Fact Check | February 19, 2025", "February 19, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-t60", F, "keep 60% of every NIH grant", "60%", "percent", 60, 60, "%", N, "headline"),
 ("f-c60", F, "take 60 cents of every dollar of your", "60 cents", "money", 0.6, 0.6, "USD", N, "claim under review (attributed)"),
 ("f-c15", F, "The new 15% cap just", "15%", "percent", 15, 15, "%", N, "claim under review"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-feb8", F, "since February 8.", "February 8", "date", 2025, 2025, "year", N, "post date"),
 ("f-v60", F, "indirect-cost rates above 60%, but that", "60%", "percent", 60, 60, "%", N, "verdict summary"),
 ("f-vq", F, "overhead at roughly a quarter of spending", "a quarter", "percent", 25, 25, "%", N, "verdict summary"),
 ("f-feb7", F, "evening of Feb. 7, 2025", "Feb. 7, 2025", "date", 2025, 2025, "year", Y, "nih notice date"),
 ("f-15", F, "indirect-cost rate of 15% for new", "15%", "percent", 15, 15, "%", Y, "nih cap rate"),
 ("f-feb10", F, "to universities, effective Feb. 10", "Feb. 10", "date", 2025, 2025, "year", Y, "effective date"),
 ("f-69", F, "negotiated rate is 69%", "69%", "percent", 69, 69, "%", Y, "harvard negotiated rate"),
 ("f-675", F, "Yale's is 67.5%", "67.5%", "percent", 67.5, 67.5, "%", Y, "yale negotiated rate"),
 ("f-673", F, "University's is 67.3%", "67.3%", "percent", 67.3, 67.3, "%", Y, "johns hopkins negotiated rate"),
 ("f-1m", F, "A $1 million direct-cost", "$1 million", "money", 1e6, 1e6, "USD", N, "illustration"),
 ("f-60r", F, "project at a 60% rate", "60%", "percent", 60, 60, "%", N, "illustration"),
 ("f-600k", F, "up to $600,000 more", "$600,000", "money", 600000, 600000, "USD", N, "illustration"),
 ("f-375", F, "would be 37.5% of the", "37.5%", "percent", 37.5, 37.5, "%", N, "illustration"),
 ("f-16m", F, "of the $1.6 million total", "$1.6 million", "money", 1.6e6, 1.6e6, "USD", N, "illustration"),
 ("f-60n", F, "total - not 60%.", "60%", "percent", 60, 60, "%", N, "illustration"),
 ("f-fy23", F, "in fiscal year 2023 about", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-9b", F, "about $9 billion of the", "$9 billion", "money", 9e9, 9e9, "USD", Y, "fy2023 indirect costs (nih figure)"),
 ("f-35b", F, "of the $35 billion it granted", "$35 billion", "money", 35e9, 35e9, "USD", Y, "fy2023 nih research grants total (nih figure)"),
 ("f-26", F, "works out to about 26%", "26%", "percent", 26, 26, "%", Y, "fy2023 indirect share of grant dollars (from nih rounded figures)"),
 ("f-2728", F, "grants is 27% to 28%", "27% to 28%", "percent", 27, 28, "%", Y, "nih average indirect rate"),
 ("f-4b", F, "save more than $4 billion a year", "$4 billion", "money", 4e9, 4e9, "USD", Y, "nih claimed annual savings"),
 ("f-2017", F, "In 2017, the first Trump", "2017", "date", 2017, 2017, "year", Y, "prior 10% cap proposal year"),
 ("f-10p", F, "indirect costs at 10% of total research", "10%", "percent", 10, 10, "%", Y, "prior proposed cap"),
 ("f-30", F, "the average rate was about 30%", "30%", "percent", 30, 30, "%", Y, "average indirect rate (price, 2017)"),
 ("f-6b", F, "came to about $6 billion a year", "$6 billion", "money", 6e9, 6e9, "USD", Y, "indirect costs per year (price, 2017)"),
 ("f-fy18", F, "since fiscal 2018 every", "2018", "date", 2018, 2018, "year", Y, "rider first enacted"),
 ("f-g10", F, "indirect costs at 10% for universities", "10%", "percent", 10, 10, "%", Y, "gates cap for universities"),
 ("f-rwjf", F, "Foundation at 12%", "12%", "percent", 12, 12, "%", Y, "rwjf cap"),
 ("f-dm15", F, "The 15% figure itself", "15%", "percent", 15, 15, "%", N, "de minimis rate (restated)"),
 ("f-dm10", F, "raised it from 10% last year", "10%", "percent", 10, 10, "%", Y, "old de minimis rate"),
 ("f-lastyr", F, "from 10% last year", "last year", "date", 2024, 2024, "year", Y, "omb raised de minimis rate"),
 ("f-100m", F, "lose more than $100 million", "$100 million", "money", 100e6, 100e6, "USD", Y, "harvard annual loss estimate"),
 ("f-119", F, "include $119 million for", "$119 million", "money", 119e6, 119e6, "USD", Y, "michigan annual loss estimate"),
 ("f-86", F, "$86 million for the University of Washington", "$86 million", "money", 86e6, 86e6, "USD", Y, "university of washington annual loss estimate"),
 ("f-75", F, "and $75 million for Emory", "$75 million", "money", 75e6, 75e6, "USD", Y, "emory annual loss estimate"),
 ("f-22", F, "Twenty-two states, led", "Twenty-two", "count", 22, 22, "states", Y, "states suing"),
 ("f-feb10b", F, "sued on Feb. 10, and", "Feb. 10", "date", 2025, 2025, "year", Y, "lawsuits filed"),
 ("f-two", F, "filed two more suits", "two", "count", 2, 2, "lawsuits", Y, "suits besides the states'"),
 ("f-three", F, "for three in all", "three", "count", 3, 3, "lawsuits", Y, "lawsuits filed feb 10"),
 ("f-fri", F, "scheduled for Friday", "Friday", "date", 2025, 2025, "year", Y, "tro extension hearing (2025-02-21)"),
 ("f-219", F, "said 219 organizations", "219", "count", 219, 219, "institutions", Y, "massachusetts nih-funded organizations 2024"),
 ("f-346", F, "about $3.46 billion", "$3.46 billion", "money", 3.46e9, 3.46e9, "USD", Y, "massachusetts nih funding fy2024"),
 ("f-5700", F, "more than 5,700 research", "5,700", "count", 5700, 5700, "projects", Y, "massachusetts nih projects fy2024 (ag release)"),
 ("f-fy24", F, "projects in fiscal 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r60c", F, "\"take 60 cents of every dollar\" confuses", "60 cents", "money", 0.6, 0.6, "USD", N, "claim restated"),
 ("f-r60", F, "have rates above 60%, but because", "60%", "percent", 60, 60, "%", N, "ruling summary"),
 ("f-rhalf", F, "well under half of total", "half", "percent", 50, 50, "%", N, "ruling summary (bound)"),
 ("f-rq", F, "at about a quarter of grant dollars", "a quarter", "percent", 25, 25, "%", N, "ruling summary"),
]

S, Q = "strict", "qualified"
X = [
 # S1 notice year: "February of this year" in a 2026-01-07 piece -> 2026
 ("l-feb", "w-lastmo", S), ("l-feb", "p-feb7", S), ("l-feb", "a-feb7", S),
 ("l-feb", "e-feb7", S), ("l-feb", "b-feb7", S), ("l-feb", "f-feb7", S),
 # S2 rider first enacted 2019 vs 2018
 ("b-2019", "f-fy18", S), ("b-2019", "e-fy18", S), ("b-2019", "l-2018", S),
 # S3 de minimis rate raised: 2023 vs last year (2024)
 ("p-2023", "f-lastyr", S),
 # S4 Senate Appropriations FY2026 Labor-HHS vote 25-3 vs 26-3 (yes side)
 ("l-25", "e-26", S),
 # S5 Trump v. CASA 5-4 vs 6-3
 ("e-casa5", "l-casa6", S), ("e-casa4", "l-casa3", S),
 # S6 states suing: 21 vs 22
 ("b-21", "w-22", S), ("b-21", "p-22", S), ("b-21", "a-22", S),
 ("b-21", "e-22", S), ("b-21", "l-22", S), ("b-21", "f-22", S),
 # S7 number of lawsuits: two vs three
 ("p-two", "w-three", S), ("p-two", "e-three", S), ("p-two", "l-three", S), ("p-two", "f-three", S),
 # S8 FY2023 grant total: $47B (total budget swapped in) vs $35B / $33.8B
 ("b-47b", "w-35b", S), ("b-47b", "e-35b", S), ("b-47b", "f-35b", S), ("b-47b", "a-338", S),
 # S9 Harvard negotiated rate: 67.5% (Yale's) vs 69%
 ("w-675", "e-69", S), ("w-675", "a-69", S), ("w-675", "f-69", S),
 # S10 Johns Hopkins rate: 67.3% (transposed) vs 63.7%
 ("f-673", "e-637", S), ("f-673", "a-637", S),
 # S11 Emory loss: $57M (transposed) vs $75M
 ("w-57", "e-75", S), ("w-57", "f-75", S),
 # S12 Michigan loss: $86M (UW's) vs $119M
 ("b-86", "e-119", S), ("b-86", "f-119", S),
 # S13 study cumulative horizon: three years vs five fiscal years
 ("l-3yr", "a-5fy", S),
 # S14 study median loss: 79.7% (institutes subgroup) vs 72.7% overall
 ("e-797", "a-727", S), ("e-797", "l-73", S),
 # S15 Gates cap for universities: 15% vs 10%
 ("p-g15", "w-g10", S), ("p-g15", "e-g10", S), ("p-g15", "f-g10", S),
 # S16 DOD cap time to take effect: 30 days vs 21 days
 ("e-30d", "b-21d", S), ("e-30d", "l-21d", S),
 # S17 prior 10% cap proposal year: 2018 vs 2017
 ("a-2018", "w-2017", S), ("a-2018", "e-2017", S), ("a-2018", "f-2017", S),
 # Qualified
 # Q1 Massachusetts projects: >6,000 (press conference) vs >5,700 (AG release)
 ("w-6000", "f-5700", Q),
 # Q2 FY2023 grant total: CRS $33.8B awarded vs NIH's "$35 billion"
 ("a-338", "w-35b", Q), ("a-338", "e-35b", Q), ("a-338", "f-35b", Q),
 # Q3 FY2023 indirect share: 26% (from NIH's rounded $9B/$35B) vs CRS 27.8%
 ("f-26", "a-278", Q), ("f-26", "a-278b", Q),
 # Q4 average rate: Price's "about 30%" (2017) vs NIH's 27-28% (2025)
 ("f-30", "w-2728", Q), ("f-30", "e-2728", Q),
 # Q5 Harvard loss: $488M (total NIH funding reported as loss) vs "more than $100 million"
 ("l-488", "e-100m", Q), ("l-488", "b-100m", Q), ("l-488", "f-100m", Q),
 # Q6 NIH FY2026 Senate level: $47.2B base excl. ARPA-H vs $48.7B incl.
 ("l-472", "e-487", Q),
]
# Q7 savings: NIH claim "more than $4 billion" vs the study's modelled $4.9 billion (and its re-citations)
for _m in ("a-49", "e-49", "l-49"):
    for _s in ("w-4b", "p-4b", "a-4b", "e-4b", "b-4b", "l-4b", "f-4b"):
        if _m[0] != _s[0]:
            X.append((_m, _s, Q))


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
        rows.append({"type": "claim", "id": f"ni-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ni-{a}", f"ni-{b}"
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
