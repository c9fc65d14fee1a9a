#!/usr/bin/env python3
"""Build acip.gold.jsonl from the articles in acip/ by locating each span with a
unique context string.  Offsets are Unicode code points into the UTF-8 text.
Also writes a self-check claims.csv / conflicts.csv (derived from the gold) into
acip.selfcheck/ and lists numeric-looking tokens not covered by any claim span
(those are the intended noise)."""
import csv, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPIC = HERE / "acip"
OUT = HERE / "acip.gold.jsonl"
SELF = HERE / "acip.selfcheck"

texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(TOPIC.glob("*.txt"))}
claims, ids = [], set()

def C(cid, doc, ctx, span=None, kind="count", low=None, high=None, unit="", req=True, topic="", after=None):
    """ctx must occur exactly once in doc; span is searched inside ctx (after `after` if given)."""
    doc = f"acip0{doc}" if isinstance(doc, int) else doc
    doc = {d.split("_")[0]: d for d in texts}.get(doc, doc)
    t = texts[doc]
    span = ctx if span is None else span
    n = t.count(ctx)
    if n != 1:
        sys.exit(f"{cid}: context {ctx!r} occurs {n} times in {doc}")
    base = t.index(ctx)
    i0 = 0 if after is None else ctx.index(after) + len(after)
    k = ctx.find(span, i0)
    if k < 0:
        sys.exit(f"{cid}: span {span!r} not in context {ctx!r}")
    start = base + k
    end = start + len(span)
    assert t[start:end] == span
    if high is None:
        high = low
    assert cid not in ids, cid
    ids.add(cid)
    claims.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                   "kind": kind, "low": low, "high": high, "unit": unit, "required": req, "topic": topic})

def D(cid, doc, ctx, span=None, year=None, req=True, topic="", **kw):
    C(cid, doc, ctx, span, kind="date", low=year, high=year, unit="year", req=req, topic=topic, **kw)

def V(prefix, doc, ctx, f, a, fs=None, as_=None, abst=None, absctx=None, req=True, topic=""):
    """vote tally: for / against (and optional abstention count)."""
    fs = fs or str(f) if fs is None else fs
    as_ = as_ or str(a) if as_ is None else as_
    C(prefix + "-for", doc, ctx, fs, "count", f, unit="votes", req=req, topic=topic + " votes for")
    C(prefix + "-agn", doc, ctx, as_, "count", a, unit="votes", req=req, topic=topic + " votes against",
      after=fs)
    if abst is not None:
        actx, aspan = absctx
        C(prefix + "-abs", doc, actx, aspan, "count", abst, unit="abstentions", req=req,
          topic=topic + " abstentions")

# ---------------------------------------------------------------- acip01 wire (2025-12-05)
D("a01-dateline", "acip01", "ATLANTA, Dec 5", "Dec 5", 2025, False, "dateline")
D("a01-fri", "acip01", "voted on Friday", "Friday", 2025, True, "hep B birth-dose vote date (Dec 5)")
D("a01-1991", "acip01", "followed since 1991", "1991", 1991, True, "universal infant hep B recommendation since")
V("a01-hb", "acip01", "By a vote of 8-3", 8, 3, topic="hep B vote 1 (Dec 5)")
C("a01-2mo", "acip01", "at least 2 months old", "2 months", "age", 2, unit="months", topic="earliest first dose if birth dose skipped")
C("a01-12h", "acip01", "within 12 hours of delivery", "12 hours", "duration", 12, unit="hours", topic="birth dose window, HBsAg+/unknown mothers")
V("a01-ser", "acip01", "passed 6-4 with one abstention", 6, 4, abst=1,
  absctx=("passed 6-4 with one abstention", "one"), topic="hep B serology vote (Dec 5)")
