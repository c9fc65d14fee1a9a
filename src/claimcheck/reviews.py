"""Reviewers' decisions on conflicts, kept in ``CORPUS/reviews.csv``.

A decision (confirmed, dismissed, fixed) is recorded once with ``claimcheck
review`` and applied by every scan after the conflict stage: conflicts.csv gets
a ``review`` and a ``review_note`` column, and dismissed conflicts leave the
terminal summary and ``--fail-on-conflict``. Decisions change without a re-scan
of any article, so they are never part of the scan state: they are read afresh
each time.

The file is CSV a person can edit: a first line naming its format, then a header
and one line per conflict. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.output import FORMULA_STARTS, csv_line, neutralize, render_cell, write_atomic
from claimcheck.reader import CorpusError, Problem

if TYPE_CHECKING:
    import pandas as pd

    from claimcheck.api import ScanResult

REVIEWS_NAME = "reviews.csv"
FORMAT_VERSION = 1
FORMAT_LINE = f"# claimcheck reviews format {FORMAT_VERSION}"
_FORMAT_RE = re.compile(r"^#\s*claimcheck reviews format (\d+)\s*$")
COLUMNS = ["conflict_id", "decision", "note", "date"]
DECISIONS = ("confirmed", "dismissed", "fixed")
# the columns a scan appends to conflicts.csv, after the conflict stage's own
REVIEW_COLUMNS = ["review", "review_note"]
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ReviewsError(CorpusError):
    """reviews.csv cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Decision:
    conflict_id: str
    decision: str  # one of DECISIONS
    note: str = ""
    date: str = ""  # YYYY-MM-DD, when it was recorded


def reviews_path(corpus: Path) -> Path:
    return corpus / REVIEWS_NAME


def load_reviews(corpus: Path) -> dict[str, Decision]:
    """The decisions recorded for `corpus`, by conflict id (none without a file).
    Raises ReviewsError for a file that cannot be read, is damaged, or was
    written by a newer claimcheck."""
    path = reviews_path(corpus)
    if not path.exists():
        return {}
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ReviewsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ReviewsError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return parse_reviews(text, path)


def parse_reviews(text: str, path: Path) -> dict[str, Decision]:
    if "\x00" in text:
        raise ReviewsError(f"{path}: NUL bytes: not a reviews file")
    rows = csv.reader(io.StringIO(text, newline=""))
    _check_format_line(next(rows, []), path)
    decisions: dict[str, Decision] = {}
    first_line: dict[str, int] = {}
    header = None
    try:
        for row in rows:
            if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue  # blank lines and comments, for people editing the file
            if header is None:
                header = _check_header(row, path, rows.line_num)
                continue
            decision = _decision(row, path, rows.line_num)
            if decision.conflict_id in decisions:
                raise ReviewsError(f"{path}: line {rows.line_num}: a second decision for {decision.conflict_id} "
                                   f"(the first is on line {first_line[decision.conflict_id]})")
            decisions[decision.conflict_id] = decision
            first_line[decision.conflict_id] = rows.line_num
    except csv.Error as exc:
        raise ReviewsError(f"{path}: line {rows.line_num}: not CSV ({exc})") from None
    return decisions


def _check_format_line(row: list[str], path: Path) -> None:
    found = _FORMAT_RE.match(",".join(row).strip())
    if not found:
        raise ReviewsError(f"{path}: line 1 is not '{FORMAT_LINE}': not a claimcheck reviews file")
    version = int(found.group(1))
    if version > FORMAT_VERSION:
        raise ReviewsError(f"{path}: format {version} is from a newer claimcheck (this one reads format "
                           f"{FORMAT_VERSION}); upgrade claimcheck")
    if version < 1:
        raise ReviewsError(f"{path}: line 1: no format {version}")


def _check_header(row: list[str], path: Path, line: int) -> list[str]:
    header = [cell.strip() for cell in row]
    if header != COLUMNS:
        raise ReviewsError(f"{path}: line {line}: the header must be {','.join(COLUMNS)}")
    return header


