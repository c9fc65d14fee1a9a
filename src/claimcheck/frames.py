"""Claim frames: what a figure is about, beyond its measure words.

A claim's frame holds its **subject** (the names around it: the product, drug,
trial, agency), its **status** (fact, forecast, or a figure the text does not
assert: a hypothetical, a negated or a disputed one) and its **as-of dates**
(the dates its sentence gives it). The conflict stage compares two claims only
when their frames are compatible (conflicts.py); these functions read the
frame from text and decide compatibility. Cue words are data in rules.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from babel import Locale
from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck import rules

# A word that can be (part of) a name: capitalized ("Lilly"), camel-cased
# ("NovoLog"), an acronym ("FDA", "ARIA-E") or a code ("COMP360").
# (or camel case opening lower case: "eGenesis", "uniQure", but not "mAbs" or "mRNA")
_NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][a-z]{3,}[A-Za-z0-9]*)(?:[-‐][A-Za-z0-9]+)*$")
_CAMEL_OPENING_LOWER = re.compile(r"^[a-z]{1,3}[A-Z][a-z]{3,}")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_NOT_NAMES = {w.lower() for w in rules.NOT_NAME_WORDS} | {w for w in rules.LABEL_WORDS if w.isalpha() and len(w) > 3} \
    | set(rules.POPULATION_NOUNS)  # "all Americans aged 75": who, not what a figure is about
# An all-capitals word this long is a shouted dateline or heading ("INDIANAPOLIS"), not an acronym.
_SHOUTED_MIN = 6


@functools.lru_cache(maxsize=16384)
def _name_word(word: str) -> str:
    """The word as a name (lower case, no possessive), or '' when it is not one.
    A name joined to a common word names the name: "MDMA-assisted" is MDMA."""
    word = _POSSESSIVE.sub("", word)
    if _ABBREVIATION.match(word):
        word = word.replace(".", "")  # "U.S." is US
    parts = word.split("-")
    common = next((i for i, part in enumerate(parts) if i and part[:1].islower()), None)
    if common is not None:
        word = "-".join(parts[:common])
    if not _NAME_WORD.match(word):
        return ""
    if word.isupper() and len(word) >= _SHOUTED_MIN:
        return ""
    lower = word.lower()
    if len(lower) < 2 or lower in _NOT_NAMES or not any(c.isalpha() for c in lower):
        return ""
    if lower in STOP_WORDS and not word.isupper():  # "US" is a name, "Us" opens a sentence
        return ""
    lower = rules.DEMONYMS.get(lower, lower)  # "European" names Europe
    return rules.PLACE_ALIASES.get(lower, lower)  # "Britain" is the UK


# Countries of one word, as English writes them (babel's CLDR data): no
# sentence-opening capital hides them ("Pakistan recorded 74 cases").
_COUNTRIES = frozenset(name for code, name in Locale("en").territories.items()
                       if len(code) == 2 and code.isalpha() and name.isalpha())
_COUNTRY_NAMES = frozenset(name.lower() for name in _COUNTRIES)


def _marked_as_name(word: str) -> bool:
    """A sentence's first word is capitalized anyway: a name only when its
    shape says so (camel case, an acronym, a possessive)."""
    bare = _POSSESSIVE.sub("", word)
    return bare != word or any(c.isupper() for c in bare[1:])


def maker_links(sentence: str) -> list[tuple[str, str]]:
    """Pairs of names a sentence gives as one thing's: a maker and its product
    ("Vertex's Casgevy", "Casgevy, developed by Vertex", "Arexvy (GSK)")."""
    out = []
    for pattern in _MAKER_LINKS:
        for m in pattern.finditer(sentence):
            first, second = _name_word(m["first"]), _name_word(m["second"])
            if first and second and first != second and not {first, second} & _GENERIC_NAMES:
                out.append((first, second))
    return out


_NAME = r"[A-Z][A-Za-z0-9]*(?:[-‐][A-Za-z0-9]+)*"
_MAKER_LINKS = [re.compile(p) for p in (
    # "Vertex's Casgevy", "Lilly's Alzheimer drug Kisunla"
    rf"(?<![\w-])(?P<first>{_NAME})(?:['’]s|(?<=s)['’])\s+(?:[a-z][a-z-]*\s+){{0,{rules.MAKER_POSSESSIVE_GAP}}}"
    rf"(?P<second>{_NAME})(?![\w'’-])",
    # "Casgevy, developed by Vertex", "Abrysvo from Pfizer"
    rf"(?<![\w-])(?P<first>{_NAME}),?\s+(?:{'|'.join(rules.MAKER_CUES)})\s+(?P<second>{_NAME})(?![\w-])",
    # "Arexvy (GSK)": a name in brackets alone
    rf"(?<![\w-])(?P<first>{_NAME})\s+\((?P<second>{_NAME})\)",
)]


def with_parts(names: Iterable[str]) -> set[str]:
    """Names and the parts of hyphenated ones ("aria-e" is also "aria"; "covid-19"
    "covid"): one text writes "ARIA-E", another "ARIA (edema)"."""
    out = set(names)
    for name in names:
        out.update(part for part in name.split("-") if len(part) >= 2 and part.isalpha())
    return out


def names_in(words: Sequence[str], starts_sentence: bool = False) -> list[str]:
    """The name words among `words` (a clause or sentence, in order), lower
    case. People quoted or cited ("said Jane Roe", "Dr. Roe") are left out:
    they say a figure, it is not about them. In a heading where most words are
    capitalized, only words shaped like names count."""
    return [name for _, name, _ in _indexed_names(words, starts_sentence)]


def _indexed_names(words: Sequence[str], starts_sentence: bool) -> list[tuple[int, str, bool]]:
    """(index of the word, name, whether it is a word of the text) of names_in;
    an acronym made of a run of words at its last word."""
    if not any(w[:1].isupper() or inn_drug_name(w) or _CAMEL_OPENING_LOWER.match(w) for w in words):
        return []  # most clauses: nothing capitalized and no drug, so no name
    alpha = [w for w in words if w[:1].isalpha()]
    title_case = len(alpha) >= 4 and sum(w[:1].isupper() for w in alpha) > 0.75 * len(alpha)
    out: list[tuple[int, str, bool]] = []
    run: list[str] = []  # the capitalized words of the name being read, for its acronym
    skip_until = -1
    opens = starts_sentence
    reporters = _reporters(words) | (_dateline(words) if starts_sentence else set())
    for i, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if inn_drug_name(lower) and i > skip_until and (word.islower() or opens):
            # a drug's generic name is a name however it is written ("nivolumab", "Nivolumab was ...")
            out.append((i, lower, True))
            opens = False
            if run:
                out.extend((i - 1, a, False) for a in _acronym(run))
                run = []
            continue
        name = "" if i <= skip_until or i in reporters else _name_word(word)
        if name and (opens or title_case) and not _marked_as_name(word) and not _reports_on_its_own(words, i) \
                and not (opens and (word in _COUNTRIES or _alias_follows(words, i) or _bracketed_alone(words, i))):
            name = ""  # (a country is a name wherever it stands: "Pakistan recorded 74 cases")
        opens = word in rules.OPENING_MARKS
        spoken_after = lower in rules.REPORTING_VERBS and i and words[i - 1][:1].isupper()
        if lower in rules.SOURCE_PHRASE_OPENERS:
            # "according to provisional data from the Centers for Disease Control and
            # Prevention, ...": the whole phrase up to its comma names the source
            skip_until = next((k for k in range(i + 1, min(len(words), i + rules.SOURCE_PHRASE_REACH))
                               if words[k] in {",", ";", ":"}), i + rules.SPEAKER_NAME_REACH)
        elif lower in rules.SPEAKER_CUES_BEFORE and not spoken_after:
            # ("..., said Jane Roe"; but "Medexa said Glucora would cost": the speaker came first)
            skip_until = i + rules.SPEAKER_NAME_REACH
        elif lower in rules.MEASURE_OBJECT_CUES:
            # "87.3% efficacy against RSV disease": what a figure protects against is
            # its measure's, not its subject (every article on the topic names it)
            skip_until = i + rules.MEASURE_OBJECT_REACH
        if name:
            out.append((i, name, True))
            if word[1:2].islower():  # acronyms come from spelled-out words only
                run.append(name)
        elif run and lower not in rules.NAME_JOINERS:
            out.extend((i - 1, a, False) for a in _acronym(run))
            run = []
    return out + [(len(words) - 1, a, False) for a in _acronym(run)]


@functools.lru_cache(maxsize=16384)
def inn_drug_name(word: str) -> bool:
    """A lower-case drug name by its INN stem ("tirzepatide", "lecanemab")."""
    return len(word) >= rules.DRUG_NAME_MIN_LENGTH and word.isalpha() and word.islower() \
        and word.endswith(rules.DRUG_NAME_STEMS) and word not in rules.NOT_DRUG_NAMES


def _bracketed_alone(words: Sequence[str], i: int) -> bool:
    """Whether the word at i stands alone in brackets ("semaglutide (Wegovy)"):
    a name given as another's alias, though a bracket opens like a sentence."""
    return 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"


