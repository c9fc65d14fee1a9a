"""`--engine dask` writes the same bytes as the local engine, on a real
two-worker cluster (processes, so every task's inputs and results cross a
process boundary as they would between machines)."""

from __future__ import annotations

import io
import subprocess
import sys

import dask
import pandas as pd
import pytest
from click.testing import CliRunner
from dask.distributed import Client, LocalCluster

from claimcheck import scan
from claimcheck.claims import CLAIM_NUMERIC
from claimcheck.cli import main
from claimcheck.conflicts import CONFLICT_NUMERIC, PAIRWISE_BLOCK
from claimcheck.engine_dask import scan_dask

from .conftest import ROOT, SHARED

DEV_TOPICS = sorted(p for p in (SHARED / "eval" / "dev").iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(cluster):
    with Client(cluster) as client:
        yield client


def _local(corpus):
    return scan(corpus, cache=False)


def test_dev_topics_are_there():
    assert len(DEV_TOPICS) >= 4, f"the dev set is missing under {SHARED / 'eval' / 'dev'}"


@pytest.mark.parametrize("corpus", [ROOT / "corpus", *DEV_TOPICS], ids=lambda p: p.name)
def test_dask_engine_writes_the_local_engines_bytes(client, corpus):
    local, distributed = _local(corpus), scan_dask(corpus, client=client)
    assert distributed.claims_csv == local.claims_csv
    assert distributed.conflicts_csv == local.conflicts_csv
    assert distributed.claim_count == local.claim_count and distributed.articles == local.articles


def test_a_block_past_pairwise_size_is_compared_with_its_consensus_alike(client, tmp_path):
    # more articles stating one measure than PAIRWISE_BLOCK: each is compared with the consensus
    corpus = tmp_path / "many"
    corpus.mkdir()
    for n in range(PAIRWISE_BLOCK + 12):
        share = (40, 40, 40, 55, 62)[n % 5] + n % 3
        (corpus / f"a{n:03d}.txt").write_text(f"In the trial, {share}% of the treated group were in remission.\n",
                                              encoding="utf-8")
    local, distributed = _local(corpus), scan_dask(corpus, client=client)
    assert local.conflict_records  # the block holds disagreeing values
    assert distributed.claims_csv == local.claims_csv
    assert distributed.conflicts_csv == local.conflicts_csv


def test_a_file_url_reads_through_fsspec(client, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In the trial, 62% of the treated group were in remission.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("In the trial, 45% of the treated group were in remission.\n", encoding="utf-8")
    (corpus / "sources.csv").write_text("file,title,url,publisher,published,sha256\n"
                                        "b.txt,Second,,Wire,2024-02-01,\n", encoding="utf-8")
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "skip.txt").write_text("Ignored: 99% of it.\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(bytes(range(256)) * 8)
    local, distributed = _local(corpus), scan_dask(corpus.as_uri(), client=client)
    assert distributed.claims_csv == local.claims_csv
    assert distributed.conflicts_csv == local.conflicts_csv
    assert [str(p) for p in distributed.problems] == [str(p) for p in local.problems]
    assert "Wire" in distributed.claims_csv.decode() and len(distributed.conflicts) == 1


def test_cli_connects_to_a_running_scheduler(cluster, tmp_path):
    result = CliRunner().invoke(main, ["scan", str(ROOT / "corpus"), "--out", str(tmp_path), "--quiet",
                                       "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    local = _local(ROOT / "corpus")
    assert (tmp_path / "claims.csv").read_bytes() == local.claims_csv
    assert (tmp_path / "conflicts.csv").read_bytes() == local.conflicts_csv


def test_parquet_parts_hold_the_cells_of_the_csv_files(cluster, tmp_path):
    (tmp_path / "claims.parquet").mkdir()
    (tmp_path / "claims.parquet" / "part-00099.parquet").write_bytes(b"stale")  # an earlier scan's
    result = CliRunner().invoke(main, ["scan", str(ROOT / "corpus"), "--out", str(tmp_path), "--engine", "dask",
                                       "--scheduler", cluster.scheduler_address, "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert f"written:       {tmp_path / 'claims.parquet'}/, {tmp_path / 'conflicts.parquet'}/" in result.output
    local = _local(ROOT / "corpus")
    for name, data, numeric in (("claims", local.claims_csv, CLAIM_NUMERIC),
                                ("conflicts", local.conflicts_csv, CONFLICT_NUMERIC)):
        parts = sorted(p.name for p in (tmp_path / f"{name}.parquet").iterdir())
        assert parts[0] == "part-00000.parquet" and "part-00099.parquet" not in parts
        table = pd.read_parquet(tmp_path / f"{name}.parquet")
        csv_text = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
        assert list(table.columns) == list(csv_text.columns) and len(table) == len(csv_text) > 0
        for column in table.columns:
            if column in numeric:
                assert table[column].dtype == "float64"
                expected = pd.to_numeric(csv_text[column], errors="coerce").astype("float64")
                assert table[column].reset_index(drop=True).equals(expected)  # empty cells: NaN
            else:
                assert table[column].tolist() == csv_text[column].tolist()
    assert len(list((tmp_path / "claims.parquet").iterdir())) > 1  # a part per partition of articles
    assert not (tmp_path / "claims.csv").exists() and not list(tmp_path.glob("*.tmp-*"))


def test_cli_names_a_missing_corpus_url(cluster, tmp_path):
    missing = (tmp_path / "nowhere").as_uri()
    result = CliRunner().invoke(main, ["scan", missing, "--out", str(tmp_path), "--engine", "dask",
                                       "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 3
    assert result.output.strip() == f"claimcheck: {missing}: no such folder"


def test_an_unreachable_scheduler_is_named_in_one_line(tmp_path):
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["scan", str(ROOT / "corpus"), "--out", str(tmp_path), "--engine", "dask",
                                           "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 3
    assert result.output.startswith("claimcheck: cannot reach the Dask scheduler at tcp://127.0.0.1:1: ")
    assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "claims.csv").exists()


def test_scheduler_without_the_dask_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["scan", str(ROOT / "corpus"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--scheduler and --format parquet need --engine dask" in result.output


def test_without_dask_the_engine_asks_for_the_extra(monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "claimcheck.engine_dask")
    monkeypatch.setitem(sys.modules, "dask", None)  # import dask -> ImportError, as without the extra
    result = CliRunner().invoke(main, ["scan", str(ROOT / "corpus"), "--out", str(tmp_path), "--engine", "dask"])
    assert result.exit_code == 2
    assert "pip install 'claimcheck[dask]'" in result.output


def test_the_default_scan_does_not_import_dask(tmp_path):
    code = ("import sys; from claimcheck.cli import main; from click.testing import CliRunner; "
            f"r = CliRunner().invoke(main, ['scan', {str(ROOT / 'corpus')!r}, '--out', {str(tmp_path)!r}, "
            "'--quiet', '--no-cache']); assert r.exit_code == 0, r.output; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_an_article_a_worker_fails_on_is_a_problem_of_its_own(tmp_path, monkeypatch):
    # a fault met on one article's text fails that article, not its partition
    import claimcheck.api
    from claimcheck.engine_dask import Job, extract_partition

    real = claimcheck.api.rows_from_doc

    def failing_on_one(doc, *args):
        if "Quorvex" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, *args)

    monkeypatch.setattr(claimcheck.api, "rows_from_doc", failing_on_one)
    (tmp_path / "a.txt").write_text("Remission was seen in 61% of the treatment group.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Quorvex cut the rate by 31% in the trial.\n", encoding="utf-8")
    jobs = [Job(name, str(tmp_path / name), None) for name in ("a.txt", "b.txt")]
    good, bad = extract_partition(jobs, None)
    assert good.read and good.entry is not None and good.claims == 1
    assert not bad.read and bad.entry is None
    assert bad.problems == ["skipped: claimcheck failed on it (IndexError: list index out of range); "
                            "please report it with this article"]
