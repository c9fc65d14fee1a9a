"""Rendering of table cells: the fast row renderer against the per-cell one."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import scan
from claimcheck.output import csv_line, render_cell, render_row

CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["=SUM(A1)", "+1", "-3 mg", "@x", "\tx", "\rx", "", "plain"]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(CELL_VALUES, st.booleans()), min_size=1, max_size=8))
def test_render_row_equals_render_cell_for_every_cell(cells):
    row = {f"c{k}": value for k, (value, _) in enumerate(cells)}
    columns = [(f"c{k}", numeric) for k, (value, numeric) in enumerate(cells)
               if not (numeric and isinstance(value, (str, list)))]  # numeric columns hold numbers
    assert render_row(row, columns) == [render_cell(row[c], numeric) for c, numeric in columns]


def test_render_row_reads_a_missing_column_as_empty():
    assert render_row({"a": "x"}, [("a", False), ("b", False), ("n", True)]) == ["x", "", ""]


def test_render_row_neutralizes_formula_starts_and_keeps_integers_plain():
    row = {"t": "=1+1", "n": 12, "f": 2.50, "big": 10**20}
    assert render_row(row, [("t", False), ("n", True), ("f", True), ("big", True)]) == \
        ["'=1+1", "12", "2.5", render_cell(10**20, True)]


def test_scan_modules_import_pandas_only_where_a_frame_is_built():
    # importing pandas costs ~0.3 s of CPU per `claimcheck scan`, which builds no DataFrame
    import claimcheck.api
    import claimcheck.claims
    import claimcheck.output

    for module in (claimcheck.api, claimcheck.claims, claimcheck.output):
        assert not hasattr(module, "pd"), module.__name__
    assert list(claimcheck.claims.claims_frame([{"claim_id": "c1"}])["claim_id"]) == ["c1"]


def test_a_line_quotes_a_cell_holding_a_line_break():
    # a sentence read across a hard line break keeps it; its cell must be quoted
    line = csv_line(["k1", "The panel approved both\nrecommendations 11-0.", "x"])
    assert line == 'k1,"The panel approved both\nrecommendations 11-0.",x'
    assert list(csv.reader(io.StringIO(line + "\n", newline=""))) == [
        ["k1", "The panel approved both\nrecommendations 11-0.", "x"]]


def test_a_scan_of_sentences_wrapped_across_lines_writes_one_row_per_claim(tmp_path):
    (tmp_path / "a.txt").write_text("The advisory panel approved both\nrecommendations 11-0 on Tuesday.\n")
    (tmp_path / "b.txt").write_text("The advisory panel approved both recommendations 10-1 on Tuesday.\n")
    result = scan(tmp_path, cache=False)
    claims = list(csv.DictReader(io.StringIO(result.claims_csv.decode("utf-8"), newline="")))
    conflicts = list(csv.DictReader(io.StringIO(result.conflicts_csv.decode("utf-8"), newline="")))
    assert len(claims) == len(result.claims) and len(conflicts) == len(result.conflict_records) > 0
    assert any(row["sentence"].startswith("The advisory panel approved both recommendations 11-0")
               for row in claims)
