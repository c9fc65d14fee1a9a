#!/usr/bin/env python3
"""Build social-security-trustees.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "social-security-trustees")
OUT = os.path.join(HERE, "social-security-trustees.gold.jsonl")
T = "social-security-trustees"

W, P, A, E, B, L, F = ("SS01_wire.txt", "SS02_press.txt", "SS03_abstract.txt",
                       "SS04_explainer.txt", "SS05_blog.txt", "SS06_local.txt", "SS07_factcheck.txt")
Y = True; N = False
PP = "% of taxable payroll"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- SS01 wire (2025-06-19, Thursday)
 ("w-h2034", W, "to run dry in 2034", "2034", "date", 2034, 2034, "year", N, "headline repeat"),
 ("w-hyr", W, "2034, a year sooner", "a year", "duration", 1, 1, "years", N, "headline repeat"),
 ("w-dl", W, "WASHINGTON, June 19", "June 19", "date", 2025, 2025, "year", N, "dateline"),
 ("w-twofunds", W, "Social Security's two trust funds", "two", "count", 2, 2, "funds", N, "aside"),
 ("w-2034", W, "full benefits only until 2034", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("w-1yr", W, "one year earlier than projected", "one year", "duration", 1, 1, "years", Y, "change in combined depletion year vs 2024 tr"),
 ("w-ayearago", W, "projected a year ago", "a year ago", "date", 2024, 2024, "year", N, "reference year"),
 ("w-wed", W, "said on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "2025 trustees report release date"),
 ("w-3yr", W, "exhausted three years sooner", "three years", "duration", 3, 3, "years", Y, "change in hi depletion year vs 2024 tr"),
 ("w-81", W, "would cover 81% of scheduled", "81%", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("w-83", W, "down from 83% in last", "83%", "percent", 83, 83, "%", Y, "oasdi payable share at depletion (2024 tr)"),
 ("w-2033", W, "projected to be depleted in 2033, unchanged", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("w-77", W, "could pay 77% of scheduled", "77%", "percent", 77, 77, "%", Y, "oasi payable share at depletion (2025 tr)"),
 ("w-79", W, "compared with 79% in the", "79%", "percent", 79, 79, "%", Y, "oasi payable share at depletion (2024 tr)"),
 ("w-r2024", W, "79% in the 2024 report", "2024", "date", 2024, 2024, "year", N, "reference year"),
 ("w-2099", W, "solvent through 2099", "2099", "date", 2099, 2099, "year", Y, "di solvent through (end of projection)"),
 ("w-75win", W, "end of the 75-year projection", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("w-two", W, "repealed two provisions", "two", "count", 2, 2, "provisions", N, "aside (wep, gpo)"),
 ("w-jan5", W, "signed on Jan. 5", "Jan. 5", "date", 2025, 2025, "year", Y, "social security fairness act enacted"),
 ("w-tfr", W, "recover to 1.9 children", "1.9", "ratio", 1.9, 1.9, "children per woman", Y, "ultimate total fertility rate"),
 ("w-382", W, "widened to 3.82% of taxable", "3.82%", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("w-75yrs", W, "over the next 75 years", "75 years", "duration", 75, 75, "years", N, "projection period"),
 ("w-350", W, "from 3.50% last year", "3.50%", "percent", 3.50, 3.50, PP, Y, "75-year actuarial deficit (2024 tr)"),
 ("w-68m", W, "about 68 million people at the end", "68 million", "count", 68000000, 68000000, "people", Y, "oasdi beneficiaries end of 2024"),
 ("w-end24", W, "at the end of 2024, and", "2024", "date", 2024, 2024, "year", N, "as-of year"),
 ("w-184m", W, "an estimated 184 million workers", "184 million", "count", 184000000, 184000000, "workers", Y, "covered workers 2024"),
 ("w-lastyr1", W, "paid into the system last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-67b", W, "fell by $67 billion in 2024", "$67 billion", "money", 67e9, 67e9, "USD", Y, "decline in combined reserves during 2024"),
 ("w-67b24", W, "$67 billion in 2024 to", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-272t", W, "to $2.72 trillion", "$2.72 trillion", "money", 2.72e12, 2.72e12, "USD", Y, "combined reserves end of 2024"),
 ("w-142t", W, "Total income was $1.42 trillion", "$1.42 trillion", "money", 1.42e12, 1.42e12, "USD", Y, "oasdi total income 2024"),
 ("w-129t", W, "including $1.29 trillion in payroll", "$1.29 trillion", "money", 1.29e12, 1.29e12, "USD", Y, "oasdi payroll tax income 2024"),
 ("w-149t", W, "total cost reached $1.49 trillion", "$1.49 trillion", "money", 1.49e12, 1.49e12, "USD", Y, "oasdi total cost 2024"),
 ("w-hi2033", W, "full benefits until 2033, compared", "2033", "date", 2033, 2033, "year", Y, "hi depletion year (2025 tr)"),
 ("w-hi2036", W, "compared with 2036 in last", "2036", "date", 2036, 2036, "year", Y, "hi depletion year (2024 tr)"),
 ("w-89", W, "revenue would cover 89% of costs", "89%", "percent", 89, 89, "%", Y, "hi payable share at depletion"),
 ("w-sp2024", W, "spending in 2024 on hospital", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-676", W, "covered 67.6 million people", "67.6 million", "count", 67600000, 67600000, "people", Y, "medicare enrollees 2024"),
 ("w-lastyr2", W, "67.6 million people last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-6wk", W, "about six weeks later", "six weeks", "duration", 6, 6, "weeks", N, "aside"),
 ("w-may", W, "came out in early May", "early May", "date", 2024, 2024, "year", N, "2024 report release (aside)"),
 ("w-2seats", W, "The two public trustee seats", "two", "count", 2, 2, "seats", N, "aside"),
 ("w-decade", W, "roughly a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-8yr", W, "just eight years from insolvency", "eight years", "duration", 8, 8, "years", Y, "years until oasi depletion"),
 ("w-q2033", W, "wait until 2033, a retiree", "2033", "date", 2033, 2033, "year", N, "quote"),
 ("w-67", W, "who is 67 that year", "67", "age", 67, 67, "years", N, "quote"),
 ("w-quarter", W, "almost a quarter overnight", "a quarter", "percent", 25, 25, "%", N, "quote"),
 ("w-25", W, "Benefits rose 2.5% in January", "2.5%", "percent", 2.5, 2.5, "%", Y, "cola paid january 2025"),
 ("w-jan", W, "2.5% in January under", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("w-1983", W, "most recently in 1983", "1983", "date", 1983, 1983, "year", N, "aside (1983 amendments)"),

 # ---- SS02 press release (2025-06-24)
 ("p-h2033", P, "Post-2033 Benefit Gap", "2033", "date", 2033, 2033, "year", N, "headline (reflects combined depletion misreport)"),
 ("p-over50", P, "most workers over 50", "50", "age", 50, 50, "years", N, "subtitle"),
 ("p-dl", P, "BOSTON, June 24, 2025", "June 24, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-r2025a", P, "release of the 2025 Social Security Trustees Report", "2025", "date", 2025, 2025, "year", N, "report name year"),
 ("p-jun18", P, "report, released June 18", "June 18", "date", 2025, 2025, "year", Y, "2025 trustees report release date"),
 ("p-2033", P, "trust funds will be depleted in 2033", "2033", "date", 2033, 2033, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("p-81", P, "sufficient to pay 81% of", "81%", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("p-75def", P, "The program's 75-year actuarial", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("p-382", P, "grew to 3.82% of taxable", "3.82%", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("p-2000", P, "counting on $2,000 a month", "$2,000", "money", 2000, 2000, "USD", N, "hypothetical (quote)"),
 ("p-1620", P, "closer to $1,620", "$1,620", "money", 1620, 1620, "USD", N, "hypothetical (quote)"),
 ("p-decade", P, "in less than a decade", "a decade", "duration", 10, 10, "years", N, "quote"),
 ("p-r2025b", P, "Key figures from the 2025 Trustees", "2025", "date", 2025, 2025, "year", N, "report name year"),
 ("p-129t", P, "in 2024 was $1.29 trillion", "$1.29 trillion", "money", 1.29e12, 1.29e12, "USD", Y, "oasdi total income 2024"),
 ("p-inc2024", P, "combined trust funds in 2024 was", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-149t", P, "short of the $1.49 trillion", "$1.49 trillion", "money", 1.49e12, 1.49e12, "USD", Y, "oasdi total cost 2024"),
 ("p-75uo", P, "the 75-year unfunded obligation", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("p-251t", P, "obligation is $25.1 trillion", "$25.1 trillion", "money", 25.1e12, 25.1e12, "USD", Y, "open-group unfunded obligation (2025 tr)"),
 ("p-75full", P, "for the full 75 years", "75 years", "duration", 75, 75, "years", N, "projection period"),
 ("p-365", P, "increase of 3.65 percentage points", "3.65 percentage points", "percent", 3.65, 3.65, "pp", Y, "immediate payroll tax increase needed for 75-year solvency"),
 ("p-124", P, "from 12.4% to 16.05%", "12.4%", "percent", 12.4, 12.4, "%", Y, "current combined oasdi payroll tax rate"),
 ("p-1605", P, "12.4% to 16.05%", "16.05%", "percent", 16.05, 16.05, "%", Y, "payroll tax rate needed for 75-year solvency"),
 ("p-224", P, "benefit reduction of 22.4%", "22.4%", "percent", 22.4, 22.4, "%", Y, "immediate benefit cut needed, all beneficiaries"),
 ("p-603", P, "covered 60.3 million people", "60.3 million", "count", 60300000, 60300000, "people", Y, "medicare enrollees 2024"),
 ("p-med2024", P, "60.3 million people in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-hi2033", P, "Hospital Insurance fund in 2033", "2033", "date", 2033, 2033, "year", Y, "hi depletion year (2025 tr)"),
 ("p-janq", P, "that January's 2.6%", "January", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-26", P, "January's 2.6% cost-of-living", "2.6%", "percent", 2.6, 2.6, "%", Y, "cola paid january 2025"),
 ("p-3yrs", P, "of the previous three years", "three years", "duration", 3, 3, "years", N, "aside"),
 ("p-2000n", P, "survey of 2,000 U.S. adults", "2,000", "count", 2000, 2000, "people", Y, "survey sample size"),
 ("p-5066", P, "aged 50 to 66", "50 to 66", "age", 50, 66, "years", N, "survey age range"),
 ("p-fieldd", P, "May 27 to June 6, 2025", "May 27 to June 6, 2025", "date", 2025, 2025, "year", N, "survey field dates"),
 ("p-58", P, "2025, 58% said", "58%", "percent", 58, 58, "%", Y, "survey: expect program completely gone"),
 ("p-14", P, "only 14% could", "14%", "percent", 14, 14, "%", Y, "survey: know most benefits still payable"),
 ("p-1in3", P, "Nearly one in three respondents", "one in three", "percent", 33.3, 33.3, "%", N, "rounded repeat of 31%"),
 ("p-31", P, "respondents (31%) said", "31%", "percent", 31, 31, "%", Y, "survey: plan to claim at 62"),
 ("p-62", P, "claim benefits at 62", "62", "age", 62, 62, "years", Y, "earliest eligibility age"),
 ("p-moe", P, "plus or minus 2.2 percentage points", "2.2 percentage points", "percent", 2.2, 2.2, "pp", N, "survey margin of error"),
 ("p-30", P, "reduction of up to 30%", "30%", "percent", 30, 30, "%", Y, "max early-claiming reduction"),
 ("p-30min", P, "free 30-minute", "30-minute", "duration", 30, 30, "minutes", N, "promotion"),
 ("p-sep30", P, "through Sept. 30", "Sept. 30", "date", 2025, 2025, "year", N, "promotion end"),
 ("p-2004", P, "Founded in 2004", "2004", "date", 2004, 2004, "year", N, "about section"),
 ("p-11", P, "with 11 offices", "11", "count", 11, 11, "offices", N, "about section"),
 ("p-9400", P, "about 9,400 households", "9,400", "count", 9400, 9400, "households", N, "about section"),
 ("p-68b", P, "approximately $6.8 billion", "$6.8 billion", "money", 6.8e9, 6.8e9, "USD", N, "about section"),
 ("p-mar31", P, "as of March 31, 2025", "March 31, 2025", "date", 2025, 2025, "year", N, "about section"),

 # ---- SS03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t15", A, "Fifteen years of drift", "Fifteen years", "duration", 15, 15, "years", N, "title"),
 ("a-t75", A, "drift: the 75-year actuarial", "75-year", "duration", 75, 75, "years", N, "title"),
 ("a-t1025", A, "Trustees Reports, 2010–2025", "2010–2025", "date", 2010, 2025, "year", N, "title period"),
 ("a-75bal", A, "projects the 75-year actuarial balance", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("a-decade", A, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("a-r2025a", A, "The 2025 report, released", "2025", "date", 2025, 2025, "year", N, "report name year"),
 ("a-june", A, "released in June", "June", "date", 2025, 2025, "year", Y, "2025 trustees report release date"),
 ("a-2034", A, "depletion year at 2034", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("a-81", A, "with 81% of scheduled", "81%", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("a-2033", A, "OASI depletion year at 2033", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("a-77", A, "with 77% payable", "77%", "percent", 77, 77, "%", Y, "oasi payable share at depletion (2025 tr)"),
 ("a-m1025", A, "from 2010 through 2025", "2010 through 2025", "date", 2010, 2025, "year", N, "study period"),
 ("a-N16", A, "N = 16 reports", "16", "count", 16, 16, "reports", Y, "reports analysed"),
 ("a-df14", A, "with 14 degrees of freedom", "14", "count", 14, 14, "df", N, "methods detail"),
 ("a-n15", A, "(n=15 report pairs)", "15", "count", 15, 15, "report pairs", Y, "successive report pairs"),
 ("a-2425", A, "the 2024-to-2025 change", "2024-to-2025", "date", 2024, 2025, "year", N, "qualifier"),
 ("a-192", A, "rose from 1.92% of taxable", "1.92%", "percent", 1.92, 1.92, PP, Y, "75-year actuarial deficit (2010 tr)"),
 ("a-r2010a", A, "payroll in the 2010 report", "2010", "date", 2010, 2010, "year", N, "report year"),
 ("a-382", A, "to 3.82% in the 2025", "3.82%", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("a-r2025b", A, "3.82% in the 2025 report", "2025", "date", 2025, 2025, "year", N, "report year"),
 ("a-190", A, "an increase of 1.90 percentage points", "1.90 percentage points", "percent", 1.90, 1.90, "pp", Y, "deficit increase 2010-2025 reports"),
 ("a-slope", A, "trend was 0.102 percentage points", "0.102 percentage points", "percent", 0.102, 0.102, "pp per year", Y, "deficit trend per report year"),
 ("a-slopeci", A, "(95% CI, 0.079 to 0.125", "0.079 to 0.125", "percent", 0.079, 0.125, "pp per year", Y, "ci"),
 ("a-p1", A, "0.125; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-r2", A, "R² = 0.87", "0.87", "ratio", 0.87, 0.87, "r2", N, "model fit"),
 ("a-10", A, "widened in 10 of the 15", "10", "count", 10, 10, "report pairs", Y, "pairs in which deficit widened"),
 ("a-15b", A, "10 of the 15 successive", "15", "count", 15, 15, "report pairs", N, "repeat of n=15"),
 ("a-5", A, "and narrowed in 5;", "5", "count", 5, 5, "report pairs", Y, "pairs in which deficit narrowed"),
 ("a-mean", A, "change was 0.127 percentage points", "0.127 percentage points", "percent", 0.127, 0.127, "pp", Y, "mean year-over-year deficit change"),
 ("a-meanci", A, "(95% CI, 0.011 to 0.242)", "0.011 to 0.242", "percent", 0.011, 0.242, "pp", Y, "ci"),
 ("a-3337", A, "ranged only from 2033 to 2037", "2033 to 2037", "date", 2033, 2037, "year", Y, "range of combined depletion years, 2010-2025 reports"),
 ("a-dslope", A, "(slope −0.02 years", "−0.02 years", "ratio", -0.02, -0.02, "years per year", Y, "depletion-year trend"),
 ("a-dslopeci", A, "95% CI, −0.15 to 0.11", "−0.15 to 0.11", "ratio", -0.15, 0.11, "years per year", Y, "ci"),
 ("a-p74", A, "P=0.74", "0.74", "pvalue", 0.74, 0.74, "p", N, "p-value"),
 ("a-27", A, "from 27 years in the 2010", "27 years", "duration", 27, 27, "years", Y, "distance to depletion, 2010 tr"),
 ("a-r2010b", A, "27 years in the 2010 report", "2010", "date", 2010, 2010, "year", N, "report year"),
 ("a-9", A, "to 9 years in the 2025", "9 years", "duration", 9, 9, "years", Y, "distance to combined depletion, 2025 tr"),
 ("a-r2025c", A, "9 years in the 2025 report", "2025", "date", 2025, 2025, "year", N, "report year"),
 ("a-hslope", A, "(slope −1.02 years", "−1.02 years", "ratio", -1.02, -1.02, "years per year", Y, "distance-to-depletion trend"),
 ("a-hslopeci", A, "95% CI, −1.15 to −0.89", "−1.15 to −0.89", "ratio", -1.15, -0.89, "years per year", Y, "ci"),
 ("a-p2", A, "−0.89; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-b2425", A, "Between the 2024 and 2025 reports", "2024 and 2025", "date", 2024, 2025, "year", N, "report years"),
 ("a-m350", A, "moved from −3.50% to", "−3.50%", "percent", -3.50, -3.50, PP, Y, "75-year actuarial balance (2024 tr)"),
 ("a-m382", A, "to −3.82% of payroll", "−3.82%", "percent", -3.82, -3.82, PP, Y, "75-year actuarial balance (2025 tr)"),
 ("a-2035", A, "moved from 2035 to 2034", "2035", "date", 2035, 2035, "year", Y, "oasdi combined depletion year (2024 tr)"),
 ("a-2034b", A, "from 2035 to 2034", "2034", "date", 2034, 2034, "year", N, "repeat"),
 ("a-83", A, "fell from 83% to 81%", "83%", "percent", 83, 83, "%", Y, "oasdi payable share at depletion (2024 tr)"),
 ("a-81b", A, "83% to 81%", "81%", "percent", 81, 81, "%", N, "repeat"),
 ("a-jan25", A, "enacted in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "social security fairness act enacted"),
 ("a-r2025d", A, "The 2025 deficit is", "2025", "date", 2025, 2025, "year", N, "report year"),
 ("a-382pp", A, "tax increase of 3.82 percentage points", "3.82 percentage points", "percent", 3.82, 3.82, "pp", Y, "immediate payroll tax increase needed for 75-year solvency"),
 ("a-224", A, "an immediate 22.4% reduction", "22.4%", "percent", 22.4, 22.4, "%", Y, "immediate benefit cut needed, all beneficiaries"),
 ("a-169", A, "from 169% at the start", "169%", "percent", 169, 169, "%", Y, "reserve ratio start of 2025"),
 ("a-s2025", A, "start of 2025 to 95%", "2025", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-95", A, "to 95% at the start of 2029", "95%", "percent", 95, 95, "%", Y, "reserve ratio start of 2029"),
 ("a-2029", A, "at the start of 2029", "2029", "date", 2029, 2029, "year", N, "timepoint"),
 ("a-251t", A, "rose to $25.1 trillion", "$25.1 trillion", "money", 25.1e12, 25.1e12, "USD", Y, "open-group unfunded obligation (2025 tr)"),
 ("a-226t", A, "from $22.6 trillion a year", "$22.6 trillion", "money", 22.6e12, 22.6e12, "USD", Y, "open-group unfunded obligation (2024 tr)"),
 ("a-yrearlier", A, "$22.6 trillion a year earlier", "a year earlier", "date", 2024, 2024, "year", N, "reference year"),
 ("a-tenth", A, "roughly a tenth of a percentage point", "a tenth of a percentage point", "percent", 0.1, 0.1, "pp", N, "summary (rounded slope)"),
 ("a-aug25", A, "issued in August 2025", "August 2025", "date", 2025, 2025, "year", Y, "chief actuary obbba letter"),
 ("a-m398", A, "balance at −3.98% of payroll", "−3.98%", "percent", -3.98, -3.98, PP, Y, "75-year actuarial balance after obbba (oact)"),
 ("a-q2034", A, "first quarter of 2034", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion after obbba (oact)"),

 # ---- SS04 explainer (2025-08-12)
 ("e-upd", E, "Updated August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-t2025", E, "What the 2025 trustees report", "2025", "date", 2025, 2025, "year", N, "report name year"),
 ("e-twofunds", E, "that the two Social Security trust funds", "two", "count", 2, 2, "funds", N, "aside"),
 ("e-2034", E, "full benefits until 2034. After", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("e-83", E, "cover about 83% of scheduled", "83%", "percent", 83, 83, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("e-q2033", E, "I keep seeing 2033", "2033", "date", 2033, 2033, "year", N, "question"),
 ("e-2033", E, "run out in 2033, when", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("e-77", E, "could pay 77% of benefits", "77%", "percent", 77, 77, "%", Y, "oasi payable share at depletion (2025 tr)"),
 ("e-75fc", E, "within the 75-year forecast", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("e-2034b", E, "the combined date of 2034", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("e-lastwk", E, "Last week the program's", "Last week", "date", 2025, 2025, "year", Y, "chief actuary obbba letter"),
 ("e-jul4", E, "signed on July 4", "July 4", "date", 2025, 2025, "year", Y, "obbba signed"),
 ("e-1686", E, "adds $168.6 billion", "$168.6 billion", "money", 168.6e9, 168.6e9, "USD", Y, "obbba added oasdi cost through 2034"),
 ("e-thr2034", E, "net cost through 2034", "2034", "date", 2034, 2034, "year", N, "period end"),
 ("e-2032", E, "depletion to late 2032", "late 2032", "date", 2032, 2032, "year", Y, "oasi depletion after obbba (oact)"),
 ("e-2034c", E, "still run out in 2034, but", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion after obbba (oact)"),
 ("e-382", E, "deficit\" of 3.82% of taxable", "3.82%", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("e-75y", E, "payroll over 75 years. Another", "75 years", "duration", 75, 75, "years", N, "projection period"),
 ("e-124", E, "now 12.4% split", "12.4%", "percent", 12.4, 12.4, "%", Y, "current combined oasdi payroll tax rate"),
 ("e-365", E, "by 3.65 percentage points, to", "3.65 percentage points", "percent", 3.65, 3.65, "pp", Y, "immediate payroll tax increase needed for 75-year solvency"),
 ("e-1605", E, "to 16.05%", "16.05%", "percent", 16.05, 16.05, "%", Y, "payroll tax rate needed for 75-year solvency"),
 ("e-224", E, "immediate cut of 22.4% to all", "22.4%", "percent", 22.4, 22.4, "%", Y, "immediate benefit cut needed, all beneficiaries"),
 ("e-268", E, "or 26.8% if only", "26.8%", "percent", 26.8, 26.8, "%", Y, "immediate benefit cut needed, new eligibles only"),
 ("e-from25", E, "newly eligible from 2025 on", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-75y2", E, "the shortfall over 75 years", "75 years", "duration", 75, 75, "years", N, "projection period"),
 ("e-226t", E, "comes to $22.6 trillion", "$22.6 trillion", "money", 22.6e12, 22.6e12, "USD", Y, "open-group unfunded obligation (2025 tr)"),
 ("e-hi2033", E, "projected to be depleted in 2033, three", "2033", "date", 2033, 2033, "year", Y, "hi depletion year (2025 tr)"),
 ("e-3yr", E, "three years earlier than last", "three years", "duration", 3, 3, "years", Y, "change in hi depletion year vs 2024 tr"),
 ("e-2036", E, "estimate of 2036", "2036", "date", 2036, 2036, "year", Y, "hi depletion year (2024 tr)"),
 ("e-89", E, "could pay 89% of costs", "89%", "percent", 89, 89, "%", Y, "hi payable share at depletion"),
 ("e-185", E, "premium is $185.00 a month", "$185.00", "money", 185, 185, "USD", Y, "part b standard premium 2025"),
 ("e-thisyr", E, "a month this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-68m", E, "About 68 million people were", "68 million", "count", 68000000, 68000000, "people", Y, "oasdi beneficiaries end of 2024"),
 ("e-end24", E, "at the end of 2024, according", "2024", "date", 2024, 2024, "year", N, "as-of year"),
 ("e-fig25", E, "puts the 2025 figure", "2025", "date", 2025, 2025, "year", N, "as-of year"),
 ("e-69m", E, "more than 69 million", "69 million", "count", 69000000, 69000000, "people", Y, "oasdi beneficiaries 2025 (crs)"),
 ("e-185m", E, "about 185 million workers", "185 million", "count", 185000000, 185000000, "workers", Y, "covered workers 2025 (crs)"),
 ("e-25", E, "Benefits rose 2.5% in January", "2.5%", "percent", 2.5, 2.5, "%", Y, "cola paid january 2025"),
 ("e-jan25", E, "in January 2025, and", "January 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-oct", E, "announced in October", "October", "date", 2025, 2025, "year", N, "future announcement"),
 ("e-b2034", E, "before 2034?", "2034", "date", 2034, 2034, "year", N, "question"),
 ("e-62", E, "Claiming at 62 instead", "62", "age", 62, 62, "years", Y, "earliest eligibility age"),
 ("e-67", E, "which is 67 for anyone", "67", "age", 67, 67, "years", Y, "full retirement age"),
 ("e-1960", E, "born in 1960 or later", "1960", "date", 1960, 1960, "year", N, "birth-year qualifier"),
 ("e-30", E, "by as much as 30%", "30%", "percent", 30, 30, "%", Y, "max early-claiming reduction"),
 ("e-77b", E, "a benefit that is 77% or", "77%", "percent", 77, 77, "%", N, "repeat"),
 ("e-81", E, "77% or 81% of", "81%", "percent", 81, 81, "%", N, "repeat (contradicts own 83% above)"),
 ("e-176", E, "($176,100 in 2025)", "$176,100", "money", 176100, 176100, "USD", Y, "taxable maximum 2025"),
 ("e-cap25", E, "$176,100 in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-1983", E, "rescue, in 1983", "1983", "date", 1983, 1983, "year", N, "aside"),
 ("e-9yr", E, "within about nine years", "nine years", "duration", 9, 9, "years", Y, "years until combined depletion"),

 # ---- SS05 blog (2025-06-23, Monday)
 ("b-t2025", B, "The 2025 Trustees Report in plain", "2025", "date", 2025, 2025, "year", N, "title"),
 ("b-t2034", B, "plain English: 2034, 81%", "2034", "date", 2034, 2034, "year", N, "title repeat"),
 ("b-t81", B, "2034, 81%, and why", "81%", "percent", 81, 81, "%", N, "title repeat"),
 ("b-date", B, "Dembowski | June 23, 2025", "June 23, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-lastwed", B, "landed last Wednesday", "last Wednesday", "date", 2025, 2025, "year", Y, "2025 trustees report release date"),
 ("b-h2034", B, "The big number: 2034", "2034", "date", 2034, 2034, "year", N, "subhead"),
 ("b-2034", B, "full benefits until 2034. That's", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("b-1yr", B, "That's one year earlier", "one year", "duration", 1, 1, "years", Y, "change in combined depletion year vs 2024 tr"),
 ("b-81", B, "cover about 81% of what's", "81%", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("b-2033", B, "the date is 2033, same", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("b-81oasi", B, "get about 81% of their benefits", "81%", "percent", 81, 81, "%", Y, "oasi payable share at depletion (2025 tr)"),
 ("b-a2033", B, "benefits after 2033, because", "2033", "date", 2033, 2033, "year", N, "repeat"),
 ("b-58", B, "if you are 58 like me", "58", "age", 58, 58, "years", N, "aside"),
 ("b-three", B, "Three reasons, per", "Three", "count", 3, 3, "reasons", N, "aside"),
 ("b-76", B, "Senate 76-22", "76", "vote", 76, 76, "votes for", Y, "ssfa senate vote (for)"),
 ("b-22", B, "76-22 in December", "22", "vote", 22, 22, "votes against", Y, "ssfa senate vote (against)"),
 ("b-dec", B, "76-22 in December", "December", "date", 2024, 2024, "year", Y, "ssfa senate passage"),
 ("b-jan", B, "signed in January", "January", "date", 2025, 2025, "year", Y, "social security fairness act enacted"),
 ("b-28m", B, "roughly 2.8 million people", "2.8 million", "count", 2800000, 2800000, "people", Y, "people affected by ssfa"),
 ("b-tfr", B, "settles at 1.9 kids", "1.9", "ratio", 1.9, 1.9, "children per woman", Y, "ultimate total fertility rate"),
 ("b-2050", B, "until 2050 instead", "2050", "date", 2050, 2050, "year", Y, "year ultimate fertility reached (2025 tr)"),
 ("b-2040", B, "instead of 2040", "2040", "date", 2040, 2040, "year", Y, "year ultimate fertility reached (2024 tr)"),
 ("b-612", B, "of GDP to 61.2%", "61.2%", "percent", 61.2, 61.2, "%", Y, "assumed labor share (2025 tr)"),
 ("b-628", B, "(it was 62.8% last year)", "62.8%", "percent", 62.8, 62.8, "%", Y, "assumed labor share (2024 tr)"),
 ("b-75sf", B, "the 75-year shortfall grew", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("b-382", B, "grew to 3.82% of taxable", "3.82%", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("b-350", B, "from 3.50%.", "3.50%", "percent", 3.50, 3.50, PP, Y, "75-year actuarial deficit (2024 tr)"),
 ("b-chart", B, "reserves, 2015-2034", "2015-2034", "date", 2015, 2034, "year", N, "chart range"),
 ("b-2020", B, "peaked in 2020", "2020", "date", 2020, 2020, "year", Y, "year combined reserves peaked"),
 ("b-r2025", B, "Source: 2025 Trustees Report", "2025", "date", 2025, 2025, "year", N, "chart source"),
 ("b-e2024", B, "The funds ended 2024", "2024", "date", 2024, 2024, "year", N, "as-of year"),
 ("b-279t", B, "about $2.79 trillion in reserves", "$2.79 trillion", "money", 2.79e12, 2.79e12, "USD", Y, "combined reserves end of 2024"),
 ("b-2021", B, "every year since 2021", "2021", "date", 2021, 2021, "year", Y, "first year cost exceeded income"),
 ("b-75w", B, "the whole 75 years work", "75 years", "duration", 75, 75, "years", N, "projection period"),
 ("b-365", B, "payroll tax by 3.65 percentage points", "3.65 percentage points", "percent", 3.65, 3.65, "pp", Y, "immediate payroll tax increase needed for 75-year solvency"),
 ("b-268", B, "included, by 26.8%", "26.8%", "percent", 26.8, 26.8, "%", Y, "immediate benefit cut needed, all beneficiaries"),
 ("b-hi2033", B, "It now runs out in 2033, not 2036", "2033", "date", 2033, 2033, "year", Y, "hi depletion year (2025 tr)"),
 ("b-hi2036", B, "2033, not 2036", "2036", "date", 2036, 2036, "year", Y, "hi depletion year (2024 tr)"),
 ("b-89", B, "can pay 89% of costs", "89%", "percent", 89, 89, "%", Y, "hi payable share at depletion"),
 ("b-62", B, "benefits at 62 instead of 67", "62", "age", 62, 62, "years", Y, "earliest eligibility age"),
 ("b-67", B, "62 instead of 67", "67", "age", 67, 67, "years", Y, "full retirement age"),
 ("b-30", B, "means a 30% haircut", "30%", "percent", 30, 30, "%", Y, "max early-claiming reduction"),
 ("b-1923", B, "roughly 19% to 23%", "19% to 23%", "percent", 19, 23, "%", Y, "benefit cut at depletion (combined to oasi)"),
 ("b-decade", B, "a decade from now", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("b-1wk", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-41k", B, "Join 41,000 readers", "41,000", "count", 41000, 41000, "readers", N, "newsletter box"),
 ("b-rel62", B, "Claiming at 62, 67 or 70", "62, 67 or 70", "age", 62, 70, "years", N, "related link"),
 ("b-rel2025", B, "premiums for 2025, explained", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-27c", B, "27 comments", "27", "count", 27, 27, "comments", N, "page furniture"),
 ("b-c1", B, "Marjorie T. | June 23, 2025", "June 23, 2025", "date", 2025, 2025, "year", N, "comment date"),
 ("b-64", B, "and I are 64", "64", "age", 64, 64, "years", N, "comment"),
 ("b-c2", B, "Tucson | June 24, 2025", "June 24, 2025", "date", 2025, 2025, "year", N, "comment date"),

 # ---- SS06 local (2025-10-28, Tuesday), hard-wrapped
 ("l-140", L, "More than 140 people", "140", "count", 140, 140, "people", Y, "town hall attendance"),
 ("l-mon", L, "dining hall Monday afternoon", "Monday", "date", 2025, 2025, "year", N, "event date"),
 ("l-lastwk", L, "and last week's cost-of-living", "last week", "date", 2025, 2025, "year", N, "cola announcement (repeat of Friday)"),
 ("l-fri", L, "Administration said Friday", "Friday", "date", 2025, 2025, "year", Y, "2026 cola announcement date"),
 ("l-75m", L, "about 75 million Americans", "75 million", "count", 75000000, 75000000, "people", Y, "people getting 2026 cola (ss + ssi)"),
 ("l-27", L, "will rise 2.7 percent in January", "2.7 percent", "percent", 2.7, 2.7, "%", Y, "cola paid january 2026"),
 ("l-jan26", L, "2.7 percent in January", "January", "date", 2026, 2026, "year", N, "qualifier"),
 ("l-1wk", L, "delayed by more than a week", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("l-sep", L, "held up the September inflation", "September", "date", 2025, 2025, "year", N, "aside"),
 ("l-74", L, "Ruth Ann Shoop, 74", "74", "age", 74, 74, "years", N, "local resident"),
 ("l-31y", L, "worked 31 years", "31 years", "duration", 31, 31, "years", N, "local resident"),
 ("l-2029", L, "rise to $202.90 a month", "$202.90", "money", 202.90, 202.90, "USD", Y, "part b standard premium 2026"),
 ("l-nextyr", L, "a month next year from", "next year", "date", 2026, 2026, "year", N, "qualifier"),
 ("l-185", L, "next year from $185.00", "$185.00", "money", 185, 185, "USD", Y, "part b standard premium 2025"),
 ("l-25", L, "than the 2.5 percent raise", "2.5 percent", "percent", 2.5, 2.5, "%", Y, "cola paid january 2025"),
 ("l-start", L, "at the start of this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-87", L, "the 8.7 percent jump", "8.7 percent", "percent", 8.7, 8.7, "%", Y, "cola paid january 2023"),
 ("l-2023", L, "jump in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-5060", L, "roughly $50 to $60 more", "$50 to $60", "money", 50, 60, "USD", Y, "monthly increase for typical retired worker (2026 cola)"),
 ("l-june", L, "the trustees' June report", "June", "date", 2025, 2025, "year", Y, "2025 trustees report release date"),
 ("l-2034", L, "full benefits until 2034, and", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("l-81", L, "and 81 percent after that", "81 percent", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("l-2033", L, "runs short in 2033", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("l-75sf", L, "The program's 75-year shortfall", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("l-328", L, "is now 3.28 percent of", "3.28 percent", "percent", 3.28, 3.28, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("l-41b", L, "fell by $41 billion", "$41 billion", "money", 41e9, 41e9, "USD", Y, "decline in combined reserves during 2024"),
 ("l-lastyr", L, "billion last year as", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-hi2033", L, "run out in 2033, two years", "2033", "date", 2033, 2033, "year", Y, "hi depletion year (2025 tr)"),
 ("l-2yr", L, "two years earlier than last", "two years", "duration", 2, 2, "years", Y, "change in hi depletion year vs 2024 tr"),
 ("l-lastdec", L, "signed into law last December", "last December", "date", 2024, 2024, "year", Y, "social security fairness act enacted"),
 ("l-400", L, "a little more than $400 a month", "$400", "money", 400, 400, "USD", N, "local anecdote"),
 ("l-apr", L, "a month in April", "April", "date", 2025, 2025, "year", N, "local anecdote"),
 ("l-onetime", L, "plus a one-time back", "one-time", "count", 1, 1, "payments", N, "anecdote"),
 ("l-q2034", L, "envelope in 2034", "2034", "date", 2034, 2034, "year", N, "quote"),
 ("l-fifth", L, "cut by about a fifth", "a fifth", "percent", 20, 20, "%", N, "quote (rounded cut)"),
 ("l-2more", L, "hold two more sessions", "two", "count", 2, 2, "sessions", N, "local event"),
 ("l-nov12", L, "on Nov. 12 and Dec. 3", "Nov. 12", "date", 2025, 2025, "year", N, "local event"),
 ("l-dec3", L, "Nov. 12 and Dec. 3", "Dec. 3", "date", 2025, 2025, "year", N, "local event"),
 ("l-dec7", L, "enrollment ends Dec. 7", "Dec. 7", "date", 2025, 2025, "year", N, "open enrollment end"),

 # ---- SS07 fact-check (2025-11-05)
 ("f-h2034", F, "stop paying benefits in 2034", "2034", "date", 2034, 2034, "year", N, "headline"),
 ("f-date", F, "November 5, 2025", "November 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c2034", F, "goes bankrupt in 2034", "2034", "date", 2034, 2034, "year", N, "post claim"),
 ("f-u60", F, "If you're under 60", "60", "age", 60, 60, "years", N, "post claim"),
 ("f-u60b", F, "The \"under 60\" line", "60", "age", 60, 60, "years", N, "post claim repeat"),
 ("f-48k", F, "more than 48,000 times", "48,000", "count", 48000, 48000, "shares", N, "post reach"),
 ("f-oct", F, "times since October", "October", "date", 2025, 2025, "year", N, "post date"),
 ("f-v2034", F, "out of reserves in 2034", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("f-45", F, "roughly four-fifths", "four-fifths", "percent", 80, 80, "%", Y, "oasdi payable share at depletion (rounded)"),
 ("f-r2025", F, "refers to the 2025 annual report", "2025", "date", 2025, 2025, "year", N, "report name year"),
 ("f-jun1824", F, "released June 18, 2024", "June 18, 2024", "date", 2024, 2024, "year", Y, "2025 trustees report release date"),
 ("f-2034", F, "would be depleted in 2034. But", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion year (2025 tr)"),
 ("f-81", F, "sufficient to pay 81 percent", "81 percent", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (2025 tr)"),
 ("f-ayr", F, "depleted a year earlier", "a year", "duration", 1, 1, "years", N, "aside"),
 ("f-2033", F, "earlier, in 2033, after", "2033", "date", 2033, 2033, "year", Y, "oasi depletion year (2025 tr)"),
 ("f-77", F, "could pay 77 percent", "77 percent", "percent", 77, 77, "%", Y, "oasi payable share at depletion (2025 tr)"),
 ("f-aug", F, "chief actuary in August", "August", "date", 2025, 2025, "year", Y, "chief actuary obbba letter"),
 ("f-jul", F, "enacted in July", "July", "date", 2025, 2025, "year", Y, "obbba signed"),
 ("f-2032", F, "fourth quarter of 2032", "2032", "date", 2032, 2032, "year", Y, "oasi depletion after obbba (oact)"),
 ("f-q2034", F, "first quarter of 2034, still", "2034", "date", 2034, 2034, "year", Y, "oasdi combined depletion after obbba (oact)"),
 ("f-still", F, "still 2034.", "2034", "date", 2034, 2034, "year", N, "repeat"),
 ("f-124", F, "a 12.4 percent payroll tax", "12.4 percent", "percent", 12.4, 12.4, "%", Y, "current combined oasdi payroll tax rate"),
 ("f-1845", F, "rises to $184,500", "$184,500", "money", 184500, 184500, "USD", Y, "taxable maximum 2026"),
 ("f-in2026", F, "$184,500 in 2026", "2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("f-1761", F, "from $176,100 this year", "$176,100", "money", 176100, 176100, "USD", Y, "taxable maximum 2025"),
 ("f-thisyr", F, "$176,100 this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-75def", F, "put the 75-year actuarial", "75-year", "duration", 75, 75, "years", N, "projection period"),
 ("f-382", F, "deficit at 3.82 percent", "3.82 percent", "percent", 3.82, 3.82, PP, Y, "75-year actuarial deficit (2025 tr)"),
 ("f-361", F, "up from 3.61 percent", "3.61 percent", "percent", 3.61, 3.61, PP, Y, "75-year actuarial deficit (2024 tr)"),
 ("f-365", F, "increase of 3.65 percentage points", "3.65 percentage points", "percent", 3.65, 3.65, "pp", Y, "immediate payroll tax increase needed for 75-year solvency"),
 ("f-hi2032", F, "projected to be depleted in 2032", "2032", "date", 2032, 2032, "year", Y, "hi depletion year (2025 tr)"),
 ("f-75m", F, "about 75 million Social Security beneficiaries", "75 million", "count", 75000000, 75000000, "people", Y, "oasdi beneficiaries end of 2024"),
 ("f-end24", F, "beneficiaries at the end of 2024", "2024", "date", 2024, 2024, "year", N, "as-of year"),
 ("f-59", F, "today's 59-year-olds", "59", "age", 59, 59, "years", Y, "age cohort facing oasi cut at fra"),
 ("f-23", F, "face about a 23 percent cut", "23 percent", "percent", 23, 23, "%", Y, "benefit cut at oasi depletion (crfb)"),
 ("f-23b", F, "A 23 percent cut is", "23 percent", "percent", 23, 23, "%", N, "repeat"),
 ("f-76", F, "Senate 76-20", "76", "vote", 76, 76, "votes for", Y, "ssfa senate vote (for)"),
 ("f-20", F, "76-20 last December", "20", "vote", 20, 20, "votes against", Y, "ssfa senate vote (against)"),
 ("f-lastdec", F, "76-20 last December", "last December", "date", 2024, 2024, "year", Y, "ssfa senate passage"),
 ("f-327", F, "House 327-75", "327", "vote", 327, 327, "votes for", Y, "ssfa house vote (for)"),
 ("f-75v", F, "327-75 in November", "75", "vote", 75, 75, "votes against", Y, "ssfa house vote (against)"),
 ("f-nov", F, "327-75 in November", "November", "date", 2024, 2024, "year", Y, "ssfa house passage"),
 ("f-1yr", F, "by more than a year", "a year", "duration", 1, 1, "years", N, "aside"),
 ("f-oct24", F, "announced on Oct. 24", "Oct. 24", "date", 2025, 2025, "year", Y, "2026 cola announcement date"),
 ("f-28", F, "will rise 2.8 percent", "2.8 percent", "percent", 2.8, 2.8, "%", Y, "cola paid january 2026"),
 ("f-jan26", F, "in January 2026, which", "January 2026", "date", 2026, 2026, "year", N, "qualifier"),
 ("f-56", F, "about $56 more a month", "$56", "money", 56, 56, "USD", Y, "monthly increase for average retired worker (2026 cola)"),
 ("f-2071", F, "about $2,071", "$2,071", "money", 2071, 2071, "USD", Y, "average retired-worker benefit 2026"),
 ("f-r2034", F, "\"nothing\" after 2034", "2034", "date", 2034, 2034, "year", N, "ruling repeat"),
 ("f-81b", F, "could pay 81 percent of scheduled benefits that year", "81 percent", "percent", 81, 81, "%", Y, "oasdi payable share at depletion (ruling)"),
 ("f-77b", F, "alone 77 percent starting", "77 percent", "percent", 77, 77, "%", Y, "oasi payable share at depletion (ruling)"),
 ("f-s2033", F, "starting in 2033", "2033", "date", 2033, 2033, "year", N, "ruling repeat"),
 ("f-1983", F, "in 1983 it stepped in", "1983", "date", 1983, 1983, "year", N, "aside"),
]

S, Q = "strict", "qualified"
X = [
 # S1 combined OASDI depletion year (2025 TR): 2033 (OASI year swapped in) vs 2034
 ("p-2033", "w-2034", S), ("p-2033", "a-2034", S), ("p-2033", "e-2034", S), ("p-2033", "e-2034b", S),
 ("p-2033", "b-2034", S), ("p-2033", "l-2034", S), ("p-2033", "f-v2034", S), ("p-2033", "f-2034", S),
 # S2 combined payable share at depletion (2025 TR): 83% (2024 TR figure) vs 81%
 ("e-83", "w-81", S), ("e-83", "p-81", S), ("e-83", "a-81", S), ("e-83", "b-81", S),
 ("e-83", "l-81", S), ("e-83", "f-81", S), ("e-83", "f-81b", S),
 # S3 OASI payable share at depletion: 81% (combined figure) vs 77%
 ("b-81oasi", "w-77", S), ("b-81oasi", "a-77", S), ("b-81oasi", "e-77", S), ("b-81oasi", "f-77", S), ("b-81oasi", "f-77b", S),
 # S4 75-year deficit (2025 TR): 3.28 (transposed) vs 3.82 / balance -3.82
 ("l-328", "w-382", S), ("l-328", "p-382", S), ("l-328", "a-382", S), ("l-328", "e-382", S),
 ("l-328", "b-382", S), ("l-328", "f-382", S), ("l-328", "a-m382", S),
 # S5 75-year deficit in the 2024 TR: 3.61 (2023 TR figure) vs 3.50 / balance -3.50
 ("f-361", "w-350", S), ("f-361", "b-350", S), ("f-361", "a-m350", S),
 # S6 HI depletion moved earlier by: two years vs three years
 ("l-2yr", "w-3yr", S), ("l-2yr", "e-3yr", S),
 # S7 HI depletion year (2025 TR): 2032 vs 2033
 ("f-hi2032", "w-hi2033", S), ("f-hi2032", "p-hi2033", S), ("f-hi2032", "e-hi2033", S),
 ("f-hi2032", "b-hi2033", S), ("f-hi2032", "l-hi2033", S),
 # S8 OASDI beneficiaries at end of 2024: 75 million (2026-COLA SS+SSI count) vs 68 million
 ("f-75m", "w-68m", S), ("f-75m", "e-68m", S),
 # S9 combined reserves at end of 2024: $2.79T (start-of-2024 level) vs $2.72T
 ("b-279t", "w-272t", S),
 # S10 decline in reserves during 2024: $41B (the 2023 decline) vs $67B
 ("l-41b", "w-67b", S),
 # S11 total OASDI income 2024: $1.29T (payroll taxes only) vs $1.42T
 ("p-129t", "w-142t", S),
 # S12 open-group unfunded obligation (2025 TR): $22.6T (2024 TR) vs $25.1T
 ("e-226t", "p-251t", S), ("e-226t", "a-251t", S),
 # S13 immediate payroll tax increase for 75-year solvency: 3.82 pp (deficit conflated) vs 3.65 pp
 ("a-382pp", "p-365", S), ("a-382pp", "e-365", S), ("a-382pp", "b-365", S), ("a-382pp", "f-365", S),
 # S14 immediate benefit cut for all beneficiaries: 26.8% (new-eligibles figure) vs 22.4%
 ("b-268", "p-224", S), ("b-268", "e-224", S), ("b-268", "a-224", S),
 # S15 Social Security Fairness Act signed: "last December" (2024) vs January 2025
 ("l-lastdec", "w-jan5", S), ("l-lastdec", "a-jan25", S), ("l-lastdec", "b-jan", S),
 # S16 2025 Trustees Report release: June 18, 2024 vs 2025
 ("f-jun1824", "w-wed", S), ("f-jun1824", "p-jun18", S), ("f-jun1824", "a-june", S),
 ("f-jun1824", "b-lastwed", S), ("f-jun1824", "l-june", S),
 # S17 COLA paid January 2025: 2.6% (2024 TR projection) vs 2.5%
 ("p-26", "w-25", S), ("p-26", "e-25", S), ("p-26", "l-25", S),
 # S18 COLA for January 2026: 2.7% (pre-announcement forecast) vs 2.8%
 ("l-27", "f-28", S),
 # S19 Medicare enrollees 2024: 60.3 million (aged 65+ only) vs 67.6 million
 ("p-603", "w-676", S),
 # S20 SSFA Senate vote, nays: 22 vs 20
 ("b-22", "f-20", S),
 # Qualified
 # Q1 OASI depletion after OBBBA (OACT letter, late 2032) vs 2025 TR (2033)
 ("e-2032", "w-2033", Q), ("e-2032", "a-2033", Q), ("e-2032", "b-2033", Q), ("e-2032", "l-2033", Q), ("e-2032", "f-2033", Q),
 ("f-2032", "w-2033", Q), ("f-2032", "a-2033", Q), ("f-2032", "b-2033", Q), ("f-2032", "l-2033", Q), ("f-2032", "e-2033", Q),
 # Q2 actuarial balance after OBBBA (-3.98) vs 2025 TR deficit (3.82 / misreported 3.28)
 ("a-m398", "w-382", Q), ("a-m398", "p-382", Q), ("a-m398", "e-382", Q), ("a-m398", "b-382", Q),
 ("a-m398", "f-382", Q), ("a-m398", "l-328", Q),
 # Q3 misreported combined 2033 vs post-OBBBA combined 2034 (different basis)
 ("p-2033", "a-q2034", Q), ("p-2033", "e-2034c", Q), ("p-2033", "f-q2034", Q),
 # Q4 83% vs "roughly four-fifths"
 ("e-83", "f-45", Q),
 # Q5 beneficiary counts at different dates / definitions
 ("e-69m", "w-68m", Q), ("f-75m", "e-69m", Q),
 ("l-75m", "w-68m", Q), ("l-75m", "e-68m", Q), ("l-75m", "e-69m", Q),
 # Q6 covered workers 2024 (TR) vs 2025 (CRS)
 ("e-185m", "w-184m", Q),
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
        rows.append({"type": "claim", "id": f"ss-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ss-{a}", f"ss-{b}"
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
