#!/usr/bin/env python3
"""Build sotagliflozin.gold.jsonl: find every claim span by a unique context string,
check the slice, and write claims + conflicts. Run from anywhere."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "sotagliflozin"
DIR = os.path.join(HERE, TOPIC)
OUT = os.path.join(HERE, TOPIC + ".gold.jsonl")

D = {"w": "sot01_wire.txt", "p": "sot02_press.txt", "a": "sot03_abstract.txt",
     "e": "sot04_explainer.txt", "b": "sot05_blog.txt", "t": "sot06_trade.txt",
     "f": "sot07_factcheck.txt"}
TEXT = {k: open(os.path.join(DIR, v), encoding="utf-8").read() for k, v in D.items()}

R, O = True, False
claims = []

def c(cid, d, ctx, span, kind, low, high="same", unit="", req=R, topic="", nth=0):
    t = TEXT[d]
    n = t.count(ctx)
    if n != 1:
        sys.exit(f"{cid}: context {ctx!r} occurs {n} times in {D[d]}")
    base = t.index(ctx)
    pos = -1
    for _ in range(nth + 1):
        pos = ctx.index(span, pos + 1)
    start = base + pos
    end = start + len(span)
    assert t[start:end] == span, cid
    if high == "same":
        high = low
    claims.append({"type": "claim", "id": f"sot-{d}-{cid}", "doc": D[d], "start": start, "end": end,
                   "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                   "required": req, "topic": topic})

Y = lambda y: (y, y)

# ---------------- sot01_wire.txt (published 2024-10-31, a Thursday) ----------------
c("dl", "w", "Md., Oct 31 (Meridian", "Oct 31", "date", 2024, unit="year", req=O, topic="dateline (publication metadata)")
c("vag", "w", "voted 11-3 on Thursday", "11", "count", 11, unit="votes", topic="2024 adcom votes against (benefits do not outweigh risks)")
c("vfor", "w", "voted 11-3 on Thursday", "3", "count", 3, unit="votes", topic="2024 adcom votes for")
c("thu", "w", "11-3 on Thursday", "Thursday", "date", 2024, unit="year", topic="2024 adcom date")
c("pdufa", "w", "is due by Dec. 20.", "Dec. 20", "date", 2024, unit="year", topic="FDA action (PDUFA) date")
c("5y", "w", "than it did five years ago", "five years", "duration", 5, unit="years", req=O, topic="time since first application (aside)")
c("3st", "w", "inside three late-stage", "three", "count", 3, unit="trials", req=O, topic="number of inTandem trials")
c("3000", "w", "randomized about 3,000 adults", "3,000", "count", 3000, unit="participants", topic="inTandem program total randomized")
c("782", "w", "which enrolled 782 adults", "782", "count", 782, unit="participants", topic="inTandem1 randomized (PLANTED: inTandem2's size)")
c("1yr", "w", "over a full year of treatment", "a full year", "duration", 1, unit="years", req=O, topic="timepoint")
c("42", "w", "struck 4.2% of people", "4.2%", "percent", 4.2, unit="%", topic="inTandem1 DKA 400 mg, 52 weeks")
c("400", "w", "higher 400 mg dose", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("04", "w", "against 0.4% of those", "0.4%", "percent", 0.4, unit="%", topic="inTandem1 DKA placebo, 52 weeks")
c("88for", "w", "split 8-8 in January 2019", "8", "count", 8, unit="votes", topic="2019 adcom votes for", nth=0)
c("88ag", "w", "split 8-8 in January 2019", "8", "count", 8, unit="votes", topic="2019 adcom votes against", nth=1)
c("jan19", "w", "split 8-8 in January 2019", "January 2019", "date", 2019, unit="year", topic="2019 adcom date")
c("2mo", "w", "down two months later", "two months", "duration", 2, unit="months", req=O, topic="adcom to first CRL (aside)")
c("may23", "w", "cleared it in May 2023", "May 2023", "date", 2023, unit="year", topic="Inpefa approval date")
c("daily", "w", "a once-daily tablet", "once-daily", "frequency", 1, unit="per day", req=O, topic="dosing frequency")
c("fri", "w", "resume on Friday morning", "Friday", "date", 2024, unit="year", req=O, topic="trading resumption (aside)")
c("2m", "w", "Roughly 2 million Americans", "2 million", "count", 2000000, unit="people", topic="US type 1 diabetes prevalence (ADA)")

# ---------------- sot02_press.txt (published 2024-07-16) ----------------
c("hdl", "p", "date set for December 20, 2024", "December 20, 2024", "date", 2024, unit="year", req=O, topic="PDUFA date (headline repeat)")
c("dl", "p", "Texas, July 16, 2024 --", "July 16, 2024", "date", 2024, unit="year", req=O, topic="dateline (publication metadata)")
c("pdufa", "p", "action date of December 20, 2024, reflecting", "December 20, 2024", "date", 2024, unit="year", topic="FDA action (PDUFA) date")
c("6mo", "p", "a six-month review", "six-month", "duration", 6, unit="months", topic="review length")
c("resub", "p", "resubmitted the application last month", "last month", "date", 2024, unit="year", topic="resubmission date (June 2024)")
c("crl19", "p", "diabetes application in 2019.", "2019", "date", 2019, unit="year", topic="first CRL date")
c("nooh", "p", "Opportunity for Hearing in 2021", "2021", "date", 2021, unit="year", topic="NOOH date")
c("late23", "p", "and in late 2023 the two", "late 2023", "date", 2023, unit="year", topic="abeyance agreement date")
c("1in5", "p", "Only about one in five adults", "one in five", "percent", 20, unit="%", topic="share of T1D adults at A1C goal on insulin alone (company)")
c("launch", "p", "patients in early 2025.", "early 2025", "date", 2025, unit="year", topic="expected launch (forecast made July 2024)")
c("465", "p", "draws on 465 participants", "465", "count", 465, unit="participants", topic="inTandem participants with CKD")
c("3st", "p", "from the three inTandem", "three", "count", 3, unit="trials", req=O, topic="number of inTandem trials")
c("3000", "p", "enrolled close to 3,000 adults", "3,000", "count", 3000, unit="participants", topic="inTandem program total")
c("793", "p", "(n=793;", "793", "count", 793, unit="participants", topic="inTandem1 randomized")
c("782", "p", "(n=782;", "782", "count", 782, unit="participants", topic="inTandem2 randomized")
c("200", "p", "sotagliflozin 200 mg and 400 mg once daily", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("400a", "p", "sotagliflozin 200 mg and 400 mg once daily", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("daily", "p", "sotagliflozin 200 mg and 400 mg once daily", "once daily", "frequency", 1, unit="per day", req=O, topic="dosing frequency")
c("52", "p", "with placebo over 52 weeks", "52 weeks", "duration", 52, unit="weeks", req=O, topic="trial duration")
c("1402", "p", "randomized 1,402 adults", "1,402", "count", 1402, unit="participants", topic="inTandem3 randomized")
c("19", "p", "in 19 countries", "19", "count", 19, unit="countries", topic="inTandem3 countries")
c("400b", "p", "to sotagliflozin 400 mg or placebo", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("24", "p", "placebo for 24 weeks;", "24 weeks", "duration", 24, unit="weeks", req=O, topic="trial duration")
c("286", "p", "28.6% of patients", "28.6%", "percent", 28.6, unit="%", topic="inTandem3 primary endpoint, sotagliflozin")
c("70", "p", "an A1C below 7.0% with", "7.0%", "percent", 7.0, unit="%", req=O, topic="A1C threshold (definition)")
c("152", "p", "compared with 15.2% on placebo", "15.2%", "percent", 15.2, unit="%", topic="inTandem3 primary endpoint, placebo")
c("apr19", "p", "Union in April 2019", "April 2019", "date", 2019, unit="year", topic="EU authorization date")
c("bmi", "p", "at least 27 kg/m2", "27", "threshold", 27, unit="kg/m2", req=O, topic="EU label BMI threshold")
c("1222", "p", "(1,222 patients)", "1,222", "count", 1222, unit="participants", topic="SOLOIST-WHF size")
c("10584", "p", "(10,584 patients)", "10,584", "count", 10584, unit="participants", topic="SCORED size")
c("12000", "p", "almost 12,000 people", "12,000", "count", 12000, unit="participants", topic="SOLOIST-WHF + SCORED total")

c("2parties", "p", "late 2023 the two parties", "two", "count", 2, unit="parties", req=O, topic="trivial count")

# ---------------- sot03_abstract.txt (published 2025-02-14) ----------------
c("3tr", "a", "in three phase 3 trials", "three", "count", 3, unit="trials", req=O, topic="number of inTandem trials")
c("dec24", "a", "Administration in December 2024", "December 2024", "date", 2024, unit="year", topic="second CRL date")
c("793", "a", "inTandem1 (N = 793;", "793", "count", 793, unit="participants", topic="inTandem1 randomized")
c("782", "a", "inTandem2 (N = 782;", "782", "count", 782, unit="participants", topic="inTandem2 randomized")
c("1402", "a", "inTandem3 (N = 1402;", "1402", "count", 1402, unit="participants", topic="inTandem3 randomized")
c("19", "a", "19 countries, 133 centres", "19", "count", 19, unit="countries", topic="inTandem3 countries")
c("133", "a", "19 countries, 133 centres", "133", "count", 133, unit="centres", topic="inTandem3 centres")
c("111", "a", "participants 1:1:1 to placebo", "1:1:1", "ratio", None, None, unit="ratio", req=O, topic="randomisation ratio (definition)")
c("200", "a", "sotagliflozin 200 mg or sotagliflozin 400 mg once daily", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("400", "a", "sotagliflozin 200 mg or sotagliflozin 400 mg once daily", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("daily", "a", "sotagliflozin 200 mg or sotagliflozin 400 mg once daily", "once daily", "frequency", 1, unit="per day", req=O, topic="dosing frequency")
c("6wk", "a", "after 6 weeks of insulin", "6 weeks", "duration", 6, unit="weeks", req=O, topic="insulin optimisation run-in")
c("24core", "a", "a 24-week core period", "24-week", "duration", 24, unit="weeks", req=O, topic="core period")
c("28ext", "a", "a 28-week extension", "28-week", "duration", 28, unit="weeks", req=O, topic="extension period")
c("699", "a", "400 mg (n = 699)", "699", "count", 699, unit="participants", topic="inTandem3 sotagliflozin arm")
c("703", "a", "placebo (n = 703)", "703", "count", 703, unit="participants", topic="inTandem3 placebo arm")
c("24w3", "a", "(n = 703) for 24 weeks", "24 weeks", "duration", 24, unit="weeks", req=O, topic="trial duration")
c("egfr", "a", "filtration rate of 45 to <60 mL", "45 to <60", "threshold", 45, 60, unit="mL/min/1.73 m2", req=O, topic="CKD definition")
c("egfr60", "a", "or ≥60 mL/min", "60", "threshold", 60, unit="mL/min/1.73 m2", req=O, topic="CKD definition")
c("uacr", "a", "ratio ≥30 mg/g", "30", "threshold", 30, unit="mg/g", req=O, topic="CKD definition")
c("n268", "a", "(n = 268 placebo", "268", "count", 268, unit="participants", topic="inTandem1 placebo arm")
c("n263", "a", "n = 263 on 200 mg", "263", "count", 263, unit="participants", topic="inTandem1 200 mg arm")
c("n262", "a", "n = 262 on 400 mg", "262", "count", 262, unit="participants", topic="inTandem1 400 mg arm")
c("wk24", "a", "HbA1c at week 24 were", "week 24", "duration", 24, unit="weeks", req=O, topic="timepoint")
c("036", "a", "were −0.36 and −0.41 percentage", "−0.36", "percentage_points", -0.36, unit="pp", topic="inTandem1 placebo-adjusted A1C 200 mg wk24")
c("041", "a", "were −0.36 and −0.41 percentage", "−0.41", "percentage_points", -0.41, unit="pp", topic="inTandem1 placebo-adjusted A1C 400 mg wk24")
c("025", "a", "and −0.25 and −0.31 at week 52", "−0.25", "percentage_points", -0.25, unit="pp", topic="inTandem1 placebo-adjusted A1C 200 mg wk52")
c("031", "a", "and −0.25 and −0.31 at week 52", "−0.31", "percentage_points", -0.31, unit="pp", topic="inTandem1 placebo-adjusted A1C 400 mg wk52")
c("wk52", "a", "−0.31 at week 52", "week 52", "duration", 52, unit="weeks", req=O, topic="timepoint")
c("p1", "a", "(all P < 0.001)", "0.001", "pvalue", 0.001, unit="p", req=O, topic="p-value")
c("dka52", "a", "DKA occurred over 52 weeks", "52 weeks", "duration", 52, unit="weeks", req=O, topic="timepoint")
DK1 = "in 1 (0.4%), 9 (3.4%) and 11 (4.2%) participants"
c("dk1n0", "a", DK1, "1", "count", 1, unit="participants", req=O, topic="inTandem1 DKA placebo count")
c("dk1p0", "a", DK1, "0.4%", "percent", 0.4, unit="%", topic="inTandem1 DKA placebo, 52 weeks")
c("dk1n2", "a", DK1, "9", "count", 9, unit="participants", req=O, topic="inTandem1 DKA 200 mg count")
c("dk1p2", "a", DK1, "3.4%", "percent", 3.4, unit="%", topic="inTandem1 DKA 200 mg, 52 weeks")
c("dk1n4", "a", DK1, "11", "count", 11, unit="participants", req=O, topic="inTandem1 DKA 400 mg count")
c("dk1p4", "a", DK1, "4.2%", "percent", 4.2, unit="%", topic="inTandem1 DKA 400 mg, 52 weeks")
c("037", "a", "were −0.37 and −0.35 percentage points; DKA", "−0.37", "percentage_points", -0.37, unit="pp", topic="inTandem2 placebo-adjusted A1C 200 mg wk24")
c("035", "a", "were −0.37 and −0.35 percentage points; DKA", "−0.35", "percentage_points", -0.35, unit="pp", topic="inTandem2 placebo-adjusted A1C 400 mg wk24")
DK2 = "DKA occurred in 0 of 258, 6 of 261 (2.3%) and 9 of 263 (3.4%) participants"
c("dk2n0", "a", DK2, "0", "count", 0, unit="participants", topic="inTandem2 DKA placebo count")
c("n258", "a", DK2, "258", "count", 258, unit="participants", topic="inTandem2 placebo arm")
c("dk2n2", "a", DK2, "6", "count", 6, unit="participants", req=O, topic="inTandem2 DKA 200 mg count")
c("n261", "a", DK2, "261", "count", 261, unit="participants", topic="inTandem2 200 mg arm")
c("dk2p2", "a", DK2, "2.3%", "percent", 2.3, unit="%", topic="inTandem2 DKA 200 mg")
c("dk2n4", "a", DK2, "9", "count", 9, unit="participants", req=O, topic="inTandem2 DKA 400 mg count")
c("n263b", "a", DK2, "263", "count", 263, unit="participants", topic="inTandem2 400 mg arm")
c("dk2p4", "a", DK2, "3.4%", "percent", 3.4, unit="%", topic="inTandem2 DKA 400 mg")
c("pe70", "a", "(HbA1c <7.0% at week 24 without", "7.0%", "percent", 7.0, unit="%", req=O, topic="A1C threshold (definition)")
c("pewk", "a", "(HbA1c <7.0% at week 24 without", "week 24", "duration", 24, unit="weeks", req=O, topic="timepoint")
c("pe200", "a", "reached by 200 of 699 participants (28.6%)", "200", "count", 200, unit="participants", req=O, topic="inTandem3 primary endpoint count, sotagliflozin")
c("pe699", "a", "reached by 200 of 699 participants (28.6%)", "699", "count", 699, unit="participants", req=O, topic="inTandem3 sotagliflozin arm (repeat)")
c("286", "a", "reached by 200 of 699 participants (28.6%)", "28.6%", "percent", 28.6, unit="%", topic="inTandem3 primary endpoint, sotagliflozin")
c("pe107", "a", "and 107 of 703 (15.2%) on placebo", "107", "count", 107, unit="participants", req=O, topic="inTandem3 primary endpoint count, placebo")
c("pe703", "a", "and 107 of 703 (15.2%) on placebo", "703", "count", 703, unit="participants", req=O, topic="inTandem3 placebo arm (repeat)")
c("152", "a", "and 107 of 703 (15.2%) on placebo", "15.2%", "percent", 15.2, unit="%", topic="inTandem3 primary endpoint, placebo")
c("p3", "a", "on placebo (P < 0.001)", "0.001", "pvalue", 0.001, unit="p", req=O, topic="p-value")
c("046", "a", "The HbA1c difference was −0.46 percentage points", "−0.46", "percentage_points", -0.46, unit="pp", topic="inTandem3 placebo-adjusted A1C wk24")
c("wt", "a", "body weight −2.98 kg", "−2.98 kg", "weight", -2.98, unit="kg", topic="inTandem3 placebo-adjusted weight change")
c("sbp", "a", "blood pressure −3.5 mm Hg", "−3.5", "pressure", -3.5, unit="mm Hg", topic="inTandem3 placebo-adjusted systolic BP")
c("sh3", "a", "Severe hypoglycaemia occurred in 3.0% and 2.4%", "3.0%", "percent", 3.0, unit="%", topic="inTandem3 severe hypoglycaemia, sotagliflozin")
c("sh0", "a", "Severe hypoglycaemia occurred in 3.0% and 2.4%", "2.4%", "percent", 2.4, unit="%", topic="inTandem3 severe hypoglycaemia, placebo")
DK3 = "and DKA in 3.0% (21 participants) and 0.6% (4 participants)"
c("dk3p", "a", DK3, "3.0%", "percent", 3.0, unit="%", topic="inTandem3 DKA, sotagliflozin")
c("dk3n", "a", DK3, "21", "count", 21, unit="participants", req=O, topic="inTandem3 DKA count, sotagliflozin")
c("dk3p0", "a", DK3, "0.6%", "percent", 0.6, unit="%", topic="inTandem3 DKA, placebo")
c("dk3n0", "a", DK3, "4", "count", 4, unit="participants", req=O, topic="inTandem3 DKA count, placebo")
c("1575", "a", "(N = 1575). Exposure", "1575", "count", 1575, unit="participants", topic="pooled inTandem1+2 N")
EA = "rates were 0.2, 3.1 and 4.2 events per 100 patient-years"
c("ea0", "a", EA, "0.2", "rate", 0.2, unit="events per 100 patient-years", topic="pooled DKA EAIR placebo")
c("ea2", "a", EA, "3.1", "rate", 3.1, unit="events per 100 patient-years", topic="pooled DKA EAIR 200 mg")
c("ea4", "a", EA, "4.2", "rate", 4.2, unit="events per 100 patient-years", topic="pooled DKA EAIR 400 mg")
c("237", "a", "present in 237 of the 1575", "237", "count", 237, unit="participants", topic="CKD participants inTandem1/2")
c("1575b", "a", "present in 237 of the 1575", "1575", "count", 1575, unit="participants", req=O, topic="pooled N (repeat)")
c("228", "a", "and in 228 inTandem3", "228", "count", 228, unit="participants", topic="CKD participants inTandem3")
HR = "outcome was 0.67 (95% CI, 0.53 to 0.85; P = 0.001)"
c("hr", "a", HR, "0.67", "ratio", 0.67, unit="hazard ratio", topic="SOLOIST-WHF primary outcome HR")
c("ci", "a", HR, "0.53 to 0.85", "ratio", 0.53, 0.85, unit="hazard ratio 95% CI", topic="SOLOIST-WHF HR CI")
c("php", "a", HR, "0.001", "pvalue", 0.001, unit="p", req=O, topic="p-value")
c("concl", "a", "HbA1c by roughly 0.3 to 0.5 percentage points", "0.3 to 0.5", "percentage_points", 0.3, 0.5, unit="pp", topic="A1C reduction summary across trials")

c("d699", "a", "participants to 400 mg (n = 699)", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("d263", "a", "n = 263 on 200 mg, n = 262 on 400 mg", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("d262", "a", "n = 262 on 400 mg", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("dpa2", "a", "percentage points with 200 mg and 400 mg", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("dpa4", "a", "percentage points with 200 mg and 400 mg", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("ddk2", "a", "participants on placebo, 200 mg and 400 mg", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("ddk4", "a", "participants on placebo, 200 mg and 400 mg", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("wk24b", "a", "HbA1c changes at week 24 were", "week 24", "duration", 24, unit="weeks", req=O, topic="timepoint")
c("per100", "a", "4.2 events per 100 patient-years", "100", "count", 100, unit="patient-years (rate denominator)", req=O, topic="unit denominator")
c("dea2", "a", "patient-years with placebo, 200 mg and 400 mg;", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("dea4", "a", "patient-years with placebo, 200 mg and 400 mg;", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")

# ---------------- sot04_explainer.txt (published 2024-11-12) ----------------
c("upd", "e", "Updated November 12, 2024", "November 12, 2024", "date", 2024, unit="year", req=O, topic="publication metadata")
c("thismo", "e", "the headlines this month", "this month", "date", 2024, unit="year", req=O, topic="vague news date")
c("daily", "e", "It is a once-a-day tablet", "once-a-day", "frequency", 1, unit="per day", req=O, topic="dosing frequency")
c("oct31", "e", "On Oct. 31, 2024, a panel", "Oct. 31, 2024", "date", 2024, unit="year", topic="2024 adcom date")
c("vag", "e", "Eleven members voted no", "Eleven", "count", 11, unit="votes", topic="2024 adcom votes against")
c("vfor", "e", "and four voted yes", "four", "count", 4, unit="votes", topic="2024 adcom votes for (PLANTED: real 3)")
c("pdufa", "e", "decide by Dec. 20.", "Dec. 20", "date", 2024, unit="year", topic="FDA action (PDUFA) date")
c("2019", "e", "turned down in 2019", "2019", "date", 2019, unit="year", topic="first CRL date")
c("29", "e", "about 29% of people", "29%", "percent", 29, unit="%", topic="inTandem3 primary endpoint, sotagliflozin (rounded)")
c("7a", "e", "an A1C under 7% without", "7%", "percent", 7, unit="%", req=O, topic="A1C threshold (definition)")
c("15", "e", "roughly 15% of people taking a placebo", "15%", "percent", 15, unit="%", topic="inTandem3 primary endpoint, placebo (rounded)")
c("half", "e", "by about half a percentage point more", "half a percentage point", "percentage_points", 0.5, unit="pp", topic="inTandem3 placebo-adjusted A1C (rounded)")
c("24w", "e", "than placebo after 24 weeks", "24 weeks", "duration", 24, unit="weeks", req=O, topic="timepoint")
c("3kg", "e", "more than 3 kilograms", "3 kilograms", "weight", 3, unit="kg", topic="inTandem3 placebo-adjusted weight loss (PLANTED: crosses 2.98)")
c("lb", "e", "(roughly 6.6 pounds)", "6.6 pounds", "weight", 6.6, unit="lb", req=O, topic="unit conversion of the above")
c("yl", "e", "In the year-long inTandem1", "year-long", "duration", 1, unit="years", req=O, topic="timepoint")
c("31", "e", "3.1% of people on the higher 400 mg dose", "3.1%", "percent", 3.1, unit="%", topic="inTandem1 DKA 400 mg, 52 weeks (PLANTED: 24-week topline figure)")
c("400", "e", "3.1% of people on the higher 400 mg dose", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("04", "e", "versus 0.4% on placebo", "0.4%", "percent", 0.4, unit="%", topic="inTandem1 DKA placebo, 52 weeks")
c("200", "e", "lower 200 mg dose the figure was 3.4%", "200 mg", "dose", 200, unit="mg", req=O, topic="arm label")
c("34", "e", "lower 200 mg dose the figure was 3.4%", "3.4%", "percent", 3.4, unit="%", topic="inTandem1 DKA 200 mg, 52 weeks")
c("dk3", "e", "it was 3.0% on the drug and 0.6% on placebo", "3.0%", "percent", 3.0, unit="%", topic="inTandem3 DKA, sotagliflozin")
c("dk30", "e", "it was 3.0% on the drug and 0.6% on placebo", "0.6%", "percent", 0.6, unit="%", topic="inTandem3 DKA, placebo")
c("3q", "e", "Isn't a 3% risk small?", "3%", "percent", 3, unit="%", req=O, topic="rhetorical rounded repeat")
HY = "used by, say, 100,000 people, a 3% rate would mean about 3,000 cases"
c("hy1", "e", HY, "100,000", "count", 100000, unit="people", req=O, topic="hypothetical")
c("hy2", "e", HY, "3%", "percent", 3, unit="%", req=O, topic="hypothetical")
c("hy3", "e", HY, "3,000", "count", 3000, unit="cases", req=O, topic="hypothetical")
c("qtr", "e", "only about a quarter of Americans", "a quarter", "percent", 25, unit="%", req=O, topic="share of T1D at A1C goal (word form of 26%)")
c("26", "e", "(26%, according", "26%", "percent", 26, unit="%", topic="share of T1D at A1C goal (Breakthrough T1D)")
c("7b", "e", "recommended A1C below 7%.", "7%", "percent", 7, unit="%", req=O, topic="A1C threshold (definition)")
c("150", "e", "enrolling about 150 adults", "150", "count", 150, unit="participants", topic="Breakthrough T1D-funded kidney trial size")
c("3y", "e", "follow them for three years", "three years", "duration", 3, unit="years", req=O, topic="kidney trial duration")

# ---------------- sot05_blog.txt (published 2025-01-08) ----------------
c("date", "b", "January 8, 2025 ·", "January 8, 2025", "date", 2025, unit="year", req=O, topic="publication metadata")
c("lastmo", "b", "Last month the FDA sent", "Last month", "date", 2024, unit="year", topic="second CRL date")
c("2019a", "b", "after the first one in 2019", "2019", "date", 2019, unit="year", topic="first CRL date")
c("oct", "b", "advisory committee in October was", "October", "date", 2024, unit="year", topic="2024 adcom date")
c("nov", "b", "and in November Lexicon said", "November", "date", 2024, unit="year", topic="restructuring announcement date")
c("40", "b", "cutting roughly 40% of its staff", "40%", "percent", 40, unit="%", topic="workforce cut share (PLANTED: real ~60%)")
c("dec20", "b", "finally landed on Dec. 20", "Dec. 20", "date", 2024, unit="year", topic="second CRL date")
c("13", "b", "shares slid about 13% to 62 cents", "13%", "percent", 13, unit="%", topic="share drop after CRL, after hours")
c("62c", "b", "shares slid about 13% to 62 cents", "62 cents", "money", 0.62, unit="USD", topic="share price after CRL, after hours")
c("1405", "b", "had 1,405 participants", "1,405", "count", 1405, unit="participants", topic="inTandem3 size (registry enrolment figure)")
c("24", "b", "ran for 24 weeks", "24 weeks", "duration", 24, unit="weeks", req=O, topic="trial duration")
c("400", "b", "sotagliflozin 400 mg lowered", "400 mg", "dose", 400, unit="mg", req=O, topic="arm label")
c("064", "b", "A1C by 0.64 percentage points", "0.64", "percentage_points", 0.64, unit="pp", topic="inTandem3 placebo-adjusted A1C (PLANTED: transposed 0.46)")
c("dk3", "b", "DKA hit 3.0% of people on the drug and 0.6% on placebo", "3.0%", "percent", 3.0, unit="%", topic="inTandem3 DKA, sotagliflozin")
c("dk30", "b", "DKA hit 3.0% of people on the drug and 0.6% on placebo", "0.6%", "percent", 0.6, unit="%", topic="inTandem3 DKA, placebo")
c("5x", "b", "roughly five times the rate", "five times", "ratio", 5, unit="x", topic="inTandem3 DKA relative risk")
c("yl", "b", "pooled year-long inTandem1", "year-long", "duration", 1, unit="years", req=O, topic="timepoint")
c("ea4", "b", "about 4 events per 100 patient-years", "4", "rate", 4, unit="events per 100 patient-years", topic="pooled DKA EAIR 400 mg (rounded)")
c("2019b", "b", "Back in 2019, the same committee", "2019", "date", 2019, unit="year", topic="2019 adcom date")
c("88for", "b", "deadlocked eight to eight", "eight", "count", 8, unit="votes", topic="2019 adcom votes for", nth=0)
c("88ag", "b", "deadlocked eight to eight", "eight", "count", 8, unit="votes", topic="2019 adcom votes against", nth=1)
c("5y", "b", "Five years later, with", "Five years", "duration", 5, unit="years", req=O, topic="aside")
c("1in50", "b", "If even one in 50 of my", "one in 50", "percent", 2, unit="%", req=O, topic="hypothetical in a quote")
c("2022", "b", "approved it in 2022.", "2022", "date", 2022, unit="year", topic="Inpefa approval date (PLANTED: real 2023)")
c("140", "b", "around $140 million in operating", "$140 million", "money", 140000000, unit="USD", topic="combined 2025 savings (August + November)")
c("thisyr", "b", "operating costs this year between", "this year", "date", 2025, unit="year", req=O, topic="savings year")
c("aug", "b", "its August realignment", "August", "date", 2024, unit="year", req=O, topic="earlier realignment date")
c("nov2", "b", "and the November cuts", "November", "date", 2024, unit="year", req=O, topic="restructuring date (repeat)")
c("3yr", "b", "funding a three-year trial", "three-year", "duration", 3, unit="years", req=O, topic="kidney trial duration")
c("2019c", "b", "as it was in 2019: do not", "2019", "date", 2019, unit="year", req=O, topic="aside")
c("rel2025", "b", "worth it in 2025?", "2025", "date", 2025, unit="year", req=O, topic="related-link title")
c("rel5", "b", "Five questions to ask", "Five", "count", 5, unit="questions", req=O, topic="related-link title")

c("per100", "b", "4 events per 100 patient-years", "100", "count", 100, unit="patient-years (rate denominator)", req=O, topic="unit denominator")

# ---------------- sot06_trade.txt (published 2024-11-25, a Monday) ----------------
c("hl60", "t", "cuts 60% of staff", "60%", "percent", 60, unit="%", req=O, topic="workforce cut share (headline repeat)")
c("date", "t", "November 25, 2024", "November 25, 2024", "date", 2024, unit="year", req=O, topic="publication metadata")
c("fri", "t", "said on Friday it", "Friday", "date", 2024, unit="year", topic="restructuring announcement date")
c("60", "t", "headcount by about\n60 percent", "60 percent", "percent", 60, unit="%", topic="workforce cut share")
c("dec31", "t", "effective by Dec. 31.", "Dec. 31", "date", 2024, unit="year", req=O, topic="layoff effective date")
c("dec20", "t", "decision date remains Dec. 20.", "Dec. 20", "date", 2024, unit="year", topic="FDA action (PDUFA) date")
c("y25a", "t", "lower 2025 operating costs", "2025", "date", 2025, unit="year", req=O, topic="savings year")
c("100m", "t", "$100 million. That", "$100 million", "money", 100000000, unit="USD", topic="2025 savings from November restructuring")
c("40m", "t", "$40 million in 2025 savings", "$40 million", "money", 40000000, unit="USD", topic="2025 savings from August realignment")
c("y25b", "t", "$40 million in 2025 savings", "2025", "date", 2025, unit="year", req=O, topic="savings year")
c("aug", "t", "flagged in August, when", "August", "date", 2024, unit="year", req=O, topic="earlier realignment date")
c("sev", "t", "of $9 million to $10.5 million", "$9 million to $10.5 million", "money", 9000000, 10500000, unit="USD", topic="severance charges")
c("vag", "t", "voted 11-3 last month", "11", "count", 11, unit="votes", topic="2024 adcom votes against")
c("vfor", "t", "voted 11-3 last month", "3", "count", 3, unit="votes", topic="2024 adcom votes for")
c("lastmo", "t", "voted 11-3 last month", "last month", "date", 2024, unit="year", topic="2024 adcom date")
c("387", "t", "Shares fell 38.7% at the open", "38.7%", "percent", 38.7, unit="%", topic="share drop after adcom, at open")
c("nextday", "t", "at the open the next day", "the next day", "date", 2024, unit="year", req=O, topic="date of share drop")
c("pt6", "t", "price target to $6 from $10", "$6", "money", 6, unit="USD", topic="analyst price target after vote")
c("pt10", "t", "price target to $6 from $10", "$10", "money", 10, unit="USD", topic="analyst price target before vote")
c("fri2", "t", "On Friday the\nstock", "Friday", "date", 2024, unit="year", req=O, topic="date of premarket drop (repeat)")
c("11pct", "t", "another 11% in premarket", "11%", "percent", 11, unit="%", topic="premarket share drop on restructuring day")
c("1204", "t", "the 1,204-patient inTandem3", "1,204", "count", 1204, unit="participants", topic="inTandem3 randomized (PLANTED: transposed 1,402)")
c("few", "t", "Only a few hundred participants", "a few hundred", "count", None, None, unit="participants", req=O, topic="CKD participants (vague)")
c("jan18", "t", "January 2018 the panel deadlocked", "January 2018", "date", 2018, unit="year", topic="2019 adcom date (PLANTED: real 2019)")
c("88for", "t", "deadlocked 8-8 on whether", "8", "count", 8, unit="votes", topic="2019 adcom votes for", nth=0)
c("88ag", "t", "deadlocked 8-8 on whether", "8", "count", 8, unit="votes", topic="2019 adcom votes against", nth=1)
c("july", "t", "In July, when the FDA", "July", "date", 2024, unit="year", req=O, topic="date the launch forecast was made")
c("early25", "t", "launch Zynquista in early 2025", "early 2025", "date", 2025, unit="year", topic="expected launch (forecast made July 2024)")
c("3prog", "t", "concentrate on three programs", "three", "count", 3, unit="programs", req=O, topic="pipeline count")
c("q1", "t", "first quarter of 2025;", "first quarter of 2025", "date", 2025, unit="year", req=O, topic="expected data readout")
c("5yon", "t", "type 1 diabetes, five years on", "five years", "duration", 5, unit="years", req=O, topic="related-link title")

# ---------------- sot07_factcheck.txt (published 2024-11-06, a Wednesday) ----------------
c("date", "f", "Morrow | November 6, 2024", "November 6, 2024", "date", 2024, unit="year", req=O, topic="publication metadata")
c("post11", "f", "panel \"voted 11-3 to approve\"", "11", "count", 11, unit="votes", req=O, topic="post's false tally: votes for (attributed)")
c("post3", "f", "panel \"voted 11-3 to approve\"", "3", "count", 3, unit="votes", req=O, topic="post's false tally: votes against (attributed)")
c("postjan", "f", "\"in pharmacies by January.\"", "January", "date", 2025, unit="year", req=O, topic="post's false launch date (attributed)")
c("40000", "f", "more than 40,000 times", "40,000", "count", 40000, unit="shares", topic="times the post was shared")
c("tue", "f", "X by Tuesday, flips", "Tuesday", "date", 2024, unit="year", req=O, topic="as-of date")
c("oct31", "f", "On Oct. 31, the FDA's", "Oct. 31", "date", 2024, unit="year", topic="2024 adcom date")
c("vfor", "f", "three members voted yes and 11 voted no", "three", "count", 3, unit="votes", topic="2024 adcom votes for")
c("vag", "f", "three members voted yes and 11 voted no", "11", "count", 11, unit="votes", topic="2024 adcom votes against")
c("mag", "f", "the 11-3 margin was real", "11", "count", 11, unit="votes", req=O, topic="2024 adcom votes against (repeat)")
c("mfor", "f", "the 11-3 margin was real", "3", "count", 3, unit="votes", req=O, topic="2024 adcom votes for (repeat)")
c("dec20", "f", "has set Dec. 20 as", "Dec. 20", "date", 2024, unit="year", topic="FDA action (PDUFA) date")
c("3tr", "f", "the largest of the three trials", "three", "count", 3, unit="trials", req=O, topic="number of inTandem trials")
c("dk3", "f", "DKA occurred in 3.0% of participants", "3.0%", "percent", 3.0, unit="%", topic="inTandem3 DKA, sotagliflozin")
c("dk30", "f", "and 0.6% of those on placebo over 24 weeks", "0.6%", "percent", 0.6, unit="%", topic="inTandem3 DKA, placebo")
c("24w", "f", "and 0.6% of those on placebo over 24 weeks", "24 weeks", "duration", 24, unit="weeks", req=O, topic="timepoint")
c("046", "f", "A1C fell 0.46 percentage points", "0.46", "percentage_points", 0.46, unit="pp", topic="inTandem3 placebo-adjusted A1C")
c("jan17", "f", "At a meeting on Jan. 17, 2019", "Jan. 17, 2019", "date", 2019, unit="year", topic="2019 adcom date")
c("88for", "f", "committee split 8-8 on an", "8", "count", 8, unit="votes", topic="2019 adcom votes for", nth=0)
c("88ag", "f", "committee split 8-8 on an", "8", "count", 8, unit="votes", topic="2019 adcom votes against", nth=1)
c("march", "f", "approve the drug that March.", "that March", "date", 2019, unit="year", topic="first CRL date")
c("may23", "f", "Since May 2023 it has", "May 2023", "date", 2023, unit="year", topic="Inpefa approval date")
c("2005", "f", "an injection cleared in 2005.", "2005", "date", 2005, unit="year", topic="Symlin (pramlintide) approval date")
c("third", "f", "lost more than a third of its value", "a third", "percent", 33.333333, unit="%", topic="share drop after adcom (Nov 1, full day)")
c("nov1", "f", "on Nov. 1, the first", "Nov. 1", "date", 2024, unit="year", topic="date of share drop")
c("oct31b", "f", "to its Oct. 31 statement", "Oct. 31", "date", 2024, unit="year", req=O, topic="statement date (repeat)")
c("rag", "f", "The panel voted 11-3 against it", "11", "count", 11, unit="votes", req=O, topic="2024 adcom votes against (ruling repeat)")
c("rfor", "f", "The panel voted 11-3 against it", "3", "count", 3, unit="votes", req=O, topic="2024 adcom votes for (ruling repeat)")
c("rjan", "f", "will be sold by January.", "January", "date", 2025, unit="year", req=O, topic="post's false launch date (restated)")
c("s1", "f", "meeting materials, Oct. 31, 2024;", "Oct. 31, 2024", "date", 2024, unit="year", req=O, topic="source list")
c("s2", "f", "press releases, July 16 and Oct. 31, 2024;", "July 16", "date", 2024, unit="year", req=O, topic="source list")
c("s3", "f", "press releases, July 16 and Oct. 31, 2024;", "Oct. 31, 2024", "date", 2024, unit="year", req=O, topic="source list")
c("s4", "f", "letters for Inpefa (2023)", "2023", "date", 2023, unit="year", req=O, topic="source list: Inpefa approval year")
c("s5", "f", "and Symlin (2005)", "2005", "date", 2005, unit="year", req=O, topic="source list: Symlin approval year")

# ---------------- conflicts ----------------
S, Q = "strict", "qualified"
def k(x):
    d, cid = x.split(":")
    return f"sot-{d}-{cid}"
conflicts = [
    # 1. 2024 adcom votes for: 3 (real) vs "four" (explainer)
    ("e:vfor", "w:vfor", S), ("e:vfor", "t:vfor", S), ("e:vfor", "f:vfor", S),
    ("e:vfor", "f:mfor", Q), ("e:vfor", "f:rfor", Q),
    # 2. inTandem1 size: 793 vs 782 (wire used inTandem2's size)
    ("w:782", "p:793", S), ("w:782", "a:793", S),
    # 3. inTandem1 52-week DKA on 400 mg: 4.2% vs 3.1% (24-week topline given as year-long)
    ("e:31", "w:42", S), ("e:31", "a:dk1p4", S),
    # 4. inTandem3 size: 1,402 vs 1,204 (transposition); 1,405 registry enrolment qualified
    ("t:1204", "p:1402", S), ("t:1204", "a:1402", S),
    ("b:1405", "p:1402", Q), ("b:1405", "a:1402", Q), ("b:1405", "t:1204", Q),
    # 5. inTandem3 placebo-adjusted A1C: 0.46 vs 0.64
    ("b:064", "a:046", S), ("b:064", "f:046", S),
    ("b:064", "e:half", Q), ("b:064", "a:concl", Q),
    # 6. inTandem3 placebo-adjusted weight: −2.98 kg vs "more than 3 kilograms"
    ("e:3kg", "a:wt", S),
    # 7. restructuring workforce cut: ~60% vs ~40%
    ("b:40", "t:60", S), ("b:40", "t:hl60", Q),
    # 8. Inpefa approval year: 2023 vs 2022
    ("b:2022", "w:may23", S), ("b:2022", "f:may23", S), ("b:2022", "f:s4", Q),
    # 9. 2019 adcom year: 2019 vs January 2018
    ("t:jan18", "w:jan19", S), ("t:jan18", "b:2019b", S), ("t:jan18", "f:jan17", S),
    # qualified: share of T1D adults at A1C goal, company vs Breakthrough T1D
    ("p:1in5", "e:26", Q), ("p:1in5", "e:qtr", Q),
]

ids = {x["id"] for x in claims}
assert len(ids) == len(claims), "duplicate claim id"
docs = {x["id"]: x["doc"] for x in claims}
rows = []
for a, b, g in conflicts:
    a, b = k(a), k(b)
    assert a in ids and b in ids, (a, b)
    assert docs[a] != docs[b], (a, b)
    rows.append({"type": "conflict", "a": a, "b": b, "grade": g})

# sanity: spans do not overlap within a doc
bydoc = {}
for x in claims:
    bydoc.setdefault(x["doc"], []).append((x["start"], x["end"], x["id"]))
for d, lst in bydoc.items():
    lst.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(lst, lst[1:]):
        assert e1 <= s2, f"overlap {i1} {i2}"

with open(OUT, "w", encoding="utf-8") as f:
    for x in claims + rows:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
req = sum(1 for x in claims if x["required"])
print(f"claims {len(claims)} (required {req}, optional {len(claims)-req}); "
      f"conflicts {len(rows)} (strict {sum(r['grade']=='strict' for r in rows)}, "
      f"qualified {sum(r['grade']=='qualified' for r in rows)})")
