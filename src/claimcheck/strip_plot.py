"""The values every source gives for a measure with conflicts, laid out as a
strip plot (one row per source, one mark per claim) for the HTML report: a
reader sees at a glance which source is the outlier.

Only the geometry is computed here; the report's template draws it as inline SVG.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from claimcheck.corpus import Source
from claimcheck.numbers import format_number

WIDTH = 560
LABEL_WIDTH = 230  # the source names, left of the axis
RIGHT_MARGIN = 24
ROW_HEIGHT = 28
TOP = 12
AXIS_HEIGHT = 30
# Claims of a source whose measure words are this alike (rapidfuzz token-set
# ratio) to a conflicting claim's are plotted with it: the scan's default
# --similarity, so the picture shows about what the conflict stage compared.
MEASURE_LIKENESS = 80
# roles that set the scene for another figure: the conflict stage never compares them
SCENE_ROLES = {"timepoint", "condition"}


@dataclass
class Mark:
    x1: float  # a point has x1 == x2; a range spans them
    x2: float
    y: float
    in_conflict: bool
    label: str  # the tooltip: source, figure, sentence
    claim_id: str


@dataclass
class Row:
    y: float
    label: str
    source: str


@dataclass
class StripPlot:
    measure: str
    unit: str
    height: float
    ticks: list[tuple[float, str]]
    rows: list[Row] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    axis_y: float = 0.0


def _group(claim: dict[str, str]) -> tuple[str, str, str, bool]:
    """What two claims must share to be plotted together. A figure that names
    no group is read as the treated group's, as the conflict stage reads it."""
    return claim["kind"], claim["unit"], claim.get("arm") or "intervention", claim.get("role") == "change"


def _value(claim: dict[str, str]) -> tuple[float, float] | None:
    try:
        low, high = float(claim["value_low"]), float(claim["value_high"])
    except (KeyError, ValueError):
        return None
    return (low, high) if math.isfinite(low) and math.isfinite(high) else None


def plotted_claims(conflicting: list[dict[str, str]], claims: list[dict[str, str]]) -> list[dict[str, str]]:
    """The claims of every source that state what the conflicting claims state."""
    ids = {c["claim_id"] for c in conflicting}
    out = []
    for claim in claims:
        if _value(claim) is None or claim.get("role") in SCENE_ROLES:
            continue
        if claim["claim_id"] in ids or any(
                _group(claim) == _group(c)
                and fuzz.token_set_ratio(claim["measure_key"], c["measure_key"]) >= MEASURE_LIKENESS
                for c in conflicting):
            out.append(claim)
    return out


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round values covering low..high."""
    span = high - low
    raw = span / max(count - 1, 1)
    step = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * step:
            step *= factor
            break
    first = math.floor(low / step) * step
    return [first + i * step for i in range(int(math.ceil((high - first) / step)) + 1)]


def _short(text: str, width: int = 25) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def layout(measure: str, unit: str, claims: list[dict[str, str]], in_conflict: set[str],
           manifest: dict[str, Source]) -> StripPlot:
    values = [v for c in claims for v in _value(c)]
    low, high = min(values), max(values)
    if low == high:
        low, high = low - max(abs(low) * 0.1, 1), high + max(abs(high) * 0.1, 1)
    ticks = nice_ticks(low, high)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    plot_width = WIDTH - LABEL_WIDTH - RIGHT_MARGIN

    def x(value: float) -> float:
        return round(LABEL_WIDTH + (value - low) / (high - low) * plot_width, 1)

    sources = sorted({c["source"] for c in claims})
    row_y = {s: TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2 for i, s in enumerate(sources)}
    axis_y = TOP + ROW_HEIGHT * len(sources)
    plot = StripPlot(measure, unit, height=axis_y + AXIS_HEIGHT, axis_y=axis_y,
                     ticks=[(x(t), format_number(round(t, 6))) for t in ticks])
    for source in sources:
        meta = manifest.get(source)
        name = (meta.publisher or meta.title) if meta else ""
        plot.rows.append(Row(row_y[source], _short(name or source), source))
    for c in claims:
        v_low, v_high = _value(c)
        plot.marks.append(Mark(x(v_low), x(v_high), row_y[c["source"]], c["claim_id"] in in_conflict,
                               f"{c['source']}: {c['text']} — {c['sentence']}", c["claim_id"]))
    # conflicting marks last, so they are drawn on top
    plot.marks.sort(key=lambda m: m.in_conflict)
    return plot


def _components(conflicts: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """The conflicts in groups that share claims (union-find over claim ids), in
    the order their first conflict appears: one picture per group, however the
    conflict stage worded each pair's measure."""
    parent: dict[str, str] = {}

    def root(claim: str) -> str:
        while parent.setdefault(claim, claim) != claim:
            parent[claim] = parent[parent[claim]]
            claim = parent[claim]
        return claim

    for row in conflicts:
        parent[root(row["claim_a"])] = root(row["claim_b"])
    groups: dict[str, list[dict[str, str]]] = {}
    for row in conflicts:
        groups.setdefault(root(row["claim_a"]), []).append(row)
    return list(groups.values())


def _label(rows: list[dict[str, str]]) -> str:
    """The measure most of a group's conflicts name (the shortest of a tie)."""
    counts = Counter(r["measure"] for r in rows)
    return min(counts, key=lambda m: (-counts[m], len(m), m))


def strip_plots(conflicts: list[dict[str, str]], claims: list[dict[str, str]],
                manifest: dict[str, Source]) -> list[StripPlot]:
    """One plot per group of conflicts that share claims (and per unit, should
    a group be stated in two), in the order the groups first appear."""
    by_id = {c["claim_id"]: c for c in claims}
    plots = []
    for rows in _components(conflicts):
        by_unit: dict[str, list[dict[str, str]]] = {}
        for claim_id in dict.fromkeys(r[f"claim_{end}"] for r in rows for end in ("a", "b")):
            claim = by_id.get(claim_id)
            if claim is not None and _value(claim) is not None:
                by_unit.setdefault(claim["unit"], []).append(claim)
        for unit, conflicting in by_unit.items():
            shown = plotted_claims(conflicting, claims)
            plots.append(layout(_label(rows), unit, shown, {c["claim_id"] for c in conflicting}, manifest))
    return plots
