"""The spaCy pipeline: a blank English pipeline (or a trained one the user names)
with claimcheck's tokenizer rules, sentence boundaries and components."""

from __future__ import annotations

import re

import numpy
import spacy
from spacy.attrs import (
    IDX,
    IS_ASCII,
    IS_BRACKET,
    IS_CURRENCY,
    IS_DIGIT,
    IS_LEFT_PUNCT,
    IS_PUNCT,
    IS_QUOTE,
    IS_RIGHT_PUNCT,
    LANG,
    LIKE_EMAIL,
    LIKE_NUM,
    LIKE_URL,
    NORM,
    ORTH,
    PREFIX,
    SENT_START,
    SHAPE,
    SUFFIX,
)
from spacy.lang.en.lex_attrs import _num_words, _ordinal_words, like_num
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

import claimcheck.quantities  # noqa: F401  (registers the components)
from claimcheck import rules
from claimcheck.quantities import LINE_BREAK, doc_text, in_sorted, is_heading

# Tokenizer rules so that every figure is a token of its own: "80mg" -> 80 mg,
# "75–125" -> 75 – 125, "~30" -> ~ 30, "AU$10" -> AU$ 10.
EXTRA_PREFIXES = [r"~", r"≈", r"≥", r"≤", r"±", r"US\$", r"AU\$", r"A\$", r"CA\$", r"C\$",
                  r"NZ\$", r"HK\$", r"S\$", r"₹"]
EXTRA_INFIXES = [
    r"(?<=[0-9])(?=[A-Za-zµμ°%])",  # 80mg, 15k, 3D (a figure glued to letters)
    r"(?<=[0-9%])[-–—‐](?=[0-9$£€])",  # 200-300, 75–125, $13,000-$15,000
    r"(?<=[0-9])[–—](?=[A-Za-z])",  # 12–week (en dash as hyphen)
    r"(?<=[A-Za-z])[–—‐](?=[0-9])",  # COVID‐19
    r"(?<=[\]\)])(?=[\[\(])",  # [1][3]
    r"(?<=[A-Za-z0-9.)\]])-{2,}(?=[A-Za-z0-9(\[])",  # a double hyphen as a dash: "Calif.--(NEWS RELEASE)--Sept. 12"
    r"(?<=[0-9])(?=[\]\[])|(?<=[\[\]])(?=[0-9])",
    r"(?<=[-–—‐])(?=[$£€])|(?<=[$£€])(?=[0-9])",  # $2,000-$3,500
    r"(?<=[0-9])/(?=[A-Za-zµμ])",  # 5mg/kg
    r"(?<=[A-Za-z])[=<>≤≥](?=[0-9.])",  # n=241, P<0.001
    r"(?<=\bto)-(?=[0-9])",  # "a 14-to-1 vote", "a 5-to-10-year term": the "to" of a written-out range
    r"(?<=[0-9]{4})/(?=[0-9]{2}\b)",  # the 2024/25 season
    r"(?<=[=<>≤≥])(?=[−+][0-9])",  # d=−0.45
    r"(?<=[A-Za-zµμ])/(?=[A-Za-z])",  # mg/kg -> mg / kg (units are matched as phrases)
    # "mid-2026", "early-2025", "her mid-40s"
    r"(?<=[Mm]id|[Ee]nd)-(?=[0-9])|(?<=[Ee]arly|[Ll]ater)-(?=[0-9])|(?<=[Ll]ate)-(?=[0-9])",
]


# "11%- engage": a dash used as punctuation after a percent; "four- to six-hour":
# a suspended hyphen, split from its word so that the figure is read
EXTRA_SUFFIXES = [r"(?<=%)[-–—‐]", r"(?<=[A-Za-z0-9])[-‐]"]

