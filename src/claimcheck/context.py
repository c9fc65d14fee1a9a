"""What each quantity is about: the measure, the group, the qualifiers stated
near it, and whether it is hedged or a forecast.

Like medspaCy's ConText, the cues live in ``rules.py``; this module applies
them to a quantity span and returns a separate ``ClaimContext`` object.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import combinations, pairwise

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from claimcheck import frames, rules
from claimcheck.extract.text import name_before_in_commas
from claimcheck.numbers import is_number_word
from claimcheck.quantities import QUANTITY_SPANS, PhraseSearch, Quantity, doc_text, is_heading, phrase_regex
from claimcheck.subjects import subject_of

_NEGATIONS = rules.NEGATIONS
_STOP = ((set(STOP_WORDS) - _NEGATIONS) | rules.MEASURE_DROP_WORDS) - rules.MEASURE_QUALIFIER_WORDS
# Words of change ("rose", "increase") and of hedging ("could", "forecast") say
# how a figure is stated, which its role and hedge record; they are left out of
# the measure key so that "a 38% increase in admissions" and "admissions rose by
# 41%", or "sales could reach" and "sales are forecast to reach", are one measure.
_HOW_STATED = rules.CHANGE_WORDS | rules.CHANGE_WORDS_AFTER | {c for c in rules.HEDGE_CUES if " " not in c}


_SYNONYM_RE = phrase_regex(rules.MEASURE_SYNONYMS)
_CASE_COUNT_RE = phrase_regex(rules.CASE_COUNT_PHRASES)
_SYNONYM_KEYS = set(rules.MEASURE_SYNONYMS.values())
_HEDGE_RE = phrase_regex(rules.HEDGE_CUES)
_DESIGN_SEARCH = PhraseSearch(rules.DESIGN_CUES)
_NEW_STUDY_SEARCH = PhraseSearch(rules.NEW_STUDY_CUES)

_CONTROL_CUES = [c.strip() for c in rules.CONTROL_ARM_CUES]
# matched in words joined by spaces, where "usual-care" reads "usual - care"
_CONTROL_RES = {c: re.compile(r"(?<![\w-])" + r"(?:\s*-\s*|\s+)".join(map(re.escape, c.split())) + r"(?![\w-])")
                for c in _CONTROL_CUES}
_CONTROL_RELATIVE_RE = re.compile(r"\s*-\s*(?:" + "|".join(sorted(rules.CONTROL_RELATIVE_SUFFIXES
                                                                  | rules.CONTROL_DESIGN_SUFFIXES)) + r")\b")
# "assigned to placebo or the drug": another arm named after the control's "or"
_OTHER_ARM_AFTER_RE = re.compile(r"\s+or\s+(?:(?:to|the|a|an)\s+)*([\w-]+)")
_CONTROL_FIRST_WORDS = {c.split()[0] for c in _CONTROL_CUES}
_CONTRAST_LAST_WORDS = {c.split()[-1] for c in rules.CONTRAST_CUES}
_GROUP_RE = re.compile(r"\b(?<!" + r" )(?<!".join(rules.NOT_ARM_GROUP_WORDS) + r" )(?:group|groups|cohort|arm|arms)\b")
_CONTRAST_SEARCH = PhraseSearch(rules.CONTRAST_CUES)
_POPULATION_STOP = _NEGATIONS | {"who", "that", "which", "were", "was", "had", "have", "has", "are", "is",
                                 "experienced", "received", "showed", "reported", "did", "at", "after",
                                 "during", "with", "compared"}


@dataclass(slots=True)
class ClaimContext:
    sentence: str
    sentence_start: int
    measure: str  # readable: "no longer met the diagnostic criteria for PTSD"
    measure_key: str  # canonical words compared across sources: "remission criteria diagnostic ptsd"
    population: str  # who: "participants in the MDMA group"
    arm: str  # control | intervention | ""
    phase: str  # "3"
    trial: str  # "MAPP1"
    design: str  # pilot | open-label | ...
    timepoint: str  # "2 months"
    hedge: str  # the cue word: "anticipated"
    hedge_type: str  # forecast | hedge | ""
    condition: bool = False  # what a share in its clause is about: "Two doses are 97% effective"
    subject: str = ""  # the name nearest to the figure: "novolog"
    names: str = ""  # the names of its clause (else of its sentence), space-separated: "novo nordisk novolog"
    status: str = "fact"  # fact | forecast | hypothetical | negated | disputed (frames.status)


def stem(word: str) -> str:
    """A crude suffix stripper: enough to make 'sessions'/'session' and
    'lasts'/'lasting' meet; not a linguistic stemmer."""
    w = word.lower()
    if w in rules.DEMONYMS:
        return rules.DEMONYMS[w]  # "European" is Europe
    if w in rules.STEM_EXCEPTIONS:
        return rules.STEM_EXCEPTIONS[w]
    for suffix in ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "s"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            if suffix == "ies":
                return w[: -3] + "y"
            if suffix == "es" and not w.endswith(("sses", "xes", "ches", "shes")):
                return w[:-1]
            return w[: -len(suffix)]
    return w


# measure-key words that qualify a measure ("median", "severe"): see rules.MEASURE_QUALIFIER_WORDS
QUALIFIER_STEMS = {stem(w) for w in rules.MEASURE_QUALIFIER_WORDS}


@dataclass(slots=True)
class _Sentence:
    """A sentence's bounds and text, sliced from the Doc's text: spaCy builds
    Span.text, and finds Doc.sents, token by token."""

    start: int  # token
    end: int  # token, exclusive
    start_char: int
    end_char: int
    text: str


def _sentences_of(doc: Doc, text: str, spans: list[Span]) -> dict[int, _Sentence]:
    """The sentence of each span (by id), from the sentence starts as an array."""
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist() if len(doc) else []
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    out: dict[int, _Sentence] = {}
    made: dict[int, _Sentence] = {}
    for s in spans:
        k = bisect_right(starts, s.start) - 1
        if k not in made:
            start, end = starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)
            a, last = doc[start].idx, doc[end - 1]
            b = last.idx + len(last.text)
            made[k] = _Sentence(start, end, a, b, text[a:b])
        out[id(s)] = made[k]
    return out


_LEFT_STOPS = {",", ".", "!", "?"}
_ASIDE_MAX_TOKENS = 6  # an acronym or a short gloss in parentheses, not a list of doses
_RIGHT_STOPS = {".", "!", "?", ";"}
_APPOSITIVE_MAX_TOKENS = 8  # "Doug Melton's stem-cell company" is seven


def _reason_phrase(doc: Doc, i: int) -> bool:
    """Whether token i opens a reason given as a phrase ("because of side
    effects", "due to adverse events"), which belongs to its clause, unlike a
    clause of its own ("because they ...")."""
    return i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in rules.REASON_PREPOSITIONS


def _aside_end(doc: Doc, sent: _Sentence, opening: int) -> int | None:
    """The closing bracket of a short aside, or of a bracket of statistics
    (a confidence interval, a P value), opening at token `opening`."""
    reach = min(sent.end, opening + _STATISTICS_ASIDE_MAX_TOKENS + 2)
    closing = next((k for k in range(opening + 1, reach) if doc[k].text == ")"), None)
    if closing is None or closing - opening - 1 <= _ASIDE_MAX_TOKENS:
        return closing
    return closing if any(doc[k].text in _STATISTICS_MARKS for k in range(opening + 1, closing)) else None


_STRENGTH_TAG = re.compile(re.escape(rules.DOSE_PREFIX) + r"[\d.]+[^\d.-][^-]*")
_STATISTICS_ASIDE_MAX_TOKENS = 16
_STATISTICS_MARKS = {"CI", "CrI", "P", "p", "SD", "IQR"}


def _clause(doc: Doc, sent: _Sentence, span: Span, qty_tokens: set[int]) -> tuple[list, list]:
    """Tokens of the claim's clause to its left and right (not the span itself)."""
    left, right = [], []
    # token by token from the span outwards: slicing a Span would make a Token for every word of the sentence
    i = span.start - 1
    if span.start > sent.start and doc[i].text == "(" and span.end < sent.end and doc[span.end].text == ")" \
            and span.start - 1 > sent.start and doc[i - 1].is_alpha \
            and not {i - 1, i - 2, i - 3} & qty_tokens:
        # "approved nivolumab plus chemotherapy (April 2021) and ...": a figure
        # alone in brackets after words glosses them; its clause is theirs (not
        # "1388 participants (15.1%)": a share of the count before it)
        i -= 1
    while i >= sent.start and len(left) < 10:
        tok = doc[i]
        if tok.text == ")" and left:
            # a short aside between the measure and its figure ("Brain swelling
            # (ARIA-E) occurred in 21%") is stepped over, when it opens in the sentence
            opening = next((k for k in range(i - 1, max(sent.start, i - _ASIDE_MAX_TOKENS - 1) - 1, -1)
                            if doc[k].text == "("), None)
            if opening is not None:
                i = opening - 1
                continue
        if tok.text == ":" and not any(t.is_alpha for t in left):
            # "Deaths were balanced: 0.7% with the drug and 0.8% with placebo":
            # figures that open what follows a colon are measured by its lead-in
            i -= 1
            continue
        if tok.text == "," and left and all(t.is_stop for t in left):
            # "bought Semma, Melton's stem-cell company, for $950 million": the
            # measure goes on past an appositive (which may gloss it: "the WAC,
            # the list price before rebates, is ...")
            opening = _appositive_start(doc, sent, i, qty_tokens)
            if opening is not None:
                left += [doc[k] for k in range(i - 1, opening, -1)]
                i = opening - 1
                continue
        if (tok.lower_ in rules.CLAUSE_BREAKS and not _reason_phrase(doc, i) and not _joining_dash(doc, i)) \
                or tok.text in _LEFT_STOPS:
            break
        left.append(tok)
        i -= 1
    left.reverse()
    if left and left[-1].lower_ in rules.FIGURE_JOINERS:
        # "survival was 18.2 months with velutinib and 11.9 months": what
        # follows the earlier figure up to the conjunction is its, not this one's
        figures = [k for k, t in enumerate(left) if t.i in qty_tokens]
        if figures:
            del left[figures[-1] + 1:]
    i = limit = span.end
    limit += 15
    while i < min(sent.end, limit):
        tok = doc[i]
        if tok.text == "(":
            # a short aside right of the figure ("0.8% (7 participants) with
            # placebo") is stepped over, as on the left; so is the bracket of
            # its statistics, however long ("3.1% (95% CI, 1.9 to 4.3) with placebo")
            closing = _aside_end(doc, sent, i)
            if closing is not None:
                limit += closing + 1 - i
                i = closing + 1
                continue
        if (tok.lower_ in rules.CLAUSE_BREAKS and not _reason_phrase(doc, i) and not _joining_dash(doc, i)) \
                or tok.text in _RIGHT_STOPS or len(right) >= 14:
            break
        if tok.text == "," and right:
            break
        if i in qty_tokens and right and doc[i - 1].lower_ in rules.AGE_WORDS:
            # an age band of those counted is theirs: "children and teens ages 1 to 17 died"
            while i < min(sent.end, limit) and i in qty_tokens:
                right.append(doc[i])
                i += 1
            continue
        if i in qty_tokens and right:
            # "by 31% and the risk of death by 40%": from the last conjunction
            # on, the words lead to the next figure and are its measure
            joined = [k for k, t in enumerate(right) if t.lower_ in rules.FIGURE_JOINERS]
            if joined:
                del right[joined[-1]:]
                break
        right.append(tok)
        i += 1
    return left, right


def _own_clause_after_joiner(left: list, qty_tokens: set[int]) -> list:
    """"killed 102 people and destroyed 2,719 structures": after an earlier
    figure and a conjunction, a word of its own before a count opens the
    count's clause; what happened to the earlier figure's is not said of it.
    (With nothing but function words between, "and by 38% in the other", the
    earlier clause is shared: _coordinated_peer.)"""
    figures = [k for k, t in enumerate(left) if t.i in qty_tokens]
    if not figures:
        return left
    joiners = [k for k in range(figures[-1] + 1, len(left)) if left[k].lower_ in rules.FIGURE_JOINERS]
    if joiners and any(t.is_alpha and not t.is_stop for t in left[joiners[-1] + 1:]):
        return left[joiners[-1] + 1:]
    return left


def _appositive_start(doc: Doc, sent: _Sentence, closing: int, qty_tokens: set[int]) -> int | None:
    """The comma opening a short appositive that the comma at `closing` ends
    (", a university spinout,"): no figure and no clause word inside it."""
    for k in range(closing - 1, max(sent.start, closing - _APPOSITIVE_MAX_TOKENS - 1) - 1, -1):
        tok = doc[k]
        if tok.text == ",":
            return k if k < closing - 1 and k > sent.start else None
        if k in qty_tokens or tok.lower_ in rules.CLAUSE_BREAKS or tok.text in _LEFT_STOPS:
            return None
    return None


def _joining_dash(doc: Doc, i: int) -> bool:
    """Whether the dash at i joins two words with no space around it
    ("xanomeline–trospium"): part of a name, no break between clauses."""
    return doc[i].text in _DASHES and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


_DASHES = {"–"}  # an en dash; an em dash without spaces is still punctuation ("years—can now")


def _quantity_token_ids(doc: Doc) -> set[int]:
    ids: set[int] = set()
    for s in doc.spans.get(QUANTITY_SPANS, []):
        ids.update(range(s.start, s.end))
    return ids


def _content_words(tokens, skip: set[int]) -> list[str]:
    words = []
    for tok in tokens:
        if tok.i in skip or not (tok.is_alpha or (tok.text.replace("-", "").isalpha() and "-" in tok.text)):
            continue
        lower = tok.lower_
        if lower in _STOP or lower in _HOW_STATED or lower in rules.UNIT_FORMS or lower in rules.BOUND_WORDS:
            continue
        if any(c.isdigit() for c in lower):
            continue
        words.append(lower)
    return words


def _antecedent(doc: Doc, sent: _Sentence, span: Span, left: list) -> list:
    """The noun phrase a relative clause opening a figure's clause follows
    (", which was 2.37 per 100 person-years" after "background HIV incidence
    (bHIV)"), or the one a bracket the figure opens follows ("2 lenacapavir
    recipients (0.10 per 100 person-years)"): what the figure measures. Up to
    RELATIVE_ANTECEDENT_REACH words back, past a bracket, to a clause break or a number."""
    if not left and span.start - 1 > sent.start and doc[span.start - 1].text == "(":
        k = span.start - 2
    elif left and _STATISTIC_NAME_WORDS.issuperset(t.lower_ for t in left) and left[0].i - 1 > sent.start \
            and doc[left[0].i - 1].text == "(":
        k = left[0].i - 2  # "a higher risk of stroke (hazard ratio 1.14)": the bracket names only the statistic
    elif left:
        pronoun = left[0].i if left[0].lower_ in rules.RELATIVE_PRONOUNS else left[0].i - 1
        if pronoun - 1 <= sent.start or doc[pronoun].lower_ not in rules.RELATIVE_PRONOUNS \
                or doc[pronoun - 1].text != ",":
            return []
        k = pronoun - 2
    else:
        return []
    words, depth = [], 0
    while k >= sent.start and len(words) < rules.RELATIVE_ANTECEDENT_REACH:
        tok = doc[k]
        depth += (tok.text == ")") - (tok.text == "(")
        if depth == 0 and tok.text not in {")", "("}:
            if tok.lower_ in rules.CLAUSE_BREAKS or tok.text in _LEFT_STOPS or tok.like_num:
                break
            words.append(tok)
        k -= 1
    return words[::-1]


_STATISTIC_NAME_WORDS = {w.lower() for phrase in [*rules.STATISTIC_PHRASES, *rules.STATISTIC_MARKS]
                         for w in phrase.split()} - {"n", "p"}


def _apposed_phrase(doc: Doc, sent: _Sentence, span: Span, qty_tokens: set[int]) -> list:
    """The noun phrase a figure set off by commas stands beside ("its smallest
    pen, 4 mg, would cost"): what the figure measures. Not a phrase opening
    the sentence with a preposition or an adverb (rules.APPOSED_OPENING_WORDS)."""
    k = span.start - 2
    if k <= sent.start or doc[k + 1].text != "," or k in qty_tokens or not doc[k].is_alpha:
        return []
    tail = next((i for i in range(span.end, min(sent.end, span.end + rules.APPOSED_FIGURE_TAIL + 1))
                 if doc[i].text in _LEFT_STOPS or doc[i].lower_ in rules.CLAUSE_BREAKS), None)
    if tail is None or doc[tail].text != "," or qty_tokens.intersection(range(span.end, tail)):
        return []  # "two strengths, 10 mg and 25 mg, ...": a list, not one figure beside its phrase
    words = []
    while k >= sent.start and len(words) < rules.APPOSED_PHRASE_REACH:
        tok = doc[k]
        if tok.lower_ in rules.CLAUSE_BREAKS or tok.text in _LEFT_STOPS or k in qty_tokens:
            break
        words.append(tok)
        if tok.lower_ in rules.APPOSED_PHRASE_DETERMINERS:
            break
        k -= 1
    if not words:
        return []
    opening = words[-1].i
    while opening > sent.start and doc[opening - 1].text not in _LEFT_STOPS \
            and doc[opening - 1].lower_ not in rules.CLAUSE_BREAKS:
        opening -= 1
    if doc[opening].lower_ in rules.APPOSED_OPENING_WORDS:
        return []
    return words[::-1]


def _synonym_keys(text: str) -> list[str]:
    # a window's tokens are joined by spaces: "out - of - pocket" is the phrase "out-of-pocket"
    return sorted({rules.MEASURE_SYNONYMS[m.group(0)] for m in _SYNONYM_RE.finditer(text.replace(" - ", "-"))})


def _phase_value(m: re.Match) -> str:
    return "/".join(rules.ROMAN.get(p, p) for p in m["phase"].lower().split("/"))


def _lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(slots=True)
class _ParagraphQualifiers:
    """Where each qualifier is named in one paragraph (absolute offsets)."""

    phase: list[tuple[int, str]]
    trial: list[tuple[int, str]]
    design: list[tuple[int, str]]
    new_study: list[int]  # offsets of cues that introduce another study
    heading: bool


class _SectionQualifiers:
    """Qualifiers of a claim from its sentence, else from the sentences before it
    in its paragraph, else from up to QUALIFIER_CARRY_PARAGRAPHS paragraphs
    before it in the same section: an article names its study once, then reports
    on it. A heading, or a paragraph that introduces another study, stops the
    search. Each paragraph is read once, whatever number of claims it holds."""

    def __init__(self, text: str):
        self.text = text  # doc.text: spaCy rebuilds it on every access
        self.paragraphs: dict[int, _ParagraphQualifiers] = {}

    def _paragraph(self, start: int) -> _ParagraphQualifiers:
        if start not in self.paragraphs:
            end = self.text.find("\n", start)
            text = self.text[start:end if end >= 0 else len(self.text)]
            lower = _lower_same_length(text)
            # Each search runs only when a cheap substring test says it can
            # match: a paragraph seldom names a phase, a trial or a design.
            self.paragraphs[start] = _ParagraphQualifiers(
                phase=[(start + m.start(), _phase_value(m)) for m in rules.PHASE_PATTERN.finditer(text)]
                if "phase" in lower else [],
                trial=[(start + p, name) for p, name in _trial_names(text)],
                design=[(start + m.start(), rules.DESIGN_CUES[m.group(0)])
                        for m in _DESIGN_SEARCH.finditer(lower)],
                new_study=[start + m.start() for m in _NEW_STUDY_SEARCH.finditer(lower)],
                heading=is_heading(text))
        return self.paragraphs[start]

    @staticmethod
    def _value(kind: str, found: list[tuple[int, str]], a: int, b: int, last: bool) -> str:
        values = [v for pos, v in found if a <= pos < b]
        if not values:
            return ""
        if kind == "trial":  # every trial named there
            return "+".join(dict.fromkeys(values))
        return values[-1] if last else values[0]

    def find(self, sent: _Sentence, kind: str) -> str:
        para_start = self.text.rfind("\n", 0, sent.start_char) + 1
        para = self._paragraph(para_start)
        found = getattr(para, kind)
        value = self._value(kind, found, sent.start_char, sent.end_char, last=False)
        if value:
            return value
        value = self._value(kind, found, para_start, sent.start_char, last=True)
        if value or any(para_start <= p < sent.end_char for p in para.new_study):
            return value
        # a paragraph naming its trial takes a phase or design from paragraphs
        # before only where they name that trial too: another's is not its own
        own_trials = {name for pos, name in para.trial if pos < sent.end_char} if kind != "trial" else set()
        return self._carried(kind, para_start, own_trials)

    def _carried(self, kind: str, para_start: int, own_trials: set[str]) -> str:
        """The qualifier of the nearest paragraph before, up to QUALIFIER_CARRY_PARAGRAPHS
        of them, stopping at a heading or at a paragraph that introduces another study."""
        end, carried = para_start - 1, 0
        while end > 0 and carried < rules.QUALIFIER_CARRY_PARAGRAPHS:
            start = self.text.rfind("\n", 0, end) + 1
            blank = not self.text[start:end].strip()
            end = start - 1
            if blank:
                continue
            earlier = self._paragraph(start)
            if earlier.heading:
                return ""
            value = self._value(kind, getattr(earlier, kind), start, para_start, last=True)
            if value and own_trials and not own_trials & {name for _, name in earlier.trial}:
                return ""
            if value or earlier.new_study:
                return value
            carried += 1
        return ""


# Every trial name starts with three capitals at the start of a word; the
# regex for these skips to capitals at C speed, and the full pattern is tried
# only there.
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z][A-Z]+")


