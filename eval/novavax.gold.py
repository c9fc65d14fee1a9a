#!/usr/bin/env python3
"""Build novavax.gold.jsonl: find every claim span by a unique context string in its
article, compute code-point offsets, check span == article slice, write claims + conflicts.
Run:  python3 novavax.gold.py   (writes novavax.gold.jsonl beside this script)"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "novavax"
DIR = os.path.join(HERE, TOPIC)
TEXT = {}

def text(doc):
    if doc not in TEXT:
        with open(os.path.join(DIR, doc), encoding="utf-8") as f:
            TEXT[doc] = f.read()
    return TEXT[doc]

CLAIMS = []
IDS = set()

def C(doc, cid, context, span, kind, low, high, unit, required, topic, nth=0):
    """context: unique string in the article; span: the claim text inside it
    (nth: which occurrence of span inside context, 0-based)."""
    t = text(doc)
    n = t.count(context)
    if n != 1:
        sys.exit(f"{cid}: context {context!r} found {n} times in {doc}")
    c0 = t.index(context)
    k = -1
    for _ in range(nth + 1):
        k = context.find(span, k + 1)
    if k < 0:
        sys.exit(f"{cid}: span {span!r} not in context {context!r}")
    start = c0 + k
    end = start + len(span)
    assert t[start:end] == span, cid
    assert cid not in IDS, f"duplicate id {cid}"
    IDS.add(cid)
    CLAIMS.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                   "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                   "required": required, "topic": topic})

R, O = True, False
# ---------------------------------------------------------------- nvx01 wire (2022-07-13, Wed)
d = "nvx01_wire.txt"
C(d, "nvx-01-dateline", "WASHINGTON, July 13 (", "July 13", "date", 2022, 2022, "year", O, "dateline (publication metadata)")
C(d, "nvx-01-wed", "on Wednesday authorized", "Wednesday", "date", 2022, 2022, "year", R, "EUA date (adults)")
C(d, "nvx-01-2doses", "given as two doses three", "two doses", "count", 2, 2, "doses", O, "primary series doses")
C(d, "nvx-01-3wk", "two doses three weeks apart", "three weeks", "duration", 3, 3, "weeks", R, "dose interval")
C(d, "nvx-01-18", "aged 18 and older", "18", "age", 18, 18, "years", R, "EUA minimum age")
C(d, "nvx-01-vfor", "voted 21-0, with", "21", "count", 21, 21, "votes", R, "VRBPAC Novavax EUA votes for")
C(d, "nvx-01-vagn", "voted 21-0, with", "0", "count", 0, 0, "votes", R, "VRBPAC Novavax EUA votes against")
C(d, "nvx-01-vabs", "with one abstention, last month", "one", "count", 1, 1, "abstentions", R, "VRBPAC abstentions")
C(d, "nvx-01-vdate", "one abstention, last month", "last month", "date", 2022, 2022, "year", R, "VRBPAC vote date (June 2022)")
C(d, "nvx-01-n", "enrolled nearly 30,000 adults", "nearly 30,000", "count", 30000, 30000, "participants", R, "PREVENT-19 enrolled (rounded)")
C(d, "nvx-01-ve", "found the vaccine 90.4% effective", "90.4%", "percent", 90.4, 90.4, "%", R, "PREVENT-19 overall efficacy")
C(d, "nvx-01-h12021", "in the first half of 2021", "first half of 2021", "date", 2021, 2021, "year", O, "PREVENT-19 conduct period")
C(d, "nvx-01-myo", "flagged four cases of myocarditis", "four", "count", 4, 4, "cases", R, "myocarditis cases, vaccine recipients (FDA review)")
C(d, "nvx-01-20d", "within 20 days of vaccination among trial participants who received", "20 days", "duration", 20, 20, "days", O, "myocarditis window")
C(d, "nvx-01-myopbo", "against one case in a placebo", "one", "count", 1, 1, "cases", R, "myocarditis cases, placebo")
C(d, "nvx-01-mon", "said on Monday it had secured", "Monday", "date", 2022, 2022, "year", R, "HHS dose purchase announcement date")
C(d, "nvx-01-doses", "secured 3.2 million doses", "3.2 million", "count", 3200000, 3200000, "doses", R, "doses secured by HHS (2022)")
C(d, "nvx-01-acip", "take up the shot next week", "next week", "date", 2022, 2022, "year", R, "ACIP meeting date")
C(d, "nvx-01-ows", "with a $1.6 billion award", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", R, "Operation Warp Speed award")
C(d, "nvx-01-owsdoses", "pay for 100 million doses", "100 million", "count", 1e8, 1e8, "doses", R, "doses under OWS award")
C(d, "nvx-01-delay", "back by more than a year", "more than a year", "duration", 1, 1, "years", O, "filing delay")
C(d, "nvx-01-eu", "European Union last year", "last year", "date", 2021, 2021, "year", R, "EU authorization date")
C(d, "nvx-01-who", "in December 2021", "December 2021", "date", 2021, 2021, "year", R, "WHO emergency use listing date")
C(d, "nvx-01-ukn", "trial of more than 15,000 people", "more than 15,000", "count", 15000, 15000, "participants", R, "UK trial size")
C(d, "nvx-01-ukve", "it was nearly 90% effective", "nearly 90%", "percent", 90, 90, "%", R, "UK trial efficacy (rounded)")
C(d, "nvx-01-temp", "temperatures of 2 to 8 degrees Celsius", "2 to 8 degrees Celsius", "temperature", 2, 8, "C", R, "storage temperature")
C(d, "nvx-01-v2for", "voted 19-2 on June 28", "19", "count", 19, 19, "votes", R, "VRBPAC omicron-booster votes for")
C(d, "nvx-01-v2agn", "voted 19-2 on June 28", "2", "count", 2, 2, "votes", R, "VRBPAC omicron-booster votes against")
C(d, "nvx-01-v2date", "19-2 on June 28", "June 28", "date", 2022, 2022, "year", R, "VRBPAC omicron-booster vote date")
C(d, "nvx-01-2dose", "only as a two-dose primary", "two-dose", "count", 2, 2, "doses", O, "primary series doses (repeat)")

# ---------------------------------------------------------------- nvx02 press release (2021-06-14)
d = "nvx02_press.txt"
C(d, "nvx-02-h90", "Demonstrates 90% Overall", "90%", "percent", 90, 90, "%", O, "headline overall efficacy (rounded)")
C(d, "nvx-02-h100", "and 100% Protection Against", "100%", "percent", 100, 100, "%", O, "headline moderate/severe efficacy")
C(d, "nvx-02-b100", "- 100% protection against moderate", "100%", "percent", 100, 100, "%", O, "bullet moderate/severe efficacy (repeat)")
C(d, "nvx-02-b904", "- 90.4% efficacy overall", "90.4%", "percent", 90.4, 90.4, "%", O, "bullet overall efficacy (repeat)")
C(d, "nvx-02-b932", "- 93.2% efficacy against", "93.2%", "percent", 93.2, 93.2, "%", O, "bullet VOC/VOI efficacy (repeat)")
C(d, "nvx-02-b910", "- 91.0% efficacy in high-risk", "91.0%", "percent", 91.0, 91.0, "%", O, "bullet high-risk efficacy (repeat)")
C(d, "nvx-02-filing", "in the third quarter of 2021", "third quarter of 2021", "date", 2021, 2021, "year", R, "planned filing date (forecast)")
C(d, "nvx-02-dateline", "Md., June 14, 2021 /PRNewswire/", "June 14, 2021", "date", 2021, 2021, "year", O, "dateline (publication metadata)")
C(d, "nvx-02-n", "enrolled 29,960 participants", "29,960", "count", 29960, 29960, "participants", R, "PREVENT-19 enrolled")
C(d, "nvx-02-sites", "at 119 sites", "119", "count", 119, 119, "sites", R, "PREVENT-19 sites")
C(d, "nvx-02-18", "Participants 18 years of age", "18", "age", 18, 18, "years", R, "minimum age")
C(d, "nvx-02-ratio", "randomized 2:1 to receive", "2:1", "ratio", None, None, "ratio", O, "randomization ratio")
C(d, "nvx-02-two", "receive two 5-microgram", "two", "count", 2, 2, "doses", O, "number of doses")
C(d, "nvx-02-5ug", "two 5-microgram doses", "5-microgram", "dose", 5, 5, "ug", R, "antigen dose")
C(d, "nvx-02-50ug", "with 50 micrograms of Matrix-M", "50 micrograms", "dose", 50, 50, "ug", R, "adjuvant dose")
C(d, "nvx-02-21d", "or placebo, 21 days apart", "21 days", "duration", 21, 21, "days", R, "dose interval")
C(d, "nvx-02-7d", "at least 7 days after", "7 days", "duration", 7, 7, "days", O, "endpoint window")
C(d, "nvx-02-cases", "Seventy-seven cases were counted", "Seventy-seven", "count", 77, 77, "cases", R, "PREVENT-19 total cases")
C(d, "nvx-02-pbo", "63 in the placebo group", "63", "count", 63, 63, "cases", R, "PREVENT-19 placebo cases")
C(d, "nvx-02-vax", "and 14 in the vaccine group", "14", "count", 14, 14, "cases", R, "PREVENT-19 vaccine cases")
C(d, "nvx-02-ve", "overall vaccine efficacy of 90.4%", "90.4%", "percent", 90.4, 90.4, "%", R, "PREVENT-19 overall efficacy")
C(d, "nvx-02-veci", "(95% CI: 82.9, 94.6)", "82.9, 94.6", "percent", 82.9, 94.6, "%", R, "PREVENT-19 overall efficacy CI")
C(d, "nvx-02-mod", "included 10 moderate", "10", "count", 10, 10, "cases", R, "PREVENT-19 moderate cases (placebo)")
C(d, "nvx-02-sev", "and four severe cases", "four", "count", 4, 4, "cases", R, "PREVENT-19 severe cases (placebo)")
C(d, "nvx-02-ms", "moderate or severe disease of 100%", "100%", "percent", 100, 100, "%", R, "PREVENT-19 efficacy vs moderate/severe")
C(d, "nvx-02-msci", "(95% CI: 87.0, 100)", "87.0, 100", "percent", 87.0, 100, "%", R, "moderate/severe efficacy CI")
C(d, "nvx-02-hr65", "defined as adults 65 and older", "65", "age", 65, 65, "years", O, "high-risk definition age")
C(d, "nvx-02-hru65", "adults under 65 with", "65", "age", 65, 65, "years", O, "high-risk definition age")
C(d, "nvx-02-hr", "COVID-19, was 91.0%", "91.0%", "percent", 91.0, 91.0, "%", R, "efficacy in high-risk populations")
C(d, "nvx-02-voc", "efficacy against them was 93.2%", "93.2%", "percent", 93.2, 93.2, "%", R, "efficacy vs VOC/VOI")
C(d, "nvx-02-old", "About 13% of trial participants", "About 13%", "percent", 13, 13, "%", R, "share aged 65+")
C(d, "nvx-02-old65", "were 65 or older, roughly", "65", "age", 65, 65, "years", O, "age threshold")
C(d, "nvx-02-hisp", "roughly one in five were Hispanic", "one in five", "percent", 20, 20, "%", R, "share Hispanic/Latino")
C(d, "nvx-02-black", "and 13% were Black", "13%", "percent", 13, 13, "%", R, "share Black")
C(d, "nvx-02-2d", "lasting less than two days", "less than two days", "duration", 2, 2, "days", O, "duration of systemic reactions")
C(d, "nvx-02-ukn", "trial of more than 15,000 adults", "more than 15,000", "count", 15000, 15000, "participants", R, "UK trial size")
C(d, "nvx-02-ukve", "showed 89.7% efficacy overall", "89.7%", "percent", 89.7, 89.7, "%", R, "UK trial final efficacy")
C(d, "nvx-02-ukorig", "and 96.4% against the original", "96.4%", "percent", 96.4, 96.4, "%", R, "UK efficacy vs original strain")
C(d, "nvx-02-cap1", "produce 100 million doses a month", "100 million", "count", 1e8, 1e8, "doses/month", R, "capacity forecast (Sept 2021)")
C(d, "nvx-02-cap1d", "by the end of September", "September", "date", 2021, 2021, "year", R, "capacity forecast date")
C(d, "nvx-02-cap2", "and 150 million doses a month", "150 million", "count", 1.5e8, 1.5e8, "doses/month", R, "capacity forecast (Dec 2021)")
C(d, "nvx-02-cap2d", "a month by December", "December", "date", 2021, 2021, "year", R, "capacity forecast date")

# ---------------------------------------------------------------- nvx03 abstract (2022-02-10)
d = "nvx03_abstract.txt"
C(d, "nvx-03-18", "adults (≥18 years)", "≥18", "age", 18, 18, "years", R, "minimum age")
C(d, "nvx-03-ussites", "at 113 sites", "113", "count", 113, 113, "sites", R, "US sites")
C(d, "nvx-03-mxsites", "and 6 in Mexico", "6", "count", 6, 6, "sites", R, "Mexico sites")
C(d, "nvx-03-ratio", "in a 2:1 ratio", "2:1", "ratio", None, None, "ratio", O, "randomization ratio")
C(d, "nvx-03-two", "to two intramuscular doses", "two", "count", 2, 2, "doses", O, "number of doses")
C(d, "nvx-03-5ug", "(5 μg of recombinant", "5 μg", "dose", 5, 5, "ug", R, "antigen dose")
C(d, "nvx-03-50ug", "with 50 μg of Matrix-M", "50 μg", "dose", 50, 50, "ug", R, "adjuvant dose")
C(d, "nvx-03-21d", "given 21 days apart", "21 days", "duration", 21, 21, "days", R, "dose interval")
C(d, "nvx-03-7d", "onset at least 7 days", "7 days", "duration", 7, 7, "days", O, "endpoint window")
C(d, "nvx-03-n", "Of 29,949 participants", "29,949", "count", 29949, 29949, "participants", R, "PREVENT-19 randomized")
C(d, "nvx-03-rand1", "between December 27, 2020, and", "December 27, 2020", "date", 2020, 2020, "year", O, "randomization start")
C(d, "nvx-03-rand2", "February 18, 2021, 25,452", "February 18, 2021", "date", 2021, 2021, "year", O, "randomization end")
C(d, "nvx-03-pp", "2021, 25,452 were included", "25,452", "count", 25452, 25452, "participants", R, "per-protocol efficacy population")
C(d, "nvx-03-ppv", "(N = 17,312 vaccine", "17,312", "count", 17312, 17312, "participants", R, "per-protocol vaccine arm")
C(d, "nvx-03-ppp", "N = 8,140 placebo", "8,140", "count", 8140, 8140, "participants", R, "per-protocol placebo arm")
C(d, "nvx-03-vax", "(n=14; 3.3", "14", "count", 14, 14, "cases", R, "PREVENT-19 vaccine cases")
C(d, "nvx-03-vrate", "(n=14; 3.3", "3.3", "rate", 3.3, 3.3, "per 1000 person-years", R, "incidence, vaccine")
C(d, "nvx-03-pbo", "(n=63; 17.9", "63", "count", 63, 63, "cases", R, "PREVENT-19 placebo cases")
C(d, "nvx-03-prate", "(n=63; 17.9", "17.9", "rate", 17.9, 17.9, "per 1000 person-years", R, "incidence, placebo")
C(d, "nvx-03-diff", "difference of −14.6 per", "−14.6", "rate", -14.6, -14.6, "per 1000 person-years", R, "incidence difference")
C(d, "nvx-03-ve", "efficacy of 90.4% (95% CI", "90.4%", "percent", 90.4, 90.4, "%", R, "PREVENT-19 overall efficacy")
C(d, "nvx-03-veci", "82.9 to\n94.6; P", "82.9 to\n94.6", "percent", 82.9, 94.6, "%", R, "PREVENT-19 overall efficacy CI")
C(d, "nvx-03-p", "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", O, "p-value")
C(d, "nvx-03-mod", "the 10\nmoderate", "10", "count", 10, 10, "cases", R, "moderate cases (placebo)")
C(d, "nvx-03-sev", "and 4 severe cases", "4", "count", 4, 4, "cases", R, "severe cases (placebo)")
C(d, "nvx-03-ms", "moderate-to-severe disease of 100%", "100%", "percent", 100, 100, "%", R, "PREVENT-19 efficacy vs moderate/severe")
C(d, "nvx-03-msci", "(95% CI, 87.0 to 100)", "87.0 to 100", "percent", 87.0, 100, "%", R, "moderate/severe efficacy CI")
C(d, "nvx-03-65", "participants\n65 years or older", "65", "age", 65, 65, "years", O, "subgroup age threshold")
C(d, "nvx-03-65ve", "point estimate (78.6%)", "78.6%", "percent", 78.6, 78.6, "%", R, "efficacy aged 65+")
C(d, "nvx-03-ukn", "(N = 15,187;", "15,187", "count", 15187, 15187, "participants", R, "UK trial randomized")
C(d, "nvx-03-ukratio", "1:1 randomization", "1:1", "ratio", None, None, "ratio", O, "UK randomization ratio")
C(d, "nvx-03-uksites", "33 sites)", "33", "count", 33, 33, "sites", R, "UK sites")
C(d, "nvx-03-ukve", "efficacy was 89.7% (95% CI", "89.7%", "percent", 89.7, 89.7, "%", R, "UK trial final efficacy")
C(d, "nvx-03-ukveci", "(95% CI, 80.2 to 94.6)", "80.2 to 94.6", "percent", 80.2, 94.6, "%", R, "UK efficacy CI")
C(d, "nvx-03-ukvax", "with 10 cases among vaccine", "10", "count", 10, 10, "cases", R, "UK vaccine cases")
C(d, "nvx-03-ukpbo", "and 96 among placebo", "96", "count", 96, 96, "cases", R, "UK placebo cases")
C(d, "nvx-03-ukalpha", "it was 86.3%", "86.3%", "percent", 86.3, 86.3, "%", R, "UK efficacy vs B.1.1.7")
C(d, "nvx-03-ukalphaci", "(95% CI, 71.3 to 93.5)", "71.3 to 93.5", "percent", 71.3, 93.5, "%", R, "UK B.1.1.7 efficacy CI")
C(d, "nvx-03-sa", "efficacy was 49.4% overall", "49.4%", "percent", 49.4, 49.4, "%", R, "South Africa trial efficacy")
C(d, "nvx-03-concl", "about nine-tenths effective", "about nine-tenths", "percent", 90, 90, "%", O, "conclusion (rounded repeat)")
C(d, "nvx-03-twodoses", "Two doses of NVX-CoV2373 were safe", "Two doses", "count", 2, 2, "doses", O, "number of doses")

# ---------------------------------------------------------------- nvx04 explainer (2025-06-03)
d = "nvx04_explainer.txt"
C(d, "nvx-04-lastmo", "full license last month", "last month", "date", 2025, 2025, "year", R, "full approval date (May 2025)")
C(d, "nvx-04-eua", "first issued in July 2021", "July 2021", "date", 2021, 2021, "year", R, "EUA date (PLANTED wrong year)")
C(d, "nvx-04-2groups", "label covers two groups", "two", "count", 2, 2, "groups", O, "number of label groups")
C(d, "nvx-04-65", "everyone 65 and older", "65", "age", 65, 65, "years", R, "label age (all)")
C(d, "nvx-04-1264", "people 12 through 64", "12 through 64", "age", 12, 64, "years", R, "label age range with condition")
C(d, "nvx-04-atleast1", "have at least one underlying", "at least one", "count", 1, 1, "conditions", O, "number of conditions")
C(d, "nvx-04-u65", "Healthy people under 65", "65", "age", 65, 65, "years", O, "label age (repeat)")
C(d, "nvx-04-temp", "between 2°C and 8°C", "2°C and 8°C", "temperature", 2, 8, "C", R, "storage temperature")
C(d, "nvx-04-n", "trial of about 30,000 adults", "about 30,000", "count", 30000, 30000, "participants", R, "PREVENT-19 size (rounded)")
C(d, "nvx-04-twodoses", "Mexico, two doses prevented", "two doses", "count", 2, 2, "doses", O, "number of doses")
C(d, "nvx-04-ve", "prevented about 90% of", "about 90%", "percent", 90, 90, "%", R, "PREVENT-19 overall efficacy (rounded)")
C(d, "nvx-04-ms", "and 93% of moderate", "93%", "percent", 93, 93, "%", R, "efficacy vs moderate/severe (PLANTED)")
C(d, "nvx-04-early21", "come from early 2021", "early 2021", "date", 2021, 2021, "year", O, "trial period")
C(d, "nvx-04-teen", "found 82% protection", "82%", "percent", 82, 82, "%", R, "adolescent efficacy vs Delta")
C(d, "nvx-04-twoshots", "series was two shots three", "two shots", "count", 2, 2, "doses", O, "number of doses")
C(d, "nvx-04-3wk", "two shots three weeks apart", "three weeks", "duration", 3, 3, "weeks", R, "dose interval (original)")
C(d, "nvx-04-38wk", "anywhere from 3 to 8 weeks", "3 to 8 weeks", "duration", 3, 8, "weeks", R, "dose interval (CDC later guidance)")
C(d, "nvx-04-onedose", "need one dose of", "one dose", "count", 1, 1, "doses", O, "doses for previously vaccinated")
C(d, "nvx-04-myov", "about 0.007% among", "about 0.007%", "percent", 0.007, 0.007, "%", R, "myocarditis rate, vaccine (company)")
C(d, "nvx-04-myop", "with 0.005% among", "0.005%", "percent", 0.005, 0.005, "%", R, "myocarditis rate, placebo (company)")
C(d, "nvx-04-pmr", "aged 50 through 64", "50 through 64", "age", 50, 64, "years", R, "postmarketing trial age range")
C(d, "nvx-04-sanofi", "signed a deal in May 2024", "May 2024", "date", 2024, 2024, "year", R, "Sanofi deal date")
C(d, "nvx-04-lastfall", "carried it last fall", "last fall", "date", 2024, 2024, "year", O, "prior season (aside)")
C(d, "nvx-04-u65b", "if you are under 65", "65", "age", 65, 65, "years", O, "label age (repeat)")

# ---------------------------------------------------------------- nvx05 blog (2023-02-21)
d = "nvx05_blog.txt"
C(d, "nvx-05-pub", "PharmD | February 21, 2023 |", "February 21, 2023", "date", 2023, 2023, "year", O, "byline date (publication metadata)")
C(d, "nvx-05-eua", "vaccine last summer, I had", "last summer", "date", 2022, 2022, "year", R, "EUA date (2022)")
C(d, "nvx-05-18mo", "for a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", O, "aside")
C(d, "nvx-05-four", "Four people came in", "Four", "count", 4, 4, "people", O, "anecdote")
C(d, "nvx-05-doses", "secured 3.2 million doses in July", "3.2 million", "count", 3200000, 3200000, "doses", R, "doses secured by HHS (2022)")
C(d, "nvx-05-dosesdate", "3.2 million doses in July", "July", "date", 2022, 2022, "year", R, "HHS purchase date")
C(d, "nvx-05-thismo", "CDC figures reported this month", "this month", "date", 2023, 2023, "year", O, "as-of date")
C(d, "nvx-05-admin", "only about 77,500 doses", "about 77,500", "count", 77500, 77500, "doses", R, "doses administered (as of Feb 2023)")
C(d, "nvx-05-deliv", "out of more than 1 million delivered", "more than 1 million", "count", 1e6, 1e6, "doses", R, "doses delivered")
C(d, "nvx-05-more", "buy another 1.5 million doses", "1.5 million", "count", 1500000, 1500000, "doses", R, "additional doses bought (2023)")
C(d, "nvx-05-expire", "expires at the end of this month", "end of this month", "date", 2023, 2023, "year", O, "expiry date of first lot")
C(d, "nvx-05-ve", "found 89.7% efficacy", "89.7%", "percent", 89.7, 89.7, "%", R, "PREVENT-19 overall efficacy (PLANTED: UK figure)")
C(d, "nvx-05-interimdate", "Back in January 2021 an interim", "January 2021", "date", 2021, 2021, "year", R, "UK interim readout date")
C(d, "nvx-05-interimve", "put efficacy at 89.3%", "89.3%", "percent", 89.3, 89.3, "%", R, "UK interim efficacy")
C(d, "nvx-05-interimn", "based on 62 cases", "62", "count", 62, 62, "cases", R, "UK interim cases")
C(d, "nvx-05-interimp", "56 on placebo", "56", "count", 56, 56, "cases", R, "UK interim placebo cases")
C(d, "nvx-05-interimv", "and six among the vaccinated", "six", "count", 6, 6, "cases", R, "UK interim vaccine cases")
C(d, "nvx-05-vfor", "voted 21-1 to", "21", "count", 21, 21, "votes", R, "VRBPAC Novavax EUA votes for")
C(d, "nvx-05-vagn", "voted 21-1 to", "1", "count", 1, 1, "votes", R, "VRBPAC Novavax EUA votes against (PLANTED)", nth=1)
C(d, "nvx-05-vdate", "recommend the shot in June", "June", "date", 2022, 2022, "year", R, "VRBPAC vote date")
C(d, "nvx-05-cdc", "CDC signed off in July", "July", "date", 2022, 2022, "year", R, "CDC recommendation date")
C(d, "nvx-05-aug", "In August the authorization", "August", "date", 2022, 2022, "year", R, "adolescent EUA date")
C(d, "nvx-05-teen", "widened to 12- to 17-year-olds", "12- to 17", "age", 12, 17, "years", R, "adolescent age range")
C(d, "nvx-05-oct", "and in October it was", "October", "date", 2022, 2022, "year", R, "booster EUA date")
C(d, "nvx-05-five", "noted that five men", "five", "count", 5, 5, "cases", R, "myocarditis/pericarditis cases (briefing, all studies)")
C(d, "nvx-05-ages", "aged 16 to 67", "16 to 67", "age", 16, 67, "years", O, "ages of men with myo/pericarditis")
C(d, "nvx-05-20d", "or pericarditis within 20 days", "20 days", "duration", 20, 20, "days", O, "myocarditis window")
C(d, "nvx-05-db", "database of about 40,000", "about 40,000", "count", 40000, 40000, "people", R, "safety database vaccine recipients")
C(d, "nvx-05-ows", "Novavax $1.6 billion in July 2021", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", R, "Operation Warp Speed award")
C(d, "nvx-05-owsdate", "$1.6 billion in July 2021", "July 2021", "date", 2021, 2021, "year", R, "OWS award date (PLANTED wrong year)")
C(d, "nvx-05-owsdoses", "eye to 100 million doses", "100 million", "count", 1e8, 1e8, "doses", R, "doses under OWS award")
C(d, "nvx-05-notone", "and not one of the vaccinated", "not one", "count", 0, 0, "cases", O, "moderate/severe cases, vaccine arm")
C(d, "nvx-05-mrna", "had two or three mRNA shots", "two or three", "count", 2, 3, "doses", O, "aside")
C(d, "nvx-05-unvax", "between 26 million and 37 million", "26 million and 37 million", "count", 2.6e7, 3.7e7, "people", R, "unvaccinated US adults (mid-2022)")
C(d, "nvx-05-hyp", "If even one in ten of", "one in ten", "percent", 10, 10, "%", O, "quoted hypothetical")
C(d, "nvx-05-millions", "talking about millions of people", "millions", "count", None, None, "people", O, "quoted hypothetical (vague)")

# ---------------------------------------------------------------- nvx06 trade (2025-05-20)
d = "nvx06_trade.txt"
C(d, "nvx-06-h175", "collects $175M from Sanofi", "$175M", "money", 1.75e8, 1.75e8, "USD", O, "headline milestone (repeat)")
C(d, "nvx-06-fri", "vaccine late Friday", "Friday", "date", 2025, 2025, "year", R, "full approval date")
C(d, "nvx-06-175", "unlocked a $175 million milestone", "$175 million", "money", 1.75e8, 1.75e8, "USD", R, "Sanofi milestone on approval")
C(d, "nvx-06-65", "adults 65 and over", "65", "age", 65, 65, "years", R, "label age (all)")
C(d, "nvx-06-1264", "people 12\nthrough 64", "12\nthrough 64", "age", 12, 64, "years", R, "label age range with condition")
C(d, "nvx-06-atleast1", "with at least one condition", "at least one", "count", 1, 1, "conditions", O, "number of conditions")
C(d, "nvx-06-pmr", "in people ages 50 to 65", "50 to 65", "age", 50, 65, "years", R, "postmarketing trial age range")
C(d, "nvx-06-3yr", "for nearly three years", "nearly three years", "duration", 3, 3, "years", O, "time under EUA")
C(d, "nvx-06-6wk", "arrived about six weeks after", "about six weeks", "duration", 6, 6, "weeks", O, "delay past goal date")
C(d, "nvx-06-pdufa", "its April 1\ntarget", "April 1", "date", 2025, 2025, "year", R, "FDA goal date")
C(d, "nvx-06-q175", "size, $175 million is real", "$175 million", "money", 1.75e8, 1.75e8, "USD", O, "quote (repeat)")
C(d, "nvx-06-lastmay", "deal signed last May", "last May", "date", 2024, 2024, "year", R, "Sanofi deal date")
C(d, "nvx-06-upfront", "paid Novavax $500\nmillion upfront", "$500\nmillion", "money", 5e8, 5e8, "USD", R, "Sanofi upfront payment")
C(d, "nvx-06-miles", "as much as $700 million more", "$700 million", "money", 7e8, 7e8, "USD", R, "Sanofi milestones (max)")
C(d, "nvx-06-stake", "stake of less than 5%", "less than 5%", "percent", 5, 5, "%", R, "Sanofi equity stake")
C(d, "nvx-06-n", "the 29,690-person trial", "29,690", "count", 29690, 29690, "participants", R, "PREVENT-19 enrolled (PLANTED transposition)")
C(d, "nvx-06-ve", "roughly nine in ten symptomatic", "nine in ten", "percent", 90, 90, "%", R, "PREVENT-19 efficacy (rounded)")
C(d, "nvx-06-ukve", "final analysis showed 89.3% efficacy", "89.3%", "percent", 89.3, 89.3, "%", R, "UK trial final efficacy (PLANTED interim figure)")
C(d, "nvx-06-vdate", "Back in June 2022", "June 2022", "date", 2022, 2022, "year", R, "VRBPAC vote date")
C(d, "nvx-06-vfor", "twenty-one to nothing", "twenty-one", "count", 21, 21, "votes", R, "VRBPAC Novavax EUA votes for")
C(d, "nvx-06-vagn", "twenty-one to nothing", "nothing", "count", 0, 0, "votes", R, "VRBPAC Novavax EUA votes against")
C(d, "nvx-06-vabs", "with one member abstaining", "one", "count", 1, 1, "abstentions", R, "VRBPAC abstentions")
C(d, "nvx-06-fed", "totaled roughly $1.75 billion", "$1.75 billion", "money", 1.75e9, 1.75e9, "USD", R, "total federal support (OWS + DoD)")
C(d, "nvx-06-ows", "both the $1.6 billion Operation", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", R, "Operation Warp Speed award")
C(d, "nvx-06-dod", "contract of about $60 million", "about $60 million", "money", 6e7, 6e7, "USD", R, "DoD contract")
C(d, "nvx-06-season", "deliver the 2025-2026 formula", "2025-2026", "date", 2025, 2026, "year", O, "season label")
C(d, "nvx-06-fall", "vaccine this fall, once", "this fall", "date", 2025, 2025, "year", R, "delivery forecast")
C(d, "nvx-06-may22", "scheduled for May 22", "May 22", "date", 2025, 2025, "year", R, "strain-selection meeting date")
C(d, "nvx-06-2yr", "over the past two\nyears", "two\nyears", "duration", 2, 2, "years", O, "aside")
C(d, "nvx-06-hundreds", "employs hundreds of people", "hundreds", "count", None, None, "people", O, "vague aside")

# ---------------------------------------------------------------- nvx07 fact-check (2022-07-22)
d = "nvx07_factcheck.txt"
C(d, "nvx-07-h3000", "\"tested on only 3,000 people\"\n\nBy", "3,000", "count", 3000, 3000, "participants", O, "headline quote of the false post")
C(d, "nvx-07-c3000", "\"was tested on only 3,000 people\" and", "3,000", "count", 3000, 3000, "participants", O, "false post's figure (attributed)")
C(d, "nvx-07-c1in1000", "heart damage in 1 in 1,000", "1 in 1,000", "percent", 0.1, 0.1, "%", O, "false post's figure (attributed)")
C(d, "nvx-07-10x", "was ten times that size", "ten times", "ratio", 10, 10, "x", O, "ratio to post's figure")
C(d, "nvx-07-acip", "traction on Tuesday, when", "Tuesday", "date", 2022, 2022, "year", R, "ACIP recommendation date")
C(d, "nvx-07-shares", "shared tens of thousands of times", "tens of thousands", "count", None, None, "shares", O, "vague")
C(d, "nvx-07-n", "enrolled nearly 30,000 adults at", "nearly 30,000", "count", 30000, 30000, "participants", R, "PREVENT-19 enrolled (rounded)")
C(d, "nvx-07-sites", "at 119 sites", "119", "count", 119, 119, "sites", R, "PREVENT-19 sites")
C(d, "nvx-07-23", "and two-thirds of them", "two-thirds", "percent", 66.666667, 66.666667, "%", O, "share assigned to vaccine (design)")
C(d, "nvx-07-ukn", "enrolled more than 15,000 people", "more than 15,000", "count", 15000, 15000, "participants", R, "UK trial size")
C(d, "nvx-07-vax", "In PREVENT-19, 14 vaccinated", "14", "count", 14, 14, "cases", R, "PREVENT-19 vaccine cases")
C(d, "nvx-07-pbo", "compared with 77 in the placebo", "77", "count", 77, 77, "cases", R, "PREVENT-19 placebo cases (PLANTED: total)")
C(d, "nvx-07-ve", "efficacy of roughly 90 percent", "roughly 90 percent", "percent", 90, 90, "%", R, "PREVENT-19 efficacy (rounded)")
C(d, "nvx-07-jun21", "those results in June 2021", "June 2021", "date", 2021, 2021, "year", R, "topline announcement date")
C(d, "nvx-07-myo", "signal: four cases of myocarditis", "four", "count", 4, 4, "cases", R, "myocarditis cases, vaccine recipients (FDA review)")
C(d, "nvx-07-20d", "within 20 days of vaccination among trial participants who got", "20 days", "duration", 20, 20, "days", O, "myocarditis window")
C(d, "nvx-07-myopbo", "against one among placebo", "one", "count", 1, 1, "cases", R, "myocarditis cases, placebo")
C(d, "nvx-07-db", "database of roughly 40,000", "roughly 40,000", "count", 40000, 40000, "people", R, "safety database vaccine recipients")
C(d, "nvx-07-myo2", "But four cases among", "four", "count", 4, 4, "cases", O, "repeat")
C(d, "nvx-07-db2", "among some 40,000 people", "some 40,000", "count", 40000, 40000, "people", O, "repeat")
C(d, "nvx-07-rate", "is about one in 10,000", "one in 10,000", "percent", 0.01, 0.01, "%", R, "myocarditis rate (fact-checker's arithmetic)")
C(d, "nvx-07-rate2", "not one in a thousand", "one in a thousand", "percent", 0.1, 0.1, "%", O, "post's figure (repeat, attributed)")
C(d, "nvx-07-vfor", "voted 21 to 0, with", "21", "count", 21, 21, "votes", R, "VRBPAC Novavax EUA votes for")
C(d, "nvx-07-vagn", "voted 21 to 0, with", "0", "count", 0, 0, "votes", R, "VRBPAC Novavax EUA votes against")
C(d, "nvx-07-vabs", "with one abstention, on June 7", "one", "count", 1, 1, "abstentions", R, "VRBPAC abstentions")
C(d, "nvx-07-vdate", "abstention, on June 7", "June 7", "date", 2022, 2022, "year", R, "VRBPAC vote date")
C(d, "nvx-07-owsdate", "agreed in July 2020", "July 2020", "date", 2020, 2020, "year", R, "OWS award date")
C(d, "nvx-07-ows", "pay Novavax $1.6 billion", "$1.6 billion", "money", 1.6e9, 1.6e9, "USD", R, "Operation Warp Speed award")
C(d, "nvx-07-owsdoses", "obtaining 100 million doses", "100 million", "count", 1e8, 1e8, "doses", R, "doses under OWS award")
C(d, "nvx-07-doses", "has secured 2.3 million doses", "2.3 million", "count", 2300000, 2300000, "doses", R, "doses secured by HHS (PLANTED transposition)")
C(d, "nvx-07-2dose", "Novavax's two-dose vaccine", "two-dose", "count", 2, 2, "doses", O, "number of doses")
C(d, "nvx-07-factor", "off by a factor of 10", "factor of 10", "ratio", 10, 10, "x", O, "ratio (repeat)")

# ---------------------------------------------------------------- conflicts
CONFLICTS = [
    # S1 PREVENT-19 enrolment: 29,690 (transposed) vs 29,960
    ("nvx-06-n", "nvx-02-n", "strict"),
    # S2 PREVENT-19 overall efficacy: UK 89.7% given as the US/Mexico figure vs 90.4%
    ("nvx-05-ve", "nvx-01-ve", "strict"),
    ("nvx-05-ve", "nvx-02-ve", "strict"),
    ("nvx-05-ve", "nvx-03-ve", "strict"),
    # S3 efficacy vs moderate/severe: 93% vs 100%
    ("nvx-04-ms", "nvx-02-ms", "strict"),
    ("nvx-04-ms", "nvx-03-ms", "strict"),
    # S4 placebo-arm cases: 77 (the total) vs 63
    ("nvx-07-pbo", "nvx-02-pbo", "strict"),
    ("nvx-07-pbo", "nvx-03-pbo", "strict"),
    # S5 UK final efficacy: 89.3% (interim figure called final) vs 89.7%
    ("nvx-06-ukve", "nvx-02-ukve", "strict"),
    ("nvx-06-ukve", "nvx-03-ukve", "strict"),
    # S6 VRBPAC votes against: 1 vs 0
    ("nvx-05-vagn", "nvx-01-vagn", "strict"),
    ("nvx-05-vagn", "nvx-06-vagn", "strict"),
    ("nvx-05-vagn", "nvx-07-vagn", "strict"),
    # S7 EUA year: July 2021 vs 2022
    ("nvx-04-eua", "nvx-01-wed", "strict"),
    ("nvx-04-eua", "nvx-05-eua", "strict"),
    # S8 Operation Warp Speed award year: 2021 vs 2020
    ("nvx-05-owsdate", "nvx-07-owsdate", "strict"),
    # S9 doses secured by HHS in July 2022: 2.3 million vs 3.2 million
    ("nvx-07-doses", "nvx-01-doses", "strict"),
    ("nvx-07-doses", "nvx-05-doses", "strict"),
    # Q1 enrolled vs randomized counts
    ("nvx-02-n", "nvx-03-n", "qualified"),
    ("nvx-06-n", "nvx-03-n", "qualified"),
    # Q2 myocarditis: four myocarditis (trial, vaccine arm) vs five myocarditis-or-pericarditis (all studies)
    ("nvx-05-five", "nvx-01-myo", "qualified"),
    ("nvx-05-five", "nvx-07-myo", "qualified"),
    # Q3 post-marketing trial ages: 50-64 vs 50-65
    ("nvx-04-pmr", "nvx-06-pmr", "qualified"),
    # Q4 myocarditis rate: company 0.007% vs fact-checker's rough one in 10,000
    ("nvx-04-myov", "nvx-07-rate", "qualified"),
]

byid = {c["id"]: c for c in CLAIMS}
for i, x in enumerate(CLAIMS):           # no two gold spans may overlap
    for y in CLAIMS[i + 1:]:
        if x["doc"] == y["doc"] and x["start"] < y["end"] and y["start"] < x["end"]:
            sys.exit(f"overlap: {x['id']} {y['id']}")
rows = []
seen = set()
for a, b, g in CONFLICTS:
    assert a in byid and b in byid, (a, b)
    assert byid[a]["doc"] != byid[b]["doc"], (a, b)
    assert byid[a]["required"] and byid[b]["required"], (a, b)
    k = frozenset((a, b)); assert k not in seen, (a, b); seen.add(k)
    rows.append({"type": "conflict", "a": a, "b": b, "grade": g})

out = os.path.join(HERE, f"{TOPIC}.gold.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in CLAIMS + rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
nreq = sum(c["required"] for c in CLAIMS)
print(f"{len(CLAIMS)} claims ({nreq} required, {len(CLAIMS)-nreq} optional); "
      f"{len(rows)} conflicts ({sum(r['grade']=='strict' for r in rows)} strict, "
      f"{sum(r['grade']=='qualified' for r in rows)} qualified) -> {out}")
