"""Writing the tables: atomically, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.numbers import format_number

# pandas is imported where a DataFrame is rendered: importing it costs ~0.3 s
# of CPU, and a scan writes its lines without one
if TYPE_CHECKING:
    import pandas as pd

# OWASP CSV injection: a cell that starts with one of these is run as a formula
# by spreadsheet programs. Text cells get a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def render_cell(value, numeric: bool) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN: an empty cell
        return ""
    if numeric:
        return format_number(float(value))
    return neutralize(str(value))


# integers this small are exactly floats: format_number(float(n)) is str(n)
_EXACT_INT = 2**53


def render_row(row: dict, columns: list[tuple[str, bool]]) -> list[str]:
    """render_cell of each (column, numeric) of a row (a missing column is
    empty). Text and small integers, most cells, are rendered inline: a call
    per cell was a tenth of writing the lines of a cold scan."""
    cells = []
    for column, numeric in columns:
        value = row.get(column)
        kind = value.__class__
        if kind is str and not numeric:
            cells.append("'" + value if value.startswith(FORMULA_STARTS) else value)
        elif kind is int and -_EXACT_INT < value < _EXACT_INT:
            cells.append(str(value) if numeric else neutralize(str(value)))
        else:
            cells.append(render_cell(value, numeric))
    return cells


def _render_column(values: pd.Series, numeric: bool) -> list[str]:
    import pandas as pd

    if numeric:
        numbers = pd.to_numeric(values, errors="coerce").astype(float).reset_index(drop=True)
        whole = numbers.notna() & (numbers == numbers.round()) & (numbers.abs() < 1e15)
        out = pd.Series([""] * len(numbers), dtype=object)
        out[whole] = numbers[whole].astype("int64").astype(str)
        rest = numbers.notna() & ~whole
        if rest.any():
            out[rest] = [format_number(v) for v in numbers[rest].tolist()]
        return out.tolist()
    # inline rather than a call per cell: this loop runs for every text cell
    return [("'" + v if v.startswith(FORMULA_STARTS) else v) if isinstance(v, str)
            else ("" if v is None or v != v else neutralize(str(v)))
            for v in values.tolist()]


class _LineWriter:
    """csv.writer for one line at a time, on a reused buffer."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        # the line end the files use: csv quotes a cell holding one of its
        # characters, and a sentence read across a hard line break holds "\n"
        self.writer = csv.writer(self.buffer, lineterminator="\n")

    def line(self, cells: list[str]) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(cells)
        return self.buffer.getvalue()[:-1]


_line_writer = _LineWriter()


def csv_line(cells: list[str]) -> str:
    """One CSV line (no line end) of rendered cells, quoted as to_csv_text quotes them."""
    return _line_writer.line(cells)


def to_csv_text(frame: pd.DataFrame, columns: list[str], numeric: set[str]) -> str:
    """The table as CSV text: numbers plain (a negative stays a number), every
    text cell neutralized, Unix line ends. Rendered column by column: per-cell
    rendering dominated re-scans of large corpora."""
    rendered = [_render_column(frame[c], c in numeric) for c in columns]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(zip(*rendered, strict=True))
    return buf.getvalue()


def write_atomic(files: dict[Path, str | bytes]) -> None:
    """Write every file (text as UTF-8) to a temporary file beside it, and only
    when all are written, rename each over its target: an interrupted or failed
    scan leaves the previous files as they were."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():
                raise IsADirectoryError(21, "Is a directory", str(path))
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as f:
                f.write(content.encode("utf-8") if isinstance(content, str) else content)
                f.flush()
                os.fsync(f.fileno())
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
