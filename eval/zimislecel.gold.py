#!/usr/bin/env python3
"""Build zimislecel.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "zimislecel")
OUT = os.path.join(HERE, "zimislecel.gold.jsonl")
T = "zimislecel"

W, P, A, E, B, L, F = ("ZM01_wire.txt", "ZM02_press.txt", "ZM03_abstract.txt",
                       "ZM04_explainer.txt", "ZM05_blog.txt", "ZM06_local.txt", "ZM07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- ZM01 wire (2025-06-21)
 ("w-dl", W, "CHICAGO, June 21", "June 21", "date", 2025, 2025, "year", N, "dateline"),
 ("w-10", W, "Ten of 12 people", "Ten", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("w-12", W, "Ten of 12 people", "12", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("w-yrlater", W, "insulin injections a year later", "a year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-fri", W, "researchers said on Friday", "Friday", "date", 2025, 2025, "year", Y, "ada presentation / nejm online publication date"),
 ("w-nextyr", W, "in front of regulators next year", "next year", "date", 2026, 2026, "year", Y, "regulatory submission year"),
 ("w-all12", W, "All 12 patients given the full dose", "12", "count", 12, 12, "patients", N, "repeat"),
 ("w-7", W, "HbA1c, below 7%, and none", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("w-none", W, "below 7%, and none had", "none", "count", 0, 0, "events", N, "she count after day 90"),
 ("w-none2", W, "investigators said none of the deaths", "none", "count", 0, 0, "deaths", N, "related deaths"),
 ("w-d90", W, "from day 90 after the infusion", "day 90", "duration", 90, 90, "days", Y, "she-free from day"),
 ("w-83", W, "insulin-independence rate at 83%", "83%", "percent", 83, 83, "%", Y, "insulin independence rate full dose"),
 ("w-two", W, "The two patients who still used", "two", "count", 2, 2, "patients", N, "patients still on insulin"),
 ("w-70", W, "by 70% and 36%", "70%", "percent", 70, 70, "%", Y, "insulin reduction, non-independent patient 1"),
 ("w-36", W, "by 70% and 36%", "36%", "percent", 36, 36, "%", Y, "insulin reduction, non-independent patient 2"),
 ("w-92", W, "by an average of 92%", "92%", "percent", 92, 92, "%", Y, "mean insulin reduction overall"),
 ("w-yron", W, "\"A year on, most", "A year", "duration", 1, 1, "years", N, "quote timepoint"),
 ("w-400m", W, "full dose of 400 million cells", "400 million", "dose", 400000000, 400000000, "cells", Y, "full dose cell count"),
 ("w-single", W, "cells as a single infusion", "single", "count", 1, 1, "infusions", N, "infusions"),
 ("w-1yr", W, "At one year, patients spent", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-933", W, "patients spent 93.3% of the day", "93.3%", "percent", 93.3, 93.3, "%", Y, "time in range at 1 yr"),
 ("w-70180", W, "range of 70 to 180 mg/dL", "70 to 180 mg/dL", "concentration", 70, 180, "mg/dL", N, "definitional glucose range"),
 ("w-half", W, "up from roughly half the day", "half", "percent", 50, 50, "%", Y, "baseline time in range"),
 ("w-18", W, "fell by about 1.8 percentage points", "1.8 percentage points", "percent", 1.8, 1.8, "pp", Y, "hba1c reduction"),
 ("w-14", W, "Fourteen patients in all", "Fourteen", "count", 14, 14, "patients", Y, "patients dosed phase 1/2"),
 ("w-twohalf", W, "including two who were given a half", "two", "count", 2, 2, "patients", Y, "part a half-dose patients"),
 ("w-3died", W, "Three participants have died", "Three", "count", 3, 3, "deaths", Y, "deaths in phase 1/2"),
 ("w-onedeath", W, "One death followed", "One", "count", 1, 1, "deaths", N, "enumeration"),
 ("w-jan", W, "in January of last year", "January of last year", "date", 2024, 2024, "year", Y, "study pause date"),
 ("w-50", W, "portion of about 50 patients", "50", "count", 50, 50, "patients", Y, "phase 3 enrollment"),
 ("w-nextyr2", W, "and Europe next year if the data", "next year", "date", 2026, 2026, "year", Y, "regulatory submission year (repeat)"),
 ("w-60k", W, "roughly 60,000 people", "60,000", "count", 60000, 60000, "people", Y, "initial target population us+europe"),
 ("w-38m", W, "about 3.8 million diagnosed", "3.8 million", "count", 3800000, 3800000, "people", Y, "diagnosed t1d us+europe"),
 ("w-2019", W, "Vertex bought in 2019", "2019", "date", 2019, 2019, "year", Y, "semma acquisition year"),
 ("w-590m", W, "for $590 million", "$590 million", "money", 590000000, 590000000, "USD", Y, "semma acquisition price"),
 ("w-2021", W, "was treated in 2021", "2021", "date", 2021, 2021, "year", Y, "first patient treated"),
 ("w-jun23", W, "approval in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "lantidra approval"),

 # ---- ZM02 press (2025-06-20)
 ("p-h12", P, "- All 12 patients with at least", "12", "count", 12, 12, "patients", N, "subtitle repeat"),
 ("p-h1yr", P, "at least one year of follow-up who", "one year", "duration", 1, 1, "years", N, "subtitle repeat"),
 ("p-hsingle", P, "zimislecel as a single infusion achieved", "single", "count", 1, 1, "infusions", N, "subtitle"),
 ("p-h7", P, "achieved HbA1c below 7% and", "7%", "percent", 7, 7, "%", N, "subtitle repeat"),
 ("p-h70", P, "more than 70% time-in-range, and", "70%", "percent", 70, 70, "%", N, "subtitle repeat"),
 ("p-h10", P, "and 10 of 12 no longer", "10", "count", 10, 10, "patients", N, "subtitle repeat"),
 ("p-h12b", P, "10 of 12 no longer", "12", "count", 12, 12, "patients", N, "subtitle repeat"),
 ("p-h2026", P, "submissions planned for 2026 -", "2026", "date", 2026, 2026, "year", N, "subtitle repeat"),
 ("p-dl", P, "June 20, 2025--Vertex", "June 20, 2025", "date", 2025, 2025, "year", Y, "ada presentation / nejm online publication date"),
 ("p-12", P, "The analysis includes 12 patients", "12", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("p-08b", P, "0.8 billion cells", "0.8 billion", "dose", 800000000, 800000000, "cells", Y, "full dose cell count"),
 ("p-single", P, "cells, as a single infusion into", "single", "count", 1, 1, "infusions", N, "infusions"),
 ("p-1yr", P, "followed for at least one year as of", "one year", "duration", 1, 1, "years", Y, "minimum follow-up"),
 ("p-oct24", P, "the October 2024 data cut", "October 2024", "date", 2024, 2024, "year", Y, "data cutoff"),
 ("p-all12", P, "All 12 patients:", "12", "count", 12, 12, "patients", N, "repeat"),
 ("p-durable1yr", P, "durable through one year;", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-7", P, "ADA targets of HbA1c below 7%", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("p-70", P, "time-in-range above 70%", "70%", "percent", 70, 70, "%", Y, "tir target"),
 ("p-883", P, "a mean 88.3% of time", "88.3%", "percent", 88.3, 88.3, "%", Y, "time in range at 1 yr"),
 ("p-70180", P, "(70-180 mg/dL)", "70-180 mg/dL", "concentration", 70, 180, "mg/dL", N, "definitional"),
 ("p-m12", P, "at Month 12;", "Month 12", "duration", 12, 12, "months", N, "timepoint"),
 ("p-d90", P, "from Day 90 onward", "Day 90", "duration", 90, 90, "days", Y, "she-free from day"),
 ("p-92", P, "mean reduction of 92%", "92%", "percent", 92, 92, "%", Y, "mean insulin reduction overall"),
 ("p-10", P, "Ten of the 12 patients were", "Ten", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("p-10of12", P, "Ten of the 12 patients were", "12", "count", 12, 12, "patients", N, "repeat"),
 ("p-ind1yr", P, "insulin independent at one year. The", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-two", P, "The remaining two patients", "two", "count", 2, 2, "patients", N, "patients still on insulin"),
 ("p-70r", P, "insulin by 70% and 63%", "70%", "percent", 70, 70, "%", Y, "insulin reduction, non-independent patient 1"),
 ("p-63", P, "70% and 63%, respectively", "63%", "percent", 63, 63, "%", Y, "insulin reduction, non-independent patient 2"),
 ("p-2died", P, "two patients died of causes", "two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("p-q12", P, "\"Twelve out of twelve", "Twelve out of twelve", "count", 12, 12, "patients", N, "quote"),
 ("p-q10", P, "and ten living without", "ten", "count", 10, 10, "patients", N, "quote"),
 ("p-1865", P, "adults aged 18 to 65 years", "18 to 65 years", "age", 18, 65, "years", Y, "eligible ages"),
 ("p-50", P, "dosed approximately 50 participants", "50", "count", 50, 50, "patients", Y, "phase 3 enrollment"),
 ("p-25", P, "at about 25 sites", "25", "count", 25, 25, "sites", Y, "phase 3 sites"),
 ("p-1yrep", P, "free of SHEs one year after infusion", "one year", "duration", 1, 1, "years", N, "endpoint timepoint"),
 ("p-5yr", P, "for up to five years", "five years", "duration", 5, 5, "years", Y, "phase 3 safety follow-up"),
 ("p-2026", P, "submissions for zimislecel in 2026, pending", "2026", "date", 2026, 2026, "year", Y, "regulatory submission year"),
 ("p-60k", P, "about 60,000 people in the U.S.", "60,000", "count", 60000, 60000, "people", Y, "initial target population us+europe"),
 ("p-1989", P, "Founded in 1989", "1989", "date", 1989, 1989, "year", N, "about section"),

 # ---- ZM03 abstract (2025-06-20)
 ("a-pub", A, "Published online June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-print", A, "Print issue: September 4, 2025", "September 4, 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-1865", A, "were 18 to 65 years of age", "18 to 65 years", "age", 18, 65, "years", Y, "eligible ages"),
 ("a-2she", A, "had at least two severe hypoglycemic", "two", "count", 2, 2, "events", Y, "minimum prior-year shes for eligibility"),
 ("a-04", A, "(0.4×10⁹ cells)", "0.4×10⁹", "dose", 400000000, 400000000, "cells", Y, "half dose cell count"),
 ("a-single1", A, "cells) as a single infusion into the hepatic", "single", "count", 1, 1, "infusions", N, "infusions"),
 ("a-2yr", A, "second half dose within 2 years", "2 years", "duration", 2, 2, "years", Y, "window for optional second half dose"),
 ("a-08", A, "(0.8×10⁹ cells)", "0.8×10⁹", "dose", 800000000, 800000000, "cells", Y, "full dose cell count"),
 ("a-single2", A, "cells) as a single infusion. All", "single", "count", 1, 1, "infusions", N, "infusions"),
 ("a-d90365", A, "from day 90 through day 365", "day 90 through day 365", "duration", 90, 365, "days", N, "endpoint window"),
 ("a-7def", A, "hemoglobin level below 7% or", "7%", "percent", 7, 7, "%", N, "endpoint definition"),
 ("a-1pp", A, "at least 1 percentage point", "1 percentage point", "percent", 1, 1, "pp", N, "endpoint definition"),
 ("a-onemore", A, "at one or more time points", "one", "count", 1, 1, "timepoints", N, "definitional"),
 ("a-d180a", A, "between day 180 and day 365. Secondary", "day 180 and day 365", "duration", 180, 365, "days", N, "endpoint window"),
 ("a-d180b", A, "between day 180 and day 365 and safety", "day 180 and day 365", "duration", 180, 365, "days", N, "endpoint window"),
 ("a-17", A, "Seventeen participants were enrolled", "Seventeen", "count", 17, 17, "participants", Y, "phase 1/2 enrolled"),
 ("a-14", A, "enrolled; 14 received zimislecel", "14", "count", 14, 14, "patients", Y, "patients dosed phase 1/2"),
 ("a-12mo", A, "at least 12 months of follow-up", "12 months", "duration", 12, 12, "months", N, "minimum follow-up"),
 ("a-oct24", A, "the October 2024 data cutoff", "October 2024", "date", 2024, 2024, "year", Y, "data cutoff"),
 ("a-N14", A, "N = 14", "14", "count", 14, 14, "patients", N, "repeat"),
 ("a-n2", A, "part A, n=2", "2", "count", 2, 2, "patients", Y, "part a half-dose patients"),
 ("a-n12", A, "parts B and C, n=12)", "12", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("a-all14a", A, "at baseline in all 14 participants", "14", "count", 14, 14, "patients", N, "repeat"),
 ("a-all14b", A, "after infusion, all 14 had", "14", "count", 14, 14, "patients", N, "repeat"),
 ("a-100a", A, "C-peptide (100%; 95% CI", "100%", "percent", 100, 100, "%", Y, "engraftment rate"),
 ("a-100aci", A, "76.8 to 100", "76.8 to 100", "percent", 76.8, 100, "%", Y, "ci"),
 ("a-12fd", A, "Among the 12 participants who", "12", "count", 12, 12, "patients", N, "repeat"),
 ("a-78", A, "at baseline was 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "baseline mean hba1c"),
 ("a-70180", A, "(70 to 180 mg per deciliter)", "70 to 180 mg per deciliter", "concentration", 70, 180, "mg/dL", N, "definitional"),
 ("a-495", A, "was 49.5%", "49.5%", "percent", 49.5, 49.5, "%", Y, "baseline time in range"),
 ("a-all12", A, "All 12 met the primary", "12", "count", 12, 12, "patients", Y, "patients meeting primary endpoint"),
 ("a-100b", A, "end point (100%; 95% CI", "100%", "percent", 100, 100, "%", Y, "primary endpoint rate"),
 ("a-100bci", A, "73.5 to 100", "73.5 to 100", "percent", 73.5, 100, "%", Y, "ci"),
 ("a-none", A, "100): none had a severe", "none", "count", 0, 0, "events", N, "she count after day 90"),
 ("a-d90", A, "event from day 90 onward", "day 90", "duration", 90, 90, "days", Y, "she-free from day"),
 ("a-7", A, "all had a glycated hemoglobin level below 7%.", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("a-d365a", A, "from baseline to day 365 was", "day 365", "duration", 365, 365, "days", N, "timepoint"),
 ("a-181", A, "was −1.81 percentage points", "−1.81 percentage points", "percent", -1.81, -1.81, "pp", Y, "hba1c change"),
 ("a-p", A, "(P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-d365b", A, "time in range at day 365 was", "day 365", "duration", 365, 365, "days", N, "timepoint"),
 ("a-933", A, "at day 365 was 93.3%", "93.3%", "percent", 93.3, 93.3, "%", Y, "time in range at 1 yr"),
 ("a-10", A, "Ten of 12 participants (83%", "Ten", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("a-10of12", A, "Ten of 12 participants (83%", "12", "count", 12, 12, "patients", N, "repeat"),
 ("a-83", A, "participants (83%; 95% CI", "83%", "percent", 83, 83, "%", Y, "insulin independence rate full dose"),
 ("a-83ci", A, "51.6 to 97.9", "51.6 to 97.9", "percent", 51.6, 97.9, "%", Y, "ci"),
 ("a-d365c", A, "exogenous insulin at day 365.", "day 365", "duration", 365, 365, "days", N, "timepoint"),
 ("a-92", A, "fell by 92% overall", "92%", "percent", 92, 92, "%", Y, "mean insulin reduction overall"),
 ("a-2cont", A, "in the 2 participants who continued", "2", "count", 2, 2, "patients", N, "patients still on insulin"),
 ("a-70", A, "reduced by 70% and 36%", "70%", "percent", 70, 70, "%", Y, "insulin reduction, non-independent patient 1"),
 ("a-36", A, "70% and 36%.", "36%", "percent", 36, 36, "%", Y, "insulin reduction, non-independent patient 2"),
 ("a-neut3", A, "occurring in 3 participants", "3", "count", 3, 3, "patients", Y, "serious neutropenia"),
 ("a-neut21", A, "participants (21%)", "21%", "percent", 21, 21, "%", Y, "serious neutropenia share"),
 ("a-2died", A, "Two participants died: one", "Two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("a-one1", A, "died: one of cryptococcal", "one", "count", 1, 1, "deaths", N, "enumeration"),
 ("a-one2", A, "and one of severe dementia", "one", "count", 1, 1, "deaths", N, "enumeration"),
 ("a-single3", A, "a single infusion of a stem cell", "single", "count", 1, 1, "infusions", N, "conclusion"),
 ("a-1yr", A, "participants over 1 year", "1 year", "duration", 1, 1, "years", N, "timepoint"),
 ("a-kn12", A, "Full-dose cohort, n=12", "12", "count", 12, 12, "patients", N, "key numbers repeat"),
 ("a-kd365", A, "Insulin independent at day 365: 10", "day 365", "duration", 365, 365, "days", N, "key numbers"),
 ("a-k10", A, "day 365: 10 (83%)", "10", "count", 10, 10, "patients", N, "key numbers repeat"),
 ("a-k83", A, "10 (83%)", "83%", "percent", 83, 83, "%", N, "key numbers repeat"),
 ("a-kd90", A, "day 90–365: 0", "day 90–365", "duration", 90, 365, "days", N, "key numbers"),
 ("a-k0", A, ": 0 |", "0", "count", 0, 0, "events", N, "key numbers (she count)"),
 ("a-kd365b", A, "Time in range, day 365: 93.3%", "day 365", "duration", 365, 365, "days", N, "key numbers"),
 ("a-k933", A, "day 365: 93.3% |", "93.3%", "percent", 93.3, 93.3, "%", N, "key numbers repeat"),
 ("a-k2", A, "Deaths: 2 (unrelated)", "2", "count", 2, 2, "deaths", N, "key numbers repeat"),
 ("a-ref7", A, "Islet transplantation in seven patients", "seven", "count", 7, 7, "patients", N, "reference title"),

 # ---- ZM04 explainer (2025-07-10)
 ("e-upd", E, "Updated July 10, 2025", "July 10, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-lastmo", E, "made headlines last month", "last month", "date", 2025, 2025, "year", N, "results date (vague)"),
 ("e-2019", E, "Vertex bought in 2019", "2019", "date", 2019, 2019, "year", Y, "semma acquisition year"),
 ("e-twovol", E, "study, two volunteers received", "two", "count", 2, 2, "patients", Y, "part a half-dose patients"),
 ("e-400m", E, "half dose of about 400 million cells", "400 million", "dose", 400000000, 400000000, "cells", Y, "half dose cell count"),
 ("e-800m", E, "full dose of about 800 million cells", "800 million", "dose", 800000000, 800000000, "cells", Y, "full dose cell count"),
 ("e-oneinf", E, "cells in one infusion", "one", "count", 1, 1, "infusions", N, "infusions"),
 ("e-2yr", E, "second half dose within two years", "two years", "duration", 2, 2, "years", Y, "window for optional second half dose"),
 ("e-17", E, "In total, 17 people received", "17", "count", 17, 17, "patients", Y, "patients dosed phase 1/2"),
 ("e-12", E, "come from the 12 who got", "12", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("e-ayear", E, "were followed for a year", "a year", "duration", 1, 1, "years", N, "follow-up"),
 ("e-of12", E, "Of those 12:", "12", "count", 12, 12, "patients", N, "repeat"),
 ("e-3mo", E, "a three-month average", "three-month", "duration", 3, 3, "months", N, "definitional"),
 ("e-7", E, "of blood sugar) below 7%", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("e-78", E, "an average of 7.8% before", "7.8%", "percent", 7.8, 7.8, "%", Y, "baseline mean hba1c"),
 ("e-2pp", E, "nearly two percentage points", "two percentage points", "percent", 2, 2, "pp", Y, "hba1c reduction"),
 ("e-none", E, "- none had a severe", "none", "count", 0, 0, "events", N, "she count after day 90"),
 ("e-90d", E, "after the first 90 days", "90 days", "duration", 90, 90, "days", Y, "she-free from day"),
 ("e-70", E, "more than 70% of the day", "70%", "percent", 70, 70, "%", Y, "tir target"),
 ("e-10", E, "- 10 of the 12 were", "10", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("e-10of12", E, "10 of the 12 were no longer", "12", "count", 12, 12, "patients", N, "repeat"),
 ("e-1yr", E, "any insulin at one year", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-2024", E, "At the 2024 ADA meeting", "2024", "date", 2024, 2024, "year", N, "interim report date"),
 ("e-3of12", E, "only 3 of 12 full-dose", "3", "count", 3, 3, "patients", Y, "declared insulin independent at june 2024 update"),
 ("e-3of12b", E, "only 3 of 12 full-dose", "12", "count", 12, 12, "patients", N, "repeat"),
 ("e-may24", E, "By a May 2024 data cut", "May 2024", "date", 2024, 2024, "year", N, "interim data cut"),
 ("e-9", E, "9 of the 12 had stopped", "9", "count", 9, 9, "patients", Y, "off insulin at may 2024 interim"),
 ("e-9of12", E, "9 of the 12 had stopped", "12", "count", 12, 12, "patients", N, "repeat"),
 ("e-oneyr", E, "The one-year results", "one-year", "duration", 1, 1, "years", N, "timepoint"),
 ("e-lastmo2", E, "results published last month", "last month", "date", 2025, 2025, "year", N, "results date (vague)"),
 ("e-2died", E, "Two participants died during", "Two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("e-one", E, "the cells; one followed a fungal", "one", "count", 1, 1, "deaths", N, "enumeration"),
 ("e-1865", E, "adults aged 18 to 65 who", "18 to 65", "age", 18, 65, "years", Y, "eligible ages"),
 ("e-2she", E, "at least two severe low-blood-sugar", "two", "count", 2, 2, "events", Y, "minimum prior-year shes for eligibility"),
 ("e-60k", E, "at about 60,000", "60,000", "count", 60000, 60000, "people", Y, "initial target population us+europe"),
 ("e-50", E, "finished dosing about 50 patients", "50", "count", 50, 50, "patients", Y, "phase 3 enrollment"),
 ("e-35", E, "run at 35 sites", "35", "count", 35, 35, "sites", Y, "phase 3 sites"),
 ("e-thisyr", E, "European regulators this year", "this year", "date", 2025, 2025, "year", Y, "regulatory submission year"),
 ("e-3yr", E, "for safety for three years", "three years", "duration", 3, 3, "years", Y, "phase 3 safety follow-up"),
 ("e-jun23", E, "In June 2023 the FDA", "June 2023", "date", 2023, 2023, "year", Y, "lantidra approval"),
 ("e-21", E, "21 of 30 patients", "21", "count", 21, 21, "patients", Y, "lantidra insulin-free >=1 yr"),
 ("e-30", E, "21 of 30 patients", "30", "count", 30, 30, "patients", Y, "lantidra trial participants"),
 ("e-ayear2", E, "insulin for at least a year", "a year", "duration", 1, 1, "years", N, "definitional"),

 # ---- ZM05 blog (2025-09-22)
 ("b-pub", B, "September 22, 2025", "September 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-19yr", B, "for 19 years", "19 years", "duration", 19, 19, "years", N, "author aside"),
 ("b-june", B, "results landed in June", "June", "date", 2025, 2025, "year", Y, "ada presentation / nejm online publication date"),
 ("b-sep4", B, "(the Sept. 4 issue", "Sept. 4", "date", 2025, 2025, "year", Y, "nejm print issue date"),
 ("b-thismo", B, "in Vienna this month", "this month", "date", 2025, 2025, "year", N, "easd date"),
 ("b-12", B, "Twelve people got a full dose", "Twelve", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("b-800m", B, "about 800 million stem-cell-derived", "800 million", "dose", 800000000, 800000000, "cells", Y, "full dose cell count"),
 ("b-single", B, "through a single infusion", "single", "count", 1, 1, "infusions", N, "infusions"),
 ("b-ayear", B, "A year later, 10 of them", "A year", "duration", 1, 1, "years", N, "timepoint"),
 ("b-10", B, "10 of them were off insulin", "10", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("b-84", B, "That's 84% of the", "84%", "percent", 84, 84, "%", Y, "insulin independence rate full dose"),
 ("b-two", B, "The other two cut", "two", "count", 2, 2, "patients", N, "patients still on insulin"),
 ("b-92", B, "their insulin by 92% on average", "92%", "percent", 92, 92, "%", Y, "insulin reduction in the two non-independent patients (misreport)"),
 ("b-all12", B, "all 12 went from", "12", "count", 12, 12, "patients", N, "repeat"),
 ("b-zero", B, "to zero severe hypoglycemic", "zero", "count", 0, 0, "events", N, "she count after day 90"),
 ("b-d90", B, "events after day 90", "day 90", "duration", 90, 90, "days", Y, "she-free from day"),
 ("b-78", B, "before treatment was 7.8%", "7.8%", "percent", 7.8, 7.8, "%", Y, "baseline mean hba1c"),
 ("b-all12b", B, "and all 12 ended up", "12", "count", 12, 12, "patients", N, "repeat"),
 ("b-7", B, "ended up under 7%", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("b-93", B, "participants spent 93% of their time", "93%", "percent", 93, 93, "%", Y, "time in range at 1 yr"),
 ("b-70180", B, "(70–180 mg/dL)", "70–180 mg/dL", "concentration", 70, 180, "mg/dL", N, "definitional"),
 ("b-70", B, "guideline goal of 70%", "70%", "percent", 70, 70, "%", Y, "tir target"),
 ("b-2deaths", B, "Two deaths occurred during", "Two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("b-cap1yr", B, "before vs. one year after", "one year", "duration", 1, 1, "years", N, "caption timepoint"),
 ("b-caphalf", B, "from about half the day", "half", "percent", 50, 50, "%", N, "caption baseline tir"),
 ("b-cap90", B, "to above 90%", "90%", "percent", 90, 90, "%", N, "caption tir"),
 ("b-950m", B, "for $950 million in 2018", "$950 million", "money", 950000000, 950000000, "USD", Y, "semma acquisition price"),
 ("b-2018", B, "$950 million in 2018", "2018", "date", 2018, 2018, "year", Y, "semma acquisition year"),
 ("b-1yr", B, "second half dose within a year", "a year", "duration", 1, 1, "years", Y, "window for optional second half dose"),
 ("b-2022", B, "came out in 2022", "2022", "date", 2022, 2022, "year", Y, "first part a results"),
 ("b-march", B, "was dropped in March", "March", "date", 2025, 2025, "year", Y, "vx-264 discontinued"),
 ("b-25", B, "running at 25 sites", "25", "count", 25, 25, "sites", Y, "phase 3 sites"),
 ("b-50", B, "roughly 50 patients", "50", "count", 50, 50, "patients", Y, "phase 3 enrollment"),
 ("b-2026", B, "file with regulators in 2026", "2026", "date", 2026, 2026, "year", Y, "regulatory submission year"),
 ("b-2023", B, "the FDA approved in 2023", "2023", "date", 2023, 2023, "year", Y, "lantidra approval"),
 ("b-30", B, "was based on 30 patients", "30", "count", 30, 30, "patients", Y, "lantidra trial participants"),
 ("b-25of", B, "25 of whom achieved", "25", "count", 25, 25, "patients", Y, "lantidra ever insulin independent"),

 # ---- ZM06 local (2025-06-24), hard-wrapped
 ("l-pub", L, "Tuesday, June 24, 2025", "June 24, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("l-foryr", L, "injections for a year", "a year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-lastfri", L, "published online last Friday", "last Friday", "date", 2025, 2025, "year", Y, "ada presentation / nejm online publication date"),
 ("l-12", L, "Of the 12 patients who received", "12", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("l-9", L, "full dose, nine no longer", "nine", "count", 9, 9, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("l-1yr", L, "needed insulin at one year, and", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-7", L, "HbA1c, below 7%.", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("l-1yrb", L, "At one year they spent", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-933", L, "93.3% of the day", "93.3%", "percent", 93.3, 93.3, "%", Y, "time in range at 1 yr"),
 ("l-none", L, "and none had a", "none", "count", 0, 0, "events", N, "she count after 3 months"),
 ("l-3mo", L, "after the first three months", "three months", "duration", 3, 3, "months", Y, "she-free from (months)"),
 ("l-1855", L, "adults ages 18 to 55", "18 to 55", "age", 18, 55, "years", Y, "eligible ages"),
 ("l-2she", L, "at least two severe hypoglycemic", "two", "count", 2, 2, "events", Y, "minimum prior-year shes for eligibility"),
 ("l-2died", L, "Two participants in the overall", "Two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("l-25", L, "trial at 25 locations", "25", "count", 25, 25, "sites", Y, "phase 3 sites"),
 ("l-17", L, "finished dosing about 17 patients", "17", "count", 17, 17, "patients", Y, "phase 3 enrollment"),
 ("l-5yr", L, "for safety for five years", "five years", "duration", 5, 5, "years", Y, "phase 3 safety follow-up"),
 ("l-2026", L, "and Europe in 2026", "2026", "date", 2026, 2026, "year", Y, "regulatory submission year"),
 ("l-2019", L, "bought the technology in 2019", "2019", "date", 2019, 2019, "year", Y, "semma acquisition year"),
 ("l-950m", L, "for $950 million", "$950 million", "money", 950000000, 950000000, "USD", Y, "semma acquisition price"),
 ("l-2021", L, "patient, treated in 2021", "2021", "date", 2021, 2021, "year", Y, "first patient treated"),
 ("l-d270", L, "insulin independent at day 270", "day 270", "duration", 270, 270, "days", Y, "first patient insulin independent at"),
 ("l-52", L, "with an HbA1c of 5.2%", "5.2%", "percent", 5.2, 5.2, "%", Y, "first patient hba1c at day 270"),
 ("l-2022", L, "Vertex reported in 2022", "2022", "date", 2022, 2022, "year", Y, "first part a results"),
 ("l-41", L, "Marisol Ortega, 41", "41", "age", 41, 41, "years", N, "interviewee age"),
 ("l-age6", L, "diagnosed at age 6", "6", "age", 6, 6, "years", N, "interviewee son's age at diagnosis"),
 ("l-twice", L, "read the headlines twice", "twice", "count", 2, 2, "times", N, "aside"),
 ("l-jun23", L, "approved in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "lantidra approval"),

 # ---- ZM07 fact-check (2025-07-02)
 ("f-pub", F, "TruthLens · July 2, 2025", "July 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-100", F, "diabetes in 100% of patients", "100%", "percent", 100, 100, "%", N, "post claim"),
 ("f-nextmo", F, "\"FDA-approved next month.\"", "next month", "date", 2025, 2025, "year", N, "post claim"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "virality"),
 ("f-latejune", F, "since late June", "late June", "date", 2025, 2025, "year", N, "as-of"),
 ("f-12of12", F, "caption \"12 out of 12 patients", "12 out of 12", "count", 12, 12, "patients", N, "post claim"),
 ("f-jun24", F, "Medicine on June 20, 2024", "June 20, 2024", "date", 2024, 2024, "year", Y, "ada presentation / nejm online publication date"),
 ("f-14", F, "In that study, 14 people", "14", "count", 14, 14, "patients", Y, "patients dosed phase 1/2"),
 ("f-12", F, "Twelve of them got the full dose", "Twelve", "count", 12, 12, "patients", Y, "full-dose patients evaluated"),
 ("f-all12", F, "All 12 of the full-dose", "12", "count", 12, 12, "patients", N, "repeat"),
 ("f-7", F, "HbA1c below 7% — down", "7%", "percent", 7, 7, "%", Y, "hba1c target"),
 ("f-87", F, "average of 8.7% before", "8.7%", "percent", 8.7, 8.7, "%", Y, "baseline mean hba1c"),
 ("f-none", F, "— and none had a severe", "none", "count", 0, 0, "events", N, "she count after day 90"),
 ("f-d90", F, "episode after day 90", "day 90", "duration", 90, 90, "days", Y, "she-free from day"),
 ("f-12of12b", F, "where the \"12 out of 12\" comes", "12 out of 12", "count", 12, 12, "patients", N, "post claim (repeat)"),
 ("f-1yr", F, "At one year, 10 of the 12", "one year", "duration", 1, 1, "years", N, "timepoint"),
 ("f-10", F, "At one year, 10 of the 12", "10", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr"),
 ("f-10of12", F, "10 of the 12 full-dose patients no longer", "12", "count", 12, 12, "patients", N, "repeat"),
 ("f-83", F, "insulin, or 83%", "83%", "percent", 83, 83, "%", Y, "insulin independence rate full dose"),
 ("f-two", F, "The other two still needed", "two", "count", 2, 2, "patients", N, "patients still on insulin"),
 ("f-100b", F, "\"100% cured\"", "100%", "percent", 100, 100, "%", N, "post claim (repeat)"),
 ("f-2died", F, "Two participants in the trial died", "Two", "count", 2, 2, "deaths", Y, "deaths in phase 1/2"),
 ("f-one1", F, "died — one of a fungal", "one", "count", 1, 1, "deaths", N, "enumeration"),
 ("f-one2", F, "and one from the progression", "one", "count", 1, 1, "deaths", N, "enumeration"),
 ("f-jan25", F, "paused the study in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "study pause date"),
 ("f-amonth", F, "approval is not a month away", "a month", "duration", 1, 1, "months", N, "rebuttal"),
 ("f-2026", F, "to regulators in 2026", "2026", "date", 2026, 2026, "year", Y, "regulatory submission year"),
 ("f-jun23", F, "cleared in June 2023", "June 2023", "date", 2023, 2023, "year", Y, "lantidra approval"),
 ("f-1865", F, "enrolled adults 18 to 65", "18 to 65", "age", 18, 65, "years", Y, "eligible ages"),
 ("f-2she", F, "at least two severe hypoglycemic", "two", "count", 2, 2, "events", Y, "minimum prior-year shes for eligibility"),
 ("f-qnextmo", F, "insulin next month", "next month", "date", 2025, 2025, "year", N, "quote paraphrasing post"),
 ("f-r10", F, "Ten of 12 full-dose patients", "Ten", "count", 10, 10, "patients", Y, "full-dose patients insulin independent at 1 yr (ruling)"),
 ("f-r12", F, "Ten of 12 full-dose patients", "12", "count", 12, 12, "patients", N, "repeat"),
 ("f-r1yr", F, "off insulin at one year;", "one year", "duration", 1, 1, "years", N, "timepoint"),
]

S, Q = "strict", "qualified"
X = [
 # S1 insulin independent count: nine (local, interim-style) vs ten
 ("l-9", "w-10", S), ("l-9", "p-10", S), ("l-9", "a-10", S), ("l-9", "e-10", S), ("l-9", "b-10", S), ("l-9", "f-10", S), ("l-9", "f-r10", S),
 # S2 insulin independence rate 84% vs 83%
 ("b-84", "w-83", S), ("b-84", "a-83", S), ("b-84", "f-83", S),
 # S3 full dose 400 million vs 800 million
 ("w-400m", "p-08b", S), ("w-400m", "a-08", S), ("w-400m", "e-800m", S), ("w-400m", "b-800m", S),
 # S4 NEJM online / ADA date year
 ("f-jun24", "w-fri", S), ("f-jun24", "p-dl", S), ("f-jun24", "l-lastfri", S), ("f-jun24", "b-june", S),
 # S5 regulatory submission year: "this year" (2025) vs 2026
 ("e-thisyr", "w-nextyr", S), ("e-thisyr", "w-nextyr2", S), ("e-thisyr", "p-2026", S), ("e-thisyr", "b-2026", S), ("e-thisyr", "l-2026", S), ("e-thisyr", "f-2026", S),
 # S6 phase 3 enrollment 17 vs 50
 ("l-17", "w-50", S), ("l-17", "p-50", S), ("l-17", "e-50", S), ("l-17", "b-50", S),
 # S7 phase 3 sites 35 vs 25
 ("e-35", "p-25", S), ("e-35", "b-25", S), ("e-35", "l-25", S),
 # S8 deaths three vs two
 ("w-3died", "p-2died", S), ("w-3died", "a-2died", S), ("w-3died", "e-2died", S), ("w-3died", "b-2deaths", S), ("w-3died", "l-2died", S), ("w-3died", "f-2died", S),
 # S9 time in range at one year 88.3% vs 93.3%
 ("p-883", "w-933", S), ("p-883", "a-933", S), ("p-883", "b-93", S), ("p-883", "l-933", S),
 # S10 baseline HbA1c 8.7% vs 7.8%
 ("f-87", "a-78", S), ("f-87", "e-78", S), ("f-87", "b-78", S),
 # S11 phase 3 safety follow-up three vs five years
 ("e-3yr", "p-5yr", S), ("e-3yr", "l-5yr", S),
 # S12 Semma price $590M vs $950M
 ("w-590m", "b-950m", S), ("w-590m", "l-950m", S),
 # S13 Semma year 2018 vs 2019
 ("b-2018", "w-2019", S), ("b-2018", "e-2019", S), ("b-2018", "l-2019", S),
 # S14 patients dosed 17 vs 14
 ("e-17", "w-14", S), ("e-17", "a-14", S), ("e-17", "f-14", S),
 # S15 study pause January 2025 vs January of last year (2024)
 ("f-jan25", "w-jan", S),
 # S16 second half-dose window: a year vs 2 years
 ("b-1yr", "a-2yr", S), ("b-1yr", "e-2yr", S),
 # S17 insulin reduction in second non-independent patient 63% vs 36%
 ("p-63", "w-36", S), ("p-63", "a-36", S),
 # S18 eligible ages 18-55 vs 18-65
 ("l-1855", "p-1865", S), ("l-1855", "a-1865", S), ("l-1855", "e-1865", S), ("l-1855", "f-1865", S),
 # Qualified
 ("b-92", "a-70", Q), ("b-92", "a-36", Q), ("b-92", "w-70", Q), ("b-92", "w-36", Q), ("b-92", "p-70r", Q),
 ("e-21", "b-25of", Q),
 ("b-92", "p-63", Q),
 # optional repeats / captions / metadata carrying the same quantity as a planted error
 ("l-9", "p-h10", Q), ("l-9", "a-k10", Q), ("l-9", "p-q10", Q),
 ("b-84", "a-k83", Q),
 ("e-thisyr", "p-h2026", Q),
 ("p-883", "a-k933", Q), ("p-883", "b-cap90", Q),
 ("w-3died", "a-k2", Q),
 ("e-17", "a-N14", Q), ("e-17", "a-all14a", Q), ("e-17", "a-all14b", Q),
 ("f-jun24", "a-pub", Q),
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
        rows.append({"type": "claim", "id": f"zm-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"zm-{a}", f"zm-{b}"
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
