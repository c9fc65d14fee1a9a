"""Writing the tables as Parquet, in parts, for a cluster's downstream jobs
(``claimcheck scan --engine dask --format parquet``).

A table is a folder of part files (``part-00000.parquet``, ...) holding the
cells of the CSV file it stands for, in its order: text columns as strings
(formula-neutralized as in the CSV), number columns as float64. The folder is
written beside its target under a temporary name and moved into place when
complete, so a failed scan leaves the previous folder as it was. Needs pyarrow
(the dask extra); folders may be fsspec URLs.
"""

from __future__ import annotations

import io
import secrets

import fsspec
import pandas as pd

# Rows per part file of the conflicts table (the claims table has one part per
# partition of articles).
ROWS_PER_PART = 1_000_000


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def frame_of_csv(csv_bytes: bytes, numeric: set[str]) -> pd.DataFrame:
    """A CSV table (header line first) as a DataFrame of its cells."""
    frame = pd.read_csv(io.BytesIO(csv_bytes), dtype=str, keep_default_na=False)
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype("float64")
    return frame


def write_part(frame: pd.DataFrame, folder: str, index: int) -> None:
    with fsspec.open(f"{folder.rstrip('/')}/{part_name(index)}", "wb") as f:
        frame.to_parquet(f, index=False, engine="pyarrow")


def write_frame(frame: pd.DataFrame, folder: str) -> None:
    """A table in parts of at most ROWS_PER_PART rows (one part if it is empty)."""
    for index, start in enumerate(range(0, max(len(frame), 1), ROWS_PER_PART)):
        write_part(frame.iloc[start:start + ROWS_PER_PART], folder, index)


def staging_folder(target: str) -> str:
    """A new folder beside `target` to write its parts into."""
    folder = f"{target.rstrip('/')}.tmp-{secrets.token_hex(4)}"
    fs, path = fsspec.core.url_to_fs(folder)
    fs.makedirs(path, exist_ok=True)
    return folder


def move_into_place(staged: str, target: str) -> None:
    """Replaces the folder `target` by the complete folder `staged`."""
    fs, target_path = fsspec.core.url_to_fs(target.rstrip("/"))
    _, staged_path = fsspec.core.url_to_fs(staged)
    if fs.exists(target_path):
        fs.rm(target_path, recursive=True)
    fs.mv(staged_path, target_path, recursive=True)


def discard(staged: str) -> None:
    fs, path = fsspec.core.url_to_fs(staged)
    if fs.exists(path):
        fs.rm(path, recursive=True)
