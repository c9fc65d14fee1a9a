"""The HTML report (`claimcheck scan --html FILE`): one self-contained page."""

import ast
import base64
import csv
import fnmatch
import hashlib
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import scan
from claimcheck.cli import EXIT_CORPUS, main
from claimcheck.corpus import MANIFEST_COLUMNS
from claimcheck.html_report import render_report, split_at_figure

from .conftest import ROOT
from .dom import parse

HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "{{ 7*7 }}"]
# three outlets on one survey; the third disagrees, and its text is hostile
HERALD = "The city survey found that 62% of renters in the survey felt safe at night. The survey cost $40,000.\n"
GAZETTE = "According to the city survey, 62% of renters in the survey felt safe at night.\n"
HOSTILE_ARTICLE = (f"{HOSTILE[0]} The city survey found that 41% of renters in the survey felt safe at night "
                   f"{HOSTILE[1]} and {HOSTILE[2]} too. The survey cost $90,000.\n")


def write_manifest(corpus: Path, rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: row.get(c, "") for c in MANIFEST_COLUMNS} for row in rows)
    (corpus / "sources.csv").write_text(buf.getvalue(), encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "herald.txt").write_text(HERALD, encoding="utf-8")
    (corpus / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (corpus / "zine.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    write_manifest(corpus, [
        {"file": "herald.txt", "title": "Renters feel safer", "publisher": "The Herald", "published": "2024-05-02",
         "url": "https://herald.example/renters"},
        {"file": "zine.txt", "title": HOSTILE[0] + HOSTILE[1], "publisher": HOSTILE[2], "url": "javascript:alert(1)"},
    ])
    return corpus


def scan_with_html(corpus: Path, out: Path, *extra: str):
    # every conflict, however certain: the report is tested, not the confidence
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(out), "--html", str(out / "report.html"),
                                       "--min-confidence", "0", *extra])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((out / "conflicts.csv").read_text(encoding="utf-8"))))
    return (out / "report.html").read_text(encoding="utf-8"), rows, result


def test_one_card_per_conflict_with_both_sentences_and_both_figures_highlighted(corpus, tmp_path):
    html, rows, result = scan_with_html(corpus, tmp_path / "out")
    assert "report.html" in result.output  # the summary names it
    cards = parse(html).find_all("article", "conflict")
    assert len(rows) >= 3 and len(cards) == len(rows)
    for card, row in zip(cards, rows, strict=True):
        assert card.attrs["id"] == row["conflict_id"]
        assert [m.text() for m in card.find_all("mark", "figure")] == [row["text_a"], row["text_b"]]
        assert [p.text() for p in card.find_all("p", "sentence")] == [row["sentence_a"], row["sentence_b"]]
        text = card.text()
        for field in ("claim_a", "claim_b", "severity", "reason"):
            assert row[field] in text


def test_each_side_shows_its_source_from_the_manifest(corpus, tmp_path):
    html, rows, _ = scan_with_html(corpus, tmp_path / "out")
    row = next(i for i, r in enumerate(rows) if "herald.txt" in (r["source_a"], r["source_b"]))
    card = parse(html).find_all("article", "conflict")[row]
    side = next(s for s in card.find_all("div", "side") if "herald.txt" in s.text())
    assert "Renters feel safer" in side.text() and "The Herald" in side.text() and "2024-05-02" in side.text()
    assert [a.attrs["href"] for a in side.find_all("a")] == ["https://herald.example/renters"]


def test_article_and_manifest_text_is_shown_as_text_never_run(corpus, tmp_path):
    html, rows, _ = scan_with_html(corpus, tmp_path / "out")
    assert any("zine.txt" in (r["source_a"], r["source_b"]) for r in rows)
    page = parse(html)
    elements = list(page.iter())
    assert [e.tag for e in elements].count("script") == 1  # the page's own
    assert not page.find_all("img")
    assert not [e for e in elements if any(name.startswith("on") for name in e.attrs)]
    assert not [e for e in elements if e.attrs.get("href", "").lower().startswith("javascript")]
    sentences = " ".join(p.text() for p in page.find_all("p", "sentence"))
    for hostile in HOSTILE:
        assert hostile in sentences
    assert HOSTILE[0] + HOSTILE[1] in page.text()  # the manifest title, as text
    assert "49" not in sentences


def test_the_page_loads_nothing_and_runs_only_its_own_script(corpus, tmp_path):
    html, _, _ = scan_with_html(corpus, tmp_path / "out")
    page = parse(html)
    assert not [e for e in page.iter() if "src" in e.attrs or e.tag == "link"]
    hrefs = [e.attrs["href"] for e in page.iter() if "href" in e.attrs]
    assert hrefs == ["https://herald.example/renters"] * len(hrefs)  # only the manifest's article link
    policy = next(m.attrs["content"] for m in page.find_all("meta") if m.attrs.get("http-equiv"))
    assert "default-src 'none'" in policy
    script = page.find_all("script")[0].text()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy  # else a browser would refuse to run it


