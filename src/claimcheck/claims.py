"""From processed Docs to rows of the claims table."""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from claimcheck import frames, rules
from claimcheck.context import claim_contexts
from claimcheck.corpus import Source
from claimcheck.extract.dates import CLAUSE_END, forecast_clause, resolve_relative
from claimcheck.extract.text import find_whole
from claimcheck.numbers import format_number
from claimcheck.output import csv_line, render_row

# pandas is imported where a DataFrame is built: importing it costs ~0.3 s of
# CPU, and a scan writes its lines without one
if TYPE_CHECKING:
    import pandas as pd

# The columns of claims.csv, in order. The scorer reads claim_id, source,
# start, end, value_low, value_high and text; the rest is for people and for
# conflict detection.
CLAIM_COLUMNS = [
    "claim_id", "source", "start", "end", "text", "value_low", "value_high", "unit", "kind",
    "statistic", "bound", "bound_type", "measure", "measure_key", "population", "arm", "phase", "trial",
    "design", "timepoint", "hedge", "hedge_type", "subject", "subject_names", "status", "as_of", "role", "date",
    "currency", "list_size",
    "flags", "agreeing_sources", "title", "publisher", "published", "sentence",
]
CLAIM_NUMERIC = {"start", "end", "value_low", "value_high", "list_size", "agreeing_sources"}
# A claim's line is rendered once, around the one cell that depends on the other
# articles: how many other sources agree with it.
_AGREEING = CLAIM_COLUMNS.index("agreeing_sources")
_BEFORE = [(c, c in CLAIM_NUMERIC) for c in CLAIM_COLUMNS[:_AGREEING]]
_AFTER = [(c, c in CLAIM_NUMERIC) for c in CLAIM_COLUMNS[_AGREEING + 1:]]


def claim_id(source: str, sentence: str, text: str, occurrence: int) -> str:
    """Stable across re-scans: it depends on the claim's own sentence, not on
    where that sentence sits in the article, so editing another paragraph
    keeps every other id."""
    digest = hashlib.sha1(f"{source}\x1f{sentence}\x1f{text}\x1f{occurrence}".encode()).hexdigest()
    return "c" + digest[:12]


def rows_from_doc(doc: Doc, offset: int, seen: dict[tuple[str, str], int]) -> list[dict]:
    """One row per quantity of a Doc that holds the block of an article starting
    at character `offset`. `seen` counts (sentence, text) pairs across the
    blocks of one article, so that repeated sentences get distinct ids.

    Rows depend on the article's text alone (so they can be cached by content);
    ``attach_source`` adds the source and the claim ids."""
    rows = []
    for _span, q, ctx in claim_contexts(doc):
        key = (ctx.sentence, q.text)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        flags = list(q.flags)
        if q.list_size > 1:
            flags.append(f"one of {q.list_size} listed values {format_number(q.list_low)}"
                         f"–{format_number(q.list_high)}")
        rows.append({
            "occurrence": occurrence,
            "start": q.start_char + offset,
            "end": q.end_char + offset,
            "text": q.text,
            "value_low": q.low,
            "value_high": q.high,
            "unit": q.unit,
            "kind": q.kind,
            "statistic": q.statistic,
            "bound": q.bound,
            "bound_type": q.bound_type,
            "measure": ctx.measure,
            "measure_key": ctx.measure_key,
            "population": ctx.population,
            "arm": ctx.arm,
            "phase": ctx.phase,
            "trial": ctx.trial,
            "design": ctx.design,
            "timepoint": ctx.timepoint,
            "hedge": ctx.hedge,
            "hedge_type": ctx.hedge_type,
            "subject": ctx.subject,
            "subject_names": ctx.names,
            "status": ctx.status,
            "role": "timepoint" if q.is_timepoint else "condition" if ctx.condition else (
                "change" if q.is_change else ""),
            "date": q.date,
            "currency": q.currency,
            "list_size": q.list_size,
            "list_low": q.list_low,
            "list_high": q.list_high,
            "relative": list(q.relative) if q.relative else None,
            "flags": "; ".join(flags),
            "sentence": ctx.sentence,
        })
    return rows


def claim_line_parts(row: dict) -> tuple[str, str]:
    """A claim's claims.csv line, rendered as to_csv_text renders it, without
    its agreeing_sources cell: the text before that cell and after it."""
    return csv_line(render_row(row, _BEFORE)), csv_line(render_row(row, _AFTER))


