"""Alternatives, suspended hyphens, spans of years, ISO months, counts in words,
and sentences wrapped over lines (sentences written for these tests)."""

import pytest


def read(extract, text):
    return [(q.text, q.low, q.high, q.unit) for q in extract(text)]


def test_alternatives_with_one_unit_are_separate_doses(extract):
    assert read(extract, "Each arm took 40 or 60 mg a day.") == [("40", 40, 40, "mg"), ("60 mg", 60, 60, "mg")]
    assert [q.low for q in extract("Tablets come in 25, 10 or 2 mg strengths.")] == [25, 10, 2]


def test_consecutive_alternatives_are_a_rough_range(extract):
    assert read(extract, "Most families make 2 or 3 visits.") == [("2 or 3", 2, 3, "visits")]


@pytest.mark.parametrize("text,expected", [
    ("Expect a three- to five-hour delay.", ("three- to five-hour", 3, 5, "hours")),
    ("The 10- to 14-day course is standard.", ("10- to 14-day", 10, 14, "days")),
])
def test_a_suspended_hyphen_gives_both_ends(extract, text, expected):
    assert read(extract, text) == [expected]


def test_a_season_written_with_a_slash(extract):
    assert read(extract, "Flu peaked early in the 2022/23 season.") == [("2022/23", 2022, 2023, "year")]


def test_an_iso_month_is_not_a_span_of_years(extract):
    q = extract("Figures released 2023-07 show a dip.")[0]
    assert (q.text, q.low, q.high, q.date) == ("2023-07", 2023, 2023, "2023-07")
    assert read(extract, "Across 2015-16, fewer were sold.")[0][1:3] == (2015, 2016)


@pytest.mark.parametrize("text,expected", [
    ("Inspectors found four more leaks on Friday.", ("four", 4, 4, "leaks")),
    ("Two of the 118 riders were hurt.", ("Two", 2, 2, "riders")),
    ("Six of 40 schools closed.", ("Six", 6, 6, "schools")),
])
def test_counts_in_words(extract, text, expected):
    assert read(extract, text)[0] == expected


def test_a_wrapped_line_does_not_end_the_sentence(nlp):
    doc = nlp("The county logged roughly 3,400\nhospital admissions over the winter.\n"
              "Next steps\nThe board meets soon.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "The county logged roughly 3,400\nhospital admissions over the winter.", "Next steps",
        "The board meets soon."]
    assert [s._.quantity.unit for s in doc.spans["quantities"]] == ["admissions"]


def test_list_items_and_headings_still_end_lines(nlp):
    doc = nlp("What we found\n- 12% of riders\n- 30% of drivers")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "What we found", "- 12% of riders", "- 30% of drivers"]


@pytest.mark.parametrize("text,value", [
    ("Nearly three-quarters of clinics reported delays.", 75),
    ("About two thirds of the members agreed.", 200 / 3),
    ("Three quarters of nurses signed.", 75),
    ("A fifth of the budget went to staff.", 20),
])
def test_fractions_in_words_are_shares(extract, text, value):
    q = extract(text)[0]
    assert (q.low, q.unit) == (pytest.approx(value), "%")
