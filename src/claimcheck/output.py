"""Writing the tables: atomically, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pandas as pd

from claimcheck.numbers import format_number

# OWASP CSV injection: a cell that starts with one of these is run as a formula
# by spreadsheet programs. Text cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def render_cell(value, numeric: bool) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if numeric:
        return format_number(float(value))
    return neutralize(str(value))


def to_csv_text(frame: pd.DataFrame, columns: list[str], numeric: set[str]) -> str:
    """The table as CSV text: numbers plain (a negative stays a number), every
    text cell neutralized, Unix line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in frame[columns].itertuples(index=False, name=None):
        writer.writerow([render_cell(v, c in numeric) for v, c in zip(row, columns)])
    return buf.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename over it: an
    interrupted write leaves the previous file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
