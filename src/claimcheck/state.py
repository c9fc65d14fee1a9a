"""What the previous scan of a corpus found, kept so that a re-scan redoes only
what changed.

For each article the state holds what the later stages need from it: its
claims.csv lines (rendered, with a place for the one cell that depends on the
other articles), the claims the conflict stage compares and the blocks they go
into, and the file's size and times, so that an unchanged file is not even
read again. For each block of comparable claims it holds the block's result
and a fingerprint of its members: a block that no changed article touches is
not compared again.

An entry is reused only when everything its result depends on is the same:
the extractor version, the article's text (its stat, or its hash), its
manifest row, the similarity setting. The state lives in the cache folder and,
like the cache, can be deleted at any time; a scan that reuses it writes the
same bytes as one that does not.

On disk: an index (JSON, after a line with its CRC-32) and segment files of
bytes it points into (rendered CSV lines, and each article's compared claims
as NUL-separated fields), so that loading the state parses the index only and
copies the lines as they are, and saving it after a small change writes
little more than the index. Segment files are written once and never
changed; the index holds their sizes and CRC-32s, so a damaged state is
never used.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import secrets
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.claims import claim_line_parts
from claimcheck.comparable import FIELD_COUNT, Comparable, comparable_claims
from claimcheck.conflicts import (
    CONFLICT_COLUMNS,
    CONFLICT_NUMERIC,
    BlockResult,
    ConflictSettings,
    Evidence,
    block_keys,
    compare_block,
    conflict_record,
    merge_blocks,
)
from claimcheck.corpus import Source
from claimcheck.output import csv_line, render_row

STATE_FILE = "scan-state.json"
STATE_FORMAT = 9
# Claim fingerprints: 64 bits, so that two different claims never share one in
# practice (a block with a million members: a chance of about 3 in 10^8).
FINGERPRINT_CHARS = 16
# Segment files an index may point into before everything is written anew.
MAX_SEGMENTS = 16
# Where a claim's agreeing_sources count goes in its rendered line. NUL never
# reaches a cell: articles and the manifest have theirs replaced on reading.
PLACE = b"\x00"
# A file's size and times identify its content only once its last write is
# older than the scan that recorded them by more than one tick of the file
# system's clock: a file rewritten within the same tick as the scan read it
# would otherwise look unchanged ("racy" timestamps, as git calls them). Whole-
# second times mean a coarse clock (FAT: 2 s); others, one with sub-second ticks
# that may lag the system clock by a few milliseconds.
SETTLED_NS_COARSE = 2_000_000_000
SETTLED_NS_FINE = 50_000_000
# What is kept of a conflict besides its line: what merging, sorting and the
# terminal summary use.
SAVED_RECORD_FIELDS = ("confidence", "severity", "_relative", "source_a", "source_b", "claim_a", "claim_b", "measure",
                       "value_a", "value_b", "_pair")
# the cells of a conflicts.csv line, in order, and whether each is a number
_CONFLICT_CELLS = [(c, c in CONFLICT_NUMERIC) for c in CONFLICT_COLUMNS]


# Besides extraction (whose version the article cache has), the code that
# decides what the state holds: rendering lines, comparing claims.
_STATE_MODULES = ("abbreviations", "claims", "comparable", "conflicts", "likeness", "output", "state")


@functools.cache
def state_version(extractor_version: str) -> str:
    """Changes with the extractor and with any code whose results the state
    keeps, so that a new claimcheck never reuses an old comparison."""
    digest = hashlib.sha256(extractor_version.encode())
    here = Path(__file__).parent
    for name in _STATE_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the state is loaded: many
    objects and no cycles, and its passes over them took half the load's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Allocations between two collections of the youngest generation during a
# scan (Python's default is 700): extraction makes and drops many small
# objects per Doc, and a collection every 700 of them was ~2% of a cold scan's
# CPU; at 10,000 it is ~0.6%, and what a collection frees is the same garbage.
SCAN_GC_YOUNG_THRESHOLD = 10_000


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Objects alive now (the loaded state, which lives through the scan) left
    out of garbage collection until the end: collections walking them again
    and again took a large share of a re-scan. The youngest generation is
    collected less often meanwhile (SCAN_GC_YOUNG_THRESHOLD)."""
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], SCAN_GC_YOUNG_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def file_signature(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def settled(signature: list[int], scan_started_ns: int) -> bool:
    """Whether a later change of content must change the signature. A write
    moves the modification time past an old one; setting it back by hand moves
    the change time, which is in the signature too."""
    mtime = signature[1]
    return scan_started_ns - mtime > (SETTLED_NS_COARSE if mtime % 1_000_000_000 == 0 else SETTLED_NS_FINE)


def manifest_fingerprint(source: Source | None) -> str:
    """What of an article's manifest row goes into its claims."""
    return "" if source is None else "\x1f".join(["m", source.title, source.publisher, source.published])


@dataclass
class ArticleEntry:
    source: str
    signature: list[int]  # file_signature when it was read
    settled: bool  # the signature alone identifies the content (see SETTLED_NS_*)
    key: str  # the article cache's key of its text
    meta: str  # manifest_fingerprint of its row
    notes: list[str]  # problems reading it (encoding, NUL bytes), reported on every scan
    claim_ids: list[str]  # in claims.csv order
    lines: bytes  # its claims.csv lines, PLACE where each agreeing_sources count goes
    fingerprints: list[str]  # of each compared claim
    blocks: list[tuple[str, int]]  # (block key, index of a compared claim)
    compared: bytes  # the compared claims' fields (Comparable.to_fields), NUL between any two
    _fields: list[str] | None = field(default=None, repr=False, compare=False)
    # where `lines` and `compared` are in the state's segment files, when loaded from there
    _refs: tuple | None = field(default=None, repr=False, compare=False)

    def comparable(self, index: int) -> Comparable:
        if self._fields is None:
            self._fields = self.compared.decode("utf-8", "surrogatepass").split("\x00")
        return Comparable.from_fields(self._fields[index * FIELD_COUNT:(index + 1) * FIELD_COUNT])

    def claims_csv(self, agreeing: dict[str, int]) -> bytes:
        """Its claims.csv lines with each claim's count of agreeing sources."""
        pieces = self.lines.split(PLACE)
        out = [pieces[0]]
        for claim, piece in zip(self.claim_ids, pieces[1:], strict=True):
            out.append(b"%d" % agreeing.get(claim, 0))
            out.append(piece)
        return b"".join(out)


def article_entry(source: str, rows: list[dict], signature: list[int], is_settled: bool, key: str,
                  meta: str, notes: list[str]) -> ArticleEntry:
    """The entry of one article from its claims-table rows (in claims.csv order)."""
    comparables = comparable_claims(rows)
    fields = [c.to_fields() for c in comparables]
    lines = "".join(f"{before},\x00,{after}\n" for before, after in map(claim_line_parts, rows))
    return ArticleEntry(
        source=source, signature=signature, settled=is_settled, key=key, meta=meta, notes=list(notes),
        claim_ids=[r["claim_id"] for r in rows], lines=_encode(lines),
        fingerprints=[hashlib.sha1(_encode("\x00".join(f))).hexdigest()[:FINGERPRINT_CHARS] for f in fields],
        blocks=[(k, i) for i, c in enumerate(comparables) for k in block_keys(c)],
        compared=_encode("\x00".join(x for f in fields for x in f)))


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def block_fingerprint(member_fingerprints: list[str]) -> str:
    return hashlib.sha1("\x1f".join(member_fingerprints).encode()).hexdigest()


@dataclass
class SavedBlock:
    """A block's result as the state keeps it: per conflict, what merging,
    sorting and the terminal summary need, and its rendered conflicts.csv line."""
    fingerprint: str
    records: list[dict]  # SAVED_RECORD_FIELDS and _line (bytes)
    agree: dict[str, list[str]]

    def result(self) -> BlockResult:
        return BlockResult(records=self.records, agree=self.agree)


@dataclass
class ScanState:
    version: str  # state_version of the code the entries and blocks were made with
    similarity: float  # the conflict setting the block results were found with
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    blocks: dict[str, SavedBlock] = field(default_factory=dict)
    # the segment files the loaded index pointed into: name -> (size, checksum)
    segments: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None, version: str, similarity: float) -> ScanState:
        """The state saved at `path`, or an empty one when there is none, it
        cannot be read, or it was made by another version of the code (whose
        entries could differ); its blocks only with the same similarity."""
        if path is None:
            return cls(version, similarity)
        with gc_paused():
            try:
                return cls._read(path, version, similarity)
            except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
                return cls(version, similarity)

    @classmethod
    def _read(cls, path: Path, version: str, similarity: float) -> ScanState:
        state = cls(version, similarity)
        header, _, body = path.read_bytes().partition(b"\n")
        if header != _checksum(body):
            raise ValueError("the state's index is damaged")
        index = json.loads(body)
        if index.get("format") != STATE_FORMAT or index.get("version") != version:
            return state
        names = [name for name, _, _ in index["segments"]]
        data = [(path.parent / name).read_bytes() for name in names]
        # a damaged segment would otherwise surface as a wrong line in claims.csv
        if [[len(d), _checksum(d).decode()] for d in data] != [[n, c] for _, n, c in index["segments"]]:
            raise ValueError("a segment of the state is damaged")
        state.segments = {name: (size, crc) for name, size, crc in index["segments"]}

        def get(ref: list[int]) -> tuple[bytes, tuple[str, int, int]]:
            seg, offset, n = ref
            if offset + n > len(data[seg]):
                raise ValueError("the state points past a segment's end")
            return data[seg][offset:offset + n], (names[seg], offset, n)

        keys = index["keys"]
        for a in index["articles"]:
            lines, lines_ref = get(a["lines"])
            compared, compared_ref = get(a["compared"])
            flat = a["blocks"]
            ids = a["claim_ids"].split(" ") if a["claim_ids"] else []
            prints = a["fingerprints"]
            state.articles[a["source"]] = ArticleEntry(
                source=a["source"], signature=a["signature"], settled=a["settled"], key=a["key"],
                meta=a["meta"], notes=a["notes"], claim_ids=ids,
                fingerprints=[prints[i:i + FINGERPRINT_CHARS] for i in range(0, len(prints), FINGERPRINT_CHARS)],
                blocks=[(keys[flat[i]], flat[i + 1]) for i in range(0, len(flat), 2)],
                lines=lines, compared=compared, _refs=(lines_ref, compared_ref))
        if index.get("similarity") != similarity:
            return state
        records = []
        for r in index["records"]:
            line, ref = get(r[-3:])
            records.append({**dict(zip(SAVED_RECORD_FIELDS, r[:-3], strict=True)), "_line": line, "_ref": ref})
        sources = [a["source"] for a in index["articles"]]
        for key, (fingerprint, numbers, agree) in index["blocks"].items():
            state.blocks[key] = SavedBlock(fingerprint, [records[n] for n in numbers],
                                           {claim: [sources[n] for n in agreeing] for claim, agreeing in agree.items()})
        return state

    def find_conflicts(self, previous: ScanState, settings: ConflictSettings,
                       found: set[str] | None = None) -> tuple[list[dict], dict[str, Collection[str]]]:
        """The conflict stage over this state's articles: a block whose members
        are those it had in `previous` keeps its result; another is compared
        again, reusing the record of any conflicting pair it held before."""
        members: dict[str, list[tuple[ArticleEntry, int]]] = defaultdict(list)
        for entry in self.articles.values():
            for key, index in entry.blocks:
                members[key].append((entry, index))
        results = []
        made: dict[str, dict] = {}  # records made in this scan, by pair: a pair is in several blocks
        # each claim read once, though it is in several blocks: compare_block
        # reads its members and never changes them
        claims: dict[tuple[int, int], Comparable] = {}
        for key, refs in members.items():
            if len(refs) < 2:
                continue
            fingerprint = block_fingerprint([e.fingerprints[i] for e, i in refs])
            saved = previous.blocks.get(key)
            if saved is None or saved.fingerprint != fingerprint:
                saved = _compare_again(refs, fingerprint, saved, settings, made, claims)
            self.blocks[key] = saved
            results.append(saved.result())
        return merge_blocks(results, settings, found)

    def save(self, path: Path) -> None:
        """New bytes go to a new segment file; bytes that are already in a
        segment of the loaded state stay there, unless more than half of the
        segments' bytes are no longer used, when everything is written anew.
        The index is renamed over the old one last, so a reader sees the old
        state or the new one, never a mix. A state that cannot be written is
        only a slower next scan."""
        pool = _Pool(self.segments)
        for a in self.articles.values():
            if a._refs:
                pool.want(a._refs[0])
                pool.want(a._refs[1])
        for b in self.blocks.values():
            for r in b.records:
                pool.want(r.get("_ref"))
        pool.plan()
        key_index: dict[str, int] = {}
        articles = [{
            "source": a.source, "signature": a.signature, "settled": a.settled, "key": a.key, "meta": a.meta,
            "notes": a.notes, "claim_ids": " ".join(a.claim_ids), "fingerprints": "".join(a.fingerprints),
            "blocks": [x for k, i in a.blocks for x in (key_index.setdefault(k, len(key_index)), i)],
            "lines": pool.put(a.lines, a._refs[0] if a._refs else None),
            "compared": pool.put(a.compared, a._refs[1] if a._refs else None),
        } for a in self.articles.values()]
        # sources by their number in the index's list of articles
        source_number = {a.source: n for n, a in enumerate(self.articles.values())}
        # each record once (a pair's record is shared by the blocks that hold it)
        record_index: dict[int, int] = {}
        records: list[list] = []
        blocks = {}
        for key, b in self.blocks.items():
            numbers = []
            for r in b.records:
                number = record_index.get(id(r))
                if number is None:
                    number = record_index[id(r)] = len(records)
                    records.append([r[f] for f in SAVED_RECORD_FIELDS] + pool.put(r["_line"], r.get("_ref")))
                numbers.append(number)
            blocks[key] = [b.fingerprint, numbers,
                           {claim: [source_number[x] for x in agreeing] for claim, agreeing in b.agree.items()}]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            segments = pool.write(path.parent)
            index = {"format": STATE_FORMAT, "version": self.version, "similarity": self.similarity,
                     "segments": segments, "keys": list(key_index), "articles": articles, "records": records,
                     "blocks": blocks}
            body = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
            _write_replacing(path, _checksum(body) + b"\n" + body)
        except (OSError, ValueError):
            return
        kept = {name for name, _, _ in segments}
        for old in path.parent.glob("scan-state-*.bin"):
            if old.name not in kept:
                try:
                    old.unlink()
                except OSError:
                    pass


