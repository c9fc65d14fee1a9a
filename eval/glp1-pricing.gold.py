#!/usr/bin/env python3
"""Build glp1-pricing.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work;
a context may mark the span with [[...]] when the span text occurs twice in it),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "glp1-pricing")
OUT = os.path.join(HERE, "glp1-pricing.gold.jsonl")
PFX = "gp"

W, P, A, E, B, L, F = ("GP01_wire.txt", "GP02_press.txt", "GP03_abstract.txt",
                       "GP04_explainer.txt", "GP05_blog.txt", "GP06_local.txt", "GP07_factcheck.txt")
Y = True; N = False
M = 1_000_000; G = 1_000_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- GP01 wire (2025-11-07)
 ("w-dl", W, "WASHINGTON, Nov 7", "Nov 7", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu", W, "said on Thursday that", "Thursday", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("w-245", W, "will pay $245 a month for Novo's", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("w-50", W, "copay of $50 a month", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("w-apr", W, "starting in April next year", "April next year", "date", 2026, 2026, "year", Y, "medicare copay start"),
 ("w-350", W, "buy Wegovy for $350 a month", "$350", "money", 350, 350, "USD", Y, "trumprx wegovy price"),
 ("w-jan", W, "plans to open in January", "January", "date", 2026, 2026, "year", Y, "trumprx launch"),
 ("w-245t", W, "toward $245 over two years", "$245", "money", 245, 245, "USD", Y, "trumprx target price in two years"),
 ("w-2yt", W, "toward $245 over two years", "two years", "duration", 2, 2, "years", Y, "trumprx price glide period"),
 ("w-346", W, "an average of $346 a month", "$346", "money", 346, 346, "USD", Y, "trumprx zepbound average price"),
 ("w-149", W, "priced at $149 a month", "$149", "money", 149, 149, "USD", Y, "obesity pill starting-dose price"),
 ("w-1349", W, "list price of $1,349 for", "$1,349", "money", 1349, 1349, "USD", Y, "wegovy list price per month"),
 ("w-1086", W, "and Zepbound about $1,086", "$1,086", "money", 1086, 1086, "USD", Y, "zepbound list price per month"),
 ("w-1000", W, "more than $1,000 per month", "$1,000", "money", 1000, 1000, "USD", N, "quote"),
 ("w-bmi27", W, "body mass index above 27", "27", "bmi", 27, 27, "kg/m2", Y, "medicare coverage bmi threshold with prediabetes/cvd"),
 ("w-bmi30", W, "or a BMI above 30 with", "30", "bmi", 30, 30, "kg/m2", Y, "medicare coverage bmi threshold with comorbidity"),
 ("w-10", W, "about 10% of Medicare patients", "10%", "percent", 10, 10, "%", Y, "share of medicare patients expected to qualify"),
 ("w-2yb", W, "budget neutral within two years", "two years", "duration", 2, 2, "years", Y, "oz budget-neutral horizon"),
 ("w-2003", W, "A 2003 law bars", "2003", "date", 2003, 2003, "year", N, "medicare weight-loss exclusion law"),
 ("w-nov24", W, "In November last year", "November last year", "date", 2024, 2024, "year", Y, "biden obesity-coverage proposal"),
 ("w-74m", W, "reach 7.4 million Medicare", "7.4 million", "count", 7400000, 7400000, "people", Y, "biden proposal medicare beneficiaries"),
 ("w-35b", W, "priced at about $35 billion", "$35 billion", "money", 35*G, 35*G, "USD", Y, "cbo cost of medicare obesity coverage"),
 ("w-apr25", W, "finalize that rule in April", "April", "date", 2025, 2025, "year", N, "trump admin declined biden rule"),
 ("w-3y", W, "will get three years of relief", "three years", "duration", 3, 3, "years", Y, "tariff relief length"),
 ("w-50b", W, "pledged more than $50 billion", "$50 billion", "money", 50*G, 50*G, "USD", Y, "lilly us manufacturing pledge"),
 ("w-startyr", W, "since the start of the year", "the start of the year", "date", 2025, 2025, "year", N, "pledge period"),
 ("w-lastmo", W, "survey released last month", "last month", "date", 2025, 2025, "year", N, "kff survey release"),
 ("w-43", W, "found that 43% of employers", "43%", "percent", 43, 43, "%", Y, "share of employers (200+ workers) covering glp-1 for weight loss, 2025"),
 ("w-200", W, "employers with 200 or more workers", "200", "count", 200, 200, "workers", N, "firm-size qualifier"),
 ("w-one", W, "is also one of 10 drugs", "one", "count", 1, 1, "drugs", N, "aside"),
 ("w-10drugs", W, "one of 10 drugs whose", "10", "count", 10, 10, "drugs", Y, "drugs in second medicare negotiation round"),
 ("w-thisyr", W, "being negotiated this year", "this year", "date", 2025, 2025, "year", N, "negotiation year"),
 ("w-2022", W, "the 2022 Inflation Reduction Act", "2022", "date", 2022, 2022, "year", N, "law year"),
 ("w-endmo", W, "due by the end of this month", "the end of this month", "date", 2025, 2025, "year", N, "negotiation results due"),
 ("w-twodrugs", W, "shortages of the two drugs", "two", "count", 2, 2, "drugs", N, "aside"),
 ("w-499", W, "has charged $499 a month", "$499", "money", 499, 499, "USD", Y, "novocare wegovy cash price since march 2025"),
 ("w-march", W, "any dose of Wegovy since March", "March", "date", 2025, 2025, "year", Y, "novocare pharmacy launch"),
 ("w-vials", W, "for $349 to $499 a month", "$349 to $499", "money", 349, 499, "USD", Y, "zepbound vial cash prices (before dec 2025)"),
 ("w-245q", W, "\"At $245, the government", "$245", "money", 245, 245, "USD", N, "analyst quote repeat"),

 # ---- GP02 press (2025-12-03)
 ("p-sub199", P, "starting at $199 a month", "$199", "money", 199, 199, "USD", N, "subtitle"),
 ("p-subjan", P, "phased out by January 31", "January 31", "date", 2026, 2026, "year", N, "subtitle: compounded phase-out deadline"),
 ("p-dl", P, "Dec. 3, 2025 /PRNewswire/", "Dec. 3, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-thisyr", P, "compounded tirzepatide earlier this year", "earlier this year", "date", 2025, 2025, "year", N, "calder stopped compounded tirzepatide"),
 ("p-dec19", P, "resolved on December 19, 2024", "December 19, 2024", "date", 2024, 2024, "year", Y, "fda tirzepatide shortage resolved"),
 ("p-90d", P, "pharmacies 90 days to stop", "90 days", "duration", 90, 90, "days", Y, "503a tirzepatide grace period"),
 ("p-feb25", P, "shortage over in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "fda semaglutide shortage resolved"),
 ("p-1000", P, "cost more than $1,000 a month", "$1,000", "money", 1000, 1000, "USD", N, "quote"),
 ("p-299", P, "priced at $299 a month for the 2.5 mg", "$299", "money", 299, 299, "USD", Y, "zepbound 2.5 mg vial cash price (dec 2025)"),
 ("p-25mg", P, "for the 2.5 mg starting dose", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "zepbound lowest (starting) dose at $299"),
 ("p-399", P, "$399 a month for the 5 mg", "$399", "money", 399, 399, "USD", Y, "zepbound 5 mg vial cash price (dec 2025)"),
 ("p-5mg", P, "for the 5 mg dose", "5 mg", "dose", 5, 5, "mg", N, "dose qualifier"),
 ("p-7515", P, "from 7.5 mg to 15 mg", "7.5 mg to 15 mg", "dose", 7.5, 15, "mg", N, "dose qualifier"),
 ("p-449", P, "are $449 a month for patients", "$449", "money", 449, 449, "USD", Y, "zepbound 7.5-15 mg vial cash price (dec 2025)"),
 ("p-dec1", P, "took effect on December 1", "December 1", "date", 2025, 2025, "year", Y, "lilly vial price cut date"),
 ("p-349", P, "Wegovy pens cost $349 a month", "$349", "money", 349, 349, "USD", Y, "novocare wegovy cash price (nov 2025)"),
 ("p-025", P, "on the 0.25 mg or 0.5 mg doses", "0.25 mg", "dose", 0.25, 0.25, "mg", Y, "wegovy intro-offer dose"),
 ("p-05", P, "0.25 mg or 0.5 mg doses", "0.5 mg", "dose", 0.5, 0.5, "mg", Y, "wegovy intro-offer dose"),
 ("p-199", P, "an introductory $199 a month", "$199", "money", 199, 199, "USD", Y, "novocare intro price"),
 ("p-2mo", P, "for their first two months", "two months", "duration", 2, 2, "months", Y, "novocare intro offer length"),
 ("p-mar31", P, "runs through March 31, 2026", "March 31, 2026", "date", 2026, 2026, "year", Y, "intro offer end"),
 ("p-61", P, "About 61% of Calder's", "61%", "percent", 61, 61, "%", Y, "calder members on compounded semaglutide"),
 ("p-48k", P, "Calder's 48,000 weight-care", "48,000", "count", 48000, 48000, "people", Y, "calder weight-care members"),
 ("p-60d", P, "the switch within 60 days", "60 days", "duration", 60, 60, "days", Y, "calder transition period"),
 ("p-65", P, "members aged 65 and older", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("p-nov6", P, "White House on November 6", "November 6", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("p-245", P, "Medicare will pay $245 a month", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("p-apr1", P, "as early as April 1, 2026", "April 1, 2026", "date", 2026, 2026, "year", Y, "medicare copay start"),
 ("p-50", P, "pay no more than $50 a month", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("p-274", P, "for semaglutide, $274 a month", "$274", "money", 274, 274, "USD", Y, "medicare negotiated semaglutide price"),
 ("p-2026", P, "takes effect in 2026", "2026", "date", 2026, 2026, "year", Y, "negotiated price effective year"),
 ("p-2019", P, "Founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-300", P, "more than 300 clinicians", "300", "count", 300, 300, "clinicians", N, "about section"),
 ("p-50st", P, "licensed in all 50 states", "50", "count", 50, 50, "states", N, "about section"),

 # ---- GP03 abstract (2025-12-15)
 ("a-pub", A, "Published online 15 December 2025", "15 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "after the November 2025 federal", "November 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-two", A, "are the two injectable", "two", "count", 2, 2, "drugs", N, "aside"),
 ("a-24", A, "Semaglutide 2.4 mg (Wegovy)", "2.4 mg", "dose", 2.4, 2.4, "mg", N, "product identity"),
 ("a-1349", A, "$1,349.02 per 28-day", "$1,349.02", "money", 1349.02, 1349.02, "USD", Y, "wegovy list price per month"),
 ("a-28d", A, "per 28-day supply for Wegovy", "28-day", "duration", 28, 28, "days", N, "supply unit"),
 ("a-1059", A, "and $1,059.87 for Zepbound", "$1,059.87", "money", 1059.87, 1059.87, "USD", Y, "zepbound list price per month"),
 ("a-in25", A, "and in 2025 only 28%", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-28", A, "in 2025 only 28% of", "28%", "percent", 28, 28, "%", Y, "share of 5,000+ worker firms covering glp-1 for weight loss, 2025"),
 ("a-5000", A, "employers with 5,000 or more", "5,000", "count", 5000, 5000, "workers", N, "firm-size qualifier"),
 ("a-552", A, "from $552 million in 2019", "$552 million", "money", 552*M, 552*M, "USD", Y, "part d ozempic gross spending 2019"),
 ("a-2019", A, "$552 million in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("a-92", A, "to $9.2 billion in 2023", "$9.2 billion", "money", 9.2*G, 9.2*G, "USD", Y, "part d ozempic gross spending 2023"),
 ("a-2023", A, "$9.2 billion in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-142k", A, "from 142,479 to", "142,479", "count", 142479, 142479, "enrollees", Y, "part d ozempic enrollees 2019"),
 ("a-1465k", A, "to 1,465,482", "1,465,482", "count", 1465482, 1465482, "enrollees", Y, "part d ozempic enrollees 2023"),
 ("a-929", A, "(an increase of 929%)", "929%", "percent", 929, 929, "%", Y, "increase in ozempic enrollees 2019-2023"),
 ("a-in25b", A, "In 2025 both manufacturers", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-6nov", A, "and on 6 November 2025 they", "6 November 2025", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("a-245", A, "price of $245 per month", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("a-50", A, "with a $50 monthly copayment", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("a-five", A, "(five pen strengths)", "five", "count", 5, 5, "dose strengths", N, "methods (repeat of n=5)"),
 ("a-six", A, "(six vial strengths)", "six", "count", 6, 6, "dose strengths", N, "methods (repeat of n=6)"),
 ("a-mjul", A, "in effect on 1 July 2025 and", "1 July 2025", "date", 2025, 2025, "year", N, "price snapshot date"),
 ("a-mdec", A, "and on 1 December 2025, from", "1 December 2025", "date", 2025, 2025, "year", N, "price snapshot date"),
 ("a-2mo", A, "limited to a patient's first two months", "two months", "duration", 2, 2, "months", Y, "novocare intro offer length"),
 ("a-one", A, "defined as 1 minus", "1", "ratio", 1, 1, "x", N, "formula constant"),
 ("a-ann", A, "announcements of 6 and 25 November 2025", "6 and 25 November 2025", "date", 2025, 2025, "year", N, "source dates"),
 ("a-N11", A, "N = 11 dose strengths", "11", "count", 11, 11, "dose strengths", Y, "dose strengths analysed"),
 ("a-n5", A, "(Wegovy n=5;", "5", "count", 5, 5, "dose strengths", Y, "wegovy dose strengths"),
 ("a-n6", A, "Zepbound n=6)", "6", "count", 6, 6, "dose strengths", Y, "zepbound dose strengths"),
 ("a-rjul", A, "On 1 July 2025 all Wegovy", "1 July 2025", "date", 2025, 2025, "year", N, "snapshot date"),
 ("a-w499", A, "all Wegovy doses cost $499;", "$499", "money", 499, 499, "USD", Y, "wegovy cash price july 2025"),
 ("a-z349", A, "Zepbound cost $349 for 2.5 mg", "$349", "money", 349, 349, "USD", Y, "zepbound 2.5 mg vial cash price july 2025"),
 ("a-z349d", A, "$349 for 2.5 mg and", "2.5 mg", "dose", 2.5, 2.5, "mg", N, "dose qualifier (july)"),
 ("a-z499", A, "and $499 for each higher dose", "$499", "money", 499, 499, "USD", Y, "zepbound higher-dose vial cash price july 2025"),
 ("a-rdec", A, "On 1 December 2025 all Wegovy", "1 December 2025", "date", 2025, 2025, "year", N, "snapshot date"),
 ("a-w349", A, "all Wegovy doses cost $349 and", "$349", "money", 349, 349, "USD", Y, "wegovy cash price dec 2025"),
 ("a-299", A, "Zepbound cost $299 (2.5 mg)", "$299", "money", 299, 299, "USD", Y, "zepbound 2.5 mg vial cash price (dec 2025)"),
 ("a-25mg", A, "$299 (2.5 mg)", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "zepbound lowest (starting) dose at $299"),
 ("a-399", A, "$399 (5 mg)", "$399", "money", 399, 399, "USD", Y, "zepbound 5 mg vial cash price (dec 2025)"),
 ("a-5mg", A, "$399 (5 mg)", "5 mg", "dose", 5, 5, "mg", N, "dose qualifier"),
 ("a-449", A, "and $449 (7.5 to 15 mg)", "$449", "money", 449, 449, "USD", Y, "zepbound 7.5-15 mg vial cash price (dec 2025)"),
 ("a-7515", A, "(7.5 to 15 mg)", "7.5 to 15 mg", "dose", 7.5, 15, "mg", N, "dose qualifier"),
 ("a-med499", A, "fell from $499 to $349", "$499", "money", 499, 499, "USD", Y, "median self-pay price july 2025"),
 ("a-med349", A, "from $499 to $349.", "$349", "money", 349, 349, "USD", Y, "median self-pay price dec 2025"),
 ("a-588", A, "rose from 58.8% (95% CI", "58.8%", "percent", 58.8, 58.8, "%", Y, "mean discount from list july 2025"),
 ("a-588ci", A, "(95% CI 54.9–62.7)", "54.9–62.7", "percent", 54.9, 62.7, "%", Y, "ci"),
 ("a-668", A, "to 66.8% (95% CI", "66.8%", "percent", 66.8, 66.8, "%", Y, "mean discount from list dec 2025"),
 ("a-668ci", A, "(95% CI 61.4–72.3)", "61.4–72.3", "percent", 61.4, 72.3, "%", Y, "ci"),
 ("a-81pp", A, "gain of 8.1 percentage points", "8.1 percentage points", "percent", 8.1, 8.1, "pp", Y, "mean gain in discount"),
 ("a-81ci", A, "(95% CI 5.9–10.2)", "5.9–10.2", "percent", 5.9, 10.2, "pp", Y, "ci"),
 ("a-m100", A, "change was −$100 per month", "−$100", "money", -100, -100, "USD", Y, "mean paired price change"),
 ("a-m100ci", A, "(95% CI −$134 to −$66;", "−$134 to −$66", "money", -134, -66, "USD", Y, "ci"),
 ("a-p001", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-741", A, "(74.1% at every dose)", "74.1%", "percent", 74.1, 74.1, "%", Y, "wegovy discount dec 2025"),
 ("a-576", A, "(57.6% to 71.8%;", "57.6% to 71.8%", "percent", 57.6, 71.8, "%", Y, "zepbound discount range dec 2025"),
 ("a-p004", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-245b", A, "The $245 government price", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal (repeat)"),
 ("a-818", A, "is 81.8% below", "81.8%", "percent", 81.8, 81.8, "%", Y, "government price discount vs wegovy list"),
 ("a-769", A, "and 76.9% below", "76.9%", "percent", 76.9, 76.9, "%", Y, "government price discount vs zepbound list"),
 ("a-274", A, "semaglutide price of $274 per month", "$274", "money", 274, 274, "USD", Y, "medicare negotiated semaglutide price"),
 ("a-one15", A, "one of 15 prices", "one", "count", 1, 1, "drugs", N, "aside"),
 ("a-15", A, "one of 15 prices", "15", "count", 15, 15, "drugs", Y, "drugs in second medicare negotiation round"),
 ("a-jan27", A, "effective in January 2027", "January 2027", "date", 2027, 2027, "year", Y, "negotiated price effective year"),
 ("a-71", A, "is 71% below Ozempic's", "71%", "percent", 71, 71, "%", Y, "negotiated semaglutide price discount vs ozempic list"),
 ("a-959", A, "Ozempic's $959 list price", "$959", "money", 959, 959, "USD", Y, "ozempic list price"),
 ("a-onept", A, "spending for one patient", "one", "count", 1, 1, "patients", N, "calculation basis"),
 ("a-2940", A, "would be $2,940 at", "$2,940", "money", 2940, 2940, "USD", Y, "annual cost at government price"),
 ("a-17537", A, "against $17,537 for", "$17,537", "money", 17537, 17537, "USD", Y, "annual cost at wegovy list price"),
 ("a-13", A, "for 13 fills of Wegovy", "13", "count", 13, 13, "fills", N, "calculation basis"),
 ("a-c100", A, "fell by about $100 a month", "$100", "money", 100, 100, "USD", N, "conclusion restatement"),
 ("a-c2025", A, "the second half of 2025", "the second half of 2025", "date", 2025, 2025, "year", N, "period"),
 ("a-ratio", A, "remained 1.2 to 1.8 times", "1.2 to 1.8 times", "ratio", 1.2, 1.8, "x", Y, "self-pay price vs government price"),
 ("a-cnov", A, "criteria announced in November", "November", "date", 2025, 2025, "year", N, "qualifier"),

 # ---- GP04 explainer (2025-12-10)
 ("e-upd", E, "Updated December 10, 2025", "December 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two0", E, "Prices for the two best-known", "two", "count", 2, 2, "drugs", N, "aside"),
 ("e-thisyr", E, "several times this year", "this year", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-nov", E, "White House deal announced in November", "November", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-1394", E, "it is about $1,394 for", "$1,394", "money", 1394, 1394, "USD", Y, "wegovy list price per month"),
 ("e-28d", E, "for a 28-day supply", "28-day", "duration", 28, 28, "days", N, "supply unit"),
 ("e-1086", E, "it is $1,086.37", "$1,086.37", "money", 1086.37, 1086.37, "USD", Y, "zepbound list price per month"),
 ("e-jun21", E, "weight management in June 2021", "June 2021", "date", 2021, 2021, "year", Y, "wegovy approval"),
 ("e-nov23", E, "Zepbound in November 2023", "November 2023", "date", 2023, 2023, "year", Y, "zepbound approval"),
 ("e-nov17", E, "Since November 17, Novo", "November 17", "date", 2025, 2025, "year", Y, "novo self-pay price cut date"),
 ("e-349", E, "charges $349 a month for Wegovy", "$349", "money", 349, 349, "USD", Y, "novocare wegovy cash price (nov 2025)"),
 ("e-199", E, "patients pay $199 a month", "$199", "money", 199, 199, "USD", Y, "novocare intro price"),
 ("e-2mo", E, "for their first two months on", "two months", "duration", 2, 2, "months", Y, "novocare intro offer length"),
 ("e-two1", E, "on the two lowest doses, 0.25", "two", "count", 2, 2, "doses", N, "aside"),
 ("e-025", E, "doses, 0.25 mg and 0.5 mg", "0.25 mg", "dose", 0.25, 0.25, "mg", Y, "wegovy intro-offer dose"),
 ("e-05", E, "0.25 mg and 0.5 mg. Ozempic", "0.5 mg", "dose", 0.5, 0.5, "mg", Y, "wegovy intro-offer dose"),
 ("e-oz349", E, "is also $349, except", "$349", "money", 349, 349, "USD", Y, "novocare ozempic cash price"),
 ("e-2mg", E, "except for the 2 mg strength", "2 mg", "dose", 2, 2, "mg", Y, "ozempic strength kept at $499"),
 ("e-499", E, "which stays at $499", "$499", "money", 499, 499, "USD", Y, "ozempic 2 mg cash price"),
 ("e-dec1", E, "Since December 1 the 2.5 mg", "December 1", "date", 2025, 2025, "year", Y, "lilly vial price cut date"),
 ("e-25mg", E, "the 2.5 mg starting dose costs", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "zepbound lowest (starting) dose at $299"),
 ("e-299", E, "starting dose costs $299 a month", "$299", "money", 299, 299, "USD", Y, "zepbound 2.5 mg vial cash price (dec 2025)"),
 ("e-5mg", E, "the 5 mg dose $399", "5 mg", "dose", 5, 5, "mg", N, "dose qualifier"),
 ("e-399", E, "the 5 mg dose $399", "$399", "money", 399, 399, "USD", Y, "zepbound 5 mg vial cash price (dec 2025)"),
 ("e-7515", E, "the 7.5 mg to 15 mg doses", "7.5 mg to 15 mg", "dose", 7.5, 15, "mg", N, "dose qualifier"),
 ("e-449", E, "doses $449 if you refill", "$449", "money", 449, 449, "USD", Y, "zepbound 7.5-15 mg vial cash price (dec 2025)"),
 ("e-45d", E, "refill within 45 days", "45 days", "duration", 45, 45, "days", Y, "refill window for $449 price"),
 ("e-aug24", E, "the vials in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "zepbound vial launch"),
 ("e-l399", E, "at $399 and $549 for", "$399", "money", 399, 399, "USD", Y, "zepbound 2.5 mg vial launch price (aug 2024)"),
 ("e-l549", E, "and $549 for the two", "$549", "money", 549, 549, "USD", Y, "zepbound 5 mg vial launch price (aug 2024)"),
 ("e-two2", E, "$549 for the two lowest doses", "two", "count", 2, 2, "doses", N, "aside"),
 ("e-nov6", E, "agreements announced November 6", "November 6", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("e-245", E, "Medicaid will pay $245 a month", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("e-50", E, "will pay a $50 copay", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("e-jan26", E, "due to launch in January 2026", "January 2026", "date", 2026, 2026, "year", Y, "trumprx launch"),
 ("e-350", E, "Wegovy is listed at $350 a month", "$350", "money", 350, 350, "USD", Y, "trumprx wegovy price"),
 ("e-150", E, "promised at about $150", "$150", "money", 150, 150, "USD", Y, "obesity pill starting-dose price"),
 ("e-2025s", E, "KFF's 2025 Employer", "2025", "date", 2025, 2025, "year", N, "survey year"),
 ("e-19", E, "Survey, 19% of firms", "19%", "percent", 19, 19, "%", Y, "share of employers (200+ workers) covering glp-1 for weight loss, 2025"),
 ("e-200", E, "19% of firms with 200 or more", "200", "count", 200, 200, "workers", N, "firm-size qualifier"),
 ("e-43", E, "size: 43% of firms", "43%", "percent", 43, 43, "%", Y, "share of 5,000+ worker firms covering glp-1 for weight loss, 2025"),
 ("e-5000", E, "firms with 5,000 or more workers covered", "5,000", "count", 5000, 5000, "workers", N, "firm-size qualifier"),
 ("e-28", E, "up from 28% in 2024", "28%", "percent", 28, 28, "%", Y, "share of 5,000+ worker firms covering, 2024"),
 ("e-2024", E, "28% in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-30", E, "compared with 30% of firms", "30%", "percent", 30, 30, "%", Y, "share of 1,000-4,999 worker firms covering, 2025"),
 ("e-1000", E, "with 1,000 to 4,999 workers", "1,000 to 4,999", "count", 1000, 4999, "workers", N, "firm-size qualifier"),
 ("e-16", E, "and 16% of firms", "16%", "percent", 16, 16, "%", Y, "share of 200-999 worker firms covering, 2025"),
 ("e-200999", E, "with 200 to 999 workers", "200 to 999", "count", 200, 999, "workers", N, "firm-size qualifier"),
 ("e-one15", E, "was one of 15 drugs", "one", "count", 1, 1, "drugs", N, "aside"),
 ("e-15", E, "one of 15 drugs picked", "15", "count", 15, 15, "drugs", Y, "drugs in second medicare negotiation round"),
 ("e-jan", E, "picked in January for", "January", "date", 2025, 2025, "year", Y, "semaglutide selected for negotiation"),
 ("e-nov25", E, "On November 25, CMS", "November 25", "date", 2025, 2025, "year", Y, "negotiated prices announced"),
 ("e-274", E, "negotiated price of $274 a month", "$274", "money", 274, 274, "USD", Y, "medicare negotiated semaglutide price"),
 ("e-jan27", E, "takes effect in January 2027", "January 2027", "date", 2027, 2027, "year", Y, "negotiated price effective year"),
 ("e-79", E, "That is 79% below", "79%", "percent", 79, 79, "%", Y, "negotiated semaglutide price discount vs list"),
 ("e-144", E, "was $14.4 billion from", "$14.4 billion", "money", 14.4*G, 14.4*G, "USD", Y, "part d gross spending on semaglutide products nov 2023-oct 2024"),
 ("e-three", E, "the three semaglutide products", "three", "count", 3, 3, "products", N, "aside"),
 ("e-period", E, "from November 2023 through October 2024", "November 2023 through October 2024", "date", 2023, 2024, "year", N, "spending period"),
 ("e-all15", E, "all 15 drugs together", "15", "count", 15, 15, "drugs", N, "repeat"),
 ("e-41", E, "cost the program $41 billion", "$41 billion", "money", 41*G, 41*G, "USD", Y, "part d gross spending on all 15 selected drugs"),
 ("e-5528", E, "spent $552.8 million on Ozempic", "$552.8 million", "money", 552.8*M, 552.8*M, "USD", Y, "part d ozempic gross spending 2019"),
 ("e-2019", E, "on Ozempic in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier year"),
 ("e-46", E, "and $4.6 billion in 2022", "$4.6 billion", "money", 4.6*G, 4.6*G, "USD", Y, "part d ozempic gross spending 2022"),
 ("e-2022", E, "$4.6 billion in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-dec24", E, "shortage resolved in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "fda tirzepatide shortage resolved"),
 ("e-60d", E, "503A pharmacies 60 days", "60 days", "duration", 60, 60, "days", Y, "503a tirzepatide grace period"),
 ("e-90d", E, "facilities 90 days, to stop", "90 days", "duration", 90, 90, "days", Y, "503b tirzepatide grace period"),
 ("e-feb25", E, "declared resolved in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "fda semaglutide shortage resolved"),
 ("e-aprmay", E, "were April 22 and May 22, 2025", "April 22 and May 22, 2025", "date", 2025, 2025, "year", Y, "semaglutide compounding deadlines (503a/503b)"),
 ("e-c199", E, "from about $199 a month", "$199", "money", 199, 199, "USD", Y, "compounded glp-1 advertised price"),
 ("e-349y", E, "at $349 a month, a year", "$349", "money", 349, 349, "USD", N, "repeat in calculation"),
 ("e-yr", E, "a month, a year of Wegovy", "a year", "duration", 1, 1, "years", N, "calculation period"),
 ("e-4188", E, "costs $4,188", "$4,188", "money", 4188, 4188, "USD", Y, "annual wegovy cost at $349"),

 # ---- GP05 blog (2025-12-18)
 ("b-t2y", B, "for GLP-1s for two years", "two years", "duration", 2, 2, "years", N, "headline"),
 ("b-date", B, "December 18, 2025 |", "December 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-late23", B, "in late 2023", "late 2023", "date", 2023, 2023, "year", N, "author start"),
 ("b-1349", B, "about $1,349 a month for Wegovy", "$1,349", "money", 1349, 1349, "USD", Y, "wegovy list price per month"),
 ("b-hund", B, "hundreds of thousands of other", "hundreds of thousands", "count", None, None, "people", N, "vague"),
 ("b-199c", B, "charging $199 a month", "$199", "money", 199, 199, "USD", Y, "compounded semaglutide telehealth price"),
 ("b-2yl", B, "Two years later", "Two years", "duration", 2, 2, "years", N, "aside"),
 ("b-aug24", B, "LillyDirect in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "zepbound vial launch"),
 ("b-25mg", B, "the 2.5 mg starter", "2.5 mg", "dose", 2.5, 2.5, "mg", Y, "zepbound lowest (starting) dose"),
 ("b-349", B, "starter, runs $349 a month", "$349", "money", 349, 349, "USD", Y, "zepbound 2.5 mg vial cash price (dec 2025)"),
 ("b-499", B, "higher doses are still $499", "$499", "money", 499, 499, "USD", Y, "zepbound higher-dose vial cash price (dec 2025)"),
 ("b-1000", B, "it's not $1,000-plus", "$1,000", "money", 1000, 1000, "USD", N, "aside"),
 ("b-march", B, "said in March that", "March", "date", 2025, 2025, "year", N, "quote date"),
 ("b-100k", B, "roughly 100,000 people a month", "100,000", "count", 100000, 100000, "people", Y, "people buying zepbound direct per month"),
 ("b-10", B, "about 10% of everyone", "10%", "percent", 10, 10, "%", Y, "share of zepbound users buying direct"),
 ("b-n499", B, "started at $499 for any", "$499", "money", 499, 499, "USD", Y, "novocare wegovy cash price at launch"),
 ("b-nov", B, "and in November it dropped", "November", "date", 2025, 2025, "year", N, "price cut month"),
 ("b-n349", B, "it dropped to $349", "$349", "money", 349, 349, "USD", Y, "novocare wegovy cash price (nov 2025)"),
 ("b-199", B, "intro price of $199 a month", "$199", "money", 199, 199, "USD", Y, "novocare intro price"),
 ("b-3mo", B, "your first three months", "three months", "duration", 3, 3, "months", Y, "novocare intro offer length"),
 ("b-dec15", B, "Screenshot taken December 15", "December 15", "date", 2025, 2025, "year", N, "caption"),
 ("b-nov6", B, "headlines from November 6", "November 6", "date", 2025, 2025, "year", N, "deal date (aside)"),
 ("b-350", B, "Medicare will pay $350 a month", "$350", "money", 350, 350, "USD", Y, "medicare/medicaid price under deal"),
 ("b-50", B, "will have a $50 copay", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("b-65", B, "who are under 65", "65", "age", 65, 65, "years", N, "age qualifier"),
 ("b-nextmo", B, "supposed to open next month", "next month", "date", 2026, 2026, "year", N, "trumprx launch (vague)"),
 ("b-46", B, "already spent $4.6 billion on Ozempic", "$4.6 billion", "money", 4.6*G, 4.6*G, "USD", Y, "part d ozempic gross spending 2023"),
 ("b-2023", B, "Ozempic in 2023 alone", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-v5", B, "voted 5-4 in January", "5", "vote", 5, 5, "votes for", Y, "nc state health plan board vote (for)"),
 ("b-v4", B, "voted 5-4 in January", "4", "vote", 4, 4, "votes against", Y, "nc state health plan board vote (against)"),
 ("b-jan24", B, "in January 2024 to drop", "January 2024", "date", 2024, 2024, "year", Y, "nc board vote date"),
 ("b-double", B, "premiums would otherwise double", "double", "ratio", 2, 2, "x", N, "aside"),
 ("b-spring", B, "semaglutide this spring", "this spring", "date", 2025, 2025, "year", N, "aside"),
 ("b-m349", B, "At $349 a month, Wegovy", "$349", "money", 349, 349, "USD", N, "repeat in calculation"),
 ("b-4188", B, "costs me $4,188 a year", "$4,188", "money", 4188, 4188, "USD", Y, "annual wegovy cost at $349"),
 ("b-yr1", B, "costs me $4,188 a year", "a year", "duration", 1, 1, "years", N, "calculation period"),
 ("b-2388", B, "cost $2,388 a year", "$2,388", "money", 2388, 2388, "USD", Y, "annual compounded cost"),
 ("b-yr2", B, "cost $2,388 a year", "a year", "duration", 1, 1, "years", N, "calculation period"),
 ("b-1800", B, "That's a $1,800 gap", "$1,800", "money", 1800, 1800, "USD", Y, "annual cost gap"),
 ("b-21k", B, "Join 21,000 readers", "21,000", "count", 21000, 21000, "readers", N, "page furniture"),
 ("b-five", B, "Five questions to ask", "Five", "count", 5, 5, "questions", N, "related link"),
 ("b-1yr", B, "one year later", "one year", "duration", 1, 1, "years", N, "related link"),
 ("b-46c", B, "46 comments", "46", "count", 46, 46, "comments", N, "page furniture"),

 # ---- GP06 local (2026-01-14), hard-wrapped
 ("l-t2y", L, "ban nears two years", "two years", "duration", 2, 2, "years", N, "headline"),
 ("l-dl", L, "RALEIGH - January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("l-n2y", L, "Nearly two years after", "two years", "duration", 2, 2, "years", N, "aside"),
 ("l-nov", L, "deals struck in November", "November", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-v4", L, "voted 4-3 on Jan. 25", "4", "vote", 4, 4, "votes for", Y, "nc state health plan board vote (for)"),
 ("l-v3", L, "voted 4-3 on Jan. 25", "3", "vote", 3, 3, "votes against", Y, "nc state health plan board vote (against)"),
 ("l-jan25", L, "on Jan. 25, 2024, to end", "Jan. 25, 2024", "date", 2024, 2024, "year", Y, "nc board vote date"),
 ("l-apr1", L, "effective April 1 of that year", "April 1 of that year", "date", 2024, 2024, "year", Y, "nc coverage end"),
 ("l-800", L, "paying about $800 a month", "$800", "money", 800, 800, "USD", Y, "nc plan net cost per wegovy member-month"),
 ("l-102", L, "spending of $102 million on", "$102 million", "money", 102*M, 102*M, "USD", Y, "nc plan weight-loss drug spending 2023"),
 ("l-2023", L, "on the drugs in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-10", L, "about 10% of its", "10%", "percent", 10, 10, "%", Y, "share of nc net pharmacy spending"),
 ("l-1b", L, "roughly $1 billion in net", "$1 billion", "money", 1*G, 1*G, "USD", Y, "nc net pharmacy spending"),
 ("l-4850", L, "premiums by $48.50 per", "$48.50", "money", 48.5, 48.5, "USD", Y, "projected premium increase per subscriber-month"),
 ("l-170", L, "past $170 million in 2024", "$170 million", "money", 170*M, 170*M, "USD", Y, "projected nc drug cost 2024"),
 ("l-2024", L, "$170 million in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-nov6", L, "Novo Nordisk announced Nov. 6", "Nov. 6", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("l-245", L, "Medicaid will pay $245 a month", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("l-35", L, "copay of $35 a month", "$35", "money", 35, 35, "USD", Y, "medicare copay under deal"),
 ("l-thismo", L, "would open this month", "this month", "date", 2026, 2026, "year", N, "trumprx launch (expected)"),
 ("l-346", L, "Wegovy is to cost $346 a month", "$346", "money", 346, 346, "USD", Y, "trumprx wegovy price"),
 ("l-349", L, "cash price to $349 in November", "$349", "money", 349, 349, "USD", Y, "novocare wegovy cash price (nov 2025)"),
 ("l-nov25", L, "$349 in November and", "November", "date", 2025, 2025, "year", N, "price cut month"),
 ("l-199", L, "new patients $199 a month", "$199", "money", 199, 199, "USD", Y, "novocare intro price"),
 ("l-2mo", L, "for the first two months", "two months", "duration", 2, 2, "months", Y, "novocare intro offer length"),
 ("l-1mg", L, "higher-strength 1 mg Ozempic", "1 mg", "dose", 1, 1, "mg", Y, "ozempic strength kept at $499"),
 ("l-499", L, "remains at $499", "$499", "money", 499, 499, "USD", Y, "ozempic higher-strength cash price"),
 ("l-2025s", L, "KFF's 2025 survey", "2025", "date", 2025, 2025, "year", N, "survey year"),
 ("l-19", L, "found that 19% of firms", "19%", "percent", 19, 19, "%", Y, "share of employers (200+ workers) covering glp-1 for weight loss, 2025"),
 ("l-200", L, "firms with 200 or more workers", "200", "count", 200, 200, "workers", N, "firm-size qualifier"),
 ("l-43", L, "and 43% of the largest", "43%", "percent", 43, 43, "%", Y, "share of 5,000+ worker firms covering glp-1 for weight loss, 2025"),
 ("l-5000", L, "those with 5,000 or more workers", "5,000", "count", 5000, 5000, "workers", N, "firm-size qualifier"),
 ("l-declast", L, "over in December of last year", "December of last year", "date", 2025, 2025, "year", Y, "fda tirzepatide shortage resolved"),
 ("l-feb", L, "semaglutide shortage over in February", "February", "date", 2025, 2025, "year", Y, "fda semaglutide shortage resolved"),
 ("l-aug24", L, "for weight loss in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "nc medicaid coverage start"),
 ("l-oct1", L, "on Oct. 1 last year", "Oct. 1 last year", "date", 2025, 2025, "year", Y, "nc medicaid coverage end"),
 ("l-245b", L, "to get the $245 price", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal (repeat)"),
 ("l-nov24", L, "administration in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "biden obesity-coverage proposal"),
 ("l-34m", L, "extended the drugs to 3.4 million", "3.4 million", "count", 3400000, 3400000, "people", Y, "biden proposal medicare beneficiaries"),
 ("l-4m", L, "about 4 million adults", "4 million", "count", 4000000, 4000000, "people", Y, "biden proposal medicaid adults"),
 ("l-35b", L, "at about $35 billion", "$35 billion", "money", 35*G, 35*G, "USD", Y, "cbo cost of medicare obesity coverage"),
 ("l-2634", L, "from 2026 through 2034", "2026 through 2034", "date", 2026, 2034, "year", N, "cbo window"),
 ("l-march", L, "at their March meeting", "March", "date", 2026, 2026, "year", N, "upcoming meeting"),
 ("l-54", L, "a 54-year-old records", "54-year-old", "age", 54, 54, "years", N, "interviewee age"),
 ("l-1000", L, "when it hit $1,000 a month", "$1,000", "money", 1000, 1000, "USD", N, "quote"),
 ("l-q349", L, "\"At $349 I might", "$349", "money", 349, 349, "USD", N, "quote"),

 # ---- GP07 fact-check (2026-01-22)
 ("f-dl", F, "ClearCheck | January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-claim50", F, "for weight loss for $50 a month. Trump made", "$50", "money", 50, 50, "USD", N, "claim text (attributed)"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post shares"),
 ("f-nov6", F, "On November 6, 2025, President", "November 6, 2025", "date", 2025, 2025, "year", Y, "white house deal announcement date"),
 ("f-245", F, "Medicaid will pay $245 a month", "$245", "money", 245, 245, "USD", Y, "medicare/medicaid price under deal"),
 ("f-50", F, "a copay of $50 a month", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal"),
 ("f-50fig", F, "So the $50 figure", "$50", "money", 50, 50, "USD", N, "repeat"),
 ("f-apr27", F, "begin in April 2027", "April 2027", "date", 2027, 2027, "year", Y, "medicare copay start"),
 ("f-bmi27", F, "mass index above 27 who", "27", "bmi", 27, 27, "kg/m2", Y, "medicare coverage bmi threshold with prediabetes/cvd"),
 ("f-bmi30", F, "or a BMI above 30 with", "30", "bmi", 30, 30, "kg/m2", Y, "medicare coverage bmi threshold with comorbidity"),
 ("f-10", F, "about 10% of Medicare patients", "10%", "percent", 10, 10, "%", Y, "share of medicare patients expected to qualify"),
 ("f-nov24", F, "administration in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "biden obesity-coverage proposal"),
 ("f-34m", F, "have covered 3.4 million", "3.4 million", "count", 3400000, 3400000, "people", Y, "biden proposal medicare beneficiaries"),
 ("f-350", F, "to cost $350 a month there", "$350", "money", 350, 350, "USD", Y, "trumprx wegovy price"),
 ("f-5mg", F, "lowest Zepbound dose, 5 mg", "5 mg", "dose", 5, 5, "mg", Y, "zepbound lowest (starting) dose at $299"),
 ("f-299", F, "would cost $299", "$299", "money", 299, 299, "USD", Y, "zepbound lowest-dose cash price"),
 ("f-449", F, "other doses up to $449", "$449", "money", 449, 449, "USD", Y, "zepbound higher-dose cash price"),
 ("f-1349", F, "about $1,349 for Wegovy", "$1,349", "money", 1349, 1349, "USD", Y, "wegovy list price per month"),
 ("f-1086", F, "and $1,086 for Zepbound", "$1,086", "money", 1086, 1086, "USD", Y, "zepbound list price per month"),
 ("f-not50", F, "they are not $50", "$50", "money", 50, 50, "USD", N, "rhetorical"),
 ("f-pilldec", F, "approved by the FDA in December", "December", "date", 2025, 2025, "year", Y, "wegovy pill approval"),
 ("f-pillmo", F, "went on sale this month", "this month", "date", 2026, 2026, "year", Y, "wegovy pill launch"),
 ("f-149", F, "at $149 a month for its starting", "$149", "money", 149, 149, "USD", Y, "obesity pill starting-dose price"),
 ("f-92", F, "spent $9.2 billion on Ozempic", "$9.2 billion", "money", 9.2*G, 9.2*G, "USD", Y, "part d ozempic gross spending 2023"),
 ("f-2023", F, "on Ozempic in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-274", F, "price of $274 a month", "$274", "money", 274, 274, "USD", Y, "medicare negotiated semaglutide price"),
 ("f-71", F, "about 71% below list", "71%", "percent", 71, 71, "%", Y, "negotiated semaglutide price discount vs list"),
 ("f-jan27", F, "applies from January 2027", "January 2027", "date", 2027, 2027, "year", Y, "negotiated price effective year"),
 ("f-41", F, "products was $41 billion", "$41 billion", "money", 41*G, 41*G, "USD", Y, "part d gross spending on semaglutide products nov 2023-oct 2024"),
 ("f-12mo", F, "in the 12 months before", "12 months", "duration", 12, 12, "months", N, "spending period"),
 ("f-3y", F, "receive three years of relief", "three years", "duration", 3, 3, "years", Y, "tariff relief length"),
 ("f-r50a", F, "for weight loss for $50 a month. The", "$50", "money", 50, 50, "USD", N, "ruling restates claim"),
 ("f-r50", F, "The $50 copay is real", "$50", "money", 50, 50, "USD", Y, "medicare copay under deal (ruling)"),
 ("f-r1in10", F, "roughly one in 10", "one in 10", "percent", 10, 10, "%", N, "repeat"),
]

S, Q = "strict", "qualified"
# groups: (name, grade, right ids, wrong ids) -> every cross-document right x wrong pair
GROUPS = [
 ("S1 medicare/medicaid price $245 vs $350", S, ["w-245", "p-245", "a-245", "a-245b", "e-245", "l-245", "l-245b", "f-245"], ["b-350"]),
 ("S2 medicare copay $50 vs $35", S, ["w-50", "p-50", "a-50", "e-50", "b-50", "f-50", "f-r50"], ["l-35"]),
 ("S3 copay start 2026 vs 2027", S, ["w-apr", "p-apr1"], ["f-apr27"]),
 ("S4 tirzepatide shortage resolved 2024 vs 2025", S, ["p-dec19", "e-dec24"], ["l-declast"]),
 ("S5 zepbound list price 1086 vs 1059.87", S, ["w-1086", "e-1086", "f-1086"], ["a-1059"]),
 ("S6 zepbound 2.5 mg vial dec 2025 $299 vs $349", S, ["p-299", "e-299", "a-299", "f-299"], ["b-349"]),
 ("S7 trumprx wegovy $350 vs $346", S, ["w-350", "e-350", "f-350"], ["l-346"]),
 ("S8 part d ozempic 2023 $9.2B vs $4.6B", S, ["a-92", "f-92"], ["b-46"]),
 ("S9 semaglutide part d 12-month $14.4B vs $41B", S, ["e-144"], ["f-41"]),
 ("S10 employers 200+ covering 19% vs 43%", S, ["e-19", "l-19"], ["w-43"]),
 ("S11 5,000+ firms 2025 43% vs 28%", S, ["e-43", "l-43"], ["a-28"]),
 ("S12 negotiated discount 71% vs 79%", S, ["a-71", "f-71"], ["e-79"]),
 ("S13 drugs in second round 15 vs 10", S, ["e-15", "a-15"], ["w-10drugs"]),
 ("S14 biden medicare beneficiaries 3.4M vs 7.4M", S, ["l-34m", "f-34m"], ["w-74m"]),
 ("S15 intro offer two vs three months", S, ["p-2mo", "a-2mo", "e-2mo", "l-2mo"], ["b-3mo"]),
 ("S16 503A tirzepatide grace 60 vs 90 days", S, ["e-60d"], ["p-90d"]),
 ("S17 negotiated price effective 2027 vs 2026", S, ["a-jan27", "e-jan27", "f-jan27"], ["p-2026"]),
 ("S18 ozempic strength kept at $499: 2 mg vs 1 mg", S, ["e-2mg"], ["l-1mg"]),
 ("S19 zepbound lowest dose at $299: 2.5 mg vs 5 mg", S, ["p-25mg", "e-25mg", "a-25mg", "b-25mg"], ["f-5mg"]),
 ("S20 wegovy list price 1349 vs 1394 (transposed)", S, ["w-1349", "a-1349", "b-1349", "f-1349"], ["e-1394"]),
 # qualified (real discrepancies between real sources)
 ("Q1 pill starting price $149 (companies) vs about $150 (White House)", Q, ["w-149", "f-149"], ["e-150"]),
 ("Q2a NC board vote for 4 vs 5", Q, ["l-v4"], ["b-v5"]),
 ("Q2b NC board vote against 3 vs 4", Q, ["l-v3"], ["b-v4"]),
 ("Q3 zepbound higher-dose vial dec 2025 $449 (Lilly) vs $499 (Bloomberg/LA Times)", Q, ["p-449", "e-449", "a-449", "f-449"], ["b-499"]),
 ("Q4 part d ozempic 2019 $552M (OIG) vs $552.8M (KFF)", Q, ["a-552"], ["e-5528"]),
]


def rx(s):
    return r"\s+".join(re.escape(t) for t in s.split())


def locate(t, ctx, span):
    if "[[" in ctx:
        pre, rest = ctx.split("[[", 1)
        mid, post = rest.split("]]", 1)
        full = pre + mid + post
        ms = list(re.finditer(rx(full), t))
        if len(ms) != 1:
            return None, len(ms)
        m = ms[0]
        # locate mid inside the match: match the prefix part, then mid
        pm = re.match(rx(pre) + (r"\s*" if pre.endswith(" ") else "") if pre.strip() else "", m.group(0))
        off = pm.end() if pm else 0
        sm = re.match(r"\s*" + rx(mid), m.group(0)[off:])
        lead = len(m.group(0)[off:]) - len(m.group(0)[off:].lstrip())
        st = m.start() + off + lead
        return (st, st + (sm.end() - lead)), 1
    ms = list(re.finditer(rx(ctx), t))
    if len(ms) != 1:
        return None, len(ms)
    m = ms[0]
    sm = re.search(rx(span), m.group(0))
    if not sm:
        return "nospan", 1
    return (m.start() + sm.start(), m.start() + sm.end()), 1


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
        loc, n = locate(t, ctx, span)
        if loc is None:
            print(f"CONTEXT NOT UNIQUE ({n}): {cid} {ctx!r}"); ok = False; continue
        if loc == "nospan":
            print(f"SPAN NOT IN CONTEXT: {cid}"); ok = False; continue
        st, en = loc
        sl = t[st:en]
        if " ".join(sl.split()) != " ".join(span.split()):
            print(f"SLICE MISMATCH {cid}: {sl!r}"); ok = False; continue
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
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
    ngroups = {S: 0, Q: 0}
    for name, g, right, wrong in GROUPS:
        ngroups[g] += 1
        for a in right:
            for b in wrong:
                a2, b2 = f"{PFX}-{a}", f"{PFX}-{b}"
                assert a2 in docof and b2 in docof, (a2, b2)
                if docof[a2] == docof[b2]:
                    continue
                assert reqof[a2] and reqof[b2], (a2, b2)
                k = frozenset((a2, b2)); assert k not in seen, (a2, b2); seen.add(k)
                conf.append({"type": "conflict", "a": a2, "b": b2, "grade": g})
    if not ok:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows + conf:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows)-nreq}); conflicts "
          f"{len(conf)} (strict {sum(c['grade']=='strict' for c in conf)} in {ngroups[S]} groups, "
          f"qualified {sum(c['grade']=='qualified' for c in conf)} in {ngroups[Q]} groups)")


if __name__ == "__main__":
    main()
