"""The pipeline's own sentence splitter against spaCy's Sentencizer."""

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_SPACE, SENT_START
from spacy.pipeline import Sentencizer

from claimcheck.api import extract_rows
from claimcheck.pipeline import build_pipeline, unwrap_lines, wraps_on

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


def test_an_abbreviated_label_before_a_number_ends_no_sentence():
    text = "Mills dropped Yellow No. 5 from cereal. See Fig. 2 and pp. 14-19. He said No. Then he left."
    doc = SPLITTER(NLP.make_doc(text))
    assert [s.text for s in doc.sents] == ["Mills dropped Yellow No. 5 from cereal.", "See Fig. 2 and pp. 14-19.",
                                            "He said No.", "Then he left."]


def test_a_dye_named_by_its_number_keeps_the_claims_of_its_sentence():
    rows = extract_rows(NLP, "Rats fed a diet of 4% Red No. 3 for two years developed tumors.")
    assert [r["text"] for r in rows] == ["4%", "two years"]


def test_texts_extracted_together_give_what_each_gives_alone():
    from claimcheck.api import extract_many, extract_rows
    from claimcheck.pipeline import build_pipeline

    nlp = build_pipeline()
    repeated = "Remission was 67% at 18 weeks. Remission was 67% at 18 weeks.\n\nAbout 90 people took part."
    texts = [repeated, "", repeated, "The trial enrolled 104 adults in 2021."]
    assert extract_many(nlp, texts) == [extract_rows(nlp, t) for t in texts]
    assert [r["occurrence"] for r in extract_many(nlp, texts)[2] if r["text"] == "67%"] == [0, 1]


def test_blank_pipeline_computes_only_the_word_attributes_claimcheck_reads():
    from claimcheck.pipeline import UNREAD_LEXEME_ATTRS

    # spaCy computes every attribute getter once per new word type: with real
    # vocabularies that is a large share of tokenizing
    assert UNREAD_LEXEME_ATTRS
    assert not set(UNREAD_LEXEME_ATTRS) & set(NLP.vocab.lex_attr_getters)


def test_word_attributes_claimcheck_reads_are_spacys():
    import spacy

    words = ("Qzxlorbs rose 12.5% to 4,000 mg, Dr. Vlenk said — (twenty-two) $5 — 'ten' "
             "HBAZC Lowered THE x2 fifty 3rd 1/2 ½ #7 e-mail http://a.example.org/x?y=1 ok@x.org …")
    ours = NLP.make_doc(words)
    blank = spacy.blank("en").make_doc(words)
    read = ("lower_", "is_alpha", "is_lower", "is_punct", "is_space", "is_stop", "is_title", "is_upper",
            "like_num")
    new_ours = [t for t in ours if t.text in {"Qzxlorbs", "Vlenk", "HBAZC", "Lowered"}]
    assert len(new_ours) == 4
    by_text = {t.text: t for t in blank}
    for token in ours:
        if token.text in by_text:
            assert [getattr(token, a) for a in read] == [getattr(by_text[token.text], a) for a in read], token.text


def test_no_module_reads_a_word_attribute_the_pipeline_does_not_compute():
    import re
    from pathlib import Path

    from spacy.attrs import IDS

    from claimcheck.pipeline import UNREAD_LEXEME_ATTRS

    names = [n for n, i in IDS.items() if i in UNREAD_LEXEME_ATTRS]
    # token.shape_, token.is_digit, ...; SHAPE, IS_DIGIT in to_array calls or
    # Matcher patterns ("spacy.lang.en" is a module, Path.suffix a file's)
    lower, upper = "|".join(n.lower() for n in names), "|".join(names)
    pattern = re.compile(rf"\.({lower})_?\b(?!\.)|\b({upper})\b")
    src = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
    readers = [(p.name, m.group(0)) for p in src.rglob("*.py") if p.name != "pipeline.py"
               for m in pattern.finditer(p.read_text()) if m.group(0) != ".suffix"]
    assert readers == []


def test_no_module_rebuilds_a_docs_text():
    """spaCy joins every token of the Doc on each ``doc.text``; read once per
    claim it made the context stage quadratic in the article's length.
    quantities.doc_text keeps the text the tokenizer was given."""
    import ast
    from pathlib import Path

    def names_a_doc(node: ast.expr) -> bool:
        return (isinstance(node, ast.Name) and node.id == "doc") or \
            (isinstance(node, ast.Attribute) and node.attr == "doc")

    src = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
    readers = [(p.name, node.lineno) for p in src.rglob("*.py") for node in ast.walk(ast.parse(p.read_text()))
               if isinstance(node, ast.Attribute) and node.attr == "text" and names_a_doc(node.value)
               and isinstance(node.ctx, ast.Load)]
    assert [name for name, _ in readers] == ["text.py"]  # doc_text itself, once per Doc


def _raw_affix_regexes():
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from claimcheck.pipeline import EXTRA_INFIXES, EXTRA_PREFIXES, EXTRA_SUFFIXES

    defaults = NLP.Defaults
    return (compile_suffix_regex(EXTRA_SUFFIXES + list(defaults.suffixes)),
            compile_infix_regex(list(defaults.infixes) + EXTRA_INFIXES),
            compile_prefix_regex(list(defaults.prefixes) + EXTRA_PREFIXES), defaults.url_match.__self__)


