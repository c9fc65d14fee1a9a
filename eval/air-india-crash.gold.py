#!/usr/bin/env python3
"""Build air-india-crash.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "air-india-crash")
OUT = os.path.join(HERE, "air-india-crash.gold.jsonl")
T = "ax"

W, P, A, E, B, L, F = ("AX01_wire.txt", "AX02_press.txt", "AX03_abstract.txt",
                       "AX04_explainer.txt", "AX05_blog.txt", "AX06_local.txt", "AX07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- AX01 wire (2025-07-12, Saturday)
 ("w-dl", W, "NEW DELHI, July 12", "July 12", "date", 2025, 2025, "year", N, "dateline"),
 ("w-asec", W, "within a second of each other", "a second", "duration", 1, 1, "s", Y, "gap between the two switch movements"),
 ("w-lastmo", W, "in Ahmedabad last month", "last month", "date", 2025, 2025, "year", N, "crash month (qualifier)"),
 ("w-sat", W, "released early on Saturday", "Saturday", "date", 2025, 2025, "year", Y, "preliminary report release date"),
 ("w-15pg", W, "The 15-page report", "15-page", "count", 15, 15, "pages", Y, "preliminary report length"),
 ("w-jun12", W, "of the June 12 disaster", "June 12", "date", 2025, 2025, "year", Y, "crash date"),
 ("w-260", W, "which killed 260 people", "260", "count", 260, 260, "deaths", Y, "total death toll (final)"),
 ("w-241", W, "241 of the 242 people on board", "241", "count", 241, 241, "deaths", Y, "deaths among occupants"),
 ("w-242", W, "of the 242 people on board", "242", "count", 242, 242, "people", Y, "people aboard"),
 ("w-19", W, "and 19 people on the ground", "19", "count", 19, 19, "deaths", Y, "ground deaths"),
 ("w-t0839", W, "lifted off at 08:08:39 UTC", "08:08:39 UTC", "time", 8.1442, 8.1442, "h", N, "liftoff clock time"),
 ("w-180", W, "airspeed of 180 knots", "180 knots", "speed", 180, 180, "kt", Y, "maximum recorded airspeed"),
 ("w-3s", W, "180 knots three seconds later", "three seconds", "duration", 3, 3, "s", Y, "liftoff to fuel cutoff"),
 ("w-01s", W, "a time gap of 01 sec", "01 sec", "duration", 1, 1, "s", Y, "gap between switch movements (quote)"),
 ("w-10s", W, "about 10 seconds after the cutoff", "10 seconds", "duration", 10, 10, "s", Y, "cutoff to engine 1 switch back to RUN"),
 ("w-4s", W, "four seconds after that", "four seconds", "duration", 4, 4, "s", Y, "engine 1 RUN to engine 2 RUN"),
 ("w-t0905", W, "at 08:09:05 UTC", "08:09:05 UTC", "time", 8.1514, 8.1514, "h", N, "mayday clock time"),
 ("w-t0911", W, "stopped at 08:09:11 UTC", "08:09:11 UTC", "time", 8.1531, 8.1531, "h", N, "recorders stop clock time"),
 ("w-32s", W, "32 seconds after liftoff", "32 seconds", "duration", 32, 32, "s", Y, "liftoff to end of recording (time airborne)"),
 ("w-09nm", W, "about 0.9 nautical miles", "0.9 nautical miles", "distance", 0.9, 0.9, "NM", Y, "crash site distance from runway end"),
 ("w-5bld", W, "and five buildings suffered", "five", "count", 5, 5, "buildings", Y, "buildings damaged"),
 ("w-fo32", W, "Clive Kunder, 32, was flying", "32", "age", 32, 32, "years", Y, "first officer age"),
 ("w-cap56", W, "Sumeet Sabharwal, 56, was", "56", "age", 56, 56, "years", Y, "captain age"),
 ("w-15638", W, "The captain had 15,638 hours", "15,638 hours", "duration", 15638, 15638, "hours", Y, "captain total flying hours"),
 ("w-8596", W, "8,596 of them on the 787", "8,596", "duration", 8596, 8596, "hours", Y, "captain hours on 787"),
 ("w-3403", W, "the first officer had 3,403 hours", "3,403 hours", "duration", 3403, 3403, "hours", Y, "first officer total hours"),
 ("w-1128", W, "including 1,128 on the type", "1,128", "duration", 1128, 1128, "hours", Y, "first officer hours on 787"),
 ("w-230", W, "carrying 230 passengers and 12 crew", "230", "count", 230, 230, "passengers", Y, "passengers aboard"),
 ("w-12crew", W, "230 passengers and 12 crew", "12", "count", 12, 12, "crew", Y, "crew aboard"),
 ("w-fuel", W, "along with 54,200 kg of fuel", "54,200 kg", "mass", 54200, 54200, "kg", Y, "fuel on board"),
 ("w-tow", W, "takeoff weight of 213,401 kg", "213,401 kg", "mass", 213401, 213401, "kg", Y, "takeoff weight"),
 ("w-mtow", W, "maximum of 218,183 kg", "218,183 kg", "mass", 218183, 218183, "kg", Y, "permitted maximum takeoff weight"),
 ("w-2018", W, "Bulletin in December 2018", "December 2018", "date", 2018, 2018, "year", Y, "faa saib date"),
 ("w-2019", W, "in 2019 and 2023, for reasons", "2019", "date", 2019, 2019, "year", Y, "tcm replacement (first)"),
 ("w-2023", W, "in 2019 and 2023, for reasons", "2023", "date", 2023, 2023, "year", Y, "tcm replacement (most recent)"),
 ("w-age40", W, "Vishwash Kumar Ramesh, 40, a British", "40", "age", 40, 40, "years", Y, "survivor age"),
 ("w-169", W, "included 169 Indian nationals", "169", "count", 169, 169, "passengers", Y, "indian passengers"),
 ("w-53", W, "53 Britons", "53", "count", 53, 53, "passengers", Y, "british passengers aboard"),
 ("w-7pt", W, "seven Portuguese and one Canadian", "seven", "count", 7, 7, "passengers", Y, "portuguese passengers"),
 ("w-1ca", W, "Portuguese and one Canadian", "one", "count", 1, 1, "passengers", Y, "canadian passengers"),
 ("w-2011", W, "entered service in 2011", "2011", "date", 2011, 2011, "year", Y, "787 entry into service"),
 ("w-1996", W, "disaster since 1996", "1996", "date", 1996, 1996, "year", Y, "previous deadlier indian disaster"),
 ("w-lastmo2", W, "Last month the airline cut", "Last month", "date", 2025, 2025, "year", N, "flight-cut month"),
 ("w-5pct", W, "by about 5% until", "5%", "percent", 5, 5, "%", Y, "international wide-body flight cut"),
 ("w-midjul", W, "until at least mid-July", "mid-July", "date", 2025, 2025, "year", N, "cut end (vague)"),
 ("w-1yr", W, "final report within a year", "a year", "duration", 1, 1, "years", Y, "final report target"),

 # ---- AX02 press (2025-07-26)
 ("p-s147", P, "families of 147 passengers and of all", "147", "count", 147, 147, "families", N, "subtitle repeat"),
 ("p-s19", P, "of all 19 ground victims", "19", "count", 19, 19, "families", N, "subtitle repeat"),
 ("p-dl", P, "July 26, 2025", "July 26, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-jun12", P, "flight AI171 on 12 June 2025", "12 June 2025", "date", 2025, 2025, "year", Y, "crash date"),
 ("p-25l", P, "interim compensation of ₹25 lakh", "₹25 lakh", "money", 2500000, 2500000, "INR", Y, "interim compensation per victim"),
 ("p-147", P, "families of 147 of the 229", "147", "count", 147, 147, "families", Y, "passenger families paid interim by july 26"),
 ("p-229", P, "147 of the 229 deceased", "229", "count", 229, 229, "deaths", Y, "deceased passengers"),
 ("p-19", P, "of the 19 people who lost their lives", "19", "count", 19, 19, "deaths", Y, "ground deaths (families paid)"),
 ("p-52", P, "for a further 52 families", "52", "count", 52, 52, "families", Y, "additional families verified by july 26"),
 ("p-1mo", P, "began more than a month ago", "a month", "duration", 1, 1, "months", N, "aside"),
 ("p-500cr", P, "corpus of ₹500 crore", "₹500 crore", "money", 5000000000, 5000000000, "INR", Y, "trust corpus"),
 ("p-1cr", P, "ex-gratia payment of ₹1 crore", "₹1 crore", "money", 10000000, 10000000, "INR", Y, "ex-gratia per deceased"),
 ("p-260", P, "for each of the 260 people", "260", "count", 260, 260, "deaths", Y, "total death toll"),
 ("p-jul12", P, "voluntarily on 12 July", "12 July", "date", 2025, 2025, "year", Y, "air india fcs inspections start"),
 ("p-2days", P, "two days before the Directorate", "two days", "duration", 2, 2, "days", N, "derived interval"),
 ("p-jul21", P, "complete them by 21 July", "21 July", "date", 2025, 2025, "year", Y, "dgca fcs inspection deadline"),
 ("p-2019", P, "Bulletin of December 2019", "December 2019", "date", 2019, 2019, "year", Y, "faa saib date"),
 ("p-33", P, "fleet of 33 Boeing", "33", "count", 33, 33, "aircraft", Y, "787s under dgca enhanced checks"),
 ("p-jun14", P, "directed by the DGCA on 14 June", "14 June", "date", 2025, 2025, "year", Y, "dgca enhanced-check order date"),
 ("p-jun17", P, "By 17 June, 26", "17 June", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-26", P, "By 17 June, 26 of those", "26", "count", 26, 26, "aircraft", Y, "787s cleared by june 17"),
 ("p-15", P, "aircraft by 15% from 20 June", "15%", "percent", 15, 15, "%", Y, "international wide-body flight cut"),
 ("p-jun20", P, "by 15% from 20 June", "20 June", "date", 2025, 2025, "year", Y, "wide-body cut start"),
 ("p-5", P, "trimmed less than 5% of its", "5%", "percent", 5, 5, "%", Y, "narrow-body network cut (upper bound)"),
 ("p-jul15", P, "until at least 15 July", "15 July", "date", 2025, 2025, "year", Y, "cuts end date"),
 ("p-1932", P, "Founded in 1932", "1932", "date", 1932, 1932, "year", N, "about section"),
 ("p-2022", P, "in January 2022 after", "January 2022", "date", 2022, 2022, "year", N, "about section"),
 ("p-69", P, "after 69 years of government", "69 years", "duration", 69, 69, "years", N, "about section"),
 ("p-190", P, "fleet of about 190 aircraft", "190", "count", 190, 190, "aircraft", N, "about section"),
 ("p-1000", P, "more than 1,000 flights a day", "1,000", "count", 1000, 1000, "flights/day", N, "about section"),
 ("p-5cont", P, "on five continents", "five", "count", 5, 5, "continents", N, "about section"),
 ("p-24h", P, "Helpline (24 hours)", "24 hours", "duration", 24, 24, "hours", N, "page furniture"),

 # ---- AX03 abstract (2025-09-22)
 ("a-pub", A, "Published online 22 September 2025", "22 September 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-tjun", A, "Ahmedabad, June 2025: a descriptive", "June 2025", "date", 2025, 2025, "year", N, "title period"),
 ("a-jun12", A, "On 12 June 2025 a Boeing", "12 June 2025", "date", 2025, 2025, "year", Y, "crash date"),
 ("a-4s", A, "cut about 4 s after liftoff", "4 s", "duration", 4, 4, "s", Y, "liftoff to fuel cutoff"),
 ("a-32s", A, "complex 32 s after liftoff", "32 s", "duration", 32, 32, "s", Y, "liftoff to impact (time airborne)"),
 ("a-242", A, "Of the 242 occupants", "242", "count", 242, 242, "people", Y, "people aboard"),
 ("a-230", A, "(230 passengers and 12 crew)", "230", "count", 230, 230, "passengers", Y, "passengers aboard"),
 ("a-12crew", A, "230 passengers and 12 crew)", "12", "count", 12, 12, "crew", Y, "crew aboard"),
 ("a-241", A, "12 crew), 241 died", "241", "count", 241, 241, "deaths", Y, "deaths among occupants"),
 ("a-19", A, "19 people on the ground were also killed", "19", "count", 19, 19, "deaths", Y, "ground deaths"),
 ("a-mper", A, "between 12 June and 28 June 2025", "12 June and 28 June 2025", "date", 2025, 2025, "year", N, "study period"),
 ("a-days", A, "(day 0 to day 16)", "day 0 to day 16", "duration", 0, 16, "days", N, "study period in days"),
 ("a-mday10", A, "released by day 10 were compared", "day 10", "duration", 10, 10, "days", N, "timepoint"),
 ("a-N260", A, "N = 260 decedents", "260", "count", 260, 260, "deaths", Y, "total death toll (final)"),
 ("a-241o", A, "(241 occupants, 19 ground victims)", "241", "count", 241, 241, "deaths", Y, "occupant decedents"),
 ("a-19g", A, "241 occupants, 19 ground victims)", "19", "count", 19, 19, "deaths", Y, "ground decedents"),
 ("a-318", A, "recovered 318 sets", "318", "count", 318, 318, "remains", Y, "sets of remains recovered"),
 ("a-250", A, "about 250 relatives", "250", "count", 250, 250, "relatives", Y, "relatives giving reference samples"),
 ("a-53", A, "included 53 British nationals", "53", "count", 53, 53, "deaths", Y, "british decedents"),
 ("a-7pt", A, "seven Portuguese nationals and", "seven", "count", 7, 7, "deaths", Y, "portuguese decedents"),
 ("a-1ca", A, "and one Canadian national", "one", "count", 1, 1, "deaths", Y, "canadian decedents"),
 ("a-d4", A, "By day 4 (16 June)", "day 4", "duration", 4, 4, "days", N, "timepoint"),
 ("a-16jun", A, "By day 4 (16 June)", "16 June", "date", 2025, 2025, "year", N, "timepoint date"),
 ("a-87", A, "87 decedents had been identified", "87", "count", 87, 87, "identified", Y, "identified by june 16"),
 ("a-335", A, "(33.5%, 95% CI", "33.5%", "percent", 33.5, 33.5, "%", Y, "share identified by june 16"),
 ("a-335ci", A, "28.0–39.4", "28.0–39.4", "percent", 28.0, 39.4, "%", Y, "ci"),
 ("a-d10", A, "by day 10 (22 June)", "day 10", "duration", 10, 10, "days", N, "timepoint"),
 ("a-22jun", A, "by day 10 (22 June)", "22 June", "date", 2025, 2025, "year", N, "timepoint date"),
 ("a-251", A, "(22 June), 251 (96.5%", "251", "count", 251, 251, "identified", Y, "identified by june 22"),
 ("a-965", A, "251 (96.5%", "96.5%", "percent", 96.5, 96.5, "%", Y, "share identified by june 22"),
 ("a-965ci", A, "93.6–98.2", "93.6–98.2", "percent", 93.6, 98.2, "%", Y, "ci"),
 ("a-d12", A, "by day 12 (24 June)", "day 12", "duration", 12, 12, "days", N, "timepoint"),
 ("a-24jun", A, "by day 12 (24 June)", "24 June", "date", 2025, 2025, "year", N, "timepoint date"),
 ("a-259", A, "(24 June), 259, of whom", "259", "count", 259, 259, "identified", Y, "identified by june 24"),
 ("a-253", A, "253 had been identified by DNA", "253", "count", 253, 253, "identified", Y, "dna identifications by june 24 (interim)"),
 ("a-6f24", A, "and 6 by facial recognition. The", "6", "count", 6, 6, "identified", Y, "facial identifications by june 24"),
 ("a-d15", A, "made on day 15 (27 June)", "day 15", "duration", 15, 15, "days", Y, "crash to last identification"),
 ("a-27jun", A, "day 15 (27 June)", "27 June", "date", 2025, 2025, "year", N, "last identification date"),
 ("a-254", A, "n=254 decedents", "254", "count", 254, 254, "identified", Y, "dna identifications (final)"),
 ("a-977", A, "(97.7%, 95% CI", "97.7%", "percent", 97.7, 97.7, "%", Y, "share identified by dna"),
 ("a-977ci", A, "95.1–98.9", "95.1–98.9", "percent", 95.1, 98.9, "%", Y, "ci"),
 ("a-n6", A, "by DNA and n=6 (2.3%", "6", "count", 6, 6, "identified", Y, "facial identifications (final)"),
 ("a-23", A, "n=6 (2.3%", "2.3%", "percent", 2.3, 2.3, "%", Y, "share identified by face"),
 ("a-23ci", A, "1.1–4.9", "1.1–4.9", "percent", 1.1, 4.9, "%", Y, "ci"),
 ("a-rd10", A, "By day 10, the remains", "day 10", "duration", 10, 10, "days", N, "timepoint"),
 ("a-233", A, "the remains of 233 of 241", "233", "count", 233, 233, "decedents", Y, "occupant remains released by june 22"),
 ("a-241d", A, "233 of 241 occupants", "241", "count", 241, 241, "decedents", N, "denominator repeat"),
 ("a-967", A, "occupants (96.7%", "96.7%", "percent", 96.7, 96.7, "%", Y, "share of occupants released by june 22"),
 ("a-967ci", A, "93.6–98.3", "93.6–98.3", "percent", 93.6, 98.3, "%", Y, "ci"),
 ("a-12g", A, "of only 12 of 19 ground", "12", "count", 12, 12, "decedents", Y, "ground victims released by june 22"),
 ("a-19d", A, "12 of 19 ground victims", "19", "count", 19, 19, "decedents", N, "denominator repeat"),
 ("a-632", A, "ground victims (63.2%", "63.2%", "percent", 63.2, 63.2, "%", Y, "share of ground victims released by june 22"),
 ("a-632ci", A, "41.0–80.9", "41.0–80.9", "percent", 41.0, 80.9, "%", Y, "ci"),
 ("a-diff", A, "was −33.5 percentage points", "−33.5 percentage points", "percent", -33.5, -33.5, "pp", Y, "difference ground minus occupants"),
 ("a-diffci", A, "−55.8 to −15.5", "−55.8 to −15.5", "percent", -55.8, -15.5, "pp", Y, "ci"),
 ("a-p", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-260c", A, "of all 260 decedents", "260", "count", 260, 260, "deaths", Y, "total death toll (conclusions)"),
 ("a-2wk", A, "within about two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "time to complete identification"),

 # ---- AX04 explainer (2025-07-28)
 ("e-upd", E, "Updated July 28, 2025", "July 28, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-jun12", E, "On the afternoon of June 12", "June 12", "date", 2025, 2025, "year", Y, "crash date"),
 ("e-260", E, "260. All but one", "260", "count", 260, 260, "deaths", Y, "total death toll"),
 ("e-allbut1", E, "All but one of the 242", "one", "count", 1, 1, "survivors", N, "survivor count (phrase)"),
 ("e-242", E, "one of the 242 people on board", "242", "count", 242, 242, "people", Y, "people aboard"),
 ("e-229", E, "killed: 229 passengers", "229", "count", 229, 229, "deaths", Y, "passenger deaths"),
 ("e-12crew", E, "and all 12 crew", "12", "count", 12, 12, "crew", Y, "crew aboard (all killed)"),
 ("e-2pil", E, "made up of two pilots", "two", "count", 2, 2, "pilots", Y, "pilots"),
 ("e-10cc", E, "and 10 cabin crew", "10", "count", 10, 10, "cabin crew", Y, "cabin crew"),
 ("e-19", E, "Another 19 people died on the ground", "19", "count", 19, 19, "deaths", Y, "ground deaths"),
 ("e-2wk", E, "took more than two weeks", "two weeks", "duration", 2, 2, "weeks", Y, "time to complete identification"),
 ("e-253", E, "said 253 of the 260 victims", "253", "count", 253, 253, "identified", Y, "dna identifications (final)"),
 ("e-260b", E, "253 of the 260 victims", "260", "count", 260, 260, "deaths", N, "denominator repeat"),
 ("e-oneman", E, "One man: Vishwash", "One", "count", 1, 1, "survivors", Y, "sole survivor"),
 ("e-40", E, "a 40-year-old British national", "40-year-old", "age", 40, 40, "years", Y, "survivor age"),
 ("e-5d", E, "discharged five days after the crash", "five days", "duration", 5, 5, "days", Y, "survivor hospital stay"),
 ("e-32s", E, "About 32 seconds, according", "32 seconds", "duration", 32, 32, "s", Y, "time airborne"),
 ("e-625", E, "at about 625 feet", "625 feet", "altitude", 625, 625, "ft", Y, "last recorded altitude (flight tracking)"),
 ("e-15pg", E, "The 15-page report, released on July 12", "15-page", "count", 15, 15, "pages", Y, "preliminary report length"),
 ("e-jul12", E, "released on July 12, says", "July 12", "date", 2025, 2025, "year", Y, "preliminary report release date"),
 ("e-3s", E, "about three seconds after liftoff, one second apart", "three seconds", "duration", 3, 3, "s", Y, "liftoff to fuel cutoff"),
 ("e-1s", E, "liftoff, one second apart", "one second", "duration", 1, 1, "s", Y, "gap between switch movements"),
 ("e-2lev", E, "Two small levers", "Two", "count", 2, 2, "switches", N, "definitional"),
 ("e-1each", E, "one for each engine", "one", "count", 1, 1, "switches", N, "definitional"),
 ("e-fo32", E, "Clive Kunder, 32, was the pilot flying", "32", "age", 32, 32, "years", Y, "first officer age"),
 ("e-cap56", E, "Sumeet Sabharwal, 56, a training", "56", "age", 56, 56, "years", Y, "captain age"),
 ("e-15638", E, "The captain had 15,638 flying hours", "15,638 flying hours", "duration", 15638, 15638, "hours", Y, "captain total flying hours"),
 ("e-3403", E, "the first officer had 3,403 hours on the 787", "3,403 hours", "duration", 3403, 3403, "hours", Y, "first officer hours on 787"),
 ("e-2018", E, "In 2018 the U.S.", "2018", "date", 2018, 2018, "year", Y, "faa saib date"),
 ("e-jul14", E, "(DGCA) on July 14 ordered", "July 14", "date", 2025, 2025, "year", Y, "dgca fcs inspection order date"),
 ("e-jul21", E, "737 jets by July 21", "July 21", "date", 2025, 2025, "year", Y, "dgca fcs inspection deadline"),
 ("e-jul22", E, "said on July 22 that", "July 22", "date", 2025, 2025, "year", Y, "air india fcs inspections completed"),
 ("e-34", E, "The airline had 34 of the jets", "34", "count", 34, 34, "aircraft", Y, "787s before the crash"),
 ("e-33", E, "before the crash and 33 after it", "33", "count", 33, 33, "aircraft", Y, "787s after the crash (inspected fleet)"),
 ("e-3pm", E, "As of 3 p.m. on June 17", "3 p.m.", "time", 15, 15, "h", N, "as-of clock time"),
 ("e-jun17", E, "3 p.m. on June 17", "June 17", "date", 2025, 2025, "year", N, "as-of date"),
 ("e-24", E, "June 17, 24 had passed", "24", "count", 24, 24, "aircraft", Y, "787s cleared by june 17"),
 ("e-15", E, "wide-body jets by 15%", "15%", "percent", 15, 15, "%", Y, "international wide-body flight cut"),
 ("e-38", E, "dropping 38 weekly flights", "38", "count", 38, 38, "flights/week", Y, "weekly international flights cut"),
 ("e-18", E, "38 weekly flights on 18 routes", "18", "count", 18, 18, "routes", Y, "international routes with reduced frequency"),
 ("e-3rt", E, "and suspending three routes", "three", "count", 3, 3, "routes", Y, "international routes suspended"),
 ("e-jun21", E, "from June 21 until", "June 21", "date", 2025, 2025, "year", Y, "international cuts start"),
 ("e-jul15", E, "until at least July 15", "July 15", "date", 2025, 2025, "year", Y, "cuts end date"),
 ("e-5", E, "trimmed less than 5% of its", "5%", "percent", 5, 5, "%", Y, "narrow-body network cut (upper bound)"),
 ("e-3lay", E, "There are three layers", "three", "count", 3, 3, "layers", N, "aside"),
 ("e-25l", E, "paying an interim ₹25 lakh", "₹25 lakh", "money", 2500000, 2500000, "INR", Y, "interim compensation per victim"),
 ("e-gbp215", E, "(about £21,500)", "£21,500", "money", 21500, 21500, "GBP", N, "currency conversion"),
 ("e-jul26", E, "By July 26 the airline", "July 26", "date", 2025, 2025, "year", N, "as-of date"),
 ("e-174", E, "said 174 of the 229", "174", "count", 174, 174, "families", Y, "passenger families paid interim by july 26"),
 ("e-229f", E, "174 of the 229 passenger families", "229", "count", 229, 229, "families", Y, "deceased passengers' families"),
 ("e-19f", E, "families of all 19 ground victims", "19", "count", 19, 19, "families", N, "ground families paid (repeat)"),
 ("e-earlyjul", E, "in early July the figure", "early July", "date", 2025, 2025, "year", N, "as-of date"),
 ("e-47", E, "the figure was 47 families", "47", "count", 47, 47, "families", Y, "passenger families paid interim by july 4"),
 ("e-1cr", E, "is paying ₹1 crore", "₹1 crore", "money", 10000000, 10000000, "INR", Y, "ex-gratia per deceased"),
 ("e-gbp86", E, "(about £86,000)", "£86,000", "money", 86000, 86000, "GBP", N, "currency conversion"),
 ("e-sdr", E, "up to 128,821 Special Drawing Rights", "128,821 Special Drawing Rights", "money", 128821, 128821, "SDR", Y, "montreal convention strict-liability limit"),
 ("e-15cr", E, "(about ₹1.5 crore)", "₹1.5 crore", "money", 15000000, 15000000, "INR", N, "currency conversion"),
 ("e-16k", E, "at least 16,000 SDRs", "16,000 SDRs", "money", 16000, 16000, "SDR", Y, "montreal convention minimum advance"),
 ("e-18l", E, "roughly ₹18 lakh", "₹18 lakh", "money", 1800000, 1800000, "INR", N, "currency conversion of advance"),
 ("e-12mo", E, "final report within 12 months", "12 months", "duration", 12, 12, "months", Y, "final report target"),

 # ---- AX05 blog (2025-07-16)
 ("b-h2", B, "Two switches, one second: what", "Two", "count", 2, 2, "switches", N, "headline"),
 ("b-h1s", B, "Two switches, one second: what", "one second", "duration", 1, 1, "s", N, "headline repeat"),
 ("b-date", B, "By Rohan D'Souza | July 16, 2025", "July 16, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-7min", B, "7 min read", "7 min", "duration", 7, 7, "min", N, "page furniture"),
 ("b-3times", B, "three times, and I keep", "three times", "count", 3, 3, "times", N, "aside"),
 ("b-single", B, "a single sentence", "single", "count", 1, 1, "sentences", N, "aside"),
 ("b-2sw", B, "about two switches and a gap", "two", "count", 2, 2, "switches", N, "aside"),
 ("b-1s", B, "a gap of one second", "one second", "duration", 1, 1, "s", Y, "gap between switch movements"),
 ("b-jun12", B, "offline: on June 12", "June 12", "date", 2025, 2025, "year", Y, "crash date"),
 ("b-242", B, "carrying 242 people", "242", "count", 242, 242, "people", Y, "people aboard"),
 ("b-270", B, "The crash killed 270 people", "270", "count", 270, 270, "deaths", Y, "total death toll"),
 ("b-allbut1", B, "all but one of those on board", "one", "count", 1, 1, "survivors", N, "phrase"),
 ("b-dozens", B, "dozens on the ground", "dozens", "count", None, None, "deaths", N, "vague"),
 ("b-lastsat", B, "Last Saturday, right on", "Last Saturday", "date", 2025, 2025, "year", Y, "preliminary report release date"),
 ("b-30d", B, "the 30-day deadline", "30-day", "duration", 30, 30, "days", Y, "preliminary report deadline"),
 ("b-t0839", B, "- 08:08:39: liftoff", "08:08:39", "time", 8.1442, 8.1442, "h", N, "liftoff clock time"),
 ("b-t0842", B, "- 08:08:42: maximum", "08:08:42", "time", 8.145, 8.145, "h", N, "cutoff clock time"),
 ("b-180", B, "airspeed, 180 knots", "180 knots", "speed", 180, 180, "kt", Y, "maximum recorded airspeed"),
 ("b-1sapart", B, "CUTOFF, one second apart", "one second", "duration", 1, 1, "s", Y, "gap between switch movements"),
 ("b-t0847", B, "- 08:08:47: the ram", "08:08:47", "time", 8.1464, 8.1464, "h", N, "rat clock time"),
 ("b-t0856", B, "- 08:08:56: the second", "08:08:56", "time", 8.1489, 8.1489, "h", N, "engine 2 run clock time"),
 ("b-t0905", B, "- 08:09:05:", "08:09:05", "time", 8.1514, 8.1514, "h", N, "mayday clock time"),
 ("b-t0911", B, "- 08:09:11: the recorders", "08:09:11", "time", 8.1531, 8.1531, "h", N, "end of recording clock time"),
 ("b-32s", B, "That is 32 seconds from wheels-up", "32 seconds", "duration", 32, 32, "s", Y, "time airborne"),
 ("b-26s", B, "only 26 seconds after liftoff", "26 seconds", "duration", 26, 26, "s", Y, "liftoff to mayday"),
 ("b-14s", B, "about 14 seconds after the cutoff", "14 seconds", "duration", 14, 14, "s", Y, "cutoff to engine 1 switch back to RUN"),
 ("b-20yr", B, "In 20 years I have never", "20 years", "duration", 20, 20, "years", N, "quote"),
 ("b-2018", B, "FAA's December 2018 bulletin", "December 2018", "date", 2018, 2018, "year", Y, "faa saib date"),
 ("b-twice", B, "was replaced twice, in 2019", "twice", "count", 2, 2, "replacements", N, "tcm replacements"),
 ("b-2019", B, "twice, in 2019 and most", "2019", "date", 2019, 2019, "year", Y, "tcm replacement (first)"),
 ("b-lastyr", B, "most recently last year", "last year", "date", 2024, 2024, "year", Y, "tcm replacement (most recent)"),
 ("b-cap55", B, "Sumeet Sabharwal, 55, was", "55", "age", 55, 55, "years", Y, "captain age"),
 ("b-15368", B, "captain with 15,368 hours", "15,368 hours", "duration", 15368, 15368, "hours", Y, "captain total flying hours"),
 ("b-8596", B, "8,596 of them on the 787", "8,596", "duration", 8596, 8596, "hours", Y, "captain hours on 787"),
 ("b-fo32", B, "Clive Kunder, 32, had", "32", "age", 32, 32, "years", Y, "first officer age"),
 ("b-3403", B, "had 3,403 hours. Both", "3,403 hours", "duration", 3403, 3403, "hours", Y, "first officer total hours"),
 ("b-49h", B, "captured 49 hours of flight data", "49 hours", "duration", 49, 49, "hours", Y, "flight data recorded"),
 ("b-2h", B, "and two hours of cockpit audio", "two hours", "duration", 2, 2, "hours", Y, "cockpit audio recorded"),
 ("b-1yr", B, "A final report is due within a year", "a year", "duration", 1, 1, "years", Y, "final report target"),
 ("b-18", B, "frequencies on 18 international routes", "18", "count", 18, 18, "routes", Y, "international routes with reduced frequency"),
 ("b-lastmo", B, "routes last month and", "last month", "date", 2025, 2025, "year", N, "cut month"),
 ("b-mon", B, "and on Monday the DGCA", "Monday", "date", 2025, 2025, "year", Y, "dgca fcs inspection order date"),
 ("b-1wk", B, "737s within a week", "a week", "duration", 1, 1, "weeks", Y, "dgca fcs inspection window"),
 ("b-15pg", B, "It is 15 pages", "15 pages", "count", 15, 15, "pages", Y, "preliminary report length"),
 ("b-12k", B, "Join 12,000 pilots", "12,000", "count", 12000, 12000, "subscribers", N, "page furniture"),
 ("b-5yr", B, "Kozhikode, five years on", "five years", "duration", 5, 5, "years", N, "related link"),
 ("b-10step", B, "a 10-step guide", "10-step", "count", 10, 10, "steps", N, "related link"),
 ("b-143", B, "143 comments", "143", "count", 143, 143, "comments", N, "page furniture"),

 # ---- AX06 local (2025-06-28, hard-wrapped)
 ("l-dl", L, "Saturday, June 28, 2025", "June 28, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("l-h260", L, "toll stands at 260, officials", "260", "count", 260, 260, "deaths", N, "headline repeat"),
 ("l-fri", L, "matched on Friday night", "Friday", "date", 2025, 2025, "year", N, "last identification date"),
 ("l-jun12", L, "of the June 12 disaster", "June 12", "date", 2025, 2025, "year", Y, "crash date"),
 ("l-260", L, "disaster to 260, officials", "260", "count", 260, 260, "deaths", Y, "total death toll (final)"),
 ("l-sat", L, "Hospital said on Saturday", "Saturday", "date", 2025, 2025, "year", N, "statement date"),
 ("l-270", L, "the figure of 270 that", "270", "count", 270, 270, "deaths", Y, "earlier estimated death toll"),
 ("l-241", L, "It includes 241 of the 242", "241", "count", 241, 241, "deaths", Y, "deaths among occupants"),
 ("l-242p", L, "241 of the 242 passengers", "242", "count", 242, 242, "passengers", Y, "passengers aboard"),
 ("l-19", L, "Dreamliner and 19 people on the ground", "19", "count", 19, 19, "deaths", Y, "ground deaths"),
 ("l-260b", L, "\"Of the 260 victims", "260", "count", 260, 260, "deaths", N, "quote repeat"),
 ("l-254", L, "260 victims, 254 were identified", "254", "count", 254, 254, "identified", Y, "dna identifications (final)"),
 ("l-6", L, "and six through facial", "six", "count", 6, 6, "identified", Y, "facial identifications (final)"),
 ("l-318", L, "recovered 318 body parts", "318", "count", 318, 318, "remains", Y, "body parts recovered"),
 ("l-250", L, "and about 250 relatives", "250", "count", 250, 250, "relatives", Y, "relatives giving reference samples"),
 ("l-jun16", L, "By June 16, four days", "June 16", "date", 2025, 2025, "year", N, "timepoint date"),
 ("l-4d", L, "June 16, four days after", "four days", "duration", 4, 4, "days", N, "timepoint"),
 ("l-87", L, "only 87 victims had been identified", "87", "count", 87, 87, "identified", Y, "identified by june 16"),
 ("l-1wk", L, "for more than a week", "a week", "duration", 1, 1, "weeks", N, "aside"),
 ("l-181", L, "The dead include 181 Indian", "181", "count", 181, 181, "deaths", Y, "indian occupant decedents"),
 ("l-52", L, "on board, 52 British", "52", "count", 52, 52, "deaths", Y, "british decedents"),
 ("l-7pt", L, "seven Portuguese nationals and one", "seven", "count", 7, 7, "deaths", Y, "portuguese decedents"),
 ("l-1ca", L, "nationals and one Canadian", "one", "count", 1, 1, "deaths", Y, "canadian decedents"),
 ("l-19b", L, "besides the 19 people killed", "19", "count", 19, 19, "deaths", N, "repeat"),
 ("l-3inj", L, "Three people injured", "Three", "count", 3, 3, "people", Y, "injured still hospitalised"),
 ("l-38", L, "Vishwash Kumar Ramesh, 38", "38", "age", 38, 38, "years", Y, "survivor age"),
 ("l-jun17d", L, "was discharged on June 17", "June 17", "date", 2025, 2025, "year", Y, "survivor discharge date"),
 ("l-18l", L, "paying an interim ₹18 lakh", "₹18 lakh", "money", 1800000, 1800000, "INR", Y, "interim compensation per victim"),
 ("l-1cr", L, "promised ₹1 crore to each", "₹1 crore", "money", 10000000, 10000000, "INR", Y, "ex-gratia per deceased"),
 ("l-sdr", L, "up to 151,880 Special Drawing Rights, about", "151,880 Special Drawing Rights", "money", 151880, 151880, "SDR", Y, "montreal convention strict-liability limit"),
 ("l-18cr", L, "about ₹1.8 crore", "₹1.8 crore", "money", 18000000, 18000000, "INR", N, "currency conversion"),
 ("l-jun13", L, "Aviation on June 13 ordered", "June 13", "date", 2025, 2025, "year", Y, "dgca enhanced-check order date"),
 ("l-33", L, "Air India's 33 Dreamliners", "33", "count", 33, 33, "aircraft", Y, "787s under dgca enhanced checks"),
 ("l-3pm", L, "As of 3 pm", "3 pm", "time", 15, 15, "h", N, "as-of clock time"),
 ("l-jun17", L, "on June 17, 24 had passed", "June 17", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-24", L, "June 17, 24 had passed", "24", "count", 24, 24, "aircraft", Y, "787s cleared by june 17"),
 ("l-26", L, "said 26 have been cleared", "26", "count", 26, 26, "aircraft", Y, "787s cleared (later, ~june 20)"),
 ("l-per", L, "Between June 12 and June 17", "June 12 and June 17", "date", 2025, 2025, "year", N, "period"),
 ("l-83", L, "cancelled 83 wide-body", "83", "count", 83, 83, "flights", Y, "wide-body international cancellations june 12-17"),
 ("l-66", L, "flights, 66 of them", "66", "count", 66, 66, "flights", Y, "787 cancellations june 12-17"),
 ("l-lastwk", L, "Last week Air India said", "Last week", "date", 2025, 2025, "year", Y, "wide-body cut announcement"),
 ("l-15", L, "by 15 per cent", "15 per cent", "percent", 15, 15, "%", Y, "international wide-body flight cut"),
 ("l-38wk", L, "taking 38 weekly flights", "38", "count", 38, 38, "flights/week", Y, "weekly international flights cut"),
 ("l-18", L, "38 weekly flights off 18 routes", "18", "count", 18, 18, "routes", Y, "international routes with reduced frequency"),
 ("l-4wk", L, "which had four flights a week", "four", "count", 4, 4, "flights/week", Y, "delhi-nairobi weekly flights"),
 ("l-3wk", L, "three a week each", "three", "count", 3, 3, "flights/week", Y, "gatwick routes weekly flights"),
 ("l-jul15", L, "until July 15. On Sunday", "July 15", "date", 2025, 2025, "year", Y, "cuts end date"),
 ("l-sun", L, "On Sunday it announced", "Sunday", "date", 2025, 2025, "year", Y, "narrow-body cut announcement"),
 ("l-5", L, "less than 5 per cent", "5 per cent", "percent", 5, 5, "%", Y, "narrow-body network cut (upper bound)"),
 ("l-118", L, "network: 118 weekly flights", "118", "count", 118, 118, "flights/week", Y, "weekly narrow-body flights cut"),
 ("l-19rt", L, "118 weekly flights on 19 routes", "19", "count", 19, 19, "routes", Y, "narrow-body routes with reduced frequency"),
 ("l-30d", L, "within 30 days of the crash", "30 days", "duration", 30, 30, "days", Y, "preliminary report deadline"),

 # ---- AX07 fact-check (2025-07-30)
 ("f-h3s", F, "off both engines 'three seconds after takeoff'", "three seconds", "duration", 3, 3, "s", N, "headline (post claim)"),
 ("f-date", F, "TruthLine India | July 30, 2025", "July 30, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-40k", F, "more than 40,000 times", "40,000", "count", 40000, 40000, "shares", N, "post reach"),
 ("f-c3s", F, "\"switched off both engines three seconds after takeoff,\"", "three seconds", "duration", 3, 3, "s", N, "post claim"),
 ("f-c2018", F, "the faulty switch since 2018", "2018", "date", 2018, 2018, "year", N, "post claim"),
 ("f-crupee", F, "paid a single rupee", "a single rupee", "money", 1, 1, "INR", N, "post claim (idiom)"),
 ("f-c300", F, "families of the 300 who died", "300", "count", 300, 300, "deaths", N, "post claim"),
 ("f-jul12", F, "released on July 12, the Boeing", "July 12", "date", 2025, 2025, "year", Y, "preliminary report release date"),
 ("f-t0839", F, "Ahmedabad at 08:08:39 UTC", "08:08:39 UTC", "time", 8.1442, 8.1442, "h", N, "liftoff clock time"),
 ("f-180", F, "reached 180 knots", "180 knots", "speed", 180, 180, "kt", Y, "maximum recorded airspeed"),
 ("f-t0842", F, "about 08:08:42 UTC", "08:08:42 UTC", "time", 8.145, 8.145, "h", N, "cutoff clock time"),
 ("f-1s", F, "CUTOFF, one second apart", "one second", "duration", 1, 1, "s", Y, "gap between switch movements"),
 ("f-3s", F, "So \"about three seconds after takeoff\"", "three seconds", "duration", 3, 3, "s", Y, "liftoff to fuel cutoff"),
 ("f-10s", F, "about 10 seconds later", "10 seconds", "duration", 10, 10, "s", Y, "cutoff to engine 1 switch back to RUN"),
 ("f-4s", F, "about four seconds after that", "four seconds", "duration", 4, 4, "s", Y, "engine 1 RUN to engine 2 RUN"),
 ("f-34s", F, "crashed 34 seconds after it left", "34 seconds", "duration", 34, 34, "s", Y, "time airborne"),
 ("f-15638", F, "The captain had 15,638 flying hours", "15,638 flying hours", "duration", 15638, 15638, "hours", Y, "captain total flying hours"),
 ("f-3403", F, "the first officer 3,403", "3,403", "duration", 3403, 3403, "hours", Y, "first officer total hours"),
 ("f-2018", F, "In December 2018 the U.S.", "December 2018", "date", 2018, 2018, "year", Y, "faa saib date"),
 ("f-since23", F, "on the aircraft since 2023", "2023", "date", 2023, 2023, "year", Y, "no fcs defect reported since"),
 ("f-2019", F, "replaced in 2019 and 2023 for", "2019", "date", 2019, 2019, "year", Y, "tcm replacement (first)"),
 ("f-2023", F, "in 2019 and 2023 for unrelated", "2023", "date", 2023, 2023, "year", Y, "tcm replacement (most recent)"),
 ("f-jul22", F, "said on July 22 that", "July 22", "date", 2025, 2025, "year", Y, "air india fcs inspections completed"),
 ("f-injune", F, "In June, the DGCA", "June", "date", 2025, 2025, "year", N, "dgca enhanced-check order month"),
 ("f-34", F, "on all 34 of Air India's 787s", "34", "count", 34, 34, "aircraft", Y, "787s under dgca enhanced checks"),
 ("f-260", F, "The crash killed 260 people", "260", "count", 260, 260, "deaths", Y, "total death toll (final)"),
 ("f-300n", F, "260 people, not 300", "300", "count", 300, 300, "deaths", N, "post claim repeat"),
 ("f-241", F, "300: 241 of the 242", "241", "count", 241, 241, "deaths", Y, "deaths among occupants"),
 ("f-242", F, "241 of the 242 people on board", "242", "count", 242, 242, "people", Y, "people aboard"),
 ("f-19", F, "and 19 on the ground", "19", "count", 19, 19, "deaths", Y, "ground deaths"),
 ("f-279", F, "as high as 279", "279", "count", 279, 279, "deaths", Y, "early estimated death toll"),
 ("f-jun28", F, "completed on June 28", "June 28", "date", 2025, 2025, "year", Y, "dna identification completed"),
 ("f-jul26", F, "said on July 26 that", "July 26", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-25l", F, "compensation of ₹25 lakh", "₹25 lakh", "money", 2500000, 2500000, "INR", Y, "interim compensation per victim"),
 ("f-147", F, "families of 147 of the 229", "147", "count", 147, 147, "families", Y, "passenger families paid interim by july 26"),
 ("f-229", F, "147 of the 229 passengers", "229", "count", 229, 229, "deaths", Y, "deceased passengers"),
 ("f-19f", F, "families of all 19 people killed", "19", "count", 19, 19, "families", N, "ground families paid (repeat)"),
 ("f-55", F, "documents for 55 more families", "55", "count", 55, 55, "families", Y, "additional families verified by july 26"),
 ("f-1cr", F, "separately paying ₹1 crore", "₹1 crore", "money", 10000000, 10000000, "INR", Y, "ex-gratia per deceased"),
 ("f-sdr", F, "up to 151,880 Special Drawing Rights", "151,880 Special Drawing Rights", "money", 151880, 151880, "SDR", Y, "montreal convention strict-liability limit"),
 ("f-38", F, "It cut 38 weekly", "38", "count", 38, 38, "flights/week", Y, "weekly international flights cut"),
 ("f-19rt", F, "international flights on 19 routes", "19", "count", 19, 19, "routes", Y, "international routes with reduced frequency"),
 ("f-3rt", F, "and suspended three routes", "three", "count", 3, 3, "routes", Y, "international routes suspended"),
 ("f-jul15", F, "until at least July 15", "July 15", "date", 2025, 2025, "year", Y, "cuts end date"),
 ("f-r3s", F, "CUTOFF about three seconds after liftoff is accurate", "three seconds", "duration", 3, 3, "s", N, "ruling repeat"),
 ("f-r300", F, "The death toll of 300", "300", "count", 300, 300, "deaths", N, "post claim repeat"),
 ("f-r260", F, "is wrong: it was 260", "260", "count", 260, 260, "deaths", Y, "total death toll (ruling)"),
 ("f-r147", F, "nothing is false; 147 families", "147", "count", 147, 147, "families", Y, "passenger families paid (ruling)"),
 ("f-r19", F, "passengers and 19 families", "19", "count", 19, 19, "families", N, "ruling repeat"),
 ("f-rjul26", F, "interim payments by July 26", "July 26", "date", 2025, 2025, "year", N, "as-of date"),
 ("f-s1", F, "VT-ANB, 12 July 2025", "12 July 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s2", F, "inspections, 14 July 2025", "14 July 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s3", F, "statements, 22 and 26 July 2025", "22 and 26 July 2025", "date", 2025, 2025, "year", N, "sources line"),
 ("f-s4", F, "NM-18-33, 17 December 2018", "17 December 2018", "date", 2018, 2018, "year", N, "sources line"),
 ("f-s5", F, "department statements, June 2025", "June 2025", "date", 2025, 2025, "year", N, "sources line"),
]

S, Q = "strict", "qualified"
X = [
 # S1 captain total hours: 15,368 (transposed) vs 15,638
 ("b-15368", "w-15638", S), ("b-15368", "e-15638", S), ("b-15368", "f-15638", S),
 # S2 passenger families paid interim by July 26: 174 (transposed) vs 147
 ("e-174", "p-147", S), ("e-174", "f-147", S), ("e-174", "f-r147", S),
 # S3 total toll: 270 (the early estimate given as the toll, after the final count) vs 260
 ("b-270", "w-260", S), ("b-270", "p-260", S), ("b-270", "a-N260", S), ("b-270", "a-260c", S),
 ("b-270", "e-260", S), ("b-270", "l-260", S), ("b-270", "f-260", S), ("b-270", "f-r260", S),
 # S4 passengers aboard: 242 (everyone aboard called passengers) vs 230
 ("l-242p", "w-230", S), ("l-242p", "a-230", S),
 # S5 final DNA identifications: 253 (June 24 interim) vs 254
 ("e-253", "a-254", S), ("e-253", "l-254", S),
 # S6 British decedents: 53 (the aboard count) vs 52
 ("a-53", "l-52", S),
 # S7 787s cleared by June 17: 26 (later figure) vs 24
 ("p-26", "e-24", S), ("p-26", "l-24", S),
 # S8 787s under the June DGCA checks: 34 (pre-crash fleet) vs 33
 ("f-34", "p-33", S), ("f-34", "e-33", S), ("f-34", "l-33", S),
 # S9 international routes with reduced frequency: 19 (narrow-body figure) vs 18
 ("f-19rt", "e-18", S), ("f-19rt", "l-18", S), ("f-19rt", "b-18", S),
 # S10 international wide-body cut: 5% (narrow-body figure) vs 15%
 ("w-5pct", "p-15", S), ("w-5pct", "e-15", S), ("w-5pct", "l-15", S),
 # S11 interim compensation per victim: ₹18 lakh (Montreal minimum advance) vs ₹25 lakh
 ("l-18l", "p-25l", S), ("l-18l", "e-25l", S), ("l-18l", "f-25l", S),
 # S12 additional families verified by July 26: 55 (July 4 figure) vs 52
 ("f-55", "p-52", S),
 # S13 Montreal strict-liability limit: 128,821 SDR (2019 limit) vs 151,880 SDR
 ("e-sdr", "l-sdr", S), ("e-sdr", "f-sdr", S),
 # S14 most recent TCM replacement: "last year" (blog 2025-07-16 -> 2024) vs 2023
 ("b-lastyr", "w-2023", S), ("b-lastyr", "f-2023", S),
 # S15 FAA SAIB year: 2019 vs 2018
 ("p-2019", "w-2018", S), ("p-2019", "e-2018", S), ("p-2019", "b-2018", S), ("p-2019", "f-2018", S),
 # S16 cutoff to engine 1 switch back to RUN: 14 s (engine 2's cumulative figure) vs 10 s
 ("b-14s", "w-10s", S), ("b-14s", "f-10s", S),
 # S17 first officer hours on the 787: 3,403 (his total) vs 1,128
 ("e-3403", "w-1128", S),
 # Qualified (real discrepancies between sources)
 ("l-38", "w-age40", Q), ("l-38", "e-40", Q),
 ("b-cap55", "w-cap56", Q), ("b-cap55", "e-cap56", Q),
 ("f-34s", "w-32s", Q), ("f-34s", "a-32s", Q), ("f-34s", "e-32s", Q), ("f-34s", "b-32s", Q),
 ("a-4s", "w-3s", Q), ("a-4s", "e-3s", Q), ("a-4s", "f-3s", Q),
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
        rows.append({"type": "claim", "id": f"{T}-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"{T}-{a}", f"{T}-{b}"
        if a not in docof or b not in docof:
            print("CONFLICT ID MISSING", a, b); ok = False; continue
        assert docof[a] != docof[b], (a, b)
        assert reqof[a] and reqof[b], ("conflict on optional claim", a, b)
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
