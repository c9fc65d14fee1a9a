#!/usr/bin/env python3
"""Build obefazimod.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "obefazimod")
OUT = os.path.join(HERE, "obefazimod.gold.jsonl")
T = "obefazimod"

# (id, doc, context, span, kind, low, high, unit, required, topic)
W, P, A, E, B, L, F = ("OB01_wire.txt", "OB02_press.txt", "OB03_abstract.txt",
                       "OB04_explainer.txt", "OB05_blog.txt", "OB06_local.txt", "OB07_factcheck.txt")
Y = True; N = False
C = [
 # ---- OB01 wire (2025-07-24, Thursday)
 ("w-h650", W, "Abivax raises $650 million after", "$650 million", "money", 650e6, 650e6, "USD", N, "headline repeat"),
 ("w-dl", W, "PARIS, July 24", "July 24", "date", 2025, 2025, "year", N, "dateline"),
 ("w-650", W, "priced a $650 million share sale", "$650 million", "money", 650e6, 650e6, "USD", Y, "base offering size at pricing (before option)"),
 ("w-thu", W, "in New York on Thursday", "Thursday", "date", 2025, 2025, "year", Y, "offering pricing date (2025-07-24)"),
 ("w-two", W, "succeeded in two late-stage trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("w-ads", W, "sold 10,156,000 American", "10,156,000", "count", 10156000, 10156000, "ADSs", Y, "base offering ADSs"),
 ("w-64", W, "shares at $64.00 each", "$64.00", "money", 64, 64, "USD", Y, "offering price per ADS"),
 ("w-21", W, "a premium of 21% to", "21%", "percent", 21, 21, "%", Y, "premium to 3-day VWAP"),
 ("w-3days", W, "previous three trading sessions", "three", "count", 3, 3, "sessions", N, "vwap window"),
 ("w-30d", W, "have 30 days to buy", "30 days", "duration", 30, 30, "days", Y, "underwriters option period"),
 ("w-opt", W, "up to 1,523,400 additional", "1,523,400", "count", 1523400, 1523400, "ADSs", Y, "option ADSs"),
 ("w-740", W, "total above $740 million", "$740 million", "money", 740e6, 740e6, "USD", Y, "potential total with option (conditional)"),
 ("w-mon", W, "expected to close on Monday", "Monday", "date", 2025, 2025, "year", Y, "expected closing date (2025-07-28)"),
 ("w-400", W, "raise about $400 million", "$400 million", "money", 400e6, 400e6, "USD", Y, "initially intended raise"),
 ("w-tue", W, "said on Tuesday that its", "Tuesday", "date", 2025, 2025, "year", Y, "topline date (2025-07-22)"),
 ("w-8wk", W, "remission after eight weeks in both", "eight weeks", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("w-50a", W, "At the 50 mg dose, 16.4%", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("w-164", W, "dose, 16.4% more patients", "16.4%", "percent", 16.4, 16.4, "%", Y, "pooled 50 mg placebo-adjusted remission"),
 ("w-two2", W, "when the two trials were pooled", "two", "count", 2, 2, "trials", N, "aside"),
 ("w-193", W, "rate was 19.3% in ABTECT-1", "19.3%", "percent", 19.3, 19.3, "%", Y, "abtect-1 50 mg placebo-adjusted remission"),
 ("w-134", W, "and 13.4% in ABTECT-2", "13.4%", "percent", 13.4, 13.4, "%", Y, "abtect-2 50 mg placebo-adjusted remission"),
 ("w-25", W, "A lower 25 mg dose", "25 mg", "dose", 25, 25, "mg", Y, "lower dose tested"),
 ("w-214", W, "placebo-adjusted rate of 21.4%", "21.4%", "percent", 21.4, 21.4, "%", Y, "abtect-1 25 mg placebo-adjusted remission"),
 ("w-1275", W, "enrolled 1,275 adults", "1,275", "count", 1275, 1275, "patients", Y, "induction patients randomized"),
 ("w-600", W, "more than 600 sites", "600", "count", 600, 600, "sites", Y, "trial sites"),
 ("w-36", W, "sites in 36 countries", "36", "count", 36, 36, "countries", Y, "countries"),
 ("w-586", W, "closed up 586%", "586%", "percent", 586, 586, "%", Y, "nasdaq one-day gain at close jul 23"),
 ("w-6860", W, "at $68.60 on Wednesday", "$68.60", "money", 68.60, 68.60, "USD", Y, "nasdaq close jul 23"),
 ("w-wed", W, "$68.60 on Wednesday, from", "Wednesday", "date", 2025, 2025, "year", Y, "stock surge date (2025-07-23)"),
 ("w-10", W, "from $10.00 the day before", "$10.00", "money", 10, 10, "USD", Y, "prior close jul 22"),
 ("w-7135", W, "touching $71.35", "$71.35", "money", 71.35, 71.35, "USD", Y, "intraday high"),
 ("w-3b", W, "more than $3 billion", "$3 billion", "money", 3e9, 3e9, "USD", Y, "market value after surge"),
 ("w-yr", W, "hold up over a year", "a year", "duration", 1, 1, "years", N, "quote, vague"),
 ("w-48wk", W, "in the 48-week maintenance study", "48-week", "duration", 48, 48, "weeks", Y, "maintenance trial duration"),
 ("w-678", W, "in which 678 patients", "678", "count", 678, 678, "patients", Y, "patients entering maintenance part 1"),
 ("w-q2", W, "second quarter of next year", "second quarter of next year", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("w-h2", W, "second half of next year", "second half of next year", "date", 2026, 2026, "year", Y, "nda/maa submission planned"),
 ("w-101", W, "price target of $101", "$101", "money", 101, 101, "USD", Y, "guggenheim target"),
 ("w-95", W, "target to $95 from $33", "$95", "money", 95, 95, "USD", Y, "citizens jmp new target"),
 ("w-33", W, "$95 from $33", "$33", "money", 33, 33, "USD", Y, "citizens jmp old target"),
 ("w-70", W, "moved to $70 from $42", "$70", "money", 70, 70, "USD", Y, "piper sandler new target"),
 ("w-42", W, "$70 from $42", "$42", "money", 42, 42, "USD", Y, "piper sandler old target"),
 ("w-tueeve", W, "on a call on Tuesday evening", "Tuesday", "date", 2025, 2025, "year", N, "call date"),
 ("w-2013", W, "founded in 2013", "2013", "date", 2013, 2013, "year", N, "founding year (aside)"),
 ("w-2015", W, "listed in Paris in 2015", "2015", "date", 2015, 2015, "year", Y, "euronext listing year"),
 ("w-oct23", W, "on Nasdaq in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "nasdaq listing"),
 ("w-236", W, "raised about $236 million", "$236 million", "money", 236e6, 236e6, "USD", Y, "2023 nasdaq ipo proceeds"),
 ("w-16", W, "fallen about 16%", "16%", "percent", 16, 16, "%", Y, "12-month share decline before data"),
 ("w-12mo", W, "over the past 12 months", "12 months", "duration", 12, 12, "months", N, "timeframe"),
 ("w-5m", W, "some 5 million shares", "5 million", "count", 5e6, 5e6, "shares", Y, "wednesday volume by midmorning"),
 ("w-3mo", W, "a three-month daily average", "three-month", "duration", 3, 3, "months", N, "timeframe"),
 ("w-426", W, "about 426,000", "426,000", "count", 426000, 426000, "shares", Y, "3-month average daily volume"),

 # ---- OB02 press (2025-07-28)
 ("p-h747", P, "Closing of its $747.5 Million", "$747.5 Million", "money", 747.5e6, 747.5e6, "USD", N, "headline repeat"),
 ("p-s747", P, "Gross proceeds of approximately $747.5 million", "$747.5 million", "money", 747.5e6, 747.5e6, "USD", N, "subtitle repeat"),
 ("p-s637", P, "$747.5 million (€637.5 million) after full", "€637.5 million", "money", 637.5e6, 637.5e6, "EUR", N, "subtitle repeat"),
 ("p-s2027", P, "fund operations into the fourth quarter of 2027\n", "fourth quarter of 2027", "date", 2027, 2027, "year", N, "subtitle repeat (runway)"),
 ("p-dl", P, "July 28, 2025 - 10:30", "July 28, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-one", P, "each representing one ordinary share", "one", "count", 1, 1, "shares", N, "ads ratio"),
 ("p-nom", P, "nominal value €0.01", "€0.01", "money", 0.01, 0.01, "EUR", N, "nominal value"),
 ("p-ads", P, "consisted of 11,679,400 ADSs", "11,679,400", "count", 11679400, 11679400, "ADSs", Y, "total ADSs sold incl option"),
 ("p-opt", P, "including 1,523,400 ADSs", "1,523,400", "count", 1523400, 1523400, "ADSs", Y, "option ADSs"),
 ("p-64", P, "price of $64.00 per ADS", "$64.00", "money", 64, 64, "USD", Y, "offering price per ADS"),
 ("p-5458", P, "€54.58 per ordinary share", "€54.58", "money", 54.58, 54.58, "EUR", Y, "offering price per share in euros"),
 ("p-21", P, "premium of 21.0%", "21.0%", "percent", 21.0, 21.0, "%", Y, "premium to 3-day VWAP"),
 ("p-3days", P, "over the last three trading days", "three", "count", 3, 3, "days", N, "vwap window"),
 ("p-747", P, "amount to approximately $747.5 million", "$747.5 million", "money", 747.5e6, 747.5e6, "USD", Y, "final gross proceeds"),
 ("p-637", P, "(approximately €637.5 million), and", "€637.5 million", "money", 637.5e6, 637.5e6, "EUR", Y, "final gross proceeds eur"),
 ("p-700", P, "approximately $700.3 million", "$700.3 million", "money", 700.3e6, 700.3e6, "USD", Y, "net proceeds"),
 ("p-597", P, "approximately €597 million", "€597 million", "money", 597e6, 597e6, "EUR", Y, "net proceeds eur"),
 ("p-2027", P, "operations into the fourth quarter of 2027, which", "fourth quarter of 2027", "date", 2027, 2027, "year", Y, "cash runway end"),
 ("p-12mo", P, "which is 12 months beyond", "12 months", "duration", 12, 12, "months", Y, "runway beyond nda submission"),
 ("p-jul22", P, "On July 22, 2025, Abivax", "July 22, 2025", "date", 2025, 2025, "year", Y, "topline date"),
 ("p-two", P, "results from its two 8-week", "two", "count", 2, 2, "trials", N, "aside"),
 ("p-8wk", P, "two 8-week phase 3", "8-week", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("p-1275", P, "randomized 1,275 patients", "1,275", "count", 1275, 1275, "patients", Y, "induction patients randomized"),
 ("p-600", P, "more than 600 clinical sites", "600", "count", 600, 600, "sites", Y, "trial sites"),
 ("p-36", P, "sites in 36 countries", "36", "count", 36, 36, "countries", Y, "countries"),
 ("p-50", P, "The 50 mg once-daily dose of obefazimod met", "50 mg", "dose", 50, 50, "mg", Y, "dose"),
 ("p-wk8", P, "clinical remission at Week 8 in both", "Week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("p-164", P, "remission rate of 16.4%", "16.4%", "percent", 16.4, 16.4, "%", Y, "pooled 50 mg placebo-adjusted remission"),
 ("p-pv", P, "16.4% (p<0.0001)", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-193", P, "rates of 19.3% in ABTECT-1", "19.3%", "percent", 19.3, 19.3, "%", Y, "abtect-1 50 mg placebo-adjusted remission"),
 ("p-134", P, "and 13.4% in ABTECT-2", "13.4%", "percent", 13.4, 13.4, "%", Y, "abtect-2 50 mg placebo-adjusted remission"),
 ("p-25", P, "The 25 mg dose met", "25 mg", "dose", 25, 25, "mg", Y, "lower dose"),
 ("p-214", P, "remission rate of 21.4%", "21.4%", "percent", 21.4, 21.4, "%", Y, "abtect-1 25 mg placebo-adjusted remission"),
 ("p-286", P, "response rate of 28.6%", "28.6%", "percent", 28.6, 28.6, "%", Y, "pooled 25 mg placebo-adjusted clinical response"),
 ("p-473", P, "Overall, 47.3% of participants", "47.3%", "percent", 47.3, 47.3, "%", Y, "share with prior advanced therapy failure"),
 ("p-one2", P, "at least one prior advanced therapy", "one", "count", 1, 1, "therapies", N, "definition"),
 ("p-678", P, "trials, 678 achieved", "678", "count", 678, 678, "patients", Y, "patients entering maintenance part 1"),
 ("p-44wk", P, "Part 1 of the 44-week", "44-week", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("p-q2", P, "expected in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("p-h2", P, "in the second half of 2026.", "second half of 2026", "date", 2026, 2026, "year", Y, "nda/maa submission planned"),
 ("p-2015", P, "Euronext Paris since 2015", "2015", "date", 2015, 2015, "year", N, "about section"),
 ("p-oct23", P, "since October 2023", "October 2023", "date", 2023, 2023, "year", Y, "nasdaq listing"),
 ("p-fy24", P, "December 31, 2024", "December 31, 2024", "date", 2024, 2024, "year", N, "fiscal year reference"),
]
C += [
 # ---- OB03 abstract (2025-10-06)
 ("a-pub", A, "Published online: 6 October 2025", "6 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-conf", A, "Gastroenterology Week 2025", "2025", "date", 2025, 2025, "year", N, "meeting name"),
 ("a-t8", A, "Obefazimod as 8-week induction", "8-week", "duration", 8, 8, "weeks", N, "title repeat"),
 ("a-254", A, "(N = 254)", "254", "count", 254, 254, "patients", Y, "phase 2b induction patients"),
 ("a-three", A, "all three doses tested", "three", "count", 3, 3, "doses", N, "aside"),
 ("a-p2d", A, "tested (25, 50 and 100 mg)", "25, 50 and 100 mg", "dose", 25, 100, "mg", Y, "phase 2b doses"),
 ("a-wk8a", A, "(MMS) at week 8 versus", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-from50", A, "de-escalated from 50 mg to 25 mg", "50 mg", "dose", 50, 50, "mg", Y, "ole dose before de-escalation"),
 ("a-to25", A, "from 50 mg to 25 mg QD", "25 mg", "dose", 25, 25, "mg", Y, "ole dose after de-escalation"),
 ("a-84", A, "observed in 84% (95/113)", "84%", "percent", 84, 84, "%", Y, "ole remission week 48"),
 ("a-95", A, "84% (95/113)", "95", "count", 95, 95, "patients", N, "numerator"),
 ("a-113", A, "(95/113)", "113", "count", 113, 113, "patients", N, "denominator"),
 ("a-wk48", A, "at week 48 and 87%", "week 48", "duration", 48, 48, "weeks", N, "timepoint"),
 ("a-87", A, "and 87% (64/74)", "87%", "percent", 87, 87, "%", Y, "ole remission week 96"),
 ("a-64", A, "87% (64/74)", "64", "count", 64, 64, "patients", N, "numerator"),
 ("a-74", A, "(64/74)", "74", "count", 74, 74, "patients", N, "denominator"),
 ("a-wk96", A, "at week 96[2]", "week 96", "duration", 96, 96, "weeks", N, "timepoint"),
 ("a-8wk", A, "were identical 8-week trials", "8-week", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("a-600", A, "at more than 600 sites", "600", "count", 600, 600, "sites", Y, "trial sites"),
 ("a-36", A, "sites in 36 countries", "36", "count", 36, 36, "countries", Y, "countries"),
 ("a-mms", A, "with MMS 5–9 and", "5–9", "count", 5, 9, "points", N, "eligibility score range"),
 ("a-211", A, "randomised 2:1:1 to", "2:1:1", "ratio", 2, 2, "ratio", N, "randomisation ratio"),
 ("a-m50", A, "to obefazimod 50 mg, obefazimod 25 mg", "50 mg", "dose", 50, 50, "mg", Y, "doses tested"),
 ("a-m25", A, "obefazimod 25 mg or placebo QD", "25 mg", "dose", 25, 25, "mg", Y, "doses tested"),
 ("a-wk8b", A, "clinical remission by MMS at week 8", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-wk8c", A, "Week 8 responders could", "Week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-44wk", A, "enter the 44-week randomised", "44-week", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("a-wk52", A, "assessed at week 52 from induction", "week 52", "duration", 52, 52, "weeks", Y, "maintenance primary timepoint from induction baseline"),
 ("a-4yr", A, "of up to 4 years", "4 years", "duration", 4, 4, "years", Y, "long-term extension"),
 ("a-1275", A, "N = 1,275 patients", "1,275", "count", 1275, 1275, "patients", Y, "induction patients randomized"),
 ("a-1272", A, "of whom 1,272 were treated", "1,272", "count", 1272, 1272, "patients", Y, "induction patients treated"),
 ("a-3", A, "(3 in ABTECT-1 were", "3", "count", 3, 3, "patients", Y, "randomized not treated"),
 ("a-n1p", A, "placebo n=158", "158", "count", 158, 158, "patients", Y, "abtect-1 placebo n"),
 ("a-n1l", A, "25 mg n=160", "160", "count", 160, 160, "patients", Y, "abtect-1 25 mg n"),
 ("a-n1l25", A, "n=158, 25 mg n=160", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-n1h50", A, "n=160, 50 mg n=318; ABTECT-2", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("a-n1h", A, "n=318; ABTECT-2", "318", "count", 318, 318, "patients", Y, "abtect-1 50 mg n"),
 ("a-n2p", A, "placebo n=159", "159", "count", 159, 159, "patients", Y, "abtect-2 placebo n"),
 ("a-n2l25", A, "n=159, 25 mg n=159", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-n2l", A, "25 mg n=159, 50", "159", "count", 159, 159, "patients", Y, "abtect-2 25 mg n"),
 ("a-n2h50", A, "n=159, 50 mg n=318. Overall", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("a-n2h", A, "n=318. Overall", "318", "count", 318, 318, "patients", Y, "abtect-2 50 mg n"),
 ("a-473", A, "Overall, 47.3% had", "47.3%", "percent", 47.3, 47.3, "%", Y, "share with prior advanced therapy failure"),
 ("a-one", A, "to at least one AT", "one", "count", 1, 1, "therapies", N, "definition"),
 ("a-wk8d", A, "Clinical remission at week 8 with 50 mg", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-r50", A, "at week 8 with 50 mg was 21.7%", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("a-217", A, "was 21.7% versus", "21.7%", "percent", 21.7, 21.7, "%", Y, "abtect-1 50 mg remission"),
 ("a-25", A, "versus 2.5% with placebo", "2.5%", "percent", 2.5, 2.5, "%", Y, "abtect-1 placebo remission"),
 ("a-193", A, "adjusted difference 19.3 percentage points", "19.3 percentage points", "percent", 19.3, 19.3, "pp", Y, "abtect-1 50 mg placebo-adjusted remission"),
 ("a-193ci", A, "95% CI 14.2 to 24.5", "14.2 to 24.5", "percent", 14.2, 24.5, "pp", Y, "ci"),
 ("a-p1", A, "24.5; P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-198", A, "and 19.8% versus 6.3%", "19.8%", "percent", 19.8, 19.8, "%", Y, "abtect-2 50 mg remission"),
 ("a-63", A, "19.8% versus 6.3%", "6.3%", "percent", 6.3, 6.3, "%", Y, "abtect-2 placebo remission"),
 ("a-134", A, "(13.4 points; 95% CI 7.6", "13.4 points", "percent", 13.4, 13.4, "pp", Y, "abtect-2 50 mg placebo-adjusted remission"),
 ("a-134ci", A, "95% CI 7.6 to 19.2", "7.6 to 19.2", "percent", 7.6, 19.2, "pp", Y, "ci"),
 ("a-p2", A, "19.2; P=0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-208", A, "the rates were 20.8% and 4.4%", "20.8%", "percent", 20.8, 20.8, "%", Y, "pooled 50 mg remission (computed)"),
 ("a-44", A, "were 20.8% and 4.4%", "4.4%", "percent", 4.4, 4.4, "%", Y, "pooled placebo remission (computed)"),
 ("a-164", A, "(16.4 points; 95% CI 12.5", "16.4 points", "percent", 16.4, 16.4, "pp", Y, "pooled 50 mg placebo-adjusted remission"),
 ("a-164ci", A, "95% CI 12.5 to 20.3", "12.5 to 20.3", "percent", 12.5, 20.3, "pp", Y, "ci"),
 ("a-p3", A, "20.3; P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-d", A, "ABTECT-2, −3.8 points", "−3.8 points", "percent", -3.8, -3.8, "pp", Y, "placebo remission difference between trials (computed)"),
 ("a-dci", A, "95% CI −8.3 to 0.7", "−8.3 to 0.7", "percent", -8.3, 0.7, "pp", Y, "ci"),
 ("a-w25", A, "With 25 mg, the adjusted", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-214", A, "was 21.4 points in ABTECT-1", "21.4 points", "percent", 21.4, 21.4, "pp", Y, "abtect-1 25 mg placebo-adjusted remission"),
 ("a-p4", A, "ABTECT-1 (P<0.0001); the difference", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-pool25", A, "In the pooled 25 mg population", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-286", A, "response rate was 28.6%", "28.6%", "percent", 28.6, 28.6, "%", Y, "pooled 25 mg placebo-adjusted clinical response"),
 ("a-e50", A, "Endoscopic remission with 50 mg", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("a-179", A, "was 17.9% versus 4.4% in ABTECT-1", "17.9%", "percent", 17.9, 17.9, "%", Y, "abtect-1 50 mg endoscopic remission"),
 ("a-e44", A, "17.9% versus 4.4% in ABTECT-1", "4.4%", "percent", 4.4, 4.4, "%", Y, "abtect-1 placebo endoscopic remission"),
 ("a-136", A, "(13.6 points; P<0.0001)", "13.6 points", "percent", 13.6, 13.6, "pp", Y, "abtect-1 endoscopic remission difference"),
 ("a-p5", A, "13.6 points; P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-189", A, "and 18.9% versus 5.7%", "18.9%", "percent", 18.9, 18.9, "%", Y, "abtect-2 50 mg endoscopic remission"),
 ("a-57", A, "18.9% versus 5.7%", "5.7%", "percent", 5.7, 5.7, "%", Y, "abtect-2 placebo endoscopic remission"),
 ("a-132", A, "(13.2 points; P=0.0001)", "13.2 points", "percent", 13.2, 13.2, "pp", Y, "abtect-2 endoscopic remission difference"),
 ("a-p6", A, "13.2 points; P=0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-k50", A, "were met with 50 mg in both trials", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("a-678", A, "In total, 678 week-8", "678", "count", 678, 678, "patients", Y, "patients entering maintenance part 1"),
 ("a-wk8e", A, "678 week-8 responders", "week-8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-111", A, "re-randomised 1:1:1", "1:1:1", "ratio", 1, 1, "ratio", N, "randomisation ratio"),
 ("a-mt25", A, "to placebo, 25 mg or 50 mg QD", "25 mg", "dose", 25, 25, "mg", Y, "maintenance doses"),
 ("a-mt50", A, "25 mg or 50 mg QD.", "50 mg", "dose", 50, 50, "mg", Y, "maintenance doses"),
 ("a-c50", A, "Obefazimod 50 mg QD induced", "50 mg", "dose", 50, 50, "mg", N, "conclusion repeat"),
 ("a-wk8f", A, "endoscopic remission at week 8 in two", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("a-two", A, "week 8 in two phase 3 trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("a-44c", A, "determined by the 44-week maintenance", "44-week", "duration", 44, 44, "weeks", N, "conclusion repeat"),
 ("a-cut", A, "cut-off 11 September 2024", "11 September 2024", "date", 2024, 2024, "year", N, "reference cut-off"),

 # ---- OB04 explainer (2025-09-03)
 ("e-upd", E, "Updated September 3, 2025", "September 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-two", E, "after two large trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-once", E, "by mouth once a day", "once a day", "count", 1, 1, "doses/day", N, "dosing frequency"),
 ("e-two2", E, "The two main studies", "two", "count", 2, 2, "trials", N, "aside"),
 ("e-8wk", E, "tested the pill for eight weeks", "eight weeks", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("e-1272", E, "In total, 1,272 patients took part", "1,272", "count", 1272, 1272, "patients", Y, "induction patients (treated)"),
 ("e-half", E, "nearly half of them", "nearly half", "percent", 50, 50, "%", Y, "share with prior advanced therapy failure"),
 ("e-one", E, "tried at least one advanced", "one", "count", 1, 1, "therapies", N, "definition"),
 ("e-50", E, "at random to 50 mg, 25 mg", "50 mg", "dose", 50, 50, "mg", Y, "doses tested"),
 ("e-25", E, "50 mg, 25 mg or a placebo", "25 mg", "dose", 25, 25, "mg", Y, "doses tested"),
 ("e-twice", E, "with twice as many", "twice", "ratio", 2, 2, "x", N, "randomisation ratio"),
 ("e-g50", E, "getting the 50 mg dose as either", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("e-8wk2", E, "After eight weeks, about", "eight weeks", "duration", 8, 8, "weeks", N, "timepoint"),
 ("e-1in5", E, "about one in five people", "one in five", "percent", 20, 20, "%", Y, "pooled 50 mg remission (approx)"),
 ("e-o50", E, "people on 50 mg were in", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("e-217", E, "In the first trial, 21.7%", "21.7%", "percent", 21.7, 21.7, "%", Y, "abtect-1 50 mg remission"),
 ("e-63a", E, "compared with 6.3% on placebo", "6.3%", "percent", 6.3, 6.3, "%", Y, "abtect-1 placebo remission (wrong: abtect-2's)"),
 ("e-198", E, "the figures were 19.8% and", "19.8%", "percent", 19.8, 19.8, "%", Y, "abtect-2 50 mg remission"),
 ("e-63b", E, "19.8% and 6.3%.", "6.3%", "percent", 6.3, 6.3, "%", Y, "abtect-2 placebo remission"),
 ("e-gap50", E, "For the 50 mg dose that gap", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("e-164", E, "gap was 16.4 percentage points", "16.4 percentage points", "percent", 16.4, 16.4, "pp", Y, "pooled 50 mg placebo-adjusted remission"),
 ("e-w25", E, "The 25 mg dose worked", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("e-three", E, "adds up three things", "three", "count", 3, 3, "subscores", N, "definition"),
 ("e-03", E, "scored from 0 to 3", "0 to 3", "count", 0, 3, "points", N, "definition"),
 ("e-9", E, "up to 9 points", "9 points", "count", 9, 9, "points", N, "definition"),
 ("e-rin", E, "for UC in March 2022", "March 2022", "date", 2022, 2022, "year", Y, "rinvoq uc approval (rival)"),
 ("e-vel", E, "was approved in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "velsipity approval (rival)"),
 ("e-8wk3", E, "responded in the eight-week studies", "eight-week", "duration", 8, 8, "weeks", N, "repeat"),
 ("e-44wk", E, "join a 44-week maintenance study", "44-week", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("e-687", E, "Of those, 687 entered", "687", "count", 687, 687, "patients", Y, "patients entering maintenance part 1 (transposed)"),
 ("e-q2", E, "expected in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("e-2027", E, "in the second half of 2027", "second half of 2027", "date", 2027, 2027, "year", Y, "nda submission planned (wrong year)"),
 ("e-yr", E, "usually takes about a year", "about a year", "duration", 1, 1, "years", Y, "fda review time"),
 ("e-3b", E, "as much as $3 billion a year", "$3 billion", "money", 3e9, 3e9, "USD", Y, "analyst peak sales forecast"),
 ("e-254", E, "phase 2b study of 254 patients", "254", "count", 254, 254, "patients", Y, "phase 2b patients"),
 ("e-three2", E, "tested three doses", "three", "count", 3, 3, "doses", N, "aside"),
 ("e-p2d", E, "three doses, 25 mg, 50 mg and 100 mg", "25 mg, 50 mg and 100 mg", "dose", 25, 100, "mg", Y, "phase 2b doses"),
 ("e-all3", E, "All three lowered", "three", "count", 3, 3, "doses", N, "aside"),
 ("e-8wk4", E, "disease scores after eight weeks", "eight weeks", "duration", 8, 8, "weeks", N, "timepoint"),
 ("e-100", E, "The 100 mg dose was not", "100 mg", "dose", 100, 100, "mg", Y, "dropped dose"),
 ("e-yrlong", E, "results of the year-long maintenance", "year-long", "duration", 1, 1, "years", N, "approximate (52 weeks from induction)"),
 ("e-next", E, "due next year, will show", "next year", "date", 2026, 2026, "year", N, "maintenance readout (repeat)"),
]
C += [
 ("e-single", E, "block a single immune signal", "single", "count", 1, 1, "signals", N, "aside"),
 # ---- OB05 blog (2025-08-12)
 ("b-by", B, "Natarajan | August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-single", B, "in a single trading session", "single", "count", 1, 1, "sessions", N, "aside"),
 ("b-553", B, "closed up 553% on July 23", "553%", "percent", 553, 553, "%", Y, "nasdaq one-day gain at close (wrong: intraday figure)"),
 ("b-jul23", B, "553% on July 23", "July 23", "date", 2025, 2025, "year", Y, "stock surge date"),
 ("b-650", B, "raised $650 million in total", "$650 million", "money", 650e6, 650e6, "USD", Y, "final gross proceeds (wrong: base deal)"),
 ("b-wk8", B, "clinical remission at week 8 with the 50 mg dose", "week 8", "duration", 8, 8, "weeks", N, "timepoint"),
 ("b-50", B, "at week 8 with the 50 mg dose. The", "50 mg", "dose", 50, 50, "mg", Y, "dose"),
 ("b-193", B, "rate was 19.3% in ABTECT-1", "19.3%", "percent", 19.3, 19.3, "%", Y, "abtect-1 50 mg placebo-adjusted remission"),
 ("b-143", B, "and 14.3% in ABTECT-2", "14.3%", "percent", 14.3, 14.3, "%", Y, "abtect-2 50 mg placebo-adjusted remission (transposed)"),
 ("b-164", B, "and 16.4% when the trials", "16.4%", "percent", 16.4, 16.4, "%", Y, "pooled 50 mg placebo-adjusted remission"),
 ("b-25", B, "The 25 mg dose won", "25 mg", "dose", 25, 25, "mg", Y, "lower dose"),
 ("b-286", B, "response rate was 28.6% above placebo", "28.6%", "percent", 28.6, 28.6, "%", Y, "pooled 25 mg placebo-adjusted clinical response"),
 ("b-8wk", B, "for an eight-week induction", "eight-week", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("b-473", B, "where 47.3% had", "47.3%", "percent", 47.3, 47.3, "%", Y, "share with prior advanced therapy failure"),
 ("b-one", B, "failed at least one advanced", "one", "count", 1, 1, "therapies", N, "definition"),
 ("b-two", B, "difference between the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("b-1275", B, "randomized 1,275 patients", "1,275", "count", 1275, 1275, "patients", Y, "induction patients randomized"),
 ("b-35", B, "patients in 35 countries", "35", "count", 35, 35, "countries", Y, "countries (wrong)"),
 ("b-cwk8", B, "remission at week 8, 50 mg dose, by trial", "week 8", "duration", 8, 8, "weeks", N, "chart caption"),
 ("b-c50", B, "week 8, 50 mg dose, by trial", "50 mg", "dose", 50, 50, "mg", N, "chart caption"),
 ("b-half", B, "the other half of the story", "half", "percent", 50, 50, "%", N, "figure of speech"),
 ("b-lastyr", B, "on Nasdaq in October last year", "October last year", "date", 2024, 2024, "year", Y, "nasdaq listing (resolves to 2024)"),
 ("b-2027", B, "into the fourth quarter of 2027", "fourth quarter of 2027", "date", 2027, 2027, "year", Y, "cash runway end"),
 ("b-64", B, "sold at $64.00 each", "$64.00", "money", 64, 64, "USD", Y, "offering price per ADS"),
 ("b-21", B, "a 21% premium", "21%", "percent", 21, 21, "%", Y, "premium to vwap"),
 ("b-678", B, "trial. 678 responders", "678", "count", 678, 678, "patients", Y, "patients entering maintenance part 1"),
 ("b-44wk", B, "part of the 44-week study", "44-week", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("b-q2", B, "due in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("b-wk44", B, "Durable remission at week 44", "week 44", "duration", 44, 44, "weeks", N, "timepoint"),
 ("b-d25", B, "If 25 mg holds up", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("b-from50", B, "stepped down from 50 mg to 25 mg", "50 mg", "dose", 50, 50, "mg", Y, "ole dose before de-escalation"),
 ("b-to25", B, "from 50 mg to 25 mg after", "25 mg", "dose", 25, 25, "mg", Y, "ole dose after de-escalation"),
 ("b-84", B, "and 84% were in remission", "84%", "percent", 84, 84, "%", Y, "ole remission week 48"),
 ("b-wk48", B, "in remission at week 48", "week 48", "duration", 48, 48, "weeks", N, "timepoint"),
 ("b-fullyr", B, "A full year of placebo-controlled", "full year", "duration", 1, 1, "years", N, "approximate"),
 ("b-8wk2", B, "than any eight-week snapshot", "eight-week", "duration", 8, 8, "weeks", N, "repeat"),
 ("b-h2", B, "submit in the second half of 2026", "second half of 2026", "date", 2026, 2026, "year", Y, "nda submission planned"),
 ("b-rel2y", B, "Etrasimod two years on", "two years", "duration", 2, 2, "years", N, "related link"),
 ("b-relaug", B, "pipeline tracker, August 2025", "August 2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-24", B, "24 comments", "24", "count", 24, 24, "comments", N, "page furniture"),
 ("b-c1", B, "GutFeelings_MD, August 13, 2025", "August 13, 2025", "date", 2025, 2025, "year", N, "comment date"),
 ("b-c2", B, "RxRick, August 13, 2025", "August 13, 2025", "date", 2025, 2025, "year", N, "comment date"),

 # ---- OB06 local (2025-08-05), hard-wrapped
 ("l-dl", L, "Tuesday, August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-one", L, "at the centre of one of the biggest", "one", "count", 1, 1, "stories", N, "figure of speech"),
 ("l-lastmo", L, "biotech last month", "last month", "date", 2025, 2025, "year", N, "vague (july 2025)"),
 ("l-two", L, "succeeded in two phase 3 trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("l-jul22", L, "reported on July 22 that", "July 22", "date", 2025, 2025, "year", Y, "topline date"),
 ("l-50", L, "that its 50 mg once-daily dose", "50 mg", "dose", 50, 50, "mg", Y, "dose"),
 ("l-193", L, "produced a 19.3% placebo-", "19.3%", "percent", 19.3, 19.3, "%", Y, "pooled 50 mg placebo-adjusted remission (wrong: abtect-1 figure)"),
 ("l-two2", L, "rate across the two trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("l-8wk", L, "after eight weeks of treatment", "eight weeks", "duration", 8, 8, "weeks", Y, "induction duration"),
 ("l-two3", L, "The two trials enrolled", "two", "count", 2, 2, "trials", N, "aside"),
 ("l-1275", L, "enrolled 1,275 adults", "1,275", "count", 1275, 1275, "patients", Y, "induction patients randomized"),
 ("l-600", L, "more than 600 hospitals", "600", "count", 600, 600, "sites", Y, "trial sites"),
 ("l-36", L, "clinics in 36 countries", "36", "count", 36, 36, "countries", Y, "countries"),
 ("l-half", L, "nearly one patient in two", "one patient in two", "percent", 50, 50, "%", Y, "share with prior advanced therapy failure"),
 ("l-517", L, "closed up 517%", "517%", "percent", 517, 517, "%", Y, "euronext paris one-day gain at close"),
 ("l-jul23", L, "517% on July 23", "July 23", "date", 2025, 2025, "year", Y, "stock surge date"),
 ("l-6860", L, "priced at $68.60 a share", "$68.60", "money", 68.60, 68.60, "USD", Y, "offering price per ADS (wrong: nasdaq close)"),
 ("l-747", L, "about $747.5 million before fees", "$747.5 million", "money", 747.5e6, 747.5e6, "USD", Y, "final gross proceeds"),
 ("l-one2", L, "\"Now it is one of the most", "one", "count", 1, 1, "companies", N, "figure of speech"),
 ("l-2027", L, "into the fourth quarter of 2027", "fourth quarter of 2027", "date", 2027, 2027, "year", Y, "cash runway end"),
 ("l-350", L, "has a $350 million at-the-market", "$350 million", "money", 350e6, 350e6, "USD", Y, "atm program size (wrong: shelf figure)"),
 ("l-jun15", L, "in June 2015, raising", "June 2015", "date", 2015, 2015, "year", Y, "euronext ipo"),
 ("l-577", L, "raising €57.7 million", "€57.7 million", "money", 57.7e6, 57.7e6, "EUR", Y, "euronext ipo proceeds"),
 ("l-2130", L, "at €21.30 a share", "€21.30", "money", 21.30, 21.30, "EUR", Y, "euronext ipo price"),
 ("l-oct23", L, "Nasdaq listing in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "nasdaq listing"),
 ("l-from100", L, "had taken the 100 mg dose for years", "100 mg", "dose", 100, 100, "mg", Y, "ole dose before de-escalation (wrong)"),
 ("l-to50", L, "stepped down to 50 mg once daily", "50 mg", "dose", 50, 50, "mg", Y, "ole dose after de-escalation (wrong)"),
 ("l-lastyr", L, "company presented last year", "last year", "date", 2024, 2024, "year", N, "presentation year (vague)"),
 ("l-44wk", L, "The 44-week ABTECT", "44-week", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("l-678", L, "with 678 patients", "678", "count", 678, 678, "patients", Y, "patients entering maintenance part 1"),
 ("l-q2", L, "in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("l-h2", L, "second half of that year", "second half of that year", "date", 2026, 2026, "year", Y, "nda submission planned"),

 # ---- OB07 fact-check (2025-08-20)
 ("f-h1in5", F, "pill put \"1 in 5\" patients", "1 in 5", "percent", 20, 20, "%", N, "headline (post claim)"),
 ("f-h2030", F, "cash \"until 2030\"?", "2030", "date", 2030, 2030, "year", N, "headline (post claim)"),
 ("f-by", F, "Verify Desk | August 20, 2025", "August 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-12k", F, "more than 12,000 times", "12,000", "count", 12000, 12000, "shares", Y, "post shares"),
 ("f-c1in5", F, "\"put 1 in 5 patients", "1 in 5", "percent", 20, 20, "%", N, "post claim"),
 ("f-c8wk", F, "in just 8 weeks", "8 weeks", "duration", 8, 8, "weeks", N, "post claim"),
 ("f-c34", F, "raised three-quarters of a billion dollars,\"", "three-quarters of a billion dollars", "money", 750e6, 750e6, "USD", N, "post claim"),
 ("f-c2030", F, "bank until 2030.\"", "2030", "date", 2030, 2030, "year", N, "post claim"),
 ("f-v2030", F, "ends well before 2030", "2030", "date", 2030, 2030, "year", N, "verdict reference year"),
 ("f-two", F, "results from two phase 3 trials", "two", "count", 2, 2, "trials", N, "aside"),
 ("f-jul22", F, "ABTECT-2, on July 22", "July 22", "date", 2025, 2025, "year", Y, "topline date"),
 ("f-50a", F, "who took the 50 mg dose, 20.8%", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("f-208", F, "dose, 20.8% were", "20.8%", "percent", 20.8, 20.8, "%", Y, "pooled 50 mg remission"),
 ("f-8wk", F, "remission after eight weeks when", "eight weeks", "duration", 8, 8, "weeks", N, "timepoint"),
 ("f-m1in5", F, "matches the post's \"1 in 5.\"", "1 in 5", "percent", 20, 20, "%", N, "post claim repeat"),
 ("f-44", F, "But 4.4% of patients", "4.4%", "percent", 4.4, 4.4, "%", Y, "pooled placebo remission"),
 ("f-164", F, "which was 16.4 percentage points", "16.4 percentage points", "percent", 16.4, 16.4, "pp", Y, "pooled 50 mg placebo-adjusted remission"),
 ("f-217", F, "alone, 21.7% of patients", "21.7%", "percent", 21.7, 21.7, "%", Y, "abtect-1 50 mg remission"),
 ("f-50b", F, "21.7% of patients on 50 mg reached", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("f-25", F, "against 2.5% on placebo", "2.5%", "percent", 2.5, 2.5, "%", Y, "abtect-1 placebo remission"),
 ("f-single", F, "at a single visit", "single", "count", 1, 1, "visits", N, "aside"),
 ("f-189", F, "in ABTECT-1, 18.9% of patients", "18.9%", "percent", 18.9, 18.9, "%", Y, "abtect-1 50 mg endoscopic remission (wrong: abtect-2 figure)"),
 ("f-50c", F, "18.9% of patients on 50 mg had", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("f-e44", F, "compared with 4.4% on placebo", "4.4%", "percent", 4.4, 4.4, "%", Y, "abtect-1 placebo endoscopic remission"),
 ("f-44wk", F, "maintenance trial of 44 weeks", "44 weeks", "duration", 44, 44, "weeks", Y, "maintenance trial duration"),
 ("f-q2", F, "due in the second quarter of 2026", "second quarter of 2026", "date", 2026, 2026, "year", Y, "maintenance topline expected"),
 ("f-ads", F, "sold 10,156,000 American", "10,156,000", "count", 10156000, 10156000, "ADSs", Y, "total ADSs sold incl option (wrong: base)"),
 ("f-64", F, "shares at $64.00 each", "$64.00", "money", 64, 64, "USD", Y, "offering price per ADS"),
 ("f-747", F, "proceeds of about $747.5 million", "$747.5 million", "money", 747.5e6, 747.5e6, "USD", Y, "final gross proceeds"),
 ("f-700", F, "roughly $700 million after fees", "$700 million", "money", 700e6, 700e6, "USD", Y, "net proceeds"),
 ("f-jul28", F, "the company said on July 28", "July 28", "date", 2025, 2025, "year", N, "source date"),
 ("f-34", F, "\"Three-quarters of a billion\" is", "Three-quarters of a billion", "money", 750e6, 750e6, "USD", N, "post claim repeat"),
 ("f-nov24", F, "set up in November 2024", "November 2024", "date", 2024, 2024, "year", Y, "atm program start"),
 ("f-150", F, "sell up to $150 million", "$150 million", "money", 150e6, 150e6, "USD", Y, "atm program size"),
 ("f-u2030", F, "The \"until 2030\" claim", "2030", "date", 2030, 2030, "year", N, "post claim repeat"),
 ("f-jul28b", F, "In its July 28 announcement", "July 28", "date", 2025, 2025, "year", N, "source date"),
 ("f-2028", F, "into the first quarter of 2028", "first quarter of 2028", "date", 2028, 2028, "year", Y, "cash runway end (wrong year)"),
 ("f-12mo", F, "about 12 months after", "12 months", "duration", 12, 12, "months", Y, "runway beyond nda submission"),
 ("f-n2030", F, "cash lasting until 2030", "2030", "date", 2030, 2030, "year", N, "post claim repeat"),
 ("f-w2030", F, "where the 2030 date came", "2030", "date", 2030, 2030, "year", N, "post claim repeat"),
 ("f-95", F, "Guggenheim's at $95", "$95", "money", 95, 95, "USD", Y, "guggenheim target (wrong: citizens jmp's)"),
 ("f-3b", F, "up to $3 billion if", "$3 billion", "money", 3e9, 3e9, "USD", Y, "analyst peak sales forecast"),
 ("f-r1in5", F, "The post's \"1 in 5\" figure", "1 in 5", "percent", 20, 20, "%", N, "post claim repeat"),
 ("f-r50", F, "accurate for the 50 mg dose", "50 mg", "dose", 50, 50, "mg", N, "arm label"),
 ("f-1in23", F, "about 1 in 23 placebo", "1 in 23", "percent", 4.35, 4.35, "%", Y, "pooled placebo remission (approx)"),
 ("f-r2030", F, "has cash until 2030 is", "2030", "date", 2030, 2030, "year", N, "post claim repeat"),
 ("f-r2028", F, "runs into 2028", "2028", "date", 2028, 2028, "year", Y, "cash runway end (ruling, wrong year)"),
 ("f-s1", F, "press release, July 22, 2025", "July 22, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s2", F, "press release, July 28, 2025", "July 28, 2025", "date", 2025, 2025, "year", N, "sources"),
 ("f-s3", F, "press release, November 19, 2024", "November 19, 2024", "date", 2024, 2024, "year", N, "sources"),
 ("f-s4", F, "post, August 18, 2025", "August 18, 2025", "date", 2025, 2025, "year", N, "sources"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ABTECT-2 50 mg placebo-adjusted remission: 14.3% (blog, transposed) vs 13.4%
 ("b-143", "w-134", S), ("b-143", "p-134", S), ("b-143", "a-134", S),
 # S2 pooled 50 mg placebo-adjusted remission: 19.3% (local, ABTECT-1 figure as pooled) vs 16.4%
 ("l-193", "w-164", S), ("l-193", "p-164", S), ("l-193", "a-164", S), ("l-193", "e-164", S),
 ("l-193", "b-164", S), ("l-193", "f-164", S),
 # S3 Nasdaq one-day gain at close: 553% (blog, intraday figure) vs 586%
 ("b-553", "w-586", S),
 # S4 ABTECT-1 placebo remission: 6.3% (explainer, ABTECT-2's placebo) vs 2.5%
 ("e-63a", "a-25", S), ("e-63a", "f-25", S),
 # S5 offering price per ADS: $68.60 (local, the Nasdaq close) vs $64.00
 ("l-6860", "w-64", S), ("l-6860", "p-64", S), ("l-6860", "b-64", S), ("l-6860", "f-64", S),
 # S6 patients entering maintenance Part 1: 687 (explainer, transposed) vs 678
 ("e-687", "w-678", S), ("e-687", "p-678", S), ("e-687", "a-678", S), ("e-687", "b-678", S), ("e-687", "l-678", S),
 # S7 countries: 35 (blog) vs 36
 ("b-35", "w-36", S), ("b-35", "p-36", S), ("b-35", "a-36", S), ("b-35", "l-36", S),
 # S8 total ADSs sold including option: 10,156,000 (fact-check, base count) vs 11,679,400
 ("f-ads", "p-ads", S),
 # S9 final gross proceeds: $650 million "in total" (blog, base deal) vs $747.5 million
 ("b-650", "p-747", S), ("b-650", "l-747", S), ("b-650", "f-747", S),
 # S10 cash runway end year: 2028 (fact-check, body and ruling) vs 2027
 ("f-2028", "p-2027", S), ("f-2028", "b-2027", S), ("f-2028", "l-2027", S),
 ("f-r2028", "p-2027", S), ("f-r2028", "b-2027", S), ("f-r2028", "l-2027", S),
 # S11 NDA submission year: 2027 (explainer) vs 2026
 ("e-2027", "w-h2", S), ("e-2027", "p-h2", S), ("e-2027", "b-h2", S), ("e-2027", "l-h2", S),
 # S12 Nasdaq listing year: "October last year" (blog, 2024) vs October 2023
 ("b-lastyr", "w-oct23", S), ("b-lastyr", "p-oct23", S), ("b-lastyr", "l-oct23", S),
 # S13 maintenance trial length: 48-week (wire, phase 2b OLE timepoint) vs 44-week
 ("w-48wk", "p-44wk", S), ("w-48wk", "a-44wk", S), ("w-48wk", "e-44wk", S), ("w-48wk", "b-44wk", S),
 ("w-48wk", "l-44wk", S), ("w-48wk", "f-44wk", S),
 # S14 ATM program size: $350 million (local, the shelf amount) vs $150 million
 ("l-350", "f-150", S),
 # S15 Guggenheim price target: $95 (fact-check, Citizens JMP's) vs $101
 ("f-95", "w-101", S),
 # S16 open-label de-escalation doses: 100 -> 50 mg (local) vs 50 -> 25 mg
 ("l-from100", "a-from50", S), ("l-from100", "b-from50", S), ("l-to50", "a-to25", S), ("l-to50", "b-to25", S),
 # S17 ABTECT-1 50 mg endoscopic remission: 18.9% (fact-check, ABTECT-2's) vs 17.9%
 ("f-189", "a-179", S),
 # ---- Qualified
 # Q1 induction size: 1,272 (treated; explainer) vs 1,275 (randomized)
 ("e-1272", "w-1275", Q), ("e-1272", "p-1275", Q), ("e-1272", "a-1275", Q), ("e-1272", "b-1275", Q), ("e-1272", "l-1275", Q),
 # Q2 one-day gain: Euronext Paris close 517% vs Nasdaq close 586% / blog 553%
 ("l-517", "w-586", Q), ("l-517", "b-553", Q),
 # Q3 blog's $650 million total vs wire's conditional "above $740 million" with the option
 ("b-650", "w-740", Q),
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
        if isinstance(lo, float) and lo.is_integer() and abs(lo) >= 1000:
            lo = int(lo)
        if isinstance(hi, float) and hi.is_integer() and abs(hi) >= 1000:
            hi = int(hi)
        rows.append({"type": "claim", "id": f"ob-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ob-{a}", f"ob-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT ID MISSING", a, b); ok = False; continue
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