def _trial_names(text: str) -> list[tuple[int, str]]:
    names = []
    end = 0
    for m in _CAPITALS_RUN.finditer(text):
        p = m.start()
        if p < end or (p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_")):
            continue
        found = rules.TRIAL_NAME_PATTERN.match(text, p)
        if found:
            names.append((p, found.group(0)))
            end = found.end()
    names = _with_coordinated_names(text, names)
    camel = [(m.start(), m.group(0)) for m in rules.CAMEL_TRIAL_NAME_PATTERN.finditer(text)]
    return sorted(names + camel) if camel else names


def _with_coordinated_names(text: str, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The trial names found, and the names in capitals joined to one of them
    by "and", "or" or a comma ("two studies, KESTREL and MERLIN, which
    enrolled ..."): a list of trials, though only its last stands where a
    trial's name is recognized."""
    if not names:
        return names
    found = dict(names)
    pairs = [((m.start(1), m.group(1)), (m.start(2), m.group(2))) for m in _COORDINATED_CAPITALS.finditer(text)]
    for first, second in pairs + pairs[::-1]:  # both ways round: "A, B and C" reaches A from C
        if first[0] in found or second[0] in found:
            found.update((first, second))
    return sorted(found.items())


# Two names in capitals joined by "and", "or" or a comma (overlapping pairs:
# "A, B and C" gives A-B and B-C).
_COORDINATED_CAPITALS = re.compile(r"(?<![\w-])([A-Z]{4,}(?:-[A-Z0-9]+)?)(?:,? (?:and|or) |, )"
                                   r"(?=([A-Z]{4,}(?:-[A-Z0-9]+)?)(?![\w-]))")


def _phase(text: str) -> str:
    m = rules.PHASE_PATTERN.search(text)
    return _phase_value(m) if m else ""


def _trial(text: str) -> str:
    names = [name for _, name in _trial_names(text)]
    return "+".join(dict.fromkeys(names))


def _design(text: str) -> str:
    m = _DESIGN_SEARCH.pattern.search(text.lower())
    return rules.DESIGN_CUES[m.group(0)] if m else ""


def _hedge_cues(sent: _Sentence, spans: list[Span]) -> list[tuple[int, str]]:
    """(character offset, cue) of every hedge or forecast cue of a sentence.
    Quantity text is blanked first, so the month in 'May 6' is not the modal 'may'."""
    text = sent.text.lower()
    for other in spans:
        if other.start_char >= sent.start_char and other.end_char <= sent.end_char:
            a, b = other.start_char - sent.start_char, other.end_char - sent.start_char
            text = text[:a] + " " * (b - a) + text[b:]
    return [(sent.start_char + m.start(), m.group(0)) for m in _HEDGE_RE.finditer(text)
            if not _compares(text, m)]


def _compares(text: str, cue: re.Match) -> bool:
    """Whether a cue is a comparison's word, not a hedge: "3.8 times as likely
    as girls", "more likely to be admitted" (rules.COMPARATIVE_BEFORE_HEDGE)."""
    before = text[:cue.start()].split()
    return bool(before) and before[-1] in rules.COMPARATIVE_BEFORE_HEDGE.get(cue.group(0), ())


_CLAUSE_BREAK_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for w in sorted(rules.CLAUSE_BREAKS, key=len, reverse=True) if w.isalpha()) + r")(?![\w-])|[;:—–]"
    r"|, (?:and|but|so|yet) "  # ", and starting next year Pfizer plans ...": a clause of its own
    # ", two weeks after the Senate confirmed her": a clause of its own, told in the past
    r"|,\s+(?:[\w-]+\s+){0,3}?(?:after|before|since|when)\s+(?:[\w'’-]+\s+){0,4}?[a-z]+ed\b")


def _nearest_hedge(cues: list[tuple[int, str]], span: Span, sent: _Sentence) -> tuple[str, str]:
    """The cue nearest to a figure within its clause: "while others say the
    problems will ease" does not make a figure before it a forecast."""
    text = sent.text.lower()

    def same_clause(at: int) -> bool:
        lo, hi = sorted((at, span.start_char))
        return not _CLAUSE_BREAK_RE.search(text, lo - sent.start_char, hi - sent.start_char)

    def same_clause_after(at: int) -> bool:
        # a cue after the figure, past a comma, is in the next clause ("When it won
        # approval in July 2022, I told my patients it would change ...")
        return at < span.start_char or "," not in text[span.end_char - sent.start_char:at - sent.start_char]

    near = [c for c in cues if same_clause(c[0]) and same_clause_after(c[0])]
    if not near:
        return "", ""
    _, cue = min(near, key=lambda c: abs(c[0] - span.start_char))
    return cue, rules.HEDGE_CUES[cue]


def _names_both_arms(words_before: list[str]) -> bool:
    """'either MDMA or placebo', 'MDMA or inactive placebo', 'to MDMA or to a
    placebo': the control cue comes after 'or'/'either' (whole words: 'for
    placebo' is the control arm)."""
    end = len(words_before)
    while end and words_before[end - 1] in _ARTICLES_AND_TO:
        end -= 1
    return words_before[end - 1:end] in (["or"], ["either"]) or words_before[end - 2:end] == ["or", "inactive"]


_ARTICLES_AND_TO = {"to", "a", "an", "the", "matching"}


def _other_arm_after(window_text: str, end: int) -> bool:
    """'to placebo or the drug': the arm after 'or' is no control, so the
    figure is of both arms ('placebo or usual care' is still the control)."""
    m = _OTHER_ARM_AFTER_RE.match(window_text, end)
    return bool(m) and not any(p.match(window_text, m.start(1)) for p in _CONTROL_RES.values())


def _control_cue(window_text: str) -> str:
    """The control-arm cue the window names ('placebo', 'usual care'), if any."""
    if not any(w in window_text for w in _CONTROL_FIRST_WORDS):
        return ""
    for cue, pattern in _CONTROL_RES.items():
        for m in pattern.finditer(window_text):
            # "either MDMA or placebo" names both arms: no arm
            if not _names_both_arms(window_text[: m.start()].split()) \
                    and not _CONTROL_RELATIVE_RE.match(window_text, m.end()) \
                    and not _other_arm_after(window_text, m.end()):
                return cue
    return ""


def _arm(window_text: str) -> str:
    if _control_cue(window_text):
        return "control"
    if _GROUP_RE.search(window_text):
        return "intervention"
    return ""


def _before_comparator(lowers: list[str]) -> list[str]:
    """The words after a figure up to a comparator ("9.6 points more than those
    on placebo"): the group after it is what the figure is measured against."""
    cut = next((i for i, w in enumerate(lowers) if w in _COMPARATOR_WORDS), len(lowers))
    return lowers[:cut]


_COMPARATOR_WORDS = {cue.split()[0] for cue in rules.COMPARATOR_CUES}


def _opening_arm(doc: Doc, sent: _Sentence, s: Span, left: list) -> str:
    """The arm a sentence opens with, for the figures after its comma: "For
    the high-dose arm, the response rate fell to 31%", "In the placebo group, ..."."""
    if not _left_stopped_at_comma(doc, sent, left, s):
        return ""
    phrase = _opening_phrase(doc, sent, rules.ARM_OPENERS, rules.SUBGROUP_MAX_WORDS)
    return _arm(" ".join(t.lower_ for t in phrase)) if phrase else ""


def _other_motion(lowers: list[str]) -> list[str]:
    """A vote on "a second question", "a separate motion": another motion than
    the one a report's plain vote is on, so the two are never one tally."""
    for word, nxt in pairwise(lowers):
        if word in rules.OTHER_MOTION_WORDS and nxt in rules.MOTION_NOUNS:
            return [rules.MOTION_PREFIX + word]
    return []


def _motion_topic(right: list, qty_at: dict[int, Quantity]) -> list[str]:
    """What a vote was on, when its clause says so before the next figure ("12
    to 0 that the data support its effectiveness and 10 to 2 that they support
    its safety"): votes on two questions of one meeting are two tallies."""
    # ("... agreeing that it is effective and that its benefits outweigh its
    # risks": a count given for two questions at once is each one's)
    topics = []
    for tok in right:
        other = qty_at.get(tok.i)
        if other is not None and other.statistic != "tally_against" and other.kind != "date":
            break  # (past the tally's own "0" and its date: "12-2 in March that ...")
        topic = rules.MOTION_TOPICS.get(tok.lower_)
        if topic and rules.MOTION_PREFIX + topic not in topics:
            topics.append(rules.MOTION_PREFIX + topic)
    return topics


def _opening_motion(doc: Doc, sent: _Sentence, s: Span) -> list[str]:
    """The topics of the question a sentence opens with, for a tally after its
    comma ("Asked whether the data showed the drug was effective, two said yes")."""
    if doc[sent.start].lower_ not in rules.MOTION_QUESTION_OPENERS \
            or not any(doc[k].lower_ in rules.MOTION_QUESTION_WORDS for k in range(sent.start + 1, sent.start + 3)):
        return []
    comma = next((k for k in range(sent.start, s.start) if doc[k].text == ","), None)
    if comma is None:
        return []
    topics = [rules.MOTION_TOPICS.get(doc[k].lower_) for k in range(sent.start, comma)]
    return list(dict.fromkeys(rules.MOTION_PREFIX + t for t in topics if t))


def _trailing_subgroup(right_lowers: list[str]) -> list[str]:
    """"94.6% among participants with an underlying condition", "93.8% in those
    aged 70 to 79": a group the words after a figure restrict is a subgroup, its
    figure not the one for everyone; the restriction's words name it."""
    if len(right_lowers) < 3 or right_lowers[0] not in rules.SUBGROUP_AFTER_OPENERS \
            or right_lowers[1] not in rules.SUBGROUP_AFTER_NOUNS:
        return []
    rest = right_lowers[2:]
    if not rest or rest[0] not in rules.SUBGROUP_RESTRICTORS:
        return []
    words = sorted({stem(w) for w in rest[1:1 + rules.SUBGROUP_AFTER_WORDS] if w.isalnum() and w not in _STOP})
    return [rules.SUBGROUP_PREFIX + "-".join(words)] if words else []


_STUDY_SIZE_WORDS = set(rules.STUDY_SIZE_CUES)


def _counts_a_part(right: list, left_lowers: list[str], qty_tokens: set[int]) -> bool:
    """'16 of the 17 patients ... went a year without a crisis', 'all 30
    patients', 'the first three doses': the count of a part of a whole it
    names or implies; no count of the whole ('44 patients received the therapy')."""
    if left_lowers and left_lowers[-1] in rules.PART_OF_SERIES_WORDS:
        return True
    if left_lowers and left_lowers[-1] == "all":
        # ("all 2,246 adults enrolled" is the whole: a study's size)
        return not any(t.lower_ in _STUDY_SIZE_WORDS for t in right[:4])
    words = [t for t in right[:3] if t.lower_ != "the"]
    return len(words) >= 2 and words[0].lower_ == "of" and words[1].i in qty_tokens


def _whole_of_a_part(left: list, qty_tokens: set[int]) -> bool:
    """Whether a count is the whole a figure before it is a part of ("329 of 374
    people", "16 of the 17 patients"): what its clause says happened ("killed",
    "went a year without a crisis") happened to the part."""
    words = [t for t in left[-3:] if t.lower_ != "the"]
    return len(words) >= 2 and words[-1].lower_ == "of" and words[-2].i in qty_tokens


def _referred_group(right_lowers: list[str]) -> list[str]:
    """"a third of these participants": a group named before, which the figure's
    sentence does not define ("of those who ...", "of those on placebo" do), is
    a subgroup of unknown kind, never everyone."""
    if len(right_lowers) < 2 or right_lowers[0] != "of" or right_lowers[1] not in rules.REFERRING_DETERMINERS:
        return []
    if any(w in rules.GROUP_DEFINERS for w in right_lowers[2:4]):
        return []
    return [rules.SUBGROUP_PREFIX + rules.REFERRED_GROUP]


def _population(q: Quantity, right) -> str:
    if q.kind == "count":
        return q.counted
    words = []
    started = False
    for tok in right:
        lower = tok.lower_
        if not started:
            if lower in {"of", "in", "among"}:
                started = True
            elif not tok.is_alpha or lower not in {"the", "a", "an"}:
                if words or lower not in STOP_WORDS:
                    return ""
            continue
        if lower in _POPULATION_STOP or not (tok.is_alpha or tok.text == "-") or len(words) >= 6:
            break
        words.append(tok.text)
    return " ".join(words)


def _date_event(state: _DocState, sent: _Sentence, span: Span) -> str:
    """The event a date times: the event word nearest to the date in its sentence."""
    best, best_dist = "", 10**9
    pos = span.start_char - sent.start_char
    if _in_dateline(sent.text, pos, span.end_char - sent.start_char):
        return rules.DATELINE_EVENT  # "WASHINGTON, June 18 (Wire) -": when the story was filed
    text = sent.text.lower()
    before = text[max(0, pos - 12):pos].split()
    if before and (before[-1] in rules.TAKING_EFFECT_BEFORE_DATE
                   or (before[-1] == "since" and _since_a_state_began(state, sent, span, text, pos))):
        return rules.MEASURE_SYNONYMS["took effect"]
    if before and before[-1] in rules.PERIOD_BOUND_BEFORE_DATE:
        return ""  # "born through 2028": a period's end, not when its sentence's event happened
    if _ranked_since(text, pos):
        return ""  # "the worst year since 1992": a record's baseline, when no event happened
    if _names_which(before, text[span.end_char - sent.start_char:]):
        return ""  # "approved its fiscal 2026 bill in July": which bill, not when it was approved
    if before and before[-1] in rules.INDEFINITE_ARTICLES and span.text.lower() in rules.WEEKDAYS:
        return ""  # "posted late on a Friday": some Friday, no date to compare
    if _names_a_meeting(sent.text, pos, span.text):
        return ""  # "presented at ASCO 2025": the meeting's name, no event's date
    if _dates_a_vote(text, pos):
        return ""  # "a committee voted 15-1 in May against granting approval": the vote's date
    # an event word of the date's own clause first; one across a clause break
    # only before the date ("to win approval, perhaps as early as next year") or
    # after a date that opens the sentence ("In January 2023, the agency
    # approved"), never a later clause's ("who won in 2022, said the levy
    # would take effect")
    # (a date after a verb of its own times that verb's action: "under a deal
    # announced last month, ..., pending approval" dates no approval)
    opening = not _EVENT_CLAUSE_BREAK.search(text[:pos]) and not _after_its_own_verb(text[:pos])
    for m in _SYNONYM_RE.finditer(text):
        key = rules.MEASURE_SYNONYMS[m.group(0)]
        if key == rules.MEASURE_SYNONYMS["declared"] and _DECLARED_OVER.match(text, m.end()):
            key = rules.END_DECLARATION  # "declared the outbreak over on Monday": its end, not its start
        if key == rules.MEASURE_SYNONYMS["approved"] and _EXPANSION_APPROVED.match(text, m.end()):
            key = rules.MEASURE_SYNONYMS["label expansion"]  # "approved a label update": the label widened
        if key == rules.MEASURE_SYNONYMS["approved"] and _TRIAL_CLEARED.match(text, m.end()):
            key = rules.TRIAL_CLEARANCE  # "cleared the company to begin a trial": the study may start
        word_before = (text[max(0, m.start() - 8):m.start()].split() or [""])[-1]
        if m.group(0).endswith("ed") and word_before in rules.PREPOSITIONS_BEFORE_PARTICIPLE:
            continue  # "enrolled in approved studies": a participle describing a noun, no event
        if m.group(0).endswith("ed") and word_before in rules.UNDERTAKING_NOUNS:
            continue  # "under a program launched in June": the program's launch, not the product's
        if m.group(0) in rules.ILLNESS_DEVELOPED and word_before in rules.POPULATION_NOUNS:
            continue  # "170 people developed active TB": they fell ill, nothing was developed
        if _negated_event(text, m.start()):
            continue  # "said it could not approve the drug": no approval happened
        between = text[min(m.end(), pos):max(m.start(), pos)]
        if m.start() < pos and _TEMPORAL_SUBORDINATOR.search(between):
            continue  # "the proposal came 14 months after the panel concluded, on May 2, 2023": the panel's date
        if m.start() < pos and _FINDING_VERB.search(between):
            continue  # "published in May, found that admissions fell in 2025": the finding's year
        if m.start() > pos and _LATER_EVENT_SUBORDINATOR.search(between):
            continue  # "struck a deal on Nov. 6 ... once the pill is approved": the deal's date
        if m.start() < pos and _coordinated_verb(between):
            continue  # "approved the switch that March and boxes reached us in September": the arrival's date
        if m.start() > pos and _AND_THEN_VERB.fullmatch(text, span.end_char - sent.start_char, m.start()):
            continue  # "approved in March 2023 and launched in October": the launch has its own date
        across = bool(_EVENT_CLAUSE_BREAK.search(between))
        dist = abs(m.start() - pos) + (len(text) if across else 0)
        # (a coordinated clause has its own subject and event: "approved it in June
        # 2024, and the WHO put it into its guidelines in July 2025")
        before_in_reach = m.start() < pos and not _NEW_CLAUSE.search(between)
        if key in rules.DATE_EVENT_KEYS and dist < best_dist and (not across or opening or before_in_reach):
            best, best_dist = key, dist
    return best or _repeated_event(text, pos)


_EXPANSION_APPROVED = re.compile(r"\s+(?:(?:a|an|the|its)\s+)?(?:" + "|".join(
    re.escape(p) for p in rules.EXPANSION_OBJECTS) + r")\b")


# (the clearance lets a company begin a trial, is for one, or has one as its
# object: "cleared the company, a Maryland firm, to begin a clinical trial",
# "won clearance in June for its own study", "cleared the first two trials";
# "approved it in 2023 after a trial" is no such clearance)
# (a trial noun as the head of its phrase: "the study drug" is a drug)
_TRIAL_NOUN = r"(?:{})(?=\s*[,.;:)]|\s*$|\s+(?:{after})\b)".format(
    "|".join(rules.TRIAL_NOUNS), after="|".join(rules.TRIAL_OBJECT_BREAKS + rules.TRIAL_NOUN_FOLLOWERS))
_TRIAL_CLEARED = re.compile(
    r"(?:\s+[^\s.;:]+?){{0,{reach}}}?\s+(?:to\s+(?:{verbs})(?:\s+(?!(?:{breaks})\b)[\w'’-]+){{0,4}}?\s+{noun}"
    r"|for\s+(?:[\w'’-]+\s+){{0,3}}?{noun})"
    r"|(?:\s+(?!(?:{breaks})\b)[\w'’-]+){{0,4}}?\s+{noun}".format(
        reach=rules.TRIAL_CLEARANCE_REACH, verbs="|".join(rules.TRIAL_START_VERBS), noun=_TRIAL_NOUN,
        breaks="|".join(rules.TRIAL_OBJECT_BREAKS)))


def _names_which(before: list[str], after: str) -> bool:
    """Whether a year names which budget, bill or plan the noun after it is
    ("its fiscal 2026 Labor-HHS bill", "announced its 2026 plan offerings"),
    not the time of an event ("starting in fiscal 2018, ...", "the 2019
    approval", whose noun is the event)."""
    following = after.split(maxsplit=1)[:1]
    if not before or not following or not following[0][:1].isalpha():
        return False
    noun = following[0].lower().strip(",.;:)’'\"")
    return (before[-1] in rules.FISCAL_YEAR_WORDS or before[-1] in rules.YEAR_NAMING_DETERMINERS) \
        and noun not in STOP_WORDS and rules.MEASURE_SYNONYMS.get(noun) not in rules.DATE_EVENT_KEYS


def _coordinated_verb(between: str) -> bool:
    """Whether the words between an event word and a later date hold "and" and
    then a past verb of another action ("and boxes reached us in"): the date is
    that verb's, in a clause of its own."""
    return any(m.group(1) not in rules.MEASURE_SYNONYMS for m in _AND_PAST_VERB.finditer(between))


def _names_a_meeting(sentence: str, pos: int, date: str) -> bool:
    """Whether a bare year follows an acronym, as a yearly meeting's name
    writes it ("at ASCO 2025", "the ESMO 2024 congress")."""
    return date.isdigit() and _ACRONYM_BEFORE.search(sentence[:pos]) is not None


_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,6}\s+$")
_FINDING_VERB = re.compile(r"\b(?:" + "|".join(rules.FINDING_VERBS) + r")\b")
_DECLARED_OVER = re.compile(rules.DECLARED_OVER)
_LATER_EVENT_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(rules.LATER_EVENT_SUBORDINATORS) + r")\b")
_AND_PAST_VERB = re.compile(r"\band\s+(?:[a-z'’-]+\s+){0,3}?([a-z]{3,}ed)\b")
# a conjunction, and at most auxiliaries, between a date and a verb after it: the verb opens a clause of its own
_AND_THEN_VERB = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:was|were|is|are|has|have|had|then|later|also|it|they)\s+)*")


