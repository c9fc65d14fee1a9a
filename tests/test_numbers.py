import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.numbers import (
    format_number,
    fraction_value,
    parse_digits,
    parse_digits_with_magnitude,
    round_to_precision,
    words_to_number,
)


@pytest.mark.parametrize("text,value", [
    ("42", 42), ("3.75", 3.75), ("1,250", 1250), ("12,345,678.5", 12345678.5), (".5", 0.5),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["3,4", "1,23", "12a", "", "1.2.3", "1,2345"])
def test_parse_digits_rejects_non_figures(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize("text,value", [("15k", 15000), ("1.2bn", 1.2e9), ("5M", 5e6)])
def test_parse_digits_with_magnitude(text, value):
    assert parse_digits_with_magnitude(text)[0] == pytest.approx(value)


@pytest.mark.parametrize("words,value", [
    (["seven"], 7), (["forty", "-", "five"], 45), (["ninety", "nine"], 99),
    (["one", "hundred"], 100), (["a", "hundred"], 100), (["three", "hundred", "and", "six"], 306),
    (["two", "thousand", "four", "hundred"], 2400), (["a", "dozen"], 12), (["two", "million"], 2e6),
    (["seventeen"], 17),
])
def test_words_to_number(words, value):
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", [
    ["two", "three"], ["hundred"], ["a"], ["and"], ["forty", "twelve"], ["eleven", "four"],
    ["million", "two"], ["a", "cat"],
])
def test_words_to_number_rejects_malformed_runs(words):
    assert words_to_number(words) is None


@pytest.mark.parametrize("word,value", [
    ("half", 0.5), ("three-quarters", 0.75), ("two-thirds", 2 / 3), ("quarter", 0.25),
])
def test_fraction_value(word, value):
    assert fraction_value(word) == pytest.approx(value)


def test_format_number_drops_trailing_zero_and_never_uses_exponents():
    assert format_number(8000000.0) == "8000000"
    assert format_number(71.2) == "71.2"
    assert format_number(-3.5) == "-3.5"
    assert "e" not in format_number(1e-7)


def test_round_to_precision():
    assert round_to_precision("29") == 1
    assert round_to_precision("29.1") == pytest.approx(0.1)
    assert round_to_precision("1,250.25") == pytest.approx(0.01)


# -- properties -----------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsers_never_raise_on_arbitrary_text(text):
    parse_digits(text)
    parse_digits_with_magnitude(text)
    fraction_value(text)
    words_to_number(text.split())


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False))
def test_rendered_values_parse_back(value):
    rendered = format_number(value)
    back = float(rendered)
    assert math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-9)
    if value >= 0:
        assert parse_digits(rendered) == pytest.approx(back)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_words_of_spelled_numbers_read_back(n):
    assert words_to_number(_spell(n).split()) == n


def _spell(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_thousand(k: int) -> list[str]:
        out = []
        if k >= 100:
            out += [ones[k // 100], "hundred"]
            k %= 100
            if k:
                out.append("and")
        if k >= 20:
            out.append(tens[k // 10])
            if k % 10:
                out += ["-", ones[k % 10]]
        elif k or not out:
            out.append(ones[k])
        return out

    if n >= 1000:
        words = below_thousand(n // 1000) + ["thousand"]
        if n % 1000:
            words += below_thousand(n % 1000)
        return " ".join(words)
    return " ".join(below_thousand(n))
