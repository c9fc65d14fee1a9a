"""Finding claims of different sources that contradict each other.

comparable.py reads each claim into a ``Comparable`` (its values, measure and
frame). Here claims are put into blocks of possibly comparable claims (same
kind, unit family, study arm and a shared measure key, word, name, event or
outcome slot; or the same digits, one figure possibly the other mistyped), so
the work grows with the size of the blocks, not with the square of the table.
Within a block, two claims are compared when their frames are compatible
(statistic, as-of dates, subjects, event, qualifiers) and their measures are the
same; they conflict when their values cannot both be true once rounding, bound
words and ranges are allowed for. The evidence that they state one quantity
gives each conflict its confidence (the CONFIDENCE_* constants).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck import frames, rules
from claimcheck.abbreviations import measure_name, same_measure
from claimcheck.comparable import (
    _QUALIFIER_PREFIXES,
    APPROX_SHARE,
    OPENING_WORD,
    QUALIFIERS,
    STUDY_QUALIFIERS,
    Comparable,
    comparable_claims,
    periodic,
    states_named,
    unit_factor,
)
from claimcheck.context import stem
from claimcheck.extract.text import find_whole
from claimcheck.likeness import BlockWords
from claimcheck.numbers import format_number, is_number_word

if TYPE_CHECKING:  # pandas is imported where a frame is built: a scan's CLI starts faster
    import pandas as pd

CONFLICT_COLUMNS = [
    "conflict_id", "confidence", "severity", "claim_a", "claim_b", "source_a", "source_b", "measure",
    "text_a", "text_b", "value_a", "value_b", "difference", "reason", "matched", "hedged",
    "published_a", "published_b", "sentence_a", "sentence_b",
]
CONFLICT_NUMERIC = {"difference", "confidence"}
SEVERITIES = ("high", "medium", "low")
# Blocks up to this size are compared pair by pair. A larger block (one measure
# stated by hundreds of articles) would give a report that grows with the square
# of the corpus, so each claim in it is compared with the block's consensus
# instead: the value most sources agree on.
PAIRWISE_BLOCK = 50
# Kinds whose ranges name a group or a period ("aged 60 to 74", "2023-2025"), not
# an estimate's range: a value in one is in the other.
RANGE_KINDS_AS_SPANS = {"age", "date"}
# Share of the similarity threshold that measures of claims naming the same
# subject at the figure must reach.
STRONG_SUBJECT_SIMILARITY = 0.75
# Study qualifiers whose absence names a study too: a figure given for no
# design is the main trial's, never the open-label extension's or a pilot's
# (and a trial's own name: see _registry_ids).
DEFAULT_STUDY_QUALIFIERS = ("design",)
# Study qualifiers a figure naming none takes from the figures it agrees with.
IMPLIED_QUALIFIERS = ("phase", "trial")
_CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")


@dataclass(frozen=True)
class ConflictSettings:
    similarity: float = 80.0  # rapidfuzz token_set_ratio (0-100) for two measures to match
    min_severity: str = "low"
    # Conflicts less certain than this are not reported: below even odds, the
    # evidence that two figures measure one thing is weaker than against it.
    min_confidence: float = 0.5


@dataclass
class BlockResult:
    """What comparing the members of one block found: conflict records (before
    the severity cut) and, per claim id, the other sources agreeing with it."""
    records: list[dict]
    agree: dict[str, Collection[str]]  # each claim's agreeing sources, without repeats


def _arm_group(arm: str) -> str:
    """A figure that names no group is read as the treated group's: reports
    label the control group's figures and often not the treated group's."""
    return "control" if arm == "control" else "treated"


def block_keys(c: Comparable) -> list[str]:
    """The blocks a claim goes into: claims are compared only within a block."""
    base = f"{c.kind}\x1f{c.family}\x1f{_arm_group(c.arm)}\x1f"
    # one block per figure it is told beside, and the word before it
    retold = [base + "retold\x1f" + k for k in sorted(c.retold)]
    if c.event == rules.RETOLD_EVENT:
        return retold
    if c.kind == "date" and c.event == rules.DATED_FIGURE_EVENT:
        # one block per figure it dates: dates of "114,670 deaths" meet
        return [base + "event\x1f" + c.event + "\x1f" + k for k in sorted(c.beside)] + retold
    if c.kind == "date" and c.event:
        return [base + "event\x1f" + _event_kind(c)[1]] + retold
    return _measure_block_keys(c, base) + _digits_block_key(c) + retold


def _digits_block_key(c: Comparable) -> list[str]:
    """A block of the figures written with one set of two or more digits:
    "1,638 patients" meets "n=1683" however differently their measures are
    worded (_one_figure_mistyped)."""
    digits = _significant_digits(c.text)
    if c.kind == "date" or c.low != c.high or len(digits) < 2:
        return []
    # (counts of any noun: "114 people" fell ill, "141 cases")
    family = c.kind if c.kind == "count" else c.family
    return [f"{c.kind}\x1f{family}\x1f{_arm_group(c.arm)}\x1fdigits\x1f" + "".join(sorted(digits))]


def _measure_block_keys(c: Comparable, base: str) -> list[str]:
    # "brain swelling (ARIA-E)" meets "ARIA-E occurred in 12.6%"
    name = measure_name(c.sentence, c.text)
    named = [base + "abbreviation\x1f" + name.abbreviation] if name else []
    if c.kind == "count":
        if c.keys and not c.statistic.startswith("tally_"):
            # counts of what happened to those counted ("died") meet only counts of
            # that (_comparable_counts): a block per key keeps the noun's block small
            return [base + "noun\x1f" + c.counted + "\x1fkey\x1f" + k for k in sorted(c.keys)]
        return [base + "noun\x1f" + c.counted]
    if c.keys:
        family = _outcome_family(c)
        # "still in remission" and "kept their improvement" of one arm at one timepoint
        slot = [base + "family\x1f" + "\x1f".join((family, c.arm, c.qualifiers["timepoint"]))] \
            if family and c.arm and c.qualifiers["timepoint"] else []
        return [base + "key\x1f" + k for k in sorted(c.keys)] + slot + named
    # its names too: "cut NovoLog by 65%" meets "NovoLog: list price lowered by 75%"
    opening = _opening_word(c.sentence)
    return [base + "word\x1f" + w for w in sorted(set(c.words.split()) | c.names | ({opening} if opening else set()))] \
        + named


def _comparable(a: Comparable, b: Comparable, settings: ConflictSettings) -> bool:
    if a.source == b.source or (a.arm != b.arm and _arm_group(a.arm) != _arm_group(b.arm)) or a.change != b.change:
        return False
    if a.retold & b.retold:
        # (not two events each named: "approved in 2019" and "published in 2018")
        return (a.hedge == "forecast") == (b.hedge == "forecast") and not _other_named_events(a, b)
    if rules.RETOLD_EVENT in (a.event, b.event):
        return False
    if a.kind == "date" and (a.event or b.event):
        return _same_frame(a, b) and _comparable_events(a, b) and _one_record(a, b, settings)
    if _digits_swapped(a, b) and not _magnitude_kept(a, b):
        return False  # "24 hours" and "42 days" met by their digits: another scale, another quantity
    if _a_birthday_apart(a, b):
        return False  # "Tim Roe, 66" in February and "Tim Roe, 67" in September: both true
    if _revised_later(a, b) or _revised_later(b, a):
        return False  # "a preliminary estimate of $145 billion" and, weeks later, "$225 billion"
    # the frame last: most pairs of a block differ in their measures first, which is cheaper to see
    if _comparable_measures(a, b, settings):
        return _same_frame(a, b)
    return _one_figure_mistyped(a, b) and _same_frame(a, b, mistyped=True)


def _other_named_events(a: Comparable, b: Comparable) -> bool:
    """Whether two dates each name their event, and not the same one."""
    named = [c.event for c in (a, b) if c.event not in _UNNAMED_EVENTS]
    return len(named) == 2 and named[0] != named[1]


_UNNAMED_EVENTS = {"", rules.RETOLD_EVENT, rules.DATED_FIGURE_EVENT}


def _revised_later(early: Comparable, late: Comparable) -> bool:
    """Whether a figure its article calls preliminary (rules.PRELIMINARY_WORDS)
    meets one that does not, in an article published later: the later one may
    be its revision, not a contradiction of it."""
    return _preliminary(early.words) and not _preliminary(late.words) \
        and bool(early.published) and early.published < late.published


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _preliminary(words: str) -> bool:
    """Whether measure words call the figure preliminary (rules.PRELIMINARY_WORDS)."""
    return not _PRELIMINARY.isdisjoint(words.split())


_PRELIMINARY = {stem(w) for w in rules.PRELIMINARY_WORDS}


def _a_birthday_apart(a: Comparable, b: Comparable) -> bool:
    """Whether two ages of one named person ("Tim Roe, 66,") differ by a year,
    the older in the story published at least rules.BIRTHDAY_GAP_DAYS later:
    a birthday may fall between, so both may be right. (A median or a mean age
    of a group does not grow with the story's date.)"""
    if a.kind != "age" or a.low != a.high or b.low != b.high or abs(a.low - b.low) != 1 \
            or not (a.names & b.names) or (a.qualifier_words | b.qualifier_words) & rules.AVERAGE_WORDS:
        return False
    try:
        first, second = (datetime.date.fromisoformat(c.published[:10]) for c in (a, b))
    except ValueError:
        return False
    older_later = (a.low > b.low) == (first > second)
    return older_later and abs((second - first).days) >= rules.BIRTHDAY_GAP_DAYS


def _one_figure_mistyped(a: Comparable, b: Comparable) -> bool:
    """Two figures whose digits are one another's reordered are one figure
    mistyped, whatever words their measures are given in ("1,638 patients" and
    "n=1683"), when both are facts or both forecasts. Two digits swapped ("14",
    "41") are a common coincidence, and so are reordered figures of kinds every
    article gives many of (shares): those need a measure word in common too."""
    if not _digits_swapped(a, b) or not _magnitude_kept(a, b) or (a.hedge == "forecast") != (b.hedge == "forecast"):
        return False
    return (_transposed(a, b) and a.kind not in rules.KINDS_TOO_COMMON_FOR_DIGITS and not _other_things_counted(a, b)) \
        or bool(_measure_terms(a) & _measure_terms(b))


def _other_things_counted(a: Comparable, b: Comparable) -> bool:
    """Whether two counts each name what they count, name two things, and their
    sentences share no word ("310 helicopters" were ordered, "130 Republicans"
    voted no): no one figure mistyped. A count of people or cases may be told of
    any group of them ("114 people", "141 cases")."""
    return a.kind == b.kind == "count" and bool(a.counted) and bool(b.counted) and a.counted != b.counted \
        and not {a.counted, b.counted} & _ANY_GROUP_COUNTED \
        and not _word_roots(a.sentence) & _word_roots(b.sentence)


@functools.lru_cache(maxsize=4096)
def _word_roots(sentence: str) -> frozenset[str]:
    """The roots of a sentence's words: their first six letters ("prescribed",
    "prescribers")."""
    return frozenset(w[:6] for w in re.findall(r"[a-z][a-z'’-]{2,}", sentence.lower()) if w not in STOP_WORDS)


_ANY_GROUP_COUNTED = {rules.GENERIC_PERSON, rules.CASE_NOUN}


def _comparable_events(a: Comparable, b: Comparable) -> bool:
    """Two event dates: an approval expected by 2027 is not contradicted by one
    granted in 2020; what else the sentence says ("for severe disease") is not the event's."""
    if not _one_event_kind(a, b) or _named_variant(a, b) or _other_jurisdictions(a, b):
        return False
    if a.event == rules.VOTE_EVENT and not _one_tally(a, b):
        return False
    if a.event in rules.EVENTS_OF_ANYTHING and not _what_happened(a) & _what_happened(b) - _tellers(a, b):
        return False  # "required since 2019" and "began in 1954": two things began
    if a.event == rules.PUBLICATION_EVENT and not _one_work(a, b):
        return False  # "published in 2019" and "published in JAMA in 2023": two papers a topic cites
    return (a.hedge == "forecast") == (b.hedge == "forecast") or _forecast_after_the_fact(a, b)


def _records(a: Comparable, b: Comparable) -> bool:
    return _event_kind(a)[1] == _event_kind(b)[1] == rules.RECORD_EVENT


def _ranked_years(c: Comparable) -> set[str]:
    """The years a record's sentence gives besides its baseline: the year of
    what it ranks ("422 cases in 2023, the most since 2014")."""
    return set(_YEAR.findall(c.sentence)) - set(_YEAR.findall(c.text))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _one_record(a: Comparable, b: Comparable, settings: ConflictSettings) -> bool:
    """Whether two record baselines rank one thing: what each ranks alike
    ("the first measles death in the state since", "the state's first measles
    death since"), with their sentences' measures: the record may rank the
    clause's subject ("the death was the first from rabies since"), or nothing
    it names ("its lowest level since"). True for dates of other events."""
    if not _records(a, b):
        return True
    years_a, years_b = _ranked_years(a), _ranked_years(b)
    if years_a and years_b and not years_a & years_b:
        return False  # the most cases since 2014 in 2023, since 2012 in 2024: both may be right
    words_a, words_b = (" ".join({*c.ranked.split(), *c.words.split()} - rules.RECORD_WORDS) for c in (a, b))
    return not (words_a and words_b) or fuzz.token_set_ratio(words_a, words_b) >= settings.similarity


def _one_work(a: Comparable, b: Comparable) -> bool:
    """Whether two publication dates are of one work: their sentences name one
    trial ("ORCA-2, published in JAMA in 2024"), or share rules.ONE_WORK_SHARED_NAMES
    names ("the Oslo team's results were published in The Lancet")."""
    if a.qualifiers["trial"] and a.qualifiers["trial"] == b.qualifiers["trial"]:
        return True
    return len(a.sentence_names & b.sentence_names) >= rules.ONE_WORK_SHARED_NAMES


def _comparable_measures(a: Comparable, b: Comparable, settings: ConflictSettings) -> bool:
    """Whether two figures other than event dates measure one thing, their frames aside."""
    if a.statistic == rules.ALLOCATION_STATISTIC and a.qualifiers["trial"] and b.qualifiers["trial"]:
        return a.qualifiers["trial"] == b.qualifiers["trial"]  # an allocation is its trial's
    if a.qualifier_words != b.qualifier_words and not _same_qualifiers(a, b):
        return False  # "severe" cases, figures for 2020, for Europe
    if a.kind == "age" and _age_shape(a) != _age_shape(b):
        return False  # "65 and older" and "60 to 64" name two groups, not two values of one age
    if _a_persons_age(a) or _a_persons_age(b):
        return a.words == b.words  # "Eaves, 38" and "Lobach, 28": two people's ages
    if a.kind == "age" and _aged_other_people(a, b):
        return False
    if a.tally and b.tally and (not (_one_vote(a.tally, b.tally) or _one_meeting(a, b))
                                or _other_chambers(a, b)):
        return False
    if a.kind == "count":
        return _comparable_counts(a, b)
    if a.kind not in {"percent", "date"}:
        small, large = sorted((_magnitude(a), _magnitude(b)))
        if small > 0 and large / small > rules.MAGNITUDE_MAX_RATIO:
            return False  # a national total and a cost per patient; a course of weeks and a session of hours
    # an abbreviation one sentence spells out names a measure; another's keys still tell it apart
    named = same_measure(measure_name(a.sentence, a.text), a.words, measure_name(b.sentence, b.text), b.words)
    if named is False or (named and a.keys == b.keys):
        return bool(named)
    if a.keys or b.keys:
        return a.keys == b.keys or _one_outcome_family(a, b)
    ratio = fuzz.token_set_ratio(a.words, b.words)
    if ratio >= settings.similarity and fuzz.token_sort_ratio(a.words, b.words) >= settings.similarity / 2:
        return True
    if _alike_without_names(a, b, settings):
        return True
    if (_bare(a) or _bare(b)) and _subject_level(a, b) == frames.SUBJECT_STRONG:
        # "cut NovoLog by 65%": a figure naming nothing but its subject is
        # compared with the same kind of figure about that subject
        return True
    if not a.subject or a.subject != b.subject:
        return False
    # the same subject nearest to both figures: measures described in other
    # words still meet, compared without the names (they are the subject, not the measure)
    names = a.names | b.names | a.sentence_names | b.sentence_names
    words_a = " ".join(w for w in a.words.split() if w not in names)
    words_b = " ".join(w for w in b.words.split() if w not in names)
    return bool(words_a and words_b) and \
        fuzz.token_set_ratio(words_a, words_b) >= settings.similarity * STRONG_SUBJECT_SIMILARITY


def _aged_other_people(a: Comparable, b: Comparable) -> bool:
    """Whether two ages describe people of two kinds ("a 37-year-old man", "a
    38-year-old woman"): the nouns after them differ, and neither is anyone's."""
    nouns = {_aged_noun(a), _aged_noun(b)}
    return len(nouns) == 2 and "" not in nouns and not nouns & rules.PERSON_NOUNS


def _aged_noun(c: Comparable) -> str:
    """The noun a "-year-old" age describes ("man" in "a 37-year-old man"), or ''."""
    at = find_whole(c.sentence, c.text)
    found = _AGED_NOUN.match(c.sentence, at + len(c.text)) if at >= 0 else None
    noun = found.group(1).lower() if found else ""
    return "" if noun in STOP_WORDS else noun  # "a 6-year-old and a 9-year-old": no noun


_AGED_NOUN = re.compile(rules.AGED_NOUN)


def _a_persons_age(c: Comparable) -> bool:
    """Whether an age is a named person's ("Halvorsen, 71,"): its words are
    rules.PERSON_AGE_KEY and the name."""
    return c.kind == "age" and c.words.split(" ", 1)[0] == rules.PERSON_AGE_KEY


def _beside_one_figure(a: Comparable, b: Comparable) -> bool:
    """Whether the two figures stand beside one distinctive figure in their
    sentences, on the same side ("85,000 cases and 19,000 deaths", "85,000 cases
    and 20,000 deaths"): two sources telling the same facts side by side."""
    return bool(a.beside & b.beside)


def _event_kind(c: Comparable) -> tuple[str, str]:
    """A date's event as (kind, event): ("accelerated", "approval"); ("", "approval")
    for a plain one."""
    kind, _, event = c.event.rpartition(" ")
    return kind, event


def _one_event_kind(a: Comparable, b: Comparable) -> bool:
    """Whether two dates time one event: the same event of the same kind, or
    one naming no kind ("approved in 2022" may be the accelerated approval, not
    an emergency authorization or an expanded one: rules.KINDS_OF_A_PLAIN_EVENT)."""
    (kind_a, event_a), (kind_b, event_b) = _event_kind(a), _event_kind(b)
    # a product's first approval ("first approved in 2022") may have been the
    # accelerated or the full one, but not any later one an article calls plainly "approved"
    original = rules.ORIGINAL_EVENT in (kind_a, kind_b) and {kind_a, kind_b} - {rules.ORIGINAL_EVENT} \
        <= rules.KINDS_OF_A_PLAIN_EVENT
    return event_a == event_b and (kind_a == kind_b or original
                                   or not kind_a and kind_b in rules.KINDS_OF_A_PLAIN_EVENT
                                   or not kind_b and kind_a in rules.KINDS_OF_A_PLAIN_EVENT)


def _age_shape(c: Comparable) -> str:
    """An age band ("60 to 64"), an open group ("65 and older", "under 5") or one age."""
    if math.isinf(c.interval[0]) or math.isinf(c.interval[1]):
        return "open"
    return "band" if c.low != c.high else "age"


def _forecast_after_the_fact(a: Comparable, b: Comparable) -> bool:
    """Whether one of two dates of a change taking effect is still expected
    ("will fall starting next year") in an article published after the other
    reports the change took effect, for the same named subject: the forecast is
    stale. (Both must name it. Other events are left alone: an approval expected after one was
    granted is mostly another approval.)"""
    forecast, fact = (a, b) if a.hedge == "forecast" else (b, a)
    if forecast.event != rules.MEASURE_SYNONYMS["took effect"] or not forecast.published:
        return False
    return _latest_day(fact.display) < forecast.published[:10] and \
        _subject_level(forecast, fact) >= frames.SUBJECT_SHARED


def _other_jurisdictions(a: Comparable, b: Comparable) -> bool:
    """An approval in Britain and one by the FDA: two events, however alike.
    A regulator's event naming none is its article's home jurisdiction's
    (rules.EVENTS_OF_A_REGULATOR); an outbreak declared, imports suspended, a
    law signed are where they are, whoever reports them."""
    where_a = frames.jurisdiction(a.sentence, a.text) or _home_of(a)
    where_b = frames.jurisdiction(b.sentence, b.text) or _home_of(b)
    if _event_kind(a)[1] not in rules.EVENTS_OF_A_REGULATOR:
        # a payer's decision is not its regulator's, but what began in the NHS began in the UK
        where_a, where_b = where_a.removesuffix(rules.PAYER_SUFFIX), where_b.removesuffix(rules.PAYER_SUFFIX)
    return bool(where_a and where_b) and where_a != where_b


def _home_of(c: Comparable) -> str:
    return c.home if _event_kind(c)[1] in rules.EVENTS_OF_A_REGULATOR else ""


def _named_variant(a: Comparable, b: Comparable) -> bool:
    """Whether one side's event is of a named variant of the other's product:
    a name both give is followed, in one sentence only, by another name
    ("approved Leqembi Iqlik" against "approved Leqembi")."""
    for name in a.names & b.names:
        after_a, after_b = _names_after(a.sentence, name), _names_after(b.sentence, name)
        if (after_a - b.sentence_names) or (after_b - a.sentence_names):
            return True
        forms_a, forms_b = _forms_at(a.sentence, name), _forms_at(b.sentence, name)
        if forms_a and forms_b and not forms_a & forms_b:
            return True  # "injectable Wegovy" and "its Wegovy pill": two products of one name
    return False


@functools.lru_cache(maxsize=4096)
def _forms_at(sentence: str, name: str) -> frozenset[str]:
    """The dosage forms a sentence gives a name, right before or after it
    ("injectable Wegovy", "Wegovy pill"): rules.DOSAGE_FORMS."""
    before = re.compile(r"(\w+)\s+" + re.escape(name) + r"\b", re.I)
    after = re.compile(r"\b" + re.escape(name) + r"(?:'s|’s)?\s+(\w+)", re.I)
    words = {m.group(1).lower() for pattern in (before, after) for m in pattern.finditer(sentence)}
    return frozenset(rules.DOSAGE_FORMS[w] for w in words if w in rules.DOSAGE_FORMS)


@functools.lru_cache(maxsize=4096)
def _names_after(sentence: str, name: str) -> frozenset[str]:
    """The capitalized words right after a name in a sentence ("Pen" of "Glucora Pen")."""
    pattern = re.compile(r"\b" + re.escape(name) + r"(?:'s|’s)?\s+([A-Z][\w-]*)", re.I)
    return frozenset(m.group(1).lower() for m in pattern.finditer(sentence)
                     if m.group(1)[:1].isupper() and m.group(1).lower() not in STOP_WORDS)


def _latest_day(iso: str) -> str:
    """The last day an ISO date or prefix ("2024", "2024-01") can be."""
    return iso + "-12-31"[len(iso) - 4:] if len(iso) in (4, 7) else iso


def _outcome_family(c: Comparable) -> str:
    """The family of outcomes all of a claim's keys belong to, or ''."""
    families = {rules.OUTCOME_FAMILIES.get(k, "") for k in c.keys}
    return families.pop() if len(families) == 1 else ""


def _one_outcome_family(a: Comparable, b: Comparable) -> bool:
    """Outcomes named in other words ("in remission", "kept their improvement")
    are one figure when both name the same arm and the same timepoint."""
    family = _outcome_family(a)
    return bool(family) and family == _outcome_family(b) and bool(a.arm) and a.arm == b.arm \
        and bool(a.qualifiers["timepoint"]) and a.qualifiers["timepoint"] == b.qualifiers["timepoint"]


def _bare(c: Comparable) -> bool:
    """Whether a claim's measure words are only names (those of its sentence,
    reporters' included: "Novo Nordisk said it would cut NovoLog by 65%")."""
    return _only_capitalized(c.words, c.sentence)


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _only_capitalized(words: str, sentence: str) -> bool:
    capitalized = _capitalized_words(sentence)
    return not any(w not in capitalized for w in words.split())


@functools.lru_cache(maxsize=4096)
def _capitalized_words(sentence: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _CAPITALIZED.findall(sentence))


def _modifiers(c: Comparable) -> frozenset[str]:
    """The words of a count's measure besides its noun ("dosing" of "dosing sessions");
    a word for people is the noun of a count of people, whichever it is."""
    return _modifier_words(c.words, c.counted)


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _modifier_words(words: str, counted: str) -> frozenset[str]:
    return frozenset(w for w in words.split() if w != counted and not w.startswith(_QUALIFIER_PREFIXES)
                     and w not in _PEOPLE_STEMS)


_PEOPLE_STEMS = frozenset(stem(w) for w in rules.PERSON_NOUNS | set(rules.POPULATION_NOUNS) | set(rules.COUNTED_EVENTS))


def _magnitude(c: Comparable) -> float:
    """A claim's size in its family's base unit (the middle of what it allows)."""
    lo, hi = c.interval
    if math.isinf(lo) or math.isinf(hi):
        return max(abs(c.low), abs(c.high))
    return abs(lo + hi) / 2


def _alike_without_names(a: Comparable, b: Comparable, settings: ConflictSettings) -> bool:
    """Whether two measures are alike once the names of what they are about are
    left out ("3.2% of women taking Veozah had liver enzymes climb" and "2.3% of
    women taking fezolinetant had liver enzymes rise"): a brand and a generic
    name, or two ways to name a maker, are the subject, not the measure."""
    names = a.names | b.names | a.sentence_names | b.sentence_names
    words_a = " ".join(w for w in _words_but_drugs(a.words) if w not in names)
    words_b = " ".join(w for w in _words_but_drugs(b.words) if w not in names)
    if words_a == a.words and words_b == b.words:
        return False  # no name was left out: the plain comparison stands
    # (a measure of one word is matched by any measure that holds it: no evidence)
    return min(len(words_a.split()), len(words_b.split())) >= 2 \
        and fuzz.token_set_ratio(words_a, words_b) >= settings.similarity \
        and fuzz.token_sort_ratio(words_a, words_b) >= settings.similarity / 2


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _words_but_drugs(words: str) -> tuple[str, ...]:
    """Measure words less generic drug names, in their order."""
    return tuple(w for w in words.split() if not frames.inn_drug_name(w))


def _comparable_counts(a: Comparable, b: Comparable) -> bool:
    # a count names little more than its noun: a target ("wants 25,000 homes
    # approved by 2030") is not compared with a tally ("completed 12,000 homes")
    if a.counted != b.counted or (a.hedge == "forecast") != (b.hedge == "forecast"):
        return False
    # "2.1 million acres burned this year" and "the fire has burned 395,000
    # acres": counts of one noun this far apart count a whole and a part
    small, large = sorted((abs(a.low), abs(b.low)))
    if small > 0 and large / small > rules.COUNT_MAX_RATIO and not _digits_swapped(a, b):
        return False
    # "three counselling sessions" and "two dosing sessions" count different things
    # (a study's size is not: "2,246 adults", "2,200 unvaccinated high-risk adults")
    mods_a, mods_b = _modifiers(a), _modifiers(b)
    if mods_a and mods_b and not mods_a & mods_b and not (a.population_count or b.population_count):
        return False
    # people counted for what happened to them ("died") are compared by that (a
    # tally's clause words are its motion's, read as its motion tag instead)
    if (a.keys or b.keys) and not a.statistic.startswith("tally_"):
        return bool(a.keys & b.keys)
    # the size of a study: not another named trial's, and the study named at
    # both figures or nowhere ("enrolled about 12,000 adults" and "a late-stage
    # trial of more than 15,000 participants" are one study's size)
    if a.population_count or b.population_count:
        if a.population_count != b.population_count:
            return False
        trial_a, trial_b = a.qualifiers["trial"], b.qualifiers["trial"]
        if trial_a and trial_b and not _other_kinds_of_trial_name(trial_a, trial_b):
            return trial_a == trial_b
        if _id_of_another_named_trial(a, b) or _id_of_another_named_trial(b, a):
            return False
        # a registry id and a trial's own name ("NCT04184622", "SURMOUNT-1") may be one trial
        return _subject_level(a, b) != frames.SUBJECT_DISJOINT
    return True


def _id_of_another_named_trial(by_id: Comparable, by_name: Comparable) -> bool:
    """Whether a figure given for a trial's registry id comes from an article
    that names its trials, and not the other figure's trial ("NCT04437511" in
    an abstract of "TRAILBLAZER-ALZ 2" is no id of "TRAILBLAZER-ALZ 6")."""
    trial_id, name = by_id.qualifiers["trial"], by_name.qualifiers["trial"]
    if not (trial_id and name and _registry_ids(trial_id)) or _registry_ids(name):
        return False
    named = {s.removeprefix("trial=") for s in by_id.source_studies if s.startswith("trial=")}
    named = {t for t in named if not _registry_ids(t)}
    return bool(named) and name not in named


def _one_count_of_a_kind(a: Comparable, b: Comparable) -> bool:
    """Whether one of two counts (not study sizes) names a kind of what it
    counts and the other does not: it may count a part of the other's whole."""
    return a.kind == "count" and not (a.population_count or b.population_count) \
        and bool(_modifiers(a)) != bool(_modifiers(b))


def _same_frame(a: Comparable, b: Comparable, mistyped: bool = False) -> bool:
    """The frame fields that rule a pair out: another statistic (a CI's bounds
    are no estimate), other dates (a count as of March is not one as of July),
    other subjects (a price of one product is not another's). `mistyped`: one
    figure's digits reordered in the other (_one_figure_mistyped)."""
    statistics = {a.statistic, b.statistic}
    if len(_tally_sides(a, b)) > 1:
        return False  # one vote's majority and another's minority are no one side's counts
    if mistyped and a.kind == "count":
        # a study's size and a count of people are one figure: "N = 931", "913 people"
        statistics = {"estimate" if s == "sample_size" else s for s in statistics}
    if len(statistics) > 1 or not (_as_of_compatible(a.as_of, b.as_of) or _one_data_cut(a, b)
                                   or _a_stock_days_apart(a, b)):
        return False
    if _two_named_studies(a, b):
        return False  # "ORCA-3 enrolled 792 smokers" and "ORCA-2 enrolled 810 smokers"
    if mistyped:
        # only two drugs or two countries tell a mistyped figure's subjects
        # apart, not whatever other names its two sentences happen to give
        return not (frames.other_drugs(a.names, b.names) or frames.two_countries(a.subject, b.subject))
    return _subject_level(a, b) != frames.SUBJECT_DISJOINT


def _two_named_studies(a: Comparable, b: Comparable) -> bool:
    """Whether each figure is given for trials named by their own names
    (rules.OWN_TRIAL_NAME), read at the figure and not from the figures it
    agrees with, and no trial is named by both. (Not of dates: an event's
    sentence names the trial it rests on, not what it dates.)"""
    if a.kind == "date" or not (a.qualifiers["trial"] and b.qualifiers["trial"]) or "trial" in a.implied | b.implied:
        return False
    trials_a, trials_b = _own_trial_names(a.qualifiers["trial"]), _own_trial_names(b.qualifiers["trial"])
    return bool(trials_a and trials_b) and not trials_a & trials_b


@functools.lru_cache(maxsize=4096)
def _own_trial_names(trial: str) -> frozenset[str]:
    """The trial names of a trial qualifier ("ORCA-2+ORCA-3"), when each is a study's own name."""
    names = frozenset(trial.split("+")) - {""}
    return names if all(rules.OWN_TRIAL_NAME.fullmatch(n) for n in names) else frozenset()


def _tally_sides(a: Comparable, b: Comparable) -> set[str]:
    """The sides two counts of whole tallies stand on, majority or minority: "voted
    9 to 4 against coverage" counts its 9 against the motion it names, and "voted
    10 to 3" its 10 for one it does not, so only their majorities report one
    side. Empty unless both tallies are whole and neither is a tie."""
    sides = set()
    for c in (a, b):
        if c.statistic not in _TALLY_SIDES or len(c.tally) < 2 or c.tally[0] == c.tally[1] \
                or c.low not in c.tally[:2]:
            return set()
        sides.add("majority" if c.low == max(c.tally[:2]) else "minority")
    return sides


_TALLY_SIDES = {"tally_for", "tally_against"}


@functools.lru_cache(maxsize=65536)  # few distinct sets of dates, met again and again
def _as_of_compatible(as_of_a: frozenset[str], as_of_b: frozenset[str]) -> bool:
    return frames.as_of_compatible(as_of_a, as_of_b)


def _one_data_cut(a: Comparable, b: Comparable) -> bool:
    """Whether two figures, one dated only by its article's publication, are
    given beside the same distinctive other figure ("216 cases from 38 states",
    "216 cases from 33 states"): that figure dates both sentences to one count,
    whichever day each article appeared."""
    if not (_dated_by_publication(a) or _dated_by_publication(b)):
        return False
    return bool(_data_cut_figures(a.sentence, a.text) & _data_cut_figures(b.sentence, b.text))


def _a_stock_days_apart(a: Comparable, b: Comparable) -> bool:
    """Whether two counts dated to days at most rules.STOCK_SAME_DAYS apart
    count a stock, which does not move within days ("7.4 million Americans use
    insulin", "the FDA named 37 importers"): one moment for it; so are two no
    text dates (_undated_stocks). Not a running tally of cases or deaths, which
    moves every day, nor a vote's tally."""
    if a.kind != "count" or a.tally or b.tally or _running_tally(a) or _running_tally(b):
        return False
    days_a, days_b = _one_day(a.as_of), _one_day(b.as_of)
    return bool(days_a and days_b) and abs((days_a - days_b).days) <= rules.STOCK_SAME_DAYS \
        or _undated_stocks(a, b)


def _undated_stocks(a: Comparable, b: Comparable) -> bool:
    """Whether two counts of a stock (as _a_stock_days_apart reads them) that no
    text dates are dated only by their articles, on different days ("the spill
    killed 38,222 fish", "tank cars holding 115,580 gallons"): nothing says the
    two moments differ, but a count that does move is read so too. (As for any
    two days, the pair is less certain: CONFIDENCE_STOCKS_APART.)"""
    if _beside_a_running_tally(a.sentence) or _beside_a_running_tally(b.sentence):
        return False  # "905 infections in 41 provinces": the provinces grow with the infections
    return _dated_by_publication(a) and _dated_by_publication(b) and a.as_of != b.as_of


@functools.lru_cache(maxsize=4096)
def _beside_a_running_tally(sentence: str) -> bool:
    """Whether a sentence counts what a running tally counts (rules.NEW_TALLIED_NOUNS,
    rules.COUNTED_EVENTS)."""
    return bool(_RUNNING_TALLY_NOUN.search(sentence))


_RUNNING_TALLY_NOUN = re.compile(r"\b(?:" + "|".join(sorted(rules.NEW_TALLIED_NOUNS | set(rules.COUNTED_EVENTS)))
                                 + r")\b", re.I)


def _running_tally(c: Comparable) -> bool:
    return f"{c.counted}s" in rules.NEW_TALLIED_NOUNS or bool(c.keys & _TALLIED_KEYS)


_TALLIED_KEYS = set(rules.COUNTED_EVENTS.values()) | rules.PEOPLE_TALLY_KEYS


def _one_day(as_of: frozenset[str]) -> datetime.date | None:
    """The day an as-of set gives, when it gives one day and nothing else."""
    if len(as_of) != 1:
        return None
    (day,) = as_of
    try:
        return datetime.date.fromisoformat(day) if len(day) == 10 else None
    except ValueError:
        return None


def _dated_by_publication(c: Comparable) -> bool:
    return bool(c.as_of) and all(d.removeprefix(frames.FINAL) == c.published for d in c.as_of)


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BRACKET = re.compile(r"[()\[\]]")


@functools.lru_cache(maxsize=4096)
def _data_cut_figures(sentence: str, text: str) -> frozenset[str]:
    """The figures of a sentence other than `text` distinctive enough to be
    shared only by one data cut: enough digits, not round, not a year. Not
    those in brackets it is not in, nor outside the brackets it is in: "(128
    deaths among 154 cases) and in Angola (329 of 374)" gives 374 beside
    Angola's deaths, not the DRC's. (A semicolon does not part them: "listed
    131 cases; Brazil reported 31 deaths" is one report.)"""
    own = _significant_digits(text)
    at = find_whole(sentence, text)
    if at >= 0:
        starts = [m.end() for m in _BRACKET.finditer(sentence, 0, at)]
        end = _BRACKET.search(sentence, at + len(text))
        sentence = sentence[starts[-1] if starts else 0:end.start() if end else len(sentence)]
    found = set()
    for figure in _FIGURE.findall(sentence):
        digits = _significant_digits(figure.rstrip(",."))
        plain = figure.rstrip(",.").replace(",", "")
        if len(digits) < rules.DATA_CUT_FIGURE_MIN_DIGITS or len(digits.rstrip("0")) < 2 or digits == own:
            continue
        if plain.isdigit() and len(plain) == 4 and rules.LIKELY_YEARS[0] <= int(plain) <= rules.LIKELY_YEARS[1]:
            continue  # a year dates the sentence itself: as_of reads it
        found.add(plain)
    return frozenset(found)


def _subject_level(a: Comparable, b: Comparable) -> int:
    if (a.rival and _figure_of_a_rival(a, b)) or (b.rival and _figure_of_a_rival(b, a)):
        return frames.SUBJECT_DISJOINT
    names_a, names_b = _with_opening_name(a, b), _with_opening_name(b, a)
    if frames.other_drugs(names_a, names_b):
        return frames.SUBJECT_DISJOINT  # no other reading makes two drugs one
    if a.kind == "date" and _records(a, b):
        # what a record ranks tells it apart (_one_record), not the names of its
        # sentence: "after Governor Reyes spoke, stocks had their biggest gain since 2009"
        return frames.SUBJECT_UNKNOWN
    measure = _abbreviated_measure(a, b)
    if measure:
        # "the incidence of ARIA-E": the abbreviation names the measure, not what it is about
        names_a, names_b = names_a - measure, names_b - measure
    regulators: frozenset[str] = frozenset()
    if a.event and b.event and frames.beyond_jurisdictions(names_a) and frames.beyond_jurisdictions(names_b):
        # "Anvisa approved Qdenga" and "Anvisa approved Butantan's vaccine": the
        # regulator is the event's jurisdiction (compared as such), the products its subjects
        regulators = frames.jurisdiction_names(names_a | names_b)
        measure = measure | regulators
        names_a, names_b = names_a - measure, names_b - measure
    level = frames.subject_match("" if a.subject in measure else a.subject, names_a,
                                 "" if b.subject in measure else b.subject, names_b)
    if level == frames.SUBJECT_DISJOINT and frames.two_countries(a.subject, b.subject) \
            and _one_place_of_both(a, b) and _one_place_of_both(b, a):
        # "a trial of 125 adults in Uganda and Kenya" and "152 adults in Uganda and
        # Kenya": each figure's nearest country is one of the two it is given for
        level = frames.subject_match("", names_a, "", names_b)
    if level == frames.SUBJECT_DISJOINT and a.tally and b.tally:
        # "advisers to the FDA voted 10-3", "the FDA's device panel voted": the
        # regulator a body advises is no subject of the body's vote
        regulators = frames.jurisdiction_names(names_a | names_b)
        level = frames.subject_match("", names_a - regulators, "", names_b - regulators)
    if level == frames.SUBJECT_DISJOINT and a.statistic.startswith("tally_") and _same_motion(a, b) and not (
            frames.names_a_body(a.names) and frames.names_a_body(b.names)):
        # a vote's subject is the body that voted: "the panel voted 12-0 that GSK's
        # data supported the safety ..." names the product, and another report of
        # that vote on safety the body
        return frames.SUBJECT_UNKNOWN
    if level == frames.SUBJECT_DISJOINT and a.event and frames.only_jurisdictions(names_a) \
            and frames.only_jurisdictions(names_b) and not _other_jurisdictions(a, b):
        # "the FDA approved both" and "U.S. regulators approved the two": one
        # approving body named two ways, and no product named by either
        return frames.SUBJECT_UNKNOWN
    if level == frames.SUBJECT_DISJOINT and a.qualifiers["trial"] \
            and a.qualifiers["trial"].lower() == b.qualifiers["trial"].lower():
        # both name one trial: its sponsor, its drug and the trial itself name one study
        return frames.SUBJECT_UNKNOWN
    if level == frames.SUBJECT_DISJOINT and not frames.two_countries(a.subject, b.subject) \
            and frames.distinguishing(_named_elsewhere(a, b, regulators)):
        # a name at one figure is elsewhere in the other's sentence ("Glucora
        # cut the risk of flu-related deaths by 30%"): not shown to differ
        return frames.SUBJECT_UNKNOWN
    return level


def _figure_of_a_rival(c: Comparable, other: Comparable) -> bool:
    """Whether c is a figure of a rival drug (Comparable.rival) and the other's
    sentence names nothing c names but places and regulators: not the rival,
    its brand ("Rystiggo (rozanolixizumab)") or its trial."""
    return bool(c.rival) and not frames.beyond_jurisdictions(c.names) & (other.names | other.sentence_names)


def _named_elsewhere(a: Comparable, b: Comparable, regulators: frozenset[str]) -> frozenset[str]:
    """The names at one figure that the other's sentence gives too. Of two
    events a regulator decided, its name is no such name ("the FDA cleared X
    ...", "the FDA cleared Y ..."), and a name both sentences give is."""
    shared = a.names & b.sentence_names | b.names & a.sentence_names
    if not regulators:
        return shared
    return (shared | a.sentence_names & b.sentence_names) - regulators


def _one_place_of_both(c: Comparable, other: Comparable) -> bool:
    """Whether c's sentence gives c's country joined with the other's ("in Uganda and Kenya")."""
    return other.subject in c.sentence_names and _coordinated(c.sentence, c.subject) \
        and _coordinated(c.sentence, other.subject)


def _one_vote(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether two whole tallies can report one vote: a misreport changes a
    count or moves a vote between columns ("13-1" for "13-0 with one
    abstention", "12-0" for "10-2"), so one count or the number voting agrees;
    "13-0" and "7-4" are two votes."""
    # (a side of none or one agreeing says little: most votes have one, "9-0" and "6-0")
    return (a[0] == b[0] and a[0] > 1) or (a[1] == b[1] and a[1] > 1) or sum(a[:2]) == sum(b[:2]) \
        or sum(a) == sum(b) or any(_reordered(f"{x:.0f}", f"{y:.0f}") for x, y in zip(a[:2], b[:2], strict=False)) \
        or _one_count_apart(a, b)


def _one_count_apart(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Two tallies with abstentions that differ in one count only, the others
    agreeing and one of them more than one: "124-0, 11 abstaining" and
    "125-0, 11 abstaining" report one vote."""
    if len(a) != len(b) or len(a) < 3:
        return False
    agreeing = [x for x, y in zip(a, b, strict=True) if x == y]
    return len(agreeing) == len(a) - 1 and max(agreeing) > 1


@functools.lru_cache(maxsize=4096)
def _of_a_rival(sentence: str) -> bool:
    """Whether a sentence tells of a rival or another product (rules.RIVAL_WORDS)."""
    return bool(_RIVAL.search(sentence))


@functools.lru_cache(maxsize=4096)
def _of_an_earlier_one(sentence: str) -> bool:
    """Whether a sentence tells of an earlier instance of what it reports
    (rules.EARLIER_INSTANCE_ADJECTIVES: "the previous outbreak")."""
    return bool(_EARLIER_INSTANCE.search(sentence))


_EARLIER_INSTANCE = re.compile(
    r"\b(?:" + "|".join(rules.EARLIER_INSTANCE_ADJECTIVES) + r")\s+"
    r"(?!(?:" + "|".join(rules.EARLIER_INSTANCE_TIME_WORDS) + r")s?\b)"
    r"(?:[\w'’-]+\s+){0," + str(rules.EARLIER_INSTANCE_GAP) + r"}?"
    r"(?:" + "|".join(rules.EARLIER_INSTANCE_NOUNS) + r")s?\b", re.I)
_RIVAL = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.RIVAL_WORDS)) + r")\b", re.I)


