"""The spaCy components that find quantities in a Doc, and what other stages use of them.

``claimcheck_exclusions`` (extract/furniture.py) marks text that is never a
claim (citations, URLs, reference lists, enumerators, page furniture).
``claimcheck_quantities`` (extract/finder.py) finds every figure and number
word, and reads the words around it into one ``Quantity`` per claim, stored
as spans in ``doc.spans["quantities"]`` with ``span._.quantity``. Where each
class of expression is read: see the ``claimcheck.extract`` package.
"""

from __future__ import annotations

import claimcheck.extract.finder  # noqa: F401  (registers claimcheck_quantities)
import claimcheck.extract.furniture  # noqa: F401  (registers claimcheck_exclusions)
from claimcheck.extract.dates import RELATIVE_DATE_SEARCH
from claimcheck.extract.furniture import ExclusionMarker
from claimcheck.extract.model import QUANTITY_SPANS, Quantity
from claimcheck.extract.text import LINE_BREAK, PhraseSearch, doc_text, in_sorted, is_heading, phrase_regex

_RELATIVE_DATE_SEARCH = RELATIVE_DATE_SEARCH  # the name tests used before the split

__all__ = ["QUANTITY_SPANS", "ExclusionMarker", "LINE_BREAK", "PhraseSearch", "Quantity", "RELATIVE_DATE_SEARCH",
           "doc_text", "in_sorted", "is_heading", "phrase_regex"]