def _repeated_event(text: str, pos: int) -> str:
    """The event a date's clause repeats ("..., and the FDA followed in
    September"): the last event word before that clause, or ''."""
    clause_start = max((m.end() for m in _NEW_CLAUSE.finditer(text[:pos])), default=0)
    if not clause_start or not _REPEATING_VERB.search(text[clause_start:pos]):
        return ""
    events = [rules.MEASURE_SYNONYMS[m.group(0)] for m in _SYNONYM_RE.finditer(text[:clause_start])
              if rules.MEASURE_SYNONYMS[m.group(0)] in rules.DATE_EVENT_KEYS and not _negated_event(text, m.start())]
    return events[-1] if events else ""


def _negated_event(text: str, start: int) -> bool:
    """Whether the event word at text[start:] is denied ("could not approve")."""
    words = text[max(0, start - 40):start].split()[-rules.EVENT_NEGATION_REACH:]
    return any(w in rules.EVENT_NEGATIONS or w.endswith("n't") for w in words)


def _after_its_own_verb(before: str) -> bool:
    """Whether the words before a date end with a past verb that is no event
    word, past the words that place the date ("announced last month")."""
    words = before.split()[-4:]
    while words and words[-1] in _DATE_LEAD_WORDS:
        words.pop()
    return bool(words) and words[-1].endswith("ed") and len(words[-1]) > 4 \
        and words[-1] not in rules.MEASURE_SYNONYMS


_DATE_LEAD_WORDS = rules.YEAR_CUES | {"on", "last", "this", "next", "the", "at"}


def _in_dateline(sentence: str, start: int, end: int) -> bool:
    """Whether the date at start..end is a dateline's: after a place in capitals
    opening the sentence, before the dash that opens the story."""
    if _DATELINE_BEFORE.match(sentence[:start]) and _DATELINE_AFTER.match(sentence, end):
        return True
    # "June 23 (Meridian Wire) -": no place, but the date opens the story before a wire's name
    return not sentence[:start].strip() and bool(_WIRE_AFTER.match(sentence, end))


_DATELINE_BEFORE = re.compile(rules.DATELINE_BEFORE_DATE)
_DATELINE_AFTER = re.compile(rules.DATELINE_AFTER_DATE)
_WIRE_AFTER = re.compile(rules.DATELINE_WIRE_AFTER_DATE)


