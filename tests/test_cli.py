"""The command line, through click's CliRunner."""

import csv
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from claimcheck.cli import EXIT_CONFLICTS, EXIT_CORPUS, EXIT_USAGE, main

from .conftest import ROOT

ARTICLE_A = "The phase 3 trial enrolled 300 adults. Remission was seen in 61% of the treatment group.\n"
ARTICLE_B = "In the phase 3 trial, 48% of the treatment group were in remission.\n"


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    return corpus


def test_scan_writes_both_tables_and_a_summary(tmp_path):
    corpus = make_corpus(tmp_path)
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "articles read: 2" in result.output
    assert "conflicts:" in result.output and "1 high" in result.output
    claims = (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")
    assert claims.startswith("claim_id,source,start,end,text,value_low,value_high,unit,kind")
    conflicts = (tmp_path / "out" / "conflicts.csv").read_text(encoding="utf-8").splitlines()
    assert len(conflicts) == 2 and "remission" in conflicts[1]


def test_quiet_prints_nothing(tmp_path):
    corpus = make_corpus(tmp_path)
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    assert result.output == ""


def test_fail_on_conflict(tmp_path):
    corpus = make_corpus(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q", "--fail-on-conflict"])
    assert result.exit_code == EXIT_CONFLICTS
    (corpus / "b.md").write_text(ARTICLE_B.replace("48%", "61%"), encoding="utf-8")
    result = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q", "--fail-on-conflict"])
    assert result.exit_code == 0


def test_min_severity_filters_the_report(tmp_path):
    corpus = make_corpus(tmp_path)
    (corpus / "b.md").write_text(ARTICLE_B.replace("phase 3", "phase 2"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q", "--fail-on-conflict",
                                  "--min-severity", "high"])
    assert result.exit_code == 0
    assert len((tmp_path / "conflicts.csv").read_text(encoding="utf-8").splitlines()) == 1
    result = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q", "--fail-on-conflict",
                                  "--min-confidence", "0"])
    assert result.exit_code == EXIT_CONFLICTS


def test_min_confidence_filters_the_report_and_rows_carry_it(tmp_path):
    corpus = make_corpus(tmp_path)
    # phase 2 against phase 3: another study, so a conflict of low confidence
    (corpus / "b.md").write_text(ARTICLE_B.replace("phase 3", "phase 2"), encoding="utf-8")
    runner = CliRunner()
    everything = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q", "--min-confidence", "0"])
    assert everything.exit_code == 0
    rows = list(csv.DictReader((tmp_path / "conflicts.csv").open(encoding="utf-8")))
    assert len(rows) == 1
    confidence = float(rows[0]["confidence"])
    assert 0 < confidence < 0.5 and rows[0]["severity"] == "low"
    assert "phase 3 vs phase 2" in rows[0]["reason"]
    cut = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "-q",
                               "--min-confidence", str(confidence + 0.01)])
    assert cut.exit_code == 0
    assert len((tmp_path / "conflicts.csv").read_text(encoding="utf-8").splitlines()) == 1
    bad = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "--min-confidence", "2"])
    assert bad.exit_code == EXIT_USAGE


def test_missing_corpus_is_one_line_and_no_traceback(tmp_path):
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == EXIT_CORPUS
    assert result.output.strip() == f"claimcheck: {tmp_path / 'nope'}: no such folder"
    assert "Traceback" not in result.output


def test_corpus_without_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_CORPUS
    assert "no articles" in result.output
    assert not (tmp_path / "out").exists()


def test_bad_article_is_reported_and_the_others_scanned(tmp_path):
    corpus = make_corpus(tmp_path)
    (corpus / "broken.txt").write_bytes(bytes(range(256)) * 10)
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert "claimcheck: broken.txt: binary data, not text; skipped" in result.output
    assert "articles read: 2" in result.output


def test_unwritable_output_keeps_previous_files(tmp_path):
    corpus = make_corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("previous", encoding="utf-8")
    (out / "conflicts.csv").mkdir()  # cannot be replaced by a file
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_CORPUS
    assert "cannot write outputs" in result.output
    assert "Traceback" not in result.output
    assert (out / "claims.csv").read_text(encoding="utf-8") == "previous"
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def test_help_documents_exit_codes():
    result = CliRunner().invoke(main, ["scan", "--help"])
    assert result.exit_code == 0
    for text in ("Exit codes", "--similarity", "--min-severity", "--fail-on-conflict", "130"):
        assert text in result.output


def test_summary_says_how_many_articles_came_from_the_cache(tmp_path):
    corpus = make_corpus(tmp_path)
    runner = CliRunner()
    first = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path)])
    second = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path)])
    assert "from the cache" not in first.output
    assert "articles read: 2 (2 unchanged, from the cache)" in second.output


def test_progress_is_shown_only_when_enabled_and_slow():
    import io

    from claimcheck.report import Progress

    shown, hidden = io.StringIO(), io.StringIO()
    p = Progress(enabled=True, delay=0, stream=shown)
    p.update(3, 10)
    p.update(10, 10)
    p.clear()
    Progress(enabled=False, delay=0, stream=hidden).update(3, 10)
    assert "scanned 3/10 articles" in shown.getvalue() and "scanned 10/10 articles" in shown.getvalue()
    assert shown.getvalue().endswith("\r")
    assert hidden.getvalue() == ""


def test_the_summary_lists_the_most_certain_conflicts_first_with_their_confidence(tmp_path):
    corpus = make_corpus(tmp_path)
    (corpus / "c.md").write_text("In the phase 2 trial, 30% of the treatment group were in remission.\n",
                                 encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path), "--min-confidence", "0"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    table = lines[lines.index(next(x for x in lines if x.startswith("conf "))) + 1:]
    confidences = [float(x.split()[0]) for x in table if x[:1].isdigit()]
    assert len(confidences) >= 2 and confidences == sorted(confidences, reverse=True)


def test_a_scan_through_the_cli_does_not_import_pandas(tmp_path):
    # pandas costs a quarter of a second to import; a scan writes its tables without it
    code = ("import sys\nfrom click.testing import CliRunner\nfrom claimcheck.cli import main\n"
            f"r = CliRunner().invoke(main, ['scan', {str(ROOT / 'corpus')!r}, '--out', {str(tmp_path)!r}, '-q'])\n"
            "print(r.exit_code, 'pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False"]


def test_an_article_claimcheck_fails_on_is_reported_and_the_others_scanned(tmp_path, monkeypatch):
    # a fault of claimcheck's own, met on one article's text, stands in for any:
    # that article is named in one line, and the others' claims are written
    import claimcheck.api

    real = claimcheck.api.rows_from_doc

    def failing_on_one(doc, *args):
        if "Quorvex" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, *args)

    monkeypatch.setattr(claimcheck.api, "rows_from_doc", failing_on_one)
    corpus = make_corpus(tmp_path)
    (corpus / "c.txt").write_text("Quorvex cut the rate by 31% in the trial.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "claimcheck: c.txt: skipped: claimcheck failed on it (IndexError: list index out of range)" \
        in result.output
    assert "Traceback" not in result.output
    with open(tmp_path / "out" / "claims.csv", encoding="utf-8") as f:
        sources = {row["source"] for row in csv.DictReader(f)}
    assert sources == {"a.txt", "b.md"}
