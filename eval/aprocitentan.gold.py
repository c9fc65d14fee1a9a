#!/usr/bin/env python3
"""Build aprocitentan.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "aprocitentan")
OUT = os.path.join(HERE, "aprocitentan.gold.jsonl")
T = "aprocitentan"

W, P, A, E, B, L, F = ("AP01_wire.txt", "AP02_press.txt", "AP03_abstract.txt",
                       "AP04_explainer.txt", "AP05_blog.txt", "AP06_local.txt", "AP07_factcheck.txt")
Y = True; N = False
MM = "mmHg"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AP01 wire (2025-03-18, Tuesday)
 ("w-dl", W, "Switzerland, March 18 (Alpine", "March 18", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "drugmaker said on Monday", "Monday", "date", 2025, 2025, "year", Y, "rems removal announced (2025-03-17)"),
 ("w-appr", W, "in March last year as the first", "March last year", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("w-30y", W, "wait for over 30 years", "30 years", "duration", 30, 30, "years", Y, "years since last new-pathway oral antihypertensive (investigator quote)"),
 ("w-one-inv", W, "said one of the trial's lead", "one", "count", 1, 1, "people", N, "aside"),
 ("w-730", W, "randomly assigned 730 patients", "730", "count", 730, 730, "patients", Y, "precision randomized"),
 ("w-140", W, "stayed at 140 mm Hg", "140 mm Hg", "other", 140, 140, MM, Y, "entry sbp threshold"),
 ("w-three", W, "despite three drugs, including", "three", "count", 3, 3, "drugs", Y, "background drugs"),
 ("w-4wk", W, "After four weeks, the 12.5 mg", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("w-125", W, "the 12.5 mg dose that was later", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "approved dose"),
 ("w-38", W, "by 3.8 mm Hg more than placebo", "3.8 mm Hg", "other", 3.8, 3.8, MM, Y, "placebo-corrected office sbp reduction week 4, 12.5 mg"),
 ("w-24h", W, "Measured over 24 hours", "24 hours", "duration", 24, 24, "hours", N, "ambulatory definition"),
 ("w-5abpm", W, "fall was about 5 mm Hg", "5 mm Hg", "other", 5, 5, MM, Y, "placebo-corrected 24-h ambulatory sbp reduction (both doses, approx)"),
 ("w-91", W, "reported in 9.1% of patients", "9.1%", "percent", 9.1, 9.1, "%", Y, "edema 12.5 mg arm, double-blind part"),
 ("w-125b", W, "patients on 12.5 mg and", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("w-184", W, "and 18.4% of those", "18.4%", "percent", 18.4, 18.4, "%", Y, "edema 25 mg arm, double-blind part"),
 ("w-25", W, "of those on 25 mg during", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("w-4wkb", W, "during the first four weeks", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("w-oct", W, "U.S. market since October", "October", "date", 2024, 2024, "year", Y, "us launch date"),
 ("w-2017a", W, "bought that company in 2017", "2017", "date", 2017, 2017, "year", Y, "j&j actelion acquisition / idorsia spin-out"),
 ("w-230", W, "paid $230 million that year", "$230 million", "money", 230000000, 230000000, "USD", Y, "janssen 2017 opt-in payment"),
 ("w-sep23", W, "back in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "janssen returned rights"),
 ("w-306", W, "up to CHF 306 million", "CHF 306 million", "money", 306000000, 306000000, "CHF", Y, "return agreement cap owed to janssen"),
 ("w-180", W, "it lost CHF 180 million last year", "CHF 180 million", "money", 180000000, 180000000, "CHF", Y, "fy2024 us gaap net loss (as reported)"),
 ("w-lastyr", W, "180 million last year, and", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-2024c", W, "it ended 2024 with", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-106", W, "with CHF 106 million in cash", "CHF 106 million", "money", 106000000, 106000000, "CHF", Y, "cash end 2024"),
 ("w-113", W, "Net revenue was CHF 113 million", "CHF 113 million", "money", 113000000, 113000000, "CHF", Y, "fy2024 net revenue"),
 ("w-dbl", W, "sales roughly doubled to", "doubled", "ratio", 2, 2, "x", N, "quviviq growth 2023-2024"),
 ("w-61", W, "doubled to CHF 61 million", "CHF 61 million", "money", 61000000, 61000000, "CHF", Y, "quviviq fy2024 sales"),
 ("w-decade", W, "as much as a decade", "a decade", "duration", 10, 10, "years", Y, "bond maturity extension"),
 ("w-150", W, "provide a CHF 150 million", "CHF 150 million", "money", 150000000, 150000000, "CHF", Y, "new money facility"),
 ("w-feb", W, "fell apart in February", "February", "date", 2025, 2025, "year", N, "out-licensing collapse date"),
 ("w-35", W, "pay a $35 million exclusivity", "$35 million", "money", 35000000, 35000000, "USD", Y, "exclusivity fee of failed licensing deal"),
 ("w-lastmo", W, "said last month the group", "last month", "date", 2025, 2025, "year", N, "ceo statement date"),
 ("w-2026", W, "operate into 2026", "2026", "date", 2026, 2026, "year", Y, "cash runway"),
 ("w-oneof", W, "takes away one of them", "one", "count", 1, 1, "forms", N, "quote"),
 ("w-116", W, "About 116 million U.S. adults", "116 million", "count", 116000000, 116000000, "people", Y, "us adults with hypertension"),
 ("w-1in10", W, "roughly one in 10 of them", "one in 10", "percent", 10, 10, "%", Y, "share with resistant hypertension"),
 ("w-3more", W, "despite three or more drugs", "three or more", "count", 3, 3, "drugs", N, "definition"),
 ("w-tue", W, "in Zurich on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "share move day"),

 # ---- AP02 press (2025-03-17)
 ("p-h125", P, "TRYVIO 12.5 mg once daily is indicated", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "bullet repeat of approved dose"),
 ("p-dl", P, "Switzerland - March 17, 2025", "March 17, 2025", "date", 2025, 2025, "year", Y, "rems removal announcement date"),
 ("p-1mo", P, "monthly during treatment and one month after stopping", "one month", "duration", 1, 1, "months", N, "pregnancy testing after stopping"),
 ("p-1mob", P, "for one month after the last dose", "one month", "duration", 1, 1, "months", N, "contraception after stopping"),
 ("p-appr", P, "approved by the FDA on March 19, 2024", "March 19, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("p-40y", P, "in almost 40 years", "40 years", "duration", 40, 40, "years", Y, "years since last new-pathway oral antihypertensive (company)"),
 ("p-125", P, "The recommended dosage is 12.5 mg", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "approved dose"),
 ("p-oct24", P, "since October 2024", "October 2024", "date", 2024, 2024, "year", Y, "us launch date"),
 ("p-eu", P, "European Commission in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "eu approval date"),
 ("p-uk", P, "in the UK in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "uk approval date"),
 ("p-140", P, "at or above 140 mm Hg", "140 mm Hg", "other", 140, 140, MM, Y, "entry sbp threshold"),
 ("p-three", P, "The study had three sequential parts", "three", "count", 3, 3, "parts", N, "design"),
 ("p-4wk", P, "a 4-week double-blind", "4-week", "duration", 4, 4, "weeks", Y, "double-blind part length"),
 ("p-125a", P, "received aprocitentan 12.5 mg, aprocitentan 25 mg or placebo; a 32-week", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("p-25a", P, "aprocitentan 25 mg or placebo; a 32-week", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("p-32wk", P, "a 32-week single-blind part", "32-week", "duration", 32, 32, "weeks", Y, "single-blind part length"),
 ("p-25b", P, "all patients received aprocitentan 25 mg; and", "25 mg", "dose", 25, 25, "mg", Y, "single-blind part dose"),
 ("p-12wk", P, "and a 12-week double-blind", "12-week", "duration", 12, 12, "weeks", Y, "withdrawal part length"),
 ("p-wk4", P, "blood pressure at week 4, and", "week 4", "duration", 4, 4, "weeks", N, "primary endpoint timepoint"),
 ("p-wk40", P, "withdrawal baseline to week 40", "week 40", "duration", 40, 40, "weeks", Y, "key secondary endpoint timepoint"),
 ("p-9", P, "reported in 9% of patients on 12.5 mg", "9%", "percent", 9, 9, "%", Y, "edema 12.5 mg arm"),
 ("p-125c", P, "9% of patients on 12.5 mg and", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("p-18", P, "and 18% of patients on 25 mg", "18%", "percent", 18, 18, "%", Y, "edema 25 mg arm"),
 ("p-25c", P, "18% of patients on 25 mg versus", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("p-2", P, "versus 2% on placebo", "2%", "percent", 2, 2, "%", Y, "edema placebo"),
 ("p-2017", P, "SIX Swiss Exchange in June 2017", "June 2017", "date", 2017, 2017, "year", N, "about section listing date"),

 # ---- AP03 abstract (2022-12-03)
 ("a-three", A, "randomised, blinded, three-part PRECISION", "three", "count", 3, 3, "parts", N, "title design"),
 ("a-pub", A, "Published online 3 December 2022", "3 December 2022", "date", 2022, 2022, "year", N, "publication metadata"),
 ("a-screen", A, "screening period of 4 to 12 weeks", "4 to 12 weeks", "duration", 4, 12, "weeks", N, "screening period"),
 ("a-val", A, "combination of valsartan 160 mg", "160 mg", "dose", 160, 160, "mg", Y, "background valsartan dose"),
 ("a-aml", A, "amlodipine 5 mg or 10 mg", "5 mg or 10 mg", "dose", 5, 10, "mg", Y, "background amlodipine dose"),
 ("a-hctz", A, "and hydrochlorothiazide 25 mg, followed", "25 mg", "dose", 25, 25, "mg", Y, "background hctz dose"),
 ("a-runin", A, "followed by a 4-week single-blind placebo run-in", "4-week", "duration", 4, 4, "weeks", N, "run-in"),
 ("a-140", A, "remained at 140 mm Hg or higher", "140 mm Hg", "other", 140, 140, MM, Y, "entry sbp threshold"),
 ("a-111", A, "were randomised 1:1:1 to", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-125a", A, "to aprocitentan 12.5 mg, aprocitentan 25 mg or placebo once daily for 4 weeks", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("a-25a", A, "aprocitentan 25 mg or placebo once daily for 4 weeks", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-4wk", A, "once daily for 4 weeks (double-blind part)", "4 weeks", "duration", 4, 4, "weeks", Y, "double-blind part length"),
 ("a-25b", A, "then received aprocitentan 25 mg for 32 weeks", "25 mg", "dose", 25, 25, "mg", Y, "single-blind part dose"),
 ("a-32wk", A, "25 mg for 32 weeks (single-blind part)", "32 weeks", "duration", 32, 32, "weeks", Y, "single-blind part length"),
 ("a-11", A, "were re-randomised 1:1 to", "1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-25c", A, "re-randomised 1:1 to aprocitentan 25 mg or placebo for a 12-week", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-12wk", A, "placebo for a 12-week double-blind withdrawal part", "12-week", "duration", 12, 12, "weeks", Y, "withdrawal part length"),
 ("a-wk4", A, "from baseline to week 4; the key", "week 4", "duration", 4, 4, "weeks", N, "primary endpoint timepoint"),
 ("a-wk36", A, "withdrawal baseline (week 36)", "week 36", "duration", 36, 36, "weeks", N, "withdrawal baseline timepoint"),
 ("a-wk40", A, "(week 36) to week 40. Secondary", "week 40", "duration", 40, 40, "weeks", Y, "key secondary endpoint timepoint"),
 ("a-24h", A, "endpoints included 24-hour ambulatory", "24-hour", "duration", 24, 24, "hours", N, "ambulatory definition"),
 ("a-dates", A, "Between June 18, 2018, and April 25, 2022", "June 18, 2018, and April 25, 2022", "date", 2018, 2022, "year", N, "study conduct period"),
 ("a-1965", A, "1965 individuals were screened", "1965", "count", 1965, 1965, "people", Y, "screened"),
 ("a-730", A, "and 730 were randomised", "730", "count", 730, 730, "patients", Y, "precision randomized"),
 ("a-N", A, "(N = 730;", "730", "count", 730, 730, "patients", N, "repeat"),
 ("a-125n", A, "aprocitentan 12.5 mg n=243", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("a-n1", A, "12.5 mg n=243", "243", "count", 243, 243, "patients", Y, "12.5 mg arm size"),
 ("a-25n", A, "aprocitentan 25 mg n=243", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-n2", A, "25 mg n=243", "243", "count", 243, 243, "patients", Y, "25 mg arm size"),
 ("a-n3", A, "placebo n=244", "244", "count", 244, 244, "patients", Y, "placebo arm size"),
 ("a-153", A, "was 153/88 mm Hg", "153", "other", 153, 153, MM, N, "baseline office sbp"),
 ("a-88", A, "153/88 mm Hg", "88", "other", 88, 88, MM, N, "baseline office dbp"),
 ("a-of730", A, "Of the 730 patients", "730", "count", 730, 730, "patients", N, "repeat"),
 ("a-704", A, "704 (96%) completed", "704", "count", 704, 704, "patients", Y, "completed double-blind part"),
 ("a-96", A, "704 (96%) completed", "96%", "percent", 96, 96, "%", Y, "completed double-blind part"),
 ("a-613", A, "613 (84%) completed", "613", "count", 613, 613, "patients", Y, "completed single-blind part"),
 ("a-84", A, "613 (84%) completed", "84%", "percent", 84, 84, "%", Y, "completed single-blind part"),
 ("a-577", A, "577 (79%) completed", "577", "count", 577, 577, "patients", Y, "completed withdrawal part"),
 ("a-79", A, "577 (79%) completed", "79%", "percent", 79, 79, "%", Y, "completed withdrawal part"),
 ("a-wk4r", A, "At week 4, the least-squares", "week 4", "duration", 4, 4, "weeks", N, "timepoint"),
 ("a-153r", A, "was −15.3 mm Hg with", "−15.3 mm Hg", "other", -15.3, -15.3, MM, Y, "ls mean change office sbp 12.5 mg"),
 ("a-125r", A, "with aprocitentan 12.5 mg, −15.2", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("a-152r", A, "−15.2 mm Hg with aprocitentan 25 mg", "−15.2 mm Hg", "other", -15.2, -15.2, MM, Y, "ls mean change office sbp 25 mg"),
 ("a-25r", A, "with aprocitentan 25 mg and −11.5", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-115r", A, "and −11.5 mm Hg with placebo", "−11.5 mm Hg", "other", -11.5, -11.5, MM, Y, "ls mean change office sbp placebo"),
 ("a-38", A, "differences were −3.8 mm Hg", "−3.8 mm Hg", "other", -3.8, -3.8, MM, Y, "placebo-corrected office sbp reduction week 4, 12.5 mg"),
 ("a-38ci", A, "(97.5% CI −6.8 to −0.8; P=0.0042)", "−6.8 to −0.8", "other", -6.8, -0.8, MM, Y, "ci"),
 ("a-p1", A, "P=0.0042", "0.0042", "pvalue", 0.0042, 0.0042, "p", N, "p-value"),
 ("a-37", A, "and −3.7 mm Hg (97.5% CI", "−3.7 mm Hg", "other", -3.7, -3.7, MM, Y, "placebo-corrected office sbp reduction week 4, 25 mg"),
 ("a-37ci", A, "(97.5% CI −6.7 to −0.8; P=0.0046)", "−6.7 to −0.8", "other", -6.7, -0.8, MM, Y, "ci"),
 ("a-p2", A, "P=0.0046", "0.0046", "pvalue", 0.0046, 0.0046, "p", N, "p-value"),
 ("a-24hb", A, "changes in 24-hour ambulatory SBP were", "24-hour", "duration", 24, 24, "hours", N, "ambulatory definition"),
 ("a-42", A, "SBP were −4.2 mm Hg", "−4.2 mm Hg", "other", -4.2, -4.2, MM, Y, "placebo-corrected 24-h sbp 12.5 mg"),
 ("a-42ci", A, "(95% CI −6.2 to −2.1)", "−6.2 to −2.1", "other", -6.2, -2.1, MM, Y, "ci"),
 ("a-59", A, "and −5.9 mm Hg (95% CI", "−5.9 mm Hg", "other", -5.9, -5.9, MM, Y, "placebo-corrected 24-h sbp 25 mg"),
 ("a-59ci", A, "(95% CI −7.9 to −3.8)", "−7.9 to −3.8", "other", -7.9, -3.8, MM, Y, "ci"),
 ("a-4wkw", A, "After 4 weeks of withdrawal", "4 weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("a-58", A, "(difference 5.8 mm Hg", "5.8 mm Hg", "other", 5.8, 5.8, MM, Y, "withdrawal sbp rise placebo vs aprocitentan week 40"),
 ("a-58ci", A, "95% CI 3.7 to 7.9; P<0.0001", "3.7 to 7.9", "other", 3.7, 7.9, MM, Y, "ci"),
 ("a-p3", A, "P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-9", A, "reported in 9%, 18% and 2%", "9%", "percent", 9, 9, "%", Y, "edema 12.5 mg arm"),
 ("a-18", A, "9%, 18% and 2%", "18%", "percent", 18, 18, "%", Y, "edema 25 mg arm"),
 ("a-2", A, "18% and 2% of patients", "2%", "percent", 2, 2, "%", Y, "edema placebo"),
 ("a-125e", A, "receiving aprocitentan 12.5 mg, aprocitentan 25 mg and placebo during", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("a-25e", A, "aprocitentan 25 mg and placebo during", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("a-7", A, "discontinuation in seven patients", "seven", "count", 7, 7, "patients", Y, "discontinuations due to edema"),
 ("a-11d", A, "Eleven treatment-emergent deaths", "Eleven", "count", 11, 11, "deaths", Y, "treatment-emergent deaths"),
 ("a-wk40c", A, "sustained effect at week 40", "week 40", "duration", 40, 40, "weeks", N, "conclusion repeat"),

 # ---- AP04 explainer (2025-06-10)
 ("e-upd", E, "Updated June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-appr", E, "approved it in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-two", E, "blocks the two receptors", "two", "count", 2, 2, "receptors", N, "mechanism"),
 ("e-2001", E, "bosentan was approved in 2001", "2001", "date", 2001, 2001, "year", Y, "rival/class: bosentan approval (pah)"),
 ("e-three", E, "despite three or more medicines", "three or more", "count", 3, 3, "drugs", N, "definition"),
 ("e-1in10", E, "Roughly one in 10 people", "one in 10", "percent", 10, 10, "%", Y, "share with resistant hypertension"),
 ("e-fourth", E, "tried a fourth drug", "fourth", "count", 4, 4, "drugs", N, "insurer criterion"),
 ("e-704", E, "enrolled 704 adults", "704", "count", 704, 704, "patients", Y, "precision participants (as reported)"),
 ("e-3pill", E, "the same three-drug pill", "three", "count", 3, 3, "drugs", N, "background regimen"),
 ("e-val", E, "valsartan 320 mg", "320 mg", "dose", 320, 320, "mg", Y, "background valsartan dose (as reported)"),
 ("e-4wk", E, "After four weeks, the top number", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("e-15", E, "fell about 15 mm Hg on aprocitentan", "15 mm Hg", "other", 15, 15, MM, Y, "raw office sbp change on drug (approx)"),
 ("e-115", E, "about 11.5 mm Hg on placebo", "11.5 mm Hg", "other", 11.5, 11.5, MM, Y, "raw office sbp change placebo"),
 ("e-4", E, "a little under 4 mm Hg", "4 mm Hg", "other", 4, 4, MM, Y, "placebo-corrected reduction (upper bound)"),
 ("e-5", E, "by about 5 mm Hg is linked", "5 mm Hg", "other", 5, 5, MM, Y, "sbp reduction in outcome meta-analyses"),
 ("e-10", E, "roughly a 10% lower risk", "10%", "percent", 10, 10, "%", Y, "relative risk reduction mace per 5 mmHg"),
 ("e-32", E, "on the drug for 32 weeks", "32 weeks", "duration", 32, 32, "weeks", Y, "single-blind part length"),
 ("e-12", E, "In the last 12 weeks", "12 weeks", "duration", 12, 12, "weeks", Y, "withdrawal part length"),
 ("e-half", E, "half were switched to placebo", "half", "percent", 50, 50, "%", N, "re-randomisation share"),
 ("e-wk48", E, "measured at week 48", "week 48", "duration", 48, 48, "weeks", Y, "key secondary endpoint timepoint (as reported)"),
 ("e-onetab", E, "is one 12.5 mg tablet", "one", "count", 1, 1, "tablets", N, "dosing"),
 ("e-125", E, "one 12.5 mg tablet a day", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "approved dose"),
 ("e-25", E, "A 25 mg dose was tested", "25 mg", "dose", 25, 25, "mg", Y, "unapproved higher dose"),
 ("e-twotab", E, "do not take two tablets", "two", "count", 2, 2, "tablets", N, "missed-dose advice"),
 ("e-9", E, "affected about 9% of people", "9%", "percent", 9, 9, "%", Y, "edema 12.5 mg arm"),
 ("e-125b", E, "of people on 12.5 mg in the first", "12.5 mg", "dose", 12.5, 12.5, "mg", N, "arm label"),
 ("e-4wkb", E, "in the first four weeks, compared", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("e-2", E, "compared with 2% on placebo", "2%", "percent", 2, 2, "%", Y, "edema placebo"),
 ("e-anem", E, "seen in about 4% of users", "4%", "percent", 4, 4, "%", Y, "anemia rate (label)"),
 ("e-egfr", E, "(eGFR below 15)", "15", "other", 15, 15, "mL/min/1.73m2", N, "renal cut-off"),
 ("e-1mo", E, "another one month after stopping", "one month", "duration", 1, 1, "months", N, "pregnancy testing after stopping"),
 ("e-rems", E, "removed that requirement in March 2025", "March 2025", "date", 2025, 2025, "year", Y, "rems removal date"),
 ("e-230", E, "paid $230 million for rights", "$230 million", "money", 230000000, 230000000, "USD", Y, "janssen 2017 opt-in payment"),
 ("e-2017", E, "for rights to it in 2017", "2017", "date", 2017, 2017, "year", Y, "janssen opt-in year"),
 ("e-lastsep", E, "gave them back last September", "last September", "date", 2024, 2024, "year", Y, "janssen returned rights (as reported)"),
 ("e-oct24", E, "in the U.S. in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "us launch date"),

 # ---- AP05 blog (2025-08-05)
 ("b-dl", B, "By Maren Osei | August 5, 2025", "August 5, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-autumn", B, "reached US pharmacies last autumn", "last autumn", "date", 2024, 2024, "year", N, "image caption: launch"),
 ("b-hctz", B, "and 12.5 mg of hydrochlorothiazide", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "background hctz dose (as reported)"),
 ("b-1971", B, "screened 1,971 people", "1,971", "count", 1971, 1971, "people", Y, "screened (as reported)"),
 ("b-4wk", B, "at four weeks the drug cut", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("b-83", B, "by 8.3 mm Hg more than placebo", "8.3 mm Hg", "other", 8.3, 8.3, MM, Y, "placebo-corrected office sbp reduction week 4 (as reported)"),
 ("b-25", B, "The approved dose of 25 mg", "25 mg", "dose", 25, 25, "mg", Y, "approved dose (as reported)"),
 ("b-7", B, "seven patients quit the trial", "seven", "count", 7, 7, "patients", Y, "discontinuations due to edema"),
 ("b-48", B, "office systolic pressure over 48 weeks", "48 weeks", "duration", 48, 48, "weeks", N, "image caption: total study length"),
 ("b-2017", B, "Janssen in 2017, and Janssen", "2017", "date", 2017, 2017, "year", Y, "janssen opt-in year"),
 ("b-343", B, "paid $343 million upfront", "$343 million", "money", 343000000, 343000000, "USD", Y, "janssen 2017 opt-in payment (as reported)"),
 ("b-sep23", B, "Then, in September 2023, Janssen", "September 2023", "date", 2023, 2023, "year", Y, "janssen returned rights"),
 ("b-306", B, "up to 306 million Swiss francs", "306 million Swiss francs", "money", 306000000, 306000000, "CHF", Y, "return agreement cap owed to janssen"),
 ("b-roy", B, "royalties in the low-to-mid single digits", "low-to-mid single digits", "percent", None, None, "%", N, "royalty rate to j&j (vague)"),
 ("b-25bn", B, "about $2.5 billion in peak sales", "$2.5 billion", "money", 2500000000, 2500000000, "USD", Y, "jefferies peak sales forecast (2017)"),
 ("b-241", B, "forecast was $241 million in 2029", "$241 million", "money", 241000000, 241000000, "USD", Y, "globaldata 2029 sales forecast"),
 ("b-2029", B, "$241 million in 2029", "2029", "date", 2029, 2029, "year", N, "forecast year"),
 ("b-appr", B, "Approval came in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("b-oct24", B, "reached the US market in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "us launch date"),
 ("b-rems", B, "scrapped it in March this year", "March this year", "date", 2025, 2025, "year", Y, "rems removal date"),
 ("b-y24", B, "Idorsia reported 2024 net revenue", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-113", B, "net revenue of CHF 113 million", "CHF 113 million", "money", 113000000, 113000000, "CHF", Y, "fy2024 net revenue"),
 ("b-264", B, "net loss of CHF 264 million", "CHF 264 million", "money", 264000000, 264000000, "CHF", Y, "fy2024 us gaap net loss"),
 ("b-298", B, "after CHF 298 million in 2023", "CHF 298 million", "money", 298000000, 298000000, "CHF", Y, "fy2023 us gaap net loss"),
 ("b-y23", B, "298 million in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-y24b", B, "It ended 2024 with just", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-106", B, "with just CHF 106 million in cash", "CHF 106 million", "money", 106000000, 106000000, "CHF", Y, "cash end 2024"),
 ("b-800", B, "roughly CHF 800 million of convertible", "CHF 800 million", "money", 800000000, 800000000, "CHF", Y, "convertible bonds restructured"),
 ("b-150", B, "took a CHF 150 million new money", "CHF 150 million", "money", 150000000, 150000000, "CHF", Y, "new money facility"),
 ("b-35", B, "balked at a $35 million exclusivity", "$35 million", "money", 35000000, 35000000, "USD", Y, "exclusivity fee of failed licensing deal"),
 ("b-56", B, "rose to CHF 56 million in the first half", "CHF 56 million", "money", 56000000, 56000000, "CHF", Y, "quviviq h1 2025 sales"),
 ("b-h125", B, "in the first half of 2025, from", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("b-23", B, "from CHF 23 million a year earlier", "CHF 23 million", "money", 23000000, 23000000, "CHF", Y, "quviviq h1 2024 sales"),
 ("b-130r", B, "first-half revenue was about CHF 130 million", "CHF 130 million", "money", 130000000, 130000000, "CHF", Y, "h1 2025 net revenue"),
 ("b-52", B, "net profit of CHF 52 million", "CHF 52 million", "money", 52000000, 52000000, "CHF", Y, "h1 2025 us gaap net income"),
 ("b-130g", B, "sales of around CHF 130 million for the year", "CHF 130 million", "money", 130000000, 130000000, "CHF", Y, "quviviq 2025 guidance (july)"),
 ("b-110g", B, "up from around CHF 110 million in March", "CHF 110 million", "money", 110000000, 110000000, "CHF", Y, "quviviq 2025 guidance (march)"),
 ("b-mar", B, "110 million in March, and", "March", "date", 2025, 2025, "year", N, "guidance date"),
 ("b-2027", B, "from the end of 2027", "2027", "date", 2027, 2027, "year", Y, "profitability target"),
 ("b-30", B, "will pay J&J 30% of any upfront", "30%", "percent", 30, 30, "%", Y, "j&j share of out-licensing proceeds"),
 ("b-rel2y", B, "Renal denervation, two years on", "two years", "duration", 2, 2, "years", N, "related link (page furniture)"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),

 # ---- AP06 local / trade, hard-wrapped (2025-05-01)
 ("l-dl", L, "Thursday, May 1, 2025", "May 1, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-2y", L, "has spent two years fighting", "two years", "duration", 2, 2, "years", N, "vague aside"),
 ("l-wed", L, "first quarter on Wednesday, though", "Wednesday", "date", 2025, 2025, "year", N, "results day (2025-04-30)"),
 ("l-59", L, "Net revenue reached CHF 59 million", "CHF 59 million", "money", 59000000, 59000000, "CHF", Y, "q1 2025 net revenue"),
 ("l-3mo", L, "in the three months to March", "three months", "duration", 3, 3, "months", N, "period"),
 ("l-10", L, "against CHF 10 million a year earlier", "CHF 10 million", "money", 10000000, 10000000, "CHF", Y, "q1 2024 net revenue"),
 ("l-25m", L, "Quviviq contributed CHF 25 million", "CHF 25 million", "money", 25000000, 25000000, "CHF", Y, "quviviq q1 2025 sales"),
 ("l-50", L, "Canada grew 50% from the fourth quarter", "50%", "percent", 50, 50, "%", Y, "quviviq eucan demand growth q4-q1"),
 ("l-67", L, "operating income was CHF 67 million", "CHF 67 million", "money", 67000000, 67000000, "CHF", Y, "q1 2025 us gaap operating income"),
 ("l-63", L, "net income CHF 63 million", "CHF 63 million", "money", 63000000, 63000000, "CHF", Y, "q1 2025 net income"),
 ("l-30", L, "compared with CHF 30 million in the first", "CHF 30 million", "money", 30000000, 30000000, "CHF", Y, "q1 2024 net income"),
 ("l-17", L, "narrowed to CHF 17 million", "CHF 17 million", "money", 17000000, 17000000, "CHF", Y, "q1 2025 non-gaap operating loss"),
 ("l-85", L, "from CHF 85 million.", "CHF 85 million", "money", 85000000, 85000000, "CHF", Y, "q1 2024 non-gaap operating loss"),
 ("l-y24", L, "follow a difficult 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-152", L, "net revenue of CHF 152 million for that year", "CHF 152 million", "money", 152000000, 152000000, "CHF", Y, "fy2024 net revenue (as reported)"),
 ("l-264", L, "net loss of CHF 264 million", "CHF 264 million", "money", 264000000, 264000000, "CHF", Y, "fy2024 us gaap net loss"),
 ("l-200", L, "before a CHF 200 million tranche", "CHF 200 million", "money", 200000000, 200000000, "CHF", Y, "convertible tranche due jan 2025"),
 ("l-jan", L, "tranche came due in January", "January", "date", 2025, 2025, "year", N, "bond maturity date"),
 ("l-appr", L, "approved by the FDA in March 2023", "March 2023", "date", 2023, 2023, "year", Y, "fda approval date (as reported)"),
 ("l-oct24", L, "launched in October 2024", "October 2024", "date", 2024, 2024, "year", Y, "us launch date"),
 ("l-rems", L, "In March the agency removed", "March", "date", 2025, 2025, "year", Y, "rems removal date"),
 ("l-wed2", L, "the company said on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "quote date"),
 ("l-2017", L, "took the rights in 2017", "2017", "date", 2017, 2017, "year", Y, "janssen opt-in year"),
 ("l-2023", L, "returned them in 2023", "2023", "date", 2023, 2023, "year", Y, "janssen returned rights"),
 ("l-343", L, "owes up to CHF 343 million", "CHF 343 million", "money", 343000000, 343000000, "CHF", Y, "return agreement cap owed to janssen (as reported)"),
 ("l-4", L, "by about 4 mm Hg more than placebo", "4 mm Hg", "other", 4, 4, MM, Y, "placebo-corrected office sbp reduction week 4 (rounded)"),
 ("l-4wk", L, "more than placebo at four weeks", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("l-85mm", L, "rose by 8.5 mm Hg more", "8.5 mm Hg", "other", 8.5, 8.5, MM, Y, "withdrawal sbp rise placebo vs aprocitentan (as reported)"),
 ("l-19", L, "retention affected 19% of patients", "19%", "percent", 19, 19, "%", Y, "edema 25 mg arm (as reported)"),
 ("l-25", L, "on the 25 mg dose, which", "25 mg", "dose", 25, 25, "mg", N, "arm label"),
 ("l-125", L, "only the 12.5 mg tablet is sold", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "approved dose"),
 ("l-eu", L, "approved since June 2024", "June 2024", "date", 2024, 2024, "year", Y, "eu approval date"),
 ("l-y24c", L, "Idorsia ended 2024 with", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-106", L, "with CHF 106 million in cash", "CHF 106 million", "money", 106000000, 106000000, "CHF", Y, "cash end 2024"),
 ("l-2026", L, "fund operations into 2026", "2026", "date", 2026, 2026, "year", Y, "cash runway"),

 # ---- AP07 fact-check (2025-04-22)
 ("f-h15", F, "lower blood pressure by 15 points?", "15 points", "other", 15, 15, MM, N, "headline repeat of post claim"),
 ("f-dl", F, "Health Desk | April 22, 2025", "April 22, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c15", F, "systolic pressure by 15 points in a month", "15 points", "other", 15, 15, MM, N, "post claim (attributed)"),
 ("f-cmonth", F, "15 points in a month", "a month", "duration", 1, 1, "months", N, "post claim timepoint"),
 ("f-c50", F, "blood pressure pill in 50 years", "50 years", "duration", 50, 50, "years", N, "post claim (attributed)"),
 ("f-appr", F, "Administration on March 19, 2024", "March 19, 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("f-730", F, "randomly assigned 730 patients", "730", "count", 730, 730, "patients", Y, "precision randomized"),
 ("f-q15", F, "The \"15 points\" figure", "15 points", "other", 15, 15, MM, N, "repeat of post claim"),
 ("f-4wk", F, "After four weeks, patients taking", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("f-125", F, "the approved 12.5 mg dose saw", "12.5 mg", "dose", 12.5, 12.5, "mg", Y, "approved dose"),
 ("f-153", F, "an average of 15.3 mm Hg", "15.3 mm Hg", "other", 15.3, 15.3, MM, Y, "raw office sbp fall 12.5 mg"),
 ("f-115", F, "a fall of 11.5 mm Hg", "11.5 mm Hg", "other", 11.5, 11.5, MM, Y, "raw office sbp fall placebo"),
 ("f-three", F, "standardized three-drug pill", "three", "count", 3, 3, "drugs", N, "background regimen"),
 ("f-38", F, "the drug itself was 3.8 mm Hg", "3.8 mm Hg", "other", 3.8, 3.8, MM, Y, "placebo-corrected office sbp reduction week 4, 12.5 mg"),
 ("f-fifteen", F, "\"Fifteen is the raw change", "Fifteen", "other", 15, 15, MM, N, "quote"),
 ("f-four", F, "About four millimeters", "four millimeters", "other", 4, 4, MM, N, "quote (rounded)"),
 ("f-32", F, "After 32 weeks on the drug", "32 weeks", "duration", 32, 32, "weeks", Y, "single-blind part length"),
 ("f-4wkw", F, "entered a four-week withdrawal phase", "four-week", "duration", 4, 4, "weeks", Y, "withdrawal part length (as reported)"),
 ("f-half", F, "in which half were switched", "half", "percent", 50, 50, "%", N, "re-randomisation share"),
 ("f-wk40", F, "By week 40, systolic", "week 40", "duration", 40, 40, "weeks", Y, "key secondary endpoint timepoint"),
 ("f-58", F, "had risen 5.8 mm Hg more", "5.8 mm Hg", "other", 5.8, 5.8, MM, Y, "withdrawal sbp rise placebo vs aprocitentan week 40"),
 ("f-4wke", F, "in the first four weeks they affected", "four weeks", "duration", 4, 4, "weeks", N, "timepoint"),
 ("f-18", F, "they affected 18% of patients on the approved dose", "18%", "percent", 18, 18, "%", Y, "edema 12.5 mg (approved) arm (as reported)"),
 ("f-2", F, "compared with about 2% on placebo", "2%", "percent", 2, 2, "%", Y, "edema placebo"),
 ("f-9", F, "and nine patients stopped treatment", "nine", "count", 9, 9, "patients", Y, "discontinuations due to edema (as reported)"),
 ("f-rems", F, "Until March of this year", "March of this year", "date", 2025, 2025, "year", Y, "rems removal date"),
 ("f-q50", F, "As for \"50 years\"", "50 years", "duration", 50, 50, "years", N, "repeat of post claim"),
 ("f-40y", F, "new pathway in almost 40 years", "40 years", "duration", 40, 40, "years", Y, "years since last new-pathway oral antihypertensive (company)"),
 ("f-one", F, "and one of the trial's investigators", "one", "count", 1, 1, "people", N, "aside"),
 ("f-30y", F, "put it at more than 30 years", "30 years", "duration", 30, 30, "years", Y, "years since last new-pathway oral antihypertensive (investigator)"),
 ("f-2018", F, "held the rights from 2018", "2018", "date", 2018, 2018, "year", Y, "janssen opt-in year (as reported)"),
 ("f-sep23", F, "to Idorsia in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "janssen returned rights"),
 ("f-n50", F, "No source we found supports 50 years", "50 years", "duration", 50, 50, "years", N, "repeat of post claim"),
 ("f-wk40b", F, "tested it at week 40", "week 40", "duration", 40, 40, "weeks", N, "ruling repeat"),
 ("f-153b", F, "presents a 15.3 mm Hg raw drop", "15.3 mm Hg", "other", 15.3, 15.3, MM, N, "ruling repeat"),
 ("f-38b", F, "benefit was 3.8 mm Hg, and", "3.8 mm Hg", "other", 3.8, 3.8, MM, Y, "ruling repeat of placebo-corrected reduction"),
 ("f-s1", F, "prescribing information, revised 2024", "2024", "date", 2024, 2024, "year", N, "sources line"),
 ("f-s2", F, "for TRYVIO\", March 17, 2025", "March 17, 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "published December 2022", "December 2022", "date", 2022, 2022, "year", N, "sources line"),
 ("f-s4", F, "Nandakumar, April 2025", "April 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 FDA approval year: 2023 (AP06) vs 2024
 ("l-appr", "p-appr", S), ("l-appr", "e-appr", S), ("l-appr", "w-appr", S), ("l-appr", "b-appr", S), ("l-appr", "f-appr", S),
 # S2 PRECISION participants: 704 (completers of part 1) reported as enrolled vs 730 randomised
 ("e-704", "w-730", S), ("e-704", "a-730", S), ("e-704", "f-730", S),
 # S3 approved dose: 25 mg (AP05) vs 12.5 mg
 ("b-25", "p-125", S), ("b-25", "e-125", S), ("b-25", "w-125", S), ("b-25", "f-125", S), ("b-25", "l-125", S),
 # S4 edema on 12.5 mg: 18% (25-mg arm figure, AP07) vs 9% / 9.1%
 ("f-18", "w-91", S), ("f-18", "p-9", S), ("f-18", "a-9", S), ("f-18", "e-9", S),
 # S5 placebo-corrected office SBP week 4, 12.5 mg: 8.3 (transposed) vs 3.8 / about 4
 ("b-83", "w-38", S), ("b-83", "a-38", S), ("b-83", "f-38", S), ("b-83", "f-38b", S), ("b-83", "e-4", S), ("b-83", "l-4", S),
 # S6 key secondary endpoint timepoint: week 48 vs week 40
 ("e-wk48", "p-wk40", S), ("e-wk48", "a-wk40", S), ("e-wk48", "f-wk40", S),
 # S7 withdrawal SBP difference: 8.5 (transposed) vs 5.8
 ("l-85mm", "a-58", S), ("l-85mm", "f-58", S),
 # S8 Janssen 2017 payment: $343m (the 2023 return-deal value) vs $230m
 ("b-343", "w-230", S), ("b-343", "e-230", S),
 # S9 return-agreement cap: CHF 343m (USD conversion labelled CHF) vs CHF 306m
 ("l-343", "w-306", S), ("l-343", "b-306", S),
 # S10 rights returned: "last September" (AP04, 2025 -> 2024) vs September 2023
 ("e-lastsep", "w-sep23", S), ("e-lastsep", "b-sep23", S), ("e-lastsep", "f-sep23", S), ("e-lastsep", "l-2023", S),
 # S11 FY2024 net revenue: CHF 152m (2023 figure) vs CHF 113m
 ("l-152", "w-113", S), ("l-152", "b-113", S),
 # S12 FY2024 net loss: CHF 180m (nine-month figure) vs CHF 264m
 ("w-180", "b-264", S), ("w-180", "l-264", S),
 # S13 edema on 25 mg: 19% (rounded the wrong way) vs 18.4% / 18%
 ("l-19", "w-184", S), ("l-19", "p-18", S), ("l-19", "a-18", S),
 # S14 withdrawal part length: four weeks vs 12 weeks
 ("f-4wkw", "p-12wk", S), ("f-4wkw", "a-12wk", S), ("f-4wkw", "e-12", S),
 # S15 edema discontinuations: nine vs seven
 ("f-9", "a-7", S), ("f-9", "b-7", S),
 # S16 Janssen opt-in year: 2018 vs 2017
 ("f-2018", "b-2017", S), ("f-2018", "e-2017", S), ("f-2018", "l-2017", S),
 # S17 background valsartan dose: 320 mg vs 160 mg
 ("e-val", "a-val", S),
 # S18 background hydrochlorothiazide dose: 12.5 mg vs 25 mg
 ("b-hctz", "a-hctz", S),
 # Qualified
 ("w-30y", "p-40y", Q), ("w-30y", "f-40y", Q), ("f-30y", "p-40y", Q),
 ("w-5abpm", "a-42", Q), ("w-5abpm", "a-59", Q),
 ("b-1971", "a-1965", Q),
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
        rows.append({"type": "claim", "id": f"ap-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ap-{a}", f"ap-{b}"
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
