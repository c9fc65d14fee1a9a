"""Allocation ratios: "randomly assigned 2:1 to the drug or placebo", "in a 1:1:1
ratio", "randomized two-to-one". The parts of a trial's allocation are written
with colons, which the tokenizer keeps as one token ("2:1"), or joined by "to",
which the tally grammar reads as votes: so they are read from the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck import rules
from claimcheck.extract.model import DocContext, Quantity

_RATIO = re.compile(r"(?<![\w:.,])\d{1,2}(?: ?: ?\d{1,2}){1,3}(?![\w:]|[.,]\d)")
_CUE = re.compile(rules.ALLOCATION_CUE, re.IGNORECASE)
_PART = r"(\d|" + "|".join(rules.ALLOCATION_PART_WORDS) + r")"
# "randomized two-to-one", "assigned 2 to 1", "in a two-to-one ratio": right after
# the allocating word (and "in a"), or right before "ratio"
_WORDED = re.compile(r"(?:(?:" + rules.ALLOCATION_CUE + r")\w*(?: in a)?\s+)" + _PART + r"(?:-| )to(?:-| )" + _PART
                     + r"\b|\b" + _PART + r"(?:-| )to(?:-| )" + _PART + r"(?= ratio\b)", re.IGNORECASE)
# a clock time's marks after it ("9:30 a.m.", "14:00 GMT"; zones in capitals only, not "at")
_CLOCK_AFTER = re.compile(r"\s*(?:(?i:a\.?m\b|p\.?m\b|h\b|hours?\b|o'clock)|GMT|UTC|[AECMP][SD]?T\b)")


def allocation_ratios(ctx: DocContext) -> Iterator[Quantity]:
    """Each allocation ratio of the Doc, in a sentence that speaks of allocating
    (rules.ALLOCATION_CUE): a two-part ratio is its first part over its second
    ("2:1" is 2, "3:2" is 1.5); one of more parts, its first part ("1:1:1")."""
    for m in _RATIO.finditer(ctx.text):
        if any(ctx.mask[m.start():m.end()]) or _CLOCK_AFTER.match(ctx.text, m.end()):
            continue
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not _CUE.search(span.sent.text):
            continue
        parts = [int(p) for p in m.group(0).replace(" ", "").split(":")]
        if parts[1] == 0:
            continue
        value = parts[0] / parts[1] if len(parts) == 2 else float(parts[0])
        yield _allocation(value, m.start(), m.end(), m.group(0))
    for m in _WORDED.finditer(ctx.text):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        start = m.start(1) if m.group(1) else m.start(3)
        if any(ctx.mask[start:m.end()]) or _part(second) == 0:
            continue
        yield _allocation(_part(first) / _part(second), start, m.end(), ctx.text[start:m.end()])


def _part(word: str) -> int:
    return int(word) if word.isdigit() else rules.ALLOCATION_PART_WORDS[word.lower()]


def _allocation(value: float, start: int, end: int, text: str) -> Quantity:
    return Quantity(low=value, high=value, unit="ratio", kind="ratio", start_char=start, end_char=end, text=text,
                    statistic=rules.ALLOCATION_STATISTIC)
