"""The spaCy components that find quantities in a Doc.

``claimcheck_exclusions`` marks text that is never a claim (citations, URLs,
reference lists, enumerators, page furniture). ``claimcheck_quantities`` finds
every figure and number word, and reads the words around it (currency, bound
word, magnitude, range or list, unit, counted noun) into one ``Quantity`` per
claim, stored as spans in ``doc.spans["quantities"]`` with ``span._.quantity``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, ORTH
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from claimcheck import rules
from claimcheck.numbers import (
    format_number,
    fraction_value,
    parse_digits,
    parse_digits_with_magnitude,
    words_to_number,
)

QUANTITY_SPANS = "quantities"


@dataclass(slots=True)
class Quantity:
    """One numeric claim as read from the text."""

    low: float | None
    high: float | None
    unit: str = ""
    kind: str = "number"
    bound: str = ""
    bound_type: str = ""
    start_char: int = 0
    end_char: int = 0
    text: str = ""
    currency: str = ""
    counted: str = ""  # the noun a count counts ("participants")
    date: str = ""  # ISO date as precise as written ("2021-05", "2021-05-06", "--02-18")
    relative: tuple[str, int] | None = None  # ("year", +1) for "next year"
    is_timepoint: bool = False  # a duration that dates another claim ("two months after")
    is_change: bool = False  # a change of a measure ("rose by 41%"), not its level
    list_size: int = 1  # >1 when one member of a list sharing a unit ("75, 100, and 125 mg")
    list_low: float | None = None
    list_high: float | None = None
    flags: list[str] = field(default_factory=list)


if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)
if not Doc.has_extension("excluded"):
    Doc.set_extension("excluded", default=())
if not Doc.has_extension("text_cache"):
    # doc.text joins every token on each access; the components read it once
    Doc.set_extension("text_cache", default=None)


def is_heading(line: str) -> bool:
    """A line short and without a closing mark: a headline or section heading."""
    stripped = line.strip()
    # the closing mark first: most paragraphs end with one, and splitting them into words is the cost
    return bool(stripped) and stripped[-1] not in ".!?:;,\"”’)" \
        and len(stripped.split(None, rules.HEADING_MAX_WORDS)) <= rules.HEADING_MAX_WORDS


def doc_text(doc: Doc) -> str:
    if doc._.text_cache is None:
        doc._.text_cache = doc.text
    return doc._.text_cache


# ---------------------------------------------------------------------------
# Exclusions
# ---------------------------------------------------------------------------


@Language.factory("claimcheck_exclusions", default_config={"patterns": None})
def make_exclusions(nlp: Language, name: str, patterns: dict[str, str] | None):
    return ExclusionMarker(patterns or rules.EXCLUSION_PATTERNS, nlp.vocab)


LINE_BREAK = re.compile("\n")


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


def _excluded_chars(doc: Doc, text: str) -> bytearray:
    mask = bytearray(len(text))
    for start, end, _ in doc._.excluded:
        mask[start:end] = b"\x01" * (end - start)
    return mask


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    """A number in the text: one token or a run of tokens with one value."""

    value: float
    start: int  # token index
    end: int  # token index, exclusive
    form: str  # digits | words | fraction | article | multiplier
    text: str
    magnitude: bool = False


@Language.factory("claimcheck_quantities", default_config={})
def make_quantities(nlp: Language, name: str):
    return QuantityFinder(nlp)


# The phrase tables matched in a Doc, and which end of a match is looked up:
# units and currency suffixes by the token they start at (after a number),
# bound words by the token they end before (before a number).
_PHRASE_TABLES = {"units": (rules.UNIT_FORMS, "start"), "bounds": (rules.BOUND_WORDS, "end"),
                  "currency_suffixes": (rules.CURRENCY_SUFFIXES, "start")}


class QuantityFinder:
    """Reads every quantity of a Doc; see the module docstring."""

    def __init__(self, nlp: Language):
        # one PhraseMatcher for all tables (one pass over the Doc)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_keys: dict[int, tuple[str, str, bool]] = {}  # match id -> (table, phrase, by start)
        for table, (phrases, anchor) in _PHRASE_TABLES.items():
            for phrase in phrases:
                key = f"{table}\x1f{phrase}"
                self.phrase_matcher.add(key, [nlp.make_doc(phrase)])
                self.phrase_keys[nlp.vocab.strings.add(key)] = (table, phrase, anchor == "start")
        self.vocab = nlp.vocab
        self.flags = _CandidateFlags.on(nlp.vocab)

    # -- lookups built once per Doc -------------------------------------------------
    def _longest_matches(self, doc: Doc) -> dict[str, dict[int, tuple[int, str]]]:
        """Per table: start token -> (end token, phrase) of its longest phrase
        there, or for bounds end token -> (start token, phrase)."""
        out: dict[str, dict[int, tuple[int, str]]] = {table: {} for table in _PHRASE_TABLES}
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
        mask = _excluded_chars(doc, text)
        ctx = _DocContext(
            text=text,
            doc=doc,
            **self._longest_matches(doc),
            mask=mask,
            flags=self.flags,
        )
        spans = []
        for q in _read_quantities(ctx):
            span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = q
            spans.append(span)
        doc.spans[QUANTITY_SPANS] = spans
        return doc


@dataclass(slots=True)
class _DocContext:
    doc: Doc
    units: dict[int, tuple[int, str]]
    bounds: dict[int, tuple[int, str]]
    currency_suffixes: dict[int, tuple[int, str]]
    mask: bytearray
    flags: _CandidateFlags
    text: str  # doc.text, kept because spaCy rebuilds it on every access
    atom_ends: dict[int, int] = field(default_factory=dict)  # start token -> end token of each number

    def excluded(self, start_tok: int, end_tok: int) -> bool:
        a = self.doc[start_tok].idx
        b = self.doc[end_tok - 1].idx + len(self.doc[end_tok - 1])
        return any(self.mask[a:b])


def _glued(doc: Doc, i: int) -> bool:
    """True when token i follows token i-1 with no space between."""
    return i > 0 and not doc[i - 1].whitespace_


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


# -- atoms ------------------------------------------------------------------------


def _atom_at(doc: Doc, i: int) -> _Atom | None:
    """The number that starts at token i, if any."""
    tok = doc[i]
    text = tok.text
    value = parse_digits(text)
    # "-5", "−2.5": a minus glued to the figure (the tokenizer keeps them together)
    if value is None and text[:1] in {"-", "−"} and not _glued(doc, i):
        value = parse_digits(text[1:])
        value = -value if value is not None else None
    if value is not None:
        end = i + 1
        magnitude = False
        # "8 million", "26.9 million"
        if end < len(doc) and doc[end].lower_ in rules.SCALE_WORDS:
            value *= rules.SCALE_WORDS[doc[end].lower_]
            end += 1
            magnitude = True
        # "15 k", glued: "15k" split by the tokenizer into "15" "k"
        elif (end < len(doc) and doc[end].text in rules.MAGNITUDE_SUFFIXES
              and not tok.whitespace_ and not _unit_glued_after(doc, end)
              and (doc[end].text not in rules.MAGNITUDE_SUFFIXES_NEED_CURRENCY
                   or _counted_word(doc, end + 1))):
            value *= rules.MAGNITUDE_SUFFIXES[doc[end].text]
            end += 1
            magnitude = True
        return _Atom(value, i, end, "digits", doc[i:end].text, magnitude)
    dm = parse_digits_with_magnitude(text)
    if dm is not None:
        return _Atom(dm[0], i, i + 1, "digits", text, True)
    lower = tok.lower_
    # "twice as likely", "twice daily", "once a week" (a lone "once" is a conjunction)
    if lower in rules.MULTIPLIER_WORDS:
        if lower in rules.MULTIPLIER_NEEDS_PERIOD and not _per_period(doc, i + 1):
            return None
        return _Atom(rules.MULTIPLIER_WORDS[lower], i, i + 1, "multiplier", text)
    # fractions: "half", "three-quarters", "two-thirds", "a third"
    if lower in rules.FRACTION_WORDS and lower not in rules.ORDINAL_FRACTIONS:
        if _lower(doc, i - 1) in rules.PERIOD_PART_ORDINALS:
            return None  # "the first half of 2025": part of a period
        scaled = _fraction_of_scale(doc, i, i + 1, rules.FRACTION_WORDS[lower])
        if scaled:
            return scaled
        return _Atom(rules.FRACTION_WORDS[lower], i, i + 1, "fraction", text)
    if lower in rules.NUMBER_WORDS and i + 2 < len(doc) and doc[i + 1].text in {"-", "‐"}:
        frac = fraction_value(f"{lower}-{doc[i + 2].lower_}")
        if frac is not None and doc[i + 2].lower_ not in rules.NUMBER_WORDS:
            return _Atom(frac, i, i + 3, "fraction", doc[i:i + 3].text)
    if lower in rules.ARTICLE_ONE and i + 1 < len(doc):
        nxt = doc[i + 1].lower_
        # "a third of adults"; "cut by a third"
        if nxt in rules.FRACTION_WORDS and nxt not in {"half", "halves"} and (
                _lower(doc, i + 2) == "of" or _lower(doc, i - 1) == "by"):
            return _fraction_of_scale(doc, i, i + 3, rules.FRACTION_WORDS[nxt]) or _Atom(
                rules.FRACTION_WORDS[nxt], i, i + 2, "fraction", doc[i:i + 2].text)
    if lower in rules.NUMBER_WORDS or lower in rules.TENS_WORDS or lower in rules.ARTICLE_ONE:
        return _word_atom(doc, i)
    return None


def _fraction_of_scale(doc: Doc, start: int, k: int, fraction: float) -> _Atom | None:
    """'half a million', 'a quarter of a million': the fraction (tokens start
    to k) of the scale word after 'a'/'an' at k."""
    if _lower(doc, k) in rules.ARTICLE_ONE and _lower(doc, k + 1) in rules.SCALE_WORDS:
        end = k + 2
        return _Atom(fraction * rules.SCALE_WORDS[doc[k + 1].lower_], start, end, "words", doc[start:end].text, True)
    return None


def _owner_before(doc: Doc, i: int) -> bool:
    """'their 60s', 'her mid-40s', 'his late 30s': a possessive before the
    figure, past early/mid/late and a hyphen."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in rules.DECADE_PARTS | {"-", "‐"}:
        k -= 1
    if k >= 2 and doc[k].lower_ in {"and", "or", "to", ","} and doc[k - 1].lower_ == "s" \
            and re.fullmatch(r"[1-9]0", doc[k - 2].text):
        return _owner_before(doc, k - 2)  # "their 60s and 70s"
    return k >= 0 and doc[k].lower_ in rules.AGE_DECADE_OWNERS