def _one_tally(a: Comparable, b: Comparable) -> bool:
    """Whether two vote dates time one vote: the same counts for and against
    (either way round), on motions that may be one."""
    sides_a, sides_b = a.tally[:2], b.tally[:2]
    return len(sides_a) == 2 and sides_a in {sides_b, sides_b[::-1]} and not _other_motions(a, b)


def _swapped_sides(a: Comparable, b: Comparable) -> bool:
    """Whether two reports give one tally with its sides swapped ("voted 16 to 0
    that the data do not show it works" and "a 16-0 vote that it does not
    work"): the motion read the other way round, not a miscount."""
    return len(a.tally) >= 2 and len(b.tally) >= 2 and a.tally[0] != a.tally[1] \
        and (a.tally[0], a.tally[1]) == (b.tally[1], b.tally[0]) and a.tally[2:] == b.tally[2:]


def _other_chambers(a: Comparable, b: Comparable) -> bool:
    """Whether two tallies are named to two chambers (rules.CHAMBERS), each the
    one named nearest before it: the House's vote and the Senate's."""
    chamber_a, chamber_b = _chamber_of(a.sentence, a.text), _chamber_of(b.sentence, b.text)
    return bool(chamber_a and chamber_b) and chamber_a != chamber_b


@functools.lru_cache(maxsize=4096)
def _chamber_of(sentence: str, text: str) -> str:
    """The chamber a figure's tally is cast in: one named right after it ("34 to
    19 in the Senate"), else the one named nearest before it in its sentence,
    not as an owner ("passed the Senate's deal"); or ''."""
    at = find_whole(sentence, text)
    if at < 0:
        return ""
    after = _CHAMBER_AFTER.match(sentence, at + len(text))  # "102 votes to 13 in the House"
    named = [after.group(1)] if after else _CHAMBER.findall(sentence, 0, at)
    return rules.CHAMBERS[named[-1].lower()] if named else ""


