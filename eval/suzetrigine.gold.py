#!/usr/bin/env python3
"""Build suzetrigine.gold.jsonl from hand-written claim specs.

Each claim is located by a context string that must occur exactly once in its
article; the span is the part written in [brackets]. Offsets are Unicode code
points into the file read as UTF-8. Every span is checked against the slice.
Run: python3 suzetrigine.gold.py  (writes suzetrigine.gold.jsonl beside it)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "suzetrigine")
R, O = True, False  # required / optional

# (id, doc, context-with-[span], kind, low, high, unit, required, topic)
C = [
# ---------------- suz01_wire.txt (2025-01-30, Thursday) ----------------
("s01-hdl20", "suz01_wire.txt", "painkiller in more than [two decades]", "duration", 2, 2, "decades", O, "time since last new class (headline repeat)"),
("s01-dateline", "suz01_wire.txt", "WASHINGTON, [Jan 30] (Meridian", "date", 2025, 2025, "year", O, "dateline (publication metadata)"),
("s01-thu", "suz01_wire.txt", "regulators on [Thursday] approved", "date", 2025, 2025, "year", R, "FDA approval date"),
("s01-20y", "suz01_wire.txt", "pain medicine in more than [20 years]", "duration", 20, 20, "years", R, "time since last new class"),
("s01-price", "suz01_wire.txt", "price would be [$15.50] for each", "money", 15.5, 15.5, "USD", R, "WAC per 50 mg tablet"),
("s01-50mgtab", "suz01_wire.txt", "for each [50-milligram] tablet", "dose", 50, 50, "mg", R, "tablet strength"),
("s01-day", "suz01_wire.txt", "or about [$31] a day", "money", 31, 31, "USD", R, "price per day"),
("s01-twice", "suz01_wire.txt", "at the usual [twice]-daily dose", "count", 2, 2, "doses per day", O, "doses per day"),
("s01-load", "suz01_wire.txt", "start with [100 mg] and", "dose", 100, 100, "mg", R, "loading dose"),
("s01-maint", "suz01_wire.txt", "then take [50 mg] every", "dose", 50, 50, "mg", R, "maintenance dose"),
("s01-q12", "suz01_wire.txt", "50 mg every [12 hours]", "duration", 12, 12, "hours", R, "dosing interval"),
("s01-14d", "suz01_wire.txt", "use beyond [14 days]", "duration", 14, 14, "days", R, "maximum studied duration"),
("s01-pdufa", "suz01_wire.txt", "acted on its [Jan. 30] target date", "date", 2025, 2025, "year", R, "PDUFA target date"),
("s01-80m", "suz01_wire.txt", "About [80 million] people", "count", 80000000, 80000000, "people", R, "US acute-pain prescriptions per year"),
("s01-half-op", "suz01_wire.txt", "roughly [half] of them get an opioid", "percent", 50, 50, "%", R, "share given an opioid"),
("s01-2studies", "suz01_wire.txt", "rested on [two] late-stage studies", "count", 2, 2, "trials", O, "number of pivotal trials"),
("s01-topline", "suz01_wire.txt", "first reported in [January of last year]", "date", 2024, 2024, "year", R, "phase 3 topline date"),
("s01-48h", "suz01_wire.txt", "with acetaminophen for [48 hours]", "duration", 48, 48, "hours", R, "RCT treatment duration"),
("s01-870", "suz01_wire.txt", "involving more than [870] patients", "count", 870, 870, "participants", R, "patients in the two trials (AP-style figure)"),
("s01-ae56", "suz01_wire.txt", "reported by about [56%] of abdominoplasty", "percent", 56, 56, "%", R, "AE incidence suzetrigine, abdominoplasty (arms swapped)"),
("s01-aepbo", "suz01_wire.txt", "compared with [half] of those on placebo", "percent", 50, 50, "%", R, "AE incidence placebo, abdominoplasty (arms swapped)"),
("s01-265", "suz01_wire.txt", "gave the drug to [265] patients", "count", 265, 265, "participants", R, "single-arm study size (transposed)"),
("s01-2wk", "suz01_wire.txt", "pain for up to [two weeks]", "duration", 2, 2, "weeks", R, "single-arm treatment duration"),
("s01-lsrdate", "suz01_wire.txt", "[Last month], a mid-stage trial", "date", 2024, 2024, "year", R, "LSR phase 2 readout date"),
("s01-12pct", "suz01_wire.txt", "shares fell [12%] that day", "percent", 12, 12, "%", R, "share drop on LSR readout"),
("s01-80musd", "suz01_wire.txt", "forecast about [$80 million] in", "money", 80000000, 80000000, "USD", R, "Jefferies 2025 sales forecast"),
("s01-thisyr", "suz01_wire.txt", "Journavx sales [this year]", "date", 2025, 2025, "year", O, "forecast period"),
("s01-1bn", "suz01_wire.txt", "eventually to exceed [$1 billion]", "money", 1000000000, 1000000000, "USD", R, "eventual annual sales expectation"),
("s01-deaths", "suz01_wire.txt", "involved in [80,816] U.S.", "count", 80816, 80816, "deaths", R, "opioid-involved overdose deaths 2021"),
("s01-2021", "suz01_wire.txt", "overdose deaths in [2021]", "date", 2021, 2021, "year", O, "year of death count"),
# ---------------- suz02_press.txt (2024-01-30) ----------------
("s02-pga-b", "suz02_press.txt", "conditions, [83.2%] of participants", "percent", 83.2, 83.2, "%", R, "single-arm PGA good/very good/excellent"),
("s02-nda-b", "suz02_press.txt", "to the FDA [later this year]", "date", 2024, 2024, "year", R, "planned NDA submission"),
("s02-dateline", "suz02_press.txt", "(BUSINESS WIRE)--[Jan. 30, 2024]--", "date", 2024, 2024, "year", O, "release date (metadata)"),
("s02-2trials", "suz02_press.txt", "consisted of [two] randomized", "count", 2, 2, "trials", O, "number of pivotal trials"),
("s02-nabd", "suz02_press.txt", "abdominoplasty surgery (n=[1,118])", "count", 1118, 1118, "participants", R, "abdominoplasty trial size"),
("s02-nbun", "suz02_press.txt", "bunionectomy surgery (n=[1,073])", "count", 1073, 1073, "participants", R, "bunionectomy trial size"),
("s02-nsa", "suz02_press.txt", "enrolled [256] patients", "count", 256, 256, "participants", R, "single-arm study size"),
("s02-load", "suz02_press.txt", "(a [100 mg] first dose", "dose", 100, 100, "mg", R, "loading dose"),
("s02-maint", "suz02_press.txt", "followed by [50 mg] every", "dose", 50, 50, "mg", R, "maintenance dose"),
("s02-q12", "suz02_press.txt", "50 mg every [12 hours]", "duration", 12, 12, "hours", R, "dosing interval"),
("s02-hb5", "suz02_press.txt", "hydrocodone bitartrate [5 mg]/acetaminophen", "dose", 5, 5, "mg", O, "HB dose"),
("s02-apap", "suz02_press.txt", "acetaminophen [325 mg] (HB/APAP)", "dose", 325, 325, "mg", O, "APAP dose"),
("s02-q6", "suz02_press.txt", "(HB/APAP) every [6 hours]", "duration", 6, 6, "hours", R, "HB/APAP dosing interval"),
("s02-48h", "suz02_press.txt", "or placebo for [48 hours]", "duration", 48, 48, "hours", R, "RCT treatment duration"),
("s02-48def", "suz02_press.txt", "over the first [48 hours] (SPID48)", "duration", 48, 48, "hours", O, "endpoint window (definition)"),
("s02-abd", "suz02_press.txt", "Abdominoplasty: LS mean difference in SPID48 between VX-548 and placebo = [48.4]", "score", 48.4, 48.4, "points", R, "SPID48 diff vs placebo, abdominoplasty"),
("s02-abdci", "suz02_press.txt", "(95% CI: [33.6, 63.1];", "score", 33.6, 63.1, "points", R, "CI SPID48 diff abdominoplasty"),
("s02-abdp", "suz02_press.txt", "63.1; P<[0.0001])", "pvalue", 0.0001, 0.0001, "", O, "p abdominoplasty primary"),
("s02-bun", "suz02_press.txt", "Bunionectomy: LS mean difference in SPID48 between VX-548 and placebo = [29.3]", "score", 29.3, 29.3, "points", R, "SPID48 diff vs placebo, bunionectomy"),
("s02-bunci", "suz02_press.txt", "(95% CI: [14.0, 44.6];", "score", 14.0, 44.6, "points", R, "CI SPID48 diff bunionectomy"),
("s02-bunp", "suz02_press.txt", "44.6; P=[0.0002])", "pvalue", 0.0002, 0.0002, "", O, "p bunionectomy primary"),
("s02-48tp", "suz02_press.txt", "from baseline at [48 hours] on", "duration", 48, 48, "hours", O, "timepoint"),
("s02-hbabd", "suz02_press.txt", "LS mean difference was [6.6] (95%", "score", 6.6, 6.6, "points", R, "SPID48 diff vs HB/APAP, abdominoplasty"),
("s02-hbabdci", "suz02_press.txt", "(95% CI: [-5.4, 18.7];", "score", -5.4, 18.7, "points", R, "CI vs HB/APAP abdominoplasty"),
("s02-hbabdp", "suz02_press.txt", "18.7; P=[0.2781])", "pvalue", 0.2781, 0.2781, "", O, "p vs HB/APAP abdominoplasty"),
("s02-hbbun", "suz02_press.txt", "abdominoplasty and [-20.2] (95%", "score", -20.2, -20.2, "points", R, "SPID48 diff vs HB/APAP, bunionectomy"),
("s02-hbbunci", "suz02_press.txt", "(95% CI: [-32.7, -7.7];", "score", -32.7, -7.7, "points", R, "CI vs HB/APAP bunionectomy"),
("s02-hbbunp", "suz02_press.txt", "-7.7; P=[0.0016])", "pvalue", 0.0016, 0.0016, "", O, "p vs HB/APAP bunionectomy"),
("s02-2pt", "suz02_press.txt", "reduction of at least [2 points] on", "score", 2, 2, "points", O, "meaningful-relief threshold (definition)"),
("s02-tabd", "suz02_press.txt", "meaningful relief was [2 hours] after", "duration", 2, 2, "hours", R, "median time to meaningful relief, abdominoplasty"),
("s02-tbun", "suz02_press.txt", "abdominoplasty and [4 hours] after", "duration", 4, 4, "hours", R, "median time to meaningful relief, bunionectomy"),
("s02-tpbo", "suz02_press.txt", "compared with [8 hours] for placebo", "duration", 8, 8, "hours", R, "median time to meaningful relief, placebo"),
("s02-14d", "suz02_press.txt", "VX-548 for up to [14 days]", "duration", 14, 14, "days", R, "single-arm treatment duration"),
("s02-pga", "suz02_press.txt", "end of treatment, [83.2%] rated", "percent", 83.2, 83.2, "%", O, "single-arm PGA (repeat)"),
("s02-3studies", "suz02_press.txt", "tolerated in all [three] studies", "count", 3, 3, "studies", O, "number of studies"),
("s02-nda", "suz02_press.txt", "New Drug Application [later this year]. In", "date", 2024, 2024, "year", O, "planned NDA (repeat)"),
("s02-dpndate", "suz02_press.txt", "[In December], Vertex reported", "date", 2023, 2023, "year", R, "DPN phase 2 readout date"),
("s02-2ops", "suz02_press.txt", "\"Across [two] very different", "count", 2, 2, "operations", O, "quote: number of operations"),
("s02-1989", "suz02_press.txt", "founded in [1989]", "date", 1989, 1989, "year", O, "company founding (boilerplate)"),
# ---------------- suz03_abstract.txt (2025-06-01) ----------------
("s03-pub", "suz03_abstract.txt", "Published online [June 1, 2025]", "date", 2025, 2025, "year", O, "publication metadata"),
("s03-title2", "suz03_abstract.txt", "bunionectomy: [two] randomized phase 3 trials", "count", 2, 2, "trials", O, "number of trials (title)"),
("s03-p2n", "suz03_abstract.txt", "In [two] phase 2 trials", "count", 2, 2, "trials", O, "number of phase 2 trials"),
("s03-48def", "suz03_abstract.txt", "difference over [48 hours] (SPID48)", "duration", 48, 48, "hours", O, "endpoint window (definition)"),
("s03-p2abd", "suz03_abstract.txt", "versus placebo by [37.8] after", "score", 37.8, 37.8, "points", R, "phase 2 SPID48 diff, abdominoplasty (high dose)"),
("s03-p2bun", "suz03_abstract.txt", "abdominoplasty and [36.8] after", "score", 36.8, 36.8, "points", R, "phase 2 SPID48 diff, bunionectomy (high dose)"),
("s03-p3two", "suz03_abstract.txt", "We summarize the [two] phase 3", "count", 2, 2, "trials", O, "number of trials"),
("s03-m2", "suz03_abstract.txt", "Methods: [Two] randomized", "count", 2, 2, "trials", O, "number of trials"),
("s03-nprs4", "suz03_abstract.txt", "a score of [≥4] on", "score", 4, 4, "points", O, "eligibility threshold"),
("s03-nabd", "suz03_abstract.txt", "abdominoplasty (N = [1,118])", "count", 1118, 1118, "participants", R, "abdominoplasty trial size"),
("s03-nbun", "suz03_abstract.txt", "bunionectomy (N = [1,073])", "count", 1073, 1073, "participants", R, "bunionectomy trial size"),
("s03-load", "suz03_abstract.txt", "oral suzetrigine ([100 mg], then", "dose", 100, 100, "mg", R, "loading dose"),
("s03-maint", "suz03_abstract.txt", "then [50 mg] every 12 h", "dose", 50, 50, "mg", R, "maintenance dose"),
("s03-q12", "suz03_abstract.txt", "50 mg every [12 h];", "duration", 12, 12, "hours", R, "dosing interval"),
("s03-nsabd", "suz03_abstract.txt", "n=[447] and", "count", 447, 447, "participants", R, "suzetrigine arm, abdominoplasty"),
("s03-nsbun", "suz03_abstract.txt", "n=[426])", "count", 426, 426, "participants", R, "suzetrigine arm, bunionectomy"),
("s03-hb5", "suz03_abstract.txt", "(HB/APAP [5]/325 mg", "dose", 5, 5, "mg", O, "HB dose"),
("s03-apap", "suz03_abstract.txt", "(HB/APAP 5/[325 mg]", "dose", 325, 325, "mg", O, "APAP dose"),
("s03-q6", "suz03_abstract.txt", "325 mg every [6 h];", "duration", 6, 6, "hours", R, "HB/APAP dosing interval"),
("s03-nhabd", "suz03_abstract.txt", "n=[448] and", "count", 448, 448, "participants", R, "HB/APAP arm, abdominoplasty"),
("s03-nhbun", "suz03_abstract.txt", "n=[431])", "count", 431, 431, "participants", R, "HB/APAP arm, bunionectomy"),
("s03-npabd", "suz03_abstract.txt", "n=[223] and", "count", 223, 223, "participants", R, "placebo arm, abdominoplasty"),
("s03-npbun", "suz03_abstract.txt", "n=[216])", "count", 216, 216, "participants", R, "placebo arm, bunionectomy"),
("s03-48h", "suz03_abstract.txt", "for [48 h]. Ibuprofen", "duration", 48, 48, "hours", R, "RCT treatment duration"),
("s03-2pt", "suz03_abstract.txt", "time to a [≥2-point] NPRS", "score", 2, 2, "points", O, "meaningful-relief threshold (definition)"),
("s03-sabd", "suz03_abstract.txt", "SPID48 was [118.4] with", "score", 118.4, 118.4, "points", R, "SPID48 suzetrigine arm, abdominoplasty"),
("s03-habd", "suz03_abstract.txt", "suzetrigine, [111.8] with HB/APAP", "score", 111.8, 111.8, "points", R, "SPID48 HB/APAP arm, abdominoplasty"),
("s03-pabd", "suz03_abstract.txt", "HB/APAP and [70.1] with placebo", "score", 70.1, 70.1, "points", R, "SPID48 placebo arm, abdominoplasty"),
("s03-abd", "suz03_abstract.txt", "difference versus placebo was [48.4] (95%", "score", 48.4, 48.4, "points", R, "SPID48 diff vs placebo, abdominoplasty"),
("s03-abdci", "suz03_abstract.txt", "(95% CI, [33.6 to 63.1];", "score", 33.6, 63.1, "points", R, "CI abdominoplasty"),
("s03-abdp", "suz03_abstract.txt", "63.1; P<[0.0001])", "pvalue", 0.0001, 0.0001, "", O, "p abdominoplasty"),
("s03-sbun", "suz03_abstract.txt", "SPID48 was [99.9], 120.1", "score", 99.9, 99.9, "points", R, "SPID48 suzetrigine arm, bunionectomy"),
("s03-hbun", "suz03_abstract.txt", "99.9, [120.1] and", "score", 120.1, 120.1, "points", R, "SPID48 HB/APAP arm, bunionectomy"),
("s03-pbun", "suz03_abstract.txt", "120.1 and [70.6],", "score", 70.6, 70.6, "points", R, "SPID48 placebo arm, bunionectomy"),
("s03-bun", "suz03_abstract.txt", "versus placebo of [29.3] (95%", "score", 29.3, 29.3, "points", R, "SPID48 diff vs placebo, bunionectomy"),
("s03-bunci", "suz03_abstract.txt", "(95% CI, [14.0 to 44.6];", "score", 14.0, 44.6, "points", R, "CI bunionectomy"),
("s03-bunp", "suz03_abstract.txt", "44.6; P=[0.0002])", "pvalue", 0.0002, 0.0002, "", O, "p bunionectomy"),
("s03-hbabd", "suz03_abstract.txt", "differences were [6.6] (95%", "score", 6.6, 6.6, "points", R, "SPID48 diff vs HB/APAP, abdominoplasty"),
("s03-hbabdci", "suz03_abstract.txt", "(95% CI, [−5.4 to 18.7];", "score", -5.4, 18.7, "points", R, "CI vs HB/APAP abdominoplasty"),
("s03-hbabdp", "suz03_abstract.txt", "18.7; P=[0.2781])", "pvalue", 0.2781, 0.2781, "", O, "p vs HB/APAP abdominoplasty"),
("s03-hbbun", "suz03_abstract.txt", "abdominoplasty and [−20.2] (95%", "score", -20.2, -20.2, "points", R, "SPID48 diff vs HB/APAP, bunionectomy"),
("s03-hbbunci", "suz03_abstract.txt", "(95% CI, [−32.7 to −7.7])", "score", -32.7, -7.7, "points", R, "CI vs HB/APAP bunionectomy"),
("s03-tabd", "suz03_abstract.txt", "relief was [119 minutes] with", "duration", 119, 119, "minutes", R, "median time to meaningful relief, abdominoplasty"),
("s03-tpabd", "suz03_abstract.txt", "versus [480 minutes] with placebo", "duration", 480, 480, "minutes", R, "median time, placebo, abdominoplasty"),
("s03-tbun", "suz03_abstract.txt", "and [240] versus 480 minutes", "duration", 240, 240, "minutes", R, "median time to meaningful relief, bunionectomy"),
("s03-tpbun", "suz03_abstract.txt", "240 versus [480 minutes] after", "duration", 480, 480, "minutes", R, "median time, placebo, bunionectomy"),
("s03-aesabd", "suz03_abstract.txt", "occurred in [50.0%] of suzetrigine", "percent", 50.0, 50.0, "%", R, "AE suzetrigine, abdominoplasty"),
("s03-aehabd", "suz03_abstract.txt", "suzetrigine, [60.7%] of HB/APAP", "percent", 60.7, 60.7, "%", R, "AE HB/APAP, abdominoplasty"),
("s03-aepabd", "suz03_abstract.txt", "HB/APAP and [56.3%] of placebo", "percent", 56.3, 56.3, "%", R, "AE placebo, abdominoplasty"),
("s03-aesbun", "suz03_abstract.txt", "and in [31.0%],", "percent", 31.0, 31.0, "%", R, "AE suzetrigine, bunionectomy"),
("s03-aehbun", "suz03_abstract.txt", "31.0%, [41.8%] and", "percent", 41.8, 41.8, "%", R, "AE HB/APAP, bunionectomy"),
("s03-aepbun", "suz03_abstract.txt", "41.8% and [35.2%],", "percent", 35.2, 35.2, "%", R, "AE placebo, bunionectomy"),
("s03-nsa", "suz03_abstract.txt", "single-arm study of [256] participants", "count", 256, 256, "participants", R, "single-arm study size"),
("s03-14d", "suz03_abstract.txt", "treated for up to [14 days]", "duration", 14, 14, "days", R, "single-arm treatment duration"),
("s03-48c", "suz03_abstract.txt", "limited to [48 hours] of treatment", "duration", 48, 48, "hours", O, "treatment duration (repeat)"),
("s03-2models", "suz03_abstract.txt", "treatment in [two] surgical models", "count", 2, 2, "models", O, "number of surgical models"),
# ---------------- suz04_explainer.txt (2025-03-12) ----------------
("s04-upd", "suz04_explainer.txt", "Updated [March 12, 2025]", "date", 2025, 2025, "year", O, "update metadata"),
("s04-20", "suz04_explainer.txt", "in more than [two decades]", "duration", 2, 2, "decades", R, "time since last new class"),
("s04-3mo", "suz04_explainer.txt", "lasting longer than [three months]", "duration", 3, 3, "months", O, "chronic pain definition"),
("s04-load", "suz04_explainer.txt", "first dose is [100 milligrams]", "dose", 100, 100, "mg", R, "loading dose"),
("s04-2tab", "suz04_explainer.txt", "— [two] tablets, taken", "count", 2, 2, "tablets", O, "tablets in first dose"),
("s04-maint", "suz04_explainer.txt", "take one [50 mg] tablet", "dose", 50, 50, "mg", R, "maintenance dose"),
("s04-1tab", "suz04_explainer.txt", "you take [one] 50 mg tablet", "count", 1, 1, "tablets", O, "tablets per maintenance dose"),
("s04-q12", "suz04_explainer.txt", "tablet every [12 hours]", "duration", 12, 12, "hours", R, "dosing interval"),
("s04-14d", "suz04_explainer.txt", "for no more than [14 days]", "duration", 14, 14, "days", R, "maximum studied duration"),
("s04-2studies", "suz04_explainer.txt", "In [two] large studies", "count", 2, 2, "trials", O, "number of pivotal trials"),
("s04-2d", "suz04_explainer.txt", "or a placebo for [two days]", "duration", 2, 2, "days", R, "RCT treatment duration"),
("s04-48def", "suz04_explainer.txt", "the [48-hour] pain score", "duration", 48, 48, "hours", O, "endpoint window (definition)"),
("s04-378", "suz04_explainer.txt", "improved by [37.8] points", "score", 37.8, 37.8, "points", R, "SPID48 diff vs placebo, tummy-tuck study (phase unstated)"),
("s04-tabd", "suz04_explainer.txt", "relief in about [two hours]", "duration", 2, 2, "hours", R, "median time to meaningful relief, abdominoplasty"),
("s04-tpbo", "suz04_explainer.txt", "compared with [eight hours] on placebo", "duration", 8, 8, "hours", R, "median time, placebo"),
("s04-2wk", "suz04_explainer.txt", "it for up to [two weeks]", "duration", 2, 2, "weeks", R, "single-arm treatment duration"),
("s04-8in10", "suz04_explainer.txt", "more than [eight in ten] rated", "percent", 80, 80, "%", R, "single-arm PGA good or better (bound: more than)"),
("s04-price", "suz04_explainer.txt", "list price is about [$31] a pill", "money", 31, 31, "USD", R, "list price per pill (per-day figure)"),
("s04-generic", "suz04_explainer.txt", "costs less than [$1] a tablet", "money", 1, 1, "USD", R, "generic HB/APAP price per tablet (bound: less than)"),
("s04-14dcov", "suz04_explainer.txt", "prescription to the [14 days]", "duration", 14, 14, "days", O, "coverage limit (repeat)"),
("s04-dpnn", "suz04_explainer.txt", "phase 2 study of [192] people", "count", 192, 192, "participants", R, "DPN phase 2 size"),
("s04-3doses", "suz04_explainer.txt", "[three] once-daily doses", "count", 3, 3, "doses", O, "number of DPN dose arms"),
("s04-once", "suz04_explainer.txt", "three [once]-daily doses", "count", 1, 1, "doses per day", O, "DPN dosing frequency"),
("s04-dpn2", "suz04_explainer.txt", "a little over [2 points]", "score", 2, 2, "points", R, "DPN NPRS reduction, suzetrigine doses (approx.)"),
("s04-12wk", "suz04_explainer.txt", "2 points after [12 weeks]", "duration", 12, 12, "weeks", O, "timepoint"),
("s04-preg", "suz04_explainer.txt", "brought a [2.09]-point drop", "score", 2.09, 2.09, "points", R, "DPN NPRS reduction, pregabalin"),
("s04-half", "suz04_explainer.txt", "About [half] of the 80 million", "percent", 50, 50, "%", R, "share given an opioid"),
("s04-80m", "suz04_explainer.txt", "half of the [80 million] Americans", "count", 80000000, 80000000, "people", R, "US acute-pain prescriptions per year"),
# ---------------- suz05_blog.txt (2025-08-20) ----------------
("s05-date", "suz05_blog.txt", "Raman | [August 20, 2025] |", "date", 2025, 2025, "year", O, "byline date"),
("s05-cap50", "suz05_blog.txt", "stocks the [50 mg] tablet", "dose", 50, 50, "mg", O, "tablet strength (caption)"),
("s05-appr", "suz05_blog.txt", "(brand name Journavx) in [January 2024]", "date", 2024, 2024, "year", R, "FDA approval date (off by a year)"),
("s05-march", "suz05_blog.txt", "the formulary [in March]", "date", 2025, 2025, "year", O, "formulary date (as-of)"),
("s05-41", "suz05_blog.txt", "started [41] patients", "count", 41, 41, "patients", R, "author's patients on drug"),
("s05-2trials", "suz05_blog.txt", "[Two] phase 3 trials", "count", 2, 2, "trials", O, "number of pivotal trials"),
("s05-nabd", "suz05_blog.txt", "randomized [1,181] adults", "count", 1181, 1181, "participants", R, "abdominoplasty trial size (transposed)"),
("s05-nbun", "suz05_blog.txt", "abdominoplasty and [1,073]", "count", 1073, 1073, "participants", R, "bunionectomy trial size"),
("s05-48h", "suz05_blog.txt", "placebo for\n[48 hours]", "duration", 48, 48, "hours", R, "RCT treatment duration"),
("s05-2d", "suz05_blog.txt", "relief over [two days])", "duration", 2, 2, "days", O, "endpoint window (definition)"),
("s05-abd", "suz05_blog.txt", "placebo by [48.4] points", "score", 48.4, 48.4, "points", R, "SPID48 diff vs placebo, abdominoplasty"),
("s05-trail", "suz05_blog.txt", "trailed it by [20.2] points", "score", 20.2, 20.2, "points", R, "SPID48 shortfall vs HB/APAP, bunionectomy (sign by wording)"),
("s05-2023", "suz05_blog.txt", "published in NEJM in\n[2023]", "date", 2023, 2023, "year", O, "phase 2 publication year"),
("s05-p2abd", "suz05_blog.txt", "high-dose gaps of [37.8]", "score", 37.8, 37.8, "points", R, "phase 2 SPID48 diff, abdominoplasty"),
("s05-p2bun", "suz05_blog.txt", "37.8 and [36.8] points", "score", 36.8, 36.8, "points", R, "phase 2 SPID48 diff, bunionectomy"),
("s05-p2nabd", "suz05_blog.txt", "samples of [303] and", "count", 303, 303, "participants", R, "phase 2 abdominoplasty size"),
("s05-p2nbun", "suz05_blog.txt", "303 and [274] patients", "count", 274, 274, "participants", R, "phase 2 bunionectomy size"),
("s05-cap2", "suz05_blog.txt", "by arm in the [two] phase 3 trials", "count", 2, 2, "trials", O, "caption: number of trials"),
("s05-price", "suz05_blog.txt", "List price is [$15.50] a pill", "money", 15.5, 15.5, "USD", R, "WAC per tablet"),
("s05-2pills", "suz05_blog.txt", "At [two] pills a day", "count", 2, 2, "tablets per day", O, "tablets per day"),
("s05-day", "suz05_blog.txt", "that is [$31] a day", "money", 31, 31, "USD", R, "price per day"),
("s05-2wk", "suz05_blog.txt", "full [two-week] course", "duration", 2, 2, "weeks", O, "course length (price basis)"),
("s05-course", "suz05_blog.txt", "comes to about [$434] before", "money", 434, 434, "USD", R, "two-week course price (28 tablets)"),
("s05-38", "suz05_blog.txt", "only about [38%] of covered", "percent", 38, 38, "%", R, "share of covered lives with coverage"),
("s05-copay", "suz05_blog.txt", "asked for a [$30] copay", "money", 30, 30, "USD", R, "copay seen by patients"),
("s05-41b", "suz05_blog.txt", "Most of my [41] patients", "count", 41, 41, "patients", O, "author's patients (repeat)"),
("s05-1in5", "suz05_blog.txt", "About [one in\nfive] asked", "percent", 20, 20, "%", R, "patients asking for stronger analgesia"),
("s05-lsrd", "suz05_blog.txt", "pain fell by\n[2.02] points", "score", 2.02, 2.02, "points", R, "LSR NPRS change, suzetrigine"),
("s05-lsrp", "suz05_blog.txt", "drug and [1.98] on placebo", "score", 1.98, 1.98, "points", R, "LSR NPRS change, placebo"),
("s05-12wk", "suz05_blog.txt", "on placebo after [12 weeks]", "duration", 12, 12, "weeks", O, "timepoint"),
("s05-once", "suz05_blog.txt", "with [once]-daily doses", "count", 1, 1, "doses per day", O, "DPN dosing frequency"),
("s05-d23", "suz05_blog.txt", "doses of [23], 45", "dose", 23, 23, "mg", R, "DPN low dose"),
("s05-d45", "suz05_blog.txt", "23, [45] and 69 mg", "dose", 45, 45, "mg", R, "DPN mid dose (misprint)"),
("s05-d69", "suz05_blog.txt", "45 and [69 mg]", "dose", 69, 69, "mg", R, "DPN high dose"),
("s05-dpnr", "suz05_blog.txt", "cutting pain by [2.11 to 2.26] points", "score", 2.11, 2.26, "points", R, "DPN NPRS reductions across doses"),
# ---------------- suz06_trade.txt (2024-12-19, Thursday) ----------------
("s06-date", "suz06_trade.txt", "[December 19, 2024] | By", "date", 2024, 2024, "year", O, "publication metadata"),
("s06-thu", "suz06_trade.txt", "said on [Thursday] that", "date", 2024, 2024, "year", R, "LSR phase 2 readout date"),
("s06-lsrd", "suz06_trade.txt", "leg pain by [2.02] points", "score", 2.02, 2.02, "points", R, "LSR NPRS change, suzetrigine"),
("s06-12wk", "suz06_trade.txt", "2.02 points after [12 weeks]", "duration", 12, 12, "weeks", O, "timepoint"),
("s06-lsrp", "suz06_trade.txt", "than the [1.98]-point improvement", "score", 1.98, 1.98, "points", R, "LSR NPRS change, placebo"),
("s06-n", "suz06_trade.txt", "randomized [202] adults", "count", 202, 202, "participants", R, "LSR phase 2 size"),
("s06-ns", "suz06_trade.txt", "adults, [102] to suzetrigine", "count", 102, 102, "participants", R, "LSR suzetrigine arm"),
("s06-np", "suz06_trade.txt", "suzetrigine and [100] to a placebo", "count", 100, 100, "participants", R, "LSR placebo arm"),
("s06-two", "suz06_trade.txt", "to compare the [two]. Vertex", "count", 2, 2, "arms", O, "number of arms (pronoun)"),
("s06-40", "suz06_trade.txt", "at roughly [40%] of study sites", "percent", 40, 40, "%", R, "share of sites with lower placebo response"),
("s06-11", "suz06_trade.txt", "down about [11%] in midday", "percent", 11, 11, "%", R, "share drop on LSR readout (midday)"),
("s06-2pt", "suz06_trade.txt", "improved by roughly [two points]", "score", 2, 2, "points", O, "analyst paraphrase (rounded)"),
("s06-aes", "suz06_trade.txt", "drug, at [22.9%] versus", "percent", 22.9, 22.9, "%", R, "LSR AE suzetrigine"),
("s06-aep", "suz06_trade.txt", "versus [32.4%] on placebo", "percent", 32.4, 32.4, "%", R, "LSR AE placebo"),
("s06-6wk", "suz06_trade.txt", "setback lands [six weeks] before", "duration", 6, 6, "weeks", O, "time to PDUFA (aside)"),
("s06-pdufa", "suz06_trade.txt", "the FDA's [Jan. 30] action date", "date", 2025, 2025, "year", R, "PDUFA target date"),
("s06-topline", "suz06_trade.txt", "[In January], Vertex said", "date", 2024, 2024, "year", R, "phase 3 topline date"),
("s06-48def", "suz06_trade.txt", "SPID48, a [48-hour] measure", "duration", 48, 48, "hours", O, "endpoint window (definition)"),
("s06-abd", "suz06_trade.txt", "by [48.4] points after abdominoplasty", "score", 48.4, 48.4, "points", R, "SPID48 diff vs placebo, abdominoplasty"),
("s06-bun", "suz06_trade.txt", "by [23.9] points after bunionectomy", "score", 23.9, 23.9, "points", R, "SPID48 diff vs placebo, bunionectomy (transposed)"),
("s06-tabd", "suz06_trade.txt", "a median of [four hours] after abdominoplasty", "duration", 4, 4, "hours", R, "median time to relief, abdominoplasty (wrong trial's figure)"),
("s06-tpbo", "suz06_trade.txt", "against [eight hours] on placebo", "duration", 8, 8, "hours", R, "median time, placebo"),
("s06-dpndate", "suz06_trade.txt", "[A year ago], a 192-patient", "date", 2023, 2023, "year", R, "DPN phase 2 readout date"),
("s06-dpnn", "suz06_trade.txt", "a [192]-patient phase 2", "count", 192, 192, "participants", R, "DPN phase 2 size"),
("s06-12wkd", "suz06_trade.txt", "showed [12-week] pain reductions", "duration", 12, 12, "weeks", O, "timepoint"),
("s06-r69", "suz06_trade.txt", "reductions of [2.26], 2.11", "score", 2.26, 2.26, "points", R, "DPN NPRS reduction, 69 mg"),
("s06-r46", "suz06_trade.txt", "2.26, [2.11] and", "score", 2.11, 2.11, "points", R, "DPN NPRS reduction, 46 mg"),
("s06-r23", "suz06_trade.txt", "2.11 and [2.18] points", "score", 2.18, 2.18, "points", R, "DPN NPRS reduction, 23 mg"),
("s06-d69", "suz06_trade.txt", "doses of [69 mg], 46 mg", "dose", 69, 69, "mg", R, "DPN high dose"),
("s06-d46", "suz06_trade.txt", "69 mg, [46 mg] and", "dose", 46, 46, "mg", R, "DPN mid dose"),
("s06-d23", "suz06_trade.txt", "46 mg and [23 mg]", "dose", 23, 23, "mg", R, "DPN low dose"),
("s06-once", "suz06_trade.txt", "points at [once]-daily doses", "count", 1, 1, "doses per day", O, "DPN dosing frequency"),
("s06-preg", "suz06_trade.txt", "against [2.09] points for the pregabalin", "score", 2.09, 2.09, "points", R, "DPN NPRS reduction, pregabalin"),
("s06-7", "suz06_trade.txt", "shares rose [7%] before", "percent", 7, 7, "%", R, "share rise on DPN readout"),
# ---------------- suz07_factcheck.txt (2025-02-14) ----------------
("s07-t400", "suz07_factcheck.txt", "doesn't cost [$400] a pill", "money", 400, 400, "USD", O, "post's price (attributed, headline)"),
("s07-t50", "suz07_factcheck.txt", "tested on \"only [50 people]\"", "count", 50, 50, "people", O, "post's trial size (attributed, headline)"),
("s07-date", "suz07_factcheck.txt", "[February 14, 2025] | By", "date", 2025, 2025, "year", O, "publication metadata"),
("s07-c400", "suz07_factcheck.txt", "\"costs [$400] a pill,\"", "money", 400, 400, "USD", O, "post's price (attributed)"),
("s07-c50", "suz07_factcheck.txt", "\"was only tested on [50 people].\"", "count", 50, 50, "people", O, "post's trial size (attributed)"),
("s07-shares", "suz07_factcheck.txt", "more than [30,000] times", "count", 30000, 30000, "shares", O, "post shares (aside)"),
("s07-appr", "suz07_factcheck.txt", "Journavx, on [Jan. 30, 2025]", "date", 2025, 2025, "year", R, "FDA approval date"),
("s07-price", "suz07_factcheck.txt", "cost at [$15.50] per 50 mg tablet", "money", 15.5, 15.5, "USD", R, "WAC per tablet"),
("s07-50mg", "suz07_factcheck.txt", "$15.50 per [50 mg] tablet", "dose", 50, 50, "mg", R, "tablet strength"),
("s07-not400", "suz07_factcheck.txt", "tablet, not [$400]", "money", 400, 400, "USD", O, "post's price (negated)"),
("s07-1tab", "suz07_factcheck.txt", "dose of [one] tablet every", "count", 1, 1, "tablets", O, "tablets per dose"),
("s07-q12", "suz07_factcheck.txt", "one tablet every [12 hours]", "duration", 12, 12, "hours", R, "dosing interval"),
("s07-day", "suz07_factcheck.txt", "that's [$31] a day", "money", 31, 31, "USD", R, "price per day"),
("s07-14d", "suz07_factcheck.txt", "a full [14-day] course", "duration", 14, 14, "days", O, "course length (price basis)"),
("s07-2tab", "suz07_factcheck.txt", "counting the [two]-tablet first dose", "count", 2, 2, "tablets", O, "tablets in first dose"),
("s07-course", "suz07_factcheck.txt", "lists at roughly [$450]", "money", 450, 450, "USD", R, "14-day course price (29 tablets)"),
("s07-q400", "suz07_factcheck.txt", "\"Nobody is paying [$400] a pill,\"", "money", 400, 400, "USD", O, "quoted negation"),
("s07-month", "suz07_factcheck.txt", "needed it for [a month]", "duration", 1, 1, "months", O, "hypothetical duration"),
("s07-1000", "suz07_factcheck.txt", "close to [$1,000]", "money", 1000, 1000, "USD", O, "hypothetical monthly cost (quote)"),
("s07-n50", "suz07_factcheck.txt", "not tested on [50 people]", "count", 50, 50, "people", O, "post's trial size (negated)"),
("s07-2trials", "suz07_factcheck.txt", "mainly on [two] randomized", "count", 2, 2, "trials", O, "number of pivotal trials"),
("s07-2191", "suz07_factcheck.txt", "together enrolled [2,191] adults", "count", 2191, 2191, "participants", R, "both pivotal trials combined"),
("s07-few50", "suz07_factcheck.txt", "as few as [50] participants", "count", 50, 50, "participants", O, "post's figure (negated)"),
("s07-two", "suz07_factcheck.txt", "tummy tucks the [two] performed", "count", 2, 2, "drugs", O, "pronoun count"),
("s07-48h", "suz07_factcheck.txt", "than placebo over [48 hours]", "duration", 48, 48, "hours", R, "RCT treatment duration"),
("s07-lsrdate", "suz07_factcheck.txt", "reported in [December 2023]", "date", 2023, 2023, "year", R, "LSR phase 2 readout date (off by a year)"),
("s07-deaths", "suz07_factcheck.txt", "reached roughly [82,000] in", "count", 82000, 82000, "deaths", R, "opioid-involved overdose deaths 2022"),
("s07-2022", "suz07_factcheck.txt", "82,000 in [2022]", "date", 2022, 2022, "year", O, "year of death count"),
]

STRICT = [
 # G1 abdominoplasty trial size: 1,118 vs transposed 1,181
 ("s05-nabd", "s02-nabd"), ("s05-nabd", "s03-nabd"),
 # G2 bunionectomy SPID48 difference: 29.3 vs transposed 23.9
 ("s06-bun", "s02-bun"), ("s06-bun", "s03-bun"),
 # G3 approval year: 2025 vs January 2024
 ("s05-appr", "s01-thu"), ("s05-appr", "s07-appr"),
 # G4 price per pill: $15.50 vs $31 (per-day figure given per pill)
 ("s04-price", "s01-price"), ("s04-price", "s05-price"), ("s04-price", "s07-price"),
 # G5 abdominoplasty AE arms swapped
 ("s01-ae56", "s03-aesabd"), ("s01-aepbo", "s03-aepabd"),
 # G6 time to meaningful relief after abdominoplasty: 2 h / 119 min vs 4 h (bunionectomy figure)
 ("s06-tabd", "s02-tabd"), ("s06-tabd", "s03-tabd"), ("s06-tabd", "s04-tabd"),
 # G7 DPN mid dose 46 mg vs 45 mg
 ("s05-d45", "s06-d46"),
 # G8 single-arm size 256 vs transposed 265
 ("s01-265", "s02-nsa"), ("s01-265", "s03-nsa"),
 # G9 LSR readout year 2024 vs December 2023
 ("s07-lsrdate", "s06-thu"), ("s07-lsrdate", "s01-lsrdate"),
]
QUALIFIED = [
 ("s01-870", "s07-2191"),                       # suzetrigine-treated patients vs all randomized
 ("s04-378", "s02-abd"), ("s04-378", "s03-abd"), ("s04-378", "s05-abd"), ("s04-378", "s06-abd"),  # phase 2 figure, phase unstated
 ("s01-12pct", "s06-11"),                       # day's close vs midday
 ("s05-course", "s07-course"),                  # 28 vs 29 tablets (loading dose)
 ("s05-appr", "s01-pdufa"), ("s05-appr", "s06-pdufa"),  # approval date vs target action date
]


def main():
    rows, byid = [], {}
    texts = {}
    for cid, doc, ctx, kind, lo, hi, unit, req, topic in C:
        if cid in byid:
            sys.exit(f"duplicate id {cid}")
        if doc not in texts:
            with open(os.path.join(TOPIC, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        t = texts[doc]
        assert ctx.count("[") == 1 and ctx.count("]") == 1, cid
        plain = ctx.replace("[", "").replace("]", "")
        n = t.count(plain)
        if n != 1:
            sys.exit(f"{cid}: context occurs {n} times in {doc}: {plain!r}")
        pos = t.index(plain)
        start = pos + ctx.index("[")
        span = ctx[ctx.index("[") + 1:ctx.index("]")]
        end = start + len(span)
        assert t[start:end] == span, cid
        row = {"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
               "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic}
        byid[cid] = row
        rows.append(row)
    # overlapping spans in one doc are an error
    for doc in texts:
        spans = sorted((r["start"], r["end"], r["id"]) for r in rows if r["doc"] == doc)
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                sys.exit(f"overlap {a} {b}")
    out = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            assert a in byid and b in byid, (a, b)
            assert byid[a]["doc"] != byid[b]["doc"], (a, b)
            out.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    keys = [frozenset((c["a"], c["b"])) for c in out]
    assert len(keys) == len(set(keys)), "duplicate conflict"
    with open(os.path.join(HERE, "suzetrigine.gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows + out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(r["required"] for r in rows)
    print(f"{len(rows)} claims ({req} required, {len(rows)-req} optional); "
          f"{len(STRICT)} strict, {len(QUALIFIED)} qualified conflicts")


if __name__ == "__main__":
    main()
