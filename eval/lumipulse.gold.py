#!/usr/bin/env python3
"""Build lumipulse.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lumipulse")
OUT = os.path.join(HERE, "lumipulse.gold.jsonl")
T = "lumipulse"

W, P, A, E, B, L, F = ("lp01_wire.txt", "lp02_press.txt", "lp03_abstract.txt",
                       "lp04_explainer.txt", "lp05_blog.txt", "lp06_local.txt", "lp07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- lp01 wire (2025-05-16, a Friday)
 ("w-dl", W, "WASHINGTON, May 16", "May 16", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday cleared the first", "Friday", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date"),
 ("w-55", W, "adults aged 55 and older", "55", "age", 55, 55, "years", Y, "lumipulse intended-use minimum age"),
 ("w-2prot", W, "measures two proteins", "two", "count", 2, 2, "proteins", N, "analytes"),
 ("w-499", W, "samples from 499 cognitively", "499", "count", 499, 499, "patients", Y, "pivotal study size"),
 ("w-ppv", W, "tested positive, 91.7% had", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("w-npv", W, "and 97.3% of those who tested negative", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("w-20", W, "Fewer than 20% of the patients", "20%", "percent", 20, 20, "%", Y, "pivotal indeterminate share (upper bound)"),
 ("w-10pct", W, "about 10 percent of people", "10 percent", "percent", 10, 10, "%", Y, "share of us 65+ with alzheimer's (makary)"),
 ("w-65a", W, "people aged 65 and older have", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("w-double", W, "expected to double by 2050", "double", "ratio", 2, 2, "x", N, "forecast multiple"),
 ("w-2050", W, "double by 2050", "2050", "date", 2050, 2050, "year", N, "forecast year (doubling)"),
 ("w-62m", W, "about 6.2 million Americans", "6.2 million", "count", 6200000, 6200000, "people", Y, "americans 65+ with alzheimer's (alzheimer's association)"),
 ("w-65b", W, "6.2 million Americans 65 and older", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("w-lastsep", W, "to the FDA last September", "last September", "date", 2024, 2024, "year", Y, "fujirebio plasma submission date"),
 ("w-2yrs", W, "the FDA authorized two years ago", "two years ago", "date", 2023, 2023, "year", Y, "csf amyloid ratio test authorization year"),
 ("w-2drugs", W, "for the two drugs shown", "two", "count", 2, 2, "drugs", N, "aside"),
 ("w-leq2023", W, "full approval in 2023", "2023", "date", 2023, 2023, "year", Y, "leqembi full approval"),
 ("w-27", W, "slowed decline by 27%", "27%", "percent", 27, 27, "%", Y, "leqembi slowing of decline (clarity ad)"),
 ("w-18mo", W, "27% over 18 months", "18 months", "duration", 18, 18, "months", N, "trial timepoint"),
 ("w-kis", W, "Kisunla was approved last year", "last year", "date", 2024, 2024, "year", Y, "kisunla approval"),
 ("w-med2023", W, "Medicare in 2023 dropped", "2023", "date", 2023, 2023, "year", Y, "medicare drops one-pet-scan limit"),
 ("w-onescan", W, "limit of one amyloid PET scan", "one", "count", 1, 1, "scans", N, "former medicare limit"),

 # ---- lp02 press (2025-05-16)
 ("p-hppv", P, "showed a 91.7% positive", "91.7%", "percent", 91.7, 91.7, "%", N, "subtitle repeat"),
 ("p-hnpv", P, "and a 97.3% negative predictive value in a", "97.3%", "percent", 97.3, 97.3, "%", N, "subtitle repeat"),
 ("p-h499", P, "499-patient clinical study", "499", "count", 499, 499, "patients", N, "subtitle repeat"),
 ("p-dl", P, "May 16, 2025 (BUSINESS WIRE)", "May 16, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-72m", P, "estimated 7.2 million Americans", "7.2 million", "count", 7200000, 7200000, "people", Y, "americans 65+ with alzheimer's (alzheimer's association)"),
 ("p-1in9", P, "about 1 in 9 people", "1 in 9", "percent", 11.1, 11.1, "%", Y, "share of us 65+ with alzheimer's"),
 ("p-65", P, "1 in 9 people age 65 and older", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("p-14m", P, "nearly 14 million by 2060", "14 million", "count", 14000000, 14000000, "people", Y, "projected americans with alzheimer's in 2060"),
 ("p-2060", P, "14 million by 2060", "2060", "date", 2060, 2060, "year", Y, "projection year (14 million)"),
 ("p-50", P, "aged 50 years and older", "50", "age", 50, 50, "years", Y, "lumipulse intended-use minimum age"),
 ("p-499", P, "population of 499 patients", "499", "count", 499, 499, "patients", Y, "pivotal study size"),
 ("p-ppv", P, "positive predictive value of 91.7%", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("p-npv", P, "negative predictive value of 97.3% against", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("p-80", P, "About four in five patients", "four in five", "percent", 80, 80, "%", Y, "pivotal share with a clear positive/negative result"),
 ("p-2cut", P, "between the two cut points", "two", "count", 2, 2, "cut points", N, "definitional"),
 ("p-may22", P, "marketing authorization in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "csf amyloid ratio test authorization year"),
 ("p-sep24", P, "plasma test to the FDA in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "fujirebio plasma submission date"),

 # ---- lp03 abstract (2026-01-20)
 ("a-pub", A, "Published online 20 January 2026", "20 January 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-16may", A, "On 16 May 2025 the US", "16 May 2025", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date"),
 ("a-55", A, "adults aged 55 years and older", "55", "age", 55, 55, "years", Y, "lumipulse intended-use minimum age"),
 ("a-348", A, "United States $348 billion", "$348 billion", "money", 348000000000, 348000000000, "USD", Y, "us dementia health and long-term care cost 2025"),
 ("a-in2025", A, "long-term care in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-oct25", A, "cleared in October 2025 as a rule-out", "October 2025", "date", 2025, 2025, "year", Y, "roche elecsys ptau181 clearance"),
 ("a-321", A, "a study of 321 participants", "321", "count", 321, 321, "participants", Y, "roche elecsys ptau181 study size"),
 ("a-979", A, "negative predictive value of 97.9%", "97.9%", "percent", 97.9, 97.9, "%", Y, "roche elecsys ptau181 npv"),
 ("a-2conf", A, "proceedings of two 2025 conferences", "two", "count", 2, 2, "conferences", N, "methods"),
 ("a-conf25", A, "two 2025 conferences", "2025", "date", 2025, 2025, "year", N, "methods"),
 ("a-period", A, "between January 2024 and December 2025 that", "January 2024 and December 2025", "date", 2024, 2025, "year", N, "search period"),
 ("a-100", A, "in at least 100 participants", "100", "count", 100, 100, "participants", N, "inclusion criterion"),
 ("a-2cut", A, "falling between two cut points", "two", "count", 2, 2, "cut points", N, "definitional"),
 ("a-2prop", A, "difference between two proportions", "two", "count", 2, 2, "proportions", N, "methods"),
 ("a-2rev", A, "Two reviewers extracted", "Two", "count", 2, 2, "reviewers", N, "methods"),
 ("a-5rep", A, "Five reports describing", "Five", "count", 5, 5, "reports", Y, "reports included"),
 ("a-10coh", A, "describing ten cohorts", "ten", "count", 10, 10, "cohorts", Y, "cohorts included"),
 ("a-3243", A, "N = 3,243", "3,243", "count", 3243, 3243, "participants", Y, "participants included"),
 ("a-499", A, "registration study (n=499)", "499", "count", 499, 499, "patients", Y, "pivotal study size"),
 ("a-ppv", A, "positive predictive value was 91.7%", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("a-npv", A, "negative predictive value 97.3%", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("a-20", A, "with fewer than 20% of results", "20%", "percent", 20, 20, "%", Y, "pivotal indeterminate share (upper bound)"),
 ("a-427", A, "mild dementia (n=427)", "427", "count", 427, 427, "patients", Y, "mayo cohort size"),
 ("a-2cp", A, "a two-cutpoint approach", "two", "count", 2, 2, "cut points", N, "definitional"),
 ("a-mayo92", A, "gave 92% sensitivity and 96%", "92%", "percent", 92, 92, "%", Y, "mayo ptau217 sensitivity (two cutpoints)"),
 ("a-mayo96", A, "92% sensitivity and 96% specificity", "96%", "percent", 96, 96, "%", Y, "mayo ptau217 specificity (two cutpoints)"),
 ("a-199", A, "and 19.9% of Lumipulse", "19.9%", "percent", 19.9, 19.9, "%", Y, "mayo lumipulse indeterminate share"),
 ("a-85", A, "(85/427;", "85", "count", 85, 85, "results", Y, "mayo lumipulse indeterminate count"),
 ("a-427b", A, "(85/427;", "427", "count", 427, 427, "patients", N, "denominator repeat"),
 ("a-199ci", A, "16.4–24.0", "16.4–24.0", "percent", 16.4, 24.0, "%", Y, "ci"),
 ("a-391", A, "compared with 39.1% for", "39.1%", "percent", 39.1, 39.1, "%", Y, "mayo alzpath indeterminate share"),
 ("a-167", A, "(167/427;", "167", "count", 167, 167, "results", Y, "mayo alzpath indeterminate count"),
 ("a-427c", A, "(167/427;", "427", "count", 427, 427, "patients", N, "denominator repeat"),
 ("a-391ci", A, "34.6–43.8", "34.6–43.8", "percent", 34.6, 43.8, "%", Y, "ci"),
 ("a-diff", A, "a difference of −19.2 percentage points", "−19.2 percentage points", "percent", -19.2, -19.2, "pp", Y, "indeterminate difference lumipulse minus alzpath"),
 ("a-diffci", A, "(95% CI −25.1 to −13.1;", "−25.1 to −13.1", "percent", -25.1, -13.1, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-197", A, "Australian cohort (n=197)", "197", "count", 197, 197, "participants", Y, "aibl cohort size"),
 ("a-aibl93s", A, "gave 93% sensitivity", "93%", "percent", 93, 93, "%", Y, "aibl ratio sensitivity (single cutoff)"),
 ("a-aibl92", A, "93% sensitivity, 92% specificity", "92%", "percent", 92, 92, "%", Y, "aibl ratio specificity (single cutoff)"),
 ("a-aibl93a", A, "and 93% accuracy (AUC", "93%", "percent", 93, 93, "%", Y, "aibl ratio accuracy"),
 ("a-auc", A, "AUC 0.961", "0.961", "score", 0.961, 0.961, "AUC", Y, "aibl ratio auc"),
 ("a-91", A, "left 9.1% of participants", "9.1%", "percent", 9.1, 9.1, "%", Y, "aibl intermediate share (dual cutoffs)"),
 ("a-18", A, "(18/197;", "18", "count", 18, 18, "participants", Y, "aibl intermediate count"),
 ("a-197b", A, "(18/197;", "197", "count", 197, 197, "participants", N, "denominator repeat"),
 ("a-91ci", A, "5.9–14.0", "5.9–14.0", "percent", 5.9, 14.0, "%", Y, "ci"),
 ("a-5eu", A, "Across five European cohorts", "five", "count", 5, 5, "cohorts", Y, "european cohorts"),
 ("a-1767", A, "(n=1,767)", "1,767", "count", 1767, 1767, "participants", Y, "european cohorts size"),
 ("a-euppv", A, "ranged from 89% to 95%", "89% to 95%", "percent", 89, 95, "%", Y, "european ppv range"),
 ("a-eunpv", A, "from 77% to 90%", "77% to 90%", "percent", 77, 90, "%", Y, "european npv range"),
 ("a-euind", A, "7%–10% of results", "7%–10%", "percent", 7, 10, "%", Y, "european indeterminate (ratio)"),
 ("a-euind2", A, "against 12%–17%", "12%–17%", "percent", 12, 17, "%", Y, "european indeterminate (ptau217 alone)"),
 ("a-252", A, "memory-clinic cohort (n=252)", "252", "count", 252, 252, "patients", Y, "wisconsin clinic cohort size"),
 ("a-100s", A, "showed 100% sensitivity", "100%", "percent", 100, 100, "%", Y, "wisconsin clinic sensitivity (fda cut points)"),
 ("a-23", A, "but 23% specificity", "23%", "percent", 23, 23, "%", Y, "wisconsin clinic specificity (fda cut points)"),
 ("a-101", A, "research cohort (n=101)", "101", "count", 101, 101, "participants", Y, "wisconsin research cohort size"),
 ("a-99", A, "showed 99% sensitivity", "99%", "percent", 99, 99, "%", Y, "wisconsin research sensitivity"),
 ("a-85spec", A, "85% specificity and 95% accuracy", "85%", "percent", 85, 85, "%", Y, "wisconsin research specificity"),
 ("a-95acc", A, "specificity and 95% accuracy", "95%", "percent", 95, 95, "%", Y, "wisconsin research accuracy"),
 ("a-79", A, "clinic specificity to 79%", "79%", "percent", 79, 79, "%", Y, "wisconsin clinic specificity (local cut points)"),
 ("a-739", A, "ranged from 7% to 39%", "7% to 39%", "percent", 7, 39, "%", N, "summary range"),
 ("a-fifth", A, "roughly one in five patients", "one in five", "percent", 20, 20, "%", N, "summary (share needing confirmation)"),

 # ---- lp04 explainer (2025-12-15)
 ("e-upd", E, "Updated December 15, 2025", "December 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2tests", E, "Two blood tests for", "Two", "count", 2, 2, "tests", Y, "fda-cleared alzheimer's blood tests"),
 ("e-may", E, "In May the FDA cleared", "May", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date"),
 ("e-oct13", E, "On Oct. 13, Roche", "Oct. 13", "date", 2025, 2025, "year", Y, "roche elecsys ptau181 clearance"),
 ("e-2022", E, "test was authorized in 2022", "2022", "date", 2022, 2022, "year", Y, "csf amyloid ratio test authorization year"),
 ("e-55", E, "Adults aged 55 and older who", "55", "age", 55, 55, "years", Y, "lumipulse intended-use minimum age"),
 ("e-2prot", E, "compares two proteins", "two", "count", 2, 2, "proteins", N, "analytes"),
 ("e-20yr", E, "up to 20 years before", "20 years", "duration", 20, 20, "years", Y, "amyloid accumulation lead time"),
 ("e-500", E, "nearly 500 people", "500", "count", 500, 500, "patients", Y, "pivotal study size (rounded)"),
 ("e-ppv", E, "symptoms, 91.7% of those", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("e-npv", E, "and 97.3% of those with a negative", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("e-10", E, "Fewer than 10% of results", "10%", "percent", 10, 10, "%", Y, "pivotal indeterminate share (upper bound)"),
 ("e-ctad", E, "research meeting earlier this month", "earlier this month", "date", 2025, 2025, "year", N, "ctad presentation date"),
 ("e-252", E, "among 252 patients", "252", "count", 252, 252, "patients", Y, "wisconsin clinic cohort size"),
 ("e-100", E, "caught 100% of people", "100%", "percent", 100, 100, "%", Y, "wisconsin clinic sensitivity (fda cut points)"),
 ("e-32", E, "specificity of only 32%", "32%", "percent", 32, 32, "%", Y, "wisconsin clinic specificity (fda cut points)"),
 ("e-312", E, "study of 312 participants", "312", "count", 312, 312, "participants", Y, "roche elecsys ptau181 study size"),
 ("e-979", E, "negative predictive value of 97.9%", "97.9%", "percent", 97.9, 97.9, "%", Y, "roche elecsys ptau181 npv"),
 ("e-r55", E, "It is also for adults 55 and older", "55", "age", 55, 55, "years", Y, "roche elecsys ptau181 minimum age"),
 ("e-4500", E, "more than 4,500 of its analyzers", "4,500", "count", 4500, 4500, "analyzers", Y, "roche analyzers installed in us"),
 ("e-range", E, "between $300 and $1,750", "$300 and $1,750", "money", 300, 1750, "USD", Y, "pre-clearance lab blood test price range (budson)"),
 ("e-pet", E, "upward of $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "amyloid pet scan cost"),
 ("e-2drugs", E, "Two drugs, Leqembi", "Two", "count", 2, 2, "drugs", N, "aside"),
 ("e-dose", E, "at 10 mg/kg every", "10 mg/kg", "dose", 10, 10, "mg/kg", Y, "leqembi dose"),
 ("e-2wk", E, "10 mg/kg every two weeks", "every two weeks", "duration", 2, 2, "weeks", Y, "leqembi dosing interval"),
 ("e-4wk", E, "infused once every four weeks", "every four weeks", "duration", 4, 4, "weeks", Y, "kisunla dosing interval"),
 ("e-75", E, "up to 75% of people", "75%", "percent", 75, 75, "%", Y, "share of symptomatic never diagnosed (roche)"),
 ("e-3yr", E, "wait nearly three years", "three years", "duration", 3, 3, "years", Y, "average wait from symptoms to diagnosis (roche)"),
 ("e-ff2025", E, "2025 Facts and Figures", "2025", "date", 2025, 2025, "year", N, "report year"),
 ("e-72m", E, "report, 7.2 million Americans", "7.2 million", "count", 7200000, 7200000, "people", Y, "americans 65+ with alzheimer's (alzheimer's association)"),
 ("e-65", E, "Americans age 65 and older are living", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("e-1in9", E, "about 1 in 9 people in that", "1 in 9", "percent", 11.1, 11.1, "%", Y, "share of us 65+ with alzheimer's"),
 ("e-13m", E, "nearly 13 million by 2050", "13 million", "count", 13000000, 13000000, "people", Y, "projected americans with alzheimer's in 2050"),
 ("e-2050", E, "13 million by 2050", "2050", "date", 2050, 2050, "year", Y, "projection year (about 13 million)"),
 ("e-384", E, "estimated $384 billion in 2025", "$384 billion", "money", 384000000000, 384000000000, "USD", Y, "us dementia health and long-term care cost 2025"),
 ("e-in2025", E, "$384 billion in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-12m", E, "nearly 12 million family members", "12 million", "count", 12000000, 12000000, "people", Y, "unpaid dementia caregivers"),
 ("e-u55", E, "younger than 55", "55", "age", 55, 55, "years", N, "advice (repeat)"),

 # ---- lp05 blog (2026-01-14)
 ("b-pub", B, "January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("b-read", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-10min", B, "Ten minutes in the chair", "Ten minutes", "duration", 10, 10, "minutes", N, "image caption"),
 ("b-3wk", B, "three weeks of waiting", "three weeks", "duration", 3, 3, "weeks", N, "image caption"),
 ("b-fall", B, "blood test this fall", "this fall", "date", 2025, 2025, "year", N, "personal timeline"),
 ("b-lastmay", B, "headlines last May", "last May", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date"),
 ("b-2prot", B, "looks at two proteins", "two", "count", 2, 2, "proteins", N, "analytes"),
 ("b-65", B, "cleared for adults 65 and older", "65", "age", 65, 65, "years", Y, "lumipulse intended-use minimum age"),
 ("b-lastsep", B, "submitted it to the FDA last September", "last September", "date", 2025, 2025, "year", Y, "fujirebio plasma submission date"),
 ("b-449", B, "a study of 449 people", "449", "count", 449, 449, "patients", Y, "pivotal study size"),
 ("b-sens", B, "caught 91.7% of people", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal 'sensitivity' as misreported (actually ppv)"),
 ("b-spec", B, "correctly cleared 97.3%", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal 'specificity' as misreported (actually npv)"),
 ("b-2fig", B, "those two figures", "two", "count", 2, 2, "figures", N, "aside"),
 ("b-ppv", B, "test positive, 91.7% really", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("b-npv", B, "test negative, 97.3% really", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("b-fifth", B, "Roughly one in five people", "one in five", "percent", 20, 20, "%", Y, "pivotal indeterminate share"),
 ("b-dec", B, "reported in December", "December", "date", 2025, 2025, "year", N, "ctad presentation date"),
 ("b-23", B, "dropped to just 23%", "23%", "percent", 23, 23, "%", Y, "wisconsin clinic specificity (fda cut points)"),
 ("b-oct", B, "In October, Roche", "October", "date", 2025, 2025, "year", Y, "roche elecsys ptau181 clearance"),
 ("b-312", B, "study had 312 participants", "312", "count", 312, 312, "participants", Y, "roche elecsys ptau181 study size"),
 ("b-yr", B, "a year earlier", "a year", "duration", 1, 1, "years", N, "aside"),
 ("b-1200", B, "The lab billed $1,200", "$1,200", "money", 1200, 1200, "USD", Y, "lab charge for mother's test"),
 ("b-fewhund", B, "pay a few hundred dollars", "a few hundred dollars", "money", None, None, "USD", N, "vague"),
 ("b-pet", B, "billed at more than $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "amyloid pet scan cost"),
 ("b-2wk", B, "an infusion every two weeks", "every two weeks", "duration", 2, 2, "weeks", Y, "leqembi dosing interval (initial)"),
 ("b-18mo", B, "after 18 months", "18 months", "duration", 18, 18, "months", Y, "leqembi switch to maintenance"),
 ("b-4wk", B, "maintenance infusion every four weeks", "every four weeks", "duration", 4, 4, "weeks", Y, "leqembi maintenance dosing interval"),
 ("b-v10", B, "voted 10-1 last", "10", "count", 10, 10, "votes", Y, "northern lakes coverage vote: for"),
 ("b-v1", B, "-1 last month", "1", "count", 1, 1, "votes", Y, "northern lakes coverage vote: against"),
 ("b-lastmo", B, "10-1 last month", "last month", "date", 2025, 2025, "year", Y, "northern lakes coverage vote date"),
 ("b-7m", B, "more than 7 million Americans", "7 million", "count", 7000000, 7000000, "people", Y, "americans 65+ with alzheimer's (alzheimer's association)"),
 ("b-65b", B, "7 million Americans 65 and older", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("b-127", B, "projects 12.7 million by", "12.7 million", "count", 12700000, 12700000, "people", Y, "projected americans with alzheimer's in 2050"),
 ("b-2050", B, "12.7 million by 2050", "2050", "date", 2050, 2050, "year", Y, "projection year (about 13 million)"),
 ("b-384", B, "estimated $384 billion last year", "$384 billion", "money", 384000000000, 384000000000, "USD", Y, "us dementia health and long-term care cost 2025"),
 ("b-lastyr", B, "$384 billion last year", "last year", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-yrago", B, "where I was a year ago", "a year ago", "date", 2025, 2025, "year", N, "aside"),
 ("b-email", B, "One honest email a week", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-5q", B, "5 questions to ask", "5", "count", 5, 5, "questions", N, "page furniture (related link)"),
 ("b-comm", B, "14 comments", "14", "count", 14, 14, "comments", N, "page furniture"),

 # ---- lp06 local (2025-12-10, a Wednesday), hard-wrapped
 ("l-v9", L, "voted 9-2 on", "9", "count", 9, 9, "votes", Y, "northern lakes coverage vote: for"),
 ("l-v2", L, "-2 on Tuesday", "2", "count", 2, 2, "votes", Y, "northern lakes coverage vote: against"),
 ("l-tue", L, "9-2 on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "northern lakes coverage vote date"),
 ("l-feb1", L, "Coverage begins Feb. 1", "Feb. 1", "date", 2026, 2026, "year", Y, "northern lakes coverage start"),
 ("l-55", L, "plan members 55 and older", "55", "age", 55, 55, "years", Y, "northern lakes coverage minimum age"),
 ("l-240k", L, "about 240,000 people", "240,000", "count", 240000, 240000, "members", Y, "northern lakes plan membership"),
 ("l-1800", L, "about 1,800 members", "1,800", "count", 1800, 1800, "members", Y, "expected tests in first year"),
 ("l-1styr", L, "tested in the first year", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-may24", L, "Administration in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "lumipulse plasma fda clearance date"),
 ("l-11", L, "the 11-member committee", "11", "count", 11, 11, "members", Y, "committee size"),
 ("l-ppv", L, "clearance, 97.3% of patients who tested positive", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal ppv"),
 ("l-npv", L, "and 91.7% of those who tested negative", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal npv"),
 ("l-2hr", L, "someone two hours to a PET", "two hours", "duration", 2, 2, "hours", N, "quote"),
 ("l-5200", L, "average of $5,200 for", "$5,200", "money", 5200, 5200, "USD", Y, "northern lakes average amyloid pet payment"),
 ("l-640", L, "each of the 640 amyloid", "640", "count", 640, 640, "scans", Y, "northern lakes amyloid pet scans last year"),
 ("l-lastyr", L, "members received last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-275", L, "blood test at $275", "$275", "money", 275, 275, "USD", Y, "northern lakes blood test reimbursement"),
 ("l-two", L, "The two members who voted no", "two", "count", 2, 2, "votes", Y, "northern lakes coverage vote: against (repeat)"),
 ("l-1yr", L, "a one-year review", "one-year", "duration", 1, 1, "years", N, "requested review interval"),
 ("l-thismo", L, "presented earlier this month", "earlier this month", "date", 2025, 2025, "year", N, "ctad presentation date"),
 ("l-23", L, "specificity of just 23%", "23%", "percent", 23, 23, "%", Y, "wisconsin clinic specificity (fda cut points)"),
 ("l-252", L, "among 252 patients", "252", "count", 252, 252, "patients", Y, "wisconsin clinic cohort size"),
 ("l-m5", L, "failed 5-6", "5", "count", 5, 5, "votes", Y, "primary-care ordering motion: for"),
 ("l-m6", L, "5-6. That test", "6", "count", 6, 6, "votes", Y, "primary-care ordering motion: against"),
 ("l-oct", L, "cleared in October, is designed", "October", "date", 2025, 2025, "year", Y, "roche elecsys ptau181 clearance"),
 ("l-312", L, "study of 312 participants", "312", "count", 312, 312, "participants", Y, "roche elecsys ptau181 study size"),
 ("l-979", L, "value of 97.9%", "97.9%", "percent", 97.9, 97.9, "%", Y, "roche elecsys ptau181 npv"),
 ("l-5yr", L, "wait nearly five years", "five years", "duration", 5, 5, "years", Y, "average wait from symptoms to diagnosis (roche)"),
 ("l-6mo", L, "primary-care ordering in six months", "six months", "duration", 6, 6, "months", N, "planned revisit"),
 ("l-fifth", L, "About one in five results", "one in five", "percent", 20, 20, "%", Y, "pivotal indeterminate share"),

 # ---- lp07 fact-check (2025-06-12)
 ("f-h60", F, "No, a $60 blood test", "$60", "money", 60, 60, "USD", N, "headline (claim repeat)"),
 ("f-pub", F, "June 12, 2025", "June 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c60", F, "new \"$60 blood test\"", "$60", "money", 60, 60, "USD", N, "post claim (attributed)"),
 ("f-c97", F, "Alzheimer's with 97% accuracy", "97%", "percent", 97, 97, "%", N, "post claim (attributed)"),
 ("f-vmay", F, "diagnose Alzheimer's in May, but", "May", "date", 2025, 2025, "year", N, "verdict repeat"),
 ("f-v97", F, "are not \"97% accuracy,\"", "97%", "percent", 97, 97, "%", N, "post claim repeat"),
 ("f-v60", F, "no published $60 price", "$60", "money", 60, 60, "USD", N, "post claim repeat"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-latemay", F, "since late May", "late May", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-may16", F, "The FDA cleared it on May 16", "May 16", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date"),
 ("f-55", F, "for adults 55 and older who already", "55", "age", 55, 55, "years", Y, "lumipulse intended-use minimum age"),
 ("f-sep24", F, "review in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "fujirebio plasma submission date"),
 ("f-2022", F, "amyloid test, authorized in 2022", "2022", "date", 2022, 2022, "year", Y, "csf amyloid ratio test authorization year"),
 ("f-q97", F, "Where does \"97%\" come", "97%", "percent", 97, 97, "%", N, "post claim repeat"),
 ("f-499", F, "In the 499-patient study", "499", "count", 499, 499, "patients", Y, "pivotal study size"),
 ("f-npv", F, "reviewed, 97.3% of people", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv"),
 ("f-ppv", F, "was lower: 91.7% of people", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv"),
 ("f-fifth", F, "About one in five patients", "one in five", "percent", 20, 20, "%", Y, "pivotal indeterminate share"),
 ("f-2024", F, "in a 2024 Mayo Clinic", "2024", "date", 2024, 2024, "year", N, "study year"),
 ("f-427", F, "analysis of 427 patients", "427", "count", 427, 427, "patients", Y, "mayo cohort size"),
 ("f-39", F, "427 patients, 39% of results", "39%", "percent", 39, 39, "%", Y, "mayo lumipulse indeterminate share"),
 ("f-2cut", F, "when two cutpoints were used", "two", "count", 2, 2, "cut points", N, "definitional"),
 ("f-lab60", F, "cleared test for $60", "$60", "money", 60, 60, "USD", N, "post claim repeat"),
 ("f-range", F, "typically cost $300 to $1,570", "$300 to $1,570", "money", 300, 1570, "USD", Y, "pre-clearance lab blood test price range (budson)"),
 ("f-pet", F, "can cost more than $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "amyloid pet scan cost"),
 ("f-7m", F, "said nearly 7 million Americans", "7 million", "count", 7000000, 7000000, "people", Y, "americans with alzheimer's (fda, tarver)"),
 ("f-13m", F, "nearly 13 million by 2060", "13 million", "count", 13000000, 13000000, "people", Y, "projected americans with alzheimer's (tarver)"),
 ("f-2060", F, "13 million by 2060", "2060", "date", 2060, 2060, "year", Y, "projection year (about 13 million)"),
 ("f-rmay16", F, "it was cleared on May 16", "May 16", "date", 2025, 2025, "year", Y, "lumipulse plasma fda clearance date (ruling)"),
 ("f-r55", F, "meant for people 55 and older", "55", "age", 55, 55, "years", Y, "lumipulse intended-use minimum age (ruling)"),
 ("f-rppv", F, "main study 91.7% of positive", "91.7%", "percent", 91.7, 91.7, "%", Y, "pivotal ppv (ruling)"),
 ("f-rnpv", F, "results and 97.3% of negative", "97.3%", "percent", 97.3, 97.3, "%", Y, "pivotal npv (ruling)"),
 ("f-r60", F, "it is not a $60 test", "$60", "money", 60, 60, "USD", N, "post claim repeat"),
 ("f-r97", F, "does not offer \"97% accuracy,\"", "97%", "percent", 97, 97, "%", N, "post claim repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 clearance year: "May 2024" (lp06) vs 2025 everywhere
 ("l-may24", "w-fri", S), ("l-may24", "a-16may", S), ("l-may24", "e-may", S),
 ("l-may24", "b-lastmay", S), ("l-may24", "f-may16", S), ("l-may24", "f-rmay16", S),
 # S2 pivotal study size 449 (lp05) vs 499
 ("b-449", "w-499", S), ("b-449", "p-499", S), ("b-449", "a-499", S), ("b-449", "f-499", S),
 # S3 PPV: lp06 gives the NPV figure as the PPV
 ("l-ppv", "w-ppv", S), ("l-ppv", "p-ppv", S), ("l-ppv", "a-ppv", S), ("l-ppv", "e-ppv", S),
 ("l-ppv", "b-ppv", S), ("l-ppv", "f-ppv", S), ("l-ppv", "f-rppv", S),
 # S4 NPV: lp06 gives the PPV figure as the NPV
 ("l-npv", "w-npv", S), ("l-npv", "p-npv", S), ("l-npv", "a-npv", S), ("l-npv", "e-npv", S),
 ("l-npv", "b-npv", S), ("l-npv", "f-npv", S), ("l-npv", "f-rnpv", S),
 # S5 indeterminate share: "fewer than 10%" (lp04) vs about one in five (the two upper bounds are qualified)
 ("e-10", "b-fifth", S), ("e-10", "l-fifth", S), ("e-10", "f-fifth", S),
 # S6 intended-use age: 65 (lp05) vs 55
 ("b-65", "w-55", S), ("b-65", "a-55", S), ("b-65", "e-55", S), ("b-65", "f-55", S), ("b-65", "f-r55", S),
 # S7 Alzheimer's Association count of Americans 65+: 6.2 million (lp01, stale) vs 7.2 million
 ("w-62m", "p-72m", S), ("w-62m", "e-72m", S), ("w-62m", "b-7m", S),
 # S8 2025 dementia care cost: $348 billion (lp03, transposed) vs $384 billion
 ("a-348", "e-384", S), ("a-348", "b-384", S),
 # S9 Roche study size: 321 (lp03, transposed) vs 312
 ("a-321", "e-312", S), ("a-321", "b-312", S), ("a-321", "l-312", S),
 # S10 CSF test authorization year: "two years ago" (lp01 -> 2023) vs 2022
 ("w-2yrs", "p-may22", S), ("w-2yrs", "e-2022", S), ("w-2yrs", "f-2022", S),
 # S11 submission date: "last September" in a January 2026 blog (-> 2025) vs September 2024
 ("b-lastsep", "w-lastsep", S), ("b-lastsep", "p-sep24", S), ("b-lastsep", "f-sep24", S),
 # S12 Northern Lakes vote: 10-1 (lp05) vs 9-2 (lp06)
 ("b-v10", "l-v9", S), ("b-v1", "l-v2", S), ("b-v1", "l-two", S),
 # S13 Budson price range: $300 to $1,570 (lp07, transposed) vs $300 to $1,750
 ("f-range", "e-range", S),
 # S14 average wait from symptoms to diagnosis: nearly five years (lp06) vs nearly three years
 ("l-5yr", "e-3yr", S),
 # S15 Mayo Lumipulse indeterminate share: 39% (lp07, the ALZpath figure) vs 19.9%
 ("f-39", "a-199", S),
 # S16 Wisconsin clinic specificity: 32% (lp04, transposed) vs 23%
 ("e-32", "a-23", S), ("e-32", "b-23", S), ("e-32", "l-23", S),
 # S17 year of the ~13 million projection: 2060 (lp07) vs 2050
 ("f-2060", "e-2050", S), ("f-2060", "b-2050", S),
 # Qualified
 ("b-449", "e-500", Q),
 ("p-50", "w-55", Q), ("p-50", "a-55", Q), ("p-50", "e-55", Q), ("p-50", "f-55", Q), ("p-50", "f-r55", Q), ("p-50", "b-65", Q),
 ("w-62m", "f-7m", Q),
 ("f-13m", "p-14m", Q),
 ("w-10pct", "p-1in9", Q), ("w-10pct", "e-1in9", Q),
 ("e-10", "p-80", Q), ("e-10", "a-fifth", Q),
 ("e-10", "w-20", Q), ("e-10", "a-20", Q),
 ("f-7m", "p-72m", Q), ("f-7m", "e-72m", Q), ("f-7m", "b-7m", Q),
 ("l-55", "b-65", Q),
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
        rows.append({"type": "claim", "id": f"lp-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"lp-{a}", f"lp-{b}"
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
