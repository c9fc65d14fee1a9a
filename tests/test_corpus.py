"""Growing a corpus: add, the manifest, relative dates, the cache, --jobs."""

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import claimcheck.cache as cache_module
from claimcheck import scan, write_outputs
from claimcheck.cli import EXIT_CORPUS, main
from claimcheck.corpus import MANIFEST_NAME, load_manifest

PAGE = """<html><head><title>Trial results are in</title>
<meta property="og:site_name" content="Health Wire"><meta name="date" content="2023-04-12"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe for 50% off</nav>
<article><h1>Trial results are in</h1>
<p>In the phase 3 trial, 62% of the treatment group were in remission after 12 weeks of treatment.</p>
<p>The company expects approval next year, a spokesperson said, and plans a filing within 6 months.</p>
</article><footer>Copyright 2023. 2 new messages. Cookie settings.</footer></body></html>"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def manifest_rows(corpus: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO((corpus / MANIFEST_NAME).read_text(encoding="utf-8"))))


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_add_txt_and_md_as_they_are(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"About 40% of adults agreed.\r\n")
    (src / "b.md").write_text("# Notes\n\n12 sites took part.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    result = run("add", src / "a.txt", src / "b.md", "--corpus", corpus, "--publisher", "Wire",
                 "--published", "2024-03-01")
    assert result.exit_code == 0, result.output
    assert (corpus / "a.txt").read_bytes() == b"About 40% of adults agreed.\r\n"
    assert (corpus / "b.md").exists()
    rows = {r["file"]: r for r in manifest_rows(corpus)}
    assert rows["a.txt"]["publisher"] == "Wire" and rows["b.md"]["published"] == "2024-03-01"


def test_add_html_keeps_the_main_text_and_the_page_metadata(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "corpus"
    result = run("add", page, "--corpus", corpus)
    assert result.exit_code == 0, result.output
    text = (corpus / "story.txt").read_text(encoding="utf-8")
    assert "62% of the treatment group" in text
    assert "Subscribe" not in text and "Cookie" not in text and "Home" not in text
    (row,) = manifest_rows(corpus)
    assert row["title"] == "Trial results are in"
    assert row["published"] == "2023-04-12"


def test_adding_the_same_content_twice_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    (tmp_path / "a.txt").write_text("About 40% of adults agreed.", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("About 40% of adults   agreed.\n", encoding="utf-8")
    assert run("add", tmp_path / "a.txt", "--corpus", corpus).exit_code == 0
    result = run("add", tmp_path / "copy.txt", "--corpus", corpus)
    assert result.exit_code == EXIT_CORPUS
    assert "already in the corpus as a.txt" in result.output
    assert not (corpus / "copy.txt").exists()


def test_near_duplicate_is_added_with_a_warning(tmp_path):
    body = " ".join(f"Sentence {i} says that {i * 3} people took part in the study." for i in range(40))
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Breaking news! " + body + " Share this story.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    run("add", tmp_path / "a.txt", "--corpus", corpus)
    result = run("add", tmp_path / "b.txt", "--corpus", corpus)
    assert result.exit_code == 0
    assert "nearly the same text as a.txt" in result.output
    assert (corpus / "b.txt").exists()


def test_unreadable_and_unknown_files_are_refused_by_name(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "deck.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text("12 sites took part.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    result = run("add", tmp_path / "bin.txt", tmp_path / "deck.pdf", tmp_path / "ok.txt",
                 tmp_path / "missing.txt", "--corpus", corpus)
    assert result.exit_code == EXIT_CORPUS
    assert f"{tmp_path / 'bin.txt'}: binary data, not text; skipped" in result.output
    assert f"{tmp_path / 'deck.pdf'}: not an article" in result.output
    assert f"{tmp_path / 'missing.txt'}: cannot read" in result.output
    assert (corpus / "ok.txt").exists()


def test_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("12 sites took part.", encoding="utf-8")
    result = run("add", tmp_path / "a.txt", "--corpus", tmp_path / "c", "--published", "2024-13-01")
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_manifest_appears_in_both_csvs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In the trial, 62% of the treatment group were in remission.", encoding="utf-8")
    (corpus / "b.txt").write_text("In the trial, 45% of the treatment group were in remission.", encoding="utf-8")
    (corpus / MANIFEST_NAME).write_text("file,title,publisher,published\na.txt,First,Wire,2022-05-01\n",
                                        encoding="utf-8")
    write_outputs(scan(corpus), tmp_path)
    claims = {r["source"]: r for r in read_csv(tmp_path / "claims.csv")}
    assert (claims["a.txt"]["title"], claims["a.txt"]["publisher"], claims["a.txt"]["published"]) == \
        ("First", "Wire", "2022-05-01")
    assert claims["b.txt"]["published"] == ""
    (conflict,) = read_csv(tmp_path / "conflicts.csv")
    assert {conflict["published_a"], conflict["published_b"]} == {"2022-05-01", ""}


def test_bad_manifest_date_is_reported_and_ignored(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("12 sites took part.", encoding="utf-8")
    (corpus / MANIFEST_NAME).write_text("file,published\na.txt,last spring\n", encoding="utf-8")
    sources, problems = load_manifest(corpus)
    assert sources["a.txt"].published == ""
    assert [str(p) for p in problems] == [
        "sources.csv: line 2: published 'last spring' is not YYYY-MM-DD, YYYY-MM or YYYY; ignored"]


FORECAST = "Regulators are expected to approve the drug next year, and a decision may come later this month."


@pytest.mark.parametrize("published,year_value,month_date,flag", [
    ("2022-11-20", "2023", "2022-11", "resolved against publication date 2022-11-20"),
    ("2022", "2023", "", "not resolved: publication month unknown"),
    ("", "", "", "not resolved: publication date unknown"),
])
def test_relative_dates(tmp_path, published, year_value, month_date, flag):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FORECAST, encoding="utf-8")
    if published:
        (corpus / MANIFEST_NAME).write_text(f"file,published\na.txt,{published}\n", encoding="utf-8")
    claims = scan(corpus).claims.set_index("text")
    year = claims.loc["next year"]
    assert ("" if pd.isna(year["value_low"]) else str(int(year["value_low"]))) == year_value
    month = claims.loc["later this month"]
    assert (month["date"] or "") == month_date
    assert flag in month["flags"]


def test_cache_hit_miss_and_invalidation(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f"In all, {10 + i} sites took part.", encoding="utf-8")
    assert scan(corpus).cache_hits == 0
    assert scan(corpus).cache_hits == 3
    (corpus / "a1.txt").write_text("In all, 99 sites took part.", encoding="utf-8")
    assert scan(corpus).cache_hits == 2
    # a new extractor version makes every entry stale
    monkeypatch.setattr(cache_module, "extractor_version", lambda model=None: "another-version")
    assert scan(corpus).cache_hits == 0
    assert scan(corpus).cache_hits == 3
    assert scan(corpus, cache=False).cache_hits == 0


def test_cached_scan_equals_uncached_byte_for_byte(tmp_path):
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    cache_dir = tmp_path / "cache"
    outs = []
    for kwargs in ({"cache": False}, {"cache_dir": cache_dir}, {"cache_dir": cache_dir}):
        out = tmp_path / f"out{len(outs)}"
        result = scan(corpus, **kwargs)
        write_outputs(result, out)
        outs.append(((out / "claims.csv").read_bytes(), (out / "conflicts.csv").read_bytes(), result.cache_hits))
    assert outs[2][2] == 5
    assert outs[0][:2] == outs[1][:2] == outs[2][:2]


def test_jobs_2_equals_jobs_1_byte_for_byte(tmp_path):
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    runner = CliRunner()
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["scan", str(corpus), "--out", str(tmp_path / jobs), "-q", "--no-cache",
                                      "--jobs", jobs])
        assert result.exit_code == 0, result.output
    for name in ("claims.csv", "conflicts.csv"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
