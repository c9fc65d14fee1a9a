"""Page furniture and other text that holds no claims: citations, URLs, DOIs,
reference and source lists, enumerators (at a line's start or counting up
inside prose), time stamps, engagement counts, offers, the levels of intervals,
the names of statistical tests, ZIP codes (rules.EXCLUSION_PATTERNS). The
``claimcheck_exclusions`` component marks their character ranges; numbers inside
them are never read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.text import LINE_BREAK, doc_text, in_sorted


@Language.factory("claimcheck_exclusions", default_config={"patterns": None})
def make_exclusions(nlp: Language, name: str, patterns: dict[str, str] | None):
    return ExclusionMarker(patterns or rules.EXCLUSION_PATTERNS, nlp.vocab)


class ExclusionMarker:
    """Finds character ranges that hold no claims, as (start, end, label) tuples
    in ``doc._.excluded``; the quantity finder skips figures inside them."""

    def __init__(self, patterns: dict[str, str], vocab=None):
        # a pattern with token triggers runs only on a Doc holding one of those
        # tokens: one set of the Doc's words answers for all of them, where each
        # trigger string would be a search through the whole text
        self.patterns = []  # (label, pattern, trigger strings) of the patterns found by searching the text
        self.token_patterns: dict[int, list[tuple[str, re.Pattern]]] = {}  # trigger token -> its patterns
        for label, p in patterns.items():
            tokens = rules.EXCLUSION_TOKEN_TRIGGERS.get(label)
            if tokens and vocab is not None:
                compiled = re.compile(p)
                for t in tokens:
                    self.token_patterns.setdefault(vocab.strings.add(t), []).append((label, compiled))
            else:
                self.patterns.append((label, re.compile(p), rules.EXCLUSION_TRIGGERS.get(label) or tokens))
        self.trigger_tokens = numpy.array(sorted(self.token_patterns), dtype=numpy.uint64)
        self.reference_lines = [(re.compile(p), rules.REFERENCE_LINE_TRIGGERS.get(label))
                                for label, p in rules.REFERENCE_LINE_PATTERNS.items()]
        self.entry_start = re.compile(rules.REFERENCE_ENTRY_START)
        self.reference_heading = re.compile(rules.REFERENCE_HEADING)
        self.section_entry = re.compile(rules.REFERENCE_SECTION_ENTRY)

    @staticmethod
    def _matches(pattern: re.Pattern, triggers, text: str, line_starts: list[int]):
        """pattern.finditer(text), or nothing when no trigger is in the text; a
        pattern anchored at line starts is matched at those only."""
        if triggers and not any(t in text for t in triggers):
            return
        if not pattern.pattern.startswith(rules.LINE_START):
            yield from pattern.finditer(text)
            return
        end = 0
        for start in line_starts:
            if start >= end:
                m = pattern.match(text, start)
                if m:
                    end = max(m.end(), start + 1)
                    yield m

    def _trigger_lines(self, doc: Doc, text: str, line_starts: list[int]):
        """(label, pattern, line bounds) for each line holding a trigger token of
        a token-triggered pattern: page furniture sits on a line of its own, so
        those patterns search a few lines, found with one pass over the Doc's
        words, instead of the whole text."""
        if not self.token_patterns or not len(doc):
            return
        words = doc.to_array([ORTH, IDX])
        hits = words[in_sorted(words[:, 0], self.trigger_tokens)]
        seen = set()
        for orth, idx in hits.tolist():
            n = bisect_right(line_starts, idx)
            bounds = (line_starts[n - 1], line_starts[n] if n < len(line_starts) else len(text))
            for label, pattern in self.token_patterns[orth]:
                if (label, bounds) not in seen:
                    seen.add((label, bounds))
                    yield label, pattern, bounds

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        line_starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]
        ranges = []
        searches = [(label, self._matches(pattern, triggers, text, line_starts))
                    for label, pattern, triggers in self.patterns]
        for label, pattern, (start, end) in self._trigger_lines(doc, text, line_starts):
            searches.append((label, pattern.finditer(text, start, end)))
        for label, matches in searches:
            for m in matches:
                start = m.start()
                if label in rules.EXCLUSION_EXTEND_BACK:
                    while start > 0 and not text[start - 1].isspace():
                        start -= 1
                ranges.append((start, m.end(), label))
        seen_lines: set[int] = set()
        for pattern, triggers in self.reference_lines:
            for m in self._matches(pattern, triggers, text, line_starts):
                start = text.rfind("\n", 0, m.start()) + 1
                if start in seen_lines:
                    continue
                seen_lines.add(start)
                end = text.find("\n", m.end())
                end = len(text) if end < 0 else end + 1
                line = text[start:end]
                if self.entry_start.match(line) or len(line.split()) <= rules.REFERENCE_ENTRY_MAX_WORDS:
                    ranges.append((start, end, "reference"))
        ranges += self._reference_section(text, line_starts)
        ranges += _inline_enumerations(text)
        ranges += _named_lines(text, ranges)
        doc._.excluded = tuple(sorted(ranges))
        return doc

    def _reference_section(self, text: str, line_starts: list[int]) -> list[tuple[int, int, str]]:
        """The entries under a 'References' heading, up to the first line that
        is not one (blank lines between entries are passed over)."""
        ranges: list[tuple[int, int, str]] = []
        for heading in self._matches(self.reference_heading, rules.REFERENCE_HEADING_TRIGGERS, text, line_starts):
            start = heading.end() + 1
            while start < len(text):
                end = text.find("\n", start)
                end = len(text) if end < 0 else end + 1
                line = text[start:end]
                if line.strip():
                    if not self.section_entry.match(line):
                        break
                    ranges.append((start, end, "reference"))
                start = end
        return ranges


def _inline_enumerations(text: str) -> list[tuple[int, int, str]]:
    """The items of each run "(1) ..., (2) ..., (3) ..." in the text: numbers
    counting up from one, each near the one before it."""
    if "(1)" not in text:
        return []
    runs: list[list[tuple[int, int, int]]] = []  # (number, start, end) of each run's items
    for m in _INLINE_ENUMERATOR.finditer(text):
        number = int(m.group(1))
        last = runs[-1][-1] if runs and runs[-1] else None
        if last and number == last[0] + 1 and m.start() - last[2] <= rules.INLINE_ENUMERATION_GAP:
            runs[-1].append((number, m.start(), m.end()))
        else:
            runs.append([(number, m.start(), m.end())] if number == 1 else [])  # (another number ends a run)
    return [(start, end, "enumerator") for run in runs if len(run) > 1 for _, start, end in run]


_INLINE_ENUMERATOR = re.compile(rules.INLINE_ENUMERATOR)


def _named_lines(text: str, ranges: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Every other place a number the text tells readers to call stands alone: it
    names the line there too ("the 988 Lifeline took more calls", "funding for
    911"), not a quantity. Not "9,880" or "$988.50", which only hold its digits."""
    dialed = {_LAST_NUMBER.search(text, start, end).group() for start, end, label in ranges if label == "hotline"}
    out = []
    for number in dialed:
        standing_alone = re.compile(rf"(?<![\w$£€.,/-]){number}(?![\w%]|[.,]\d)")
        out += [(m.start(), m.end(), "hotline") for m in standing_alone.finditer(text)]
    return out


_LAST_NUMBER = re.compile(r"[0-9]+(?=\D*$)")  # the number a hotline match dials


def excluded_chars(doc: Doc, text: str) -> bytearray:
    mask = bytearray(len(text))
    for start, end, _ in doc._.excluded:
        mask[start:end] = b"\x01" * (end - start)
    return mask
