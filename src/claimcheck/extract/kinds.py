"""What kind of claim a figure is (money, percent, dose, age, date, count, ...)
and whether it states a change or a timepoint.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.dates import looks_like_year
from claimcheck.extract.model import Atom, DocContext, Quantity
from claimcheck.extract.nouns import (
    after_a_name,
    bounds_people,
    changed_noun,
    coordinated_noun,
    counted_noun,
    elided_noun,
    extent_noun,
    gapped_item,
    listed_noun,
    opening_partitive_noun,
    relative_partitive_noun,
    tallied_subject,
    valued_noun,
    victims_noun,
)
from claimcheck.extract.text import is_heading, line_at, lower_at, name_before_in_commas, span_of
from claimcheck.extract.units import bound_after, per_period


def finish(ctx: DocContext, start_tok: int, end_tok: int, low: float, high: float, unit: str,
           currency: str, bound: str, atom: Atom, other: Atom | None) -> Quantity | None:
    """Decides the kind of a number and whether it is a claim at all."""
    doc = ctx.doc
    s, e, text = span_of(doc, start_tok, end_tok)
    q = Quantity(low=low, high=high, bound=bound, bound_type=rules.BOUND_WORDS.get(bound, ""),
                 start_char=s, end_char=e, text=text)
    if not bound:
        q.bound = bound_after(doc, end_tok)
        q.bound_type = rules.BOUND_WORDS_AFTER.get(q.bound, "")
    if unit == "times":
        period = per_period(doc, end_tok)
        if period:
            unit = f"times per {period}"
    if currency:
        q.kind, q.unit, q.currency = "money", currency, currency
    elif unit:
        _with_unit(doc, q, unit, start_tok, end_tok, bound)
    elif atom.form == "fraction":
        # "half of adults", "a third of patients": a share, in percent
        q.kind, q.unit = "percent", "%"
        q.low, q.high = low * 100, high * 100
    elif _bare_age(doc, q, start_tok, end_tok, bound, atom, other):
        q.kind, q.unit = "age", "years"
    elif looks_like_year(doc, atom, other or atom, start_tok):
        q.kind, q.unit = "date", "year"
        q.date = f"{int(low):04d}" if low == high else f"{int(low):04d}/{int(high):04d}"
    elif not _as_count_or_number(ctx, q, start_tok, bound, atom, other):
        return None
    if q.kind not in {"date", "age"} and not q.is_timepoint:
        # a share is never below zero: "Ostria (−41.2%)" is the fall of one
        q.is_change = states_change(doc, start_tok, end_tok, q.bound) or (q.kind == "percent" and q.high < 0)
    return q


def _bare_age(doc: Doc, q: Quantity, start_tok: int, end_tok: int, bound: str, atom: Atom,
              other: Atom | None) -> bool:
    """"adults aged 18-65", "those 75 or older", "adults over 65", "women between
    40 and 74", "the median age was 61", "aged 38 and 57", "Halvorsen, 71, said"."""
    if lower_at(doc, start_tok - 1) in rules.AGE_WORDS or q.bound in rules.AGE_BOUNDS_AFTER:
        return True
    if q.high > rules.AGE_MAX:
        return False
    if bound or other is not None:
        return bounds_people(doc, start_tok, bound)
    return said_to_be_an_age(doc, start_tok) or listed_after_aged(doc, start_tok) \
        or (atom.form == "digits" and _after_a_name_in_commas(doc, start_tok, end_tok))


def _after_a_name_in_commas(doc: Doc, start_tok: int, end_tok: int) -> bool:
    """"Halvorsen, 71, spent nine days in the hospital": a whole number set off by
    commas right after a name, and followed by a lower-case word, is that
    person's age (not "Ohio, 41, Texas, 38": a list of places and counts)."""
    after = doc[end_tok + 1] if end_tok + 1 < len(doc) else None
    return bool(name_before_in_commas(doc, start_tok, end_tok)) and after is not None \
        and after.is_alpha and after.text.islower()


