"""Reviewers' decisions: recorded by `claimcheck review`, applied by every scan."""

import csv
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck import ConflictSettings, scan
from claimcheck.cli import EXIT_CONFLICTS, EXIT_CORPUS, EXIT_USAGE, main
from claimcheck.reviews import (
    FORMAT_LINE,
    REVIEWS_NAME,
    Decision,
    ReviewsError,
    load_reviews,
    parse_reviews,
    render_reviews,
)

from .conftest import ROOT

# two trials stated differently by two outlets, and a dose on which they agree
NEWS = ("The phase 2 study of the new inhaler enrolled 240 volunteers. "
        "Symptoms eased in 58% of the treated group within a month. Each puff held 90 mg.\n")
BLOG = ("Writing about that phase 2 study, the author said symptoms eased in 44% of the treated group. "
        "The county spent $3 million on the scheme.\n")
# (the press release gives the spending of an earlier study: a less certain conflict)
PRESS = ("An earlier phase 1 study found the inhaler safe. Each puff of the inhaler held 90 mg, the maker said, "
         "and in that phase 1 study the county spent $5 million on the scheme.\n")


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "blog.txt").write_text(BLOG, encoding="utf-8")
    (corpus / "press.txt").write_text(PRESS, encoding="utf-8")
    return corpus


def conflict_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def scan_cli(corpus: Path, out: Path, *extra: str):
    # every conflict, however certain: reviews are about what a reviewer is shown
    return CliRunner().invoke(main, ["scan", str(corpus), "--out", str(out), "--min-confidence", "0", *extra])


def review_cli(corpus: Path, *args: str):
    return CliRunner().invoke(main, ["review", *args, "--corpus", str(corpus)])


@pytest.fixture()
def scanned(tmp_path):
    """A corpus with two conflicts, scanned once: (corpus, out, rows of conflicts.csv)."""
    corpus = make_corpus(tmp_path)
    out = tmp_path / "out"
    assert scan_cli(corpus, out, "-q").exit_code == 0
    rows = conflict_rows(out / "conflicts.csv")
    assert [r["severity"] for r in rows] == ["medium", "low"]
    return corpus, out, rows


