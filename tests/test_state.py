"""The scan state: a re-scan that reuses it must write exactly what a scan
from scratch writes, whatever changed in between."""

import os
import random
import time
from pathlib import Path

import pytest

from claimcheck import ConflictSettings, scan
from claimcheck.claims import CLAIM_COLUMNS, CLAIM_NUMERIC
from claimcheck.conflicts import CONFLICT_COLUMNS
from claimcheck.corpus import MANIFEST_NAME
from claimcheck.output import to_csv_text
from claimcheck.reviews import REVIEW_COLUMNS
from claimcheck.state import STATE_FILE

TEMPLATES = [
    "In the trial, {p}% of the treatment group were in remission after {w} weeks.",
    "Remission was seen in {q}% of the placebo group.",
    "The drug was given at {d} mg twice daily to {n} patients.",
    "Approval is expected next year, and sales could reach ${m} million by {y}.",
    "Overall, {p} percent of patients responded, compared with {q}% in the control group.",
    "The median household income in the county was ${k},000.",
]


def article(rng: random.Random) -> str:
    sentences = rng.sample(TEMPLATES, 3)
    return " ".join(s.format(p=rng.choice([40, 45, 60, 62]), q=rng.choice([20, 25]), w=rng.choice([6, 8]),
                             d=rng.choice([25, 50]), n=rng.choice([120, 300]), m=rng.choice([5, 9]),
                             y=rng.choice([2026, 2028]), k=rng.choice([52, 58]))
                    for s in sentences) + "\n"


def age(path, seconds: float = 3600) -> None:
    """Backdates a file so that its stat alone identifies it (see SETTLED_NS_*)."""
    t = time.time() - seconds
    os.utime(path, (t, t))


def make_corpus(tmp_path, articles: int, seed: int, aged: bool = False):
    rng = random.Random(seed)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(articles):
        (corpus / f"a{i}.txt").write_text(article(rng), encoding="utf-8")
        if aged:
            age(corpus / f"a{i}.txt")
    return corpus


@pytest.fixture
def compared(monkeypatch) -> list:
    """The members of every block the scans compare (rather than reuse)."""
    import claimcheck.state as state
    blocks: list = []
    real = state.compare_block
    monkeypatch.setattr(state, "compare_block", lambda members, settings, make: blocks.append(members)
                        or real(members, settings, make))
    return blocks


def assert_same_as_from_scratch(corpus, tmp_path, settings=None):
    cached = scan(corpus, settings=settings, cache_dir=tmp_path / "cache")
    fresh = scan(corpus, settings=settings, cache=False)
    assert cached.claims_csv == fresh.claims_csv
    assert cached.conflicts_csv == fresh.conflicts_csv
    assert [str(p) for p in cached.problems] == [str(p) for p in fresh.problems]
    # the DataFrames, built on demand, say what the files say
    assert to_csv_text(cached.claims, CLAIM_COLUMNS, CLAIM_NUMERIC).encode() == fresh.claims_csv
    assert to_csv_text(cached.conflicts, CONFLICT_COLUMNS + REVIEW_COLUMNS, {"difference"}).encode() \
        == fresh.conflicts_csv
    return cached


def test_rescans_after_random_changes_equal_scans_from_scratch(tmp_path):
    rng = random.Random(5)
    corpus = make_corpus(tmp_path, 6, seed=5)
    assert_same_as_from_scratch(corpus, tmp_path)
    for step in range(12):
        names = sorted(p.name for p in corpus.glob("*.txt"))
        change = step % 6
        if change == 0:  # a new article
            (corpus / f"new{step}.txt").write_text(article(rng), encoding="utf-8")
        elif change == 1:  # an article edited
            (corpus / rng.choice(names)).write_text(article(rng), encoding="utf-8")
        elif change == 2:  # an article removed
            (corpus / rng.choice(names)).unlink()
        elif change == 3:  # an article renamed: its claims get other ids
            name = rng.choice(names)
            (corpus / name).rename(corpus / f"renamed{step}.txt")
        elif change == 4:  # the manifest edited: relative dates resolve differently
            rows = "".join(f"{n},2023-0{1 + k % 9}-15\n" for k, n in enumerate(names) if rng.random() < 0.6)
            (corpus / MANIFEST_NAME).write_text("file,published\n" + rows, encoding="utf-8")
        else:  # everything backdated: the next scan trusts stats
            for p in corpus.glob("*.txt"):
                age(p)
        assert_same_as_from_scratch(corpus, tmp_path)


