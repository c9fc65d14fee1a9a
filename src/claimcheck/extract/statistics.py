"""Statistical notation: sample sizes, intervals, p-values, ratios, vote tallies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimcheck.extract.model import DocContext, Quantity


def statistics_of(ctx: DocContext, quantities: Iterable[Quantity]) -> Iterator[Quantity]:
    yield from quantities
