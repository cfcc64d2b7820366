"""`summarizer batch submit|status|collect`: the OpenAI Batch API at half price."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.many import exit_for, exit_if_unverified, report_line, usage_line
from summarizer.cli.options import (
    HttpUrl,
    batch_options,
    check_writable,
    endpoint_only_options,
    json_option,
    make_config,
    output_option,
    request_options,
)


@cli.group("batch")
def batch_group() -> None:
    """The OpenAI Batch API: submit many documents at half price, check, collect.

    \b
    Examples:
      summarizer batch submit docs/ --state job.json
      summarizer batch status --state job.json
      summarizer batch collect --state job.json -o results.jsonl

    State is kept in a JSON file (--state, default batch-state.json), so every step can be
    run again after a crash. Collected answers are verified offline; those that fail are
    asked again in realtime through the normal pipeline.
    """


STATE = click.option(
    "--state",
    type=click.Path(dir_okay=False, path_type=Path),
    default="batch-state.json",
    show_default=True,
    help="The job's state file.",
)


@batch_group.command("submit")
@click.argument("sources", nargs=-1, required=True, metavar="PATH|URL...")
@STATE
@endpoint_only_options()
@json_option("Print the job's state as JSON.")
@handles_errors
def submit_command(
    sources: tuple[str, ...],
    state: Path,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    max_tokens: int | None,
    reference_date: str | None,
    as_json: bool,
) -> None:
    """Upload one request per document (files, folders, globs) and create the batch.

    \b
    Examples:
      summarizer batch submit docs/ --state job.json -m gpt-4o-mini
      summarizer batch submit 'news/*.html' --state job.json --json
    """
    from summarizer.batch.jobs import submit

    config = make_config(model=model, base_url=base_url, mode=mode, max_tokens=max_tokens)
    job = submit(list(sources), config, state, reference_date=reference_date)
    for reason in job.skipped:
        click.echo(f"skipped: {reason}", err=True)
    if as_json:
        click.echo(job.model_dump_json(indent=2))
    else:
        click.echo(f"{job.batch_id}\t{job.status}\t{len(job.documents)} request(s)")
    click.echo(f"state saved to {state}: run `summarizer batch status --state {state}`", err=True)


def _job_config(state: Path, base_url: str | None, **fields: Any) -> Any:
    from summarizer.batch.jobs import BatchJob

    job = BatchJob.load(state)
    return make_config(model=job.model, mode=job.mode, base_url=base_url or job.endpoint, **fields)


JOB_BASE_URL = click.option(
    "--base-url", type=HttpUrl(), help="Endpoint, if not the one the job was submitted to."
)


@batch_group.command("status")
@STATE
@JOB_BASE_URL
@json_option("Print the whole state as JSON.")
@handles_errors
def status_command(state: Path, base_url: str | None, as_json: bool) -> None:
    """Print the batch's status and request counts.

    \b
    Examples:
      summarizer batch status --state job.json
      summarizer batch status --state job.json --json
    """
    from summarizer.batch.jobs import status

    job = status(state, _job_config(state, base_url))
    if as_json:
        click.echo(job.model_dump_json(indent=2))
        return
    counts = job.request_counts or {}
    click.echo(
        f"{job.batch_id}\t{job.status}\t{counts.get('completed', 0)}/{counts.get('total', 0)} done, "
        f"{counts.get('failed', 0)} failed"
    )


@batch_group.command("collect")
@STATE
@output_option("Where to write one JSON line per document.", required=True, old=("--out",))
@JOB_BASE_URL
@request_options()
@batch_options(resume=False)
@handles_errors
def collect_command(
    state: Path,
    output: Path,
    base_url: str | None,
    timeout: float | None,
    max_reasks: int | None,
    max_tokens: int | None,
    no_cache: bool,
    no_log: bool,
    show_usage: bool,
    strict: bool,
    concurrency: int | None,
    quiet: bool,
) -> None:
    """Download the answers, verify them offline, re-ask the failures in realtime; write JSONL.

    \b
    Examples:
      summarizer batch collect --state job.json -o results.jsonl
      summarizer batch collect --state job.json -o results.jsonl --max-reasks 1 --usage
    """
    from summarizer.batch.collect import collect

    check_writable(output, create_parent=True)
    config = _job_config(
        state,
        base_url,
        timeout=timeout,
        max_reasks=max_reasks,
        max_tokens=max_tokens,
        concurrency=concurrency,
        no_cache=no_cache,
        no_log=no_log,
    )
    accepted, report = collect(state, config, output, quiet=quiet)
    click.echo(
        f"{accepted} answer(s) from the batch accepted; realtime: {report_line(report)}", err=True
    )
    if show_usage:
        click.echo(f"realtime {usage_line(report.usage, requests_cached=report.cached)}", err=True)
    exit_for(report)
    if strict:
        exit_if_unverified(report.results)


__all__ = ["batch_group", "collect_command", "status_command", "submit_command"]
