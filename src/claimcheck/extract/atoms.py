"""The number grammar: where a number starts in a Doc and what it is worth
(figures, magnitudes, number words; fractions and multiples are read in
fractions.py), and numbers that are parts of names or labels (DSM-5, 'phase 3').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.lang.en.lex_attrs import _num_words, _ordinal_words, like_num
from spacy.tokens import Doc

from claimcheck import rules
from claimcheck.extract.fractions import fraction_atom, multiple_atom
from claimcheck.extract.model import Atom
from claimcheck.extract.nouns import counted_word
from claimcheck.extract.text import doc_text, is_glued, lexeme_flag, lower_at, past_hyphenated_to
from claimcheck.numbers import (
    parse_digits,
    parse_digits_with_magnitude,
    words_to_number,
)


def atom_at(doc: Doc, i: int) -> Atom | None:
    """The number that starts at token i, if any."""
    return _digits_atom(doc, i) or _word_form_atom(doc, i)


def _digits_atom(doc: Doc, i: int) -> Atom | None:
    """A figure: '26.9', '-5', '8 million', '15k'."""
    tok = doc[i]
    text = tok.text
    if _a_code(doc, i):
        return None  # "05-17", "0148": a code, a time or a date part, never a quantity
    value = parse_digits(text)
    # "-5", "−2.5", "+0.28": a sign glued to the figure (the tokenizer keeps them
    # together), after a space or an opening mark ("(−0.2"), not inside a name
    if value is None and text[:1] in {"-", "−", "+"} and not (is_glued(doc, i) and doc[i - 1].text[-1:].isalnum()):
        value = parse_digits(text[1:])
        value = -value if value is not None and text[0] != "+" else value
    if value is None:
        dm = parse_digits_with_magnitude(text)
        return None if dm is None else Atom(dm[0], i, i + 1, "digits", text, True)
    start = i
    if _spaced_sign(doc, i):  # "− 18.4"
        value *= rules.SPACED_SIGNS[doc[i - 1].text]
        start = i - 1
    end = _spaced_thousands_end(doc, i) if start == i else i + 1
    if end > i + 1:  # "608 000", "12 500": thousands set apart by spaces
        value = float("".join(t.text for t in doc[i:end] if t.text.isdigit()))
    magnitude = False
    # "8 million", "26.9 million"
    if end < len(doc) and doc[end].lower_ in rules.SCALE_WORDS:
        value *= rules.SCALE_WORDS[doc[end].lower_]
        end += 1
        magnitude = True
    # "15 k", glued: "15k" split by the tokenizer into "15" "k"
    elif (end < len(doc) and doc[end].text in rules.MAGNITUDE_SUFFIXES
          and not tok.whitespace_ and not unit_glued_after(doc, end)
          and (doc[end].text not in rules.MAGNITUDE_SUFFIXES_NEED_CURRENCY
               or counted_word(doc, end + 1))):
        value *= rules.MAGNITUDE_SUFFIXES[doc[end].text]
        end += 1
        magnitude = True
    power = _power_of_ten(doc, end)
    if power is not None:  # "1.33 × 10^14": scientific notation
        value = float(f"{value!r}e{power[0]}")  # (2.2 * 1e14 is 220000000000000.03)
        end, magnitude = power[1], True
    # one token's text is its span's: a Span made for every figure costs more
    return Atom(value, start, end, "digits", text if end == start + 1 else doc[start:end].text, magnitude)


def _power_of_ten(doc: Doc, k: int) -> tuple[int, int] | None:
    """'× 10^14', 'x10^14', '× 10¹⁴' from token k: (exponent, end token)."""
    joined = ""
    for j in range(k, min(k + rules.POWER_OF_TEN_TOKENS, len(doc))):
        joined += doc[j].text
        m = _POWER_OF_TEN.fullmatch(joined)
        if m and not (m["caret"] is not None and j + 1 < len(doc) and doc[j + 1].text.isdigit()
                      and not doc[j].whitespace_):
            exponent = m["caret"] or m["super"].translate(_SUPERSCRIPTS)
            return int(exponent.replace("−", "-")), j + 1
    return None


_POWER_OF_TEN = re.compile(r"[×xX*]10(?:\^(?P<caret>[−-]?\d{1,3})|(?P<super>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _spaced_thousands_end(doc: Doc, i: int) -> int:
    """The end of a figure whose groups of three digits are set apart by a space
    or a narrow space ("608 000", "12 500 000"), as WHO and European texts write
    them; i + 1 when the figure at i is not one."""
    if not (doc[i].text.isdigit() and len(doc[i].text) <= 3 and not doc[i].text.startswith("0")):
        return i + 1
    end = i + 1
    while True:
        k = end + 1 if end < len(doc) and doc[end].text in rules.THOUSANDS_SPACES and not doc[end - 1].whitespace_ \
            else end
        if not (k < len(doc) and doc[k].text.isdigit() and len(doc[k].text) == 3
                and doc[k - 1].whitespace_ in {"", " "} and (k > end or doc[end - 1].whitespace_ == " ")):
            break
        end = k + 1
    # a word must follow ("608 000 deaths"): "[Image: corridor.jpg, 640 480]" is a size, two figures
    return end if end > i + 1 and end < len(doc) and doc[end].is_alpha else i + 1


def _a_code(doc: Doc, i: int) -> bool:
    """Figures led by a zero ('0148', '05-17', and the '17' after '05-'): codes,
    times and date parts, except the end of a span of years ('1999-00')."""
    text = doc[i].text
    if _zero_led(text):
        return not _two_digit_year_end(doc, i)
    return (i > 1 and doc[i - 1].text in {"-", "/", "."} and is_glued(doc, i) and is_glued(doc, i - 1)
            and _zero_led(doc[i - 2].text))


def _two_digit_year_end(doc: Doc, i: int) -> bool:
    """'00' in '1999-00', '05' in '2004/05': the end of a span of years."""
    return (len(doc[i].text) == 2 and i > 1 and doc[i - 1].text in {"-", "–", "—", "/"}
            and len(doc[i - 2].text) == 4 and doc[i - 2].text.isdigit())


def _zero_led(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _spaced_sign(doc: Doc, i: int) -> bool:
    """A minus (U+2212) or plus set apart before the figure at i, not between two figures."""
    return (i > 0 and doc[i - 1].text in rules.SPACED_SIGNS and bool(doc[i - 1].whitespace_)
            and (i < 2 or not doc[i - 2].like_num))


def _word_form_atom(doc: Doc, i: int) -> Atom | None:
    """A number in words: 'twice', 'half', 'three-quarters', 'a third', 'forty-five'."""
    lower = doc[i].lower_
    found = multiple_atom(doc, i, lower) or fraction_atom(doc, i, lower)
    if found is not None:
        return found
    if lower in rules.NUMBER_WORDS or lower in rules.TENS_WORDS or lower in rules.ARTICLE_ONE:
        return word_atom(doc, i)
    return None


def word_atom(doc: Doc, i: int) -> Atom | None:
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
            return Atom(value, i, end, "words", doc[i:end].text,
                         magnitude=any(w.lower() in rules.SCALE_WORDS for w in words))
    if doc[i].lower_ in rules.ARTICLE_ONE:
        return Atom(1.0, i, i + 1, "article", doc[i].text)
    return None


def unit_glued_after(doc: Doc, i: int) -> bool:
    """'15 k' is a magnitude, but 'k' in '15kg' is the start of a unit."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].is_alpha