D("a01-thu", "acip01", "vote on Thursday", "Thursday", 2025, True, "postponement vote date (Dec 4)")
V("a01-del", "acip01", "by a 7-3 margin", 7, 3, topic="Dec 4 postponement vote")
D("a01-sept-sched", "acip01", "panel's September meeting", "September", 2025, True, "September meeting date (hep B first scheduled)")
D("a01-aug", "acip01", "pushed out in August", "August", 2025, True, "Monarez ouster date")
C("a01-18000", "acip01", "about 18,000 U.S. children", "18,000", "count", 18000, unit="children/year", topic="childhood infections per year before routine infant vaccination")
C("a01-age10", "acip01", "before age 10", "age 10", "age", 10, unit="years", req=False, topic="age bound (definitional)")
C("a01-half", "acip01", "roughly half of them", "half", "percent", 50, unit="%", topic="share infected at birth")
C("a01-99", "acip01", "dropped by 99%", "99%", "percent", 99, unit="%", topic="decline in childhood hep B infections")
C("a01-90", "acip01", "as many as 90%", "90%", "percent", 90, unit="%", topic="chronic infection among infants infected at birth")
C("a01-17", "acip01", "fired all 17 of", "17", "count", 17, unit="members", topic="ACIP members fired in June")
D("a01-june", "acip01", "previous members in June", "June", 2025, True, "firing date")
C("a01-eight", "acip01", "named eight replacements", "eight", "count", 8, unit="members", topic="replacements named")
C("a01-one", "acip01", "one withdrew", "one", "count", 1, unit="members", req=False, topic="appointee who withdrew")
C("a01-five", "acip01", "added five more", "five", "count", 5, unit="members", topic="members added in September")
D("a01-sept-add", "acip01", "more members in September", "September", 2025, True, "date five members added")
C("a01-u4", "acip01", "children under 4", "under 4", "age", 4, unit="years", topic="MMRV not recommended below age")
V("a01-cov", "acip01", "voted 11-1 to make", 11, 1, topic="COVID individual-decision vote (Sept 19)")
C("a01-6mo", "acip01", "aged 6 months and older", "6 months", "age", 6, unit="months", topic="COVID recommendation lower age")
D("a01-oct", "acip01", "changes in October", "October", 2025, True, "O'Neill sign-off of September votes")
D("a01-1992", "acip01", "measles year since 1992", "1992", 1992, True, "worst measles year since (as of Dec 5)")
C("a01-1900", "acip01", "more than 1,900", "1,900", "count", 1900, unit="cases", topic="measles cases 2025 as of early Dec")
D("a01-thisyear", "acip01", "cases this year", "this year", 2025, False, "year of measles count")
C("a01-three", "acip01", "three people have died", "three", "count", 3, unit="deaths", topic="measles deaths 2025")

# ---------------------------------------------------------------- acip02 statement (2025-12-17)
D("a02-pub", "acip02", "December 17, 2025", None, 2025, False, "release date")
D("a02-tue", "acip02", "announced on Tuesday", "Tuesday", 2025, True, "CDC adoption of hep B rec (Dec 16)")
C("a02-11d", "acip02", "eleven days after", "eleven days", "duration", 11, unit="days", topic="lag vote to adoption")
V("a02-hb", "acip02", "voted eight to three", 8, 3, fs="eight", as_="three", topic="hep B vote 1 (Dec 5)")
C("a02-2mo", "acip02", "no earlier than two months of age", "two months", "age", 2, unit="months", topic="earliest first dose if birth dose skipped")
C("a02-34y", "acip02", "For 34 years", "34 years", "duration", 34, unit="years", topic="duration of universal birth-dose policy")
C("a02-90child", "acip02", "fallen by nearly 90 percent", "90 percent", "percent", 90, unit="%", topic="decline in childhood hep B infections (planted: 99)")
C("a02-1000", "acip02", "About 1,000 newborns", "1,000", "count", 1000, unit="newborns/year", topic="newborns acquiring chronic infection per year (post-1991 era estimate)")
C("a02-90chronic", "acip02", "Up to 90 percent", "90 percent", "percent", 90, unit="%", topic="chronic infection among infants infected at birth")
C("a02-oneinfour", "acip02", "about one in four", "one in four", "percent", 25, unit="%", topic="premature death among chronically infected children")
C("a02-640k", "acip02", "An estimated 640,000", "640,000", "count", 640000, unit="people", topic="people living with chronic hep B (CDC estimate)")
D("a02-june", "acip02", "reconstituted in June", "June", 2025, True, "firing date")
C("a02-15", "acip02", "its 15 sitting members", "15", "count", 15, unit="members", topic="ACIP members fired in June (planted: 17)")
C("a02-oneinten", "acip02", "If even one in ten families", "one in ten", "percent", 10, unit="%", req=False, topic="hypothetical in quote")
D("a02-1987", "acip02", "Founded in 1987", "1987", 1987, False, "About section")
C("a02-11000", "acip02", "more than 11,000", "11,000", "count", 11000, unit="members", req=False, topic="About section")
C("a02-50", "acip02", "all 50 states", "50", "count", 50, unit="states", req=False, topic="About section")

