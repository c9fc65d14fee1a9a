"""The ``claimcheck_quantities`` spaCy component: matches the phrase tables
(units, bound words, currency words) once per Doc and stores every quantity
as a span with ``span._.quantity``.
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from claimcheck.extract.assemble import read_quantities
from claimcheck.extract.atoms import CandidateFlags
from claimcheck.extract.furniture import excluded_chars
from claimcheck.extract.model import QUANTITY_SPANS, DocContext
from claimcheck.extract.text import doc_text, in_sorted
from claimcheck.extract.units import PHRASE_TABLES


@Language.factory("claimcheck_quantities", default_config={})
def make_quantities(nlp: Language, name: str):
    return QuantityFinder(nlp)


class QuantityFinder:
    """Reads every quantity of a Doc; see the module docstring."""

    def __init__(self, nlp: Language):
        # one PhraseMatcher for all tables (one pass over the Doc)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_keys: dict[int, tuple[str, str, bool]] = {}  # match id -> (table, phrase, by start)
        for table, (phrases, anchor) in PHRASE_TABLES.items():
            for phrase in phrases:
                key = f"{table}\x1f{phrase}"
                self.phrase_matcher.add(key, [nlp.make_doc(phrase)])
                self.phrase_keys[nlp.vocab.strings.add(key)] = (table, phrase, anchor == "start")
        self.vocab = nlp.vocab
        self.flags = CandidateFlags.on(nlp.vocab)

    # -- lookups built once per Doc -------------------------------------------------
    def _longest_matches(self, doc: Doc) -> dict[str, dict[int, tuple[int, str]]]:
        """Per table: start token -> (end token, phrase) of its longest phrase
        there, or for bounds end token -> (start token, phrase)."""
        out: dict[str, dict[int, tuple[int, str]]] = {table: {} for table in PHRASE_TABLES}
        for match_id, start, end in self.phrase_matcher(doc):
            table, phrase, by_start = self.phrase_keys[match_id]
            found = out[table]
            anchor, other = (start, end) if by_start else (end, start)
            if anchor not in found or abs(other - anchor) > abs(found[anchor][0] - anchor):
                found[anchor] = (other, phrase)
        return out

    @staticmethod
    def _on_trigger_lines(pattern: re.Pattern, token_triggers: numpy.ndarray, words: numpy.ndarray, text: str,
                          line_starts: list[int]):
        """pattern.finditer on each line holding one of the trigger tokens (page
        furniture sits on a line of its own): a few lines, not the whole text."""
        hits = words[in_sorted(words[:, 0], token_triggers), 1]
        if not len(hits):
            return
        lines = sorted(set(numpy.searchsorted(line_starts, hits.astype(numpy.int64), side="right").tolist()))
        for n in lines:
            end = line_starts[n] if n < len(line_starts) else len(text)
            yield from pattern.finditer(text, line_starts[n - 1], end)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mask = excluded_chars(doc, text)
        ctx = DocContext(
            text=text,
            doc=doc,
            **self._longest_matches(doc),
            mask=mask,
            flags=self.flags,
        )
        spans = []
        for q in read_quantities(ctx):
            span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            spans.append(span)
        doc.spans[QUANTITY_SPANS] = spans
        return doc
