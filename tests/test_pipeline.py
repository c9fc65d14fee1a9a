"""The pipeline's own sentence splitter against spaCy's Sentencizer."""

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_SPACE, SENT_START
from spacy.pipeline import Sentencizer

from claimcheck.pipeline import build_pipeline, wraps_on

NLP = build_pipeline()
SPLITTER = NLP.get_pipe("claimcheck_sentences")
SENTENCIZER = Sentencizer()


def reference(text: str) -> list[int]:
    """spaCy's Sentencizer, then a sentence start after every line break that
    does not wrap a sentence going on."""
    doc = SENTENCIZER(NLP.make_doc(text))
    starts = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
    spaces = doc.to_array([IS_SPACE]).tolist()
    for i in range(len(doc) - 1):
        breaks = [doc[i].idx + k for k, c in enumerate(doc[i].text) if c == "\n"]
        if spaces[i] and any(not wraps_on(text, b) for b in breaks):
            starts[i + 1] = 1
    return starts


def split(text: str) -> list[int]:
    return SPLITTER(NLP.make_doc(text)).to_array([SENT_START]).astype(numpy.int64).tolist()


PIECES = st.sampled_from(["a", "Bc", " ", "1", "2.5", ".", "?", "!", "...", "\n", "\n\n", "  ", ",", "\"",
                          "”", "(", ")", "Dr.", "U.S.", "。", "！", "–", "\t"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_boundaries_are_spacys_plus_line_breaks(text):
    assert split(text) == reference(text)


def test_examples():
    doc = SPLITTER(NLP.make_doc("Remission rates rose. They fell again!\nHeadline without stop\nNext line"))
    assert [s.text for s in doc.sents] == ["Remission rates rose.", "They fell again!", "\n",
                                            "Headline without stop\n", "Next line"]
    assert split("") == []


def test_texts_extracted_together_give_what_each_gives_alone():
    from claimcheck.api import extract_many, extract_rows
    from claimcheck.pipeline import build_pipeline

    nlp = build_pipeline()
    repeated = "Remission was 67% at 18 weeks. Remission was 67% at 18 weeks.\n\nAbout 90 people took part."
    texts = [repeated, "", repeated, "The trial enrolled 104 adults in 2021."]
    assert extract_many(nlp, texts) == [extract_rows(nlp, t) for t in texts]
    assert [r["occurrence"] for r in extract_many(nlp, texts)[2] if r["text"] == "67%"] == [0, 1]