def test_a_rescan_of_an_unchanged_corpus_compares_nothing_again(tmp_path, compared):
    corpus = make_corpus(tmp_path, 6, seed=7)
    first = scan(corpus)
    assert first.conflict_records and compared
    compared.clear()
    again = scan(corpus)
    assert compared == [] and again.cache_hits == 6
    assert (again.claims_csv, again.conflicts_csv) == (first.claims_csv, first.conflicts_csv)
    (corpus / "new.txt").write_text(TEMPLATES[0].format(p=90, w=6), encoding="utf-8")
    scan(corpus)
    # only blocks holding the new article's claims are compared again
    assert compared and all(any(c.source == "new.txt" for c in members) for members in compared)


def test_another_similarity_setting_does_not_reuse_block_results(tmp_path):
    corpus = make_corpus(tmp_path, 5, seed=9)
    for similarity in (80.0, 30.0, 99.0, 80.0):
        assert_same_as_from_scratch(corpus, tmp_path, ConflictSettings(similarity=similarity))


def test_an_unchanged_settled_file_is_not_read_again(tmp_path, monkeypatch):
    import claimcheck.api as api
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f"In all, {10 + i} sites took part.", encoding="utf-8")
        age(corpus / f"a{i}.txt")
    first = scan(corpus)
    read = []
    real = api.read_article
    monkeypatch.setattr(api, "read_article", lambda path, base: read.append(path.name) or real(path, base))
    second = scan(corpus)
    assert read == [] and second.cache_hits == 3
    assert second.claims_csv == first.claims_csv
    # same size, same modification time, other content: the change time gives it away
    path = corpus / "a1.txt"
    st = path.stat()
    path.write_text("In all, 99 sites took part.", encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    third = scan(corpus)
    assert read == ["a1.txt"]
    assert b"99 sites" in third.claims_csv


def test_a_file_written_in_the_same_clock_tick_as_the_scan_is_read_again(tmp_path, monkeypatch):
    import claimcheck.api as api
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = corpus / "a.txt"
    path.write_text("In all, 12 sites took part.", encoding="utf-8")
    whole_second = int(time.time()) * 1_000_000_000  # what a coarse file system records
    os.utime(path, ns=(whole_second, whole_second))
    scan(corpus)
    read = []
    real = api.read_article
    monkeypatch.setattr(api, "read_article", lambda p, base: read.append(p.name) or real(p, base))
    scan(corpus)
    assert read == ["a.txt"]  # it could still change within that second unseen: read, not trusted


def test_a_damaged_or_missing_state_only_costs_time(tmp_path):
    corpus = make_corpus(tmp_path, 4, seed=3, aged=True)
    assert_same_as_from_scratch(corpus, tmp_path)
    state = tmp_path / "cache" / STATE_FILE
    state.write_text('{"format": 3, "version": "', encoding="utf-8")
    assert_same_as_from_scratch(corpus, tmp_path)
    assert_same_as_from_scratch(corpus, tmp_path)
    for pool in (tmp_path / "cache").glob("scan-state-*.bin"):
        pool.write_bytes(pool.read_bytes()[:-10])  # the index now points past the end of its pool
    assert_same_as_from_scratch(corpus, tmp_path)
    for pool in (tmp_path / "cache").glob("scan-state-*.bin"):
        data = pool.read_bytes()
        assert b"remission" in data
        pool.write_bytes(data.replace(b"remission", b"remissioN", 1))  # same size, one bit flipped
    assert_same_as_from_scratch(corpus, tmp_path)
    index = state.read_bytes()
    state.write_bytes(index.replace(b'"settled":true', b'"settled":fals', 1))  # still JSON-ish, wrong
    assert_same_as_from_scratch(corpus, tmp_path)
    for pool in (tmp_path / "cache").glob("scan-state-*.bin"):
        pool.unlink()
    assert_same_as_from_scratch(corpus, tmp_path)


def test_nul_in_the_manifest_is_read_as_a_space(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Sales could reach $5 million next year.", encoding="utf-8")
    (corpus / MANIFEST_NAME).write_text("file,title,published\na.txt,Odd\x00title,2024-03-01\n", encoding="utf-8")
    result = assert_same_as_from_scratch(corpus, tmp_path)
    assert b"Odd title" in result.claims_csv
    assert_same_as_from_scratch(corpus, tmp_path)


def test_new_comparison_code_does_not_reuse_the_state(tmp_path, monkeypatch, compared):
    import claimcheck.api as api
    corpus = make_corpus(tmp_path, 4, seed=11, aged=True)
    scan(corpus)
    compared.clear()
    monkeypatch.setattr(api, "state_version", lambda extractor: "another conflicts.py")
    again = scan(corpus)
    assert compared  # blocks compared again
    assert again.cache_hits == 4  # extraction still comes from the article cache


def test_segment_files_stay_few_and_only_used_ones_are_kept(tmp_path):
    import json

    from claimcheck.state import MAX_SEGMENTS
    rng = random.Random(13)
    corpus = make_corpus(tmp_path, 3, seed=13)
    cache = tmp_path / "cache"
    for step in range(2 * MAX_SEGMENTS):
        (corpus / f"new{step}.txt").write_text(article(rng), encoding="utf-8")
        scan(corpus, cache_dir=cache)
        files = {p.name for p in cache.glob("scan-state-*.bin")}
        index = json.loads((cache / STATE_FILE).read_bytes().partition(b"\n")[2])
        assert files == {name for name, _, _ in index["segments"]}
        assert len(files) <= MAX_SEGMENTS
    assert_same_as_from_scratch(corpus, tmp_path)


def test_every_module_that_shapes_extracted_rows_keys_the_cache():
    """A claim row depends on the code of the modules in the cache key and of
    every claimcheck module they import (frames.py among them): each of those
    must be in the key too, or a change there would reuse stale rows."""
    import ast

    from claimcheck import cache

    src = Path(cache.__file__).parent
    hashed = set(cache._EXTRACTOR_MODULES)
    # modules whose code only renders or lists rows, never what a row holds
    not_shaping = {"corpus", "output"}
    for name in sorted(hashed):
        tree = ast.parse((src / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimcheck"):
                parts = node.module.split(".")
                targets = [parts[1]] if len(parts) > 1 else [alias.name for alias in node.names]
                for target in targets:
                    assert target in hashed | not_shaping | {cache._EXTRACTOR_PACKAGE}, \
                        f"{name}.py imports claimcheck.{target}, which is not in the cache key"


def test_a_scan_collects_young_garbage_less_often_and_restores_the_threshold():
    import gc

    from claimcheck.state import SCAN_GC_YOUNG_THRESHOLD, gc_frozen

    before = gc.get_threshold()
    with gc_frozen():
        assert gc.get_threshold() == (max(before[0], SCAN_GC_YOUNG_THRESHOLD), *before[1:])
    assert gc.get_threshold() == before


def test_every_module_the_state_depends_on_is_in_its_version():
    """What the scan state keeps (compared claims, block results) depends on the
    state modules and every claimcheck module they import: each is in the state
    version or in the extractor's (which the state version includes)."""
    import ast

    from claimcheck import cache, state

    src = Path(state.__file__).parent
    versioned = set(state._STATE_MODULES) | set(cache._EXTRACTOR_MODULES) | {cache._EXTRACTOR_PACKAGE}
    not_shaping = {"corpus", "reader", "api"}  # reading files, the API's result type (under TYPE_CHECKING)
    for name in sorted(state._STATE_MODULES):
        tree = ast.parse((src / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimcheck"):
                parts = node.module.split(".")
                for target in [parts[1]] if len(parts) > 1 else [alias.name for alias in node.names]:
                    assert target in versioned | not_shaping, f"{name}.py imports claimcheck.{target}"
