"""A smoke run of the benchmark code at tiny sizes: it must work, not be fast."""

import importlib.util

from claimcheck.claims import CLAIM_COLUMNS

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_build_corpus_from_the_project_articles(tmp_path):
    words = bench.build_corpus(tmp_path, articles=3, words_per_article=200)
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == 3
    assert words >= 600
    assert len({f.read_text(encoding="utf-8") for f in files}) == 3


def test_synthetic_claims_have_the_claims_columns():
    frame = bench.synthetic_claims(50)
    assert set(CLAIM_COLUMNS) - {"agreeing_sources"} <= set(frame.columns)


def test_conflict_scaling_runs_and_finds_conflicts():
    rows = bench.conflict_scaling([300, 1200])
    assert [r["claims"] for r in rows] == [300, 1200]
    assert all(r["conflicts"] > 0 and r["us_per_claim"] > 0 for r in rows)


def test_incremental_rescan_uses_the_cache(tmp_path):
    row = bench.incremental(4, tmp_path)
    assert row["articles"] == 4 and row["cache_hits"] == 4
    assert row["seconds"] > 0 and row["full_seconds"] > 0


compare_spec = importlib.util.spec_from_file_location("bench_compare", ROOT / "benchmarks" / "compare_trees.py")
compare = importlib.util.module_from_spec(compare_spec)
compare_spec.loader.exec_module(compare)


def test_compare_rows_are_appended_under_one_header(tmp_path):
    out = tmp_path / "compare.csv"
    row = {f: "" for f in compare.CSV_FIELDS}
    compare.append_rows(out, [{**row, "round": 1}])
    compare.append_rows(out, [{**row, "round": 2}, {**row, "round": 3}])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(compare.CSV_FIELDS)
    assert [line.split(",")[3] for line in lines[1:]] == ["1", "2", "3"]


def test_compare_scans_with_the_tree_it_is_given(tmp_path):
    corpus = tmp_path / "corpus"
    bench.build_corpus(corpus, 2, 120)
    # the child asserts that claimcheck was imported from the tree given (its src folder)
    assert compare.scan_cpu(ROOT / "src", corpus) > 0