def _counted_word(doc: Doc, i: int) -> bool:
    """Whether token i looks like a noun being counted ('patients', 'people')."""
    if i >= len(doc) or not doc[i].is_alpha:
        return False
    lower = doc[i].lower_
    return (lower in rules.POPULATION_NOUNS or lower in rules.IRREGULAR_PLURALS
            or (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))))


def _unit_glued_after(doc: Doc, i: int) -> bool:
    """'15 k' is a magnitude, but 'k' in '15kg' is the start of a unit."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].is_alpha


def _word_atom(doc: Doc, i: int) -> _Atom | None:
    """The longest well-formed run of number words from token i."""
    allowed = (set(rules.NUMBER_WORDS) | set(rules.TENS_WORDS) | set(rules.SCALE_WORDS)
               | set(rules.DOZEN_WORDS) | {"and", "-", "‐"} | rules.ARTICLE_ONE)
    j = i
    while j < len(doc) and doc[j].lower_ in allowed and j - i < 12:
        j += 1
    for end in range(j, i, -1):
        words = [t.text for t in doc[i:end]]
        if words[-1] in {"-", "‐", "and"}:
            continue
        value = words_to_number(words)
        if value is not None:
            return _Atom(value, i, end, "words", doc[i:end].text,
                         magnitude=any(w.lower() in rules.SCALE_WORDS for w in words))
    if doc[i].lower_ in rules.ARTICLE_ONE:
        return _Atom(1.0, i, i + 1, "article", doc[i].text)
    return None


def _is_identifier(doc: Doc, atom: _Atom) -> bool:
    """Figures that are part of a name or code: DSM-5, COVID-19, 5-HT2A, 3D, 1st."""
    i, end = atom.start, atom.end
    if _glued(doc, i) and (doc[i - 1].is_alpha or any(c.isdigit() for c in doc[i - 1].text)):
        prev = doc[i - 1].lower_
        if prev not in rules.CURRENCY_PREFIXES and doc[i - 1].text not in rules.CURRENCY_PREFIXES:
            return True
    if (i >= 2 and doc[i - 1].text in {"-", "‐"} and _glued(doc, i) and _glued(doc, i - 1)
            and doc[i - 2].is_alpha and doc[i - 2].lower_ not in {"mid", "late", "early", "pre", "post"}):
        return True
    if end < len(doc) and _glued(doc, end):
        nxt = doc[end]
        if nxt.lower_ in rules.NOT_COUNT_NOUNS:
            return True
        if nxt.text in {"-", "‐"} and end + 1 < len(doc) and _glued(doc, end + 1):
            after = doc[end + 1]
            if parse_digits(after.text) is None and (
                    any(c.isdigit() for c in after.text)
                    or (after.text[:1].isupper() and after.lower_ not in rules.UNIT_FORMS)):
                return True
        if nxt.is_alpha and nxt.lower_ not in rules.UNIT_FORMS and nxt.text not in rules.MAGNITUDE_SUFFIXES \
                and nxt.lower_ not in rules.CURRENCY_SUFFIXES:
            return True
    return False


def _label_before(doc: Doc, i: int) -> str:
    """'phase' in 'phase 3', 'week' in 'week 12'."""
    j = i - 1
    if j >= 0 and doc[j].text in {"#", ":"}:
        j -= 1
    if j < 0:
        return ""
    word = doc[j].lower_
    if word in rules.LABEL_WORDS or word in rules.SCHEDULE_WORDS:
        return word
    return ""


# -- assembling quantities ---------------------------------------------------------------


_TRIGGER_WORDS = (set(rules.NUMBER_WORDS) | set(rules.TENS_WORDS) | set(rules.FRACTION_WORDS)
                  | set(rules.MULTIPLIER_WORDS) | set(rules.MONTHS) | {m + "." for m in rules.MONTHS})
_AFTER_ARTICLE = set(rules.SCALE_WORDS) | set(rules.DOZEN_WORDS) | set(rules.FRACTION_WORDS) | set(rules.UNIT_FORMS)


def in_sorted(values: numpy.ndarray, sorted_hashes: numpy.ndarray) -> numpy.ndarray:
    """Which of `values` are in `sorted_hashes`, by binary search: numpy.isin
    sorts both arrays on every call, and this runs for every Doc."""
    if len(sorted_hashes) == 0:
        return numpy.zeros(len(values), dtype=bool)
    where = numpy.minimum(numpy.searchsorted(sorted_hashes, values), len(sorted_hashes) - 1)
    return sorted_hashes[where] == values


# Lexeme flags: spaCy computes a flag once per word type and keeps it on the
# lexeme, so a Doc's flags come out of one to_array call with no per-token work.
def _starts_number(word: str) -> bool:
    """A figure or number word (spaCy's English like_num), a month, or a word
    starting with a minus sign ("-5"; a lone hyphen, common between the parts
    of "placebo-controlled", starts nothing)."""
    return like_num(word) or word.lower() in _TRIGGER_WORDS or (word[:1] in ("-", "−") and len(word) > 1)


def _is_article_one(word: str) -> bool:
    return word.lower() in rules.ARTICLE_ONE


def _follows_article(word: str) -> bool:
    return word.lower() in _AFTER_ARTICLE


def lexeme_flag(vocab, getter) -> int:
    """The flag id of `getter` (a module-level function) on `vocab`, registered
    on first use: every component built on one Vocab shares it."""
    for flag_id, registered in vocab.lex_attr_getters.items():
        if registered is getter:
            return flag_id
    return vocab.add_flag(getter)


@dataclass(frozen=True)
class _CandidateFlags:
    starts_number: int
    article_one: int
    follows_article: int

    @classmethod
    def on(cls, vocab) -> _CandidateFlags:
        return cls(lexeme_flag(vocab, _starts_number), lexeme_flag(vocab, _is_article_one),
                   lexeme_flag(vocab, _follows_article))


def _candidates(doc: Doc, flags: _CandidateFlags) -> list[int]:
    """Tokens where a number or date may start: figures, number words, months,
    a minus sign, and 'a'/'an' before a scale word, fraction or unit. Each
    flag read costs a pass over the Doc; the few articles check the next
    token's flag one by one."""
    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([flags.starts_number, flags.article_one])
    mask = arr[:, 0].astype(bool)
    for i in numpy.flatnonzero(arr[:-1, 1]).tolist():
        if doc[i + 1].check_flag(flags.follows_article):
            mask[i] = True
    return numpy.flatnonzero(mask).tolist()


def _read_quantities(ctx: _DocContext):
    doc = ctx.doc
    atoms: list[_Atom] = []
    dates: list[Quantity] = []
    next_free = 0  # tokens before this belong to a number or date already read
    for i in _candidates(doc, ctx.flags):
        if i < next_free:
            continue
        date = _date_at(ctx, i)
        if date is not None:
            q, next_free = date
            dates.append(q)
            continue
        atom = _atom_at(doc, i)
        if atom is not None:
            atoms.append(atom)
            next_free = atom.end
    yield from dates
    yield from _assemble(ctx, atoms)
    yield from _relative_dates(ctx)


def _date_at(ctx: _DocContext, i: int) -> tuple[Quantity, int] | None:
    """'May 6, 2021', '6 May 2021', 'November 2021', 'Feb 18' at token i."""
    doc = ctx.doc
    tok = doc[i]
    text = tok.text
    # every date starts with a month name or with digits: most candidates are neither
    if not (text[:1].isupper() or text[:1].isdigit()):
        return None
    month = rules.MONTHS.get(tok.lower_.rstrip("."))
    if month is not None and text[:1].isupper():
        j = i + 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
        day = year = None
        if j < len(doc) and re.fullmatch(r"\d{1,2}", doc[j].text) and 1 <= int(doc[j].text) <= 31 \
                and not _is_year_token(doc, j):
            day = int(doc[j].text)
            j += 1
            if j < len(doc) and doc[j].lower_ in {"st", "nd", "rd", "th"} and _glued(doc, j):
                j += 1
            k = j + 1 if j < len(doc) and doc[j].text == "," else j
            if k < len(doc) and _is_year_token(doc, k):
                year = int(doc[k].text)
                j = k + 1
        elif j < len(doc) and _is_year_token(doc, j):
            year = int(doc[j].text)
            j += 1
        if day is None and year is None:
            return None
        if ctx.excluded(i, j):
            return None
        return _date_quantity(doc, i, j, year, month, day), j
    # "2021-05-06": an ISO date, glued together
    if _is_year_token(doc, i) and i + 4 < len(doc) and doc[i + 1].text == "-" == doc[i + 3].text \
            and all(_glued(doc, k) for k in range(i + 1, i + 5)) \
            and re.fullmatch(r"\d{2}", doc[i + 2].text) and re.fullmatch(r"\d{2}", doc[i + 4].text) \
            and 1 <= int(doc[i + 2].text) <= 12 and 1 <= int(doc[i + 4].text) <= 31:
        if ctx.excluded(i, i + 5):
            return None
        return _date_quantity(doc, i, i + 5, int(tok.text), int(doc[i + 2].text), int(doc[i + 4].text)), i + 5
    # "6 May 2021", "5 June"
    if re.fullmatch(r"\d{1,2}", tok.text) and 1 <= int(tok.text) <= 31 and i + 1 < len(doc):
        month = rules.MONTHS.get(doc[i + 1].lower_.rstrip("."))
        has_year = i + 2 < len(doc) and _is_year_token(doc, i + 2)
        # "5 May" alone stays out: "5 may be enough" reads the same
        if month is not None and doc[i + 1].text[:1].isupper() and (has_year or doc[i + 1].lower_ != "may"):
            end = i + 3 if has_year else i + 2
            if ctx.excluded(i, end):
                return None
            year = int(doc[i + 2].text) if end == i + 3 else None
            return _date_quantity(doc, i, end, year, month, int(tok.text)), end
    return None


def _date_quantity(doc: Doc, start: int, end: int, year, month, day) -> Quantity:
    span = doc[start:end]
    if year is not None:
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    else:
        iso = f"--{month:02d}-{day:02d}"
    q = Quantity(low=float(year) if year else None, high=float(year) if year else None,
                 unit="year", kind="date", start_char=span.start_char, end_char=span.end_char,
                 text=span.text, date=iso)
    if year is None:
        q.flags.append("year not stated")
    return q


def _is_year_token(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return len(text) == 4 and text.isascii() and text.isdigit() and rules.YEAR_MIN <= int(text) <= rules.YEAR_MAX


def phrase_regex(phrases) -> re.Pattern:
    """One regex for a list of lower-case phrases, longest first, whole words
    only: one pass over a text instead of one per phrase."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])")


class PhraseSearch:
    """phrase_regex's pattern, tried only where one of its phrases can start.

    Every phrase holds one of a few anchor words ('study', 'trial', 'other'
    for the new-study cues); str.find locates the anchors at C speed, and the
    pattern is matched at each anchor's position less its offsets in the
    phrases. That yields what pattern.finditer yields (the positions skipped
    can start no phrase), without the regex trying every position of a
    paragraph."""

    def __init__(self, phrases):
        self.pattern = phrase_regex(phrases)
        self.offsets = _anchor_offsets(phrases)

    def finditer(self, lower: str) -> list[re.Match]:
        starts = set()
        for anchor, offsets in self.offsets.items():
            i = lower.find(anchor)
            while i >= 0:
                starts.update(i - off for off in offsets if off <= i)
                i = lower.find(anchor, i + 1)
        found: list[re.Match] = []
        end = 0
        for s in sorted(starts):
            if s >= end:
                m = self.pattern.match(lower, s)
                if m:
                    found.append(m)
                    end = m.end()
        return found


def _anchor_offsets(phrases) -> dict[str, set[int]]:
    """Anchor words that together occur in every phrase, chosen greedily (the
    word of most phrases, the longer on a tie; short words such as 'a' occur
    everywhere and skip nothing), each with the character offsets it has in
    the phrases it anchors."""
    offsets: dict[str, set[int]] = {}
    left = list(phrases)
    while left:
        words = {w for p in left for w in p.split()}
        best = max(sorted(words), key=lambda w: (len(w) >= 4, sum(w in p.split() for p in left), len(w)))
        for p in left:
            position = 0
            for word in p.split(" "):
                if word == best:
                    offsets.setdefault(best, set()).add(position)
                position += len(word) + 1
        left = [p for p in left if best not in p.split()]
    return offsets


_RELATIVE_DATE_SEARCH = PhraseSearch(rules.RELATIVE_DATES)
_RELATIVE_DATE_CUE_RE = phrase_regex(rules.RELATIVE_DATE_CUES)


def _relative_dates(ctx: _DocContext):
    doc = ctx.doc
    lower = ctx.text.lower()
    if len(lower) != len(ctx.text):  # a few letters lower-case to two: keep the offsets
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in ctx.text)
    for m in _RELATIVE_DATE_SEARCH.finditer(lower):
        if any(ctx.mask[m.start():m.end()]):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not doc.has_annotation("SENT_START"):
            continue
        sent = span.sent
        if not _RELATIVE_DATE_CUE_RE.search(lower, sent.start_char, sent.end_char):
            continue
        q = Quantity(low=None, high=None, unit="year", kind="date", start_char=m.start(), end_char=m.end(),
                     text=ctx.text[m.start():m.end()], relative=rules.RELATIVE_DATES[m.group(0)])
        q.flags.append("relative date")
        yield q


def _bound_before(ctx: _DocContext, i: int) -> tuple[str, int]:
    """The bound word that ends right before token i: ('at least', start token)."""
    hit = ctx.bounds.get(i)
    if hit is None:
        return "", i
    start, phrase = hit
    return phrase, start


def _currency_before(doc: Doc, i: int) -> tuple[str, int]:
    """('USD', start token) for '$' or 'US$' right before token i."""
    if i > 0:
        t = doc[i - 1].text
        if t in rules.CURRENCY_PREFIXES:
            # "US $5": a code before the symbol
            if i > 1 and doc[i - 2].text in {"US", "AU", "CA", "NZ", "HK"} and _glued(doc, i - 1) is False:
                return rules.CURRENCY_PREFIXES.get(doc[i - 2].text + t, rules.CURRENCY_PREFIXES[t]), i - 2
            return rules.CURRENCY_PREFIXES[t], i - 1
    return "", i


def _unit_after(ctx: _DocContext, j: int, atom: _Atom) -> tuple[str, int]:
    """The unit that follows a number ending before token j: (canonical, end token)."""
    doc = ctx.doc
    if j >= len(doc):
        return "", j
    k = j
    hyphenated = False
    if doc[j].text in {"-", "‐"} and _glued(doc, j) and j + 1 < len(doc) and _glued(doc, j + 1):
        k = j + 1
        hyphenated = True
    hit = ctx.units.get(k)
    if hit is None and not hyphenated and doc[k].lower_ in rules.UNIT_GAP_WORDS:
        k += 1  # "7 consecutive days"
        hit = ctx.units.get(k)
    if hit is None:
        return "", j
    end, form = hit
    canonical = rules.UNIT_FORMS[form]
    glued = hyphenated or _glued(doc, k)
    # Short forms stand apart from a figure only as g, h, l or d after digits
    # ("5 g", "8 h"); "two s" or "5 m" are not units.
    if form in rules.UNIT_FORMS_GLUED_ONLY and not glued and (atom.form != "digits" or form not in "ghld"):
        return "", j
    if form in rules.UNIT_FORMS_DIGITS_ONLY and atom.form != "digits":
        return "", j
    # "two day-long sessions": the unit belongs to a compound that follows, not
    # to the figure, unless the figure is glued to it too ("12-month-old").
    if (not glued and end < len(doc) and doc[end].text in {"-", "‐"} and _glued(doc, end)
            and end + 1 < len(doc) and doc[end + 1].lower_ not in rules.TIMEPOINT_AFTER):
        return "", j
    return canonical, end


def _looks_plural(lower: str) -> bool:
    """'participants', 'sessions' (not 'process', 'virus', 'analysis', 'serious')."""
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))


def _counted_noun(ctx: _DocContext, j: int, value: float) -> str:
    """The noun a bare number counts: '90 participants', '3 full-day dosing sessions'."""
    doc = ctx.doc
    k = j
    steps = 0
    while k < len(doc) and steps < 5:
        tok = doc[k]
        if k in ctx.atom_ends:  # another quantity and its unit ("two 8-hour sessions")
            k = ctx.atom_ends[k]
            if k < len(doc) and doc[k].text in {"-", "‐"} and _glued(doc, k):
                k += 1
            if k < len(doc) and doc[k].lower_ in rules.UNIT_FORMS:
                k += 1
            steps += 1
            continue
        if tok.text in {"-", "‐"} and _glued(doc, k):
            k += 1
            continue
        if not tok.is_alpha:
            return ""
        lower = tok.lower_
        nxt_glued_hyphen = k + 1 < len(doc) and doc[k + 1].text in {"-", "‐"} and not tok.whitespace_
        if nxt_glued_hyphen:  # a compound modifier: "full-day", "double-blind"
            k += 2
            while k < len(doc) and doc[k].is_alpha and k + 1 < len(doc) and doc[k + 1].text in {"-", "‐"} \
                    and not doc[k].whitespace_:
                k += 2
            k += 1
            steps += 1
            continue
        if lower in rules.NOT_COUNT_NOUNS:
            return ""
        if value == 1:
            return lower if lower in rules.ONE_COUNTABLE and lower != "in" else ""
        if lower in rules.IRREGULAR_PLURALS or lower in rules.POPULATION_NOUNS:
            return lower
        if tok.is_stop or lower in rules.UNIT_FORMS or lower in rules.BOUND_WORDS:
            return ""
        if _looks_plural(lower):
            return lower
        k += 1
        steps += 1
    return ""


def _assemble(ctx: _DocContext, atoms: list[_Atom]):
    doc = ctx.doc
    atoms = [a for a in atoms if not ctx.excluded(a.start, a.end)]
    ctx.atom_ends.update((a.start, a.end) for a in atoms)
    by_start = {a.start: a for a in atoms}
    used: set[int] = set()
    consumed_char = 0  # a number inside an earlier quantity ("two and a half") is not read again
    for atom in atoms:
        if atom.start in used or doc[atom.start].idx < consumed_char:
            continue
        used.add(atom.start)
        if _is_identifier(doc, atom):
            continue
        label = _label_before(doc, atom.start)
        if label and label not in rules.SCHEDULE_WORDS:
            continue
        for q in _quantities_from(ctx, atom, by_start, used, label):
            consumed_char = max(consumed_char, q.end_char)
            yield q


def _and_a_half(doc: Doc, j: int) -> bool:
    """'and a half' at token j: 'two and a half years', 'an hour and a half'."""
    return _lower(doc, j) == "and" and _lower(doc, j + 1) in rules.ARTICLE_ONE and _lower(doc, j + 2) == "half"


def _fmt_span(doc: Doc, start_tok: int, end_tok: int) -> tuple[int, int, str]:
    span = doc[start_tok:end_tok]
    return span.start_char, span.end_char, span.text


def _decade_span(doc: Doc, start_tok: int, s_tok: int) -> tuple[int, int, str]:
    """The span of '1990s' or '60s' up to its 's' token, without the full stop
    that spaCy's abbreviation rule keeps on it at the end of a sentence ('s.')."""
    s, e, text = _fmt_span(doc, start_tok, s_tok + 1)
    if text.endswith("."):
        e, text = e - 1, text[:-1]
    return s, e, text


def _quantities_from(ctx: _DocContext, atom: _Atom, by_start: dict[int, _Atom], used: set[int], label: str):
    doc = ctx.doc
    start = atom.start
    currency, cur_start = _currency_before(doc, start)
    bound, bound_start = _bound_before(ctx, cur_start)
    if bound == "some" and atom.form != "digits":
        bound = ""
    value = atom.value
    j = atom.end
    if atom.form == "multiplier":
        q = _finish(ctx, start, j, value, value, "times", "", bound, atom, None)
        if q is not None:
            yield q
        return
    # glued magnitude after a currency: "$5M", "$2bn"
    # ("m." is how the tokenizer leaves "$30m." at the end of a sentence)
    if currency and j < len(doc) and doc[j].text.rstrip(".") in rules.MAGNITUDE_SUFFIXES and _glued(doc, j) \
            and not atom.magnitude:
        value *= rules.MAGNITUDE_SUFFIXES[doc[j].text.rstrip(".")]
        j += 1
    # "two and a half years", "1 and a half"
    half = _and_a_half(doc, j)
    if half:
        value += 0.5
        j += 3
    # "the 1990s": a decade, as a date range
    if (atom.form == "digits" and re.fullmatch(r"1\d{2}0|20\d0", atom.text) and _lower(doc, j) in {"s", "s."}
            and _glued(doc, j)):
        s, e, text = _decade_span(doc, start, j)
        yield Quantity(low=value, high=value + 9, unit="year", kind="date", start_char=s, end_char=e,
                       text=text, date=f"{int(value)}s", bound=bound,
                       bound_type=rules.BOUND_WORDS.get(bound, ""))
        return
    # "in their 60s", "in her mid-40s": an age, as a decade
    if (atom.form == "digits" and re.fullmatch(r"[1-9]0", atom.text) and _lower(doc, j) in {"s", "s."}
            and _glued(doc, j) and _owner_before(doc, start)):
        s, e, text = _decade_span(doc, start, j)
        yield Quantity(low=value, high=value + 9, unit="years", kind="age", start_char=s, end_char=e, text=text)
        return
    unit, j_unit = _unit_after(ctx, j, atom)
    # "half an hour"
    if not unit and atom.form == "fraction" and _lower(doc, j) in rules.ARTICLE_ONE:
        unit, j2 = _unit_after(ctx, j + 1, atom)
        if unit:
            j_unit = j2
    if unit:
        j = j_unit
        # "an hour and a half"
        if not half and _and_a_half(doc, j):
            value += 0.5
            j += 3
            half = True
    if not currency:
        cur = ctx.currency_suffixes.get(j)
        if cur is not None:
            currency = rules.CURRENCY_SUFFIXES[cur[1]]
            j = cur[0]
    if atom.form == "article" and not (unit and half):
        return
    # "half of adults" is a share; "dropped by half", "cut by a third" a change
    if atom.form == "fraction" and not unit and _lower(doc, j) != "of" \
            and not (_lower(doc, start - 1) == "by" and _states_change(doc, start, j)):
        return

    # schedule timepoints: "week 12", "day 30"
    if label in rules.SCHEDULE_WORDS:
        if unit or currency:
            return
        s, e, text = _fmt_span(doc, start - 1, j)
        yield Quantity(low=value, high=value, unit=rules.SCHEDULE_WORDS[label], kind="duration",
                       start_char=s, end_char=e, text=text, is_timepoint=True)
        return

    # a rate: "5.3 per 1,000 live births", "12 cases per 100,000 people"
    if not unit and not currency:
        rate = _rate(ctx, atom, j, by_start, used)
        if rate is not None:
            yield rate
            return

    # a proportion: "1 in 10 recipients", "one in five adults", "9 out of 10", "1 out of every 3"
    proportion_end = _proportion_words(doc, j) if not unit and not currency else j
    if proportion_end > j:
        whole = by_start.get(proportion_end)
        if (whole is not None and whole.form in {"digits", "words"} and atom.form in {"digits", "words"}
                and 0 < atom.value <= whole.value <= 1000 and not _is_identifier(doc, whole)):
            used.add(whole.start)
            share = atom.value / whole.value * 100
            q = _finish(ctx, start, whole.end, share, share, "%", "", bound, atom, whole)
            if q is not None:
                yield q
            return

    # range or alternatives: "2 to 3", "200-300", "3.5% to 11%", "between 4 and 6 hours"
    between = _lower(doc, bound_start - 1) == "between" or _lower(doc, start - 1) == "between"
    from_change = _is_change(doc, min(bound_start, start))
    conn = _lower(doc, j)
    connectors = rules.RANGE_CONNECTORS | rules.ALTERNATIVE_CONNECTORS | ({"and"} if between else set())
    second = None
    if conn in connectors:
        k = j + 1
        cur2 = ""
        if k < len(doc) and doc[k].text in rules.CURRENCY_PREFIXES:
            cur2 = rules.CURRENCY_PREFIXES[doc[k].text]
            k += 1
        other = by_start.get(k)
        if other is not None and other.form not in {"article", "fraction"} and not _is_identifier(doc, other):
            second = (other, cur2)
    if second is not None:
        other, cur2 = second
        high = other.value
        # "2020-21", "1998–99": the second year written with two digits
        if (conn in {"-", "–", "—"} and re.fullmatch(r"\d{4}", atom.text) and re.fullmatch(r"\d{2}", other.text)
                and rules.YEAR_MIN <= value <= rules.YEAR_MAX):
            high = value - value % 100 + other.value
            if high < value:
                high += 100
        low = value  # the range's low end; `value` stays the figure's own if no range is made
        scaled_second = atom.magnitude is False and other.magnitude
        if scaled_second and atom.form == other.form == "digits":
            # "1.5 to 2 million": the magnitude applies to both (not "35 to 14 million")
            mag_word = doc[other.end - 1].lower_ if other.end - other.start > 1 else ""
            if mag_word in rules.SCALE_WORDS and value <= other.value / rules.SCALE_WORDS[mag_word]:
                low = value * rules.SCALE_WORDS[mag_word]
        j2 = other.end
        if currency and not cur2 and j2 < len(doc) and doc[j2].text in rules.MAGNITUDE_SUFFIXES \
                and _glued(doc, j2):
            high *= rules.MAGNITUDE_SUFFIXES[doc[j2].text]
            j2 += 1
        unit2, j2u = _unit_after(ctx, j2, other)
        is_alternative = conn in rules.ALTERNATIVE_CONNECTORS
        both_units = bool(unit) and bool(unit2)
        if unit and unit2 and unit != unit2:
            pass  # "5 mg to 10 ml": not one range
        elif is_alternative and both_units:
            pass  # "80 mg or 120 mg": two claims
        elif from_change:
            pass  # "from 20% to 30%": a change, two claims
        elif cur2 and currency and cur2 != currency:
            pass
        elif high < low:
            pass  # "52-48": a score, not a range
        elif scaled_second and not unit2 and (unit or _looks_like_year(doc, atom, atom, start)):
            pass  # "grew 40% to 3.9 million", "in 2023 to 14 million vehicles": two figures
        else:
            used.add(other.start)
            unit = unit or unit2
            currency = currency or cur2
            end_tok = j2u if unit2 else j2
            if unit2 and _and_a_half(doc, end_tok):
                high += 0.5
                end_tok += 3
            if not unit and not currency:
                cur = ctx.currency_suffixes.get(end_tok)
                if cur is not None:
                    currency = rules.CURRENCY_SUFFIXES[cur[1]]
            q = _finish(ctx, cur_start if currency else start, end_tok, low, high, unit, currency, bound,
                        atom, other)
            if q is not None:
                yield q
            return

    # a list sharing the unit of its last member: "75, 100, and 125 mg"
    if not unit and not currency:
        members = _list_members(ctx, atom, by_start)
        if members:
            last = members[-1]
            unit_l, end_l = _unit_after(ctx, last.end, last)
            if unit_l:
                for m in members:
                    used.add(m.start)
                members = [atom] + members
                lo = min(m.value for m in members)
                hi = max(m.value for m in members)
                for pos, m in enumerate(members):
                    end_tok = end_l if pos == len(members) - 1 else m.end
                    q = _finish(ctx, m.start, end_tok, m.value, m.value, unit_l, "",
                                bound if pos == 0 else "", m, None)
                    if q is not None:
                        q.list_size, q.list_low, q.list_high = len(members), lo, hi
                        yield q
                return
    q = _finish(ctx, cur_start if currency else start, j, value, value, unit, currency, bound, atom, None)
    if q is not None:
        yield q


def _noun_words(doc: Doc, k: int, limit: int = 3) -> list[str]:
    """The words of a short noun phrase from token k, up to its first plural noun."""
    words: list[str] = []
    while k < len(doc) and len(words) < limit and doc[k].is_alpha and not doc[k].is_stop:
        words.append(doc[k].lower_)
        if _counted_word(doc, k):
            break
        k += 1
    return words


def _rate(ctx: _DocContext, atom: _Atom, j: int, by_start: dict[int, _Atom], used: set[int]) -> Quantity | None:
    """'5.3 per 1,000 live births': one claim, with the denominator in its unit."""
    doc = ctx.doc
    counted = _noun_words(doc, j, limit=2) if _lower(doc, j) != "per" else []
    k = j + len(counted)
    if _lower(doc, k) != "per":
        return None
    whole = by_start.get(k + 1)
    if whole is None or whole.form not in {"digits", "words"} or whole.value <= 1:
        return None
    nouns = _noun_words(doc, whole.end)
    # "80.9 per 100,000" names no one: a rate when the whole is a round 100, 1,000...
    if not nouns and not (counted or whole.value in rules.RATE_WHOLES):
        return None
    used.add(whole.start)
    # "per 100,000 people" and "per 100,000 residents" are one denominator; "deaths
    # per 100,000" counts what the measure already names
    unit = " ".join([w for w in counted if w.lower() not in rules.COUNTED_EVENTS] + ["per", format_number(whole.value)]
                    + [w for w in nouns if w.lower() not in rules.RATE_POPULATION_WORDS])
    s, e, text = _fmt_span(doc, atom.start, whole.end)
    bound, _ = _bound_before(ctx, atom.start)
    return Quantity(low=atom.value, high=atom.value, unit=unit, kind="rate", bound=bound,
                    bound_type=rules.BOUND_WORDS.get(bound, ""), start_char=s, end_char=e, text=text)


def _is_change(doc: Doc, start: int) -> bool:
    """'rose from 20% to 30%': a 'from' after a verb of change, within a few words."""
    k = start - 1
    if _lower(doc, k) != "from":
        return False
    for back in range(k - 1, max(k - 5, -1), -1):
        word = doc[back].lower_
        if word in rules.CHANGE_WORDS:
            return True
        if doc[back].is_punct:
            return False
    return False


def _list_members(ctx: _DocContext, atom: _Atom, by_start: dict[int, _Atom]) -> list[_Atom]:
    """The atoms after `atom` in a list like '75, 100, and 125': commas and a final
    and/or between them. Two members need 'and' ('10 and 20 mg')."""
    doc = ctx.doc
    members: list[_Atom] = []
    j = atom.end
    while True:
        k = j
        seps = []
        while k < len(doc) and doc[k].lower_ in rules.LIST_SEPARATORS and len(seps) < 2:
            seps.append(doc[k].lower_)
            k += 1
        if not seps:
            break
        nxt = by_start.get(k)
        if nxt is None or nxt.form not in {"digits", "words"}:
            break
        members.append(nxt)
        j = nxt.end
        if "and" in seps or "or" in seps:
            break
    if len(members) == 1 and "and" not in [doc[t].lower_ for t in range(atom.end, members[0].start)]:
        return []
    return members


def _finish(ctx: _DocContext, start_tok: int, end_tok: int, low: float, high: float, unit: str,
            currency: str, bound: str, atom: _Atom, other: _Atom | None) -> Quantity | None:
    """Decides the kind of a number and whether it is a claim at all."""
    doc = ctx.doc
    s, e, text = _fmt_span(doc, start_tok, end_tok)
    q = Quantity(low=low, high=high, bound=bound, bound_type=rules.BOUND_WORDS.get(bound, ""),
                 start_char=s, end_char=e, text=text)
    if not bound:
        q.bound = _bound_after(doc, end_tok)
        q.bound_type = rules.BOUND_WORDS_AFTER.get(q.bound, "")
    last = other or atom
    if unit == "times":
        period = _per_period(doc, end_tok)
        if period:
            unit = f"times per {period}"
    if currency:
        q.kind, q.unit, q.currency = "money", currency, currency
    elif unit:
        u = rules.UNITS[unit]
        q.kind, q.unit = u.kind, u.canonical
        if u.kind == "duration":
            after_old = bool({"old", "olds"} & {_lower(doc, end_tok),
                                                _lower(doc, end_tok + 1) if _lower(doc, end_tok) == "-" else ""})
            if after_old or (unit == "years" and (
                    {_lower(doc, start_tok - k) for k in (1, 2, 3)} & rules.AGE_WORDS
                    or q.bound in rules.AGE_BOUNDS_AFTER or _bounds_people(doc, start_tok, bound))):
                q.kind = "age"
            else:
                # "lengthened the season by 75 days since 1970" is a change, not a time after something
                q.is_timepoint = not _states_change(doc, start_tok, end_tok, q.bound) \
                    and _is_timepoint(doc, start_tok, end_tok)
    elif atom.form == "fraction":
        # "half of adults", "a third of patients": a share, in percent
        q.kind, q.unit = "percent", "%"
        q.low, q.high = low * 100, high * 100
    elif _lower(doc, start_tok - 1) in rules.AGE_WORDS or q.bound in rules.AGE_BOUNDS_AFTER or (
            high <= rules.AGE_MAX and (bound or other is not None) and _bounds_people(doc, start_tok, bound)):
        # "adults aged 18-65", "those 75 or older", "adults over 65", "women between 40 and 74"
        q.kind, q.unit = "age", "years"
    elif _looks_like_year(doc, atom, last, start_tok):
        q.kind, q.unit = "date", "year"
        q.date = f"{int(low):04d}" if low == high else f"{int(low):04d}/{int(high):04d}"
    else:
        noun = _counted_noun(ctx, last.end, high) or _tallied_subject(doc, start_tok, bound, atom, other)
        if noun in rules.LISTICLE_NOUNS and is_heading(_line_at(ctx.text, s)):
            return None  # "5 Things to Know About...": a headline's count of its own items
        if noun:
            q.kind, q.unit, q.counted = "count", noun, noun
        elif atom.form == "digits" and last.form == "digits":
            if atom.value == 1 and other is None and not atom.magnitude:
                return None  # a lone "1" is nearly always a label or footnote
            if other is None and _after_a_name(doc, start_tok):
                return None  # "iPhone 15", "Windows 11", "Boeing 737": part of a name
            q.kind, q.unit = "number", ""
        else:
            return None  # a number word with nothing to count: "one of the", "the two"
    if q.kind not in {"date", "age"} and not q.is_timepoint:
        q.is_change = _states_change(doc, start_tok, end_tok, q.bound)
    return q


def _tallied_subject(doc: Doc, start_tok: int, bound: str, atom: _Atom, other: _Atom | None) -> str:
    """The plural noun a whole figure tallies as the subject of a verb of
    tallying: 'Measles cases in the US have reached 1,274', 'the number of
    deaths climbed to 312' (see rules.TALLY_VERBS)."""
    if other is not None or atom.form != "digits" or atom.value != int(atom.value):
        return ""
    k = start_tok - 1 - len(bound.split())
    word = _lower(doc, k)
    if word in {"to", "at"}:
        k -= 1
        before = _lower(doc, k)
        if not (before in rules.CHANGE_WORDS if word == "to" else before in rules.TALLY_VERBS_BEFORE_AT):
            return ""
    elif word not in rules.TALLY_VERBS:
        return ""
    nearest = ""
    for j in range(k - 1, max(k - 1 - rules.TALLY_SUBJECT_REACH, -1), -1):
        tok = doc[j]
        lower = tok.lower_
        if tok.is_punct or lower in rules.CLAUSE_BREAKS:
            break
        if not tok.is_alpha or tok.is_stop or (tok.is_title and not tok.is_sent_start):
            continue  # auxiliaries, articles, and the places of 'cases in the United States'
        if lower in rules.COUNTED_EVENTS:
            return lower  # "Deaths involving synthetic opioids dropped to 74,700"
        if nearest:
            continue  # a noun of COUNTED_EVENTS further back is still the subject
        if lower in rules.NOT_TALLY_SUBJECTS:
            return ""
        if lower in rules.IRREGULAR_PLURALS or _looks_plural(lower):
            nearest = lower
    return nearest


def _proportion_words(doc: Doc, j: int) -> int:
    """Where the whole starts after 'in', 'out of', 'in every', 'out of every'
    at token j ('1 in 10', '9 out of 10'); j when there is none of them."""
    k = j
    if _lower(doc, k) == "in":
        k += 1
    elif _lower(doc, k) == "out" and _lower(doc, k + 1) == "of":
        k += 2
    else:
        return j
    return k + 1 if _lower(doc, k) == "every" else k


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:len(text) if end < 0 else end]


def _bounds_people(doc: Doc, start_tok: int, bound: str) -> bool:
    """Whether the figure bounds a group of people named right before it:
    'adults over 65', 'women between 40 and 74', 'patients older than 70'."""
    k = start_tok - 1 - len(bound.split())
    if _lower(doc, k) == "than" and _lower(doc, k - 1) in {"older", "younger"}:
        k -= 2
    elif _lower(doc, k) in rules.AGE_COMPARISONS:
        k -= 1
    return _lower(doc, k) in rules.AGE_HOLDERS


def _per_period(doc: Doc, k: int) -> str:
    """'a week', 'per day', 'weekly' after 'three times'."""
    word = _lower(doc, k)
    if word in {"a", "an", "per", "each", "every"}:
        word = _lower(doc, k + 1)
    return rules.FREQUENCY_PERIODS.get(word, "")


def _after_a_name(doc: Doc, i: int) -> bool:
    """A bare figure right after a capitalised word inside a sentence names a
    product, model or route rather than counting anything."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (prev.is_alpha and any(c.isupper() for c in prev.text) and not prev.is_sent_start
            and prev.lower_ not in rules.MONTHS)


def _bound_after(doc: Doc, end_tok: int) -> str:
    """'and older' right after the figure, or after the noun it counts ('3 cups or more')."""
    for k in (end_tok, end_tok + 1):
        if k > end_tok and not (k - 1 < len(doc) and doc[k - 1].is_alpha):
            break
        one, two = _lower(doc, k), f"{_lower(doc, k)} {_lower(doc, k + 1)}"
        if two in rules.BOUND_WORDS_AFTER:
            return two
        if one in rules.BOUND_WORDS_AFTER:
            return one
    return ""


def _looks_like_year(doc: Doc, atom: _Atom, last: _Atom, start_tok: int) -> bool:
    if atom.form != "digits" or atom.magnitude:
        return False
    if not re.fullmatch(r"\d{4}", atom.text) or not (rules.YEAR_MIN <= atom.value <= rules.YEAR_MAX):
        return False
    if last is not atom and not re.fullmatch(r"\d{4}|\d{2}", last.text):
        return False
    prev = _lower(doc, start_tok - 1)
    if prev in rules.YEAR_CUES or prev in rules.MONTHS or prev in {",", "(", "-"}:
        return True
    # a year with nothing before it that counts things ("2021 patients" is a count)
    nxt = _lower(doc, last.end)
    return not (nxt.isalpha() and nxt.endswith("s"))


def _states_change(doc: Doc, start_tok: int, end_tok: int, bound: str = "") -> bool:
    """'a 38% increase', '30% more', 'rose by 41%', 'rose nearly 35%', 'up 6.4%',
    'an increase of 7.1%' (see rules.CHANGE_WORDS_AFTER, CHANGE_WORDS,
    CHANGE_NOUNS); not 'made up 18%' or 'fell to 3.1%'."""
    if _lower(doc, end_tok) in rules.CHANGE_WORDS_AFTER:
        return True
    n = len(bound.split())
    if n and " ".join(_lower(doc, start_tok - n + k) for k in range(n)) == bound:
        start_tok -= n  # the verb before the bound word: "rose nearly 35%"
    before = _lower(doc, start_tok - 1)
    made_up = before == "up" and _lower(doc, start_tok - 2) in rules.UP_NOT_A_CHANGE_AFTER
    if before in rules.CHANGE_WORDS and not made_up:
        return True
    if before == "of" and _lower(doc, start_tok - 2) in rules.CHANGE_NOUNS:
        return True
    if before != "by":
        return False
    # "reduced the risk of colorectal cancer by 18%", "fell by 31% and the risk
    # of death by 50%": the verb of change is anywhere earlier in the clause
    for k in range(start_tok - 2, max(start_tok - 2 - rules.CHANGE_BY_REACH, -1), -1):
        word = doc[k].lower_
        if word in rules.CHANGE_WORDS:
            return True
        if word in rules.CHANGE_BY_STOPS:
            return False
    return False


def _is_timepoint(doc: Doc, start_tok: int, end_tok: int) -> bool:
    k = end_tok
    if _lower(doc, k) in {"-", "‐"}:
        k += 1
    nxt = _lower(doc, k)
    # "six weeks in, ..." and "two months into treatment", not "12 weeks in a trial"
    if nxt in rules.TIMEPOINT_AFTER and not (nxt in rules.TIMEPOINT_AFTER_ALONE
                                            and k + 1 < len(doc) and doc[k + 1].is_alpha):
        return True
    prev = _lower(doc, start_tok - 1)
    if prev in {"a", "an", "the"}:
        prev = _lower(doc, start_tok - 2)
    return prev in {"at", "after", "within"}