def test_a_first_line_as_long_as_wrapped_text_is_no_heading():
    text = ("BOSTON, May 2 (Newswire) - The European Medicines Agency\n"
            "Committee on Tuesday backed Velora, a weekly shot made by Medexa\n"
            "Inc, for adults with severe asthma.\n\nThe outlook\nA decision in June.\n")
    unwrapped = unwrap_lines(text)
    assert "Medicines Agency Committee on Tuesday" in unwrapped
    assert "\n\nThe outlook\nA decision" in unwrapped


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=40))
def test_no_tokenizer_rule_splits_or_keeps_whole_a_word_of_ascii_letters(word):
    suffixes, infixes, prefixes, url = _raw_affix_regexes()
    assert suffixes.search(word) is None
    assert list(infixes.finditer(word)) == []
    assert prefixes.search(word) is None
    assert url.match(word) is None


def test_the_tokenizer_skips_its_rules_on_words_of_ascii_letters():
    from claimcheck.pipeline import UnlessPlainWord

    tokenizer = NLP.tokenizer.tokenizer
    assert isinstance(tokenizer.suffix_search, UnlessPlainWord)
    assert isinstance(tokenizer.infix_finditer, UnlessPlainWord)
    assert isinstance(tokenizer.prefix_search, UnlessPlainWord)
    assert isinstance(tokenizer.url_match, UnlessPlainWord)
    suffixes, infixes, prefixes, url = _raw_affix_regexes()
    # the wrapped searches: skipped on plain words, the rules' own answer otherwise
    assert tokenizer.suffix_search("Remission") is None and list(tokenizer.infix_finditer("Remission")) == []
    for text in ("80mg", "week's", "mid-2026", "mg/kg", "n=241", "U.S.", "4,000.", "naïve-", "—", "é", "US$5",
                 "(n", "example.org", "www.example.org/x"):
        raw_suffix = suffixes.search(text)
        suffix = tokenizer.suffix_search(text)
        assert (suffix and suffix.span()) == (raw_suffix and raw_suffix.span()), text
        assert [m.span() for m in tokenizer.infix_finditer(text)] == [m.span() for m in infixes.finditer(text)]
        for wrapped, raw in ((tokenizer.prefix_search, prefixes.search), (tokenizer.url_match, url.match)):
            found, raw_found = wrapped(text), raw(text)
            assert (found and found.span()) == (raw_found and raw_found.span()), text
    # spaCy serializes a tokenizer by its patterns: still the rules' own
    from spacy.tokenizer import Tokenizer

    again = Tokenizer(NLP.vocab).from_bytes(tokenizer.to_bytes())
    assert again.suffix_search.__self__.pattern == suffixes.pattern
    assert again.infix_finditer.__self__.pattern == infixes.pattern


def test_a_figure_split_by_a_wrapped_line_is_read_as_one(nlp):
    text = ("The drug has been sold for diabetes since it was approved in May\n"
            "2021, and about 60,000 to\n160,000 people take it.\n\nNext steps\nNone yet.\n")
    rows = extract_rows(nlp, text)
    found = {text[r["start"]:r["end"]]: (r["value_low"], r["value_high"]) for r in rows}
    assert found["May\n2021"] == (2021, 2021)
    assert found["60,000 to\n160,000"] == (60000, 160000)


def test_unwrapping_keeps_offsets_and_real_line_breaks():
    text = "A sentence that wraps\nonto a second line.\n\nHeading\n- a list item\n- another\n"
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert unwrapped == "A sentence that wraps onto a second line.\n\nHeading\n- a list item\n- another\n"


def test_an_inner_line_of_wrapped_text_is_no_heading():
    text = ("The advice covers the products on the market: Velora's\n"
            "Tenix and Orbin's Calvex, both cleared by the Food and Drug\n"
            "Administration in May of last year.\n\nResults\nThey held.\n")
    unwrapped = unwrap_lines(text)
    assert "Velora's Tenix" in unwrapped and "Food and Drug Administration" in unwrapped
    assert "\n\nResults\nThey held." in unwrapped


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(min_size=1, max_size=12),
                 st.text(alphabet="abcdefghijklmnopqrstuvwxyzTHOUSANDFIRST0123456789.,/-+±~!?'’", min_size=1,
                         max_size=12),
                 st.sampled_from(["one", "Twenty", "THIRD", "hundredth", "million", "Billion", "st", "1st",
                                  "22nd", "4,000", "1/2", "-5", "±3", "~10", "ten.", "!", "...", "“", "—"])))
def test_the_fast_word_attribute_getters_agree_with_spacys(word):
    from spacy.lang.en.lex_attrs import like_num
    from spacy.lang.lex_attrs import is_punct

    from claimcheck.pipeline import is_punct_fast, like_num_fast

    assert like_num_fast(word) == like_num(word)
    assert is_punct_fast(word) == is_punct(word)


def test_the_tokenizer_remembers_more_chunks_than_a_few_hundred_articles_hold():
    from spacy.tokenizer import Tokenizer

    from claimcheck.pipeline import TOKENIZER_CACHE_CHUNKS

    # spaCy's default is used up early with a real vocabulary; chunks not
    # remembered go through the affix rules again each time they come back
    assert NLP.tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS > Tokenizer(NLP.vocab).max_cache_size
