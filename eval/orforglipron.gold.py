#!/usr/bin/env python3
"""Build orforglipron.gold.jsonl from the articles in ./orforglipron/.

Each claim is located by a context string that must occur exactly once in its
article (a space in the context or span matches any run of whitespace, so
contexts can cross the hard line breaks of orf01_wire.txt); the span is then
found inside that context.  Offsets are Unicode code points into the text as
read with UTF-8.  Every span is checked against the article slice.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "orforglipron"
OUT = HERE / "orforglipron.gold.jsonl"

M, B = 1e6, 1e9
texts = {}
claims = []
ids = set()


def pattern(s):
    p = r"\s+".join(re.escape(part) for part in s.split(" "))
    if s[0].isalnum():
        p = r"(?<![\w.,])" + p      # do not start inside a longer number/word
    if s[-1].isalnum():
        p = p + r"(?![\w]|[.,]\d)"   # do not stop inside a longer number/word
    return p


def c(doc, cid, span, kind, low, high, unit, req, topic, ctx=None):
    if doc not in texts:
        texts[doc] = (DOCS / doc).read_text(encoding="utf-8")
    t = texts[doc]
    ctx = ctx or span
    hits = [m for m in re.finditer(pattern(ctx), t)]
    if len(hits) != 1:
        sys.exit(f"{doc} {cid}: context {ctx!r} found {len(hits)} times")
    m = hits[0]
    inner = list(re.finditer(pattern(span), t[m.start():m.end()]))
    if len(inner) != 1:
        sys.exit(f"{doc} {cid}: span {span!r} found {len(inner)} times in context")
    start = m.start() + inner[0].start()
    end = m.start() + inner[0].end()
    got = t[start:end]
    assert re.fullmatch(pattern(span), got), (cid, got)
    assert cid not in ids, cid
    ids.add(cid)
    claims.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                   "span": got, "kind": kind, "low": low, "high": high, "unit": unit,
                   "required": req, "topic": topic})


R, O = True, False

# ---------------------------------------------------------------- orf01 wire (2025-08-07, Thursday)
d = "orf01_wire.txt"
c(d, "o1-dateline", "Aug 7", "date", 2025, 2025, "year", O, "dateline (publication)")
c(d, "o1-wl36", "12.4%", "percent", 12.4, 12.4, "%", R, "attain-1 36 mg weight loss 72 wk (efficacy estimand)", "average of 12.4%")
c(d, "o1-thu", "Thursday", "date", 2025, 2025, "year", R, "attain-1 topline announcement date", "said on Thursday")
c(d, "o1-3doses", "three", "count", 3, 3, "doses", O, "attain-1 number of doses", "tested at three doses")
c(d, "o1-n", "3,127", "count", 3127, 3127, "participants", R, "attain-1 randomized")
c(d, "o1-one", "one", "count", 1, 1, "conditions", O, "eligibility: at least one weight-related problem", "at least one weight-related")
c(d, "o1-72wk", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "After 72 weeks")
c(d, "o1-dose36", "36 milligrams", "dose", 36, 36, "mg", O, "arm label")
c(d, "o1-lb36", "27.3 pounds", "weight", 27.3, 27.3, "lb", R, "attain-1 36 mg weight loss in pounds")
c(d, "o1-wlpbo", "0.9%", "percent", 0.9, 0.9, "%", R, "attain-1 placebo weight loss 72 wk (efficacy estimand, unlabelled)")
c(d, "o1-expect", "15%", "percent", 15, 15, "%", R, "analysts' expected weight loss", "nearer 15%")
c(d, "o1-step1", "14.9%", "percent", 14.9, 14.9, "%", R, "wegovy injection STEP 1 weight loss 68 wk")
c(d, "o1-68wk", "68 weeks", "duration", 68, 68, "weeks", O, "timepoint")
c(d, "o1-wegappr", "2021", "date", 2021, 2021, "year", R, "wegovy injection approval year")
c(d, "o1-shares-aug", "14%", "percent", 14, 14, "%", R, "LLY share fall on attain-1 day", "fell about 14%")
c(d, "o1-25y", "25 years", "duration", 25, 25, "years", O, "steepest drop in 25 years (aside)")
c(d, "o1-novo", "13%", "percent", 13, 13, "%", R, "novo US shares rise on attain-1 day", "roughly 13%")
c(d, "o1-disc36", "10.3%", "percent", 10.3, 10.3, "%", R, "attain-1 36 mg discontinuation due to AEs")
c(d, "o1-discpbo", "2.6%", "percent", 2.6, 2.6, "%", R, "attain-1 placebo discontinuation due to AEs (topline)")
c(d, "o1-dose6", "6 milligrams", "dose", 6, 6, "mg", O, "arm label", "dose, 6 milligrams")
c(d, "o1-disc6", "5.1%", "percent", 5.1, 5.1, "%", R, "attain-1 6 mg discontinuation due to AEs (topline)")
c(d, "o1-ge10", "59.6%", "percent", 59.6, 59.6, "%", R, "attain-1 36 mg share losing >=10% (efficacy estimand)")
c(d, "o1-thr10", "10%", "percent", 10, 10, "%", O, "threshold", "least 10%")
c(d, "o1-ge15", "39.6%", "percent", 39.6, 39.6, "%", R, "attain-1 36 mg share losing >=15% (efficacy estimand)")
c(d, "o1-thr15", "15%", "percent", 15, 15, "%", O, "threshold", "least 15%")
c(d, "o1-prediab", "1,127", "count", 1127, 1127, "participants", R, "attain-1 prediabetes subgroup size")
c(d, "o1-normo", "91%", "percent", 91, 91, "%", R, "prediabetes subgroup normoglycemia on drug (up to)")
c(d, "o1-normopbo", "42%", "percent", 42, 42, "%", R, "prediabetes subgroup normoglycemia placebo")
c(d, "o1-hscrp", "47.7%", "percent", 47.7, 47.7, "%", R, "hs-CRP reduction 36 mg")
c(d, "o1-1or2", "one or two percentage points", "percent", 1, 2, "points", O, "CEO: gap to expectations (paraphrased quote)")
c(d, "o1-april", "April", "date", 2025, 2025, "year", R, "achieve-1 topline date")
c(d, "o1-a1wl", "nearly 8%", "percent", 8, 8, "%", R, "achieve-1 36 mg weight loss 40 wk (rounded)")
c(d, "o1-40wk", "40 weeks", "duration", 40, 40, "weeks", O, "timepoint")
c(d, "o1-shares-apr", "14%", "percent", 14, 14, "%", R, "LLY share rise on achieve-1 day", "jumped 14%")
c(d, "o1-filing", "end of the year", "date", 2025, 2025, "year", R, "global obesity filing target")
c(d, "o1-launch", "next year", "date", 2026, 2026, "year", R, "expected launch year")
c(d, "o1-asof24", "end of last year", "date", 2024, 2024, "year", O, "as-of date of inventory")
c(d, "o1-stock", "$548.1 million", "money", 548.1 * M, 548.1 * M, "USD", R, "pre-launch inventory at end of 2024")
c(d, "o1-thu2", "Thursday", "date", 2025, 2025, "year", O, "q2 results date (repeat)", "Separately on Thursday")
c(d, "o1-rev", "$15.56 billion", "money", 15.56 * B, 15.56 * B, "USD", R, "lilly q2 2025 revenue")
c(d, "o1-revgr", "38%", "percent", 38, 38, "%", R, "lilly q2 revenue growth")
c(d, "o1-yago", "a year earlier", "date", 2024, 2024, "year", O, "comparison base (q2 2024)")
c(d, "o1-guid", "$60 billion and $62 billion", "money", 60 * B, 62 * B, "USD", R, "lilly 2025 revenue guidance")

# ---------------------------------------------------------------- orf02 press release (2025-06-21)
d = "orf02_press.txt"
c(d, "o2-a1c-range", "1.3% to 1.6%", "percent", 1.3, 1.6, "%", R, "achieve-1 A1C reduction across doses")
c(d, "o2-base", "8.0%", "percent", 8.0, 8.0, "%", R, "achieve-1 baseline A1C")
c(d, "o2-40wk-b", "40 weeks", "duration", 40, 40, "weeks", O, "timepoint", "8.0% at 40 weeks")
c(d, "o2-lb36", "16.0 lbs", "weight", 16.0, 16.0, "lb", R, "achieve-1 36 mg weight loss lb", "average of 16.0 lbs")
c(d, "o2-wl36", "7.9%", "percent", 7.9, 7.9, "%", R, "achieve-1 36 mg weight loss %", "16.0 lbs (7.9%)")
c(d, "o2-dateline", "June 21, 2025", "date", 2025, 2025, "year", O, "dateline / results presented")
c(d, "o2-40wk", "40-week", "duration", 40, 40, "weeks", O, "trial length")
c(d, "o2-n", "559", "count", 559, 559, "participants", R, "achieve-1 enrolled")
c(d, "o2-ratio", "1:1:1:1", "ratio", None, None, "ratio", O, "allocation ratio")
c(d, "o2-d3", "3 mg", "dose", 3, 3, "mg", R, "achieve-1 doses", "orforglipron 3 mg, 12 mg or 36 mg")
c(d, "o2-d12", "12 mg", "dose", 12, 12, "mg", R, "achieve-1 doses", "3 mg, 12 mg or 36 mg")
c(d, "o2-d36", "36 mg", "dose", 36, 36, "mg", R, "achieve-1 doses", "12 mg or 36 mg, or to placebo")
c(d, "o2-3doses", "three", "count", 3, 3, "doses", O, "number of doses", "All three doses")
c(d, "o2-a1c3", "1.3%", "percent", 1.3, 1.3, "%", R, "achieve-1 3 mg A1C reduction", "1.3% with 3 mg")
c(d, "o2-a1c3-d", "3 mg", "dose", 3, 3, "mg", O, "arm label", "1.3% with 3 mg")
c(d, "o2-a1c12", "1.6%", "percent", 1.6, 1.6, "%", R, "achieve-1 12 mg A1C reduction", "1.6% with 12 mg")
c(d, "o2-a1c12-d", "12 mg", "dose", 12, 12, "mg", O, "arm label", "1.6% with 12 mg")
c(d, "o2-a1c36", "1.5%", "percent", 1.5, 1.5, "%", R, "achieve-1 36 mg A1C reduction", "1.5% with 36 mg")
c(d, "o2-a1c36-d", "36 mg", "dose", 36, 36, "mg", O, "arm label", "1.5% with 36 mg")
c(d, "o2-a1cpbo", "0.1%", "percent", 0.1, 0.1, "%", R, "achieve-1 placebo A1C reduction")
c(d, "o2-4wk", "four weeks", "duration", 4, 4, "weeks", O, "onset of A1C improvement")
c(d, "o2-lt7", "76.2%", "percent", 76.2, 76.2, "%", R, "achieve-1 share reaching A1C <7% (up to)")
c(d, "o2-thr7", "7%", "percent", 7, 7, "%", O, "threshold", "less than 7%")
c(d, "o2-le65", "65%", "percent", 65, 65, "%", R, "achieve-1 36 mg share reaching A1C <=6.5% (more than)", "more than 65%")
c(d, "o2-thr65", "6.5%", "percent", 6.5, 6.5, "%", O, "threshold", "A1C of 6.5%")
c(d, "o2-d36b", "36 mg", "dose", 36, 36, "mg", O, "arm label", "Participants on 36 mg")
c(d, "o2-kg36", "7.3 kg", "weight", 7.3, 7.3, "kg", R, "achieve-1 36 mg weight loss kg")
c(d, "o2-lb36b", "16.0 lbs", "weight", 16.0, 16.0, "lb", O, "repeat", "7.3 kg (16.0 lbs)")
c(d, "o2-basewt", "90.2 kg", "weight", 90.2, 90.2, "kg", R, "achieve-1 baseline weight")
c(d, "o2-kgpbo", "1.3 kg", "weight", 1.3, 1.3, "kg", R, "achieve-1 placebo weight loss kg")
c(d, "o2-wl3", "4.7%", "percent", 4.7, 4.7, "%", R, "achieve-1 3 mg weight loss")
c(d, "o2-wl12", "6.1%", "percent", 6.1, 6.1, "%", R, "achieve-1 12 mg weight loss")
c(d, "o2-wl36b", "7.9%", "percent", 7.9, 7.9, "%", O, "repeat", "6.1% and 7.9% with")
c(d, "o2-wl-d3", "3 mg", "dose", 3, 3, "mg", O, "arm label", "with 3 mg, 12 mg and 36 mg")
c(d, "o2-wl-d12", "12 mg", "dose", 12, 12, "mg", O, "arm label", "3 mg, 12 mg and 36 mg, respectively")
c(d, "o2-wl-d36", "36 mg", "dose", 36, 36, "mg", O, "arm label", "12 mg and 36 mg, respectively")
c(d, "o2-wlpbo", "1.6%", "percent", 1.6, 1.6, "%", R, "achieve-1 placebo weight loss", "versus 1.6% with placebo")
c(d, "o2-diar", "19% to 26%", "percent", 19, 26, "%", R, "achieve-1 diarrhea rate across doses")
c(d, "o2-naus", "13% to 18%", "percent", 13, 18, "%", R, "achieve-1 nausea rate")
c(d, "o2-dysp", "10% to 20%", "percent", 10, 20, "%", R, "achieve-1 dyspepsia rate")
c(d, "o2-const", "17%", "percent", 17, 17, "%", R, "achieve-1 constipation (up to)", "up to 17%")
c(d, "o2-vom", "14%", "percent", 14, 14, "%", R, "achieve-1 vomiting (up to)", "up to 14%")
c(d, "o2-disc3", "6%", "percent", 6, 6, "%", R, "achieve-1 3 mg discontinuation due to AEs", "was 6% with 3 mg")
c(d, "o2-disc3-d", "3 mg", "dose", 3, 3, "mg", O, "arm label", "6% with 3 mg")
c(d, "o2-disc12", "4%", "percent", 4, 4, "%", R, "achieve-1 12 mg discontinuation due to AEs", "4% with 12 mg")
c(d, "o2-disc12-d", "12 mg", "dose", 12, 12, "mg", O, "arm label", "4% with 12 mg")
c(d, "o2-disc36", "8%", "percent", 8, 8, "%", R, "achieve-1 36 mg discontinuation due to AEs", "8% with 36 mg")
c(d, "o2-disc36-d", "36 mg", "dose", 36, 36, "mg", O, "arm label", "8% with 36 mg")
c(d, "o2-discpbo", "1%", "percent", 1, 1, "%", R, "achieve-1 placebo discontinuation due to AEs", "compared with 1% with placebo")
c(d, "o2-readouts", "later this year", "date", 2025, 2025, "year", R, "achieve-2/3 and attain-1 readout timing")
c(d, "o2-filing", "end of this year", "date", 2025, 2025, "year", R, "global obesity filing target")
c(d, "o2-t2dfiling", "2026", "date", 2026, 2026, "year", R, "type 2 diabetes filing year", "diabetes in 2026")
c(d, "o2-lic", "2018", "date", 2018, 2018, "year", O, "licensed from Chugai (About)")
c(d, "o2-seven", "seven", "count", 7, 7, "trials", O, "phase 3 registration trials (About)")
c(d, "o2-five", "five", "count", 5, 5, "trials", O, "ACHIEVE trials (About)")
c(d, "o2-two", "two", "count", 2, 2, "trials", O, "ATTAIN trials (About)", "two in the ATTAIN")
c(d, "o2-150y", "nearly 150 years", "duration", 150, 150, "years", O, "company age (About)")

# ---------------------------------------------------------------- orf03 structured synopsis (2025-10-06)
d = "orf03_abstract.txt"
c(d, "o3-issue", "October 2025", "date", 2025, 2025, "year", O, "issue date (publication)")
c(d, "o3-p2wk", "36 weeks", "duration", 36, 36, "weeks", O, "phase 2 duration")
c(d, "o3-countries", "9", "count", 9, 9, "countries", R, "attain-1 countries", "trial in 9 countries")
c(d, "o3-bmi30", "30", "bmi", 30, 30, "kg/m2", O, "eligibility BMI threshold", "of 30 or more")
c(d, "o3-bmi27", "27", "bmi", 27, 27, "kg/m2", O, "eligibility BMI threshold", "27 or more")
c(d, "o3-one", "one", "count", 1, 1, "conditions", O, "eligibility", "at least one weight-related")
c(d, "o3-ratio", "3:3:3:4", "ratio", None, None, "ratio", O, "allocation ratio")
c(d, "o3-d6", "6 mg", "dose", 6, 6, "mg", R, "attain-1 doses", "orforglipron 6 mg, 12 mg or 36 mg")
c(d, "o3-d12", "12 mg", "dose", 12, 12, "mg", R, "attain-1 doses", "6 mg, 12 mg or 36 mg")
c(d, "o3-d36", "36 mg", "dose", 36, 36, "mg", R, "attain-1 doses", "12 mg or 36 mg or to placebo")
c(d, "o3-72wk", "72 weeks", "duration", 72, 72, "weeks", O, "trial length", "once daily for 72 weeks")
c(d, "o3-d1", "1 mg", "dose", 1, 1, "mg", O, "starting dose")
c(d, "o3-4wk", "4-week", "duration", 4, 4, "weeks", O, "escalation interval")
c(d, "o3-wk72a", "week 72", "duration", 72, 72, "weeks", O, "timepoint", "baseline to week 72 (treatment")
c(d, "o3-thr10", "10%", "percent", 10, 10, "%", O, "threshold", "at least 10%")
c(d, "o3-thr15", "15%", "percent", 15, 15, "%", O, "threshold", "10%, 15% and 20%")
c(d, "o3-thr20", "20%", "percent", 20, 20, "%", O, "threshold", "15% and 20%")
c(d, "o3-n", "3127", "count", 3127, 3127, "participants", R, "attain-1 randomized", "N = 3127")
c(d, "o3-age", "45 years", "age", 45, 45, "years", R, "attain-1 mean age")
c(d, "o3-women", "64.2%", "percent", 64.2, 64.2, "%", R, "attain-1 share women")
c(d, "o3-bmi", "37.0", "bmi", 37.0, 37.0, "kg/m2", R, "attain-1 mean BMI")
c(d, "o3-wt", "103 kg", "weight", 103, 103, "kg", R, "attain-1 mean baseline weight")
c(d, "o3-wk72b", "week 72", "duration", 72, 72, "weeks", O, "timepoint", "body weight at week 72 was")
c(d, "o3-wl6", "−7.5%", "percent", -7.5, -7.5, "%", R, "attain-1 6 mg weight change (treatment-regimen)")
c(d, "o3-ci6", "−8.2 to −6.8", "percent", -8.2, -6.8, "%", R, "attain-1 6 mg 95% CI")
c(d, "o3-wl6-d", "6 mg", "dose", 6, 6, "mg", O, "arm label", "−6.8) with 6 mg")
c(d, "o3-wl12", "−8.4%", "percent", -8.4, -8.4, "%", R, "attain-1 12 mg weight change (treatment-regimen)")
c(d, "o3-ci12", "−9.1 to −7.7", "percent", -9.1, -7.7, "%", R, "attain-1 12 mg 95% CI")
c(d, "o3-wl12-d", "12 mg", "dose", 12, 12, "mg", O, "arm label", "−7.7) with 12 mg")
c(d, "o3-wl36-tr", "−11.2%", "percent", -11.2, -11.2, "%", R, "attain-1 36 mg weight change (treatment-regimen)")
c(d, "o3-ci36", "−12.0 to −10.4", "percent", -12.0, -10.4, "%", R, "attain-1 36 mg 95% CI")
c(d, "o3-wl36-d", "36 mg", "dose", 36, 36, "mg", O, "arm label", "−10.4) with 36 mg")
c(d, "o3-wlpbo", "−2.1%", "percent", -2.1, -2.1, "%", R, "attain-1 placebo weight change (treatment-regimen)")
c(d, "o3-cipbo", "−2.8 to −1.4", "percent", -2.8, -1.4, "%", R, "attain-1 placebo 95% CI")
c(d, "o3-p", "P<0.001", "pvalue", 0.001, 0.001, "p", O, "p value")
c(d, "o3-g36a", "36-mg", "dose", 36, 36, "mg", O, "arm label", "the 36-mg group lost")
c(d, "o3-wl36-eff", "12.4%", "percent", 12.4, 12.4, "%", R, "attain-1 36 mg weight loss (efficacy estimand)")
c(d, "o3-g36b", "36-mg", "dose", 36, 36, "mg", O, "arm label", "In the 36-mg group, 54.6%")
c(d, "o3-ge10", "54.6%", "percent", 54.6, 54.6, "%", R, "attain-1 36 mg share >=10% (treatment-regimen)")
c(d, "o3-thr10b", "10%", "percent", 10, 10, "%", O, "threshold", "reduction of 10% or more")
c(d, "o3-ge15", "36.0%", "percent", 36.0, 36.0, "%", R, "attain-1 36 mg share >=15% (treatment-regimen)")
c(d, "o3-thr15b", "15%", "percent", 15, 15, "%", O, "threshold", "reduction of 15% or more")
c(d, "o3-ge20", "18.4%", "percent", 18.4, 18.4, "%", R, "attain-1 36 mg share >=20%")
c(d, "o3-thr20b", "20%", "percent", 20, 20, "%", O, "threshold", "reduction of 20% or more")
c(d, "o3-pbo10", "12.9%", "percent", 12.9, 12.9, "%", R, "attain-1 placebo share >=10%")
c(d, "o3-pbo15", "5.9%", "percent", 5.9, 5.9, "%", R, "attain-1 placebo share >=15%")
c(d, "o3-pbo20", "2.8%", "percent", 2.8, 2.8, "%", R, "attain-1 placebo share >=20%")
c(d, "o3-disc6", "5.3%", "percent", 5.3, 5.3, "%", R, "attain-1 6 mg discontinuation due to AEs (publication)")
c(d, "o3-disc12", "7.9%", "percent", 7.9, 7.9, "%", R, "attain-1 12 mg discontinuation due to AEs")
c(d, "o3-disc36", "10.3%", "percent", 10.3, 10.3, "%", R, "attain-1 36 mg discontinuation due to AEs")
c(d, "o3-disc-d6", "6-mg", "dose", 6, 6, "mg", O, "arm label")
c(d, "o3-disc-d12", "12-mg", "dose", 12, 12, "mg", O, "arm label")
c(d, "o3-disc-d36", "36-mg", "dose", 36, 36, "mg", O, "arm label", "12-mg and 36-mg groups")
c(d, "o3-discpbo", "2.7%", "percent", 2.7, 2.7, "%", R, "attain-1 placebo discontinuation due to AEs (publication)")
c(d, "o3-72wk-c", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "reduction over 72 weeks")
c(d, "o3-gap", "one percentage point", "percent", 1, 1, "points", O, "gap between estimands (a little more than)")
c(d, "o3-sema-d", "2.4 mg", "dose", 2.4, 2.4, "mg", O, "comparator dose")
c(d, "o3-step1", "−14.9%", "percent", -14.9, -14.9, "%", R, "STEP 1 semaglutide weight change 68 wk")
c(d, "o3-68wk", "68 weeks", "duration", 68, 68, "weeks", O, "timepoint")
c(d, "o3-tirz-d", "15 mg", "dose", 15, 15, "mg", O, "comparator dose")
c(d, "o3-surm", "−20.9%", "percent", -20.9, -20.9, "%", R, "SURMOUNT-1 tirzepatide weight change 72 wk")
c(d, "o3-72wk-s", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "−20.9% at 72 weeks")
c(d, "o3-osema-d", "25 mg", "dose", 25, 25, "mg", O, "comparator dose", "semaglutide 25 mg produced")
c(d, "o3-oasis", "−13.6%", "percent", -13.6, -13.6, "%", R, "OASIS 4 oral semaglutide weight change 64 wk")
c(d, "o3-64wk", "64 weeks", "duration", 64, 64, "weeks", O, "timepoint")
c(d, "o3-oasis-n", "307", "count", 307, 307, "participants", R, "OASIS 4 size", "n=307")
c(d, "o3-72wk-d", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "durability after 72 weeks")

# ---------------------------------------------------------------- orf04 explainer (2026-01-20)
d = "orf04_explainer.txt"
c(d, "o4-updated", "January 20, 2026", "date", 2026, 2026, "year", O, "updated date (publication)")
c(d, "o4-ryb30", "30 minutes", "duration", 30, 30, "minutes", R, "rybelsus fasting wait")
c(d, "o4-ryb4oz", "4 ounces", "volume", 4, 4, "oz", R, "rybelsus max water")
c(d, "o4-filing", "end of last year", "date", 2025, 2025, "year", R, "US filing target (promised)")
c(d, "o4-voucher", "November", "date", 2025, 2025, "year", R, "priority voucher granted", "in November the Food")
c(d, "o4-review", "one to two months", "duration", 1, 2, "months", R, "voucher review time")
c(d, "o4-usual", "10 to 12", "duration", 10, 12, "months", R, "usual review time")
c(d, "o4-ceo-nov", "November", "date", 2025, 2025, "year", O, "date of CEO statement", "said in November that")
c(d, "o4-march", "March", "date", 2026, 2026, "year", R, "CEO forecast of decision (by March)")
c(d, "o4-supply", "more than a year", "duration", 1, 1, "years", O, "building supply for")
c(d, "o4-wl36", "14.2%", "percent", 14.2, 14.2, "%", R, "attain-1 36 mg weight loss 72 wk (as stated)")
c(d, "o4-72wk", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "weight after 72 weeks")
c(d, "o4-a3n", "nearly 1,700", "count", 1700, 1700, "participants", R, "achieve-3 size (rounded)")
c(d, "o4-a3-wl36", "6.7%", "percent", 6.7, 6.7, "%", R, "achieve-3 orforglipron top dose weight loss (as stated)")
c(d, "o4-a3-wlsema", "5.3%", "percent", 5.3, 5.3, "%", R, "achieve-3 oral semaglutide 14 mg weight loss")
c(d, "o4-ryb14", "14 mg", "dose", 14, 14, "mg", O, "arm label")
c(d, "o4-a3-a1c36", "2.2 points", "percent", 2.2, 2.2, "points", R, "achieve-3 orforglipron top dose A1C reduction")
c(d, "o4-a3-a1csema", "1.4", "percent", 1.4, 1.4, "points", R, "achieve-3 oral semaglutide 14 mg A1C reduction", "versus 1.4")
c(d, "o4-wp-dose", "25 mg", "dose", 25, 25, "mg", O, "wegovy pill dose")
c(d, "o4-wegpill-appr", "last month", "date", 2025, 2025, "year", R, "wegovy pill FDA approval")
c(d, "o4-wegpill-launch", "Jan. 5", "date", 2026, 2026, "year", R, "wegovy pill launch")
c(d, "o4-oasis-tp", "13.6%", "percent", 13.6, 13.6, "%", R, "OASIS 4 weight loss (treatment policy)")
c(d, "o4-64wk", "64 weeks", "duration", 64, 64, "weeks", O, "timepoint")
c(d, "o4-oasis-adh", "16.6%", "percent", 16.6, 16.6, "%", R, "OASIS 4 weight loss (adherent)")
c(d, "o4-wegovy", "about 15%", "percent", 15, 15, "%", R, "wegovy injection weight loss (rounded)")
c(d, "o4-68wk", "68 weeks", "duration", 68, 68, "weeks", O, "timepoint")
c(d, "o4-zep", "about 21%", "percent", 21, 21, "%", R, "zepbound weight loss top dose (rounded)")
c(d, "o4-72wk-z", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint", "top dose over 72 weeks")
c(d, "o4-titr", "once a month", "frequency", 1, 1, "per month", O, "dose escalation frequency (about)")
c(d, "o4-deal", "Nov. 6", "date", 2025, 2025, "year", R, "lilly-administration pricing deal date")
c(d, "o4-price-lo", "$149", "money", 149, 149, "USD", R, "orforglipron lowest dose self-pay per month", "would pay $149")
c(d, "o4-perpill", "$5", "money", 5, 5, "USD", R, "orforglipron lowest dose per pill (about)")
c(d, "o4-price-hi", "$399", "money", 399, 399, "USD", R, "orforglipron higher doses self-pay per month (up to)")
c(d, "o4-medicare-start", "April 1, 2026", "date", 2026, 2026, "year", R, "medicare coverage start (as early as)")
c(d, "o4-copay", "$50", "money", 50, 50, "USD", R, "medicare copay per month (no more than)")
c(d, "o4-wp-two", "two", "count", 2, 2, "strengths", O, "wegovy pill lowest strengths", "two lowest strengths")
c(d, "o4-wp-price", "$149", "money", 149, 149, "USD", R, "wegovy pill lowest strengths cash price per month", "sell for $149")
c(d, "o4-bmi30", "30", "bmi", 30, 30, "kg/m2", O, "eligibility threshold", "index of 30 or higher")
c(d, "o4-bmi27", "27", "bmi", 27, 27, "kg/m2", O, "eligibility threshold", "or 27 or higher")

# ---------------------------------------------------------------- orf05 blog (2025-09-22)
d = "orf05_blog.txt"
c(d, "o5-date", "September 22, 2025", "date", 2025, 2025, "year", O, "byline date (publication)")
c(d, "o5-6y-cap", "six years", "duration", 6, 6, "years", O, "rybelsus on market (caption)", "shelves for six years")
c(d, "o5-6y", "six years", "duration", 6, 6, "years", O, "rybelsus on market (aside)", "For six years")
c(d, "o5-one", "one", "count", 1, 1, "choices", O, "aside", "exactly one choice")
c(d, "o5-a3date", "Last week", "date", 2025, 2025, "year", R, "achieve-3 topline date")
c(d, "o5-two", "two", "count", 2, 2, "drugs", O, "aside", "trial of two oral")
c(d, "o5-a3n", "1,698", "count", 1698, 1698, "participants", R, "achieve-3 randomized")
c(d, "o5-d12", "12 mg", "dose", 12, 12, "mg", R, "achieve-3 orforglipron doses", "orforglipron 12 mg or 36 mg")
c(d, "o5-d36", "36 mg", "dose", 36, 36, "mg", R, "achieve-3 orforglipron doses", "12 mg or 36 mg, or to")
c(d, "o5-s7", "7 mg", "dose", 7, 7, "mg", R, "achieve-3 semaglutide doses", "semaglutide 7 mg or 14 mg")
c(d, "o5-s14", "14 mg", "dose", 14, 14, "mg", R, "achieve-3 semaglutide doses", "7 mg or 14 mg, for")
c(d, "o5-52wk", "52 weeks", "duration", 52, 52, "weeks", O, "trial length", "for 52 weeks")
c(d, "o5-a1c12", "1.9%", "percent", 1.9, 1.9, "%", R, "achieve-3 orforglipron 12 mg A1C reduction")
c(d, "o5-a1c36", "2.2%", "percent", 2.2, 2.2, "%", R, "achieve-3 orforglipron 36 mg A1C reduction")
c(d, "o5-twodoses", "two", "count", 2, 2, "doses", O, "aside", "the two orforglipron doses")
c(d, "o5-a1cs7", "1.1%", "percent", 1.1, 1.1, "%", R, "achieve-3 semaglutide 7 mg A1C reduction")
c(d, "o5-a1cs14", "1.4%", "percent", 1.4, 1.4, "%", R, "achieve-3 semaglutide 14 mg A1C reduction")
c(d, "o5-wl12", "6.7%", "percent", 6.7, 6.7, "%", R, "achieve-3 orforglipron 12 mg weight loss")
c(d, "o5-lb12", "14.6 lb", "weight", 14.6, 14.6, "lb", R, "achieve-3 orforglipron 12 mg weight loss lb")
c(d, "o5-a3-wl36", "9.2%", "percent", 9.2, 9.2, "%", R, "achieve-3 orforglipron 36 mg weight loss")
c(d, "o5-lb36", "19.7 lb", "weight", 19.7, 19.7, "lb", R, "achieve-3 orforglipron 36 mg weight loss lb")
c(d, "o5-wls7", "3.7%", "percent", 3.7, 3.7, "%", R, "achieve-3 semaglutide 7 mg weight loss")
c(d, "o5-lbs7", "7.9 lb", "weight", 7.9, 7.9, "lb", R, "achieve-3 semaglutide 7 mg weight loss lb")
c(d, "o5-wls14", "5.3%", "percent", 5.3, 5.3, "%", R, "achieve-3 semaglutide 14 mg weight loss")
c(d, "o5-lbs14", "11.0 lb", "weight", 11.0, 11.0, "lb", R, "achieve-3 semaglutide 14 mg weight loss lb")
c(d, "o5-rel", "73.6%", "percent", 73.6, 73.6, "%", R, "achieve-3 relative weight loss advantage at top doses")
c(d, "o5-norm36", "37.1%", "percent", 37.1, 37.1, "%", R, "achieve-3 orforglipron 36 mg share A1C <5.7%")
c(d, "o5-g36", "36 mg", "dose", 36, 36, "mg", O, "arm label", "the 36 mg group")
c(d, "o5-thr57", "5.7%", "percent", 5.7, 5.7, "%", O, "threshold")
c(d, "o5-norms14", "12.5%", "percent", 12.5, 12.5, "%", R, "achieve-3 semaglutide 14 mg share A1C <5.7%")
c(d, "o5-s14b", "14 mg", "dose", 14, 14, "mg", O, "arm label", "semaglutide 14 mg, close")
c(d, "o5-3x", "three times", "ratio", 3, 3, "x", O, "derived ratio (close to)")
c(d, "o5-june", "June", "date", 2025, 2025, "year", R, "achieve-1 full data at ADA")
c(d, "o5-a1n", "595", "count", 595, 595, "participants", R, "achieve-1 size (as stated)")
c(d, "o5-a1c36-a1", "1.6%", "percent", 1.6, 1.6, "%", R, "achieve-1 highest dose A1C reduction (as stated)")
c(d, "o5-base", "8.0%", "percent", 8.0, 8.0, "%", R, "achieve-1 baseline A1C")
c(d, "o5-40wk", "40 weeks", "duration", 40, 40, "weeks", O, "timepoint")
c(d, "o5-52wk-cap", "52 weeks", "duration", 52, 52, "weeks", O, "caption timepoint", "change at 52 weeks")
c(d, "o5-ryb30", "30-minute", "duration", 30, 30, "minutes", R, "rybelsus fasting wait")
c(d, "o5-ryb4oz", "four ounces", "volume", 4, 4, "oz", R, "rybelsus max water")
c(d, "o5-halfhr", "half an hour", "duration", 0.5, 0.5, "hours", O, "repeat of the wait")
c(d, "o5-attain-date", "last month", "date", 2025, 2025, "year", R, "attain-1 topline date")
c(d, "o5-disc36", "7.9%", "percent", 7.9, 7.9, "%", R, "attain-1 36 mg discontinuation due to AEs (as stated)")
c(d, "o5-disc-d", "36 mg", "dose", 36, 36, "mg", O, "arm label", "the 36 mg dose quit")
c(d, "o5-p2pub", "2023", "date", 2023, 2023, "year", R, "phase 2 obesity study publication year", "published in 2023")
c(d, "o5-p2wl", "14.7%", "percent", 14.7, 14.7, "%", R, "phase 2 max weight loss 36 wk (up to)")
c(d, "o5-36wk", "36 weeks", "duration", 36, 36, "weeks", O, "phase 2 timepoint")
c(d, "o5-sept7", "Sept. 7", "date", 2025, 2025, "year", O, "date of CEO remark")
c(d, "o5-hypo", "$100", "money", 100, 100, "USD", O, "hypothetical price in CEO argument")
c(d, "o5-stock", "$458 million", "money", 458 * M, 458 * M, "USD", R, "pre-launch inventory at end of 2024 (as stated)")
c(d, "o5-asof", "end of 2024", "date", 2024, 2024, "year", O, "as-of date of inventory")
c(d, "o5-filing", "year-end", "date", 2025, 2025, "year", R, "obesity filing target")
c(d, "o5-t2d", "2026", "date", 2026, 2026, "year", R, "diabetes filing year", "diabetes in 2026")
c(d, "o5-inayear", "in a year", "duration", 1, 1, "years", O, "author's hypothetical")
c(d, "o5-related", "2024", "date", 2024, 2024, "year", O, "related-link title", "(2024 update)")

# ---------------------------------------------------------------- orf06 trade (2026-02-13)
d = "orf06_trade.txt"
c(d, "o6-head", "$1.5 billion", "money", 1.5 * B, 1.5 * B, "USD", O, "headline repeat", "swells to $1.5 billion")
c(d, "o6-date", "February 13, 2026", "date", 2026, 2026, "year", O, "byline date (publication)")
c(d, "o6-stock25", "$1.5 billion", "money", 1.5 * B, 1.5 * B, "USD", R, "pre-launch inventory at end of 2025", "holding $1.5 billion")
c(d, "o6-asof25", "end of 2025", "date", 2025, 2025, "year", O, "as-of date")
c(d, "o6-10k", "Thursday", "date", 2026, 2026, "year", R, "annual report filing date")
c(d, "o6-yago", "A year earlier", "date", 2024, 2024, "year", O, "as-of date of prior figure")
c(d, "o6-stock24", "$550 million", "money", 550 * M, 550 * M, "USD", R, "pre-launch inventory at end of 2024 (nearly)")
c(d, "o6-2yago", "two years ago", "date", 2024, 2024, "year", O, "date of CEO remark")
c(d, "o6-april", "April", "date", 2026, 2026, "year", R, "expected FDA decision month", "application in April")
c(d, "o6-lastmo", "last month", "date", 2026, 2026, "year", O, "date of Reuters report")
c(d, "o6-pdufa", "April 10", "date", 2026, 2026, "year", R, "FDA target action date")
c(d, "o6-mar28", "March 28", "date", 2026, 2026, "year", R, "earlier internal goal date")
c(d, "o6-may20", "May 20", "date", 2026, 2026, "year", R, "standard deadline date")
c(d, "o6-voucher", "November", "date", 2025, 2025, "year", R, "priority voucher received", "Voucher in November")
c(d, "o6-june", "June", "date", 2025, 2025, "year", O, "voucher program launch")
c(d, "o6-review", "one to two months", "duration", 1, 2, "months", R, "voucher review time")
c(d, "o6-usual", "10 to 12", "duration", 10, 12, "months", R, "typical review time")
c(d, "o6-jpm", "January", "date", 2026, 2026, "year", O, "conference date", "Conference in January")
c(d, "o6-q2", "second quarter of 2026", "date", 2026, 2026, "year", R, "planned approval timing")
c(d, "o6-72wk", "72-week", "duration", 72, 72, "weeks", O, "trial length")
c(d, "o6-n", "3,172", "count", 3172, 3172, "participants", R, "attain-1 size (as stated)")
c(d, "o6-a2n", "more than 1,600", "count", 1600, 1600, "participants", R, "attain-2 size")
c(d, "o6-wp-dose", "25 mg", "dose", 25, 25, "mg", O, "wegovy pill dose")
c(d, "o6-wegpill-appr", "December 2024", "date", 2024, 2024, "year", R, "wegovy pill FDA approval (as stated)")
c(d, "o6-wegpill-launch", "early January", "date", 2026, 2026, "year", R, "wegovy pill launch")
c(d, "o6-rx1", "18,410", "count", 18410, 18410, "prescriptions", R, "wegovy pill rx first full week")
c(d, "o6-jan16", "Jan. 16", "date", 2026, 2026, "year", O, "week-ending date")
c(d, "o6-rx2", "more than 26,000", "count", 26000, 26000, "prescriptions", R, "wegovy pill rx second full week")
c(d, "o6-price-lo", "$149", "money", 149, 149, "USD", R, "orforglipron lowest dose self-pay per month")
c(d, "o6-price-hi", "$349", "money", 349, 349, "USD", R, "orforglipron higher doses self-pay per month (as stated)")
c(d, "o6-copay", "$50", "money", 50, 50, "USD", R, "medicare copay per month", "a $50 monthly copay")
c(d, "o6-27b", "$27 billion", "money", 27 * B, 27 * B, "USD", R, "four new US plants")
c(d, "o6-four", "four", "count", 4, 4, "plants", R, "number of new US plants", "for four new")
c(d, "o6-50b", "more than $50 billion", "money", 50 * B, 50 * B, "USD", R, "total US manufacturing commitments")
c(d, "o6-hsv-date", "December", "date", 2025, 2025, "year", R, "huntsville site announced", "In December it picked")
c(d, "o6-hsv", "$6 billion", "money", 6 * B, 6 * B, "USD", R, "huntsville plant cost")
c(d, "o6-build", "this year", "date", 2026, 2026, "year", R, "huntsville construction start")
c(d, "o6-2032", "2032", "date", 2032, 2032, "year", R, "huntsville completion")
c(d, "o6-jobs", "450", "count", 450, 450, "jobs", R, "huntsville permanent jobs (about)")
c(d, "o6-cjobs", "3,000", "count", 3000, 3000, "jobs", R, "huntsville construction jobs (roughly)")
c(d, "o6-hou", "$6.5 billion", "money", 6.5 * B, 6.5 * B, "USD", R, "houston plant cost")
c(d, "o6-hou-date", "September", "date", 2025, 2025, "year", R, "houston site announced")
c(d, "o6-pr", "$1.2 billion", "money", 1.2 * B, 1.2 * B, "USD", R, "puerto rico expansion")
c(d, "o6-short", "late 2024", "date", 2024, 2024, "year", R, "tirzepatide shortage resolved")
c(d, "o6-2y", "two years", "duration", 2, 2, "years", O, "consultant quote", "it for two years")
c(d, "o6-40", "more than 40", "count", 40, 40, "markets", R, "markets filed")

# ---------------------------------------------------------------- orf07 fact-check (2025-11-14)
d = "orf07_factcheck.txt"
c(d, "o7-date", "November 14, 2025", "date", 2025, 2025, "year", O, "byline date (publication)")
c(d, "o7-head149", "$149", "money", 149, 149, "USD", O, "headline", "and $149 isn't")
c(d, "o7-post149", "$149", "money", 149, 149, "USD", O, "figure attributed to posts", "costs $149 a month for everyone")
c(d, "o7-post-1in4", "one in four", "percent", 25, 25, "%", O, "figure attributed to posts", "\"one in four people")
c(d, "o7-verd149", "$149", "money", 149, 149, "USD", O, "verdict repeat", "The $149 figure applies")
c(d, "o7-verd-1in10", "one in ten", "percent", 10, 10, "%", O, "verdict summary of top-dose AE discontinuation (about)")
c(d, "o7-verd-1in4", "one in four", "percent", 25, 25, "%", O, "verdict: posts' figure", "not one in four")
c(d, "o7-april", "April", "date", 2025, 2025, "year", O, "date of lilly filing statement", "said in April")
c(d, "o7-filing", "end of 2025", "date", 2025, 2025, "year", R, "obesity filing target")
c(d, "o7-ceo-nov6", "Nov. 6", "date", 2025, 2025, "year", O, "date of CEO statement", "reporters on Nov. 6")
c(d, "o7-march", "March", "date", 2026, 2026, "year", R, "CEO forecast of approval (by March)")
c(d, "o7-num149", "$149", "money", 149, 149, "USD", O, "repeat", "The $149 number")
c(d, "o7-deal", "Nov. 6", "date", 2025, 2025, "year", R, "pricing deal date", "announced Nov. 6")
c(d, "o7-price-lo", "$149", "money", 149, 149, "USD", R, "orforglipron lowest dose self-pay per month", "charged $149")
c(d, "o7-price-hi", "$399", "money", 399, 399, "USD", R, "orforglipron higher doses self-pay per month (up to)")
c(d, "o7-copay", "$50", "money", 50, 50, "USD", R, "medicare copay per month (no more than)")
c(d, "o7-medicare-start", "April 1, 2026", "date", 2026, 2026, "year", R, "medicare coverage start (as early as)")
c(d, "o7-insulin", "$35", "money", 35, 35, "USD", R, "lilly insulin cap per month")
c(d, "o7-attain-date", "August 2024", "date", 2024, 2024, "year", R, "attain-1 results announced (as stated)")
c(d, "o7-d36", "36 mg", "dose", 36, 36, "mg", O, "arm label")
c(d, "o7-wl36", "12.4%", "percent", 12.4, 12.4, "%", R, "attain-1 36 mg weight loss 72 wk")
c(d, "o7-72wk", "72 weeks", "duration", 72, 72, "weeks", O, "timepoint")
c(d, "o7-72wk-s", "72-week", "duration", 72, 72, "weeks", O, "SURMOUNT-1 length")
c(d, "o7-surm", "20.9%", "percent", 20.9, 20.9, "%", R, "SURMOUNT-1 top dose weight loss")
c(d, "o7-pt", "a point or two", "percent", 1, 2, "points", O, "CEO: gap to expectations (paraphrase)")
c(d, "o7-aquarter", "a quarter", "percent", 25, 25, "%", O, "posts' figure restated", "which a quarter of")
c(d, "o7-disc36", "10.3%", "percent", 10.3, 10.3, "%", R, "attain-1 36 mg discontinuation due to AEs")
c(d, "o7-discpbo", "under 3%", "percent", 3, 3, "%", R, "attain-1 placebo discontinuation due to AEs (under)")
c(d, "o7-quote-1in4", "one in four", "percent", 25, 25, "%", O, "posts' figure restated", "The \"one in four\"")
c(d, "o7-anyreason", "nearly a quarter", "percent", 25, 25, "%", R, "attain-1 36 mg discontinuation for any reason (nearly)")
c(d, "o7-anypbo", "29.9%", "percent", 29.9, 29.9, "%", R, "attain-1 placebo discontinuation for any reason")

# ---------------------------------------------------------------- dosing-frequency phrases and furniture counts (all optional)
for doc in sorted(p.name for p in DOCS.glob("*.txt")):
    t = texts.get(doc) or (DOCS / doc).read_text(encoding="utf-8")
    texts[doc] = t
    for k, m in enumerate(re.finditer(r"(?i)once[- ](?:a[- ])?da(?:y|ily)", t)):
        cid = f"{doc[:5].replace('orf0', 'o')}-freq{k + 1}"
        claims.append({"type": "claim", "id": cid, "doc": doc, "start": m.start(), "end": m.end(),
                       "span": m.group(0), "kind": "frequency", "low": 1, "high": 1, "unit": "per day",
                       "required": False, "topic": "dosing frequency (once daily)"})
        ids.add(cid)
c("orf05_blog.txt", "o5-twopacks", "Two", "count", 2, 2, "packs", O, "image alt text", "Two blister packs")
c("orf05_blog.txt", "o5-oneemail", "One", "count", 1, 1, "emails", O, "newsletter box", "One email every")

# ---------------------------------------------------------------- conflicts
S, Q = "strict", "qualified"
conflicts = [
    # A. ATTAIN-1 trial size: 3,127 vs transposed 3,172
    ("o6-n", "o1-n", S), ("o6-n", "o3-n", S),
    # B. ACHIEVE-1 size: 559 vs 595
    ("o5-a1n", "o2-n", S),
    # C. ATTAIN-1 top-dose weight loss (efficacy estimand) 12.4% vs 14.2%
    ("o4-wl36", "o1-wl36", S), ("o4-wl36", "o3-wl36-eff", S), ("o4-wl36", "o7-wl36", S),
    # D. ATTAIN-1 top-dose discontinuation due to AEs: 10.3% vs 12 mg arm's 7.9%
    ("o5-disc36", "o1-disc36", S), ("o5-disc36", "o3-disc36", S), ("o5-disc36", "o7-disc36", S),
    # E. ACHIEVE-1 top-dose A1C reduction 1.5% vs 12 mg arm's 1.6%
    ("o5-a1c36-a1", "o2-a1c36", S),
    # F. ACHIEVE-3 top-dose weight loss 9.2% vs 12 mg arm's 6.7%
    ("o4-a3-wl36", "o5-a3-wl36", S),
    # G. ATTAIN-1 topline date 2025 vs "August 2024"
    ("o7-attain-date", "o1-thu", S), ("o7-attain-date", "o5-attain-date", S),
    # H. pre-launch inventory at end of 2024: $548.1M / ~$550M vs $458M
    ("o5-stock", "o1-stock", S), ("o5-stock", "o6-stock24", S),
    # I. Wegovy pill approval: Dec 2025 vs "December 2024"
    ("o6-wegpill-appr", "o4-wegpill-appr", S),
    # J. orforglipron higher-dose self-pay price: $399 vs $349
    ("o6-price-hi", "o4-price-hi", S), ("o6-price-hi", "o7-price-hi", S),
    # qualified
    ("o1-discpbo", "o3-discpbo", Q),      # topline 2.6% vs publication 2.7%
    ("o1-disc6", "o3-disc6", Q),          # topline 5.1% vs publication 5.3%
    ("o1-ge10", "o3-ge10", Q),            # efficacy vs treatment-regimen estimand
    ("o1-ge15", "o3-ge15", Q),
    ("o1-wlpbo", "o3-wlpbo", Q),
    ("o1-wl36", "o3-wl36-tr", Q),
    ("o7-wl36", "o3-wl36-tr", Q),
    ("o4-wl36", "o3-wl36-tr", Q),
    ("o5-disc36", "o7-verd-1in10", Q),    # rounded verdict summary vs wrong-arm figure
]

docs_of = {x["id"]: x["doc"] for x in claims}
for a, b, g in conflicts:
    assert a in docs_of and b in docs_of, (a, b)
    assert docs_of[a] != docs_of[b], (a, b)

with OUT.open("w", encoding="utf-8") as f:
    for x in claims:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
    for a, b, g in conflicts:
        f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": g}) + "\n")

req = sum(x["required"] for x in claims)
print(f"{len(claims)} claims ({req} required, {len(claims) - req} optional); "
      f"{sum(g == S for *_, g in conflicts)} strict, {sum(g == Q for *_, g in conflicts)} qualified")
