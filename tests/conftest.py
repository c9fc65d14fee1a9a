from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """text -> list of Quantity, in text order."""

    def run(text: str):
        doc = nlp(text)
        return sorted((s._.quantity for s in doc.spans["quantities"]), key=lambda q: q.start_char)

    return run