# Word attributes that spaCy computes for every new word type and that no
# claimcheck module reads (tests/test_pipeline.py checks that none does): the
# blank pipeline drops their getters. Computing them (SHAPE and LIKE_URL most)
# was about a sixth of tokenizing text with a real vocabulary. A trained
# pipeline keeps them: its models read NORM, PREFIX, SUFFIX and SHAPE.
UNREAD_LEXEME_ATTRS = (NORM, PREFIX, SUFFIX, SHAPE, IS_DIGIT, IS_ASCII, LIKE_EMAIL, LIKE_URL, IS_BRACKET,
                       IS_QUOTE, IS_LEFT_PUNCT, IS_RIGHT_PUNCT, IS_CURRENCY, LANG)


_NUMBER_WORDS = frozenset(_num_words) | frozenset(_ordinal_words)


def like_num_fast(word: str) -> bool:
    """spaCy's English like_num: for a word of ASCII letters (most new word
    types) it can only be a number or ordinal word, found in the lists; the
    full test was a third of the attribute getters' time."""
    if word.isascii() and word.isalpha():
        return word.lower() in _NUMBER_WORDS
    return like_num(word)


def is_punct_fast(word: str) -> bool:
    """spaCy's is_punct (every character is punctuation): never a word of
    ASCII letters, which the full test reads character by character."""
    if word.isascii() and word.isalpha():
        return False
    return is_punct(word)


# The blank pipeline's getters of these attributes, in place of spaCy's
# (tests/test_pipeline.py checks they agree on every word).
FAST_LEXEME_GETTERS = {LIKE_NUM: like_num_fast, IS_PUNCT: is_punct_fast}


class UnlessPlainWord:
    """A tokenizer rule's search, not run on a plain word (ASCII letters only),
    which no English prefix, suffix or infix rule splits and the URL rule does
    not keep whole (tests/test_pipeline.py): most of the words the tokenizer
    has not seen before. Running the suffix and infix regexes over each of them
    was about a third of tokenizing text with a real vocabulary. ``__self__``
    is the compiled pattern, as on the bound method it wraps: spaCy serializes
    a tokenizer by reading it."""

    def __init__(self, search, nothing):
        self.search, self.nothing, self.__self__ = search, nothing, search.__self__

    def __call__(self, text: str):
        if text.isascii() and text.isalpha():
            return self.nothing
        return self.search(text)


def _tokenizer(nlp: Language, rules, token_match, url_match) -> Tokenizer:
    prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + EXTRA_PREFIXES).search
    suffix_search = compile_suffix_regex(EXTRA_SUFFIXES + list(nlp.Defaults.suffixes)).search
    infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + EXTRA_INFIXES).finditer
    if nlp.lang == "en":  # what the rules of other languages split is not checked
        prefix_search, suffix_search = UnlessPlainWord(prefix_search, None), UnlessPlainWord(suffix_search, None)
        infix_finditer = UnlessPlainWord(infix_finditer, ())
        if url_match is not None and url_match is nlp.Defaults.url_match:
            url_match = UnlessPlainWord(url_match, None)
    return Tokenizer(nlp.vocab, rules=rules, prefix_search=prefix_search, suffix_search=suffix_search,
                     infix_finditer=infix_finditer, token_match=token_match, url_match=url_match)


@spacy.registry.tokenizers("claimcheck.Tokenizer.v1")
def create_tokenizer():
    """English tokenizer rules plus claimcheck's, built once: setting the
    tokenizer's patterns one by one makes spaCy reload every special case."""

    def make(nlp: Language) -> Tokenizer:
        return _tokenizer(nlp, nlp.Defaults.tokenizer_exceptions, nlp.Defaults.token_match,
                          nlp.Defaults.url_match)

    return make


def customize_tokenizer(nlp: Language) -> None:
    """claimcheck's tokenizer rules on a loaded pipeline, keeping its special cases."""
    old = nlp.tokenizer
    nlp.tokenizer = _tokenizer(nlp, old.rules, old.token_match, old.url_match)


@Language.factory("claimcheck_sentences", default_config={"punct_chars": None})
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> SentenceSplitter:
    return SentenceSplitter(nlp, punct_chars)