# (not an owner: "passed the Senate's deal 216-213" is the House's vote)
_CHAMBER = re.compile(r"\b(" + "|".join(sorted(rules.CHAMBERS)) + r")\b(?!['’]s\b)", re.I)
_CHAMBER_AFTER = re.compile(r"[^,;.]{0,25}?\b(?:in|by) the (?:\w+ )?(" + "|".join(sorted(rules.CHAMBERS)) + r")\b",
                            re.I)


def _one_meeting(a: Comparable, b: Comparable) -> bool:
    """Whether two votes are dated to one month or day ("voted five to four in
    January 2024", "voted 4-3 on Thursday" in a story of January 26, 2024): one
    meeting's vote on one motion, however both counts differ."""
    return any(len(x) >= _MONTH_ISO and len(y) >= _MONTH_ISO and (x.startswith(y) or y.startswith(x))
               for x in a.as_of for y in b.as_of)


_MONTH_ISO = len("2024-01")  # an as-of date at least this precise names a month or a day


def _same_motion(a: Comparable, b: Comparable) -> bool:
    """Whether two tallies name one topic of a vote ("... that the data support its safety")."""
    # (a report of two questions' votes at once is a report of each one's)
    topics_a, topics_b = _tagged(a, rules.MOTION_PREFIX), _tagged(b, rules.MOTION_PREFIX)
    return bool(topics_a and topics_b) and (topics_a <= topics_b or topics_b <= topics_a)