def _decision(row: list[str], path: Path, line: int) -> Decision:
    if len(row) > len(COLUMNS):
        raise ReviewsError(f"{path}: line {line}: {len(row)} fields, expected {len(COLUMNS)}")
    conflict_id, decision, note, date = [cell.strip() for cell in row] + [""] * (len(COLUMNS) - len(row))
    if not conflict_id or any(c.isspace() for c in conflict_id):
        raise ReviewsError(f"{path}: line {line}: {conflict_id!r} is not a conflict id")
    if decision.lower() not in DECISIONS:
        raise ReviewsError(f"{path}: line {line}: decision {decision!r} is not one of {', '.join(DECISIONS)}")
    if date and not _valid_date(date):
        raise ReviewsError(f"{path}: line {line}: date {date!r} is not YYYY-MM-DD")
    return Decision(conflict_id, decision.lower(), _plain(note), date)


def _valid_date(text: str) -> bool:
    try:
        return bool(_DATE_RE.match(text)) and dt.date.fromisoformat(text) is not None
    except ValueError:
        return False


def _plain(cell: str) -> str:
    """A cell as written before neutralize() guarded it for spreadsheets."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1:].startswith(FORMULA_STARTS) else cell


def render_reviews(decisions: Iterable[Decision]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    buf.write(FORMAT_LINE + "\n")
    writer.writerow(COLUMNS)
    for d in decisions:
        writer.writerow([d.conflict_id, d.decision, neutralize(d.note), d.date])
    return buf.getvalue()


def record_decision(corpus: Path, decision: Decision) -> Decision | None:
    """Writes `decision` into the corpus's reviews.csv (atomically), replacing
    an earlier decision on the same conflict, which is returned."""
    decisions = load_reviews(corpus)
    before = decisions.get(decision.conflict_id)
    decisions[decision.conflict_id] = decision
    write_atomic({reviews_path(corpus): render_reviews(decisions.values())})
    return before


# -- applying decisions to a scan ------------------------------------------------------


def apply_reviews(result: ScanResult, decisions: dict[str, Decision]) -> ScanResult:
    """The scan with its decisions: conflicts.csv with REVIEW_COLUMNS, each
    conflict record with its ``conflict_id`` and ``review``, and a problem per
    decision whose conflict this scan did not find at all (one found but cut by
    --min-confidence or --min-severity is not stale)."""
    header = result.conflicts_csv.split(b"\n", 1)[0].decode("utf-8")
    lines = [(csv_line(header.split(",") + REVIEW_COLUMNS) + "\n").encode()]
    records = []
    no_review = b"," + csv_line(["", ""]).encode() + b"\n"
    for record in result.conflict_records:
        # conflicts.csv is its header and each record's line: a line's first
        # cell is its id (a plain word), and the review cells go after its last
        line = record["_line"]
        conflict = line[:line.index(b",")].decode()
        decision = decisions.get(conflict)
        review, note = (decision.decision, decision.note) if decision else ("", "")
        lines.append(line[:-1] + (b"," + _review_cells(review, note) if decision else no_review))
        # copies: the records also live in the scan state, which decisions never reach
        records.append({**record, "conflict_id": conflict, "review": review})
    found = {r["conflict_id"] for r in records} | result.found_conflict_ids
    stale = [Problem(REVIEWS_NAME, f"decision '{d.decision}' on {d.conflict_id} is stale: this scan found no "
                                   "such conflict (delete its line to forget it)")
             for d in decisions.values() if d.conflict_id not in found]
    return replace(result, conflict_records=records, reviews=dict(decisions), conflicts_csv=b"".join(lines),
                   problems=result.problems + stale)


def _review_cells(review: str, note: str) -> bytes:
    return (csv_line([render_cell(review, False), render_cell(note, False)]) + "\n").encode("utf-8", "surrogatepass")


def with_review_columns(frame: pd.DataFrame, decisions: dict[str, Decision]) -> pd.DataFrame:
    """The conflicts table with REVIEW_COLUMNS, as conflicts.csv has them."""
    found = [decisions.get(cid) for cid in frame["conflict_id"]]
    return frame.assign(review=[d.decision if d else "" for d in found],
                        review_note=[d.note if d else "" for d in found])
