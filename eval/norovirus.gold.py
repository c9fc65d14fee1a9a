#!/usr/bin/env python3
"""Build norovirus.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "norovirus")
OUT = os.path.join(HERE, "norovirus.gold.jsonl")
T = "norovirus"

W, P, A, E, B, L, F = ("NV01_wire.txt", "NV02_press.txt", "NV03_abstract.txt",
                       "NV04_explainer.txt", "NV05_blog.txt", "NV06_local.txt", "NV07_factcheck.txt")
Y = True; N = False
I7 = 100 / 7; I40 = 100 / 40; I160 = 100 / 160

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- NV01 wire (2025-01-03, a Friday)
 ("w-hdecade", W, "bugs in over a decade", "a decade", "duration", 10, 10, "years", N, "headline aside"),
 ("w-dl", W, "NEW YORK, Jan 3", "Jan 3", "date", 2025, 2025, "year", N, "dateline"),
 ("w-fri", W, "New York on Friday", "Friday", "date", 2025, 2025, "year", N, "qm2 arrival (2025-01-03)"),
 ("w-hund", W, "on which hundreds of", "hundreds", "count", None, None, "people", N, "vague"),
 ("w-since12", W, "in any year since 2012", "2012", "date", 2012, 2012, "year", N, "reference year"),
 ("w-326", W, "326 of the ship's", "326", "count", 326, 326, "passengers", Y, "qm2 dec 21 voyage passengers ill"),
 ("w-2565", W, "ship's 2,565 passengers", "2,565", "count", 2565, 2565, "passengers", Y, "qm2 dec 21 voyage passengers aboard"),
 ("w-127", W, "or 12.7%, and", "12.7%", "percent", 12.7, 12.7, "%", Y, "qm2 dec 21 voyage passenger attack rate"),
 ("w-65", W, "and 65 of its 1,233", "65", "count", 65, 65, "crew", Y, "qm2 dec 21 voyage crew ill"),
 ("w-1233", W, "65 of its 1,233", "1,233", "count", 1233, 1233, "crew", Y, "qm2 dec 21 voyage crew aboard"),
 ("w-53", W, "or 5.3%, reported", "5.3%", "percent", 5.3, 5.3, "%", Y, "qm2 dec 21 voyage crew attack rate"),
 ("w-dec21", W, "left New York on Dec. 21", "Dec. 21", "date", 2024, 2024, "year", N, "voyage start"),
 ("w-dec1421", W, "from Dec. 14 to Dec. 21", "Dec. 14 to Dec. 21", "date", 2024, 2024, "year", N, "previous voyage dates"),
 ("w-138", W, "21, 138 of 2,430", "138", "count", 138, 138, "passengers", Y, "qm2 dec 14 voyage passengers ill"),
 ("w-2430", W, "138 of 2,430", "2,430", "count", 2430, 2430, "passengers", Y, "qm2 dec 14 voyage passengers aboard"),
 ("w-57", W, "passengers (5.7%)", "5.7%", "percent", 5.7, 5.7, "%", Y, "qm2 dec 14 voyage passenger attack rate"),
 ("w-12", W, "and 12 of 1,237", "12", "count", 12, 12, "crew", Y, "qm2 dec 14 voyage crew ill"),
 ("w-1237", W, "12 of 1,237", "1,237", "count", 1237, 1237, "crew", Y, "qm2 dec 14 voyage crew aboard"),
 ("w-10", W, "crew (1.0%)", "1.0%", "percent", 1.0, 1.0, "%", Y, "qm2 dec 14 voyage crew attack rate"),
 ("w-thu", W, "Cunard said on Thursday", "Thursday", "date", 2025, 2025, "year", N, "statement date"),
 ("w-five", W, "counted five separate", "five", "count", 5, 5, "outbreaks", Y, "cruise outbreaks december 2024"),
 ("w-4ships", W, "on four ships", "four", "count", 4, 4, "ships", Y, "ships with december outbreaks"),
 ("w-lastmo", W, "ships last month alone", "last month", "date", 2024, 2024, "year", N, "december 2024"),
 ("w-800", W, "more than 800 people", "800", "count", 800, 800, "people", Y, "people sickened in december cruise outbreaks"),
 ("w-y2024a", W, "tally for 2024 to 16", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-16", W, "to 16 outbreaks", "16", "count", 16, 16, "outbreaks", Y, "cruise gi outbreaks 2024 (cdc list at jan 3 2025)"),
 ("w-tie12", W, "tying 2012 for", "2012", "date", 2012, 2012, "year", N, "reference year"),
 ("w-allbut3", W, "all but three", "three", "count", 3, 3, "outbreaks", Y, "2024 cruise outbreaks not norovirus"),
 ("w-3pct", W, "when 3% or more", "3%", "percent", 3, 3, "%", Y, "vsp outbreak posting threshold"),
 ("w-14", W, "network of 14 state", "14", "count", 14, 14, "states", Y, "norostat states"),
 ("w-91", W, "logged 91 norovirus", "91", "count", 91, 91, "outbreaks", Y, "norostat outbreaks week of dec 5 2024"),
 ("w-dec5", W, "week beginning Dec. 5", "Dec. 5", "date", 2024, 2024, "year", N, "week"),
 ("w-69", W, "up from 69 the week", "69", "count", 69, 69, "outbreaks", Y, "norostat outbreaks week of nov 28 2024"),
 ("w-1220", W, "from 2012 to 2020 was", "2012 to 2020", "date", 2012, 2020, "year", N, "comparison seasons"),
 ("w-65max", W, "2020 was 65", "65", "count", 65, 65, "outbreaks", Y, "2012-20 maximum for week of dec 5"),
 ("w-aug1", W, "From Aug. 1 through Dec. 11", "Aug. 1 through Dec. 11", "date", 2024, 2024, "year", N, "period"),
 ("w-495", W, "reported 495 outbreaks", "495", "count", 495, 495, "outbreaks", Y, "norostat outbreaks aug 1-dec 11 2024"),
 ("w-since12b", W, "every season since 2012", "2012", "date", 2012, 2012, "year", N, "reference year"),
 ("w-70", W, "nearly 70% of the", "70%", "percent", 70, 70, "%", Y, "gii.17 share of typed outbreaks sept-dec 2024"),
 ("w-sincesep", W, "network since September", "September", "date", 2024, 2024, "year", N, "period start"),
 ("w-1921", W, "19 million to 21 million", "19 million to 21 million", "count", 19000000, 21000000, "illnesses", Y, "us illnesses per year"),
 ("w-109k", W, "about 109,000 hospitalizations", "109,000", "count", 109000, 109000, "hospitalizations", Y, "us hospitalizations per year"),
 ("w-900", W, "and 900 deaths, mostly", "900", "count", 900, 900, "deaths", Y, "us deaths per year"),
 ("w-65age", W, "adults 65 and older, the CDC", "65", "age", 65, 65, "years", N, "age group of most deaths"),
 ("w-60b", W, "some $60 billion a year", "$60 billion", "money", 60000000000, 60000000000, "USD", Y, "us societal cost per year (PLANTED: global figure)"),
 ("w-1to3", W, "within one to three days", "one to three days", "duration", 1, 3, "days", Y, "illness duration"),
 ("w-fewdays", W, "for a few days after", "a few days", "duration", None, None, "days", N, "vague"),
 ("w-24h", W, "stay home for 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "cdc stay-home after symptoms (PLANTED)"),
 ("w-lastsep", W, "dosing volunteers last September", "last September", "date", 2024, 2024, "year", Y, "nova 301 dosing start"),
 ("w-25k", W, "enroll about 25,000 adults", "25,000", "count", 25000, 25000, "participants", Y, "nova 301 enrollment target"),
 ("w-20k", W, "some 20,000 aged", "20,000", "count", 20000, 20000, "participants", Y, "nova 301 older cohort"),
 ("w-60", W, "aged 60 and older", "60", "age", 60, 60, "years", Y, "nova 301 older cohort age cut"),
 ("w-thisyr", W, "as early as this year", "this year", "date", 2025, 2025, "year", N, "forecast"),
 ("w-july", W, "in infants in July", "July", "date", 2024, 2024, "year", Y, "hillevax infant trial failure"),

 # ---- NV02 press (2025-03-12)
 ("p-h240", P, "enroll up to 240 adults", "240", "count", 240, 240, "participants", N, "subtitle repeat"),
 ("p-h6080", P, "adults aged 60 to 80 at eight sites in", "60 to 80", "age", 60, 80, "years", N, "subtitle repeat"),
 ("p-h8", P, "at eight sites in the United", "eight", "count", 8, 8, "sites", N, "subtitle repeat"),
 ("p-dl", P, "March 12, 2025", "March 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-240", P, "up to 240 healthy adults", "240", "count", 240, 240, "participants", Y, "tsb-217 trial size"),
 ("p-6080", P, "healthy adults aged 60 to 80", "60 to 80", "age", 60, 80, "years", Y, "tsb-217 trial ages"),
 ("p-8", P, "at eight sites. Participants", "eight", "count", 8, 8, "sites", Y, "tsb-217 sites"),
 ("p-2inj", P, "receive two intramuscular", "two", "count", 2, 2, "doses", Y, "tsb-217 injections"),
 ("p-28d", P, "28 days apart", "28 days", "duration", 28, 28, "days", Y, "dose interval"),
 ("p-2lev", P, "one of two dose levels", "two", "count", 2, 2, "dose levels", N, "design"),
 ("p-25ug", P, "25 µg or 75 µg", "25 µg", "dose", 25, 25, "µg", Y, "tsb-217 low dose"),
 ("p-75ug", P, "or 75 µg of total", "75 µg", "dose", 75, 75, "µg", Y, "tsb-217 high dose"),
 ("p-12mo", P, "followed for 12 months", "12 months", "duration", 12, 12, "months", Y, "follow-up"),
 ("p-1mo", P, "GII.4 one month after the second dose", "one month", "duration", 1, 1, "months", N, "timepoint"),
 ("p-h126", P, "first half of 2026", "first half of 2026", "date", 2026, 2026, "year", N, "forecast data timing"),
 ("p-697", P, "accounted for 69.7%", "69.7%", "percent", 69.7, 69.7, "%", Y, "gii.17 share of typed outbreaks sept-dec 2024"),
 ("p-sepdec", P, "between September 1 and December 31, 2024", "September 1 and December 31, 2024", "date", 2024, 2024, "year", N, "period"),
 ("p-1921", P, "19 to 21 million illnesses", "19 to 21 million", "count", 19000000, 21000000, "illnesses", Y, "us illnesses per year"),
 ("p-227m", P, "2,270,000 outpatient", "2,270,000", "count", 2270000, 2270000, "visits", Y, "us outpatient visits per year"),
 ("p-465k", P, "465,000 emergency department", "465,000", "count", 465000, 465000, "visits", Y, "us ed visits per year"),
 ("p-109k", P, "109,000 hospitalizations and", "109,000", "count", 109000, 109000, "hospitalizations", Y, "us hospitalizations per year"),
 ("p-900", P, "and 900 deaths, mostly", "900", "count", 900, 900, "deaths", Y, "us deaths per year"),
 ("p-65", P, "adults aged 65 and older", "65", "age", 65, 65, "years", N, "age group of most deaths"),
 ("p-58", P, "causes 58% of domestically", "58%", "percent", 58, 58, "%", Y, "norovirus share of us foodborne illnesses"),
 ("p-2bfood", P, "alone costs about $2 billion", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "us foodborne norovirus cost per year"),
 ("p-2bdirect", P, "$2 billion in direct medical", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "us direct medical cost per year (all norovirus)"),
 ("p-10b", P, "$10 billion in societal", "$10 billion", "money", 10000000000, 10000000000, "USD", Y, "us societal cost per year"),
 ("p-685m", P, "estimated 685 million cases", "685 million", "count", 685000000, 685000000, "cases", Y, "global cases per year"),
 ("p-200k", P, "about 200,000 deaths", "200,000", "count", 200000, 200000, "deaths", Y, "global deaths per year"),
 ("p-60b", P, "roughly $60 billion", "$60 billion", "money", 60000000000, 60000000000, "USD", Y, "global societal cost per year"),
 ("p-150", P, "combined 150 µg of GI.1", "150 µg", "dose", 150, 150, "µg", Y, "hil-214 gi.1 vlp dose (PLANTED: swapped)"),
 ("p-50", P, "with 50 µg of GII.4", "50 µg", "dose", 50, 50, "µg", Y, "hil-214 gii.4 vlp dose (PLANTED: swapped)"),
 ("p-500", P, "with 500 µg of aluminum", "500 µg", "dose", 500, 500, "µg", Y, "hil-214 adjuvant dose"),
 ("p-2425", P, "matched to the 2024-25 strain", "2024-25", "date", 2024, 2025, "year", N, "season label"),
 ("p-25k", P, "its 25,000-participant", "25,000", "count", 25000, 25000, "participants", Y, "nova 301 enrollment target"),
 ("p-sep23", P, "trial in September 2023", "September 2023", "date", 2023, 2023, "year", Y, "nova 301 dosing start (PLANTED)"),
 ("p-end26", P, "by the end of 2026", "2026", "date", 2026, 2026, "year", N, "forecast"),
 ("p-145m", P, "$14.5 million Series B", "$14.5 million", "money", 14500000, 14500000, "USD", Y, "financing"),
 ("p-jan25", P, "completed in January 2025", "January 2025", "date", 2025, 2025, "year", N, "financing date"),
 ("p-2019", P, "founded in 2019", "2019", "date", 2019, 2019, "year", N, "about section"),
 ("p-45", P, "employs about 45 people", "45", "count", 45, 45, "employees", N, "about section"),

 # ---- NV03 abstract (2025-08-20)
 ("a-pub", A, "Published online 20 August 2025", "20 August 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-title", A, "United States, 2022–2025: an analysis", "2022–2025", "date", 2022, 2025, "year", N, "title period"),
 ("a-685m", A, "estimated 685 million cases", "685 million", "count", 685000000, 685000000, "cases", Y, "global cases per year"),
 ("a-212k", A, "and 212,489 deaths", "212,489", "count", 212489, 212489, "deaths", Y, "global deaths per year"),
 ("a-2011", A, "most outbreaks since 2011", "2011", "date", 2011, 2011, "year", N, "reference year"),
 ("a-2324bg", A, "During the 2023–24 season several", "2023–24", "date", 2023, 2024, "year", N, "qualifier"),
 ("a-2425bg", A, "timing of the 2024–25 US season", "2024–25", "date", 2024, 2025, "year", N, "qualifier"),
 ("a-14", A, "by the 14 NoroSTAT", "14", "count", 14, 14, "states", Y, "norostat states"),
 ("a-2630", A, "N = 2,630", "2,630", "count", 2630, 2630, "outbreaks", Y, "norostat outbreaks aug 1 2024-early jul 2025"),
 ("a-resper", A, "outbreaks from 1 August 2024 to early July 2025", "1 August 2024 to early July 2025", "date", 2024, 2025, "year", N, "period"),
 ("a-1449", A, "against 1,449", "1,449", "count", 1449, 1449, "outbreaks", Y, "norostat outbreaks same period 2023-24"),
 ("a-2324r", A, "same period of 2023–24", "2023–24", "date", 2023, 2024, "year", N, "comparison period"),
 ("a-rr", A, "RR 1.82", "1.82", "ratio", 1.82, 1.82, "x", Y, "season rate ratio"),
 ("a-rrci", A, "95% CI 1.70–1.94", "1.70–1.94", "ratio", 1.70, 1.94, "x", Y, "ci"),
 ("a-p1", A, "1.70–1.94; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-oct", A, "in early October 2024", "early October 2024", "date", 2024, 2024, "year", Y, "2024-25 season onset"),
 ("a-2mo", A, "about two months before", "two months", "duration", 2, 2, "months", Y, "onset earlier than usual"),
 ("a-dec", A, "usual early-December onset", "early-December", "date", None, None, "year", N, "usual onset (no year)"),
 ("a-dec5", A, "beginning 5 December 2024", "5 December 2024", "date", 2024, 2024, "year", N, "week"),
 ("a-91", A, "with 91 outbreaks", "91", "count", 91, 91, "outbreaks", Y, "norostat outbreaks week of dec 5 2024"),
 ("a-65", A, "maximum of 65", "65", "count", 65, 65, "outbreaks", Y, "2012-20 maximum for week of dec 5"),
 ("a-1220", A, "that week in 2012–2020", "2012–2020", "date", 2012, 2020, "year", N, "comparison seasons"),
 ("a-41", A, "and 41 in 2021–2024", "41", "count", 41, 41, "outbreaks", Y, "2021-24 maximum for week of dec 5"),
 ("a-2124", A, "41 in 2021–2024", "2021–2024", "date", 2021, 2024, "year", N, "comparison seasons"),
 ("a-jan25", A, "nationally in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "2024-25 season peak"),
 ("a-feb23", A, "peaked in February 2023", "February 2023", "date", 2023, 2023, "year", Y, "2022-23 season peak"),
 ("a-mar24", A, "and March 2024", "March 2024", "date", 2024, 2024, "year", Y, "2023-24 season peak"),
 ("a-2prev", A, "whereas the two previous", "two", "count", 2, 2, "seasons", N, "aside"),
 ("a-27", A, "caused 27 of 368", "27", "count", 27, 27, "outbreaks", Y, "gii.17 outbreaks 2022-23"),
 ("a-368", A, "27 of 368 typed", "368", "count", 368, 368, "outbreaks", Y, "typed outbreaks 2022-23"),
 ("a-2223", A, "typed outbreaks in 2022–23", "2022–23", "date", 2022, 2023, "year", N, "season"),
 ("a-73", A, "(7.3%, 95% CI", "7.3%", "percent", 7.3, 7.3, "%", Y, "gii.17 share 2022-23 (calicinet table)"),
 ("a-73ci", A, "5.1–10.5", "5.1–10.5", "percent", 5.1, 10.5, "%", Y, "ci"),
 ("a-116", A, "and 116 of 320", "116", "count", 116, 116, "outbreaks", Y, "gii.17 outbreaks sep 2023-oct 2024"),
 ("a-320", A, "116 of 320", "320", "count", 320, 320, "outbreaks", Y, "typed outbreaks sep 2023-oct 2024"),
 ("a-363", A, "(36.3%, 31.2–41.7)", "36.3%", "percent", 36.3, 36.3, "%", Y, "gii.17 share sep 2023-oct 2024"),
 ("a-363ci", A, "31.2–41.7", "31.2–41.7", "percent", 31.2, 41.7, "%", Y, "ci"),
 ("a-win", A, "from 1 September 2023 to 31 October 2024", "1 September 2023 to 31 October 2024", "date", 2023, 2024, "year", N, "window"),
 ("a-289", A, "a difference of 28.9 percentage points", "28.9 percentage points", "percent", 28.9, 28.9, "pp", Y, "gii.17 share change"),
 ("a-289ci", A, "(95% CI 23.0–34.8", "23.0–34.8", "percent", 23.0, 34.8, "pp", Y, "ci"),
 ("a-p2", A, "χ² P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-167", A, "fell from 167 of 368", "167", "count", 167, 167, "outbreaks", Y, "gii.4 outbreaks 2022-23"),
 ("a-368b", A, "167 of 368", "368", "count", 368, 368, "outbreaks", N, "repeat denominator"),
 ("a-454", A, "(45.4%, 40.4–50.5)", "45.4%", "percent", 45.4, 45.4, "%", Y, "gii.4 share 2022-23 (calicinet table)"),
 ("a-454ci", A, "40.4–50.5", "40.4–50.5", "percent", 40.4, 50.5, "%", Y, "ci"),
 ("a-84", A, "to 84 of 320", "84", "count", 84, 84, "outbreaks", Y, "gii.4 outbreaks sep 2023-oct 2024"),
 ("a-320b", A, "84 of 320", "320", "count", 320, 320, "outbreaks", N, "repeat denominator"),
 ("a-263", A, "(26.3%, 21.7–31.3)", "26.3%", "percent", 26.3, 26.3, "%", Y, "gii.4 share sep 2023-oct 2024"),
 ("a-263ci", A, "21.7–31.3", "21.7–31.3", "percent", 21.7, 31.3, "%", Y, "ci"),
 ("a-191", A, "a change of −19.1 percentage points", "−19.1 percentage points", "percent", -19.1, -19.1, "pp", Y, "gii.4 share change"),
 ("a-191ci", A, "(95% CI −26.0 to −12.1", "−26.0 to −12.1", "percent", -26.0, -12.1, "pp", Y, "ci"),
 ("a-p3", A, "−12.1; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-apr24", A, "exceeded GII.4 in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "gii.17 overtakes gii.4"),
 ("a-474", A, "(47.4% vs 23.7%", "47.4%", "percent", 47.4, 47.4, "%", Y, "gii.17 share april 2024"),
 ("a-237", A, "vs 23.7% of that month", "23.7%", "percent", 23.7, 23.7, "%", Y, "gii.4 share april 2024"),
 ("a-half", A, "more than half of all outbreaks", "half", "percent", 50, 50, "%", Y, "gii.17 monthly share floor"),
 ("a-may24", A, "from May 2024 through March 2025", "May 2024 through March 2025", "date", 2024, 2025, "year", N, "period"),
 ("a-2425s", A, "For the 2024–25 season to April 2025", "2024–25", "date", 2024, 2025, "year", N, "season"),
 ("a-apr25", A, "season to April 2025", "April 2025", "date", 2025, 2025, "year", N, "cut-off"),
 ("a-754", A, "GII.17 caused 75.4%", "75.4%", "percent", 75.4, 75.4, "%", Y, "gii.17 share 2024-25 season"),
 ("a-107", A, "and GII.4 10.7%", "10.7%", "percent", 10.7, 10.7, "%", Y, "gii.4 share 2024-25 season"),
 ("a-2425c", A, "The 2024–25 US norovirus season", "2024–25", "date", 2024, 2025, "year", N, "season"),
 ("a-twice", A, "nearly twice the size", "twice", "ratio", 2, 2, "x", Y, "season size vs previous"),
 ("a-8wk", A, "about eight weeks early", "eight weeks", "duration", 8, 8, "weeks", Y, "onset earlier than usual"),
 ("a-2526", A, "early season in 2025–26", "2025–26", "date", 2025, 2026, "year", N, "future season"),
 ("a-ref3t", A, "six European countries", "six", "count", 6, 6, "countries", N, "reference title"),

 # ---- NV04 explainer (2025-10-15)
 ("e-upd", E, "Updated October 15, 2025", "October 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-incub", E, "start 12 to 48 hours", "12 to 48 hours", "duration", 12, 48, "hours", Y, "incubation"),
 ("e-dur", E, "last one to three days", "one to three days", "duration", 1, 3, "days", Y, "illness duration"),
 ("e-1921", E, "causes 19 to 21 million", "19 to 21 million", "count", 19000000, 21000000, "illnesses", Y, "us illnesses per year"),
 ("e-227m", E, "about 2.27 million outpatient", "2.27 million", "count", 2270000, 2270000, "visits", Y, "us outpatient visits per year"),
 ("e-465k", E, "465,000 emergency", "465,000", "count", 465000, 465000, "visits", Y, "us ed visits per year"),
 ("e-109k", E, "109,000 hospitalizations", "109,000", "count", 109000, 109000, "hospitalizations", Y, "us hospitalizations per year"),
 ("e-900", E, "and 900 deaths", "900", "count", 900, 900, "deaths", Y, "us deaths per year"),
 ("e-58", E, "responsible for 58% of", "58%", "percent", 58, 58, "%", Y, "norovirus share of us foodborne illnesses"),
 ("e-2b", E, "costs about $2 billion", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "us foodborne norovirus cost per year"),
 ("e-age5", E, "by age 5, about", "5", "age", 5, 5, "years", N, "age qualifier"),
 ("e-1in7", E, "about 1 in 7 children", "1 in 7", "percent", I7, I7, "%", Y, "outpatient visit by age 5"),
 ("e-1in40", E, "1 in 40 will go", "1 in 40", "percent", I40, I40, "%", Y, "ed visit by age 5"),
 ("e-1in160", E, "1 in 160 will be", "1 in 160", "percent", I160, I160, "%", Y, "hospitalized by age 5"),
 ("e-2500", E, "About 2,500 outbreaks", "2,500", "count", 2500, 2500, "outbreaks", Y, "us reported outbreaks per year"),
 ("e-novapr", E, "between November and April", "November and April", "date", None, None, "year", N, "typical season months"),
 ("e-50", E, "there can be 50% more", "50%", "percent", 50, 50, "%", Y, "extra illness in new-strain years"),
 ("e-2223", E, "In the 2022–23 season", "2022–23", "date", 2022, 2023, "year", N, "season"),
 ("e-75", E, "only 7.5% of", "7.5%", "percent", 7.5, 7.5, "%", Y, "gii.17 share 2022-23 (eid letter)"),
 ("e-489", E, "GII.4 caused 48.9%", "48.9%", "percent", 48.9, 48.9, "%", Y, "gii.4 share 2022-23 (eid letter)"),
 ("e-2425", E, "By the 2024–25 season", "2024–25", "date", 2024, 2025, "year", N, "season"),
 ("e-754", E, "GII.17 caused 75.4%", "75.4%", "percent", 75.4, 75.4, "%", Y, "gii.17 share 2024-25 season"),
 ("e-107", E, "GII.4 just 10.7%", "10.7%", "percent", 10.7, 10.7, "%", Y, "gii.4 share 2024-25 season"),
 ("e-summer", E, "published this summer", "this summer", "date", 2025, 2025, "year", N, "report date"),
 ("e-oct", E, "started early, in October", "October", "date", 2024, 2024, "year", Y, "2024-25 season onset"),
 ("e-jan", E, "and peaked in January", "January", "date", 2025, 2025, "year", Y, "2024-25 season peak"),
 ("e-2630", E, "reported 2,630 outbreaks", "2,630", "count", 2630, 2630, "outbreaks", Y, "norostat outbreaks aug 1 2024-early jul 2025"),
 ("e-per", E, "between Aug. 1, 2024, and early July 2025", "Aug. 1, 2024, and early July 2025", "date", 2024, 2025, "year", N, "period"),
 ("e-1449", E, "compared with 1,449", "1,449", "count", 1449, 1449, "outbreaks", Y, "norostat outbreaks same period 2023-24"),
 ("e-yrearlier", E, "same stretch a year earlier", "a year earlier", "date", 2023, 2024, "year", N, "comparison period"),
 ("e-dec5", E, "beginning Dec. 5, 2024", "Dec. 5, 2024", "date", 2024, 2024, "year", N, "week"),
 ("e-69", E, "when 69 outbreaks", "69", "count", 69, 69, "outbreaks", Y, "norostat outbreaks week of dec 5 2024 (PLANTED: previous week)"),
 ("e-fewdays", E, "the first few days after", "few days", "duration", None, None, "days", N, "vague"),
 ("e-2wk", E, "for two weeks or more", "two weeks", "duration", 2, 2, "weeks", Y, "viral shedding in stool"),
 ("e-20s", E, "at least 20 seconds", "20 seconds", "duration", 20, 20, "seconds", Y, "handwashing time"),
 ("e-bleach", E, "5 to 25 tablespoons", "5 to 25 tablespoons", "dose", 5, 25, "tbsp per gallon", Y, "bleach solution strength"),
 ("e-48h", E, "at least 48 hours after", "48 hours", "duration", 48, 48, "hours", Y, "cdc stay-home after symptoms"),
 ("e-18", E, "logged 18 gastrointestinal", "18", "count", 18, 18, "outbreaks", Y, "cruise gi outbreaks 2024 (final)"),
 ("e-y2024", E, "cruise ships in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-13", E, "and 13 so far", "13", "count", 13, 13, "outbreaks", Y, "cruise gi outbreaks 2025 to mid-october"),
 ("e-10", E, "10 of them caused", "10", "count", 10, 10, "outbreaks", Y, "2025 cruise outbreaks due to norovirus"),
 ("e-mar", E, "Queen Mary 2 in March", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-224", E, "224 of 2,538", "224", "count", 224, 224, "passengers", Y, "qm2 march 2025 voyage passengers ill"),
 ("e-2538", E, "of 2,538 passengers", "2,538", "count", 2538, 2538, "passengers", Y, "qm2 march 2025 voyage passengers aboard"),
 ("e-3strain", E, "a three-strain shot", "three", "count", 3, 3, "strains", N, "valency"),
 ("e-20k", E, "in a 20,000-volunteer", "20,000", "count", 20000, 20000, "participants", Y, "nova 301 trial size (PLANTED: older cohort as whole)"),
 ("e-feb25", E, "on hold in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "fda clinical hold"),
 ("e-one", E, "after one participant", "one", "count", 1, 1, "cases", Y, "gbs cases behind hold"),
 ("e-may", E, "lifted the hold by May", "May", "date", 2025, 2025, "year", Y, "hold lifted"),
 ("e-3000", E, "more than 3,000 infants", "3,000", "count", 3000, 3000, "infants", Y, "nest-in1 enrollment"),
 ("e-45", E, "just 45% efficacy", "45%", "percent", 45, 45, "%", Y, "nest-in1 vaccine efficacy (PLANTED: ci upper bound)"),
 ("e-jul24", E, "for babies in July 2024", "July 2024", "date", 2024, 2024, "year", Y, "hillevax stops infant program"),

 # ---- NV05 blog (2025-11-12)
 ("b-pub", B, "November 12, 2025", "November 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-read", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-2526", B, "with the 2025–26 season", "2025–26", "date", 2025, 2026, "year", N, "season"),
 ("b-16", B, "posted 16 gastrointestinal", "16", "count", 16, 16, "outbreaks", Y, "cruise gi outbreaks 2025 to mid-november"),
 ("b-y2025", B, "so far in 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-18", B, "with 18 in all of 2024", "18", "count", 18, 18, "outbreaks", Y, "cruise gi outbreaks 2024 (final)"),
 ("b-y2024", B, "in all of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-14", B, "and 14 in 2023", "14", "count", 14, 14, "outbreaks", Y, "cruise gi outbreaks 2023"),
 ("b-y2023", B, "14 in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-3pct", B, "at least 3% of", "3%", "percent", 3, 3, "%", Y, "vsp outbreak posting threshold"),
 ("b-mar", B, "Queen Mary 2 in March", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-4wk", B, "a four-week round trip", "four-week", "duration", 4, 4, "weeks", Y, "qm2 march voyage length"),
 ("b-183", B, "183 passengers", "183", "count", 183, 183, "passengers", Y, "qm2 march 2025 voyage passengers ill (PLANTED: interim as final)"),
 ("b-14crew", B, "and 14 crew had", "14", "count", 14, 14, "crew", Y, "qm2 march 2025 voyage crew ill (PLANTED: interim as final)"),
 ("b-few", B, "in a few months", "a few months", "duration", None, None, "months", N, "vague"),
 ("b-dec21", B, "New York on Dec. 21, 2024", "Dec. 21, 2024", "date", 2024, 2024, "year", N, "voyage start"),
 ("b-326", B, "2024, 326 of 2,565", "326", "count", 326, 326, "passengers", Y, "qm2 dec 21 voyage passengers ill"),
 ("b-2565", B, "326 of 2,565", "2,565", "count", 2565, 2565, "passengers", Y, "qm2 dec 21 voyage passengers aboard"),
 ("b-127", B, "passengers (12.7%)", "12.7%", "percent", 12.7, 12.7, "%", Y, "qm2 dec 21 voyage passenger attack rate"),
 ("b-65", B, "and 65 of 1,233", "65", "count", 65, 65, "crew", Y, "qm2 dec 21 voyage crew ill"),
 ("b-1233", B, "65 of 1,233", "1,233", "count", 1233, 1233, "crew", Y, "qm2 dec 21 voyage crew aboard"),
 ("b-10", B, "crew (1.0%)", "1.0%", "percent", 1.0, 1.0, "%", Y, "qm2 dec 21 voyage crew attack rate (PLANTED: dec 14 voyage figure)"),
 ("b-cap2025", B, "Caption: 2025 is on pace", "2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-cap2024", B, "on pace to pass 2024", "2024", "date", 2024, 2024, "year", N, "caption"),
 ("b-1078", B, "reported 1,078 outbreaks", "1,078", "count", 1078, 1078, "outbreaks", Y, "norostat 2024-25 season total (PLANTED: mid-january count)"),
 ("b-2425", B, "outbreaks for the 2024–25 season", "2024–25", "date", 2024, 2025, "year", N, "season"),
 ("b-double", B, "nearly double the 557", "double", "ratio", 2, 2, "x", Y, "season vs previous"),
 ("b-557", B, "double the 557", "557", "count", 557, 557, "outbreaks", Y, "norostat previous-season comparison (PLANTED: mid-january count)"),
 ("b-aprlast", B, "in April of last year", "April of last year", "date", 2024, 2024, "year", Y, "gii.17 overtakes gii.4"),
 ("b-343", B, "caused 34.3% of", "34.3%", "percent", 34.3, 34.3, "%", Y, "gii.17 share 2024-25 season (PLANTED: 2023-24 figure)"),
 ("b-lastseason", B, "outbreaks last season", "last season", "date", 2024, 2025, "year", N, "season (resolves to 2024-25)"),
 ("b-yr12", B, "for another year or two", "another year or two", "duration", 1, 2, "years", N, "speculation"),
 ("b-feblast", B, "in February of last year", "February of last year", "date", 2024, 2024, "year", Y, "fda clinical hold (PLANTED: resolves to 2024)"),
 ("b-single", B, "a single case of", "single", "count", 1, 1, "cases", Y, "gbs cases behind hold"),
 ("b-spring", B, "hold that spring", "that spring", "date", 2024, 2024, "year", N, "hold lifted (anaphoric, follows planted year)"),
 ("b-lastwk", B, "Then last week", "last week", "date", 2025, 2025, "year", Y, "moderna q3 update"),
 ("b-2526b", B, "season, 2025–2026", "2025–2026", "date", 2025, 2026, "year", Y, "second northern hemisphere season"),
 ("b-28k", B, "approximately 28,000 adults", "28,000", "count", 28000, 28000, "participants", Y, "nova 301 enrollment (registry listing)"),
 ("b-5rules", B, "My five rules", "five", "count", 5, 5, "rules", N, "list heading"),
 ("b-20s", B, "20 seconds, not", "20 seconds", "duration", 20, 20, "seconds", Y, "handwashing time"),
 ("b-2448", B, "at least 24 to 48 hours", "24 to 48 hours", "duration", 24, 48, "hours", N, "shipboard cabin isolation (advice)"),
 ("b-200k", B, "kills about 200,000 people", "200,000", "count", 200000, 200000, "deaths", Y, "global deaths per year"),
 ("b-1to3", B, "usually one to three miserable days", "one to three", "duration", 1, 3, "days", Y, "illness duration"),
 ("b-42k", B, "Join 42,000 readers", "42,000", "count", 42000, 42000, "readers", N, "newsletter box"),
 ("b-10ships", B, "The 10 cleanest ships", "10", "count", 10, 10, "ships", N, "related link"),
 ("b-rel2025", B, "cleanest ships of 2025", "2025", "date", 2025, 2025, "year", N, "related link"),
 ("b-23", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- NV06 local/trade (2025-04-04), hard-wrapped
 ("l-h241", L, "after 241 fall ill", "241", "count", 241, 241, "people", N, "headline"),
 ("l-dl", L, "April 4, 2025", "April 4, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-sun", L, "Southampton on Sunday", "Sunday", "date", 2025, 2025, "year", N, "return date (2025-04-06)"),
 ("l-29d", L, "a 29-day round trip", "29-day", "duration", 29, 29, "days", Y, "qm2 march voyage length"),
 ("l-240", L, "more than 240 passengers", "240", "count", 240, 240, "people", Y, "qm2 march voyage total ill"),
 ("l-3mo", L, "little more than three months", "three months", "duration", 3, 3, "months", N, "aside"),
 ("l-mar8", L, "Southampton on March 8", "March 8", "date", 2025, 2025, "year", Y, "qm2 departure"),
 ("l-mar18", L, "Program on March 18", "March 18", "date", 2025, 2025, "year", Y, "outbreak reported to cdc"),
 ("l-wed", L, "updated on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-224", L, "said 224 of the", "224", "count", 224, 224, "passengers", Y, "qm2 march 2025 voyage passengers ill"),
 ("l-2538", L, "224 of the 2,538", "2,538", "count", 2538, 2538, "passengers", Y, "qm2 march 2025 voyage passengers aboard"),
 ("l-17", L, "and 17 of the 1,232", "17", "count", 17, 17, "crew", Y, "qm2 march 2025 voyage crew ill"),
 ("l-1232", L, "17 of the 1,232", "1,232", "count", 1232, 1232, "crew", Y, "qm2 march 2025 voyage crew aboard"),
 ("l-two", L, "followed two in a row", "two", "count", 2, 2, "outbreaks", N, "aside"),
 ("l-dec1421", L, "On the Dec. 14 to Dec. 21 sailing", "Dec. 14 to Dec. 21", "date", 2024, 2024, "year", N, "voyage dates"),
 ("l-138", L, "138 of 2,430", "138", "count", 138, 138, "passengers", Y, "qm2 dec 14 voyage passengers ill"),
 ("l-2430", L, "138 of 2,430", "2,430", "count", 2430, 2430, "passengers", Y, "qm2 dec 14 voyage passengers aboard"),
 ("l-dec21", L, "New York on Dec. 21, 326", "Dec. 21", "date", 2024, 2024, "year", N, "voyage start"),
 ("l-326", L, "Dec. 21, 326 of", "326", "count", 326, 326, "passengers", Y, "qm2 dec 21 voyage passengers ill"),
 ("l-2565", L, "326 of 2,565", "2,565", "count", 2565, 2565, "passengers", Y, "qm2 dec 21 voyage passengers aboard"),
 ("l-127", L, "or 12.7%, and", "12.7%", "percent", 12.7, 12.7, "%", Y, "qm2 dec 21 voyage passenger attack rate"),
 ("l-65", L, "and 65 of 1,233", "65", "count", 65, 65, "crew", Y, "qm2 dec 21 voyage crew ill"),
 ("l-1233", L, "65 of 1,233", "1,233", "count", 1233, 1233, "crew", Y, "qm2 dec 21 voyage crew aboard"),
 ("l-53", L, "or 5.3%, were", "5.3%", "percent", 5.3, 5.3, "%", Y, "qm2 dec 21 voyage crew attack rate"),
 ("l-y2024", L, "cruise outbreak of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-twosail", L, "Those two Cunard", "two", "count", 2, 2, "sailings", N, "aside"),
 ("l-four", L, "among four outbreaks", "four", "count", 4, 4, "outbreaks", Y, "cruise outbreaks december 2024 (PLANTED: miscount)"),
 ("l-dec", L, "cruise ships in December", "December", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-800", L, "more than 800 people", "800", "count", 800, 800, "people", Y, "people sickened in december cruise outbreaks"),
 ("l-3pct", L, "at least 3% of", "3%", "percent", 3, 3, "%", Y, "vsp outbreak posting threshold"),
 ("l-1921", L, "causes 19 to 21 million", "19 to 21 million", "count", 19000000, 21000000, "illnesses", Y, "us illnesses per year"),
 ("l-465k", L, "about 465,000 hospitalizations", "465,000", "count", 465000, 465000, "hospitalizations", Y, "us hospitalizations per year (PLANTED: ed-visit figure)"),
 ("l-85", L, "for 85% of illnesses", "85%", "percent", 85, 85, "%", Y, "norovirus share of us foodborne illnesses (PLANTED: transposed)"),
 ("l-one", L, "One sick passenger", "One", "count", 1, 1, "passengers", N, "quote"),
 ("l-48h", L, "isolated until 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "ill crew isolation after symptoms"),
 ("l-25k", L, "in about 25,000 adults", "25,000", "count", 25000, 25000, "participants", Y, "nova 301 enrollment target"),
 ("l-20k", L, "20,000 of them 65", "20,000", "count", 20000, 20000, "participants", Y, "nova 301 older cohort"),
 ("l-65age", L, "20,000 of them 65 or older", "65", "age", 65, 65, "years", Y, "nova 301 older cohort age cut (PLANTED)"),
 ("l-feb", L, "on hold in February", "February", "date", 2025, 2025, "year", Y, "fda clinical hold"),
 ("l-2004", L, "entered service in 2004", "2004", "date", 2004, 2004, "year", N, "aside"),
 ("l-2691", L, "up to 2,691 passengers", "2,691", "count", 2691, 2691, "passengers", N, "ship capacity"),

 # ---- NV07 fact-check (2025-02-20)
 ("f-dl", F, "Verify Desk | February 20, 2025", "February 20, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-hdoz", F, "because \"dozens\" of", "dozens", "count", None, None, "people", N, "headline (post claim)"),
 ("f-cdoz", F, "after dozens of volunteers", "dozens", "count", None, None, "people", N, "post claim"),
 ("f-c50", F, "kills maybe 50 Americans", "50", "count", 50, 50, "deaths", N, "post claim"),
 ("f-single", F, "after a single reported case", "single", "count", 1, 1, "cases", Y, "gbs cases behind hold"),
 ("f-v900", F, "kill about 900 people", "900", "count", 900, 900, "deaths", Y, "us deaths per year"),
 ("f-feb14", F, "clinical hold on Feb. 14", "Feb. 14", "date", 2025, 2025, "year", Y, "fda clinical hold disclosed"),
 ("f-32b", F, "reported $3.2 billion", "$3.2 billion", "money", 3200000000, 3200000000, "USD", Y, "moderna 2024 revenue"),
 ("f-one", F, "FDA acted after one participant", "one", "count", 1, 1, "cases", Y, "gbs cases behind hold"),
 ("f-morethan1", F, "mentions more than one case", "one", "count", 1, 1, "cases", N, "negated"),
 ("f-4pct", F, "rose nearly 4%", "4%", "percent", 4, 4, "%", Y, "moderna share move feb 14"),
 ("f-3307", F, "to $33.07", "$33.07", "money", 33.07, 33.07, "USD", Y, "moderna share price feb 14"),
 ("f-sep24", F, "began dosing in September 2024", "September 2024", "date", 2024, 2024, "year", Y, "nova 301 dosing start"),
 ("f-25k", F, "enroll about 25,000 adults", "25,000", "count", 25000, 25000, "participants", Y, "nova 301 enrollment target"),
 ("f-18plus", F, "adults aged 18 and older", "18", "age", 18, 18, "years", N, "eligibility"),
 ("f-20k", F, "roughly 20,000 aged", "20,000", "count", 20000, 20000, "participants", Y, "nova 301 older cohort"),
 ("f-60", F, "aged 60 or older", "60", "age", 60, 60, "years", Y, "nova 301 older cohort age cut"),
 ("f-5k", F, "and 5,000 aged", "5,000", "count", 5000, 5000, "participants", Y, "nova 301 younger cohort"),
 ("f-1859", F, "aged 18 to 59", "18 to 59", "age", 18, 59, "years", Y, "nova 301 younger cohort ages"),
 ("f-1inj", F, "a single injection", "single", "count", 1, 1, "doses", N, "doses"),
 ("f-rsv2023", F, "older adults in 2023", "2023", "date", 2023, 2023, "year", Y, "rsv vaccine approvals (rival products)"),
 ("f-p50", F, "figure of 50 deaths", "50", "count", 50, 50, "deaths", N, "post claim repeated"),
 ("f-900", F, "estimate is 900 norovirus", "900", "count", 900, 900, "deaths", Y, "us deaths per year"),
 ("f-900ci", F, "(95% CI 650 to 1,100)", "650 to 1,100", "count", 650, 1100, "deaths", Y, "ci"),
 ("f-2021", F, "based on a 2021 analysis", "2021", "date", 2021, 2021, "year", N, "publication year"),
 ("f-0115", F, "from July 2001 to June 2015", "July 2001 to June 2015", "date", 2001, 2015, "year", N, "data period"),
 ("f-2013", F, "review, from 2013", "2013", "date", 2013, 2013, "year", N, "publication year"),
 ("f-570", F, "570 to 800 deaths", "570 to 800", "count", 570, 800, "deaths", Y, "us deaths per year (2013 estimate)"),
 ("f-5671", F, "56,000 to 71,000", "56,000 to 71,000", "count", 56000, 71000, "hospitalizations", Y, "us hospitalizations per year (2013 estimate)"),
 ("f-400k", F, "about 400,000 emergency", "400,000", "count", 400000, 400000, "visits", Y, "us ed visits per year (2013 estimate)"),
 ("f-hund", F, "in the hundreds", "hundreds", "count", None, None, "deaths", N, "vague"),
 ("f-ndoz", F, "hundreds, not dozens", "dozens", "count", None, None, "deaths", N, "vague"),
 ("f-apr23", F, "outbreaks in April 2023", "April 2023", "date", 2023, 2023, "year", Y, "gii.17 overtakes gii.4 (PLANTED: year off)"),
 ("f-1078", F, "reported 1,078 outbreaks", "1,078", "count", 1078, 1078, "outbreaks", Y, "norostat outbreaks aug 1-mid jan 2025"),
 ("f-per", F, "from Aug. 1 through mid-January", "Aug. 1 through mid-January", "date", 2024, 2025, "year", N, "period"),
 ("f-557", F, "against 557", "557", "count", 557, 557, "outbreaks", Y, "norostat same period a year earlier"),
 ("f-yrearlier", F, "557 a year earlier", "a year earlier", "date", 2023, 2024, "year", N, "comparison period"),
 ("f-50gi1", F, "combines 50 µg of GI.1", "50 µg", "dose", 50, 50, "µg", Y, "hil-214 gi.1 vlp dose"),
 ("f-150gii4", F, "and 150 µg of GII.4", "150 µg", "dose", 150, 150, "µg", Y, "hil-214 gii.4 vlp dose"),
 ("f-500", F, "with 500 µg of aluminum", "500 µg", "dose", 500, 500, "µg", Y, "hil-214 adjuvant dose"),
 ("f-2824", F, "tested in 2,824 infants", "2,824", "count", 2824, 2824, "infants", Y, "nest-in1 enrollment"),
 ("f-51", F, "There were 51 cases", "51", "count", 51, 51, "cases", Y, "nest-in1 endpoint events"),
 ("f-25v", F, "25 in the vaccine group", "25", "count", 25, 25, "cases", Y, "nest-in1 vaccine-arm events"),
 ("f-26p", F, "26 in the placebo group", "26", "count", 26, 26, "cases", Y, "nest-in1 placebo-arm events"),
 ("f-5", F, "an efficacy of 5%", "5%", "percent", 5, 5, "%", Y, "nest-in1 vaccine efficacy"),
 ("f-5ci", F, "(95% CI −64% to 45%)", "−64% to 45%", "percent", -64, 45, "%", Y, "ci"),
 ("f-jul8", F, "development on July 8, 2024", "July 8, 2024", "date", 2024, 2024, "year", Y, "hillevax stops infant program"),
 ("f-rone", F, "for one reported case", "one", "count", 1, 1, "cases", N, "ruling repeat"),
 ("f-rdoz", F, "of GBS, not dozens", "dozens", "count", None, None, "cases", N, "vague"),
 ("f-r900", F, "roughly 900 Americans", "900", "count", 900, 900, "deaths", N, "ruling repeat"),
 ("f-r50", F, "year, not 50", "50", "count", 50, 50, "deaths", N, "post claim repeated"),
 ("f-s1y", F, "fourth-quarter and full-year 2024", "2024", "date", 2024, 2024, "year", N, "source line"),
 ("f-s1", F, "financial results, Feb. 14, 2025", "Feb. 14, 2025", "date", 2025, 2025, "year", N, "source line"),
 ("f-s2", F, "in the U.S.,\" accessed Feb. 18, 2025", "Feb. 18, 2025", "date", 2025, 2025, "year", N, "source line"),
 ("f-s5", F, "news release, July 8, 2024", "July 8, 2024", "date", 2024, 2024, "year", N, "source line"),
 ("f-s6", F, "NoroSTAT data, accessed Feb. 18, 2025", "Feb. 18, 2025", "date", 2025, 2025, "year", N, "source line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 QM2 March 2025 voyage, passengers ill (interim 183 reported as final)
 ("b-183", "l-224", S), ("b-183", "e-224", S),
 # S2 QM2 March 2025 voyage, crew ill
 ("b-14crew", "l-17", S),
 # S3 QM2 Dec 21 voyage crew attack rate (Dec 14 voyage's 1.0% swapped in)
 ("b-10", "w-53", S), ("b-10", "l-53", S),
 # S4 NoroSTAT week of Dec 5, 2024 (previous week's 69 given)
 ("e-69", "w-91", S), ("e-69", "a-91", S),
 # S5 NoroSTAT 2024-25 season total (mid-January count reported as season)
 ("b-1078", "a-2630", S), ("b-1078", "e-2630", S),
 # S6 NoroSTAT previous-season comparison (same plant)
 ("b-557", "a-1449", S), ("b-557", "e-1449", S),
 # S7 GII.17 share of 2024-25 outbreaks ("last season" given the 2023-24 figure)
 ("b-343", "a-754", S), ("b-343", "e-754", S),
 # S8 Nova 301 first dosing year
 ("p-sep23", "f-sep24", S), ("p-sep23", "w-lastsep", S),
 # S9 Nova 301 size (older cohort reported as the whole trial)
 ("e-20k", "w-25k", S), ("e-20k", "p-25k", S), ("e-20k", "l-25k", S), ("e-20k", "f-25k", S),
 # S10 FDA hold year ("February of last year" in a Nov 2025 blog = 2024)
 ("b-feblast", "f-feb14", S), ("b-feblast", "e-feb25", S), ("b-feblast", "l-feb", S),
 # S11 US hospitalizations per year (ED-visit figure given as hospitalizations)
 ("l-465k", "p-109k", S), ("l-465k", "e-109k", S), ("l-465k", "w-109k", S),
 # S12 US societal cost per year (global figure given as US)
 ("w-60b", "p-10b", S),
 # S13 CDC stay-home period after symptoms stop
 ("w-24h", "e-48h", S),
 # S14 HIL-214 GI.1 VLP dose (components swapped)
 ("p-150", "f-50gi1", S),
 # S15 HIL-214 GII.4 VLP dose
 ("p-50", "f-150gii4", S),
 # S16 NEST-IN1 vaccine efficacy (CI upper bound given as estimate)
 ("e-45", "f-5", S),
 # S17 norovirus share of US foodborne illnesses (transposed digits)
 ("l-85", "p-58", S), ("l-85", "e-58", S),
 # S18 December 2024 cruise outbreaks
 ("l-four", "w-five", S),
 # S19 Nova 301 older-cohort age cut
 ("l-65age", "w-60", S), ("l-65age", "f-60", S),
 # S20 month GII.17 overtook GII.4 (year off by one)
 ("f-apr23", "a-apr24", S), ("f-apr23", "b-aprlast", S),

 # Qualified
 # cruise GI outbreaks in 2024: 16 on CDC's list at Jan 3, 2025 vs 18 final (late additions)
 ("w-16", "e-18", Q), ("w-16", "b-18", Q),
 # US hospitalizations: CDC current 109,000 vs 2013 review 56,000-71,000
 ("f-5671", "p-109k", Q), ("f-5671", "e-109k", Q), ("f-5671", "w-109k", Q), ("f-5671", "l-465k", Q),
 # US deaths: 900 vs 570-800 (different estimates)
 ("f-570", "w-900", Q), ("f-570", "p-900", Q), ("f-570", "e-900", Q),
 # US ED visits: 465,000 vs 400,000 (different estimates)
 ("f-400k", "p-465k", Q), ("f-400k", "e-465k", Q),
 # Nova 301 size: ~25,000 (company) vs ~28,000 (registry listing)
 ("b-28k", "w-25k", Q), ("b-28k", "p-25k", Q), ("b-28k", "l-25k", Q), ("b-28k", "f-25k", Q), ("b-28k", "e-20k", Q),
 # NEST-IN1 enrollment: >3,000 enrolled (2023 release) vs 2,824 (results)
 ("e-3000", "f-2824", Q),
 # 2022-23 genotype shares: CaliciNet table vs EID letter
 ("a-73", "e-75", Q), ("a-454", "e-489", Q),
 # global deaths: 212,489 (Lopman 2016) vs "about 200,000" (CDC/WHO round figure)
 ("a-212k", "p-200k", Q), ("a-212k", "b-200k", Q),
 # stay-home 24 h (public, planted) vs 48 h crew isolation rule
 ("w-24h", "l-48h", Q),
 # hold lifted: "that spring" (anaphoric to planted 2024) vs "by May" 2025
 ("b-spring", "e-may", Q),
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
        if isinstance(lo, float):
            lo = round(lo, 4)
        if isinstance(hi, float):
            hi = round(hi, 4)
        rows.append({"type": "claim", "id": f"nv-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"nv-{a}", f"nv-{b}"
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
