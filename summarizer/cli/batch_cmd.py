"""Many documents from the CLI: shared options, `summarize` with many inputs, `batch submit|status|collect`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from summarizer.cli.app import EXIT_FAILURE, EXIT_PARTIAL, cli, handles_errors

MODES = ("auto", "tools", "json_schema", "md_json")


def model_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--model, --base-url, --mode, --offline, --no-cache, --no-log, --reference-date."""
    options = [
        click.option(
            "--model",
            metavar="NAME",
            help="Model name [env SUMMARIZER_MODEL; default gpt-4o-mini].",
        ),
        click.option(
            "--base-url", metavar="URL", help="OpenAI-compatible endpoint [env OPENAI_BASE_URL]."
        ),
        click.option(
            "--mode",
            type=click.Choice(MODES),
            help="tools, json_schema or md_json [env SUMMARIZER_MODE].",
        ),
        click.option(
            "--offline", is_flag=True, help="No model: the deterministic Korean facts only."
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache."),
        click.option("--no-log", is_flag=True, help="Do not record requests in the log database."),
        click.option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="Date that day-only mentions resolve against.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def many_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--out, --resume, --concurrency, --quiet: how a run over many documents behaves."""
    options = [
        click.option(
            "--out",
            "out",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE.jsonl",
            help="Write one JSON line per document as each finishes.",
        ),
        click.option(
            "--resume",
            is_flag=True,
            help="Skip documents already in --out with the same content and prompt version.",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(1, 256),
            metavar="N",
            help="Documents in flight at once [env SUMMARIZER_CONCURRENCY; default 4].",
        ),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def make_config(
    *,
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    offline: bool = False,
    no_cache: bool = False,
    no_log: bool = False,
    concurrency: int | None = None,
    **fields: Any,
) -> Any:
    """A Config from flags over the environment; says on stderr when no model is configured.

    `fields` are further Config fields a command has flags for (max_reasks=, timeout= …).
    """
    from summarizer.api import resolve_config
    from summarizer.llm.client import NO_MODEL_HINT

    config = resolve_config(
        None,
        offline=offline,
        model=model,
        base_url=base_url,
        mode=mode,
        concurrency=concurrency,
        use_cache=False if no_cache else None,
        use_log=False if no_log else None,
        **fields,
    )
    if not config.offline and not config.has_model():
        click.echo(NO_MODEL_HINT, err=True)
    return config


def report_line(report: Any) -> str:
    """One stderr line: what the batch did."""
    parts = [f"{report.total} document(s): {report.ok} ok", f"{report.failed} failed"]
    if report.skipped:
        parts.append(f"{report.skipped} already done")
    parts.append(f"{report.usage.requests} request(s) ({report.cached} cached)")
    if report.backoffs:
        parts.append(
            f"backed off {report.backoffs} time(s) on an overloaded server (HTTP 429, 5xx or "
            "timeouts), concurrency down to "
            f"{int(report.lowest_concurrency)}"
        )
    return ", ".join(parts) + f" in {report.seconds:.1f}s"


def exit_for(report: Any) -> None:
    """Exit 1 when every document failed, 4 when some did; list the failures on stderr."""
    for o in report.outcomes:
        if o.status == "error":
            error = o.error or "unknown error"
            click.echo(
                f"failed: {error if error.startswith(o.path) else f'{o.path}: {error}'}", err=True
            )
    if report.failed and not (report.ok or report.skipped):
        click.echo("Error: every document failed (see above)", err=True)
        sys.exit(EXIT_FAILURE)
    if report.failed:
        sys.exit(EXIT_PARTIAL)


def summarize_many(
    sources: tuple[str, ...],
    config: Any,
    *,
    fmt: str,
    out: Path | None,
    resume: bool,
    quiet: bool,
    reference_date: str | None,
    strict: bool = False,
) -> None:
    """`summarize` with several inputs or --out: the batch runner, results as JSONL or rendered."""
    from summarizer.batch import run_batch

    report = run_batch(
        sources, config, out=out, resume=resume, quiet=quiet, reference_date=reference_date
    )
    if out is None:
        for o in report.outcomes:
            if fmt == "json":
                line = {
                    "path": o.path,
                    "sha256": o.sha256,
                    "status": o.status,
                    "error": o.error,
                    "result": o.result.model_dump(mode="json") if o.result else None,
                }
                import json

                click.echo(json.dumps(line, ensure_ascii=False))
            elif o.result is not None:
                from summarizer.render import render_summary

                click.echo(f"==> {o.path} <==")
                click.echo(render_summary(o.result, "markdown" if fmt == "markdown" else "text"))
    click.echo(report_line(report), err=True)
    exit_for(report)
    if strict and any(not r.report.verified for r in report.results):
        from summarizer.cli.app import EXIT_UNVERIFIED

        click.echo("Error: some briefings hold claims the source does not support", err=True)
        sys.exit(EXIT_UNVERIFIED)


@cli.group("batch")
def batch_group() -> None:
    """The OpenAI Batch API: submit many documents at half price, check, collect.

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
@click.argument("sources", nargs=-1, required=True, metavar="PATH...")
@STATE
@click.option("--model", metavar="NAME", help="Model name [env SUMMARIZER_MODEL].")
@click.option(
    "--base-url",
    metavar="URL",
    help="OpenAI-compatible endpoint with /v1/batches [env OPENAI_BASE_URL].",
)
@click.option("--mode", type=click.Choice(MODES), help="tools, json_schema or md_json.")
@click.option(
    "--reference-date", metavar="YYYY-MM-DD", help="Date that day-only mentions resolve against."
)
@handles_errors
def submit_command(
    sources: tuple[str, ...],
    state: Path,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    reference_date: str | None,
) -> None:
    """Upload one request per document (files, folders, globs) and create the batch."""
    from summarizer.batch.jobs import submit

    config = make_config(model=model, base_url=base_url, mode=mode)
    job = submit(list(sources), config, state, reference_date=reference_date)
    for reason in job.skipped:
        click.echo(f"skipped: {reason}", err=True)
    click.echo(f"{job.batch_id}\t{job.status}\t{len(job.documents)} request(s)")
    click.echo(f"state saved to {state}: run `summarizer batch status --state {state}`", err=True)


def _job_config(state: Path, base_url: str | None) -> Any:
    from summarizer.batch.jobs import BatchJob

    job = BatchJob.load(state)
    return make_config(model=job.model, mode=job.mode, base_url=base_url or job.endpoint)


@batch_group.command("status")
@STATE
@click.option(
    "--base-url", metavar="URL", help="Endpoint, if not the one the job was submitted to."
)
@click.option("--json", "as_json", is_flag=True, help="Print the whole state as JSON.")
@handles_errors
def status_command(state: Path, base_url: str | None, as_json: bool) -> None:
    """Print the batch's status and request counts."""
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
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    metavar="FILE.jsonl",
    help="Where to write one JSON line per document.",
)
@click.option(
    "--base-url", metavar="URL", help="Endpoint, if not the one the job was submitted to."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar for the realtime re-asks.")
@handles_errors
def collect_command(state: Path, out: Path, base_url: str | None, quiet: bool) -> None:
    """Download the answers, verify them offline, re-ask the failures in realtime; write JSONL."""
    from summarizer.batch.collect import collect

    accepted, report = collect(state, _job_config(state, base_url), out, quiet=quiet)
    click.echo(
        f"{accepted} answer(s) from the batch accepted; realtime: {report_line(report)}", err=True
    )
    exit_for(report)


__all__ = [
    "exit_for",
    "make_config",
    "many_options",
    "model_options",
    "report_line",
    "summarize_many",
]
