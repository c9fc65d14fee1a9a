"""Claims as the conflict stage sees them: a row of the claims table read into
a ``Comparable`` (its family and interval of values, its measure keys and
words, its frame: subject names, statistic, as-of dates, study qualifiers),
or left out when it is of a kind, role or status that is never compared.
conflicts.py decides which Comparables meet and what a conflict between two is.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck import frames, rules
from claimcheck.claims import place_in
from claimcheck.context import QUALIFIER_STEMS, drug_name, stem
from claimcheck.extract.dates import CLAUSE_END
from claimcheck.numbers import format_number, parse_digits, round_to_precision, words_to_number

COMPARED_KINDS = {"number", "percent", "dose", "count", "duration", "date", "money", "mass", "age",
                  "length", "volume", "temperature", "pressure", "rate", "ratio"}
# A follow-up time ("at 12 weeks") and a count a share is about ("two doses are
# 97% effective") set the scene for another figure; they are not compared.
UNCOMPARED_ROLES = {"timepoint", "condition"}
# Measure-key words that qualify a figure (see rules.py): figures whose
# qualifiers differ are not compared.
_QUALIFIER_PREFIXES = (rules.AS_OF_PREFIX, rules.PLACE_PREFIX, rules.SUBGROUP_PREFIX, rules.GROUP_PREFIX,
                       rules.DOSE_PREFIX, rules.VERSUS_PREFIX, rules.PER_PREFIX, rules.QUARTER_PREFIX,
                       rules.THRESHOLD_PREFIX)
# An "about" widens a value by this share of itself (and at least one rounding step;
# a share by at most APPROX_POINTS and at least its rounding: _interval);
# a figure written to APPROX_PRECISE_DIGITS significant digits or more says its own
# precision ("about 224 million" is not "about 242 million"): a smaller share.
APPROX_SHARE = 0.05
APPROX_PRECISE_DIGITS = 3
APPROX_PRECISE_SHARE = 0.02
APPROX_POINTS = 1.0  # an "about" widens a share by at most this many points
SYNONYM_KEYS = set(rules.MEASURE_SYNONYMS.values()) | {rules.INDICATED_AGE_KEY, rules.STUDY_LENGTH_KEY}
QUALIFIERS = ("phase", "trial", "design", "timepoint")
STUDY_QUALIFIERS = ("phase", "trial", "design")
_FIGURE_RE = re.compile(rules.FIGURE_PATTERN)


@dataclass(slots=True)
class Comparable:
    """One claim as the conflict stage sees it: everything comparing it and
    reporting a conflict needs, and nothing that depends on the rest of the
    table, so that a block's result depends only on its members."""
    claim_id: str
    source: str
    order: tuple  # (source, start, end, claim_id): the claim's place in claims.csv
    kind: str
    family: str
    arm: str
    keys: frozenset[str]  # synonym keys of the measure
    words: str  # measure_key without synonym keys
    counted: str
    low: float
    high: float
    interval: tuple[float, float]
    display: str
    qualifiers: dict[str, str]
    hedge: str
    population_count: bool
    event: str
    qualifier_words: frozenset[str]  # "severe", "median": words that make it another measure
    label: str  # the measure as the report names it
    change: bool  # states a change of the measure ("rose by 41%"), not its level
    unit: str
    text: str
    sentence: str
    published: str
    subject: str  # the name nearest to the figure (frames.py)
    names: frozenset[str]  # the names of its clause or sentence
    statistic: str  # estimate | ci | p_value | sample_size | tally_for | ...: compared only with its kind
    as_of: frozenset[str]  # the dates its sentence gives it (ISO prefixes)
    sentence_names: frozenset[str]  # every name of its sentence
    source_studies: frozenset[str]  # "phase=3", "trial=X": every study qualifier its article names
    tally: tuple[float, ...] = ()  # a tally's whole vote: (for, against) and abstentions when given
    home: str = ""  # the jurisdiction its article names most (rules.JURISDICTIONS), or ''
    # the figures written next to it in its sentence, when distinctive (_beside_figures):
    # two sentences that give one of them state the same facts side by side
    beside: frozenset[str] = frozenset()
    # a date's or a duration's nearest distinctive figure, with the word before it
    # (_retold_figures): two sentences giving it tell one fact, and must agree on when
    retold: frozenset[str] = frozenset()
    # study qualifiers not named at the figure but read from the figures it agrees
    # with (compare_block; never stored: they depend on the block's other members)
    implied: frozenset[str] = frozenset()
    # what a record baseline ranks, in stems ("the first measles death since 2015"): _record_of
    ranked: str = ""
    # the U.S. state its article's figures' sentences name most ("place-california"),
    # or '': where a figure of that article that names no place is (_home_places)
    home_place: str = ""
    # a drug named at it (by generic name) that its article names in at most half
    # as many sentences as the drug it names most: a rival's figure (_rival_drug)
    rival: str = ""

    def to_fields(self) -> list[str]:
        """The claim as FIELD_COUNT strings without NUL, for the scan state;
        ``from_fields`` gives back an equal claim."""
        return [self.claim_id, self.source, str(self.order[1]), str(self.order[2]), self.kind, self.family,
                self.arm, " ".join(sorted(self.keys)), self.words, self.counted, repr(float(self.low)),
                repr(float(self.high)), repr(float(self.interval[0])), repr(float(self.interval[1])),
                self.display, *(self.qualifiers[q] for q in QUALIFIERS), self.hedge,
                "1" if self.population_count else "", self.event, " ".join(sorted(self.qualifier_words)),
                self.label, "1" if self.change else "", self.unit, self.text, self.sentence, self.published,
                self.subject, " ".join(sorted(self.names)), self.statistic, " ".join(sorted(self.as_of)),
                " ".join(sorted(self.sentence_names)), "\x1f".join(sorted(self.source_studies)),
                " ".join(repr(float(v)) for v in self.tally), self.home, "\x1e".join(sorted(self.beside)),
                "\x1e".join(sorted(self.retold)), self.ranked, self.home_place, self.rival]

    @classmethod
    def from_fields(cls, f: list[str]) -> Comparable:
        (claim_id, source, start, end, kind, family, arm, keys, words, counted, low, high, lo, hi, display,
         phase, trial, design, timepoint, hedge, population_count, event, qualifier_words, label, change, unit,
         text, sentence, published, subject, names, statistic, as_of, sentence_names, source_studies, tally,
         home, beside, retold, ranked, home_place, rival) = f
        return cls(claim_id=claim_id, source=source, order=(source, int(start), int(end), claim_id), kind=kind,
                   family=family, arm=arm, keys=frozenset(keys.split()), words=words, counted=counted,
                   low=float(low), high=float(high), interval=(float(lo), float(hi)), display=display,
                   qualifiers=dict(zip(QUALIFIERS, (phase, trial, design, timepoint), strict=True)),
                   hedge=hedge, population_count=bool(population_count), event=event,
                   qualifier_words=frozenset(qualifier_words.split()), label=label, change=bool(change),
                   unit=unit, text=text, sentence=sentence, published=published, subject=subject,
                   names=frozenset(names.split()), statistic=statistic, as_of=frozenset(as_of.split()),
                   sentence_names=frozenset(sentence_names.split()),
                   source_studies=frozenset(source_studies.split("\x1f")) - {""},
                   tally=tuple(float(v) for v in tally.split()), home=home,
                   beside=frozenset(beside.split("\x1e")) - {""},
                   retold=frozenset(retold.split("\x1e")) - {""}, ranked=ranked, home_place=home_place,
                   rival=rival)


FIELD_COUNT = 42


def _family(kind: str, unit: str) -> tuple[str, float]:
    u = rules.UNITS.get(unit)
    if u is not None:
        return u.family, u.factor
    if kind == "rate" and " per " in f" {unit}":
        # "9 cases per million doses" and "7 per million doses": one denominator, one
        # family; what is counted is a measure word (_rate_counted)
        return f"rate:per {unit.split('per ', 1)[1]}", 1.0
    return f"{kind}:{unit}", 1.0


def unit_factor(c: Comparable) -> float:
    """What one of the claim's units is in its family's base unit."""
    return _family(c.kind, c.unit)[1]


def _rate_counted(kind: str, unit: str) -> list[str]:
    """The noun a rate counts ("cases" of "cases per 1000000 doses"), as a measure word."""
    if kind != "rate" or "per " not in unit:
        return []
    return [stem(w) for w in unit.split("per ", 1)[0].split()]