def said_to_be_an_age(doc: Doc, start_tok: int) -> bool:
    """"The median age of the volunteers was 61", "whose mean age was 34", "a
    median age of 45": a bare figure an age noun is said to be (the copula's or
    "of"'s subject), not one after "age-adjusted"."""
    if lower_at(doc, start_tok - 1) not in rules.COPULAS | {"of"}:
        return False
    for k in range(start_tok - 2, max(start_tok - 2 - rules.AGE_SUBJECT_REACH, -1), -1):
        tok = doc[k]
        if tok.lower_ in rules.AGE_WORDS:
            return lower_at(doc, k - 1) not in rules.HYPHENS and lower_at(doc, k + 1) not in rules.HYPHENS
        if tok.is_punct or tok.like_num or (lower_at(doc, start_tok - 1) == "of" and k < start_tok - 2):
            return False  # ("a median age of 45": "of" right after the noun)
    return False


def listed_after_aged(doc: Doc, start_tok: int) -> bool:
    """"aged 38 and 57", "aged 9, 11 and 14": a bare figure listed after an
    age's first figure is an age too."""
    k, listed = start_tok - 1, 0
    while lower_at(doc, k) in rules.AGE_LIST_JOINERS:
        while lower_at(doc, k) in rules.AGE_LIST_JOINERS:
            k -= 1
        if k < 0 or not doc[k].like_num or listed >= rules.AGE_LIST_MAX:
            return False
        k, listed = k - 1, listed + 1
    return listed > 0 and lower_at(doc, k) in rules.AGE_WORDS


def _with_unit(doc: Doc, q: Quantity, unit: str, start_tok: int, end_tok: int, bound: str) -> None:
    """The kind of a figure with a unit; a number of years may be an age, a
    duration may be a timepoint ("two months after")."""
    if unit in rules.UNITS_GIVEN_AS:  # "two decades": 20 years
        unit, factor = rules.UNITS_GIVEN_AS[unit]
        q.low, q.high = q.low * factor, q.high * factor
    u = rules.UNITS[unit]
    q.kind, q.unit = u.kind, u.canonical
    if u.kind != "duration":
        return
    after_old = bool({"old", "olds"} & {lower_at(doc, end_tok),
                                        lower_at(doc, end_tok + 1) if lower_at(doc, end_tok) == "-" else ""})
    # ("two years of free monitoring" is time given, whoever gets it; "65 years of age" an age)
    of_something = lower_at(doc, end_tok) == "of" and lower_at(doc, end_tok + 1) not in rules.AGE_WORDS
    if after_old or (unit == "years" and not of_something and (
            {lower_at(doc, start_tok - k) for k in (1, 2, 3)} & rules.AGE_WORDS
            or q.bound in rules.AGE_BOUNDS_AFTER or bounds_people(doc, start_tok, bound))):
        q.kind = "age"
    else:
        # "lengthened the season by 75 days since 1970" is a change, not a time after something
        q.is_timepoint = not states_change(doc, start_tok, end_tok, q.bound) \
            and is_timepoint(doc, start_tok, end_tok)


def _as_count_or_number(ctx: DocContext, q: Quantity, start_tok: int, bound: str, atom: Atom,
                        other: Atom | None) -> bool:
    """A figure with no unit: a count of the noun it counts, or a bare number;
    False when it is no claim."""
    doc, last = ctx.doc, other or atom
    noun = counted_noun(ctx, last.end, q.high) or tallied_subject(doc, start_tok, bound, atom, other) \
        or elided_noun(ctx, start_tok, bound) or valued_noun(doc, start_tok, bound) \
        or listed_noun(ctx, start_tok, last.end, bound) or changed_noun(ctx, start_tok, bound, atom, other) \
        or extent_noun(ctx, start_tok, bound, atom, other) \
        or relative_partitive_noun(ctx, start_tok, bound) or victims_noun(doc, start_tok, last.end, bound)
    if not noun and _answers_a_vote(doc, last.end):
        noun = "voters"  # "Five trustees voted no and three voted yes", "one said yes"
    if not noun and _enrolled_alone(doc, start_tok, last.end, bound):
        noun = rules.ENROLLED_NOUN  # "the second trial randomized 1,204, the company said"
    if not noun:
        noun = coordinated_noun(ctx, start_tok, bound, last.end)  # "... and 38 got the lower dose"
        if noun:
            q.flags.append(rules.ELIDED_NOUN_FLAG)
    if not noun:
        noun = opening_partitive_noun(ctx, start_tok, bound, last.end)  # "Of the 14 cases, 12 were ..."
        if noun:
            q.flags += [rules.ELIDED_NOUN_FLAG, rules.OPENING_PART_FLAG]
    gapped = None if noun or other else gapped_item(ctx, start_tok, bound, last.end)
    if gapped is not None:  # "Georgia had 28 deaths, South Carolina 26"
        noun = gapped
        q.flags.append(rules.GAPPED_ITEM_FLAG)
        if not noun:
            q.kind, q.unit = "number", ""  # (no name's figure: "reported 36, Georgia 25")
            return True
    if noun in rules.LISTICLE_NOUNS and is_heading(line_at(ctx.text, q.start_char)):
        return False  # "5 Things to Know About...": a headline's count of its own items
    if noun:
        q.kind, q.unit, q.counted = "count", noun, noun
        return True
    if atom.form != "digits" or last.form != "digits":
        return False  # a number word with nothing to count: "one of the", "the two"
    if atom.value == 1 and other is None and not atom.magnitude:
        return False  # a lone "1" is nearly always a label or footnote
    if other is None and after_a_name(doc, start_tok):
        return False  # "iPhone 15", "Windows 11", "Boeing 737": part of a name
    q.kind, q.unit = "number", ""
    return True


