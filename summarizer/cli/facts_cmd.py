"""`summarizer facts`: the deterministic facts and structure of one document, without a model."""

from __future__ import annotations

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.options import json_option, reference_date_option


@cli.command("facts")
@click.argument("source", metavar="PATH|URL|-")
@reference_date_option()
@json_option("Print the result object as JSON: what the Python API returns (and score.py reads).")
@handles_errors
def facts_command(source: str, reference_date: str | None, as_json: bool) -> None:
    """Extract dates, times, phones, e-mails, URLs, amounts and the document structure.

    No model is involved. Without --reference-date, day-only dates resolve against the
    publication date the document states (embargo, 입력/등록/송고 line, page metadata, dateline,
    byline); when it states none, such dates stay unresolved and the output says so.

    \b
    Examples:
      summarizer facts examples/mss-release.txt
      summarizer facts examples/agency-cp949.txt --json
      summarizer facts release.pdf --reference-date 2025-03-12
      cat page.html | summarizer facts -
    """
    # The records `extract_facts` validates into its FactsResult, printed as that model prints
    # itself: this command never imports pydantic (tests/test_startup.py compares the JSON).
    from summarizer.extract import facts_record
    from summarizer.models.records import dump_json

    result = facts_record(source, reference_date=reference_date)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if as_json:
        click.echo(dump_json(result, indent=2))
        return
    from summarizer.cli.facts_table import print_facts

    print_facts(result)
