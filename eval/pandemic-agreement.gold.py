#!/usr/bin/env python3
"""Build pandemic-agreement.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "pandemic-agreement")
OUT = os.path.join(HERE, "pandemic-agreement.gold.jsonl")
T = "pandemic-agreement"

W, P, A, E, B, L, F = ("PA01_wire.txt", "PA02_press.txt", "PA03_abstract.txt",
                       "PA04_explainer.txt", "PA05_blog.txt", "PA06_local.txt", "PA07_factcheck.txt")
Y = True; N = False
TT = 66.67  # "two-thirds" as a percent

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- PA01 wire (2025-05-20)
 ("w-h3", W, "after three years of talks, with", "three years", "duration", 3, 3, "years", N, "headline repeat"),
 ("w-dl", W, "GENEVA, May 20", "May 20", "date", 2025, 2025, "year", N, "dateline"),
 ("w-tue", W, "pandemic agreement on Tuesday", "Tuesday", "date", 2025, 2025, "year", Y, "plenary adoption date (2025-05-20)"),
 ("w-3yr", W, "more than three years of negotiations", "three years", "duration", 3, 3, "years", Y, "length of negotiations"),
 ("w-aday", W, "a day after the assembly", "a day", "duration", 1, 1, "days", N, "committee-to-plenary gap"),
 ("w-124", W, "vote of 124 in favour", "124", "vote", 124, 124, "votes for", Y, "committee A votes in favour"),
 ("w-none", W, "none against and 11", "none", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("w-11", W, "and 11 abstentions", "11", "vote", 11, 11, "abstentions", Y, "committee A abstentions"),
 ("w-mon", W, "forced the vote on Monday", "Monday", "date", 2025, 2025, "year", Y, "committee A vote date (2025-05-19)"),
 ("w-fico40", W, "Fico said 40 countries", "40", "count", 40, 40, "countries", Y, "countries not taking part in vote (Fico)"),
 ("w-tue2", W, "in Bratislava on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "date of Fico remarks"),
 ("w-tt", W, "requires a two-thirds majority", "two-thirds", "percent", TT, TT, "%", Y, "article 19 adoption majority"),
 ("w-dec21", W, "assembly in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "special session launching negotiations"),
 ("w-feb22", W, "first time in February 2022", "February 2022", "date", 2022, 2022, "year", Y, "first INB meeting"),
 ("w-lastyr", W, "a deadline at last year's assembly", "last year", "date", 2024, 2024, "year", N, "missed deadline (WHA77, 2024)"),
 ("w-upto1", W, "extended by up to a year", "a year", "duration", 1, 1, "years", Y, "2024 mandate extension"),
 ("w-apr16", W, "early hours of April 16", "April 16", "date", 2025, 2025, "year", Y, "text agreed"),
 ("w-20", W, "would make 20% of their real-time", "20%", "percent", 20, 20, "%", Y, "PABS share of real-time production to WHO"),
 ("w-10", W, "at least 10% as a donation", "10%", "percent", 10, 10, "%", Y, "PABS donation floor"),
 ("w-nextyr", W, "report to next year's assembly", "next year", "date", 2026, 2026, "year", Y, "PABS annex due at WHA (2026)"),
 ("w-2dip", W, "Two diplomats involved", "Two", "count", 2, 2, "people", N, "sources"),
 ("w-2yr", W, "could take up to two years", "two years", "duration", 2, 2, "years", Y, "forecast time to finish annex"),
 ("w-60", W, "once 60 countries have ratified", "60", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("w-jan", W, "back in office in January", "January", "date", 2025, 2025, "year", Y, "US withdrawal order signed"),
 ("w-jan26", W, "takes effect in January 2026", "January 2026", "date", 2026, 2026, "year", Y, "US withdrawal effective"),
 ("w-1yr", W, "a one-year notice period", "one-year", "duration", 1, 1, "years", Y, "US withdrawal notice period"),
 ("w-1948", W, "a 1948 act of Congress", "1948", "date", 1948, 1948, "year", N, "reference year"),
 ("w-18", W, "about 18% of WHO's funding", "18%", "percent", 18, 18, "%", Y, "US share of WHO funding"),
 ("w-tue3", W, "The assembly on Tuesday approved", "Tuesday", "date", 2025, 2025, "year", N, "budget approval date"),
 ("w-2627", W, "a 2026-2027 base budget", "2026-2027", "date", 2026, 2027, "year", N, "budget period"),
 ("w-42", W, "base budget of $4.2 billion", "$4.2 billion", "money", 4.2e9, 4.2e9, "USD", Y, "WHO 2026-27 base budget adopted"),
 ("w-21", W, "21% smaller than first proposed", "21%", "percent", 21, 21, "%", Y, "budget cut vs first proposal"),
 ("w-20fee", W, "mandatory fees by 20%", "20%", "percent", 20, 20, "%", Y, "assessed contribution increase"),
 ("w-500", W, "would give $500 million", "$500 million", "money", 5e8, 5e8, "USD", Y, "china pledge"),
 ("w-5yr", W, "$500 million over five years", "five years", "duration", 5, 5, "years", Y, "china pledge period"),
 ("w-170", W, "more than $170 million in new pledges", "$170 million", "money", 1.7e8, 1.7e8, "USD", Y, "other donors' pledges total"),
 ("w-40m", W, "$40 million from host Switzerland", "$40 million", "money", 4e7, 4e7, "USD", Y, "switzerland pledge"),
 ("w-135", W, "$13.5 million from Sweden", "$13.5 million", "money", 1.35e7, 1.35e7, "USD", Y, "sweden pledge"),
 ("w-8m", W, "$8 million from Angola", "$8 million", "money", 8e6, 8e6, "USD", Y, "angola pledge"),
 ("w-6m", W, "$6 million from Qatar", "$6 million", "money", 6e6, 6e6, "USD", Y, "qatar pledge"),
 ("w-ihr24", W, "adopted at last year's assembly, which", "last year", "date", 2024, 2024, "year", Y, "IHR amendments adopted"),
 ("w-jun26", W, "take effect in June 2026", "June 2026", "date", 2026, 2026, "year", Y, "IHR amendments entry into force"),
 ("w-7m", W, "more than 7 million people", "7 million", "count", 7e6, 7e6, "deaths", Y, "covid deaths reported to WHO"),
 ("w-194", W, "that 194 countries can live with", "194", "count", 194, 194, "countries", Y, "WHO member states"),
 ("w-today", W, "The world is safer today", "today", "date", 2025, 2025, "year", N, "quote"),
 ("w-several", W, "several times higher", "several times", "ratio", None, None, "x", N, "vague (excess vs reported deaths)"),
 ("w-5ago", W, "had five years ago", "five years", "duration", 5, 5, "years", N, "aside (2020 lockdowns)"),

 # ---- PA02 press release (2025-05-21)
 ("p-h20", P, "will reserve 20% of real-time", "20%", "percent", 20, 20, "%", N, "subtitle repeat"),
 ("p-dl", P, "May 21, 2025", "May 21, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-today", P, "countries, today welcomed", "today", "date", 2025, 2025, "year", N, "release date repeat"),
 ("p-90c", P, "more than 90 countries", "90", "count", 90, 90, "countries", Y, "company supply footprint"),
 ("p-may20", P, "World Health Assembly on May 20", "May 20", "date", 2025, 2025, "year", Y, "plenary adoption date"),
 ("p-3yr", P, "more than three years of negotiations", "three years", "duration", 3, 3, "years", Y, "length of negotiations"),
 ("p-20", P, "to make 20% of their real-time", "20%", "percent", 20, 20, "%", Y, "PABS share of real-time production"),
 ("p-10", P, "at least 10% is to be provided", "10%", "percent", 10, 10, "%", Y, "PABS donation floor"),
 ("p-600", P, "about 600 million doses a year", "600 million", "count", 6e8, 6e8, "doses", Y, "company annual capacity"),
 ("p-20b", P, "a 20% set-aside", "20%", "percent", 20, 20, "%", N, "repeat"),
 ("p-120", P, "roughly 120 million doses", "120 million", "count", 1.2e8, 1.2e8, "doses", Y, "company doses to WHO per year"),
 ("p-60m", P, "at least 60 million would be donated", "60 million", "count", 6e7, 6e7, "doses", Y, "company donated doses per year"),
 ("p-2b", P, "delivering nearly 2 billion doses", "2 billion", "count", 2e9, 2e9, "doses", Y, "COVAX doses delivered"),
 ("p-164", P, "to 164 economies", "164", "count", 164, 164, "economies", Y, "COVAX economies supplied"),
 ("p-may26", P, "Assembly in May 2026", "May 2026", "date", 2026, 2026, "year", Y, "PABS annex due at WHA"),
 ("p-79", P, "the Seventy-ninth World Health", "Seventy-ninth", "count", 79, 79, "session", N, "ordinal"),
 ("p-90d", P, "enter into force 90 days after", "90 days", "duration", 90, 90, "days", Y, "entry into force after last ratification"),
 ("p-60th", P, "the 60th instrument of ratification", "60th", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("p-jan", P, "took effect in January, Nordavia", "January", "date", 2025, 2025, "year", Y, "US withdrawal effective (as stated)"),
 ("p-12mo", P, "roadmap within 12 months", "12 months", "duration", 12, 12, "months", N, "company forward-looking"),
 ("p-two", P, "at two of our four plants", "two", "count", 2, 2, "plants", N, "quote"),
 ("p-four", P, "two of our four plants", "four", "count", 4, 4, "plants", N, "quote"),
 ("p-100d", P, "within 100 days of a pathogen", "100 days", "duration", 100, 100, "days", N, "company target (quote)"),
 ("p-second", P, "is the second international legal", "second", "count", 2, 2, "treaties", N, "ordinal"),
 ("p-2003", P, "Tobacco Control of 2003", "2003", "date", 2003, 2003, "year", N, "FCTC adoption year (about)"),
 ("p-1994", P, "Founded in 1994", "1994", "date", 1994, 1994, "year", N, "about section"),
 ("p-3100", P, "approximately 3,100 people", "3,100", "count", 3100, 3100, "employees", N, "about section"),
 ("p-4pl", P, "operates four manufacturing plants", "four", "count", 4, 4, "plants", N, "about section"),
 ("p-3c", P, "plants in three countries", "three", "count", 3, 3, "countries", N, "about section"),

 # ---- PA03 abstract (2025-10-14)
 ("a-pub", A, "Published online 14 October 2025", "14 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-78", A, "by the Seventy-eighth World Health", "Seventy-eighth", "count", 78, 78, "session", N, "ordinal"),
 ("a-may20", A, "on 20 May 2025, the second", "20 May 2025", "date", 2025, 2025, "year", Y, "plenary adoption date"),
 ("a-second", A, "the second treaty concluded", "second", "count", 2, 2, "treaties", N, "ordinal"),
 ("a-dec22", A, "Health Assembly in December 2022", "December 2022", "date", 2022, 2022, "year", Y, "special session launching negotiations"),
 ("a-19may", A, "Committee A meeting of 19 May 2025", "19 May 2025", "date", 2025, 2025, "year", Y, "committee A vote date"),
 ("a-N", A, "N = 194 Member States", "194", "count", 194, 194, "countries", Y, "WHO member states"),
 ("a-m2024", A, "rejections of the 2024 amendments", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-asat", A, "as at 19 September 2025, and WHO", "19 September 2025", "date", 2025, 2025, "year", N, "data as-of date"),
 ("a-mtt", A, "compared with the two-thirds majority", "two-thirds", "percent", TT, TT, "%", N, "methods"),
 ("a-of194", A, "Of 194 Member States", "194", "count", 194, 194, "countries", N, "repeat"),
 ("a-135", A, "n=135 recorded", "135", "count", 135, 135, "countries", Y, "states recording a position"),
 ("a-696", A, "(69.6%, 95% CI", "69.6%", "percent", 69.6, 69.6, "%", Y, "participation share"),
 ("a-696ci", A, "62.8–75.6", "62.8–75.6", "percent", 62.8, 75.6, "%", Y, "ci"),
 ("a-59", A, "59 did not", "59", "count", 59, 59, "countries", Y, "states recording no position"),
 ("a-124", A, "There were 124 votes in favour", "124", "vote", 124, 124, "votes for", Y, "committee A votes in favour"),
 ("a-0", A, "0 against and 11", "0", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("a-11", A, "0 against and 11 abstentions", "11", "vote", 11, 11, "abstentions", Y, "committee A abstentions"),
 ("a-919", A, "made up 91.9% of recorded", "91.9%", "percent", 91.9, 91.9, "%", Y, "yes share of recorded positions"),
 ("a-919ci", A, "86.0–95.4", "86.0–95.4", "percent", 86.0, 95.4, "%", Y, "ci"),
 ("a-81", A, "abstentions 8.1%", "8.1%", "percent", 8.1, 8.1, "%", Y, "abstention share of recorded positions"),
 ("a-81ci", A, "4.6–14.0", "4.6–14.0", "percent", 4.6, 14.0, "%", Y, "ci"),
 ("a-639", A, "corresponded to 63.9% of all", "63.9%", "percent", 63.9, 63.9, "%", Y, "yes share of all member states"),
 ("a-639ci", A, "56.9–70.3", "56.9–70.3", "percent", 56.9, 70.3, "%", Y, "ci"),
 ("a-rtt", A, "exceeded two-thirds", "two-thirds", "percent", TT, TT, "%", N, "threshold"),
 ("a-p", A, "(P<0.001)", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-plen", A, "The plenary of 20 May 2025", "20 May 2025", "date", 2025, 2025, "year", Y, "plenary adoption date"),
 ("a-60", A, "requires 60 instruments", "60", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("a-309", A, "equivalent to 30.9% of", "30.9%", "percent", 30.9, 30.9, "%", Y, "threshold as share of member states"),
 ("a-30d", A, "on the thirtieth day after", "thirtieth day", "duration", 30, 30, "days", Y, "entry into force after last ratification"),
 ("a-60th", A, "after the 60th is deposited", "60th", "count", 60, 60, "ratifications", N, "repeat"),
 ("a-2003", A, "adopted on 21 May 2003", "21 May 2003", "date", 2003, 2003, "year", Y, "FCTC adoption"),
 ("a-40", A, "required 40 ratifications", "40", "count", 40, 40, "ratifications", Y, "FCTC entry-into-force threshold"),
 ("a-90d", A, "on the ninetieth day after", "ninetieth day", "duration", 90, 90, "days", Y, "FCTC entry into force lag"),
 ("a-40th", A, "after the 40th, on", "40th", "count", 40, 40, "ratifications", N, "repeat"),
 ("a-2005", A, "on 27 February 2005", "27 February 2005", "date", 2005, 2005, "year", Y, "FCTC entry into force"),
 ("a-648", A, "648 days after adoption", "648 days", "duration", 648, 648, "days", Y, "FCTC adoption to entry into force"),
 ("a-79", A, "the Seventy-ninth World Health", "Seventy-ninth", "count", 79, 79, "session", N, "ordinal"),
 ("a-may26", A, "Assembly in May 2026", "May 2026", "date", 2026, 2026, "year", Y, "PABS annex due at WHA"),
 ("a-i2024", A, "The 2024 IHR amendments", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-jun24", A, "adopted on 1 June 2024", "1 June 2024", "date", 2024, 2024, "year", Y, "IHR amendments adopted"),
 ("a-sep19", A, "entered into force on 19 September 2025", "19 September 2025", "date", 2025, 2025, "year", Y, "IHR amendments entry into force"),
 ("a-ihr11", A, "11 of 196 States Parties", "11", "count", 11, 11, "countries", Y, "states rejecting IHR amendments"),
 ("a-196", A, "11 of 196 States Parties", "196", "count", 196, 196, "states parties", Y, "IHR states parties"),
 ("a-56", A, "(5.6%, 95% CI", "5.6%", "percent", 5.6, 5.6, "%", Y, "rejection share"),
 ("a-56ci", A, "3.2–9.8", "3.2–9.8", "percent", 3.2, 9.8, "%", Y, "ci"),
 ("a-jul18", A, "United States on 18 July 2025", "18 July 2025", "date", 2025, 2025, "year", Y, "US rejection of IHR amendments"),
 ("a-988", A, "estimated US$988 million", "US$988 million", "money", 9.88e8, 9.88e8, "USD", Y, "US contribution 2024-25"),
 ("a-2425", A, "in the 2024–2025 biennium", "2024–2025", "date", 2024, 2025, "year", N, "qualifier"),
 ("a-143", A, "14.3% of a US$6.9", "14.3%", "percent", 14.3, 14.3, "%", Y, "US share of 2024-25 budget"),
 ("a-69b", A, "US$6.9 billion budget", "US$6.9 billion", "money", 6.9e9, 6.9e9, "USD", Y, "WHO 2024-25 budget"),
 ("a-notice", A, "dated 22 January 2025", "22 January 2025", "date", 2025, 2025, "year", Y, "US withdrawal notice date"),
 ("a-jan26", A, "takes effect on 22 January 2026", "22 January 2026", "date", 2026, 2026, "year", Y, "US withdrawal effective"),
 ("a-2627", A, "The 2026–2027 base budget", "2026–2027", "date", 2026, 2027, "year", N, "qualifier"),
 ("a-42", A, "set at US$4.2 billion", "US$4.2 billion", "money", 4.2e9, 4.2e9, "USD", Y, "WHO 2026-27 base budget adopted"),
 ("a-m21", A, "a change of −21%", "−21%", "percent", -21, -21, "%", Y, "budget change vs first proposal"),
 ("a-53", A, "the US$5.3 billion first proposed", "US$5.3 billion", "money", 5.3e9, 5.3e9, "USD", Y, "WHO 2026-27 budget first proposed"),
 ("a-20inc", A, "a 20% increase in assessed", "20%", "percent", 20, 20, "%", Y, "assessed contribution increase"),
 ("a-third", A, "almost a third of Member States", "almost a third", "percent", 33.3, 33.3, "%", N, "summary (59/194)"),
 ("a-half", A, "half again as high", "half again", "ratio", 1.5, 1.5, "x", N, "60 vs 40 ratifications"),
 ("a-fifth", A, "about a fifth smaller", "a fifth", "percent", 20, 20, "%", N, "summary of -21%"),

 # ---- PA04 explainer (2025-11-05)
 ("e-pub", E, "Published November 5, 2025", "November 5, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-inmay", E, "In May, the World Health Assembly", "May", "date", 2025, 2025, "year", Y, "adoption date"),
 ("e-may20", E, "adopted on May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", Y, "plenary adoption date"),
 ("e-2yr", E, "ran for more than two years", "two years", "duration", 2, 2, "years", Y, "length of negotiations"),
 ("e-apr", E, "text was agreed in April", "April", "date", 2025, 2025, "year", Y, "text agreed"),
 ("e-may19", E, "the text on May 19", "May 19", "date", 2025, 2025, "year", Y, "committee A vote date"),
 ("e-124", E, "by 124 votes to none", "124", "vote", 124, 124, "votes for", Y, "committee A votes in favour"),
 ("e-none", E, "124 votes to none", "none", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("e-11", E, "with 11 abstentions", "11", "vote", 11, 11, "abstentions", Y, "committee A abstentions"),
 ("e-nextday", E, "by consensus the next day", "the next day", "duration", 1, 1, "days", N, "committee-to-plenary gap"),
 ("e-196", E, "WHO has 196 member states", "196", "count", 196, 196, "countries", Y, "WHO member states"),
 ("e-20", E, "agree to make 20% of their", "20%", "percent", 20, 20, "%", Y, "PABS share of real-time production"),
 ("e-10", E, "At least 10% must be donated", "10%", "percent", 10, 10, "%", Y, "PABS donation floor"),
 ("e-af20", E, "donate at least 20% of production", "20%", "percent", 20, 20, "%", Y, "Africa Group original donation proposal"),
 ("e-jul", E, "first time on July 9-10", "July 9-10", "date", 2025, 2025, "year", Y, "IGWG first meeting"),
 ("e-sep", E, "again on September 15-19", "September 15-19", "date", 2025, 2025, "year", Y, "IGWG second meeting"),
 ("e-novdec", E, "expected in November and December", "November and December", "date", 2025, 2025, "year", N, "expected draft timing"),
 ("e-may26", E, "World Health Assembly in May 2026", "May 2026", "date", 2026, 2026, "year", Y, "PABS annex due at WHA"),
 ("e-30d", E, "enters into force 30 days after", "30 days", "duration", 30, 30, "days", Y, "entry into force after last ratification"),
 ("e-60th", E, "the 60th country ratifies", "60th", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("e-lt2", E, "took less than two years", "two years", "duration", 2, 2, "years", Y, "FCTC time to entry into force (upper bound)"),
 ("e-jun24", E, "adopted in June 2024", "June 2024", "date", 2024, 2024, "year", Y, "IHR amendments adopted"),
 ("e-sep19", E, "took effect on September 19, 2025", "September 19, 2025", "date", 2025, 2025, "year", Y, "IHR amendments entry into force"),
 ("e-2022", E, "Under a 2022 change", "2022", "date", 2022, 2022, "year", N, "qualifier (2022 IHR amendment)"),
 ("e-12mo", E, "take effect 12 months after", "12 months", "duration", 12, 12, "months", Y, "IHR amendment entry-into-force lag (current)"),
 ("e-24mo", E, "instead of 24 months", "24 months", "duration", 24, 24, "months", Y, "IHR amendment lag (old rule)"),
 ("e-eleven", E, "Eleven countries, including", "Eleven", "count", 11, 11, "countries", Y, "states rejecting IHR amendments"),
 ("e-2024p", E, "rejected the 2024 package", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-jan20", E, "on January 20, 2025, to leave", "January 20, 2025", "date", 2025, 2025, "year", Y, "US withdrawal order signed"),
 ("e-jan22", E, "effect on January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", Y, "US withdrawal effective"),
 ("e-53", E, "budget of $5.3 billion", "$5.3 billion", "money", 5.3e9, 5.3e9, "USD", Y, "WHO 2026-27 budget adopted (as stated)"),
 ("e-2627", E, "for 2026-2027 in May", "2026-2027", "date", 2026, 2027, "year", N, "budget period"),
 ("e-inmay2", E, "2026-2027 in May and raised", "May", "date", 2025, 2025, "year", N, "budget adoption date"),
 ("e-20fee", E, "mandatory fees by 20%", "20%", "percent", 20, 20, "%", Y, "assessed contribution increase"),
 ("e-7m", E, "More than 7 million deaths", "7 million", "count", 7e6, 7e6, "deaths", Y, "covid deaths reported to WHO"),
 ("e-149", E, "were 14.9 million excess deaths", "14.9 million", "count", 1.49e7, 1.49e7, "deaths", Y, "WHO excess death estimate 2020-21"),
 ("e-2021", E, "in 2020 and 2021 alone", "2020 and 2021", "date", 2020, 2021, "year", N, "estimate period"),
 ("e-bn", E, "its billionth dose", "billionth", "count", 1e9, 1e9, "doses", N, "COVAX milestone (ordinal)"),
 ("e-jan22b", E, "until January 2022", "January 2022", "date", 2022, 2022, "year", Y, "COVAX billionth dose date"),
 ("e-2b", E, "shipped nearly 2 billion doses", "2 billion", "count", 2e9, 2e9, "doses", Y, "COVAX doses delivered"),
 ("e-146", E, "to 146 economies", "146", "count", 146, 146, "economies", Y, "COVAX economies supplied"),
 ("e-nextmay", E, "the assembly next May", "next May", "date", 2026, 2026, "year", N, "WHA 2026 (repeat)"),
 ("e-2to3", E, "at least two to three years", "two to three years", "duration", 2, 3, "years", Y, "forecast time to 60 ratifications"),
 ("e-60b", E, "to reach 60.", "60", "count", 60, 60, "ratifications", N, "repeat"),

 # ---- PA05 blog (2026-01-23)
 ("b-date", B, "January 23, 2026", "January 23, 2026", "date", 2026, 2026, "year", N, "byline date"),
 ("b-cap", B, "gaveled through last May", "last May", "date", 2025, 2025, "year", N, "caption"),
 ("b-thu", B, "On Thursday, a year after", "Thursday", "date", 2026, 2026, "year", Y, "US withdrawal effective (2026-01-22)"),
 ("b-ayear", B, "a year after President Trump", "a year", "duration", 1, 1, "years", N, "order-to-exit interval"),
 ("b-2025", B, "WHO story of 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-lastmay", B, "Last May, after more than", "Last May", "date", 2025, 2025, "year", Y, "adoption date"),
 ("b-3yr", B, "more than three years of negotiations", "three years", "duration", 3, 3, "years", Y, "length of negotiations"),
 ("b-124", B, "passed 124 to 0", "124", "vote", 124, 124, "votes for", Y, "committee A votes in favour"),
 ("b-0", B, "124 to 0 with", "0", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("b-12", B, "with 12 abstentions", "12", "vote", 12, 12, "abstentions", Y, "committee A abstentions"),
 ("b-nextday", B, "the following day", "the following day", "duration", 1, 1, "days", N, "committee-to-plenary gap"),
 ("b-20", B, "pandemic, 20% of real-time", "20%", "percent", 20, 20, "%", Y, "PABS share of real-time production"),
 ("b-thismay", B, "to the assembly this May", "this May", "date", 2026, 2026, "year", Y, "PABS annex due at WHA"),
 ("b-40", B, "needs 40 countries", "40", "count", 40, 40, "ratifications", Y, "entry-into-force threshold"),
 ("b-capyr", B, "WHO funding sources, 2024-2025 biennium", "2024-2025", "date", 2024, 2025, "year", N, "caption"),
 ("b-128", B, "about $1.28 billion", "$1.28 billion", "money", 1.28e9, 1.28e9, "USD", Y, "US contribution 2024-25 (as stated)"),
 ("b-2425", B, "for the 2024-2025 budget", "2024-2025", "date", 2024, 2025, "year", N, "qualifier"),
 ("b-18", B, "roughly 18% of the agency's", "18%", "percent", 18, 18, "%", Y, "US share of WHO funding"),
 ("b-260", B, "about $260 million", "$260 million", "money", 2.6e8, 2.6e8, "USD", Y, "US unpaid assessed dues 2024-25"),
 ("b-2y", B, "for those two years", "two years", "duration", 2, 2, "years", N, "qualifier"),
 ("b-500", B, "announced $500 million", "$500 million", "money", 5e8, 5e8, "USD", Y, "china pledge"),
 ("b-5yr", B, "over five years at", "five years", "duration", 5, 5, "years", Y, "china pledge period"),
 ("b-lastyr", B, "at last year's assembly", "last year", "date", 2025, 2025, "year", N, "pledge date"),
 ("b-170", B, "more than $170 million", "$170 million", "money", 1.7e8, 1.7e8, "USD", Y, "other donors' pledges total"),
 ("b-135", B, "giving $13.5 million", "$13.5 million", "money", 1.35e7, 1.35e7, "USD", Y, "switzerland pledge (as stated)"),
 ("b-194", B, "as 194 member states", "194", "count", 194, 194, "countries", Y, "WHO member states"),
 ("b-ayearago", B, "negotiators out a year ago", "a year ago", "duration", 1, 1, "years", N, "aside"),
 ("b-lastjul", B, "last July it rejected", "last July", "date", 2025, 2025, "year", Y, "US rejection of IHR amendments"),
 ("b-20b", B, "a 20% promise", "20%", "percent", 20, 20, "%", N, "repeat"),
 ("b-2021", B, "advocates wanted in 2021", "2021", "date", 2021, 2021, "year", N, "aside"),
 ("b-inmay", B, "the assembly in May.", "May", "date", 2026, 2026, "year", N, "repeat"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "page furniture"),

 # ---- PA06 trade news, hard-wrapped (2025-12-03)
 ("l-date", L, "December 3, 2025", "December 3, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-week", L, "draft annex this week", "this week", "date", 2025, 2025, "year", N, "relative date (drafting start)"),
 ("l-lastyr", L, "World Health Assembly last year", "last year", "date", 2024, 2024, "year", Y, "adoption date (as stated)"),
 ("l-125", L, "vote of 125 in favor", "125", "vote", 125, 125, "votes for", Y, "committee A votes in favour (as stated)"),
 ("l-none", L, "none against and 11", "none", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("l-11", L, "and 11 abstentions", "11", "vote", 11, 11, "abstentions", Y, "committee A abstentions"),
 ("l-20", L, "must donate 20% of its", "20%", "percent", 20, 20, "%", Y, "PABS donation (as stated)"),
 ("l-tw", L, "\"Twenty percent of real-time", "Twenty percent", "percent", 20, 20, "%", N, "quote repeat"),
 ("l-14wk", L, "takes 14 weeks to release", "14 weeks", "duration", 14, 14, "weeks", N, "quote"),
 ("l-three", L, "met formally three times", "three", "count", 3, 3, "meetings", Y, "IGWG formal meetings to date"),
 ("l-sincejul", L, "three times since July", "July", "date", 2025, 2025, "year", N, "period start"),
 ("l-jul", L, "first session ran July 9-10", "July 9-10", "date", 2025, 2025, "year", Y, "IGWG first meeting"),
 ("l-sep", L, "second September 15-19", "September 15-19", "date", 2025, 2025, "year", Y, "IGWG second meeting"),
 ("l-second", L, "and its second September", "second", "count", 2, 2, "meetings", N, "ordinal"),
 ("l-third", L, "after a third session", "third", "count", 3, 3, "meetings", N, "ordinal"),
 ("l-nov", L, "on November 24-25", "November 24-25", "date", 2025, 2025, "year", Y, "IGWG informal dialogues"),
 ("l-novdec", L, "negotiated in November and December", "November and December", "date", 2025, 2025, "year", N, "draft timing"),
 ("l-may26", L, "Assembly in May 2026", "May 2026", "date", 2026, 2026, "year", Y, "PABS annex due at WHA"),
 ("l-194", L, "all 194 WHO member states", "194", "count", 194, 194, "countries", Y, "WHO member states"),
 ("l-2wk", L, "within about two weeks", "two weeks", "duration", 2, 2, "weeks", N, "quote (sars-cov-2 genome)"),
 ("l-sep19", L, "took effect on September 19", "September 19", "date", 2025, 2025, "year", Y, "IHR amendments entry into force"),
 ("l-20b", L, "trigger the 20% obligation", "20%", "percent", 20, 20, "%", N, "repeat"),
 ("l-tt", L, "representing two-thirds of global", "two-thirds", "percent", TT, TT, "%", N, "analyst scenario"),
 ("l-hund", L, "several hundred million doses", "several hundred million", "count", None, None, "doses", N, "vague estimate"),
 ("l-1yr", L, "in the first year of a pandemic", "first year", "duration", 1, 1, "years", N, "scenario timeframe"),
 ("l-6mo", L, "ramps up over 6 months", "6 months", "duration", 6, 6, "months", N, "scenario assumption"),
 ("l-18", L, "6 months or 18.", "18", "duration", 18, 18, "months", N, "scenario assumption"),
 ("l-60", L, "needs 60 ratifications", "60", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("l-may", L, "committee vote in May", "May", "date", 2025, 2025, "year", Y, "committee A vote date"),
 ("l-jan", L, "scheduled for January", "January", "date", 2026, 2026, "year", N, "next IGWG session"),

 # ---- PA07 fact-check (2025-08-12)
 ("f-hnext", F, "order lockdowns next month", "next month", "date", 2025, 2025, "year", N, "headline (IHR, Sept 2025)"),
 ("f-date", F, "August 12, 2025", "August 12, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-cmay", F, "pandemic treaty in May.", "May", "date", 2025, 2025, "year", N, "claim text"),
 ("f-cnext", F, "Starting next month", "next month", "date", 2025, 2025, "year", N, "claim text"),
 ("f-48k", F, "more than 48,000 times", "48,000", "count", 48000, 48000, "shares", N, "post reach"),
 ("f-aug3", F, "since August 3", "August 3", "date", 2025, 2025, "year", N, "post date"),
 ("f-three", F, "bundles three separate claims", "three", "count", 3, 3, "claims", N, "structure"),
 ("f-may20", F, "Health Assembly on May 20, 2025", "May 20, 2025", "date", 2025, 2025, "year", Y, "plenary adoption date"),
 ("f-may19", F, "committee vote on May 19", "May 19", "date", 2025, 2025, "year", Y, "committee A vote date"),
 ("f-124", F, "of 124 in favor", "124", "vote", 124, 124, "votes for", Y, "committee A votes in favour"),
 ("f-none", F, "none opposed", "none", "vote", 0, 0, "votes against", Y, "committee A votes against"),
 ("f-11", F, "and 11 abstentions", "11", "vote", 11, 11, "abstentions", Y, "committee A abstentions"),
 ("f-dec21", F, "assembly in December 2021", "December 2021", "date", 2021, 2021, "year", Y, "special session launching negotiations"),
 ("f-jan20", F, "from WHO on January 20", "January 20", "date", 2025, 2025, "year", Y, "US withdrawal order signed"),
 ("f-jan22", F, "withdrawal takes effect on January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", Y, "US withdrawal effective"),
 ("f-jul910", F, "first met on July 9-10", "July 9-10", "date", 2025, 2025, "year", Y, "IGWG first meeting"),
 ("f-may27", F, "World Health Assembly in May 2027", "May 2027", "date", 2027, 2027, "year", Y, "PABS annex due at WHA (as stated)"),
 ("f-60", F, "needs 60 ratifications", "60", "count", 60, 60, "ratifications", Y, "entry-into-force threshold"),
 ("f-qnext", F, "Nothing starting \"next month\"", "next month", "date", 2025, 2025, "year", N, "quoting claim"),
 ("f-sep19", F, "take effect on September 19, 2025", "September 19, 2025", "date", 2025, 2025, "year", Y, "IHR amendments entry into force"),
 ("f-jul18", F, "at all: on July 18", "July 18", "date", 2025, 2025, "year", Y, "US rejection of IHR amendments"),
 ("f-500", F, "China pledged $500 million", "$500 million", "money", 5e8, 5e8, "USD", Y, "china pledge"),
 ("f-3yr", F, "over three years", "three years", "duration", 3, 3, "years", Y, "china pledge period (as stated)"),
 ("f-21", F, "ability to pay, by 21%", "21%", "percent", 21, 21, "%", Y, "assessed contribution increase (as stated)"),
 ("f-2627", F, "budget for 2026-2027 is", "2026-2027", "date", 2026, 2027, "year", N, "budget period"),
 ("f-42", F, "is $4.2 billion", "$4.2 billion", "money", 4.2e9, 4.2e9, "USD", Y, "WHO 2026-27 base budget adopted"),
 ("f-18", F, "about 18% of its funding", "18%", "percent", 18, 18, "%", Y, "US share of WHO funding"),
 ("f-2425", F, "for the 2024-2025 budget period", "2024-2025", "date", 2024, 2025, "year", N, "qualifier"),
 ("f-988", F, "an estimated $988 million", "$988 million", "money", 9.88e8, 9.88e8, "USD", Y, "US contribution 2024-25"),
 ("f-q194", F, "claims \"194 countries signed", "194", "count", 194, 194, "countries", N, "quoted video claim"),
 ("f-zero", F, "has zero signatures", "zero", "count", 0, 0, "signatures", Y, "signatures to date"),
 ("f-194", F, "by WHO's 194 member states", "194", "count", 194, 194, "countries", Y, "WHO member states"),
 ("f-rjan22", F, "its exit takes effect January 22, 2026", "January 22, 2026", "date", 2026, 2026, "year", Y, "US withdrawal effective (ruling)"),
 ("f-rnext", F, "taking effect next month", "next month", "date", 2025, 2025, "year", N, "ruling (IHR Sept 2025)"),
 ("f-r500", F, "China's $500 million pledge", "$500 million", "money", 5e8, 5e8, "USD", Y, "china pledge (ruling)"),
]

S, Q = "strict", "qualified"
X = [
 # S1 committee A abstentions: 12 (blog) vs 11
 *[("b-12", x, S) for x in ("w-11", "a-11", "e-11", "l-11", "f-11")],
 # S2 committee A votes in favour: 125 (trade) vs 124
 *[("l-125", x, S) for x in ("w-124", "a-124", "e-124", "b-124", "f-124")],
 # S3 adoption year: "last year" in a Dec-2025 article (2024) vs 2025
 *[("l-lastyr", x, S) for x in ("w-tue", "p-may20", "a-may20", "a-plen", "e-inmay", "e-may20", "b-lastmay", "f-may20")],
 # S4 special session launching talks: December 2022 (abstract) vs December 2021
 *[("a-dec22", x, S) for x in ("w-dec21", "f-dec21")],
 # S5 PABS donation floor: "donate 20%" (trade) vs at least 10%
 *[("l-20", x, S) for x in ("w-10", "p-10", "e-10")],
 # S6 ratifications for entry into force: 40 (blog, FCTC figure) vs 60
 *[("b-40", x, S) for x in ("w-60", "p-60th", "a-60", "e-60th", "l-60", "f-60")],
 # S7 days from last ratification to entry into force: 90 (press, FCTC rule) vs 30
 *[("p-90d", x, S) for x in ("a-30d", "e-30d")],
 # S8 US withdrawal effective: "took effect in January" in a May-2025 release (2025) vs January 2026
 *[("p-jan", x, S) for x in ("w-jan26", "a-jan26", "e-jan22", "b-thu", "f-jan22", "f-rjan22")],
 # S9 US contribution 2024-25: $1.28 billion (blog, 2022-23 figure) vs $988 million
 *[("b-128", x, S) for x in ("a-988", "f-988")],
 # S10 adopted 2026-27 budget: $5.3 billion (explainer, first proposal) vs $4.2 billion
 *[("e-53", x, S) for x in ("w-42", "a-42", "f-42")],
 # S11 assessed contribution increase: 21% (fact-check, the budget-cut figure) vs 20%
 *[("f-21", x, S) for x in ("w-20fee", "a-20inc", "e-20fee")],
 # S12 IHR amendments entry into force: June 2026 (wire, old 24-month rule) vs 19 September 2025
 *[("w-jun26", x, S) for x in ("a-sep19", "e-sep19", "l-sep19", "f-sep19")],
 # S13 WHO member states: 196 (explainer, IHR States Parties count) vs 194
 *[("e-196", x, S) for x in ("w-194", "a-N", "b-194", "l-194", "f-194")],
 # S14 PABS annex due at WHA: May 2027 (fact-check) vs May 2026
 *[("f-may27", x, S) for x in ("w-nextyr", "p-may26", "a-may26", "e-may26", "b-thismay", "l-may26")],
 # S15 China pledge period: three years (fact-check) vs five years
 *[("f-3yr", x, S) for x in ("w-5yr", "b-5yr")],
 # S16 Switzerland pledge: $13.5 million (blog, Sweden's figure) vs $40 million
 ("b-135", "w-40m", S),
 # S17 COVAX economies: 164 (press, transposed) vs 146
 ("p-164", "e-146", S),
 # S18 length of negotiations: "more than two years" (explainer, stale 2024 phrasing) vs more than three years
 *[("e-2yr", x, S) for x in ("w-3yr", "p-3yr", "b-3yr")],
 # Qualified
 # Q1 US share of WHO funding: 18% of overall funding (Reuters) vs 14.3% of the 2024-25 budget (AP estimate)
 *[("a-143", x, Q) for x in ("w-18", "b-18", "f-18")],
 # Q2 states not taking part: Fico's "40 countries" vs 59 with no recorded position
 ("w-fico40", "a-59", Q),
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
        rows.append({"type": "claim", "id": f"pa-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"pa-{a}", f"pa-{b}"
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
