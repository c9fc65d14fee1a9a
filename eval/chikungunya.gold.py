#!/usr/bin/env python3
"""Build chikungunya.gold.jsonl from the articles in ./chikungunya/.

Each claim is located by an anchor string that must occur exactly once in its
article; the span is the part of the anchor inside [[...]] (or the whole anchor
when it has no brackets). Offsets are Unicode code points into the file as read
with UTF-8. The script checks that every span equals the article slice, that no
two spans of one article overlap, and that every conflict pairs two different
documents. It also writes a self-check claims.csv / conflicts.csv built from the
gold into ./chikungunya.selfcheck/.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "chikungunya"
ART = os.path.join(HERE, TOPIC)
OUT = os.path.join(HERE, TOPIC + ".gold.jsonl")
SELF = os.path.join(HERE, TOPIC + ".selfcheck")

W, P, A, E, B, L, F = ("chik01_wire.txt", "chik02_press.txt", "chik03_abstract.txt",
                       "chik04_explainer.txt", "chik05_blog.txt", "chik06_local.txt",
                       "chik07_factcheck.txt")
T, N = True, False  # required / optional

# (id, doc, anchor, kind, low, high, unit, required, topic)
CLAIMS = [
    # ---------------- chik01_wire.txt (2025-08-25) ----------------
    ("chk-01-dateline", W, "PARIS, [[Aug 25]]", "date", 2025, 2025, "year", N, "publication dateline"),
    ("chk-01-mon", W, "said on [[Monday]]", "date", 2025, 2025, "year", N, "valneva statement date"),
    ("chk-01-fri", W, "step on [[Friday]]", "date", 2025, 2025, "year", T, "fda license suspension date"),
    ("chk-01-four", W, "receiving [[four]] new reports", "count", 4, 4, "reports", T, "new serious reports prompting suspension"),
    ("chk-01-three-new", W, "[[Three]] involved people", "count", 3, 3, "reports", T, "new reports in people aged 70-82"),
    ("chk-01-7082", W, "aged [[70 to 82]]", "age", 70, 82, "years", T, "ages of the new august reports"),
    ("chk-01-55", W, "a [[55]]-year-old", "age", 55, 55, "years", T, "age of the fourth new report"),
    ("chk-01-20", W, "more than [[20]] serious", "count", 20, 20, "events", T, "chikungunya-like serious AEs in VAERS (Aug 2025)"),
    ("chk-01-21h", W, "[[21]] hospitalizations", "count", 21, 21, "hospitalizations", T, "hospitalizations after ixchiq (Aug 2025)"),
    ("chk-01-3d", W, "[[three]] deaths among", "count", 3, 3, "deaths", T, "deaths reported after ixchiq (Aug 2025)"),
    ("chk-01-1enc", W, "including [[one]] death from", "count", 1, 1, "deaths", N, "vaccine-strain encephalitis death"),
    ("chk-01-appr", W, "[[November 2023]]", "date", 2023, 2023, "year", T, "ixchiq fda approval date"),
    ("chk-01-18", W, "adults [[18]] and older", "age", 18, 18, "years", T, "ixchiq licensed age lower bound"),
    ("chk-01-4100", W, "more than [[4,100]] volunteers", "count", 4100, 4100, "participants", T, "ixchiq pivotal trial size (bound: more than)"),
    ("chk-01-43", W, "at [[43]] U.S. sites", "count", 43, 43, "sites", T, "ixchiq pivotal trial sites"),
    ("chk-01-99", W, "nearly [[99%]]", "percent", 99, 99, "%", T, "ixchiq seroresponse day 28 (pivotal)"),
    ("chk-01-4wk", W, "[[four weeks]] after", "duration", 4, 4, "weeks", N, "timepoint"),
    ("chk-01-spring", W, "surfaced [[this spring]]", "date", 2025, 2025, "year", N, "aside"),
    ("chk-01-may", W, "In [[May]], the FDA", "date", 2025, 2025, "year", T, "us pause date"),
    ("chk-01-60", W, "people [[60]] and older", "age", 60, 60, "years", T, "us pause age cutoff"),
    ("chk-01-17", W, "after [[17]] serious", "count", 17, 17, "events", T, "ixchiq serious AEs reported as of May 2025"),
    ("chk-01-2d", W, "including [[two]] deaths", "count", 2, 2, "deaths", T, "ixchiq deaths reported as of May 2025"),
    ("chk-01-6289", W, "aged [[62 to 89]]", "age", 62, 89, "years", T, "ages in May 2025 serious AE reports"),
    ("chk-01-80k", W, "Roughly [[80,000]] doses", "count", 80000, 80000, "doses", T, "ixchiq doses distributed as of May 2025"),
    ("chk-01-lifted", W, "pause [[earlier this month]]", "date", 2025, 2025, "year", T, "us pause lifted date"),
    ("chk-01-dayslater", W, "outright [[days later]]", "duration", None, None, "days", N, "vague interval"),
    ("chk-01-65", W, "vaccinating people [[65]] and older", "age", 65, 65, "years", T, "ema restriction age cutoff"),
    ("chk-01-jul", W, "older in [[July]]", "date", 2025, 2025, "year", T, "ema restriction lifted date"),
    ("chk-01-feb", W, "approved in [[February]]", "date", 2025, 2025, "year", T, "vimkunya fda approval date"),
    ("chk-01-12", W, "people [[12]] and older", "age", 12, 12, "years", T, "vimkunya age lower bound"),
    ("chk-01-vfor", W, "voted [[14]]-1", "count", 14, 14, "votes", T, "acip vimkunya votes for"),
    ("chk-01-vag", W, "voted 14-[[1]]", "count", 1, 1, "votes", T, "acip vimkunya votes against"),
    ("chk-01-apr", W, "in [[April]] to recommend", "date", 2025, 2025, "year", T, "acip vimkunya vote date"),
    ("chk-01-lastmo", W, "warned [[last month]]", "date", 2025, 2025, "year", T, "who warning date"),
    ("chk-01-119", W, "in [[119]] countries", "count", 119, 119, "countries", T, "countries with chikungunya detected (WHO)"),
    ("chk-01-56b", W, "[[5.6 billion]] people", "count", 5.6e9, 5.6e9, "people", T, "people at risk (WHO)"),
    ("chk-01-54k", W, "more than [[54,000]] confirmed", "count", 54000, 54000, "cases", T, "la reunion confirmed cases 2025"),
    ("chk-01-thisyr", W, "infections [[this year]]", "date", 2025, 2025, "year", N, "period qualifier"),
    ("chk-01-7700", W, "more than [[7,700]] cases", "count", 7700, 7700, "cases", T, "guangdong cumulative cases since july"),
    ("chk-01-sincejul", W, "cases since [[July]]", "date", 2025, 2025, "year", N, "period qualifier"),

    # ---------------- chik02_press.txt (2025-02-14) ----------------
    ("chk-02-title12", P, "Persons Aged [[12]] and Older", "age", 12, 12, "years", N, "headline repeat"),
    ("chk-02-dateline", P, "Denmark, [[February 14, 2025]]", "date", 2025, 2025, "year", N, "dateline"),
    ("chk-02-today", P, "[[today]] announced", "date", 2025, 2025, "year", T, "vimkunya fda approval date"),
    ("chk-02-12", P, "individuals [[12]] years of age", "age", 12, 12, "years", T, "vimkunya age lower bound"),
    ("chk-02-3500", P, "more than [[3,500]] healthy", "count", 3500, 3500, "participants", T, "vimkunya two phase 3 trials combined"),
    ("chk-02-2trials", P, "basis of [[two]] Phase 3", "count", 2, 2, "trials", N, "number of phase 3 trials"),
    ("chk-02-3254", P, "enrolled [[3,254]] participants", "count", 3254, 3254, "participants", T, "vimkunya trial 1 (12-64) enrolled"),
    ("chk-02-1264", P, "aged [[12 to 64]] years", "age", 12, 64, "years", T, "vimkunya trial 1 age range"),
    ("chk-02-978", P, "[[97.8%]] of vaccinated", "percent", 97.8, 97.8, "%", T, "vimkunya seroresponse day 21 (12-64)"),
    ("chk-02-21d", P, "[[21 days]] after", "duration", 21, 21, "days", N, "timepoint"),
    ("chk-02-65", P, "adults aged [[65]] years and older", "age", 65, 65, "years", N, "vimkunya trial 2 population"),
    ("chk-02-87", P, "rate of [[87%]]", "percent", 87, 87, "%", T, "vimkunya seroresponse 65+"),
    ("chk-02-1wk", P, "within [[one week]]", "duration", 1, 1, "weeks", N, "onset of response"),
    ("chk-02-h1", P, "in the [[first half of 2025]]", "date", 2025, 2025, "year", T, "vimkunya us launch target"),
    ("chk-02-jan", P, "at its [[January]] meeting", "date", 2025, 2025, "year", T, "chmp positive opinion date"),
    ("chk-02-110", P, "more than [[110]] countries", "count", 110, 110, "countries", T, "countries where virus identified (bound: more than)"),
    ("chk-02-50", P, "more than [[50]] countries", "count", 50, 50, "countries", T, "countries with transmission in last five years"),
    ("chk-02-5y", P, "last [[five years]]", "duration", 5, 5, "years", N, "period qualifier"),
    ("chk-02-620k", P, "Approximately [[620,000]] cases", "count", 620000, 620000, "cases", T, "global cases 2024"),
    ("chk-02-200", P, "[[200]] deaths", "count", 200, 200, "deaths", T, "global deaths 2024"),
    ("chk-02-2024", P, "worldwide in [[2024]]", "date", 2024, 2024, "year", N, "period qualifier"),
    ("chk-02-today2", P, "Until [[today]]", "date", 2025, 2025, "year", N, "repeat"),
    ("chk-02-08ml", P, "[[0.8 mL]]", "volume", 0.8, 0.8, "mL", N, "dose volume (about section)"),
    ("chk-02-1994", P, "founded in [[1994]]", "date", 1994, 1994, "year", N, "company boilerplate"),

    # ---------------- chik03_abstract.txt (2025-06-20) ----------------
    ("chk-03-appr", A, "[[9 November 2023]]", "date", 2023, 2023, "year", T, "ixchiq fda approval date"),
    ("chk-03-thrumay", A, "through [[May 2025]]", "date", 2025, 2025, "year", N, "scope"),
    ("chk-03-43", A, "trial at [[43]] sites", "count", 43, 43, "sites", T, "ixchiq pivotal trial sites"),
    ("chk-03-sep20", A, "[[September 2020]]", "date", 2020, 2020, "year", N, "enrolment start"),
    ("chk-03-apr21", A, "and [[April 2021]]", "date", 2021, 2021, "year", N, "enrolment end"),
    ("chk-03-18", A, "adults aged [[18]] years and older were", "age", 18, 18, "years", T, "ixchiq trial age lower bound"),
    ("chk-03-31", A, "randomised [[3:1]]", "ratio", 3, 3, "ratio", N, "allocation ratio"),
    ("chk-03-150", A, "at least [[150]]", "score", 150, 150, "titre", N, "seroresponse threshold (definition)"),
    ("chk-03-28d", A, "[[28 days]] after vaccination", "duration", 28, 28, "days", N, "timepoint"),
    ("chk-03-12s", A, "at [[12]] pre-selected", "count", 12, 12, "sites", N, "immunogenicity subset sites"),
    ("chk-03-408", A, "[[408]] adults", "count", 408, 408, "participants", T, "lot-consistency trial size"),
    ("chk-03-1845", A, "aged [[18–45]] years", "age", 18, 45, "years", T, "lot-consistency age range"),
    ("chk-03-12s2", A, "at [[12]] US sites", "count", 12, 12, "sites", N, "lot-consistency sites"),
    ("chk-03-3lots", A, "comparing [[three]] manufacturing", "count", 3, 3, "lots", N, "design detail"),
    ("chk-03-6100", A, "Of [[6,100]] people", "count", 6100, 6100, "people", N, "screened"),
    ("chk-03-4128", A, "[[4,128]] were randomised", "count", 4128, 4128, "participants", T, "ixchiq pivotal randomised"),
    ("chk-03-3093", A, "([[3,093]] to VLA1553", "count", 3093, 3093, "participants", T, "randomised to vla1553"),
    ("chk-03-1035", A, "and [[1,035]] to placebo", "count", 1035, 1035, "participants", T, "randomised to placebo"),
    ("chk-03-4115", A, "N = [[4,115]]", "count", 4115, 4115, "participants", T, "pivotal safety population"),
    ("chk-03-3082", A, "n=[[3,082]]", "count", 3082, 3082, "participants", T, "safety population vla1553"),
    ("chk-03-1033", A, "n=[[1,033]]", "count", 1033, 1033, "participants", T, "safety population placebo"),
    ("chk-03-d28", A, "at [[day 28]], 263", "duration", 28, 28, "days", N, "timepoint"),
    ("chk-03-263", A, "[[263]] of 266", "count", 263, 263, "participants", T, "seroresponders day 28"),
    ("chk-03-266", A, "263 of [[266]]", "count", 266, 266, "participants", T, "immunogenicity subset day 28"),
    ("chk-03-989", A, "([[98.9%]];", "percent", 98.9, 98.9, "%", T, "ixchiq seroresponse day 28 (pivotal)"),
    ("chk-03-ci", A, "95% CI [[96.7–99.8]]", "percent", 96.7, 99.8, "%", T, "95% CI of day-28 seroresponse"),
    ("chk-03-d180", A, "At [[day 180]]", "duration", 180, 180, "days", N, "timepoint"),
    ("chk-03-233", A, "[[233]] of 242", "count", 233, 233, "participants", T, "seroresponsive day 180"),
    ("chk-03-242", A, "233 of [[242]]", "count", 242, 242, "participants", T, "immunogenicity subset day 180"),
    ("chk-03-963", A, "([[96.3%]])", "percent", 96.3, 96.3, "%", T, "ixchiq seroresponse day 180"),
    ("chk-03-m26", A, "[[−2.6]] percentage points", "percent", -2.6, -2.6, "percentage points", T, "change in seroresponse day 28 to 180"),
    ("chk-03-625", A, "[[62.5%]]", "percent", 62.5, 62.5, "%", T, "any AE vla1553"),
    ("chk-03-448", A, "[[44.8%]]", "percent", 44.8, 44.8, "%", T, "any AE placebo"),
    ("chk-03-320", A, "Headache ([[32.0%]]", "percent", 32.0, 32.0, "%", T, "headache vla1553"),
    ("chk-03-155", A, "vs [[15.5%]]", "percent", 15.5, 15.5, "%", T, "headache placebo"),
    ("chk-03-287", A, "fatigue ([[28.7%]]", "percent", 28.7, 28.7, "%", T, "fatigue vla1553"),
    ("chk-03-133", A, "vs [[13.3%]]", "percent", 13.3, 13.3, "%", T, "fatigue placebo"),
    ("chk-03-180", A, "arthralgia ([[18.0%]]", "percent", 18.0, 18.0, "%", T, "arthralgia vla1553"),
    ("chk-03-61", A, "vs [[6.1%]]", "percent", 6.1, 6.1, "%", T, "arthralgia placebo"),
    ("chk-03-139", A, "fever ([[13.9%]]", "percent", 13.9, 13.9, "%", T, "fever vla1553"),
    ("chk-03-13", A, "13.9% vs [[1.3%]]", "percent", 1.3, 1.3, "%", T, "fever placebo"),
    ("chk-03-p", A, "each [[P<0.001]]", "pvalue", 0.001, 0.001, "p", N, "p-value"),
    ("chk-03-46", A, "reported in [[46]] (1.5%)", "count", 46, 46, "participants", T, "serious AEs vla1553 (n)"),
    ("chk-03-15", A, "46 ([[1.5%]])", "percent", 1.5, 1.5, "%", T, "serious AE rate vla1553"),
    ("chk-03-8", A, "and [[8]] (0.8%)", "count", 8, 8, "participants", T, "serious AEs placebo (n)"),
    ("chk-03-08", A, "8 ([[0.8%]])", "percent", 0.8, 0.8, "%", T, "serious AE rate placebo"),
    ("chk-03-07", A, "difference of [[0.7]] percentage", "percent", 0.7, 0.7, "percentage points", T, "serious AE risk difference"),
    ("chk-03-ci2", A, "95% CI [[0.0 to 1.4]]", "percent", 0.0, 1.4, "percentage points", T, "95% CI of serious AE difference"),
    ("chk-03-2rel", A, "[[two]] serious events (0.1%)", "count", 2, 2, "events", T, "related serious AEs"),
    ("chk-03-01", A, "serious events ([[0.1%]])", "percent", 0.1, 0.1, "%", T, "related serious AE rate"),
    ("chk-03-16", A, "affected [[1.6%]]", "percent", 1.6, 1.6, "%", T, "severe/prolonged chikungunya-like reactions"),
    ("chk-03-lot978", A, "rate was [[97.8%]]", "percent", 97.8, 97.8, "%", T, "lot-consistency seroresponse day 28"),
    ("chk-03-lotd28", A, "the [[day-28]] seroresponse", "duration", 28, 28, "days", N, "timepoint"),
    ("chk-03-2643", A, "from [[2,643]]", "score", 2643, 2643, "GMT", T, "lot-consistency GMT day 28"),
    ("chk-03-709", A, "to [[709]] by", "score", 709, 709, "GMT", T, "lot-consistency GMT month 6"),
    ("chk-03-m6", A, "by [[month 6]]", "duration", 6, 6, "months", N, "timepoint"),
    ("chk-03-m73", A, "([[−73%]])", "percent", -73, -73, "%", T, "lot-consistency GMT change"),
    ("chk-03-96", A, "when [[96%]]", "percent", 96, 96, "%", T, "lot-consistency seroresponse month 6"),
    ("chk-03-asof", A, "as of [[7 May 2025]], 17", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-03-17", A, "2025, [[17]] serious", "count", 17, 17, "events", T, "ixchiq serious AEs reported as of May 2025"),
    ("chk-03-2d", A, "including [[two]] deaths", "count", 2, 2, "deaths", T, "ixchiq deaths reported as of May 2025"),
    ("chk-03-6289", A, "aged [[62–89]] years", "age", 62, 89, "years", T, "ages in May 2025 serious AE reports"),
    ("chk-03-six", A, "[[six]] of them in the USA", "count", 6, 6, "events", T, "us serious AE reports as of May 2025"),
    ("chk-03-80k", A, "roughly [[80,000]] doses", "count", 80000, 80000, "doses", T, "ixchiq doses distributed as of May 2025"),
    ("chk-03-21", A, "about [[21]] serious reports", "rate", 21, 21, "per 100,000 doses", T, "serious reports per 100,000 doses"),
    ("chk-03-100k", A, "per [[100,000]] doses", "count", 100000, 100000, "doses", N, "rate denominator"),
    ("chk-03-pause", A, "On [[9 May 2025]] the FDA", "date", 2025, 2025, "year", T, "us pause date"),
    ("chk-03-60", A, "people aged [[60]] years and older", "age", 60, 60, "years", T, "us pause age cutoff"),
    ("chk-03-emadate", A, "review on [[7 May 2025]]", "date", 2025, 2025, "year", T, "ema review start date"),
    ("chk-03-65ema", A, "vaccinating people aged [[65]] years", "age", 65, 65, "years", T, "ema restriction age cutoff"),
    ("chk-03-65fr", A, "people aged [[65]] and older from", "age", 65, 65, "years", T, "france age cutoff"),
    ("chk-03-apr26", A, "[[26 April 2025]]", "date", 2025, 2025, "year", T, "france 65+ withdrawal date"),
    ("chk-03-three", A, "after [[three]] serious events", "count", 3, 3, "events", T, "reunion serious AEs in vaccinated"),
    ("chk-03-80", A, "people over [[80]]", "age", 80, 80, "years", T, "age of reunion serious AE cases"),
    ("chk-03-one", A, "[[one]] of them fatal", "count", 1, 1, "deaths", T, "reunion serious AE deaths"),
    ("chk-03-6mo", A, "at [[six months]]", "duration", 6, 6, "months", N, "timepoint"),
    ("chk-03-over60", A, "people over [[60]] with", "age", 60, 60, "years", N, "conclusion aside"),
    ("chk-03-ref60", A, "individuals [[60]] years of age", "age", 60, 60, "years", N, "reference title"),
    ("chk-03-refmay9", A, "communication, [[9 May 2025]]", "date", 2025, 2025, "year", N, "reference date"),
    ("chk-03-refmay7", A, "2025, [[7 May 2025]].", "date", 2025, 2025, "year", N, "reference date"),

    # ---------------- chik04_explainer.txt (2025-09-15) ----------------
    ("chk-04-upd", E, "Updated [[September 15, 2025]]", "date", 2025, 2025, "year", N, "publication metadata"),
    ("chk-04-oneof", E, "time, [[one]] of the two", "count", 1, 1, "vaccines", N, "aside"),
    ("chk-04-twovac", E, "one of the [[two]] vaccines", "count", 2, 2, "vaccines", N, "aside"),
    ("chk-04-37", E, "[[3 to 7 days]]", "duration", 3, 7, "days", T, "incubation period"),
    ("chk-04-wk", E, "within [[a week or two]]", "duration", 1, 2, "weeks", N, "recovery time"),
    ("chk-04-two", E, "[[Two]] have been licensed", "count", 2, 2, "vaccines", N, "number of licensed vaccines"),
    ("chk-04-feb", E, "[[February 2025]]", "date", 2025, 2025, "year", T, "vimkunya fda approval date"),
    ("chk-04-may", E, "In [[May]], federal", "date", 2025, 2025, "year", T, "us pause date"),
    ("chk-04-65", E, "people [[65]] and older hold off", "age", 65, 65, "years", T, "us pause age cutoff"),
    ("chk-04-27", E, "after [[27]] serious", "count", 27, 27, "events", T, "ixchiq serious AEs reported as of May 2025"),
    ("chk-04-aug", E, "In [[late August]]", "date", 2025, 2025, "year", T, "fda license suspension date"),
    ("chk-04-12", E, "for people [[12]] and older", "age", 12, 12, "years", T, "vimkunya age lower bound"),
    ("chk-04-18", E, "adults [[18]] and older", "age", 18, 18, "years", T, "ixchiq licensed age lower bound"),
    ("chk-04-6mo", E, "staying [[six months]] or more", "duration", 6, 6, "months", T, "cdc extended-stay threshold"),
    ("chk-04-28d", E, "within [[28 days]]", "duration", 28, 28, "days", N, "timepoint"),
    ("chk-04-987", E, "[[98.7%]]", "percent", 98.7, 98.7, "%", T, "vimkunya seroresponse day 21 (12-64)"),
    ("chk-04-1264", E, "aged [[12 to 64]]", "age", 12, 64, "years", T, "vimkunya trial 1 age range"),
    ("chk-04-3wk", E, "[[three weeks]] after", "duration", 3, 3, "weeks", N, "timepoint"),
    ("chk-04-price", E, "[[$300 to $500]]", "money", 300, 500, "USD", T, "ixchiq us price per dose"),
    ("chk-04-gbp", E, "[[£200]]", "money", 200, 200, "GBP", T, "vimkunya uk price per dose"),
    ("chk-04-119", E, "in [[119]] countries", "count", 119, 119, "countries", T, "countries with chikungunya detected (WHO)"),
    ("chk-04-55m", E, "[[5.5 million]] people", "count", 5.5e6, 5.5e6, "people", T, "people at risk (WHO)"),
    ("chk-04-thisyr", E, "flare-ups [[this year]]", "date", 2025, 2025, "year", N, "period qualifier"),
    ("chk-04-third", E, "about [[a third]]", "percent", 100 / 3, 100 / 3, "%", T, "reunion share infected (WHO estimate)"),
    ("chk-04-1wk", E, "that [[one week]] in", "duration", 1, 1, "weeks", N, "exposure period"),
    ("chk-04-667", E, "about [[667]] infections", "rate", 667, 667, "per 100,000 travelers per week", T, "cdc traveler infection risk"),
    ("chk-04-27h", E, "[[27]] hospitalizations", "rate", 27, 27, "per 100,000 travelers per week", T, "cdc traveler hospitalization risk"),
    ("chk-04-100k", E, "every [[100,000]] travelers", "count", 100000, 100000, "travelers", N, "rate denominator"),

    # ---------------- chik05_blog.txt (2025-08-12) ----------------
    ("chk-05-date", B, "[[August 12, 2025]]", "date", 2025, 2025, "year", N, "byline date"),
    ("chk-05-jan", B, "in [[January]] that", "date", 2025, 2025, "year", N, "aside"),
    ("chk-05-jul8", B, "on [[July 8]]", "date", 2025, 2025, "year", T, "foshan local transmission detected"),
    ("chk-05-jul26", B, "by [[July 26]] the city", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-05-4104", B, "[[4,104]] confirmed", "count", 4104, 4104, "cases", T, "foshan cumulative cases by july 26"),
    ("chk-05-nine", B, "[[nine in ten]]", "percent", 90, 90, "%", T, "shunde share of foshan cases"),
    ("chk-05-647", B, "at [[647]] on", "count", 647, 647, "cases", T, "foshan peak daily new cases"),
    ("chk-05-jul19", B, "on [[July 19]]", "date", 2025, 2025, "year", N, "peak day"),
    ("chk-05-2892", B, "[[2,892]] new local", "count", 2892, 2892, "cases", T, "guangdong new local cases week of jul 27-aug 2"),
    ("chk-05-wk", B, "week of [[July 27 to August 2]]", "date", 2025, 2025, "year", N, "week dates"),
    ("chk-05-1387", B, "and [[1,387]] the week", "count", 1387, 1387, "cases", T, "guangdong new local cases following week"),
    ("chk-05-lastaug", B, "began [[last August]]", "date", 2024, 2024, "year", T, "reunion epidemic start"),
    ("chk-05-mar", B, "exploded in [[March]]", "date", 2025, 2025, "year", N, "aside"),
    ("chk-05-earlyjun", B, "By [[early June]]", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-05-20", B, "tied [[20]] deaths", "count", 20, 20, "deaths", T, "reunion deaths attributed (early june)"),
    ("chk-05-963", B, "[[96.3%]] of participants", "percent", 96.3, 96.3, "%", T, "ixchiq seroresponse day 28 (pivotal)"),
    ("chk-05-4wk", B, "[[four weeks]] after", "duration", 4, 4, "weeks", N, "timepoint"),
    ("chk-05-spring", B, "[[This spring]]", "date", 2025, 2025, "year", N, "aside"),
    ("chk-05-lastwk", B, "[[Last week]] the FDA", "date", 2025, 2025, "year", T, "us pause lifted date"),
    ("chk-05-12", B, "ages [[12]] and up", "age", 12, 12, "years", T, "vimkunya age lower bound"),
    ("chk-05-65", B, "adults [[65]] and older", "age", 65, 65, "years", N, "vimkunya trial 2 population"),
    ("chk-05-87", B, "[[87%]]", "percent", 87, 87, "%", T, "vimkunya seroresponse 65+"),
    ("chk-05-vfor", B, "[[fourteen]] to zero", "count", 14, 14, "votes", T, "acip vimkunya votes for"),
    ("chk-05-vag", B, "fourteen to [[zero]]", "count", 0, 0, "votes", T, "acip vimkunya votes against"),
    ("chk-05-apr", B, "in [[April]], with", "date", 2025, 2025, "year", T, "acip vimkunya vote date"),
    ("chk-05-abst", B, "[[one]] abstention", "count", 1, 1, "votes", T, "acip vimkunya abstentions"),
    ("chk-05-450", B, "[[$450]]", "money", 450, 450, "USD", T, "ixchiq price per dose (author's clinic)"),
    ("chk-05-90", B, "[[$90]]", "money", 90, 90, "USD", T, "consultation fee"),
    ("chk-05-four", B, "family of [[four]]", "count", 4, 4, "people", N, "hypothetical family size"),
    ("chk-05-1800", B, "[[$1,800]]", "money", 1800, 1800, "USD", T, "vaccine cost for family of four"),
    ("chk-05-lastmo", B, "[[Last month]] a WHO", "date", 2025, 2025, "year", T, "who warning date"),
    ("chk-05-119", B, "in [[119]] countries", "count", 119, 119, "countries", T, "countries with chikungunya detected (WHO)"),
    ("chk-05-2dec", B, "[[two decades]] ago", "duration", 2, 2, "decades", N, "aside"),
    ("chk-05-rel2025", B, "vaccines in [[2025]]", "date", 2025, 2025, "year", N, "related-link title"),

    # ---------------- chik06_local.txt (2025-06-19) ----------------
    ("chk-06-date", L, "[[June 19, 2025]]", "date", 2025, 2025, "year", N, "byline date"),
    ("chk-06-wed", L, "on [[Wednesday]]", "date", 2025, 2025, "year", N, "bulletin date"),
    ("chk-06-252", L, "confirmed [[252]] new", "count", 252, 252, "cases", T, "reunion weekly confirmed cases (first week of june)"),
    ("chk-06-44", L, "[[44%]]", "percent", 44, 44, "%", T, "week-on-week drop"),
    ("chk-06-449", L, "the [[449]] counted", "count", 449, 449, "cases", T, "reunion weekly confirmed cases (previous week)"),
    ("chk-06-jan", L, "Since [[January]]", "date", 2025, 2025, "year", N, "period qualifier"),
    ("chk-06-54043", L, "[[54,043]] cases", "count", 54043, 54043, "cases", T, "reunion confirmed cases 2025 (as of mid-june)"),
    ("chk-06-13594", L, "[[13,594]] in late March", "count", 13594, 13594, "cases", T, "reunion cumulative cases (late march)"),
    ("chk-06-latemar", L, "in [[late March]]", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-06-7500", L, "more than [[7,500]] cases", "count", 7500, 7500, "cases", T, "reunion peak weekly confirmed cases"),
    ("chk-06-27", L, "[[Twenty-seven]] deaths", "count", 27, 27, "deaths", T, "reunion deaths attributed (mid-june)"),
    ("chk-06-65a", L, "them over [[65]]", "age", 65, 65, "years", N, "age of most deaths"),
    ("chk-06-25", L, "Another [[25]]", "count", 25, 25, "deaths", T, "reunion deaths under investigation"),
    ("chk-06-2nb", L, "including [[two]] newborns", "count", 2, 2, "deaths", N, "newborn deaths under investigation"),
    ("chk-06-q12", L, "from [[one or two]] cases", "count", 1, 2, "cases per day", N, "quote"),
    ("chk-06-q20", L, "to [[twenty]],", "count", 20, 20, "cases per day", N, "quote"),
    ("chk-06-2006", L, "like [[2006]] all", "date", 2006, 2006, "year", N, "quote (earlier epidemic)"),
    ("chk-06-apr7", L, "launched on [[April 7]]", "date", 2025, 2025, "year", T, "reunion vaccination campaign launch"),
    ("chk-06-100k", L, "ordered [[100,000]] doses", "count", 100000, 100000, "doses", T, "ixchiq doses ordered by france"),
    ("chk-06-apr22", L, "By [[April 22]]", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-06-3000", L, "about [[3,000]] people", "count", 3000, 3000, "people", T, "people vaccinated in reunion by april 22"),
    ("chk-06-apr26", L, "on [[April 26]]", "date", 2025, 2025, "year", T, "france 65+ withdrawal date"),
    ("chk-06-65fr", L, "everyone aged [[65]] and", "age", 65, 65, "years", T, "france age cutoff"),
    ("chk-06-three", L, "after [[three]] serious adverse", "count", 3, 3, "events", T, "reunion serious AEs in vaccinated"),
    ("chk-06-80", L, "people over [[80]]", "age", 80, 80, "years", T, "age of reunion serious AE cases"),
    ("chk-06-one", L, "[[one]] of whom died", "count", 1, 1, "deaths", T, "reunion serious AE deaths"),
    ("chk-06-1864", L, "aged [[18 to 64]]", "age", 18, 64, "years", T, "eligible ages after withdrawal"),
    ("chk-06-may", L, "followed in [[May]]", "date", 2025, 2025, "year", T, "ema restriction date"),
    ("chk-06-65ema", L, "vaccinate people [[65]] and older", "age", 65, 65, "years", T, "ema restriction age cutoff"),
    ("chk-06-3d", L, "[[three]] of them fatal", "count", 3, 3, "deaths", T, "ixchiq deaths reported as of May 2025"),
    ("chk-06-2022", L, "[[November 2022]]", "date", 2022, 2022, "year", T, "ixchiq fda approval date"),
    ("chk-06-summer", L, "[[last summer]]", "date", 2024, 2024, "year", T, "ixchiq eu authorization date"),
    ("chk-06-4182", L, "randomized [[4,182]] adults", "count", 4182, 4182, "participants", T, "ixchiq pivotal randomised"),
    ("chk-06-65old", L, "older than [[65]]", "age", 65, 65, "years", N, "aside"),

    # ---------------- chik07_factcheck.txt (2025-08-29) ----------------
    ("chk-07-title40", F, "\"killed [[40]] people\"", "count", 40, 40, "deaths", N, "false claim quoted (headline)"),
    ("chk-07-date", F, "[[August 29, 2025]]", "date", 2025, 2025, "year", N, "byline date"),
    ("chk-07-claim40", F, "it killed [[40]] people.", "count", 40, 40, "deaths", N, "false claim quoted"),
    ("chk-07-twovac", F, "one of [[two]] U.S.-licensed", "count", 2, 2, "vaccines", N, "number of licensed vaccines"),
    ("chk-07-oneof", F, "banned, [[one]] of two", "count", 1, 1, "vaccines", N, "verdict aside"),
    ("chk-07-3v", F, "[[Three]] deaths have been reported", "count", 3, 3, "deaths", N, "verdict repeat"),
    ("chk-07-40v", F, "not [[40]],", "count", 40, 40, "deaths", N, "false claim quoted"),
    ("chk-07-onecause", F, "cause in [[one]] of them", "count", 1, 1, "deaths", N, "verdict repeat"),
    ("chk-07-aug22", F, "On [[Aug. 22]], the FDA", "date", 2025, 2025, "year", T, "fda license suspension date"),
    ("chk-07-3d", F, "contained [[three]] deaths", "count", 3, 3, "deaths", T, "deaths reported after ixchiq (Aug 2025)"),
    ("chk-07-1enc", F, "[[one]] of them from encephalitis", "count", 1, 1, "deaths", N, "vaccine-strain encephalitis death"),
    ("chk-07-21", F, "[[21]] hospitalizations", "count", 21, 21, "hospitalizations", T, "hospitalizations after ixchiq (Aug 2025)"),
    ("chk-07-four", F, "[[Four]] of the most recent", "count", 4, 4, "reports", T, "new serious reports prompting suspension"),
    ("chk-07-40b", F, "near [[40]] deaths", "count", 40, 40, "deaths", N, "false claim quoted"),
    ("chk-07-appr", F, "[[Nov. 9, 2023]]", "date", 2023, 2023, "year", T, "ixchiq fda approval date"),
    ("chk-07-16", F, "[[1.6%]]", "percent", 1.6, 1.6, "%", T, "severe/prolonged chikungunya-like reactions"),
    ("chk-07-4115", F, "[[4,115]] people", "count", 4115, 4115, "participants", T, "pivotal safety population"),
    ("chk-07-34", F, "[[three-quarters]]", "percent", 75, 75, "%", N, "share vaccinated (3:1 design)"),
    ("chk-07-15", F, "[[1.5%]]", "percent", 1.5, 1.5, "%", T, "serious AE rate vla1553"),
    ("chk-07-08", F, "[[0.8%]]", "percent", 0.8, 0.8, "%", T, "serious AE rate placebo"),
    ("chk-07-spring", F, "surfacing [[this spring]]", "date", 2025, 2025, "year", N, "aside"),
    ("chk-07-may9", F, "on [[May 9]], when", "date", 2025, 2025, "year", T, "us pause date"),
    ("chk-07-80k", F, "about [[80,000]] doses", "count", 80000, 80000, "doses", T, "ixchiq doses distributed as of May 2025"),
    ("chk-07-aug6", F, "on [[Aug. 6]]", "date", 2025, 2025, "year", T, "us pause lifted date"),
    ("chk-07-16d", F, "[[16 days]] later", "duration", 16, 16, "days", N, "interval"),
    ("chk-07-feb24", F, "[[February 2024]]", "date", 2024, 2024, "year", T, "acip ixchiq recommendation date"),
    ("chk-07-12", F, "people [[12]] and older", "age", 12, 12, "years", T, "vimkunya age lower bound"),
    ("chk-07-jul", F, "said in [[July]] that", "date", 2025, 2025, "year", T, "who warning date"),
    ("chk-07-5b", F, "over [[five billion]]", "count", 5e9, 5e9, "people", T, "people at risk (WHO; bound: over)"),
    ("chk-07-119", F, "in [[119]] countries", "count", 119, 119, "countries", T, "countries with chikungunya detected (WHO)"),
    ("chk-07-4014", F, "[[4,014]] cases", "count", 4014, 4014, "cases", T, "foshan cumulative cases by july 26"),
    ("chk-07-jul26", F, "by [[July 26]], and", "date", 2025, 2025, "year", N, "as-of date"),
    ("chk-07-45k", F, "nearly [[45,000]] confirmed", "count", 45000, 45000, "cases", T, "la reunion confirmed cases 2025"),
    ("chk-07-thisyr", F, "cases [[this year]]", "date", 2025, 2025, "year", N, "period qualifier"),
    ("chk-07-r40", F, "after [[40]] deaths", "count", 40, 40, "deaths", N, "false claim quoted (ruling)"),
    ("chk-07-r3", F, "include [[three]] deaths", "count", 3, 3, "deaths", N, "ruling repeat"),
    ("chk-07-onevac", F, "suspended [[one]] vaccine's", "count", 1, 1, "vaccines", N, "ruling aside"),
    ("chk-07-src1", F, "Ixchiq, [[Aug. 22, 2025]]", "date", 2025, 2025, "year", N, "source list"),
    ("chk-07-src2", F, "release, [[Aug. 25, 2025]]", "date", 2025, 2025, "year", N, "source list"),
    ("chk-07-src3", F, "communication, [[May 9, 2025]]", "date", 2025, 2025, "year", N, "source list"),
    ("chk-07-src4", F, "The Lancet, [[2023]]", "date", 2023, 2023, "year", N, "source list"),
    ("chk-07-src5", F, "briefing, [[July 22, 2025]]", "date", 2025, 2025, "year", N, "source list"),
]

S, Q = "strict", "qualified"
CONFLICTS = [
    # S1 Ixchiq FDA approval year: 2022 (local, planted) vs 2023
    ("chk-06-2022", "chk-01-appr", S), ("chk-06-2022", "chk-03-appr", S), ("chk-06-2022", "chk-07-appr", S),
    # S2 pivotal trial randomised: 4,182 (transposed) vs 4,128
    ("chk-06-4182", "chk-03-4128", S),
    # S3 day-28 seroresponse in the pivotal trial: 96.3 (day-180 figure) vs 98.9 / ~99
    ("chk-05-963", "chk-03-989", S), ("chk-05-963", "chk-01-99", S),
    # S4 serious AEs at the May pause: 27 vs 17
    ("chk-04-27", "chk-01-17", S), ("chk-04-27", "chk-03-17", S),
    # S5 deaths among the May reports: three vs two
    ("chk-06-3d", "chk-01-2d", S), ("chk-06-3d", "chk-03-2d", S),
    # S6 US pause age cutoff: 65 (EMA's figure) vs 60
    ("chk-04-65", "chk-01-60", S), ("chk-04-65", "chk-03-60", S),
    # S7 Vimkunya day-21 seroresponse 12-64: 98.7 vs 97.8
    ("chk-04-987", "chk-02-978", S),
    # S8 WHO people at risk: 5.5 million vs 5.6 billion / over five billion
    ("chk-04-55m", "chk-01-56b", S), ("chk-04-55m", "chk-07-5b", S),
    # S9 Foshan cases by July 26: 4,104 vs 4,014
    ("chk-05-4104", "chk-07-4014", S),
    # S10 La Reunion confirmed cases this year (late August): 45,000 vs 54,000
    ("chk-07-45k", "chk-01-54k", S),
    # S11 ACIP Vimkunya votes against: 1 vs 0
    ("chk-01-vag", "chk-05-vag", S),
    # Qualified
    ("chk-06-4182", "chk-03-4115", Q), ("chk-06-4182", "chk-07-4115", Q),
    ("chk-03-4128", "chk-07-4115", Q),
    ("chk-07-45k", "chk-06-54043", Q),
    ("chk-05-963", "chk-03-lot978", Q), ("chk-01-99", "chk-03-lot978", Q),
]


def locate(text, anchor):
    if "[[" in anchor:
        pre, rest = anchor.split("[[", 1)
        span, post = rest.split("]]", 1)
    else:
        pre, span, post = "", anchor, ""
    plain = pre + span + post
    n = text.count(plain)
    if n != 1:
        sys.exit(f"anchor {anchor!r} occurs {n} times")
    start = text.index(plain) + len(pre)
    return start, start + len(span), span


def main():
    texts = {}
    for fn in sorted(os.listdir(ART)):
        if fn.endswith(".txt"):
            with open(os.path.join(ART, fn), encoding="utf-8") as f:
                texts[fn] = f.read()
    rows, ids, spans = [], set(), {}
    for cid, doc, anchor, kind, low, high, unit, req, topic in CLAIMS:
        if cid in ids:
            sys.exit(f"duplicate id {cid}")
        ids.add(cid)
        text = texts[doc]
        s, e, span = locate(text, anchor)
        assert text[s:e] == span, (cid, text[s:e], span)
        assert "\n" not in span, cid
        for (s2, e2, c2) in spans.get(doc, []):
            if s < e2 and s2 < e:
                sys.exit(f"overlap {cid} / {c2}")
        spans.setdefault(doc, []).append((s, e, cid))
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": s, "end": e, "span": span,
                     "kind": kind, "low": low, "high": high, "unit": unit, "required": req,
                     "topic": topic})
    byid = {r["id"]: r for r in rows}
    seen = set()
    for a, b, g in CONFLICTS:
        assert a in byid and b in byid, (a, b)
        assert byid[a]["doc"] != byid[b]["doc"], (a, b)
        assert byid[a]["required"] and byid[b]["required"], (a, b)
        k = frozenset((a, b))
        assert k not in seen, (a, b)
        seen.add(k)
        if g == "strict":
            assert byid[a]["low"] != byid[b]["low"] or byid[a]["high"] != byid[b]["high"], (a, b)
    # sort claims by doc then offset
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for a, b, g in CONFLICTS:
            f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": g}) + "\n")
    # self-check inputs
    os.makedirs(SELF, exist_ok=True)
    with open(os.path.join(SELF, "claims.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_id", "source", "start", "end", "value_low", "value_high", "text"])
        for r in rows:
            w.writerow([r["id"], r["doc"], r["start"], r["end"],
                        "" if r["low"] is None else r["low"],
                        "" if r["high"] is None else r["high"], r["span"]])
    with open(os.path.join(SELF, "conflicts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["claim_a", "claim_b"])
        for a, b, g in CONFLICTS:
            w.writerow([a, b])
    req = sum(r["required"] for r in rows)
    ns = sum(1 for c in CONFLICTS if c[2] == "strict")
    print(f"claims {len(rows)} (required {req}, optional {len(rows) - req}); "
          f"conflicts {len(CONFLICTS)} (strict {ns}, qualified {len(CONFLICTS) - ns})")
    for doc in sorted(texts):
        print(doc, sum(1 for r in rows if r["doc"] == doc))


if __name__ == "__main__":
    main()
