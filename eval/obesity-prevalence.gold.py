#!/usr/bin/env python3
"""Build obesity-prevalence.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "obesity-prevalence")
OUT = os.path.join(HERE, "obesity-prevalence.gold.jsonl")
T = "op"

W, P, A, E, B, L, F = ("OP01_wire.txt", "OP02_press.txt", "OP03_abstract.txt",
                       "OP04_explainer.txt", "OP05_blog.txt", "OP06_local.txt", "OP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- OP01 wire (2025-10-17)
 ("w-h35", W, "states top 35% adult", "35%", "percent", 35, 35, "%", N, "headline threshold"),
 ("w-dl", W, "WASHINGTON, Oct 17", "Oct 17", "date", 2025, 2025, "year", N, "dateline"),
 ("w-35a", W, "where at least 35% of adults", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("w-thu", W, "said on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "tfah state of obesity 2025 release date"),
 ("w-19", W, "Nineteen states had adult", "Nineteen", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("w-35b", W, "at or above 35% in 2024", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("w-2024", W, "35% in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-23", W, "down from 23 states", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("w-2023", W, "23 states in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-wv", W, "at 41.4%, followed", "41.4%", "percent", 41.4, 41.4, "%", Y, "west virginia adult obesity 2024"),
 ("w-ms", W, "Mississippi at 40.4%", "40.4%", "percent", 40.4, 40.4, "%", Y, "mississippi adult obesity 2024"),
 ("w-la", W, "Louisiana at 39.2%", "39.2%", "percent", 39.2, 39.2, "%", Y, "louisiana adult obesity 2024"),
 ("w-2013", W, "Before 2013, no state", "2013", "date", 2013, 2013, "year", Y, "first year any state reached 35%"),
 ("w-35c", W, "reached the 35% mark", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("w-403", W, "put adult obesity at 40.3%", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("w-cyc", W, "for August 2021 through August 2023", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("w-94", W, "severe obesity at 9.4%", "9.4%", "percent", 9.4, 9.4, "%", Y, "nhanes adult severe obesity 2021-2023"),
 ("w-age219", W, "teenagers aged 2 to 19", "2 to 19", "age", 2, 19, "years", N, "definitional ages"),
 ("w-21", W, "risen to more than 21%", "21%", "percent", 21, 21, "%", Y, "childhood obesity latest (more than)"),
 ("w-week", W, "Earlier this week, Gallup", "Earlier this week", "date", 2025, 2025, "year", N, "gallup release (vague)"),
 ("w-370", W, "fell to 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("w-2025", W, "37.0% in 2025 from", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("w-399", W, "a record 39.9%", "39.9%", "percent", 39.9, 39.9, "%", Y, "gallup adult obesity peak"),
 ("w-2022", W, "39.9% in 2022, based", "2022", "date", 2022, 2022, "year", Y, "year of gallup obesity peak"),
 ("w-16946", W, "data from 16,946 adults", "16,946", "count", 16946, 16946, "people", Y, "gallup 2025 sample size"),
 ("w-76m", W, "roughly 7.6 million fewer", "7.6 million", "count", 7600000, 7600000, "people", Y, "gallup fewer adults with obesity 2022-2025"),
 ("w-double", W, "more than doubled, to", "doubled", "ratio", 2, 2, "x", N, "glp-1 use growth"),
 ("w-124", W, "to 12.4% from", "12.4%", "percent", 12.4, 12.4, "%", Y, "gallup glp-1 use for weight loss 2025"),
 ("w-58", W, "from 5.8% in early 2024", "5.8%", "percent", 5.8, 5.8, "%", Y, "gallup glp-1 use early 2024"),
 ("w-early24", W, "in early 2024", "early 2024", "date", 2024, 2024, "year", N, "baseline timepoint"),
 ("w-17mg", W, "weekly 1.7-milligram injection", "1.7-milligram", "dose", 1.7, 1.7, "mg", Y, "wegovy weekly dose"),
 ("w-2021", W, "obesity treatment in 2021", "2021", "date", 2021, 2021, "year", Y, "first glp-1 approval for obesity (gallup wording)"),
 ("w-499", W, "rates of 49.9% among Black", "49.9%", "percent", 49.9, 49.9, "%", Y, "black adults obesity (tfah)"),
 ("w-456", W, "and 45.6% among Latino", "45.6%", "percent", 45.6, 45.6, "%", Y, "latino adults obesity (tfah)"),
 ("w-for2019", W, "estimate, for 2019, put", "2019", "date", 2019, 2019, "year", N, "cost estimate year"),
 ("w-147b", W, "at $147 billion", "$147 billion", "money", 147000000000, 147000000000, "USD", Y, "annual medical cost of obesity (2019)"),
 ("w-fy26", W, "for fiscal year 2026 proposes", "fiscal year 2026", "date", 2026, 2026, "year", N, "budget year"),
 ("w-apr24", W, "weight loss in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "nc state health plan coverage end"),
 ("w-vf", W, "trustees voted 5-4 to end", "5", "vote", 5, 5, "votes for", Y, "nc board vote to end glp-1 coverage (for)"),
 ("w-va", W, "voted 5-4 to end", "4", "vote", 4, 4, "votes against", Y, "nc board vote to end glp-1 coverage (against)"),
]
C += [
 # ---- OP02 press release (2025-11-12)
 ("p-h2025", P, "Releases 2025 \"Weight", "2025", "date", 2025, 2025, "year", N, "report name year (headline)"),
 ("p-h23", P, "but 23 States Remain", "23", "count", 23, 23, "states", N, "headline repeat"),
 ("p-h35", P, "at or Above 35%", "35%", "percent", 35, 35, "%", N, "headline threshold"),
 ("p-s248k", P, "data from 248,000 patients", "248,000", "count", 248000, 248000, "people", N, "subtitle repeat"),
 ("p-s112", P, "weight loss of 11.2% after", "11.2%", "percent", 11.2, 11.2, "%", N, "subtitle repeat"),
 ("p-s12mo", P, "after 12 months in", "12 months", "duration", 12, 12, "months", N, "subtitle timepoint"),
 ("p-dl", P, "Nov. 12, 2025 /PRNewswire/", "Nov. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-cyc1", P, "measured data, for August 2021 through August 2023", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("p-403", P, "show 40.3% of adults", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("p-97", P, "and 9.7% with severe", "9.7%", "percent", 9.7, 9.7, "%", Y, "adult severe obesity 2021-2023 (age-adjusted figure, unlabelled)"),
 ("p-23", P, "Twenty-three states had", "Twenty-three", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2024"),
 ("p-35", P, "rates of 35% or higher", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("p-2024", P, "or higher in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-197", P, "adolescents, 19.7% now", "19.7%", "percent", 19.7, 19.7, "%", Y, "childhood obesity latest cycle (2021-2023)"),
 ("p-cyc2", P, "cycle, August 2021 through August 2023", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("p-370", P, "fell to 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("p-2025", P, "37.0% in 2025, from", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-399", P, "a peak of 39.9%", "39.9%", "percent", 39.9, 39.9, "%", Y, "gallup adult obesity peak"),
 ("p-2023", P, "39.9% in 2023", "2023", "date", 2023, 2023, "year", Y, "year of gallup obesity peak"),
 ("p-479m", P, "records for 47.9 million adults", "47.9 million", "count", 47900000, 47900000, "people", Y, "jama health forum ehr cohort size (adults)"),
 ("p-dec2023", P, "declined in 2023 for", "2023", "date", 2023, 2023, "year", N, "year of ehr decline"),
 ("p-173b", P, "estimated $173 billion a year", "$173 billion", "money", 173000000000, 173000000000, "USD", Y, "annual medical cost of obesity (2019)"),
 ("p-1681", P, "incur $1,681 more", "$1,681", "money", 1681, 1681, "USD", Y, "excess annual medical cost per adult with obesity"),
 ("p-248k", P, "records from 248,000 members", "248,000", "count", 248000, 248000, "people", Y, "halcyon members analyzed"),
 ("p-enrol", P, "between January 2022 and June 2025", "January 2022 and June 2025", "date", 2022, 2025, "year", N, "enrolment window"),
 ("p-12mo", P, "care for 12 months", "12 months", "duration", 12, 12, "months", N, "timepoint"),
 ("p-112", P, "average weight loss was 11.2%", "11.2%", "percent", 11.2, 11.2, "%", Y, "halcyon medication-supported mean weight loss"),
 ("p-64", P, "and 64% lost", "64%", "percent", 64, 64, "%", Y, "halcyon share losing >=5%"),
 ("p-5", P, "at least 5% of their", "5%", "percent", 5, 5, "%", N, "threshold"),
 ("p-24mg", P, "semaglutide 2.4 mg (Wegovy)", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "wegovy weekly dose"),
 ("p-nov23", P, "management in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "zepbound approval for weight management"),
 ("p-double", P, "intend to double the number", "double", "ratio", 2, 2, "x", N, "company goal (forecast)"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", N, "forecast date"),
 ("p-2018", P, "Founded in 2018", "2018", "date", 2018, 2018, "year", N, "about section"),
 ("p-38", P, "members in 38 states", "38", "count", 38, 38, "states", N, "about section"),
 ("p-1995", P, "Litigation Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "boilerplate"),
]
C += [
 # ---- OP03 abstract (2025-12-08)
 ("a-pub", A, "Published online 8 December 2025", "8 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "United States, 2021–2025: a comparison", "2021–2025", "date", 2021, 2025, "year", N, "title period"),
 ("a-bmi30a", A, "[BMI] ≥30 kg/m²", "30 kg/m²", "bmi", 30, 30, "kg/m2", N, "obesity definition"),
 ("a-305", A, "rose from 30.5% in", "30.5%", "percent", 30.5, 30.5, "%", Y, "nhanes adult obesity 1999-2000"),
 ("a-9900", A, "30.5% in 1999–2000", "1999–2000", "date", 1999, 2000, "year", N, "qualifier cycle"),
 ("a-424", A, "to 42.4% in 2017–2018 [1]", "42.4%", "percent", 42.4, 42.4, "%", Y, "nhanes adult obesity 2017-2018"),
 ("a-1718", A, "42.4% in 2017–2018 [1]", "2017–2018", "date", 2017, 2018, "year", N, "qualifier cycle"),
 ("a-since22", A, "Since 2022, survey", "2022", "date", 2022, 2022, "year", N, "period start"),
 ("a-hp36", A, "targets are 36.0% for adults", "36.0%", "percent", 36.0, 36.0, "%", Y, "healthy people 2030 adult target"),
 ("a-hp155", A, "and 15.5% for children", "15.5%", "percent", 15.5, 15.5, "%", Y, "healthy people 2030 child target"),
 ("a-N", A, "N = 41,449 examined", "41,449", "count", 41449, 41449, "people", Y, "nhanes participants 2013-2023 cycles"),
 ("a-695", A, "response rate 69.5% in", "69.5%", "percent", 69.5, 69.5, "%", Y, "nhanes examination response rate 2013-2014"),
 ("a-1314a", A, "69.5% in 2013–2014 and", "2013–2014", "date", 2013, 2014, "year", N, "qualifier cycle"),
 ("a-256", A, "and 25.6% in August", "25.6%", "percent", 25.6, 25.6, "%", Y, "nhanes examination response rate 2021-2023"),
 ("a-cyc1", A, "25.6% in August 2021–August 2023", "August 2021–August 2023", "date", 2021, 2023, "year", N, "qualifier cycle"),
 ("a-n16946", A, "n=16,946 adults", "16,946", "count", 16946, 16946, "people", Y, "gallup 2025 sample size"),
 ("a-ehrn", A, "n=16,743,822 adults", "16,743,822", "count", 16743822, 16743822, "people", Y, "jama health forum ehr cohort size (adults)"),
 ("a-ehrmeas", A, "contributing 47,939,382 BMI", "47,939,382", "count", 47939382, 47939382, "measurements", Y, "ehr bmi measurements"),
 ("a-bmi30b", A, "defined as BMI ≥30 and", "30", "bmi", 30, 30, "kg/m2", N, "obesity definition"),
 ("a-bmi40", A, "severe obesity as BMI ≥40", "40", "bmi", 40, 40, "kg/m2", Y, "severe obesity bmi threshold"),
 ("a-age219", A, "children aged 2–19 years", "2–19 years", "age", 2, 19, "years", N, "definitional ages"),
 ("a-p95", A, "sex-specific 95th percentile", "95th percentile", "percent", 95, 95, "percentile", N, "child obesity definition"),
 ("a-cyc2", A, "In NHANES August 2021–August 2023, adult", "August 2021–August 2023", "date", 2021, 2023, "year", N, "qualifier cycle"),
 ("a-403", A, "prevalence was 40.3% (95% CI", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("a-403ci", A, "95% CI 36.3–44.3", "36.3–44.3", "percent", 36.3, 44.3, "%", Y, "ci"),
 ("a-men", A, "39.2% in men", "39.2%", "percent", 39.2, 39.2, "%", Y, "nhanes obesity men 2021-2023"),
 ("a-women", A, "41.3% in women", "41.3%", "percent", 41.3, 41.3, "%", Y, "nhanes obesity women 2021-2023"),
 ("a-2039", A, "35.5% at ages 20–39", "35.5%", "percent", 35.5, 35.5, "%", Y, "nhanes obesity ages 20-39"),
 ("a-age2039", A, "ages 20–39 years", "20–39 years", "age", 20, 39, "years", N, "age group"),
 ("a-4059", A, "46.4% at 40–59", "46.4%", "percent", 46.4, 46.4, "%", Y, "nhanes obesity ages 40-59"),
 ("a-age4059", A, "at 40–59 years", "40–59 years", "age", 40, 59, "years", N, "age group"),
 ("a-60", A, "38.9% at 60 years", "38.9%", "percent", 38.9, 38.9, "%", Y, "nhanes obesity ages 60+"),
 ("a-age60", A, "at 60 years and older", "60 years", "age", 60, 60, "years", N, "age group"),
 ("a-1720", A, "change from 2017–March 2020 (41.9%)", "2017–March 2020", "date", 2017, 2020, "year", N, "qualifier cycle"),
 ("a-419", A, "(41.9%) was", "41.9%", "percent", 41.9, 41.9, "%", Y, "nhanes adult obesity 2017-mar 2020"),
 ("a-diff", A, "was −1.6 pp", "−1.6 pp", "percent", -1.6, -1.6, "pp", Y, "change 2017-2020 to 2021-2023"),
 ("a-94", A, "Severe obesity was 9.4%", "9.4%", "percent", 9.4, 9.4, "%", Y, "nhanes adult severe obesity 2021-2023"),
 ("a-94ci", A, "95% CI 8.1–10.9", "8.1–10.9", "percent", 8.1, 10.9, "%", Y, "ci"),
 ("a-023", A, "an average of 0.23 pp a year", "0.23 pp", "percent", 0.23, 0.23, "pp/yr", Y, "severe obesity annual change"),
 ("a-023ci", A, "95% CI 0.03–0.43", "0.03–0.43", "percent", 0.03, 0.43, "pp/yr", Y, "ci"),
 ("a-p03", A, "P=.03", ".03", "pvalue", 0.03, 0.03, "p", N, "p-value"),
 ("a-77", A, "increased from 7.7% in", "7.7%", "percent", 7.7, 7.7, "%", Y, "age-adjusted severe obesity 2013-2014"),
 ("a-1314b", A, "7.7% in 2013–2014 to", "2013–2014", "date", 2013, 2014, "year", N, "qualifier cycle"),
 ("a-97", A, "2013–2014 to 9.7%", "9.7%", "percent", 9.7, 9.7, "%", Y, "age-adjusted severe obesity 2021-2023"),
 ("a-211", A, "obesity reached 21.1%", "21.1%", "percent", 21.1, 21.1, "%", Y, "childhood obesity 2021-2023"),
 ("a-044", A, "increase of 0.44 pp", "0.44 pp", "percent", 0.44, 0.44, "pp/yr", Y, "childhood obesity annual change"),
 ("a-044ci", A, "95% CI 0.10–0.78", "0.10–0.78", "percent", 0.10, 0.78, "pp/yr", Y, "ci"),
 ("a-p01", A, "P=.01", ".01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-70", A, "severe obesity was 7.0%", "7.0%", "percent", 7.0, 7.0, "%", Y, "childhood severe obesity 2021-2023"),
 ("a-70ci", A, "95% CI 5.8–8.4", "5.8–8.4", "percent", 5.8, 8.4, "%", Y, "ci"),
 ("a-460", A, "prevalence was 46.0% in 2022", "46.0%", "percent", 46.0, 46.0, "%", Y, "ehr adult obesity 2022"),
 ("a-ehr22", A, "46.0% in 2022 and", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-456", A, "and 45.6% in 2023", "45.6%", "percent", 45.6, 45.6, "%", Y, "ehr adult obesity 2023"),
 ("a-ehr23", A, "45.6% in 2023 (mean", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-bmi3024", A, "mean BMI 30.24", "30.24", "bmi", 30.24, 30.24, "kg/m2", Y, "ehr mean bmi 2022"),
 ("a-bmi3021", A, "and 30.21)", "30.21", "bmi", 30.21, 30.21, "kg/m2", Y, "ehr mean bmi 2023"),
 ("a-399", A, "prevalence was 39.9% in 2022", "39.9%", "percent", 39.9, 39.9, "%", Y, "gallup adult obesity peak"),
 ("a-gal22", A, "39.9% in 2022 and 37.0%", "2022", "date", 2022, 2022, "year", Y, "year of gallup obesity peak"),
 ("a-370", A, "and 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("a-gal25", A, "37.0% in 2025 (", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-galchg", A, "(−2.9 pp)", "−2.9 pp", "percent", -2.9, -2.9, "pp", Y, "gallup change 2022-2025"),
 ("a-galdiff", A, "differed by −3.3 pp", "−3.3 pp", "percent", -3.3, -3.3, "pp", Y, "gallup minus nhanes"),
 ("a-ehrdiff", A, "estimate by +5.3 pp", "+5.3 pp", "percent", 5.3, 5.3, "pp", Y, "ehr minus nhanes"),
 ("a-35", A, "adult prevalence ≥35% fell", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("a-23", A, "fell from 23 in 2023", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("a-y23", A, "23 in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-19", A, "to 19 in 2024", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("a-y24", A, "19 in 2024.", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("a-c29", A, "(−2.9 and −0.4 pp)", "−2.9", "percent", -2.9, -2.9, "pp", N, "repeat"),
 ("a-c04", A, "and −0.4 pp)", "−0.4 pp", "percent", -0.4, -0.4, "pp", Y, "ehr change 2022-2023"),
 ("a-1in4", A, "barely one in four", "one in four", "percent", 25, 25, "%", N, "response rate (summary)"),
]
C += [
 # ---- OP04 explainer (2025-11-20)
 ("e-upd", E, "Updated November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-bmi30", E, "(BMI) of 30 or higher", "30", "bmi", 30, 30, "kg/m2", N, "obesity definition"),
 ("e-bmi40", E, "BMI of 40 or higher", "40", "bmi", 40, 40, "kg/m2", Y, "severe obesity bmi threshold"),
 ("e-age219a", E, "For children and teens aged 2 to 19", "2 to 19", "age", 2, 19, "years", N, "definitional ages"),
 ("e-p95a", E, "at or above the 95th percentile for age", "95th percentile", "percent", 95, 95, "percentile", N, "child obesity definition"),
 ("e-120", E, "at or above 120% of", "120%", "percent", 120, 120, "%", N, "child severe obesity definition"),
 ("e-sep24", E, "In September 2024, the CDC", "September 2024", "date", 2024, 2024, "year", Y, "nchs data brief 508 publication"),
 ("e-403", E, "reported that 40.3% of adults", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("e-cyc1", E, "obesity during August 2021 through August 2023", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("e-men", E, "was 39.2% among men", "39.2%", "percent", 39.2, 39.2, "%", Y, "nhanes obesity men 2021-2023"),
 ("e-women", E, "about 42% among women", "42%", "percent", 42, 42, "%", Y, "nhanes obesity women 2021-2023"),
 ("e-4059", E, "middle age: 46.4% of adults", "46.4%", "percent", 46.4, 46.4, "%", Y, "nhanes obesity ages 40-59"),
 ("e-age4059", E, "aged 40 to 59", "40 to 59", "age", 40, 59, "years", N, "age group"),
 ("e-2039", E, "compared with 35.5% of", "35.5%", "percent", 35.5, 35.5, "%", Y, "nhanes obesity ages 20-39"),
 ("e-age2039", E, "aged 20 to 39", "20 to 39", "age", 20, 39, "years", N, "age group"),
 ("e-60", E, "and 38.9% of those", "38.9%", "percent", 38.9, 38.9, "%", Y, "nhanes obesity ages 60+"),
 ("e-age60", E, "those 60 and older", "60", "age", 60, 60, "years", N, "age group"),
 ("e-94", E, "Severe obesity affected 9.4%", "9.4%", "percent", 9.4, 9.4, "%", Y, "nhanes adult severe obesity 2021-2023"),
 ("e-77", E, "rose from 7.7% in", "7.7%", "percent", 7.7, 7.7, "%", Y, "age-adjusted severe obesity 2013-2014"),
 ("e-1314", E, "7.7% in 2013–2014 to", "2013–2014", "date", 2013, 2014, "year", N, "qualifier cycle"),
 ("e-97", E, "to 9.7% in the latest cycle", "9.7%", "percent", 9.7, 9.7, "%", Y, "age-adjusted severe obesity 2021-2023"),
 ("e-cyc2", E, "In August 2021 through August 2023, 21.1%", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("e-211", E, "2023, 21.1% of children", "21.1%", "percent", 21.1, 21.1, "%", Y, "childhood obesity 2021-2023"),
 ("e-age219b", E, "teens aged 2 to 19 had obesity", "2 to 19", "age", 2, 19, "years", N, "definitional ages"),
 ("e-197", E, "up from 19.7% in", "19.7%", "percent", 19.7, 19.7, "%", Y, "childhood obesity 2017-mar 2020"),
 ("e-1720", E, "19.7% in 2017 through March 2020", "2017 through March 2020", "date", 2017, 2020, "year", N, "qualifier cycle"),
 ("e-147m", E, "about 14.7 million young", "14.7 million", "count", 14700000, 14700000, "people", Y, "children with obesity 2017-2020"),
 ("e-7", E, "About 7% of children", "7%", "percent", 7, 7, "%", Y, "childhood severe obesity 2021-2023"),
 ("e-155", E, "goal is 15.5%", "15.5%", "percent", 15.5, 15.5, "%", Y, "healthy people 2030 child target"),
 ("e-19", E, "Health, 19 states had", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("e-35a", E, "rates of 35% or more", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("e-y24", E, "35% or more in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-23", E, "down from 23 in 2023", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("e-y23", E, "23 in 2023. West", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-wv", E, "West Virginia (41.4%)", "41.4%", "percent", 41.4, 41.4, "%", Y, "west virginia adult obesity 2024"),
 ("e-ms", E, "Mississippi (40.4%)", "40.4%", "percent", 40.4, 40.4, "%", Y, "mississippi adult obesity 2024"),
 ("e-la", E, "Louisiana (40.1%)", "40.1%", "percent", 40.1, 40.1, "%", Y, "louisiana adult obesity 2024"),
 ("e-35b", E, "had reached 35% before", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("e-2013", E, "35% before 2013", "2013", "date", 2013, 2013, "year", Y, "first year any state reached 35%"),
 ("e-370", E, "obesity at 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("e-y25", E, "37.0% in 2025. A study", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("e-dec24", E, "published in December 2024 in JAMA", "December 2024", "date", 2024, 2024, "year", Y, "jama health forum study publication"),
 ("e-167m", E, "records of 16.7 million adults", "16.7 million", "count", 16700000, 16700000, "people", Y, "jama health forum ehr cohort size (adults)"),
 ("e-460", E, "slipped from 46.0% in 2022", "46.0%", "percent", 46.0, 46.0, "%", Y, "ehr adult obesity 2022"),
 ("e-y22", E, "46.0% in 2022 to", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-456", E, "to 45.6% in 2023", "45.6%", "percent", 45.6, 45.6, "%", Y, "ehr adult obesity 2023"),
 ("e-y23b", E, "45.6% in 2023. NHANES", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-2014", E, "reached the market in 2014", "2014", "date", 2014, 2014, "year", Y, "first glp-1 approval for weight management (saxenda)"),
 ("e-24mg", E, "a 2.4 mg weekly injection", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "wegovy weekly dose"),
 ("e-jun21", E, "obesity in June 2021", "June 2021", "date", 2021, 2021, "year", Y, "wegovy approval for obesity"),
 ("e-nov23", E, "(Zepbound) in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "zepbound approval for weight management"),
 ("e-may22", E, "diabetes in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "mounjaro approval for type 2 diabetes"),
 ("e-149", E, "an average of 14.9% of body weight", "14.9%", "percent", 14.9, 14.9, "%", Y, "step 1 semaglutide mean weight loss"),
 ("e-68wk", E, "over 68 weeks", "68 weeks", "duration", 68, 68, "weeks", Y, "step 1 trial duration"),
 ("e-pbo", E, "2.4% on placebo", "2.4%", "percent", 2.4, 2.4, "%", Y, "step 1 placebo mean weight loss"),
 ("e-15mg", E, "the 15 mg dose of tirzepatide", "15 mg", "dose", 15, 15, "mg", Y, "surmount-1 top tirzepatide dose"),
 ("e-209", E, "average loss of 20.9%", "20.9%", "percent", 20.9, 20.9, "%", Y, "surmount-1 tirzepatide 15 mg mean weight loss"),
 ("e-72wk", E, "20.9% over 72 weeks", "72 weeks", "duration", 72, 72, "weeks", Y, "surmount-1 trial duration"),
 ("e-nc2024", E, "for weight loss in 2024 after", "2024", "date", 2024, 2024, "year", Y, "nc state health plan coverage end"),
 ("e-1b", E, "spending about $1 billion on the drugs", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "nc plan glp-1 weight-loss spending 2023"),
 ("e-y2023", E, "on the drugs in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-173b", E, "nearly $173 billion", "$173 billion", "money", 173000000000, 173000000000, "USD", Y, "annual medical cost of obesity (2019)"),
 ("e-2019", E, "medical costs in 2019", "2019", "date", 2019, 2019, "year", N, "cost estimate year"),
 ("e-1861", E, "medical costs $1,861 higher", "$1,861", "money", 1861, 1861, "USD", Y, "excess annual medical cost per adult with obesity"),
 ("e-4in10b", E, "Roughly 4 in 10", "4 in 10", "percent", 40, 40, "%", N, "bottom-line summary"),
 ("e-1in5", E, "and 1 in 5 children", "1 in 5", "percent", 20, 20, "%", N, "bottom-line summary"),
]
C += [
 # ---- OP05 blog (2026-01-14)
 ("b-date", B, "January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cyc", B, "latest cycle, August 2021 to August 2023", "August 2021 to August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("b-419", B, "found 41.9% of U.S. adults", "41.9%", "percent", 41.9, 41.9, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("b-decade1", B, "from the previous decade", "decade", "duration", 10, 10, "years", N, "aside"),
 ("b-mid23", B, "ends in mid-2023", "mid-2023", "date", 2023, 2023, "year", N, "survey end"),
 ("b-17k", B, "nearly 17,000 adults", "17,000", "count", 17000, 17000, "people", Y, "gallup 2025 sample size (rounded)"),
 ("b-370", B, "obesity at 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("b-y25", B, "37.0% in 2025, down", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-399", B, "a record 39.9%", "39.9%", "percent", 39.9, 39.9, "%", Y, "gallup adult obesity peak"),
 ("b-2022", B, "39.9% in 2022. That", "2022", "date", 2022, 2022, "year", Y, "year of gallup obesity peak"),
 ("b-29", B, "That 2.9-point drop", "2.9-point", "percent", 2.9, 2.9, "pp", Y, "gallup decline 2022-2025"),
 ("b-76m", B, "about 7.6 million fewer", "7.6 million", "count", 7600000, 7600000, "people", Y, "gallup fewer adults with obesity 2022-2025"),
 ("b-58", B, "went from 5.8% to", "5.8%", "percent", 5.8, 5.8, "%", Y, "gallup glp-1 use early 2024"),
 ("b-124", B, "5.8% to 12.4%", "12.4%", "percent", 12.4, 12.4, "%", Y, "gallup glp-1 use for weight loss 2025"),
 ("b-152", B, "Women (15.2%)", "15.2%", "percent", 15.2, 15.2, "%", Y, "gallup glp-1 use women"),
 ("b-97", B, "than men (9.7%)", "9.7%", "percent", 9.7, 9.7, "%", Y, "gallup glp-1 use men"),
 ("b-age5064", B, "people aged 50 to 64", "50 to 64", "age", 50, 64, "years", N, "age group"),
 ("b-5pt", B, "rate fell 5 points", "5 points", "percent", 5, 5, "pp", Y, "gallup obesity decline ages 50-64"),
 ("b-428", B, "5 points to 42.8%", "42.8%", "percent", 42.8, 42.8, "%", Y, "gallup obesity ages 50-64 2025"),
 ("b-age4049", B, "and 40 to 49, down", "40 to 49", "age", 40, 49, "years", N, "age group"),
 ("b-43pt", B, "down 4.3 points", "4.3 points", "percent", 4.3, 4.3, "pp", Y, "gallup obesity decline ages 40-49"),
 ("b-433", B, "points to 43.3%", "43.3%", "percent", 43.3, 43.3, "%", Y, "gallup obesity ages 40-49 2025"),
 ("b-lastdec", B, "published last December", "last December", "date", 2025, 2025, "year", Y, "jama health forum study publication"),
 ("b-167m", B, "records for 16.7 million adults", "16.7 million", "count", 16700000, 16700000, "people", Y, "jama health forum ehr cohort size (adults)"),
 ("b-460", B, "plateaued at 46.0% in 2022", "46.0%", "percent", 46.0, 46.0, "%", Y, "ehr adult obesity 2022"),
 ("b-y22", B, "46.0% in 2022 and", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-456", B, "slipped to 45.6% in 2023", "45.6%", "percent", 45.6, 45.6, "%", Y, "ehr adult obesity 2023"),
 ("b-y23", B, "45.6% in 2023, the first", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-decade2", B, "in more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("b-age6675", B, "adults aged 66 to 75", "66 to 75", "age", 66, 75, "years", Y, "age group with largest ehr decline"),
 ("b-2014", B, "only in 2014 that", "2014", "date", 2014, 2014, "year", Y, "first year any state reached 35%"),
 ("b-35a", B, "crossed 35% adult obesity", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("b-y2023", B, "By 2023 there were", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-23", B, "there were 23 such states", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("b-y2024", B, "in 2024 there were 19", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-19", B, "there were 19. Fun", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("b-19in21", B, "also 19 in 2021", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2021"),
 ("b-y2021", B, "19 in 2021, so", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("b-3yr", B, "three years earlier", "three years", "duration", 3, 3, "years", N, "aside"),
 ("b-decade3", B, "where it was a decade ago", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("b-24mg", B, "semaglutide 2.4 mg (Wegovy)", "2.4 mg", "dose", 2.4, 2.4, "mg", Y, "wegovy weekly dose"),
 ("b-15", B, "cut body weight about 15%", "15%", "percent", 15, 15, "%", Y, "semaglutide trial mean weight loss (rounded)"),
 ("b-15mg", B, "top 15 mg dose", "15 mg", "dose", 15, 15, "mg", Y, "top tirzepatide dose"),
 ("b-21", B, "dose about 21% over", "21%", "percent", 21, 21, "%", Y, "tirzepatide trial mean weight loss (rounded)"),
 ("b-72wk", B, "21% over 72 weeks", "72 weeks", "duration", 72, 72, "weeks", Y, "tirzepatide trial duration"),
 ("b-jan24", B, "In January 2024, the trustees", "January 2024", "date", 2024, 2024, "year", Y, "nc board vote date"),
 ("b-vf", B, "voted 4-2 to stop", "4", "vote", 4, 4, "votes for", Y, "nc board vote to end glp-1 coverage (for)"),
 ("b-va", B, "4-2 to stop", "2", "vote", 2, 2, "votes against", Y, "nc board vote to end glp-1 coverage (against)"),
 ("b-1861", B, "adult with obesity at $1,861", "$1,861", "money", 1861, 1861, "USD", Y, "excess annual medical cost per adult with obesity"),
 ("b-2021st", B, "A 2021 study led", "2021", "date", 2021, 2021, "year", N, "study publication year"),
 ("b-2606", B, "at $260.6 billion", "$260.6 billion", "money", 260600000000, 260600000000, "USD", Y, "cawley national medical cost of adult obesity (2016)"),
 ("b-2016", B, "$260.6 billion in 2016", "2016", "date", 2016, 2016, "year", N, "cost estimate year"),
 ("b-42k", B, "Join 42,000 readers", "42,000", "count", 42000, 42000, "readers", N, "page furniture"),
 ("b-63", B, "63 comments", "63", "count", 63, 63, "comments", N, "page furniture"),
]
C += [
 # ---- OP06 local/trade, hard-wrapped (2025-10-22)
 ("l-tue", L, "of trustees on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "board meeting date"),
 ("l-2yr", L, "nearly two years after", "two years", "duration", 2, 2, "years", N, "interval since coverage dropped"),
 ("l-decmtg", L, "their December meeting", "December", "date", 2025, 2025, "year", N, "next meeting"),
 ("l-vf", L, "The board voted 4-3 in", "4", "vote", 4, 4, "votes for", Y, "nc board vote to end glp-1 coverage (for)"),
 ("l-va", L, "voted 4-3 in January", "3", "vote", 3, 3, "votes against", Y, "nc board vote to end glp-1 coverage (against)"),
 ("l-jan24", L, "4-3 in January 2024 to end", "January 2024", "date", 2024, 2024, "year", Y, "nc board vote date"),
 ("l-apr1", L, "effective April 1, 2024", "April 1, 2024", "date", 2024, 2024, "year", Y, "nc state health plan coverage end"),
 ("l-jan1", L, "taken effect on January 1", "January 1", "date", 2024, 2024, "year", Y, "nc moratorium on new prescriptions"),
 ("l-740k", L, "covers nearly 740,000 teachers", "740,000", "count", 740000, 740000, "people", Y, "nc state health plan members covered"),
 ("l-2800", L, "under 2,800 members", "2,800", "count", 2800, 2800, "people", Y, "nc plan members on glp-1 for weight loss 2021"),
 ("l-y2021", L, "weight loss in 2021 to", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("l-25k", L, "nearly 25,000 in 2023", "25,000", "count", 25000, 25000, "people", Y, "nc plan members on glp-1 for weight loss 2023"),
 ("l-y2023", L, "25,000 in 2023.", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-102m", L, "It spent $102 million", "$102 million", "money", 102000000, 102000000, "USD", Y, "nc plan glp-1 weight-loss spending 2023"),
 ("l-10", L, "about 10% of its", "10%", "percent", 10, 10, "%", Y, "glp-1 share of nc plan pharmacy spending"),
 ("l-1b", L, "roughly $1 billion in net pharmacy", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "nc plan net pharmacy spending 2023"),
 ("l-800", L, "about $800 a month", "$800", "money", 800, 800, "USD", Y, "nc plan cost per glp-1 prescription per month"),
 ("l-4850", L, "rise $48.50 across", "$48.50", "money", 48.5, 48.5, "USD", Y, "projected premium increase"),
 ("l-by2025", L, "across the board by 2025", "2025", "date", 2025, 2025, "year", N, "projection year"),
 ("l-janbr", L, "Briner said in January that", "January", "date", 2025, 2025, "year", N, "treasurer statement date"),
 ("l-2026", L, "restore some coverage in 2026", "2026", "date", 2026, 2026, "year", Y, "target year to restore coverage"),
 ("l-403", L, "stood at 40.3% in", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("l-cyc", L, "survey for August 2021 through August 2023", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("l-sep23", L, "published in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "nchs data brief 508 publication"),
 ("l-age60", L, "adults 60 and older", "60", "age", 60, 60, "years", N, "age group"),
 ("l-464", L, "the rate was 46.4%", "46.4%", "percent", 46.4, 46.4, "%", Y, "nhanes obesity ages 60+"),
 ("l-bmi35", L, "mass index of 35 or more", "35", "bmi", 35, 35, "kg/m2", Y, "severe obesity bmi threshold"),
 ("l-94", L, "affected 9.4% of adults", "9.4%", "percent", 9.4, 9.4, "%", Y, "nhanes adult severe obesity 2021-2023"),
 ("l-thismo", L, "released this month by Gallup", "this month", "date", 2025, 2025, "year", N, "gallup release (relative)"),
 ("l-370", L, "falling to 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("l-y25", L, "37.0% in 2025, or", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("l-67m", L, "about 6.7 million fewer", "6.7 million", "count", 6700000, 6700000, "people", Y, "gallup fewer adults with obesity 2022-2025"),
 ("l-y22", L, "obesity than in 2022", "2022", "date", 2022, 2022, "year", N, "comparison year"),
 ("l-19", L, "Nineteen states had", "Nineteen", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("l-35", L, "at or above 35% in 2024", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("l-y24", L, "35% in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-23", L, "down from 23 a year", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("l-yrearlier", L, "23 a year earlier", "a year earlier", "date", 2023, 2023, "year", N, "qualifier (relative)"),
 ("l-lastwk", L, "reported last week", "last week", "date", 2025, 2025, "year", N, "tfah release (relative)"),
 ("l-nextyr", L, "our premiums next year", "next year", "date", 2026, 2026, "year", N, "quote"),
 ("l-1861", L, "figure, $1,861 per", "$1,861", "money", 1861, 1861, "USD", Y, "excess annual medical cost per adult with obesity"),
 ("l-dec9", L, "scheduled for Dec. 9", "Dec. 9", "date", 2025, 2025, "year", N, "next meeting"),
]
C += [
 # ---- OP07 fact-check (2026-02-05)
 ("f-h35", F, "pushed U.S. obesity below 35%", "35%", "percent", 35, 35, "%", N, "headline threshold"),
 ("f-date", F, "February 5, 2026", "February 5, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-c35", F, "already below 35% —", "35%", "percent", 35, 35, "%", N, "post claim"),
 ("f-c15", F, "and only 15 states are", "15", "count", 15, 15, "states", N, "post claim"),
 ("f-views", F, "more than 1.2 million times", "1.2 million", "count", 1200000, 1200000, "views", N, "post reach"),
 ("f-v35", F, "adult obesity below 35%, and", "35%", "percent", 35, 35, "%", N, "verdict threshold"),
 ("f-v19", F, "count is 19, not 15", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024 (verdict)"),
 ("f-v15", F, "19, not 15", "15", "count", 15, 15, "states", N, "post claim (verdict)"),
 ("f-sep24", F, "published Sept. 24, 2024, the CDC", "Sept. 24, 2024", "date", 2024, 2024, "year", Y, "nchs data brief 508 publication"),
 ("f-403", F, "reported that 40.3% of adults", "40.3%", "percent", 40.3, 40.3, "%", Y, "nhanes adult obesity aug 2021-aug 2023"),
 ("f-cyc", F, "during August 2021 through August 2023, and", "August 2021 through August 2023", "date", 2021, 2023, "year", N, "survey period"),
 ("f-94", F, "and 9.4% had severe", "9.4%", "percent", 9.4, 9.4, "%", Y, "nhanes adult severe obesity 2021-2023"),
 ("f-428", F, "from 42.8% in 2017–2018", "42.8%", "percent", 42.8, 42.8, "%", Y, "nhanes adult obesity 2017-2018"),
 ("f-1718", F, "42.8% in 2017–2018", "2017–2018", "date", 2017, 2018, "year", N, "qualifier cycle"),
 ("f-decade", F, "change over the decade", "the decade", "duration", 10, 10, "years", N, "interval"),
 ("f-685", F, "fell from 68.5% in", "68.5%", "percent", 68.5, 68.5, "%", Y, "nhanes examination response rate 2013-2014"),
 ("f-1314", F, "68.5% in 2013–2014 to", "2013–2014", "date", 2013, 2014, "year", N, "qualifier cycle"),
 ("f-256", F, "to 25.6% in the latest", "25.6%", "percent", 25.6, 25.6, "%", Y, "nhanes examination response rate 2021-2023"),
 ("f-370", F, "obesity at 37.0% in 2025", "37.0%", "percent", 37.0, 37.0, "%", Y, "gallup adult obesity 2025"),
 ("f-y25", F, "37.0% in 2025, down", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-399", F, "down from 39.9% in 2022", "39.9%", "percent", 39.9, 39.9, "%", Y, "gallup adult obesity peak"),
 ("f-2022", F, "39.9% in 2022. The share", "2022", "date", 2022, 2022, "year", Y, "year of gallup obesity peak"),
 ("f-124", F, "rose to 12.4%", "12.4%", "percent", 12.4, 12.4, "%", Y, "gallup glp-1 use for weight loss 2025"),
 ("f-58", F, "up from 5.8% in February", "5.8%", "percent", 5.8, 5.8, "%", Y, "gallup glp-1 use early 2024"),
 ("f-feb24", F, "5.8% in February 2024", "February 2024", "date", 2024, 2024, "year", N, "baseline timepoint"),
 ("f-line35", F, "above the 35% line", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("f-dec13", F, "published Dec. 13, 2024, in JAMA", "Dec. 13, 2024", "date", 2024, 2024, "year", Y, "jama health forum study publication"),
 ("f-167m", F, "about 16.7 million adults", "16.7 million", "count", 16700000, 16700000, "people", Y, "jama health forum ehr cohort size (adults)"),
 ("f-46", F, "fell from 46% in 2022", "46%", "percent", 46, 46, "%", Y, "ehr adult obesity 2022"),
 ("f-y22", F, "46% in 2022 to", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-456", F, "to 45.6% in 2023", "45.6%", "percent", 45.6, 45.6, "%", Y, "ehr adult obesity 2023"),
 ("f-y23", F, "45.6% in 2023 —", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-35c", F, "well above 35%.", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("f-19", F, "Health, which analyzed the CDC's state survey data, 19 states", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024"),
 ("f-35d", F, "rates at or above 35% in 2024", "35%", "percent", 35, 35, "%", N, "threshold"),
 ("f-y24", F, "35% in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-23", F, "down from 23 in 2023", "23", "count", 23, 23, "states", Y, "states with adult obesity >=35% in 2023"),
 ("f-y2023", F, "23 in 2023. Louisiana", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-la", F, "rate was 39.2%", "39.2%", "percent", 39.2, 39.2, "%", Y, "louisiana adult obesity 2024"),
 ("f-wv", F, "West Virginia's 41.4%", "41.4%", "percent", 41.4, 41.4, "%", Y, "west virginia adult obesity 2024"),
 ("f-72wk", F, "In the 72-week STEP 1", "72-week", "duration", 72, 72, "weeks", Y, "step 1 trial duration"),
 ("f-15", F, "lost about 15% of their", "15%", "percent", 15, 15, "%", Y, "semaglutide trial mean weight loss (rounded)"),
 ("f-vf", F, "after a 4-3 board vote", "4", "vote", 4, 4, "votes for", Y, "nc board vote to end glp-1 coverage (for)"),
 ("f-va", F, "4-3 board vote", "3", "vote", 3, 3, "votes against", Y, "nc board vote to end glp-1 coverage (against)"),
 ("f-jan24", F, "vote in January 2024;", "January 2024", "date", 2024, 2024, "year", Y, "nc board vote date"),
 ("f-102m", F, "spent $102 million", "$102 million", "money", 102000000, 102000000, "USD", Y, "nc plan glp-1 weight-loss spending 2023"),
 ("f-y2023b", F, "on the drugs in 2023.", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-173b", F, "estimate is $173 billion", "$173 billion", "money", 173000000000, 173000000000, "USD", Y, "annual medical cost of obesity (2019)"),
 ("f-2019", F, "in 2019 dollars", "2019", "date", 2019, 2019, "year", N, "price year"),
 ("f-r35a", F, "has fallen below 35% is false", "35%", "percent", 35, 35, "%", N, "ruling threshold"),
 ("f-rrange", F, "range from about 37% to about 46%", "37% to about 46%", "percent", 37, 46, "%", N, "ruling summary range"),
 ("f-r15", F, "only 15 states remain", "15", "count", 15, 15, "states", N, "post claim (ruling)"),
 ("f-r35b", F, "remain above 35% is also", "35%", "percent", 35, 35, "%", N, "ruling threshold"),
 ("f-r2024", F, "the figure for 2024 is 19", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r19", F, "for 2024 is 19.", "19", "count", 19, 19, "states", Y, "states with adult obesity >=35% in 2024 (ruling)"),
 ("f-since22", F, "Declines since 2022", "2022", "date", 2022, 2022, "year", N, "period start"),
]

S, Q = "strict", "qualified"
X = [
 # S1 NHANES adult obesity, Aug 2021-Aug 2023: 41.9% (blog; the 2017-Mar 2020 figure) vs 40.3%
 ("b-419", "w-403", S), ("b-419", "p-403", S), ("b-419", "a-403", S), ("b-419", "e-403", S),
 ("b-419", "l-403", S), ("b-419", "f-403", S),
 # S2 states >=35% in 2024: 23 (press; the 2023 count) vs 19
 ("p-23", "w-19", S), ("p-23", "a-19", S), ("p-23", "e-19", S), ("p-23", "b-19", S),
 ("p-23", "l-19", S), ("p-23", "f-v19", S), ("p-23", "f-19", S), ("p-23", "f-r19", S),
 # S3 childhood obesity, latest cycle: 19.7% (press; 2017-Mar 2020 figure) vs 21.1% / more than 21%
 ("p-197", "a-211", S), ("p-197", "e-211", S), ("p-197", "w-21", S),
 # S4 obesity ages 60+: 46.4% (local; the 40-59 figure) vs 38.9%
 ("l-464", "a-60", S), ("l-464", "e-60", S),
 # S5 obesity in women: "about 42%" (explainer, rounded the wrong way) vs 41.3%
 ("e-women", "a-women", S),
 # S6 year of Gallup obesity peak: 2023 (press) vs 2022
 ("p-2023", "w-2022", S), ("p-2023", "a-gal22", S), ("p-2023", "b-2022", S), ("p-2023", "f-2022", S),
 # S7 Gallup: fewer adults with obesity: 6.7 million (local, transposed) vs 7.6 million
 ("l-67m", "w-76m", S), ("l-67m", "b-76m", S),
 # S8 JAMA Health Forum cohort: 47.9 million adults (press; that is BMI measurements) vs 16.7 million adults
 ("p-479m", "a-ehrn", S), ("p-479m", "e-167m", S), ("p-479m", "b-167m", S), ("p-479m", "f-167m", S),
 # S9 JAMA Health Forum publication: "last December" (blog, Jan 2026 -> Dec 2025) vs December 2024
 ("b-lastdec", "e-dec24", S), ("b-lastdec", "f-dec13", S),
 # S10 Louisiana adult obesity 2024: 40.1% (explainer; its 2022 figure) vs 39.2%
 ("e-la", "w-la", S), ("e-la", "f-la", S),
 # S11 first year a state reached 35%: 2014 (blog) vs 2013
 ("b-2014", "w-2013", S), ("b-2014", "e-2013", S),
 # S12 annual medical cost of obesity, 2019: $147 billion (wire; the 2008-dollar estimate) vs $173 billion
 ("w-147b", "p-173b", S), ("w-147b", "e-173b", S), ("w-147b", "f-173b", S),
 # S13 excess medical cost per adult with obesity: $1,681 (press, transposed) vs $1,861
 ("p-1681", "e-1861", S), ("p-1681", "b-1861", S), ("p-1681", "l-1861", S),
 # S14 NCHS data brief 508 publication: September 2023 (local) vs September 2024
 ("l-sep23", "e-sep24", S), ("l-sep23", "f-sep24", S),
 # S15 STEP 1 trial length: 72 weeks (fact-check; SURMOUNT-1's length) vs 68 weeks
 ("f-72wk", "e-68wk", S),
 # S16 Wegovy weekly dose: 1.7 mg (wire; a titration step) vs 2.4 mg
 ("w-17mg", "p-24mg", S), ("w-17mg", "e-24mg", S), ("w-17mg", "b-24mg", S),
 # S17 NC trustees' vote, votes against: 2 (blog, "4-2") vs 3 ("4-3")
 ("b-va", "l-va", S), ("b-va", "f-va", S),
 # S18 severe obesity BMI threshold: 35 (local; class 2 cut-off) vs 40
 ("l-bmi35", "a-bmi40", S), ("l-bmi35", "e-bmi40", S),
 # S19 NC plan spending on GLP-1s for weight loss, 2023: about $1 billion (explainer; total pharmacy spend) vs $102 million
 ("e-1b", "l-102m", S), ("e-1b", "f-102m", S),
 # S20 NHANES examination response rate 2013-2014: 69.5% (abstract; 2011-2012 rate) vs 68.5%
 ("a-695", "f-685", S),
 # Qualified
 # Q1 real discrepancy in coverage of the NC vote: 5-4 (Public Radio East) vs 4-3 (N&O, Ars Technica); blog 4-2
 ("w-vf", "l-vf", Q), ("w-vf", "f-vf", Q), ("w-vf", "b-vf", Q),
 ("w-va", "l-va", Q), ("w-va", "f-va", Q), ("w-va", "b-va", Q),
 # Q2 severe obesity 2021-2023: 9.7% (age-adjusted, unlabelled in press) vs 9.4% (crude)
 ("p-97", "w-94", Q), ("p-97", "a-94", Q), ("p-97", "e-94", Q), ("p-97", "l-94", Q), ("p-97", "f-94", Q),
 # Q3 national medical cost: Cawley $260.6 billion (2016, broader method) vs CDC/Ward $173 billion (2019) / wire's $147 billion
 ("b-2606", "p-173b", Q), ("b-2606", "e-173b", Q), ("b-2606", "f-173b", Q), ("b-2606", "w-147b", Q),
 # Q4 first GLP-1 approved for obesity: 2021 (Gallup wording, semaglutide) vs 2014 (liraglutide/Saxenda)
 ("w-2021", "e-2014", Q),
 # Q5 adult obesity 2017-2018: 42.8% (as in a Feb 2026 summary) vs 42.4% (NCHS data brief 360)
 ("f-428", "a-424", Q),
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], ("conflict on optional claim", a, b)
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
