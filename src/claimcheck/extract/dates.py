"""Dates: 'May 6, 2021', '6 May 2021', ISO dates, bare years, decades, and
relative dates ('next year') that the manifest's publication date resolves.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.model import Atom, DocContext, Quantity
from claimcheck.extract.text import PhraseSearch, is_glued, lower_at, phrase_regex, span_of


def date_at(ctx: DocContext, i: int) -> tuple[Quantity, int] | None:
    """'May 6, 2021', '6 May 2021', 'November 2021', 'Feb 18', '2021-05-06' at
    token i, with the token after it."""
    text = ctx.doc[i].text
    # every date starts with a month name or with digits: most candidates are neither
    if text[:1].isupper():
        found = _month_first(ctx, i)
    elif text[:1].isdigit():
        found = _iso_date(ctx, i) or _day_first(ctx, i)
    else:
        return None
    if found is None or ctx.excluded(i, found[1]):
        return None
    return found


def _month_first(ctx: DocContext, i: int) -> tuple[Quantity, int] | None:
    """'May 6, 2021', 'Feb. 18', 'November 2021'."""
    doc = ctx.doc
    month = rules.MONTHS.get(doc[i].lower_.rstrip("."))
    if month is None:
        return None
    j = i + 1
    if j < len(doc) and doc[j].text == ".":
        j += 1
    day = year = None
    if j < len(doc) and re.fullmatch(r"\d{1,2}", doc[j].text) and 1 <= int(doc[j].text) <= 31 \
            and not is_year_token(doc, j):
        day = int(doc[j].text)
        j += 1
        if j < len(doc) and doc[j].lower_ in {"st", "nd", "rd", "th"} and is_glued(doc, j):
            j += 1
        k = j + 1 if j < len(doc) and doc[j].text == "," else j
        if k < len(doc) and is_year_token(doc, k):
            year = int(doc[k].text)
            j = k + 1
    elif j < len(doc) and is_year_token(doc, j):
        year = int(doc[j].text)
        j += 1
    if day is None and year is None:
        return None
    return date_quantity(doc, i, j, year, month, day), j


def _iso_date(ctx: DocContext, i: int) -> tuple[Quantity, int] | None:
    """'2021-05-06': an ISO date, glued together."""
    doc = ctx.doc
    if is_year_token(doc, i) and i + 4 < len(doc) and doc[i + 1].text == "-" == doc[i + 3].text \
            and all(is_glued(doc, k) for k in range(i + 1, i + 5)) \
            and re.fullmatch(r"\d{2}", doc[i + 2].text) and re.fullmatch(r"\d{2}", doc[i + 4].text) \
            and 1 <= int(doc[i + 2].text) <= 12 and 1 <= int(doc[i + 4].text) <= 31:
        return date_quantity(doc, i, i + 5, int(doc[i].text), int(doc[i + 2].text), int(doc[i + 4].text)), i + 5
    return None


def _day_first(ctx: DocContext, i: int) -> tuple[Quantity, int] | None:
    """'6 May 2021', '5 June' ('5 May' alone stays out: '5 may be enough' reads the same)."""
    doc, text = ctx.doc, ctx.doc[i].text
    if not (re.fullmatch(r"\d{1,2}", text) and 1 <= int(text) <= 31 and i + 1 < len(doc)):
        return None
    month = rules.MONTHS.get(doc[i + 1].lower_.rstrip("."))
    has_year = i + 2 < len(doc) and is_year_token(doc, i + 2)
    if month is None or not doc[i + 1].text[:1].isupper() or not (has_year or doc[i + 1].lower_ != "may"):
        return None
    end = i + 3 if has_year else i + 2
    year = int(doc[i + 2].text) if has_year else None
    return date_quantity(doc, i, end, year, month, int(text)), end


def date_quantity(doc: Doc, start: int, end: int, year, month, day) -> Quantity:
    span = doc[start:end]
    if year is not None:
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    else:
        iso = f"--{month:02d}-{day:02d}"
    q = Quantity(low=float(year) if year else None, high=float(year) if year else None,
                 unit="year", kind="date", start_char=span.start_char, end_char=span.end_char,
                 text=span.text, date=iso)
    if year is None:
        q.flags.append("year not stated")
    return q


def is_year_token(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return len(text) == 4 and text.isascii() and text.isdigit() and rules.YEAR_MIN <= int(text) <= rules.YEAR_MAX


RELATIVE_DATE_SEARCH = PhraseSearch(rules.RELATIVE_DATES)


RELATIVE_DATE_CUE_RE = phrase_regex(rules.RELATIVE_DATE_CUES)


def relative_dates(ctx: DocContext):
    doc = ctx.doc
    lower = ctx.text.lower()
    if len(lower) != len(ctx.text):  # a few letters lower-case to two: keep the offsets
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in ctx.text)
    for m in RELATIVE_DATE_SEARCH.finditer(lower):
        if any(ctx.mask[m.start():m.end()]):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not doc.has_annotation("SENT_START"):
            continue
        sent = span.sent
        if not RELATIVE_DATE_CUE_RE.search(lower, sent.start_char, sent.end_char):
            continue
        q = Quantity(low=None, high=None, unit="year", kind="date", start_char=m.start(), end_char=m.end(),
                     text=ctx.text[m.start():m.end()], relative=rules.RELATIVE_DATES[m.group(0)])
        q.flags.append("relative date")
        yield q


def looks_like_year(doc: Doc, atom: Atom, last: Atom, start_tok: int) -> bool:
    if atom.form != "digits" or atom.magnitude:
        return False
    if not re.fullmatch(r"\d{4}", atom.text) or not (rules.YEAR_MIN <= atom.value <= rules.YEAR_MAX):
        return False
    if last is not atom and not re.fullmatch(r"\d{4}|\d{2}", last.text):
        return False
    prev = lower_at(doc, start_tok - 1)
    if prev in rules.YEAR_CUES or prev in rules.MONTHS or prev in {",", "(", "-"}:
        return True
    # a year with nothing before it that counts things ("2021 patients" is a count)
    nxt = lower_at(doc, last.end)
    return not (nxt.isalpha() and nxt.endswith("s"))


def decade_span(doc: Doc, start_tok: int, s_tok: int) -> tuple[int, int, str]:
    """The span of '1990s' or '60s' up to its 's' token, without the full stop
    that spaCy's abbreviation rule keeps on it at the end of a sentence ('s.')."""
    s, e, text = span_of(doc, start_tok, s_tok + 1)
    if text.endswith("."):
        e, text = e - 1, text[:-1]
    return s, e, text
