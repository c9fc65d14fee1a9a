#!/usr/bin/env python3
"""Build suicide-rate.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "suicide-rate")
OUT = os.path.join(HERE, "suicide-rate.gold.jsonl")
T = "suicide-rate"

W, P, A, E, B, L, F = ("SU01_wire.txt", "SU02_press.txt", "SU03_abstract.txt",
                       "SU04_explainer.txt", "SU05_blog.txt", "SU06_local.txt", "SU07_factcheck.txt")
Y = True; N = False
R = "per 100,000"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- SU01 wire (2024-09-26, a Thursday)
 ("w-h2023", W, "record level in 2023", "2023", "date", 2023, 2023, "year", N, "headline year"),
 ("w-dl", W, "NEW YORK, Sept. 26", "Sept. 26", "date", 2024, 2024, "year", N, "dateline"),
 ("w-thu", W, "released on Thursday", "Thursday", "date", 2024, 2024, "year", N, "cdc release date (2024-09-26)"),
 ("w-493", W, "A little over 49,300", "49,300", "count", 49300, 49300, "deaths", Y, "us suicide deaths 2023 (provisional)"),
 ("w-2023a", W, "died by suicide in 2023, the CDC", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-2022a", W, "final count for 2022 on Thursday", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-thu2", W, "2022 on Thursday: just", "Thursday", "date", 2024, 2024, "year", N, "release date"),
 ("w-495", W, "under 49,500 deaths", "49,500", "count", 49500, 49500, "deaths", Y, "us suicide deaths 2022 (final, rounded)"),
 ("w-two2", W, "The two totals", "two", "count", 2, 2, "totals", N, "aside"),
 ("w-142", W, "both years, 14.2 deaths", "14.2", "rate", 14.2, 14.2, R, Y, "age-adjusted suicide rate 2022 and 2023 (AP/CDC officials)"),
 ("w-142b", W, "14.2 in 2018", "14.2", "rate", 14.2, 14.2, R, Y, "age-adjusted suicide rate 2018"),
 ("w-2018", W, "14.2 in 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("w-1941", W, "that high since 1941", "1941", "date", 1941, 1941, "year", Y, "last year the rate was as high before 2018"),
 ("w-20y", W, "nearly 20 years of increases", "20 years", "duration", 20, 20, "years", N, "quote: length of rise"),
 ("w-0618", W, "from 2006 to 2018, dipped", "2006 to 2018", "date", 2006, 2018, "year", Y, "period of rising rates"),
 ("w-two", W, "dipped for two years", "two years", "duration", 2, 2, "years", N, "pandemic dip length (2019-2020)"),
 ("w-2yo", W, "The 2-year-old 988", "2-year-old", "duration", 2, 2, "years", N, "age of 988 line"),
 ("w-jul22", W, "launched in July 2022", "July 2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("w-3dig", W, "call or text three digits", "three", "count", 3, 3, "digits", N, "aside"),
 ("w-1yr", W, "but one flat year", "one", "count", 1, 1, "years", N, "quote"),
 ("w-502", W, "$502 million for the lifeline", "$502 million", "money", 502000000, 502000000, "USD", Y, "988 federal appropriation fy2024"),
 ("w-fy24", W, "fiscal year, 2024", "2024", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("w-55", W, "About 55% of all suicide deaths", "55%", "percent", 55, 55, "%", Y, "firearm share of suicides 2022"),
 ("w-2022b", W, "suicide deaths in 2022 involved", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-11th", W, "nation's 11th leading cause", "11th", "count", 11, 11, "rank", Y, "suicide rank among causes of death 2022"),
 ("w-2022c", W, "cause of death in 2022. Thursday's", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-2nd", W, "it was the second leading cause", "second", "count", 2, 2, "rank", N, "rank ages 10-14, 20-34"),
 ("w-1014", W, "people ages 10 to 14", "10 to 14", "age", 10, 14, "years", N, "age group"),
 ("w-2034", W, "10 to 14 and 20 to 34", "20 to 34", "age", 20, 34, "years", N, "age group"),
 ("w-3rd", W, "the third leading cause", "third", "count", 3, 3, "rank", N, "rank ages 15-19"),
 ("w-1519", W, "for those 15 to 19", "15 to 19", "age", 15, 19, "years", N, "age group"),
 ("w-75", W, "among men 75 and older", "75", "age", 75, 75, "years", N, "age group"),
 ("w-44", W, "at about 44", "44", "rate", 44, 44, R, Y, "men 75+ suicide rate 2023"),
 ("w-9", W, "at roughly 9 per", "9", "rate", 9, 9, R, Y, "highest female (middle-aged) rate 2023"),
 ("w-dbl", W, "whose rate has\ndoubled", "doubled", "ratio", 2, 2, "x", N, "teen girls/young women rate change over 20 years"),
 ("w-2dec", W, "over the past two decades", "two decades", "duration", 2, 2, "decades", N, "timespan"),
 ("w-160", W, "roughly 160 fewer suicides", "160", "count", 160, 160, "deaths", Y, "decline in suicides 2022 to 2023"),
 ("w-2023c", W, "fewer suicides in 2023 than", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-2022d", W, "than in 2022, most", "2022", "date", 2022, 2022, "year", N, "qualifier year"),

 # ---- SU02 press (2024-07-16)
 ("p-h2", P, "Marks Two Years", "Two Years", "duration", 2, 2, "years", N, "headline"),
 ("p-h10m", P, "More Than 10 Million Calls", "10 Million", "count", 10000000, 10000000, "contacts", N, "headline repeat"),
 ("p-dl", P, "WASHINGTON, July 16, 2024", "July 16, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-2nd", P, "marked the second anniversary", "second", "duration", 2, 2, "years", N, "anniversary"),
 ("p-launch", P, "launch on July 16, 2022", "July 16, 2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("p-10m", P, "answered more than\n10 million", "10 million", "count", 10000000, 10000000, "contacts", Y, "988 contacts answered, first two years (SAMHSA)"),
 ("p-17m", P, "About 1.7 million", "1.7 million", "count", 1700000, 1700000, "texts", Y, "988 texts answered, two years"),
 ("p-51", P, "answered 51% more texts", "51%", "percent", 51, 51, "%", Y, "growth in texts answered, year 2 vs year 1"),
 ("p-12mo", P, "in the past 12 months", "12 months", "duration", 12, 12, "months", N, "timespan"),
 ("p-q2y", P, "\"Two years ago the country", "Two years", "duration", 2, 2, "years", N, "quote"),
 ("p-q3d", P, "would be three digits away", "three", "count", 3, 3, "digits", N, "quote"),
 ("p-kf2", P, "from the first two years", "two years", "duration", 2, 2, "years", N, "section heading"),
 ("p-5m", P, "nearly 5 million contacts", "5 million", "count", 5000000, 5000000, "contacts", Y, "988 contacts answered, first year"),
 ("p-1m", P, "almost 1 million of", "1 million", "count", 1000000, 1000000, "contacts", Y, "first-year contacts routed to Veterans Crisis Line"),
 ("p-239", P, "2 minutes and 39 seconds", "2 minutes and 39 seconds", "duration", 2.65, 2.65, "minutes", Y, "average answer time before 988"),
 ("p-10dig", P, "the old 10-digit", "10-digit", "count", 10, 10, "digits", N, "aside"),
 ("p-41", P, "number to 41 seconds", "41 seconds", "duration", 41, 41, "seconds", Y, "average answer time after 988's first year"),
 ("p-475k", P, "475,000 calls, texts", "475,000", "count", 475000, 475000, "contacts", Y, "LGBTQI+ youth option contacts to July 2024"),
 ("p-may24", P, "In May 2024, the network", "May 2024", "date", 2024, 2024, "year", N, "as-of month"),
 ("p-88", P, "answered 88% of calls", "88%", "percent", 88, 88, "%", Y, "988 answer rate, calls, May 2024"),
 ("p-83", P, "83% of chats", "83%", "percent", 83, 83, "%", Y, "988 answer rate, chats, May 2024"),
 ("p-97", P, "97% of texts", "97%", "percent", 97, 97, "%", Y, "988 answer rate, texts, May 2024"),
 ("p-14min", P, "lasts about 14 minutes", "14 minutes", "duration", 14, 14, "minutes", Y, "average 988 call length"),
 ("p-200", P, "More than 200 local", "200", "count", 200, 200, "centers", Y, "crisis centers in 988 network"),
 ("p-49449", P, "show that 49,449 people", "49,449", "count", 49449, 49449, "deaths", Y, "us suicide deaths 2022 (provisional)"),
 ("p-2022a", P, "in the United States in 2022, a", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("p-26", P, "a 2.6% increase over 2021", "2.6%", "percent", 2.6, 2.6, "%", Y, "increase in suicide deaths 2021 to 2022 (provisional)"),
 ("p-2021", P, "increase over 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("p-149", P, "reached 14.9 deaths", "14.9", "rate", 14.9, 14.9, R, Y, "us suicide rate 2022"),
 ("p-1941", P, "the highest since 1941", "1941", "date", 1941, 1941, "year", Y, "last year the rate was as high"),
 ("p-520", P, "appropriated $520 million", "$520 million", "money", 520000000, 520000000, "USD", Y, "988 federal appropriation fy2024"),
 ("p-fy24", P, "in fiscal year 2024, an increase", "2024", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("p-18m", P, "of $18 million over", "$18 million", "money", 18000000, 18000000, "USD", Y, "988 appropriation increase fy2023 to fy2024"),
 ("p-502", P, "the $502 million provided", "$502 million", "money", 502000000, 502000000, "USD", Y, "988 federal appropriation fy2023"),
 ("p-fy23", P, "provided in fiscal 2023", "2023", "date", 2023, 2023, "year", N, "fiscal year qualifier"),
 ("p-1b", P, "invested nearly $1 billion", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "total federal investment in 988"),
 ("p-2020", P, "The 2020 law that created 988", "2020", "date", 2020, 2020, "year", Y, "year of the 988 law"),
 ("p-10st", P, "only 10 states have enacted", "10", "count", 10, 10, "states", Y, "states with 988 telecom fees (July 2024)"),
 ("p-2025", P, "that meets in 2025", "2025", "date", 2025, 2025, "year", N, "forward-looking"),
 ("p-18mo", P, "ends in 18 months", "18 months", "duration", 18, 18, "months", N, "quote, hypothetical"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-150", P, "more than 150 crisis call centers", "150", "count", 150, 150, "centers", N, "about section (coalition members)"),
 ("p-41st", P, "centers in 41 states", "41", "count", 41, 41, "states", N, "about section"),

 # ---- SU03 abstract (2025-04-22)
 ("a-pub", A, "Published online 22 April 2025", "22 April 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t", A, "United States, 2022–2023: final", "2022–2023", "date", 2022, 2023, "year", N, "title period"),
 ("a-0618", A, "from 2006 to 2018,\nwhen", "2006 to 2018", "date", 2006, 2018, "year", Y, "period of rising rates"),
 ("a-142b", A, "reached 14.2 per 100,000", "14.2", "rate", 14.2, 14.2, R, Y, "age-adjusted suicide rate 2018"),
 ("a-1941", A, "the highest since 1941", "1941", "date", 1941, 1941, "year", Y, "last year the rate was as high before 2018"),
 ("a-1920", A, "declines in 2019 and 2020", "2019 and 2020", "date", 2019, 2020, "year", N, "pandemic dip years"),
 ("a-2022bg", A, "suicides in 2022 exceeded", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-m2223", A, "changed between 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "study period"),
 ("a-2123", A, "residents in 2021–2023", "2021–2023", "date", 2021, 2023, "year", N, "data years"),
 ("a-2000", A, "the 2000 U.S. standard population", "2000", "date", 2000, 2000, "year", N, "definitional"),
 ("a-t2223", A, "Changes between 2022 and 2023 were", "2022 and 2023", "date", 2022, 2023, "year", N, "methods"),
 ("a-p05", A, "P<0.05", "0.05", "pvalue", 0.05, 0.05, "p", N, "significance threshold"),
 ("a-50", A, "for all 50 states", "50", "count", 50, 50, "states", N, "definitional"),
 ("a-49476", A, "N = 49,476", "49,476", "count", 49476, 49476, "deaths", Y, "us suicide deaths 2022 (final)"),
 ("a-2022r", A, "suicides in 2022, 2.7%", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-27", A, "2.7% more than", "2.7%", "percent", 2.7, 2.7, "%", Y, "increase in suicide deaths 2021 to 2022 (final)"),
 ("a-48183", A, "the 48,183 in 2021", "48,183", "count", 48183, 48183, "deaths", Y, "us suicide deaths 2021"),
 ("a-2021r", A, "48,183 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-49316", A, "N = 49,316", "49,316", "count", 49316, 49316, "deaths", Y, "us suicide deaths 2023 (final)"),
 ("a-2023r", A, "N = 49,316 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-m160", A, "−160 deaths", "−160", "count", -160, -160, "deaths", Y, "change in suicide deaths 2022 to 2023"),
 ("a-m03", A, "(−0.3%)", "−0.3%", "percent", -0.3, -0.3, "%", Y, "change in suicide deaths 2022 to 2023"),
 ("a-142", A, "was 14.2 (95% CI", "14.2", "rate", 14.2, 14.2, R, Y, "age-adjusted suicide rate 2022 (final)"),
 ("a-142ci", A, "14.1–14.3) in 2022", "14.1–14.3", "rate", 14.1, 14.3, R, Y, "ci"),
 ("a-2022s", A, "14.1–14.3) in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-141", A, "and 14.1 (95% CI", "14.1", "rate", 14.1, 14.1, R, Y, "age-adjusted suicide rate 2023 (final)"),
 ("a-141ci", A, "14.0–14.2) in 2023", "14.0–14.2", "rate", 14.0, 14.2, R, Y, "ci"),
 ("a-2023s", A, "14.0–14.2) in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-p27", A, "P=0.27", "0.27", "pvalue", 0.27, 0.27, "p", N, "p-value"),
 ("a-m230", A, "23.0 (22.8–23.2)", "23.0", "rate", 23.0, 23.0, R, Y, "male age-adjusted rate 2022 (final)"),
 ("a-m230ci", A, "(22.8–23.2)", "22.8–23.2", "rate", 22.8, 23.2, R, Y, "ci"),
 ("a-2022m", A, "22.8–23.2) in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-m227", A, "22.7 (22.5–22.9)", "22.7", "rate", 22.7, 22.7, R, Y, "male age-adjusted rate 2023 (final)"),
 ("a-m227ci", A, "(22.5–22.9)", "22.5–22.9", "rate", 22.5, 22.9, R, Y, "ci"),
 ("a-2023m", A, "22.5–22.9) in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-p07", A, "P=0.07", "0.07", "pvalue", 0.07, 0.07, "p", N, "p-value"),
 ("a-f59", A, "it was 5.9", "5.9", "rate", 5.9, 5.9, R, Y, "female age-adjusted rate 2022 and 2023"),
 ("a-f59ci", A, "(5.8–6.0)", "5.8–6.0", "rate", 5.8, 6.0, R, Y, "ci"),
 ("a-38x", A, "3.8 times female rates", "3.8 times", "ratio", 3.8, 3.8, "x", Y, "male:female rate ratio 2023"),
 ("a-2023x", A, "female rates in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-75", A, "occurred at ages 75 and older", "75", "age", 75, 75, "years", N, "age group"),
 ("a-73", A, "the rate fell 7.3% among men", "7.3%", "percent", 7.3, 7.3, "%", Y, "men 75+ rate change 2022-2023 (decline)"),
 ("a-p01", A, "(P=0.01)", "0.01", "pvalue", 0.01, 0.01, "p", N, "p-value"),
 ("a-108", A, "rose 10.8% among women", "10.8%", "percent", 10.8, 10.8, "%", Y, "women 75+ rate change 2022-2023 (increase)"),
 ("a-p04", A, "(P=0.04)", "0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-1014", A, "lowest at ages 10–14", "10–14", "age", 10, 14, "years", N, "age group"),
 ("a-75b", A, "men aged 75 and older and", "75", "age", 75, 75, "years", N, "age group"),
 ("a-4564", A, "women aged 45–64", "45–64", "age", 45, 64, "years", N, "age group"),
 ("a-27032", A, "n=27,032", "27,032", "count", 27032, 27032, "deaths", Y, "firearm suicides 2022"),
 ("a-546", A, "(54.6%)", "54.6%", "percent", 54.6, 54.6, "%", Y, "firearm share of suicides 2022"),
 ("a-2022f", A, "(54.6%) in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-27300", A, "n=27,300", "27,300", "count", 27300, 27300, "deaths", Y, "firearm suicides 2023"),
 ("a-554", A, "(55.4%)", "55.4%", "percent", 55.4, 55.4, "%", Y, "firearm share of suicides 2023"),
 ("a-2023f", A, "(55.4%) in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-51", A, "Of 51 jurisdictions", "51", "count", 51, 51, "jurisdictions", N, "definitional"),
 ("a-1inc", A, "jurisdictions, 1\nhad", "1", "count", 1, 1, "states", Y, "states with significant increase 2022-2023"),
 ("a-ar12", A, "(Arkansas, +12%)", "+12%", "percent", 12, 12, "%", Y, "arkansas rate change 2022-2023"),
 ("a-4dec", A, "and 4 had significant decreases", "4", "count", 4, 4, "states", Y, "states with significant decrease 2022-2023"),
 ("a-az7", A, "(−7%)", "−7%", "percent", -7, -7, "%", Y, "arizona rate change 2022-2023"),
 ("a-ct14", A, "(−14%)", "−14%", "percent", -14, -14, "%", Y, "connecticut rate change 2022-2023"),
 ("a-ia16", A, "(−16%)", "−16%", "percent", -16, -16, "%", Y, "iowa rate change 2022-2023"),
 ("a-nd21", A, "(−21%)", "−21%", "percent", -21, -21, "%", Y, "north dakota rate change 2022-2023"),
 ("a-46", A, "the other 46 did", "46", "count", 46, 46, "states", Y, "jurisdictions without significant change"),
 ("a-2023c", A, "unchanged in\n2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-range", A, "between 14.1 and 14.2 per", "14.1 and 14.2", "rate", 14.1, 14.2, R, Y, "age-adjusted rate range 2018-2023 excl. 2019-2020"),
 ("a-2018c", A, "every year since 2018", "2018", "date", 2018, 2018, "year", N, "period start"),
 ("a-two", A, "the\ntwo pandemic years", "two", "count", 2, 2, "years", N, "aside"),
 ("a-jul22", A, "launched in July\n2022", "July\n2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("a-half", A, "more than half\nof all suicides", "more than half", "percent", 50, 50, "%", N, "firearm share (summary)"),
]
C += [
 # ---- SU04 explainer (2025-02-03)
 ("e-upd", E, "Updated February 3, 2025", "February 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2022a", E, "In 2022, 49,476", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-49476", E, "In 2022, 49,476", "49,476", "count", 49476, 49476, "deaths", Y, "us suicide deaths 2022 (final)"),
 ("e-5", E, "rose about 5% from 2021", "5%", "percent", 5, 5, "%", Y, "increase in suicide deaths 2021 to 2022"),
 ("e-2021", E, "5% from 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("e-2023a", E, "count for\n2023, about", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-493", E, "about 49,300, was", "49,300", "count", 49300, 49300, "deaths", Y, "us suicide deaths 2023 (provisional)"),
 ("e-two", E, "describe the two years", "two", "count", 2, 2, "years", N, "aside"),
 ("e-2022b", E, "put the 2022 age-adjusted", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-143", E, "rate at 14.3 deaths", "14.3", "rate", 14.3, 14.3, R, Y, "age-adjusted suicide rate 2022 (provisional)"),
 ("e-1941", E, "every year since 1941", "1941", "date", 1941, 1941, "year", Y, "last year the rate was as high"),
 ("e-2018", E, "level since 2018", "2018", "date", 2018, 2018, "year", N, "period start"),
 ("e-1920", E, "dip in 2019 and 2020", "2019 and 2020", "date", 2019, 2020, "year", N, "pandemic dip years"),
 ("e-2023m", E, "In 2023 the age-adjusted rate", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-230", E, "rate was 23.0 per", "23.0", "rate", 23.0, 23.0, R, Y, "male age-adjusted rate 2023"),
 ("e-59", E, "and 5.9 for women", "5.9", "rate", 5.9, 5.9, R, Y, "female age-adjusted rate 2023"),
 ("e-4x", E, "roughly four times as likely", "four times", "ratio", 4, 4, "x", Y, "male:female rate ratio"),
 ("e-75", E, "among men 75 and older", "75", "age", 75, 75, "years", N, "age group"),
 ("e-2022r", E, "highest rate in\n2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-27", E, "about 27 per 100,000", "27", "rate", 27, 27, R, Y, "AIAN age-adjusted rate 2022"),
 ("e-18", E, "Americans at about 18", "18", "rate", 18, 18, R, Y, "white age-adjusted rate 2022"),
 ("e-decade", E, "over the past decade", "decade", "duration", 10, 10, "years", N, "timespan"),
 ("e-55", E, "About 55% of suicides", "55%", "percent", 55, 55, "%", Y, "firearm share of suicides 2022"),
 ("e-2022g", E, "suicides in 2022 involved", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-24h", E, "24 hours a day", "24 hours", "duration", 24, 24, "hours", N, "service hours"),
 ("e-7d", E, "seven days a week", "seven days", "duration", 7, 7, "days", N, "service days"),
 ("e-10dig", E, "the old 10-digit", "10-digit", "count", 10, 10, "digits", N, "aside"),
 ("e-v5", E, "voted 5-0", "5", "count", 5, 5, "votes", Y, "FCC votes for 988 designation"),
 ("e-v0", E, "voted 5-0", "0", "count", 0, 0, "votes", Y, "FCC votes against 988 designation"),
 ("e-jul20", E, "in July 2020 to make", "July 2020", "date", 2020, 2020, "year", Y, "FCC 988 designation vote"),
 ("e-oct", E, "Act that\nOctober", "October", "date", 2020, 2020, "year", N, "designation act passed (Oct 2020)"),
 ("e-3dig", E, "The three-digit line", "three-digit", "count", 3, 3, "digits", N, "aside"),
 ("e-launch", E, "nationwide on July 16, 2022", "July 16, 2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("e-2m", E, "more than 2 million calls", "2 million", "count", 2000000, 2000000, "contacts", Y, "988 contacts, first year"),
 ("e-may24", E, "through May 2024", "May 2024", "date", 2024, 2024, "year", N, "as-of month"),
 ("e-108", E, "counted 10.8 million", "10.8 million", "count", 10800000, 10800000, "contacts", Y, "988 contacts received through May 2024 (KFF)"),
 ("e-half", E, "passed half a million", "half a million", "count", 500000, 500000, "contacts", Y, "988 monthly contacts, spring 2024"),
 ("e-200", E, "more than 200 local crisis centers", "200", "count", 200, 200, "centers", Y, "crisis centers in 988 network"),
 ("e-1or2", E, "one or two years of data", "one or two years", "duration", 1, 2, "years", N, "aside"),

 # ---- SU05 blog (2025-07-20, a Sunday)
 ("b-dl", B, "July 20, 2025", "July 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-h3", B, "Three years of 988", "Three years", "duration", 3, 3, "years", N, "headline"),
 ("b-three", B, "turned three this week", "three", "duration", 3, 3, "years", N, "age of 988"),
 ("b-launch", B, "went live on July 16, 2022", "July 16, 2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("b-thu", B, "and on Thursday, one day", "Thursday", "date", 2025, 2025, "year", Y, "Press 3 LGBTQ+ option ended (2025-07-17)"),
 ("b-1day", B, "one day after", "one day", "duration", 1, 1, "days", N, "aside"),
 ("b-3rd", B, "its third birthday", "third", "duration", 3, 3, "years", N, "aside"),
 ("b-600k", B, "roughly 600,000 contacts a month", "600,000", "count", 600000, 600000, "contacts", Y, "988 monthly contacts 2025"),
 ("b-165", B, "received 16.5 million contacts", "16.5 million", "count", 16500000, 16500000, "contacts", Y, "988 contacts received since launch (KFF, to June 2025)"),
 ("b-111", B, "11.1 million calls", "11.1 million", "count", 11100000, 11100000, "calls", Y, "988 calls since launch"),
 ("b-29", B, "2.9 million texts", "2.9 million", "count", 2900000, 2900000, "texts", Y, "988 texts since launch"),
 ("b-24", B, "2.4 million chats", "2.4 million", "count", 2400000, 2400000, "chats", Y, "988 chats since launch"),
 ("b-13m", B, "at more than 13 million", "13 million", "count", 13000000, 13000000, "contacts", Y, "988 contacts answered since launch (SAMHSA, 3 years)"),
 ("b-20", B, "ran about 20% higher", "20%", "percent", 20, 20, "%", Y, "988 volume growth, year 3 vs year 2"),
 ("b-91", B, "91% of contacts", "91%", "percent", 91, 91, "%", Y, "988 national answer rate 2025"),
 ("b-2min", B, "well over two minutes", "two minutes", "duration", 2, 2, "minutes", Y, "average answer time before 988 (bound)"),
 ("b-10dig", B, "the old 10-digit line", "10-digit", "count", 10, 10, "digits", N, "aside"),
 ("b-14s", B, "to 14 seconds", "14 seconds", "duration", 14, 14, "seconds", Y, "average answer time after 988"),
 ("b-28", B, "28% of adults", "28%", "percent", 28, 28, "%", Y, "988 familiarity 2025"),
 ("b-dbl", B, "double the share", "double", "ratio", 2, 2, "x", N, "familiarity vs 2022"),
 ("b-2022f", B, "share in 2022", "2022", "date", 2022, 2022, "year", N, "comparison year"),
 ("b-3in4", B, "about three in four", "three in four", "percent", 75, 75, "%", Y, "share who have heard of 988 2025"),
 ("b-13lg", B, "more than 1.3 million contacts", "1.3 million", "count", 1300000, 1300000, "contacts", Y, "Press 3 contacts since 2022 (Trevor)"),
 ("b-2022p", B, "added in\n2022", "2022", "date", 2022, 2022, "year", N, "Press 3 start"),
 ("b-4x", B, "more than four times", "four times", "ratio", 4, 4, "x", Y, "LGBTQ+ youth suicide attempt ratio"),
 ("b-836", B, "$836 million for fiscal", "$836 million", "money", 836000000, 836000000, "USD", Y, "988 federal appropriation fy2024"),
 ("b-fy24", B, "fiscal year 2024, yet", "2024", "date", 2024, 2024, "year", N, "fiscal year qualifier"),
 ("b-12st", B, "and 12 have now passed", "12", "count", 12, 12, "states", Y, "states with 988 telecom fees (July 2025)"),
 ("b-495", B, "About 49,500 Americans", "49,500", "count", 49500, 49500, "deaths", Y, "us suicide deaths 2023"),
 ("b-2023d", B, "by suicide in 2023,\nessentially", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-2018", B, "moved since 2018", "2018", "date", 2018, 2018, "year", N, "period start"),
 ("b-58", B, "in 58% of suicides", "58%", "percent", 58, 58, "%", Y, "firearm share of suicides 2023"),
 ("b-2023g", B, "58% of suicides in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-ia21", B, "Iowa's rate fell 21%", "21%", "percent", 21, 21, "%", Y, "iowa rate change 2022-2023 (decline)"),
 ("b-2223", B, "between\n2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "period"),
 ("b-ct14", B, "Connecticut's fell 14%", "14%", "percent", 14, 14, "%", Y, "connecticut rate change 2022-2023 (decline)"),
 ("b-ar12", B, "Arkansas's rose 12%", "12%", "percent", 12, 12, "%", Y, "arkansas rate change 2022-2023"),
 ("b-chart", B, "July 2022 to June 2025", "July 2022 to June 2025", "date", 2022, 2025, "year", N, "chart caption"),
 ("b-one", B, "not one anniversary", "one", "count", 1, 1, "anniversaries", N, "aside"),

 # ---- SU06 local (2025-04-10, a Thursday), hard-wrapped
 ("l-dl", L, "Thursday, April 10, 2025", "April 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h16", L, "rate fell 16% in 2023. Crisis", "16%", "percent", 16, 16, "%", N, "headline repeat"),
 ("l-h2023", L, "16% in 2023. Crisis", "2023", "date", 2023, 2023, "year", N, "headline year"),
 ("l-2023a", L, "of any state in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-1yr", L, "largest one-year drops", "one-year", "duration", 1, 1, "years", N, "aside"),
 ("l-16", L, "rate fell 16% between", "16%", "percent", 16, 16, "%", Y, "iowa rate change 2022-2023 (decline)"),
 ("l-2223", L, "2022 and 2023. Only", "2022 and 2023", "date", 2022, 2023, "year", N, "period"),
 ("l-four", L, "Only four states", "four", "count", 4, 4, "states", Y, "states with significant decrease 2022-2023"),
 ("l-one", L, "One state, Arkansas", "One", "count", 1, 1, "states", Y, "states with significant increase 2022-2023"),
 ("l-34", L, "from 34 of Iowa's", "34", "count", 34, 34, "counties", Y, "counties served by Prairie Crisis Line (fictional)"),
 ("l-99", L, "Iowa's 99 counties", "99", "count", 99, 99, "counties", N, "background"),
 ("l-q1", L, "But one good year", "one", "count", 1, 1, "years", N, "quote"),
 ("l-q5", L, "in five years", "five years", "duration", 5, 5, "years", N, "quote"),
 ("l-49467", L, "Final data show 49,467", "49,467", "count", 49467, 49467, "deaths", Y, "us suicide deaths 2022 (final)"),
 ("l-2022", L, "died by suicide in 2022, the most", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-2023b", L, "and the 2023 total", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-1942", L, "since 1942", "1942", "date", 1942, 1942, "year", Y, "last year the rate was as high"),
 ("l-27300", L, "About 27,300 people", "27,300", "count", 27300, 27300, "deaths", Y, "firearm suicides 2023"),
 ("l-2023c", L, "in the U.S. in 2023, more", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-jul21", L, "went live in July 2021", "July 2021", "date", 2021, 2021, "year", Y, "988 launch"),
 ("l-dbl", L, "roughly doubled its staff", "doubled", "ratio", 2, 2, "x", Y, "center staff growth (fictional)"),
 ("l-46", L, "to 46\ncounselors", "46", "count", 46, 46, "counselors", Y, "center counselors (fictional)"),
 ("l-9in10", L, "about nine in 10", "nine in 10", "percent", 90, 90, "%", Y, "in-state answer share (fictional)"),
 ("l-3dig", L, "The\nthree-digit number", "three-digit", "count", 3, 3, "digits", N, "aside"),
 ("l-v4", L, "voted 4-1", "4", "count", 4, 4, "votes", Y, "FCC votes for 988 designation"),
 ("l-v1", L, "voted 4-1", "1", "count", 1, 1, "votes", Y, "FCC votes against 988 designation"),
 ("l-jul20", L, "in July\n2020 to designate", "July\n2020", "date", 2020, 2020, "year", Y, "FCC 988 designation vote"),
 ("l-2yrs", L, "carriers had two years", "two years", "duration", 2, 2, "years", Y, "carrier transition period"),
 ("l-dozen", L, "unlike a dozen other", "a dozen", "count", 12, 12, "states", Y, "states with 988 telecom fees (April 2025)"),
 ("l-sept", L, "at the end of September", "September", "date", 2025, 2025, "year", N, "grant end"),
 ("l-60", L, "cover about 60% of", "60%", "percent", 60, 60, "%", Y, "state budget share of center 988 costs (fictional)"),
 ("l-march", L, "fee bill in March", "March", "date", 2025, 2025, "year", N, "hearing date"),
 ("l-2019", L, "died by suicide in 2019", "2019", "date", 2019, 2019, "year", N, "aside"),
 ("l-three", L, "\"Three numbers saved", "Three", "count", 3, 3, "digits", N, "quote"),
 ("l-apr24", L, "evening of April 24", "April 24", "date", 2025, 2025, "year", N, "event date"),

 # ---- SU07 fact-check (2025-09-10)
 ("f-h20", F, "dropped 20% since", "20%", "percent", 20, 20, "%", N, "headline: claim checked"),
 ("f-dl", F, "September 10, 2025", "September 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c20", F, "are down 20%", "20%", "percent", 20, 20, "%", N, "claim checked (attributed)"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post shares"),
 ("f-sep", F, "in early September", "September", "date", 2025, 2025, "year", N, "post date"),
 ("f-v20", F, "anywhere near 20%", "20%", "percent", 20, 20, "%", N, "verdict restates claim"),
 ("f-launch", F, "nationwide on July 16, 2022", "July 16, 2022", "date", 2022, 2022, "year", Y, "988 launch"),
 ("f-10dig", F, "replacing the 10-digit", "10-digit", "count", 10, 10, "digits", N, "aside"),
 ("f-fifth", F, "one-fifth drop", "one-fifth", "percent", 20, 20, "%", N, "claim restated"),
 ("f-49476", F, "show 49,476 suicide deaths", "49,476", "count", 49476, 49476, "deaths", Y, "us suicide deaths 2022 (final)"),
 ("f-2022a", F, "deaths\nin 2022 and 49,316", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-49316", F, "and 49,316 in 2023", "49,316", "count", 49316, 49316, "deaths", Y, "us suicide deaths 2023 (final)"),
 ("f-2023a", F, "49,316 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-160", F, "a decline of 160 deaths", "160", "count", 160, 160, "deaths", Y, "decline in suicides 2022 to 2023"),
 ("f-03", F, "or about 0.3%", "0.3%", "percent", 0.3, 0.3, "%", Y, "decline in suicides 2022 to 2023"),
 ("f-142", F, "went from 14.2 to 14.1", "14.2", "rate", 14.2, 14.2, R, Y, "age-adjusted suicide rate 2022 (final)"),
 ("f-141", F, "from 14.2 to 14.1", "14.1", "rate", 14.1, 14.1, R, Y, "age-adjusted suicide rate 2023 (final)"),
 ("f-1941", F, "highest levels since 1941", "1941", "date", 1941, 1941, "year", Y, "last year the rate was as high"),
 ("f-2024", F, "Final data for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-w20", F, "Where might 20% come", "20%", "percent", 20, 20, "%", N, "claim restated"),
 ("f-two", F, "We found two candidates", "two", "count", 2, 2, "candidates", N, "aside"),
 ("f-july", F, "said in July that", "July", "date", 2025, 2025, "year", N, "statement date"),
 ("f-20vol", F, "about 20% more calls", "20%", "percent", 20, 20, "%", Y, "988 volume growth, year 3 vs year 2"),
 ("f-3rd", F, "in its third year than in its second", "third", "duration", 3, 3, "years", N, "timepoint"),
 ("f-2nd", F, "than in its second", "second", "duration", 2, 2, "years", N, "timepoint"),
 ("f-nd21", F, "rate fell 21% between", "21%", "percent", 21, 21, "%", Y, "north dakota rate change 2022-2023 (decline)"),
 ("f-2223", F, "between 2022 and 2023, one", "2022 and 2023", "date", 2022, 2023, "year", N, "period"),
 ("f-four", F, "one of four\nstates", "four", "count", 4, 4, "states", Y, "states with significant decrease 2022-2023"),
 ("f-5m", F, "about 5 million contacts", "5 million", "count", 5000000, 5000000, "contacts", Y, "988 contacts answered, first year"),
 ("f-13m", F, "and 13 million in its first two years", "13 million", "count", 13000000, 13000000, "contacts", Y, "988 contacts answered, first two years"),
 ("f-2yrs", F, "in its first two years", "two years", "duration", 2, 2, "years", N, "timepoint"),
 ("f-165", F, "KFF counted 16.5 million", "16.5 million", "count", 16500000, 16500000, "contacts", Y, "988 contacts received since launch (KFF, to June 2025)"),
 ("f-jun25", F, "through June 2025", "June 2025", "date", 2025, 2025, "year", N, "as-of month"),
 ("f-75", F, "Among men 75 and older", "75", "age", 75, 75, "years", N, "age group"),
 ("f-11", F, "the rate fell 11% in 2023", "11%", "percent", 11, 11, "%", Y, "men 75+ rate change 2022-2023 (decline)"),
 ("f-2023m", F, "fell 11% in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-27032", F, "There were 27,032 gun suicides", "27,032", "count", 27032, 27032, "deaths", Y, "firearm suicides 2023"),
 ("f-2023g", F, "gun suicides in 2023, a record", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-55", F, "roughly 55% of all suicides", "55%", "percent", 55, 55, "%", Y, "firearm share of suicides 2023"),
 ("f-two2", F, "checked two related claims", "two", "count", 2, 2, "claims", N, "aside"),
 ("f-jul24", F, "in\nJuly 2024, was", "July 2024", "date", 2024, 2024, "year", Y, "Press 3 LGBTQ+ option ended"),
 ("f-10st", F, "only 10 states had", "10", "count", 10, 10, "states", Y, "states with 988 telecom fees (summer 2025)"),
 ("f-q2y", F, "\"Two years of flat", "Two years", "duration", 2, 2, "years", N, "quote"),
 ("f-r20", F, "claims a 20% drop", "20%", "percent", 20, 20, "%", N, "ruling restates claim"),
 ("f-r03", F, "by roughly 0.3%", "0.3%", "percent", 0.3, 0.3, "%", Y, "decline in suicides 2022 to 2023 (ruling)"),
 ("f-r2223", F, "from 2022 to 2023, a change", "2022 to 2023", "date", 2022, 2023, "year", N, "period"),
 ("f-s2223", F, "mortality data, 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "sources line"),
 ("f-sjul25", F, "statement, July\n2025", "July\n2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3y", F, "Three Years After Launch", "Three Years", "duration", 3, 3, "years", N, "sources line title"),
 ("f-skff", F, "Launch,\" July 2025", "July 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s2023", F, "2023 gun deaths report", "2023", "date", 2023, 2023, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 US suicide deaths 2023: blog 49,500 (the 2022 figure) vs ~49,300 / 49,316
 ("b-495", "w-493", S), ("b-495", "a-49316", S), ("b-495", "e-493", S), ("b-495", "f-49316", S),
 # S2 final 2022 count: 49,467 (transposed) vs 49,476
 ("l-49467", "a-49476", S), ("l-49467", "e-49476", S), ("l-49467", "f-49476", S),
 # S3 increase in deaths 2021->2022: "about 5%" (2021's rise) vs 2.6% / 2.7%
 ("e-5", "p-26", S), ("e-5", "a-27", S),
 # S4 firearm share of suicides 2023: 58% (share of gun deaths that were suicides) vs 55.4% / ~55%
 ("b-58", "a-554", S), ("b-58", "f-55", S),
 # S5 firearm suicides in 2023: 27,032 (2022 figure) vs 27,300
 ("f-27032", "a-27300", S), ("f-27032", "l-27300", S),
 # S6 988 launch year: July 2021 vs July 2022
 ("l-jul21", "w-jul22", S), ("l-jul21", "p-launch", S), ("l-jul21", "a-jul22", S),
 ("l-jul21", "e-launch", S), ("l-jul21", "b-launch", S), ("l-jul21", "f-launch", S),
 # S7 988 first-year contacts: "more than 2 million" (six-month figure) vs nearly/about 5 million
 ("e-2m", "p-5m", S), ("e-2m", "f-5m", S),
 # S8 average answer time after launch: 14 s (transposed) vs 41 s
 ("b-14s", "p-41", S),
 # S9 contacts answered in first two years: 13 million (three-year figure) vs more than 10 million
 ("f-13m", "p-10m", S),
 # S10 male age-adjusted rate 2023: 23.0 (2022 figure) vs 22.7
 ("e-230", "a-m227", S),
 # S11 men 75+ rate change 2022->2023: fell 11% (women's ~11% rise) vs fell 7.3%
 ("f-11", "a-73", S),
 # S12 Iowa rate change: fell 21% (North Dakota's figure) vs 16%
 ("b-ia21", "a-ia16", S), ("b-ia21", "l-16", S),
 # S13 988 appropriation FY2024: $502M (FY2023 level) / $836M (budget request) vs $520M enacted
 ("w-502", "p-520", S), ("b-836", "p-520", S), ("w-502", "b-836", S),
 # S14 last year the rate was as high: 1942 vs 1941
 ("l-1942", "w-1941", S), ("l-1942", "p-1941", S), ("l-1942", "a-1941", S),
 ("l-1942", "e-1941", S), ("l-1942", "f-1941", S),
 # S15 2022 suicide rate: 14.9 (crude rate computed by a news agency) vs age-adjusted 14.2 final / 14.3 provisional
 ("p-149", "w-142", S), ("p-149", "a-142", S), ("p-149", "f-142", S), ("p-149", "e-143", S),
 # S16 Press 3 option ended: July 2024 vs "on Thursday" (2025-07-17)
 ("f-jul24", "b-thu", S),
 # S17 FCC 988 designation vote: 4-1 vs 5-0
 ("l-v4", "e-v5", S), ("l-v1", "e-v0", S),
 # S18 states with 988 telecom fees, summer 2025: 10 vs 12
 ("f-10st", "b-12st", S),

 # qualified
 # Q1 2022 age-adjusted rate: provisional 14.3 vs final 14.2
 ("e-143", "w-142", Q), ("e-143", "a-142", Q), ("e-143", "f-142", Q),
 # Q2 2023 rate: AP "14.2 in both years" vs NCHS 14.1 (real discrepancy)
 ("w-142", "a-141", Q), ("w-142", "f-141", Q),
 # Q3 2022 deaths: provisional 49,449 vs final 49,476 (and the transposed 49,467)
 ("p-49449", "a-49476", Q), ("p-49449", "e-49476", Q), ("p-49449", "f-49476", Q), ("p-49449", "l-49467", Q),
 # Q4 increase 2021->2022: 2.6% provisional vs 2.7% final
 ("p-26", "a-27", Q),
 # Q5 cumulative contacts around two years: 10 million answered (to July 2024) vs 10.8 million received (to May 2024)
 ("p-10m", "e-108", Q),
 # Q6 cumulative contacts, three years: 13 million answered (SAMHSA) vs 16.5 million received (KFF)
 ("b-13m", "f-165", Q),
 # Q7 states with 988 fees: "a dozen" (April 2025) vs 10 (summer 2025) — cumulative cannot fall, approximate word
 ("f-10st", "l-dozen", Q),
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
        rows.append({"type": "claim", "id": f"su-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"su-{a}", f"su-{b}"
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
