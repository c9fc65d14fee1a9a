#!/usr/bin/env python3
"""Scan and score the topics of this folder with the development set's scorer.

    python3 eval/run.py [-v] [--topic T] [--json]

The same as ../shared/eval/dev.py (whose code this runs), on the topics here:
each folder eval/TOPIC/ of articles with its sources.csv, and eval/TOPIC.gold.jsonl
beside it (eval/README.md says how they were made).
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV_SCRIPT = HERE.parent.parent / "shared" / "eval" / "dev.py"


def main() -> None:
    if not DEV_SCRIPT.exists():
        sys.exit(f"{DEV_SCRIPT} is absent: the scorer lives in ../shared beside the checkout")
    spec = importlib.util.spec_from_file_location("dev", DEV_SCRIPT)
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    dev.DEV = HERE  # its topics are folders beside their gold files, as here
    dev.main()


if __name__ == "__main__":
    main()
