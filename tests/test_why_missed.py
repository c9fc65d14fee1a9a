"""eval/why_missed.py: each missed strict pair of a gold file, by the stage that let it go."""
import importlib.util
import json

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("why_missed", ROOT / "eval" / "why_missed.py")
why_missed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(why_missed)

ARTICLES = {
    "a.txt": "The Velmora trial enrolled 410 adults. Velmora cut the risk of flare-ups by 36%.",
    "b.txt": "The Velmora trial enrolled 480 adults. The company's shares rose 12% on the news.",
}


def _claim(ident: str, doc: str, span: str, value: float) -> dict:
    start = ARTICLES[doc].index(span)
    kind = "percent" if span.endswith("%") else "count"
    return {"type": "claim", "id": ident, "doc": doc, "start": start, "end": start + len(span), "span": span,
            "kind": kind, "low": value, "high": value, "unit": "", "required": True, "topic": ""}


def _topic(tmp_path):
    folder = tmp_path / "velmora"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    rows = [_claim("a410", "a.txt", "410", 410), _claim("a36", "a.txt", "36%", 36),
            _claim("b480", "b.txt", "480", 480), _claim("b12", "b.txt", "12%", 12),
            _claim("aname", "a.txt", "Velmora", 1)]  # no figure there: no claim to find
    rows += [{"type": "conflict", "a": a, "b": b, "grade": "strict"}
             for a, b in (("a410", "b480"), ("a36", "b12"), ("aname", "b480"))]
    (tmp_path / "velmora.gold.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")
    return folder


def test_each_missed_pair_has_the_stage_that_let_it_go(tmp_path):
    folder = _topic(tmp_path)
    missed = why_missed.why_missed(folder, tmp_path / "velmora.gold.jsonl")
    # the two trial sizes are reported, so not listed; a risk cut and a share
    # price's rise share no block; a word with no figure is no claim
    assert sorted(missed) == [("extraction", "aname", "b480"), ("no block", "a36", "b12")]


def test_the_command_prints_a_tally_and_names_a_missing_gold_file(tmp_path, capsys):
    folder = _topic(tmp_path)
    why_missed.main([str(folder)])
    assert capsys.readouterr().out.strip() == "extraction=1 no block=1"
    (tmp_path / "velmora.gold.jsonl").unlink()
    try:
        why_missed.main([str(folder)])
    except SystemExit as stop:
        assert "velmora.gold.jsonl: no gold file" in str(stop.code)
    else:
        raise AssertionError("no error for a missing gold file")
