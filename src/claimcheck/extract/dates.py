"""Dates: 'May 6, 2021', '6 May 2021', ISO dates, bare years, decades, and
relative dates ('next year') that the manifest's publication date resolves.
"""

from __future__ import annotations

import datetime
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
        found = _month_first(ctx, i) or _named_date(ctx, i)
    elif text[:1].isdigit():
        # an ISO date starts with a year, a day-first date with one or two digits
        found = _iso_date(ctx, i) if len(text) == 4 else _day_first(ctx, i) if len(text) <= 2 else None
    else:
        return None
    if found is None or any(ctx.mask[found[0].start_char:found[0].end_char]):
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
    # "2024-05": a month, where a span of years would wrap to the next century (2024-2105)
    if is_year_token(doc, i) and i + 2 < len(doc) and doc[i + 1].text == "-" and is_glued(doc, i + 1) \
            and is_glued(doc, i + 2) and re.fullmatch(r"\d{2}", doc[i + 2].text) \
            and 1 <= int(doc[i + 2].text) <= 12 and int(doc[i + 2].text) < int(doc[i].text) % 100 \
            and not (i + 3 < len(doc) and doc[i + 3].text == "-" and is_glued(doc, i + 3)):
        return date_quantity(doc, i, i + 3, int(doc[i].text), int(doc[i + 2].text), None), i + 3
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
    """'next year', 'last month', 'this week': dates the publication date resolves."""
    doc = ctx.doc
    lower = ctx.text.lower()
    if len(lower) != len(ctx.text):  # a few letters lower-case to two: keep the offsets
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in ctx.text)
    for m in RELATIVE_DATE_SEARCH.finditer(lower):
        if any(ctx.mask[m.start():m.end()]):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not _dates_an_event(ctx, span, rules.RELATIVE_DATES[m.group(0)]):
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
    nxt = lower_at(doc, last.end)
    if nxt in rules.POPULATION_NOUNS and start_tok > 0 and doc[start_tok - 1].text.islower():
        return False  # "occurred in 1461 participants": people counted (a year opens: "In 2014 patients paid")
    if prev in rules.YEAR_CUES or prev in rules.MONTHS:
        return True
    if atom.value < rules.BARE_YEAR_MIN:
        return False  # "; 1182 had low tau": a count, no year of record without a word for it
    if prev in {",", "(", "-"}:
        return True
    # a year with nothing before it that counts things ("2021 patients" is a count)
    return not (nxt.isalpha() and nxt.endswith("s"))


def decade_span(doc: Doc, start_tok: int, s_tok: int) -> tuple[int, int, str]:
    """The span of '1990s' or '60s' up to its 's' token, without the full stop
    that spaCy's abbreviation rule keeps on it at the end of a sentence ('s.')."""
    s, e, text = span_of(doc, start_tok, s_tok + 1)
    if text.endswith("."):
        e, text = e - 1, text[:-1]
    return s, e, text


def _dates_an_event(ctx: DocContext, span, relative: tuple[str, int]) -> bool:
    """'last year' dates an event; 'this year's total' and '792 cases this year'
    name the period a figure covers: the current period ('this year', 'this
    week') dates an event only in a forecast ('expected later this year')."""
    if lower_at(ctx.doc, span.end) in {"'s", "’s"}:
        return False
    return relative[1] != 0 or _in_forecast(ctx, span.start)


def _named_date(ctx: DocContext, i: int) -> tuple[Quantity, int] | None:
    """A month or weekday named without a year: 'in January', 'late April',
    'last August', 'said Wednesday', 'next Monday'."""
    doc = ctx.doc
    lower = doc[i].lower_
    if lower in rules.WEEKDAYS:
        period, which = "weekday", rules.WEEKDAYS[lower]
    elif lower in rules.MONTH_NAMES:
        period, which = "month-of-year", rules.MONTHS[lower]
    else:
        return None
    start, direction, cued = _named_date_opening(doc, i)
    if period == "month-of-year" and not cued:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.is_alpha and lower_at(doc, i + 1) not in rules.WEEKDAYS \
            and lower_at(doc, i - 1) not in rules.MONTH_BEFORE_A_CAPITAL_CUES:
        return None  # "June Almeida", "April Fools": part of a name (not "Since August Lilly has")
    if period == "weekday" and (lower_at(doc, i - 1) in rules.RECURRENCE_WORDS
                                or (lower_at(doc, i + 1) == "," and lower_at(doc, i + 2) in rules.MONTHS)):
        return None  # "every Monday" recurs; "Tuesday, December 14, 2021" is the date that follows
    end = i + 1
    year_of = _of_relative_year(doc, i + 1) if period == "month-of-year" else None
    if year_of is not None:
        direction, end = year_of  # "May of last year", "May last year": the May of the year before publication
    if direction is None:
        direction = "coming" if _in_forecast(ctx, i) else "latest"
    s, e, text = span_of(doc, start, end)
    q = Quantity(low=None, high=None, unit="year", kind="date", start_char=s, end_char=e, text=text,
                 relative=(period, direction, which))
    q.flags.append("relative date")
    return q, end