def claim_line(parts: list[str] | tuple[str, str], agreeing: int) -> str:
    return f"{parts[0]},{agreeing},{parts[1]}\n"


def attach_source(rows: list[dict], source: str) -> list[dict]:
    """The rows of one article with its source and their claim ids."""
    return [{**row, "source": source,
             "claim_id": claim_id(source, row["sentence"], row["text"], row["occurrence"])} for row in rows]


def apply_manifest(rows: list[dict], source: Source | None) -> list[dict]:
    """Adds an article's title, publisher and publication date to its rows, and
    resolves its relative dates ("next year", "last August", "Wednesday") and
    dates without a year against the publication date: the manifest's, or else
    the article's own dateline (a full date in its first lines). Without either
    they stay empty and are flagged (a date is never guessed from today's), and a
    month or weekday named without a year is dropped: it places nothing."""
    published, basis = (source.published_date, f"publication date {source.published}") \
        if source and source.published else _dateline(rows)
    out = []
    anchors = _dated_before(rows)
    for row, anchor in zip(rows, anchors, strict=True):
        row = {**row, "title": source.title if source else "", "publisher": source.publisher if source else "",
               "published": source.published if source else ""}
        flags = [f for f in (row.get("flags") or "").split("; ") if f]
        year = _year_near(anchor, row)
        if year is not None:
            month_day = f"-{row['relative'][2]:02d}" if row.get("relative") else row["date"][1:]
            row.update(value_low=float(year), value_high=float(year), date=f"{year:04d}{month_day}")
            flags.append(f"year taken from {anchor[1]}")
        elif row.get("relative"):
            resolved = resolve_relative(published, row["relative"]) if published else None
            if resolved is None and published is None and row["relative"][0] in NAMED_PERIODS:
                continue  # "in June" in an article with no date places nothing on the calendar
            if resolved is None:
                flags.append(_unresolved(published))
            else:
                year, iso = resolved
                # (a winter runs into the year after: "2024-12/2025-02")
                row.update(value_low=float(year), value_high=float(iso.split("/")[-1][:4]), date=iso)
                flags.append(f"resolved against {basis}")
        elif row.get("kind") == "date" and str(row.get("date") or "").startswith("--") and published:
            year = _year_of_month_day(published, row["date"], _in_a_forecast(row), _after_last(row))
            row.update(value_low=float(year), value_high=float(year), date=f"{year:04d}{row['date'][1:]}")
            flags.append(f"year taken from {basis}")
        row["flags"] = "; ".join(flags)
        out.append(row)
    return _with_year_referred_back(_with_as_of(_periods_in_order(out), published[0] if published else None))


_CALENDAR_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?$")  # not "2024-Q3", "--03-09"


def _dated_before(rows: list[dict]) -> list[tuple[datetime.date, str] | None]:
    """For each row, the last date with a stated year and month before it in
    its clause (as a day, and its text), if any: "filed in June 2024, and the
    decision is due June 20" gives the second clause no year."""
    anchors: list[tuple[datetime.date, str] | None] = []
    sentence, anchor, anchor_end = None, None, 0
    for row in rows:
        if row["sentence"] != sentence:
            sentence, anchor = row["sentence"], None
        start, end = place_in(row["sentence"], row)
        anchors.append(anchor if anchor and start >= anchor_end
                       and not CLAUSE_END.search(row["sentence"], anchor_end, start) else None)
        stated = _CALENDAR_DATE.match(str(row.get("date") or ""))
        if row.get("kind") == "date" and not row.get("relative") and stated and end >= 0:
            year, month, day = (int(g) if g else 1 for g in stated.groups())
            with contextlib.suppress(ValueError):  # a day no calendar has ("June 31") anchors nothing
                anchor, anchor_end = (datetime.date(year, month, day), row["text"]), end
    return anchors


def _year_near(anchor: tuple[datetime.date, str] | None, row: dict) -> int | None:
    """The year of a date given without one ("March 9", "in January") when its
    sentence gives a dated one just before it, within rules.NEAR_DATED_DAYS:
    "On March 3, 2025, ..., effective March 9" is of 2025 whatever the story's
    date. Months apart, a sentence may tell a sequence ("halted in November
    2024, resumed in February") or look back, and the story's date decides."""
    if anchor is None or row.get("kind") != "date":
        return None
    relative = row.get("relative")
    if relative and relative[0] == "month-of-year" and relative[1] in {"latest", "coming"}:
        month, day = relative[2], None  # not "last December", "December of next year": the story's
    elif not relative and str(row.get("date") or "").startswith("--"):
        month, day = int(row["date"][2:4]), int(row["date"][5:7])
    else:
        return None
    for year in (anchor[0].year, anchor[0].year + 1, anchor[0].year - 1):
        with contextlib.suppress(ValueError):
            first, last = datetime.date(year, month, day or 1), datetime.date(year, month, day or 28)
            if min(abs((first - anchor[0]).days), abs((last - anchor[0]).days)) <= rules.NEAR_DATED_DAYS:
                return year
    return None