class SentenceSplitter:
    """Sentence boundaries: spaCy's Sentencizer rule (a sentence starts at the
    first token that is not punctuation after a sentence-final mark), and a
    line break ends a sentence: headlines, list items and table rows carry no
    full stop, and a claim's sentence must not run into the next line.

    Worked out on token arrays and set with one from_array call: spaCy's
    Sentencizer makes a Token object for every token, which took as long as
    tokenizing, and the is_sent_start setter rescans the Doc on every call."""

    def __init__(self, nlp: Language, punct_chars: list[str] | None = None):
        chars = punct_chars or Sentencizer.default_punct_chars
        # Looked up among punctuation tokens only (a few in a hundred); the rare
        # mark that is not punctuation is looked up among the other tokens.
        self.punct_marks, self.other_marks = (
            numpy.array(sorted({nlp.vocab.strings.add(c) for c in chars if nlp.vocab[c].is_punct == punct}),
                        dtype=numpy.uint64)
            for punct in (True, False))
        self.abbreviated_labels = numpy.array(
            sorted({nlp.vocab.strings.add(w) for w in rules.ABBREVIATED_LABELS}), dtype=numpy.uint64)

    def _keep_abbreviated_labels(self, doc: Doc, arr: numpy.ndarray, final: numpy.ndarray) -> None:
        """The full stop of "Red No. 3", "Vol. 9", "pp. 14" ends no sentence:
        glued to a label of rules.ABBREVIATED_LABELS, a number right after."""
        stops = numpy.flatnonzero(final[1:-1]) + 1
        if not len(stops):
            return
        stops = stops[in_sorted(arr[stops - 1, 0], self.abbreviated_labels)]
        for i in stops.tolist():  # rare: a few per article at most
            if doc[i].text == "." and not doc[i - 1].whitespace_ and doc[i].whitespace_ \
                    and doc[i + 1].text[:1].isdigit():
                final[i] = False

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array([ORTH, IS_PUNCT])
        punct = numpy.flatnonzero(arr[:, 1])
        final = numpy.zeros(n, dtype=bool)
        final[punct] = in_sorted(arr[punct, 0], self.punct_marks)
        if len(self.other_marks):
            final |= in_sorted(arr[:, 0], self.other_marks) & (arr[:, 1] == 0)
        self._keep_abbreviated_labels(doc, arr, final)
        starts = numpy.zeros(n, dtype=bool)
        starts[0] = True
        # A candidate (not punctuation) starts a sentence when a final mark came
        # since the previous candidate: between two candidates there is only
        # punctuation, so "since the last sentence start" is the same thing.
        candidates = numpy.flatnonzero((arr[:, 1] == 0) & ~final)
        if len(candidates):
            marks_so_far = numpy.cumsum(final)[candidates]
            previous = numpy.concatenate(([0], marks_so_far[:-1]))
            starts[candidates[marks_so_far > previous]] = True
        # A line break sits in a whitespace token (a token's trailing whitespace
        # is at most one space): the token after it starts a sentence, unless
        # the line wraps a sentence that goes on (see wraps_on).
        text = doc_text(doc)
        breaks = [m.start() for m in LINE_BREAK.finditer(text) if not wraps_on(text, m.start())]
        if breaks:
            idx = doc.to_array(IDX).astype(numpy.int64)
            holders = numpy.searchsorted(idx, breaks, side="right") - 1
            for h in holders[(holders >= 0) & (holders < n - 1)].tolist():
                if doc[h].is_space:  # a few per Doc: cheaper than the flag of every token
                    starts[h + 1] = True
        values = numpy.where(starts, 1, -1).astype(numpy.int64).astype(numpy.uint64).reshape(n, 1)
        doc.from_array([SENT_START], values)
        return doc


# A line that starts like a list item: a bullet, "3.", "2)", "[4]".
LIST_ITEM_START = re.compile(r"[ \t]*(?:[-*•·>]|[0-9]{1,3}[.)]|\[[0-9]+\])\s")
# Page furniture that fills a line ("38 comments", "Sources: ...") is no sentence
# going on from the line above, whatever that line ends with.
_LINES_OF_THEIR_OWN = [re.compile(rules.EXCLUSION_PATTERNS[label]) for label in rules.LINES_OF_THEIR_OWN]
# A line ending in one of these ends its sentence (or its heading, label or cell).
LINE_CLOSERS = set(".!?:;\"”’)]|")


