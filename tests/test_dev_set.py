"""The development set (../shared/eval/dev, scored by dev.py) must not get worse.

dev.py scans every dev topic with the claimcheck of this venv and scores it;
the pooled figures ("ALL") are held against the floors below.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

# Floors to raise as the figures improve, never to lower: a change that drops a
# pooled figure below one of them has lost something the project had reached.
FLOOR_CLAIM_PRECISION = 0.99
FLOOR_CLAIM_RECALL = 0.985
FLOOR_STRICT_FOUND = 50  # strict conflicts found, of 61 (recall .820)
FLOOR_CONFLICT_PRECISION = 0.95  # reported conflicts that are right / reported

DEV_SCRIPT = SHARED / "eval" / "dev.py"
CLAIMCHECK = Path(sys.executable).parent / "claimcheck"


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    if not DEV_SCRIPT.exists():
        pytest.skip(f"{DEV_SCRIPT} is absent: the dev set lives in ../shared beside the checkout")
    run = subprocess.run([sys.executable, str(DEV_SCRIPT), "--json", "--claimcheck", str(CLAIMCHECK)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout)


def test_every_dev_topic_is_scanned_and_scored(dev_scores):
    # a topic whose scan fails drops out of the pooled figures instead of lowering them
    failed = {t["topic"]: t["error"] for t in dev_scores["topics"] if "error" in t}
    assert not failed
    assert dev_scores["pooled"]["topic"] == "ALL"


def test_pooled_claim_figures_do_not_fall_below_their_floors(dev_scores):
    pooled = dev_scores["pooled"]
    assert pooled["precision"] >= FLOOR_CLAIM_PRECISION
    assert pooled["recall"] >= FLOOR_CLAIM_RECALL


def test_pooled_conflict_figures_do_not_fall_below_their_floors(dev_scores):
    pooled = dev_scores["pooled"]
    assert pooled["strict_found"] >= FLOOR_STRICT_FOUND
    reported = pooled["conflicts_predicted"]
    precision = pooled["conflicts_right"] / reported if reported else 0.0
    assert precision >= FLOOR_CONFLICT_PRECISION, f"{pooled['conflicts_right']} right of {reported} reported"
