#!/usr/bin/env python3
"""Why the strict conflicts of a topic's gold were not reported: each missed
pair sorted by the first stage of the conflict stage that let it go, so that
misses can be worked on by their cause, not one sentence at a time.

    python3 eval/why_missed.py eval/TOPIC [-v]      (TOPIC.gold.jsonl beside the folder)

Causes, in the order the stage applies them:
  extraction      a side of the pair is no claim of claims.csv (or has another value)
  not compared    a claim the stage never compares (a date with no event, a bare number, ...)
  same source     both claims are one article's
  no block        the two claims share no block (another kind, measure key or noun)
  measures        they share a block but their measures differ (comparable_measures)
  frame           measures alike, but the frame differs: arm, change or level, statistic,
                  as-of date, subject (or, for event dates, the event's kind or jurisdiction)
  agree           their values overlap: the stage reads them as agreeing
  cut             compared and differing, but below the minimum confidence
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from claimcheck import conflicts
from claimcheck.api import scan
from claimcheck.comparable import Comparable, comparable_claims

CAUSES = ["extraction", "not compared", "same source", "no block", "measures", "frame", "agree", "cut"]


def read_gold(path: Path) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    """The gold claims by id and the strict conflict pairs."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    claims = {r["id"]: r for r in rows if r["type"] == "claim"}
    strict = [(r["a"], r["b"]) for r in rows if r["type"] == "conflict" and r["grade"] == "strict"]
    return claims, strict


def matching_claim(gold: dict, rows: list[dict]) -> str | None:
    """The claim id whose span overlaps the gold claim's in its article, with its value."""
    for row in rows:
        overlaps = row["source"] == gold["doc"] and row["start"] < gold["end"] and gold["start"] < row["end"]
        if overlaps and (gold["low"] is None or _close(float(row["value_low"]), gold["low"])):
            return row["claim_id"]
    return None


def _close(value: float, gold: float) -> bool:
    return abs(value - gold) <= 1e-6 + 1e-3 * abs(gold)  # as ../shared/eval/score.py matches


def cause(a: Comparable, b: Comparable, blocks_of_claim: dict[str, set[str]],
          settings: conflicts.ConflictSettings) -> str:
    """The first stage that lets the pair of compared claims go."""
    if a.source == b.source:
        return "same source"
    if not blocks_of_claim.get(a.claim_id, set()) & blocks_of_claim.get(b.claim_id, set()):
        return "no block"
    if not conflicts._comparable(a, b, settings):
        event_dates = a.kind == "date" and bool(a.event or b.event)
        alike = conflicts._comparable_events(a, b) if event_dates else conflicts._comparable_measures(a, b, settings)
        return "frame" if alike else "measures"
    return "agree" if conflicts._overlap(a, b) else "cut"


def why_missed(topic_dir: Path, gold_path: Path) -> list[tuple[str, str, str]]:
    """(cause, gold id a, gold id b) for every strict pair the scan did not report."""
    settings = conflicts.ConflictSettings()
    result = scan(topic_dir, settings=settings, cache=False)
    rows = result.claims.to_dict("records")
    reported = {frozenset((r["claim_a"], r["claim_b"])) for r in result.conflict_records}
    compared = {c.claim_id: c for c in comparable_claims(rows)}
    blocks_of_claim: dict[str, set[str]] = {}
    for key, members in conflicts.blocks_of(list(compared.values())).items():
        for c in members:
            blocks_of_claim.setdefault(c.claim_id, set()).add(key)
    gold, strict = read_gold(gold_path)
    out = []
    for id_a, id_b in strict:
        a, b = matching_claim(gold[id_a], rows), matching_claim(gold[id_b], rows)
        if a and b and frozenset((a, b)) in reported:
            continue
        if not (a and b):
            out.append(("extraction", id_a, id_b))
        elif a not in compared or b not in compared:
            out.append(("not compared", id_a, id_b))
        else:
            out.append((cause(compared[a], compared[b], blocks_of_claim, settings), id_a, id_b))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("topic", type=Path, help="the topic's folder of articles")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each missed pair")
    args = ap.parse_args(argv)
    gold_path = args.topic.parent / f"{args.topic.name}.gold.jsonl"
    if not gold_path.exists():
        sys.exit(f"{gold_path}: no gold file beside the topic's folder")
    missed = why_missed(args.topic, gold_path)
    if args.verbose:
        for reason, id_a, id_b in missed:
            print(f"{reason:13} {id_a} <-> {id_b}")
    tally = Counter(reason for reason, _, _ in missed)
    print(" ".join(f"{c}={tally[c]}" for c in CAUSES if tally[c]) or "no strict pair missed")


if __name__ == "__main__":
    main()
