#!/usr/bin/env python3
"""Build vonoprazan.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "vonoprazan")
OUT = os.path.join(HERE, "vonoprazan.gold.jsonl")
T = "vonoprazan"

W, P, A, E, B, L, F = ("VO01_wire.txt", "VO02_press.txt", "VO03_abstract.txt",
                       "VO04_explainer.txt", "VO05_blog.txt", "VO06_local.txt", "VO07_factcheck.txt")
Y = True; N = False
M = 1000000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- VO01 wire (2025-08-07, Thursday)
 ("w-h2026", W, "targets 2026 profit", "2026", "date", 2026, 2026, "year", N, "headline: profitability target"),
 ("w-dl", W, "Aug 7 (Hudson", "Aug 7", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2025, 2025, "year", N, "results release date"),
 ("w-395", W, "rose to $39.5 million", "$39.5 million", "money", 39.5*M, 39.5*M, "USD", Y, "q2 2025 net revenue"),
 ("w-39pct", W, "up 39% from", "39%", "percent", 39, 39, "%", Y, "q2 2025 revenue growth vs q1"),
 ("w-3mo", W, "the previous three months", "three months", "duration", 3, 3, "months", N, "period qualifier"),
 ("w-spring1", W, "Terrie Curran this spring", "this spring", "date", 2025, 2025, "year", N, "ceo change (vague)"),
 ("w-363", W, "beat the $36.3 million", "$36.3 million", "money", 36.3*M, 36.3*M, "USD", Y, "q2 2025 consensus revenue"),
 ("w-73", W, "compared with $7.3 million", "$7.3 million", "money", 7.3*M, 7.3*M, "USD", Y, "q2 2024 net revenue"),
 ("w-yrago1", W, "$7.3 million a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("w-12pct", W, "rose about 12% in premarket", "12%", "percent", 12, 12, "%", Y, "share move premarket aug 7 2025"),
 ("w-guid", W, "guidance of $165 million to $175 million", "$165 million to $175 million", "money", 165*M, 175*M, "USD", Y, "fy2025 revenue guidance"),
 ("w-2026", W, "become profitable in 2026", "2026", "date", 2026, 2026, "year", Y, "profitability target year"),
 ("w-june", W, "It ended June with", "June", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-150", W, "roughly $150 million in cash", "$150 million", "money", 150*M, 150*M, "USD", Y, "cash at end of june 2025"),
 ("w-173k", W, "about 173,000 Voquezna", "173,000", "count", 173000, 173000, "prescriptions", Y, "q2 2025 filled prescriptions"),
 ("w-36pct", W, "in the quarter, 36% more", "36%", "percent", 36, 36, "%", Y, "q2 2025 rx growth vs q1"),
 ("w-first3", W, "first three months of the year", "three months", "duration", 3, 3, "months", N, "period qualifier"),
 ("w-580k", W, "more than 580,000 since", "580,000", "count", 580000, 580000, "prescriptions", Y, "cumulative filled rx to aug 2025"),
 ("w-29300", W, "Some 29,300 clinicians", "29,300", "count", 29300, 29300, "prescribers", Y, "cumulative prescribers aug 2025"),
 ("w-one", W, "at least one prescription", "one", "count", 1, 1, "prescriptions", N, "definition"),
 ("w-285", W, "slipped to $28.5 million", "$28.5 million", "money", 28.5*M, 28.5*M, "USD", Y, "q1 2025 net revenue"),
 ("w-end24", W, "at the end of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-lastyr", W, "For all of last year", "last year", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("w-553", W, "booked $55.3 million", "$55.3 million", "money", 55.3*M, 55.3*M, "USD", Y, "fy2024 net revenue"),
 ("w-565", W, "narrowed to $56.5 million", "$56.5 million", "money", 56.5*M, 56.5*M, "USD", Y, "q2 2025 non-gaap net loss"),
 ("w-79c", W, "79 cents a share", "79 cents", "money", 0.79, 0.79, "USD", Y, "q2 2025 non-gaap loss per share"),
 ("w-733", W, "from $73.3 million a year", "$73.3 million", "money", 73.3*M, 73.3*M, "USD", Y, "q2 2024 non-gaap net loss"),
 ("w-yrago2", W, "$73.3 million a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "comparison period"),
 ("w-758", W, "lost $75.8 million", "$75.8 million", "money", 75.8*M, 75.8*M, "USD", Y, "q2 2025 gaap net loss"),
 ("w-12m", W, "fell by $12 million", "$12 million", "money", 12*M, 12*M, "USD", Y, "opex decrease q1 to q2 2025"),
 ("w-861", W, "quarter to $86.1 million", "$86.1 million", "money", 86.1*M, 86.1*M, "USD", Y, "q2 2025 non-gaap opex"),
 ("w-60", W, "below $60 million in the third", "$60 million", "money", 60*M, 60*M, "USD", Y, "q3 2025 opex target"),
 ("w-55", W, "below $55 million in the fourth", "$55 million", "money", 55*M, 55*M, "USD", Y, "q4 2025 opex target"),
 ("w-spring2", W, "In the spring the company", "spring", "date", 2025, 2025, "year", N, "cost cuts (vague)"),
 ("w-6pct", W, "cut about 6% of its jobs", "6%", "percent", 6, 6, "%", Y, "workforce reduction 2025"),
 ("w-nov23", W, "approved in November 2023 to heal", "November 2023", "date", 2023, 2023, "year", Y, "erosive esophagitis approval"),
 ("w-45m", W, "affects 45 million U.S. adults", "45 million", "count", 45*M, 45*M, "people", Y, "erosive esophagitis prevalence us (planted)"),
 ("w-jul23", W, "non-erosive GERD in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "non-erosive gerd approval (planted)"),
 ("w-10mg", W, "using the 10 mg tablet", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("w-two", W, "sold in two antibiotic", "two", "count", 2, 2, "packs", N, "number of h. pylori packs"),
 ("w-maylast", W, "cleared in May of last year", "May of last year", "date", 2024, 2024, "year", Y, "h. pylori packs approval (planted, relative)"),
 ("w-93", W, "trial, 93% of patients", "93%", "percent", 93, 93, "%", Y, "ee week-8 healing vonoprazan (all)"),
 ("w-wk8", W, "healed by week eight", "week eight", "duration", 8, 8, "weeks", N, "timepoint"),
 ("w-84", W, "against 84% of those", "84%", "percent", 84, 84, "%", Y, "ee week-8 healing lansoprazole (planted)"),
 ("w-1yr", W, "for more than a year after", "more than a year", "duration", 1, 1, "years", Y, "launch delay from nitrosamine"),
 ("w-10yr", W, "show 10 years of new", "10 years", "duration", 10, 10, "years", Y, "nce exclusivity length"),
 ("w-may32", W, "running to May 2032", "May 2032", "date", 2032, 2032, "year", Y, "exclusivity end"),
 ("w-2033", W, "version before 2033", "2033", "date", 2033, 2033, "year", Y, "earliest generic entry"),
 ("w-h2", W, "roughly $97 million to $107 million", "$97 million to $107 million", "money", 97*M, 107*M, "USD", Y, "implied h2 2025 revenue"),
 ("w-87", W, "held at 87%", "87%", "percent", 87, 87, "%", Y, "gross margin q2 2025"),

 # ---- VO02 press release (2025-10-30)
 ("p-h2025", P, "Reports Third Quarter 2025 Financial", "2025", "date", 2025, 2025, "year", N, "headline qualifier"),
 ("p-h495", P, "Third quarter net revenue of $49.5 million", "$49.5 million", "money", 49.5*M, 49.5*M, "USD", N, "subtitle repeat"),
 ("p-h25", P, "up 25% from the second quarter", "25%", "percent", 25, 25, "%", Y, "q3 2025 revenue growth vs q2"),
 ("p-h221", P, "221,000 VOQUEZNA prescriptions filled in the quarter", "221,000", "count", 221000, 221000, "prescriptions", N, "subtitle repeat"),
 ("p-h790", P, "more than 790,000 filled since launch", "790,000", "count", 790000, 790000, "prescriptions", N, "subtitle repeat"),
 ("p-dl", P, "October 30, 2025 (GLOBE", "October 30, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-sep30a", P, "quarter ended September 30, 2025", "September 30, 2025", "date", 2025, 2025, "year", N, "period end"),
 ("p-half", P, "nearly in half", "half", "percent", 50, 50, "%", N, "cash opex cut vs q1 (vague, quote)"),
 ("p-2026q", P, "profitable operations in 2026", "2026", "date", 2026, 2026, "year", Y, "profitability target year"),
 ("p-hl2025", P, "Third Quarter 2025 Highlights", "2025", "date", 2025, 2025, "year", N, "section heading"),
 ("p-495", P, "Net revenue was $49.5 million", "$49.5 million", "money", 49.5*M, 49.5*M, "USD", Y, "q3 2025 net revenue"),
 ("p-395", P, "compared with $39.5 million", "$39.5 million", "money", 39.5*M, 39.5*M, "USD", Y, "q2 2025 net revenue"),
 ("p-q2of25", P, "second quarter of 2025 and", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-164", P, "$16.4 million in the third", "$16.4 million", "money", 16.4*M, 16.4*M, "USD", Y, "q3 2024 net revenue"),
 ("p-q3of24", P, "third quarter of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-221", P, "approximately 221,000 VOQUEZNA", "221,000", "count", 221000, 221000, "prescriptions", Y, "q3 2025 filled rx (total)"),
 ("p-36", P, "increase of 36% over", "36%", "percent", 36, 36, "%", Y, "q3 2025 rx growth vs q2"),
 ("p-144", P, "approximately 144,000 were", "144,000", "count", 144000, 144000, "prescriptions", Y, "q3 2025 covered rx"),
 ("p-23", P, "insurance, up 23%", "23%", "percent", 23, 23, "%", Y, "covered rx growth q3"),
 ("p-77k", P, "approximately 77,000 were", "77,000", "count", 77000, 77000, "prescriptions", Y, "q3 2025 cash-pay rx"),
 ("p-38", P, "prescriptions, up 38%", "38%", "percent", 38, 38, "%", Y, "cash-pay rx growth q3"),
 ("p-oct17", P, "through October 17, 2025", "October 17, 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-790", P, "more than 790,000 prescriptions", "790,000", "count", 790000, 790000, "prescriptions", Y, "cumulative filled rx to oct 17 2025"),
 ("p-87", P, "margin was approximately 87%", "87%", "percent", 87, 87, "%", Y, "gross margin q3 2025"),
 ("p-493", P, "expenses were $49.3 million", "$49.3 million", "money", 49.3*M, 49.3*M, "USD", Y, "q3 2025 cash opex"),
 ("p-60", P, "less than $60 million", "$60 million", "money", 60*M, 60*M, "USD", Y, "q3 2025 opex target"),
 ("p-135", P, "equivalents were $135 million", "$135 million", "money", 135*M, 135*M, "USD", Y, "cash at sept 30 2025"),
 ("p-sep30b", P, "as of September 30, 2025", "September 30, 2025", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-14m", P, "approximately $14 million", "$14 million", "money", 14*M, 14*M, "USD", Y, "q3 2025 net cash used"),
 ("p-77pct", P, "reduction of 77%", "77%", "percent", 77, 77, "%", Y, "cash use reduction vs q2"),
 ("p-10yr", P, "lists 10-year new", "10-year", "duration", 10, 10, "years", Y, "nce exclusivity length"),
 ("p-may32", P, "through May 2032", "May 2032", "date", 2032, 2032, "year", Y, "exclusivity end"),
 ("p-2033", P, "entry before 2033", "2033", "date", 2033, 2033, "year", Y, "earliest generic entry"),
 ("p-ee10", P, "VOQUEZNA 10 mg and 20 mg", "10 mg", "dose", 10, 10, "mg", Y, "ee tablet strength"),
 ("p-ee20", P, "and 20 mg tablets were", "20 mg", "dose", 20, 20, "mg", Y, "ee tablet strength"),
 ("p-nov23", P, "in November 2023 for the", "November 2023", "date", 2023, 2023, "year", Y, "erosive esophagitis approval"),
 ("p-jul24", P, "In July 2024 the label", "July 2024", "date", 2024, 2024, "year", Y, "non-erosive gerd approval"),
 ("p-nerd10", P, "include VOQUEZNA 10 mg for", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("p-may22", P, "approved in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "h. pylori packs approval"),
 ("p-20m", P, "approximately 20 million adults", "20 million", "count", 20*M, 20*M, "people", Y, "erosive esophagitis prevalence us"),
 ("p-45m", P, "estimated 45 million U.S.", "45 million", "count", 45*M, 45*M, "people", Y, "non-erosive gerd prevalence us"),
 ("p-15m", P, "approximately 15 million are", "15 million", "count", 15*M, 15*M, "people", Y, "non-erosive gerd rx-treated per year"),
 ("p-may19", P, "Takeda in May 2019", "May 2019", "date", 2019, 2019, "year", N, "about section: license date"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "law name"),
 ("p-2026fls", P, "achieving profitability in 2026", "2026", "date", 2026, 2026, "year", N, "forward-looking boilerplate repeat"),

 # ---- VO03 abstract (2022-10-11)
 ("a-pub", A, "Published online October 11, 2022", "October 11, 2022", "date", 2022, 2022, "year", N, "publication metadata"),
 ("a-N", A, "N = 1,024", "1,024", "count", 1024, 1024, "patients", Y, "phalcon-ee enrollment"),
 ("a-r11", A, "assigned 1:1 to", "1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-v20", A, "1:1 to vonoprazan 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "healing-phase vonoprazan dose"),
 ("a-l30", A, "or lansoprazole 30 mg once", "30 mg", "dose", 30, 30, "mg", Y, "healing-phase lansoprazole dose"),
 ("a-once1", A, "30 mg once daily", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("a-8wk", A, "for up to 8 weeks", "8 weeks", "duration", 8, 8, "weeks", Y, "healing phase length"),
 ("a-wk2a", A, "performed at week 2", "week 2", "duration", 2, 2, "weeks", N, "timepoint"),
 ("a-wk8a", A, "not complete, at week 8", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-wk8b", A, "healed by week 8 (n=878)", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-878", A, "(n=878)", "878", "count", 878, 878, "patients", Y, "maintenance phase n (healed, re-randomized)"),
 ("a-r111", A, "re-randomized 1:1:1", "1:1:1", "ratio", 1, 1, "ratio", N, "randomization ratio"),
 ("a-m10", A, "1:1:1 to vonoprazan 10 mg", "10 mg", "dose", 10, 10, "mg", Y, "maintenance vonoprazan low dose"),
 ("a-m20", A, "10 mg, vonoprazan 20 mg, or", "20 mg", "dose", 20, 20, "mg", Y, "maintenance vonoprazan high dose"),
 ("a-m15", A, "or lansoprazole 15 mg once daily for 24", "15 mg", "dose", 15, 15, "mg", Y, "maintenance lansoprazole dose"),
 ("a-once2", A, "15 mg once daily for 24", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("a-24wk", A, "once daily for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "maintenance phase length"),
 ("a-wk8c", A, "healed by week 8 and the", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-wk24a", A, "healed at week 24, each", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-margin", A, "margin of −10 percentage points", "−10 percentage points", "percent", -10, -10, "pp", Y, "noninferiority margin"),
 ("a-twice", A, "a twice-daily electronic", "twice", "count", 2, 2, "per day", N, "diary frequency"),
 ("a-wk8d", A, "for healing by week 8 (92.9%", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-929", A, "(92.9% vs", "92.9%", "percent", 92.9, 92.9, "%", Y, "ee week-8 healing vonoprazan (all)"),
 ("a-846", A, "vs 84.6%; difference", "84.6%", "percent", 84.6, 84.6, "%", Y, "ee week-8 healing lansoprazole (all)"),
 ("a-83", A, "difference 8.3 percentage points", "8.3 percentage points", "percent", 8.3, 8.3, "pp", Y, "healing difference (all)"),
 ("a-83ci", A, "95% CI, 4.5–12.2", "4.5–12.2", "percent", 4.5, 12.2, "pp", Y, "ci"),
 ("a-p1", A, "12.2; P < .0001", ".0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-p2", A, "superior (P < .0001)", ".0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-wk8e", A, "healing by week 8 was 91.7%", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-917", A, "was 91.7% with", "91.7%", "percent", 91.7, 91.7, "%", Y, "ee week-8 healing vonoprazan (grade c/d)"),
 ("a-720h", A, "and 72.0% with lansoprazole (difference 19.6", "72.0%", "percent", 72.0, 72.0, "%", Y, "ee week-8 healing lansoprazole (grade c/d)"),
 ("a-196", A, "(difference 19.6;", "19.6", "percent", 19.6, 19.6, "pp", Y, "healing difference c/d"),
 ("a-196ci", A, "11.8–27.6", "11.8–27.6", "percent", 11.8, 27.6, "pp", Y, "ci"),
 ("a-wk2b", A, "At week 2, healing", "week 2", "duration", 2, 2, "weeks", N, "timepoint"),
 ("a-702", A, "was 70.2% with", "70.2%", "percent", 70.2, 70.2, "%", Y, "week-2 healing vonoprazan (grade c/d)"),
 ("a-526", A, "and 52.6% with", "52.6%", "percent", 52.6, 52.6, "%", Y, "week-2 healing lansoprazole (grade c/d)"),
 ("a-176", A, "(difference 17.6)", "17.6", "percent", 17.6, 17.6, "pp", Y, "week-2 difference c/d"),
 ("a-792", A, "79.2% of patients", "79.2%", "percent", 79.2, 79.2, "%", Y, "maintenance rate vonoprazan 10 mg"),
 ("a-mv10", A, "on vonoprazan 10 mg and 80.7%", "10 mg", "dose", 10, 10, "mg", N, "arm label repeat"),
 ("a-807", A, "and 80.7% of those", "80.7%", "percent", 80.7, 80.7, "%", Y, "maintenance rate vonoprazan 20 mg"),
 ("a-mv20", A, "on vonoprazan 20 mg remained", "20 mg", "dose", 20, 20, "mg", N, "arm label repeat"),
 ("a-wk24b", A, "remained healed at week 24, compared", "week 24", "duration", 24, 24, "weeks", N, "timepoint"),
 ("a-720m", A, "compared with 72.0% on", "72.0%", "percent", 72.0, 72.0, "%", Y, "maintenance rate lansoprazole 15 mg"),
 ("a-ml15", A, "lansoprazole 15 mg (differences", "15 mg", "dose", 15, 15, "mg", N, "arm label repeat"),
 ("a-72d", A, "(differences 7.2 [", "7.2", "percent", 7.2, 7.2, "pp", Y, "maintenance difference 10 mg"),
 ("a-72ci", A, "0.2–14.1", "0.2–14.1", "percent", 0.2, 14.1, "pp", Y, "ci"),
 ("a-87d", A, "and 8.7 [95% CI", "8.7", "percent", 8.7, 8.7, "pp", Y, "maintenance difference 20 mg"),
 ("a-87ci", A, "1.8–15.5", "1.8–15.5", "percent", 1.8, 15.5, "pp", Y, "ci"),
 ("a-747", A, "were 74.7% and", "74.7%", "percent", 74.7, 74.7, "%", Y, "maintenance c/d vonoprazan 10 mg"),
 ("a-772", A, "and 77.2% vs 61.5%", "77.2%", "percent", 77.2, 77.2, "%", Y, "maintenance c/d vonoprazan 20 mg"),
 ("a-615", A, "vs 61.5% (differences", "61.5%", "percent", 61.5, 61.5, "%", Y, "maintenance c/d lansoprazole"),
 ("a-133", A, "(differences 13.3 [", "13.3", "percent", 13.3, 13.3, "pp", Y, "maintenance c/d difference 10 mg"),
 ("a-133ci", A, "0.02–26.1", "0.02–26.1", "percent", 0.02, 26.1, "pp", Y, "ci"),
 ("a-157", A, "and 15.7 [95% CI", "15.7", "percent", 15.7, 15.7, "pp", Y, "maintenance c/d difference 20 mg"),
 ("a-157ci", A, "2.5–28.4", "2.5–28.4", "percent", 2.5, 28.4, "pp", Y, "ci"),
 ("a-24h", A, "of 24-hour heartburn-free", "24-hour", "duration", 24, 24, "hours", N, "endpoint definition"),
 ("a-c20", A, "Vonoprazan 20 mg was noninferior", "20 mg", "dose", 20, 20, "mg", N, "conclusions repeat"),
 ("a-c30", A, "lansoprazole 30 mg for healing", "30 mg", "dose", 30, 30, "mg", N, "conclusions repeat"),
 ("a-2wk", A, "faster healing at 2 weeks", "2 weeks", "duration", 2, 2, "weeks", N, "timepoint"),
 ("a-c10", A, "Vonoprazan 10 mg and 20 mg were", "10 mg", "dose", 10, 10, "mg", N, "conclusions repeat"),
 ("a-c20b", A, "10 mg and 20 mg were noninferior", "20 mg", "dose", 20, 20, "mg", N, "conclusions repeat"),
 ("a-c15", A, "lansoprazole 15 mg for maintaining", "15 mg", "dose", 15, 15, "mg", N, "conclusions repeat"),
 ("a-6mo", A, "over 6 months", "6 months", "duration", 6, 6, "months", N, "restatement of 24-week maintenance"),

 # ---- VO04 explainer (2025-03-18)
 ("e-upd", E, "Updated March 18, 2025", "March 18, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-30yr", E, "in more than 30 years", "30 years", "duration", 30, 30, "years", Y, "first new reflux class in >30 years"),
 ("e-2015", E, "Takecab since 2015", "2015", "date", 2015, 2015, "year", Y, "japan launch (takecab)"),
 ("e-three", E, "Three things.", "Three", "count", 3, 3, "indications", N, "number of approvals"),
 ("e-may22", E, "In May 2022 the Food", "May 2022", "date", 2022, 2022, "year", Y, "h. pylori packs approval"),
 ("e-twopk", E, "approved two 14-day", "two", "count", 2, 2, "packs", N, "number of h. pylori packs"),
 ("e-14day", E, "two 14-day treatment", "14-day", "duration", 14, 14, "days", Y, "h. pylori regimen length"),
 ("e-nov1", E, "On November 1, 2023, the", "November 1, 2023", "date", 2023, 2023, "year", Y, "erosive esophagitis approval"),
 ("e-20m", E, "affects about 20 million Americans", "20 million", "count", 20*M, 20*M, "people", Y, "erosive esophagitis prevalence us"),
 ("e-jul24", E, "In July 2024 the agency", "July 2024", "date", 2024, 2024, "year", Y, "non-erosive gerd approval"),
 ("e-1027", E, "trial of 1,027 patients", "1,027", "count", 1027, 1027, "patients", Y, "phalcon-ee enrollment (nda-acceptance figure)"),
 ("e-93", E, "patients, 93% of people", "93%", "percent", 93, 93, "%", Y, "ee week-8 healing vonoprazan (all)"),
 ("e-wk8", E, "healed by week 8, compared", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("e-85", E, "compared with 85% of those", "85%", "percent", 85, 85, "%", Y, "ee week-8 healing lansoprazole (all)"),
 ("e-4wk", E, "in a four-week study", "four-week", "duration", 4, 4, "weeks", Y, "nerd trial placebo-controlled length"),
 ("e-776", E, "study of 776 adults", "776", "count", 776, 776, "patients", Y, "nerd trial enrollment (topline figure)"),
 ("e-4days", E, "at least four days a week", "four days", "count", 4, 4, "days/week", Y, "nerd eligibility heartburn frequency"),
 ("e-45", E, "heartburn-free days 45% of the time", "45%", "percent", 45, 45, "%", Y, "nerd mean heartburn-free days vonoprazan 10 mg"),
 ("e-17", E, "versus 17% of the time", "17%", "percent", 17, 17, "%", Y, "nerd mean heartburn-free days placebo (planted: median)"),
 ("e-1046", E, "enrolled 1,046 adults", "1,046", "count", 1046, 1046, "patients", Y, "phalcon-hp enrollment"),
 ("e-3drug", E, "the three-drug pack", "three", "count", 3, 3, "drugs", N, "pack composition"),
 ("e-847", E, "in 84.7% of all patients", "84.7%", "percent", 84.7, 84.7, "%", Y, "hp triple eradication all patients (planted)"),
 ("e-2drug", E, "the two-drug pack in", "two", "count", 2, 2, "drugs", N, "pack composition"),
 ("e-772", E, "pack in 77.2%", "77.2%", "percent", 77.2, 77.2, "%", Y, "hp dual eradication all patients"),
 ("e-685", E, "compared with 68.5%", "68.5%", "percent", 68.5, 68.5, "%", Y, "hp lansoprazole triple all patients"),
 ("e-658", E, "were 65.8% with", "65.8%", "percent", 65.8, 65.8, "%", Y, "hp triple clarithromycin-resistant"),
 ("e-696", E, "and 69.6% with the dual", "69.6%", "percent", 69.6, 69.6, "%", Y, "hp dual clarithromycin-resistant"),
 ("e-319", E, "versus 31.9% with", "31.9%", "percent", 31.9, 31.9, "%", Y, "hp lansoprazole clarithromycin-resistant"),
 ("e-d20", E, "esophagitis: 20 mg once a day", "20 mg", "dose", 20, 20, "mg", Y, "ee healing dose"),
 ("e-once1", E, "20 mg once a day for 8", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-8wk", E, "once a day for 8 weeks", "8 weeks", "duration", 8, 8, "weeks", Y, "ee healing duration"),
 ("e-d10m", E, "healed: 10 mg once", "10 mg", "dose", 10, 10, "mg", Y, "ee maintenance dose"),
 ("e-once2", E, "10 mg once a day for up", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-6mo", E, "for up to 6 months", "6 months", "duration", 6, 6, "months", Y, "ee maintenance duration"),
 ("e-d10n", E, "heartburn: 10 mg once", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("e-once3", E, "10 mg once a day for 4", "once", "count", 1, 1, "per day", N, "dosing frequency"),
 ("e-4wkn", E, "once a day for 4 weeks", "4 weeks", "duration", 4, 4, "weeks", Y, "nerd treatment duration"),
 ("e-14d", E, "taken for 14 days", "14 days", "duration", 14, 14, "days", Y, "h. pylori regimen length"),
 ("e-t20", E, "combines vonoprazan 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "h. pylori vonoprazan dose (triple)"),
 ("e-t1000", E, "amoxicillin 1,000 mg and", "1,000 mg", "dose", 1000, 1000, "mg", Y, "triple amoxicillin dose"),
 ("e-t500", E, "clarithromycin 500 mg", "500 mg", "dose", 500, 500, "mg", Y, "triple clarithromycin dose"),
 ("e-twice1", E, "each twice a day", "twice", "count", 2, 2, "per day", N, "dosing frequency"),
 ("e-d20b", E, "pairs vonoprazan 20 mg twice", "20 mg", "dose", 20, 20, "mg", Y, "h. pylori vonoprazan dose (dual)"),
 ("e-twice2", E, "20 mg twice a day with", "twice", "count", 2, 2, "per day", N, "dosing frequency"),
 ("e-d1000", E, "amoxicillin 1,000 mg three", "1,000 mg", "dose", 1000, 1000, "mg", Y, "dual amoxicillin dose"),
 ("e-3x", E, "three times a day", "three times", "count", 3, 3, "per day", N, "dosing frequency"),
 ("e-aug23", E, "In August 2023 Phathom", "August 2023", "date", 2023, 2023, "year", Y, "nitrosamine disclosure (planted)"),
 ("e-96", E, "96 nanograms per day", "96 nanograms per day", "dose", 96, 96, "ng/day", Y, "nvp acceptable intake limit"),
 ("e-in2022", E, "approved in 2022, did", "2022", "date", 2022, 2022, "year", Y, "h. pylori packs approval"),
 ("e-dec23", E, "until December 2023", "December 2023", "date", 2023, 2023, "year", Y, "h. pylori packs launch"),
 ("e-130", E, "a $130 million payment", "$130 million", "money", 130*M, 130*M, "USD", Y, "approval-triggered financing payment (planted)"),
 ("e-2pct", E, "at least 2% of patients", "2%", "percent", 2, 2, "%", N, "adverse event reporting threshold"),
 ("e-120m", E, "more than 120 million commercially", "120 million", "count", 120*M, 120*M, "people", Y, "commercial covered lives"),
 ("e-80", E, "over 80% of that market", "80%", "percent", 80, 80, "%", Y, "share of commercial lives covered"),
 ("e-one", E, "try one generic PPI", "one", "count", 1, 1, "drugs", N, "step-therapy requirement"),

 # ---- VO05 blog (2025-08-20)
 ("b-h21", B, "Voquezna at 21 months", "21 months", "duration", 21, 21, "months", N, "headline"),
 ("b-date", B, "August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap20", B, "Caption: Voquezna 20 mg tablets", "20 mg", "dose", 20, 20, "mg", N, "image caption"),
 ("b-395", B, "Net revenue was $39.5 million", "$39.5 million", "money", 39.5*M, 39.5*M, "USD", Y, "q2 2025 net revenue"),
 ("b-285", B, "up from $28.5 million", "$28.5 million", "money", 28.5*M, 28.5*M, "USD", Y, "q1 2025 net revenue"),
 ("b-q4of24", B, "fourth quarter of 2024 came", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-297", B, "came in at $29.7 million", "$29.7 million", "money", 29.7*M, 29.7*M, "USD", Y, "q4 2024 net revenue"),
 ("b-fy24", B, "full year 2024 at", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-553", B, "at $55.3 million", "$55.3 million", "money", 55.3*M, 55.3*M, "USD", Y, "fy2024 net revenue"),
 ("b-dec", B, "extra stock from December", "December", "date", 2024, 2024, "year", N, "stocking period"),
 ("b-guid", B, "$165 million to $175 million for 2025", "$165 million to $175 million", "money", 165*M, 175*M, "USD", Y, "fy2025 revenue guidance"),
 ("b-for25", B, "$175 million for 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-july", B, "anything like July", "July", "date", 2025, 2025, "year", N, "aside"),
 ("b-173k", B, "roughly 173,000 scripts", "173,000", "count", 173000, 173000, "prescriptions", Y, "q2 2025 filled prescriptions"),
 ("b-580k", B, "more than 580,000 since", "580,000", "count", 580000, 580000, "prescriptions", Y, "cumulative filled rx to aug 2025"),
 ("b-29300", B, "up to about 29,300", "29,300", "count", 29300, 29300, "prescribers", Y, "cumulative prescribers aug 2025"),
 ("b-57", B, "hovered around 57%", "57%", "percent", 57, 57, "%", Y, "gross-to-net discount"),
 ("b-917", B, "healed 91.7% of patients", "91.7%", "percent", 91.7, 91.7, "%", Y, "ee week-8 healing vonoprazan (planted: c/d figure as all)"),
 ("b-wk8", B, "patients by week 8 versus", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("b-846", B, "versus 84.6% on", "84.6%", "percent", 84.6, 84.6, "%", Y, "ee week-8 healing lansoprazole (all)"),
 ("b-nov22", B, "in November 2022. The", "November 2022", "date", 2022, 2022, "year", Y, "erosive esophagitis approval (planted)"),
 ("b-80", B, "around 80% of patients", "80%", "percent", 80, 80, "%", Y, "maintenance rate vonoprazan (rounded)"),
 ("b-6mo", B, "healed at six months", "six months", "duration", 6, 6, "months", N, "timepoint"),
 ("b-72", B, "against 72% on a low-dose", "72%", "percent", 72, 72, "%", Y, "maintenance rate lansoprazole 15 mg"),
 ("b-1064", B, "randomized 1,064 patients", "1,064", "count", 1064, 1064, "patients", Y, "phalcon-hp enrollment (planted, transposed)"),
 ("b-808", B, "cleared 80.8% of", "80.8%", "percent", 80.8, 80.8, "%", Y, "hp triple eradication all patients"),
 ("b-772", B, "dual pack 77.2%", "77.2%", "percent", 77.2, 77.2, "%", Y, "hp dual eradication all patients"),
 ("b-685", B, "compared with 68.5%", "68.5%", "percent", 68.5, 68.5, "%", Y, "hp lansoprazole triple all patients"),
 ("b-696", B, "got to 69.6%", "69.6%", "percent", 69.6, 69.6, "%", Y, "hp triple clarithromycin-resistant (planted: dual figure)"),
 ("b-319", B, "versus 31.9% for", "31.9%", "percent", 31.9, 31.9, "%", Y, "hp lansoprazole clarithromycin-resistant"),
 ("b-lastjul", B, "added last July", "last July", "date", 2024, 2024, "year", Y, "non-erosive gerd approval"),
 ("b-10mg", B, "only the 10 mg dose", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("b-spring", B, "who arrived this spring", "this spring", "date", 2025, 2025, "year", N, "ceo change (vague)"),
 ("b-6pct", B, "cut about 6% of staff", "6%", "percent", 6, 6, "%", Y, "workforce reduction 2025"),
 ("b-30", B, "roughly 30 people", "30", "count", 30, 30, "people", Y, "jobs cut"),
 ("b-452", B, "headcount of 452", "452", "count", 452, 452, "employees", Y, "last reported headcount"),
 ("b-861", B, "were $86.1 million last", "$86.1 million", "money", 86.1*M, 86.1*M, "USD", Y, "q2 2025 non-gaap opex"),
 ("b-55", B, "under $55 million by", "$55 million", "money", 55*M, 55*M, "USD", Y, "q4 2025 opex target"),
 ("b-may32", B, "through May 2032", "May 2032", "date", 2032, 2032, "year", Y, "exclusivity end"),
 ("b-2026", B, "profitability in 2026", "2026", "date", 2026, 2026, "year", Y, "profitability target year"),
 ("b-21mo", B, "roughly 21 months on the market", "21 months", "duration", 21, 21, "months", Y, "time on market"),
 ("b-4800", B, "Join 4,800 readers", "4,800", "count", 4800, 4800, "readers", N, "newsletter box"),
 ("b-10yr", B, "what ten years of", "ten years", "duration", 10, 10, "years", N, "related link"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- VO06 trade news, hard-wrapped (2024-07-19)
 ("l-date", L, "Marchetti | July 19, 2024", "July 19, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("l-thu", L, "Administration on Thursday approved", "Thursday", "date", 2024, 2024, "year", Y, "non-erosive gerd approval"),
 ("l-10mgA", L, "Voquezna 10 mg tablets for relief", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("l-lastnov", L, "cleared last November", "last November", "date", 2023, 2023, "year", Y, "erosive esophagitis approval"),
 ("l-two", L, "and two co-packaged", "two", "count", 2, 2, "packs", N, "number of h. pylori packs"),
 ("l-may22", L, "approved in May 2022", "May 2022", "date", 2022, 2022, "year", Y, "h. pylori packs approval"),
 ("l-1day", L, "acted one day ahead", "one day", "duration", 1, 1, "days", N, "aside"),
 ("l-jul19", L, "its July 19 goal date", "July 19", "date", 2024, 2024, "year", N, "pdufa goal date"),
 ("l-10mgB", L, "Only the 10 mg dose", "10 mg", "dose", 10, 10, "mg", Y, "non-erosive gerd approved dose"),
 ("l-20mg", L, "also tested 20 mg", "20 mg", "dose", 20, 20, "mg", Y, "nerd trial second dose arm"),
 ("l-772", L, "enrolled 772 adults", "772", "count", 772, 772, "patients", Y, "nerd trial enrollment (approval figure)"),
 ("l-4days", L, "heartburn on four or more days", "four", "count", 4, 4, "days/week", Y, "nerd eligibility heartburn frequency"),
 ("l-67", L, "six or seven days", "six or seven", "count", 6, 7, "days/week", N, "typical baseline frequency"),
 ("l-4wk", L, "Over four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "nerd double-blind period"),
 ("l-arm10", L, "on Voquezna 10 mg had a mean", "10 mg", "dose", 10, 10, "mg", N, "arm label"),
 ("l-45", L, "mean of 45%", "45%", "percent", 45, 45, "%", Y, "nerd mean heartburn-free days vonoprazan 10 mg"),
 ("l-24h", L, "45% of 24-hour heartburn", "24-hour", "duration", 24, 24, "hours", N, "endpoint definition"),
 ("l-28", L, "compared with 28% for", "28%", "percent", 28, 28, "%", Y, "nerd mean heartburn-free days placebo"),
 ("l-48", L, "medians were 48%", "48%", "percent", 48, 48, "%", Y, "nerd median heartburn-free days vonoprazan"),
 ("l-17", L, "48% and 17%", "17%", "percent", 17, 17, "%", Y, "nerd median heartburn-free days placebo"),
 ("l-20wk", L, "A 20-week extension", "20-week", "duration", 20, 20, "weeks", Y, "nerd extension length"),
 ("l-2pct", L, "at least 2% of patients", "2%", "percent", 2, 2, "%", N, "adverse event reporting threshold"),
 ("l-45m", L, "estimates that 45 million", "45 million", "count", 45*M, 45*M, "people", Y, "non-erosive gerd prevalence us"),
 ("l-15m", L, "about 15 million of them", "15 million", "count", 15*M, 15*M, "people", Y, "non-erosive gerd rx-treated per year"),
 ("l-aug22", L, "disclosed in August 2022", "August 2022", "date", 2022, 2022, "year", Y, "nitrosamine disclosure"),
 ("l-265", L, "intake of 26.5 nanograms per day", "26.5 nanograms per day", "dose", 26.5, 26.5, "ng/day", Y, "nvp acceptable intake limit (planted: ndea limit)"),
 ("l-feblast", L, "in February last year", "February last year", "date", 2023, 2023, "year", Y, "complete response letter"),
 ("l-dec", L, "launched them in December", "December", "date", 2023, 2023, "year", Y, "h. pylori packs launch"),
 ("l-7day", L, "The seven-day Triple Pak", "seven-day", "duration", 7, 7, "days", Y, "h. pylori regimen length (planted)"),
 ("l-1046", L, "the 1,046-patient PHALCON-HP", "1,046", "count", 1046, 1046, "patients", Y, "phalcon-hp enrollment"),
 ("l-175", L, "a $175 million payment", "$175 million", "money", 175*M, 175*M, "USD", Y, "approval-triggered financing payment"),
 ("l-19", L, "reported $1.9 million", "$1.9 million", "money", 1.9*M, 1.9*M, "USD", Y, "q1 2024 net revenue"),
 ("l-q1of24", L, "quarter of 2024, its first", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-43k", L, "more than 43,000 Voquezna", "43,000", "count", 43000, 43000, "prescriptions", Y, "rx written launch-to-date late april 2024"),
 ("l-lateapr", L, "as of late April", "late April", "date", 2024, 2024, "year", N, "as-of date"),
 ("l-6070", L, "roughly 60% to 70% of", "60% to 70%", "percent", 60, 70, "%", Y, "non-erosive share of gerd"),
 ("l-aug8", L, "results on August 8", "August 8", "date", 2024, 2024, "year", N, "upcoming earnings date"),

 # ---- VO07 fact-check (2025-11-12)
 ("f-date", F, "Verify Desk | November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-yrlater", F, "through a year later", "a year later", "duration", 1, 1, "years", N, "post claim (attributed)"),
 ("f-aug2", F, "On Aug. 2, 2022, Phathom", "Aug. 2, 2022", "date", 2022, 2022, "year", Y, "nitrosamine disclosure"),
 ("f-two", F, "At the time, two H. pylori", "two", "count", 2, 2, "packs", N, "number of h. pylori packs"),
 ("f-may3", F, "on May 3, 2022, but", "May 3, 2022", "date", 2022, 2022, "year", Y, "h. pylori packs approval"),
 ("f-96a", F, "96 nanograms a day. For", "96 nanograms a day", "dose", 96, 96, "ng/day", Y, "nvp acceptable intake limit"),
 ("f-ndea", F, "is 26.5 nanograms a day", "26.5 nanograms a day", "dose", 26.5, 26.5, "ng/day", Y, "ndea acceptable intake limit (other compound)"),
 ("f-earlyjan", F, "In early January 2023 Phathom", "early January 2023", "date", 2023, 2023, "year", Y, "no-action notice"),
 ("f-jan11", F, "by its Jan. 11, 2023, goal", "Jan. 11, 2023", "date", 2023, 2023, "year", Y, "original pdufa date"),
 ("f-24", F, "fell about 24%", "24%", "percent", 24, 24, "%", Y, "premarket share drop jan 2023"),
 ("f-feb23", F, "In February 2023 the FDA issued", "February 2023", "date", 2023, 2023, "year", Y, "complete response letter"),
 ("f-nov17", F, "Nov. 17, 2023. It approved", "Nov. 17, 2023", "date", 2023, 2023, "year", Y, "resubmission goal date"),
 ("f-nov1", F, "esophagitis on Nov. 1, 2023", "Nov. 1, 2023", "date", 2023, 2023, "year", Y, "erosive esophagitis approval"),
 ("f-2wk", F, "more than two weeks early", "two weeks", "duration", 2, 2, "weeks", Y, "approval ahead of goal date"),
 ("f-878", F, "enrolled 878 patients", "878", "count", 878, 878, "patients", Y, "phalcon-ee enrollment (planted: maintenance n)"),
 ("f-2wkc", F, "a two-week course", "two-week", "duration", 2, 2, "weeks", Y, "h. pylori regimen length"),
 ("f-dec23", F, "went on sale in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "h. pylori packs launch"),
 ("f-96b", F, "meet the 96-nanogram limit", "96-nanogram", "dose", 96, 96, "ng/day", Y, "nvp acceptable intake limit"),
 ("f-jul24", F, "expanded in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "non-erosive gerd approval"),
 ("f-20mg", F, "when the 20 mg tablet", "20 mg", "dose", 20, 20, "mg", Y, "non-erosive gerd approved dose (planted)"),
 ("f-dec23b", F, "estimated in December 2023 that", "December 2023", "date", 2023, 2023, "year", N, "estimate date"),
 ("f-38m", F, "that 38 million U.S.", "38 million", "count", 38*M, 38*M, "people", Y, "non-erosive gerd prevalence us (dec 2023 estimate)"),
 ("f-297", F, "reported $29.7 million in net", "$29.7 million", "money", 29.7*M, 29.7*M, "USD", Y, "fy2024 net revenue (planted: q4 figure)"),
 ("f-for24", F, "net revenue for 2024, its", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-495", F, "and $49.5 million in the third", "$49.5 million", "money", 49.5*M, 49.5*M, "USD", Y, "q3 2025 net revenue"),
 ("f-q3of25", F, "third quarter of 2025 alone", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("f-144", F, "filled 144,000 Voquezna", "144,000", "count", 144000, 144000, "prescriptions", Y, "q3 2025 filled rx (planted: covered only)"),
 ("f-790", F, "more than 790,000 since", "790,000", "count", 790000, 790000, "prescriptions", Y, "cumulative filled rx"),
 ("f-2026", F, "turn a profit in 2026", "2026", "date", 2026, 2026, "year", Y, "profitability target year"),
 ("f-once", F, "reject Voquezna once", "once", "count", 1, 1, "rejections", N, "ruling"),
 ("f-feb23b", F, "once, in February 2023, over", "February 2023", "date", 2023, 2023, "year", Y, "complete response letter (ruling)"),
 ("f-9mo", F, "nine months later", "nine months", "duration", 9, 9, "months", Y, "crl to approval interval"),
 ("f-96c", F, "the 96-nanogram-per-day limit", "96-nanogram-per-day", "dose", 96, 96, "ng/day", Y, "nvp acceptable intake limit (ruling)"),
 ("f-s1", F, "releases, Aug. 2, 2022;", "Aug. 2, 2022", "date", 2022, 2022, "year", N, "sources list"),
 ("f-s2", F, "Jan. 3, 2023;", "Jan. 3, 2023", "date", 2023, 2023, "year", N, "sources list"),
 ("f-s3", F, "Nov. 1, 2023; July", "Nov. 1, 2023", "date", 2023, 2023, "year", N, "sources list"),
 ("f-s4", F, "July 18, 2024;", "July 18, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s5", F, "Oct. 30, 2025", "Oct. 30, 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s6", F, "Sorensen, Nov. 10, 2025", "Nov. 10, 2025", "date", 2025, 2025, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 erosive esophagitis approval year: 2022 (blog) vs 2023
 ("b-nov22", "w-nov23", S), ("b-nov22", "p-nov23", S), ("b-nov22", "e-nov1", S), ("b-nov22", "l-lastnov", S), ("b-nov22", "f-nov1", S),
 # S2 H. pylori packs approval year: "May of last year" (wire, 2025 -> 2024) vs 2022
 ("w-maylast", "p-may22", S), ("w-maylast", "e-may22", S), ("w-maylast", "e-in2022", S), ("w-maylast", "l-may22", S), ("w-maylast", "f-may3", S),
 # S3 week-8 healing, vonoprazan, all patients: 91.7% (grade C/D figure) vs 92.9%/93%
 ("b-917", "a-929", S), ("b-917", "e-93", S), ("b-917", "w-93", S),
 # S4 week-8 healing, lansoprazole, all patients: 84% (rounded down) vs 84.6%/85%
 ("w-84", "a-846", S), ("w-84", "e-85", S), ("w-84", "b-846", S),
 # S5 PHALCON-EE enrollment: 878 (maintenance n) vs 1,024/1,027
 ("f-878", "a-N", S), ("f-878", "e-1027", S),
 # S6 PHALCON-HP enrollment: 1,064 (transposed) vs 1,046
 ("b-1064", "e-1046", S), ("b-1064", "l-1046", S),
 # S7 triple-pack eradication, all patients: 84.7% (primary-endpoint subgroup) vs 80.8%
 ("e-847", "b-808", S),
 # S8 triple-pack eradication, clarithromycin-resistant: 69.6% (dual arm) vs 65.8%
 ("b-696", "e-658", S),
 # S9 H. pylori regimen length: seven-day vs 14 days / two weeks
 ("l-7day", "e-14day", S), ("l-7day", "e-14d", S), ("l-7day", "f-2wkc", S),
 # S10 non-erosive GERD approval year: July 2023 vs July 2024
 ("w-jul23", "p-jul24", S), ("w-jul23", "e-jul24", S), ("w-jul23", "b-lastjul", S), ("w-jul23", "l-thu", S), ("w-jul23", "f-jul24", S),
 # S11 non-erosive GERD approved dose: 20 mg vs 10 mg
 ("f-20mg", "w-10mg", S), ("f-20mg", "p-nerd10", S), ("f-20mg", "e-d10n", S), ("f-20mg", "b-10mg", S), ("f-20mg", "l-10mgA", S), ("f-20mg", "l-10mgB", S),
 # S12 NERD placebo mean heartburn-free days: 17% (the median) vs 28%
 ("e-17", "l-28", S),
 # S13 NVP acceptable intake: 26.5 ng/day (NDEA's limit) vs 96 ng/day
 ("l-265", "e-96", S), ("l-265", "f-96a", S), ("l-265", "f-96b", S), ("l-265", "f-96c", S),
 # S14 nitrosamine disclosure year: August 2023 vs August 2022
 ("e-aug23", "l-aug22", S), ("e-aug23", "f-aug2", S),
 # S15 2024 net revenue: $29.7M (Q4 alone) vs $55.3M
 ("f-297", "w-553", S), ("f-297", "b-553", S),
 # S16 Q3 2025 filled prescriptions: 144,000 (covered only) vs 221,000
 ("f-144", "p-221", S),
 # S17 erosive esophagitis US prevalence: 45 million (NERD figure) vs 20 million
 ("w-45m", "p-20m", S), ("w-45m", "e-20m", S),
 # S18 approval-triggered financing payment: $130M (the 2024 equity raise) vs $175M
 ("e-130", "l-175", S),
 # Qualified
 ("e-1027", "a-N", Q),
 ("e-776", "l-772", Q),
 ("f-38m", "p-45m", Q), ("f-38m", "l-45m", Q),
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
        if isinstance(lo, float) and abs(lo) >= 1000: lo = int(round(lo))
        if isinstance(hi, float) and abs(hi) >= 1000: hi = int(round(hi))
        if isinstance(lo, float) and lo == int(lo) and abs(lo) >= 1: lo = int(lo)
        if isinstance(hi, float) and hi == int(hi) and abs(hi) >= 1: hi = int(hi)
        rows.append({"type": "claim", "id": f"vo-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"vo-{a}", f"vo-{b}"
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
