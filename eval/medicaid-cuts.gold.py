#!/usr/bin/env python3
"""Build medicaid-cuts.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "medicaid-cuts")
OUT = os.path.join(HERE, "medicaid-cuts.gold.jsonl")
T = "mc"

W, P, A, E, B, L, F = ("MC01_wire.txt", "MC02_press.txt", "MC03_abstract.txt",
                       "MC04_explainer.txt", "MC05_blog.txt", "MC06_local.txt", "MC07_factcheck.txt")
Y = True; N = False
M, BN, TN = 1_000_000, 1_000_000_000, 1_000_000_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MC01 wire (2025-07-01, Tuesday)
 ("w-dl", W, "WASHINGTON, July 1 (Metro", "July 1", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "Senate on Tuesday passed", "Tuesday", "date", 2025, 2025, "year", Y, "senate final passage date"),
 ("w-51", W, "by a 51-50 vote", "51", "count", 51, 51, "votes", Y, "senate final passage votes for"),
 ("w-50", W, "by a 51-50 vote", "50", "count", 50, 50, "votes", Y, "senate final passage votes against"),
 ("w-three", W, "Three Republicans - Thom", "Three", "count", 3, 3, "senators", Y, "republican senators voting no on final passage"),
 ("w-47", W, "joined all 47 Democrats", "47", "count", 47, 47, "senators", Y, "democrats and independents voting no"),
 ("w-27h", W, "end of a 27-hour", "27-hour", "duration", 27, 27, "hours", Y, "vote-a-rama length"),
 ("w-monam", W, "began on Monday morning", "Monday", "date", 2025, 2025, "year", N, "vote-a-rama start"),
 ("w-p51", W, "had voted 51-49 on Saturday", "51", "count", 51, 51, "votes", Y, "senate motion to proceed votes for"),
 ("w-p49", W, "had voted 51-49 on Saturday", "49", "count", 49, 49, "votes", Y, "senate motion to proceed votes against"),
 ("w-sat", W, "51-49 on Saturday night", "Saturday", "date", 2025, 2025, "year", N, "motion to proceed date"),
 ("w-940", W, "roughly 940-page bill", "940", "count", 940, 940, "pages", N, "bill length"),
 ("w-16h", W, "took about 16 hours", "16 hours", "duration", 16, 16, "hours", N, "bill reading time"),
 ("w-h215", W, "own version 215-214 in May", "215", "count", 215, 215, "votes", Y, "house first passage votes for"),
 ("w-h214", W, "own version 215-214 in May", "214", "count", 214, 214, "votes", Y, "house first passage votes against"),
 ("w-may", W, "215-214 in May", "May", "date", 2025, 2025, "year", Y, "house first passage date"),
 ("w-jul4", W, "by the July 4 holiday", "July 4", "date", 2025, 2025, "year", N, "signing deadline"),
 ("w-1t", W, "by more than $1 trillion over", "$1 trillion", "money", 1*TN, 1*TN, "USD", Y, "senate bill federal medicaid cut (cbo, weekend of jun 28-29)"),
 ("w-decade", W, "over the next decade and", "next decade", "duration", 10, 10, "years", N, "budget window"),
 ("w-118", W, "by 11.8 million in 2034", "11.8 million", "count", 11.8*M, 11.8*M, "people", Y, "cbo senate bill more uninsured 2034"),
 ("w-2034", W, "11.8 million in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("w-nearly1m", W, "nearly a million more", "a million", "count", 1*M, 1*M, "people", N, "difference senate vs house estimate"),
 ("w-109", W, "than the 10.9 million CBO", "10.9 million", "count", 10.9*M, 10.9*M, "people", Y, "cbo house bill more uninsured 2034"),
 ("w-lastmo", W, "projected last month for", "last month", "date", 2025, 2025, "year", N, "house-bill estimate date"),
 ("w-76", W, "leave 7.6 million more", "7.6 million", "count", 7.6*M, 7.6*M, "people", Y, "cbo house bill uninsured from medicaid (june estimate)"),
 ("w-33t", W, "add about $3.3 trillion", "$3.3 trillion", "money", 3.3*TN, 3.3*TN, "USD", Y, "cbo senate bill deficit increase"),
 ("w-10y", W, "deficits over 10 years", "10 years", "duration", 10, 10, "years", N, "budget window"),
 ("w-24t", W, "$2.4 trillion for the House", "$2.4 trillion", "money", 2.4*TN, 2.4*TN, "USD", Y, "cbo house bill deficit increase"),
 ("w-age", W, "adults aged 19 to 64 who", "19 to 64", "age", 19, 64, "years", Y, "work requirement ages"),
 ("w-80h", W, "least 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("w-dec26", W, "rule by Dec. 31, 2026", "Dec. 31, 2026", "date", 2026, 2026, "year", Y, "work requirement start deadline"),
 ("w-6mo", W, "checked every six months", "six months", "duration", 6, 6, "months", Y, "expansion redetermination interval"),
 ("w-1yr", W, "instead of once a year", "once a year", "duration", 1, 1, "years", N, "current redetermination interval"),
 ("w-18k", W, "more than 18,000 people", "18,000", "count", 18000, 18000, "people", Y, "arkansas coverage losses"),
 ("w-2019", W, "lost coverage in 2019", "2019", "date", 2019, 2019, "year", Y, "arkansas coverage losses year"),
 ("w-hawmon", W, "on the floor on Monday", "Monday", "date", 2025, 2025, "year", N, "quote date"),
 ("w-40st", W, "In the 40 states and", "40", "count", 40, 40, "states", Y, "expansion states (excluding dc)"),
 ("w-6pct", W, "would fall from 6% of", "6%", "percent", 6, 6, "%", Y, "provider tax safe harbor current"),
 ("w-half", W, "by half a percentage point", "half a percentage point", "percent", 0.5, 0.5, "pp", Y, "provider tax annual step"),
 ("w-35", W, "reaches 3.5% in 2031", "3.5%", "percent", 3.5, 3.5, "%", Y, "provider tax floor"),
 ("w-2031", W, "3.5% in 2031", "2031", "date", 2031, 2031, "year", Y, "provider tax floor reached"),
 ("w-50b", W, "added a $50 billion rural", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "rural health fund total"),
 ("w-5yr", W, "draw on over five years", "five years", "duration", 5, 5, "years", Y, "rural fund duration"),
 ("w-2630", W, "from 2026 through 2030", "2026 through 2030", "date", 2026, 2030, "year", Y, "rural fund years"),
 ("w-lastwk", W, "circulated last week", "last week", "date", 2025, 2025, "year", N, "draft date"),
 ("w-15b", W, "had offered $15 billion", "$15 billion", "money", 15*BN, 15*BN, "USD", Y, "rural fund first draft"),
 ("w-100b", W, "asked for $100 billion", "$100 billion", "money", 100*BN, 100*BN, "USD", Y, "collins rural fund ask"),
 ("w-14m", W, "counted 1.4 million people", "1.4 million", "count", 1.4*M, 1.4*M, "people", Y, "immigrants in state programs in cbo estimate"),
 ("w-220", W, "hold 220 seats", "220", "count", 220, 220, "seats", Y, "house republican seats"),
 ("w-212", W, "the Democrats' 212", "212", "count", 212, 212, "seats", Y, "house democratic seats"),

 # ---- MC02 press (2025-07-29)
 ("p-sub812", P, "decline 8% to 12% by the end", "8% to 12%", "percent", 8, 12, "%", N, "subtitle repeat"),
 ("p-sub2027", P, "by the end of 2027; reaffirms", "2027", "date", 2027, 2027, "year", N, "subtitle repeat"),
 ("p-sub2025", P, "reaffirms full-year 2025", "2025", "date", 2025, 2025, "year", N, "subtitle"),
 ("p-dl", P, "July 29, 2025 /PRNewswire/", "July 29, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-jul4", P, "signed on July 4, 2025", "July 4, 2025", "date", 2025, 2025, "year", Y, "signing date"),
 ("p-218", P, "Senate-amended bill 218-214", "218", "count", 218, 218, "votes", Y, "house final passage votes for"),
 ("p-214", P, "Senate-amended bill 218-214", "214", "count", 214, 214, "votes", Y, "house final passage votes against"),
 ("p-jul3", P, "218-214 on July 3", "July 3", "date", 2025, 2025, "year", Y, "house final passage date"),
 ("p-2days", P, "two days after the Senate", "two days", "duration", 2, 2, "days", N, "interval"),
 ("p-51", P, "Senate passed it 51-50", "51", "count", 51, 51, "votes", Y, "senate final passage votes for"),
 ("p-50", P, "Senate passed it 51-50", "50", "count", 50, 50, "votes", Y, "senate final passage votes against"),
 ("p-18mo", P, "over the next eighteen months", "eighteen months", "duration", 18, 18, "months", N, "quote"),
 ("p-dec26", P, "no later than December 31, 2026, adults", "December 31, 2026", "date", 2026, 2026, "year", Y, "work requirement start deadline"),
 ("p-age", P, "adults aged 19 to 64 enrolled", "19 to 64", "age", 19, 64, "years", Y, "work requirement ages"),
 ("p-80h", P, "at least 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("p-6mo", P, "renewed every six months", "six months", "duration", 6, 6, "months", Y, "expansion redetermination interval"),
 ("p-6mohead", P, "- Six-month redeterminations.", "Six-month", "duration", 6, 6, "months", N, "bullet label"),
 ("p-renew26", P, "renewals after December 31, 2026", "December 31, 2026", "date", 2026, 2026, "year", Y, "six-month renewals start"),
 ("p-oct28", P, "Beginning October 1, 2028", "October 1, 2028", "date", 2028, 2028, "year", Y, "cost sharing start"),
 ("p-100fpl", P, "incomes above 100% of", "100%", "percent", 100, 100, "% FPL", Y, "cost sharing income threshold"),
 ("p-35", P, "up to $35 per service", "$35", "money", 35, 35, "USD", Y, "cost sharing max per service"),
 ("p-6pct", P, "step down from 6% to 3.5%", "6%", "percent", 6, 6, "%", Y, "provider tax safe harbor current"),
 ("p-35pct", P, "from 6% to 3.5%. State", "3.5%", "percent", 3.5, 3.5, "%", Y, "provider tax floor"),
 ("p-50b", P, "appropriates $50 billion over", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "rural health fund total"),
 ("p-5yr", P, "$50 billion over five years", "five years", "duration", 5, 5, "years", Y, "rural fund duration"),
 ("p-2630", P, "fiscal years 2026 through 2030", "2026 through 2030", "date", 2026, 2030, "year", Y, "rural fund years"),
 ("p-31", P, "about 31% of Medicaid enrollees", "31%", "percent", 31, 31, "%", Y, "expansion adults share of national medicaid enrollment"),
 ("p-12m", P, "approximately 1.2 million of", "1.2 million", "count", 1.2*M, 1.2*M, "members", Y, "company expansion members"),
 ("p-34m", P, "Company's 3.4 million Medicaid", "3.4 million", "count", 3.4*M, 3.4*M, "members", Y, "company medicaid members"),
 ("p-14", P, "its 14 state contracts", "14", "count", 14, 14, "contracts", N, "company contracts"),
 ("p-latejun", P, "In late June the Congressional", "late June", "date", 2025, 2025, "year", N, "cbo senate-bill estimate date"),
 ("p-109", P, "by 10.9 million in 2034", "10.9 million", "count", 10.9*M, 10.9*M, "people", Y, "cbo senate bill more uninsured 2034"),
 ("p-2034a", P, "10.9 million in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("p-jul21", P, "released July 21", "July 21", "date", 2025, 2025, "year", Y, "cbo enacted-law score date"),
 ("p-10m", P, "estimated 10 million more uninsured", "10 million", "count", 10*M, 10*M, "people", Y, "cbo enacted law more uninsured 2034"),
 ("p-2034b", P, "10 million more uninsured in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("p-34t", P, "deficits of $3.4 trillion", "$3.4 trillion", "money", 3.4*TN, 3.4*TN, "USD", Y, "cbo enacted law deficit increase"),
 ("p-2534", P, "over 2025-2034", "2025-2034", "date", 2025, 2034, "year", N, "budget window"),
 ("p-812", P, "decline by 8% to 12% from", "8% to 12%", "percent", 8, 12, "%", Y, "company medicaid membership decline forecast"),
 ("p-jun30", P, "from June 30, 2025 levels", "June 30, 2025", "date", 2025, 2025, "year", N, "baseline date"),
 ("p-dec27", P, "levels by December 31, 2027", "December 31, 2027", "date", 2027, 2027, "year", N, "forecast horizon"),
 ("p-h127", P, "first half of 2027", "2027", "date", 2027, 2027, "year", N, "forecast timing"),
 ("p-2025g", P, "change to 2025 membership", "2025", "date", 2025, 2025, "year", N, "guidance year"),
 ("p-40m", P, "approximately $40 million in 2026", "$40 million", "money", 40*M, 40*M, "USD", Y, "company extra admin spending"),
 ("p-2026c", P, "$40 million in 2026", "2026", "date", 2026, 2026, "year", N, "spending year"),
 ("p-aug5", P, "call on August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "earnings call date"),
 ("p-ab34m", P, "serves approximately 3.4 million Medicaid", "3.4 million", "count", 3.4*M, 3.4*M, "members", N, "about section"),
 ("p-410k", P, "and 410,000 Medicare", "410,000", "count", 410000, 410000, "members", N, "about section"),
 ("p-1996", P, "Founded in 1996", "1996", "date", 1996, 1996, "year", N, "about section"),
 ("p-9800", P, "employs about 9,800 people", "9,800", "count", 9800, 9800, "employees", N, "about section"),

 # ---- MC03 abstract (2025-10-14)
 ("a-pub", A, "Published online 14 October 2025", "14 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2025", A, "Under the 2025 Federal", "2025", "date", 2025, 2025, "year", N, "title"),
 ("a-jul4", A, "signed on 4 July 2025", "4 July 2025", "date", 2025, 2025, "year", Y, "signing date"),
 ("a-10m", A, "by 10 million in 2034, and", "10 million", "count", 10*M, 10*M, "people", Y, "cbo enacted law more uninsured 2034"),
 ("a-2034a", A, "10 million in 2034, and", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("a-911", A, "at $911 billion over", "$911 billion", "money", 911*BN, 911*BN, "USD", Y, "enacted federal medicaid cut (kff allocation of cbo)"),
 ("a-2534", A, "$911 billion over 2025-2034", "2025-2034", "date", 2025, 2034, "year", N, "budget window"),
 ("a-age", A, "expansion adults aged 19 to 64 document", "19 to 64", "age", 19, 64, "years", Y, "work requirement ages"),
 ("a-80h", A, "document 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("a-7", A, "children younger than 7", "7", "age", 7, 7, "years", Y, "parent exemption child age limit"),
 ("a-344", A, "provision at $344 billion", "$344 billion", "money", 344*BN, 344*BN, "USD", Y, "cbo enacted work requirement savings"),
 ("a-2018", A, "in Arkansas in 2018, more", "2018", "date", 2018, 2018, "year", Y, "arkansas coverage losses year"),
 ("a-18k", A, "more than 18,000 enrollees", "18,000", "count", 18000, 18000, "people", Y, "arkansas coverage losses"),
 ("a-mage", A, "for adults aged 19 to 64 in all", "19 to 64", "age", 19, 64, "years", N, "model population (definitional)"),
 ("a-N51", A, "N = 51 jurisdictions", "51", "count", 51, 51, "jurisdictions", Y, "jurisdictions modelled"),
 ("a-41", A, "of which 41 adopted", "41", "count", 41, 41, "jurisdictions", Y, "expansion jurisdictions incl dc"),
 ("a-acs", A, "the 2023 American Community", "2023", "date", 2023, 2023, "year", N, "data year"),
 ("a-n", A, "n=384,912 adults", "384,912", "count", 384912, 384912, "adults", Y, "acs sample"),
 ("a-138", A, "below 138% of the federal", "138%", "percent", 138, 138, "% FPL", Y, "income cut-off"),
 ("a-jan27", A, "work requirements from 1 January 2027", "1 January 2027", "date", 2027, 2027, "year", Y, "work requirement start (as modelled)"),
 ("a-m6mo", A, "2027, six-month redeterminations", "six-month", "duration", 6, 6, "months", N, "definitional"),
 ("a-6pct", A, "safe harbor from 6% to 3.5%", "6%", "percent", 6, 6, "%", Y, "provider tax safe harbor current"),
 ("a-35pct", A, "from 6% to 3.5%. Reporting", "3.5%", "percent", 3.5, 3.5, "%", Y, "provider tax floor"),
 ("a-ar2018", A, "Arkansas's 2018 experience", "2018", "date", 2018, 2018, "year", N, "calibration"),
 ("a-2034m", A, "enrollment in 2034 relative", "2034", "date", 2034, 2034, "year", N, "outcome year"),
 ("a-1000", A, "from 1,000 bootstrap", "1,000", "count", 1000, 1000, "replicates", N, "methods detail"),
 ("a-2034r", A, "In 2034, projected national", "2034", "date", 2034, 2034, "year", N, "outcome year"),
 ("a-79", A, "lower by 7.9 million", "7.9 million", "count", 7.9*M, 7.9*M, "people", Y, "model total medicaid enrollment decline 2034"),
 ("a-79ci", A, "(95% CI, 6.6-9.3 million)", "6.6-9.3 million", "count", 6.6*M, 9.3*M, "people", Y, "ci"),
 ("a-53", A, "accounted for 5.3 million", "5.3 million", "count", 5.3*M, 5.3*M, "people", Y, "model decline from work requirements"),
 ("a-53ci", A, "(95% CI, 4.4-6.2 million)", "4.4-6.2 million", "count", 4.4*M, 6.2*M, "people", Y, "ci"),
 ("a-r6mo", A, "decline, six-month redeterminations for", "six-month", "duration", 6, 6, "months", N, "label"),
 ("a-09", A, "redeterminations for 0.9 million", "0.9 million", "count", 0.9*M, 0.9*M, "people", Y, "model decline from six-month checks"),
 ("a-09ci", A, "(95% CI, 0.6-1.2 million)", "0.6-1.2 million", "count", 0.6*M, 1.2*M, "people", Y, "ci"),
 ("a-15", A, "provider-tax limits for 1.5 million", "1.5 million", "count", 1.5*M, 1.5*M, "people", Y, "model decline from provider-tax limits"),
 ("a-15ci", A, "(95% CI, 1.1-1.9 million)", "1.1-1.9 million", "count", 1.1*M, 1.9*M, "people", Y, "ci"),
 ("a-r80h", A, "working at least 80 hours a month", "80 hours", "duration", 80, 80, "hours", N, "definitional repeat"),
 ("a-716", A, "requirements, 71.6% (95% CI", "71.6%", "percent", 71.6, 71.6, "%", Y, "share of losers working or exempt"),
 ("a-716ci", A, "68.9%-74.2%", "68.9%-74.2%", "percent", 68.9, 74.2, "%", Y, "ci"),
 ("a-184", A, "fell by 18.4%", "18.4%", "percent", 18.4, 18.4, "%", Y, "model expansion-adult enrollment decline, expansion states"),
 ("a-184ci", A, "15.7%-21.2%", "15.7%-21.2%", "percent", 15.7, 21.2, "%", Y, "ci"),
 ("a-n41", A, "(n=41)", "41", "count", 41, 41, "jurisdictions", N, "repeat"),
 ("a-m12", A, "enrollment of −1.2% (95% CI", "−1.2%", "percent", -1.2, -1.2, "%", Y, "model total enrollment change, non-expansion states"),
 ("a-m12ci", A, "−2.0% to −0.5%", "−2.0% to −0.5%", "percent", -2.0, -0.5, "%", Y, "ci"),
 ("a-10ne", A, "in the 10 non-expansion", "10", "count", 10, 10, "states", Y, "non-expansion states"),
 ("a-p1", A, "(P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-range", A, "ranged from 9.8% to 27.5%", "9.8% to 27.5%", "percent", 9.8, 27.5, "%", Y, "state range of expansion-adult declines"),
 ("a-beta", A, "β = 0.21 percentage points", "0.21 percentage points", "ratio", 0.21, 0.21, "pp per pp", Y, "rural-share coefficient"),
 ("a-1pt", A, "per 1-point increase", "1-point", "percent", 1, 1, "pp", N, "unit of coefficient"),
 ("a-betaci", A, "95% CI, 0.09-0.33", "0.09-0.33", "ratio", 0.09, 0.33, "pp per pp", Y, "ci"),
 ("a-p2", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-5st", A, "The 5 states with", "5", "count", 5, 5, "states", Y, "top states"),
 ("a-314", A, "for 31.4% of the national", "31.4%", "percent", 31.4, 31.4, "%", Y, "top-5 share of national loss"),
 ("a-8m", A, "roughly 8 million people", "8 million", "count", 8*M, 8*M, "people", Y, "model total decline (rounded)"),
 ("a-c2025", A, "provisions of the 2025 reconciliation", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-2034c", A, "8 million people by 2034", "2034", "date", 2034, 2034, "year", N, "outcome year"),
 ("a-end26", A, "until the end of 2026", "2026", "date", 2026, 2026, "year", Y, "work requirement implementation deadline"),

 # ---- MC04 explainer (2025-08-12)
 ("e-upd", E, "Updated August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jul4", E, "signed it on July 4, 2025", "July 4, 2025", "date", 2025, 2025, "year", Y, "signing date"),
 ("e-age", E, "aged 19 through 64", "19 through 64", "age", 19, 64, "years", Y, "work requirement ages"),
 ("e-40", E, "Forty states plus", "Forty", "count", 40, 40, "states", Y, "expansion states (excluding dc)"),
 ("e-20m", E, "More than 20 million people", "20 million", "count", 20*M, 20*M, "people", Y, "expansion enrollees"),
 ("e-quarter", E, "nearly a quarter of everyone", "a quarter", "percent", 25, 25, "%", Y, "expansion adults share of national medicaid enrollment"),
 ("e-31", E, "about 31% of enrollees", "31%", "percent", 31, 31, "%", Y, "expansion adults share of enrollment in expansion states"),
 ("e-65", E, "65 or older", "65", "age", 65, 65, "years", N, "definitional"),
 ("e-80h", E, "at least 80 hours a month working", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("e-20h", E, "about 20 hours a week", "20 hours", "duration", 20, 20, "hours", Y, "work requirement hours per week (equivalent)"),
 ("e-80mw", E, "what 80 hours at the federal", "80 hours", "duration", 80, 80, "hours", N, "definitional repeat"),
 ("e-dec26", E, "requirement by December 31, 2026", "December 31, 2026", "date", 2026, 2026, "year", Y, "work requirement start deadline"),
 ("e-dec28", E, "no later than December 31, 2028", "December 31, 2028", "date", 2028, 2028, "year", Y, "good-faith extension limit"),
 ("e-13", E, "a child 13 or younger", "13", "age", 13, 13, "years", Y, "parent exemption child age limit"),
 ("e-26", E, "foster youth under 26", "26", "age", 26, 26, "years", N, "exemption age (definitional)"),
 ("e-6mo", E, "eligibility every six months", "six months", "duration", 6, 6, "months", Y, "expansion redetermination interval"),
 ("e-1yr", E, "instead of once a year", "once a year", "duration", 1, 1, "years", N, "current redetermination interval"),
 ("e-renew26", E, "renewals after December 31, 2026", "December 31, 2026", "date", 2026, 2026, "year", Y, "six-month renewals start"),
 ("e-3mo", E, "from up to three months", "three months", "duration", 3, 3, "months", Y, "retroactive coverage current"),
 ("e-jan27", E, "Starting January 1, 2027", "January 1, 2027", "date", 2027, 2027, "year", Y, "retroactive coverage change start"),
 ("e-1mo", E, "shrinks to one month", "one month", "duration", 1, 1, "months", Y, "retroactive coverage expansion adults"),
 ("e-2mo", E, "and two months for everyone", "two months", "duration", 2, 2, "months", Y, "retroactive coverage others"),
 ("e-oct28", E, "Starting October 1, 2028", "October 1, 2028", "date", 2028, 2028, "year", Y, "cost sharing start"),
 ("e-35", E, "up to $35 per service", "$35", "money", 35, 35, "USD", Y, "cost sharing max per service"),
 ("e-5pct", E, "capped at 5% of family", "5%", "percent", 5, 5, "%", Y, "cost sharing cap share of income"),
 ("e-6pct", E, "(now 6% of revenue)", "6%", "percent", 6, 6, "%", Y, "provider tax safe harbor current"),
 ("e-half", E, "drops by half a percentage point", "half a percentage point", "percent", 0.5, 0.5, "pp", Y, "provider tax annual step"),
 ("e-fy28", E, "beginning in fiscal 2028", "2028", "date", 2028, 2028, "year", Y, "provider tax phase-down start"),
 ("e-35pct", E, "reaches 3.5% in 2032", "3.5%", "percent", 3.5, 3.5, "%", Y, "provider tax floor"),
 ("e-2032", E, "3.5% in 2032", "2032", "date", 2032, 2032, "year", Y, "provider tax floor reached"),
 ("e-50b", E, "creates a $50 billion Rural", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "rural health fund total"),
 ("e-10b", E, "with $10 billion a year", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "rural fund per year"),
 ("e-5yr", E, "a year for five years", "five years", "duration", 5, 5, "years", Y, "rural fund duration"),
 ("e-fy2630", E, "from fiscal 2026 through fiscal 2030", "2026 through fiscal 2030", "date", 2026, 2030, "year", Y, "rural fund years"),
 ("e-halfeq", E, "Half of each year's money", "Half", "percent", 50, 50, "%", Y, "rural fund share split equally"),
 ("e-jul21", E, "estimated on July 21", "July 21", "date", 2025, 2025, "year", Y, "cbo enacted-law score date"),
 ("e-10m", E, "by 10 million in 2034", "10 million", "count", 10*M, 10*M, "people", Y, "cbo enacted law more uninsured 2034"),
 ("e-2034", E, "10 million in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("e-911", E, "at $911 billion over", "$911 billion", "money", 911*BN, 911*BN, "USD", Y, "enacted federal medicaid cut (kff allocation of cbo)"),
 ("e-10y", E, "$911 billion over ten years", "ten years", "duration", 10, 10, "years", N, "budget window"),
 ("e-326", E, "saving about $326 billion", "$326 billion", "money", 326*BN, 326*BN, "USD", Y, "cbo enacted work requirement savings"),
 ("e-33t", E, "add $3.3 trillion", "$3.3 trillion", "money", 3.3*TN, 3.3*TN, "USD", Y, "cbo enacted law deficit increase"),
 ("e-2018", E, "requirement in 2018, more", "2018", "date", 2018, 2018, "year", Y, "arkansas coverage losses year"),
 ("e-18k", E, "more than 18,000 people lost", "18,000", "count", 18000, 18000, "people", Y, "arkansas coverage losses"),
 ("e-4mo", E, "in about four months", "four months", "duration", 4, 4, "months", N, "arkansas period"),
 ("e-183", E, "about 1.83 million people", "1.83 million", "count", 1.83*M, 1.83*M, "people", Y, "kentucky medicaid enrollment"),

 # ---- MC05 blog (2025-07-24, Thursday)
 ("b-date", B, "July 24, 2025 | 6 min", "July 24, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-h10m", B, "what \"10 million uninsured\"", "10 million", "count", 10*M, 10*M, "people", N, "headline repeat"),
 ("b-3wk", B, "took two and a half weeks after", "two and a half weeks", "duration", 2.5, 2.5, "weeks", N, "aside"),
 ("b-mon", B, "On Monday, CBO said", "Monday", "date", 2025, 2025, "year", Y, "cbo enacted-law score date"),
 ("b-10m", B, "by 10 million in 2034", "10 million", "count", 10*M, 10*M, "people", Y, "cbo enacted law more uninsured 2034"),
 ("b-2034", B, "10 million in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("b-34t", B, "add $3.4 trillion", "$3.4 trillion", "money", 3.4*TN, 3.4*TN, "USD", Y, "cbo enacted law deficit increase"),
 ("b-2534", B, "over 2025-2034", "2025-2034", "date", 2025, 2034, "year", N, "budget window"),
 ("b-10mfig", B, "That 10 million figure", "10 million", "count", 10*M, 10*M, "people", N, "repeat"),
 ("b-three", B, "The three big numbers", "three", "count", 3, 3, "estimates", N, "subhead"),
 ("b-109", B, "10.9 million: CBO's June 4", "10.9 million", "count", 10.9*M, 10.9*M, "people", Y, "cbo house bill more uninsured 2034"),
 ("b-jun4", B, "CBO's June 4 estimate", "June 4", "date", 2025, 2025, "year", N, "estimate date"),
 ("b-may", B, "House passed in May", "May", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-118", B, "11.8 million: CBO's June 29", "11.8 million", "count", 11.8*M, 11.8*M, "people", Y, "cbo senate bill more uninsured 2034"),
 ("b-jun29", B, "CBO's June 29 estimate", "June 29", "date", 2025, 2025, "year", N, "estimate date"),
 ("b-10mmon", B, "10 million: Monday's", "10 million", "count", 10*M, 10*M, "people", N, "list repeat"),
 ("b-monest", B, "Monday's estimate for", "Monday", "date", 2025, 2025, "year", N, "repeat"),
 ("b-drop118", B, "drop from 11.8 million to", "11.8 million", "count", 11.8*M, 11.8*M, "people", N, "repeat"),
 ("b-drop10", B, "11.8 million to 10 million comes", "10 million", "count", 10*M, 10*M, "people", N, "repeat"),
 ("b-14m", B, "counted 1.4 million people", "1.4 million", "count", 1.4*M, 1.4*M, "people", Y, "immigrants in state programs in cbo estimate"),
 ("b-june", B, "like they did in June", "June", "date", 2025, 2025, "year", N, "aside"),
 ("b-endyr", B, "expire at the end of this year", "this year", "date", 2025, 2025, "year", N, "subsidy expiry"),
 ("b-42m", B, "add 4.2 million more", "4.2 million", "count", 4.2*M, 4.2*M, "people", Y, "uninsured from ACA subsidy expiry"),
 ("b-106t", B, "at $1.06 trillion over", "$1.06 trillion", "money", 1.06*TN, 1.06*TN, "USD", Y, "cbo health subtitle spending reduction"),
 ("b-10y", B, "$1.06 trillion over ten years", "ten years", "duration", 10, 10, "years", N, "budget window"),
 ("b-3big", B, "The three biggest pieces", "three", "count", 3, 3, "provisions", N, "aside"),
 ("b-3256", B, "adults: $325.6 billion", "$325.6 billion", "money", 325.6*BN, 325.6*BN, "USD", Y, "cbo enacted work requirement savings"),
 ("b-1911", B, "$191.1 billion", "$191.1 billion", "money", 191.1*BN, 191.1*BN, "USD", Y, "cbo enacted provider tax savings"),
 ("b-1494", B, "$149.4 billion", "$149.4 billion", "money", 149.4*BN, 149.4*BN, "USD", Y, "cbo enacted state-directed payment savings"),
 ("b-yday", B, "estimated yesterday that", "yesterday", "date", 2025, 2025, "year", N, "kff analysis date"),
 ("b-911", B, "falls by $911 billion", "$911 billion", "money", 911*BN, 911*BN, "USD", Y, "enacted federal medicaid cut (kff allocation of cbo)"),
 ("b-990", B, "come to $990 billion", "$990 billion", "money", 990*BN, 990*BN, "USD", Y, "sum of medicaid provisions before interactions"),
 ("b-age", B, "adults aged 19 to 55", "19 to 55", "age", 19, 55, "years", Y, "work requirement ages"),
 ("b-80h", B, "to log 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("b-nextyr", B, "by the end of next year", "end of next year", "date", 2026, 2026, "year", Y, "work requirement start deadline"),
 ("b-junan", B, "CBO's June analysis", "June", "date", 2025, 2025, "year", N, "analysis date"),
 ("b-48", B, "4.8 million of the 7.8", "4.8 million", "count", 4.8*M, 4.8*M, "people", Y, "cbo house bill uninsured from work requirements"),
 ("b-78", B, "of the 7.8 million people", "7.8 million", "count", 7.8*M, 7.8*M, "people", Y, "cbo house bill uninsured from medicaid"),
 ("b-h215", B, "the bill 215-214 on May 22", "215", "count", 215, 215, "votes", Y, "house first passage votes for"),
 ("b-h214", B, "the bill 215-214 on May 22", "214", "count", 214, 214, "votes", Y, "house first passage votes against"),
 ("b-may22", B, "215-214 on May 22", "May 22", "date", 2025, 2025, "year", Y, "house first passage date"),
 ("b-s51", B, "its version 51-50 on July 1", "51", "count", 51, 51, "votes", Y, "senate final passage votes for"),
 ("b-s50", B, "its version 51-50 on July 1", "50", "count", 50, 50, "votes", Y, "senate final passage votes against"),
 ("b-jul1", B, "51-50 on July 1", "July 1", "date", 2025, 2025, "year", Y, "senate final passage date"),
 ("b-217", B, "final version 217-214", "217", "count", 217, 217, "votes", Y, "house final passage votes for"),
 ("b-f214", B, "final version 217-214", "214", "count", 214, 214, "votes", Y, "house final passage votes against"),
 ("b-jul3", B, "217-214 on July 3", "July 3", "date", 2025, 2025, "year", Y, "house final passage date"),
 ("b-50b", B, "added a $50 billion rural", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "rural health fund total"),
 ("b-10yr", B, "paid out over 10 years", "10 years", "duration", 10, 10, "years", Y, "rural fund duration"),
 ("b-2b", B, "losing about $2 billion a year", "$2 billion", "money", 2*BN, 2*BN, "USD", Y, "kentucky federal medicaid loss per year (kff, house bill)"),
 ("b-277", B, "dropping by 277,000", "277,000", "count", 277000, 277000, "people", Y, "kentucky enrollment drop (kff, house bill)"),
 ("b-50st", B, "Spread across 50 states", "50", "count", 50, 50, "states", N, "aside"),
 ("b-2027", B, "losses start in 2027", "2027", "date", 2027, 2027, "year", N, "timing"),
 ("b-bl10m", B, "\"10 million\" is not a softening", "10 million", "count", 10*M, 10*M, "people", N, "repeat"),
 ("b-oneprov", B, "remove one provision", "one", "count", 1, 1, "provisions", N, "aside"),
 ("b-midterm", B, "after next year's midterm", "next year's", "date", 2026, 2026, "year", N, "aside"),
 ("b-14k", B, "Join 14,000 readers", "14,000", "count", 14000, 14000, "readers", N, "page furniture"),
 ("b-5charts", B, "explained in five charts", "five", "count", 5, 5, "charts", N, "related link"),
 ("b-rel2018", B, "What Arkansas's 2018 work", "2018", "date", 2018, 2018, "year", N, "related link"),
 ("b-rel6mo", B, "Six-month renewals: the quiet", "Six-month", "duration", 6, 6, "months", N, "related link"),
 ("b-47c", B, "47 comments", "47", "count", 47, 47, "comments", N, "page furniture"),

 # ---- MC06 local (2025-08-05), hard-wrapped
 ("l-dl", L, "Journal | Aug. 5, 2025", "Aug. 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-mon", L, "lawmakers on Monday that", "Monday", "date", 2025, 2025, "year", N, "hearing date"),
 ("l-lastmo", L, "law signed last month", "last month", "date", 2025, 2025, "year", Y, "signing date"),
 ("l-138m", L, "About 1.38 million Kentuckians", "1.38 million", "count", 1.38*M, 1.38*M, "people", Y, "kentucky medicaid enrollment"),
 ("l-1in3", L, "nearly 1 in 3 residents", "1 in 3", "percent", 33.333, 33.333, "%", Y, "kentucky share on medicaid"),
 ("l-200k", L, "about 200,000 of them", "200,000", "count", 200000, 200000, "people", Y, "kentucky coverage loss (beshear)"),
 ("l-25bed", L, "a 25-bed critical", "25", "count", 25, 25, "beds", N, "aside"),
 ("l-40pct", L, "roughly 40 percent of our", "40 percent", "percent", 40, 40, "%", N, "quote"),
 ("l-51", L, "Senate passed 51-49 on July 1", "51", "count", 51, 51, "votes", Y, "senate final passage votes for"),
 ("l-49", L, "Senate passed 51-49 on July 1", "49", "count", 49, 49, "votes", Y, "senate final passage votes against"),
 ("l-jul1", L, "51-49 on July 1", "July 1", "date", 2025, 2025, "year", Y, "senate final passage date"),
 ("l-218", L, "approved 218-214 two days", "218", "count", 218, 218, "votes", Y, "house final passage votes for"),
 ("l-214", L, "approved 218-214 two days", "214", "count", 214, 214, "votes", Y, "house final passage votes against"),
 ("l-2days", L, "218-214 two days later", "two days", "duration", 2, 2, "days", N, "interval"),
 ("l-80h", L, "at least 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("l-dec26", L, "rule by Dec. 31, 2026", "Dec. 31, 2026", "date", 2026, 2026, "year", Y, "work requirement start deadline"),
 ("l-6mo", L, "coverage every six months", "six months", "duration", 6, 6, "months", Y, "expansion redetermination interval"),
 ("l-apr", L, "released in April", "April", "date", 2025, 2025, "year", N, "study date"),
 ("l-urban", L, "between 120,000 and 136,000", "120,000 and 136,000", "count", 120000, 136000, "people", Y, "kentucky coverage loss (urban, work requirement)"),
 ("l-1955", L, "adults ages 19 to 55 could", "19 to 55", "age", 19, 55, "years", Y, "urban analysis population ages"),
 ("l-64", L, "up to age 64", "64", "age", 64, 64, "years", Y, "work requirement upper age"),
 ("l-2014", L, "expanded Medicaid in 2014", "2014", "date", 2014, 2014, "year", Y, "kentucky expansion year"),
 ("l-2023", L, "By 2023 the state's", "2023", "date", 2023, 2023, "year", N, "as-of year"),
 ("l-54", L, "fallen to 5.4% from", "5.4%", "percent", 5.4, 5.4, "%", Y, "kentucky uninsured rate 2023"),
 ("l-143", L, "from 14.3% before", "14.3%", "percent", 14.3, 14.3, "%", Y, "kentucky uninsured rate pre-expansion"),
 ("l-138", L, "up to 138% of the poverty", "138%", "percent", 138, 138, "% FPL", Y, "expansion income limit"),
 ("l-20783", L, "or $20,783 a year", "$20,783", "money", 20783, 20783, "USD", Y, "138% fpl single person"),
 ("l-6pct", L, "drops from 6% of net", "6%", "percent", 6, 6, "%", Y, "provider tax safe harbor current"),
 ("l-35pct", L, "to 3.5% by 2032", "3.5%", "percent", 3.5, 3.5, "%", Y, "provider tax floor"),
 ("l-2032", L, "3.5% by 2032", "2032", "date", 2032, 2032, "year", Y, "provider tax floor reached"),
 ("l-990", L, "by $990 billion over", "$990 billion", "money", 990*BN, 990*BN, "USD", Y, "enacted federal medicaid cut (attributed to cbo)"),
 ("l-10y", L, "$990 billion over ten years", "ten years", "duration", 10, 10, "years", N, "budget window"),
 ("l-10m", L, "leave 10 million more", "10 million", "count", 10*M, 10*M, "people", Y, "cbo enacted law more uninsured 2034"),
 ("l-2034", L, "uninsured in 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("l-35h", L, "identified 35 rural", "35", "count", 35, 35, "hospitals", Y, "kentucky rural hospitals at risk"),
 ("l-50b", L, "The law's $50 billion", "$50 billion", "money", 50*BN, 50*BN, "USD", Y, "rural health fund total"),
 ("l-halfm", L, "Half of the money, $25", "Half", "percent", 50, 50, "%", N, "rural fund share split equally"),
 ("l-25b", L, "money, $25 billion, is", "$25 billion", "money", 25*BN, 25*BN, "USD", Y, "rural fund equal-share half"),
 ("l-100m", L, "at least $100 million a year", "$100 million", "money", 100*M, 100*M, "USD", Y, "kentucky minimum annual rural award (computed)"),
 ("l-5yr", L, "a year for five years", "five years", "duration", 5, 5, "years", Y, "rural fund duration"),
 ("l-2018", L, "work requirement in 2018", "2018", "date", 2018, 2018, "year", Y, "kentucky work requirement attempt"),
 ("l-dec19", L, "office in December 2019", "December 2019", "date", 2019, 2019, "year", Y, "beshear took office"),
 ("l-spring", L, "by next spring", "next spring", "date", 2026, 2026, "year", N, "expected guidance"),
 ("l-end26", L, "before the end of 2026", "2026", "date", 2026, 2026, "year", N, "system rebuild deadline"),
 ("l-sep", L, "meet again in September", "September", "date", 2025, 2025, "year", N, "next meeting"),

 # ---- MC07 fact-check (2025-07-08)
 ("f-h17", F, "Will 17 million people", "17 million", "count", 17*M, 17*M, "people", N, "headline repeat"),
 ("f-date", F, "ClearCheck | July 8, 2025", "July 8, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c17", F, "Republicans, 17 million people will", "17 million", "count", 17*M, 17*M, "people", N, "claim text (attributed)"),
 ("f-cjul1", F, "on X on July 1, 2025", "July 1, 2025", "date", 2025, 2025, "year", N, "post date"),
 ("f-23", F, "only about two-thirds", "two-thirds", "percent", 66.667, 66.667, "%", Y, "share of 17m from bill itself"),
 ("f-decade", F, "over a decade, not", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("f-51", F, "the bill 51-50 on July 1", "51", "count", 51, 51, "votes", Y, "senate final passage votes for"),
 ("f-50", F, "the bill 51-50 on July 1", "50", "count", 50, 50, "votes", Y, "senate final passage votes against"),
 ("f-jul1", F, "51-50 on July 1, after", "July 1", "date", 2025, 2025, "year", Y, "senate final passage date"),
 ("f-two", F, "Two Republicans, Thom", "Two", "count", 2, 2, "senators", Y, "republican senators voting no on final passage"),
 ("f-218", F, "version 218-214 on July 3", "218", "count", 218, 218, "votes", Y, "house final passage votes for"),
 ("f-214", F, "version 218-214 on July 3", "214", "count", 214, 214, "votes", Y, "house final passage votes against"),
 ("f-jul3", F, "218-214 on July 3", "July 3", "date", 2025, 2025, "year", Y, "house final passage date"),
 ("f-jul4", F, "into law on July 4", "July 4", "date", 2025, 2025, "year", Y, "signing date"),
 ("f-17fig", F, "source of the 17 million", "17 million", "count", 17*M, 17*M, "people", N, "repeat"),
 ("f-3pieces", F, "from three pieces", "three", "count", 3, 3, "pieces", N, "aside"),
 ("f-118", F, "- 11.8 million: the Congressional", "11.8 million", "count", 11.8*M, 11.8*M, "people", Y, "cbo senate bill more uninsured 2034"),
 ("f-jun29", F, "released June 29", "June 29", "date", 2025, 2025, "year", N, "estimate date"),
 ("f-2034a", F, "people in 2034 under", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("f-42", F, "- 4.2 million: CBO's", "4.2 million", "count", 4.2*M, 4.2*M, "people", Y, "uninsured from ACA subsidy expiry"),
 ("f-end25", F, "at the end of 2025", "2025", "date", 2025, 2025, "year", Y, "subsidy expiry"),
 ("f-2022", F, "date was set in 2022", "2022", "date", 2022, 2022, "year", Y, "subsidy expiry set (ira)"),
 ("f-900k", F, "About 900,000", "900,000", "count", 900000, 900000, "people", Y, "uninsured from cms marketplace rule"),
 ("f-169", F, "roughly 16.9 million", "16.9 million", "count", 16.9*M, 16.9*M, "people", Y, "sum of three estimates"),
 ("f-r17", F, "rounds to 17 million", "17 million", "count", 17*M, 17*M, "people", N, "repeat"),
 ("f-only118", F, "only the 11.8 million", "11.8 million", "count", 11.8*M, 11.8*M, "people", N, "repeat"),
 ("f-14m", F, "cost 1.4 million immigrants", "1.4 million", "count", 1.4*M, 1.4*M, "people", Y, "immigrants in state programs in cbo estimate"),
 ("f-jun4", F, "In its June 4 analysis", "June 4", "date", 2025, 2025, "year", N, "estimate date"),
 ("f-78", F, "attributed 7.8 million of", "7.8 million", "count", 7.8*M, 7.8*M, "people", Y, "cbo house bill uninsured from medicaid"),
 ("f-109", F, "of 10.9 million newly", "10.9 million", "count", 10.9*M, 10.9*M, "people", Y, "cbo house bill more uninsured 2034"),
 ("f-80h", F, "requirement of 80 hours a month", "80 hours", "duration", 80, 80, "hours", Y, "work requirement hours per month"),
 ("f-13", F, "children older than 13", "13", "age", 13, 13, "years", Y, "parent exemption child age limit"),
 ("f-6mo", F, "checks every six months", "six months", "duration", 6, 6, "months", Y, "expansion redetermination interval"),
 ("f-3mo", F, "from three months to one or two", "three months", "duration", 3, 3, "months", Y, "retroactive coverage current"),
 ("f-1or2", F, "months to one or two", "one or two", "duration", 1, 2, "months", Y, "retroactive coverage new"),
 ("f-nextyr", F, "from the start of next year", "next year", "date", 2026, 2026, "year", Y, "retroactive coverage change start"),
 ("f-25b", F, "added a $25 billion fund", "$25 billion", "money", 25*BN, 25*BN, "USD", Y, "rural health fund total"),
 ("f-2034b", F, "given year, here 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
 ("f-r17b", F, "Harris said 17 million", "17 million", "count", 17*M, 17*M, "people", N, "ruling repeat"),
 ("f-5m", F, "about 5 million of it", "5 million", "count", 5*M, 5*M, "people", Y, "share of 17m from subsidy+rule"),
 ("f-share118", F, "bill's own share, 11.8 million", "11.8 million", "count", 11.8*M, 11.8*M, "people", N, "ruling repeat"),
 ("f-thru2034", F, "accumulate through 2034", "2034", "date", 2034, 2034, "year", N, "projection year"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Senate final-passage votes against: 49 (local, the June 28 motion-to-proceed tally) vs 50
 ("l-49", "w-50", S), ("l-49", "p-50", S), ("l-49", "f-50", S), ("l-49", "b-s50", S),
 # S2 House final-passage votes for: 217 (blog, interim count before the last vote) vs 218
 ("b-217", "p-218", S), ("b-217", "l-218", S), ("b-217", "f-218", S),
 # S3 CBO Senate-bill uninsured: 10.9 million (press, House-bill figure) vs 11.8 million
 ("p-109", "w-118", S), ("p-109", "b-118", S), ("p-109", "f-118", S),
 # S4 CBO enacted-law deficit: $3.3T (explainer, the Senate-bill figure) vs $3.4T
 ("e-33t", "b-34t", S), ("e-33t", "p-34t", S),
 # S5 enacted federal Medicaid cut: $990B (local, un-netted sum attributed to CBO) vs $911B
 ("l-990", "b-911", S), ("l-990", "e-911", S), ("l-990", "a-911", S),
 # S6 enacted work-requirement savings: $344B (abstract, House-bill score) vs $325.6B / $326B
 ("a-344", "b-3256", S), ("a-344", "e-326", S),
 # S7 work requirement ages: 19-55 (blog, the Urban/Limit-Save-Grow population) vs 19-64
 ("b-age", "w-age", S), ("b-age", "p-age", S), ("b-age", "e-age", S), ("b-age", "a-age", S),
 # S8 parent exemption child age: younger than 7 (abstract) vs 13
 ("a-7", "e-13", S), ("a-7", "f-13", S),
 # S9 provider-tax floor reached: 2031 (wire, Finance Committee draft) vs 2032
 ("w-2031", "e-2032", S), ("w-2031", "l-2032", S),
 # S10 rural fund total: $25B (fact-check, June 28 draft) vs $50B
 ("f-25b", "w-50b", S), ("f-25b", "p-50b", S), ("f-25b", "e-50b", S), ("f-25b", "b-50b", S), ("f-25b", "l-50b", S),
 # S11 retroactive-coverage change start: "start of next year" (fact-check, 2026) vs January 1, 2027
 ("f-nextyr", "e-jan27", S),
 # S12 Arkansas coverage-loss year: 2019 (wire) vs 2018
 ("w-2019", "a-2018", S), ("w-2019", "e-2018", S),
 # S13 Kentucky Medicaid enrollment: 1.83 million (explainer, transposed) vs 1.38 million
 ("e-183", "l-138m", S),
 # S14 CBO House-bill uninsured from Medicaid (June estimate): 7.6 million (wire, May partial score) vs 7.8 million
 ("w-76", "b-78", S), ("w-76", "f-78", S),
 # S15 rural fund duration: 10 years (blog) vs five years
 ("b-10yr", "w-5yr", S), ("b-10yr", "p-5yr", S), ("b-10yr", "e-5yr", S), ("b-10yr", "l-5yr", S),
 # S16 expansion adults' share of national Medicaid enrollment: 31% (press, the expansion-states share) vs nearly a quarter
 ("p-31", "e-quarter", S),
 # S17 Republican senators voting no: two (fact-check, the motion-to-proceed count) vs three
 ("f-two", "w-three", S),
 # Qualified
 # Q1 work requirement start: 1 January 2027 (abstract, KFF's wording) vs December 31, 2026 (statute)
 ("a-jan27", "w-dec26", Q), ("a-jan27", "p-dec26", Q), ("a-jan27", "e-dec26", Q), ("a-jan27", "l-dec26", Q), ("a-jan27", "b-nextyr", Q),
 # Q2 Kentucky coverage loss: Beshear 200,000 vs KFF (House bill) 277,000
 ("l-200k", "b-277", Q),
 # Q3 blog's wrong 19-55 vs local's "up to age 64" (point vs range)
 ("b-age", "l-64", Q),
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
        lo = round(lo, 6) if isinstance(lo, float) else lo
        hi = round(hi, 6) if isinstance(hi, float) else hi
        if isinstance(lo, float) and lo.is_integer():
            lo = int(lo)
        if isinstance(hi, float) and hi.is_integer():
            hi = int(hi)
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