def _of_relative_year(doc: Doc, k: int) -> tuple[str, int] | None:
    """'(of) last year', '(of) next year', '(of) this year' after a month: which
    year's, and the token after the phrase. A hard line break may fall between
    the words ("May" at a line's end, "last year" on the next)."""
    words = [j for j in range(k, min(k + 6, len(doc))) if not doc[j].is_space][:4]
    if words and doc[words[0]].lower_ == "of":
        words = words[1:]
    if len(words) < 2 or doc[words[1]].lower_ != "year" or lower_at(doc, words[1] + 1) in {"'s", "’s"}:
        return None  # (not "in May last year's report": the report's year)
    direction = {"last": "year-1", "this": "year+0", "next": "year+1"}.get(doc[words[0]].lower_)
    return (direction, words[1] + 1) if direction else None


def _named_date_opening(doc: Doc, i: int) -> tuple[int, str | None, bool]:
    """Where a named date's phrase starts ('late' in 'in late January', 'last'
    in 'last August'), which one it means, and whether a cue word introduces it."""
    start, k = i, i - 1
    if lower_at(doc, k) in {"-", "‐"}:
        k -= 1  # "mid-March"
    if lower_at(doc, k) in rules.DECADE_PARTS:
        start, k = k, k - 1
    direction = rules.NAMED_DATE_DIRECTIONS.get(lower_at(doc, k))
    if direction is not None and start == i:
        return k, direction, True
    return start, None, start < i or lower_at(doc, k) in rules.MONTH_ALONE_CUES


# Where a clause of a sentence ends, for the forecast cue a date's clause holds:
# "The agency approved it in May, and next year the maker plans ..." is a past May;
# "the plan will stop paying in April, after its board voted on Thursday" a past Thursday.
# (a relative clause too: "won clearance in September for its study, which will enroll ...",
# and one after a noun set off by a comma: "voted in April to hire Lumen, a firm that promised ...")
CLAUSE_END = re.compile(r"[;:—–]|, (?:and|but|so|yet|while|whereas|with|after|because|which|who) "
                         r"|, (?:a|an|the)(?: [\w'’-]+){1,3} (?:that|which|who) "
                         r"|\b(?:but|while|whereas|although)\b")


def _in_forecast(ctx: DocContext, i: int) -> bool:
    """Whether the date at token i is in a forecast's clause."""
    if not ctx.doc.has_annotation("SENT_START"):
        return False
    sent = ctx.doc[i].sent
    return forecast_clause(ctx.text.lower(), sent.start_char, sent.end_char, ctx.doc[i].idx)


def forecast_clause(text: str, start: int, end: int, at: int) -> bool:
    """Whether the lower-case sentence text[start:end] holds a forecast cue in
    the clause of the date at `at`, before the date: a forecast's verb governs
    what follows it ("expected in January", "promised answers by September"),
    and a date before it is when the forecast was made ("in April, the agency
    promised ..."). A future tense ("will") governs its whole clause. A cue in
    the past tense ("was expected on July 23") and a date of a change's earlier
    figure ("to 2.8% from 2.2% in September") are no forecast's."""
    ends = [m for m in CLAUSE_END.finditer(text, start, end)]
    start = max((m.end() for m in ends if m.end() <= at), default=start)
    end = min((m.start() for m in ends if m.start() >= at), default=end)
    if _of_a_baseline(text[start:at]) or _done_on(text[start:at]):
        return False
    return any((m.start() <= at or (m.group(0) in rules.CLAUSE_WIDE_FORECAST_CUES and "," not in text[at:m.start()]))
               and not PAST_FORECAST.search(text, start, m.start())
               for m in RELATIVE_DATE_CUE_RE.finditer(text, start, end))


def _of_a_baseline(lead: str) -> bool:
    """Whether a date's clause, up to it, sets a figure against an earlier one
    it dates ("raised its forecast to 2.8% from 2.2% in September", "up from
    the 2.2% it expected in June"): a baseline is past, whatever cue is near."""
    found = [m.end() for m in FROM_A_FIGURE.finditer(lead)]
    return bool(found) and not TO_A_FIGURE.search(lead, found[-1])


def _done_on(lead: str) -> bool:
    """Whether a date's clause, up to it, tells what was done on it ("the levy
    imposed on", "the quota it set in"; rules.IRREGULAR_PAST_FORMS): past."""
    m = _VERB_BEFORE_A_DAY.search(lead)
    if not m or m.group(1) in rules.COMING_VERB_LEADS or RELATIVE_DATE_CUE_RE.search(m.group(0)):
        return False
    verb = m.group(2)
    return verb in rules.IRREGULAR_PAST_FORMS or (verb.endswith("ed") and len(verb) > 4)


_VERB_BEFORE_A_DAY = re.compile(r"(\S+)\s+([a-z]+)\s+(?:on|in)\s+(?:(?:early|mid|late)[\s-]+)?$")
FROM_A_FIGURE = re.compile(rules.BASELINE_FROM_A_FIGURE)
TO_A_FIGURE = re.compile(rules.CHANGE_TO_A_FIGURE)
PAST_FORECAST = re.compile(rules.PAST_FORECAST_LEAD)


