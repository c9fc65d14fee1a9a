#!/usr/bin/env python3
"""Build doxy-pep.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "doxy-pep")
OUT = os.path.join(HERE, "doxy-pep.gold.jsonl")
T = "doxy-pep"

W, P, A, E, B, L, F = ("DP01_wire.txt", "DP02_press.txt", "DP03_abstract.txt",
                       "DP04_explainer.txt", "DP05_blog.txt", "DP06_local.txt", "DP07_factcheck.txt")
Y = True; N = False
TT = 200 / 3  # two-thirds as a percent

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- DP01 wire (2024-06-05, Wednesday)
 ("w-dl", W, "ATLANTA, June 5", "June 5", "date", 2024, 2024, "year", N, "dateline"),
 ("w-tue", W, "officials on Tuesday", "Tuesday", "date", 2024, 2024, "year", Y, "cdc final guideline release date"),
 ("w-atl1", W, "with at least one bacterial", "one", "count", 1, 1, "infections", N, "eligibility threshold (at least one sti)"),
 ("w-12mo", W, "infection in the past 12 months", "12 months", "duration", 12, 12, "months", Y, "sti history window for eligibility"),
 ("w-single", W, "a single 200 mg dose", "single", "count", 1, 1, "doses", N, "single dose"),
 ("w-200", W, "single 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "recommended doxy-pep dose"),
 ("w-72", W, "within 72 hours of oral", "72 hours", "duration", 72, 72, "hours", Y, "dosing window after sex"),
 ("w-max200", W, "no more than 200 mg in any", "200 mg", "dose", 200, 200, "mg", Y, "maximum dose per 24 hours"),
 ("w-24h", W, "in any 24-hour period", "24-hour", "duration", 24, 24, "hours", Y, "maximum-dose period"),
 ("w-36", W, "every three to six months", "three to six months", "duration", 3, 6, "months", Y, "sti testing interval"),
 ("w-lastoct", W, "released last October", "last October", "date", 2023, 2023, "year", Y, "cdc draft guideline release date"),
 ("w-45", W, "for 45 days", "45 days", "duration", 45, 45, "days", Y, "public comment period"),
 ("w-three", W, "from three large randomized", "three", "count", 3, 3, "trials", Y, "randomized trials cited by cdc"),
 ("w-70", W, "infections by more than 70%", "70%", "percent", 70, 70, "%", Y, "syphilis/chlamydia reduction (cdc summary)"),
 ("w-half", W, "gonorrhea by roughly half", "half", "percent", 50, 50, "%", Y, "gonorrhea reduction (cdc summary)"),
 ("w-501", W, "enrolled 501 men", "501", "count", 501, 501, "participants", Y, "doxypep trial enrolled"),
 ("w-327", W, "327 of them taking", "327", "count", 327, 327, "participants", Y, "doxypep prep cohort"),
 ("w-147", W, "and 147 living with HIV", "147", "count", 147, 147, "participants", Y, "doxypep plwh cohort"),
 ("w-may22", W, "early, in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "dsmb stopped trial"),
 ("w-23", W, "about a two-thirds lower risk", "two-thirds", "percent", TT, TT, "%", Y, "prep cohort relative reduction in sti per quarter"),
 ("w-3mo", W, "any three-month period", "three-month", "duration", 3, 3, "months", N, "timepoint"),
 ("w-decades", W, "bacterial STIs in decades", "decades", "duration", None, None, "years", N, "vague (quote)"),
 ("w-25m", W, "More than 2.5 million cases", "2.5 million", "count", 2500000, 2500000, "cases", Y, "us reported sti cases 2022"),
 ("w-2022a", W, "were reported in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("w-80", W, "rose about 80%", "80%", "percent", 80, 80, "%", Y, "us syphilis increase 2018-2022"),
 ("w-5yr", W, "in the five years through", "five years", "duration", 5, 5, "years", N, "period"),
 ("w-2022b", W, "five years through 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("w-oct22", W, "doxy-PEP, in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "sf doxy-pep guidance date"),
 ("w-march", W, "officials said in March", "March", "date", 2024, 2024, "year", Y, "sf population analysis presented (croi 2024)"),
 ("w-13mo", W, "that 13 months later", "13 months", "duration", 13, 13, "months", Y, "sf post-guidance analysis period"),
 ("w-half2", W, "were about half of what", "half", "percent", 50, 50, "%", Y, "sf ct/early syphilis decline vs projection (approx)"),
 ("w-449", W, "A trial of 449 women", "449", "count", 449, 449, "participants", Y, "dpep kenya enrolled"),
 ("w-dec", W, "published in December", "December", "date", 2023, 2023, "year", Y, "dpep kenya publication"),
 ("w-38", W, "found in 38% of", "38%", "percent", 38, 38, "%", Y, "doxypep gc tetracycline resistance, doxy arm"),
 ("w-12", W, "compared with 12% in", "12%", "percent", 12, 12, "%", Y, "doxypep gc tetracycline resistance, soc arm"),
 ("w-feb23", W, "reported in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "doxyvac interim report"),
 ("w-2dose", W, "that two doses of a", "two", "count", 2, 2, "doses", N, "4cmenb doses"),
 ("w-50", W, "by about 50% in an interim", "50%", "percent", 50, 50, "%", Y, "4cmenb gonorrhea reduction (interim)"),
 ("w-march2", W, "Final results presented in March", "March", "date", 2024, 2024, "year", Y, "doxyvac final results presented"),
 ("w-1967", W, "first approved in 1967", "1967", "date", 1967, 1967, "year", N, "aside"),
 ("w-year", W, "for more than a year", "a year", "duration", 1, 1, "years", N, "aside"),

 # ---- DP02 press release (2024-09-17)
 ("p-h3", P, "Under Three-Year, $4.5 Million", "Three-Year", "duration", 3, 3, "years", N, "headline repeat"),
 ("p-h45", P, "Three-Year, $4.5 Million Regional", "$4.5 Million", "money", 4500000, 4500000, "USD", N, "headline repeat"),
 ("p-dl", P, "SEATTLE, Sept. 17, 2024", "Sept. 17, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-3yr", P, "by a three-year, $4.5 million", "three-year", "duration", 3, 3, "years", Y, "contract length"),
 ("p-45m", P, "three-year, $4.5 million contract", "$4.5 million", "money", 4500000, 4500000, "USD", Y, "regional contract total value"),
 ("p-lastwk", P, "approved last week", "last week", "date", 2024, 2024, "year", N, "board vote date"),
 ("p-v8", P, "on an 8-1 vote", "8", "vote", 8, 8, "votes for", Y, "board vote on contract (for)"),
 ("p-v1", P, "on an 8-1 vote", "1", "vote", 1, 1, "votes against", Y, "board vote on contract (against)"),
 ("p-15m", P, "provides $1.5 million a year", "$1.5 million", "money", 1500000, 1500000, "USD", Y, "contract annual amount"),
 ("p-june", P, "In June, the Centers", "June", "date", 2024, 2024, "year", Y, "cdc final guideline release date"),
 ("p-12mo", P, "diagnosed in the past 12 months be", "12 months", "duration", 12, 12, "months", Y, "sti history window for eligibility"),
 ("p-200", P, "prescription for 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "recommended doxy-pep dose"),
 ("p-72", P, "to take within 72 hours", "72 hours", "duration", 72, 72, "hours", Y, "dosing window after sex"),
 ("p-apr23", P, "Medicine in April 2023", "April 2023", "date", 2023, 2023, "year", Y, "doxypep nejm publication"),
 ("p-118", P, "at 11.8% of quarterly", "11.8%", "percent", 11.8, 11.8, "%", Y, "prep cohort doxy arm: sti per quarterly visit"),
 ("p-319", P, "with 31.9% of visits", "31.9%", "percent", 31.9, 31.9, "%", Y, "prep cohort soc arm: sti per quarterly visit"),
 ("p-502", P, "among 502 men", "502", "count", 502, 502, "participants", Y, "doxyvac final analysis population"),
 ("p-12med", P, "median follow-up of 12 months", "12 months", "duration", 12, 12, "months", Y, "doxyvac median follow-up"),
 ("p-oct22", P, "guidance in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "sf doxy-pep guidance date"),
 ("p-13mo", P, "reported that 13 months later", "13 months", "duration", 13, 13, "months", Y, "sf post-guidance analysis period"),
 ("p-50", P, "were 50% below", "50%", "percent", 50, 50, "%", Y, "sf chlamydia decline vs projection"),
 ("p-51", P, "were 51% below", "51%", "percent", 51, 51, "%", Y, "sf early syphilis decline vs projection"),
 ("p-period", P, "Between November 2022 and September 2023", "November 2022 and September 2023", "date", 2022, 2023, "year", N, "period"),
 ("p-3288", P, "3,288 people started", "3,288", "count", 3288, 3288, "people", Y, "sf doxy-pep initiators at sentinel clinics, nov 2022-sep 2023"),
 ("p-three", P, "at three high-volume", "three", "count", 3, 3, "clinics", Y, "sf sentinel clinics"),
 ("p-6465", P, "from 6,465 in 2022", "6,465", "count", 6465, 6465, "cases", Y, "sf chlamydia cases 2022"),
 ("p-2022", P, "6,465 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("p-5634", P, "to 5,634 in 2023", "5,634", "count", 5634, 5634, "cases", Y, "sf chlamydia cases 2023"),
 ("p-2023", P, "5,634 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("p-15min", P, "a 15-minute video", "15-minute", "duration", 15, 15, "minutes", Y, "visit length"),
 ("p-3mo", P, "retest every three months", "three months", "duration", 3, 3, "months", Y, "tessera retest interval"),
 ("p-29", P, "visits cost $29", "$29", "money", 29, 29, "USD", Y, "self-pay visit fee"),
 ("p-jan", P, "pilot that began in January", "January", "date", 2024, 2024, "year", Y, "tessera pilot start"),
 ("p-1240", P, "1,240 Tessera patients", "1,240", "count", 1240, 1240, "patients", Y, "pilot patients prescribed"),
 ("p-nextyr", P, "scientific meeting next year", "next year", "date", 2025, 2025, "year", N, "forecast"),
 ("p-2019", P, "founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-14", P, "in 14 states", "14", "count", 14, 14, "states", N, "about section"),
 ("p-60k", P, "more than 60,000 patients", "60,000", "count", 60000, 60000, "patients", N, "about section"),

 # ---- DP03 abstract (2023-04-06)
 ("a-pub", A, "Published April 6, 2023", "April 6, 2023", "date", 2023, 2023, "year", N, "publication metadata"),
 ("a-decade", A, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "background"),
 ("a-24h", A, "taken within 24 hours after sex", "24 hours", "duration", 24, 24, "hours", Y, "ipergay dosing window"),
 ("a-four", A, "at four clinics", "four", "count", 4, 4, "clinics", Y, "doxypep sites"),
 ("a-18", A, "aged 18 years or older", "18 years", "age", 18, 18, "years", N, "eligibility age"),
 ("a-12mo", A, "in the previous 12 months", "12 months", "duration", 12, 12, "months", Y, "sti history window for eligibility"),
 ("a-21", A, "in a 2:1 ratio", "2:1", "ratio", 2, 2, "x", Y, "randomization ratio"),
 ("a-200", A, "to take 200 mg of doxycycline", "200 mg", "dose", 200, 200, "mg", Y, "trial doxycycline dose"),
 ("a-72", A, "within 72 hours after condomless sex (doxycycline", "72 hours", "duration", 72, 72, "hours", Y, "trial dosing window"),
 ("a-atl1", A, "incidence of at least one STI", "one", "count", 1, 1, "infections", N, "end point definition"),
 ("a-3mo", A, "every 3 months at all", "3 months", "duration", 3, 3, "months", Y, "trial sti testing interval"),
 ("a-aug20", A, "Enrollment began in August 2020", "August 2020", "date", 2020, 2020, "year", N, "enrollment start"),
 ("a-may22", A, "interim analysis in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "dsmb stopped trial"),
 ("a-501", A, "N = 501", "501", "count", 501, 501, "participants", Y, "doxypep trial enrolled"),
 ("a-327", A, "n=327", "327", "count", 327, 327, "participants", Y, "doxypep prep cohort"),
 ("a-174", A, "n=174", "174", "count", 174, 174, "participants", Y, "doxypep plwh cohort"),
 ("a-67", A, "67% were White", "67%", "percent", 67, 67, "%", Y, "white participants"),
 ("a-7", A, "7% Black", "7%", "percent", 7, 7, "%", Y, "black participants"),
 ("a-11", A, "11% Asian", "11%", "percent", 11, 11, "%", Y, "asian/pi participants"),
 ("a-30", A, "30% Hispanic", "30%", "percent", 30, 30, "%", Y, "hispanic participants"),
 ("a-473", A, "A total of 473 of", "473", "count", 473, 473, "participants", Y, "contributed follow-up"),
 ("a-501b", A, "473 of 501 participants", "501", "count", 501, 501, "participants", N, "repeat"),
 ("a-94", A, "participants (94%)", "94%", "percent", 94, 94, "%", Y, "share with follow-up"),
 ("a-61", A, "at 61 of 570", "61", "count", 61, 61, "visits", Y, "prep doxy arm visits with sti"),
 ("a-570", A, "61 of 570 quarterly", "570", "count", 570, 570, "visits", Y, "prep doxy arm quarterly visits"),
 ("a-107", A, "(10.7%)", "10.7%", "percent", 10.7, 10.7, "%", Y, "prep cohort doxy arm: sti per quarterly visit"),
 ("a-82", A, "at 82 of 257", "82", "count", 82, 82, "visits", Y, "prep soc arm visits with sti"),
 ("a-257", A, "82 of 257 quarterly", "257", "count", 257, 257, "visits", Y, "prep soc arm quarterly visits"),
 ("a-319", A, "(31.9%)", "31.9%", "percent", 31.9, 31.9, "%", Y, "prep cohort soc arm: sti per quarterly visit"),
 ("a-212", A, "−21.2 percentage points", "−21.2 percentage points", "percent", -21.2, -21.2, "pp", Y, "prep absolute difference"),
 ("a-034", A, "relative risk, 0.34", "0.34", "ratio", 0.34, 0.34, "RR", Y, "prep cohort relative risk"),
 ("a-034ci", A, "CI, 0.24 to 0.46", "0.24 to 0.46", "ratio", 0.24, 0.46, "RR", Y, "ci"),
 ("a-p1", A, "0.46; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-36", A, "at 36 of 305", "36", "count", 36, 36, "visits", Y, "plwh doxy arm visits with sti"),
 ("a-305", A, "36 of 305 quarterly", "305", "count", 305, 305, "visits", Y, "plwh doxy arm quarterly visits"),
 ("a-118", A, "(11.8%)", "11.8%", "percent", 11.8, 11.8, "%", Y, "plwh cohort doxy arm: sti per quarterly visit"),
 ("a-39", A, "at 39 of 128", "39", "count", 39, 39, "visits", Y, "plwh soc arm visits with sti"),
 ("a-128", A, "39 of 128 quarterly", "128", "count", 128, 128, "visits", Y, "plwh soc arm quarterly visits"),
 ("a-305p", A, "(30.5%)", "30.5%", "percent", 30.5, 30.5, "%", Y, "plwh cohort soc arm: sti per quarterly visit"),
 ("a-187", A, "−18.7 percentage points", "−18.7 percentage points", "percent", -18.7, -18.7, "pp", Y, "plwh absolute difference"),
 ("a-038", A, "relative risk, 0.38", "0.38", "ratio", 0.38, 0.38, "RR", Y, "plwh cohort relative risk"),
 ("a-038ci", A, "CI, 0.24 to 0.60", "0.24 to 0.60", "ratio", 0.24, 0.60, "RR", Y, "ci"),
 ("a-p2", A, "0.60; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-045", A, "relative risks were 0.45", "0.45", "ratio", 0.45, 0.45, "RR", Y, "prep gonorrhea rr"),
 ("a-045ci", A, "0.32 to 0.65", "0.32 to 0.65", "ratio", 0.32, 0.65, "RR", Y, "ci"),
 ("a-012", A, "0.12 (95% CI, 0.05", "0.12", "ratio", 0.12, 0.12, "RR", Y, "prep chlamydia rr"),
 ("a-012ci", A, "0.05 to 0.25", "0.05 to 0.25", "ratio", 0.05, 0.25, "RR", Y, "ci"),
 ("a-013", A, "0.13 (95% CI, 0.03", "0.13", "ratio", 0.13, 0.13, "RR", Y, "prep syphilis rr"),
 ("a-013ci", A, "0.03 to 0.59", "0.03 to 0.59", "ratio", 0.03, 0.59, "RR", Y, "ci"),
 ("a-043", A, "they were 0.43", "0.43", "ratio", 0.43, 0.43, "RR", Y, "plwh gonorrhea rr"),
 ("a-043ci", A, "0.26 to 0.71", "0.26 to 0.71", "ratio", 0.26, 0.71, "RR", Y, "ci"),
 ("a-026", A, "0.71), 0.26 (95%", "0.26", "ratio", 0.26, 0.26, "RR", Y, "plwh chlamydia rr"),
 ("a-026ci", A, "0.12 to 0.57", "0.12 to 0.57", "ratio", 0.12, 0.57, "RR", Y, "ci"),
 ("a-023", A, "and 0.23 (95%", "0.23", "ratio", 0.23, 0.23, "RR", Y, "plwh syphilis rr"),
 ("a-023ci", A, "0.04 to 1.29", "0.04 to 1.29", "ratio", 0.04, 1.29, "RR", Y, "ci"),
 ("a-5", A, "detected in 5 of 13", "5", "count", 5, 5, "isolates", Y, "doxy arm tet-resistant gc isolates"),
 ("a-13", A, "5 of 13 isolates", "13", "count", 13, 13, "isolates", Y, "doxy arm gc cultures"),
 ("a-38", A, "isolates (38%)", "38%", "percent", 38, 38, "%", Y, "doxypep gc tetracycline resistance, doxy arm"),
 ("a-2", A, "in 2 of 17", "2", "count", 2, 2, "isolates", Y, "soc arm tet-resistant gc isolates"),
 ("a-17", A, "2 of 17 (12%)", "17", "count", 17, 17, "isolates", Y, "soc arm gc cultures"),
 ("a-12", A, "17 (12%)", "12%", "percent", 12, 12, "%", Y, "doxypep gc tetracycline resistance, soc arm"),
 ("a-18left", A, "Eighteen participants left", "Eighteen", "count", 18, 18, "participants", Y, "early discontinuations"),
 ("a-5d", A, "early: 5 in the doxycycline", "5", "count", 5, 5, "participants", Y, "discontinued, doxy groups"),
 ("a-13d", A, "and 13 in the standard-care groups", "13", "count", 13, 13, "participants", Y, "discontinued, soc groups"),
 ("a-72b", A, "within 72 hours after condomless sex reduced", "72 hours", "duration", 72, 72, "hours", N, "conclusion repeat"),
 ("a-23", A, "by about two thirds", "two thirds", "percent", TT, TT, "%", Y, "overall relative reduction"),

 # ---- DP04 explainer (2025-02-10)
 ("e-upd", E, "Updated February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-single", E, "a single 100 mg tablet", "single", "count", 1, 1, "doses", N, "single dose"),
 ("e-100", E, "single 100 mg tablet", "100 mg", "dose", 100, 100, "mg", Y, "recommended doxy-pep dose"),
 ("e-72", E, "no later than 72 hours", "72 hours", "duration", 72, 72, "hours", Y, "dosing window after sex"),
 ("e-one", E, "the limit is one dose", "one", "count", 1, 1, "doses", N, "max doses per 24 h"),
 ("e-24", E, "one dose in any 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "maximum-dose period"),
 ("e-jun24", E, "In June 2024 the Centers", "June 2024", "date", 2024, 2024, "year", Y, "cdc final guideline release date"),
 ("e-12mo", E, "gonorrhea in the past 12 months", "12 months", "duration", 12, 12, "months", Y, "sti history window for eligibility"),
 ("e-three", E, "rests on three large", "three", "count", 3, 3, "trials", Y, "randomized trials cited by cdc"),
 ("e-70", E, "chlamydia by more than 70%", "70%", "percent", 70, 70, "%", Y, "syphilis/chlamydia reduction (cdc summary)"),
 ("e-50", E, "gonorrhea by about 50%", "50%", "percent", 50, 50, "%", Y, "gonorrhea reduction (cdc summary)"),
 ("e-501", E, "DoxyPEP study of 501", "501", "count", 501, 501, "participants", Y, "doxypep trial enrolled"),
 ("e-3inf", E, "any of the three infections", "three", "count", 3, 3, "infections", N, "aside"),
 ("e-23", E, "by about two-thirds", "two-thirds", "percent", TT, TT, "%", Y, "overall relative reduction"),
 ("e-545", E, "final analysis of 545 men", "545", "count", 545, 545, "participants", Y, "doxyvac final analysis population"),
 ("e-14", E, "median of 14 months", "14 months", "duration", 14, 14, "months", Y, "doxyvac median follow-up"),
 ("e-532", E, "fell from 53.2 to", "53.2", "rate", 53.2, 53.2, "per 100 person-years", Y, "doxyvac ct/syphilis incidence, no pep"),
 ("e-88", E, "8.8 per 100 person-years", "8.8 per 100 person-years", "rate", 8.8, 8.8, "per 100 person-years", Y, "doxyvac ct/syphilis incidence, pep"),
 ("e-22", E, "had 22% fewer", "22%", "percent", 22, 22, "%", Y, "4cmenb gonorrhea reduction (final)"),
 ("e-24h", E, "used a 24-hour window", "24-hour", "duration", 24, 24, "hours", Y, "ipergay dosing window"),
 ("e-449", E, "enrolled 449 women", "449", "count", 449, 449, "participants", Y, "dpep kenya enrolled"),
 ("e-1830", E, "aged 18 to 30", "18 to 30", "age", 18, 30, "years", Y, "dpep age range"),
 ("e-50i", E, "difference: 50 infections", "50", "count", 50, 50, "infections", Y, "dpep doxy arm stis"),
 ("e-59", E, "and 59 in the standard-care", "59", "count", 59, 59, "infections", Y, "dpep soc arm stis"),
 ("e-088", E, "(relative risk 0.88)", "0.88", "ratio", 0.88, 0.88, "RR", Y, "dpep relative risk"),
 ("e-29", E, "in only 29% of hair", "29%", "percent", 29, 29, "%", Y, "dpep hair samples with doxycycline"),
 ("e-25m", E, "More than 2.5 million cases", "2.5 million", "count", 2500000, 2500000, "cases", Y, "us reported sti cases 2023"),
 ("e-2023", E, "were reported in 2023, including", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-3882", E, "3,882 cases of congenital", "3,882", "count", 3882, 3882, "cases", Y, "us congenital syphilis 2023"),
 ("e-9", E, "gonorrhea fell 9%", "9%", "percent", 9, 9, "%", Y, "us gonorrhea decline 2022-2023"),
 ("e-10", E, "syphilis fell 10% from 2022", "10%", "percent", 10, 10, "%", Y, "us p&s syphilis decline 2022-2023"),
 ("e-2022", E, "10% from 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-2dec", E, "more than two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("e-197a", E, "was 19.7% in 1987", "19.7%", "percent", 19.7, 19.7, "%", Y, "gisp tetracycline resistance 1987"),
 ("e-1987", E, "19.7% in 1987", "1987", "date", 1987, 1987, "year", N, "qualifier"),
 ("e-197b", E, "again 19.7% in 2022", "19.7%", "percent", 19.7, 19.7, "%", Y, "gisp tetracycline resistance 2022"),
 ("e-2022b", E, "again 19.7% in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-28", E, "rose from 2.8% to", "2.8%", "percent", 2.8, 2.8, "%", Y, "gisp high-level tet resistance 1987"),
 ("e-146", E, "to 14.6% over", "14.6%", "percent", 14.6, 14.6, "%", Y, "gisp high-level tet resistance 2022"),
 ("e-36", E, "every 3 to 6 months", "3 to 6 months", "duration", 3, 6, "months", Y, "sti testing interval"),

 # ---- DP05 blog (2025-03-20)
 ("b-pub", B, "March 20, 2025 · 7 min read", "March 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap2", B, "Caption: Two pills, one dose", "Two", "count", 2, 2, "pills", N, "caption"),
 ("b-cap1", B, "Two pills, one dose. Photo", "one", "count", 1, 1, "doses", N, "caption"),
 ("b-spring", B, "started doxy-PEP last spring", "last spring", "date", 2024, 2024, "year", N, "personal"),
 ("b-third", B, "my third chlamydia", "third", "count", 3, 3, "diagnoses", N, "personal"),
 ("b-ayear", B, "diagnosis in a year", "a year", "duration", 1, 1, "years", N, "personal"),
 ("b-one", B, "at least one guy", "one", "count", 1, 1, "people", N, "aside"),
 ("b-327", B, "which enrolled 327 people", "327", "count", 327, 327, "participants", Y, "doxypep trial enrolled"),
 ("b-two", B, "took two 100 mg pills", "two", "count", 2, 2, "pills", N, "pills per dose"),
 ("b-100", B, "two 100 mg pills", "100 mg", "dose", 100, 100, "mg", Y, "pill strength"),
 ("b-one2", B, "pills, one 200 mg dose", "one", "count", 1, 1, "doses", N, "aside"),
 ("b-200", B, "one 200 mg dose", "200 mg", "dose", 200, 200, "mg", Y, "trial doxycycline dose"),
 ("b-2023", B, "national guidance in 2023", "2023", "date", 2023, 2023, "year", Y, "cdc final guideline release date"),
 ("b-pastyr", B, "gonorrhea in the past year", "the past year", "duration", 1, 1, "years", Y, "sti history window for eligibility"),
 ("b-24", B, "within 24 hours of sex", "24 hours", "duration", 24, 24, "hours", Y, "dosing window after sex"),
 ("b-four", B, "now four randomized trials", "four", "count", 4, 4, "trials", Y, "randomized trials of doxy-pep"),
 ("b-onek", B, "including one in women", "one", "count", 1, 1, "trials", N, "aside"),
 ("b-58", B, "only 58% of hair", "58%", "percent", 58, 58, "%", Y, "dpep hair samples with doxycycline"),
 ("b-oct22", B, "city guidance in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "sf doxy-pep guidance date"),
 ("b-lastyr", B, "At CROI last year", "last year", "date", 2024, 2024, "year", Y, "sf population analysis presented (croi 2024)"),
 ("b-nov23", B, "by November 2023", "November 2023", "date", 2023, 2023, "year", N, "as-of"),
 ("b-51", B, "was 51% below", "51%", "percent", 51, 51, "%", Y, "sf chlamydia decline vs projection"),
 ("b-50", B, "was 50% below", "50%", "percent", 50, 50, "%", Y, "sf early syphilis decline vs projection"),
 ("b-lastmo", B, "released last month", "last month", "date", 2025, 2025, "year", N, "report release"),
 ("b-5622", B, "from 5,622 cases", "5,622", "count", 5622, 5622, "cases", Y, "sf chlamydia cases 2023"),
 ("b-2023b", B, "5,622 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-4214", B, "to 4,214 in 2024", "4,214", "count", 4214, 4214, "cases", Y, "sf chlamydia cases 2024"),
 ("b-2024a", B, "4,214 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-1156", B, "syphilis from 1,156", "1,156", "count", 1156, 1156, "cases", Y, "sf syphilis cases 2023"),
 ("b-888", B, "1,156 to 888", "888", "count", 888, 888, "cases", Y, "sf syphilis cases 2024"),
 ("b-4988", B, "moved: 4,988 cases", "4,988", "count", 4988, 4988, "cases", Y, "sf gonorrhea cases 2023"),
 ("b-2023c", B, "4,988 cases in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-4799", B, "4,799 in 2024", "4,799", "count", 4799, 4799, "cases", Y, "sf gonorrhea cases 2024"),
 ("b-2024b", B, "4,799 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-three", B, "There were three congenital", "three", "count", 3, 3, "cases", Y, "sf congenital syphilis 2024"),
 ("b-2024c", B, "syphilis cases in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-six", B, "down from six", "six", "count", 6, 6, "cases", Y, "sf congenital syphilis 2023"),
 ("b-cap2124", B, "San Francisco, 2021 to 2024", "2021 to 2024", "date", 2021, 2024, "year", N, "caption"),
 ("b-capl22", B, "fall after late 2022", "late 2022", "date", 2022, 2022, "year", N, "caption"),
 ("b-10", B, "syphilis fell 10% in 2023", "10%", "percent", 10, 10, "%", Y, "us p&s syphilis decline 2022-2023"),
 ("b-2023d", B, "fell 10% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-earlier", B, "CROI earlier this month", "earlier this month", "date", 2025, 2025, "year", N, "presentation date"),
 ("b-7436", B, "Of 7,436 clients", "7,436", "count", 7436, 7436, "people", Y, "magnet clients indicated for doxy-pep"),
 ("b-period", B, "between December 2022 and December 2024", "December 2022 and December 2024", "date", 2022, 2024, "year", N, "period"),
 ("b-4369", B, "2024, 4,369 (60%)", "4,369", "count", 4369, 4369, "people", Y, "magnet clients prescribed"),
 ("b-60", B, "4,369 (60%)", "60%", "percent", 60, 60, "%", Y, "share prescribed"),
 ("b-2651", B, "Of those, 2,651", "2,651", "count", 2651, 2651, "people", Y, "magnet clients who ever used"),
 ("b-61a", B, "2,651 (61%)", "61%", "percent", 61, 61, "%", Y, "share of prescribed who used"),
 ("b-once", B, "taken it at least once", "once", "count", 1, 1, "uses", N, "definition"),
 ("b-1627", B, "and 1,627 (61%", "1,627", "count", 1627, 1627, "people", Y, "magnet consistent users"),
 ("b-61b", B, "(61% of users)", "61%", "percent", 61, 61, "%", Y, "share of users consistent"),
 ("b-22", B, "only 22% of everyone", "22%", "percent", 22, 22, "%", Y, "magnet eligible clients using consistently"),
 ("b-31", B, "I took 31 doses", "31", "count", 31, 31, "doses", N, "personal"),
 ("b-12mo", B, "31 doses in 12 months", "12 months", "duration", 12, 12, "months", N, "personal"),
 ("b-zero", B, "I had zero chlamydia", "zero", "count", 0, 0, "diagnoses", N, "personal"),
 ("b-onegc", B, "syphilis diagnoses, one gonorrhea", "one", "count", 1, 1, "diagnoses", N, "personal"),
 ("b-onebout", B, "beyond one bout", "one", "count", 1, 1, "episodes", N, "personal"),
 ("b-oneperson", B, "One person is not a study", "One", "count", 1, 1, "people", N, "aside"),
 ("b-prep10", B, "PrEP at 10:", "10", "duration", 10, 10, "years", N, "related link"),
 ("b-2yrs", B, "two years on", "two years", "duration", 2, 2, "years", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- DP06 local (2025-03-12), hard-wrapped
 ("l-pub", L, "Wednesday, March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-thismo", L, "published this month", "this month", "date", 2025, 2025, "year", N, "study publication"),
 ("l-2312", L, "2,312 men who have", "2,312", "count", 2312, 2312, "people", Y, "king county msm with gonorrhea in study"),
 ("l-per1", L, "from 2017 through mid-2024", "2017 through mid-2024", "date", 2017, 2024, "year", N, "period"),
 ("l-27", L, "averaging 27%", "27%", "percent", 27, 27, "%", Y, "king county gc tet resistance baseline 2017-q1 2023"),
 ("l-per2", L, "from 2017 through the first quarter of 2023", "2017 through the first quarter of 2023", "date", 2017, 2023, "year", N, "period"),
 ("l-70", L, "reaching 70% in the", "70%", "percent", 70, 70, "%", Y, "king county gc tet resistance q2 2024"),
 ("l-q224", L, "second quarter of 2024. High-level", "second quarter of 2024", "date", 2024, 2024, "year", N, "as-of"),
 ("l-2", L, "rose from 2% in", "2%", "percent", 2, 2, "%", Y, "king county gc high-level tet resistance q1 2021"),
 ("l-q121", L, "first quarter of 2021", "first quarter of 2021", "date", 2021, 2021, "year", N, "as-of"),
 ("l-65", L, "to 65% over", "65%", "percent", 65, 65, "%", Y, "king county gc high-level tet resistance q2 2024"),
 ("l-spring", L, "in the spring of 2023", "spring of 2023", "date", 2023, 2023, "year", Y, "king county doxy-pep guidance"),
 ("l-three", L, "more than three doses a month", "three", "count", 3, 3, "doses per month", Y, "dose-frequency threshold associated with resistance"),
 ("l-703", L, "throats of 703 men", "703", "count", 703, 703, "people", Y, "colonization substudy participants"),
 ("l-per3", L, "between August 2023 and July 2024", "August 2023 and July 2024", "date", 2023, 2024, "year", N, "period"),
 ("l-27s", L, "at all, 27% versus", "27%", "percent", 27, 27, "%", Y, "s. aureus colonization, doxy-pep users"),
 ("l-36s", L, "27% versus 36%", "36%", "percent", 36, 36, "%", Y, "s. aureus colonization, non-users"),
 ("l-18", L, "staph, 18% versus", "18%", "percent", 18, 18, "%", Y, "tet-resistant s. aureus, users"),
 ("l-8", L, "versus 8%, and", "8%", "percent", 8, 8, "%", Y, "tet-resistant s. aureus, non-users"),
 ("l-9", L, "strep, 9% versus", "9%", "percent", 9, 9, "%", Y, "tet-resistant gas, users"),
 ("l-4", L, "9% versus 4%", "4%", "percent", 4, 4, "%", Y, "tet-resistant gas, non-users"),
 ("l-decades", L, "gonorrhea for decades", "decades", "duration", None, None, "years", N, "vague"),
 ("l-lastoct", L, "put out last October", "last October", "date", 2024, 2024, "year", Y, "cdc draft guideline release date"),
 ("l-24m", L, "More than 2.4 million", "2.4 million", "count", 2400000, 2400000, "cases", Y, "us reported sti cases 2023"),
 ("l-2023", L, "were reported in 2023, CDC", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-nov", L, "CDC said in November", "November", "date", 2024, 2024, "year", N, "report release"),
 ("l-7", L, "Gonorrhea fell 7%", "7%", "percent", 7, 7, "%", Y, "us gonorrhea decline 2022-2023"),
 ("l-13", L, "syphilis fell 13%", "13%", "percent", 13, 13, "%", Y, "us p&s syphilis decline 2022-2023"),
 ("l-sept", L, "since September under", "September", "date", 2024, 2024, "year", Y, "tessera program launch"),
 ("l-15m", L, "under a $1.5 million contract", "$1.5 million", "money", 1500000, 1500000, "USD", Y, "regional contract total value"),
 ("l-v7", L, "board approved 7-2", "7", "vote", 7, 7, "votes for", Y, "board vote on contract (for)"),
 ("l-v2", L, "board approved 7-2", "2", "vote", 2, 2, "votes against", Y, "board vote on contract (against)"),
 ("l-mon", L, "said on Monday", "Monday", "date", 2025, 2025, "year", N, "quote date"),
 ("l-thiswk", L, "Tessera said this week", "this week", "date", 2025, 2025, "year", N, "statement date"),

 # ---- DP07 fact-check (2025-07-18)
 ("f-h90", F, "does not stop 90% of STIs", "90%", "percent", 90, 90, "%", N, "post claim (headline)"),
 ("f-pub", F, "ClearCheck · Health · July 18, 2025", "July 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c90", F, "wipes out 90% of STIs", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-30k", F, "more than 30,000 times", "30,000", "count", 30000, 30000, "shares", N, "virality"),
 ("f-jul10", F, "since July 10", "July 10", "date", 2025, 2025, "year", N, "post date"),
 ("f-v23", F, "about a two-thirds reduction", "two-thirds", "percent", TT, TT, "%", Y, "prep cohort relative reduction (verdict)"),
 ("f-v90", F, "rather than 90%", "90%", "percent", 90, 90, "%", N, "post claim (verdict)"),
 ("f-jun24", F, "in June 2024, after", "June 2024", "date", 2024, 2024, "year", Y, "cdc final guideline release date"),
 ("f-oct23", F, "comment in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "cdc draft guideline release date"),
 ("f-12mo", F, "diagnosed in the past 12 months. They", "12 months", "duration", 12, 12, "months", Y, "sti history window for eligibility"),
 ("f-200", F, "The dose is 200 mg", "200 mg", "dose", 200, 200, "mg", Y, "recommended doxy-pep dose"),
 ("f-72", F, "within 72 hours after sex, with", "72 hours", "duration", 72, 72, "hours", Y, "dosing window after sex"),
 ("f-max200", F, "no more than 200 mg in 24 hours", "200 mg", "dose", 200, 200, "mg", Y, "maximum dose per 24 hours"),
 ("f-24h", F, "200 mg in 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "maximum-dose period"),
 ("f-p90", F, "The post's 90% figure", "90%", "percent", 90, 90, "%", N, "post claim"),
 ("f-3inf", F, "any of the three infections", "three", "count", 3, 3, "infections", N, "aside"),
 ("f-66", F, "was cut by 66%", "66%", "percent", 66, 66, "%", Y, "prep cohort relative reduction in sti per quarter"),
 ("f-034", F, "(relative risk 0.34)", "0.34", "ratio", 0.34, 0.34, "RR", Y, "prep cohort relative risk"),
 ("f-012", F, "relative risk of 0.12", "0.12", "ratio", 0.12, 0.12, "RR", Y, "prep chlamydia rr"),
 ("f-88", F, "or 88% lower", "88%", "percent", 88, 88, "%", Y, "prep chlamydia reduction"),
 ("f-70", F, "more than 70% for syphilis", "70%", "percent", 70, 70, "%", Y, "syphilis/chlamydia reduction (cdc summary)"),
 ("f-50", F, "about 50% for gonorrhea", "50%", "percent", 50, 50, "%", Y, "gonorrhea reduction (cdc summary)"),
 ("f-449", F, "449 women in Kenya", "449", "count", 449, 449, "participants", Y, "dpep kenya enrolled"),
 ("f-088", F, "(relative risk 0.88)", "0.88", "ratio", 0.88, 0.88, "RR", Y, "dpep relative risk"),
 ("f-29", F, "detected in 29% of hair", "29%", "percent", 29, 29, "%", Y, "dpep hair samples with doxycycline"),
 ("f-jan", F, "Open in January found", "January", "date", 2025, 2025, "year", N, "jama publication"),
 ("f-13mo", F, "that 13 months after", "13 months", "duration", 13, 13, "months", Y, "sf post-guidance analysis period"),
 ("f-4964", F, "were 49.64% below", "49.64%", "percent", 49.64, 49.64, "%", Y, "sf chlamydia decline vs projection (jama)"),
 ("f-5139", F, "cases 51.39% below", "51.39%", "percent", 51.39, 51.39, "%", Y, "sf early syphilis decline vs projection (jama)"),
 ("f-4300", F, "more than 4,300 people", "4,300", "count", 4300, 4300, "people", Y, "sf doxy-pep initiators at sentinel clinics, nov 2022-sep 2023"),
 ("f-three", F, "city's three sentinel", "three", "count", 3, 3, "clinics", Y, "sf sentinel clinics"),
 ("f-11mo", F, "in the first 11 months", "11 months", "duration", 11, 11, "months", Y, "initiator count period"),
 ("f-one", F, "At one large Castro clinic", "one", "count", 1, 1, "clinics", N, "aside"),
 ("f-21", F, "only 21% of eligible", "21%", "percent", 21, 21, "%", Y, "magnet eligible clients using consistently"),
 ("f-thismo", F, "Medicine this month", "this month", "date", 2025, 2025, "year", N, "letter publication"),
 ("f-14k", F, "more than 14,000 gonorrhea genomes", "14,000", "count", 14000, 14000, "genomes", Y, "genomes analyzed"),
 ("f-1824", F, "from 2018 through 2024", "2018 through 2024", "date", 2018, 2024, "year", N, "period"),
 ("f-10", F, "rose from 10% in 2020", "10%", "percent", 10, 10, "%", Y, "us gc tetM share 2020"),
 ("f-2020", F, "10% in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("f-30", F, "to more than 30% in 2024", "30%", "percent", 30, 30, "%", Y, "us gc tetM share 2024"),
 ("f-2024", F, "30% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-65", F, "reached 65% by", "65%", "percent", 65, 65, "%", Y, "king county gc tet resistance q2 2024"),
 ("f-mid24", F, "65% by mid-2024", "mid-2024", "date", 2024, 2024, "year", N, "as-of"),
 ("f-27", F, "average of 27% before", "27%", "percent", 27, 27, "%", Y, "king county gc tet resistance baseline 2017-q1 2023"),
 ("f-b2023", F, "27% before 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-years", F, "gonorrhea for years", "years", "duration", None, None, "years", N, "vague"),
 ("f-single", F, "a single 500 mg", "single", "count", 1, 1, "doses", N, "single dose"),
 ("f-500", F, "single 500 mg injection", "500 mg", "dose", 500, 500, "mg", Y, "ceftriaxone dose"),
 ("f-24m", F, "More than 2.4 million cases", "2.4 million", "count", 2400000, 2400000, "cases", Y, "us reported sti cases 2023"),
 ("f-2023", F, "were reported in 2023. Gonorrhea", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-7", F, "Gonorrhea fell 7% from 2022", "7%", "percent", 7, 7, "%", Y, "us gonorrhea decline 2022-2023"),
 ("f-2022", F, "7% from 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-10s", F, "syphilis fell 10%.", "10%", "percent", 10, 10, "%", Y, "us p&s syphilis decline 2022-2023"),
 ("f-r12", F, "in the past 12 months, not for everyone", "12 months", "duration", 12, 12, "months", N, "ruling repeat"),
 ("f-r90", F, "shown a 90% cut", "90%", "percent", 90, 90, "%", N, "post claim (ruling)"),
 ("f-r66", F, "found about 66%", "66%", "percent", 66, 66, "%", N, "ruling repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 DoxyPEP total enrolled: PrEP cohort reported as the whole trial
 ("b-327", "w-501", S), ("b-327", "a-501", S), ("b-327", "e-501", S),
 # S2 DOXYVAC final analysis population: interim count reported as final
 ("p-502", "e-545", S),
 # S3 PrEP cohort doxy-arm STI rate: PLWH cohort figure swapped in
 ("p-118", "a-107", S),
 # S4 DOXYVAC median follow-up: minimum follow-up reported as median
 ("p-12med", "e-14", S),
 # S5 CDC final guideline year off by one
 ("b-2023", "w-tue", S), ("b-2023", "p-june", S), ("b-2023", "e-jun24", S), ("b-2023", "f-jun24", S),
 # S6 CDC draft: "last October" in a 2025 article resolves to 2024
 ("l-lastoct", "w-lastoct", S), ("l-lastoct", "f-oct23", S),
 # S7 dosing window: IPERGAY's 24 h given for the CDC recommendation
 ("b-24", "w-72", S), ("b-24", "p-72", S), ("b-24", "e-72", S), ("b-24", "f-72", S),
 # S8 recommended dose: pill strength given as the dose
 ("e-100", "w-200", S), ("e-100", "p-200", S), ("e-100", "f-200", S),
 # S9 US STI cases in 2023: 2022 total given for 2023
 ("e-25m", "l-24m", S), ("e-25m", "f-24m", S),
 # S10 US gonorrhea decline 2023: 2022's decline given for 2023
 ("e-9", "l-7", S), ("e-9", "f-7", S),
 # S11 US P&S syphilis decline 2023: MSM subgroup figure reported as overall
 ("l-13", "e-10", S), ("l-13", "b-10", S), ("l-13", "f-10s", S),
 # S12 dPEP hair samples: numerator (58 of 200) read as a percent
 ("b-58", "e-29", S), ("b-58", "f-29", S),
 # S13 SF initiators at three sentinel clinics, Nov 2022-Sep 2023: Magnet prescriptions swapped in
 ("f-4300", "p-3288", S),
 # S14 King County GC tetracycline resistance Q2 2024: high-level figure given as overall
 ("f-65", "l-70", S),
 # S15 Magnet consistent use among eligible: 21.9% rounded the wrong way
 ("f-21", "b-22", S),
 # S16 board vote tally
 ("l-v7", "p-v8", S), ("l-v2", "p-v1", S),
 # S17 contract value: one year's tranche given as the total
 ("l-15m", "p-45m", S),
 # S18 PLWH cohort size: transposed digits
 ("w-147", "a-174", S),
 # Qualified
 ("p-50", "b-51", Q), ("p-51", "b-50", Q),
 ("f-4964", "b-51", Q), ("f-5139", "b-50", Q),
 ("p-5634", "b-5622", Q),
 ("b-four", "w-three", Q), ("b-four", "e-three", Q),
 ("w-50", "e-22", Q),
 ("e-100", "a-200", Q), ("e-100", "b-200", Q), ("e-100", "w-max200", Q), ("e-100", "f-max200", Q),
 ("b-24", "a-72", Q),
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
        if isinstance(lo, float):
            lo = round(lo, 4)
        if isinstance(hi, float):
            hi = round(hi, 4)
        rows.append({"type": "claim", "id": f"dp-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"dp-{a}", f"dp-{b}"
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
