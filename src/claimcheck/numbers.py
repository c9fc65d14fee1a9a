"""Reading figures and number words into values, and writing values back.

Pure functions over strings, so that they can be tested exhaustively and used
by the spaCy components without a Doc.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from claimcheck.rules import (
    DOZEN_WORDS,
    FRACTION_WORDS,
    MAGNITUDE_SUFFIXES,
    NUMBER_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
)

# 1,234,567.89 | 1234.5 | .5 ; thousands separators only in groups of three, so
# "3,4" (a chemical locant) is not a number.
DIGITS_RE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)$")
# A figure glued to an abbreviated magnitude: 15k, 1.2bn, 5M.
DIGITS_MAGNITUDE_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<mag>[kKmMbB]|bn|mn|mln|tn)$")


def parse_digits(text: str) -> float | None:
    """The value of a figure written in digits, or None if it is not one."""
    if not DIGITS_RE.match(text):
        return None
    return float(text.replace(",", ""))


def parse_digits_with_magnitude(text: str) -> tuple[float, str] | None:
    """'15k' -> (15000.0, 'k'); None when the text is not a figure with a magnitude."""
    m = DIGITS_MAGNITUDE_RE.match(text)
    if not m:
        return None
    return float(m["num"].replace(",", "")) * MAGNITUDE_SUFFIXES[m["mag"]], m["mag"]


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in NUMBER_WORDS or w in TENS_WORDS or w in SCALE_WORDS or w in DOZEN_WORDS


def words_to_number(words: Sequence[str]) -> float | None:
    """The value of a run of number words ("one hundred and five", "forty-five").

    Hyphens and "and" may stand between the words; "a"/"an" counts as one before
    a scale word ("a hundred", "a dozen"). Returns None for a run that is not a
    well-formed number ("two three", "hundred").
    """
    tokens = [w.lower() for w in words if w not in {"-", "‐"}]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    last = None  # the class of the previous word: unit, teen, tens, hundred, scale
    seen_any = False
    for i, w in enumerate(tokens):
        if w == "and":
            if last not in {"hundred", "scale"} or i == len(tokens) - 1:
                return None
            continue
        if w in {"a", "an"}:
            if i != 0 or len(tokens) < 2 or tokens[1] not in SCALE_WORDS and tokens[1] not in DOZEN_WORDS:
                return None
            current = 1.0
            last = "unit"
            seen_any = True
            continue
        if w in NUMBER_WORDS:
            v = NUMBER_WORDS[w]
            if last in {"unit", "teen"}:
                return None
            if last == "tens" and v >= 10:
                return None
            if last == "tens" and v == 0:
                return None
            current += v
            last = "teen" if v >= 10 else "unit"
        elif w in TENS_WORDS:
            if last in {"unit", "teen", "tens"}:
                return None
            current += TENS_WORDS[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred" or current >= 100:
                return None
            current = (current or 1.0) * 100 if last is not None else None
            if current is None:
                return None
            last = "hundred"
        elif w in SCALE_WORDS:
            if last is None or last == "scale":
                return None
            total += current * SCALE_WORDS[w]
            current = 0.0
            last = "scale"
        elif w in DOZEN_WORDS:
            if last is None:
                return None
            current *= DOZEN_WORDS[w]
            last = "scale"
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return total + current


def fraction_value(word: str) -> float | None:
    """'three-quarters' -> 0.75, 'half' -> 0.5, 'two-thirds' -> 0.666…"""
    parts = [p for p in re.split(r"[-‐\s]+", word.lower()) if p]
    if len(parts) == 1:
        return FRACTION_WORDS.get(parts[0])
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in FRACTION_WORDS:
        return NUMBER_WORDS[parts[0]] * FRACTION_WORDS[parts[1]]
    return None


def format_number(value: float) -> str:
    """A value as it goes into a CSV cell: integers without '.0', others with up
    to 10 significant digits, never in exponent form."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if float(value).is_integer() and abs(value) < 1e18:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text or "E" in text:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text


def round_to_precision(text: str) -> float:
    """The rounding step a figure as written implies: '29' -> 1, '29.1' -> 0.1."""
    digits = text.replace(",", "")
    if "." in digits:
        return 10 ** -len(digits.split(".", 1)[1])
    return 1.0
