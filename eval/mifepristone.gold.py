#!/usr/bin/env python3
"""Build mifepristone.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "mifepristone")
OUT = os.path.join(HERE, "mifepristone.gold.jsonl")
T = "mifepristone"

W, P, A, E, B, L, F = ("MF01_wire.txt", "MF02_press.txt", "MF03_abstract.txt",
                       "MF04_explainer.txt", "MF05_blog.txt", "MF06_local.txt", "MF07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MF01 wire (2025-09-23, Tuesday)
 ("w-dl", W, "WASHINGTON, Sept 23", "Sept 23", "date", 2025, 2025, "year", N, "dateline"),
 ("w-21", W, "told 21 Republican", "21", "count", 21, 21, "attorneys general", Y, "gop attorneys general who asked for review / got letter"),
 ("w-fri", W, "letter sent on Friday", "Friday", "date", 2025, 2025, "year", Y, "kennedy-makary letter date (sept 19 2025)"),
 ("w-mon", W, "made public on Monday", "Monday", "date", 2025, 2025, "year", N, "letter made public"),
 ("w-july", W, "in late July", "late July", "date", 2025, 2025, "year", Y, "gop ag letter requesting review"),
 ("w-apr", W, "a report released in April", "April", "date", 2025, 2025, "year", Y, "eppc report release date"),
 ("w-865", W, "claims for 865,727", "865,727", "count", 865727, 865727, "abortions", Y, "eppc abortions analyzed"),
 ("w-1723", W, "abortions from 2017 to 2023", "2017 to 2023", "date", 2017, 2023, "year", Y, "eppc data period"),
 ("w-1093", W, "It said 10.93% of women", "10.93%", "percent", 10.93, 10.93, "%", Y, "eppc serious adverse event rate"),
 ("w-45", W, "event within 45 days of taking", "45 days", "duration", 45, 45, "days", Y, "eppc follow-up window"),
 ("w-22x", W, "at least 22 times", "22 times", "ratio", 22, 22, "x", Y, "eppc rate vs label"),
 ("w-05", W, "\"less than 0.5 percent\" figure", "0.5 percent", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate (upper bound)"),
 ("w-10tr", W, "rests on 10 clinical trials", "10", "count", 10, 10, "trials", Y, "label clinical trials"),
 ("w-30966", W, "total of 30,966 participants", "30,966", "count", 30966, 30966, "participants", Y, "label trial participants"),
 ("w-72", W, "excluded 72% of the emergency", "72%", "percent", 72, 72, "%", Y, "eppc share of er visits excluded"),
 ("w-may", W, "committee hearing in May", "May", "date", 2025, 2025, "year", Y, "kennedy senate help hearing"),
 ("w-mon2", W, "said on Monday the agency", "Monday", "date", 2025, 2025, "year", N, "fda spokesperson comment"),
 ("w-sep2000", W, "mifepristone in September 2000", "September 2000", "date", 2000, 2000, "year", Y, "original fda approval"),
 ("w-7wk", W, "pregnancies through seven weeks", "seven weeks", "duration", 7, 7, "weeks", Y, "original 2000 gestational limit"),
 ("w-3vis", W, "required three in-person visits", "three", "count", 3, 3, "visits", Y, "original 2000 in-person visits"),
 ("w-2016", W, "In 2016 the agency extended", "2016", "date", 2016, 2016, "year", Y, "label/rems update year"),
 ("w-10wk", W, "extended use to 10 weeks", "10 weeks", "duration", 10, 10, "weeks", Y, "current gestational limit"),
 ("w-1vis", W, "cut the required visits to one", "one", "count", 1, 1, "visits", Y, "in-person visits after 2016"),
 ("w-dec21", W, "In December 2021 it dropped", "December 2021", "date", 2021, 2021, "year", Y, "in-person dispensing dropped (rems review)"),
 ("w-jan23", W, "took effect in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "pharmacy certification rems effective"),
 ("w-36", W, "summary lists 36 deaths", "36", "count", 36, 36, "deaths", Y, "fda latest postmarketing summary deaths"),
 ("w-5pm", W, "roughly five for every million", "five", "count", 5, 5, "deaths per million users", Y, "death rate per million users"),
 ("w-63", W, "accounted for 63% of abortions", "63%", "percent", 63, 63, "%", Y, "guttmacher medication abortion share 2023"),
 ("w-2023g", W, "health system in 2023, up from", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-53", W, "up from 53% in 2020", "53%", "percent", 53, 53, "%", Y, "guttmacher medication abortion share 2020"),
 ("w-2020", W, "53% in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier year"),
 ("w-quarter", W, "about a quarter of abortions", "a quarter", "percent", 25, 25, "%", Y, "telehealth share end of 2024"),
 ("w-lastyr", W, "at the end of last year were", "last year", "date", 2024, 2024, "year", N, "qualifier (end 2024)"),
 ("w-12330", W, "average of 12,330 abortions", "12,330", "count", 12330, 12330, "abortions per month", Y, "shield-law monthly average end 2024"),
 ("w-end24", W, "by the end of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-lastyr2", W, "The Supreme Court last year", "last year", "date", 2024, 2024, "year", Y, "supreme court standing ruling year"),
 ("w-9", W, "ruling 9-0 that", "9", "vote", 9, 9, "justices for", Y, "supreme court vote (for)"),
 ("w-0", W, "ruling 9-0 that", "0", "vote", 0, 0, "justices against", Y, "supreme court vote (against)"),
 ("w-jan", W, "In January a federal judge", "January", "date", 2025, 2025, "year", Y, "kacsmaryk lets states proceed"),
 ("w-three", W, "allowed the three states", "three", "count", 3, 3, "states", N, "states in suit (repeat)"),
 ("w-7wk2", W, "the first seven weeks of pregnancy", "seven weeks", "duration", 7, 7, "weeks", Y, "states' demanded gestational limit"),
 ("w-3vis2", W, "the three in-person visits restored", "three", "count", 3, 3, "visits", Y, "states' demanded visits"),
 ("w-25yr", W, "a 25-year safety record", "25-year", "duration", 25, 25, "years", N, "quote"),
 ("w-july2", W, "said in July that", "July", "date", 2025, 2025, "year", N, "ag letter (repeat)"),

 # ---- MF02 press (2025-12-16)
 ("p-h61400", P, "Reports 61,400 Patients", "61,400", "count", 61400, 61400, "patients", N, "headline repeat"),
 ("p-h2025", P, "First Half of 2025, Urges", "2025", "date", 2025, 2025, "year", N, "headline qualifier"),
 ("p-h18", P, "demand rose 18% year", "18%", "percent", 18, 18, "%", N, "subtitle repeat"),
 ("p-dl", P, "BOSTON, Dec. 16, 2025", "Dec. 16, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-61400", P, "served 61,400 patients in the first", "61,400", "count", 61400, 61400, "patients", Y, "hearthline patients h1 2025"),
 ("p-6mo", P, "first six months of 2025, up", "six months", "duration", 6, 6, "months", N, "period"),
 ("p-6mo25", P, "six months of 2025, up", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-18", P, "up 18% from the same period", "18%", "percent", 18, 18, "%", Y, "hearthline patient growth"),
 ("p-2024same", P, "same period of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-sep19", P, "under a Sept. 19 letter", "Sept. 19", "date", 2025, 2025, "year", Y, "kennedy-makary letter date"),
 ("p-apr24", P, "Center's April 2024 paper", "April 2024", "date", 2024, 2024, "year", Y, "eppc report release date"),
 ("p-11", P, "roughly 11% of patients", "11%", "percent", 11, 11, "%", Y, "eppc serious adverse event rate (rounded)"),
 ("p-6034", P, "prospective study of 6,034 telehealth", "6,034", "count", 6034, 6034, "abortions", Y, "chat cohort size"),
 ("p-2024nm", P, "Nature Medicine in 2024 found", "2024", "date", 2024, 2024, "year", N, "publication year"),
 ("p-998", P, "regimen was 99.8% effective", "99.8%", "percent", 99.8, 99.8, "%", Y, "chat effectiveness (misreported)"),
 ("p-025", P, "just 0.25% of patients", "0.25%", "percent", 0.25, 0.25, "%", Y, "chat serious adverse event rate"),
 ("p-kf2025", P, "Key figures from the first half of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-61400b", P, "Patients served: 61,400", "61,400", "count", 61400, 61400, "patients", N, "repeat"),
 ("p-23", P, "patients in 23 states", "23", "count", 23, 23, "states", N, "company footprint"),
 ("p-24h", P, "prescription: under 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "hearthline time to prescription"),
 ("p-150", P, "flat fee of $150 or less", "$150", "money", 150, 150, "USD", Y, "hearthline fee"),
 ("p-91", P, "$150 or less: 91%", "91%", "percent", 91, 91, "%", Y, "share paying $150 or less"),
 ("p-1in5", P, "full cost: one in five", "one in five", "percent", 20, 20, "%", Y, "share with full financial assistance"),
 ("p-182", P, "Revenue: $18.2 million", "$18.2 million", "money", 18200000, 18200000, "USD", Y, "hearthline revenue h1 2025"),
 ("p-315", P, "compared with $31.5 million", "$31.5 million", "money", 31500000, 31500000, "USD", Y, "hearthline revenue full year 2024"),
 ("p-fy24", P, "for the full year 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-qc", P, "A quarter century of use", "A quarter century", "duration", 25, 25, "years", N, "subhead"),
 ("p-2000", P, "United States since 2000", "2000", "date", 2000, 2000, "year", Y, "original approval year"),
 ("p-two", P, "required two in-person visits", "two", "count", 2, 2, "visits", Y, "original in-person visits (misreported)"),
 ("p-49", P, "limited use to 49 days", "49 days", "duration", 49, 49, "days", Y, "original gestational limit"),
 ("p-2016", P, "updated the label in 2016", "2016", "date", 2016, 2016, "year", Y, "label/rems update year"),
 ("p-200", P, "regimen of 200 mg of mifepristone", "200 mg", "dose", 200, 200, "mg", Y, "current mifepristone dose"),
 ("p-800", P, "followed by 800 mcg of misoprostol", "800 mcg", "dose", 800, 800, "mcg", Y, "current misoprostol dose"),
 ("p-2023", P, "and in 2023 finalized", "2023", "date", 2023, 2023, "year", Y, "pharmacy certification rems year"),
 ("p-27", P, "report, 27% of abortions", "27%", "percent", 27, 27, "%", Y, "telehealth share h1 2025"),
 ("p-h125", P, "first half of 2025 were provided through", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-98800", P, "averaged 98,800 abortions", "98,800", "count", 98800, 98800, "abortions per month", Y, "us monthly average abortions 2024 (misreported)"),
 ("p-mo2024", P, "abortions a month in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-sep30", P, "Evita Solutions on Sept. 30", "Sept. 30", "date", 2025, 2025, "year", Y, "evita generic approval"),
 ("p-s2025", P, "all patients served in 2025", "2025", "date", 2025, 2025, "year", N, "report scope"),
 ("p-q126", P, "first quarter of 2026", "2026", "date", 2026, 2026, "year", N, "report timing"),
 ("p-130k", P, "more than 130,000 patients", "130,000", "count", 130000, 130000, "patients", Y, "hearthline 2026 patient forecast"),
 ("p-in2026", P, "130,000 patients in 2026", "2026", "date", 2026, 2026, "year", N, "forecast year"),
 ("p-2020", P, "founded in 2020", "2020", "date", 2020, 2020, "year", N, "about section"),
 ("p-140", P, "more than 140 licensed", "140", "count", 140, 140, "clinicians", N, "about section"),
 ("p-fls2026", P, "patient volumes in 2026", "2026", "date", 2026, 2026, "year", N, "forward-looking statements"),

 # ---- MF03 abstract (2025-11-03)
 ("a-pub", A, "Published online 3 November 2025", "3 November 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-05", A, "less than 0.5% of patients across 10", "0.5%", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate"),
 ("a-10tr", A, "across 10 clinical trials", "10", "count", 10, 10, "trials", Y, "label clinical trials"),
 ("a-30966", A, "(30,966 participants)", "30,966", "count", 30966, 30966, "participants", Y, "label trial participants"),
 ("a-865", A, "claims for 865,727 mifepristone", "865,727", "count", 865727, 865727, "abortions", Y, "eppc abortions analyzed"),
 ("a-1722", A, "abortions in 2017–2022, released", "2017–2022", "date", 2017, 2022, "year", Y, "eppc data period (misreported)"),
 ("a-1093", A, "proportion of 10.93% within", "10.93%", "percent", 10.93, 10.93, "%", Y, "eppc serious adverse event rate"),
 ("a-45", A, "within 45 days, counting", "45 days", "duration", 45, 45, "days", Y, "eppc follow-up window"),
 ("a-three", A, "from three virtual clinics", "three", "count", 3, 3, "clinics", Y, "chat virtual clinics"),
 ("a-20st", A, "serving 20 states", "20", "count", 20, 20, "states", Y, "chat states served"),
 ("a-per", A, "between April 2021 and January 2022", "April 2021 and January 2022", "date", 2021, 2022, "year", N, "chat study period"),
 ("a-10wk", A, "up to 10 weeks' gestation", "10 weeks", "duration", 10, 10, "weeks", Y, "chat eligibility limit"),
 ("a-200", A, "received 200 mg mifepristone", "200 mg", "dose", 200, 200, "mg", Y, "chat mifepristone dose"),
 ("a-1600", A, "up to 1,600 μg misoprostol", "1,600 μg", "dose", 1600, 1600, "mcg", Y, "chat max misoprostol dose"),
 ("a-2def", A, "We applied two definitions", "two", "count", 2, 2, "definitions", N, "methods"),
 ("a-37d", A, "at 3–7 days", "3–7 days", "duration", 3, 7, "days", N, "follow-up timepoint"),
 ("a-24w", A, "at 2–4 weeks", "2–4 weeks", "duration", 2, 4, "weeks", N, "follow-up timepoint"),
 ("a-N", A, "N = 6,034", "6,034", "count", 6034, 6034, "abortions", Y, "chat cohort size"),
 ("a-n4454", A, "n=4,454", "4,454", "count", 4454, 4454, "abortions", Y, "chat known outcomes"),
 ("a-4351", A, "outcomes, 4,351 (97.7%", "4,351", "count", 4351, 4351, "abortions", Y, "chat complete abortions"),
 ("a-977", A, "4,351 (97.7%", "97.7%", "percent", 97.7, 97.7, "%", Y, "chat effectiveness"),
 ("a-977ci", A, "97.2–98.1", "97.2–98.1", "percent", 97.2, 98.1, "%", Y, "ci"),
 ("a-025", A, "A, 0.25% of abortions", "0.25%", "percent", 0.25, 0.25, "%", Y, "chat serious adverse event rate"),
 ("a-025ci", A, "(95% CI 0.1–0.4)", "0.1–0.4", "percent", 0.1, 0.4, "%", Y, "ci (derived)"),
 ("a-998", A, "and 99.8% (95% CI", "99.8%", "percent", 99.8, 99.8, "%", Y, "chat share without sae"),
 ("a-998ci", A, "99.6–99.9", "99.6–99.9", "percent", 99.6, 99.9, "%", Y, "ci"),
 ("a-016", A, "occurred after 0.16%", "0.16%", "percent", 0.16, 0.16, "%", Y, "chat ectopic treatment"),
 ("a-017", A, "admission after 0.17%", "0.17%", "percent", 0.17, 0.17, "%", Y, "chat overnight admission"),
 ("a-13", A, "An ED visit followed 1.3%", "1.3%", "percent", 1.3, 1.3, "%", Y, "chat ed visits"),
 ("a-383", A, "38.3% of those visits", "38.3%", "percent", 38.3, 38.3, "%", Y, "chat ed visits with no treatment"),
 ("a-155", A, "proportion was at most 1.55%", "1.55%", "percent", 1.55, 1.55, "%", Y, "definition b upper bound"),
 ("a-05b", A, "the 0.5% label ceiling", "0.5%", "percent", 0.5, 0.5, "%", N, "repeat"),
 ("a-diff", A, "was −0.25 percentage points", "−0.25 percentage points", "percent", -0.25, -0.25, "pp", Y, "definition a minus label ceiling"),
 ("a-diffci", A, "−0.40 to −0.10", "−0.40 to −0.10", "percent", -0.40, -0.10, "pp", Y, "ci"),
 ("a-p", A, "P=0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-723", A, "(72.3%) used asynchronous", "72.3%", "percent", 72.3, 72.3, "%", Y, "chat asynchronous share"),
 ("a-843", A, "84.3% were under", "84.3%", "percent", 84.3, 84.3, "%", Y, "chat under 7 weeks"),
 ("a-7wk", A, "under seven weeks' gestation", "seven weeks", "duration", 7, 7, "weeks", N, "definitional"),
 ("a-46", A, "4.6% were younger", "4.6%", "percent", 4.6, 4.6, "%", Y, "chat under 20"),
 ("a-20yr", A, "younger than 20 years", "20 years", "age", 20, 20, "years", N, "definitional"),
 ("a-486", A, "486 patients (8%)", "486", "count", 486, 486, "patients", Y, "chat ultrasound referrals"),
 ("a-8", A, "patients (8%)", "8%", "percent", 8, 8, "%", Y, "chat ultrasound referral share"),
 ("a-6x", A, "about sixfold", "sixfold", "ratio", 6, 6, "x", Y, "definition b vs a"),
 ("a-025c", A, "from 0.25% to at most", "0.25%", "percent", 0.25, 0.25, "%", N, "repeat"),
 ("a-155c", A, "to at most 1.55%, but", "1.55%", "percent", 1.55, 1.55, "%", N, "repeat"),
 ("a-1093c", A, "the 10.93% claims-based", "10.93%", "percent", 10.93, 10.93, "%", N, "repeat"),
 ("a-44x", A, "about 44 times", "44 times", "ratio", 44, 44, "x", Y, "eppc rate vs definition a"),
 ("a-rec", A, "Received 2 September 2025", "2 September 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("a-acc", A, "accepted 17 October 2025", "17 October 2025", "date", 2025, 2025, "year", N, "metadata"),

 # ---- MF04 explainer (2025-12-15)
 ("e-upd", E, "Updated Dec. 15, 2025", "Dec. 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "one of the two drugs", "two", "count", 2, 2, "drugs", N, "aside"),
 ("e-one", E, "takes one 200 mg tablet", "one", "count", 1, 1, "tablets", N, "aside"),
 ("e-200", E, "one 200 mg tablet", "200 mg", "dose", 200, 200, "mg", Y, "current mifepristone dose"),
 ("e-800", E, "then 800 micrograms", "800 micrograms", "dose", 800, 800, "mcg", Y, "current misoprostol dose"),
 ("e-2448", E, "24 to 48 hours later", "24 to 48 hours", "duration", 24, 48, "hours", Y, "interval before misoprostol"),
 ("e-70d", E, "approved through 70 days", "70 days", "duration", 70, 70, "days", Y, "current gestational limit"),
 ("e-10wk", E, "or 10 weeks, of pregnancy", "10 weeks", "duration", 10, 10, "weeks", Y, "current gestational limit"),
 ("e-sep2000", E, "Mifeprex, in September 2000", "September 2000", "date", 2000, 2000, "year", Y, "original fda approval"),
 ("e-600", E, "was 600 mg of mifepristone", "600 mg", "dose", 600, 600, "mg", Y, "original mifepristone dose"),
 ("e-400", E, "400 micrograms of oral", "400 micrograms", "dose", 400, 400, "mcg", Y, "original misoprostol dose"),
 ("e-49", E, "the first 49 days", "49 days", "duration", 49, 49, "days", Y, "original gestational limit"),
 ("e-3vis", E, "tied to three office visits", "three", "count", 3, 3, "visits", Y, "original in-person visits"),
 ("e-2016", E, "In 2016 the agency moved", "2016", "date", 2016, 2016, "year", Y, "label/rems update year"),
 ("e-10wk2", E, "extended the limit to 10 weeks", "10 weeks", "duration", 10, 10, "weeks", Y, "current gestational limit"),
 ("e-1vis", E, "cut the visits to one", "one", "count", 1, 1, "visits", Y, "in-person visits after 2016"),
 ("e-dec21", E, "In December 2021 it ended", "December 2021", "date", 2021, 2021, "year", Y, "in-person dispensing dropped"),
 ("e-jan23", E, "effect in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "pharmacy certification rems effective"),
 ("e-apr19", E, "approved in April 2019", "April 2019", "date", 2019, 2019, "year", Y, "genbiopro generic approval"),
 ("e-sep30", E, "and on Sept. 30 the FDA approved", "Sept. 30", "date", 2025, 2025, "year", Y, "evita generic approval"),
 ("e-2gen", E, "so two generic versions", "two", "count", 2, 2, "generics", Y, "generics on market"),
 ("e-05", E, "less than 0.5% of patients in clinical", "0.5%", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate"),
 ("e-er", E, "after 2.9% to 4.6% of abortions", "2.9% to 4.6%", "percent", 2.9, 4.6, "%", Y, "label er visit range"),
 ("e-hosp", E, "after 0.04% to 0.6%", "0.04% to 0.6%", "percent", 0.04, 0.6, "%", Y, "label hospitalization range"),
 ("e-32", E, "reports of 32 deaths", "32", "count", 32, 32, "deaths", Y, "fda latest postmarketing summary deaths (outdated cut)"),
 ("e-s2000", E, "U.S. patients since 2000", "2000", "date", 2000, 2000, "year", N, "period start"),
 ("e-1pct", E, "at well under 1%", "1%", "percent", 1, 1, "%", N, "vague bound"),
 ("e-apr", E, "think tank said in April", "April", "date", 2025, 2025, "year", Y, "eppc report release date"),
 ("e-1093", E, "April that 10.93% of women", "10.93%", "percent", 10.93, 10.93, "%", Y, "eppc serious adverse event rate"),
 ("e-45", E, "within 45 days of a mifepristone", "45 days", "duration", 45, 45, "days", Y, "eppc follow-up window"),
 ("e-21x", E, "roughly 21 times", "21 times", "ratio", 21, 21, "x", Y, "eppc rate vs label (misreported)"),
 ("e-865", E, "analyzed 865,727 prescriptions", "865,727", "count", 865727, 865727, "abortions", Y, "eppc abortions analyzed"),
 ("e-2024", E, "patients published in 2024", "2024", "date", 2024, 2024, "year", N, "publication year"),
 ("e-98", E, "in about 98% of cases", "98%", "percent", 98, 98, "%", Y, "chat effectiveness (rounded)"),
 ("e-q1", E, "about a quarter of 1%", "a quarter of 1%", "percent", 0.25, 0.25, "%", Y, "chat serious adverse event rate"),
 ("e-sep19", E, "On Sept. 19, Health", "Sept. 19", "date", 2025, 2025, "year", Y, "kennedy-makary letter date"),
 ("e-22", E, "to the 22 Republican", "22", "count", 22, 22, "attorneys general", Y, "gop attorneys general who asked for review / got letter"),
 ("e-20dem", E, "Twenty Democratic attorneys", "Twenty", "count", 20, 20, "attorneys general", Y, "democratic ags joint statement"),
 ("e-63", E, "made up 63% of abortions", "63%", "percent", 63, 63, "%", Y, "guttmacher medication abortion share 2023"),
 ("e-2023", E, "care system in 2023, according", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-642", E, "about 642,700 abortions", "642,700", "count", 642700, 642700, "abortions", Y, "guttmacher medication abortions 2023"),
 ("e-27", E, "found 27% of abortions", "27%", "percent", 27, 27, "%", Y, "telehealth share h1 2025"),
 ("e-h125", E, "first half of 2025 were provided by", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-14000", E, "averaged about 14,000 abortions", "14,000", "count", 14000, 14000, "abortions per month", Y, "shield-law monthly average late 2024 (december peak as average)"),
 ("e-late24", E, "a month in late 2024", "late 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-jun24", E, "In June 2024 the Supreme", "June 2024", "date", 2024, 2024, "year", Y, "supreme court standing ruling"),
 ("e-9", E, "ruled 9-0 that the doctors who challenged", "9", "vote", 9, 9, "justices for", Y, "supreme court vote (for)"),
 ("e-0", E, "ruled 9-0 that the doctors who challenged", "0", "vote", 0, 0, "justices against", Y, "supreme court vote (against)"),
 ("e-sep30b", E, "on Sept. 30 a judge", "Sept. 30", "date", 2025, 2025, "year", Y, "kacsmaryk transfer to st. louis"),
 ("e-oct6", E, "FDA on Oct. 6 over", "Oct. 6", "date", 2025, 2025, "year", Y, "louisiana suit filed"),
 ("e-dec9", E, "sued on Dec. 9", "Dec. 9", "date", 2025, 2025, "year", Y, "texas-florida suit filed"),
 ("e-2000b", E, "approvals going back to 2000", "2000", "date", 2000, 2000, "year", N, "scope of suit"),
 ("e-2pads", E, "soaks two pads", "two", "count", 2, 2, "pads", N, "advice"),
 ("e-2h", E, "for two hours in a row", "two hours", "duration", 2, 2, "hours", N, "advice"),
 ("e-24h", E, "lasts more than 24 hours", "24 hours", "duration", 24, 24, "hours", N, "advice"),

 # ---- MF05 blog (2026-01-14)
 ("b-h1039", B, "The 10.39% problem", "10.39%", "percent", 10.39, 10.39, "%", N, "headline repeat"),
 ("b-date", B, "Jan. 14, 2026", "Jan. 14, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-spring", B, "Last spring the Ethics", "Last spring", "date", 2025, 2025, "year", Y, "eppc report release date"),
 ("b-1039", B, "saying 10.39% of women", "10.39%", "percent", 10.39, 10.39, "%", Y, "eppc serious adverse event rate (transposed)"),
 ("b-45", B, "event within 45 days. Nine", "45 days", "duration", 45, 45, "days", Y, "eppc follow-up window"),
 ("b-9mo", B, "Nine months later", "Nine months", "duration", 9, 9, "months", N, "aside"),
 ("b-three", B, "in three separate state lawsuits", "three", "count", 3, 3, "lawsuits", Y, "state lawsuits pending"),
 ("b-865", B, "claims for 865,727 prescribed", "865,727", "count", 865727, 865727, "abortions", Y, "eppc abortions analyzed"),
 ("b-1723", B, "between 2017 and 2023", "2017 and 2023", "date", 2017, 2023, "year", Y, "eppc data period"),
 ("b-94605", B, "counted 94,605 women", "94,605", "count", 94605, 94605, "women", Y, "eppc women with serious event"),
 ("b-98483", B, "out 98,483 emergency", "98,483", "count", 98483, 98483, "visits", Y, "eppc er visits excluded"),
 ("b-72", B, "about 72% of all such visits", "72%", "percent", 72, 72, "%", Y, "eppc share of er visits excluded"),
 ("b-05", B, "FDA's \"less than 0.5 percent\"", "0.5 percent", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate"),
 ("b-10tr", B, "from 10 clinical trials", "10", "count", 10, 10, "trials", Y, "label clinical trials"),
 ("b-30966", B, "with 30,966 participants", "30,966", "count", 30966, 30966, "participants", Y, "label trial participants"),
 ("b-2024", B, "A 2024 prospective study", "2024", "date", 2024, 2024, "year", N, "publication year"),
 ("b-6034", B, "study of 6,034 telehealth", "6,034", "count", 6034, 6034, "abortions", Y, "chat cohort size"),
 ("b-025", B, "after 0.25% of them", "0.25%", "percent", 0.25, 0.25, "%", Y, "chat serious adverse event rate"),
 ("b-may", B, "\"alarming\" in May", "May", "date", 2025, 2025, "year", Y, "kennedy senate help hearing"),
 ("b-sept", B, "In September he and", "September", "date", 2025, 2025, "year", Y, "kennedy-makary letter"),
 ("b-lastmo", B, "Reporting last month", "last month", "date", 2025, 2025, "year", N, "reporting date"),
 ("b-2026", B, "before the 2026 midterms", "2026", "date", 2026, 2026, "year", N, "expected timing"),
 ("b-lastjune", B, "challenge last June", "last June", "date", 2025, 2025, "year", Y, "supreme court standing ruling (relative date resolves to 2025)"),
 ("b-oct", B, "Louisiana sued in October", "October", "date", 2025, 2025, "year", Y, "louisiana suit filed"),
 ("b-lastmo2", B, "filed last month in Wichita", "last month", "date", 2025, 2025, "year", Y, "texas-florida suit filed"),
 ("b-2000", B, "approvals going back to 2000", "2000", "date", 2000, 2000, "year", N, "scope of suit"),
 ("b-27", B, "accounted for 27% of all", "27%", "percent", 27, 27, "%", Y, "telehealth share end of 2024 (h1 2025 figure)"),
 ("b-end24", B, "at the end of 2024, up from", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-5", B, "up from 5% in the spring", "5%", "percent", 5, 5, "%", Y, "telehealth share spring 2022"),
 ("b-2022", B, "spring of 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-114", B, "reached 1.14 million in 2024", "1.14 million", "count", 1140000, 1140000, "abortions", Y, "wecount total abortions 2024"),
 ("b-2024b", B, "1.14 million in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-315", B, "reported $31.5 million in revenue", "$31.5 million", "money", 31500000, 31500000, "USD", Y, "hearthline revenue h1 2025 (full-year 2024 figure)"),
 ("b-h125", B, "for the first half of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-150", B, "pay $150 or less", "$150", "money", 150, 150, "USD", Y, "hearthline fee"),
 ("b-18k", B, "Join 18,000 readers", "18,000", "count", 18000, 18000, "readers", N, "newsletter box"),
 ("b-r6000", B, "CHAT study: 6,000 patients", "6,000", "count", 6000, 6000, "patients", N, "related link"),
 ("b-r3", B, "three virtual clinics", "three", "count", 3, 3, "clinics", N, "related link"),
 ("b-2num", B, "Two numbers built", "Two", "count", 2, 2, "numbers", N, "aside"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- MF06 local, hard-wrapped (2025-12-12)
 ("l-dl", L, "Baton Rouge | Dec. 12, 2025", "Dec. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-tue", L, "Florida on Tuesday filed", "Tuesday", "date", 2025, 2025, "year", Y, "texas-florida suit filed (dec 9 2025)"),
 ("l-8", L, "Court's 8-1 ruling", "8", "vote", 8, 8, "justices for", Y, "supreme court vote (for) (misreported)"),
 ("l-1", L, "Court's 8-1 ruling", "1", "vote", 1, 1, "justices against", Y, "supreme court vote (against) (misreported)"),
 ("l-jun24", L, "ruling in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "supreme court standing ruling"),
 ("l-2000", L, "the original 2000 approval", "2000", "date", 2000, 2000, "year", Y, "original fda approval"),
 ("l-2016", L, "the 2016 label changes", "2016", "date", 2016, 2016, "year", Y, "label/rems update year"),
 ("l-2019", L, "generic approvals from 2019", "2019", "date", 2019, 2019, "year", Y, "genbiopro generic approval"),
 ("l-thisyr", L, "from 2019 and this year", "this year", "date", 2025, 2025, "year", Y, "evita generic approval"),
 ("l-1873", L, "an 1873 law", "1873", "date", 1873, 1873, "year", N, "comstock act"),
 ("l-oct6", L, "filed Oct. 6 in federal", "Oct. 6", "date", 2025, 2025, "year", Y, "louisiana suit filed"),
 ("l-2023", L, "the 2023 rule that ended", "2023", "date", 2023, 2023, "year", Y, "pharmacy certification rems year"),
 ("l-1000", L, "roughly 1,000 abortions a month", "1,000", "count", 1000, 1000, "abortions per month", Y, "louisiana mail-order abortions per month (ag claim)"),
 ("l-latesep", L, "St. Louis in late September", "late September", "date", 2025, 2025, "year", Y, "kacsmaryk transfer"),
 ("l-7wk", L, "limited to seven weeks", "seven weeks", "duration", 7, 7, "weeks", Y, "states' demanded gestational limit"),
 ("l-11wk", L, "current limit of 11 weeks", "11 weeks", "duration", 11, 11, "weeks", Y, "current gestational limit (misreported)"),
 ("l-3vis", L, "want three in-person doctor visits", "three", "count", 3, 3, "visits", Y, "states' demanded visits"),
 ("l-three", L, "All three suits", "three", "count", 3, 3, "lawsuits", N, "aside"),
 ("l-apr", L, "released in April by the", "April", "date", 2025, 2025, "year", Y, "eppc report release date"),
 ("l-1093", L, "which said 10.93% of women", "10.93%", "percent", 10.93, 10.93, "%", Y, "eppc serious adverse event rate"),
 ("l-30d", L, "event within 30 days", "30 days", "duration", 30, 30, "days", Y, "eppc follow-up window (misreported)"),
 ("l-865k", L, "about 865,000 abortions", "865,000", "count", 865000, 865000, "abortions", Y, "eppc abortions analyzed (rounded)"),
 ("l-05", L, "reactions at under 0.5%", "0.5%", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate"),
 ("l-03", L, "less than 0.3% of patients", "0.3%", "percent", 0.3, 0.3, "%", Y, "fda website serious complications"),
 ("l-25yr", L, "25 years of use", "25 years", "duration", 25, 25, "years", N, "quote"),
 ("l-2024law", L, "the state's 2024 law", "2024", "date", 2024, 2024, "year", N, "aside"),
 ("l-2000reg", L, "The original 2000 regimen", "2000", "date", 2000, 2000, "year", N, "qualifier"),
 ("l-400", L, "called for 400 milligrams", "400 milligrams", "dose", 400, 400, "mg", Y, "original mifepristone dose (misreported)"),
 ("l-3clin", L, "and three clinic visits", "three", "count", 3, 3, "visits", Y, "original in-person visits"),
 ("l-2016b", L, "The 2016 changes cut", "2016", "date", 2016, 2016, "year", N, "repeat"),
 ("l-200", L, "dose to 200 milligrams", "200 milligrams", "dose", 200, 200, "mg", Y, "current mifepristone dose"),
 ("l-53", L, "accounted for 53% of", "53%", "percent", 53, 53, "%", Y, "guttmacher medication abortion share 2023 (2020 figure)"),
 ("l-2023b", L, "care system in 2023, according", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-30", L, "nearly 30% of abortions", "30%", "percent", 30, 30, "%", Y, "telehealth share h1 2025 (rounded up)"),
 ("l-h125", L, "in the first half of 2025 were", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-95300", L, "average of 95,300 abortions", "95,300", "count", 95300, 95300, "abortions per month", Y, "us monthly average abortions 2024"),
 ("l-2024c", L, "nationally in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-oct24", L, "in October 2024, and", "October 2024", "date", 2024, 2024, "year", Y, "louisiana schedule iv effective"),
 ("l-sept", L, "announced in September", "September", "date", 2025, 2025, "year", Y, "fda review announced"),
 ("l-thu", L, "pending Thursday", "Thursday", "date", 2025, 2025, "year", N, "status date"),
 ("l-3st", L, "The three states want", "three", "count", 3, 3, "states", N, "states in missouri-led case"),
 ("l-hund", L, "hundreds of studies", "hundreds", "count", None, None, "studies", N, "vague (quote)"),
 ("l-50", L, "in all 50 states", "50", "count", 50, 50, "states", N, "quote"),

 # ---- MF07 fact-check (2025-12-17)
 ("f-dl", F, "The Verity Desk | Dec. 17, 2025", "Dec. 17, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("f-h", F, "send \"more than 1 in 10\" women", "1 in 10", "percent", 10, 10, "%", N, "headline (claim under check)"),
 ("f-c", F, "sends \"more than 1 in 10 women\" to the hospital", "1 in 10", "percent", 10, 10, "%", N, "claim under check"),
 ("f-c25", F, "real numbers for 25 years.\"", "25 years", "duration", 25, 25, "years", N, "claim under check"),
 ("f-v", F, "The \"1 in 10\" figure", "1 in 10", "percent", 10, 10, "%", N, "verdict repeat"),
 ("f-v1", F, "complications well under 1%", "1%", "percent", 1, 1, "%", N, "vague bound"),
 ("f-apr28", F, "report released April 28, 2025", "April 28, 2025", "date", 2025, 2025, "year", Y, "eppc report release date"),
 ("f-865", F, "claims for 865,727", "865,727", "count", 865727, 865727, "abortions", Y, "eppc abortions analyzed"),
 ("f-1723", F, "abortions from 2017 to 2023", "2017 to 2023", "date", 2017, 2023, "year", Y, "eppc data period"),
 ("f-1093", F, "found that 10.93% of women", "10.93%", "percent", 10.93, 10.93, "%", Y, "eppc serious adverse event rate"),
 ("f-45", F, "within 45 days. They said", "45 days", "duration", 45, 45, "days", Y, "eppc follow-up window"),
 ("f-22x", F, "at least 22 times", "22 times", "ratio", 22, 22, "x", Y, "eppc rate vs label"),
 ("f-72", F, "excluded 72% of such", "72%", "percent", 72, 72, "%", Y, "eppc share of er visits excluded"),
 ("f-1in10b", F, "say that 1 in 10 women were hospitalized", "1 in 10", "percent", 10, 10, "%", N, "negated claim"),
 ("f-05", F, "less than 0.5% of patients across", "0.5%", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate"),
 ("f-6034", F, "study of 6,034 telehealth", "6,034", "count", 6034, 6034, "abortions", Y, "chat cohort size"),
 ("f-2024nm", F, "Nature Medicine in 2024, found", "2024", "date", 2024, 2024, "year", N, "publication year"),
 ("f-13", F, "events followed 1.3% of abortions", "1.3%", "percent", 1.3, 1.3, "%", Y, "chat serious adverse event rate (ed-visit figure)"),
 ("f-977", F, "and that 97.7% of abortions", "97.7%", "percent", 97.7, 97.7, "%", Y, "chat effectiveness"),
 ("f-36", F, "summary lists 36 deaths", "36", "count", 36, 36, "deaths", Y, "fda latest postmarketing summary deaths"),
 ("f-2000", F, "approved in 2000, which", "2000", "date", 2000, 2000, "year", Y, "original fda approval"),
 ("f-five", F, "roughly five deaths per million", "five", "count", 5, 5, "deaths per million users", Y, "death rate per million users"),
 ("f-2015", F, "a 2015 label update", "2015", "date", 2015, 2015, "year", Y, "label/rems update year (misreported)"),
 ("f-600", F, "from 600 mg to 200 mg", "600 mg", "dose", 600, 600, "mg", Y, "original mifepristone dose"),
 ("f-200", F, "600 mg to 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "current mifepristone dose"),
 ("f-three", F, "visits from three to one", "three", "count", 3, 3, "visits", Y, "original in-person visits"),
 ("f-one", F, "from three to one", "one", "count", 1, 1, "visits", Y, "in-person visits after 2016"),
 ("f-sep19", F, "On Sept. 19, Health", "Sept. 19", "date", 2025, 2025, "year", Y, "kennedy-makary letter date"),
 ("f-22", F, "wrote to 22 Republican", "22", "count", 22, 22, "attorneys general", Y, "gop attorneys general who asked for review / got letter"),
 ("f-63", F, "was 63% of abortions", "63%", "percent", 63, 63, "%", Y, "guttmacher medication abortion share 2023"),
 ("f-2023", F, "health system in 2023. The", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-25", F, "accounted for 25% of abortions", "25%", "percent", 25, 25, "%", Y, "telehealth share end of 2024"),
 ("f-end24", F, "at the end of 2024 and 27%", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-27", F, "and 27% in the first half", "27%", "percent", 27, 27, "%", Y, "telehealth share h1 2025"),
 ("f-h125", F, "first half of 2025, that", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-95300", F, "averaged 95,300 abortions", "95,300", "count", 95300, 95300, "abortions per month", Y, "us monthly average abortions 2024"),
 ("f-mo2024", F, "95,300 abortions a month in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-12330", F, "averaged 12,330 abortions", "12,330", "count", 12330, 12330, "abortions per month", Y, "shield-law monthly average late 2024"),
 ("f-late24", F, "a month in late 2024, with", "late 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-14000", F, "nearly 14,000 in December", "14,000", "count", 14000, 14000, "abortions", Y, "shield-law abortions in december 2024"),
 ("f-dec", F, "14,000 in December alone", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-jun13", F, "On June 13, 2024", "June 13, 2024", "date", 2024, 2024, "year", Y, "supreme court standing ruling"),
 ("f-9", F, "ruled 9-0 that the doctors who sued", "9", "vote", 9, 9, "justices for", Y, "supreme court vote (for)"),
 ("f-0", F, "ruled 9-0 that the doctors who sued", "0", "vote", 0, 0, "justices against", Y, "supreme court vote (against)"),
 ("f-r", F, "says \"more than 1 in 10 women\" end up", "1 in 10", "percent", 10, 10, "%", N, "ruling restates claim"),
 ("f-r05", F, "reactions at under 0.5%", "0.5%", "percent", 0.5, 0.5, "%", Y, "label serious adverse reaction rate (ruling)"),
 ("f-r25", F, "its numbers for 25 years", "25 years", "duration", 25, 25, "years", N, "ruling restates claim"),
 ("f-s1", F, "Harms Women,\" April 28, 2025", "April 28, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2", F, "Nature Medicine, 2024", "2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s3", F, "Provision Study, March 2024", "March 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s4", F, "reports, June 2025", "June 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s5", F, "and Dec. 2025", "Dec. 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s6", F, "attorneys general, Sept. 19, 2025", "Sept. 19, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s7", F, "367 (2024)", "2024", "date", 2024, 2024, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 EPPC data period 2017-2022 (abstract) vs 2017-2023
 ("a-1722", "w-1723", S), ("a-1722", "b-1723", S), ("a-1722", "f-1723", S),
 # S2 EPPC follow-up window 30 vs 45 days
 ("l-30d", "w-45", S), ("l-30d", "a-45", S), ("l-30d", "e-45", S), ("l-30d", "b-45", S), ("l-30d", "f-45", S),
 # S3 EPPC rate 10.39% (transposed) vs 10.93%
 ("b-1039", "w-1093", S), ("b-1039", "a-1093", S), ("b-1039", "e-1093", S), ("b-1039", "l-1093", S), ("b-1039", "f-1093", S),
 # S4 EPPC multiple of label: 21 (rounded down) vs 22
 ("e-21x", "w-22x", S), ("e-21x", "f-22x", S),
 # S5 medication abortion share 2023: 53% (2020 figure) vs 63%
 ("l-53", "w-63", S), ("l-53", "e-63", S), ("l-53", "f-63", S),
 # S6 telehealth share end of 2024: 27% (H1 2025 figure) vs 25%
 ("b-27", "w-quarter", S), ("b-27", "f-25", S),
 # S7 Supreme Court ruling year: "last June" in a Jan 2026 blog (=2025) vs 2024
 ("b-lastjune", "w-lastyr2", S), ("b-lastjune", "e-jun24", S), ("b-lastjune", "l-jun24", S), ("b-lastjune", "f-jun13", S),
 # S8 Supreme Court vote 8-1 vs 9-0 (for and against)
 ("l-8", "w-9", S), ("l-8", "e-9", S), ("l-8", "f-9", S),
 ("l-1", "w-0", S), ("l-1", "e-0", S), ("l-1", "f-0", S),
 # S9 year of label/REMS update: 2015 vs 2016
 ("f-2015", "w-2016", S), ("f-2015", "p-2016", S), ("f-2015", "e-2016", S), ("f-2015", "l-2016", S),
 # S10 original mifepristone dose 400 mg vs 600 mg
 ("l-400", "e-600", S), ("l-400", "f-600", S),
 # S11 original in-person visits two vs three
 ("p-two", "w-3vis", S), ("p-two", "e-3vis", S), ("p-two", "l-3clin", S), ("p-two", "f-three", S),
 # S12 EPPC report year: April 2024 vs 2025
 ("p-apr24", "w-apr", S), ("p-apr24", "e-apr", S), ("p-apr24", "b-spring", S), ("p-apr24", "l-apr", S), ("p-apr24", "f-apr28", S),
 # S13 GOP attorneys general: 21 vs 22
 ("w-21", "e-22", S), ("w-21", "f-22", S),
 # S14 deaths in FDA's most recent summary: 32 (older cut) vs 36
 ("e-32", "w-36", S), ("e-32", "f-36", S),
 # S15 CHAT effectiveness: 99.8% (the no-SAE share) vs 97.7% / about 98%
 ("p-998", "a-977", S), ("p-998", "e-98", S), ("p-998", "f-977", S),
 # S16 CHAT serious adverse events: 1.3% (the ED-visit share) vs 0.25%
 ("f-13", "a-025", S), ("f-13", "p-025", S), ("f-13", "b-025", S), ("f-13", "e-q1", S),
 # S17 shield-law monthly average late 2024: 14,000 (December peak) vs 12,330
 ("e-14000", "w-12330", S), ("e-14000", "f-12330", S),
 # S18 US monthly average abortions 2024: 98,800 (H1 2025 figure) vs 95,300
 ("p-98800", "l-95300", S), ("p-98800", "f-95300", S),
 # S19 current FDA gestational limit: 11 weeks vs 10 weeks / 70 days
 ("l-11wk", "w-10wk", S), ("l-11wk", "e-70d", S), ("l-11wk", "e-10wk", S), ("l-11wk", "e-10wk2", S),
 # S20 Hearthline revenue H1 2025: $31.5M (full-year 2024 figure) vs $18.2M
 ("b-315", "p-182", S),
 # Qualified
 ("l-30", "p-27", Q), ("l-30", "e-27", Q), ("l-30", "f-27", Q),
 ("l-03", "w-05", Q), ("l-03", "a-05", Q), ("l-03", "e-05", Q), ("l-03", "b-05", Q), ("l-03", "f-05", Q), ("l-03", "f-r05", Q),
 ("l-11wk", "a-10wk", Q),
 ("p-11", "b-1039", Q),
 ("e-er", "a-13", Q),
 ("l-2023", "w-dec21", Q), ("l-2023", "e-dec21", Q),
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
        rows.append({"type": "claim", "id": f"mf-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mf-{a}", f"mf-{b}"
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