def _dates_a_vote(text: str, pos: int) -> bool:
    """Whether "voted" comes a few words before a date, in its clause."""
    words = text[max(0, pos - 40):pos].split()[-rules.VOTE_DATE_REACH:]
    return bool(set(words) & rules.VOTED_WORDS) and not _EVENT_CLAUSE_BREAK.search(" ".join(words))


def _ranked_since(text: str, pos: int) -> bool:
    """Whether a date ends a ranked "since" phrase of its clause: "the worst year
    since 1992", "the deadliest summer since records were kept in 1895" (no other
    figure between: "the first drug since 2019 was approved in March 2024" times
    an approval; nor the word of an event only some things have: "since it was
    founded in 1998" times the founding)."""
    clause = rules.CLAUSE_PUNCTUATION.split(text[:pos])[-1]
    words = clause.split()
    if "since" not in words:
        return False
    after_since = clause[clause.rindex("since"):]
    if any(rules.MEASURE_SYNONYMS[m.group(0)] in _SINCE_CLAUSE_EVENTS for m in _SYNONYM_RE.finditer(after_since)):
        return False  # "the first product since it was founded in 1998": the date times the founding
    return not any(ch.isdigit() for ch in after_since) and _ranked_before(text, pos)


# (not events anything can have: "the largest outbreak since records began in the 1950s" is a baseline)
_SINCE_CLAUSE_EVENTS = rules.DATE_EVENT_KEYS - rules.EVENTS_OF_ANYTHING


def _ranked_before(text: str, pos: int) -> bool:
    """Whether the clause before a date ranks something ("the worst ... since")."""
    return any(w in rules.RANKING_WORDS for w in rules.CLAUSE_PUNCTUATION.split(text[:pos])[-1].split())


def _since_a_state_began(state: _DocState, sent: _Sentence, span: Span, text: str, pos: int) -> bool:
    """Whether "since DATE" dates when a state began ("the cap has applied since
    January 2023"), not the baseline of a record ("the first death in the state
    since 2015") or the window of a tally or a change ("505 cases since late
    January", "have fallen since April"): no ranking word in its clause before
    it, no change word and no count or change figure in its sentence."""
    if _ranked_before(text, pos) or any(w in rules.CHANGE_WORDS for w in _WORD.findall(text)):
        return False
    return not any(q.kind == "count" or q.is_change for i, q in state.qty_at.items()
                   if sent.start <= i < sent.end and not span.start <= i < span.end)


_WORD = re.compile(r"[a-z]+")
_EVENT_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:—–]")  # brackets ("(FDA)") and "14,100" break no clause
_NEW_CLAUSE = re.compile(r", (?:and|but|while|whereas|yet) |;")
_TEMPORAL_SUBORDINATOR = re.compile(r"\b(?:" + "|".join(rules.TEMPORAL_SUBORDINATORS) + r")\b")
_REPEATING_VERB = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.EVENT_REPEATING_VERBS)) + r")\b")


@dataclass
class _DocState:
    """What the claims of one Doc share, read once per Doc or per sentence."""
    doc: Doc
    spans: list[Span]
    sent_of: dict[int, _Sentence]
    section: _SectionQualifiers
    qty_tokens: set[int]
    qty_at: dict[int, Quantity]
    timepoints: dict[int, list[tuple[int, Quantity]]]
    per_sentence: dict[int, tuple] = field(default_factory=dict)  # hedge cues and section qualifiers
    trial_words: dict[int, set[str]] = field(default_factory=dict)  # the words of its trial names
    places: dict[int, list[str]] = field(default_factory=dict)  # the place it opens with ("In Europe,")
    sentence_names: dict[int, list[str]] = field(default_factory=dict)  # for claims whose clause names none


def claim_contexts(doc: Doc) -> list[tuple[Span, Quantity, ClaimContext]]:
    """The context of every quantity span of a Doc, in text order."""
    spans = sorted(doc.spans.get(QUANTITY_SPANS, []), key=lambda s: (s.start_char, s.end_char))
    text = doc_text(doc)
    quantities = [s._.quantity for s in spans]  # each span._ access builds an Underscore object
    sent_of = _sentences_of(doc, text, spans)
    timepoints: dict[int, list[tuple[int, Quantity]]] = {}
    for s, q in zip(spans, quantities, strict=True):
        if q.is_timepoint:
            timepoints.setdefault(sent_of[id(s)].start, []).append((s.start_char, q))
    state = _DocState(doc, spans, sent_of, _SectionQualifiers(text), _quantity_token_ids(doc),
                      {i: q for s, q in zip(spans, quantities, strict=True) for i in range(s.start, s.end)},
                      timepoints)
    years_of: dict[int, tuple[str, bool]] = {}  # by span: the year its clause gives it, and if before it
    out = [(s, q, _context_of(state, s, q, years_of)) for s, q in zip(spans, quantities, strict=True)]
    _share_within_sentences(out, years_of)
    return out


def _context_of(state: _DocState, s: Span, q: Quantity, years_of: dict[int, tuple[str, bool]]) -> ClaimContext:
    doc, sent = state.doc, state.sent_of[id(s)]
    left, right = _clause(doc, sent, s, state.qty_tokens)
    left = _without_bound(left, q.bound)
    # (the phrase a sentence opens with qualifies every clause of it: _with_place)
    clause_left = left
    if q.kind == "count":
        left = _own_clause_after_joiner(left, state.qty_tokens)
    left_lowers = [t.lower_ for t in left]
    right_lowers = [t.lower_ for t in right]
    years_of[id(s)] = _year_in(left_lowers, right_lowers)
    words, keys, measure = _measure_words(state, sent, s, q, left, right)
    words, qualifier_tags = _with_place(state, sent, s, q, clause_left, words)
    relative_to = _relative_to_control(left + right)
    if relative_to:
        # "a 9.8 mmHg placebo-adjusted reduction": measured against placebo, as
        # "by 9.8 mmHg more than placebo" is; neither word is what is measured
        words = [w for w in words if w != relative_to and w not in rules.CONTROL_RELATIVE_SUFFIXES]
        qualifier_tags.append(rules.VERSUS_PREFIX + stem(relative_to))
    # the group a figure is about is named right after it ("of the placebo
    # group") or just before it ("the placebo group's 32%"); the words that
    # name it ("usual care") are its arm, not what it measures
    arm_windows = (" ".join(_before_comparator(right_lowers)[:8]), " ".join(left_lowers[-4:]))
    label = " ".join(t.lower_ for t in _bracket_label(doc, sent, s))
    arm = ("control" if label and _control_cue(label) == label else "") \
        or _arm(arm_windows[0]) or _arm(arm_windows[1]) or _contrasted_arm(doc, sent, s, left_lowers) \
        or _opening_arm(doc, sent, s, left)
    arm_words = {w for text in arm_windows for w in _control_cue(text).split()} if arm == "control" else set()
    words = [rules.QUALIFIER_FORMS.get(w, w) for w in words
             if (q.kind != "money" or w not in rules.MONEY_WORDS) and w not in _trial_words(state, sent)
             and w not in arm_words]
    qualifier_tags += _group_tags(state, sent, s, q, left, right, left_lowers, right_lowers)
    if arm == "control":
        # "versus 3.1% with placebo" after "20.9% with 15 mg": a placebo group has no dose
        qualifier_tags = [t for t in qualifier_tags if not _STRENGTH_TAG.fullmatch(t)]
    qualifier_tags += _referred_group(right_lowers) or _trailing_subgroup(right_lowers)
    if q.kind == "count" and not q.statistic.startswith("tally_") \
            and _counts_a_part(right, left_lowers, state.qty_tokens):
        qualifier_tags.append(rules.PART_TAG)
    elif _drug_arm_size(q, left_lowers) or _given_the_drug_beside_a_control(q, right_lowers, sent.text):
        # "velbrimab n = 853", "502 got velbrimab and 260 placebo": the treated arm's size, a part of its trial
        arm = arm or "intervention"
        qualifier_tags.append(rules.PART_TAG)
    elif _given_one_dose(q, right, state.qty_at) or rules.OPENING_PART_FLAG in q.flags:
        # "99 patients who received the 10 mg dose": one dose group of a trial that may give
        # others; "Of the 14 cases, 12 were confirmed": a part of the whole its sentence opens with
        qualifier_tags.append(rules.PART_TAG)
    if q.is_change:
        qualifier_tags += _comparator(doc, sent, s, state.qty_tokens)
    if q.kind == "money":
        qualifier_tags += [t for t in _priced_unit(right_lowers) if t not in qualifier_tags]
    if q.statistic.startswith("tally_"):
        qualifier_tags += _other_motion(left_lowers + right_lowers) or _motion_topic(right, state.qty_at) \
            or _opening_motion(doc, sent, s)
    person = name_before_in_commas(doc, s.start, s.end) if q.kind == "age" else ""
    if person:
        # "Halvorsen, 71, spent nine days in hospital": the measure is that person's age
        keys, words, qualifier_tags = [rules.PERSON_AGE_KEY], [person], []
    cues, phase, trial, design = _sentence_qualifiers(state, sent, q)
    if "+" in trial:
        trial = _trial_right_after(doc, sent, s) or _chain_trial(doc, sent, s) or trial
    hedge, hedge_type = _nearest_hedge(cues, s, sent)
    if q.statistic.startswith("tally_") and set(left_lowers[-rules.TALLY_CUE_REACH:]) & rules.PAST_VOTE_VERBS:
        hedge, hedge_type = "", ""  # "...will no longer pay, after its board voted 4-3": the vote was cast
    subject, names = subject_of(sent, s, left, right, state.sentence_names,
                                lambda: (_chain_start(doc, sent, s), _chain_end(doc, sent, s)))
    return ClaimContext(
        sentence=sent.text.strip(),
        sentence_start=sent.start_char,
        measure=measure,
        measure_key=" ".join(keys + sorted({stem(w) for w in words}) + qualifier_tags),
        population=_population(q, right),
        arm=arm,
        phase=phase,
        trial=trial,
        design=design,
        timepoint=_timepoint(state, sent, s, q, left, right),
        hedge=hedge,
        hedge_type=hedge_type,
        # ("two of the 2,179 participants ... - roughly one in 1,000": a part counted, no regimen)
        condition=rules.PART_TAG not in qualifier_tags and _is_condition(q, left, right, state.qty_at),
        subject=subject,
        names=names,
        status=frames.status(left_lowers, hedge_type, sent.text, _paragraph_start(state.section.text, sent), q.kind,
                             doc_text(doc)[sent.start_char:s.start_char]),
    )


def _paragraph_start(text: str, sent: _Sentence) -> str:
    """The first characters of a sentence's paragraph (a fact-check's "CLAIM:")."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    return text[start:start + _PARAGRAPH_LEAD]


_PARAGRAPH_LEAD = max(map(len, rules.DISPUTED_OPENERS)) + 8  # past bullets and quotes


def _measure_words(state: _DocState, sent: _Sentence, s: Span, q: Quantity, left: list,
                   right: list) -> tuple[list[str], list[str], str]:
    """A claim's measure words, canonical keys and readable measure."""
    right_text = " ".join(t.lower_ for t in right)
    window_text = " ".join(t.lower_ for t in left) + " " + right_text
    if q.kind == "date":
        # the event a date times comes first in its measure key; the other
        # words let forecasts without an event word be compared too
        event = _date_event(state, sent, s)
        # "by mid-2026", "in early 2025": the words that place a year are not what it times
        words = [w for w in _content_words(left + right, state.qty_tokens) if w not in rules.YEAR_CUES]
        keys = [event] if event else []
        if not event:
            # "seven months after approval": an event word the date does not time is
            # not its measure, nor read as its event (a date's key opens with its event)
            words = [w for w in words if stem(w) not in rules.DATE_EVENT_KEYS]
    else:
        # a count's measure is its noun and modifiers; what happened to those
        # counted ("1,300 people died") comes in as a key. The events dates
        # time ("developed", "approved") key only dates.
        words = _count_words(q, right, state.qty_tokens) if q.kind == "count" else \
            _content_words((_antecedent(s.doc, sent, s, left) or _apposed_phrase(s.doc, sent, s, state.qty_tokens))
                           + left + right, state.qty_tokens)
        # an age is someone's: what happened to them may be named anywhere in
        # the sentence ("Three people have died: ..., a 6-year-old and a 9-year-old")
        keys = [k for k in _synonym_keys(sent.text.lower() if q.kind == "age" else window_text)
                if k not in rules.DATE_EVENT_KEYS or (q.kind == "money" and k in rules.PRICED_EVENT_KEYS)] \
            or _explained_keys(state, sent, s, right)
        if q.kind == "count" and _whole_of_a_part(left, state.qty_tokens):
            keys = []  # "killed 329 of 374 people infected": what happened is the part's
        if q.kind == "money":
            keys = _own_money_keys(keys, left, right, state.qty_at)
        if q.kind == "age" and (rules.MEASURE_SYNONYMS["approved"] in _synonym_keys(window_text)
                                or any(cue in window_text for cue in rules.INDICATION_CUES)):
            # "cleared for adults 65 and older", "approved for people aged 55 and
            # older": the age a product is approved for, in whatever other words
            keys = keys + [rules.INDICATED_AGE_KEY]
        if q.kind == "duration" and _lasts_a_study([t.lower_ for t in left], [t.lower_ for t in right],
                                                   sent.text.lower(), _trial_words(state, sent)):
            keys = keys + [rules.STUDY_LENGTH_KEY]
    if q.kind == "count":
        measure = " ".join(words)
    elif q.kind == "date" and keys:
        measure = f"{keys[0]} date"
    else:
        measure = _readable(left, right, state.qty_tokens)
    if q.kind == "count" and _counts_new_ones(q, right, right_text):
        words = words + [rules.INCREMENT_TAG]  # "six new deaths": not the toll
    if q.kind == "count" and not keys and q.unit.lower() in rules.PERSON_NOUNS and _CASE_COUNT_RE.search(window_text) \
            and not _whole_of_a_part(left, state.qty_tokens):
        # "762 people were confirmed to have measles": cases; not "two of the 2,179 people became infected"
        words = words + [rules.CASE_COUNT_TAG]
    if (any(t.lower_ in rules.POOLING_WORDS for t in left[-rules.POOLING_REACH:]) or _pooled_after(right, state))\
            and "combined" not in words:
        words = words + ["combined"]  # "which together enrolled nearly 1,900 patients": both studies'
    quarter = _quarter_of(state, sent, s)
    if quarter:
        words = words + [quarter]  # "$200 million in the fourth quarter", "$70 million for the second": two quarters
    period = _period_after(right_text, q.counted if q.kind == "count" else "")
    if period:
        words = words + [period]  # "$12 billion a year", "about 50 patients a year": annual
    return words, keys, measure