def _other_motions(a: Comparable, b: Comparable) -> bool:
    """Whether the clauses of two tallies say what each vote was on in words
    that share nothing ("voted 7-0 to reaffirm the yearly booster", "a motion
    asking parents to request a blood test passed 7-4"): two motions."""
    if _tagged(a, rules.MOTION_PREFIX) & _tagged(b, rules.MOTION_PREFIX):
        return False  # both name one question ("that the benefits outweigh the risks"), in whatever other words
    words_a, words_b = motion_words(a.sentence, a.text), motion_words(b.sentence, b.text)
    return len(words_a) >= rules.MOTION_MIN_WORDS and len(words_b) >= rules.MOTION_MIN_WORDS \
        and not words_a & words_b


_VOTING_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+)?vot(?:ed|es|e)\b", re.I)


@functools.lru_cache(maxsize=4096)
def motion_words(sentence: str, text: str) -> frozenset[str]:
    """The words of the clause that holds a tally, beside those of
    how, when and by whom it was cast (rules.VOTE_PROCEDURE_WORDS), stop words,
    numbers and dates."""
    at = find_whole(sentence, text)
    if at < 0:
        return frozenset()
    clause_start, clause_end = 0, len(sentence)
    for m in rules.MOTION_CLAUSE_BREAKS.finditer(sentence):
        if m.end() <= at:
            clause_start = m.end()
        elif m.start() >= at + len(text):
            clause_end = m.start()
            break
    # "the support of an advisory panel that voted 10-6 in favor": the vote is
    # the relative clause's; what comes before it tells of other things
    relatives = list(_VOTING_RELATIVE.finditer(sentence, clause_start, at))
    if relatives:
        clause_start = relatives[-1].start()
    # (a word's first letters stand for its forms: "effective", "effectiveness")
    words = (w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", sentence[clause_start:clause_end]))
    return frozenset(w[:rules.MOTION_WORD_PREFIX] for w in words
                     if len(w) > 2 and w not in STOP_WORDS and w not in rules.VOTE_PROCEDURE_WORDS
                     and w not in rules.MONTH_NAMES and w not in rules.WEEKDAYS and not is_number_word(w))


def _topic_against_none(word: str, plain: Comparable) -> bool:
    """Whether a tally's motion topic ("that the benefits outweigh the risks")
    meets a tally (`plain`) whose report names no motion at all: it may be that one. (A
    "second question" or "separate motion" is never a report's plain vote.)"""
    return word.startswith(rules.MOTION_PREFIX) and word[len(rules.MOTION_PREFIX):] in _MOTION_TOPIC_NAMES \
        and not _tagged(plain, rules.MOTION_PREFIX)


_MOTION_TOPIC_NAMES = frozenset(rules.MOTION_TOPICS.values())


def _abbreviated_measure(a: Comparable, b: Comparable) -> frozenset[str]:
    """The parts of the abbreviation both claims name their measure by, when one
    of their sentences spells it out ("brain swelling (ARIA-E)"): aria-e, aria."""
    name_a, name_b = measure_name(a.sentence, a.text), measure_name(b.sentence, b.text)
    if not (name_a and name_b) or not same_measure(name_a, a.words, name_b, b.words):
        return frozenset()
    return frozenset(frames.with_parts([name_a.abbreviation.lower()]))


def _with_opening_name(c: Comparable, other: Comparable) -> frozenset[str]:
    """c's names, and the word its sentence opens with when the other claim
    names it: a capitalized first word may be a name or not ("Glucora now
    costs ..." against "Results were ..."), and the other claim tells."""
    word = _opening_word(c.sentence)
    # (the other claim first: it names the word for few pairs, and the rest is slower to see)
    if not word or (word not in other.names and word not in other.sentence_names):
        return c.names
    if frames.other_drugs(frozenset({word}), c.names):
        return c.names  # "Velbrin targets IL-5, like rivazumab, which was approved in 2015": the rival's
    if frames.two_places(c.subject, word):
        return c.names  # "Louisiana's rate was 39.2%, West Virginia's 41.4%": the second is Virginia's
    return c.names | {word}


@functools.lru_cache(maxsize=8192)
def _opening_word(sentence: str) -> str:
    """The capitalized word a sentence opens with, when it could be a name
    (not "The", "In", "Among": no stop word)."""
    first = OPENING_WORD.match(sentence)
    word = first.group(1).lower() if first else ""
    return "" if word in STOP_WORDS else word


def _same_qualifiers(a: Comparable, b: Comparable) -> bool:
    """Qualifying words that differ only by places one side names in its opening
    ("In Europe, 20%...") and the other among its measure words ("20% of cars
    sold in Europe")."""
    # when both give as-of dates, the year tags of their measure keys are read by
    # the as-of frame (_same_frame) instead
    both_dated = bool(a.as_of and b.as_of)
    # a vote is cast once: its dates are _one_vote's, read whichever sentence gives them
    tally = a.statistic.startswith("tally_")
    for prefix in rules.ONE_SIDED_QUALIFIER_PREFIXES:
        # a comparator or a price's unit only one side names may be the other's:
        # "fewer than the background rate" and "fewer than on the daily pill"
        # differ, "fewer" may be either; so may "$3" against "$2.99 a dose"
        tags_a, tags_b = _tagged(a, prefix), _tagged(b, prefix)
        if tags_a and tags_b and not tags_a & tags_b:
            return False
    motions_agree = _same_motion(a, b)
    differing = {w for w in a.qualifier_words ^ b.qualifier_words
                 if not ((both_dated or tally) and w.startswith(rules.AS_OF_PREFIX))
                 and not (motions_agree and w.startswith(rules.MOTION_PREFIX))
                 and not (tally and _topic_against_none(w, b if w in a.qualifier_words else a))
                 and not w.startswith(rules.ONE_SIDED_QUALIFIER_PREFIXES)
                 and not _period_said_elsewhere(w, a if w not in a.qualifier_words else b)
                 and not _period_of_a_share(w, a if w not in a.qualifier_words else b)
                 and not _describes_comparator(w, a if w in a.qualifier_words else b)
                 and not _pooled_or_whole(w, *((b, a) if w not in a.qualifier_words else (a, b)))}
    if any(not word.startswith(rules.PLACE_PREFIX) for word in differing):
        return False
    # a place only one side names leaves the other unplaced, and "Gaines County"
    # against "the county" is one place named more closely (a weaker match, not
    # another measure); places each side names and the other does not differ
    places_a = {w for w in a.qualifier_words if w.startswith(rules.PLACE_PREFIX)}
    places_b = {w for w in b.qualifier_words if w.startswith(rules.PLACE_PREFIX)}
    unexplained_a = {w for w in places_a - places_b if w[len(rules.PLACE_PREFIX):] not in b.words.split()}
    unexplained_b = {w for w in places_b - places_a if w[len(rules.PLACE_PREFIX):] not in a.words.split()}
    if _placed_elsewhere(unexplained_a, b) or _placed_elsewhere(unexplained_b, a):
        return False
    return not (unexplained_a and places_b) or not (unexplained_b and places_a)


def _placed_elsewhere(places: set[str], unplaced: Comparable) -> bool:
    """Whether a figure whose sentence names no place is of its article's home
    state, and that is none of the states the other figure names: "In Arizona,
    10,990 people tested positive" and "the state counted 7,393 cases" in a story
    on California. (Not "Arizona alone reported 10,990 cases" in that story.)"""
    states = {w for w in places if w[len(rules.PLACE_PREFIX):] in _STATE_STEMS}
    return bool(states) and bool(unplaced.home_place) and unplaced.home_place not in states \
        and not any(w.startswith(rules.PLACE_PREFIX) for w in unplaced.qualifier_words) \
        and not states_named(unplaced.sentence)


_STATE_STEMS = {stem(s) for s in rules.US_STATES}


def _pooled_or_whole(word: str, pooled: Comparable, lacking: Comparable) -> bool:
    """Whether a pooling word only one side has may leave the other's figure the
    same whole: "the program enrolled 2,800 women" is the total that "three
    studies together enrolled 3,000" gives, unless it names one trial or one of
    the parts the pooled figure's sentence names ("AVON and BRIX together")."""
    return word in _POOLED and not lacking.qualifiers["trial"] \
        and not (lacking.subject and _coordinated(pooled.sentence, lacking.subject))


@functools.lru_cache(maxsize=4096)
def _coordinated(sentence: str, name: str) -> bool:
    """Whether a sentence names `name` with another name joined by "and", "or" or
    a comma ("the AVON and BRIX studies", "BRIX, AVON"): one of several."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE):
        before, after = sentence[:m.start()], sentence[m.end():]
        if _JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before):
            return True
    return False


_JOINED_AFTER = re.compile(r"(?:['’]s)?\s*(?:,|and\b|or\b|&)\s*[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w-]*\s*(?:,|\band|\bor|&)\s*$")
_POOLED = {stem(w) for w in rules.POOLING_WORDS}


def _describes_comparator(word: str, having: Comparable) -> bool:
    """Whether a qualifying word is its comparator's ("89% more effective than
    once-daily Truvada": daily is Truvada's schedule, not the measure's)."""
    return rules.VERSUS_PREFIX + word in having.qualifier_words


def _period_said_elsewhere(word: str, lacking: Comparable) -> bool:
    """A period one count has and the other's sentence states away from its
    figure ("Each year the virus causes 6,000 to 10,000 deaths"): both are
    yearly. (A price's period is read at the price only: "a month's supply ...
    Wegovy's $1,349" names no monthly price of what the plan pays.) A dose
    naming no period may be of any."""
    if lacking.kind == "dose":
        # a dose is given for its regimen's period: "2.4 mg" naming none may be
        # the weekly one, though not when it names another ("0.3 mg daily")
        return word in _PERIODS and not lacking.qualifier_words & _PERIODS
    return lacking.kind == "count" and word in _PERIODS and periodic(lacking.sentence)


_PERIODS = set(rules.PERIOD_QUALIFIERS.values())


def _period_of_a_share(word: str, lacking: Comparable) -> bool:
    """A period one share has and the other lacks: the period is the rate's it
    is a share of ("cut the annualized bleeding rate by 71%", "cut bleeds by
    73%"), and a share of a yearly rate is the share of the rate. (Two shares
    naming two periods differ.)"""
    return lacking.kind == "percent" and word in _PERIODS and not lacking.qualifier_words & _PERIODS


def _tagged(c: Comparable, prefix: str) -> frozenset[str]:
    return _words_tagged(c.qualifier_words, prefix)


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _words_tagged(qualifier_words: frozenset[str], prefix: str) -> frozenset[str]:
    return frozenset(w for w in qualifier_words if w.startswith(prefix))


def _consensus(members: list[Comparable]) -> Comparable:
    """The claim whose value the most sources share (ties: the first in claims.csv)."""
    by_value: dict[tuple[float, float], set[str]] = defaultdict(set)
    for c in members:
        by_value[(c.low, c.high)].add(c.source)
    value = max(by_value, key=lambda v: (len(by_value[v]), -v[0], -v[1]))
    return min((c for c in members if (c.low, c.high) == value), key=lambda c: c.order)


def _overlap(a: Comparable, b: Comparable) -> bool:
    """Whether one value can be what both claims state. Intervals that only
    touch are the rounding ranges of neighbouring figures ("three" is 2.5 to
    3.5, "four" 3.5 to 4.5): they share no value unless one of them is that
    point (an exact year, a value at the end of a range)."""
    if a.high < 0 < b.low or b.high < 0 < a.low:
        # "down 41.2%" and "(−41.2%)": one fall, written with and without its sign
        b = dataclasses.replace(b, low=-b.high, high=-b.low, interval=(-b.interval[1], -b.interval[0]))
    if _stated_range(a) and _stated_range(b):
        return _same_ends(a, b)
    if a.kind == "age" and rules.INDICATED_AGE_KEY in a.keys & b.keys and _age_shape(a) == _age_shape(b) == "open":
        # "cleared for adults 65 and older" and "for adults 55 and older": the
        # bound is the value (both groups share ages, not one indication)
        return a.interval == b.interval
    if _bounds_alike(a, b):
        # "a count of at least 150 cells" and "of at least 300": two thresholds,
        # each bound is the value ("at least 9 million" and "more than 9 million" agree)
        return math.isclose(a.low * unit_factor(a), b.low * unit_factor(b)) if a.interval[1] == math.inf \
            else math.isclose(a.high * unit_factor(a), b.high * unit_factor(b))
    lo, hi = max(a.interval[0], b.interval[0]), min(a.interval[1], b.interval[1])
    if lo != hi:
        return lo < hi
    return a.interval[0] == a.interval[1] or b.interval[0] == b.interval[1]


def _bounds_alike(a: Comparable, b: Comparable) -> bool:
    """Whether both figures are bounds open the same way ("at least", "more than";
    or "up to", "under")."""
    return (a.interval[1] == b.interval[1] == math.inf) or (a.interval[0] == b.interval[0] == -math.inf)


def _stated_range(c: Comparable) -> bool:
    """A range given as the value ("6,000 to 10,000 deaths a year"): two sources
    giving one estimate's range agree on its ends, not on some value in
    both. Not an age band or a span of years (they name groups and periods)."""
    return c.low < c.high and c.kind not in RANGE_KINDS_AS_SPANS and not any(map(math.isinf, c.interval))


def _same_ends(a: Comparable, b: Comparable) -> bool:
    """Whether two ranges have the same ends, within their rounding: a
    twentieth of each end ("$5 billion" and "$5.1 billion" are one end)."""
    factor_a, factor_b = unit_factor(a), unit_factor(b)
    slack = (a.low * factor_a - a.interval[0]) + (b.low * factor_b - b.interval[0])
    for end_a, end_b in ((a.low * factor_a, b.low * factor_b), (a.high * factor_a, b.high * factor_b)):
        if abs(end_a - end_b) > max(slack, APPROX_SHARE * max(abs(end_a), abs(end_b))):
            return False
    return True


def _difference(a: Comparable, b: Comparable) -> float:
    if a.high < b.low:
        return b.low - a.high
    if b.high < a.low:
        return a.low - b.high
    return 0.0


def _qualifier_notes(a: Comparable, b: Comparable) -> tuple[list[str], list[str], list[str]]:
    """The qualifiers both name alike, those they name differently, and those
    only one names: the words that explain a conflict's confidence."""
    same, differ, one_sided = [], [], []
    for q in QUALIFIERS:
        va, vb = a.qualifiers[q], b.qualifiers[q]
        if q == "trial" and va and vb and _other_kinds_of_trial_name(va, vb):
            continue  # "NCT04184622" and "SURMOUNT-1" may name one trial
        if va and vb:
            by_agreement = " (one by the figures it agrees with)" if q in a.implied | b.implied else ""
            (same if va == vb else differ).append(f"both say {q} {va}{by_agreement}" if va == vb
                                                  else f"{q} {va} vs {q} {vb}{by_agreement}")
        elif (va or vb) and q not in a.implied | b.implied:  # an implied one is no evidence against
            one_sided.append(f"only one says {q} {va or vb}")
    for word in sorted(a.qualifier_words ^ b.qualifier_words):
        if word.startswith(rules.PLACE_PREFIX):
            one_sided.append(f"only one says {word[len(rules.PLACE_PREFIX):]}")
        elif word.startswith(rules.DATA_CUT_PREFIX):  # an interim look's figure may not be the final one's
            one_sided.append(f"only one says {word[len(rules.DATA_CUT_PREFIX):]} analysis")
    # qualifying words both name ("dose-1-dose", "place-county", "severe")
    same += [f"both say {word}" for word in sorted(a.qualifier_words & b.qualifier_words)
             if not word.startswith(rules.AS_OF_PREFIX)]
    kind_word = frames.event_kind_word(a.sentence, a.text) if a.event else ""
    if kind_word and kind_word == frames.event_kind_word(b.sentence, b.text):
        # "full approval" at both: not the plain "approval" that may be another (an accelerated) one
        same.append(f"both say {kind_word} {a.event}")
    if a.event != b.event:
        one_sided.append(f"only one says {a.event if len(a.event) > len(b.event) else b.event}")
    if a.as_of and b.as_of:
        same.append("both say as of " + "/".join(sorted(a.as_of & b.as_of) or sorted(a.as_of | b.as_of)))
    elif a.as_of or b.as_of:
        one_sided.append("only one says as of " + " ".join(sorted(a.as_of | b.as_of)))
    return same, differ, one_sided


@dataclass(frozen=True)
class Evidence:
    """How certain it is that two conflicting claims state one quantity."""
    confidence: float
    matched: tuple[str, ...]  # the frame fields that matched, for the reader
    notes: tuple[str, ...] = ()  # qualifiers named differently or by one side only, then those named alike
    ambiguous: bool = False  # a source gives several values for what the frame calls one quantity


# What each piece of evidence adds to (or takes from) a conflict's confidence.
CONFIDENCE_BASE = 0.45
CONFIDENCE_SUBJECT = {frames.SUBJECT_STRONG: 0.25, frames.SUBJECT_SHARED: 0.1, frames.SUBJECT_UNKNOWN: 0.0}
CONFIDENCE_EVENT_UNNAMED = -0.1  # an event date naming nothing it is the event of
CONFIDENCE_SAME_ARM = 0.1  # both name the group the figure is about
CONFIDENCE_SAME_QUALIFIER = 0.05  # per qualifier both name alike (at most 3)
# and more when both are given for one date or period: the frame's time, which
# most other figures of a topic differ by ("386 deaths in 2023" and "367 in 2023")
CONFIDENCE_SAME_AS_OF = 0.05
CONFIDENCE_ONE_SIDED = -0.05  # per qualifier only one names (at most 3): a date, a place, a timepoint
CONFIDENCE_ONE_SIDED_STUDY = -0.1  # and more per study qualifier only one names (phase, trial, design)
CONFIDENCE_DIFFERENT_QUALIFIER = -0.3  # phase 2 vs phase 3, another trial
CONFIDENCE_HEDGED = -0.1  # a forecast or a hedged figure
CONFIDENCE_MEASURE = 0.1  # at most, for measures alike beyond the similarity threshold
CONFIDENCE_OTHER_WORDS = -0.1  # one outcome named in other words (remission, improvement)
CONFIDENCE_PART_OF = -0.1  # a count of a kind against a bare count ("two pink tablets", "three tablets")
CONFIDENCE_AMBIGUOUS = -0.3
# two tallies whose clauses tell what was voted on in words that share nothing:
# likely two motions of one body, but one vote is often told in other words
CONFIDENCE_OTHER_MOTION = -0.1
CONFIDENCE_ONE_TALLY = 0.1  # two vote dates beside one tally: the tally names the vote
# two baselines of one record ("the first measles death since 2015"): the record
# names what is dated as an event word would (_one_record)
CONFIDENCE_ONE_RECORD = 0.15
# an event date told of a rival ("its rival Corvex won approval in 2022") against
# one that is not: likely two products' events (but a rival's date is also
# misreported, and then one article calls it the rival and the other names it)
CONFIDENCE_ONE_RIVAL = -0.2
CONFIDENCE_ONE_EARLIER = -0.35  # "the last outbreak was declared over in 2023" against this one's end
CONFIDENCE_FAR_APART = -0.4  # values a factor of three or more apart: see _far_apart
CONFIDENCE_STOCKS_APART = -0.2  # one stock's counts dated to two days: _a_stock_days_apart
CONFIDENCE_SIZES_APART = -0.1  # two study sizes a quarter apart naming no trial in common
CONFIDENCE_BESIDE = 0.15  # both beside one distinctive figure: the same facts told side by side
CONFIDENCE_TRANSPOSED = 0.3  # one value's digits reordered ("17,604" and "17,064"): one figure mistyped
# two event dates each given by another source too: likely two events of a kind
CONFIDENCE_BOTH_CORROBORATED = -0.1
# one agrees with a third source's figure the other conflicts with (_seconded);
# and what two figures' agreeing values add to their frame's evidence
CONFIDENCE_SECONDED = 0.2
# sentences alike by the words rare in their block (likeness.BlockWords): one
# fact told twice shares its distinctive words. The confidence moves by how far
# the likeness (0 to 1) is from SENTENCES_ALIKE_AT, within these bounds.
SENTENCES_ALIKE_AT = 0.12
CONFIDENCE_SENTENCES_ALIKE = (-0.1, 0.2)
SENTENCES_ALIKE_NAMED = 0.1  # what `matched` calls sentences alike
SEVERITY_AT = (("high", 0.7), ("medium", 0.5), ("low", 0.0))


def severity_of(confidence: float) -> str:
    return next(name for name, floor in SEVERITY_AT if confidence >= floor)


def _frame_strength(a: Comparable, b: Comparable) -> tuple[int, int]:
    """How closely b's frame fits a's: subject level (best when a's own nearest
    name is among b's names: "Lyfgenia's is $3.1 million" names Casgevy too, but
    is about Lyfgenia), then qualifiers named alike."""
    # (a qualifier implied by agreement is no fit: it came from agreeing values)
    same = sum(1 for q in QUALIFIERS if a.qualifiers[q] and a.qualifiers[q] == b.qualifiers[q]
               and q not in a.implied | b.implied)
    strong = _subject_level(a, b) == frames.SUBJECT_STRONG
    subject = (2 if a.subject and a.subject in b.names else 1) if strong else 0
    return subject, same + (1 if a.arm and a.arm == b.arm else 0)


def _alternatives(a: Comparable, b: Comparable, same_source: list[Comparable], other_source: list[Comparable],
                  settings: ConflictSettings) -> tuple[bool, bool]:
    """Whether a's source gives other values for b's quantity, in frames that
    fit b at least as well as a's does: (one of them agrees with b, any exist)."""
    # (a's source tells a variant's event from a's: "approved Leqembi Iqlik" is not another value of it,
    # unless b is that variant's: then a's source dates b's event too, and a's is another one's)
    # (of b's kind: "76.4 years" is no other value of a year "since 1996")
    others = [x for x in same_source if x is not a and x.kind == b.kind and (x.low, x.high) != (a.low, a.high)
              and not (x.event and _named_variant(x, a) and not _one_product(x, b))
              and not _enumerated_member(x)
              and _comparable(x, b, settings)]
    if others:  # (mostly none: a's frame is read only when there are values to weigh against it)
        strength, mismatch = _frame_strength(a, b), _study_mismatch(a, b)
        others = [x for x in others if _frame_strength(x, b) >= strength and _study_mismatch(x, b) <= mismatch]
    if not others:
        return False, False
    if any(_overlap(x, b) for x in others):
        return True, True
    # a value that b's source also gives is accounted for: "6 and 9 years old"
    # against "6 and 8" leaves 9 against 8, not an ambiguous pair
    unmatched = [x for x in others if not any(y is not b and _comparable(x, y, settings) and _overlap(x, y)
                                              for y in other_source)]
    return False, bool(unmatched)


def _one_product(x: Comparable, b: Comparable) -> bool:
    """Whether two figures name one product as their subject, and neither a
    variant of the other's ("Leqembi Iqlik, approved on Aug. 29" and "Iqlik was
    approved in August")."""
    return bool(x.subject) and x.subject == b.subject and not _named_variant(x, b)


def _enumerated_member(c: Comparable) -> bool:
    """Whether a count of one opens an enumeration ("One death followed an
    infection, and another a fall"; "one of meningitis and one of dementia"):
    a member of a set the source counts elsewhere, no other value of its total."""
    if c.kind != "count" or c.low != 1 or c.high != 1:
        return False
    at = find_whole(c.sentence, c.text)
    return at >= 0 and bool(_ENUMERATION_NEXT.search(c.sentence, at + len(c.text)))


_ENUMERATION_NEXT = re.compile(r"\b(?:another|the other|and one)\b", re.I)


def _evidence(a: Comparable, b: Comparable, by_source: dict[str, list[Comparable]],
              settings: ConflictSettings, corroborated: bool = False, words: BlockWords | None = None) -> Evidence:
    agrees_a, ambiguous_a = _alternatives(a, b, by_source[a.source], by_source[b.source], settings)
    agrees_b, ambiguous_b = _alternatives(b, a, by_source[b.source], by_source[a.source], settings)
    if agrees_a or agrees_b:
        # the source also gives the other's value: the two agree on it
        return Evidence(0.0, ("another value of the same source agrees",), ambiguous=True)
    transposed = _transposed(a, b)
    if transposed:
        # "4,182" against a source's "4,128" among its other sizes: the digits pick
        # out which of them the figure misreports
        ambiguous_a = ambiguous_b = False
    # (a mistyped figure is compared whatever names its sentences give: _same_frame)
    level = max(_subject_level(a, b), frames.SUBJECT_UNKNOWN)
    same, differ, one_sided = _qualifier_notes(a, b)
    matched = [f"statistic {a.statistic}"]
    if level >= frames.SUBJECT_SHARED:
        matched.append("subject " + " ".join(sorted(a.names & b.names)))
    if a.arm and a.arm == b.arm:
        matched.append(f"arm {a.arm}")
    matched += [note.removeprefix("both say ") for note in same]
    if a.event == rules.VOTE_EVENT:
        matched.append("tally " + "-".join(f"{v:g}" for v in a.tally[:2]))
    other_motions = bool(a.tally and b.tally) and _other_motions(a, b)
    # (compared only as one stock's counts, on two days: _a_stock_days_apart)
    stocks_apart = not (_as_of_compatible(a.as_of, b.as_of) or _one_data_cut(a, b))
    opposed = _opposed_study_qualifiers(a, b)
    unopposed = len(_one_sided_study_qualifiers(a, b)) - opposed
    confidence = (CONFIDENCE_BASE + CONFIDENCE_SUBJECT[level]
                  + (CONFIDENCE_SAME_ARM if a.arm and a.arm == b.arm else 0.0)
                  + CONFIDENCE_SAME_QUALIFIER * min(len(same), 3)
                  + (CONFIDENCE_SAME_AS_OF if a.as_of and b.as_of and not stocks_apart else 0.0)
                  + (CONFIDENCE_STOCKS_APART if stocks_apart else 0.0)
                  + CONFIDENCE_ONE_SIDED * min(len(one_sided) - unopposed, 3)
                  + CONFIDENCE_ONE_SIDED_STUDY * opposed
                  + (CONFIDENCE_DIFFERENT_QUALIFIER if differ else 0.0)
                  + (CONFIDENCE_HEDGED if a.hedge or b.hedge else 0.0)
                  + (CONFIDENCE_ONE_RECORD if _records(a, b) else
                     CONFIDENCE_EVENT_UNNAMED if a.event and not (_named(a) and _named(b)) else 0.0)
                  + CONFIDENCE_MEASURE * _measure_closeness(a, b, settings)
                  + (CONFIDENCE_OTHER_WORDS if a.keys != b.keys and a.kind not in {"count", "date"} else 0.0)
                  + (CONFIDENCE_PART_OF if _one_count_of_a_kind(a, b) else 0.0)
                  + (CONFIDENCE_AMBIGUOUS if ambiguous_a or ambiguous_b else 0.0)
                  + (CONFIDENCE_FAR_APART if _far_apart(a, b) else 0.0)
                  + (CONFIDENCE_OTHER_MOTION if other_motions else 0.0)
                  + (CONFIDENCE_ONE_TALLY if a.event == rules.VOTE_EVENT else 0.0)
                  + (CONFIDENCE_ONE_RIVAL if a.event and _of_a_rival(a.sentence) != _of_a_rival(b.sentence)
                     else 0.0)
                  + (CONFIDENCE_ONE_EARLIER
                     if a.event and _of_an_earlier_one(a.sentence) != _of_an_earlier_one(b.sentence) else 0.0))
    if _sizes_apart(a, b):
        confidence += CONFIDENCE_SIZES_APART
    if corroborated:
        confidence += CONFIDENCE_BOTH_CORROBORATED
    if _beside_one_figure(a, b):
        matched.append("beside one figure")
        confidence += CONFIDENCE_BESIDE
    if transposed:
        matched.append("digits transposed")
        confidence += CONFIDENCE_TRANSPOSED
    if words is not None and words.telling:
        alike = _sentences_alike(a, b, words, bool(differ or opposed or ambiguous_a or ambiguous_b))
        confidence += alike
        if alike >= SENTENCES_ALIKE_NAMED:
            matched.append("sentences alike")
    confidence = round(min(max(confidence, 0.01), 0.99), 2)
    notes = differ + one_sided + same + (["the clauses tell of other motions"] if other_motions else []) \
        + (["each date is given by another source too"] if corroborated else [])
    return Evidence(confidence, tuple(matched), tuple(notes), ambiguous_a or ambiguous_b)


def _sentences_alike(a: Comparable, b: Comparable, words: BlockWords, told_apart: bool = False) -> float:
    """What the likeness of two figures' sentences adds to their confidence
    (CONFIDENCE_SENTENCES_ALIKE): "Janssen paid $343 million upfront in 2017"
    and "Janssen paid $230 million for the rights in 2017" share their rare
    words; a figure of another fact shares the measure's words only. Nothing
    above 0 for figures `told_apart` (qualifiers named differently, a source's
    several values): two trials of a drug are reported in the same words."""
    low, high = CONFIDENCE_SENTENCES_ALIKE
    return min(max(words.likeness(a.sentence, b.sentence) - SENTENCES_ALIKE_AT, low), 0.0 if told_apart else high)


def _transposed(a: Comparable, b: Comparable) -> bool:
    """Whether two single values are written with the same digits in another
    order ("1,638" and "1,683", "93.5%" and "95.3%"), at least
    rules.TRANSPOSED_MIN_DIGITS of them: the commonest slip of a copied figure,
    and a coincidence between two quantities too rare to expect."""
    return _digits_swapped(a, b, rules.TRANSPOSED_MIN_DIGITS)


def _tellers(a: Comparable, b: Comparable) -> set[str]:
    """For two announcements, their names, as names and as the stems their words
    are read as: "Acme announced a deal" and "the agency announced a loan to
    Acme" share who told of something, not what was told."""
    if a.event != rules.ANNOUNCEMENT_EVENT:
        return set()
    names = a.names | b.names
    return set(names) | {stem(n) for n in names}


def _what_happened(c: Comparable) -> set[str]:
    """The words and names an event date's sentence gives besides its event
    and the places and agencies it names (frames.PLACE_AND_REGULATOR_WORDS)."""
    return (set(c.words.split()) | c.names) - c.keys - rules.EVENT_VERB_STEMS - frames.PLACE_AND_REGULATOR_WORDS


def _measure_terms(c: Comparable) -> set[str]:
    return set(c.words.split()) | c.keys | c.names


def _magnitude_kept(a: Comparable, b: Comparable) -> bool:
    """Whether two values are within a factor of ten: reordering digits keeps
    their number ("1,638" and "1,683"), not a scale ("1.25 billion" and "251",
    "24 hours" and "42 days")."""
    small, large = sorted((_magnitude(a), _magnitude(b)))
    return small > 0 and large / small < 10


def _reordered(digits_a: str, digits_b: str, min_digits: int = rules.TRANSPOSED_MIN_DIGITS) -> bool:
    """Whether two digit strings are one another's digits in another order, at
    least min_digits of them ("1638" and "1683")."""
    # (lengths first: most pairs differ there, and sorting costs more)
    return len(digits_a) >= min_digits and len(digits_a) == len(digits_b) and digits_a != digits_b \
        and sorted(digits_a) == sorted(digits_b)


def _sizes_apart(a: Comparable, b: Comparable) -> bool:
    """Whether two study sizes that name no trial in common differ by
    rules.SIZES_APART_RATIO or more: a misreported size is a slip of a digit, a
    rounding or another count of the same people (enrolled, treated); sizes
    that far apart are more often two studies, or a study and its part."""
    if a.statistic != "sample_size" or (a.qualifiers["trial"] and a.qualifiers["trial"] == b.qualifiers["trial"]):
        return False
    small, large = sorted((abs(a.low), abs(b.low)))
    return small > 0 and large / small >= rules.SIZES_APART_RATIO and not _transposed(a, b)


@functools.lru_cache(maxsize=16384)  # asked of each claim again for every pair it is in
def _significant_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit()).lstrip("0")


