#!/usr/bin/env python3
"""Build fezolinetant.gold.jsonl: every span is located by a unique context string in its article."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(HERE, 'fezolinetant')
docs = {}
def text(doc):
    if doc not in docs:
        with open(os.path.join(TOP, doc), encoding='utf-8') as f:
            docs[doc] = f.read()
    return docs[doc]

W, P, A, E, B, L, F = ('fez01_wire.txt', 'fez02_press.txt', 'fez03_abstract.txt', 'fez04_explainer.txt',
                       'fez05_blog.txt', 'fez06_local.txt', 'fez07_factcheck.txt')
R, O = True, False
M = '\u2212'
claims = []
def C(cid, doc, ctx, span, kind, low, high, unit, req, topic):
    claims.append(dict(id=cid, doc=doc, ctx=ctx, span=span, kind=kind, low=low, high=high, unit=unit, req=req, topic=topic))

# ---- fez01 wire (2023-05-12)
C('fez-01-dateline', W, 'WASHINGTON, May 12', 'May 12', 'date', 2023, 2023, 'year', O, 'dateline (publication metadata)')
C('fez-01-fri', W, 'regulators on Friday approved', 'Friday', 'date', 2023, 2023, 'year', R, 'FDA approval date')
C('fez-01-80', W, 'As many as 80% of women', '80%', 'percent', 80, 80, '%', R, 'share of women with hot flashes')
C('fez-01-fri2', W, 'Astellas said on Friday', 'Friday', 'date', 2023, 2023, 'year', O, 'date of company statement')
C('fez-01-30d', W, 'a 30-day supply', '30-day', 'duration', 30, 30, 'days', O, 'price basis (supply length)')
C('fez-01-45', W, 'of the 45 mg tablet', '45 mg', 'dose', 45, 45, 'mg', R, 'approved dose')
C('fez-01-550', W, 'cost of $550', '$550', 'money', 550, 550, 'USD', R, 'wholesale price per 30-day supply')
C('fez-01-3wk', W, 'within three weeks', 'three weeks', 'duration', 3, 3, 'weeks', R, 'time to pharmacy availability')
C('fez-01-feb22', W, 'action date of Feb. 22', 'Feb. 22', 'date', 2023, 2023, 'year', R, 'original PDUFA date')
C('fez-01-3mo', W, 'by three months', 'three months', 'duration', 3, 3, 'months', R, 'review extension')
C('fez-01-may22', W, 'the goal to May 22', 'May 22', 'date', 2023, 2023, 'year', R, 'extended PDUFA date')
C('fez-01-two', W, 'on two 12-week', 'two', 'count', 2, 2, 'trials', O, 'number of pivotal trials')
C('fez-01-12wk', W, 'two 12-week', '12-week', 'duration', 12, 12, 'weeks', R, 'placebo-controlled period')
C('fez-01-40wk', W, 'by a 40-week', '40-week', 'duration', 40, 40, 'weeks', R, 'extension period')
C('fez-01-yr', W, 'a year-long safety study', 'year-long', 'duration', 1, 1, 'years', O, 'SKYLIGHT 4 duration')
C('fez-01-2800', W, 'roughly 2,800 women', '2,800', 'count', 2800, 2800, 'participants', R, 'phase 3 program enrolment (3 trials)')
C('fez-01-527', W, 'randomized 527 women', '527', 'count', 527, 527, 'participants', R, 'SKYLIGHT 1 randomized')
C('fez-01-age', W, 'aged 45 to 65', '45 to 65', 'age', 45, 65, 'years', R, 'SKYLIGHT 1 eligible age')
C('fez-01-seven', W, 'at least seven moderate', 'seven', 'count', 7, 7, 'hot flashes/day', R, 'eligibility minimum hot flashes per day')
C('fez-01-501', W, 'which enrolled 501 women', '501', 'count', 501, 501, 'participants', R, 'SKYLIGHT 2 enrolled')
C('fez-01-45b', W, 'those given 45 mg', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-01-253', W, 'had 2.53 fewer', '2.53', 'rate', 2.53, 2.53, 'hot flashes/day', R, 'SKYLIGHT 2 45 mg vs placebo, week 4 (as reported)')
C('fez-01-4wk', W, 'after four weeks', 'four weeks', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-01-lab3', W, 'at three, six and nine months', 'three', 'duration', 3, 3, 'months', O, 'original label test timepoint')
C('fez-01-lab6', W, 'at three, six and nine months', 'six', 'duration', 6, 6, 'months', O, 'original label test timepoint')
C('fez-01-lab9', W, 'at three, six and nine months', 'nine months', 'duration', 9, 9, 'months', O, 'original label test timepoint')
C('fez-01-jan', W, 'said in January that', 'January', 'date', 2023, 2023, 'year', O, 'ICER report date')
C('fez-01-icer', W, 'at $2,000 to $2,600 a year', '$2,000 to $2,600', 'money', 2000, 2600, 'USD', R, 'ICER cost-effective price per year')
C('fez-01-2017', W, 'fezolinetant in 2017', '2017', 'date', 2017, 2017, 'year', R, 'Ogeda acquisition')
C('fez-01-500m', W, 'for $500 million upfront', '$500 million', 'money', 500000000, 500000000, 'USD', R, 'Ogeda upfront payment')
C('fez-01-mar', W, 'in March last year', 'March last year', 'date', 2022, 2022, 'year', R, 'MOONLIGHT 1 failure')

# ---- fez02 press (2023-12-07)
C('fez-02-45h', P, 'Approval covers 45 mg once daily', '45 mg', 'dose', 45, 45, 'mg', R, 'EU approved dose')
C('fez-02-oct', P, 'CHMP opinion issued in October', 'October', 'date', 2023, 2023, 'year', R, 'CHMP opinion date')
C('fez-02-dec7', P, 'granted on 7 December 2023', '7 December 2023', 'date', 2023, 2023, 'year', R, 'EC approval date')
C('fez-02-dateline', P, 'TOKYO, December 7, 2023', 'December 7, 2023', 'date', 2023, 2023, 'year', O, 'dateline (publication metadata)')
C('fez-02-45b', P, 'fezolinetant) 45 mg, taken once a day', '45 mg', 'dose', 45, 45, 'mg', O, 'EU approved dose (repeat)')
C('fez-02-5697', P, 'between 56% and 97%', '56% and 97%', 'percent', 56, 97, '%', R, 'VMS prevalence range in Europe')
C('fez-02-40', P, 'an estimated 40%', '40%', 'percent', 40, 40, '%', R, 'moderate-severe VMS share, Europe')
C('fez-02-oct2', P, 'positive opinion in October', 'October', 'date', 2023, 2023, 'year', O, 'CHMP opinion date (repeat)')
C('fez-02-three', P, 'three Phase 3 studies', 'three', 'count', 3, 3, 'trials', O, 'number of phase 3 studies')
C('fez-02-3000', P, 'more than 3,000 women', '3,000', 'count', 3000, 3000, 'participants', R, 'phase 3 program enrolment (3 trials)')
C('fez-02-45a', P, 'fezolinetant 45 mg lowered', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-02-207', P, 'mean of 2.07 episodes', '2.07', 'rate', 2.07, 2.07, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 4')
C('fez-02-w4a', P, '2.07 episodes at Week 4', 'Week 4', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-02-255a', P, '2.55 episodes at Week 12', '2.55', 'rate', 2.55, 2.55, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 12')
C('fez-02-w12a', P, '2.55 episodes at Week 12', 'Week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-02-30', P, 'for the 30 mg dose', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-02-187', P, 'were 1.87 and 2.39', '1.87', 'rate', 1.87, 1.87, 'hot flashes/day', R, 'SKYLIGHT 1 30 mg vs placebo, week 4')
C('fez-02-239', P, 'were 1.87 and 2.39', '2.39', 'rate', 2.39, 2.39, 'hot flashes/day', R, 'SKYLIGHT 1 30 mg vs placebo, week 12')
C('fez-02-45c', P, 'with the 45 mg dose reducing', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-02-255b', P, '2.55 episodes at Week 4', '2.55', 'rate', 2.55, 2.55, 'hot flashes/day', R, 'SKYLIGHT 2 45 mg vs placebo, week 4')
C('fez-02-w4b', P, '2.55 episodes at Week 4', 'Week 4', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-02-253', P, '2.53 at Week 12', '2.53', 'rate', 2.53, 2.53, 'hot flashes/day', R, 'SKYLIGHT 2 45 mg vs placebo, week 12')
C('fez-02-w12b', P, '2.53 at Week 12', 'Week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-02-52wk', P, 'a 52-week safety study', '52-week', 'duration', 52, 52, 'weeks', R, 'SKYLIGHT 4 duration')
C('fez-02-dec4', P, 'Swiss authorities on December 4', 'December 4', 'date', 2023, 2023, 'year', R, 'Swiss approval date')
C('fez-02-70', P, 'more than 70 countries', '70', 'count', 70, 70, 'countries', O, 'About boilerplate')

# ---- fez03 abstract (2024-02-14)
C('fez-03-dec', A, 'since December 2023', 'December 2023', 'date', 2023, 2023, 'year', R, 'EC approval date')
C('fez-03-45', A, 'at a dose of 45 mg', '45 mg', 'dose', 45, 45, 'mg', R, 'approved dose')
C('fez-03-12wk', A, 'placebo-controlled for 12 weeks', '12 weeks', 'duration', 12, 12, 'weeks', R, 'placebo-controlled period')
C('fez-03-40wk', A, 'by a 40-week extension', '40-week', 'duration', 40, 40, 'weeks', R, 'extension period')
C('fez-03-rr30', A, 'fezolinetant 30 mg or 45 mg. Eligible', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-rr45', A, 'fezolinetant 30 mg or 45 mg. Eligible', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-age', A, 'aged 40 to 65 years', '40 to 65 years', 'age', 40, 65, 'years', R, 'eligible age')
C('fez-03-7', A, 'at least 7 moderate', '7', 'count', 7, 7, 'hot flashes/day', R, 'eligibility minimum hot flashes per day')
C('fez-03-tp4', A, 'weeks 4 and 12.', '4', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-03-tp12', A, 'weeks 4 and 12.', '12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-03-527', A, 'randomised 527 women', '527', 'count', 527, 527, 'participants', R, 'SKYLIGHT 1 randomized')
C('fez-03-97', A, 'at 97 sites', '97', 'count', 97, 97, 'sites', R, 'SKYLIGHT 1 sites')
C('fez-03-522', A, '522 received at least one dose', '522', 'count', 522, 522, 'participants', R, 'SKYLIGHT 1 treated')
C('fez-03-n175', A, 'placebo n=175', '175', 'count', 175, 175, 'participants', R, 'SKYLIGHT 1 placebo arm')
C('fez-03-a30', A, '30 mg n=173', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-n173', A, '30 mg n=173', '173', 'count', 173, 173, 'participants', R, 'SKYLIGHT 1 30 mg arm')
C('fez-03-a45', A, '45 mg n=174', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-n174', A, '45 mg n=174', '174', 'count', 174, 174, 'participants', R, 'SKYLIGHT 1 45 mg arm')
C('fez-03-age544', A, 'Mean age was 54.4 years', '54.4 years', 'age', 54.4, 54.4, 'years', R, 'SKYLIGHT 1 mean age')
C('fez-03-501', A, 'randomised 501 women', '501', 'count', 501, 501, 'participants', R, 'SKYLIGHT 2 randomized')
C('fez-03-500', A, '500 were treated', '500', 'count', 500, 500, 'participants', R, 'SKYLIGHT 2 treated')
C('fez-03-1022', A, 'N = 1,022', '1,022', 'count', 1022, 1022, 'participants', R, 'SKYLIGHT 1+2 treated')
C('fez-03-s1w4', A, 'frequency at week 4 was', 'week 4', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-03-187', A, M+'1.87 (95% CI', M+'1.87', 'rate', -1.87, -1.87, 'hot flashes/day', R, 'SKYLIGHT 1 30 mg vs placebo, week 4')
C('fez-03-ci187', A, M+'2.69 to '+M+'1.05', M+'2.69 to '+M+'1.05', 'rate', -2.69, -1.05, 'hot flashes/day', R, 'CI SKYLIGHT 1 30 mg week 4')
C('fez-03-30a', A, '1.05) for 30 mg', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-207', A, M+'2.07 (95% CI', M+'2.07', 'rate', -2.07, -2.07, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 4')
C('fez-03-ci207', A, M+'2.89 to '+M+'1.25', M+'2.89 to '+M+'1.25', 'rate', -2.89, -1.25, 'hot flashes/day', R, 'CI SKYLIGHT 1 45 mg week 4')
C('fez-03-45a', A, '1.25) for 45 mg', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-s1w12', A, 'At week 12 the differences', 'week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-03-239', A, M+'2.39 (95% CI', M+'2.39', 'rate', -2.39, -2.39, 'hot flashes/day', R, 'SKYLIGHT 1 30 mg vs placebo, week 12')
C('fez-03-ci239', A, M+'3.25 to '+M+'1.53', M+'3.25 to '+M+'1.53', 'rate', -3.25, -1.53, 'hot flashes/day', R, 'CI SKYLIGHT 1 30 mg week 12')
C('fez-03-255', A, M+'2.55 (95% CI', M+'2.55', 'rate', -2.55, -2.55, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 12')
C('fez-03-ci255', A, M+'3.39 to '+M+'1.71', M+'3.39 to '+M+'1.71', 'rate', -3.39, -1.71, 'hot flashes/day', R, 'CI SKYLIGHT 1 45 mg week 12')
C('fez-03-p1', A, '(P<0.001 for all four', 'P<0.001', 'pvalue', 0.001, 0.001, 'p', O, 'p-value')
C('fez-03-four', A, 'for all four comparisons', 'four', 'count', 4, 4, 'comparisons', O, 'number of comparisons')
C('fez-03-sev12', A, 'fell at week 12', 'week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-03-024', A, M+'0.24, P=0.002', M+'0.24', 'score', -0.24, -0.24, 'points', R, 'SKYLIGHT 1 30 mg severity, week 12')
C('fez-03-p2', A, 'P=0.002 for 30 mg', 'P=0.002', 'pvalue', 0.002, 0.002, 'p', O, 'p-value')
C('fez-03-sev30', A, 'P=0.002 for 30 mg', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-020', A, M+'0.20, P=0.007', M+'0.20', 'score', -0.20, -0.20, 'points', R, 'SKYLIGHT 1 45 mg severity, week 12')
C('fez-03-p3', A, 'P=0.007 for 45 mg', 'P=0.007', 'pvalue', 0.007, 0.007, 'p', O, 'p-value')
C('fez-03-sev45', A, 'P=0.007 for 45 mg', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-dc12', A, 'Before week 12, 23', 'week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-03-dc23', A, 'Before week 12, 23', '23', 'count', 23, 23, 'participants', R, 'SKYLIGHT 1 placebo discontinuations')
C('fez-03-dc31', A, '31 on 30 mg', '31', 'count', 31, 31, 'participants', R, 'SKYLIGHT 1 30 mg discontinuations')
C('fez-03-dc30', A, '31 on 30 mg', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-dc13', A, '13 on 45 mg', '13', 'count', 13, 13, 'participants', R, 'SKYLIGHT 1 45 mg discontinuations')
C('fez-03-dc45', A, '13 on 45 mg', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-182', A, M+'1.82 (SE 0.46)', M+'1.82', 'rate', -1.82, -1.82, 'hot flashes/day', R, 'SKYLIGHT 2 30 mg vs placebo, week 4')
C('fez-03-se1', A, M+'1.82 (SE 0.46)', '0.46', 'rate', 0.46, 0.46, 'SE', O, 'standard error')
C('fez-03-255b', A, M+'2.55 (SE 0.46)', M+'2.55', 'rate', -2.55, -2.55, 'hot flashes/day', R, 'SKYLIGHT 2 45 mg vs placebo, week 4')
C('fez-03-se2', A, M+'2.55 (SE 0.46)', '0.46', 'rate', 0.46, 0.46, 'SE', O, 'standard error')
C('fez-03-s2w4', A, 'at week 4 and '+M+'1.86', 'week 4', 'duration', 4, 4, 'weeks', O, 'timepoint')
C('fez-03-186', A, M+'1.86 (SE 0.55)', M+'1.86', 'rate', -1.86, -1.86, 'hot flashes/day', R, 'SKYLIGHT 2 30 mg vs placebo, week 12')
C('fez-03-se3', A, M+'1.86 (SE 0.55)', '0.55', 'rate', 0.55, 0.55, 'SE', O, 'standard error')
C('fez-03-253', A, M+'2.53 (SE 0.55)', M+'2.53', 'rate', -2.53, -2.53, 'hot flashes/day', R, 'SKYLIGHT 2 45 mg vs placebo, week 12')
C('fez-03-se4', A, M+'2.53 (SE 0.55)', '0.55', 'rate', 0.55, 0.55, 'SE', O, 'standard error')
C('fez-03-s2w12', A, '0.55) at week 12', 'week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-03-s2a30', A, 'for 30 mg and 45 mg (all', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-s2a45', A, 'for 30 mg and 45 mg (all', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-p4', A, '(all P<0.001)', 'P<0.001', 'pvalue', 0.001, 0.001, 'p', O, 'p-value')
C('fez-03-sae2', A, 'occurred in 2%, 1% and 0%', '2%', 'percent', 2, 2, '%', R, 'SKYLIGHT 2 serious TEAEs 30 mg')
C('fez-03-sae1', A, 'occurred in 2%, 1% and 0%', '1%', 'percent', 1, 1, '%', R, 'SKYLIGHT 2 serious TEAEs 45 mg')
C('fez-03-sae0', A, 'occurred in 2%, 1% and 0%', '0%', 'percent', 0, 0, '%', R, 'SKYLIGHT 2 serious TEAEs placebo')
C('fez-03-saea30', A, 'of the 30 mg, 45 mg and placebo', '30 mg', 'dose', 30, 30, 'mg', O, 'arm label')
C('fez-03-saea45', A, 'of the 30 mg, 45 mg and placebo', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-03-twotr', A, 'We summarise the two pivotal', 'two', 'count', 2, 2, 'trials', O, 'number of pivotal trials')
C('fez-03-onedose', A, '522 received at least one dose', 'one', 'count', 1, 1, 'doses', O, 'definition of treated')
C('fez-03-three', A, 'In the three Phase 3 studies', 'three', 'count', 3, 3, 'trials', O, 'number of trials')
C('fez-03-3x', A, 'above 3 × the upper', '3 ×', 'ratio', 3, 3, 'x ULN', O, 'threshold')
C('fez-03-23', A, 'occurred in 2.3% of women', '2.3%', 'percent', 2.3, 2.3, '%', R, 'transaminase >3xULN, fezolinetant')
C('fez-03-09', A, 'and 0.9% of those', '0.9%', 'percent', 0.9, 0.9, '%', R, 'transaminase >3xULN, placebo')
C('fez-03-two', A, 'roughly two episodes a day', 'two', 'rate', 2, 2, 'hot flashes/day', O, 'summary effect (rounded)')
C('fez-03-wk1', A, 'visible by week 1', 'week 1', 'duration', 1, 1, 'weeks', O, 'timepoint')
C('fez-03-wk52', A, 'through week 52', 'week 52', 'duration', 52, 52, 'weeks', O, 'timepoint')

# ---- fez04 explainer (2025-01-15)
C('fez-04-4in5', E, 'up to four in five women', 'four in five', 'percent', 80, 80, '%', R, 'share of women with hot flashes')
C('fez-04-decade', E, 'for a decade or longer', 'a decade', 'duration', 10, 10, 'years', O, 'symptom duration (aside)')
C('fez-04-mid2023', E, 'since mid-2023', 'mid-2023', 'date', 2023, 2023, 'year', R, 'US market availability')
C('fez-04-dec2022', E, 'Veoza in December 2022', 'December 2022', 'date', 2022, 2022, 'year', R, 'EC approval date (as reported)')
C('fez-04-seven', E, 'at least seven moderate', 'seven', 'count', 7, 7, 'hot flashes/day', R, 'eligibility minimum hot flashes per day')
C('fez-04-twostud', E, 'the larger of the two key', 'two', 'count', 2, 2, 'trials', O, 'number of key trials')
C('fez-04-522', E, '522 women took', '522', 'count', 522, 522, 'participants', R, 'SKYLIGHT 1 treated')
C('fez-04-twodose', E, 'one of two doses', 'two', 'count', 2, 2, 'doses', O, 'number of doses')
C('fez-04-wk12', E, 'By week 12', 'week 12', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-04-45a', E, 'the approved 45 mg dose', '45 mg', 'dose', 45, 45, 'mg', O, 'approved dose (arm)')
C('fez-04-25', E, 'about two and a half fewer', 'two and a half', 'rate', 2.5, 2.5, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 12 (rounded)')
C('fez-04-45b', E, 'One 45 mg tablet', '45 mg', 'dose', 45, 45, 'mg', R, 'approved dose')
C('fez-04-32', E, 'about 3.2% of women', '3.2%', 'percent', 3.2, 3.2, '%', R, 'transaminase >3xULN, fezolinetant (as reported)')
C('fez-04-3x', E, 'more than three times the upper', 'three times', 'ratio', 3, 3, 'x ULN', O, 'threshold')
C('fez-04-09', E, 'with 0.9% of women', '0.9%', 'percent', 0.9, 0.9, '%', R, 'transaminase >3xULN, placebo')
C('fez-04-dec2024', E, 'In December 2024 the FDA', 'December 2024', 'date', 2024, 2024, 'year', R, 'boxed warning date')
C('fez-04-40d', E, 'about 40 days into', '40 days', 'duration', 40, 40, 'days', R, 'case time to liver injury')
C('fez-04-2mo', E, 'for the first two months', 'two months', 'duration', 2, 2, 'months', O, 'monitoring schedule')
C('fez-04-m3', E, 'at months three, six and nine', 'three', 'duration', 3, 3, 'months', O, 'monitoring schedule')
C('fez-04-m6', E, 'at months three, six and nine', 'six', 'duration', 6, 6, 'months', O, 'monitoring schedule')
C('fez-04-m9', E, 'at months three, six and nine', 'nine', 'duration', 9, 9, 'months', O, 'monitoring schedule')
C('fez-04-6600', E, 'about $6,600 a year', '$6,600', 'money', 6600, 6600, 'USD', R, 'list price per year')
C('fez-04-2600', E, 'about $2,600 a year', '$2,600', 'money', 2600, 2600, 'USD', R, 'ICER value price per year')
C('fez-04-wk4', E, 'by week four', 'week four', 'duration', 4, 4, 'weeks', O, 'timepoint')

# ---- fez05 blog (2025-03-20)
C('fez-05-2yr', B, 'almost two years in', 'two years', 'duration', 2, 2, 'years', O, 'time since approval (title)')
C('fez-05-date', B, 'March 20, 2025', 'March 20, 2025', 'date', 2025, 2025, 'year', O, 'byline date (metadata)')
C('fez-05-2yr2', B, 'Nearly two years on', 'two years', 'duration', 2, 2, 'years', O, 'time since approval')
C('fez-05-12wk', B, 'At 12 weeks', '12 weeks', 'duration', 12, 12, 'weeks', O, 'timepoint')
C('fez-05-45', B, 'taking the 45 mg dose', '45 mg', 'dose', 45, 45, 'mg', O, 'arm label')
C('fez-05-239', B, 'had 2.39 fewer', '2.39', 'rate', 2.39, 2.39, 'hot flashes/day', R, 'SKYLIGHT 1 45 mg vs placebo, week 12 (as reported)')
C('fez-05-ten', B, 'with ten or more a day', 'ten', 'count', 10, 10, 'hot flashes/day', O, 'baseline (vague)')
C('fez-05-23', B, 'roughly two-thirds', 'two-thirds', 'percent', 66.666667, 66.666667, '%', R, 'clinic persistence at 6 months')
C('fez-05-6mo', B, 'at six months. That', 'six months', 'duration', 6, 6, 'months', O, 'timepoint')
C('fez-05-90', B, 'about 90 patients', '90', 'count', 90, 90, 'patients', R, 'clinic panel size')
C('fez-05-dec2023', B, 'In December 2023 the FDA', 'December 2023', 'date', 2023, 2023, 'year', R, 'boxed warning date (as reported)')
C('fez-05-m3', B, 'monthly for three months', 'three months', 'duration', 3, 3, 'months', O, 'monitoring schedule')
C('fez-05-m6', B, 'at six and nine months', 'six', 'duration', 6, 6, 'months', O, 'monitoring schedule')
C('fez-05-m9', B, 'at six and nine months', 'nine months', 'duration', 9, 9, 'months', O, 'monitoring schedule')
C('fez-05-2pt', B, 'two patients with mild', 'two', 'count', 2, 2, 'patients', R, 'clinic enzyme elevations')
C('fez-05-v8', B, 'voted 8-3', '8', 'count', 8, 8, 'votes', R, 'state Medicaid committee preferred-list vote, for (as reported)')
C('fez-05-v3', B, 'voted 8-3', '3', 'count', 3, 3, 'votes', R, 'state Medicaid committee preferred-list vote, against (as reported)')
C('fez-05-lastmo', B, '8-3 last month', 'last month', 'date', 2025, 2025, 'year', R, 'committee vote date')
C('fez-05-tworec', B, 'acts on two receptors', 'two', 'count', 2, 2, 'receptors', O, 'mechanism aside')
C('fez-05-1in10', B, 'if even one in ten', 'one in ten', 'percent', 10, 10, '%', O, 'quoted hypothetical')
C('fez-05-13m', B, 'the 1.3 million American', '1.3 million', 'count', 1300000, 1300000, 'women/year', O, 'quoted: women reaching menopause per year')
C('fez-05-45eu', B, 'only the 45 mg strength', '45 mg', 'dose', 45, 45, 'mg', R, 'EU approved dose')

# ---- fez06 local (2025-02-06)
C('fez-06-v9', L, 'voted nine\nto two', 'nine', 'count', 9, 9, 'votes', R, 'state Medicaid committee preferred-list vote, for')
C('fez-06-v2', L, 'voted nine\nto two', 'two', 'count', 2, 2, 'votes', R, 'state Medicaid committee preferred-list vote, against')
C('fez-06-wed', L, 'to two on Wednesday', 'Wednesday', 'date', 2025, 2025, 'year', R, 'committee vote date')
C('fez-06-v11', L, '11-0 vote', '11', 'count', 11, 11, 'votes', R, 'liver-test documentation vote, for')
C('fez-06-v0', L, '11-0 vote', '0', 'count', 0, 0, 'votes', R, 'liver-test documentation vote, against')
C('fez-06-may2022', L, 'in May 2022', 'May 2022', 'date', 2022, 2022, 'year', R, 'FDA approval date (as reported)')
C('fez-06-650', L, 'lists at $650', '$650', 'money', 650, 650, 'USD', R, 'list price per month (as reported)')
C('fez-06-600', L, 'about 600 members', '600', 'count', 600, 600, 'patients', R, 'expected Medicaid users first year')
C('fez-06-24m', L, 'roughly $2.4 million', '$2.4 million', 'money', 2400000, 2400000, 'USD', R, 'expected Medicaid net cost first year')
C('fez-06-twono', L, 'The two members who voted no', 'two', 'count', 2, 2, 'votes', O, 'votes against (repeat)')
C('fez-06-40d', L, 'about 40\ndays', '40\ndays', 'duration', 40, 40, 'days', R, 'case time to liver injury')
C('fez-06-2mo', L, 'for the first two months', 'two months', 'duration', 2, 2, 'months', O, 'monitoring schedule')
C('fez-06-m3', L, 'then at three, six and\nnine months', 'three', 'duration', 3, 3, 'months', O, 'monitoring schedule')
C('fez-06-m6', L, 'then at three, six and\nnine months', 'six', 'duration', 6, 6, 'months', O, 'monitoring schedule')
C('fez-06-m9', L, 'then at three, six and\nnine months', 'nine months', 'duration', 9, 9, 'months', O, 'monitoring schedule')
C('fez-06-28700', L, 'some 28,700 patients', '28,700', 'count', 28700, 28700, 'patients', R, 'US patients dispensed Veozah (retail)')
C('fez-06-may2024', L, 'as of May 2024', 'May 2024', 'date', 2024, 2024, 'year', O, 'as-of date')
C('fez-06-q30', L, 'a quarter to 30 percent', 'a quarter to 30 percent', 'percent', 25, 30, '%', R, 'share of women with hot flashes who have severe ones')
C('fez-06-apr1', L, 'takes effect April 1', 'April 1', 'date', 2025, 2025, 'year', R, 'preferred-list effective date')

# ---- fez07 fact-check (2025-01-08)
C('fez-07-date', F, 'Jan. 8, 2025', 'Jan. 8, 2025', 'date', 2025, 2025, 'year', O, 'byline date (metadata)')
C('fez-07-c40', F, 'after it killed 40 women', '40', 'count', 40, 40, 'deaths', O, 'claim attributed to false post')
C('fez-07-q40', F, 'after "40 women died', '40', 'count', 40, 40, 'deaths', O, 'quote of false post')
C('fez-07-15000', F, 'more than 15,000 times', '15,000', 'count', 15000, 15000, 'shares', R, 'shares of viral clip')
C('fez-07-may12', F, 'on May 12, 2023', 'May 12, 2023', 'date', 2023, 2023, 'year', R, 'FDA approval date')
C('fez-07-dec16', F, 'On Dec. 16, 2024', 'Dec. 16, 2024', 'date', 2024, 2024, 'year', R, 'boxed warning date')
C('fez-07-sep12', F, 'first issued on Sept. 12, 2024', 'Sept. 12, 2024', 'date', 2024, 2024, 'year', R, 'first liver warning date')
C('fez-07-40d', F, 'roughly 40 days after', '40 days', 'duration', 40, 40, 'days', R, 'case time to liver injury')
C('fez-07-n40', F, 'The number 40 in', '40', 'count', 40, 40, 'number', O, 'discussion of the post\'s figure')
C('fez-07-three', F, 'Across three late-stage', 'three', 'count', 3, 3, 'trials', O, 'number of trials')
C('fez-07-23', F, '2.3% of women taking', '2.3%', 'percent', 2.3, 2.3, '%', R, 'transaminase >3xULN, fezolinetant')
C('fez-07-3x', F, 'above three times the upper', 'three times', 'ratio', 3, 3, 'x ULN', O, 'threshold')
C('fez-07-09', F, 'with 0.9% of women', '0.9%', 'percent', 0.9, 0.9, '%', R, 'transaminase >3xULN, placebo')
C('fez-07-572', F, 'enrolled 572 women', '572', 'count', 572, 572, 'participants', R, 'SKYLIGHT 1 enrolled (as reported)')
C('fez-07-2mo', F, 'monthly for the first two months', 'two months', 'duration', 2, 2, 'months', O, 'monitoring schedule')
C('fez-07-m3', F, 'at months three, six and nine', 'three', 'duration', 3, 3, 'months', O, 'monitoring schedule')
C('fez-07-m6', F, 'at months three, six and nine', 'six', 'duration', 6, 6, 'months', O, 'monitoring schedule')
C('fez-07-m9', F, 'at months three, six and nine', 'nine', 'duration', 9, 9, 'months', O, 'monitoring schedule')
C('fez-07-1000', F, 'costs "$1,000 a month', '$1,000', 'money', 1000, 1000, 'USD', O, 'claim attributed to false post')
C('fez-07-550', F, 'wholesale price at $550', '$550', 'money', 550, 550, 'USD', R, 'wholesale price per 30-day supply')
C('fez-07-30d', F, 'for a 30-day supply', '30-day', 'duration', 30, 30, 'days', O, 'price basis (supply length)')
C('fez-07-r40', F, 'evidence that 40 women died', '40', 'count', 40, 40, 'deaths', O, 'claim attributed to false post')
C('fez-07-src1', F, '(Sept. 12, 2024, and', 'Sept. 12, 2024', 'date', 2024, 2024, 'year', O, 'source list')
C('fez-07-src2', F, 'and Dec. 16, 2024)', 'Dec. 16, 2024', 'date', 2024, 2024, 'year', O, 'source list')
C('fez-07-src3', F, 'The Lancet, 2023', '2023', 'date', 2023, 2023, 'year', O, 'source list')

S, Q = 'strict', 'qualified'
conflicts = [
    # 1 FDA approval year
    ('fez-06-may2022', 'fez-01-fri', S), ('fez-06-may2022', 'fez-07-may12', S),
    # 2 SKYLIGHT 1 size
    ('fez-07-572', 'fez-01-527', S), ('fez-07-572', 'fez-03-527', S),
    # 3 SKYLIGHT 1 45 mg week 12 (wrong arm)
    ('fez-05-239', 'fez-02-255a', S), ('fez-05-239', 'fez-03-255', S),
    # 4 SKYLIGHT 2 45 mg week 4 (week-12 figure given)
    ('fez-01-253', 'fez-02-255b', S), ('fez-01-253', 'fez-03-255b', S),
    # 5 monthly price
    ('fez-06-650', 'fez-01-550', S), ('fez-06-650', 'fez-07-550', S),
    # 6 EC approval year
    ('fez-04-dec2022', 'fez-02-dec7', S), ('fez-04-dec2022', 'fez-03-dec', S),
    # 7 boxed warning year
    ('fez-05-dec2023', 'fez-04-dec2024', S), ('fez-05-dec2023', 'fez-07-dec16', S),
    # 8 transaminase elevation rate on drug
    ('fez-04-32', 'fez-03-23', S), ('fez-04-32', 'fez-07-23', S),
    # 9 committee vote
    ('fez-05-v8', 'fez-06-v9', S), ('fez-05-v3', 'fez-06-v2', S),
    # 10 eligible age
    ('fez-01-age', 'fez-03-age', S),
    # 11 program enrolment
    ('fez-01-2800', 'fez-02-3000', S),
    # qualified
    ('fez-04-522', 'fez-01-527', Q), ('fez-04-522', 'fez-03-527', Q), ('fez-04-522', 'fez-07-572', Q),
    ('fez-03-522', 'fez-01-527', Q), ('fez-03-522', 'fez-07-572', Q),
    ('fez-04-2600', 'fez-01-icer', Q),
    ('fez-04-25', 'fez-05-239', Q),
]

def build():
    out, seen = [], set()
    for c in claims:
        t = text(c['doc'])
        assert t.count(c['ctx']) == 1, ('context not unique', c['id'], c['ctx'], t.count(c['ctx']))
        base = t.index(c['ctx'])
        off = c['ctx'].index(c['span'])
        start = base + off; end = start + len(c['span'])
        assert t[start:end] == c['span'], c['id']
        assert c['id'] not in seen, c['id']; seen.add(c['id'])
        out.append({"type": "claim", "id": c['id'], "doc": c['doc'], "start": start, "end": end, "span": c['span'],
                    "kind": c['kind'], "low": c['low'], "high": c['high'], "unit": c['unit'], "required": c['req'],
                    "topic": c['topic']})
    # overlapping spans check
    bydoc = {}
    for o in out: bydoc.setdefault(o['doc'], []).append(o)
    for d, lst in bydoc.items():
        lst.sort(key=lambda o: o['start'])
        for x, y in zip(lst, lst[1:]):
            assert x['end'] <= y['start'], ('overlap', x['id'], y['id'])
    ids = {o['id']: o for o in out}
    for a, b, g in conflicts:
        assert a in ids and b in ids, (a, b)
        assert ids[a]['doc'] != ids[b]['doc'], (a, b)
        assert ids[a]['required'] and ids[b]['required'], (a, b)
        out.append({"type": "conflict", "a": a, "b": b, "grade": g})
    with open(os.path.join(HERE, 'fezolinetant.gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    nc = sum(1 for o in out if o['type'] == 'claim'); nr = sum(1 for o in out if o['type'] == 'claim' and o['required'])
    ns = sum(1 for o in out if o['type'] == 'conflict' and o['grade'] == 'strict')
    nq = sum(1 for o in out if o['type'] == 'conflict' and o['grade'] == 'qualified')
    print(f'claims {nc} (required {nr}, optional {nc-nr}); conflicts strict {ns}, qualified {nq}')

if __name__ == '__main__':
    build()