def _pooled_after(right: list, state: _DocState) -> bool:
    """Whether a pooling word follows the figure in its clause: "98,000 comments
    on the two proposals combined" (not "combined with", nor past a mark or
    another figure, which it would pool instead)."""
    for k, t in enumerate(right[:rules.POOLING_AFTER_REACH]):
        if t.is_punct or t.i in state.qty_tokens:
            return False
        if t.lower_ in rules.POOLING_WORDS:
            return k + 1 == len(right) or right[k + 1].lower_ not in rules.POOLING_NOT_BEFORE
    return False


def _own_money_keys(keys: list[str], left: list, right: list, qty_at: dict[int, Quantity]) -> list[str]:
    """A price's keys less those only money has (rules.MONEY_KEYS) read after
    another price that follows it: "a price of $245 per month with a $50 monthly
    copayment" gives the copay to $50 alone. (A word before both prices is both
    prices': "sales were $184 million in the quarter and $388 million in 2024".)"""
    def money(tok) -> bool:
        other = qty_at.get(tok.i)
        return other is not None and other.kind == "money"

    own_right = right[:next((k for k, tok in enumerate(right) if money(tok)), len(right))]
    own = _synonym_keys(" ".join(t.lower_ for t in left + own_right))
    return [k for k in keys if k not in rules.MONEY_KEYS or k in own]


def _quarter_of(state: _DocState, sent: _Sentence, s: Span) -> str:
    """The numbered quarter a figure's clause gives it as QUARTER_PREFIX + its
    number, or '': a quarter after the figure with no other figure between
    ("$200 million in the fourth quarter"), or one before it when no figure comes
    earlier in the clause ("fourth-quarter net sales of ... $100 million"; not
    the $419 million of "$200 million in the fourth quarter and $419 million in 2024")."""
    text = sent.text.lower()
    if "quarter" not in text and not _QUARTER_CODE.search(text):
        return ""  # most sentences: no quarter, and the figures need not be read
    at, end = s.start_char - sent.start_char, s.end_char - sent.start_char
    clause_start = max((m.end() for m in rules.CLAUSE_PUNCTUATION.finditer(text[:at])), default=0)
    after = rules.CLAUSE_PUNCTUATION.search(text, end)
    clause_end = after.start() if after else len(text)
    figures = [state.doc[i].idx - sent.start_char for i in range(sent.start, sent.end)
               if i in state.qty_at and state.qty_at[i].kind != "date" and not s.start <= i < s.end]
    for m in _QUARTER.finditer(text, clause_start, clause_end):
        lo, hi = (end, m.start()) if m.start() >= end else (clause_start, at)
        if not any(lo <= f < hi for f in figures):
            return rules.QUARTER_PREFIX + str(rules.QUARTER_ORDINALS[m.group(1) or m.group(2)])
    return ""


_QUARTER_CODE = re.compile(r"\bq[1-4]\b")
_QUARTER = re.compile(r"\b(?:(" + "|".join(rules.QUARTER_ORDINALS) + r")(?: - | |-)(?:\w+ )?quarter|(q[1-4]))\b")


def _period_after(right_text: str, counted: str) -> str | None:
    """The period right after a figure, or after the noun it counts ("$12
    billion a year", "50 patients a year"; not "30 patients went a year without")."""
    if counted and right_text.startswith(counted + " "):
        right_text = right_text[len(counted) + 1:]
    period = next((p for p in rules.PERIOD_QUALIFIERS if (right_text + " ").startswith(p + " ")), None)
    if period is None:
        return None
    after = re.match(r"\s*(\w*)", right_text[len(period):]).group(1).lower()
    return None if after in rules.NOT_PERIODIC_AFTER else rules.PERIOD_QUALIFIERS[period]  # "a year ago": a moment


def _explained_keys(state: _DocState, sent: _Sentence, s: Span, right: list) -> list[str]:
    """The keys of what a colon after a figure's clause explains it as ("the
    relative risk reduction was 88%: 0.8% ... were hospitalized or died")."""
    end = right[-1].i + 1 if right else s.end
    if end >= sent.end or state.doc[end].text != ":":
        return []
    return [k for k in _synonym_keys(state.doc[end + 1:sent.end].text.lower()) if k not in rules.DATE_EVENT_KEYS]


def _with_place(state: _DocState, sent: _Sentence, s: Span, q: Quantity, left: list,
                words: list[str]) -> tuple[list[str], list[str]]:
    """"In Europe, 20% of new cars...": the place (or subgroup) the sentence
    opens with qualifies its figures, though a comma ends their clause."""
    if q.kind == "date" or not _left_stopped_at_comma(state.doc, sent, left, s):
        return words, []
    if sent.start not in state.places:
        state.places[sent.start] = _opening_place(state.doc, sent)
    place = state.places[sent.start]
    # "Among those who had the procedure, ...": the figures are the subgroup's
    return words + place, [rules.PLACE_PREFIX + stem(w) for w in place] + _opening_subgroup(state.doc, sent)


def _lasts_a_study(left: list[str], right: list[str], sentence: str, trial_words: set[str]) -> bool:
    """Whether a duration is how long a study ran: it modifies the study's noun
    ("a 24-week trial", "the five-year study", "the two-year CLARITY-X study":
    `trial_words`, the words of the sentence's trial names), a study lasted or ran for it
    ("trials that lasted 26 weeks"), people took the drug or a placebo for it
    ("randomized to the drug or a placebo for 52 weeks"), or a trial followed
    them for it ("the trial ... followed them for 18 months")."""
    for word in right[:4]:
        if word in rules.TRIAL_NOUNS:
            return True
        if word not in rules.STUDY_LENGTH_MODIFIERS and not set(_NAME_HYPHENS.split(word)) <= trial_words:
            break
    # the word before the duration, or before its "for" ("ran for 30 months")
    verb = (left[-2] if len(left) > 1 else "") if left[-1:] == ["for"] else (left[-1] if left else "")
    if verb in rules.STUDY_LASTING_VERBS and _TRIAL_NOUN_SEARCH.search(sentence):
        return True
    if left[-1:] != ["for"]:
        return False
    # "assigned to the drug or matching placebo twice a day for 72 weeks"; "the
    # trial enrolled 118 boys and followed them for 18 months"
    # ("participants were treated for up to 30 months": participants are a study's)
    return "placebo" in left[-rules.STUDY_LENGTH_REACH:] or (
        bool(set(left[-rules.STUDY_LENGTH_REACH:-1]) & rules.STUDY_FOLLOWING_VERBS)
        and bool(_TRIAL_NOUN_SEARCH.search(sentence) or set(left) & rules.STUDY_PARTICIPANT_NOUNS))


_NAME_HYPHENS = re.compile(r"[-‐]")  # inside a trial's name: "KESTREL-2"
_TRIAL_NOUN_SEARCH = re.compile(r"\b(?:" + "|".join(rules.TRIAL_NOUNS) + r")\b")


def _trial_words(state: _DocState, sent: _Sentence) -> set[str]:
    """A trial's name is its qualifier, not part of what it measures ("CLARITY-X")."""
    if sent.start not in state.trial_words:
        state.trial_words[sent.start] = {part.lower() for _, name in _trial_names(sent.text)
                                         for part in re.split(r"[-\s]+", name)}
    return state.trial_words[sent.start]


def _group_tags(state: _DocState, sent: _Sentence, s: Span, q: Quantity, left: list, right: list,
                left_lowers: list[str], right_lowers: list[str]) -> list[str]:
    """Qualifier tags of the group a figure is about: one end of a ranked
    comparison, the dose or regimen it is given for, the complement it counts."""
    # "those in the highest quarter ate seven servings, compared with three
    # for the lowest": the two ends of a comparison are different groups
    tags = sorted({rules.GROUP_PREFIX + rules.EXTREME_GROUPS[w]
                   for window in (left_lowers, right_lowers) for w, nxt in pairwise(window)
                   if w in rules.EXTREME_GROUPS and nxt in rules.RANKED_GROUPS})
    if q.kind in rules.DOSE_QUALIFIED_KINDS:
        # "29% of those in the 25 mg group": the dose names the group
        since = _since_last_figure(state.doc, sent, s, state.qty_at, frozenset({"count", "dose"}))
        if q.kind == "money":
            # a price is a strength's when the strength is in its clause chain ("the 5 mg
            # strength $529", "$399 a month for 2.5 mg"), not another clause's ("each puff
            # held 90 mg, the maker said, and the county spent $5 million")
            since = [t for t in since if t.i >= _chain_start(state.doc, sent, s)]
        doses = _group_doses(state, sent, s, since)
        tags += sorted({f"{rules.DOSE_PREFIX}{_fmt(d.low)}{d.unit}" for d in doses})
        window = _since_last_figure(state.doc, sent, s, state.qty_at) + right
        if q.kind == "money":
            # "$3.1 million for a single treatment": the price of one treatment is
            # what is priced, as in "$3.1 million a treatment" (a price of
            # "single-dose vials" is the vials', not one dose's)
            regimen = [rules.PER_PREFIX + t.split("-", 2)[2] if t.startswith(f"{rules.DOSE_PREFIX}1-") else t
                       for t in _regimen_tags(window, state.qty_at, compounds=False)]
        else:
            regimen = _regimen_tags(window, state.qty_at)
        tags += regimen
    if q.kind == "percent":
        tags += _threshold_tags(state, right) or _threshold_reached_by(state, sent, s)
    # (not after a comma: "about 4%, not one in ten" corrects a figure)
    if q.kind == "percent" and any(w in rules.COMPLEMENT_NEGATIONS and (k == 0 or right_lowers[k - 1] != ",")
                                   for k, w in enumerate(right_lowers)):
        # "7 in 10 people who use insulin don't take its products": the share
        # of the complement (the conflict stage compares 100 minus it)
        tags.append(rules.COMPLEMENT_TAG)
    return tags


def _threshold_tags(state: _DocState, right: list) -> list[str]:
    """The thresholds a share is of, in its clause after it: "86% reached sweat
    chloride below 60 mmol/L" and "31% below 30" are shares of two thresholds
    (a period, "over 12 weeks", is none)."""
    tags = []
    for k, tok in enumerate(right):
        found = state.qty_at.get(tok.i)
        if found is None or found.kind in {"date", "duration"} or not k:
            continue
        before = " ".join(t.lower_ for t in right[max(0, k - 2):k])
        if any(before == cue or before.endswith(" " + cue) for cue in rules.THRESHOLD_CUES):
            tags.append(f"{rules.THRESHOLD_PREFIX}{_fmt(found.low)}{found.unit or ''}")
    return tags


def _threshold_reached_by(state: _DocState, sent: _Sentence, s: Span) -> list[str]:
    """The threshold a share reaches in the passive, before it: "an HbA1c of
    6.5% or below was reached by 73.5% ... versus 15.9% on placebo" gives both
    shares the threshold 6.5%, as "73.5% reached 6.5% or below" would (so does
    a bounded figure: "losing at least 5% ... was reached by 89.7%")."""
    doc = state.doc
    passive = next((k for k in range(s.start - 1, sent.start, -1)
                    if doc[k].lower_ == "by" and doc[k - 1].lower_ in rules.PASSIVE_REACH_VERBS), None)
    if passive is None:
        return []
    for k in range(passive - 2, sent.start - 1, -1):
        found = state.qty_at.get(k)
        if found is None or found.kind != "percent" or (k + 1 < len(doc) and state.qty_at.get(k + 1) is found):
            continue  # (a figure's last token: its bound word follows it)
        before = " ".join(t.lower_ for t in doc[max(sent.start, k - 2):k])
        after = " ".join(t.lower_ for t in doc[k + 1:k + 3])
        if found.bound_type in {"lower", "upper"} or after in rules.BOUND_WORDS_AFTER_THRESHOLD \
                or any(before == cue or before.endswith(" " + cue) for cue in rules.THRESHOLD_CUES):
            return [f"{rules.THRESHOLD_PREFIX}{_fmt(found.low)}{found.unit or ''}"]
    return []


def _timepoint(state: _DocState, sent: _Sentence, s: Span, q: Quantity, left: list, right: list) -> str:
    """The follow-up time nearest to a figure ("at 12 weeks"): in its own
    clause if one is there, else in its sentence (not for a count)."""
    near = [] if q.is_timepoint else state.timepoints.get(sent.start, [])
    if not near:
        return ""
    lo = left[0].idx if left else s.start_char
    hi = right[-1].idx + len(right[-1]) if right else s.end_char
    own = [t for t in near if lo <= t[0] < hi]
    if not own and q.kind == "count":
        # "which enrolled 1,940 babies, cut infections by 75% through five months"
        return ""
    tq = min(own or near, key=lambda t: abs(t[0] - s.start_char))[1]
    return f"{_fmt(tq.low)} {tq.unit}"


def _sentence_qualifiers(state: _DocState, sent: _Sentence, q: Quantity) -> tuple:
    """The sentence's hedge cues, and the phase, trial and design a figure takes
    from its section; a date or a price takes only those of its own sentence (it
    times an event or prices a product, not a study result)."""
    if sent.start not in state.per_sentence:
        state.per_sentence[sent.start] = (
            _hedge_cues(sent, state.spans),
            state.section.find(sent, "phase"),
            state.section.find(sent, "trial"),
            state.section.find(sent, "design"),
        )
    cues, phase, trial, design = state.per_sentence[sent.start]
    if q.kind in rules.OWN_SENTENCE_STUDY_KINDS:
        phase, trial, design = _phase(sent.text), _trial(sent.text), _design(sent.text)
    elif design in rules.OWN_SENTENCE_DESIGNS:
        design = _design(sent.text)
    return cues, phase, trial, design


def _chain_start(doc: Doc, sent: _Sentence, s: Span) -> int:
    """Where the clause chain a figure is in starts: after the last semicolon,
    or comma and conjunction, before it."""
    for k in range(s.start - 1, sent.start, -1):
        # (", and" between numbers goes on a list: "MDMA (75, 100, and 125 mg)")
        if doc[k].text == ";" or (doc[k].lower_ in rules.FIGURE_JOINERS and doc[k - 1].text == ","
                                  and not (doc[k + 1].like_num and k >= 2 and doc[k - 2].like_num)):
            return k + 1
    return sent.start


def _priced_unit(right_lowers: list[str]) -> list[str]:
    """What a price is for, right after it ("$2.99 a dose", "$15.60 per child"):
    a PER_PREFIX tag (periods are read as "annual", "monthly" instead)."""
    if right_lowers[:1] == ["for"] and right_lowers[1:2] and right_lowers[1] in rules.PRICE_FOR_DETERMINERS:
        # "$1,390 for a five-day course", "$85 for one vial": as "$85 a vial"
        after = right_lowers[2:2 + rules.PRICE_FOR_REACH]
        right_lowers = ["a"] + [w for w in after if not _unit_modifier(w)][:1]
    if len(right_lowers) < 2 or right_lowers[0] not in rules.PRICE_PER_WORDS:
        return []
    noun = right_lowers[1]
    if not noun.isalpha() or noun in STOP_WORDS or noun in rules.SCHEDULE_WORDS or stem(noun) in _PERIOD_STEMS:
        return []
    return [rules.PER_PREFIX + rules.PRICED_UNIT_ALIASES.get(stem(noun), stem(noun))]