# ---------------------------------------------------------------- acip03 report (2026-01-22)
D("a03-pub", "acip03", "January 22, 2026", None, 2026, False, "issue date")
D("a03-title", "acip03", "United States, 2025\n", "2025", 2025, False, "title year")
D("a03-2000", "acip03", "United States in 2000", "2000", 2000, True, "measles elimination year")
C("a03-2doses", "acip03", "coverage with 2 doses", "2 doses", "count", 2, unit="doses", req=False, topic="definitional")
C("a03-95", "acip03", "target of 95%", "95%", "percent", 95, unit="%", topic="coverage target")
C("a03-5yrs", "acip03", "for five consecutive school years", "five", "count", 5, unit="school years", req=False, topic="years below target")
D("a03-during2025", "acip03", "During 2025, 2,144", "2025", 2025, False, "year of count")
C("a03-2144a", "acip03", "2025, 2,144 confirmed", "2,144", "count", 2144, unit="cases", topic="measles cases 2025 (as of Jan 6 2026)")
C("a03-49a", "acip03", "and 49 outbreaks were reported", "49", "count", 49, unit="outbreaks", topic="measles outbreaks 2025")
D("a03-1991", "acip03", "any year since 1991", "1991", 1991, True, "highest since (as of Jan 2026)")
C("a03-sy2425a", "acip03", "In the 2024–25 school year, MMR", "2024–25", "date", 2024, 2025, "year", False, "school year")
C("a03-925a", "acip03", "fell to 92.5%", "92.5%", "percent", 92.5, unit="%", topic="kindergarten MMR coverage 2024-25")
C("a03-36a", "acip03", "record 3.6%", "3.6%", "percent", 3.6, unit="%", topic="kindergarten exemption rate 2024-25")
D("a03-rash2025", "acip03", "rash onset during 2025", "2025", 2025, False, "methods period")
D("a03-jan6", "acip03", "January 6, 2026", None, 2026, False, "data cutoff")
C("a03-three-def", "acip03", "three or more epidemiologically", "three", "count", 3, unit="cases", req=False, topic="outbreak definition")
C("a03-sy2425b", "acip03", "data for the 2024–25 school year", "2024–25", "date", 2024, 2025, "year", False, "school year")
C("a03-49states", "acip03", "submitted by 49 states", "49", "count", 49, unit="states", req=False, topic="reporting states")
C("a03-2144b", "acip03", "A total of 2,144", "2,144", "count", 2144, unit="cases", req=False, topic="repeat")
C("a03-2144n", "acip03", "(n = 2,144)", "n = 2,144", "count", 2144, unit="cases", req=False, topic="repeat (n=)")
C("a03-2119", "acip03", "2,119 from", "2,119", "count", 2119, unit="cases", topic="cases reported by jurisdictions")
C("a03-44", "acip03", "from 44 jurisdictions", "44", "count", 44, unit="jurisdictions", topic="jurisdictions reporting cases")
C("a03-25", "acip03", "and 25 among", "25", "count", 25, unit="cases", topic="cases among international visitors")
C("a03-49b", "acip03", "Forty-nine outbreaks", "Forty-nine", "count", 49, unit="outbreaks", req=False, topic="repeat")
C("a03-1884", "acip03", "1,884 cases", "1,884", "count", 1884, unit="cases", topic="outbreak-associated cases 2025")
C("a03-88", "acip03", "(88%)", "88%", "percent", 88, unit="%", topic="share outbreak-associated 2025")
C("a03-16", "acip03", "with 16 outbreaks", "16", "count", 16, unit="outbreaks", topic="outbreaks 2024")
C("a03-198", "acip03", "198 of 285", "198", "count", 198, unit="cases", topic="outbreak-associated cases 2024")
C("a03-285", "acip03", "198 of 285", "285", "count", 285, unit="cases", topic="measles cases 2024", after="198 of ")
C("a03-69", "acip03", "(69%)", "69%", "percent", 69, unit="%", topic="share outbreak-associated 2024")
D("a03-in2024", "acip03", "(69%) in 2024", "2024", 2024, False, "year context")
C("a03-519", "acip03", "aged 5–19 years", "5–19 years", "age", 5, 19, "years", topic="age group")
C("a03-42", "acip03", "42% of cases", "42%", "percent", 42, unit="%", topic="share of cases aged 5-19")
C("a03-ci42", "acip03", "39.9–44.1", None, "percent", 39.9, 44.1, "%", topic="CI share aged 5-19")
C("a03-236", "acip03", "236 patients", "236", "count", 236, unit="patients", topic="hospitalized")
C("a03-110", "acip03", "(11.0%;", "11.0%", "percent", 11.0, unit="%", topic="share hospitalized")
C("a03-ci11", "acip03", "9.7–12.4", None, "percent", 9.7, 12.4, "%", topic="CI hospitalized")
C("a03-three-died", "acip03", "three died", "three", "count", 3, unit="deaths", topic="measles deaths 2025")
C("a03-two-kids", "acip03", "two unvaccinated school-aged", "two", "count", 2, unit="deaths", topic="child deaths Texas")
C("a03-one-adult", "acip03", "and one unvaccinated adult", "one", "count", 1, unit="deaths", topic="adult death New Mexico")
C("a03-92", "acip03", "Ninety-two percent", None, "percent", 92, unit="%", topic="unvaccinated or unknown status")
C("a03-1274", "acip03", "the 1,274 cases", "1,274", "count", 1274, unit="cases", topic="measles cases 2019")
D("a03-2019", "acip03", "reported in 2019", "2019", 2019, False, "year of 1,274")
C("a03-2126", "acip03", "the 2,126 reported", "2,126", "count", 2126, unit="cases", topic="measles cases 1992")
D("a03-1992", "acip03", "reported in 1992", "1992", 1992, False, "year of 2,126")
C("a03-925b", "acip03", "coverage was 92.5%", "92.5%", "percent", 92.5, unit="%", req=False, topic="repeat kindergarten MMR 2024-25")
C("a03-ci925", "acip03", "92.4–92.6", None, "percent", 92.4, 92.6, "%", topic="CI kindergarten MMR 2024-25")
C("a03-927", "acip03", "from 92.7%", "92.7%", "percent", 92.7, unit="%", topic="kindergarten MMR coverage 2023-24")
C("a03-sy2324", "acip03", "in the 2023–24 school year. The", "2023–24", "date", 2023, 2024, "year", False, "school year")
C("a03-36b", "acip03", "rose to 3.6% from", "3.6%", "percent", 3.6, unit="%", req=False, topic="repeat exemption 2024-25")
C("a03-33", "acip03", "from 3.3%", "3.3%", "percent", 3.3, unit="%", topic="exemption rate 2023-24")
C("a03-02", "acip03", "held at 0.2%", "0.2%", "percent", 0.2, unit="%", topic="medical exemptions")
C("a03-5pct", "acip03", "exceeded 5% in", "5%", "percent", 5, unit="%", req=False, topic="threshold")
C("a03-17", "acip03", "in 17 states", "17", "count", 17, unit="states", topic="states with exemptions >5% (2024-25)")
C("a03-14", "acip03", "up from 14", "14", "count", 14, unit="states", topic="states with exemptions >5% (2023-24)")
C("a03-286k", "acip03", "286,000", None, "count", 286000, unit="kindergartners", topic="kindergartners without complete MMR")
D("a03-2025res", "acip03", "The 2025 resurgence", "2025", 2025, False, "year context")
D("a03-jan", "acip03", "West Texas in January", "January", 2025, True, "start of West Texas outbreak")
D("a03-sep2024", "acip03", "In September 2024", "September 2024", 2024, True, "MMRV vote date (planted: 2025)")
C("a03-u4", "acip03", "younger than 4 years", "4 years", "age", 4, unit="years", topic="MMRV not recommended below age")
C("a03-1215", "acip03", "12–15 months", None, "age", 12, 15, "months", topic="MMR dose 1 age")
C("a03-46", "acip03", "and 4–6 years", "4–6 years", "age", 4, 6, "years", topic="MMR dose 2 age")

