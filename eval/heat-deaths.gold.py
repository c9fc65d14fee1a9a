#!/usr/bin/env python3
"""Build heat-deaths.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "heat-deaths")
OUT = os.path.join(HERE, "heat-deaths.gold.jsonl")
T = "heat-deaths"

W, P, A, E, B, L, F = ("HD01_wire.txt", "HD02_press.txt", "HD03_abstract.txt",
                       "HD04_explainer.txt", "HD05_blog.txt", "HD06_local.txt", "HD07_factcheck.txt")
Y = True; N = False
H = "per 100,000"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- HD01 wire (2025-03-11, Tuesday)
 ("w-decade", W, "first time in a decade", "a decade", "duration", 10, 10, "years", N, "headline"),
 ("w-h600", W, "toll stays above 600", "600", "count", 600, 600, "deaths", N, "headline repeat"),
 ("w-dl", W, "PHOENIX, March 11", "March 11", "date", 2025, 2025, "year", N, "dateline"),
 ("w-602", W, "at least 602 people", "602", "count", 602, 602, "deaths", Y, "maricopa 2024 heat deaths, preliminary report"),
 ("w-lastyr", W, "Maricopa County last year, the county's", "last year", "date", 2024, 2024, "year", N, "qualifier year (2024)"),
 ("w-mon", W, "said on Monday", "Monday", "date", 2025, 2025, "year", Y, "preliminary 2024 report release (2025-03-10)"),
 ("w-2014", W, "decline since 2014 even", "2014", "date", 2014, 2014, "year", Y, "last year-over-year decline before 2024"),
 ("w-8", W, "Eight more deaths", "Eight", "count", 8, 8, "deaths", Y, "2024 deaths still under investigation at prelim"),
 ("w-2024a", W, "more deaths from 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-2023", W, "In 2023 the county confirmed", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-645", W, "confirmed 645 heat deaths", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("w-nearlydec", W, "nearly a decade of increases", "nearly a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-113", W, "logged 113 consecutive days", "113", "duration", 113, 113, "days", Y, "phoenix 2024 streak of >=100F days"),
 ("w-100a", W, "at or above 100 degrees Fahrenheit", "100 degrees Fahrenheit", "temperature", 100, 100, "F", N, "threshold"),
 ("w-may27", W, "from May 27 to Sept. 16", "May 27 to Sept. 16", "date", 2024, 2024, "year", N, "streak period"),
 ("w-76", W, "previous streak of 76 days", "76 days", "duration", 76, 76, "days", Y, "previous 100F streak record"),
 ("w-1993", W, "76 days set in 1993", "1993", "date", 1993, 1993, "year", Y, "previous 100F streak record year"),
 ("w-70", W, "a record 70 days", "70", "count", 70, 70, "days", Y, "phoenix 2024 days >=110F"),
 ("w-110", W, "70 days at or above 110 degrees", "110 degrees", "temperature", 110, 110, "F", N, "threshold"),
 ("w-jun18", W, "Between June 18 and July 31", "June 18 and July 31", "date", 2024, 2024, "year", N, "period"),
 ("w-14", W, "issued 14 excessive heat warnings", "14", "count", 14, 14, "warnings", Y, "excessive heat warnings june 18-july 31 2024"),
 ("w-half", W, "About half of those who died", "half", "percent", 50, 50, "%", Y, "maricopa 2024 share unhoused"),
 ("w-89", W, "were present in 89%", "89%", "percent", 89, 89, "%", Y, "stimulants among substance-involved deaths 2024"),
 ("w-43", W, "modest: 43 fewer deaths", "43", "count", 43, 43, "deaths", Y, "2024 vs 2023 decline"),
 ("w-2023b", W, "fewer deaths than in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-2024b", W, "the 2024 toll is still", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-ten", W, "roughly ten times the 61", "ten times", "ratio", 10, 10, "x", Y, "2024 vs 2014"),
 ("w-61", W, "the 61 heat deaths", "61", "count", 61, 61, "deaths", Y, "maricopa 2014 heat deaths"),
 ("w-2014b", W, "recorded in 2014.", "2014", "date", 2014, 2014, "year", N, "qualifier year"),
 ("w-lastmo", W, "Last month the county Board", "Last month", "date", 2025, 2025, "year", Y, "board vote on shelter contract (feb 2025)"),
 ("w-vfor", W, "voted 5-0 to approve", "5", "vote", 5, 5, "votes for", Y, "board vote on shelter contract, for"),
 ("w-vag", W, "voted 5-0 to approve", "0", "vote", 0, 0, "votes against", Y, "board vote on shelter contract, against"),
 ("w-29", W, "worth $2.9 million in total", "$2.9 million", "money", 2900000, 2900000, "USD", Y, "shelter contract total value"),
 ("w-two", W, "kept two cooling centers", "two", "count", 2, 2, "centers", Y, "phoenix overnight cooling centers 2024"),
 ("w-three", W, "extended hours at three others", "three", "count", 3, 3, "centers", Y, "phoenix extended-hour centers 2024"),
 ("w-2352", W, "cause in 2,352 deaths in 2023", "2,352", "count", 2352, 2352, "deaths", Y, "us heat deaths on death certificates 2023"),
 ("w-2023c", W, "2,352 deaths in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-25", W, "in at least 25 years", "25 years", "duration", 25, 25, "years", N, "series length"),
 ("w-lastaug", W, "published last August", "last August", "date", 2024, 2024, "year", Y, "jama study publication"),
 ("w-100b", W, "could reach 100 degrees again", "100 degrees", "temperature", 100, 100, "F", N, "forecast"),
 ("w-nextmo", W, "as early as next month", "next month", "date", 2025, 2025, "year", N, "forecast timing"),

 # ---- HD02 press (2025-06-10)
 ("p-h120", P, "Begins Installing 120 Solar", "120", "count", 120, 120, "shelters", N, "headline repeat"),
 ("p-sub3", P, "Deployment under three-year", "three-year", "duration", 3, 3, "years", N, "subtitle repeat"),
 ("p-dl", P, "June 10, 2025", "June 10, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-120", P, "begun installing 120 solar-powered", "120", "count", 120, 120, "shelters", Y, "shelters in deployment"),
 ("p-3yr", P, "under a three-year agreement", "three-year", "duration", 3, 3, "years", Y, "agreement length"),
 ("p-34", P, "valued at $3.4 million", "$3.4 million", "money", 3400000, 3400000, "USD", Y, "shelter contract total value"),
 ("p-29", P, "$2.9 million from Maricopa", "$2.9 million", "money", 2900000, 2900000, "USD", Y, "county share of contract"),
 ("p-500k", P, "$500,000 in co-funding", "$500,000", "money", 500000, 500000, "USD", Y, "phoenix co-funding"),
 ("p-vfor", P, "on a 4-1 vote", "4", "vote", 4, 4, "votes for", Y, "board vote on shelter contract, for"),
 ("p-vag", P, "a 4-1 vote", "1", "vote", 1, 1, "votes against", Y, "board vote on shelter contract, against"),
 ("p-feb", P, "vote in February", "February", "date", 2025, 2025, "year", Y, "board vote date"),
 ("p-40", P, "The first 40 shelters", "40", "count", 40, 40, "shelters", Y, "first wave of shelters"),
 ("p-jul1", P, "open by July 1", "July 1", "date", 2025, 2025, "year", N, "target date"),
 ("p-endaug", P, "by the end of August", "end of August", "date", 2025, 2025, "year", N, "target date"),
 ("p-lastwk", P, "the release last week", "last week", "date", 2025, 2025, "year", Y, "final 2024 report release (june 2025)"),
 ("p-2024a", P, "county's final 2024 heat-related", "2024", "date", 2024, 2024, "year", N, "report year"),
 ("p-608", P, "confirmed 608 heat-related", "608", "count", 608, 608, "deaths", Y, "maricopa 2024 heat deaths, final report"),
 ("p-2024b", P, "608 heat-related deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-645", P, "a record 645 in 2023", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("p-2023", P, "645 in 2023. Roughly", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-half", P, "Roughly half of the people", "half", "percent", 50, 50, "%", Y, "maricopa 2024 share unhoused"),
 ("p-2024c", P, "who died in 2024 were", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("p-60", P, "nearly 60% were aged", "60%", "percent", 60, 60, "%", Y, "maricopa 2024 share aged 50+"),
 ("p-50", P, "aged 50 or older", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("p-34q", P, "more than three-quarters", "three-quarters", "percent", 75, 75, "%", Y, "maricopa 2024 share outdoors"),
 ("p-lastsum", P, "Last summer Phoenix endured", "Last summer", "date", 2024, 2024, "year", N, "qualifier (summer 2024)"),
 ("p-55", P, "a record 55 days", "55", "count", 55, 55, "days", Y, "phoenix 2024 days >=110F"),
 ("p-110", P, "55 days at or above 110°F", "110°F", "temperature", 110, 110, "F", N, "threshold"),
 ("p-12", P, "seats up to 12 people", "12", "count", 12, 12, "people", Y, "shelter capacity"),
 ("p-85f", P, "interior below 85°F", "85°F", "temperature", 85, 85, "F", Y, "shelter interior spec"),
 ("p-115f", P, "temperature is 115°F", "115°F", "temperature", 115, 115, "F", N, "spec condition"),
 ("p-may1", P, "From May 1 through Sept. 25, 2024", "May 1 through Sept. 25, 2024", "date", 2024, 2024, "year", N, "period"),
 ("p-33247", P, "logged 33,247 visits", "33,247", "count", 33247, 33247, "visits", Y, "phoenix cooling center visits may1-sep25 2024"),
 ("p-1358", P, "answered 1,358 heat-related", "1,358", "count", 1358, 1358, "calls", Y, "phoenix fd heat calls 2024"),
 ("p-203", P, "only 203 of them", "203", "count", 203, 203, "calls", Y, "calls within a mile of a center"),
 ("p-mile", P, "within a mile of a cooling", "a mile", "distance", 1, 1, "miles", N, "definitional"),
 ("p-april", P, "In April, the Centers", "April", "date", 2025, 2025, "year", Y, "cdc mmwr ed-visit report date"),
 ("p-119605", P, "reported 119,605 emergency", "119,605", "count", 119605, 119605, "visits", Y, "us heat ed visits 2023"),
 ("p-2023b", P, "nationwide in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-6291", P, "estimated 6,291 excess deaths", "6,291", "count", 6291, 6291, "deaths/year", Y, "weinberger heat-attributable deaths per year"),
 ("p-297", P, "from heat in 297 U.S. counties", "297", "count", 297, 297, "counties", Y, "weinberger counties"),
 ("p-cup", P, "drink one cup (8 ounces)", "one cup", "dose", 1, 1, "cup", N, "same quantity, other unit"),
 ("p-8oz", P, "(8 ounces) of water", "8 ounces", "dose", 8, 8, "oz", Y, "water per interval"),
 ("p-1520", P, "every 15 to 20 minutes when", "15 to 20 minutes", "duration", 15, 20, "minutes", Y, "water interval"),
 ("p-48", P, "no more than 48 ounces", "48 ounces", "dose", 48, 48, "oz", Y, "max water per hour"),
 ("p-2019", P, "Founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-85", P, "employs about 85 people", "85", "count", 85, 85, "employees", N, "about section"),
 ("p-14", P, "in service in 14 cities", "14", "count", 14, 14, "cities", N, "about section"),

 # ---- HD03 abstract (2024-11-18)
 ("a-pub", A, "Published online 18 November 2024", "18 November 2024", "date", 2024, 2024, "year", N, "publication metadata"),
 ("a-t1", A, "death certificates, 1999–2023, and", "1999–2023", "date", 1999, 2023, "year", N, "title period"),
 ("a-t2", A, "syndromic surveillance, 2023\n", "2023", "date", 2023, 2023, "year", N, "title year"),
 ("a-recwarm", A, "record-warm year of 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-m9923", A, "from 1999 through 2023 with", "1999 through 2023", "date", 1999, 2023, "year", Y, "death-certificate study period"),
 ("a-std", A, "the 2000 US population", "2000", "date", 2000, 2000, "year", N, "standard population"),
 ("a-jan", A, "1 January–31 December 2023", "1 January–31 December 2023", "date", 2023, 2023, "year", N, "ed data period"),
 ("a-297", A, "estimate for 297 counties covering", "297", "count", 297, 297, "counties", Y, "weinberger counties"),
 ("a-619", A, "covering 61.9% of", "61.9%", "percent", 61.9, 61.9, "%", Y, "weinberger population share"),
 ("a-y2000", A, "population in 2000, 1997", "2000", "date", 2000, 2000, "year", N, "population reference year"),
 ("a-9706", A, "in 2000, 1997–2006 [1]", "1997–2006", "date", 1997, 2006, "year", Y, "weinberger study period"),
 ("a-25y", A, "Over 25 years, N", "25 years", "duration", 25, 25, "years", N, "series length"),
 ("a-N", A, "N = 21,518", "21,518", "count", 21518, 21518, "deaths", Y, "us certified heat deaths 1999-2023"),
 ("a-026", A, "AAMR 0.26 per 100,000", "0.26 per 100,000", "rate", 0.26, 0.26, H, Y, "us aamr whole period"),
 ("a-1069", A, "from 1,069 in 1999", "1,069", "count", 1069, 1069, "deaths", Y, "us heat deaths 1999"),
 ("a-1999", A, "1,069 in 1999 to", "1999", "date", 1999, 1999, "year", N, "qualifier year"),
 ("a-2325", A, "to 2,325 in 2023", "2,325", "count", 2325, 2325, "deaths", Y, "us heat deaths on death certificates 2023"),
 ("a-2023c", A, "2,325 in 2023, the highest", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-311", A, "lowest: 311 in 2004", "311", "count", 311, 311, "deaths", Y, "us heat deaths lowest year"),
 ("a-2004", A, "311 in 2004", "2004", "date", 2004, 2004, "year", N, "qualifier year"),
 ("a-117", A, "an increase of 117%", "117%", "percent", 117, 117, "%", Y, "increase in number of us heat deaths 1999-2023"),
 ("a-038", A, "from 0.38 (95% CI", "0.38", "rate", 0.38, 0.38, H, Y, "us aamr 1999"),
 ("a-038ci", A, "CI 0.36–0.40)", "0.36–0.40", "rate", 0.36, 0.40, H, Y, "ci"),
 ("a-062", A, "to 0.62 (95% CI", "0.62", "rate", 0.62, 0.62, H, Y, "us aamr 2023"),
 ("a-062ci", A, "CI 0.60–0.65)", "0.60–0.65", "rate", 0.60, 0.65, H, Y, "ci"),
 ("a-63", A, "an increase of 63%", "63%", "percent", 63, 63, "%", Y, "increase in us aamr 1999-2023"),
 ("a-2023d", A, "The year 2023 alone", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-108", A, "accounted for 10.8%", "10.8%", "percent", 10.8, 10.8, "%", Y, "2023 share of 1999-2023 deaths"),
 ("a-apc1", A, "APC of −1.4% per year", "−1.4%", "percent", -1.4, -1.4, "%/year", Y, "apc 1999-2016"),
 ("a-9916", A, "per year for 1999–2016", "1999–2016", "date", 1999, 2016, "year", N, "segment"),
 ("a-p1", A, "P=0.42", "0.42", "pvalue", 0.42, 0.42, "p", N, "p-value"),
 ("a-168", A, "APC of 16.8% per year", "16.8%", "percent", 16.8, 16.8, "%/year", Y, "apc 2016-2023"),
 ("a-1623", A, "per year for 2016–2023", "2016–2023", "date", 2016, 2023, "year", N, "segment"),
 ("a-p2", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-36", A, "whole period was 3.6%", "3.6%", "percent", 3.6, 3.6, "%/year", Y, "apc 1999-2023"),
 ("a-p3", A, "P=0.04", "0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-in2023", A, "In 2023 there were", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-ed", A, "n=119,605 HRI", "119,605", "count", 119605, 119605, "visits", Y, "us heat ed visits 2023"),
 ("a-92", A, "92% of them during", "92%", "percent", 92, 92, "%", Y, "share of 2023 ed visits may-sep"),
 ("a-r6", A, "483 per 100,000 ED visits", "483 per 100,000", "rate", 483, 483, "per 100,000 ED visits", Y, "region 6 warm-season ed rate"),
 ("a-r2", A, "51 per 100,000), a", "51 per 100,000", "rate", 51, 51, "per 100,000 ED visits", Y, "region 2 warm-season ed rate"),
 ("a-95x", A, "a 9.5-fold difference", "9.5-fold", "ratio", 9.5, 9.5, "x", Y, "region 6 vs region 2"),
 ("a-303", A, "averaged 303 per 100,000", "303 per 100,000", "rate", 303, 303, "per 100,000 ED visits", Y, "jul-aug ed rate"),
 ("a-97", A, "against 97 in May", "97", "rate", 97, 97, "per 100,000 ED visits", Y, "may/jun/sep ed rate"),
 ("a-271", A, "(271 vs 104", "271", "rate", 271, 271, "per 100,000 ED visits", Y, "male ed rate"),
 ("a-104", A, "vs 104 per 100,000 ED visits", "104 per 100,000", "rate", 104, 104, "per 100,000 ED visits", Y, "female ed rate"),
 ("a-1864", A, "adults aged 18–64 years", "18–64 years", "age", 18, 64, "years", N, "age group"),
 ("a-207", A, "(207–222)", "207–222", "rate", 207, 222, "per 100,000 ED visits", Y, "ed rate ages 18-64"),
 ("a-65", A, "aged ≥65 years", "65 years", "age", 65, 65, "years", N, "age group"),
 ("a-120", A, "(120–173)", "120–173", "rate", 120, 173, "per 100,000 ED visits", Y, "ed rate ages 65+"),
 ("a-1825", A, "aged 18–25 and 26–54", "18–25", "age", 18, 25, "years", N, "age group"),
 ("a-2654", A, "and 26–54 years", "26–54 years", "age", 26, 54, "years", N, "age group"),
 ("a-25x", A, "about 2.5 times", "2.5 times", "ratio", 2.5, 2.5, "x", Y, "ed rate young adults vs <18"),
 ("a-lt18", A, "persons aged <18 years", "18 years", "age", 18, 18, "years", N, "age group"),
 ("a-5608", A, "mean of 5,608", "5,608", "count", 5608, 5608, "deaths/year", Y, "weinberger heat-attributable deaths per year"),
 ("a-5608ci", A, "CI 4,748–6,291)", "4,748–6,291", "count", 4748, 6291, "deaths/year", Y, "ci"),
 ("a-297b", A, "in its 297 counties", "297", "count", 297, 297, "counties", N, "repeat"),
 ("a-9706b", A, "during 1997–2006 [1], more", "1997–2006", "date", 1997, 2006, "year", N, "repeat"),
 ("a-twice", A, "more than twice the highest", "twice", "ratio", 2, 2, "x", Y, "modelled vs max certified"),
 ("a-25yb", A, "our 25-year series", "25-year", "duration", 25, 25, "years", N, "series length"),
 ("a-doubled", A, "more than doubled between", "doubled", "ratio", 2, 2, "x", Y, "certified deaths 2023 vs 1999"),
 ("a-9923c", A, "between 1999 and 2023, with", "1999 and 2023", "date", 1999, 2023, "year", N, "period"),
 ("a-after16", A, "concentrated after 2016", "2016", "date", 2016, 2016, "year", N, "period"),
 ("a-300", A, "fewer than 300 counties", "300", "count", 300, 300, "counties", N, "summary"),
 ("a-recv", A, "received 2 September 2024", "2 September 2024", "date", 2024, 2024, "year", N, "metadata"),
 ("a-acc", A, "accepted 30 October 2024", "30 October 2024", "date", 2024, 2024, "year", N, "metadata"),

 # ---- HD04 explainer (2025-07-01)
 ("e-upd", E, "Updated July 1, 2025", "July 1, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-2023", E, "In 2023, heat was listed", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-2325", E, "on 2,325 death certificates", "2,325", "count", 2325, 2325, "deaths", Y, "us heat deaths on death certificates 2023"),
 ("e-1069", E, "up from 1,069 in 1999", "1,069", "count", 1069, 1069, "deaths", Y, "us heat deaths 1999"),
 ("e-1999", E, "1,069 in 1999, an", "1999", "date", 1999, 1999, "year", N, "qualifier year"),
 ("e-117", E, "an increase of 117%", "117%", "percent", 117, 117, "%", Y, "increase in number of us heat deaths 1999-2023"),
 ("e-9922", E, "Between 1999 and 2022, certificates", "1999 and 2022", "date", 1999, 2022, "year", Y, "period of the 21,518 total"),
 ("e-21518", E, "recorded 21,518 heat-related", "21,518", "count", 21518, 21518, "deaths", Y, "us certified heat deaths, multi-year total"),
 ("e-lastsum", E, "published last summer", "last summer", "date", 2024, 2024, "year", N, "jama study publication"),
 ("e-2023b", E, "the 2023 figure", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-062", E, "0.62 deaths per 100,000", "0.62 deaths per 100,000", "rate", 0.62, 0.62, H, Y, "us aamr 2023"),
 ("e-6pm", E, "roughly 6 deaths per million", "6 deaths per million", "rate", 6, 6, "per million", Y, "us aamr 2023 per million"),
 ("e-112", E, "on a 112-degree afternoon", "112-degree", "temperature", 112, 112, "F", N, "hypothetical"),
 ("e-5608", E, "average of 5,608 deaths", "5,608", "count", 5608, 5608, "deaths/year", Y, "weinberger heat-attributable deaths per year"),
 ("e-297", E, "in 297 counties home", "297", "count", 297, 297, "counties", Y, "weinberger counties"),
 ("e-62", E, "about 62% of Americans", "62%", "percent", 62, 62, "%", Y, "weinberger population share"),
 ("e-9706", E, "from 1997 to 2006", "1997 to 2006", "date", 1997, 2006, "year", Y, "weinberger study period"),
 ("e-2024an", E, "A separate 2024 analysis", "2024", "date", 2024, 2024, "year", N, "publication year"),
 ("e-8000", E, "at 8,000-plus a year", "8,000", "count", 8000, 8000, "deaths/year", Y, "deaths from extreme temps, hot and cold"),
 ("e-119605", E, "counted 119,605 emergency", "119,605", "count", 119605, 119605, "visits", Y, "us heat ed visits 2023"),
 ("e-2023c", E, "heat-related illness in 2023, and", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-92", E, "and 92% of them", "92%", "percent", 92, 92, "%", Y, "share of 2023 ed visits may-sep"),
 ("e-25x", E, "more than 2.5 times the rate", "2.5 times", "ratio", 2.5, 2.5, "x", Y, "male vs female ed rate"),
 ("e-1864", E, "working-age adults, 18 to 64", "18 to 64", "age", 18, 64, "years", N, "age group"),
 ("e-65", E, "Adults 65 and older", "65", "age", 65, 65, "years", N, "age group"),
 ("e-645", E, "It confirmed 645 heat deaths", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("e-2023d", E, "645 heat deaths in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-52", E, "a 52% jump", "52%", "percent", 52, 52, "%", Y, "maricopa 2023 vs 2022 increase"),
 ("e-45", E, "45% of those who died were homeless", "45%", "percent", 45, 45, "%", Y, "maricopa 2023 share unhoused"),
 ("e-2024", E, "final report for 2024", "2024", "date", 2024, 2024, "year", N, "report year"),
 ("e-608", E, "county confirmed 608 deaths", "608", "count", 608, 608, "deaths", Y, "maricopa 2024 heat deaths, final report"),
 ("e-half", E, "About half were unhoused", "half", "percent", 50, 50, "%", Y, "maricopa 2024 share unhoused"),
 ("e-23", E, "about two-thirds of the 2024 deaths", "two-thirds", "percent", 66.7, 66.7, "%", Y, "maricopa 2024 share aged 50+"),
 ("e-2024b", E, "of the 2024 deaths were", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-50", E, "people 50 or older", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("e-2024c", E, "In 2024 Phoenix hit", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-100f", E, "hit 100°F or more", "100°F", "temperature", 100, 100, "F", N, "threshold"),
 ("e-113", E, "for 113 days in a row", "113 days", "duration", 113, 113, "days", Y, "phoenix 2024 streak of >=100F days"),
 ("e-may27", E, "from May 27 to Sept. 16", "May 27 to Sept. 16", "date", 2024, 2024, "year", N, "streak period"),
 ("e-110f", E, "reached at least 110°F on 70", "110°F", "temperature", 110, 110, "F", N, "threshold"),
 ("e-70", E, "110°F on 70 days", "70", "count", 70, 70, "days", Y, "phoenix 2024 days >=110F"),
 ("e-sumbefore", E, "The summer before", "The summer before", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("e-31", E, "spent 31 consecutive days", "31", "duration", 31, 31, "days", Y, "phoenix 2023 110F streak"),
 ("e-110b", E, "days at 110°F or above", "110°F", "temperature", 110, 110, "F", N, "threshold"),
 ("e-106", E, "rise to 106°F or higher", "106°F", "temperature", 106, 106, "F", Y, "heat stroke body temperature"),
 ("e-1015", E, "within 10 to 15 minutes", "10 to 15 minutes", "duration", 10, 15, "minutes", Y, "heat stroke onset"),
 ("e-cup", E, "about 1 cup (8 ounces)", "1 cup", "dose", 1, 1, "cup", N, "same quantity, other unit"),
 ("e-8oz", E, "(8 ounces) every", "8 ounces", "dose", 8, 8, "oz", Y, "water per interval"),
 ("e-1520", E, "every 15 to 20 minutes, even", "15 to 20 minutes", "duration", 15, 20, "minutes", Y, "water interval"),
 ("e-48", E, "more than 48 ounces in an hour", "48 ounces", "dose", 48, 48, "oz", Y, "max water per hour"),

 # ---- HD05 blog (2024-09-25)
 ("b-date", B, "September 25, 2024 |", "September 25, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("b-5min", B, "5 min read", "5 min", "duration", 5, 5, "minutes", N, "page furniture"),
 ("b-may27", B, "began on May 27", "May 27", "date", 2024, 2024, "year", N, "streak start"),
 ("b-100", B, "snapped after 100 days", "100 days", "duration", 100, 100, "days", Y, "phoenix 2024 streak of >=100F days"),
 ("b-76", B, "old mark was 76 days", "76 days", "duration", 76, 76, "days", Y, "previous 100F streak record"),
 ("b-1993", B, "76 days, set in 1993", "1993", "date", 1993, 1993, "year", Y, "previous 100F streak record year"),
 ("b-lastsum", B, "after last summer's other record", "last summer", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("b-31", B, "spent 31 straight days", "31", "duration", 31, 31, "days", Y, "phoenix 2023 110F streak"),
 ("b-110", B, "at 110 degrees or hotter", "110 degrees", "temperature", 110, 110, "F", N, "threshold"),
 ("b-645", B, "County confirmed 645 heat deaths", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("b-lastyr", B, "645 heat deaths last year", "last year", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("b-359", B, "up from 359 in 2022", "359", "count", 359, 359, "deaths", Y, "maricopa 2022 heat deaths"),
 ("b-2022", B, "359 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-23unh", B, "Nearly two-thirds of last year's dead were unhoused", "two-thirds", "percent", 66.7, 66.7, "%", Y, "maricopa 2023 share unhoused"),
 ("b-2350", B, "and two-thirds were 50", "two-thirds", "percent", 66.7, 66.7, "%", Y, "maricopa 2023 share aged 50+"),
 ("b-50", B, "were 50 or older", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("b-midjul", B, "dashboard in mid-July", "mid-July", "date", 2024, 2024, "year", N, "as-of date"),
 ("b-23", B, "it showed 23 confirmed", "23", "count", 23, 23, "deaths", Y, "maricopa 2024 confirmed at mid-july"),
 ("b-322", B, "and 322 more under", "322", "count", 322, 322, "deaths", Y, "maricopa 2024 under investigation at mid-july"),
 ("b-40", B, "nearly 40% of the confirmed", "40%", "percent", 40, 40, "%", Y, "maricopa 2024 share unhoused at mid-july"),
 ("b-nextspr", B, "until next spring", "next spring", "date", 2025, 2025, "year", N, "expected final report"),
 ("b-c2023", B, "County, 2023 vs. 2024", "2023", "date", 2023, 2023, "year", N, "image caption"),
 ("b-c2024", B, "2023 vs. 2024. Caption", "2024", "date", 2024, 2024, "year", N, "image caption"),
 ("b-lastmo", B, "published last month", "last month", "date", 2024, 2024, "year", Y, "jama study publication"),
 ("b-2325", B, "counted 2,325 heat deaths", "2,325", "count", 2325, 2325, "deaths", Y, "us heat deaths on death certificates 2023"),
 ("b-lastyr2", B, "death certificates last year", "last year", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("b-1999", B, "since at least 1999", "1999", "date", 1999, 1999, "year", N, "series start"),
 ("b-168", B, "climbed 16.8% a year", "16.8%", "percent", 16.8, 16.8, "%/year", Y, "apc 2016-2023"),
 ("b-2016", B, "a year since 2016", "2016", "date", 2016, 2016, "year", N, "segment start"),
 ("b-april", B, "In April, the CDC", "April", "date", 2024, 2024, "year", Y, "cdc mmwr ed-visit report date"),
 ("b-120k", B, "about 120,000 emergency", "120,000", "count", 120000, 120000, "visits", Y, "us heat ed visits 2023"),
 ("b-lastyr3", B, "heat illness last year", "last year", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("b-9in10", B, "nine in ten of them", "nine in ten", "percent", 90, 90, "%", Y, "share of 2023 ed visits may-sep"),
 ("b-8oz", B, "is 8 ounces every", "8 ounces", "dose", 8, 8, "oz", Y, "water per interval"),
 ("b-1520", B, "every 15 to 20 minutes, but", "15 to 20 minutes", "duration", 15, 20, "minutes", Y, "water interval"),
 ("b-64", B, "not more than 64 ounces", "64 ounces", "dose", 64, 64, "oz", Y, "max water per hour"),
 ("b-two", B, "Phoenix ran two overnight", "two", "count", 2, 2, "centers", Y, "phoenix overnight cooling centers 2024"),
 ("b-comm", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- HD06 local (2024-03-15, hard-wrapped)
 ("l-dl", L, "Friday, March 15, 2024", "March 15, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("l-h645", L, "County report: 645 heat deaths", "645", "count", 645, 645, "deaths", N, "headline repeat"),
 ("l-h2023", L, "heat deaths in 2023, a 52%", "2023", "date", 2023, 2023, "year", N, "headline"),
 ("l-h52", L, "a 52% jump", "52%", "percent", 52, 52, "%", N, "headline repeat"),
 ("l-645", L, "Heat killed 645 people", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("l-lastyr", L, "Maricopa County last year, shattering", "last year", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("l-23p", L, "a 23-page report", "23-page", "count", 23, 23, "pages", N, "aside"),
 ("l-wed", L, "released on Wednesday", "Wednesday", "date", 2024, 2024, "year", Y, "2023 report release (2024-03-13)"),
 ("l-52", L, "total was 52% higher", "52%", "percent", 52, 52, "%", Y, "maricopa 2023 vs 2022 increase"),
 ("l-425", L, "than the 425 heat deaths", "425", "count", 425, 425, "deaths", Y, "maricopa 2022 heat deaths"),
 ("l-2022", L, "confirmed in 2022, which", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-25", L, "had itself been 25% higher", "25%", "percent", 25, 25, "%", Y, "maricopa 2022 vs 2021 increase"),
 ("l-2021", L, "than the 2021 count", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("l-2014", L, "In 2014, the county", "2014", "date", 2014, 2014, "year", N, "qualifier year"),
 ("l-61", L, "recorded 61 heat deaths", "61", "count", 61, 61, "deaths", Y, "maricopa 2014 heat deaths"),
 ("l-900", L, "is more than 900%", "900%", "percent", 900, 900, "%", Y, "increase 2014-2023"),
 ("l-13", L, "On average, 13 people", "13", "count", 13, 13, "deaths/day", Y, "maricopa july 2023 daily deaths"),
 ("l-71", L, "and 71% of all", "71%", "percent", 71, 71, "%", Y, "share of 2023 deaths on warning days"),
 ("l-65", L, "In 65% of deaths", "65%", "percent", 65, 65, "%", Y, "share of 2023 deaths substance-involved"),
 ("l-45", L, "made up 45% of the dead", "45%", "percent", 45, 45, "%", Y, "maricopa 2023 share unhoused"),
 ("l-75", L, "more than 75% of deaths", "75%", "percent", 75, 75, "%", Y, "maricopa 2023 share men"),
 ("l-23", L, "about two-thirds of those who died", "two-thirds", "percent", 66.7, 66.7, "%", Y, "maricopa 2023 share aged 50+"),
 ("l-50", L, "were 50 or older", "50", "age", 50, 50, "years", N, "age qualifier"),
 ("l-midsep", L, "By mid-September the county", "mid-September", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-289", L, "had confirmed 289 heat deaths", "289", "count", 289, 289, "deaths", Y, "maricopa 2023 confirmed at mid-september"),
 ("l-262", L, "with 262 more still", "262", "count", 262, 262, "deaths", Y, "maricopa 2023 under investigation mid-september"),
 ("l-lateoct", L, "In late October the weekly", "late October", "date", 2023, 2023, "year", N, "as-of date"),
 ("l-425b", L, "listed 425 confirmed deaths", "425", "count", 425, 425, "deaths", Y, "maricopa 2023 confirmed at late october"),
 ("l-200", L, "with 200 more under", "200", "count", 200, 200, "deaths", Y, "maricopa 2023 under investigation late october"),
 ("l-lastsum", L, "Last summer's weather", "Last summer", "date", 2023, 2023, "year", N, "relative date (2023)"),
 ("l-jun30", L, "From June 30 through July 30", "June 30 through July 30", "date", 2023, 2023, "year", N, "streak period"),
 ("l-110a", L, "at least 110 degrees on 31", "110 degrees", "temperature", 110, 110, "F", N, "threshold"),
 ("l-31", L, "on 31 consecutive days", "31", "duration", 31, 31, "days", Y, "phoenix 2023 110F streak"),
 ("l-18", L, "previous streak of 18 days", "18 days", "duration", 18, 18, "days", Y, "previous 110F streak record"),
 ("l-1974", L, "18 days set in 1974", "1974", "date", 1974, 1974, "year", Y, "previous 110F streak record year"),
 ("l-110b", L, "hit 110 degrees or more", "110 degrees", "temperature", 110, 110, "F", N, "threshold"),
 ("l-55", L, "or more on 55 days", "55", "count", 55, 55, "days", Y, "phoenix 2023 days >=110F"),
 ("l-53", L, "the old record of 53", "53", "count", 53, 53, "days", Y, "previous record days >=110F"),
 ("l-2021b", L, "53 set in 2021", "2021", "date", 2021, 2021, "year", Y, "previous record year (days >=110F)"),
 ("l-1027", L, "July averaged 102.7 degrees", "102.7 degrees", "temperature", 102.7, 102.7, "F", Y, "phoenix july 2023 mean temperature"),
 ("l-100", L, "averaged above 100 degrees", "100 degrees", "temperature", 100, 100, "F", N, "threshold"),

 # ---- HD07 fact-check (2025-07-15)
 ("f-hdouble", F, "heat deaths double in five years", "double", "ratio", 2, 2, "x", N, "headline (claim under review)"),
 ("f-h5", F, "heat deaths double in five years,", "five years", "duration", 5, 5, "years", N, "headline (claim under review)"),
 ("f-h1000", F, "more than 1,000 people to heat last year?", "1,000", "count", 1000, 1000, "deaths", N, "headline (claim under review)"),
 ("f-hlastyr", F, "1,000 people to heat last year?", "last year", "date", 2024, 2024, "year", N, "headline"),
 ("f-date", F, "July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-cdoubled", F, "have DOUBLED in just five years", "DOUBLED", "ratio", 2, 2, "x", N, "attributed claim"),
 ("f-c5", F, "DOUBLED in just five years", "five years", "duration", 5, 5, "years", N, "attributed claim"),
 ("f-c1000", F, "lost more than 1,000 people to the heat", "1,000", "count", 1000, 1000, "deaths", N, "attributed claim"),
 ("f-clastyr", F, "to the heat last year. Nobody", "last year", "date", 2024, 2024, "year", N, "attributed claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "aside"),
 ("f-thismo", F, "X this month", "this month", "date", 2025, 2025, "year", N, "aside"),
 ("f-vdoubled", F, "by some counts roughly doubled", "doubled", "ratio", 2, 2, "x", Y, "us deaths 2023 vs 2018"),
 ("f-v1823", F, "counts roughly doubled between 2018 and 2023. But", "2018 and 2023", "date", 2018, 2023, "year", N, "period"),
 ("f-v600", F, "confirmed about 600 heat deaths", "600", "count", 600, 600, "deaths", Y, "maricopa 2024 heat deaths (rounded)"),
 ("f-v2024", F, "600 heat deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-v1000", F, "in 2024, not more than 1,000.", "1,000", "count", 1000, 1000, "deaths", N, "claim repeat"),
 ("f-lastaug", F, "JAMA published last August", "last August", "date", 2024, 2024, "year", Y, "jama study publication"),
 ("f-2325", F, "counted 2,325 deaths in 2023", "2,325", "count", 2325, 2325, "deaths", Y, "us heat deaths on death certificates 2023"),
 ("f-2023", F, "2,325 deaths in 2023 in which", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-1999", F, "series began in 1999", "1999", "date", 1999, 1999, "year", N, "series start"),
 ("f-1069", F, "when there were 1,069", "1,069", "count", 1069, 1069, "deaths", Y, "us heat deaths 1999"),
 ("f-63", F, "heat deaths rose 63%", "63%", "percent", 63, 63, "%", Y, "increase in number of us heat deaths 1999-2023"),
 ("f-2016a", F, "reversed around 2016", "2016", "date", 2016, 2016, "year", N, "turning point"),
 ("f-36", F, "has risen 3.6% a year", "3.6%", "percent", 3.6, 3.6, "%/year", Y, "apc 2016-2023"),
 ("f-2016b", F, "3.6% a year since 2016", "2016", "date", 2016, 2016, "year", N, "segment start"),
 ("f-qdouble", F, "Did it double in five years?", "double", "ratio", 2, 2, "x", N, "question restates claim"),
 ("f-q5", F, "double in five years? It", "five years", "duration", 5, 5, "years", N, "question restates claim"),
 ("f-1012", F, "deaths at 1,012 in 2018", "1,012", "count", 1012, 1012, "deaths", Y, "us heat deaths 2018 (nchs via npr)"),
 ("f-2018", F, "1,012 in 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("f-2023b", F, "make 2023's count", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-twice", F, "more than twice as high", "twice", "ratio", 2, 2, "x", Y, "2023 vs 2018"),
 ("f-1714", F, "showed 1,714 heat-related", "1,714", "count", 1714, 1714, "deaths", Y, "us heat deaths 2022 provisional"),
 ("f-2022", F, "heat-related deaths in 2022.", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-qdoubled", F, "precisely \"doubled,\"", "doubled", "ratio", 2, 2, "x", N, "claim restated"),
 ("f-9000", F, "late 1990s to the early 2000s", "late 1990s to the early 2000s", "date", 1995, 2005, "year", N, "vague period"),
 ("f-10000", F, "roughly 10,000 a year", "10,000", "count", 10000, 10000, "deaths/year", Y, "older excess-death estimate"),
 ("f-final24", F, "county's final 2024 report", "2024", "date", 2024, 2024, "year", N, "report year"),
 ("f-june", F, "released in June, counted", "June", "date", 2025, 2025, "year", Y, "final 2024 report release"),
 ("f-602", F, "counted 602 heat-related deaths", "602", "count", 602, 602, "deaths", Y, "maricopa 2024 heat deaths, called final"),
 ("f-2024b", F, "602 heat-related deaths in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-645", F, "a record 645 in 2023", "645", "count", 645, 645, "deaths", Y, "maricopa 2023 heat deaths"),
 ("f-2023c", F, "645 in 2023. It was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-2014", F, "decline since 2014", "2014", "date", 2014, 2014, "year", Y, "last year-over-year decline before 2024"),
 ("f-1000b", F, "approaches 1,000 heat deaths", "1,000", "count", 1000, 1000, "deaths", N, "aside"),
 ("f-110", F, "reached 110 degrees or higher", "110 degrees", "temperature", 110, 110, "F", N, "threshold"),
 ("f-70", F, "higher on 70 days", "70", "count", 70, 70, "days", Y, "phoenix 2024 days >=110F"),
 ("f-2024c", F, "70 days in 2024, a record", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-53", F, "beating the 53 days", "53", "count", 53, 53, "days", Y, "previous record days >=110F"),
 ("f-2020", F, "53 days set in 2020", "2020", "date", 2020, 2020, "year", Y, "previous record year (days >=110F)"),
 ("f-2023d", F, "In 2023 the city endured", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-31", F, "endured 31 straight days", "31", "duration", 31, 31, "days", Y, "phoenix 2023 110F streak"),
 ("f-110p", F, "days of 110-plus", "110-plus", "temperature", 110, 110, "F", N, "threshold"),
 ("f-18", F, "breaking an 18-day record", "18-day", "duration", 18, 18, "days", Y, "previous 110F streak record"),
 ("f-1975", F, "18-day record from 1975", "1975", "date", 1975, 1975, "year", Y, "previous 110F streak record year"),
 ("f-r1069", F, "climbed from 1,069 in 1999", "1,069", "count", 1069, 1069, "deaths", Y, "us heat deaths 1999 (ruling)"),
 ("f-r1999", F, "from 1,069 in 1999 to", "1999", "date", 1999, 1999, "year", N, "qualifier year"),
 ("f-r2325", F, "to 2,325 in 2023 and", "2,325", "count", 2325, 2325, "deaths", Y, "us heat deaths on death certificates 2023 (ruling)"),
 ("f-r2023", F, "2,325 in 2023 and", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("f-rdoubled", F, "on some counts, roughly doubled", "doubled", "ratio", 2, 2, "x", N, "ruling repeat"),
 ("f-r1823", F, "doubled between 2018 and 2023. But Maricopa County's final", "2018 and 2023", "date", 2018, 2023, "year", N, "period"),
 ("f-r2024", F, "final count for 2024 was", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("f-r602", F, "for 2024 was 602", "602", "count", 602, 602, "deaths", Y, "maricopa 2024 heat deaths, called final (ruling)"),
 ("f-r1000", F, "was 602, not more than 1,000", "1,000", "count", 1000, 1000, "deaths", N, "claim repeat"),
 ("f-s9923", F, "in the US, 1999-2023", "1999-2023", "date", 1999, 2023, "year", N, "sources list"),
 ("f-saug", F, "August 26, 2024", "August 26, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-sjun", F, "Report, June 2025", "June 2025", "date", 2025, 2025, "year", N, "sources list"),
 ("f-s2023r", F, "2023 Heat-Related Deaths Report", "2023", "date", 2023, 2023, "year", N, "sources list"),
 ("f-s2024r", F, "2024 Heat-Related Deaths Report", "2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-smar", F, "Report, March 2024", "March 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-snpr", F, "deaths analysis, 2023", "2023", "date", 2023, 2023, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 US 2023 certified heat deaths: 2,352 (wire, transposed) vs 2,325
 ("w-2352", "a-2325", S), ("w-2352", "e-2325", S), ("w-2352", "b-2325", S),
 ("w-2352", "f-2325", S), ("w-2352", "f-r2325", S),
 # S2 increase in NUMBER of deaths 1999-2023: 63% (the rate increase) vs 117%
 ("f-63", "a-117", S), ("f-63", "e-117", S),
 # S3 APC since 2016: 3.6% (whole-period APC) vs 16.8%
 ("f-36", "a-168", S), ("f-36", "b-168", S),
 # S4 Maricopa 2024 FINAL count: 602 (preliminary figure called final) vs 608
 ("f-602", "p-608", S), ("f-602", "e-608", S), ("f-r602", "p-608", S), ("f-r602", "e-608", S),
 # S5 Phoenix 2024 100F streak: 100 days (milestone of Sept 3 as final) vs 113
 ("b-100", "w-113", S), ("b-100", "e-113", S),
 # S6 Maricopa 2022 deaths: 359 (Oct 2022 interim) vs 425 final
 ("b-359", "l-425", S),
 # S7 Phoenix 2024 days >=110F: 55 (2023 figure) vs 70
 ("p-55", "w-70", S), ("p-55", "e-70", S), ("p-55", "f-70", S),
 # S8 Weinberger annual estimate: 6,291 (upper CI bound) vs 5,608
 ("p-6291", "a-5608", S), ("p-6291", "e-5608", S),
 # S9 period of the 21,518 certified deaths: 1999-2022 vs 1999-2023
 ("e-9922", "a-m9923", S),
 # S10 year of the previous 18-day 110F streak record: 1975 vs 1974
 ("f-1975", "l-1974", S),
 # S11 year of the previous 53-day record: 2021 vs 2020
 ("l-2021b", "f-2020", S),
 # S12 board vote on the shelter contract: 5-0 vs 4-1
 ("w-vfor", "p-vfor", S), ("w-vag", "p-vag", S),
 # S13 shelter contract total value: $2.9 million (county share) vs $3.4 million
 ("w-29", "p-34", S),
 # S14 max water per hour: 64 oz vs 48 oz
 ("b-64", "p-48", S), ("b-64", "e-48", S),
 # S15 CDC ED-visit report date: "In April" (press, 2025) vs "In April" (blog, 2024)
 ("p-april", "b-april", S),
 # S16 Maricopa 2024 share aged 50+: two-thirds (2023 figure) vs nearly 60%
 ("e-23", "p-60", S),
 # Qualified
 ("b-23unh", "l-45", Q), ("b-23unh", "e-45", Q),
 ("f-10000", "a-5608", Q), ("f-10000", "e-5608", Q), ("f-10000", "p-6291", Q),
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
        rows.append({"type": "claim", "id": f"hd-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"hd-{a}", f"hd-{b}"
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