def _interval(low: float, high: float, text: str, bound_type: str, factor: float,
              kind: str = "", bound: str = "", complement: bool = False) -> tuple[float, float]:
    """The values a claim allows, in the family's base unit. A year is exact
    (2025 and 2026 are different years, not roundings of one value); "about"
    a year allows one year either side."""
    if kind == "date":
        slack = 1.0 if bound_type == "approx" else 0.0
        lo, hi = low - slack, high + slack
        return (lo, math.inf) if bound_type == "lower" else (-math.inf, hi) if bound_type == "upper" else (lo, hi)
    figures = _FIGURE_RE.findall(text)
    step = min((round_to_precision(n) for n in figures), default=1.0)
    if bound_type not in {"lower", "upper"}:  # "more than 9 million" is no rounding: it excludes 8.6 million
        step *= _magnitude_of(text, figures, high)
    lo, hi = low * factor, high * factor
    slack = step * factor / 2
    if bound_type == "approx":
        # "about 30%" allows a point either side, "about 3.2%" its rounding or a
        # twentieth of itself, not a point; "about 2,000" a twentieth of itself
        if kind == "percent":
            # a small share is rounded to its last digit: "about 2%" is no "about 3%"
            slack = max(slack, min(APPROX_POINTS, APPROX_SHARE * max(abs(lo), abs(hi))))
        else:
            slack = max(slack, _approx_share(figures) * max(abs(lo), abs(hi)), step * factor)
    lo, hi = lo - slack, hi + slack
    stated = (_share_of_whole(text) or _fraction_in_words(text, low)) if kind == "percent" else None
    if stated is not None and complement:
        stated = 100 - stated[1], 100 - stated[0]  # "7 in 10 don't": 25% to 35% do
    if stated is not None:
        lo, hi = min(lo, stated[0]), max(hi, stated[1])
    if bound_type == "lower":
        hi = math.inf
    elif bound_type == "upper" and bound.lower() in rules.NEAR_BOUNDS:
        # "nearly half": a little under half, not any share below it
        lo -= rules.NEAR_BELOW_POINTS if kind == "percent" else rules.NEAR_BELOW_SHARE * abs(lo)
    elif bound_type == "upper":
        lo = -math.inf
    return lo, hi


def _approx_share(figures: list[str]) -> float:
    """The share of itself an "about" allows a figure, by its significant digits."""
    digits = max((len(f.replace(",", "").replace(".", "").strip("0")) for f in figures), default=0)
    return APPROX_PRECISE_SHARE if digits >= APPROX_PRECISE_DIGITS else APPROX_SHARE


def _share_of_whole(text: str) -> tuple[float, float] | None:
    """The shares "N in D" allows, in percent: it is rounded to a Dth ("7 in 10"
    is 65% to 75%), and "one in D" to a whole D ("one in six" is one in 5.5 to
    6.5, 15.4% to 18.2%). None for other texts."""
    found = _SHARE_OF_WHOLE.fullmatch(text.strip())
    if not found:
        return None
    part, whole = _number_of(found["part"]), _number_of(found["whole"])
    if not part or not whole or whole <= part:
        return None
    if part == 1:
        return 100 / (whole + 0.5), 100 / (whole - 0.5)
    return 100 * (part - 0.5) / whole, 100 * (part + 0.5) / whole


def _fraction_in_words(text: str, share: float) -> tuple[float, float] | None:
    """The shares a fraction in words allows, in percent: it is rounded to the
    nearest of the fractions writers use (rules.COMMON_FRACTIONS), so "about
    half" is 46.7% to 53.3% and agrees with 52.3%; None for a figure in digits."""
    if not any(word in rules.FRACTION_WORDS for word in re.split(r"[\W_]+", text.lower())):
        return None  # ("fifty percent" is rounded to a point)
    fractions = sorted(rules.COMMON_FRACTIONS)
    at = next((k for k, f in enumerate(fractions) if math.isclose(100 * f, share, abs_tol=1e-6)), None)
    if at is None:
        return None
    below = fractions[at - 1] if at else 0.0
    above = fractions[at + 1] if at + 1 < len(fractions) else 1.0
    value, reach = fractions[at], rules.FRACTION_ROUNDING_REACH
    return 100 * (value - reach * (value - below)), 100 * (value + reach * (above - value))


def _number_of(text: str) -> float | None:
    return parse_digits(text) if text[:1].isdigit() else words_to_number(text.split("-"))


_SHARE_OF_WHOLE = re.compile(r"(?P<part>[\w-]+)\s+(?:in|out\s+of)(?:\s+every)?\s+(?P<whole>[\d,]+|[a-z-]+)", re.I)


def _magnitude_of(text: str, figures: list[str], value: float) -> float:
    """What a figure's last digit is worth when a magnitude word scales it:
    "$3 million" is rounded to a million (it agrees with "$3.1 million"), "3,000" to one."""
    if not figures or not _MAGNITUDE_WORD.search(text):
        return 1.0
    written = float(figures[-1].replace(",", ""))
    return abs(value) / written if written else 1.0


_MAGNITUDE_WORD = re.compile(rules.MAGNITUDE_WORD_PATTERN, re.I)


def _display(row) -> str:
    lo, hi = row["value_low"], row["value_high"]
    unit = row["unit"] or ""
    if row["kind"] == "date":
        return row["date"] or format_number(lo)
    val = format_number(lo) if lo == hi else f"{format_number(lo)}–{format_number(hi)}"
    if row["kind"] == "money":
        return f"{val} {unit}"
    if unit == "%":
        return f"{val}%"
    return f"{val} {unit}".strip()


def comparable_claims(rows: list[dict]) -> list[Comparable]:
    """The claims of `rows` (full claims-table rows) that the conflict stage compares."""
    out = []
    studies = _studies_by_source(rows)
    votes = _votes(rows)
    homes = _home_jurisdictions(rows)
    makers = _maker_links(rows)
    per_sentence = Counter((row["source"], row["sentence"]) for row in rows)
    with_timed_figure = {(row["source"], row["sentence"]) for row in rows if row["kind"] not in LAG_COMPANION_KINDS}
    names_counted = _names_counted(rows)
    article_names = {source: frozenset(counted) for source, counted in names_counted.items()}
    drugs_named = {source: Counter({n: k for n, k in counted.items() if frames.inn_drug_name(n)})
                   for source, counted in names_counted.items()}
    votes_by_sentence = _votes_by_sentence(rows, votes)
    dates_of_votes = _dates_of_votes(rows, votes_by_sentence)
    sentences = _by_sentence(rows)
    beside = _beside_figures(sentences)
    dated = _distinctive_figures(sentences)
    retold = _retold_figures(sentences)
    years_before = _years_before(rows)
    linked_keys = _keys_of_linked_counts(sentences)
    for row in rows:
        row = _as_count_of_the_dead(_with_year_referred_to(row, years_before.get(row["claim_id"], "")))
        if row["claim_id"] in linked_keys:
            row = {**row, "measure_key": f"{linked_keys[row['claim_id']]} {row['measure_key'] or ''}".strip()}
        if row.get("role") == "timepoint" and (row["source"], row["sentence"]) not in with_timed_figure:
            # "symptoms appear two to 12 days after infection", "declared over 42 days
            # after the last case": no figure of its sentence for it to time, so
            # the lag between two events is the claim
            row = {**row, "role": ""}
        alone = per_sentence[row["source"], row["sentence"]] == 1
        vote = _nearest_vote(row, votes_by_sentence.get((row["source"], row["sentence"]), []))
        companions = dated.get(row["claim_id"], frozenset())
        beside_a_vote = vote is not None and row["claim_id"] in dates_of_votes
        claim = _comparable_of(row, studies[row["source"]], alone, beside_a_vote, bool(companions)) \
            if _compared(row) else None
        if claim is None and row["claim_id"] in retold and _compared({**row, "role": ""}):
            claim = _retold_claim(row, retold[row["claim_id"]][1])
        if claim is not None:
            claim.tally, motions = vote if claim.event == rules.VOTE_EVENT and vote \
                else votes.get(row["claim_id"], ((), frozenset()))
            claim.qualifier_words |= motions
            claim.home = homes.get(row["source"], "")
            claim.beside = beside.get(row["claim_id"], frozenset())
            if claim.event == rules.DATED_FIGURE_EVENT:
                claim.beside = companions
            claim.retold = retold.get(row["claim_id"], (frozenset(), ""))[0]
            claim.names |= makers.get((claim.source, claim.subject), frozenset())
            claim.rival = _rival_drug(claim.names, drugs_named.get(claim.source, Counter())) \
                or _called_a_rival(claim.subject, claim.sentence)
            if claim.event:
                opening = _opening_name(claim.sentence, article_names[claim.source])
                if not frames.other_drugs(claim.names, opening):
                    # ("Velbrin targets IL-5, like rivazumab, which the FDA approved in 2015": the rival's date)
                    claim.names |= opening
            out.append(claim)
    homes_placed = _home_places(out)
    for claim in out:
        claim.home_place = homes_placed.get(claim.source, "")
    return out


@functools.lru_cache(maxsize=4096)
def states_named(sentence: str) -> frozenset[str]:
    """The U.S. states a sentence names (rules.US_STATES), wherever they stand."""
    return frozenset(w for w in re.findall(r"[a-z]+", sentence.lower()) if w in rules.US_STATES)


