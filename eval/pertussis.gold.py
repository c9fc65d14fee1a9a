#!/usr/bin/env python3
"""Build pertussis.gold.jsonl: find each claim span by a unique context string in its article,
compute code-point offsets, and check that every span equals the article slice."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "pertussis"
DIR = os.path.join(HERE, TOPIC)
OUT = os.path.join(HERE, TOPIC + ".gold.jsonl")
THIRD = 100 / 3

docs = {}
def text(doc):
    if doc not in docs:
        with open(os.path.join(DIR, doc), encoding="utf-8") as f:
            docs[doc] = f.read()
    return docs[doc]

claims = []
ids = set()

def C(doc, cid, ctx, span, kind, low, high, unit, req, topic):
    """ctx must occur exactly once in doc; span is the first occurrence inside ctx."""
    t = text(doc)
    n = t.count(ctx)
    if n != 1:
        sys.exit(f"{doc} {cid}: context {ctx!r} occurs {n} times")
    i = t.index(ctx) + ctx.index(span)
    s, e = i, i + len(span)
    assert t[s:e] == span
    assert cid not in ids, cid
    ids.add(cid)
    claims.append(dict(type="claim", id=cid, doc=doc, start=s, end=e, span=span, kind=kind,
                       low=low, high=high, unit=unit, required=req, topic=topic))

def P(doc, cid, ctx, span, v, unit, req, topic, kind="count"):
    C(doc, cid, ctx, span, kind, v, v, unit, req, topic)

def Y(doc, cid, ctx, span, year, req, topic):
    C(doc, cid, ctx, span, "date", year, year, "year", req, topic)

# ---------------- p01 wire (2025-02-11) ----------------
d = "p01_wire.txt"
Y(d, "p01-hl2012", "highest level since 2012", "2012", 2012, False, "comparison year (headline)")
Y(d, "p01-dateline", "Feb 11 (Meridian", "Feb 11", 2025, False, "dateline")
Y(d, "p01-2024a", "more Americans in 2024", "2024", 2024, False, "period of count")
Y(d, "p01-since2012", "any year since 2012", "2012", 2012, False, "comparison year")
P(d, "p01-deaths24", "and 10 people died", "10", 10, "deaths", True, "us pertussis deaths 2024")
Y(d, "p01-tue", "released on Tuesday", "Tuesday", 2025, False, "release date of provisional data")
P(d, "p01-cases24", "reported 35,435 cases", "35,435", 35435, "cases", True, "us cases 2024 (provisional)")
Y(d, "p01-lastyr", "disease system last year", "last year", 2024, False, "period of count")
P(d, "p01-ratio", "roughly five times", "five times", 5, "ratio", True, "2024 vs 2023 ratio", kind="ratio")
P(d, "p01-cases23", "the 7,063 cases", "7,063", 7063, "cases", True, "us cases 2023")
Y(d, "p01-2023", "logged in 2023", "2023", 2023, False, "period")
P(d, "p01-double", "nearly double", "double", 2, "ratio", False, "2024 vs 2019 ratio (vague)", kind="ratio")
P(d, "p01-cases19", "the 18,617 recorded", "18,617", 18617, "cases", True, "us cases 2019")
Y(d, "p01-2019", "recorded in 2019", "2019", 2019, False, "period")
Y(d, "p01-2017", "since 2017, when", "2017", 2017, False, "comparison year")
P(d, "p01-deaths17", "when 13 people died", "13", 13, "deaths", True, "us pertussis deaths 2017")
Y(d, "p01-q2024", "What we saw in 2024", "2024", 2024, False, "quote period")
C(d, "p01-cycle", "every three to five years", "three to five years", "duration", 3, 5, "years", False, "epidemic cycle (quote)")
P(d, "p01-pa", "most cases of any state, 2,889", "2,889", 2889, "cases", True, "pennsylvania cases 2024")
P(d, "p01-wi", "Wisconsin with 2,647", "2,647", 2647, "cases", True, "wisconsin cases 2024")
P(d, "p01-mn", "recorded 1,895", "1,895", 1895, "cases", True, "minnesota cases 2024")
C(d, "p01-sy", "In the 2023-24 school year", "2023-24", "date", 2023, 2024, "year", False, "school year")
P(d, "p01-kdtap", "92.3% of U.S. kindergartners", "92.3%", 92.3, "%", True, "kindergarten dtap coverage 2023-24", kind="percent")
P(d, "p01-pre", "about 95% before", "about 95%", 95, "%", True, "kindergarten coverage pre-pandemic", kind="percent")
P(d, "p01-exempt", "a record 3.3%", "3.3%", 3.3, "%", True, "kindergarten exemption rate 2023-24", kind="percent")
C(d, "p01-1990s", "since the 1990s", "1990s", "date", 1990, 1999, "year", False, "acellular vaccines in use since")
Y(d, "p01-2025", "Early numbers for 2025", "2025", 2025, False, "period")
P(d, "p01-week", "About 360 cases", "About 360", 360, "cases", True, "us cases latest week (early 2025)")
P(d, "p01-wk27", "up 27% from", "27%", 27, "%", True, "weekly increase", kind="percent")
P(d, "p01-fl", "accounted for 44 of them", "44", 44, "cases", True, "florida cases latest week")
P(d, "p01-5dose", "five doses of DTaP", "five doses", 5, "doses", True, "dtap doses in childhood series")
P(d, "p01-s2", "at 2, 4 and 6 months", "2", 2, "months", False, "dtap schedule age", kind="age")
C(d, "p01-s4", "at 2, 4 and 6 months", "4", "age", 4, 4, "months", False, "dtap schedule age")
C(d, "p01-s6", "at 2, 4 and 6 months", "6 months", "age", 6, 6, "months", False, "dtap schedule age")
C(d, "p01-s15", "15 through 18 months", "15 through 18 months", "age", 15, 18, "months", False, "dtap schedule age")
C(d, "p01-s4y", "4 through 6 years", "4 through 6 years", "age", 4, 6, "years", False, "dtap schedule age")
C(d, "p01-tdap11", "age 11 or 12", "11 or 12", "age", 11, 12, "years", False, "tdap adolescent age")
Y(d, "p01-lastyr2", "many of last year's victims", "last year", 2024, False, "period")
P(d, "p01-2mo", "until they are 2 months old", "2 months", 2, "months", False, "age of first dtap", kind="age")

# ---------------- p02 press (2024-08-08) ----------------
d = "p02_press.txt"
P(d, "p02-hl10k", "cases pass 10,000", "10,000", 10000, "cases", False, "england cases threshold (headline)")
Y(d, "p02-pub", "Published 8 August 2024", "8 August 2024", 2024, False, "publication date")
P(d, "p02-10k", "climbed past 10,000", "10,000", 10000, "cases", False, "england cases threshold")
Y(d, "p02-thisyr", "10,000 this year", "this year", 2024, False, "period")
P(d, "p02-h1", "A total of 10,493", "10,493", 10493, "cases", True, "england confirmed cases jan-jun 2024")
Y(d, "p02-h1yr", "between January and June 2024", "2024", 2024, False, "period")
P(d, "p02-may", "3,052 cases were confirmed", "3,052", 3052, "cases", True, "england confirmed cases may 2024")
P(d, "p02-jun", "with 2,427", "2,427", 2427, "cases", True, "england confirmed cases june 2024")
P(d, "p02-jan", "compares with 555 cases", "555", 555, "cases", True, "england confirmed cases january 2024")
P(d, "p02-2023", "with 856 confirmed", "856", 856, "cases", True, "england confirmed cases 2023")
Y(d, "p02-2023y", "whole of 2023", "2023", 2023, False, "period")
P(d, "p02-d10", "babies to 10 since", "10", 10, "deaths", True, "england infant deaths since outbreak start (nov 2023-jun 2024)")
Y(d, "p02-start", "began in November last year", "November last year", 2023, True, "england outbreak start")
P(d, "p02-d1", "year: one in December", "one", 1, "deaths", True, "england infant deaths december 2023")
Y(d, "p02-dec23", "one in December 2023", "December 2023", 2023, False, "period")
P(d, "p02-d9", "and 9 between", "9", 9, "deaths", True, "england infant deaths jan-jun 2024")
Y(d, "p02-jun24", "end\nof June 2024", "2024", 2024, False, "period")
Y(d, "p02-thisyr2", "quarter of this year", "this year", 2024, False, "period")
Y(d, "p02-2012", "2012, the year of the last major outbreak", "2012", 2012, True, "england last major outbreak")
P(d, "p02-55", "(55%, 5,769)", "55%", 55, "%", True, "share of cases aged 15+ jan-jun 2024", kind="percent")
P(d, "p02-5769", "(55%, 5,769)", "5,769", 5769, "cases", True, "cases aged 15+ jan-jun 2024")
P(d, "p02-15y", "aged 15 years or older", "15 years", 15, "years", False, "age group bound", kind="age")
P(d, "p02-328", "However, 328 cases", "328", 328, "cases", True, "cases in infants under 3 months jan-jun 2024")
P(d, "p02-3mo", "babies under 3 months old", "3 months", 3, "months", False, "age group bound", kind="age")
Y(d, "p02-mar24", "In March 2024", "March 2024", 2024, False, "as-of date for uptake")
P(d, "p02-upt", "58.9% of", "58.9%", 58.9, "%", True, "england maternal pertussis vaccine uptake march 2024", kind="percent")
P(d, "p02-peak", "peak of 72.6%", "72.6%", 72.6, "%", True, "england maternal uptake peak march 2017", kind="percent")
Y(d, "p02-mar17", "in March 2017", "March 2017", 2017, False, "date of uptake peak")
P(d, "p02-8w", "at 8, 12 and 16 weeks", "8", 8, "weeks", False, "uk infant schedule age", kind="age")
P(d, "p02-12w", "at 8, 12 and 16 weeks", "12", 12, "weeks", False, "uk infant schedule age", kind="age")
P(d, "p02-16w", "at 8, 12 and 16 weeks", "16 weeks", 16, "weeks", False, "uk infant schedule age", kind="age")
P(d, "p02-92", "giving 92% protection", "92%", 92, "%", True, "maternal vaccine effectiveness against infant death (england)", kind="percent")
C(d, "p02-2032", "between 20 and 32 weeks", "20 and 32 weeks", "duration", 20, 32, "weeks", True, "uk recommended gestation window")
P(d, "p02-3doses", "all 3 doses", "3 doses", 3, "doses", False, "6-in-1 doses")
P(d, "p02-48h", "until 48 hours after", "48 hours", 48, "hours", True, "exclusion after starting antibiotics (uk)", kind="duration")
Y(d, "p02-oct12", "since October 2012", "October 2012", 2012, True, "england maternal programme start")
Y(d, "p02-thatyr", "outbreak of that year", "that year", 2012, False, "relative year (= 2012)")
C(d, "p02-cycle", "peaks every 3 to 5 years", "3 to 5 years", "duration", 3, 5, "years", False, "epidemic cycle")
Y(d, "p02-2016", "occurred in 2016", "2016", 2016, True, "last cyclical increase (england)")

# ---------------- p03 abstract (2025-04-15) ----------------
d = "p03_abstract.txt"
Y(d, "p03-t2024", "England, 2024: national", "2024", 2024, False, "title period")
C(d, "p03-2022", "during 2020–2022", "2020–2022", "date", 2020, 2022, "year", False, "period of low activity")
Y(d, "p03-bg2024", "describe the 2024 resurgence", "2024", 2024, False, "period")
P(d, "p03-two", "in two high-income", "two", 2, "countries", False, "number of countries")
C(d, "p03-m1924", "counts for 2019–2024", "2019–2024", "date", 2019, 2024, "year", False, "study period")
P(d, "p03-uspop", "340.1 million", "340.1 million", 340100000, "people", False, "us population denominator")
P(d, "p03-engpop", "57.7 million", "57.7 million", 57700000, "people", False, "england population denominator")
P(d, "p03-two2", "summarised two published", "two", 2, "studies", False, "number of studies")
P(d, "p03-six", "a six-state", "six", 6, "states", False, "states in case-control")
P(d, "p03-kpN", "N = 279,493", "279,493", 279493, "participants", True, "kpnc adolescent cohort size")
P(d, "p03-kpcases", "279,493; 1,207 pertussis", "1,207", 1207, "cases", True, "kpnc cohort pertussis cases")
P(d, "p03-ncase", "n=240 cases", "240", 240, "cases", True, "maternal case-control cases")
P(d, "p03-nctrl", "n=535 controls", "535", 535, "controls", True, "maternal case-control controls")
P(d, "p03-cases24", "35,435 cases were reported", "35,435", 35435, "cases", True, "us cases 2024 (provisional)")
Y(d, "p03-2024a", "cases were reported in 2024", "2024", 2024, False, "period")
P(d, "p03-usrate", "(10.4 per 100,000)", "10.4", 10.4, "per 100,000", True, "us incidence 2024", kind="rate")
P(d, "p03-cases23", "with 7,063 in 2023", "7,063", 7063, "cases", True, "us cases 2023")
Y(d, "p03-2023a", "7,063 in 2023", "2023", 2023, False, "period")
P(d, "p03-cases19", "18,617 in 2019", "18,617", 18617, "cases", True, "us cases 2019")
Y(d, "p03-2019a", "18,617 in 2019", "2019", 2019, False, "period")
P(d, "p03-deaths", "10 pertussis deaths", "10", 10, "deaths", True, "us pertussis deaths 2024")
Y(d, "p03-2024b", "deaths were reported in 2024", "2024", 2024, False, "period")
P(d, "p03-kdtap", "was 92.3% in", "92.3%", 92.3, "%", True, "kindergarten dtap coverage 2023-24", kind="percent")
C(d, "p03-sy1", "in the 2023–24 school year", "2023–24", "date", 2023, 2024, "year", False, "school year")
P(d, "p03-kdtap22", "against 92.7%", "92.7%", 92.7, "%", True, "kindergarten dtap coverage 2022-23", kind="percent")
C(d, "p03-sy2", "92.7% in 2022–23", "2022–23", "date", 2022, 2023, "year", False, "school year")
P(d, "p03-eng24", "14,905 laboratory-confirmed", "14,905", 14905, "cases", True, "england confirmed cases 2024")
Y(d, "p03-eng24y", "recorded in 2024", "2024", 2024, False, "period")
P(d, "p03-engrate", "(25.8 per 100,000)", "25.8", 25.8, "per 100,000", True, "england incidence 2024", kind="rate")
P(d, "p03-eng23", "versus 856 in 2023", "856", 856, "cases", True, "england confirmed cases 2023")
Y(d, "p03-eng23y", "856 in 2023", "2023", 2023, False, "period")
P(d, "p03-jan", "from 554 in January", "554", 554, "cases", True, "england confirmed cases january 2024")
P(d, "p03-may", "peak of 3,038", "3,038", 3038, "cases", True, "england confirmed cases may 2024 (revised)")
P(d, "p03-engd", "Ten deaths occurred", "Ten", 10, "deaths", True, "england infant deaths 2024")
Y(d, "p03-engd24", "developed pertussis in 2024", "2024", 2024, False, "period")
Y(d, "p03-start", "dated from November 2023", "November 2023", 2023, True, "england outbreak start")
P(d, "p03-ve1", "was 68.8%", "68.8%", 68.8, "%", True, "adolescent tdap ve year 1", kind="percent")
C(d, "p03-ve1ci", "59.7 to 75.9", "59.7 to 75.9", "percent", 59.7, 75.9, "%", True, "adolescent tdap ve year 1 ci")
P(d, "p03-ve2", "56.9% in the second", "56.9%", 56.9, "%", True, "adolescent tdap ve year 2", kind="percent")
P(d, "p03-ve3", "25.2% in the third", "25.2%", 25.2, "%", True, "adolescent tdap ve year 3", kind="percent")
P(d, "p03-ve4", "fell to 8.9%", "8.9%", 8.9, "%", True, "adolescent tdap ve >=4 years", kind="percent")
C(d, "p03-ve4ci", "\u221230.6 to 36.4", "\u221230.6 to 36.4", "percent", -30.6, 36.4, "%", True, "adolescent tdap ve >=4 years ci")
P(d, "p03-4y", "four or more years after the dose", "four or more years", 4, "years", False, "timepoint", kind="duration")
P(d, "p03-hr", "HR 1.35", "1.35", 1.35, "ratio", True, "hazard ratio per year since tdap", kind="ratio")
C(d, "p03-hrci", "1.22 to 1.50", "1.22 to 1.50", "ratio", 1.22, 1.50, "ratio", True, "hazard ratio per year ci")
C(d, "p03-p", "P<0.001", "P<0.001", "pvalue", 0.001, 0.001, "p", False, "p for trend")
P(d, "p03-17", "17 of 240 case mothers", "17", 17, "mothers", True, "case mothers vaccinated third trimester")
P(d, "p03-240b", "17 of 240 case mothers", "240", 240, "mothers", False, "case mothers (repeat)")
P(d, "p03-71", "(7.1%)", "7.1%", 7.1, "%", True, "case mothers vaccinated share", kind="percent")
P(d, "p03-90c", "90 of 535 control", "90", 90, "mothers", True, "control mothers vaccinated third trimester")
P(d, "p03-535b", "90 of 535 control", "535", 535, "mothers", False, "control mothers (repeat)")
P(d, "p03-168", "(16.8%)", "16.8%", 16.8, "%", True, "control mothers vaccinated share", kind="percent")
P(d, "p03-2mo", "younger than 2 months was", "2 months", 2, "months", False, "age group bound", kind="age")
P(d, "p03-mve", "was 77.7%", "77.7%", 77.7, "%", True, "maternal tdap ve vs infant pertussis <2 mo", kind="percent")
C(d, "p03-mveci", "48.3 to 90.4", "48.3 to 90.4", "percent", 48.3, 90.4, "%", True, "maternal tdap ve ci")
P(d, "p03-mvehosp", "rose to 90.5%", "90.5%", 90.5, "%", True, "maternal tdap ve vs hospitalized infant pertussis", kind="percent")
C(d, "p03-mvehci", "65.2 to 97.4", "65.2 to 97.4", "percent", 65.2, 97.4, "%", True, "maternal tdap ve hosp ci")
P(d, "p03-92", "attribute 92% protection", "92%", 92, "%", True, "maternal vaccine effectiveness against infant death (england)", kind="percent")
Y(d, "p03-c2012", "highest since 2012", "2012", 2012, False, "comparison year")
Y(d, "p03-c2012b", "total for 2012", "2012", 2012, True, "england previous peak year")
Y(d, "p03-c2024", "Conclusions: The 2024 U.S.", "2024", 2024, False, "period")
C(d, "p03-wane", "within 2 to 4 years", "2 to 4 years", "duration", 2, 4, "years", True, "time for acellular protection to wane")
Y(d, "p03-recv", "Received 3 February 2025", "3 February 2025", 2025, False, "received date")
Y(d, "p03-acc", "accepted 28 March 2025", "28 March 2025", 2025, False, "accepted date")

# ---------------- p04 explainer (2025-03-20) ----------------
d = "p04_explainer.txt"
Y(d, "p04-upd", "Updated March 20, 2025", "March 20, 2025", 2025, False, "update date")
C(d, "p04-wk12", "After a week or two", "a week or two", "duration", 1, 2, "weeks", False, "catarrhal stage length")
P(d, "p04-10wk", "for 10 weeks or more", "10 weeks", 10, "weeks", True, "cough duration", kind="duration")
P(d, "p04-100d", "the \"100-day cough", "100-day", 100, "days", False, "nickname", kind="duration")
Y(d, "p04-2024a", "In 2024, U.S. health departments", "2024", 2024, False, "period")
P(d, "p04-cases24", "reported 53,435 cases", "53,435", 53435, "cases", True, "us cases 2024 (planted transposition)")
P(d, "p04-decade", "more than a decade", "a decade", 10, "years", False, "comparison period", kind="duration")
P(d, "p04-cases23", "roughly 7,000 in 2023", "roughly 7,000", 7000, "cases", True, "us cases 2023 (rounded)")
Y(d, "p04-2023", "7,000 in 2023", "2023", 2023, False, "period")
P(d, "p04-engd", "nine babies died", "nine", 9, "deaths", True, "england infant deaths 2024 (planted)")
Y(d, "p04-engd24", "there in 2024", "2024", 2024, False, "period")
P(d, "p04-hosp", "About 1 in 3 infants", "1 in 3", THIRD, "%", True, "share of infants <1 hospitalized", kind="percent")
P(d, "p04-lt1", "younger than 1 year", "1 year", 1, "years", False, "age group bound", kind="age")
P(d, "p04-cfr", "about 1 in 100 of the babies", "1 in 100", 1, "%", True, "case fatality among hospitalized infants", kind="percent")
C(d, "p04-typ", "between five and 15 babies", "five and 15", "count", 5, 15, "deaths", True, "typical annual us infant deaths")
P(d, "p04-5shots", "as five shots", "five shots", 5, "doses", True, "dtap doses in childhood series")
P(d, "p04-s2", "at 2 months, 4 months", "2 months", 2, "months", False, "dtap schedule age", kind="age")
P(d, "p04-s4", "4 months, 6 months", "4 months", 4, "months", False, "dtap schedule age", kind="age")
P(d, "p04-s6", "6 months, 15 to 18", "6 months", 6, "months", False, "dtap schedule age", kind="age")
C(d, "p04-s15", "15 to 18 months", "15 to 18 months", "age", 15, 18, "months", False, "dtap schedule age")
C(d, "p04-s4y", "4 to 6 years", "4 to 6 years", "age", 4, 6, "years", False, "dtap schedule age")
C(d, "p04-tdap11", "Tdap at 11 or 12", "11 or 12", "age", 11, 12, "years", False, "tdap adolescent age")
P(d, "p04-1dose", "get one dose of Tdap", "one dose", 1, "doses", False, "adolescent tdap doses")
P(d, "p04-td10", "every 10 years", "10 years", 10, "years", True, "td/tdap booster interval", kind="duration")
Y(d, "p04-1997", "childhood doses in 1997", "1997", 1997, True, "us switch to acellular vaccine")
C(d, "p04-sy", "In the 2023-24 school year", "2023-24", "date", 2023, 2024, "year", False, "school year")
P(d, "p04-kdtap", "92.7% of kindergartners", "92.7%", 92.7, "%", True, "kindergarten dtap coverage 2023-24 (planted: prior year's figure)", kind="percent")
P(d, "p04-target", "below the 95%", "95%", 95, "%", True, "coverage target", kind="percent")
C(d, "p04-wk2736", "between weeks 27 and 36", "27 and 36", "duration", 27, 36, "weeks", True, "us recommended gestation window")
P(d, "p04-2mo", "start DTaP at 2 months", "2 months", 2, "months", False, "age of first dtap", kind="age")
P(d, "p04-mve", "more than 3 in 4 cases", "3 in 4", 75, "%", True, "maternal tdap ve vs infant pertussis <2 mo (cdc)", kind="percent")
P(d, "p04-mve2mo", "babies younger than 2 months, and", "2 months", 2, "months", False, "age group bound", kind="age")
P(d, "p04-mvehosp", "and 9 in 10 of the cases", "9 in 10", 90, "%", True, "maternal tdap ve vs hospitalized infant pertussis", kind="percent")
P(d, "p04-kpn", "148,981 newborns", "148,981", 148981, "newborns", True, "kpnc maternal cohort size")
P(d, "p04-2m", "first two months", "two months", 2, "months", False, "timepoint", kind="duration")
P(d, "p04-kp91", "even higher, at 91%", "91%", 91, "%", True, "maternal tdap ve first 2 months (kpnc cohort)", kind="percent")
Y(d, "p04-2012", "each pregnancy since 2012", "2012", 2012, True, "us recommendation of tdap in every pregnancy")
P(d, "p04-ve1", "about 7 in 10 effective", "7 in 10", 70, "%", True, "adolescent tdap ve year 1 (rounded)", kind="percent")
P(d, "p04-ve4", "less than 1 in 10 effective", "1 in 10", 10, "%", True, "adolescent tdap ve year 4 (bound)", kind="percent")
P(d, "p04-4y", "four years later", "four years", 4, "years", False, "timepoint", kind="duration")
P(d, "p04-azi", "Azithromycin for 5 days", "5 days", 5, "days", True, "azithromycin course", kind="duration")
P(d, "p04-clari", "clarithromycin (7 days)", "7 days", 7, "days", True, "clarithromycin course", kind="duration")
P(d, "p04-ery", "erythromycin (14 days)", "14 days", 14, "days", True, "erythromycin course", kind="duration")
C(d, "p04-early", "within the first 1 to 2 weeks", "1 to 2 weeks", "duration", 1, 2, "weeks", True, "window when treatment works best")
P(d, "p04-home5", "antibiotics for 5 days", "5 days", 5, "days", True, "exclusion after starting antibiotics (us)", kind="duration")
P(d, "p04-pep21", "within 21 days of exposure", "21 days", 21, "days", True, "postexposure prophylaxis window", kind="duration")

# ---------------- p05 blog (2025-02-18) ----------------
d = "p05_blog.txt"
Y(d, "p05-date", "February 18, 2025", "February 18, 2025", 2025, False, "byline date")
Y(d, "p05-lastyr", "Last year the United States", "Last year", 2024, False, "period")
P(d, "p05-cases24", "more than 35,000 cases", "more than 35,000", 35000, "cases", True, "us cases 2024 (rounded)")
P(d, "p05-deaths", "at least a dozen people died", "a dozen", 12, "deaths", True, "us pertussis deaths 2024 (other report)")
Y(d, "p05-2017", "since 2017", "2017", 2017, False, "comparison year")
Y(d, "p05-wi24", "Wisconsin finished 2024", "2024", 2024, False, "period")
P(d, "p05-wi", "with 2,339 cases", "2,339", 2339, "cases", True, "wisconsin cases 2024 (planted: dec 7 count as final)")
P(d, "p05-eng24", "England confirmed 10,493", "10,493", 10493, "cases", True, "england confirmed cases 2024 (planted: jan-jun count as year)")
Y(d, "p05-eng24y", "10,493 cases in 2024", "2024", 2024, False, "period")
P(d, "p05-eng23", "up from 858", "858", 858, "cases", True, "england confirmed cases 2023 (provisional)")
Y(d, "p05-yrbefore", "the year before", "the year before", 2023, False, "period")
P(d, "p05-engd", "and ten babies died", "ten", 10, "deaths", True, "england infant deaths 2024")
P(d, "p05-3mo", "infants under three months old", "three months", 3, "months", False, "age group bound", kind="age")
C(d, "p05-cap", "pertussis reports, 2019 to 2024", "2019 to 2024", "date", 2019, 2024, "year", False, "caption period")
P(d, "p05-ve1", "roughly 69% effective", "roughly 69%", 69, "%", True, "adolescent tdap ve year 1 (rounded)", kind="percent")
P(d, "p05-ve4", "under 9% effective", "9%", 9, "%", True, "adolescent tdap ve year 4 (bound)", kind="percent")
P(d, "p05-yr4", "by year four", "year four", 4, "years", False, "timepoint", kind="duration")
P(d, "p05-13", "13-year-olds", "13", 13, "years", False, "anecdotal age", kind="age")
P(d, "p05-mve", "prevented 87% of", "87%", 87, "%", True, "maternal tdap ve vs infant pertussis <2 mo (planted transposition)", kind="percent")
P(d, "p05-2mo", "under two months of age", "two months", 2, "months", False, "age group bound", kind="age")
P(d, "p05-upt", "about 55% of pregnant", "about 55%", 55, "%", True, "us maternal tdap uptake")
C(d, "p05-wk", "between weeks 27 and 36", "27 and 36", "duration", 27, 36, "weeks", True, "us recommended gestation window")
P(d, "p05-s2", "2, 4 and 6 months", "2", 2, "months", False, "dtap schedule age", kind="age")
P(d, "p05-s4", "2, 4 and 6 months", "4", 4, "months", False, "dtap schedule age", kind="age")
P(d, "p05-s6", "2, 4 and 6 months", "6 months", 6, "months", False, "dtap schedule age", kind="age")
C(d, "p05-s15", "15 to 18 months", "15 to 18 months", "age", 15, 18, "months", False, "dtap schedule age")
C(d, "p05-s4y", "4 to 6 years", "4 to 6 years", "age", 4, 6, "years", False, "dtap schedule age")
C(d, "p05-tdap11", "Tdap at 11 or 12", "11 or 12", "age", 11, 12, "years", False, "tdap adolescent age")
P(d, "p05-wk1", "more than a week", "a week", 1, "weeks", False, "cough duration threshold", kind="duration")

# ---------------- p06 local (2024-12-14) ----------------
d = "p06_local.txt"
Y(d, "p06-date", "Dec. 14, 2024", "Dec. 14, 2024", 2024, False, "byline date")
Y(d, "p06-thisyr1", "cough cases this year than", "this year", 2024, False, "period")
P(d, "p06-two", "all but\ntwo states", "two", 2, "states", False, "states ahead of wisconsin")
Y(d, "p06-fri", "released Friday", "Friday", 2024, False, "release date")
Y(d, "p06-dec7", "As of Dec. 7", "Dec. 7", 2024, False, "as-of date")
P(d, "p06-wi", "reported 2,339 cases", "2,339", 2339, "cases", True, "wisconsin cases 2024 through dec 7")
Y(d, "p06-2024a", "infection\nin 2024", "2024", 2024, False, "period")
P(d, "p06-pa", "Pennsylvania, with 2,757", "2,757", 2757, "cases", True, "pennsylvania cases 2024 through dec 7")
P(d, "p06-ny", "New York, with 2,512", "2,512", 2512, "cases", True, "new york cases 2024 through dec 7")
Y(d, "p06-lastyr", "same point last year", "last year", 2023, False, "comparison period")
P(d, "p06-wi23", "reported just 29", "29", 29, "cases", True, "wisconsin cases same point 2023")
Y(d, "p06-fory", "count for the year", "the year", 2024, False, "period")
P(d, "p06-us", "has passed 30,000", "30,000", 30000, "cases", True, "us cases 2024 through dec 7")
P(d, "p06-six", "more than six\ntimes", "six\ntimes", 6, "ratio", True, "us ytd ratio vs same point 2023", kind="ratio")
Y(d, "p06-2023", "at this point in 2023", "2023", 2023, False, "comparison period")
P(d, "p06-dhs", "reported 1,991", "1,991", 1991, "cases", True, "wisconsin dhs confirmed cases through nov 30")
Y(d, "p06-nov30", "as of Nov. 30", "Nov. 30", 2024, False, "as-of date")
P(d, "p06-66", "Sixty-six of", "Sixty-six", 66, "counties", True, "wisconsin counties with a case")
P(d, "p06-72", "Wisconsin's 72", "72", 72, "counties", False, "wisconsin county total")
P(d, "p06-half", "and half of all cases", "half", 50, "%", True, "share of wisconsin cases aged 11-18", kind="percent")
C(d, "p06-1118", "aged 11 to 18", "11 to 18", "age", 11, 18, "years", False, "age group")
Y(d, "p06-thisyr", "So far this year\n77", "this year", 2024, False, "period")
P(d, "p06-inf", "77 Wisconsin infants", "77", 77, "infants", True, "wisconsin infant cases 2024")
P(d, "p06-hosp", "and 12 of them", "12", 12, "infants", True, "wisconsin infants hospitalized 2024")
P(d, "p06-532", "had 532 cases", "532", 532, "cases", True, "wisconsin cases 2019")
Y(d, "p06-2019", "532 cases in 2019", "2019", 2019, False, "period")
Y(d, "p06-2012", "well below 2012", "2012", 2012, True, "wisconsin last big peak")
Y(d, "p06-thisyr2", "but this year's total", "this year", 2024, False, "period")
P(d, "p06-6880", "recorded 6,880", "6,880", 6880, "cases", True, "wisconsin cases 2012")
Y(d, "p06-2020", "changed in 2020", "2020", 2020, True, "case definition change")
C(d, "p06-1020", "probably 10 to 20", "10 to 20", "count", 10, 20, "people", False, "quoted estimate of unreported infections per case")
P(d, "p06-5dose", "all five doses", "five doses", 5, "doses", True, "dtap doses in childhood series")
C(d, "p06-tdap11", "Tdap at 11 or 12", "11 or 12", "age", 11, 12, "years", False, "tdap adolescent age")
C(d, "p06-wk", "the 27th and 36th week", "27th and 36th week", "duration", 27, 36, "weeks", True, "us recommended gestation window")
P(d, "p06-7d", "more than seven days", "seven days", 7, "days", True, "cough duration prompting testing", kind="duration")
P(d, "p06-21d", "within the first 21 days", "21 days", 21, "days", True, "window for reliable pcr testing", kind="duration")
Y(d, "p06-oct", "families in October", "October", 2024, False, "school letters date")
Y(d, "p06-2024b", "the final 2024 numbers", "2024", 2024, False, "period")

# ---------------- p07 fact-check (2025-02-20) ----------------
d = "p07_factcheck.txt"
P(d, "p07-hl100", "did not kill 100 U.S. babies", "100", 100, "deaths", False, "false post figure (headline)")
Y(d, "p07-hllast", "babies last year, and", "last year", 2024, False, "period (headline)")
Y(d, "p07-date", "February 20, 2025", "February 20, 2025", 2025, False, "byline date")
P(d, "p07-c100", "\"100 babies died", "100", 100, "deaths", False, "false post figure (attributed)")
Y(d, "p07-c2024", "whooping cough in 2024\" and", "2024", 2024, False, "period (attributed)")
P(d, "p07-c10", "\"only 10% effective", "10%", 10, "%", False, "false post figure (attributed)", kind="percent")
P(d, "p07-v10", "and the 10% figure is", "10%", 10, "%", False, "false post figure (attributed)", kind="percent")
Y(d, "p07-early", "in early February", "early February", 2025, False, "date post appeared")
P(d, "p07-decade", "more than a decade", "a decade", 10, "years", False, "comparison period", kind="duration")
P(d, "p07-cases24", "reported 35,435 cases", "35,435", 35435, "cases", True, "us cases 2024 (provisional)")
Y(d, "p07-2024a", "35,435 cases in 2024", "2024", 2024, False, "period")
P(d, "p07-ratio", "about five times", "five times", 5, "ratio", True, "2024 vs 2023 ratio", kind="ratio")
P(d, "p07-cases23", "the 7,063 reported", "7,063", 7063, "cases", True, "us cases 2023")
Y(d, "p07-2023", "reported in 2023", "2023", 2023, False, "period")
P(d, "p07-pa", "reported 2,898 cases", "2,898", 2898, "cases", True, "pennsylvania cases 2024 (planted transposition)")
P(d, "p07-factor", "by a factor of ten", "ten", 10, "ratio", False, "ratio (rhetorical)", kind="ratio")
P(d, "p07-deaths", "shows 10 pertussis deaths", "10", 10, "deaths", True, "us pertussis deaths 2024")
Y(d, "p07-deaths24", "10 pertussis deaths in 2024", "2024", 2024, False, "period")
P(d, "p07-not100", "not 100 among", "100", 100, "deaths", False, "false post figure (attributed)")
Y(d, "p07-2017", "highest number since 2017", "2017", 2017, False, "comparison year")
P(d, "p07-q10", "Where does \"10% effective", "10%", 10, "%", False, "false post figure (attributed)", kind="percent")
Y(d, "p07-2016", "a 2016 study", "2016", 2016, False, "study publication year")
P(d, "p07-ve1", "was 68.8% effective", "68.8%", 68.8, "%", True, "adolescent tdap ve year 1", kind="percent")
P(d, "p07-ve4", "to 8.9% four", "8.9%", 8.9, "%", True, "adolescent tdap ve >=4 years", kind="percent")
P(d, "p07-4y", "8.9% four or more years", "four or more years", 4, "years", False, "timepoint", kind="duration")
P(d, "p07-4yb", "a figure from four years after", "four years", 4, "years", False, "timepoint (repeat)", kind="duration")
P(d, "p07-mve", "about 78% of", "about 78%", 78, "%", True, "maternal tdap ve vs infant pertussis <2 mo", kind="percent")
P(d, "p07-2mo", "younger than 2 months", "2 months", 2, "months", False, "age group bound", kind="age")
P(d, "p07-mvehosp", "about 90% of cases", "about 90%", 90, "%", True, "maternal tdap ve vs hospitalized infant pertussis", kind="percent")
Y(d, "p07-start", "began in November last year", "November last year", 2024, True, "england outbreak start (planted: wrong year)")
Y(d, "p07-2012", "than its 2012 epidemic", "2012", 2012, False, "comparison year (england epidemic)")
Y(d, "p07-mar24", "for March 2024", "March 2024", 2024, False, "as-of date for uptake")
P(d, "p07-upt", "just over 60%", "just over 60%", 60, "%", True, "england maternal pertussis vaccine uptake march 2024 (planted)", kind="percent")
P(d, "p07-92", "gives 92% protection", "92%", 92, "%", True, "maternal vaccine effectiveness against infant death (england)", kind="percent")
P(d, "p07-two", "Two pediatricians", "Two", 2, "pediatricians", False, "sources interviewed")
P(d, "p07-r100", "killed 100 babies", "100", 100, "deaths", False, "false post figure (ruling, attributed)")
Y(d, "p07-r2024", "100 babies in 2024", "2024", 2024, False, "period (ruling)")
P(d, "p07-r10pct", "only 10% effective. CDC", "10%", 10, "%", False, "false post figure (ruling, attributed)", kind="percent")
P(d, "p07-r10d", "show 10 deaths", "10", 10, "deaths", False, "us deaths 2024 (repeat)")
P(d, "p07-r10fig", "and the 10% figure describes", "10%", 10, "%", False, "false post figure (ruling, attributed)", kind="percent")
Y(d, "p07-acc", "accessed Feb. 18, 2025", "Feb. 18, 2025", 2025, False, "access date")
Y(d, "p07-s2016", "Pediatrics, 2016", "2016", 2016, False, "citation year")
Y(d, "p07-s2017", "Diseases, 2017", "2017", 2017, False, "citation year")
Y(d, "p07-s2024", "press releases, 2024", "2024", 2024, False, "citation year")

# ---------------- conflicts ----------------
conflicts = []
def K(a, b, grade):
    da = next(c for c in claims if c["id"] == a)["doc"]
    db = next(c for c in claims if c["id"] == b)["doc"]
    assert da != db, (a, b)
    conflicts.append(dict(type="conflict", a=a, b=b, grade=grade))

# strict
for x in ("p01-deaths24", "p03-deaths", "p07-deaths"):          # S1 US deaths 2024: 10 vs a dozen
    K("p05-deaths", x, "strict")
for x in ("p01-cases24", "p03-cases24", "p07-cases24"):         # S2 US cases 2024: 35,435 vs 53,435
    K("p04-cases24", x, "strict")
K("p05-eng24", "p03-eng24", "strict")                          # S3 England 2024 total: 10,493 vs 14,905
for x in ("p03-engd", "p05-engd"):                              # S4 England infant deaths 2024: 9 vs 10
    K("p04-engd", x, "strict")
for x in ("p03-mve", "p07-mve"):                                # S5 maternal VE <2 mo: 87 vs 77.7/78
    K("p05-mve", x, "strict")
for x in ("p01-kdtap", "p03-kdtap"):                            # S6 kindergarten DTaP 2023-24: 92.7 vs 92.3
    K("p04-kdtap", x, "strict")
K("p07-pa", "p01-pa", "strict")                                # S7 Pennsylvania 2024: 2,898 vs 2,889
K("p05-wi", "p01-wi", "strict")                                # S8 Wisconsin 2024: 2,339 vs 2,647
for x in ("p02-start", "p03-start"):                            # S9 England outbreak start: 2024 vs 2023
    K("p07-start", x, "strict")
K("p07-upt", "p02-upt", "strict")                              # S10 England maternal uptake Mar 2024: >60 vs 58.9
K("p05-deaths", "p07-r10d", "qualified")                      # repeat of the US death count in p07's ruling

# qualified
for x in ("p02-2023", "p03-eng23"):                             # Q1 England 2023: 858 (provisional) vs 856
    K("p05-eng23", x, "qualified")
K("p02-may", "p03-may", "qualified")                           # Q2 England May 2024: 3,052 vs 3,038 (revised)
K("p02-jan", "p03-jan", "qualified")                           # Q2b England Jan 2024: 555 vs 554 (revised)
for x in ("p03-mve", "p07-mve", "p05-mve"):                     # Q3 KPNC 91% vs CDC case-control estimate
    K("p04-kp91", x, "qualified")

with open(OUT, "w", encoding="utf-8") as f:
    for c in claims + conflicts:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")

# ---------------- checks ----------------
for c in claims:
    assert text(c["doc"])[c["start"]:c["end"]] == c["span"], c["id"]
# overlapping spans within a doc are not allowed
by = {}
for c in claims:
    by.setdefault(c["doc"], []).append(c)
for doc, cs in by.items():
    cs.sort(key=lambda c: c["start"])
    for a, b in zip(cs, cs[1:]):
        assert a["end"] <= b["start"], (a["id"], b["id"])
req = sum(c["required"] for c in claims)
print(f"claims {len(claims)} (required {req}, optional {len(claims)-req}); "
      f"conflicts strict {sum(k['grade']=='strict' for k in conflicts)}, "
      f"qualified {sum(k['grade']=='qualified' for k in conflicts)}")
for k in conflicts:
    ca = next(c for c in claims if c["id"] == k["a"]); cb = next(c for c in claims if c["id"] == k["b"])
    if k["grade"] == "strict":
        assert ca["required"] and cb["required"], k
    assert ca["low"] != cb["low"] or ca["high"] != cb["high"], k

# audit: numeric-looking tokens not covered by any claim span
if "--audit" in sys.argv:
    pat = re.compile(r"\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|half|third|quarter|hundred|thousand|million|Sixty-six|last year|this year|next year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
    for doc in sorted(docs):
        t = text(doc)
        cov = [(c["start"], c["end"]) for c in by[doc]]
        for m in pat.finditer(t):
            if not any(s <= m.start() < e for s, e in cov):
                line = t[max(0, m.start()-30):m.end()+30].replace("\n", " ")
                print(f"  {doc}: {m.group()!r:14} …{line}…")
