#!/usr/bin/env python3
"""Build donidalorsen.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "donidalorsen")
OUT = os.path.join(HERE, "donidalorsen.gold.jsonl")
T = "donidalorsen"

W, P, A, E, B, L, F = ("DN01_wire.txt", "DN02_press.txt", "DN03_abstract.txt",
                       "DN04_explainer.txt", "DN05_blog.txt", "DN06_trade.txt", "DN07_factcheck.txt")
Y = True; N = False
WK = "weeks"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- DN01 wire (2025-08-22)
 ("w-dl", W, "Calif., Aug 22 (Meridian", "Aug 22", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "Administration on Thursday approved", "Thursday", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("w-12", W, "people aged 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("w-57462", W, "list price of $57,462 per dose", "$57,462", "money", 57462, 57462, "USD", Y, "us list price per dose"),
 ("w-740k", W, "start at about $740,000", "$740,000", "money", 740000, 740000, "USD", Y, "us annual cost at q4w (company)"),
 ("w-single", W, "The drug is a single 80-milligram", "single", "count", 1, 1, "injections", N, "injections per dose"),
 ("w-80", W, "single 80-milligram injection", "80-milligram", "dose", 80, 80, "mg", Y, "dose"),
 ("w-q4", W, "autoinjector once every four weeks", "once every four weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("w-q8", W, "to once every eight weeks. Each", "once every eight weeks", "duration", 8, 8, WK, Y, "alternative dosing interval"),
 ("w-10s", W, "takes about 10 seconds", "10 seconds", "duration", 10, 10, "seconds", Y, "injection time"),
 ("w-7000", W, "an estimated 7,000 people", "7,000", "count", 7000, 7000, "people", Y, "us hae prevalence"),
 ("w-64", W, "OASIS-HAE trial of 64 patients", "64", "count", 64, 64, "patients", Y, "oasis-hae trial size"),
 ("w-87", W, "reduced attacks by 87% compared", "87%", "percent", 87, 87, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("w-24wk", W, "a placebo over 24 weeks", "24 weeks", "duration", 24, 24, WK, N, "trial period"),
 ("w-lastyr", W, "were published last year", "last year", "date", 2024, 2024, "year", Y, "nejm publication date"),
 ("w-94", W, "showed a 94% reduction", "94%", "percent", 94, 94, "%", Y, "ole one-year mean attack-rate reduction"),
 ("w-1yr", W, "from baseline after one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-q8b", W, "with the every-eight-weeks schedule", "every-eight-weeks", "duration", 8, 8, WK, N, "dosing interval (repeat)"),
 ("w-62", W, "by a further 62% over", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("w-16wk", W, "62% over 16 weeks", "16 weeks", "duration", 16, 16, WK, Y, "switch analysis period"),
 ("w-11pct", W, "were up 1.1% in", "1.1%", "percent", 1.1, 1.1, "%", N, "share move"),
 ("w-tq2", W, "Takhzyro, injected every two weeks", "every two weeks", "duration", 2, 2, WK, Y, "takhzyro dosing interval"),
 ("w-t87", W, "an average of 87% versus placebo", "87%", "percent", 87, 87, "%", Y, "takhzyro reduction vs placebo"),
 ("w-65mo", W, "over 6.5 months", "6.5 months", "duration", 6.5, 6.5, "months", Y, "takhzyro pivotal trial length"),
 ("w-daily", W, "is a once-daily pill", "once-daily", "duration", 1, 1, "days", N, "orladeyo dosing interval"),
 ("w-june", W, "Andembry, approved in June", "June", "date", 2025, 2025, "year", Y, "andembry us approval date"),
 ("w-monthly", W, "is injected once a month", "once a month", "duration", 1, 1, "months", Y, "andembry dosing interval"),
 ("w-11", W, "has now approved 11 treatments", "11", "count", 11, 11, "treatments", Y, "fda-approved hae treatments"),
 ("w-2008", W, "for HAE since 2008", "2008", "date", 2008, 2008, "year", Y, "count period start"),
 ("w-three", W, "three of them in the past", "three", "count", 3, 3, "treatments", Y, "hae approvals in past two months"),
 ("w-2mo", W, "in the past two months", "two months", "duration", 2, 2, "months", N, "period"),
 ("w-eom", W, "home every other month", "every other month", "duration", 2, 2, "months", N, "q8w paraphrase"),
 ("w-500m", W, "could top $500 million a year", "$500 million", "money", 500000000, 500000000, "USD", Y, "ionis global annual sales expectation"),

 # ---- DN02 press (2026-01-21)
 ("p-h12", P, "in Patients Aged 12 Years and Older", "12", "age", 12, 12, "years", N, "headline repeat"),
 ("p-b48", P, "autoinjector every four or eight weeks", "four or eight weeks", "duration", 4, 8, WK, N, "bullet: dosing intervals"),
 ("p-15k", P, "affects approximately 15,000 people in Europe", "15,000", "count", 15000, 15000, "people", Y, "europe hae prevalence"),
 ("p-dl", P, "CARLSBAD, Calif., January 21, 2026", "January 21, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("p-12", P, "adolescents aged 12 years and older.", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("p-jan26", P, "The January 2026 authorisation", "January 2026", "date", 2026, 2026, "year", Y, "ec approval date"),
 ("p-27", P, "valid in all 27 EU", "27", "count", 27, 27, "countries", N, "aside"),
 ("p-nov25", P, "(CHMP) in November 2025", "November 2025", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("p-aug25", P, "Administration in August 2025", "August 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("p-50", P, "Around 50% of people", "50%", "percent", 50, 50, "%", Y, "share with first symptoms by age 10"),
 ("p-age10", P, "by the age of 10,", "10", "age", 10, 10, "years", N, "qualifier age"),
 ("p-age18", P, "by the age of 18", "18", "age", 18, 18, "years", N, "qualifier age"),
 ("p-six", P, "as rarely as six times a year", "six", "count", 6, 6, "injections", N, "quote: injections per year at q8w"),
 ("p-90", P, "OASIS-HAE study (n=90)", "90", "count", 90, 90, "patients", Y, "oasis-hae treated patients"),
 ("p-80", P, "donidalorsen 80 mg given every", "80 mg", "dose", 80, 80, "mg", Y, "dose"),
 ("p-q4", P, "80 mg given every four weeks (Q4W)", "every four weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("p-81", P, "four weeks by 81% compared", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("p-perfour", P, "rate of HAE attacks per four weeks", "four weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("p-24wk", P, "placebo over 24 weeks (mean", "24 weeks", "duration", 24, 24, WK, N, "trial period"),
 ("p-044", P, "(mean attack rate 0.44 vs", "0.44", "rate", 0.44, 0.44, "attacks/4wk", Y, "q4w ls mean attack rate"),
 ("p-226", P, "0.44 vs 2.26)", "2.26", "rate", 2.26, 2.26, "attacks/4wk", Y, "placebo ls mean attack rate"),
 ("p-q8", P, "Dosing every eight weeks (Q8W)", "every eight weeks", "duration", 8, 8, WK, Y, "alternative dosing interval"),
 ("p-55", P, "produced a 55% reduction", "55%", "percent", 55, 55, "%", Y, "q8w reduction vs placebo"),
 ("p-120", P, "(mean attack rate 1.20)", "1.20", "rate", 1.20, 1.20, "attacks/4wk", Y, "q8w ls mean attack rate"),
 ("p-wk525", P, "from week 5 to week 25", "week 5 to week 25", "week", 5, 25, "week", N, "analysis window"),
 ("p-87", P, "Q4W dosing was 87%", "87%", "percent", 87, 87, "%", Y, "q4w reduction vs placebo, weeks 5-25"),
 ("p-n45", P, "donidalorsen Q4W (n=45)", "45", "count", 45, 45, "patients", Y, "q4w arm size"),
 ("p-n23", P, "donidalorsen Q8W (n=23)", "23", "count", 23, 23, "patients", Y, "q8w arm size"),
 ("p-n22", P, "or placebo (n=22)", "22", "count", 22, 22, "patients", Y, "placebo arm size"),
 ("p-94roll", P, "period, 94% (n=83)", "94%", "percent", 94, 94, "%", Y, "ole rollover share"),
 ("p-83", P, "94% (n=83)", "83", "count", 83, 83, "patients", Y, "ole rollover count"),
 ("p-1yr", P, "After one year of treatment", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-94", P, "rate was 94% lower", "94%", "percent", 94, 94, "%", Y, "ole one-year mean attack-rate reduction"),
 ("p-64", P, "A total of 64 patients", "64", "count", 64, 64, "patients", Y, "switch cohort size"),
 ("p-62", P, "by a further 62% by week 17", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("p-wk17", P, "62% by week 17", "week 17", "week", 17, 17, "week", N, "switch analysis timepoint"),
 ("p-84", P, "and 84% (n=55)", "84%", "percent", 84, 84, "%", Y, "switch preference share"),
 ("p-55n", P, "84% (n=55)", "55", "count", 55, 55, "patients", Y, "switch preference count"),
 ("p-2023", P, "agreement signed in 2023", "2023", "date", 2023, 2023, "year", Y, "otsuka licence date"),
 ("p-15m", P, "triggers a $15 million milestone", "$15 million", "money", 15000000, 15000000, "USD", Y, "eu approval milestone payment"),
 ("p-ab80", P, "as an 80 mg/0.8 mL", "80 mg", "dose", 80, 80, "mg", N, "about section"),
 ("p-ab08", P, "80 mg/0.8 mL single-dose", "0.8 mL", "volume", 0.8, 0.8, "mL", N, "about section"),
 ("p-abaug", P, "approved on August 21, 2025", "August 21, 2025", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("p-ab12", P, "pediatric patients 12 years of age", "12", "age", 12, 12, "years", N, "about section"),
 ("p-7000", P, "affects approximately 7,000 people", "7,000", "count", 7000, 7000, "people", Y, "us hae prevalence"),
 ("p-1921", P, "founded in Japan in 1921", "1921", "date", 1921, 1921, "year", N, "about section"),
 ("p-3dec", P, "For more than three decades", "three decades", "duration", 30, 30, "years", N, "about section"),

 # ---- DN03 abstract (2024-06-12)
 ("a-pub", A, "Published online 12 June 2024", "12 June 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-may24", A, "published online 31 May 2024", "31 May 2024", "date", 2024, 2024, "year", Y, "nejm publication date"),
 ("a-p2n", A, "phase 2 trial of 20 patients", "20", "count", 20, 20, "patients", Y, "phase 2 trial size"),
 ("a-p290", A, "reduced the attack rate by 90% relative", "90%", "percent", 90, 90, "%", Y, "phase 2 reduction vs placebo"),
 ("a-2yr", A, "in the 2-year interim analysis", "2-year", "duration", 2, 2, "years", Y, "phase 2 ole follow-up"),
 ("a-17", A, "extension (17 patients", "17", "count", 17, 17, "patients", Y, "phase 2 ole patients"),
 ("a-ole80a", A, "flexible dosing of 80 mg every 4", "80 mg", "dose", 80, 80, "mg", N, "phase 2 ole dose option"),
 ("a-oleq4a", A, "dosing of 80 mg every 4 weeks, 80 mg", "every 4 weeks", "duration", 4, 4, WK, N, "phase 2 ole interval option"),
 ("a-ole80b", A, "weeks, 80 mg every 8 weeks or 100", "80 mg", "dose", 80, 80, "mg", N, "phase 2 ole dose option"),
 ("a-oleq8", A, "80 mg every 8 weeks or 100", "every 8 weeks", "duration", 8, 8, WK, N, "phase 2 ole interval option"),
 ("a-ole100", A, "or 100 mg every 4 weeks)", "100 mg", "dose", 100, 100, "mg", N, "phase 2 ole high-dose option"),
 ("a-oleq4b", A, "100 mg every 4 weeks)", "every 4 weeks", "duration", 4, 4, WK, N, "phase 2 ole interval option"),
 ("a-96", A, "rate was 96% below", "96%", "percent", 96, 96, "%", Y, "phase 2 ole reduction from baseline"),
 ("a-39", A, "trial at 39 sites", "39", "count", 39, 39, "sites", Y, "oasis-hae sites"),
 ("a-13", A, "sites in 13 countries", "13", "count", 13, 13, "countries", Y, "oasis-hae countries"),
 ("a-12", A, "patients aged 12 years or older", "12", "age", 12, 12, "years", Y, "minimum age (trial eligibility)"),
 ("a-2att", A, "at least 2 investigator-confirmed attacks", "2", "count", 2, 2, "attacks", N, "eligibility"),
 ("a-8wrun", A, "during an 8-week run-in", "8-week", "duration", 8, 8, WK, N, "run-in length"),
 ("a-21", A, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "ratio", N, "definitional"),
 ("a-4wcoh", A, "ratio to a 4-week or an 8-week", "4-week", "duration", 4, 4, WK, N, "cohort interval"),
 ("a-8wcoh", A, "or an 8-week dosing cohort", "8-week", "duration", 8, 8, WK, N, "cohort interval"),
 ("a-31", A, "in a 3:1 ratio", "3:1", "ratio", 3, 3, "ratio", N, "definitional"),
 ("a-80", A, "subcutaneous donidalorsen 80 mg or matching", "80 mg", "dose", 80, 80, "mg", Y, "dose"),
 ("a-24wk", A, "matching placebo for 24 weeks", "24 weeks", "duration", 24, 24, WK, Y, "treatment period"),
 ("a-per4a", A, "attacks per 4 weeks from week 1", "4 weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("a-wk125a", A, "per 4 weeks from week 1 to week 25. Key", "week 1 to week 25", "week", 1, 25, "week", N, "analysis window"),
 ("a-wk525a", A, "attack rate from week 5 to week 25 and", "week 5 to week 25", "week", 5, 25, "week", N, "analysis window"),
 ("a-91", A, "N = 91", "91", "count", 91, 91, "patients", Y, "oasis-hae randomized"),
 ("a-90", A, "and 90 received", "90", "count", 90, 90, "patients", Y, "oasis-hae treated patients"),
 ("a-onedose", A, "at least one dose of trial drug", "one", "count", 1, 1, "doses", N, "definitional"),
 ("a-q4n", A, "donidalorsen every 4 weeks, n=45", "every 4 weeks", "duration", 4, 4, WK, N, "arm label"),
 ("a-n45", A, "n=45", "45", "count", 45, 45, "patients", Y, "q4w arm size"),
 ("a-q8n", A, "donidalorsen every 8 weeks, n=22", "every 8 weeks", "duration", 8, 8, WK, N, "arm label"),
 ("a-n22", A, "n=22; pooled", "22", "count", 22, 22, "patients", Y, "q8w arm size"),
 ("a-n23", A, "pooled placebo, n=23", "23", "count", 23, 23, "patients", Y, "placebo arm size"),
 ("a-90b", A, "Of the 90 treated", "90", "count", 90, 90, "patients", N, "repeat"),
 ("a-48", A, "patients, 48 (53%)", "48", "count", 48, 48, "patients", Y, "female patients"),
 ("a-53", A, "48 (53%)", "53%", "percent", 53, 53, "%", Y, "female share"),
 ("a-7", A, "and 7 were adolescents", "7", "count", 7, 7, "patients", Y, "adolescent patients"),
 ("a-per4b", A, "(attacks per 4 weeks) from", "4 weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("a-wk125b", A, "from week 1 to week 25 was", "week 1 to week 25", "week", 1, 25, "week", N, "analysis window"),
 ("a-044", A, "was 0.44 (95% CI", "0.44", "rate", 0.44, 0.44, "attacks/4wk", Y, "q4w ls mean attack rate"),
 ("a-044ci", A, "0.27 to 0.73", "0.27 to 0.73", "rate", 0.27, 0.73, "attacks/4wk", Y, "ci"),
 ("a-q4r", A, "0.73) with donidalorsen every 4 weeks", "every 4 weeks", "duration", 4, 4, WK, N, "arm label"),
 ("a-102", A, "weeks, 1.02 (95% CI", "1.02", "rate", 1.02, 1.02, "attacks/4wk", Y, "q8w ls mean attack rate"),
 ("a-102ci", A, "0.65 to 1.59", "0.65 to 1.59", "rate", 0.65, 1.59, "attacks/4wk", Y, "ci"),
 ("a-q8r", A, "1.59) with donidalorsen every 8 weeks", "every 8 weeks", "duration", 8, 8, WK, N, "arm label"),
 ("a-226", A, "and 2.26 (95% CI", "2.26", "rate", 2.26, 2.26, "attacks/4wk", Y, "placebo ls mean attack rate"),
 ("a-226ci", A, "1.66 to 3.09", "1.66 to 3.09", "rate", 1.66, 3.09, "attacks/4wk", Y, "ci"),
 ("a-81", A, "was 81% lower", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("a-81ci", A, "CI, 65 to 89", "65 to 89", "percent", 65, 89, "%", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-4wg1", A, "in the 4-week group than", "4-week", "duration", 4, 4, WK, N, "arm label"),
 ("a-diff", A, "difference of −1.82 attacks", "−1.82", "rate", -1.82, -1.82, "attacks/4wk", Y, "q4w minus placebo rate difference"),
 ("a-per4c", A, "−1.82 attacks per 4 weeks", "4 weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("a-55", A, "and 55% lower", "55%", "percent", 55, 55, "%", Y, "q8w reduction vs placebo"),
 ("a-55ci", A, "CI, 22 to 74", "22 to 74", "percent", 22, 74, "%", Y, "ci"),
 ("a-p004", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-8wg1", A, "in the 8-week group. From", "8-week", "duration", 8, 8, WK, N, "arm label"),
 ("a-wk525b", A, "From week 5 to week 25 the", "week 5 to week 25", "week", 5, 25, "week", N, "analysis window"),
 ("a-4wd", A, "reduction with 4-week dosing was", "4-week", "duration", 4, 4, WK, N, "arm label"),
 ("a-87", A, "dosing was 87%", "87%", "percent", 87, 87, "%", Y, "q4w reduction vs placebo, weeks 5-25"),
 ("a-med90", A, "baseline was 90% in", "90%", "percent", 90, 90, "%", Y, "q4w median reduction from baseline"),
 ("a-4wg2", A, "90% in the 4-week group, 83%", "4-week", "duration", 4, 4, WK, N, "arm label"),
 ("a-med83", A, "group, 83% in", "83%", "percent", 83, 83, "%", Y, "q8w median reduction from baseline"),
 ("a-8wg2", A, "83% in the 8-week group and", "8-week", "duration", 8, 8, WK, N, "arm label"),
 ("a-med16", A, "and 16% in the placebo", "16%", "percent", 16, 16, "%", Y, "placebo median reduction from baseline"),
 ("a-wk24", A, "At week 24", "week 24", "week", 24, 24, "week", N, "timepoint"),
 ("a-pkk73", A, "reduced by 73% with", "73%", "percent", 73, 73, "%", Y, "q4w pkk reduction"),
 ("a-4wd2", A, "73% with 4-week dosing", "4-week", "duration", 4, 4, WK, N, "arm label"),
 ("a-pkk47", A, "and by 47% with", "47%", "percent", 47, 47, "%", Y, "q8w pkk reduction"),
 ("a-8wd2", A, "47% with 8-week dosing", "8-week", "duration", 8, 8, WK, N, "arm label"),
 ("a-pkk2", A, "compared with 2% with placebo", "2%", "percent", 2, 2, "%", Y, "placebo pkk reduction"),
 ("a-83", A, "trial, 83 (94% of", "83", "count", 83, 83, "patients", Y, "ole rollover count"),
 ("a-94", A, "83 (94% of those eligible)", "94%", "percent", 94, 94, "%", Y, "ole rollover share"),
 ("a-53wk", A, "with up to 53 weeks", "53 weeks", "duration", 53, 53, WK, N, "interim treatment duration"),
 ("a-92", A, "at least 92% of them", "92%", "percent", 92, 92, "%", Y, "ole share of patients with lower attack rate"),
 ("a-cq4", A, "given every 4 weeks or every 8 weeks", "every 4 weeks", "duration", 4, 4, WK, N, "conclusion"),
 ("a-cq8", A, "every 4 weeks or every 8 weeks significantly", "every 8 weeks", "duration", 8, 8, WK, N, "conclusion"),
 ("a-c24", A, "placebo over 24 weeks, with", "24 weeks", "duration", 24, 24, WK, N, "conclusion"),
 ("a-c4wi", A, "at the 4-week interval", "4-week", "duration", 4, 4, WK, N, "conclusion"),
 ("a-twomeans", A, "subtraction of the two least-squares", "two", "count", 2, 2, "means", N, "digest note"),

 # ---- DN04 explainer (2025-10-15)
 ("e-upd", E, "Updated October 15, 2025", "October 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-aug24", E, "approved it in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-12", E, "for people 12 years of age", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("e-47", E, "levels by roughly 47%", "47%", "percent", 47, 47, "%", Y, "q4w pkk reduction"),
 ("e-80", E, "Each dose is 80 mg", "80 mg", "dose", 80, 80, "mg", Y, "dose"),
 ("e-08", E, "80 mg in 0.8 mL", "0.8 mL", "volume", 0.8, 0.8, "mL", N, "injection volume"),
 ("e-one1", E, "schedule is one injection every 4 weeks", "one", "count", 1, 1, "injections", N, "injections per dose"),
 ("e-q4", E, "one injection every 4 weeks. Your", "every 4 weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("e-one2", E, "consider one injection every 8 weeks", "one", "count", 1, 1, "injections", N, "injections per dose"),
 ("e-q8", E, "one injection every 8 weeks instead", "every 8 weeks", "duration", 8, 8, WK, Y, "alternative dosing interval"),
 ("e-10s", E, "takes about 10 seconds", "10 seconds", "duration", 10, 10, "seconds", Y, "injection time"),
 ("e-onetrain", E, "after one training session", "one", "count", 1, 1, "sessions", N, "aside"),
 ("e-90", E, "enrolled 90 people", "90", "count", 90, 90, "patients", Y, "oasis-hae treated patients"),
 ("e-two", E, "at least two attacks every eight weeks", "two", "count", 2, 2, "attacks", N, "eligibility"),
 ("e-8wk", E, "two attacks every eight weeks", "every eight weeks", "duration", 8, 8, WK, N, "eligibility window"),
 ("e-24wk", E, "Over 24 weeks, people", "24 weeks", "duration", 24, 24, WK, N, "trial period"),
 ("e-q4g", E, "on the every-4-weeks dose had", "every-4-weeks", "duration", 4, 4, WK, N, "arm label"),
 ("e-81", E, "had 81% fewer", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("e-87", E, "the reduction was 87%", "87%", "percent", 87, 87, "%", Y, "q4w reduction vs placebo, weeks 5-25"),
 ("e-q8g", E, "on the every-8-weeks dose had", "every-8-weeks", "duration", 8, 8, WK, N, "arm label"),
 ("e-55", E, "had 55% fewer", "55%", "percent", 55, 55, "%", Y, "q8w reduction vs placebo"),
 ("e-med90", E, "monthly dose had 90% fewer", "90%", "percent", 90, 90, "%", Y, "q4w median reduction from baseline"),
 ("e-65", E, "switch study, 65 patients", "65", "count", 65, 65, "patients", Y, "switch cohort size"),
 ("e-12wk", E, "for at least 12 weeks", "12 weeks", "duration", 12, 12, WK, Y, "prior prophylaxis minimum duration"),
 ("e-q4sw", E, "straight to Dawnzera every 4 weeks", "every 4 weeks", "duration", 4, 4, WK, N, "switch regimen"),
 ("e-62", E, "another 62% over", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("e-16wk", E, "62% over 16 weeks", "16 weeks", "duration", 16, 16, WK, Y, "switch analysis period"),
 ("e-84", E, "and 84% of those asked", "84%", "percent", 84, 84, "%", Y, "switch preference share"),
 ("e-57462", E, "list price is $57,462", "$57,462", "money", 57462, 57462, "USD", Y, "us list price per dose"),
 ("e-q4c", E, "On the every-4-weeks schedule", "every-4-weeks", "duration", 4, 4, WK, N, "schedule label"),
 ("e-13", E, "that is 13 injections a year", "13", "count", 13, 13, "injections", Y, "injections per year at q4w"),
 ("e-747k", E, "or about $747,000 before insurance", "$747,000", "money", 747000, 747000, "USD", Y, "us annual cost at q4w (list)"),
 ("e-q8c", E, "The every-8-weeks schedule needs", "every-8-weeks", "duration", 8, 8, WK, N, "schedule label"),
 ("e-half", E, "needs about half as many", "half", "ratio", 0.5, 0.5, "x", N, "q8w vs q4w injections"),
 ("e-7000", E, "about 7,000 people in the U.S.", "7,000", "count", 7000, 7000, "people", Y, "us hae prevalence"),
 ("e-1in4", E, "roughly 1 in 4 people", "1 in 4", "percent", 25, 25, "%", Y, "share without family history"),
 ("e-tq2", E, "Takhzyro is injected every 2 weeks", "every 2 weeks", "duration", 2, 2, WK, Y, "takhzyro dosing interval"),
 ("e-tq4", E, "stretch to every 4 weeks)", "every 4 weeks", "duration", 4, 4, WK, N, "takhzyro extended interval"),
 ("e-daily", E, "capsule taken once a day", "once a day", "duration", 1, 1, "days", N, "orladeyo dosing interval"),
 ("e-twice", E, "is injected twice a week", "twice a week", "count", 2, 2, "injections/week", N, "haegarda frequency"),
 ("e-monthly", E, "is injected once a month", "once a month", "duration", 1, 1, "months", Y, "andembry dosing interval"),
 ("e-age12b", E, "approved from age 12", "12", "age", 12, 12, "years", N, "repeat"),
 ("e-q8end", E, "as rarely as every 8 weeks", "every 8 weeks", "duration", 8, 8, WK, N, "summary"),

 # ---- DN05 blog (2026-03-04)
 ("b-t6mo", B, "Six months of Dawnzera", "Six months", "duration", 6, 6, "months", N, "headline"),
 ("b-pub", B, "March 4, 2026", "March 4, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-lastaug", B, "Dawnzera) last August", "last August", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-6mo", B, "now been about six months", "six months", "duration", 6, 6, "months", N, "aside"),
 ("b-jan25", B, "in January of last year", "January of last year", "date", 2025, 2025, "year", Y, "ec approval date"),
 ("b-q4g", B, "on the every-four-weeks dose had", "every-four-weeks", "duration", 4, 4, WK, N, "arm label"),
 ("b-81", B, "had 81% fewer", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("b-24wk", B, "over the 24-week study", "24-week", "duration", 24, 24, WK, N, "trial period"),
 ("b-q8g", B, "and the every-eight-weeks arm", "every-eight-weeks", "duration", 8, 8, WK, N, "arm label"),
 ("b-4wsch", B, "everyone on the four-week schedule", "four-week", "duration", 4, 4, WK, N, "schedule label"),
 ("b-92", B, "rate fall 92% after", "92%", "percent", 92, 92, "%", Y, "ole one-year mean attack-rate reduction"),
 ("b-1yr", B, "92% after one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-8wsch", B, "those on the eight-week schedule", "eight-week", "duration", 8, 8, WK, N, "schedule label"),
 ("b-4wgrp", B, "with the four-week group", "four-week", "duration", 4, 4, WK, N, "arm label"),
 ("b-17", B, "where 17 patients", "17", "count", 17, 17, "patients", Y, "phase 2 ole patients"),
 ("b-96", B, "had 96% fewer", "96%", "percent", 96, 96, "%", Y, "phase 2 ole reduction from baseline"),
 ("b-2yr", B, "over two years", "two years", "duration", 2, 2, "years", Y, "phase 2 ole follow-up"),
 ("b-100", B, "a 100 mg shot", "100 mg", "dose", 100, 100, "mg", Y, "dose"),
 ("b-q4", B, "100 mg shot every four weeks", "every four weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("b-64", B, "best evidence we have: 64 patients", "64", "count", 64, 64, "patients", Y, "switch cohort size"),
 ("b-62", B, "by a further 62%", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("b-370k", B, "roughly $370,000 a year", "$370,000", "money", 370000, 370000, "USD", Y, "us annual cost at q4w (list)"),
 ("b-65m", B, "pay Ionis $65 million", "$65 million", "money", 65000000, 65000000, "USD", Y, "eu approval milestone payment"),
 ("b-q2", B, "injecting every two weeks", "every two weeks", "duration", 2, 2, WK, N, "aside: takhzyro interval"),
 ("b-8wsch2", B, "possible, the eight-week schedule", "eight-week", "duration", 8, 8, WK, N, "schedule label"),
 ("b-yrexp", B, "when I have a year of experience", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-onemail", B, "One email a month", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-14c", B, "14 comments", "14", "count", 14, 14, "comments", N, "page furniture"),
 ("b-2d", B, "2 days ago", "2 days", "duration", 2, 2, "days", N, "page furniture"),
 ("b-nov", B, "from Takhzyro in November", "November", "date", 2025, 2025, "year", N, "comment"),
 ("b-onesmall", B, "have had one small attack", "one", "count", 1, 1, "attacks", N, "comment"),
 ("b-1d", B, "1 day ago", "1 day", "duration", 1, 1, "days", N, "page furniture"),
 ("b-3mo", B, "Took three months of appeals", "three months", "duration", 3, 3, "months", N, "comment"),

 # ---- DN06 trade (2025-11-19), hard-wrapped
 ("l-dl", L, "Wednesday, November 19, 2025", "Wednesday, November 19, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h2026", L, "EU launch in 2026", "2026", "date", 2026, 2026, "year", N, "headline forecast"),
 ("l-lastwk", L, "committee last week recommended", "last week", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("l-aug21", L, "clearance for on Aug. 21", "Aug. 21", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("l-q126", L, "in the first quarter of 2026", "first quarter of 2026", "date", 2026, 2026, "year", Y, "ec decision expected (forecast)"),
 ("l-12", L, "adolescents aged 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("l-2mo", L, "within about two months", "two months", "duration", 2, 2, "months", N, "typical ec lag"),
 ("l-2023", L, "to donidalorsen in 2023", "2023", "date", 2023, 2023, "year", Y, "otsuka licence date"),
 ("l-65m", L, "paying $65 million upfront", "$65 million", "money", 65000000, 65000000, "USD", Y, "otsuka upfront payment"),
 ("l-30", L, "royalties of up to 30%", "30%", "percent", 30, 30, "%", Y, "maximum royalty rate"),
 ("l-15m", L, "trigger a $15 million milestone", "$15 million", "money", 15000000, 15000000, "USD", Y, "eu approval milestone payment"),
 ("l-15k", L, "about 15,000 people in Europe", "15,000", "count", 15000, 15000, "people", Y, "europe hae prevalence"),
 ("l-may24", L, "Medicine in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "nejm publication date"),
 ("l-80", L, "an 80 mg dose", "80 mg", "dose", 80, 80, "mg", Y, "dose"),
 ("l-q4", L, "dose given every four weeks cut", "every four weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("l-81", L, "rate by 81% compared", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("l-q8", L, "while dosing every eight weeks cut", "every eight weeks", "duration", 8, 8, WK, Y, "alternative dosing interval"),
 ("l-83", L, "cut it by 83% versus", "83%", "percent", 83, 83, "%", Y, "q8w reduction vs placebo"),
 ("l-94", L, "attack rates were 94% below", "94%", "percent", 94, 94, "%", Y, "ole one-year mean attack-rate reduction"),
 ("l-1yr", L, "below baseline after one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-64", L, "data from 64 patients", "64", "count", 64, 64, "patients", Y, "switch cohort size"),
 ("l-62", L, "fell a further 62% over", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("l-24wk", L, "62% over 24 weeks", "24 weeks", "duration", 24, 24, WK, Y, "switch analysis period"),
 ("l-57642", L, "list price of $57,642 per dose", "$57,642", "money", 57642, 57642, "USD", Y, "us list price per dose"),
 ("l-tq2", L, "Takhzyro, dosed every two weeks", "every two weeks", "duration", 2, 2, WK, Y, "takhzyro dosing interval"),
 ("l-june", L, "BioCryst agreed in June", "June", "date", 2025, 2025, "year", Y, "biocryst europe orladeyo sale date"),
 ("l-264m", L, "for up to $264 million", "$264 million", "money", 264000000, 264000000, "USD", Y, "biocryst europe orladeyo sale value"),
 ("l-monthly", L, "CSL Behring's once-monthly Andembry", "once-monthly", "duration", 1, 1, "months", Y, "andembry dosing interval"),
 ("l-q8opt", L, "Dawnzera's every-eight-weeks option", "every-eight-weeks", "duration", 8, 8, WK, N, "schedule label"),
 ("l-q8res", L, "to see the every-eight-weeks results", "every-eight-weeks", "duration", 8, 8, WK, N, "schedule label"),
 ("l-6mo", L, "for the first six months", "six months", "duration", 6, 6, "months", N, "aside: germany free pricing period"),

 # ---- DN07 fact-check (2025-09-10)
 ("f-pub", F, "Fact check · September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-h1m", F, "cost \"$1 million a year\" and", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (headline)"),
 ("f-hhalve", F, "and \"only halve\" attacks?", "halve", "percent", 50, 50, "%", N, "post claim (headline)"),
 ("f-c1m", F, "\"costs $1 million a year per patient\"", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim"),
 ("f-chalf", F, "only cut attacks in half in its own trial", "half", "percent", 50, 50, "%", N, "post claim"),
 ("f-vhalf", F, "and the \"half\" figure comes", "half", "percent", 50, 50, "%", N, "post claim (verdict)"),
 ("f-aug21", F, "approved Dawnzera on Aug. 21", "Aug. 21", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-12", F, "for people aged 12 and older", "12", "age", 12, 12, "years", Y, "minimum approved age"),
 ("f-6000", F, "affects about 6,000 Americans", "6,000", "count", 6000, 6000, "people", Y, "us hae prevalence"),
 ("f-4000", F, "more than 4,000 times", "4,000", "count", 4000, 4000, "shares", N, "virality"),
 ("f-57462", F, "list price of $57,462 per dose", "$57,462", "money", 57462, 57462, "USD", Y, "us list price per dose"),
 ("f-one", F, "schedule is one 80 mg injection", "one", "count", 1, 1, "injections", N, "injections per dose"),
 ("f-80", F, "one 80 mg injection", "80 mg", "dose", 80, 80, "mg", Y, "dose"),
 ("f-q4", F, "80 mg injection every four weeks", "every four weeks", "duration", 4, 4, WK, Y, "standard dosing interval"),
 ("f-13", F, "which means 13 doses", "13", "count", 13, 13, "doses", Y, "injections per year at q4w"),
 ("f-747006", F, "adds up to $747,006", "$747,006", "money", 747006, 747006, "USD", Y, "us annual cost at q4w (list)"),
 ("f-747k", F, "at list price, or about $747,000. Ionis", "$747,000", "money", 747000, 747000, "USD", N, "rounded repeat"),
 ("f-740k", F, "start at about $740,000", "$740,000", "money", 740000, 740000, "USD", Y, "us annual cost at q4w (company)"),
 ("f-q8alt", F, "alternative every-eight-weeks schedule", "every-eight-weeks", "duration", 8, 8, WK, N, "schedule label"),
 ("f-65d", F, "roughly 6.5 doses a year", "6.5", "count", 6.5, 6.5, "doses", Y, "injections per year at q8w"),
 ("f-3735", F, "or about $373,500", "$373,500", "money", 373500, 373500, "USD", Y, "us annual cost at q8w (list)"),
 ("f-1mb", F, "Neither figure reaches $1 million", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (repeat)"),
 ("f-90", F, "which enrolled 90 patients", "90", "count", 90, 90, "patients", Y, "oasis-hae treated patients"),
 ("f-39", F, "at 39 sites", "39", "count", 39, 39, "sites", Y, "oasis-hae sites"),
 ("f-13c", F, "in 13 countries", "13", "count", 13, 13, "countries", Y, "oasis-hae countries"),
 ("f-18", F, "18 of them in the United States", "18", "count", 18, 18, "patients", Y, "oasis-hae us patients"),
 ("f-q4a", F, "donidalorsen every four weeks (45", "every four weeks", "duration", 4, 4, WK, N, "arm label"),
 ("f-45", F, "(45 patients)", "45", "count", 45, 45, "patients", Y, "q4w arm size"),
 ("f-q8a", F, "donidalorsen every eight weeks (23", "every eight weeks", "duration", 8, 8, WK, N, "arm label"),
 ("f-23", F, "(23 patients)", "23", "count", 23, 23, "patients", Y, "q8w arm size"),
 ("f-22", F, "(22 patients)", "22", "count", 22, 22, "patients", Y, "placebo arm size"),
 ("f-24wk", F, "for 24 weeks.", "24 weeks", "duration", 24, 24, WK, Y, "treatment period"),
 ("f-q4s", F, "On the recommended every-four-weeks schedule", "every-four-weeks", "duration", 4, 4, WK, N, "schedule label"),
 ("f-044", F, "fell to 0.44 attacks", "0.44", "rate", 0.44, 0.44, "attacks/4wk", Y, "q4w ls mean attack rate"),
 ("f-per4a", F, "0.44 attacks per four weeks", "four weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("f-226", F, "compared with 2.26 on placebo", "2.26", "rate", 2.26, 2.26, "attacks/4wk", Y, "placebo ls mean attack rate"),
 ("f-81", F, "placebo: an 81% reduction", "81%", "percent", 81, 81, "%", Y, "q4w reduction vs placebo, weeks 1-25 (primary)"),
 ("f-90p", F, "the reduction was 90%", "90%", "percent", 90, 90, "%", Y, "q4w reduction vs placebo, weeks 5-25"),
 ("f-q8g", F, "The every-eight-weeks group averaged", "every-eight-weeks", "duration", 8, 8, WK, N, "arm label"),
 ("f-102", F, "averaged 1.02 attacks", "1.02", "rate", 1.02, 1.02, "attacks/4wk", Y, "q8w ls mean attack rate"),
 ("f-per4b", F, "1.02 attacks per four weeks", "four weeks", "duration", 4, 4, WK, N, "rate unit"),
 ("f-55", F, "a 55% reduction compared", "55%", "percent", 55, 55, "%", Y, "q8w reduction vs placebo"),
 ("f-55b", F, "That 55% is the only", "55%", "percent", 55, 55, "%", N, "repeat"),
 ("f-half2", F, "close to \"half,\"", "half", "percent", 50, 50, "%", N, "post claim (repeat)"),
 ("f-2023", F, "Medicine in 2023", "2023", "date", 2023, 2023, "year", Y, "nejm publication date"),
 ("f-64", F, "extension, 64 patients", "64", "count", 64, 64, "patients", Y, "switch cohort size"),
 ("f-62", F, "by a further 62% over", "62%", "percent", 62, 62, "%", Y, "switch cohort attack-rate reduction"),
 ("f-16wk", F, "62% over 16 weeks", "16 weeks", "duration", 16, 16, WK, Y, "switch analysis period"),
 ("f-twodrugs", F, "so the two drugs' trial", "two", "count", 2, 2, "drugs", N, "aside"),
 ("f-t87", F, "reduced attacks by 87% versus placebo", "87%", "percent", 87, 87, "%", Y, "takhzyro reduction vs placebo"),
 ("f-1mq", F, "where the \"$1 million\" figure", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (repeat)"),
 ("f-17", F, "by \"about 17 doses,\"", "17", "count", 17, 17, "doses", N, "post author's calculation"),
 ("f-r1m", F, "Dawnzera costs \"$1 million a year\" is false", "$1 million", "money", 1000000, 1000000, "USD", N, "post claim (ruling)"),
 ("f-r747", F, "comes to about $747,000 a year", "$747,000", "money", 747000, 747000, "USD", N, "ruling repeat"),
 ("f-rhalf", F, "and about half that on", "half", "ratio", 0.5, 0.5, "x", N, "ruling: q8w vs q4w cost"),
 ("f-r8wk", F, "on the eight-week schedule", "eight-week", "duration", 8, 8, WK, N, "schedule label"),
 ("f-rhalved", F, "\"only halved\" attacks", "halved", "percent", 50, 50, "%", N, "post claim (ruling)"),
 ("f-r55", F, "the 55% figure is", "55%", "percent", 55, 55, "%", N, "ruling repeat"),
 ("f-r81", F, "cut attacks by 81% versus placebo. We", "81%", "percent", 81, 81, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: "August 2024" (explainer) vs 2025 everywhere
 ("e-aug24", "w-thu", S), ("e-aug24", "p-aug25", S), ("e-aug24", "p-abaug", S), ("e-aug24", "l-aug21", S),
 ("e-aug24", "b-lastaug", S), ("e-aug24", "f-aug21", S),
 # S2 Q8W reduction vs placebo: 83% (trade, median-from-baseline figure) vs 55%
 ("l-83", "p-55", S), ("l-83", "a-55", S), ("l-83", "e-55", S), ("l-83", "f-55", S),
 # S3 OASIS-HAE size: 64 (wire, switch-cohort size) vs 90/91
 ("w-64", "p-90", S), ("w-64", "a-91", S), ("w-64", "a-90", S), ("w-64", "e-90", S), ("w-64", "f-90", S),
 # S4 OLE one-year mean reduction: 92% (blog) vs 94%
 ("b-92", "w-94", S), ("b-92", "p-94", S), ("b-92", "l-94", S),
 # S5 list price per dose: $57,642 (trade, transposed) vs $57,462
 ("l-57642", "w-57462", S), ("l-57642", "e-57462", S), ("l-57642", "f-57462", S),
 # S6 annual list cost at q4w: ~$370,000 (blog, the q8w figure) vs ~$740,000-$747,006
 ("b-370k", "w-740k", S), ("b-370k", "e-747k", S), ("b-370k", "f-747006", S), ("b-370k", "f-740k", S),
 # S7 EU approval year: "January of last year" (blog, = 2025) vs January 2026
 ("b-jan25", "p-jan26", S),
 # S8 weeks 5-25 reduction: 90% (fact-check) vs 87%
 ("f-90p", "p-87", S), ("f-90p", "a-87", S), ("f-90p", "e-87", S),
 # S9 US prevalence: 6,000 (fact-check) vs 7,000
 ("f-6000", "w-7000", S), ("f-6000", "e-7000", S), ("f-6000", "p-7000", S),
 # S10 NEJM publication year: 2023 (fact-check) vs 2024
 ("f-2023", "a-may24", S), ("f-2023", "w-lastyr", S), ("f-2023", "l-may24", S),
 # S11 switch cohort size: 65 (explainer) vs 64
 ("e-65", "p-64", S), ("e-65", "b-64", S), ("e-65", "l-64", S), ("e-65", "f-64", S),
 # S12 switch analysis period: 24 weeks (trade, OASIS-HAE length) vs 16 weeks
 ("l-24wk", "w-16wk", S), ("l-24wk", "e-16wk", S), ("l-24wk", "f-16wk", S),
 # S13 dose: 100 mg (blog, phase 2 OLE option) vs 80 mg
 ("b-100", "w-80", S), ("b-100", "p-80", S), ("b-100", "a-80", S), ("b-100", "e-80", S),
 ("b-100", "l-80", S), ("b-100", "f-80", S),
 # S14 primary (weeks 1-25) q4w reduction: 87% (wire, weeks 5-25 figure) vs 81%
 ("w-87", "p-81", S), ("w-87", "a-81", S), ("w-87", "e-81", S), ("w-87", "b-81", S),
 ("w-87", "l-81", S), ("w-87", "f-81", S),
 # S15 EU-approval milestone: $65 million (blog, the 2023 upfront) vs $15 million
 ("b-65m", "p-15m", S), ("b-65m", "l-15m", S),
 # S16 q4w PKK reduction: 47% (explainer, q8w figure) vs 73%
 ("e-47", "a-pkk73", S),
 # S17 q8w mean attack rate: 1.20 (press, transposed) vs 1.02
 ("p-120", "a-102", S), ("p-120", "f-102", S),
 # S18 q8w arm size: 22 (abstract, arms swapped) vs 23
 ("a-n22", "p-n23", S), ("a-n22", "f-23", S),
 # S19 placebo arm size: 23 (abstract, arms swapped) vs 22
 ("a-n23", "p-n22", S), ("a-n23", "f-22", S),
 # Qualified
 ("a-91", "p-90", Q), ("a-91", "e-90", Q), ("a-91", "f-90", Q),
 ("w-740k", "e-747k", Q), ("w-740k", "f-747006", Q), ("f-740k", "e-747k", Q),
 ("p-six", "f-65d", Q),
 ("l-24wk", "p-wk17", Q),
 ("b-jan25", "l-q126", Q),
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
        rows.append({"type": "claim", "id": f"dn-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"dn-{a}", f"dn-{b}"
        if not (a in docof and b in docof):
            print("CONFLICT REFERS TO MISSING CLAIM", a, b); ok = False; continue
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
