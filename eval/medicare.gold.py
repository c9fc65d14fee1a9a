#!/usr/bin/env python3
"""Build medicare.gold.jsonl from hand-written claim specs.

Each claim is located by a context string that must occur exactly once in its
article; the claim span inside the context is marked with [[ ]]. Offsets are
Unicode code points into the file as read with UTF-8. Every span is checked
against the article slice. Run: python3 medicare.gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "medicare")
OUT = os.path.join(HERE, "medicare.gold.jsonl")

R, O = True, False  # required / optional

# (id, doc, context-with-[[span]], kind, low, high, unit, required, topic)
W, P, B, E, BL, L, F = ("med01_wire.txt", "med02_press.txt", "med03_brief.txt",
                        "med04_explainer.txt", "med05_blog.txt", "med06_local.txt",
                        "med07_factcheck.txt")
C = [
    # ---------------- med01 wire (2024-08-15) ----------------
    ("w-hl79", W, "cutting list prices by [[up to 79%]]\n", "percent", 79, 79, "%", O, "headline: maximum round-1 discount"),
    ("w-dateline", W, "WASHINGTON, [[Aug 15]] (Meridian", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
    ("w-thu", W, "said on\n[[Thursday]] that Medicare", "date", 2024, 2024, "year", R, "round-1 negotiated prices announced"),
    ("w-n10", W, "prices for the first [[10]] medicines", "count", 10, 10, "drugs", R, "round-1 drugs negotiated"),
    ("w-range", W, "of [[38% to 79%]] off", "percent", 38, 79, "%", R, "round-1 discount range off list"),
    ("w-ly", W, "off [[2023]] list prices", "date", 2023, 2023, "year", O, "list price reference year"),
    ("w-eff", W, "take effect in [[2026]].", "date", 2026, 2026, "year", R, "round-1 prices effective year"),
    ("w-lastyr", W, "prices applied [[last year]], Medicare", "date", 2023, 2023, "year", O, "counterfactual year for savings"),
    ("w-6b", W, "about\n[[$6 billion]] less", "money", 6e9, 6e9, "USD", R, "round-1 Medicare net savings (if in 2023)"),
    ("w-22", W, "a cut of roughly [[22%]] in net", "percent", 22, 22, "%", R, "round-1 net savings percent"),
    ("w-15b", W, "expected to save [[$1.5 billion]] in out-of-pocket", "money", 1.5e9, 1.5e9, "USD", R, "round-1 enrollee OOP savings 2026"),
    ("w-2026b", W, "out-of-pocket costs in [[2026]],", "date", 2026, 2026, "year", O, "year of OOP savings (repeat)"),
    ("w-113", W, "30-day supply is [[$113]], against", "money", 113, 113, "USD", R, "Januvia negotiated price 30-day"),
    ("w-30d", W, "for a [[30-day]] supply is $113", "duration", 30, 30, "days", O, "supply basis"),
    ("w-527", W, "a list price of [[$527]].", "money", 527, 527, "USD", R, "Januvia 2023 list price 30-day"),
    ("w-39m", W, "about [[3.9 million]] Medicare enrollees", "count", 3.9e6, 3.9e6, "enrollees", R, "Eliquis enrollees CY2023"),
    ("w-2023e", W, "Medicare enrollees in [[2023]], will", "date", 2023, 2023, "year", O, "year of enrollee count"),
    ("w-231", W, "will cost [[$231]] a month", "money", 231, 231, "USD", R, "Eliquis negotiated price"),
    ("w-521", W, "instead of [[$521]].", "money", 521, 521, "USD", R, "Eliquis 2023 list price"),
    ("w-38", W, "The smallest discount, [[38%]], went", "percent", 38, 38, "%", R, "Imbruvica discount"),
    ("w-4695", W, "falls to [[$4,695]] from", "money", 4695, 4695, "USD", R, "Stelara negotiated price"),
    ("w-13836", W, "from [[$13,836]].", "money", 13836, 13836, "USD", R, "Stelara 2023 list price"),
    ("w-9m", W, "Roughly [[9 million]] people with Medicare", "count", 9e6, 9e6, "enrollees", R, "enrollees taking any round-1 drug"),
    ("w-lastaug", W, "selected them [[last August]], the", "date", 2023, 2023, "year", R, "round-1 drugs selected"),
    ("w-10b", W, "the [[10]] products accounted", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("w-505", W, "about\n[[$50.5 billion]] in Part D", "money", 50.5e9, 50.5e9, "USD", R, "round-1 drugs Part D gross cost Jun 2022-May 2023"),
    ("w-20", W, "or about [[20%]] of the program", "percent", 20, 20, "%", R, "round-1 drugs share of Part D gross cost"),
    ("w-12mo", W, "total, in the [[12 months]] that ended", "duration", 12, 12, "months", O, "selection data period"),
    ("w-may23", W, "ended in [[May 2023]].", "date", 2023, 2023, "year", O, "end of selection data period"),
    ("w-100b", W, "roughly [[$100 billion]] in savings", "money", 100e9, 100e9, "USD", R, "CBO 10-year negotiation savings (as cited by official)"),
    ("w-decade", W, "over [[a decade]], the", "duration", 10, 10, "years", O, "projection window"),
    ("w-37b", W, "and [[$3.7 billion]] in the first year", "money", 3.7e9, 3.7e9, "USD", R, "CBO first-year negotiation savings (as cited by official)"),
    ("w-aug22", W, "signed in [[August 2022]] after", "date", 2022, 2022, "year", R, "IRA signed"),
    ("w-sfor", W, "Senate\n[[51]]-50 on", "count", 51, 51, "votes", R, "Senate IRA votes for (incl. VP)"),
    ("w-sagn", W, "Senate\n51-[[50]] on", "count", 50, 50, "votes", R, "Senate IRA votes against"),
    ("w-merck", W, "to sue, in [[June of last year]], and", "date", 2023, 2023, "year", R, "Merck lawsuit filed"),
    ("w-nine", W, "and [[nine]] lawsuits", "count", 9, 9, "lawsuits", R, "IRA negotiation lawsuits pending (Aug 2024)"),
    ("w-thu2", W, "representatives said on [[Thursday]] that the prices", "date", 2024, 2024, "year", O, "industry reaction date (repeat)"),
    ("w-15", W, "pick up to [[15]] more drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("w-feb1", W, "drugs by [[Feb. 1]] for", "date", 2025, 2025, "year", R, "round-2 selection deadline"),

    # ---------------- med02 press release (2025-10-01) ----------------
    ("p-hl2026", P, "Announces [[2026]] Medicare Part D Benefits", "date", 2026, 2026, "year", O, "plan year (headline)"),
    ("p-sub-ten", P, "lower prices on [[ten]] widely used", "count", 10, 10, "drugs", O, "round-1 drug count (subhead)"),
    ("p-sub-jan", P, "counter starting [[January 1, 2026]];", "date", 2026, 2026, "year", O, "round-1 effective (subhead)"),
    ("p-sub-2100", P, "cap rises to [[$2,100]]\n", "money", 2100, 2100, "USD", O, "2026 OOP cap (subhead)"),
    ("p-dateline", P, "DETROIT, [[Oct. 1, 2025]] --", "date", 2025, 2025, "year", O, "dateline (publication metadata)"),
    ("p-2026off", P, "announced its [[2026]] Medicare Part D", "date", 2026, 2026, "year", O, "plan year"),
    ("p-412", P, "approximately [[412,000]] Part D members", "count", 412000, 412000, "members", R, "Northgate Part D members"),
    ("p-jan", P, "Beginning [[January 1, 2026]], the", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("p-ten", P, "for the first [[ten]] drugs selected", "count", 10, 10, "drugs", R, "round-1 drug count"),
    ("p-2026form", P, "Northgate's [[2026]] formularies", "date", 2026, 2026, "year", O, "plan year"),
    ("p-ten2", P, "cover all [[ten]] selected", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("p-2026hi", P, "Highlights for [[2026]] include", "date", 2026, 2026, "year", O, "plan year"),
    ("p-2100", P, "capped at [[$2,100]] in 2026", "money", 2100, 2100, "USD", R, "Part D OOP cap 2026"),
    ("p-2100yr", P, "capped at $2,100 in [[2026]], up", "date", 2026, 2026, "year", O, "cap year"),
    ("p-2000", P, "up from [[$2,000]] in 2025", "money", 2000, 2000, "USD", R, "Part D OOP cap 2025"),
    ("p-2000yr", P, "up from $2,000 in [[2025]], as", "date", 2025, 2025, "year", O, "cap year"),
    ("p-0", P, "prescriptions cost [[$0]] for", "money", 0, 0, "USD", O, "cost after cap"),
    ("p-35", P, "remains capped at [[$35]] for each", "money", 35, 35, "USD", R, "insulin monthly cap"),
    ("p-2023i", P, "as it has been since [[2023]].", "date", 2023, 2023, "year", R, "insulin cap start"),
    ("p-18750", P, "disease, is [[$187.50]] for", "money", 187.5, 187.5, "USD", R, "Farxiga negotiated price 30-day"),
    ("p-30d", P, "$187.50 for a [[30-day]] supply", "duration", 30, 30, "days", O, "supply basis"),
    ("p-2023l", P, "compared with a [[2023]] list price", "date", 2023, 2023, "year", O, "list price year"),
    ("p-556", P, "list price of [[$556]].", "money", 556, 556, "USD", R, "Farxiga 2023 list price"),
    ("p-2355", P, "negotiated price is [[$2,355]], down", "money", 2355, 2355, "USD", R, "Enbrel negotiated price"),
    ("p-7106", P, "a list price of [[$7,106]].", "money", 7106, 7106, "USD", R, "Enbrel 2023 list price"),
    ("p-15b", P, "a combined [[$1.5 billion]] in", "money", 1.5e9, 1.5e9, "USD", R, "round-1 enrollee OOP savings 2026"),
    ("p-2026s", P, "out-of-pocket costs in [[2026]] as a result", "date", 2026, 2026, "year", O, "year of OOP savings"),
    ("p-15", P, "has selected [[15]] additional drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("p-41b", P, "roughly [[$41 billion]] in Part D", "money", 41e9, 41e9, "USD", R, "round-2 drugs Part D gross cost"),
    ("p-nov30", P, "prices by [[November 30, 2025]], and", "date", 2025, 2025, "year", R, "round-2 price publication deadline"),
    ("p-2028", P, "apply starting in [[2028]].", "date", 2028, 2028, "year", R, "round-2 prices effective year (planted wrong)"),
    ("p-1in4", P, "roughly [[one in four]] of our", "percent", 25, 25, "%", O, "share of members expected to fill (quote, forecast)"),
    ("p-ten3", P, "one of the [[ten]] negotiated drugs", "count", 10, 10, "drugs", O, "round-1 drug count (quote)"),
    ("p-nextyr", P, "negotiated drugs [[next year]].", "date", 2026, 2026, "year", O, "quote: next year"),
    ("p-2026det", P, "Northgate's [[2026]] plan details", "date", 2026, 2026, "year", O, "plan year"),
    ("p-oct15", P, "runs from [[October 15]] through", "date", 2025, 2025, "year", O, "enrollment period start"),
    ("p-dec7", P, "through [[December 7]].", "date", 2025, 2025, "year", O, "enrollment period end"),
    ("p-1987", P, "Founded in [[1987]] and", "date", 1987, 1987, "year", O, "About: founded"),
    ("p-16m", P, "more than [[1.6 million]] members", "count", 1.6e6, 1.6e6, "members", O, "About: total members"),
    ("p-three", P, "employer plans in [[three]] Midwestern", "count", 3, 3, "states", O, "About: states served"),

    # ---------------- med03 brief (2024-11-12) ----------------
    ("b-hdr", B, "Policy Brief 24-07 · [[November 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
    ("b-title-ten", B, "analysis of the [[ten]] selected Part D drugs", "count", 10, 10, "drugs", O, "title"),
    ("b-n10", B, "Across n=[[10]] drugs", "count", 10, 10, "drugs", R, "sample size"),
    ("b-2023f", B, "far below [[2023]] list prices", "date", 2023, 2023, "year", O, "list price year"),
    ("b-631", B, "unweighted mean discount [[63.1%]])", "percent", 63.1, 63.1, "%", R, "round-1 unweighted mean discount"),
    ("b-aug23", B, "On [[29 August 2023]] the", "date", 2023, 2023, "year", R, "round-1 drugs selected"),
    ("b-ten", B, "selected [[ten]] Part D drugs;", "count", 10, 10, "drugs", R, "round-1 drug count"),
    ("b-aug24", B, "announced on [[15 August 2024]] and", "date", 2024, 2024, "year", R, "round-1 negotiated prices announced"),
    ("b-jan26", B, "apply from [[1 January 2026]] [1]", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("b-2023m1", B, "sheets the [[2023]] list price", "date", 2023, 2023, "year", O, "list price year"),
    ("b-30d", B, "price for a [[30-day]] supply of each", "duration", 30, 30, "days", O, "supply basis"),
    ("b-2023m2", B, "calendar-year [[2023]] Part D", "date", 2023, 2023, "year", O, "data year"),
    ("b-2023m3", B, "(as of [[2023]])", "date", 2023, 2023, "year", O, "reference year"),
    ("b-2023m4", B, "below median [[2023]] spending", "date", 2023, 2023, "year", O, "data year"),
    ("b-ten2", B, "The [[ten]] drugs accounted", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("b-562", B, "accounted for [[$56.2 billion]] in Part D", "money", 56.2e9, 56.2e9, "USD", R, "round-1 drugs Part D gross cost CY2023"),
    ("b-2023r", B, "in calendar [[2023]], out", "date", 2023, 2023, "year", O, "data year"),
    ("b-541", B, "about [[54.1 million]] enrollees", "count", 54.1e6, 54.1e6, "enrollees", R, "Part D enrollment"),
    ("b-183", B, "accounted for [[$18.3 billion]] and", "money", 18.3e9, 18.3e9, "USD", R, "Eliquis Part D gross cost CY2023"),
    ("b-3928", B, "used by [[3,928,000]] enrollees", "count", 3928000, 3928000, "enrollees", R, "Eliquis enrollees CY2023"),
    ("b-23k", B, "Stelara's ([[23,000]])", "count", 23000, 23000, "enrollees", R, "Stelara enrollees CY2023"),
    ("b-48k", B, "Enbrel's ([[48,000]])", "count", 48000, 48000, "enrollees", R, "Enbrel enrollees CY2023"),
    ("b-range", B, "ranged from [[38% to 79%]] (median", "percent", 38, 79, "%", R, "round-1 discount range off list"),
    ("b-med", B, "(median [[66%]])", "percent", 66, 66, "%", R, "round-1 median discount"),
    ("b-2023w", B, "Weighted by [[2023]] gross", "date", 2023, 2023, "year", O, "data year"),
    ("b-619", B, "mean discount was [[61.9%]].", "percent", 61.9, 61.9, "%", R, "round-1 spending-weighted mean discount"),
    ("b-17850", B, "Farxiga was [[$178.50]],", "money", 178.5, 178.5, "USD", R, "Farxiga negotiated price 30-day"),
    ("b-68", B, "$178.50, [[68%]] below", "percent", 68, 68, "%", R, "Farxiga discount"),
    ("b-556", B, "below its [[$556]] list price", "money", 556, 556, "USD", R, "Farxiga 2023 list price"),
    ("b-yrs", B, "ranged from [[8 to 25 years]] (Entresto", "duration", 8, 25, "years", R, "years on market range"),
    ("b-rho", B, "ρ = [[0.56]] (95% CI", "correlation", 0.56, 0.56, "rho", R, "Spearman years vs discount"),
    ("b-rhoci", B, "(95% CI, [[−0.11 to 0.88]];", "correlation", -0.11, 0.88, "rho", R, "CI of Spearman rho"),
    ("b-p1", B, "P = [[.09]])", "pvalue", 0.09, 0.09, "p", O, "p-value rho"),
    ("b-62", B, "mean discount [[6.2 percentage points]] larger", "percent", 6.2, 6.2, "percentage points", R, "discount difference above vs below median spending"),
    ("b-ci2", B, "(95% CI, [[−12.2 to 24.6]];", "percent", -12.2, 24.6, "percentage points", R, "CI of discount difference"),
    ("b-p2", B, "P = [[.45]])", "pvalue", 0.45, 0.45, "p", O, "p-value difference"),
    ("b-ten3", B, "spending on the [[ten]] drugs by", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("b-6b", B, "drugs by [[$6 billion]], or 22%", "money", 6e9, 6e9, "USD", R, "round-1 Medicare net savings (if in 2023)"),
    ("b-22", B, "$6 billion, or [[22%]], had", "percent", 22, 22, "%", R, "round-1 net savings percent"),
    ("b-2023c", B, "had they applied in [[2023]], and", "date", 2023, 2023, "year", O, "counterfactual year"),
    ("b-15b", B, "costs by [[$1.5 billion]] in 2026", "money", 1.5e9, 1.5e9, "USD", R, "round-1 enrollee OOP savings 2026"),
    ("b-2026s", B, "$1.5 billion in [[2026]] [1]", "date", 2026, 2026, "year", O, "year of OOP savings"),
    ("b-jul22", B, "Office's [[July 2022]] score", "date", 2022, 2022, "year", O, "date CBO estimate made"),
    ("b-48b", B, "projected [[$4.8 billion]] in federal", "money", 4.8e9, 4.8e9, "USD", R, "CBO (July 2022 draft score) negotiation savings FY2026"),
    ("b-fy26", B, "negotiation in [[fiscal year 2026]] and", "date", 2026, 2026, "year", O, "projection year"),
    ("b-1018", B, "and [[$101.8 billion]] over", "money", 101.8e9, 101.8e9, "USD", R, "CBO (July 2022 draft score) negotiation savings 2022-2031"),
    ("b-2231", B, "over [[2022−2031]] [3]", "date", 2022, 2031, "year", O, "projection window"),
    ("b-631b", B, "between a [[63.1%]] average", "percent", 63.1, 63.1, "%", O, "mean discount (repeat)"),
    ("b-22b", B, "discount and [[22%]] net savings", "percent", 22, 22, "%", O, "net savings (repeat)"),
    ("b-15", B, "With [[15]] more drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("b-feb25", B, "selected by [[1 February 2025]],", "date", 2025, 2025, "year", R, "round-2 selection deadline"),
    ("b-tenobs", B, "Limitations: [[ten]] observations", "count", 10, 10, "drugs", O, "sample size (repeat)"),

    # ---------------- med04 explainer (2025-02-20) ----------------
    ("e-upd", E, "Updated [[February 20, 2025]]", "date", 2025, 2025, "year", O, "publication metadata"),
    ("e-decades", E, "For [[decades]] the law", "duration", None, None, "years", O, "vague duration"),
    ("e-sfor", E, "the Senate [[fifty-one]] to fifty", "count", 51, 51, "votes", R, "Senate IRA votes for (incl. VP)"),
    ("e-sagn", E, "fifty-one to [[fifty]]:", "count", 50, 50, "votes", R, "Senate IRA votes against"),
    ("e-tie1", E, "chamber split [[50]]-50 along", "count", 50, 50, "votes", R, "Senate roll call before tie-break: for"),
    ("e-tie2", E, "chamber split 50-[[50]] along", "count", 50, 50, "votes", R, "Senate roll call before tie-break: against"),
    ("e-ten", E, "\n[[Ten]] drugs taken at home", "count", 10, 10, "drugs", R, "round-1 drug count"),
    ("e-aug23", E, "were chosen in [[August 2023]],", "date", 2023, 2023, "year", R, "round-1 drugs selected"),
    ("e-37m", E, "about [[3.7 million]] enrollees filled", "count", 3.7e6, 3.7e6, "enrollees", R, "Eliquis enrollees Jun 2022-May 2023"),
    ("e-12mo", E, "in the [[12 months]] through", "duration", 12, 12, "months", O, "data period"),
    ("e-may23", E, "through [[May 2023]].", "date", 2023, 2023, "year", O, "end of data period"),
    ("e-range", E, "between [[38% and 76%]] lower", "percent", 38, 76, "%", R, "round-1 discount range off list (planted wrong)"),
    ("e-jan26", E, "start on [[January 1, 2026]].", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("e-3459", E, "who pays [[$3,459]] for a month", "money", 3459, 3459, "USD", O, "CMS illustration: Stelara OOP now"),
    ("e-1174", E, "would pay about [[$1,174]] once", "money", 1174, 1174, "USD", O, "CMS illustration: Stelara OOP 2026"),
    ("e-2000q", E, "What is the [[$2,000]] cap", "money", 2000, 2000, "USD", O, "cap (question heading)"),
    ("e-thisyr", E, "Starting [[this year]], what", "date", 2025, 2025, "year", R, "$2,000 cap start"),
    ("e-2000", E, "is capped at [[$2,000]].", "money", 2000, 2000, "USD", R, "Part D OOP cap 2025"),
    ("e-2025", E, "for the rest of [[2025]].", "date", 2025, 2025, "year", O, "cap year"),
    ("e-19m", E, "about [[19 million]] people to benefit", "count", 19e6, 19e6, "people", R, "people benefiting from $2,000 cap"),
    ("e-400", E, "saving around [[$400]] a year", "money", 400, 400, "USD", R, "average annual saving from cap"),
    ("e-2100", E, "will be [[$2,100]] in 2026", "money", 2100, 2100, "USD", R, "Part D OOP cap 2026"),
    ("e-2026c", E, "$2,100 in [[2026]].", "date", 2026, 2026, "year", O, "cap year"),
    ("e-jan23", E, "Since [[January 2023]], people", "date", 2023, 2023, "year", R, "insulin cap start"),
    ("e-35", E, "no more than [[$35]] for a month", "money", 35, 35, "USD", R, "insulin monthly cap"),
    ("e-420", E, "That is [[$420]] a year", "money", 420, 420, "USD", O, "insulin cap per year (derived)"),
    ("e-lastmo", E, "\n[[Last month]] Medicare named", "date", 2025, 2025, "year", R, "round-2 drugs selected"),
    ("e-15", E, "named [[15]] more drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("e-53m", E, "used by about [[5.3 million]] people", "count", 5.3e6, 5.3e6, "enrollees", R, "round-2 drugs enrollees"),
    ("e-407", E, "accounted for [[$40.7 billion]], or", "money", 40.7e9, 40.7e9, "USD", R, "round-2 drugs Part D gross cost"),
    ("e-14", E, "roughly [[14%]] of Part D", "percent", 14, 14, "%", R, "round-2 drugs share of Part D gross cost"),
    ("e-nov23", E, "from [[November 2023]] through", "date", 2023, 2023, "year", O, "data period start"),
    ("e-oct24", E, "through [[October 2024]].", "date", 2024, 2024, "year", O, "data period end"),
    ("e-nov30", E, "until [[November 30]] to announce", "date", 2025, 2025, "year", R, "round-2 price publication deadline"),
    ("e-2027", E, "will apply in [[2027]].", "date", 2027, 2027, "year", R, "round-2 prices effective year"),
    ("e-lastjune", E, "brought by Merck [[last June]],", "date", 2024, 2024, "year", R, "Merck lawsuit filed (planted wrong)"),
    ("e-3678", E, "penalties is [[$36.78]] a month", "money", 36.78, 36.78, "USD", R, "Part D base beneficiary premium 2025"),
    ("e-2025p", E, "a month in [[2025]].", "date", 2025, 2025, "year", O, "premium year"),

    # ---------------- med05 blog (2025-12-03) ----------------
    ("bl-date", BL, "PharmD · [[December 3, 2025]] ·", "date", 2025, 2025, "year", O, "byline date (publication metadata)"),
    ("bl-lastwk", BL, "\n[[Last week]] CMS posted", "date", 2025, 2025, "year", R, "round-2 negotiated prices announced"),
    ("bl-15", BL, "prices for the [[15]] drugs in the second", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("bl-274", BL, "Medicare price of [[$274]] for", "money", 274, 274, "USD", R, "semaglutide negotiated monthly price"),
    ("bl-71", BL, "That is [[71%]] below", "percent", 71, 71, "%", R, "semaglutide discount off list"),
    ("bl-959", BL, "below its [[$959]] list price", "money", 959, 959, "USD", R, "semaglutide list price (CMS, monthly)"),
    ("bl-3288", BL, "works out to about [[$3,288]],", "money", 3288, 3288, "USD", O, "semaglutide negotiated price per year (derived)"),
    ("bl-144", BL, "Medicare spent [[$14.4 billion]] on", "money", 14.4e9, 14.4e9, "USD", R, "semaglutide Part D gross cost Nov 2023-Oct 2024"),
    ("bl-nov23", BL, "between [[November 2023]] and", "date", 2023, 2023, "year", O, "data period start"),
    ("bl-oct24", BL, "and [[October 2024]], and nearly", "date", 2024, 2024, "year", O, "data period end"),
    ("bl-23m", BL, "nearly [[2.3 million]] enrollees used it", "count", 2.3e6, 2.3e6, "enrollees", R, "semaglutide enrollees"),
    ("bl-85", BL, "in the round, [[85%]], went", "percent", 85, 85, "%", R, "Janumet discount (round-2 deepest)"),
    ("bl-2024", BL, "in place in [[2024]], Medicare", "date", 2024, 2024, "year", O, "counterfactual year"),
    ("bl-12b", BL, "saved about [[$12 billion]], or 44%", "money", 12e9, 12e9, "USD", R, "round-2 Medicare net savings (headline)"),
    ("bl-44", BL, "$12 billion, or [[44%]], in net", "percent", 44, 44, "%", R, "round-2 net savings percent (headline)"),
    ("bl-thisyr", BL, "stopped paying [[this year]], the", "date", 2025, 2025, "year", O, "coverage gap program ended"),
    ("bl-85b", BL, "roughly [[$8.5 billion]], or 36%", "money", 8.5e9, 8.5e9, "USD", R, "round-2 savings net of coverage-gap discounts"),
    ("bl-36", BL, "$8.5 billion, or [[36%]].", "percent", 36, 36, "%", R, "round-2 savings percent net of coverage-gap discounts"),
    ("bl-685", BL, "save [[$685 million]] out of pocket", "money", 685e6, 685e6, "USD", R, "round-2 enrollee OOP savings"),
    ("bl-2027", BL, "out of pocket in [[2027]], when", "date", 2027, 2027, "year", R, "round-2 prices effective year"),
    ("bl-15b", BL, "The [[15]] drugs were picked", "count", 15, 15, "drugs", O, "round-2 drug count (repeat)"),
    ("bl-jan25", BL, "picked in [[January 2025]], in", "date", 2025, 2025, "year", R, "round-2 drugs selected"),
    ("bl-ten", BL, "The first [[ten]] negotiated prices", "count", 10, 10, "drugs", O, "round-1 drug count"),
    ("bl-nextmo", BL, "kick in [[next month]].", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("bl-ten2", BL, "Those [[ten]] drugs are taken", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("bl-19m", BL, "roughly [[19 million]] people on Medicare;", "count", 19e6, 19e6, "enrollees", R, "enrollees taking any round-1 drug (planted wrong)"),
    ("bl-4m", BL, "more than [[4 million]] enrollees in 2023", "count", 4e6, 4e6, "enrollees", R, "Eliquis enrollees CY2023 (planted wrong)"),
    ("bl-2023", BL, "4 million enrollees in [[2023]].", "date", 2023, 2023, "year", O, "year of enrollee count"),
    ("bl-79", BL, "price falls [[79%]] from list", "percent", 79, 79, "%", R, "Januvia discount"),
    ("bl-53", BL, "Imbruvica's falls [[53%]].", "percent", 53, 53, "%", R, "Imbruvica discount (planted wrong)"),
    ("bl-cap-ten", BL, "prices for the first [[ten]] drugs. Caption", "count", 10, 10, "drugs", O, "image caption"),
    ("bl-cap2023", BL, "Discounts off [[2023]] list prices, first cycle", "date", 2023, 2023, "year", O, "image caption"),
    ("bl-25", BL, "charges [[25%]] coinsurance", "percent", 25, 25, "%", O, "hypothetical coinsurance"),
    ("bl-573", BL, "On the [[$573]] list price", "money", 573, 573, "USD", R, "Jardiance 2023 list price"),
    ("bl-143", BL, "that is about [[$143]] a month", "money", 143, 143, "USD", O, "hypothetical coinsurance at list"),
    ("bl-197", BL, "At the [[$197]] negotiated price", "money", 197, 197, "USD", R, "Jardiance negotiated price"),
    ("bl-49", BL, "closer to [[$49]].", "money", 49, 49, "USD", O, "hypothetical coinsurance at negotiated price"),
    ("bl-tenr", BL, "has now won [[ten]] court rulings", "count", 10, 10, "rulings", R, "court rulings for the program (late 2025)"),
    ("bl-jan", BL, "pay coinsurance, [[January]] is going", "date", 2026, 2026, "year", O, "relative: next January"),
    ("bl-rel2000", BL, "What the [[$2,000]] cap changed", "money", 2000, 2000, "USD", O, "Related link title"),
    ("bl-relthisyr", BL, "changed at my counter [[this year]]", "date", 2025, 2025, "year", O, "Related link title"),
    ("bl-rel35", BL, "Insulin at [[$35]]:", "money", 35, 35, "USD", O, "Related link title"),
    ("bl-rel2y", BL, "$35: [[two years]] in", "duration", 2, 2, "years", O, "Related link title"),
    ("bl-reljan", BL, "might not budge in [[January]]", "date", 2026, 2026, "year", O, "Related link title"),

    # ---------------- med06 local (2026-01-06) ----------------
    ("l-date", L, "Courier staff writer\n[[Jan. 6, 2026]]", "date", 2026, 2026, "year", O, "publication metadata"),
    ("l-fri", L, "Dunes Pharmacy on [[Friday]],", "date", 2026, 2026, "year", O, "anecdote date"),
    ("l-78", L, "the [[78-year-old]] retired", "age", 78, 78, "years", R, "age of interviewee"),
    ("l-jan", L, "braced for the usual [[January]] sticker", "date", None, None, "year", O, "generic January (not a dated event)"),
    ("l-jan1", L, "Since [[Jan. 1]], Medicare", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("l-10", L, "applied to [[10]] brand-name drugs", "count", 10, 10, "drugs", R, "round-1 drug count"),
    ("l-572", L, "list price of [[$572]] for", "money", 572, 572, "USD", R, "Januvia 2023 list price (planted wrong)"),
    ("l-113", L, "negotiated price of [[$113]].", "money", 113, 113, "USD", R, "Januvia negotiated price"),
    ("l-aug21", L, "signed into law in [[August 2021]].", "date", 2021, 2021, "year", R, "IRA signed (planted wrong)"),
    ("l-hfor", L, "passed the House [[221]]-206", "count", 221, 221, "votes", R, "House IRA votes for (planted wrong)"),
    ("l-hagn", L, "passed the House 221-[[206]]", "count", 206, 206, "votes", R, "House IRA votes against (planted wrong)"),
    ("l-38k", L, "About [[38,000]] Harbor County", "count", 38000, 38000, "residents", R, "county Medicare enrollees"),
    ("l-27k", L, "roughly [[27,000]] of them", "count", 27000, 27000, "residents", R, "county Part D enrollees"),
    ("l-dozens", L, "fielded [[dozens]] of calls", "count", None, None, "calls", O, "vague count"),
    ("l-newyear", L, "calls since [[New Year's Day]],", "date", 2026, 2026, "year", O, "since Jan 1 (anecdote)"),
    ("l-14d", L, "pay within [[14 days]].", "duration", 14, 14, "days", R, "manufacturer refund deadline"),
    ("l-40k", L, "fronts roughly [[$40,000]] a month", "money", 40000, 40000, "USD", R, "pharmacy monthly float on ten drugs"),
    ("l-ten", L, "a month on the [[ten]] drugs", "count", 10, 10, "drugs", O, "round-1 drug count (repeat)"),
    ("l-thisyr", L, "\n[[This year's]] out-of-pocket", "date", 2026, 2026, "year", O, "cap year"),
    ("l-2100", L, "Part D drugs is [[$2,100]].", "money", 2100, 2100, "USD", R, "Part D OOP cap 2026"),
    ("l-35", L, "capped at [[$35]] a month", "money", 35, 35, "USD", R, "insulin monthly cap"),
    ("l-nov", L, "officials said in [[November]] that", "date", 2025, 2025, "year", R, "round-2 negotiated prices announced"),
    ("l-15", L, "covering [[15]] more drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("l-85b", L, "by about [[$8.5 billion]].", "money", 8.5e9, 8.5e9, "USD", R, "round-2 savings (net of coverage-gap discounts)"),
    ("l-15b", L, "Those [[15]] drugs are used", "count", 15, 15, "drugs", O, "round-2 drug count (repeat)"),
    ("l-23m", L, "used by about [[2.3 million]] people", "count", 2.3e6, 2.3e6, "enrollees", R, "round-2 drugs enrollees (planted: semaglutide subgroup as total)"),
    ("l-274", L, "price for semaglutide, the active ingredient in Ozempic and Wegovy, is [[$274]].", "money", 274, 274, "USD", R, "semaglutide negotiated monthly price"),
    ("l-lastmo", L, "approach. [[Last month]] the state Senate", "date", 2025, 2025, "year", R, "state Senate PDAB vote"),
    ("l-sfor", L, "voted [[24]]-14 to create", "count", 24, 24, "votes", R, "state Senate PDAB bill votes for"),
    ("l-sagn", L, "voted 24-[[14]] to create", "count", 14, 14, "votes", R, "state Senate PDAB bill votes against"),

    # ---------------- med07 fact-check (2025-12-10) ----------------
    ("f-35h", F, "cut Ozempic to [[$35]] a month for every senior\n", "money", 35, 35, "USD", O, "headline: false post's figure"),
    ("f-date", F, "Whitfield | [[December 10, 2025]]", "date", 2025, 2025, "year", O, "publication metadata"),
    ("f-40k", F, "more than [[40,000]] times", "count", 40000, 40000, "shares", R, "shares of false post"),
    ("f-35c", F, "\"just cut Ozempic to [[$35]] a month", "money", 35, 35, "USD", O, "false post's claim"),
    ("f-60b", F, "\"saved taxpayers [[$60 billion]] this year", "money", 60e9, 60e9, "USD", O, "false post's claim"),
    ("f-thisyr", F, "$60 billion [[this year]].\"", "date", 2025, 2025, "year", O, "false post's claim"),
    ("f-274", F, "but it is [[$274]] a month, it has not", "money", 274, 274, "USD", R, "semaglutide negotiated monthly price"),
    ("f-sfor", F, "passed the Senate [[51]]-50 with", "count", 51, 51, "votes", R, "Senate IRA votes for (incl. VP)"),
    ("f-sagn", F, "passed the Senate 51-[[50]] with", "count", 50, 50, "votes", R, "Senate IRA votes against"),
    ("f-hfor", F, "approved it [[220]]-207", "count", 220, 220, "votes", R, "House IRA votes for"),
    ("f-hagn", F, "approved it 220-[[207]]", "count", 207, 207, "votes", R, "House IRA votes against"),
    ("f-aug12", F, "on [[Aug. 12, 2022]].", "date", 2022, 2022, "year", R, "House passed IRA"),
    ("f-35a", F, "The [[$35]] figure is about insulin", "money", 35, 35, "USD", O, "refers to post's figure"),
    ("f-2023", F, "Since [[2023]], the law", "date", 2023, 2023, "year", R, "insulin cap start"),
    ("f-35b", F, "covered insulin at [[$35]].", "money", 35, 35, "USD", R, "insulin monthly cap"),
    ("f-274b", F, "but it is [[$274]]. On", "money", 274, 274, "USD", O, "semaglutide price (repeat)"),
    ("f-nov25", F, "On [[Nov. 25]], the Centers", "date", 2025, 2025, "year", R, "round-2 negotiated prices announced"),
    ("f-15", F, "prices for the [[15]] drugs", "count", 15, 15, "drugs", R, "round-2 drug count"),
    ("f-jan24", F, "selected in [[January 2024]].", "date", 2024, 2024, "year", R, "round-2 drugs selected (planted wrong)"),
    ("f-274c", F, "Wegovy and Rybelsus, is [[$274]].", "money", 274, 274, "USD", O, "semaglutide price (repeat)"),
    ("f-1349", F, "list price is about [[$1,349]] a month", "money", 1349, 1349, "USD", R, "Wegovy list price per month"),
    ("f-60c", F, "Nobody saved [[$60 billion]].", "money", 60e9, 60e9, "USD", O, "post's figure (attributed)"),
    ("f-2024", F, "in effect in [[2024]], Medicare", "date", 2024, 2024, "year", O, "counterfactual year"),
    ("f-12b", F, "saved about [[$12 billion]] in net", "money", 12e9, 12e9, "USD", R, "round-2 Medicare net savings (headline)"),
    ("f-36", F, "or about [[36%]].", "percent", 36, 36, "%", R, "round-2 net savings percent attached to $12 billion (planted wrong)"),
    ("f-685", F, "would save [[$685 million]] in", "money", 685e6, 685e6, "USD", R, "round-2 enrollee OOP savings"),
    ("f-ten", F, "the first [[ten]] negotiated drugs", "count", 10, 10, "drugs", O, "round-1 drug count"),
    ("f-jan26", F, "take effect on [[Jan. 1, 2026]].", "date", 2026, 2026, "year", R, "round-1 prices effective"),
    ("f-lastyr", F, "The agency said [[last year]] that", "date", 2024, 2024, "year", R, "round-1 negotiated prices announced"),
    ("f-6b", F, "saved Medicare [[$6 billion]] had", "money", 6e9, 6e9, "USD", R, "round-1 Medicare net savings (if in 2023)"),
    ("f-2023b", F, "had they applied in [[2023]].", "date", 2023, 2023, "year", O, "counterfactual year"),
    ("f-60d", F, "where the [[$60 billion]] figure", "money", 60e9, 60e9, "USD", O, "post's figure (attributed)"),
    ("f-35q", F, "a number like [[$35]] for Ozempic", "money", 35, 35, "USD", O, "quote: post's figure"),
    ("f-src-aug24", F, "announcements ([[August 2024]] and", "date", 2024, 2024, "year", O, "sources line"),
    ("f-src-nov25", F, "and [[November 2025]]);", "date", 2025, 2025, "year", O, "sources line"),
    ("f-src-aug22", F, "House of Representatives ([[August 2022]]);", "date", 2022, 2022, "year", O, "sources line"),
]

# (a, b, grade)
CONFLICTS = [
    # S1 House tally 220-207 vs 221-206
    ("l-hfor", "f-hfor", "strict"), ("l-hagn", "f-hagn", "strict"),
    # S2 Farxiga negotiated price (transposition)
    ("p-18750", "b-17850", "strict"),
    # S3 Januvia list price (transposition)
    ("l-572", "w-527", "strict"),
    # S4 Imbruvica discount (Entresto's 53% given for Imbruvica)
    ("bl-53", "w-38", "strict"),
    # S5 discount range upper bound (insulin's 76% given as the top)
    ("e-range", "w-range", "strict"), ("e-range", "b-range", "strict"),
    # S6 Eliquis CY2023 enrollees (rounded across the true value)
    ("bl-4m", "w-39m", "strict"), ("bl-4m", "b-3928", "strict"),
    # S7 round-2 enrollees (semaglutide subgroup given as overall)
    ("l-23m", "e-53m", "strict"),
    # S8 round-2 selection year (off by a year)
    ("f-jan24", "e-lastmo", "strict"), ("f-jan24", "bl-jan25", "strict"),
    # S9 round-2 net savings percent (36% belongs with $8.5 billion)
    ("f-36", "bl-44", "strict"),
    # S10 Merck lawsuit year (relative date resolved against a later article)
    ("e-lastjune", "w-merck", "strict"),
    # S11 enrollees on round-1 drugs (cap-beneficiary figure swapped in)
    ("bl-19m", "w-9m", "strict"),
    # S12 IRA signing year
    ("l-aug21", "w-aug22", "strict"),
    # S13 round-2 effective year
    ("p-2028", "e-2027", "strict"), ("p-2028", "bl-2027", "strict"),
    # qualified
    ("e-37m", "bl-4m", "qualified"),
    ("w-hl79", "e-range", "qualified"),
    ("l-aug21", "f-aug12", "qualified"),
    ("l-85b", "bl-12b", "qualified"), ("l-85b", "f-12b", "qualified"),
    ("f-jan24", "w-feb1", "qualified"), ("f-jan24", "b-feb25", "qualified"),
]


def main():
    texts = {}
    rows, ids = [], set()
    for cid, doc, ctx, kind, low, high, unit, req, topic in C:
        if cid in ids:
            sys.exit(f"duplicate id {cid}")
        ids.add(cid)
        if doc not in texts:
            with open(os.path.join(TOPIC, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        t = texts[doc]
        if ctx.count("[[") != 1 or ctx.count("]]") != 1:
            sys.exit(f"{cid}: bad marker")
        pre, rest = ctx.split("[[")
        span, post = rest.split("]]")
        plain = pre + span + post
        n = t.count(plain)
        if n != 1:
            sys.exit(f"{cid}: context found {n} times in {doc}: {plain!r}")
        start = t.index(plain) + len(pre)
        end = start + len(span)
        assert t[start:end] == span, cid
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": low, "high": high, "unit": unit,
                     "required": req, "topic": topic})
    # overlapping spans in one doc are not allowed
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rs in by_doc.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                sys.exit(f"overlap {a['id']} {b['id']}")
    docs = {r["id"]: r["doc"] for r in rows}
    seen = set()
    for a, b, g in CONFLICTS:
        if a not in docs or b not in docs:
            sys.exit(f"unknown id in conflict {a} {b}")
        if docs[a] == docs[b]:
            sys.exit(f"same-doc conflict {a} {b}")
        k = frozenset((a, b))
        if k in seen:
            sys.exit(f"duplicate conflict {a} {b}")
        seen.add(k)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for a, b, g in CONFLICTS:
            f.write(json.dumps({"type": "conflict", "a": a, "b": b, "grade": g}) + "\n")
    nreq = sum(r["required"] for r in rows)
    ns = sum(1 for c in CONFLICTS if c[2] == "strict")
    print(f"{len(rows)} claims ({nreq} required, {len(rows) - nreq} optional); "
          f"{len(CONFLICTS)} conflicts ({ns} strict, {len(CONFLICTS) - ns} qualified) -> {OUT}")


if __name__ == "__main__":
    main()