def _far_apart(a: Comparable, b: Comparable) -> bool:
    """Whether two values differ by a factor of FAR_APART_RATIO or more: a
    misreport changes a digit, a rounding or an arm, and figures that far apart
    are more often two quantities (a list price and a copay, a total and a part,
    all users and one dose group) that the sentences did not tell apart.
    (Not dates, and not small counts: "0 vs 1", "2 vs 7" deaths.)"""
    if a.kind == "date" or (_stated_range(a) and _stated_range(b) and (a.low == b.low or a.high == b.high)):
        return False  # ("$50 to $2,000" and "$500 to $2,000": one range, an end misread)
    small, large = sorted((abs(a.low), abs(b.low)))
    return small > 0 and large >= rules.FAR_APART_MIN and large / small >= rules.FAR_APART_RATIO \
        and not _digits_swapped(a, b)


def _digits_swapped(a: Comparable, b: Comparable, min_digits: int = 2) -> bool:
    """Whether two single values are written with the same digits (min_digits or
    more) in another order ("14" and "41"): a figure that far from the other may
    be it miscopied, so the distance tells nothing of whether they are one
    quantity (that two-digit coincidences are common is why only three or more
    are evidence: _transposed)."""
    if a.low != a.high or b.low != b.high:
        return False
    return _reordered(_significant_digits(a.text), _significant_digits(b.text), min_digits)


