"""Statistical notation: sample sizes ("n=241", "N = 612"), p-values
("p<0.001"), hazard, odds and risk ratios ("HR 0.21", "hazard ratio, 0.27"),
confidence intervals ("95% CI, 0.21 to 0.37": one range claim), and vote
tallies ("voted 8-3": votes for and against; "one abstention").

A figure marked by notation gets its ``statistic`` here, so that the conflict
stage compares it only with figures of the same statistic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.lex_attrs import _num_words
from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.model import Atom, DocContext, Quantity, Reading
from claimcheck.extract.nouns import counted_noun
from claimcheck.extract.text import lower_at, past_hyphenated_to, span_of


def statistics_of(ctx: DocContext, quantities: Iterable[Quantity]) -> Iterator[Quantity]:
    """The quantities, with intervals, abstentions and voters' counts marked."""
    before = None  # the quantity before, which an interval after it bounds
    for q in quantities:
        if q.statistic == "estimate":
            mark = _range_mark(ctx.text, q.start_char) if q.low != q.high else ""
            if mark:
                q.statistic = mark  # "ci" or "iqr"
                _take_estimates_unit(ctx.text, q, before)
            elif q.kind == "count" and q.counted in rules.ABSTENTION_NOUNS:
                q.statistic, q.unit = "tally_abstain", "votes"
            elif q.kind in {"count", "number"} and q.low == q.high:
                side = _voters_side(ctx.text, q) if q.kind == "count" else ""
                if side or _other_side_of(ctx.text, q, before):
                    q.statistic, q.unit, q.counted = side or "tally_against", "votes", "votes"
                    q.kind = "count"
        before = q
        yield q


def _take_estimates_unit(text: str, interval: Quantity, estimate: Quantity | None) -> None:
    """An interval stated without a unit ("0.80 (95% CI, 0.72 to 0.90)") is in
    its estimate's: the figure right before its mark; and in its magnitude
    ("$3.73 billion (95% CI 3.18-3.98)" is 3.18 to 3.98 billion)."""
    if estimate is None or interval.start_char - estimate.end_char > rules.INTERVAL_MARK_REACH:
        return
    if interval.kind == "number" and estimate.kind != "number":
        interval.kind, interval.unit = estimate.kind, estimate.unit
    scale = _magnitude_of_estimate(estimate)
    # (the bounds as written hold the estimate as written: they share its magnitude)
    if scale != 1 and interval.kind == estimate.kind and not _SCALED.search(interval.text) \
            and interval.low <= abs(estimate.low) / scale <= interval.high:
        interval.low, interval.high = interval.low * scale, interval.high * scale


def _magnitude_of_estimate(estimate: Quantity) -> float:
    """What an estimate's written figure is multiplied by: 1e9 for "$3.73 billion"."""
    written = _FIGURE.search(estimate.text)
    if not written or not _SCALED.search(estimate.text) or estimate.low is None:
        return 1.0
    value = float(written.group(0).replace(",", ""))
    # (a power of ten: "$3.73 billion" read as 3730000000.0000005 is still a billion)
    return 10.0 ** round(math.log10(abs(estimate.low / value))) if value and estimate.low else 1.0


_FIGURE = re.compile(rules.FIGURE_PATTERN)
_SCALED = re.compile(rules.MAGNITUDE_WORD_PATTERN, re.I)


def _voters_side(text: str, q: Quantity) -> str:
    """'Ten panelists voted in favor', 'two members voted against', 'one member
    abstained': a count of voters naming its side is that side's tally (not
    'of the 11 panelists', a total)."""
    if q.counted not in rules.VOTER_NOUNS or _OF_BEFORE.search(text, max(0, q.start_char - 8), q.start_char):
        return ""
    if _ALL_BEFORE.search(text, max(0, q.start_char - 5), q.start_char) and _UNANIMOUS.search(
            text, max(0, q.start_char - rules.UNANIMOUS_REACH), q.start_char):
        return "tally_for"  # "voted unanimously, with all 11 members agreeing"
    if _ABSTAINED.match(text, q.end_char):
        return "tally_abstain"  # "one member abstained"
    found = _VOTED_SIDE.match(text, q.end_char)
    if found:
        return "tally_for" if found.group(1).lower() in rules.TALLY_FOR_SIDES else "tally_against"
    motion = _VOTED_THAT.match(text, q.end_char)
    if not motion:
        return ""
    # "voted that the data did not show ...": the motion put in the negative, a vote against it
    clause = _CLAUSE_END.split(text[motion.end():], maxsplit=1)[0].lower().split()[:rules.MOTION_REACH]
    return "tally_against" if any(w in rules.MOTION_NEGATIONS for w in clause) else "tally_for"


