"""What a figure counts: the noun after it ('90 participants'), the subject
it tallies ('cases have reached 1,274'), and the people a figure bounds.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.model import Atom, DocContext
from claimcheck.extract.text import is_glued, lower_at


def counted_word(doc: Doc, i: int) -> bool:
    """Whether token i looks like a noun being counted ('patients', 'people')."""
    if i >= len(doc) or not doc[i].is_alpha:
        return False
    lower = doc[i].lower_
    return (lower in rules.POPULATION_NOUNS or lower in rules.IRREGULAR_PLURALS
            or (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))))


def looks_plural(lower: str) -> bool:
    """'participants', 'sessions' (not 'process', 'virus', 'analysis', 'serious')."""
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))


def noun_words(doc: Doc, k: int, limit: int = 3) -> list[str]:
    """The words of a short noun phrase from token k, up to its first plural noun."""
    words: list[str] = []
    while k < len(doc) and len(words) < limit and doc[k].is_alpha and not doc[k].is_stop:
        words.append(doc[k].lower_)
        if counted_word(doc, k):
            break
        k += 1
    return words


def counted_noun(ctx: DocContext, j: int, value: float) -> str:
    """The noun a bare number counts: '90 participants', '3 full-day dosing sessions'."""
    doc = ctx.doc
    k = j
    steps = 0
    while k < len(doc) and steps < 5:
        tok = doc[k]
        if tok.is_space:  # a line break inside a wrapped sentence
            k += 1
            continue
        if tok.text in {"-", "‐"} and is_glued(doc, k) and k not in ctx.atom_ends:
            k += 1
            continue
        skipped = _modifier_end(ctx, k)  # a figure with its unit, or a hyphenated compound
        if skipped is not None:
            k = skipped
            steps += 1
            continue
        if tok.text == "," and k > j and _between_adjectives(doc, k):
            k += 1  # "3,000 unvaccinated, high-risk people"
            continue
        if tok.text in rules.DOTTED_PLACE_ABBREVIATIONS:
            k += 1  # "3,300 U.S. patients": the place is a modifier
            steps += 1
            continue
        if not tok.is_alpha:
            return ""
        lower = tok.lower_
        if k == j and lower in {"were", "was"} and lower_at(doc, k + 1) in rules.DONE_TO_PEOPLE:
            return rules.GENERIC_PERSON  # "4,128 were randomised": people
        if k == j and lower in rules.CASUALTY_WORDS and value != 1 and not _noun_after(doc, k):
            return rules.GENERIC_PERSON  # "2,719 dead, 4,521 injured", "with 28 hospitalized": people
        if lower in rules.NOT_COUNT_NOUNS:
            return ""
        if lower in rules.COUNT_GAP_WORDS and k == j and value != 1:
            k += 1  # "nine more cases"
            continue
        if lower == "of" and k == j and value != 1:
            if lower_at(doc, k + 1) == "whom":  # "930 people in five countries, 309 of whom"
                return _people_before(ctx, {end: begin for begin, end in ctx.atom_ends.items()}.get(j, j))
            if lower_at(doc, k + 1) in rules.PARTITIVE_PRONOUNS:
                return _antecedent_noun(ctx, j)  # "eight cats ..., and five of them died"
            return _partitive_noun(ctx, k + 1)  # "three of 389 people", "five of the 654 patients"
        if value == 1:
            return lower if lower in rules.ONE_COUNTABLE and lower != "in" else ""
        if lower in rules.IRREGULAR_PLURALS or lower in rules.POPULATION_NOUNS:
            # a singular person noun after a plural figure modifies the noun
            # counted: "85 patient starts", "4,200 patient visits"
            singular = lower not in rules.IRREGULAR_PLURALS and not looks_plural(lower)
            return (_compound_head(doc, k) if singular else "") or lower
        if (tok.is_stop and lower not in rules.STOP_WORD_MODIFIERS) or lower in rules.UNIT_FORMS \
                or lower in rules.BOUND_WORDS:
            return ""
        if looks_plural(lower):
            return _compound_head(doc, k) or lower
        k += 1
        steps += 1
    return ""


def _noun_after(doc: Doc, k: int) -> bool:
    """Whether a lower-case word that is no stop word follows token k ("missing pieces")."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and not nxt.is_stop


