"""The words right around a figure: units and currency words after it, currency
symbols and bound words ('at least', 'about') before or after it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.model import Atom, DocContext
from claimcheck.extract.text import is_glued, lower_at

# The phrase tables matched in a Doc, and which end of a match is looked up:
# units and currency suffixes by the token they start at (after a number),
# bound words by the token they end before (before a number).
PHRASE_TABLES = {"units": (rules.UNIT_FORMS, "start"), "bounds": (rules.BOUND_WORDS, "end"),
                  "currency_suffixes": (rules.CURRENCY_SUFFIXES, "start")}


def bound_before(ctx: DocContext, i: int) -> tuple[str, int]:
    """The bound word that ends right before token i: ('at least', start token)."""
    hit = ctx.bounds.get(i)
    if hit is None:
        return "", i
    start, phrase = hit
    return phrase, start


def currency_before(doc: Doc, i: int) -> tuple[str, int]:
    """('USD', start token) for '$' or 'US$' right before token i."""
    if i > 0:
        t = doc[i - 1].text
        if t in rules.CURRENCY_PREFIXES:
            # "US $5": a code before the symbol
            if i > 1 and doc[i - 2].text in {"US", "AU", "CA", "NZ", "HK"} and is_glued(doc, i - 1) is False:
                return rules.CURRENCY_PREFIXES.get(doc[i - 2].text + t, rules.CURRENCY_PREFIXES[t]), i - 2
            return rules.CURRENCY_PREFIXES[t], i - 1
    return "", i


def unit_after(ctx: DocContext, j: int, atom: Atom) -> tuple[str, int]:
    """The unit that follows a number ending before token j: (canonical, end token)."""
    doc = ctx.doc
    if j >= len(doc):
        return "", j
    k = j
    hyphenated = False
    if doc[j].text in {"-", "‐"} and is_glued(doc, j) and j + 1 < len(doc) and is_glued(doc, j + 1):
        k = j + 1
        hyphenated = True
    hit = ctx.units.get(k)
    if hit is None and not hyphenated and doc[k].lower_ in rules.UNIT_GAP_WORDS:
        k += 1  # "7 consecutive days"
        hit = ctx.units.get(k)
    if hit is None:
        return "", j
    end, form = hit
    canonical = rules.UNIT_FORMS[form]
    glued = hyphenated or is_glued(doc, k)
    # Short forms stand apart from a figure only as g, h, l or d after digits
    # ("5 g", "8 h"); "two s" or "5 m" are not units.
    if form in rules.UNIT_FORMS_GLUED_ONLY and not glued and (atom.form != "digits" or form not in "ghld"):
        return "", j
    if form in rules.UNIT_FORMS_DIGITS_ONLY and atom.form != "digits":
        return "", j
    if form in rules.UNIT_FORMS_FRACTIONS_ONLY and atom.form != "fraction":
        return "", j
    if form in rules.POUND_FORMS and pounds_as_currency(doc, k):
        return "", j  # "costs 40 pounds a week": the currency, not a weight
    # "two day-long sessions": the unit belongs to a compound that follows, not
    # to the figure, unless the figure is glued to it too ("12-month-old").
    if (not glued and end < len(doc) and doc[end].text in {"-", "‐"} and is_glued(doc, end)
            and end + 1 < len(doc) and doc[end + 1].lower_ not in rules.TIMEPOINT_AFTER):
        return "", j
    return canonical, end


def pounds_as_currency(doc: Doc, k: int) -> bool:
    """Whether "pound(s)" at token k is the currency: its sentence speaks of money."""
    return 0 <= k < len(doc) and doc[k].lower_ in rules.POUND_FORMS \
        and any(t.lower_ in rules.MONEY_WORDS or t.lower_ in rules.POUND_MONEY_CUES
                or t.text in rules.CURRENCY_PREFIXES for t in doc[k].sent)


def per_period(doc: Doc, k: int) -> str:
    """'a week', 'per day', 'weekly' after 'three times'."""
    word = lower_at(doc, k)
    if word in {"a", "an", "per", "each", "every"}:
        word = lower_at(doc, k + 1)
    return rules.FREQUENCY_PERIODS.get(word, "")


def bound_after(doc: Doc, end_tok: int) -> str:
    """'and older' right after the figure, or after the noun it counts ('3 cups or more')."""
    for k in (end_tok, end_tok + 1):
        if k > end_tok and not (k - 1 < len(doc) and doc[k - 1].is_alpha):
            break
        one, two = lower_at(doc, k), f"{lower_at(doc, k)} {lower_at(doc, k + 1)}"
        if two in rules.BOUND_WORDS_AFTER:
            return two
        if one in rules.BOUND_WORDS_AFTER:
            return one
    return ""