def _home_places(claims: list[Comparable]) -> dict[str, str]:
    """The U.S. state each article names in the most of its figures' sentences,
    when one is named in more than any other, as a place word ("place-california"):
    "the state counted 7,393 cases" in a story on California is California's."""
    sentences: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        for name in states_named(c.sentence):
            sentences[c.source][name].add(c.sentence)
    homes = {}
    for source, named in sentences.items():
        ranked = sorted((len(s) for s in named.values()), reverse=True)
        if ranked[0] >= rules.HOME_PLACE_MIN_SENTENCES and (len(ranked) == 1 or ranked[0] > ranked[1]):
            homes[source] = rules.PLACE_PREFIX + stem(max(named, key=lambda w: len(named[w])))
    return homes


def _by_sentence(rows: list[dict]) -> list[list[dict]]:
    """The rows of each sentence of each article, in the order they were given."""
    by_sentence: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_sentence[row["source"], row["sentence"]].append(row)
    return list(by_sentence.values())


def _beside_figures(sentences: list[list[dict]]) -> dict[str, frozenset[str]]:
    """Per claim id, the distinctive figures right before and after it in its
    sentence, as kind, unit and value: "100,000 cases and 19,000 deaths" and
    "100,000 cases and 20,000 deaths" give their deaths beside one figure."""
    out: dict[str, frozenset[str]] = {}
    for members in sentences:
        members = sorted(members, key=lambda r: int(r["start"]))
        keys = [_figure_key(r) for r in members]
        for i, row in enumerate(members):
            before = keys[i - 1] if i else ""
            after = keys[i + 1] if i + 1 < len(keys) else ""
            out[row["claim_id"]] = frozenset(({"before:" + before} if before else set())
                                             | ({"after:" + after} if after else set()))
    return out


def _distinctive_figures(sentences: list[list[dict]]) -> dict[str, frozenset[str]]:
    """Per date claim id, the distinctive figures of its sentence that it dates
    (whose as-of it is: frames.py tells a figure's date from a report's or a
    baseline's): "114,670 deaths in the 12 months ending in June 2022". A
    figure is distinctive written with one number of rules.DATED_FIGURE_MIN_DIGITS
    or more significant digits ("5,674", "$11.5 billion"; not "1 in 36")."""
    out: dict[str, frozenset[str]] = {}
    for members in sentences:
        dated = [(_dated_figure_key(r), frozenset(str(r.get("as_of") or "").split()))
                 for r in members if r["kind"] != "date" and _distinctive(r["text"])]
        for row in members:
            if row["kind"] == "date" and row.get("date") and _year_told(row["text"]):
                # (a figure given two dates, "from 46.0% in 2022 to 45.6% in 2023", is dated by neither)
                keys = frozenset("with:" + key for key, as_of in dated if key and as_of == {row["date"]})
                if keys:
                    out[row["claim_id"]] = keys
    return out


def _dated_figure_key(row: dict) -> str:
    """_figure_key of a dated figure, with counts and bare numbers one: one
    source's "peaked at 61,382 admissions" is another's "when 61,382 were
    recorded", a count whose noun the sentence leaves out."""
    key = _figure_key(row, rules.DATED_FIGURE_KINDS)
    if key and row["kind"] in {"count", "number"}:
        return f"whole:{float(row['value_low'])!r}:{float(row['value_high'])!r}"
    return key


def _retold_figures(sentences: list[list[dict]]) -> dict[str, tuple[frozenset[str], str]]:
    """Per date or duration claim id (rules.RETOLD_EVENT), the distinctive
    figure nearest to it in its sentence, keyed with the word before it: "10.93%
    had an adverse event within 30 days" gives its 30 days "within" 10.93%.
    None where two figures are equally near, or the nearest is not distinctive.
    Each with the figure's text."""
    out: dict[str, tuple[frozenset[str], str]] = {}
    for members in sentences:
        figures = [r for r in members if r["kind"] not in LAG_COMPANION_KINDS]
        for row in members:
            if row["kind"] not in rules.RETOLD_KINDS or (row["kind"] == "date" and not _year_told(row["text"])):
                continue
            gaps = sorted((_gap(row, r), i) for i, r in enumerate(figures))
            if not gaps or (len(gaps) > 1 and gaps[0][0] == gaps[1][0]) or gaps[0][0][1] > rules.RETOLD_REACH_WORDS:
                continue
            nearest = figures[gaps[0][1]]
            key = _figure_key(nearest, rules.DATED_FIGURE_KINDS) if _distinctive(nearest["text"]) else ""
            if key:
                out[row["claim_id"]] = frozenset({f"{_word_before(row)}:{key}"}), nearest["text"]
    return out


def _gap(a: dict, b: dict) -> tuple[int, int]:
    """How far apart two claims of one sentence are: the separators
    (rules.RETOLD_SEPARATORS), then the words between them."""
    first, second = sorted((a, b), key=lambda r: int(r["start"]))
    at = place_in(first["sentence"], first)[1]
    between = first["sentence"][at:at + max(int(second["start"]) - int(first["end"]), 0)] if at >= 0 else ""
    return sum(between.count(c) for c in rules.RETOLD_SEPARATORS), len(_ANY_WORD.findall(between))


def _word_before(row: dict) -> str:
    """The word before a claim, its role: "within" 30 days. A duration
    modifying a noun ("a three-year, $1.13 billion grant", "a $1.13 billion,
    five-year grant") has one role wherever its article puts it."""
    if row["kind"] == "duration" and _DURATION_MODIFIER.search(row["text"]):
        return "-"
    at = place_in(row["sentence"], row)[0]
    words = _ANY_WORD.findall(row["sentence"][:at]) if at > 0 else []
    return words[-1].lower() if words else ""


_ANY_WORD = re.compile(r"[A-Za-z]+")
_DURATION_MODIFIER = re.compile(r"\w-[a-z]+$")  # "three-year", "24-week", "12-month"


def _retold_claim(row: dict, figure: str) -> Comparable:
    """A date or duration compared only as the one told beside a distinctive
    figure (rules.RETOLD_EVENT), `figure`; its block keys are set by the caller."""
    family, factor = _family(row["kind"], row["unit"])
    lo, hi = row["value_low"], row["value_high"]
    return Comparable(
        claim_id=row["claim_id"], source=row["source"],
        order=(row["source"], row["start"], row["end"], row["claim_id"]), kind=row["kind"],
        family=family, arm=row.get("arm") or "", keys=frozenset(), words="", counted="", low=lo, high=hi,
        interval=_interval(lo, hi, row["text"], row.get("bound_type") or "", factor, row["kind"],
                           row.get("bound") or ""),
        display=_display(row), qualifiers=_qualifiers_of(row, "estimate"), hedge=row.get("hedge_type") or "",
        population_count=False, event=rules.RETOLD_EVENT, qualifier_words=frozenset(),
        label=f"{'date' if row['kind'] == 'date' else 'time'} told with {figure}", change=False,
        unit=row["unit"] or "", text=row["text"], sentence=row["sentence"], published=row.get("published") or "",
        subject=row.get("subject") or "", names=_names_with_parts(row.get("subject_names") or ""),
        statistic="estimate", as_of=frozenset(), sentence_names=_sentence_names_with_parts(row["sentence"]),
        source_studies=frozenset(),
    )


def _year_told(text: str) -> bool:
    """Whether a date says its year, in figures or relative to its story ("last
    June", "three years ago"), not left to be guessed ("Feb. 9", "in September
    of that year"): only such a date is compared as a figure's."""
    return bool(_YEAR_FIGURES.search(text)) or bool(set(text.lower().split()) & rules.DATED_FIGURE_DEICTIC_WORDS)


_YEAR_FIGURES = re.compile(r"\d{4}")


def _distinctive(text: str) -> bool:
    numbers = _NUMBER.findall(text)
    return len(numbers) == 1 and len(numbers[0].replace(",", "").replace(".", "").strip("0")) \
        >= rules.DATED_FIGURE_MIN_DIGITS


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure_key(row: dict, kinds: frozenset[str] = rules.BESIDE_KINDS) -> str:
    """A figure as kind, unit and value, or '' for one too common to tell two
    sentences' facts apart (a date, a small whole count)."""
    if row["kind"] not in kinds or row.get("role") or row.get("value_low") in (None, ""):
        return ""
    low, high = float(row["value_low"]), float(row["value_high"])
    if row["kind"] == "count" and low == high and low.is_integer() and abs(low) <= rules.BESIDE_MIN_COUNT:
        return ""
    return f"{row['kind']}:{row['unit']}:{low!r}:{high!r}"


# Figures a duration "after" something may stand beside and still be the claim,
# not another figure's timepoint: dates, and other durations.
LAG_COMPANION_KINDS = {"date", "duration"}


