#!/usr/bin/env python3
"""Build tofersen.gold.jsonl: each claim is located by a context string that occurs
exactly once in its article; [[...]] inside the context marks the claim's span.
Offsets are Unicode code points into the article read as UTF-8. Every span is
checked against the article slice."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "tofersen")
OUT = os.path.join(HERE, "tofersen.gold.jsonl")

W, P, A, E, B, T, F = ("tof01_wire.txt", "tof02_press.txt", "tof03_abstract.txt",
                        "tof04_explainer.txt", "tof05_blog.txt", "tof06_trade.txt",
                        "tof07_factcheck.txt")
R, O = True, False  # required / optional

# (id, doc, context-with-[[span]], kind, low, high, unit, required, topic)
CLAIMS = [
    # ---- tof01 wire (2023-04-25, a Tuesday)
    ("tof-01-dateline", W, "WASHINGTON, [[April 25]] (Harbor", "date", 2023, 2023, "year", O, "dateline (publication metadata)"),
    ("tof-01-tue", W, "regulators on [[Tuesday]] granted", "date", 2023, 2023, "year", R, "fda accelerated approval date"),
    ("tof-01-share", W, "behind about [[2%]] of ALS", "percent", 2, 2, "%", R, "sod1 share of all als"),
    ("tof-01-us", W, "roughly [[330]] people", "count", 330, 330, "people", R, "us people with sod1-als"),
    ("tof-01-nfl", W, "fell by [[40%]] over", "percent", 40, 40, "%", R, "plasma nfl reduction, tofersen, faster-progressing, week 28"),
    ("tof-01-28wk", W, "After [[28 weeks]], scores", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-01-48pt", W, "on the [[48-point]] ALS", "score", 48, 48, "points", O, "alsfrs-r scale maximum"),
    ("tof-01-diff", W, "tofersen by [[2.1 points]]", "score", 2.1, 2.1, "points", R, "alsfrs-r difference tofersen vs placebo, week 28, faster-progressing"),
    ("tof-01-lastmo", W, "the application [[last month]]", "date", 2023, 2023, "year", R, "advisory committee meeting date"),
    ("tof-01-q1for", W, "panel voted [[9]]-0 that", "count", 9, 9, "votes", R, "adcom q1 (nfl reasonably likely) votes for"),
    ("tof-01-q1ag", W, "panel voted 9-[[0]] that", "count", 0, 0, "votes", R, "adcom q1 (nfl reasonably likely) votes against"),
    ("tof-01-q2for", W, "members voted [[5]]-3, with", "count", 5, 5, "votes", R, "adcom q2 votes for 'not convincing' (= no on persuasive evidence)"),
    ("tof-01-q2ag", W, "members voted 5-[[3]], with", "count", 3, 3, "votes", R, "adcom q2 votes against 'not convincing' (= yes on persuasive evidence)"),
    ("tof-01-abst", W, "with [[one]] abstention", "count", 1, 1, "votes", O, "adcom q2 abstentions"),
    ("tof-01-jan", W, "due to rule in [[January]]", "date", 2023, 2023, "year", R, "original pdufa date"),
    ("tof-01-3mo", W, "deadline back by [[three months]]", "duration", 3, 3, "months", R, "pdufa extension"),
    ("tof-01-atlas", W, "study in roughly [[150]] people", "count", 150, 150, "participants", R, "atlas enrolment"),
    ("tof-01-dose", W, "Qalsody is a [[100 mg]] injection", "dose", 100, 100, "mg", R, "dose"),
    ("tof-01-3load", W, "Patients receive [[three]] loading doses", "count", 3, 3, "doses", R, "loading doses"),
    ("tof-01-14d", W, "loading doses [[14 days]] apart", "duration", 14, 14, "days", R, "loading dose interval"),
    ("tof-01-28d", W, "dose every [[28 days]]", "duration", 28, 28, "days", R, "maintenance interval"),
    ("tof-01-tue2", W, "give a price on [[Tuesday]]", "date", 2023, 2023, "year", O, "repeat of approval day"),
    ("tof-01-week", W, "within [[about a week]]", "duration", 1, 1, "weeks", O, "expected time to distribution"),
    ("tof-01-relyv", W, "list price of about [[$158,000]] a year", "money", 158000, 158000, "USD", R, "relyvrio annual list price"),
    ("tof-01-surv", W, "die within [[three to five years]]", "duration", 3, 5, "years", R, "als survival from symptom onset (all als)"),

    # ---- tof02 press release (2022-06-03)
    ("tof-02-12mo-h", P, "Biogen Presents [[12-Month]] Tofersen", "duration", 12, 12, "months", O, "headline timepoint"),
    ("tof-02-date", P, "Mass., [[June 3, 2022]] --", "date", 2022, 2022, "year", O, "release date (publication metadata)"),
    ("tof-02-12mo", P, "new\n[[12-month]] results", "duration", 12, 12, "months", O, "timepoint"),
    ("tof-02-6mo", P, "switched to tofersen\n[[six months]] later", "duration", 6, 6, "months", O, "delay of delayed-start cohort"),
    ("tof-02-52wk", P, "Over [[52 weeks]], the", "duration", 52, 52, "weeks", O, "timepoint"),
    ("tof-02-early", P, "by [[6.0 points]] in the early-start", "score", 6.0, 6.0, "points", R, "alsfrs-r decline 52 wk, early start"),
    ("tof-02-delayed", P, "by [[9.5 points]] in the delayed-start", "score", 9.5, 9.5, "points", R, "alsfrs-r decline 52 wk, delayed start"),
    ("tof-02-diff52", P, "difference of [[3.5 points]]", "score", 3.5, 3.5, "points", R, "alsfrs-r difference 52 wk, early vs delayed start"),
    ("tof-02-ci52", P, "(95% CI: [[0.4, 6.7]])", "score", 0.4, 6.7, "points", R, "95% ci of 52-wk difference"),
    ("tof-02-hr1", P, "(hazard ratio\n[[0.36]];", "ratio", 0.36, 0.36, "HR", R, "hr death or permanent ventilation, early vs delayed"),
    ("tof-02-hr1ci", P, "95% CI: [[0.137, 0.941]]", "ratio", 0.137, 0.941, "HR", R, "95% ci hr death or pv"),
    ("tof-02-hr2", P, "(hazard ratio [[0.27]];", "ratio", 0.27, 0.27, "HR", R, "hr death, early vs delayed"),
    ("tof-02-hr2ci", P, "95% CI: [[0.084, 0.890]]", "ratio", 0.084, 0.890, "HR", R, "95% ci hr death"),
    ("tof-02-12mo2", P, "maintained through [[12 months]]", "duration", 12, 12, "months", O, "timepoint"),
    ("tof-02-oct21", P, "previously reported in [[October 2021]]", "date", 2021, 2021, "year", R, "valor topline date"),
    ("tof-02-wk28", P, "primary endpoint at [[week 28]]", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-02-sae", P, "reported in [[36.5%]] of people", "percent", 36.5, 36.5, "%", R, "serious aes, any, tofersen-treated (valor+ole)"),
    ("tof-02-disc", P, "and [[17.3%]] stopped", "percent", 17.3, 17.3, "%", R, "discontinued due to ae"),
    ("tof-02-deaths", P, "[[Fourteen]] deaths occurred", "count", 14, 14, "deaths", R, "deaths among tofersen-treated"),
    ("tof-02-28wk", P, "VALOR was a [[28-week]], randomized", "duration", 28, 28, "weeks", O, "study duration"),
    ("tof-02-n", P, "enrolled [[108]] adults", "count", 108, 108, "participants", R, "valor enrolled"),
    ("tof-02-ratio", P, "assigned [[2:1]] to", "ratio", 2, 2, "ratio", O, "randomization ratio"),
    ("tof-02-dose", P, "to tofersen [[100 mg]] or placebo", "dose", 100, 100, "mg", R, "dose"),
    ("tof-02-1978", P, "Founded in [[1978]]", "date", 1978, 1978, "year", O, "about-section fact"),

    # ---- tof03 structured abstract (2022-11-15)
    ("tof-03-52wk-t", A, "VALOR trial and [[52-week]] integrated", "duration", 52, 52, "weeks", O, "title timepoint"),
    ("tof-03-share", A, "account for approximately [[2%]] of", "percent", 2, 2, "%", R, "sod1 share of all als"),
    ("tof-03-sites", A, "conducted at [[32]] sites", "count", 32, 32, "sites", R, "valor sites"),
    ("tof-03-countries", A, "sites in [[10]] countries", "count", 10, 10, "countries", R, "valor countries"),
    ("tof-03-mar19", A, "between [[March 2019]] and", "date", 2019, 2019, "year", O, "trial start"),
    ("tof-03-jul21", A, "and [[July 2021]].", "date", 2021, 2021, "year", O, "trial end"),
    ("tof-03-ratio", A, "randomized [[2:1]] to eight", "ratio", 2, 2, "ratio", O, "randomization ratio"),
    ("tof-03-8doses", A, "2:1 to [[eight]] intrathecal", "count", 8, 8, "doses", R, "valor doses"),
    ("tof-03-dose", A, "doses of tofersen [[100 mg]]", "dose", 100, 100, "mg", R, "dose"),
    ("tof-03-24wk", A, "or placebo over [[24 weeks]]", "duration", 24, 24, "weeks", R, "valor treatment period"),
    ("tof-03-3load", A, "([[three]] loading doses", "count", 3, 3, "doses", R, "loading doses"),
    ("tof-03-5maint", A, "then [[five]] maintenance doses", "count", 5, 5, "doses", R, "valor maintenance doses"),
    ("tof-03-wk28a", A, "from baseline to [[week 28]] in the ALS", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-03-range", A, "(ALSFRS-R; range [[0–48]])", "score", 0, 48, "points", O, "scale range"),
    ("tof-03-52wk", A, "An integrated [[52-week]] analysis", "duration", 52, 52, "weeks", O, "timepoint"),
    ("tof-03-wk28b", A, "from placebo at [[week 28]] (delayed", "duration", 28, 28, "weeks", O, "switch timepoint"),
    ("tof-03-N", A, "N = [[108]] were", "count", 108, 108, "participants", R, "valor enrolled"),
    ("tof-03-n72", A, "(tofersen n=[[72]];", "count", 72, 72, "participants", R, "valor tofersen arm"),
    ("tof-03-n36", A, "placebo n=[[36]])", "count", 36, 36, "participants", R, "valor placebo arm"),
    ("tof-03-n60", A, "comprised n=[[60]] (", "count", 60, 60, "participants", R, "faster-progression subgroup"),
    ("tof-03-n39", A, "([[39]] tofersen, 21", "count", 39, 39, "participants", R, "faster subgroup tofersen"),
    ("tof-03-n21", A, "39 tofersen, [[21]] placebo", "count", 21, 21, "participants", R, "faster subgroup placebo"),
    ("tof-03-chgT", A, "changed by [[−6.98 points]]", "score", -6.98, -6.98, "points", R, "alsfrs-r change wk 28 tofersen faster"),
    ("tof-03-chgP", A, "and [[−8.14]] with placebo", "score", -8.14, -8.14, "points", R, "alsfrs-r change wk 28 placebo faster"),
    ("tof-03-wk28c", A, "with placebo at [[week 28]] (difference", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-03-diff", A, "(difference [[1.2 points]];", "score", 1.2, 1.2, "points", R, "alsfrs-r difference tofersen vs placebo, week 28, faster-progressing"),
    ("tof-03-ci", A, "95% CI, [[−3.2 to 5.5]];", "score", -3.2, 5.5, "points", R, "95% ci of week-28 difference"),
    ("tof-03-p", A, "P=[[0.97]])", "pvalue", 0.97, 0.97, "p", R, "primary endpoint p value"),
    ("tof-03-sod1", A, "CSF SOD1 by [[29%]]", "percent", 29, 29, "%", R, "csf sod1 reduction tofersen faster"),
    ("tof-03-sod1p", A, "with a [[16%]] increase", "percent", 16, 16, "%", R, "csf sod1 increase placebo faster"),
    ("tof-03-nfl", A, "plasma NfL by [[60%]]", "percent", 60, 60, "%", R, "plasma nfl reduction, tofersen, faster-progressing, week 28"),
    ("tof-03-nflp", A, "with a [[20%]] increase with placebo. Secondary", "percent", 20, 20, "%", R, "plasma nfl increase placebo faster"),
    ("tof-03-wk28d", A, "between groups at [[week 28]].", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-03-ole", A, "[[Ninety-five]] participants", "count", 95, 95, "participants", R, "entered ole"),
    ("tof-03-ole88", A, "participants ([[88%]])", "percent", 88, 88, "%", R, "share entering ole"),
    ("tof-03-52wkb", A, "At [[52 weeks]], ALSFRS-R", "duration", 52, 52, "weeks", O, "timepoint"),
    ("tof-03-early", A, "declined by [[6.0 points]] in the early-start", "score", 6.0, 6.0, "points", R, "alsfrs-r decline 52 wk, early start"),
    ("tof-03-delayed", A, "and [[9.5 points]] in the delayed-start", "score", 9.5, 9.5, "points", R, "alsfrs-r decline 52 wk, delayed start"),
    ("tof-03-diff52", A, "(difference [[3.5]]; 95% CI", "score", 3.5, 3.5, "points", R, "alsfrs-r difference 52 wk, early vs delayed start"),
    ("tof-03-ci52", A, "95% CI, [[0.4 to 6.7]])", "score", 0.4, 6.7, "points", R, "95% ci of 52-wk difference"),
    ("tof-03-hr", A, "permanent ventilation, [[0.27]])", "ratio", 0.27, 0.27, "HR", R, "hr death or permanent ventilation, early vs delayed"),
    ("tof-03-neuro", A, "occurred in [[7%]] of tofersen", "percent", 7, 7, "%", R, "serious neurologic aes, tofersen-treated"),
    ("tof-03-28wk", A, "Over [[28 weeks]] tofersen", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-03-jul22", A, "application in [[July 2022]]", "date", 2022, 2022, "year", R, "nda acceptance"),
    ("tof-03-oct", A, "review; in [[October]], it", "date", 2022, 2022, "year", R, "pdufa extension announced"),
    ("tof-03-3mo", A, "review by [[three months]]", "duration", 3, 3, "months", R, "pdufa extension"),
    ("tof-03-pdufa", A, "to [[April 25, 2023]].", "date", 2023, 2023, "year", R, "pdufa action date (scheduled)"),

    # ---- tof04 explainer (2024-03-12)
    ("tof-04-upd", E, "Updated [[March 2024]].", "date", 2024, 2024, "year", O, "update date (publication metadata)"),
    ("tof-04-inher", E, "About [[one in ten]] people", "percent", 10, 10, "%", R, "inherited share of all als"),
    ("tof-04-sod1inh", E, "explain roughly [[one in five]] of those", "percent", 20, 20, "%", R, "sod1 share of inherited als"),
    ("tof-04-dose", E, "injects [[100 mg]] into", "dose", 100, 100, "mg", R, "dose"),
    ("tof-04-3load", E, "You get [[three]] starting doses", "count", 3, 3, "doses", R, "loading doses"),
    ("tof-04-2wk", E, "starting doses [[two weeks]] apart", "duration", 2, 2, "weeks", R, "loading dose interval"),
    ("tof-04-onedose", E, "then [[one]] dose every", "count", 1, 1, "doses", O, "doses per maintenance interval"),
    ("tof-04-4wk", E, "one dose every [[four weeks]]", "duration", 4, 4, "weeks", R, "maintenance interval"),
    ("tof-04-hours", E, "usually takes [[a few hours]]", "duration", None, None, "hours", O, "visit length (vague)"),
    ("tof-04-n", E, "included [[about 100]] people", "count", 100, 100, "participants", R, "valor size (rounded)"),
    ("tof-04-6mo", E, "function at [[roughly six months]]", "duration", 6, 6, "months", O, "primary timepoint"),
    ("tof-04-year", E, "After [[a year]], people", "duration", 1, 1, "years", O, "timepoint"),
    ("tof-04-diff", E, "were about [[1.2 points]] ahead", "score", 1.2, 1.2, "points", R, "alsfrs-r difference 52 wk, early vs delayed start"),
    ("tof-04-48pt", E, "on the [[48-point]] ALS", "score", 48, 48, "points", O, "alsfrs-r scale maximum"),
    ("tof-04-6mo2", E, "from placebo [[six months]] later", "duration", 6, 6, "months", O, "delay of delayed-start cohort"),
    ("tof-04-neuro", E, "affected about [[1 in 14]] people", "percent", 100 / 14, 100 / 14, "%", R, "serious neurologic aes, tofersen-treated"),
    ("tof-04-price", E, "list price is [[$14,320]] per injection", "money", 14320, 14320, "USD", R, "list price per dose"),
    ("tof-04-yr1", E, "nearly [[$200,000]] in the first year", "money", 200000, 200000, "USD", R, "first-year list cost"),
    ("tof-04-chmp", E, "[[Last month]], the European", "date", 2024, 2024, "year", R, "chmp positive opinion date"),
    ("tof-04-ec", E, "expected in the [[second quarter of 2024]]", "date", 2024, 2024, "year", R, "expected ec decision"),

    # ---- tof05 blog (2026-01-20)
    ("tof-05-5yr-t", B, "What [[five years]] of tofersen", "duration", 5, 5, "years", O, "title follow-up length"),
    ("tof-05-date", B, "neurologist  ·  [[January 20, 2026]]", "date", 2026, 2026, "year", O, "byline date (publication metadata)"),
    ("tof-05-lastmo", B, "[[Last month]]'s long-term", "date", 2025, 2025, "year", O, "publication of long-term report"),
    ("tof-05-share", B, "account for about [[one in five]] cases of ALS", "percent", 20, 20, "%", R, "sod1 share of all als"),
    ("tof-05-6mo", B, "functional endpoint at [[six months]]", "duration", 6, 6, "months", O, "primary timepoint"),
    ("tof-05-nfl", B, "dropped by [[about half]] in treated", "percent", 50, 50, "%", R, "plasma nfl reduction, treated patients (population unspecified)"),
    ("tof-05-q1for", B, "panel voted [[eight]] to one", "count", 8, 8, "votes", R, "adcom q1 (nfl reasonably likely) votes for"),
    ("tof-05-q1ag", B, "voted eight to [[one]] that", "count", 1, 1, "votes", R, "adcom q1 (nfl reasonably likely) votes against"),
    ("tof-05-appr", B, "accelerated approval in [[April 2022]]", "date", 2022, 2022, "year", R, "fda accelerated approval date"),
    ("tof-05-ec", B, "followed in [[May 2024]]", "date", 2024, 2024, "year", R, "ec approval date"),
    ("tof-05-46", B, "original cohort, [[46]] people", "count", 46, 46, "participants", R, "completed long-term follow-up"),
    ("tof-05-fu", B, "between [[3.5 and 5.5 years]] of", "duration", 3.5, 5.5, "years", O, "follow-up length"),
    ("tof-05-quarter", B, "[[About a quarter]] of participants", "percent", 25, 25, "%", R, "stabilized or improved"),
    ("tof-05-3yr", B, "improved over [[roughly three years]]", "duration", 3, 3, "years", O, "timepoint"),
    ("tof-05-alive", B, "[[At least half]] of participants", "percent", 50, 50, "%", R, "alive ~5 years after study start"),
    ("tof-05-5yr", B, "alive [[nearly five years]] after", "duration", 5, 5, "years", O, "timepoint"),
    ("tof-05-surv", B, "typically allows [[two to three years]]", "duration", 2, 3, "years", R, "untreated sod1-als survival from symptoms"),
    ("tof-05-3yr2", B, "significant at [[three years]]", "duration", 3, 3, "years", O, "timepoint"),
    ("tof-05-6mo2", B, "onto drug after [[six months]]", "duration", 6, 6, "months", O, "switch timepoint"),
    ("tof-05-nine", B, "[[Nine]] participants, about", "count", 9, 9, "participants", R, "serious inflammatory neuro events (long-term report)"),
    ("tof-05-9pct", B, "participants, about [[9%]]", "percent", 9, 9, "%", R, "serious neurologic aes, tofersen-treated (long-term report)"),
    ("tof-05-11", B, "we now have [[11]] people", "count", 11, 11, "patients", R, "patients on tofersen at author's clinic"),
    ("tof-05-200k", B, "around [[$200,000]] for the first year", "money", 200000, 200000, "USD", R, "first-year list cost"),

    # ---- tof06 trade (2023-05-02)
    ("tof-06-price-h", T, "Biogen puts a [[$14,230]]-per-dose", "money", 14230, 14230, "USD", O, "list price per dose (headline repeat)"),
    ("tof-06-price", T, "will charge [[$14,230]] for each", "money", 14230, 14230, "USD", R, "list price per dose"),
    ("tof-06-mon", T, "said on [[Monday]]", "date", 2023, 2023, "year", R, "price disclosure date"),
    ("tof-06-3load", T, "receive [[three]] loading doses", "count", 3, 3, "doses", R, "loading doses"),
    ("tof-06-14", T, "involves [[fourteen]] injections", "count", 14, 14, "doses", R, "first-year doses"),
    ("tof-06-yr1", T, "comes to [[$199,220]] at list", "money", 199220, 199220, "USD", R, "first-year list cost"),
    ("tof-06-13", T, "with [[thirteen]] maintenance doses", "count", 13, 13, "doses", R, "doses per later year"),
    ("tof-06-yr2", T, "falls to [[$184,990]]", "money", 184990, 184990, "USD", R, "later-year list cost"),
    ("tof-06-relyv", T, "roughly [[$158,000]] a year", "money", 158000, 158000, "USD", R, "relyvrio annual list price"),
    ("tof-06-relyvdate", T, "for ALS in [[September 2022]]", "date", 2022, 2022, "year", R, "relyvrio approval date"),
    ("tof-06-edar", T, "up to [[$169,000]] a year", "money", 169000, 169000, "USD", R, "iv edaravone annual cost"),
    ("tof-06-us", T, "an estimated [[3,300]] U.S. patients", "count", 3300, 3300, "people", R, "us people with sod1-als"),
    ("tof-06-p", T, "p-value of [[0.097]]", "pvalue", 0.097, 0.097, "p", R, "primary endpoint p value"),
    ("tof-06-thisweek", T, "receiving product [[this week]]", "date", 2023, 2023, "year", O, "expected distribution"),
    ("tof-06-latermo", T, "quarterly results [[later this month]]...", "date", 2023, 2023, "year", O, "retracted statement"),
    ("tof-06-lastwk", T, "first-quarter results [[last week]]", "date", 2023, 2023, "year", O, "biogen q1 results date (editor's note)"),

    # ---- tof07 fact-check (2023-05-10)
    ("tof-07-1m-h", F, "approve a \"[[$1 million]]\" ALS drug", "money", 1000000, 1000000, "USD", O, "figure attributed to false post (headline)"),
    ("tof-07-1m-claim", F, "approved a [[$1 million]]-a-year", "money", 1000000, 1000000, "USD", O, "figure attributed to false post"),
    ("tof-07-postdate", F, "Instagram, [[early May 2023]])", "date", 2023, 2023, "year", O, "date of post"),
    ("tof-07-1m-verdict", F, "price is far below [[$1 million]]", "money", 1000000, 1000000, "USD", O, "figure attributed to false post"),
    ("tof-07-appr", F, "to Qalsody on [[April 25]] for", "date", 2023, 2023, "year", R, "fda accelerated approval date"),
    ("tof-07-n", F, "trial enrolled [[99]] people", "count", 99, 99, "participants", R, "valor enrolled"),
    ("tof-07-28wk", F, "scored at [[28 weeks]]", "duration", 28, 28, "weeks", O, "timepoint"),
    ("tof-07-ph12", F, "study in [[50]] people", "count", 50, 50, "participants", R, "phase 1/2 size"),
    ("tof-07-mar", F, "Committee met in [[March]] and", "date", 2023, 2023, "year", R, "advisory committee meeting date"),
    ("tof-07-two", F, "asked [[two]] separate questions", "count", 2, 2, "questions", O, "number of voting questions"),
    ("tof-07-q2yes", F, "works, [[three]] members said yes", "count", 3, 3, "votes", R, "adcom q2 yes (persuasive evidence)"),
    ("tof-07-q2no", F, "said yes, [[five]] said no", "count", 5, 5, "votes", R, "adcom q2 no (persuasive evidence)"),
    ("tof-07-abst", F, "and [[one]] abstained", "count", 1, 1, "votes", O, "adcom q2 abstentions"),
    ("tof-07-price", F, "list price of [[$14,230]] per dose", "money", 14230, 14230, "USD", R, "list price per dose"),
    ("tof-07-3extra", F, "patients get [[three]] extra starting doses", "count", 3, 3, "doses", R, "loading doses"),
    ("tof-07-yr1", F, "first year comes to [[$199,220]]", "money", 199220, 199220, "USD", R, "first-year list cost"),
    ("tof-07-fifth", F, "or [[about a fifth]] of the figure", "percent", 20, 20, "%", O, "ratio of true price to post's figure"),
    ("tof-07-1m-src", F, "source for the \"[[$1 million]]\" number", "money", 1000000, 1000000, "USD", O, "figure attributed to false post"),
    ("tof-07-us", F, "fewer than [[500]] Americans", "count", 500, 500, "people", R, "us people with sod1-als (upper bound)"),
    ("tof-07-als", F, "roughly [[31,000]] people living", "count", 31000, 31000, "people", R, "us people living with als"),
    ("tof-07-ten", F, "program, [[ten]] participants", "count", 10, 10, "participants", R, "serious neurologic ae count (clinical program)"),
    ("tof-07-neuro", F, "about [[7%]] of those", "percent", 7, 7, "%", R, "serious neurologic aes, tofersen-treated"),
    ("tof-07-dose", F, "received the [[100 mg]] dose", "dose", 100, 100, "mg", O, "dose (qualifier)"),
]

STRICT = [
    # S1 advisory committee, NfL question: 9-0 vs "eight to one"
    ("tof-01-q1for", "tof-05-q1for"), ("tof-01-q1ag", "tof-05-q1ag"),
    # S2 accelerated approval year: 2023 vs "April 2022"
    ("tof-01-tue", "tof-05-appr"), ("tof-07-appr", "tof-05-appr"),
    # S3 price per dose: $14,230 vs $14,320 (transposed digits)
    ("tof-06-price", "tof-04-price"), ("tof-07-price", "tof-04-price"),
    # S4 SOD1 share of all ALS: ~2% vs "one in five" (familial share given as overall)
    ("tof-01-share", "tof-05-share"), ("tof-03-share", "tof-05-share"),
    # S5 US SOD1-ALS population: ~330 / fewer than 500 vs 3,300
    ("tof-01-us", "tof-06-us"), ("tof-07-us", "tof-06-us"),
    # S6 VALOR enrolment: 108 vs 99 (planned Part C enrolment)
    ("tof-02-n", "tof-07-n"), ("tof-03-N", "tof-07-n"),
    # S7 week-28 primary difference: 1.2 vs 2.1
    ("tof-03-diff", "tof-01-diff"),
    # S8 primary p value: 0.97 vs 0.097
    ("tof-03-p", "tof-06-p"),
    # S9 plasma NfL reduction, faster-progressing tofersen arm: 60% vs 40% (GMR 0.40 read as a 40% fall)
    ("tof-03-nfl", "tof-01-nfl"),
    # S10 HR for death or permanent ventilation: 0.36 vs 0.27 (the death-only HR)
    ("tof-02-hr1", "tof-03-hr"),
    # S11 52-week early- vs delayed-start difference: 3.5 vs 1.2 (28-week figure given for one year)
    ("tof-02-diff52", "tof-04-diff"), ("tof-03-diff52", "tof-04-diff"),
]

QUALIFIED = [
    # Q1 NfL "about half in treated patients" (population/timepoint unspecified) vs faster-subgroup figures
    ("tof-05-nfl", "tof-03-nfl"), ("tof-05-nfl", "tof-01-nfl"),
    # Q2 serious neurologic AEs: long-term report (9 people, 9%) vs earlier data cut (10 people, ~7%)
    ("tof-05-9pct", "tof-03-neuro"), ("tof-05-9pct", "tof-07-neuro"), ("tof-05-9pct", "tof-04-neuro"),
    ("tof-05-nine", "tof-07-ten"),
    # Q3 same advisory question, opposite framing: 5-3 "not convincing" vs 3 yes / 5 no on "persuasive"
    ("tof-01-q2for", "tof-07-q2yes"), ("tof-01-q2ag", "tof-07-q2no"),
    # Q4 scheduled FDA action dates (2023) vs blog's approval "April 2022"
    ("tof-03-pdufa", "tof-05-appr"), ("tof-01-jan", "tof-05-appr"),
    # Q5 headline repeat of the per-dose price vs the explainer's transposed price
    ("tof-06-price-h", "tof-04-price"),
]


def main():
    texts = {}
    for fn in sorted(os.listdir(TOPIC)):
        if fn.endswith(".txt"):
            with open(os.path.join(TOPIC, fn), encoding="utf-8") as f:
                texts[fn] = f.read()
    rows, ids, errors = [], set(), []
    for cid, doc, ctx, kind, low, high, unit, req, topic in CLAIMS:
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        m = re.search(r"\[\[(.+?)\]\]", ctx, re.S)
        if not m:
            errors.append(f"{cid}: no [[span]] in context"); continue
        span = m.group(1)
        plain = ctx[:m.start()] + span + ctx[m.end():]
        text = texts[doc]
        n = text.count(plain)
        if n != 1:
            errors.append(f"{cid}: context occurs {n} times in {doc}: {plain!r}"); continue
        start = text.index(plain) + m.start()
        end = start + len(span)
        if text[start:end] != span:
            errors.append(f"{cid}: slice mismatch"); continue
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    # overlapping spans within a document are not allowed
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append(f"overlap {a['id']} / {b['id']}")
    docs = {r["id"]: r["doc"] for r in rows}
    req = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            if a not in docs or b not in docs:
                errors.append(f"unknown id in pair {a},{b}"); continue
            if docs[a] == docs[b]:
                errors.append(f"same-document pair {a},{b}")
            if grade == "strict" and not (req[a] and req[b]):
                errors.append(f"strict pair with optional claim {a},{b}")
            k = frozenset((a, b))
            if k in seen:
                errors.append(f"duplicate pair {a},{b}")
            seen.add(k)
            conf.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"{len(rows)} claims ({nreq} required, {len(rows) - nreq} optional); "
          f"{len(STRICT)} strict, {len(QUALIFIED)} qualified -> {OUT}")


if __name__ == "__main__":
    main()
