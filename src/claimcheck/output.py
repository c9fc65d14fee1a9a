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
        writer.writerow([render_cell(v, c in numeric) for v, c in zip(row, columns, strict=False)])
    return buf.getvalue()


def write_atomic(files: dict[Path, str]) -> None:
    """Write every file to a temporary file beside it, and only when all are
    written, rename each over its target: an interrupted or failed scan leaves
    the previous files as they were."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                raise IsADirectoryError(21, "Is a directory", str(path))
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
