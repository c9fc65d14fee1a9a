#!/usr/bin/env python3
"""Build malaria.gold.jsonl from the articles in malaria/.

Each claim is located by a context string that must occur exactly once in its
article; the span is the first occurrence of `span` inside that context (or the
occurrence given by `occ`). Offsets are Unicode code points into the text as
read with UTF-8. The script checks that every span equals the article slice,
that ids are unique, and that every conflict joins two different documents.

Run:  python3 malaria.gold.py   (writes malaria.gold.jsonl beside this file)
      python3 malaria.gold.py --selfcheck DIR   (also writes DIR/claims.csv and
      DIR/conflicts.csv from the gold, for score.py; every metric must be 1.0)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "malaria")
OUT = os.path.join(HERE, "malaria.gold.jsonl")

T, F = True, False
N = None

# (id, ctx, span, kind, low, high, unit, required, topic[, occ])
CLAIMS = {
"mal01_wire.txt": [
 ("m01-dateline", "GENEVA, Oct 2 (", "Oct 2", "date", 2023, 2023, "year", F, "dateline (publication metadata)"),
 ("m01-monday", "Organization on Monday", "Monday", "date", 2023, 2023, "year", T, "who r21 recommendation date"),
 ("m01-rtsrec", "in\nOctober 2021, and", "October 2021", "date", 2021, 2021, "year", T, "who rts,s recommendation date"),
 ("m01-price", "between $2 and\n$4 per dose", "$2 and\n$4", "money", 2, 4, "USD", T, "r21 price per dose (range)"),
 ("m01-nextyr", "early next year", "early next year", "date", 2024, 2024, "year", T, "first r21 country rollout (forecast)"),
 ("m01-mid24", "by mid-2024", "mid-2024", "date", 2024, 2024, "year", T, "wider r21 availability (forecast)"),
 ("m01-panels", "from two WHO expert panels", "two", "count", 2, 2, "panels", F, "advisory bodies (definitional)"),
 ("m01-5day", "a five-day meeting", "five-day", "duration", 5, 5, "days", F, "sage/mpag meeting length"),
 ("m01-friday", "on Friday.", "Friday", "date", 2023, 2023, "year", T, "sage/mpag meeting end date"),
 ("m01-season", "four or five months of the year", "four or five months", "duration", 4, 5, "months", F, "definition of seasonal transmission"),
 ("m01-3dose", "three doses of R21", "three doses", "count", 3, 3, "doses", F, "primary series doses (definitional)"),
 ("m01-ve", "malaria by 75% over", "75%", "percent", 75, 75, "%", T, "r21 efficacy seasonal sites 12 mo"),
 ("m01-12mo", "over the following 12 months", "12 months", "duration", 12, 12, "months", F, "efficacy timepoint"),
 ("m01-boost", "given a year after the third", "a year", "duration", 1, 1, "years", T, "r21 fourth dose interval"),
 ("m01-n", "about 4,800 children", "4,800", "count", 4800, 4800, "children", T, "r21 phase 3 trial size (planned/rounded)"),
 ("m01-ghana", "approve R21 in\nApril,", "April", "date", 2023, 2023, "year", T, "ghana r21 approval date"),
 ("m01-cap", "make 100 million", "100 million", "count", 100000000, 100000000, "doses per year", T, "sii r21 capacity"),
 ("m01-2yr", "within two years", "two years", "duration", 2, 2, "years", F, "capacity doubling horizon"),
 ("m01-july", "In July, the WHO", "July", "date", 2023, 2023, "year", T, "rts,s allocation date"),
 ("m01-18m", "allocated 18 million doses", "18 million", "count", 18000000, 18000000, "doses", T, "rts,s doses allocated"),
 ("m01-12c", "to 12 African countries", "12", "count", 12, 12, "countries", T, "countries in rts,s allocation"),
 ("m01-period", "2023 to 2025, and", "2023 to 2025", "date", 2023, 2025, "year", T, "rts,s allocation period"),
 ("m01-28", "at least 28 countries", "28", "count", 28, 28, "countries", T, "countries requesting rts,s"),
 ("m01-1.7m", "1.7 million children", "1.7 million", "count", 1700000, 1700000, "children", T, "children vaccinated in pilots (as of jul 2023)"),
 ("m01-2019", "began there in 2019", "2019", "date", 2019, 2019, "year", T, "pilot start year"),
 ("m01-demand", "40 million to 60 million doses", "40 million to 60 million", "count", 40000000, 60000000, "doses per year", T, "projected malaria vaccine demand"),
 ("m01-2026", "a year by 2026", "2026", "date", 2026, 2026, "year", F, "demand projection timepoint"),
 ("m01-twovax", "\"Two vaccines means", "Two", "count", 2, 2, "vaccines", F, "quote"),
 ("m01-deaths", "an estimated 619,000 people", "619,000", "count", 619000, 619000, "deaths", T, "global malaria deaths 2021"),
 ("m01-d2021", "619,000 people in 2021", "2021", "date", 2021, 2021, "year", F, "year of death estimate"),
 ("m01-cases", "some 247 million cases", "247 million", "count", 247000000, 247000000, "cases", T, "global malaria cases 2021"),
 ("m01-u5", "Nearly half a million of the dead", "Nearly half a million", "count", 500000, 500000, "deaths per year", T, "african under-5 malaria deaths per year"),
 ("m01-u5age", "the age of five", "five", "age", 5, 5, "years", F, "under-five definition"),
 ("m01-twovax2", "between the two vaccines", "two", "count", 2, 2, "vaccines", F, "aside"),
 ("m01-qdenga", "aged 6 to 16", "6 to 16", "age", 6, 16, "years", T, "qdenga (dengue) recommended ages"),
],
"mal02_press.txt": [
 ("m02-dateline", "United Kingdom, 21 December 2023", "21 December 2023", "date", 2023, 2023, "year", F, "dateline (= r21 prequalification date)"),
 ("m02-rec", "issued on October 2,", "October 2", "date", 2023, 2023, "year", T, "who r21 recommendation date"),
 ("m02-rtspq", "prequalified in July 2022", "July 2022", "date", 2022, 2022, "year", T, "rts,s prequalification date"),
 ("m02-n", "enrolled 4,878 children", "4,878", "count", 4878, 4878, "children", T, "r21 phase 3 trial size"),
 ("m02-age", "aged 5 to 36 months", "5 to 36 months", "age", 5, 36, "months", T, "r21 phase 3 ages"),
 ("m02-sites", "at five sites", "five", "count", 5, 5, "sites", T, "r21 phase 3 sites"),
 ("m02-12mo", "Over the 12 months after", "12 months", "duration", 12, 12, "months", F, "efficacy timepoint"),
 ("m02-3dose", "a three-dose primary series", "three-dose", "count", 3, 3, "doses", F, "primary series (definitional)"),
 ("m02-seas", "was 75% at sites", "75%", "percent", 75, 75, "%", T, "r21 efficacy seasonal sites 12 mo"),
 ("m02-std", "and 68% at sites", "68%", "percent", 68, 68, "%", T, "r21 efficacy standard sites 12 mo"),
 ("m02-boost", "given 12 months after the third dose", "12 months", "duration", 12, 12, "months", T, "r21 booster interval"),
 ("m02-20m", "more than 20 million doses", "20 million", "count", 20000000, 20000000, "doses", T, "r21 doses manufactured (dec 2023)"),
 ("m02-cap", "produce 100 million doses per year", "100 million", "count", 100000000, 100000000, "doses per year", T, "sii r21 capacity"),
 ("m02-2yr", "over the next two years", "two years", "duration", 2, 2, "years", F, "capacity doubling horizon"),
 ("m02-price", "below $4 per dose", "$4", "money", 4, 4, "USD", T, "r21 price ceiling per dose"),
 ("m02-natl", "earlier this year", "earlier this year", "date", 2023, 2023, "year", F, "national r21 approvals (relative)"),
 ("m02-about3", "given as three doses four weeks apart", "three doses", "count", 3, 3, "doses", F, "primary series (About)"),
 ("m02-4wk", "three doses four weeks apart", "four weeks", "duration", 4, 4, "weeks", T, "primary dose interval"),
 ("m02-1yr", "a fourth dose one year later", "one year", "duration", 1, 1, "years", T, "r21 fourth dose interval"),
 ("m02-1966", "Founded in 1966", "1966", "date", 1966, 1966, "year", F, "sii founding (About)"),
 ("m02-1.5b", "more than 1.5 billion doses", "1.5 billion", "count", 1500000000, 1500000000, "doses per year", F, "sii total output (About)"),
 ("m02-170", "about 170 countries", "170", "count", 170, 170, "countries", F, "sii reach (About)"),
],
"mal03_abstract.txt": [
 ("m03-title-age", "children aged 5–36 months: efficacy", "5–36 months", "age", 5, 36, "months", F, "title"),
 ("m03-cases", "249 million cases", "249 million", "count", 249000000, 249000000, "cases", T, "global malaria cases 2022"),
 ("m03-deaths", "608 000 deaths", "608 000", "count", 608000, 608000, "deaths", T, "global malaria deaths 2022"),
 ("m03-2022", "deaths in 2022, most", "2022", "date", 2022, 2022, "year", F, "year of burden estimate"),
 ("m03-sites", "trial (NCT04704830) at five sites", "five", "count", 5, 5, "sites", T, "r21 phase 3 sites"),
 ("m03-seas-n", "two with seasonal", "two", "count", 2, 2, "sites", T, "seasonal sites"),
 ("m03-std-n", "three with perennial", "three", "count", 3, 3, "sites", T, "standard sites"),
 ("m03-age", "Children aged 5–36 months were", "5–36 months", "age", 5, 36, "months", T, "r21 phase 3 ages"),
 ("m03-ratio", "assigned 2:1 to", "2:1", "ratio", 2, 2, "ratio", F, "randomisation ratio"),
 ("m03-5ug", "(5 μg R21", "5 μg", "dose", 5, 5, "μg", T, "r21 antigen dose"),
 ("m03-50ug", "plus 50 μg Matrix-M", "50 μg", "dose", 50, 50, "μg", T, "matrix-m adjuvant dose"),
 ("m03-3dose", "given as three doses 4 weeks apart", "three doses", "count", 3, 3, "doses", F, "primary series (definitional)"),
 ("m03-4wk", "three doses 4 weeks apart", "4 weeks", "duration", 4, 4, "weeks", T, "primary dose interval"),
 ("m03-boost", "a booster 12 months after the third dose", "12 months", "duration", 12, 12, "months", T, "r21 booster interval"),
 ("m03-enrol", "began in April 2021", "April 2021", "date", 2021, 2021, "year", T, "r21 phase 3 enrolment start"),
 ("m03-14d", "from 14 days after", "14 days", "duration", 14, 14, "days", F, "endpoint window start"),
 ("m03-ep12", "after the third dose to 12 months", "12 months", "duration", 12, 12, "months", F, "endpoint window end"),
 ("m03-N", "N = 4,878", "4,878", "count", 4878, 4878, "children", T, "r21 phase 3 randomised"),
 ("m03-nR21", "n=3,252", "3,252", "count", 3252, 3252, "children", T, "r21 arm"),
 ("m03-nctl", "n=1,626", "1,626", "count", 1626, 1626, "children", T, "control arm"),
 ("m03-12mo", "Over 12 months, VE", "12 months", "duration", 12, 12, "months", F, "efficacy timepoint"),
 ("m03-seas", "clinical malaria was 75% (95% CI", "75%", "percent", 75, 75, "%", T, "r21 efficacy seasonal sites 12 mo"),
 ("m03-seasci", "71 to 79", "71 to 79", "percent", 71, 79, "%", T, "ci seasonal"),
 ("m03-std", "and 68% (95% CI", "68%", "percent", 68, 68, "%", T, "r21 efficacy standard sites 12 mo"),
 ("m03-stdci", "61 to 74", "61 to 74", "percent", 61, 74, "%", T, "ci standard"),
 ("m03-p", "P<0.0001", "P<0.0001", "pvalue", 0.0001, 0.0001, "p", F, "p-value"),
 ("m03-subage", "among those aged 5–17 months", "5–17 months", "age", 5, 17, "months", F, "subgroup definition"),
 ("m03-sub-seas", "VE was 79% (95% CI", "79%", "percent", 79, 79, "%", T, "r21 efficacy 5-17 mo seasonal"),
 ("m03-sub-seasci", "73 to 84", "73 to 84", "percent", 73, 84, "%", T, "ci 5-17 mo seasonal"),
 ("m03-sub-std", "sites and 75% (95% CI", "75%", "percent", 75, 75, "%", T, "r21 efficacy 5-17 mo standard"),
 ("m03-sub-stdci", "65 to 83", "65 to 83", "percent", 65, 83, "%", T, "ci 5-17 mo standard"),
 ("m03-avert-s", "averted 868 cases", "868", "count", 868, 868, "cases per 1,000 child-years", T, "cases averted seasonal"),
 ("m03-per1k-a", "868 cases of clinical malaria per 1,000 child-years", "1,000 child-years", "count", 1000, 1000, "child-years", F, "rate denominator"),
 ("m03-avert-std", "and 296 per", "296", "count", 296, 296, "cases per 1,000 child-years", T, "cases averted standard"),
 ("m03-per1k-b", "296 per 1,000 child-years", "1,000 child-years", "count", 1000, 1000, "child-years", F, "rate denominator"),
 ("m03-fever", "fever (46.7%)", "46.7%", "percent", 46.7, 46.7, "%", T, "fever after r21"),
 ("m03-pain", "pain (18.6%)", "18.6%", "percent", 18.6, 18.6, "%", T, "injection-site pain after r21"),
 ("m03-rts-sites", "(11 sites in seven countries)", "11", "count", 11, 11, "sites", T, "rts,s phase 3 sites"),
 ("m03-rts-ctry", "in seven countries", "seven", "count", 7, 7, "countries", T, "rts,s phase 3 countries"),
 ("m03-rts-nch", "8,922 children", "8,922", "count", 8922, 8922, "children", T, "rts,s phase 3 children analysed"),
 ("m03-rts-chage", "8,922 children aged 5–17 months", "5–17 months", "age", 5, 17, "months", F, "rts,s child age band"),
 ("m03-rts-ninf", "6,537 infants", "6,537", "count", 6537, 6537, "infants", T, "rts,s phase 3 infants analysed"),
 ("m03-rts-infage", "aged 6–12 weeks", "6–12 weeks", "age", 6, 12, "weeks", F, "rts,s infant age band"),
 ("m03-rts-18mo", "During 18 months after dose 3", "18 months", "duration", 18, 18, "months", F, "timepoint"),
 ("m03-rts-46", "children was 46% (95% CI", "46%", "percent", 46, 46, "%", T, "rts,s efficacy children 18 mo (3 doses)"),
 ("m03-rts-46ci", "42 to 50", "42 to 50", "percent", 42, 50, "%", T, "ci rts,s 18 mo"),
 ("m03-rts-m20", "a booster at month 20", "month 20", "duration", 20, 20, "months", F, "rts,s booster timing"),
 ("m03-rts-48", "median follow-up 48 months", "48 months", "duration", 48, 48, "months", F, "follow-up"),
 ("m03-rts-36", "was 36% in children", "36%", "percent", 36, 36, "%", T, "rts,s efficacy children 4 doses to study end"),
 ("m03-rts-26", "and 26% in infants", "26%", "percent", 26, 26, "%", T, "rts,s efficacy infants 4 doses to study end"),
 ("m03-rts-28", "without it, 28%", "28%", "percent", 28, 28, "%", T, "rts,s efficacy children 3 doses to study end"),
 ("m03-rts-18", "28% and 18%", "18%", "percent", 18, 18, "%", T, "rts,s efficacy infants 3 doses to study end"),
 ("m03-rts-1k", "per 1,000 children vaccinated", "1,000", "count", 1000, 1000, "children", F, "rate denominator"),
 ("m03-rts-sev", "from −1 to 49", "−1 to 49", "count", -1, 49, "severe cases averted per 1,000", T, "rts,s severe malaria averted range across sites"),
 ("m03-goal", "at least 75% efficacy", "75%", "percent", 75, 75, "%", T, "who efficacy goal"),
 ("m03-goal12", "75% efficacy over 12 months", "12 months", "duration", 12, 12, "months", F, "who goal timepoint"),
 ("m03-age5", "from 5 months of age", "5 months", "age", 5, 5, "months", T, "recommended starting age"),
 ("m03-recv", "Received 26 February 2024", "26 February 2024", "date", 2024, 2024, "year", F, "metadata"),
 ("m03-acc", "accepted 5 March 2024", "5 March 2024", "date", 2024, 2024, "year", F, "metadata"),
],
"mal04_explainer.txt": [
 ("m04-two", "Two vaccines against malaria", "Two", "count", 2, 2, "vaccines", F, "aside"),
 ("m04-rtsrec", "wide use in October 2021", "October 2021", "date", 2021, 2021, "year", T, "who rts,s recommendation date"),
 ("m04-rtspq", "(prequalification) in July 2022", "July 2022", "date", 2022, 2022, "year", T, "rts,s prequalification date"),
 ("m04-r21rec", "recommended it in October 2023", "October 2023", "date", 2023, 2023, "year", T, "who r21 recommendation date"),
 ("m04-r21pq", "prequalified it that December", "that December", "date", 2023, 2023, "year", T, "r21 prequalification date"),
 ("m04-four", "\nFour. ", "Four", "count", 4, 4, "doses", F, "doses in schedule (definitional)"),
 ("m04-age", "at about 5 months of age", "5 months", "age", 5, 5, "months", T, "starting age"),
 ("m04-3", "the first three doses", "three", "count", 3, 3, "doses", F, "primary series"),
 ("m04-1mo", "roughly a month apart", "a month", "duration", 1, 1, "months", T, "primary dose interval"),
 ("m04-1yr", "about a year after the third", "a year", "duration", 1, 1, "years", T, "fourth dose interval"),
 ("m04-r21ve", "about three in four malaria cases", "three in four", "percent", 75, 75, "%", T, "r21 efficacy seasonal first year"),
 ("m04-rtsage", "started at 5 to 17 months", "5 to 17 months", "age", 5, 17, "months", F, "rts,s subgroup age band"),
 ("m04-all4", "received all four doses", "four", "count", 4, 4, "doses", F, "qualifier"),
 ("m04-39", "about 39% fewer", "39%", "percent", 39, 39, "%", T, "rts,s efficacy 4 doses over ~4 years (children)"),
 ("m04-4yr", "over roughly four years", "four years", "duration", 4, 4, "years", F, "follow-up"),
 ("m04-13", "fell by 13%", "13%", "percent", 13, 13, "%", T, "pilot all-cause mortality reduction"),
 ("m04-day", "for a day or two", "a day or two", "duration", 1, 2, "days", F, "side-effect duration"),
 ("m04-millions", "Millions of doses", "Millions", "count", None, None, "doses", F, "vague count"),
 ("m04-2m", "More than 2 million children", "2 million", "count", 2000000, 2000000, "children", T, "children vaccinated in pilots"),
 ("m04-3ctry", "in the three pilot countries", "three", "count", 3, 3, "countries", F, "pilot countries"),
 ("m04-pilotyrs", "between 2019 and 2023, and", "2019 and 2023", "date", 2019, 2023, "year", F, "pilot period"),
 ("m04-cam", "starting on January 22 this year", "January 22", "date", 2024, 2024, "year", T, "cameroon routine rollout start"),
 ("m04-20c", "around 20 countries hope", "20", "count", 20, 20, "countries", T, "countries planning introduction"),
 ("m04-2025", "by the end of 2025", "2025", "date", 2025, 2025, "year", F, "introduction target date"),
 ("m04-eur", "about €9.30", "€9.30", "money", 9.30, 9.30, "EUR", T, "rts,s price per dose (EUR)"),
 ("m04-usd", "(roughly $9.80)", "$9.80", "money", 9.80, 9.80, "USD", T, "rts,s price per dose (USD)"),
 ("m04-r21p", "about $3.90 per dose for R21", "$3.90", "money", 3.90, 3.90, "USD", T, "r21 price per dose"),
 ("m04-course4", "a full four-dose course", "four-dose", "count", 4, 4, "doses", F, "course definition"),
 ("m04-course", "around $15.60", "$15.60", "money", 15.60, 15.60, "USD", T, "r21 price per four-dose course"),
 ("m04-cofin", "starting at 20 cents per dose", "20 cents", "money", 0.20, 0.20, "USD", T, "co-financing per dose"),
 ("m04-gavi", "$157.5 million", "$157.5 million", "money", 157500000, 157500000, "USD", T, "gavi initial malaria vaccine funding"),
 ("m04-gaviyrs", "covering 2022 to 2025", "2022 to 2025", "date", 2022, 2025, "year", F, "gavi funding period"),
 ("m04-cases", "about 249 million cases", "249 million", "count", 249000000, 249000000, "cases", T, "global malaria cases 2022"),
 ("m04-deaths", "680,000 deaths", "680,000", "count", 680000, 680000, "deaths", T, "global malaria deaths 2022"),
 ("m04-2022", "worldwide in 2022, according", "2022", "date", 2022, 2022, "year", F, "year of burden estimate"),
 ("m04-94", "About 94% of cases", "94%", "percent", 94, 94, "%", T, "africa share of cases 2022"),
 ("m04-95", "and 95% of deaths", "95%", "percent", 95, 95, "%", T, "africa share of deaths 2022"),
 ("m04-45", "roughly four in five", "four in five", "percent", 80, 80, "%", T, "under-5 share of african deaths 2022"),
 ("m04-u5", "children under five.", "five", "age", 5, 5, "years", F, "under-five definition"),
],
"mal05_blog.txt": [
 ("m05-title", "as 2025 ends", "2025", "date", 2025, 2025, "year", F, "headline"),
 ("m05-t2vax", "Two malaria vaccines, two price cuts", "Two", "count", 2, 2, "vaccines", F, "headline"),
 ("m05-t2cut", "two price cuts: where", "two", "count", 2, 2, "price cuts", F, "headline"),
 ("m05-thisyr1", "what changed this year", "this year", "date", 2025, 2025, "year", F, "aside"),
 ("m05-thisyr2", "This year, the honest", "This year", "date", 2025, 2025, "year", F, "aside"),
 ("m05-byline", "8 December 2025", "8 December 2025", "date", 2025, 2025, "year", F, "byline date"),
 ("m05-wmr", "came out last week", "last week", "date", 2025, 2025, "year", F, "world malaria report release"),
 ("m05-cases24", "282 million", "282 million", "count", 282000000, 282000000, "cases", T, "global malaria cases 2024"),
 ("m05-deaths24", "610,000 deaths", "610,000", "count", 610000, 610000, "deaths", T, "global malaria deaths 2024"),
 ("m05-2024", "worldwide in 2024, a small", "2024", "date", 2024, 2024, "year", F, "year of estimate"),
 ("m05-2023", "a small rise on 2023", "2023", "date", 2023, 2023, "year", F, "comparison year"),
 ("m05-cases23", "273 million cases", "273 million", "count", 273000000, 273000000, "cases", T, "global malaria cases 2023 (revised)"),
 ("m05-95", "About 95% of the deaths", "95%", "percent", 95, 95, "%", T, "africa share of deaths 2024"),
 ("m05-75u5", "roughly three-quarters", "three-quarters", "percent", 75, 75, "%", T, "under-5 share of deaths 2024"),
 ("m05-u5", "children under five. Those", "five", "age", 5, 5, "years", F, "under-five definition"),
 ("m05-24c", "counts 24 countries", "24", "count", 24, 24, "countries", T, "countries giving malaria vaccine (dec 2025)"),
 ("m05-3c", "the number was three", "three", "count", 3, 3, "countries", F, "aside (countries when blog began)"),
 ("m05-lastmo", "Last month Gavi", "Last month", "date", 2025, 2025, "year", T, "gavi/unicef r21 price deal date"),
 ("m05-r21old", "from about $3.90 a dose", "$3.90", "money", 3.90, 3.90, "USD", T, "r21 price per dose before deal"),
 ("m05-r21new", "to $2.99 within", "$2.99", "money", 2.99, 2.99, "USD", T, "r21 new price per dose"),
 ("m05-1yr", "within roughly a year", "a year", "duration", 1, 1, "years", F, "price cut timing"),
 ("m05-4d", "Babies need four doses", "four", "count", 4, 4, "doses", F, "schedule"),
 ("m05-course", "$11.96", "$11.96", "money", 11.96, 11.96, "USD", T, "r21 full course at new price"),
 ("m05-save", "about $90 million", "$90 million", "money", 90000000, 90000000, "USD", T, "gavi saving from r21 deal"),
 ("m05-5yr", "over five years", "five years", "duration", 5, 5, "years", F, "saving horizon"),
 ("m05-30m", "some 30 million extra doses", "30 million", "count", 30000000, 30000000, "doses", T, "extra r21 doses"),
 ("m05-7m", "up to 7 million more children", "7 million", "count", 7000000, 7000000, "children", T, "extra children vaccinated"),
 ("m05-june", "said in June", "June", "date", 2025, 2025, "year", T, "gsk/bharat price pledge date"),
 ("m05-rtsnow", "costs about $10 a dose", "$10", "money", 10, 10, "USD", T, "rts,s price per dose (2025)"),
 ("m05-below5", "will fall below $5", "$5", "money", 5, 5, "USD", T, "rts,s pledged price ceiling"),
 ("m05-2028", "below $5 by 2028", "2028", "date", 2028, 2028, "year", T, "rts,s price target date"),
 ("m05-200inv", "more than $200 million", "$200 million", "money", 200000000, 200000000, "USD", T, "bharat investment"),
 ("m05-chart", "per-dose prices, 2022–2028", "2022–2028", "date", 2022, 2028, "year", F, "image caption"),
 ("m05-n", "enrolled 4,788 children", "4,788", "count", 4788, 4788, "children", T, "r21 phase 3 trial size"),
 ("m05-4ctry", "in four countries", "four", "count", 4, 4, "countries", T, "r21 phase 3 countries"),
 ("m05-ve", "showed 75% efficacy", "75%", "percent", 75, 75, "%", T, "r21 efficacy seasonal sites 12 mo"),
 ("m05-yr", "efficacy over a year", "a year", "duration", 1, 1, "years", F, "efficacy timepoint"),
 ("m05-2m", "more than 2 million children", "2 million", "count", 2000000, 2000000, "children", T, "children vaccinated in pilots"),
 ("m05-30", "children by 30%", "30%", "percent", 30, 30, "%", T, "pilot all-cause mortality reduction"),
 ("m05-cam", "in January 2023", "January 2023", "date", 2023, 2023, "year", T, "cameroon routine rollout start"),
 ("m05-civ", "in July last year", "July last year", "date", 2024, 2024, "year", T, "cote d'ivoire first r21 doses"),
 ("m05-200cap", "make 200 million doses a year", "200 million", "count", 200000000, 200000000, "doses per year", T, "sii r21 capacity (2025)"),
 ("m05-25m", "had 25 million on the shelf", "25 million", "count", 25000000, 25000000, "doses", T, "r21 doses manufactured before jul 2024"),
 ("m05-march", "Back in March", "March", "date", 2025, 2025, "year", T, "assembly vote date"),
 ("m05-vfor", "voted 15-2", "15", "count", 15, 15, "votes", T, "assembly votes for"),
 ("m05-vagn", "15-2 to pay", "2", "count", 2, 2, "votes", T, "assembly votes against"),
 ("m05-2026", "in 2026\n", "2026", "date", 2026, 2026, "year", F, "section heading"),
 ("m05-shortfall", "after this year's shortfall", "this year", "date", 2025, 2025, "year", F, "gavi shortfall year"),
 ("m05-1in8", "One in eight of our admissions", "One in eight", "percent", 12.5, 12.5, "%", T, "malaria share of local admissions"),
 ("m05-1in20", "one in twenty", "one in twenty", "percent", 5, 5, "%", F, "aspiration (hypothetical)"),
],
"mal06_local.txt": [
 ("m06-tue", "on Tuesday approved", "Tuesday", "date", 2025, 2025, "year", T, "assembly vote date"),
 ("m06-cash", "GH₵480,000", "GH₵480,000", "money", 480000, 480000, "GHS", T, "outreach funding"),
 ("m06-vfor", "by fourteen votes to three", "fourteen", "count", 14, 14, "votes", T, "assembly votes for"),
 ("m06-vagn", "fourteen votes to three", "three", "count", 3, 3, "votes", T, "assembly votes against"),
 ("m06-17", "the 17 members present", "17", "count", 17, 17, "members", T, "members present"),
 ("m06-bikes", "six motorbikes", "six", "count", 6, 6, "motorbikes", T, "motorbikes bought"),
 ("m06-12mo", "over the next 12 months", "12 months", "duration", 12, 12, "months", T, "outreach funding period"),
 ("m06-sfor", "unanimously, 5-0", "5", "count", 5, 5, "votes", T, "subcommittee votes for"),
 ("m06-sagn", "5-0, at", "0", "count", 0, 0, "votes", T, "subcommittee votes against"),
 ("m06-feb", "its February sitting", "February", "date", 2025, 2025, "year", F, "subcommittee vote date"),
 ("m06-q3", "who gets three doses", "three doses", "count", 3, 3, "doses", F, "quote"),
 ("m06-lastyr", "showed that last year", "last year", "date", 2024, 2024, "year", F, "coverage year"),
 ("m06-81", "81% of eligible", "81%", "percent", 81, 81, "%", T, "local first-dose coverage 2024"),
 ("m06-38", "only 38%", "38%", "percent", 38, 38, "%", T, "local fourth-dose coverage 2024"),
 ("m06-3no", "the three members who voted no", "three", "count", 3, 3, "votes", F, "repeat"),
 ("m06-2019", "RTS,S vaccine in 2019", "2019", "date", 2019, 2019, "year", T, "ghana pilot start year"),
 ("m06-rtsrec", "recommended RTS,S in October 2022", "October 2022", "date", 2022, 2022, "year", T, "who rts,s recommendation date"),
 ("m06-fda", "on March 28, 2023", "March 28, 2023", "date", 2023, 2023, "year", T, "ghana fda r21 approval date"),
 ("m06-2wk", "about two weeks later", "two weeks", "duration", 2, 2, "weeks", F, "approval announcement lag"),
 ("m06-std", "cases by 75% at the sites", "75%", "percent", 75, 75, "%", T, "r21 efficacy standard sites 12 mo"),
 ("m06-later", "later that year", "later that year", "date", 2023, 2023, "year", F, "who r21 recommendation (relative)"),
 ("m06-rtsp", "about $9.80 a dose", "$9.80", "money", 9.80, 9.80, "USD", T, "rts,s price per dose"),
 ("m06-r21p", "about $3.90 for R21", "$3.90", "money", 3.90, 3.90, "USD", T, "r21 price per dose"),
 ("m06-gh-cases", "about 5.3 million cases", "5.3 million", "count", 5300000, 5300000, "cases per year", T, "ghana malaria cases per year"),
 ("m06-gh-deaths", "some 12,500 malaria deaths", "12,500", "count", 12500, 12500, "deaths per year", T, "ghana malaria deaths per year"),
 ("m06-cases23", "263 million cases", "263 million", "count", 263000000, 263000000, "cases", T, "global malaria cases 2023"),
 ("m06-deaths23", "597,000 deaths", "597,000", "count", 597000, 597000, "deaths", T, "global malaria deaths 2023"),
 ("m06-2023", "deaths in 2023, 95%", "2023", "date", 2023, 2023, "year", F, "year of estimate"),
 ("m06-95", "2023, 95% of the deaths", "95%", "percent", 95, 95, "%", T, "africa share of deaths 2023"),
 ("m06-9km", "up to 9 kilometres", "9 kilometres", "distance", 9, 9, "km", T, "walking distance to clinic"),
 ("m06-april", "start in April", "April", "date", 2025, 2025, "year", T, "outreach start date"),
 ("m06-6mo", "in six months", "six months", "duration", 6, 6, "months", F, "report-back timing"),
],
"mal07_factcheck.txt": [
 ("m07-pub", "Published 2 February 2024", "2 February 2024", "date", 2024, 2024, "year", F, "publication metadata"),
 ("m07-thous", "shared thousands of times", "thousands", "count", None, None, "shares", F, "vague count"),
 ("m07-jan22", "vaccination on Jan. 22", "Jan. 22", "date", 2024, 2024, "year", T, "cameroon routine rollout start"),
 ("m07-post30", "\"only works 30% of the time\"", "30%", "percent", 30, 30, "%", F, "false post's claim (attributed)"),
 ("m07-post7", "split 7-5 on approving", "7", "count", 7, 7, "votes", F, "false post's vote (attributed)"),
 ("m07-post5", "7-5 on approving", "5", "count", 5, 5, "votes", F, "false post's vote (attributed)"),
 ("m07-doses", "first 331,200 doses", "331,200", "count", 331200, 331200, "doses", T, "cameroon first rts,s delivery"),
 ("m07-nov", "doses in November", "November", "date", 2023, 2023, "year", T, "cameroon delivery date"),
 ("m07-age", "from six months of age", "six months", "age", 6, 6, "months", T, "cameroon starting age"),
 ("m07-42", "in 42 districts", "42", "count", 42, 42, "districts", T, "cameroon districts"),
 ("m07-q30", "Is it \"only 30%\" effective", "30%", "percent", 30, 30, "%", F, "quoting the post"),
 ("m07-age517", "children aged 5 to 17 months", "5 to 17 months", "age", 5, 17, "months", F, "subgroup age band"),
 ("m07-all4", "received all four doses", "four", "count", 4, 4, "doses", F, "qualifier"),
 ("m07-36", "had 36% fewer", "36%", "percent", 36, 36, "%", T, "rts,s efficacy 4 doses to study end (children)"),
 ("m07-48", "follow-up of 48 months", "48 months", "duration", 48, 48, "months", F, "follow-up"),
 ("m07-sev", "fell by about 30%", "30%", "percent", 30, 30, "%", T, "pilot severe malaria reduction"),
 ("m07-third", "nearly a third", "a third", "percent", 33.333333, 33.333333, "%", F, "repeat in words"),
 ("m07-vote1", "Was there a 7-5 vote?", "7-5", "count", None, None, "votes", F, "quoting the post"),
 ("m07-rtsrec", "recommended RTS,S in October 2021", "October 2021", "date", 2021, 2021, "year", T, "who rts,s recommendation date"),
 ("m07-vote2", "any 7-5 split", "7-5", "count", None, None, "votes", F, "quoting the post"),
 ("m07-2m", "more than 2 million children", "2 million", "count", 2000000, 2000000, "children", T, "children vaccinated in pilots"),
 ("m07-pilotyrs", "between 2019 and 2023, found", "2019 and 2023", "date", 2019, 2023, "year", F, "pilot period"),
 ("m07-13", "found a 13% drop", "13%", "percent", 13, 13, "%", T, "pilot all-cause mortality reduction"),
 ("m07-deaths", "an estimated 608,000 people", "608,000", "count", 608000, 608000, "deaths", T, "global malaria deaths 2022"),
 ("m07-2022", "608,000 people in 2022", "2022", "date", 2022, 2022, "year", F, "year of estimate"),
 ("m07-u5", "nearly half a million children", "nearly half a million", "count", 500000, 500000, "deaths per year", T, "african under-5 malaria deaths per year"),
 ("m07-u5age", "children under five die", "five", "age", 5, 5, "years", F, "under-five definition"),
 ("m07-gavi", "initial $155.7 million", "$155.7 million", "money", 155700000, 155700000, "USD", T, "gavi initial malaria vaccine funding"),
 ("m07-gavidt", "in December 2021 to buy", "December 2021", "date", 2021, 2021, "year", T, "gavi board decision date"),
 ("m07-gaviyrs", "for 2022 to 2025", "2022 to 2025", "date", 2022, 2025, "year", F, "gavi funding period"),
 ("m07-rtsp", "about $3.90 a dose for RTS,S", "$3.90", "money", 3.90, 3.90, "USD", T, "rts,s price per dose"),
 ("m07-cofin", "about 20 cents a dose", "20 cents", "money", 0.20, 0.20, "USD", T, "co-financing per dose"),
 ("m07-20c", "around 20 countries plan", "20", "count", 20, 20, "countries", T, "countries planning introduction"),
 ("m07-2425", "in 2024 and 2025", "2024 and 2025", "date", 2024, 2025, "year", F, "introduction period"),
 ("m07-6.6m", "about 6.6 million children", "6.6 million", "count", 6600000, 6600000, "children", T, "children targeted 2024-2025"),
 ("m07-r21rec", "by WHO last October", "last October", "date", 2023, 2023, "year", T, "who r21 recommendation date"),
 ("m07-thisyr", "add supply this year", "this year", "date", 2024, 2024, "year", F, "r21 supply expectation"),
],
}

# conflicts: (a, b, grade)
CONFLICTS = [
 # S1 R21 phase 3 trial size: 4,788 (transposed) vs 4,878
 ("m05-n", "m02-n", "strict"), ("m05-n", "m03-N", "strict"),
 # S2 WHO RTS,S recommendation year: October 2022 vs October 2021
 ("m06-rtsrec", "m01-rtsrec", "strict"), ("m06-rtsrec", "m04-rtsrec", "strict"), ("m06-rtsrec", "m07-rtsrec", "strict"),
 # S3 global malaria deaths in 2022: 680,000 (transposed) vs 608,000
 ("m04-deaths", "m03-deaths", "strict"), ("m04-deaths", "m07-deaths", "strict"),
 # S4 RTS,S price per dose: $3.90 (R21's price) vs $9.80
 ("m07-rtsp", "m04-usd", "strict"), ("m07-rtsp", "m06-rtsp", "strict"),
 # S5 Cameroon routine start: January 2023 vs January 22, 2024
 ("m05-cam", "m04-cam", "strict"), ("m05-cam", "m07-jan22", "strict"),
 # S6 assembly vote: 15-2 vs fourteen to three
 ("m05-vfor", "m06-vfor", "strict"), ("m05-vagn", "m06-vagn", "strict"),
 # S7 pilot all-cause mortality reduction: 30% (severe-malaria figure) vs 13%
 ("m05-30", "m04-13", "strict"), ("m05-30", "m07-13", "strict"),
 # S8 R21 efficacy at standard (perennial) sites: 75% (5-17-month subgroup) vs 68%
 ("m06-std", "m02-std", "strict"), ("m06-std", "m03-std", "strict"),
 # S9 Gavi initial malaria vaccine funding: $157.5m vs $155.7m
 ("m04-gavi", "m07-gavi", "strict"),
 # qualified
 ("m05-cases23", "m06-cases23", "qualified"),   # 2023 cases: revised 273m (WMR 2025) vs 263m (WMR 2024)
 ("m07-rtsp", "m04-eur", "qualified"),          # RTS,S price: $3.90 vs EUR 9.30 (currency)
 ("m07-rtsp", "m05-rtsnow", "qualified"),       # RTS,S price: $3.90 (2024) vs about $10 (2025)
 ("m04-39", "m03-rts-36", "qualified"),         # RTS,S 4-dose efficacy: 39% (per-protocol-style) vs 36%
 ("m04-39", "m07-36", "qualified"),
 ("m01-n", "m02-n", "qualified"),               # trial size: about 4,800 (planned) vs 4,878 enrolled
 ("m01-n", "m03-N", "qualified"),
]


def main():
    rows, spans, seen = [], {}, set()
    docs = sorted(CLAIMS)
    for doc in docs:
        text = open(os.path.join(DIR, doc), encoding="utf-8").read()
        for entry in CLAIMS[doc]:
            cid, ctx, span, kind, low, high, unit, req, topic = entry[:9]
            occ = entry[9] if len(entry) > 9 else 0
            cnt = text.count(ctx)
            if cnt != 1:
                sys.exit(f"{doc} {cid}: context {ctx!r} occurs {cnt} times")
            base = text.index(ctx)
            k = -1
            for _ in range(occ + 1):
                k = ctx.index(span, k + 1)
            start = base + k
            end = start + len(span)
            assert text[start:end] == span, (cid, text[start:end], span)
            if cid in seen:
                sys.exit(f"duplicate id {cid}")
            seen.add(cid)
            for (s2, e2, other) in spans.get(doc, []):
                if start < e2 and s2 < end:
                    sys.exit(f"{doc}: spans overlap {cid} / {other}")
            spans.setdefault(doc, []).append((start, end, cid))
            rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                         "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                         "required": req, "topic": topic})
    byid = {r["id"]: r for r in rows}
    pairs = set()
    for a, b, grade in CONFLICTS:
        if a not in byid or b not in byid:
            sys.exit(f"conflict references unknown id {a} / {b}")
        if byid[a]["doc"] == byid[b]["doc"]:
            sys.exit(f"conflict within one document: {a} / {b}")
        key = frozenset((a, b))
        if key in pairs:
            sys.exit(f"duplicate conflict {a} / {b}")
        pairs.add(key)
        rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--selfcheck" in sys.argv:
        import csv
        d = sys.argv[sys.argv.index("--selfcheck") + 1]
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "claims.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["claim_id", "source", "start", "end", "value_low", "value_high", "text"])
            for r in rows:
                if r["type"] == "claim":
                    w.writerow([r["id"], r["doc"], r["start"], r["end"],
                                "" if r["low"] is None else r["low"],
                                "" if r["high"] is None else r["high"], r["span"]])
        with open(os.path.join(d, "conflicts.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["claim_a", "claim_b"])
            for r in rows:
                if r["type"] == "conflict":
                    w.writerow([r["a"], r["b"]])
    nc = [r for r in rows if r["type"] == "claim"]
    print(f"claims {len(nc)} (required {sum(r['required'] for r in nc)}), "
          f"conflicts strict {sum(1 for c in CONFLICTS if c[2]=='strict')}, "
          f"qualified {sum(1 for c in CONFLICTS if c[2]=='qualified')}")


if __name__ == "__main__":
    main()