def _other_side_of(text: str, q: Quantity, before: Quantity | None) -> bool:
    """'Ten members voted in favour and two against': a count joined by "and" to
    the tally for, in its clause, and naming only the side against, is the tally against."""
    if before is None or before.statistic != "tally_for":
        return False
    between = text[before.end_char:q.start_char]
    return bool(_AND_BEFORE.search(between)) and not _SENTENCE_BREAK.search(between) \
        and bool(_AGAINST_AFTER.match(text, q.end_char))


_AND_BEFORE = re.compile(r"\band\s*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[;:()—–]|\.\s")  # (a comma before "and" joins the two sides)
_AGAINST_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(rules.TALLY_AGAINST_AFTER)) + r")\b", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
_UNANIMOUS = re.compile(rules.UNANIMOUS_WORD + r"[^.;]*$", re.IGNORECASE)
_ABSTAINED = re.compile(r"\s+(?:[A-Za-z]+\s+){0,2}?(?:abstained|abstaining|"
                        + "|".join(rules.UNDECIDED_PHRASES) + r")\b", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof(?: the)?\s*$", re.IGNORECASE)
# ("Nine of the 11 panelists voted yes": the part of the voters that voted so;
# not "two of the members who voted no", a part of one side)
_OF_THE_VOTERS = r"of\s+(?:the\s+|all\s+)?(?:\d[\d,]*|" + "|".join(sorted(_num_words, key=len, reverse=True)) + r")\s+"
_SIDES = "|".join(sorted(rules.TALLY_FOR_SIDES | rules.TALLY_AGAINST_SIDES, key=len, reverse=True))
_VOTED_SIDE = re.compile(r"\s+(?:" + _OF_THE_VOTERS + r")?(?:[A-Za-z]+\s+){0,2}?(?:had\s+)?(?:voted|said)\s+("
                         + _SIDES + r")\b", re.IGNORECASE)


# "Nine of the 11 panelists voted that the benefits outweighed the risks": a side on the motion
_VOTED_THAT = re.compile(r"\s+(?:" + _OF_THE_VOTERS + r")?(?:[A-Za-z]+\s+){0,2}?voted\s+that\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:,()]")


def _range_mark(text: str, start: int) -> str:
    """The statistic a range starting at `start` is marked as: 'ci' after "95% CI",
    'iqr' after "IQR"; '' when none."""
    window = max(0, start - rules.INTERVAL_MARK_REACH)
    if rules.INTERVAL_MARK.search(text, window, start):
        return "ci"
    return "iqr" if rules.SPREAD_MARK.search(text, window, start) else ""


def statistic_marked(doc: Doc, start: int) -> str:
    """The statistic notation before token `start` names, or ''."""
    k = start - 1
    while k >= 0 and (doc[k].text in rules.STATISTIC_GAP or doc[k].lower_ in rules.STATISTIC_GAP_WORDS) \
            and start - k <= 3:
        k -= 1
    if k < 0 or k == start - 1 and doc[k].text in {"n", "N", "p", "P"}:
        return ""  # "n" and "p" mark a figure only with "=" or a comparator between
    mark = rules.STATISTIC_MARKS.get(doc[k].text.lstrip("("))
    if mark is not None:
        return "" if k > 0 and doc[k - 1].is_alpha and mark in {"sample_size", "p_value"} and \
            doc[k - 1].whitespace_ == "" else mark
    phrase = rules.STATISTIC_PHRASES.get(f"{lower_at(doc, k - 1)} {lower_at(doc, k)}", "")
    # "hazard ratio for death, 0.27", "the odds ratio for asthma was 1.31"
    named_after = doc[start - 1].text == "," or any(doc[j].lower_ in rules.STATISTIC_VERBS for j in range(k + 1, start))
    return phrase or (_phrase_for_an_endpoint(doc, k) if named_after else "")


def _phrase_for_an_endpoint(doc: Doc, k: int) -> str:
    """The statistic a phrase names when it names its endpoint before the figure's
    comma: "hazard ratio for death or permanent ventilation, 0.27"."""
    for back in range(k, max(k - rules.STATISTIC_ENDPOINT_REACH, 1), -1):
        if doc[back].is_punct or doc[back].is_space and "\n\n" in doc[back].text:
            return ""
        if doc[back].lower_ == "for":
            return rules.STATISTIC_PHRASES.get(f"{lower_at(doc, back - 2)} {lower_at(doc, back - 1)}", "")
    return ""


def notation(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """A figure that notation marks: its claim, or None when none marks it."""
    if r.unit or r.currency or r.atom.form != "digits":
        return None
    statistic = statistic_marked(ctx.doc, r.start)
    if not statistic:
        return None
    s, e, text = span_of(ctx.doc, r.start, r.end)
    q = Quantity(low=r.value, high=r.value, start_char=s, end_char=e, text=text, statistic=statistic,
                 bound=r.bound, bound_type=rules.BOUND_WORDS.get(r.bound, ""))
    if statistic == "sample_size":
        noun = counted_noun(ctx, r.end, r.value)
        q.kind, q.unit, q.counted = "count", noun or "n", noun
    elif statistic in rules.RATIO_UNITS:
        q.kind, q.unit = "ratio", rules.RATIO_UNITS[statistic]
    return [q]


def _coordinated_with_tally(ctx: DocContext, first: int) -> bool:
    """'voted 12 to 0 that the data support its effectiveness and 10 to 2 that
    they support its safety', 'voted 8-1 that it is safe, 6-3 that it works': a
    pair joined by 'and' or a comma to a tally of its sentence is a tally of the
    same vote's next question."""
    doc, end = ctx.doc, ctx.last_tally_end
    if end < 0 or not 0 < first - end <= rules.TALLY_COORDINATION_REACH:
        return False
    joiner = _before_the_body(doc, first)
    if lower_at(doc, joiner) not in rules.TALLY_COORDINATORS:
        return False
    return not any(doc[k].is_sent_start or doc[k].text in {";", "."} for k in range(end, first))


def _before_the_body(doc: Doc, first: int) -> int:
    """The token before the name of the body that cast a coordinated tally
    ("passed the House 366-34 and the Senate 85-11": "and"), or the token
    right before the pair when no such name comes between."""
    k = first - 1
    while k >= 0 and first - k <= rules.TALLY_BODY_MAX_WORDS and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k -= 1
    if k < first - 1 and lower_at(doc, k) == "the":
        k -= 1
    return k


def tally(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'voted 8-3', 'passed 51-50', 'voted nine to two', 'by fourteen votes to
    three', 'eight in favor and three against': votes for and against."""
    doc, atom = ctx.doc, r.atom
    if r.unit or r.currency:
        return None
    connector = past_hyphenated_to(doc, atom.end + 1 if lower_at(doc, atom.end) in rules.TALLY_VOTE_NOUNS else atom.end)
    if lower_at(doc, connector) not in rules.TALLY_CONNECTORS:  # ("fourteen votes to three")
        return _sided_tally(ctx, r, by_start, used)
    other = by_start.get(connector + 1) or _no_votes(doc, connector + 1)
    if other is None or other.form not in {"digits", "words"} or atom.form not in {"digits", "words"} \
            or atom.value != int(atom.value) or other.value != int(other.value):
        return None
    if other.value > atom.value and lower_at(doc, r.first - 1) not in rules.ANY_ORDER_TALLY_WORDS:
        return None  # "voted 2 to 9": the count for comes first, right after the verb, however small
    if atom.form == "digits" and rules.BARE_YEAR_MIN <= atom.value <= rules.BARE_YEAR_MAX and (
            len(other.text) == 2 or lower_at(doc, r.first - 1) in rules.YEAR_PREPOSITIONS):
        return None  # "the 2024-25 season", "rose from 210 in 2020 to 930": a year, no votes
    window = range(max(0, r.first - rules.TALLY_CUE_REACH), min(len(doc), other.end + rules.TALLY_CUE_REACH))
    # "by 314 votes to 291" names its votes between the counts, however far its verb
    named_votes = connector > atom.end and lower_at(doc, atom.end) in rules.TALLY_CUES
    cued = any(_tally_cue(doc, k, r.first, other.end) for k in window if not r.first <= k < other.end)
    if not named_votes and not cued and not _after_a_voting_body(doc, r.first) \
            and not _coordinated_with_tally(ctx, r.first) and not _set_off_after_a_vote(doc, r.first, other.end):
        return None
    against = lower_at(doc, other.end) in rules.TALLY_AGAINST_AFTER or _negative_motion(doc, other.end) \
        or _against_after_the_next_tally(doc, other.end) or _voted_against_before(doc, r.first)
    return _tally_of(ctx, atom, other, used, against=against)


def _tally_cue(doc: Doc, k: int, first: int, end: int) -> bool:
    """Whether token k is a word that names the pair doc[first:end] a vote
    (rules.TALLY_CUES; some, before it, only right before it: TALLY_CUES_BEFORE_ONLY)."""
    word = doc[k].lower_
    if word in rules.TALLY_CUES_BEFORE_ONLY and k < first:
        return k == first - 1
    return word in rules.TALLY_CUES


def _after_a_voting_body(doc: Doc, first: int) -> bool:
    """Whether a body that votes (rules.VOTING_BODIES) is named shortly before
    the pair at `first`, in its sentence and not as an owner ("the council's team")."""
    for k in range(first - 1, max(first - 1 - rules.TALLY_CUE_REACH, -1), -1):
        if doc[k].text in {".", ";", ":"}:
            return False
        if doc[k].lower_ in rules.VOTING_BODIES and lower_at(doc, k + 1) not in {"'s", "’s"}:
            return True
        if doc[k].is_sent_start:
            return False
    return False


def _set_off_after_a_vote(doc: Doc, first: int, end: int) -> bool:
    """'the board approved a revised plan, again 11-1, in November': a pair set
    off by commas after its clause's vote verb, however far back in the clause."""
    k = first - 1
    if lower_at(doc, k) in rules.TALLY_SET_OFF_WORDS:
        k -= 1
    if lower_at(doc, k) != "," or lower_at(doc, end) not in {",", ".", ";"}:
        return False
    for j in range(k - 1, max(k - rules.TALLY_SET_OFF_REACH, -1), -1):
        if doc[j].is_sent_start or doc[j].text in {";", ".", ":"}:
            return doc[j].lower_ in rules.PAST_VOTE_VERBS
        if doc[j].lower_ in rules.PAST_VOTE_VERBS:
            return True
    return False


def _against_after_the_next_tally(doc: Doc, k: int) -> bool:
    """'voted 5-3 and 7-1 against the two plans': an "against" after the tally
    that "and" joins at k is said of both."""
    return lower_at(doc, k) == "and" and k + 4 < len(doc) and doc[k + 1].like_num \
        and lower_at(doc, k + 2) in rules.TALLY_CONNECTORS and doc[k + 3].like_num \
        and lower_at(doc, k + 4) in rules.TALLY_AGAINST_AFTER


def _negative_motion(doc: Doc, k: int) -> bool:
    """Whether a "that" clause at k, or after the vote's date there, puts a
    vote's motion in the negative ("that the data did not show ..."): up to
    its clause's end."""
    k = _past_abstentions(doc, k)
    for _ in range(rules.VOTE_DATE_MAX_WORDS):
        if lower_at(doc, k) in rules.MOTION_OPENERS:
            break
        word = lower_at(doc, k)
        if word not in rules.VOTE_DATE_WORDS and word not in rules.WEEKDAYS and word not in rules.MONTH_NAMES \
                and not (k < len(doc) and doc[k].like_num):
            return False
        k += 1  # "voted 7-3 on Friday that ...": past the vote's date
    if lower_at(doc, k) not in rules.MOTION_OPENERS:
        return False
    for j in range(k + 1, min(len(doc), k + 1 + rules.MOTION_REACH)):
        if (doc[j].is_punct and not _inside_a_word(doc, j)) or doc[j].is_sent_start:
            return False
        if doc[j].lower_ in rules.MOTION_NEGATIONS:
            return True
    return False


def _past_abstentions(doc: Doc, k: int) -> int:
    """The token after an aside on the abstentions at k (", with one
    abstention,", ", with two members abstaining,"), which belongs to the
    tally before it; else k."""
    if lower_at(doc, k) != "," or lower_at(doc, k + 1) != "with":
        return k
    for j in range(k + 2, min(len(doc), k + 2 + rules.ABSTENTION_ASIDE_MAX_TOKENS)):
        if doc[j].text == ",":
            said = {doc[i].lower_ for i in range(k + 2, j)}
            return j + 1 if said & rules.ABSTENTION_WORDS else k
    return k


def _inside_a_word(doc: Doc, j: int) -> bool:
    """A hyphen or slash joining two words with no space ("benefit-risk")."""
    return 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _voted_against_before(doc: Doc, first: int) -> bool:
    """"The panel voted against both plans, 5-3 and 7-1": "voted against" in the
    words just before a tally, in its sentence."""
    for k in range(first - 1, max(-1, first - 1 - rules.VOTED_AGAINST_REACH), -1):
        if doc[k].text in {".", ";", ":"}:
            return False
        if doc[k].lower_ in rules.TALLY_AGAINST_AFTER and lower_at(doc, k - 1) in rules.VOTED_WORDS:
            return True
    return False


def _tally_of(ctx: DocContext, atom: Atom, other: Atom, used: set[int], against: bool = False) -> list[Quantity]:
    used.add(other.start)
    ctx.last_tally_end = other.end
    out = []
    sides = ("tally_against", "tally_for") if against else ("tally_for", "tally_against")
    for a, statistic in zip((atom, other), sides, strict=True):
        s, e, text = span_of(ctx.doc, a.start, a.end)
        out.append(Quantity(low=a.value, high=a.value, unit="votes", kind="count", counted="votes",
                            start_char=s, end_char=e, text=text, statistic=statistic))
    return out


def _sided_tally(ctx: DocContext, r: Reading, by_start: dict[int, Atom], used: set[int]) -> list[Quantity] | None:
    """'eight in favor and three against', '9 yes votes to 2 no votes': each
    count names its side."""
    doc, atom = ctx.doc, r.atom
    k = _side_end(doc, atom.end, rules.TALLY_FOR_SIDES)
    if k is None or atom.form not in {"digits", "words"} or atom.value != int(atom.value):
        return None
    while k < len(doc) and doc[k].lower_ in rules.TALLY_SIDE_JOINERS:
        k += 1
    other = by_start.get(k) or _no_votes(doc, k)
    if other is None or other.form not in {"digits", "words"} or other.value != int(other.value) \
            or _side_end(doc, other.end, rules.TALLY_AGAINST_SIDES) is None:
        return None
    return _tally_of(ctx, atom, other, used)


def _no_votes(doc: Doc, k: int) -> Atom | None:
    """'none' at token k, the count of a side no one voted for: "124 votes to
    none", "125 in favor, none against"."""
    if k < len(doc) and doc[k].lower_ in rules.TALLY_NONE_WORDS:
        return Atom(0, k, k + 1, "words", doc[k].text)
    return None


def _side_end(doc: Doc, k: int, sides: set[str]) -> int | None:
    """The token after a side word at k ('in favor', 'for', 'yes votes'), or None."""
    if k < len(doc) and doc[k].lower_ in rules.TALLY_VOTE_NOUNS:
        k += 1
    for side in sides:
        words = side.split()
        if [lower_at(doc, k + j) for j in range(len(words))] == words:
            k += len(words)
            return k + 1 if k < len(doc) and doc[k].lower_ in rules.TALLY_VOTE_NOUNS else k
    return None
