"""Who or what a figure is about: the name nearest to it and the names of its
clause, and where a clause naming nothing takes them from (its clause chain, a
participle phrase or appositive it follows, "it" and "the ..." sentences after
a named one). The cue words are in rules.py; the name words themselves are read
by frames.py, and a maker named with its product elsewhere in the article is
added by comparable.py.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from claimcheck import frames, rules
from claimcheck.quantities import doc_text

if TYPE_CHECKING:
    from claimcheck.context import _Sentence


def subject_of(sent: _Sentence, s: Span, left: list, right: list, sentence_names: dict[int, list[str]],
               chain: Callable[[], tuple[int, int]]) -> tuple[str, str]:
    """The name nearest to a figure, and the names of its clause (of its
    sentence when the clause names nothing). `chain()` gives the bounds of the
    clause chain the figure is in (context.py reads them)."""
    opens = bool(left) and left[0].i == sent.start
    if sent.start not in sentence_names:
        sentence_names[sent.start] = list(frames.sentence_names(sent.text))
    # a name is one of the sentence read whole: a clause's few words can miss
    # the cue before it ("efficacy against RSV ...") or the verb after it ("Lilly said")
    nearest, names = frames.clause_names(words_of(left), words_of(right), opens,
                                         among=frozenset(sentence_names[sent.start]))
    # a clause naming only a drug's generic name is read on as one naming
    # nothing; the drug stays among its names (frames.subject_match)
    drugs = [n for n in names if frames.inn_drug_name(n)]
    if drugs and len(drugs) == len(names):
        nearest, names = "", []
    if not names:
        # the clause names nothing: the names of its clause chain, not across a
        # semicolon or ", and" (a new clause has its own subject: "..., and far
        # more of those with two copies of APOE4"), and the last name before it
        # there ("Humalog's list price is now $66.40 a vial, down 76%")
        begin, end = chain()
        if (begin, end) == (sent.start, sent.end):
            names = sentence_names[sent.start]
        else:
            names = frames.names_in(words_of(s.doc[begin:end]), begin == sent.start)
        # not what the figure is compared with: "360 adults, the same age range as the UK study"
        compared = frames.comparator_names(words_of(s.doc[s.end:end]))
        names = [n for n in names if n not in compared] if compared else names
        if names:
            nearest = frames.last_name(words_of(s.doc[begin:s.start]), begin == sent.start)
            if not nearest and begin == sent.start and len(set(names)) == 1:
                nearest = names[0]  # the sentence's one name, at its start ("Glucora's price ...")
        elif begin > sent.start and any(t.lower_ in rules.CLAUSE_PRONOUNS for t in s.doc[begin:end]):
            # "Medicare spent $14 billion on Glucora, and 2.3 million enrollees used it":
            # the pronoun is the clause before's subject
            before = [t.text for t in s.doc[sent.start:begin]]
            names = frames.names_in(before, True)
            nearest = frames.last_name(before, True) if names else nearest
    if rules.GAPPED_ITEM_FLAG in s._.quantity.flags:
        # "..., Georgia 25, Florida 17": each figure is the name's before it
        nearest = frames.last_name(words_of(left), opens) or nearest
    relative = _relative_subject(s.doc, sent, s, right)
    followed = _participle_subject(s.doc, sent, left) or _appositive_subject(s.doc, sent, left)
    interrupted = _subject_before_relative(s.doc, sent, left)
    if relative:
        nearest, names = relative
    elif followed:
        nearest, names = followed, [*names, followed]
    elif interrupted:
        # (the last name not a drug's generic one: "Veoza (fezolinetant)" is Veoza)
        nearest = ([n for n in interrupted if not frames.inn_drug_name(n)] or interrupted)[-1]
        names = [*names, *interrupted]
    elif not names:
        names = _previous_names(s.doc, sent)
        nearest = names[0] if names else nearest
    if drugs:
        # the names read on from the clause chain or the sentence may hold another
        # drug (of a coordinated clause): the clause's own drug is its drug
        names = [n for n in names if not frames.inn_drug_name(n)]
    return nearest or (drugs[0] if drugs else ""), " ".join(sorted(set(names + drugs)))


def words_of(tokens) -> list[str]:
    """The words of tokens as the sentence's names are read (frames.sentence_names):
    a name the tokenizer split at its hyphen ("Velo", "-", "DX") is one word again."""
    words: list[str] = []
    for k, tok in enumerate(tokens):
        before = tokens[k - 1] if k else None
        glued = before is not None and before.i == tok.i - 1 and not before.whitespace_
        if words and glued and (tok.text in _HYPHENS or before.text in _HYPHENS):
            words[-1] += tok.text
        else:
            words.append(tok.text)
    return words


_HYPHENS = {"-", "‐"}


def _previous_names(doc: Doc, sent: _Sentence) -> list[str]:
    """What "It" or "The price" opening a sentence that names nothing refers
    to: the names of the sentence before it in its paragraph, its subject first
    ("Arexvy (GSK) was first, approved May 3, 2023. It lists at $295 a dose.")."""
    if doc[sent.start].lower_ not in rules.SUBJECT_PRONOUNS:
        return []
    text = doc_text(doc)
    k = sent.start - 1
    while k > 0 and not doc[k].is_sent_start:
        k -= 1
    begin = max(text.rfind("\n", 0, sent.start_char) + 1, doc[k].idx if k >= 0 else sent.start_char)
    previous = text[begin:sent.start_char].strip()
    # (its subject comes first, a name though it opens the sentence: "Arexvy (GSK) was first")
    opening = _OPENING_CAPITAL.match(previous)
    names = list(frames.sentence_names(previous))
    # (not a shouted dateline's place: "NEW YORK -- Medexa said")
    word = opening.group(1) if opening and opening.group(1).lower() not in STOP_WORDS else ""
    named = frames.names_in([word]) if word and (not word.isupper() or word.lower() in names) \
        and _shaped_or_named_elsewhere(doc._.article_text or text, previous[opening.end(1):], word) else []
    return named + [n for n in names if n not in named]


def _shaped_or_named_elsewhere(text: str, after: str, word: str) -> bool:
    """Whether a capitalized word opening a sentence is a name: one with a maker or
    a gloss in brackets after it ("Arexvy (GSK)") or a company's suffix ("Medexa
    Inc."), shaped as one (an acronym, camel case), or capitalized inside a
    sentence elsewhere in the article ("Cost has slowed some clinics" opens with a
    common word)."""
    following = after.split()[:1]
    if after.lstrip().startswith("(") or word.isupper() or any(c.isupper() for c in word[1:]) \
            or (following and following[0].strip(".,") in rules.COMPANY_SUFFIXES):
        return True
    return re.search(rf"[a-z0-9,;] {re.escape(word)}\b", text) is not None


_OPENING_CAPITAL = re.compile(r"^[^\w]*([A-Z][\w-]*)")


def _appositive_subject(doc: Doc, sent: _Sentence, left: list) -> str:
    """The name a sentence opens with when an appositive follows it and the
    figure's clause comes after the appositive ("Glucora, the gene therapy from
    Medexa, lists at $2.2 million"): the subject of the clause's verb."""
    if not left or doc[left[0].i - 1].text != "," or sent.start + 2 >= left[0].i - 1:
        return ""
    first_comma = sent.start + 1
    if doc[first_comma].text != "," or doc[first_comma + 1].lower_ not in rules.APPOSITIVE_OPENERS:
        return ""
    if any(doc[k].text in {",", ";"} for k in range(first_comma + 1, left[0].i - 1)):
        return ""  # the second comma closes the appositive, not a list
    named = frames.names_in([doc[sent.start].text], starts_sentence=False)
    return named[0] if named and named[0] not in STOP_WORDS else ""


