"""The command line: a thin layer over ``claimcheck.api``."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from claimcheck.api import ConflictSettings, CorpusError, scan, write_outputs
from claimcheck.conflicts import SEVERITIES
from claimcheck.report import summary

EXIT_OK = 0
EXIT_CONFLICTS = 1
EXIT_USAGE = 2
EXIT_CORPUS = 3
EXIT_INTERRUPTED = 130

SCAN_HELP = f"""Scan every article (.txt, .md) under CORPUS and write claims.csv and
conflicts.csv into --out.

\b
Exit codes:
  {EXIT_OK}    scan finished (problem files, if any, are listed on stderr)
  {EXIT_CONFLICTS}    --fail-on-conflict and a conflict at or above --min-severity was found
  {EXIT_USAGE}    bad options
  {EXIT_CORPUS}    CORPUS is missing, is not a folder, or holds no articles;
       or the outputs could not be written
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C or SIGTERM); previous outputs left as they were
"""


@click.group()
@click.version_option(package_name="claimcheck")
def main() -> None:
    """claimcheck: numeric claims of many sources, and where they disagree."""


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


@main.command("scan", help=SCAN_HELP)
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder for claims.csv and conflicts.csv.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--model", default=None, metavar="NAME",
              help="An installed trained spaCy pipeline to use instead of the blank English one.")
@click.option("--similarity", type=click.FloatRange(0, 100), default=80.0, show_default=True,
              help="How alike (rapidfuzz token-set ratio, 0-100) two measures must be to be compared.")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="low", show_default=True,
              help="Report conflicts of this severity and above.")
@click.option("--fail-on-conflict", is_flag=True,
              help=f"Exit with {EXIT_CONFLICTS} when a conflict at or above --min-severity is found.")
@click.option("--top", type=click.IntRange(0), default=10, show_default=True,
              help="How many conflicts the terminal summary shows.")
def scan_command(corpus: Path, out_dir: Path, quiet: bool, model: str | None, similarity: float,
                 min_severity: str, fail_on_conflict: bool, top: int) -> None:
    settings = ConflictSettings(similarity=similarity, min_severity=min_severity)
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        result = scan(corpus, model=model, settings=settings)
        write_outputs(result, out_dir)
    except CorpusError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(EXIT_CORPUS)
    except OSError as exc:
        click.echo(f"claimcheck: cannot write outputs to {out_dir}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_CORPUS)
    except KeyboardInterrupt:
        click.echo("claimcheck: scan interrupted; previous claims.csv and conflicts.csv left as they were",
                   err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous)
    for problem in result.problems:
        click.echo(f"claimcheck: {problem}", err=True)
    if not quiet:
        click.echo(summary(result, out_dir, top=top))
    if fail_on_conflict and len(result.conflicts):
        sys.exit(EXIT_CONFLICTS)
