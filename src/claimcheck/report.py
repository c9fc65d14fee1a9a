"""The terminal summary of a scan."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from claimcheck.api import ScanResult


def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def summary(result: ScanResult, out_dir: Path, top: int = 10, html: Path | None = None) -> str:
    """The scan's figures and its `top` conflicts, without those a reviewer dismissed."""
    counts = result.severity_counts()
    dismissed = len(result.conflict_records) - len(result.open_conflicts())
    lines = [
        f"articles read: {result.articles}"
        + (f" ({result.cache_hits} unchanged, from the cache)" if result.cache_hits else "")
        + (f"; {len(result.problems)} problem(s) reported above" if result.problems else ""),
        f"claims found:  {result.claim_count}",
        "conflicts:     " + ", ".join(f"{counts[s]} {s}" for s in ("high", "medium", "low"))
        + (f" ({dismissed} dismissed in reviews.csv, not counted)" if dismissed else ""),
        f"written:       {Path(out_dir) / 'claims.csv'}, {Path(out_dir) / 'conflicts.csv'}"
        + (f", {html}" if html else ""),
    ]
    records = result.open_conflicts()
    if top and records:
        width = shutil.get_terminal_size((100, 20)).columns
        measure_w = max(16, min(36, width - 70))
        lines.append("")
        # most certain first, as conflicts.csv
        lines.append(f"{'conf':<4} {'severity':<8} {'measure':<{measure_w}} {'value A':>12} {'value B':>12}  sources")
        for r in records[:top]:
            lines.append(
                f"{r['confidence']:<4.2f} {r['severity']:<8} {_cut(r['measure'], measure_w):<{measure_w}} "
                f"{_cut(r['value_a'], 12):>12} {_cut(r['value_b'], 12):>12}  "
                f"{_cut(r['source_a'], 24)} / {_cut(r['source_b'], 24)}")
        if len(records) > top:
            lines.append(f"… and {len(records) - top} more in conflicts.csv")
    return "\n".join(lines)


class Progress:
    """'scanned 120/400 articles' on one line of stderr, at most a few times a
    second, and only for scans that take more than a moment."""

    def __init__(self, enabled: bool, delay: float = 1.0, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.delay = delay
        self.last = 0.0
        self.shown = False

    def update(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.last < 0.2 and done < total):
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\rscanned {done}/{total} articles")
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 40 + "\r")
            self.stream.flush()
            self.shown = False