def _subject_before_relative(doc: Doc, sent: _Sentence, left: list) -> list[str]:
    """The names of the words a sentence opens with when a relative clause follows
    them and the figure's clause comes after it ("Veoza (fezolinetant), which
    blocks only one receptor, was approved in December 2023"): the subject of
    the clause's verb. The word opening the sentence is a name when its shape or
    the rest of the article says so (_shaped_or_named_elsewhere)."""
    if not left or left[0].i - 1 <= sent.start or doc[left[0].i - 1].text != ",":
        return []
    closing = left[0].i - 1
    opening = next((k for k in range(sent.start + 1, closing) if doc[k].text == ","), None)
    if opening is None or doc[opening + 1].lower_ not in rules.RELATIVE_SUBJECT_PRONOUNS \
            or any(doc[k].text in {",", ";"} for k in range(opening + 1, closing)):
        return []
    words = words_of(doc[sent.start:opening])
    first, text = doc[sent.start], doc_text(doc)
    # its opening word is a name too when the article says so (the whole
    # article, not only the piece of it this Doc holds)
    opens_with_name = _shaped_or_named_elsewhere(doc._.article_text or text,
                                                 text[first.idx + len(first.text):doc[opening].idx], first.text)
    named = frames.names_in(words, starts_sentence=not opens_with_name)
    return [n for n in named if n not in STOP_WORDS]


