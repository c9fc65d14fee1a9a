"""claimcheck benchmarks: throughput, peak memory and conflict-stage scaling.

    .venv/bin/python benchmarks/run.py            # full run (several minutes)
    .venv/bin/python benchmarks/run.py --smoke    # tiny sizes, for CI

It builds a large corpus from the project's own articles (no downloads), then
measures in one run, on the same text:
- claimcheck's scan (words per second, peak memory), in a process of its own;
- spaCy's blank English tokenizer + sentencizer alone: the ceiling for any
  spaCy pipeline;
- quantulum3 on a subset, when installed (`pip install -e '.[bench]'`);
and the conflict stage alone on synthetic claims tables of growing size. The
scan and the blank pipeline are also measured on a copy of the corpus with a
vocabulary as varied as real text's (see VARIED_SHARE).
Results go to benchmarks/results.csv and a table on stdout. Nothing here is a
test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus"


# -- corpus -------------------------------------------------------------------------

def _paragraphs() -> list[str]:
    paras = []
    for path in sorted(SEED.glob("*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.split()) >= 8]
    return paras


def _vary(paragraph: str, rng: random.Random) -> str:
    """The paragraph with its figures changed, so articles differ as real ones do."""
    def repl(m: re.Match) -> str:
        digits = m.group(0)
        if "." in digits:
            return f"{float(digits) * rng.uniform(0.7, 1.3):.1f}"
        value = int(digits)
        if 1900 <= value <= 2100:
            return str(value + rng.randint(-3, 3))
        return str(max(1, int(value * rng.uniform(0.7, 1.3))))
    return re.sub(r"\d+(?:\.\d+)?", repl, paragraph)


# Varied vocabulary: one word in three of four letters or more gets a letter
# appended, which gives about 50,000 word types per million words, what Heaps'
# law predicts for news text. The seed paragraphs alone have about 2,000, and
# spaCy's tokenizer caches every word type it has seen, so text that repeats a
# small vocabulary flatters the blank pipeline far more than claimcheck's own
# steps.
VARIED_SHARE = 0.3


def _vary_words(paragraph: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        return m.group(0) + (rng.choice("abcdefghijklmnopqrstuvwxyz") if rng.random() < VARIED_SHARE else "")
    return re.sub(r"[A-Za-z]{4,}", repl, paragraph)


def build_corpus(folder: Path, articles: int, words_per_article: int, seed: int = 7,
                 varied_vocabulary: bool = False) -> int:
    """Writes `articles` articles of about `words_per_article` words; returns the word count."""
    rng = random.Random(seed)
    words_rng = random.Random(seed + 1)  # its own stream: the same articles, only their words varied
    paras = _paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(articles):
        body, n = [], 0
        while n < words_per_article:
            p = _vary(rng.choice(paras), rng)
            body.append(p)
            n += len(p.split())
        text = "\n\n".join(body) + "\n"
        if varied_vocabulary:
            text = _vary_words(text, words_rng)
        total += len(text.split())
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
    return total


# -- measurements, each in a process of its own so that peak memory is its own ------

def _child(kind: str, corpus: str, limit: int) -> dict:
    files = sorted(Path(corpus).glob("*.txt"))[:limit] if limit else sorted(Path(corpus).glob("*.txt"))
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    # Pipelines are built before the clock starts: the figures are of processing.
    if kind == "claimcheck":
        from claimcheck import scan
        from claimcheck.pipeline import build_pipeline
        nlp = build_pipeline()
        if limit:
            sub = Path(tempfile.mkdtemp())
            for f in files:
                (sub / f.name).symlink_to(f)
            corpus = str(sub)
        start, cpu_start = time.perf_counter(), time.process_time()
        result = scan(corpus, nlp=nlp)
        found = len(result.claims)
    elif kind == "spacy_blank":
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        start, cpu_start = time.perf_counter(), time.process_time()
        found = 0
        texts = (f.read_text(encoding="utf-8") for f in files)
        for doc in nlp.pipe(texts, batch_size=32):
            found += len(doc)
    elif kind == "quantulum3":
        from quantulum3 import parser
        parser.parse("warm up: 5 mg")
        start, cpu_start = time.perf_counter(), time.process_time()
        found = 0
        for f in files:
            found += len(parser.parse(f.read_text(encoding="utf-8")))
    else:
        raise ValueError(kind)
    seconds = time.perf_counter() - start
    # CPU seconds too: on a machine shared with other jobs, wall time moves with their load
    cpu_seconds = time.process_time() - cpu_start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"tool": kind, "articles": len(files), "words": words, "seconds": round(seconds, 3),
            "words_per_s": round(words / seconds),
            "cpu_seconds": round(cpu_seconds, 3), "words_per_cpu_s": round(words / cpu_seconds),
            "peak_mib": round(peak_kib / 1024, 1), "found": found}


def measure(kind: str, corpus: Path, limit: int = 0) -> dict | None:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(corpus), str(limit)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(f"{kind}: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else 'failed'}\n")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- conflict stage on synthetic claims ------------------------------------------------

def synthetic_claims(n: int, seed: int = 11):
    """A claims table of n rows. The number of distinct measures grows with n, as it
    does when more articles on more sub-topics are added; each measure is stated by
    a handful of sources, some agreeing and some not."""
    import pandas as pd
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(max(n // 2, 10))]
    kinds = [("percent", "%"), ("dose", "mg"), ("duration", "weeks"), ("money", "USD")]
    rows = []
    for i in range(n):
        kind, unit = kinds[i % len(kinds)]
        words = " ".join(sorted(rng.sample(vocab, 3)))
        value = float(rng.choice([10, 12, 15, 20, 25, 30, 40, 50, 60, 75]))
        rows.append({
            "claim_id": f"c{i:08d}", "source": f"s{rng.randrange(max(n // 20, 2)):06d}.txt", "start": 0,
            "end": 2, "text": str(int(value)), "value_low": value, "value_high": value, "unit": unit,
            "kind": kind, "statistic": "estimate", "bound": "", "bound_type": "", "measure": words,
            "measure_key": words,
            "population": "", "arm": rng.choice(["", "", "control", "intervention"]), "phase": "",
            "trial": "", "design": "", "timepoint": "", "hedge": "", "hedge_type": "", "role": "",
            "subject": "", "subject_names": "", "status": "fact", "as_of": "",
            "date": "", "currency": "USD" if kind == "money" else "", "list_size": 1, "list_low": None,
            "title": "", "publisher": "", "published": "",
            "list_high": None, "relative": None, "flags": "", "sentence": f"sentence {i}",
        })
    return pd.DataFrame(rows)


def conflict_scaling(sizes: list[int]) -> list[dict]:
    from claimcheck.conflicts import find_conflicts
    out = []
    for n in sizes:
        frame = synthetic_claims(n)
        start = time.perf_counter()
        conflicts, _ = find_conflicts(frame)
        seconds = time.perf_counter() - start
        out.append({"tool": "conflict_stage", "claims": n, "seconds": round(seconds, 3),
                    "us_per_claim": round(seconds / n * 1e6, 2), "conflicts": len(conflicts)})
        del frame, conflicts
    return out


# -- incremental re-scan -----------------------------------------------------------------

def incremental(articles: int, tmp: Path) -> dict:
    """A full scan (cold cache) of `articles` articles, then `claimcheck add` of one
    web page and a re-scan: the time of the re-scan as a share of the full one."""
    from claimcheck import scan, write_outputs
    from claimcheck.corpus import add_articles

    # Both scans build their own pipeline, as `claimcheck scan` does: a re-scan
    # whose articles all come from the cache never builds one.
    corpus, out = tmp / f"inc{articles}", tmp / f"inc{articles}-out"
    build_corpus(corpus, articles, 1050, seed=articles)
    start = time.perf_counter()
    write_outputs(scan(corpus), out)
    full = time.perf_counter() - start
    body = "</p><p>".join(_vary(p, random.Random(1)) for p in _paragraphs()[:12])
    page = tmp / "new-story.html"
    page.write_text(f"<html><body><nav>Home | News</nav><article><p>{body}</p></article>"
                    "<footer>Subscribe</footer></body></html>", encoding="utf-8")
    add_articles([page], corpus)
    start = time.perf_counter()
    result = scan(corpus)
    write_outputs(result, out)
    rescan = time.perf_counter() - start
    return {"tool": "rescan_after_add", "articles": articles, "seconds": round(rescan, 3),
            "full_seconds": round(full, 3), "share": round(rescan / full, 4), "cache_hits": result.cache_hits}


# -- report --------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes: checks the benchmark runs")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.csv")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, corpus, limit = args.child
        print(json.dumps(_child(kind, corpus, int(limit))))
        return

    articles, words_each, sizes, q_subset, inc_sizes = (1000, 1050, [10_000, 100_000, 1_000_000], 40, [400, 2000])
    if args.smoke:
        articles, words_each, sizes, q_subset, inc_sizes = (12, 300, [200, 2000], 2, [10])
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        words = build_corpus(corpus, articles, words_each)
        print(f"corpus: {articles} articles, {words:,} words (built from {SEED.name}/)")
        half = measure("claimcheck", corpus, limit=articles // 4)
        full = measure("claimcheck", corpus)
        blank = measure("spacy_blank", corpus)
        quant = measure("quantulum3", corpus, limit=q_subset)
        varied = Path(tmp) / "varied"
        build_corpus(varied, articles, words_each, varied_vocabulary=True)
        types = len({w for f in varied.glob("*.txt") for w in f.read_text(encoding="utf-8").split()})
        print(f"varied-vocabulary copy: {types:,} word types (the seed paragraphs' copy: "
              f"{len({w for f in corpus.glob('*.txt') for w in f.read_text(encoding='utf-8').split()}):,})")
        full_v = measure("claimcheck", varied)
        blank_v = measure("spacy_blank", varied)
        for r in (full_v, blank_v):
            if r:
                r["text"] = "varied vocabulary"
        for r in (half, full, blank, quant):
            if r:
                r["text"] = "seed paragraphs"
        rows += [r for r in (half, full, blank, quant, full_v, blank_v) if r]
        rows += [incremental(n, Path(tmp)) for n in inc_sizes]
    rows += conflict_scaling(sizes)

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\nmachine: {machine}")
    print(f"{'tool':<16}{'text':<19}{'articles':>9}{'words':>11}{'seconds':>9}{'words/s':>10}{'peak MiB':>10}")
    for r in rows:
        if "words_per_s" in r:
            print(f"{r['tool']:<16}{r['text']:<19}{r['articles']:>9}{r['words']:>11,}{r['seconds']:>9}"
                  f"{r['words_per_s']:>10,}{r['peak_mib']:>10}")
    if full and blank:
        print(f"\nclaimcheck / spaCy blank throughput: {full['words_per_s'] / blank['words_per_s']:.2f}")
    if full_v and blank_v:
        print(f"the same on the varied-vocabulary copy: {full_v['words_per_s'] / blank_v['words_per_s']:.2f} "
              f"(by CPU time: {full_v['words_per_cpu_s'] / blank_v['words_per_cpu_s']:.2f})")
    if full and quant:
        print(f"claimcheck / quantulum3 throughput: {full['words_per_s'] / quant['words_per_s']:.1f}x")
    elif not quant:
        print("quantulum3: not installed (pip install -e '.[bench]')")
    if half and full:
        print(f"peak memory at {half['articles']} vs {full['articles']} articles: "
              f"{half['peak_mib']} vs {full['peak_mib']} MiB")
    for r in rows:
        if r["tool"] == "rescan_after_add":
            print(f"re-scan after adding one HTML article to {r['articles']} articles: {r['seconds']} s, "
                  f"{r['share']:.1%} of the full scan ({r['full_seconds']} s)")
    print(f"\n{'conflict stage':<16}{'claims':>10}{'seconds':>10}{'µs/claim':>10}{'conflicts':>11}")
    scaling = [r for r in rows if r["tool"] == "conflict_stage"]
    for r in scaling:
        print(f"{'':<16}{r['claims']:>10,}{r['seconds']:>10}{r['us_per_claim']:>10}{r['conflicts']:>11,}")
    if len(scaling) >= 2:
        print(f"time per claim, largest / smallest: {scaling[-1]['us_per_claim'] / scaling[0]['us_per_claim']:.2f}x")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    fields = ["tool", "text", "articles", "words", "claims", "seconds", "words_per_s", "cpu_seconds",
              "words_per_cpu_s", "us_per_claim", "peak_mib",
              "found", "conflicts", "full_seconds", "share", "cache_hits", "machine"]
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({**r, "machine": machine})
    print(f"\nwritten: {args.out}")


if __name__ == "__main__":
    main()
