"""``claimcheck review``: record a decision on a conflict in CORPUS/reviews.csv."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from claimcheck.api import ConflictSettings, CorpusError, scan
from claimcheck.cli import EXIT_CORPUS, EXIT_OK, EXIT_USAGE
from claimcheck.reviews import REVIEWS_NAME, Decision, record_decision

REVIEW_HELP = f"""Record a decision on the conflict CONFLICT_ID (the conflict_id column of
conflicts.csv) in CORPUS/{REVIEWS_NAME}. Every scan applies it: conflicts.csv
gets it in its review and review_note columns; a dismissed conflict leaves the
terminal summary and no longer trips --fail-on-conflict. Recording again
replaces the conflict's earlier decision.

\b
Exit codes:
  {EXIT_OK}    the decision was recorded
  {EXIT_USAGE}    bad options (none or two of --confirm, --dismiss, --fixed)
  {EXIT_CORPUS}    the corpus has no such conflict, or {REVIEWS_NAME} cannot be read
       or written; nothing was changed
"""


@click.command("review", help=REVIEW_HELP)
@click.argument("conflict_id")
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=Path("corpus"),
              show_default=True, help="The corpus folder.")
@click.option("--confirm", "decision", flag_value="confirmed", help="The sources do contradict each other.")
@click.option("--dismiss", "decision", flag_value="dismissed",
              help="Not a contradiction (different cohorts, a misreading): hide it from now on.")
@click.option("--fixed", "decision", flag_value="fixed", help="An article was corrected.")
@click.option("--note", default="", help="Why, in a few words.")
@click.option("--similarity", type=click.FloatRange(0, 100), default=80.0, show_default=True,
              help="As given to `claimcheck scan`: the conflict is looked up in a scan with it.")
def review_command(conflict_id: str, corpus: Path, decision: str | None, note: str, similarity: float) -> None:
    if decision is None:
        raise click.UsageError("give one of --confirm, --dismiss or --fixed")
    try:
        # a scan (reusing the cache) tells which conflicts exist now: every one found,
        # however certain, since a reviewer may judge one shown by --min-confidence 0
        result = scan(corpus, settings=ConflictSettings(similarity=similarity, min_confidence=0.0))
        if conflict_id not in {r["conflict_id"] for r in result.conflict_records}:
            raise CorpusError(f"{conflict_id}: no such conflict in a scan of {corpus} "
                              "(see the conflict_id column of conflicts.csv)")
        before = record_decision(corpus, Decision(conflict_id, decision, " ".join(note.split()),
                                                  dt.date.today().isoformat()))
    except CorpusError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(EXIT_CORPUS)
    except OSError as exc:
        click.echo(f"claimcheck: cannot write {corpus / REVIEWS_NAME}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_CORPUS)
    replaced = f" (was {before.decision})" if before and before.decision != decision else ""
    click.echo(f"{conflict_id}: {decision}{replaced}, recorded in {corpus / REVIEWS_NAME}")