# ---------------------------------------------------------------- acip04 explainer (2025-12-20)
D("a04-thisyear", "acip04", "changed a lot this year", "this year", 2025, False, "headline")
D("a04-upd", "acip04", "December 20, 2025", None, 2025, False, "update date")
D("a04-june1", "acip04", "was replaced in June", "June", 2025, True, "firing date")
C("a04-half", "acip04", "about half of U.S. children", "half", "percent", 50, unit="%", topic="children covered by VFC")
D("a04-june2", "acip04", "In June, Health Secretary", "June", 2025, False, "repeat firing date")
C("a04-eight", "acip04", "named eight replacements", "eight", "count", 8, unit="members", topic="replacements named")
C("a04-five", "acip04", "Five more joined", "Five", "count", 5, unit="members", topic="members added in September")
D("a04-sept-add", "acip04", "joined in September", "September", 2025, True, "date five members added")
C("a04-12", "acip04", "panel to 12", "12", "count", 12, unit="members", topic="panel size after September")
D("a04-jun26", "acip04", "June 26", None, 2025, True, "thimerosal vote date")
C("a04-6mo-flu", "acip04", "everyone 6 months and older. In", "6 months", "age", 6, unit="months", topic="flu recommendation lower age")
V("a04-thi", "acip04", "decided 5-1", 5, 1, abst=1, absctx=("with one abstention", "one"), topic="thimerosal vote (June 26)")
C("a04-96", "acip04", "about 96%", "96%", "percent", 96, unit="%", topic="share of flu doses thimerosal-free")
D("a04-jul", "acip04", "recommendation in July", "July", 2025, True, "thimerosal adoption date")
D("a04-sept-mmrv", "acip04", "At its September meeting", "September", 2025, True, "MMRV vote date")
C("a04-u4", "acip04", "children under 4", "under 4", "age", 4, unit="years", topic="MMRV not recommended below age")
C("a04-two", "acip04", "as two separate shots", "two", "count", 2, unit="shots", req=False, topic="definitional")
C("a04-fourinone", "acip04", "four-in-one", None, "count", 4, unit="components", req=False, topic="definitional")
V("a04-mmrv", "acip04", "The vote was 9-0", 9, 0, abst=3, absctx=("with three members abstaining", "three"),
  topic="MMRV vote (planted: VFC re-vote tally)")
