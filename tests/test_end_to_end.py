"""Scans the seed corpus and scores it with the shared scorer: the figures the
project has reached must not regress."""

import json
import subprocess
import sys

import pytest

from claimcheck import scan, write_outputs

from .conftest import ROOT, SHARED

GOLD = SHARED / "eval" / "seed_gold.jsonl"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="module")
def seed_score(tmp_path_factory):
    if not GOLD.exists():
        pytest.fail(f"the seed gold is missing: {GOLD} (../shared must sit beside the checkout)")
    out = tmp_path_factory.mktemp("seed-scan")
    write_outputs(scan(ROOT / "corpus"), out)
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--claims", str(out / "claims.csv"),
         "--conflicts", str(out / "conflicts.csv"), "--json"],
        capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_claim_precision_and_recall(seed_score):
    assert seed_score["precision"] >= 0.95
    assert seed_score["recall"] >= 0.95


def test_conflict_recall_and_precision(seed_score):
    assert seed_score["conflict_recall"] == 1.0
    assert seed_score["conflict_precision"] >= 0.8


def test_committed_claims_csv_is_the_scan_of_corpus(tmp_path):
    write_outputs(scan(ROOT / "corpus"), tmp_path)
    committed = (ROOT / "claims.csv").read_text(encoding="utf-8")
    assert committed == (tmp_path / "claims.csv").read_text(encoding="utf-8"), \
        "claims.csv is stale: run `claimcheck scan corpus/` and commit it"
