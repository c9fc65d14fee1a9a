"""Work only where the figures are: the pieces of an article that spaCy and the
quantity grammar need to see, found by compiled regular expressions over the
raw text.

A claim starts at a token that can start a number (a figure, a number, ordinal
or fraction word, "twice", "a"/"an" before a unit, scale or fraction word), at
a date (which holds a figure) or at a relative date ("next year"). A paragraph
(a run of non-blank lines) without one holds no claim, so it is never
tokenized; nor is one whose only figures are citations ("[12]") or line-start
enumerators ("2. Safety"), whose numbers are never read. A paragraph with
one is kept whole, with what its claims' context reads outside it: of the
QUALIFIER_CARRY_PARAGRAPHS non-blank lines before it, those up to the farthest
that can name a phase, a trial or a design (context.py carries them), and the
white space on either side. The kept spans of a block are joined into one
piece, one Doc, with a heading line between them, where context.py stops
carrying qualifiers as it would at the lines left out. A block holding a
reference-list heading is kept whole: that exclusion runs from the heading
over the entries after it.

Pieces are made inside the blocks of ``reader.blocks``, so a long article is
cut where a full pass cuts it, and each piece says where its parts lie in the
article: rows are the same as a full pass's, offsets included
(tests/test_prefilter.py checks it on the seed, the development set, the
hostile-input corpus and random mixes of written fragments).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.lang.en.lex_attrs import _num_words, _ordinal_words

from claimcheck import rules
from claimcheck.extract.atoms import _AFTER_ARTICLE, _TRIGGER_WORDS
from claimcheck.quantities import PhraseSearch
from claimcheck.reader import BLOCK_CHARS, blocks


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _article_pattern() -> re.Pattern:
    """'a'/'an' and the next token, when that is a scale word, a fraction or a
    unit form: after white space, or glued when the tokenizer splits it off
    ("a%"). A form ending in a letter ends there ("a m" is not "a man"). For
    lower-cased text; the letter before the 'a' is checked by the caller."""
    after = {w.lower() for w in _AFTER_ARTICLE}
    spaced = rf"\s+(?:{_alternation(w for w in after if w[-1:].isalpha())})(?![a-z])"
    glued = [w for w in after if not w[:1].isalpha() or not w[-1:].isalpha()]
    return re.compile(rf"an?(?:{spaced}|\s*(?:{_alternation(glued)}))" if glued else rf"an?{spaced}")


_ASCII_DIGIT = re.compile(r"[0-9]")  # the common case, found at C speed
# Every character but a-z made a space (non-ASCII ones first made "?"): the
# text's runs of letters, split at C speed
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Words that can start a number: spaCy's like_num words (numbers, ordinals) and
# the number grammar's trigger words (fractions, "twice"), less the months, which
# are looked for capitalized (_CALENDAR_WORD): "may" would keep most paragraphs.
_MONTH_WORDS = {m for m in rules.MONTHS} | {m + "." for m in rules.MONTHS}
_NUMBER_WORDS = frozenset(({w.lower() for w in _TRIGGER_WORDS} - _MONTH_WORDS) | set(_num_words)
                          | set(_ordinal_words))
# The last word of each relative date ("next year"): a phrase needs its word.
_RELATIVE_DATE_WORDS = frozenset(phrase.split()[-1] for phrase in rules.RELATIVE_DATES)
_ARTICLE_FORM = _article_pattern()
# A month or weekday named alone is a date claim (extract/dates.py: "in January",
# "said Wednesday"); capitalized, as the date grammar reads it.
_CALENDAR_NAMES = [w for w in list(rules.MONTHS) + list(rules.WEEKDAYS) if w.isalpha()]
_CALENDAR_WORD = re.compile(r"\b(?:" + _alternation(w.capitalize() for w in _CALENDAR_NAMES) + r")\b")
# characters that can be a digit for str.isdigit: not ASCII, and not in the
# General Punctuation block (dashes, curly quotes, bullets), which holds none
_MAYBE_OTHER_DIGIT = re.compile("[^\x00-\x7f\u2000-\u206f]")
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z][A-Z]+")  # where every trial name starts (context.py)
_DESIGN_CUES = PhraseSearch(rules.DESIGN_CUES)
_REFERENCE_HEADING = re.compile(rules.REFERENCE_HEADING)
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")  # what separates two paragraphs


# Citations ("[12]", "[2, 4]") and line-start enumerators ("2. Safety"): the
# exclusion marker (extract/furniture.py) marks them wherever the paragraph
# sits (no match can cross a blank line), and no number touching a marked
# character is read, so their digits start no claim.
_NEVER_READ = [re.compile(rules.EXCLUSION_PATTERNS[label]) for label in ("citation", "enumerator")]


def can_hold_a_claim(text: str) -> bool:
    """Whether `text` has a token that can start a number or a date, or a
    relative date: a superset of where quantities.py looks (_candidates,
    _relative_dates)."""
    if _ASCII_DIGIT.search(text) and _digit_outside_exclusions(text):
        return True
    lower = text.lower()
    if len(lower) != len(text):
        return True  # a letter that lower-cases to two is rare: no need to be exact there
    words = _letter_runs(lower)
    if not (words.isdisjoint(_NUMBER_RUNS) and words.isdisjoint(_RELATIVE_DATE_RUNS)):
        return True
    if (b"a" in words or b"an" in words) and _article_before_form(lower):
        return True
    if any(_CALENDAR_RUNS[w] in text for w in words & _CALENDAR_RUNS.keys()) and _CALENDAR_WORD.search(text):
        return True
    # spaCy's like_num asks str.isdigit: other scripts' digits, superscripts
    return any(m.group(0).isdigit() for m in _MAYBE_OTHER_DIGIT.finditer(text))


def _letter_runs(lower: str) -> set[bytes]:
    """The runs of letters a-z of lower-cased text (what [a-z]+ finds), as bytes."""
    return set(lower.encode("ascii", "replace").translate(_LETTERS_ONLY).split())


def _as_runs(words) -> frozenset[bytes]:
    """The words that can be a letter run, as _letter_runs gives them."""
    return frozenset(w.encode() for w in words if w.isascii() and w.isalpha() and w.islower())


_NUMBER_RUNS, _RELATIVE_DATE_RUNS = _as_runs(_NUMBER_WORDS), _as_runs(_RELATIVE_DATE_WORDS)
# What _CALENDAR_WORD finds is one of the text's lower-cased letter runs, and
# its capitalized form is in the text: both tests come before the regex ("may"
# is in most paragraphs, "May" in few).
_CALENDAR_RUNS = {run: run.decode().capitalize() for run in _as_runs(w.lower() for w in _CALENDAR_NAMES)}


def _digit_outside_exclusions(text: str) -> bool:
    """Whether a digit of `text` is outside every citation and enumerator (each
    pattern matched on the text as it is, as the exclusion marker matches it)."""
    spans = sorted(m.span() for pattern in _NEVER_READ for m in pattern.finditer(text))
    end = 0  # the digits before this are looked at
    for start, stop in spans:
        if start > end and _ASCII_DIGIT.search(text, end, start):
            return True
        end = max(end, stop)
    return _ASCII_DIGIT.search(text, end) is not None


def _article_before_form(lower: str) -> bool:
    """'a'/'an' as a word of its own (no letter before it), before a form."""
    m = _ARTICLE_FORM.search(lower)
    while m:
        before = lower[m.start() - 1] if m.start() else " "
        if not before.isalpha() or not before.isascii():
            return True
        m = _ARTICLE_FORM.search(lower, m.start() + 1)
    return False


def may_carry_a_qualifier(line: str) -> bool:
    """Whether a line can name a phase, a trial or a design that context.py
    carries to the claims of the next lines (a superset of what it finds)."""
    lower = line.lower()
    if "phase" in lower or len(lower) != len(line) or _DESIGN_CUES.finditer(lower):
        return True
    return any(rules.TRIAL_NAME_PATTERN.match(line, m.start()) for m in _CAPITALS_RUN.finditer(line))


# Between two joined parts of a block: a line of its own, and a heading
# (is_heading), where context.py stops carrying qualifiers, as it stops at the
# lines left out (they name none: see _with_context).
SEPARATOR = "\n\n§\n"


@dataclass(frozen=True)
class Joined:
    """Where the parts of a piece made by joining a block's spans lie in the
    article: part k starts at piece position starts[k], article offset offsets[k]."""
    starts: tuple[int, ...]
    offsets: tuple[int, ...]

    def position(self, pos: int, end: bool = False) -> int:
        """The article offset of piece position `pos` (an end: of the character before it)."""
        k = bisect_right(self.starts, pos - 1 if end else pos) - 1
        return self.offsets[k] + pos - self.starts[k]


def regions(text: str, limit: int = BLOCK_CHARS) -> Iterator[tuple[int | Joined, str]]:
    """(where, piece) of `text` that extraction must see, one piece per block
    of ``reader.blocks`` (which gives (offset, block) for a full pass): the
    block's spans that can hold a claim, joined by SEPARATOR. `where` is the
    block's offset when the piece is one span, else a Joined."""
    for offset, block in blocks(text, limit):
        if _REFERENCE_HEADING.search(block):
            yield offset, block
            continue
        spans = _spans(block)
        if len(spans) == 1:
            yield offset + spans[0][0], block[spans[0][0]:spans[0][1]]
        elif spans:
            yield _joined(block, offset, spans)


