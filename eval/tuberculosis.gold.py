#!/usr/bin/env python3
"""Build tuberculosis.gold.jsonl from the articles in tuberculosis/.

Each claim is located by a context string that occurs exactly once in its article;
the claimed span is marked inside the context with [[ ]] (or, when the context has
no brackets, the context itself is the span). Offsets are Unicode code points into
the text as read with UTF-8. Every span is checked against the article slice.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "tuberculosis")
OUT = os.path.join(HERE, "tuberculosis.gold.jsonl")

R, O = True, False  # required / optional
M = 1_000_000
B = 1_000_000_000

# (id, context-with-[[span]], kind, low, high, unit, required, topic)
CLAIMS = {
"tb01_wire.txt": [
    ("tb01-dateline", "GENEVA, [[Nov 12]] (", "date", 2025, 2025, "year", O, "publication dateline"),
    ("tb01-deaths24", "killed an estimated [[1.23 million]] people", "count", 1.23*M, 1.23*M, "deaths", R, "global TB deaths 2024"),
    ("tb01-y24a", "people in [[2024]] and about", "date", 2024, 2024, "year", O, "reference year"),
    ("tb01-ill24", "about [[10.7 million]] fell ill", "count", 10.7*M, 10.7*M, "people", R, "global people falling ill 2024"),
    ("tb01-wed", "said on [[Wednesday]]", "date", 2025, 2025, "year", O, "report release date"),
    ("tb01-deaths23", "compare with [[1.25 million]] deaths", "count", 1.25*M, 1.25*M, "deaths", R, "global TB deaths 2023"),
    ("tb01-ill23", "deaths and [[10.8 million]] new illnesses", "count", 10.8*M, 10.8*M, "people", R, "global people falling ill 2023"),
    ("tb01-y23a", "new illnesses in [[2023]].", "date", 2023, 2023, "year", O, "reference year"),
    ("tb01-incdrop", "fell by almost [[2%]]", "percent", 2, 2, "%", R, "incidence rate decline 2023-2024"),
    ("tb01-deathdrop", "deaths dropped by [[3%]]", "percent", 3, 3, "%", R, "death decline 2023-2024"),
    ("tb01-million", "claims [[more than a million]] lives a year", "count", 1*M, 1*M, "deaths/year", O, "quote paraphrase, deaths per year"),
    ("tb01-diag24", "A record [[8.3 million]] people", "count", 8.3*M, 8.3*M, "people", R, "global newly diagnosed 2024"),
    ("tb01-y24b", "put on treatment in [[2024]], the report", "date", 2024, 2024, "year", O, "reference year"),
    ("tb01-cov", "roughly [[78%]] of everyone", "percent", 78, 78, "%", R, "treatment coverage 2024"),
    ("tb01-rapid24", "climbed to [[54%]] of people diagnosed", "percent", 54, 54, "%", R, "rapid test coverage 2024"),
    ("tb01-rapid23", "from [[48%]] a year earlier", "percent", 48, 48, "%", R, "rapid test coverage 2023"),
    ("tb01-mdrtx", "more than [[164,000]] started", "count", 164000, 164000, "people", R, "MDR/RR-TB started treatment 2024"),
    ("tb01-lastyr", "started treatment [[last year]]", "date", 2024, 2024, "year", O, "reference year (relative)"),
    ("tb01-mdrsucc24", "rose to [[71%]] from", "percent", 71, 71, "%", R, "MDR/RR-TB treatment success (latest)"),
    ("tb01-mdrsucc23", "71% from [[68%]].", "percent", 68, 68, "%", R, "MDR/RR-TB treatment success (previous)"),
    ("tb01-30c", "[[Thirty]] high-burden", "count", 30, 30, "countries", R, "high-burden countries"),
    ("tb01-87", "accounted for [[87%]] of cases", "percent", 87, 87, "%", R, "share of cases in 30 countries 2024"),
    ("tb01-8c", "and [[eight]] of them", "count", 8, 8, "countries", O, "countries making up two-thirds"),
    ("tb01-india", "India at [[25%]]", "percent", 25, 25, "%", R, "India share 2024"),
    ("tb01-indo", "Indonesia at [[10%]]", "percent", 10, 10, "%", R, "Indonesia share 2024"),
    ("tb01-twothirds", "made up [[two-thirds]] of", "percent", 200/3, 200/3, "%", R, "eight-country share 2024"),
    ("tb01-fund24", "made [[$5.9 billion]] available", "money", 5.9*B, 5.9*B, "USD", R, "TB funding available 2024"),
    ("tb01-y24c", "prevention and care in [[2024]], barely", "date", 2024, 2024, "year", O, "reference year"),
    ("tb01-y2020", "barely more than in [[2020]]", "date", 2020, 2020, "year", O, "comparison year"),
    ("tb01-quarter", "only [[about a quarter]] of the", "percent", 25, 25, "%", R, "funding as share of target"),
    ("tb01-target", "of the [[$22 billion]] a year", "money", 22*B, 22*B, "USD/year", R, "funding target by 2027"),
    ("tb01-2027", "mobilise by [[2027]]", "date", 2027, 2027, "year", R, "funding target year"),
    ("tb01-proj-d", "as many as [[2 million]] extra deaths", "count", 2*M, 2*M, "deaths", O, "projection if cuts persist (hypothetical)"),
    ("tb01-proj-c", "and [[10 million]] extra cases", "count", 10*M, 10*M, "cases", O, "projection if cuts persist (hypothetical)"),
    ("tb01-decade", "over [[the next decade]]", "duration", 10, 10, "years", O, "projection horizon"),
    ("tb01-thisyr", "before [[this year]]'s reductions", "date", 2025, 2025, "year", O, "aid cuts year"),
    ("tb01-fewmo", "A gap of [[a few months]]", "duration", None, None, "months", O, "quote, vague"),
    ("tb01-us24", "counted [[10,388]] cases", "count", 10388, 10388, "cases", R, "US TB cases 2024 (final)"),
    ("tb01-y24d", "10,388 cases in [[2024]]", "date", 2024, 2024, "year", O, "reference year"),
    ("tb01-usrate24", "a rate of [[3.1 per 100,000]] people", "rate", 3.1, 3.1, "per 100,000", R, "US TB rate 2024 (final)"),
    ("tb01-m72eff", "lung TB by [[54%]] over", "percent", 54, 54, "%", R, "M72 phase 2b efficacy, three-year final (misreported)"),
    ("tb01-3y", "54% over [[three years]] of follow-up", "duration", 3, 3, "years", O, "follow-up timepoint"),
    ("tb01-july", "enrolling volunteers in [[July]]", "date", 2025, 2025, "year", R, "M72 phase 3 full enrolment date"),
    ("tb01-2028", "not expected before [[2028]]", "date", 2028, 2028, "year", R, "M72 phase 3 results expected"),
    ("tb01-100y", "in [[more than 100 years]]", "duration", 100, 100, "years", O, "time since last new TB vaccine"),
    ("tb01-1921", "dates from [[1921]]", "date", 1921, 1921, "year", R, "BCG introduction"),
    ("tb01-bpalm6", "the [[six-month]] BPaLM", "duration", 6, 6, "months", R, "BPaLM duration"),
    ("tb01-184", "data from [[184]] countries", "count", 184, 184, "countries and areas", R, "report coverage"),
],
"tb02_press.txt": [
    ("tb02-title11", "completes enrolment [[11 months]] ahead of schedule", "duration", 11, 11, "months", O, "headline repeat"),
    ("tb02-date", "Seattle, WA, [[30 July 2025]]", "date", 2025, 2025, "year", O, "publication date"),
    ("tb02-m72n", "enrolment of approximately [[20,000]] participants", "count", 20000, 20000, "participants", R, "M72 phase 3 trial size"),
    ("tb02-11mo", "participants, [[11 months]] earlier than planned", "duration", 11, 11, "months", R, "enrolment ahead of schedule"),
    ("tb02-sites", "conducted at [[54]] sites", "count", 54, 54, "sites", R, "M72 phase 3 sites (at full enrolment)"),
    ("tb02-countries", "54 sites in [[five]] countries", "count", 5, 5, "countries", R, "M72 phase 3 countries (at full enrolment)"),
    ("tb02-launch", "in South Africa in [[March 2024]]", "date", 2024, 2024, "year", R, "M72 phase 3 first vaccination"),
    ("tb02-age", "Participants aged [[15 to 44 years]]", "age", 15, 44, "years", R, "M72 phase 3 eligible age"),
    ("tb02-doses", "to receive [[two]] doses", "count", 2, 2, "doses", R, "M72 doses"),
    ("tb02-interval", "given [[one month]] apart", "duration", 1, 1, "months", R, "M72 dose interval"),
    ("tb02-antigens", "derived from [[two]] Mycobacterium", "count", 2, 2, "antigens", O, "vaccine composition"),
    ("tb02-p2n", "Phase IIb study of [[3,573]] adults", "count", 3573, 3573, "participants", R, "M72 phase 2b participants (dosed)"),
    ("tb02-2019", "published in [[2019]]", "date", 2019, 2019, "year", O, "final analysis publication"),
    ("tb02-m72eff", "vaccine efficacy of [[49.7%]]", "percent", 49.7, 49.7, "%", R, "M72 phase 2b efficacy, three-year final"),
    ("tb02-3y", "over [[three years]] of follow-up", "duration", 3, 3, "years", O, "follow-up timepoint"),
    ("tb02-cases-v", "with [[13]] cases in the vaccine group", "count", 13, 13, "cases", R, "M72 phase 2b cases vaccine arm"),
    ("tb02-cases-p", "and [[26]] in the placebo group", "count", 26, 26, "cases", R, "M72 phase 2b cases placebo arm"),
    ("tb02-2y", "after roughly [[two years]] of follow-up", "duration", 2, 2, "years", O, "interim timepoint"),
    ("tb02-interim", "put efficacy at [[54.0%]]", "percent", 54.0, 54.0, "%", R, "M72 phase 2b efficacy, interim (~2 years)"),
    ("tb02-june23", "which in [[June 2023]] committed", "date", 2023, 2023, "year", R, "funding commitment date"),
    ("tb02-fund", "a combined [[US$550 million]]", "money", 550*M, 550*M, "USD", R, "M72 phase 3 funding total"),
    ("tb02-gates", "programme: [[US$400 million]] from", "money", 400*M, 400*M, "USD", R, "M72 funding Gates Foundation"),
    ("tb02-wellcome", "and [[US$150 million]] from Wellcome", "money", 150*M, 150*M, "USD", R, "M72 funding Wellcome"),
    ("tb02-century", "in [[over a century]]", "duration", 100, 100, "years", O, "time since last new TB vaccine"),
    ("tb02-ill23", "an estimated [[10.8 million]] people fell ill", "count", 10.8*M, 10.8*M, "people", R, "global people falling ill 2023"),
    ("tb02-y23a", "fell ill with TB in [[2023]] and", "date", 2023, 2023, "year", O, "reference year"),
    ("tb02-deaths23", "and [[1.25 million]] died", "count", 1.25*M, 1.25*M, "deaths", R, "global TB deaths 2023"),
    ("tb02-mdr23", "Around [[450,000]] people", "count", 450000, 450000, "people", R, "MDR/RR-TB incidence 2023 (stale figure)"),
    ("tb02-y23b", "rifampicin-resistant TB in [[2023]]. About", "date", 2023, 2023, "year", O, "reference year"),
    ("tb02-quarter", "About [[one quarter]] of the global", "percent", 25, 25, "%", R, "share of world population infected"),
],
"tb03_abstract.txt": [
    ("tb03-title24w", "A [[24-week]] all-oral regimen (BPaLM) versus", "duration", 24, 24, "weeks", O, "title"),
    ("tb03-ill22", "estimated that [[10.6 million]] people", "count", 10.6*M, 10.6*M, "people", R, "global people falling ill 2022 (2023 report)"),
    ("tb03-y22a", "fell ill with TB in [[2022]] and", "date", 2022, 2022, "year", O, "reference year"),
    ("tb03-deaths22", "and [[1.3 million]] died", "count", 1.3*M, 1.3*M, "deaths", R, "global TB deaths 2022 (2023 report)"),
    ("tb03-mdr22", "An estimated [[410 000]] people", "count", 410000, 410000, "people", R, "MDR/RR-TB incidence 2022"),
    ("tb03-mdrui", "uncertainty interval [[370 000–450 000]])", "count", 370000, 450000, "people", R, "MDR/RR-TB 2022 uncertainty interval"),
    ("tb03-twofive", "only about [[two in five]] of them", "percent", 40, 40, "%", R, "MDR/RR-TB treated share 2022"),
    ("tb03-fund22", "reached [[US$ 5.8 billion]] in 2022", "money", 5.8*B, 5.8*B, "USD", R, "TB funding available 2022"),
    ("tb03-y22b", "US$ 5.8 billion in [[2022]], less", "date", 2022, 2022, "year", O, "reference year"),
    ("tb03-lesshalf", "2022, [[less than half]] of the", "percent", None, None, "%", O, "funding as share of target (vague bound)"),
    ("tb03-target13", "of the [[US$ 13 billion]] annual target", "money", 13*B, 13*B, "USD/year", R, "funding target for 2022"),
    ("tb03-conv", "MDR/RR-TB last [[9 to 20 months]], often", "duration", 9, 20, "months", R, "conventional MDR regimen duration"),
    ("tb03-halfpts", "succeed in [[little more than half]] of patients", "percent", None, None, "%", O, "vague success share"),
    ("tb03-24w", "whether a [[24-week]] regimen", "duration", 24, 24, "weeks", R, "BPaLM duration"),
    ("tb03-sites", "Setting: [[seven]] hospital", "count", 7, 7, "sites", R, "TB-PRACTECAL sites"),
    ("tb03-age", "patients aged [[15 years]] or older", "age", 15, 15, "years", R, "TB-PRACTECAL minimum age"),
    ("tb03-24wb", "BPaLM for [[24 weeks]] (linezolid", "duration", 24, 24, "weeks", O, "repeat"),
    ("tb03-lzd600", "linezolid [[600 mg]] daily", "dose", 600, 600, "mg", R, "linezolid initial dose"),
    ("tb03-16w", "daily for [[16 weeks]], then", "duration", 16, 16, "weeks", R, "linezolid 600 mg duration"),
    ("tb03-lzd300", "then [[300 mg]] daily", "dose", 300, 300, "mg", R, "linezolid later dose"),
    ("tb03-conv2", "standard care lasting [[9 to 20 months]].", "duration", 9, 20, "months", O, "repeat"),
    ("tb03-72w", "recurrence) [[72 weeks]] after", "duration", 72, 72, "weeks", O, "primary outcome timepoint"),
    ("tb03-margin", "margin [[12 percentage points]]", "percent", 12, 12, "percentage points", O, "non-inferiority margin (design)"),
    ("tb03-n552", "[[N = 552]] patients", "count", 552, 552, "participants", R, "TB-PRACTECAL enrolled (both stages)"),
    ("tb03-n301", "enrolled; [[301]] were randomised", "count", 301, 301, "participants", R, "TB-PRACTECAL stage 2 randomised"),
    ("tb03-n128", "analysis included [[128]] (", "count", 128, 128, "participants", R, "TB-PRACTECAL mITT"),
    ("tb03-n62", "(BPaLM, [[n=62]];", "count", 62, 62, "participants", R, "mITT BPaLM arm"),
    ("tb03-n66", "standard care, [[n=66]])", "count", 66, 66, "participants", R, "mITT standard-care arm"),
    ("tb03-ev7", "occurred in [[7]] of 62", "count", 7, 7, "patients", R, "unfavourable outcomes BPaLM"),
    ("tb03-ev62", "7 of [[62]] patients", "count", 62, 62, "patients", O, "denominator repeat"),
    ("tb03-unf-bpalm", "patients ([[11%]]) receiving BPaLM", "percent", 11, 11, "%", R, "unfavourable outcome BPaLM"),
    ("tb03-ev32", "and in [[32]] of 66", "count", 32, 32, "patients", R, "unfavourable outcomes standard care"),
    ("tb03-ev66", "32 of [[66]] (48%)", "count", 66, 66, "patients", O, "denominator repeat"),
    ("tb03-unf-soc", "of 66 ([[48%]]) receiving", "percent", 48, 48, "%", R, "unfavourable outcome standard care"),
    ("tb03-rd", "risk difference of [[−37 percentage points]]", "percent", -37, -37, "percentage points", R, "risk difference"),
    ("tb03-rdci", "CI, [[−53 to −22]];", "percent", -53, -22, "percentage points", R, "risk difference 96.6% CI"),
    ("tb03-p", "[[P<0.001]] for non-inferiority", "pvalue", 0.001, 0.001, "p", O, "p-value"),
    ("tb03-ae-grade", "grade [[3]] or higher", "score", 3, 3, "grade", O, "definitional grade threshold"),
    ("tb03-ae-bpalm", "occurred in [[19%]] of the BPaLM", "percent", 19, 19, "%", R, "grade>=3/serious AEs BPaLM"),
    ("tb03-ae-soc", "group and [[59%]] of the standard-care", "percent", 59, 59, "%", R, "grade>=3/serious AEs standard care"),
    ("tb03-6mo", "a [[six-month]] all-oral BPaLM regimen was", "duration", 6, 6, "months", O, "repeat of 24-week duration"),
    ("tb03-conv3", "safer than [[9- to 20-month]] standard care", "duration", 9, 20, "months", O, "repeat"),
    ("tb03-who22", "In [[2022]] WHO recommended", "date", 2022, 2022, "year", R, "WHO BPaLM recommendation"),
    ("tb03-age14", "patients aged [[14 years]] and older", "age", 14, 14, "years", R, "WHO BPaLM minimum age"),
    ("tb03-fda19", "Drug Administration in [[2019]] as", "date", 2019, 2019, "year", R, "FDA pretomanid approval"),
    ("tb03-3drug", "the [[three]]-drug BPaL", "count", 3, 3, "drugs", O, "regimen composition"),
    ("tb03-108w", "follow-up to [[108 weeks]]", "duration", 108, 108, "weeks", O, "longer follow-up timepoint"),
],
"tb04_explainer.txt": [
    ("tb04-title2025", "Tuberculosis in [[2025]]: your", "date", 2025, 2025, "year", O, "title"),
    ("tb04-prog", "somewhere between [[5% and 10%]] of them", "percent", 5, 10, "%", R, "lifetime progression latent to active"),
    ("tb04-quarter", "Roughly [[a quarter]] of the world", "percent", 25, 25, "%", R, "share of world population infected"),
    ("tb04-ill23", "global report, [[10.8 million]] people", "count", 10.8*M, 10.8*M, "people", R, "global people falling ill 2023"),
    ("tb04-y23a", "fell ill with TB in [[2023]] and 1.52", "date", 2023, 2023, "year", O, "reference year"),
    ("tb04-deaths23", "2023 and [[1.52 million]] died", "count", 1.52*M, 1.52*M, "deaths", R, "global TB deaths 2023 (transposed)"),
    ("tb04-diag23", "About [[8.2 million]] of those", "count", 8.2*M, 8.2*M, "people", R, "global newly diagnosed 2023"),
    ("tb04-mdr23", "an estimated [[400,000]] people", "count", 400000, 400000, "people", R, "MDR/RR-TB incidence 2023"),
    ("tb04-y23b", "rifampicin-resistant TB in [[2023]].", "date", 2023, 2023, "year", O, "reference year"),
    ("tb04-us24", "show [[10,347]] cases", "count", 10347, 10347, "cases", R, "US TB cases 2024 (provisional)"),
    ("tb04-y24", "10,347 cases in [[2024]]", "date", 2024, 2024, "year", O, "reference year"),
    ("tb04-usrate24", "a rate of [[3.0 per 100,000]] people", "rate", 3.0, 3.0, "per 100,000", R, "US TB rate 2024 (provisional)"),
    ("tb04-usinc24", "an increase of [[16%]] over 2023", "percent", 16, 16, "%", R, "US case increase 2024 vs 2023 (wrong year's figure)"),
    ("tb04-y23c", "16% over [[2023]].", "date", 2023, 2023, "year", O, "comparison year"),
    ("tb04-rate-nonus", "([[15.5 per 100,000]])", "rate", 15.5, 15.5, "per 100,000", R, "US rate non-US-born 2024"),
    ("tb04-rate-us", "born here ([[0.8]])", "rate", 0.8, 0.8, "per 100,000", R, "US rate US-born 2024"),
    ("tb04-ks23", "jumps, from [[1.6]] to 3.9", "rate", 1.6, 1.6, "per 100,000", R, "Kansas TB rate 2023"),
    ("tb04-ks24", "from 1.6 to [[3.9 cases per 100,000]]", "rate", 3.9, 3.9, "per 100,000", R, "Kansas TB rate 2024"),
    ("tb04-latejan", "As of [[late January]], 67", "date", 2025, 2025, "year", O, "as-of date"),
    ("tb04-active", "late January, [[67]] people", "count", 67, 67, "cases", R, "Kansas outbreak active cases"),
    ("tb04-latent", "active TB and [[79]] had latent", "count", 79, 79, "infections", R, "Kansas outbreak latent infections"),
    ("tb04-johnson", "active cases, [[60]] were in Johnson County", "count", 60, 60, "cases", R, "Kansas active cases Johnson County (swapped)"),
    ("tb04-wyandotte", "Johnson County and [[seven]] in Wyandotte", "count", 7, 7, "cases", R, "Kansas active cases Wyandotte County (swapped)"),
    ("tb04-deaths-ks", "[[Two]] people with outbreak-linked TB died", "count", 2, 2, "deaths", R, "Kansas outbreak deaths"),
    ("tb04-dstx", "antibiotics taken for [[four to six months]]", "duration", 4, 6, "months", R, "drug-susceptible TB treatment duration"),
    ("tb04-ltbi", "typically [[three to nine months]]", "duration", 3, 9, "months", R, "latent TB treatment duration"),
    ("tb04-oldmdr", "used to mean [[18 months]] or more", "duration", 18, 18, "months", R, "older MDR regimen duration"),
    ("tb04-bpalm6", "takes [[six months]].", "duration", 6, 6, "months", R, "BPaLM duration"),
    ("tb04-n301", "TB-PRACTECAL trial of [[301]] people", "count", 301, 301, "participants", R, "TB-PRACTECAL size (stage 2)"),
    ("tb04-bpalm-succ", "people, [[89%]] of those", "percent", 89, 89, "%", R, "BPaLM cure rate TB-PRACTECAL"),
    ("tb04-soc-succ", "compared with [[52%]] on older", "percent", 52, 52, "%", R, "standard-care cure rate TB-PRACTECAL"),
    ("tb04-fda", "Administration in [[August 2019]]", "date", 2019, 2019, "year", R, "FDA pretomanid approval"),
    ("tb04-vfor", "panel voted [[13]]-5", "count", 13, 13, "votes", R, "FDA adcom pretomanid votes for (miscounted)"),
    ("tb04-vagn", "panel voted 13-[[5]] in", "count", 5, 5, "votes", R, "FDA adcom pretomanid votes against (miscounted)"),
    ("tb04-1921", "in use since [[1921]]", "date", 1921, 1921, "year", R, "BCG introduction"),
    ("tb04-m72n", "trial with about [[20,000]] volunteers", "count", 20000, 20000, "participants", R, "M72 phase 3 trial size"),
    ("tb04-p2n", "earlier study of [[3,575]] adults", "count", 3575, 3575, "participants", R, "M72 phase 2b participants (randomised)"),
    ("tb04-cough", "cough lasting [[three weeks]] or longer", "duration", 3, 3, "weeks", R, "cough duration threshold"),
],
"tb05_blog.txt": [
    ("tb05-date", "[[March 28, 2025]] ·", "date", 2025, 2025, "year", O, "byline date"),
    ("tb05-tbday", "Every [[March 24]] I write", "date", None, None, "year", O, "World TB Day (recurring)"),
    ("tb05-lastoct", "published [[last October]]", "date", 2024, 2024, "year", O, "WHO report publication"),
    ("tb05-y23a", "headline numbers for [[2023]]:", "date", 2023, 2023, "year", O, "reference year"),
    ("tb05-ill23", "[[10.8 million]] people fell ill", "count", 10.8*M, 10.8*M, "people", R, "global people falling ill 2023"),
    ("tb05-ill22", "a touch from [[10.7 million]] in 2022", "count", 10.7*M, 10.7*M, "people", R, "global people falling ill 2022 (revised, 2024 report)"),
    ("tb05-y22", "10.7 million in [[2022]]", "date", 2022, 2022, "year", O, "reference year"),
    ("tb05-deaths23", "and [[1.25 million]] died", "count", 1.25*M, 1.25*M, "deaths", R, "global TB deaths 2023"),
    ("tb05-deaths22", "down from [[1.32 million]] the year before", "count", 1.32*M, 1.32*M, "deaths", R, "global TB deaths 2022 (revised)"),
    ("tb05-diag23", "Some [[8.2 million]] people", "count", 8.2*M, 8.2*M, "people", R, "global newly diagnosed 2023"),
    ("tb05-1995", "global monitoring in [[1995]]", "date", 1995, 1995, "year", O, "start of WHO monitoring"),
    ("tb05-gap", "a gap of about [[2.7 million]] people", "count", 2.7*M, 2.7*M, "people", R, "gap incidence vs notified 2023"),
    ("tb05-mdr23", "About [[400,000]] people developed", "count", 400000, 400000, "people", R, "MDR/RR-TB incidence 2023"),
    ("tb05-y23b", "rifampicin-resistant TB in [[2023]], and", "date", 2023, 2023, "year", O, "reference year"),
    ("tb05-mdr44", "only [[44%]] of them", "percent", 44, 44, "%", R, "MDR/RR-TB treated share 2023"),
    ("tb05-fund23", "Just [[$5.7 billion]] was available", "money", 5.7*B, 5.7*B, "USD", R, "TB funding available 2023"),
    ("tb05-y23c", "care and prevention in [[2023]], which", "date", 2023, 2023, "year", O, "reference year"),
    ("tb05-26", "which is [[26%]] of the", "percent", 26, 26, "%", R, "funding as share of target"),
    ("tb05-target", "of the [[$22 billion]] a year", "money", 22*B, 22*B, "USD/year", R, "funding target by 2027"),
    ("tb05-2027", "signed up for by [[2027]]", "date", 2027, 2027, "year", R, "funding target year"),
    ("tb05-jan", "[[In January]], cuts to U.S. foreign aid", "date", 2025, 2025, "year", O, "aid freeze date"),
    ("tb05-y24", "provisional count for [[2024]] is", "date", 2024, 2024, "year", O, "reference year"),
    ("tb05-us24", "is [[10,437]] U.S. cases", "count", 10437, 10437, "cases", R, "US TB cases 2024 (provisional, transposed)"),
    ("tb05-usinc24", "up [[8%]] on 2023", "percent", 8, 8, "%", R, "US case increase 2024 vs 2023"),
    ("tb05-y23d", "up 8% on [[2023]] and", "date", 2023, 2023, "year", O, "comparison year"),
    ("tb05-2011", "highest since [[2011]]", "date", 2011, 2011, "year", O, "comparison year"),
    ("tb05-ksstart", "active since [[January 2023]]", "date", 2023, 2023, "year", R, "Kansas outbreak start (off by a year)"),
    ("tb05-decade", "outbreak [[a decade ago]] was larger", "date", None, None, "year", O, "Georgia outbreak, vague relative date"),
    ("tb05-oldmdr", "MDR-TB meant [[18 to 24 months]] of drugs", "duration", 18, 24, "months", R, "older MDR regimen duration"),
    ("tb05-bpalm6", "the [[six-month]] all-oral regimen", "duration", 6, 6, "months", R, "BPaLM duration"),
    ("tb05-bpalm-succ", "cured [[89%]] of patients", "percent", 89, 89, "%", R, "BPaLM cure rate TB-PRACTECAL"),
    ("tb05-soc-succ", "versus [[58%]] on the older", "percent", 58, 58, "%", R, "standard-care cure rate TB-PRACTECAL (wrong)"),
    ("tb05-vfor", "committee voted [[fourteen]] to four", "count", 14, 14, "votes", R, "FDA adcom pretomanid votes for"),
    ("tb05-vagn", "voted fourteen to [[four]] in", "count", 4, 4, "votes", R, "FDA adcom pretomanid votes against"),
    ("tb05-vdate", "to four in [[2019]] to support", "date", 2019, 2019, "year", R, "FDA adcom date"),
    ("tb05-m72n", "in a [[26,000]]-person Phase 3", "count", 26000, 26000, "participants", R, "M72 phase 3 trial size (pre-launch plan figure)"),
    ("tb05-launch", "that began in [[March 2024]]", "date", 2024, 2024, "year", R, "M72 phase 3 start"),
    ("tb05-sites", "at up to [[60]] sites", "count", 60, 60, "sites", R, "M72 phase 3 sites (at launch, planned)"),
    ("tb05-countries", "60 sites in [[seven]] countries", "count", 7, 7, "countries", R, "M72 phase 3 countries (at launch, planned)"),
    ("tb05-fund", "funded with [[$550 million]]", "money", 550*M, 550*M, "USD", R, "M72 phase 3 funding total"),
    ("tb05-cough", "cough for [[three weeks]] or more", "duration", 3, 3, "weeks", R, "cough duration threshold"),
    ("tb05-104", "still matters, [[104 years]] on", "duration", 104, 104, "years", O, "related-link title"),
],
"tb06_local.txt": [
    ("tb06-title67", "reaches [[67]] active cases; state", "count", 67, 67, "cases", O, "headline repeat"),
    ("tb06-date", "Updated [[Jan. 29, 2025]]", "date", 2025, 2025, "year", O, "publication date"),
    ("tb06-active", "has grown to [[67]] active cases", "count", 67, 67, "cases", R, "Kansas outbreak active cases"),
    ("tb06-deaths", "linked to [[two]] deaths", "count", 2, 2, "deaths", R, "Kansas outbreak deaths"),
    ("tb06-tue", "Environment said [[Tuesday]]", "date", 2025, 2025, "year", O, "statement date"),
    ("tb06-1950s", "began in [[the 1950s]]", "date", 1950, 1959, "year", O, "start of national reporting"),
    ("tb06-fri", "As of [[Friday]], 60", "date", 2025, 2025, "year", O, "as-of date"),
    ("tb06-wyandotte", "Friday, [[60]] of the active", "count", 60, 60, "cases", R, "Kansas active cases Wyandotte County"),
    ("tb06-johnson", "[[seven]] were in neighboring Johnson", "count", 7, 7, "cases", R, "Kansas active cases Johnson County"),
    ("tb06-latent", "Another\n[[79]] people", "count", 79, 79, "infections", R, "Kansas outbreak latent infections"),
    ("tb06-lat-w", "outbreak - [[77]] in", "count", 77, 77, "infections", R, "Kansas latent Wyandotte"),
    ("tb06-lat-j", "Wyandotte and [[two]] in Johnson", "count", 2, 2, "infections", R, "Kansas latent Johnson"),
    ("tb06-lastyr", "Both deaths occurred [[last year]]", "date", 2024, 2024, "year", O, "year of deaths"),
    ("tb06-start", "reported in [[January of last year]]", "date", 2024, 2024, "year", R, "Kansas outbreak start"),
    ("tb06-cdcstaff", "which has [[four]] staff", "count", 4, 4, "staff", R, "CDC staff on site"),
    ("tb06-ga-years", "shelters from [[2015 to 2017]]", "date", 2015, 2017, "year", R, "Georgia outbreak years"),
    ("tb06-ga-active", "in which [[more than 170]] people", "count", 170, 170, "cases", R, "Georgia outbreak active cases"),
    ("tb06-ga-latent", "and [[over 400]] more", "count", 400, 400, "infections", R, "Georgia outbreak latent infections"),
    ("tb06-2021", "A [[2021]] outbreak", "date", 2021, 2021, "year", R, "bone-graft outbreak year"),
    ("tb06-113", "sickened [[113]] surgical", "count", 113, 113, "patients", R, "bone-graft outbreak patients"),
    ("tb06-fewwk", "contagious within [[a few weeks]]", "duration", None, None, "weeks", O, "quote, vague"),
    ("tb06-tx", "usually lasts [[four to nine months]]", "duration", 4, 9, "months", R, "active TB treatment duration"),
    ("tb06-prog", "roughly [[5% to 10%]] of people", "percent", 5, 10, "%", R, "lifetime progression latent to active"),
    ("tb06-us23", "CDC counted\n[[9,615]] cases", "count", 9615, 9615, "cases", R, "US TB cases 2023"),
    ("tb06-y23", "9,615 cases in [[2023]]", "date", 2023, 2023, "year", O, "reference year"),
    ("tb06-usinc23", "a [[16%]] increase over", "percent", 16, 16, "%", R, "US case increase 2023 vs 2022"),
    ("tb06-us22", "over the [[8,320]] reported", "count", 8320, 8320, "cases", R, "US TB cases 2022"),
    ("tb06-y22", "8,320 reported in [[2022]],", "date", 2022, 2022, "year", O, "reference year"),
    ("tb06-usrate23", "rose to [[2.9 cases per 100,000]] people", "rate", 2.9, 2.9, "per 100,000", R, "US TB rate 2023"),
    ("tb06-thu", "commissioners on [[Thursday]] voted", "date", 2025, 2025, "year", O, "vote date"),
    ("tb06-vfor", "voted [[8]]-1 to move", "count", 8, 8, "votes", R, "county commission votes for"),
    ("tb06-vagn", "voted 8-[[1]] to move", "count", 1, 1, "votes", R, "county commission votes against"),
    ("tb06-money", "to move [[$450,000]] from", "money", 450000, 450000, "USD", R, "reserve transfer to TB clinic"),
],
"tb07_factcheck.txt": [
    ("tb07-date", "[[November 19, 2025]]", "date", 2025, 2025, "year", O, "publication date"),
    ("tb07-post-doubled", "States \"[[doubled]] last year,\"", "ratio", None, None, "ratio", O, "post's claim (attributed)"),
    ("tb07-post-lastyr", "\"doubled [[last year]],\"", "date", 2024, 2024, "year", O, "post's claim (attributed)"),
    ("tb07-post-700", "Kansas has \"[[700]] active", "count", 700, 700, "cases", O, "post's claim (attributed)"),
    ("tb07-post-2m", "\"jumped to [[2 million]].\"", "count", 2*M, 2*M, "deaths", O, "post's claim (attributed)"),
    ("tb07-tenth", "was [[about a tenth]] of that size", "ratio", None, None, "ratio", O, "verdict comparison"),
    ("tb07-y24a", "final surveillance report for [[2024]] lists", "date", 2024, 2024, "year", O, "reference year"),
    ("tb07-us24", "lists [[10,388]] TB cases", "count", 10388, 10388, "cases", R, "US TB cases 2024 (final)"),
    ("tb07-usrate24", "a rate of [[3.1 per 100,000]] people", "rate", 3.1, 3.1, "per 100,000", R, "US TB rate 2024 (final)"),
    ("tb07-usinc24", "That is [[7.9%]] more cases", "percent", 7.9, 7.9, "%", R, "US case increase 2024 vs 2023"),
    ("tb07-y23", "more cases than in [[2023]], when", "date", 2023, 2023, "year", O, "comparison year"),
    ("tb07-us23", "recorded [[roughly 9,600]].", "count", 9600, 9600, "cases", R, "US TB cases 2023"),
    ("tb07-2011", "highest annual count since [[2011]]", "date", 2011, 2011, "year", O, "comparison year"),
    ("tb07-19000", "meant [[more than 19,000]] cases", "count", 19000, 19000, "cases", O, "hypothetical doubling"),
    ("tb07-share", "accounted for about [[three in four]] cases", "percent", 75, 75, "%", R, "share of US cases non-US-born"),
    ("tb07-ksstart", "area began in [[January 2024]]", "date", 2024, 2024, "year", R, "Kansas outbreak start"),
    ("tb07-active", "reported [[67]] active cases and", "count", 67, 67, "cases", R, "Kansas outbreak active cases"),
    ("tb07-latent", "active cases and [[79]] latent", "count", 79, 79, "infections", R, "Kansas outbreak latent infections"),
    ("tb07-asof", "as of [[Jan. 24, 2025]]", "date", 2025, 2025, "year", O, "as-of date"),
    ("tb07-deaths", "along with [[two]] deaths", "count", 2, 2, "deaths", R, "Kansas outbreak deaths"),
    ("tb07-700b", "came close to [[700]].", "count", 700, 700, "cases", O, "post's figure repeated"),
    ("tb07-ga-years", "citing a [[2015-2017]] outbreak", "date", 2015, 2017, "year", R, "Georgia outbreak years"),
    ("tb07-ga-active", "with [[more than 170]] active cases", "count", 170, 170, "cases", R, "Georgia outbreak active cases"),
    ("tb07-nov12", "released [[Nov. 12]], estimates", "date", 2025, 2025, "year", O, "report release date"),
    ("tb07-deaths24", "estimates that [[1.23 million]] people", "count", 1.23*M, 1.23*M, "deaths", R, "global TB deaths 2024"),
    ("tb07-y24b", "died of TB in [[2024]], a", "date", 2024, 2024, "year", O, "reference year"),
    ("tb07-deathdrop", "a [[3%]] decline", "percent", 3, 3, "%", R, "death decline 2023-2024"),
    ("tb07-diag24", "and that [[8.3 million]] people", "count", 8.3*M, 8.3*M, "people", R, "global newly diagnosed 2024"),
    ("tb07-dssucc", "Treatment worked for [[88%]] of people", "percent", 88, 88, "%", R, "treatment success drug-susceptible TB"),
    ("tb07-mdrsucc", "TB and [[71%]] of those", "percent", 71, 71, "%", R, "MDR/RR-TB treatment success (latest)"),
    ("tb07-post-2m-b", "The \"[[2 million]]\" figure", "count", 2*M, 2*M, "deaths", O, "post's figure repeated"),
    ("tb07-proj", "cause up to [[2 million]] additional deaths", "count", 2*M, 2*M, "deaths", O, "projection (hypothetical)"),
    ("tb07-decade", "over [[roughly a decade]]", "duration", 10, 10, "years", O, "projection horizon"),
    ("tb07-lesstenth", "increased by [[less than a tenth]] in 2024", "percent", None, None, "%", O, "ruling, vague bound"),
    ("tb07-y24c", "less than a tenth in [[2024]],", "date", 2024, 2024, "year", O, "reference year"),
    ("tb07-active2", "stood at [[67]] active cases in January", "count", 67, 67, "cases", O, "repeat"),
    ("tb07-jan", "active cases in [[January]] rather", "date", 2025, 2025, "year", O, "as-of date"),
    ("tb07-700c", "rather than [[700]],", "count", 700, 700, "cases", O, "post's figure repeated"),
],
}

# conflicts: (a, b, grade)
CONFLICTS = [
    # S1 global TB deaths 2023: 1.25 million vs transposed 1.52 million
    ("tb04-deaths23", "tb01-deaths23", "strict"),
    ("tb04-deaths23", "tb02-deaths23", "strict"),
    ("tb04-deaths23", "tb05-deaths23", "strict"),
    # S2 MDR/RR-TB incidence 2023: 400,000 vs stale 450,000
    ("tb02-mdr23", "tb04-mdr23", "strict"),
    ("tb02-mdr23", "tb05-mdr23", "strict"),
    # S3 US provisional 2024 count: 10,347 vs transposed 10,437
    ("tb05-us24", "tb04-us24", "strict"),
    # S4 US increase 2024 over 2023: 8% / 7.9% vs 16% (2023's increase)
    ("tb04-usinc24", "tb05-usinc24", "strict"),
    ("tb04-usinc24", "tb07-usinc24", "strict"),
    # S5 Kansas active cases by county swapped
    ("tb04-wyandotte", "tb06-wyandotte", "strict"),
    ("tb04-johnson", "tb06-johnson", "strict"),
    # S6 Kansas outbreak start year: 2024 vs 2023
    ("tb05-ksstart", "tb06-start", "strict"),
    ("tb05-ksstart", "tb07-ksstart", "strict"),
    # S7 M72 phase 2b three-year efficacy: 49.7% vs interim 54% reported as final
    ("tb01-m72eff", "tb02-m72eff", "strict"),
    # S8 M72 phase 3 size: ~20,000 vs 26,000
    ("tb05-m72n", "tb02-m72n", "strict"),
    ("tb05-m72n", "tb04-m72n", "strict"),
    # S9 FDA adcom pretomanid vote: 14-4 vs 13-5
    ("tb04-vfor", "tb05-vfor", "strict"),
    ("tb04-vagn", "tb05-vagn", "strict"),
    # S10 TB-PRACTECAL standard-care cure rate: 52% vs 58%
    ("tb05-soc-succ", "tb04-soc-succ", "strict"),
    # qualified
    ("tb04-us24", "tb01-us24", "qualified"),
    ("tb04-us24", "tb07-us24", "qualified"),
    ("tb05-us24", "tb01-us24", "qualified"),
    ("tb05-us24", "tb07-us24", "qualified"),
    ("tb04-usrate24", "tb01-usrate24", "qualified"),
    ("tb04-usrate24", "tb07-usrate24", "qualified"),
    ("tb03-ill22", "tb05-ill22", "qualified"),
    ("tb03-n552", "tb04-n301", "qualified"),
    ("tb02-p2n", "tb04-p2n", "qualified"),
    ("tb05-sites", "tb02-sites", "qualified"),
    ("tb05-countries", "tb02-countries", "qualified"),
]


def locate(text, ctx):
    if "[[" in ctx:
        pre, rest = ctx.split("[[", 1)
        span, post = rest.split("]]", 1)
        plain = pre + span + post.replace("[[", "").replace("]]", "")
        off = len(pre)
    else:
        plain, span, off = ctx, ctx, 0
    n = text.count(plain)
    if n != 1:
        raise SystemExit(f"context occurs {n} times: {ctx!r}")
    start = text.index(plain) + off
    end = start + len(span)
    assert text[start:end] == span, (ctx, text[start:end])
    return start, end, span


def main():
    rows, ids, docof = [], set(), {}
    for doc, items in CLAIMS.items():
        with open(os.path.join(DOCDIR, doc), encoding="utf-8") as f:
            text = f.read()
        spans = []
        for cid, ctx, kind, low, high, unit, req, topic in items:
            if cid in ids:
                raise SystemExit(f"duplicate id {cid}")
            ids.add(cid)
            docof[cid] = doc
            start, end, span = locate(text, ctx)
            for s2, e2, c2 in spans:
                if start < e2 and s2 < end:
                    raise SystemExit(f"overlapping spans {cid} / {c2}")
            spans.append((start, end, cid))
            if low is not None:
                low = round(float(low), 6)
                high = round(float(high), 6)
                low = int(low) if low == int(low) else low
                high = int(high) if high == int(high) else high
            rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                         "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                         "required": req, "topic": topic})
    seen = set()
    for a, b, grade in CONFLICTS:
        if a not in ids or b not in ids:
            raise SystemExit(f"unknown id in conflict {a} {b}")
        if docof[a] == docof[b]:
            raise SystemExit(f"same-document conflict {a} {b}")
        key = frozenset((a, b))
        if key in seen:
            raise SystemExit(f"duplicate conflict {a} {b}")
        seen.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nc = [r for r in rows if r["type"] == "claim"]
    print(f"claims {len(nc)} (required {sum(r['required'] for r in nc)}, "
          f"optional {sum(not r['required'] for r in nc)}); conflicts "
          f"{sum(1 for r in rows if r['type']=='conflict' and r['grade']=='strict')} strict, "
          f"{sum(1 for r in rows if r['type']=='conflict' and r['grade']=='qualified')} qualified")


if __name__ == "__main__":
    main()
