#!/usr/bin/env python3
"""Build tiktok-ban.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "tiktok-ban")
OUT = os.path.join(HERE, "tiktok-ban.gold.jsonl")
T = "tiktok-ban"

W, P, A, E, B, L, F = ("TT01_wire.txt", "TT02_press.txt", "TT03_abstract.txt",
                       "TT04_explainer.txt", "TT05_blog.txt", "TT06_local.txt", "TT07_factcheck.txt")
Y = True; N = False
BN = 1_000_000_000; MN = 1_000_000

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- TT01 wire (2025-01-19)
 ("w-dl", W, "WASHINGTON, Jan 19", "Jan 19", "date", 2025, 2025, "year", N, "dateline"),
 ("w-sun", W, "American users on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "service restored (2025-01-19)"),
 ("w-14h", W, "roughly 14 hours after", "14 hours", "duration", 14, 14, "hours", Y, "length of us outage"),
 ("w-sat", W, "went dark late on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "app went dark (2025-01-18)"),
 ("w-170m", W, "more than 170 million Americans", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("w-7m", W, "more than 7 million small businesses", "7 million", "count", 7*MN, 7*MN, "businesses", Y, "businesses on tiktok (jan 2025 statement)"),
 ("w-50", W, "a 50% ownership position", "50%", "percent", 50, 50, "%", Y, "us stake trump proposed in jv"),
 ("w-90fc", W, "he said a 90-day extension", "90-day", "duration", 90, 90, "days", Y, "extension trump said likely (forecast)"),
 ("w-fri", W, "a ruling on Friday", "Friday", "date", 2025, 2025, "year", Y, "supreme court ruling date (2025-01-17)"),
 ("w-9", W, "Act 9-0, rejecting", "9", "vote", 9, 9, "votes", Y, "supreme court votes to uphold"),
 ("w-0", W, "9-0, rejecting", "0", "vote", 0, 0, "votes", Y, "supreme court votes against"),
 ("w-jan10", W, "heard the case on Jan. 10", "Jan. 10", "date", 2025, 2025, "year", Y, "supreme court argument date"),
 ("w-wk", W, "only a week before", "a week", "duration", 1, 1, "weeks", Y, "argument to ruling"),
 ("w-lastmo", W, "upheld the statute last month", "last month", "date", 2024, 2024, "year", Y, "dc circuit ruling (dec 2024)"),
 ("w-lastapr", W, "passed the measure last April", "last April", "date", 2024, 2024, "year", Y, "congress passed the law"),
 ("w-95b", W, "$95 billion foreign aid package", "$95 billion", "money", 95*BN, 95*BN, "USD", Y, "foreign aid package total"),
 ("w-360", W, "approved it 360-58", "360", "vote", 360, 360, "votes", Y, "house april 2024 votes for"),
 ("w-58", W, "360-58 and the Senate", "58", "vote", 58, 58, "votes", Y, "house april 2024 votes against"),
 ("w-79", W, "the Senate 79-18", "79", "vote", 79, 79, "votes", Y, "senate final votes for"),
 ("w-18", W, "79-18, and President", "18", "vote", 18, 18, "votes", Y, "senate final votes against"),
 ("w-follow", W, "signed it the following day", "the following day", "date", 2024, 2024, "year", N, "signing (relative)"),
 ("w-352", W, "standalone version 352-65", "352", "vote", 352, 352, "votes", Y, "house march 2024 votes for"),
 ("w-65", W, "352-65 in March", "65", "vote", 65, 65, "votes", Y, "house march 2024 votes against"),
 ("w-mar", W, "65 in March, with", "March", "date", 2024, 2024, "year", N, "march house vote"),
 ("w-50r", W, "with 50 Republicans", "50", "count", 50, 50, "lawmakers", Y, "republicans opposing march bill"),
 ("w-15d", W, "and 15 Democrats voting against", "15", "count", 15, 15, "lawmakers", Y, "democrats opposing march bill"),
 ("w-270", W, "ByteDance 270 days", "270 days", "duration", 270, 270, "days", Y, "statutory divestiture window"),
 ("w-single", W, "with a single 90-day", "single", "count", 1, 1, "extensions", N, "number of extensions allowed"),
 ("w-90ext", W, "single 90-day extension available", "90-day", "duration", 90, 90, "days", Y, "statutory extension length"),
 ("w-5000", W, "fine app stores and hosting companies $5,000", "$5,000", "money", 5000, 5000, "USD", Y, "civil penalty per user (distribution)"),
 ("w-170m2", W, "with 170 million users the exposure", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("w-850", W, "could reach $850 billion", "$850 billion", "money", 850*BN, 850*BN, "USD", Y, "maximum penalty exposure"),
 ("w-aug20", W, "in August 2020", "August 2020", "date", 2020, 2020, "year", Y, "trump first-term ban attempt"),
 ("w-lastyr", W, "during last year's campaign", "last year", "date", 2024, 2024, "year", N, "campaign"),
 ("w-20b", W, "more than $20 billion in informal", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "project liberty commitments"),
 ("w-6700", W, "more than 6,700 people", "6,700", "count", 6700, 6700, "employees", Y, "tiktok us employees"),

 # ---- TT02 press release (2025-04-03)
 ("p-happr5", P, "Ahead of April 5 Deadline", "April 5", "date", 2025, 2025, "year", N, "headline repeat"),
 ("p-h32", P, "operations at $32 billion excluding", "$32 billion", "money", 32*BN, 32*BN, "USD", N, "subtitle repeat"),
 ("p-h15", P, "would hold up to 15%", "15%", "percent", 15, 15, "%", N, "subtitle repeat"),
 ("p-dl", P, "April 3, 2025 /PRNewswire/", "April 3, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-2d", P, "two days before the current", "two days", "duration", 2, 2, "days", N, "timing aside"),
 ("p-32", P, "business at $32 billion, excluding", "$32 billion", "money", 32*BN, 32*BN, "USD", Y, "lakemont offer valuation"),
 ("p-65", P, "controlling 65% stake", "65%", "percent", 65, 65, "%", Y, "lakemont stake"),
 ("p-15", P, "Up to 15% would be reserved", "15%", "percent", 15, 15, "%", Y, "creators trust stake"),
 ("p-millions", P, "livelihood of millions of Americans", "millions", "count", None, None, "people", N, "vague (quote)"),
 ("p-thismo", P, "agreements this month", "this month", "date", 2025, 2025, "year", N, "plan"),
 ("p-90close", P, "close within 90 days of signing", "90 days", "duration", 90, 90, "days", Y, "planned closing window (forecast)"),
 ("p-apr24", P, "signed into law on April 24, 2024", "April 24, 2024", "date", 2024, 2024, "year", Y, "law signed"),
 ("p-270", P, "within 270 days", "270 days", "duration", 270, 270, "days", Y, "statutory divestiture window"),
 ("p-jan19", P, "or by January 19, 2025", "January 19, 2025", "date", 2025, 2025, "year", Y, "statutory deadline"),
 ("p-single", P, "a single 180-day extension", "single", "count", 1, 1, "extensions", N, "number of extensions allowed"),
 ("p-180", P, "single 180-day extension", "180-day", "duration", 180, 180, "days", Y, "statutory extension length"),
 ("p-jan20", P, "On January 20, 2025, President Trump", "January 20, 2025", "date", 2025, 2025, "year", Y, "first non-enforcement order"),
 ("p-75", P, "the Act for 75 days", "75 days", "duration", 75, 75, "days", Y, "first order length"),
 ("p-apr5", P, "through April 5, 2025", "April 5, 2025", "date", 2025, 2025, "year", Y, "first order end"),
 ("p-500", P, "civil penalties of $500 per U.S. user", "$500", "money", 500, 500, "USD", Y, "civil penalty per user (distribution)"),
 ("p-170m", P, "more than 170 million U.S. users", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("p-7m", P, "more than 7 million businesses", "7 million", "count", 7*MN, 7*MN, "businesses", Y, "businesses on tiktok"),
 ("p-mar24", P, "released in March 2024", "March 2024", "date", 2024, 2024, "year", N, "study release"),
 ("p-242", P, "contributed $24.2 billion", "$24.2 billion", "money", 24.2*BN, 24.2*BN, "USD", Y, "smb contribution to us gdp 2023"),
 ("p-2023", P, "domestic product in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("p-224k", P, "supported 224,000 jobs", "224,000", "count", 224000, 224000, "jobs", Y, "jobs supported 2023"),
 ("p-59", P, "concern about the app's ownership remains significant: 59%", "59%", "percent", 59, 59, "%", Y, "share seeing tiktok as national security threat (current)"),
 ("p-4050", P, "business at $40 billion to $50 billion", "$40 billion to $50 billion", "money", 40*BN, 50*BN, "USD", Y, "wedbush value without algorithm"),
 ("p-100200", P, "$100 billion to $200 billion", "$100 billion to $200 billion", "money", 100*BN, 200*BN, "USD", Y, "wedbush value with algorithm"),
 ("p-20b", P, "pegged at about $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "project liberty valuation"),
 ("p-300b", P, "more than $300 billion", "$300 billion", "money", 300*BN, 300*BN, "USD", Y, "bytedance valuation (buyback)"),
 ("p-7board", P, "A seven-member board", "seven", "count", 7, 7, "directors", Y, "proposed board size"),
 ("p-250m", P, "A $250 million fund", "$250 million", "money", 250*MN, 250*MN, "USD", Y, "creator fund"),
 ("p-3y", P, "fund over three years", "three years", "duration", 3, 3, "years", Y, "creator fund period"),
 ("p-2021", P, "formed in 2021", "2021", "date", 2021, 2021, "year", N, "about section"),
 ("p-41b", P, "about $4.1 billion", "$4.1 billion", "money", 4.1*BN, 4.1*BN, "USD", N, "about section"),
 ("p-38", P, "has 38 employees", "38", "count", 38, 38, "employees", N, "about section"),

 # ---- TT03 abstract (2025-06-30)
 ("a-pub", A, "Published online 30 June 2025", "30 June 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tper", A, "TikTok ban, 2023–2025: a secondary", "2023–2025", "date", 2023, 2025, "year", N, "title period"),
 ("a-t3", A, "of three national probability-panel", "three", "count", 3, 3, "surveys", N, "title"),
 ("a-apr24", A, "In April 2024 Congress enacted", "April 2024", "date", 2024, 2024, "year", Y, "law enacted"),
 ("a-95b", A, "as part of a $95 billion", "$95 billion", "money", 95*BN, 95*BN, "USD", Y, "foreign aid package total"),
 ("a-360", A, "provision 360–58", "360", "vote", 360, 360, "votes", Y, "house april 2024 votes for"),
 ("a-58", A, "360–58 on 20 April", "58", "vote", 58, 58, "votes", Y, "house april 2024 votes against"),
 ("a-20apr", A, "on 20 April 2024", "20 April 2024", "date", 2024, 2024, "year", Y, "house april vote date"),
 ("a-79", A, "package 79–18", "79", "vote", 79, 79, "votes", Y, "senate final votes for"),
 ("a-18", A, "79–18 on 23 April", "18", "vote", 18, 18, "votes", Y, "senate final votes against"),
 ("a-23apr", A, "on 23 April 2024", "23 April 2024", "date", 2024, 2024, "year", Y, "senate vote date"),
 ("a-352", A, "House 352–65", "352", "vote", 352, 352, "votes", Y, "house march 2024 votes for"),
 ("a-65", A, "352–65 in March 2024", "65", "vote", 65, 65, "votes", Y, "house march 2024 votes against"),
 ("a-mar24", A, "65 in March 2024", "March 2024", "date", 2024, 2024, "year", Y, "march house vote date"),
 ("a-15r", A, "with 15 Republicans", "15", "count", 15, 15, "lawmakers", Y, "republicans opposing march bill"),
 ("a-50d", A, "and 50 Democrats opposed", "50", "count", 50, 50, "lawmakers", Y, "democrats opposing march bill"),
 ("a-180", A, "ByteDance 180 days", "180 days", "duration", 180, 180, "days", Y, "statutory divestiture window"),
 ("a-150m", A, "about 150 million Americans", "150 million", "count", 150*MN, 150*MN, "users", Y, "us users"),
 ("a-9", A, "law 9–0", "9", "vote", 9, 9, "votes", Y, "supreme court votes to uphold"),
 ("a-0", A, "9–0 on 17 January", "0", "vote", 0, 0, "votes", Y, "supreme court votes against"),
 ("a-jan17", A, "on 17 January 2025", "17 January 2025", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("a-3w", A, "from three waves", "three", "count", 3, 3, "surveys", N, "number of waves"),
 ("a-mar23m", A, "American Trends Panel: March 2023", "March 2023", "date", 2023, 2023, "year", N, "wave date"),
 ("a-fall23", A, "25 September to 1 October 2023", "25 September to 1 October 2023", "date", 2023, 2023, "year", N, "wave dates"),
 ("a-N8842", A, "N = 8,842", "8,842", "count", 8842, 8842, "adults", Y, "autumn 2023 sample size"),
 ("a-feb25", A, "24 February to 2 March 2025", "24 February to 2 March 2025", "date", 2025, 2025, "year", N, "wave dates"),
 ("a-N5123", A, "N = 5,123", "5,123", "count", 5123, 5123, "adults", Y, "2025 sample size"),
 ("a-50", A, "fell from 50% in March", "50%", "percent", 50, 50, "%", Y, "support for ban march 2023"),
 ("a-mar23r", A, "50% in March 2023 to", "March 2023", "date", 2023, 2023, "year", N, "wave"),
 ("a-38", A, "to 38% (95% CI", "38%", "percent", 38, 38, "%", Y, "support for ban autumn 2023"),
 ("a-38ci", A, "37.0–39.0", "37.0–39.0", "percent", 37.0, 39.0, "%", Y, "ci"),
 ("a-aut23", A, "in autumn 2023", "autumn 2023", "date", 2023, 2023, "year", N, "wave"),
 ("a-34", A, "to 34% (95% CI", "34%", "percent", 34, 34, "%", Y, "support for ban 2025"),
 ("a-34ci", A, "32.7–35.3", "32.7–35.3", "percent", 32.7, 35.3, "%", Y, "ci"),
 ("a-in25", A, "35.3) in 2025", "2025", "date", 2025, 2025, "year", N, "wave"),
 ("a-n5123", A, "(n=5,123)", "5,123", "count", 5123, 5123, "adults", N, "sample size repeat"),
 ("a-2w", A, "between the two most recent waves", "two", "count", 2, 2, "surveys", N, "definitional"),
 ("a-diff", A, "was −4.0 percentage points", "−4.0 percentage points", "percent", -4.0, -4.0, "pp", Y, "change autumn 2023 to 2025"),
 ("a-diffci", A, "(95% CI −5.6 to −2.4", "−5.6 to −2.4", "percent", -5.6, -2.4, "pp", Y, "ci"),
 ("a-p1", A, "−2.4; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-mar23c", A, "since March 2023 was", "March 2023", "date", 2023, 2023, "year", N, "wave"),
 ("a-16", A, "was −16 points", "−16 points", "percent", -16, -16, "pp", Y, "change march 2023 to 2025"),
 ("a-22", A, "Opposition rose from 22%", "22%", "percent", 22, 22, "%", Y, "opposition march 2023"),
 ("a-32", A, "22% to 32%", "32%", "percent", 32, 32, "%", Y, "opposition 2025"),
 ("a-28", A, "unsure rose from 28%", "28%", "percent", 28, 28, "%", Y, "unsure march 2023"),
 ("a-33", A, "28% to 33%", "33%", "percent", 33, 33, "%", Y, "unsure 2025"),
 ("a-60", A, "declined from 60%", "60%", "percent", 60, 60, "%", Y, "republican support march 2023"),
 ("a-50r", A, "60% to 50% and", "50%", "percent", 50, 50, "%", Y, "republican support autumn 2023"),
 ("a-39", A, "then to 39%", "39%", "percent", 39, 39, "%", Y, "republican support 2025"),
 ("a-43", A, "it went from 43%", "43%", "percent", 43, 43, "%", Y, "democratic support march 2023"),
 ("a-29", A, "43% to 29%", "29%", "percent", 29, 29, "%", Y, "democratic support autumn 2023"),
 ("a-30", A, "was 30% in the latest wave", "30%", "percent", 30, 30, "%", Y, "democratic support 2025"),
 ("a-12", A, "12% of TikTok users", "12%", "percent", 12, 12, "%", Y, "support among tiktok users 2025"),
 ("a-45", A, "with 45% of non-users", "45%", "percent", 45, 45, "%", Y, "support among non-users 2025"),
 ("a-59", A, "fell from 59% in 2023", "59%", "percent", 59, 59, "%", Y, "share seeing national security threat 2023"),
 ("a-59y", A, "59% in 2023", "2023", "date", 2023, 2023, "year", N, "wave"),
 ("a-49", A, "to 49% in 2025", "49%", "percent", 49, 49, "%", Y, "share seeing national security threat 2025"),
 ("a-49y", A, "49% in 2025", "2025", "date", 2025, 2025, "year", N, "wave"),
 ("a-early25", A, "By early 2025", "early 2025", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-1in3", A, "roughly one in three", "one in three", "percent", 33.3, 33.3, "%", Y, "support for ban 2025 (summary)"),
 ("a-4to1", A, "nearly four to one", "four to one", "ratio", 4, 4, "x", Y, "non-user vs user support ratio"),

 # ---- TT04 explainer (2025-06-20)
 ("e-upd", E, "Updated June 20, 2025", "June 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-thu", E, "Trump on Thursday extended", "Thursday", "date", 2025, 2025, "year", Y, "third extension (2025-06-19)"),
 ("e-apr24", E, "Joe Biden on April 24, 2024", "April 24, 2024", "date", 2024, 2024, "year", Y, "law signed"),
 ("e-270", E, "ByteDance, 270 days", "270 days", "duration", 270, 270, "days", Y, "statutory divestiture window"),
 ("e-jan19", E, "deadline of January 19, 2025", "January 19, 2025", "date", 2025, 2025, "year", Y, "statutory deadline"),
 ("e-90ext", E, "extension of up to 90 days", "90 days", "duration", 90, 90, "days", Y, "statutory extension length"),
 ("e-4c", E, "refers to four countries", "four", "count", 4, 4, "countries", Y, "foreign adversary countries"),
 ("e-20", E, "holds a stake of 20% or more", "20%", "percent", 20, 20, "%", Y, "control threshold in law"),
 ("e-352", E, "standalone version 352-65", "352", "vote", 352, 352, "votes", Y, "house march 2024 votes for"),
 ("e-65", E, "352-65 on March", "65", "vote", 65, 65, "votes", Y, "house march 2024 votes against"),
 ("e-mar13", E, "on March 13, 2024", "March 13, 2024", "date", 2024, 2024, "year", Y, "march house vote date"),
 ("e-360", E, "approved it 360-58", "360", "vote", 360, 360, "votes", Y, "house april 2024 votes for"),
 ("e-58", E, "360-58 on April", "58", "vote", 58, 58, "votes", Y, "house april 2024 votes against"),
 ("e-apr20", E, "on April 20, 2024", "April 20, 2024", "date", 2024, 2024, "year", Y, "house april vote date"),
 ("e-80", E, "procedural vote 80-19", "80", "vote", 80, 80, "votes", Y, "senate cloture votes for"),
 ("e-19", E, "80-19 and then", "19", "vote", 19, 19, "votes", Y, "senate cloture votes against"),
 ("e-79", E, "full package 79-18", "79", "vote", 79, 79, "votes", Y, "senate final votes for"),
 ("e-18", E, "79-18 on April 23", "18", "vote", 18, 18, "votes", Y, "senate final votes against"),
 ("e-apr23", E, "on April 23, and Biden", "April 23", "date", 2024, 2024, "year", Y, "senate vote date"),
 ("e-next", E, "signed it the next day", "the next day", "date", 2024, 2024, "year", N, "signing (relative)"),
 ("e-may24", E, "sued in May 2024", "May 2024", "date", 2024, 2024, "year", Y, "tiktok lawsuit filed"),
 ("e-dec6", E, "on December 6, 2024", "December 6, 2024", "date", 2024, 2024, "year", Y, "dc circuit ruling"),
 ("e-jan10", E, "arguments on January 10", "January 10", "date", 2025, 2025, "year", Y, "supreme court argument date"),
 ("e-jan17", E, "ruled on Jan. 17, 2025", "Jan. 17, 2025", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("e-wk", E, "just one week later", "one week", "duration", 1, 1, "weeks", Y, "argument to ruling"),
 ("e-9", E, "the law 9-0", "9", "vote", 9, 9, "votes", Y, "supreme court votes to uphold"),
 ("e-0", E, "9-0.", "0", "vote", 0, 0, "votes", Y, "supreme court votes against"),
 ("e-jan18", E, "users late on January 18", "January 18", "date", 2025, 2025, "year", Y, "app went dark"),
 ("e-14h", E, "roughly 14 hours later", "14 hours", "duration", 14, 14, "hours", Y, "length of us outage"),
 ("e-stjan18", E, "from their stores on January 18", "January 18", "date", 2025, 2025, "year", Y, "removed from app stores"),
 ("e-feb13", E, "until February 13", "February 13", "date", 2025, 2025, "year", Y, "restored to app stores"),
 ("e-26d", E, "26 days later", "26 days", "duration", 26, 26, "days", Y, "app store absence"),
 ("e-5000", E, "can be fined $5,000 per U.S. user", "$5,000", "money", 5000, 5000, "USD", Y, "civil penalty per user (distribution)"),
 ("e-500", E, "can be fined $500 per user", "$500", "money", 500, 500, "USD", Y, "civil penalty per user (data portability)"),
 ("e-170m", E, "about 170 million U.S. users", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("e-850", E, "estimated at $850 billion", "$850 billion", "money", 850*BN, 850*BN, "USD", Y, "maximum penalty exposure"),
 ("e-jan20", E, "January 20, 2025: an executive", "January 20, 2025", "date", 2025, 2025, "year", Y, "first order date"),
 ("e-75a", E, "enforcement for 75 days", "75 days", "duration", 75, 75, "days", Y, "first order length"),
 ("e-apr5", E, "to April 5.", "April 5", "date", 2025, 2025, "year", N, "first order end"),
 ("e-apr4", E, "April 4, 2025: another order", "April 4, 2025", "date", 2025, 2025, "year", Y, "second order date"),
 ("e-75b", E, "added 75 more days", "75 more days", "duration", 75, 75, "days", Y, "second order length"),
 ("e-jun19a", E, "to June 19.", "June 19", "date", 2025, 2025, "year", N, "second order end"),
 ("e-jun19", E, "June 19, 2025: a further", "June 19, 2025", "date", 2025, 2025, "year", Y, "third order date"),
 ("e-90c", E, "order added 90 days", "90 days", "duration", 90, 90, "days", Y, "third order length"),
 ("e-sep17a", E, "to September 17.", "September 17", "date", 2025, 2025, "year", N, "third order end"),
 ("e-single", E, "allows only a single", "single", "count", 1, 1, "extensions", N, "number of extensions allowed"),
 ("e-90crit", E, "single 90-day extension and", "90-day", "duration", 90, 90, "days", Y, "statutory extension length (critics)"),
 ("e-4g", E, "with four different groups", "four", "count", 4, 4, "groups", Y, "bidder groups"),
 ("e-5123", E, "survey of 5,123 adults", "5,123", "count", 5123, 5123, "adults", Y, "2025 pew sample size"),
 ("e-feb25", E, "February 24 to March 2, 2025", "February 24 to March 2, 2025", "date", 2025, 2025, "year", N, "survey dates"),
 ("e-34", E, "found that 34% support", "34%", "percent", 34, 34, "%", Y, "support for ban 2025"),
 ("e-50", E, "down from 50% in March 2023", "50%", "percent", 50, 50, "%", Y, "support for ban march 2023"),
 ("e-mar23", E, "50% in March 2023", "March 2023", "date", 2023, 2023, "year", N, "wave"),
 ("e-32", E, "Another 32% oppose", "32%", "percent", 32, 32, "%", Y, "opposition 2025"),
 ("e-33", E, "33% are unsure", "33%", "percent", 33, 33, "%", Y, "unsure 2025"),
 ("e-30r", E, "Republicans has fallen to 30%", "30%", "percent", 30, 30, "%", Y, "republican support 2025"),
 ("e-49", E, "dropped to 49%", "49%", "percent", 49, 49, "%", Y, "share seeing national security threat 2025"),
 ("e-59", E, "from 59% in 2023", "59%", "percent", 59, 59, "%", Y, "share seeing national security threat 2023"),
 ("e-59y", E, "59% in 2023", "2023", "date", 2023, 2023, "year", N, "wave"),
 ("e-sep17", E, "deadline is September 17", "September 17", "date", 2025, 2025, "year", Y, "current deadline"),

 # ---- TT05 blog (2025-09-29)
 ("b-h14", B, "$14 billion for TikTok U.S.?", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "headline repeat"),
 ("b-byl", B, "September 29, 2025", "September 29, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-6min", B, "6 min read", "6 min", "duration", 6, 6, "minutes", N, "page furniture"),
 ("b-capthu", B, "framework deal on Thursday", "Thursday", "date", 2025, 2025, "year", N, "caption"),
 ("b-thu", B, "On Thursday, President Trump", "Thursday", "date", 2025, 2025, "year", Y, "framework order signed (2025-09-25)"),
 ("b-14", B, "at about $14 billion", "$14 billion", "money", 14*BN, 14*BN, "USD", Y, "vance valuation of tiktok us"),
 ("b-352", B, "bill 352-65", "352", "vote", 352, 352, "votes", Y, "house april 2024 votes for (as reported)"),
 ("b-65", B, "352-65 as part", "65", "vote", 65, 65, "votes", Y, "house april 2024 votes against (as reported)"),
 ("b-apr24", B, "the April 2024 foreign-aid", "April 2024", "date", 2024, 2024, "year", Y, "package passed"),
 ("b-14low", B, "why $14 billion looks so low", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "repeat"),
 ("b-45", B, "about 45% of the new", "45%", "percent", 45, 45, "%", Y, "oracle+silver lake+mgx stake (framework)"),
 ("b-35", B, "roughly 35%", "35%", "percent", 35, 35, "%", Y, "existing/new bytedance investors stake (framework)"),
 ("b-20", B, "keep less than 20%", "20%", "percent", 20, 20, "%", Y, "bytedance stake upper bound"),
 ("b-six", B, "fill six of the seven", "six", "count", 6, 6, "directors", Y, "american board seats"),
 ("b-seven", B, "of the seven board seats", "seven", "count", 7, 7, "directors", Y, "board size"),
 ("b-25", B, "a stake of 25% or more", "25%", "percent", 25, 25, "%", Y, "control threshold in law"),
 ("b-120", B, "law for 120 days", "120 days", "duration", 120, 120, "days", Y, "sept 25 order non-enforcement"),
 ("b-latejan", B, "into late January", "late January", "date", 2026, 2026, "year", N, "resulting deadline"),
 ("b-fifth", B, "this is the fifth time", "fifth", "count", 5, 5, "extensions", N, "ordinal"),
 ("b-jan24", B, "upheld the law in January 2024", "January 2024", "date", 2024, 2024, "year", Y, "supreme court ruling date"),
 ("b-75a", B, "ran 75, 75", "75", "duration", 75, 75, "days", Y, "first order length"),
 ("b-75b", B, "75, 90 and 90 days", "75", "duration", 75, 75, "days", Y, "second order length"),
 ("b-90a", B, "90 and 90 days", "90", "duration", 90, 90, "days", Y, "third order length"),
 ("b-90b", B, "and 90 days.", "90 days", "duration", 90, 90, "days", Y, "fourth order length"),
 ("b-170m", B, "about 170 million U.S. users", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("b-14div", B, "Divide $14 billion", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "repeat"),
 ("b-82", B, "roughly $82 per user", "$82", "money", 82, 82, "USD", Y, "deal value per user"),
 ("b-20b", B, "at about $20 billion", "$20 billion", "money", 20*BN, 20*BN, "USD", Y, "project liberty valuation"),
 ("b-120pu", B, "about $120 per user", "$120", "money", 120, 120, "USD", Y, "project liberty value per user"),
 ("b-3040", B, "$30 billion to $40 billion", "$30 billion to $40 billion", "money", 30*BN, 40*BN, "USD", Y, "wedbush value without algorithm"),
 ("b-aug", B, "buyback in August", "August", "date", 2025, 2025, "year", N, "buyback date"),
 ("b-330", B, "about $330 billion", "$330 billion", "money", 330*BN, 330*BN, "USD", Y, "bytedance valuation (buyback)"),
 ("b-10b", B, "more than $10 billion a year", "$10 billion", "money", 10*BN, 10*BN, "USD", Y, "tiktok us annual revenue"),
 ("b-14sales", B, "so $14 billion is", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "repeat"),
 ("b-14x", B, "about 1.4 times sales", "1.4 times", "ratio", 1.4, 1.4, "x", Y, "price to sales"),
 ("b-5000", B, "penalties of $5,000 per user", "$5,000", "money", 5000, 5000, "USD", Y, "civil penalty per user (distribution)"),
 ("b-750", B, "up to $750 billion", "$750 billion", "money", 750*BN, 750*BN, "USD", Y, "maximum penalty exposure"),
 ("b-12h", B, "about 12 hours before", "12 hours", "duration", 12, 12, "hours", Y, "length of us outage"),
 ("b-48k", B, "Join 48,000 readers", "48,000", "count", 48000, 48000, "readers", N, "newsletter furniture"),
 ("b-42", B, "42 comments", "42", "count", 42, 42, "comments", N, "page furniture"),

 # ---- TT06 local (2025-01-23), hard-wrapped
 ("l-pub", L, "Published Thursday, Jan. 23, 2025", "Jan. 23, 2025", "date", 2025, 2025, "year", N, "publication date"),
 ("l-sat", L, "last Saturday night was the silence", "last Saturday", "date", 2025, 2025, "year", Y, "app went dark (2025-01-18)"),
 ("l-40", L, "maybe 40% of our weekend", "40%", "percent", 40, 40, "%", Y, "bakery pre-orders via tiktok"),
 ("l-18k", L, "about 18,000 followers", "18,000", "count", 18000, 18000, "followers", Y, "bakery followers"),
 ("l-fewh", L, "For a few hours", "a few hours", "duration", None, None, "hours", N, "vague (quote)"),
 ("l-14h", L, "lasted about 14 hours", "14 hours", "duration", 14, 14, "hours", Y, "length of us outage"),
 ("l-sun", L, "came back on Sunday", "Sunday", "date", 2025, 2025, "year", Y, "service restored"),
 ("l-mon", L, "Monday's executive order", "Monday", "date", 2025, 2025, "year", Y, "first order date (2025-01-20)"),
 ("l-90", L, "90 more days", "90 more days", "duration", 90, 90, "days", Y, "first order length"),
 ("l-1200", L, "about $1,200 in orders", "$1,200", "money", 1200, 1200, "USD", Y, "bakery lost sales"),
 ("l-half", L, "about half of his monthly revenue", "half", "percent", 50, 50, "%", Y, "bike shop revenue via tiktok shop"),
 ("l-2emp", L, "I had two employees", "two", "count", 2, 2, "employees", Y, "bike shop staff idle"),
 ("l-sunm", L, "Sunday morning with nothing", "Sunday", "date", 2025, 2025, "year", N, "anecdote"),
 ("l-apr", L, "in April of this year", "April of this year", "date", 2025, 2025, "year", Y, "law signed"),
 ("l-80", L, "Senate passed it 80-19", "80", "vote", 80, 80, "votes", Y, "senate final votes for (as reported)"),
 ("l-19", L, "80-19. It requires", "19", "vote", 19, 19, "votes", Y, "senate final votes against (as reported)"),
 ("l-fri", L, "upheld it last Friday", "last Friday", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("l-7", L, "The court ruled 7-2", "7", "vote", 7, 7, "votes", Y, "supreme court votes to uphold (as reported)"),
 ("l-2", L, "7-2, with Justices", "2", "vote", 2, 2, "votes", Y, "supreme court votes against (as reported)"),
 ("l-170m", L, "more than 170 million users", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users"),
 ("l-7m", L, "more than 7 million businesses", "7 million", "count", 7*MN, 7*MN, "businesses", Y, "businesses on tiktok"),
 ("l-lastyr", L, "commissioned by the company last year", "last year", "date", 2024, 2024, "year", N, "study date"),
 ("l-242", L, "added $24.2 billion", "$24.2 billion", "money", 24.2*BN, 24.2*BN, "USD", Y, "smb contribution to us gdp 2023"),
 ("l-2023", L, "economy in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier year"),
 ("l-wed", L, "As of Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-300", L, "about 300 of its members", "300", "count", 300, 300, "businesses", Y, "chamber members using tiktok"),
 ("l-satq", L, "were on Saturday night", "Saturday", "date", 2025, 2025, "year", N, "quote"),
 ("l-210k", L, "about 210,000 TikTok followers", "210,000", "count", 210000, 210000, "followers", Y, "comedian followers"),
 ("l-tenth", L, "reached a tenth of his usual", "a tenth", "percent", 10, 10, "%", Y, "reels reach vs tiktok"),
 ("l-half2", L, "to own half of TikTok", "half", "percent", 50, 50, "%", Y, "us stake trump proposed in jv"),
 ("l-350", L, "now has 350 subscribers", "350", "count", 350, 350, "subscribers", Y, "text list size"),
 ("l-satb", L, "sell bread on Saturday", "Saturday", "date", None, None, "year", N, "generic weekday (quote)"),

 # ---- TT07 fact-check (2026-01-27)
 ("f-byl", F, "Checkpoint Desk | January 27, 2026", "January 27, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("f-c14", F, "TikTok to his friends for $14 billion", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "post claim"),
 ("f-c14b", F, "\"sold to his friends for $14 billion", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "post claim repeat"),
 ("f-c20b", F, "still own 20%", "20%", "percent", 20, 20, "%", N, "post claim repeat"),
 ("f-c20", F, "China still owns 20%.\"", "20%", "percent", 20, 20, "%", N, "post claim"),
 ("f-61", F, "part of a $61 billion foreign aid bill", "$61 billion", "money", 61*BN, 61*BN, "USD", Y, "foreign aid package total (as reported)"),
 ("f-apr24", F, "aid bill in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "package passed"),
 ("f-360", F, "The House approved it 360-58", "360", "vote", 360, 360, "votes", Y, "house april 2024 votes for"),
 ("f-58", F, "360-58 and the Senate 79-18. That", "58", "vote", 58, 58, "votes", Y, "house april 2024 votes against"),
 ("f-79", F, "and the Senate 79-18. That", "79", "vote", 79, 79, "votes", Y, "senate final votes for"),
 ("f-18", F, "79-18. That is lopsided", "18", "vote", 18, 18, "votes", Y, "senate final votes against"),
 ("f-86", F, "about 86% of House", "86%", "percent", 86, 86, "%", Y, "share of house votes cast in favor"),
 ("f-81", F, "about 81% of senators", "81%", "percent", 81, 81, "%", Y, "share of senate votes cast in favor"),
 ("f-dozens", F, "but dozens of lawmakers", "dozens", "count", None, None, "lawmakers", N, "vague"),
 ("f-signed", F, "signed the bill in April 2024", "April 2024", "date", 2024, 2024, "year", Y, "law signed"),
 ("f-jan17", F, "On Jan. 17, 2025", "Jan. 17, 2025", "date", 2025, 2025, "year", Y, "supreme court ruling date"),
 ("f-9", F, "upheld the law 9-0 in an unsigned", "9", "vote", 9, 9, "votes", Y, "supreme court votes to uphold"),
 ("f-0", F, "9-0 in an unsigned", "0", "vote", 0, 0, "votes", Y, "supreme court votes against"),
 ("f-2j", F, "Two justices, Sonia", "Two", "count", 2, 2, "justices", Y, "justices writing concurrences"),
 ("f-jan19", F, "by Jan. 19, 2025", "Jan. 19, 2025", "date", 2025, 2025, "year", Y, "statutory deadline"),
 ("f-nextday", F, "took office the next day", "the next day", "date", 2025, 2025, "year", N, "inauguration (relative)"),
 ("f-75", F, "the law for 75 days", "75 days", "duration", 75, 75, "days", Y, "first order length"),
 ("f-several", F, "that pause several times", "several", "count", None, None, "extensions", N, "vague"),
 ("f-sep25a", F, "framework deal in September 2025", "September 2025", "date", 2025, 2025, "year", Y, "framework announced"),
 ("f-sep25", F, "Trump's Sept. 25 order", "Sept. 25", "date", 2025, 2025, "year", Y, "framework order date"),
 ("f-90s", F, "for another 90 days while", "90 days", "duration", 90, 90, "days", Y, "sept 25 order non-enforcement"),
 ("f-5000", F, "fines of $5,000 per U.S. user", "$5,000", "money", 5000, 5000, "USD", Y, "civil penalty per user (distribution)"),
 ("f-14", F, "The $14 billion figure", "$14 billion", "money", 14*BN, 14*BN, "USD", Y, "vance valuation of tiktok us"),
 ("f-sep", F, "Vance in September, describing", "September", "date", 2025, 2025, "year", N, "vance remark"),
 ("f-jan22", F, "closed on Jan. 22", "Jan. 22", "date", 2026, 2026, "year", Y, "joint venture closed"),
 ("f-50", F, "new investors holds 50%", "50%", "percent", 50, 50, "%", Y, "new-investor consortium stake (final)"),
 ("f-15", F, "each holding 15%", "15%", "percent", 15, 15, "%", Y, "stake per managing investor (final)"),
 ("f-301", F, "hold 30.1%", "30.1%", "percent", 30.1, 30.1, "%", Y, "existing bytedance investors' affiliates stake (final)"),
 ("f-199", F, "keeps 19.9%", "19.9%", "percent", 19.9, 19.9, "%", Y, "bytedance stake (final)"),
 ("f-20lvl", F, "under the 20% level", "20%", "percent", 20, 20, "%", Y, "control threshold in law"),
 ("f-7board", F, "a seven-member, majority-American", "seven", "count", 7, 7, "directors", Y, "board size"),
 ("f-mar23", F, "in March 2023, 38%", "March 2023", "date", 2023, 2023, "year", N, "wave"),
 ("f-38", F, "2023, 38% backed", "38%", "percent", 38, 38, "%", Y, "support for ban march 2023 (as reported)"),
 ("f-5213", F, "surveyed 5,213 adults", "5,213", "count", 5213, 5213, "adults", Y, "2025 pew sample size"),
 ("f-early25", F, "in early 2025", "early 2025", "date", 2025, 2025, "year", N, "wave"),
 ("f-34", F, "had fallen to 34%", "34%", "percent", 34, 34, "%", Y, "support for ban 2025"),
 ("f-200m", F, "more than 200 million U.S. users", "200 million", "count", 200*MN, 200*MN, "users", Y, "us users (jan 2026)"),
 ("f-170m", F, "the 170 million it cited", "170 million", "count", 170*MN, 170*MN, "users", Y, "us users (while law debated)"),
 ("f-r14", F, "Vance put the deal at $14 billion", "$14 billion", "money", 14*BN, 14*BN, "USD", N, "ruling repeat"),
 ("f-r20", F, "a stake close to 20%", "20%", "percent", 20, 20, "%", N, "ruling repeat (approx)"),
 ("f-360b", F, "were 360-58 in the House", "360", "vote", 360, 360, "votes", Y, "house april 2024 votes for (ruling)"),
 ("f-58b", F, "360-58 in the House", "58", "vote", 58, 58, "votes", Y, "house april 2024 votes against (ruling)"),
 ("f-79b", F, "79-18 in the Senate", "79", "vote", 79, 79, "votes", Y, "senate final votes for (ruling)"),
 ("f-18b", F, "18 in the Senate", "18", "vote", 18, 18, "votes", Y, "senate final votes against (ruling)"),
 ("f-9b", F, "9-0 at the court", "9", "vote", 9, 9, "votes", Y, "supreme court votes to uphold (ruling)"),
 ("f-0b", F, "0 at the court", "0", "vote", 0, 0, "votes", Y, "supreme court votes against (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 Senate final vote 80-19 (procedural tally) vs 79-18
 ("l-80", "w-79", S), ("l-80", "a-79", S), ("l-80", "e-79", S), ("l-80", "f-79", S), ("l-80", "f-79b", S),
 ("l-19", "w-18", S), ("l-19", "a-18", S), ("l-19", "e-18", S), ("l-19", "f-18", S), ("l-19", "f-18b", S),
 # S2 House April 2024 vote 352-65 (March tally) vs 360-58
 ("b-352", "w-360", S), ("b-352", "a-360", S), ("b-352", "e-360", S), ("b-352", "f-360", S), ("b-352", "f-360b", S),
 ("b-65", "w-58", S), ("b-65", "a-58", S), ("b-65", "e-58", S), ("b-65", "f-58", S), ("b-65", "f-58b", S),
 # S3 Supreme Court 7-2 vs 9-0
 ("l-7", "w-9", S), ("l-7", "a-9", S), ("l-7", "e-9", S), ("l-7", "f-9", S), ("l-7", "f-9b", S),
 ("l-2", "w-0", S), ("l-2", "a-0", S), ("l-2", "e-0", S), ("l-2", "f-0", S), ("l-2", "f-0b", S),
 # S4 signing year: "April of this year" (2025) vs 2024
 ("l-apr", "p-apr24", S), ("l-apr", "a-apr24", S), ("l-apr", "e-apr24", S), ("l-apr", "f-signed", S),
 # S5 Supreme Court ruling year: January 2024 vs 2025
 ("b-jan24", "w-fri", S), ("b-jan24", "a-jan17", S), ("b-jan24", "e-jan17", S), ("b-jan24", "l-fri", S), ("b-jan24", "f-jan17", S),
 # S6 first non-enforcement order: 90 vs 75 days
 ("l-90", "p-75", S), ("l-90", "e-75a", S), ("l-90", "b-75a", S), ("l-90", "f-75", S),
 # S7 statutory divestiture window: 180 (March bill) vs 270 days
 ("a-180", "w-270", S), ("a-180", "p-270", S), ("a-180", "e-270", S),
 # S8 statutory presidential extension: 180 vs 90 days
 ("p-180", "w-90ext", S), ("p-180", "e-90ext", S), ("p-180", "e-90crit", S),
 # S9 distribution penalty per user: $500 vs $5,000
 ("p-500", "w-5000", S), ("p-500", "e-5000", S), ("p-500", "b-5000", S), ("p-500", "f-5000", S),
 # S10 maximum exposure: $750bn vs $850bn
 ("b-750", "w-850", S), ("b-750", "e-850", S),
 # S11 foreign aid package: $61bn (Ukraine share) vs $95bn
 ("f-61", "w-95b", S), ("f-61", "a-95b", S),
 # S12 Republican support 2025: 30% vs 39%
 ("e-30r", "a-39", S),
 # S13 support March 2023: 38% (autumn figure) vs 50%
 ("f-38", "a-50", S), ("f-38", "e-50", S),
 # S14 national-security-threat share, current (2025): 59% (2023 figure) vs 49%
 ("p-59", "a-49", S), ("p-59", "e-49", S),
 # S15 March 2024 opponents by party reordered
 ("w-50r", "a-15r", S), ("w-15d", "a-50d", S),
 # S16 Pew 2025 sample: 5,213 vs 5,123
 ("f-5213", "a-N5123", S), ("f-5213", "e-5123", S),
 # S17 control threshold: 25% vs 20%
 ("b-25", "e-20", S), ("b-25", "f-20lvl", S),
 # S18 Sept 25 order length: 90 vs 120 days
 ("f-90s", "b-120", S),
 # Qualified
 ("b-12h", "w-14h", Q), ("b-12h", "e-14h", Q), ("b-12h", "l-14h", Q),
 ("a-150m", "w-170m", Q), ("a-150m", "w-170m2", Q), ("a-150m", "p-170m", Q), ("a-150m", "e-170m", Q),
 ("a-150m", "b-170m", Q), ("a-150m", "l-170m", Q), ("a-150m", "f-170m", Q),
 ("b-3040", "p-4050", Q),
 ("b-35", "f-301", Q),
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
        if isinstance(lo, float) and lo == int(lo) and abs(lo) >= 1000:
            lo = int(lo)
        if isinstance(hi, float) and hi == int(hi) and abs(hi) >= 1000:
            hi = int(hi)
        rows.append({"type": "claim", "id": f"tt-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"tt-{a}", f"tt-{b}"
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