def _pence(doc: Doc, j: int) -> bool:
    """'p' glued to a figure as pence ("18p per litre"), not a chromosome's arm ("17p deletion")."""
    return doc[j].lower_ in rules.GLUED_MINOR_CURRENCIES \
        and (doc[j + 1].lower_ if j + 1 < len(doc) else "") in rules.AFTER_GLUED_MINOR_CURRENCY


def is_identifier(doc: Doc, atom: Atom) -> bool:
    """Figures that are part of a name or code: DSM-5, COVID-19, 5-HT2A, 3D, 1st."""
    i, end = atom.start, atom.end
    if is_glued(doc, i) and (doc[i - 1].is_alpha or any(c.isdigit() for c in doc[i - 1].text)):
        prev = doc[i - 1].lower_
        if prev not in rules.CURRENCY_PREFIXES and doc[i - 1].text not in rules.CURRENCY_PREFIXES:
            return True
    if (i >= 2 and doc[i - 1].text in {"-", "‐"} and is_glued(doc, i) and is_glued(doc, i - 1)
            and doc[i - 2].is_alpha and doc[i - 2].lower_ not in {"mid", "late", "early", "pre", "post"}
            and past_hyphenated_to(doc, i - 3) != i - 1):  # (the "10" of "5-to-10" ends a range)
        return True
    if end < len(doc) and is_glued(doc, end):
        nxt = doc[end]
        if nxt.lower_ in rules.NOT_COUNT_NOUNS:
            return True
        if nxt.text in {"-", "‐"} and end + 1 < len(doc) and is_glued(doc, end + 1):
            after = doc[end + 1]
            if parse_digits(after.text) is None and (
                    any(c.isdigit() for c in after.text)
                    or (after.text[:1].isupper() and after.lower_ not in rules.UNIT_FORMS)):
                return True
        if nxt.is_alpha and nxt.lower_ not in rules.UNIT_FORMS and nxt.text not in rules.MAGNITUDE_SUFFIXES \
                and nxt.lower_ not in rules.CURRENCY_SUFFIXES and not _pence(doc, end):
            return True
    return _number_word_in_a_name(doc, atom)


