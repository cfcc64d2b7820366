"""`summarizer brief`: one English briefing (Markdown, HTML review page or text) of many documents."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.batch_cmd import exit_for, make_config, model_options, report_line
from summarizer.errors import InputError

SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}


def _now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"--now {value!r} is not an ISO date-time: give e.g. 2025-03-12T09:00"
        ) from None


@cli.command("brief")
@click.argument("sources", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write the briefing here (.md, .html or .txt picks the format) instead of stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "html", "text"]),
    help="Output format [default: from -o's suffix, else markdown]. html is a self-contained "
    "review page: Korean source beside the English, each claim linked to its span.",
)
@click.option(
    "--now",
    metavar="YYYY-MM-DDTHH:MM",
    help="The moment embargoes are judged against (naive = Korea time) [default: now].",
)
@click.option(
    "--concurrency", type=click.IntRange(1, 256), metavar="N", help="Documents in flight at once."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--group",
    type=click.Choice(["events", "none"]),
    help="events: one entry per event, reports of the same agreement grouped, their "
    "disagreements shown; none: one section per document "
    "[default: events for more than one document].",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print the events as JSON ({"events": [{"sources": [{"path": …}, …], …}]}), '
    "every input in exactly one event, instead of the briefing.",
)
@model_options
@handles_errors
def brief_command(
    sources: tuple[str, ...],
    output: Path | None,
    fmt: str | None,
    now: str | None,
    concurrency: int | None,
    quiet: bool,
    group: str | None,
    as_json: bool,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    offline: bool,
    no_cache: bool,
    no_log: bool,
    reference_date: str | None,
) -> None:
    """Summarise files, folders or globs and render one English briefing of them all.

    With more than one document, one entry per event: reports of the same agreement grouped,
    the facts of the most authoritative source, and where the sources disagree.

    Exit code 4 when some documents failed (the briefing covers the others), 1 when all did.
    """
    from summarizer.batch import run_batch
    from summarizer.render import render_brief

    if fmt is None:
        fmt = SUFFIX_FORMATS.get(output.suffix.lower(), "markdown") if output else "markdown"
    moment = _now(now)
    config = make_config(
        model=model,
        base_url=base_url,
        mode=mode,
        offline=offline,
        no_cache=no_cache,
        no_log=no_log,
        concurrency=concurrency,
    )
    report = run_batch(sources, config, quiet=quiet, reference_date=reference_date)
    click.echo(report_line(report), err=True)
    results = report.results
    grouped = (group or ("events" if len(results) > 1 else "none")) == "events"
    if as_json:
        from summarizer.events import group_events, singletons, with_failures

        grouping = group_events(results, texts=report.texts) if grouped else singletons(results)
        failed = [(o.path, o.error or "failed") for o in report.outcomes if o.status == "error"]
        text = with_failures(grouping, failed).model_dump_json(indent=2) + "\n"
    elif results and grouped:
        from summarizer.events import group_events
        from summarizer.render import render_grouped

        grouping = group_events(results, texts=report.texts)
        text = render_grouped(results, grouping, fmt, moment, texts=report.texts)  # type: ignore[arg-type]
    elif results:
        text = render_brief(results, fmt, moment, texts=report.texts)  # type: ignore[arg-type]
    if as_json or results:
        if output is None:
            click.echo(text, nl=False)
        else:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise InputError(
                    f"cannot write {output} ({exc.strerror}): choose another -o"
                ) from None
            click.echo(f"briefing written to {output}", err=True)
    exit_for(report)
