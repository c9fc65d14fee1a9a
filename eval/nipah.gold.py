#!/usr/bin/env python3
"""Build nipah.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "nipah")
OUT = os.path.join(HERE, "nipah.gold.jsonl")
T = "nipah"

W, P, A, E, B, L, F = ("NP01_wire.txt", "NP02_press.txt", "NP03_abstract.txt",
                       "NP04_explainer.txt", "NP05_blog.txt", "NP06_local.txt", "NP07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NP01 wire (2026-01-30)
 ("w-h2", W, "WHO confirms two Nipah cases", "two", "count", 2, 2, "cases", N, "headline repeat"),
 ("w-dl", W, "Jan 30 (Meridian Wire)", "Jan 30", "date", 2026, 2026, "year", N, "dateline"),
 ("w-fri", W, "said on Friday that India", "Friday", "date", 2026, 2026, "year", N, "who statement date"),
 ("w-2", W, "has reported two laboratory-confirmed", "two", "count", 2, 2, "cases", Y, "west bengal 2026 confirmed cases"),
 ("w-190", W, "more than 190 people who", "190", "count", 190, 190, "people", Y, "west bengal contacts tested negative"),
 ("w-2b", W, "of the two cases on Monday", "two", "count", 2, 2, "cases", N, "repeat"),
 ("w-mon", W, "two cases on Monday", "Monday", "date", 2026, 2026, "year", N, "ihr notification date"),
 ("w-jan13", W, "in Pune on Jan. 13", "Jan. 13", "date", 2026, 2026, "year", Y, "west bengal cases confirmed at niv pune"),
 ("w-latedec", W, "symptoms in late December", "late December", "date", 2025, 2025, "year", N, "symptom onset"),
 ("w-earlyjan", W, "hospital in early January", "early January", "date", 2026, 2026, "year", N, "admission"),
 ("w-100", W, "nearly 100 people, among", "100", "count", 100, 100, "people", Y, "west bengal people in home quarantine early in response"),
 ("w-1421", W, "for 14 to 21 days while", "14 to 21 days", "duration", 14, 21, "days", Y, "west bengal home quarantine length"),
 ("w-48", W, "rose from 48 to 82", "48", "count", 48, 48, "people", Y, "east burdwan health workers quarantined (earlier)"),
 ("w-82", W, "from 48 to 82 within", "82", "count", 82, 82, "people", Y, "east burdwan health workers quarantined (later)"),
 ("w-day", W, "within a day, the district", "a day", "duration", 1, 1, "days", N, "timepoint"),
 ("w-third", W, "This is the third Nipah outbreak", "third", "count", 3, 3, "outbreaks", N, "ordinal"),
 ("w-thirdh", W, "THIRD OUTBREAK IN THE STATE", "THIRD", "count", 3, 3, "outbreaks", N, "subhead ordinal"),
 ("w-2001", W, "after Siliguri in 2001 and", "2001", "date", 2001, 2001, "year", Y, "siliguri outbreak year"),
 ("w-2007", W, "Nadia in 2007. The Siliguri", "2007", "date", 2007, 2007, "year", Y, "nadia outbreak year"),
 ("w-66", W, "sickened 66 people", "66", "count", 66, 66, "cases", Y, "siliguri 2001 cases"),
 ("w-45", W, "killed 45 of them", "45", "count", 45, 45, "deaths", Y, "siliguri 2001 deaths"),
 ("w-5c", W, "five people were infected", "five", "count", 5, 5, "cases", Y, "nadia 2007 cases"),
 ("w-5d", W, "and all five died", "five", "count", 5, 5, "deaths", Y, "nadia 2007 deaths"),
 ("w-4075", W, "case-fatality rate at 40% to 75%", "40% to 75%", "percent", 40, 75, "%", Y, "who cfr range"),
 ("w-414", W, "four to 14 days after exposure", "four to 14 days", "duration", 4, 14, "days", Y, "incubation period"),
 ("w-bd2001", W, "its first outbreak in 2001", "2001", "date", 2001, 2001, "year", Y, "bangladesh first outbreak"),
 ("w-347", W, "Of the 347 people", "347", "count", 347, 347, "cases", Y, "bangladesh cumulative cases since 2001"),
 ("w-717", W, "71.7% have died", "71.7%", "percent", 71.7, 71.7, "%", Y, "bangladesh cumulative cfr since 2001"),
 ("w-2018", W, "repeated outbreaks since 2018, when", "2018", "date", 2018, 2018, "year", Y, "kerala first outbreak year"),
 ("w-17", W, "killed at least 17 people", "17", "count", 17, 17, "deaths", Y, "kerala 2018 deaths"),
 ("w-week", W, "arriving from India this week", "this week", "date", 2026, 2026, "year", N, "screening timing"),
 ("w-lastmo", W, "in Bangladesh last month", "last month", "date", 2025, 2025, "year", Y, "phase ii trial start"),
 ("w-306", W, "It aims to enrol 306 adults", "306", "count", 306, 306, "participants", Y, "phase ii enrolment target"),
 ("w-10k", W, "reserve of up to 10,000 doses", "10,000", "count", 10000, 10000, "doses", Y, "sii investigational reserve size"),
 ("w-750", W, "count roughly 750 Nipah cases", "750", "count", 750, 750, "cases", Y, "global cases since 1998"),
 ("w-1998", W, "was identified in 1998", "1998", "date", 1998, 1998, "year", N, "period start"),
 ("w-451", W, "and 451 deaths", "451", "count", 451, 451, "deaths", Y, "global deaths since 1998"),
 ("w-345", W, "committed $34.5 million", "$34.5 million", "money", 34500000, 34500000, "USD", Y, "cepi funding for mbp1f5 antibody"),

 # ---- NP02 press (2025-12-09)
 ("p-h306", P, "will enrol 306 healthy adults", "306", "count", 306, 306, "participants", N, "subtitle repeat"),
 ("p-dl", P, "December 9, 2025 /AsiaNewswire/", "December 9, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-start", P, "It started earlier this month", "earlier this month", "date", 2025, 2025, "year", Y, "phase ii trial start"),
 ("p-306", P, "will enrol 306 healthy participants", "306", "count", 306, 306, "participants", Y, "phase ii enrolment target"),
 ("p-1855", P, "participants aged 18 to 55 to assess", "18 to 55", "age", 18, 55, "years", Y, "phase ii age range"),
 ("p-2sites", P, "at two of the study's sites", "two", "count", 2, 2, "sites", N, "company role"),
 ("p-75", P, "fatal in up to 75% of cases", "75%", "percent", 75, 75, "%", Y, "cfr upper bound"),
 ("p-750", P, "Of the 750 human cases", "750", "count", 750, 750, "cases", Y, "global cases since 1998"),
 ("p-1998", P, "recorded since 1998, 415", "1998", "date", 1998, 1998, "year", N, "period start"),
 ("p-415", P, "415 have been fatal", "415", "count", 415, 415, "deaths", Y, "global deaths since 1998"),
 ("p-jan24", P, "in Oxford in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "phase i start"),
 ("p-51", P, "Fifty-one volunteers aged", "Fifty-one", "count", 51, 51, "participants", Y, "phase i participants"),
 ("p-1855b", P, "volunteers aged 18 to 55 have", "18 to 55", "age", 18, 55, "years", Y, "phase i age range"),
 ("p-1yr", P, "the planned one year of follow-up", "one year", "duration", 1, 1, "years", Y, "phase i follow-up length"),
 ("p-oct", P, "In October, CEPI committed", "October", "date", 2025, 2025, "year", Y, "cepi-sii agreement date"),
 ("p-73", P, "up to US$7.3 million", "US$7.3 million", "money", 7300000, 7300000, "USD", Y, "cepi funding to sii for manufacturing/reserve"),
 ("p-100k", P, "reserve of up to 100,000 doses", "100,000", "count", 100000, 100000, "doses", Y, "sii investigational reserve size"),
 ("p-2bn", P, "more than 2 billion doses", "2 billion", "count", 2000000000, 2000000000, "doses", Y, "sii chadox covid doses produced"),
 ("p-2001", P, "first Nipah outbreak in 2001", "2001", "date", 2001, 2001, "year", Y, "bangladesh first outbreak"),
 ("p-mid24", P, "ministry in mid-2024", "mid-2024", "date", 2024, 2024, "year", N, "as-of date"),
 ("p-34", P, "in 34 of the country's 64", "34", "count", 34, 34, "districts", Y, "bangladesh districts with nipah (mid-2024)"),
 ("p-64", P, "of the country's 64 districts", "64", "count", 64, 64, "districts", N, "bangladesh districts total"),
 ("p-341", P, "with 341 cases", "341", "count", 341, 341, "cases", Y, "bangladesh cumulative cases (mid-2024)"),
 ("p-242", P, "and 242 deaths", "242", "count", 242, 242, "deaths", Y, "bangladesh cumulative deaths (mid-2024)"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-60", P, "more than 60 vaccine", "60", "count", 60, 60, "studies", N, "about section"),
 ("p-420", P, "about 420 people", "420", "count", 420, 420, "employees", N, "about section"),
 ("p-8", P, "across eight field offices", "eight", "count", 8, 8, "offices", N, "about section"),
 ("p-2017", P, "launched at Davos in 2017", "2017", "date", 2017, 2017, "year", N, "about section"),
 ("p-150", P, "around US$150 million", "US$150 million", "money", 150000000, 150000000, "USD", N, "about section: cepi total nipah commitment"),

 # ---- NP03 abstract (2026-01-20)
 ("a-pub", A, "Published online 20 January 2026", "20 January 2026", "date", 2026, 2026, "year", N, "publication metadata"),
 ("a-tsix", A, "across six Nipah virus events", "six", "count", 6, 6, "events", N, "title"),
 ("a-t1824", A, "Kerala, India, 2018–2024: a retrospective", "2018–2024", "date", 2018, 2024, "year", N, "title period"),
 ("a-9899", A, "the 1998–1999 outbreak", "1998–1999", "date", 1998, 1999, "year", Y, "malaysia outbreak years"),
 ("a-265", A, "(265 cases, 115 deaths)", "265", "count", 265, 265, "cases", Y, "malaysia outbreak cases"),
 ("a-115", A, "265 cases, 115 deaths", "115", "count", 115, 115, "deaths", Y, "malaysia outbreak deaths"),
 ("a-sil01", A, "Siliguri (2001; 66 cases", "2001", "date", 2001, 2001, "year", Y, "siliguri outbreak year"),
 ("a-66", A, "(2001; 66 cases", "66", "count", 66, 66, "cases", Y, "siliguri 2001 cases"),
 ("a-45", A, "66 cases, 45 deaths", "45", "count", 45, 45, "deaths", Y, "siliguri 2001 deaths"),
 ("a-nadia", A, "Nadia (2007)", "2007", "date", 2007, 2007, "year", Y, "nadia outbreak year"),
 ("a-may18", A, "in Kerala in May 2018", "May 2018", "date", 2018, 2018, "year", Y, "kerala first outbreak year"),
 ("a-4075", A, "(CFR) of 40% to 75%", "40% to 75%", "percent", 40, 75, "%", Y, "who cfr range"),
 ("a-m1824", A, "from May 2018 to December 2024", "May 2018 to December 2024", "date", 2018, 2024, "year", N, "study period"),
 ("a-m5", A, "with the five later events", "five", "count", 5, 5, "events", N, "methods"),
 ("a-m18", A, "We compared the 2018 outbreak", "2018", "date", 2018, 2018, "year", N, "qualifier"),
 ("a-six", A, "Six events met the criteria", "Six", "count", 6, 6, "events", Y, "kerala nipah events 2018-2024"),
 ("a-y18", A, "criteria (2018, 2019", "2018", "date", 2018, 2018, "year", N, "event year list"),
 ("a-y19", A, "(2018, 2019, 2021", "2019", "date", 2019, 2019, "year", N, "event year list"),
 ("a-y21", A, "2019, 2021, 2023 and", "2021", "date", 2021, 2021, "year", N, "event year list"),
 ("a-y23", A, "2021, 2023 and two separate", "2023", "date", 2023, 2023, "year", N, "event year list"),
 ("a-two24", A, "and two separate events in 2024", "two", "count", 2, 2, "events", N, "event list"),
 ("a-y24", A, "separate events in 2024", "2024", "date", 2024, 2024, "year", N, "event year list"),
 ("a-28", A, "N = 28 confirmed", "28", "count", 28, 28, "cases", Y, "kerala confirmed cases 2018-2024"),
 ("a-21", A, "and 21 deaths were included", "21", "count", 21, 21, "deaths", Y, "kerala deaths 2018-2024"),
 ("a-75", A, "pooled CFR of 75.0%", "75.0%", "percent", 75.0, 75.0, "%", Y, "kerala pooled cfr 2018-2024"),
 ("a-75ci", A, "(95% CI 56.6–87.3)", "56.6–87.3", "percent", 56.6, 87.3, "%", Y, "ci"),
 ("a-o18", A, "The 2018 outbreak in Kozhikode", "2018", "date", 2018, 2018, "year", N, "qualifier"),
 ("a-18", A, "n=18 confirmed cases", "18", "count", 18, 18, "cases", Y, "kerala 2018 confirmed cases"),
 ("a-16", A, "and 16 deaths (CFR", "16", "count", 16, 16, "deaths", Y, "kerala 2018 deaths among confirmed"),
 ("a-889", A, "(CFR 88.9%", "88.9%", "percent", 88.9, 88.9, "%", Y, "kerala 2018 cfr"),
 ("a-889ci", A, "67.2–96.9", "67.2–96.9", "percent", 67.2, 96.9, "%", Y, "ci"),
 ("a-single", A, "A single primary case", "single", "count", 1, 1, "cases", N, "index case"),
 ("a-15", A, "source of 15 of the other", "15", "count", 15, 15, "cases", Y, "kerala 2018 cases infected by index"),
 ("a-2hcw", A, "including two health-care workers", "two", "count", 2, 2, "cases", Y, "kerala 2018 health-worker cases"),
 ("a-9d", A, "incubation period was 9 days", "9 days", "duration", 9, 9, "days", Y, "kerala 2018 mean incubation"),
 ("a-2600", A, "more than 2,600 contacts", "2,600", "count", 2600, 2600, "people", Y, "kerala 2018 contacts under surveillance"),
 ("a-3wk", A, "within three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "kerala 2018 time to interrupt transmission"),
 ("a-5ev", A, "The five events from 2019", "five", "count", 5, 5, "events", N, "repeat"),
 ("a-1924", A, "events from 2019 to 2024 together", "2019 to 2024", "date", 2019, 2024, "year", N, "period"),
 ("a-10", A, "n=10 cases", "10", "count", 10, 10, "cases", Y, "kerala cases 2019-2024"),
 ("a-5", A, "and 5 deaths (CFR 50.0%", "5", "count", 5, 5, "deaths", Y, "kerala deaths 2019-2024"),
 ("a-50", A, "CFR 50.0%", "50.0%", "percent", 50.0, 50.0, "%", Y, "kerala cfr 2019-2024"),
 ("a-50ci", A, "23.7–76.3", "23.7–76.3", "percent", 23.7, 76.3, "%", Y, "ci"),
 ("a-e19", A, "The 2019 event (Ernakulam)", "2019", "date", 2019, 2019, "year", N, "qualifier"),
 ("a-1case", A, "was a single case who survived", "single", "count", 1, 1, "cases", Y, "kerala 2019 cases"),
 ("a-e21", A, "in 2021 a 12-year-old", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("a-12", A, "a 12-year-old boy", "12-year-old", "age", 12, 12, "years", Y, "kerala 2021 case age"),
 ("a-e23", A, "The 2023 Kozhikode cluster", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("a-6", A, "comprised 6 cases", "6", "count", 6, 6, "cases", Y, "kerala 2023 cases"),
 ("a-2", A, "6 cases and 2 deaths", "2", "count", 2, 2, "deaths", Y, "kerala 2023 deaths"),
 ("a-333", A, "(33.3%; 95% CI", "33.3%", "percent", 33.3, 33.3, "%", Y, "kerala 2023 cfr"),
 ("a-333ci", A, "9.7–70.0", "9.7–70.0", "percent", 9.7, 70.0, "%", Y, "ci"),
 ("a-30aug", A, "died on 30 August", "30 August", "date", 2023, 2023, "year", N, "index death date"),
 ("a-1192", A, "reached 1,192 people", "1,192", "count", 1192, 1192, "people", Y, "kerala 2023 contact list (16 sept)"),
 ("a-16sep", A, "by 16 September", "16 September", "date", 2023, 2023, "year", N, "as-of date"),
 ("a-nine", A, "in nine panchayats", "nine", "count", 9, 9, "panchayats", Y, "kerala 2023 containment panchayats"),
 ("a-b24", A, "Both 2024 events", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-sgl24", A, "were single fatal cases", "single", "count", 1, 1, "cases", N, "per-event cases 2024"),
 ("a-14", A, "a boy aged 14 in July", "14", "age", 14, 14, "years", Y, "kerala july 2024 case age"),
 ("a-jul", A, "aged 14 in July", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-330", A, "(contact list 330)", "330", "count", 330, 330, "people", Y, "kerala july 2024 contact list"),
 ("a-23", A, "a man aged 23 in September", "23", "age", 23, 23, "years", Y, "kerala sept 2024 case age"),
 ("a-sep", A, "aged 23 in September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-175", A, "(175 contacts)", "175", "count", 175, 175, "people", Y, "kerala sept 2024 contact list"),
 ("a-def", A, "(2019–2024 minus 2018)", "2019–2024 minus 2018", "date", 2018, 2024, "year", N, "definition"),
 ("a-diff", A, "was −38.9 percentage points", "−38.9 percentage points", "percent", -38.9, -38.9, "pp", Y, "cfr difference later minus 2018"),
 ("a-diffci", A, "(95% CI −66.4 to −4.8", "−66.4 to −4.8", "percent", -66.4, -4.8, "pp", Y, "ci"),
 ("a-p", A, "P=0.063", "0.063", "pvalue", 0.063, 0.063, "p", N, "p-value"),
 ("a-aft18", A, "health-care workers after 2018", "2018", "date", 2018, 2018, "year", N, "qualifier"),
 ("a-csix", A, "Kerala's first six NiV events", "six", "count", 6, 6, "events", N, "conclusion repeat"),
 ("a-3in4", A, "three in four confirmed patients", "three in four", "percent", 75, 75, "%", N, "summary"),
 ("a-c18", A, "seen after 2018 rests", "2018", "date", 2018, 2018, "year", N, "qualifier"),
 ("a-c10", A, "rests on 10 cases", "10", "count", 10, 10, "cases", N, "conclusion repeat"),
 ("a-sev", A, "several hundred to several thousand", "several hundred to several thousand", "count", None, None, "people", N, "vague"),

 # ---- NP04 explainer (2026-02-09)
 ("e-upd", E, "Updated February 9, 2026", "February 9, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("e-lede2", E, "Two nurses in West Bengal and", "Two", "count", 2, 2, "cases", N, "lede"),
 ("e-9899", E, "in 1998 and 1999", "1998 and 1999", "date", 1998, 1999, "year", Y, "malaysia outbreak years"),
 ("e-265", E, "caused 265 cases", "265", "count", 265, 265, "cases", Y, "malaysia outbreak cases"),
 ("e-105", E, "and 105 deaths there", "105", "count", 105, 105, "deaths", Y, "malaysia outbreak deaths"),
 ("e-1m", E, "about a million pigs", "a million", "count", 1000000, 1000000, "pigs", Y, "pigs culled in malaysia"),
 ("e-11sg", E, "Singapore recorded 11 cases", "11", "count", 11, 11, "cases", Y, "singapore cases 1999"),
 ("e-1sg", E, "11 cases and one death", "one", "count", 1, 1, "deaths", Y, "singapore deaths 1999"),
 ("e-414", E, "Usually four to 14 days", "four to 14 days", "duration", 4, 14, "days", Y, "incubation period"),
 ("e-45", E, "as long as 45 days", "45 days", "duration", 45, 45, "days", Y, "longest recorded incubation"),
 ("e-4075", E, "case-fatality rate at 40% to 75%", "40% to 75%", "percent", 40, 75, "%", Y, "who cfr range"),
 ("e-348", E, "348 cases have been recorded", "348", "count", 348, 348, "cases", Y, "bangladesh cumulative cases since 2001"),
 ("e-s2001", E, "recorded since 2001", "2001", "date", 2001, 2001, "year", N, "period start"),
 ("e-72", E, "nearly 72% of those", "72%", "percent", 72, 72, "%", Y, "bangladesh cumulative cfr since 2001"),
 ("e-1824", E, "outbreaks from 2018 to 2024", "2018 to 2024", "date", 2018, 2024, "year", N, "review period"),
 ("e-lastmo", E, "published last month", "last month", "date", 2026, 2026, "year", N, "review publication"),
 ("e-57", E, "rate there at 57%", "57%", "percent", 57, 57, "%", Y, "kerala pooled cfr 2018-2024"),
 ("e-750", E, "about 750 cases and 415", "750", "count", 750, 750, "cases", Y, "global cases since 1998"),
 ("e-415", E, "750 cases and 415 deaths", "415", "count", 415, 415, "deaths", Y, "global deaths since 1998"),
 ("e-s1998", E, "recorded since 1998", "1998", "date", 1998, 1998, "year", N, "period start"),
 ("e-wb2", E, "Two nurses at a private hospital", "Two", "count", 2, 2, "cases", Y, "west bengal 2026 confirmed cases"),
 ("e-jan", E, "to have Nipah in January", "January", "date", 2026, 2026, "year", Y, "west bengal cases confirmed"),
 ("e-196", E, "tested 196 contacts", "196", "count", 196, 196, "people", Y, "west bengal contacts tested negative"),
 ("e-100", E, "about 100 people were placed", "100", "count", 100, 100, "people", Y, "west bengal people in home quarantine early in response"),
 ("e-third", E, "the state's third outbreak", "third", "count", 3, 3, "outbreaks", N, "ordinal"),
 ("e-2001", E, "Siliguri in 2001, when", "2001", "date", 2001, 2001, "year", Y, "siliguri outbreak year"),
 ("e-71", E, "when 71 people were infected", "71", "count", 71, 71, "cases", Y, "siliguri 2001 cases"),
 ("e-50", E, "and 50 died", "50", "count", 50, 50, "deaths", Y, "siliguri 2001 deaths"),
 ("e-2007", E, "and Nadia in 2007", "2007", "date", 2007, 2007, "year", Y, "nadia outbreak year"),
 ("e-40s", E, "A woman in her 40s", "40s", "age", 40, 49, "years", Y, "bangladesh 2026 case age"),
 ("e-jan28", E, "died on January 28", "January 28", "date", 2026, 2026, "year", Y, "bangladesh 2026 death date"),
 ("e-35", E, "35 of her contacts", "35", "count", 35, 35, "people", Y, "bangladesh 2026 contacts tested negative"),
 ("e-4", E, "reported four fatal cases", "four", "count", 4, 4, "deaths", Y, "bangladesh 2025 fatal cases"),
 ("e-in25", E, "fatal cases in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-in23", E, "In 2023 it recorded", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-11", E, "it recorded 11 cases", "11", "count", 11, 11, "cases", Y, "bangladesh 2023 cases"),
 ("e-8", E, "11 cases and 8 deaths", "8", "count", 8, 8, "deaths", Y, "bangladesh 2023 deaths"),
 ("e-73", E, "a fatality rate of 73%", "73%", "percent", 73, 73, "%", Y, "bangladesh 2023 cfr"),
 ("e-2015", E, "in a year since 2015", "2015", "date", 2015, 2015, "year", N, "qualifier"),
 ("e-k18", E, "Nipah events in 2018, 2019", "2018", "date", 2018, 2018, "year", N, "event year list"),
 ("e-k19", E, "2018, 2019, 2021", "2019", "date", 2019, 2019, "year", N, "event year list"),
 ("e-k21", E, "2019, 2021, 2023, 2024", "2021", "date", 2021, 2021, "year", N, "event year list"),
 ("e-k23", E, "2021, 2023, 2024 and", "2023", "date", 2023, 2023, "year", N, "event year list"),
 ("e-k24", E, "2023, 2024 and 2025", "2024", "date", 2024, 2024, "year", N, "event year list"),
 ("e-k25", E, "2024 and 2025. The", "2025", "date", 2025, 2025, "year", N, "event year list"),
 ("e-o23", E, "The 2023 outbreak in Kozhikode", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-six", E, "infected six people", "six", "count", 6, 6, "cases", Y, "kerala 2023 cases"),
 ("e-two", E, "and killed two. In", "two", "count", 2, 2, "deaths", Y, "kerala 2023 deaths"),
 ("e-jul25", E, "In July 2025 an", "July 2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-18", E, "an 18-year-old student", "18-year-old", "age", 18, 18, "years", Y, "kerala 2025 malappuram death age"),
 ("e-58", E, "a 58-year-old man", "58-year-old", "age", 58, 58, "years", Y, "palakkad july 2025 death age"),
 ("e-14", E, "to about 14 people worldwide", "14", "count", 14, 14, "people", Y, "people given m102.4"),
 ("e-d23", E, "During the 2023 Kerala outbreak", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("e-10p", E, "enough doses for 10 patients", "10", "count", 10, 10, "patients", Y, "india mab stock 2023 (patients)"),
 ("e-10more", E, "ordered 10 more doses", "10", "count", 10, 10, "doses", Y, "india mab additional doses ordered 2023"),
 ("e-jan24", E, "began in January 2024 with", "January 2024", "date", 2024, 2024, "year", Y, "phase i start"),
 ("e-51", E, "with 51 volunteers", "51", "count", 51, 51, "participants", Y, "phase i participants"),
 ("e-dec25", E, "In December 2025 a Phase II", "December 2025", "date", 2025, 2025, "year", Y, "phase ii trial start"),
 ("e-306", E, "enrol 306 healthy adults", "306", "count", 306, 306, "participants", Y, "phase ii enrolment target"),
 ("e-1845", E, "adults aged 18 to 45", "18 to 45", "age", 18, 45, "years", Y, "phase ii age range"),
 ("e-73m", E, "up to $7.3 million", "$7.3 million", "money", 7300000, 7300000, "USD", Y, "cepi funding to sii for manufacturing/reserve"),
 ("e-100k", E, "reserve of up to 100,000 doses", "100,000", "count", 100000, 100000, "doses", Y, "sii investigational reserve size"),
 ("e-435", E, "committed $43.5 million", "$43.5 million", "money", 43500000, 43500000, "USD", Y, "cepi funding for mbp1f5 antibody"),
 ("e-in24", E, "$43.5 million in 2024", "2024", "date", 2024, 2024, "year", N, "funding year"),
 ("e-2022", E, "trial that began in 2022", "2022", "date", 2022, 2022, "year", Y, "mrna-1215 trial start"),

 # ---- NP05 blog (2026-02-12)
 ("b-date", B, "February 12, 2026", "February 12, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-five", B, "confirmed five cases among", "five", "count", 5, 5, "cases", Y, "west bengal 2026 confirmed cases"),
 ("b-6m", B, "about 6 million lives", "6 million", "count", 6000000, 6000000, "lives", N, "aside"),
 ("b-1styr", B, "in its first year", "first year", "duration", 1, 1, "years", N, "aside timepoint"),
 ("b-jan24", B, "in Oxford in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "phase i start"),
 ("b-51", B, "each of its 51 volunteers", "51", "count", 51, 51, "participants", Y, "phase i participants"),
 ("b-1855", B, "volunteers, aged 18 to 55, for", "18 to 55", "age", 18, 55, "years", Y, "phase i age range"),
 ("b-2yr", B, "for two years after vaccination", "two years", "duration", 2, 2, "years", Y, "phase i follow-up length"),
 ("b-thisyr", B, "Results are expected this year", "this year", "date", 2026, 2026, "year", N, "forecast"),
 ("b-dec", B, "In December, Oxford", "December", "date", 2025, 2025, "year", Y, "phase ii trial start"),
 ("b-360", B, "enrol 360 healthy adults", "360", "count", 360, 360, "participants", Y, "phase ii enrolment target"),
 ("b-1855b", B, "adults aged 18–55", "18–55", "age", 18, 55, "years", Y, "phase ii age range"),
 ("b-cap", B, "by country, 1998–2025", "1998–2025", "date", 1998, 2025, "year", N, "image caption"),
 ("b-s2001", B, "human cases since 2001", "2001", "date", 2001, 2001, "year", N, "caption qualifier"),
 ("b-150", B, "around $150 million", "$150 million", "money", 150000000, 150000000, "USD", Y, "cepi total nipah commitment"),
 ("b-435", B, "paying SII $43.5 million", "$43.5 million", "money", 43500000, 43500000, "USD", Y, "cepi funding to sii for manufacturing/reserve"),
 ("b-100k", B, "reserve of up to 100,000 doses", "100,000", "count", 100000, 100000, "doses", Y, "sii investigational reserve size"),
 ("b-2bn", B, "more than 2 billion doses", "2 billion", "count", 2000000000, 2000000000, "doses", Y, "sii chadox covid doses produced"),
 ("b-handful", B, "a handful of patients", "a handful", "count", None, None, "patients", N, "vague"),
 ("b-sevt", B, "flown to India several times", "several times", "count", None, None, "times", N, "vague"),
 ("b-may25", B, "In May 2025 the US", "May 2025", "date", 2025, 2025, "year", Y, "dod-cepi mab agreement"),
 ("b-4075", B, "between 40% and 75%", "40% and 75%", "percent", 40, 75, "%", Y, "who cfr range"),
 ("b-40s", B, "a woman in her 40s", "40s", "age", 40, 49, "years", Y, "bangladesh 2026 case age"),
 ("b-latejan", B, "died in late January", "late January", "date", 2026, 2026, "year", N, "bangladesh 2026 death date (vague)"),
 ("b-2026", B, "the first case of 2026", "2026", "date", 2026, 2026, "year", N, "qualifier"),

 # ---- NP06 local (2025-07-18), hard-wrapped
 ("l-dl", L, "Friday, July 18, 2025", "July 18, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h670", L, "contact list tops 670", "670", "count", 670, 670, "people", N, "headline (rounded)"),
 ("l-h2nd", L, "counts second case; masks", "second", "count", 2, 2, "cases", N, "headline ordinal"),
 ("l-674", L, "Kerala now has 674 people", "674", "count", 674, 674, "people", Y, "kerala contact list 17 july 2025"),
 ("l-thu", L, "said on Thursday, after", "Thursday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-2nd", L, "became the second confirmed case", "second", "count", 2, 2, "cases", N, "ordinal"),
 ("l-131", L, "131 are in Malappuram", "131", "count", 131, 131, "people", Y, "malappuram contacts 17 july"),
 ("l-426", L, "426 in Palakkad", "426", "count", 426, 426, "people", Y, "palakkad contacts 17 july"),
 ("l-115", L, "115 in Kozhikode", "115", "count", 115, 115, "people", Y, "kozhikode contacts 17 july"),
 ("l-1each", L, "with one each in Ernakulam", "one", "count", 1, 1, "people", Y, "ernakulam/thrissur contacts each"),
 ("l-32", L, "Statewide, 32 people", "32", "count", 32, 32, "people", Y, "highest-risk contacts"),
 ("l-111", L, "and 111 in the high-risk", "111", "count", 111, 111, "people", Y, "high-risk contacts"),
 ("l-12", L, "Twelve people are in isolation", "Twelve", "count", 12, 12, "people", Y, "isolated in malappuram"),
 ("l-17", L, "and 17 in Palakkad", "17", "count", 17, 17, "people", Y, "isolated in palakkad"),
 ("l-88", L, "and 88 samples", "88", "count", 88, 88, "samples", Y, "malappuram negative samples"),
 ("l-81", L, "said 81 people in Malappuram", "81", "count", 81, 81, "people", Y, "malappuram contacts removed"),
 ("l-2r", L, "2 in Palakkad and 1", "2", "count", 2, 2, "people", Y, "palakkad contacts removed"),
 ("l-1r", L, "Palakkad and 1 in Ernakulam", "1", "count", 1, 1, "people", Y, "ernakulam contacts removed"),
 ("l-21d", L, "in isolation for 21 days", "21 days", "duration", 21, 21, "days", Y, "contact isolation period (kerala)"),
 ("l-42d", L, "over only after 42 days", "42 days", "duration", 42, 42, "days", Y, "window before outbreak declared over"),
 ("l-twice", L, "twice the longest incubation", "twice", "ratio", 2, 2, "x", N, "definition"),
 ("l-57", L, "The 57-year-old Kumaramputhur", "57-year-old", "age", 57, 57, "years", Y, "palakkad july 2025 death age"),
 ("l-sat", L, "Perinthalmanna last Saturday", "last Saturday", "date", 2025, 2025, "year", Y, "palakkad man death date"),
 ("l-2nddeath", L, "the second Nipah death in the state", "second", "count", 2, 2, "deaths", N, "ordinal"),
 ("l-18", L, "An 18-year-old girl", "18-year-old", "age", 18, 18, "years", Y, "kerala 2025 malappuram death age"),
 ("l-startjul", L, "at the start of July", "start of July", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-38", L, "a 38-year-old woman", "38-year-old", "age", 38, 38, "years", Y, "palakkad 2025 surviving case age"),
 ("l-2wk", L, "Two weeks ago the contact list", "Two weeks ago", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-425", L, "list stood at 425", "425", "count", 425, 425, "people", Y, "kerala contact list early july 2025"),
 ("l-228", L, "with 228 in Malappuram", "228", "count", 228, 228, "people", Y, "malappuram contacts early july"),
 ("l-110", L, "110 in Palakkad", "110", "count", 110, 110, "people", Y, "palakkad contacts early july"),
 ("l-87", L, "87 in Kozhikode", "87", "count", 87, 87, "people", Y, "kozhikode contacts early july"),
 ("l-65", L, "65 teams visited", "65", "count", 65, 65, "teams", Y, "survey teams"),
 ("l-1655", L, "1,655 households", "1,655", "count", 1655, 1655, "households", Y, "households surveyed"),
 ("l-20w", L, "households in 20 wards", "20", "count", 20, 20, "wards", Y, "wards surveyed"),
 ("l-26", L, "set up 26 rapid response", "26", "count", 26, 26, "teams", Y, "rapid response teams"),
 ("l-3d", L, "across the three districts", "three", "count", 3, 3, "districts", N, "qualifier"),
 ("l-6d", L, "hospitals in six districts", "six", "count", 6, 6, "districts", Y, "districts on alert"),
 ("l-o18", L, "The 2018 outbreak in Kozhikode", "2018", "date", 2018, 2018, "year", N, "qualifier"),
 ("l-21", L, "Malappuram killed 21 people", "21", "count", 21, 21, "deaths", Y, "kerala 2018 deaths"),
 ("l-in23", L, "In 2023 a cluster", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-nine", L, "infected nine people", "nine", "count", 9, 9, "cases", Y, "kerala 2023 cases"),
 ("l-two", L, "nine people and killed two", "two", "count", 2, 2, "deaths", Y, "kerala 2023 deaths"),
 ("l-lastyr", L, "and last year two people", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-2p", L, "last year two people from", "two", "count", 2, 2, "deaths", Y, "kerala 2024 deaths"),
 ("l-14", L, "a 14-year-old boy", "14-year-old", "age", 14, 14, "years", Y, "kerala july 2024 case age"),
 ("l-jul24", L, "boy in July", "July", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-24", L, "a 24-year-old student", "24-year-old", "age", 24, 24, "years", Y, "kerala sept 2024 case age"),
 ("l-sep24", L, "student in September", "September", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-d23", L, "During the 2023 outbreak", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("l-10", L, "for only 10 patients", "10", "count", 10, 10, "patients", Y, "india mab stock 2023 (patients)"),
 ("l-20", L, "procuring 20 more doses", "20", "count", 20, 20, "doses", Y, "india mab additional doses ordered 2023"),
 ("l-4070", L, "fatality at 40 to 70 per cent", "40 to 70 per cent", "percent", 40, 70, "%", Y, "icmr cfr range"),
 ("l-414", L, "usually appear 4 to 14 days", "4 to 14 days", "duration", 4, 14, "days", Y, "incubation period"),
 ("l-21q", L, "until the 21 days are over", "21 days", "duration", 21, 21, "days", N, "quote repeat"),

 # ---- NP07 fact-check (2026-02-03)
 ("f-h34", F, "has not killed three in four", "three in four", "percent", 75, 75, "%", N, "headline (claim)"),
 ("f-date", F, "TruthLens India · February 3, 2026", "February 3, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-c34", F, "killed 3 out of every 4", "3 out of every 4", "percent", 75, 75, "%", N, "claim text"),
 ("f-c2024", F, "vaccine ready since 2024", "2024", "date", 2024, 2024, "year", N, "claim text"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", Y, "post shares"),
 ("f-midjan", F, "since mid-January", "mid-January", "date", 2026, 2026, "year", N, "qualifier"),
 ("f-2", F, "India reported two laboratory-confirmed", "two", "count", 2, 2, "cases", Y, "west bengal 2026 confirmed cases"),
 ("f-jan13", F, "Pune on January 13", "January 13", "date", 2026, 2026, "year", Y, "west bengal cases confirmed at niv pune"),
 ("f-196", F, "tested 196 contacts", "196", "count", 196, 196, "people", Y, "west bengal contacts tested negative"),
 ("f-feb2", F, "As of February 2", "February 2", "date", 2026, 2026, "year", N, "as-of date"),
 ("f-third", F, "West Bengal's third Nipah outbreak", "third", "count", 3, 3, "outbreaks", N, "ordinal"),
 ("f-2001", F, "Siliguri in 2001 and", "2001", "date", 2001, 2001, "year", Y, "siliguri outbreak year"),
 ("f-2006", F, "Nadia in 2006", "2006", "date", 2006, 2006, "year", Y, "nadia outbreak year"),
 ("f-34q", F, "The \"three in four\" figure", "three in four", "percent", 75, 75, "%", N, "claim repeat"),
 ("f-4075", F, "case-fatality rate of 40% to 75%", "40% to 75%", "percent", 40, 75, "%", Y, "who cfr range"),
 ("f-six", F, "Kerala's six Nipah events", "six", "count", 6, 6, "events", Y, "kerala nipah events 2018-2024"),
 ("f-1824", F, "events from 2018 to 2024, published", "2018 to 2024", "date", 2018, 2024, "year", N, "review period"),
 ("f-pubjan", F, "published in January, found", "January", "date", 2026, 2026, "year", N, "review publication"),
 ("f-21", F, "found that 21 of 28", "21", "count", 21, 21, "deaths", Y, "kerala deaths 2018-2024"),
 ("f-28", F, "21 of 28 confirmed", "28", "count", 28, 28, "cases", Y, "kerala confirmed cases 2018-2024"),
 ("f-75", F, "patients died, 75.0%", "75.0%", "percent", 75.0, 75.0, "%", Y, "kerala pooled cfr 2018-2024"),
 ("f-77", F, "the WHO says 77% of patients", "77%", "percent", 77, 77, "%", Y, "bangladesh cumulative cfr since 2001"),
 ("f-s2001", F, "recorded since 2001 have died", "2001", "date", 2001, 2001, "year", N, "period start"),
 ("f-2pat", F, "applied to two patients", "two", "count", 2, 2, "cases", N, "repeat"),
 ("f-lastyr", F, "in January of last year", "January of last year", "date", 2025, 2025, "year", Y, "phase i start"),
 ("f-51", F, "with 51 volunteers", "51", "count", 51, 51, "participants", Y, "phase i participants"),
 ("f-dec", F, "In December, a Phase II", "December", "date", 2025, 2025, "year", Y, "phase ii trial start"),
 ("f-306", F, "target of 306 adults", "306", "count", 306, 306, "participants", Y, "phase ii enrolment target"),
 ("f-100k", F, "reserve of up to 100,000 doses", "100,000", "count", 100000, 100000, "doses", Y, "sii investigational reserve size"),
 ("f-r2", F, "outbreak has two confirmed cases", "two", "count", 2, 2, "cases", N, "ruling repeat"),
 ("f-r75", F, "The 75% figure", "75%", "percent", 75, 75, "%", N, "ruling repeat of claim"),
 ("f-r1824", F, "Kerala between 2018 and 2024", "2018 and 2024", "date", 2018, 2024, "year", N, "qualifier"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Phase II enrolment target 360 vs 306
 ("b-360", "p-306", S), ("b-360", "w-306", S), ("b-360", "e-306", S), ("b-360", "f-306", S),
 # S2 CEPI funding to SII: mAb figure swapped in
 ("b-435", "p-73", S), ("b-435", "e-73m", S),
 # S3 SII reserve size: dropped zero
 ("w-10k", "p-100k", S), ("w-10k", "e-100k", S), ("w-10k", "b-100k", S), ("w-10k", "f-100k", S),
 # S4 West Bengal confirmed cases: suspected/interim count reported as confirmed
 ("b-five", "w-2", S), ("b-five", "e-wb2", S), ("b-five", "f-2", S),
 # S5 Nadia outbreak year
 ("f-2006", "w-2007", S), ("f-2006", "a-nadia", S), ("f-2006", "e-2007", S),
 # S6 Siliguri 2001 cases (combined 2001+2007 figure swapped in)
 ("e-71", "w-66", S), ("e-71", "a-66", S),
 # S7 Siliguri 2001 deaths
 ("e-50", "w-45", S), ("e-50", "a-45", S),
 # S8 Phase I start year (relative date resolves to 2025)
 ("f-lastyr", "p-jan24", S), ("f-lastyr", "e-jan24", S), ("f-lastyr", "b-jan24", S),
 # S9 Phase I follow-up length
 ("b-2yr", "p-1yr", S),
 # S10 Bangladesh cumulative CFR since 2001 (2012 figure presented as current)
 ("f-77", "w-717", S), ("f-77", "e-72", S),
 # S11 Kerala 2023 cases (panchayat count swapped in)
 ("l-nine", "a-6", S), ("l-nine", "e-six", S),
 # S12 global deaths since 1998 (transposed)
 ("w-451", "p-415", S), ("w-451", "e-415", S),
 # S13 CEPI funding for MBP1F5 (transposed)
 ("w-345", "e-435", S),
 # S14 Malaysia outbreak deaths
 ("a-115", "e-105", S),
 # S15 Phase II age range
 ("e-1845", "p-1855", S), ("e-1845", "b-1855b", S),
 # S16 Kerala pooled CFR 2018-2024 (transposed)
 ("e-57", "a-75", S), ("e-57", "f-75", S),
 # S17 additional mAb doses ordered from Australia in 2023 (patient figure swapped in)
 ("e-10more", "l-20", S),
 # Qualified
 ("w-17", "a-16", Q), ("l-21", "w-17", Q), ("l-21", "a-16", Q),
 ("l-57", "e-58", Q),
 ("l-24", "a-23", Q),
 ("l-4070", "w-4075", Q), ("l-4070", "a-4075", Q), ("l-4070", "e-4075", Q),
 ("l-4070", "f-4075", Q), ("l-4070", "b-4075", Q), ("l-4070", "p-75", Q),
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
        rows.append({"type": "claim", "id": f"np-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"np-{a}", f"np-{b}"
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