def _named(c: Comparable) -> bool:
    """Whether a claim names anything: at its figure (a participle phrase's
    name, "Glucora, approved in ...", may open the sentence) or in its sentence."""
    return bool(c.names or c.sentence_names)


def _one_sided_study_qualifiers(a: Comparable, b: Comparable) -> list[tuple[str, str, Comparable]]:
    """The study qualifiers (phase, trial, design) only one of the two names:
    (qualifier, its value, the claim that does not name it)."""
    return [(q, a.qualifiers[q] or b.qualifiers[q], b if a.qualifiers[q] else a) for q in STUDY_QUALIFIERS
            if bool(a.qualifiers[q]) != bool(b.qualifiers[q]) and q not in a.implied | b.implied]


def _opposed_study_qualifiers(a: Comparable, b: Comparable) -> int:
    """How many study qualifiers one side names while the other's article names
    another study of that kind somewhere: its figure may be that study's. An
    article naming no other study speaks of one, the one the other side names."""
    return sum(1 for q, value, silent in _one_sided_study_qualifiers(a, b)
               if q in DEFAULT_STUDY_QUALIFIERS or (q == "trial" and not _registry_ids(value))
               or any(s.startswith(q + "=") and s != f"{q}={value}" for s in silent.source_studies))


def _registry_ids(trial: str) -> bool:
    """Whether a trial is named only by registry ids ("NCT03887455"): the name
    abstracts give the study a whole article is about, which news stories never
    use; a trial's own name ("EPIC-SR") they do use, so one side naming it and
    the other not may be two studies."""
    return all(rules.REGISTRY_ID.fullmatch(part) for part in trial.split("+"))


