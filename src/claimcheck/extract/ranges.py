"""Figures read together: rates ("5.3 per 1,000 live births"), proportions
("1 in 10"), ranges ("2 to 3 weeks", "between 4 and 6 hours"), alternatives
("80 mg or 120 mg"), lists sharing one unit ("75, 100, and 125 mg") and the
start of a change in the unit of its end ("rose from 3.6 to 4.4 percent").

Each shape takes the reading of its first figure and returns its claims, or
None when the words after the figure do not make that shape.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.atoms import and_a_half, is_identifier
from claimcheck.extract.dates import looks_like_year
from claimcheck.extract.kinds import finish, is_from_change
from claimcheck.extract.model import Atom, DocContext, Quantity, Reading
from claimcheck.extract.nouns import noun_words
from claimcheck.extract.text import is_glued, lower_at, past_hyphenated_to, span_of
from claimcheck.extract.units import bound_before, pounds_as_currency, unit_after
from claimcheck.numbers import format_number


def rate(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'5.3 per 1,000 live births', '12 cases per 100,000 people'."""
    if r.unit or r.currency:
        return None
    q = rate_at(ctx, r.atom, r.end, by_start, used)
    return None if q is None else [q]


def proportion(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'1 in 10 recipients', 'one in five adults', '9 out of 10', '1 out of every 3',
    'three of every four': a percent."""
    if r.unit or r.currency:
        return None
    doc, atom = ctx.doc, r.atom
    whole = by_start.get(proportion_words(doc, r.end))
    if whole is None or whole.start <= r.end:
        return None
    if lower_at(doc, r.end) == "of" and whole.value > rules.OF_EVERY_MAX_WHOLE:
        return None  # "10 of every 100,000 adults each year": a rate, told by its population
    if not (whole.form in {"digits", "words"} and atom.form in {"digits", "words"}
            and 0 < atom.value <= whole.value and (whole.value <= 1000 or _written_large(whole))
            and not is_identifier(doc, whole)):
        return None
    used.add(whole.start)
    share = atom.value / whole.value * 100
    # "1 in 3,500 to 5,000 births": a range of shares
    larger = by_start.get(whole.end + 1) if lower_at(doc, whole.end) in rules.RANGE_CONNECTORS else None
    if larger is not None and larger.form == "digits" and larger.value > whole.value:
        used.add(larger.start)
        q = finish(ctx, r.start, larger.end, atom.value / larger.value * 100, share, "%", "", r.bound, atom, larger)
    else:
        q = finish(ctx, r.start, whole.end, share, share, "%", "", r.bound, atom, whole)
    return [] if q is None else [q]


def _written_large(whole: Atom) -> bool:
    """A whole above 1,000 written as one ("1 in 100,000", "1 in 2 million"), not a
    year ("one in 2024")."""
    return whole.form == "digits" and ("," in whole.text or whole.magnitude)


def _second_figure(ctx: DocContext, r: Reading, by_start: dict[int, Atom]) -> tuple[Atom, str, str] | None:
    """The figure after a range connector ('to', '-', 'or', and 'and' after
    'between'), with its own currency symbol and the connector."""
    doc = ctx.doc
    between = "between" in (lower_at(doc, r.bound_start - 1), lower_at(doc, r.start - 1)) \
        or _between_the_ages_of(doc, r.start)
    k = past_hyphenated_to(doc, r.end)
    if lower_at(doc, k) in {"-", "‐"} and is_glued(doc, k) and lower_at(doc, k + 1) in rules.SUSPENDED_CONNECTORS:
        k += 1  # a suspended hyphen: "four- to six-hour", "two- or three-day"
    conn = lower_at(doc, k)
    connectors = rules.RANGE_CONNECTORS | rules.ALTERNATIVE_CONNECTORS | ({"and"} if between else set())
    if conn not in connectors and not (conn == "/" and _season(doc, r.atom, by_start.get(k + 1))):
        return None
    k += 1
    cur2 = ""
    if k < len(doc) and doc[k].text in rules.CURRENCY_PREFIXES:
        cur2 = rules.CURRENCY_PREFIXES[doc[k].text]
        k += 1
    other = by_start.get(k)
    if other is None or other.form in {"article", "fraction"} or is_identifier(doc, other):
        return None
    return other, cur2, conn


def _between_the_ages_of(doc: Doc, start: int) -> bool:
    """'between the ages of 4 and 8', 'between ages 12 and 17': a range of ages."""
    for opening in rules.BETWEEN_AGES_OPENINGS:
        words = opening.split()
        if [lower_at(doc, start - len(words) + i) for i in range(len(words))] == words:
            return True
    return False


def _season(doc: Doc, atom: Atom, other: Atom | None) -> bool:
    """'2024/25': a season or school year, the second year written with two digits."""
    return (other is not None and re.fullmatch(r"\d{4}", atom.text) is not None
            and re.fullmatch(r"\d{2}", other.text) is not None and int(other.text) == (int(atom.text) + 1) % 100)


def _range_bounds(ctx: DocContext, r: Reading, other: Atom, conn: str) -> tuple[float, float]:
    """The low and high ends: '2020-21' is 2020-2021; in '1.5 to 2 million' the
    magnitude applies to both (not in '35 to 14 million')."""
    value, atom, high = r.value, r.atom, other.value
    if (conn in {"-", "–", "—", "/"} and re.fullmatch(r"\d{4}", atom.text) and re.fullmatch(r"\d{2}", other.text)
            and rules.YEAR_MIN <= value <= rules.YEAR_MAX):
        high = value - value % 100 + other.value
        if high < value:
            high += 100
    low = value
    if not atom.magnitude and other.magnitude and atom.form == other.form == "digits":
        mag_word = ctx.doc[other.end - 1].lower_ if other.end - other.start > 1 else ""
        if mag_word in rules.SCALE_WORDS and value <= other.value / rules.SCALE_WORDS[mag_word]:
            low = value * rules.SCALE_WORDS[mag_word]
    return low, high


def _not_one_range(ctx: DocContext, r: Reading, other: Atom, conn: str, cur2: str, low: float, high: float,
                   unit2: str) -> bool:
    """Two figures that are not the ends of one range."""
    scaled_second = not r.atom.magnitude and other.magnitude
    return bool(
        (r.unit and unit2 and r.unit != unit2)  # "5 mg to 10 ml"
        # "fell 3.8% to 722.1 deaths per 100,000", "rose 1.1 years to 78.4": a change and
        # the level it reached (a range names its unit at its end, or at both ends)
        or (r.unit and not unit2 and not cur2)
        # "80 mg or 120 mg", "30 or 45 mg": two claims; "3 or 4 visits" is a rough range
        or (conn in rules.ALTERNATIVE_CONNECTORS and ((r.unit and unit2) or high - low != 1))
        # "from 20% to 30%": a change; "increased by 59% from 2010 to 2015": the period of one
        or (is_from_change(ctx.doc, min(r.bound_start, r.start)) and not re.fullmatch(r"\d{4}", r.atom.text))
        or (cur2 and r.currency and cur2 != r.currency)
        # "fell 16.5% to $35.85": a change, then the price it reached
        or (r.unit and cur2 and not r.currency) or (r.currency and unit2 and not cur2)
        or high < low  # "52-48": a score
        # "grew 40% to 3.9 million", "in 2023 to 14 million vehicles": two figures
        or (scaled_second and not unit2 and (r.unit or looks_like_year(ctx.doc, r.atom, r.atom, r.start)))
        # "from 4,210 in 2021 to 6,875 in 2023": a year, then a figure no year is written as
        or (looks_like_year(ctx.doc, r.atom, r.atom, r.start) and "," in other.text))


def range_or_alternatives(ctx: DocContext, r: Reading, by_start: dict[int, Atom],
                          used: set[int]) -> list[Quantity] | None:
    """'2 to 3', '200-300', '3.5% to 11%', 'between 4 and 6 hours': one claim."""
    second = _second_figure(ctx, r, by_start)
    if second is None:
        return None
    doc = ctx.doc
    other, cur2, conn = second
    low, high = _range_bounds(ctx, r, other, conn)
    j2 = other.end
    if r.currency and not cur2 and j2 < len(doc) and doc[j2].text in rules.MAGNITUDE_SUFFIXES and is_glued(doc, j2):
        high *= rules.MAGNITUDE_SUFFIXES[doc[j2].text]
        j2 += 1
    unit2, j2u = unit_after(ctx, j2, other)
    if _not_one_range(ctx, r, other, conn, cur2, low, high, unit2):
        return None
    used.add(other.start)
    unit, currency = r.unit or unit2, r.currency or cur2
    end_tok = j2u if unit2 else j2
    if unit2 and and_a_half(doc, end_tok):
        high += 0.5
        end_tok += 3
    if not unit and not currency:
        cur = ctx.currency_suffixes.get(end_tok)
        if cur is not None:
            currency = rules.CURRENCY_SUFFIXES[cur[1]]
        elif pounds_as_currency(doc, end_tok):
            currency, end_tok = rules.POUND_CURRENCY, end_tok + 1
    q = finish(ctx, r.cur_start if currency else r.start, end_tok, low, high, unit, currency, r.bound, r.atom, other)
    return [] if q is None else [q]


def shared_unit_list(ctx: DocContext, r: Reading, by_start: dict[int, Atom],
                     used: set[int]) -> list[Quantity] | None:
    """'75, 100, and 125 mg': one claim per member, each with the list's unit."""
    if r.unit or r.currency:
        return None
    members = list_members(ctx, r.atom, by_start)
    if not members or _year_then_figure(ctx, r, members):
        return None
    unit, end = unit_after(ctx, members[-1].end, members[-1])
    if not unit:
        return None
    used.update(m.start for m in members)
    members = [r.atom] + members
    lo, hi = min(m.value for m in members), max(m.value for m in members)
    out = []
    for pos, m in enumerate(members):
        end_tok = end if pos == len(members) - 1 else m.end
        q = finish(ctx, m.start, end_tok, m.value, m.value, unit, "", r.bound if pos == 0 else "", m, None)
        if q is not None:
            q.list_size, q.list_low, q.list_high = len(members), lo, hi
            out.append(q)
    return out


def versus_pair(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'18.6 versus 18.3 months', '6.9 vs. 4.9 months': two figures compared, both
    in the unit written after the second (not a list of alternatives)."""
    if r.unit or r.currency or r.atom.form != "digits" or lower_at(ctx.doc, r.end) not in rules.VERSUS_WORDS:
        return None
    other = by_start.get(r.end + 1)
    if other is None or other.form != "digits" or looks_like_year(ctx.doc, r.atom, r.atom, r.start):
        return None
    unit, end = unit_after(ctx, other.end, other)
    if not unit:
        return None
    used.add(other.start)
    first = finish(ctx, r.start, r.end, r.value, r.value, unit, "", r.bound, r.atom, None)
    second = finish(ctx, other.start, end, other.value, other.value, unit, "", "", other, None)
    return [q for q in (first, second) if q is not None]


def change_start(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'rose from 3.6 to 4.4 percent', 'declined from 31.2 to 29.8 per 100,000
    adults', 'from 7.4 in 2018 to 6.9 per 1,000 births': the level a change
    started from, in the unit written once after the level it reached. (Counts
    take their noun the same way: nouns.changed_noun.)"""
    if r.unit or r.currency or r.atom.form != "digits" or not is_from_change(ctx.doc, min(r.bound_start, r.start)) \
            or looks_like_year(ctx.doc, r.atom, r.atom, r.start):
        return None
    end = _to_after(ctx, r.end, by_start)
    if end is None:
        return None
    unit, _ = unit_after(ctx, end.end, end)
    if unit:
        return _kept_quantity(finish(ctx, r.start, r.end, r.value, r.value, unit, "", r.bound, r.atom, None))
    reached = rate_at(ctx, end, end.end, by_start, set())
    if reached is None:
        return None
    s, e, text = span_of(ctx.doc, r.start, r.end)
    return [Quantity(low=r.value, high=r.value, unit=reached.unit, kind="rate", bound=r.bound,
                     bound_type=rules.BOUND_WORDS.get(r.bound, ""), start_char=s, end_char=e, text=text)]


def _to_after(ctx: DocContext, k: int, by_start: dict[int, Atom]) -> Atom | None:
    """The figure after "to" at token k, past a year the start is dated by
    ("from 7.4 in 2018 to 6.9"), when it is written in digits."""
    year = by_start.get(k + 1) if lower_at(ctx.doc, k) == "in" else None
    if year is not None and looks_like_year(ctx.doc, year, year, year.start):
        k = year.end
    other = by_start.get(k + 1) if lower_at(ctx.doc, k) == "to" else None
    return other if other is not None and other.form == "digits" else None


def _kept_quantity(q: Quantity | None) -> list[Quantity] | None:
    return None if q is None else [q]


def _year_then_figure(ctx: DocContext, r: Reading, members: list[Atom]) -> bool:
    """'4% of sales in 2020, and 18% now': a year closing one clause is no
    member of a list with the figure opening the next."""
    return looks_like_year(ctx.doc, r.atom, r.atom, r.start) and not all(
        looks_like_year(ctx.doc, m, m, m.start) for m in members)


def rate_at(ctx: DocContext, atom: Atom, j: int, by_start: dict[int, Atom], used: set[int]) -> Quantity | None:
    """'5.3 per 1,000 live births': one claim, with the denominator in its unit."""
    doc = ctx.doc
    counted = noun_words(doc, j, limit=3) if not _rate_connector(doc, j) else []
    k = j + len(counted)
    connector = _rate_connector(doc, k)
    if not connector:
        return None
    whole_value, whole_start, whole_end = _rate_whole(doc, k + connector, by_start)
    if whole_value is None or whole_value <= 1:
        return None
    nouns = noun_words(doc, whole_end)
    # "80.9 per 100,000" names no one: a rate when the whole is a round 100, 1,000...
    if not nouns and not (counted or whole_value in rules.RATE_WHOLES):
        return None
    used.add(whole_start)
    # "per 100,000 people" and "per 100,000 residents" are one denominator; "deaths
    # per 100,000" counts what the measure already names; "excess GBS cases" counts cases
    counted = counted[-1:]
    unit = " ".join([w for w in counted if w.lower() not in rules.COUNTED_EVENTS] + ["per", format_number(whole_value)]
                    + [w for w in nouns if w.lower() not in rules.RATE_POPULATION_WORDS])
    s, e, text = span_of(doc, atom.start, whole_end)
    bound, _ = bound_before(ctx, atom.start)
    return Quantity(low=atom.value, high=atom.value, unit=unit, kind="rate", bound=bound,
                    bound_type=rules.BOUND_WORDS.get(bound, ""), start_char=s, end_char=e, text=text)


def _rate_connector(doc, k: int) -> int:
    """How many tokens at k join a count to its denominator ("per", "for every",
    "for each"), or 0."""
    if lower_at(doc, k) == "per":
        return 1
    return 2 if lower_at(doc, k) == "for" and lower_at(doc, k + 1) in {"every", "each"} else 0


def _rate_whole(doc, k: int, by_start: dict[int, Atom]) -> tuple[float | None, int, int]:
    """The denominator at k: a number ("per 100,000") or a magnitude word alone
    ("per million doses"): (value, start, end)."""
    whole = by_start.get(k)
    if whole is not None and whole.form in {"digits", "words"}:
        return whole.value, whole.start, whole.end
    magnitude = rules.RATE_MAGNITUDE_WORDS.get(lower_at(doc, k))
    return (magnitude, k, k + 1) if magnitude else (None, k, k)


def list_members(ctx: DocContext, atom: Atom, by_start: dict[int, Atom]) -> list[Atom]:
    """The atoms after `atom` in a list like '75, 100, and 125': commas and a final
    and/or between them. Two members need 'and' ('10 and 20 mg')."""
    doc = ctx.doc
    members: list[Atom] = []
    j = atom.end
    while True:
        k = j
        seps = []
        while k < len(doc) and doc[k].lower_ in rules.LIST_SEPARATORS and len(seps) < 2:
            seps.append(doc[k].lower_)
            k += 1
        if not seps:
            break
        nxt = by_start.get(k)
        if nxt is None or nxt.form not in {"digits", "words"}:
            break
        members.append(nxt)
        j = nxt.end
        if "and" in seps or "or" in seps:
            break
    if len(members) == 1 and not {"and", "or"} & {doc[t].lower_ for t in range(atom.end, members[0].start)}:
        return []
    return members


def proportion_words(doc: Doc, j: int) -> int:
    """Where the whole starts after 'in', 'out of', 'in every', 'out of every',
    'of every' at token j ('1 in 10', '9 out of 10'); j when there is none of them."""
    k = j
    if lower_at(doc, k) == "in":
        k += 1
    elif lower_at(doc, k) == "out" and lower_at(doc, k + 1) == "of":
        k += 2
    elif lower_at(doc, k) == "of" and lower_at(doc, k + 1) == "every":
        return k + 2  # "three of every four doses": a share, as "out of every" is
    else:
        return j
    return k + 1 if lower_at(doc, k) == "every" else k
