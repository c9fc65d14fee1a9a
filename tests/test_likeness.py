"""Sentence likeness by the words rare in a block, and what it adds to a conflict."""

from types import SimpleNamespace

import pytest

from claimcheck import ConflictSettings, conflicts, scan
from claimcheck import comparable as comparable_module
from claimcheck.likeness import BlockWords


def test_a_word_every_sentence_holds_weighs_least():
    words = BlockWords(["The levy rose to 4% in Oslo.", "The levy fell to 2% in Bergen.",
                        "The levy held at 3% in Oslo."])
    assert words._weight("levy") < words._weight("oslo") < words._weight("bergen")


@pytest.mark.parametrize("a,b,expected", [
    ("The levy rose in Oslo.", "The levy rose in Oslo.", 1.0),
    ("The levy rose in Oslo.", "Bergen cut its tariff.", 0.0),
])
def test_likeness_is_a_cosine(a, b, expected):
    words = BlockWords([a, b, "A third sentence about nothing else."])
    assert words.likeness(a, b) == pytest.approx(expected)


def test_two_sentences_cannot_tell_which_words_are_rare():
    assert not BlockWords(["The levy rose in Oslo.", "The levy fell in Bergen."]).telling
    assert BlockWords(["The levy rose in Oslo.", "The levy fell in Bergen.", "It held in Bodø."]).telling


def _block_of(result, *sources):
    """The block holding the first money claim of each named source, and those claims."""
    claims = comparable_module.comparable_claims(result.claims.to_dict("records"))
    wanted = [next(c for c in claims if c.source == s and c.kind == "money") for s in sources]
    for members in conflicts.blocks_of(claims).values():
        if all(w in members for w in wanted):
            return members, wanted
    raise AssertionError("no block holds them all")


def test_sentences_sharing_their_blocks_rare_words_make_a_conflict_more_certain(tmp_path):
    # two sources tell one payment in the same distinctive words (the partner, the
    # year, the rights); a third tells another payment of the same buyer
    articles = {
        "a": "In 2019 Orvane paid $343 million upfront to Kestrel Bio for the Asian rights.",
        "b": "In 2019 Orvane paid $230 million upfront to Kestrel Bio for the Asian rights.",
        "c": "Orvane paid $95 million upfront last week for a stake in a Danish lab.",
    }
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    members, (a, b, c) = _block_of(scan(tmp_path, settings=ConflictSettings(min_confidence=0.0)), "a.txt", "b.txt",
                                   "c.txt")
    words = BlockWords(m.sentence for m in members)
    assert words.telling
    by_source = {m.source: [m] for m in members}
    settings = ConflictSettings()
    alike = conflicts._evidence(a, b, by_source, settings, words=words)
    plain = conflicts._evidence(a, b, by_source, settings)
    assert alike.confidence > plain.confidence and "sentences alike" in alike.matched


def test_sentences_sharing_no_word_make_a_conflict_less_certain():
    sentences = ["Orvane paid $343 million upfront.", "Kestrel booked a $230 fee.",
                 "Danish regulators fined a lab."]
    words = BlockWords(sentences)
    a, b = (SimpleNamespace(sentence=s) for s in sentences[:2])
    assert conflicts._sentences_alike(a, b, words) == conflicts.CONFIDENCE_SENTENCES_ALIKE[0]
