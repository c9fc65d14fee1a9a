#!/usr/bin/env python3
"""Build aduhelm.gold.jsonl: every span is located by a unique context string
in its article; the context marks the span with [[...]]. Offsets are code points
into the article as read with UTF-8. Every span is checked against the slice."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "aduhelm")
OUT = os.path.join(HERE, "aduhelm.gold.jsonl")

texts = {}
def text(doc):
    if doc not in texts:
        with open(os.path.join(TOPIC, doc), encoding="utf-8") as f:
            texts[doc] = f.read()
    return texts[doc]

claims, ids = [], set()
def C(cid, doc, ctx, kind, low, high, unit, req, topic):
    assert cid not in ids, cid
    ids.add(cid)
    i, j = ctx.index("[["), ctx.index("]]")
    plain = ctx[:i] + ctx[i+2:j] + ctx[j+2:]
    span = ctx[i+2:j]
    t = text(doc)
    n = t.count(plain)
    if n != 1:
        sys.exit(f"{cid}: context found {n} times in {doc}: {plain!r}")
    start = t.index(plain) + i
    end = start + len(span)
    assert t[start:end] == span, (cid, t[start:end], span)
    claims.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                   "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                   "required": req, "topic": topic})

R, O = True, False
def D(cid, doc, ctx, year, req, topic):
    C(cid, doc, ctx, "date", year, year, "year", req, topic)
def N(cid, doc, ctx, v, unit, req, topic, kind="count"):
    C(cid, doc, ctx, kind, v, v, unit, req, topic)
def P(cid, doc, ctx, v, req, topic):
    C(cid, doc, ctx, "percent", v, v, "%", req, topic)
def M(cid, doc, ctx, v, req, topic, hi=None):
    C(cid, doc, ctx, "money", v, v if hi is None else hi, "USD", req, topic)

# ---------------- adu01_wire.txt (2021-06-07, Monday) ----------------
d = "adu01_wire.txt"
D("adu-01-dateline", d, "WASHINGTON, [[June 7]] (Meridian", 2021, O, "dateline (publication metadata)")
D("adu-01-mon", d, "regulators on [[Monday]] approved", 2021, R, "fda accelerated approval date")
D("adu-01-2003", d, "Alzheimer's disease since [[2003]],", 2003, R, "previous new alzheimer's drug approval")
M("adu-01-inf", d, "charge about [[$4,312]] per monthly infusion", 4312, R, "price per infusion at launch")
D("adu-01-mon2", d, "Biogen said on [[Monday]] it would charge", 2021, O, "date of price announcement (repeat)")
M("adu-01-price", d, "or [[$56,000]] a year for a patient", 56000, R, "launch list price per year")
M("adu-01-icer", d, "far above the [[$2,500 to $8,300]] a year", 2500, R, "icer value-based price range per year", hi=8300)
P("adu-01-stock", d, "company closed up [[38%]].", 38, R, "share move on approval day")
D("adu-01-futdt", d, "EMERGE and ENGAGE, in [[March 2019]],", 2019, R, "futility halt date")
N("adu-01-futn", d, "data from [[1,748]] patients", 1748, "participants", R, "futility analysis population")
P("adu-01-drop", d, "wiped [[29%]] off", 29, R, "share fall on futility news")
D("adu-01-revdt", d, "Later that year, in [[October 2019]],", 2019, R, "reversal announcement date")
P("adu-01-23", d, "declined [[23%]] more slowly", 23, R, "emerge high-dose slowing (october 2019 topline, larger data set)")
N("adu-01-emerge", d, "EMERGE had enrolled [[1,638]] people", 1638, "participants", R, "emerge enrolled")
N("adu-01-engage", d, "ENGAGE, with [[1,647]], still", 1647, "participants", R, "engage enrolled")
D("adu-01-adcomdt", d, "[[Last November]], the FDA's advisory", 2020, R, "advisory committee meeting date")
N("adu-01-q1no", d, "[[eight]] members said no", 8, "votes", R, "adcom q1 (emerge alone) votes against")
N("adu-01-q1yes", d, "said no, [[one]] said yes", 1, "votes", R, "adcom q1 (emerge alone) votes for")
N("adu-01-q1unc", d, "said yes and [[two]] were uncertain", 2, "votes (uncertain)", R, "adcom q1 (emerge alone) uncertain")
N("adu-01-keyfor", d, "the tally was [[zero]] in favour", 0, "votes", R, "adcom key question votes for")
N("adu-01-keyno", d, "in favour, [[ten]] against", 10, "votes", R, "adcom key question votes against")
N("adu-01-keyunc", d, "ten against and [[one]] uncertain", 1, "votes (uncertain)", R, "adcom key question uncertain")
N("adu-01-prev", d, "More than [[6 million]] Americans", 6000000, "people", R, "us alzheimer's prevalence (2021)")
C("adu-01-q4w", d, "into a vein every [[four weeks]]", "duration", 4, 4, "weeks", R, "dosing interval")
P("adu-01-ariae", d, "roughly [[a third]] of high-dose patients", 33.333333, R, "aria-e (brain swelling) high dose")
N("adu-01-kffn", d, "if [[500,000]] Medicare patients", 500000, "patients", O, "kff hypothetical number of users")
M("adu-01-kff", d, "spend about [[$29 billion]] on it", 29e9, O, "kff hypothetical medicare spending")
C("adu-01-freeze", d, "raise the price for [[four years]]", "duration", 4, 4, "years", R, "price freeze pledge")
D("adu-01-2030", d, "until [[2030]] to report", 2030, R, "confirmatory trial results deadline")

N("adu-01-2trials", "adu01_wire.txt", "Eisai Co stopped [[two]] large", 2, "trials", O, "number of phase 3 trials")

# ---------------- adu02_press.txt (2021-12-20) ----------------
d = "adu02_press.txt"
P("adu-02-cutpct", d, "reduced by approximately [[50 percent]], effective", 50, R, "price reduction percent")
D("adu-02-cutdt", d, "50 percent, effective [[January 1, 2022]]", 2022, R, "price cut effective date")
M("adu-02-cut", d, "average weight falls to [[$28,200]]", 28200, R, "reduced annual price")
M("adu-02-save", d, "expected to deliver approximately [[$500 million]] in", 500e6, R, "annualized cost savings")
D("adu-02-dateline", d, "CAMBRIDGE, Mass., [[Dec. 20, 2021]] --", 2021, O, "dateline (publication metadata)")
D("adu-02-cutdt2", d, "Beginning [[January 1, 2022]], the annual", 2022, O, "price cut effective date (repeat)")
C("adu-02-dose", d, "maintenance dose of [[10 mg/kg]]", "dose", 10, 10, "mg/kg", R, "maintenance dose")
C("adu-02-74kg", d, "patient weighing [[74 kg]]", "weight", 74, 74, "kg", O, "reference body weight")
M("adu-02-cut2", d, "74 kg will be [[$28,200]], compared", 28200, O, "reduced annual price (repeat)")
M("adu-02-launch", d, "compared with [[$56,000]] at launch", 56000, R, "launch annual price")
M("adu-02-save2", d, "produce approximately [[$500 million]] in", 500e6, O, "annualized savings (repeat)")
D("adu-02-ncddt", d, "monoclonal antibodies [[next month]]", 2022, R, "expected cms proposed decision date")
N("adu-02-n", d, "together randomized [[3,285]] participants", 3285, "participants", R, "emerge+engage randomized")
N("adu-02-sites", d, "participants at [[348]] sites", 348, "sites", R, "trial sites")
N("adu-02-ctry", d, "sites in [[20]] countries", 20, "countries", R, "trial countries")
P("adu-02-22", d, "showed a [[22 percent]] reduction", 22, R, "emerge high-dose slowing cdr-sb")
C("adu-02-wk78", d, "compared with placebo at [[week 78]]", "duration", 78, 78, "weeks", O, "timepoint")
P("adu-02-ariae", d, "observed in [[35 percent]] of patients", 35, R, "aria-e 10 mg/kg")
C("adu-02-dose2", d, "treated with ADUHELM [[10 mg/kg]] in the placebo", "dose", 10, 10, "mg/kg", O, "dose (repeat)")
P("adu-02-ariaepbo", d, "compared with [[3 percent]] of patients on placebo", 3, R, "aria-e placebo")
C("adu-02-1h", d, "infusion over approximately [[one hour]]", "duration", 1, 1, "hours", R, "infusion duration")
C("adu-02-q4w", d, "one hour every [[four weeks]]", "duration", 4, 4, "weeks", R, "dosing interval")
D("adu-02-1978", d, "founded in [[1978]]", 1978, O, "company founding (boilerplate)")

N("adu-02-2trials", "adu02_press.txt", "ENGAGE, [[two]] Phase 3 trials", 2, "trials", O, "number of phase 3 trials")

# ---------------- adu03_abstract.txt (2022-04-04) ----------------
d = "adu03_abstract.txt"
N("adu-03-sites", d, "in parallel at [[348]] sites", 348, "sites", R, "trial sites")
N("adu-03-ctry", d, "348 sites in [[20]] countries", 20, "countries", R, "trial countries")
D("adu-03-enr1", d, "Enrolment ran from [[August 2015]]", 2015, R, "enrolment start")
D("adu-03-enr2", d, "August 2015 to [[July 2018]]", 2018, R, "enrolment end")
C("adu-03-age", d, "Participants aged [[50 to 85 years]]", "age", 50, 85, "years", R, "eligible age")
C("adu-03-low", d, "(target [[3 or 6 mg/kg]], depending", "dose", 3, 6, "mg/kg", R, "low dose target")
C("adu-03-high", d, "high-dose aducanumab (target [[10 mg/kg]])", "dose", 10, 10, "mg/kg", R, "high dose target")
C("adu-03-q4w", d, "intravenous infusion every [[4 weeks]]", "duration", 4, 4, "weeks", R, "dosing interval")
C("adu-03-76w", d, "every 4 weeks for [[76 weeks]]", "duration", 76, 76, "weeks", R, "dosing period")
C("adu-03-wk78", d, "from baseline to [[week 78]] in", "duration", 78, 78, "weeks", O, "primary endpoint timepoint")
D("adu-03-halt", d, "terminated on [[March 21, 2019]]", 2019, R, "futility halt date")
P("adu-03-half", d, "roughly the first [[half]] of enrolled", 50, O, "share of patients in futility analysis")
D("adu-03-oct", d, "In [[October 2019]] the sponsor", 2019, R, "reanalysis reported")
N("adu-03-emerge", d, "EMERGE, n=[[1638]];", 1638, "participants", R, "emerge enrolled")
N("adu-03-engage", d, "ENGAGE, n=[[1647]] (", 1647, "participants", R, "engage enrolled")
N("adu-03-n", d, "(N = [[3285]])", 3285, "participants", R, "emerge+engage randomized")
N("adu-03-compl", d, "Of these, [[1812]] (", 1812, "participants", R, "completers")
P("adu-03-complpct", d, "1812 ([[55.2%]]) completed", 55.2, R, "completers percent")
C("adu-03-78wk", d, "completed the [[78-week]] placebo", "duration", 78, 78, "weeks", O, "placebo-controlled period")
C("adu-03-emhd", d, "relative to placebo by [[−0.39]] (", "score", -0.39, -0.39, "CDR-SB points", R, "emerge high-dose cdr-sb difference")
C("adu-03-emhdci", d, "(95% CI, [[−0.69 to −0.09]]; P=0.012)", "score", -0.69, -0.09, "CDR-SB points", R, "emerge high-dose ci")
C("adu-03-emhdp", d, "−0.09; [[P=0.012]])", "pvalue", 0.012, 0.012, "p", O, "emerge high-dose p")
P("adu-03-22", d, "a [[22%]] slowing of decline", 22, R, "emerge high-dose slowing")
C("adu-03-emld", d, "a difference of [[−0.26]] (95% CI, −0.57", "score", -0.26, -0.26, "CDR-SB points", R, "emerge low-dose cdr-sb difference")
C("adu-03-emldci", d, "(95% CI, [[−0.57 to 0.04]]; P=0.090)", "score", -0.57, 0.04, "CDR-SB points", R, "emerge low-dose ci")
C("adu-03-emldp", d, "0.04; [[P=0.090]])", "pvalue", 0.09, 0.09, "p", O, "emerge low-dose p")
P("adu-03-15", d, "or [[15%]], which", 15, R, "emerge low-dose slowing")
C("adu-03-enhd", d, "(difference [[0.03]];", "score", 0.03, 0.03, "CDR-SB points", R, "engage high-dose cdr-sb difference")
C("adu-03-enhdci", d, "95% CI, [[−0.26 to 0.33]];", "score", -0.26, 0.33, "CDR-SB points", R, "engage high-dose ci")
C("adu-03-enhdp", d, "0.33; [[P=0.833]])", "pvalue", 0.833, 0.833, "p", O, "engage high-dose p")
P("adu-03-2", d, "a numerical [[2%]] worsening", 2, R, "engage high-dose worsening")
N("adu-03-npbo", d, "placebo n = [[1087]],", 1087, "participants", R, "pooled placebo safety population")
N("adu-03-nadu", d, "aducanumab n = [[2198]])", 2198, "participants", R, "pooled aducanumab safety population")
C("adu-03-dose2", d, "in the [[10 mg/kg]] group", "dose", 10, 10, "mg/kg", O, "dose (repeat)")
N("adu-03-nhd", d, "group (n = [[1029]])", 1029, "participants", R, "10 mg/kg safety population")
N("adu-03-arian", d, "(n = 1029), [[425]] patients", 425, "patients", R, "any aria count high dose")
P("adu-03-aria", d, "425 patients ([[41.3%]])", 41.3, R, "any aria high dose")
N("adu-03-ariaen", d, "occurred in [[362]] (35.2%)", 362, "patients", R, "aria-e count high dose")
P("adu-03-ariae", d, "in 362 ([[35.2%]])", 35.2, R, "aria-e high dose")
P("adu-03-ariaepbo", d, "vs [[2.7%]] with placebo", 2.7, R, "aria-e placebo")
N("adu-03-sympn", d, "and [[94]] of those", 94, "patients", R, "symptomatic aria-e count")
N("adu-03-362b", d, "of those [[362]] patients", 362, "patients", O, "aria-e count (repeat)")
P("adu-03-symp", d, "patients ([[26.0%]]) had symptoms", 26.0, R, "symptomatic share of aria-e")
P("adu-03-carr", d, "[[42.5%]] of carriers", 42.5, R, "aria-e apoe4 carriers emerge high dose")
P("adu-03-noncarr", d, "vs [[17.9%]] of non-carriers", 17.9, R, "aria-e non-carriers emerge high dose")
C("adu-03-04", d, "effect of about [[0.4 points]]", "score", 0.4, 0.4, "CDR-SB points", O, "rounded emerge effect (repeat)")
C("adu-03-18pt", d, "on an [[18-point]] scale", "score", 18, 18, "points", O, "cdr-sb scale maximum")
P("adu-03-2in5", d, "Roughly [[two in five]] patients", 40, O, "any aria high dose (rounded repeat)")

N("adu-03-2rep", "adu03_abstract.txt", "summary of [[two]] published reports", 2, "reports", O, "number of source reports")
N("adu-03-2trials", "adu03_abstract.txt", "amyloid beta. [[Two]] identically designed", 2, "trials", O, "number of phase 3 trials")

# ---------------- adu04_explainer.txt (2024-02-06) ----------------
d = "adu04_explainer.txt"
D("adu-04-ann", d, "Biogen's announcement [[last week]]", 2024, R, "discontinuation announcement date")
D("adu-04-nov", d, "available until [[November 2024]]", 2024, R, "end of commercial availability")
D("adu-04-may", d, "that study until [[May 2024]]", 2024, R, "end of access in envision")
D("adu-04-approv", d, "approved Aduhelm in [[June 2020]]", 2020, R, "fda accelerated approval date")
D("adu-04-ema", d, "recommend the drug in [[December 2021]]", 2021, R, "ema chmp negative opinion date")
M("adu-04-launch", d, "list price was [[$56,000]] a year", 56000, R, "launch annual price")
M("adu-04-cut", d, "cut that to [[$28,200]] a year", 28200, R, "reduced annual price")
D("adu-04-cutdt", d, "a year in [[January 2022]]", 2022, R, "price cut effective date")
D("adu-04-ncd", d, "Since [[April 2022]], Medicare", 2022, R, "cms final coverage decision date")
M("adu-04-prem", d, "premium rose by [[$12.60]] a month", 12.60, R, "part b premium increase 2022")
D("adu-04-prem22", d, "a month in [[2022]], one of", 2022, O, "premium year (qualifier)")
P("adu-04-aria", d, "about [[35%]] of people on the approved dose developed ARIA", 35, R, "any aria on approved dose (as stated)")
N("adu-04-2cop", d, "carry [[two]] copies", 2, "copies", O, "apoe4 homozygote definition")
P("adu-04-homo", d, "roughly [[two in three]] of them", 66.666667, R, "aria-e apoe4 homozygotes")
D("adu-04-leqdt", d, "full FDA approval in [[July 2023]]", 2023, R, "leqembi full approval date")
M("adu-04-leqp", d, "lists at [[$26,500]] a year", 26500, R, "leqembi annual price")
C("adu-04-leq2w", d, "infusion every [[two weeks]]", "duration", 2, 2, "weeks", R, "leqembi dosing interval")

# ---------------- adu05_blog.txt (2023-06-10) ----------------
d = "adu05_blog.txt"
C("adu-05-title2y", d, "[[Two years]] after Aduhelm", "duration", 2, 2, "years", O, "headline")
D("adu-05-byline", d, "[[June 10, 2023]] ·", 2023, O, "byline date (publication metadata)")
D("adu-05-cap2021", d, "in the summer of [[2021]]", 2021, O, "caption aside")
C("adu-05-2y", d, "This week marks [[two years]] since", "duration", 2, 2, "years", O, "time since approval")
D("adu-05-approv", d, "approved aducanumab on [[June 7, 2021]]", 2021, R, "fda accelerated approval date")
N("adu-05-n", d, "with about [[3,300]] patients", 3300, "participants", R, "emerge+engage enrolled (rounded)")
D("adu-05-fut", d, "stopped for futility in [[March 2019]]", 2019, R, "futility halt date")
D("adu-05-rev", d, "Then, in [[October 2019]], the company", 2019, R, "reversal announcement date")
P("adu-05-40", d, "its stock jumped [[40%]] in a day", 40, R, "share move on reversal day")
P("adu-05-15", d, "patients declined [[15%]] more slowly", 15, R, "emerge high-dose slowing (as stated)")
D("adu-05-adcom", d, "In [[November 2020]] the FDA convened", 2020, R, "advisory committee meeting date")
N("adu-05-q1no", d, "[[seven]] said no", 7, "votes", R, "adcom q1 (emerge alone) votes against")
N("adu-05-q1yes", d, "said no, [[one]] said yes", 1, "votes", R, "adcom q1 (emerge alone) votes for")
N("adu-05-q1unc", d, "said yes and [[three]] were uncertain", 3, "votes (uncertain)", R, "adcom q1 (emerge alone) uncertain")
C("adu-05-7mo", d, "[[Seven months]] later the agency", "duration", 7, 7, "months", O, "adcom to approval interval")
N("adu-05-resign", d, "[[Three]] advisers resigned", 3, "people", R, "advisers who resigned")
C("adu-05-cap78", d, "falling over [[78 weeks]]", "duration", 78, 78, "weeks", O, "caption timepoint")
D("adu-05-ema", d, "turned the drug down in [[December 2022]]", 2022, R, "ema chmp negative opinion date")
D("adu-05-cong", d, "[[Last December]], an 18-month", 2022, R, "congressional report date")
C("adu-05-18mo", d, "Last December, an [[18-month]] congressional", "duration", 18, 18, "months", R, "congressional investigation length")
N("adu-05-115", d, "at least [[115]] meetings", 115, "contacts", R, "biogen-fda interactions")
D("adu-05-leqadcom", d, "[[Yesterday]] the FDA's advisory committee", 2023, R, "leqembi adcom date")
N("adu-05-leqfor", d, "voted [[6]]-0 that", 6, "votes", R, "leqembi adcom votes for")
N("adu-05-leqagn", d, "voted 6-[[0]] that", 0, "votes", R, "leqembi adcom votes against")
N("adu-05-prev", d, "an estimated [[6.7 million]] Americans", 6700000, "people", R, "us alzheimer's prevalence (2023)")

N("adu-05-2trials", "adu05_blog.txt", "Biogen ran [[two]] identical", 2, "trials", O, "number of phase 3 trials")
N("adu-05-1trial", "adu05_blog.txt", "Only [[one]] trial, EMERGE", 1, "trials", O, "number of positive trials")
N("adu-05-2tog", "adu05_blog.txt", "whether the [[two]] trials together", 2, "trials", O, "number of trials (repeat)")

# ---------------- adu06_trade.txt (2024-02-01) ----------------
d = "adu06_trade.txt"
D("adu-06-pub", d, "Neuroscience | [[February 1, 2024]]", 2024, O, "publication metadata")
D("adu-06-wed", d, "Biogen said on [[Wednesday]] it will stop", 2024, R, "discontinuation announcement date")
D("adu-06-approv", d, "approval in [[June 2021]] set off", 2021, R, "fda accelerated approval date")
M("adu-06-charge", d, "charge of roughly [[$60\nmillion]] in the", 60e6, R, "one-time close-out charge")
D("adu-06-q4", d, "fourth quarter of [[2023]] to cover", 2023, O, "charge period (qualifier)")
N("adu-06-envn", d, "enroll about [[1,500]] people", 1500, "participants", R, "envision planned enrolment")
D("adu-06-env26", d, "primary completion in [[2026]]", 2026, R, "envision planned completion")
M("adu-06-sales", d, "brought in just [[$3 million]] in", 3e6, R, "aduhelm revenue 2021")
D("adu-06-sales21", d, "$3 million in [[2021]], its first", 2021, O, "sales year (qualifier)")
D("adu-06-nov", d, "commercially available\nuntil [[November]], and ENVISION", 2024, R, "end of commercial availability")
D("adu-06-may", d, "continue on it until [[May]].", 2024, R, "end of access in envision")
N("adu-06-emerge", d, "the [[1,683]]-patient", 1683, "participants", R, "emerge enrolled (as stated)")
N("adu-06-engage", d, "the [[1,647]]-patient", 1647, "participants", R, "engage enrolled")
D("adu-06-fut", d, "halted in [[March 2019]] after", 2019, R, "futility halt date")
P("adu-06-drop", d, "stock down [[29%]] in a day", 29, R, "share fall on futility news")
D("adu-06-rev", d, "reversal that [[October]] lifted", 2019, R, "reversal announcement date")
P("adu-06-26", d, "closed [[26%]] higher", 26, R, "share move on reversal day (close)")
N("adu-06-vagn", d, "had voted [[10]]-1 against", 10, "votes", R, "adcom votes against (as stated)")
N("adu-06-vfor", d, "had voted 10-[[1]] against", 1, "votes", R, "adcom votes for (as stated)")
D("adu-06-adcom", d, "against the drug in [[November\n2020]]", 2020, R, "advisory committee meeting date")
C("adu-06-18mo", d, "later, an [[18-month]]\ninvestigation", "duration", 18, 18, "months", R, "congressional investigation length")
N("adu-06-2comm", d, "investigation by [[two]] House committees", 2, "committees", O, "number of house committees")
M("adu-06-launch", d, "The list price, [[$56,000]] a year", 56000, R, "launch annual price")
M("adu-06-cut", d, "to [[$28,800]] at the start", 28800, R, "reduced annual price (as stated)")
D("adu-06-cutdt", d, "at the start of [[2022]]", 2022, R, "price cut effective date")
D("adu-06-prem22", d, "already set its\n[[2022]] Part B", 2022, O, "premium year (qualifier)")
M("adu-06-prem", d, "raising it by [[$21.60]] a month", 21.60, R, "part b premium increase 2022")
M("adu-06-prem170", d, "a month to [[$170.10]],", 170.10, R, "part b premium 2022")
D("adu-06-ncd", d, "In [[April 2022]] the Centers", 2022, R, "cms final coverage decision date")
M("adu-06-hyp", d, "would have\nbeen [[$160.40]] had", 160.40, O, "hypothetical 2022 premium (cms)")
M("adu-06-prem23", d, "fell to [[$164.90]] for 2023", 164.90, R, "part b premium 2023")
D("adu-06-prem23y", d, "$164.90 for [[2023]].", 2023, O, "premium year (qualifier)")
D("adu-06-ema", d, "negative opinion in [[December 2021]]", 2021, R, "ema chmp negative opinion date")
D("adu-06-leqaa", d, "accelerated approval in [[January 2023]]", 2023, R, "leqembi accelerated approval date")
C("adu-06-6mo", d, "full approval [[six\nmonths]] later", "duration", 6, 6, "months", O, "leqembi accelerated-to-full interval")
M("adu-06-leqp", d, "It lists at [[$26,500]] a year", 26500, R, "leqembi annual price")

N("adu-06-2tau", "adu06_trade.txt", "and [[two]] earlier-stage tau", 2, "programs", O, "number of tau programs")
C("adu-06-hundreds", "adu06_trade.txt", "against [[hundreds of millions of dollars]] in launch", "money", None, None, "USD", O, "launch spending (vague)")
N("adu-06-2trials", "adu06_trade.txt", "consisted of [[two]] matching", 2, "trials", O, "number of phase 3 trials")

# ---------------- adu07_factcheck.txt (2021-11-19) ----------------
d = "adu07_factcheck.txt"
M("adu-07-postprem", d, "premium is going up [[$21.60]] a month next year", 21.60, O, "premium increase (quoted post)")
D("adu-07-postny", d, "a month [[next year]], and all", 2022, O, "premium year (quoted post)")
N("adu-07-post11", d, "own experts voted [[11]]-0 against", 11, "votes", O, "adcom votes against (false post)")
N("adu-07-post0", d, "own experts voted 11-[[0]] against", 0, "votes", O, "adcom votes for (false post)")
D("adu-07-postdt", d, "Facebook and X, [[November 2021]]", 2021, O, "post date (metadata)")
P("adu-07-half", d, "officials tied about [[half]] of the increase", 50, R, "share of premium increase attributed to aduhelm")
N("adu-07-not11", d, "advisory vote was not [[11]]-0.", 11, "votes", O, "negated post figure")
N("adu-07-not0", d, "advisory vote was not 11-[[0]].", 0, "votes", O, "negated post figure")
D("adu-07-fri", d, "announced [[last Friday]] that", 2021, R, "cms premium announcement date")
M("adu-07-prem170", d, "will rise to [[$170.10]] in", 170.10, R, "part b premium 2022")
D("adu-07-prem22", d, "$170.10 in [[2022]] from", 2022, O, "premium year (qualifier)")
M("adu-07-prem148", d, "from [[$148.50]] this year", 148.50, R, "part b premium 2021")
D("adu-07-thisyr", d, "$148.50 [[this year]]", 2021, O, "premium year (qualifier)")
M("adu-07-prem", d, "That is an increase of [[$21.60]], one", 21.60, R, "part b premium increase 2022")
P("adu-07-cola", d, "the [[5.9%]] cost-of-living", 5.9, R, "social security cola 2022")
D("adu-07-colaoct", d, "announced in [[October]].", 2021, O, "cola announcement date")
P("adu-07-half2", d, "reporters that roughly [[half]] of the increase", 50, O, "share attributed (repeat)")
M("adu-07-price", d, "Aduhelm at [[$56,000]] a year", 56000, R, "launch annual price")
D("adu-07-ncddt", d, "proposed decision is due in [[January]].", 2022, R, "expected cms proposed decision date")
M("adu-07-q3", d, "just [[$300,000]] in Aduhelm revenue", 300000, R, "aduhelm revenue q3 2021")
D("adu-07-adcomdt", d, "On [[Nov. 6, 2020]], the FDA's", 2020, R, "advisory committee meeting date")
N("adu-07-keyfor", d, "the result was [[0]] yes", 0, "votes", R, "adcom key question votes for")
N("adu-07-keyno", d, "0 yes, [[10]] no", 10, "votes", R, "adcom key question votes against")
N("adu-07-keyunc", d, "10 no and [[1]] uncertain", 1, "votes (uncertain)", R, "adcom key question uncertain")
N("adu-07-103no", d, "evidence, [[seven]] members voted no", 7, "votes", R, "adcom study 103 votes against")
N("adu-07-103unc", d, "voted no and [[four]] were uncertain", 4, "votes (uncertain)", R, "adcom study 103 uncertain")
N("adu-07-onemem", d, "but [[one]] member did not vote no", 1, "votes", O, "member not voting no (repeat)")
N("adu-07-no11", d, "there was no [[11]]-0 vote", 11, "votes", O, "negated post figure")
N("adu-07-no0", d, "there was no 11-[[0]] vote", 0, "votes", O, "negated post figure")
N("adu-07-resign", d, "and [[three]] members of the committee", 3, "people", R, "advisers who resigned")
M("adu-07-prem2", d, "The premium increase is [[$21.60]], as", 21.60, O, "premium increase (repeat)")
P("adu-07-half3", d, "officials attributed about [[half]] of the jump", 50, O, "share attributed (repeat)")
D("adu-07-src22", d, "CMS fact sheet on [[2022]] Medicare", 2022, O, "source list title")
D("adu-07-src1", d, "press call, [[Nov. 12, 2021]];", 2021, O, "source list date")
D("adu-07-src2", d, "voting results, [[Nov. 6, 2020]];", 2020, O, "source list date")
D("adu-07-src3", d, "third-quarter [[2021]] earnings", 2021, O, "source list date")
N("adu-07-src4", d, "interviews with [[two]] health", 2, "people", O, "source list")
D("adu-07-corr", d, "Correction, [[Nov. 19]]:", 2021, O, "correction note date")

# ---------------- conflicts ----------------
conflicts = []
def X(a, b, grade):
    assert a in ids and b in ids, (a, b)
    da = next(c["doc"] for c in claims if c["id"] == a)
    db = next(c["doc"] for c in claims if c["id"] == b)
    assert da != db, (a, b)
    conflicts.append({"type": "conflict", "a": a, "b": b, "grade": grade})

S, Q = "strict", "qualified"
# A. adcom question 1 (EMERGE alone): 8 no / 2 uncertain vs 7 / 3
X("adu-05-q1no", "adu-01-q1no", S)
X("adu-05-q1unc", "adu-01-q1unc", S)
# B. adcom key question, votes for: 0 vs "10-1"
X("adu-06-vfor", "adu-01-keyfor", S)
X("adu-06-vfor", "adu-07-keyfor", S)
# C. accelerated approval year: 2021 vs June 2020
X("adu-04-approv", "adu-01-mon", S)
X("adu-04-approv", "adu-05-approv", S)
X("adu-04-approv", "adu-06-approv", S)
# D. EMERGE enrolment: 1,638 vs 1,683
X("adu-06-emerge", "adu-01-emerge", S)
X("adu-06-emerge", "adu-03-emerge", S)
# E. EMERGE high-dose slowing: 22% vs 15% (the low-dose figure)
X("adu-05-15", "adu-02-22", S)
X("adu-05-15", "adu-03-22", S)
# F. reduced price: $28,200 vs $28,800
X("adu-06-cut", "adu-02-cut", S)
X("adu-06-cut", "adu-04-cut", S)
# G. any ARIA on the approved dose: 41.3% vs 35% (the ARIA-E figure)
X("adu-04-aria", "adu-03-aria", S)
# H. EMA negative opinion: December 2021 vs December 2022
X("adu-05-ema", "adu-04-ema", S)
X("adu-05-ema", "adu-06-ema", S)
# J. Part B premium increase for 2022: $21.60 vs $12.60
X("adu-04-prem", "adu-06-prem", S)
X("adu-04-prem", "adu-07-prem", S)
# qualified
X("adu-01-23", "adu-02-22", Q)        # October 2019 topline vs final analysis
X("adu-01-23", "adu-03-22", Q)
X("adu-01-23", "adu-05-15", Q)
X("adu-05-40", "adu-06-26", Q)        # intraday jump vs close on 22 Oct 2019
X("adu-06-cut", "adu-02-cut2", Q)     # repeats of a strict pair
X("adu-04-prem", "adu-07-prem2", Q)
X("adu-04-prem", "adu-07-postprem", Q)
X("adu-04-aria", "adu-03-2in5", Q)

with open(OUT, "w", encoding="utf-8") as f:
    for row in claims + conflicts:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
req = sum(c["required"] for c in claims)
print(f"{len(claims)} claims ({req} required, {len(claims)-req} optional); "
      f"{sum(c['grade']=='strict' for c in conflicts)} strict, {sum(c['grade']=='qualified' for c in conflicts)} qualified")