def _joined(block: str, offset: int, spans: list[tuple[int, int]]) -> tuple[Joined, str]:
    parts, starts, offsets = [], [], []
    size = 0
    for start, end in spans:
        if parts:
            parts.append(SEPARATOR)
            size += len(SEPARATOR)
        starts.append(size)
        offsets.append(offset + start)
        parts.append(block[start:end])
        size += end - start
    return Joined(tuple(starts), tuple(offsets)), "".join(parts)


def in_article(rows: list[dict], where: int | Joined) -> list[dict]:
    """Rows of a piece's Doc (offsets into the piece) with offsets into the article."""
    if isinstance(where, int):
        for row in rows:
            row["start"] += where
            row["end"] += where
    else:
        for row in rows:
            row["start"], row["end"] = where.position(row["start"]), where.position(row["end"], end=True)
    return rows


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
    cues: dict[int, bool] = {}  # line start -> may_carry_a_qualifier
    for start, end in _paragraphs(block):
        if not can_hold_a_claim(block[start:end]):
            continue
        if spans and start <= spans[-1][1]:  # right after the last span: the lines before it are in
            spans[-1] = (spans[-1][0], _after_white_space(block, end))
            continue
        start, end = _with_context(block, start, end, cues)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _with_context(block: str, start: int, end: int, cues: dict[int, bool]) -> tuple[int, int]:
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
        if line_start not in cues:
            cues[line_start] = may_carry_a_qualifier(block[line_start:visible_end])
        if cues[line_start]:
            start = line_start
    # back to the line break after the last visible character before it
    before = _visible_end(block, start)
    newline = block.find("\n", before, start)
    start = newline if newline >= 0 else before
    return start, _after_white_space(block, end)


def _after_white_space(block: str, end: int) -> int:
    """Forward from `end` over white space, to the next visible character."""
    while end < len(block) and block[end].isspace():
        end += 1
    return end


def _visible_end(block: str, pos: int) -> int:
    """Just after the last character before `pos` that is not white space (0 if none)."""
    while pos > 0 and block[pos - 1].isspace():
        pos -= 1
    return pos