def _periods_in_order(rows: list[dict]) -> list[dict]:
    """A period's start given without a year ("between Jan. 5 and July 20") is
    not after its end: when the year taken for it puts it there, the year before."""
    for first, second in pairwise(rows):
        if first.get("kind") != "date" or second.get("kind") != "date" or first["sentence"] != second["sentence"] \
                or "year taken from" not in (first.get("flags") or "") or not first.get("date"):
            continue
        gap = _text_between(first, second)
        if gap is None or not rules.PERIOD_JOINER.fullmatch(gap) or not second.get("date") \
                or first["date"][:10] <= second["date"][:10].ljust(len(first["date"][:10]), "9"):
            continue
        year = int(first["date"][:4]) - 1
        first.update(value_low=float(year), value_high=float(year), date=f"{year:04d}{first['date'][4:]}")
    return rows


def _text_between(first: dict, second: dict) -> str | None:
    """The sentence's text between two claims of it, or None when it cannot be placed."""
    at = first["sentence"].find(first["text"])
    if at < 0:
        return None
    gap = int(second["start"]) - int(first["end"])
    return first["sentence"][at + len(first["text"]):at + len(first["text"]) + gap] if gap >= 0 else None



def _in_a_forecast(row: dict) -> bool:
    """Whether a date's clause is a forecast's, the date after its cue (extract.dates.forecast_clause)."""
    at = place_in(row["sentence"], row)[0]
    return at >= 0 and forecast_clause(row["sentence"].lower(), 0, len(row["sentence"]), at)


def _after_last(row: dict) -> bool:
    """Whether a date given without its year follows "last" ("he announced
    last April 2"): the latest such day before the story."""
    at = place_in(row["sentence"], row)[0]
    return at > 0 and row["sentence"][:at].rstrip().lower().endswith(" last")


def _year_of_month_day(published: tuple[int, int | None, int | None], month_day: str, forecast: bool,
                       past: bool = False) -> int:
    """The year of a date given without one ("--12-20" for "on Dec. 20"): the
    one nearest the publication date ("approved on Dec. 20" in a story of January
    22, 2025 is December 20, 2024), the nearest not before it in a forecast.
    Outside a forecast, a date more than rules.MONTH_DAY_AHEAD_DAYS ahead of the
    story is last year's: stories tell what happened, and the coming dates they
    name are near ("rose from 40 as of Aug. 16" in February is last August's)."""
    year, month, day = published
    if month is None:
        return year
    when = datetime.date(year, month, day or 1)
    named_month, named_day = int(month_day[2:4]), int(month_day[5:7])
    candidates = []
    for y in (year - 1, year, year + 1):
        try:
            candidates.append((datetime.date(y, named_month, named_day), y))
        except ValueError:  # February 29 of a common year
            continue
    if past:
        candidates = [c for c in candidates if c[0] < when] or candidates
    elif forecast:
        candidates = [c for c in candidates if c[0] >= when] or candidates
    else:
        candidates = [c for c in candidates if (c[0] - when).days <= rules.MONTH_DAY_AHEAD_DAYS] or candidates
    return min(candidates, key=lambda c: abs((c[0] - when).days))[1]


def _with_as_of(rows: list[dict], this_year: int | None = None) -> list[dict]:
    """Each claim's as-of dates (frames.as_of_dates): from the resolved date
    claims, the bare years of its sentence and, when the article's year is
    known, its "this year"s. Two figures given for different dates are
    different quantities."""
    by_sentence: dict[str, list[dict]] = {}
    for row in rows:
        by_sentence.setdefault(row["sentence"], []).append(row)
    for sentence, group in by_sentence.items():
        years = frames.years_in(sentence) + _this_years_in(sentence, this_year)
        if not years and not any(r.get("kind") == "date" for r in group):
            for row in group:
                row["as_of"] = ""  # most sentences: nothing dates them
            continue
        places = {id(row): place_in(sentence, row) for row in group}
        dates = [(*places[id(r)], frames.part_of_month(r["text"], str(r["date"]))) for r in group
                 if r.get("kind") == "date" and r.get("date") and not str(r["date"]).startswith("--")
                 and places[id(r)][0] >= 0]
        dates += [y for y in years if not any(d[0] < y[1] and y[0] < d[1] for d in dates)]
        for row in group:
            start, end = places[id(row)]
            row["as_of"] = "" if row.get("kind") == "date" or start < 0 else \
                " ".join(frames.as_of_dates(sentence, start, end, dates, trailing_since=row.get("kind") != "count"))
    return rows