def _names_counted(rows: list[dict]) -> dict[str, Counter]:
    """Per article, every name its figures' sentences give (read inside the
    sentences), with the number of those sentences that give it."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for source, sentence in {(row["source"], row["sentence"]) for row in rows}:
        counts[source].update(set(frames.sentence_names(sentence)))
    return counts


def _rival_drug(names: frozenset[str], drugs_named: Counter) -> str:
    """The drug a figure names that its article names in at most half as many
    sentences as its most named drug, when the figure does not name that one:
    "mepolizumab, approved in 2015" in an article on depemokimab is a rival's
    figure, and "it was approved in 2025" beside it is depemokimab's."""
    if not drugs_named:
        return ""
    most = max(drugs_named.values())
    drugs = sorted(n for n in names if frames.inn_drug_name(n))
    if any(drugs_named[d] == most for d in drugs):
        return ""  # (any of the most named: two drugs named alike often are both the article's)
    return next((d for d in drugs if drugs_named[d] * 2 <= most), "")


def _called_a_rival(subject: str, sentence: str) -> str:
    """The drug nearest a figure when its sentence calls it a rival, a few words
    before naming it ("Merck's rival pill, molnupiravir, cut the risk by about
    half"): the figure is the rival's, however often the article names it."""
    if not subject or not frames.inn_drug_name(subject):
        return ""
    return subject if re.search(_RIVAL_BEFORE + re.escape(subject) + r"\b", sentence, re.I) else ""


_RIVAL_BEFORE = r"\b(?:" + "|".join(map(re.escape, rules.RIVAL_WORDS)) + r")\b(?:\W+\w+){0," \
    + str(rules.RIVAL_NAME_GAP) + r"}?\W+"


def _opening_name(sentence: str, named: frozenset[str]) -> frozenset[str]:
    """The word an event's sentence opens with, when its article names it
    inside another sentence ("Rezdiffra received accelerated approval in March
    2024"): the product whose event it is."""
    first = OPENING_WORD.match(sentence)
    word = first.group(1).lower() if first else ""
    return frozenset({word}) if word and word in named else frozenset()


# The capitalized word a sentence opens with ("Glucora's price ..."), past quotes and bullets.
OPENING_WORD = re.compile(r"^\W*([A-Z][\w-]*?)(?:'s|’s)?\b")


def _maker_links(rows: list[dict]) -> dict[tuple[str, str], frozenset[str]]:
    """By (article, name): the names its article gives as the same thing's, a
    maker and its product ("Casgevy, developed by Vertex"; frames.maker_links)."""
    linked: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, sentence in {(row["source"], row["sentence"]) for row in rows}:
        for first, second in frames.maker_links(sentence):
            linked[source, first].add(second)
            linked[source, second].add(first)
    return {key: frozenset(names) for key, names in linked.items()}


def _home_jurisdictions(rows: list[dict]) -> dict[str, str]:
    """The jurisdiction each article names in the most of its sentences, when
    one does more than any other: where an event it dates without naming one
    happened ("won full approval last July" in a story on the FDA's decisions)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for source, sentence in {(row["source"], row["sentence"]) for row in rows}:
        counts[source].update(frames.jurisdictions_in(sentence))
    homes = {}
    for source, named in counts.items():
        ranked = named.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            homes[source] = ranked[0][0]
    return homes


def _votes(rows: list[dict]) -> dict[str, tuple[tuple[float, ...], frozenset[str]]]:
    """Each tally's whole vote, by claim id: a count for and the count against
    next to it in its sentence (in either order: "voted 9-1 against"), and the
    abstentions after those; and what the vote was on, as any of its counts'
    clauses name it (the motion tags)."""
    tallies: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if (row.get("statistic") or "").startswith("tally_"):
            tallies[row["source"], row["sentence"]].append(row)
    out: dict[str, tuple[tuple[float, ...], frozenset[str]]] = {}
    for members in tallies.values():
        vote: list[dict] = []
        for row in sorted(members, key=lambda r: r["start"]) + [None]:
            if row is None or row["statistic"] in {r["statistic"] for r in vote}:  # the next vote's
                counts = {r["statistic"]: r["value_low"] for r in vote}
                if "tally_for" in counts and "tally_against" not in counts and _UNANIMOUS.search(vote[0]["sentence"]):
                    counts["tally_against"] = 0.0  # "voted unanimously, with all 11 members agreeing"
                if "tally_for" in counts and "tally_against" in counts:
                    whole = (counts["tally_for"], counts["tally_against"]) + (
                        (counts["tally_abstain"],) if "tally_abstain" in counts else ())
                    motions = frozenset(w for r in vote for w in (r["measure_key"] or "").split()
                                        if w.startswith(rules.MOTION_PREFIX))
                    out.update((r["claim_id"], (whole, motions)) for r in vote)
                vote = []
            if row is not None:
                vote.append(row)
    return out


_UNANIMOUS = re.compile(rules.UNANIMOUS_WORD, re.IGNORECASE)


def _votes_by_sentence(rows: list[dict], votes: dict[str, tuple[tuple[float, ...], frozenset[str]]]
                       ) -> dict[tuple[str, str], list[tuple[int, tuple[tuple[float, ...], frozenset[str]]]]]:
    """By (article, sentence): where each of its tallies' counts stands, with its whole vote."""
    out: dict[tuple[str, str], list] = defaultdict(list)
    for row in rows:
        if row["claim_id"] in votes:
            out[row["source"], row["sentence"]].append((int(row["start"]), votes[row["claim_id"]]))
    return out


def _dates_of_votes(rows: list[dict], votes_by_sentence: dict[tuple[str, str], list]) -> set[str]:
    """The ids of the dates nearest a tally of their sentence: a vote has one
    date, and another date of its sentence times something else ("passed on
    29 November 2024 after votes of 102-13 and 34-19, requires ... from 10
    December 2025")."""
    dates: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if row["kind"] == "date" and (row["source"], row["sentence"]) in votes_by_sentence:
            dates[row["source"], row["sentence"]].append(row)
    nearest = set()
    for key, placed in votes_by_sentence.items():
        for position, _ in placed:
            candidates = [d for d in dates.get(key, []) if not _across_a_semicolon(d, position)]
            # (its own clause's first: "In May 2021 advisers voted 10-7, and in July the agency declined")
            in_clause = [d for d in candidates if not _across_a_clause_end(d, position)]
            if in_clause or candidates:
                nearest.add(min(in_clause or candidates, key=lambda d: abs(int(d["start"]) - position))["claim_id"])
    return nearest


def _across_a_clause_end(row: dict, position: int) -> bool:
    """Whether a clause of the row's sentence ends (extract.dates.CLAUSE_END)
    between the row's figure and the figure at `position` (an article offset)."""
    at = place_in(row["sentence"], row)[0]
    if at < 0:
        return False
    other = at + position - int(row["start"])
    sentence = _DASH_IN_A_PAIR.sub("-", row["sentence"])  # (one character for one: offsets hold)
    return bool(CLAUSE_END.search(sentence, min(at, other), max(at, other)))


_DASH_IN_A_PAIR = re.compile(r"(?<=\d)[–—](?=\d)")  # "102–13" is a tally, no clause's end


def _nearest_vote(row: dict, placed: list) -> tuple[tuple[float, ...], frozenset[str]] | None:
    """The vote nearest a date of its sentence, which the date may time; None
    for another kind of figure, or a sentence without a tally."""
    if row["kind"] != "date":
        return None
    # (not across a semicolon: "after a 4-3 vote in January 2024; the plan had
    # spent $102 million in 2023" dates the spending, no vote)
    placed = [p for p in placed if not _across_a_semicolon(row, p[0])]
    if not placed:
        return None
    return min(placed, key=lambda p: abs(p[0] - int(row["start"])))[1]


def _across_a_semicolon(row: dict, position: int) -> bool:
    """Whether a semicolon of the row's sentence stands between the row's
    figure and a figure of that sentence starting at `position` (both offsets
    in the article; the sentence's own is found from the row's text)."""
    sentence, shift = row["sentence"], position - int(row["start"])
    at = sentence.find(row["text"])
    while at >= 0:
        other = at + shift
        if 0 <= other < len(sentence) and sentence[other].isdigit():
            return ";" in sentence[min(at, other):max(at, other)]
        at = sentence.find(row["text"], at + 1)
    return False


def _studies_by_source(rows: list[dict]) -> dict[str, frozenset[str]]:
    """The study qualifiers each article names anywhere ("phase=3", "trial=X")."""
    studies: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        studies[row["source"]].update(f"{q}={row[q]}" for q in STUDY_QUALIFIERS if row.get(q))
    return defaultdict(frozenset, {source: frozenset(names) for source, names in studies.items()})


def _years_before(rows: list[dict]) -> dict[str, str]:
    """Per claim id, the year of the last date its article gives before it
    (not a dateline's): what "that year" in its sentence refers back to."""
    out: dict[str, str] = {}
    last: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: (r["source"], int(r["start"]))):
        out[row["claim_id"]] = last.get(row["source"], "")
        key = (row.get("measure_key") or "").split()
        if row["kind"] == "date" and row.get("date") and not (key and key[0] == rules.DATELINE_EVENT):
            last[row["source"]] = str(row["date"])[:4]
    return out