def _alias_follows(words: Sequence[str], i: int) -> bool:
    """Whether the word at i is explained by one word in brackets right after it
    ("Ohtuvayre (ensifentrine) was approved"): a name given with its alias."""
    return i + 3 < len(words) and words[i + 1] == "(" and words[i + 3] == ")" and words[i + 2].isalpha()


def _reports_on_its_own(words: Sequence[str], i: int) -> bool:
    """Whether the word at i says what its own product did ("Moderna has said its
    shot showed"): a name, though it opens the sentence."""
    k = i + 1
    while k < len(words) and words[k].lower() in rules.AUXILIARIES:
        k += 1
    return k + 1 < len(words) and words[k].lower() in rules.REPORTING_VERBS \
        and words[k + 1].lower() in rules.OWNER_WORDS


def _reporters(words: Sequence[str]) -> set[int]:
    """Indices of the words naming who reports a figure ("the CDC had
    confirmed", "Lilly said"): the source of a figure, not what it is about."""
    out: set[int] = set()
    for i, word in enumerate(words):
        if word.lower() not in rules.REPORTING_VERBS or (i and word[:1].isupper()):
            continue  # (a capital inside a sentence is a name's word: "United States")
        if i + 1 < len(words) and words[i + 1].lower() in rules.OWNER_WORDS:
            continue  # "Moderna has said its shot showed 87.3%": the figure is about Moderna's shot
        k = i - 1
        while k >= 0 and words[k].lower() in rules.AUXILIARIES:
            k -= 1
        while k >= 0 and (words[k][:1].isupper() or words[k].lower() in rules.NAME_JOINERS) and i - k <= 8:
            if words[k] not in _COUNTRIES:  # "Pakistan recorded 74 cases": its own cases
                out.add(k)
            k -= 1
    return out


def _dateline(words: Sequence[str]) -> set[int]:
    """Indices of a dateline's place: capitals opening a sentence up to a comma,
    a parenthesis or a dash ("NEW YORK, Nov 5 (Wire) -", "BOSTON -- Medexa said")."""
    k = 0
    while k < len(words) and words[k].isupper() and words[k].isalpha():
        k += 1
    if not (k and k < len(words) and words[k] in {",", "(", *_DASHES}):
        return set()
    # and the rest of it up to its dash: the date and the agency in brackets
    # ("GENEVA, Sept 12 (Atlas Newswire) -": the wire is no subject of the story)
    for j in range(k, min(len(words), k + rules.DATELINE_MAX_WORDS)):
        if words[j] in _DASHES:
            return set(range(j))
        if words[j][:1].islower():
            break
    return set(range(k))


_DASHES = {"-", "--", "–", "—"}


def _acronym(run: list[str]) -> list[str]:
    """"Food and Drug Administration" is also "fda", and "Centers for Disease
    Control and Prevention" "cdc": reports use either (every prefix of two
    initials or more, since an acronym may leave the last words out)."""
    initials = "".join(w[0] for w in run)
    return [initials[:n] for n in range(2, len(initials) + 1)]