C("a04-46", "acip04", "ages 4 to 6", "4 to 6", "age", 4, 6, "years", topic="MMRV second-dose ages")
C("a04-unan", "acip04", "voted unanimously", "unanimously", "count", 0, unit="votes", req=False, topic="COVID individual-decision vote: votes against")
C("a04-6mo-cov", "acip04", "decision\" for everyone 6 months", "6 months", "age", 6, unit="months", topic="COVID recommendation lower age")
V("a04-rx", "acip04", "a 6-6 tie", 6, 6, topic="COVID prescription vote")
D("a04-oct6", "acip04", "October 6", None, 2025, True, "O'Neill sign-off of September votes")
D("a04-1990", "acip04", "Since 1990", "1990", 1990, True, "universal infant hep B recommendation since (planted: 1991)")
D("a04-dec5", "acip04", "On Dec. 5 the committee", "Dec. 5", 2025, True, "hep B vote date")
V("a04-hb", "acip04", "voted 8-3 to leave", 8, 3, topic="hep B vote 1 (Dec 5)")
C("a04-2mo", "acip04", "at least 2 months old", "2 months", "age", 2, unit="months", topic="earliest first dose if birth dose skipped")
D("a04-dec16", "acip04", "Dec. 16", None, 2025, True, "CDC adoption of hep B rec")
C("a04-12h", "acip04", "within 12 hours of birth", "12 hours", "duration", 12, unit="hours", topic="birth dose window, HBsAg+/unknown mothers")
C("a04-9in10", "acip04", "9 in 10", None, "percent", 90, unit="%", topic="chronic infection among infants infected at birth")
C("a04-20", "acip04", "fewer than 20 babies", "20", "count", 20, unit="babies/year", topic="babies reported infected at birth per year (now)")
D("a04-1992", "acip04", "U.S. since 1992", "1992", 1992, True, "worst measles year since (as of Dec 20)")
C("a04-95", "acip04", "aim for 95%", "95%", "percent", 95, unit="%", topic="coverage target")
C("a04-twodoses", "acip04", "two MMR doses", "two", "count", 2, unit="doses", req=False, topic="definitional")
C("a04-sy", "acip04", "In the 2024–25 school year", "2024–25", "date", 2024, 2025, "year", False, "school year")
C("a04-93", "acip04", "more than 93 percent", "93 percent", "percent", 93, unit="%", topic="kindergarten MMR coverage 2024-25 (planted: 92.5)")
D("a04-nextyear", "acip04", "schedule next year", "next year", 2026, False, "expected review (forecast)")

# ---------------------------------------------------------------- acip05 blog (2025-10-08)
D("a05-pub", "acip05", "October 8, 2025", None, 2025, False, "post date")
C("a05-cap-two", "acip05", "Caption: Two shots", "Two", "count", 2, unit="shots", req=False, topic="caption")
C("a05-cap-one", "acip05", "Two shots instead of one.", "one", "count", 1, unit="shots", req=False, topic="caption")
D("a05-mon", "acip05", "On Monday the acting", "Monday", 2025, True, "O'Neill sign-off (Oct 6)")
D("a05-lastmonth", "acip05", "made last month", "last month", 2025, True, "September meeting date")
C("a05-12", "acip05", "now has 12 members", "12", "count", 12, unit="members", topic="panel size after September")
D("a05-june1", "acip05", "previous roster in June", "June", 2025, True, "firing date")
D("a05-sep15", "acip05", "Sept. 15", None, 2025, True, "date five members added")
C("a05-3days", "acip05", "just three days before", "three days", "duration", 3, unit="days", req=False, topic="lag before meeting")
C("a05-five", "acip05", "added five more", "five", "count", 5, unit="members", topic="members added in September")
D("a05-june2", "acip05", "came in June, when", "June", 2025, True, "thimerosal vote date")
C("a05-seven", "acip05", "the seven members then seated", "seven", "count", 7, unit="members", topic="members at June meeting")
V("a05-thi", "acip05", "voted 5-2 to drop", 5, 2, topic="thimerosal vote (June 26) (planted: abstention counted as no)")
D("a05-sep18", "acip05", "Sept. 18", None, 2025, True, "MMRV vote date")
V("a05-mm", "acip05", "voted eight to three, with one abstention", 8, 3, fs="eight", as_="three", abst=1,
  absctx=("voted eight to three, with one abstention", "one"), topic="MMRV vote (Sept 18)")
C("a05-u4", "acip05", "children younger than 4 should", "younger than 4", "age", 4, unit="years", topic="MMRV not recommended below age")
C("a05-1215", "acip05", "12–15 month", None, "age", 12, 15, "months", topic="MMR dose 1 age")
C("a05-46", "acip05", "4–6 years", None, "age", 4, 6, "years", topic="MMRV second-dose ages")
C("a05-85", "acip05", "Roughly 85%", "85%", "percent", 85, unit="%", topic="children already getting separate shots")
V("a05-vfc1", "acip05", "failed, one to seven with three abstentions", 1, 7, fs="one", as_="seven", abst=3,
  absctx=("failed, one to seven with three abstentions", "three"), topic="VFC MMRV resolution (Sept 18)")
V("a05-vfc2", "acip05", "re-voted 9-0", 9, 0, abst=3, absctx=("again with three abstentions", "three"),
  topic="VFC MMRV re-vote (Sept 19)")
