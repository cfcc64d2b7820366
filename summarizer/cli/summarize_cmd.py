"""`summarizer summarize` (one document, with or without a model) and `summarizer schema`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.batch_cmd import make_config, many_options, summarize_many

MODES = ("auto", "tools", "json_schema", "md_json")


def _usage_line(result: Any) -> str:
    u = result.usage
    if result.mode == "offline":
        return "usage: offline, no requests"
    if result.cached:
        return "usage: cached result, no requests"
    cost = (
        f"~${u.cost_usd:.4f}"
        if u.cost_usd is not None
        else f"cost unknown (no price for {result.model})"
    )
    return (
        f"usage: {u.requests} request(s), {u.prompt_tokens} prompt + "
        f"{u.completion_tokens} completion tokens, {cost}"
    )


@cli.command("summarize")
@click.argument("sources", metavar="PATH|-...", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "text"]),
    default="text",
    show_default=True,
    help="json prints the same object the Python API returns.",
)
@click.option(
    "--model", metavar="NAME", help="Model name [env SUMMARIZER_MODEL; default gpt-4o-mini]."
)
@click.option(
    "--base-url",
    metavar="URL",
    help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 [env OPENAI_BASE_URL].",
)
@click.option(
    "--mode",
    type=click.Choice(MODES),
    help="How the structure is requested: auto (tool calls on OpenAI; elsewhere what a one-time "
    "probe of the server finds), tools, json_schema or md_json [env SUMMARIZER_MODE; default auto].",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 3 (after printing) when the briefing holds unsupported claims.",
)
@click.option("--offline", is_flag=True, help="No model: the deterministic Korean facts only.")
@click.option(
    "--usage",
    "show_usage",
    is_flag=True,
    help="Print requests, tokens and estimated cost to stderr.",
)
@click.option(
    "--reference-date",
    metavar="YYYY-MM-DD",
    help="Date that day-only mentions (27일, 지난 11일) resolve against.",
)
@click.option(
    "--max-reasks",
    type=click.IntRange(0, 10),
    metavar="N",
    help="Re-asks for invalid or unsupported answers [default 2].",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(1),
    metavar="N",
    help="Completion token limit [default 4096].",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="S",
    help="Seconds to wait for one answer [default 60].",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--no-log", is_flag=True, help="Do not record requests in the log database.")
@many_options
@handles_errors
def summarize_command(
    sources: tuple[str, ...],
    fmt: str,
    model: str | None,
    base_url: str | None,
    mode: str | None,
    strict: bool,
    offline: bool,
    show_usage: bool,
    reference_date: str | None,
    max_reasks: int | None,
    max_tokens: int | None,
    timeout: float | None,
    no_cache: bool,
    no_log: bool,
    out: Path | None,
    resume: bool,
    concurrency: int | None,
    quiet: bool,
) -> None:
    """Summarise one press release or article into a verified English briefing.

    Without a configured model (OPENAI_API_KEY or OPENAI_BASE_URL) it prints the deterministic
    Korean facts instead and says so on stderr. Several inputs (files, folders, globs) or
    --out run as a batch: one JSON line per document, exit 4 when some fail.
    """
    from summarizer.api import require_verified, stores
    from summarizer.pipeline import summarize_document

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
    if len(sources) > 1 or out is not None:
        return summarize_many(
            sources,
            config,
            fmt=fmt,
            out=out,
            resume=resume,
            quiet=quiet,
            reference_date=reference_date,
            strict=strict,
        )
    source = sources[0]
    cache, log = stores(config)
    result = summarize_document(source, config, reference_date=reference_date, cache=cache, log=log)
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
    else:
        from summarizer.render import render_summary

        click.echo(render_summary(result, "markdown" if fmt == "markdown" else "text").rstrip("\n"))
    if show_usage:
        click.echo(_usage_line(result), err=True)
    if strict:
        require_verified(result)


@cli.command("schema")
@handles_errors
def schema_command() -> None:
    """Print the JSON Schema of the Briefing the model is asked for."""
    from summarizer.models import Briefing

    click.echo(json.dumps(Briefing.model_json_schema(), indent=2, ensure_ascii=False))
