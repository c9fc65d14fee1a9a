"""CPU time of a cold scan: an older commit against this tree, in alternating runs.

    .venv/bin/python benchmarks/compare_trees.py 8eb6ff2            # 3 rounds
    .venv/bin/python benchmarks/compare_trees.py 8eb6ff2 --rounds 5
    .venv/bin/python benchmarks/compare_trees.py 8eb6ff2 --new 744e868   # two commits

It checks OLD_COMMIT out into a worktree of its own under /tmp (once), builds the
benchmark's varied-vocabulary corpus (benchmarks/run.py's build_corpus, 1,000
articles, kept in /tmp for the next run), then per round scans it with the old
tree and with this one (`scan --no-cache --jobs 1 --quiet`, each in a process of
its own, in alternating order) and runs spaCy's blank tokenizer + sentencizer
over the same text. CPU seconds, not wall time: the machine is shared, and CPU
time moves less with its load. A scan's figure is its whole process (imports and
pipeline included); the blank pipeline's is its processing only, as in run.py.
Prints a table and the median ratios, and appends one row per round to
benchmarks/compare.csv.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_corpus, measure  # noqa: E402  (the benchmark's own corpus and blank-pipeline child)

ROOT = Path(__file__).resolve().parent.parent
CSV_FIELDS = ["date", "old", "new", "round", "articles", "words", "old_cpu_s", "new_cpu_s", "blank_cpu_s",
              "new_over_old", "old_over_blank", "new_over_blank", "machine"]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def commit_tree(commit: str) -> Path:
    """A worktree of `commit` under /tmp, made once (detached: no branch is created)."""
    full = _git("rev-parse", "--verify", f"{commit}^{{commit}}")
    tree = Path(tempfile.gettempdir()) / f"claimcheck-tree-{full[:10]}"
    if not (tree / "src" / "claimcheck").is_dir():
        _git("worktree", "add", "--detach", str(tree), full)
    return tree


def this_tree_label() -> str:
    dirty = _git("status", "--porcelain", "--untracked-files=no", "--", "src")
    return _git("rev-parse", "--short", "HEAD") + ("+edits" if dirty else "")


def varied_corpus(articles: int, words_each: int) -> tuple[Path, int]:
    folder = Path(tempfile.gettempdir()) / f"claimcheck-bench-varied-{articles}x{words_each}"
    done = folder / ".complete"
    if not done.exists():
        build_corpus(folder, articles, words_each, varied_vocabulary=True)
        done.write_text("built by benchmarks/compare_trees.py\n", encoding="utf-8")
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in folder.glob("*.txt"))
    return folder, words


def scan_cpu(src: Path, corpus: Path) -> float:
    """CPU seconds (user + system) of one cold scan by the claimcheck under `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = ("import sys, claimcheck; from claimcheck.cli import main; "
            f"assert claimcheck.__file__.startswith({str(src)!r}), claimcheck.__file__; sys.exit(main())")
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code, "scan", str(corpus), "--out", out, "--no-cache",
                        "--jobs", "1", "--quiet"], env=env, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_round(number: int, old_src: Path, new_src: Path, corpus: Path) -> dict:
    order = [("old", old_src), ("new", new_src)]
    if number % 2:  # alternate which tree runs first, so neither always gets the warmer machine
        order.reverse()
    cpu = {name: scan_cpu(src, corpus) for name, src in order}
    blank = measure("spacy_blank", corpus)
    if blank is None:
        sys.exit("the blank spaCy pipeline failed to run")
    cpu["blank"] = blank["cpu_seconds"]
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", help="the older commit (e.g. 8eb6ff2)")
    ap.add_argument("--new", help="a commit to compare instead of this tree as it is (its worktree goes to /tmp)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--words", type=int, default=1050, help="words per article")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "compare.csv")
    args = ap.parse_args()

    old_src = commit_tree(args.old) / "src"
    new_src = commit_tree(args.new) / "src" if args.new else ROOT / "src"
    corpus, words = varied_corpus(args.articles, args.words)
    old_label = _git("rev-parse", "--short", args.old)
    new_label = _git("rev-parse", "--short", args.new) if args.new else this_tree_label()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"corpus: {corpus} ({args.articles} articles, {words:,} words, varied vocabulary)")
    print(f"old: {old_label} ({old_src})  new: {new_label} ({new_src})\n")
    print(f"{'round':>5}{'old CPU s':>11}{'new CPU s':>11}{'blank CPU s':>13}{'new/old':>9}"
          f"{'old/blank':>11}{'new/blank':>11}")
    rows = []
    for number in range(1, args.rounds + 1):
        cpu = one_round(number, old_src, new_src, corpus)
        row = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "old": old_label,
               "new": new_label, "round": number, "articles": args.articles, "words": words,
               "old_cpu_s": round(cpu["old"], 3), "new_cpu_s": round(cpu["new"], 3),
               "blank_cpu_s": round(cpu["blank"], 3), "new_over_old": round(cpu["new"] / cpu["old"], 3),
               "old_over_blank": round(cpu["old"] / cpu["blank"], 2),
               "new_over_blank": round(cpu["new"] / cpu["blank"], 2), "machine": machine}
        rows.append(row)
        print(f"{number:>5}{row['old_cpu_s']:>11}{row['new_cpu_s']:>11}{row['blank_cpu_s']:>13}"
              f"{row['new_over_old']:>9}{row['old_over_blank']:>11}{row['new_over_blank']:>11}", flush=True)
    ratio = statistics.median(r["new_over_old"] for r in rows)
    print(f"\nmedian CPU new/old: {ratio:.3f} ({(ratio - 1):+.1%});  median scan/blank: old "
          f"{statistics.median(r['old_over_blank'] for r in rows):.2f}, new "
          f"{statistics.median(r['new_over_blank'] for r in rows):.2f}")
    append_rows(args.out, rows)
    print(f"appended {len(rows)} rows to {args.out}")


def append_rows(path: Path, rows: list[dict]) -> None:
    new_file = not path.exists()
    with open(path, "a", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_FIELDS)
        if new_file:
            writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"({time.perf_counter() - start:.0f} s)")