def _with_year_referred_to(row: dict, year_before: str) -> dict:
    """A figure its sentence dates only by "that year", "that July" or "the same
    year" holds for the year of the date its article gave last: "The state
    recorded 962 firearm deaths that year." (not its article's day)."""
    if row["kind"] == "date" or row.get("as_of") or not year_before or not _REFERRED_PERIOD.search(row["sentence"]):
        return row
    return {**row, "as_of": year_before}


_REFERRED_PERIOD = re.compile(r"\b(?:that|the same)\s+(?:" + "|".join(sorted(rules.REFERRED_PERIOD_WORDS)) + r")\b",
                              re.I)


def _keys_of_linked_counts(sentences: list[list[dict]]) -> dict[str, str]:
    """Per claim id, the key of what befell people (rules.LINKED_TALLY_KEYS) that a
    count naming none takes from the count it is told with: the one it is
    coordinated with before their verb ("25 campers and three counselors
    died"), or the one it is a part of ("killed 137 people, 108 of them in the
    county, including 36 children")."""
    out: dict[str, str] = {}
    for rows in sentences:
        sentence = rows[0]["sentence"]
        placed = sorted(((place_in(sentence, r), r) for r in rows if r["kind"] in {"count", "number"}),
                        key=lambda placed_row: placed_row[0])
        placed = [(at, r) for at, r in placed if at[0] >= 0]
        for k, (at, row) in enumerate(placed):
            if _tally_key(row, out) or (row["unit"] or "").lower() in _EVENT_NOUNS:
                continue  # (a count of cases is no count of people a verb befalls)
            before = placed[k - 1] if k else None
            after = placed[k + 1] if k + 1 < len(placed) else None
            if after and _tally_key(after[1], out) and _COORDINATED.fullmatch(sentence, at[1], after[0][0]):
                out[row["claim_id"]] = _tally_key(after[1], out)
            elif before and _tally_key(before[1], out) and "." not in sentence[before[0][1]:at[0]] \
                    and (_OF_THEM_AFTER.match(sentence, at[1]) or _INCLUDING_BEFORE.search(sentence, 0, at[0])):
                out[row["claim_id"]] = _tally_key(before[1], out)
    return out


def _tally_key(row: dict, linked: dict[str, str]) -> str:
    """The key a count passes on: one its verb gives it ("137 people were killed"),
    not its noun ("200 deaths": "2,947 cases and 200 deaths" are no two counts of the dead)."""
    if (row["unit"] or "").lower() in _EVENT_NOUNS:
        return ""
    keys = [w for w in (row["measure_key"] or "").split() if w in rules.LINKED_TALLY_KEYS]
    return keys[0] if keys else linked.get(row["claim_id"], "")


_EVENT_NOUNS = set(rules.COUNTED_EVENTS) | rules.NEW_TALLIED_NOUNS


_COORDINATED = re.compile(rules.COORDINATED_COUNTS)
_OF_THEM_AFTER = re.compile(rules.PART_OF_A_COUNT_AFTER)
_INCLUDING_BEFORE = re.compile(rules.PART_OF_A_COUNT_BEFORE)


def _as_count_of_the_dead(row: dict) -> dict:
    """A bare number whose measure is a death ("RSV killed 6,000 to 10,000 of
    them") counts people who died, as "6,000 deaths" does."""
    if row["kind"] != "number" or rules.COUNTED_EVENTS["deaths"] not in (row["measure_key"] or "").split():
        return row
    return {**row, "kind": "count", "unit": rules.GENERIC_PERSON}


def _compared(row: dict) -> bool:
    """Whether a row is a claim of a kind and status that is compared at all."""
    if row["kind"] not in COMPARED_KINDS or row.get("role") in UNCOMPARED_ROLES \
            or row.get("status") in rules.UNASSERTED_STATUSES \
            or row["sentence"].lstrip("'\"“ ").lower().startswith(rules.CITATION_OPENERS):
        return False
    if row["kind"] == "count" and _counts_a_timepoint(row):
        return False  # "improved after two sessions": when, not how many
    if row["kind"] == "number" and not _bare_number_measured(row):
        return False
    lo, hi = row["value_low"], row["value_high"]
    return not (lo is None or hi is None or (isinstance(lo, float) and math.isnan(lo)))


def _bare_number_measured(row: dict) -> bool:
    """Whether a number with no unit states a measured value: not a p-value,
    not a cut-off ("below 60 mmol/L", "a score of 80 or more": a definition,
    not a finding), and with a measure word that is no name ("Peru (936)",
    "23 from Sindh": an entry of a list whose totals and dates vary by source)."""
    if row.get("statistic") == "p_value" or row.get("bound_type"):
        return False
    names = {stem(w.lower()) for w in re.findall(r"\b[A-Z][\w'’-]*", row["sentence"])}
    return any(w not in names for w in (row["measure_key"] or "").split())


def _comparable_of(row: dict, source_studies: frozenset[str] = frozenset(), alone: bool = False,
                   beside_a_vote: bool = False, dates_a_figure: bool = False) -> Comparable | None:
    """A row as the conflict stage sees it, or None when it names too little to
    compare. `alone`: the only figure of its sentence; `beside_a_vote`: its
    sentence gives a vote's tally; `dates_a_figure`: its sentence gives a
    distinctive figure (a date's, _distinctive_figures)."""
    lo, hi = row["value_low"], row["value_high"]
    family, factor = _family(row["kind"], row["unit"])
    key_words = (row["measure_key"] or "").split()
    complement = rules.COMPLEMENT_TAG in key_words and row["unit"] == "%"
    if complement:
        key_words = [w for w in key_words if w != rules.COMPLEMENT_TAG]
        lo, hi = 100 - hi, 100 - lo  # "70% don't" is "30% do"
    key_words = key_words + [w for w in _rate_counted(row["kind"], row["unit"] or "") if w not in key_words]
    # people counted as cases have the measure "742 cases" has (_counted_of)
    key_words = [_stem_noun(rules.CASE_NOUN) if w == rules.CASE_COUNT_TAG else w for w in key_words
                 if w != rules.CASE_COUNT_TAG or _counted_as_cases(row)]
    keys = frozenset(w for w in key_words if w in SYNONYM_KEYS
                     and not (row["kind"] == "money" and w in rules.EVENTS_NOT_PRICED)
                     and not (row["kind"] != "money" and w in rules.MONEY_KEYS)
                     and not (row["kind"] != "count" and w in rules.PEOPLE_TALLY_KEYS))
    keys = keys - {reason for key in keys & rules.REASON_KEYS.keys() for reason in rules.REASON_KEYS[key]}
    drugs = {w for w in key_words if drug_name(w)}
    # (a comparator, a price's unit, a count's period qualify a measure; they are not what is measured)
    # (a key only money has stays a word of other figures: "cut copays by 70%"; so does a
    # key only counts of people have: "30% of injuries" is a share of them, no tally)
    words = " ".join(w for w in key_words if (w not in SYNONYM_KEYS or w in rules.MONEY_KEYS and row["kind"] != "money"
                                              or w in rules.PEOPLE_TALLY_KEYS and row["kind"] != "count")
                     and w not in drugs
                     and not w.startswith(rules.ONE_SIDED_QUALIFIER_PREFIXES)
                     and not (row["kind"] == "count" and w in _PERIOD_WORDS))
    event = _event_of(row, key_words, words, alone, beside_a_vote, dates_a_figure) if row["kind"] == "date" else ""
    if event is None or (row["kind"] not in {"date", "count"} and not keys and not words):
        return None
    # "30,000 Americans": people of the United States
    place = _demonym_place(row.get("unit") or "") if row["kind"] == "count" else ""
    counted, keys, statistic, study_size = _counted_of(row, keys)
    words = _with_action(row, words, counted, study_size)
    allocation = statistic == rules.ALLOCATION_STATISTIC
    if allocation:
        # a trial's allocation is one measure, whatever its sentence says of the arms
        # ("randomized 2:1 to 400 mg or placebo", "assigned 1:1 to the shot or the IV")
        keys, words = frozenset({rules.ALLOCATION_STATISTIC}), ""
    if counted in (rules.GENERIC_PERSON, rules.CASE_NOUN):
        family = f"count:{counted}"
    arm = row.get("arm") or ""
    change = row.get("role") == "change"
    if change and _risk_reduction(row, words):
        # "lowered the risk of severe disease by 94%" is an efficacy of 94%; against
        # another treatment ("96% fewer infections than with daily pills") it stays
        # a difference from that treatment
        keys = keys | {rules.RISK_REDUCTION_KEY}
        change = any(w.startswith(rules.VERSUS_PREFIX) and w[len(rules.VERSUS_PREFIX):] not in _NO_TREATMENT
                     for w in key_words)
    elif not change and _share_prevented(row):
        keys = keys | {rules.RISK_REDUCTION_KEY}
    return Comparable(
        claim_id=row["claim_id"], source=row["source"],
        order=(row["source"], row["start"], row["end"], row["claim_id"]), kind=row["kind"],
        family=family, arm=arm, keys=keys, words=words,
        counted=_stem_noun(counted), low=lo, high=hi,
        interval=_interval(lo, hi, row["text"], row.get("bound_type") or "", factor, row["kind"],
                           row.get("bound") or "", complement),
        display=_display(row),
        qualifiers=_qualifiers_of(row, statistic),
        hedge=row.get("hedge_type") or "",
        population_count=study_size and not keys & set(rules.COUNTED_EVENTS.values()),
        event=event,
        qualifier_words=frozenset() if allocation else _qualifier_words_of(row, key_words),
        label=_measure_label(row, arm, event, keys, change), change=change, unit=row["unit"] or "",
        text=row["text"],
        sentence=row["sentence"], published=row.get("published") or "",
        subject=row.get("subject") or place or "",
        names=_names_with_parts(row.get("subject_names") or "") | ({place} if place else set()),
        statistic=statistic,
        as_of=_as_of(row),
        sentence_names=_sentence_names_with_parts(row["sentence"]),
        source_studies=source_studies,
        ranked=_record_of(row)[1] if event.endswith(rules.RECORD_EVENT) else "",
    )


