"""The command line: a thin layer over ``claimcheck.api``."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from claimcheck.api import ConflictSettings, CorpusError, scan, write_outputs
from claimcheck.conflicts import SEVERITIES
from claimcheck.corpus import AddError, add_articles
from claimcheck.html_report import write_html
from claimcheck.report import Progress, summary

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
@click.argument("corpus", type=click.Path(path_type=str))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder for claims.csv and conflicts.csv.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--model", default=None, metavar="NAME",
              help="An installed trained spaCy pipeline to use instead of the blank English one.")
@click.option("--similarity", type=click.FloatRange(0, 100), default=80.0, show_default=True,
              help="How alike (rapidfuzz token-set ratio, 0-100) two measures must be to be compared.")
@click.option("--min-severity", type=click.Choice(SEVERITIES), default="low", show_default=True,
              help="Report conflicts of this severity and above.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=ConflictSettings.min_confidence,
              show_default=True,
              help="Report conflicts at least this certain (0-1) to be about one quantity.")
@click.option("--fail-on-conflict", is_flag=True,
              help=f"Exit with {EXIT_CONFLICTS} when a conflict at or above --min-severity is found.")
@click.option("--top", type=click.IntRange(0), default=10, show_default=True,
              help="How many conflicts the terminal summary shows.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for extraction (the output is the same for any number).")
@click.option("--no-cache", is_flag=True,
              help="Read, extract and compare everything again; neither read nor write CORPUS/.claimcheck-cache.")
@click.option("--html", type=click.Path(path_type=Path, dir_okay=False), default=None, metavar="FILE",
              help="Also write a report to read the conflicts side by side: one HTML file that opens offline.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine; dask: a Dask cluster (pip install 'claimcheck[dask]'), "
                   "CORPUS a folder or an fsspec URL. The output is the same.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: the running cluster's scheduler (default: a local cluster of --jobs workers).")
@click.option("--format", "out_format", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True,
              help="parquet (with --engine dask): claims.parquet/ and conflicts.parquet/ in --out, in parts.")
def scan_command(corpus: str, out_dir: Path, quiet: bool, model: str | None, similarity: float,
                 min_severity: str, min_confidence: float, fail_on_conflict: bool, top: int, jobs: int,
                 no_cache: bool, html: Path | None, engine: str, scheduler: str | None, out_format: str) -> None:
    if (scheduler or out_format == "parquet") and engine != "dask":
        raise click.UsageError("--scheduler and --format parquet need --engine dask")
    parquet_out = str(out_dir) if out_format == "parquet" else None
    settings = ConflictSettings(similarity=similarity, min_severity=min_severity, min_confidence=min_confidence)
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    progress = Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        if engine == "dask":
            result = _scan_on_dask(corpus, model, settings, jobs, scheduler, parquet_out)
        else:
            result = scan(corpus, model=model, settings=settings, jobs=jobs, cache=not no_cache,
                          on_progress=progress.update)
        progress.clear()
        if parquet_out is None:  # else the workers wrote the tables
            write_outputs(result, out_dir)
        if html is not None:
            write_html(result, Path(corpus), html)
    except CorpusError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(EXIT_CORPUS)
    except OSError as exc:
        click.echo(f"claimcheck: cannot write outputs to {out_dir}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_CORPUS)
    except KeyboardInterrupt:
        progress.clear()
        click.echo("claimcheck: scan interrupted; previous claims.csv and conflicts.csv left as they were",
                   err=True)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous)
    for problem in result.problems:
        click.echo(f"claimcheck: {problem}", err=True)
    if not quiet:
        text = summary(result, out_dir, top=top, html=html)
        if parquet_out is not None:
            text = text.replace(f"{out_dir / 'claims.csv'}, {out_dir / 'conflicts.csv'}",
                                f"{out_dir / 'claims.parquet'}/, {out_dir / 'conflicts.parquet'}/")
        click.echo(text)
    if fail_on_conflict and result.open_conflicts():
        sys.exit(EXIT_CONFLICTS)


def _scan_on_dask(corpus: str, model: str | None, settings: ConflictSettings, jobs: int, scheduler: str | None,
                  parquet_out: str | None):
    try:  # imported only here: the default install has no Dask
        from claimcheck.engine_dask import scan_dask
    except ImportError as exc:
        raise click.UsageError(f"--engine dask needs the dask extra (pip install 'claimcheck[dask]'): {exc}") from None
    return scan_dask(corpus, model=model, settings=settings, jobs=jobs, scheduler=scheduler, parquet_out=parquet_out)


ADD_HELP = f"""Add articles (.txt, .md as they are; .html, .htm converted to the page's
main text) to the corpus and record them in its manifest, sources.csv.

\b
The metadata options apply to every file given; for a web page, what its markup
says fills in what they leave out. Content already in the corpus is refused,
naming the file that holds it; a near-duplicate is added with a warning.

\b
Exit codes:
  {EXIT_OK}    every file was added
  {EXIT_USAGE}    bad options (a --published that is not a date)
  {EXIT_CORPUS}    at least one file was refused (the others were added)
"""


@main.command("add", help=ADD_HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=Path("corpus"),
              show_default=True, help="The corpus folder.")
@click.option("--title", default="", help="The article's title.")
@click.option("--url", default="", help="Where the article was published.")
@click.option("--publisher", default="", help="Who published it.")
@click.option("--published", default="", metavar="YYYY-MM-DD",
              help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY): relative dates are resolved against it.")
def add_command(files: tuple[Path, ...], corpus: Path, title: str, url: str, publisher: str,
                published: str) -> None:
    try:
        added, refused = add_articles(files, corpus, title=title, url=url, publisher=publisher,
                                      published=published)
    except AddError as exc:
        raise click.BadParameter(str(exc)) from None
    for item in added:
        click.echo(f"added {corpus / item.file}")
        for warning in item.warnings:
            click.echo(f"claimcheck: warning: {warning}", err=True)
    for line in refused:
        click.echo(f"claimcheck: {line}", err=True)
    if refused:
        sys.exit(EXIT_CORPUS)


# at the end: the review command's module reads this one's exit codes
from claimcheck.review_cli import review_command  # noqa: E402

main.add_command(review_command)
