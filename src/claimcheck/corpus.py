"""The corpus manifest (``sources.csv``) and adding articles to a corpus.

The manifest is optional: one row per article with its title, URL, publisher
and publication date, in a CSV file a person can edit by hand. A scan uses it
when it is there; ``claimcheck add`` keeps it up to date.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from claimcheck.output import write_atomic
from claimcheck.reader import ARTICLE_SUFFIXES, Problem, decode, find_articles

MANIFEST_NAME = "sources.csv"
HTML_SUFFIXES = (".html", ".htm")
# Two articles whose word 5-grams overlap this much are the same article with
# different page furniture.
NEAR_DUPLICATE_JACCARD = 0.8
_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class AddError(Exception):
    """An article cannot be added; the message names the file and the reason."""


@dataclass
class Source:
    file: str  # path relative to the corpus, with forward slashes
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: str = ""  # YYYY-MM-DD, YYYY-MM or YYYY
    sha256: str = ""  # of the article's text with white space folded

    @property
    def published_date(self) -> tuple[int, int | None, int | None] | None:
        """(year, month, day) of the publication date, as precise as known."""
        if not self.published:
            return None
        parts = [int(p) for p in self.published.split("-")]
        return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


MANIFEST_COLUMNS = [f.name for f in fields(Source)]


def valid_date(text: str) -> bool:
    if not _DATE_RE.match(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def content_hash(text: str) -> str:
    """The same article saved twice (other line ends, trailing spaces) hashes alike."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def load_manifest(corpus: Path) -> tuple[dict[str, Source], list[Problem]]:
    """The manifest's rows by file; a row with a bad date keeps its other fields
    and is reported."""
    path = corpus / MANIFEST_NAME
    if not corpus.is_dir() or not path.exists():
        return {}, []
    problems: list[Problem] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [Problem(MANIFEST_NAME, f"cannot read the manifest ({exc}); scanning without it")]
    if "\x00" in text:
        # as in articles: NUL reaches no cell (the scan state relies on it)
        text = text.replace("\x00", " ")
        problems.append(Problem(MANIFEST_NAME, "NUL bytes replaced by spaces"))
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        return {}, problems + [Problem(MANIFEST_NAME, "no 'file' column; scanning without the manifest")]
    sources: dict[str, Source] = {}
    for line, row in enumerate(reader, start=2):
        file = (row.get("file") or "").strip().replace("\\", "/")
        if not file:
            continue
        source = Source(**{c: (row.get(c) or "").strip() for c in MANIFEST_COLUMNS if c != "file"}, file=file)
        if source.published and not valid_date(source.published):
            problems.append(Problem(MANIFEST_NAME, f"line {line}: published {source.published!r} is not "
                                                   "YYYY-MM-DD, YYYY-MM or YYYY; ignored"))
            source.published = ""
        sources[file] = source
    return sources, problems


def save_manifest(corpus: Path, sources: Iterable[Source]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for source in sorted(sources, key=lambda s: s.file):
        writer.writerow(asdict(source))
    write_atomic({corpus / MANIFEST_NAME: buf.getvalue()})


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The main text of a web page and what its markup says of it (title, date,
    site, URL). Boilerplate removal is trafilatura's: navigation, footers and
    subscription prompts are dropped."""
    import trafilatura  # imported here: only `add` of HTML needs it

    text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True)
    meta = trafilatura.extract_metadata(html)
    found = {}
    if meta is not None:
        found = {"title": meta.title or "", "published": meta.date or "", "publisher": meta.sitename or "",
                 "url": meta.url or ""}
    return (text or "").strip(), found


def _shingles(text: str, n: int = 5) -> set[int]:
    words = text.lower().split()
    return {hash(" ".join(words[i:i + n])) for i in range(max(len(words) - n + 1, 1))}


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class Added:
    file: str
    warnings: list[str]


def _inputs(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file()
                          and p.suffix.lower() in ARTICLE_SUFFIXES + HTML_SUFFIXES)
        else:
            out.append(path)
    return out


def add_articles(paths: Iterable[Path], corpus: Path, title: str = "", url: str = "", publisher: str = "",
                 published: str = "") -> tuple[list[Added], list[str]]:
    """Copies articles into `corpus` and records them in its manifest.

    Returns what was added (with warnings, such as a near-duplicate) and the
    refusals, one line each naming the file (exact duplicates, unreadable or
    empty files, unknown types). The metadata options apply to every file
    given; for HTML, what the page's markup says fills what they leave empty.
    """
    if published and not valid_date(published):
        raise AddError(f"--published {published!r}: not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    corpus.mkdir(parents=True, exist_ok=True)
    sources, _ = load_manifest(corpus)
    existing_paths, _ = find_articles(corpus) if any(corpus.iterdir()) else ([], [])
    known: dict[str, str] = {}  # content hash -> file
    texts: dict[str, set[int]] = {}
    for path in existing_paths:
        rel = path.relative_to(corpus).as_posix()
        try:
            text = decode(path.read_bytes())[0]
        except (OSError, ValueError):
            continue
        known.setdefault(content_hash(text), rel)
        texts[rel] = _shingles(text)
    added: list[Added] = []
    refused: list[str] = []
    for path in _inputs(paths):
        try:
            result = _add_one(path, corpus, sources, known, texts, title, url, publisher, published)
        except AddError as exc:
            refused.append(str(exc))
            continue
        added.append(result)
    if added:
        save_manifest(corpus, sources.values())
    return added, refused


def _add_one(path: Path, corpus: Path, sources: dict[str, Source], known: dict[str, str],
             texts: dict[str, set[int]], title: str, url: str, publisher: str, published: str) -> Added:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES + HTML_SUFFIXES:
        raise AddError(f"{path}: not an article (.txt, .md, .html or .htm)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AddError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text, _, _ = decode(data)
    except ValueError as exc:
        raise AddError(f"{path}: {exc}") from None
    found: dict[str, str] = {}
    if suffix in HTML_SUFFIXES:
        text, found = html_to_text(text)
        data = (text + "\n").encode("utf-8")
        suffix = ".txt"
    if not text.strip():
        raise AddError(f"{path}: no article text")
    digest = content_hash(text)
    if digest in known:
        raise AddError(f"{path}: already in the corpus as {known[digest]}")
    warnings = []
    shingles = _shingles(text)
    for other, other_shingles in texts.items():
        if _jaccard(shingles, other_shingles) >= NEAR_DUPLICATE_JACCARD:
            warnings.append(f"{path}: nearly the same text as {other} (added all the same)")
            break
    target = _free_name(corpus, path.stem, suffix)
    target.write_bytes(data)
    rel = target.relative_to(corpus).as_posix()
    found_date = found.get("published", "")
    sources[rel] = Source(
        file=rel, title=title or found.get("title", ""), url=url or found.get("url", ""),
        publisher=publisher or found.get("publisher", ""),
        published=published or (found_date if valid_date(found_date) else ""), sha256=digest)
    known[digest] = rel
    texts[rel] = shingles
    return Added(rel, warnings)


def _free_name(corpus: Path, stem: str, suffix: str) -> Path:
    safe = re.sub(r"[^\w.\- ]+", "_", stem).strip(" .") or "article"
    target = corpus / f"{safe}{suffix}"
    n = 2
    while target.exists():
        target = corpus / f"{safe}-{n}{suffix}"
        n += 1
    return target