def test_every_scan_adds_empty_review_columns_at_the_end(scanned):
    _, out, rows = scanned
    header = (out / "conflicts.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-2:] == ["review", "review_note"]
    assert all(r["review"] == "" and r["review_note"] == "" for r in rows)


def test_a_dismissed_conflict_is_marked_left_out_of_the_summary_and_of_fail_on_conflict(scanned):
    corpus, out, rows = scanned
    for row in rows:
        result = review_cli(corpus, row["conflict_id"], "--dismiss", "--note", "different cohorts")
        assert result.exit_code == 0, result.stderr
        assert row["conflict_id"] in result.output
    result = scan_cli(corpus, out, "--fail-on-conflict")
    assert result.exit_code == 0, result.output  # every conflict dismissed: nothing trips the gate
    assert f"({len(rows)} dismissed in reviews.csv, not counted)" in result.output
    assert "0 high, 0 medium, 0 low" in result.output
    again = conflict_rows(out / "conflicts.csv")
    assert [r["conflict_id"] for r in again] == [r["conflict_id"] for r in rows]
    assert all(r["review"] == "dismissed" and r["review_note"] == "different cohorts" for r in again)


def test_a_confirmed_conflict_still_fails_the_gate(scanned):
    corpus, out, rows = scanned
    assert review_cli(corpus, rows[0]["conflict_id"], "--confirm").exit_code == 0
    for row in rows[1:]:
        assert review_cli(corpus, row["conflict_id"], "--dismiss").exit_code == 0
    result = scan_cli(corpus, out, "--fail-on-conflict")
    assert result.exit_code == EXIT_CONFLICTS
    assert conflict_rows(out / "conflicts.csv")[0]["review"] == "confirmed"


def test_recording_again_replaces_the_decision(scanned):
    corpus, _, rows = scanned
    conflict_id = rows[0]["conflict_id"]
    review_cli(corpus, conflict_id, "--dismiss")
    result = review_cli(corpus, conflict_id, "--fixed", "--note", "the blog corrected its figure")
    assert result.exit_code == 0 and "(was dismissed)" in result.output
    decisions = load_reviews(corpus)
    assert list(decisions) == [conflict_id]
    assert decisions[conflict_id].decision == "fixed"
    assert decisions[conflict_id].note == "the blog corrected its figure"


def test_the_python_api_applies_decisions_too(scanned):
    corpus, _, rows = scanned
    review_cli(corpus, rows[0]["conflict_id"], "--dismiss", "--note", "checked")
    result = scan(corpus, settings=ConflictSettings(min_confidence=0))
    assert [r["review"] for r in result.conflict_records][0] == "dismissed"
    assert len(result.open_conflicts()) == len(rows) - 1
    frame = result.conflicts
    assert list(frame.columns[-2:]) == ["review", "review_note"]
    assert frame.iloc[0]["review_note"] == "checked"


def test_an_unknown_id_is_refused_and_changes_nothing(scanned):
    corpus, _, rows = scanned
    result = review_cli(corpus, "k000000000000", "--dismiss")
    assert result.exit_code == EXIT_CORPUS
    assert result.stderr.count("\n") == 1 and "k000000000000: no such conflict" in result.stderr
    assert not (corpus / REVIEWS_NAME).exists()
    review_cli(corpus, rows[0]["conflict_id"], "--confirm")
    before = (corpus / REVIEWS_NAME).read_bytes()
    assert review_cli(corpus, "k000000000000", "--dismiss").exit_code == EXIT_CORPUS
    assert (corpus / REVIEWS_NAME).read_bytes() == before


def test_review_needs_exactly_one_decision(scanned):
    corpus, _, rows = scanned
    assert review_cli(corpus, rows[0]["conflict_id"]).exit_code == EXIT_USAGE
    assert not (corpus / REVIEWS_NAME).exists()


@pytest.mark.parametrize("content, message", [
    ("conflict_id,decision,note,date\nk1,dismissed,,\n", "line 1 is not '# claimcheck reviews format 1'"),
    (FORMAT_LINE.replace("1", "2") + "\nconflict_id,decision,note,date\n", "format 2 is from a newer claimcheck"),
    (FORMAT_LINE + "\nconflict_id,verdict,note,date\n", "line 2: the header must be"),
    (FORMAT_LINE + "\nconflict_id,decision,note,date\nk1,maybe,,\n", "line 3: decision 'maybe' is not one of"),
    (FORMAT_LINE + "\nconflict_id,decision,note,date\nk1,fixed,,31/12/2024\n", "line 3: date '31/12/2024'"),
    (FORMAT_LINE + "\nconflict_id,decision,note,date\nk1,fixed,,2024-01-01,x\n", "line 3: 5 fields"),
    (FORMAT_LINE + "\nconflict_id,decision,note,date\nk1,fixed\nk1,dismissed\n",
     "line 4: a second decision for k1 (the first is on line 3)"),
])
def test_a_damaged_reviews_file_stops_review_and_scan_and_changes_nothing(scanned, content, message):
    corpus, out, rows = scanned
    (corpus / REVIEWS_NAME).write_text(content, encoding="utf-8")
    before = (out / "conflicts.csv").read_bytes()
    result = review_cli(corpus, rows[0]["conflict_id"], "--dismiss")
    assert result.exit_code == EXIT_CORPUS
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert (corpus / REVIEWS_NAME).read_text(encoding="utf-8") == content
    result = scan_cli(corpus, out, "-q")
    assert result.exit_code == EXIT_CORPUS and message in result.stderr
    assert (out / "conflicts.csv").read_bytes() == before


def test_bytes_that_are_not_utf8_are_a_clear_error(tmp_path):
    (tmp_path / REVIEWS_NAME).write_bytes(FORMAT_LINE.encode() + b"\nconflict_id,decision,note,date\nk1,fixed,\xff,\n")
    with pytest.raises(ReviewsError, match="not valid UTF-8"):
        load_reviews(tmp_path)


def test_a_hand_edited_file_with_comments_blank_lines_and_capitals_reads():
    text = (FORMAT_LINE + "\n# decided at the Monday meeting\nconflict_id,decision,note,date\n\n"
            "kabc,Dismissed,\"two cohorts, not one\",2025-02-03\nkdef,confirmed\n")
    decisions = parse_reviews(text, Path(REVIEWS_NAME))
    assert decisions == {"kabc": Decision("kabc", "dismissed", "two cohorts, not one", "2025-02-03"),
                         "kdef": Decision("kdef", "confirmed", "", "")}


def test_notes_survive_the_round_trip_however_they_are_written():
    decisions = [Decision("k1", "dismissed", '=SUM(A1) "quoted", with commas', "2025-01-02"),
                 Decision("k2", "fixed", "", "2025-01-03")]
    text = render_reviews(decisions)
    assert "'=SUM" in text  # a spreadsheet opening reviews.csv runs no formula
    assert list(parse_reviews(text, Path(REVIEWS_NAME)).values()) == decisions


def test_a_decision_whose_conflict_is_gone_is_reported_once_as_stale(scanned):
    corpus, out, rows = scanned
    blog_row = next(r for r in rows if "44%" in (r["text_a"], r["text_b"]))
    review_cli(corpus, blog_row["conflict_id"], "--fixed")
    (corpus / "blog.txt").write_text(BLOG.replace("44%", "58%"), encoding="utf-8")
    result = scan_cli(corpus, out, "-q", "--fail-on-conflict")
    assert result.stderr.count(blog_row["conflict_id"]) == 1 and "stale" in result.stderr
    assert result.exit_code in (0, EXIT_CONFLICTS)  # a stale decision is no error
    assert blog_row["conflict_id"] not in (out / "conflicts.csv").read_text(encoding="utf-8")
    assert blog_row["conflict_id"] in load_reviews(corpus)  # kept: the file is the reviewer's


def test_stale_decisions_are_not_judged_by_a_scan_that_leaves_conflicts_out(scanned):
    corpus, out, rows = scanned
    review_cli(corpus, rows[1]["conflict_id"], "--dismiss")  # the low one
    result = scan_cli(corpus, out, "-q", "--min-severity", "medium")
    assert "stale" not in result.stderr


# -- conflict ids are stable ----------------------------------------------------------------


def ids_of(corpus: Path, **options) -> list[str]:
    return [r["conflict_id"] for r in scan(corpus, **options).conflict_records]


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("seed") / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    return corpus


def test_conflict_ids_are_the_same_on_a_rescan_without_and_with_cache_and_jobs(seed_copy):
    first = ids_of(seed_copy)
    assert first and len(set(first)) == len(first)
    assert ids_of(seed_copy) == first  # from the cache
    assert ids_of(seed_copy, cache=False, jobs=2) == first


def test_conflict_ids_and_decisions_survive_an_added_and_an_edited_article(seed_copy, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(seed_copy, corpus)
    first = ids_of(corpus)
    assert review_cli(corpus, first[-1], "--dismiss", "--note", "kept").exit_code == 0
    (corpus / "zz_unrelated.txt").write_text(
        "The harbour bridge reopened after 14 months of repairs costing $120 million.\n", encoding="utf-8")
    article = next(p for p in sorted(corpus.glob("*.txt")) if p.name != "zz_unrelated.txt")
    article.write_text(article.read_text(encoding="utf-8") + "\nA closing paragraph thanks 12 readers.\n",
                       encoding="utf-8")
    result = scan(corpus)
    assert [r["conflict_id"] for r in result.conflict_records] == first
    assert result.conflict_records[-1]["review"] == "dismissed"


def test_a_decision_on_a_conflict_below_the_confidence_cut_is_not_stale(scanned):
    corpus, out, rows = scanned
    low = next(r for r in rows if float(r["confidence"]) < 0.5)
    assert review_cli(corpus, low["conflict_id"], "--dismiss").exit_code == 0
    # a default scan reports it no longer (below 0.5), but still finds it
    result = CliRunner().invoke(main, ["scan", str(corpus), "--out", str(out), "-q"])
    assert low["conflict_id"] not in (out / "conflicts.csv").read_text(encoding="utf-8")
    assert "stale" not in result.stderr