def _compare_again(refs: list[tuple[ArticleEntry, int]], fingerprint: str, before: SavedBlock | None,
                   settings: ConflictSettings, made: dict[str, dict],
                   claims: dict[tuple[int, int], Comparable]) -> SavedBlock:
    members, prints = [], {}
    for entry, index in refs:
        claim = claims.get((id(entry), index))
        if claim is None:
            claim = claims[id(entry), index] = entry.comparable(index)
        members.append(claim)
        prints[claim.claim_id] = entry.fingerprints[index]
    # A record depends only on its two claims: the record of a pair whose
    # claims are unchanged is taken as it was (with its line), and one made for
    # another block in this scan is shared, instead of made and rendered again.
    known = {r["_pair"]: r for r in before.records} if before else {}

    def make_record(a: Comparable, b: Comparable, evidence: Evidence) -> dict:
        # the evidence depends on the block's other members: part of the key
        pair = prints[a.claim_id] + prints[b.claim_id] + repr(evidence)
        record = made.get(pair) or known.get(pair)
        if record is None:
            full = conflict_record(a, b, evidence)
            full["_pair"] = pair
            # kept: its line, and what merging and the summary read (not both sentences twice)
            record = {f: full[f] for f in SAVED_RECORD_FIELDS}
            record["_line"] = _encode(csv_line(render_row(full, _CONFLICT_CELLS)) + "\n")
        made[pair] = record
        return record

    found = compare_block(members, settings, make_record)
    return SavedBlock(fingerprint, found.records, {c: sorted(s) for c, s in found.agree.items()})