_PERIOD_STEMS = {stem(w) for w in ("year", "month", "week", "day", "annum", "hour", "quarter")}


def _unit_modifier(word: str) -> bool:
    """A word of a modifier before what is priced ("five-day", "28-day", "single")."""
    return word == "-" or word.isdigit() or is_number_word(word) or stem(word) in _PERIOD_STEMS \
        or word in rules.PRICE_UNIT_MODIFIERS


def _relative_to_control(tokens: list) -> str:
    """The control word of a "placebo-adjusted" compound among a clause's tokens, if any."""
    for k in range(len(tokens) - 2):
        if tokens[k].lower_ in _CONTROL_FIRST_WORDS and tokens[k + 1].text == "-" \
                and tokens[k + 2].lower_ in rules.CONTROL_RELATIVE_SUFFIXES:
            return tokens[k].lower_
    return ""


def _comparator(doc: Doc, sent: _Sentence, s: Span, qty_tokens: set[int]) -> list[str]:
    """What a change is measured against, named after it in its clause ("96%
    fewer than the background rate", "by 89% compared with daily pills"):
    VERSUS_PREFIX tags of the first content words after the cue."""
    lowers = []
    for i in range(s.end, min(sent.end, s.end + rules.COMPARATOR_REACH)):
        if doc[i].text in _RIGHT_STOPS or doc[i].text == "," or i in qty_tokens:
            break
        lowers.append(doc[i].lower_)
    for k in range(len(lowers)):
        cue = next((c for c in _COMPARATOR_CUES if lowers[k:k + len(c)] == c), None)
        if cue:
            words = []
            for w in lowers[k + len(cue):]:
                if words and w in rules.COMPARATOR_ENDS:
                    break  # "compared with placebo over a year": the period is not compared with
                if w.isalpha() and w not in STOP_WORDS:
                    words.append(w)
            return [rules.VERSUS_PREFIX + stem(w) for w in words[:rules.COMPARATOR_MAX_WORDS]]
    return []


_COMPARATOR_CUES = [cue.split() for cue in rules.COMPARATOR_CUES]


def _trial_right_after(doc: Doc, sent: _Sentence, s: Span) -> str:
    """The trial a figure's own phrase names after it: "48.1% of patients in
    ORBIT 1 and 52.6% in ORBIT 2", "by 44% over 24 weeks in ORBIT 1", "19.8%
    versus 6.3% on placebo in ORBIT 2" give each figure its trial (the trial
    before "52.6%" is the figure before it's)."""
    text = doc_text(doc)[s.end_char:sent.end_char]
    found = _trial_names(text)
    if found and _IN_A_TRIAL.fullmatch(text[:found[0][0]]):
        return found[0][1]
    return ""


# What may stand between a figure and its trial: what it is of ("of patients"),
# the figure it is set against ("versus 6.3% with placebo"), its timepoint ("over
# 24 weeks"), then "in" or "for"
_IN_A_TRIAL = re.compile(r"\s*(?:of\s+(?:[\w-]+\s+){1,3})?"
                         r"(?:(?:versus|vs\.?|compared\s+with)\s+[\d.,]+\s*%?\s*(?:(?:with|on)\s+placebo\s+)?)?"
                         r"(?:(?:over|after|at|by|through)\s+[\w-]+\s+[\w-]+\s+)?(?:in|for)\s+(?:the\s+)?")


def _chain_trial(doc: Doc, sent: _Sentence, s: Span) -> str:
    """The one trial named in a figure's clause chain before it, when its
    sentence names several ("In TRIAL 1, none ...; in TRIAL 2, three of ...")."""
    begin = _chain_start(doc, sent, s)
    text = doc_text(doc)[doc[begin].idx:s.start_char]
    found = _trial_names(text)
    names = {name for _, name in found}
    if len(names) == 1:
        return names.pop()
    if found:
        # "... on MAPP1 and on MAPP2, a 140-patient trial": an appositive's figure is its trial's
        at, last = found[-1]
        if _APPOSITIVE_LEAD.fullmatch(text[at + len(last):]):
            return last
    return ""


_APPOSITIVE_LEAD = re.compile(r",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}")


def _chain_end(doc: Doc, sent: _Sentence, s: Span) -> int:
    """Where the clause chain a figure is in ends: at the next semicolon, or
    comma and conjunction."""
    for k in range(s.end, sent.end - 1):
        if doc[k].text == ";" or (doc[k].text == "," and doc[k + 1].lower_ in rules.FIGURE_JOINERS):
            return k
    return sent.end


def _one_chain(a: Span, b: Span) -> bool:
    """Whether two figures of a sentence are in one clause chain: no semicolon,
    or comma and conjunction (not of a list of numbers), between them."""
    doc = a.doc
    first, second = sorted((a, b), key=lambda x: x.start)
    for k in range(first.end, second.start - 1):
        if doc[k].text == ";" or (doc[k].text == "," and doc[k + 1].lower_ in rules.FIGURE_JOINERS
                                  and not (doc[k + 2].like_num and doc[k - 1].like_num)):
            return False
    return True


def _contrasted_arm(doc: Doc, sent: _Sentence, span: Span, left_lowers: list[str]) -> str:
    """The arm a figure set against another names after an apposition:
    "compared with 0.7%, or six people, on placebo" (through commas, up to the
    next figure or the end of the clause)."""
    if not left_lowers or left_lowers[-1] not in _CONTRAST_LAST_WORDS:
        return ""
    window = []
    for i in range(span.end, min(sent.end, span.end + rules.CONTRAST_ARM_REACH)):
        if doc[i].text in _RIGHT_STOPS:
            break
        window.append(doc[i].lower_)
    return "control" if _control_cue(" ".join(window)) else ""


def _group_doses(state: _DocState, sent: _Sentence, s: Span, since: list) -> list[Quantity]:
    """The doses naming the group a figure is for: the one right after it (past
    a bracket of statistics: "−20.9% (95% CI, −21.8 to −19.9) with 15 mg"), else
    those since the previous figure ("those on the highest dose, 15 mg, lost
    20.9%"); a dose before a figure that has its own after it is the previous
    figure's ("−19.5% ... with 10 mg and −20.9% ... with 15 mg")."""
    after = _dose_after(state, sent, s)
    if after is not None:
        return [after]
    before = {id(d): d for d in (state.qty_at.get(t.i) for t in since if not _labels_a_figure(state, t))
              if d is not None and d.kind == "dose"}
    # several doses before it ("MDMA (75, 100 and 125 mg)", "on 5, 10 and 15 mg, and in 2.6%") name no one group
    return list(before.values()) if len(before) == 1 else []


def _bracket_label(doc: Doc, sent: _Sentence, s: Span) -> list:
    """The tokens of a short bracket right after a figure ("19% (placebo)",
    "40% (2 mg)"): a label naming the figure's group, when it holds no more
    than rules.BRACKET_LABEL_MAX_TOKENS tokens."""
    k = s.end
    if k >= sent.end or doc[k].text != "(":
        return []
    closing = next((j for j in range(k + 1, min(sent.end, k + rules.BRACKET_LABEL_MAX_TOKENS + 2))
                    if doc[j].text in {")", "("}), None)
    if closing is None or doc[closing].text != ")" or closing == k + 1:
        return []
    return [doc[j] for j in range(k + 1, closing)]


def _labels_a_figure(state: _DocState, tok) -> bool:
    """Whether a token is part of a figure opening a bracket right after
    another figure ("39% (1 mg),"): that figure's label."""
    own = state.qty_at.get(tok.i)
    if own is None:
        return False
    k = tok.i
    while k - 1 in state.qty_at and state.qty_at[k - 1] is own:
        k -= 1  # back to the first token of its own figure
    before = state.qty_at.get(k - 2)
    return k > 1 and state.doc[k - 1].text == "(" and before is not None and before is not own


def _dose_after(state: _DocState, sent: _Sentence, s: Span) -> Quantity | None:
    """The dose a preposition or a verb introduces a few words after a figure,
    past a bracket right after it ("(95% CI, ...) with 15 mg"), within its clause."""
    doc, k = state.doc, s.end
    label = _bracket_label(doc, sent, s)
    if label and label[0].i in state.qty_at and state.qty_at[label[0].i].kind == "dose" \
            and all(state.qty_at.get(t.i) is state.qty_at[label[0].i] for t in label):
        return state.qty_at[label[0].i]  # "40% (2 mg)": the bracket names its dose group
    if k < sent.end and doc[k].text == "(":
        depth = 0
        while k < sent.end:  # past the bracket and what it holds
            depth += {"(": 1, ")": -1}.get(doc[k].text, 0)
            k += 1
            if depth == 0:
                break
    for j in range(k, min(sent.end, k + rules.DOSE_AFTER_REACH)):
        found = state.qty_at.get(j)
        if found is not None:
            # "with 15 mg", "on the 10 mg dose", "for 2.5 mg"; not "$399 and the 5 mg strength $529"
            introduced = doc[j - 1].lower_ in rules.DOSE_INTRODUCERS or (
                j >= 2 and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ in rules.DOSE_INTRODUCERS)
            return found if found.kind == "dose" and introduced else None
        if doc[j].text in _DOSE_STOPS:
            return None
    return None


def _since_last_figure(doc: Doc, sent: _Sentence, span: Span, qty_at: dict[int, Quantity],
                       looked_for: frozenset[str] = frozenset({"count"})) -> list:
    """The tokens of a sentence from its previous figure (or its start) up to
    this one: where the regimen a share is given for is named, across commas
    ("One dose of the measles, mumps and rubella vaccine is about 93% effective")."""
    def other_figure(k: int) -> bool:  # a count ("two doses") is what is looked for, not a stop
        return k in qty_at and qty_at[k].kind not in looked_for

    i = span.start - 1
    while i >= sent.start and not other_figure(i) and span.start - i <= rules.REGIMEN_REACH:
        i -= 1
    return [doc[k] for k in range(max(i + 1, sent.start), span.start)]


_DOSE_STOPS = {";", ":", ".", ",", "(", ")"}


def _regimen_tags(window: list, qty_at: dict[int, Quantity], compounds: bool = True) -> list[str]:
    """The number of doses, sessions or courses a share is given for ("two
    doses are 97% effective", "a single dose is 93% effective"): a qualifier,
    as a dose is, since one dose and two are different regimens. Without
    `compounds`, "single-dose" before a noun ("single-dose vials") is none."""
    # people are who a share is of, never its regimen ("died — six people — compared with 1.4%")
    tags = {f"{rules.DOSE_PREFIX}{_fmt(c.low)}-{_regimen_noun(c.unit)}" for c in (qty_at.get(t.i) for t in window)
            if c is not None and c.kind == "count" and c.high <= rules.CONDITION_COUNT_MAX and c.unit
            and _regimen_noun(c.unit) in rules.REGIMEN_NOUNS}
    for k, tok in enumerate(window):
        if tok.lower_ in rules.SINGLE_WORDS and (compounds or k + 1 >= len(window) or window[k + 1].text != "-"):
            noun = next((t for t in window[k + 1:k + 4] if t.is_alpha and t.is_lower and t.lower_ not in _STOP), None)
            if noun is not None and _regimen_noun(noun.lower_) in rules.REGIMEN_NOUNS:
                tags.add(f"{rules.DOSE_PREFIX}{rules.SINGLE_WORDS[tok.lower_]}-{_regimen_noun(noun.lower_)}")
    return sorted(tags)


def _regimen_noun(noun: str) -> str:
    """A regimen's noun as a stem, one dose however given ("shots" is "dose")."""
    noun = stem(noun.lower())
    return rules.REGIMEN_NOUN_FORMS.get(noun, noun)


def _without_bound(left: list, bound: str) -> list:
    """The left window without the claim's own bound word ('an average of')."""
    if not bound:
        return left
    n = len(bound.split())
    if n <= len(left) and " ".join(t.lower_ for t in left[-n:]) == bound:
        return left[:-n]
    return left


def _is_condition(q: Quantity, left: list, right: list, qty_at: dict[int, Quantity]) -> bool:
    """A figure that names what a share in its clause is about, not a claim of
    its own: a small count before it ("Two doses are 97% effective"), a dose
    on either side ("29% of those in the 25 mg group")."""
    if q.kind == "count" and q.high <= rules.CONDITION_COUNT_MAX:
        # (not past a comma right after it: "killed 10, a fatality rate of 17%" restates it)
        window = right if not right or right[0].text != "," else []
    elif q.kind == "dose":
        window = left + right
    else:
        return False
    return any(t.i in qty_at and qty_at[t.i].kind in rules.CONDITION_OF_KINDS for t in window)


def _fmt(v) -> str:
    return str(int(v)) if v is not None and float(v).is_integer() else str(v)


def _counts_new_ones(q: Quantity, right: list, right_text: str) -> bool:
    """Whether a count's clause says it counts new ones (rules.INCREMENT_WORDS,
    INCREMENT_PHRASES, "new" before rules.NEW_TALLIED_NOUNS)."""
    first = next((t.lower_ for t in right if t.is_alpha), "")
    clause = rules.CLAUSE_PUNCTUATION.split(right_text)[0]
    return first in rules.INCREMENT_WORDS or (first == "new" and q.counted in rules.NEW_TALLIED_NOUNS) \
        or any(p in clause for p in rules.INCREMENT_PHRASES)


def _count_words(q: Quantity, right, qty_tokens: set[int]) -> list[str]:
    """A count's measure: the counted noun and the modifiers before it
    ("dosing sessions", "trained psychotherapists"); for a count whose noun an
    earlier clause gives, the noun and its own clause's words ("38 got the lower
    dose": volunteers got lower dose)."""
    if rules.ELIDED_NOUN_FLAG in q.flags:
        return [q.counted] + [t.lower_ for t in right if t.i not in qty_tokens and t.is_alpha
                              and t.lower_ not in _STOP]
    words = []
    for tok in right:
        if tok.i in qty_tokens:
            continue
        if tok.lower_ == q.counted:
            words.append(tok.lower_)
            break
        if tok.is_alpha and tok.lower_ not in _STOP:
            words.append(tok.lower_)
    return words if words and words[-1] == q.counted else [q.counted]


def _readable(left, right, qty_tokens: set[int]) -> str:
    """The clause around the claim, as a short phrase: what a reader would
    call the measure. Other quantities in the clause are left out."""
    tokens = [t for t in left + right
              if t.i not in qty_tokens and not t.is_space and not t.like_num
              and (not t.is_punct or t.text == "-")]
    text = " ".join(t.text for t in tokens)
    text = re.sub(r"\s+-\s+", "-", text)
    return text[:120].strip()


