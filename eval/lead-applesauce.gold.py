#!/usr/bin/env python3
"""Build lead-applesauce.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lead-applesauce")
OUT = os.path.join(HERE, "lead-applesauce.gold.jsonl")
T = "la"

W, P, A, E, B, L, F = ("LA01_wire.txt", "LA02_press.txt", "LA03_abstract.txt",
                       "LA04_explainer.txt", "LA05_blog.txt", "LA06_local.txt", "LA07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LA01 wire (2023-12-19, a Tuesday)
 ("w-dl", W, "WASHINGTON, Dec 19", "Dec 19", "date", 2023, 2023, "year", N, "dateline"),
 ("w-2270", W, "concentrations of 2,270 to 5,110 parts", "2,270 to 5,110", "dose", 2270, 5110, "ppm", Y, "lead in negasmart cinnamon samples"),
 ("w-mon", W, "said on Monday, more than", "Monday", "date", 2023, 2023, "year", Y, "fda cinnamon results announced (dec 18)"),
 ("w-2000", W, "more than 2,000 times a limit", "2,000 times", "ratio", 2000, 2000, "x", Y, "cinnamon lead vs codex 2.5 ppm"),
 ("w-tue", W, "said on Tuesday it had", "Tuesday", "date", 2023, 2023, "year", N, "report date"),
 ("w-205", W, "reports of 205 cases", "205", "count", 205, 205, "cases", Y, "cdc cases as of dec 15"),
 ("w-33", W, "from 33 states as of", "33", "count", 33, 33, "states", Y, "cdc states as of dec 15"),
 ("w-dec15", W, "as of Dec. 15, up", "Dec. 15", "date", 2023, 2023, "year", N, "as-of date"),
 ("w-125", W, "up from 125 in its", "125", "count", 125, 125, "cases", Y, "cdc cases previous weekly tally (early dec)"),
 ("w-67", W, "Of those, 67 were confirmed", "67", "count", 67, 67, "cases", Y, "cdc confirmed as of dec 15"),
 ("w-122", W, "122 were probable", "122", "count", 122, 122, "cases", Y, "cdc probable as of dec 15"),
 ("w-16", W, "and 16 were suspected", "16", "count", 16, 16, "cases", Y, "cdc suspect as of dec 15"),
 ("w-third", W, "roughly a third of the cases", "a third", "percent", 33.33, 33.33, "%", Y, "confirmed share as of dec 15"),
 ("w-65", W, "had received 65 reports", "65", "count", 65, 65, "reports", Y, "fda complaints as of dec 18"),
 ("w-two", W, "The two agencies say", "two", "count", 2, 2, "agencies", N, "aside"),
 ("w-35", W, "level of 3.5 micrograms per deciliter or higher", "3.5 micrograms per deciliter", "dose", 3.5, 3.5, "ug/dL", Y, "cdc case-definition threshold"),
 ("w-6mo", W, "within six months of eating", "six months", "duration", 6, 6, "months", Y, "case-definition window (misreport)"),
 ("w-oct", W, "came to light in October", "October", "date", 2023, 2023, "year", Y, "detection in north carolina"),
 ("w-four", W, "turned up four children", "four", "count", 4, 4, "children", Y, "initial north carolina children"),
 ("w-lateoct", W, "recalled the product in late October", "late October", "date", 2023, 2023, "year", Y, "wanabana recall"),
 ("w-nov9", W, "and on Nov. 9 the recall", "Nov. 9", "date", 2023, 2023, "year", Y, "recall expansion to schnucks/weis"),
 ("w-three", W, "All three products were made", "three", "count", 3, 3, "products", N, "aside"),
 ("w-lastmo", W, "In a health advisory last month", "last month", "date", 2023, 2023, "year", Y, "cdc han (nov 13)"),
 ("w-22", W, "the first 22 children", "22", "count", 22, 22, "children", Y, "han children as of nov 7"),
 ("w-ages", W, "between the ages of 1 and 3", "1 and 3", "age", 1, 3, "years", Y, "han children ages"),
 ("w-bll", W, "ranging from 4 to 29 micrograms", "4 to 29", "dose", 4, 29, "ug/dL", Y, "han bll range"),
 ("w-one", W, "with at least one child at", "one", "count", 1, 1, "children", N, "aside"),
 ("w-8x", W, "more than eight times the agency", "eight times", "ratio", 8, 8, "x", Y, "highest han bll vs reference value"),
 ("w-lastwk", W, "told Politico last week", "last week", "date", 2023, 2023, "year", N, "quote date"),
 ("w-dec13", W, "The FDA said on Dec. 13", "Dec. 13", "date", 2023, 2023, "year", N, "statement date"),
 ("w-jan", W, "In January the agency proposed", "January", "date", 2023, 2023, "year", Y, "fda draft baby-food lead guidance"),
 ("w-20ppb", W, "young children to 20 parts per billion", "20 parts per billion", "dose", 20, 20, "ppb", Y, "draft lead level for fruit purees (misreport)"),

 # ---- LA02 press (2025-01-09, a Thursday)
 ("p-s10", P, "the FDA's 10 ppb and 20 ppb", "10 ppb", "dose", 10, 10, "ppb", N, "subtitle repeat"),
 ("p-s20", P, "10 ppb and 20 ppb action", "20 ppb", "dose", 20, 20, "ppb", N, "subtitle repeat"),
 ("p-dl", P, "January 9, 2025", "January 9, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-mon", P, "release on Monday of final guidance", "Monday", "date", 2025, 2025, "year", Y, "fda final guidance issued (jan 6)"),
 ("p-10", P, "an action level of 10 parts per billion", "10 parts per billion", "dose", 10, 10, "ppb", Y, "final level fruits etc"),
 ("p-20", P, "and 20 ppb for single-ingredient root", "20 ppb", "dose", 20, 20, "ppb", Y, "final level root veg and dry cereal"),
 ("p-2yo", P, "children less than two years old", "two years", "age", 2, 2, "years", Y, "guidance covers children under"),
 ("p-jan23", P, "first proposed in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "draft guidance"),
 ("p-2427", P, "by as much as 24 to 27 percent", "24 to 27 percent", "percent", 24, 27, "%", Y, "estimated exposure reduction"),
 ("p-oct23", P, "applesauce recall of October 2023", "October 2023", "date", 2023, 2023, "year", Y, "wanabana recall"),
 ("p-dozens", P, "in dozens of states", "dozens", "count", None, None, "states", N, "vague quote"),
 ("p-one", P, "how fast one contaminated ingredient", "one", "count", 1, 1, "ingredients", N, "quote"),
 ("p-five", P, "elevated lead levels in five children", "five", "count", 5, 5, "children", Y, "initial north carolina children (misreport)"),
 ("p-2270", P, "found lead at 2,270 to 5,110 parts", "2,270 to 5,110", "dose", 2270, 5110, "ppm", Y, "lead in negasmart cinnamon samples"),
 ("p-2000", P, "more than 2,000 times the 2.5", "2,000 times", "ratio", 2000, 2000, "x", Y, "cinnamon lead vs codex 2.5 ppm"),
 ("p-25", P, "the 2.5 ppm level for bark", "2.5 ppm", "dose", 2.5, 2.5, "ppm", Y, "codex level under consideration"),
 ("p-218", P, "contained 2.18 ppm of lead", "2.18 ppm", "dose", 2.18, 2.18, "ppm", Y, "lead in recalled pouch"),
 ("p-200", P, "more than 200 times the 10 ppb", "200 times", "ratio", 200, 200, "x", Y, "pouch lead vs 10 ppb"),
 ("p-10b", P, "the 10 ppb level the FDA had proposed", "10 ppb", "dose", 10, 10, "ppb", Y, "draft level for fruit purees"),
 ("p-468", P, "at least 468 children", "468", "count", 468, 468, "cases", Y, "cdc final case count (misreport: late-feb interim)"),
 ("p-44", P, "468 children in 44 states", "44", "count", 44, 44, "states", Y, "cdc final states"),
 ("p-6x", P, "as much as six times the CDC", "six times", "ratio", 6, 6, "x", Y, "highest bll vs reference value (misreport)"),
 ("p-35", P, "reference value of 3.5 micrograms per deciliter", "3.5 micrograms per deciliter", "dose", 3.5, 3.5, "ug/dL", Y, "cdc blood lead reference value"),
 ("p-90", P, "received 90 confirmed complaints", "90", "count", 90, 90, "reports", Y, "fda final complaints"),
 ("p-jan24", P, "shelves until January 2024", "January 2024", "date", 2024, 2024, "year", Y, "last date recalled pouches on dollar tree shelves (misreport)"),
 ("p-2ppb", P, "reporting limit of 2 ppb", "2 ppb", "dose", 2, 2, "ppb", Y, "company reporting limit"),
 ("p-5d", P, "turnaround of five business days", "five business days", "duration", 5, 5, "days", Y, "standard turnaround"),
 ("p-48h", P, "or 48 hours for expedited", "48 hours", "duration", 48, 48, "hours", Y, "expedited turnaround"),
 ("p-185", P, "Pricing from $185 per sample", "$185", "money", 185, 185, "USD", Y, "price per sample"),
 ("p-32m", P, "a $3.2 million expansion", "$3.2 million", "money", 3200000, 3200000, "USD", Y, "lab expansion cost"),
 ("p-double", P, "expects to double its heavy-metals", "double", "ratio", 2, 2, "x", Y, "capacity forecast"),
 ("p-end25", P, "capacity by the end of 2025", "2025", "date", 2025, 2025, "year", N, "forecast date"),
 ("p-40k", P, "screen more than 40,000 food", "40,000", "count", 40000, 40000, "samples", Y, "2025 sample forecast"),
 ("p-in2025", P, "samples for lead in 2025,", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("p-18k", P, "up from about 18,000 in 2024", "18,000", "count", 18000, 18000, "samples", Y, "2024 samples"),
 ("p-in2024", P, "about 18,000 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-2011", P, "Founded in 2011", "2011", "date", 2011, 2011, "year", N, "about section"),
 ("p-120", P, "more than 120 scientists", "120", "count", 120, 120, "employees", N, "about section"),
 ("p-two", P, "at two laboratories", "two", "count", 2, 2, "laboratories", N, "about section"),
 ("p-600", P, "more than 600 clients", "600", "count", 600, 600, "clients", N, "about section"),

 # ---- LA03 abstract (2025-07-15)
 ("a-pub", A, "Published online 15 July 2025", "15 July 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "November 2023 to April 2024: an analysis", "November 2023 to April 2024", "date", 2023, 2024, "year", N, "title period"),
 ("a-oct23", A, "In October 2023, routine", "October 2023", "date", 2023, 2023, "year", Y, "detection in north carolina"),
 ("a-four", A, "identified four children", "four", "count", 4, 4, "children", Y, "initial north carolina children"),
 ("a-28oct", A, "on 28 October 2023", "28 October 2023", "date", 2023, 2023, "year", Y, "fda public alert"),
 ("a-nextday", A, "voluntary recall the next day", "the next day", "date", 2023, 2023, "year", N, "recall date (relative to oct 28)"),
 ("a-2270", A, "contained 2,270–5,110 ppm", "2,270–5,110 ppm", "dose", 2270, 5110, "ppm", Y, "lead in negasmart cinnamon samples"),
 ("a-13nov", A, "Health Advisory on 13 November 2023", "13 November 2023", "date", 2023, 2023, "year", Y, "cdc han"),
 ("a-22", A, "described 22 children", "22", "count", 22, 22, "children", Y, "han children as of nov 7"),
 ("a-ages", A, "aged 1–3 years", "1–3 years", "age", 1, 3, "years", Y, "han children ages"),
 ("a-14", A, "in 14 states with BLLs", "14", "count", 14, 14, "states", Y, "han states"),
 ("a-bll", A, "BLLs of 4–29 µg/dL", "4–29 µg/dL", "dose", 4, 29, "ug/dL", Y, "han bll range"),
 ("a-2y", A, "younger than 2 years", "2 years", "age", 2, 2, "years", Y, "guidance covers children under"),
 ("a-jan24", A, "issued in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "fda final guidance (misreport: year)"),
 ("a-m15dec", A, "between 15 December 2023 and", "15 December 2023", "date", 2023, 2023, "year", N, "study period start"),
 ("a-mapr", A, "the final update in April 2024, and", "April 2024", "date", 2024, 2024, "year", N, "study period end"),
 ("a-35", A, "a BLL ≥3.5 µg/dL measured", "3.5 µg/dL", "dose", 3.5, 3.5, "ug/dL", Y, "cdc case-definition threshold"),
 ("a-3mo", A, "within 3 months after consuming", "3 months", "duration", 3, 3, "months", Y, "case-definition window"),
 ("a-nov22", A, "after November 2022;", "November 2022", "date", 2022, 2022, "year", Y, "case-definition consumption start"),
 ("a-by15dec", A, "cases reported by 15 December with", "15 December", "date", 2023, 2023, "year", N, "comparison cut-off"),
 ("a-aft15dec", A, "added after 15 December, 34", "15 December", "date", 2023, 2023, "year", N, "comparison cut-off"),
 ("a-r15dec", A, "On 15 December 2023, N = 205", "15 December 2023", "date", 2023, 2023, "year", N, "as-of date"),
 ("a-205", A, "N = 205 cases", "205", "count", 205, 205, "cases", Y, "cdc cases as of dec 15"),
 ("a-33", A, "from 33 states (confirmed", "33", "count", 33, 33, "states", Y, "cdc states as of dec 15"),
 ("a-67", A, "confirmed n=67", "67", "count", 67, 67, "cases", Y, "cdc confirmed as of dec 15"),
 ("a-327", A, "n=67, 32.7%", "32.7%", "percent", 32.7, 32.7, "%", Y, "confirmed share as of dec 15"),
 ("a-327ci", A, "26.6–39.4", "26.6–39.4", "percent", 26.6, 39.4, "%", Y, "ci"),
 ("a-122", A, "probable n=122", "122", "count", 122, 122, "cases", Y, "cdc probable as of dec 15"),
 ("a-16", A, "suspect n=16", "16", "count", 16, 16, "cases", Y, "cdc suspect as of dec 15"),
 ("a-12jan", A, "By 12 January 2024", "12 January 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("a-354", A, "the count was 354 cases", "354", "count", 354, 354, "cases", Y, "cdc cases as of jan 12"),
 ("a-41", A, "from 41 states", "41", "count", 41, 41, "states", Y, "cdc states as of jan 12"),
 ("a-93", A, "confirmed n=93", "93", "count", 93, 93, "cases", Y, "cdc confirmed as of jan 12"),
 ("a-263", A, "n=93, 26.3%", "26.3%", "percent", 26.3, 26.3, "%", Y, "confirmed share as of jan 12"),
 ("a-263ci", A, "22.0–31.1", "22.0–31.1", "percent", 22.0, 31.1, "%", Y, "ci"),
 ("a-9feb", A, "On 9 February 2024", "9 February 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("a-422", A, "N = 422 cases", "422", "count", 422, 422, "cases", Y, "cdc cases as of feb 9"),
 ("a-44", A, "from 44 states (confirmed n=101", "44", "count", 44, 44, "states", Y, "cdc states as of feb 9"),
 ("a-101", A, "confirmed n=101", "101", "count", 101, 101, "cases", Y, "cdc confirmed as of feb 9"),
 ("a-239", A, "n=101, 23.9%", "23.9%", "percent", 23.9, 23.9, "%", Y, "confirmed share as of feb 9"),
 ("a-239ci", A, "20.1–28.2", "20.1–28.2", "percent", 20.1, 28.2, "%", Y, "ci"),
 ("a-284", A, "probable n=284", "284", "count", 284, 284, "cases", Y, "cdc probable as of feb 9"),
 ("a-37", A, "suspect n=37", "37", "count", 37, 37, "cases", Y, "cdc suspect as of feb 9"),
 ("a-21x", A, "a 2.1-fold increase", "2.1-fold", "ratio", 2.1, 2.1, "x", Y, "growth dec 15 to feb 9"),
 ("a-8wk", A, "increase in 8 weeks", "8 weeks", "duration", 8, 8, "weeks", Y, "interval dec 15 to feb 9"),
 ("a-27", A, "about 27 new cases per week", "27", "count", 27, 27, "cases/week", Y, "mean new cases per week"),
 ("a-217", A, "Of the 217 cases added", "217", "count", 217, 217, "cases", Y, "cases added after dec 15"),
 ("a-34", A, "15 December, 34 (15.7%", "34", "count", 34, 34, "cases", Y, "confirmed among later cases"),
 ("a-157", A, "34 (15.7%", "15.7%", "percent", 15.7, 15.7, "%", Y, "confirmed share among later cases"),
 ("a-157ci", A, "11.4–21.1", "11.4–21.1", "percent", 11.4, 21.1, "%", Y, "ci"),
 ("a-327b", A, "compared with 32.7% of", "32.7%", "percent", 32.7, 32.7, "%", N, "repeat"),
 ("a-205b", A, "of the first 205", "205", "count", 205, 205, "cases", N, "repeat"),
 ("a-diff", A, "(difference −17.0 percentage points", "−17.0 percentage points", "percent", -17.0, -17.0, "pp", Y, "difference in confirmed share"),
 ("a-diffci", A, "95% CI −24.9 to −8.9", "−24.9 to −8.9", "percent", -24.9, -8.9, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-apr24", A, "The final update, in April 2024,", "April 2024", "date", 2024, 2024, "year", Y, "cdc final update / outbreak closed"),
 ("a-519", A, "listed 519 cases", "519", "count", 519, 519, "cases", Y, "cdc final case count"),
 ("a-44b", A, "519 cases in 44 states", "44", "count", 44, 44, "states", Y, "cdc final states"),
 ("a-apr25", A, "(MMWR, April 2025)", "April 2025", "date", 2025, 2025, "year", N, "mmwr publication"),
 ("a-566", A, "identified 566 cases", "566", "count", 566, 566, "cases", Y, "mmwr case count"),
 ("a-44c", A, "566 cases in 44 states", "44", "count", 44, 44, "states", Y, "mmwr states (plus dc, pr)"),
 ("a-20", A, "reported in approximately 20%", "20%", "percent", 20, 20, "%", Y, "mmwr share with symptoms"),
 ("a-90", A, "FDA received 90 confirmed", "90", "count", 90, 90, "reports", Y, "fda final complaints"),
 ("a-053", A, "aged 0–53 years", "0–53 years", "age", 0, 53, "years", Y, "fda complainant ages"),
 ("a-med1", A, "(median 1 year)", "1 year", "age", 1, 1, "years", Y, "fda complainant median age"),
 ("a-doubled", A, "count more than doubled", "doubled", "ratio", 2, 2, "x", N, "summary"),
 ("a-8wkb", A, "in the 8 weeks after", "8 weeks", "duration", 8, 8, "weeks", N, "summary repeat"),
 ("a-middec", A, "weeks after mid-December as", "mid-December", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-half", A, "about half as likely", "half", "ratio", 0.5, 0.5, "x", N, "summary"),
 ("a-kdoubled", A, "Cases roughly doubled", "doubled", "ratio", 2, 2, "x", N, "key points"),
 ("a-kdec", A, "between mid-December 2023 and", "mid-December 2023", "date", 2023, 2023, "year", N, "key points"),
 ("a-kfeb", A, "early February 2024", "early February 2024", "date", 2024, 2024, "year", N, "key points"),
 ("a-k3", A, "about one in three", "one in three", "percent", 33.33, 33.33, "%", N, "key points"),
 ("a-k4", A, "about one in four", "one in four", "percent", 25, 25, "%", N, "key points"),

 # ---- LA04 explainer (2024-01-10)
 ("e-upd", E, "Updated January 10, 2024", "January 10, 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("e-hundreds", E, "in hundreds of young children", "hundreds", "count", None, None, "children", N, "vague"),
 ("e-3pk", E, "three-packs of 2.5-ounce", "three", "count", 3, 3, "pouches", N, "pack size"),
 ("e-25oz", E, "2.5-ounce pouches", "2.5-ounce", "dose", 2.5, 2.5, "oz", N, "pouch size"),
 ("e-oct28", E, "warned parents on October 28", "October 28", "date", 2023, 2023, "year", Y, "fda public alert"),
 ("e-oct29", E, "recalled the product on October 29", "October 29", "date", 2023, 2023, "year", Y, "wanabana recall"),
 ("e-nov9", E, "On November 9 the recall", "November 9", "date", 2023, 2023, "year", Y, "recall expansion to schnucks/weis"),
 ("e-90g", E, "90-gram pouches", "90-gram", "dose", 90, 90, "g", N, "pouch size"),
 ("e-three", E, "All three products were made", "three", "count", 3, 3, "products", N, "aside"),
 ("e-dec29", E, "As of December 29", "December 29", "date", 2023, 2023, "year", N, "as-of date"),
 ("e-287", E, "reports of 287 cases", "287", "count", 287, 287, "cases", Y, "cdc cases as of dec 29"),
 ("e-37", E, "from 37 states", "37", "count", 37, 37, "states", Y, "cdc states as of dec 29"),
 ("e-80", E, "80 confirmed, 187", "80", "count", 80, 80, "cases", Y, "cdc confirmed as of dec 29"),
 ("e-187", E, "187 probable", "187", "count", 187, 187, "cases", Y, "cdc probable as of dec 29"),
 ("e-20", E, "and 20 suspected", "20", "count", 20, 20, "cases", Y, "cdc suspect as of dec 29"),
 ("e-82", E, "had 82 confirmed complaints", "82", "count", 82, 82, "reports", Y, "fda complaints as of jan 2"),
 ("e-jan2", E, "as of January 2", "January 2", "date", 2024, 2024, "year", N, "as-of date"),
 ("e-53", E, "up to 53 years old", "53 years", "age", 53, 53, "years", Y, "oldest fda complainant"),
 ("e-two", E, "The two counts overlap", "two", "count", 2, 2, "counts", N, "aside"),
 ("e-nov13", E, "health advisory on November 13", "November 13", "date", 2023, 2023, "year", Y, "cdc han"),
 ("e-22", E, "knew of 22 children", "22", "count", 22, 22, "children", Y, "han children as of nov 7"),
 ("e-15", E, "22 children in 15 states", "15", "count", 15, 15, "states", Y, "han states (misreport)"),
 ("e-latenov", E, "By late November", "late November", "date", 2023, 2023, "year", N, "as-of date"),
 ("e-52", E, "logged 52 reports", "52", "count", 52, 52, "reports", Y, "fda complaints late nov"),
 ("e-22s", E, "52 reports from 22 states", "22", "count", 22, 22, "states", Y, "fda complaint states late nov"),
 ("e-14age", E, "all in children aged 1 to 4", "1 to 4", "age", 1, 4, "years", Y, "fda late-nov complainant ages"),
 ("e-2720", E, "contained 2,720 to 5,110 parts", "2,720 to 5,110", "dose", 2720, 5110, "ppm", Y, "lead in cinnamon samples (misreport: transposed)"),
 ("e-25", E, "maximum of 2.5 ppm", "2.5 ppm", "dose", 2.5, 2.5, "ppm", Y, "codex level under consideration"),
 ("e-218", E, "contained 2.18 ppm of lead", "2.18 ppm", "dose", 2.18, 2.18, "ppm", Y, "lead in recalled pouch"),
 ("e-2180", E, "about 2,180 parts per billion", "2,180 parts per billion", "dose", 2180, 2180, "ppb", Y, "lead in recalled pouch (ppb)"),
 ("e-200", E, "more than 200 times the 10", "200 times", "ratio", 200, 200, "x", Y, "pouch lead vs 10 ppb"),
 ("e-10a", E, "times the 10 parts per billion the FDA", "10 parts per billion", "dose", 10, 10, "ppb", Y, "draft level for fruit purees"),
 ("e-35", E, "reference value of 3.5 micrograms per deciliter", "3.5 micrograms per deciliter", "dose", 3.5, 3.5, "ug/dL", Y, "cdc blood lead reference value"),
 ("e-5", E, "lowered from 5 µg/dL in 2021", "5 µg/dL", "dose", 5, 5, "ug/dL", Y, "previous reference value (to 2021)"),
 ("e-2021", E, "5 µg/dL in 2021 and", "2021", "date", 2021, 2021, "year", Y, "reference value lowered"),
 ("e-975", E, "the 97.5th percentile", "97.5th percentile", "percent", 97.5, 97.5, "%", N, "definitional"),
 ("e-15age", E, "U.S. children aged 1 to 5", "1 to 5", "age", 1, 5, "years", N, "definitional"),
 ("e-nov", E, "In the CDC's November advisory", "November", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-bll", E, "levels from 4 to 29 µg/dL", "4 to 29 µg/dL", "dose", 4, 29, "ug/dL", Y, "han bll range"),
 ("e-35b", E, "a level of 3.5 µg/dL or higher", "3.5 µg/dL", "dose", 3.5, 3.5, "ug/dL", Y, "cdc case-definition threshold"),
 ("e-3mo", E, "within three months after eating", "three months", "duration", 3, 3, "months", Y, "case-definition window"),
 ("e-nov22", E, "bought after November 2022", "November 2022", "date", 2022, 2022, "year", Y, "case-definition consumption start"),
 ("e-lastjan", E, "Last January the FDA proposed", "Last January", "date", 2023, 2023, "year", Y, "fda draft baby-food lead guidance"),
 ("e-10b", E, "action levels, of 10 parts per billion", "10 parts per billion", "dose", 10, 10, "ppb", Y, "draft level for fruits etc"),
 ("e-20ppb", E, "and 20 parts per billion for single-ingredient", "20 parts per billion", "dose", 20, 20, "ppb", Y, "draft level root veg and dry cereal"),
 ("e-2427", E, "by 24% to 27%", "24% to 27%", "percent", 24, 27, "%", Y, "estimated exposure reduction"),

 # ---- LA05 blog (2025-02-10)
 ("b-date", B, "February 10, 2025", "February 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-lastoct", B, "in October of last year", "October of last year", "date", 2024, 2024, "year", Y, "wanabana recall (misreport: relative date resolves to 2024)"),
 ("b-200", B, "at more than 200 times the 2.5 ppm", "200 times", "ratio", 200, 200, "x", Y, "cinnamon lead vs codex 2.5 ppm (misreport)"),
 ("b-25", B, "the 2.5 ppm limit being", "2.5 ppm", "dose", 2.5, 2.5, "ppm", Y, "codex level under consideration"),
 ("b-feb24", B, "At the end of February 2024", "end of February 2024", "date", 2024, 2024, "year", Y, "fda confirms lead chromate"),
 ("b-feb9", B, "By Feb. 9, the CDC", "Feb. 9", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-422", B, "stood at 422 cases", "422", "count", 422, 422, "cases", Y, "cdc cases as of feb 9"),
 ("b-43", B, "422 cases in 43 states", "43", "count", 43, 43, "states", Y, "cdc states as of feb 9 (misreport)"),
 ("b-third", B, "only about a third of them", "a third", "percent", 33.33, 33.33, "%", Y, "confirmed share as of feb 9 (misreport)"),
 ("b-endmo", B, "By the end of that month", "end of that month", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-468", B, "it was 468 cases", "468", "count", 468, 468, "cases", Y, "cdc cases late feb"),
 ("b-44", B, "468 cases in 44 states", "44", "count", 44, 44, "states", Y, "cdc states late feb"),
 ("b-apr24", B, "outbreak over in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "cdc final update / outbreak closed"),
 ("b-519", B, "final tally was 519 cases", "519", "count", 519, 519, "cases", Y, "cdc final case count"),
 ("b-90", B, "ended with 90", "90", "count", 90, 90, "reports", Y, "fda final complaints"),
 ("b-med1", B, "was 1 year old", "1 year", "age", 1, 1, "years", Y, "fda complainant median age"),
 ("b-six", B, "Six of the FDA's complaints", "Six", "count", 6, 6, "reports", Y, "fda complaints from north carolina"),
 ("b-6x", B, "about six times higher than the average", "six times", "ratio", 6, 6, "x", Y, "median bll vs flint average"),
 ("b-35", B, "is 3.5 micrograms per deciliter", "3.5 micrograms per deciliter", "dose", 3.5, 3.5, "ug/dL", Y, "cdc blood lead reference value"),
 ("b-chart", B, "December 2023 to April 2024. Source", "December 2023 to April 2024", "date", 2023, 2024, "year", N, "image caption"),
 ("b-dec19", B, "through Dec. 19, 2023", "Dec. 19, 2023", "date", 2023, 2023, "year", Y, "last date recalled pouches on dollar tree shelves"),
 ("b-7wk", B, "about seven weeks after", "seven weeks", "duration", 7, 7, "weeks", Y, "time pouches stayed on shelves after recall"),
 ("b-lastjune", B, "Last June the FDA sent", "Last June", "date", 2024, 2024, "year", Y, "dollar tree warning letter"),
 ("b-15d", B, "gave the company 15 days", "15 days", "duration", 15, 15, "days", Y, "warning letter response time"),
 ("b-lastmo", B, "baby food last month", "last month", "date", 2025, 2025, "year", Y, "fda final guidance"),
 ("b-10", B, "The limits are 10 parts per billion", "10 parts per billion", "dose", 10, 10, "ppb", Y, "final level fruits etc"),
 ("b-20", B, "and 20 parts per billion for single-ingredient", "20 parts per billion", "dose", 20, 20, "ppb", Y, "final level root veg and dry cereal"),
 ("b-2", B, "marketed for kids under 2", "2", "age", 2, 2, "years", Y, "guidance covers children under"),
 ("b-3mo", B, "within three months of eating", "three months", "duration", 3, 3, "months", Y, "case-definition window"),
 ("b-48k", B, "Join 48,000 readers", "48,000", "count", 48000, 48000, "readers", N, "newsletter box"),
 ("b-5min", B, "label in 5 minutes", "5 minutes", "duration", 5, 5, "minutes", N, "related link"),
 ("b-6mo", B, "purees for 6-month-olds", "6-month-olds", "age", 6, 6, "months", N, "related link"),
 ("b-2024rel", B, "baby food recall of 2024", "2024", "date", 2024, 2024, "year", N, "related link"),
 ("b-27", B, "27 comments", "27", "count", 27, 27, "comments", N, "page furniture"),

 # ---- LA06 local (2023-11-16, a Thursday), hard-wrapped
 ("l-dozen", L, "reached more than a dozen states", "a dozen", "count", 12, 12, "states", N, "vague"),
 ("l-four", L, "turned up four children", "four", "count", 4, 4, "children", Y, "initial north carolina children"),
 ("l-ages12", L, "children at ages 1 and 2", "1 and 2", "age", 1, 2, "years", Y, "nc recommended testing ages"),
 ("l-lastmo", L, "warned parents late last month", "late last month", "date", 2023, 2023, "year", Y, "fda alert and wanabana recall"),
 ("l-lastthu", L, "Last Thursday the recall", "Last Thursday", "date", 2023, 2023, "year", Y, "recall expansion to schnucks/weis"),
 ("l-mon", L, "On Monday the Centers", "Monday", "date", 2023, 2023, "year", Y, "cdc han"),
 ("l-nov7", L, "As of Nov. 7", "Nov. 7", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-22", L, "the CDC said, 22 children", "22", "count", 22, 22, "children", Y, "han children as of nov 7"),
 ("l-ages", L, "22 children aged 1 to 3", "1 to 3", "age", 1, 3, "years", Y, "han children ages"),
 ("l-14", L, "1 to 3 in 14 states", "14", "count", 14, 14, "states", Y, "han states"),
 ("l-bll", L, "ranged from 4 to 29 micrograms", "4 to 29", "dose", 4, 29, "ug/dL", Y, "han bll range"),
 ("l-8x", L, "as much as eight times the CDC", "eight times", "ratio", 8, 8, "x", Y, "highest han bll vs reference value"),
 ("l-5", L, "reference value of 5 micrograms per deciliter", "5 micrograms per deciliter", "dose", 5, 5, "ug/dL", Y, "cdc blood lead reference value (misreport: pre-2021 value)"),
 ("l-nov10", L, "as of Nov. 10 it had", "Nov. 10", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-seven", L, "received seven reports", "seven", "count", 7, 7, "reports", Y, "fda complaints as of nov 10"),
 ("l-five", L, "from five states", "five", "count", 5, 5, "states", Y, "fda complaint states as of nov 10"),
 ("l-lastyr", L, "proposed in January of last year", "January of last year", "date", 2022, 2022, "year", Y, "fda draft baby-food lead guidance (misreport: relative date resolves to 2022)"),
 ("l-10", L, "no more than 10 parts per billion", "10 parts per billion", "dose", 10, 10, "ppb", Y, "draft level for fruit purees"),
 ("l-2427", L, "by 24 to 27 percent", "24 to 27 percent", "percent", 24, 27, "%", Y, "estimated exposure reduction"),

 # ---- LA07 fact-check (2025-05-01)
 ("f-h1000", F, "Did 1,000 children", "1,000", "count", 1000, 1000, "children", N, "headline (post claim)"),
 ("f-date", F, "May 1, 2025", "May 1, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c1000", F, "\"over 1,000 kids\"", "1,000", "count", 1000, 1000, "children", N, "post claim"),
 ("f-519", F, "counted 519 cases in their final", "519", "count", 519, 519, "cases", Y, "cdc final case count"),
 ("f-566", F, "and 566 in a later analysis", "566", "count", 566, 566, "cases", Y, "mmwr case count"),
 ("f-v1000", F, "not more than 1,000", "1,000", "count", 1000, 1000, "children", N, "post claim repeat"),
 ("f-jan25", F, "baby food in January 2025.", "January 2025", "date", 2025, 2025, "year", Y, "fda final guidance"),
 ("f-thousands", F, "shared thousands of times", "thousands", "count", None, None, "shares", N, "vague"),
 ("f-lateapr", F, "since late April", "late April", "date", 2025, 2025, "year", N, "post circulation"),
 ("f-four", F, "elevated lead in four children", "four", "count", 4, 4, "children", Y, "initial north carolina children"),
 ("f-oct23", F, "recalled the pouches in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "wanabana recall"),
 ("f-22", F, "described 22 children", "22", "count", 22, 22, "children", Y, "han children as of nov 7"),
 ("f-ages", F, "22 children aged 1 to 4", "1 to 4", "age", 1, 4, "years", Y, "han children ages (misreport: fda late-nov ages)"),
 ("f-14", F, "1 to 4 in 14 states", "14", "count", 14, 14, "states", Y, "han states"),
 ("f-bll", F, "levels of 4 to 29 micrograms", "4 to 29", "dose", 4, 29, "ug/dL", Y, "han bll range"),
 ("f-feb9", F, "by Feb. 9, 2024", "Feb. 9, 2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("f-422", F, "had 422 reports", "422", "count", 422, 422, "cases", Y, "cdc cases as of feb 9"),
 ("f-101", F, "of which 101", "101", "count", 101, 101, "cases", Y, "cdc confirmed as of feb 9"),
 ("f-24", F, "or about 24%", "24%", "percent", 24, 24, "%", Y, "confirmed share as of feb 9"),
 ("f-apr24", F, "investigation in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "cdc final update / outbreak closed"),
 ("f-519b", F, "final count was 519 cases", "519", "count", 519, 519, "cases", Y, "cdc final case count"),
 ("f-44", F, "519 cases in 44 states", "44", "count", 44, 44, "states", Y, "cdc final states"),
 ("f-apr25", F, "In April 2025 the CDC", "April 2025", "date", 2025, 2025, "year", Y, "mmwr publication"),
 ("f-566b", F, "identified 566 cases", "566", "count", 566, 566, "cases", Y, "mmwr case count"),
 ("f-44b", F, "566 cases in 44 states", "44", "count", 44, 44, "states", Y, "mmwr states (plus dc, pr)"),
 ("f-20", F, "roughly 20% of them", "20%", "percent", 20, 20, "%", Y, "mmwr share with symptoms"),
 ("f-89", F, "reached 89 by the end", "89", "count", 89, 89, "reports", Y, "fda final complaints (misreport: jan 16 interim)"),
 ("f-two", F, "the two counts overlap", "two", "count", 2, 2, "counts", N, "aside"),
 ("f-c1000b", F, "close to 1,000", "1,000", "count", 1000, 1000, "children", N, "post claim repeat"),
 ("f-2270", F, "found lead at 2,270 to 5,110", "2,270 to 5,110", "dose", 2270, 5110, "ppm", Y, "lead in negasmart cinnamon samples"),
 ("f-2000", F, "more than 2,000 times the 2.5", "2,000 times", "ratio", 2000, 2000, "x", Y, "cinnamon lead vs codex 2.5 ppm"),
 ("f-25", F, "the 2.5 ppm maximum", "2.5 ppm", "dose", 2.5, 2.5, "ppm", Y, "codex level under consideration"),
 ("f-jun24", F, "warning letter in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "dollar tree warning letter"),
 ("f-2mo", F, "for about two months after", "two months", "duration", 2, 2, "months", Y, "time pouches stayed on shelves after recall"),
 ("f-jan23", F, "draft guidance in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "fda draft baby-food lead guidance"),
 ("f-jan625", F, "final guidance on January 6, 2025", "January 6, 2025", "date", 2025, 2025, "year", Y, "fda final guidance"),
 ("f-10", F, "action levels of 10 parts per billion", "10 parts per billion", "dose", 10, 10, "ppb", Y, "final level fruits etc"),
 ("f-20ppb", F, "and 20 parts per billion for single-ingredient", "20 parts per billion", "dose", 20, 20, "ppb", Y, "final level root veg and dry cereal"),
 ("f-2", F, "intended for children under 2.", "2", "age", 2, 2, "years", Y, "guidance covers children under"),
 ("f-2427", F, "by 24% to 27%", "24% to 27%", "percent", 24, 27, "%", Y, "estimated exposure reduction"),
 ("f-r1000", F, "says more than 1,000 children", "1,000", "count", 1000, 1000, "children", N, "post claim repeat"),
 ("f-r519", F, "outbreak count was 519", "519", "count", 519, 519, "cases", Y, "cdc final case count (ruling)"),
 ("f-r566", F, "analysis found 566", "566", "count", 566, 566, "cases", Y, "mmwr case count (ruling)"),
 ("f-rjan25", F, "action levels in January 2025, more", "January 2025", "date", 2025, 2025, "year", Y, "fda final guidance (ruling)"),
 ("f-3mo", F, "more than three months before", "three months", "duration", 3, 3, "months", N, "interval guidance to post"),
]

S, Q = "strict", "qualified"
X = [
 # S1 recall year: blog's "October of last year" (2024) vs 2023
 ("b-lastoct", "w-lateoct", S), ("b-lastoct", "l-lastmo", S), ("b-lastoct", "p-oct23", S),
 ("b-lastoct", "e-oct29", S), ("b-lastoct", "f-oct23", S),
 # S2 final guidance year: abstract's January 2024 vs 2025
 ("a-jan24", "p-mon", S), ("a-jan24", "b-lastmo", S), ("a-jan24", "f-jan25", S),
 ("a-jan24", "f-jan625", S), ("a-jan24", "f-rjan25", S),
 # S3 draft guidance year: local's "January of last year" (2022) vs 2023
 ("l-lastyr", "w-jan", S), ("l-lastyr", "p-jan23", S), ("l-lastyr", "e-lastjan", S), ("l-lastyr", "f-jan23", S),
 # S4 CDC final case count: 468 (late-Feb interim) vs 519
 ("p-468", "a-519", S), ("p-468", "b-519", S), ("p-468", "f-519", S), ("p-468", "f-519b", S), ("p-468", "f-r519", S),
 # S5 states as of Feb 9: 43 vs 44
 ("b-43", "a-44", S),
 # S6 FDA final complaints: 89 vs 90
 ("f-89", "a-90", S), ("f-89", "b-90", S), ("f-89", "p-90", S),
 # S7 initial North Carolina children: five vs four
 ("p-five", "w-four", S), ("p-five", "l-four", S), ("p-five", "a-four", S), ("p-five", "f-four", S),
 # S8 CDC blood lead reference value: 5 vs 3.5
 ("l-5", "w-35", S), ("l-5", "p-35", S), ("l-5", "e-35", S), ("l-5", "b-35", S),
 # S9 draft lead level for fruit purees: 20 ppb vs 10 ppb
 ("w-20ppb", "l-10", S), ("w-20ppb", "e-10a", S), ("w-20ppb", "e-10b", S), ("w-20ppb", "p-10b", S),
 # S10 cinnamon lead range: 2,720 (transposed) vs 2,270
 ("e-2720", "w-2270", S), ("e-2720", "p-2270", S), ("e-2720", "a-2270", S), ("e-2720", "f-2270", S),
 # S11 highest HAN BLL vs reference value: six vs eight times
 ("p-6x", "w-8x", S), ("p-6x", "l-8x", S),
 # S12 cinnamon lead vs Codex 2.5 ppm: 200 vs 2,000 times
 ("b-200", "w-2000", S), ("b-200", "p-2000", S), ("b-200", "f-2000", S),
 # S13 confirmed share as of Feb 9: a third vs 23.9% / 24%
 ("b-third", "a-239", S), ("b-third", "f-24", S),
 # S14 HAN children ages: 1-4 vs 1-3
 ("f-ages", "w-ages", S), ("f-ages", "l-ages", S), ("f-ages", "a-ages", S),
 # S15 case-definition window: six months vs three months
 ("w-6mo", "e-3mo", S), ("w-6mo", "a-3mo", S), ("w-6mo", "b-3mo", S),
 # S16 HAN states: 15 vs 14
 ("e-15", "l-14", S), ("e-15", "a-14", S), ("e-15", "f-14", S),
 # S17 last date pouches seen on Dollar Tree shelves: January 2024 vs Dec. 19, 2023
 ("p-jan24", "b-dec19", S),
 # Qualified: CDC final web count 519 (April 2024) vs MMWR analysis 566 (April 2025)
 ("a-519", "f-566", Q), ("a-519", "f-566b", Q), ("a-519", "f-r566", Q),
 ("b-519", "a-566", Q), ("b-519", "f-566", Q), ("b-519", "f-566b", Q), ("b-519", "f-r566", Q),
 ("f-519", "a-566", Q), ("f-519b", "a-566", Q), ("f-r519", "a-566", Q),
 # press's 468 "final" vs MMWR 566
 ("p-468", "a-566", Q), ("p-468", "f-566", Q), ("p-468", "f-566b", Q), ("p-468", "f-r566", Q),
 # wire's draft 20 ppb for fruit purees vs the FINAL 10 ppb (final = draft, but a different document/date)
 ("w-20ppb", "p-10", Q), ("w-20ppb", "b-10", Q), ("w-20ppb", "f-10", Q),
 # Dollar Tree shelf time: "about two months" (AP wording) vs seven weeks (Oct 29 -> Dec 19)
 ("f-2mo", "b-7wk", Q),
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
