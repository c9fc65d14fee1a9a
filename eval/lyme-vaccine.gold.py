#!/usr/bin/env python3
"""Build lyme-vaccine.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lyme-vaccine")
OUT = os.path.join(HERE, "lyme-vaccine.gold.jsonl")
T = "lv"

W, P, A, E, B, L, F = ("LV01_wire.txt", "LV02_press.txt", "LV03_abstract.txt",
                       "LV04_explainer.txt", "LV05_blog.txt", "LV06_local.txt", "LV07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LV01 wire (2025-11-27, Thursday)
 ("w-dl", W, "PARIS, Nov 27", "Nov 27", "date", 2025, 2025, "year", N, "dateline"),
 ("w-wed", W, "said on Wednesday that its", "Wednesday", "date", 2025, 2025, "year", Y, "phase 2 final (month 48) data announcement"),
 ("w-6mo", W, "well above baseline six months after", "six months", "duration", 6, 6, "months", N, "timepoint after third booster"),
 ("w-nextyr", W, "efficacy readout next year", "next year", "date", 2026, 2026, "year", Y, "valor efficacy readout expected"),
 ("w-75", W, "rose about 7.5%", "7.5%", "percent", 7.5, 7.5, "%", Y, "valneva share rise on phase 2 data"),
 ("w-lastyr", W, "confirmed last year that every", "last year", "date", 2024, 2024, "year", Y, "valor primary series completed"),
 ("w-m42", W, "booster at month 42", "month 42", "duration", 42, 42, "months", N, "timepoint third booster"),
 ("w-m48", W, "response at month 48", "month 48", "duration", 48, 48, "months", N, "timepoint measurement"),
 ("w-3dose", W, "received the three-dose primary", "three-dose", "count", 3, 3, "doses", N, "phase 2 primary schedule"),
 ("w-gmfr", W, "ranged from 9.5 to 15.6", "9.5 to 15.6", "ratio", 9.5, 15.6, "x", Y, "phase 2 month-48 gmfr range, all ages (3-dose)"),
 ("w-sixst", W, "across the six serotypes, with", "six", "count", 6, 6, "serotypes", N, "serotypes (repeat)"),
 ("w-511", W, "Children aged 5 to 11", "5 to 11", "age", 5, 11, "years", N, "subgroup definition"),
 ("w-gmfr511", W, "fold rises of 15.5 to 28.5", "15.5 to 28.5", "ratio", 15.5, 28.5, "x", Y, "phase 2 month-48 gmfr range, ages 5-11"),
 ("w-six", W, "designed to cover six OspA serotypes", "six", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("w-q6mo", W, "Durable titres six months", "six months", "duration", 6, 6, "months", N, "quote timepoint"),
 ("w-9437", W, "VALOR, enrolled 9,437", "9,437", "count", 9437, 9437, "participants", Y, "valor enrolment"),
 ("w-age5", W, "participants aged 5 years and older", "5 years", "age", 5, 5, "years", Y, "valor minimum age"),
 ("w-2025", W, "end of the 2025 tick season", "2025", "date", 2025, 2025, "year", Y, "valor follow-up ends (season)"),
 ("w-2026", W, "European Medicines Agency in 2026", "2026", "date", 2026, 2026, "year", Y, "bla/maa filing year"),
 ("w-h1", W, "in the first half of that year", "first half of that year", "date", 2026, 2026, "year", N, "readout timing (repeat)"),
 ("w-feb23", W, "In February 2023, Pfizer", "February 2023", "date", 2023, 2023, "year", Y, "gcp discontinuation date"),
 ("w-third", W, "dropped roughly a third of the U.S.", "a third", "percent", 33.3, 33.3, "%", Y, "share of us participants discontinued"),
 ("w-apr20", W, "in April 2020, paying", "April 2020", "date", 2020, 2020, "year", Y, "pfizer-valneva licence deal"),
 ("w-130m", W, "paying Valneva $130 million upfront", "$130 million", "money", 130000000, 130000000, "USD", Y, "upfront payment 2020"),
 ("w-jun22", W, "In June 2022 the U.S.", "June 2022", "date", 2022, 2022, "year", Y, "pfizer equity investment"),
 ("w-81", W, "bought an 8.1% stake", "8.1%", "percent", 8.1, 8.1, "%", Y, "pfizer stake in valneva"),
 ("w-eur", W, "for 90.5 million euros", "90.5 million euros", "money", 90500000, 90500000, "EUR", Y, "pfizer equity investment (eur)"),
 ("w-95m", W, "($95 million)", "$95 million", "money", 95000000, 95000000, "USD", Y, "pfizer equity investment (usd)"),
 ("w-949", W, "paying 9.49 euros a share", "9.49 euros", "money", 9.49, 9.49, "EUR", Y, "price per share"),
 ("w-40", W, "Valneva now funds 40%", "40%", "percent", 40, 40, "%", Y, "valneva share of dev costs (current, 2022 terms)"),
 ("w-30", W, "up from 30% under", "30%", "percent", 30, 30, "%", Y, "valneva share of dev costs (original 2020 terms)"),
 ("w-roy", W, "tiered royalties of 14% to 22%", "14% to 22%", "percent", 14, 22, "%", Y, "royalty tiers (2022 terms)"),
 ("w-25m", W, "received a $25 million milestone", "$25 million", "money", 25000000, 25000000, "USD", Y, "phase 3 start milestone"),
 ("w-476", W, "about 476,000 Americans", "476,000", "count", 476000, 476000, "people", Y, "us diagnosed and treated per year (cdc est.)"),
 ("w-132", W, "roughly 132,000 cases", "132,000", "count", 132000, 132000, "cases", Y, "europe cases per year"),
 ("w-1998", W, "was licensed in 1998", "1998", "date", 1998, 1998, "year", Y, "lymerix approval"),
 ("w-10305", W, "pivotal trial in 10,305 people", "10,305", "count", 10305, 10305, "participants", Y, "lymerix pivotal trial size"),
 ("w-2002", W, "from the market in 2002", "2002", "date", 2002, 2002, "year", Y, "lymerix withdrawal"),
 ("w-wed2", W, "request for comment on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "aside"),

 # ---- LV02 press release (2025-12-10)
 ("p-h2025", P, "Visits for 2025 Lyme Season", "2025", "date", 2025, 2025, "year", N, "headline repeat"),
 ("p-hseven", P, "Seven community clinics", "Seven", "count", 7, 7, "clinics", N, "subtitle repeat"),
 ("p-h412", P, "enrolled 412 volunteers", "412", "count", 412, 412, "participants", N, "subtitle repeat"),
 ("p-dl", P, "Dec. 10, 2025", "Dec. 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-2025a", P, "visits of the 2025 Lyme disease season", "2025", "date", 2025, 2025, "year", N, "season (repeat)"),
 ("p-seven", P, "Tamarack's seven clinics", "seven", "count", 7, 7, "clinics", Y, "tamarack valor clinics"),
 ("p-412", P, "enrolled 412 of the trial's", "412", "count", 412, 412, "participants", Y, "tamarack valor enrolment"),
 ("p-96", P, "including 96 children", "96", "count", 96, 96, "participants", Y, "tamarack paediatric enrolment"),
 ("p-2025b", P, "before the 2025 season began", "2025", "date", 2025, 2025, "year", N, "booster timing"),
 ("p-three", P, "Over three tick seasons", "three", "count", 3, 3, "seasons", N, "quote"),
 ("p-aug22", P, "vaccinated in August 2022", "August 2022", "date", 2022, 2022, "year", Y, "valor first vaccinations"),
 ("p-dec23", P, "completed in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "valor recruitment completed"),
 ("p-9437", P, "with 9,437 participants", "9,437", "count", 9437, 9437, "participants", Y, "valor enrolment"),
 ("p-age5", P, "participants aged 5 years and older", "5 years", "age", 5, 5, "years", Y, "valor minimum age"),
 ("p-6000", P, "approximately 6,000 participants", "6,000", "count", 6000, 6000, "participants", Y, "valor planned enrolment"),
 ("p-11", P, "randomized 1:1 to receive", "1:1", "ratio", 1, 1, "ratio", Y, "valor allocation"),
 ("p-180", P, "VLA15 180 µg", "180 µg", "dose", 180, 180, "µg", Y, "vla15 dose"),
 ("p-m0", P, "at Month 0, Month 2", "Month 0", "duration", 0, 0, "months", N, "schedule timepoint"),
 ("p-m2", P, "Month 0, Month 2 and", "Month 2", "duration", 2, 2, "months", Y, "valor second dose timing"),
 ("p-m59", P, "between Months 5 and 9", "Months 5 and 9", "duration", 5, 9, "months", Y, "valor third dose timing"),
 ("p-12mo", P, "approximately 12 months after the third dose", "12 months", "duration", 12, 12, "months", Y, "valor booster interval after third dose"),
 ("p-3dose", P, "completed the three-dose primary", "three-dose", "count", 3, 3, "doses", N, "primary series doses"),
 ("p-jul24", P, "vaccination series in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "valor primary series completed"),
 ("p-2025c", P, "through the end of the 2025 season", "2025", "date", 2025, 2025, "year", Y, "valor follow-up ends (season)"),
 ("p-2026", P, "European Medicines Agency in 2026", "2026", "date", 2026, 2026, "year", Y, "bla/maa filing year"),
 ("p-517", P, "adolescents 5 to 17 years of age", "5 to 17 years", "age", 5, 17, "years", Y, "paediatric phase 3 population"),
 ("p-jun24", P, "completed enrollment in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "paediatric phase 3 enrolment completed"),
 ("p-six", P, "protect against the six OspA", "six", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("p-476", P, "approximately 476,000 people", "476,000", "count", 476000, 476000, "people", Y, "us diagnosed and treated per year (cdc est.)"),
 ("p-129", P, "at least 129,000 cases", "129,000", "count", 129000, 129000, "cases", Y, "europe cases per year"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-11cl", P, "operates 11 community research", "11", "count", 11, 11, "clinics", N, "about section"),
 ("p-4st", P, "in four states", "four", "count", 4, 4, "states", N, "about section"),
 ("p-300", P, "more than 300 studies", "300", "count", 300, 300, "studies", N, "about section"),

 # ---- LV03 abstract (2025-10-20)
 ("a-pub", A, "Published online 20 October 2025", "20 October 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("a-tsix", A, "of the six-valent candidate", "six-valent", "count", 6, 6, "serotypes", N, "title repeat"),
 ("a-appr", A, "on 21 December 1998", "21 December 1998", "date", 1998, 1998, "year", Y, "lymerix approval"),
 ("a-1570", A, "persons aged 15–70 years", "15–70 years", "age", 15, 70, "years", Y, "lymerix licensed ages"),
 ("a-feb02", A, "manufacturer in February 2002", "February 2002", "date", 2002, 2002, "year", Y, "lymerix withdrawal"),
 ("a-six", A, "A six-valent OspA vaccine", "six-valent", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("a-9437", A, "has randomised 9,437", "9,437", "count", 9437, 9437, "participants", Y, "valor enrolment"),
 ("a-age5", A, "participants aged 5 years and older", "5 years", "age", 5, 5, "years", Y, "valor minimum age"),
 ("a-in22", A, "in 2022, 62,551", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-62551", A, "in 2022, 62,551", "62,551", "count", 62551, 62551, "cases", Y, "us reported cases 2022"),
 ("a-17x", A, "1.7 times the 2017–2019", "1.7 times", "ratio", 1.7, 1.7, "x", Y, "2022 reported vs 2017-2019 average"),
 ("a-1719", A, "the 2017–2019 annual average", "2017–2019", "date", 2017, 2019, "year", N, "qualifier years"),
 ("a-37118", A, "annual average of 37,118", "37,118", "count", 37118, 37118, "cases", Y, "us reported cases avg 2017-2019"),
 ("a-476", A, "about 476,000 people", "476,000", "count", 476000, 476000, "people", Y, "us diagnosed and treated per year (cdc est.)"),
 ("a-30ug", A, "adjuvanted 30 µg OspA", "30 µg", "dose", 30, 30, "µg", Y, "lymerix dose"),
 ("a-s0", A, "given at 0, 1 and 12 months", "0", "duration", 0, 0, "months", N, "lymerix schedule timepoint"),
 ("a-s1", A, "at 0, 1 and 12 months", "1", "duration", 1, 1, "months", N, "lymerix schedule timepoint"),
 ("a-s12", A, "0, 1 and 12 months (N", "12 months", "duration", 12, 12, "months", N, "lymerix schedule timepoint"),
 ("a-N", A, "N = 10,936", "10,936", "count", 10936, 10936, "participants", Y, "lymerix pivotal trial size"),
 ("a-31", A, "at 31 US sites", "31", "count", 31, 31, "sites", Y, "lymerix trial sites"),
 ("a-nv", A, "vaccine n=5,469", "5,469", "count", 5469, 5469, "participants", Y, "lymerix trial vaccine arm"),
 ("a-np", A, "placebo n=5,467", "5,467", "count", 5467, 5467, "participants", Y, "lymerix trial placebo arm"),
 ("a-2seas", A, "each of two transmission seasons", "two", "count", 2, 2, "seasons", N, "design"),
 ("a-s1lab", A, "seasons: season 1 after", "1", "count", 1, 1, "season-index", N, "label"),
 ("a-2doses", A, "season 1 after two doses", "two", "count", 2, 2, "doses", N, "definition"),
 ("a-s2lab", A, "doses, season 2 after the third", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-s2m", A, "applied the season-2 placebo", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-11m", A, "to a 1:1 allocation", "1:1", "ratio", 1, 1, "ratio", N, "valor allocation (methods)"),
 ("a-rs1", A, "In season 1, definite", "1", "count", 1, 1, "season-index", N, "label"),
 ("a-22", A, "occurred in 22 vaccine", "22", "count", 22, 22, "cases", Y, "lymerix season-1 cases, vaccine"),
 ("a-43", A, "and 43 placebo recipients", "43", "count", 43, 43, "cases", Y, "lymerix season-1 cases, placebo"),
 ("a-040", A, "(0.40% vs 0.79%)", "0.40%", "percent", 0.40, 0.40, "%", Y, "season-1 attack rate, vaccine"),
 ("a-079", A, "0.40% vs 0.79%", "0.79%", "percent", 0.79, 0.79, "%", Y, "season-1 attack rate, placebo"),
 ("a-489", A, "VE was 48.9%", "48.9%", "percent", 48.9, 48.9, "%", Y, "lymerix efficacy after two doses (season 1)"),
 ("a-489ci", A, "(95% CI 14.6–69.4", "14.6–69.4", "percent", 14.6, 69.4, "%", Y, "ci"),
 ("a-p1", A, "P=0.009", "0.009", "pvalue", 0.009, 0.009, "p", N, "p-value"),
 ("a-rs2", A, "In season 2, after", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-16", A, "cases fell to 16 in the vaccine", "16", "count", 16, 16, "cases", Y, "lymerix season-2 cases, vaccine"),
 ("a-66", A, "against 66 with placebo", "66", "count", 66, 66, "cases", Y, "lymerix season-2 cases, placebo"),
 ("a-029", A, "(0.29% vs 1.21%)", "0.29%", "percent", 0.29, 0.29, "%", Y, "season-2 attack rate, vaccine"),
 ("a-121", A, "0.29% vs 1.21%", "1.21%", "percent", 1.21, 1.21, "%", Y, "season-2 attack rate, placebo"),
 ("a-758", A, "VE was 75.8%", "75.8%", "percent", 75.8, 75.8, "%", Y, "lymerix efficacy after three doses (season 2)"),
 ("a-758ci", A, "(95% CI 58.2–85.9", "58.2–85.9", "percent", 58.2, 85.9, "%", Y, "ci"),
 ("a-p2", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-s2rd", A, "The season-2 risk difference", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-rd", A, "was −0.91 percentage points", "−0.91 percentage points", "percent", -0.91, -0.91, "pp", Y, "season-2 risk difference"),
 ("a-rdci", A, "(95% CI −1.24 to −0.59)", "−1.24 to −0.59", "percent", -1.24, -0.59, "pp", Y, "ci"),
 ("a-nnv", A, "vaccinate of 109 for", "109", "count", 109, 109, "people", Y, "number needed to vaccinate, one season"),
 ("a-1seas", A, "109 for one season", "one", "count", 1, 1, "seasons", N, "definition"),
 ("a-38", A, "combined, 38 vaccine", "38", "count", 38, 38, "cases", Y, "lymerix both-season cases, vaccine"),
 ("a-109", A, "38 vaccine and 109 placebo", "109", "count", 109, 109, "cases", Y, "lymerix both-season cases, placebo"),
 ("a-652", A, "a VE of 65.2%", "65.2%", "percent", 65.2, 65.2, "%", Y, "lymerix efficacy both seasons"),
 ("a-652ci", A, "(95% CI 49.7–75.9)", "49.7–75.9", "percent", 49.7, 75.9, "%", Y, "ci"),
 ("a-83", A, "was 83% in season 1", "83%", "percent", 83, 83, "%", Y, "lymerix efficacy vs asymptomatic infection, season 1"),
 ("a-83s", A, "83% in season 1", "1", "count", 1, 1, "season-index", N, "label"),
 ("a-100", A, "and 100% in season 2", "100%", "percent", 100, 100, "%", Y, "lymerix efficacy vs asymptomatic infection, season 2"),
 ("a-100s", A, "100% in season 2", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-10305", A, "which randomised 10,305 adults", "10,305", "count", 10305, 10305, "participants", Y, "imulyme trial size (rival)"),
 ("a-68", A, "reported 68% efficacy", "68%", "percent", 68, 68, "%", Y, "imulyme efficacy year 1"),
 ("a-y1", A, "efficacy in year 1 and", "1", "count", 1, 1, "year-index", N, "label"),
 ("a-92", A, "and 92% in year 2", "92%", "percent", 92, 92, "%", Y, "imulyme efficacy year 2"),
 ("a-y2", A, "in year 2 among", "2", "count", 2, 2, "year-index", N, "label"),
 ("a-3745", A, "among the 3,745 participants", "3,745", "count", 3745, 3745, "participants", Y, "imulyme third-dose recipients"),
 ("a-s2p", A, "Applying the season-2 placebo", "2", "count", 2, 2, "season-index", N, "label"),
 ("a-121b", A, "attack rate of 1.21% to", "1.21%", "percent", 1.21, 1.21, "%", N, "season-2 placebo attack rate (repeat)"),
 ("a-4718", A, "roughly 4,718 placebo", "4,718", "count", 4718, 4718, "participants", Y, "valor placebo arm (computed half)"),
 ("a-57", A, "order of 57 cases", "57", "count", 57, 57, "cases", Y, "projected valor placebo cases per season"),
 ("a-c2", A, "modest after two doses", "two", "count", 2, 2, "doses", N, "summary"),
 ("a-c3", A, "schedule of three primary doses", "three", "count", 3, 3, "doses", N, "valor schedule summary"),
 ("a-c2022", A, "across the 2022 change", "2022", "date", 2022, 2022, "year", N, "qualifier"),

 # ---- LV04 explainer (2025-10-08)
 ("e-upd", E, "Updated October 8, 2025", "October 8, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-dec", E, "more than two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("e-1999", E, "approved by the FDA in 1999", "1999", "date", 1999, 1999, "year", Y, "lymerix approval"),
 ("e-1570", E, "for people aged 15 to 70", "15 to 70", "age", 15, 70, "years", Y, "lymerix licensed ages"),
 ("e-3shots", E, "given as three shots", "three", "count", 3, 3, "doses", N, "lymerix doses"),
 ("e-s0", E, "at 0, 1 and 12 months, each", "0", "duration", 0, 0, "months", N, "lymerix schedule timepoint"),
 ("e-s1", E, "at 0, 1 and 12 months, each", "1", "duration", 1, 1, "months", N, "lymerix schedule timepoint"),
 ("e-s12", E, "0, 1 and 12 months, each", "12 months", "duration", 12, 12, "months", N, "lymerix schedule timepoint"),
 ("e-30ug", E, "containing 30 micrograms", "30 micrograms", "dose", 30, 30, "µg", Y, "lymerix dose"),
 ("e-single", E, "of a single OspA protein", "single", "count", 1, 1, "proteins", N, "aside"),
 ("e-50", E, "about 50% effective after two doses", "50%", "percent", 50, 50, "%", Y, "lymerix efficacy after two doses"),
 ("e-2d", E, "effective after two doses", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("e-78", E, "and 78% effective", "78%", "percent", 78, 78, "%", Y, "lymerix efficacy after three doses"),
 ("e-all3", E, "after all three", "three", "count", 3, 3, "doses", N, "qualifier"),
 ("e-2002", E, "from the market in 2002", "2002", "date", 2002, 2002, "year", Y, "lymerix withdrawal"),
 ("e-six", E, "designed to cover six types", "six", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("e-9000", E, "enrolled more than 9,000 people", "9,000", "count", 9000, 9000, "participants", Y, "valor enrolment (rounded lower bound)"),
 ("e-age5", E, "people aged 5 and older", "5", "age", 5, 5, "years", Y, "valor minimum age"),
 ("e-half1", E, "Half got the vaccine", "Half", "percent", 50, 50, "%", N, "allocation"),
 ("e-half2", E, "and half got a saltwater", "half", "percent", 50, 50, "%", N, "allocation"),
 ("e-2mo", E, "came two months after the first", "two months", "duration", 2, 2, "months", Y, "valor second dose timing"),
 ("e-59", E, "third five to nine months", "five to nine months", "duration", 5, 9, "months", Y, "valor third dose timing"),
 ("e-6mo", E, "booster six months after the third dose", "six months", "duration", 6, 6, "months", Y, "valor booster interval after third dose"),
 ("e-517", E, "teenagers aged 5 to 17", "5 to 17", "age", 5, 17, "years", Y, "paediatric phase 3 population"),
 ("e-jun23", E, "finished enrolling in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "paediatric phase 3 enrolment completed"),
 ("e-feb23", E, "In February 2023, Pfizer", "February 2023", "date", 2023, 2023, "year", Y, "gcp discontinuation date"),
 ("e-half", E, "removed about half of the U.S.", "about half", "percent", 50, 50, "%", Y, "share of us participants discontinued"),
 ("e-2024", E, "end of the 2024 tick season", "2024", "date", 2024, 2024, "year", Y, "valor follow-up ends (season)"),
 ("e-h1", E, "first half of 2026", "2026", "date", 2026, 2026, "year", Y, "valor efficacy readout expected"),
 ("e-2026", E, "European regulators in 2026", "2026", "date", 2026, 2026, "year", Y, "bla/maa filing year"),
 ("e-2027", E, "come in 2027 at the earliest", "2027", "date", 2027, 2027, "year", Y, "earliest approval decision (forecast)"),
 ("e-in22", E, "In 2022, states reported", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-62k", E, "more than 62,000 cases", "62,000", "count", 62000, 62000, "cases", Y, "us reported cases 2022"),
 ("e-70", E, "nearly 70% more", "70%", "percent", 70, 70, "%", Y, "2022 increase over 2017-2019 average"),
 ("e-1719", E, "average for 2017 to 2019", "2017 to 2019", "date", 2017, 2019, "year", N, "qualifier years"),
 ("e-476", E, "about 476,000 Americans", "476,000", "count", 476000, 476000, "people", Y, "us diagnosed and treated per year (cdc est.)"),
 ("e-130k", E, "about 130,000 cases a year", "130,000", "count", 130000, 130000, "cases", Y, "europe cases per year"),
 ("e-100pct", E, "No vaccine is 100% effective", "100%", "percent", 100, 100, "%", N, "generic"),
 ("e-3648", E, "attached for 36 to 48 hours", "36 to 48 hours", "duration", 36, 48, "hours", Y, "attachment time before transmission"),
 ("e-single2", E, "about a single 200 mg", "single", "count", 1, 1, "doses", N, "pep doses"),
 ("e-200", E, "single 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "doxycycline pep dose (adult)"),
 ("e-72", E, "taken within 72 hours", "72 hours", "duration", 72, 72, "hours", Y, "pep window after tick removal"),
 ("e-44", E, "the dose is 4.4 mg per kilogram", "4.4 mg per kilogram", "dose", 4.4, 4.4, "mg/kg", Y, "doxycycline pep dose (child)"),
 ("e-100mg", E, "doxycycline 100 mg twice a day", "100 mg", "dose", 100, 100, "mg", Y, "doxycycline treatment dose for em rash"),
 ("e-twice", E, "100 mg twice a day", "twice", "count", 2, 2, "per day", N, "dosing frequency"),
 ("e-10d", E, "twice a day for 10 days", "10 days", "duration", 10, 10, "days", Y, "em treatment duration"),
 ("e-20y", E, "than it has been in 20 years", "20 years", "duration", 20, 20, "years", N, "aside"),

 # ---- LV05 blog (2025-12-03)
 ("b-pub", B, "December 3, 2025", "December 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-9347", B, "enrolled 9,347 volunteers", "9,347", "count", 9347, 9347, "participants", Y, "valor enrolment"),
 ("b-age5", B, "volunteers aged 5 and up", "5", "age", 5, 5, "years", Y, "valor minimum age"),
 ("b-3prim", B, "got three primary shots", "three", "count", 3, 3, "doses", N, "primary doses"),
 ("b-1mo", B, "second shot one month after the first", "one month", "duration", 1, 1, "months", Y, "valor second dose timing"),
 ("b-1yr", B, "booster about a year after the third shot", "about a year", "duration", 1, 1, "years", Y, "valor booster interval after third dose"),
 ("b-half1", B, "Half got the real vaccine", "Half", "percent", 50, 50, "%", N, "allocation"),
 ("b-half2", B, "and half got salt water", "half", "percent", 50, 50, "%", N, "allocation"),
 ("b-2026", B, "European regulator in 2026", "2026", "date", 2026, 2026, "year", Y, "bla/maa filing year"),
 ("b-back22", B, "Back in 2022 the companies", "2022", "date", 2022, 2022, "year", N, "date of earlier guidance"),
 ("b-2025", B, "as early as 2025", "2025", "date", 2025, 2025, "year", Y, "filing year (2022 guidance)"),
 ("b-slip", B, "slipped a year", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-2023", B, "site problems in 2023", "2023", "date", 2023, 2023, "year", Y, "gcp discontinuation date"),
 ("b-lastwk", B, "Last week Valneva released", "Last week", "date", 2025, 2025, "year", Y, "phase 2 final (month 48) data announcement"),
 ("b-625", B, "started with 625 participants", "625", "count", 625, 625, "participants", Y, "phase 2 vla15-221 randomised"),
 ("b-565", B, "participants aged 5 to 65", "5 to 65", "age", 5, 65, "years", Y, "phase 2 ages"),
 ("b-6mo", B, "six months later were", "six months", "duration", 6, 6, "months", N, "timepoint after third booster"),
 ("b-gmfr", B, "were 15.5 to 28.5 times baseline", "15.5 to 28.5", "ratio", 15.5, 28.5, "x", Y, "phase 2 month-48 gmfr range, all ages (3-dose)"),
 ("b-130m", B, "Pfizer paid $130 million upfront", "$130 million", "money", 130000000, 130000000, "USD", Y, "upfront payment 2020"),
 ("b-2020", B, "licensed the vaccine in 2020", "2020", "date", 2020, 2020, "year", Y, "pfizer-valneva licence deal"),
 ("b-35m", B, "another $35 million in development milestones", "$35 million", "money", 35000000, 35000000, "USD", Y, "development milestones (2020 deal)"),
 ("b-143m", B, "$143 million in early commercial", "$143 million", "money", 143000000, 143000000, "USD", Y, "early commercial milestones (2020 deal)"),
 ("b-30", B, "cover 30% of development costs", "30%", "percent", 30, 30, "%", Y, "valneva share of dev costs (original 2020 terms)"),
 ("b-19", B, "royalties starting at 19%", "19%", "percent", 19, 19, "%", Y, "royalty start (2020 terms)"),
 ("b-in22", B, "In 2022, Pfizer bought", "2022", "date", 2022, 2022, "year", Y, "pfizer equity investment"),
 ("b-81", B, "bought 8.1% of Valneva", "8.1%", "percent", 8.1, 8.1, "%", Y, "pfizer stake in valneva"),
 ("b-905m", B, "for $90.5 million", "$90.5 million", "money", 90500000, 90500000, "USD", Y, "pfizer equity investment (usd)"),
 ("b-40", B, "Valneva now pays 40%", "40%", "percent", 40, 40, "%", Y, "valneva share of dev costs (current, 2022 terms)"),
 ("b-roy", B, "royalties run from 14% to 22%", "14% to 22%", "percent", 14, 22, "%", Y, "royalty tiers (2022 terms)"),
 ("b-25m", B, "also collected $25 million", "$25 million", "money", 25000000, 25000000, "USD", Y, "phase 3 start milestone"),
 ("b-1999", B, "doctors' offices in 1999", "1999", "date", 1999, 1999, "year", Y, "lymerix market launch"),
 ("b-76", B, "about 76% effective after three shots", "76%", "percent", 76, 76, "%", Y, "lymerix efficacy after three doses"),
 ("b-3sh", B, "effective after three shots", "three", "count", 3, 3, "doses", N, "qualifier"),
 ("b-40m", B, "sold $40 million in its first year", "$40 million", "money", 40000000, 40000000, "USD", Y, "lymerix first-year sales"),
 ("b-2002", B, "and in 2002 GlaxoSmithKline", "2002", "date", 2002, 2002, "year", Y, "lymerix withdrawal"),
 ("b-2h", B, "Shower within two hours", "two hours", "duration", 2, 2, "hours", Y, "shower after outdoors"),
 ("b-single", B, "a single 100 mg dose", "single", "count", 1, 1, "doses", N, "pep doses"),
 ("b-100", B, "single 100 mg dose of doxycycline", "100 mg", "dose", 100, 100, "mg", Y, "doxycycline pep dose (adult)"),
 ("b-72", B, "doxycycline within 72 hours", "72 hours", "duration", 72, 72, "hours", Y, "pep window after tick removal"),
 ("b-1pill", B, "It's one pill", "one", "count", 1, 1, "pills", N, "aside"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-4myth", B, "the 4 myths", "4", "count", 4, 4, "myths", N, "page furniture"),

 # ---- LV06 local (2025-05-14), hard-wrapped
 ("l-pub", L, "Wednesday, May 14, 2025", "May 14, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-58", L, "Gary Mertes, 58", "58", "age", 58, 58, "years", N, "interviewee age"),
 ("l-lastmo", L, "Kemp Street last month", "last month", "date", 2025, 2025, "year", N, "booster visit"),
 ("l-4th", L, "the fourth and final shot", "fourth", "count", 4, 4, "doses", N, "doses per participant"),
 ("l-3yr", L, "almost three years ago", "three years", "duration", 3, 3, "years", N, "time in study"),
 ("l-118", L, "one of 118 Oneida County", "118", "count", 118, 118, "participants", Y, "rhinelander clinic enrolment"),
 ("l-9437", L, "the trial enrolled 9,437 people", "9,437", "count", 9437, 9437, "participants", Y, "valor enrolment"),
 ("l-dec23", L, "recruitment in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "valor recruitment completed"),
 ("l-18", L, "Only adults 18 and older", "18", "age", 18, 18, "years", Y, "valor minimum age"),
 ("l-half1", L, "Half received the vaccine", "Half", "percent", 50, 50, "%", N, "allocation"),
 ("l-half2", L, "and half a placebo", "half", "percent", 50, 50, "%", N, "allocation"),
 ("l-feb", L, "In February of last year Pfizer", "February of last year", "date", 2024, 2024, "year", Y, "gcp discontinuation date"),
 ("l-thisyr", L, "end of this year's season", "this year's season", "date", 2025, 2025, "year", Y, "valor follow-up ends (season)"),
 ("l-2026", L, "seek approval in 2026", "2026", "date", 2026, 2026, "year", Y, "bla/maa filing year"),
 ("l-30", L, "it pays 30% of the development", "30%", "percent", 30, 30, "%", Y, "valneva share of dev costs (current, 2022 terms)"),
 ("l-35m", L, "banked a $35 million milestone", "$35 million", "money", 35000000, 35000000, "USD", Y, "phase 3 start milestone"),
 ("l-90s", L, "in the late 1990s", "late 1990s", "date", 1997, 1999, "year", N, "vague"),
 ("l-1998", L, "won approval in 1998", "1998", "date", 1998, 1998, "year", Y, "lymerix approval"),
 ("l-76", L, "protected about 76% of people", "76%", "percent", 76, 76, "%", Y, "lymerix efficacy after two doses"),
 ("l-2sh", L, "after the first two shots", "two", "count", 2, 2, "doses", N, "qualifier"),
 ("l-4yr", L, "spent about four years on the market", "about four years", "duration", 4, 4, "years", Y, "lymerix time on market"),
 ("l-six", L, "covers six types of the bacteria", "six", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("l-62551", L, "Nationally, 62,551 cases", "62,551", "count", 62551, 62551, "cases", Y, "us reported cases 2022"),
 ("l-2022", L, "Prevention in 2022, 1.7", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-17x", L, "2022, 1.7 times the", "1.7 times", "ratio", 1.7, 1.7, "x", Y, "2022 reported vs 2017-2019 average"),
 ("l-1719", L, "average for 2017 through 2019", "2017 through 2019", "date", 2017, 2019, "year", N, "qualifier years"),
 ("l-476", L, "each year at about 476,000", "476,000", "count", 476000, 476000, "people", Y, "us diagnosed and treated per year (cdc est.)"),
 ("l-22", L, "The youngest is 22", "22", "age", 22, 22, "years", N, "clinic participant age"),
 ("l-84", L, "the oldest 84", "84", "age", 84, 84, "years", N, "clinic participant age"),
 ("l-2in", L, "rash bigger than 2 inches", "2 inches", "length", 2, 2, "in", N, "reporting rule"),
 ("l-67", L, "Sue Bartelt, 67", "67", "age", 67, 67, "years", N, "interviewee age"),
 ("l-2sum", L, "spent two summers fighting", "two summers", "duration", 2, 2, "years", N, "anecdote"),
 ("l-nextyr", L, "Results are expected next year", "next year", "date", 2026, 2026, "year", Y, "valor efficacy readout expected"),

 # ---- LV07 fact-check (2025-08-19)
 ("f-hhalf", F, "because half the volunteers got sick", "half", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-pub", F, "August 19, 2025", "August 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-chalf", F, "after HALF the volunteers", "HALF", "percent", 50, 50, "%", N, "post claim"),
 ("f-c2002", F, "yanked in 2002", "2002", "date", 2002, 2002, "year", N, "post claim"),
 ("f-15k", F, "more than 15,000 times", "15,000", "count", 15000, 15000, "shares", N, "virality"),
 ("f-latejul", F, "since late July", "late July", "date", 2025, 2025, "year", N, "virality"),
 ("f-three", F, "together three separate stories", "three", "count", 3, 3, "stories", N, "aside"),
 ("f-feb17", F, "On Feb. 17, 2023, Pfizer", "Feb. 17, 2023", "date", 2023, 2023, "year", Y, "gcp discontinuation date"),
 ("f-half", F, "discontinue about half of the participants", "about half", "percent", 50, 50, "%", Y, "share of us participants discontinued"),
 ("f-aug22", F, "started in August 2022", "August 2022", "date", 2022, 2022, "year", Y, "valor first vaccinations"),
 ("f-6000", F, "goal of about 6,000", "6,000", "count", 6000, 6000, "participants", Y, "valor planned enrolment"),
 ("f-dec22", F, "recruitment in December 2022", "December 2022", "date", 2022, 2022, "year", Y, "valor recruitment completed"),
 ("f-9437", F, "with 9,437 participants", "9,437", "count", 9437, 9437, "participants", Y, "valor enrolment"),
 ("f-age5", F, "participants aged 5 and older", "5", "age", 5, 5, "years", Y, "valor minimum age"),
 ("f-2027", F, "for approval in 2027", "2027", "date", 2027, 2027, "year", Y, "bla/maa filing year"),
 ("f-dec98", F, "licensed it in December 1998", "December 1998", "date", 1998, 1998, "year", Y, "lymerix approval"),
 ("f-1565", F, "people aged 15 to 65", "15 to 65", "age", 15, 65, "years", Y, "lymerix licensed ages"),
 ("f-10936", F, "a trial of 10,936 people", "10,936", "count", 10936, 10936, "participants", Y, "lymerix pivotal trial size"),
 ("f-78", F, "prevented 78% of definite", "78%", "percent", 78, 78, "%", Y, "lymerix efficacy after three doses"),
 ("f-3d", F, "cases after three doses", "three", "count", 3, 3, "doses", N, "qualifier"),
 ("f-feb02", F, "selling it in February 2002", "February 2002", "date", 2002, 2002, "year", Y, "lymerix withdrawal"),
 ("f-40m", F, "LYMErix made $40 million", "$40 million", "money", 40000000, 40000000, "USD", Y, "lymerix first-year sales"),
 ("f-10k", F, "fewer than 10,000 people", "10,000", "count", 10000, 10000, "people", Y, "gsk projected vaccinations 2002"),
 ("f-in02", F, "vaccinated in 2002", "2002", "date", 2002, 2002, "year", N, "qualifier year"),
 ("f-905", F, "reviewed 905 reports", "905", "count", 905, 905, "reports", Y, "vaers reports reviewed by cdc"),
 ("f-late98", F, "filed since late 1998", "late 1998", "date", 1998, 1998, "year", N, "period start"),
 ("f-3yr", F, "barely three years on the market", "three years", "duration", 3, 3, "years", Y, "lymerix time on market"),
 ("f-single", F, "on a single OspA type", "single", "count", 1, 1, "serotypes", N, "lymerix serotypes"),
 ("f-six", F, "designed to cover six OspA serotypes", "six", "count", 6, 6, "serotypes", Y, "vla15 serotypes covered"),
 ("f-q2023", F, "what happened in 2023", "2023", "date", 2023, 2023, "year", N, "quote"),
 ("f-single2", F, "about a single 200 mg", "single", "count", 1, 1, "doses", N, "pep doses"),
 ("f-200", F, "single 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "doxycycline pep dose (adult)"),
 ("f-72", F, "doxycycline within 72 hours", "72 hours", "duration", 72, 72, "hours", Y, "pep window after tick removal"),
 ("f-rhalf1", F, "after half its volunteers got sick", "half", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-rhalf2", F, "removed about half of its U.S.", "about half", "percent", 50, 50, "%", Y, "share of us participants discontinued (ruling)"),
 ("f-r2002", F, "was withdrawn in 2002 for", "2002", "date", 2002, 2002, "year", N, "lymerix withdrawal (ruling repeat)"),
 ("f-s1", F, "joint statement, Feb. 17, 2023", "Feb. 17, 2023", "date", 2023, 2023, "year", N, "source list"),
 ("f-s2", F, "Care Access statement, Feb. 17, 2023", "Feb. 17, 2023", "date", 2023, 2023, "year", N, "source list"),
 ("f-s3", F, "licensure, Dec. 21, 1998", "Dec. 21, 1998", "date", 1998, 1998, "year", N, "source list"),
 ("f-s4", F, "Associated Press, Feb. 26, 2002", "Feb. 26, 2002", "date", 2002, 2002, "year", N, "source list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 VALOR enrolment 9,347 (transposed) vs 9,437
 ("b-9347", "w-9437", S), ("b-9347", "p-9437", S), ("b-9347", "a-9437", S), ("b-9347", "l-9437", S), ("b-9347", "f-9437", S),
 # S2 VALOR minimum age 18 vs 5
 ("l-18", "w-age5", S), ("l-18", "p-age5", S), ("l-18", "a-age5", S), ("l-18", "e-age5", S), ("l-18", "b-age5", S), ("l-18", "f-age5", S),
 # S3 booster interval after third dose: six months vs ~12 months
 ("e-6mo", "p-12mo", S), ("e-6mo", "b-1yr", S),
 # S4 second dose timing: one month (LYMErix schedule) vs two months
 ("b-1mo", "p-m2", S), ("b-1mo", "e-2mo", S),
 # S5 recruitment completed: December 2022 vs December 2023
 ("f-dec22", "p-dec23", S), ("f-dec22", "l-dec23", S),
 # S6 GCP discontinuation: "February of last year" (=2024) vs 2023
 ("l-feb", "w-feb23", S), ("l-feb", "e-feb23", S), ("l-feb", "f-feb17", S), ("l-feb", "b-2023", S),
 # S7 share of US participants discontinued: a third vs about half
 ("w-third", "e-half", S), ("w-third", "f-half", S), ("w-third", "f-rhalf2", S),
 # S8 filing year: 2027 vs 2026
 ("f-2027", "w-2026", S), ("f-2027", "p-2026", S), ("f-2027", "e-2026", S), ("f-2027", "b-2026", S), ("f-2027", "l-2026", S),
 # S9 follow-up ends: 2024 season vs 2025 season
 ("e-2024", "w-2025", S), ("e-2024", "p-2025c", S), ("e-2024", "l-thisyr", S),
 # S10 Pfizer equity investment in USD: $90.5M (euro figure with a dollar sign) vs $95M
 ("b-905m", "w-95m", S),
 # S11 Valneva current share of development costs: 30% vs 40%
 ("l-30", "w-40", S), ("l-30", "b-40", S),
 # S12 Phase 3 start milestone: $35M vs $25M
 ("l-35m", "w-25m", S), ("l-35m", "b-25m", S),
 # S13 LYMErix approval year: 1999 vs 1998
 ("e-1999", "w-1998", S), ("e-1999", "a-appr", S), ("e-1999", "l-1998", S), ("e-1999", "f-dec98", S),
 # S14 LYMErix licensed ages: 15-65 vs 15-70
 ("f-1565", "a-1570", S), ("f-1565", "e-1570", S),
 # S15 LYMErix pivotal trial size: 10,305 (rival ImuLyme trial) vs 10,936
 ("w-10305", "a-N", S), ("w-10305", "f-10936", S),
 # S16 LYMErix efficacy after two doses: 76% vs 48.9% / 50%
 ("l-76", "a-489", S), ("l-76", "e-50", S),
 # S17 doxycycline PEP dose: 100 mg vs 200 mg
 ("b-100", "e-200", S), ("b-100", "f-200", S),
 # S18 paediatric phase 3 enrolment completed: June 2024 vs June 2023
 ("p-jun24", "e-jun23", S),
 # S19 Phase 2 month-48 GMFR, all ages: 15.5-28.5 (the 5-11 subgroup) vs 9.5-15.6
 ("b-gmfr", "w-gmfr", S),
 # Qualified
 ("e-78", "a-758", Q), ("f-78", "a-758", Q), ("b-76", "e-78", Q), ("b-76", "f-78", Q),
 ("e-50", "a-489", Q),
 ("w-132", "p-129", Q),
 ("b-2025", "w-2026", Q), ("b-2025", "p-2026", Q), ("b-2025", "e-2026", Q), ("b-2025", "l-2026", Q), ("b-2025", "f-2027", Q),
 ("l-4yr", "f-3yr", Q),
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
