#!/usr/bin/env python3
"""Build datroway.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "datroway")
OUT = os.path.join(HERE, "datroway.gold.jsonl")
T = "datroway"

W, P, A, E, B, L, F = ("DT01_wire.txt", "DT02_press.txt", "DT03_abstract.txt",
                       "DT04_explainer.txt", "DT05_blog.txt", "DT06_trade.txt", "DT07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- DT01 wire (2025-06-23, Monday)
 ("w-dl", W, "June 23 (Meridian Wire)", "June 23", "date", 2025, 2025, "year", N, "dateline"),
 ("w-mon", W, "on Monday granted accelerated", "Monday", "date", 2025, 2025, "year", Y, "us lung (egfr) accelerated approval date"),
 ("w-3wk", W, "nearly three weeks ahead", "three weeks", "duration", 3, 3, "weeks", Y, "how far ahead of pdufa date"),
 ("w-jul12", W, "FDA's July 12 target date", "July 12", "date", 2025, 2025, "year", Y, "lung pdufa target date"),
 ("w-jan", W, "U.S. approval in January for", "January", "date", 2025, 2025, "year", Y, "us breast approval date"),
 ("w-dec", W, "cleared in Japan in December", "December", "date", 2024, 2024, "year", Y, "japan breast approval date"),
 ("w-2studies", W, "patients from two studies", "two", "count", 2, 2, "studies", N, "pooled from studies"),
 ("w-114", W, "pooled group of 114 previously", "114", "count", 114, 114, "patients", Y, "egfr pooled efficacy population (label)"),
 ("w-45", W, "two studies, TROPION-Lung05 and TROPION-Lung01, 45%", "45%", "percent", 45, 45, "%", Y, "egfr pooled confirmed orr"),
 ("w-44cr", W, "seen in 4.4% of patients", "4.4%", "percent", 4.4, 4.4, "%", Y, "egfr pooled complete response rate"),
 ("w-40pr", W, "partial responses in 40%", "40%", "percent", 40, 40, "%", Y, "egfr pooled partial response rate"),
 ("w-65", W, "lasted a median of 6.5 months", "6.5 months", "duration", 6.5, 6.5, "months", Y, "egfr pooled median dor"),
 ("w-2026", W, "expected in June next year", "June next year", "date", 2026, 2026, "year", Y, "tropion-lung15 readout (forecast)"),
 ("w-6mgkg", W, "infusion of 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("w-q3w", W, "6 mg/kg once every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("w-nov", W, "non-squamous lung cancer, last November", "last November", "date", 2024, 2024, "year", Y, "us nonsquamous bla withdrawal"),
 ("w-604", W, "after the 604-patient", "604", "count", 604, 604, "patients", Y, "tropion-lung01 randomized"),
 ("w-129", W, "lived a median of 12.9 months", "12.9 months", "duration", 12.9, 12.9, "months", Y, "lung01 median os dato (overall)"),
 ("w-118", W, "against 11.8 months on docetaxel", "11.8 months", "duration", 11.8, 11.8, "months", Y, "lung01 median os docetaxel (overall)"),
 ("w-183", W, "Datroway lived a median of 18.3 months", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os dato arm (PLANTED: arms swapped)"),
 ("w-186", W, "compared with 18.6 months for those", "18.6 months", "duration", 18.6, 18.6, "months", Y, "breast01 median os chemo arm (PLANTED: arms swapped)"),
 ("w-69", W, "median of 6.9 months versus 4.9", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("w-49", W, "6.9 months versus 4.9 months", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("w-88", W, "confirmed in 8.8% of patients", "8.8%", "percent", 8.8, 8.8, "%", Y, "breast01 adjudicated drug-related ild, dato (PLANTED: lung01 figure)"),
 ("w-jul20", W, "their July 2020 collaboration", "July 2020", "date", 2020, 2020, "year", Y, "az-daiichi collaboration date"),
 ("w-45m", W, "a $45 million milestone", "$45 million", "money", 45000000, 45000000, "USD", Y, "lung approval milestone"),
 ("w-135b", W, "AstraZeneca paid $1.35 billion upfront", "$1.35 billion", "money", 1350000000, 1350000000, "USD", Y, "upfront payment (PLANTED: enhertu deal figure)"),
 ("w-6b", W, "valued at up to $6 billion", "$6 billion", "money", 6000000000, 6000000000, "USD", Y, "total deal value"),
 ("w-price", W, "remains $4,891.07 per", "$4,891.07", "money", 4891.07, 4891.07, "USD", Y, "list price per vial"),
 ("w-100mg", W, "per 100-milligram vial", "100-milligram", "dose", 100, 100, "mg", N, "vial size"),
 ("w-month", W, "roughly $28,260 a month", "$28,260", "money", 28260, 28260, "USD", Y, "monthly list price"),
 ("w-1015", W, "about 10% to 15% of non-small", "10% to 15%", "percent", 10, 15, "%", Y, "egfr prevalence western"),
 ("w-half", W, "up to half of cases", "half", "percent", 50, 50, "%", Y, "egfr prevalence asian (upper)"),
 ("w-85", W, "accounts for about 85% of all", "85%", "percent", 85, 85, "%", Y, "nsclc share of lung cancer"),

 # ---- DT02 press (2025-01-17)
 ("p-h37", P, "results showing a 37% reduction", "37%", "percent", 37, 37, "%", N, "subtitle repeat"),
 ("p-8th", P, "DATROWAY is the eighth new medicine", "eighth", "count", 8, 8, "medicines", Y, "ordinal of az new medicines"),
 ("p-20", P, "of the 20 AstraZeneca has", "20", "count", 20, 20, "medicines", Y, "az new-medicine goal"),
 ("p-2030", P, "set out to deliver by 2030", "2030", "date", 2030, 2030, "year", Y, "az goal year"),
 ("p-dl", P, "(BUSINESS WIRE)--January 17, 2025", "January 17, 2025", "date", 2025, 2025, "year", Y, "us breast approval date (release dateline)"),
 ("p-37", P, "or death by 37% compared", "37%", "percent", 37, 37, "%", Y, "breast01 pfs risk reduction"),
 ("p-hr063", P, "[HR] 0.63;", "0.63", "ratio", 0.63, 0.63, "HR", Y, "breast01 pfs hr"),
 ("p-hrci", P, "[CI]: 0.52-0.76", "0.52-0.76", "ratio", 0.52, 0.76, "HR", Y, "ci"),
 ("p-p", P, "p<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("p-69", P, "was 6.9 months with DATROWAY", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("p-49", P, "versus 4.9 months with chemotherapy", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("p-70", P, "approximately 70% of cases", "70%", "percent", 70, 70, "%", Y, "hr+/her2- share of breast cancer"),
 ("p-732", P, "randomized 732 patients", "732", "count", 732, 732, "patients", Y, "breast01 randomized"),
 ("p-36", P, "was 36% with DATROWAY", "36%", "percent", 36, 36, "%", Y, "breast01 orr dato"),
 ("p-23", P, "versus 23% with chemotherapy", "23%", "percent", 23, 23, "%", Y, "breast01 orr chemo"),
 ("p-67", P, "was 6.7 months versus", "6.7 months", "duration", 6.7, 6.7, "months", Y, "breast01 median dor dato"),
 ("p-57", P, "versus 5.7 months. Final", "5.7 months", "duration", 5.7, 5.7, "months", Y, "breast01 median dor chemo"),
 ("p-186", P, "median OS was 18.6 months", "18.6 months", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato"),
 ("p-183", P, "and 18.3 months with chemotherapy", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo"),
 ("p-101", P, "(HR 1.01;", "1.01", "ratio", 1.01, 1.01, "HR", Y, "breast01 final os hr"),
 ("p-osci", P, "CI: 0.83-1.22", "0.83-1.22", "ratio", 0.83, 1.22, "HR", Y, "ci"),
 ("p-21", P, "occurred in 21% of patients", "21%", "percent", 21, 21, "%", Y, "breast01 grade>=3 traes dato"),
 ("p-45", P, "compared with 45% of patients", "45%", "percent", 45, 45, "%", Y, "breast01 grade>=3 traes chemo"),
 ("p-20pct", P, "(occurring in 20% or more", "20%", "percent", 20, 20, "%", N, "threshold definition"),
 ("p-6mgkg", P, "DATROWAY is 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("p-540", P, "(maximum 540 mg", "540 mg", "dose", 540, 540, "mg", Y, "maximum dose"),
 ("p-90kg", P, "weighing 90 kg or more", "90 kg", "weight", 90, 90, "kg", N, "weight threshold for cap"),
 ("p-q3w", P, "infusion once every three weeks (21-day", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("p-21d", P, "(21-day cycle)", "21-day", "duration", 21, 21, "days", N, "cycle length (same as interval)"),
 ("p-3wk", P, "within approximately three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "us availability after approval (PLANTED)"),
 ("p-japan", P, "approved in Japan last month", "last month", "date", 2024, 2024, "year", Y, "japan breast approval date"),
 ("p-12lines", P, "received one or two prior lines", "one or two", "count", 1, 2, "lines", Y, "breast01 prior chemo lines"),
 ("p-20trials", P, "more than 20 trials", "20", "count", 20, 20, "trials", N, "about section"),
 ("p-jul20", P, "commercialize DATROWAY in July 2020", "July 2020", "date", 2020, 2020, "year", N, "about section: collaboration date"),

 # ---- DT03 abstract (2025-09-15)
 ("a-pub", A, "Published online 15 September 2025", "15 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-6mgkg", A, "given at 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("a-q3w", A, "intravenously every 3 weeks", "3 weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("a-jan24", A, "Administration in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "us breast approval date (PLANTED: year off by one)"),
 ("a-jun25", A, "accelerated approval in June 2025", "June 2025", "date", 2025, 2025, "year", Y, "us lung approval date"),
 ("a-cut", A, "cut-off 17 July 2023", "17 July 2023", "date", 2023, 2023, "year", N, "data cut-off"),
 ("a-732", A, "N = 732", "732", "count", 732, 732, "patients", Y, "breast01 randomized"),
 ("a-365", A, "Dato-DXd n=365", "365", "count", 365, 365, "patients", Y, "breast01 dato arm"),
 ("a-367", A, "chemotherapy n=367", "367", "count", 367, 367, "patients", Y, "breast01 chemo arm"),
 ("a-604", A, "N = 604", "604", "count", 604, 604, "patients", Y, "lung01 randomized"),
 ("a-299", A, "Dato-DXd n=299", "299", "count", 299, 299, "patients", Y, "lung01 dato arm"),
 ("a-75", A, "docetaxel 75 mg/m²", "75 mg/m²", "dose", 75, 75, "mg/m2", Y, "docetaxel dose"),
 ("a-305", A, "n=305", "305", "count", 305, 305, "patients", Y, "lung01 docetaxel arm"),
 ("a-114", A, "(n=114)", "114", "count", 114, 114, "patients", Y, "egfr pooled efficacy population (label)"),
 ("a-6mgkg2", A, "treated at 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", N, "pooled analysis inclusion (repeat)"),
 ("a-b-pfs", A, "review was 6.9 versus 4.9 months", "6.9", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("a-b-pfsc", A, "6.9 versus 4.9 months", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("a-b-hr", A, "(hazard ratio [HR] 0.63", "0.63", "ratio", 0.63, 0.63, "HR", Y, "breast01 pfs hr"),
 ("a-b-hrci", A, "95% CI 0.52–0.76", "0.52–0.76", "ratio", 0.52, 0.76, "HR", Y, "ci"),
 ("a-b-p", A, "P<0.0001", "0.0001", "pvalue", 0.0001, 0.0001, "p", N, "p-value"),
 ("a-b-os084", A, "immature (HR 0.84", "0.84", "ratio", 0.84, 0.84, "HR", Y, "breast01 interim os hr (primary cut-off)"),
 ("a-b-os084ci", A, "95% CI 0.62–1.14", "0.62–1.14", "ratio", 0.62, 1.14, "HR", Y, "ci"),
 ("a-b-os", A, "median OS was 18.6 versus", "18.6", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato (final)"),
 ("a-b-osc", A, "18.6 versus 18.3 months", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo (final)"),
 ("a-b-101", A, "(HR 1.01", "1.01", "ratio", 1.01, 1.01, "HR", Y, "breast01 final os hr"),
 ("a-b-101ci", A, "95% CI 0.83–1.22", "0.83–1.22", "ratio", 0.83, 1.22, "HR", Y, "ci"),
 ("a-b-orr", A, "was 36.7% versus", "36.7%", "percent", 36.7, 36.7, "%", Y, "breast01 orr dato (final analysis)"),
 ("a-b-orrc", A, "versus 22.1%", "22.1%", "percent", 22.1, 22.1, "%", Y, "breast01 orr chemo (final analysis)"),
 ("a-b-g3", A, "occurred in 20.8% versus", "20.8%", "percent", 20.8, 20.8, "%", Y, "breast01 grade>=3 traes dato (primary)"),
 ("a-b-g3c", A, "versus 44.7% at the primary", "44.7%", "percent", 44.7, 44.7, "%", Y, "breast01 grade>=3 traes chemo (primary)"),
 ("a-b-diff", A, "(difference −23.9 percentage points)", "−23.9 percentage points", "percent", -23.9, -23.9, "pp", Y, "breast01 grade>=3 trae difference"),
 ("a-b-naus", A, "nausea (51.1%)", "51.1%", "percent", 51.1, 51.1, "%", Y, "breast01 nausea trae"),
 ("a-b-stom", A, "stomatitis (50.0%", "50.0%", "percent", 50.0, 50.0, "%", Y, "breast01 stomatitis trae any grade"),
 ("a-b-stom3", A, "grade ≥3, 6.4%", "6.4%", "percent", 6.4, 6.4, "%", Y, "breast01 stomatitis grade>=3"),
 ("a-b-ild", A, "ILD occurred in 3% of Dato-DXd-treated", "3%", "percent", 3, 3, "%", Y, "breast01 adjudicated drug-related ild"),
 ("a-l-pfs", A, "Median PFS was 4.4 versus", "4.4", "duration", 4.4, 4.4, "months", Y, "lung01 median pfs dato"),
 ("a-l-pfsc", A, "4.4 versus 3.7 months", "3.7 months", "duration", 3.7, 3.7, "months", Y, "lung01 median pfs docetaxel"),
 ("a-l-hr", A, "(HR 0.75", "0.75", "ratio", 0.75, 0.75, "HR", Y, "lung01 pfs hr"),
 ("a-l-hrci", A, "95% CI 0.62–0.91", "0.62–0.91", "ratio", 0.62, 0.91, "HR", Y, "ci"),
 ("a-l-p", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-l-os", A, "median OS 12.9 versus", "12.9", "duration", 12.9, 12.9, "months", Y, "lung01 median os dato (overall)"),
 ("a-l-osc", A, "12.9 versus 11.8 months", "11.8 months", "duration", 11.8, 11.8, "months", Y, "lung01 median os docetaxel (overall)"),
 ("a-l-oshr", A, "(HR 0.94", "0.94", "ratio", 0.94, 0.94, "HR", Y, "lung01 os hr"),
 ("a-l-oshrci", A, "95% CI 0.78–1.14", "0.78–1.14", "ratio", 0.78, 1.14, "HR", Y, "ci"),
 ("a-l-osp", A, "P=0.530", "0.530", "pvalue", 0.53, 0.53, "p", N, "p-value"),
 ("a-ns-pfs", A, "median PFS was 5.5 versus", "5.5", "duration", 5.5, 5.5, "months", Y, "lung01 nonsquamous median pfs dato"),
 ("a-ns-pfsc", A, "5.5 versus 3.6 months", "3.6 months", "duration", 3.6, 3.6, "months", Y, "lung01 nonsquamous median pfs docetaxel"),
 ("a-ns-hr", A, "(HR 0.63, 95% CI 0.51", "0.63", "ratio", 0.63, 0.63, "HR", Y, "lung01 nonsquamous pfs hr"),
 ("a-ns-hrci", A, "0.51–0.79", "0.51–0.79", "ratio", 0.51, 0.79, "HR", Y, "ci"),
 ("a-ns-os", A, "median OS 14.6 versus", "14.6", "duration", 14.6, 14.6, "months", Y, "lung01 nonsquamous median os dato"),
 ("a-ns-osc", A, "14.6 versus 12.3 months", "12.3 months", "duration", 12.3, 12.3, "months", Y, "lung01 nonsquamous median os docetaxel"),
 ("a-ns-oshr", A, "(HR 0.84, 95% CI 0.68", "0.84", "ratio", 0.84, 0.84, "HR", Y, "lung01 nonsquamous os hr"),
 ("a-ns-oshrci", A, "0.68–1.05", "0.68–1.05", "ratio", 0.68, 1.05, "HR", Y, "ci"),
 ("a-sq-hr", A, "(PFS HR 1.41)", "1.41", "ratio", 1.41, 1.41, "HR", Y, "lung01 squamous pfs hr"),
 ("a-l-g3", A, "occurred in 25.6% versus", "25.6%", "percent", 25.6, 25.6, "%", Y, "lung01 grade>=3 traes dato"),
 ("a-l-g3c", A, "versus 42.1%", "42.1%", "percent", 42.1, 42.1, "%", Y, "lung01 grade>=3 traes docetaxel"),
 ("a-l-diff", A, "(difference −16.5 percentage points)", "−16.5 percentage points", "percent", -16.5, -16.5, "pp", Y, "lung01 grade>=3 trae difference"),
 ("a-l-ild", A, "ILD occurred in 8.8% versus", "8.8%", "percent", 8.8, 8.8, "%", Y, "lung01 adjudicated drug-related ild dato"),
 ("a-l-ildc", A, "8.8% versus 4.1%", "4.1%", "percent", 4.1, 4.1, "%", Y, "lung01 adjudicated drug-related ild docetaxel"),
 ("a-l-g5", A, "including 7 grade 5 events", "7", "count", 7, 7, "events", Y, "lung01 grade 5 adjudicated ild events, dato"),
 ("a-e-orr", A, "objective response rate was 45%", "45%", "percent", 45, 45, "%", Y, "egfr pooled confirmed orr"),
 ("a-e-orrci", A, "(95% CI 35–54)", "35–54", "percent", 35, 54, "%", Y, "ci"),
 ("a-e-dor", A, "duration of response of 6.5 months", "6.5 months", "duration", 6.5, 6.5, "months", Y, "egfr pooled median dor"),
 ("a-e-dorci", A, "(95% CI 4.2–8.4)", "4.2–8.4", "duration", 4.2, 8.4, "months", Y, "ci"),
 ("a-e-125", A, "assessed in 125 patients", "125", "count", 125, 125, "patients", Y, "egfr safety population"),
 ("a-p-927", A, "Among 927 patients", "927", "count", 927, 927, "patients", Y, "pooled ild analysis population"),
 ("a-p-484", A, "(n=484)", "484", "count", 484, 484, "patients", Y, "pooled nsclc patients"),
 ("a-p-443", A, "(n=443)", "443", "count", 443, 443, "patients", Y, "pooled breast patients"),
 ("a-p-5", A, "ILD occurred in 5% (43", "5%", "percent", 5, 5, "%", Y, "pooled adjudicated ild rate"),
 ("a-p-43", A, "(43 patients)", "43", "count", 43, 43, "patients", Y, "pooled ild patients"),
 ("a-halved", A, "roughly halved the rate", "halved", "ratio", 0.5, 0.5, "x", N, "summary"),

 # ---- DT04 explainer (2025-07-15)
 ("e-upd", E, "Updated July 15, 2025", "July 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-lastjune", E, "since last June, for some", "last June", "date", 2024, 2024, "year", Y, "us lung approval date (PLANTED: resolves to 2024)"),
 ("e-jan25", E, "approved Datroway in January 2025", "January 2025", "date", 2025, 2025, "year", Y, "us breast approval date"),
 ("e-12", E, "and one or two rounds", "one or two", "count", 1, 2, "lines", Y, "prior chemo lines"),
 ("e-q3w", E, "into a vein once every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("e-6mgkg", E, "based on weight: 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("e-540", E, "maximum of 540 mg", "540 mg", "dose", 540, 540, "mg", Y, "maximum dose"),
 ("e-90kg", E, "who weigh 90 kg", "90 kg", "weight", 90, 90, "kg", N, "weight threshold"),
 ("e-198", E, "(about 198 pounds)", "198 pounds", "weight", 198, 198, "lb", N, "unit conversion"),
 ("e-90min", E, "takes about 90 minutes", "90 minutes", "duration", 90, 90, "minutes", Y, "first infusion time"),
 ("e-30min", E, "over about 30 minutes", "30 minutes", "duration", 30, 30, "minutes", Y, "later infusion time"),
 ("e-711", E, "enrolled 711 people", "711", "count", 711, 711, "patients", Y, "breast01 enrolled (PLANTED: safety population as randomized)"),
 ("e-half", E, "Half received Datroway", "Half", "percent", 50, 50, "%", N, "randomization split"),
 ("e-half2", E, "and half received a standard", "half", "percent", 50, 50, "%", N, "randomization split"),
 ("e-69", E, "a median of 6.9 months before", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("e-49", E, "compared with 4.9 months on chemotherapy", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("e-36", E, "About 36% saw", "36%", "percent", 36, 36, "%", Y, "breast01 orr dato"),
 ("e-23", E, "versus 23% with chemotherapy", "23%", "percent", 23, 23, "%", Y, "breast01 orr chemo"),
 ("e-185", E, "about 18 and a half months in both", "18 and a half months", "duration", 18.5, 18.5, "months", Y, "breast01 median os both arms (approx.)"),
 ("e-114", E, "In 114 people", "114", "count", 114, 114, "patients", Y, "egfr pooled efficacy population"),
 ("e-2studies", E, "pooled from two studies", "two", "count", 2, 2, "studies", N, "pooled from studies"),
 ("e-45", E, "two studies, 45% had", "45%", "percent", 45, 45, "%", Y, "egfr pooled orr"),
 ("e-65", E, "lasted a median of 6.5 months", "6.5 months", "duration", 6.5, 6.5, "months", Y, "egfr pooled median dor"),
 ("e-59", E, "reported in 59% of people", "59%", "percent", 59, 59, "%", Y, "breast01 stomatitis any grade (label adverse reactions)"),
 ("e-7", E, "in only 7%", "7%", "percent", 7, 7, "%", Y, "breast01 stomatitis grade 3-4 (label)"),
 ("e-56", E, "Nausea (56%)", "56%", "percent", 56, 56, "%", Y, "breast01 nausea (label)"),
 ("e-44", E, "tiredness (44%)", "44%", "percent", 44, 44, "%", Y, "breast01 fatigue (label)"),
 ("e-38", E, "hair loss (38%)", "38%", "percent", 38, 38, "%", Y, "breast01 alopecia (label)"),
 ("e-27", E, "dry eye affected 27%", "27%", "percent", 27, 27, "%", Y, "breast01 dry eye (label)"),
 ("e-24", E, "(keratitis) 24%", "24%", "percent", 24, 24, "%", Y, "breast01 keratitis (label)"),
 ("e-ild3", E, "occurred in about 3% of patients", "3%", "percent", 3, 3, "%", Y, "breast01 ild rate"),
 ("e-four", E, "trial, four patients died", "four", "count", 4, 4, "events", Y, "lung01 grade 5 ild deaths (PLANTED: 7 real)"),
 ("e-4900", E, "about $4,900 for each", "$4,900", "money", 4900, 4900, "USD", Y, "list price per vial (rounded)"),
 ("e-100mg", E, "each 100 mg vial", "100 mg", "dose", 100, 100, "mg", N, "vial size"),
 ("e-70kg", E, "weighing 70 kg", "70 kg", "weight", 70, 70, "kg", N, "example weight"),
 ("e-154", E, "(154 pounds)", "154 pounds", "weight", 154, 154, "lb", N, "unit conversion"),
 ("e-420", E, "needs 420 mg per dose", "420 mg", "dose", 420, 420, "mg", N, "example dose"),
 ("e-5vials", E, "or five vials", "five", "count", 5, 5, "vials", N, "example vial count"),
 ("e-24500", E, "roughly $24,500 per infusion", "$24,500", "money", 24500, 24500, "USD", Y, "list cost per infusion, 70 kg"),
 ("e-2020", E, "partnership signed in 2020", "2020", "date", 2020, 2020, "year", Y, "az-daiichi collaboration date"),
 ("e-dec24", E, "approve it, in December 2024", "December 2024", "date", 2024, 2024, "year", Y, "japan breast approval date"),
 ("e-7mo", E, "for 7 months after", "7 months", "duration", 7, 7, "months", Y, "contraception after last dose"),

 # ---- DT05 blog (2025-10-27)
 ("b-title", B, "Datroway, ten months in", "ten months", "duration", 10, 10, "months", N, "headline (time since approval)"),
 ("b-date", B, "October 27, 2025", "October 27, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-cap100", B, "comes as a 100 mg lyophilized", "100 mg", "dose", 100, 100, "mg", N, "caption: vial size"),
 ("b-winter", B, "formulary last winter", "last winter", "date", 2024, 2025, "year", N, "formulary arrival (vague)"),
 ("b-3q", B, "the same three questions", "three", "count", 3, 3, "questions", N, "aside"),
 ("b-year", B, "almost a year old", "a year", "duration", 1, 1, "years", N, "label age (vague)"),
 ("b-thismonth", B, "data out of ESMO this month", "this month", "date", 2025, 2025, "year", N, "esmo 2025 timing"),
 ("b-12", B, "and one or two lines of chemo", "one or two", "count", 1, 2, "lines", Y, "breast01 prior chemo lines"),
 ("b-63", B, "progression or death by 63%", "63%", "percent", 63, 63, "%", Y, "breast01 pfs risk reduction (PLANTED: hr read as reduction)"),
 ("b-69", B, "was 6.9 months against", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("b-49", B, "against 4.9 months.", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("b-186", B, "dead heat — 18.6 versus", "18.6", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato (final)"),
 ("b-183", B, "18.6 versus 18.3 months", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo (final)"),
 ("b-54", B, "weight-based: 5.4 mg/kg", "5.4 mg/kg", "dose", 5.4, 5.4, "mg/kg", Y, "recommended dose (PLANTED: enhertu dose)"),
 ("b-q3w", B, "5.4 mg/kg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("b-lastyr", B, "ESMO Breast last year", "last year", "date", 2024, 2024, "year", N, "esmo breast 2024 presentation"),
 ("b-711", B, "covering the 711 patients", "711", "count", 711, 711, "patients", Y, "breast01 safety population (treated)"),
 ("b-56", B, "occurred in 56% of Datroway", "56%", "percent", 56, 56, "%", Y, "breast01 stomatitis/oral mucositis aesi any grade"),
 ("b-25", B, "grade 1 in 25%", "25%", "percent", 25, 25, "%", Y, "breast01 stomatitis grade 1"),
 ("b-2nd", B, "by the second cycle", "second", "count", 2, 2, "cycle", N, "median onset cycle"),
 ("b-june", B, "Datroway's June approval", "June", "date", 2025, 2025, "year", Y, "us lung approval date"),
 ("b-137", B, "based on 137 patients", "137", "count", 137, 137, "patients", Y, "egfr pooled population (PLANTED: lung05 total)"),
 ("b-45", B, "45% of whom responded", "45%", "percent", 45, 45, "%", Y, "egfr pooled orr"),
 ("b-590", B, "after the 590-patient", "590", "count", 590, 590, "patients", Y, "lung01 size (real misreport, qualified)"),
 ("b-price", B, "list price is $4,891.07", "$4,891.07", "money", 4891.07, 4891.07, "USD", Y, "list price per vial"),
 ("b-100mg", B, "per 100 mg vial. For", "100 mg", "dose", 100, 100, "mg", N, "vial size"),
 ("b-70kg", B, "my 70-kg patients", "70-kg", "weight", 70, 70, "kg", N, "example weight"),
 ("b-5vials", B, "needs five vials", "five", "count", 5, 5, "vials", N, "example vial count"),
 ("b-24455", B, "costs about $24,455", "$24,455", "money", 24455, 24455, "USD", Y, "list cost per infusion, 70 kg"),
 ("b-500m", B, "about $500 million a year", "$500 million", "money", 500000000, 500000000, "USD", Y, "analyst peak sales estimate (breast)"),
 ("b-644", B, "which enrolled 644 patients", "644", "count", 644, 644, "patients", Y, "breast02 enrolled"),
 ("b-237", B, "survival to 23.7 months", "23.7 months", "duration", 23.7, 23.7, "months", Y, "breast02 median os dato"),
 ("b-187", B, "versus 18.7 months with chemotherapy", "18.7 months", "duration", 18.7, 18.7, "months", Y, "breast02 median os chemo"),
 ("b-079", B, "(hazard ratio 0.79)", "0.79", "ratio", 0.79, 0.79, "HR", Y, "breast02 os hr"),
 ("b-108", B, "median PFS to 10.8 versus", "10.8", "duration", 10.8, 10.8, "months", Y, "breast02 median pfs dato"),
 ("b-56mo", B, "10.8 versus 5.6 months", "5.6 months", "duration", 5.6, 5.6, "months", Y, "breast02 median pfs chemo"),
 ("b-43", B, "a 43% reduction", "43%", "percent", 43, 43, "%", Y, "breast02 pfs risk reduction"),
 ("b-70", B, "Roughly 70% of people", "70%", "percent", 70, 70, "%", Y, "metastatic tnbc not io candidates"),
 ("b-feb23", B, "since February 2023", "February 2023", "date", 2023, 2023, "year", Y, "trodelvy hr+/her2- approval (rival)"),

 # ---- DT06 trade (2025-02-03), hard-wrapped
 ("l-date", L, "Formulary Watch | February 3, 2025", "February 3, 2025", "date", 2025, 2025, "year", N, "issue date"),
 ("l-jan17", L, "approved on Jan. 17 for", "Jan. 17", "date", 2025, 2025, "year", Y, "us breast approval date"),
 ("l-2wk", L, "distributors in about two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "us availability after approval"),
 ("l-thisweek", L, "could ship this week", "this week", "date", 2025, 2025, "year", N, "first shipments (relative)"),
 ("l-thu", L, "Last Thursday the European", "Last Thursday", "date", 2025, 2025, "year", Y, "chmp positive opinion date"),
 ("l-1line", L, "at least one line of chemotherapy", "one", "count", 1, 1, "lines", N, "eu indication prior lines"),
 ("l-2mo", L, "within about two months", "two months", "duration", 2, 2, "months", N, "typical ec decision lag"),
 ("l-japan", L, "Japan approved the drug last month", "last month", "date", 2025, 2025, "year", Y, "japan breast approval date (PLANTED: resolves to jan 2025)"),
 ("l-732", L, "TROPION-Breast01, in which 732 patients", "732", "count", 732, 732, "patients", Y, "breast01 randomized"),
 ("l-69", L, "survival was 6.9 months versus", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("l-49", L, "6.9 months versus 4.9 months", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("l-37", L, "4.9 months, a 37%", "37%", "percent", 37, 37, "%", Y, "breast01 pfs risk reduction"),
 ("l-084", L, "hazard ratio of 0.84", "0.84", "ratio", 0.84, 0.84, "HR", Y, "breast01 os hr (PLANTED: interim reported as the os result)"),
 ("l-186", L, "median survival of 18.6 months", "18.6 months", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato"),
 ("l-183", L, "versus 18.3 months.", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo"),
 ("l-36", L, "at 36% versus 23%", "36%", "percent", 36, 36, "%", Y, "breast01 orr dato"),
 ("l-23", L, "36% versus 23%", "23%", "percent", 23, 23, "%", Y, "breast01 orr chemo"),
 ("l-21", L, "in about 21% of", "21%", "percent", 21, 21, "%", Y, "breast01 grade>=3 traes dato"),
 ("l-45", L, "versus 45% on chemotherapy", "45%", "percent", 45, 45, "%", Y, "breast01 grade>=3 traes chemo"),
 ("l-65", L, "reported in 6.5% of Japanese", "6.5%", "percent", 6.5, 6.5, "%", Y, "ild among japanese patients"),
 ("l-6mgkg", L, "Dosing is 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("l-q3w", L, "6 mg/kg every three weeks", "three weeks", "duration", 3, 3, "weeks", Y, "dosing interval"),
 ("l-450", L, "capped at 450 mg", "450 mg", "dose", 450, 450, "mg", Y, "maximum dose (PLANTED: transposed 540)"),
 ("l-90kg", L, "patients weighing 90 kg", "90 kg", "weight", 90, 90, "kg", N, "weight threshold"),
 ("l-single", L, "supplied as a single", "single", "count", 1, 1, "vial sizes", N, "one vial presentation"),
 ("l-100mg", L, "single 100 mg vial", "100 mg", "dose", 100, 100, "mg", N, "vial size"),
 ("l-price", L, "list price at $4,891.07", "$4,891.07", "money", 4891.07, 4891.07, "USD", Y, "list price per vial"),
 ("l-540m", L, "about $540 million", "$540 million", "money", 540000000, 540000000, "USD", Y, "leerink peak revenue estimate"),
 ("l-82", L, "closed 8.2% higher", "8.2%", "percent", 8.2, 8.2, "%", Y, "daiichi share move jan 20"),
 ("l-jan20", L, "in Tokyo on Jan. 20", "Jan. 20", "date", 2025, 2025, "year", N, "trading day"),
 ("l-02", L, "AstraZeneca rose 0.2%", "0.2%", "percent", 0.2, 0.2, "%", Y, "az share move"),
 ("l-jul20", L, "licensed the drug in July 2020", "July 2020", "date", 2020, 2020, "year", Y, "az-daiichi collaboration date"),
 ("l-1b", L, "$1 billion upfront", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "upfront payment"),
 ("l-6b", L, "worth up to $6 billion", "$6 billion", "money", 6000000000, 6000000000, "USD", Y, "total deal value"),
 ("l-8th", L, "It is the eighth of 20", "eighth", "count", 8, 8, "medicines", Y, "ordinal of az new medicines"),
 ("l-20", L, "the eighth of 20 new", "20", "count", 20, 20, "medicines", Y, "az new-medicine goal"),
 ("l-2030", L, "to launch by 2030", "2030", "date", 2030, 2030, "year", Y, "az goal year"),
 ("l-nov", L, "In November the partners", "November", "date", 2024, 2024, "year", Y, "us nonsquamous bla withdrawal"),
 ("l-dec20", L, "carried a Dec. 20 target", "Dec. 20", "date", 2024, 2024, "year", Y, "original nonsquamous pdufa date"),
 ("l-dec", L, "In December they also withdrew", "December", "date", 2024, 2024, "year", Y, "eu lung application withdrawal"),
 ("l-accept", L, "filing last month under priority", "last month", "date", 2025, 2025, "year", Y, "egfr bla acceptance"),
 ("l-q3", L, "expected in the third quarter", "third quarter", "date", 2025, 2025, "year", Y, "expected egfr decision"),
 ("l-117", L, "pooled analysis of 117 patients", "117", "count", 117, 117, "patients", Y, "esmo asia pooled egfr population"),
 ("l-esmoasia", L, "ESMO Asia in December", "December", "date", 2024, 2024, "year", N, "presentation date"),
 ("l-427", L, "response rate of 42.7%", "42.7%", "percent", 42.7, 42.7, "%", Y, "esmo asia pooled egfr orr"),
 ("l-70", L, "duration of response of 7.0 months", "7.0 months", "duration", 7.0, 7.0, "months", Y, "esmo asia pooled egfr median dor"),
 ("l-600", L, "at a 600-bed", "600", "count", 600, 600, "beds", N, "aside"),

 # ---- DT07 fact-check (2025-08-12)
 ("f-h28k", F, "Datroway cost $28,000 a month without", "$28,000", "money", 28000, 28000, "USD", N, "headline (post claim)"),
 ("f-date", F, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-c28k", F, "\"a $28,000-a-month", "$28,000", "money", 28000, 28000, "USD", N, "post claim (attributed)"),
 ("f-cday", F, "add a single day", "a single day", "duration", 1, 1, "days", N, "post claim (attributed)"),
 ("f-ctwice", F, "\"waved it through twice in six months", "twice", "count", 2, 2, "approvals", N, "post claim (attributed)"),
 ("f-c6mo", F, "it through twice in six months", "six months", "duration", 6, 6, "months", N, "post claim (attributed)"),
 ("f-price", F, "list price is $4,891.07", "$4,891.07", "money", 4891.07, 4891.07, "USD", Y, "list price per vial"),
 ("f-100mg", F, "per 100 mg vial, according", "100 mg", "dose", 100, 100, "mg", N, "vial size"),
 ("f-6mgkg", F, "the dose is 6 mg/kg", "6 mg/kg", "dose", 6, 6, "mg/kg", Y, "recommended dose"),
 ("f-month", F, "around $28,259.52", "$28,259.52", "money", 28259.52, 28259.52, "USD", Y, "monthly list price"),
 ("f-28kq", F, "the post's \"$28,000 a month\"", "$28,000", "money", 28000, 28000, "USD", N, "post claim repeat"),
 ("f-jan17", F, "approved Datroway on Jan. 17, 2025", "Jan. 17, 2025", "date", 2025, 2025, "year", Y, "us breast approval date"),
 ("f-732", F, "a trial of 732 patients", "732", "count", 732, 732, "patients", Y, "breast01 randomized"),
 ("f-69", F, "survival was 6.9 months versus", "6.9 months", "duration", 6.9, 6.9, "months", Y, "breast01 median pfs dato"),
 ("f-49", F, "versus 4.9 months with chemotherapy, a", "4.9 months", "duration", 4.9, 4.9, "months", Y, "breast01 median pfs chemo"),
 ("f-37", F, "a 37% reduction in risk", "37%", "percent", 37, 37, "%", Y, "breast01 pfs risk reduction"),
 ("f-186", F, "survival was 18.6 months with Datroway", "18.6 months", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato (final)"),
 ("f-183", F, "and 18.3 months with chemotherapy, a", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo (final)"),
 ("f-101", F, "hazard ratio of 1.01", "1.01", "ratio", 1.01, 1.01, "HR", Y, "breast01 final os hr"),
 ("f-jun23", F, "On June 23, 2025", "June 23, 2025", "date", 2025, 2025, "year", Y, "us lung approval date"),
 ("f-45", F, "rates: 45% of 114", "45%", "percent", 45, 45, "%", Y, "egfr pooled orr"),
 ("f-114", F, "45% of 114 patients", "114", "count", 114, 114, "patients", Y, "egfr pooled efficacy population"),
 ("f-7mo", F, "lasted a median of seven months", "seven months", "duration", 7, 7, "months", Y, "egfr pooled median dor (PLANTED: esmo asia/lung05 figure)"),
 ("f-146", F, "survival was 14.6 months with Datroway", "14.6 months", "duration", 14.6, 14.6, "months", Y, "lung01 median os dato, whole trial (PLANTED: nonsquamous subgroup)"),
 ("f-123", F, "and 12.3 months with docetaxel", "12.3 months", "duration", 12.3, 12.3, "months", Y, "lung01 median os docetaxel, whole trial (PLANTED: nonsquamous subgroup)"),
 ("f-rtwice", F, "So the \"twice in six months\"", "twice", "count", 2, 2, "approvals", N, "post claim repeat"),
 ("f-r6mo", F, "\"twice in six months\" part", "six months", "duration", 6, 6, "months", N, "post claim repeat"),
 ("f-2appr", F, "accurate: the two approvals", "two", "count", 2, 2, "approvals", N, "approvals count"),
 ("f-5mo", F, "about five months apart", "five months", "duration", 5, 5, "months", Y, "gap between approvals"),
 ("f-222", F, "occurred in 22.2% of Datroway", "22.2%", "percent", 22.2, 22.2, "%", Y, "breast01 grade>=3 traes dato (final)"),
 ("f-456", F, "versus 45.6% of chemotherapy", "45.6%", "percent", 45.6, 45.6, "%", Y, "breast01 grade>=3 traes chemo (final)"),
 ("f-ild3", F, "occurred in about 3% of breast", "3%", "percent", 3, 3, "%", Y, "breast01 ild rate"),
 ("f-seven", F, "there were seven deaths", "seven", "count", 7, 7, "events", Y, "lung01 grade 5 ild deaths"),
 ("f-r186", F, "(18.6 vs. 18.3 months)", "18.6", "duration", 18.6, 18.6, "months", Y, "breast01 median os dato (ruling repeat)"),
 ("f-r183", F, "18.6 vs. 18.3 months", "18.3 months", "duration", 18.3, 18.3, "months", Y, "breast01 median os chemo (ruling repeat)"),
 ("f-2mo", F, "by a median of two months", "two months", "duration", 2, 2, "months", Y, "breast01 pfs gain"),
 ("f-halfas", F, "roughly half as many", "half", "ratio", 0.5, 0.5, "x", Y, "severe ae ratio dato vs chemo"),
]

S, Q = "strict", "qualified"
X = [
 # S1 US breast approval year: DT03 "January 2024" vs 2025
 ("a-jan24", "w-jan", S), ("a-jan24", "p-dl", S), ("a-jan24", "e-jan25", S), ("a-jan24", "l-jan17", S), ("a-jan24", "f-jan17", S),
 # S2 Japan approval: DT06 "last month" (Jan 2025) vs December 2024
 ("l-japan", "w-dec", S), ("l-japan", "p-japan", S), ("l-japan", "e-dec24", S),
 # S3 Breast01 PFS risk reduction 63% vs 37%
 ("b-63", "p-37", S), ("b-63", "l-37", S), ("b-63", "f-37", S),
 # S4 Breast01 randomized 711 vs 732
 ("e-711", "p-732", S), ("e-711", "a-732", S), ("e-711", "l-732", S), ("e-711", "f-732", S),
 # S5 Breast01 OS HR: 0.84 (interim, reported as the result) vs final 1.01
 ("l-084", "p-101", S), ("l-084", "a-b-101", S), ("l-084", "f-101", S),
 # S6 Breast01 median OS by arm, swapped in DT01
 ("w-183", "p-186", S), ("w-183", "a-b-os", S), ("w-183", "b-186", S), ("w-183", "l-186", S), ("w-183", "f-186", S), ("w-183", "f-r186", S),
 ("w-186", "p-183", S), ("w-186", "a-b-osc", S), ("w-186", "b-183", S), ("w-186", "l-183", S), ("w-186", "f-183", S), ("w-186", "f-r183", S),
 # S7 dose 5.4 vs 6 mg/kg
 ("b-54", "w-6mgkg", S), ("b-54", "p-6mgkg", S), ("b-54", "a-6mgkg", S), ("b-54", "e-6mgkg", S), ("b-54", "l-6mgkg", S), ("b-54", "f-6mgkg", S),
 # S8 maximum dose 450 vs 540 mg (transposition 1 of max 2)
 ("l-450", "p-540", S), ("l-450", "e-540", S),
 # S9 upfront payment $1.35bn vs $1bn
 ("w-135b", "l-1b", S),
 # S10 EGFR approval population 137 vs 114
 ("b-137", "w-114", S), ("b-137", "a-114", S), ("b-137", "e-114", S), ("b-137", "f-114", S),
 # S11 EGFR pooled median DOR (label) seven vs 6.5 months
 ("f-7mo", "w-65", S), ("f-7mo", "a-e-dor", S), ("f-7mo", "e-65", S),
 # S12 Lung01 median OS whole trial: 14.6/12.3 (subgroup) vs 12.9/11.8
 ("f-146", "w-129", S), ("f-146", "a-l-os", S), ("f-123", "w-118", S), ("f-123", "a-l-osc", S),
 # S13 Breast01 ILD 8.8% vs 3%
 ("w-88", "a-b-ild", S), ("w-88", "e-ild3", S), ("w-88", "f-ild3", S),
 # S14 Lung01 grade 5 ILD deaths four vs seven
 ("e-four", "a-l-g5", S), ("e-four", "f-seven", S),
 # S15 US lung approval year: DT04 "last June" (2024) vs 2025
 ("e-lastjune", "w-mon", S), ("e-lastjune", "a-jun25", S), ("e-lastjune", "b-june", S), ("e-lastjune", "f-jun23", S),
 # S16 US availability: three weeks vs two weeks
 ("p-3wk", "l-2wk", S),

 # Qualified
 # Q1 Breast01 ORR: final analysis 36.7%/22.1% vs label 36%/23%
 ("a-b-orr", "p-36", Q), ("a-b-orr", "e-36", Q), ("a-b-orr", "l-36", Q),
 ("a-b-orrc", "p-23", Q), ("a-b-orrc", "e-23", Q), ("a-b-orrc", "l-23", Q),
 # Q2 Breast01 grade>=3 TRAEs: final 22.2/45.6 vs primary 20.8/44.7 and rounded 21/45
 ("f-222", "a-b-g3", Q), ("f-222", "p-21", Q), ("f-222", "l-21", Q),
 ("f-456", "a-b-g3c", Q), ("f-456", "p-45", Q), ("f-456", "l-45", Q),
 # Q3 EGFR pooled: ESMO Asia (117, 42.7%, 7.0 mo) vs label (114, 45%, 6.5 mo)
 ("l-117", "w-114", Q), ("l-117", "a-114", Q), ("l-117", "e-114", Q), ("l-117", "f-114", Q), ("l-117", "b-137", Q),
 ("l-427", "w-45", Q), ("l-427", "a-e-orr", Q), ("l-427", "e-45", Q), ("l-427", "b-45", Q), ("l-427", "f-45", Q),
 ("l-70", "w-65", Q), ("l-70", "a-e-dor", Q), ("l-70", "e-65", Q),
 # Q4 Lung01 size 590 (real misreport in coverage) vs 604
 ("b-590", "w-604", Q), ("b-590", "a-604", Q),
 # Q5 analyst peak sales ~$500m vs Leerink $540m
 ("b-500m", "l-540m", Q),
 # Q6 stomatitis: TRAE 50.0% vs label AR 59% vs AESI 56%; grade>=3 6.4% vs grade 3-4 7%
 ("a-b-stom", "e-59", Q), ("a-b-stom", "b-56", Q), ("e-59", "b-56", Q), ("a-b-stom3", "e-7", Q),
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
        rows.append({"type": "claim", "id": f"dt-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
    reqof = {r["id"]: r["required"] for r in rows}
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"dt-{a}", f"dt-{b}"
        if a not in docof or b not in docof:
            print("UNKNOWN CONFLICT ID", a, b); ok = False; continue
        assert docof[a] != docof[b], (a, b)
        if g == "strict" and not (reqof[a] and reqof[b]):
            print("STRICT ROW ON OPTIONAL CLAIM", a, b); ok = False
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
