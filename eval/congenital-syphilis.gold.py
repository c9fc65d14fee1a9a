#!/usr/bin/env python3
"""Build congenital-syphilis.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "congenital-syphilis")
OUT = os.path.join(HERE, "congenital-syphilis.gold.jsonl")
T = "congenital-syphilis"

W, P, A, E, B, L, F = ("CS01_wire.txt", "CS02_press.txt", "CS03_abstract.txt",
                       "CS04_explainer.txt", "CS05_blog.txt", "CS06_local.txt", "CS07_factcheck.txt")
Y = True; N = False
PB = "per 100,000 live births"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- CS01 wire (2025-09-25; "Wednesday" = 2025-09-24)
 ("w-h12", W, "for 12th straight year", "12th", "count", 12, 12, "years", N, "headline repeat"),
 ("w-dl", W, "ATLANTA, Sept 25", "Sept 25", "date", 2025, 2025, "year", N, "dateline"),
 ("w-2024a", W, "rose again in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-12th", W, "the 12th consecutive annual", "12th", "count", 12, 12, "years", Y, "consecutive annual increases in cs (through 2024)"),
 ("w-wed", W, "released on Wednesday", "Wednesday", "date", 2025, 2025, "year", Y, "cdc provisional 2024 data release date"),
 ("w-4000", W, "Nearly 4,000 cases", "Nearly 4,000", "count", 4000, 4000, "cases", Y, "us cs cases 2024 (provisional)"),
 ("w-lastyr", W, "reported last year, up", "last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-2pct", W, "up nearly 2% from", "nearly 2%", "percent", 2, 2, "%", Y, "cs increase 2023->2024"),
 ("w-2023a", W, "2% from 2023, the agency", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-700", W, "almost 700% higher", "almost 700%", "percent", 700, 700, "%", Y, "cs increase since baseline year"),
 ("w-2015a", W, "than in 2015, when", "2015", "date", 2015, 2015, "year", Y, "baseline year of ~700% comparison"),
 ("w-495", W, "when 495 were reported", "495", "count", 495, 495, "cases", Y, "us cs cases 2015"),
 ("w-9", W, "syphilis fell 9% from 2023", "9%", "percent", 9, 9, "%", Y, "combined sti decline 2023->2024"),
 ("w-2023b", W, "fell 9% from 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-third", W, "a third straight annual", "third", "count", 3, 3, "years", N, "consecutive declines"),
 ("w-22", W, "dropped 22%", "22%", "percent", 22, 22, "%", Y, "p&s syphilis decline 2023->2024"),
 ("w-10", W, "gonorrhea 10%", "10%", "percent", 10, 10, "%", Y, "gonorrhea decline 2023->2024"),
 ("w-8", W, "chlamydia 8%", "8%", "percent", 8, 8, "%", Y, "chlamydia decline 2023->2024"),
 ("w-22m", W, "more than 2.2 million infections", "more than 2.2 million", "count", 2200000, 2200000, "infections", Y, "total stis reported 2024"),
 ("w-13", W, "13% more than in 2015", "13%", "percent", 13, 13, "%", Y, "sti increase 2015->2024"),
 ("w-2015b", W, "13% more than in 2015", "2015", "date", 2015, 2015, "year", N, "comparison year"),
 ("w-1in5", W, "about 1 in 5 people", "1 in 5", "percent", 20, 20, "%", Y, "share of us population with an sti"),
 ("w-2023c", W, "In 2023, the most recent", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("w-3882", W, "3,882 cases were reported", "3,882", "count", 3882, 3882, "cases", Y, "us cs cases 2023"),
 ("w-3pct", W, "up 3% from 2022", "3%", "percent", 3, 3, "%", Y, "cs increase 2022->2023"),
 ("w-2022", W, "up 3% from 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("w-279", W, "including 279 stillbirths", "279", "count", 279, 279, "stillbirths and infant deaths", Y, "us cs stillbirths+infant deaths 2023"),
 ("w-9in10", W, "more than nine in 10 cases", "more than nine in 10", "percent", 90, 90, "%", Y, "share of 2022 cs cases preventable (missed testing/treatment)"),
 ("w-80", W, "only about 80% of pregnant", "about 80%", "percent", 80, 80, "%", Y, "share of pregnant women screened"),
 ("w-july", W, "during inspection in July", "July", "date", 2025, 2025, "year", Y, "bicillin recall date"),
 ("w-since23", W, "in short supply since 2023", "2023", "date", 2023, 2023, "year", Y, "bicillin shortage start"),
 ("w-lastmo", W, "Last month, a county", "Last month", "date", 2025, 2025, "year", N, "washington advisory (aside)"),
 ("w-fra23", W, "In 2023, the debt-ceiling", "2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("w-400m", W, "clawed back $400 million", "$400 million", "money", 400000000, 400000000, "USD", Y, "dis funding clawed back by debt deal"),
 ("w-113b", W, "a $1.13 billion, five-year", "$1.13 billion", "money", 1130000000, 1130000000, "USD", Y, "arpa dis workforce investment"),
 ("w-5yr", W, "five-year commitment", "five-year", "duration", 5, 5, "years", Y, "arpa dis investment length"),
 ("w-2021", W, "the 2021 American Rescue Plan", "2021", "date", 2021, 2021, "year", N, "law year (name)"),
 ("w-2024b", W, "the 2024 figures are provisional", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-2026", W, "not be published until 2026", "2026", "date", 2026, 2026, "year", Y, "state breakdowns expected (forecast)"),

 # ---- CS02 press (2025-08-12)
 ("p-h250", P, "to Import 250,000 Doses", "250,000", "count", 250000, 250000, "doses", N, "headline repeat"),
 ("p-subsep", P, "First shipment due in September", "September", "date", 2025, 2025, "year", N, "subtitle repeat"),
 ("p-dl1", P, "Aug 12, 2025", "Aug 12, 2025", "date", 2025, 2025, "year", N, "release metadata"),
 ("p-dl2", P, "Aug. 12, 2025 /PRNewswire/", "Aug. 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-250", P, "import up to 250,000 doses", "up to 250,000", "count", 250000, 250000, "doses", Y, "halvorsen import volume"),
 ("p-40k", P, "first shipment of 40,000 doses", "40,000", "count", 40000, 40000, "doses", Y, "first shipment size"),
 ("p-sep", P, "distribution centers in September", "September", "date", 2025, 2025, "year", Y, "first shipment date (forecast)"),
 ("p-mar26", P, "by March 2026", "March 2026", "date", 2026, 2026, "year", Y, "remaining shipments (forecast)"),
 ("p-jul10", P, "recall on July 10", "July 10", "date", 2025, 2025, "year", Y, "bicillin recall date"),
 ("p-apr26", P, "on April 26, 2023", "April 26, 2023", "date", 2023, 2023, "year", Y, "bicillin shortage start (fda listing)"),
 ("p-jan24", P, "in January 2024 began", "January 2024", "date", 2024, 2024, "year", Y, "fda allows extencilline import"),
 ("p-single", P, "a single intramuscular injection", "single", "count", 1, 1, "doses", N, "doses for early syphilis"),
 ("p-24mu", P, "injection of 2.4 million units", "2.4 million units", "dose", 2400000, 2400000, "units", Y, "bpg dose for early syphilis"),
 ("p-three", P, "requires three doses", "three", "count", 3, 3, "doses", Y, "doses for late latent syphilis"),
 ("p-1wk", P, "given one week apart", "one week", "duration", 1, 1, "weeks", Y, "interval between bpg doses"),
 ("p-3882", P, "3,882 cases of congenital", "3,882", "count", 3882, 3882, "cases", Y, "us cs cases 2023"),
 ("p-2023a", P, "reported in 2023, including", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-252", P, "including 252 stillbirths", "252", "count", 252, 252, "stillbirths", Y, "us cs stillbirths 2023"),
 ("p-27", P, "and 27 infant deaths", "27", "count", 27, 27, "deaths", Y, "us cs infant deaths 2023"),
 ("p-2012", P, "every year since 2012", "2012", "date", 2012, 2012, "year", Y, "start of annual increases"),
 ("p-2023b", P, "analysis of 2023 cases", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-34", P, "found that 34% of birth", "34%", "percent", 34, 34, "%", Y, "2023 cs: no documented timely test"),
 ("p-23", P, "and 23% had no documented", "23%", "percent", 23, 23, "%", Y, "2023 cs: no documented treatment"),
 ("p-60", P, "at least 60% of each", "at least 60%", "percent", 60, 60, "%", Y, "share of shipments to public health/prenatal"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-180", P, "employs about 180 people", "about 180", "count", 180, 180, "employees", N, "about section"),
 ("p-14", P, "importation of 14 products", "14", "count", 14, 14, "products", N, "about section"),
 ("p-2017", P, "products since 2017", "2017", "date", 2017, 2017, "year", N, "about section"),

 # ---- CS03 abstract (2025-02-18)
 ("a-pub", A, "Published online 18 February 2025", "18 February 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2023", A, "United States, 2023: national", "2023", "date", 2023, 2023, "year", N, "title year"),
 ("a-tdec", A, "after a decade of increase", "a decade", "duration", 10, 10, "years", N, "title"),
 ("a-332", A, "from 332 cases in 2012", "332", "count", 332, 332, "cases", Y, "us cs cases 2012"),
 ("a-2012", A, "from 332 cases in 2012", "2012", "date", 2012, 2012, "year", N, "qualifier year"),
 ("a-2855", A, "to 2,855 in 2021", "2,855", "count", 2855, 2855, "cases", Y, "us cs cases 2021 (final)"),
 ("a-2021", A, "to 2,855 in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("a-755", A, "an increase of 755%", "755%", "percent", 755, 755, "%", Y, "cs increase 2012->2021"),
 ("a-3755a", A, "and to 3,755 in 2022", "3,755", "count", 3755, 3755, "cases", Y, "us cs cases 2022 (final)"),
 ("a-2022a", A, "and to 3,755 in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-2022b", A, "analysis of 2022 cases", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-88", A, "attributed 88% of them", "88%", "percent", 88, 88, "%", Y, "share of 2022 cs cases preventable (missed testing/treatment)"),
 ("a-apr23", A, "since April 2023, and", "April 2023", "date", 2023, 2023, "year", Y, "bicillin shortage start"),
 ("a-fra", A, "Fiscal Responsibility Act of 2024", "2024", "date", 2024, 2024, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("a-5yr", A, "part of a five-year federal", "five-year", "duration", 5, 5, "years", Y, "arpa dis investment length"),
 ("a-2023b", A, "national picture for 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-by", A, "birth years 2022 and 2023", "2022 and 2023", "date", 2022, 2023, "year", N, "study period"),
 ("a-N", A, "N = 3,882", "3,882", "count", 3882, 3882, "cases", Y, "us cs cases 2023"),
 ("a-2023c", A, "reported for 2023, a 3.4%", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-34", A, "a 3.4% increase", "3.4%", "percent", 3.4, 3.4, "%", Y, "cs increase 2022->2023"),
 ("a-2022c", A, "increase over 2022 (n=3,755)", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-n3755", A, "(n=3,755)", "3,755", "count", 3755, 3755, "cases", Y, "us cs cases 2022 (final)"),
 ("a-315", A, "a 31.5% increase", "31.5%", "percent", 31.5, 31.5, "%", Y, "cs increase 2021->2022"),
 ("a-2122", A, "from 2021 to 2022. The", "2021 to 2022", "date", 2021, 2022, "year", N, "qualifier period"),
 ("a-1058", A, "rate was 105.8 per", "105.8", "rate", 105.8, 105.8, PB, Y, "us cs rate 2023"),
 ("a-1058ci", A, "(95% CI 102.5–109.2)", "102.5–109.2", "rate", 102.5, 109.2, PB, Y, "ci"),
 ("a-2023d", A, "109.2) in 2023 versus", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-1025", A, "versus 102.5 (95% CI", "102.5", "rate", 102.5, 102.5, PB, Y, "us cs rate 2022"),
 ("a-1025ci", A, "99.3–105.8) in 2022", "99.3–105.8", "rate", 99.3, 105.8, PB, Y, "ci"),
 ("a-2022d", A, "105.8) in 2022; rate ratio", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-rr", A, "rate ratio 1.03", "1.03", "ratio", 1.03, 1.03, "RR", Y, "rate ratio 2023 vs 2022"),
 ("a-rrci", A, "(95% CI 0.99–1.08;", "0.99–1.08", "ratio", 0.99, 1.08, "RR", Y, "ci"),
 ("a-p", A, "P=0.17", "0.17", "pvalue", 0.17, 0.17, "p", N, "p-value"),
 ("a-252", A, "Stillbirths numbered 252", "252", "count", 252, 252, "stillbirths", Y, "us cs stillbirths 2023"),
 ("a-65", A, "252 (6.5%)", "6.5%", "percent", 6.5, 6.5, "%", Y, "stillbirth share of 2023 cs cases"),
 ("a-27", A, "infant deaths 27 (0.7%)", "27", "count", 27, 27, "deaths", Y, "us cs infant deaths 2023"),
 ("a-07", A, "27 (0.7%)", "0.7%", "percent", 0.7, 0.7, "%", Y, "infant death share 2023"),
 ("a-279", A, "together 279 (7.2%)", "279", "count", 279, 279, "stillbirths and infant deaths", Y, "us cs stillbirths+infant deaths 2023"),
 ("a-72", A, "279 (7.2%)", "7.2%", "percent", 7.2, 7.2, "%", Y, "adverse outcome share 2023"),
 ("a-282", A, "compared with 282 (7.5%)", "282", "count", 282, 282, "stillbirths and infant deaths", Y, "us cs stillbirths+infant deaths 2022"),
 ("a-75", A, "282 (7.5%)", "7.5%", "percent", 7.5, 7.5, "%", Y, "adverse outcome share 2022"),
 ("a-2022e", A, "(7.5%) in 2022. Rates", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-681", A, "parents (681 per 100,000", "681", "rate", 681, 681, PB, Y, "aian cs rate 2023"),
 ("a-9", A, "Asian parents (9 per 100,000)", "9", "rate", 9, 9, PB, Y, "asian cs rate 2023"),
 ("a-30", A, "accounted for 30% of cases", "30%", "percent", 30, 30, "%", Y, "black share of cs cases 2023"),
 ("a-14", A, "but 14% of live births", "14%", "percent", 14, 14, "%", Y, "black share of live births"),
 ("a-431", A, "In 43.1% (n=1,673)", "43.1%", "percent", 43.1, 43.1, "%", Y, "2023 cs: no documented timely test"),
 ("a-1673", A, "(n=1,673)", "1,673", "count", 1673, 1673, "cases", Y, "2023 cs: no documented timely test (n)"),
 ("a-230", A, "in 23.0% (n=893)", "23.0%", "percent", 23.0, 23.0, "%", Y, "2023 cs: no documented treatment"),
 ("a-893", A, "(n=893)", "893", "count", 893, 893, "cases", Y, "2023 cs: no documented treatment (n)"),
 ("a-ps", A, "changed by −10% nationally", "−10%", "percent", -10, -10, "%", Y, "p&s syphilis change 2022->2023"),
 ("a-all1", A, "all stages rose 1%", "1%", "percent", 1, 1, "%", Y, "all-stage syphilis change 2022->2023"),
 ("a-2023e", A, "slowed sharply in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("a-2022f", A, "rate change from 2022 was", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("a-3dec", A, "highest in three decades", "three decades", "duration", 30, 30, "years", N, "summary"),
 ("a-4in10", A, "More than four in 10", "More than four in 10", "percent", 40, 40, "%", N, "summary of 43.1%"),

 # ---- CS04 explainer (2025-10-06)
 ("e-upd", E, "Updated October 6, 2025", "October 6, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-dec", E, "for more than a decade", "more than a decade", "duration", 10, 10, "years", N, "intro"),
 ("e-2023a", E, "In 2023, 3,882 babies", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-3882", E, "3,882 babies", "3,882", "count", 3882, 3882, "cases", Y, "us cs cases 2023"),
 ("e-231", E, "including 231 stillbirths", "231", "count", 231, 231, "stillbirths", Y, "us cs stillbirths 2023"),
 ("e-27", E, "and 27 infant deaths", "27", "count", 27, 27, "deaths", Y, "us cs infant deaths 2023"),
 ("e-3pct", E, "Cases rose about 3%", "about 3%", "percent", 3, 3, "%", Y, "cs increase 2022->2023"),
 ("e-106", E, "nearly 106 per 100,000", "nearly 106", "rate", 106, 106, PB, Y, "us cs rate 2023"),
 ("e-4229", E, "rate reached 422.9 per", "422.9", "rate", 422.9, 422.9, PB, Y, "new mexico cs rate 2022"),
 ("e-nm2022", E, "live births in 2022.", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-2024a", E, "Provisional figures for 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-sep", E, "published in September", "September", "date", 2025, 2025, "year", N, "cdc provisional 2024 data release"),
 ("e-4000", E, "nearly 4,000 cases", "nearly 4,000", "count", 4000, 4000, "cases", Y, "us cs cases 2024 (provisional)"),
 ("e-700", E, "roughly 700% more", "roughly 700%", "percent", 700, 700, "%", Y, "cs increase since baseline year"),
 ("e-2014", E, "more than in 2014", "2014", "date", 2014, 2014, "year", Y, "baseline year of ~700% comparison"),
 ("e-24m", E, "more than 2.4 million sexually", "more than 2.4 million", "count", 2400000, 2400000, "infections", Y, "total stis reported 2024"),
 ("e-2024b", E, "reported in 2024, and", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("e-10", E, "fell about 10%", "about 10%", "percent", 10, 10, "%", Y, "p&s syphilis decline 2023->2024"),
 ("e-80", E, "up to 80% of pregnant", "up to 80%", "percent", 80, 80, "%", Y, "transmission risk, untreated early syphilis"),
 ("e-40", E, "up to 40% of affected", "up to 40%", "percent", 40, 40, "%", Y, "stillbirth/neonatal death share, affected pregnancies"),
 ("e-28", E, "at about 28 weeks", "about 28 weeks", "duration", 28, 28, "weeks", Y, "repeat test timing (gestation)"),
 ("e-three", E, "be tested three times", "three", "count", 3, 3, "tests", Y, "acog recommended tests in pregnancy"),
 ("e-2023b", E, "with syphilis in 2023, about 43%", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("e-43", E, "about 43% had a birth", "about 43%", "percent", 43, 43, "%", Y, "2023 cs: no documented timely test"),
 ("e-90", E, "nearly 90% of the cases", "nearly 90%", "percent", 90, 90, "%", Y, "share of 2022 cs cases preventable (missed testing/treatment)"),
 ("e-2022b", E, "cases reported in 2022.", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("e-one", E, "one dose of 2.4 million", "one", "count", 1, 1, "doses", N, "doses for early syphilis"),
 ("e-24mu", E, "2.4 million units is enough", "2.4 million units", "dose", 2400000, 2400000, "units", Y, "bpg dose for early syphilis"),
 ("e-two", E, "as two injections", "two", "count", 2, 2, "injections", N, "split dose"),
 ("e-12mu", E, "injections of 1.2 million units", "1.2 million units", "dose", 1200000, 1200000, "units", Y, "per-injection half dose"),
 ("e-oneeach", E, "one in each buttock", "one", "count", 1, 1, "injections", N, "split dose"),
 ("e-three2", E, "three doses are needed", "three", "count", 3, 3, "doses", Y, "doses for late latent syphilis"),
 ("e-79", E, "7 to 9 days apart", "7 to 9 days", "duration", 7, 9, "days", Y, "interval between bpg doses"),
 ("e-30", E, "at least 30 days before delivery", "at least 30 days", "duration", 30, 30, "days", Y, "minimum treatment lead time before delivery"),
 ("e-98", E, "as many as 98%", "as many as 98%", "percent", 98, 98, "%", Y, "bpg efficacy preventing cs"),
 ("e-10d", E, "need 10 days of intravenous", "10 days", "duration", 10, 10, "days", Y, "infant iv penicillin course"),
 ("e-apr23", E, "since April 2023, when", "April 2023", "date", 2023, 2023, "year", Y, "bicillin shortage start"),
 ("e-jan24", E, "In January 2024 the FDA", "January 2024", "date", 2024, 2024, "year", Y, "fda allows extencilline import"),
 ("e-jul25", E, "several lots in July 2025", "July 2025", "date", 2025, 2025, "year", Y, "bicillin recall date"),
 ("e-3yr", E, "A three-year, $1.13 billion", "three-year", "duration", 3, 3, "years", Y, "arpa dis investment length"),
 ("e-113b", E, "three-year, $1.13 billion", "$1.13 billion", "money", 1130000000, 1130000000, "USD", Y, "arpa dis workforce investment"),
 ("e-2021", E, "the 2021 American Rescue Plan", "2021", "date", 2021, 2021, "year", N, "law year (name)"),
 ("e-400m", E, "but $400 million of it", "$400 million", "money", 400000000, 400000000, "USD", Y, "dis funding clawed back by debt deal"),
 ("e-2023c", E, "in the 2023 debt-ceiling deal", "2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("e-41", E, "about 41% of U.S. births", "about 41%", "percent", 41, 41, "%", Y, "medicaid share of births"),

 # ---- CS05 blog (2025-10-20)
 ("b-date", B, "October 20, 2025", "October 20, 2025", "date", 2025, 2025, "year", N, "byline metadata"),
 ("b-read", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-14", B, "a midwife for 14 years", "14 years", "duration", 14, 14, "years", N, "author aside"),
 ("b-one", B, "exactly one baby", "one", "count", 1, 1, "babies", N, "author aside"),
 ("b-2yr", B, "In the last two years", "two years", "duration", 2, 2, "years", N, "author aside"),
 ("b-four", B, "I have seen four", "four", "count", 4, 4, "babies", N, "author aside"),
 ("b-3755", B, "CDC, 3,755 babies", "3,755", "count", 3755, 3755, "cases", Y, "us cs cases 2023"),
 ("b-2023a", B, "syphilis in 2023, a 32% jump", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-32", B, "a 32% jump", "32%", "percent", 32, 32, "%", Y, "cs increase 2022->2023"),
 ("b-1yr", B, "in a single year", "a single year", "duration", 1, 1, "years", N, "qualifier"),
 ("b-297", B, "included 297 stillbirths", "297", "count", 297, 297, "stillbirths and infant deaths", Y, "us cs stillbirths+infant deaths 2023"),
 ("b-1940s", B, "since the 1940s", "1940s", "date", 1940, 1949, "year", N, "aside (penicillin era)"),
 ("b-sep", B, "released in September", "September", "date", 2025, 2025, "year", N, "cdc provisional 2024 data release"),
 ("b-4000", B, "nearly 4,000 in 2024", "nearly 4,000", "count", 4000, 4000, "cases", Y, "us cs cases 2024 (provisional)"),
 ("b-2024", B, "nearly 4,000 in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("b-203500", B, "counted 203,500 syphilis", "203,500", "count", 203500, 203500, "cases", Y, "us all-stage syphilis cases 2022"),
 ("b-2022", B, "all stages in 2022, the most", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("b-1950", B, "the most since 1950", "1950", "date", 1950, 1950, "year", Y, "last year with comparable syphilis count"),
 ("b-cap1224", B, "cases, 2012 to 2024", "2012 to 2024", "date", 2012, 2024, "year", N, "image caption"),
 ("b-cap2012", B, "every year since 2012. Source", "2012", "date", 2012, 2012, "year", N, "image caption"),
 ("b-17", B, "reported 17 fetal deaths", "17", "count", 17, 17, "fetal deaths", Y, "new mexico cs fetal deaths 2023"),
 ("b-2023b", B, "in 2023, a staggering", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("b-21k", B, "roughly 21,000 births a year", "roughly 21,000", "count", 21000, 21000, "births", Y, "new mexico annual births"),
 ("b-half", B, "more than half of all cases", "more than half", "percent", 50, 50, "%", N, "five-state share of cs cases (vague)"),
 ("b-28", B, "again at 28 weeks", "28 weeks", "duration", 28, 28, "weeks", Y, "repeat test timing (gestation)"),
 ("b-12mu", B, "dose is 1.2 million units", "1.2 million units", "dose", 1200000, 1200000, "units", Y, "bpg dose for early syphilis"),
 ("b-three", B, "a series of three shots", "three", "count", 3, 3, "doses", Y, "doses for late latent syphilis"),
 ("b-apr22", B, "began in April 2022", "April 2022", "date", 2022, 2022, "year", Y, "bicillin shortage start"),
 ("b-july", B, "In July, a recall", "July", "date", 2025, 2025, "year", Y, "bicillin recall date"),
 ("b-3ph", B, "called three pharmacies", "three", "count", 3, 3, "pharmacies", N, "author aside"),
 ("b-2hd", B, "and two health departments", "two", "count", 2, 2, "health departments", N, "author aside"),
 ("b-onedose", B, "find one dose", "one", "count", 1, 1, "doses", N, "author aside"),
 ("b-onept", B, "for one patient", "one", "count", 1, 1, "patients", N, "author aside"),
 ("b-fra23", B, "the 2023 debt-ceiling deal", "2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("b-314", B, "House 314 to 117", "314", "count", 314, 314, "votes", Y, "fra house votes for"),
 ("b-117", B, "House 314 to 117", "117", "count", 117, 117, "votes", Y, "fra house votes against"),
 ("b-1b", B, "roughly $1 billion", "roughly $1 billion", "money", 1000000000, 1000000000, "USD", Y, "dis funding clawed back by debt deal"),
 ("b-two", B, "lost two of its specialists", "two", "count", 2, 2, "specialists", N, "author aside"),
 ("b-ayear", B, "within a year", "a year", "duration", 1, 1, "years", N, "author aside"),
 ("b-30", B, "at least 30 days before delivery", "at least 30 days", "duration", 30, 30, "days", Y, "minimum treatment lead time before delivery"),
 ("b-rel3", B, "Why we test three times", "three", "count", 3, 3, "tests", N, "related link"),
 ("b-rel5", B, "Doula notes: 5 questions", "5", "count", 5, 5, "questions", N, "related link"),
 ("b-rel1yr", B, "one year later", "one year", "duration", 1, 1, "years", N, "related link"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- CS06 local (2025-06-12; "Wednesday" = 2025-06-11; hard-wrapped)
 ("l-wed", L, "Health on Wednesday renewed", "Wednesday", "date", 2025, 2025, "year", Y, "nm order renewal date"),
 ("l-three", L, "for syphilis three times", "three", "count", 3, 3, "tests", Y, "required tests in pregnancy (nm)"),
 ("l-1850", L, "adult aged 18 to 50", "18 to 50", "age", 18, 50, "years", Y, "nm adult testing age range"),
 ("l-aug21", L, "first issued in August 2021", "August 2021", "date", 2021, 2021, "year", Y, "nm order first issued"),
 ("l-lastyr", L, "Last year, the congenital", "Last year", "date", 2024, 2024, "year", N, "qualifier year"),
 ("l-196", L, "fell 19.6%", "19.6%", "percent", 19.6, 19.6, "%", Y, "nm cs rate decline 2023->2024"),
 ("l-31", L, "syphilis fell 31%", "31%", "percent", 31, 31, "%", Y, "nm p&s rate decline 2023->2024"),
 ("l-2018a", L, "first declines since 2018", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("l-twice", L, "about twice the national", "about twice", "ratio", 2, 2, "x", Y, "nm p&s rate vs national"),
 ("l-91", L, "reported 91 cases", "91", "count", 91, 91, "cases", Y, "nm cs cases 2023"),
 ("l-2023a", L, "syphilis in 2023, up from", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-76", L, "up from 76 in 2022", "76", "count", 76, 76, "cases", Y, "nm cs cases 2022"),
 ("l-2022a", L, "76 in 2022, an increase", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-20", L, "an increase of 20%", "20%", "percent", 20, 20, "%", Y, "nm cs increase 2022->2023"),
 ("l-16", L, "Sixteen of the 2023", "Sixteen", "count", 16, 16, "fetal deaths", Y, "new mexico cs fetal deaths 2023"),
 ("l-2023b", L, "Sixteen of the 2023 cases", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-one", L, "and one baby died", "one", "count", 1, 1, "deaths", Y, "nm cs infant deaths 2023"),
 ("l-4229", L, "was 422.9 cases per", "422.9", "rate", 422.9, 422.9, PB, Y, "new mexico cs rate 2023"),
 ("l-874", L, "an 874% increase", "874%", "percent", 874, 874, "%", Y, "nm cs rate increase 2018->2023"),
 ("l-2018b", L, "increase from 2018, and", "2018", "date", 2018, 2018, "year", N, "qualifier year"),
 ("l-second", L, "New Mexico second in the nation", "second", "count", 2, 2, "rank", N, "nm national rank 2023"),
 ("l-2022b", L, "In 2022 its rate", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-3553", L, "rate of 355.3 per", "355.3", "rate", 355.3, 355.3, PB, Y, "new mexico cs rate 2022"),
 ("l-3761", L, "counted 3,761 cases", "3,761", "count", 3761, 3761, "cases", Y, "us cs cases 2022 (vital signs)"),
 ("l-2022c", L, "syphilis in 2022, and the national", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("l-2023c", L, "national rate in 2023 was", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-1025", L, "2023 was 102.5 per", "102.5", "rate", 102.5, 102.5, PB, Y, "us cs rate 2023"),
 ("l-four", L, "roughly four times that", "roughly four times", "ratio", 4, 4, "x", Y, "nm cs rate vs national"),
 ("l-2yr", L, "for more than two years", "more than two years", "duration", 2, 2, "years", Y, "bpg shortage duration"),
 ("l-three2", L, "infection need three doses", "three", "count", 3, 3, "doses", Y, "doses for late latent syphilis"),
 ("l-2wk", L, "given two weeks apart", "two weeks", "duration", 2, 2, "weeks", Y, "interval between bpg doses"),
 ("l-lastjan", L, "regulators last January began", "last January", "date", 2025, 2025, "year", Y, "fda allows extencilline import"),
 ("l-fra23", L, "the 2023 debt-ceiling law", "2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("l-63", L, "the Senate 63-37", "63", "count", 63, 63, "votes", Y, "fra senate votes for"),
 ("l-37", L, "the Senate 63-37", "37", "count", 37, 37, "votes", Y, "fra senate votes against"),
 ("l-12pos", L, "kept 12 specialist positions", "12", "count", 12, 12, "positions", Y, "nm state-funded dis positions"),
 ("l-12mo", L, "runs for 12 months", "12 months", "duration", 12, 12, "months", Y, "order duration"),

 # ---- CS07 fact-check (2024-02-09)
 ("f-h1000", F, "babies up more than 1,000%, and", "more than 1,000%", "percent", 1000, 1000, "%", N, "headline repeat"),
 ("f-date", F, "February 9, 2024", "February 9, 2024", "date", 2024, 2024, "year", N, "byline metadata"),
 ("f-c1000", F, "are up more than 1,000% in ten years", "more than 1,000%", "percent", 1000, 1000, "%", N, "claim under check (quote)"),
 ("f-c10y", F, "1,000% in ten years", "ten years", "duration", 10, 10, "years", N, "claim under check (quote)"),
 ("f-c400", F, "just cut $400 million from the people", "$400 million", "money", 400000000, 400000000, "USD", N, "claim under check (quote)"),
 ("f-cfeb", F, "social media, February 2024", "February 2024", "date", 2024, 2024, "year", N, "claim metadata"),
 ("f-jan30", F, "released on Jan. 30, counted", "Jan. 30", "date", 2024, 2024, "year", Y, "2022 surveillance report release"),
 ("f-3755", F, "counted 3,755 cases", "3,755", "count", 3755, 3755, "cases", Y, "us cs cases 2022 (final)"),
 ("f-2022a", F, "congenital syphilis in 2022. A decade", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-dec", F, "A decade earlier, in 2012", "A decade", "duration", 10, 10, "years", N, "qualifier"),
 ("f-2012a", F, "earlier, in 2012, the count", "2012", "date", 2012, 2012, "year", N, "qualifier year"),
 ("f-332", F, "the count was 332", "332", "count", 332, 332, "cases", Y, "us cs cases 2012"),
 ("f-1031", F, "increase of about 1,031%", "about 1,031%", "percent", 1031, 1031, "%", Y, "cs increase 2012->2022"),
 ("f-10x", F, "or more than tenfold", "more than tenfold", "ratio", 10, 10, "x", Y, "cs 2022 vs 2012"),
 ("f-2021", F, "In 2021, the CDC recorded", "2021", "date", 2021, 2021, "year", N, "qualifier year"),
 ("f-2268", F, "recorded 2,268 cases", "2,268", "count", 2268, 2268, "cases", Y, "us cs cases 2021 (final)"),
 ("f-2022b", F, "The 2022 cases included", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-231", F, "included 231 stillbirths", "231", "count", 231, 231, "stillbirths", Y, "us cs stillbirths 2022"),
 ("f-51", F, "and 51 infant deaths", "51", "count", 51, 51, "deaths", Y, "us cs infant deaths 2022"),
 ("f-nov", F, "published last November", "last November", "date", 2023, 2023, "year", N, "vital signs publication"),
 ("f-88", F, "contributed to 88% of cases", "88%", "percent", 88, 88, "%", Y, "share of 2022 cs cases preventable (missed testing/treatment)"),
 ("f-207255", F, "reached 207,255 reported", "207,255", "count", 207255, 207255, "cases", Y, "us all-stage syphilis cases 2022"),
 ("f-2022c", F, "reported cases in 2022, the most", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-1950", F, "the most since 1950", "1950", "date", 1950, 1950, "year", Y, "last year with comparable syphilis count"),
 ("f-lastapr", F, "in shortage since last April", "last April", "date", 2023, 2023, "year", Y, "bicillin shortage start"),
 ("f-lastmo", F, "Last month the agency", "Last month", "date", 2024, 2024, "year", Y, "fda allows extencilline import"),
 ("f-arp2021", F, "American Rescue Plan of 2021", "2021", "date", 2021, 2021, "year", N, "law year (name)"),
 ("f-113b", F, "committed $1.13 billion", "$1.13 billion", "money", 1130000000, 1130000000, "USD", Y, "arpa dis workforce investment"),
 ("f-5yr", F, "over five years to hire", "five years", "duration", 5, 5, "years", Y, "arpa dis investment length"),
 ("f-200m", F, "the first $200 million", "$200 million", "money", 200000000, 200000000, "USD", Y, "first-year dis award"),
 ("f-59", F, "to 59 state and local", "59", "count", 59, 59, "jurisdictions", Y, "jurisdictions funded in first year"),
 ("f-jun21", F, "in June 2021", "June 2021", "date", 2021, 2021, "year", Y, "first-year dis award date"),
 ("f-jun3", F, "signed on June 3, 2023", "June 3, 2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year"),
 ("f-10d", F, "Ten days later", "Ten days", "duration", 10, 10, "days", N, "interval"),
 ("f-jun13", F, "on June 13, the CDC", "June 13", "date", 2023, 2023, "year", Y, "cdc notifies states of dis cut"),
 ("f-400m", F, "reduced by $400 million", "$400 million", "money", 400000000, 400000000, "USD", Y, "dis funding clawed back by debt deal"),
 ("f-314", F, "the House 314-117", "314", "count", 314, 314, "votes", Y, "fra house votes for"),
 ("f-117", F, "the House 314-117", "117", "count", 117, 117, "votes", Y, "fra house votes against"),
 ("f-63", F, "the Senate 63-36", "63", "count", 63, 63, "votes", Y, "fra senate votes for"),
 ("f-36", F, "the Senate 63-36", "36", "count", 36, 36, "votes", Y, "fra senate votes against"),
 ("f-7mo", F, "more than seven months before", "more than seven months", "duration", 7, 7, "months", Y, "time between cut and post"),
 ("f-r332", F, "rose from 332 in 2012", "332", "count", 332, 332, "cases", N, "ruling repeat"),
 ("f-r2012", F, "rose from 332 in 2012", "2012", "date", 2012, 2012, "year", N, "qualifier year"),
 ("f-r3755", F, "to 3,755 in 2022, an increase", "3,755", "count", 3755, 3755, "cases", N, "ruling repeat"),
 ("f-r2022", F, "to 3,755 in 2022, an increase", "2022", "date", 2022, 2022, "year", N, "qualifier year"),
 ("f-r1000", F, "increase of more than 1,000%, as the post", "more than 1,000%", "percent", 1000, 1000, "%", Y, "cs increase 2012->2022 (ruling)"),
 ("f-r400m", F, "The $400 million reduction", "$400 million", "money", 400000000, 400000000, "USD", Y, "dis funding clawed back by debt deal (ruling)"),
 ("f-rjun23", F, "debt deal of June 2023", "June 2023", "date", 2023, 2023, "year", Y, "fiscal responsibility act / dis clawback year (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # G1 US CS cases 2023: 3,755 (blog; the 2022 final count) vs 3,882
 ("b-3755", "w-3882", S), ("b-3755", "p-3882", S), ("b-3755", "a-N", S), ("b-3755", "e-3882", S),
 # G2 US CS stillbirths 2023: 231 (explainer; the 2022 figure) vs 252
 ("e-231", "p-252", S), ("e-231", "a-252", S),
 # G3 stillbirths + infant deaths 2023: 297 (blog, transposed) vs 279
 ("b-297", "w-279", S), ("b-297", "a-279", S),
 # G4 CS increase 2022->2023: 32% (blog; the prior year's jump) vs 3% / 3.4%
 ("b-32", "w-3pct", S), ("b-32", "a-34", S), ("b-32", "e-3pct", S),
 # G5 P&S decline 2023->2024: 10% (explainer; the 2023 decline) vs 22%
 ("e-10", "w-22", S),
 # G6 shortage start: April 2022 (blog) vs 2023
 ("b-apr22", "p-apr26", S), ("b-apr22", "a-apr23", S), ("b-apr22", "e-apr23", S),
 ("b-apr22", "f-lastapr", S), ("b-apr22", "w-since23", S),
 # G7 Extencilline import allowed: "last January" (local, June 2025 -> 2025) vs January 2024
 ("l-lastjan", "p-jan24", S), ("l-lastjan", "e-jan24", S), ("l-lastjan", "f-lastmo", S),
 # G8 BPG dose for early syphilis: 1.2 million units (blog) vs 2.4 million units
 ("b-12mu", "p-24mu", S), ("b-12mu", "e-24mu", S),
 # G9 interval between doses: two weeks (local) vs one week / 7-9 days
 ("l-2wk", "p-1wk", S), ("l-2wk", "e-79", S),
 # G10 DIS clawback: roughly $1 billion (blog) vs $400 million
 ("b-1b", "w-400m", S), ("b-1b", "e-400m", S), ("b-1b", "f-400m", S), ("b-1b", "f-r400m", S),
 # G11 ARPA DIS investment length: three-year (explainer) vs five years
 ("e-3yr", "w-5yr", S), ("e-3yr", "a-5yr", S), ("e-3yr", "f-5yr", S),
 # G12 Senate vote against the Fiscal Responsibility Act: 37 (local) vs 36
 ("l-37", "f-36", S),
 # G13 New Mexico CS rate 2022: 422.9 (explainer; the 2023 rate) vs 355.3
 ("e-4229", "l-3553", S),
 # G14 New Mexico CS fetal deaths 2023: 17 (blog; fetal + infant) vs 16
 ("b-17", "l-16", S),
 # G15 share of 2022 cases with missed testing/treatment: "more than nine in 10" (wire) vs 88%
 ("w-9in10", "a-88", S), ("w-9in10", "f-88", S),
 # G16 US CS rate 2023: 102.5 (local; the 2022 rate) vs 105.8 / nearly 106
 ("l-1025", "a-1058", S), ("l-1025", "e-106", S),
 # G17 total STIs reported 2024: 2.4 million (explainer; the 2023 total) vs 2.2 million
 ("e-24m", "w-22m", S),
 # G18 US CS cases 2021: 2,268 (fact-check; preliminary count) vs 2,855 final
 ("f-2268", "a-2855", S),
 # G19 2023 cases with no documented timely test: 34% (press, transposed) vs 43.1% / about 43%
 ("p-34", "a-431", S), ("p-34", "e-43", S),
 # G20 year of the Fiscal Responsibility Act clawback: 2024 (abstract) vs 2023
 ("a-fra", "w-fra23", S), ("a-fra", "e-2023c", S), ("a-fra", "b-fra23", S), ("a-fra", "l-fra23", S),
 ("a-fra", "f-jun3", S), ("a-fra", "f-rjun23", S),
 # Qualified
 ("l-3761", "a-3755a", Q), ("l-3761", "a-n3755", Q), ("l-3761", "f-3755", Q),
 ("e-2014", "w-2015a", Q),
 ("b-203500", "f-207255", Q),
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
        rows.append({"type": "claim", "id": f"cs-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"cs-{a}", f"cs-{b}"
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