def _enrolled_alone(doc: Doc, start_tok: int, end_tok: int, bound: str) -> bool:
    """Whether a bare figure is all a study "enrolled" or "randomized": the verb
    right before it, and its clause ending right after it."""
    before = lower_at(doc, start_tok - 1 - len(bound.split()))
    after = doc[end_tok] if end_tok < len(doc) else None
    return before in rules.ENROLLING_VERBS and (after is None or after.is_punct or after.lower_ in {"and", "or"})


def _answers_a_vote(doc: Doc, k: int) -> bool:
    """Whether the words from token k say how people voted: "voted ...", "said
    yes", "said no", "were uncertain"."""
    word, nxt = lower_at(doc, k), lower_at(doc, k + 1)
    return word in rules.VOTED_WORDS or (word in rules.ANSWER_VERBS and (
        nxt in rules.TALLY_FOR_SIDES or nxt in rules.TALLY_AGAINST_SIDES)) or f"{word} {nxt}" in rules.UNDECIDED_PHRASES


def _figure_ending_at(doc: Doc, k: int) -> int | None:
    """The first token of a number, or a number and its one-token unit ("58 %",
    "9.8 mmHg"), that ends at token k, past a bound word before it ("about 21%")."""
    if k >= 1 and not doc[k].like_num and doc[k - 1].like_num:
        k -= 1
    if k < 0 or not doc[k].like_num:
        return None
    while k >= 1 and doc[k - 1].lower_ in rules.BOUND_WORDS:
        k -= 1
    return k


def _before_timepoint(doc: Doc, k: int) -> int:
    """The token before a timepoint ending at token k ("by week 4", "at 6 months"),
    or k when none ends there."""
    first = _figure_ending_at(doc, k)
    if first is None:
        return k
    if lower_at(doc, first - 1) in rules.TIMEPOINT_LABELS and lower_at(doc, first - 2) in rules.TIMEPOINT_OPENERS:
        return first - 3  # "by week 4"
    if lower_at(doc, first - 1) in rules.TIMEPOINT_OPENERS and lower_at(doc, k) in rules.TIMEPOINT_LABELS:
        return first - 2  # "at 6 months"
    return k


def _change_word_after_next(doc: Doc, k: int) -> bool:
    """Whether a figure opens at token k (past a bound word) and a change word
    follows it, right after its sign if it has one ("67% fewer")."""
    while lower_at(doc, k) in rules.BOUND_WORDS:
        k += 1
    if k >= len(doc) or not doc[k].like_num:
        return False
    k += 1
    if k < len(doc) and not doc[k].is_alpha and doc[k].text not in rules.CHANGE_LIST_JOINERS:
        k += 1  # its unit: "%"
    return lower_at(doc, _past_hyphened_modifier(doc, k)) in rules.CHANGE_WORDS_AFTER


