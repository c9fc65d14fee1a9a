"""Claim assembly: from the numbers of a Doc to its quantities.

Each number is read outwards, step by step (a currency and bound word before
it, a magnitude, "and a half", a unit or currency word after it), and the
first reading that fits makes its claims: a decade, a schedule timepoint
("week 12"), a rate, a proportion, a range or pair of alternatives, a list
sharing one unit, or the figure alone. ``kinds.finish`` decides what each
claim is (its kind) and whether it is one at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck import rules
from claimcheck.extract.allocations import allocation_ratios
from claimcheck.extract.atoms import and_a_half, atom_at, candidates, is_identifier, label_before, owner_before
from claimcheck.extract.dates import date_at, decade_span, join_periods, relative_dates
from claimcheck.extract.fractions import fraction_use
from claimcheck.extract.kinds import finish, states_change
from claimcheck.extract.model import Atom, DocContext, Quantity, Reading
from claimcheck.extract.ranges import (
    change_start,
    proportion,
    range_or_alternatives,
    rate,
    shared_unit_list,
    versus_pair,
)
from claimcheck.extract.statistics import notation, statistics_of, tally
from claimcheck.extract.text import is_glued, lower_at, span_of
from claimcheck.extract.units import bound_before, currency_before, pounds_as_currency, unit_after


def read_quantities(ctx: DocContext) -> Iterator[Quantity]:
    """Every quantity of the Doc: dates, then numbers, then relative dates."""
    doc = ctx.doc
    atoms: list[Atom] = []
    dates: list[Quantity] = []
    next_free = 0  # tokens before this belong to a number or date already read
    for i in candidates(doc, ctx.flags):
        if i < next_free:
            continue
        date = date_at(ctx, i)
        if date is not None:
            q, next_free = date
            dates.append(q)
            continue
        atom = atom_at(doc, i)
        if atom is not None:
            atoms.append(atom)
            next_free = atom.end
    dates = join_periods(ctx, dates)
    yield from dates
    ratios = list(allocation_ratios(ctx))
    for q in ratios:  # ("2 : 1" is one ratio, not two figures)
        ctx.mask[q.start_char:q.end_char] = b"\x01" * (q.end_char - q.start_char)
    yield from statistics_of(ctx, assemble(ctx, atoms))
    yield from ratios
    # "last year" inside "May of last year" is that date's, not another
    taken = [(d.start_char, d.end_char) for d in dates]
    yield from (q for q in relative_dates(ctx)
                if not any(s <= q.start_char and q.end_char <= e for s, e in taken))


def assemble(ctx: DocContext, atoms: list[Atom]) -> Iterator[Quantity]:
    doc = ctx.doc
    atoms = [a for a in atoms if not ctx.excluded(a.start, a.end)]
    ctx.atom_ends.update((a.start, a.end) for a in atoms)
    by_start = {a.start: a for a in atoms}
    used: set[int] = set()
    consumed_char = 0  # a number inside an earlier quantity ("two and a half") is not read again
    for atom in atoms:
        if atom.start in used or doc[atom.start].idx < consumed_char:
            continue
        used.add(atom.start)
        if is_identifier(doc, atom):
            continue
        label = label_before(doc, atom.start)
        if label and label not in rules.SCHEDULE_WORDS and not _a_tally_after_a_label(doc, atom, by_start):
            used.update(_labelled_partners(doc, atom, by_start))  # "phase 2-3", "stage 3/4"
            continue
        if _bare_pair(doc, atom, by_start):
            used.add(atom.end)  # "760 1200": an image's size, or codes; no claims
            continue
        for q in quantities_from(ctx, atom, by_start, used, label):
            consumed_char = max(consumed_char, q.end_char)
            yield q




def _labelled_partners(doc, atom: Atom, by_start: dict[int, Atom]) -> list[int]:
    """The other labels of 'phase 2-3', 'stages 3 to 4', 'phase 2/3', 'types
    16 and 18', 'VESTA 1, 2 and 3': numbers written as the label is ("Red No. 3
    and four other dyes" counts the dyes), joined to it in a list that a
    conjunction or a range closes ("in phase 3, 1,200 patients" is no list)."""
    listed: list[int] = []
    k = atom.end
    while True:
        joiner = lower_at(doc, k)
        if joiner == "," and lower_at(doc, k + 1) in {"and", "or"}:
            if not listed:
                return []  # "the Fortune 500, or 125 companies": an apposition, no list
            k, joiner = k + 1, lower_at(doc, k + 1)  # "1, 2, and 3"
        partner = by_start.get(k + 1)
        if not (joiner in rules.RANGE_CONNECTORS | rules.LABEL_LIST_JOINERS and partner and partner.form == atom.form) \
                or _has_a_unit(doc, partner.end):
            return []  # ("in VESTA 1 and 64% in VESTA 2": a figure of its own)
        listed.append(k + 1)
        if joiner != ",":
            return listed
        k = partner.end


def _has_a_unit(doc, end: int) -> bool:
    """Whether a unit or a percent sign follows a figure ending at token `end`."""
    return lower_at(doc, end) in rules.UNIT_FORMS or lower_at(doc, end) == "%"


def _a_tally_after_a_label(doc, atom: Atom, by_start: dict[int, Atom]) -> bool:
    """Whether a word read as a label is a vote's object, its pair a tally: "approved
    the amended version 9-2", "upheld the Act 7-2" (a vote word shortly before,
    the count for first; "approved the phase 2-3 design" names two phases)."""
    k = atom.end
    partner = by_start.get(k + 1)
    if lower_at(doc, k) not in rules.TALLY_CONNECTORS - {"to"} or partner is None or partner.form != "digits" \
            or atom.form != "digits" or partner.value > atom.value:
        return False
    for j in range(atom.start - 1, max(atom.start - 1 - rules.TALLY_CUE_REACH, -1), -1):
        if doc[j].lower_ in rules.TALLY_CUES:
            return True
        if doc[j].is_sent_start or doc[j].text in {".", ";", ":"}:
            return False
    return False


def _bare_pair(doc, atom: Atom, by_start: dict[int, Atom]) -> bool:
    """Two plain whole figures side by side with only a space between ('760
    1200'): dimensions or codes; prose joins two quantities with a word."""
    other = by_start.get(atom.end)
    return (other is not None and atom.form == other.form == "digits" and not atom.magnitude
            and not other.magnitude and atom.text.isdigit() and other.text.isdigit()
            and bool(doc[atom.end - 1].whitespace_))


def quantities_from(ctx: DocContext, atom: Atom, by_start: dict[int, Atom], used: set[int],
                    label: str) -> list[Quantity]:
    """The claims a number makes, read with the words around it."""
    r = _open_reading(ctx, atom, label)
    if atom.form == "multiplier":
        return _multiple(ctx, r, by_start, used)
    _read_magnitude_and_half(ctx, r)
    decade = _decade(ctx, r)
    if decade is not None:
        return [decade]
    _read_unit_and_currency(ctx, r)
    if not _stands_as_a_figure(ctx, r):
        return []
    for shape in (_schedule_timepoint, notation, tally, rate, proportion, range_or_alternatives, shared_unit_list,
                  versus_pair, change_start):
        found = shape(ctx, r, by_start, used)
        if found is not None:
            return found
    return _kept(finish(ctx, r.first, r.end, r.value, r.value, r.unit, r.currency, r.bound, atom, None))


def _multiple(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity]:
    """'twice', 'fivefold', or 'double or triple' (one range of ratios)."""
    other = by_start.get(r.end + 1)
    if lower_at(ctx.doc, r.end) in {"or", "to"} and other is not None and other.form == "multiplier" \
            and other.value > r.value:
        used.add(other.start)
        return _kept(finish(ctx, r.start, other.end, r.value, other.value, "times", "", r.bound, r.atom, other))
    return _kept(finish(ctx, r.start, r.end, r.value, r.value, "times", "", r.bound, r.atom, None))


def _kept(q: Quantity | None) -> list[Quantity]:
    return [] if q is None else [q]


def _open_reading(ctx: DocContext, atom: Atom, label: str) -> Reading:
    """The number with the currency symbol and bound word before it."""
    currency, cur_start = currency_before(ctx.doc, atom.start)
    bound, bound_start = bound_before(ctx, cur_start)
    if bound == "some" and atom.form != "digits":
        bound = ""  # "some one" is not "about 1"
    return Reading(atom=atom, end=atom.end, value=atom.value, currency=currency, cur_start=cur_start,
                   bound=bound, bound_start=bound_start, label=label)


def _read_magnitude_and_half(ctx: DocContext, r: Reading) -> None:
    doc, j = ctx.doc, r.end
    # glued magnitude after a currency: "$5M", "$2bn"
    # ("m." is how the tokenizer leaves "$30m." at the end of a sentence)
    if r.currency and j < len(doc) and doc[j].text.rstrip(".") in rules.MAGNITUDE_SUFFIXES and is_glued(doc, j) \
            and not r.atom.magnitude:
        r.value *= rules.MAGNITUDE_SUFFIXES[doc[j].text.rstrip(".")]
        r.end += 1
    # "two and a half years", "1 and a half"
    if and_a_half(doc, r.end):
        r.value += 0.5
        r.end += 3
        r.half = True


def _decade(ctx: DocContext, r: Reading) -> Quantity | None:
    """'the 1990s' (a date range) or 'in their 60s', 'her mid-40s' (an age)."""
    doc, atom, j = ctx.doc, r.atom, r.end
    if atom.form != "digits" or lower_at(doc, j) not in {"s", "s."} or not is_glued(doc, j):
        return None
    if re.fullmatch(r"1\d{2}0|20\d0", atom.text):
        s, e, text = decade_span(doc, r.start, j)
        return Quantity(low=r.value, high=r.value + 9, unit="year", kind="date", start_char=s, end_char=e,
                        text=text, date=f"{int(r.value)}s", bound=r.bound,
                        bound_type=rules.BOUND_WORDS.get(r.bound, ""))
    if re.fullmatch(r"[1-9]0", atom.text) and owner_before(doc, r.start):
        s, e, text = decade_span(doc, r.start, j)
        return Quantity(low=r.value, high=r.value + 9, unit="years", kind="age", start_char=s, end_char=e,
                        text=text)
    return None


def _read_unit_and_currency(ctx: DocContext, r: Reading) -> None:
    doc, atom = ctx.doc, r.atom
    unit, j_unit = unit_after(ctx, r.end, atom)
    # "half an hour"
    if not unit and atom.form == "fraction" and lower_at(doc, r.end) in rules.ARTICLE_ONE:
        unit, j2 = unit_after(ctx, r.end + 1, atom)
        if unit:
            j_unit = j2
    if unit:
        r.unit, r.end = unit, j_unit
        # "an hour and a half"
        if not r.half and and_a_half(doc, r.end):
            r.value += 0.5
            r.end += 3
            r.half = True
    if not r.currency:
        cur = ctx.currency_suffixes.get(r.end)
        if cur is not None:
            r.currency = rules.CURRENCY_SUFFIXES[cur[1]]
            r.end = cur[0]
        elif pounds_as_currency(doc, r.end):
            r.currency, r.end = rules.POUND_CURRENCY, r.end + 1
        elif not unit:
            _read_minor_currency(doc, r)


def _read_minor_currency(doc, r: Reading) -> None:
    """'37 cents', 'a 1.5-cent tax', '18p a litre': a hundredth of a currency,
    read as that currency (rules.MINOR_CURRENCIES)."""
    k = r.end
    if lower_at(doc, k) in rules.HYPHENS and is_glued(doc, k) and is_glued(doc, k + 1):
        k += 1  # "1.5-cent-per-ounce"
    word = lower_at(doc, k)
    minor = rules.MINOR_CURRENCIES.get(word)
    if minor is None or k >= len(doc):
        return
    if word in rules.GLUED_MINOR_CURRENCIES and (not is_glued(doc, k) or k > r.end
                                                   or lower_at(doc, k + 1) not in rules.AFTER_GLUED_MINOR_CURRENCY):
        return  # "18p a litre", not "17p deletion" (a chromosome's arm)
    r.currency, r.value, r.end = minor[0], r.value * minor[1], k + 1


def _stands_as_a_figure(ctx: DocContext, r: Reading) -> bool:
    """'a'/'an' is a number only in 'an hour and a half' or as one unit of time
    ('for a year'); a fraction only as a share ('half of adults', 'about half
    were') or a change ('dropped by half', 'cut by a third'): fractions.fraction_use."""
    doc, atom = ctx.doc, r.atom
    if atom.form == "article":
        return bool(r.unit and r.half) or _a_span_of_one(doc, r)
    if atom.form == "fraction" and not r.unit:
        use = fraction_use(doc, r.start, r.end, ordinal=doc[r.end - 1].lower_ in rules.ORDINAL_FRACTIONS)
        return (use == "by" and states_change(doc, r.start, r.end, r.bound)) or use not in {"", "by"}
    return True


def _a_span_of_one(doc, r: Reading) -> bool:
    """'for a year', 'about a week later', 'a decade old': one unit of time as a
    span, not the period of a rate ('$40 a year'; rules.ARTICLE_SPAN_UNITS)."""
    before = r.bound_start - 1
    if r.unit not in rules.ARTICLE_SPAN_UNITS or lower_at(doc, r.end) in rules.ARTICLE_SPAN_NOT_AFTER \
            or _ends_a_figure(doc, before) or (lower_at(doc, before) == "for" and _ends_a_figure(doc, before - 1)):
        return False
    return bool(r.bound) or lower_at(doc, before) in rules.ARTICLE_SPAN_BEFORE \
        or lower_at(doc, r.end) in rules.ARTICLE_SPAN_AFTER


def _ends_a_figure(doc, k: int) -> bool:
    """Whether token k is a figure, a unit or a multiple: what a rate's period follows."""
    word = lower_at(doc, k)
    return k >= 0 and (doc[k].like_num or word in rules.UNIT_FORMS or word in rules.MULTIPLIER_WORDS)


def _schedule_timepoint(ctx: DocContext, r: Reading, by_start, used) -> list[Quantity] | None:
    """'week 12', 'day 30': a point in a schedule."""
    if r.label not in rules.SCHEDULE_WORDS:
        return None
    if r.unit or r.currency:
        return []
    s, e, text = span_of(ctx.doc, r.start - 1, r.end)
    return [Quantity(low=r.value, high=r.value, unit=rules.SCHEDULE_WORDS[r.label], kind="duration",
                     start_char=s, end_char=e, text=text, is_timepoint=True)]
