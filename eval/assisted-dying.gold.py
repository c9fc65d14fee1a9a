#!/usr/bin/env python3
"""Build assisted-dying.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "assisted-dying")
OUT = os.path.join(HERE, "assisted-dying.gold.jsonl")
T = "assisted-dying"

W, P, A, E, B, L, F = ("AD01_wire.txt", "AD02_press.txt", "AD03_abstract.txt",
                       "AD04_explainer.txt", "AD05_blog.txt", "AD06_local.txt", "AD07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AD01 wire (2025-06-20)
 ("w-dl", W, "LONDON, June 20", "June 20", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "House of Commons on Friday", "Friday", "date", 2025, 2025, "year", Y, "third reading date"),
 ("w-314", W, "voting 314 to 291", "314", "count", 314, 314, "votes", Y, "third reading votes for"),
 ("w-291", W, "314 to 291 after", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("w-debate", W, "about four and a half hours", "four and a half hours", "duration", 4.5, 4.5, "hours", Y, "third reading debate length"),
 ("w-23", W, "The majority of 23", "23", "count", 23, 23, "votes", Y, "third reading majority"),
 ("w-half", W, "less than half the margin", "half", "ratio", 0.5, 0.5, "x", N, "3R majority vs 2R majority (upper bound)"),
 ("w-55", W, "the margin of 55", "55", "count", 55, 55, "votes", Y, "second reading majority"),
 ("w-nov", W, "second reading in November", "November", "date", 2024, 2024, "year", Y, "second reading date"),
 ("w-330", W, "when 330 MPs voted", "330", "count", 330, 330, "votes", Y, "second reading votes for"),
 ("w-275", W, "and 275 against", "275", "count", 275, 275, "votes", Y, "second reading votes against"),
 ("w-lab234", W, "234 Labour MPs", "234", "count", 234, 234, "votes", Y, "labour MPs for at third reading"),
 ("w-lab160", W, "and 160 opposed it", "160", "count", 160, 160, "votes", Y, "labour MPs against at third reading"),
 ("w-oct", W, "introduced the bill in October", "October", "date", 2024, 2024, "year", Y, "bill introduced (first reading)"),
 ("w-9yr", W, "marking nine years since", "nine years", "duration", 9, 9, "years", N, "aside (since Jo Cox murder)"),
 ("w-18", W, "adults aged 18 and over", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("w-6mo", W, "expected to die within six months", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("w-12mo", W, "for at least 12 months", "12 months", "duration", 12, 12, "months", Y, "residency requirement"),
 ("w-twodoc", W, "Two independent doctors would", "Two", "count", 2, 2, "doctors", Y, "doctors assessing each case"),
 ("w-eyr", W, "scrutiny earlier this year", "earlier this year", "date", 2025, 2025, "year", N, "committee stage (vague)"),
 ("w-14d", W, "wait 14 days before", "14 days", "duration", 14, 14, "days", Y, "reflection period after panel approval"),
 ("w-48h", W, "falls to 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "shortened reflection period"),
 ("w-1mo", W, "to die within a month", "a month", "duration", 1, 1, "months", N, "fast-track condition"),
 ("w-14yr", W, "up to 14 years in prison", "14 years", "duration", 14, 14, "years", Y, "maximum sentence for assisting suicide"),
 ("w-lastmo", W, "assessment published last month", "last month", "date", 2025, 2025, "year", Y, "impact assessment publication"),
 ("w-fy", W, "between 164 and 787", "164 and 787", "count", 164, 787, "deaths", Y, "IA assisted deaths first year/period"),
 ("w-firstyr", W, "in the first year of a service", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-4955", W, "as many as 4,955", "4,955", "count", 4955, 4955, "deaths", Y, "IA year-10 upper estimate"),
 ("w-decade", W, "a year a decade later", "a decade", "duration", 10, 10, "years", N, "timepoint"),
 ("w-10m", W, "more than 10 million pounds", "10 million pounds", "money", 10000000, 10000000, "GBP", Y, "panels + commissioner annual cost (lower bound)"),
 ("w-4yr", W, "up to four years after", "four years", "duration", 4, 4, "years", Y, "implementation backstop"),
 ("w-2029", W, "not be available until 2029", "2029", "date", 2029, 2029, "year", Y, "latest service start"),
 ("w-2yr", W, "start within two years", "two years", "duration", 2, 2, "years", Y, "original implementation plan"),
 ("w-2015", W, "on the issue was in 2015", "2015", "date", 2015, 2015, "year", Y, "previous commons vote"),
 ("w-330b", W, "by 330 votes to 118", "330", "count", 330, 330, "votes", Y, "2015 bill votes against"),
 ("w-118", W, "330 votes to 118", "118", "count", 118, 118, "votes", Y, "2015 bill votes for"),
 ("w-ygnov", W, "YouGov survey in November", "November", "date", 2024, 2024, "year", N, "poll date"),
 ("w-73", W, "found 73% of Britons", "73%", "percent", 73, 73, "%", Y, "yougov nov 2024 support in principle"),
 ("w-100", W, "Around 100 supporters", "100", "count", 100, 100, "people", N, "aside (crowd)"),
 ("w-lastmo2", W, "parliament last month backed", "last month", "date", 2025, 2025, "year", Y, "scotland stage 1 vote date"),
 ("w-70", W, "by 70 votes to 56", "70", "count", 70, 70, "votes", Y, "scotland stage 1 votes for"),
 ("w-56", W, "70 votes to 56", "56", "count", 56, 56, "votes", Y, "scotland stage 1 votes against"),
 ("w-abst", W, "with one abstention", "one", "count", 1, 1, "votes", Y, "scotland stage 1 abstentions"),

 # ---- AD02 press release (2025-06-24)
 ("p-h45", P, "Commits £4.5 Million to", "£4.5 Million", "money", 4500000, 4500000, "GBP", N, "headline repeat"),
 ("p-dl", P, "England, 24 June 2025", "24 June 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-3rdate", P, "Third Reading on 20 June 2025", "20 June 2025", "date", 2025, 2025, "year", Y, "third reading date"),
 ("p-341", P, "by 341 votes to 291", "341", "count", 341, 341, "votes", Y, "third reading votes for"),
 ("p-291", P, "341 votes to 291 on", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("p-2rdate", P, "Second Reading on 29 November 2024", "29 November 2024", "date", 2024, 2024, "year", Y, "second reading date"),
 ("p-55", P, "with a majority of 55", "55", "count", 55, 55, "votes", Y, "second reading majority"),
 ("p-lords", P, "First Reading on 23 June 2025", "23 June 2025", "date", 2025, 2025, "year", Y, "lords first reading date"),
 ("p-6moq", P, "with six months or less to live", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("p-thous", P, "but thousands of our patients", "thousands", "count", None, None, "patients", N, "vague"),
 ("p-18", P, "aged 18 or over, ordinarily", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("p-6mo", P, "expected to die within six months", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("p-twodoc", P, "Two independent doctors must", "Two", "count", 2, 2, "doctors", Y, "doctors assessing each case"),
 ("p-7d", P, "reflection of seven days", "seven days", "duration", 7, 7, "days", Y, "first reflection period (between doctors)"),
 ("p-twoass", P, "between the two assessments", "two", "count", 2, 2, "assessments", N, "aside"),
 ("p-14d", P, "reflection of 14 days", "14 days", "duration", 14, 14, "days", Y, "reflection period after panel approval"),
 ("p-48h", P, "reduced to 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "shortened reflection period"),
 ("p-1mo", P, "expected within one month", "one month", "duration", 1, 1, "months", N, "fast-track condition"),
 ("p-3yr", P, "no later than three years", "three years", "duration", 3, 3, "years", Y, "implementation backstop"),
 ("p-may", P, "published in May", "May", "date", 2025, 2025, "year", Y, "impact assessment publication"),
 ("p-yr10", P, "between 1,042 and 4,559", "1,042 and 4,559", "count", 1042, 4559, "deaths", Y, "IA year-10 range"),
 ("p-tenth", P, "tenth year of operation", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("p-cost", P, "between £10.9 million and £16.3 million", "£10.9 million and £16.3 million", "money", 10900000, 16300000, "GBP", Y, "panels + commissioner annual cost"),
 ("p-6staff", P, "at least 6 health and care", "6", "count", 6, 6, "staff", Y, "staff per completed case"),
 ("p-23h", P, "total of 23 hours", "23 hours", "duration", 23, 23, "hours", Y, "staff hours per completed case"),
 ("p-45m", P, "will invest £4.5 million", "£4.5 million", "money", 4500000, 4500000, "GBP", Y, "calderbrook training investment"),
 ("p-2yr", P, "over the next two years", "two years", "duration", 2, 2, "years", Y, "calderbrook investment period"),
 ("p-10k", P, "more than 10,000 adults", "10,000", "count", 10000, 10000, "respondents", Y, "opinium 2024 sample size"),
 ("p-2024", P, "Dignity in Dying in 2024", "2024", "date", 2024, 2024, "year", N, "poll year"),
 ("p-75", P, "found that 75% of respondents", "75%", "percent", 75, 75, "%", Y, "opinium 2024 support"),
 ("p-1987", P, "Founded in 1987", "1987", "date", 1987, 1987, "year", N, "about section"),
 ("p-11", P, "operates 11 inpatient", "11", "count", 11, 11, "hospices", N, "about section"),
 ("p-9000", P, "more than 9,000 patients", "9,000", "count", 9000, 9000, "patients", N, "about section"),
 ("p-2400", P, "around 2,400 people", "2,400", "count", 2400, 2400, "employees", N, "about section"),

 # ---- AD03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-18", A, "aged 18 or over with", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("a-6mo", A, "prognosis of six months or less", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("a-3rdate", A, "third reading on 20 June 2025", "20 June 2025", "date", 2025, 2025, "year", Y, "third reading date"),
 ("a-314", A, "by 314 votes to 291, after", "314", "count", 314, 314, "votes", Y, "third reading votes for"),
 ("a-291", A, "314 votes to 291, after", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("a-45", A, "majority of 45", "45", "count", 45, 45, "votes", Y, "second reading majority"),
 ("a-nov24", A, "45 in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "second reading date"),
 ("a-fy", A, "projected 164 to 787", "164 to 787", "count", 164, 787, "deaths", Y, "IA assisted deaths first year/period"),
 ("a-firstyr", A, "in the first year of a service and", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("a-yr10", A, "and 1,042 to 4,559 in the", "1,042 to 4,559", "count", 1042, 4559, "deaths", Y, "IA year-10 range"),
 ("a-tenth", A, "in the tenth year, with", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("a-2813", A, "central estimate of 2,813", "2,813", "count", 2813, 2813, "deaths", Y, "IA year-10 central estimate"),
 ("a-yrten", A, "2,813 for year ten", "year ten", "duration", 10, 10, "years", N, "timepoint"),
 ("a-oct29", A, "commencement in October 2029", "October 2029", "date", 2029, 2029, "year", Y, "IA assumed service start"),
 ("a-twoj", A, "use of assisted dying in two jurisdictions", "two", "count", 2, 2, "jurisdictions", N, "aside"),
 ("a-m2324", A, "Act reports for 2023 and 2024", "2023 and 2024", "date", 2023, 2024, "year", N, "data years"),
 ("a-m2023", A, "(MAID) for 2023.", "2023", "date", 2023, 2023, "year", N, "data year"),
 ("a-or24", A, "For Oregon 2024 (N", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-607", A, "N = 607", "607", "count", 607, 607, "prescriptions", Y, "oregon 2024 prescriptions"),
 ("a-376", A, "n=376 deaths", "376", "count", 376, 376, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("a-44k", A, "estimated 44,000 annual", "44,000", "count", 44000, 44000, "deaths", Y, "oregon all-cause annual deaths"),
 ("a-15343", A, "15,343 MAID provisions", "15,343", "count", 15343, 15343, "deaths", Y, "canada 2023 MAID deaths"),
 ("a-326k", A, "against 326,571 deaths", "326,571", "count", 326571, 326571, "deaths", Y, "canada all-cause deaths 2023"),
 ("a-can23", A, "326,571 deaths in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-581k", A, "the 581,363 deaths", "581,363", "count", 581363, 581363, "deaths", Y, "england and wales registered deaths 2023"),
 ("a-ew23", A, "England and Wales in 2023. Proportions", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-m2324b", A, "Oregon in 2023 and 2024 were", "2023 and 2024", "date", 2023, 2024, "year", N, "qualifier"),
 ("a-085", A, "made up 0.85%", "0.85%", "percent", 0.85, 0.85, "%", Y, "oregon DWDA share of all deaths 2024"),
 ("a-085ci", A, "(95% CI 0.77–0.94)", "0.77–0.94", "percent", 0.77, 0.94, "%", Y, "ci"),
 ("a-or24b", A, "in Oregon in 2024, against", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-470", A, "against 4.70%", "4.70%", "percent", 4.70, 4.70, "%", Y, "canada MAID share of all deaths 2023"),
 ("a-470ci", A, "4.63–4.77", "4.63–4.77", "percent", 4.63, 4.77, "%", Y, "ci"),
 ("a-can23b", A, "in Canada in 2023. Applied", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-4968", A, "implies 4,968", "4,968", "count", 4968, 4968, "deaths", Y, "projection E&W at oregon rate"),
 ("a-4968ci", A, "4,492–5,494", "4,492–5,494", "count", 4492, 5494, "deaths", Y, "ci"),
 ("a-27314", A, "implies 27,314", "27,314", "count", 27314, 27314, "deaths", Y, "projection E&W at canada rate"),
 ("a-27314ci", A, "26,895–27,739", "26,895–27,739", "count", 26895, 27739, "deaths", Y, "ci"),
 ("a-55x", A, "a 5.5-fold difference", "5.5-fold", "ratio", 5.5, 5.5, "x", Y, "canada vs oregon projection"),
 ("a-26", A, "fell by 2.6%", "2.6%", "percent", 2.6, 2.6, "%", Y, "oregon DWDA deaths fall 2023-2024"),
 ("a-386", A, "from 386 in 2023", "386", "count", 386, 386, "deaths", Y, "oregon 2023 DWDA deaths (revised)"),
 ("a-in23", A, "386 in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-376b", A, "to 376 in 2024", "376", "count", 376, 376, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("a-in24", A, "376 in 2024 while", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-82", A, "rose by 8.2%", "8.2%", "percent", 8.2, 8.2, "%", Y, "oregon prescriptions rise 2023-2024"),
 ("a-561", A, "from 561 to 607", "561", "count", 561, 561, "prescriptions", Y, "oregon 2023 prescriptions (revised)"),
 ("a-607b", A, "561 to 607;", "607", "count", 607, 607, "prescriptions", Y, "oregon 2024 prescriptions"),
 ("a-688", A, "from 68.8 (95% CI", "68.8", "ratio", 68.8, 68.8, "per 100 prescriptions", Y, "oregon deaths per 100 prescriptions 2023"),
 ("a-688ci", A, "64.9–72.5", "64.9–72.5", "ratio", 64.9, 72.5, "per 100 prescriptions", Y, "ci"),
 ("a-619", A, "to 61.9 (95% CI", "61.9", "ratio", 61.9, 61.9, "per 100 prescriptions", Y, "oregon deaths per 100 prescriptions 2024"),
 ("a-619ci", A, "58.0–65.7", "58.0–65.7", "ratio", 58.0, 65.7, "per 100 prescriptions", Y, "ci"),
 ("a-diff", A, "of −6.9 percentage points", "−6.9 percentage points", "percent", -6.9, -6.9, "pp", Y, "difference 2024 minus 2023"),
 ("a-diffci", A, "(95% CI −12.3 to −1.4", "−12.3 to −1.4", "percent", -12.3, -1.4, "pp", Y, "ci"),
 ("a-p", A, "P=0.014", "0.014", "pvalue", 0.014, 0.014, "p", N, "p-value"),
 ("a-2024d", A, "Of the 2024 Oregon deaths", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-43", A, "43 involved prescriptions", "43", "count", 43, 43, "deaths", Y, "oregon 2024 deaths from earlier prescriptions"),
 ("a-83", A, "83% of decedents", "83%", "percent", 83, 83, "%", Y, "oregon share aged 65+"),
 ("a-65", A, "aged 65 or older", "65", "age", 65, 65, "years", N, "definitional"),
 ("a-75", A, "(median age 75)", "75", "age", 75, 75, "years", Y, "oregon median age"),
 ("a-57", A, "57% had cancer", "57%", "percent", 57, 57, "%", Y, "oregon cancer share"),
 ("a-158", A, "rose 15.8% from", "15.8%", "percent", 15.8, 15.8, "%", Y, "canada MAID growth 2022-2023"),
 ("a-13241", A, "from 13,241 in 2022", "13,241", "count", 13241, 13241, "deaths", Y, "canada 2022 MAID deaths"),
 ("a-in22", A, "13,241 in 2022;", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("a-78", A, "median age was about 78", "78", "age", 78, 78, "years", Y, "canada median age"),
 ("a-64", A, "cited in 64% of cases", "64%", "percent", 64, 64, "%", Y, "canada cancer share"),
 ("a-uppt", A, "The IA's upper tenth-year estimate", "tenth-year", "duration", 10, 10, "years", N, "timepoint"),
 ("a-6x", A, "roughly six times as many", "six times", "ratio", 6, 6, "x", Y, "canada-rate vs IA upper bound"),
 ("a-1997", A, "took effect in 1997", "1997", "date", 1997, 1997, "year", Y, "oregon act in effect"),
 ("a-yrten2", A, "suggests that year-ten numbers", "year-ten", "duration", 10, 10, "years", N, "timepoint"),
 ("a-firstyr2", A, "approval from the first year", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("a-r1a", A, "2024 Data Summary. Portland", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("a-r1b", A, "Portland: OHA; 2025", "2025", "date", 2025, 2025, "year", N, "reference year"),
 ("a-r2a", A, "in Canada, 2023. Ottawa", "2023", "date", 2023, 2023, "year", N, "reference year"),
 ("a-r2b", A, "Ottawa; 2024", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("a-r3", A, "London; 2025", "2025", "date", 2025, 2025, "year", N, "reference year"),

 # ---- AD04 explainer (2025-06-23)
 ("e-upd", E, "Updated 23 June 2025", "23 June 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-twice", E, "(End of Life) Bill twice", "twice", "count", 2, 2, "votes", N, "aside"),
 ("e-jun20", E, "On 20 June, the House", "20 June", "date", 2025, 2025, "year", Y, "third reading date"),
 ("e-314", E, "by 314 votes to 291, a majority", "314", "count", 314, 314, "votes", Y, "third reading votes for"),
 ("e-291", E, "314 votes to 291, a majority", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("e-23", E, "a majority of 23. At", "23", "count", 23, 23, "votes", Y, "third reading majority"),
 ("e-nov24", E, "second reading in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "second reading date"),
 ("e-330", E, "by 330 votes to 275. Both", "330", "count", 330, 330, "votes", Y, "second reading votes for"),
 ("e-275", E, "330 votes to 275. Both", "275", "count", 275, 275, "votes", Y, "second reading votes against"),
 ("e-2015", E, "assisted dying since 2015", "2015", "date", 2015, 2015, "year", Y, "previous commons vote"),
 ("e-18", E, "be aged 18 or over;", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("e-res6", E, "for at least six months and be registered", "six months", "duration", 6, 6, "months", Y, "residency requirement"),
 ("e-6mo", E, "expected to die within six months;", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("e-7d", E, "reflection period of seven days", "seven days", "duration", 7, 7, "days", Y, "first reflection period (between doctors)"),
 ("e-three", E, "review panel of three people", "three", "count", 3, 3, "members", Y, "panel size"),
 ("e-14d", E, "wait another 14 days", "14 days", "duration", 14, 14, "days", Y, "reflection period after panel approval"),
 ("e-48h", E, "or 48 hours if", "48 hours", "duration", 48, 48, "hours", Y, "shortened reflection period"),
 ("e-1mo", E, "expected to die within one month", "one month", "duration", 1, 1, "months", N, "fast-track condition"),
 ("e-4yr", E, "no later than four years after", "four years", "duration", 4, 4, "years", Y, "implementation backstop"),
 ("e-thisyr", E, "complete their work this year", "this year", "date", 2025, 2025, "year", N, "conditional"),
 ("e-2029", E, "points to 2029 at the latest", "2029", "date", 2029, 2029, "year", Y, "latest service start"),
 ("e-oct29", E, "start date of October 2029", "October 2029", "date", 2029, 2029, "year", Y, "IA assumed service start"),
 ("e-fy", E, "between 164 and 787 assisted", "164 and 787", "count", 164, 787, "deaths", Y, "IA assisted deaths first year/period"),
 ("e-firstyr", E, "deaths in the first year, rising", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-yr10", E, "between 1,042 and 4,559 in the tenth", "1,042 and 4,559", "count", 1042, 4559, "deaths", Y, "IA year-10 range"),
 ("e-tenth", E, "in the tenth year. Even", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("e-1pct", E, "less than 1% of all deaths", "1%", "percent", 1, 1, "%", Y, "IA upper estimate share of E&W deaths (upper bound)"),
 ("e-sav1", E, "between £919,000 and £10.3 million in the first", "£919,000 and £10.3 million", "money", 919000, 10300000, "GBP", Y, "IA NHS savings first year"),
 ("e-firstyr2", E, "£10.3 million in the first year, because", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-569", E, "up to £56.9 million a year", "£56.9 million", "money", 56900000, 56900000, "GBP", Y, "IA NHS savings year 10 (upper)"),
 ("e-yrten", E, "by year ten.", "year ten", "duration", 10, 10, "years", N, "timepoint"),
 ("e-1997", E, "operated since 1997", "1997", "date", 1997, 1997, "year", Y, "oregon act in effect"),
 ("e-6or", E, "also uses a six-month prognosis", "six-month", "duration", 6, 6, "months", Y, "oregon prognosis limit"),
 ("e-2024", E, "In 2024, 607 people", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-607", E, "607 people there", "607", "count", 607, 607, "prescriptions", Y, "oregon 2024 prescriptions"),
 ("e-376", E, "and 376 died", "376", "count", 376, 376, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("e-09", E, "about 0.9% of all deaths", "0.9%", "percent", 0.9, 0.9, "%", Y, "oregon DWDA share of all deaths 2024"),
 ("e-15343", E, "recorded 15,343 assisted", "15,343", "count", 15343, 15343, "deaths", Y, "canada 2023 MAID deaths"),
 ("e-2023", E, "assisted deaths in 2023, which", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-41", E, "which was 4.1% of all", "4.1%", "percent", 4.1, 4.1, "%", Y, "canada MAID share of all deaths 2023"),
 ("e-may24", E, "in May 2024 by 70", "May 2024", "date", 2024, 2024, "year", Y, "scotland stage 1 vote date"),
 ("e-70", E, "by 70 votes to 56. The", "70", "count", 70, 70, "votes", Y, "scotland stage 1 votes for"),
 ("e-56", E, "70 votes to 56. The", "56", "count", 56, 56, "votes", Y, "scotland stage 1 votes against"),
 ("e-ygnov", E, "published in November 2024, 73%", "November 2024", "date", 2024, 2024, "year", N, "poll date"),
 ("e-73", E, "2024, 73% of people", "73%", "percent", 73, 73, "%", Y, "yougov nov 2024 support in principle"),
 ("e-13", E, "and 13% said it should not", "13%", "percent", 13, 13, "%", Y, "yougov nov 2024 oppose"),
 ("e-14yr", E, "sentence of up to 14 years", "14 years", "duration", 14, 14, "years", Y, "maximum sentence for assisting suicide"),

 # ---- AD05 blog (2025-07-02)
 ("b-pub", B, "2 July 2025 · 7 min read", "2 July 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap", B, "for the last time on 20 June", "20 June", "date", 2025, 2025, "year", N, "caption (third reading date)"),
 ("b-313", B, "by 313 votes to 291", "313", "count", 313, 313, "votes", Y, "third reading votes for"),
 ("b-291", B, "313 votes to 291, with", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("b-23", B, "with a majority of 23", "23", "count", 23, 23, "votes", Y, "third reading majority"),
 ("b-nov", B, "Back in November, at second", "November", "date", 2024, 2024, "year", Y, "second reading date"),
 ("b-330", B, "by 330 votes to 257", "330", "count", 330, 330, "votes", Y, "second reading votes for"),
 ("b-257", B, "330 votes to 257", "257", "count", 257, 257, "votes", Y, "second reading votes against"),
 ("b-224", B, "224 Labour MPs", "224", "count", 224, 224, "votes", Y, "labour MPs for at third reading"),
 ("b-june", B, "voted for it in June", "June", "date", 2025, 2025, "year", N, "qualifier (third reading)"),
 ("b-234", B, "down from 234 at second", "234", "count", 234, 234, "votes", Y, "labour MPs for at second reading"),
 ("b-18", B, "need to be 18 or over", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("b-12mo", B, "expected to die within 12 months", "12 months", "duration", 12, 12, "months", Y, "prognosis limit"),
 ("b-twodoc", B, "Two doctors must assess", "Two", "count", 2, 2, "doctors", Y, "doctors assessing each case"),
 ("b-6staff", B, "at least six health and care staff", "six", "count", 6, 6, "staff", Y, "staff per completed case"),
 ("b-32h", B, "for a total of 32 hours", "32 hours", "duration", 32, 32, "hours", Y, "staff hours per completed case"),
 ("b-2000", B, "about £2,000 a day", "£2,000", "money", 2000, 2000, "GBP", Y, "panel cost per day"),
 ("b-fortnight", B, "inside a fortnight", "a fortnight", "duration", 2, 2, "weeks", N, "aside"),
 ("b-1997", B, "a law since 1997", "1997", "date", 1997, 1997, "year", Y, "oregon act in effect"),
 ("b-6or", B, "the same six-month rule", "six-month", "duration", 6, 6, "months", Y, "oregon prognosis limit"),
 ("b-2024", B, "In 2024, 367 Oregonians", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-367", B, "367 Oregonians", "367", "count", 367, 367, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("b-92", B, "92% were in hospice", "92%", "percent", 92, 92, "%", Y, "oregon share in hospice"),
 ("b-47", B, "MAID was 4.7% of all", "4.7%", "percent", 4.7, 4.7, "%", Y, "canada MAID share of all deaths 2023"),
 ("b-2023", B, "deaths in Canada in 2023, 15,343", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-15343", B, "2023, 15,343 people", "15,343", "count", 15343, 15343, "deaths", Y, "canada 2023 MAID deaths"),
 ("b-lastnov", B, "survey last November", "last November", "date", 2024, 2024, "year", N, "poll date"),
 ("b-59a", B, "found 59% supported", "59%", "percent", 59, 59, "%", Y, "yougov support in principle and practice"),
 ("b-19", B, "another 19% supported", "19%", "percent", 19, 19, "%", Y, "yougov support in principle only"),
 ("b-65", B, "support at 65%", "65%", "percent", 65, 65, "%", Y, "more in common support"),
 ("b-13", B, "with 13% opposed", "13%", "percent", 13, 13, "%", Y, "more in common oppose"),
 ("b-59b", B, "And 59% of YouGov's", "59%", "percent", 59, 59, "%", Y, "yougov would consider for themselves"),
 ("b-thisyr", B, "becomes law this year", "this year", "date", 2025, 2025, "year", N, "conditional"),
 ("b-4yr", B, "up to four years to switch", "four years", "duration", 4, 4, "years", Y, "implementation backstop"),
 ("b-2yr", B, "original two-year timetable", "two-year", "duration", 2, 2, "years", Y, "original implementation plan"),
 ("b-oneemail", B, "One email a month", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-ward", B, "on our ward this year", "this year", "date", 2025, 2025, "year", N, "page furniture (related link)"),
 ("b-five", B, "Five things I wish", "Five", "count", 5, 5, "things", N, "page furniture (related link)"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- AD06 trade news (2025-05-15), hard-wrapped
 ("l-pub", L, "Thursday 15 May 2025", "15 May 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h6", L, "Assisted dying: six staff and 32", "six", "count", 6, 6, "staff", N, "headline repeat"),
 ("l-h32", L, "six staff and 32 hours per patient", "32 hours", "duration", 32, 32, "hours", N, "headline repeat"),
 ("l-6", L, "at least six health and care professionals", "six", "count", 6, 6, "staff", Y, "staff per completed case"),
 ("l-32", L, "a combined 32 hours", "32 hours", "duration", 32, 32, "hours", Y, "staff hours per completed case"),
 ("l-tmrw", L, "the Commons tomorrow for", "tomorrow", "date", 2025, 2025, "year", Y, "report stage date"),
 ("l-149", L, "The 149-page document", "149-page", "count", 149, 149, "pages", Y, "IA length"),
 ("l-may2", L, "on May 2, is", "May 2", "date", 2025, 2025, "year", Y, "impact assessment publication"),
 ("l-fy", L, "between 164 and 787 people", "164 and 787", "count", 164, 787, "deaths", Y, "IA assisted deaths first year/period"),
 ("l-6mofirst", L, "in the first six months of the service", "first six months", "duration", 6, 6, "months", N, "timepoint"),
 ("l-yr10", L, "between 1,042 and 4,559 a year", "1,042 and 4,559", "count", 1042, 4559, "deaths", Y, "IA year-10 range"),
 ("l-tenth", L, "by the tenth year", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("l-2183", L, "central estimate of 2,183", "2,183", "count", 2183, 2183, "deaths", Y, "IA year-10 central estimate"),
 ("l-oct29", L, "begin in October 2029", "October 2029", "date", 2029, 2029, "year", Y, "IA assumed service start"),
 ("l-11m", L, "more than £11 million", "£11 million", "money", 11000000, 11000000, "GBP", Y, "IA training cost first six months"),
 ("l-6mo2", L, "in the first six months alone", "first six months", "duration", 6, 6, "months", N, "timepoint"),
 ("l-cost", L, "between £10.9 million and £13.6 million", "£10.9 million and £13.6 million", "money", 10900000, 13600000, "GBP", Y, "panels + commissioner annual cost"),
 ("l-10m", L, "accounts for about £10 million", "£10 million", "money", 10000000, 10000000, "GBP", Y, "commissioner office annual cost"),
 ("l-sav1", L, "between £919,000 and £10.3 million in the first", "£919,000 and £10.3 million", "money", 919000, 10300000, "GBP", Y, "IA NHS savings first year"),
 ("l-firstyr", L, "£10.3 million in the first year and", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-sav10", L, "between £5.8 million and £59.6 million", "£5.8 million and £59.6 million", "money", 5800000, 59600000, "GBP", Y, "IA NHS savings year 10"),
 ("l-yrten", L, "£59.6 million by year ten", "year ten", "duration", 10, 10, "years", N, "timepoint"),
 ("l-12mo", L, "for at least 12 months", "12 months", "duration", 12, 12, "months", Y, "residency requirement"),
 ("l-18", L, "Applicants must be 18 or over", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("l-6mo", L, "expected to die within six months", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("l-7d", L, "after at least seven days", "seven days", "duration", 7, 7, "days", Y, "first reflection period (between doctors)"),
 ("l-7dp", L, "a further seven days for reflection", "seven days", "duration", 7, 7, "days", Y, "reflection period after panel approval"),
 ("l-48h", L, "shortened to 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "shortened reflection period"),
 ("l-1mo", L, "death is expected within a month", "a month", "duration", 1, 1, "months", N, "fast-track condition"),
 ("l-32q", L, "Thirty-two hours is", "Thirty-two hours", "duration", 32, 32, "hours", N, "quote repeat"),
 ("l-670", L, "where 670 people", "670", "count", 670, 670, "prescriptions", Y, "oregon 2024 prescriptions"),
 ("l-lastyr", L, "lethal prescriptions last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-376", L, "and 376 died", "376", "count", 376, 376, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("l-2023", L, "In 2023, the state", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-560", L, "reported 560 prescriptions", "560", "count", 560, 560, "prescriptions", Y, "oregon 2023 prescriptions (first report)"),
 ("l-367", L, "and 367 deaths", "367", "count", 367, 367, "deaths", Y, "oregon 2023 DWDA deaths (first report)"),
 ("l-lastnov", L, "bill last November", "last November", "date", 2024, 2024, "year", Y, "second reading date"),
 ("l-330", L, "by 330 votes to 275", "330", "count", 330, 330, "votes", Y, "second reading votes for"),
 ("l-275", L, "330 votes to 275", "275", "count", 275, 275, "votes", Y, "second reading votes against"),
 ("l-23mps", L, "a committee of 23 MPs", "23", "count", 23, 23, "MPs", Y, "public bill committee size"),
 ("l-29", L, "over 29 sittings", "29", "count", 29, 29, "sittings", Y, "committee sittings"),
 ("l-janmar", L, "between January and March", "January and March", "date", 2025, 2025, "year", N, "committee period"),
 ("l-2yr", L, "from two years to four years", "two years", "duration", 2, 2, "years", Y, "original implementation plan"),
 ("l-4yr", L, "to four years after Royal", "four years", "duration", 4, 4, "years", Y, "implementation backstop"),
 ("l-june", L, "vote expected in June", "June", "date", 2025, 2025, "year", N, "forecast third reading date"),
 ("l-ygnov", L, "a YouGov poll in November", "November", "date", 2024, 2024, "year", N, "poll date"),
 ("l-75", L, "found 75% support", "75%", "percent", 75, 75, "%", Y, "yougov nov 2024 support in principle"),
 ("l-tue", L, "MSPs on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "scotland stage 1 vote date"),
 ("l-70", L, "by 70 votes to 56", "70", "count", 70, 70, "votes", Y, "scotland stage 1 votes for"),
 ("l-56", L, "70 votes to 56.", "56", "count", 56, 56, "votes", Y, "scotland stage 1 votes against"),

 # ---- AD07 fact-check (2025-06-27)
 ("f-pub", F, "Fact check · 27 June 2025", "27 June 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h55", F, "pass the bill by 55 votes", "55", "count", 55, 55, "votes", N, "post claim (headline)"),
 ("f-hnext", F, "will not start \"next year\"", "next year", "date", 2026, 2026, "year", N, "post claim (headline)"),
 ("f-plastwk", F, "MPs voted last week by", "last week", "date", 2025, 2025, "year", N, "post claim"),
 ("f-p55", F, "by a majority of 55 to bring", "55", "count", 55, 55, "votes", N, "post claim"),
 ("f-pnext", F, "assisted suicide from next year", "next year", "date", 2026, 2026, "year", N, "post claim"),
 ("f-p12", F, "say 12 people a day", "12", "count", 12, 12, "deaths per day", N, "post claim"),
 ("f-v23", F, "the final vote was 23", "23", "count", 23, 23, "votes", Y, "third reading majority"),
 ("f-v12", F, "and the \"12 a day\" figure", "12", "count", 12, 12, "deaths per day", N, "post claim (verdict)"),
 ("f-vtenth", F, "estimate for the tenth year of a service, not", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("f-8000", F, "more than 8,000 times", "8,000", "count", 8000, 8000, "shares", N, "virality"),
 ("f-thu", F, "times by Thursday", "Thursday", "date", 2025, 2025, "year", N, "as-of"),
 ("f-two", F, "mixes up two different votes", "two", "count", 2, 2, "votes", N, "aside"),
 ("f-jun20", F, "third reading on June 20", "June 20", "date", 2025, 2025, "year", Y, "third reading date"),
 ("f-314", F, "by 314 votes to 291", "314", "count", 314, 314, "votes", Y, "third reading votes for"),
 ("f-291", F, "314 votes to 291", "291", "count", 291, 291, "votes", Y, "third reading votes against"),
 ("f-23", F, "a majority of 23, after", "23", "count", 23, 23, "votes", Y, "third reading majority"),
 ("f-5h", F, "after five hours of debate", "five hours", "duration", 5, 5, "hours", Y, "third reading debate length"),
 ("f-55", F, "The majority of 55 comes", "55", "count", 55, 55, "votes", Y, "second reading majority"),
 ("f-nov29", F, "on November 29, 2024", "November 29, 2024", "date", 2024, 2024, "year", Y, "second reading date"),
 ("f-330", F, "when 330 MPs voted", "330", "count", 330, 330, "votes", Y, "second reading votes for"),
 ("f-275", F, "and 275 against", "275", "count", 275, 275, "votes", Y, "second reading votes against"),
 ("f-2016", F, "assisted dying since 2016", "2016", "date", 2016, 2016, "year", Y, "previous commons vote"),
 ("f-4yr", F, "up to four years to bring", "four years", "duration", 4, 4, "years", Y, "implementation backstop"),
 ("f-may2", F, "published on May 2", "May 2", "date", 2025, 2025, "year", Y, "impact assessment publication"),
 ("f-oct28", F, "start date of October 2028", "October 2028", "date", 2028, 2028, "year", Y, "IA assumed service start"),
 ("f-nextq", F, "power in the bill to begin \"next year\"", "next year", "date", 2026, 2026, "year", N, "post claim (quoted)"),
 ("f-12real", F, "The \"12 a day\" figure is real", "12", "count", 12, 12, "deaths per day", N, "post claim (quoted)"),
 ("f-yr10", F, "between 1,042 and 4,559", "1,042 and 4,559", "count", 1042, 4559, "deaths", Y, "IA year-10 range"),
 ("f-tenth", F, "in the tenth year of a service. The", "tenth year", "duration", 10, 10, "years", N, "timepoint"),
 ("f-12calc", F, "works out at roughly 12 a day", "12", "count", 12, 12, "deaths per day", Y, "IA year-10 upper per day"),
 ("f-firstyr", F, "For the first year, the estimate", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("f-fy", F, "was 164 to 787", "164 to 787", "count", 164, 787, "deaths", Y, "IA assisted deaths first year/period"),
 ("f-042", F, "between about 0.4 and 2 deaths a day", "0.4 and 2", "count", 0.4, 2, "deaths per day", Y, "IA first-year per day"),
 ("f-yrten", F, "central estimate for year ten", "year ten", "duration", 10, 10, "years", N, "timepoint"),
 ("f-2183", F, "year ten was 2,183", "2,183", "count", 2183, 2183, "deaths", Y, "IA year-10 central estimate"),
 ("f-6aday", F, "or about 6 a day", "6", "count", 6, 6, "deaths per day", Y, "IA year-10 central per day"),
 ("f-1pct", F, "below 1% of deaths", "1%", "percent", 1, 1, "%", Y, "IA upper estimate share of E&W deaths (upper bound)"),
 ("f-6or", F, "similar six-month rule", "six-month", "duration", 6, 6, "months", Y, "oregon prognosis limit"),
 ("f-376", F, "recorded 376 assisted", "376", "count", 376, 376, "deaths", Y, "oregon 2024 DWDA deaths"),
 ("f-607", F, "and 607 prescriptions in 2024", "607", "count", 607, 607, "prescriptions", Y, "oregon 2024 prescriptions"),
 ("f-2024", F, "607 prescriptions in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-09", F, "about 0.9% of all deaths", "0.9%", "percent", 0.9, 0.9, "%", Y, "oregon DWDA share of all deaths 2024"),
 ("f-18", F, "must be at least 18", "18", "age", 18, 18, "years", Y, "minimum age"),
 ("f-12mo", F, "for at least 12 months", "12 months", "duration", 12, 12, "months", Y, "residency requirement"),
 ("f-6mo", F, "expected to die within six months", "six months", "duration", 6, 6, "months", Y, "prognosis limit"),
 ("f-twodoc", F, "Two doctors and a", "Two", "count", 2, 2, "doctors", Y, "doctors assessing each case"),
 ("f-three", F, "a three-member review panel", "three-member", "count", 3, 3, "members", Y, "panel size"),
 ("f-r55", F, "passed the bill by 55 votes last week", "55", "count", 55, 55, "votes", N, "post claim (ruling)"),
 ("f-rlastwk", F, "55 votes last week is false", "last week", "date", 2025, 2025, "year", N, "post claim (ruling)"),
 ("f-r23", F, "the majority was 23", "23", "count", 23, 23, "votes", Y, "third reading majority (ruling)"),
 ("f-rnext", F, "will start next year is false", "next year", "date", 2026, 2026, "year", N, "post claim (ruling)"),
 ("f-r2028", F, "in the autumn of 2028", "autumn of 2028", "date", 2028, 2028, "year", Y, "IA assumed service start (ruling)"),
 ("f-r12", F, "claim that 12 people a day", "12", "count", 12, 12, "deaths per day", N, "post claim (ruling)"),
 ("f-ryrten", F, "upper estimate for year ten.", "year ten", "duration", 10, 10, "years", N, "timepoint"),
 ("f-s1", F, "lists, 29 November 2024 and 20 June 2025", "29 November 2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "29 November 2024 and 20 June 2025", "20 June 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "impact assessment, May 2025", "May 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "Act 2024 Data Summary", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s5", F, "\"Three quarters support", "Three quarters", "percent", 75, 75, "%", N, "sources line (yougov headline)"),
 ("f-s6", F, "22 November 2024", "22 November 2024", "date", 2024, 2024, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 second-reading votes against: 257 vs 275
 ("b-257", "w-275", S), ("b-257", "e-275", S), ("b-257", "l-275", S), ("b-257", "f-275", S),
 # S2 third-reading votes for: 341 vs 314 (and vs 313)
 ("p-341", "w-314", S), ("p-341", "a-314", S), ("p-341", "e-314", S), ("p-341", "f-314", S), ("p-341", "b-313", S),
 # S3 Labour MPs for at third reading: 234 vs 224
 ("w-lab234", "b-224", S),
 # S4 second-reading majority: 45 vs 55
 ("a-45", "w-55", S), ("a-45", "p-55", S), ("a-45", "f-55", S),
 # S5 residency requirement: six months vs 12 months
 ("e-res6", "w-12mo", S), ("e-res6", "l-12mo", S), ("e-res6", "f-12mo", S),
 # S6 prognosis limit: 12 months vs six months
 ("b-12mo", "w-6mo", S), ("b-12mo", "p-6moq", S), ("b-12mo", "p-6mo", S), ("b-12mo", "a-6mo", S),
 ("b-12mo", "e-6mo", S), ("b-12mo", "l-6mo", S), ("b-12mo", "f-6mo", S),
 # S7 reflection after panel approval: seven days vs 14 days
 ("l-7dp", "w-14d", S), ("l-7dp", "p-14d", S), ("l-7dp", "e-14d", S),
 # S8 implementation backstop: three years vs four years
 ("p-3yr", "w-4yr", S), ("p-3yr", "e-4yr", S), ("p-3yr", "b-4yr", S), ("p-3yr", "l-4yr", S), ("p-3yr", "f-4yr", S),
 # S9 IA assumed start: October 2028 vs October 2029
 ("f-oct28", "a-oct29", S), ("f-oct28", "e-oct29", S), ("f-oct28", "l-oct29", S),
 ("f-r2028", "a-oct29", S), ("f-r2028", "e-oct29", S), ("f-r2028", "l-oct29", S),
 # S10 IA year-10 upper estimate: 4,955 vs 4,559
 ("w-4955", "p-yr10", S), ("w-4955", "a-yr10", S), ("w-4955", "e-yr10", S), ("w-4955", "l-yr10", S), ("w-4955", "f-yr10", S),
 # S11 IA year-10 central estimate: 2,813 vs 2,183
 ("a-2813", "l-2183", S), ("a-2813", "f-2183", S),
 # S12 panels + commissioner annual cost: £10.9m-£16.3m vs £10.9m-£13.6m
 ("p-cost", "l-cost", S),
 # S13 IA NHS savings in year 10 (upper): £56.9m vs £59.6m
 ("e-569", "l-sav10", S),
 # S14 Oregon 2024 DWDA deaths: 367 vs 376
 ("b-367", "a-376", S), ("b-367", "a-376b", S), ("b-367", "e-376", S), ("b-367", "l-376", S), ("b-367", "f-376", S),
 # S15 Oregon 2024 prescriptions: 670 vs 607
 ("l-670", "a-607", S), ("l-670", "a-607b", S), ("l-670", "e-607", S), ("l-670", "f-607", S),
 # S16 Canada 2023 MAID share of deaths: 4.1% vs 4.7%
 ("e-41", "a-470", S), ("e-41", "b-47", S),
 # S17 YouGov Nov 2024 support in principle: 75% vs 73%
 ("l-75", "w-73", S), ("l-75", "e-73", S),
 # S18 Scotland stage-1 vote year: May 2024 vs 2025
 ("e-may24", "w-lastmo2", S), ("e-may24", "l-tue", S),
 # S19 previous Commons vote year: 2016 vs 2015
 ("f-2016", "w-2015", S), ("f-2016", "e-2015", S),
 # S20 staff hours per completed case: 23 vs 32
 ("p-23h", "b-32h", S), ("p-23h", "l-32", S),
 # Qualified
 ("b-313", "w-314", Q), ("b-313", "a-314", Q), ("b-313", "e-314", Q), ("b-313", "f-314", Q),
 ("l-367", "a-386", Q), ("l-560", "a-561", Q),
 ("w-debate", "f-5h", Q),
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
        rows.append({"type": "claim", "id": f"ad-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ad-{a}", f"ad-{b}"
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
