"""Messy and hostile input: encodings, giant lines, links that loop, file names
that break naive CSV writers, spreadsheet formulas, interruption, determinism."""

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck.cli as cli
from claimcheck import scan, write_outputs
from claimcheck.cli import EXIT_INTERRUPTED, main
from claimcheck.output import neutralize
from claimcheck.reader import blocks, decode

CLAIM = "The survey covered 1,480 households."


def build_messy_corpus(root: Path) -> Path:
    corpus = root / "messy"
    corpus.mkdir()
    (corpus / "bom.txt").write_bytes("\ufeff".encode() + CLAIM.encode())
    (corpus / "utf16.txt").write_bytes(CLAIM.encode("utf-16"))
    (corpus / "latin.txt").write_bytes("\u201cQuoted\u201d: the survey covered 1,480 households.".encode("cp1252"))
    (corpus / "crlf.txt").write_bytes(b"Title\r\n\r\nThe survey covered 1,480 households.\r\n")
    (corpus / "nul.txt").write_bytes(b"The survey\x00 covered 1,480 households.")
    giant = ("filler words " * 470_000) + CLAIM  # one line of about 6 MB
    (corpus / "giant.txt").write_text(giant, encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    for name in ["with, comma.txt", 'with "quotes".txt', "with spaces.txt", "ünïcødé — 日本.txt"]:
        (corpus / name).write_text(CLAIM, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    root = tmp_path_factory.mktemp("messy")
    corpus = build_messy_corpus(root)
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(root / "out")])
    return corpus, root / "out", result


def test_messy_scan_finishes_and_names_each_problem_once(messy):
    _, _, result = messy
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    problems = [line for line in result.output.splitlines() if line.startswith("claimcheck: ")]
    named = [line.split(": ")[1] for line in problems]
    assert sorted(named) == sorted(set(named)), problems
    assert "claimcheck: binary.txt: binary data, not text; skipped" in problems
    assert "claimcheck: latin.txt: not valid UTF-8 (byte 0); read as Windows-1252" in problems
    assert "claimcheck: nul.txt: NUL bytes replaced by spaces" in problems
    assert any(p.startswith("claimcheck: self.txt:") for p in problems)
    assert any(p.startswith("claimcheck: loop:") for p in problems)


def test_every_readable_article_is_scanned_completely(messy):
    corpus, out, _ = messy
    with open(out / "claims.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    found = {r["source"] for r in rows if r["value_low"] == "1480"}
    assert found == {"bom.txt", "utf16.txt", "latin.txt", "crlf.txt", "nul.txt", "giant.txt",
                     "with, comma.txt", 'with "quotes".txt', "with spaces.txt", "ünïcødé — 日本.txt"}
    giant = next(r for r in rows if r["source"] == "giant.txt")
    text = (corpus / "giant.txt").read_text(encoding="utf-8")
    assert text[int(giant["start"]):int(giant["end"])] == giant["text"] == "1,480"


def test_offsets_count_code_points_as_read_with_utf8(messy):
    corpus, out, _ = messy
    with open(out / "claims.csv", encoding="utf-8", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["source"] == "bom.txt")
    text = (corpus / "bom.txt").read_text(encoding="utf-8")
    assert text[int(row["start"]):int(row["end"])] == "1,480"


def test_blocks_cut_long_text_without_losing_a_character():
    text = ("word " * 50_000 + "\n") * 3 + "x" * 250_001
    pieces = list(blocks(text, limit=100_000))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100_000 for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_decode_rejects_binary_and_reads_utf16():
    with pytest.raises(ValueError):
        decode(bytes(range(32)) * 100)
    assert decode("12 mg".encode("utf-16"))[0] == "12 mg"


@pytest.mark.parametrize("text", ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralized(text):
    assert neutralize(text) == "'" + text
    assert neutralize("plain " + text) == "plain " + text


def test_spreadsheet_safety_in_both_csvs(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "=evil.txt").write_text("=HYPERLINK(1) In the trial, 62% of the treatment group were in remission.\n"
                                      "Temperatures fell to -5 °C overnight.", encoding="utf-8")
    (corpus / "b.txt").write_text("@SUM In the trial, 45% of the treatment group were in remission.",
                                  encoding="utf-8")
    write_outputs(scan(corpus), tmp_path)
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert all(r["source"] in {"'=evil.txt", "b.txt"} for r in rows)
    assert any(r["sentence"].startswith("'=HYPERLINK") for r in rows)
    cold = next(r for r in rows if r["unit"] == "°C")
    assert cold["value_low"] == "-5" and float(cold["value_low"]) == -5
    with open(tmp_path / "conflicts.csv", encoding="utf-8", newline="") as f:
        conflict = next(csv.DictReader(f))
    assert conflict["source_a"] == "'=evil.txt" and conflict["sentence_b"].startswith("'@SUM")


def test_same_corpus_gives_byte_identical_outputs_whatever_the_listing_order(tmp_path):
    texts = {f"art{i:02d}.txt": f"In the trial, {40 + i}% of the treatment group were in remission."
             for i in range(12)}
    outs = []
    for name, order in (("fwd", sorted(texts)), ("rev", sorted(texts, reverse=True))):
        corpus = tmp_path / name / "corpus"
        corpus.mkdir(parents=True)
        for fname in order:  # creation order differs, and so may the listing order
            (corpus / fname).write_text(texts[fname], encoding="utf-8")
        write_outputs(scan(corpus), tmp_path / name)
        outs.append(((tmp_path / name / "claims.csv").read_bytes(), (tmp_path / name / "conflicts.csv").read_bytes()))
    assert outs[0] == outs[1]
    write_outputs(scan(tmp_path / "fwd" / "corpus"), tmp_path / "again")
    assert (tmp_path / "again" / "claims.csv").read_bytes() == outs[0][0]


def test_interrupt_keeps_previous_outputs(tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(CLAIM, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("previous claims", encoding="utf-8")
    (out / "conflicts.csv").write_text("previous conflicts", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "scan", interrupted)
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(out)])
    assert result.exit_code == EXIT_INTERRUPTED
    assert result.output.strip() == ("claimcheck: scan interrupted; previous claims.csv and conflicts.csv "
                                     "left as they were")
    assert (out / "claims.csv").read_text(encoding="utf-8") == "previous claims"
    assert (out / "conflicts.csv").read_text(encoding="utf-8") == "previous conflicts"


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
def test_sigterm_during_a_real_scan(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    body = " ".join(f"Of {n} patients, {n % 90 + 5}% improved within {n % 11 + 2} weeks." for n in range(3000))
    for i in range(60):
        (corpus / f"a{i:03d}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.csv").write_text("previous claims", encoding="utf-8")
    exe = shutil.which("claimcheck", path=str(Path(sys.executable).parent)) or "claimcheck"
    proc = subprocess.Popen([exe, "scan", str(corpus), "--out", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6)  # past start-up (imports), well inside the scan
    assert proc.poll() is None, "the scan finished too fast to be interrupted"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED
    assert err.strip() == "claimcheck: scan interrupted; previous claims.csv and conflicts.csv left as they were"
    assert (out / "claims.csv").read_text(encoding="utf-8") == "previous claims"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
