#!/usr/bin/env python3
"""Build naloxone.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "naloxone")
OUT = os.path.join(HERE, "naloxone.gold.jsonl")
T = "naloxone"

W, P, A, E, B, L, F = ("nx01_wire.txt", "nx02_press.txt", "nx03_abstract.txt",
                       "nx04_explainer.txt", "nx05_blog.txt", "nx06_local.txt", "nx07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- nx01 wire (2023-08-31)
 ("w-h4499", W, "priced at $44.99 a two-pack", "$44.99", "money", 44.99, 44.99, "USD", N, "headline repeat"),
 ("w-h2pk", W, "$44.99 a two-pack", "two", "count", 2, 2, "devices", N, "headline repeat (pack size)"),
 ("w-dl", W, "WASHINGTON, Aug 31", "Aug 31", "date", 2023, 2023, "year", N, "dateline"),
 ("w-wed", W, "said on Wednesday it had begun", "Wednesday", "date", 2023, 2023, "year", Y, "emergent otc shipping announcement"),
 ("w-4499", W, "retail price of $44.99 for a carton", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan otc msrp per two-pack"),
 ("w-2dev", W, "holding two 4-milligram", "two", "count", 2, 2, "devices", N, "pack size"),
 ("w-4mg", W, "two 4-milligram nasal", "4-milligram", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("w-41", W, "same carton for $41 to state", "$41", "money", 41, 41, "USD", Y, "public-interest price per two-pack"),
 ("w-sep5", W, "online on Sept. 5", "Sept. 5", "date", 2023, 2023, "year", Y, "otc sales start (walgreens online)"),
 ("w-sep7", W, "in stores on Sept. 7", "Sept. 7", "date", 2023, 2023, "year", Y, "otc sales start (walgreens stores)"),
 ("w-7000", W, "more than 7,000 of its pharmacies", "7,000", "count", 7000, 7000, "pharmacies", Y, "cvs pharmacies stocking"),
 ("w-earlysep", W, "stock the spray in early September", "early September", "date", 2023, 2023, "year", Y, "otc sales start (rite aid)"),
 ("w-mar", W, "nonprescription switch in March", "March", "date", 2023, 2023, "year", Y, "fda otc approval date"),
 ("w-1mo", W, "a month after two", "a month", "duration", 1, 1, "months", N, "interval vote-approval"),
 ("w-2cmte", W, "after two of its advisory", "two", "count", 2, 2, "committees", N, "advisory committees"),
 ("w-19", W, "voted 19-0 in favour", "19", "vote", 19, 19, "votes", Y, "adcom votes for otc"),
 ("w-0", W, "voted 19-0 in favour", "0", "vote", 0, 0, "votes", Y, "adcom votes against otc"),
 ("w-feb", W, "joint meeting in February", "February", "date", 2023, 2023, "year", Y, "adcom vote date"),
 ("w-2015", W, "first approved in 2015", "2015", "date", 2015, 2015, "year", Y, "narcan nasal rx approval"),
 ("w-130", W, "cost $130 to $150", "$130 to $150", "money", 130, 150, "USD", Y, "rx narcan cash price per two-pack"),
 ("w-2pk", W, "for a two-pack at retail", "two", "count", 2, 2, "devices", N, "pack size"),
 ("w-lastmo", W, "The FDA late last month approved", "late last month", "date", 2023, 2023, "year", Y, "rivive approval date"),
 ("w-3mg", W, "a 3-milligram naloxone", "3-milligram", "dose", 3, 3, "mg", Y, "rivive dose"),
 ("w-nextyr", W, "early next year", "early next year", "date", 2024, 2024, "year", Y, "rivive availability (forecast)"),
 ("w-200k", W, "at least 200,000 doses", "200,000", "count", 200000, 200000, "doses", Y, "rivive free doses pledged"),
 ("w-20", W, "roughly 20% of its first year", "20%", "percent", 20, 20, "%", Y, "rivive free doses share of first-year production"),
 ("w-3090", W, "after 30 to 90 minutes", "30 to 90 minutes", "duration", 30, 90, "minutes", Y, "naloxone duration of effect"),
 ("w-105k", W, "more than 105,000 people died", "105,000", "count", 105000, 105000, "deaths", Y, "us overdose deaths 12 months to feb 2023"),
 ("w-12mo", W, "in the 12 months ending in February", "12 months", "duration", 12, 12, "months", N, "period"),
 ("w-febend", W, "12 months ending in February", "February", "date", 2023, 2023, "year", N, "period end"),
 ("w-80k", W, "passed 80,000 in 2021", "80,000", "count", 80000, 80000, "deaths", Y, "us opioid deaths 2021"),
 ("w-2021", W, "passed 80,000 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("w-double", W, "about double the figure", "double", "ratio", 2, 2, "x", Y, "opioid deaths 2021 vs 2016"),
 ("w-5yr", W, "the figure five years earlier", "five years", "duration", 5, 5, "years", N, "comparison interval"),
 ("w-85", W, "involved in 85% of overdose", "85%", "percent", 85, 85, "%", Y, "allegheny fentanyl share 2022"),
 ("w-2022", W, "overdose deaths in 2022, up", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-29", W, "up from 29% in 2015", "29%", "percent", 29, 29, "%", Y, "allegheny fentanyl share 2015"),
 ("w-2015b", W, "29% in 2015", "2015", "date", 2015, 2015, "year", N, "qualifier year"),
 ("w-4499b", W, "that a $44.99 price", "$44.99", "money", 44.99, 44.99, "USD", N, "repeat"),

 # ---- nx02 press (2025-06-10)
 ("p-h12", P, "Installs First of 12 Free", "12", "count", 12, 12, "machines", N, "headline repeat"),
 ("p-dl", P, "June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-12", P, "the first of 12 free naloxone", "12", "count", 12, 12, "machines", Y, "brennan falls machines funded"),
 ("p-24h", P, "a 24-hour laundromat", "24-hour", "duration", 24, 24, "hours", N, "aside"),
 ("p-endsep", P, "by the end of September", "end of September", "date", 2025, 2025, "year", N, "installation target"),
 ("p-8", P, "voted 8-1 in March", "8", "vote", 8, 8, "votes", Y, "council votes for vending machines"),
 ("p-1", P, "voted 8-1 in March", "1", "vote", 1, 1, "votes", Y, "council votes against vending machines"),
 ("p-mar", P, "8-1 in March to fund", "March", "date", 2025, 2025, "year", Y, "council vote date"),
 ("p-3yr", P, "fund the three-year program", "three-year", "duration", 3, 3, "years", Y, "vending program length"),
 ("p-186k", P, "with $186,000 from", "$186,000", "money", 186000, 186000, "USD", Y, "vending program funding"),
 ("p-2dose", P, "boxed two-dose kits", "two", "count", 2, 2, "doses", N, "kit size"),
 ("p-4mg", P, "HCl) 4 mg nasal spray", "4 mg", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("p-mar24", P, "over-the-counter sale in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "fda otc approval date"),
 ("p-80391", P, "estimate that 80,391 people", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (provisional)"),
 ("p-2024a", P, "in the United States in 2024, nearly", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-27", P, "nearly 27% fewer", "27%", "percent", 27, 27, "%", Y, "decline in us overdose deaths 2024 vs 2023"),
 ("p-110037", P, "than the 110,037 deaths", "110,037", "count", 110037, 110037, "deaths", Y, "us overdose deaths 2023 (provisional predicted)"),
 ("p-2023", P, "deaths estimated for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-81", P, "more than 81 lives", "81", "count", 81, 81, "lives per day", Y, "lives saved per day (cdc)"),
 ("p-60", P, "Roughly 60% of 2024 deaths", "60%", "percent", 60, 60, "%", Y, "share of 2024 deaths involving synthetic opioids"),
 ("p-2024b", P, "60% of 2024 deaths", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-5st", P, "rose in only five states", "five", "count", 5, 5, "states", Y, "states with increases in 2024"),
 ("p-lastyr", P, "five states last year", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-1844", P, "aged 18 to 44", "18 to 44", "age", 18, 44, "years", Y, "ages for which overdose is leading cause of death"),
 ("p-45", P, "retails for about $45", "$45", "money", 45, 45, "USD", Y, "narcan otc retail price per two-pack"),
 ("p-2pk", P, "about $45 for a two-pack", "two", "count", 2, 2, "devices", N, "pack size"),
 ("p-36mo", P, "shelf life of 36 months", "36 months", "duration", 36, 36, "months", Y, "narcan shelf life"),
 ("p-12b", P, "- 12 machines at sites", "12", "count", 12, 12, "machines", N, "program list repeat"),
 ("p-2doseb", P, "- Free two-dose Narcan", "two", "count", 2, 2, "doses", N, "kit size"),
 ("p-2019", P, "Founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-40", P, "more than 40 communities", "40", "count", 40, 40, "communities", N, "about section"),
 ("p-11", P, "across 11 states", "11", "count", 11, 11, "states", N, "about section"),

 # ---- nx03 abstract (2024-07-05)
 ("a-pub", A, "Published online 5 July 2024", "5 July 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-mar23", A, "In March 2023 the US Food", "March 2023", "date", 2023, 2023, "year", Y, "fda otc approval date"),
 ("a-4mg", A, "hydrochloride) 4 mg nasal", "4 mg", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("a-sep23", A, "community pharmacies in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "otc sales start"),
 ("a-4499", A, "price of $44.99 per", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan otc msrp per two-pack"),
 ("a-2dose", A, "per two-dose carton", "two", "count", 2, 2, "doses", N, "pack size"),
 ("a-2016", A, "by prescription since 2016", "2016", "date", 2016, 2016, "year", Y, "intranasal naloxone rx availability start"),
 ("a-418", A, "audit of 418 Philadelphia", "418", "count", 418, 418, "pharmacies", Y, "philadelphia audit size (2017)"),
 ("a-third", A, "only one-third carried", "one-third", "percent", 33.33, 33.33, "%", Y, "philadelphia pharmacies carrying naloxone (2017)"),
 ("a-107543", A, "counted 107,543 drug", "107,543", "count", 107543, 107543, "deaths", Y, "us overdose deaths 2023 (provisional, may 2024)"),
 ("a-in2023", A, "overdose deaths in 2023, after", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-107491", A, "after 107,491 in 2022", "107,491", "count", 107491, 107491, "deaths", Y, "us overdose deaths 2022 (final)"),
 ("a-in2022", A, "107,491 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-202", A, "sample of 202 community", "202", "count", 202, 202, "pharmacies", Y, "pharmacies sampled"),
 ("a-2waves", A, "script in two waves", "two", "count", 2, 2, "waves", N, "design"),
 ("a-w1", A, "March to April 2023, before", "March to April 2023", "date", 2023, 2023, "year", N, "wave 1 period"),
 ("a-w2", A, "November 2023 to January 2024, after", "November 2023 to January 2024", "date", 2023, 2024, "year", N, "wave 2 period"),
 ("a-202b", A, "Of the 202 sampled", "202", "count", 202, 202, "pharmacies", N, "repeat"),
 ("a-192", A, "N = 192", "192", "count", 192, 192, "pharmacies", Y, "pharmacies analyzed"),
 ("a-422", A, "rose from 42.2% (n=81)", "42.2%", "percent", 42.2, 42.2, "%", Y, "same-day availability before otc"),
 ("a-81", A, "(n=81) before", "81", "count", 81, 81, "pharmacies", Y, "same-day available before otc"),
 ("a-578", A, "to 57.8% (n=111)", "57.8%", "percent", 57.8, 57.8, "%", Y, "same-day availability after otc"),
 ("a-111", A, "(n=111) after", "111", "count", 111, 111, "pharmacies", Y, "same-day available after otc"),
 ("a-156", A, "difference of 15.6 percentage points", "15.6 percentage points", "percent", 15.6, 15.6, "pp", Y, "availability difference"),
 ("a-156ci", A, "(95% CI, 5.7 to 25.5;", "5.7 to 25.5", "percent", 5.7, 25.5, "pp", Y, "ci"),
 ("a-p1", A, "25.5; P<.001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-9093", A, "fell from $90.93", "$90.93", "money", 90.93, 90.93, "USD", Y, "mean quoted cash price before otc"),
 ("a-sd1", A, "($42.60)", "$42.60", "money", 42.6, 42.6, "USD", Y, "sd before"),
 ("a-6267", A, "to $62.67 ($41.00)", "$62.67", "money", 62.67, 62.67, "USD", Y, "mean quoted cash price after otc"),
 ("a-sd2", A, "($41.00)", "$41.00", "money", 41.0, 41.0, "USD", Y, "sd after"),
 ("a-diff", A, "a change of −$28.26", "−$28.26", "money", -28.26, -28.26, "USD", Y, "price difference"),
 ("a-diffci", A, "(95% CI, −36.62 to −19.90;", "−36.62 to −19.90", "money", -36.62, -19.90, "USD", Y, "ci"),
 ("a-p2", A, "−19.90; P<.001)", ".001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-31", A, "a 31% drop", "31%", "percent", 31, 31, "%", Y, "relative drop in mean quoted price"),
 ("a-4in10", A, "more than four in 10 pharmacies", "four in 10", "percent", 40, 40, "%", Y, "pharmacies unable to supply same day"),
 ("a-jul23", A, "approved for OTC use in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "rivive approval date"),
 ("a-192kp", A, "Among 192 North Carolina", "192", "count", 192, 192, "pharmacies", N, "key points repeat"),

 # ---- nx04 explainer (2025-05-20)
 ("e-upd", E, "Updated May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-4mg", E, "product is a 4 mg nasal spray", "4 mg", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("e-2cmte", E, "Two FDA advisory committees", "Two", "count", 2, 2, "committees", N, "advisory committees"),
 ("e-19", E, "voted 19-0 on February", "19", "vote", 19, 19, "votes", Y, "adcom votes for otc"),
 ("e-0", E, "voted 19-0 on February", "0", "vote", 0, 0, "votes", Y, "adcom votes against otc"),
 ("e-feb15", E, "February 15, 2023", "February 15, 2023", "date", 2023, 2023, "year", Y, "adcom vote date"),
 ("e-mar29", E, "switch on March 29, 2023", "March 29, 2023", "date", 2023, 2023, "year", Y, "fda otc approval date"),
 ("e-sep23", E, "online retailers in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "otc sales start"),
 ("e-4499", E, "retail price is $44.99", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan otc msrp per two-pack"),
 ("e-2spr", E, "a box of two sprays", "two", "count", 2, 2, "devices", N, "pack size"),
 ("e-3mg", E, "RiVive, a 3 mg naloxone", "3 mg", "dose", 3, 3, "mg", Y, "rivive dose"),
 ("e-jul28", E, "use on July 28, 2023", "July 28, 2023", "date", 2023, 2023, "year", Y, "rivive approval date"),
 ("e-200k", E, "at least 200,000 doses", "200,000", "count", 200000, 200000, "doses", Y, "rivive free doses pledged"),
 ("e-10", E, "about 10% of its first year", "10%", "percent", 10, 10, "%", Y, "rivive free doses share of first-year production"),
 ("e-192", E, "study of 192 North Carolina", "192", "count", 192, 192, "pharmacies", Y, "nc study pharmacies analyzed"),
 ("e-422", E, "rose from 42.2% before", "42.2%", "percent", 42.2, 42.2, "%", Y, "same-day availability before otc"),
 ("e-578", E, "to 57.8% afterward", "57.8%", "percent", 57.8, 57.8, "%", Y, "same-day availability after otc"),
 ("e-9093", E, "fell from $90.93", "$90.93", "money", 90.93, 90.93, "USD", Y, "mean quoted cash price before otc"),
 ("e-7267", E, "to $72.67", "$72.67", "money", 72.67, 72.67, "USD", Y, "mean quoted cash price after otc"),
 ("e-50", E, "all 50 of them", "50", "count", 50, 50, "states", Y, "states with standing order or similar law"),
 ("e-1nos", E, "nozzle in one nostril", "one", "count", 1, 1, "nostrils", N, "instruction"),
 ("e-23min", E, "after 2 to 3 minutes", "2 to 3 minutes", "duration", 2, 3, "minutes", Y, "wait before second dose"),
 ("e-3090", E, "wears off in 30 to 90 minutes", "30 to 90 minutes", "duration", 30, 90, "minutes", Y, "naloxone duration of effect"),
 ("e-8mg", E, "Kloxxado, an 8 mg naloxone", "8 mg", "dose", 8, 8, "mg", Y, "kloxxado dose"),
 ("e-4mgb", E, "standard 4 mg dose", "4 mg", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("e-jan24", E, "made since January 2024", "January 2024", "date", 2024, 2024, "year", Y, "four-year shelf life effective"),
 ("e-4yr", E, "carry a four-year shelf life", "four-year", "duration", 4, 4, "years", Y, "narcan shelf life (new lots)"),
 ("e-3yr", E, "labeled for three years", "three years", "duration", 3, 3, "years", Y, "narcan shelf life (older lots)"),
 ("e-may14", E, "by the CDC on May 14", "May 14", "date", 2025, 2025, "year", N, "data release date"),
 ("e-80391", E, "estimate 80,391 overdose", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (provisional)"),
 ("e-2024a", E, "overdose deaths in 2024, 26.9%", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-269", E, "26.9% fewer", "26.9%", "percent", 26.9, 26.9, "%", Y, "decline in us overdose deaths 2024 vs 2023"),
 ("e-2019", E, "lowest toll since 2019", "2019", "date", 2019, 2019, "year", Y, "last year with fewer deaths"),
 ("e-1yr", E, "largest one-year drop", "one-year", "duration", 1, 1, "years", N, "qualifier"),
 ("e-70", E, "About 70% of 2024 deaths", "70%", "percent", 70, 70, "%", Y, "share of 2024 deaths involving synthetic opioids"),
 ("e-2024b", E, "70% of 2024 deaths", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-2st", E, "Only two states, Nevada", "two", "count", 2, 2, "states", Y, "states with increases in 2024"),
 ("e-2023", E, "official count for 2023, released", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-dec", E, "released in December, was", "December", "date", 2024, 2024, "year", N, "release date"),
 ("e-105007", E, "was 105,007", "105,007", "count", 105007, 105007, "deaths", Y, "us overdose deaths 2023 (final)"),
 ("e-may24", E, "released in May 2024 had", "May 2024", "date", 2024, 2024, "year", N, "release date"),
 ("e-2022", E, "had put 2022 at about", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-111k", E, "at about 111,000", "111,000", "count", 111000, 111000, "deaths", Y, "us overdose deaths 2022 (provisional predicted)"),
 ("e-2544", E, "aged 25 to 44", "25 to 44", "age", 25, 44, "years", Y, "ages for which overdose is leading cause of death"),

 # ---- nx05 blog (2025-08-12)
 ("b-crumb", B, "Harm Reduction / Two years", "Two years", "duration", 2, 2, "years", N, "breadcrumb"),
 ("b-h2yr", B, "Two years of over-the-counter Narcan: what", "Two years", "duration", 2, 2, "years", N, "headline"),
 ("b-pub", B, "| August 12, 2025 |", "August 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-2yrrc", B, "my two-year report card", "two-year", "duration", 2, 2, "years", N, "aside"),
 ("b-feb23", B, "In February 2023 the FDA's", "February 2023", "date", 2023, 2023, "year", Y, "adcom vote date"),
 ("b-18", B, "voted 18-1 that", "18", "vote", 18, 18, "votes", Y, "adcom votes for otc"),
 ("b-1", B, "-1 that Narcan", "1", "vote", 1, 1, "votes", Y, "adcom votes against otc"),
 ("b-mar", B, "approved the switch that March", "that March", "date", 2023, 2023, "year", Y, "fda otc approval date"),
 ("b-sep", B, "boxes reached us in September", "September", "date", 2023, 2023, "year", Y, "otc sales start"),
 ("b-4mg", B, "the same 4 mg spray", "4 mg", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("b-rv4", B, "It delivers 4 mg of naloxone", "4 mg", "dose", 4, 4, "mg", Y, "rivive dose"),
 ("b-200k", B, "at least 200,000 free doses", "200,000", "count", 200000, 200000, "doses", Y, "rivive free doses pledged"),
 ("b-10", B, "around 10% of its first-year", "10%", "percent", 10, 10, "%", Y, "rivive free doses share of first-year production"),
 ("b-192", B, "the same 192 pharmacies", "192", "count", 192, 192, "pharmacies", Y, "nc study pharmacies analyzed"),
 ("b-42", B, "went from about 42%", "42%", "percent", 42, 42, "%", Y, "same-day availability before otc"),
 ("b-58", B, "to about 58%", "58%", "percent", 58, 58, "%", Y, "same-day availability after otc"),
 ("b-63", B, "dropped to about $63", "$63", "money", 63, 63, "USD", Y, "mean quoted cash price after otc"),
 ("b-600", B, "survey of 600 pharmacies", "600", "count", 600, 600, "pharmacies", Y, "second nc survey size"),
 ("b-500", B, "among the 500 that sold", "500", "count", 500, 500, "pharmacies", Y, "second nc survey: pharmacies selling naloxone"),
 ("b-574", B, "only 57.4% stocked", "57.4%", "percent", 57.4, 57.4, "%", Y, "second nc survey: stocked otc box"),
 ("b-625", B, "and 62.5% of those", "62.5%", "percent", 62.5, 62.5, "%", Y, "second nc survey: behind the counter"),
 ("b-64", B, "checked 64 stores", "64", "count", 64, 64, "stores", Y, "nbc stores checked"),
 ("b-15", B, "in 15 states and Washington", "15", "count", 15, 15, "states", Y, "nbc states covered"),
 ("b-e2024", B, "D.C., in early 2024", "early 2024", "date", 2024, 2024, "year", N, "nbc check period"),
 ("b-2018", B, "By 2018, 42 states", "2018", "date", 2018, 2018, "year", Y, "standing-order tally date"),
 ("b-42st", B, "By 2018, 42 states", "42", "count", 42, 42, "states", Y, "states with standing orders (2018)"),
 ("b-cap", B, "by year, 2019 to 2024", "2019 to 2024", "date", 2019, 2024, "year", N, "image caption"),
 ("b-cap2", B, "peaked in 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "image caption"),
 ("b-2024a", B, "count for 2024 is 80,391", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-80391", B, "count for 2024 is 80,391", "80,391", "count", 80391, 80391, "deaths", Y, "us overdose deaths 2024 (provisional)"),
 ("b-24", B, "down 24% from 2023", "24%", "percent", 24, 24, "%", Y, "decline in us overdose deaths 2024 vs 2023"),
 ("b-2023a", B, "down 24% from 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-30k", B, "about 30,000 fewer", "30,000", "count", 30000, 30000, "deaths", Y, "fewer deaths 2024 vs 2023"),
 ("b-2022", B, "final count for 2022 was", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-107941", B, "2022 was 107,941", "107,941", "count", 107941, 107941, "deaths", Y, "us overdose deaths 2022 (final)"),
 ("b-111m", B, "reported $111 million", "$111 million", "money", 111000000, 111000000, "USD", Y, "narcan q4 2023 sales"),
 ("b-q4", B, "fourth quarter of 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-22", B, "up 22% from", "22%", "percent", 22, 22, "%", Y, "narcan q4 sales growth"),
 ("b-yrago", B, "22% from a year earlier", "a year", "duration", 1, 1, "years", N, "comparison interval"),
 ("b-7", B, "voted 7-2 last winter", "7", "vote", 7, 7, "votes", Y, "council votes for vending machines"),
 ("b-2", B, "voted 7-2 last winter", "2", "vote", 2, 2, "votes", Y, "council votes against vending machines"),
 ("b-winter", B, "7-2 last winter", "last winter", "date", 2025, 2025, "year", N, "council vote date (vague)"),
 ("b-168k", B, "spend $168,000 of", "$168,000", "money", 168000, 168000, "USD", Y, "vending program funding"),
 ("b-12", B, "on 12 machines", "12", "count", 12, 12, "machines", Y, "brennan falls machines funded"),
 ("b-june", B, "the library in June", "June", "date", 2025, 2025, "year", N, "first machine opened"),
 ("b-2box", B, "Buy two boxes", "two", "count", 2, 2, "boxes", N, "advice"),
 ("b-1home", B, "one for home", "one", "count", 1, 1, "boxes", N, "advice"),
 ("b-1car", B, "one for the car", "one", "count", 1, 1, "boxes", N, "advice"),
 ("b-1post", B, "One practical pharmacy post", "One", "count", 1, 1, "posts", N, "newsletter box"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- nx06 local (2025-03-05), hard-wrapped
 ("l-pub", L, "Wednesday, March 5, 2025", "March 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-h12", L, "Council backs 12 naloxone", "12", "count", 12, 12, "machines", N, "headline repeat"),
 ("l-h7", L, "in 7-2 vote", "7", "vote", 7, 7, "votes", N, "headline repeat"),
 ("l-h2", L, "in 7-2 vote", "2", "vote", 2, 2, "votes", N, "headline repeat"),
 ("l-7", L, "voted 7-2 on Tuesday", "7", "vote", 7, 7, "votes", Y, "council votes for vending machines"),
 ("l-2", L, "voted 7-2 on Tuesday", "2", "vote", 2, 2, "votes", Y, "council votes against vending machines"),
 ("l-tue", L, "7-2 on Tuesday night", "Tuesday", "date", 2025, 2025, "year", Y, "council vote date"),
 ("l-186k", L, "spend $186,000 of", "$186,000", "money", 186000, 186000, "USD", Y, "vending program funding"),
 ("l-12", L, "money on 12 vending", "12", "count", 12, 12, "machines", Y, "brennan falls machines funded"),
 ("l-2yr", L, "The two-year pilot", "two-year", "duration", 2, 2, "years", Y, "vending program length"),
 ("l-4stops", L, "at four transit stops", "four", "count", 4, 4, "sites", Y, "transit stop sites"),
 ("l-4mg", L, "Narcan 4-milligram", "4-milligram", "dose", 4, 4, "mg", Y, "narcan otc dose"),
 ("l-2no", L, "cast the two no votes", "two", "vote", 2, 2, "votes", N, "repeat of votes against"),
 ("l-15500", L, "works out to $15,500 per", "$15,500", "money", 15500, 15500, "USD", Y, "cost per machine"),
 ("l-sincesep", L, "since last September", "last September", "date", 2024, 2024, "year", Y, "otc sales start"),
 ("l-4999", L, "at a $49.99 list price", "$49.99", "money", 49.99, 49.99, "USD", Y, "narcan otc msrp per two-pack"),
 ("l-61", L, "shows 61 overdose deaths", "61", "count", 61, 61, "deaths", Y, "county overdose deaths 2024 (preliminary)"),
 ("l-2024a", L, "county residents in 2024, down", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-88", L, "down from 88 in", "88", "count", 88, 88, "deaths", Y, "county overdose deaths 2023"),
 ("l-2023", L, "88 in 2023, a drop", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-thous", L, "the thousands of naloxone kits", "thousands", "count", None, None, "kits", N, "vague"),
 ("l-2024b", L, "that the 2024 number", "2024", "date", 2024, 2024, "year", N, "repeat"),
 ("l-lastwk", L, "released last week by", "last week", "date", 2025, 2025, "year", N, "data release date"),
 ("l-87k", L, "estimate about 87,000", "87,000", "count", 87000, 87000, "deaths", Y, "us overdose deaths 12 months to sep 2024"),
 ("l-12mo", L, "in the 12 months ending", "12 months", "duration", 12, 12, "months", N, "period"),
 ("l-sep24", L, "ending in September 2024", "September 2024", "date", 2024, 2024, "year", N, "period end"),
 ("l-114k", L, "down from about 114,000", "114,000", "count", 114000, 114000, "deaths", Y, "us overdose deaths 12 months to sep 2023"),
 ("l-yrago", L, "114,000 a year earlier", "a year", "duration", 1, 1, "years", N, "comparison interval"),
 ("l-24", L, "a drop of nearly 24%", "24%", "percent", 24, 24, "%", Y, "decline 12 months to sep 2024"),
 ("l-45st", L, "Forty-five states recorded", "Forty-five", "count", 45, 45, "states", Y, "states with declines (12 months to sep 2024)"),
 ("l-5st", L, "five states recorded increases", "five", "count", 5, 5, "states", Y, "states with increases (12 months to sep 2024)"),
 ("l-23k", L, "more than 23,000 mass", "23,000", "count", 23000, 23000, "retailers", Y, "retail outlets selling narcan"),
 ("l-6", L, "to six stores in the city", "six", "count", 6, 6, "stores", Y, "stores visited"),
 ("l-mon", L, "city on Monday found", "Monday", "date", 2025, 2025, "year", N, "visit date"),
 ("l-2shelf", L, "open shelves at only two", "two", "count", 2, 2, "stores", Y, "stores with narcan on open shelves"),
 ("l-41", L, "Bright, 41,", "41", "age", 41, 41, "years", N, "interviewee age"),
 ("l-2022", L, "an overdose in 2022 after", "2022", "date", 2022, 2022, "year", N, "anecdote"),
 ("l-apr", L, "with a vendor in April", "April", "date", 2025, 2025, "year", N, "contract target"),
 ("l-summer", L, "by early summer", "early summer", "date", 2025, 2025, "year", N, "first machine target"),
 ("l-3mo", L, "every three months", "three months", "duration", 3, 3, "months", N, "reporting interval"),

 # ---- nx07 fact-check (2025-06-02)
 ("f-pub", F, "CheckPoint | June 2, 2025", "June 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c120", F, "record 120,000 last year. Giving", "120,000", "count", 120000, 120000, "deaths", N, "post claim"),
 ("f-clast", F, "120,000 last year. Giving", "last year", "date", 2024, 2024, "year", N, "post claim"),
 ("f-9k", F, "more than 9,000 times", "9,000", "count", 9000, 9000, "shares", N, "virality"),
 ("f-v2024", F, "fell sharply in 2024, the first", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-v2024b", F, "The 2024 toll", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-2019", F, "was the lowest since 2019, not", "2019", "date", 2019, 2019, "year", Y, "last year with fewer deaths"),
 ("f-2cmte", F, "Two advisory committees", "Two", "count", 2, 2, "committees", N, "advisory committees"),
 ("f-19", F, "voted 19-0 on Feb. 15", "19", "vote", 19, 19, "votes", Y, "adcom votes for otc"),
 ("f-0", F, "voted 19-0 on Feb. 15", "0", "vote", 0, 0, "votes", Y, "adcom votes against otc"),
 ("f-feb15", F, "Feb. 15, 2023", "Feb. 15, 2023", "date", 2023, 2023, "year", Y, "adcom vote date"),
 ("f-2mg", F, "approved the 2-milligram Narcan", "2-milligram", "dose", 2, 2, "mg", Y, "narcan otc dose"),
 ("f-mar29", F, "sale on March 29, 2023", "March 29, 2023", "date", 2023, 2023, "year", Y, "fda otc approval date"),
 ("f-sep", F, "in early September of that year", "early September of that year", "date", 2023, 2023, "year", Y, "otc sales start"),
 ("f-4499", F, "price of $44.99 for two doses", "$44.99", "money", 44.99, 44.99, "USD", Y, "narcan otc msrp per two-pack"),
 ("f-2doses", F, "$44.99 for two doses", "two", "count", 2, 2, "doses", N, "pack size"),
 ("f-45", F, "charging around $45", "$45", "money", 45, 45, "USD", Y, "typical store price (nbc, early 2024)"),
 ("f-e2024", F, "$45 in early 2024", "early 2024", "date", 2024, 2024, "year", N, "nbc check period"),
 ("f-4999", F, "several asking $49.99", "$49.99", "money", 49.99, 49.99, "USD", Y, "higher store price (nbc)"),
 ("f-32k", F, "more than 32,000 mass", "32,000", "count", 32000, 32000, "retailers", Y, "retail outlets selling narcan"),
 ("f-20m", F, "more than 20 million doses", "20 million", "count", 20000000, 20000000, "doses", Y, "emergent naloxone doses distributed 2023"),
 ("f-2023d", F, "United States and Canada in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-may14", F, "figures on May 14 showing", "May 14", "date", 2025, 2025, "year", N, "data release date"),
 ("f-80931", F, "estimated 80,931 drug", "80,931", "count", 80931, 80931, "deaths", Y, "us overdose deaths 2024 (provisional)"),
 ("f-2024a", F, "in the United States in 2024. That", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-27", F, "That is 27% fewer", "27%", "percent", 27, 27, "%", Y, "decline in us overdose deaths 2024 vs 2023"),
 ("f-110037", F, "than the 110,037 deaths", "110,037", "count", 110037, 110037, "deaths", Y, "us overdose deaths 2023 (provisional predicted)"),
 ("f-2023a", F, "the CDC estimates for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-1yr", F, "largest one-year decline", "one-year", "duration", 1, 1, "years", N, "qualifier"),
 ("f-37", F, "by about 37%", "37%", "percent", 37, 37, "%", Y, "decline in synthetic-opioid deaths 2024 vs 2023"),
 ("f-76282", F, "from 76,282 in", "76,282", "count", 76282, 76282, "deaths", Y, "synthetic-opioid deaths 2023"),
 ("f-2023b", F, "76,282 in 2023 to", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-48422", F, "to 48,422 in", "48,422", "count", 48422, 48422, "deaths", Y, "synthetic-opioid deaths 2024"),
 ("f-2024b", F, "48,422 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-60", F, "in about 60% of all", "60%", "percent", 60, 60, "%", Y, "share of 2024 deaths involving synthetic opioids"),
 ("f-lastyr", F, "overdose deaths last year. All", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-2st", F, "All but two states", "two", "count", 2, 2, "states", Y, "states with increases in 2024"),
 ("f-q120", F, "Where does 120,000 come", "120,000", "count", 120000, 120000, "deaths", N, "post claim repeat"),
 ("f-12mo", F, "rolling 12-month total", "12-month", "duration", 12, 12, "months", N, "period"),
 ("f-2023c", F, "reached in 2023, was", "2023", "date", 2023, 2023, "year", N, "peak date"),
 ("f-115k", F, "was nearly 115,000", "115,000", "count", 115000, 115000, "deaths", Y, "peak 12-month overdose deaths"),
 ("f-2022", F, "final count for 2022 was", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-107941", F, "2022 was 107,941", "107,941", "count", 107941, 107941, "deaths", Y, "us overdose deaths 2022 (final)"),
 ("f-decade", F, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("f-50b", F, "total about $50 billion", "$50 billion", "money", 50000000000, 50000000000, "USD", Y, "opioid settlement total"),
 ("f-1844", F, "Americans aged 18 to 44", "18 to 44", "age", 18, 44, "years", Y, "ages for which overdose is leading cause of death"),
 ("f-r120", F, "to a record 120,000 after", "120,000", "count", 120000, 120000, "deaths", N, "post claim (ruling)"),
 ("f-r2024", F, "count for 2024 is about", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r80k", F, "is about 80,000, down", "80,000", "count", 80000, 80000, "deaths", Y, "us overdose deaths 2024 (ruling, rounded)"),
 ("f-r27", F, "down 27% from the year", "27%", "percent", 27, 27, "%", Y, "decline in us overdose deaths 2024 vs 2023 (ruling)"),
 ("f-r2019", F, "and the lowest since 2019. No", "2019", "date", 2019, 2019, "year", N, "ruling repeat"),
 ("f-r120b", F, "has reached 120,000. We", "120,000", "count", 120000, 120000, "deaths", N, "post claim (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 advisory committee vote 19-0 vs 18-1
 ("b-18", "w-19", S), ("b-18", "e-19", S), ("b-18", "f-19", S),
 ("b-1", "w-0", S), ("b-1", "e-0", S), ("b-1", "f-0", S),
 # S2 Narcan OTC MSRP $44.99 vs $49.99
 ("l-4999", "w-4499", S), ("l-4999", "a-4499", S), ("l-4999", "e-4499", S), ("l-4999", "f-4499", S),
 # S3 RiVive dose 3 mg vs 4 mg
 ("b-rv4", "w-3mg", S), ("b-rv4", "e-3mg", S),
 # S4 OTC sales start: September 2023 vs "last September" (2024)
 ("l-sincesep", "w-sep5", S), ("l-sincesep", "w-sep7", S), ("l-sincesep", "w-earlysep", S),
 ("l-sincesep", "a-sep23", S), ("l-sincesep", "e-sep23", S), ("l-sincesep", "b-sep", S), ("l-sincesep", "f-sep", S),
 # S5 FDA OTC approval year 2023 vs 2024
 ("p-mar24", "w-mar", S), ("p-mar24", "a-mar23", S), ("p-mar24", "e-mar29", S), ("p-mar24", "b-mar", S), ("p-mar24", "f-mar29", S),
 # S6 2024 provisional deaths 80,391 vs 80,931
 ("f-80931", "p-80391", S), ("f-80931", "e-80391", S), ("f-80931", "b-80391", S),
 # S7 2024 decline ~27% vs 24%
 ("b-24", "p-27", S), ("b-24", "e-269", S), ("b-24", "f-27", S), ("b-24", "f-r27", S),
 # S8 share of 2024 deaths involving synthetic opioids ~60% vs 70%
 ("e-70", "p-60", S), ("e-70", "f-60", S),
 # S9 states with increases in 2024: two vs five
 ("p-5st", "e-2st", S), ("p-5st", "f-2st", S),
 # S10 council vote 7-2 vs 8-1
 ("p-8", "l-7", S), ("p-8", "b-7", S), ("p-1", "l-2", S), ("p-1", "b-2", S),
 # S11 vending program funding $186,000 vs $168,000
 ("b-168k", "l-186k", S), ("b-168k", "p-186k", S),
 # S12 Narcan OTC dose 4 mg vs 2 mg
 ("f-2mg", "w-4mg", S), ("f-2mg", "p-4mg", S), ("f-2mg", "a-4mg", S), ("f-2mg", "e-4mg", S),
 ("f-2mg", "e-4mgb", S), ("f-2mg", "b-4mg", S), ("f-2mg", "l-4mg", S),
 # S13 retail outlets 32,000 vs 23,000
 ("l-23k", "f-32k", S),
 # S14 NC study mean quoted price after OTC $62.67 vs $72.67
 ("e-7267", "a-6267", S), ("e-7267", "b-63", S),
 # S15 vending program length two-year vs three-year
 ("p-3yr", "l-2yr", S),
 # S16 RiVive free doses share 10% vs 20%
 ("w-20", "e-10", S), ("w-20", "b-10", S),
 # S17 leading-cause-of-death age band 18-44 vs 25-44
 ("e-2544", "p-1844", S), ("e-2544", "f-1844", S),
 # S18 2022 final deaths 107,941 vs 107,491
 ("a-107491", "f-107941", S), ("a-107491", "b-107941", S),
 # Qualified
 ("e-105007", "p-110037", Q), ("e-105007", "f-110037", Q), ("e-105007", "a-107543", Q),
 ("p-110037", "a-107543", Q), ("f-110037", "a-107543", Q),
 ("e-111k", "f-107941", Q), ("e-111k", "b-107941", Q), ("e-111k", "a-107491", Q),
 ("w-2015", "a-2016", Q),
 ("p-45", "l-4999", Q), ("f-45", "l-4999", Q),
 ("p-36mo", "e-4yr", Q),
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
        rows.append({"type": "claim", "id": f"nx-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"nx-{a}", f"nx-{b}"
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