D("a05-sep19", "acip05", "Sept. 19", None, 2025, True, "COVID vote date")
V("a05-cov", "acip05", "voted 12-0 to move", 12, 0, topic="COVID individual-decision vote (Sept 19)")
C("a05-6mo", "acip05", "everyone 6 months and up", "6 months", "age", 6, unit="months", topic="COVID recommendation lower age")
V("a05-rx", "acip05", "split six to six", 6, 6, fs="six", as_="six", topic="COVID prescription vote")
V("a05-vis", "acip05", "separate 11-1 vote", 11, 1, topic="COVID risks/uncertainties language vote")
V("a05-hbt", "acip05", "voted 11-1 to table", 11, 1, topic="hep B tabling vote (Sept 19)")
C("a05-1500", "acip05", "more than 1,500", "1,500", "count", 1500, unit="cases", topic="measles cases 2025 as of early Oct")
D("a05-in2025", "acip05", "so far in 2025", "2025", 2025, False, "year of count")
C("a05-925", "acip05", "coverage was 92.5%", "92.5%", "percent", 92.5, unit="%", topic="kindergarten MMR coverage 2024-25")
C("a05-lastsy", "acip05", "last school year", None, "date", 2024, 2025, "year", False, "school year (relative)")
C("a05-95", "acip05", "below the 95%", "95%", "percent", 95, unit="%", topic="coverage target")
C("a05-b-u4", "acip05", "- Under 4?", "Under 4", "age", 4, unit="years", req=False, topic="repeat (bullet)")
C("a05-b-two", "acip05", "Two shots at the same visit", "Two", "count", 2, unit="shots", req=False, topic="bullet")

# ---------------------------------------------------------------- acip06 trade (2025-07-25)
D("a06-pub", "acip06", "July 25, 2025", None, 2025, False, "publication date")
D("a06-wed", "acip06", "Wednesday adopted", "Wednesday", 2025, True, "thimerosal adoption date (Jul 23)")
C("a06-season2526", "acip06", "2025–26 season", "2025–26", "date", 2025, 2026, "year", False, "flu season")
C("a06-6mo", "acip06", "everyone 6 months and older", "6 months", "age", 6, unit="months", topic="flu recommendation lower age")
D("a06-jul22", "acip06", "July 22", None, 2025, True, "flu recommendation adoption date")
D("a06-jun2526", "acip06", "June 25–26", None, 2025, True, "June meeting date")
C("a06-seven", "acip06", "for the seven members", "seven", "count", 7, unit="members", topic="members at June meeting")
C("a06-17", "acip06", "fired all 17", "17", "count", 17, unit="members", topic="ACIP members fired in June")
D("a06-jun9", "acip06", "June 9", None, 2025, True, "firing date")
C("a06-eight", "acip06", "He named eight", "eight", "count", 8, unit="members", topic="replacements named")
C("a06-2days", "acip06", "two\ndays later", "two\ndays", "duration", 2, unit="days", req=False, topic="lag to naming")
C("a06-one", "acip06", "later; one, Michael", "one", "count", 1, unit="members", req=False, topic="appointee who withdrew")
C("a06-three", "acip06", "took three thimerosal votes", "three", "count", 3, unit="votes", topic="number of thimerosal votes")
C("a06-18", "acip06", "children 18 and younger", "18", "age", 18, unit="years", req=False, topic="definitional")
V("a06-thi", "acip06", "each passed 5-1", 5, 1, topic="thimerosal vote (June 26)")
V("a06-flu", "acip06", "voted 6-0 to", 6, 0, topic="routine flu vote (June 26)")
V("a06-cles", "acip06", "5 to 2.", 5, 2, topic="clesrovimab vote (June 25)")
C("a06-96", "acip06", "About 96%", "96%", "percent", 96, unit="%", topic="share of flu doses thimerosal-free")
C("a06-season2425", "acip06", "2024–25 season", "2024–25", "date", 2024, 2025, "year", False, "flu season")
C("a06-4", "acip06", "remaining 4%", "4%", "percent", 4, unit="%", topic="share of flu doses with thimerosal")
D("a06-june-mmrv", "acip06", "discussed in June without", "June", 2025, False, "MMRV discussion date")
C("a06-1300", "acip06", "More than 1,300", "1,300", "count", 1300, unit="cases", topic="measles cases 2025 as of late July")
D("a06-thisyear", "acip06", "so far this year", "this year", 2025, False, "year of count")
C("a06-1274", "acip06", "the 1,274 recorded", "1,274", "count", 1274, unit="cases", topic="measles cases 2019")
D("a06-2019", "acip06", "all of 2019", "2019", 2019, False, "year of 1,274")
C("a06-4x", "acip06", "four times", None, "ratio", 4, unit="x", req=False, topic="ratio to 2024")
D("a06-2024", "acip06", "2024's full-year", "2024", 2024, False, "year of 258")
C("a06-258", "acip06", "total of 258", "258", "count", 258, unit="cases", topic="measles cases 2024 (planted: 285)")
C("a06-two", "acip06", "Two children in Texas", "Two", "count", 2, unit="deaths", topic="child deaths Texas")
D("a06-sept", "acip06", "meeting is in September", "September", 2025, False, "next scheduled meeting")

