#!/usr/bin/env python3
"""Build menthol-ban.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "menthol-ban")
OUT = os.path.join(HERE, "menthol-ban.gold.jsonl")
T = "menthol-ban"

W, P, A, E, B, L, F = ("MB01_wire.txt", "MB02_press.txt", "MB03_abstract.txt",
                       "MB04_explainer.txt", "MB05_blog.txt", "MB06_local.txt", "MB07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MB01 wire (2025-01-23, Thursday)
 ("w-dl", W, "WASHINGTON, Jan 23", "Jan 23", "date", 2025, 2025, "year", N, "dateline"),
 ("w-decade", W, "for more than a decade", "a decade", "duration", 10, 10, "years", N, "aside"),
 ("w-tue", W, "\"withdrawn\" on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "withdrawal of proposed rules (2025-01-21)"),
 ("w-apr21", W, "pursue the bans in April 2021", "April 2021", "date", 2021, 2021, "year", Y, "fda announcement of intent (not the proposal)"),
 ("w-two", W, "proposed the two product standards", "two", "count", 2, 2, "rules", N, "number of rules"),
 ("w-apr22", W, "product standards in April 2022", "April 2022", "date", 2022, 2022, "year", Y, "proposal date"),
 ("w-175k", W, "about 175,000 public comments", "175,000", "count", 175000, 175000, "comments", Y, "comments on menthol rule"),
 ("w-71k", W, "roughly 71,000 on the cigar rule", "71,000", "count", 71000, 71000, "comments", Y, "comments on cigar rule"),
 ("w-oct23", W, "for review in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "final rule sent to omb"),
 ("w-dec23", W, "target dates in December 2023", "December 2023", "date", 2023, 2023, "year", Y, "missed target date"),
 ("w-mar24", W, "and March 2024 pass", "March 2024", "date", 2024, 2024, "year", Y, "missed target date"),
 ("w-lastapr", W, "Last April, then-Health", "Last April", "date", 2024, 2024, "year", Y, "becerra delay statement"),
 ("w-15", W, "cut smoking by 15% within", "15%", "percent", 15, 15, "%", Y, "fda-cited smoking reduction within 40 years"),
 ("w-40", W, "within 40 years and prevent", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon"),
 ("w-deaths", W, "prevent 324,000 to 654,000", "324,000 to 654,000", "count", 324000, 654000, "deaths", Y, "fda deaths averted overall"),
 ("w-black", W, "including 92,000 to 238,000 deaths", "92,000 to 238,000", "count", 92000, 238000, "deaths", Y, "fda deaths averted among black americans"),
 ("w-923", W, "about 923,000 smokers would quit", "923,000", "count", 923000, 923000, "smokers", Y, "levy quitters"),
 ("w-1317", W, "in the first 13 to 17 months", "13 to 17 months", "duration", 13, 17, "months", Y, "levy quit window"),
 ("w-230", W, "including 230,000 Black smokers", "230,000", "count", 230000, 230000, "smokers", Y, "levy black quitters"),
 ("w-85", W, "Nearly 85% of Black Americans", "85%", "percent", 85, 85, "%", Y, "black smokers using menthol (fda)"),
 ("w-30", W, "about 30% of white smokers", "30%", "percent", 30, 30, "%", Y, "white smokers using menthol (fda)"),
 ("w-third", W, "roughly a third of the U.S.", "a third", "percent", 33.33, 33.33, "%", Y, "menthol share of market (rounded)"),
 ("w-billions", W, "billions of dollars in annual sales", "billions", "money", None, None, "USD", N, "vague"),
 ("w-wed", W, "declined to comment on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "aside"),
 ("w-jun20", W, "end menthol sales in June 2020", "June 2020", "date", 2020, 2020, "year", Y, "massachusetts ban effective"),
 ("w-62m", W, "about $62 million in tobacco tax", "$62 million", "money", 62000000, 62000000, "USD", Y, "massachusetts revenue loss, said first year (planted)"),
 ("w-1styr", W, "in the first year of its ban", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("w-dec22", W, "took effect in December 2022", "December 2022", "date", 2022, 2022, "year", Y, "california ban effective"),
 ("w-yes", W, "roughly 6.8 million votes", "6.8 million", "vote", 6800000, 6800000, "votes", Y, "prop 31 yes votes"),
 ("w-no", W, "votes to 3.4 million", "3.4 million", "vote", 3400000, 3400000, "votes", Y, "prop 31 no votes (planted)"),
 ("w-1b", W, "as much as $1 billion a year", "$1 billion", "money", 1000000000, 1000000000, "USD", Y, "california annual revenue loss (planted)"),
 ("w-160", W, "More than 160 California", "160", "count", 160, 160, "localities", Y, "california local flavor restrictions"),
 ("w-2days", W, "in the last two days", "two days", "duration", 2, 2, "days", N, "quote aside"),

 # ---- MB02 press release (2024-04-29, Monday)
 ("p-dl", P, "April 29, 2024 /BusinessWire/", "April 29, 2024", "date", 2024, 2024, "year", N, "dateline"),
 ("p-fri", P, "said on Friday that a final rule", "Friday", "date", 2024, 2024, "year", Y, "becerra delay statement (2024-04-26)"),
 ("p-apr28", P, "proposed on April 28, 2022", "April 28, 2022", "date", 2022, 2022, "year", Y, "proposal date"),
 ("p-30d", P, "extended the deadline by 30 days", "30 days", "duration", 30, 30, "days", Y, "comment period extension"),
 ("p-90d", P, "the 90-day comment period", "90-day", "duration", 90, 90, "days", Y, "comment period length"),
 ("p-175k", P, "roughly 175,000 comments", "175,000", "count", 175000, 175000, "comments", Y, "comments on menthol rule"),
 ("p-aug23", P, "listed August 2023 as the target", "August 2023", "date", 2023, 2023, "year", Y, "first final-rule target"),
 ("p-mar24", P, "later moved to March 2024", "March 2024", "date", 2024, 2024, "year", Y, "second target"),
 ("p-12mo", P, "take effect 12 months after", "12 months", "duration", 12, 12, "months", Y, "proposed effective lag"),
 ("p-37", P, "made up 37 percent of the market", "37 percent", "percent", 37, 37, "%", Y, "ftc menthol share 2022 (planted)"),
 ("p-y22", P, "among major manufacturers in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("p-1735", P, "fell to 173.5 billion in 2022", "173.5 billion", "count", 173.5e9, 173.5e9, "cigarettes", Y, "ftc cigarettes sold 2022"),
 ("p-y22b", P, "173.5 billion in 2022 from", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("p-1902", P, "from 190.2 billion in 2021", "190.2 billion", "count", 190.2e9, 190.2e9, "cigarettes", Y, "ftc cigarettes sold 2021"),
 ("p-y21", P, "190.2 billion in 2021.", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("p-158", P, "roughly 15.8 million menthol smokers", "15.8 million", "count", 15800000, 15800000, "smokers", Y, "menthol smokers aged 12+ (planted transposition)"),
 ("p-age12", P, "aged 12 and older in the United", "12", "age", 12, 12, "years", N, "definitional"),
 ("p-40", P, "about 40 percent of the retail price", "40 percent", "percent", 40, 40, "%", Y, "excise share of retail price"),
 ("p-66b", P, "more than $6.6 billion", "$6.6 billion", "money", 6.6e9, 6.6e9, "USD", Y, "tax foundation federal+state loss first full year"),
 ("p-firstfull", P, "in the first full year of a national", "first full year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-75", P, "75 percent of African American", "75 percent", "percent", 75, 75, "%", Y, "black smokers using menthol (tax foundation)"),
 ("p-jun20", P, "menthol cigarettes in June 2020", "June 2020", "date", 2020, 2020, "year", Y, "massachusetts ban effective"),
 ("p-1styr", P, "In the first year, cigarette", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("p-24", P, "dropped 24 percent", "24 percent", "percent", 24, 24, "%", Y, "massachusetts sales drop first year"),
 ("p-90", P, "about 90 percent of that decline", "90 percent", "percent", 90, 90, "%", Y, "share of decline shifted to neighbors"),
 ("p-125m", P, "$125 million less", "$125 million", "money", 125000000, 125000000, "USD", Y, "massachusetts excise loss first year"),
 ("p-dec21", P, "took effect in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "california ban effective (planted)"),
 ("p-1911", P, "Founded in 1911", "1911", "date", 1911, 1911, "year", N, "about section"),
 ("p-1400", P, "about 1,400 people", "1,400", "count", 1400, 1400, "employees", N, "about section"),
 ("p-four", P, "in four states", "four", "count", 4, 4, "states", N, "about section"),
 ("p-41", P, "about 41 percent of the Company", "41 percent", "percent", 41, 41, "%", N, "about section: company menthol volume share"),
 ("p-1995", P, "Reform Act of 1995", "1995", "date", 1995, 1995, "year", N, "statute name"),
 ("p-fy23", P, "year ended December 31, 2023", "December 31, 2023", "date", 2023, 2023, "year", N, "reference year"),

 # ---- MB03 abstract (2023-03-15)
 ("a-pub", A, "Published online 15 March 2023", "15 March 2023", "date", 2023, 2023, "year", N, "publication metadata"),
 ("a-2009", A, "The 2009 Family Smoking", "2009", "date", 2009, 2009, "year", Y, "tobacco control act"),
 ("a-apr22", A, "In April 2022 the US", "April 2022", "date", 2022, 2022, "year", Y, "proposal date"),
 ("a-2yr", A, "take effect 2 years after", "2 years", "duration", 2, 2, "years", Y, "proposed effective lag (planted)"),
 ("a-85", A, "Nearly 85% of non-Hispanic", "85%", "percent", 85, 85, "%", Y, "black smokers using menthol (fda)"),
 ("a-30", A, "about 30% of White people", "30%", "percent", 30, 30, "%", Y, "white smokers using menthol (fda)"),
 ("a-37", A, "menthol accounted for 37%", "37%", "percent", 37, 37, "%", Y, "ftc menthol share 2019-2020"),
 ("a-1920", A, "in 2019 and 2020 [1]", "2019 and 2020", "date", 2019, 2020, "year", N, "qualifier"),
 ("a-15", A, "projects a 15% reduction", "15%", "percent", 15, 15, "%", Y, "fda-cited smoking reduction within 40 years"),
 ("a-40", A, "within 40 years of a ban", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon"),
 ("a-2021", A, "a ban is implemented in 2021", "2021", "date", 2021, 2021, "year", N, "model start"),
 ("a-2160", A, "from 2021 to 2060", "2021 to 2060", "date", 2021, 2060, "year", N, "model period"),
 ("a-1617", A, "provincial bans (2016–2017)", "2016–2017", "date", 2016, 2017, "year", N, "canadian bans"),
 ("a-2019n", A, "in the 2019 National Survey", "2019", "date", 2019, 2019, "year", N, "survey year"),
 ("a-N", A, "N = 18,328,597", "18,328,597", "count", 18328597, 18328597, "smokers", Y, "us adult menthol smokers nsduh 2019"),
 ("a-n", A, "n = 5,222,907", "5,222,907", "count", 5222907, 5222907, "smokers", Y, "african american adult menthol smokers"),
 ("a-357", A, "projected to be 35.7% lower", "35.7%", "percent", 35.7, 35.7, "%", Y, "nhb smoking reduction 2026"),
 ("a-2026", A, "status quo in 2026", "2026", "date", 2026, 2026, "year", N, "timepoint"),
 ("a-253", A, "and 25.3% lower in 2060", "25.3%", "percent", 25.3, 25.3, "%", Y, "nhb smoking reduction 2060"),
 ("a-2060", A, "25.3% lower in 2060 (relative", "2060", "date", 2060, 2060, "year", N, "timepoint"),
 ("a-m357", A, "relative change −35.7%", "−35.7%", "percent", -35.7, -35.7, "%", N, "signed repeat"),
 ("a-m253", A, "and −25.3%)", "−25.3%", "percent", -25.3, -25.3, "%", N, "signed repeat"),
 ("a-185", A, "SVADs fell by about 18.5%", "18.5%", "percent", 18.5, 18.5, "%", Y, "svad reduction"),
 ("a-221", A, "LYLs by 22.1%", "22.1%", "percent", 22.1, 22.1, "%", Y, "lyl reduction"),
 ("a-255k", A, "255,895 premature deaths", "255,895", "count", 255895, 255895, "deaths", Y, "nhb deaths averted 2021-2060"),
 ("a-4m", A, "4.0 million life-years", "4.0 million", "count", 4000000, 4000000, "life-years", Y, "life-years gained"),
 ("a-40yr", A, "over the 40-year period", "40-year", "duration", 40, 40, "years", Y, "nhb simulation horizon"),
 ("a-223", A, "22.3% of mainly-menthol", "22.3%", "percent", 22.3, 22.3, "%", Y, "canada quit, menthol smokers"),
 ("a-150", A, "compared with 15.0% of non-menthol", "15.0%", "percent", 15.0, 15.0, "%", Y, "canada quit, non-menthol smokers"),
 ("a-73", A, "an effect of 7.3 percentage points", "7.3 percentage points", "percent", 7.3, 7.3, "pp", Y, "canada ban effect all smokers"),
 ("a-73ci", A, "(95% CI 2.1 to 12.5;", "2.1 to 12.5", "percent", 2.1, 12.5, "pp", Y, "ci"),
 ("a-p006", A, "P=0.006", "0.006", "pvalue", 0.006, 0.006, "p", N, "p-value"),
 ("a-212", A, "figures were 21.2% and", "21.2%", "percent", 21.2, 21.2, "%", Y, "canada quit, daily menthol"),
 ("a-132", A, "21.2% and 13.2%", "13.2%", "percent", 13.2, 13.2, "%", Y, "canada quit, daily non-menthol"),
 ("a-80", A, "(effect 8.0 points", "8.0 points", "percent", 8.0, 8.0, "pp", Y, "canada ban effect daily"),
 ("a-80ci", A, "95% CI 2.4 to 13.7", "2.4 to 13.7", "percent", 2.4, 13.7, "pp", Y, "ci"),
 ("a-p005", A, "P=0.005", "0.005", "pvalue", 0.005, 0.005, "p", N, "p-value"),
 ("a-1338", A, "implies 1,337,988 additional", "1,337,988", "count", 1337988, 1337988, "smokers", Y, "us quitters, canadian effect"),
 ("a-1338ci", A, "384,901 to 2,291,075", "384,901 to 2,291,075", "count", 384901, 2291075, "smokers", Y, "ci"),
 ("a-381", A, "including 381,272 African", "381,272", "count", 381272, 381272, "smokers", Y, "black quitters, canadian effect"),
 ("a-381ci", A, "109,681 to 652,863", "109,681 to 652,863", "count", 109681, 652863, "smokers", Y, "ci"),
 ("a-790", A, "gave 789,724 and", "789,724", "count", 789724, 789724, "smokers", Y, "daily-smoker quitters"),
 ("a-200", A, "789,724 and 199,732", "199,732", "count", 199732, 199732, "smokers", Y, "daily black quitters"),
 ("a-ref2020", A, "Cigarette Report for 2020", "2020", "date", 2020, 2020, "year", N, "reference"),
 ("a-ref2021", A, "Washington, DC; 2021", "2021", "date", 2021, 2021, "year", N, "reference"),

 # ---- MB04 explainer (2025-02-12)
 ("e-upd", E, "Updated February 12, 2025", "February 12, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-3yr", E, "For nearly three years", "three years", "duration", 3, 3, "years", N, "aside"),
 ("e-apr28", E, "On April 28, 2022, the Food", "April 28, 2022", "date", 2022, 2022, "year", Y, "proposal date"),
 ("e-two", E, "proposed two rules", "two", "count", 2, 2, "rules", N, "number of rules"),
 ("e-may4", E, "Federal Register on May 4, 2022", "May 4, 2022", "date", 2022, 2022, "year", Y, "federal register publication"),
 ("e-1yr", E, "taken effect one year after", "one year", "duration", 1, 1, "years", Y, "proposed effective lag"),
 ("e-60", E, "originally 60 days", "60 days", "duration", 60, 60, "days", Y, "original comment period"),
 ("e-jul5", E, "ending July 5, 2022", "July 5, 2022", "date", 2022, 2022, "year", Y, "original comment deadline"),
 ("e-30", E, "extended it by 30 days", "30 days", "duration", 30, 30, "days", Y, "comment period extension"),
 ("e-90", E, "so the 90-day window", "90-day", "duration", 90, 90, "days", Y, "comment period length"),
 ("e-aug2", E, "closed on Aug. 2, 2022", "Aug. 2, 2022", "date", 2022, 2022, "year", Y, "comment period close"),
 ("e-250k", E, "nearly 250,000 comments on the two", "250,000", "count", 250000, 250000, "comments", Y, "comments both rules combined"),
 ("e-twoprop", E, "on the two proposals combined", "two", "count", 2, 2, "rules", N, "qualifier"),
 ("e-175", E, "about 175,000 on the menthol rule", "175,000", "count", 175000, 175000, "comments", Y, "comments on menthol rule"),
 ("e-71", E, "about 71,000 on the cigar rule", "71,000", "count", 71000, 71000, "comments", Y, "comments on cigar rule"),
 ("e-15", E, "projected a 15% drop", "15%", "percent", 15, 15, "%", Y, "fda-cited smoking reduction within 40 years"),
 ("e-40", E, "within 40 years and 324,000", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon"),
 ("e-deaths", E, "324,000 to 654,000 deaths avoided", "324,000 to 654,000", "count", 324000, 654000, "deaths", Y, "fda deaths averted overall"),
 ("e-black", E, "92,000 to 238,000 of them", "92,000 to 238,000", "count", 92000, 238000, "deaths", Y, "fda deaths averted among black americans"),
 ("e-923", E, "about 923,000 smokers", "923,000", "count", 923000, 923000, "smokers", Y, "levy quitters"),
 ("e-1317", E, "in the first 13 to 17 months", "13 to 17 months", "duration", 13, 17, "months", Y, "levy quit window"),
 ("e-381", E, "about 381,000 Black smokers", "381,000", "count", 381000, 381000, "smokers", Y, "levy black quitters (planted: canadian-model figure)"),
 ("e-2019", E, "In 2019 there were", "2019", "date", 2019, 2019, "year", N, "qualifier"),
 ("e-185", E, "more than 18.5 million menthol", "18.5 million", "count", 18500000, 18500000, "smokers", Y, "menthol smokers aged 12+"),
 ("e-age12", E, "aged 12 and older in the U.S.", "12", "age", 12, 12, "years", N, "definitional"),
 ("e-85", E, "Nearly 85% of Black people", "85%", "percent", 85, 85, "%", Y, "black smokers using menthol (fda)"),
 ("e-30pct", E, "about 30% of white smokers", "30%", "percent", 30, 30, "%", Y, "white smokers using menthol (fda)"),
 ("e-halfm", E, "Over half a million young", "half a million", "count", 500000, 500000, "youth", Y, "youth flavored cigar users"),
 ("e-36", E, "menthol made up 36% of", "36%", "percent", 36, 36, "%", Y, "ftc menthol share 2022"),
 ("e-y22", E, "major manufacturers in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("e-1902", E, "sold 190.2 billion cigarettes", "190.2 billion", "count", 190.2e9, 190.2e9, "cigarettes", Y, "ftc cigarettes sold 2022 (planted: 2021 figure)"),
 ("e-lastaug", E, "targeted August of last year", "August of last year", "date", 2024, 2024, "year", Y, "first final-rule target (planted: resolves to 2024)"),
 ("e-oct13", E, "on Oct. 13, 2023", "Oct. 13, 2023", "date", 2023, 2023, "year", Y, "final rule sent to omb"),
 ("e-mar24", E, "slipped to March 2024", "March 2024", "date", 2024, 2024, "year", Y, "second target"),
 ("e-apr26", E, "On April 26, 2024, Health", "April 26, 2024", "date", 2024, 2024, "year", Y, "becerra delay statement"),
 ("e-jan21", E, "On Jan. 21, 2025, the new", "Jan. 21, 2025", "date", 2025, 2025, "year", Y, "withdrawal"),
 ("e-jun1", E, "on June 1, 2020", "June 1, 2020", "date", 2020, 2020, "year", Y, "massachusetts ban effective"),
 ("e-dec21", E, "took effect Dec. 21, 2022", "Dec. 21, 2022", "date", 2022, 2022, "year", Y, "california ban effective"),
 ("e-yes", E, "Proposition 31 by 6,803,424 votes", "6,803,424", "vote", 6803424, 6803424, "votes", Y, "prop 31 yes votes"),
 ("e-no", E, "votes to 3,923,383", "3,923,383", "vote", 3923383, 3923383, "votes", Y, "prop 31 no votes"),
 ("e-634", E, "or 63.4%", "63.4%", "percent", 63.4, 63.4, "%", Y, "prop 31 yes share"),
 ("e-tens", E, "from tens of millions of dollars", "tens of millions", "money", None, None, "USD", N, "vague lower bound"),
 ("e-100m", E, "up to about $100 million a year", "$100 million", "money", 100000000, 100000000, "USD", Y, "california annual revenue loss (lao)"),
 ("e-250", E, "a $250 fine", "$250", "money", 250, 250, "USD", Y, "california fine per violation"),
 ("e-160", E, "More than 160 California", "160", "count", 160, 160, "localities", Y, "california local flavor restrictions"),

 # ---- MB05 blog (2025-03-10)
 ("b-date", B, "March 10, 2025", "March 10, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "minutes", N, "page furniture"),
 ("b-cap2020", B, "Massachusetts shelves in 2020", "2020", "date", 2020, 2020, "year", N, "caption"),
 ("b-jan21", B, "menthol proposal on Jan. 21", "Jan. 21", "date", 2025, 2025, "year", Y, "withdrawal"),
 ("b-oct22", B, "sent it over in October 2022", "October 2022", "date", 2022, 2022, "year", Y, "final rule sent to omb (planted)"),
 ("b-250k", B, "nearly 250,000 public comments", "250,000", "count", 250000, 250000, "comments", Y, "comments on menthol rule (planted: combined total)"),
 ("b-654", B, "up to 654,000 Black lives", "654,000", "count", 654000, 654000, "deaths", Y, "black deaths averted (planted: overall upper bound)"),
 ("b-40", B, "Black lives over 40 years", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon"),
 ("b-ma2020", B, "ended menthol sales in 2020", "2020", "date", 2020, 2020, "year", Y, "massachusetts ban effective"),
 ("b-100m", B, "more than $100 million a year", "$100 million", "money", 100000000, 100000000, "USD", Y, "massachusetts annual revenue loss (necsema 2025)"),
 ("b-375", B, "37.5% of adult smokers", "37.5%", "percent", 37.5, 37.5, "%", Y, "ma smokers using menthol 2019"),
 ("b-y19", B, "used menthols in 2019", "2019", "date", 2019, 2019, "year", N, "qualifier"),
 ("b-369", B, "and 36.9% said so", "36.9%", "percent", 36.9, 36.9, "%", Y, "ma smokers using menthol 2022"),
 ("b-y22a", B, "said so in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-chart", B, "U.S. cigarette sales, 1963 to 2022", "1963 to 2022", "date", 1963, 2022, "year", N, "caption"),
 ("b-double", B, "more than doubled over", "doubled", "ratio", 2, 2, "x", N, "caption"),
 ("b-6dec", B, "over six decades", "six decades", "duration", 60, 60, "years", N, "caption"),
 ("b-dec21", B, "took effect Dec. 21, 2022", "Dec. 21, 2022", "date", 2022, 2022, "year", Y, "california ban effective"),
 ("b-634", B, "passed with 63.4% of the vote", "63.4%", "percent", 63.4, 63.4, "%", Y, "prop 31 yes share"),
 ("b-250", B, "a $250 fine per violation", "$250", "money", 250, 250, "USD", Y, "california fine per violation"),
 ("b-100mca", B, "around $100 million annually", "$100 million", "money", 100000000, 100000000, "USD", Y, "california annual revenue loss (lao)"),
 ("b-36", B, "menthol was 36% of cigarettes", "36%", "percent", 36, 36, "%", Y, "ftc menthol share 2022"),
 ("b-y22", B, "big manufacturers in 2022", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("b-v3", B, "commissioners 3-0", "3", "vote", 3, 3, "votes", Y, "ftc vote for 2022 report (for)"),
 ("b-v0", B, "commissioners 3-0", "0", "vote", 0, 0, "votes", Y, "ftc vote for 2022 report (against)"),
 ("b-1735", B, "sold 173.5 billion cigarettes", "173.5 billion", "count", 173.5e9, 173.5e9, "cigarettes", Y, "ftc cigarettes sold 2022"),
 ("b-81", B, "at 81% of Black smokers", "81%", "percent", 81, 81, "%", Y, "black smokers using menthol (cdc)"),
 ("b-34", B, "versus 34% of white smokers", "34%", "percent", 34, 34, "%", Y, "white smokers using menthol (cdc)"),
 ("b-2024", B, "A 2024 review led", "2024", "date", 2024, 2024, "year", N, "study year"),
 ("b-24", B, "about 24% of menthol smokers", "24%", "percent", 24, 24, "%", Y, "quit after a ban (mills review)"),
 ("b-half", B, "roughly half switched", "half", "percent", 50, 50, "%", Y, "switched after a ban (mills review)"),
 ("b-week", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter furniture"),
 ("b-23c", B, "23 comments", "23", "count", 23, 23, "comments", N, "page furniture"),

 # ---- MB06 local (2023-06-02), hard-wrapped
 ("l-3yrh", L, "Three years in, Massachusetts", "Three years", "duration", 3, 3, "years", N, "headline"),
 ("l-date", L, "June 2, 2023", "June 2, 2023", "date", 2023, 2023, "year", N, "byline date"),
 ("l-3yr", L, "Three years after Massachusetts", "Three years", "duration", 3, 3, "years", N, "timepoint"),
 ("l-nov19", L, "signed in November 2019", "November 2019", "date", 2019, 2019, "year", Y, "massachusetts law signed"),
 ("l-jun1", L, "took effect June 1, 2020", "June 1, 2020", "date", 2020, 2020, "year", Y, "massachusetts ban effective"),
 ("l-jan21", L, "By January 2021, the", "January 2021", "date", 2021, 2021, "year", N, "as-of date"),
 ("l-62m", L, "more than $62 million in lost", "$62 million", "money", 62000000, 62000000, "USD", Y, "massachusetts revenue loss first seven months (necsema)"),
 ("l-7mo", L, "its first seven months", "seven months", "duration", 7, 7, "months", N, "timepoint"),
 ("l-28m", L, "more than $28 million in extra", "$28 million", "money", 28000000, 28000000, "USD", Y, "new hampshire extra excise"),
 ("l-46", L, "up 46 percent", "46 percent", "percent", 46, 46, "%", Y, "nh cigarette sales change"),
 ("l-24", L, "down almost 24 percent", "24 percent", "percent", 24, 24, "%", Y, "ma cigarette sales change"),
 ("l-351", L, "$3.51 in excise tax", "$3.51", "money", 3.51, 3.51, "USD", Y, "ma excise per pack"),
 ("l-178", L, "New Hampshire charges $1.78", "$1.78", "money", 1.78, 1.78, "USD", Y, "nh excise per pack"),
 ("l-125m", L, "loss at $125 million in the ban's", "$125 million", "money", 125000000, 125000000, "USD", Y, "massachusetts excise loss first year"),
 ("l-1styr", L, "in the ban's first year", "first year", "duration", 1, 1, "years", N, "timepoint"),
 ("l-90", L, "about 90 percent of the drop", "90 percent", "percent", 90, 90, "%", Y, "share of decline shifted to neighbors"),
 ("l-decades", L, "targeted for decades", "decades", "duration", None, None, "years", N, "vague, quote"),
 ("l-lastyr", L, "published last year in the American", "last year", "date", 2022, 2022, "year", N, "study year"),
 ("l-apr21", L, "proposed in April 2021", "April 2021", "date", 2021, 2021, "year", Y, "proposal date (planted: announcement year)"),
 ("l-aug", L, "publish a final rule in August", "August", "date", 2023, 2023, "year", Y, "first final-rule target"),
 ("l-186", L, "about 18.6 million Americans", "18.6 million", "count", 18600000, 18600000, "smokers", Y, "menthol smokers"),
 ("l-deaths", L, "prevent 324,000 to 654,000", "324,000 to 654,000", "count", 324000, 654000, "deaths", Y, "fda deaths averted overall"),
 ("l-30yr", L, "over the next 30 years", "30 years", "duration", 30, 30, "years", Y, "fda-cited modeling horizon (planted)"),
 ("l-37", L, "made up 37 percent of cigarettes", "37 percent", "percent", 37, 37, "%", Y, "ftc menthol share 2021"),
 ("l-y21", L, "major manufacturers in 2021", "2021", "date", 2021, 2021, "year", N, "qualifier"),
 ("l-jan", L, "report released in January", "January", "date", 2023, 2023, "year", N, "report release"),
 ("l-v4", L, "voted 4-0", "4", "vote", 4, 4, "votes", Y, "ftc vote for 2021 report (for)"),
 ("l-v0", L, "voted 4-0", "0", "vote", 0, 0, "votes", Y, "ftc vote for 2021 report (against)"),
 ("l-1902", L, "fell to 190.2 billion", "190.2 billion", "count", 190.2e9, 190.2e9, "cigarettes", Y, "ftc cigarettes sold 2021"),
 ("l-2037", L, "from 203.7 billion in 2020", "203.7 billion", "count", 203.7e9, 203.7e9, "cigarettes", Y, "ftc cigarettes sold 2020"),
 ("l-y20", L, "203.7 billion in 2020", "2020", "date", 2020, 2020, "year", N, "qualifier"),
 ("l-lastnov", L, "last November, when", "last November", "date", 2022, 2022, "year", Y, "california prop 31 vote"),
 ("l-23", L, "nearly two-thirds of voters", "two-thirds", "percent", 66.67, 66.67, "%", Y, "prop 31 yes share (rounded)"),

 # ---- MB07 fact-check (2024-05-08)
 ("f-654h", F, "saved 654,000 Black lives?", "654,000", "count", 654000, 654000, "deaths", N, "headline repeats the claim"),
 ("f-date", F, "May 8, 2024", "May 8, 2024", "date", 2024, 2024, "year", N, "byline date"),
 ("f-claim654", F, "That ban would have saved 654,000", "654,000", "count", 654000, 654000, "deaths", N, "claim quote"),
 ("f-nov", F, "Remember that in November", "November", "date", 2024, 2024, "year", N, "claim quote"),
 ("f-apr24post", F, "and X, April 2024)", "April 2024", "date", 2024, 2024, "year", N, "post date"),
 ("f-verd654", F, "and the 654,000 figure is", "654,000", "count", 654000, 654000, "deaths", N, "verdict repeat"),
 ("f-apr22", F, "flavored cigars in April 2022", "April 2022", "date", 2022, 2022, "year", Y, "proposal date"),
 ("f-60", F, "After a 60-day public comment", "60-day", "duration", 60, 60, "days", Y, "comment period length (planted: original length)"),
 ("f-aug2", F, "that closed Aug. 2, 2022", "Aug. 2, 2022", "date", 2022, 2022, "year", Y, "comment period close"),
 ("f-175", F, "about 175,000 comments", "175,000", "count", 175000, 175000, "comments", Y, "comments on menthol rule"),
 ("f-fall22", F, "agendas for fall 2022 and", "fall 2022", "date", 2022, 2022, "year", N, "agenda edition"),
 ("f-spr23", F, "and spring 2023 listed", "spring 2023", "date", 2023, 2023, "year", N, "agenda edition"),
 ("f-aug23", F, "listed August 2023 as the target", "August 2023", "date", 2023, 2023, "year", Y, "first final-rule target"),
 ("f-oct23", F, "for review in October 2023", "October 2023", "date", 2023, 2023, "year", Y, "final rule sent to omb"),
 ("f-dec", F, "In December, the administration", "December", "date", 2023, 2023, "year", Y, "agenda pushes target"),
 ("f-mar24", F, "expected date to March 2024", "March 2024", "date", 2024, 2024, "year", Y, "second target"),
 ("f-lastmo", F, "Last month, on April 26", "Last month", "date", 2024, 2024, "year", N, "relative repeat"),
 ("f-apr26", F, "on April 26, Health", "April 26", "date", 2024, 2024, "year", Y, "becerra delay statement"),
 ("f-654sec", F, "The 654,000 figure\n", "654,000", "count", 654000, 654000, "deaths", N, "subhead"),
 ("f-25", F, "a 25% drop in smoking", "25%", "percent", 25, 25, "%", Y, "fda-cited smoking reduction within 40 years (planted)"),
 ("f-40a", F, "within 40 years and could", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon"),
 ("f-deaths", F, "prevent 324,000 to 654,000", "324,000 to 654,000", "count", 324000, 654000, "deaths", Y, "fda deaths averted overall"),
 ("f-black", F, "Black Americans: 92,000 to 238,000", "92,000 to 238,000", "count", 92000, 238000, "deaths", Y, "fda deaths averted among black americans"),
 ("f-40b", F, "deaths averted over 40 years. The post", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon (black estimate)"),
 ("f-2559", F, "about 255,900 premature", "255,900", "count", 255900, 255900, "deaths", Y, "nhb simulation deaths averted"),
 ("f-30", F, "over 30 years, still", "30 years", "duration", 30, 30, "years", Y, "nhb simulation horizon (planted)"),
 ("f-85", F, "Nearly 85% of Black Americans", "85%", "percent", 85, 85, "%", Y, "black smokers using menthol (fda)"),
 ("f-30pct", F, "compared with 30% of white", "30%", "percent", 30, 30, "%", Y, "white smokers using menthol (fda)"),
 ("f-923", F, "about 923,000 smokers", "923,000", "count", 923000, 923000, "smokers", Y, "levy quitters"),
 ("f-18mo", F, "within about a year and a half", "a year and a half", "duration", 1.5, 1.5, "years", Y, "levy quit window"),
 ("f-230", F, "including 230,000 Black smokers", "230,000", "count", 230000, 230000, "smokers", Y, "levy black quitters"),
 ("f-jun21", F, "took effect in June 2021", "June 2021", "date", 2021, 2021, "year", Y, "massachusetts ban effective (planted)"),
 ("f-36", F, "market: 36% of cigarettes", "36%", "percent", 36, 36, "%", Y, "ftc menthol share 2022"),
 ("f-y22", F, "major manufacturers in 2022, according", "2022", "date", 2022, 2022, "year", N, "qualifier"),
 ("f-r654", F, "saved 654,000 Black lives. The rule", "654,000", "count", 654000, 654000, "deaths", N, "ruling repeats claim"),
 ("f-rapr", F, "delayed in April, not killed", "April", "date", 2024, 2024, "year", N, "repeat"),
 ("f-rblack", F, "Americans is 92,000 to 238,000", "92,000 to 238,000", "count", 92000, 238000, "deaths", Y, "fda deaths averted among black americans (ruling)"),
 ("f-r40", F, "averted over 40 years; 654,000", "40 years", "duration", 40, 40, "years", Y, "fda-cited modeling horizon (ruling)"),
 ("f-r654top", F, "40 years; 654,000 is the top", "654,000", "count", 654000, 654000, "deaths", N, "upper bound repeat"),
 ("f-s1", F, "Cigars,\" April 28, 2022", "April 28, 2022", "date", 2022, 2022, "year", N, "sources list"),
 ("f-s2", F, "Rule,\" April 26, 2024", "April 26, 2024", "date", 2024, 2024, "year", N, "sources list"),
 ("f-s3", F, "26454, May 4, 2022", "May 4, 2022", "date", 2022, 2022, "year", N, "sources list"),
 ("f-s4", F, "Cigarette Report for 2022", "2022", "date", 2022, 2022, "year", N, "sources list"),
 ("f-s5", F, "Tobacco Control, 2022", "2022", "date", 2022, 2022, "year", N, "sources list"),
 ("f-s6", F, "Actions, fall 2023", "fall 2023", "date", 2023, 2023, "year", N, "sources list"),
]

S, Q = "strict", "qualified"
X = [
 # S1 proposal year: "April 2021" (local) vs April 2022
 ("l-apr21", "p-apr28", S), ("l-apr21", "e-apr28", S), ("l-apr21", "f-apr22", S), ("l-apr21", "w-apr22", S), ("l-apr21", "a-apr22", S),
 # S2 comments on the menthol rule: 250,000 (blog, combined total) vs 175,000
 ("b-250k", "w-175k", S), ("b-250k", "p-175k", S), ("b-250k", "e-175", S), ("b-250k", "f-175", S),
 # S3 comment period length: 60-day (fact-check) vs 90-day
 ("f-60", "p-90d", S), ("f-60", "e-90", S),
 # S4 deaths averted among Black Americans: 654,000 (blog) vs 92,000-238,000
 ("b-654", "w-black", S), ("b-654", "e-black", S), ("b-654", "f-black", S), ("b-654", "f-rblack", S),
 # S5 Black quitters in the FDA-cited (Levy) study: 381,000 (explainer) vs 230,000
 ("e-381", "w-230", S), ("e-381", "f-230", S),
 # S6 horizon of the FDA-cited deaths estimate: 30 years (local) vs 40 years
 ("l-30yr", "w-40", S), ("l-30yr", "e-40", S), ("l-30yr", "f-40a", S),
 # S7 FTC menthol share 2022: 37% (press) vs 36%
 ("p-37", "e-36", S), ("p-37", "b-36", S), ("p-37", "f-36", S),
 # S8 cigarettes sold by major manufacturers in 2022: 190.2 billion (explainer) vs 173.5 billion
 ("e-1902", "p-1735", S), ("e-1902", "b-1735", S),
 # S9 Massachusetts tax loss in the first year: $62 million (wire, a seven-month figure) vs $125 million
 ("w-62m", "p-125m", S), ("w-62m", "l-125m", S),
 # S10 Prop 31 "no" votes: 3.4 million (wire) vs 3,923,383
 ("w-no", "e-no", S),
 # S11 final rule sent to OMB: October 2022 (blog) vs October 2023
 ("b-oct22", "w-oct23", S), ("b-oct22", "e-oct13", S), ("b-oct22", "f-oct23", S),
 # S12 first final-rule target: "August of last year" (explainer, = 2024) vs August 2023
 ("e-lastaug", "p-aug23", S), ("e-lastaug", "f-aug23", S), ("e-lastaug", "l-aug", S),
 # S13 Massachusetts ban effective: June 2021 (fact-check) vs June 2020
 ("f-jun21", "l-jun1", S), ("f-jun21", "p-jun20", S), ("f-jun21", "w-jun20", S), ("f-jun21", "e-jun1", S), ("f-jun21", "b-ma2020", S),
 # S14 FDA-cited smoking reduction within 40 years: 25% (fact-check) vs 15%
 ("f-25", "w-15", S), ("f-25", "e-15", S), ("f-25", "a-15", S),
 # S15 menthol smokers aged 12+: 15.8 million (press, transposed) vs 18.5 / 18.6 million
 ("p-158", "e-185", S), ("p-158", "l-186", S),
 # S16 California annual tax loss (LAO): $1 billion a year (wire) vs about $100 million
 ("w-1b", "e-100m", S), ("w-1b", "b-100mca", S),
 # S17 California ban effective: December 2021 (press) vs December 2022
 ("p-dec21", "e-dec21", S), ("p-dec21", "b-dec21", S), ("p-dec21", "w-dec22", S),
 # S18 proposed effective lag: 2 years (abstract) vs one year / 12 months
 ("a-2yr", "e-1yr", S), ("a-2yr", "p-12mo", S),
 # S19 horizon of the NHB simulation: 30 years (fact-check) vs 40-year period (abstract)
 ("f-30", "a-40yr", S),

 # ---- qualified
 # share of Black smokers using menthol: FDA ~85% vs CDC 81% vs Tax Foundation 75%
 ("b-81", "w-85", Q), ("b-81", "e-85", Q), ("b-81", "f-85", Q), ("b-81", "a-85", Q),
 ("p-75", "w-85", Q), ("p-75", "e-85", Q), ("p-75", "f-85", Q), ("p-75", "a-85", Q), ("p-75", "b-81", Q),
 # share of white smokers using menthol: FDA 30% vs CDC 34%
 ("b-34", "w-30", Q), ("b-34", "e-30pct", Q), ("b-34", "f-30pct", Q), ("b-34", "a-30", Q),
 # menthol smokers: 18.5 million (FDA, 12+) vs 18.6 million (as reported); 15.8 million vs adult NSDUH count
 ("e-185", "l-186", Q), ("p-158", "a-N", Q),
 # Levy quit window: 13-17 months vs "about a year and a half"
 ("f-18mo", "w-1317", Q), ("f-18mo", "e-1317", Q),
 # Black deaths averted: NHB simulation 255,895 vs FDA-cited 92,000-238,000 (different models)
 ("a-255k", "w-black", Q), ("a-255k", "e-black", Q), ("a-255k", "f-black", Q), ("a-255k", "f-rblack", Q),
 ("f-2559", "w-black", Q), ("f-2559", "e-black", Q), ("b-654", "a-255k", Q), ("b-654", "f-2559", Q),
 # quitters: Canadian-effect 1,337,988 / 381,272 vs Levy 923,000 / 230,000 (different studies)
 ("a-1338", "w-923", Q), ("a-1338", "e-923", Q), ("a-1338", "f-923", Q),
 ("a-381", "w-230", Q), ("a-381", "f-230", Q),
 # horizons of different models: 30 vs 40 years
 ("l-30yr", "a-40", Q), ("l-30yr", "f-40b", Q), ("l-30yr", "f-r40", Q), ("l-30yr", "b-40", Q), ("l-30yr", "a-40yr", Q),
 ("f-30", "w-40", Q), ("f-30", "e-40", Q), ("f-30", "a-40", Q), ("f-30", "b-40", Q),
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
        rows.append({"type": "claim", "id": f"mb-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"mb-{a}", f"mb-{b}"
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
