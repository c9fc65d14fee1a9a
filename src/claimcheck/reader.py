"""Finding the articles of a corpus and reading them as text.

Every problem with one file becomes a ``Problem`` (file name and one line of
explanation); the other files are read as usual.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md")
# A block is what one spaCy Doc holds: long articles are split at line breaks
# (or, for a giant line, at a space) into blocks of at most this many characters.
BLOCK_CHARS = 100_000
# Bytes that make a file binary rather than text (NUL aside, which exports do contain).
_CONTROL = bytes(sorted(set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}))


class CorpusError(Exception):
    """The corpus as a whole cannot be scanned (missing, not a folder, no articles)."""


@dataclass(frozen=True)
class Problem:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class Article:
    source: str  # path relative to the corpus, with forward slashes
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def find_articles(corpus: Path) -> tuple[list[Path], list[Problem]]:
    """Every .txt/.md file under `corpus`, in a stable order (by relative path,
    whatever order the file system lists them in). Links that loop or lead
    nowhere are reported, not followed forever."""
    if not corpus.exists():
        raise CorpusError(f"{corpus}: no such folder")
    if corpus.is_file():
        if corpus.suffix.lower() in ARTICLE_SUFFIXES:
            return [corpus], []
        raise CorpusError(f"{corpus}: not a folder of articles (.txt or .md)")
    found: list[Path] = []
    problems: list[Problem] = []
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(corpus, followlinks=True, onerror=None):
        root_path = Path(root)
        try:
            st = root_path.stat()
        except OSError as exc:
            problems.append(Problem(_rel(root_path, corpus), f"cannot open folder ({exc.strerror})"))
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            problems.append(Problem(_rel(root_path, corpus), "folder link loops back; skipped"))
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            path = root_path / name
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_symlink() and not path.exists():
                problems.append(Problem(_rel(path, corpus), "broken or looping link; skipped"))
                continue
            found.append(path)
    found.sort(key=lambda p: _rel(p, corpus))
    return found, problems


def _rel(path: Path, corpus: Path) -> str:
    try:
        rel = path.relative_to(corpus)
    except ValueError:
        rel = Path(path.name)
    return rel.as_posix() if str(rel) != "." else path.name


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252 as a stated fallback. Raises ValueError for binary data.

    The text keeps its length in code points as read with UTF-8 (a UTF-8 BOM
    stays as U+FEFF), so offsets match any other UTF-8 reader's.
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        return _clean(text, notes), "utf-16", tuple(notes)
    sample = data[:65536]
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL))  # counted in C
        nuls = sample.count(0)
        if (controls - nuls) > len(sample) * 0.01 or nuls > len(sample) * 0.1:
            raise ValueError("binary data, not text; skipped")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
        notes.append(f"not valid UTF-8 (byte {exc.start}); read as Windows-1252")
    return _clean(text, notes), encoding, tuple(notes)


def _clean(text: str, notes: list[str]) -> str:
    # NUL and other stray control characters become spaces: same length, so
    # offsets still point at the same characters.
    if "\x00" in text:
        notes.append("NUL bytes replaced by spaces")
        text = text.replace("\x00", " ")
    return text


def read_article(path: Path, corpus: Path) -> Article:
    """Reads one article; raises ValueError with a one-line reason if it cannot."""
    source = _rel(path, corpus) if path != corpus else path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read ({exc.strerror or exc})") from None
    text, encoding, notes = decode(data)
    return Article(source=source, text=text, encoding=encoding, notes=notes)


def blocks(text: str, limit: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, block) pieces of `text`, each at most `limit` characters, cut at
    a line break where possible, else at a space, else anywhere."""
    pos = 0
    n = len(text)
    while pos < n:
        if n - pos <= limit:
            yield pos, text[pos:]
            return
        end = pos + limit
        cut = text.rfind("\n", pos, end)
        if cut <= pos:
            cut = text.rfind(". ", pos, end)
            cut = cut + 1 if cut > pos else text.rfind(" ", pos, end)
        if cut <= pos:
            cut = end
        else:
            cut += 1
        yield pos, text[pos:cut]
        pos = cut
