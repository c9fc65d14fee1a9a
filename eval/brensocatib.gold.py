#!/usr/bin/env python3
"""Build brensocatib.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "brensocatib")
OUT = os.path.join(HERE, "brensocatib.gold.jsonl")
T = "brensocatib"

W, P, A, E, B, L, F = ("BR01_wire.txt", "BR02_press.txt", "BR03_abstract.txt",
                       "BR04_explainer.txt", "BR05_blog.txt", "BR06_trade.txt", "BR07_factcheck.txt")
Y = True; N = False
R = "exacerbations/yr"

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- BR01 wire (2025-08-12, a Tuesday)
 ("w-dl", W, "N.J., Aug 12", "Aug 12", "date", 2025, 2025, "year", N, "dateline"),
 ("w-once", W, "once-daily pill", "once-daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("w-tue", W, "on Tuesday approved", "Tuesday", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("w-12", W, "aged 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("w-10mg", W, "tablets of 10 milligrams", "10 milligrams", "dose", 10, 10, "mg", Y, "tablet strength (low)"),
 ("w-25mg", W, "and 25 milligrams", "25 milligrams", "dose", 25, 25, "mg", Y, "tablet strength (high)"),
 ("w-88k", W, "about $88,000 a year", "$88,000", "money", 88000, 88000, "USD", Y, "list price per year"),
 ("w-6", W, "rose 6% in morning", "6%", "percent", 6, 6, "%", Y, "insmed share rise on approval day (morning)"),
 ("w-ala", W, "affects 350,000 to 500,000 adults", "350,000 to 500,000", "count", 350000, 500000, "people", Y, "us adults with ncfb (ala)"),
 ("w-1721", W, "assigned 1,721 patients", "1,721", "count", 1721, 1721, "participants", Y, "aspen randomized total"),
 ("w-1680", W, "1,680 adults", "1,680", "count", 1680, 1680, "participants", Y, "aspen adults"),
 ("w-41", W, "41 adolescents", "41", "count", 41, 41, "participants", Y, "aspen adolescents"),
 ("w-52wk", W, "placebo for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "aspen treatment period"),
 ("w-maylast", W, "results in May last year", "May last year", "date", 2024, 2024, "year", Y, "aspen topline announcement"),
 ("w-apr", W, "Medicine in April", "April", "date", 2025, 2025, "year", Y, "aspen full publication"),
 ("w-102", W, "dose had 1.02", "1.02", "rate", 1.02, 1.02, R, Y, "annualized exacerbation rate 10 mg"),
 ("w-104", W, "dose had 1.04", "1.04", "rate", 1.04, 1.04, R, Y, "annualized exacerbation rate 25 mg"),
 ("w-129", W, "compared with 1.29", "1.29", "rate", 1.29, 1.29, R, Y, "annualized exacerbation rate placebo"),
 ("w-21", W, "about 21% and", "21%", "percent", 21, 21, "%", Y, "rate reduction 10 mg"),
 ("w-19", W, "21% and 19%", "19%", "percent", 19, 19, "%", Y, "rate reduction 25 mg"),
 ("w-three", W, "three or more symptoms", "three", "count", 3, 3, "symptoms", N, "exacerbation definition"),
 ("w-24h", W, "over 24 hours", "24 hours", "duration", 24, 24, "hours", Y, "exacerbation definition window"),
 ("w-25mg2", W, "adults on 25 mg lost", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("w-38", W, "lost 38 milliliters", "38 milliliters", "volume", 38, 38, "mL", Y, "fev1 difference 25 mg vs placebo, 52 wk"),
 ("w-1s", W, "in one second than", "one second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("w-2016", W, "AstraZeneca in 2016", "2016", "date", 2016, 2016, "year", Y, "license from astrazeneca"),
 ("w-5b", W, "peak sales of $5 billion", "$5 billion", "money", 5000000000, 5000000000, "USD", Y, "insmed global peak sales estimate"),
 ("w-37b", W, "U.S. sales of $3.7 billion", "$3.7 billion", "money", 3700000000, 3700000000, "USD", Y, "td cowen us sales forecast"),
 ("w-2031", W, "by 2031", "2031", "date", 2031, 2031, "year", Y, "td cowen forecast year"),
 ("w-feb", W, "priority review in February", "February", "date", 2025, 2025, "year", Y, "priority review granted"),
 ("w-tue2", W, "setting Tuesday as", "Tuesday", "date", 2025, 2025, "year", N, "pdufa target date (repeat)"),
 ("w-2019", W, "cleared in 2019", "2019", "date", 2019, 2019, "year", Y, "arikayce approval year"),
 ("w-three2", W, "all three markets", "three", "count", 3, 3, "markets", N, "aside"),
 ("w-next", W, "markets next year", "next year", "date", 2026, 2026, "year", Y, "ex-us launches expected"),

 # ---- BR02 press (2025-08-12)
 ("p-h10", P, "(brensocatib) 10 mg and", "10 mg", "dose", 10, 10, "mg", N, "headline repeat"),
 ("p-h25", P, "25 mg Tablets", "25 mg", "dose", 25, 25, "mg", N, "headline repeat"),
 ("p-dl", P, "N.J., August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-12", P, "patients 12 years of age", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("p-once", P, "taken once daily", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-10", P, "available in 10 mg", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength (low)"),
 ("p-25", P, "and 25 mg strengths", "25 mg", "dose", 25, 25, "mg", Y, "tablet strength (high)"),
 ("p-decades", P, "waited decades", "decades", "duration", None, None, "years", N, "vague (quote)"),
 ("p-1721", P, "enrolled 1,721 patients", "1,721", "count", 1721, 1721, "participants", Y, "aspen randomized total"),
 ("p-1680", P, "including 1,680 adults", "1,680", "count", 1680, 1680, "participants", Y, "aspen adults"),
 ("p-41", P, "and 41 adolescents, at", "41", "count", 41, 41, "participants", Y, "aspen adolescents"),
 ("p-35", P, "in 35 countries", "35", "count", 35, 35, "countries", Y, "aspen countries"),
 ("p-111", P, "randomized 1:1:1", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("p-10b", P, "BRINSUPRI 10 mg, BRINSUPRI", "10 mg", "dose", 10, 10, "mg", N, "arm"),
 ("p-25b", P, "BRINSUPRI 25 mg or placebo", "25 mg", "dose", 25, 25, "mg", N, "arm"),
 ("p-once2", P, "placebo once daily for", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("p-52wk", P, "once daily for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "aspen treatment period"),
 ("p-211", P, "by 21.1% at", "21.1%", "percent", 21.1, 21.1, "%", Y, "rate reduction 10 mg"),
 ("p-10c", P, "at the 10 mg dose and", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("p-194", P, "by 19.4% at", "19.4%", "percent", 19.4, 19.4, "%", Y, "rate reduction 25 mg"),
 ("p-25c", P, "at the 25 mg dose. Both", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("p-485", P, "and 48.5% of patients", "48.5%", "percent", 48.5, 48.5, "%", Y, "exacerbation-free brensocatib (each dose)"),
 ("p-403", P, "versus 40.3% of patients", "40.3%", "percent", 40.3, 40.3, "%", Y, "exacerbation-free placebo"),
 ("p-wk52", P, "At Week 52", "Week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("p-25d", P, "BRINSUPRI 25 mg had lost", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("p-24ml", P, "had lost 24 mL", "24 mL", "volume", 24, 24, "mL", Y, "fev1 loss 25 mg, 52 wk"),
 ("p-1s", P, "volume in one second", "one second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("p-62", P, "a loss of 62 mL", "62 mL", "volume", 62, 62, "mL", Y, "fev1 loss placebo, 52 wk"),
 ("p-24wk", P, "a 24-week Phase 2", "24-week", "duration", 24, 24, "weeks", Y, "willow treatment period"),
 ("p-265", P, "study in 265 adults", "265", "count", 265, 265, "participants", Y, "willow participants"),
 ("p-jun20", P, "designation in June 2020", "June 2020", "date", 2020, 2020, "year", Y, "breakthrough therapy designation"),
 ("p-feb25", P, "Priority Review in February 2025", "February 2025", "date", 2025, 2025, "year", Y, "priority review granted"),
 ("p-2026", P, "markets in 2026", "2026", "date", 2026, 2026, "year", Y, "ex-us launches expected"),
 ("p-500k", P, "approximately 500,000 patients", "500,000", "count", 500000, 500000, "people", N, "about section: us patients (insmed)"),
 ("p-600k", P, "600,000 patients", "600,000", "count", 600000, 600000, "people", N, "about section: eu5 patients"),
 ("p-150k", P, "150,000 patients", "150,000", "count", 150000, 150000, "people", N, "about section: japan patients"),
 ("p-2016", P, "AstraZeneca in 2016", "2016", "date", 2016, 2016, "year", N, "about section: license"),
 ("p-2018", P, "in the U.S. in 2018", "2018", "date", 2018, 2018, "year", Y, "arikayce approval year"),

 # ---- BR03 abstract (2025-04-24)
 ("a-pub", A, "Published online 24 April 2025", "24 April 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t52", A, "52-Week Results", "52-Week", "duration", 52, 52, "weeks", N, "title"),
 ("a-tonce", A, "Once-Daily Brensocatib", "Once-Daily", "count", 1, 1, "doses per day", N, "title"),
 ("a-256", A, "(256 adults", "256", "count", 256, 256, "participants", Y, "willow participants"),
 ("a-24wk", A, "24 weeks of treatment", "24 weeks", "duration", 24, 24, "weeks", Y, "willow treatment period"),
 ("a-058", A, "0.58 with 10 mg", "0.58", "ratio", 0.58, 0.58, "HR", Y, "willow hr time to first exacerbation 10 mg"),
 ("a-058d", A, "0.58 with 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-062", A, "0.62 with 25 mg", "0.62", "ratio", 0.62, 0.62, "HR", Y, "willow hr time to first exacerbation 25 mg"),
 ("a-062d", A, "0.62 with 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-1yr", A, "over one year", "one year", "duration", 1, 1, "years", N, "aim"),
 ("a-1885", A, "aged 18 to 85 years", "18 to 85 years", "age", 18, 85, "years", Y, "adult eligibility ages"),
 ("a-2ex", A, "at least 2 exacerbations", "2", "count", 2, 2, "exacerbations", Y, "adult entry: prior-year exacerbations"),
 ("a-12mo", A, "previous 12 months", "12 months", "duration", 12, 12, "months", N, "lookback"),
 ("a-1217", A, "aged 12 to 17 years", "12 to 17 years", "age", 12, 17, "years", N, "definitional"),
 ("a-1ex", A, "with at least 1, were", "1", "count", 1, 1, "exacerbations", Y, "adolescent entry: prior-year exacerbations"),
 ("a-111", A, "1:1:1 ratio", "1:1:1", "ratio", 1, 1, "ratio", N, "allocation ratio"),
 ("a-10m", A, "brensocatib 10 mg, brensocatib", "10 mg", "dose", 10, 10, "mg", Y, "study dose (low)"),
 ("a-25m", A, "brensocatib 25 mg or placebo", "25 mg", "dose", 25, 25, "mg", Y, "study dose (high)"),
 ("a-once", A, "placebo once daily for 52", "once daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("a-52wk", A, "once daily for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "aspen treatment period"),
 ("a-three", A, "three or more major", "three", "count", 3, 3, "symptoms", N, "exacerbation definition"),
 ("a-48h", A, "over 48 hours", "48 hours", "duration", 48, 48, "hours", Y, "exacerbation definition window"),
 ("a-wk52", A, "exacerbations at week 52", "week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-1s", A, "volume in 1 second", "1 second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("a-N", A, "N = 1,721", "1,721", "count", 1721, 1721, "participants", Y, "aspen randomized total"),
 ("a-1680", A, "(1,680 adults", "1,680", "count", 1680, 1680, "participants", Y, "aspen adults"),
 ("a-41", A, "and 41 adolescents)", "41", "count", 41, 41, "participants", Y, "aspen adolescents"),
 ("a-35", A, "in 35 countries", "35", "count", 35, 35, "countries", Y, "aspen countries"),
 ("a-period", A, "December 2020 and March 2023", "December 2020 and March 2023", "date", 2020, 2023, "year", N, "randomization period"),
 ("a-1682", A, "(n=1,682)", "1,682", "count", 1682, 1682, "participants", Y, "adults in baseline report"),
 ("a-613", A, "mean age was 61.3 years", "61.3 years", "age", 61.3, 61.3, "years", Y, "mean age (adults)"),
 ("a-647", A, "64.7% of patients", "64.7%", "percent", 64.7, 64.7, "%", Y, "share women"),
 ("a-357", A, "35.7% had", "35.7%", "percent", 35.7, 35.7, "%", Y, "share p. aeruginosa positive"),
 ("a-293", A, "29.3% had had", "29.3%", "percent", 29.3, 29.3, "%", Y, "share with >=3 prior exacerbations"),
 ("a-three2", A, "had had three or more", "three", "count", 3, 3, "exacerbations", N, "definitional"),
 ("a-102", A, "was 1.02 with 10 mg", "1.02", "rate", 1.02, 1.02, R, Y, "annualized exacerbation rate 10 mg"),
 ("a-102d", A, "1.02 with 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-104", A, "1.04 with 25 mg", "1.04", "rate", 1.04, 1.04, R, Y, "annualized exacerbation rate 25 mg"),
 ("a-104d", A, "1.04 with 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-129", A, "1.29 with placebo", "1.29", "rate", 1.29, 1.29, R, Y, "annualized exacerbation rate placebo"),
 ("a-079", A, "was 0.79 (95% CI", "0.79", "ratio", 0.79, 0.79, "RR", Y, "rate ratio 10 mg"),
 ("a-079ci", A, "0.68 to 0.92", "0.68 to 0.92", "ratio", 0.68, 0.92, "RR", Y, "ci"),
 ("a-p004", A, "P=0.004", "0.004", "pvalue", 0.004, 0.004, "p", N, "p-value"),
 ("a-079d", A, "P=0.004) for 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-081", A, "and 0.81 (95% CI", "0.81", "ratio", 0.81, 0.81, "RR", Y, "rate ratio 25 mg"),
 ("a-081ci", A, "0.69 to 0.94", "0.69 to 0.94", "ratio", 0.69, 0.94, "RR", Y, "ci"),
 ("a-p005", A, "P=0.005", "0.005", "pvalue", 0.005, 0.005, "p", N, "p-value"),
 ("a-081d", A, "P=0.005) for 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-hr081", A, "(HR 0.81 for 10 mg", "0.81", "ratio", 0.81, 0.81, "HR", Y, "hr time to first exacerbation 10 mg"),
 ("a-hr081d", A, "HR 0.81 for 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-hr083", A, "0.83 for 25 mg", "0.83", "ratio", 0.83, 0.83, "HR", Y, "hr time to first exacerbation 25 mg"),
 ("a-hr083d", A, "0.83 for 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-485", A, "and 48.5% of patients", "48.5%", "percent", 48.5, 48.5, "%", Y, "exacerbation-free brensocatib (each dose)"),
 ("a-403", A, "with 40.3% in the placebo", "40.3%", "percent", 40.3, 40.3, "%", Y, "exacerbation-free placebo"),
 ("a-wk52b", A, "baseline to week 52", "week 52", "duration", 52, 52, "weeks", N, "timepoint"),
 ("a-m50", A, "was −50 mL with 10 mg", "−50 mL", "volume", -50, -50, "mL", Y, "fev1 change 10 mg, 52 wk"),
 ("a-m50d", A, "−50 mL with 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-m24", A, "−24 mL with 25 mg", "−24 mL", "volume", -24, -24, "mL", Y, "fev1 change 25 mg, 52 wk"),
 ("a-m24d", A, "−24 mL with 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-m62", A, "−62 mL with placebo", "−62 mL", "volume", -62, -62, "mL", Y, "fev1 change placebo, 52 wk"),
 ("a-38d", A, "between 25 mg and placebo", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("a-38", A, "was 38 mL", "38 mL", "volume", 38, 38, "mL", Y, "fev1 difference 25 mg vs placebo, 52 wk"),
 ("a-38ci", A, "11 to 65", "11 to 65", "volume", 11, 65, "mL", Y, "ci"),
 ("a-p04", A, "P=0.04)", "0.04", "pvalue", 0.04, 0.04, "p", N, "p-value"),
 ("a-10nd", A, "difference for 10 mg", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("a-3grp", A, "across the three groups", "three", "count", 3, 3, "groups", N, "aside"),
 ("a-conce", A, "bronchiectasis, once-daily", "once-daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("a-c52", A, "exacerbations over 52 weeks, and", "52 weeks", "duration", 52, 52, "weeks", N, "conclusion repeat"),
 ("a-c25", A, "the 25 mg dose was", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),

 # ---- BR04 explainer (2025-09-03)
 ("e-upd", E, "Updated September 3, 2025", "September 3, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-ala", E, "estimates that 350,000 to 500,000", "350,000 to 500,000", "count", 350000, 500000, "people", Y, "us adults with ncfb (ala)"),
 ("e-fda", E, "between 230,000 and 430,000", "230,000 and 430,000", "count", 230000, 430000, "people", Y, "us ncfb cases (fda)"),
 ("e-aug24", E, "approved it in August 2024", "August 2024", "date", 2024, 2024, "year", Y, "fda approval date"),
 ("e-12", E, "People aged 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("e-two", E, "at least two flare-ups", "two", "count", 2, 2, "exacerbations", Y, "adult entry: prior-year exacerbations"),
 ("e-12mo", E, "previous 12 months", "12 months", "duration", 12, 12, "months", N, "lookback"),
 ("e-onetab", E, "One tablet by mouth", "One", "count", 1, 1, "tablets", N, "dosing"),
 ("e-once", E, "once a day", "once a day", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("e-twostr", E, "in two strengths", "two", "count", 2, 2, "strengths", N, "definitional"),
 ("e-10", E, "strengths, 10 mg", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength (low)"),
 ("e-25", E, "and 25 mg, and your", "25 mg", "dose", 25, 25, "mg", Y, "tablet strength (high)"),
 ("e-hl", E, "22 to 28 hours", "22 to 28 hours", "duration", 22, 28, "hours", Y, "half-life (healthy volunteers)"),
 ("e-onedaily", E, "why one daily tablet", "one", "count", 1, 1, "tablets", N, "dosing"),
 ("e-1721", E, "1,721 people", "1,721", "count", 1721, 1721, "participants", Y, "aspen randomized total"),
 ("e-52wk", E, "placebo for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "aspen treatment period"),
 ("e-10b", E, "on the 10 mg dose had", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("e-102", E, "dose had 1.02", "1.02", "rate", 1.02, 1.02, R, Y, "annualized exacerbation rate 10 mg"),
 ("e-129", E, "compared with 1.29", "1.29", "rate", 1.29, 1.29, R, Y, "annualized exacerbation rate placebo"),
 ("e-1in5", E, "one in five fewer", "one in five", "percent", 20, 20, "%", Y, "rate reduction (rounded)"),
 ("e-60s", E, "early 60s", "early 60s", "age", 60, 63, "years", N, "vague"),
 ("e-631", E, "average age 63.1", "63.1", "age", 63.1, 63.1, "years", Y, "mean age (adults)"),
 ("e-half", E, "Close to half", "half", "percent", 50, 50, "%", N, "exacerbation-free brensocatib (rounded)"),
 ("e-25b", E, "on the 25 mg dose lost", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("e-83", E, "lost 83 mL", "83 mL", "volume", 83, 83, "mL", Y, "fev1 difference 25 mg vs placebo, 52 wk"),
 ("e-1s", E, "out in one second", "one second", "duration", 1, 1, "seconds", N, "fev1 definition"),
 ("e-10c", E, "The 10 mg dose did", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("e-twotr", E, "studied in two trials", "two", "count", 2, 2, "trials", N, "definitional"),
 ("e-1915", E, "1,915 adults", "1,915", "count", 1915, 1915, "participants", Y, "adults across two trials (fda)"),
 ("e-41", E, "and 41 adolescents", "41", "count", 41, 41, "participants", Y, "adolescents across two trials (fda)"),
 ("e-256", E, "treated 256 adults", "256", "count", 256, 256, "participants", Y, "willow participants"),
 ("e-24wk", E, "for 24 weeks", "24 weeks", "duration", 24, 24, "weeks", Y, "willow treatment period"),
 ("e-88k", E, "about $88,000 a year", "$88,000", "money", 88000, 88000, "USD", Y, "list price per year"),
 ("e-72", E, "roughly $7,200 for", "$7,200", "money", 7200, 7200, "USD", Y, "price per 30-tablet bottle"),
 ("e-30tab", E, "a 30-tablet bottle", "30-tablet", "count", 30, 30, "tablets", N, "pack size"),

 # ---- BR05 blog (2025-10-20)
 ("b-h2mo", B, "Two months in", "Two months", "duration", 2, 2, "months", N, "headline"),
 ("b-pub", B, "October 20, 2025", "October 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-aug", B, "(Brinsupri) in August", "August", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("b-2mo", B, "Two months later", "Two months", "duration", 2, 2, "months", N, "aside"),
 ("b-dozen", B, "a couple of dozen", "a couple of dozen", "count", None, None, "prescriptions", N, "vague"),
 ("b-24wk", B, "a 24-week trial", "24-week", "duration", 24, 24, "weeks", Y, "aspen treatment period"),
 ("b-1680", B, "which 1,680 adults", "1,680", "count", 1680, 1680, "participants", Y, "aspen adults"),
 ("b-41", B, "and 41 adolescents took", "41", "count", 41, 41, "participants", Y, "aspen adolescents"),
 ("b-10", B, "took 10 mg of", "10 mg", "dose", 10, 10, "mg", N, "arm"),
 ("b-25", B, "brensocatib, 25 mg, or", "25 mg", "dose", 25, 25, "mg", N, "arm"),
 ("b-may23", B, "numbers in May 2023", "May 2023", "date", 2023, 2023, "year", Y, "aspen topline announcement"),
 ("b-spring", B, "followed this spring", "this spring", "date", 2025, 2025, "year", N, "publication (vague)"),
 ("b-192", B, "averaged 1.92", "1.92", "rate", 1.92, 1.92, R, Y, "annualized exacerbation rate placebo"),
 ("b-102", B, "versus 1.02", "1.02", "rate", 1.02, 1.02, R, Y, "annualized exacerbation rate 10 mg"),
 ("b-10b", B, "1.02 on the 10 mg dose", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("b-104", B, "1.04 on 25 mg", "1.04", "rate", 1.04, 1.04, R, Y, "annualized exacerbation rate 25 mg"),
 ("b-25b", B, "1.04 on 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("b-one", B, "roughly one flare-up avoided", "one", "count", 1, 1, "exacerbations", N, "derived nnt"),
 ("b-4py", B, "every four patient-years", "four", "duration", 4, 4, "patient-years", N, "derived nnt"),
 ("b-fifth", B, "about a fifth", "a fifth", "percent", 20, 20, "%", Y, "rate reduction (both doses, rounded)"),
 ("b-half", B, "Nearly half", "half", "percent", 50, 50, "%", N, "exacerbation-free brensocatib (rounded)"),
 ("b-40", B, "about 40% on placebo", "40%", "percent", 40, 40, "%", Y, "exacerbation-free placebo"),
 ("b-25c", B, "On the 25 mg dose", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("b-38", B, "by 38 mL less", "38 mL", "volume", 38, 38, "mL", Y, "fev1 difference 25 mg vs placebo, 52 wk"),
 ("b-1yr", B, "for one year it is", "one year", "duration", 1, 1, "years", N, "aside"),
 ("b-decades", B, "disease of decades", "decades", "duration", None, None, "years", N, "vague"),
 ("b-2doses", B, "The two doses worked", "two", "count", 2, 2, "doses", N, "definitional"),
 ("b-25d", B, "more common at 25 mg", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("b-25e", B, "patients on 25 mg and", "25 mg", "dose", 25, 25, "mg", N, "practice"),
 ("b-88k", B, "about $88,000 a year", "$88,000", "money", 88000, 88000, "USD", Y, "list price per year"),
 ("b-73", B, "roughly $7,300 a month", "$7,300", "money", 7300, 7300, "USD", Y, "price per month"),
 ("b-lastwk", B, "Last week the pharmacy", "Last week", "date", 2025, 2025, "year", Y, "keystone p&t vote date"),
 ("b-v10", B, "voted 10-2", "10", "count", 10, 10, "votes", Y, "keystone p&t votes for"),
 ("b-v2", B, "voted 10-2", "2", "count", 2, 2, "votes", Y, "keystone p&t votes against"),
 ("b-two", B, "at least two antibiotic-treated", "two", "count", 2, 2, "exacerbations", Y, "keystone coverage criterion"),
 ("b-12mo", B, "past 12 months", "12 months", "duration", 12, 12, "months", N, "lookback"),
 ("b-one3", B, "only one flare-up", "one", "count", 1, 1, "exacerbations", N, "advice"),
 ("b-6mo", B, "six months of real-world", "six months", "duration", 6, 6, "months", N, "aside"),
 ("b-email", B, "One email a month", "One", "count", 1, 1, "emails", N, "page furniture"),

 # ---- BR06 trade (2026-01-15), hard-wrapped
 ("l-pub", L, "Thursday, January 15, 2026", "January 15, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-5mo", L, "Five months after", "Five months", "duration", 5, 5, "months", N, "aside"),
 ("l-once", L, "the once-daily tablet", "once-daily", "count", 1, 1, "doses per day", N, "dosing frequency"),
 ("l-lastaug", L, "tablet last August", "last August", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("l-16", L, "for patients 16 and older", "16", "age", 16, 16, "years", Y, "approved minimum age"),
 ("l-feb", L, "February of last year", "February of last year", "date", 2025, 2025, "year", Y, "priority review granted"),
 ("l-2018", L, "was approved in 2018", "2018", "date", 2018, 2018, "year", Y, "arikayce approval year"),
 ("l-oct", L, "In October, the pharmacy", "October", "date", 2025, 2025, "year", Y, "keystone p&t vote date"),
 ("l-v9", L, "voted 9-3", "9", "count", 9, 9, "votes", Y, "keystone p&t votes for"),
 ("l-v3", L, "voted 9-3", "3", "count", 3, 3, "votes", Y, "keystone p&t votes against"),
 ("l-two", L, "at least two flare-ups", "two", "count", 2, 2, "exacerbations", Y, "keystone coverage criterion"),
 ("l-12mo", L, "preceding 12 months", "12 months", "duration", 12, 12, "months", N, "lookback"),
 ("l-2plans", L, "Two other plans", "Two", "count", 2, 2, "plans", Y, "other regional plans with similar criteria"),
 ("l-78k", L, "price of $78,000 a year", "$78,000", "money", 78000, 78000, "USD", Y, "list price per year"),
 ("l-10", L, "both the 10 mg", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength (low)"),
 ("l-25", L, "and 25 mg strengths", "25 mg", "dose", 25, 25, "mg", Y, "tablet strength (high)"),
 ("l-1712", L, "randomized 1,712 patients", "1,712", "count", 1712, 1712, "participants", Y, "aspen randomized total"),
 ("l-dec20", L, "dosing in December 2020", "December 2020", "date", 2020, 2020, "year", Y, "aspen first patient dosed"),
 ("l-1620", L, "enroll 1,620 people", "1,620", "count", 1620, 1620, "participants", Y, "aspen planned enrollment"),
 ("l-480", L, "at 480 sites", "480", "count", 480, 480, "sites", Y, "aspen planned sites"),
 ("l-40c", L, "in 40 countries", "40", "count", 40, 40, "countries", Y, "aspen planned countries"),
 ("l-10b", L, "the 10 mg dose reduced", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("l-21", L, "by roughly 21% versus", "21%", "percent", 21, 21, "%", Y, "rate reduction 10 mg"),
 ("l-25b", L, "the 25 mg dose by", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("l-211", L, "dose by 21.1%;", "21.1%", "percent", 21.1, 21.1, "%", Y, "rate reduction 25 mg"),
 ("l-three", L, "with three or more flare-ups", "three", "count", 3, 3, "exacerbations", N, "aside"),
 ("l-5b", L, "reach $5 billion", "$5 billion", "money", 5000000000, 5000000000, "USD", Y, "insmed global peak sales estimate"),
 ("l-37b", L, "sales of $3.7 billion", "$3.7 billion", "money", 3700000000, 3700000000, "USD", Y, "td cowen us sales forecast"),
 ("l-2030", L, "by 2030", "2030", "date", 2030, 2030, "year", Y, "td cowen forecast year"),
 ("l-thisyr", L, "Japan this year", "this year", "date", 2026, 2026, "year", Y, "ex-us launches expected"),

 # ---- BR07 fact-check (2025-09-22)
 ("f-pub", F, "Fact-check · September 22, 2025", "September 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-t1in5", F, "only work for 1 in 5", "1 in 5", "percent", 20, 20, "%", N, "post claim (headline)"),
 ("f-c88", F, "costs $88,000 a year", "$88,000", "money", 88000, 88000, "USD", N, "post claim"),
 ("f-c1in5", F, "only works for 1 in 5 patients, and", "1 in 5", "percent", 20, 20, "%", N, "post claim"),
 ("f-c6", F, "kids as young as 6", "6", "age", 6, 6, "years", N, "post claim"),
 ("f-aug12", F, "approved it on Aug. 12", "Aug. 12", "date", 2025, 2025, "year", Y, "fda approval date"),
 ("f-feb24", F, "priority review in February 2024", "February 2024", "date", 2024, 2024, "year", Y, "priority review granted"),
 ("f-88k", F, "about $88,000 a year, and", "$88,000", "money", 88000, 88000, "USD", Y, "list price per year"),
 ("f-10", F, "same for the 10 mg", "10 mg", "dose", 10, 10, "mg", Y, "tablet strength (low)"),
 ("f-25", F, "and 25 mg tablets", "25 mg", "dose", 25, 25, "mg", Y, "tablet strength (high)"),
 ("f-h1in5", F, "\"Only works for 1 in 5", "1 in 5", "percent", 20, 20, "%", N, "post claim (repeat)"),
 ("f-1721", F, "which 1,721 patients", "1,721", "count", 1721, 1721, "participants", Y, "aspen randomized total"),
 ("f-52wk", F, "placebo for 52 weeks", "52 weeks", "duration", 52, 52, "weeks", Y, "aspen treatment period"),
 ("f-20", F, "by about 20% compared", "20%", "percent", 20, 20, "%", Y, "rate reduction (both doses, rounded)"),
 ("f-10b", F, "on the 10 mg dose averaged", "10 mg", "dose", 10, 10, "mg", N, "qualifier"),
 ("f-102", F, "averaged 1.02", "1.02", "rate", 1.02, 1.02, R, Y, "annualized exacerbation rate 10 mg"),
 ("f-25b", F, "those on 25 mg averaged", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("f-104", F, "averaged 1.04", "1.04", "rate", 1.04, 1.04, R, Y, "annualized exacerbation rate 25 mg"),
 ("f-129", F, "against 1.29", "1.29", "rate", 1.29, 1.29, R, Y, "annualized exacerbation rate placebo"),
 ("f-1in5b", F, "one patient in five", "one patient in five", "percent", 20, 20, "%", N, "restatement of post"),
 ("f-485", F, "group, 48.5% of patients", "48.5%", "percent", 48.5, 48.5, "%", Y, "exacerbation-free brensocatib (each dose)"),
 ("f-403", F, "with 40.3% on placebo", "40.3%", "percent", 40.3, 40.3, "%", Y, "exacerbation-free placebo"),
 ("f-k6", F, "\"Kids as young as 6", "6", "age", 6, 6, "years", N, "post claim (repeat)"),
 ("f-12", F, "patients 12 years of age", "12", "age", 12, 12, "years", Y, "approved minimum age"),
 ("f-u12", F, "under 12 were studied", "12", "age", 12, 12, "years", N, "study minimum age"),
 ("f-14", F, "enrolled 14 adolescents", "14", "count", 14, 14, "participants", Y, "aspen adolescents"),
 ("f-1217", F, "aged 12 to 17", "12 to 17", "age", 12, 17, "years", N, "definitional"),
 ("f-fig6", F, "the figure of 6", "6", "age", 6, 6, "years", N, "post claim (repeat)"),
 ("f-25c", F, "the 25 mg dose also", "25 mg", "dose", 25, 25, "mg", N, "qualifier"),
 ("f-38", F, "by 38 mL", "38 mL", "volume", 38, 38, "mL", Y, "fev1 difference 25 mg vs placebo, 52 wk"),
 ("f-r88", F, "about $88,000 a year. Its", "$88,000", "money", 88000, 88000, "USD", Y, "list price per year (ruling)"),
 ("f-r1in5", F, "1 in 5 patients\" confuses", "1 in 5", "percent", 20, 20, "%", N, "post claim (ruling)"),
 ("f-r20", F, "roughly 20% relative", "20%", "percent", 20, 20, "%", Y, "rate reduction (ruling)"),
 ("f-r6", F, "as young as 6 is false", "6", "age", 6, 6, "years", N, "post claim (ruling)"),
 ("f-r12", F, "patients aged 12 and older", "12", "age", 12, 12, "years", Y, "approved minimum age (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 ASPEN randomized total 1,712 vs 1,721
 ("l-1712", "w-1721", S), ("l-1712", "p-1721", S), ("l-1712", "a-N", S), ("l-1712", "e-1721", S), ("l-1712", "f-1721", S),
 # S2 approval year 2024 vs 2025
 ("e-aug24", "w-tue", S), ("e-aug24", "f-aug12", S), ("e-aug24", "l-lastaug", S), ("e-aug24", "b-aug", S),
 # S3 placebo annualized rate 1.92 vs 1.29
 ("b-192", "w-129", S), ("b-192", "a-129", S), ("b-192", "e-129", S), ("b-192", "f-129", S),
 # S4 25 mg rate reduction 21.1% (10 mg figure swapped in) vs 19.4% / 19%
 ("l-211", "p-194", S), ("l-211", "w-19", S),
 # S5 FEV1 difference 25 mg vs placebo 83 vs 38 mL
 ("e-83", "w-38", S), ("e-83", "a-38", S), ("e-83", "b-38", S), ("e-83", "f-38", S),
 # S6 priority review year 2024 vs 2025
 ("f-feb24", "w-feb", S), ("f-feb24", "p-feb25", S), ("f-feb24", "l-feb", S),
 # S7 list price $78,000 vs $88,000
 ("l-78k", "w-88k", S), ("l-78k", "e-88k", S), ("l-78k", "b-88k", S), ("l-78k", "f-88k", S), ("l-78k", "f-r88", S),
 # S8 ASPEN adolescents 14 vs 41
 ("f-14", "w-41", S), ("f-14", "p-41", S), ("f-14", "a-41", S), ("f-14", "b-41", S),
 # S9 Arikayce approval year 2019 vs 2018
 ("w-2019", "l-2018", S), ("w-2019", "p-2018", S),
 # S10 ASPEN treatment period 24 vs 52 weeks
 ("b-24wk", "w-52wk", S), ("b-24wk", "p-52wk", S), ("b-24wk", "a-52wk", S), ("b-24wk", "e-52wk", S), ("b-24wk", "f-52wk", S),
 # S11 WILLOW participants 265 vs 256
 ("p-265", "a-256", S), ("p-265", "e-256", S),
 # S12 approved minimum age 16 vs 12
 ("l-16", "w-12", S), ("l-16", "p-12", S), ("l-16", "e-12", S), ("l-16", "f-12", S), ("l-16", "f-r12", S),
 # S13 topline announcement year 2023 vs 2024
 ("b-may23", "w-maylast", S),
 # S14 mean age 63.1 vs 61.3
 ("e-631", "a-613", S),
 # S15 Keystone P&T vote 10-2 vs 9-3
 ("b-v10", "l-v9", S), ("b-v2", "l-v3", S),
 # S16 exacerbation definition window 24 vs 48 hours
 ("w-24h", "a-48h", S),
 # S17 TD Cowen forecast year 2030 vs 2031
 ("l-2030", "w-2031", S),
 # Qualified
 ("a-1682", "w-1680", Q), ("a-1682", "p-1680", Q), ("a-1682", "b-1680", Q),
 ("e-fda", "w-ala", Q),
 ("f-14", "e-41", Q),
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
        rows.append({"type": "claim", "id": f"br-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"br-{a}", f"br-{b}"
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