def _number_word_in_a_name(doc: Doc, atom: Atom) -> bool:
    """A capitalized number word inside a sentence, between a word in lower
    case and a capitalized one, is part of a name: "the Three Mile Island
    reactor", "the Four Corners region" (not "Three Texas counties" opening a
    sentence, nor a title in title case, whose words before it are capitalized)."""
    i, end = atom.start, atom.end
    first = doc[i]
    if atom.form == "digits" or not first.text[:1].isupper() or first.is_sent_start or i == 0 or end >= len(doc):
        return False
    before, after = doc[i - 1], doc[end]
    # (a unit is never capitalized in prose: "Three Mile Island" names a place)
    return before.is_alpha and before.is_lower and after.is_alpha and after.is_title


def label_before(doc: Doc, i: int) -> str:
    """'phase' in 'phase 3', 'week' in 'week 12'."""
    j = i - 1
    marked = j >= 0 and doc[j].text in {"#", ":"}
    if marked:
        j -= 1
    if j < 0:
        return ""
    if doc[j].text == "." and j > 0 and is_glued(doc, j) and doc[j - 1].text in rules.ABBREVIATED_LABELS:
        return doc[j - 1].lower_ + "."  # "Red No. 3", "Vol. 9"
    word = doc[j].lower_
    # ("a grim month: eight patients died" is no point of a schedule)
    if word in rules.LABEL_WORDS or word in rules.PLURAL_LABEL_WORDS or word in rules.NAMES_WITH_A_NUMBER \
            or doc[j].text in rules.CAPITALIZED_LABEL_WORDS or (word in rules.SCHEDULE_WORDS and not marked):
        return word
    if doc[j].is_upper and _names_a_trial(doc, j, i):
        return word  # "PURPOSE 2", "SUSTAIN 6": the number is part of a trial's name
    return ""


def _names_a_trial(doc: Doc, j: int, i: int) -> bool:
    found = rules.TRIAL_NAME_PATTERN.match(doc_text(doc), doc[j].idx)
    return bool(found) and found.end() == doc[i].idx + len(doc[i])


_TRIGGER_WORDS = (set(rules.NUMBER_WORDS) | set(rules.TENS_WORDS) | set(rules.FRACTION_WORDS)
                  | set(rules.MULTIPLIER_WORDS) | set(rules.FOLD_WORDS) | set(rules.MULTIPLYING_WORDS)
                  | set(rules.MONTHS) | {m + "." for m in rules.MONTHS}
                  | set(rules.WEEKDAYS))


# A word of plain letters is like_num exactly when it is a number or ordinal
# word: the lists answer for it without the full test
_PLAIN_NUMBER_WORDS = set(_num_words) | set(_ordinal_words) | _TRIGGER_WORDS


_AFTER_ARTICLE = set(rules.SCALE_WORDS) | set(rules.DOZEN_WORDS) | set(rules.FRACTION_WORDS) | set(rules.UNIT_FORMS) \
    | rules.ARTICLE_SPAN_GAP_WORDS


# Lexeme flags: spaCy computes a flag once per word type and keeps it on the
# lexeme, so a Doc's flags come out of one to_array call with no per-token work.
def starts_number(word: str) -> bool:
    """A figure or number word (spaCy's English like_num), a month, or a word
    starting with a minus sign ("-5"; a lone hyphen, common between the parts
    of "placebo-controlled", starts nothing). Run for every new word type:
    most are plain words, answered from the word lists."""
    if word.isascii() and word.isalpha():
        return word.lower() in _PLAIN_NUMBER_WORDS
    return like_num(word) or word.lower() in _TRIGGER_WORDS or (word[:1] in ("-", "−", "+") and len(word) > 1)


def is_article_one(word: str) -> bool:
    return word.lower() in rules.ARTICLE_ONE


def follows_article(word: str) -> bool:
    return word.lower() in _AFTER_ARTICLE


@dataclass(frozen=True)
class CandidateFlags:
    starts_number: int
    article_one: int
    follows_article: int

    @classmethod
    def on(cls, vocab) -> CandidateFlags:
        return cls(lexeme_flag(vocab, starts_number), lexeme_flag(vocab, is_article_one),
                   lexeme_flag(vocab, follows_article))


def candidates(doc: Doc, flags: CandidateFlags) -> list[int]:
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


def and_a_half(doc: Doc, j: int) -> bool:
    """'and a half' at token j: 'two and a half years', 'an hour and a half'."""
    return lower_at(doc, j) == "and" and lower_at(doc, j + 1) in rules.ARTICLE_ONE and lower_at(doc, j + 2) == "half"


def owner_before(doc: Doc, i: int) -> bool:
    """'their 60s', 'her mid-40s', 'his late 30s': a possessive before the
    figure, past early/mid/late and a hyphen."""
    k = i - 1
    while k >= 0 and doc[k].lower_ in rules.DECADE_PARTS | {"-", "‐"}:
        k -= 1
    if k >= 2 and doc[k].lower_ in {"and", "or", "to", ","} and doc[k - 1].lower_ == "s" \
            and re.fullmatch(r"[1-9]0", doc[k - 2].text):
        return owner_before(doc, k - 2)  # "their 60s and 70s"
    return k >= 0 and doc[k].lower_ in rules.AGE_DECADE_OWNERS
