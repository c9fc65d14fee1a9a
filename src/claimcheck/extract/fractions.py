"""Fractions and multiples written in words: 'half', 'two-thirds', 'a third',
'one fifth', 'half a million', 'a quarter point'; 'twice', 'fivefold', 'double'.

These words have other lives: a fraction word is also an ordinal ("a third
dose", "the second half") and multiples are adjectives ("a double dose",
"double-blind"). A fraction is a share only where the sentence uses it as one
(``fraction_use``: before "of" or the whole it divides, before a change word,
after "by", or as a clause's subject); a multiple only as a verb or before
what it multiplies. The word lists are in rules.py.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.model import Atom
from claimcheck.extract.text import lower_at
from claimcheck.extract.units import per_period
from claimcheck.numbers import fraction_value

# Every word of a bound phrase ("more than", "roughly", "no fewer than"): what
# may stand between "by" and a fraction ("cut by about a fifth")
_BOUND_PHRASE_WORDS = {w for phrase in rules.BOUND_WORDS for w in phrase.split() if w.isalpha()}
# A bound's last word right before a fraction ("roughly a third", "more than
# half"): no ordinal follows one. ("of", "to", "as" end bound phrases but
# also join a fraction to other words: "fell to a third".)
_HEDGES = {phrase.split()[-1] for phrase in rules.BOUND_WORDS if phrase[:1].isalpha()} - {"of", "to", "as"}
# The whole a fraction divides ("half the patients"); "that" and "what" are
# wholes only for a multiple ("double that"): "a third that..." is an ordinal.
_WHOLES = rules.WHOLE_DETERMINERS - {"that", "what"}


def multiple_atom(doc: Doc, i: int, lower: str) -> Atom | None:
    """'twice as likely', 'once a week', 'cases doubled', 'a fivefold rise',
    'can double the risk'."""
    value = None
    if lower in rules.MULTIPLIER_WORDS:
        if lower in rules.MULTIPLIER_NEEDS_PERIOD and not per_period(doc, i + 1):
            return None  # a lone "once" is a conjunction
        if lower_at(doc, i + 1) in rules.MULTIPLYING_VERB_IDIOMS and lower.endswith(("ed", "es")):
            return None
        value = rules.MULTIPLIER_WORDS[lower]
    elif lower in rules.FOLD_WORDS and lower_at(doc, i + 1) != ":":
        value = rules.FOLD_WORDS[lower]
    elif lower in rules.MULTIPLYING_WORDS and _multiplies(doc, i):
        value = rules.MULTIPLYING_WORDS[lower]
    return None if value is None else Atom(value, i, i + 1, "multiplier", doc[i].text)


def _multiplies(doc: Doc, i: int) -> bool:
    """'double' at i as a verb or before what it multiplies (rules.MULTIPLYING_WORDS)."""
    after, before = lower_at(doc, i + 1), lower_at(doc, i - 1)
    if after in rules.HYPHENS or after in rules.MULTIPLYING_VERB_IDIOMS:
        return False  # "double-blind", "double down"
    if after in rules.WHOLE_DETERMINERS or before in rules.MULTIPLE_CUES_BEFORE or before in _HEDGES:
        return True
    multiples = rules.MULTIPLYING_WORDS.keys() | rules.FOLD_WORDS.keys()
    # "double or triple the risk": the first takes what the second multiplies
    return (after in {"or", "and"} and lower_at(doc, i + 2) in multiples) or (
        before in {"or", "and"} and lower_at(doc, i - 2) in multiples and _multiplies(doc, i - 2))


def fraction_atom(doc: Doc, i: int, lower: str) -> Atom | None:
    """'half', 'three-quarters', 'two-thirds', 'a third of', 'one fifth of',
    'half a million', 'a quarter-point cut'."""
    if lower in rules.FRACTION_WORDS and lower not in rules.ORDINAL_FRACTIONS:
        if lower_at(doc, i - 1) in rules.PERIOD_PART_ORDINALS:
            return None  # "the first half of 2025": part of a period
        return _fraction(doc, i, i + 1, rules.FRACTION_WORDS[lower])
    if lower in rules.FRACTIONS_OF_A_POINT and _before_a_point(doc, i + 1):
        return _fraction(doc, i, i + 1, rules.FRACTION_WORDS[lower])  # "the Fed's quarter-point cut"
    if lower in rules.NUMBER_WORDS and i + 2 < len(doc) and doc[i + 1].text in {"-", "‐"}:
        value = fraction_value(f"{lower}-{doc[i + 2].lower_}")
        if value is not None and doc[i + 2].lower_ not in rules.NUMBER_WORDS:
            return _fraction(doc, i, i + 3, value)
    nxt = lower_at(doc, i + 1)
    # "three quarters of nurses", "cut by two thirds": written apart
    if lower in rules.NUMBER_WORDS and nxt in rules.PLURAL_FRACTIONS and fraction_use(doc, i, i + 2):
        return Atom(rules.NUMBER_WORDS[lower] * rules.FRACTION_WORDS[nxt], i, i + 2, "fraction", doc[i:i + 2].text)
    # "a third of adults", "cut by a third", "one fifth of the vote", "a quarter point"
    if (lower in rules.ARTICLE_ONE or lower == "one") and nxt in rules.FRACTION_WORDS.keys() - {"half", "halves"} and (
            fraction_use(doc, i, i + 2, ordinal=nxt in rules.ORDINAL_FRACTIONS) or _before_as_much(doc, i + 2)
            or (nxt in rules.FRACTIONS_OF_A_POINT and _before_a_point(doc, i + 2))):
        return _fraction(doc, i, i + 2, rules.FRACTION_WORDS[nxt])
    return None


def _fraction(doc: Doc, start: int, end: int, value: float) -> Atom:
    """The fraction of tokens start to end, or of the scale word after it
    ('half a million', 'a quarter of a million')."""
    k = end + 1 if lower_at(doc, end) == "of" else end
    form = "multiplier" if _before_as_much(doc, end) else "fraction"  # "half as many": a ratio
    return fraction_of_scale(doc, start, k, value) or Atom(value, start, end, form, doc[start:end].text)


def _before_as_much(doc: Doc, k: int) -> bool:
    """'as many', 'as likely' at token k: what makes a fraction a ratio of two measures."""
    word = lower_at(doc, k + 1)
    return lower_at(doc, k) == "as" and word.isalpha() and word not in rules.ARTICLE_ONE | {"the", "well"}


def _before_a_point(doc: Doc, k: int) -> bool:
    """'point' (or '-point') at token k: 'a quarter point', 'a half-point cut'."""
    if lower_at(doc, k) in rules.HYPHENS:
        k += 1
    return lower_at(doc, k) in rules.UNIT_FORMS_FRACTIONS_ONLY


def fraction_of_scale(doc: Doc, start: int, k: int, fraction: float) -> Atom | None:
    """'half a million', 'a quarter of a million': the fraction (tokens start
    to k) of the scale word after 'a'/'an' at k."""
    if lower_at(doc, k) in rules.ARTICLE_ONE and lower_at(doc, k + 1) in rules.SCALE_WORDS:
        end = k + 2
        return Atom(fraction * rules.SCALE_WORDS[doc[k + 1].lower_], start, end, "words", doc[start:end].text, True)
    return None


def fraction_use(doc: Doc, start: int, end: int, ordinal: bool = False) -> str:
    """How a fraction at tokens start to end is used, or '' when not as a share:
    'of' before what it divides ('half of adults', 'half the patients', 'a
    two-thirds majority', 'a third lower'), 'by' after 'by' ('cut by about a
    fifth'), 'subject' as a clause's subject ('roughly half were retirees').
    `ordinal`: the word is also an ordinal ('a third'), so a verb after it makes
    a share only after a bound word or as a plural verb (rules.FRACTION_PLURAL_VERBS)."""
    after = lower_at(doc, end)
    # (an ordinal comes before a change noun: "a third cut", "a third straight rise")
    changes = rules.COMPARATIVES if ordinal else rules.CHANGE_WORDS_AFTER
    if after == "of" or after in rules.FRACTION_SHARE_AFTER or after in changes or after in _WHOLES:
        return "of"
    k = start - 1
    while k >= 0 and k > start - 4 and doc[k].lower_ in _BOUND_PHRASE_WORDS:
        k -= 1
    if lower_at(doc, k) == "by":
        return "by"
    hedged = lower_at(doc, start - 1) in _HEDGES
    if after in rules.FRACTION_PLURAL_VERBS or ((not ordinal or hedged) and _a_verb(after)):
        return "subject"
    return ""


def _a_verb(word: str) -> bool:
    """A verb that can follow a share as its subject: 'said', 'were', 'switched'."""
    return word in rules.FRACTION_SUBJECT_VERBS or (word.endswith("ed") and len(word) > 4 and word.isalpha())
