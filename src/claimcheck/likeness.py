"""How alike two claims' sentences are, by the words they share that are rare
among the sentences of their block.

Two sources telling one fact share its distinctive words (a place, a trial's
name, the event, the figures beside it), not only the measure's; words every
sentence of the block holds (the measure's, the topic's product) say nothing.
The weights come from the block alone, so a block's evidence depends on its
members only, as the scan state's reuse of block results needs."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]+")
MIN_WORD_LENGTH = 3  # shorter words are articles, prepositions and units
# Fewer sentences than this cannot tell which words are rare: two sentences
# share only words that both have, whatever those are.
MIN_SENTENCES = 3


@functools.lru_cache(maxsize=65536)  # a sentence is in every block its claims are in
def sentence_words(sentence: str) -> frozenset[str]:
    """The lower-cased words of a sentence, figures among them."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if len(w) >= MIN_WORD_LENGTH)


class BlockWords:
    """Word weights of one block's sentences: a smoothed inverse document
    frequency, 1 for a word every sentence holds, more the rarer it is."""

    def __init__(self, sentences: Iterable[str]):
        unique = set(sentences)
        self._frequency = Counter(w for s in unique for w in sentence_words(s))
        self._size = len(unique)
        self._weights: dict[str, float] = {}
        self.telling = self._size >= MIN_SENTENCES

    def _weight(self, word: str) -> float:
        weight = self._weights.get(word)
        if weight is None:
            weight = self._weights[word] = math.log((self._size + 1) / (self._frequency[word] + 1)) + 1
        return weight

    def likeness(self, sentence_a: str, sentence_b: str) -> float:
        """The cosine of the two sentences' weighted word sets, 0 to 1 (read
        it only when the block is `telling`)."""
        words_a, words_b = sentence_words(sentence_a), sentence_words(sentence_b)
        shared = sum(self._weight(w) ** 2 for w in words_a & words_b)
        if not shared:
            return 0.0
        norm_a = sum(self._weight(w) ** 2 for w in words_a)
        norm_b = sum(self._weight(w) ** 2 for w in words_b)
        return shared / math.sqrt(norm_a * norm_b)