# ---------------------------------------------------------------- acip07 fact-check (2026-01-09)
V("a07-head", "acip07", "vote 11-0 to", 11, 0, req=False, topic="false post's tally (headline)")
D("a07-pub", "acip07", "January 9, 2026", None, 2026, False, "publication date")
V("a07-post", "acip07", "voted 11-0 to ban", 11, 0, req=False, topic="false post's tally (attributed)")
D("a07-lastyear", "acip07", "registered\" last year", "last year", 2025, False, "post's year (attributed)")
C("a07-post300", "acip07", "fewer than 300 cases nationwide", "300", "count", 300, unit="cases", req=False, topic="false post's measles figure (attributed)")
V("a07-ver", "acip07", "committee voted 8-3 to drop", 8, 3, topic="hep B vote 1 (Dec 5)")
C("a07-2000", "acip07", "more than 2,000", "2,000", "count", 2000, unit="cases", topic="measles cases 2025")
D("a07-ver2025", "acip07", "measles cases in 2025", "2025", 2025, False, "year of count")
D("a07-dec45", "acip07", "Dec. 4–5", None, 2025, True, "December meeting date")
V("a07-del", "acip07", "voted six to three", 6, 3, fs="six", as_="three", topic="Dec 4 postponement vote")
V("a07-hb", "acip07", "they voted 8-3 to recommend", 8, 3, req=False, topic="repeat hep B vote 1")
C("a07-2mo", "acip07", "no earlier than 2 months", "2 months", "age", 2, unit="months", topic="earliest first dose if birth dose skipped")
C("a07-11", "acip07", "Only 11 members", "11", "count", 11, unit="members", topic="members voting in December")
D("a07-lastmonth", "acip07", "recommendation last month", "last month", 2025, True, "CDC adoption of hep B rec")
D("a07-dec16", "acip07", "Dec. 16", None, 2025, True, "CDC adoption of hep B rec")
C("a07-12h", "acip07", "within 12 hours of birth", "12 hours", "duration", 12, unit="hours", topic="birth dose window, HBsAg+/unknown mothers")
C("a07-30y", "acip07", "more than 30 years", "30 years", "duration", 30, unit="years", topic="duration of universal birth-dose policy")
C("a07-99", "acip07", "fell by 99%", "99%", "percent", 99, unit="%", topic="decline in childhood acute hep B 1990-2019")
D("a07-1990", "acip07", "from 1990 to 2019", "1990", 1990, False, "period start")
D("a07-2019", "acip07", "from 1990 to 2019", "2019", 2019, False, "period end", after="to ")
C("a07-90", "acip07", "nearly 90% between", "90%", "percent", 90, unit="%", topic="decline in new infections, all ages 1982-2018")
D("a07-1982", "acip07", "between 1982", "1982", 1982, True, "vaccine available")
D("a07-2018", "acip07", "and 2018", "2018", 2018, False, "period end")
C("a07-24m", "acip07", "2.4 million", None, "count", 2400000, unit="people", topic="people living with chronic hep B (high estimate)")
C("a07-300fig", "acip07", "The \"fewer than 300\" figure", "300", "count", 300, unit="cases", req=False, topic="post's figure (repeat, attributed)")
D("a07-2024", "acip07", "total for 2024, not 2025", "2024", 2024, False, "year context")
D("a07-not2025", "acip07", "total for 2024, not 2025", "2025", 2025, False, "year context", after="not ")
D("a07-dec30", "acip07", "As of Dec. 30", "Dec. 30", 2025, False, "as-of date")
C("a07-2065", "acip07", "2,065", None, "count", 2065, unit="cases", topic="measles cases 2025 (as of Dec 30)")
C("a07-44", "acip07", "in 44 jurisdictions", "44", "count", 44, unit="jurisdictions", topic="jurisdictions reporting cases")
D("a07-for2025", "acip07", "jurisdictions for 2025", "2025", 2025, False, "year context")
D("a07-1992a", "acip07", "annual count since 1992", "1992", 1992, True, "highest since (as of Dec 30)")
C("a07-49", "acip07", "along with 49 outbreaks", "49", "count", 49, unit="outbreaks", topic="measles outbreaks 2025")
C("a07-three", "acip07", "Three people died", "Three", "count", 3, unit="deaths", topic="measles deaths 2025")
C("a07-11pct", "acip07", "about 11%", "11%", "percent", 11, unit="%", topic="share hospitalized")
V("a07-fig", "acip07", "where the \"11-0\" figure", 11, 0, req=False, topic="false post's tally (repeat)")
V("a07-rul", "acip07", "committee split 8-3", 8, 3, req=False, topic="repeat hep B vote 1")
D("a07-rul2025", "acip07", "and 2025 brought", "2025", 2025, False, "year context")
D("a07-1992b", "acip07", "cases since 1992. We", "1992", 1992, False, "repeat")

