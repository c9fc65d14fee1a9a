"""Numbers of page furniture are never claims: phone numbers, engagement lines,
codes with leading zeros, image sizes, labels, law names, the levels of intervals,
the names of statistical tests, source lists, ZIP codes, enumerations (sentences
written for these tests)."""

import pytest


@pytest.mark.parametrize("text", [
    # page furniture
    "Press office: +44 20 7946 0958",
    "Tokyo desk: +81-3-5555-0148",
    "58 comments",
    "12 comments · 3 shares",
    "47 comments · Sign in to reply",
    "9 comments | Join the conversation",
    "\U0001f4ac 16 comments · Tags: rail, safety",
    "Last edited 07-22 14:05",
    "[Image: ward-corridor.jpg, 640 480]",
    "The firm cited the Securities Act of 1933 in its filing.",
    "Batch 0042 left the plant.",
    # the level of an interval describes the method, not the world
    "Shares were compared using exact 90% confidence intervals for every arm.",
    "Differences are given with 95% CIs throughout.",
    "We report medians with 95% credible intervals.",
    "The model gave 80% uncertainty intervals for each region.",
    "Forecasts carry 90% prediction intervals.",
    # the name of a statistical test
    "Shares were compared with two-sided z tests.",
    "We used a one-tailed test and a two-sample t test.",
    "Means were compared by two-way analysis of variance.",
    # a list of sources: its dates and numbers are the documents'
    "Sources: state health department bulletin, March 4, 2024; agency press release, 12 May 2023.",
    "References: Ortiz and Bell, Lancet, 2021; ministry annual report, 2022.",
    "Sources\n\nRail safety board, interim report, Oct. 2, 2024; carrier filing, January 2025; court order, 2025.",
])
def test_text_that_states_no_claim_gives_none(extract, text):
    assert [q.text for q in extract(text)] == []


def test_a_labelled_range_is_one_label(extract):
    assert [q.text for q in extract("In this stage 2-3 study of 410 adults, most improved.")] == ["410"]


@pytest.mark.parametrize("text,claims", [
    # a figure with its own unit after a label is no label of the list
    ("Flushes fell by 61% in VESTA 1 and 64% in VESTA 2.", ["61%", "64%"]),
    ("Scores rose in phase 2 and 3 points in phase 3.", ["3 points"]),
    # numbers listed after a label are labels
    ("HPV types 16 and 18 cause most cases.", []),
    ("The drug was tested in phases 2 and 3.", []),
    ("Events of grades 3 or 4 were rare.", []),
    ("Three trials, VESTA 1, 2 and 3, enrolled 1,400 women.", ["Three", "1,400"]),
    ("Stages 1, 2, 3, and 4 of the disease differ.", []),
    ("A fifth of the Fortune 500, or 100 firms, paid.", ["A fifth", "100"]),
    # numbers that name a bill, a chart or an aircraft model
    ("Senate Bill 3 requires sirens at every camp.", []),
    ("Measure 114 drew 1,200,000 yes votes.", ["1,200,000"]),
    ("Voters rejected Proposition 27, which had 44% support.", ["44%"]),
    ("Chart 2 shows the trend.", []),
    ("The Senate passed the bill 52-48 after midnight.", ["52", "48"]),
    ("The carrier inspected its Boeing 787 and 737 jets.", []),
    ("Resolutions to overturn it (H.J. Res. 51) are pending.", []),
    # a number word inside a name
    ("The utility plans to restart the Three Mile Island reactor.", []),
    ("Most cases were in the Four Corners region.", []),
    ("The firm hired Two Rivers Consulting in 2023.", ["2023"]),
    # ZIP codes name places (the count before them stays)
    ("Most of the cases were in three ZIP codes: 60612, 60623 and 60624.", ["three"]),
    ("Residents of zip code 94110 were offered testing.", []),
    ("Homes in ZIP codes 30310 and 30314 lost power.", []),
])
def test_numbers_that_label_or_name_are_no_claims(extract, text, claims):
    assert [q.text for q in extract(text)] == claims


def test_a_capitalized_number_word_opening_a_sentence_is_read(extract):
    assert [q.text for q in extract("Three Texas counties reported cases.")] == ["Three"]


def test_an_inline_enumeration_is_no_claim(extract):
    text = "Comments were coded as (1) support, (2) opposition, (3) mixed or (4) off topic by 2 readers."
    assert [q.text for q in extract(text)] == ["2"]


def test_a_lone_parenthesized_figure_is_still_read(extract):
    assert [q.text for q in extract("Deaths rose (4) in the north.")] == ["4"]


def test_prose_beside_furniture_keeps_its_claims(extract):
    assert [q.text for q in extract("The survey drew 58 comments from readers, and +0.4 was the shift.")] \
        == ["58", "+0.4"]


def test_an_uncertainty_interval_keeps_its_bounds_but_not_its_level(extract):
    qs = extract("The model put admissions at 41,200 (95% UI 30,100 to 60,900).")
    assert [q.text for q in qs] == ["41,200", "30,100 to 60,900"]


def test_prose_about_sources_keeps_its_figures(extract):
    assert [q.text for q in extract("Our sources say 40 workers were hurt in 2024.")] == ["40", "2024"]


def test_an_engagement_line_is_not_joined_to_the_line_above_it(nlp):
    from claimcheck.api import extract_rows
    rows = extract_rows(nlp, "Why the rail line closed\n\nTags: rail, freight, safety\n38 comments\n")
    assert [r["text"] for r in rows] == []