def _other_kinds_of_trial_name(a: str, b: str) -> bool:
    """Whether two trial qualifiers may name one trial though they differ: one
    by registry ids only and the other by its own name ("NCT04184622",
    "SURMOUNT-1": abstracts give the one, stories the other), or one among the
    several trials of the other's sentence ("PURPOSE 2", "PURPOSE 1+PURPOSE 2")."""
    trials_a, trials_b = set(a.split("+")), set(b.split("+"))
    return _registry_ids(a) != _registry_ids(b) or trials_a < trials_b or trials_b < trials_a


def _study_mismatch(a: Comparable, b: Comparable) -> int:
    """How many study qualifiers set a's study apart from b's: named differently,
    or by one side against the other's article (an open-label extension's
    deaths are no other value for the main trial's)."""
    differ = sum(1 for q in STUDY_QUALIFIERS if a.qualifiers[q] and b.qualifiers[q]
                 and a.qualifiers[q] != b.qualifiers[q]
                 and not (q == "trial" and _other_kinds_of_trial_name(a.qualifiers[q], b.qualifiers[q])))
    return differ + _opposed_study_qualifiers(a, b)


def _measure_closeness(a: Comparable, b: Comparable, settings: ConflictSettings) -> float:
    """0..1: how far beyond the similarity threshold the two measures are alike
    (1 for measures named by the same key: a vote, an approval date)."""
    if a.keys != b.keys and a.kind not in {"count", "date"}:
        return 0.0  # outcomes of one family in other words
    if _abbreviated_measure(a, b):
        return 1.0  # named by one abbreviation that one of them spells out
    if a.keys or b.keys or a.kind in {"count", "date"}:
        return 1.0
    ratio = fuzz.token_sort_ratio(a.words, b.words)
    return max(0.0, (ratio - settings.similarity) / max(100.0 - settings.similarity, 1.0))


