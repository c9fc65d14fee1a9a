"""Fractions and multiples in words: read where the sentence uses them as a
share or a ratio, and not where they are ordinals, idioms or adjectives.
Sentences written for these tests."""

import pytest


def figures(extract, text):
    return [(q.text, round(q.low, 2), round(q.high, 2), q.unit) for q in extract(text)]


@pytest.mark.parametrize("text,expected", [
    # a share as the subject of its clause
    ("Roughly half were retirees.", ("half", 50, 50, "%")),
    ("About two-thirds said the rules were unclear.", ("two-thirds", 66.67, 66.67, "%")),
    ("Nearly a third have tried the app.", ("a third", 33.33, 33.33, "%")),
    ("A quarter are renters, the survey found.", ("A quarter", 25, 25, "%")),
    ("Just over half switched to another brand.", ("half", 50, 50, "%")),
    # after "by", past a bound word
    ("Turnout fell by about a fifth.", ("a fifth", 20, 20, "%")),
    ("The new filter cut emissions by roughly half.", ("half", 50, 50, "%")),
    ("The program cut staff by one quarter.", ("one quarter", 25, 25, "%")),
    ("The rule lowered costs by about two thirds.", ("two thirds", 66.67, 66.67, "%")),
    # before the whole it divides, a change word, or the majority it makes
    ("Passage requires a three-fifths majority.", ("three-fifths", 60, 60, "%")),
    ("Readmissions were about a third lower with the device.", ("a third", 33.33, 33.33, "%")),
    ("Members earn half the usual rate.", ("half", 50, 50, "%")),
    ("About one fifth of adults smoke.", ("one fifth", 20, 20, "%")),
    # multiples, and fractions of a point
    ("Prices rose more than fivefold.", ("fivefold", 5, 5, "times")),
    ("Rates varied roughly twelvefold between counties.", ("twelvefold", 12, 12, "times")),
    ("Heavy use can double the risk.", ("double", 2, 2, "times")),
    ("Revenue was nearly double the prior year's.", ("double", 2, 2, "times")),
    ("Smoking may double or triple the odds of a relapse.", ("double or triple", 2, 3, "times")),
    ("The clinic saw fewer than half as many visits this winter.", ("half", 0.5, 0.5, "times")),
    ("The bank cut its rate by a quarter point.", ("a quarter point", 0.25, 0.25, "percentage points")),
    ("Rates fell half a point.", ("half a point", 0.5, 0.5, "percentage points")),
])
def test_fractions_and_multiples_used_as_figures_are_read(extract, text, expected):
    assert figures(extract, text) == [expected]


@pytest.mark.parametrize("text", [
    "A third dose is given later.",
    "Two trials have reported; a third is under way.",
    "Two officers were hurt and a third was treated at the scene.",
    "The second half was stronger.",
    "The study was double-blind and used a double dose.",
    "The problem is twofold: cost and access.",
    "A third party reviewed the data.",
    "The Fed made a third cut this autumn.",
    "Voters were asked a third question.",
])
def test_ordinals_idioms_and_adjectives_are_no_figures(extract, text):
    # ("Two officers" is a count; no share or ratio is read)
    assert [f for f in figures(extract, text) if f[3] in {"%", "times", "percentage points"}] == []


def test_a_multiple_of_a_later_year_keeps_the_year(extract):
    assert figures(extract, "The firm plans to triple output by 2027.") == [
        ("triple", 3, 3, "times"), ("2027", 2027, 2027, "year")]
