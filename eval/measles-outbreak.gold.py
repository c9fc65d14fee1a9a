#!/usr/bin/env python3
"""Build measles-outbreak.gold.jsonl: find every claim span by a unique context string
(whitespace in the context matches any run of whitespace, so hard-wrapped lines work),
check the slice, write offsets in Unicode code points."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = os.path.join(HERE, "measles-outbreak")
OUT = os.path.join(HERE, "measles-outbreak.gold.jsonl")
T = "measles-outbreak"

W, P, A, E, B, L, F = ("MS01_wire.txt", "MS02_press.txt", "MS03_abstract.txt",
                       "MS04_explainer.txt", "MS05_blog.txt", "MS06_local.txt", "MS07_factcheck.txt")
Y = True; N = False

# (id, doc, context, span, kind, low, high, unit, required, topic)
C = [
 # ---- MS01 wire (2025-04-07)
 ("w-h480", W, "passes 480 cases", "480", "count", 480, 480, "cases", N, "headline"),
 ("w-dl", W, "April 7 (Plains Wire)", "April 7", "date", 2025, 2025, "year", N, "dateline"),
 ("w-sun1", W, "officials said on Sunday", "Sunday", "date", 2025, 2025, "year", N, "announcement date (2025-04-06)"),
 ("w-3st", W, "into three other states", "three", "count", 3, 3, "states", Y, "other states with linked cases"),
 ("w-8yo", W, "The 8-year-old died", "8-year-old", "age", 8, 8, "years", Y, "age of second child who died"),
 ("w-thu", W, "died early Thursday", "Thursday", "date", 2025, 2025, "year", Y, "second child death date (2025-04-03)"),
 ("w-fri", W, "counted in Friday's update", "Friday", "date", 2025, 2025, "year", N, "as-of date (2025-04-04)"),
 ("w-481", W, "outbreak at 481 confirmed", "481", "count", 481, 481, "cases", Y, "texas outbreak cases as of apr 4"),
 ("w-latejan", W, "cases since late January", "late January", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("w-56", W, "with 56 people hospitalized", "56", "count", 56, 56, "patients", Y, "texas hospitalized as of apr 4"),
 ("w-81", W, "added 81 cases", "81", "count", 81, 81, "cases", Y, "new texas cases in week mar 28-apr 4"),
 ("w-16", W, "and 16 hospitalizations", "16", "count", 16, 16, "patients", Y, "new hospitalizations in week to apr 4"),
 ("w-wk", W, "from March 28 to April 4", "March 28 to April 4", "date", 2025, 2025, "year", N, "week qualifier"),
 ("w-59", W, "and 59 of those cases", "59", "count", 59, 59, "cases", Y, "new cases in last three days to apr 4"),
 ("w-3d", W, "in the last three days", "three days", "duration", 3, 3, "days", N, "window"),
 ("w-14", W, "a jump of 14%", "14%", "percent", 14, 14, "%", Y, "three-day increase in total to apr 4"),
 ("w-6yo", W, "a 6-year-old girl from Gaines", "6-year-old", "age", 6, 6, "years", Y, "age of first child who died"),
 ("w-feb", W, "was announced in February", "February", "date", 2025, 2025, "year", Y, "first death announced"),
 ("w-2015", W, "in the United States since 2015", "2015", "date", 2015, 2015, "year", Y, "previous us measles death year"),
 ("w-lm1", W, "Last month New Mexico", "Last month", "date", 2025, 2025, "year", Y, "nm adult death reported (march 2025)"),
 ("w-sun2", W, "Gaines County on Sunday", "Sunday", "date", 2025, 2025, "year", N, "kennedy visit"),
 ("w-54", W, "confirmed 54 cases", "54", "count", 54, 54, "cases", Y, "nm cases early april"),
 ("w-ok10", W, "and Oklahoma 10", "10", "count", 10, 10, "cases", Y, "oklahoma cases early april"),
 ("w-607", W, "counted 607 confirmed", "607", "count", 607, 607, "cases", Y, "us cases as of apr 3"),
 ("w-21st", W, "in 21 states", "21", "count", 21, 21, "states", Y, "states reporting as of apr 3"),
 ("w-asthu", W, "as of Thursday", "Thursday", "date", 2025, 2025, "year", N, "as-of date"),
 ("w-dbl", W, "more than double the", "double", "ratio", 2, 2, "x", N, "2025 ytd vs 2024"),
 ("w-285", W, "the 285 cases reported", "285", "count", 285, 285, "cases", Y, "us cases 2024"),
 ("w-2024", W, "in all of 2024", "2024", "date", 2024, 2024, "year", N, "qualifier year"),
 ("w-emar", W, "since early March", "early March", "date", 2025, 2025, "year", N, "cdc team arrival"),
 ("w-136", W, "About 13.6% of its", "13.6%", "percent", 13.6, 13.6, "%", Y, "gaines k-12 exemption rate 2023-24"),
 ("w-one", W, "at least one required vaccine", "one", "count", 1, 1, "vaccines", N, "definitional"),
 ("w-sy", W, "in the 2023-24 school year", "2023-24", "date", 2023, 2024, "year", N, "school year"),
 ("w-232", W, "against 2.32% statewide", "2.32%", "percent", 2.32, 2.32, "%", Y, "texas k-12 exemption rate 2023-24"),
 ("w-173k", W, "at least 173,000 doses", "173,000", "count", 173000, 173000, "doses", Y, "texas mmr doses jan 1-mar 16 2025"),
 ("w-jan1", W, "between Jan. 1 and March 16", "Jan. 1 and March 16", "date", 2025, 2025, "year", N, "period"),
 ("w-158k", W, "about 158,000 in the same", "158,000", "count", 158000, 158000, "doses", Y, "texas mmr doses same period 2024"),
 ("w-ly", W, "same weeks last year", "last year", "date", 2024, 2024, "year", N, "comparison year"),
 ("w-254k", W, "stayed at $254,000", "$254,000", "money", 254000, 254000, "USD", Y, "lubbock immunization grant"),
 ("w-15y", W, "for 15 years while", "15 years", "duration", 15, 15, "years", Y, "lubbock grant unchanged for"),
 ("w-90min", W, "a 90-minute drive", "90-minute", "duration", 90, 90, "minutes", N, "aside"),
 ("w-lm2", W, "Last month HHS clawed", "Last month", "date", 2025, 2025, "year", N, "clawback date (march 2025)"),
 ("w-2bn", W, "clawed back $2 billion", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "hhs covid-era grant clawback total"),
 ("w-10k", W, "about 10,000 CDC employees", "10,000", "count", 10000, 10000, "employees", Y, "cdc layoffs"),
 ("w-lm3", W, "advisers last month", "last month", "date", 2025, 2025, "year", N, "acip meeting date"),
 ("w-23kids", W, "have two or three sick kids", "two or three", "count", 2, 3, "children", N, "quote"),
 ("w-2d", W, "Two doses of the MMR", "Two", "count", 2, 2, "doses", N, "definitional"),
 ("w-97", W, "are about 97% effective", "97%", "percent", 97, 97, "%", Y, "two-dose effectiveness"),
 ("w-only1", W, "have had only one", "one", "count", 1, 1, "doses", N, "definitional"),

 # ---- MS02 press (2025-08-19)
 ("p-h146", P, "held 146 community clinics", "146", "count", 146, 146, "clinics", N, "subtitle repeat"),
 ("p-h11", P, "community clinics in 11 counties", "11", "count", 11, 11, "counties", N, "subtitle repeat"),
 ("p-dl", P, "August 19, 2025", "August 19, 2025", "date", 2025, 2025, "year", N, "dateline"),
 ("p-mon", P, "over on Monday", "Monday", "date", 2025, 2025, "year", Y, "texas outbreak declared over (2025-08-18)"),
 ("p-42", P, "more than 42 days passed", "42 days", "duration", 42, 42, "days", Y, "days without new case to declare over"),
 ("p-42w", P, "Forty-two days equals", "Forty-two days", "duration", 42, 42, "days", N, "definitional repeat"),
 ("p-2inc", P, "two full incubation periods", "two", "count", 2, 2, "incubation periods", N, "definitional"),
 ("p-762", P, "762 people were confirmed", "762", "count", 762, 762, "cases", Y, "texas outbreak final cases"),
 ("p-latejan", P, "outbreak since late January", "late January", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("p-99", P, "Ninety-nine were hospitalized", "Ninety-nine", "count", 99, 99, "patients", Y, "texas outbreak final hospitalized"),
 ("p-13", P, "roughly 13 percent", "13 percent", "percent", 13, 13, "%", Y, "texas outbreak share hospitalized"),
 ("p-2d", P, "and two school-aged children died", "two", "count", 2, 2, "deaths", Y, "texas outbreak deaths"),
 ("p-414", P, "accounted for 414 cases", "414", "count", 414, 414, "cases", Y, "gaines final cases"),
 ("p-23rds", P, "more than two-thirds of all", "two-thirds", "percent", 66.7, 66.7, "%", Y, "share of patients children/teens"),
 ("p-3rd", P, "A third death", "third", "count", 3, 3, "deaths", N, "ordinal incl. new mexico"),
 ("p-7mo", P, "Seven months ago", "Seven months", "duration", 7, 7, "months", N, "quote"),
 ("p-q2d", P, "is two doses of MMR", "two", "count", 2, 2, "doses", N, "quote"),
 ("p-febjul", P, "Between February and July", "February and July", "date", 2025, 2025, "year", N, "period"),
 ("p-146", P, "partners held 146 walk-in", "146", "count", 146, 146, "clinics", Y, "coalition clinics held (invented)"),
 ("p-11", P, "clinics in 11 counties and", "11", "count", 11, 11, "counties", Y, "counties with coalition clinics (invented)"),
 ("p-9412", P, "gave 9,412 MMR doses", "9,412", "count", 9412, 9412, "doses", Y, "coalition mmr doses (invented)"),
 ("p-3100", P, "about 3,100 of them", "3,100", "count", 3100, 3100, "doses", Y, "coalition doses to adults (invented)"),
 ("p-1356", P, "counted 1,356 confirmed", "1,356", "count", 1356, 1356, "cases", Y, "us cases as of aug 13"),
 ("p-40st", P, "cases in 40 states", "40", "count", 40, 40, "states", Y, "states reporting as of aug 13"),
 ("p-aug13", P, "as of Aug. 13", "Aug. 13", "date", 2025, 2025, "year", N, "as-of date"),
 ("p-3dec", P, "more than three decades", "three decades", "duration", 3, 3, "decades", N, "comparison"),
 ("p-92", P, "status of 92% of", "92%", "percent", 92, 92, "%", Y, "us share unvaccinated or unknown aug"),
 ("p-1218", P, "dose at 12 to 18 months", "12 to 18 months", "age", 12, 18, "months", Y, "routine first mmr dose age"),
 ("p-46", P, "second dose at 4 to 6 years", "4 to 6 years", "age", 4, 6, "years", Y, "routine second mmr dose age"),
 ("p-611", P, "infants aged 6 to 11 months", "6 to 11 months", "age", 6, 11, "months", Y, "early infant dose age"),
 ("p-2rout", P, "need the two routine doses", "two", "count", 2, 2, "doses", N, "definitional"),
 ("p-2ad", P, "receive two doses at least", "two", "count", 2, 2, "doses", N, "definitional"),
 ("p-28", P, "at least 28 days apart", "28 days", "duration", 28, 28, "days", Y, "minimum interval between doses"),
 ("p-1957", P, "born before 1957", "1957", "date", 1957, 1957, "year", Y, "presumed-immune birth year cutoff"),
 ("p-sep13", P, "through Sept. 13", "Sept. 13", "date", 2025, 2025, "year", N, "clinic schedule"),
 ("p-sy", P, "the 2025-26 school year", "2025-26", "date", 2025, 2026, "year", N, "forward-looking"),
 ("p-2009", P, "Founded in 2009", "2009", "date", 2009, 2009, "year", N, "about section"),
 ("p-23org", P, "network of 23 member", "23", "count", 23, 23, "organizations", N, "about section"),

 # ---- MS03 abstract (2025-10-20)
 ("a-pub", A, "Published online 20 October 2025", "20 October 2025", "date", 2025, 2025, "year", N, "publication metadata"),
 ("a-t2025", A, "in the 2025 West Texas measles outbreak compared", "2025", "date", 2025, 2025, "year", N, "title year"),
 ("a-jan25", A, "In January 2025 a measles", "January 2025", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("a-2015", A, "measles deaths since 2015", "2015", "date", 2015, 2015, "year", Y, "previous us measles death year"),
 ("a-18aug", A, "on 18 August 2025, the New", "18 August 2025", "date", 2025, 2025, "year", N, "source date (outbreak over)"),
 ("a-26sep", A, "closing report of 26 September 2025", "26 September 2025", "date", 2025, 2025, "year", N, "source date"),
 ("a-27mar1", A, "case data as of 27 March 2025, the last", "27 March 2025", "date", 2025, 2025, "year", N, "data cut"),
 ("a-42", A, "after 42 days (two", "42 days", "duration", 42, 42, "days", Y, "days without new case to declare over"),
 ("a-2inc", A, "(two maximum incubation", "two", "count", 2, 2, "incubation periods", N, "definitional"),
 ("a-N762", A, "N = 762", "762", "count", 762, 762, "cases", Y, "texas outbreak final cases"),
 ("a-onset", A, "between January and early July 2025", "January and early July 2025", "date", 2025, 2025, "year", N, "onset period"),
 ("a-414", A, "n=414", "414", "count", 414, 414, "cases", Y, "gaines final cases"),
 ("a-543", A, "(54.3%, 95% CI 50.8", "54.3%", "percent", 54.3, 54.3, "%", Y, "gaines share of cases"),
 ("a-543ci", A, "50.8–57.8", "50.8–57.8", "percent", 50.8, 57.8, "%", Y, "ci"),
 ("a-762r", A, "Of the 762 patients", "762", "count", 762, 762, "cases", N, "repeat"),
 ("a-99", A, "99 were hospitalized", "99", "count", 99, 99, "patients", Y, "texas outbreak final hospitalized"),
 ("a-130", A, "(13.0%, 95% CI", "13.0%", "percent", 13.0, 13.0, "%", Y, "texas outbreak share hospitalized"),
 ("a-130ci", A, "10.8–15.6", "10.8–15.6", "percent", 10.8, 15.6, "%", Y, "ci"),
 ("a-2died", A, "and 2 died", "2", "count", 2, 2, "deaths", Y, "texas outbreak deaths"),
 ("a-03", A, "(0.3%, 95% CI", "0.3%", "percent", 0.3, 0.3, "%", Y, "texas outbreak case fatality"),
 ("a-03ci", A, "0.1–1.0", "0.1–1.0", "percent", 0.1, 1.0, "%", Y, "ci"),
 ("a-age6", A, "aged 6 and 8 years", "6", "age", 6, 6, "years", Y, "age of first child who died"),
 ("a-age8", A, "6 and 8 years.", "8 years", "age", 8, 8, "years", Y, "age of second child who died"),
 ("a-541", A, "first 541 Texas cases", "541", "count", 541, 541, "cases", Y, "texas cases with status mid-april"),
 ("a-530", A, "530 (98.0%", "530", "count", 530, 530, "cases", Y, "unvaccinated/unknown of 541"),
 ("a-980", A, "(98.0%, 95% CI", "98.0%", "percent", 98.0, 98.0, "%", Y, "share unvaccinated/unknown texas mid-april"),
 ("a-980ci", A, "96.4–98.9", "96.4–98.9", "percent", 96.4, 98.9, "%", Y, "ci"),
 ("a-1997", A, "first since 1997", "1997", "date", 1997, 1997, "year", Y, "previous new mexico measles outbreak"),
 ("a-14feb", A, "on 14 February 2025", "14 February 2025", "date", 2025, 2025, "year", Y, "nm outbreak start"),
 ("a-nm100", A, "comprised 100 cases", "100", "count", 100, 100, "cases", Y, "nm outbreak final cases"),
 ("a-nm1d", A, "with one adult death", "one", "count", 1, 1, "deaths", Y, "nm outbreak deaths"),
 ("a-56k", A, "more than 56,000 residents", "56,000", "count", 56000, 56000, "people", Y, "nm residents vaccinated during outbreak"),
 ("a-27mar2", A, "national data as of 27 March 2025 (N", "27 March 2025", "date", 2025, 2025, "year", N, "data cut"),
 ("a-483", A, "(N = 483)", "483", "count", 483, 483, "cases", Y, "us cases as of mar 27"),
 ("a-70", A, "70 patients were", "70", "count", 70, 70, "patients", Y, "us hospitalized as of mar 27"),
 ("a-145", A, "(14.5%, 95% CI", "14.5%", "percent", 14.5, 14.5, "%", Y, "us share hospitalized mar 27"),
 ("a-145ci", A, "11.6–17.9", "11.6–17.9", "percent", 11.6, 17.9, "%", Y, "ci"),
 ("a-u5", A, "younger than 5 years", "5 years", "age", 5, 5, "years", N, "age band"),
 ("a-157", A, "made up 157 cases", "157", "count", 157, 157, "cases", Y, "us cases under 5 mar 27"),
 ("a-33", A, "(33% of the total)", "33%", "percent", 33, 33, "%", Y, "share of us cases under 5"),
 ("a-40", A, "40 of them were", "40", "count", 40, 40, "patients", Y, "under-5 hospitalized mar 27"),
 ("a-255", A, "(25.5%, 95% CI", "25.5%", "percent", 25.5, 25.5, "%", Y, "under-5 share hospitalized mar 27"),
 ("a-255ci", A, "19.3–32.8", "19.3–32.8", "percent", 19.3, 32.8, "%", Y, "ci"),
 ("a-30", A, "30 of 326", "30", "count", 30, 30, "patients", Y, "5+ hospitalized"),
 ("a-326", A, "30 of 326", "326", "count", 326, 326, "cases", Y, "5+ or unknown age cases"),
 ("a-92", A, "(9.2%, 95% CI", "9.2%", "percent", 9.2, 9.2, "%", Y, "5+ share hospitalized"),
 ("a-92ci", A, "6.5–12.8", "6.5–12.8", "percent", 6.5, 12.8, "%", Y, "ci"),
 ("a-5plus", A, "aged 5 years or older", "5 years", "age", 5, 5, "years", N, "age band"),
 ("a-rr", A, "risk ratio 2.77", "2.77", "ratio", 2.77, 2.77, "x", Y, "under-5 vs older hospitalization"),
 ("a-rrci", A, "1.79–4.27", "1.79–4.27", "ratio", 1.79, 4.27, "x", Y, "ci"),
 ("a-p1", A, "P<0.001", "0.001", "pvalue", 0.001, 0.001, "p", N, "p-value"),
 ("a-97", A, "unknown in 97%", "97%", "percent", 97, 97, "%", Y, "us share unvaccinated or unknown mar 27"),
 ("a-1dose", A, "one MMR dose in 1%", "one", "count", 1, 1, "doses", N, "definitional"),
 ("a-1pct", A, "dose in 1%", "1%", "percent", 1, 1, "%", Y, "us share one dose"),
 ("a-2dose", A, "two doses in 2%", "two", "count", 2, 2, "doses", N, "definitional"),
 ("a-2pct", A, "doses in 2%", "2%", "percent", 2, 2, "%", Y, "us share two doses"),
 ("a-5ob", A, "Five outbreaks had", "Five", "count", 5, 5, "outbreaks", Y, "us outbreaks as of mar 27"),
 ("a-447", A, "447 of 483", "447", "count", 447, 447, "cases", Y, "outbreak-associated mar 27"),
 ("a-483r", A, "447 of 483", "483", "count", 483, 483, "cases", N, "repeat"),
 ("a-93", A, "cases (93%)", "93%", "percent", 93, 93, "%", Y, "share outbreak-associated mar 27"),
 ("a-198", A, "198 of 285", "198", "count", 198, 198, "cases", Y, "outbreak-associated 2024"),
 ("a-285", A, "198 of 285", "285", "count", 285, 285, "cases", Y, "us cases 2024"),
 ("a-69", A, "(69%) in 2024", "69%", "percent", 69, 69, "%", Y, "share outbreak-associated 2024"),
 ("a-y2024", A, "(69%) in 2024", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("a-16", A, "when 16 outbreaks", "16", "count", 16, 16, "outbreaks", Y, "us outbreaks 2024"),
 ("a-diff", A, "difference −1.5 percentage points", "−1.5 percentage points", "percent", -1.5, -1.5, "pp", Y, "texas minus national hospitalized share"),
 ("a-diffci", A, "−5.6 to 2.4", "−5.6 to 2.4", "percent", -5.6, 2.4, "pp", Y, "ci"),
 ("a-p2", A, "P=0.45", "0.45", "pvalue", 0.45, 0.45, "p", N, "p-value"),
 ("a-30y", A, "in more than 30 years", "30 years", "duration", 30, 30, "years", N, "comparison"),
 ("a-1in8", A, "About one in eight", "one in eight", "percent", 12.5, 12.5, "%", N, "summary"),
 ("a-3x", A, "nearly three times", "three times", "ratio", 3, 3, "x", N, "summary"),
 ("a-c2025", A, "Conclusions: The 2025", "2025", "date", 2025, 2025, "year", N, "qualifier year"),
 ("a-95", A, "at least 95% in", "95%", "percent", 95, 95, "%", Y, "coverage target"),

 # ---- MS04 explainer (2025-09-22)
 ("e-upd", E, "Updated September 22, 2025", "September 22, 2025", "date", 2025, 2025, "year", N, "metadata"),
 ("e-762", E, "confirmed 762 cases", "762", "count", 762, 762, "cases", Y, "texas outbreak final cases"),
 ("e-latejan", E, "between late January and early July", "late January", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("e-july", E, "and early July, most", "early July", "date", 2025, 2025, "year", N, "last onset"),
 ("e-12", E, "About 12% of patients", "12%", "percent", 12, 12, "%", Y, "texas outbreak share hospitalized"),
 ("e-2d", E, "Two unvaccinated school-aged girls", "Two", "count", 2, 2, "deaths", Y, "texas outbreak deaths"),
 ("e-one1", E, "one in February and", "one", "count", 1, 1, "deaths", N, "split"),
 ("e-feb", E, "one in February and", "February", "date", 2025, 2025, "year", Y, "first death"),
 ("e-one2", E, "and one in April", "one", "count", 1, 1, "deaths", N, "split"),
 ("e-apr", E, "and one in April", "April", "date", 2025, 2025, "year", Y, "second death"),
 ("e-3rd", E, "a third outbreak-related death", "third", "count", 3, 3, "deaths", N, "ordinal incl. nm"),
 ("e-aug18", E, "over on Aug. 18", "Aug. 18", "date", 2025, 2025, "year", Y, "texas outbreak declared over"),
 ("e-21", E, "after 21 days passed", "21 days", "duration", 21, 21, "days", Y, "days without new case to declare over"),
 ("e-1996", E, "first since 1996", "1996", "date", 1996, 1996, "year", Y, "previous new mexico measles outbreak"),
 ("e-sep", E, "winding down in September", "September", "date", 2025, 2025, "year", N, "status"),
 ("e-2h", E, "up to two hours", "two hours", "duration", 2, 2, "hours", Y, "airborne persistence"),
 ("e-9of10", E, "Up to 9 out of 10", "9 out of 10", "percent", 90, 90, "%", Y, "attack rate unvaccinated exposed"),
 ("e-4b", E, "about four days before", "four days", "duration", 4, 4, "days", Y, "contagious before rash"),
 ("e-4a", E, "until four days after", "four days", "duration", 4, 4, "days", Y, "contagious after rash"),
 ("e-714", E, "start 7 to 14 days", "7 to 14 days", "duration", 7, 14, "days", Y, "usual incubation"),
 ("e-21inc", E, "as long as 21 days", "21 days", "duration", 21, 21, "days", Y, "maximum incubation"),
 ("e-1in5", E, "about 1 in 5 unvaccinated", "1 in 5", "percent", 20, 20, "%", Y, "share hospitalized (cdc general)"),
 ("e-1in20", E, "about 1 in 20 children", "1 in 20", "percent", 5, 5, "%", Y, "pneumonia share"),
 ("e-1d", E, "One dose of MMR", "One", "count", 1, 1, "doses", N, "definitional"),
 ("e-93", E, "about 93% effective", "93%", "percent", 93, 93, "%", Y, "one-dose effectiveness"),
 ("e-2d2", E, "two doses are about", "two", "count", 2, 2, "doses", N, "definitional"),
 ("e-97", E, "are about 97% effective", "97%", "percent", 97, 97, "%", Y, "two-dose effectiveness"),
 ("e-1215", E, "first dose at 12 to 15 months", "12 to 15 months", "age", 12, 15, "months", Y, "routine first mmr dose age"),
 ("e-46", E, "second at 4 to 6 years", "4 to 6 years", "age", 4, 6, "years", Y, "routine second mmr dose age"),
 ("e-611", E, "babies 6 to 11 months", "6 to 11 months", "age", 6, 11, "months", Y, "early infant dose age"),
 ("e-sep18", E, "On Sept. 18 the CDC", "Sept. 18", "date", 2025, 2025, "year", Y, "acip mmrv vote date"),
 ("e-v8", E, "voted 8-3,", "8", "vote", 8, 8, "votes for", Y, "acip mmrv vote for"),
 ("e-v3", E, "voted 8-3,", "3", "vote", 3, 3, "votes against", Y, "acip mmrv vote against"),
 ("e-abs1", E, "with one abstention", "one", "count", 1, 1, "abstentions", Y, "acip mmrv abstentions"),
 ("e-u4", E, "for children younger than 4", "4", "age", 4, 4, "years", Y, "mmrv not recommended below age"),
 ("e-2shots", E, "as two separate shots", "two", "count", 2, 2, "shots", N, "definitional"),
 ("e-5per", E, "about five extra per 10,000", "five extra per 10,000", "rate", 5, 5, "per 10,000 doses", Y, "added febrile seizures mmrv"),
 ("e-1223", E, "children 12 to 23 months", "12 to 23 months", "age", 12, 23, "months", Y, "age group for seizure risk"),
 ("e-v7", E, "failed 7-1", "7", "vote", 7, 7, "votes against", Y, "vfc resolution vote against"),
 ("e-v1", E, "failed 7-1", "1", "vote", 1, 1, "votes for", Y, "vfc resolution vote for"),
 ("e-abs3", E, "with three abstentions", "three", "count", 3, 3, "abstentions", Y, "vfc resolution abstentions"),
 ("e-85", E, "About 85% of children", "85%", "percent", 85, 85, "%", Y, "share already getting separate shots"),
 ("e-2sep", E, "get the two shots separately", "two", "count", 2, 2, "shots", N, "definitional"),
 ("e-46b", E, "at age 4 to 6", "4 to 6", "age", 4, 6, "years", N, "repeat"),
 ("e-136", E, "about 13.6% of school", "13.6%", "percent", 13.6, 13.6, "%", Y, "gaines k-12 exemption rate"),
 ("e-one", E, "from at least one required", "one", "count", 1, 1, "vaccines", N, "definitional"),
 ("e-254k", E, "stayed at $254,000", "$254,000", "money", 254000, 254000, "USD", Y, "lubbock immunization grant"),
 ("e-dec", E, "for a decade even", "a decade", "duration", 10, 10, "years", Y, "lubbock grant unchanged for"),
 ("e-1957", E, "born in 1957 or later", "1957", "date", 1957, 1957, "year", Y, "presumed-immune birth year cutoff"),
 ("e-rec2", E, "no record of two doses", "two", "count", 2, 2, "doses", N, "definitional"),
 ("e-2ad", E, "can get two doses at least", "two", "count", 2, 2, "doses", N, "definitional"),
 ("e-28", E, "at least 28 days apart", "28 days", "duration", 28, 28, "days", Y, "minimum interval between doses"),

 # ---- MS05 blog (2025-05-02)
 ("b-h3mo", B, "Three months in", "Three months", "duration", 3, 3, "months", N, "headline"),
 ("b-date", B, "May 2, 2025", "May 2, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("b-3mo", B, "a little more than three months", "three months", "duration", 3, 3, "months", N, "elapsed time"),
 ("b-jan", B, "in January of last year", "January of last year", "date", 2024, 2024, "year", Y, "outbreak start"),
 ("b-apr22", B, "As of April 22", "April 22", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-624", B, "reported 624 outbreak", "624", "count", 624, 624, "cases", Y, "texas outbreak cases apr 22"),
 ("b-nm65", B, "and New Mexico 65", "65", "count", 65, 65, "cases", Y, "nm cases apr 22"),
 ("b-37", B, "was at 37 cases", "37", "count", 37, 37, "cases", Y, "kansas cases apr 23"),
 ("b-8c", B, "in eight southwestern", "eight", "count", 8, 8, "counties", Y, "kansas counties apr 23"),
 ("b-apr23", B, "as of April 23", "April 23", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-apr24", B, "April 24 update", "April 24", "date", 2025, 2025, "year", N, "as-of date"),
 ("b-884", B, "listed 884 confirmed", "884", "count", 884, 884, "cases", Y, "us cases apr 24"),
 ("b-30j", B, "from 30 jurisdictions", "30", "count", 30, 30, "jurisdictions", Y, "jurisdictions apr 24"),
 ("b-11ob", B, "with 11 outbreaks", "11", "count", 11, 11, "outbreaks", Y, "us outbreaks apr 24"),
 ("b-93", B, "and 93% of cases", "93%", "percent", 93, 93, "%", Y, "share outbreak-associated apr 24"),
 ("b-820", B, "(820 of 884)", "820", "count", 820, 820, "cases", Y, "outbreak-associated apr 24"),
 ("b-884r", B, "(820 of 884)", "884", "count", 884, 884, "cases", N, "repeat"),
 ("b-16", B, "there were 16 outbreaks", "16", "count", 16, 16, "outbreaks", Y, "us outbreaks 2024"),
 ("b-2024", B, "in all of 2024 and", "2024", "date", 2024, 2024, "year", N, "qualifier"),
 ("b-69", B, "and 69% of that", "69%", "percent", 69, 69, "%", Y, "share outbreak-associated 2024"),
 ("b-97", B, "status of 97% of", "97%", "percent", 97, 97, "%", Y, "us share unvaccinated or unknown apr 24"),
 ("b-earlyapr", B, "fast it moved in early April", "early April", "date", 2025, 2025, "year", N, "period"),
 ("b-apr4", B, "week ending April 4", "April 4", "date", 2025, 2025, "year", N, "week qualifier"),
 ("b-59", B, "added 59 new Texas cases", "59", "count", 59, 59, "cases", Y, "new texas cases in week to apr 4"),
 ("b-15", B, "was a 15% jump", "15%", "percent", 15, 15, "%", Y, "three-day increase in total to apr 4"),
 ("b-3d", B, "from three days earlier", "three days", "duration", 3, 3, "days", N, "window"),
 ("b-2030", B, "in the 20s and 30s", "20s and 30s", "count", 20, 39, "cases", N, "recent weekly increments (vague)"),
 ("b-mar27", B, "In the CDC's March 27 national", "March 27", "date", 2025, 2025, "year", N, "data cut"),
 ("b-third", B, "a third of children under 5", "a third", "percent", 33.3, 33.3, "%", Y, "under-5 share hospitalized mar 27"),
 ("b-u5", B, "children under 5 with", "5", "age", 5, 5, "years", N, "age band"),
 ("b-2d", B, "Two Texas children have died", "Two", "count", 2, 2, "deaths", Y, "texas outbreak deaths"),
 ("b-feb", B, "The first, in February", "February", "date", 2025, 2025, "year", Y, "first death"),
 ("b-2016", B, "measles death since 2016", "2016", "date", 2016, 2016, "year", Y, "previous us measles death year"),
 ("b-chart", B, "Jan. 28 - Apr. 22", "Jan. 28 - Apr. 22", "date", 2025, 2025, "year", N, "chart caption"),
 ("b-23", B, "first 23 cases", "23", "count", 23, 23, "cases", Y, "kansas first cases (late march)"),
 ("b-latemar", B, "reported in late March", "late March", "date", 2025, 2025, "year", N, "qualifier"),
 ("b-21", B, "included 21 people", "21", "count", 21, 21, "people", Y, "kansas unvaccinated among first 23"),
 ("b-904", B, "Statewide, 90.4%", "90.4%", "percent", 90.4, 90.4, "%", Y, "kansas kindergarten mmr 2023-24"),
 ("b-sy", B, "the 2023-24 school year", "2023-24", "date", 2023, 2024, "year", N, "school year"),
 ("b-44", B, "just 44% of kindergartners", "44%", "percent", 44, 44, "%", Y, "haskell county kindergarten mmr"),
 ("b-158k", B, "gave 158,000 MMR doses", "158,000", "count", 158000, 158000, "doses", Y, "texas mmr doses jan 1-mar 16 2025"),
 ("b-11wk", B, "first 11 weeks of this year", "11 weeks", "duration", 11, 11, "weeks", N, "period"),
 ("b-10", B, "fewer than 10 children", "10", "count", 10, 10, "children", Y, "vitamin a toxicity patients covenant"),
 ("b-mar2", B, "a March 2 Fox News", "March 2", "date", 2025, 2025, "year", Y, "kennedy vitamin a op-ed"),
 ("b-latemar2", B, "In late March HHS", "late March", "date", 2025, 2025, "year", N, "clawback date"),
 ("b-114", B, "pulled back $11.4 billion", "$11.4 billion", "money", 11400000000, 11400000000, "USD", Y, "hhs covid-era grant clawback total"),
 ("b-2bn", B, "roughly $2 billion of that", "$2 billion", "money", 2000000000, 2000000000, "USD", Y, "clawback share for immunization"),
 ("b-10k", B, "about 10,000 jobs", "10,000", "count", 10000, 10000, "jobs", Y, "hhs job cuts"),
 ("b-2400", B, "some 2,400 of them", "2,400", "count", 2400, 2400, "employees", Y, "cdc layoffs"),
 ("b-17", B, "about $17 per person", "$17", "money", 17, 17, "USD per person", Y, "texas public health spending 2023"),
 ("b-2023", B, "per person on public health in 2023", "2023", "date", 2023, 2023, "year", N, "qualifier"),
 ("b-19", B, "from $19 ten years", "$19", "money", 19, 19, "USD per person", Y, "texas public health spending ten years earlier"),
 ("b-10y", B, "$19 ten years earlier", "ten years", "duration", 10, 10, "years", N, "comparison"),
 ("b-dec", B, "has not grown in a decade", "a decade", "duration", 10, 10, "years", Y, "lubbock grant unchanged for"),
 ("b-1email", B, "One email a week", "One", "count", 1, 1, "emails", N, "newsletter box"),
 ("b-rel42", B, "Why \"42 days\"", "42 days", "duration", 42, 42, "days", N, "related link"),
 ("b-rel2019", B, "What the 2019 New York", "2019", "date", 2019, 2019, "year", N, "related link"),

 # ---- MS06 local (2025-03-27), hard-wrapped
 ("l-h23", L, "cases double to 23", "23", "count", 23, 23, "cases", N, "headline"),
 ("l-hdbl", L, "cases double to 23", "double", "ratio", 2, 2, "x", N, "headline"),
 ("l-h6", L, "spread to six counties", "six", "count", 6, 6, "counties", N, "headline"),
 ("l-dl", L, "March 27, 2025", "March 27, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("l-dbl", L, "more than doubled", "doubled", "ratio", 2, 2, "x", N, "growth"),
 ("l-wk", L, "in less than a week", "a week", "duration", 1, 1, "weeks", N, "growth window"),
 ("l-wed1", L, "officials said Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "announcement date"),
 ("l-6c", L, "now reaches six counties", "six", "count", 6, 6, "counties", Y, "kansas counties mar 26"),
 ("l-23", L, "reported 23 confirmed", "23", "count", 23, 23, "cases", Y, "kansas cases mar 26"),
 ("l-wed2", L, "as of Wednesday, up", "Wednesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-10", L, "up from 10 cases", "10", "count", 10, 10, "cases", Y, "kansas cases previous friday"),
 ("l-3c", L, "in three counties", "three", "count", 3, 3, "counties", Y, "kansas counties previous friday"),
 ("l-fri", L, "count last Friday", "last Friday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-six", L, "each have six cases", "six", "count", 6, 6, "cases", Y, "stevens and kiowa cases each"),
 ("l-mar13", L, "identified on March 13", "March 13", "date", 2025, 2025, "year", Y, "kansas outbreak first case"),
 ("l-but2", L, "All but two of", "two", "count", 2, 2, "patients", Y, "kansas adult patients"),
 ("l-18", L, "younger than 18", "18", "age", 18, 18, "years", N, "age band"),
 ("l-20", L, "and 20 of the 23", "20", "count", 20, 20, "people", Y, "kansas unvaccinated among first 23"),
 ("l-23r", L, "20 of the 23 were", "23", "count", 23, 23, "cases", N, "repeat"),
 ("l-mon", L, "on alert Monday", "Monday", "date", 2025, 2025, "year", N, "alert date"),
 ("l-611", L, "infants 6 to 11 months", "6 to 11 months", "age", 6, 11, "months", Y, "early infant dose age"),
 ("l-1215", L, "at 12 to 15 months", "12 to 15 months", "age", 12, 15, "months", Y, "routine first mmr dose age"),
 ("l-everywed", L, "updated every Wednesday", "Wednesday", "date", 2025, 2025, "year", N, "schedule"),
 ("l-95", L, "below the 95% level", "95%", "percent", 95, 95, "%", Y, "coverage threshold"),
 ("l-sy", L, "In the 2023-2024 school year", "2023-2024", "date", 2023, 2024, "year", N, "school year"),
 ("l-82", L, "was 82% in Morton", "82%", "percent", 82, 82, "%", Y, "morton county kindergarten mmr"),
 ("l-83", L, "83% in Stevens County", "83%", "percent", 83, 83, "%", Y, "stevens county kindergarten mmr"),
 ("l-66", L, "66% in Gray County", "66%", "percent", 66, 66, "%", Y, "gray county kindergarten mmr"),
 ("l-58", L, "58% in Haskell County", "58%", "percent", 58, 58, "%", Y, "haskell county kindergarten mmr"),
 ("l-hug83", L, "Hugoton schools reported 83%", "83%", "percent", 83, 83, "%", Y, "hugoton schools kindergarten mmr"),
 ("l-44", L, "County just 44%", "44%", "percent", 44, 44, "%", Y, "sublette district kindergarten mmr"),
 ("l-89", L, "Statewide, 89%", "89%", "percent", 89, 89, "%", Y, "kansas kindergarten mmr 2023-24"),
 ("l-327", L, "Texas reported 327", "327", "count", 327, 327, "cases", Y, "texas outbreak cases mar 25"),
 ("l-tue", L, "cases on Tuesday", "Tuesday", "date", 2025, 2025, "year", N, "as-of date"),
 ("l-nm43", L, "New Mexico 43", "43", "count", 43, 43, "cases", Y, "nm cases mar 25"),
 ("l-ok9", L, "and Oklahoma 9", "9", "count", 9, 9, "cases", Y, "oklahoma cases mar 25"),
 ("l-2016", L, "death since 2016", "2016", "date", 2016, 2016, "year", Y, "previous us measles death year"),
 ("l-feb", L, "2016 in February", "February", "date", 2025, 2025, "year", Y, "first death"),
 ("l-6yo", L, "a 6-year-old girl", "6-year-old", "age", 6, 6, "years", Y, "age of first child who died"),
 ("l-378", L, "confirmed 378 cases", "378", "count", 378, 378, "cases", Y, "us cases as of mar 20 data"),
 ("l-284", L, "the 284 reported", "284", "count", 284, 284, "cases", Y, "us cases 2024"),
 ("l-ly", L, "all of last year", "last year", "date", 2024, 2024, "year", N, "qualifier"),
 ("l-latejan", L, "in Texas in late January", "late January", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("l-1yr", L, "could last a year", "a year", "duration", 1, 1, "years", N, "forecast"),
 ("l-173", L, "reported 173,362 MMR", "173,362", "count", 173362, 173362, "doses", Y, "texas mmr doses jan 1-mar 16 2025"),
 ("l-jan1", L, "from Jan. 1 through March 16", "Jan. 1 through March 16", "date", 2025, 2025, "year", N, "period"),
 ("l-114", L, "pulling back $11.4 billion", "$11.4 billion", "money", 11400000000, 11400000000, "USD", Y, "hhs covid-era grant clawback total"),
 ("l-3n", L, "We are three nurses", "three", "count", 3, 3, "nurses", N, "quote"),
 ("l-6q", L, "in six counties at once", "six", "count", 6, 6, "counties", N, "quote"),

 # ---- MS07 fact-check (2025-09-30)
 ("f-date", F, "September 30, 2025", "September 30, 2025", "date", 2025, 2025, "year", N, "byline date"),
 ("f-500a", F, "claims \"over 500", "500", "count", 500, 500, "people", N, "claim under review"),
 ("f-u4a", F, "shot for children under 4", "4", "age", 4, 4, "years", N, "verdict repeat"),
 ("f-latejan", F, "Gaines County in late January", "late January", "date", 2025, 2025, "year", Y, "outbreak start"),
 ("f-decades", F, "in Texas in decades", "decades", "duration", None, None, "decades", N, "vague"),
 ("f-aug18", F, "over on Aug. 18", "Aug. 18", "date", 2025, 2025, "year", Y, "texas outbreak declared over"),
 ("f-42", F, "after 42 days without", "42 days", "duration", 42, 42, "days", Y, "days without new case to declare over"),
 ("f-742a", F, "final tally was 742", "742", "count", 742, 742, "cases", Y, "texas outbreak final cases"),
 ("f-441", F, "accounted for 441", "441", "count", 441, 441, "cases", Y, "gaines final cases"),
 ("f-99", F, "Ninety-nine people", "Ninety-nine", "count", 99, 99, "patients", Y, "texas outbreak final hospitalized"),
 ("f-2d", F, "and two unvaccinated children died", "two", "count", 2, 2, "deaths", Y, "texas outbreak deaths"),
 ("f-2015", F, "deaths since 2015", "2015", "date", 2015, 2015, "year", Y, "previous us measles death year"),
 ("f-midapr", F, "In mid-April, when", "mid-April", "date", 2025, 2025, "year", N, "data cut"),
 ("f-530", F, "530 of 541", "530", "count", 530, 530, "cases", Y, "unvaccinated/unknown of 541"),
 ("f-541", F, "530 of 541", "541", "count", 541, 541, "cases", Y, "texas cases with status mid-april"),
 ("f-98a", F, "unknown status - about 98%", "98%", "percent", 98, 98, "%", Y, "share unvaccinated/unknown texas mid-april"),
 ("f-2dh", F, "had received two doses", "two", "count", 2, 2, "doses", N, "definitional"),
 ("f-92", F, "classifies 92%", "92%", "percent", 92, 92, "%", Y, "us share unvaccinated or unknown"),
 ("f-500b", F, "near \"over 500", "500", "count", 500, 500, "people", N, "claim under review (repeat)"),
 ("f-1d", F, "one MMR dose is about", "one", "count", 1, 1, "doses", N, "definitional"),
 ("f-93", F, "about 93% effective", "93%", "percent", 93, 93, "%", Y, "one-dose effectiveness"),
 ("f-2d2", F, "and two doses about 97%", "two", "count", 2, 2, "doses", N, "definitional"),
 ("f-97", F, "two doses about 97%", "97%", "percent", 97, 97, "%", Y, "two-dose effectiveness"),
 ("f-136", F, "about 13.6% of school", "13.6%", "percent", 13.6, 13.6, "%", Y, "gaines k-12 exemption rate"),
 ("f-one", F, "from at least one vaccine", "one", "count", 1, 1, "vaccines", N, "definitional"),
 ("f-sep18", F, "On Sept. 18, the CDC", "Sept. 18", "date", 2025, 2025, "year", Y, "acip mmrv vote date"),
 ("f-v8", F, "voted 8 to 4", "8", "vote", 8, 8, "votes for", Y, "acip mmrv vote for"),
 ("f-v4", F, "8 to 4 to stop", "4", "vote", 4, 4, "votes against", Y, "acip mmrv vote against"),
 ("f-u4", F, "for children younger than 4", "4", "age", 4, 4, "years", Y, "mmrv not recommended below age"),
 ("f-5per", F, "roughly five extra per 10,000", "five extra per 10,000", "rate", 5, 5, "per 10,000 doses", Y, "added febrile seizures mmrv"),
 ("f-1223", F, "at 12 to 23 months", "12 to 23 months", "age", 12, 23, "months", Y, "age group for seizure risk"),
 ("f-std2", F, "The standard two doses", "two", "count", 2, 2, "doses", N, "definitional"),
 ("f-1215", F, "at 12 to 15 months and", "12 to 15 months", "age", 12, 15, "months", Y, "routine first mmr dose age"),
 ("f-46", F, "and 4 to 6 years", "4 to 6 years", "age", 4, 6, "years", Y, "routine second mmr dose age"),
 ("f-98b", F, "about 98% of cases with known", "98%", "percent", 98, 98, "%", N, "ruling repeat"),
 ("f-742b", F, "final count of 742", "742", "count", 742, 742, "cases", Y, "texas outbreak final cases (ruling)"),
 ("f-dozen", F, "a few dozen people", "a few dozen", "count", None, None, "people", N, "vague"),
 ("f-sepvote", F, "panel's September vote", "September", "date", 2025, 2025, "year", N, "repeat"),
]

S, Q = "strict", "qualified"
X = [
 # S1 texas outbreak final case count: 742 (interim, mid-July plateau) vs 762
 ("f-742a", "p-762", S), ("f-742a", "a-N762", S), ("f-742a", "e-762", S),
 ("f-742b", "p-762", S), ("f-742b", "a-N762", S), ("f-742b", "e-762", S),
 # S2 share of texas outbreak cases hospitalized: 12% (national CDC figure) vs 13%
 ("e-12", "p-13", S), ("e-12", "a-130", S),
 # S3 gaines final cases 441 (transposed) vs 414
 ("f-441", "p-414", S), ("f-441", "a-414", S),
 # S4 days without a new case to declare over: 21 vs 42
 ("e-21", "p-42", S), ("e-21", "a-42", S), ("e-21", "f-42", S),
 # S5 previous US measles death year: 2016 vs 2015
 ("b-2016", "w-2015", S), ("b-2016", "a-2015", S), ("b-2016", "f-2015", S),
 ("l-2016", "w-2015", S), ("l-2016", "a-2015", S), ("l-2016", "f-2015", S),
 # S6 outbreak start year: "January of last year" (2024) vs 2025
 ("b-jan", "w-latejan", S), ("b-jan", "p-latejan", S), ("b-jan", "a-jan25", S),
 ("b-jan", "e-latejan", S), ("b-jan", "l-latejan", S), ("b-jan", "f-latejan", S),
 # S7 texas mmr doses jan 1-mar 16 2025: 158,000 (2024 figure) vs 173,000 / 173,362
 ("b-158k", "w-173k", S), ("b-158k", "l-173", S),
 # S8 hhs clawback total: $2 billion (immunization slice) vs $11.4 billion
 ("w-2bn", "b-114", S), ("w-2bn", "l-114", S),
 # S9 haskell county kindergarten mmr: 44% (sublette district) vs 58%
 ("b-44", "l-58", S),
 # S10 new texas cases in the week to april 4: 59 (three-day figure) vs 81
 ("b-59", "w-81", S),
 # S11 under-5 share hospitalized (CDC mar 27): a third (share of cases) vs 25.5%
 ("b-third", "a-255", S),
 # S12 lubbock grant unchanged for: a decade vs 15 years
 ("e-dec", "w-15y", S),
 # S13 acip mmrv vote against: 4 vs 3
 ("f-v4", "e-v3", S),
 # S14 routine first mmr dose age: 12-18 vs 12-15 months
 ("p-1218", "e-1215", S), ("p-1218", "l-1215", S), ("p-1218", "f-1215", S),
 # S15 us cases in 2024: 284 vs 285
 ("l-284", "w-285", S), ("l-284", "a-285", S),
 # S16 cdc layoffs: 10,000 (hhs-wide) vs 2,400
 ("w-10k", "b-2400", S),
 # S17 previous new mexico outbreak year: 1997 vs 1996
 ("a-1997", "e-1996", S),
 # Qualified
 ("b-21", "l-20", Q),      # kansas unvaccinated among first 23 (real: CNN 20 vs KDHE/BNO 21)
 ("b-904", "l-89", Q),     # kansas kindergarten mmr (CDC 90.4% vs state data 89%)
 ("w-14", "b-15", Q),      # three-day jump (real outlets: 14% vs 15%)
 ("b-dec", "w-15y", Q),    # "has not grown in a decade" is compatible with 15 years
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
        rows.append({"type": "claim", "id": f"ms-{cid}", "doc": doc, "start": st, "end": en, "span": sl,
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
        a, b = f"ms-{a}", f"ms-{b}"
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
