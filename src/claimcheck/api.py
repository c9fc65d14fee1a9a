"""claimcheck's Python API: ``scan`` does what ``claimcheck scan`` does."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from claimcheck.cache import CACHE_DIR_NAME, ArticleCache
from claimcheck.claims import (
    CLAIM_COLUMNS,
    apply_manifest,
    attach_source,
    claims_frame,
    rows_from_doc,
    sort_rows,
)
from claimcheck.conflicts import CONFLICT_COLUMNS, ConflictSettings, find_conflicts
from claimcheck.corpus import load_manifest
from claimcheck.output import to_csv_text, write_atomic
from claimcheck.pipeline import build_pipeline
from claimcheck.reader import Article, CorpusError, Problem, blocks, find_articles, read_article

__all__ = ["ScanResult", "scan", "write_outputs", "CorpusError", "ConflictSettings", "extract_rows"]

CLAIM_NUMERIC = {"start", "end", "value_low", "value_high", "list_size", "agreeing_sources"}
CONFLICT_NUMERIC = {"difference"}
# Articles handed to the process pool at a time: bounds what is held in memory.
WINDOW_PER_JOB = 16


@dataclass
class ScanResult:
    claims: pd.DataFrame
    conflicts: pd.DataFrame
    articles: int
    problems: list[Problem] = field(default_factory=list)
    cache_hits: int = 0

    def severity_counts(self) -> dict[str, int]:
        counts = self.conflicts["severity"].value_counts().to_dict() if len(self.conflicts) else {}
        return {s: int(counts.get(s, 0)) for s in ("high", "medium", "low")}


def extract_rows(nlp, text: str) -> list[dict]:
    """The claim rows of one article's text (without its source): its blocks go
    through ``nlp.pipe``, so an article of any length is read completely."""
    seen: dict = {}
    rows: list[dict] = []
    for doc, offset in nlp.pipe(((block, offset) for offset, block in blocks(text)), as_tuples=True):
        rows.extend(rows_from_doc(doc, offset, seen))
    return rows


# -- worker processes for --jobs ------------------------------------------------------

_worker_nlp = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(model)


def _extract_in_worker(text: str) -> list[dict]:
    return extract_rows(_worker_nlp, text)


# -- the scan ---------------------------------------------------------------------------


def _read_all(paths: list[Path], base: Path, problems: list[Problem]) -> Iterator[Article]:
    for path in paths:
        try:
            article = read_article(path, base)
        except ValueError as exc:
            problems.append(Problem(_relative(path, base), str(exc)))
            continue
        for note in article.notes:
            problems.append(Problem(article.source, note))
        yield article


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


def _windows(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def scan(corpus: str | Path, model: str | None = None, settings: ConflictSettings | None = None,
         nlp=None, jobs: int = 1, cache: bool = True, cache_dir: str | Path | None = None,
         on_progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """Reads every article under `corpus` and returns its claims and conflicts.

    - `model`: an installed trained spaCy pipeline instead of the blank English one;
      `nlp`: a pipeline from ``build_pipeline`` to reuse across scans.
    - `jobs`: worker processes for extraction; the result is the same for any number.
    - `cache`: reuse the extraction of articles whose text is unchanged, from
      `cache_dir` (default: ``CORPUS/.claimcheck-cache``). Results are the same
      with and without it.
    - `on_progress(done, total)` is called after each article.

    Raises CorpusError when the corpus is missing or holds no articles; a
    problem with one article is recorded in ``ScanResult.problems`` and the
    others are scanned.
    """
    corpus = Path(corpus)
    paths, problems = find_articles(corpus)
    if not paths:
        raise CorpusError(f"{corpus}: no articles (.txt or .md files) found")
    base = corpus if corpus.is_dir() else corpus.parent
    sources, manifest_problems = load_manifest(base)
    problems.extend(manifest_problems)
    store = ArticleCache(Path(cache_dir) if cache_dir else base / CACHE_DIR_NAME, model) if cache else None
    jobs = max(1, jobs)
    pool = None
    if jobs > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_init_worker, initargs=(model,))
    rows: list[dict] = []
    done = 0
    try:
        for window in _windows(_read_all(paths, base, problems), WINDOW_PER_JOB * jobs):
            keys = [store.key(a.text) for a in window] if store else [None] * len(window)
            found = [store.get(k) if store else None for k in keys]
            missing = [i for i, r in enumerate(found) if r is None]
            texts = [window[i].text for i in missing]
            if texts and pool is None and nlp is None:
                nlp = build_pipeline(model)  # only when something is not in the cache
            fresh = list(pool.map(_extract_in_worker, texts)) if pool else [extract_rows(nlp, t) for t in texts]
            for i, article_rows in zip(missing, fresh, strict=True):
                found[i] = article_rows
                if store:
                    store.put(keys[i], article_rows)
            for article, article_rows in zip(window, found, strict=True):
                rows.extend(apply_manifest(attach_source(article_rows, article.source),
                                           sources.get(article.source)))
                done += 1
                if on_progress is not None:
                    on_progress(done, len(paths))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    rows = sort_rows(rows)
    frame = claims_frame(rows)
    conflicts, agreeing = find_conflicts(frame, settings, rows)
    frame["agreeing_sources"] = agreeing
    return ScanResult(claims=frame, conflicts=conflicts, articles=done, problems=problems,
                      cache_hits=store.hits if store else 0)


def write_outputs(result: ScanResult, out_dir: str | Path) -> tuple[Path, Path]:
    """Writes claims.csv and conflicts.csv into `out_dir`, atomically: both are
    rendered and written to temporary files before either replaces its target."""
    out = Path(out_dir)
    claims_text = to_csv_text(result.claims, CLAIM_COLUMNS, CLAIM_NUMERIC)
    conflicts_text = to_csv_text(result.conflicts, CONFLICT_COLUMNS, CONFLICT_NUMERIC)
    claims_path, conflicts_path = out / "claims.csv", out / "conflicts.csv"
    write_atomic({claims_path: claims_text, conflicts_path: conflicts_text})
    return claims_path, conflicts_path