def test_dismissed_conflicts_are_folded(corpus, tmp_path):
    out = tmp_path / "out"
    _, rows, _ = scan_with_html(corpus, out)
    dismissed = rows[0]["conflict_id"]
    assert CliRunner().invoke(main, ["review", dismissed, "--corpus", str(corpus), "--dismiss",
                                     "--note", "not the same question"]).exit_code == 0
    html, rows, _ = scan_with_html(corpus, out)
    for card in parse(html).find_all("article", "conflict"):
        folds = card.find_all("details", "fold")
        if card.attrs["id"] == dismissed:
            assert len(folds) == 1 and "not the same question" in folds[0].text()
            assert len(folds[0].find_all("mark", "figure")) == 2  # the card, inside the fold
        else:
            assert not folds


def test_a_strip_plot_per_group_of_conflicts_marks_every_source(corpus, tmp_path):
    html, rows, _ = scan_with_html(corpus, tmp_path / "out")
    plots = parse(html).find_all("figure", "plot")
    marked = {m.attrs["data-claim"] for p in plots for m in p.iter() if "in-conflict" in m.classes}
    assert marked == {r[f"claim_{end}"] for r in rows for end in "ab"}  # every conflicting figure is drawn
    share = next(p for p in plots if "felt safe" in p.attrs["data-measure"])
    marks = share.find_all("circle")
    assert len(marks) == 3  # herald and gazette agree, the zine is the outlier
    assert len({m.attrs["cx"] for m in marks}) == 2
    assert len(plots) == 2  # the share and the cost, however each pair's measure is worded


def test_columns_a_newer_conflict_stage_adds_are_shown(corpus):
    result = scan(corpus)
    header, *lines = result.conflicts_csv.decode().splitlines()
    extended = "\n".join([header + ",confidence,matched"] + [line + ',0.83,"measure, arm"' for line in lines])
    html = render_report(replace(result, conflicts_csv=(extended + "\n").encode()), corpus)
    cards = parse(html).find_all("article", "conflict")
    assert all(c.attrs["data-confidence"] == "0.83" for c in cards)
    assert all("measure, arm" in c.text() for c in cards)
    tiles = [t.text() for t in parse(html).find_all("div", "tile")]
    assert f"{len(cards)}confidence high (≥ 0.8)" in tiles


def test_the_figure_highlighted_is_the_claims_own_occurrence():
    sentence = "Fares rose 5% in spring, held, then rose 5% again."
    first = {"claim_id": "c1", "text": "5%", "start": "110"}
    second = {"claim_id": "c2", "text": "5%", "start": "140"}
    before, figure, after = split_at_figure(second, sentence, [second, first])
    assert figure == "5%" and before == "Fares rose 5% in spring, held, then rose " and after == " again."
    assert split_at_figure(first, sentence, [first, second])[0] == "Fares rose "
    assert split_at_figure({"claim_id": "c3", "text": "9%", "start": "0"}, sentence, []) == (sentence, "", "")


def test_an_unwritable_report_path_is_a_clear_error(corpus, tmp_path):
    (tmp_path / "blocked").write_text("a file, not a folder")
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q",
                                       "--html", str(tmp_path / "blocked" / "r.html")])
    assert result.exit_code == EXIT_CORPUS
    assert result.output.startswith("claimcheck: cannot write the report to ")
    assert "blocked" in result.output and result.output.count("\n") == 1


def test_the_package_ships_every_template():
    # read with a pattern, not tomllib: the project supports Python 3.10, which has none
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[tool\.setuptools\.package-data\]\n(?:.*\n)*?claimcheck = (\[.*?\])", config, re.M | re.S)
    patterns = ast.literal_eval(section.group(1))
    shipped = [p for p in (ROOT / "src" / "claimcheck" / "templates").iterdir()
               if any(fnmatch.fnmatch(f"templates/{p.name}", pattern) for pattern in patterns)]
    assert sorted(p.name for p in shipped) == sorted(p.name for p in (ROOT / "src/claimcheck/templates").iterdir())
    assert {"report.html.j2", "report.js"} <= {p.name for p in shipped}


def test_a_corpus_without_conflicts_gets_a_report_that_says_so(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("The ferry carries 300 passengers an hour.\n", encoding="utf-8")
    (corpus / "two.txt").write_text("The new ferry carries 300 passengers an hour.\n", encoding="utf-8")
    html, rows, _ = scan_with_html(corpus, tmp_path / "out")
    page = parse(html)
    assert rows == [] and not page.find_all("article", "conflict") and not page.find_all("figure", "plot")
    assert "No conflicts found." in page.text()
