"""``claimcheck scan --engine dask``: the scan on a Dask cluster (dask.distributed).

Extraction is a map over partitions of articles: each worker reads its
articles (from a local folder, or from any fsspec URL such as ``s3://...``),
extracts their claims with its own pipeline and makes each article's scan-state
entry, as the local engine does. The conflict stage is a shuffle of the
compared claims by block key, then a compare of each block on the worker that
holds it; the driver merges the blocks' results and writes both CSV files.
Every step is one of the local engine's functions, so the outputs are the same
bytes. Nothing is cached: this engine neither reads nor writes
``.claimcheck-cache``.

Imported only for ``--engine dask``: the default install does not have Dask.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

import dask
import dask.bag as db
import fsspec
import pandas as pd
from dask.distributed import Client, LocalCluster

from claimcheck import parquet
from claimcheck.api import ScanResult, each_alone_on_failure, extract_many, failure_note
from claimcheck.claims import CLAIM_COLUMNS, CLAIM_NUMERIC, apply_manifest, attach_source, sort_rows
from claimcheck.comparable import Comparable
from claimcheck.conflicts import (
    CONFLICT_COLUMNS,
    CONFLICT_NUMERIC,
    BlockResult,
    ConflictSettings,
    Evidence,
    compare_block,
    conflict_record,
    conflicts_frame,
    merge_blocks,
)
from claimcheck.corpus import MANIFEST_NAME, Source, load_manifest
from claimcheck.output import csv_line, render_cell
from claimcheck.pipeline import build_pipeline
from claimcheck.reader import ARTICLE_SUFFIXES, CorpusError, Problem, decode, find_articles, read_article
from claimcheck.reviews import apply_reviews, load_reviews
from claimcheck.state import ArticleEntry, article_entry, manifest_fingerprint

# Articles per partition of the map: large enough that a task's overhead (a few
# ms) is small against extracting it (about 10 ms per article), small enough
# that every worker gets many tasks.
ARTICLES_PER_PARTITION = 64
# Partitions per worker at least, so that a slow partition does not hold up the rest.
PARTITIONS_PER_WORKER = 4


@dataclass(frozen=True)
class Job:
    """One article for a worker: where to read it, and its manifest row."""
    source: str  # path relative to the corpus
    location: str  # a local path, or an fsspec URL
    manifest: Source | None


@dataclass
class Outcome:
    """What a worker made of one article: its entry, or why it could not be read."""
    source: str
    entry: ArticleEntry | None
    problems: list[str]
    read: bool = False  # whether it was read (an article of the scan)
    claims: int = 0


# -- listing the corpus ------------------------------------------------------------------

def is_url(corpus: str) -> bool:
    return "://" in str(corpus)


def list_jobs(corpus: str | Path) -> tuple[list[Job], list[Problem]]:
    """The articles of a local folder or an fsspec URL, in corpus order, with
    their manifest rows; the problems of listing them and of the manifest."""
    if is_url(corpus):
        paths, problems, sources = _list_url(str(corpus))
    else:
        base = Path(corpus)
        found, problems = find_articles(base)
        folder = base if base.is_dir() else base.parent
        rel = {p: _relative(p, folder) for p in found}
        paths = [(rel[p], str(p)) for p in found]
        sources, manifest_problems = load_manifest(folder)
        problems += manifest_problems
    if not paths:
        raise CorpusError(f"{corpus}: no articles (.txt or .md files) found")
    return [Job(source, location, sources.get(source)) for source, location in paths], problems


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


def _list_url(url: str) -> tuple[list[tuple[str, str]], list[Problem], dict[str, Source]]:
    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    if not fs.exists(root):
        raise CorpusError(f"{url}: no such folder")
    if fs.isfile(root):
        name = PurePosixPath(root).name
        if PurePosixPath(name).suffix.lower() not in ARTICLE_SUFFIXES:
            raise CorpusError(f"{url}: not a folder of articles (.txt or .md)")
        return [(name, fs.unstrip_protocol(root))], [], {}
    found = []
    for path in fs.find(root):
        rel = path[len(root):].lstrip("/")
        parts = rel.split("/")
        if any(p.startswith(".") for p in parts) or PurePosixPath(rel).suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        found.append((rel, fs.unstrip_protocol(path)))
    found.sort()
    sources, problems = _url_manifest(fs, root)
    return found, problems, sources


def _url_manifest(fs, root: str) -> tuple[dict[str, Source], list[Problem]]:
    """The manifest of a corpus at a URL, read as a local one is."""
    path = f"{root}/{MANIFEST_NAME}"
    if not fs.exists(path):
        return {}, []
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, MANIFEST_NAME).write_bytes(fs.cat_file(path))
        return load_manifest(Path(tmp))


# -- the map: extraction on the workers ------------------------------------------------

_pipelines: dict[str | None, object] = {}


def _pipeline(model: str | None):
    """The worker's pipeline, built on its first partition."""
    if model not in _pipelines:
        _pipelines[model] = build_pipeline(model)
    return _pipelines[model]


