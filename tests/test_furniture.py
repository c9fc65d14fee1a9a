"""Numbers of page furniture are never claims: phone numbers, engagement lines,
codes with leading zeros, image sizes, labels, law names (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("text", [
    "Press office: +44 20 7946 0958",
    "Tokyo desk: +81-3-5555-0148",
    "58 comments",
    "12 comments · 3 shares",
    "Last edited 07-22 14:05",
    "[Image: ward-corridor.jpg, 640 480]",
    "The firm cited the Securities Act of 1933 in its filing.",
    "Batch 0042 left the plant.",
])
def test_furniture_is_no_claim(extract, text):
    assert [q.text for q in extract(text)] == []


def test_a_labelled_range_is_one_label(extract):
    assert [q.text for q in extract("In this stage 2-3 study of 410 adults, most improved.")] == ["410"]


def test_prose_beside_furniture_keeps_its_claims(extract):
    assert [q.text for q in extract("The survey drew 58 comments from readers, and +0.4 was the shift.")] \
        == ["58", "+0.4"]