def _share_within_sentences(items: list[tuple[Span, Quantity, ClaimContext]],
                            years_of: dict[int, tuple[str, bool]]) -> None:
    """Claims of one sentence that say little of themselves borrow from their
    neighbours: '67% of the MDMA cohort no longer qualified, compared with 32% of
    the placebo group' gives 32% the measure of 67%, and 67% the arm opposite to
    'placebo'. Then the year a claim is given for is marked (``_mark_years``)."""
    by_sent: dict[int, list[tuple[Span, Quantity, ClaimContext]]] = {}
    for item in items:
        by_sent.setdefault(item[2].sentence_start, []).append(item)
    for group in by_sent.values():
        if len(group) >= 2:
            _share_priced_units(group)
            _assign_parallel_doses(group)
            _measure_of_the_figure_before(group)
            _shared_predicate(group)
            _borrow_within(group)
            _assign_respectively(group)
            _count_shares_numerators(group)
            _tag_parts_of_a_total(group)
            _tag_alternative_arm_sizes(group)
        _mark_years(group, years_of)


def _share_priced_units(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """'from about $3.90 a dose to $2.99': the new price is for what the old one was."""
    for (before, bq, bctx), (span, q, ctx) in pairwise(group):
        if bq.kind != "money" or q.kind != "money" or rules.PER_PREFIX in ctx.measure_key:
            continue
        tags = [w for w in bctx.measure_key.split() if w.startswith(rules.PER_PREFIX)]
        gap = doc_text(span.doc)[before.end_char:span.start_char].split()
        if tags and len(gap) <= rules.PRICE_PAIR_GAP and "to" in gap:
            ctx.measure_key = " ".join(ctx.measure_key.split() + tags)


def _assign_parallel_doses(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """A list of figures followed by a list of as many doses gives each figure
    its dose ("24.6%, 33.3% and 31.0% of the 5, 10 and 15 mg groups", "4.3%,
    7.1% and 6.2% of participants on 5, 10 and 15 mg, respectively"), and the
    later figures the measure of the first."""
    runs = _runs(group)
    for figures, doses in pairwise(runs):
        if len(figures) < 2 or len(doses) != len(figures) or figures[0][1].kind == "dose" \
                or any(d[1].kind != "dose" for d in doses):
            continue
        gap = doc_text(figures[-1][0].doc)[figures[-1][0].end_char:doses[0][0].start_char]
        if len(gap) > rules.PARALLEL_LIST_GAP:
            continue
        first_key = " ".join(w for w in figures[0][2].measure_key.split() if not w.startswith(rules.DOSE_PREFIX))
        for (_, _, ctx), (_, dose, _) in zip(figures, doses, strict=True):
            own = [w for w in ctx.measure_key.split() if not w.startswith(rules.DOSE_PREFIX)] or first_key.split()
            ctx.measure_key = " ".join(own + [f"{rules.DOSE_PREFIX}{_fmt(dose.low)}{dose.unit}"])
            ctx.measure = ctx.measure or figures[0][2].measure


def _runs(group: list[tuple[Span, Quantity, ClaimContext]]) -> list[list[tuple[Span, Quantity, ClaimContext]]]:
    """The figures of a sentence in runs of one kind joined as a list ("5, 10 and 15 mg")."""
    runs: list[list[tuple[Span, Quantity, ClaimContext]]] = []
    for item in group:
        last = runs[-1][-1] if runs else None
        if last is not None and last[1].kind == item[1].kind and _LIST_GAP.fullmatch(
                doc_text(item[0].doc)[last[0].end_char:item[0].start_char]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


drug_name = frames.inn_drug_name  # a lower-case drug name by its INN stem ("tirzepatide")


def _drug_arm_size(q: Quantity, left_lowers: list[str]) -> bool:
    """Whether a study size comes right after a drug's name ("velbrimab n =
    853", as "placebo n = 874" comes after the control arm's)."""
    words = [w for w in left_lowers[-4:] if w not in {"n", "=", "(", ","}]
    return q.statistic == "sample_size" and bool(words) and drug_name(words[-1])


def _given_one_dose(q: Quantity, right: list, qty_at: dict[int, Quantity]) -> bool:
    """Whether a count of people is of those given one strength ("99 patients
    who received the approved 10 mg dose", "40 took 5 mg"): a dose group, a part
    of its trial ("222 patients across two dose levels" is the whole)."""
    if q.kind != "count" or q.statistic not in {"estimate", "sample_size"}:
        return False
    words = [t for t in right[:rules.RECEIVING_VERB_REACH + 2] if t.lower_ not in {"who", "that", "had", "were"}]
    verb = next((tok for tok in words[:rules.RECEIVING_VERB_REACH] if tok.lower_ in rules.RECEIVING_VERBS), None)
    if verb is None:
        return False
    given = right[right.index(verb) + 1:]
    if any(t.lower_ in rules.ALTERNATIVE_WORDS for t in given[:8]):
        return False  # "received either a 125 mg dose or placebo": every arm, the whole
    return any(qty_at.get(t.i) is not None and qty_at[t.i].kind == "dose" for t in given[:rules.DOSE_GIVEN_REACH])


def _given_the_drug_beside_a_control(q: Quantity, right_lowers: list[str], sentence: str) -> bool:
    """Whether a count of people is of those given a drug ("502 people got
    velbrimab") in a sentence that names a control arm ("and 290 got placebo"):
    one arm of the trial. (Alone, "44 patients received the drug" may be all of it.)"""
    if q.kind != "count" or q.statistic not in {"estimate", "sample_size"}:
        return False
    words = right_lowers[:rules.RECEIVING_VERB_REACH + 3]
    for i, word in enumerate(words[:rules.RECEIVING_VERB_REACH + 1]):
        if word in rules.RECEIVING_VERBS:
            rest = [w for w in words[i + 1:] if w not in {"the", "a", "to"}]
            # (what they got is the drug when it is no control: "took seladelpar and 56 took a placebo")
            cue = _control_cue(sentence.lower())
            return bool(rest) and bool(cue) and (drug_name(rest[0]) or not _control_cue(" ".join(rest[:2])))
    return False


def _take_comparator_arm(ctx: ClaimContext, peer: ClaimContext) -> None:
    """A figure naming only the comparator drug is the control arm's and
    measures what its peer does (the peer's words without its drug)."""
    ctx.arm = ctx.arm or "control"
    ctx.measure_key = " ".join([ctx.measure_key] + [w for w in peer.measure_key.split() if not drug_name(w)])


def _names_only_a_drug(measure_key: str) -> bool:
    """'compared with 14.9% for semaglutide', 'versus 23% with chemotherapy': the
    figure says which arm, not what it measures."""
    words = measure_key.split()
    return bool(words) and all(drug_name(w) or w in _COMPARATOR_TREATMENT_STEMS for w in words)


_COMPARATOR_TREATMENT_STEMS = {stem(w) for w in rules.COMPARATOR_TREATMENT_WORDS}


def _shared_predicate(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """"7.1% of men and 9.4% of women reported a nut allergy": a figure whose
    clause names only its group, joined by "and" or "or" to a figure of its kind
    for another group, measures what the second is said to measure."""
    for (first, fq, fctx), (second, q, ctx) in pairwise(group):
        if fq.kind != q.kind or fq.kind not in rules.SHARED_PREDICATE_KINDS:
            continue
        gap = _GROUP_THEN_JOINER.fullmatch(doc_text(second.doc)[first.end_char:second.start_char])
        if gap is None:
            continue
        group_words = gap.group(1).lower().split()
        head = next((w for w in ctx.population.lower().split() if _names_a_group_of_people(w)), "")
        if not _names_a_group_of_people(group_words[-1]) or not head:
            continue  # "5% in May and 7% in June", "84.1% of severe cases and 61.2% of mild cases"
        group_stems = {stem(w) for w in group_words}
        theirs = {stem(w) for w in ctx.population.lower().split()}
        # each for its own group: subgroups the sentence sets side by side
        fctx.measure_key = " ".join(sorted(set(fctx.measure_key.split()) - group_stems
                                           | {w for w in ctx.measure_key.split() if w not in theirs}
                                           | {rules.SUBGROUP_PREFIX + stem(group_words[-1])}))
        ctx.measure_key = " ".join(sorted(set(ctx.measure_key.split()) - theirs | {rules.SUBGROUP_PREFIX + stem(head)}))
        fctx.measure = fctx.measure or ctx.measure


def _names_a_group_of_people(head: str) -> bool:
    """"adults", "children", "women": a group a share is of (not "participants",
    which names no group apart from the rest, nor "cases")."""
    return head in rules.POPULATION_NOUNS and head not in rules.PERSON_NOUNS


_GROUP_THEN_JOINER = re.compile(r"\s+(?:of|in|among|for)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:and|or)\s+")


def _borrow_within(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    contrast = bool(_CONTRAST_SEARCH.finditer(group[0][2].sentence.lower()))
    for span, q, ctx in group:
        if q.kind in {"date", "count"}:
            continue
        if q.is_change and not ctx.measure_key:
            # "rent climbed to $2,150 a month, up 6.4%": a change that names
            # nothing is a change of the level its sentence states
            # (a date or a duration is when or how long, never a level that changed)
            level = _nearest((g for g in group if g[2].measure_key and not g[1].is_change
                              and g[1].kind not in {"date", "duration"}), span)
            if level is not None:
                ctx.measure_key, ctx.measure = level[2].measure_key, level[2].measure
                continue
        peers = [g for g in group if g[1].kind == q.kind and g[0] is not span]
        if not peers:
            continue
        own_keys = [w for w in ctx.measure_key.split() if w in _SYNONYM_KEYS]
        if not own_keys:
            donor = _nearest_with_keys(peers, span)
            if donor is not None and not set(ctx.measure_key.split()) <= set(donor[2].measure_key.split()):
                # "the risk of colorectal cancer by 31% and the risk of death by
                # 40%": a figure with words the peer lacks measures something else
                donor = None
            comparator_peer = None if donor is not None or contrast else _coordinated_comparator(group, span, q, ctx)
            coordinated = None if donor is not None or contrast else _coordinated_peer(group, span, q, ctx)
            if comparator_peer is not None:
                # "18.6 months with Datroway and 18.3 months with chemotherapy": the two arms
                comparator_peer[2].arm = comparator_peer[2].arm or "intervention"
                ctx.arm = ctx.arm or "control"
            if coordinated is not None:
                # its measure, with what it adds of its own (when: "in the first quarter")
                own = ctx.measure_key.split()
                ctx.measure_key = " ".join(dict.fromkeys(
                    [w for w in coordinated[2].measure_key.split() if not w.startswith(rules.DOSE_PREFIX)] + own))
            comparator_drug = contrast and _names_only_a_drug(ctx.measure_key)
            if donor is None and contrast and (not ctx.measure_key or comparator_drug):
                # "lost 20.9% of their body weight, versus 3.1% for placebo"; "...
                # compared with 14.9% for semaglutide": the comparator arm's
                donor = _nearest((g for g in peers if g[2].measure_key and not _names_only_a_drug(g[2].measure_key)),
                                 span)
                if donor is not None and comparator_drug:
                    _take_comparator_arm(ctx, donor[2])
                    donor = None
            if donor is not None:
                # its measure, not the dose of its group ("... on 15 mg, and in 2.6% of those on placebo")
                ctx.measure_key = " ".join(w for w in donor[2].measure_key.split()
                                           if not w.startswith(rules.DOSE_PREFIX) or w in ctx.measure_key.split())
                if len(ctx.measure) < 25:
                    ctx.measure = donor[2].measure
        if not ctx.arm and contrast:
            others = {g[2].arm for g in peers}
            if others == {"control"}:
                ctx.arm = "intervention"
        if contrast:
            # "a median of 18.2 months, compared with 13.1 months": both are medians
            # (not those of a figure in the next clause: "..., and lowered the risk of severe disease by 94%")
            own = ctx.measure_key.split()
            shared = sorted({w for g in peers if _one_chain(g[0], span)
                             for w in g[2].measure_key.split() if w in QUALIFIER_STEMS} - set(own))
            if shared:
                ctx.measure_key = " ".join(own + shared)


def _joined_peer(group: list[tuple[Span, Quantity, ClaimContext]], span: Span,
                 q: Quantity) -> tuple[Span, Quantity, ClaimContext] | None:
    """The figure right before a figure, dates aside, when it is of its kind and
    joined to it by "and", "or" or a list comma."""
    before = [g for g in group if g[0].end <= span.start and g[1].kind != "date"]
    if not before or before[-1][1].kind != q.kind:
        return None
    peer = before[-1]
    return peer if _COORDINATION_GAP.fullmatch(doc_text(span.doc)[peer[0].end_char:span.start_char]) else None


def _coordinated_peer(group: list[tuple[Span, Quantity, ClaimContext]], span: Span, q: Quantity,
                      ctx: ClaimContext) -> tuple[Span, Quantity, ClaimContext] | None:
    """The figure of its kind a figure naming nothing of its own is joined to
    ("cut flare-ups by 31% in one study and by 38% in the other"; "$36.6 million
    last year and $71.3 million in the first quarter"), when that one has a measure."""
    peer = _joined_peer(group, span, q)
    if peer is None or not peer[2].measure_key:
        return None
    # its own words: those of its clause and its figure ("40% of them cut their hours",
    # "12 deaths per million") that are not the first's, a name, or of when or among whom
    gap = doc_text(span.doc)[peer[0].end_char:span.start_char]
    theirs = {w.lower() for w in _LETTERS.findall(" ".join((gap, peer[2].measure, peer[0].text)))}
    own = [w for w in _LETTERS.findall(ctx.measure + " " + span.text)
           if w.lower() not in theirs and w.lower() not in STOP_WORDS
           and not w[0].isupper() and w.lower() not in rules.COORDINATED_FRAME_WORDS]
    return None if own else peer


def _coordinated_comparator(group: list[tuple[Span, Quantity, ClaimContext]], span: Span, q: Quantity,
                            ctx: ClaimContext) -> tuple[Span, Quantity, ClaimContext] | None:
    """The figure of its kind a figure is joined to, when the two measures differ
    only in that this one names a comparator's treatment ("18.6 months with
    Datroway and 18.3 months with chemotherapy", "... on nivolumab plus
    chemotherapy and 11.5 months on chemotherapy alone"): that figure is the other arm's."""
    peer = _joined_peer(group, span, q)
    if peer is None or peer[2].arm or ctx.arm:
        return None
    mine, theirs = set(ctx.measure_key.split()), set(peer[2].measure_key.split())
    own = mine - theirs
    alone = bool(_ALONE.search(ctx.measure)) and not _ALONE.search(peer[2].measure)
    comparator = (own and own <= _COMPARATOR_TREATMENT_STEMS and not theirs & _COMPARATOR_TREATMENT_STEMS) \
        or (alone and mine - {stem("alone")} <= theirs)
    return peer if comparator else None


_ALONE = re.compile(r"\balone\b", re.I)
_LETTERS = re.compile(r"[A-Za-z]+")
# what may come between two coordinated figures: a short phrase of the first
# ("in one study", "last year, its first on the market"), then "and"/"or" and
# perhaps a preposition; or a list's comma
_COORDINATION_GAP = re.compile(r"(?:[^;:()]{0,60}?(?:,\s*|\s+)(?:and|or)\s+(?:by|to|at|in|of|for|with|from)?\s*"
                               r"|\s*,\s*)", re.I)


_RANGE_STATISTICS = {"ci", "iqr"}  # a range that bounds or spreads the figure before it


def _measure_of_the_figure_before(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """An interval right after its estimate ("a hazard ratio of 0.80 (95% CI,
    0.72 to 0.90)") and a share in brackets right after a count ("stopped in
    1461 participants (16.6%)") measure what that figure measures: their own
    clause is only the bracket."""
    for (before, bq, bctx), (span, q, ctx) in pairwise(group):
        gap = doc_text(span.doc)[before.end_char:span.start_char]
        interval = q.statistic in _RANGE_STATISTICS and bq.statistic not in _RANGE_STATISTICS \
            and len(gap) <= rules.INTERVAL_MARK_REACH \
            and (rules.INTERVAL_MARK.search(gap) or rules.SPREAD_MARK.search(gap)) is not None
        # (the share's numerator counts people, or is a bare "718 (8.2%)": not "the two groups (22.6% vs 23.9%)")
        share = q.kind == "percent" and _BRACKET_GAP.fullmatch(gap) is not None and (
            (bq.kind == "count" and bq.unit in _PEOPLE_COUNTED) or (bq.kind == "number" and not gap.strip("( ")))
        if interval or share:
            own = [w for w in ctx.measure_key.split() if w not in bctx.measure_key.split()]
            ctx.measure_key = " ".join(bctx.measure_key.split() + own)
            ctx.measure = ctx.measure or bctx.measure
            ctx.arm = ctx.arm or bctx.arm


_PEOPLE_COUNTED = rules.PERSON_NOUNS | set(rules.POPULATION_NOUNS)
_BRACKET_GAP = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,2}\s*\(\s*")  # the count's noun, then the bracket


def _count_shares_numerators(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """A count right after a share, in brackets, between dashes or after ", or"
    ("0.8% died (seven people)", "1.4%, or nine people, on placebo") is the
    share's numerator: it counts what the share measures, in the share's arm."""
    for (share, sq, sctx), (span, q, ctx) in pairwise(group):
        if q.kind != "count" or sq.kind != "percent":
            continue
        if not _APPOSITION_GAP.fullmatch(doc_text(span.doc)[share.end_char:span.start_char]):
            continue
        keys = [w for w in sctx.measure_key.split() if w in _SYNONYM_KEYS]
        own = ctx.measure_key.split()
        ctx.measure_key = " ".join([k for k in keys if k not in own] + own)
        ctx.arm = ctx.arm or sctx.arm


def _tag_parts_of_a_total(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """Counts of a sentence that add up exactly to another of its counts ("640
    patients were randomised: 427 to Velbrin and 213 to placebo") count parts
    of that total, an arm's size or a subgroup's, never the whole: PART_TAG."""
    # (a part counts what the total does, or is a bare number or an "n=": "427 to Velbrin")
    counts = [(q.low, _counted_stem(q), ctx) for _, q, ctx in group if q.kind in {"count", "number"}
              and q.low == q.high and q.low > 0 and float(q.low).is_integer() and not q.statistic.startswith("tally_")]
    listed = _bracketed_list(group)
    for ctx in listed:
        _tag_part(ctx)
    for total, counted, total_ctx in counts:
        if not counted or total < rules.PARTS_TOTAL_MIN or total_ctx in listed:
            continue
        smaller = [(value, ctx) for value, noun, ctx in counts if value < total and noun in {counted, "", "n"}]
        for size in range(2, min(len(smaller), rules.PARTS_MAX) + 1):
            for parts in combinations(smaller, size):
                if sum(value for value, _ in parts) == total:
                    for _, ctx in parts:
                        _tag_part(ctx)


def _tag_alternative_arm_sizes(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """Study sizes given for alternatives ("randomized to 5 mg (n=630), 10 mg
    (n=636) or placebo (n=643)") are the sizes of arms, parts of the trial:
    PART_TAG on each but one that adds the others up (the total)."""
    sizes = [(span, q, ctx) for span, q, ctx in group if q.statistic == "sample_size"]
    joined = any(f" {joiner} " in f" {doc_text(before.doc)[before.end_char:after.start_char].lower()} "
                 for (before, _, _), (after, _, _) in pairwise(sizes) for joiner in rules.ARM_ALTERNATIVE_JOINERS)
    if not joined:
        return
    whole = sum(q.low for _, q, _ in sizes)
    listed = _bracketed_list(group)
    for _, q, ctx in sizes:
        if q.low * 2 != whole or ctx in listed:
            _tag_part(ctx)


def _tag_part(ctx: ClaimContext) -> None:
    """Marks a count as part of a whole (rules.PART_TAG), once."""
    if rules.PART_TAG not in ctx.measure_key.split():
        ctx.measure_key = f"{ctx.measure_key} {rules.PART_TAG}".strip()


def _bracketed_list(group: list[tuple[Span, Quantity, ClaimContext]]) -> list[ClaimContext]:
    """The counts of a list of labelled alternatives, each in brackets ("Q4W
    (n=45), Q8W (n=23) or placebo (n=22)", "monthly (45 patients), ... or
    placebo (22 patients)"): every one an arm, none the total of the others,
    whatever they add up to. [] when the sentence gives no such list."""
    bracketed = [(span, ctx) for span, q, ctx in group if q.kind in {"count", "number"} and _in_brackets(span)]
    if len(bracketed) < 3:
        return []
    doc = bracketed[0][0].doc
    gaps = [doc_text(doc)[a.end_char:b.start_char].lower() for (a, _), (b, _) in pairwise(bracketed)]
    if not all("," in gap for gap in gaps[:-1]) \
            or not any(f" {joiner} " in f" {gaps[-1]} " for joiner in [*rules.ARM_ALTERNATIVE_JOINERS, "and"]):
        return []
    return [ctx for _, ctx in bracketed]


def _in_brackets(span: Span) -> bool:
    """Whether a figure stands alone in brackets, but for an "n =" before it and
    its noun after it: "(n=45)", "(45 patients)"."""
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - 8):span.start_char]
    after = text[span.end_char:span.end_char + 20]
    return bool(_BRACKET_OPEN.search(before)) and bool(_BRACKET_CLOSE.match(after))


_BRACKET_OPEN = re.compile(r"\((?:\s*[nN]\s*=\s*)?$")
_BRACKET_CLOSE = re.compile(r"(?:\s+[A-Za-z]+)?\)")


def _counted_stem(q: Quantity) -> str:
    """What a count counts, as a stem ("patient" of "patients"); '' for a bare number."""
    return stem(q.unit.lower()) if q.kind == "count" and q.unit else ""


# what may come between a share and its numerator: the rest of the share's
# clause (no clause break), then a bracket, a dash or ", or"
_APPOSITION_GAP = re.compile(r"[^;:()—–.]{0,60}?(?:\(|[—–]|--|,\s*or\b)\s*")


def _assign_respectively(group: list[tuple[Span, Quantity, ClaimContext]]) -> None:
    """Figures listed with "respectively" are each given for a member of an
    earlier list ("4.1% of smokers, 6.3% of former smokers ...; severe in 0.5%,
    1.1% ..., respectively"): the i-th takes the measure of the first and the
    subgroup of the i-th figure of the parallel list, as a qualifier, so none
    of them is compared with a figure for everyone."""
    sentence = group[0][2].sentence
    run = _respectively_run(group, sentence, _RESPECTIVELY_GAP)
    if not run:
        # "820 and 790 adults respectively": the words the figures count come
        # between; read only for a list of trial names the figures are each of
        run = _respectively_run(group, sentence, _RESPECTIVELY_NOUN_GAP)
        if run:
            _assign_trials_respectively(run, sentence)
        return
    kind = run[0][1].kind
    # the parallel list: as many figures of the kind before it in the sentence (else unknown)
    earlier = [g for g in group if g[1].kind == kind and g[0].end_char <= run[0][0].start_char]
    parallel = earlier if len(earlier) == len(run) else []
    if not parallel and _assign_trials_respectively(run, sentence):
        return
    for i, (_, _, ctx) in enumerate(run):
        if i and not ctx.measure_key:
            ctx.measure_key, ctx.measure = run[0][2].measure_key.split(rules.SUBGROUP_PREFIX)[0].strip(), \
                run[0][2].measure
        words = [stem(w) for w in (parallel[i][2].population.lower().split() if parallel else [])
                 if w.isalpha() and w not in STOP_WORDS]
        tag = rules.SUBGROUP_PREFIX + ("-".join(sorted(words)) if words else rules.RESPECTIVELY_UNKNOWN)
        ctx.measure_key = f"{ctx.measure_key} {tag}".strip()


def _assign_trials_respectively(run: list[tuple[Span, Quantity, ClaimContext]], sentence: str) -> bool:
    """"KESTREL and MERLIN, which enrolled 820 and 790 adults, respectively":
    as many trial names before the figures as there are figures give each its
    trial, and its subject. False when the sentence names no such list."""
    first_at = run[0][0].start_char - run[0][2].sentence_start
    names = [name for at, name in _trial_names(sentence) if at < first_at]
    if len(names) != len(run) or len(set(names)) != len(names):
        return False
    for name, (_, _, ctx) in zip(names, run, strict=True):
        ctx.trial, ctx.subject = name, name.lower()
    return True


def _respectively_run(group: list[tuple[Span, Quantity, ClaimContext]], sentence: str,
                      gap: re.Pattern) -> list[tuple[Span, Quantity, ClaimContext]]:
    """The figures of a sentence's list that ", respectively" closes (two or more, one kind)."""
    at = sentence.lower().find(rules.RESPECTIVELY)
    if at < 0:
        return []
    at += group[0][2].sentence_start
    before = [g for g in group if g[0].end_char <= at]
    if not before or not gap.fullmatch(doc_text(before[-1][0].doc)[before[-1][0].end_char:at]):
        return []
    run = [before[-1]]
    for g in reversed(before[:-1]):
        gap = doc_text(g[0].doc)[g[0].end_char:run[0][0].start_char]
        if g[1].kind != run[0][1].kind or not _LIST_GAP.fullmatch(gap):
            break
        run.insert(0, g)
    return run if len(run) >= 2 else []


_RESPECTIVELY_GAP = re.compile(r"[\s,)]*")
# ... or the words the figures count ("820 and 790 adults respectively")
_RESPECTIVELY_NOUN_GAP = re.compile(r"[\s,)]*(?:[A-Za-z][\w-]*[\s,)]+){1,6}")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s)\s*")


def _left_stopped_at_comma(doc: Doc, sent: _Sentence, left: list, span: Span) -> bool:
    """Whether the claim's left window ended at a comma of its sentence."""
    k = (left[0].i if left else span.start) - 1
    return k >= sent.start and doc[k].text == ","


def _opening_phrase(doc: Doc, sent: _Sentence, openers: set[str], max_words: int) -> list | None:
    """The tokens between an opener that starts a sentence and the comma that
    ends its phrase ('In | Europe | ,'), or None when the sentence does not
    open with one of `openers` or no comma comes within `max_words`."""
    if sent.start >= len(doc) or doc[sent.start].lower_ not in openers:
        return None
    for k in range(sent.start + 1, min(sent.end, sent.start + 2 + max_words)):
        if doc[k].text == ",":
            return [doc[i] for i in range(sent.start + 1, k)]
    return None


_TIME_NAMES = rules.MONTH_NAMES | set(rules.WEEKDAYS) | set(rules.SEASON_STARTS)


def _opening_place(doc: Doc, sent: _Sentence) -> list[str]:
    """The capitalised words of a place that opens a sentence and ends at a
    comma: 'In Europe,', 'Across the United States,' (not 'In 2023,')."""
    phrase = _opening_phrase(doc, sent, rules.PLACE_OPENERS, rules.PLACE_MAX_WORDS)
    if not phrase or any(not tok.is_alpha or not (tok.is_title or tok.is_upper or tok.lower_ in {"the", "of"})
                         or tok.lower_ in _TIME_NAMES for tok in phrase):
        return []  # ("In March," says when, not where)
    return [tok.lower_ for tok in phrase if tok.lower_ not in {"the", "of"}]


def _opening_subgroup(doc: Doc, sent: _Sentence) -> list[str]:
    """The subgroup a sentence opens with, up to its comma ('Among adults over
    65,', 'In patients who completed the program,'), as one qualifier word:
    rules.SUBGROUP_PREFIX and its words."""
    phrase = _opening_phrase(doc, sent, rules.SUBGROUP_OPENERS | rules.SUBGROUP_OPENERS_WITH_WHO,
                             rules.SUBGROUP_MAX_WORDS)
    if not phrase or (doc[sent.start].lower_ not in rules.SUBGROUP_OPENERS
                      and not any(tok.lower_ in rules.SUBGROUP_RELATIVES for tok in phrase)):
        return []
    words = [stem(tok.lower_) for tok in phrase if tok.like_num or (tok.is_alpha and tok.lower_ not in STOP_WORDS)]
    return [rules.SUBGROUP_PREFIX + "-".join(sorted(words))] if words else []


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _year_in(left_lowers: list[str], right_lowers: list[str]) -> tuple[str, bool]:
    """The year a figure's clause gives it, and whether it comes before the
    figure: "4% of new car sales in 2020" (after), "the 2021 toll of 420
    deaths" (before)."""
    for word, nxt in pairwise(right_lowers):
        if word in _YEAR_PREPOSITIONS and _is_year(nxt):
            return nxt, False
    return next((w for w in reversed(left_lowers) if _is_year(w)), ""), True


_YEAR_PREPOSITIONS = {"in", "during", "for"}


def _mark_years(group, years_of: dict[int, tuple[str, bool]]) -> None:
    """'18% of new cars, compared with 4% in 2020': a figure given for a year,
    beside one of its kind given for none, is that year's value, not the
    current one; rules.AS_OF_PREFIX and the year join its measure key, so it is
    compared only with figures for the same year. A count whose year comes
    before it ("the 2021 toll of 420 deaths") is that year's on its own: its
    measure is little more than its noun. ("11,500 homes were finished in 2025"
    still meets another source's count of the homes finished last year.)"""
    years = [years_of.get(id(item[0]), ("", False)) for item in group]
    for item, (year, before) in zip(group, years, strict=True):
        q, ctx = item[1], item[2]
        if not year or q.kind == "date":
            continue
        if (q.kind == "count" and before) or any(
                not other_year and other[1].kind == q.kind and other[0] is not item[0]
                for other, (other_year, _) in zip(group, years, strict=True)):
            ctx.measure_key = f"{ctx.measure_key} {rules.AS_OF_PREFIX}{year}".strip()


def _nearest_with_keys(peers, span):
    return _nearest((g for g in peers if any(w in _SYNONYM_KEYS for w in g[2].measure_key.split())),
                    span)


def _nearest(candidates, span):
    return min(candidates, key=lambda g: abs(g[0].start_char - span.start_char), default=None)
