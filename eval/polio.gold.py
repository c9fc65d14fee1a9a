#!/usr/bin/env python3
"""Build polio.gold.jsonl: find each claim span by a unique context string in its article,
compute code-point offsets, verify span == article slice, write claims then conflicts."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "polio")
OUT = os.path.join(HERE, "polio.gold.jsonl")

D = {"w": "polio01_wire.txt", "p": "polio02_press.txt", "a": "polio03_abstract.txt",
     "e": "polio04_explainer.txt", "b": "polio05_blog.txt", "l": "polio06_local.txt",
     "f": "polio07_factcheck.txt"}
B = 1e9; M = 1e6
# (id, context, span, kind, low, high, unit, required, topic)   low None + high "=" -> high = low
C = [
 # ---- polio01_wire.txt (2025-05-23)
 ("w-40h", "braces for 40% budget", "40%", "percent", 40, "=", "%", False, "headline: 2026 budget cut (May 2025 projection)"),
 ("w-dl", "GENEVA, May 23", "May 23", "date", 2025, "=", "year", False, "dateline"),
 ("w-40", "budget cut of about 40% next year", "40%", "percent", 40, "=", "%", True, "GPEI 2026 budget cut, as projected May 2025"),
 ("w-nextyr", "40% next year", "next year", "date", 2026, "=", "year", False, "year of the cut"),
 ("w-fri", "member states on Friday", "Friday", "date", 2025, "=", "year", False, "date of WHA statement"),
 ("w-two1", "its last two strongholds", "two", "count", 2, "=", "countries", False, "endemic countries"),
 ("w-1988", "assembly in 1988", "1988", "date", 1988, "=", "year", True, "GPEI launch year"),
 ("w-lastyr1", "pushed back its deadlines last year", "last year", "date", 2024, "=", "year", True, "deadline extension"),
 ("w-2027", "wild poliovirus by 2027", "2027", "date", 2027, "=", "year", True, "WPV1 interruption target"),
 ("w-2029", "vaccine-derived virus by 2029", "2029", "date", 2029, "=", "year", True, "cVDPV2 interruption target"),
 ("w-decade", "the end of the decade", "the end of the decade", "date", None, None, "year", False, "budget horizon (vague)"),
 ("w-69", "to $6.9 billion", "$6.9 billion", "money", 6.9*B, "=", "USD", True, "GPEI budget through 2029"),
 ("w-48", "$4.8 billion originally", "$4.8 billion", "money", 4.8*B, "=", "USD", True, "original budget ask (2022-2026 strategy)"),
 ("w-46", "about $4.6 billion", "$4.6 billion", "money", 4.6*B, "=", "USD", True, "amount paid or pledged, May 2025"),
 ("w-23", "roughly $2.3 billion", "$2.3 billion", "money", 2.3*B, "=", "USD", True, "funding gap as of May 2025"),
 ("w-pak74", "Pakistan recorded 74 cases", "74", "count", 74, "=", "cases", True, "Pakistan WPV1 cases 2024 (final)"),
 ("w-lastyr2", "type 1 last year", "last year", "date", 2024, "=", "year", False, "case year"),
 ("w-afg25", "Afghanistan 25, up", "25", "count", 25, "=", "cases", True, "Afghanistan WPV1 cases 2024"),
 ("w-six", "up from six in each", "six", "count", 6, "=", "cases", True, "WPV1 cases 2023 per country"),
 ("w-2023", "each country in 2023", "2023", "date", 2023, "=", "year", False, "case year"),
 ("w-10", "at least 10 more", "at least 10", "count", 10, "=", "cases", True, "Pakistan WPV1 2025 so far (May 2025)"),
 ("w-2025", "so far in 2025", "2025", "date", 2025, "=", "year", False, "case year"),
 ("w-12mo", "stops for twelve months", "twelve months", "duration", 12, "=", "months", False, "quote, hypothetical"),
 ("w-99", "more than 99%", "99%", "percent", 99, "=", "%", True, "decline in cases since 1988"),
 ("w-350k", "350,000", "350,000", "count", 350000, "=", "children per year", True, "annual paralysis burden at launch"),
 ("w-125", "more than 125 countries", "125", "count", 125, "=", "countries", True, "endemic countries at launch"),
 ("w-lastyr3", "surfaced in Gaza last year", "last year", "date", 2024, "=", "year", True, "Gaza cVDPV2 emergence"),
 ("w-11mo", "an 11-month-old", "11-month-old", "age", 11, "=", "months", True, "Gaza index case age"),
 ("w-25y", "first confirmed case in 25 years", "25 years", "duration", 25, "=", "years", True, "years since Gaza's last polio case"),
 ("w-tworounds", "Two rounds of vaccination", "Two", "count", 2, "=", "rounds", False, "Gaza rounds"),
 ("w-640", "some 640,000", "640,000", "count", 640000, "=", "children", True, "Gaza campaign target"),
 ("w-u10", "under the age of 10", "10", "age", 10, "=", "years", True, "Gaza campaign age limit"),
 ("w-12b", "$1.2 billion", "$1.2 billion", "money", 1.2*B, "=", "USD", True, "Gates pledge"),
 ("w-2022", "effort in 2022", "2022", "date", 2022, "=", "year", True, "Gates pledge year"),
 # ---- polio02_press.txt (2024-01-09)
 ("p-3yh", "three years of emergency use", "three years", "duration", 3, "=", "years", False, "subtitle: EUL period"),
 ("p-950h", "more than 950 million doses reached", "more than 950 million", "count", 950*M, "=", "doses", False, "subtitle repeat"),
 ("p-35h", "reached 35 countries", "35", "count", 35, "=", "countries", False, "subtitle repeat"),
 ("p-dl", "January 9, 2024", "January 9, 2024", "date", 2024, "=", "year", False, "dateline"),
 ("p-today", "today announced", "today", "date", 2024, "=", "year", False, "announcement date"),
 ("p-dec", "assessment in December", "December", "date", 2023, "=", "year", True, "nOPV2 WHO prequalification date"),
 ("p-nov2020", "Listing, in November 2020", "November 2020", "date", 2020, "=", "year", True, "nOPV2 EUL date"),
 ("p-mar2021", "March 2021", "March 2021", "date", 2021, "=", "year", True, "first field use"),
 ("p-950", "supplied more than 950 million doses", "more than 950 million", "count", 950*M, "=", "doses", True, "nOPV2 doses by prequalification"),
 ("p-35", "doses to 35 countries", "35", "count", 35, "=", "countries", True, "countries using nOPV2 by prequalification"),
 ("p-decade", "recognises a decade of science", "a decade", "duration", 10, "=", "years", False, "quote"),
 ("p-2011", "began in 2011", "2011", "date", 2011, "=", "year", True, "consortium start"),
 ("p-2016", "worldwide in 2016", "2016", "date", 2016, "=", "year", True, "Sabin type 2 withdrawal"),
 ("p-nextyr", "strong next year", "next year", "date", 2025, "=", "year", False, "demand forecast"),
 ("p-two", "given as two drops", "two", "count", 2, "=", "drops", False, "dose volume"),
 ("p-1890", "Founded in 1890", "1890", "date", 1890, "=", "year", False, "About section"),
 ("p-150", "used in more than 150 countries", "more than 150", "count", 150, "=", "countries", False, "About section"),
 # ---- polio03_abstract.txt (2026-02-02)
 ("a-range", "Afghanistan, 2023–2025: a review", "2023–2025", "date", 2023, 2025, "year", False, "title period"),
 ("a-two", "the two national programmes", "two", "count", 2, "=", "programmes", False, "aside"),
 ("a-2027", "transmission by 2027", "2027", "date", 2027, "=", "year", True, "WPV1 interruption target"),
 ("a-start", "1 January 2023", "1 January 2023", "date", 2023, "=", "year", False, "study window start"),
 ("a-end", "31 December 2025", "31 December 2025", "date", 2025, "=", "year", False, "study window end"),
 ("a-cvwin", "covering January 2023 to June 2024", "January 2023 to June 2024", "date", 2023, 2024, "year", False, "cVDPV data window"),
 ("a-n12", "N = 12 in 2023", "12", "count", 12, "=", "cases", True, "WPV1 cases 2023, both countries"),
 ("a-y2023a", "N = 12 in 2023", "2023", "date", 2023, "=", "year", False, "case year"),
 ("a-pak6", "(Pakistan, n=6;", "6", "count", 6, "=", "cases", True, "Pakistan WPV1 2023"),
 ("a-afg6", "Afghanistan, n=6)", "6", "count", 6, "=", "cases", True, "Afghanistan WPV1 2023"),
 ("a-n99", "N = 99 in 2024", "99", "count", 99, "=", "cases", True, "WPV1 cases 2024, both countries"),
 ("a-y2024a", "N = 99 in 2024", "2024", "date", 2024, "=", "year", False, "case year"),
 ("a-pak74", "Pakistan, n=74", "74", "count", 74, "=", "cases", True, "Pakistan WPV1 cases 2024 (final)"),
 ("a-afg25", "Afghanistan, n=25", "25", "count", 25, "=", "cases", True, "Afghanistan WPV1 cases 2024"),
 ("a-49", "from 49 districts", "49", "count", 49, "=", "districts", True, "districts with cases 2024"),
 ("a-n41", "N = 41 in 2025", "41", "count", 41, "=", "cases", True, "WPV1 cases 2025, both countries"),
 ("a-y2025a", "N = 41 in 2025", "2025", "date", 2025, "=", "year", False, "case year"),
 ("a-24", "from 24 districts", "24", "count", 24, "=", "districts", True, "districts with cases 2025"),
 ("a-pak31", "Pakistan, n=31", "31", "count", 31, "=", "cases", True, "Pakistan WPV1 cases 2025"),
 ("a-y2024b", "Of Pakistan's 2024 cases", "2024", "date", 2024, "=", "year", False, "case year"),
 ("a-bal27", "27 were from Balochistan", "27", "count", 27, "=", "cases", True, "Balochistan 2024 (final)"),
 ("a-sin23", "23 from Sindh", "23", "count", 23, "=", "cases", True, "Sindh 2024 (final)"),
 ("a-kp22", "22 from Khyber", "22", "count", 22, "=", "cases", True, "KP 2024 (final)"),
 ("a-one", "one each from Punjab", "one", "count", 1, "=", "cases", True, "Punjab / Islamabad 2024 each"),
 ("a-6nov", "6 November 2024", "6 November 2024", "date", 2024, "=", "year", False, "Emergency Committee meeting (as-of)"),
 ("a-y2023b", "the full 2023 totals", "2023", "date", 2023, "=", "year", False, "comparison year"),
 ("a-550", "550%", "550%", "percent", 550, "=", "%", True, "Pakistan case increase vs 2023, as of 6 Nov 2024"),
 ("a-283", "283%", "283%", "percent", 283, "=", "%", True, "Afghanistan case increase vs 2023, as of 6 Nov 2024"),
 ("a-402", "402", "402", "count", 402, "=", "samples", True, "Pakistan WPV1+ ES samples 2024 to 6 Nov"),
 ("a-y2024c", "samples in 2024 up to", "2024", "date", 2024, "=", "year", False, "sample year"),
 ("a-126", "against 126", "126", "count", 126, "=", "samples", True, "Pakistan WPV1+ ES samples 2023"),
 ("a-y2023c", "all of 2023", "2023", "date", 2023, "=", "year", False, "sample year"),
 ("a-84", "logged 84", "84", "count", 84, "=", "samples", True, "Afghanistan WPV1+ ES samples 2024 to 6 Nov"),
 ("a-62", "against 62", "62", "count", 62, "=", "samples", True, "Afghanistan WPV1+ ES samples 2023"),
 ("a-65", "65 sites", "65", "count", 65, "=", "sites", True, "Pakistan ES sites 2021"),
 ("a-2021", "sites in 2021", "2021", "date", 2021, "=", "year", False, "site-count year"),
 ("a-127s", "to 127 in 2025", "127", "count", 127, "=", "sites", True, "Pakistan ES sites 2025"),
 ("a-y2025b", "to 127 in 2025", "2025", "date", 2025, "=", "year", False, "site-count year"),
 ("a-jul", "In July 2025", "July 2025", "date", 2025, "=", "year", False, "timepoint"),
 ("a-42", "42 of 117", "42", "count", 42, "=", "samples", True, "positive ES samples July 2025"),
 ("a-117", "42 of 117", "117", "count", 117, "=", "samples", True, "ES samples tested July 2025"),
 ("a-359", "35.9%", "35.9%", "percent", 35.9, "=", "%", True, "ES positivity July 2025"),
 ("a-ci1", "27.8 to 44.9", "27.8 to 44.9", "percent", 27.8, 44.9, "%", True, "CI ES positivity July 2025"),
 ("a-40", "40 of 127", "40", "count", 40, "=", "samples", True, "positive ES samples Dec 2025"),
 ("a-127b", "40 of 127", "127", "count", 127, "=", "samples", True, "ES samples tested Dec 2025"),
 ("a-dec", "in December 2025", "December 2025", "date", 2025, "=", "year", False, "timepoint"),
 ("a-315", "31.5%", "31.5%", "percent", 31.5, "=", "%", True, "ES positivity Dec 2025"),
 ("a-ci2", "24.1 to 40.0", "24.1 to 40.0", "percent", 24.1, 40.0, "%", True, "CI ES positivity Dec 2025"),
 ("a-diff", "−4.4 percentage points", "−4.4 percentage points", "percent", -4.4, "=", "percentage points", True, "positivity difference Dec vs July 2025"),
 ("a-ci3", "−16.3 to 7.5", "−16.3 to 7.5", "percent", -16.3, 7.5, "percentage points", True, "CI of difference"),
 ("a-p", "P = 0.47", "P = 0.47", "pvalue", 0.47, "=", "", False, "p-value"),
 ("a-y2024d", "subnational campaign of 2024", "2024", "date", 2024, "=", "year", False, "campaign year"),
 ("a-357", "35,712,922", "35,712,922", "count", 35712922, "=", "children", True, "children vaccinated, last 2024 SNID"),
 ("a-363", "36,360,037", "36,360,037", "count", 36360037, "=", "children", True, "children targeted, last 2024 SNID"),
 ("a-five", "targeted children under five", "five", "age", 5, "=", "years", True, "campaign age limit"),
 ("a-982", "98.2%", "98.2%", "percent", 98.2, "=", "%", True, "coverage last 2024 SNID"),
 ("a-713", "71,330", "71,330", "count", 71330, "=", "refusals", True, "refusals last 2024 SNID"),
 ("a-74o", "74 cVDPV outbreaks", "74", "count", 74, "=", "outbreaks", True, "cVDPV outbreaks Jan 2023-Jun 2024"),
 ("a-39", "in 39 countries", "39", "count", 39, "=", "countries", True, "countries with cVDPV Jan 2023-Jun 2024"),
 ("a-cvwin2", "between January 2023 and June 2024", "January 2023 and June 2024", "date", 2023, 2024, "year", False, "period"),
 ("a-672", "with 672 paralytic", "672", "count", 672, "=", "cases", True, "cVDPV cases all types Jan 2023-Jun 2024"),
 ("a-140", "140 due to type 1", "140", "count", 140, "=", "cases", True, "cVDPV1 cases Jan 2023-Jun 2024"),
 ("a-532", "532 due to type 2", "532", "count", 532, "=", "cases", True, "cVDPV2 cases Jan 2023-Jun 2024"),
 ("a-y2025c", "fell in 2025", "2025", "date", 2025, "=", "year", False, "case year"),
 ("a-third", "roughly a third", "roughly a third", "percent", 33.333333, "=", "%", False, "year-end ES positivity (restates 31.5%)"),
 ("a-y2026", "The GPEI's 2026 budget", "2026", "date", 2026, "=", "year", False, "budget year"),
 ("a-30", "30% below plan", "30%", "percent", 30, "=", "%", True, "GPEI 2026 budget cut (Oct 2025)"),
 ("a-17", "US$1.7 billion", "US$1.7 billion", "money", 1.7*B, "=", "USD", True, "funding gap through 2029 (Oct 2025)"),
 ("a-y2029", "gap through 2029", "2029", "date", 2029, "=", "year", False, "gap horizon"),
 # ---- polio04_explainer.txt (2024-09-20)
 ("e-upd", "Updated September 20, 2024", "September 20, 2024", "date", 2024, "=", "year", False, "update stamp"),
 ("e-jul", "In July, routine testing", "July", "date", 2024, "=", "year", True, "Gaza cVDPV2 sewage detection"),
 ("e-june", "late June", "late June", "date", 2024, "=", "year", False, "sample collection"),
 ("e-aug", "Then, in August", "August", "date", 2024, "=", "year", True, "Gaza index case confirmed"),
 ("e-10mo", "a 10-month-old baby", "10-month-old", "age", 10, "=", "months", True, "Gaza index case age"),
 ("e-oneleg", "weakness in one leg", "one", "count", 1, "=", "legs", False, "aside"),
 ("e-25y", "Gaza Strip in 25 years", "25 years", "duration", 25, "=", "years", True, "years since Gaza's last polio case"),
 ("e-2015", "eradicated in 2015", "2015", "date", 2015, "=", "year", True, "WPV2 declared eradicated"),
 ("e-lastyr", "Last year the world", "Last year", "date", 2023, "=", "year", False, "case year"),
 ("e-11", "just 11 wild cases", "11", "count", 11, "=", "cases", True, "WPV1 cases worldwide 2023"),
 ("e-2016", "worldwide in 2016", "2016", "date", 2016, "=", "year", True, "type 2 withdrawal from OPV"),
 ("e-egypt", "Egypt last year", "last year", "date", 2023, "=", "year", False, "Egypt detection"),
 ("e-1in200", "one in 200", "one in 200", "percent", 0.5, "=", "%", True, "infections leading to paralysis"),
 ("e-5to10", "5% to 10%", "5% to 10%", "percent", 5, 10, "%", True, "case fatality among paralysed"),
 ("e-nov2020", "November 2020", "November 2020", "date", 2020, "=", "year", True, "nOPV2 EUL date"),
 ("e-dec2023", "December 2023", "December 2023", "date", 2023, "=", "year", True, "nOPV2 WHO prequalification date"),
 ("e-950", "more than 950 million", "more than 950 million", "count", 950*M, "=", "doses", True, "nOPV2 doses by prequalification"),
 ("e-53", "used in 53 countries", "53", "count", 53, "=", "countries", True, "countries using nOPV2 by prequalification"),
 ("e-twodrops", "give two drops", "two", "count", 2, "=", "drops", False, "dose volume"),
 ("e-640", "about 640,000", "640,000", "count", 640000, "=", "children", True, "Gaza campaign target"),
 ("e-u10", "children under the age of 10", "10", "age", 10, "=", "years", True, "Gaza campaign age limit"),
 ("e-tworounds", "each of two rounds", "two", "count", 2, "=", "rounds", False, "Gaza rounds"),
 ("e-4wk", "at least four weeks apart", "four weeks", "duration", 4, "=", "weeks", True, "interval between rounds"),
 ("e-16m", "More than 1.6 million doses", "1.6 million", "count", 1.6*M, "=", "doses", True, "nOPV2 doses shipped to Gaza (planned total)"),
 ("e-r1", "ran from September 1 to 12", "September 1 to 12", "date", 2024, "=", "year", True, "Gaza round 1 dates"),
 ("e-3ph", "in three phases", "three", "count", 3, "=", "phases", False, "round 1 phases"),
 ("e-1565", "156,500", "156,500", "count", 156500, "=", "children", True, "central phase target"),
 ("e-187", "187,000", "187,000", "count", 187000, "=", "children", True, "central phase reached"),
 ("e-340", "340,000", "340,000", "count", 340000, "=", "children", True, "south phase target"),
 ("e-150", "roughly 150,000", "150,000", "count", 150000, "=", "children", True, "north phase target"),
 ("e-sep11", "By September 11", "September 11", "date", 2024, "=", "year", False, "as-of date"),
 ("e-552", "552,451", "552,451", "count", 552451, "=", "children", True, "round 1 vaccinated as of Sept 11 (interim)"),
 ("e-90", "at least 90%", "90%", "percent", 90, "=", "%", True, "coverage needed to stop transmission"),
 ("e-9in10", "nine in ten", "nine in ten", "percent", 90, "=", "%", False, "repeat of 90%"),
 ("e-4wk2", "About four weeks after", "four weeks", "duration", 4, "=", "weeks", False, "expected start of round 2 (repeat)"),
 # ---- polio05_blog.txt (2025-11-03)
 ("b-dl", "November 3, 2025", "November 3, 2025", "date", 2025, "=", "year", False, "byline date"),
 ("b-oct21", "On October 21", "October 21", "date", 2025, "=", "year", False, "announcement date"),
 ("b-y2026", "budget for 2026", "2026", "date", 2026, "=", "year", False, "budget year"),
 ("b-30", "will be 30% smaller", "30%", "percent", 30, "=", "%", True, "GPEI 2026 budget cut (Oct 2025)"),
 ("b-17", "gap of $1.7 billion", "$1.7 billion", "money", 1.7*B, "=", "USD", True, "funding gap through 2029 (Oct 2025)"),
 ("b-y2029a", "$1.7 billion through 2029", "2029", "date", 2029, "=", "year", False, "gap horizon"),
 ("b-30b", "spring, 30% may", "30%", "percent", 30, "=", "%", False, "repeat"),
 ("b-may", "In May, WHO's", "May", "date", 2025, "=", "year", False, "date of 40% warning"),
 ("b-40", "could reach 40%", "40%", "percent", 40, "=", "%", True, "GPEI 2026 budget cut, as projected May 2025"),
 ("b-y2029b", "budget to 2029", "2029", "date", 2029, "=", "year", False, "budget horizon"),
 ("b-69", "$6.9 billion", "$6.9 billion", "money", 6.9*B, "=", "USD", True, "GPEI budget through 2029"),
 ("b-48", "secured $4.8 billion", "$4.8 billion", "money", 4.8*B, "=", "USD", True, "amount secured, May 2025"),
 ("b-two", "the two endemic countries", "two", "count", 2, "=", "countries", False, "endemic countries"),
 ("b-fifth", "one-fifth", "one-fifth", "percent", 20, "=", "%", True, "fractional IPV dose share"),
 ("b-2023", "2023 was the best year", "2023", "date", 2023, "=", "year", False, "case year"),
 ("b-dozen", "a dozen wild cases", "a dozen", "count", 12, "=", "cases", True, "WPV1 cases 2023, both countries"),
 ("b-52", "Afghanistan logged 52", "52", "count", 52, "=", "cases", True, "Afghanistan WPV1 cases 2024"),
 ("b-2024", "52 cases in 2024", "2024", "date", 2024, "=", "year", False, "case year"),
 ("b-1in3", "one in three", "one in three", "percent", 33.333333, "=", "%", True, "Pakistan ES positivity (2025)"),
 ("b-thisyr", "This year the GPEI", "This year", "date", 2025, "=", "year", False, "case year"),
 ("b-36", "36 wild cases", "36", "count", 36, "=", "cases", True, "WPV1 cases 2025 so far (Oct 2025), both countries"),
 ("b-twoc", "across the two countries", "two", "count", 2, "=", "countries", False, "endemic countries"),
 ("b-149", "149", "149", "count", 149, "=", "cases", True, "cVDPV cases 2025 so far"),
 ("b-hundreds", "hundreds of thousands", "hundreds of thousands", "count", None, None, "children", False, "vague"),
 ("b-jul2023", "In July 2023", "July 2023", "date", 2023, "=", "year", True, "Gaza cVDPV2 sewage detection"),
 ("b-u10", "children under ten", "ten", "age", 10, "=", "years", True, "Gaza campaign age limit"),
 ("b-1988", "launched in 1988", "1988", "date", 1988, "=", "year", True, "GPEI launch year"),
 ("b-2000", "world by 2000", "2000", "date", 2000, "=", "year", True, "original eradication target"),
 ("b-2027", "2027 for wild virus", "2027", "date", 2027, "=", "year", True, "WPV1 interruption target"),
 ("b-2029c", "2029 for the vaccine-derived", "2029", "date", 2029, "=", "year", True, "cVDPV2 interruption target"),
 ("b-200k", "200,000 cases", "200,000", "count", 200000, "=", "cases per year", False, "modelled hypothetical"),
 ("b-decade", "within a decade", "a decade", "duration", 10, "=", "years", False, "modelled hypothetical"),
 ("b-oct2022", "October 2022", "October 2022", "date", 2022, "=", "year", True, "Berlin pledging moment"),
 ("b-26", "$2.6 billion", "$2.6 billion", "money", 2.6*B, "=", "USD", True, "Berlin pledges"),
 ("b-dec", "Pakistan's December campaign", "December", "date", 2025, "=", "year", False, "planned campaign"),
 ("b-45m", "the 45 million children", "45 million", "count", 45*M, "=", "children", True, "Pakistan campaign target (Dec 2025)"),
 ("b-five", "children under five it targets", "five", "age", 5, "=", "years", True, "campaign age limit"),
 # ---- polio06_local.txt (2025-01-16)
 ("l-dl", "January 16, 2025", "January 16, 2025", "date", 2025, "=", "year", False, "edition date"),
 ("l-72h", "Pakistan's 72nd polio case", "72nd", "count", 72, "=", "cases", False, "headline tally"),
 ("l-2024h", "polio case of 2024", "2024", "date", 2024, "=", "year", False, "case year"),
 ("l-2024a", "for 2024 to 72", "2024", "date", 2024, "=", "year", False, "case year"),
 ("l-72", "for 2024 to 72", "72", "count", 72, "=", "cases", True, "Pakistan WPV1 2024 as of 15 Jan 2025"),
 ("l-wed", "said on Wednesday", "Wednesday", "date", 2025, "=", "year", False, "confirmation date"),
 ("l-dec31", "December 31", "December 31", "date", 2024, "=", "year", False, "sample collection date"),
 ("l-11th", "11th case", "11th", "count", 11, "=", "cases", False, "DI Khan cases 2024 (ordinal tally)"),
 ("l-2024b", "district in 2024", "2024", "date", 2024, "=", "year", False, "case year"),
 ("l-72b", "Of the 72 cases", "72", "count", 72, "=", "cases", False, "repeat"),
 ("l-2024c", "so far for 2024", "2024", "date", 2024, "=", "year", False, "case year"),
 ("l-27", "Balochistan accounts for 27", "27", "count", 27, "=", "cases", True, "Balochistan 2024 as of Jan 15"),
 ("l-22", "Pakhtunkhwa for 22", "22", "count", 22, "=", "cases", True, "KP 2024 as of Jan 15"),
 ("l-21", "Sindh for 21", "21", "count", 21, "=", "cases", True, "Sindh 2024 as of Jan 15"),
 ("l-one", "with one case each", "one", "count", 1, "=", "cases", True, "Punjab / Islamabad each"),
 ("l-12x", "twelve times", "twelve times", "ratio", 12, "=", "x", True, "2024 vs 2023 Pakistan cases"),
 ("l-six", "the six cases", "six", "count", 6, "=", "cases", True, "Pakistan WPV1 2023"),
 ("l-2023", "in 2023, when officials", "2023", "date", 2023, "=", "year", False, "case year"),
 ("l-17", "from 17 districts", "17", "count", 17, "=", "districts", True, "districts with positive sewage (latest batch)"),
 ("l-2024d", "vaccination drive of 2024", "2024", "date", 2024, "=", "year", False, "campaign year"),
 ("l-363", "36,360,037", "36,360,037", "count", 36360037, "=", "children", True, "children targeted, last 2024 SNID"),
 ("l-357", "35,712,922", "35,712,922", "count", 35712922, "=", "children", True, "children vaccinated, last 2024 SNID"),
 ("l-98", "or 98 per cent", "98 per cent", "percent", 98, "=", "%", True, "coverage last 2024 SNID"),
 ("l-739", "739,201", "739,201", "count", 739201, "=", "children", True, "children not available"),
 ("l-713", "71,330", "71,330", "count", 71330, "=", "refusals", True, "refusals last 2024 SNID"),
 ("l-98q", "Ninety-eight per cent", "Ninety-eight per cent", "percent", 98, "=", "%", False, "quote repeat"),
 ("l-1998", "launched in 1998", "1998", "date", 1998, "=", "year", True, "GPEI launch year"),
 ("l-two", "one of only two countries", "two", "count", 2, "=", "countries", False, "endemic countries"),
 ("l-2025", "campaign of 2025", "2025", "date", 2025, "=", "year", False, "campaign year"),
 ("l-feb", "February 3 to 9", "February 3 to 9", "date", 2025, "=", "year", True, "first 2025 nationwide campaign dates"),
 ("l-45m", "some 45 million", "45 million", "count", 45*M, "=", "children", True, "Pakistan campaign target (Feb 2025)"),
 ("l-five", "under the age of five", "five", "age", 5, "=", "years", True, "campaign age limit"),
 ("l-lastyr", "vaccinators last year", "last year", "date", 2024, "=", "year", False, "attacks"),
 # ---- polio07_factcheck.txt (2025-02-20)
 ("f-dl", "February 20, 2025", "February 20, 2025", "date", 2025, "=", "year", False, "byline date"),
 ("f-3000a", "paralysed 3,000 kids", "3,000", "count", 3000, "=", "children", False, "figure attributed to false posts"),
 ("f-40xa", "exploded 40-fold", "40-fold", "ratio", 40, "=", "x", False, "figure attributed to false posts"),
 ("f-thousands", "thousands of paralysed", "thousands", "count", None, None, "children", False, "vague"),
 ("f-nov2020", "November 2020", "November 2020", "date", 2020, "=", "year", True, "nOPV2 EUL date"),
 ("f-dec2024", "December 2024", "December 2024", "date", 2024, "=", "year", True, "nOPV2 WHO prequalification date"),
 ("f-1b", "nearly a billion", "nearly a billion", "count", 1000*M, "=", "doses", True, "nOPV2 doses by prequalification"),
 ("f-35", "given in 35 countries", "35", "count", 35, "=", "countries", True, "countries using nOPV2 by prequalification"),
 ("f-jul2024", "July 2024", "July 2024", "date", 2024, "=", "year", True, "Gaza cVDPV2 sewage detection"),
 ("f-aug", "and in August a", "August", "date", 2024, "=", "year", True, "Gaza index case confirmed"),
 ("f-10mo", "a 10-month-old", "10-month-old", "age", 10, "=", "months", True, "Gaza index case age"),
 ("f-25y", "a quarter of a century", "a quarter of a century", "duration", 25, "=", "years", True, "years since Gaza's last polio case"),
 ("f-640", "640,000", "640,000", "count", 640000, "=", "children", True, "Gaza campaign target"),
 ("f-u10", "children under 10", "10", "age", 10, "=", "years", True, "Gaza campaign age limit"),
 ("f-126", "1.26 million", "1.26 million", "count", 1.26*M, "=", "doses", True, "nOPV2 doses flown in before round 1"),
 ("f-r1", "September 1 to 12", "September 1 to 12", "date", 2024, "=", "year", True, "Gaza round 1 dates"),
 ("f-560", "around 560,000", "around 560,000", "count", 560000, "=", "children", True, "round 1 vaccinated (final)"),
 ("f-oct14", "October 14, 2024", "October 14, 2024", "date", 2024, "=", "year", True, "Gaza round 2 start"),
 ("f-5917", "591,700", "591,700", "count", 591700, "=", "children", True, "round 2 target"),
 ("f-3000b", "The \"3,000\" figure", "3,000", "count", 3000, "=", "children", False, "attributed repeat"),
 ("f-twov", "two different viruses", "two", "count", 2, "=", "viruses", False, "aside"),
 ("f-2024", "ended 2024 with", "2024", "date", 2024, "=", "year", False, "case year"),
 ("f-72", "ended 2024 with 72", "72", "count", 72, "=", "cases", True, "Pakistan WPV1 cases 2024 (stated as final)"),
 ("f-six", "up from six in 2023", "six", "count", 6, "=", "cases", True, "Pakistan WPV1 2023"),
 ("f-2023", "six in 2023", "2023", "date", 2023, "=", "year", False, "case year"),
 ("f-12x", "twelvefold", "twelvefold", "ratio", 12, "=", "x", True, "2024 vs 2023 Pakistan cases"),
 ("f-40xb", "not 40-fold", "40-fold", "ratio", 40, "=", "x", False, "attributed repeat"),
 ("f-mid2023", "mid-2023", "mid-2023", "date", 2023, "=", "year", False, "first sewage signal"),
 ("f-672", "caused 672 paralytic", "672", "count", 672, "=", "cases", True, "cVDPV2 cases Jan 2023-Jun 2024 (as stated)"),
 ("f-39", "in 39 countries", "39", "count", 39, "=", "countries", True, "countries with cVDPV Jan 2023-Jun 2024"),
 ("f-cvwin", "January 2023 and June 2024", "January 2023 and June 2024", "date", 2023, 2024, "year", False, "period"),
 ("f-dozens", "across dozens of countries", "dozens", "count", None, None, "countries", False, "vague"),
]

STRICT = [
 # C1 Pakistan 2024 final WPV1 total: 74 vs interim 72 reported as final
 ("f-72", "w-pak74"), ("f-72", "a-pak74"),
 # C2 Afghanistan 2024 WPV1: 25 vs transposed 52
 ("b-52", "w-afg25"), ("b-52", "a-afg25"),
 # C3 WPV1 cases 2023 (both countries): 12 vs 11 (late-November year-to-date count reported as the year)
 ("e-11", "a-n12"), ("e-11", "b-dozen"),
 # C4 Gaza index case age: 10 months vs 11 months
 ("w-11mo", "e-10mo"), ("w-11mo", "f-10mo"),
 # C5 Gaza sewage detection: July 2024 vs July 2023
 ("b-jul2023", "e-jul"), ("b-jul2023", "f-jul2024"),
 # C6 nOPV2 prequalification: December 2023 vs December 2024
 ("f-dec2024", "p-dec"), ("f-dec2024", "e-dec2023"),
 # C7 countries using nOPV2 by prequalification: 35 vs 53
 ("e-53", "p-35"), ("e-53", "f-35"),
 # C8 GPEI launch year: 1988 vs 1998
 ("l-1998", "w-1988"), ("l-1998", "b-1988"),
 # C9 amount secured by May 2025: $4.6bn vs $4.8bn (the original budget figure)
 ("b-48", "w-46"),
 # C10 cVDPV2 cases Jan 2023-Jun 2024: 532 vs 672 (all-type total given as type 2)
 ("f-672", "a-532"),
]
QUALIFIED = [
 ("e-16m", "f-126"),                                   # doses shipped (planned total) vs flown in before round 1
 ("w-40", "b-30"), ("w-40", "a-30"), ("b-40", "a-30"),  # 2026 cut: May projection vs October decision
 ("w-23", "b-17"), ("w-23", "a-17"),                   # funding gap: May vs October (budget envelope revised)
]

def main():
    texts = {k: open(os.path.join(DOCDIR, v), encoding="utf-8").read() for k, v in D.items()}
    out, ids, errs = [], {}, []
    for (cid, ctx, span, kind, low, high, unit, req, topic) in C:
        doc = cid.split("-")[0]
        t = texts[doc]
        n = t.count(ctx)
        if n != 1:
            errs.append(f"{cid}: context {ctx!r} found {n} times"); continue
        i = t.find(ctx) + ctx.find(span)
        if ctx.find(span) < 0:
            errs.append(f"{cid}: span not in context"); continue
        s, e = i, i + len(span)
        if t[s:e] != span:
            errs.append(f"{cid}: slice mismatch"); continue
        if "\n" in span:
            errs.append(f"{cid}: span has newline")
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        hi = low if high == "=" else high
        if isinstance(low, float) and low == int(low) and abs(low) > 1000: low = int(low)
        if isinstance(hi, float) and hi == int(hi) and abs(hi) > 1000: hi = int(hi)
        rec = {"type": "claim", "id": f"polio-{cid}", "doc": D[doc], "start": s, "end": e, "span": span,
               "kind": kind, "low": low, "high": hi, "unit": unit, "required": req, "topic": topic}
        ids[cid] = rec; out.append(rec)
    # overlapping spans within a doc?
    by = {}
    for r in out: by.setdefault(r["doc"], []).append(r)
    for d, rs in by.items():
        rs = sorted(rs, key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]: errs.append(f"overlap {x['id']} {y['id']}")
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            ra, rb = ids.get(a), ids.get(b)
            if not ra or not rb: errs.append(f"missing {a} {b}"); continue
            if ra["doc"] == rb["doc"]: errs.append(f"same doc {a} {b}")
            if grade == "strict" and not (ra["required"] and rb["required"]): errs.append(f"strict with optional {a} {b}")
            out.append({"type": "conflict", "a": ra["id"], "b": rb["id"], "grade": grade})
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cl = [r for r in out if r["type"] == "claim"]
    print(f"claims {len(cl)} (required {sum(r['required'] for r in cl)}, optional {sum(not r['required'] for r in cl)}); "
          f"strict {len(STRICT)}, qualified {len(QUALIFIED)}")

if __name__ == "__main__":
    main()
