"""`summarizer logs`: the requests sent to the model, newest first, or one in full."""

from __future__ import annotations

import json

import click

from summarizer.cli.app import cli, handles_errors
from summarizer.cli.options import json_option
from summarizer.errors import InputError


def _row(e: object) -> str:
    from summarizer.logs import LogEntry

    assert isinstance(e, LogEntry)
    tokens = f"{e.prompt_tokens or 0}+{e.completion_tokens or 0} tok"
    took = f"{e.duration_ms:.0f} ms" if e.duration_ms is not None else "-"
    status = f"ERROR {e.error}" if e.error else "ok"
    return "\t".join(
        [
            f"#{e.id}",
            e.ts,
            e.model or "-",
            (e.doc_sha256 or "-")[:12],
            f"attempt {e.attempt or '-'}",
            tokens,
            took,
            status,
        ]
    )


def _show(e: object) -> None:
    from summarizer.logs import LogEntry

    assert isinstance(e, LogEntry)
    click.echo(_row(e))
    request = e.request if isinstance(e.request, dict) else {}
    for m in request.get("messages") or []:
        click.echo(f"\n--- {m.get('role', '?')} ---\n{m.get('content')}")
    params = {k: v for k, v in request.items() if k not in ("messages", "tools", "response_format")}
    click.echo(f"\n--- params ---\n{json.dumps(params, ensure_ascii=False)}")
    click.echo(f"\n--- response ---\n{json.dumps(e.response, ensure_ascii=False, indent=2)}")


@cli.command("logs")
@click.argument("entry_id", metavar="[ID]", required=False, type=int)
@click.option(
    "-n",
    "count",
    type=click.IntRange(0),
    default=10,
    show_default=True,
    help="How many of the newest requests to list (0: all).",
)
@json_option("Print entries as JSON.")
@click.option("--path", "show_path", is_flag=True, help="Print where the log database is and exit.")
@handles_errors
def logs_command(entry_id: int | None, count: int, as_json: bool, show_path: bool) -> None:
    """List logged model requests (messages, parameters, raw responses, usage, timing), or show one.

    The log lives at SUMMARIZER_LOG_DB; pass --no-log to summarize/brief for sensitive text.

    \b
    Examples:
      summarizer logs
      summarizer logs 12
      summarizer logs --json -n 50
    """
    from summarizer.config import Config
    from summarizer.logs import RequestLog

    db = Config.from_env().log_db
    if show_path:
        click.echo(str(db))
        return
    if not db.exists():
        click.echo(f"No requests logged yet at {db}.", err=True)
        if as_json:
            click.echo("[]")
        return
    log = RequestLog(db)
    if entry_id is not None:
        entry = log.get(entry_id)
        if entry is None:
            raise InputError(f"no request #{entry_id} in {db}: run `summarizer logs` to list them")
        if as_json:
            click.echo(entry.model_dump_json(indent=2))
        else:
            _show(entry)
        return
    entries = log.latest(count)
    if as_json:
        click.echo(
            json.dumps([e.model_dump(mode="json") for e in entries], ensure_ascii=False, indent=2)
        )
        return
    for e in entries:
        click.echo(_row(e))
