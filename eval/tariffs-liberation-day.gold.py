#!/usr/bin/env python3
"""Build tariffs-liberation-day.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "tariffs-liberation-day")
OUT = os.path.join(HERE, "tariffs-liberation-day.gold.jsonl")
T = "tf"

W, P, A, E, B, L, F = ("TF01_wire.txt", "TF02_press.txt", "TF03_abstract.txt",
                       "TF04_explainer.txt", "TF05_blog.txt", "TF06_local.txt", "TF07_factcheck.txt")
Y = True; N = False
BN = 1e9

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- TF01 wire (2025-04-10)
 ("w-h145", W, "China tariffs total 145%", "145%", "percent", 145, 145, "%", N, "headline repeat"),
 ("w-dl", W, "NEW YORK, April 10 (Meridian", "April 10", "date", 2025, 2025, "year", N, "dateline"),
 ("w-thu1", W, "said on Thursday that U.S.", "Thursday", "date", 2025, 2025, "year", N, "as-of (white house clarification)"),
 ("w-145", W, "now add up to 145%", "145%", "percent", 145, 145, "%", Y, "combined us tariff on china after apr 9"),
 ("w-125a", W, "not the 125% President", "125%", "percent", 125, 125, "%", Y, "reciprocal rate on china announced apr 9"),
 ("w-dayearlier", W, "announced a day earlier", "a day", "duration", 1, 1, "days", N, "relative time"),
 ("w-fent20", W, "because a 20% duty", "20%", "percent", 20, 20, "%", Y, "fentanyl tariff on china"),
 ("w-wed1", W, "decision on Wednesday to suspend", "Wednesday", "date", 2025, 2025, "year", Y, "pause announcement date (apr 9)"),
 ("w-90", W, "suspend for 90 days", "90 days", "duration", 90, 90, "days", Y, "pause length"),
 ("w-flat10", W, "a flat 10% duty", "10%", "percent", 10, 10, "%", Y, "rate during pause"),
 ("w-952", W, "jumped 9.52% on", "9.52%", "percent", 9.52, 9.52, "%", Y, "s&p 500 gain apr 9"),
 ("w-wed2", W, "9.52% on Wednesday to close", "Wednesday", "date", 2025, 2025, "year", N, "timepoint"),
 ("w-5456", W, "close at 5,456.90", "5,456.90", "count", 5456.90, 5456.90, "index points", Y, "s&p 500 close apr 9"),
 ("w-2008", W, "best day since 2008", "2008", "date", 2008, 2008, "year", Y, "s&p best day since (apr 9)"),
 ("w-2962", W, "soared 2,962.86 points", "2,962.86 points", "count", 2962.86, 2962.86, "points", Y, "dow gain apr 9"),
 ("w-787", W, "or 7.87%", "7.87%", "percent", 7.87, 7.87, "%", Y, "dow gain apr 9 pct"),
 ("w-1216", W, "gained 12.16%", "12.16%", "percent", 12.16, 12.16, "%", Y, "nasdaq gain apr 9"),
 ("w-lastwed", W, "announcement last Wednesday set", "last Wednesday", "date", 2025, 2025, "year", Y, "announcement date (apr 2)"),
 ("w-base10", W, "set a 10% tariff", "10%", "percent", 10, 10, "%", Y, "baseline tariff"),
 ("w-apr5", W, "imports from April 5", "April 5", "date", 2025, 2025, "year", Y, "baseline effective"),
 ("w-60", W, "for about 60 trading partners", "60", "count", 60, 60, "countries", Y, "partners with higher rates"),
 ("w-apr9", W, "partners from April 9", "April 9", "date", 2025, 2025, "year", Y, "reciprocal effective"),
 ("w-eu20", W, "was assigned 20%", "20%", "percent", 20, 20, "%", Y, "eu reciprocal rate"),
 ("w-jp24", W, "Japan 24%", "24%", "percent", 24, 24, "%", Y, "japan reciprocal rate"),
 ("w-kr25", W, "South Korea 25%", "25%", "percent", 25, 25, "%", Y, "south korea reciprocal rate"),
 ("w-vn49", W, "Vietnam 49%", "49%", "percent", 49, 49, "%", Y, "vietnam reciprocal rate"),
 ("w-cn34", W, "China got 34%", "34%", "percent", 34, 34, "%", Y, "china reciprocal rate apr 2"),
 ("w-exist20", W, "top of the existing 20%", "20%", "percent", 20, 20, "%", Y, "fentanyl tariff on china"),
 ("w-54", W, "for a combined 54%", "54%", "percent", 54, 54, "%", Y, "combined china rate apr 2"),
 ("w-half", W, "rates were roughly half", "half", "percent", 50, 50, "%", Y, "discount vs claimed charge"),
 ("w-67", W, "charge at 67%", "67%", "percent", 67, 67, "%", Y, "claimed china charge on us"),
 ("w-eu39", W, "the EU's at 39%", "39%", "percent", 39, 39, "%", Y, "claimed eu charge on us"),
 ("w-2day", W, "worst two-day rout", "two-day", "duration", 2, 2, "days", N, "aside"),
 ("w-484", W, "fell 4.84% last Thursday", "4.84%", "percent", 4.84, 4.84, "%", Y, "s&p 500 drop apr 3"),
 ("w-lastthu", W, "4.84% last Thursday", "last Thursday", "date", 2025, 2025, "year", N, "timepoint apr 3"),
 ("w-597", W, "and 5.97% on Friday", "5.97%", "percent", 5.97, 5.97, "%", Y, "s&p 500 drop apr 4"),
 ("w-fri", W, "5.97% on Friday", "Friday", "date", 2025, 2025, "year", N, "timepoint apr 4"),
 ("w-1679", W, "shed 1,679 points", "1,679 points", "count", 1679, 1679, "points", Y, "dow drop apr 3"),
 ("w-2231", W, "then 2,231 points", "2,231 points", "count", 2231, 2231, "points", Y, "dow drop apr 4"),
 ("w-chfri", W, "Beijing answered on Friday", "Friday", "date", 2025, 2025, "year", N, "china retaliation announced"),
 ("w-ch34", W, "with a 34% tariff on all", "34%", "percent", 34, 34, "%", Y, "china retaliatory rate apr 4"),
 ("w-apr10", W, "U.S. goods starting April 10", "April 10", "date", 2025, 2025, "year", Y, "china 34% effective"),
 ("w-50pp", W, "an extra 50 percentage points", "50 percentage points", "percent", 50, 50, "pp", Y, "us increase apr 9"),
 ("w-104", W, "goods to 104%", "104%", "percent", 104, 104, "%", Y, "us combined rate on china apr 9"),
 ("w-wed3", W, "in early on Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "timepoint"),
 ("w-84", W, "own duty to 84%", "84%", "percent", 84, 84, "%", Y, "china retaliatory rate apr 9"),
 ("w-125b", W, "rate on China to 125%", "125%", "percent", 125, 125, "%", Y, "reciprocal rate on china apr 9"),
 ("w-75", W, "More than 75 countries", "75", "count", 75, 75, "countries", Y, "countries seeking talks"),
 ("w-steel25", W, "including 25% levies", "25%", "percent", 25, 25, "%", Y, "steel/aluminum/auto tariffs"),
 ("w-21bn", W, "about 21 billion euros", "21 billion euros", "money", 21e9, 21e9, "EUR", Y, "eu countermeasures value"),
 ("w-eu90", W, "on hold for 90 days", "90 days", "duration", 90, 90, "days", Y, "eu countermeasure suspension"),
 ("w-jul9", W, "runs until July 9", "July 9", "date", 2025, 2025, "year", Y, "pause end"),

 # ---- TF02 press (2025-05-13)
 ("p-h30", P, "Cuts Tariffs to 30%", "30%", "percent", 30, 30, "%", N, "headline repeat"),
 ("p-h163", P, "Record $16.3 billion", "$16.3 billion", "money", 16.3*BN, 16.3*BN, "USD", N, "subtitle repeat"),
 ("p-hapr", P, "billion in April customs", "April", "date", 2025, 2025, "year", N, "subtitle qualifier"),
 ("p-dl", P, "May 13, 2025 /TradeWire/", "May 13, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-mon", P, "in Geneva on Monday", "Monday", "date", 2025, 2025, "year", Y, "geneva joint statement date"),
 ("p-145", P, "will fall from 145% to 30%", "145%", "percent", 145, 145, "%", Y, "combined us tariff on china before geneva"),
 ("p-30", P, "from 145% to 30% on", "30%", "percent", 30, 30, "%", Y, "combined us tariff on china after geneva"),
 ("p-may14", P, "to 30% on May 14", "May 14", "date", 2025, 2025, "year", Y, "geneva rates effective"),
 ("p-90", P, "initial period of 90 days", "90 days", "duration", 90, 90, "days", Y, "geneva truce length"),
 ("p-24pp", P, "suspend 24 percentage points", "24 percentage points", "percent", 24, 24, "pp", Y, "suspended part of reciprocal rate"),
 ("p-34", P, "of the 34% reciprocal", "34%", "percent", 34, 34, "%", Y, "china reciprocal rate apr 2"),
 ("p-apr2a", P, "rate set on April 2", "April 2", "date", 2025, 2025, "year", Y, "announcement date"),
 ("p-rem10", P, "the remaining 10%", "10%", "percent", 10, 10, "%", Y, "retained reciprocal rate on china"),
 ("p-fent20", P, "The 20% duty tied", "20%", "percent", 20, 20, "%", Y, "fentanyl tariff on china"),
 ("p-ch125", P, "goods from 125% to 10%", "125%", "percent", 125, 125, "%", Y, "china rate on us before geneva"),
 ("p-ch10", P, "from 125% to 10% over", "10%", "percent", 10, 10, "%", Y, "china rate on us after geneva"),
 ("p-115", P, "by 115 percentage points", "115 percentage points", "percent", 115, 115, "pp", Y, "reduction each side"),
 ("p-232", P, "as are the 25% Section 232", "25%", "percent", 25, 25, "%", Y, "steel/aluminum/auto tariffs"),
 ("p-may2", P, "ended on May 2", "May 2", "date", 2025, 2025, "year", Y, "de minimis end for china"),
 ("p-jul9", P, "runs to July 9", "July 9", "date", 2025, 2025, "year", Y, "pause end"),
 ("p-base10", P, "pay the 10% baseline", "10%", "percent", 10, 10, "%", Y, "baseline rate"),
 ("p-163", P, "duties of $16.3 billion in April", "$16.3 billion", "money", 16.3*BN, 16.3*BN, "USD", Y, "customs duties april 2025 (mts)"),
 ("p-apr", P, "$16.3 billion in April, the", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-875", P, "$8.75 billion in March", "$8.75 billion", "money", 8.75*BN, 8.75*BN, "USD", Y, "customs duties march 2025"),
 ("p-mar", P, "billion in March and", "March", "date", 2025, 2025, "year", N, "qualifier"),
 ("p-double", P, "more than double the", "double", "ratio", 2, 2, "x", N, "comparison"),
 ("p-71", P, "the $7.1 billion collected", "$7.1 billion", "money", 7.1*BN, 7.1*BN, "USD", Y, "customs duties april 2024"),
 ("p-apr24", P, "collected in April 2024", "April 2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-fy24", P, "all of fiscal 2024 totaled", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("p-98", P, "totaled $98 billion", "$98 billion", "money", 98*BN, 98*BN, "USD", Y, "customs duties fy2024"),
 ("p-23", P, "nearly two-thirds of importers", "two-thirds", "percent", 66.67, 66.67, "%", Y, "importers paying monthly"),
 ("p-v49", P, "on a 49-48 vote", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes for"),
 ("p-v48", P, "a 49-48 vote", "48", "count", 48, 48, "votes", Y, "senate apr 30 votes against"),
 ("p-apr30", P, "vote on April 30", "April 30", "date", 2025, 2025, "year", Y, "senate vote date"),
 ("p-apr2b", P, "underlying the April 2 tariffs", "April 2", "date", 2025, 2025, "year", N, "repeat"),
 ("p-1994", P, "Founded in 1994", "1994", "date", 1994, 1994, "year", N, "about section"),

 # ---- TF03 abstract (2026-02-03)
 ("a-pub", A, "Published online 3 February 2026", "3 February 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("a-title", A, "around the April 2025 US", "April 2025", "date", 2025, 2025, "year", N, "title"),
 ("a-apr2", A, "On 2 April 2025 the", "2 April 2025", "date", 2025, 2025, "year", Y, "announcement date"),
 ("a-1977", A, "(IEEPA) of 1977", "1977", "date", 1977, 1977, "year", Y, "ieepa enacted"),
 ("a-base10", A, "impose a 10% baseline", "10%", "percent", 10, 10, "%", Y, "baseline tariff"),
 ("a-57", A, "rates on 57 trading", "57", "count", 57, 57, "countries", Y, "partners with higher rates"),
 ("a-50", A, "ranging up to 50%", "50%", "percent", 50, 50, "%", Y, "highest reciprocal rate"),
 ("a-225", A, "rate to 22.5%", "22.5%", "percent", 22.5, 22.5, "%", Y, "effective tariff rate after apr 2 (yale)"),
 ("a-1909", A, "the highest since 1909", "1909", "date", 1909, 1909, "year", Y, "effective rate highest since (apr 2)"),
 ("a-125", A, "Chinese goods to 125% by", "125%", "percent", 125, 125, "%", Y, "combined us tariff on china after apr 9"),
 ("a-apr10", A, "125% by 10 April", "10 April", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-apr9", A, "while a 9 April pause", "9 April", "date", 2025, 2025, "year", Y, "pause date"),
 ("a-p10", A, "rates to 10% for 90 days", "10%", "percent", 10, 10, "%", Y, "rate during pause"),
 ("a-p90", A, "10% for 90 days", "90 days", "duration", 90, 90, "days", Y, "pause length"),
 ("a-1133", A, "US$113.3 billion", "US$113.3 billion", "money", 113.3*BN, 113.3*BN, "USD", Y, "customs duties fy2025"),
 ("a-fy25", A, "billion in fiscal year 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-N", A, "(N = 497)", "497", "count", 497, 497, "firms", Y, "firms studied"),
 ("a-n121", A, "(n=121)", "121", "count", 121, 121, "firms", Y, "import-reliant firms"),
 ("a-25cogs", A, "exceeded 25% of cost", "25%", "percent", 25, 25, "%", N, "definitional threshold"),
 ("a-2024f", A, "in 2024 annual filings", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-n376", A, "(n=376)", "376", "count", 376, 376, "firms", Y, "other firms"),
 ("a-250d", A, "over 250 trading days", "250 trading days", "duration", 250, 250, "days", N, "method"),
 ("a-31jan", A, "ending 31 January 2025", "31 January 2025", "date", 2025, 2025, "year", N, "method"),
 ("a-w1", A, "were 3–4 April 2025", "3–4 April 2025", "date", 2025, 2025, "year", N, "event window"),
 ("a-w2", A, "9 April 2025 (pause)", "9 April 2025", "date", 2025, 2025, "year", N, "event window"),
 ("a-w3", A, "and 12 May 2025 (Geneva", "12 May 2025", "date", 2025, 2025, "year", N, "event window"),
 ("a-484", A, "fell 4.84% on 3 April", "4.84%", "percent", 4.84, 4.84, "%", Y, "s&p 500 drop apr 3"),
 ("a-3apr", A, "4.84% on 3 April", "3 April", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-597", A, "and 5.97% on 4 April", "5.97%", "percent", 5.97, 5.97, "%", Y, "s&p 500 drop apr 4"),
 ("a-4apr", A, "5.97% on 4 April", "4 April", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-2day", A, "a two-day decline", "two-day", "duration", 2, 2, "days", N, "timepoint"),
 ("a-105", A, "decline of 10.5%", "10.5%", "percent", 10.5, 10.5, "%", Y, "s&p 500 two-day drop"),
 ("a-1679", A, "lost 1,679 and", "1,679", "count", 1679, 1679, "points", Y, "dow drop apr 3"),
 ("a-2231", A, "and 2,231 points", "2,231 points", "count", 2231, 2231, "points", Y, "dow drop apr 4"),
 ("a-2days", A, "Over the two days", "two days", "duration", 2, 2, "days", N, "timepoint"),
 ("a-car1", A, "was −3.8 percentage points", "−3.8 percentage points", "percent", -3.8, -3.8, "pp", Y, "car import-reliant apr 3-4"),
 ("a-car1ci", A, "(95% CI −4.9 to −2.7)", "−4.9 to −2.7", "percent", -4.9, -2.7, "pp", Y, "ci"),
 ("a-car2", A, "and 0.6 percentage points", "0.6 percentage points", "percent", 0.6, 0.6, "pp", Y, "car other firms apr 3-4"),
 ("a-car2ci", A, "(95% CI 0.2 to 1.0)", "0.2 to 1.0", "percent", 0.2, 1.0, "pp", Y, "ci"),
 ("a-diff", A, "difference −4.4 percentage points", "−4.4 percentage points", "percent", -4.4, -4.4, "pp", Y, "car difference"),
 ("a-diffci", A, "(95% CI −5.6 to −3.2", "−5.6 to −3.2", "percent", -5.6, -3.2, "pp", Y, "ci"),
 ("a-p1", A, "−3.2; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-n34", A, "Retailers (n=34)", "34", "count", 34, 34, "firms", Y, "retailers"),
 ("a-car3", A, "CAR of −7.2 percentage points", "−7.2 percentage points", "percent", -7.2, -7.2, "pp", Y, "car retailers"),
 ("a-9apr", A, "On 9 April the index", "9 April", "date", 2025, 2025, "year", N, "timepoint"),
 ("a-1day", A, "largest one-day gain", "one-day", "duration", 1, 1, "days", N, "descriptor"),
 ("a-952", A, "the index rose 9.52%", "9.52%", "percent", 9.52, 9.52, "%", Y, "s&p 500 gain apr 9"),
 ("a-2008", A, "gain since 2008", "2008", "date", 2008, 2008, "year", Y, "s&p best day since (apr 9)"),
 ("a-ar1", A, "return of 2.1 percentage points", "2.1 percentage points", "percent", 2.1, 2.1, "pp", Y, "ar import-reliant apr 9"),
 ("a-ar1ci", A, "(95% CI 1.2 to 3.0", "1.2 to 3.0", "percent", 1.2, 3.0, "pp", Y, "ci"),
 ("a-p2", A, "3.0; P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-12may", A, "On 12 May, when", "12 May", "date", 2025, 2025, "year", Y, "geneva joint statement date"),
 ("a-30", A, "Chinese goods to 30%", "30%", "percent", 30, 30, "%", Y, "combined us tariff on china after geneva"),
 ("a-10", A, "US goods to 10%", "10%", "percent", 10, 10, "%", Y, "china rate on us after geneva"),
 ("a-326", A, "the index rose 3.26%", "3.26%", "percent", 3.26, 3.26, "%", Y, "s&p 500 gain may 12"),
 ("a-ar2", A, "firms was 1.4 percentage points", "1.4 percentage points", "percent", 1.4, 1.4, "pp", Y, "ar import-reliant may 12"),
 ("a-ar2ci", A, "(95% CI 0.7 to 2.1", "0.7 to 2.1", "percent", 0.7, 2.1, "pp", Y, "ci"),
 ("a-p3", A, "P=0.002", "0.002", "pvalue", 0.002, 0.002, "p", N, "p-value"),
 ("a-9aprm", A, "after the 9 April modifications", "9 April", "date", 2025, 2025, "year", N, "qualifier"),
 ("a-27", A, "modifications, 27%", "27%", "percent", 27, 27, "%", Y, "effective tariff rate after apr 9 (yale)"),
 ("a-1903", A, "highest since 1903", "1903", "date", 1903, 1903, "year", Y, "effective rate highest since (apr 9 update)"),

 # ---- TF04 explainer (2025-12-02)
 ("e-upd", E, "Updated December 2, 2025", "December 2, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-apr2", E, "Rose Garden on April 2", "April 2", "date", 2025, 2025, "year", Y, "announcement date"),
 ("e-qapr2", E, "What did the April 2 order", "April 2", "date", 2025, 2025, "year", N, "heading repeat"),
 ("e-base10", E, "It put a 10% tariff", "10%", "percent", 10, 10, "%", Y, "baseline tariff"),
 ("e-apr5", E, "starting April 5", "April 5", "date", 2025, 2025, "year", Y, "baseline effective"),
 ("e-60", E, "on about 60 trading", "60", "count", 60, 60, "countries", Y, "partners with higher rates"),
 ("e-apr9a", E, "starting April 9:", "April 9", "date", 2025, 2025, "year", Y, "reciprocal effective"),
 ("e-eu20", E, "20% for the European Union", "20%", "percent", 20, 20, "%", Y, "eu reciprocal rate"),
 ("e-vn46", E, "46% for Vietnam", "46%", "percent", 46, 46, "%", Y, "vietnam reciprocal rate"),
 ("e-jp24", E, "24% for Japan", "24%", "percent", 24, 24, "%", Y, "japan reciprocal rate"),
 ("e-in26", E, "26% for India", "26%", "percent", 26, 26, "%", Y, "india reciprocal rate"),
 ("e-cn34", E, "34% for China", "34%", "percent", 34, 34, "%", Y, "china reciprocal rate apr 2"),
 ("e-1977", E, "a 1977 law", "1977", "date", 1977, 1977, "year", Y, "ieepa enacted"),
 ("e-105", E, "lost about 10.5%", "10.5%", "percent", 10.5, 10.5, "%", Y, "s&p 500 two-day drop"),
 ("e-2days", E, "over two trading days", "two trading days", "duration", 2, 2, "days", N, "timepoint"),
 ("e-apr9b", E, "On April 9, hours after", "April 9", "date", 2025, 2025, "year", Y, "pause date"),
 ("e-90a", E, "paused them for 90 days", "90 days", "duration", 90, 90, "days", Y, "pause length"),
 ("e-p10", E, "leaving a 10% rate", "10%", "percent", 10, 10, "%", Y, "rate during pause"),
 ("e-95", E, "jumped 9.5% that day", "9.5%", "percent", 9.5, 9.5, "%", Y, "s&p 500 gain apr 9"),
 ("e-2009", E, "best day since 2009", "2009", "date", 2009, 2009, "year", Y, "s&p best day since (apr 9)"),
 ("e-30d", E, "the 30-day pause", "30-day", "duration", 30, 30, "days", Y, "canada/mexico february pause"),
 ("e-feb", E, "won in February", "February", "date", 2025, 2025, "year", N, "canada/mexico pause date"),
 ("e-145", E, "Chinese goods reached 145%", "145%", "percent", 145, 145, "%", Y, "combined us tariff on china after apr 9"),
 ("e-125", E, "U.S. goods hit 125%", "125%", "percent", 125, 125, "%", Y, "china rate on us before geneva"),
 ("e-may12", E, "agreed on May 12", "May 12", "date", 2025, 2025, "year", Y, "geneva joint statement date"),
 ("e-30", E, "cut them to 30%", "30%", "percent", 30, 30, "%", Y, "combined us tariff on china after geneva"),
 ("e-10", E, "30% and 10% for", "10%", "percent", 10, 10, "%", Y, "china rate on us after geneva"),
 ("e-90b", E, "10% for 90 days", "90 days", "duration", 90, 90, "days", Y, "geneva truce length"),
 ("e-26bn", E, "duties on €26 billion", "€26 billion", "money", 26e9, 26e9, "EUR", Y, "eu countermeasures value"),
 ("e-euapr9", E, "goods on April 9 but", "April 9", "date", 2025, 2025, "year", N, "eu approval date"),
 ("e-225", E, "tariff rate to 22.5%", "22.5%", "percent", 22.5, 22.5, "%", Y, "effective tariff rate after apr 2 (yale)"),
 ("e-1909", E, "the highest since 1909", "1909", "date", 1909, 1909, "year", Y, "effective rate highest since (apr 2)"),
 ("e-apr2b", E, "in place after April 2 would", "April 2", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-3800", E, "about $3,800 a year", "$3,800", "money", 3800, 3800, "USD", Y, "household cost apr 2 package (yale)"),
 ("e-195", E, "about $195 billion in fiscal 2025", "$195 billion", "money", 195*BN, 195*BN, "USD", Y, "customs duties fy2025"),
 ("e-fy25", E, "billion in fiscal 2025, up", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("e-77", E, "up from $77 billion", "$77 billion", "money", 77*BN, 77*BN, "USD", Y, "customs duties fy2024"),
 ("e-fy24", E, "billion in fiscal 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("e-may", E, "In May, the Court", "May", "date", 2025, 2025, "year", Y, "cit ruling date"),
 ("e-3j", E, "a three-judge panel", "three", "count", 3, 3, "judges", Y, "cit panel size"),
 ("e-auglast", E, "In August of last year", "August of last year", "date", 2024, 2024, "year", Y, "federal circuit ruling date"),
 ("e-v7", E, "by a 7-4 vote", "7", "count", 7, 7, "votes", Y, "federal circuit majority"),
 ("e-v4", E, "a 7-4 vote", "4", "count", 4, 4, "votes", Y, "federal circuit dissent"),
 ("e-nov5", E, "arguments on November 5", "November 5", "date", 2025, 2025, "year", Y, "supreme court argument date"),
 ("e-3h", E, "ran nearly three hours", "three hours", "duration", 3, 3, "hours", Y, "supreme court argument length"),
 ("e-90bn", E, "the roughly $90 billion", "$90 billion", "money", 90*BN, 90*BN, "USD", Y, "ieepa duties collected to late sept"),
 ("e-latesep", E, "collected through late September", "late September", "date", 2025, 2025, "year", N, "as-of"),
 ("e-apr30", E, "voted on April 30", "April 30", "date", 2025, 2025, "year", Y, "senate vote date"),
 ("e-s49a", E, "It failed 49-", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes for"),
 ("e-s49b", E, "-49, with four", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes against"),
 ("e-four", E, "with four Republicans", "four", "count", 4, 4, "senators", Y, "republicans voting for resolution"),
 ("e-t50", E, "which passed 50-", "50", "count", 50, 50, "votes", Y, "tabling motion votes for"),
 ("e-t49", E, "passed 50-49", "49", "count", 49, 49, "votes", Y, "tabling motion votes against"),

 # ---- TF05 blog (2025-09-15)
 ("b-12p", B, "running a 12-person", "12-person", "count", 12, 12, "employees", N, "headline aside"),
 ("b-5mo", B, "Five months of tariff", "Five months", "duration", 5, 5, "months", N, "headline"),
 ("b-pub", B, "September 15, 2025", "September 15, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("b-capapr", B, "Oakland in April, days after", "April", "date", 2025, 2025, "year", N, "caption"),
 ("b-four", B, "from four countries", "four", "count", 4, 4, "countries", Y, "author's source countries"),
 ("b-apr2", B, "On April 2 I watched", "April 2", "date", 2025, 2025, "year", Y, "announcement date"),
 ("b-eu39", B, "would pay 39%", "39%", "percent", 39, 39, "%", Y, "eu reciprocal rate"),
 ("b-vn46", B, "Vietnam 46%", "46%", "percent", 46, 46, "%", Y, "vietnam reciprocal rate"),
 ("b-in27", B, "India 27%", "27%", "percent", 27, 27, "%", Y, "india reciprocal rate"),
 ("b-half", B, "about half of my products", "half", "percent", 50, 50, "%", N, "aside"),
 ("b-cn34", B, "got 34% on top", "34%", "percent", 34, 34, "%", Y, "china reciprocal rate apr 2"),
 ("b-fent20", B, "the 20% fentanyl tariff", "20%", "percent", 20, 20, "%", Y, "fentanyl tariff on china"),
 ("b-apr4", B, "On Friday, April 4", "Friday, April 4", "date", 2025, 2025, "year", N, "timepoint"),
 ("b-2321", B, "fell 2,321 points", "2,321 points", "count", 2321, 2321, "points", Y, "dow drop apr 4"),
 ("b-1679", B, "losing 1,679 the day", "1,679", "count", 1679, 1679, "points", Y, "dow drop apr 3"),
 ("b-apr9", B, "On April 9 a 90-day", "April 9", "date", 2025, 2025, "year", Y, "pause date"),
 ("b-90", B, "a 90-day pause", "90-day", "duration", 90, 90, "days", Y, "pause length"),
 ("b-p10", B, "cut most countries to 10%", "10%", "percent", 10, 10, "%", Y, "rate during pause"),
 ("b-125", B, "China went to 125%", "125%", "percent", 125, 125, "%", Y, "reciprocal rate on china apr 9"),
 ("b-145", B, "the real number was 145%", "145%", "percent", 145, 145, "%", Y, "combined us tariff on china after apr 9"),
 ("b-two", B, "I had two containers", "two", "count", 2, 2, "containers", N, "personal aside"),
 ("b-6wk", B, "for six weeks", "six weeks", "duration", 6, 6, "weeks", N, "personal aside"),
 ("b-may", B, "came through in May", "May", "date", 2025, 2025, "year", N, "geneva timing"),
 ("b-30us", B, "Chinese goods dropped to 30%", "30%", "percent", 30, 30, "%", Y, "combined us tariff on china after geneva"),
 ("b-30cn", B, "products to 30% as well", "30%", "percent", 30, 30, "%", Y, "china rate on us after geneva"),
 ("b-cap", B, "January to August 2025", "January to August 2025", "date", 2025, 2025, "year", N, "caption"),
 ("b-aprau", B, "for April through August", "April through August", "date", 2025, 2025, "year", N, "period"),
 ("b-61400", B, "was $61,400", "$61,400", "money", 61400, 61400, "USD", Y, "author duty bill apr-aug 2025"),
 ("b-9800", B, "against $9,800", "$9,800", "money", 9800, 9800, "USD", Y, "author duty bill apr-aug 2024"),
 ("b-lastyr", B, "same months last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-apr2pk", B, "says the April 2 package", "April 2", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-4700", B, "household $4,700 a year", "$4,700", "money", 4700, 4700, "USD", Y, "household cost apr 2 package (yale)"),
 ("b-five", B, "Five of them", "Five", "count", 5, 5, "businesses", Y, "business plaintiffs (v.o.s.)"),
 ("b-dozen", B, "plus a dozen states", "a dozen", "count", 12, 12, "states", Y, "state plaintiffs"),
 ("b-may2", B, "International Trade in May", "May", "date", 2025, 2025, "year", Y, "cit ruling date"),
 ("b-aug29", B, "On August 29 the full", "August 29", "date", 2025, 2025, "year", Y, "federal circuit ruling date"),
 ("b-v8", B, "agreed, 8-3", "8", "count", 8, 8, "votes", Y, "federal circuit majority"),
 ("b-v3", B, "8-3, that", "3", "count", 3, 3, "votes", Y, "federal circuit dissent"),
 ("b-nov", B, "first week of November", "first week of November", "date", 2025, 2025, "year", N, "argument scheduled"),
 ("b-s49a", B, "failed 49-", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes for"),
 ("b-s49b", B, "-49 in April", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes against"),
 ("b-sapr", B, "49-49 in April", "April", "date", 2025, 2025, "year", N, "senate vote month"),
 ("b-three", B, "at least three tariff scenarios", "three", "count", 3, 3, "scenarios", N, "advice"),
 ("b-one", B, "One email every Tuesday", "One", "count", 1, 1, "emails", N, "page furniture"),
 ("b-4200", B, "Join 4,200 other", "4,200", "count", 4200, 4200, "readers", N, "page furniture"),

 # ---- TF06 local (2026-01-14), hard-wrapped
 ("l-pub", L, "Wednesday, January 14, 2026", "January 14, 2026", "date", 2026, 2026, "year", N, "metadata"),
 ("l-nov", L, "tariff case in November", "November", "date", 2025, 2025, "year", Y, "supreme court argument date"),
 ("l-1976", L, "a 1976 law", "1976", "date", 1976, 1976, "year", Y, "ieepa enacted"),
 ("l-feb", L, "and China in February", "February", "date", 2025, 2025, "year", N, "fentanyl tariffs"),
 ("l-apr2", L, "announced last April 2", "last April 2", "date", 2025, 2025, "year", Y, "announcement date"),
 ("l-195", L, "about $195 billion", "$195 billion", "money", 195*BN, 195*BN, "USD", Y, "customs duties fy2025"),
 ("l-fy25", L, "billion in fiscal 2025, up", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-250", L, "up 250% from", "250%", "percent", 250, 250, "%", Y, "fy2025 customs increase vs fy2024"),
 ("l-1133", L, "reached $113.3 billion gross", "$113.3 billion", "money", 113.3*BN, 113.3*BN, "USD", Y, "customs gross first 9 months fy2025"),
 ("l-108", L, "$108 billion net", "$108 billion", "money", 108*BN, 108*BN, "USD", Y, "customs net first 9 months fy2025"),
 ("l-9mo", L, "the first nine months alone", "nine months", "duration", 9, 9, "months", N, "timepoint"),
 ("l-165", L, "a record $16.5 billion", "$16.5 billion", "money", 16.5*BN, 16.5*BN, "USD", Y, "customs duties april 2025 (daily data)"),
 ("l-apr", L, "billion in April to about", "April", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-30", L, "to about $30 billion", "$30 billion", "money", 30*BN, 30*BN, "USD", Y, "customs duties september 2025"),
 ("l-sep", L, "by September", "September", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-89", L, "roughly $89 billion", "$89 billion", "money", 89*BN, 89*BN, "USD", Y, "ieepa duties collected to late sept"),
 ("l-latesep", L, "law through late September", "late September", "date", 2025, 2025, "year", N, "as-of"),
 ("l-6fig", L, "paid six figures", "six figures", "money", None, None, "USD", N, "vague (quote)"),
 ("l-aprq", L, "in April alone", "April", "date", 2025, 2025, "year", N, "quote qualifier"),
 ("l-145", L, "paying 145% on", "145%", "percent", 145, 145, "%", Y, "combined us tariff on china after apr 9"),
 ("l-month", L, "for a month before Geneva", "a month", "duration", 1, 1, "months", N, "quote"),
 ("l-spring1", L, "Memories of last spring", "last spring", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-apr2b", L, "absorbed the April 2", "April 2", "date", 2025, 2025, "year", N, "repeat"),
 ("l-597", L, "fell 5.97% on", "5.97%", "percent", 5.97, 5.97, "%", Y, "s&p 500 drop apr 3"),
 ("l-apr3", L, "Thursday, April 3", "Thursday, April 3", "date", 2025, 2025, "year", N, "timepoint"),
 ("l-2020", L, "worst day since 2020", "2020", "date", 2020, 2020, "year", N, "comparison year"),
 ("l-3j", L, "A three-judge panel", "three", "count", 3, 3, "judges", Y, "cit panel size"),
 ("l-may28", L, "unanimously on May 28", "May 28", "date", 2025, 2025, "year", Y, "cit ruling date"),
 ("l-10d", L, "the government 10 days", "10 days", "duration", 10, 10, "days", Y, "cit compliance window"),
 ("l-v7", L, "upheld the ruling 7-4", "7", "count", 7, 7, "votes", Y, "federal circuit majority"),
 ("l-v4", L, "7-4 on Aug.", "4", "count", 4, 4, "votes", Y, "federal circuit dissent"),
 ("l-aug29", L, "Aug. 29 last year", "Aug. 29 last year", "date", 2025, 2025, "year", Y, "federal circuit ruling date"),
 ("l-five", L, "include five small businesses", "five", "count", 5, 5, "businesses", Y, "business plaintiffs (v.o.s.)"),
 ("l-12", L, "and 12 states", "12", "count", 12, 12, "states", Y, "state plaintiffs"),
 ("l-180", L, "within 180 days", "180 days", "duration", 180, 180, "days", Y, "protest deadline after liquidation"),
 ("l-314", L, "about 314 days", "314 days", "duration", 314, 314, "days", Y, "entry to liquidation"),
 ("l-spring2", L, "entries from last spring", "last spring", "date", 2025, 2025, "year", N, "qualifier"),
 ("l-2024", L, "where they were in 2024", "2024", "date", 2024, 2024, "year", N, "comparison year"),

 # ---- TF07 fact-check (2025-11-20)
 ("f-h2bn", F, "bringing in \"$2 billion a day", "$2 billion", "money", 2*BN, 2*BN, "USD/day", N, "post claim (headline)"),
 ("f-pub", F, "ClearCheck | November 20, 2025", "November 20, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("f-c2bn", F, "bring in $2 billion a day, over", "$2 billion", "money", 2*BN, 2*BN, "USD/day", N, "post claim"),
 ("f-c700", F, "over $700 billion a year", "$700 billion", "money", 700*BN, 700*BN, "USD/yr", N, "post claim"),
 ("f-c3", F, "\"three courts have already", "three", "count", 3, 3, "courts", N, "post claim"),
 ("f-v2bn", F, "far below $2 billion a day", "$2 billion", "money", 2*BN, 2*BN, "USD/day", N, "verdict repeat"),
 ("f-195", F, "duties of about $195 billion", "$195 billion", "money", 195*BN, 195*BN, "USD", Y, "customs duties fy2025"),
 ("f-fy25", F, "billion for fiscal 2025", "2025", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-fyrange", F, "from Oct. 1, 2024, to Sept. 30, 2025", "Oct. 1, 2024, to Sept. 30, 2025", "date", 2024, 2025, "year", N, "fiscal year definition"),
 ("f-153", F, "increase of about 153%", "153%", "percent", 153, 153, "%", Y, "fy2025 customs increase vs fy2024"),
 ("f-77", F, "the $77 billion collected", "$77 billion", "money", 77*BN, 77*BN, "USD", Y, "customs duties fy2024"),
 ("f-fy24", F, "collected in fiscal 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-534a", F, "roughly $534 million a day over", "$534 million", "money", 534e6, 534e6, "USD/day", Y, "average daily customs fy2025"),
 ("f-sep", F, "Even in September", "September", "date", 2025, 2025, "year", N, "qualifier"),
 ("f-30bn", F, "collections of about $30 billion", "$30 billion", "money", 30*BN, 30*BN, "USD", Y, "customs duties september 2025"),
 ("f-1bn", F, "roughly $1 billion a day", "$1 billion", "money", 1*BN, 1*BN, "USD/day", Y, "daily customs september"),
 ("f-2bnfig", F, "repeated the $2 billion figure", "$2 billion", "money", 2*BN, 2*BN, "USD/day", N, "claim repeat"),
 ("f-may28", F, "On May 28, a three-judge", "May 28", "date", 2025, 2025, "year", Y, "cit ruling date"),
 ("f-3j", F, "a three-judge panel", "three", "count", 3, 3, "judges", Y, "cit panel size"),
 ("f-1977", F, "Powers Act of 1977", "1977", "date", 1977, 1977, "year", Y, "ieepa enacted"),
 ("f-apr2", F, "announced on April 2", "April 2", "date", 2025, 2025, "year", N, "repeat"),
 ("f-daylater", F, "A day later", "A day", "duration", 1, 1, "days", N, "relative time"),
 ("f-twotoy", F, "brought by two educational-toy", "two", "count", 2, 2, "companies", Y, "learning resources plaintiffs"),
 ("f-aug29", F, "On Aug. 29, the U.S.", "Aug. 29", "date", 2025, 2025, "year", Y, "federal circuit ruling date"),
 ("f-11", F, "all 11 active judges", "11", "count", 11, 11, "judges", Y, "federal circuit judges"),
 ("f-v7", F, "by a 7-4 vote", "7", "count", 7, 7, "votes", Y, "federal circuit majority"),
 ("f-v4", F, "a 7-4 vote", "4", "count", 4, 4, "votes", Y, "federal circuit dissent"),
 ("f-five", F, "are five small businesses", "five", "count", 5, 5, "businesses", Y, "business plaintiffs (v.o.s.)"),
 ("f-13", F, "and 13 states", "13", "count", 13, 13, "states", Y, "state plaintiffs"),
 ("f-sep9", F, "agreed on Sept. 9", "Sept. 9", "date", 2025, 2025, "year", Y, "supreme court grant date"),
 ("f-1h", F, "heard about an hour of argument", "an hour", "duration", 1, 1, "hours", Y, "supreme court argument length"),
 ("f-nov5", F, "argument on Nov. 5", "Nov. 5", "date", 2025, 2025, "year", Y, "supreme court argument date"),
 ("f-90bn", F, "paid about $90 billion", "$90 billion", "money", 90*BN, 90*BN, "USD", Y, "ieepa duties collected to late sept"),
 ("f-latesep", F, "law through late September", "late September", "date", 2025, 2025, "year", N, "as-of"),
 ("f-apr2b", F, "Trump's April 2 order cited", "April 2", "date", 2025, 2025, "year", N, "repeat"),
 ("f-9184", F, "a $918.4 billion deficit", "$918.4 billion", "money", 918.4*BN, 918.4*BN, "USD", Y, "2024 goods and services deficit"),
 ("f-2024", F, "goods and services in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("f-12t", F, "about $1.2 trillion", "$1.2 trillion", "money", 1.2e12, 1.2e12, "USD", Y, "2024 goods deficit"),
 ("f-apr30", F, "On April 30, a Senate", "April 30", "date", 2025, 2025, "year", Y, "senate vote date"),
 ("f-s49a", F, "emergency failed 49-", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes for"),
 ("f-s49b", F, "-49; three", "49", "count", 49, 49, "votes", Y, "senate apr 30 votes against"),
 ("f-3rep", F, "three Republicans, Rand", "three", "count", 3, 3, "senators", Y, "republicans voting for resolution"),
 ("f-195b", F, "about $195 billion last fiscal year", "$195 billion", "money", 195*BN, 195*BN, "USD", Y, "customs duties fy2025 (ruling)"),
 ("f-qtr", F, "about a quarter of the", "a quarter", "percent", 25, 25, "%", Y, "actual vs claimed daily revenue"),
 ("f-2bnc", F, "the $2 billion a day that the post", "$2 billion", "money", 2*BN, 2*BN, "USD/day", N, "claim repeat"),
 ("f-3ag", F, "three have ruled against", "three", "count", 3, 3, "courts", Y, "courts ruling against ieepa tariffs"),
]

S, Q = "strict", "qualified"
X = [
 # S1 S&P 500 drop on Thursday April 3
 ("l-597", "w-484", S), ("l-597", "a-484", S),
 # S2 Dow points lost Friday April 4 (transposed digits)
 ("b-2321", "w-2231", S), ("b-2321", "a-2231", S),
 # S3 S&P best day since (April 9)
 ("e-2009", "w-2008", S), ("e-2009", "a-2008", S),
 # S4 Vietnam reciprocal rate (Cambodia's 49% swapped in)
 ("w-vn49", "e-vn46", S), ("w-vn49", "b-vn46", S),
 # S5 EU reciprocal rate (claimed EU charge swapped in)
 ("b-eu39", "w-eu20", S), ("b-eu39", "e-eu20", S),
 # S6 combined US tariff on China after April 9 (reciprocal component reported as the total)
 ("a-125", "w-145", S), ("a-125", "e-145", S), ("a-125", "b-145", S), ("a-125", "l-145", S), ("a-125", "p-145", S),
 # S7 China's rate on US goods after Geneva (US side's figure swapped in)
 ("b-30cn", "p-ch10", S), ("b-30cn", "a-10", S), ("b-30cn", "e-10", S),
 # S8 EU countermeasures approved April 9 (March proposal figure)
 ("e-26bn", "w-21bn", S),
 # S9 Yale household cost of the April 2 package (April 10 update figure)
 ("b-4700", "e-3800", S),
 # S10 IEEPA enactment year (National Emergencies Act year)
 ("l-1976", "a-1977", S), ("l-1976", "e-1977", S), ("l-1976", "f-1977", S),
 # S11 Senate April 30 vote, votes against
 ("p-v48", "e-s49b", S), ("p-v48", "b-s49b", S), ("p-v48", "f-s49b", S),
 # S12 Federal Circuit tally 8-3 vs 7-4
 ("b-v8", "e-v7", S), ("b-v8", "l-v7", S), ("b-v8", "f-v7", S),
 ("b-v3", "e-v4", S), ("b-v3", "l-v4", S), ("b-v3", "f-v4", S),
 # S13 Federal Circuit ruling year ("August of last year" in a Dec 2025 piece = 2024)
 ("e-auglast", "b-aug29", S), ("e-auglast", "l-aug29", S), ("e-auglast", "f-aug29", S),
 # S14 customs duties FY2024 ($98B = customs + excise)
 ("p-98", "e-77", S), ("p-98", "f-77", S),
 # S15 customs duties FY2025 (nine-month figure reported as the fiscal year)
 ("a-1133", "e-195", S), ("a-1133", "l-195", S), ("a-1133", "f-195", S), ("a-1133", "f-195b", S),
 # S16 Supreme Court argument length
 ("f-1h", "e-3h", S),
 # S17 FY2025 customs increase vs FY2024 ("250% of" read as "up 250%")
 ("l-250", "f-153", S),
 # S18 Republicans voting for the April 30 resolution (Canada vote's four)
 ("e-four", "f-3rep", S),
 # S19 state plaintiffs in V.O.S. Selections
 ("f-13", "b-dozen", S), ("f-13", "l-12", S),
 # Qualified
 ("p-163", "l-165", Q),
 ("b-in27", "e-in26", Q),
 ("a-57", "w-60", Q), ("a-57", "e-60", Q),
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
        if lo is not None:
            lo = round(lo, 6); hi = round(hi, 6)
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
    conf = []
    seen = set()
    for a, b, g in X:
        a, b = f"{T}-{a}", f"{T}-{b}"
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
