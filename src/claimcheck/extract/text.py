"""Helpers over a Doc's tokens and text shared by the extraction modules, and
phrase search over lower-cased text.
"""

from __future__ import annotations

import re

import numpy
from spacy.tokens import Doc

from claimcheck import rules


def is_heading(line: str) -> bool:
    """A line short and without a closing mark: a headline or section heading."""
    stripped = line.strip()
    # the closing mark first: most paragraphs end with one, and splitting them into words is the cost
    return bool(stripped) and stripped[-1] not in ".!?:;,\"”’)" \
        and len(stripped.split(None, rules.HEADING_MAX_WORDS)) <= rules.HEADING_MAX_WORDS


def doc_text(doc: Doc) -> str:
    if doc._.text_cache is None:
        doc._.text_cache = doc.text
    return doc._.text_cache


LINE_BREAK = re.compile("\n")


def in_sorted(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """Which of `values` are in `sorted_hashes`, by binary search: numpy.isin
    sorts both arrays on every call, and this runs for every Doc."""
    if len(sorted_hashes) == 0:
        return numpy.zeros(len(values), dtype=bool)
    where = numpy.minimum(numpy.searchsorted(sorted_hashes, values), len(sorted_hashes) - 1)
    return sorted_hashes[where] == values


def lexeme_flag(vocab, getter) -> int:
    """The flag id of `getter` (a module-level function) on `vocab`, registered
    on first use: every component built on one Vocab shares it."""
    for flag_id, registered in vocab.lex_attr_getters.items():
        if registered is getter:
            return flag_id
    return vocab.add_flag(getter)


def is_glued(doc: Doc, i: int) -> bool:
    """True when token i follows token i-1 with no space between."""
    return i > 0 and not doc[i - 1].whitespace_


def lower_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def past_hyphenated_to(doc: Doc, k: int) -> int:
    """The last hyphen of a connector written "-to-" at k ("a 14-to-1 vote",
    "a 5-to-10-year term"), which is read as the range's or the tally's dash;
    else k."""
    if lower_at(doc, k) == "-" and lower_at(doc, k + 1) == "to" and lower_at(doc, k + 2) == "-" \
            and is_glued(doc, k) and is_glued(doc, k + 1) and is_glued(doc, k + 2) and is_glued(doc, k + 3):
        return k + 2
    return k


def span_of(doc: Doc, start_tok: int, end_tok: int) -> tuple[int, int, str]:
    span = doc[start_tok:end_tok]
    return span.start_char, span.end_char, span.text


def line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:len(text) if end < 0 else end]


def phrase_regex(phrases) -> re.Pattern:
    """One regex for a list of lower-case phrases, longest first, whole words
    only: one pass over a text instead of one per phrase."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])")


class PhraseSearch:
    """phrase_regex's pattern, tried only where one of its phrases can start.

    Every phrase holds one of a few anchor words ('study', 'trial', 'other'
    for the new-study cues); str.find locates the anchors at C speed, and the
    pattern is matched at each anchor's position less its offsets in the
    phrases. That yields what pattern.finditer yields (the positions skipped
    can start no phrase), without the regex trying every position of a
    paragraph."""

    def __init__(self, phrases):
        self.pattern = phrase_regex(phrases)
        self.offsets = anchor_offsets(phrases)

    def finditer(self, lower: str) -> list[re.Match]:
        starts = set()
        for anchor, offsets in self.offsets.items():
            i = lower.find(anchor)
            while i >= 0:
                starts.update(i - off for off in offsets if off <= i)
                i = lower.find(anchor, i + 1)
        found: list[re.Match] = []
        end = 0
        for s in sorted(starts):
            if s >= end:
                m = self.pattern.match(lower, s)
                if m:
                    found.append(m)
                    end = m.end()
        return found


def anchor_offsets(phrases) -> dict[str, set[int]]:
    """Anchor words that together occur in every phrase, chosen greedily (the
    word of most phrases, the longer on a tie; short words such as 'a' occur
    everywhere and skip nothing), each with the character offsets it has in
    the phrases it anchors."""
    offsets: dict[str, set[int]] = {}
    left = list(phrases)
    while left:
        words = {w for p in left for w in p.split()}
        best = max(sorted(words), key=lambda w: (len(w) >= 4, sum(w in p.split() for p in left), len(w)))
        for p in left:
            position = 0
            for word in p.split(" "):
                if word == best:
                    offsets.setdefault(best, set()).add(position)
                position += len(word) + 1
        left = [p for p in left if best not in p.split()]
    return offsets


def name_before_in_commas(doc: Doc, start_tok: int, end_tok: int) -> str:
    """The capitalized word a figure is set off after by commas ("Halvorsen, 71,
    spent"), lower-cased; '' when there is none (a stop word or an -ly adverb is none)."""
    name = start_tok - 2
    if name < 0 or doc[start_tok - 1].text != "," or lower_at(doc, end_tok) != ",":
        return ""
    tok = doc[name]
    named = tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and not tok.lower_.endswith("ly")
    return tok.lower_ if named else ""


def find_whole(sentence: str, text: str, start: int = 0) -> int:
    """Where `text` next stands on its own in `sentence`: "20" is not the start
    of "2025", nor "5" the end of "15%" (a figure is whole tokens)."""
    at = sentence.find(text, start)
    while at >= 0:
        before = sentence[at - 1] if at > 0 else " "
        after = sentence[at + len(text)] if at + len(text) < len(sentence) else " "
        if not (text[:1].isalnum() and before.isalnum()) and not (text[-1:].isalnum() and after.isalnum()):
            return at
        at = sentence.find(text, at + 1)
    return sentence.find(text, start)  # a text glued to its neighbours ("5mg" read as "5"): its first place