def unwrap_lines(text: str) -> str:
    """The text with each line break that wraps a sentence (see wraps_on) made
    a space: same length, so offsets still point at the same characters, and a
    figure or a date split by a wrapped line ("May\n2021", "60,000 to\n160,000",
    "voted 13 to\n0") is read as written on one line."""
    if "\n" not in text:
        return text
    wraps = [m.start() for m in LINE_BREAK.finditer(text) if wraps_on(text, m.start())]
    if not wraps:
        return text
    chars = list(text)
    for at in wraps:
        chars[at] = " "
    return "".join(chars)


def wraps_on(text: str, at: int) -> bool:
    """Whether the single line break at `at` wraps a sentence that goes on
    ('approximately 250,000' / 'emergency visits'): the line before it does not
    end with a closing mark, the next line is no list item and goes on in lower
    case (or the line before is too long for a heading), and no blank line
    comes between."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].rstrip()
    end = text.find("\n", at + 1)
    after = text[at + 1:len(text) if end < 0 else end]
    if not before or not after.strip() or before[-1] in LINE_CLOSERS or LIST_ITEM_START.match(after) \
            or any(p.match(after) for p in _LINES_OF_THEIR_OWN):
        return False
    first = after.lstrip()[:1]
    return first.islower() or first.isdigit() or not _may_be_heading(text, start, before, after)


def _may_be_heading(text: str, start: int, line: str, after: str) -> bool:
    """Whether a line can be a heading: short and without a closing mark, the
    first line of its block or after a line that ends a sentence (an inner
    line of a block of wrapped text is no heading: "...cleared by the Food and
    Drug" / "Administration in May"), not ending in a word that goes on
    (a stop word, a possessive: "...all three products: GSK's" / "Arexvy"), and
    not as long as the wrapped lines of text (it and the next line both
    rules.WRAPPED_LINE_MIN_CHARS or more: "WASHINGTON, Aug 4 (Wire) - The U.S.
    Food and Drug" / "Administration on Friday approved ...")."""
    if not is_heading(line) or min(len(line), len(after.rstrip())) >= rules.WRAPPED_LINE_MIN_CHARS:
        return False
    previous = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)].rstrip()
    if previous and previous[-1] not in LINE_CLOSERS:
        return False
    last = line.split()[-1].lower()
    return last not in STOP_WORDS and not last.endswith(("'s", "’s"))


TOKENIZER_CACHE_CHUNKS = 200_000


class TextKeepingTokenizer:
    """The pipeline's tokenizer, also keeping the text it was given on the Doc:
    spaCy rebuilds ``doc.text`` from the tokens on every access, and the
    components read it for every block."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc._.text_cache = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def build_pipeline(model: str | None = None) -> Language:
    """claimcheck's pipeline on a blank English pipeline, or on an installed
    trained pipeline named by `model` (its sentence boundaries are then kept)."""
    if model:
        nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        customize_tokenizer(nlp)
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "claimcheck.Tokenizer.v1"}}})
    # spaCy's default of 10,000 remembered chunks (words with their
    # punctuation) is used up by a few hundred articles of real vocabulary;
    # after that every chunk not remembered goes through the affix rules again
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("claimcheck_sentences")
    nlp.add_pipe("claimcheck_exclusions")
    nlp.add_pipe("claimcheck_quantities")
    if not model:
        # after the components have registered their flags, whose ids are
        # the first ones free
        for attr in UNREAD_LEXEME_ATTRS:
            nlp.vocab.lex_attr_getters.pop(attr, None)
        nlp.vocab.lex_attr_getters.update(FAST_LEXEME_GETTERS)
    # Long articles are fed in blocks (reader.py), so this only guards one block.
    nlp.max_length = 2_000_000
    return nlp