def _qualifiers_of(row: dict, statistic: str) -> dict[str, str]:
    """A claim's study qualifiers and timepoint. A committee's vote is no figure of
    the study its article reports on: a tally takes none of the study's."""
    tally = statistic.startswith("tally_")
    return {q: "" if tally and q in STUDY_QUALIFIERS
            else _timepoint(str(row.get(q) or "")) if q == "timepoint" else str(row.get(q) or "")
            for q in QUALIFIERS}


def _timepoint(text: str) -> str:
    """A timepoint in the largest unit that states it exactly ("42 days" is "6
    weeks", "24 months" "2 years"), so one follow-up time written two ways is one."""
    value, _, unit = text.partition(" ")
    larger = rules.TIMEPOINT_LARGER_UNITS.get(unit)
    try:
        number = float(value)
    except ValueError:
        return text
    if larger is None or number % larger[1] or not number:
        return text
    return _timepoint(f"{format_number(number / larger[1])} {larger[0]}")


def _risk_reduction(row: dict, words: str) -> bool:
    """Whether a change is a relative reduction of a risk ("cut the risk of
    hospitalization by 89%", "96% fewer infections"): a share of the risk, down."""
    if row["kind"] != "percent" or row["unit"] != "%" or not set(words.split()) & _RISK_STEMS:
        return False
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return False
    sentence = row["sentence"].lower()
    # the change word nearest before the figure ("cut the risk of ... by 88%, and by
    # 89% when ..."), or the word right after it ("96% fewer infections")
    before = [w for w in _WORD.findall(sentence[:at]) if w in _CHANGE_OR_REDUCTION]
    after = _WORD.findall(sentence[end:])[:1]
    return bool(before and before[-1] in rules.REDUCTION_WORDS or set(after) & rules.REDUCTION_WORDS)


_WORD = re.compile(r"[a-z]+")
_CHANGE_OR_REDUCTION = rules.CHANGE_WORDS | rules.REDUCTION_WORDS
_RISK_STEMS = {stem(w) for w in rules.RISK_NOUNS}
_CHANGE_OR_PREVENTION = _CHANGE_OR_REDUCTION | rules.PREVENTION_VERBS
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")  # a word in lower case, not part of a name
_NO_TREATMENT = {stem(w) for w in rules.NO_TREATMENT_WORDS}
# "against" within a few words after the figure, then up to three words and a strain noun
_STRAIN_AFTER_AGAINST = re.compile(r"^\W*(?:\w+\W+){0,2}?against\s+(?:the\s+)?((?:[\w.-]+\s+){0,2}?[\w.-]+)\s+"
                                   r"(?:" + "|".join(rules.STRAIN_NOUNS) + r")\b", re.I)


def _share_prevented(row: dict) -> bool:
    """Whether a percent is the share of a risk a product prevents: "prevented 80%
    of symptomatic cases", "92% protection against infant death", "61% against
    symptomatic disease". It is an efficacy, as a risk reduction is."""
    if row["kind"] != "percent" or row["unit"] != "%":
        return False
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return False
    # the nearest verb of change or prevention before it ("prevented 84% of
    # hospitalized cases and 61% of symptomatic ones"), written in lower case
    # (a trial's name, "PREVENT-19", is no verb)
    before = [w for w in _LOWER_WORD.findall(row["sentence"][:at]) if w in _CHANGE_OR_PREVENTION]
    if before and before[-1] in rules.PREVENTION_VERBS:
        return True
    after = _LOWER_WORD.findall(row["sentence"][end:end + 60])[:6]
    if after[:1] and after[0] in rules.PROTECTION_WORDS:
        return True
    return after[:1] == ["against"] and bool({stem(w) for w in after[1:]} & _RISK_STEMS)


def _event_of(row: dict, key_words: list[str], words: str, alone: bool = False,
              beside_a_vote: bool = False, dates_a_figure: bool = False) -> str | None:
    """The event a date times, with its kind ("accelerated approval"); "" for a
    forecast that names none, or a date alone in its sentence; the vote for a
    date naming no event beside a tally ("voted 10-2 in September 2024"); None
    for a date not compared."""
    record, _ = _record_of(row)
    if record:
        return f"{record} {rules.RECORD_EVENT}"
    if _marked_as_of(row):
        # "As of Feb. 10, FEMA had approved $72.3 million": when the figure was
        # taken, not when anything was approved
        return rules.DATED_FIGURE_EVENT if dates_a_figure else None
    # a date's measure key starts with the event it times, if any
    event = key_words[0] if key_words and key_words[0] in rules.DATE_EVENT_KEYS else ""
    kind_of_event = frames.event_kind(row["sentence"], row["text"]) if event else ""
    event = f"{kind_of_event} {event}".strip() if kind_of_event else event
    if event in rules.DATE_EVENTS_NOT_COMPARED:
        return None
    if event and _opens_a_counted_period(row):
        return rules.DATED_FIGURE_EVENT if dates_a_figure else None
    if not event and beside_a_vote and row.get("hedge_type") != "forecast":
        return rules.VOTE_EVENT
    # without an event word, only forecasts are compared ("sales expected
    # by 2026"): other years mostly date another figure ("in 2020, 40%")
    if not event and not words:
        return rules.DATED_FIGURE_EVENT if dates_a_figure else None
    if not event and row.get("hedge_type") != "forecast" and not (alone and not _bounds_a_period(row)):
        return rules.DATED_FIGURE_EVENT if dates_a_figure else None
    return event


def _marked_as_of(row: dict) -> bool:
    """Whether a date follows "as of" (rules.AS_OF_MARK): the moment a figure of
    its clause holds at, never the date of an event."""
    at, _ = place_in(row["sentence"], row)
    return at > 0 and bool(rules.AS_OF_MARK.search(row["sentence"][:at]))


def _record_of(row: dict) -> tuple[str, str]:
    """The record a date after "since" is the baseline of: its direction
    ("first", "high", "low": rules.RECORD_DIRECTIONS) and the stems of what it
    ranks ("the first measles death in the state since": "measl death state"),
    or ("", "") for none."""
    at, _ = place_in(row["sentence"], row)
    before = row["sentence"][:max(at, 0)]
    if at < 0 or not rules.SINCE_DATE_BEFORE.search(before):
        return "", ""
    clause = rules.CLAUSE_PUNCTUATION.split(before)[-1]
    ranks = list(rules.RECORD_RANK_WORD.finditer(clause))
    if not ranks:
        return "", ""
    last = ranks[-1]
    if last.group().lower() == "most" and not rules.RECORD_MOST_AFTER.search(clause[:last.start()]):
        return "", ""  # "most of the cases since 2014": a share, no rank
    ranked = rules.SINCE_DATE_BEFORE.sub("", clause[last.end():])
    stems = (stem(w.lower()) for w in re.findall(r"[A-Za-z][\w.'’-]*", ranked)
             if w.lower() not in STOP_WORDS and w.lower() not in rules.RECORD_WORDS)
    return rules.RECORD_DIRECTIONS[last.group().lower()], " ".join(stems)


def _opens_a_counted_period(row: dict) -> bool:
    """Whether a date follows "since" in a clause that counts what happened
    since then ("approved 11 treatments since 2008": rules.SINCE_DATE_BEFORE)."""
    at, _ = place_in(row["sentence"], row)
    before = row["sentence"][:max(at, 0)]
    if at < 0 or not rules.SINCE_DATE_BEFORE.search(before):
        return False
    clause = rules.CLAUSE_PUNCTUATION.split(before)[-1]
    return bool(rules.COUNT_IN_CLAUSE.search(clause))