def _this_years_in(sentence: str, year: int | None) -> list[tuple[int, int, str]]:
    """Where a sentence says "this year" (rules.THIS_YEAR_CUES), as dates of the
    article's year: "the cap is $3,300 this year and falls to $2,000 in 2025"
    gives $3,300 its article's year, not 2025."""
    if year is None:
        return []
    return [(m.start(), m.end(), f"{year:04d}") for m in _THIS_YEAR.finditer(sentence)]


_THIS_YEAR = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.THIS_YEAR_CUES)) + r")\b", re.I)


def _with_year_referred_back(rows: list[dict]) -> list[dict]:
    """A sentence opening "A year earlier," gives its undated figures the year
    before the one year the sentence before it gives ("60 countries reported
    6,028 deaths last year. A year earlier, 45 had reported 4,007.")."""
    sentences: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: r["start"]):
        sentences.setdefault(row["sentence"], []).append(row)
    year_before = None
    for sentence, group in sentences.items():
        if year_before is not None and frames.refers_to_the_year_before(sentence):
            for row in group:
                if row.get("kind") != "date" and not row.get("as_of"):
                    row["as_of"] = str(year_before - 1)
        year_before = _one_year(group)
    return rows


def _one_year(group: list[dict]) -> int | None:
    """The one year a sentence's claims are dated to or name, if one."""
    years = {str(r.get("date") or "")[:4] for r in group if r.get("kind") == "date"} \
        | {d[:4] for r in group for d in str(r.get("as_of") or "").split()}
    years = {y for y in years if y.isdigit()}
    return int(years.pop()) if len(years) == 1 else None


def place_in(sentence: str, row: dict) -> tuple[int, int]:
    """Where a claim's text is in its sentence: its occurrence-th appearance
    there (rows count the claims of one sentence and text), else its first."""
    text = row["text"]
    found = -1
    for _ in range(int(row.get("occurrence") or 0) + 1):
        nxt = find_whole(sentence, text, found + 1)
        if nxt < 0:
            break
        found = nxt
    return (found, found + len(text)) if found >= 0 else (-1, -1)


def _unresolved(published) -> str:
    if published is None:
        return "not resolved: publication date unknown"
    return "not resolved: publication " + ("month" if published[1] is None else "day") + " unknown"


# Relative dates that name a month or weekday: kept only when the article can be dated.
NAMED_PERIODS = {"month-of-year", "weekday"}
# A dateline sits in an article's first lines: a full date (year, month and day)
# starting within this many characters, alone on its line or in a short byline
# or "Published" line.
DATELINE_REACH = 600
DATELINE_MAX_WORDS = 12


def _dateline(rows: list[dict]) -> tuple[tuple[int, int, int] | None, str]:
    """The article's own publication date, from a dateline near its top."""
    for row in sorted(rows, key=lambda r: r.get("start", DATELINE_REACH)):
        if row.get("start", DATELINE_REACH) >= DATELINE_REACH:
            continue
        iso = str(row.get("date") or "")
        if row.get("kind") == "date" and len(iso) == 10 and not iso.startswith("-") \
                and len(str(row.get("sentence") or "").split()) <= DATELINE_MAX_WORDS:
            year, month, day = (int(p) for p in iso.split("-"))
            return (year, month, day), f"dateline {iso}"
    return None, ""


def sort_rows(rows: Iterable[dict]) -> list[dict]:
    """Rows in the order of claims.csv: by source, then start."""
    return sorted(rows, key=lambda r: (r["source"], r["start"], r["end"], r["claim_id"]))


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """The claims table of rows already in order (``sort_rows``)."""
    import pandas as pd

    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=CLAIM_COLUMNS + ["list_low", "list_high", "relative"])
    for col in CLAIM_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    return frame