def _read(job: Job) -> tuple[str, tuple[str, ...]]:
    if not is_url(job.location):
        article = read_article(Path(job.location), Path(job.location).parent)
        return article.text, article.notes
    try:
        with fsspec.open(job.location, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise ValueError(f"cannot read ({exc.strerror or exc})") from None
    text, _, notes = decode(data)
    return text, notes


def extract_partition(jobs: list[Job], model: str | None) -> list[Outcome]:
    """Reads and extracts a partition's articles, all in one ``nlp.pipe`` stream
    (each alone when that fails: an article claimcheck fails on is a problem
    of its own, never the partition's)."""
    outcomes: list[Outcome] = []
    readable: list[tuple[Outcome, Job, str]] = []
    for job in jobs:
        try:
            text, notes = _read(job)
        except ValueError as exc:
            outcomes.append(Outcome(job.source, None, [str(exc)]))
            continue
        outcome = Outcome(job.source, None, list(notes), read=True)
        outcomes.append(outcome)
        readable.append((outcome, job, text))
    found = each_alone_on_failure(lambda texts: extract_many(_pipeline(model), texts),
                                  [text for _, _, text in readable]) if readable else []
    for (outcome, job, _), rows in zip(readable, found, strict=True):
        try:
            if isinstance(rows, Exception):
                raise rows
            full_rows = sort_rows(apply_manifest(attach_source(rows, job.source), job.manifest))
        except Exception as exc:  # noqa: BLE001 - a failure on one article never stops the others
            outcome.problems.append(failure_note(exc))
            outcome.read = False  # left out, as the local engine leaves it out
            continue
        outcome.entry = article_entry(job.source, full_rows, [], False, "", manifest_fingerprint(job.manifest),
                                      outcome.problems)
        outcome.claims = len(full_rows)
    return outcomes


# -- the shuffle and the per-block compare ---------------------------------------------

def block_members(outcomes: list[Outcome]) -> list[tuple[int, str, Comparable]]:
    """(bucket, block key, claim) of every compared claim of a partition. The
    bucket is a stable hash of the block key (Python's own string hash differs
    between processes); a bucket may hold more than one block."""
    out = []
    for outcome in outcomes:
        if outcome.entry is None:
            continue
        for key, index in outcome.entry.blocks:
            out.append((zlib.crc32(key.encode("utf-8", "surrogatepass")), key, outcome.entry.comparable(index)))
    return out


def _bucket(member: tuple[int, str, Comparable]) -> int:
    return member[0]


def conflict_line(record: dict) -> bytes:
    """A conflict's conflicts.csv line, as the local engine renders it."""
    cells = [render_cell(record[c], c in CONFLICT_NUMERIC) for c in CONFLICT_COLUMNS]
    return (csv_line(cells) + "\n").encode("utf-8", "surrogatepass")


def _with_line(a: Comparable, b: Comparable, evidence: Evidence) -> dict:
    record = conflict_record(a, b, evidence)
    record["_line"] = conflict_line(record)
    return record


def compare_bucket(group: tuple[int, list[tuple[int, str, Comparable]]],
                   settings: ConflictSettings) -> list[BlockResult]:
    """The results of the blocks of one bucket, each block in claims.csv order."""
    blocks: dict[str, list[Comparable]] = {}
    for _, key, claim in group[1]:
        blocks.setdefault(key, []).append(claim)
    return [compare_block(sorted(members, key=lambda c: c.order), settings, _with_line)
            for members in blocks.values() if len(members) > 1]


# -- the scan --------------------------------------------------------------------------

@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[object]:
    """A client of the cluster at `scheduler`, or of a local cluster of
    `workers` processes started for this scan."""
    if scheduler:
        try:
            client = Client(scheduler)
        except OSError as exc:  # refused, unknown host, timed out
            raise CorpusError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    # the workers' own warnings (tasks cancelled when a scan is interrupted) are not the user's business
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def scan_dask(corpus: str | Path, model: str | None = None, settings: ConflictSettings | None = None,
              jobs: int = 1, scheduler: str | None = None, client=None, parquet_out: str | None = None) -> ScanResult:
    """What ``api.scan`` does, on Dask: on the cluster at `scheduler`, on
    `client`'s cluster, or on a local cluster of `jobs` worker processes.
    With `parquet_out` (a folder or an fsspec URL) the workers write the
    claims table as Parquet parts into ``claims.parquet/`` there, and the
    conflicts go to ``conflicts.parquet/``; the result then holds no CSV bytes.
    Raises CorpusError as ``scan`` does."""
    settings = settings or ConflictSettings()
    job_list, problems = list_jobs(corpus)
    # a local corpus's review decisions apply as in a local scan (read first: a damaged file stops it)
    decisions = {} if is_url(str(corpus)) else load_reviews(Path(corpus))
    if client is not None:
        found = _run(client, job_list, model, settings, parquet_out)
    else:
        with dask_client(scheduler, max(1, jobs)) as own:
            found = _run(own, job_list, model, settings, parquet_out)
    result = apply_reviews(_result(*found, problems, settings, parquet_out), decisions)
    if parquet_out is None:
        return result
    _write_conflicts_parquet(result.conflicts_csv, parquet_out)
    return replace(result, conflicts_csv=b"")


def _write_conflicts_parquet(conflicts_csv: bytes, out: str) -> None:
    """conflicts.parquet/ in `out` (with the review columns), moved into place once complete."""
    target = f"{out.rstrip('/')}/conflicts.parquet"
    staged = parquet.staging_folder(target)
    try:
        parquet.write_frame(parquet.frame_of_csv(conflicts_csv, CONFLICT_NUMERIC), staged)
        parquet.move_into_place(staged, target)
    finally:
        parquet.discard(staged)


def _quiet_teardown() -> None:
    """An interrupted scan's cancelled tasks and futures are expected: their
    reports would bury the one line that says the scan was interrupted."""
    for name in ("asyncio", "distributed", "tornado"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _compute(*collections):
    try:
        return dask.compute(*collections)
    except KeyboardInterrupt:
        _quiet_teardown()  # before the cluster is torn down
        raise


def _run(client, job_list: list[Job], model: str | None, settings: ConflictSettings,
         parquet_out: str | None) -> tuple[list[Outcome], list[dict], dict, set[str]]:
    """The articles' outcomes (in corpus order), the conflict records, the
    agreeing sources and the ids of every conflict found (before the cuts)."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    partitions = max(workers * PARTITIONS_PER_WORKER, math.ceil(len(job_list) / ARTICLES_PER_PARTITION))
    articles = db.from_sequence(job_list, npartitions=min(partitions, len(job_list)))
    extracted = articles.map_partitions(extract_partition, model).persist()
    members = extracted.map_partitions(block_members)
    blocks = members.groupby(_bucket, shuffle="tasks").map(compare_bucket, settings).flatten()
    if parquet_out is None:
        outcomes, results = _compute(extracted, blocks)
        found: set[str] = set()
        records, agree = merge_blocks(list(results), settings, found)
        return list(outcomes), records, agree, found
    # the entries stay on the workers, which write the claims table from them
    outcomes, results = _compute(extracted.map_partitions(_without_entries), blocks)
    found = set()
    records, agree = merge_blocks(list(results), settings, found)
    _write_claims_parquet(client, extracted, agree, parquet_out)
    return list(outcomes), records, agree, found


def _without_entries(outcomes: list[Outcome]) -> list[Outcome]:
    return [Outcome(o.source, None, o.problems, o.read, o.claims) for o in outcomes]


def _claims_header() -> bytes:
    return (",".join(CLAIM_COLUMNS) + "\n").encode()


def _conflicts_header() -> bytes:
    return (",".join(CONFLICT_COLUMNS) + "\n").encode()


def _write_claims_part(outcomes: list[Outcome], counts: dict[str, int], folder: str, index: int) -> None:
    lines = _claims_header() + b"".join(o.entry.claims_csv(counts) for o in outcomes if o.entry is not None)
    parquet.write_part(parquet.frame_of_csv(lines, CLAIM_NUMERIC), folder, index)


def _write_claims_parquet(client, extracted, agree: dict, out: str) -> None:
    """claims.parquet/ in `out` (a part per partition, written by the workers),
    moved into place once complete."""
    counts = client.scatter({claim: len(agreeing) for claim, agreeing in agree.items()}, broadcast=True)
    target = f"{out.rstrip('/')}/claims.parquet"
    staged = parquet.staging_folder(target)
    try:
        _compute(*[dask.delayed(_write_claims_part)(part, counts, staged, i)
                   for i, part in enumerate(extracted.to_delayed())])
        parquet.move_into_place(staged, target)
    finally:
        parquet.discard(staged)


def _result(outcomes: list[Outcome], records: list[dict], agree: dict, found: set[str], problems: list[Problem],
            settings: ConflictSettings, parquet_out: str | None) -> ScanResult:
    """The scan's result from the articles' outcomes (in corpus order) and the
    conflict stage's: both CSV files, unless the tables went to Parquet."""
    counts = {claim: len(agreeing) for claim, agreeing in agree.items()}
    entries = []
    for outcome in outcomes:
        problems.extend(Problem(outcome.source, p) for p in outcome.problems)
        if outcome.entry is not None:
            entries.append(outcome.entry)
    claims_csv = b""
    if parquet_out is None:
        claims_csv = b"".join([_claims_header()] + [e.claims_csv(counts) for e in entries])
    # the conflicts are written after the review decisions are applied (scan_dask)
    conflicts_csv = b"".join([_conflicts_header()] + [r["_line"] for r in records])

    def load_claims() -> pd.DataFrame:
        # the rows stay on the workers: the table is read back from what was written
        if parquet_out is not None:
            return pd.read_parquet(f"{parquet_out.rstrip('/')}/claims.parquet")
        return pd.read_csv(io.BytesIO(claims_csv), dtype=str, keep_default_na=False)

    return ScanResult(articles=sum(o.read for o in outcomes), claim_count=sum(o.claims for o in outcomes),
                      conflict_records=records, claims_csv=claims_csv, conflicts_csv=conflicts_csv,
                      problems=problems, settings=settings, load_claims=load_claims,
                      _conflicts=conflicts_frame(records), found_conflict_ids=found)