def _bounds_a_period(row: dict) -> bool:
    """Whether a date opens or closes a period ("since 2021", "between 2023 and
    2024", "from March"): the baseline of a trend, no event."""
    at, _ = place_in(row["sentence"], row)
    before = _LOWER_WORD.findall(row["sentence"][max(0, at - 20):max(at, 0)])
    return bool(before) and before[-1] in rules.PERIOD_BOUND_WORDS


def _beside_another_group(row: dict) -> bool:
    """Whether a count of people is joined by "and" to a count of another group
    ("1,680 adults and 41 adolescents", "41 adolescents and 1,680 adults"): each
    is a part of the study's people, neither the study's size."""
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return False
    own = (row.get("unit") or "").lower()
    after = _GROUP_AFTER.match(row["sentence"], end)
    before = _GROUP_BEFORE.search(row["sentence"][:at])
    return any(m and m.group(1).lower() in rules.POPULATION_NOUNS and m.group(1).lower() != own
               for m in (after, before))


_GROUP_AFTER = re.compile(r"\s+\w+,?\s+and\s+(?:\d[\d,]*|[a-z]+)\s+(\w+)")  # "... adults and 41 adolescents"
_GROUP_BEFORE = re.compile(r"(?:\d[\d,]*|[a-z]+)\s+(\w+),?\s+and\s+$")  # "41 adolescents and ..."


def _demonym_place(noun: str) -> str:
    """The place of people named by where they live ("Americans": us), or ''."""
    noun = noun.lower()
    return rules.DEMONYMS.get(noun) or (rules.DEMONYMS.get(noun[:-1], "") if noun.endswith("s") else "")


def _counted_of(row: dict, keys: frozenset[str]) -> tuple[str, frozenset[str], str, bool]:
    """What a count counts, its keys, its statistic and whether it is a study's size."""
    counted = (row.get("unit") or "") if row["kind"] == "count" else ""
    if _counted_as_cases(row):
        counted = rules.CASE_NOUN
    if counted in rules.COUNTED_EVENTS:
        # "three deaths" counts people who died, as "four participants died" does
        keys = keys | {rules.COUNTED_EVENTS[counted]}
        counted = rules.GENERIC_PERSON
    elif counted in rules.PERSON_NOUNS or _demonym_place(counted) or (counted in rules.EVENT_COUNTED_PEOPLE
                                           and keys & set(rules.COUNTED_EVENTS.values())):
        # "1,795 participants" and "1,906 people" count one thing; so do "kills
        # 8,000 older adults" and "9,500 deaths among adults over 65"
        counted = rules.GENERIC_PERSON
    statistic = row.get("statistic") or "estimate"
    if rules.PART_TAG in (row["measure_key"] or "").split():
        # "two of the 2,179 participants acquired HIV": the whole is the study's size, the part is no size
        return counted, keys, "estimate" if statistic == "sample_size" else statistic, False
    # people counted for what happened to them ("seven people died") are no study's size
    study_size = row["kind"] == "count" and (statistic == "sample_size" or (
        counted in rules.POPULATION_NOUNS and not keys and _about_a_study(row["sentence"])
        and not _beside_another_group(row)))
    if study_size:
        # a study of 2,246 adults, of 2,246 patients, "(n = 2,246)": one quantity, its size
        counted, statistic = rules.GENERIC_PERSON, "sample_size"
    return counted, keys, statistic, study_size


def _counted_as_cases(row: dict) -> bool:
    """People counted as having a disease, whom another source counts as its
    cases (rules.CASE_COUNT_TAG), but not a part of a study's people: "two of the
    2,179 became infected" is told as "three of the 2,179 did" too."""
    key_words = (row["measure_key"] or "").split()
    return rules.CASE_COUNT_TAG in key_words and rules.PART_TAG not in key_words


def _with_action(row: dict, words: str, counted: str, study_size: bool) -> str:
    """A count of things (not people, not a study's size) with what was done
    with them among its measure words: "done-need", "done-production"."""
    if row["kind"] != "count" or study_size or counted == rules.GENERIC_PERSON or counted in rules.POPULATION_NOUNS:
        return words
    action = _count_action(row)
    return f"{words} {rules.COUNT_ACTION_PREFIX}{action}".strip() if action else words


def _count_action(row: dict) -> str:
    """The family of what was done with counted things (rules.COUNT_ACTIONS),
    read in the figure's clause: the nearest action word before it, else the
    first one just after it ("8 million doses needed"); '' when none."""
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return ""
    before = rules.CLAUSE_PUNCTUATION.split(row["sentence"][:at])[-1].lower().split()
    after = rules.CLAUSE_PUNCTUATION.split(row["sentence"][end:])[0].lower().split()
    for word in before[::-1][:rules.COUNT_ACTION_BEFORE] + after[:rules.COUNT_ACTION_AFTER]:
        family = _ACTION_FAMILY.get(word.strip(".,;:!?\"'”’"))
        if family:
            return family
    return ""


_ACTION_FAMILY = {word: family for family, words in rules.COUNT_ACTIONS.items() for word in words}


def _qualifier_words_of(row: dict, key_words: list[str]) -> frozenset[str]:
    """Words that make a figure another measure ("severe", a dose, a year) and its scopes."""
    implied = rules.PERCENT_CHANGE_QUALIFIERS if row.get("role") == "change" and row["unit"] == "%" else set()
    return frozenset([w for w in key_words if (w in QUALIFIER_STEMS and w not in implied)
                      or w.startswith(_QUALIFIER_PREFIXES)]
                     + [rules.PLACE_PREFIX + x for x in frames.scopes(key_words, row["sentence"])]
                     + _strain_against(row) + _each_unit(row) + list(_analysis_set(row["sentence"]))
                     + list(_data_cut(row["sentence"]))
                     + _share_part(row) + _earlier_period(row) + _composite_of_death(row, key_words))


def _composite_of_death(row: dict, key_words: list[str]) -> list[str]:
    """rules.COMPOSITE_TAG for a death figure whose stretch of sentence, between
    the figures before and after it, names death with another outcome; or, when
    the stretch names no death, the explanation after a colon does ("the
    relative risk reduction was 70%: ... were hospitalized or died")."""
    if rules.MEASURE_SYNONYMS["died"] not in key_words:
        return []
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return []
    before = _FIGURE_OR_BREAK.split(row["sentence"][:at])[-1]
    after = _FIGURE_OR_BREAK.split(row["sentence"][end:])[0]
    stretch = f"{before} {after}".lower()
    text = stretch if _DEATH_WORD.search(stretch) else row["sentence"][end:].partition(":")[2].lower()
    return [rules.COMPOSITE_TAG] if _COMPOSITE_DEATH.search(text) else []


_FIGURE_OR_BREAK = re.compile(r"\d|[;:()]")
_COMPOSITE_DEATH = re.compile(rules.COMPOSITE_DEATH)
_DEATH_WORD = re.compile(r"\b(?:death|deaths|dying|died|die|dies|mortality|fatal\w*|kill\w*)\b")


def _earlier_period(row: dict) -> list[str]:
    """rules.EARLIER_PERIOD_TAG for a figure its clause says is the period
    before's ("compared with 1,449 in the same stretch a year earlier")."""
    at, end = place_in(row["sentence"], row)
    if at < 0 or row.get("role") == "change":
        return []  # "up 6.4% from a year earlier": the change's baseline, not its period
    rest = _CLAUSE_REST.match(row["sentence"], end)
    return [rules.EARLIER_PERIOD_TAG] if rest and _EARLIER_PERIOD.search(rest.group(0).lower()) else []


_CLAUSE_REST = re.compile(r"[^\d;:()]*")  # up to the next figure or clause break
# (closing its clause: "$28,218 a year before insurance" is a yearly price)
# (and not a baseline: "rose 6% from a year earlier")
_EARLIER_PERIOD = re.compile(r"(?<!from )(?<!over )(?<!than )(?<!since )\b(?:"
                             + "|".join(re.escape(p) for p in rules.EARLIER_PERIOD_PHRASES)
                             + r")(?=\s*(?:[,.;:)]|$|and\b|but\b|while\b))")


def _share_part(row: dict) -> list[str]:
    """The part a share of a whole names (rules.PART_PREFIX): "Suicides were 55%
    of all gun deaths", "Firearms account for one in five deaths", "54% of gun
    deaths were suicides"."""
    if row["kind"] != "percent" or row.get("role") == "change":
        return []
    sentence = row["sentence"]
    at, end = place_in(sentence, row)
    if at < 0:
        return []
    m = _PART_BEFORE.search(sentence, 0, at) if _WHOLE_AFTER.match(sentence, end) else None
    m = m or _PART_AFTER.match(sentence, end)
    part = m["part"].lower() if m else ""
    if not part.endswith("s") or part in STOP_WORDS or part in rules.POPULATION_NOUNS:
        return []
    return [rules.PART_PREFIX + stem(part)]


