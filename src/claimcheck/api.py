"""claimcheck's Python API: ``scan`` does what ``claimcheck scan`` does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from claimcheck.claims import CLAIM_COLUMNS, claims_frame, rows_from_doc
from claimcheck.conflicts import CONFLICT_COLUMNS, ConflictSettings, find_conflicts
from claimcheck.output import to_csv_text, write_atomic
from claimcheck.pipeline import build_pipeline
from claimcheck.reader import Article, CorpusError, Problem, blocks, find_articles, read_article

__all__ = ["ScanResult", "scan", "scan_articles", "write_outputs", "CorpusError", "ConflictSettings"]

CLAIM_NUMERIC = {"start", "end", "value_low", "value_high", "list_size", "agreeing_sources"}
CONFLICT_NUMERIC = {"difference"}
BATCH_SIZE = 32


@dataclass
class ScanResult:
    claims: pd.DataFrame
    conflicts: pd.DataFrame
    articles: int
    problems: list[Problem] = field(default_factory=list)

    def severity_counts(self) -> dict[str, int]:
        counts = self.conflicts["severity"].value_counts().to_dict() if len(self.conflicts) else {}
        return {s: int(counts.get(s, 0)) for s in ("high", "medium", "low")}


def _readable_articles(paths: list[Path], corpus: Path, problems: list[Problem]) -> Iterator[Article]:
    for path in paths:
        try:
            article = read_article(path, corpus)
        except ValueError as exc:
            problems.append(Problem(_source(path, corpus), str(exc)))
            continue
        for note in article.notes:
            problems.append(Problem(article.source, note))
        yield article


def _source(path: Path, corpus: Path) -> str:
    try:
        return path.relative_to(corpus).as_posix()
    except ValueError:
        return path.name


def scan_articles(articles: Iterator[Article], nlp=None, model: str | None = None,
                  on_article: Callable[[Article], None] | None = None) -> list[dict]:
    """Claim rows of the articles, streamed through ``nlp.pipe`` in batches of
    blocks; no more than a batch of Docs is held at once."""
    nlp = nlp or build_pipeline(model)
    seen_by_source: dict[str, dict] = {}

    def block_stream():
        for article in articles:
            if on_article is not None:
                on_article(article)
            for offset, text in blocks(article.text):
                yield text, (article.source, offset)

    rows: list[dict] = []
    for doc, (source, offset) in nlp.pipe(block_stream(), as_tuples=True, batch_size=BATCH_SIZE):
        seen = seen_by_source.setdefault(source, {})
        rows.extend(rows_from_doc(doc, source, offset, seen))
    return rows


def scan(corpus: str | Path, model: str | None = None, settings: ConflictSettings | None = None,
         on_article: Callable[[Article], None] | None = None, nlp=None) -> ScanResult:
    """Reads every article under `corpus` and returns its claims and conflicts.

    Raises CorpusError when the corpus is missing or holds no articles; a
    problem with one article is recorded in ``ScanResult.problems`` and the
    others are scanned.
    """
    corpus = Path(corpus)
    paths, problems = find_articles(corpus)
    if not paths:
        raise CorpusError(f"{corpus}: no articles (.txt or .md files) found")
    base = corpus if corpus.is_dir() else corpus.parent
    count = 0

    def counted(article: Article) -> None:
        nonlocal count
        count += 1
        if on_article is not None:
            on_article(article)

    rows = scan_articles(_readable_articles(paths, base, problems), nlp=nlp, model=model, on_article=counted)
    frame = claims_frame(rows)
    conflicts, agreeing = find_conflicts(frame, settings)
    frame["agreeing_sources"] = agreeing
    return ScanResult(claims=frame, conflicts=conflicts, articles=count, problems=problems)


def write_outputs(result: ScanResult, out_dir: str | Path) -> tuple[Path, Path]:
    """Writes claims.csv and conflicts.csv into `out_dir`, atomically: both are
    rendered and written to temporary files before either replaces its target."""
    out = Path(out_dir)
    claims_text = to_csv_text(result.claims, CLAIM_COLUMNS, CLAIM_NUMERIC)
    conflicts_text = to_csv_text(result.conflicts, CONFLICT_COLUMNS, CONFLICT_NUMERIC)
    claims_path, conflicts_path = out / "claims.csv", out / "conflicts.csv"
    write_atomic({claims_path: claims_text, conflicts_path: conflicts_text})
    return claims_path, conflicts_path