class _Pool:
    """The segment files a saved index points into."""

    def __init__(self, segments: dict[str, tuple[int, str]]):
        self.old = segments  # name -> (size, checksum), of the loaded state
        self.live = 0  # bytes still used in the old segments
        self.wanted: set[tuple[str, int, int]] = set()
        self.reuse: set[str] = set()
        self.name = f"scan-state-{secrets.token_hex(8)}.bin"
        self.chunks: list[bytes] = []
        self.size = 0
        self.order: dict[str, int] = {}

    def want(self, ref: tuple[str, int, int] | None) -> None:
        """Counts bytes of the old segments that the new index still points at."""
        if ref is not None and ref[0] in self.old and ref not in self.wanted:
            self.wanted.add(ref)
            self.live += ref[2]

    def plan(self) -> None:
        if self.live * 2 >= sum(size for size, _ in self.old.values()) and len(self.old) < MAX_SEGMENTS:
            self.reuse = set(self.old)

    def put(self, data: bytes, ref: tuple[str, int, int] | None) -> list[int]:
        if ref is not None and ref[0] in self.reuse:
            name, offset = ref[0], ref[1]
        else:
            name, offset = self.name, self.size
            self.chunks.append(data)
            self.size += len(data)
        return [self.order.setdefault(name, len(self.order)), offset, len(data)]

    def write(self, folder: Path) -> list[list]:
        """Writes the new segment; returns [name, size, checksum] of every
        segment used, in index order."""
        known = dict(self.old)
        if self.name in self.order:
            data = b"".join(self.chunks)
            _write_replacing(folder / self.name, data)
            known[self.name] = (len(data), _checksum(data).decode())
        return [[name, *known[name]] for name in self.order]


def _checksum(data: bytes) -> bytes:
    return b"%08x" % zlib.crc32(data)


def _write_replacing(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".state.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
