#!/usr/bin/env python3
"""Build ocaliva.gold.jsonl: each claim is found by a unique context string in its
article, with the claim span marked [[...]] inside the context. Checks every span."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(HERE, "ocaliva")
OUT = os.path.join(HERE, "ocaliva.gold.jsonl")
T = 1/3*100  # "one third"

D1, D2, D3, D4, D5, D6, D7 = ("oca01_wire.txt", "oca02_press.txt", "oca03_abstract.txt",
    "oca04_explainer.txt", "oca05_blog.txt", "oca06_trade.txt", "oca07_factcheck.txt")

R, O = True, False
# id, doc, context-with-[[span]], kind, low, high, unit, required, topic
C = [
 # ---- oca01 wire (2023-05-19, Friday) ----
 ("o1-dateline", D1, "Md., [[May 19]] (Meridian", "date", 2023, 2023, "year", O, "dateline (publication metadata)"),
 ("o1-fri", D1, "said on [[Friday]] that", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o1-q1maj", D1, "voted [[12]]-2, with", "count", 12, 12, "votes", R, "nash adcom q1 majority (benefits do not outweigh risks, 25 mg)"),
 ("o1-q1min", D1, "voted 12-[[2]], with", "count", 2, 2, "votes", R, "nash adcom q1 minority"),
 ("o1-abst", D1, "with [[two]]\nabstentions", "count", 2, 2, "votes", R, "nash adcom q1 abstentions"),
 ("o1-dose25", D1, "the [[25-milligram]] dose", "dose", 25, 25, "mg", O, "oca dose arm"),
 ("o1-q2maj", D1, "backed [[15]]-1 a", "count", 15, 15, "votes", R, "nash adcom q2 majority (defer until outcome data)"),
 ("o1-q2min", D1, "backed 15-[[1]] a", "count", 1, 1, "votes", R, "nash adcom q2 minority"),
 ("o1-pdufa", D1, "by\n[[June 22]].", "date", 2023, 2023, "year", R, "pdufa date (nash)"),
 ("o1-18mo", D1, "after [[18 months]] of", "duration", 18, 18, "months", O, "biopsy timepoint"),
 ("o1-fib25", D1, "pathologists, [[22.4%]] of", "percent", 22.4, 22.4, "%", R, "fibrosis improvement oca 25 mg (consensus reanalysis, month 18)"),
 ("o1-itt", D1, "the [[931]] patients", "count", 931, 931, "participants", R, "regenerate efficacy (itt) population"),
 ("o1-1stage", D1, "at least\n[[one]] stage", "count", 1, 1, "stages", O, "endpoint threshold"),
 ("o1-fibpbo", D1, "with [[9.6%]] of", "percent", 9.6, 9.6, "%", R, "fibrosis improvement placebo (consensus reanalysis)"),
 ("o1-wed", D1, "posted on [[Wednesday]]", "date", 2023, 2023, "year", O, "fda briefing documents posted"),
 ("o1-prur", D1, "reported by [[51%]] of", "percent", 51, 51, "%", R, "pruritus oca 25 mg"),
 ("o1-nnt", D1, "something like [[one patient in eight]]", "percent", 12.5, 12.5, "%", O, "quote: extra responders vs placebo"),
 ("o1-crl1", D1, "application in [[June 2020]]", "date", 2020, 2020, "year", R, "first nash crl date"),
 ("o1-pbc", D1, "granted in [[2016]]", "date", 2016, 2016, "year", R, "ocaliva pbc accelerated approval"),
 ("o1-sales", D1, "generated [[$285.7 million]]", "money", 285700000, 285700000, "USD", R, "ocaliva us net sales 2022"),
 ("o1-lastyr", D1, "net sales [[last year]]", "date", 2022, 2022, "year", O, "sales year"),
 ("o1-hyp", D1, "if only [[one in 20]] people", "percent", 5, 5, "%", O, "analyst hypothetical uptake (quote)"),

 # ---- oca02 press (2023-06-23) ----
 ("o2-third", D2, "workforce by approximately [[one third]]\n", "percent", T, T, "%", R, "2023 workforce reduction share"),
 ("o2-prof", D2, "profitability in [[2024]]", "date", 2024, 2024, "year", R, "profitability target year"),
 ("o2-g23a", D2, "• [[2023]] non-GAAP", "date", 2023, 2023, "year", O, "guidance year"),
 ("o2-opex", D2, "lowered to [[$350–$370 million]]", "money", 350000000, 370000000, "USD", R, "2023 adjusted opex guidance"),
 ("o2-g23b", D2, "; [[2023]] Ocaliva®", "date", 2023, 2023, "year", O, "guidance year"),
 ("o2-sales", D2, "guidance of [[$310–$340 million]]", "money", 310000000, 340000000, "USD", R, "2023 ocaliva net sales guidance"),
 ("o2-dateline", D2, "[[June 23, 2023]] (GLOBE", "date", 2023, 2023, "year", O, "dateline (publication metadata)"),
 ("o2-crl", D2, "receipt [[yesterday]] of", "date", 2023, 2023, "year", R, "nash crl date"),
 ("o2-fib25", D2, "in which [[22.4%]] of", "percent", 22.4, 22.4, "%", R, "fibrosis improvement oca 25 mg (consensus reanalysis, month 18)"),
 ("o2-double", D2, "more than [[double]] the placebo", "ratio", 2, 2, "x", O, "ratio vs placebo"),
 ("o2-safety", D2, "from [[2,477]] patients", "count", 2477, 2477, "participants", R, "regenerate patients in safety assessment"),
 ("o2-4yr-n", D2, "[[nearly 1,000]] of whom", "count", 1000, 1000, "participants", R, "patients on drug >= 4 years"),
 ("o2-4yr", D2, "at least [[four years]]", "duration", 4, 4, "years", O, "exposure threshold"),
 ("o2-close", D2, "by the end of [[2023]].", "date", 2023, 2023, "year", R, "regenerate shutdown complete"),
 ("o2-third2", D2, "by approximately [[one third]]. Reductions", "percent", T, T, "%", O, "workforce reduction (repeat)"),
 ("o2-q3", D2, "third quarter of [[2023]]", "date", 2023, 2023, "year", R, "workforce reductions begin"),
 ("o2-save", D2, "approximately [[$140 million]]", "money", 140000000, 140000000, "USD", R, "annual opex net reduction"),
 ("o2-g23c", D2, "updated [[2023]] guidance", "date", 2023, 2023, "year", O, "guidance year"),
 ("o2-g23d", D2, "Updated [[2023]] operating", "date", 2023, 2023, "year", O, "guidance year"),
 ("o2-charge", D2, "approximately [[$16 million]]", "money", 16000000, 16000000, "USD", R, "restructuring charges"),

 # ---- oca03 abstract (2023-08-14) ----
 ("o3-t18", D3, "consensus-read [[month-18]] histology", "duration", 18, 18, "months", O, "timepoint (title)"),
 ("o3-b18", D3, "prespecified [[month-18]] interim", "duration", 18, 18, "months", O, "timepoint"),
 ("o3-2019", D3, "REGENERATE ([[2019]])", "date", 2019, 2019, "year", R, "original interim analysis year"),
 ("o3-o25", D3, "that [[23.1%]] of", "percent", 23.1, 23.1, "%", R, "fibrosis improvement oca 25 mg (original 2019 analysis)"),
 ("o3-o10", D3, "mg, [[17.6%]] on OCA 10", "percent", 17.6, 17.6, "%", R, "fibrosis improvement oca 10 mg (original 2019 analysis)"),
 ("o3-opbo", D3, "and [[11.9%]] on placebo", "percent", 11.9, 11.9, "%", R, "fibrosis improvement placebo (original 2019 analysis)"),
 ("o3-r18", D3, "re-read all [[month-18]] biopsies", "duration", 18, 18, "months", O, "timepoint"),
 ("o3-rand", D3, "; [[2,480]] participants", "count", 2480, 2480, "participants", R, "regenerate randomised"),
 ("o3-sites", D3, "at [[339]] centres", "count", 339, 339, "sites", R, "regenerate centres"),
 ("o3-itt", D3, "N = [[931]]", "count", 931, 931, "participants", R, "regenerate efficacy (itt) population"),
 ("o3-npbo", D3, "placebo n=[[311]]", "count", 311, 311, "participants", R, "itt placebo arm"),
 ("o3-n10", D3, "n=[[312]]", "count", 312, 312, "participants", R, "itt oca 10 mg arm"),
 ("o3-n25", D3, "n=[[308]]", "count", 308, 308, "participants", R, "itt oca 25 mg arm"),
 ("o3-3path", D3, "panel of [[3]] pathologists", "count", 3, 3, "pathologists", O, "method detail"),
 ("o3-1stage", D3, "by ≥[[1]] stage", "count", 1, 1, "stages", O, "endpoint threshold"),
 ("o3-py", D3, "more than [[8,000]] patient-years", "count", 8000, 8000, "patient-years", R, "safety exposure"),
 ("o3-fib25", D3, "NASH: [[22.4%]] with", "percent", 22.4, 22.4, "%", R, "fibrosis improvement oca 25 mg (consensus reanalysis, month 18)"),
 ("o3-fibpbo", D3, "vs [[9.6%]] with placebo", "percent", 9.6, 9.6, "%", R, "fibrosis improvement placebo (consensus reanalysis)"),
 ("o3-p1", D3, "(P<[[0.0001]])", "pvalue", 0.0001, 0.0001, "p", O, "p value fibrosis endpoint"),
 ("o3-diff", D3, "OCA 25 mg, [[−12.8]] percentage", "percent", -12.8, -12.8, "percentage points", R, "absolute difference placebo minus oca 25 mg"),
 ("o3-ci", D3, "95% CI [[−18.5 to −7.1]]", "percent", -18.5, -7.1, "percentage points", R, "95% ci of difference"),
 ("o3-res25", D3, "fibrosis: [[6.5%]] vs", "percent", 6.5, 6.5, "%", R, "nash resolution oca 25 mg"),
 ("o3-respbo", D3, "vs [[3.5%]] (P", "percent", 3.5, 3.5, "%", R, "nash resolution placebo"),
 ("o3-p2", D3, "(P=[[0.093]])", "pvalue", 0.093, 0.093, "p", O, "p value nash resolution"),
 ("o3-s18", D3, "([[month-18]] safety", "duration", 18, 18, "months", O, "timepoint"),
 ("o3-saf", D3, "N = [[1,968]]", "count", 1968, 1968, "participants", R, "month-18 safety population"),
 ("o3-pr25", D3, "population, N = 1,968): [[51%]]", "percent", 51, 51, "%", R, "pruritus oca 25 mg"),
 ("o3-pr10", D3, "[[28%]] with OCA 10 mg", "percent", 28, 28, "%", R, "pruritus oca 10 mg"),
 ("o3-prpbo", D3, "[[19%]] with placebo", "percent", 19, 19, "%", R, "pruritus placebo"),
 ("o3-sev25", D3, "severe pruritus [[5%]]", "percent", 5, 5, "%", R, "severe pruritus oca 25 mg"),
 ("o3-sevpbo", D3, "under [[1%]] with placebo", "percent", 1, 1, "%", R, "severe pruritus placebo (upper bound)"),
 ("o3-disc", D3, "occurred in [[9%]] of", "percent", 9, 9, "%", R, "discontinuation for pruritus oca 25 mg"),
 ("o3-sae25", D3, "events: [[14%]] (OCA", "percent", 14, 14, "%", R, "serious adverse events oca 25 mg"),
 ("o3-sae10", D3, "[[11%]] (OCA 10 mg)", "percent", 11, 11, "%", R, "serious adverse events oca 10 mg"),
 ("o3-saepbo", D3, "[[11%]] (placebo)", "percent", 11, 11, "%", R, "serious adverse events placebo"),
 ("o3-ldl4", D3, "mean of [[22.6 mg/dL]]", "concentration", 22.6, 22.6, "mg/dL", R, "ldl rise week 4 oca 25 mg"),
 ("o3-wk4", D3, "at [[week 4]]", "duration", 4, 4, "weeks", O, "timepoint"),
 ("o3-ldl18", D3, "was [[+4.0 mg/dL]]", "concentration", 4.0, 4.0, "mg/dL", R, "ldl change month 18 oca 25 mg"),
 ("o3-m18b", D3, "baseline by [[month 18]]", "duration", 18, 18, "months", O, "timepoint"),
 ("o3-double", D3, "roughly [[doubled]] the", "ratio", 2, 2, "x", O, "ratio vs placebo"),
 ("o3-m18c", D3, "regression at [[month 18]]", "duration", 18, 18, "months", O, "timepoint"),
 ("o3-nnt", D3, "about [[eight]] patients", "count", 8, 8, "patients", O, "number needed to treat (editor)"),
 ("o3-nnt1", D3, "for [[one]] additional", "count", 1, 1, "responders", O, "nnt phrase"),
 ("o3-adcom", D3, "approval in [[May 2023]]", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o3-crl", D3, "the [[following month]]", "date", 2023, 2023, "year", R, "nash crl date"),

 # ---- oca04 explainer (2024-02-12) ----
 ("o4-adcom", D4, "In [[May 2023]], a committee", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o4-q1maj", D4, "voted [[12]] to 2", "count", 12, 12, "votes", R, "nash adcom q1 majority (benefits do not outweigh risks, 25 mg)"),
 ("o4-q1min", D4, "voted 12 to [[2]]", "count", 2, 2, "votes", R, "nash adcom q1 minority"),
 ("o4-abst", D4, "with [[two]] abstaining", "count", 2, 2, "votes", R, "nash adcom q1 abstentions"),
 ("o4-q2maj", D4, "and [[13]] to 1", "count", 13, 13, "votes", R, "nash adcom q2 majority (defer until outcome data)"),
 ("o4-q2min", D4, "and 13 to [[1]]", "count", 1, 1, "votes", R, "nash adcom q2 minority"),
 ("o4-crl", D4, "down in [[June 2023]]", "date", 2023, 2023, "year", R, "nash crl date"),
 ("o4-18mo", D4, "after [[a year and a half]]", "duration", 1.5, 1.5, "years", O, "biopsy timepoint"),
 ("o4-itt", D4, "included [[913]] people", "count", 913, 913, "participants", R, "regenerate efficacy (itt) population"),
 ("o4-fib25", D4, "more than [[one in five]]", "percent", 20, 20, "%", R, "fibrosis improvement oca 25 mg (lower bound)"),
 ("o4-fibpbo", D4, "about [[one in ten]]", "percent", 10, 10, "%", R, "fibrosis improvement placebo"),
 ("o4-prur", D4, "[[About half]] of people", "percent", 50, 50, "%", R, "pruritus oca 25 mg"),
 ("o4-sev", D4, "about [[one in 20]]", "percent", 5, 5, "%", R, "severe pruritus oca 25 mg"),
 ("o4-pbc", D4, "since [[2016]]", "date", 2016, 2016, "year", R, "ocaliva pbc accelerated approval"),
 ("o4-pbc5", D4, "dose is [[5 mg]] a day", "dose", 5, 5, "mg", R, "pbc starting dose"),
 ("o4-pbc10", D4, "raised to [[10 mg]]", "dose", 10, 10, "mg", R, "pbc titrated dose"),
 ("o4-3mo", D4, "after [[three months]]", "duration", 3, 3, "months", R, "pbc titration interval"),
 ("o4-deal", D4, "late [[last year]] for", "date", 2023, 2023, "year", R, "alfasigma acquisition date"),
 ("o4-dealv", D4, "about [[$850 million]]", "money", 850000000, 850000000, "USD", R, "alfasigma deal value"),
 ("o4-wl", D4, "Losing [[7% to 10%]]", "percent", 7, 10, "%", R, "weight loss target"),

 # ---- oca05 blog (2024-10-02) ----
 ("o5-pub", D5, "· [[October 2, 2024]] ·", "date", 2024, 2024, "year", O, "byline date (publication metadata)"),
 ("o5-pbcadcom", D5, "[[Last month]] an FDA", "date", 2024, 2024, "year", R, "pbc adcom date"),
 ("o5-pbcmaj", D5, "voted [[13]]-1 that", "count", 13, 13, "votes", R, "pbc adcom majority (benefit not verified)"),
 ("o5-pbcmin", D5, "voted 13-[[1]] that", "count", 1, 1, "votes", R, "pbc adcom minority"),
 ("o5-8y", D5, "PBC [[eight years]] ago", "duration", 8, 8, "years", O, "time since pbc approval"),
 ("o5-2023", D5, "came in [[2023]].", "date", 2023, 2023, "year", O, "year of nash rejection (summary)"),
 ("o5-m18", D5, "strength of [[month-18]] biopsies", "duration", 18, 18, "months", O, "timepoint"),
 ("o5-fib25", D5, "re-read, [[22.4%]] of", "percent", 22.4, 22.4, "%", R, "fibrosis improvement oca 25 mg (consensus reanalysis, month 18)"),
 ("o5-1stage", D5, "at least [[one]] fibrosis stage", "count", 1, 1, "stages", O, "endpoint threshold"),
 ("o5-1stage2", D5, "at least [[one]] stage in 24.2%", "count", 1, 1, "stages", O, "endpoint threshold (resmetirom)"),
 ("o5-twotrials", D5, "between the [[two]] trials", "count", 2, 2, "trials", O, "caption aside"),
 ("o5-twice", D5, "more than [[twice]] the placebo", "ratio", 2, 2, "x", O, "ratio vs placebo"),
 ("o5-sev", D5, "severe itching in [[15%]]", "percent", 15, 15, "%", R, "severe pruritus oca 25 mg"),
 ("o5-adcom", D5, "At the [[May 2023]] advisory", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o5-crl", D5, "followed in [[June]]", "date", 2023, 2023, "year", R, "nash crl date"),
 ("o5-quarter", D5, "cutting [[a quarter]] of", "percent", 25, 25, "%", R, "2023 workforce reduction share"),
 ("o5-dealdt", D5, "In [[September 2023]]", "date", 2023, 2023, "year", R, "alfasigma deal announced"),
 ("o5-share", D5, "for [[$19]] a share", "money", 19, 19, "USD", R, "alfasigma price per share"),
 ("o5-dealv", D5, "roughly [[$800 million]]", "money", 800000000, 800000000, "USD", R, "alfasigma deal value"),
 ("o5-prem", D5, "a [[28%]] premium", "percent", 28, 28, "%", R, "alfasigma premium to prior close"),
 ("o5-close", D5, "closed [[last November]]", "date", 2023, 2023, "year", R, "alfasigma deal closed"),
 ("o5-resm", D5, "In [[March of this year]]", "date", 2024, 2024, "year", R, "resmetirom approval date"),
 ("o5-r80", D5, "stage in [[24.2%]]", "percent", 24.2, 24.2, "%", R, "resmetirom 80 mg fibrosis improvement"),
 ("o5-r100", D5, "and [[25.9%]] on", "percent", 25.9, 25.9, "%", R, "resmetirom 100 mg fibrosis improvement"),
 ("o5-rpbo", D5, "against [[14.2%]] on placebo", "percent", 14.2, 14.2, "%", R, "maestro-nash placebo fibrosis improvement"),
 ("o5-yrearlier", D5, "rejected [[a year earlier]]", "date", 2023, 2023, "year", O, "relative date of nash rejection"),
 ("o5-nl", D5, "[[One]] email a week", "count", 1, 1, "emails/week", O, "newsletter furniture"),
 ("o5-rel6", D5, "first [[six months]]", "duration", 6, 6, "months", O, "related-link title"),

 # ---- oca06 trade (2023-09-26, Tuesday) ----
 ("o6-title", D6, "Intercept for [[$794M]]", "money", 794000000, 794000000, "USD", O, "deal value (headline)"),
 ("o6-pub", D6, "Deals · [[September 26, 2023]]", "date", 2023, 2023, "year", O, "publication metadata"),
 ("o6-share", D6, "for [[$19.00]] per share", "money", 19, 19, "USD", R, "alfasigma price per share"),
 ("o6-dealv", D6, "about [[$794 million]]", "money", 794000000, 794000000, "USD", R, "alfasigma deal value"),
 ("o6-3mo", D6, "company [[three months]] after", "duration", 3, 3, "months", O, "time since crl"),
 ("o6-prem", D6, "represents an [[82%]] premium", "percent", 82, 82, "%", R, "alfasigma premium to prior close"),
 ("o6-close", D6, "closing price of [[$10.44]]", "money", 10.44, 10.44, "USD", R, "intercept close before deal"),
 ("o6-mon", D6, "on [[Monday]], the", "date", 2023, 2023, "year", O, "date of closing price"),
 ("o6-tue", D6, "said on [[Tuesday]]", "date", 2023, 2023, "year", R, "alfasigma deal announced"),
 ("o6-eoy", D6, "close by the [[end of the year]]", "date", 2023, 2023, "year", R, "expected deal close"),
 ("o6-pbc", D6, "FDA in [[2016]]", "date", 2016, 2016, "year", R, "ocaliva pbc accelerated approval"),
 ("o6-h1", D6, "[[$151.6 million]] in net", "money", 151600000, 151600000, "USD", R, "ocaliva net sales h1 2023"),
 ("o6-h1yr", D6, "first half of [[2023]]", "date", 2023, 2023, "year", O, "sales period"),
 ("o6-guid", D6, "sales of [[$310 million to $340 million]]", "money", 310000000, 340000000, "USD", R, "2023 ocaliva net sales guidance"),
 ("o6-adcom", D6, "[[In May]], the FDA", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o6-q1maj", D6, "voted [[14]]-2 that", "count", 14, 14, "votes", R, "nash adcom q1 majority (benefits do not outweigh risks, 25 mg)"),
 ("o6-q1min", D6, "voted 14-[[2]] that", "count", 2, 2, "votes", R, "nash adcom q1 minority"),
 ("o6-fib25", D6, "improvement in [[22.4%]] of", "percent", 22.4, 22.4, "%", R, "fibrosis improvement oca 25 mg (consensus reanalysis, month 18)"),
 ("o6-fibpbo", D6, "against [[17.6%]] on placebo", "percent", 17.6, 17.6, "%", R, "fibrosis improvement placebo (consensus reanalysis)"),
 ("o6-crl", D6, "arrived in [[June]]", "date", 2023, 2023, "year", R, "nash crl date"),
 ("o6-third", D6, "about [[a third]] of its", "percent", T, T, "%", R, "2023 workforce reduction share"),
 ("o6-crl1", D6, "rejection in [[2020]]", "date", 2020, 2020, "year", R, "first nash crl date"),
 ("o6-cut20", D6, "about [[25%]] of its headcount", "percent", 25, 25, "%", R, "2020 workforce reduction share"),
 ("o6-jobs20", D6, "roughly [[170]] jobs", "count", 170, 170, "jobs", R, "2020 jobs cut"),
 ("o6-fair", D6, "value of [[$750 million to $800 million]]", "money", 750000000, 800000000, "USD", R, "analyst fair equity value"),
 ("o6-staff", D6, "roughly [[3,000]] employees", "count", 3000, 3000, "employees", R, "alfasigma headcount"),
 ("o6-jump", D6, "jumped [[nearly 80%]]", "percent", 80, 80, "%", R, "intercept share move on deal day"),
 ("o6-px", D6, "to [[$18.71]]", "money", 18.71, 18.71, "USD", R, "intercept share price after deal"),
 ("o6-tue2", D6, "trading on [[Tuesday]]", "date", 2023, 2023, "year", O, "trading day"),

 # ---- oca07 fact-check (2023-07-06) ----
 ("o7-post16", D7, "voted [[16]]-0 against Ocaliva", "count", 16, 16, "votes", O, "false post: votes against (attributed)"),
 ("o7-post0", D7, "voted 16-[[0]] against Ocaliva", "count", 0, 0, "votes", O, "false post: votes for (attributed)"),
 ("o7-posthalf", D7, "[[Half]] the people who took", "percent", 50, 50, "%", O, "false post: liver damage share (attributed)"),
 ("o7-postdate", D7, "late June [[2023]]", "date", 2023, 2023, "year", O, "date posts shared"),
 ("o7-vhalf", D7, "liver damage in [[half]] of participants", "percent", 50, 50, "%", O, "negated false figure"),
 ("o7-twouses", D7, "mix up [[two]] separate", "count", 2, 2, "uses", O, "aside"),
 ("o7-rhalf", D7, "did not affect [[half]] of trial", "percent", 50, 50, "%", O, "negated false figure (ruling)"),
 ("o7-pbc", D7, "since its [[2017]] approval", "date", 2017, 2017, "year", R, "ocaliva pbc accelerated approval"),
 ("o7-not16", D7, "was not [[16]]-0.", "count", 16, 16, "votes", O, "false post figure (repeat)"),
 ("o7-not0", D7, "was not 16-[[0]].", "count", 0, 0, "votes", O, "false post figure (repeat)"),
 ("o7-adcom", D7, "On [[May 19]], the", "date", 2023, 2023, "year", R, "nash adcom date"),
 ("o7-q1maj", D7, "voted [[12]] to 2", "count", 12, 12, "votes", R, "nash adcom q1 majority (benefits do not outweigh risks, 25 mg)"),
 ("o7-q1min", D7, "voted 12 to [[2]]", "count", 2, 2, "votes", R, "nash adcom q1 minority"),
 ("o7-abst", D7, "risks; [[two]] members", "count", 2, 2, "votes", R, "nash adcom q1 abstentions"),
 ("o7-q2maj", D7, "voted [[15]] to 1", "count", 15, 15, "votes", R, "nash adcom q2 majority (defer until outcome data)"),
 ("o7-q2min", D7, "voted 15 to [[1]]", "count", 1, 1, "votes", R, "nash adcom q2 minority"),
 ("o7-members", D7, "[[Sixteen]] members", "count", 16, 16, "members", R, "voting members per question"),
 ("o7-crl", D7, "letter on [[June 22]]", "date", 2023, 2023, "year", R, "nash crl date"),
 ("o7-qhalf", D7, "posts' \"[[half]]\" figure", "percent", 50, 50, "%", O, "false post figure (quoted)"),
 ("o7-enrol", D7, "about [[2,500]] people", "count", 2500, 2500, "participants", R, "regenerate enrolment"),
 ("o7-nothalf", D7, "not [[half]] the participants", "percent", 50, 50, "%", O, "negated false figure"),
 ("o7-hop", D7, "The [[half]]-of-patients", "percent", 50, 50, "%", O, "false post figure (repeat)"),
 ("o7-prur", D7, "affected [[28%]] of", "percent", 28, 28, "%", R, "pruritus oca 25 mg"),
 ("o7-prpbo", D7, "with [[19%]] of those on placebo", "percent", 19, 19, "%", R, "pruritus placebo"),
 ("o7-box", D7, "strengthened in [[2021]]", "date", 2021, 2021, "year", R, "boxed warning strengthened"),
 ("o7-r16", D7, "The [[16]]-0 vote never", "count", 16, 16, "votes", O, "false post figure (repeat)"),
 ("o7-r0", D7, "The 16-[[0]] vote never", "count", 0, 0, "votes", O, "false post figure (repeat)"),
 ("o7-r12", D7, "tallies were [[12]]-2", "count", 12, 12, "votes", O, "q1 majority (repeat)"),
 ("o7-r2", D7, "tallies were 12-[[2]]", "count", 2, 2, "votes", O, "q1 minority (repeat)"),
 ("o7-r15", D7, "and [[15]]-1. And", "count", 15, 15, "votes", O, "q2 majority (repeat)"),
 ("o7-r1", D7, "and 15-[[1]]. And", "count", 1, 1, "votes", O, "q2 minority (repeat)"),
 ("o7-srcmay", D7, "voting results, [[May 2023]]", "date", 2023, 2023, "year", O, "source list metadata"),
 ("o7-srcjun", D7, "statements, [[June 2023]]", "date", 2023, 2023, "year", O, "source list metadata"),
]

# doses used as arm labels: every remaining "N mg" / "N-milligram" occurrence is an optional dose claim
DOSE_RE = re.compile(r"(?<![\d.])(\d+)(?: mg(?![/\w])|-milligram)")

STRICT = [
 # S1 q1 majority 14 vs 12
 ("o6-q1maj", "o1-q1maj"), ("o6-q1maj", "o4-q1maj"), ("o6-q1maj", "o7-q1maj"),
 # S2 q2 majority 13 vs 15
 ("o4-q2maj", "o1-q2maj"), ("o4-q2maj", "o7-q2maj"),
 # S3 efficacy population 913 vs 931
 ("o4-itt", "o1-itt"), ("o4-itt", "o3-itt"),
 # S4 placebo fibrosis response (reanalysis) 17.6 vs 9.6 / ~10
 ("o6-fibpbo", "o1-fibpbo"), ("o6-fibpbo", "o3-fibpbo"), ("o6-fibpbo", "o4-fibpbo"),
 # S5 pruritus on 25 mg 28 vs 51 / ~50
 ("o7-prur", "o1-prur"), ("o7-prur", "o3-pr25"), ("o7-prur", "o4-prur"),
 # S6 severe pruritus on 25 mg 15 vs 5
 ("o5-sev", "o3-sev25"), ("o5-sev", "o4-sev"),
 # S7 2023 workforce cut a quarter vs one third
 ("o5-quarter", "o2-third"), ("o5-quarter", "o6-third"),
 # S8 deal premium 28 vs 82
 ("o5-prem", "o6-prem"),
 # S9 PBC approval year 2017 vs 2016
 ("o7-pbc", "o1-pbc"), ("o7-pbc", "o4-pbc"), ("o7-pbc", "o6-pbc"),
]
QUALIFIED = [
 # original 2019 analysis vs consensus reanalysis (same arm, different read of the biopsies)
 ("o3-o25", "o1-fib25"), ("o3-o25", "o2-fib25"), ("o3-o25", "o5-fib25"), ("o3-o25", "o6-fib25"),
 ("o3-opbo", "o1-fibpbo"), ("o3-opbo", "o6-fibpbo"),
 # trial size: randomised vs assessed for safety
 ("o4-fibpbo", "o3-opbo"),
 ("o3-rand", "o2-safety"),
 # deal value: approximate outlet figures
 ("o4-dealv", "o6-dealv"), ("o4-dealv", "o5-dealv"),
]


def main():
    texts = {}
    for fn in sorted(os.listdir(TOP)):
        if fn.endswith(".txt"):
            with open(os.path.join(TOP, fn), encoding="utf-8") as f:
                texts[fn] = f.read()
    rows, ids = [], set()
    for (cid, doc, ctx, kind, lo, hi, unit, req, topic) in C:
        assert cid not in ids, cid
        ids.add(cid)
        t = texts[doc]
        pre, rest = ctx.split("[[")
        span, post = rest.split("]]")
        plain = pre + span + post
        n = t.count(plain)
        assert n == 1, (cid, plain, n)
        start = t.index(plain) + len(pre)
        end = start + len(span)
        assert t[start:end] == span
        rows.append(dict(type="claim", id=cid, doc=doc, start=start, end=end, span=span,
                         kind=kind, low=lo, high=hi, unit=unit, required=req, topic=topic))
    # auto optional dose claims
    for doc, t in texts.items():
        k = 0
        for m in DOSE_RE.finditer(t):
            s, e = m.start(), m.end()
            if any(r["doc"] == doc and r["start"] < e and s < r["end"] for r in rows):
                continue
            k += 1
            v = int(m.group(1))
            cid = f"{doc[:5]}-dose{k}"
            rows.append(dict(type="claim", id=cid, doc=doc, start=s, end=e, span=t[s:e], kind="dose",
                             low=v, high=v, unit="mg", required=False, topic="dose arm label"))
            ids.add(cid)
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    # overlap check
    for a in rows:
        for b in rows:
            if a is not b and a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]:
                raise SystemExit(f"overlap {a['id']} {b['id']}")
    byid = {r["id"]: r for r in rows}
    conf = []
    for grade, pairs in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in pairs:
            assert byid[a]["doc"] != byid[b]["doc"], (a, b)
            if grade == "strict":
                assert byid[a]["required"] and byid[b]["required"], (a, b)
            conf.append(dict(type="conflict", a=a, b=b, grade=grade))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows + conf:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nreq = sum(r["required"] for r in rows)
    print(f"claims {len(rows)} (required {nreq}, optional {len(rows)-nreq}); "
          f"strict {len(STRICT)}, qualified {len(QUALIFIED)}")
    # report uncovered digit runs / number words for manual noise review
    NUM = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|twice|double|dozen|Sixteen)\b", re.I)
    for doc, t in sorted(texts.items()):
        for m in NUM.finditer(t):
            if not any(r["doc"] == doc and r["start"] < m.end() and m.start() < r["end"] for r in rows):
                ctx = t[max(0, m.start()-25):m.end()+15].replace("\n", "⏎")
                print(f"  uncovered {doc}: {m.group()!r} … {ctx}")


if __name__ == "__main__":
    main()
