"""`summarizer brief`: one English briefing (Markdown, HTML review page or text) of many documents."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.many import (
    exit_for,
    exit_if_unverified,
    interrupted,
    lone_failure,
    report_line,
    usage_line,
)
from summarizer.cli.options import (
    IsoMoment,
    batch_options,
    check_writable,
    hint_if_no_model,
    json_option,
    make_config,
    model_options,
    output_option,
)
from summarizer.errors import InputError

SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}
# Suffixes of formats the briefing is never written in: refused rather than mislabelled.
REFUSED_SUFFIXES = (".pdf", ".doc", ".docx", ".hwp", ".hwpx", ".odt", ".rtf", ".json", ".jsonl")


def _format_for(output: Path | None, fmt: str | None) -> str:
    """The format from --format, else -o's suffix, else markdown; a .pdf and the like are refused."""
    if output is not None and output.suffix.lower() in REFUSED_SUFFIXES:
        raise click.BadParameter(
            f"a briefing is written as .md, .html or .txt, not {output.suffix}: for a PDF, "
            "write .html and print it from a browser",
            param_hint="'-o'",
        )
    if fmt is not None:
        return fmt
    return SUFFIX_FORMATS.get(output.suffix.lower(), "markdown") if output else "markdown"


def progress_file(output: Path) -> Path:
    """Where a briefing run keeps its finished documents until the briefing is written."""
    return output.with_name(output.name + ".progress.jsonl")


@cli.command("brief")
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL...")
@output_option(
    "Write the briefing here (.md, .html or .txt picks the format) instead of stdout; "
    "progress is kept beside it until it is written."
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
    type=IsoMoment(),
    help="The moment embargoes are judged against (naive = Korea time) [default: now].",
)
@click.option(
    "--group",
    type=click.Choice(["events", "none"]),
    help="events: one entry per event, reports of the same agreement grouped, their "
    "disagreements shown; none: one section per document "
    "[default: events for more than one document].",
)
@json_option(
    'Print the events as JSON ({"events": [{"sources": [{"path": …}, …], …}]}), '
    "every input in exactly one event, instead of the briefing."
)
@model_options()
@batch_options()
@handles_errors
def brief_command(
    sources: tuple[str, ...],
    output: Path | None,
    fmt: str | None,
    now: datetime | None,
    group: str | None,
    as_json: bool,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    timeout: float | None,
    max_reasks: int | None,
    max_tokens: int | None,
    offline: bool,
    no_cache: bool,
    no_log: bool,
    reference_date: str | None,
    show_usage: bool,
    strict: bool,
    concurrency: int | None,
    quiet: bool,
    resume: bool,
) -> None:
    """Summarise files, folders, globs or web pages and render one English briefing of them all.

    With more than one document, one entry per event: reports of the same agreement grouped,
    the facts of the most authoritative source, and where the sources disagree.

    Exit code 4 when some documents failed (the briefing covers the others), 1 when all did,
    3 under --strict when a briefing holds unsupported claims.

    \b
    Examples:
      summarizer brief examples/
      summarizer brief docs/ 'news/*.html' -o briefing.md
      summarizer brief docs/ -o review.html --now 2025-03-12T09:00
      summarizer brief docs/ --group none -o per-document.md
      summarizer brief docs/ --json                      # the event groups and their reasons
      summarizer brief https://www.example.go.kr/news/1 https://news.example.com/a/2 -o brief.md
      summarizer brief docs/ -o briefing.md --resume     # after an interruption
    """
    from summarizer.batch.cached import all_cached
    from summarizer.batch.inputs import collect_inputs
    from summarizer.render import render_brief

    fmt = _format_for(output, fmt)
    if resume and output is None:
        raise click.UsageError("--resume needs -o FILE: the progress is kept beside the briefing")
    if output is not None:
        check_writable(output)
    config = make_config(
        model=model,
        base_url=base_url,
        mode=mode,
        offline=offline,
        no_cache=no_cache,
        no_log=no_log,
        concurrency=concurrency,
        max_reasks=max_reasks,
        max_tokens=max_tokens,
        timeout=timeout,
    )
    paths = collect_inputs(sources)  # input errors come before the no-model hint and any request
    hint_if_no_model(config)
    progress = progress_file(output) if output is not None else None
    # Every document answered from the cache: no runner (its asyncio, pool and progress file).
    report = None if resume else all_cached(paths, config, reference_date, records=True)
    try:
        if report is None:
            from summarizer.batch.runner import run_batch

            report = run_batch(
                sources,
                config,
                out=progress,
                resume=resume,
                quiet=quiet,
                reference_date=reference_date,
            )
    except KeyboardInterrupt:
        interrupted(sources, progress)
    if lone_failure(report) is None:  # one failed document: only its Error line (exit_for)
        click.echo(report_line(report), err=True)
    if show_usage:
        click.echo(usage_line(report.usage, requests_cached=report.cached), err=True)
    results = report.results
    failed = [(o.path, o.error or "failed") for o in report.outcomes if o.status == "error"]
    grouped = (group or ("events" if len(results) > 1 else "none")) == "events"
    if as_json:
        from summarizer.events import group_events, grouping_json, singletons, with_failures

        grouping = group_events(results, texts=report.texts) if grouped else singletons(results)
        text = grouping_json(with_failures(grouping, failed), indent=2) + "\n"
    elif results and grouped:
        from summarizer.events import group_events
        from summarizer.render import render_grouped

        grouping = group_events(results, texts=report.texts)
        text = render_grouped(results, grouping, fmt, now, texts=report.texts)  # type: ignore[arg-type]
    elif results:
        text = render_brief(results, fmt, now, texts=report.texts, failed=failed)  # type: ignore[arg-type]
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
            if progress is not None and not report.failed:
                progress.unlink(missing_ok=True)
    exit_for(report)
    if strict:
        exit_if_unverified(report.results)
