"""`summarizer summarize` (one document or many, with or without a model) and `summarizer schema`."""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.many import (
    exit_for,
    exit_if_unverified,
    interrupted,
    lone_failure,
    print_outcomes,
    report_line,
    usage_line,
)
from summarizer.cli.options import (
    batch_options,
    check_writable,
    hint_if_no_model,
    json_option,
    make_config,
    model_options,
    output_option,
)


def _usage_line(result: Any) -> str:
    if result.mode == "offline":
        return "usage: offline, no requests"
    if result.cached:
        return "usage: cached result, no requests"
    if result.usage.cost_usd is None:
        return usage_line(result.usage).replace(
            "cost unknown", f"cost unknown (no price for {result.model})"
        )
    return usage_line(result.usage)


def _is_many(sources: tuple[str, ...]) -> bool:
    """Several inputs, a folder or a glob pattern: a batch rather than one document."""
    from summarizer.reading.fetch import is_url

    if len(sources) != 1:
        return True
    only = sources[0]
    if only == "-" or is_url(only):
        return False
    return Path(only).is_dir() or (not Path(only).exists() and glob.has_magic(only))


@cli.command("summarize")
@click.argument("sources", metavar="PATH|URL|-...", nargs=-1, required=True)
@output_option(
    "Write one JSON line per document to FILE as each finishes (a batch run, resumable).",
    old=("--out",),
)
@json_option()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "text"]),
    default="text",
    show_default=True,
    help="Output format on stdout; json is the same as --json.",
)
@model_options()
@batch_options()
@handles_errors
def summarize_command(
    sources: tuple[str, ...],
    output: Path | None,
    as_json: bool,
    fmt: str,
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
    """Summarise press releases or articles into verified English briefings.

    Takes files, folders, glob patterns, http(s) addresses of pages, or - for stdin. Without a
    configured model (OPENAI_API_KEY or OPENAI_BASE_URL) it prints the deterministic facts
    instead, labelled (official English names, romanised people, dates, places and phones; the
    title, commitments and quotes in Korean), and says so on stderr. Several inputs, a folder,
    a glob or -o run as a batch: one result per document, exit 4 when some fail; one document
    that fails is one Error line.

    \b
    Examples:
      summarizer summarize examples/mss-release.txt
      summarizer summarize release.pdf --json -m gpt-4o-mini --usage
      summarizer summarize https://www.example.go.kr/news/view.do?id=1
      summarizer summarize docs/ 'news/*.html' -o results.jsonl
      summarizer summarize docs/ -o results.jsonl --resume
      OPENAI_BASE_URL=http://localhost:11434/v1 summarizer summarize a.txt -m qwen2.5:14b --mode json_schema
    """
    if as_json:
        fmt = "json"
    if resume and output is None:
        raise click.UsageError(
            "--resume needs -o FILE.jsonl: the file that holds finished documents"
        )
    if output is not None:
        check_writable(output, create_parent=True)
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
    if _is_many(sources) or output is not None:
        return _many(
            sources, config, fmt, output, resume, quiet, reference_date, show_usage, strict
        )
    from summarizer.api import require_verified, stores
    from summarizer.pipeline import summarize_document
    from summarizer.reading import read_document

    doc = read_document(sources[0])  # input errors come before the no-model hint
    hint_if_no_model(config)
    cache, log = stores(config)
    with (
        waiting(enabled=not quiet and config.has_model() and not config.offline),
        usage_on_failure(show_usage),
    ):
        result = summarize_document(
            doc, config, reference_date=reference_date, cache=cache, log=log
        )
    if result.facts.reference_date is None:
        from summarizer.extract import UNKNOWN_REFERENCE

        click.echo(f"warning: {UNKNOWN_REFERENCE}", err=True)
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
    else:
        from summarizer.render import render_summary

        click.echo(render_summary(result, "markdown" if fmt == "markdown" else "text").rstrip("\n"))
    if show_usage:
        click.echo(_usage_line(result), err=True)
    if strict:
        require_verified(result)


def _many(
    sources: tuple[str, ...],
    config: Any,
    fmt: str,
    output: Path | None,
    resume: bool,
    quiet: bool,
    reference_date: str | None,
    show_usage: bool,
    strict: bool,
) -> None:
    """The batch runner over every input: JSONL to -o, or rendered on stdout."""
    from summarizer.batch.cached import all_cached
    from summarizer.batch.inputs import collect_inputs

    paths = collect_inputs(sources)  # input errors come before the no-model hint and any request
    hint_if_no_model(config)
    # On stdout, every document answered from the cache: no runner (asyncio, pool). With -o the
    # runner writes the JSONL file, as it always does.
    fast = output is None and not resume
    report = all_cached(paths, config, reference_date) if fast else None
    try:
        if report is None:
            from summarizer.batch.runner import run_batch

            report = run_batch(
                sources,
                config,
                out=output,
                resume=resume,
                quiet=quiet,
                reference_date=reference_date,
                keep_results=output is None,  # with -o the results are in the file, not in memory
            )
    except KeyboardInterrupt:
        interrupted(sources, output)
    if output is None:
        print_outcomes(report, fmt)
    if lone_failure(report) is None:  # one failed document: only its Error line (exit_for)
        click.echo(report_line(report), err=True)
    if show_usage:
        click.echo(usage_line(report.usage, requests_cached=report.cached), err=True)
    exit_for(report)
    if strict:
        exit_if_unverified(report.results, report.outcomes)


@contextmanager
def usage_on_failure(show_usage: bool) -> Iterator[None]:
    """Under --usage, a model call that failed still says what it spent, before its Error line."""
    from summarizer.errors import ModelError
    from summarizer.models import Usage

    try:
        yield
    except ModelError as exc:
        if show_usage and isinstance(exc.usage, Usage):
            click.echo(usage_line(exc.usage), err=True)
        raise


@contextmanager
def waiting(*, enabled: bool) -> Iterator[None]:
    """On a terminal, a spinner with the seconds spent waiting for the model (a local model on a
    CPU can take minutes); nothing when stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("waiting for the model"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        progress.add_task("model", total=None)
        yield


@cli.command("schema")
@handles_errors
def schema_command() -> None:
    """Print the JSON Schema of the Briefing the model is asked for.

    \b
    Example:
      summarizer schema > briefing.schema.json
    """
    from summarizer.models import Briefing

    click.echo(json.dumps(Briefing.model_json_schema(), indent=2, ensure_ascii=False))