_SENTENCE_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[\w'’\-‐]+|[^\w\s]")


@functools.lru_cache(maxsize=8192)
def sentence_names(sentence: str) -> tuple[str, ...]:
    """The names of a whole sentence (names_in over its words); cached: every
    claim of a sentence asks, and both the claims and the conflict stage do."""
    return tuple(names_in(_SENTENCE_WORDS.findall(sentence), starts_sentence=True))


def nearest_name(left: Sequence[str], right: Sequence[str], left_opens_sentence: bool = False) -> str:
    """The name nearest to a figure: the last in its left clause or the first
    in its right clause, whichever is closer (the right one on a tie)."""
    return clause_names(left, right, left_opens_sentence)[0]


def clause_names(left: Sequence[str], right: Sequence[str], left_opens_sentence: bool = False,
                 among: frozenset[str] | None = None) -> tuple[str, list[str]]:
    """The name nearest to a figure between its left and right clause words,
    and all the names of both (names_in of each), kept to those `among` when given."""
    named_left = _indexed_names(left, left_opens_sentence)
    named_right = _indexed_names(right, False)
    comparator = _comparator_start(right)
    if comparator is not None:
        # "the same age range as the Oxford study", "more than Glucora": what the
        # figure is compared with, not what it is about
        named_right = [n for n in named_right if n[0] < comparator]
    if among is not None:
        named_left = [n for n in named_left if n[1] in among]
        named_right = [n for n in named_right if n[1] in among]
    # the nearest is a word of the text, not an acronym made of its words ("hh" of "Humalog and Humulin");
    # and a thing's name before a place's ("Casgevy would carry a U.S. list price of $2.2 million")
    found = [(len(left) - 1 - i, 1, name) for i, name, word in named_left if word]
    found += [(i, 0, name) for i, name, word in named_right if word]
    found = [f for f in found if f[2] not in _JURISDICTION_NAMES and f[2] not in _COUNTRY_NAMES] or found
    # a brand or a trial before a generic name, which tells two drugs apart but
    # names no subject of its own (subject_match)
    found = [f for f in found if not inn_drug_name(f[2])] or found
    return (min(found)[2] if found else ""), [name for _, name, _ in named_left + named_right]


def comparator_names(right: Sequence[str]) -> set[str]:
    """The names of the second term of a comparison in the words after a figure
    ("the same age range as the UK study": uk), or none."""
    start = _comparator_start(right)
    return {name for _, name, _ in _indexed_names(right[start:], False)} if start is not None else set()


def _comparator_start(right: Sequence[str]) -> int | None:
    """Where a comparison's second term starts in a figure's right clause: after
    "than", or after "as" once "same" has come ("the same range as ...")."""
    lowers = [w.lower() for w in right]
    for i, w in enumerate(lowers):
        if w == "than" or (w == "as" and "same" in lowers[:i]):
            return i + 1
    return None


def last_name(words: Sequence[str], starts_sentence: bool = False) -> str:
    """The last name among `words` that is a word of the text (not an acronym
    made of words): the subject of a figure whose own clause names nothing
    ("Humalog's list price is now $66.40, down 76%": Humalog)."""
    named = [name for _, name, word in _indexed_names(words, starts_sentence) if word]
    named = [name for name in named if not inn_drug_name(name)] or named  # as clause_names does
    return named[-1] if named else ""


def status(left_lowers: Sequence[str], hedge_type: str, sentence: str = "", paragraph: str = "",
           kind: str = "", before: str = "") -> str:
    """fact | forecast | hypothetical | negated | disputed | questioned | personal. A figure
    in an if-clause, right after a negation, or in a claim the text reports in
    order to dispute it (any sentence of a fact-check's "CLAIM:" paragraph,
    whose start is `paragraph`, or after a post's or a video's "says" in
    `before`, the sentence up to the figure) or in a question is not
    asserted by the article; one a person tells of themselves ("I lost 60 pounds") is an
    anecdote, no study's or agency's figure. None of these is ever compared."""
    if any(text.lstrip(" '\"“*").lower().startswith(rules.DISPUTED_OPENERS) for text in (sentence, paragraph)):
        return "disputed"
    if _REPORTED_CLAIM.search(_CLAUSE_BREAK.split(before)[-1]):
        # "A post shared widely on Facebook says it kills 9 in 10" (not the verdict
        # after a colon: "The claim that it costs $20,000 is false: the price is $3,250")
        return "disputed"
    if sentence.rstrip(" '\"”)").endswith("?"):
        return "questioned"  # "Was there a 7-5 vote?": asked, not asserted
    window = [w for w in left_lowers[-rules.STATUS_REACH:]]
    if any(w in rules.HYPOTHETICAL_CUES for w in window):
        return "hypothetical"
    if kind in rules.EXAMPLE_PERSON_KINDS and window[-2:] in rules.EXAMPLE_PERSON_OPENERS:
        return "hypothetical"  # "for a 70 kg adult, the limit is ...": a person taken as an example
    if window and window[-1] in rules.NEGATED_BEFORE or _after_negated_any(window) \
            or (kind not in rules.KINDS_A_NEGATED_VERB_TIMES and _after_negated_verb(window)):
        return "negated"
    if any(w in rules.DISPUTED_CUES for w in window):
        return "disputed"
    if any(w in rules.FIRST_PERSON_SINGULAR for w in window[-rules.PERSONAL_REACH:]):
        return "personal"
    return "forecast" if hedge_type == "forecast" else "fact"


_REPORTED_CLAIM = re.compile(rules.REPORTED_CLAIM)
_CLAUSE_BREAK = re.compile(r"[:;—]")


def _after_negated_verb(window: Sequence[str]) -> bool:
    """Whether a figure is what a negated verb denies ("does not cost $1
    million", "has not killed three in four", "did not work for 9 in 10",
    "nowhere near $1 million"), but not the date "not until 2027" gives."""
    if [w for w in window[-2:]] in rules.NEGATING_PHRASES_BEFORE:
        return True
    for between in range(1, rules.NEGATED_VERB_REACH + 1):
        if len(window) > between and window[-between - 1] in rules.POLARITY_NEGATIONS - {"no", "without"}:
            words = window[-between:]
            return all(w.isalpha() for w in words) and not set(words) & rules.NOT_DENYING_AFTER_NEGATION
    return False


def _after_negated_any(window: Sequence[str]) -> bool:
    """Whether a figure (or the second of a pair: "any 7-5 split") comes right
    after "any" in a negated clause ("found no record of any")."""
    words = list(window)
    while words and (words[-1] in rules.TALLY_CONNECTORS or words[-1].replace(",", "").isdigit()):
        words.pop()  # the pair's first figure and what joins it to this one
    return bool(words) and words[-1] in rules.NEGATIVE_POLARITY_WORDS \
        and any(w in rules.POLARITY_NEGATIONS for w in words)


def as_of_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of as-of dates (ISO prefixes: "2025", "2025-03",
    "2025-03-11") can be one moment: some date of one is a prefix of a date of
    the other. Either empty: nothing says they differ. Dates that open a
    period ("since-2024-08") are compared only with each other: a figure
    holding since August may hold in March."""
    a, b = set(a), set(b)
    before_a, before_b = {d for d in a if d.startswith(BEFORE)}, {d for d in b if d.startswith(BEFORE)}
    if before_a or before_b:
        return _before_holds(before_a, b - before_b) and _before_holds(before_b, a - before_a)
    final_a, final_b = {d for d in a if d.startswith(FINAL)}, {d for d in b if d.startswith(FINAL)}
    if final_a or final_b:
        return _final_holds(final_a, b - final_b) and _final_holds(final_b, a - final_a)
    since_a, since_b = {d for d in a if d.startswith(SINCE)}, {d for d in b if d.startswith(SINCE)}
    if since_a and since_b and not _one_moment(since_a, since_b):
        return False  # "since August" and "since late February": two periods
    if _ended_before(since_a, b - since_b) or _ended_before(since_b, a - since_a):
        return False  # "grown 193% since November 2022" and "a 95% increase in 2021"
    return _one_moment(a - since_a, b - since_b)


def _ended_before(since: set[str], dates: set[str]) -> bool:
    """Whether every date of `dates` has ended before each period of `since`
    opens: a period that opens on a date holds nothing from before it."""
    opens = [d.removeprefix(SINCE).split("/")[0] for d in since]
    ends = [d.split("/")[-1] for d in dates if not d.startswith(_PREFIXES)]
    return bool(opens and ends) and all(e < o[:len(e)] for e in ends for o in opens)


def _one_moment(a: set[str], b: set[str]) -> bool:
    a, b = _most_specific(a), _most_specific(b)
    if not a or not b:
        return True
    return any(x.startswith(y) or y.startswith(x) or _within_months(x, y) or _within_months(y, x)
               or _within_days(x, y) or _within_days(y, x)
               or _season_spans(x, y) or _season_spans(y, x) for x in a for y in b)


def part_of_month(text: str, date: str) -> str:
    """A month's date told with a part of it ("mid-April", "late March") as
    the days that part names (rules.MONTH_THIRDS): "2025-04-11/2025-04-19".
    Any other date as it is."""
    part = re.split(r"[\s-]", text.strip().lower(), maxsplit=1)[0]
    if part not in rules.MONTH_THIRDS or not _MONTH.fullmatch(date):
        return date
    first, last = rules.MONTH_THIRDS[part]
    return f"{date}-{first:02d}/{date}-{last:02d}"


def _within_days(part: str, other: str) -> bool:
    """Whether a part of a month (part_of_month) holds the other date's day, or
    overlaps the other such part."""
    ends = part.split("/")
    if len(ends) != 2 or not all(_DAY.fullmatch(e) for e in ends) or ends[0][:7] != ends[1][:7]:
        return False
    other_ends = other.split("/")
    if not all(_DAY.fullmatch(e) for e in other_ends) or len(other_ends) > 2:
        return False
    return ends[0] <= other_ends[-1] and other_ends[0] <= ends[1]


def _season_spans(season: str, period: str) -> bool:
    """Whether a season told by its two years ("2024/2025": "the 2024–25 season")
    is a period that opens in the first and closes in the second ("from
    September 29, 2024, through September 13, 2025")."""
    years, ends = season.split("/"), period.split("/")
    return len(years) == 2 and len(ends) == 2 and all(_AS_OF_YEAR.fullmatch(y) for y in years) \
        and int(years[1]) == int(years[0]) + 1 and not all(_AS_OF_YEAR.fullmatch(e) for e in ends) \
        and ends[0][:4] == years[0] and ends[1][:4] == years[1]


def _within_months(period: str, other: str) -> bool:
    """Whether a season ("2024-09/2024-11": a period of at most
    rules.MOMENT_MONTHS months, in which a figure was taken) holds the other
    date or overlaps the other such period ("2024-10", "2024"). A longer period
    ("between January 2023 and June 2024") is what a figure covers, one
    quantity only with the same period."""
    ends = period.split("/")
    if len(ends) != 2 or not all(_MONTH.fullmatch(e) for e in ends) or _months(ends) > rules.MOMENT_MONTHS:
        return False
    start, end = ends
    other_ends = other.split("/")
    if len(other_ends) == 2 and all(_MONTH.fullmatch(e) for e in other_ends):
        return _months(other_ends) <= rules.MOMENT_MONTHS and start <= other_ends[1] and other_ends[0] <= end
    if "/" in other:
        return False
    return start[:len(other)] <= other[:7] <= end[:len(other)] if len(other) < 7 else start <= other[:7] <= end


def _months(ends: list[str]) -> int:
    (y1, m1), (y2, m2) = (map(int, e.split("-")) for e in ends)
    return (y2 - y1) * 12 + m2 - m1 + 1


_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AS_OF_YEAR = re.compile(r"\d{4}")  # an as-of date that is a year alone
SINCE = "since-"  # an as-of date that opens the period a figure holds for
BEFORE = "before-"  # the date a change is told at, for its baseline figure: it holds before then
FINAL = "final-"  # the date of a closed count ("the final tally"): it holds from then on
_PREFIXES = (SINCE, FINAL, BEFORE)


def _before_holds(befores: set[str], others: set[str]) -> bool:
    """Whether a baseline figure told as before the dates `befores` may be of
    the dates `others`: any of them earlier than one of those (or none)."""
    dates = {d.split("/")[0] for d in others if not d.startswith(_PREFIXES)}
    ends = {d.removeprefix(BEFORE).split("/")[0] for d in befores}
    return not ends or not dates or any(d[:len(e)] < e[:len(d)] for d in dates for e in ends)


def _final_holds(finals: set[str], others: set[str]) -> bool:
    """Whether closed counts dated `finals` still hold at the dates `others`
    give: any as late as the count's own date (or none, or one closed too)."""
    dates = {d.removeprefix(SINCE) for d in others}
    return not finals or not dates or all(
        any(d >= f.removeprefix(FINAL)[:len(d)] for d in dates) for f in finals)


def _most_specific(dates: Iterable[str]) -> list[str]:
    """The dates of a set that no other of it narrows: "as of July 29 ... in 2025"
    holds for 2025-07-29, not for any day of 2025."""
    dates = list(dates)
    return [d for d in dates if not any(o != d and o.startswith(d) for o in dates)]


SUBJECT_STRONG, SUBJECT_SHARED, SUBJECT_UNKNOWN, SUBJECT_DISJOINT = 3, 2, 1, 0


def distinguishing(names: frozenset[str]) -> frozenset[str]:
    """Names less the words of official names that name a kind of body
    ("Committee", "Advisory"): two bodies sharing only these are not one."""
    return names - _GENERIC_NAMES


def only_jurisdictions(names: frozenset[str]) -> bool:
    """Whether names name nothing but a jurisdiction or its regulator
    (rules.JURISDICTIONS: "FDA", "U.S.", "Food and Drug Administration")."""
    return bool(names) and names <= _JURISDICTION_NAMES


def jurisdiction_names(names: frozenset[str]) -> frozenset[str]:
    """The names of jurisdictions and their regulators among names."""
    return names & _JURISDICTION_NAMES


def beyond_jurisdictions(names: frozenset[str]) -> frozenset[str]:
    """The distinguishing names that name no jurisdiction or regulator."""
    return distinguishing(names) - _JURISDICTION_NAMES


def names_a_body(names: frozenset[str]) -> bool:
    """Whether names include a body's ("Advisory Committee on ...", "the FDA's panel")."""
    return bool(names & _GENERIC_NAMES)


def two_countries(primary_a: str, primary_b: str) -> bool:
    """Whether two figures' nearest names are two countries ("Pakistan recorded
    74 cases", "Afghanistan logged 52"): each counts its own place's."""
    return primary_a != primary_b and primary_a in _COUNTRY_NAMES and primary_b in _COUNTRY_NAMES


def two_places(name_a: str, name_b: str) -> bool:
    """Whether two names are two countries or two U.S. states."""
    return name_a != name_b and name_a in _PLACE_NAMES and name_b in _PLACE_NAMES


_PLACE_NAMES = _COUNTRY_NAMES | rules.US_STATES


@functools.lru_cache(maxsize=65536)  # the conflict stage asks for the same pairs of name sets again and again
def subject_match(primary_a: str, names_a: frozenset[str], primary_b: str, names_b: frozenset[str]) -> int:
    """How well two claims' subjects agree: STRONG when the name nearest to one
    figure is among the other's names; SHARED when they share a name; DISJOINT
    when both name things and none is shared (another product, another trial);
    UNKNOWN when one names nothing."""
    names_a, names_b = distinguishing(names_a), distinguishing(names_b)
    if other_drugs(names_a, names_b):
        return SUBJECT_DISJOINT  # "nivolumab" and "tislelizumab": two drugs, whatever else both name
    # otherwise generic names tell nothing: one against a brand ("lecanemab",
    # "Leqembi") may be one drug, and one both name is the topic's, as a brand is
    # not (most articles on a drug give its generic name beside every figure)
    drugs = {n for n in names_a | names_b if inn_drug_name(n)}
    names_a, names_b = names_a - drugs, names_b - drugs
    primary_a, primary_b = ("" if p in drugs else p for p in (primary_a, primary_b))
    if not names_a or not names_b:
        return SUBJECT_UNKNOWN
    if two_countries(primary_a, primary_b):
        return SUBJECT_DISJOINT
    if (primary_a and primary_a in names_b) or (primary_b and primary_b in names_a):
        return SUBJECT_STRONG
    if names_a & names_b:
        return SUBJECT_SHARED
    return SUBJECT_DISJOINT


def other_drugs(names_a: frozenset[str], names_b: frozenset[str]) -> bool:
    """Whether both name drugs by generic name and no drug is named by both."""
    drugs_a, drugs_b = _drugs_of(names_a), _drugs_of(names_b)
    return bool(drugs_a and drugs_b) and not drugs_a & drugs_b


@functools.lru_cache(maxsize=65536)
def _drugs_of(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in names if inn_drug_name(n))


_GENERIC_NAMES = frozenset(w.lower() for w in rules.GENERIC_NAME_WORDS)
_YEAR = re.compile(r"(?<![\w$£€.,-])(1[89]\d\d|20\d\d)(?![\w%]|,\d|\.\d)")
_CLAUSE_END = re.compile(rules.CLAUSE_PUNCTUATION.pattern + r"|\s-\s")  # and a spaced hyphen as a dash


def refers_to_the_year_before(sentence: str) -> bool:
    """Whether a sentence opens by dating its figures a year before the one the
    sentence before it gives: "A year earlier, ...", "The previous year, ..."."""
    return _YEAR_BEFORE_OPENER.match(sentence) is not None


_YEAR_BEFORE_OPENER = re.compile(r"\W*(?:in\s+)?(?:" + "|".join(rules.YEAR_BEFORE_OPENERS) + r")\b", re.I)


def years_in(sentence: str) -> list[tuple[int, int, str]]:
    """Bare years of a sentence that no date claim holds ("back to 1992, when"):
    (start, end, year)."""
    return [(m.start(), m.end(), m.group(1)) for m in _YEAR.finditer(sentence)]


def _clauses(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The sentence cut at commas and dashes, never inside a date ("July 29, 2025")."""
    inside = [(s, e) for s, e, _ in dates]
    cuts = [m.start() for m in _CLAUSE_END.finditer(sentence)
            if not any(s <= m.start() < e for s, e in inside)]
    bounds = [0] + [c + 1 for c in cuts] + [len(sentence) + 1]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]


def as_of_dates(sentence: str, start: int, end: int, dates: list[tuple[int, int, str]],
                baseline: bool = True, trailing_since: bool = False) -> list[str]:
    """The dates a figure at sentence[start:end] is given for: those of its own
    clause ("1,133 cases nationwide in 2025"), the date a "when" clause refers
    back to ("back to 1992, when the country counted 2,237 cases"), and the
    date the sentence opens with ("As of July 29, ..."). A baseline ("the most
    since 1992") dates another figure."""
    # (a semicolon joins two statements: "By July 20 it had counted 8,078; by year's end, 16,239")
    part_start = sentence.rfind(";", 0, start) + 1
    part_end = sentence.find(";", end) % (len(sentence) + 1)
    others = [d for d in dates if not (d[0] < end and start < d[1]) and part_start <= d[0] and d[1] <= part_end
              and not _names_an_event(sentence, d)]
    if not others:
        return []
    bracketed = [d for d in others
                 if _BRACKET_OPEN.fullmatch(sentence, end, d[0]) and _BRACKET_CLOSE.match(sentence, d[1])]
    if bracketed:
        return [bracketed[0][2]]  # "69 days (1995), 28 days (2005)": each figure's own year
    opening = _opening_since(sentence, others) or (trailing_since and _trailing_since(sentence, end, others))
    if opening:
        return [SINCE + opening]
    clauses = _clauses(sentence, others)
    # when something was said or filed dates the report, not the figure
    said = _report_dates(sentence, others, clauses)
    others = [d for d in others if d not in said]
    k = next((i for i, (s, e) in enumerate(clauses) if s <= start <= e), len(clauses) - 1)
    own = [d for d in others if clauses[k][0] <= d[0] <= clauses[k][1]
           and (not _after_baseline_word(sentence, d[0]) or _period_from(sentence, d)
                or _from_a_start(sentence, d, start))
           and not _set_aside(sentence, end, d)
           and not (d[0] > end and _from_a_figure(sentence[end:d[0]].lower()))]
    if baseline and _a_baseline_figure(sentence, start):
        # "up from 2.13 million in 2023": only a date of its own phrase dates it;
        # without one ("down from 92.7% a year earlier") it holds before the
        # date the change is told at, never at it
        own_phrase = {d[2] for d in own if d[0] >= end and not _JOINED.search(sentence[end:d[0]])}
        if own_phrase:
            return sorted(own_phrase)
        told = as_of_dates(sentence, start, end, dates, baseline=False)
        return sorted(BEFORE + d for d in told if not d.startswith(_PREFIXES))
    # (a period may run past its first date's clause: "between Aug. 1, 2024, and early July 2025")
    period_end = _period_end(sentence, own, others)
    if period_end:
        found = [period_end]  # "4,210 cases between Jan. 5 and July 20": the count as of the period's end
    else:
        found = [_nearest_date(sentence, own, start, end)[2]] if len({d[2] for d in own}) > 1 else [d[2] for d in own]
    opener = sentence[clauses[k][0]:start].strip().lower().split()
    if k > 0 and opener and opener[0] in rules.BACK_REFERENCE_WORDS:
        referred = [d[2] for d in others if clauses[k - 1][0] <= d[0] <= clauses[k - 1][1]]
        if referred:
            return sorted(set(found + referred))
    if k > 0 and _introduces(sentence[clauses[0][0]:clauses[0][1]]):
        # (not over a date of the figure's own clause it cannot be: "In 2024,
        # 53,435 cases, compared with 7,000 in 2023"; "As of July 29, ... in 2025" narrows it)
        found += [d[2] for d in others if clauses[0][0] <= d[0] <= clauses[0][1]
                  and not _after_baseline_word(sentence, d[0])
                  and all(d[2].startswith(f) or f.startswith(d[2]) for f in found)]
    if not found:
        # a sentence's only date dates its figures ("92.5% had two doses in the
        # 2024-25 school year ..., and 3.6% had an exemption")
        # (not a date of a relative clause: "629 deaths, according to the WHO,
        # which last month declared an emergency" times the declaration)
        # (nor one of a later coordinated clause: "voted last winter to spend $168,000,
        # and the first machine opened in June")
        dated = {d[2] for d in others if not _after_baseline_word(sentence, d[0])
                 and not (d[0] > end and _from_a_figure(sentence[end:d[0]].lower()))
                 and not _contrasted(sentence, clauses, d, start) and not _in_relative_clause(sentence, clauses, d)
                 and not _in_later_coordinate(sentence, clauses, d, k)
                 and not _outside_own_temporal_clause(sentence, clauses, d, k)}
        if len(dated) == 1:
            found = list(dated)
    return sorted(set(found))


def _names_an_event(sentence: str, date: tuple[int, int, str]) -> bool:
    """Whether a day told by its date stands between a determiner and a noun,
    naming which event the noun is ("the July 4 flood killed 135", "since the
    Jan. 29 crash"): the event's day, not the day its figures are counted at,
    which is later. ("The July 8 count" is a count of that day: rules.FIGURE_NOUNS.)"""
    if len(date[2]) != 10 or not any(ch.isdigit() for ch in sentence[date[0]:date[1]]):
        return False  # (a weekday names a day of the figures: "its Friday schedule")
    before = sentence[:date[0]].split()[-1:]
    after = _WORD_AFTER.match(sentence, date[1])
    return bool(before) and before[0].lower() in rules.EVENT_DETERMINERS and after is not None \
        and after.group(1) not in rules.FIGURE_NOUNS and after.group(1) not in STOP_WORDS


_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")


def _period_end(sentence: str, own: list[tuple[int, int, str]], others: list[tuple[int, int, str]]) -> str:
    """The end of the period a date of the figure's clause opens ("between Jan. 5
    and July 20", "from March to June"), or ''. The end may lie past the clause:
    "between Aug. 1, 2024, and early July 2025"."""
    ordered = sorted(set(own) | set(others))
    for first, second in pairwise(ordered):
        if first in own and rules.PERIOD_JOINER.fullmatch(sentence[first[1]:second[0]]) \
                and sentence[:first[0]].lower().split()[-1:] in (["between"], ["from"]):
            return second[2]
    return ""



def _from_a_start(sentence: str, date: tuple[int, int, str], figure: int) -> bool:
    """Whether a month or day after "from" comes before the figure it dates:
    when the figure starts to hold ("from January 14 visitors will pay 32
    euros"), not the baseline a change is measured from, which follows the
    change ("up 10% from 2023")."""
    return len(date[2]) >= 7 and date[1] <= figure and sentence[:date[0]].lower().split()[-1:] == ["from"] \
        and not _POSSESSIVE_AFTER.match(sentence, date[1])  # "the toll from Friday's flood": an event's source


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _period_from(sentence: str, date: tuple[int, int, str]) -> bool:
    """Whether a date is a whole period after "from" ("fell in 41 states from 2020
    to 2021"): the period the figure covers, no baseline of it ("up from 2020")."""
    return "/" in date[2] and sentence[:date[0]].lower().split()[-1:] == ["from"]


def _nearest_date(sentence: str, dates: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str]:
    """Of several dates of a figure's clause, the nearest: "booked 10.3 billion
    in 2023 and said full-year 2024 sales topped 13 billion" dates 13 billion 2024.
    A figure joined to the one before it takes the date of its own phrase, however
    near the other's: "25% at the end of 2024 and 27% in the first half of 2025"."""
    before = [d for d in dates if d[1] <= start]
    own_phrase = [d for d in dates if d[0] >= end and not _JOINED.search(sentence[end:d[0]])]
    if before and own_phrase and _JOINED.search(sentence[max(d[1] for d in before):start]):
        return min(own_phrase)
    return min(dates, key=lambda d: start - d[1] if d[1] <= start else d[0] - end)


_JOINED = re.compile(r"\b(?:and|or|but|while|whereas|to)\b|[,;]", re.I)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")  # between a figure and the date it is given for, in brackets
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _set_aside(sentence: str, end: int, date: tuple[int, int, str]) -> bool:
    """Whether an exception sets a date apart from the figure before it ("the most
    of any season except the 2009-10 pandemic")."""
    between = sentence[end:date[0]].lower()
    return any(cue in between for cue in rules.EXCEPTION_CUES)


def _in_later_coordinate(sentence: str, clauses: list[tuple[int, int]], date: tuple[int, int, str],
                         k: int) -> bool:
    """Whether a date is in a clause after the figure's (clause k) that opens
    with a coordinating word (", and the first one opened in June")."""
    j = next((i for i, (s, e) in enumerate(clauses) if s <= date[0] <= e), len(clauses) - 1)
    words = sentence[clauses[j][0]:clauses[j][1]].lower().split()
    return j > k and bool(words) and words[0] in rules.COORDINATING_WORDS


def _outside_own_temporal_clause(sentence: str, clauses: list[tuple[int, int]], date: tuple[int, int, str],
                                 k: int) -> bool:
    """Whether the figure's clause (k) is a temporal one of its own (", two weeks
    after the Senate confirmed her on a 71-29 vote") and the date is not in it:
    the clause tells of another moment than the sentence's date."""
    opening = sentence[clauses[k][0]:clauses[k][1]].lower().split()[:rules.TEMPORAL_CLAUSE_OPENING_WORDS]
    return k > 0 and not clauses[k][0] <= date[0] <= clauses[k][1] \
        and any(w in rules.TEMPORAL_SUBORDINATORS for w in opening)


def _in_relative_clause(sentence: str, clauses: list[tuple[int, int]], date: tuple[int, int, str]) -> bool:
    """Whether a date is in a clause a relative pronoun opens (", which last month ...")."""
    clause = next(((s, e) for s, e in clauses if s <= date[0] <= e), None)
    words = sentence[clause[0]:clause[1]].lower().split() if clause else []
    return bool(words) and words[0] in rules.RELATIVE_PRONOUNS


def _opening_since(sentence: str, dates: list[tuple[int, int, str]]) -> str:
    """The date of a sentence opening "Since August, ...": the start of the
    period all its figures hold for (not a baseline: "the most since 1992")."""
    lead = sentence.lstrip(" '\"“•*-")
    if not lead.lower().startswith("since "):
        return ""
    at = len(sentence) - len(lead) + len("since ")
    first = min(dates, key=lambda d: d[0])
    return first[2] if first[0] - at <= rules.SINCE_OPENER_REACH else ""


def _trailing_since(sentence: str, end: int, dates: list[tuple[int, int, str]]) -> str:
    """The date of a "since" phrase right after a figure, in its clause: "prices
    have risen 193% since November 2022" hold for the period from then (not a
    record's baseline: "the lowest since 1992")."""
    for d in sorted(dates):
        between = sentence[end:d[0]]
        if d[0] < end or len(between) > rules.SINCE_TRAILING_REACH:
            continue
        if rules.SINCE_DATE_BEFORE.search(between) and not _CLAUSE_END.search(between) \
                and not set(between.lower().split()) & rules.RANKING_WORDS:
            return d[2]
    return ""


def _contrasted(sentence: str, clauses: list[tuple[int, int]], date: tuple[int, int, str], figure: int) -> bool:
    """Whether a date is in a clause set against another figure than the one at
    `figure` ("compared with 4% in 2020"): it dates that figure only."""
    k = next((i for i, (s, e) in enumerate(clauses) if s <= date[0] <= e), len(clauses) - 1)
    lead = sentence[clauses[k][0]:date[0]].lower()
    # a bracket after the figure ends no clause: "compared with 282 (7.5%) in 2022"
    cut = max((m.end() for m in _LEAD_END.finditer(sentence, 0, date[0])), default=0)
    cues = rules.CONTRAST_CUES + rules.CHANGE_BASELINE_CUES + rules.EXCEPTION_CUES
    if cut <= figure < date[0] and any(cue in sentence[cut:figure].lower() for cue in cues):
        return False  # the figure set against is this one
    unbracketed = _BRACKETED.sub(" ", sentence[cut:date[0]]).lower()
    return any(cue in text for text in (lead, unbracketed) for cue in cues) or _from_a_figure(lead)


_LEAD_END = re.compile(r",(?!\d)|(?<!\d),|[;:—–]")
_BRACKETED = re.compile(r"\([^()]*\)")


def _a_baseline_figure(sentence: str, start: int) -> bool:
    """Whether the figure at `start` is the baseline of a change told before it
    ("fell to 92.5%, down from 92.7%", "a 16% increase over the 8,320")."""
    lead = sentence[max(0, start - rules.BASELINE_CUE_REACH):start].lower()
    if lead.rstrip().endswith(tuple(rules.CHANGE_BASELINE_CUES)):
        return True
    # (FROM_A_FIGURE reads the figure's first digit: a "0" stands for it)
    m = _FROM_A_FIGURE.search(lead + "0")
    # the change word right before: "rose from", "a 16% increase over the", "up slightly from"
    return m is not None and m.end() == len(lead) + 1 and any(
        w in _CHANGE_WORDS for w in lead[:m.start()].split()[-rules.BASELINE_CHANGE_WORD_REACH:])


def _from_a_figure(lead: str) -> bool:
    """Whether lower-case words before a date set a change against an earlier
    figure ("up slightly from 4.9 million in", "a 16% increase over the 8,320 reported in")."""
    m = _FROM_A_FIGURE.search(lead)
    # (right after the figure, "from" sets it against an earlier one whatever
    # verb came before it: "dropped to 49%, from 59% in 2023")
    return m is not None and (any(w in _CHANGE_WORDS for w in lead[:m.start()].split())
                              or not lead[:m.start()].strip(" ,"))


_FROM_A_FIGURE = re.compile(rules.FROM_A_FIGURE)
_CHANGE_WORDS = rules.CHANGE_WORDS | rules.CHANGE_WORDS_AFTER


def _introduces(clause: str) -> bool:
    """Whether a sentence's first clause is an opening phrase that dates all of
    it ("As of July 29,", "In 2023,"), not a main clause of its own."""
    words = clause.lower().split()
    return 0 < len(words) <= rules.OPENER_MAX_WORDS and words[0] in rules.DATE_OPENERS


def _reported_on(sentence: str, date: tuple[int, int, str]) -> bool:
    """A date right after a reporting verb is when something was said: "said on
    Wednesday" (not after a verb of counting, "1,179 deaths recorded last year",
    nor after a passive one, "cases were reported in 2024": deaths and cases of
    that period)."""
    written = sentence[max(0, date[0] - 24):date[0]].split()
    before = [w.lower() for w in written]
    # data "released ... on May 14", a paper "published in 2023": when it came out
    reach = sentence[max(0, date[0] - 48):date[0]].lower().split()[-rules.RELEASE_VERB_REACH:]
    if any(w in rules.RELEASE_VERBS for w in reach):
        verb = max(i for i, w in enumerate(reach) if w in rules.RELEASE_VERBS)
        if not any(ch.isdigit() for ch in " ".join(reach[verb:])):
            # (but a poll released in November is a poll of November: its figures' date)
            return not (verb and reach[verb - 1] in rules.POLL_NOUNS)
    for k in range(max(0, len(before) - 2), len(before)):
        # (a capitalised one is a name's: "in the United States in 2024"; a date
        # after "for" is the period reported on: "the 110,037 deaths estimated for 2023")
        if before[k] in rules.REPORTING_VERBS and before[k] not in rules.TALLYING_VERBS \
                and not written[k][:1].isupper() and before[-1] not in rules.PERIOD_PREPOSITIONS \
                and not (k > 0 and _before_a_noun(before[k - 1])) and "that" not in before[k + 1:]:
            # ("said that 2024 sales reached ...": the date is of what was said)
            # in the passive ("5,120 cases were reported in 2022") the date is the
            # period the figures were counted over, as after a verb of counting
            return not (k > 0 and before[k - 1] in rules.PASSIVE_AUXILIARIES)
    return False


def _before_a_noun(word: str) -> bool:
    """Whether a word makes the next one a noun: a number or a determiner ("41
    states last year", "the reports in 2023" are no reporting verbs)."""
    return any(ch.isdigit() for ch in word) or word in rules.DETERMINERS


def _report_dates(sentence: str, dates: list[tuple[int, int, str]],
                  clauses: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Dates of the report rather than of its figures: right after a reporting
    verb ("said on Wednesday"), an opening "On March 14," before one, and a
    dateline's ("NEW YORK, Nov 5 (Wire) -")."""
    first = sentence[clauses[0][0]:clauses[0][1]].split()
    # a dateline's first clause is its place in capitals ("NEW YORK,"), not a
    # sentence opening with an acronym ("WHO says 7,600 deaths were reported last year")
    dateline = bool(first) and first[0].isupper() and len(first[0]) >= 3 and first[0].isalpha() \
        and len(clauses) > 1 and all(w.isupper() for w in first if w.isalpha())
    opener_said = bool(first) and first[0].lower() == "on" and len(clauses) > 1 and any(
        w in rules.REPORTING_VERBS for w in sentence[clauses[0][1] + 1:].lower().split()[:6])
    head_end = clauses[min(1, len(clauses) - 1)][1] if dateline else clauses[0][1]
    return [d for d in dates if _reported_on(sentence, d)
            or ((dateline or opener_said) and d[0] <= head_end)]


def _after_baseline_word(sentence: str, position: int) -> bool:
    """Whether a date follows a word that makes it a baseline ("up from 14,100 in
    2020", "the most since 1992"); not a sentence's opening "From" (the period
    its figures hold for: "From October 1, 2023, through June 30, 2024, ...")."""
    if _SINCE_A_START.search(sentence, max(0, position - 60), position):
        return True  # "since surveillance began in 1993", "since its first in 1993": a period's start
    before = sentence[max(0, position - 12):position].lower().split()
    opening = sentence[:position].strip(" '\"“•*-").lower() == "from"
    if before and before[-1] in rules.BASELINE_WORDS_BEFORE_A_YEAR:
        return _YEAR.match(sentence, position) is not None
    if len(before) >= 2 and before[-1] in rules.DATE_PREPOSITIONS_AFTER_BASELINE:
        before = before[:-1]  # "7.9% more cases than in 2023"
    return bool(before) and before[-1] in rules.BASELINE_WORDS and not opening


_SINCE_A_START = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,4}?(?:" + "|".join(rules.STARTING_VERBS)
                            + r")\s+(?:in\s+|on\s+)?$", re.I)

_EVENT_KIND = re.compile(r"\b(" + "|".join(map(re.escape, rules.EVENT_KINDS)) + r")(?:\s+\w+)?\s+"
                         r"(?:approval|authori[sz]ation|clearance|approved|authori[sz]ed|cleared|use|pathway|basis)\b",
                         re.I)

# "approved a generic version", "cleared the first biosimilar of it"
_EVENT_KIND_AS_OBJECT = re.compile(r"\b(?:approv\w*|authori[sz]\w*|clear\w*)\s+"
                                   r"(?:(?:a|an|the|its|first|two|three)\s+)*("
                                   + "|".join(rules.EVENT_KINDS_AS_OBJECT) + r")\b", re.I)

# "first approved", "originally cleared": the product's first approval (not "the
# first drug approved": first of its kind, which is "first" before a noun)
_ORIGINAL_EVENT = re.compile(r"\b(" + "|".join(rules.ORIGINAL_EVENT_ADVERBS) + r")\s+"
                             r"(?:approved|authori[sz]ed|cleared|licensed)\b", re.I)


def event_kind(sentence: str, date_text: str) -> str:
    """The kind of event a date times ("emergency", "accelerated"; "" for the
    plain event), from the kind word nearest to the date in its sentence."""
    word = event_kind_word(sentence, date_text)
    return rules.ORIGINAL_EVENT if word in rules.ORIGINAL_EVENT_ADVERBS else rules.EVENT_KINDS.get(word, "")


@functools.lru_cache(maxsize=8192)
def event_kind_word(sentence: str, date_text: str) -> str:
    """The kind word nearest to a date in its sentence, as written ("full",
    "traditional", "accelerated"), or ''."""
    at = sentence.find(date_text)
    if at < 0:
        return ""
    # a kind before the date ("accelerated approval in January") binds closer than one after it
    found = [(at - m.end() if m.end() <= at else 2 * (m.start() - at - len(date_text)), m.group(1).lower())
             for m in [*_EVENT_KIND.finditer(sentence), *_ORIGINAL_EVENT.finditer(sentence),
                       *_EVENT_KIND_AS_OBJECT.finditer(sentence)]]
    return min(found)[1] if found else ""


def scopes(words: Iterable[str], sentence: str) -> set[str]:
    """The geographic scopes a figure is given for: from its measure words, and
    the adverb its sentence opens with ("Nationally, ...")."""
    first = sentence.split(",", 1)[0].strip().lower() if "," in sentence[:20] else ""
    return {rules.SCOPE_WORDS[w] for w in [*words, first] if w in rules.SCOPE_WORDS}


def jurisdiction(sentence: str, date_text: str) -> str:
    """The jurisdiction (rules.JURISDICTIONS) named nearest to a date in its part
    of the sentence (up to a semicolon or ", and"), or the sentence's only one."""
    at = sentence.find(date_text)
    if at < 0:
        return ""
    found = [(m.start(), m.end(), _JURISDICTION_OF[m.group(0)]) for m in _JURISDICTION.finditer(sentence)]
    if not found:
        return ""
    parts = [0] + [m.end() for m in _EVENT_PART_END.finditer(sentence)] + [len(sentence) + 1]
    part = next((lo, hi) for lo, hi in zip(parts, parts[1:], strict=False) if lo <= at < hi)
    # nearest by the words between: "the U.S. Food and Drug Administration cleared
    # in November 2022, was authorized in Europe" times the FDA's clearance
    end = at + len(date_text)
    near = [(at - stop if stop <= at else start - end, key) for start, stop, key in found
            if part[0] <= start < part[1]]
    if near:
        return min(near)[1]
    keys = {key for _, _, key in found}
    return keys.pop() if len(keys) == 1 else ""


def jurisdictions_in(sentence: str) -> set[str]:
    """The jurisdictions (rules.JURISDICTIONS) a sentence names."""
    return {_JURISDICTION_OF[m.group(0)] for m in _JURISDICTION.finditer(sentence)}


_JURISDICTION_OF = {name: key for key, names in rules.JURISDICTIONS.items() for name in names}
_JURISDICTION_NAMES = frozenset(name for names in rules.JURISDICTIONS.values() for entry in names
                                for name in names_in(entry.split()))
# The words of countries' and regulators' names: a place or an agency is named
# beside everything that happens there, so it tells no two events apart or alike.
PLACE_AND_REGULATOR_WORDS = _COUNTRY_NAMES | _JURISDICTION_NAMES
_JURISDICTION = re.compile(r"(?<![\w.])(?:" + "|".join(
    re.escape(n) for n in sorted(_JURISDICTION_OF, key=len, reverse=True)) + r")(?![\w])")
# (", followed by" opens the later events of other places: "Canada cleared it in
# March, followed by the United States")
_EVENT_PART_END = re.compile(r";|, (?:and|but|while|followed by) ")