def _between_adjectives(doc: Doc, k: int) -> bool:
    """A comma between two modifiers of one noun: lower-case words, the one
    before it no plural, the one after it a word or a hyphenated compound."""
    before, after = doc[k - 1], doc[k + 1] if k + 1 < len(doc) else None
    return (after is not None and before.is_alpha and before.is_lower and not looks_plural(before.lower_)
            and not before.is_stop and after.is_lower and (after.is_alpha or after.text[:1].isalpha()))


def _compound_head(doc: Doc, k: int) -> str:
    """The head of a compound whose first word looks plural too: "1,133 measles
    cases" counts cases (of measles), not measles."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    # (a name is no head, whatever its last letter: "the 611-patient HELIOS-B trial")
    if nxt is None or not nxt.is_alpha or nxt.is_stop or not nxt.is_lower or not looks_plural(nxt.lower_):
        return ""
    return "" if nxt.lower_ in rules.NOT_COUNT_NOUNS or nxt.lower_ in rules.UNIT_FORMS else nxt.lower_


def _antecedent_noun(ctx: DocContext, j: int) -> str:
    """The noun the count before a figure counts, in its sentence: what "of
    them" after the figure refers to ("eight cats ..., and five of them"); the
    count before that one when a preposition puts it in a modifier of it ("216
    cases from 38 states, 142 of them": rules.MODIFIER_COUNT_PREPOSITIONS)."""
    begins = {end: begin for begin, end in ctx.atom_ends.items()}
    start = begins.get(j, j)  # of the figure ending at j
    noun = _earlier_count_noun(ctx, start, skip_nounless=False)
    before = next((begins[k + 1] for k in range(start - 1, max(-1, start - rules.ANTECEDENT_COUNT_REACH), -1)
                   if k + 1 in begins), None)
    if noun and before is not None and lower_at(ctx.doc, before - 1) in rules.MODIFIER_COUNT_PREPOSITIONS:
        return _earlier_count_noun(ctx, before - 1, skip_nounless=True) or noun
    return noun


def _a_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and rules.YEAR_MIN <= int(text) <= rules.YEAR_MAX


def listed_noun(ctx: DocContext, start_tok: int, end_tok: int, bound: str) -> str:
    """The noun of the earlier count a bare figure lists a part of by place
    (rules.LISTED_AFTER before it, rules.LISTED_BEFORE after it): "8,078
    cases, including 7,284 in Brazil", "then Peru with 356"."""
    k = start_tok - 1 - len(bound.split())
    after_item = lower_at(ctx.doc, end_tok) in rules.LISTED_BEFORE or (
        lower_at(ctx.doc, start_tok - 1) == "with" and lower_at(ctx.doc, end_tok) in {",", ".", "and", ";", ""})
    if lower_at(ctx.doc, k) not in rules.LISTED_AFTER or not after_item:
        return ""
    # (the places themselves are no whole of it: "in four countries: ..., Peru with 356")
    return _earlier_count_noun(ctx, k + 1, skip_nounless=True, skip_nouns=_PLACE_COUNT_NOUNS)


_PLACE_COUNT_NOUNS = frozenset(rules.PLACE_COUNT_NOUNS)


def _earlier_count_noun(ctx: DocContext, first: int, skip_nounless: bool,
                        skip_nouns: frozenset[str] = frozenset(), past_semicolons: bool = False) -> str:
    """The noun of the nearest figure before token `first` in its sentence (of
    the nearest that counts one, with `skip_nounless`), within ANTECEDENT_COUNT_REACH."""
    starts_by_end = {end: start for start, end in ctx.atom_ends.items()}
    stops = {".", "!", "?"} if past_semicolons else {".", "!", "?", ";"}
    for k in range(first - 1, max(-1, first - rules.ANTECEDENT_COUNT_REACH), -1):
        if ctx.doc[k].text in stops:
            break
        if k + 1 in starts_by_end and not _a_year(ctx.doc[starts_by_end[k + 1]:k + 1].text):
            # (a year between is no count: "9,000 infections in 2024, and 6,000 of them")
            noun = counted_noun(ctx, k + 1, 2)
            if (noun or not skip_nounless) and noun not in skip_nouns:
                return noun
    return ""


def elided_noun(ctx: DocContext, start_tok: int, bound: str) -> str:
    """The noun a figure set against an earlier count leaves out: "after
    recording 549 cases, compared with 1,293 in 2023", "1,020 deaths so far,
    close to the 1,179 recorded in all of 2023" (rules.ELLIPSIS_CUES before it):
    the noun of the nearest earlier figure of its sentence that counts one."""
    k = _before_gap_words(ctx, start_tok - 1 - len(bound.split()))
    if lower_at(ctx.doc, k) not in rules.ELLIPSIS_CUES \
            and f"{lower_at(ctx.doc, k - 1)} {lower_at(ctx.doc, k)}" not in rules.ELLIPSIS_CUES:
        return ""
    return _earlier_count_noun(ctx, k, skip_nounless=True)


def _before_gap_words(ctx: DocContext, k: int) -> int:
    """The token before the words that may stand between a joiner and a figure
    whose noun is left out: "and a provisional 503", "double the 557"."""
    while k > 0 and lower_at(ctx.doc, k) in rules.ELIDED_GAP_WORDS:
        k -= 1
    return k


def coordinated_noun(ctx: DocContext, start_tok: int, bound: str, end_tok: int) -> str:
    """The noun a figure opening a clause leaves out when an earlier clause of
    its sentence counts it: "40 volunteers got the higher dose and 38 got the
    lower one", "Nine patients died; 44 recovered" (a joiner of
    rules.ELIDED_COUNT_JOINERS before it, a lower-case word after it that its
    noun would have been read from)."""
    k = _before_gap_words(ctx, start_tok - 1 - len(bound.split()))
    after = ctx.doc[end_tok] if end_tok < len(ctx.doc) else None
    if lower_at(ctx.doc, k) not in rules.ELIDED_COUNT_JOINERS or after is None or not after.is_alpha \
            or not after.text.islower() or after.lower_ in rules.NOT_AFTER_ELIDED_COUNT:
        return ""
    return _earlier_count_noun(ctx, k, skip_nounless=True, past_semicolons=True)


def gapped_item(ctx: DocContext, start_tok: int, bound: str, end_tok: int) -> str | None:
    """The noun of a figure in a list that gives its verb and noun with the
    first item only: "South Carolina reported 36 deaths, Georgia 25, Florida 17,
    Tennessee nine and Virginia two" (gapping; rules.GAPPED_NAME_WORDS). ""
    when the first item counts nothing named ("reported 36, Georgia 25"); None
    when the figure is no such item, or the first item has a unit ("12%")."""
    doc = ctx.doc
    joiner = _gapped_item_joiner(doc, start_tok - 1 - len(bound.split()))
    if joiner is None or lower_at(doc, end_tok) not in rules.GAPPED_ITEM_ENDS:
        return None
    starts_by_end = {end: start for start, end in ctx.atom_ends.items()}
    for j in range(joiner, max(joiner - rules.GAPPED_ITEM_REACH, 0), -1):
        if doc[j - 1].text in {".", "!", "?", ";", ":"}:
            return None
        if j in starts_by_end:
            if lower_at(doc, j) == "%" or lower_at(doc, j) in rules.UNIT_FORMS:
                return None
            before = starts_by_end[j]
            if _gapped_item_joiner(doc, before - 1) is not None:
                return gapped_item(ctx, before, "", j)  # "..., Florida 17, Tennessee nine"
            return counted_noun(ctx, j, 2)
    return None


def _gapped_item_joiner(doc: Doc, k: int) -> int | None:
    """The joiner (a comma, "and" or ", and") before the capitalized name that
    ends at token k, when one is there: a gapped list's item "..., Georgia 25"."""
    first = k
    while first >= 0 and k - first < rules.GAPPED_NAME_WORDS and doc[first].is_alpha and doc[first].is_title \
            and not doc[first].is_sent_start:
        first -= 1
    if first == k or lower_at(doc, first) not in {",", "and"}:
        return None
    return first - 1 if lower_at(doc, first) == "and" and lower_at(doc, first - 1) == "," else first


def opening_partitive_noun(ctx: DocContext, start_tok: int, bound: str, end_tok: int) -> str:
    """The noun of the whole a sentence opens with, for the figure right after
    its comma: "Of the 14 cases, 12 were confirmed", "Of those patients, 492
    recovered" (rules.OPENING_PARTITIVE). A part of that whole."""
    doc = ctx.doc
    k = start_tok - 1 - len(bound.split())
    after = doc[end_tok] if end_tok < len(doc) else None
    if k < 2 or doc[k].text != "," or not doc.has_annotation("SENT_START") \
            or (after is not None and after.lower_ in rules.NOT_AFTER_ELIDED_COUNT):
        return ""
    opening = doc[k].sent.start
    if lower_at(doc, opening) != "of" or lower_at(doc, opening + 1) not in rules.OPENING_PARTITIVE \
            or any(doc[j].text == "," for j in range(opening, k)):
        return ""
    return _partitive_noun(ctx, opening + 1)


def _partitive_noun(ctx: DocContext, k: int) -> str:
    """The noun of the whole a part is taken from: '389 people' after 'three of',
    'members' after 'all 17 of the committee's previous'."""
    doc = ctx.doc
    determined = lower_at(doc, k) in rules.PARTITIVE_DETERMINERS
    if determined:
        k += 1
    while lower_at(doc, k) in rules.BOUND_WORDS or lower_at(doc, k) in rules.PART_OF_SERIES_WORDS:
        k += 1  # "75 of its approximately 100 employees", "75 of some 100", "16 of the first 18"
    end = ctx.atom_ends.get(k)
    if end is not None:
        return counted_noun(ctx, end, 2)
    if not determined:
        return ""
    for j in range(k, min(len(doc), k + rules.PARTITIVE_NOUN_REACH)):
        tok = doc[j]
        if tok.text in {"'s", "’s"}:
            continue  # "the committee's members"
        if not tok.is_alpha or (tok.is_stop and tok.lower_ not in rules.STOP_WORD_MODIFIERS):
            return ""
        if tok.lower_ in rules.POPULATION_NOUNS or tok.lower_ in rules.IRREGULAR_PLURALS or looks_plural(tok.lower_):
            return tok.lower_
    return ""


def _modifier_end(ctx: DocContext, k: int) -> int | None:
    """Where a modifier between a figure and its noun ends: another quantity and
    its unit ('two 8-hour sessions'), or a compound ('full-day', 'double-blind');
    None when token k starts neither."""
    doc = ctx.doc
    if k in ctx.atom_ends:
        k = ctx.atom_ends[k]
        if k < len(doc) and doc[k].text in {"-", "‐"} and is_glued(doc, k):
            k += 1
        if k < len(doc) and doc[k].lower_ in rules.UNIT_FORMS:
            k += 1
        return k
    if not (doc[k].is_alpha and k + 1 < len(doc) and doc[k + 1].text in {"-", "‐"} and not doc[k].whitespace_):
        return None
    k += 2
    while k < len(doc) and doc[k].is_alpha and k + 1 < len(doc) and doc[k + 1].text in {"-", "‐"} \
            and not doc[k].whitespace_:
        k += 2
    return k + 1


def valued_noun(doc: Doc, start_tok: int, bound: str) -> str:
    """The plural noun an estimate puts at a figure: "The estimates put
    illnesses at 47 million to 82 million, ... and hospitalizations at 610,000"
    (a verb of rules.VALUING_VERBS earlier in the sentence)."""
    k = start_tok - 1 - len(bound.split())
    if k < 1 or lower_at(doc, k) != "at":
        return ""
    noun = doc[k - 1]
    if not noun.is_alpha or noun.is_stop or not looks_plural(noun.lower_) or noun.lower_ in rules.NOT_TALLY_SUBJECTS \
            or noun.is_sent_start:
        return ""
    for j in range(k - 2, max(-1, k - 2 - rules.VALUING_VERB_REACH), -1):
        if doc[j].lower_ in rules.VALUING_VERBS:
            return noun.lower_
        if doc[j].is_sent_start:
            break
    return ""


def _one_whole_figure(atom: Atom, other: Atom | None) -> bool:
    """Whether a figure is one whole number written in digits: what a tally or
    a change's end counts ("reached 1,274"), not a range or a number word."""
    return other is None and atom.form == "digits" and atom.value == int(atom.value)


def tallied_subject(doc: Doc, start_tok: int, bound: str, atom: Atom, other: Atom | None) -> str:
    """The plural noun a whole figure tallies as the subject of a verb of
    tallying: 'Measles cases in the US have reached 1,274', 'the number of
    deaths climbed to 312' (see rules.TALLY_VERBS)."""
    if not _one_whole_figure(atom, other):
        return ""
    k = start_tok - 1 - len(bound.split())
    word = lower_at(doc, k)
    if word in {"to", "at"}:
        k -= 1
        before = lower_at(doc, k)
        if not (before in rules.CHANGE_WORDS if word == "to" else before in rules.TALLY_VERBS_BEFORE_AT):
            return ""
    elif word == "of" or word in rules.COPULAS:
        # "the official toll is 31", "the final count of 742": what its holder counts
        holder = k - 1
        while holder > 0 and doc[holder].lower_ in rules.HOLDER_ADVERBS:
            holder -= 1
        return holder_noun(doc, holder) if lower_at(doc, holder) in rules.TALLY_HOLDERS else ""
    elif word not in rules.TALLY_VERBS:
        return ""
    return subject_noun_before(doc, k)


def holder_noun(doc: Doc, h: int) -> str:
    """What a toll, a count or a tally at token h counts: the noun it is
    compounded with ("the case count", "the death toll"), or the dead for a
    toll alone; "" for a count alone."""
    before = doc[h - 1] if h > 0 else None
    if before is not None and before.is_alpha and before.is_lower and not before.is_stop \
            and before.lower_ not in rules.NOT_TALLY_SUBJECTS and before.lower_ not in rules.HOLDER_MODIFIERS:
        word = before.lower_
        return word if word in rules.COUNTED_EVENTS or looks_plural(word) else word + "s"
    return rules.TOLL_NOUN if doc[h].lower_ in {"toll", "tolls"} else ""


def subject_noun_before(doc: Doc, k: int) -> str:
    """The plural noun that is the subject of the verb at token k, in its clause
    ("Measles cases in the US have reached", "the number of deaths climbed")."""
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
        if lower in rules.TALLY_HOLDERS and not nearest:
            return holder_noun(doc, j)  # "the toll later reached 102", "the case count climbed to 190"
        if nearest:
            continue  # a noun of COUNTED_EVENTS further back is still the subject
        if lower in rules.NOT_TALLY_SUBJECTS:
            return ""
        if lower in rules.IRREGULAR_PLURALS or looks_plural(lower):
            nearest = lower
    return nearest


def after_a_name(doc: Doc, i: int) -> bool:
    """A bare figure right after a capitalised word inside a sentence names a
    product, model or route rather than counting anything."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (prev.is_alpha and any(c.isupper() for c in prev.text) and not prev.is_sent_start
            and prev.lower_ not in rules.MONTHS)


def bounds_people(doc: Doc, start_tok: int, bound: str) -> bool:
    """Whether the figure bounds a group of people named right before it:
    'adults over 65', 'women between 40 and 74', 'patients older than 70'."""
    k = start_tok - 1 - len(bound.split())
    if lower_at(doc, k) == "than" and lower_at(doc, k - 1) in {"older", "younger"}:
        k -= 2
    elif lower_at(doc, k) in rules.AGE_COMPARISONS:
        k -= 1
    return lower_at(doc, k) in rules.AGE_HOLDERS


def changed_noun(ctx: DocContext, start_tok: int, bound: str, atom: Atom, other: Atom | None) -> str:
    """The noun both ends of a change count: "cases rose from 476 in 2019 to
    1,474 in 2021" (the verb's subject), "rose from 332 cases in 2012 to 2,855"
    (the first end's noun), "1,807 calls, rising from 13 to 682" (a participle
    after a count describes that count)."""
    if not _one_whole_figure(atom, other):
        return ""
    doc = ctx.doc
    k = start_tok - 1 - len(bound.split())
    if lower_at(doc, k) == "to":
        start_from = _from_before(doc, k)
        if start_from is None:
            return ""
        earlier = _earlier_count_noun(ctx, k, skip_nounless=True)
        if earlier and any(j in ctx.atom_ends for j in range(start_from + 1, k)):
            return earlier  # the first end's noun, said once
        k = start_from
    if lower_at(doc, k) != "from":
        return ""
    verb = k - 1
    while verb > 0 and doc[verb].lower_.endswith("ly") and doc[verb].is_alpha:
        verb -= 1  # "rose sharply from"
    if lower_at(doc, verb) not in rules.CHANGE_WORDS \
            or (verb < k - 1 and lower_at(doc, verb) in rules.CHANGE_WORDS_NEAR_ONLY):
        return ""
    if doc[verb].lower_.endswith("ing") and lower_at(doc, verb - 1) == ",":
        return _earlier_count_noun(ctx, verb - 1, skip_nounless=True)
    return subject_noun_before(doc, verb)


def extent_noun(ctx: DocContext, start_tok: int, bound: str, atom: Atom, other: Atom | None) -> str:
    """The noun an end of a change tallies when the change's extent or time
    stands between it and its verb: "cases rose 40%, to 1,900, up from 1,350",
    "deaths peaked four years ago at 43,230" (rules.CHANGE_EXTENT_WORDS): the
    verb's subject, when it counts things."""
    if not _one_whole_figure(atom, other):
        return ""
    doc = ctx.doc
    k = start_tok - 1 - len(bound.split())
    if lower_at(doc, k) not in {"to", "from", "at"}:
        return ""
    for j in range(k - 1, max(k - 1 - rules.CHANGE_EXTENT_REACH, -1), -1):
        word = lower_at(doc, j)
        if (word in rules.CHANGE_WORDS and word not in {"up", "down"}) or word in rules.PEAK_VERBS:
            return subject_noun_before(doc, j)
        if not (doc[j].like_num or word in rules.CHANGE_EXTENT_WORDS or word in _BOUND_WORD_PARTS):
            return ""
    return ""


# the words of bounds: "about", and "more" of "more than"
_BOUND_WORD_PARTS = frozenset(w for bound in rules.BOUND_WORDS for w in bound.split())


def _from_before(doc: Doc, to: int) -> int | None:
    """The "from" opening the change whose "to" is token `to`, within its clause."""
    for j in range(to - 1, max(-1, to - rules.CHANGE_FROM_REACH), -1):
        word = lower_at(doc, j)
        if word == "from":
            return j
        if word in rules.CLAUSE_ENDS_FOR_CHANGE or word in {",", "to"}:
            return None
    return None


def relative_partitive_noun(ctx: DocContext, start_tok: int, bound: str) -> str:
    """The noun of the count a relative clause takes a part of: "930 people, of
    whom 309 received the drug" (rules.RELATIVE_PARTITIVES before the figure)."""
    k = start_tok - 1 - len(bound.split())
    if f"{lower_at(ctx.doc, k - 1)} {lower_at(ctx.doc, k)}" not in rules.RELATIVE_PARTITIVES:
        return ""
    if lower_at(ctx.doc, k) == "whom":
        return _people_before(ctx, k - 1)
    return _earlier_count_noun(ctx, k - 1, skip_nounless=True)


def _people_before(ctx: DocContext, first: int) -> str:
    """The noun of the count "whom" refers to, before token `first`: people, not
    the places or sites a count of them was given by ("in five countries")."""
    return _earlier_count_noun(ctx, first, skip_nounless=True, skip_nouns=_NOT_PEOPLE)


_NOT_PEOPLE = frozenset(rules.PLACE_COUNT_NOUNS | rules.SITE_COUNT_NOUNS)


def victims_noun(doc: Doc, start_tok: int, end_tok: int, bound: str) -> str:
    """People, for a bare figure a verb of harm takes as its object ("the fires
    killed 31", "sickened 551 before it ended") or that dies ("and 10 died"):
    what such a verb counts is its victims, as if "people" were written."""
    before = lower_at(doc, start_tok - 1 - len(bound.split()))
    after = doc[end_tok] if end_tok < len(doc) else None
    if after is not None and after.lower_ in rules.DYING_VERBS:
        return rules.GENERIC_PERSON
    clause_ends = after is None or after.is_punct or after.is_stop
    return rules.GENERIC_PERSON if before in rules.HARMING_VERBS and clause_ends else ""
