"""`summarizer facts`: the deterministic facts and structure of one document, without a model."""

from __future__ import annotations

import click

from summarizer.cli.app import cli, handles_errors


@cli.command("facts")
@click.argument("source", metavar="PATH|-")
@click.option(
    "--reference-date",
    metavar="YYYY-MM-DD",
    help="Date that day-only mentions (27일, 지난 11일) resolve against. "
    "Default: the publication date the document states (embargo, 입력/등록/송고 line, page "
    "metadata, dateline, byline, dated path); when it states none, such dates stay unresolved.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the result object as JSON (what score.py reads)."
)
@handles_errors
def facts_command(source: str, reference_date: str | None, as_json: bool) -> None:
    """Extract dates, times, phones, e-mails, URLs, amounts and the document structure."""
    from summarizer.extract import extract_facts

    result = extract_facts(source, reference_date=reference_date)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        click.echo(result.model_dump_json(indent=2, exclude_none=False))
        return
    from summarizer.cli.facts_table import print_facts

    print_facts(result)