def compare_block(members: list[Comparable], settings: ConflictSettings,
                  make_record: Callable[[Comparable, Comparable, Evidence], dict] | None = None) -> BlockResult:
    """Compares the claims of one block: pair by pair up to PAIRWISE_BLOCK
    members, else each with the block's consensus. `make_record(a, b,
    evidence)` makes the record of a conflict (default: ``conflict_record``)."""
    make_record = make_record or conflict_record
    result = BlockResult(records=[], agree=defaultdict(set))
    if len(members) <= PAIRWISE_BLOCK:
        members = _with_implied_studies(members, settings)
    by_source: dict[str, list[Comparable]] = defaultdict(list)
    for c in members:
        by_source[c.source].append(c)

    differing: list[tuple[Comparable, Comparable]] = []
    agreeing: dict[str, list[Comparable]] = defaultdict(list)  # for _seconded

    def compare(a: Comparable, b: Comparable) -> None:
        if not _comparable(a, b, settings):
            return
        # (digits reordered are a figure mistyped, however near: "an estimated 80,931" and "80,391")
        if (_overlap(a, b) and not _transposed(a, b)) or _swapped_sides(a, b):
            result.agree[a.claim_id].add(b.source)
            result.agree[b.claim_id].add(a.source)
            agreeing[a.claim_id].append(b)
            agreeing[b.claim_id].append(a)
            return
        differing.append((a, b) if a.order < b.order else (b, a))

    if len(members) <= PAIRWISE_BLOCK:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                compare(a, b)
    else:
        consensus = _consensus(members)
        for c in members:
            if c is not consensus:
                compare(consensus, c)
    # the evidence last: it reads which values other sources of the block agree with
    words = BlockWords(c.sentence for c in members) if differing else None  # (most blocks only agree)
    found = [(a, b, _evidence(a, b, by_source, settings, _both_corroborated(a, b, result.agree), words))
             for a, b in differing]
    certain = {_ordered_ids(a, b): evidence.confidence for a, b, evidence in found}
    for a, b, evidence in found:
        seconded = _seconded(a, b, evidence, agreeing, certain, by_source, settings, words)
        result.records.append(make_record(a, b, seconded))
    return result


def _seconded(a: Comparable, b: Comparable, evidence: Evidence, agreeing: dict[str, list[Comparable]],
              certain: dict[tuple[str, str], float], by_source: dict[str, list[Comparable]],
              settings: ConflictSettings, words: BlockWords | None) -> Evidence:
    """The evidence of a pair, more certain when a third source's figure agrees
    with one of them and conflicts with the other ("an estimated 31%" agreeing
    with a trial's 31% at six months, which another source's 45% at six months
    contradicts): the two are then likely one measure too, as certain as the
    weaker link of that chain, and by CONFIDENCE_SECONDED more at most."""
    best, by = evidence.confidence, None
    for one, other in ((a, b), (b, a)) if evidence.confidence > 0 else ():
        for third in agreeing.get(one.claim_id, ()):
            conflict = certain.get(_ordered_ids(third, other), 0.0)
            if third.source in (a.source, b.source) or conflict <= best:
                continue
            first, second = sorted((one, third), key=lambda c: c.order)
            if _told_apart(first, second):
                continue  # agreeing by chance: a rival's date may be the product's month
            # (a frame the agreeing pair leaves open may be open in the conflicting
            # pair too: that their values agree is the evidence they are one measure)
            agreement = _evidence(first, second, by_source, settings, words=words).confidence
            chain = min(conflict, agreement + CONFIDENCE_SECONDED, evidence.confidence + CONFIDENCE_SECONDED)
            if chain > best:
                best, by = chain, third
    if by is None:
        return evidence
    return replace(evidence, confidence=round(best, 2),
                   matched=evidence.matched + (f"agrees with {by.source}, which conflicts too",))


def _told_apart(a: Comparable, b: Comparable) -> bool:
    """Whether what two figures' sentences say tells them apart, not only
    leaves one open: qualifiers named differently ("phase 2" and "phase 3"), a
    study one names that the other's article names another of, or an event one
    tells as a rival's or an earlier one's and the other does not."""
    return bool(_qualifier_notes(a, b)[1]) or _opposed_study_qualifiers(a, b) > 0 or bool(a.event) and (
        _of_a_rival(a.sentence) != _of_a_rival(b.sentence)
        or _of_an_earlier_one(a.sentence) != _of_an_earlier_one(b.sentence))


def _ordered_ids(a: Comparable, b: Comparable) -> tuple[str, str]:
    return (a.claim_id, b.claim_id) if a.order < b.order else (b.claim_id, a.claim_id)


def _one_month(a: Comparable, b: Comparable) -> bool:
    """Whether two dates name the same month of their years: a year slipped in
    copying keeps its month, and two events of a kind seldom share one."""
    return len(a.display) >= 7 and len(b.display) >= 7 and a.display[5:7] == b.display[5:7]


def _both_corroborated(a: Comparable, b: Comparable, agree: dict[str, Collection[str]]) -> bool:
    """Whether two event dates in other months are each given by another source
    as well: two events of a kind (a first approval and a later one), more
    likely than one date misreported alike by two sources."""
    if a.kind != "date" or not (a.event or b.event) or _one_month(a, b):
        return False
    return bool(set(agree.get(a.claim_id, ())) - {b.source}) and bool(set(agree.get(b.claim_id, ())) - {a.source})


def _with_implied_studies(members: list[Comparable], settings: ConflictSettings) -> list[Comparable]:
    """Members naming no trial (or phase) take the one named at every figure of
    other sources they agree with: "about 2,200 adults" in a story naming no
    trial is the size of the trial whose 2,246 it matches, not of another."""
    out = []
    # (most blocks have few members naming a trial or a phase, or none)
    naming = {q: [m for m in members if m.qualifiers[q]] for q in IMPLIED_QUALIFIERS}
    for c in members:
        implied = {}
        for q in IMPLIED_QUALIFIERS:
            if c.qualifiers[q]:
                continue
            named = {m.qualifiers[q] for m in naming[q] if m.source != c.source
                     and _overlap(c, m) and _comparable(c, m, settings)}
            if len(named) == 1:
                implied[q] = named.pop()
        out.append(replace(c, qualifiers={**c.qualifiers, **implied}, implied=frozenset(implied))
                   if implied else c)
    return out


def blocks_of(claims: list[Comparable]) -> dict[str, list[Comparable]]:
    """Claims by block, each block in claims.csv order; blocks of one claim left out."""
    blocks: dict[str, list[Comparable]] = defaultdict(list)
    for c in claims:
        for key in block_keys(c):
            blocks[key].append(c)
    return {k: sorted(v, key=lambda c: c.order) for k, v in blocks.items() if len(v) > 1}


def conflict_id(claim_a: str, claim_b: str) -> str:
    """Stable across re-scans: it depends on the two claim ids alone."""
    return "k" + hashlib.sha1(f"{claim_a}|{claim_b}".encode()).hexdigest()[:12]


def merge_blocks(results: list[BlockResult], settings: ConflictSettings,
                 found: set[str] | None = None) -> tuple[list[dict], dict[str, Collection[str]]]:
    """The conflicts of all blocks and, per claim id, the agreeing sources. A
    pair found in several blocks keeps its least certain record (evidence
    against it in any block counts); conflicts below the minimum confidence or
    severity are cut; the most certain come first."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    cutoff = rank[settings.min_severity]
    records: dict[tuple[str, str], dict] = {}
    agree: dict[str, Collection[str]] = {}
    for result in results:
        for r in result.records:
            pair = (r["claim_a"], r["claim_b"])
            have = records.get(pair)
            if have is None or r["confidence"] < have["confidence"]:
                records[pair] = r
        for claim, sources in result.agree.items():
            have = agree.get(claim)
            # a claim in one block (most are) keeps that block's sources as they are
            agree[claim] = sources if have is None else set(have) | set(sources)
    if found is not None:
        # every conflict found, before the cuts: a reviewer's decision on one is not stale
        found.update(conflict_id(a, b) for (a, b), r in records.items() if r["confidence"] > 0)
    # a confidence of 0 is a pair another value of a source explains: never reported
    kept = [r for r in records.values()
            if r["confidence"] > 0 and r["confidence"] >= settings.min_confidence and rank[r["severity"]] <= cutoff]
    ordered = sorted(kept, key=lambda r: (-r["confidence"], rank[r["severity"]], -r["_relative"], r["source_a"],
                                          r["source_b"], r["claim_a"], r["claim_b"]))
    return ordered, agree


def conflicts_frame(records: list[dict]) -> pd.DataFrame:
    import pandas as pd
    return pd.DataFrame(records, columns=CONFLICT_COLUMNS + ["_relative"]).drop(columns=["_relative"])


def find_conflicts(frame: pd.DataFrame, settings: ConflictSettings | None = None,
                   rows: list[dict] | None = None) -> tuple[pd.DataFrame, pd.Series]:
    """Conflicting pairs of claims (a DataFrame of CONFLICT_COLUMNS, most severe
    first) and, for every claim, how many other sources agree with it. `rows`
    are the frame's rows as dicts, in its order, when the caller has them."""
    import pandas as pd
    settings = settings or ConflictSettings()
    if rows is None:
        rows = frame.to_dict("records")  # read once: per-row pandas access dominated the stage
    blocks = blocks_of(comparable_claims(rows))
    records, agree = merge_blocks([compare_block(m, settings) for m in blocks.values()], settings)
    counts = pd.Series([len(agree.get(r["claim_id"], ())) for r in rows], index=frame.index, dtype="int64")
    return conflicts_frame(records), counts


def conflict_record(a: Comparable, b: Comparable, evidence: Evidence | None = None) -> dict:
    """The report of a conflict between `a` and `b` (a first in claims.csv)."""
    evidence = evidence or Evidence(CONFIDENCE_BASE, ())
    diff = _difference(a, b)
    unit_word = "points" if b.unit == "%" else ("years" if a.kind == "date" else b.unit)
    hedged = "; ".join(sorted({f"{x.source} is a {x.hedge}" + (f" (published {x.published})"
                                                                 if x.published else "")
                               for x in (a, b) if x.hedge}))
    reason = f"{a.label}: {a.display} vs {b.display}"
    if evidence.notes:
        reason += "; " + "; ".join(evidence.notes)
    if evidence.ambiguous:
        reason += "; a source gives several values for this measure"
    if hedged:
        reason += "; " + hedged
    reason += f"; values differ by {format_number(round(diff, 6))} {unit_word}".rstrip()
    scale = max(abs(a.low), abs(a.high), abs(b.low), abs(b.high), 1e-9)
    return {
        "conflict_id": conflict_id(a.claim_id, b.claim_id),
        "confidence": evidence.confidence,
        "severity": severity_of(evidence.confidence),
        "claim_a": a.claim_id,
        "claim_b": b.claim_id,
        "source_a": a.source,
        "source_b": b.source,
        "measure": a.label,
        "text_a": a.text,
        "text_b": b.text,
        "value_a": a.display,
        "value_b": b.display,
        "difference": diff,
        "reason": reason + ".",
        "matched": "; ".join(evidence.matched),
        "hedged": hedged,
        "published_a": a.published,
        "published_b": b.published,
        "sentence_a": a.sentence,
        "sentence_b": b.sentence,
        "_relative": diff / scale,
    }
