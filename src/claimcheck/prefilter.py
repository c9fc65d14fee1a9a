"""Work only where the figures are: the pieces of an article that spaCy and the
quantity grammar need to see, found by compiled regular expressions over the
raw text.

A claim starts at a token that can start a number (a figure, a number, ordinal
or fraction word, a month, "twice", "a"/"an" before a unit, scale or fraction
word) or at a relative date ("next year"). A paragraph (a run of non-blank
lines) without one holds no claim, so most of an article's prose never needs
tokenizing. A paragraph with one is given whole, with what its claims' context
reads outside it: the QUALIFIER_CARRY_PARAGRAPHS non-blank lines before it,
where a study's phase, name or design is carried from (context.py), and the
white space around it, so that its first and last tokens have the same
neighbours as in the whole text. A block holding a reference-list heading is
given whole: that exclusion runs from the heading over the entries after it.

Pieces are cut inside the blocks of ``reader.blocks``, so a long article is
cut where a full pass cuts it, and each piece comes with its offset into the
article: rows are the same as a full pass's, offsets included
(tests/test_prefilter.py checks it on the seed, the development set and the
hostile-input corpus).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.lex_attrs import _num_words, _ordinal_words

from claimcheck import rules
from claimcheck.quantities import _AFTER_ARTICLE, _TRIGGER_WORDS, phrase_regex
from claimcheck.reader import BLOCK_CHARS, blocks


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _words_pattern() -> re.Pattern:
    """Number words and the rest, for lower-cased text: spaCy's like_num words
    (numbers, ordinals), quantities.py's trigger words (fractions, "twice",
    months), "a"/"an" before a scale word, a fraction or a unit (a form ending
    in a letter ends there: "a m" is not "a man"), relative dates."""
    words = {w.lower() for w in _TRIGGER_WORDS} | set(_num_words) | set(_ordinal_words)
    after = {w.lower() for w in _AFTER_ARTICLE}
    # the next token: after a space, or glued when the tokenizer splits it off ("a%")
    spaced = rf"\s+(?:{_alternation(w for w in after if w[-1:].isalpha())})(?![a-z])"
    glued = [w for w in after if not w[:1].isalpha() or not w[-1:].isalpha()]
    article = rf"(?<![a-z])an?(?:{spaced}|\s*(?:{_alternation(glued)}))" if glued else rf"(?<![a-z])an?{spaced}"
    return re.compile("|".join([rf"(?<![a-z])(?:{_alternation(words)})(?![a-z])", article,
                                _alternation(rules.RELATIVE_DATES)]))


_ASCII_DIGIT = re.compile(r"[0-9]")  # the common case, found at C speed
_WORDS = _words_pattern()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DESIGN_CUE = phrase_regex(rules.DESIGN_CUES)
_REFERENCE_HEADING = re.compile(rules.REFERENCE_HEADING)
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")  # what separates two paragraphs


def can_hold_a_claim(text: str) -> bool:
    """Whether `text` has a token that can start a number or a date, or a
    relative date: a superset of where quantities.py looks (_candidates,
    _relative_dates)."""
    if _ASCII_DIGIT.search(text):
        return True
    lower = text.lower()
    if len(lower) != len(text) or _WORDS.search(lower):
        return True  # a letter that lower-cases to two is rare: no need to be exact there
    # spaCy's like_num asks str.isdigit: other scripts' digits, superscripts
    return any(m.group(0).isdigit() for m in _NON_ASCII.finditer(text))


def may_carry_a_qualifier(line: str) -> bool:
    """Whether a line can name a phase, a trial or a design that context.py
    carries to the claims of the next lines (a superset of what it finds)."""
    lower = line.lower()
    return ("phase" in lower or len(lower) != len(line) or bool(rules.TRIAL_NAME_PATTERN.search(line))
            or bool(_DESIGN_CUE.search(lower)))


def regions(text: str, limit: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) of `text` that extraction must see, as ``reader.blocks``
    gives (offset, block) for a full pass."""
    for offset, block in blocks(text, limit):
        if _REFERENCE_HEADING.search(block):
            yield offset, block
            continue
        for start, end in _spans(block):
            yield offset + start, block[start:end]


def _paragraphs(block: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines between blank lines."""
    start = 0
    for gap in _BLANK_LINES.finditer(block):
        yield start, gap.start()
        start = gap.end()
    yield start, len(block)


def _spans(block: str) -> list[tuple[int, int]]:
    """Merged (start, end) spans of the paragraphs that can hold a claim, with their context."""
    spans: list[tuple[int, int]] = []
    for start, end in _paragraphs(block):
        if not can_hold_a_claim(block[start:end]):
            continue
        start, end = _with_context(block, start, end)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _with_context(block: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph block[start:end] widened by the non-blank lines before it
    that a claim's qualifiers may come from (up to the farthest of the
    QUALIFIER_CARRY_PARAGRAPHS lines context.py reads that names one), and by
    the white space on either side."""
    line_start = start
    for _ in range(rules.QUALIFIER_CARRY_PARAGRAPHS):
        visible_end = _visible_end(block, line_start)
        if visible_end == 0:
            break
        line_start = block.rfind("\n", 0, visible_end) + 1
        if may_carry_a_qualifier(block[line_start:visible_end]):
            start = line_start
    # back to the line break after the last visible character before it
    before = _visible_end(block, start)
    newline = block.find("\n", before, start)
    start = newline if newline >= 0 else before
    # forward over the white space after it, to the next visible character
    while end < len(block) and block[end].isspace():
        end += 1
    return start, end


def _visible_end(block: str, pos: int) -> int:
    """Just after the last character before `pos` that is not white space (0 if none)."""
    while pos > 0 and block[pos - 1].isspace():
        pos -= 1
    return pos
