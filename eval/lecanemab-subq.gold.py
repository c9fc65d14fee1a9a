#!/usr/bin/env python3
"""Build lecanemab-subq.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "lecanemab-subq")
OUT = os.path.join(HERE, "lecanemab-subq.gold.jsonl")
T = "lecanemab-subq"
PFX = "lq"

W, P, A, E, B, L, F = ("LQ01_wire.txt", "LQ02_press.txt", "LQ03_abstract.txt",
                       "LQ04_explainer.txt", "LQ05_blog.txt", "LQ06_trade.txt", "LQ07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- LQ01 wire (2025-08-29, a Friday)
 ("w-dl", W, "WASHINGTON, Aug 29", "Aug 29", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "on Friday approved", "Friday", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("w-18", W, "completed at least 18 months of intravenous treatment", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("w-1wk", W, "skin once a week", "once a week", "duration", 1, 1, "weeks", Y, "sc maintenance interval"),
 ("w-360", W, "deliver a 360 mg dose", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("w-15s", W, "takes about 15 seconds", "15 seconds", "duration", 15, 15, "seconds", Y, "injection time"),
 ("w-10mgkg", W, "start on 10 mg per kilogram", "10 mg per kilogram", "dose", 10, 10, "mg/kg", Y, "iv initiation dose"),
 ("w-2wk", W, "body weight every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("w-1h", W, "an hour-long appointment", "hour-long", "duration", 1, 1, "hours", N, "infusion visit length"),
 ("w-sincejan", W, "Since January, those who complete", "January", "date", 2025, 2025, "year", Y, "iv every-4-week maintenance approval"),
 ("w-4wk", W, "to an infusion every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "iv maintenance interval"),
 ("w-2023", W, "prescribed the drug since 2023", "2023", "date", 2023, 2023, "year", N, "aside (quoted neurologist)"),
 ("w-15sq", W, "Fifteen seconds in the kitchen", "Fifteen seconds", "duration", 15, 15, "seconds", N, "quote"),
 ("w-jul23", W, "won the drug full approval in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "iv traditional approval"),
 ("w-600", W, "more than 600 participants", "600", "count", 600, 600, "participants", Y, "sc safety population (all sc doses)"),
 ("w-49", W, "Forty-nine people switched", "Forty-nine", "count", 49, 49, "participants", Y, "360 mg maintenance substudy size"),
 ("w-360b", W, "to the 360 mg weekly shot", "360 mg", "dose", 360, 360, "mg", N, "repeat"),
 ("w-18b", W, "shot after at least 18 months of infusions", "18 months", "duration", 18, 18, "months", N, "repeat"),
 ("w-lt1", W, "fewer than 1% of participants", "1%", "percent", 1, 1, "%", Y, "sc systemic reactions (upper bound)"),
 ("w-245", W, "compared with 24.5% of patients on intravenous", "24.5%", "percent", 24.5, 24.5, "%", Y, "iv systemic reactions, approval comparison"),
 ("w-11", W, "About 11% had mild", "11%", "percent", 11, 11, "%", Y, "sc local injection-site reactions"),
 ("w-6mo", W, "within the first six months of starting", "six months", "duration", 6, 6, "months", Y, "window in which most aria occurs"),
 ("w-1795", W, "enrolled 1,795 people", "1,795", "count", 1795, 1795, "participants", Y, "clarity ad randomized"),
 ("w-897", W, "of whom 897 received Leqembi", "897", "count", 897, 897, "participants", Y, "clarity ad lecanemab arm"),
 ("w-18c", W, "After 18 months the drug", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("w-27", W, "by 27% compared with placebo", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("w-045", W, "a difference of 0.45 point", "0.45", "score", 0.45, 0.45, "points", Y, "clarity ad cdr-sb difference (unsigned)"),
 ("w-18pt", W, "on an 18-point scale", "18-point", "count", 18, 18, "points", N, "definitional"),
 ("w-may24", W, "in May of last year", "May of last year", "date", 2024, 2024, "year", Y, "rolling bla submission start"),
 ("w-jan", W, "for review in January, setting", "January", "date", 2025, 2025, "year", Y, "bla accepted for review"),
 ("w-aug31", W, "target date of Aug. 31", "Aug. 31", "date", 2025, 2025, "year", Y, "maintenance pdufa date"),
 ("w-oct6", W, "from Oct. 6", "Oct. 6", "date", 2025, 2025, "year", Y, "us launch date"),
 ("w-fri2", W, "a price on Friday", "Friday", "date", 2025, 2025, "year", N, "repeat"),
 ("w-26500", W, "list price of $26,500 a year", "$26,500", "money", 26500, 26500, "USD", Y, "iv list price per year"),
 ("w-jan23", W, "accelerated approval in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "accelerated approval"),
 ("w-jun23", W, "in June of that year", "June of that year", "date", 2023, 2023, "year", Y, "advisory committee date"),
 ("w-vfor", W, "voted 6-0 that", "6", "count", 6, 6, "votes", Y, "adcom votes for (leqembi 2023)"),
 ("w-vag", W, "voted 6-0 that", "0", "count", 0, 0, "votes", Y, "adcom votes against (leqembi 2023)"),
 ("w-kis24", W, "Kisunla, approved in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "rival kisunla approval"),
 ("w-kis4wk", W, "infusion once every four weeks", "four weeks", "duration", 4, 4, "weeks", N, "kisunla interval"),
 ("w-18pct", W, "rose 1.8% in", "1.8%", "percent", 1.8, 1.8, "%", N, "stock move aside"),

 # ---- LQ02 press (2026-01-25)
 ("p-sub", P, "FDA action date set for May 24, 2026", "May 24, 2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-dl", P, "Mass., January 25, 2026", "January 25, 2026", "date", 2026, 2026, "year", N, "dateline"),
 ("p-may24", P, "action date of May 24, 2026.", "May 24, 2026", "date", 2026, 2026, "year", Y, "starting-dose pdufa date"),
 ("p-500", P, "would receive 500 mg once a week", "500 mg", "dose", 500, 500, "mg", Y, "proposed sc starting dose"),
 ("p-1wk", P, "500 mg once a week", "once a week", "duration", 1, 1, "weeks", N, "starting dose interval"),
 ("p-two", P, "given as two 250 mg", "two", "count", 2, 2, "injections", N, "injections per starting dose"),
 ("p-250", P, "two 250 mg injections", "250 mg", "dose", 250, 250, "mg", Y, "starting dose per injection"),
 ("p-15s", P, "approximately 15 seconds", "15 seconds", "duration", 15, 15, "seconds", Y, "injection time"),
 ("p-10", P, "infusions of 10 mg/kg", "10 mg/kg", "dose", 10, 10, "mg/kg", Y, "iv initiation dose"),
 ("p-2wk", P, "10 mg/kg once every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("p-360", P, "maintenance dose of 360 mg", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("p-aug25", P, "by the FDA in August 2025", "August 2025", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("p-18", P, "completed at least 18 months of IV treatment", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("p-oct25", P, "in the U.S. in October 2025", "October 2025", "date", 2025, 2025, "year", Y, "us launch date"),
 ("p-1612", P, "1,612 participants enrolled in the OLE", "1,612", "count", 1612, 1612, "participants", Y, "participants enrolled in ole"),
 ("p-18mo", P, "completing the 18-month core study", "18-month", "duration", 18, 18, "months", N, "core study length"),
 ("p-500b", P, "administration of 500 mg with", "500 mg", "dose", 500, 500, "mg", N, "repeat"),
 ("p-2wkb", P, "IV dosing every two weeks, with", "two weeks", "duration", 2, 2, "weeks", N, "repeat"),
 ("p-lt2", P, "less than 2% incidence", "2%", "percent", 2, 2, "%", Y, "systemic reactions, sc starting-dose data (upper bound)"),
 ("p-18c", P, "In the 18-month Clarity", "18-month", "duration", 18, 18, "months", N, "core study length"),
 ("p-1795", P, "core study of 1,795 participants", "1,795", "count", 1795, 1795, "participants", Y, "clarity ad randomized"),
 ("p-27", P, "CDR-SB by 27%", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("p-53", P, "approved in 53 countries", "53", "count", 53, 53, "countries", Y, "countries/regions approved"),
 ("p-7", P, "review in 7 more", "7", "count", 7, 7, "countries", Y, "countries/regions under review"),
 ("p-14wk", P, "first 14 weeks of treatment", "14 weeks", "duration", 14, 14, "weeks", Y, "window in which aria is most common (label)"),
 ("p-15pct", P, "about 15% of people with AD", "15%", "percent", 15, 15, "%", N, "about section: homozygote share"),
 ("p-jul23", P, "was granted in July 2023", "July 2023", "date", 2023, 2023, "year", N, "about section: iv traditional approval"),
 ("p-2014", P, "AD treatments since 2014", "2014", "date", 2014, 2014, "year", N, "about section"),
 ("p-2005", P, "Since 2005, Eisai", "2005", "date", 2005, 2005, "year", N, "about section"),
 ("p-2007", P, "BioArctic in December 2007", "December 2007", "date", 2007, 2007, "year", N, "about section"),

 # ---- LQ03 abstract (2025-12-03)
 ("a-pub", A, "Published online 3 December 2025", "3 December 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-10", A, "(IV) at 10 mg/kg every two weeks", "10 mg/kg", "dose", 10, 10, "mg/kg", Y, "iv initiation dose"),
 ("a-2wk", A, "10 mg/kg every two weeks. In", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("a-10b", A, "regimen of 10 mg/kg every four", "10 mg/kg", "dose", 10, 10, "mg/kg", N, "iv maintenance dose"),
 ("a-4wk", A, "10 mg/kg every four weeks after", "four weeks", "duration", 4, 4, "weeks", Y, "iv maintenance interval"),
 ("a-18iv", A, "every four weeks after 18 months was approved", "18 months", "duration", 18, 18, "months", Y, "iv period required before maintenance"),
 ("a-jan24", A, "was approved in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "iv every-4-week maintenance approval"),
 ("a-360", A, "(360 mg/1.8 mL", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("a-18ml", A, "360 mg/1.8 mL", "1.8 mL", "volume", 1.8, 1.8, "mL", N, "autoinjector volume"),
 ("a-29aug", A, "on 29 August 2025", "29 August 2025", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("a-18m", A, "(18 months, randomized", "18 months", "duration", 18, 18, "months", N, "core study length"),
 ("a-11", A, "randomized 1:1", "1:1", "ratio", 1, 1, "ratio", N, "definitional"),
 ("a-18m2", A, "(CDR-SB) at 18 months.", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("a-1795", A, "N = 1,795", "1,795", "count", 1795, 1795, "participants", Y, "clarity ad randomized"),
 ("a-235", A, "at 235 sites", "235", "count", 235, 235, "sites", Y, "clarity ad sites"),
 ("a-898", A, "lecanemab n=898", "898", "count", 898, 898, "participants", Y, "clarity ad lecanemab arm"),
 ("a-897", A, "placebo n=897", "897", "count", 897, 897, "participants", Y, "clarity ad placebo arm"),
 ("a-18m3", A, "CDR-SB at 18 months was", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("a-121", A, "was 1.21 with", "1.21", "score", 1.21, 1.21, "points", Y, "cdr-sb change lecanemab"),
 ("a-166", A, "1.66 with placebo", "1.66", "score", 1.66, 1.66, "points", Y, "cdr-sb change placebo"),
 ("a-045", A, "a difference of −0.45", "−0.45", "score", -0.45, -0.45, "points", Y, "clarity ad cdr-sb difference"),
 ("a-045ci", A, "95% CI −0.67 to −0.23", "−0.67 to −0.23", "score", -0.67, -0.23, "points", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-27", A, "to 27% slowing", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("a-126", A, "ARIA-E occurred in 12.6%", "12.6%", "percent", 12.6, 12.6, "%", Y, "core aria-e lecanemab"),
 ("a-17", A, "and 1.7% of placebo", "1.7%", "percent", 1.7, 1.7, "%", Y, "core aria-e placebo"),
 ("a-173", A, "ARIA-H in 17.3%", "17.3%", "percent", 17.3, 17.3, "%", Y, "core aria-h lecanemab"),
 ("a-90", A, "17.3% and 9.0%", "9.0%", "percent", 9.0, 9.0, "%", Y, "core aria-h placebo"),
 ("a-264", A, "reactions in 26.4%", "26.4%", "percent", 26.4, 26.4, "%", Y, "core infusion reactions lecanemab"),
 ("a-74", A, "26.4% and 7.4%", "7.4%", "percent", 7.4, 7.4, "%", Y, "core infusion reactions placebo"),
 ("a-28", A, "occurred in 2.8% of", "2.8%", "percent", 2.8, 2.8, "%", Y, "core symptomatic aria-e"),
 ("a-141", A, "(n=141)", "141", "count", 141, 141, "participants", Y, "core e4 homozygotes on lecanemab"),
 ("a-326", A, "incidence was 32.6%", "32.6%", "percent", 32.6, 32.6, "%", Y, "core aria-e e4 homozygotes"),
 ("a-1385", A, "1,385 enrolled in the OLE", "1,385", "count", 1385, 1385, "participants", Y, "participants enrolled in ole"),
 ("a-1612", A, "and 1,612 participants received", "1,612", "count", 1612, 1612, "participants", Y, "received >=1 lecanemab dose, core+ole"),
 ("a-one", A, "at least one dose of lecanemab in the core", "one", "count", 1, 1, "doses", N, "definitional"),
 ("a-219", A, "ARIA-E occurred in 219", "219", "count", 219, 219, "participants", Y, "core+ole aria-e n"),
 ("a-1612b", A, "219 of 1,612", "1,612", "count", 1612, 1612, "participants", N, "denominator repeat"),
 ("a-136", A, "(13.6%)", "13.6%", "percent", 13.6, 13.6, "%", Y, "core+ole aria-e"),
 ("a-298", A, "ARIA-H in 298", "298", "count", 298, 298, "participants", Y, "core+ole aria-h n"),
 ("a-185", A, "(18.5%)", "18.5%", "percent", 18.5, 18.5, "%", Y, "core+ole aria-h"),
 ("a-245", A, "were reported in 24.5%", "24.5%", "percent", 24.5, 24.5, "%", Y, "core+ole infusion reactions"),
 ("a-345", A, "homozygotes was 34.5%", "34.5%", "percent", 34.5, 34.5, "%", Y, "core+ole aria-e e4 homozygotes"),
 ("a-86", A, "(86 of 249)", "86", "count", 86, 86, "participants", Y, "core+ole homozygote aria-e n"),
 ("a-249", A, "86 of 249", "249", "count", 249, 249, "participants", Y, "core+ole homozygotes"),
 ("a-6mo", A, "after the first 6 months", "6 months", "duration", 6, 6, "months", Y, "window after which aria is at placebo rates"),
 ("a-052", A, "from 0.52 at 18", "0.52", "score", 0.52, 0.52, "points", Y, "cdr-sb difference vs adni at 18 months"),
 ("a-18m4", A, "0.52 at 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("a-175", A, "to 1.75 at 48", "1.75", "score", 1.75, 1.75, "points", Y, "cdr-sb difference vs adni at 48 months"),
 ("a-48m", A, "1.75 at 48 months", "48 months", "duration", 48, 48, "months", N, "timepoint"),
 ("a-600", A, "More than 600 OLE", "600", "count", 600, 600, "participants", Y, "sc safety population (all sc doses)"),
 ("a-lt1", A, "occurred in fewer than 1% versus", "1%", "percent", 1, 1, "%", Y, "sc systemic reactions (upper bound)"),
 ("a-26", A, "approximately 26% with IV", "26%", "percent", 26, 26, "%", Y, "iv systemic reactions, approval comparison"),
 ("a-11pct", A, "occurred in about 11%", "11%", "percent", 11, 11, "%", Y, "sc local injection-site reactions"),
 ("a-49", A, "n=49 participants", "49", "count", 49, 49, "participants", Y, "360 mg maintenance substudy size"),
 ("a-360b", A, "switched to 360 mg SC weekly", "360 mg", "dose", 360, 360, "mg", N, "repeat"),
 ("a-18sc", A, "after at least 18 months of IV dosing", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("a-2wkb", A, "IV dosing every two weeks. None", "two weeks", "duration", 2, 2, "weeks", N, "repeat"),
 ("a-0", A, "(0 of 49;", "0", "count", 0, 0, "participants", Y, "aria in 360 mg maintenance substudy"),
 ("a-49b", A, "0 of 49;", "49", "count", 49, 49, "participants", N, "denominator repeat"),
 ("a-ci", A, "95% CI 0.0–7.3%", "0.0–7.3%", "percent", 0.0, 7.3, "%", Y, "ci"),
 ("a-4y", A, "amyloid PET over 4 years", "4 years", "duration", 4, 4, "years", N, "modeling horizon"),
 ("a-24", A, "pilot (N = 24;", "24", "count", 24, 24, "participants", Y, "acceptability pilot size"),
 ("a-18apr", A, "cut-off 18 April 2025", "18 April 2025", "date", 2025, 2025, "year", N, "data cut-off"),
 ("a-18p", A, "all 18 participants", "18", "count", 18, 18, "participants", Y, "pilot participants with complete data"),
 ("a-360c", A, "Switching to weekly 360 mg", "360 mg", "dose", 360, 360, "mg", N, "conclusions repeat"),
 ("a-18c", A, "SC lecanemab after 18 months of IV initiation", "18 months", "duration", 18, 18, "months", N, "conclusions repeat"),
 ("a-73", A, "for ARIA (7.3%)", "7.3%", "percent", 7.3, 7.3, "%", N, "ci bound repeat"),
 ("a-500", A, "A 500 mg weekly SC starting", "500 mg", "dose", 500, 500, "mg", Y, "proposed sc starting dose"),
 ("a-two", A, "given as two 250 mg", "two", "count", 2, 2, "injections", N, "injections per starting dose"),
 ("a-250", A, "two 250 mg injections", "250 mg", "dose", 250, 250, "mg", Y, "starting dose per injection"),

 # ---- LQ04 explainer (2025-10-06)
 ("e-upd", E, "Updated October 6, 2025", "October 6, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-today", E, "Starting today", "today", "date", 2025, 2025, "year", N, "launch (relative to update date)"),
 ("e-aug29", E, "approved it on Aug. 29, 2025", "Aug. 29, 2025", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("e-360", E, "holds 360 mg", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("e-18ml", E, "in 1.8 mL", "1.8 mL", "volume", 1.8, 1.8, "mL", N, "autoinjector volume"),
 ("e-18", E, "had at least 18 months of Leqembi infusions", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("e-2wk", E, "into a vein every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("e-1wk", E, "Once a week. The", "Once a week", "duration", 1, 1, "weeks", Y, "sc maintenance interval"),
 ("e-15s", E, "takes about 15 seconds", "15 seconds", "duration", 15, 15, "seconds", Y, "injection time"),
 ("e-sincejan", E, "Since January, people who finish", "January", "date", 2025, 2025, "year", Y, "iv every-4-week maintenance approval"),
 ("e-18b", E, "finish the first 18 months", "18 months", "duration", 18, 18, "months", N, "repeat"),
 ("e-4wk", E, "only once every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "iv maintenance interval"),
 ("e-2b", E, "instead of every two.", "two", "duration", 2, 2, "weeks", N, "iv initiation interval repeat"),
 ("e-600", E, "study of more than 600 people using the 360 mg", "600", "count", 600, 600, "participants", Y, "360 mg maintenance substudy size (as reported)"),
 ("e-360b", E, "using the 360 mg weekly pen", "360 mg", "dose", 360, 360, "mg", N, "repeat"),
 ("e-27", E, "by 27% over 18 months", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("e-18c", E, "27% over 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("e-11", E, "about 11% of people", "11%", "percent", 11, 11, "%", Y, "sc local injection-site reactions"),
 ("e-lt1", E, "(under 1%)", "1%", "percent", 1, 1, "%", Y, "sc systemic reactions (upper bound)"),
 ("e-26", E, "about 26% of people who get the infusion", "26%", "percent", 26, 26, "%", Y, "iv systemic reactions, approval comparison"),
 ("e-126", E, "showed up in 12.6%", "12.6%", "percent", 12.6, 12.6, "%", Y, "core aria-e lecanemab"),
 ("e-6mo", E, "appear in the first six months", "six months", "duration", 6, 6, "months", Y, "window in which most aria occurs"),
 ("e-two", E, "carry two copies", "two", "count", 2, 2, "copies", N, "definitional"),
 ("e-375", E, "$375 per pen", "$375", "money", 375, 375, "USD", Y, "iqlik wac per autoinjector"),
 ("e-20", E, "your 20% coinsurance", "20%", "percent", 20, 20, "%", Y, "medicare part b coinsurance"),
 ("e-5300", E, "roughly $5,300 a year", "$5,300", "money", 5300, 5300, "USD", Y, "iqlik annual medicare coinsurance"),
 ("e-jul23", E, "since July 2023", "July 2023", "date", 2023, 2023, "year", Y, "iv traditional approval / medicare coverage"),
 ("e-jan24", E, "in January of last year", "January of last year", "date", 2024, 2024, "year", Y, "bla accepted for review"),
 ("e-aug", E, "set an August deadline", "August", "date", 2025, 2025, "year", N, "maintenance pdufa month"),
 ("e-kis4wk", E, "by infusion once every four weeks", "four weeks", "duration", 4, 4, "weeks", N, "kisunla interval"),
 ("e-72m", E, "roughly 7.2 million Americans", "7.2 million", "count", 7200000, 7200000, "people", Y, "us alzheimer's prevalence 65+ (2025 report)"),
 ("e-65", E, "65 and older", "65", "age", 65, 65, "years", N, "definitional"),
 ("e-15y", E, "a year and a half of infusions", "a year and a half", "duration", 1.5, 1.5, "years", Y, "iv period required before switching to maintenance"),

 # ---- LQ05 blog (2025-11-18)
 ("b-6wk", B, "Six weeks with the Leqembi pen", "Six weeks", "duration", 6, 6, "weeks", N, "headline (time since launch)"),
 ("b-date", B, "November 18, 2025", "November 18, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-one", B, "needed one session", "one", "count", 1, 1, "sessions", N, "image caption"),
 ("b-aug24", B, "cleared Leqembi Iqlik in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "iqlik maintenance approval date"),
 ("b-lastmo", B, "reached pharmacies last month", "last month", "date", 2025, 2025, "year", Y, "us launch date"),
 ("b-14", B, "as of this week 14 of our patients", "14", "count", 14, 14, "patients", Y, "clinic patients switched to pen"),
 ("b-10", B, "infusion of 10 mg/kg", "10 mg/kg", "dose", 10, 10, "mg/kg", Y, "iv initiation dose"),
 ("b-2wk", B, "10 mg/kg every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("b-18", B, "After 18 months, patients can now choose", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("b-tworoutes", B, "between two maintenance routes", "two", "count", 2, 2, "routes", N, "aside"),
 ("b-2wkm", B, "infusion every two weeks, or switch", "two weeks", "duration", 2, 2, "weeks", Y, "iv maintenance interval"),
 ("b-360", B, "autoinjector, 360 mg under", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("b-1wk", B, "the skin once a week", "once a week", "duration", 1, 1, "weeks", Y, "sc maintenance interval"),
 ("b-15s", B, "takes about 15 seconds", "15 seconds", "duration", 15, 15, "seconds", Y, "injection time"),
 ("b-1795", B, "the trial of 1,795 people", "1,795", "count", 1795, 1795, "participants", Y, "clarity ad randomized"),
 ("b-37", B, "slowed decline by 37%", "37%", "percent", 37, 37, "%", Y, "clarity ad cdr-sb slowing"),
 ("b-18b", B, "37% over 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("b-48cap", B, "change over 48 months", "48 months", "duration", 48, 48, "months", N, "caption timepoint"),
 ("b-jul", B, "in Toronto in July", "July", "date", 2025, 2025, "year", N, "conference date"),
 ("b-1412", B, "that 1,412 people received", "1,412", "count", 1412, 1412, "participants", Y, "treated between months 18 and 48 of ole"),
 ("b-1848", B, "between months 18 and 48", "18 and 48", "duration", 18, 48, "months", N, "period"),
 ("b-175", B, "grew to 1.75 points", "1.75", "score", 1.75, 1.75, "points", Y, "cdr-sb difference vs external cohort at 48 months"),
 ("b-4y", B, "at four years", "four years", "duration", 4, 4, "years", N, "timepoint"),
 ("b-halfday", B, "getting back a half day", "a half day", "duration", 0.5, 0.5, "days", N, "aside"),
 ("b-2wkc", B, "half day every two weeks for them", "two weeks", "duration", 2, 2, "weeks", N, "iv initiation interval repeat"),
 ("b-quarter", B, "hit about a quarter of patients", "a quarter", "percent", 25, 25, "%", Y, "iv infusion reactions (rounded)"),
 ("b-40", B, "waiting list of 40", "40", "count", 40, 40, "patients", Y, "clinic waiting list"),
 ("b-3mo", B, "in the first three months", "three months", "duration", 3, 3, "months", Y, "window in which most aria-e occurs (phase 2)"),
 ("b-third", B, "roughly a third of whom", "a third", "percent", 33.333333, 33.333333, "%", Y, "aria-e e4 homozygotes (rounded)"),
 ("b-2of14", B, "Two of our 14", "Two", "count", 2, 2, "patients", Y, "clinic patients who missed a dose"),
 ("b-14b", B, "Two of our 14", "14", "count", 14, 14, "patients", N, "repeat"),
 ("b-500", B, "a higher 500 mg weekly starting dose", "500 mg", "dose", 500, 500, "mg", Y, "proposed sc starting dose"),
 ("b-twoshots", B, "given as two shots", "two", "count", 2, 2, "injections", N, "injections per starting dose"),
 ("b-18th", B, "in their 18th month", "18th month", "duration", 18, 18, "months", N, "aside"),
 ("b-oneemail", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),

 # ---- LQ06 trade, hard-wrapped (2026-01-27)
 ("l-date", L, "Neurology | January 27, 2026", "January 27, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-sun", L, "said on Sunday that", "Sunday", "date", 2026, 2026, "year", Y, "starting-dose sbla acceptance announced"),
 ("l-may24", L, "action date of May 24, 2026", "May 24, 2026", "date", 2026, 2026, "year", Y, "starting-dose pdufa date"),
 ("l-500", L, "would inject 500 mg once a", "500 mg", "dose", 500, 500, "mg", Y, "proposed sc starting dose"),
 ("l-1wk", L, "500 mg once a week", "once a week", "duration", 1, 1, "weeks", N, "starting dose interval"),
 ("l-two", L, "delivered as two 250 mg", "two", "count", 2, 2, "injections", N, "injections per starting dose"),
 ("l-250", L, "two 250 mg shots", "250 mg", "dose", 250, 250, "mg", Y, "starting dose per injection"),
 ("l-2wk", L, "beginning with infusions every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("l-lt2", L, "fewer than 2% of people", "2%", "percent", 2, 2, "%", Y, "systemic reactions, sc starting-dose data (upper bound)"),
 ("l-lastaug", L, "approved last August", "last August", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("l-12mo", L, "completed at least 12 months", "12 months", "duration", 12, 12, "months", Y, "iv period required before switching to maintenance"),
 ("l-500m", L, "switch to the 500 mg weekly maintenance", "500 mg", "dose", 500, 500, "mg", Y, "sc maintenance dose"),
 ("l-4wk", L, "infusions once every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "iv maintenance interval"),
 ("l-jan25clr", L, "FDA cleared in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "iv every-4-week maintenance approval"),
 ("l-375", L, "$375 per autoinjector", "$375", "money", 375, 375, "USD", Y, "iqlik wac per autoinjector"),
 ("l-19500", L, "or $19,500 a year", "$19,500", "money", 19500, 19500, "USD", Y, "iqlik wac per year"),
 ("l-onepen", L, "at one pen a week", "one", "count", 1, 1, "pens", N, "pens per week"),
 ("l-1314", L, "roughly $13,000 to $14,000 a year", "$13,000 to $14,000", "money", 13000, 14000, "USD", Y, "iv maintenance annual cost (jefferies)"),
 ("l-120", L, "about 120% more antibody", "120%", "percent", 120, 120, "%", Y, "extra antibody for sc formulation (jefferies)"),
 ("l-twopens", L, "at two pens a week", "two", "count", 2, 2, "pens", N, "quote"),
 ("l-jul23", L, "full approval in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "iv traditional approval"),
 ("l-vfor", L, "an 11-0 vote", "11", "count", 11, 11, "votes", Y, "adcom votes for (leqembi 2023, as reported)"),
 ("l-vag", L, "an 11-0 vote", "0", "count", 0, 0, "votes", Y, "adcom votes against"),
 ("l-fifth", L, "about a fifth of the system's", "a fifth", "percent", 20, 20, "%", Y, "health-system patients moved to pen"),
 ("l-3mo", L, "within three months of its October launch", "three months", "duration", 3, 3, "months", Y, "period for switch share"),
 ("l-oct", L, "of its October launch", "October", "date", 2025, 2025, "year", Y, "us launch date"),
 ("l-1759", L, "the 1,759-patient trial", "1,759", "count", 1759, 1759, "participants", Y, "clarity ad randomized"),
 ("l-27", L, "slowed decline by 27% over", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("l-18c", L, "27% over 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("l-lt1", L, "were under 1% with", "1%", "percent", 1, 1, "%", Y, "sc systemic reactions (upper bound)"),
 ("l-26", L, "against about 26% with infusions", "26%", "percent", 26, 26, "%", Y, "iv systemic reactions, approval comparison"),
 ("l-tworoutes", L, "between the two routes", "two", "count", 2, 2, "routes", N, "aside"),
 ("l-may24b", L, "rolling submission in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "rolling bla submission start"),
 ("l-jan25acc", L, "completed application in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "bla accepted for review"),
 ("l-aug31", L, "with an Aug. 31 target date", "Aug. 31", "date", 2025, 2025, "year", Y, "maintenance pdufa date"),
 ("l-2d", L, "came two days early", "two days", "duration", 2, 2, "days", N, "aside"),
 ("l-15mo", L, "about 15 months after the first modules", "15 months", "duration", 15, 15, "months", Y, "rolling submission to approval"),
 ("l-sep", L, "starting-dose filing in September", "September", "date", 2025, 2025, "year", Y, "starting-dose rolling sbla start"),
 ("l-53", L, "approved in 53 countries", "53", "count", 53, 53, "countries", Y, "countries/regions approved"),

 # ---- LQ07 fact-check (2026-02-10)
 ("f-date", F, "Lorena Vidal | February 10, 2026", "February 10, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-h50k", F, "for anyone, at $50,000 a year?", "$50,000", "money", 50000, 50000, "USD", N, "headline (post claim)"),
 ("f-c50k", F, "costs \"$50,000 a year,\"", "$50,000", "money", 50000, 50000, "USD", N, "post claim"),
 ("f-c1in4", F, "brain bleeds in 1 in 4 patients", "1 in 4", "percent", 25, 25, "%", N, "post claim"),
 ("f-half", F, "well under half the figure", "half", "ratio", 0.5, 0.5, "x", N, "verdict comparison"),
 ("f-360", F, "a weekly 360 mg autoinjector", "360 mg", "dose", 360, 360, "mg", Y, "sc maintenance dose"),
 ("f-aug29", F, "lecanemab, on Aug. 29, 2025", "Aug. 29, 2025", "date", 2025, 2025, "year", Y, "iqlik maintenance approval date"),
 ("f-jan23", F, "accelerated approval in January 2023", "January 2023", "date", 2023, 2023, "year", Y, "accelerated approval"),
 ("f-jul23", F, "traditional approval in July 2023", "July 2023", "date", 2023, 2023, "year", Y, "iv traditional approval"),
 ("f-vfor", F, "committee voted 6-0", "6", "count", 6, 6, "votes", Y, "adcom votes for (leqembi 2023)"),
 ("f-vag", F, "committee voted 6-0", "0", "count", 0, 0, "votes", Y, "adcom votes against (leqembi 2023)"),
 ("f-18", F, "completed at least 18 months of Leqembi infusions", "18 months", "duration", 18, 18, "months", Y, "iv period required before switching to maintenance"),
 ("f-1wk", F, "pen at home once a week", "once a week", "duration", 1, 1, "weeks", Y, "sc maintenance interval"),
 ("f-4wk", F, "in a clinic every four weeks", "four weeks", "duration", 4, 4, "weeks", Y, "iv maintenance interval"),
 ("f-500", F, "at 500 mg a week", "500 mg", "dose", 500, 500, "mg", Y, "proposed sc starting dose"),
 ("f-two", F, "given as two 180 mg", "two", "count", 2, 2, "injections", N, "injections per starting dose"),
 ("f-180", F, "two 180 mg injections", "180 mg", "dose", 180, 180, "mg", Y, "starting dose per injection"),
 ("f-jan", F, "accepted that application in January", "January", "date", 2026, 2026, "year", Y, "starting-dose sbla accepted"),
 ("f-next", F, "decide by May 24 next year", "May 24 next year", "date", 2027, 2027, "year", Y, "starting-dose pdufa date"),
 ("f-2wk", F, "begin with infusions every two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "iv initiation interval"),
 ("f-357", F, "$357 per autoinjector", "$357", "money", 357, 357, "USD", Y, "iqlik wac per autoinjector"),
 ("f-onepen", F, "At one pen a week", "one", "count", 1, 1, "pens", N, "pens per week"),
 ("f-19500", F, "annual figure is $19,500", "$19,500", "money", 19500, 19500, "USD", Y, "iqlik wac per year"),
 ("f-50kb", F, "$19,500, not $50,000", "$50,000", "money", 50000, 50000, "USD", N, "post claim repeat"),
 ("f-20", F, "the 20% coinsurance", "20%", "percent", 20, 20, "%", Y, "medicare part b coinsurance"),
 ("f-3900", F, "about $3,900 a year", "$3,900", "money", 3900, 3900, "USD", Y, "iqlik annual medicare coinsurance"),
 ("f-26500", F, "lists at $26,500 a year", "$26,500", "money", 26500, 26500, "USD", Y, "iv list price per year"),
 ("f-18m", F, "In the 18-month Clarity", "18-month", "duration", 18, 18, "months", N, "core study length"),
 ("f-1795", F, "trial of 1,795 people", "1,795", "count", 1795, 1795, "participants", Y, "clarity ad randomized"),
 ("f-21", F, "on MRI in 21% of those", "21%", "percent", 21, 21, "%", Y, "core aria-e lecanemab (as reported)"),
 ("f-173", F, "(ARIA-H) in 17.3%", "17.3%", "percent", 17.3, 17.3, "%", Y, "core aria-h lecanemab"),
 ("f-90", F, "compared with 9.0% on placebo", "9.0%", "percent", 9.0, 9.0, "%", Y, "core aria-h placebo"),
 ("f-two2", F, "people with two copies", "two", "count", 2, 2, "copies", N, "definitional"),
 ("f-49", F, "approval, 49 people switched", "49", "count", 49, 49, "participants", Y, "360 mg maintenance substudy size"),
 ("f-360b", F, "to the weekly 360 mg pen", "360 mg", "dose", 360, 360, "mg", N, "repeat"),
 ("f-1in4q", F, "\"The one-in-four number", "one-in-four", "percent", 25, 25, "%", N, "quote (post claim)"),
 ("f-898", F, "the 898 people randomly", "898", "count", 898, 898, "participants", Y, "clarity ad lecanemab arm"),
 ("f-27", F, "declined 27% more slowly", "27%", "percent", 27, 27, "%", Y, "clarity ad cdr-sb slowing"),
 ("f-18c", F, "rating scale over 18 months", "18 months", "duration", 18, 18, "months", N, "timepoint"),
 ("f-897", F, "than the 897 on placebo", "897", "count", 897, 897, "participants", Y, "clarity ad placebo arm"),
 ("f-18r", F, "treatment after 18 months of infusions", "18 months", "duration", 18, 18, "months", N, "ruling repeat"),
 ("f-19500r", F, "list price is $19,500 a year", "$19,500", "money", 19500, 19500, "USD", N, "ruling repeat"),
 ("f-50kr", F, "rather than $50,000", "$50,000", "money", 50000, 50000, "USD", N, "ruling repeat (post claim)"),
 ("f-1in4r", F, "well below one in four", "one in four", "percent", 25, 25, "%", N, "ruling repeat (post claim)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Iqlik maintenance approval year: 2025 vs "August 2024" (LQ05)
 ("b-aug24", "w-fri", S), ("b-aug24", "p-aug25", S), ("b-aug24", "a-29aug", S),
 ("b-aug24", "e-aug29", S), ("b-aug24", "l-lastaug", S), ("b-aug24", "f-aug29", S),
 # S2 weekly SC maintenance dose: 360 mg vs 500 mg (LQ06, starting dose swapped in)
 ("l-500m", "w-360", S), ("l-500m", "p-360", S), ("l-500m", "a-360", S),
 ("l-500m", "e-360", S), ("l-500m", "b-360", S), ("l-500m", "f-360", S),
 # S3 Clarity AD randomized: 1,795 vs 1,759 (LQ06, transposed)
 ("l-1759", "w-1795", S), ("l-1759", "p-1795", S), ("l-1759", "a-1795", S),
 ("l-1759", "b-1795", S), ("l-1759", "f-1795", S),
 # S4 CDR-SB slowing: 27% vs 37% (LQ05, ADCS MCI-ADL figure)
 ("b-37", "w-27", S), ("b-37", "p-27", S), ("b-37", "a-27", S),
 ("b-37", "e-27", S), ("b-37", "l-27", S), ("b-37", "f-27", S),
 # S5 IV systemic-reaction comparator in the approval data: ~26% vs 24.5% (LQ01, core+OLE cut)
 ("w-245", "a-26", S), ("w-245", "e-26", S), ("w-245", "l-26", S),
 # S6 WAC per autoinjector: $375 vs $357 (LQ07, transposed)
 ("f-357", "e-375", S), ("f-357", "l-375", S),
 # S7 size of the 360 mg maintenance substudy: 49 vs "more than 600" (LQ04, whole SC safety set)
 ("e-600", "w-49", S), ("e-600", "a-49", S), ("e-600", "f-49", S),
 # S8 OLE enrolment: 1,385 vs 1,612 (LQ02, >=1-dose core+OLE count)
 ("p-1612", "a-1385", S),
 # S9 lecanemab arm: 898 vs 897 (LQ01, placebo arm's count)
 ("w-897", "a-898", S), ("w-897", "f-898", S),
 # S10 maintenance BLA accepted: January 2025 vs "January of last year" = 2024 (LQ04)
 ("e-jan24", "w-jan", S), ("e-jan24", "l-jan25acc", S),
 # S11 IV every-4-week maintenance approved: January 2025 vs January 2024 (LQ03)
 ("a-jan24", "w-sincejan", S), ("a-jan24", "e-sincejan", S), ("a-jan24", "l-jan25clr", S),
 # S12 starting-dose PDUFA: May 24, 2026 vs "May 24 next year" = 2027 (LQ07)
 ("f-next", "p-may24", S), ("f-next", "l-may24", S),
 # S13 Leqembi advisory vote: 6-0 vs 11-0 (LQ06, Kisunla's tally)
 ("l-vfor", "w-vfor", S), ("l-vfor", "f-vfor", S),
 # S14 IV period before maintenance: 18 months vs 12 months (LQ06)
 ("l-12mo", "w-18", S), ("l-12mo", "p-18", S), ("l-12mo", "a-18iv", S), ("l-12mo", "a-18sc", S),
 ("l-12mo", "e-18", S), ("l-12mo", "e-15y", S), ("l-12mo", "b-18", S), ("l-12mo", "f-18", S),
 # S15 IV maintenance interval: every four weeks vs every two weeks (LQ05)
 ("b-2wkm", "w-4wk", S), ("b-2wkm", "a-4wk", S), ("b-2wkm", "e-4wk", S),
 ("b-2wkm", "l-4wk", S), ("b-2wkm", "f-4wk", S),
 # S16 core ARIA-E on lecanemab: 12.6% vs 21% (LQ07, label's any-ARIA figure)
 ("f-21", "a-126", S), ("f-21", "e-126", S),
 # S17 annual Medicare coinsurance for Iqlik: ~$3,900 vs ~$5,300 (LQ04, 20% of the IV price)
 ("e-5300", "f-3900", S),
 # S18 starting dose per injection: 250 mg vs 180 mg (LQ07)
 ("f-180", "p-250", S), ("f-180", "a-250", S), ("f-180", "l-250", S),
 # Qualified
 ("b-1412", "a-1385", Q),   # treated months 18-48 (AAIC 2025) vs enrolled in OLE (AAN 2025): different definitions/cuts
 ("b-1412", "p-1612", Q),
 ("w-245", "a-264", Q),     # 24.5% (as IV comparator) vs 26.4% core infusion reactions: different set
 ("b-3mo", "w-6mo", Q),     # phase-2 "first three months" vs label "first six months"
 ("b-3mo", "e-6mo", Q),
]

def rx(s):
    return r"\s+".join(re.escape(t) for t in s.split())


def main():
    texts = {}
    rows = []
    ids = set()
    ok = True
    for cid, doc, ctx, span, kind, lo, hi, unit, req, topic in C:
        assert cid not in ids, cid
        ids.add(cid)
        if doc not in texts:
            with open(os.path.join(TOPIC, doc), encoding="utf-8") as fh:
                texts[doc] = fh.read()
        t = texts[doc]
        ms = list(re.finditer(rx(ctx), t))
        if len(ms) != 1:
            print(f"CONTEXT NOT UNIQUE ({len(ms)}): {cid} {ctx!r}"); ok = False; continue
        m = ms[0]
        sm = re.search(rx(span), m.group(0))
        if not sm:
            print(f"SPAN NOT IN CONTEXT: {cid}"); ok = False; continue
        st, en = m.start() + sm.start(), m.start() + sm.end()
        sl = t[st:en]
        if " ".join(sl.split()) != " ".join(span.split()):
            print(f"SLICE MISMATCH {cid}: {sl!r}"); ok = False; continue
        rows.append({"type": "claim", "id": f"{PFX}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
                     "kind": kind, "low": lo, "high": hi, "unit": unit, "required": req, "topic": topic})
    # overlap check within a doc
    byd = {}
    for r in rows:
        byd.setdefault(r["doc"], []).append(r)
    for d, rs in byd.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                print("OVERLAP", a["id"], b["id"]); ok = False
    docof = {r["id"]: r["doc"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{PFX}-{a}", f"{PFX}-{b}"
        assert a in docof and b in docof, (a, b)
        assert docof[a] != docof[b], (a, b)
        k = frozenset((a, b)); assert k not in seen, (a, b); seen.add(k)
        conf.append({"type": "conflict", "a": a, "b": b, "grade": g})
    if not ok:
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows + conf:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows)-nreq}); conflicts "
          f"{len(conf)} (strict {sum(c['grade']=='strict' for c in conf)}, qualified {sum(c['grade']=='qualified' for c in conf)})")


if __name__ == "__main__":
    main()
