"""The HTML report of a scan: one self-contained file to read conflicts side by side.

Everything it shows comes from the scan's two CSV files and the corpus's
manifest; article text is untrusted, so the page is rendered by Jinja2 with
autoescape and carries a Content-Security-Policy that lets only its own inline
script run and loads nothing from anywhere (it opens from disk, offline).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from claimcheck import __version__
from claimcheck.api import CorpusError, ScanResult
from claimcheck.conflicts import SEVERITIES
from claimcheck.corpus import Source, load_manifest
from claimcheck.output import FORMULA_STARTS, write_atomic
from claimcheck.strip_plot import StripPlot, strip_plots

TEMPLATE = "report.html.j2"
SCRIPT = "report.js"
# confidence bands of the summary, for conflict rows that have a confidence
CONFIDENCE_BANDS = ((0.8, "high (≥ 0.8)"), (0.5, "medium (0.5–0.8)"), (0.0, "low (< 0.5)"))
SAFE_URL_SCHEMES = ("http://", "https://")


@dataclass
class Side:
    """One claim of a conflict, as a card shows it."""
    claim_id: str
    source: str
    value: str
    before: str  # the sentence up to the figure
    figure: str  # the figure as written, highlighted
    after: str
    meta: Source


@dataclass
class Card:
    row: dict[str, str]  # the conflicts.csv row
    order: int
    a: Side
    b: Side
    extras: list[tuple[str, str]] = field(default_factory=list)  # (label, value) of optional columns

    @property
    def confidence(self) -> str:
        return self.row.get("confidence", "")

    @property
    def dismissed(self) -> bool:
        return self.row.get("review") == "dismissed"


def plain(cell: str) -> str:
    """A cell as it was before the CSV writer guarded it against spreadsheet formulas."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def read_table(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8", "surrogatepass")
    return [{k: plain(v or "") for k, v in row.items()} for row in csv.DictReader(io.StringIO(text, newline=""))]


def split_at_figure(claim: dict[str, str], sentence: str, siblings: list[dict[str, str]]) -> tuple[str, str, str]:
    """(before, figure, after) of `sentence`: the figure is the claim's text at
    its occurrence in the sentence (the n-th claim of that text, by offset)."""
    text = claim.get("text", "")
    same = sorted((c for c in siblings if c["text"] == text), key=lambda c: int(c["start"] or 0))
    nth = next((i for i, c in enumerate(same) if c["claim_id"] == claim["claim_id"]), 0)
    at = -1
    for _ in range(nth + 1):
        found = sentence.find(text, at + 1) if text else -1
        if found < 0:
            break
        at = found
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text):]


class _Claims:
    """claims.csv by id, and by (source, sentence) to place each figure."""

    def __init__(self, rows: list[dict[str, str]]):
        self.rows = rows
        self.by_id = {r["claim_id"]: r for r in rows}
        self.by_sentence: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
        for r in rows:
            self.by_sentence[(r["source"], r["sentence"])].append(r)

    def side(self, row: dict[str, str], end: str, manifest: dict[str, Source]) -> Side:
        claim_id, source, sentence = row[f"claim_{end}"], row[f"source_{end}"], row[f"sentence_{end}"]
        claim = self.by_id.get(claim_id, {"claim_id": claim_id, "text": row[f"text_{end}"], "start": "0"})
        before, figure, after = split_at_figure(claim, sentence, self.by_sentence.get((source, sentence), []))
        return Side(claim_id, source, row[f"value_{end}"], before, figure, after,
                    manifest.get(source) or Source(file=source))


# columns a conflict row may have besides those every card shows (newer conflict stages add them)
OPTIONAL_COLUMNS = (("matched", "matched on"), ("statistic", "statistic"), ("subject", "subject"),
                    ("hedged", "hedged"))


def build_cards(conflicts: list[dict[str, str]], claims: _Claims, manifest: dict[str, Source]) -> list[Card]:
    cards = []
    for order, row in enumerate(conflicts):
        extras = [(label, row[column]) for column, label in OPTIONAL_COLUMNS if row.get(column)]
        cards.append(Card(row, order, claims.side(row, "a", manifest), claims.side(row, "b", manifest), extras))
    return cards


def confidence_counts(conflicts: list[dict[str, str]]) -> list[tuple[str, int]]:
    """Conflicts by confidence band; empty when the rows have no confidence."""
    values = [float(r["confidence"]) for r in conflicts if _is_number(r.get("confidence", ""))]
    if not values:
        return []
    counts = Counter(next(label for floor, label in CONFIDENCE_BANDS if v >= floor) for v in values)
    return [(label, counts.get(label, 0)) for _, label in CONFIDENCE_BANDS]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except (TypeError, ValueError):
        return False
    return True


def safe_url(url: str) -> str:
    """A manifest URL to link to: web addresses only (never javascript: and the like)."""
    return url if url.lower().startswith(SAFE_URL_SCHEMES) else ""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("claimcheck", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    return env


def _script() -> tuple[Markup, str]:
    """The page's script (claimcheck's own, not input) and its CSP hash."""
    script = resources.files("claimcheck").joinpath("templates", SCRIPT).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return Markup(script), f"'sha256-{digest}'"


def render_report(result: ScanResult, corpus: Path) -> str:
    """The report of `result`, a scan of `corpus`, as one HTML page."""
    corpus = Path(corpus)
    manifest, _ = load_manifest(corpus if corpus.is_dir() else corpus.parent)
    claims = _Claims(read_table(result.claims_csv))
    conflicts = read_table(result.conflicts_csv)
    cards = build_cards(conflicts, claims, manifest)
    plots: list[StripPlot] = strip_plots(conflicts, claims.rows, manifest)
    script, script_hash = _script()
    open_cards = [c for c in cards if not c.dismissed]
    return _environment().get_template(TEMPLATE).render(
        corpus=corpus.name or str(corpus), version=__version__, result=result, cards=cards,
        severity_counts=Counter(c.row["severity"] for c in open_cards), severities=SEVERITIES,
        review_counts=Counter(c.row.get("review") or "not reviewed" for c in cards),
        confidence_counts=confidence_counts([c.row for c in open_cards]),
        measures=sorted({c.row["measure"] for c in cards}), sources=_sources(cards, manifest),
        plots=plots, script=script, script_hash=script_hash)


def _sources(cards: list[Card], manifest: dict[str, Source]) -> list[Source]:
    names = sorted({side.source for c in cards for side in (c.a, c.b)})
    return [manifest.get(name) or Source(file=name) for name in names]


class ReportError(CorpusError):
    """The report cannot be written; the message names the file."""


def write_html(result: ScanResult, corpus: Path, path: Path) -> None:
    """Writes the report to `path`, atomically."""
    page = render_report(result, corpus)
    try:
        write_atomic({Path(path): page})
    except OSError as exc:
        raise ReportError(f"cannot write the report to {path}: {exc.strerror or exc}") from None
