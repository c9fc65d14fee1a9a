#!/usr/bin/env python3
"""Build mdma-panel.gold.jsonl from the articles in mdma-panel/.

Each claim is given as a context string that occurs exactly once in its article,
with the claim's span marked [[like this]]. The script finds the context, computes
code-point offsets of the span, checks text[start:end] == span and writes the gold.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "mdma-panel"
DIR = os.path.join(HERE, TOPIC)
OUT = os.path.join(HERE, TOPIC + ".gold.jsonl")

W, P, A, E, B, T, F = ("mdma01_wire.txt", "mdma02_press.txt", "mdma03_abstract.txt",
                       "mdma04_explainer.txt", "mdma05_blog.txt", "mdma06_trade.txt",
                       "mdma07_factcheck.txt")
R, O = True, False  # required / optional
THIRD = 100 / 3
TWO3 = 200 / 3

# (doc, id, context-with-[[span]], kind, low, high, unit, required, topic)
C = [
 # ---------------- wire, 2024-06-04 (Tuesday) ----------------
 (W, "w-dateline", "WASHINGTON, [[June 4]] (Meridian", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
 (W, "w-tue", "said on [[Tuesday]] that", "date", 2024, 2024, "year", R, "advisory committee vote date"),
 (W, "w-11", "The [[11]] voting members", "count", 11, 11, "voting members", R, "adcom voting members"),
 (W, "w-eno", "voted [[9]]-2 that", "count", 9, 9, "votes", R, "adcom effectiveness: votes no"),
 (W, "w-eyes", "voted 9-[[2]] that", "count", 2, 2, "votes", R, "adcom effectiveness: votes yes"),
 (W, "w-bno", "they voted [[10]]-1 against", "count", 10, 10, "votes", R, "adcom benefit-risk: votes no"),
 (W, "w-byes", "they voted 10-[[1]] against", "count", 1, 1, "votes", R, "adcom benefit-risk: votes yes"),
 (W, "w-pdufa", "due by [[Aug. 11]].", "date", 2024, 2024, "year", R, "PDUFA target date"),
 (W, "w-jan", "until [[January]] was known", "date", 2024, 2024, "year", R, "rename to Lykos / Series A"),
 (W, "w-100m", "more than [[$100 million]] when", "money", 100000000, 100000000, "USD", R, "Series A raised"),
 (W, "w-2trials", "case on [[two]] late-stage trials", "count", 2, 2, "trials", O, "number of pivotal trials"),
 (W, "w-200", "enrolled [[about 200]] people", "count", 200, 200, "participants", R, "MAPP1+MAPP2 combined enrollment"),
 (W, "w-2021", "published in [[2021]],", "date", 2021, 2021, "year", R, "MAPP1 publication"),
 (W, "w-67", "2021, [[67%]] of participants", "percent", 67, 67, "%", R, "MAPP1 MDMA arm no longer met PTSD criteria"),
 (W, "w-32", "against [[32%]] of those", "percent", 32, 32, "%", R, "MAPP1 placebo arm no longer met PTSD criteria"),
 (W, "w-9h", "nearly [[nine-hour]] meeting", "duration", 9, 9, "hours", R, "adcom meeting length"),
 (W, "w-90", "roughly [[90%]] of people", "percent", 90, 90, "%", R, "unblinding: MDMA arm guessed correctly"),
 (W, "w-75", "so did [[75%]] of those", "percent", 75, 75, "%", R, "unblinding: placebo arm guessed correctly"),
 (W, "w-25y", "treatment in [[25 years]].", "duration", 25, 25, "years", R, "since last adcom on a new PTSD treatment"),
 (W, "w-13m", "about [[13 million]] Americans", "count", 13000000, 13000000, "people", R, "US PTSD prevalence per year (VA)"),
 (W, "w-2drugs", "only [[two]] drugs", "count", 2, 2, "drugs", R, "FDA-approved PTSD drugs"),
 (W, "w-lastmo", "[[Last month]], the Institute", "date", 2024, 2024, "year", R, "ICER report (May 2024)"),
 (W, "w-1985", "substance since [[1985]].", "date", 1985, 1985, "year", R, "MDMA Schedule I since"),

 # ---------------- press release, 2024-08-09 ----------------
 (P, "p-dateline", "Calif., [[Aug. 9, 2024]] /Newswire/", "date", 2024, 2024, "year", O, "dateline (publication metadata)"),
 (P, "p-crl", "announced that on [[August 9, 2024]], the U.S.", "date", 2024, 2024, "year", R, "CRL date"),
 (P, "p-years", "would take [[several years]]", "duration", None, None, "years", O, "time for a new phase 3 (vague, quote)"),
 (P, "p-adcom", "Committee meeting on [[June 4, 2024]].", "date", 2024, 2024, "year", R, "advisory committee date"),
 (P, "p-nda", "the NDA in [[December 2023]]", "date", 2023, 2023, "year", R, "NDA submission"),
 (P, "p-acc", "priority review in [[February 2024]]", "date", 2024, 2024, "year", R, "NDA acceptance"),
 (P, "p-2trials", "results from [[two]] randomized", "count", 2, 2, "trials", O, "number of pivotal trials"),
 (P, "p-3sess", "participants received [[three]] MDMA or placebo sessions", "count", 3, 3, "sessions", R, "dosing sessions per course"),
 (P, "p-month", "spaced about [[a month]] apart", "duration", 1, 1, "months", R, "interval between dosing sessions"),
 (P, "p-m1n", "MAPP1 enrolled [[90]] participants", "count", 90, 90, "participants", R, "MAPP1 randomized"),
 (P, "p-23rds", "About [[two-thirds]] of those treated", "percent", TWO3, TWO3, "%", R, "MAPP1 MDMA arm no longer met PTSD criteria"),
 (P, "p-m2n", "MAPP2 enrolled [[104]] participants", "count", 104, 104, "participants", R, "MAPP2 randomized"),
 (P, "p-18wk", "At [[18 weeks]], 71.2%", "duration", 18, 18, "weeks", O, "timepoint (primary endpoint)"),
 (P, "p-712", "18 weeks, [[71.2%]] of participants", "percent", 71.2, 71.2, "%", R, "MAPP2 MDMA arm no longer met PTSD criteria"),
 (P, "p-476", "compared with [[47.6%]] of participants", "percent", 47.6, 47.6, "%", R, "MAPP2 placebo arm no longer met PTSD criteria"),
 (P, "p-237", "mean reduction of [[23.7]] points", "score", 23.7, 23.7, "CAPS-5 points", R, "MAPP2 CAPS-5 change, MDMA arm (reduction)"),
 (P, "p-148", "versus [[14.8]] points with placebo", "score", 14.8, 14.8, "CAPS-5 points", R, "MAPP2 CAPS-5 change, placebo arm (reduction)"),
 (P, "p-2014", "was created in [[2014]] by", "date", 2014, 2014, "year", O, "About: MAPS PBC created"),
 (P, "p-2017", "In [[2017]] the FDA granted", "date", 2017, 2017, "year", O, "About: Breakthrough Therapy designation"),
 (P, "p-13m", "approximately [[13 million]] adults", "count", 13000000, 13000000, "people", O, "About: US PTSD prevalence per year"),

 # ---------------- abstract, 2024-12-02 ----------------
 (A, "a-pub", "Published online [[2 December 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
 (A, "a-title", "the two phase 3 trials and the [[2024]] US regulatory review", "date", 2024, 2024, "year", O, "title year of review"),
 (A, "a-2trials-t", "disorder: the [[two]] phase 3 trials", "count", 2, 2, "trials", O, "title: number of pivotal trials"),
 (A, "a-2trials", "outcomes from the [[two]] randomized", "count", 2, 2, "trials", O, "number of pivotal trials"),
 (A, "a-3exp", "participants received [[three]] experimental sessions", "count", 3, 3, "sessions", R, "dosing sessions per course"),
 (A, "a-4wk", "sessions about [[4 weeks]] apart", "duration", 4, 4, "weeks", R, "interval between dosing sessions"),
 (A, "a-80", "initial dose of [[80 mg]] or", "dose", 80, 80, "mg", R, "initial dose (first session)"),
 (A, "a-120", "80 mg or [[120 mg]] followed", "dose", 120, 120, "mg", R, "initial dose (later sessions)"),
 (A, "a-15h", "followed [[1.5–2 hours]] later", "duration", 1.5, 2, "hours", R, "time to supplemental dose"),
 (A, "a-40", "half-dose ([[40 mg]] or", "dose", 40, 40, "mg", R, "supplemental half-dose (first session)"),
 (A, "a-60", "40 mg or [[60 mg]])", "dose", 60, 60, "mg", R, "supplemental half-dose (later sessions)"),
 (A, "a-3prep", "plus [[three]] preparatory", "count", 3, 3, "sessions", R, "preparatory sessions"),
 (A, "a-9int", "and [[nine]] integrative", "count", 9, 9, "sessions", R, "integrative sessions"),
 (A, "a-18wk", "raters at [[18 weeks]].", "duration", 18, 18, "weeks", O, "timepoint (primary endpoint)"),
 (A, "a-m1n", "randomized n=[[90]] adults", "count", 90, 90, "participants", R, "MAPP1 randomized"),
 (A, "a-m1nm", "(MDMA n=[[46]];", "count", 46, 46, "participants", R, "MAPP1 MDMA arm"),
 (A, "a-m1np", "placebo n=[[44]])", "count", 44, 44, "participants", R, "MAPP1 placebo arm"),
 (A, "a-15", "at [[15]] sites", "count", 15, 15, "sites", R, "MAPP1 sites"),
 (A, "a-m1cm", "change was [[−24.4]] with MDMA", "score", -24.4, -24.4, "CAPS-5 points", R, "MAPP1 CAPS-5 change, MDMA arm"),
 (A, "a-m1cp", "versus [[−13.9]] with placebo", "score", -13.9, -13.9, "CAPS-5 points", R, "MAPP1 CAPS-5 change, placebo arm"),
 (A, "a-m1d", "(d = [[0.91]];", "effect", 0.91, 0.91, "Cohen's d", R, "MAPP1 effect size"),
 (A, "a-m1p", "P < [[0.0001]])", "pvalue", 0.0001, 0.0001, "p", O, "MAPP1 p-value"),
 (A, "a-67", "and [[67%]] versus 32%", "percent", 67, 67, "%", R, "MAPP1 MDMA arm no longer met PTSD criteria"),
 (A, "a-32", "67% versus [[32%]] no longer", "percent", 32, 32, "%", R, "MAPP1 placebo arm no longer met PTSD criteria"),
 (A, "a-m2n", "randomized N = [[104]] adults", "count", 104, 104, "participants", R, "MAPP2 randomized"),
 (A, "a-m2nm", "(n = [[53]] and", "count", 53, 53, "participants", R, "MAPP2 MDMA arm"),
 (A, "a-m2np", "and n = [[51]]);", "count", 51, 51, "participants", R, "MAPP2 placebo arm"),
 (A, "a-women", "[[74]] of the 104 were women", "count", 74, 74, "participants", R, "MAPP2 women"),
 (A, "a-104rep", "74 of the [[104]] were women", "count", 104, 104, "participants", O, "MAPP2 randomized (repeat)"),
 (A, "a-m2cm", "change was [[−23.7]] (95% CI", "score", -23.7, -23.7, "CAPS-5 points", R, "MAPP2 CAPS-5 change, MDMA arm"),
 (A, "a-m2cmci", "(95% CI [[−26.94 to −20.44]])", "ci", -26.94, -20.44, "CAPS-5 points", R, "MAPP2 CAPS-5 change MDMA, 95% CI"),
 (A, "a-m2cp", "with MDMA and [[−14.8]] (95% CI", "score", -14.8, -14.8, "CAPS-5 points", R, "MAPP2 CAPS-5 change, placebo arm"),
 (A, "a-m2cpci", "(95% CI [[−18.28 to −11.28]])", "ci", -18.28, -11.28, "CAPS-5 points", R, "MAPP2 CAPS-5 change placebo, 95% CI"),
 (A, "a-m2p", "(P < [[0.001]]; d = 0.7)", "pvalue", 0.001, 0.001, "p", O, "MAPP2 p-value"),
 (A, "a-m2d", "; d = [[0.7]]);", "effect", 0.7, 0.7, "Cohen's d", R, "MAPP2 effect size"),
 (A, "a-sdsm", "Scale change was [[−3.3]] versus", "score", -3.3, -3.3, "SDS points", R, "MAPP2 SDS change, MDMA arm"),
 (A, "a-sdsp", "versus [[−2.1]] (P = 0.03)", "score", -2.1, -2.1, "SDS points", R, "MAPP2 SDS change, placebo arm"),
 (A, "a-sdspv", "(P = [[0.03]])", "pvalue", 0.03, 0.03, "p", O, "MAPP2 SDS p-value"),
 (A, "a-712", "In MAPP2, [[71.2%]] versus", "percent", 71.2, 71.2, "%", R, "MAPP2 MDMA arm no longer met PTSD criteria"),
 (A, "a-476", "versus [[47.6%]] no longer", "percent", 47.6, 47.6, "%", R, "MAPP2 placebo arm no longer met PTSD criteria"),
 (A, "a-462", "and [[46.2%]] versus 21.4%", "percent", 46.2, 46.2, "%", R, "MAPP2 MDMA arm remission"),
 (A, "a-214", "versus [[21.4%]] met remission", "percent", 21.4, 21.4, "%", R, "MAPP2 placebo arm remission"),
 (A, "a-team", "occurred in [[5]] (9.4%)", "count", 5, 5, "participants", R, "MAPP2 severe TEAE, MDMA arm (n)"),
 (A, "a-teamp", "5 ([[9.4%]]) MDMA", "percent", 9.4, 9.4, "%", R, "MAPP2 severe TEAE, MDMA arm"),
 (A, "a-teap", "MDMA and [[2]] (3.9%)", "count", 2, 2, "participants", R, "MAPP2 severe TEAE, placebo arm (n)"),
 (A, "a-teapp", "2 ([[3.9%]]) placebo", "percent", 3.9, 3.9, "%", R, "MAPP2 severe TEAE, placebo arm"),
 (A, "a-194", "both trials [[194]] participants", "count", 194, 194, "participants", R, "MAPP1+MAPP2 combined randomized"),
 (A, "a-adcom", "On [[4 June 2024]] the", "date", 2024, 2024, "year", R, "advisory committee date"),
 (A, "a-eyes", "voted [[2]] to 9 on", "count", 2, 2, "votes", R, "adcom effectiveness: votes yes"),
 (A, "a-eno", "voted 2 to [[9]] on", "count", 9, 9, "votes", R, "adcom effectiveness: votes no"),
 (A, "a-byes", "and [[1]] to 10 on whether", "count", 1, 1, "votes", R, "adcom benefit-risk: votes yes"),
 (A, "a-bno", "1 to [[10]] on whether", "count", 10, 10, "votes", R, "adcom benefit-risk: votes no"),
 (A, "a-icerdt", "on [[30 May 2024]], the", "date", 2024, 2024, "year", R, "ICER CEPAC meeting"),
 (A, "a-i14", "voted [[14]]–1 that", "count", 14, 14, "votes", R, "ICER CEPAC vs no MDMA: evidence not adequate"),
 (A, "a-i1", "voted 14–[[1]] that", "count", 1, 1, "votes", R, "ICER CEPAC vs no MDMA: adequate"),
 (A, "a-i15", "and [[15]]–0 against", "count", 15, 15, "votes", R, "ICER CEPAC vs psychotherapy: not adequate"),
 (A, "a-i0", "15–[[0]] against", "count", 0, 0, "votes", R, "ICER CEPAC vs psychotherapy: adequate"),
 (A, "a-retdt", "On [[10 August 2024]], Psychopharmacology", "date", 2024, 2024, "year", R, "retraction date"),
 (A, "a-3art", "retracted [[three]] articles", "count", 3, 3, "papers", R, "papers retracted"),

 # ---------------- explainer, 2024-09-12 ----------------
 (E, "e-3prep", "After [[three]] preparation sessions", "count", 3, 3, "sessions", R, "preparatory sessions"),
 (E, "e-3dose", "patient has [[three]] dosing days", "count", 3, 3, "sessions", R, "dosing sessions per course"),
 (E, "e-month", "spaced roughly [[a month]] apart", "duration", 1, 1, "months", R, "interval between dosing sessions"),
 (E, "e-8h", "lasts about [[eight hours]]", "duration", 8, 8, "hours", R, "dosing session length"),
 (E, "e-2ther", "supervised by [[two]] therapists", "count", 2, 2, "therapists", R, "therapists per dosing session"),
 (E, "e-80", "starting dose is [[80 mg]]", "dose", 80, 80, "mg", R, "initial dose (first session)"),
 (E, "e-40", "booster of [[40 mg]]", "dose", 40, 40, "mg", R, "supplemental dose (first session)"),
 (E, "e-120", "usually start at [[120 mg]]", "dose", 120, 120, "mg", R, "initial dose (later sessions)"),
 (E, "e-60", "with a [[60 mg]] booster", "dose", 60, 60, "mg", R, "supplemental dose (later sessions)"),
 (E, "e-3int", "followed by [[three]] integration sessions", "count", 3, 3, "sessions", R, "integration sessions per dosing day"),
 (E, "e-9", "sessions, [[nine]] in all", "count", 9, 9, "sessions", R, "integration sessions total"),
 (E, "e-2trials", "In the first of [[two]] large trials", "count", 2, 2, "trials", O, "number of phase 3 trials"),
 (E, "e-m1n", "large trials, [[90]] people", "count", 90, 90, "participants", R, "MAPP1 randomized"),
 (E, "e-8wk", "About [[eight weeks]] after", "duration", 8, 8, "weeks", O, "timepoint (after last session)"),
 (E, "e-71", "dosing session, [[71%]] of those", "percent", 71, 71, "%", R, "MAPP1 MDMA arm no longer met PTSD criteria (PLANTED: MAPP2's figure)"),
 (E, "e-32", "compared with [[32%]] of those", "percent", 32, 32, "%", R, "MAPP1 placebo arm no longer met PTSD criteria"),
 (E, "e-june", "public meeting in [[June]], 11", "date", 2024, 2024, "year", R, "advisory committee date"),
 (E, "e-11", "June, [[11]] outside advisers", "count", 11, 11, "voting members", R, "adcom voting members"),
 (E, "e-bno", "[[Ten]] of the eleven", "count", 10, 10, "votes", R, "adcom benefit-risk: votes no"),
 (E, "e-eleven", "Ten of the [[eleven]] said", "count", 11, 11, "voting members", O, "adcom voting members (repeat)"),
 (E, "e-byes", "only [[one]] voted yes", "count", 1, 1, "votes", R, "adcom benefit-risk: votes yes"),
 (E, "e-crl", "No. In [[August 2023]] the FDA", "date", 2023, 2023, "year", R, "CRL date (PLANTED: year off by one)"),
 (E, "e-years", "would take [[several years]]", "duration", None, None, "years", O, "time for a new trial (vague)"),
 (E, "e-2022", "A [[2022]] analysis", "date", 2022, 2022, "year", O, "cost analysis year"),
 (E, "e-cost", "roughly [[$11,500]] for a full course", "money", 11500, 11500, "USD", R, "estimated cost per course"),
 (E, "e-90", "about [[90%]] of that", "percent", 90, 90, "%", R, "share of cost that is therapist time"),
 (E, "e-42h", "some [[42 hours]] with", "duration", 42, 42, "hours", R, "therapist hours per course"),
 (E, "e-2clin", "with [[two]] clinicians", "count", 2, 2, "therapists", O, "therapists (repeat)"),
 (E, "e-1in20", "About [[one in 20]] U.S. adults", "percent", 5, 5, "%", R, "US adults with PTSD per year"),
 (E, "e-2med", "and [[two]] approved medicines", "count", 2, 2, "drugs", R, "FDA-approved PTSD drugs"),

 # ---------------- blog, 2025-06-10 ----------------
 (B, "b-title1y", "[[One year]] after the MDMA panel", "duration", 1, 1, "years", O, "headline"),
 (B, "b-byline", "[[June 10, 2025]] | 6 min read", "date", 2025, 2025, "year", O, "byline date (publication metadata)"),
 (B, "b-lastjune", "[[Last June]] I watched", "date", 2024, 2024, "year", R, "advisory committee date"),
 (B, "b-9h", "all [[nine hours]] of", "duration", 9, 9, "hours", R, "adcom meeting length"),
 (B, "b-eno", "voted [[10]]-2 that the data", "count", 10, 10, "votes", R, "adcom effectiveness: votes no (PLANTED)"),
 (B, "b-eyes", "voted 10-[[2]] that the data", "count", 2, 2, "votes", R, "adcom effectiveness: votes yes"),
 (B, "b-bno", "and [[10]]-1 that its benefits", "count", 10, 10, "votes", R, "adcom benefit-risk: votes no"),
 (B, "b-byes", "and 10-[[1]] that its benefits", "count", 1, 1, "votes", R, "adcom benefit-risk: votes yes"),
 (B, "b-1yr", "the [[one-year]] recap", "duration", 1, 1, "years", O, "aside"),
 (B, "b-273", "improved by [[27.3]] points", "score", 27.3, 27.3, "CAPS-5 points", R, "MAPP2 CAPS-5 change, MDMA arm (PLANTED: transposed)"),
 (B, "b-148", "against [[14.8]] points for", "score", 14.8, 14.8, "CAPS-5 points", R, "MAPP2 CAPS-5 change, placebo arm"),
 (B, "b-71", "and [[71%]] versus 48%", "percent", 71, 71, "%", R, "MAPP2 MDMA arm no longer met PTSD criteria"),
 (B, "b-48", "71% versus [[48%]] no longer", "percent", 48, 48, "%", R, "MAPP2 placebo arm no longer met PTSD criteria"),
 (B, "b-46", "remission bar, [[46%]] of the MDMA", "percent", 46, 46, "%", R, "MAPP2 MDMA arm remission"),
 (B, "b-79", "covered [[79]] people", "count", 79, 79, "participants", R, "MAPP1 primary analysis population"),
 (B, "b-lastaug", "[[Last August]] the FDA", "date", 2024, 2024, "year", R, "CRL date"),
 (B, "b-nextday", "[[The next day]], the journal", "date", None, None, "year", O, "retraction date (relative)"),
 (B, "b-3pap", "retracted [[three]] older papers", "count", 3, 3, "papers", R, "papers retracted"),
 (B, "b-week", "[[Within a week]] the company", "date", None, None, "year", O, "layoff date (relative)"),
 (B, "b-100", "laying off [[about 100]] people", "count", 100, 100, "employees", R, "employees laid off (PLANTED)"),
 (B, "b-third", "cut [[a third]] of its", "percent", THIRD, THIRD, "%", R, "MAPS staff cut share"),
 (B, "b-42", "of its [[42]]-person staff", "count", 42, 42, "employees", R, "MAPS staff before cut"),
 (B, "b-sept", "In [[September]], Amy", "date", 2024, 2024, "year", R, "CEO stepped down"),
 (B, "b-10y", "after [[10 years]] with", "duration", 10, 10, "years", R, "CEO tenure"),
 (B, "b-9wk", "[[Nine weeks]] after the rejection", "duration", 9, 9, "weeks", R, "time from CRL to FDA meeting"),
 (B, "b-oct", "rejection, in [[October]],", "date", 2024, 2024, "year", R, "post-CRL FDA meeting"),
 (B, "b-2019", "for depression in [[2019]]", "date", 2019, 2019, "year", R, "Spravato approval (another drug)"),
 (B, "b-2021", "Back in [[2021]],", "date", 2021, 2021, "year", O, "when the forecast was made"),
 (B, "b-2023", "as early as [[2023]]", "date", 2023, 2023, "year", R, "forecast approval year (made in 2021)"),
 (B, "b-aug24", "set for [[August 2024]]", "date", 2024, 2024, "year", R, "PDUFA target date"),
 (B, "b-yrsaway", "that is [[years]] away", "duration", None, None, "years", O, "vague"),
 (B, "b-12000", "drug price of [[$12,000]] per session", "money", 12000, 12000, "USD", R, "modelled drug price per session"),
 (B, "b-12m", "roughly [[12 million]] U.S. adults", "count", 12000000, 12000000, "people", R, "US PTSD prevalence per year (older estimate)"),

 # ---------------- trade, 2024-08-16 (hard line breaks) ----------------
 (T, "t-pub", "[[August 16, 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
 (T, "t-title", "cut [[three-quarters]] of staff", "percent", 75, 75, "%", O, "headline: share of staff laid off"),
 (T, "t-thu", "said [[Thursday]] it will", "date", 2024, 2024, "year", R, "layoff announcement date"),
 (T, "t-75pct", "about [[75%]] of its\nworkforce", "percent", 75, 75, "%", R, "share of staff laid off"),
 (T, "t-75", "roughly [[75]] of its approximately", "count", 75, 75, "employees", R, "employees laid off"),
 (T, "t-100", "approximately [[100]] employees", "count", 100, 100, "employees", R, "headcount before cuts"),
 (T, "t-1986", "Studies in [[1986]],", "date", 1986, 1986, "year", O, "MAPS founded (aside)"),
 (T, "t-2019", "approved in [[2019]], to", "date", 2019, 2019, "year", R, "Spravato approval (another drug)"),
 (T, "t-aug9", "On [[Aug. 9]] the FDA", "date", 2024, 2024, "year", R, "CRL date"),
 (T, "t-dayafter", "[[A day later]],", "date", None, None, "year", O, "retraction date (relative)"),
 (T, "t-3pap", "retracted [[three]] papers", "count", 3, 3, "papers", R, "papers retracted"),
 (T, "t-onesite", "conduct at [[one]] of the study sites", "count", 1, 1, "sites", O, "sites with violations"),
 (T, "t-june", "therapy in [[June]].", "date", 2024, 2024, "year", R, "advisory committee date"),
 (T, "t-3q", "about [[three-quarters]] of participants", "percent", 75, 75, "%", R, "unblinding: MDMA arm guessed correctly (PLANTED: placebo arm's figure)"),
 (T, "t-140", "a [[140]]-patient trial", "count", 140, 140, "participants", R, "MAPP2 randomized (PLANTED: transposed)"),
 (T, "t-lastsep", "Medicine [[last September]].", "date", 2023, 2023, "year", R, "MAPP2 publication"),
 (T, "t-years", "likely take [[several years]]", "duration", None, None, "years", O, "time for a new phase 3 (vague)"),
 (T, "t-tens", "cost [[tens of\nmillions of dollars]]", "money", None, None, "USD", O, "cost of a new phase 3 (vague)"),
 (T, "t-100m", "more than\n[[$100 million]] in January", "money", 100000000, 100000000, "USD", R, "Series A raised"),
 (T, "t-jan", "$100 million in [[January]]", "date", 2024, 2024, "year", R, "Series A date"),

 # ---------------- fact-check, 2024-08-20 ----------------
 (F, "f-h5", "were [[five]] studies pulled", "count", 5, 5, "papers", O, "headline: posts' claim (attributed)"),
 (F, "f-pub", "[[August 20, 2024]]", "date", 2024, 2024, "year", O, "publication metadata"),
 (F, "f-post11", "voted [[11]]-0 that MDMA", "count", 11, 11, "votes", O, "posts' claim: votes no (attributed, false)"),
 (F, "f-post0", "voted 11-[[0]] that MDMA", "count", 0, 0, "votes", O, "posts' claim: votes yes (attributed, false)"),
 (F, "f-post5", "\"[[five]] studies were retracted", "count", 5, 5, "papers", O, "posts' claim (attributed, false)"),
 (F, "f-3v", "unanimously; [[three]] papers", "count", 3, 3, "papers", R, "papers retracted"),
 (F, "f-june4", "At its [[June 4]] meeting", "date", 2024, 2024, "year", R, "advisory committee date"),
 (F, "f-2q", "answered [[two]] questions", "count", 2, 2, "questions", O, "definitional"),
 (F, "f-eyes", "effective, [[two]] of the 11", "count", 2, 2, "votes", R, "adcom effectiveness: votes yes"),
 (F, "f-11", "two of the [[11]] voting", "count", 11, 11, "voting members", R, "adcom voting members"),
 (F, "f-eno", "and [[nine]] said no", "count", 9, 9, "votes", R, "adcom effectiveness: votes no"),
 (F, "f-byes", "risks, [[one]] said yes", "count", 1, 1, "votes", R, "adcom benefit-risk: votes yes"),
 (F, "f-bno", "and [[ten]] said no", "count", 10, 10, "votes", R, "adcom benefit-risk: votes no"),
 (F, "f-9in10", "[[Nine in ten]] participants", "percent", 90, 90, "%", R, "unblinding: MDMA arm guessed correctly"),
 (F, "f-2trials", "second of the [[two]] pivotal", "count", 2, 2, "trials", O, "number of pivotal trials"),
 (F, "f-39", "reported in [[3.9%]] of participants", "percent", 3.9, 3.9, "%", R, "MAPP2 severe TEAE, MDMA arm (PLANTED: placebo arm's figure)"),
 (F, "f-3h", "[[Three]] papers, not five, and not for", "count", 3, 3, "papers", O, "papers retracted (repeat)"),
 (F, "f-5h", "Three papers, not [[five]], and not for", "count", 5, 5, "papers", O, "posts' claim (attributed)"),
 (F, "f-aug10", "On [[Aug. 10]], the journal", "date", 2024, 2024, "year", R, "retraction date"),
 (F, "f-3art", "retracted [[three]] articles", "count", 3, 3, "papers", O, "papers retracted (repeat)"),
 (F, "f-onesite", "conduct at [[one]] trial site", "count", 1, 1, "sites", O, "sites with violations"),
 (F, "f-1985", "as it has been since [[1985]]", "date", 1985, 1985, "year", R, "MDMA Schedule I since"),
 (F, "f-aug15", "On [[Aug. 15]], Lykos", "date", 2024, 2024, "year", R, "layoff announcement date"),
 (F, "f-75pct", "about [[75%]] of its staff", "percent", 75, 75, "%", R, "share of staff laid off"),
 (F, "f-75", "roughly [[75]] of some 100", "count", 75, 75, "employees", R, "employees laid off"),
 (F, "f-100", "of some [[100]] employees", "count", 100, 100, "employees", R, "headcount before cuts"),
 (F, "f-15000", "cost \"[[$15,000]] a session", "money", 15000, 15000, "USD", O, "posts' claim: price per session (attributed)"),
 (F, "f-2022", "widely cited [[2022]] estimate", "date", 2022, 2022, "year", O, "cost analysis year"),
 (F, "f-11500", "at about [[$11,500]].", "money", 11500, 11500, "USD", R, "estimated cost per course"),
 (F, "f-3r", "[[Three]] papers were retracted, not five", "count", 3, 3, "papers", O, "papers retracted (repeat)"),
 (F, "f-5r", "were retracted, not [[five]]", "count", 5, 5, "papers", O, "posts' claim (attributed)"),
]

STRICT = [
 # 1 effectiveness no-votes: 10 (blog, "10-2") vs 9
 ("b-eno", "w-eno"), ("b-eno", "a-eno"), ("b-eno", "f-eno"),
 # 2 MAPP2 randomized: 140 (trade) vs 104
 ("t-140", "a-m2n"), ("t-140", "p-m2n"),
 # 3 MAPP1 MDMA arm no longer met criteria: 71% (explainer) vs 67% / two-thirds
 ("e-71", "a-67"), ("e-71", "w-67"), ("e-71", "p-23rds"),
 # 4 MAPP2 CAPS-5 change on MDMA: 27.3 (blog) vs 23.7 / -23.7
 ("b-273", "a-m2cm"), ("b-273", "p-237"),
 # 5 MAPP2 severe TEAE on MDMA: 3.9% (fact-check) vs 9.4%
 ("f-39", "a-teamp"),
 # 6 unblinding, MDMA arm: three-quarters (trade) vs 90% / nine in ten
 ("t-3q", "w-90"), ("t-3q", "f-9in10"),
 # 7 CRL year: August 2023 (explainer) vs 2024
 ("e-crl", "p-crl"), ("e-crl", "t-aug9"), ("e-crl", "b-lastaug"),
 # 8 employees laid off: about 100 (blog) vs 75
 ("b-100", "t-75"), ("b-100", "f-75"),
]
QUALIFIED = [
 # MAPP1 primary-analysis population (79) vs randomized (90)
 ("b-79", "a-m1n"), ("b-79", "p-m1n"), ("b-79", "e-m1n"),
 # PTSD prevalence: older estimate 12 million adults vs 13 million
 ("b-12m", "w-13m"), ("b-12m", "p-13m"),
 # planted 140 vs an optional repeat of 104
 ("t-140", "a-104rep"),
]


def main():
    texts = {}
    rows, seen = [], set()
    for doc, cid, ctx, kind, lo, hi, unit, req, topic in C:
        assert cid not in seen, cid
        seen.add(cid)
        if doc not in texts:
            with open(os.path.join(DIR, doc), encoding="utf-8") as f:
                texts[doc] = f.read()
        text = texts[doc]
        assert ctx.count("[[") == 1 and ctx.count("]]") == 1, cid
        pre, rest = ctx.split("[[")
        span, post = rest.split("]]")
        plain = pre + span + post
        n = text.count(plain)
        if n != 1:
            sys.exit(f"{cid}: context {plain!r} occurs {n} times in {doc}")
        start = text.index(plain) + len(pre)
        end = start + len(span)
        assert text[start:end] == span, cid
        rows.append({"type": "claim", "id": cid, "doc": doc, "start": start, "end": end,
                     "span": span, "kind": kind, "low": lo, "high": hi, "unit": unit,
                     "required": req, "topic": topic})
    byid = {r["id"]: r for r in rows}
    pairs = set()
    for grade, lst in (("strict", STRICT), ("qualified", QUALIFIED)):
        for a, b in lst:
            assert a in byid and b in byid, (a, b)
            assert byid[a]["doc"] != byid[b]["doc"], (a, b)
            key = frozenset((a, b))
            assert key not in pairs, (a, b)
            pairs.add(key)
            if grade == "strict":
                assert byid[a]["required"] and byid[b]["required"], (a, b)
            rows.append({"type": "conflict", "a": a, "b": b, "grade": grade})
    # overlapping spans within a doc are not allowed
    for doc in texts:
        spans = sorted((r["start"], r["end"], r["id"]) for r in rows if r.get("doc") == doc)
        for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
            assert e1 <= s2, (i1, i2)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    claims = [r for r in rows if r["type"] == "claim"]
    req = sum(1 for r in claims if r["required"])
    print(f"{len(claims)} claims ({req} required, {len(claims) - req} optional); "
          f"{len(STRICT)} strict, {len(QUALIFIED)} qualified conflicts -> {OUT}")


if __name__ == "__main__":
    main()
