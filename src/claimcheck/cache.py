"""A cache of extraction results, one file per article text.

The key is a hash of the article's text and of the extractor: claimcheck's
own extraction code, spaCy's version and the pipeline used. Any change to
these gives new keys, so a stale entry is never read. Entries hold exactly
the rows extraction returns (JSON keeps floats exact), so a cached scan
writes the same bytes as an uncached one. The folder can be deleted at any
time.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path

import spacy

CACHE_DIR_NAME = ".claimcheck-cache"
# The modules whose code decides what a scan extracts from one article.
_EXTRACTOR_MODULES = ("rules", "numbers", "quantities", "pipeline", "context", "subjects", "frames", "claims", "reader",
                      "prefilter")
# ... and every module of the extraction package.
_EXTRACTOR_PACKAGE = "extract"


@cache
def extractor_version(model: str | None = None) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _EXTRACTOR_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    for path in sorted((here / _EXTRACTOR_PACKAGE).glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    digest.update(f"spacy {spacy.__version__}; model {model or 'blank:en'}".encode())
    return digest.hexdigest()[:16]


class ArticleCache:
    """Rows of extraction by article text, in a folder of JSON files."""

    def __init__(self, folder: Path, model: str | None = None):
        self.folder = folder
        self.version = extractor_version(model)
        self.hits = 0
        self.misses = 0
        self.made_folders: set[Path] = set()

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.version}\x1f{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict] | None:
        try:
            with open(self._path(key), encoding="utf-8") as f:
                rows = json.load(f)
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return rows

    def put(self, key: str, rows: list[dict]) -> None:
        """Written to a temporary file and renamed, so a reader never sees half
        an entry; a cache that cannot be written is only a slower scan."""
        path = self._path(key)
        try:
            if path.parent not in self.made_folders:  # one mkdir per folder and scan, not per entry
                path.parent.mkdir(parents=True, exist_ok=True)
                self.made_folders.add(path.parent)
            # the process id makes the name private to this scan: mkstemp's random
            # names cost more than the write itself
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                # dumps, not dump: dump encodes piece by piece in Python, dumps in C
                f.write(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass"))
            os.replace(tmp, path)
        except OSError:
            pass