def _participle_subject(doc: Doc, sent: _Sentence, left: list) -> str:
    """The name a participle phrase opening a figure's clause follows
    ("Glucora, approved in March 2021, ..."): what the phrase and its figure
    are about. A capital opening the sentence is a name there too: a common
    word before ", approved in" would be no noun the phrase could be about."""
    if not left or left[0].i - 2 < sent.start or left[0].i + 1 >= sent.end:
        return ""
    first = left[0]
    if doc[first.i - 1].text != "," or doc[first.i + 1].lower_ not in rules.PARTICIPLE_FOLLOWERS or not (
            first.lower_ in rules.IRREGULAR_PARTICIPLES or (first.lower_.endswith("ed") and len(first) > 4)):
        return ""
    named = frames.names_in([doc[first.i - 2].text], starts_sentence=False)
    return named[0] if named and named[0] not in STOP_WORDS else ""


def _relative_subject(doc: Doc, sent: _Sentence, s: Span, right: list) -> tuple[str, list[str]] | None:
    """The name a relative clause holding the figure is about, and the clause's
    names: "..., after Arikayce, which the FDA cleared in 2019" dates Arikayce's
    approval, not that of the product the sentence opens with."""
    pronoun = _relative_pronoun(doc, sent, s.start)
    if pronoun is None:
        return None
    antecedent = _before_gloss(doc, sent, pronoun - 2)  # (past the pronoun's comma)
    if antecedent < sent.start:
        return None
    named = frames.names_in([doc[antecedent].text], starts_sentence=antecedent == sent.start)
    if not named or named[0] in STOP_WORDS:
        return None
    # (the relative clause ends at its comma: ", which ... in 2022, and Qalsody ...")
    ends = [j for j, t in enumerate(right) if t.text in {",", ";"}]
    clause = frames.names_in(words_of(doc[pronoun:s.end]) + words_of(right[:ends[0]] if ends else right), False)
    return named[0], [named[0], *clause]


def _relative_pronoun(doc: Doc, sent: _Sentence, figure: int) -> int | None:
    """Where the relative pronoun after a comma opening the figure's clause stands
    (", which the FDA cleared in 2019"), or None."""
    k = figure - 1
    while k > sent.start + 1 and doc[k].text not in {",", ";"}:
        if doc[k].lower_ in rules.RELATIVE_SUBJECT_PRONOUNS and doc[k - 1].text == ",":
            return k
        k -= 1
    return None


def _before_gloss(doc: Doc, sent: _Sentence, k: int) -> int:
    """The word before a bracketed gloss ending at k ("Relyvrio (sodium
    phenylbutyrate)"), or k itself when no bracket ends there."""
    if doc[k].text != ")":
        return k
    while k > sent.start and doc[k].text != "(":
        k -= 1
    return k - 1