# the part, a verb and perhaps a hedge right before the share; "of" or the whole's noun after it
_PART_BEFORE = re.compile(r"\b(?P<part>[A-Za-z][a-z-]+)\s+(?:" + "|".join(rules.SHARE_PART_VERBS) + r")\s+"
                          r"(?:(?:" + "|".join(rules.SHARE_PART_HEDGES) + r")\s+)?$")
_WHOLE_AFTER = re.compile(r"\s+(?:of|[a-z]+s)\b")
# "54% of all gun deaths were suicides"
_PART_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){1," + str(rules.SHARE_PART_WHOLE_WORDS)
                         + r"}?(?:were|are|was|is)\s+(?P<part>[a-z][a-z-]+)\b(?!\s+(?:of|in|to|by|from|with)\b)")


_ANALYSIS_CUES = {name: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")")
                  for name, cues in rules.ANALYSIS_SET_CUES.items()}


@functools.lru_cache(maxsize=4096)
def _analysis_set(sentence: str) -> tuple[str, ...]:
    """The trial analysis a sentence's cue gives its figures (rules.ANALYSIS_SET_CUES),
    when it gives one kind only: "whether or not they kept taking it" is everyone."""
    text = sentence.lower()
    everyone = list(_ANALYSIS_CUES["everyone"].finditer(text))
    # an adherence cue inside the clause of an "everyone" cue is that cue's ("regardless
    # of whether they stayed on treatment"), not an analysis of its own
    adherent = [m for m in _ANALYSIS_CUES["adherent"].finditer(text)
                if not any(0 <= m.start() - e.end() <= rules.ANALYSIS_CUE_REACH for e in everyone)]
    if bool(everyone) == bool(adherent):
        return ()
    return (rules.ANALYSIS_PREFIX + ("everyone" if everyone else "adherent"),)


_DATA_CUT_CUES = {name: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")")
                  for name, cues in rules.DATA_CUT_CUES.items()}


@functools.lru_cache(maxsize=4096)
def _data_cut(sentence: str) -> tuple[str, ...]:
    """The look at a trial's data a sentence's cue gives its figures
    (rules.DATA_CUT_CUES), when it names one kind only."""
    text = sentence.lower()
    named = [name for name, cue in _DATA_CUT_CUES.items() if cue.search(text)]
    return (rules.DATA_CUT_PREFIX + named[0],) if len(named) == 1 else ()


def _each_unit(row: dict) -> list[str]:
    """The unit a count is given for each of ("six cases in each country",
    "40 beds per ward"): a count per unit is no total."""
    if row["kind"] != "count":
        return []
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return []
    clause = rules.CLAUSE_PUNCTUATION.split(row["sentence"][end:], maxsplit=1)[0]
    m = _EACH_UNIT.search(clause)
    return [rules.EACH_PREFIX + m.group(1).lower()] if m else []


_EACH_UNIT = re.compile(r"^\W*(?:[a-z-]+\s+){0,2}?(?:in|for|per|across|from)\s+(?:each|every)\s+([a-z]+)\b")


def _strain_against(row: dict) -> list[str]:
    """The strain a figure is measured against ("82% protection against the Delta
    variant", "efficacy of 86% against the alpha lineage"): another measure than
    the figure against the disease."""
    at, end = place_in(row["sentence"], row)
    if at < 0:
        return []
    clause = rules.CLAUSE_PUNCTUATION.split(row["sentence"][end:], maxsplit=1)[0]
    m = _STRAIN_AFTER_AGAINST.search(clause)
    return [rules.STRAIN_PREFIX + "-".join(m.group(1).lower().split())] if m else []


def _counts_a_timepoint(row: dict) -> bool:
    """Whether a count follows a word that makes it a point in time ("after
    two sessions", "by the third dose")."""
    at = place_in(row["sentence"], row)[0]
    before = row["sentence"][max(0, at - 12):at].lower().split() if at >= 0 else []
    return bool(before) and before[-1] in rules.TIMEPOINT_BEFORE_COUNT


def _as_of(row: dict) -> frozenset[str]:
    """The dates a claim holds for: those its sentence gives, else, for a
    running count outside a study ("223 cases", "57 people hospitalized"),
    its article's publication date: a tally grows, and one published in March
    is not contradicted by a larger one published in July. A study's counts
    (its size, its arms' events) are fixed once reported."""
    if row["kind"] == "date":
        return frozenset()
    if row["kind"] == "money" and set(str(row.get("measure_key") or "").split()) & rules.PRICED_EVENT_KEYS:
        return frozenset()  # "bought it in 2019 for $950 million": the year is the deal's, one deal
    stated = frozenset((row.get("as_of") or "").split())
    published = str(row.get("published") or "")
    if not stated and published and _said_of_now(row):
        return frozenset({published})  # "a vial now lists for $66.40": as of its article's date
    if row["kind"] != "count" or not published or _a_prevalence(row):
        return stated
    if row.get("arm") or row.get("trial") or row.get("phase") or _about_a_study(row["sentence"]):
        return stated
    if (row.get("statistic") or "").startswith("tally_") or _PERIODIC.search(row["sentence"].lower()):
        return stated  # a vote is cast once; "9,000 deaths a year" is a yearly rate, not a running total
    if row.get("hedge_type") == "forecast":
        # "expects 154,270 new cases this year": a projection for a period, made
        # once, not a running tally: as of the period it names, else its article's year
        return stated or frozenset({published[:4]})
    # a closed count ("the final tally", "the final update") holds from its date on; one
    # for a year or a month ("final figures for 2023") holds for that period
    final = frames.FINAL if _FINAL_COUNT.search(row["sentence"].lower()) \
        and all(len(d) == len("2025-08-28") for d in stated) else ""
    # a tally "this year" or "in March" that holds the publication date is as of that date
    if not stated or all(published.startswith(d) for d in stated):
        return frozenset({final + published})
    if final:
        return frozenset(final + d for d in stated)
    # a total for a year that had ended when its article appeared is the count
    # at the year's end, not the running one of September
    return frozenset(f"{d}-12-31" if len(d) == 4 and d.isdigit() and d < published[:4] else d for d in stated)


def _a_prevalence(row: dict) -> bool:
    """Whether a count is of the people a condition affects ("affects about
    150 people in the U.S.", "estimated to affect 7,000"): a stock estimated now and
    then, not a tally that grows between two articles' dates."""
    return bool(rules.PREVALENCE_WORDS & set(_lead(row)))


def _lead(row: dict) -> list[str]:
    """The words of a figure's clause just before it (rules.NOW_REACH characters)."""
    at = place_in(row["sentence"], row)[0]
    if at < 0:
        return []
    return rules.CLAUSE_PUNCTUATION.split(row["sentence"][max(0, at - rules.NOW_REACH):at])[-1].lower().split()


def _said_of_now(row: dict) -> bool:
    """Whether a figure's clause says it holds now ("now lists for", "is
    currently", "today costs"): just before it, after the clause's start."""
    return any(w in rules.NOW_WORDS for w in _lead(row))


_PERIOD_WORDS = set(rules.PERIOD_QUALIFIERS.values())


def periodic(sentence: str) -> bool:
    """Whether a sentence gives its figures per period ("a year", "annually")."""
    return bool(_PERIODIC.search(sentence.lower()))


_FINAL_COUNT = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.FINAL_COUNT_CUES)) + r")(?!\w)")
_PERIODIC = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.PERIODIC_CUES)) + r")\b"
                       + r"(?!\s+(?:" + "|".join(rules.NOT_PERIODIC_AFTER) + r")\b)")
_STUDY_CUES = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.STUDY_SIZE_CUES)) + r")\b")


def _about_a_study(sentence: str | None) -> bool:
    """Whether a count of people is the size of a study: its sentence speaks of
    one ('The study enrolled 90 participants'), unlike '8.4 million Americans
    use insulin'."""
    return bool(_STUDY_CUES.search((sentence or "").lower()))


def _stem_noun(noun: str) -> str:
    return stem(noun) if noun else ""


@functools.lru_cache(maxsize=8192)
def _names_with_parts(names: str) -> frozenset[str]:
    return frozenset(frames.with_parts(names.split()))


@functools.lru_cache(maxsize=8192)
def _sentence_names_with_parts(sentence: str) -> frozenset[str]:
    return frozenset(frames.with_parts(frames.sentence_names(sentence)))


def _measure_label(row: dict, arm: str, event: str, keys: frozenset[str], change: bool) -> str:
    parts = ["change in"] if change else []
    if arm:
        parts.append(f"{arm} group")
    if row["kind"] == "date" and event:
        parts.append(f"{event} date")
    elif keys:
        parts.append(" ".join(sorted(keys)))
    elif row["kind"] == "count":
        parts.append(f"number of {row['unit']}")
    else:
        parts.append(str(row["measure"])[:60] or row["kind"])
    return " ".join(parts)
