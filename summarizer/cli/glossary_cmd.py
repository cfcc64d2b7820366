"""`summarizer glossary NAME…`: official English names, abbreviations and provenance, on a date."""

from __future__ import annotations

import json
from datetime import date

import click

from summarizer.cli.app import cli, handles_errors


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _names(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    if any(not name.strip() for name in value):
        raise click.BadParameter("an empty name: give the body's Korean or English name")
    return value


def _show(res: object) -> None:
    from summarizer.glossary import Resolution

    assert isinstance(res, Resolution)
    if res.en is None:
        extra = f" ({res.note})" if res.note else ""
        click.echo(f"{res.query}: unknown — no official English name{extra}")
        return
    abbr = f" ({res.abbr})" if res.abbr else ""
    derived = ", derived" if res.derived else ""
    click.echo(f"{res.query}: {res.en}{abbr}")
    if res.ko and res.ko != res.query:
        click.echo(f"  Korean name: {res.ko}")
    click.echo(f"  confidence: {res.confidence}{derived}")
    click.echo(f"  source: {res.source}")
    if res.note:
        click.echo(f"  note: {res.note}")


@cli.command("glossary")
@click.argument("names", nargs=-1, required=True, metavar="NAME…", callback=_names)
@click.option(
    "--date",
    "on",
    metavar="YYYY-MM-DD",
    callback=_date,
    help="Give the name in use on this day (a 2016 article keeps SMBA, not the later MSS).",
)
@click.option(
    "--text",
    "text_path",
    type=click.Path(exists=True, dir_okay=False),
    help="A document whose own English names (`한국전자기술연구원(KETI)`) count as evidence.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='One JSON object per line per name, in order: {"query", "ko", "en", "abbr", "source", '
    '"derived"}; "en" is null when unknown.',
)
@handles_errors
def glossary_command(
    names: tuple[str, ...], on: date | None, text_path: str | None, as_json: bool
) -> None:
    """Look up official English names of Korean bodies (Korean or English NAMEs).

    Ministries, agencies, public institutions, research institutes, provinces, cities, counties
    and districts (by the official romanisation rule, marked derived), branches of a known body
    (marked derived), banks, companies, universities and foreign bodies common in MOUs.

    \b
    Examples:
      summarizer glossary 중소벤처기업부 경기도 부산광역시
      summarizer glossary 중소기업청 --date 2016-05-01      # the name in use then
      summarizer glossary 한국전자기술연구원 --text release.txt --json
    """
    from summarizer.glossary import load_glossary, resolve

    text = None
    if text_path is not None:
        from summarizer.reading import read_document

        text = read_document(text_path).text
    glossary = load_glossary()
    for name in names:
        res = resolve(glossary, name.strip(), on=on, text=text)
        if as_json:
            click.echo(json.dumps(res.public(), ensure_ascii=False))
        else:
            _show(res)
