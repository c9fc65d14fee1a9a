"""The data read from a Doc: a Quantity (one claim), an Atom (one number in
the text), the Reading of a number being assembled, and the per-Doc lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:  # the flags are built by the number grammar, which reads Atoms
    from claimcheck.extract.atoms import CandidateFlags


QUANTITY_SPANS = "quantities"


@dataclass(slots=True)
class Quantity:
    """One numeric claim as read from the text."""

    low: float | None
    high: float | None
    unit: str = ""
    kind: str = "number"
    bound: str = ""
    bound_type: str = ""
    start_char: int = 0
    end_char: int = 0
    text: str = ""
    currency: str = ""
    counted: str = ""  # the noun a count counts ("participants")
    date: str = ""  # ISO date as precise as written ("2021-05", "2021-05-06", "--02-18")
    relative: tuple[str, int] | None = None  # ("year", +1) for "next year"
    is_timepoint: bool = False  # a duration that dates another claim ("two months after")
    is_change: bool = False  # a change of a measure ("rose by 41%"), not its level
    list_size: int = 1  # >1 when one member of a list sharing a unit ("75, 100, and 125 mg")
    list_low: float | None = None
    list_high: float | None = None
    flags: list[str] = field(default_factory=list)
    # what the figure is in statistical terms: estimate, ci, p_value, hazard_ratio,
    # odds_ratio, risk_ratio, sample_size, tally_for, tally_against, tally_abstain
    statistic: str = "estimate"


@dataclass(slots=True)
class Atom:
    """A number in the text: one token or a run of tokens with one value."""

    value: float
    start: int  # token index
    end: int  # token index, exclusive
    form: str  # digits | words | fraction | article | multiplier
    text: str
    magnitude: bool = False


@dataclass(slots=True)
class DocContext:
    doc: Doc
    units: dict[int, tuple[int, str]]
    bounds: dict[int, tuple[int, str]]
    currency_suffixes: dict[int, tuple[int, str]]
    mask: bytearray
    flags: CandidateFlags
    text: str  # doc.text, kept because spaCy rebuilds it on every access
    atom_ends: dict[int, int] = field(default_factory=dict)  # start token -> end token of each number
    last_tally_end: int = -1  # the token after the last vote tally read ("voted 12 to 0 ... and 10 to 2")

    def excluded(self, start_tok: int, end_tok: int) -> bool:
        a = self.doc[start_tok].idx
        b = self.doc[end_tok - 1].idx + len(self.doc[end_tok - 1])
        return any(self.mask[a:b])


@dataclass(slots=True)
class Reading:
    """What has been read around one number so far: the claim being built."""

    atom: Atom
    end: int  # the token after what has been read (figure, magnitude, unit, currency word)
    value: float
    currency: str
    cur_start: int  # the first token, counting a currency symbol before the figure
    bound: str
    bound_start: int
    label: str  # the label word before the figure ("week" in "week 12"), if any
    unit: str = ""
    half: bool = False  # "and a half" has been read

    @property
    def start(self) -> int:
        return self.atom.start

    @property
    def first(self) -> int:
        """The claim's first token: its currency symbol, or its figure."""
        return self.cur_start if self.currency else self.atom.start


if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


if not Doc.has_extension("excluded"):
    Doc.set_extension("excluded", default=())


if not Doc.has_extension("text_cache"):
    # doc.text joins every token on each access; the components read it once
    Doc.set_extension("text_cache", default=None)


if not Doc.has_extension("article_text"):
    # the whole article a Doc is a piece of (a block, or the prefilter's regions):
    # what a rule reads "elsewhere in the article" must not depend on the piece
    Doc.set_extension("article_text", default=None)
