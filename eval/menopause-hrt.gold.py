#!/usr/bin/env python3
"""Build menopause-hrt.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "menopause-hrt")
OUT = os.path.join(HERE, "menopause-hrt.gold.jsonl")
PFX = "MH"

W, P, A, E, B, L, F = ("MH01_wire.txt", "MH02_press.txt", "MH03_abstract.txt",
                       "MH04_explainer.txt", "MH05_blog.txt", "MH06_local.txt", "MH07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MH01 wire (2025-11-10, a Monday)
 ("w-dl", W, "Nov 10 (Meridian Wire)", "Nov 10", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "said on Monday it will", "Monday", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("w-2003", W, "has stood since 2003", "2003", "date", 2003, 2003, "year", Y, "boxed warnings first required"),
 ("w-200", W, "attended by more than 200 people", "200", "count", 200, 200, "people", Y, "press conference attendees"),
 ("w-20", W, "covers more than 20 estrogen", "20", "count", 20, 20, "products", Y, "products covered by label change"),
 ("w-16608", W, "randomized 16,608 women", "16,608", "count", 16608, 16608, "women", Y, "whi e+p enrollment"),
 ("w-5079", W, "women aged 50 to 79", "50 to 79", "age", 50, 79, "years", Y, "whi enrollment ages"),
 ("w-may31", W, "trial on May 31, 2002", "May 31, 2002", "date", 2002, 2002, "year", Y, "whi e+p trial stopped"),
 ("w-52", W, "a mean of 5.2 years", "5.2 years", "duration", 5.2, 5.2, "years", Y, "whi e+p mean follow-up at stop"),
 ("w-july", W, "published the results that July", "that July", "date", 2002, 2002, "year", N, "whi results published"),
 ("w-0625", W, "combined 0.625 milligrams", "0.625 milligrams", "dose", 0.625, 0.625, "mg/day", Y, "whi cee dose"),
 ("w-mpa5", W, "with 5 milligrams of medroxyprogesterone", "5 milligrams", "dose", 5, 5, "mg/day", Y, "whi mpa dose"),
 ("w-126", W, "hazard ratio of 1.26", "1.26", "ratio", 1.26, 1.26, "HR", Y, "whi e+p breast cancer hr"),
 ("w-129", W, "and 1.29 for coronary", "1.29", "ratio", 1.29, 1.29, "HR", Y, "whi e+p chd hr"),
 ("w-mon2", W, "said on Monday those", "Monday", "date", 2025, 2025, "year", N, "repeat"),
 ("w-63", W, "average participant was 63", "63", "age", 63, 63, "years", Y, "whi mean age"),
 ("w-decade", W, "more than a decade past", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-40", W, "About 40% of menopausal", "40%", "percent", 40, 40, "%", Y, "pre-2002 use share of menopausal women"),
 ("w-pre02", W, "hormones before 2002", "2002", "date", 2002, 2002, "year", N, "qualifier"),
 ("w-2023", W, "by 2023 just", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("w-18", W, "just 1.8% of U.S.", "1.8%", "percent", 1.8, 1.8, "%", Y, "systemic use among women over 40 in 2023 (claims)"),
 ("w-over40", W, "U.S. women over 40 were", "40", "age", 40, 40, "years", N, "definitional"),
 ("w-lastyr", W, "presented last year", "last year", "date", 2024, 2024, "year", N, "source date"),
 ("w-u60", W, "started in women under 60", "60", "age", 60, 60, "years", Y, "start-age cutoff"),
 ("w-10y", W, "within 10 years of the onset", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("w-12", W, "a panel of 12 outside", "12", "count", 12, 12, "experts", Y, "expert panel size"),
 ("w-jul", W, "experts in July", "July", "date", 2025, 2025, "year", Y, "expert panel date"),
 ("w-6070", W, "late 60s and 70s", "60s and 70s", "age", 60, 79, "years", N, "quote"),
 ("w-50", W, "by as much as 50%", "50%", "percent", 50, 50, "%", Y, "kennedy claim: cvd risk reduction"),
 ("w-up10", W, "lives by up to 10 years", "10 years", "duration", 10, 10, "years", Y, "kennedy claim: life extension"),
 ("w-1942", W, "first approved in 1942", "1942", "date", 1942, 1942, "year", Y, "premarin first approval"),
 ("w-lastmo", W, "Last month the agency", "Last month", "date", 2025, 2025, "year", Y, "lynkuet approval"),
 ("w-2m", W, "About 2 million American", "2 million", "count", 2000000, 2000000, "women", Y, "women reaching menopause per year"),
 ("w-80", W, "up to 80% report", "80%", "percent", 80, 80, "%", Y, "share with hot flashes"),

 # ---- MH02 press (2025-11-12)
 ("p-h40", P, "Plans 40% Expansion", "40%", "percent", 40, 40, "%", N, "headline repeat"),
 ("p-dl", P, "Nov. 12, 2025 /PRNewswire/", "Nov. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-nov10", P, "announcement on November 10", "November 10", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("p-twice", P, "a twice-weekly patch", "twice-weekly", "count", 2, 2, "per week", N, "dosing frequency"),
 ("p-5str", P, "available in five strengths", "five", "count", 5, 5, "strengths", Y, "patch strengths"),
 ("p-dose", P, "delivering 0.025 mg to 0.1 mg", "0.025 mg to 0.1 mg", "dose", 0.025, 0.1, "mg/day", Y, "patch dose range"),
 ("p-2dec", P, "For more than two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("p-single", P, "built on a single trial", "single", "count", 1, 1, "trials", N, "quote"),
 ("p-63", P, "average age of 63", "63", "age", 63, 63, "years", Y, "whi mean age"),
 ("p-71", P, "a mean of 7.1 years", "7.1 years", "duration", 7.1, 7.1, "years", Y, "whi e+p mean follow-up at stop"),
 ("p-jul17", P, "held on July 17, 2025", "July 17, 2025", "date", 2025, 2025, "year", Y, "expert panel date"),
 ("p-200", P, "attended by more than 200 people", "200", "count", 200, 200, "people", Y, "press conference attendees"),
 ("p-60", P, "initiated before age 60", "60", "age", 60, 60, "years", Y, "start-age cutoff"),
 ("p-10y", P, "within 10 years of menopause onset", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("p-5065", P, "women aged 50 to 65", "50 to 65", "age", 50, 65, "years", N, "definitional"),
 ("p-86", P, "have increased 86% since", "86%", "percent", 86, 86, "%", Y, "epic: hrt prescription increase women 50-65"),
 ("p-2021", P, "86% since 2021", "2021", "date", 2021, 2021, "year", N, "period start"),
 ("p-412", P, "was $41.2 million in the third", "$41.2 million", "money", 41200000, 41200000, "USD", Y, "lumera q3 2025 patch revenue"),
 ("p-q3y", P, "third quarter of 2025, up", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-38", P, "up 38% from the same", "38%", "percent", 38, 38, "%", Y, "lumera q3 revenue growth"),
 ("p-1125", P, "and $112.5 million for the first", "$112.5 million", "money", 112500000, 112500000, "USD", Y, "lumera nine-month 2025 patch revenue"),
 ("p-9mo", P, "first nine months", "nine months", "duration", 9, 9, "months", N, "period"),
 ("p-40", P, "increase patch output by 40%", "40%", "percent", 40, 40, "%", Y, "capacity increase"),
 ("p-2026", P, "by the end of 2026 through", "2026", "date", 2026, 2026, "year", Y, "capacity target date"),
 ("p-65m", P, "approximately $65 million", "$65 million", "money", 65000000, 65000000, "USD", Y, "coating line investment"),
 ("p-val26", P, "third quarter of 2026", "2026", "date", 2026, 2026, "year", N, "validation start"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-450", P, "approximately 450 people", "450", "count", 450, 450, "employees", N, "about section"),

 # ---- MH03 abstract (2025-10-06)
 ("a-pub", A, "Published online 6 October 2025", "6 October 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("a-title", A, "Initiative, 1995–2020: trends", "1995–2020", "date", 1995, 2020, "year", N, "title period"),
 ("a-16608", A, "enrolled 16,608 postmenopausal", "16,608", "count", 16608, 16608, "women", Y, "whi e+p enrollment"),
 ("a-5079", A, "aged 50–79 years with", "50–79 years", "age", 50, 79, "years", Y, "whi enrollment ages"),
 ("a-40c", A, "at 40 US clinical", "40", "count", 40, 40, "centres", Y, "whi clinical centres"),
 ("a-9398", A, "between 1993 and 1998", "1993 and 1998", "date", 1993, 1998, "year", Y, "whi enrollment period"),
 ("a-0625", A, "estrogens 0.625 mg/d", "0.625 mg/d", "dose", 0.625, 0.625, "mg/day", Y, "whi cee dose"),
 ("a-mpa", A, "acetate 2.5 mg/d", "2.5 mg/d", "dose", 2.5, 2.5, "mg/day", Y, "whi mpa dose"),
 ("a-8506", A, "(n=8506)", "8506", "count", 8506, 8506, "women", Y, "whi hormone arm"),
 ("a-8102", A, "(n=8102)", "8102", "count", 8102, 8102, "women", Y, "whi placebo arm"),
 ("a-31may", A, "on 31 May 2002", "31 May 2002", "date", 2002, 2002, "year", Y, "whi e+p trial stopped"),
 ("a-52", A, "mean follow-up of 5.2 years", "5.2 years", "duration", 5.2, 5.2, "years", Y, "whi e+p mean follow-up at stop"),
 ("a-jul02", A, "published in July 2002", "July 2002", "date", 2002, 2002, "year", Y, "whi results published"),
 ("a-follow", A, "labels the following year", "the following year", "date", 2003, 2003, "year", Y, "boxed warnings first required"),
 ("a-2dec", A, "subsequent two decades", "two decades", "duration", 20, 20, "years", N, "aside"),
 ("a-three", A, "combined three published", "three", "count", 3, 3, "data series", N, "methods"),
 ("a-9503", A, "Audit (1995–2003)", "1995–2003", "date", 1995, 2003, "year", N, "data period"),
 ("a-40y", A, "aged 40 years and older in the", "40 years", "age", 40, 40, "years", N, "definitional"),
 ("a-9910", A, "(NHANES, 1999–2010", "1999–2010", "date", 1999, 2010, "year", N, "data period"),
 ("a-10107", A, "N = 10,107", "10,107", "count", 10107, 10107, "women", Y, "nhanes sample"),
 ("a-169586", A, "for 169,586 women", "169,586", "count", 169586, 169586, "women", Y, "hmo cohort size"),
 ("a-4080", A, "aged 40–80 years in five", "40–80 years", "age", 40, 80, "years", N, "definitional"),
 ("a-5hmo", A, "in five health maintenance", "five", "count", 5, 5, "hmos", N, "methods"),
 ("a-post10", A, "Prevalence after 2010", "2010", "date", 2010, 2010, "year", N, "data period"),
 ("a-13048", A, "analysis of 13,048", "13,048", "count", 13048, 13048, "women", Y, "yang nhanes sample"),
 ("a-9920", A, "covering 1999 to March 2020", "1999 to March 2020", "date", 1999, 2020, "year", N, "data period"),
 ("a-chd", A, "placebo were 1.29 (1.02", "1.29", "ratio", 1.29, 1.29, "HR", Y, "whi e+p chd hr"),
 ("a-chdci", A, "(1.02–1.63)", "1.02–1.63", "ratio", 1.02, 1.63, "HR", Y, "ci"),
 ("a-bc", A, "1.26 (1.00–1.59)", "1.26", "ratio", 1.26, 1.26, "HR", Y, "whi e+p breast cancer hr"),
 ("a-bcci", A, "(1.00–1.59)", "1.00–1.59", "ratio", 1.00, 1.59, "HR", Y, "ci"),
 ("a-st", A, "1.41 (1.07–1.85)", "1.41", "ratio", 1.41, 1.41, "HR", Y, "whi e+p stroke hr"),
 ("a-stci", A, "(1.07–1.85)", "1.07–1.85", "ratio", 1.07, 1.85, "HR", Y, "ci"),
 ("a-pe", A, "2.13 (1.39–3.25)", "2.13", "ratio", 2.13, 2.13, "HR", Y, "whi e+p pe hr"),
 ("a-peci", A, "(1.39–3.25)", "1.39–3.25", "ratio", 1.39, 3.25, "HR", Y, "ci"),
 ("a-crc", A, "0.63 (0.43–0.92)", "0.63", "ratio", 0.63, 0.63, "HR", Y, "whi e+p colorectal cancer hr"),
 ("a-crcci", A, "(0.43–0.92)", "0.43–0.92", "ratio", 0.43, 0.92, "HR", Y, "ci"),
 ("a-hip", A, "0.66 (0.45–0.98)", "0.66", "ratio", 0.66, 0.66, "HR", Y, "whi e+p hip fracture hr"),
 ("a-hipci", A, "(0.45–0.98)", "0.45–0.98", "ratio", 0.45, 0.98, "HR", Y, "ci"),
 ("a-10k", A, "per 10,000 person-years", "10,000", "count", 10000, 10000, "person-years", N, "denominator"),
 ("a-7chd", A, "had 7 more coronary", "7", "count", 7, 7, "events", Y, "excess chd per 10k py"),
 ("a-8st", A, "8 more strokes", "8", "count", 8, 8, "events", Y, "excess strokes per 10k py"),
 ("a-8pe", A, "8 more pulmonary emboli", "8", "count", 8, 8, "events", Y, "excess pe per 10k py"),
 ("a-8bc", A, "8 more invasive breast", "8", "count", 8, 8, "events", Y, "excess breast cancers per 10k py"),
 ("a-6crc", A, "6 fewer colorectal", "6", "count", 6, 6, "events", Y, "fewer colorectal per 10k py"),
 ("a-5hip", A, "5 fewer hip", "5", "count", 5, 5, "events", Y, "fewer hip fractures per 10k py"),
 ("a-58m", A, "from 58 million in 1995", "58 million", "count", 58000000, 58000000, "prescriptions", Y, "us hrt prescriptions 1995"),
 ("a-1995", A, "58 million in 1995", "1995", "date", 1995, 1995, "year", N, "qualifier"),
 ("a-90m", A, "peak of 90 million in", "90 million", "count", 90000000, 90000000, "prescriptions", Y, "us hrt prescriptions at peak"),
 ("a-2000", A, "90 million in 2000", "2000", "date", 2000, 2000, "year", Y, "year of prescription peak"),
 ("a-15m", A, "approximately 15 million women", "15 million", "count", 15000000, 15000000, "women", Y, "women on hrt per year at peak"),
 ("a-jj02", A, "Relative to January–June 2002", "January–June 2002", "date", 2002, 2002, "year", N, "period"),
 ("a-jj03", A, "prescriptions in January–June 2003", "January–June 2003", "date", 2003, 2003, "year", N, "period"),
 ("a-66", A, "fell by 66% for", "66%", "percent", 66, 66, "%", Y, "prempro prescription decline"),
 ("a-33", A, "by 33% for conjugated", "33%", "percent", 33, 33, "%", Y, "premarin prescription decline"),
 ("a-146", A, "from 14.6% to 7.9%", "14.6%", "percent", 14.6, 14.6, "%", Y, "hmo e+p use baseline"),
 ("a-79", A, "14.6% to 7.9%", "7.9%", "percent", 7.9, 7.9, "%", Y, "hmo e+p use dec 2002"),
 ("a-31dec", A, "by 31 December 2002", "31 December 2002", "date", 2002, 2002, "year", N, "timepoint"),
 ("a-46", A, "(relative decline 46%)", "46%", "percent", 46, 46, "%", Y, "hmo e+p relative decline"),
 ("a-126", A, "from 12.6% to 9.1%", "12.6%", "percent", 12.6, 12.6, "%", Y, "hmo e-alone use baseline"),
 ("a-91", A, "12.6% to 9.1%", "9.1%", "percent", 9.1, 9.1, "%", Y, "hmo e-alone use dec 2002"),
 ("a-28", A, "(relative decline 28%)", "28%", "percent", 28, 28, "%", Y, "hmo e-alone relative decline"),
 ("a-224", A, "was 22.4% in 1999–2002", "22.4%", "percent", 22.4, 22.4, "%", Y, "nhanes use 1999-2002"),
 ("a-9902", A, "22.4% in 1999–2002", "1999–2002", "date", 1999, 2002, "year", N, "period"),
 ("a-119", A, "11.9% in 2003–2004", "11.9%", "percent", 11.9, 11.9, "%", Y, "nhanes use 2003-2004"),
 ("a-0304", A, "11.9% in 2003–2004", "2003–2004", "date", 2003, 2004, "year", N, "period"),
 ("a-47", A, "and 4.7% in 2009–2010", "4.7%", "percent", 4.7, 4.7, "%", Y, "nhanes use 2009-2010"),
 ("a-0910", A, "4.7% in 2009–2010", "2009–2010", "date", 2009, 2010, "year", N, "period"),
 ("a-p", A, "(P<0.001 for trend)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-rel", A, "relative change of −79.0%", "−79.0%", "percent", -79.0, -79.0, "%", Y, "nhanes relative change 1999-2002 to 2009-2010"),
 ("a-relci", A, "(95% CI −83.1 to −74.2)", "−83.1 to −74.2", "percent", -83.1, -74.2, "%", Y, "ci"),
 ("a-50s", A, "women in their 50s", "50s", "age", 50, 59, "years", N, "subgroup"),
 ("a-383", A, "(38.3% in 1999–2000", "38.3%", "percent", 38.3, 38.3, "%", Y, "nhanes use 50s 1999-2000"),
 ("a-9900", A, "(38.3% in 1999–2000", "1999–2000", "date", 1999, 2000, "year", N, "period"),
 ("a-67", A, "to 6.7%)", "6.7%", "percent", 6.7, 6.7, "%", Y, "nhanes use 50s 2009-2010"),
 ("a-40s", A, "women in their 40s", "40s", "age", 40, 49, "years", N, "subgroup"),
 ("a-123", A, "from 12.3% to 2.5%", "12.3%", "percent", 12.3, 12.3, "%", Y, "nhanes use 40s 1999-2000"),
 ("a-25", A, "12.3% to 2.5%", "2.5%", "percent", 2.5, 2.5, "%", Y, "nhanes use 40s 2009-2010"),
 ("a-pm269", A, "fell from 26.9% in", "26.9%", "percent", 26.9, 26.9, "%", Y, "use among postmenopausal women 1999 (yang)"),
 ("a-pm99", A, "26.9% in 1999–2000", "1999–2000", "date", 1999, 2000, "year", N, "period"),
 ("a-pm47", A, "to 4.7% in 2017–March 2020", "4.7%", "percent", 4.7, 4.7, "%", Y, "use among postmenopausal women 2020 (yang)"),
 ("a-pm20", A, "4.7% in 2017–March 2020", "2017–March 2020", "date", 2017, 2020, "year", N, "period"),
 ("a-45", A, "roughly four-fifths", "four-fifths", "percent", 80, 80, "%", N, "summary"),
 ("a-decade", A, "within a decade of", "a decade", "duration", 10, 10, "years", N, "summary"),
 ("a-u60", A, "younger than 60 years", "60 years", "age", 60, 60, "years", N, "summary"),
 ("a-2025", A, "under review in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),

 # ---- MH04 explainer (2025-11-18)
 ("e-upd", E, "Updated November 18, 2025", "November 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-nov10", E, "said on November 10", "November 10", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("e-2003", E, "estrogen products since 2003", "2003", "date", 2003, 2003, "year", Y, "boxed warnings first required"),
 ("e-20", E, "more than 20 products", "20", "count", 20, 20, "products", Y, "products covered by label change"),
 ("e-16608", E, "gave 16,608 women", "16,608", "count", 16608, 16608, "women", Y, "whi e+p enrollment"),
 ("e-0625", E, "containing 0.625 mg", "0.625 mg", "dose", 0.625, 0.625, "mg/day", Y, "whi cee dose"),
 ("e-mpa", E, "and 2.5 mg of medroxy", "2.5 mg", "dose", 2.5, 2.5, "mg/day", Y, "whi mpa dose"),
 ("e-2002", E, "halted in 2002", "2002", "date", 2002, 2002, "year", Y, "whi e+p trial stopped"),
 ("e-56", E, "median of 5.6 years on treatment", "5.6 years", "duration", 5.6, 5.6, "years", Y, "whi e+p median time on treatment"),
 ("e-follow", E, "published the following year", "the following year", "date", 2003, 2003, "year", Y, "final breast cancer analysis published"),
 ("e-124", E, "hazard ratio was 1.24", "1.24", "ratio", 1.24, 1.24, "HR", Y, "whi e+p breast cancer hr (final 2003 analysis)"),
 ("e-24", E, "about a 24% higher", "24%", "percent", 24, 24, "%", Y, "breast cancer relative increase (final)"),
 ("e-141", E, "stroke hazard ratio was 1.41", "1.41", "ratio", 1.41, 1.41, "HR", Y, "whi e+p stroke hr"),
 ("e-10739", E, "alone to 10,739 women", "10,739", "count", 10739, 10739, "women", Y, "whi e-alone enrollment"),
 ("e-71", E, "after a mean of 7.1 years", "7.1 years", "duration", 7.1, 7.1, "years", Y, "whi e-alone mean follow-up"),
 ("e-5059", E, "women aged 50 to 59", "50 to 59", "age", 50, 59, "years", N, "subgroup"),
 ("e-065", E, "was 0.65 (95% CI", "0.65", "ratio", 0.65, 0.65, "HR", Y, "e-alone chd hr age 50-59"),
 ("e-065ci", E, "0.44–0.96", "0.44–0.96", "ratio", 0.44, 0.96, "HR", Y, "ci"),
 ("e-65", E, "starts under age 65", "65", "age", 65, 65, "years", Y, "start-age cutoff"),
 ("e-10y", E, "within 10 years of their last period", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("e-10mcg", E, "a 10-microgram estradiol", "10-microgram", "dose", 10, 10, "mcg", Y, "vaginal estradiol tablet dose"),
 ("e-twice", E, "used twice a week", "twice", "count", 2, 2, "per week", N, "dosing frequency"),
 ("e-2wk", E, "two-week start-up", "two-week", "duration", 2, 2, "weeks", N, "start-up phase"),
 ("e-by2023", E, "By 2023, only", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-18", E, "only 1.8% of U.S.", "1.8%", "percent", 1.8, 1.8, "%", Y, "systemic use among women over 40 in 2023 (claims)"),
 ("e-over40", E, "U.S. women over 40 were filling", "40", "age", 40, 40, "years", N, "definitional"),
 ("e-90m", E, "peak of 90 million", "90 million", "count", 90000000, 90000000, "prescriptions", Y, "us hrt prescriptions at peak"),
 ("e-1999", E, "a year in 1999", "1999", "date", 1999, 1999, "year", Y, "year of prescription peak"),
 ("e-45mg", E, "(Veozah), 45 mg", "45 mg", "dose", 45, 45, "mg", Y, "veozah dose"),
 ("e-once1", E, "45 mg once a day", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-may23", E, "approved in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "veozah approval"),
 ("e-oct25", E, "approved in October 2025", "October 2025", "date", 2025, 2025, "year", Y, "lynkuet approval"),
 ("e-60mg", E, "taken as 60 mg", "60 mg", "dose", 60, 60, "mg", Y, "lynkuet daily dose"),
 ("e-once2", E, "60 mg once daily", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-prem", E, "from 0.3 mg to 1.25 mg", "0.3 mg to 1.25 mg", "dose", 0.3, 1.25, "mg", Y, "premarin strengths"),
 ("e-51", E, "in the U.S. is 51", "51", "age", 51, 51, "years", Y, "average age at menopause"),
 ("e-74", E, "median of 7.4 years", "7.4 years", "duration", 7.4, 7.4, "years", Y, "hot flash duration"),
 ("e-every", E, "doctor every year", "every year", "duration", 1, 1, "years", N, "advice"),

 # ---- MH05 blog (2025-12-02)
 ("b-pub", B, "December 2, 2025", "December 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-3wk", B, "Three weeks ago", "Three weeks ago", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("b-100", B, "roughly 100 invited guests", "100", "count", 100, 100, "people", Y, "press conference attendees"),
 ("b-2003", B, "In the spring of 2003", "spring of 2003", "date", 2003, 2003, "year", Y, "whi e+p trial stopped"),
 ("b-58m", B, "about 58 million a year", "58 million", "count", 58000000, 58000000, "prescriptions", Y, "us hrt prescriptions at peak"),
 ("b-16608", B, "randomized 16,608 women", "16,608", "count", 16608, 16608, "women", Y, "whi e+p enrollment"),
 ("b-129", B, "hazard ratio of 1.29 for breast", "1.29", "ratio", 1.29, 1.29, "HR", Y, "whi e+p breast cancer hr"),
 ("b-8", B, "about eight extra cases", "eight", "count", 8, 8, "events", Y, "excess breast cancers per 10k per year"),
 ("b-10k", B, "per 10,000 women per year", "10,000", "count", 10000, 10000, "women", N, "denominator"),
 ("b-63", B, "average age was 63", "63", "age", 63, 63, "years", Y, "whi mean age"),
 ("b-4855", B, "are 48 to 55", "48 to 55", "age", 48, 55, "years", N, "aside"),
 ("b-005", B, "often 0.05 mg a day", "0.05 mg", "dose", 0.05, 0.05, "mg/day", Y, "typical patch dose"),
 ("b-100mg", B, "progesterone, 100 mg at bedtime", "100 mg", "dose", 100, 100, "mg", Y, "micronized progesterone dose"),
 ("b-224", B, "22.4% of women over 40", "22.4%", "percent", 22.4, 22.4, "%", Y, "nhanes use 1999-2002"),
 ("b-over40", B, "women over 40 were on", "40", "age", 40, 40, "years", N, "definitional"),
 ("b-0910", B, "By 2009–2010 that share", "2009–2010", "date", 2009, 2010, "year", N, "period"),
 ("b-74", B, "that share was 7.4%", "7.4%", "percent", 7.4, 7.4, "%", Y, "nhanes use 2009-2010"),
 ("b-86", B, "rose 86% since 2021", "86%", "percent", 86, 86, "%", Y, "epic: hrt prescription increase women 50-65"),
 ("b-2021", B, "86% since 2021", "2021", "date", 2021, 2021, "year", N, "period start"),
 ("b-5065", B, "women aged 50 to 65", "50 to 65", "age", 50, 65, "years", N, "definitional"),
 ("b-two", B, "at two of the three", "two", "count", 2, 2, "pharmacies", N, "aside"),
 ("b-three", B, "two of the three pharmacies", "three", "count", 3, 3, "pharmacies", N, "aside"),
 ("b-60", B, "should generally start before 60", "60", "age", 60, 60, "years", Y, "start-age cutoff"),
 ("b-10y", B, "or within 10 years of menopause", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("b-50", B, "heart disease by 50%", "50%", "percent", 50, 50, "%", Y, "kennedy claim: cvd risk reduction"),
 ("b-decade", B, "add a decade of life", "a decade", "duration", 10, 10, "years", Y, "kennedy claim: life extension"),
 ("b-2pills", B, "now two non-hormonal", "two", "count", 2, 2, "drugs", N, "aside"),
 ("b-120", B, "dosed at 120 mg", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("b-2caps", B, "two 60 mg capsules", "two", "count", 2, 2, "capsules", N, "capsules per dose"),
 ("b-60caps", B, "two 60 mg capsules", "60 mg", "dose", 60, 60, "mg", N, "lynkuet capsule strength"),
 ("b-u60", B, "If you are under 60", "60", "age", 60, 60, "years", N, "advice"),
 ("b-cap", B, "use, 1999 to 2020", "1999 to 2020", "date", 1999, 2020, "year", N, "caption"),
 ("b-45", B, "fell by four-fifths", "four-fifths", "percent", 80, 80, "%", N, "caption"),
 ("b-after02", B, "four-fifths after 2002", "2002", "date", 2002, 2002, "year", N, "caption"),
 ("b-rel7", B, "may last seven years", "seven years", "duration", 7, 7, "years", N, "related link"),
 ("b-rel50", B, "Bone density after 50", "50", "age", 50, 50, "years", N, "related link"),
 ("b-comm", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- MH06 local (2025-11-12), hard-wrapped
 ("l-pub", L, "Wednesday, November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-mon", L, "said on Monday that", "Monday", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("l-450", L, "employs about 450 people", "450", "count", 450, 450, "employees", Y, "lumera employees"),
 ("l-40", L, "raise patch output by 40%", "40%", "percent", 40, 40, "%", Y, "capacity increase"),
 ("l-2027", L, "the end of 2027", "2027", "date", 2027, 2027, "year", Y, "capacity target date"),
 ("l-65m", L, "roughly $65 million", "$65 million", "money", 65000000, 65000000, "USD", Y, "coating line investment"),
 ("l-1125", L, "revenue of $112.5 million for the third", "$112.5 million", "money", 112500000, 112500000, "USD", Y, "lumera q3 2025 patch revenue"),
 ("l-38", L, "up 38% from a year", "38%", "percent", 38, 38, "%", Y, "lumera q3 revenue growth"),
 ("l-mon2", L, "capacity before Monday", "Monday", "date", 2025, 2025, "year", N, "quote"),
 ("l-2004", L, "warnings date to 2004", "2004", "date", 2004, 2004, "year", Y, "boxed warnings first required"),
 ("l-10739", L, "trial enrolled 10,739 women", "10,739", "count", 10739, 10739, "women", Y, "whi e+p enrollment"),
 ("l-5079", L, "women aged 50 to 79", "50 to 79", "age", 50, 79, "years", Y, "whi enrollment ages"),
 ("l-2002", L, "was stopped in 2002", "2002", "date", 2002, 2002, "year", Y, "whi e+p trial stopped"),
 ("l-63", L, "Their average age was 63", "63", "age", 63, 63, "years", Y, "whi mean age"),
 ("l-lastjul", L, "met in July of last year", "July of last year", "date", 2024, 2024, "year", Y, "expert panel date"),
 ("l-60", L, "generally begin before age 60", "60", "age", 60, 60, "years", Y, "start-age cutoff"),
 ("l-10y", L, "within 10 years of the start", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("l-2020", L, "By 2020, only 4.7%", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("l-47", L, "only 4.7% of postmenopausal", "4.7%", "percent", 4.7, 4.7, "%", Y, "use among postmenopausal women 2020 (yang)"),
 ("l-269", L, "down from 26.9% in 1999", "26.9%", "percent", 26.9, 26.9, "%", Y, "use among postmenopausal women 1999 (yang)"),
 ("l-1999", L, "26.9% in 1999", "1999", "date", 1999, 1999, "year", N, "qualifier"),
 ("l-40pct", L, "about 40% of menopausal", "40%", "percent", 40, 40, "%", Y, "pre-2002 use share of menopausal women"),
 ("l-pre02", L, "Before 2002, about", "2002", "date", 2002, 2002, "year", N, "qualifier"),
 ("l-1942", L, "first approved in 1942", "1942", "date", 1942, 1942, "year", Y, "premarin first approval"),
 ("l-1990", L, "market in 1990", "1990", "date", 1990, 1990, "year", Y, "generic conjugated estrogens withdrawn"),
 ("l-233", L, "sales of $233 million", "$233 million", "money", 233000000, 233000000, "USD", Y, "premarin annual us sales"),
 ("l-oct24", L, "approved on Oct. 24", "Oct. 24", "date", 2025, 2025, "year", Y, "lynkuet approval"),
 ("l-120", L, "a 120 mg daily", "120 mg", "dose", 120, 120, "mg", Y, "lynkuet daily dose"),
 ("l-2023", L, "market since 2023", "2023", "date", 2023, 2023, "year", Y, "veozah approval"),
 ("l-5str", L, "its five strengths", "five", "count", 5, 5, "strengths", Y, "patch strengths"),
 ("l-dose", L, "from 0.025 mg to 0.1 mg", "0.025 mg to 0.1 mg", "dose", 0.025, 0.1, "mg/day", Y, "patch dose range"),
 ("l-oct", L, "wholesalers in October", "October", "date", 2025, 2025, "year", N, "allocation period"),
 ("l-60w", L, "hire about 60 production", "60", "count", 60, 60, "workers", Y, "planned hires"),
 ("l-15m", L, "a $1.5 million grant", "$1.5 million", "money", 1500000, 1500000, "USD", Y, "state grant"),

 # ---- MH07 fact-check (2025-11-20)
 ("f-pub", F, "Fact-check · November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-post02", F, "the 2002 hormone study", "2002", "date", 2002, 2002, "year", N, "post claim"),
 ("f-single", F, "never caused a single", "single", "count", None, None, "cases", N, "post claim (vague)"),
 ("f-50m", F, "and 50 million women were", "50 million", "count", 50000000, 50000000, "women", N, "post claim"),
 ("f-9k", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-nov10", F, "On November 10, the", "November 10", "date", 2025, 2025, "year", Y, "fda announcement date"),
 ("f-200", F, "before more than 200 people", "200", "count", 200, 200, "people", Y, "press conference attendees"),
 ("f-16608", F, "enrolled 16,608 women", "16,608", "count", 16608, 16608, "women", Y, "whi e+p enrollment"),
 ("f-9398", F, "between 1993 and 1998", "1993 and 1998", "date", 1993, 1998, "year", Y, "whi enrollment period"),
 ("f-2002", F, "It was stopped in 2002", "2002", "date", 2002, 2002, "year", Y, "whi e+p trial stopped"),
 ("f-126", F, "breast cancer was 1.26", "1.26", "ratio", 1.26, 1.26, "HR", Y, "whi e+p breast cancer hr"),
 ("f-ci", F, "of 1.00 to 1.59", "1.00 to 1.59", "ratio", 1.00, 1.59, "HR", Y, "ci"),
 ("f-lb", F, "lower bound sits at 1.00", "1.00", "ratio", 1.00, 1.00, "HR", N, "ci bound repeat"),
 ("f-8", F, "about eight additional", "eight", "count", 8, 8, "events", Y, "excess breast cancers per 10k per year"),
 ("f-10k", F, "per 10,000 women per year of use", "10,000", "count", 10000, 10000, "women", N, "denominator"),
 ("f-114", F, "(hazard ratio 1.14)", "1.14", "ratio", 1.14, 1.14, "HR", Y, "whi e+p stroke hr"),
 ("f-063", F, "(hazard ratio 0.63)", "0.63", "ratio", 0.63, 0.63, "HR", Y, "whi e+p hip fracture hr"),
 ("f-079", F, "hazard ratio of 0.79", "0.79", "ratio", 0.79, 0.79, "HR", Y, "whi e-alone breast cancer hr"),
 ("f-11", F, "a panel of 11 outside", "11", "count", 11, 11, "experts", Y, "expert panel size"),
 ("f-jul17", F, "met on July 17", "July 17", "date", 2025, 2025, "year", Y, "expert panel date"),
 ("f-60", F, "generally begin before age 60", "60", "age", 60, 60, "years", Y, "start-age cutoff"),
 ("f-10y", F, "within 10 years of menopause onset", "10 years", "duration", 10, 10, "years", Y, "timing window after menopause"),
 ("f-50mq", F, "the \"50 million women\"?", "50 million", "count", 50000000, 50000000, "women", N, "post claim (quoted)"),
 ("f-after02", F, "hormones after 2002", "2002", "date", 2002, 2002, "year", N, "qualifier"),
 ("f-38", F, "about 38% of postmenopausal", "38%", "percent", 38, 38, "%", Y, "mid-1990s use share of postmenopausal women"),
 ("f-mid90", F, "in the mid-1990s", "mid-1990s", "date", 1994, 1996, "year", N, "period"),
 ("f-2024", F, "Society's 2024 meeting", "2024", "date", 2024, 2024, "year", N, "source date"),
 ("f-over40", F, "of women over 40 were using", "40", "age", 40, 40, "years", N, "definitional"),
 ("f-18", F, "only 1.8% of women", "1.8%", "percent", 1.8, 1.8, "%", Y, "systemic use among women over 40 in 2023 (claims)"),
 ("f-2023", F, "therapy in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("f-90m", F, "peaked at 90 million", "90 million", "count", 90000000, 90000000, "prescriptions", Y, "us hrt prescriptions at peak"),
 ("f-1999", F, "a year in 1999", "1999", "date", 1999, 1999, "year", Y, "year of prescription peak"),
 ("f-jul02", F, "published in July 2002", "July 2002", "date", 2002, 2002, "year", Y, "whi results published"),
 ("f-2003", F, "were added in 2003", "2003", "date", 2003, 2003, "year", Y, "boxed warnings first required"),
 ("f-not02", F, "not in 2002 as", "2002", "date", 2002, 2002, "year", N, "post implication"),
 ("f-126b", F, "found a hazard ratio of 1.26", "1.26", "ratio", 1.26, 1.26, "HR", Y, "whi e+p breast cancer hr (ruling)"),
 ("f-8b", F, "about eight extra cases", "eight", "count", 8, 8, "events", Y, "excess breast cancers per 10k per year (ruling)"),
 ("f-10kb", F, "per 10,000 women each year", "10,000", "count", 10000, 10000, "women", N, "denominator"),
 ("f-50mr", F, "The \"50 million\" figure", "50 million", "count", 50000000, 50000000, "women", N, "post claim (ruling)"),
 ("f-src1", F, "press release, November 10, 2025", "November 10, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-src2", F, "research summary, May 2005", "May 2005", "date", 2005, 2005, "year", N, "sources line"),
 ("f-src3", F, "Obstetrics & Gynecology 2012", "2012", "date", 2012, 2012, "year", N, "sources line"),
 ("f-src4", F, "for Women, July 17, 2025", "July 17, 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 WHI E+P enrollment: estrogen-alone trial's 10,739 swapped in
 ("l-10739", "w-16608", S), ("l-10739", "a-16608", S), ("l-10739", "e-16608", S),
 ("l-10739", "b-16608", S), ("l-10739", "f-16608", S),
 # S2 E+P mean follow-up at stop: estrogen-alone 7.1 years swapped in
 ("p-71", "w-52", S), ("p-71", "a-52", S),
 # S3 E+P breast cancer HR: CHD figure swapped in
 ("b-129", "w-126", S), ("b-129", "a-bc", S), ("b-129", "f-126", S), ("b-129", "f-126b", S),
 # S4 stroke HR transposed (1 of 2 transpositions)
 ("f-114", "a-st", S), ("f-114", "e-141", S),
 # S5 expert panel date: relative "July of last year" resolves to 2024
 ("l-lastjul", "w-jul", S), ("l-lastjul", "p-jul17", S), ("l-lastjul", "f-jul17", S),
 # S6 year WHI E+P trial was halted: 2003 vs 2002
 ("b-2003", "w-may31", S), ("b-2003", "a-31may", S), ("b-2003", "e-2002", S),
 ("b-2003", "l-2002", S), ("b-2003", "f-2002", S),
 # S7 year boxed warnings first required: 2004 vs 2003
 ("l-2004", "w-2003", S), ("l-2004", "a-follow", S), ("l-2004", "e-2003", S), ("l-2004", "f-2003", S),
 # S8 NHANES 2009-2010 use transposed (2 of 2)
 ("b-74", "a-47", S),
 # S10 peak annual prescriptions: 1995 figure given as the peak
 ("b-58m", "a-90m", S), ("b-58m", "e-90m", S), ("b-58m", "f-90m", S),
 # S11 expert panel size
 ("f-11", "w-12", S),
 # S12 press conference attendees
 ("b-100", "w-200", S), ("b-100", "p-200", S), ("b-100", "f-200", S),
 # S13 Lumera Q3 patch revenue: nine-month figure reported as the quarter
 ("l-1125", "p-412", S),
 # S14 capacity target year
 ("l-2027", "p-2026", S),
 # S15 start-age cutoff 65 vs 60
 ("e-65", "w-u60", S), ("e-65", "p-60", S), ("e-65", "b-60", S), ("e-65", "l-60", S), ("e-65", "f-60", S),
 # S16 MPA dose in the WHI pill
 ("w-mpa5", "a-mpa", S), ("w-mpa5", "e-mpa", S),
 # S17 Lynkuet daily dose: capsule strength given as the dose
 ("e-60mg", "b-120", S), ("e-60mg", "l-120", S),
 # S18 hip fracture HR: colorectal figure swapped in
 ("f-063", "a-hip", S),
 # S19 year of prescription peak: 2000 vs 1999
 ("a-2000", "e-1999", S), ("a-2000", "f-1999", S),
 # ---- Qualified
 # breast cancer HR: 2002 principal results (1.26) vs 2003 final analysis (1.24)
 ("e-124", "w-126", Q), ("e-124", "a-bc", Q), ("e-124", "f-126", Q), ("e-124", "f-126b", Q), ("e-124", "b-129", Q),
 # follow-up: mean 5.2 at stop vs median 5.6 on treatment (2013 overview); 7.1 (wrong) vs 5.6
 ("e-56", "w-52", Q), ("e-56", "a-52", Q), ("e-56", "p-71", Q),
 # pre-WHI use: 40% of menopausal women vs 22.4% of all women 40+ (NHANES 1999-2002) vs 38% (mid-1990s)
 ("w-40", "a-224", Q), ("w-40", "b-224", Q), ("l-40pct", "a-224", Q), ("l-40pct", "b-224", Q),
 ("f-38", "w-40", Q), ("f-38", "l-40pct", Q), ("f-38", "a-224", Q), ("f-38", "b-224", Q),
 # 1999 use: 26.9% of postmenopausal women (Yang, prescriptions) vs 22.4% of women 40+ (Sprague, 1999-2002) vs 40% / 38%
 ("l-269", "a-224", Q), ("l-269", "b-224", Q), ("a-pm269", "b-224", Q),
 ("l-269", "w-40", Q), ("a-pm269", "w-40", Q), ("a-pm269", "l-40pct", Q),
 ("l-269", "f-38", Q), ("a-pm269", "f-38", Q),
 # "current" use: 4.7% of postmenopausal women in 2020 (Yang, NHANES) vs 1.8% of women 40+ in 2023 (claims)
 ("l-47", "w-18", Q), ("l-47", "e-18", Q), ("l-47", "f-18", Q),
 ("a-pm47", "w-18", Q), ("a-pm47", "e-18", Q), ("a-pm47", "f-18", Q),
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
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
        if a not in docof or b not in docof:
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
