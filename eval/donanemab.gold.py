#!/usr/bin/env python3
"""Build donanemab.gold.jsonl: each claim is located by a context string that occurs exactly
once in its article, and the span (first occurrence inside that context, or the n-th via
'nth') gives the offsets. Every span is checked against the article slice."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "donanemab")
OUT = os.path.join(HERE, "donanemab.gold.jsonl")

R, O = True, False
# (id, doc, context, span, kind, low, high, unit, required, topic[, nth])
C = []
def c(*a):
    C.append(a)

W = "don01_wire.txt"
c("w-dateline", W, "Md., June 10 (Keystone", "June 10", "date", 2024, 2024, "year", O, "dateline / publication date")
c("w-q1for", W, "voted 11-0 on Monday", "11", "count", 11, 11, "votes", R, "adcom votes for: effectiveness")
c("w-q1ag", W, "voted 11-0 on Monday", "0", "count", 0, 0, "votes", R, "adcom votes against: effectiveness")
c("w-mon", W, "11-0 on Monday", "Monday", "date", 2024, 2024, "year", R, "adcom meeting date")
c("w-q2for", W, "voted 11-0\nagain", "11", "count", 11, 11, "votes", R, "adcom votes for: benefit-risk")
c("w-q2ag", W, "voted 11-0\nagain", "0", "count", 0, 0, "votes", R, "adcom votes against: benefit-risk")
c("w-q1", W, "expected in the first\nquarter", "first\nquarter", "date", 2024, 2024, "year", O, "originally expected FDA decision (forecast)")
c("w-march", W, "told Lilly in March", "March", "date", 2024, 2024, "year", R, "FDA delay / adcom announced")
c("w-18mo", W, "an 18-month\nstudy", "18-month", "duration", 18, 18, "months", O, "trial duration")
c("w-age", W, "aged 60 to 85", "60 to 85", "age", 60, 85, "years", R, "trailblazer-alz 2 eligible age")
c("w-35", W, "by 35% compared", "35%", "percent", 35, 35, "%", R, "iadrs slowing, low/medium tau")
c("w-37", W, "a 37% lower", "37%", "percent", 37, 37, "%", R, "lower risk of progressing to next stage")
c("w-4wk", W, "once every four weeks", "four weeks", "duration", 4, 4, "weeks", R, "dosing interval")
c("w-lastjul", W, "approval last July", "last July", "date", 2023, 2023, "year", R, "leqembi full approval date")
c("w-deaths", W, "Three deaths in the donanemab arm", "Three", "count", 3, 3, "deaths", R, "treatment-related deaths, donanemab arm")
c("w-2copies", W, "two copies of the APOE4", "two", "count", 2, 2, "copies", O, "apoe4 homozygote definition")
c("w-leqprice", W, "list price of $26,500 a year", "$26,500", "money", 26500, 26500, "USD", R, "leqembi list price per year")
c("w-leqfor", W, "voted 6-0 in June 2023", "6", "count", 6, 6, "votes", R, "leqembi adcom votes for")
c("w-leqag", W, "voted 6-0 in June 2023", "0", "count", 0, 0, "votes", R, "leqembi adcom votes against")
c("w-leqdate", W, "6-0 in June 2023", "June 2023", "date", 2023, 2023, "year", R, "leqembi adcom date")
c("w-prev", W, "More than 6 million Americans", "6 million", "count", 6000000, 6000000, "people", R, "us alzheimer's prevalence")

P = "don02_press.txt"
c("p-dateline", P, "INDIANAPOLIS, July 2, 2024", "July 2, 2024", "date", 2024, 2024, "year", O, "dateline (= approval day)")
c("p-month", P, "given once a month as", "once a month", "duration", 1, 1, "months", O, "dosing interval")
c("p-30min", P, "30-minute infusion", "30-minute", "duration", 30, 30, "minutes", R, "infusion length")
c("p-n", P, "enrolled 1,736 participants", "1,736", "count", 1736, 1736, "participants", R, "trailblazer-alz 2 enrolled")
c("p-35", P, "decline by 35% compared", "35%", "percent", 35, 35, "%", R, "iadrs slowing, low/medium tau")
c("p-18a", P, "placebo over 18 months on", "18 months", "duration", 18, 18, "months", O, "timepoint")
c("p-2pop", P, "Across the two populations", "two", "count", 2, 2, "populations", O, "analysis populations")
c("p-39", P, "up to a 39% lower", "39%", "percent", 39, 39, "%", R, "lower risk of progressing to next stage")
c("p-red61", P, "average by 61% at six months", "61%", "percent", 61, 61, "%", R, "plaque reduction 6 months")
c("p-red6m", P, "average by 61% at six months", "six months", "duration", 6, 6, "months", O, "timepoint")
c("p-red80", P, "80% at 12 months and 84%", "80%", "percent", 80, 80, "%", R, "plaque reduction 12 months")
c("p-red12m", P, "80% at 12 months and 84%", "12 months", "duration", 12, 12, "months", O, "timepoint")
c("p-red84", P, "84% at 18 months compared", "84%", "percent", 84, 84, "%", R, "plaque reduction 18 months")
c("p-red18m", P, "84% at 18 months compared", "18 months", "duration", 18, 18, "months", O, "timepoint")
c("p-comp17", P, "17% did so at six months", "17%", "percent", 17, 17, "%", R, "completed treatment by 6 months")
c("p-comp6m", P, "17% did so at six months", "six months", "duration", 6, 6, "months", O, "timepoint")
c("p-comp47", P, "47% at 12 months and 69%", "47%", "percent", 47, 47, "%", R, "completed treatment by 12 months")
c("p-comp12m", P, "47% at 12 months and 69%", "12 months", "duration", 12, 12, "months", O, "timepoint")
c("p-comp69", P, "69% at 18 months.", "69%", "percent", 69, 69, "%", R, "completed treatment by 18 months")
c("p-comp18m", P, "69% at 18 months.", "18 months", "duration", 18, 18, "months", O, "timepoint")
c("p-ariae", P, "occurred in 24% of participants", "24%", "percent", 24, 24, "%", R, "aria-e incidence, donanemab arm (trailblazer-alz 2)")
c("p-ariah", P, "(ARIA-H) in 31%", "31%", "percent", 31, 31, "%", R, "aria-h incidence, donanemab arm")
c("p-vial", P, "$695.65 per vial", "$695.65", "money", 695.65, 695.65, "USD", R, "list price per vial")
c("p-6mo", P, "$12,522 for a six-month course", "$12,522", "money", 12522, 12522, "USD", R, "cost of six-month course")
c("p-6mo-d", P, "$12,522 for a six-month course", "six-month", "duration", 6, 6, "months", O, "course length")
c("p-12mo", P, "$32,000 for 12 months", "$32,000", "money", 32000, 32000, "USD", R, "cost of 12 months (per year)")
c("p-12mo-d", P, "$32,000 for 12 months", "12 months", "duration", 12, 12, "months", O, "course length")
c("p-18mo", P, "$48,696 for 18 months", "$48,696", "money", 48696, 48696, "USD", R, "cost of 18-month course")
c("p-18mo-d", P, "$48,696 for 18 months", "18 months", "duration", 18, 18, "months", O, "course length")
c("p-prev", P, "An estimated 6.9 million Americans", "6.9 million", "count", 6900000, 6900000, "people", R, "us alzheimer's prevalence (65+)")
c("p-65", P, "aged 65 and older are living", "65", "age", 65, 65, "years", O, "age floor of prevalence estimate")

A = "don03_abstract.txt"
c("a-p2n", A, "TRAILBLAZER-ALZ study (n = 272)", "272", "count", 272, 272, "participants", R, "phase 2 trial size")
c("a-sites", A, "at 277 sites", "277", "count", 277, 277, "sites", R, "trial sites")
c("a-ctry", A, "in 8 countries", "8", "count", 8, 8, "countries", R, "trial countries")
c("a-age", A, "aged 60 to 85 years", "60 to 85", "age", 60, 85, "years", R, "trailblazer-alz 2 eligible age")
c("a-enr0", A, "from June 2020 to", "June 2020", "date", 2020, 2020, "year", R, "enrollment start")
c("a-enr1", A, "to November 2021", "November 2021", "date", 2021, 2021, "year", R, "enrollment end")
c("a-n", A, "N = 1736 were", "1736", "count", 1736, 1736, "participants", R, "trailblazer-alz 2 enrolled")
c("a-ratio", A, "randomized 1:1 to", "1:1", "ratio", 1, 1, "ratio", O, "allocation ratio")
c("a-ndon", A, "donanemab (n = 860)", "860", "count", 860, 860, "participants", R, "randomized to donanemab")
c("a-npla", A, "placebo (n = 876)", "876", "count", 876, 876, "participants", R, "randomized to placebo")
c("a-nlow", A, "1182 had low/medium tau", "1182", "count", 1182, 1182, "participants", R, "low/medium tau population")
c("a-nhigh", A, "552 high tau", "552", "count", 552, 552, "participants", R, "high tau population")
c("a-d700", A, "at 700 mg for the first", "700 mg", "dose", 700, 700, "mg", R, "standard dose, infusions 1-3")
c("a-d3", A, "the first three doses", "three", "count", 3, 3, "doses", O, "number of starting doses")
c("a-d1400", A, "and 1400 mg every", "1400 mg", "dose", 1400, 1400, "mg", R, "maintenance dose")
c("a-4wk", A, "1400 mg every 4 weeks", "4 weeks", "duration", 4, 4, "weeks", R, "dosing interval")
c("a-72wk", A, "for up to 72 weeks", "72 weeks", "duration", 72, 72, "weeks", R, "maximum treatment duration")
c("a-cl11", A, "below 11 Centiloids", "11 Centiloids", "score", 11, 11, "centiloids", R, "stop threshold single scan")
c("a-one", A, "on one scan", "one", "count", 1, 1, "scans", O, "definition")
c("a-cl25", A, "below 25 Centiloids", "25 Centiloids", "score", 25, 25, "centiloids", R, "stop threshold two scans")
c("a-two", A, "on two consecutive", "two", "count", 2, 2, "scans", O, "definition")
c("a-range", A, "iADRS (range 0–144)", "0–144", "score", 0, 144, "points", O, "iadrs scale range")
c("a-76a", A, "baseline to 76 weeks in", "76 weeks", "duration", 76, 76, "weeks", O, "primary timepoint")
c("a-mage", A, "Mean age was 73.0 years", "73.0 years", "age", 73.0, 73.0, "years", R, "mean age")
c("a-women", A, "57.4% of participants", "57.4%", "percent", 57.4, 57.4, "%", R, "share women")
c("a-i-don", A, "iADRS change was −6.02", "−6.02", "score", -6.02, -6.02, "points", R, "iadrs change donanemab low/med tau")
c("a-i-pla", A, "vs −9.27 with placebo", "−9.27", "score", -9.27, -9.27, "points", R, "iadrs change placebo low/med tau")
c("a-i-diff", A, "(difference 3.25;", "3.25", "score", 3.25, 3.25, "points", R, "iadrs difference low/med tau")
c("a-i-ci", A, "95% CI, 1.88 to 4.62", "1.88 to 4.62", "score", 1.88, 4.62, "points", R, "iadrs difference ci low/med tau")
c("a-p1", A, "4.62; P < .001", "P < .001", "pvalue", 0.001, 0.001, "p", O, "p-value")
c("a-i-slow", A, "a 35.1% slowing", "35.1%", "percent", 35.1, 35.1, "%", R, "iadrs slowing, low/medium tau")
c("a-c-don", A, "changes were −10.19", "−10.19", "score", -10.19, -10.19, "points", R, "iadrs change donanemab combined")
c("a-c-pla", A, "vs −13.11", "−13.11", "score", -13.11, -13.11, "points", R, "iadrs change placebo combined")
c("a-c-diff", A, "(difference 2.92;", "2.92", "score", 2.92, 2.92, "points", R, "iadrs difference combined")
c("a-c-ci", A, "95% CI, 1.51 to 4.33", "1.51 to 4.33", "score", 1.51, 4.33, "points", R, "iadrs difference ci combined")
c("a-p2", A, "4.33; P < .001", "P < .001", "pvalue", 0.001, 0.001, "p", O, "p-value")
c("a-c-slow", A, "a 22.3% slowing", "22.3%", "percent", 22.3, 22.3, "%", R, "iadrs slowing, combined (overall) population")
c("a-s-don", A, "group was 1.20 vs 1.88", "1.20", "score", 1.20, 1.20, "points", R, "cdr-sb change donanemab low/med")
c("a-s-pla", A, "group was 1.20 vs 1.88", "1.88", "score", 1.88, 1.88, "points", R, "cdr-sb change placebo low/med")
c("a-s-diff", A, "(difference −0.67;", "−0.67", "score", -0.67, -0.67, "points", R, "cdr-sb difference low/med")
c("a-s-ci", A, "95% CI, −0.95 to −0.40", "−0.95 to −0.40", "score", -0.95, -0.40, "points", R, "cdr-sb difference ci low/med")
c("a-s-slow", A, "or 36.0% slowing", "36.0%", "percent", 36.0, 36.0, "%", R, "cdr-sb slowing low/med")
c("a-sc-don", A, "it was 1.72 vs 2.42", "1.72", "score", 1.72, 1.72, "points", R, "cdr-sb change donanemab combined")
c("a-sc-pla", A, "it was 1.72 vs 2.42", "2.42", "score", 2.42, 2.42, "points", R, "cdr-sb change placebo combined")
c("a-sc-diff", A, "(difference −0.70;", "−0.70", "score", -0.70, -0.70, "points", R, "cdr-sb difference combined")
c("a-sc-ci", A, "95% CI, −0.95 to −0.45", "−0.95 to −0.45", "score", -0.95, -0.45, "points", R, "cdr-sb difference ci combined")
c("a-sc-slow", A, "or 28.9%.", "28.9%", "percent", 28.9, 28.9, "%", R, "cdr-sb slowing combined")
c("a-risk", A, "a 38.6% lower risk", "38.6%", "percent", 38.6, 38.6, "%", R, "lower risk of progressing to next stage")
c("a-hr", A, "hazard ratio 0.61", "0.61", "ratio", 0.61, 0.61, "hr", R, "hazard ratio progression")
c("a-p3", A, "0.61; P < .001", "P < .001", "pvalue", 0.001, 0.001, "p", O, "p-value")
c("a-clr24", A, "reached by 34.2%", "34.2%", "percent", 34.2, 34.2, "%", R, "amyloid clearance 24 weeks")
c("a-clr52", A, "34.2%, 71.3% and", "71.3%", "percent", 71.3, 71.3, "%", R, "amyloid clearance 52 weeks")
c("a-clr76", A, "and 80.1% of", "80.1%", "percent", 80.1, 80.1, "%", R, "amyloid clearance 76 weeks")
c("a-t24", A, "at 24, 52 and 76 weeks", "24", "duration", 24, 24, "weeks", O, "timepoint")
c("a-t52", A, "at 24, 52 and 76 weeks", "52", "duration", 52, 52, "weeks", O, "timepoint")
c("a-t76", A, "at 24, 52 and 76 weeks", "76 weeks", "duration", 76, 76, "weeks", O, "timepoint")
c("a-oneinf", A, "at least one infusion", "one", "count", 1, 1, "infusions", O, "safety population definition")
c("a-sdon", A, "(donanemab n = 853;", "853", "count", 853, 853, "participants", R, "safety population donanemab")
c("a-spla", A, "placebo n = 874)", "874", "count", 874, 874, "participants", R, "safety population placebo")
c("a-dth-d", A, "There were 16 deaths", "16", "count", 16, 16, "deaths", R, "all deaths donanemab arm")
c("a-dth-dp", A, "16 deaths (1.9%)", "1.9%", "percent", 1.9, 1.9, "%", R, "all deaths donanemab arm (%)")
c("a-dth-p", A, "and 10 (1.1%) with placebo", "10", "count", 10, 10, "deaths", R, "all deaths placebo arm")
c("a-dth-pp", A, "and 10 (1.1%) with placebo", "1.1%", "percent", 1.1, 1.1, "%", R, "all deaths placebo arm (%)")
c("a-rel-d", A, "; 3 (0.4%) and", "3", "count", 3, 3, "deaths", R, "treatment-related deaths, donanemab arm")
c("a-rel-dp", A, "; 3 (0.4%) and", "0.4%", "percent", 0.4, 0.4, "%", R, "treatment-related deaths donanemab (%)")
c("a-rel-p", A, "and 1 (0.1%), respectively", "1", "count", 1, 1, "deaths", R, "treatment-related deaths, placebo arm")
c("a-rel-pp", A, "and 1 (0.1%), respectively", "0.1%", "percent", 0.1, 0.1, "%", R, "treatment-related deaths placebo (%)")
c("a-ae-d", A, "ARIA-E occurred in 24.0% vs", "24.0%", "percent", 24.0, 24.0, "%", R, "aria-e incidence, donanemab arm (trailblazer-alz 2)")
c("a-ae-p", A, "24.0% vs 2.1%", "2.1%", "percent", 2.1, 2.1, "%", R, "aria-e incidence, placebo arm")
c("a-sym-d", A, "symptomatic in 6.1% vs 0.1%", "6.1%", "percent", 6.1, 6.1, "%", R, "symptomatic aria-e donanemab")
c("a-sym-p", A, "symptomatic in 6.1% vs 0.1%", "0.1%", "percent", 0.1, 0.1, "%", R, "symptomatic aria-e placebo")
c("a-ah-d", A, "ARIA-H occurred in 31.4%", "31.4%", "percent", 31.4, 31.4, "%", R, "aria-h incidence, donanemab arm")
c("a-ah-p", A, "31.4% vs 13.6%", "13.6%", "percent", 13.6, 13.6, "%", R, "aria-h incidence, placebo arm")
c("a-any-d", A, "any ARIA in 36.8%", "36.8%", "percent", 36.8, 36.8, "%", R, "any aria, donanemab arm")
c("a-any-p", A, "36.8% vs 14.9%", "14.9%", "percent", 14.9, 14.9, "%", R, "any aria, placebo arm")
c("a-nc", A, "incidence was 15.7%", "15.7%", "percent", 15.7, 15.7, "%", R, "aria-e apoe4 noncarriers")
c("a-het", A, "22.8% in heterozygotes", "22.8%", "percent", 22.8, 22.8, "%", R, "aria-e apoe4 heterozygotes")
c("a-hom", A, "40.6% in homozygotes", "40.6%", "percent", 40.6, 40.6, "%", R, "aria-e apoe4 homozygotes")
c("a-irr-d", A, "affected 8.7% vs 0.5%", "8.7%", "percent", 8.7, 8.7, "%", R, "infusion reactions donanemab")
c("a-irr-p", A, "affected 8.7% vs 0.5%", "0.5%", "percent", 0.5, 0.5, "%", R, "infusion reactions placebo")
c("a-76b", A, "Over 76 weeks donanemab", "76 weeks", "duration", 76, 76, "weeks", O, "timepoint")
c("a-key-n", A, "Key numbers: 1736 randomized", "1736", "count", 1736, 1736, "participants", O, "repeat of enrolled")
c("a-compl", A, "randomized; 76% (1320/1736)", "76%", "percent", 76, 76, "%", R, "completed the study")
c("a-compl-n", A, "(1320/1736)", "1320", "count", 1320, 1320, "participants", O, "completed the study (n)")
c("a-compl-d", A, "(1320/1736)", "1736", "count", 1736, 1736, "participants", O, "denominator")

E = "don04_explainer.txt"
c("e-upd", E, "Updated August 2025", "August 2025", "date", 2025, 2025, "year", O, "publication metadata")
c("e-two", E, "one of two drugs", "two", "count", 2, 2, "drugs", O, "anti-amyloid drugs available in us")
c("e-appr", E, "approved it in July 2023", "July 2023", "date", 2023, 2023, "year", R, "kisunla fda approval date")
c("e-35", E, "declined about 35% more slowly", "35%", "percent", 35, 35, "%", R, "iadrs slowing, low/medium tau")
c("e-18", E, "over a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", O, "timepoint")
c("e-sev", E, "several extra months", "several extra months", "duration", None, None, "months", O, "vague benefit")
c("e-nicejun", E, "concluded in June that", "June", "date", 2025, 2025, "year", R, "nice final draft guidance date")
c("e-nice46", E, "roughly four to six months", "four to six months", "duration", 4, 6, "months", R, "nice estimate of delay in progression")
c("e-30", E, "about half an hour", "half an hour", "duration", 0.5, 0.5, "hours", R, "infusion length")
c("e-4wk", E, "once every four weeks", "four weeks", "duration", 4, 4, "weeks", R, "dosing interval")
c("e-jul", E, "Since this July", "this July", "date", 2025, 2025, "year", R, "label update (modified titration) date")
c("e-3v", E, "the first three visits", "three", "count", 3, 3, "visits", O, "titration visits")
c("e-350", E, "(350 mg, then", "350 mg", "dose", 350, 350, "mg", R, "modified titration dose 1")
c("e-700", E, "then 700 mg, then", "700 mg", "dose", 700, 700, "mg", R, "modified titration dose 2")
c("e-1050", E, "then 1,050 mg)", "1,050 mg", "dose", 1050, 1050, "mg", R, "modified titration dose 3")
c("e-1400", E, "settling at 1,400 mg", "1,400 mg", "dose", 1400, 1400, "mg", R, "maintenance dose")
c("e-tb6m", E, "seen in 15.6% of people", "15.6%", "percent", 15.6, 15.6, "%", R, "tb-alz 6 aria-e modified titration at 76 weeks")
c("e-tb6s", E, "versus 24.2% on the original", "24.2%", "percent", 24.2, 24.2, "%", R, "tb-alz 6 aria-e standard dosing at 76 weeks")
c("e-76", E, "measured at 76 weeks", "76 weeks", "duration", 76, 76, "weeks", O, "timepoint")
c("e-half", E, "nearly half of the participants", "nearly half", "percent", 50, 50, "%", R, "completed treatment by 12 months")
c("e-yr", E, "that point within a year", "a year", "duration", 1, 1, "years", O, "timepoint")
c("e-2c", E, "people with two copies of the APOE4 gene, roughly", "two", "count", 2, 2, "copies", O, "apoe4 homozygote definition")
c("e-4in10", E, "roughly four in ten developed", "four in ten", "percent", 40, 40, "%", R, "aria-e apoe4 homozygotes")
c("e-price", E, "roughly $32,000 for a year", "$32,000", "money", 32000, 32000, "USD", R, "cost of 12 months (per year)")
c("e-coins", E, "you normally owe 20% coinsurance", "20%", "percent", 20, 20, "%", R, "medicare part b coinsurance share")
c("e-oop", E, "is about $6,400", "$6,400", "money", 6400, 6400, "USD", R, "patient coinsurance for a year of drug")
c("e-chmpneg", E, "turned it down in March 2024", "March 2024", "date", 2024, 2024, "year", R, "chmp negative opinion date")
c("e-chmppos", E, "recommended it last month", "last month", "date", 2025, 2025, "year", R, "chmp positive opinion date")
c("e-2c2", E, "do not carry two copies", "two", "count", 2, 2, "copies", O, "apoe4 homozygote definition")

B = "don05_blog.txt"
c("b-15", B, "Kisunla, fifteen months in", "fifteen months", "duration", 15, 15, "months", O, "time since approval (headline)")
c("b-hour", B, "under an hour door to door", "an hour", "duration", 1, 1, "hours", O, "visit length (caption)")
c("b-appr", B, "Kisunla) in July 2024", "July 2024", "date", 2024, 2024, "year", R, "kisunla fda approval date")
c("b-yrbit", B, "A year and a bit later", "A year and a bit", "duration", None, None, "years", O, "vague elapsed time")
c("b-adcom", B, "the June 2024 meeting", "June 2024", "date", 2024, 2024, "year", R, "adcom meeting date")
c("b-vfor", B, "voted 10 to 1 that", "10", "count", 10, 10, "votes", R, "adcom votes for: benefit-risk")
c("b-vag", B, "voted 10 to 1 that", "1", "count", 1, 1, "votes", R, "adcom votes against: benefit-risk", 1)
c("b-chmpneg", B, "negative opinion in March 2025", "March 2025", "date", 2025, 2025, "year", R, "chmp negative opinion date")
c("b-any-d", B, "ARIA in 36.8% of treated", "36.8%", "percent", 36.8, 36.8, "%", R, "any aria, donanemab arm")
c("b-any-p", B, "against 14.9% on placebo", "14.9%", "percent", 14.9, 14.9, "%", R, "any aria, placebo arm")
c("b-chmppos", B, "reversed course in July", "July", "date", 2025, 2025, "year", R, "chmp positive opinion date")
c("b-lastmo", B, "authorisation last month, on", "last month", "date", 2025, 2025, "year", O, "ec authorisation date (repeat)")
c("b-ec", B, "on September 25, for", "September 25", "date", 2025, 2025, "year", R, "ec authorisation date")
c("b-gbp", B, "quoting £60,000 to £80,000 a year", "£60,000 to £80,000", "money", 60000, 80000, "GBP", R, "uk private cost per year")
c("b-summer", B, "The label change this summer", "this summer", "date", 2025, 2025, "year", R, "label update (modified titration) date")
c("b-843", B, "randomized 843 people", "843", "count", 843, 843, "participants", R, "tb-alz 6 randomized")
c("b-arms", B, "across four dosing arms", "four", "count", 4, 4, "arms", O, "tb-alz 6 arms")
c("b-24wk", B, "At 24 weeks, ARIA-E", "24 weeks", "duration", 24, 24, "weeks", O, "timepoint")
c("b-m24", B, "occurred in 13.7% of the modified", "13.7%", "percent", 13.7, 13.7, "%", R, "tb-alz 6 aria-e modified titration at 24 weeks")
c("b-s24", B, "versus 23.7% with standard", "23.7%", "percent", 23.7, 23.7, "%", R, "tb-alz 6 aria-e standard dosing at 24 weeks")
c("b-76wk", B, "the full 76-week readout", "76-week", "duration", 76, 76, "weeks", O, "timepoint")
c("b-m76", B, "held the line at 13.7% versus", "13.7%", "percent", 13.7, 13.7, "%", R, "tb-alz 6 aria-e modified titration at 76 weeks")
c("b-s76", B, "13.7% versus 24.2%", "24.2%", "percent", 24.2, 24.2, "%", R, "tb-alz 6 aria-e standard dosing at 76 weeks")
c("b-aug", B, "every new start in August", "August", "date", 2025, 2025, "year", O, "clinic switched (aside)")
c("b-cap24", B, "standard dosing, week 24.", "24", "duration", 24, 24, "weeks", O, "caption timepoint")
c("b-deaths", B, "trial four deaths were", "four", "count", 4, 4, "deaths", R, "treatment-related deaths, donanemab arm")
c("b-pool", B, "affected about 24% of treated", "24%", "percent", 24, 24, "%", R, "aria-e incidence, pooled placebo-controlled trials")
c("b-lte", B, "enrolled 1,207 people", "1,207", "count", 1207, 1207, "participants", R, "extension study enrolled")
c("b-lte76", B, "finished the 76-week trial", "76-week", "duration", 76, 76, "weeks", O, "trial length")
c("b-3y", B, "At three years, early", "three years", "duration", 3, 3, "years", O, "timepoint")
c("b-12pt", B, "were 1.2 points better", "1.2 points", "score", 1.2, 1.2, "points", R, "cdr-sb vs external adni cohort at 3 years")
c("b-27", B, "had a 27% lower risk", "27%", "percent", 27, 27, "%", R, "lte lower risk of progression (early vs external)")
c("b-yrso", B, "Expect a year or so of", "a year or so", "duration", None, None, "years", O, "vague treatment length")

T = "don06_trade.txt"
c("t-date", T, "Access | 23 October 2024", "23 October 2024", "date", 2024, 2024, "year", O, "publication metadata")
c("t-mhra", T, "Kisunla, on Wednesday for", "Wednesday", "date", 2024, 2024, "year", R, "mhra licence date")
c("t-lecaug", T, "lecanemab was cleared in August", "August", "date", 2024, 2024, "year", R, "lecanemab mhra licence date")
c("t-nice47", T, "decline by four to seven months", "four to seven months", "duration", 4, 7, "months", R, "nice estimate of delay in progression")
c("t-56x", T, "was five to six times higher", "five to six times", "ratio", 5, 6, "times", R, "icer vs nice threshold")
c("t-third", T, "noted that about a third of trial", "a third", "percent", 100/3, 100/3, "%", R, "any aria, donanemab arm")
c("t-consult", T, "will close on 20 November", "20 November", "date", 2024, 2024, "year", R, "nice consultation closing date")
c("t-70k", T, "Around 70,000 adults", "70,000", "count", 70000, 70000, "people", R, "eligible patients in england")
c("t-gbp", T, "cost at £25,000 to £60,000", "£25,000 to £60,000", "money", 25000, 60000, "GBP", R, "uk private cost per year")
c("t-n", T, "enrolled 1,763 participants", "1,763", "count", 1763, 1763, "participants", R, "trailblazer-alz 2 enrolled")
c("t-35", T, "scale by 35% across the overall", "35%", "percent", 35, 35, "%", R, "iadrs slowing, combined (overall) population")
c("t-price", T, "roughly $23,000 a year", "$23,000", "money", 23000, 23000, "USD", R, "cost of 12 months (per year)")
c("t-japan", T, "Japan approved it in September", "September", "date", 2024, 2024, "year", R, "japan approval date")
c("t-lecnice", T, "rejection of lecanemab in August", "August", "date", 2024, 2024, "year", O, "nice lecanemab draft rejection date")

F = "don07_factcheck.txt"
c("f-date", F, "Imani Soto | July 12, 2024", "July 12, 2024", "date", 2024, 2024, "year", O, "publication metadata")
c("f-postprice", F, "costs $32,000 a month", "$32,000", "money", 32000, 32000, "USD", O, "price per month claimed by posts (quoted, false)")
c("f-12x", F, "by a factor of about twelve", "twelve", "ratio", 12, 12, "times", R, "size of price error")
c("f-views", F, "viewed more than 2 million times", "2 million", "count", 2000000, 2000000, "views", R, "post views")
c("f-2cl", F, "repeat the same two claims", "two", "count", 2, 2, "claims", O, "aside")
c("f-appr", F, "approved Kisunla on July 2, 2024", "July 2, 2024", "date", 2024, 2024, "year", R, "kisunla fda approval date")
c("f-adcom", F, "public meeting last month", "last month", "date", 2024, 2024, "year", R, "adcom meeting date")
c("f-11", F, "with all 11 members", "11", "count", 11, 11, "votes", R, "adcom votes for: effectiveness and benefit-risk")
c("f-vial", F, "price at $695.65 per vial", "$695.65", "money", 695.65, 695.65, "USD", R, "list price per vial")
c("f-year", F, "list price comes to $32,000", "$32,000", "money", 32000, 32000, "USD", R, "cost of 12 months (per year)")
c("f-coins", F, "owe a 20% share", "20%", "percent", 20, 20, "%", R, "medicare part b coinsurance share")
c("f-n", F, "more than 1,700 people", "1,700", "count", 1700, 1700, "participants", R, "trailblazer-alz 2 enrolled (lower bound)")
c("f-18", F, "about a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", O, "trial follow-up")
c("f-31", F, "on scans in 31% of patients", "31%", "percent", 31, 31, "%", R, "aria-e incidence, donanemab arm (trailblazer-alz 2)")
c("f-2c", F, "people with two copies", "two", "count", 2, 2, "copies", O, "apoe4 homozygote definition")
c("f-35", F, "by about 35% among", "35%", "percent", 35, 35, "%", R, "iadrs slowing, low/medium tau")
c("f-leq", F, "after Leqembi last year", "last year", "date", 2023, 2023, "year", R, "leqembi traditional approval date")
c("f-s1", F, "announcement (July 2024)", "July 2024", "date", 2024, 2024, "year", O, "source list metadata")
c("f-s2", F, "JAMA trial report (2023)", "2023", "date", 2023, 2023, "year", O, "source list metadata")
c("f-s3", F, "briefing documents (June 2024)", "June 2024", "date", 2024, 2024, "year", O, "source list metadata")

STRICT = [
    # 1. benefit-risk vote: 11-0 vs "10 to 1"
    ("w-q2for", "b-vfor"), ("f-11", "b-vfor"), ("w-q2ag", "b-vag"),
    # 2. Kisunla FDA approval year: 2024 vs "July 2023"
    ("e-appr", "f-appr"), ("e-appr", "b-appr"),
    # 3. TRAILBLAZER-ALZ 2 enrolment: 1,736 vs 1,763
    ("t-n", "p-n"), ("t-n", "a-n"),
    # 4. ARIA-E on donanemab in the pivotal trial: 24% vs 31% (ARIA-H figure)
    ("f-31", "a-ae-d"), ("f-31", "p-ariae"),
    # 5. lower risk of progressing: 38.6% / up to 39% vs 37%
    ("w-37", "a-risk"), ("w-37", "p-39"),
    # 6. iADRS slowing in the overall/combined population: 22.3% vs 35%
    ("t-35", "a-c-slow"),
    # 7. US price for 12 months: $32,000 vs $23,000
    ("t-price", "p-12mo"), ("t-price", "f-year"), ("t-price", "e-price"),
    # 8. TRAILBLAZER-ALZ 6 modified titration ARIA-E at 76 weeks: 15.6% vs 13.7%
    ("b-m76", "e-tb6m"),
    # 9. CHMP negative opinion year: March 2025 vs March 2024
    ("e-chmpneg", "b-chmpneg"),
    # 10. treatment-related deaths on donanemab: 3 vs four
    ("b-deaths", "w-deaths"), ("b-deaths", "a-rel-d"),
]
QUALIFIED = [
    ("e-appr", "p-dateline"),          # dateline = approval day, but publication metadata
    ("t-third", "a-any-d"), ("t-third", "b-any-d"),   # NICE's "a third" vs 36.8% any ARIA
    ("t-nice47", "e-nice46"),          # draft (Oct 2024) vs final draft (June 2025) appraisal
    ("t-gbp", "b-gbp"),                # different private-cost estimates, monitoring included or not
    ("f-31", "b-pool"),                # pivotal trial vs pooled placebo-controlled trials
]

def main():
    texts = {}
    rows, ids, bad = [], set(), 0
    for item in C:
        cid, doc, ctx, span, kind, lo, hi, unit, req, topic = item[:10]
        nth = item[10] if len(item) > 10 else 0
        if doc not in texts:
            with open(os.path.join(DOCDIR, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        t = texts[doc]
        assert cid not in ids, cid
        ids.add(cid)
        n = t.count(ctx)
        if n != 1:
            print(f"context for {cid} occurs {n} times: {ctx!r}"); bad += 1; continue
        base = t.index(ctx)
        off = -1
        for _ in range(nth + 1):
            off = ctx.index(span, off + 1)
        start = base + off
        end = start + len(span)
        if t[start:end] != span:
            print("mismatch", cid); bad += 1; continue
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end, "span": span,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    byid = {r["id"]: r for r in rows}
    confl = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            assert a in byid and b in byid, (a, b)
            assert byid[a]["doc"] != byid[b]["doc"], (a, b)
            confl.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    seen = set()
    for r in confl:
        k = frozenset((r["a"], r["b"]))
        assert k not in seen, k
        seen.add(k)
    # overlapping spans inside a document are not allowed
    for doc in texts:
        sp = sorted((r["start"], r["end"], r["id"]) for r in rows if r["doc"] == doc)
        for x, y in zip(sp, sp[1:]):
            if y[0] < x[1]:
                print("overlap", x, y); bad += 1
    if bad:
        sys.exit(f"{bad} problems")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + confl:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"{len(rows)} claims ({nreq} required, {len(rows)-nreq} optional); "
          f"{len(STRICT)} strict, {len(QUALIFIED)} qualified conflicts -> {OUT}")

if __name__ == "__main__":
    main()
