"""Extraction that runs spaCy only on the paragraphs that can hold a figure (and
the lines before them that a claim's context reads) finds exactly what a full
pass over every block finds: same rows, same offsets into the whole article."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.api import extract_many
from claimcheck.prefilter import regions
from claimcheck.reader import blocks, find_articles, read_article

from .conftest import ROOT, SHARED
from .test_hostile_input import build_messy_corpus


def _texts(folder):
    paths, _ = find_articles(folder)
    out = []
    for path in paths:
        try:
            out.append(read_article(path, folder).text)
        except ValueError:
            continue  # binary: not an article
    return out


def _assert_same_rows(nlp, texts):
    assert texts
    full = extract_many(nlp, texts, pieces=blocks)
    assert extract_many(nlp, texts, pieces=regions) == full
    return full


@pytest.mark.parametrize("folder", [ROOT / "corpus", *sorted(p for p in (SHARED / "eval" / "dev").iterdir()
                                                            if p.is_dir())], ids=lambda p: p.name)
def test_seed_and_dev_articles_give_the_full_passes_rows(nlp, folder):
    assert sum(map(len, _assert_same_rows(nlp, _texts(folder)))) > 0


def test_hostile_input_gives_the_full_passes_rows(nlp, tmp_path):
    texts = _texts(build_messy_corpus(tmp_path))
    assert len(texts) >= 8  # the giant line among them
    _assert_same_rows(nlp, texts)


# Written for this test: each puts a figure's context in a paragraph without a figure.
CONTEXT_CASES = {
    "qualifier carried from a figure-free paragraph": (
        "The results come from an open-label pilot study of the drug.\n\nThe researchers were pleased with it.\n\n"
        "Among those treated, 64% reached the main goal.\n"),
    "a heading stops the carry": (
        "An open-label design was used throughout.\n\nSecondary findings\n\n"
        "About 31% of them reported nausea.\n"),
    "reference section whose entries hold no figure": (
        "The drug cut relapses by 40% in the trial.\n\nReferences\n\n- Smith J, Jones K. A review.\n\n"
        "- Brown P. Notes on dosing, 2019, 12 mg.\n"),
    "figures spelled out, months and relative dates": (
        "Nothing numeric here at all.\n\nTwo thirds of the patients improved.\n\n"
        "Plain text again.\n\nApproval is expected next year, perhaps in May.\n\nIt took an hour and a half.\n"),
    "wrapped lines of one paragraph": (
        "The clinic said that across its\nregion some 1,200 people\nwere vaccinated last month.\n\n"
        "No figures in this closing line.\n"),
    "citations and enumerators around figures": (
        "Dosing was reviewed [3].\n\n1. The 40 mg arm fared best [2, 5].\n\n[7] 2. Relapses: 14%.\n\n"
        "(4. Notes [1][2]\n\nIn the 2021 study [3], 22% relapsed.\n"),
    "windows line ends and indented lines": (
        "Intro line\r\n\r\n   The cost rose to $2,150 a month.\r\n\r\nEnd\r\n"),
}


@pytest.mark.parametrize("text", CONTEXT_CASES.values(), ids=CONTEXT_CASES.keys())
def test_context_from_figure_free_paragraphs_is_kept(nlp, text):
    _assert_same_rows(nlp, [text])


def test_long_articles_keep_their_block_cuts(nlp):
    # Three blocks of 100,000 characters: the full pass cuts the text at the same places.
    paragraph = "Filler prose with no figures in it, said twice over. " * 40 + "\n\n"
    text = (paragraph * 60 + "A figure: 12% of them.\n\n") * 3
    _assert_same_rows(nlp, [text])


def test_paragraphs_without_figures_are_not_given_to_spacy():
    text = ("A paragraph of prose only.\n\nAnother one, also prose.\n\nThird prose line.\n\n"
            "Fourth prose line.\n\nThe rate fell to 12%.\n\nClosing prose, no figure.\n")
    pieces = list(regions(text))
    covered = "".join(piece for _, piece in pieces)
    assert "12%" in covered and "A paragraph of prose only" not in covered and "Closing prose" not in covered
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece


def test_paragraphs_whose_only_digits_are_citations_or_enumerators_are_not_given_to_spacy():
    text = ("Background reading on the topic [4], [7, 9].\n\n2. Staying on the plan matters [12][13].\n\n"
            " - 3) Keep a diary of symptoms.\n\nThe rate fell to 12%.\n\n[1] 2. A figure after a citation.\n")
    covered = "".join(piece for _, piece in regions(text))
    assert "12%" in covered and "2. A figure after a citation" in covered
    assert "Background reading" not in covered and "Staying on the plan" not in covered \
        and "Keep a diary" not in covered


def test_extraction_uses_the_prefilter_for_the_blank_pipeline(nlp, monkeypatch):
    import claimcheck.api as api

    given = []
    monkeypatch.setattr(api, "regions", lambda text: given.append(text) or regions(text))
    text = "Prose only here.\n\nIt cost $40 in May 2024.\n"
    rows = extract_many(nlp, [text])[0]
    assert given == [text] and [r["start"] for r in rows] == [text.index("$40"), text.index("May 2024")]


# Fragments written for this test, put together at random: figures, prose
# without one, headings, qualifier cues, reference lists, odd white space.
FRAGMENTS = [
    "The trial enrolled 240 adults.", "Nothing here is counted.", "It happened twice a week.",
    "About a third of them relapsed.", "Results", "References", "- Smith J. A note on dosing.",
    "In a phase 3 study, 58% improved.", "The open-label pilot study went on.", "A new trial began.",
    "Costs rose to $1,200 in May 2023.", "Sales may fall next year, analysts expect.", "Twenty-five people came.",
    "The drug is known as ZENTA, said the maker.", "ZENTA2 trial results", "It took an hour and a half.",
    "Prose with a hyphen-ated word and no figure.", "   ", "\t", "See [3] and doi:10.1000/xyz.",
    "1. First item", "References\n\n- Brown P. Dosing notes, 2019, 12 mg.", "The rate was 4.5 per 1,000 births.",
    "They waited a year.", "Half of the group left.",
    "As reported before [4].", "Reviewed twice [2, 5][7].", "2. Stay on the plan.", " - 3) Keep a diary.",
    "[9] 4. Listed after a citation.", "A fraction [1]5 glued to a citation.", "Act of 1996 [3].",
    "(12. Notes", "[3]", "It fell 8% [6].",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r\n\r\n", " ", "\n \n", "\n\n\n"]


def test_a_word_named_only_in_a_paragraph_without_figures_reads_alike(nlp):
    # "Lumen" opens the sentence before the figure's; whether it is a name
    # depends on its other use, in a paragraph the prefilter leaves out: the
    # article, not the piece, is where "elsewhere" is read
    _assert_same_rows(nlp, ["Lumen opened the meeting without a figure. The trial enrolled 240 adults.\n\n"
                            "Notes Lumen spoke again, with nothing to count.\n"])


def test_a_word_opening_a_relative_clauses_sentence_named_only_elsewhere_reads_alike(nlp):
    # the same, for the word a sentence opens with before a relative clause
    _assert_same_rows(nlp, ["Lumen, which makes the pen, was cleared in May 2023.\n\n"
                            "Notes Lumen spoke again, with nothing to count.\n"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=14))
def test_random_mixes_of_fragments_give_the_full_passes_rows(nlp, parts):
    text = "".join(fragment + separator for fragment, separator in parts)
    _assert_same_rows(nlp, [text])


def test_the_characters_the_other_digit_check_passes_over_hold_no_digit():
    from claimcheck.prefilter import _MAYBE_OTHER_DIGIT

    passed_over = [chr(c) for c in range(0x2100) if not _MAYBE_OTHER_DIGIT.match(chr(c))]
    assert "’" in passed_over and "–" in passed_over and "²" not in passed_over
    assert not [c for c in passed_over if c.isdigit() and not c.isascii()]