# ---------------------------------------------------------------- conflicts
STRICT = [
    # A thimerosal tally: abstention counted as a no (acip05)
    ("a05-thi-agn", "a06-thi-agn"), ("a05-thi-agn", "a04-thi-agn"),
    # B MMRV tally replaced by the VFC re-vote tally (acip04)
    ("a04-mmrv-for", "a05-mm-for"), ("a04-mmrv-agn", "a05-mm-agn"), ("a04-mmrv-abs", "a05-mm-abs"),
    # C COVID individual-decision vote given the 11-1 tally of another vote (acip01)
    ("a01-cov-for", "a05-cov-for"), ("a01-cov-agn", "a05-cov-agn"),
    # D members fired misstated (acip02)
    ("a02-15", "a01-17"), ("a02-15", "a06-17"),
    # E kindergarten MMR coverage, rounded across the true value (acip04)
    ("a04-93", "a03-925a"), ("a04-93", "a05-925"),
    # F 2024 measles total transposed (acip06)
    ("a06-258", "a03-285"),
    # G childhood hep B decline: all-ages figure applied to children (acip02)
    ("a02-90child", "a01-99"), ("a02-90child", "a07-99"),
    # H year of universal infant recommendation off by one (acip04)
    ("a04-1990", "a01-1991"),
    # I Dec 4 postponement vote: sources disagree (7-3 vs 6-3)
    ("a01-del-for", "a07-del-for"),
    # J MMRV vote year off by one (acip03)
    ("a03-sep2024", "a05-sep18"), ("a03-sep2024", "a04-sept-mmrv"),
]
QUALIFIED = [
    ("a04-unan", "a01-cov-agn"),        # 'unanimously' (optional claim) vs 11-1
    ("a02-640k", "a07-24m"),            # CDC estimate vs high-end estimate of chronic HBV
    ("a02-1000", "a04-20"),             # older estimate of chronic newborn infections vs reported perinatal cases now
    ("a04-93", "a03-ci925"),            # planted >93% vs the CI of 92.5%
    ("a04-93", "a03-925b"),             # planted >93% vs the repeat of 92.5%
    ("a03-sep2024", "a05-lastmonth"),   # MMRV vote year vs 'last month' (the September meeting)
    ("a03-sep2024", "a01-sept-sched"),  # MMRV vote year vs 'September meeting' in which it happened
]
byid = {c["id"]: c for c in claims}
rows = []
for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
    for a, b in pairs:
        assert a in byid and b in byid, (a, b)
        assert byid[a]["doc"] != byid[b]["doc"], (a, b)
        if grade == "strict":
            assert byid[a]["required"] and byid[b]["required"], (a, b)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
assert len({frozenset((r["a"], r["b"])) for r in rows}) == len(rows)

with OUT.open("w", encoding="utf-8") as f:
    for r in claims + rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# sanity: every span equals the article slice; spans in one doc do not overlap
for c in claims:
    assert texts[c["doc"]][c["start"]:c["end"]] == c["span"], c["id"]
for d in texts:
    cs = sorted((c for c in claims if c["doc"] == d), key=lambda c: c["start"])
    for x, y in zip(cs, cs[1:]):
        assert x["end"] <= y["start"], (x["id"], y["id"])

# self-check inputs derived from the gold
SELF.mkdir(exist_ok=True)
with (SELF / "claims.csv").open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["claim_id", "source", "start", "end", "value_low", "value_high", "text"])
    for c in claims:
        w.writerow([c["id"], c["doc"], c["start"], c["end"],
                    "" if c["low"] is None else c["low"], "" if c["high"] is None else c["high"], c["span"]])
with (SELF / "conflicts.csv").open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["claim_a", "claim_b"])
    for r in rows:
        w.writerow([r["a"], r["b"]])

req = sum(c["required"] for c in claims)
print(f"claims {len(claims)} (required {req}, optional {len(claims)-req}); "
      f"conflicts strict {len(STRICT)}, qualified {len(QUALIFIED)}")
for d in texts:
    print(f"  {d}: {sum(c['doc']==d for c in claims)} claims, {len(texts[d].split())} words")

# numeric-looking tokens not covered by any claim (intended noise) -- for the notes
if "--noise" in sys.argv:
    NUMW = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|dozen|unanimous\w*|first|second"
    for d, t in texts.items():
        cov = [(c["start"], c["end"]) for c in claims if c["doc"] == d]
        for m in re.finditer(rf"\d[\d,.:/–\-]*\d|\d|\b(?:{NUMW})\b", t, re.I):
            if not any(s < m.end() and m.start() < e for s, e in cov):
                print(f"  noise {d}:{m.start()} {m.group()!r}  …{t[max(0,m.start()-25):m.end()+15]!r}")