def resolve_relative(published: tuple[int, int | None, int | None], relative) -> tuple[int, str] | None:
    """The year and ISO date of a relative date against the publication date
    (year, month, day); None when the publication date is not precise enough.

    `relative` is (period, offset) for 'next year', 'last month', 'this week',
    or (period, direction, which) for a named month or weekday."""
    year, month, day = published
    period = relative[0]
    if period == "year":
        return year + relative[1], f"{year + relative[1]:04d}"
    if month is None:
        return None
    if period == "month":
        index = year * 12 + (month - 1) + relative[1]
        return index // 12, f"{index // 12:04d}-{index % 12 + 1:02d}"
    if period == "month-of-year":
        return _month_of_year(year, month, relative[1], relative[2])
    if period == "season":
        return _season(year, month, relative[1], relative[2])
    if day is None:
        return None
    when = datetime.date(year, month, day)
    if period == "week":
        when += datetime.timedelta(weeks=relative[1])
        return when.year, f"{when.year:04d}-{when.month:02d}"
    shift = _WEEKDAY_SHIFTS[relative[1]](when.weekday(), relative[2])
    when += datetime.timedelta(days=shift)
    return when.year, when.isoformat()


def _month_of_year(year: int, month: int, direction: str, named: int) -> tuple[int, str]:
    """'last August' is the August before the publication month, and a year
    further back when August is the month just gone (that one is "last month");
    'next January' the one after it; 'in January' the latest one up to it (the
    coming one in a forecast)."""
    if direction.startswith("year"):
        year += int(direction[4:])
    elif direction == "last":
        year -= named >= month - 1
    elif direction == "next":
        year += named <= month
    elif direction == "latest":
        year -= named > month
    elif direction == "coming":
        year += named < month
    return year, f"{year:04d}-{named:02d}"


def _season(year: int, month: int, offset: int, start: int) -> tuple[int, str]:
    """'last fall' is the fall before the season the publication date is in
    (in August, last summer is the year before's); 'next spring' the first one
    after it; 'this fall' the one of the publication year (this winter the one
    under way or, after February, the one to come). The year is the one the
    season begins in, the date its months ("2024-12/2025-02")."""
    def index(y: int, m: int) -> int:  # seasons counted from year 0, each from its first month
        return (y * 12 + m - 3) // 3
    now = index(year, month)
    if offset < 0:
        begins = max(y for y in (year - 2, year - 1, year) if index(y, start) < now)
    elif offset > 0:
        begins = min(y for y in (year, year + 1, year + 2) if index(y, start) > now)
    else:
        begins = year - 1 if start == 12 and month <= 2 else year
    last = begins * 12 + start - 1 + 2  # its last month, counted from January of year 0
    return begins, f"{begins:04d}-{start:02d}/{last // 12:04d}-{last % 12 + 1:02d}"


def _days_since_last(today: int, named: int) -> int:
    """Days back to "last <weekday>": never today, nor yesterday, which a story
    would call by its name alone ("last Wednesday" in a Thursday story is the week before)."""
    back = (today - named) % 7
    return back if back >= 2 else back + 7


# Days from the publication date to the weekday named, by direction.
_WEEKDAY_SHIFTS = {
    "latest": lambda today, named: -((today - named) % 7),
    "last": lambda today, named: -_days_since_last(today, named),
    "coming": lambda today, named: (named - today) % 7,
    "this": lambda today, named: (named - today) % 7,
    "next": lambda today, named: (named - today) % 7 or 7,
}


# What joins two dates into one period, and the word that must open it.
_PERIOD_JOINS = {"to": ("from",), "through": ("from",), "until": ("from",), "-": ("from",), "–": ("from",),
                 "and": ("between",)}


def join_periods(ctx: DocContext, dates: list[Quantity]) -> list[Quantity]:
    """'from March 2006 to January 2015', 'between May 2020 and June 2021': one
    period, from the first date's year to the second's."""
    out: list[Quantity] = []
    for q in dates:
        prev = out[-1] if out else None
        if prev is not None and _joined(ctx.text, prev, q):
            out[-1] = Quantity(low=prev.low, high=q.high, unit="year", kind="date", start_char=prev.start_char,
                               end_char=q.end_char, text=ctx.text[prev.start_char:q.end_char],
                               date=f"{prev.date}/{q.date}")
        else:
            out.append(q)
    return out


def _joined(text: str, a: Quantity, b: Quantity) -> bool:
    if a.low is None or b.low is None or a.relative or b.relative or b.low < a.low:
        return False
    # ("From October 1, 2023, through June 30, 2024": the comma closes the first date)
    openers = _PERIOD_JOINS.get(text[a.end_char:b.start_char].strip().lstrip(",").strip())
    if openers is None:
        return False
    words_before = text[max(0, a.start_char - 12):a.start_char].lower().split()
    return bool(words_before) and words_before[-1] in openers