def _past_hyphened_modifier(doc: Doc, i: int) -> int:
    """The token after a hyphened modifier opening at i ("placebo-adjusted",
    "year-over-year"), or i when none opens there."""
    k = i
    while k + 2 < len(doc) and doc[k].is_alpha and not doc[k].whitespace_ and doc[k + 1].text == "-" \
            and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha:
        k += 2
    return k + 1 if k > i else i


def states_change(doc: Doc, start_tok: int, end_tok: int, bound: str = "") -> bool:
    """'a 38% increase', '30% more', 'rose by 41%', 'rose nearly 35%', 'up 6.4%',
    'an increase of 7.1%' (see rules.CHANGE_WORDS_AFTER, CHANGE_WORDS,
    CHANGE_NOUNS); not 'made up 18%' or 'fell to 3.1%'."""
    if lower_at(doc, _past_hyphened_modifier(doc, end_tok)) in rules.CHANGE_WORDS_AFTER:
        return True
    if lower_at(doc, end_tok) in rules.CHANGE_COORDINATORS and _change_word_after_next(doc, end_tok + 1):
        return True  # "65% and 67% fewer": a figure listed before a change shares it
    money = doc[start_tok].text in rules.CURRENCY_PREFIXES
    n = len(bound.split())
    if n and " ".join(lower_at(doc, start_tok - n + k) for k in range(n)) == bound:
        start_tok -= n  # the verb before the bound word: "rose nearly 35%"
    if lower_at(doc, start_tok - 4) == "by" \
            and " ".join(lower_at(doc, k) for k in range(start_tok - 3, start_tok)) in rules.STATISTIC_OF_PHRASES:
        start_tok -= 3  # "by a median of 2 months" ("went a median of 6.9 months" is no change)
    before = lower_at(doc, start_tok - 1)
    made_up = before == "up" and lower_at(doc, start_tok - 2) in rules.UP_NOT_A_CHANGE_AFTER
    if before in rules.MONEY_RAISING_VERBS and money:
        return False  # "the tax raised $78.8 million": money brought in, not a rise of $78.8 million
    if before in rules.CHANGE_VERBS_NOT_BEFORE_OF and lower_at(doc, end_tok) != "of":
        return True  # "shares sank about 11%", not "shed 15% of its staff"
    if before in rules.CHANGE_WORDS and not made_up:
        return True
    if before == "of" and lower_at(doc, start_tok - 2) in rules.CHANGE_NOUNS:
        return True
    if before in rules.COPULAS and _change_noun_before(doc, start_tok - 2):
        return True  # "the relative risk reduction was 88%": the change is the copula's subject
    if before in rules.CHANGE_LIST_JOINERS and lower_at(doc, end_tok) != "of":
        # "by 58% and 48%", "declines of 22% and 19%": a figure listed after a
        # change shares it (not "by 12% and 30% of patients stopped": a new clause),
        # past the earlier one's timepoint ("fell 56% by week 4 and 65% by week 12")
        earlier = _figure_ending_at(doc, _before_timepoint(doc, start_tok - 2))
        if earlier is not None:
            return states_change(doc, earlier, start_tok - 1)
    if before != "by":
        return False
    # "reduced the risk of colorectal cancer by 18%", "fell by 31% and the risk
    # of death by 50%": the verb of change is anywhere earlier in the clause;
    # "by 88% within three days, and by 89% within five": a "by" coordinated
    # with an earlier one shares its verb across the comma
    coordinated = lower_at(doc, start_tok - 2) in rules.FIGURE_JOINERS
    k, reach = start_tok - 2, max(start_tok - 2 - rules.CHANGE_BY_REACH, -1)
    if coordinated:
        # "by 36% in one trial and by 43% in the other": a change if the earlier one is
        earlier = next((j for j in range(k - 1, reach, -1) if doc[j].lower_ == "by"), None)
        if earlier is not None and earlier + 1 < start_tok and doc[earlier + 1].like_num:
            return states_change(doc, earlier + 1, earlier + 2)
    while k > reach:
        word = doc[k].lower_
        if word == ")":
            # "slowed decline on the scale (ALSFRS-R) by 25%": an aside is stepped over
            opening = next((j for j in range(k - 1, reach, -1) if doc[j].text == "("), None)
            if opening is not None:
                k = opening - 1
                continue
        if word == "," and not coordinated:
            # "cut flare-ups, known as exacerbations, by 36%": so is an appositive
            opening = _appositive_opening(doc, k, reach)
            if opening is not None:
                k = opening - 1
                continue
        if word in rules.CHANGE_WORDS:
            return True
        if word in rules.CHANGE_BY_STOPS and not (coordinated and word == ","):
            return False
        k -= 1
    return False


