"""Measures named by an abbreviation ("ARIA-E", "HbA1c" aside: capitals only).

One article writes "brain swelling (ARIA-E) appeared in 17%", another "ARIA-E
occurred in 12.6%", a third "about 13% showed swelling": no measure words are
shared, but the first sentence spells the abbreviation out with common words,
so it names a measure, and the others name the same one (by its abbreviation
or by the spelled-out words' head noun). Two figures whose sentences name other
abbreviations next to them ("ARIA-E" and "ARIA-H") are other measures. Read
from the figure's own sentence only, so a claim's reading depends on no other
claim (the conflict stage's blocks stay independent).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck import rules
from claimcheck.context import stem
from claimcheck.extract.text import find_whole

_ABBREVIATION = re.compile(rules.ABBREVIATION)
_WORD = re.compile(r"[A-Za-z][\w‐-]*")
# "long form (ABBR)" and "ABBR (long form)"; "long form, or ABBR,"
_PARENTHESIS = re.compile(r"\(([^()]{1,80})\)")
_OR_APPOSITION = re.compile(r",\s+or\s+(" + rules.ABBREVIATION + r")\s*,")
_CLOSING = re.compile(r"^[),]")  # the end of "(ARIA-E)" or ", or ARIA-E,"
_SPELLED_OUT_AFTER = re.compile(r"^\s*\([^()]*\)")  # "ARIA-E (edema or effusion) was"
_NEXT_WORD = re.compile(r"^\s*([A-Za-z]+)")
# the part of a sentence a figure's measure is named in: up to a semicolon
_SEGMENT_END = re.compile(r";")
# A shouted word this long is a dateline or a heading ("INDIANAPOLIS"), not an abbreviation.
_SHOUTED_MIN = 6


@dataclass(frozen=True, slots=True)
class MeasureName:
    """The abbreviation a figure's measure is named by, the stems of the head
    nouns its sentence spells it out with, and whether it does (``defined``)."""
    abbreviation: str
    heads: frozenset[str] = frozenset()
    before: bool = True  # it comes before the figure ("ARIA-H in 17%"), not after ("17% on MRI scans")

    @property
    def defined(self) -> bool:
        return bool(self.heads)


def _abbreviations(sentence: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _ABBREVIATION.finditer(sentence)
            if m.group() not in rules.NOT_ABBREVIATIONS
            and ("-" in m.group() or "‐" in m.group() or len(m.group()) < _SHOUTED_MIN)]


def _modifies_a_word(sentence: str, end: int) -> bool:
    """Whether an abbreviation ending at `end` modifies the lower-case word after
    it ("RSV vaccine", "MRI scans"), past a spelled-out form in brackets or
    between commas: then it does not name the measure."""
    rest = _SPELLED_OUT_AFTER.sub("", _CLOSING.sub("", sentence[end:], count=1), count=1)
    word = _NEXT_WORD.match(rest)
    return bool(word) and word.group(1).islower() and word.group(1) not in STOP_WORDS \
        and word.group(1) not in rules.ABBREVIATION_MEASURE_FOLLOWERS


def _common_words(text: str) -> list[str] | None:
    """The words of a spelled-out form, or None unless all are common (lower case) words."""
    words = _WORD.findall(text)
    if not words or len(words) > rules.ABBREVIATION_LONG_WORDS or any(not w.islower() for w in words):
        return None
    return words


def _heads(words: list[str]) -> frozenset[str]:
    """The head nouns of a spelled-out form: the last word of each of its joined
    parts ("edema or effusion": edema, effusion)."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in rules.ABBREVIATION_JOINERS:
            parts.append([])
        else:
            parts[-1].append(w)
    return frozenset(stem(p[-1]) for p in parts if p)


def _words_before(sentence: str, at: int) -> list[str]:
    """The common words right before a position, back to a stop word or a
    punctuation mark ("The incidence of brain swelling" gives brain swelling)."""
    words = []
    for w in reversed(_WORD.findall(sentence[:at].rsplit(",", 1)[-1])):
        if w.lower() in STOP_WORDS or len(words) == rules.ABBREVIATION_LONG_WORDS:
            break
        words.insert(0, w)
    return words


_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=8192)
def definitions(sentence: str) -> dict[str, frozenset[str]]:
    """The abbreviations a sentence spells out with common words, with the
    stems of their head nouns."""
    found: dict[str, frozenset[str]] = {}
    for m in _PARENTHESIS.finditer(sentence):
        inside = m.group(1).strip()
        if _ABBREVIATION.fullmatch(inside):  # "brain swelling (ARIA-E)"
            words = _common_words(" ".join(_sentence_case(_words_before(sentence, m.start()), sentence)))
            if words:
                found[inside] = _heads(words)
            continue
        if _DIGIT.search(inside):
            continue  # "MDMA (75, 100 and 125 mg)": figures given for a name, no spelling-out of it
        before = _abbreviations(sentence[:m.start()].rstrip()[-40:])
        words = _common_words(inside)
        if before and words and sentence[:m.start()].rstrip().endswith(before[-1][1]):  # "ARIA-E (edema or effusion)"
            found[before[-1][1]] = _heads(words)
    for m in _OR_APPOSITION.finditer(sentence):  # "brain swelling, or ARIA-E,"
        words = _common_words(" ".join(_sentence_case(_words_before(sentence, m.start()), sentence)))
        if words:
            found[m.group(1)] = _heads(words)
    return found


def _sentence_case(words: list[str], sentence: str) -> list[str]:
    """A sentence's capitalized first word is a common word if the rest is."""
    if words and sentence.lstrip().startswith(words[0]) and words[0][1:].islower():
        return [words[0].lower(), *words[1:]]
    return words


@functools.lru_cache(maxsize=16384)
def measure_name(sentence: str, figure: str) -> MeasureName | None:
    """The abbreviation a figure's measure is named by: the nearest one before
    it in its part of the sentence (up to a semicolon), else the nearest after
    it there ("12% developed ARIA-E"); None when that part names none."""
    at = find_whole(sentence, figure)
    if at < 0:
        return None
    start = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in _SEGMENT_END.finditer(sentence, at)), len(sentence))
    found = [(p, a) for p, a in _abbreviations(sentence[start:end])
             if not _modifies_a_word(sentence, start + p + len(a))]
    before = [a for p, a in found if start + p < at]
    after = [a for p, a in found if start + p >= at + len(figure)]
    name = before[-1] if before else after[0] if after else ""
    if not name:
        return None
    return MeasureName(name, definitions(sentence).get(name, frozenset()), bool(before))


def same_measure(name_a: MeasureName | None, words_a: str, name_b: MeasureName | None, words_b: str) -> bool | None:
    """Whether two figures name one measure by an abbreviation that one of
    their sentences spells out: True, False (other abbreviations), or None when
    this does not tell (neither spells one out, or nothing links them)."""
    if not (name_a and name_a.defined) and not (name_b and name_b.defined):
        return None
    if name_a and name_b:
        if name_a.abbreviation == name_b.abbreviation:
            return True
        spelled, other = (name_a, name_b) if name_a.defined else (name_b, name_a)
        if other.defined or other.before:
            return False  # "ARIA-E in 12.6%" and "ARIA-H in 17.3%"
        # another abbreviation after the figure, nowhere spelled out ("13% showed swelling on MRI scans")
        name_a, name_b = (spelled, None) if spelled is name_a else (None, spelled)
    defined, other_words = (name_a, words_b) if name_a else (name_b, words_a)
    # "about 13% showed swelling on MRI": the spelled-out form's head noun
    return True if defined and defined.heads & set(other_words.split()) else None
