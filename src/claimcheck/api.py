"""claimcheck's Python API: ``scan`` does what ``claimcheck scan`` does."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.cache import CACHE_DIR_NAME, ArticleCache
from claimcheck.claims import (
    CLAIM_COLUMNS,
    apply_manifest,
    attach_source,
    claims_frame,
    rows_from_doc,
    sort_rows,
)
from claimcheck.conflicts import (
    CONFLICT_COLUMNS,
    SEVERITIES,
    ConflictSettings,
    find_conflicts,
)
from claimcheck.corpus import load_manifest
from claimcheck.output import write_atomic
from claimcheck.pipeline import build_pipeline, unwrap_lines
from claimcheck.prefilter import Joined, in_article, regions
from claimcheck.reader import Article, CorpusError, Problem, blocks, find_articles, read_article
from claimcheck.reviews import apply_reviews, load_reviews, with_review_columns
from claimcheck.state import (
    STATE_FILE,
    ArticleEntry,
    ScanState,
    article_entry,
    file_signature,
    gc_frozen,
    manifest_fingerprint,
    settled,
    state_version,
)

# pandas only for type hints here: importing it costs ~0.3 s of CPU, and a
# scan that writes its CSV files never builds a DataFrame
if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ScanResult", "scan", "write_outputs", "CorpusError", "ConflictSettings", "extract_rows"]

# Articles handed to the process pool at a time: bounds what is held in memory.
WINDOW_PER_JOB = 16


@dataclass
class ScanResult:
    """What a scan found: the two CSV files as written, and the tables as
    DataFrames, built on first use (a re-scan that reuses the previous scan's
    state renders the files without them)."""
    articles: int
    claim_count: int
    # most severe first; each has severity, measure, value_a/b, source_a/b, claim_a/b
    conflict_records: list[dict]
    claims_csv: bytes
    conflicts_csv: bytes
    problems: list[Problem] = field(default_factory=list)
    cache_hits: int = 0
    settings: ConflictSettings = field(default_factory=ConflictSettings)
    load_claims: Callable[[], pd.DataFrame] | None = field(default=None, repr=False)
    reviews: dict = field(default_factory=dict)  # the corpus's decisions (reviews.py), by conflict id
    # every conflict found, whatever its confidence and severity (reported or cut)
    found_conflict_ids: set[str] = field(default_factory=set)
    _claims: pd.DataFrame | None = field(default=None, repr=False)
    _conflicts: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def claims(self) -> pd.DataFrame:
        if self._claims is None:
            self._claims = self.load_claims() if self.load_claims else claims_frame([])
        return self._claims

    @property
    def conflicts(self) -> pd.DataFrame:
        """The conflicts table, found again from ``claims`` by the stage's
        reference implementation: the same rows as conflicts.csv."""
        if self._conflicts is None:
            self._conflicts = with_review_columns(find_conflicts(self.claims, self.settings)[0], self.reviews)
        return self._conflicts

    def open_conflicts(self) -> list[dict]:
        """The conflict records a reviewer has not dismissed."""
        return [r for r in self.conflict_records if r.get("review") != "dismissed"]

    def severity_counts(self) -> dict[str, int]:
        """Conflicts not dismissed, by severity."""
        counts = Counter(r["severity"] for r in self.open_conflicts())
        return {s: counts.get(s, 0) for s in SEVERITIES}


def extract_rows(nlp, text: str) -> list[dict]:
    """The claim rows of one article's text (without its source): its blocks go
    through ``nlp.pipe``, so an article of any length is read completely."""
    return extract_many(nlp, [text])[0]


def extract_many(nlp, texts: list[str],
                 pieces: Callable[[str], Iterable[tuple[int | Joined, str]]] | None = None) -> list[list[dict]]:
    """The claim rows of each text, all their pieces in one ``nlp.pipe`` stream:
    the pipe's set-up costs once per batch, not once per article. `pieces(text)`
    gives (where, piece), `where` the piece's offset or a ``prefilter.Joined``.
    By default the pieces hold only the paragraphs that can hold a claim, and
    their context (``prefilter.regions``: the same rows as every block of the
    text, ``reader.blocks``, which a trained model's sentence boundaries need)."""
    if pieces is None:
        pieces = regions if nlp.has_pipe("claimcheck_sentences") else blocks
    texts = [unwrap_lines(t) for t in texts]
    out: list[list[dict]] = [[] for _ in texts]
    seen: list[dict] = [{} for _ in texts]
    stream = ((piece, (n, where)) for n, text in enumerate(texts) for where, piece in pieces(text))
    for doc, (n, where) in nlp.pipe(stream, as_tuples=True):
        doc._.article_text = texts[n]
        out[n].extend(in_article(rows_from_doc(doc, 0, seen[n]), where))
    return out


# -- worker processes for --jobs ------------------------------------------------------

_worker_nlp = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(model)


def _extract_in_worker(text: str) -> list[dict]:
    return extract_rows(_worker_nlp, text)


# -- the scan ---------------------------------------------------------------------------


def _relative(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


@dataclass
class _Slot:
    """One article of the scan: its state entry once known, and its rows when
    they were made in this scan and there is no cache to read them back from."""
    path: Path
    source: str
    entry: ArticleEntry | None = None
    rows: list[dict] | None = None
    failed: bool = False  # claimcheck failed on it: reported as a problem, left out of the outputs


class _Extractor:
    """Rows of article texts: from the cache, else from the pipeline (built on
    first need) or a pool of worker processes."""

    def __init__(self, store: ArticleCache | None, model: str | None, nlp, jobs: int):
        self.store, self.model, self.nlp, self.jobs = store, model, nlp, jobs
        self.pool = None
        self.hits = 0

    def __enter__(self) -> _Extractor:
        if self.jobs > 1:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_init_worker, initargs=(self.model,))
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None  # rows needed later (ScanResult.claims) are made in this process

    def key(self, text: str) -> str:
        """The cache key of a text ('' without a cache)."""
        return self.store.key(text) if self.store else ""

    def rows(self, texts: list[str], keys: list[str] | None = None) -> list[list[dict] | Exception]:
        """Each text's rows, or the exception extracting it alone raised: a
        failure on one article never stops the others."""
        keys = keys or [self.key(t) for t in texts]
        found = [self.store.get(k) if self.store else None for k in keys]
        self.hits += sum(r is not None for r in found)
        missing = [i for i, r in enumerate(found) if r is None]
        todo = [texts[i] for i in missing]
        if todo and self.pool is None and self.nlp is None:
            self.nlp = build_pipeline(self.model)  # only when something is not in the cache
        if not todo:
            fresh = []
        elif self.pool:
            fresh = each_alone_on_failure(lambda batch: list(self.pool.map(_extract_in_worker, batch)), todo)
        else:
            fresh = each_alone_on_failure(lambda batch: extract_many(self.nlp, batch), todo)
        for i, rows in zip(missing, fresh, strict=True):
            found[i] = rows
            if self.store and not isinstance(rows, Exception):
                self.store.put(keys[i], rows)
        return found


def failure_note(exc: Exception) -> str:
    """The one line an article claimcheck failed on is reported with."""
    return f"skipped: claimcheck failed on it ({type(exc).__name__}: {exc}); please report it with this article"


def each_alone_on_failure(extract: Callable[[list[str]], list[list[dict]]],
                           texts: list[str]) -> list[list[dict] | Exception]:
    """`extract(texts)`; when it fails, each text again on its own, and for one
    that fails alone the exception in place of its rows."""
    try:
        return list(extract(texts))
    except Exception as exc:  # noqa: BLE001 - whatever failed, the other articles are read
        if len(texts) == 1:
            return [exc]
    out: list[list[dict] | Exception] = []
    for text in texts:
        try:
            out.append(extract([text])[0])
        except Exception as exc:  # noqa: BLE001
            out.append(exc)
    return out


def scan(corpus: str | Path, model: str | None = None, settings: ConflictSettings | None = None,
         nlp=None, jobs: int = 1, cache: bool = True, cache_dir: str | Path | None = None,
         on_progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """Reads every article under `corpus` and returns its claims and conflicts.

    - `model`: an installed trained spaCy pipeline instead of the blank English one;
      `nlp`: a pipeline from ``build_pipeline`` to reuse across scans.
    - `jobs`: worker processes for extraction; the result is the same for any number.
    - `cache`: reuse what earlier scans found for articles that are unchanged
      (and the comparisons of claims no changed article touches), kept in
      `cache_dir` (default: ``CORPUS/.claimcheck-cache``). Results are the same
      with and without it.
    - `on_progress(done, total)` is called after each article.

    The decisions of ``CORPUS/reviews.csv`` (see reviews.py) are applied to the
    conflicts found; a decision whose conflict is gone is a problem ("stale").

    Raises CorpusError when the corpus is missing or holds no articles, and
    ReviewsError (a CorpusError) when its reviews.csv cannot be used; a
    problem with one article is recorded in ``ScanResult.problems`` and the
    others are scanned.
    """
    corpus = Path(corpus)
    paths, problems = find_articles(corpus)
    if not paths:
        raise CorpusError(f"{corpus}: no articles (.txt or .md files) found")
    base = corpus if corpus.is_dir() else corpus.parent
    sources, manifest_problems = load_manifest(base)
    decisions = load_reviews(base)  # read first: a damaged file stops the scan before any work
    problems.extend(manifest_problems)
    settings = settings or ConflictSettings()
    store = ArticleCache(Path(cache_dir) if cache_dir else base / CACHE_DIR_NAME, model) if cache else None
    state_path = store.folder / STATE_FILE if store else None
    previous = ScanState.load(state_path, state_version(store.version) if store else "", settings.similarity)
    with gc_frozen(), _Extractor(store, model, nlp, max(1, jobs)) as extractor:
        slots, reused = _read_articles(paths, base, sources, previous, extractor, problems, on_progress)
        result = _finish(slots, reused, base, sources, previous, state_path, extractor, problems, settings)
    # after the conflict stage, never in its state: decisions change without re-scans
    return apply_reviews(result, decisions)


def _read_articles(paths: list[Path], base: Path, sources: dict, previous: ScanState, extractor: _Extractor,
                   problems: list[Problem], on_progress: Callable[[int, int], None] | None) -> tuple[list[_Slot], int]:
    """Every article's state entry: the previous one when the file is unchanged
    (by its stat, else by its text), else made from its rows (the cache's or
    extracted). Returns the slots in corpus order and how many were reused."""
    store = extractor.store
    started_ns = time.time_ns()
    slots: list[_Slot] = []
    reused = 0
    pending: list[tuple[_Slot, Article, list[int], str]] = []  # with signature and cache key

    def extract_pending() -> None:
        found = extractor.rows([a.text for _, a, _, _ in pending], [k for _, _, _, k in pending])
        for (slot, article, signature, key), rows in zip(pending, found, strict=True):
            source = sources.get(slot.source)
            try:
                if isinstance(rows, Exception):
                    raise rows
                full_rows = sort_rows(apply_manifest(attach_source(rows, slot.source), source))
            except Exception as exc:  # noqa: BLE001 - a failure on one article never stops the others
                problems.append(Problem(slot.source, failure_note(exc)))
                slot.failed = True
                continue
            slot.entry = article_entry(slot.source, full_rows, signature, settled(signature, started_ns),
                                       key, manifest_fingerprint(source),
                                       list(article.notes))
            # Rows are kept for ScanResult.claims only without a cache to get them
            # back from: a scan holds each article's rendered lines, not its rows.
            slot.rows = full_rows if store is None else None
        pending.clear()

    for path in paths:
        slot = _Slot(path, _relative(path, base))
        meta = manifest_fingerprint(sources.get(slot.source))
        old = previous.articles.get(slot.source)
        try:
            signature = file_signature(path.stat())
            if old is not None and old.settled and old.signature == signature and old.meta == meta:
                slot.entry = old  # unchanged since the scan that made the entry: not read again
                notes = old.notes
            else:
                article = read_article(path, base)
                notes = list(article.notes)
                key = extractor.key(article.text)
                if old is not None and old.meta == meta and key and old.key == key:
                    slot.entry = replace(old, signature=signature, settled=settled(signature, started_ns))
                else:
                    pending.append((slot, article, signature, key))
        except ValueError as exc:
            problems.append(Problem(slot.source, str(exc)))
            continue
        except OSError as exc:
            problems.append(Problem(slot.source, f"cannot read ({exc.strerror or exc})"))
            continue
        slots.append(slot)
        problems.extend(Problem(slot.source, note) for note in notes)
        reused += slot.entry is not None
        if len(pending) >= WINDOW_PER_JOB * extractor.jobs:
            extract_pending()
        if on_progress is not None:
            on_progress(len(slots), len(paths))
    extract_pending()
    return [slot for slot in slots if not slot.failed], reused


def _finish(slots: list[_Slot], reused: int, base: Path, sources: dict, previous: ScanState,
            state_path: Path | None, extractor: _Extractor, problems: list[Problem],
            settings: ConflictSettings) -> ScanResult:
    """The conflict stage, both CSV files and the new state, from the articles' entries."""
    entries = [slot.entry for slot in slots]
    state = ScanState(previous.version, settings.similarity, {e.source: e for e in entries},
                      segments=previous.segments)
    found: set[str] = set()
    records, agree = state.find_conflicts(previous, settings, found)
    counts = {claim: len(agreeing) for claim, agreeing in agree.items()}
    claims_csv = b"".join([(",".join(CLAIM_COLUMNS) + "\n").encode()] + [e.claims_csv(counts) for e in entries])
    conflicts_csv = b"".join([(",".join(CONFLICT_COLUMNS) + "\n").encode()] + [r["_line"] for r in records])
    if state_path is not None and (state.articles != previous.articles or state.blocks != previous.blocks):
        state.save(state_path)

    def load_claims() -> pd.DataFrame:
        rows: list[dict] = []
        for slot in slots:
            rows.extend(slot.rows if slot.rows is not None else _rows_again(slot, base, sources, extractor))
        frame = claims_frame(rows)
        frame["agreeing_sources"] = [counts.get(r["claim_id"], 0) for r in rows]
        return frame

    return ScanResult(articles=len(slots), claim_count=sum(len(e.claim_ids) for e in entries),
                      conflict_records=records, claims_csv=claims_csv, conflicts_csv=conflicts_csv,
                      found_conflict_ids=found,
                      problems=problems, cache_hits=reused + extractor.hits, settings=settings,
                      load_claims=load_claims)


def _rows_again(slot: _Slot, base: Path, sources: dict, extractor: _Extractor) -> list[dict]:
    """The rows of an article whose entry came from the state: from the cache,
    else extracted again."""
    rows = extractor.store.get(slot.entry.key) if extractor.store is not None else None
    if rows is None:
        rows = extractor.rows([read_article(slot.path, base).text])[0]
        if isinstance(rows, Exception):
            raise rows  # it was read in an earlier scan: a failure now is a fault to see
    return sort_rows(apply_manifest(attach_source(rows, slot.source), sources.get(slot.source)))


def write_outputs(result: ScanResult, out_dir: str | Path) -> tuple[Path, Path]:
    """Writes claims.csv and conflicts.csv into `out_dir`, atomically: both are
    written to temporary files before either replaces its target."""
    out = Path(out_dir)
    claims_path, conflicts_path = out / "claims.csv", out / "conflicts.csv"
    write_atomic({claims_path: result.claims_csv, conflicts_path: result.conflicts_csv})
    return claims_path, conflicts_path