def _appositive_opening(doc: Doc, closing: int, reach: int) -> int | None:
    """The comma opening a short phrase the comma at `closing` ends (", known as
    exacerbations,"), with no figure and no clause break inside it."""
    for j in range(closing - 1, max(closing - 1 - rules.APPOSITIVE_MAX_WORDS, reach), -1):
        if doc[j].text == ",":
            return j if j < closing - 1 else None
        if doc[j].like_num or doc[j].lower_ in rules.CHANGE_BY_STOPS:
            return None
    return None


def _change_noun_before(doc: Doc, k: int) -> bool:
    """Whether a change noun ends the words before a copula, or heads them:
    "the reduction was", "the reduction in admissions was"."""
    words = 0
    for j in range(k, -1, -1):
        word = doc[j].lower_
        if word in rules.CHANGE_NOUNS:
            return True
        if word in rules.CHANGE_BY_STOPS:
            return False
        # "the reduction in 24-hour average SBP was": a hyphen or a number inside a
        # modifier is no word of its own
        words += doc[j].is_alpha
        if words > rules.CHANGE_SUBJECT_REACH:
            return False
    return False


def is_timepoint(doc: Doc, start_tok: int, end_tok: int) -> bool:
    k = end_tok
    if lower_at(doc, k) in {"-", "‐"}:
        k += 1
    nxt = lower_at(doc, k)
    # "a median follow-up of 3.7 months", "8.6 months of follow-up": how long it was followed
    if (nxt == "of" and lower_at(doc, k + 1) in rules.FOLLOW_UP_WORDS) \
            or (lower_at(doc, start_tok - 1) == "of" and lower_at(doc, start_tok - 2) in rules.FOLLOW_UP_WORDS):
        return True
    if _value_of_an_average(doc, start_tok):
        return False  # "a median of four hours after surgery": how long it took, the measure
    # "six weeks in, ..." and "two months into treatment", not "12 weeks in a trial"
    if nxt in rules.TIMEPOINT_AFTER and not (nxt in rules.TIMEPOINT_AFTER_ALONE
                                            and k + 1 < len(doc) and doc[k + 1].is_alpha):
        return True
    prev = lower_at(doc, start_tok - 1)
    if prev in rules.PERIOD_EDGE_WORDS and lower_at(doc, start_tok - 2) == "the":
        return True  # "401 deaths in the first 28 weeks of the year": the window counted
    if prev in {"a", "an", "the"}:
        prev = lower_at(doc, start_tok - 2)
    return prev in rules.TIMEPOINT_BEFORE


def _value_of_an_average(doc: Doc, start_tok: int) -> bool:
    """Whether a duration is what a median or mean came to ("a median of four
    hours", "the median time to relief was 2 hours")."""
    prev = lower_at(doc, start_tok - 1)
    if prev == "of":
        return lower_at(doc, start_tok - 2) in rules.AVERAGE_WORDS
    return prev in rules.COPULAS and any(lower_at(doc, start_tok - k) in rules.AVERAGE_WORDS
                                         for k in range(2, 2 + rules.AVERAGE_REACH))


def is_from_change(doc: Doc, start: int) -> bool:
    """'rose from 20% to 30%', 'rose 1.0 year, from 74.8 to 75.8': a 'from'
    after a verb of change in its clause, with no range word between them."""
    k = start - 1
    if lower_at(doc, k) != "from":
        return False
    sentence_start = doc[k].sent.start if doc.has_annotation("SENT_START") else 0
    for back in range(k - 1, max(k - 1 - rules.CHANGE_REACH_IN_CLAUSE, sentence_start - 1), -1):
        word = doc[back].lower_
        if word in rules.RANGE_WORDS_BEFORE_FROM or word in rules.CLAUSE_ENDS_FOR_CHANGE:
            return False
        if word in rules.CHANGE_WORDS and (k - back <= 4 or word not in rules.CHANGE_WORDS_NEAR_ONLY):
            return True
    return False
