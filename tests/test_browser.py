"""The HTML report in a real browser: Debian's headless Chromium (which .ci/run
installs) loads the report of the seed corpus plus one hostile article, runs
the page's script, and the rendered DOM is checked."""

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

from .conftest import ROOT
from .dom import parse

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "{{ 7*7 }}"]
# in the seed's terms, so that it conflicts with the seed articles
HOSTILE_ARTICLE = (f"{HOSTILE[0]} In the phase 3 trial, 20% of the placebo group no longer met PTSD criteria "
                   f"{HOSTILE[1]} and {HOSTILE[2]} more.\n")


def chromium(tmp_path: Path, *args: str) -> str:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (.ci/run installs Debian's chromium)")
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The seed corpus with a hostile article, one conflict dismissed, scanned
    with --html: (the report's path, the rows of conflicts.csv)."""
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    shutil.copytree(ROOT / "corpus", corpus, ignore=shutil.ignore_patterns(".claimcheck-cache"))
    (corpus / "005_hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    with (corpus / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(["005_hostile.txt", HOSTILE[1], "javascript:alert(1)",
                                                     HOSTILE[0], "2024-02-01", ""])
    runner = CliRunner()
    out = root / "out"
    args = ["scan", str(corpus), "--out", str(out), "-q", "--html", str(out / "report.html")]
    assert runner.invoke(main, args).exit_code == 0
    first = next(csv.DictReader(io.StringIO((out / "conflicts.csv").read_text(encoding="utf-8"))))
    assert runner.invoke(main, ["review", first["conflict_id"], "--corpus", str(corpus), "--dismiss"]).exit_code == 0
    assert runner.invoke(main, args).exit_code == 0
    rows = list(csv.DictReader(io.StringIO((out / "conflicts.csv").read_text(encoding="utf-8"))))
    assert any(r["source_b"] == "005_hostile.txt" for r in rows) and rows[0]["review"] == "dismissed"
    return out / "report.html", rows


def test_the_rendered_page_has_a_card_per_conflict_with_both_figures(report, tmp_path):
    path, rows = report
    page = parse(chromium(tmp_path, "--dump-dom", path.as_uri()))
    cards = page.find_all("article", "conflict")
    assert len(cards) == len(rows)
    assert {c.attrs["id"] for c in cards} == {r["conflict_id"] for r in rows}
    by_id = {r["conflict_id"]: r for r in rows}
    for card in cards:
        row = by_id[card.attrs["id"]]
        assert [m.text() for m in card.find_all("mark", "figure")] == [row["text_a"], row["text_b"]]
    folded = [c for c in cards if c.find_all("details", "fold")]
    assert [c.attrs["id"] for c in folded] == [rows[0]["conflict_id"]]
    # the page's script ran (the Content-Security-Policy let it): controls shown, cards counted
    assert next(e for e in page.iter() if e.attrs.get("id") == "shown").text() == f"showing {len(rows)} of {len(rows)}"
    assert "hidden" not in next(e for e in page.iter() if e.attrs.get("id") == "controls").attrs
    assert len(page.find_all("figure", "plot")) >= 2


def test_hostile_text_renders_as_text_and_injects_nothing(report, tmp_path):
    path, _ = report
    page = parse(chromium(tmp_path, "--dump-dom", path.as_uri()))
    elements = list(page.iter())
    assert [e.tag for e in elements].count("script") == 1
    assert not page.find_all("img")
    assert not [e for e in elements if any(name.startswith("on") for name in e.attrs)]
    assert not [e for e in elements if e.attrs.get("href", "").startswith("javascript")]
    sentences = " ".join(p.text() for p in page.find_all("p", "sentence"))
    for hostile in HOSTILE:
        assert hostile in sentences
    assert HOSTILE[1] in page.text() and HOSTILE[0] in page.text()  # the manifest's title and publisher


def test_a_screenshot_of_the_report(report, tmp_path):
    path, _ = report
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", path.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


def test_the_filters_and_sort_named_in_the_address_apply(report, tmp_path):
    path, rows = report
    # a severity that some rows have and some do not
    level = next(s for s in ("low", "medium", "high") if 0 < sum(r["severity"] == s for r in rows) < len(rows))
    url = f"{path.as_uri()}#severity={level}&sort=measure"
    cards = parse(chromium(tmp_path, "--dump-dom", url)).find_all("article", "conflict")
    shown = [c for c in cards if "hidden" not in c.attrs]
    low = [r for r in rows if r["severity"] == level]
    assert low and len(shown) == len(low) < len(cards)
    assert {c.attrs["id"] for c in shown} == {r["conflict_id"] for r in low}
    open_shown = [c.attrs["data-measure"] for c in shown if c.attrs["data-review"] != "dismissed"]
    assert open_shown == sorted(open_shown, key=str.casefold)
