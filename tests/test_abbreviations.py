"""Measures named by an abbreviation that a sentence spells out."""

import pytest

from claimcheck.abbreviations import MeasureName, definitions, measure_name, same_measure
from claimcheck.context import stem

from .test_conflicts import pairs, scan_texts


@pytest.mark.parametrize("sentence, expected", [
    ("Eye irritation (OIR-1) was seen in 21% of volunteers.", {"OIR-1": {"irrit"}}),
    ("The rate of OIR-1 (redness or itching) was 14%.", {"OIR-1": {stem("redness"), stem("itching")}}),
    ("Eye irritation, or OIR-1, troubled about one in seven volunteers.", {"OIR-1": {"irrit"}}),
    # a capitalized long form spells out a name, not a measure
    ("The Medicines Review Board (MRB) cleared it in 2021.", {}),
    ("The ratio (1:4) was fixed.", {}),
    # figures in brackets after a name are given for it, not its spelling-out
    ("Volunteers took either GLX (20, 40 or 60 mg) or a dummy pill.", {}),
])
def test_an_abbreviation_spelled_out_in_common_words_names_a_measure(sentence, expected):
    assert {k: set(v) for k, v in definitions(sentence).items()} == expected


def test_a_figure_is_named_by_the_nearest_abbreviation_of_its_part_of_the_sentence():
    sentence = "OIR-1 occurred in 14% vs 2% of volunteers and OIR-2 in 20% vs 8%; UV-3 affected 5%."
    assert measure_name(sentence, "14%").abbreviation == "OIR-1"
    assert measure_name(sentence, "20%").abbreviation == "OIR-2"
    assert measure_name(sentence, "5%").abbreviation == "UV-3"
    assert measure_name("About 30% developed OIR-2 within a year.", "30%").abbreviation == "OIR-2"
    assert measure_name("About 30% of volunteers improved.", "30%") is None


def test_only_a_spelled_out_abbreviation_tells_measures_apart():
    spelled = MeasureName("OIR-1", frozenset({"irrit"}))
    assert same_measure(spelled, "", MeasureName("OIR-1"), "") is True
    assert same_measure(spelled, "", MeasureName("OIR-2", frozenset({"swell"})), "") is False
    assert same_measure(spelled, "", MeasureName("OIR-2"), "") is False  # "OIR-2 in 20%"
    # "irritation on MRB scans": an abbreviation after the figure that nobody spells out names no measure
    assert same_measure(spelled, "", MeasureName("MRB", before=False), "eye irrit scan") is True
    assert same_measure(spelled, "", None, "headache") is None
    assert same_measure(MeasureName("OIR-1"), "", MeasureName("OIR-2"), "") is None


def test_one_measure_by_its_abbreviation_or_its_spelled_out_words(tmp_path):
    r = scan_texts(tmp_path,
                   a="Eye irritation (OIR-1) appeared in 24% of volunteers who used Lumadrop, "
                     "compared with 2% of those given a placebo.",
                   b="The incidence of OIR-1 was 11% with the drops.",
                   c="In the study, about 11% of volunteers on the drops reported irritation of the eyes.")
    found = {frozenset(p) for p in pairs(r)}
    assert {frozenset({"24%", "11%"})} == found
    assert len(r.conflicts) == 2


def test_other_abbreviations_are_other_measures(tmp_path):
    r = scan_texts(tmp_path,
                   a="Eye irritation (OIR-1) appeared in 24% of volunteers who used Lumadrop.",
                   b="OIR-1 occurred in 11% of volunteers and OIR-2 in 24%.")
    assert [(row.text_a, row.text_b) for row in r.conflicts.itertuples()] == [("24%", "11%")]


@pytest.mark.parametrize("sentence, figure", [
    ("Respiratory syncytial virus (RSV) vaccines cost about $280 a dose.", "$280"),
    ("RSV vaccine uptake reached 24% among adults 75 and older.", "24%"),
    ("About 13% showed swelling on MRI scans.", "13%"),
])
def test_an_abbreviation_that_modifies_a_word_names_no_measure(sentence, figure):
    assert measure_name(sentence, figure) is None


def test_a_disease_spelled_out_is_no_measure_of_its_vaccines_uptake(tmp_path):
    r = scan_texts(tmp_path,
                   a="Respiratory syncytial virus (RSV) infects about 3% of older adults each winter.",
                   b="RSV vaccine uptake reached 24% among older adults.")
    assert pairs(r) == []


def test_doses_bracketed_after_a_name_leave_it_the_subject(tmp_path):
    # the second article gives three doses of its studies: another article's
    # dose is no clear contradiction of the one its other study used
    r = scan_texts(tmp_path,
                   a="At the clinic, each client takes one 50 mg dose of GLX in the morning.",
                   b="Volunteers in a first trial took either GLX (20, 40 or 60 mg) or a dummy pill. "
                     "In a second trial, 30 adults took a 60 mg dose of GLX or a dummy pill.")
    assert pairs(r) == []
