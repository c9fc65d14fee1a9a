"""Claim context: qualifiers carried from earlier paragraphs of a section."""

from claimcheck.api import extract_rows
from claimcheck.context import claim_contexts


def contexts(nlp, text):
    return {q.text: ctx for _, q, ctx in claim_contexts(nlp(text))}


def test_phase_carries_to_the_next_paragraph_of_a_section(nlp):
    text = ("Results\n\nA phase 3 trial tested the drug in adults.\n\n"
            "Overall, 61% of the treatment group were in remission.\n")
    assert contexts(nlp, text)["61%"].phase == "3"


def test_a_heading_stops_the_carry(nlp):
    text = ("A phase 3 trial tested the drug in adults.\n\nOther findings\n\n"
            "Overall, 61% of the treatment group were in remission.\n")
    assert contexts(nlp, text)["61%"].phase == ""


def test_another_study_stops_the_carry(nlp):
    text = ("A phase 3 trial tested the drug in adults.\n\n"
            "Another study looked at older patients. Overall, 44% of them were in remission.\n")
    assert contexts(nlp, text)["44%"].phase == ""


def test_hedges_and_arms(nlp):
    ctx = contexts(nlp, "Approval is expected by 2027, and 30% of the placebo group improved.")
    assert (ctx["2027"].hedge, ctx["2027"].hedge_type) == ("expected", "forecast")
    assert ctx["30%"].arm == "control"


def test_dates_take_qualifiers_from_their_own_sentence_only(nlp):
    text = ("The phase 3 trials ran in 12 countries.\n\n"
            "Approval is expected by 2027. The phase 2 results came in 2019.\n")
    ctx = contexts(nlp, text)
    assert ctx["2027"].phase == "" and ctx["2019"].phase == "2"


def test_placebo_after_for_is_the_control_arm(nlp):
    rows = extract_rows(nlp, "People on the top dose lost 20.9% of their body weight, versus 3.1% for placebo.")
    assert {r["text"]: r["arm"] for r in rows}["3.1%"] == "control"
    # still no arm when both are named
    rows = extract_rows(nlp, "Participants received either MDMA or placebo; 54% completed all sessions.")
    assert all(r["arm"] != "control" for r in rows)
