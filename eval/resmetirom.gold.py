#!/usr/bin/env python3
"""Build resmetirom.gold.jsonl: find each claim span by a unique context in its article.

Context notation: "before [[span]] after". Any run of whitespace in the context
matches any run of whitespace in the article (the trade story has hard line breaks).
Each context must occur exactly once; each span's text is checked against the slice.
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCDIR = HERE / "resmetirom"
OUT = HERE / "resmetirom.gold.jsonl"
TOPIC = "resmetirom"

def pat(ctx):
    m = re.fullmatch(r"(.*)\[\[(.*)\]\](.*)", ctx, re.S)
    assert m, ctx
    def rx(s):
        parts = re.split(r"\s+", s)
        return r"\s+".join(re.escape(p) for p in parts)
    b, s, a = m.groups()
    # keep boundary whitespace semantics: leading/trailing spaces of pieces are whitespace runs
    return re.compile(rx(b) + "(" + rx(s) + ")" + rx(a))

CLAIMS = []
def C(cid, doc, ctx, kind, low, high=None, unit="", req=True, topic=""):
    if high is None:
        high = low
    CLAIMS.append(dict(id="res-" + cid, doc=doc, ctx=ctx, kind=kind, low=low, high=high,
                       unit=unit, required=req, topic=topic))

W, P, A, E, B, T, F = ("res01_wire.txt", "res02_press.txt", "res03_abstract.txt",
                       "res04_explainer.txt", "res05_blog.txt", "res06_trade.txt",
                       "res07_factcheck.txt")
Y = "year"
# ---------------- res01 wire (2024-03-14) ----------------
C("01-dateline", W, "WASHINGTON, [[March 14]] (Meridian", "date", 2024, unit=Y, req=False, topic="dateline")
C("01-thu", W, "on [[Thursday]] granted", "date", 2024, unit=Y, topic="fda accelerated approval date")
C("01-price", W, "cost of [[$47,400]] a year", "money", 47400, unit="USD", topic="list price per year (WAC)")
C("01-launch", W, "pharmacies [[next month]].", "date", 2024, unit=Y, topic="us launch date")
C("01-shr", W, "rose [[28%]] to", "percent", 28, unit="%", topic="share price rise premarket on approval day")
C("01-shp", W, "to [[$311.75]] in premarket", "money", 311.75, unit="USD", topic="share price premarket")
C("01-52wk", W, "a [[52-week]] analysis", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("01-n", W, "in which [[966]] patients", "count", 966, unit="patients", topic="maestro-nash primary analysis population")
C("01-ndose", W, "one of [[two]] doses", "count", 2, unit="doses", req=False, topic="number of doses")
C("01-res80", W, "in about [[26%]] of patients", "percent", 26, unit="%", topic="nash resolution 80 mg wk52")
C("01-80mg", W, "on the [[80 milligram]] dose", "dose", 80, unit="mg", req=False, topic="arm label")
C("01-res100", W, "and [[30%]] of those on the higher dose", "percent", 30, unit="%", topic="nash resolution 100 mg wk52")
C("01-respbo", W, "compared with [[10%]] of placebo", "percent", 10, unit="%", topic="nash resolution placebo wk52")
C("01-1stage", W, "by at least [[one]] stage in 24%", "count", 1, unit="stage", req=False, topic="endpoint definition")
C("01-fib80", W, "stage in [[24%]] and 26%", "percent", 24, unit="%", topic="fibrosis improvement 80 mg wk52")
C("01-fib100", W, "in 24% and [[26%]] of the two", "percent", 26, unit="%", topic="fibrosis improvement 100 mg wk52")
C("01-2grp", W, "of the [[two]] resmetirom groups", "count", 2, unit="groups", req=False, topic="number of arms")
C("01-fibpbo", W, "against [[14%]] for placebo", "percent", 14, unit="%", topic="fibrosis improvement placebo wk52")
C("01-54mo", W, "for up to [[54 months]]", "duration", 54, unit="months", topic="maestro-nash total follow-up")
C("01-pop", W, "roughly [[6 million to 8 million]] people", "count", 6e6, 8e6, unit="people", topic="us nash f2-f3 prevalence (fda estimate)")
C("01-315k", W, "about [[315,000]] patients", "count", 315000, unit="patients", topic="initial target: f2-f3 patients under specialist care")
C("01-kg", W, "less than [[100 kilograms]] take", "weight", 100, unit="kg", topic="dose weight threshold")
C("01-d80", W, "take [[80 mg]] once a day", "dose", 80, unit="mg", topic="dose below 100 kg")
C("01-d100", W, "heavier patients take [[100 mg]].", "dose", 100, unit="mg", topic="dose at/above 100 kg")
C("01-quote", W, "only [[a quarter to a third]] of patients", "percent", 25, 100/3, unit="%", req=False, topic="quoted responder share (vague)")
C("01-lt1y", W, "comes [[less than a year]] after", "duration", 1, unit="years", req=False, topic="time since oca panel")
C("01-oca-maj", W, "voted [[15]]-1 in May", "count", 15, unit="votes", topic="fda adcom oca vote: majority (defer / against accelerated approval)")
C("01-oca-min", W, "voted 15-[[1]] in May", "count", 1, unit="votes", topic="fda adcom oca vote: minority")
C("01-ocadate", W, "in [[May last year]] against", "date", 2023, unit=Y, topic="fda adcom on obeticholic acid date")
C("01-icer-yr", W, "said [[last year]] that resmetirom", "date", 2023, unit=Y, req=False, topic="icer report date")
C("01-icer-px", W, "cost-effective at [[$39,600 to $50,100]] a year", "money", 39600, 50100, unit="USD", topic="icer health-benefit price benchmark per year")
C("01-icer-for", W, "voted [[8]]-7 that", "count", 8, unit="votes", topic="icer panel: resmetirom evidence adequate (yes)")
C("01-icer-ag", W, "voted 8-[[7]] that", "count", 7, unit="votes", topic="icer panel: resmetirom evidence adequate (no)")

# ---------------- res02 press release (2025-08-05) ----------------
C("02-t-yr", P, "Reports Second-Quarter [[2025]] Financial", "date", 2025, unit=Y, req=False, topic="reporting period")
C("02-h-yr", P, "- Second-quarter [[2025]] Rezdiffra", "date", 2025, unit=Y, req=False, topic="reporting period")
C("02-h-sales", P, "(resmetirom) net sales of [[$212.8 million]]", "money", 212.8e6, unit="USD", topic="q2 2025 net sales")
C("02-h-pts", P, "More than [[23,000]] patients on Rezdiffra as of", "count", 23000, unit="patients", topic="patients on therapy 2025-06-30")
C("02-h-asof", P, "as of [[June 30, 2025]] - New", "date", 2025, unit=Y, req=False, topic="as-of date")
C("02-h-pat", P, "Rezdiffra to [[February 2045]]", "date", 2045, unit=Y, topic="us patent protection end")
C("02-h-chmp", P, "opinion received in [[June]];", "date", 2025, unit=Y, topic="chmp positive opinion date")
C("02-h-ec", P, "decision expected [[this month]]", "date", 2025, unit=Y, topic="ec decision expected")
C("02-dl", P, "CONSHOHOCKEN, Pa., [[Aug. 5, 2025]] --", "date", 2025, unit=Y, req=False, topic="dateline")
C("02-qe", P, "quarter ended [[June 30, 2025]] and", "date", 2025, unit=Y, req=False, topic="quarter end")
C("02-s-yr", P, "Second-Quarter [[2025]] Financial Results - Rezdiffra net sales were", "date", 2025, unit=Y, req=False, topic="section heading period")
C("02-b-sales", P, "net sales were [[$212.8 million]], compared", "money", 212.8e6, unit="USD", req=False, topic="q2 2025 net sales (repeat)")
C("02-q224", P, "compared with [[$14.6 million]] in the", "money", 14.6e6, unit="USD", topic="q2 2024 net sales")
C("02-q224d", P, "second quarter of [[2024]], the first", "date", 2024, unit=Y, req=False, topic="period")
C("02-q125d", P, "first quarter of [[2025]] were", "date", 2025, unit=Y, req=False, topic="period")
C("02-q125", P, "were [[$137.3 million]]", "money", 137.3e6, unit="USD", topic="q1 2025 net sales")
C("02-rd", P, "expenses were [[$54.1 million]]", "money", 54.1e6, unit="USD", topic="q2 2025 r&d expense")
C("02-sga", P, "expenses were [[$196.9 million]]", "money", 196.9e6, unit="USD", topic="q2 2025 sg&a expense")
C("02-cash", P, "totaled [[$802.0 million]]", "money", 802.0e6, unit="USD", topic="cash 2025-06-30")
C("02-cashd", P, "as of [[June 30, 2025]]. In July", "date", 2025, unit=Y, req=False, topic="as-of date")
C("02-july", P, "In [[July]], Madrigal secured", "date", 2025, unit=Y, req=False, topic="credit facility date")
C("02-credit", P, "up to [[$500 million]] in senior", "money", 500e6, unit="USD", topic="credit facility size")
C("02-appr", P, "Administration in [[March 2024]] as the first", "date", 2024, unit=Y, topic="fda accelerated approval date")
C("02-b-pts", P, "quarter-end, more than [[23,000]] patients", "count", 23000, unit="patients", req=False, topic="patients on therapy (repeat)")
C("02-315k", P, "approximately [[315,000]] patients", "count", 315000, unit="patients", topic="target f2-f3 patients under specialist care")
C("02-52wk", P, "In the [[52-week]] biopsy", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("02-n", P, "analysis of [[966]] patients", "count", 966, unit="patients", topic="maestro-nash primary analysis population")
C("02-res80", P, "achieved by [[25.9%]] of patients on Rezdiffra 80 mg", "percent", 25.9, unit="%", topic="nash resolution 80 mg wk52")
C("02-80mg", P, "on Rezdiffra [[80 mg]] and 29.9%", "dose", 80, unit="mg", req=False, topic="arm label")
C("02-res100", P, "and [[29.9%]] on Rezdiffra 100 mg", "percent", 29.9, unit="%", topic="nash resolution 100 mg wk52")
C("02-100mg", P, "on Rezdiffra [[100 mg]], versus", "dose", 100, unit="mg", req=False, topic="arm label")
C("02-respbo", P, "versus [[9.7%]] on placebo", "percent", 9.7, unit="%", topic="nash resolution placebo wk52")
C("02-1stage", P, "of at least [[one]] stage with", "count", 1, unit="stage", req=False, topic="endpoint definition")
C("02-fib80", P, "achieved by [[24.2%]] and 25.9%, respectively", "percent", 24.2, unit="%", topic="fibrosis improvement 80 mg wk52")
C("02-fib100", P, "24.2% and [[25.9%]], respectively", "percent", 25.9, unit="%", topic="fibrosis improvement 100 mg wk52")
C("02-fibpbo", P, "versus [[14.2%]] on placebo", "percent", 14.2, unit="%", topic="fibrosis improvement placebo wk52")
C("02-p", P, "([[P<0.001]] for all", "pvalue", 0.001, unit="p", req=False, topic="p-value")
C("02-b-chmp", P, "In [[June]], the Committee", "date", 2025, unit=Y, req=False, topic="chmp opinion date (repeat)")
C("02-b-ec", P, "is expected in [[August]].", "date", 2025, unit=Y, req=False, topic="ec decision expected (repeat)")
C("02-eu-pop", P, "approximately [[370,000]] patients in Europe", "count", 370000, unit="patients", topic="europe diagnosed f2-f3 mash")
C("02-de", P, "in Germany [[later this year]]", "date", 2025, unit=Y, topic="germany launch planned")
C("02-2yr", P, "- [[Two-year]] data", "duration", 2, unit="years", req=False, topic="f4c follow-up")
C("02-f4c-pct", P, "showed that [[51%]] of 122", "percent", 51, unit="%", topic="f4c: share with >=25% liver stiffness improvement at 2 years")
C("02-f4c-n", P, "51% of [[122]] patients", "count", 122, unit="patients", topic="f4c open-label arm size")
C("02-f4c-thr", P, "at least [[25%]] in liver stiffness", "percent", 25, unit="%", req=False, topic="response threshold")
C("02-out", P, "data are expected in [[2027]]", "date", 2027, unit=Y, topic="maestro-nash outcomes data expected")
C("02-deal", P, "worth up to [[$2 billion]]", "money", 2e9, unit="USD", topic="glp-1 licensing deal value")
C("02-glp1", P, "first half of [[2026]]", "date", 2026, unit=Y, topic="glp-1 candidate clinical start")
C("02-pat2", P, "runs to [[February 4, 2045]]", "date", 2045, unit=Y, req=False, topic="patent expiry (repeat)")

# ---------------- res03 abstract (2024-04-23) ----------------
C("03-t52", A, "liver fibrosis: [[52-week]] histological", "duration", 52, unit="weeks", req=False, topic="timepoint (title)")
C("03-52nafld", A, "in the [[52-week]] MAESTRO-NAFLD-1", "duration", 52, unit="weeks", req=False, topic="other trial duration")
C("03-sites", A, "trial at [[245]] sites", "count", 245, unit="sites", topic="maestro-nash sites")
C("03-ctry", A, "sites in [[15]] countries", "count", 15, unit="countries", topic="maestro-nash countries")
C("03-enr1", A, "ran from [[March 2019]] to", "date", 2019, unit=Y, topic="enrollment start")
C("03-enr2", A, "to [[July 2021]].", "date", 2021, unit=Y, topic="enrollment end")
C("03-nas4", A, "[NAS] [[≥4]])", "score", 4, unit="points", req=False, topic="eligibility threshold")
C("03-ratio", A, "randomized [[1:1:1]] to", "ratio", 1, unit="ratio", req=False, topic="allocation ratio")
C("03-d80", A, "once-daily resmetirom [[80 mg]], resmetirom", "dose", 80, unit="mg", topic="dose arm tested")
C("03-d100", A, "resmetirom [[100 mg]] or placebo", "dose", 100, unit="mg", topic="dose arm tested")
C("03-wk52a", A, "end points at [[week 52]]:", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("03-nas2", A, "NAS of [[≥2 points]]", "score", 2, unit="points", req=False, topic="endpoint definition")
C("03-1st-a", A, "fibrosis by [[≥1 stage]] with", "count", 1, unit="stage", req=False, topic="endpoint definition")
C("03-wk24a", A, "baseline to [[week 24]].", "duration", 24, unit="weeks", req=False, topic="timepoint")
C("03-54mo", A, "continues for [[54 months]]", "duration", 54, unit="months", topic="maestro-nash total follow-up")
C("03-N", A, "N = [[966]] patients", "count", 966, unit="patients", topic="maestro-nash primary analysis population")
C("03-n80", A, "n=[[322]];", "count", 322, unit="patients", topic="80 mg arm n")
C("03-n100", A, "n=[[323]];", "count", 323, unit="patients", topic="100 mg arm n")
C("03-npbo", A, "n=[[321]])", "count", 321, unit="patients", topic="placebo arm n")
C("03-res80", A, "NASH resolution: [[25.9%]] (80 mg)", "percent", 25.9, unit="%", topic="nash resolution 80 mg wk52")
C("03-res100", A, "and [[29.9%]] (100 mg) vs 9.7%", "percent", 29.9, unit="%", topic="nash resolution 100 mg wk52")
C("03-respbo", A, "vs [[9.7%]] (placebo); difference 16.2", "percent", 9.7, unit="%", topic="nash resolution placebo wk52")
C("03-resd80", A, "difference [[16.2]] (95% CI", "difference", 16.2, unit="percentage points", topic="nash resolution diff 80 mg")
C("03-resci80", A, "CI, [[10.4 to 22.0]])", "difference", 10.4, 22.0, unit="percentage points", topic="95% ci nash resolution diff 80 mg")
C("03-resd100", A, "and [[20.2]] (95% CI", "difference", 20.2, unit="percentage points", topic="nash resolution diff 100 mg")
C("03-resci100", A, "CI, [[14.2 to 26.2]])", "difference", 14.2, 26.2, unit="percentage points", topic="95% ci nash resolution diff 100 mg")
C("03-p1", A, "26.2); [[P<0.001]] for both", "pvalue", 0.001, unit="p", req=False, topic="p-value")
C("03-1st-b", A, "Fibrosis improvement by [[≥1 stage]]:", "count", 1, unit="stage", req=False, topic="endpoint definition")
C("03-fib80", A, "stage: [[24.2%]] (80 mg)", "percent", 24.2, unit="%", topic="fibrosis improvement 80 mg wk52")
C("03-fib100", A, "(80 mg) and [[25.9%]] (100 mg) vs 14.2%", "percent", 25.9, unit="%", topic="fibrosis improvement 100 mg wk52")
C("03-fibpbo", A, "vs [[14.2%]] (placebo); difference 10.0", "percent", 14.2, unit="%", topic="fibrosis improvement placebo wk52")
C("03-fibd80", A, "difference [[10.0]] (95% CI", "difference", 10.0, unit="percentage points", topic="fibrosis diff 80 mg")
C("03-fibci80", A, "CI, [[4.0 to 16.0]])", "difference", 4.0, 16.0, unit="percentage points", topic="95% ci fibrosis diff 80 mg")
C("03-fibd100", A, "and [[11.7]] (95% CI", "difference", 11.7, unit="percentage points", topic="fibrosis diff 100 mg")
C("03-fibci100", A, "CI, [[5.6 to 17.8]])", "difference", 5.6, 17.8, unit="percentage points", topic="95% ci fibrosis diff 100 mg")
C("03-p2", A, "17.8); [[P<0.001]] for both", "pvalue", 0.001, unit="p", req=False, topic="p-value")
C("03-wk24b", A, "LDL cholesterol at [[week 24]]:", "duration", 24, unit="weeks", req=False, topic="timepoint")
C("03-ldl80", A, "[[−13.6%]] (80 mg)", "percent", -13.6, unit="%", topic="ldl-c change wk24 80 mg")
C("03-ldl100", A, "[[−16.3%]] (100 mg)", "percent", -16.3, unit="%", topic="ldl-c change wk24 100 mg")
C("03-ldlpbo", A, "vs [[+0.1%]] (placebo)", "percent", 0.1, unit="%", topic="ldl-c change wk24 placebo")
C("03-p3", A, "(placebo); [[P<0.001]]. •", "pvalue", 0.001, unit="p", req=False, topic="p-value")
C("03-sae80", A, "occurred in [[10.9%]] (80 mg)", "percent", 10.9, unit="%", topic="serious adverse events 80 mg")
C("03-sae100", A, "[[12.7%]] (100 mg) and", "percent", 12.7, unit="%", topic="serious adverse events 100 mg")
C("03-saepbo", A, "and [[11.5%]] (placebo) of patients", "percent", 11.5, unit="%", topic="serious adverse events placebo")
C("03-wk52b", A, "end points at [[week 52]], with", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("03-1in10", A, "roughly [[one patient in ten]]", "percent", 10, unit="%", req=False, topic="placebo nash resolution (restated)")

C("03-a80n", A, "patients ([[80 mg]], n=322", "dose", 80, unit="mg", req=False, topic="arm label")
C("03-a100n", A, "n=322; [[100 mg]], n=323", "dose", 100, unit="mg", req=False, topic="arm label")
C("03-a80r", A, "25.9% ([[80 mg]]) and 29.9%", "dose", 80, unit="mg", req=False, topic="arm label")
C("03-a100r", A, "29.9% ([[100 mg]]) vs 9.7%", "dose", 100, unit="mg", req=False, topic="arm label")
C("03-a80f", A, "24.2% ([[80 mg]]) and 25.9%", "dose", 80, unit="mg", req=False, topic="arm label")
C("03-a100f", A, "25.9% ([[100 mg]]) vs 14.2%", "dose", 100, unit="mg", req=False, topic="arm label")
C("03-a80l", A, "−13.6% ([[80 mg]])", "dose", 80, unit="mg", req=False, topic="arm label")
C("03-a100l", A, "−16.3% ([[100 mg]])", "dose", 100, unit="mg", req=False, topic="arm label")
C("03-a80s", A, "10.9% ([[80 mg]])", "dose", 80, unit="mg", req=False, topic="arm label")
C("03-a100s", A, "12.7% ([[100 mg]])", "dose", 100, unit="mg", req=False, topic="arm label")
C("03-a100c", A, "establish that [[100 mg]] is better", "dose", 100, unit="mg", req=False, topic="dose mention (comment)")
C("03-a80c", A, "better than [[80 mg]].", "dose", 80, unit="mg", req=False, topic="dose mention (comment)")
C("03-2dose", A, "for the [[two]] doses overlap", "count", 2, unit="doses", req=False, topic="number of doses")

# ---------------- res04 explainer (2025-02-10) ----------------
C("04-pop", E, "estimates that [[6 million to 8 million]] Americans", "count", 6e6, 8e6, unit="people", topic="us nash f2-f3 prevalence (fda estimate)")
C("04-appr", E, "approved it in [[March 2023]] under", "date", 2023, unit=Y, topic="fda accelerated approval date")
C("04-kg", E, "less than [[100 kg]] (about", "weight", 100, unit="kg", topic="dose weight threshold")
C("04-lb", E, "(about [[220 pounds]])", "weight", 220, unit="lb", req=False, topic="threshold conversion")
C("04-d80", E, "the usual dose is [[80 mg]].", "dose", 80, unit="mg", topic="dose below 100 kg")
C("04-kg2", E, "If you weigh [[100 kg]] or more", "weight", 100, unit="kg", req=False, topic="dose weight threshold (repeat)")
C("04-d100", E, "the usual dose is [[100 mg]].", "dose", 100, unit="mg", topic="dose at/above 100 kg")
C("04-d60", E, "lower the dose to [[60 mg]]", "dose", 60, unit="mg", topic="dose with moderate cyp2c8 inhibitor (<100 kg)")
C("04-d80c", E, "(or to [[80 mg]] for people", "dose", 80, unit="mg", topic="dose with moderate cyp2c8 inhibitor (>=100 kg)")
C("04-st20", E, "no more than [[20 mg]] a day", "dose", 20, unit="mg", topic="statin cap rosuvastatin/simvastatin")
C("04-st40", E, "no more than [[40 mg]] a day", "dose", 40, unit="mg", topic="statin cap atorvastatin/pravastatin")
C("04-52wk", E, "after [[52 weeks]] MASH", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("04-res", E, "in about [[26% to 30%]] of people", "percent", 26, 30, unit="%", topic="nash resolution, drug (both doses) wk52")
C("04-respbo", E, "compared with about [[10%]] of people taking a placebo", "percent", 10, unit="%", topic="nash resolution placebo wk52")
C("04-1stage", E, "by at least [[one]] stage in 24%", "count", 1, unit="stage", req=False, topic="endpoint definition")
C("04-fib80", E, "stage in [[24%]] of people", "percent", 24, unit="%", topic="fibrosis improvement 80 mg wk52")
C("04-80mg", E, "on the [[80 mg]] dose and 25%", "dose", 80, unit="mg", req=False, topic="arm label")
C("04-fib100", E, "dose and [[25%]] of people on the 100 mg", "percent", 25, unit="%", topic="fibrosis improvement 100 mg wk52")
C("04-100mg", E, "people on the [[100 mg]] dose, compared with 14% on placebo", "dose", 100, unit="mg", req=False, topic="arm label")
C("04-fibpbo", E, "compared with [[14%]] on placebo", "percent", 14, unit="%", topic="fibrosis improvement placebo wk52")
C("04-1in4", E, "roughly [[one in four]] people", "percent", 25, unit="%", req=False, topic="fibrosis improvement, drug (restated)")
C("04-ayear", E, "scarring after [[a year]].", "duration", 1, unit="years", req=False, topic="timepoint")
C("04-dia100", E, "about [[33 cases per 100 patient-years]]", "rate", 33, unit="per 100 patient-years", topic="diarrhea rate 100 mg (label, exposure-adjusted)")
C("04-dia100mg", E, "patient-years on the [[100 mg]] dose, compared with 14", "dose", 100, unit="mg", req=False, topic="arm label")
C("04-diapbo", E, "compared with [[14]] on placebo", "rate", 14, unit="per 100 patient-years", topic="diarrhea rate placebo (label)")
C("04-nau80", E, "nausea at about [[18 per 100 patient-years]]", "rate", 18, unit="per 100 patient-years", topic="nausea rate 80 mg (label)")
C("04-nau80mg", E, "on the [[80 mg]] dose. Rarely", "dose", 80, unit="mg", req=False, topic="arm label")
C("04-one", E, "seen in [[one]] patient", "count", 1, unit="patients", req=False, topic="hepatotoxicity cases in trials")
C("04-price", E, "list price is [[$47,400]] a year", "money", 47400, unit="USD", topic="list price per year")
C("04-month", E, "roughly [[$3,950]] a month", "money", 3950, unit="USD", topic="list price per month")
C("04-fall", E, "By [[last fall]], Madrigal", "date", 2024, unit=Y, req=False, topic="as-of date")
C("04-cov", E, "more than [[80%]] of people with commercial", "percent", 80, unit="%", topic="commercial lives with coverage")
C("04-q80", E, "range for the [[80 mg]] or", "dose", 80, unit="mg", req=False, topic="dose mention in question list")
C("04-q100", E, "or the [[100 mg]] dose?", "dose", 100, unit="mg", req=False, topic="dose mention in question list")

# ---------------- res05 blog (2025-11-12) ----------------
C("05-6q", B, "[[Six quarters]] in:", "duration", 6, unit="quarters", req=False, topic="time on market (headline)")
C("05-lastwk", B, "numbers [[last week]],", "date", 2025, unit=Y, req=False, topic="q3 report date")
C("05-q325", B, "eye-catching: [[$287.3 million]]", "money", 287.3e6, unit="USD", topic="q3 2025 net sales")
C("05-runrate", B, "more than [[$1 billion]] a year", "money", 1e9, unit="USD", topic="annualized sales pace")
C("05-pts", B, "More than [[29,500]] patients", "count", 29500, unit="patients", topic="patients on therapy end sept 2025")
C("05-sep", B, "at the end of [[September]],", "date", 2025, unit=Y, req=False, topic="as-of date")
C("05-hcp", B, "over [[10,000]] clinicians", "count", 10000, unit="prescribers", topic="prescribers to date")
C("05-q324", B, "brought in [[$62.2 million]]", "money", 62.2e6, unit="USD", topic="q3 2024 net sales")
C("05-q324d", B, "third quarter of [[2024]].", "date", 2024, unit=Y, req=False, topic="period")
C("05-fy24d", B, "Full-year [[2024]] sales", "date", 2024, unit=Y, req=False, topic="period")
C("05-fy24", B, "came to [[$177 million]]", "money", 177e6, unit="USD", topic="fy2024 net sales")
C("05-12mo", B, "the first [[12 months]] on the market", "duration", 12, unit="months", req=False, topic="window")
C("05-apr24", B, "market, [[April 2024]] through", "date", 2024, unit=Y, req=False, topic="window start (launch)")
C("05-mar25", B, "through [[March 2025]],", "date", 2025, unit=Y, req=False, topic="window end")
C("05-317", B, "roughly [[$317 million]]", "money", 317e6, unit="USD", topic="net sales first 12 months on market")
C("05-11800", B, "about [[11,800]] people", "count", 11800, unit="patients", topic="patients on therapy end 2024")
C("05-end24", B, "at the end of [[2024]], and", "date", 2024, unit=Y, req=False, topic="as-of date")
C("05-doubled", B, "more than [[doubled]] since", "ratio", 2, unit="x", req=False, topic="growth since end 2024")
C("05-appr", B, "accelerated approval in [[March of last year]]", "date", 2024, unit=Y, topic="fda accelerated approval date")
C("05-res80", B, "In that trial, [[29.9%]] of patients", "percent", 29.9, unit="%", topic="nash resolution 80 mg wk52")
C("05-80mg", B, "taking the [[80 mg]] dose", "dose", 80, unit="mg", req=False, topic="arm label")
C("05-respbo", B, "against [[9.7%]] on placebo", "percent", 9.7, unit="%", topic="nash resolution placebo wk52")
C("05-wk52", B, "Those are [[week-52]] biopsy", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("05-couple", B, "still [[a couple of years]] away", "duration", None, None, unit="years", req=False, topic="time to outcomes data (vague)")
C("05-icer-for", B, "voted [[9]]-6 that", "count", 9, unit="votes", topic="icer panel: resmetirom evidence adequate (yes)")
C("05-icer-ag", B, "voted 9-[[6]] that", "count", 6, unit="votes", topic="icer panel: resmetirom evidence adequate (no)")
C("05-oca-maj", B, "voted [[14]]-1 that", "count", 14, unit="votes", topic="icer panel oca vote: majority (inadequate)")
C("05-oca-min", B, "voted 14-[[1]] that", "count", 1, unit="votes", topic="icer panel oca vote: minority")
C("05-2ep", B, "past [[two]] biopsy end points", "count", 2, unit="endpoints", req=False, topic="aside")
C("05-ec", B, "conditional approval in [[August]],", "date", 2025, unit=Y, topic="ec conditional approval date")
C("05-917", B, "leaned on [[917]] patients", "count", 917, unit="patients", topic="ema assessment population (f2-f3 subset)")
C("05-fib100", B, "improved in [[29%]] of patients on 100 mg", "percent", 29, unit="%", topic="fibrosis improvement 100 mg wk52 (f2-f3 subset)")
C("05-100mg", B, "patients on [[100 mg]] versus 17%", "dose", 100, unit="mg", req=False, topic="arm label")
C("05-fibpbo", B, "versus [[17%]] on placebo", "percent", 17, unit="%", topic="fibrosis improvement placebo wk52 (f2-f3 subset)")
C("05-wegovy", B, "On [[August 15]] the FDA", "date", 2025, unit=Y, topic="wegovy mash accelerated approval date")
C("05-kg", B, "patients under [[100 kg]] start", "weight", 100, unit="kg", topic="dose weight threshold")
C("05-d80", B, "start on [[80 mg]] and", "dose", 80, unit="mg", topic="dose below 100 kg")
C("05-d100", B, "everyone else on [[100 mg]].", "dose", 100, unit="mg", topic="dose at/above 100 kg")
C("05-3mo", B, "again at [[three months]]", "duration", 3, unit="months", req=False, topic="clinic practice")
C("05-ayear", B, "scan after [[a year]].", "duration", 1, unit="years", req=False, topic="clinic practice")

# ---------------- res06 trade (2025-01-14; hard-wrapped) ----------------
C("06-h-yr", T, "pegs [[2024]] Rezdiffra", "date", 2024, unit=Y, req=False, topic="period (headline)")
C("06-h-180", T, "up to [[$180 million]] as patient", "money", 180e6, unit="USD", req=False, topic="fy2024 net sales upper bound (headline)")
C("06-h-11800", T, "count tops [[11,800]]", "count", 11800, unit="patients", req=False, topic="patients end 2024 (headline)")
C("06-mon", T, "said on [[Monday]] it expects", "date", 2025, unit=Y, req=False, topic="announcement date")
C("06-q4", T, "Rezdiffra of [[$100 million to $103 million]],", "money", 100e6, 103e6, unit="USD", topic="q4 2024 net sales (preliminary)")
C("06-fyd", T, "full-year [[2024]] sales at", "date", 2024, unit=Y, req=False, topic="period")
C("06-fy", T, "sales at [[$177 million to $180 million]],", "money", 177e6, 180e6, unit="USD", topic="fy2024 net sales (preliminary)")
C("06-11800", T, "More than [[11,800]] patients were", "count", 11800, unit="patients", topic="patients on therapy end 2024")
C("06-cash", T, "about [[$931 million]] in cash", "money", 931e6, unit="USD", topic="cash end 2024")
C("06-q3", T, "compares with [[$26.2 million]] in the third", "money", 26.2e6, unit="USD", topic="q3 2024 net sales")
C("06-q2", T, "and [[$14.6 million]] in the second", "money", 14.6e6, unit="USD", topic="q2 2024 net sales")
C("06-launch", T, "after its launch [[last April]].", "date", 2024, unit=Y, topic="us launch date")
C("06-60", T, "About [[60%]] of the roughly", "percent", 60, unit="%", topic="share of target prescribers who prescribed, end 2024")
C("06-6000", T, "roughly [[6,000]] gastroenterologists", "count", 6000, unit="prescribers", topic="target prescribers")
C("06-dec", T, "by the end of [[December]],", "date", 2024, unit=Y, req=False, topic="as-of date")
C("06-40", T, "up from [[40%]] at the end", "percent", 40, unit="%", topic="share of target prescribers, end sept 2024")
C("06-sep", T, "at the end of [[September]], executives", "date", 2024, unit=Y, req=False, topic="as-of date")
C("06-80", T, "more than [[80%]] of commercially", "percent", 80, unit="%", topic="commercial lives with coverage")
C("06-eu", T, "in the [[second half of this year]].", "date", 2025, unit=Y, topic="germany/eu launch planned")
C("06-novo", T, "decision expected [[this year]],", "date", 2025, unit=Y, topic="semaglutide mash fda decision expected")
C("06-outc", T, "OUTCOMES [[last year]],", "date", 2024, unit=Y, req=False, topic="outcomes trial enrollment completed")
C("06-nextmo", T, "results [[next month]].", "date", 2025, unit=Y, req=False, topic="audited results date")

# ---------------- res07 fact-check (2025-08-28) ----------------
C("07-c-price", F, "costs [[$47,400]] a month", "money", 47400, unit="USD", req=False, topic="false post: price per month (attributed)")
C("07-c-1in10", F, "helped just [[1 in 10]] patients", "percent", 10, unit="%", req=False, topic="false post: response rate (attributed)")
C("07-v-1in10", F, "and the \"[[1 in 10]]\" figure describes", "percent", 10, unit="%", req=False, topic="post figure (quoted)")
C("07-wegovy", F, "accelerated approval on [[August 15]] for adults", "date", 2025, unit=Y, topic="wegovy mash accelerated approval date")
C("07-appr", F, "FDA cleared on [[March 14, 2024]],", "date", 2024, unit=Y, topic="fda accelerated approval date")
C("07-17mo", F, "some [[17 months]] before", "duration", 17, unit="months", topic="gap between the two approvals")
C("07-ec", F, "[[Last week]] the European Commission", "date", 2025, unit=Y, topic="ec conditional approval date")
C("07-twelve", F, "a factor of [[twelve]]", "ratio", 12, unit="x", req=False, topic="price error factor")
C("07-price", F, "twelve. [[$47,400]] is Rezdiffra's", "money", 47400, unit="USD", topic="list price per year")
C("07-month", F, "lists at about [[$3,950]]", "money", 3950, unit="USD", topic="list price per month")
C("07-1in10b", F, "The \"[[1 in 10]]\" figure appears", "percent", 10, unit="%", req=False, topic="post figure (quoted)")
C("07-996", F, "In the [[996]]-patient trial", "count", 996, unit="patients", topic="maestro-nash primary analysis population")
C("07-res", F, "resolved in [[26% to 30%]] of patients", "percent", 26, 30, unit="%", topic="nash resolution, drug (both doses) wk52")
C("07-2dose", F, "on the [[two]] doses", "count", 2, unit="doses", req=False, topic="number of doses")
C("07-52", F, "after [[52 weeks]],", "duration", 52, unit="weeks", req=False, topic="timepoint")
C("07-respbo", F, "compared with about [[10%]] of those given", "percent", 10, unit="%", topic="nash resolution placebo wk52")
C("07-800", F, "first [[800]] participants", "count", 800, unit="patients", topic="essence (semaglutide) interim analysis population")
C("07-72", F, "at [[72 weeks]]", "duration", 72, unit="weeks", req=False, topic="essence timepoint")
C("07-sem-res", F, "about [[63%]] of patients on semaglutide", "percent", 63, unit="%", topic="essence: mash resolution semaglutide")
C("07-sem-respbo", F, "versus [[34%]] on placebo", "percent", 34, unit="%", topic="essence: mash resolution placebo")
C("07-sem-fib", F, "scarring in [[37%]] versus", "percent", 37, unit="%", topic="essence: fibrosis improvement semaglutide")
C("07-sem-fibpbo", F, "37% versus [[22%]].", "percent", 22, unit="%", topic="essence: fibrosis improvement placebo")
C("07-q2", F, "Madrigal reported [[$212.8 million]]", "money", 212.8e6, unit="USD", topic="q2 2025 net sales")
C("07-23k", F, "more than [[23,000]] patients", "count", 23000, unit="patients", topic="patients on therapy 2025-06-30")
C("07-june", F, "at the end of [[June]],", "date", 2025, unit=Y, req=False, topic="as-of date")
C("07-17k", F, "roughly [[17,000]] at the end", "count", 17000, unit="patients", topic="patients on therapy end 2024")
C("07-end24", F, "at the end of [[2024]]. For", "date", 2024, unit=Y, req=False, topic="as-of date")
C("07-fyd", F, "For all of [[2024]],", "date", 2024, unit=Y, req=False, topic="period")
C("07-fy", F, "totaled [[$180.1 million]]", "money", 180.1e6, unit="USD", topic="fy2024 net sales")
C("07-2opt", F, "they have [[two]] approved options", "count", 2, unit="drugs", req=False, topic="quote")
C("07-twelvefold", F, "price [[twelvefold]]", "ratio", 12, unit="x", req=False, topic="price error factor")

# ---------------- conflicts ----------------
CONFLICTS = []
def X(a, b, grade):
    CONFLICTS.append(("res-" + a, "res-" + b, grade))
# strict
for o in ["01-thu", "02-appr", "05-appr", "07-appr"]:
    X("04-appr", o, "strict")            # G1 approval year 2023 vs 2024
for o in ["01-n", "02-n", "03-N"]:
    X("07-996", o, "strict")             # G2 trial size 996 vs 966
for o in ["01-res80", "02-res80", "03-res80"]:
    X("05-res80", o, "strict")           # G3 80 mg NASH resolution 29.9 vs 25.9/26
for o in ["01-fib100", "02-fib100", "03-fib100"]:
    X("04-fib100", o, "strict")          # G4 100 mg fibrosis 25 vs 25.9/26
X("05-fy24", "07-fy", "strict")          # G5 FY2024 177 (preliminary low end) vs 180.1
X("06-q3", "05-q324", "strict")          # G6 Q3 2024 26.2 vs 62.2
X("05-icer-for", "01-icer-for", "strict")  # G7 ICER vote 9-6 vs 8-7
X("05-icer-ag", "01-icer-ag", "strict")
for o in ["06-11800", "05-11800"]:
    X("07-17k", o, "strict")             # G8 patients end 2024 17,000 vs 11,800
# qualified
for o in ["01-n", "02-n", "03-N", "07-996"]:
    X("05-917", o, "qualified")          # F2-F3 subset vs full biopsy population
for o in ["01-fib100", "02-fib100", "03-fib100", "04-fib100", "04-1in4"]:
    X("05-fib100", o, "qualified")       # F2-F3 subset fibrosis 100 mg
for o in ["01-fibpbo", "02-fibpbo", "03-fibpbo", "04-fibpbo"]:
    X("05-fibpbo", o, "qualified")       # F2-F3 subset fibrosis placebo
X("06-fy", "07-fy", "qualified")         # preliminary range vs final
X("06-h-180", "07-fy", "qualified")      # headline "up to $180 million" vs final 180.1
X("06-h-11800", "07-17k", "qualified")   # headline repeat of 11,800 vs wrong 17,000


def main():
    texts = {}
    rows, seen_ids = [], set()
    ok = True
    for c in CLAIMS:
        if c["doc"] not in texts:
            texts[c["doc"]] = (DOCDIR / c["doc"]).read_text(encoding="utf-8")
        t = texts[c["doc"]]
        rx = pat(c["ctx"])
        ms = list(rx.finditer(t))
        if len(ms) != 1:
            print(f"ERROR {c['id']}: context found {len(ms)} times: {c['ctx']!r}"); ok = False; continue
        s, e = ms[0].start(1), ms[0].end(1)
        span = t[s:e]
        want = re.search(r"\[\[(.*)\]\]", c["ctx"], re.S).group(1)
        if re.sub(r"\s+", " ", span) != re.sub(r"\s+", " ", want):
            print(f"ERROR {c['id']}: span mismatch {span!r} vs {want!r}"); ok = False
        assert c["id"] not in seen_ids, c["id"]
        seen_ids.add(c["id"])
        rows.append({"type": "claim", "id": c["id"], "doc": c["doc"], "start": s, "end": e,
                     "span": span, "kind": c["kind"], "low": c["low"], "high": c["high"],
                     "unit": c["unit"], "required": c["required"], "topic": c["topic"]})
    # overlap check within a doc
    bydoc = {}
    for r in rows:
        bydoc.setdefault(r["doc"], []).append(r)
    for d, rs in bydoc.items():
        rs.sort(key=lambda r: r["start"])
        for x, y in zip(rs, rs[1:]):
            if y["start"] < x["end"]:
                print(f"ERROR overlap {x['id']} {y['id']}"); ok = False
    ids = {r["id"]: r for r in rows}
    pairs = set()
    for a, b, g in CONFLICTS:
        if a not in ids or b not in ids:
            print(f"ERROR conflict with unknown id {a} {b}"); ok = False; continue
        if ids[a]["doc"] == ids[b]["doc"]:
            print(f"ERROR same-doc conflict {a} {b}"); ok = False
        k = frozenset((a, b))
        if k in pairs:
            print(f"ERROR duplicate conflict {a} {b}"); ok = False
        pairs.add(k)
    # every slice check
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["span"]
    if not ok:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for a, b, g in CONFLICTS:
            f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": g}) + "\n")
    req = sum(r["required"] for r in rows)
    st = sum(g == "strict" for _, _, g in CONFLICTS)
    print(f"claims {len(rows)} (required {req}, optional {len(rows)-req}); "
          f"conflicts {len(CONFLICTS)} (strict {st}, qualified {len(CONFLICTS)-st})")

if __name__ == "__main__":
    main()
