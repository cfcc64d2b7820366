"""One vocabulary for every command: the shared options, their types and environment variables.

As in simonw/llm: `-m/--model`, `-o/--output FILE` wherever a file is written, `--json` wherever
JSON can be printed; every environment variable is declared with `envvar=` so click shows it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from summarizer.cli.types import HttpUrl, IsoDate, IsoMoment

if TYPE_CHECKING:
    from pathlib import Path

MODES = ("auto", "tools", "json_schema", "md_json")

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _apply(fn: Callable[..., Any], options: list[Decorator]) -> Callable[..., Any]:
    for option in reversed(options):
        fn = option(fn)
    return fn


def reference_date_option() -> Decorator:
    return click.option(
        "--reference-date",
        type=IsoDate(),
        help="Date that day-only mentions (27일, 지난 11일) resolve against [default: the "
        "publication date the document states; when it states none, such dates stay unresolved].",
    )


def _endpoint_options() -> list[Decorator]:
    return [
        click.option(
            "-m",
            "--model",
            metavar="NAME",
            envvar="SUMMARIZER_MODEL",
            show_envvar=True,
            show_default="gpt-4o-mini",
            help="Model name.",
        ),
        click.option(
            "--base-url",
            type=HttpUrl(),
            envvar=["SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"],
            show_envvar=True,
            help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 [default: OpenAI].",
        ),
        click.option(
            "--mode",
            type=click.Choice(MODES),
            envvar="SUMMARIZER_MODE",
            show_envvar=True,
            show_default="auto",
            help="How the structure is asked for: auto (tool calls on OpenAI; elsewhere what a "
            "one-time probe of the server finds), tools, json_schema or md_json.",
        ),
    ]


def _request_options() -> list[Decorator]:
    return [
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            envvar="SUMMARIZER_TIMEOUT",
            show_envvar=True,
            show_default="60",
            help="Seconds to wait for one answer.",
        ),
        click.option(
            "--max-reasks",
            type=click.IntRange(0, 10),
            metavar="N",
            envvar="SUMMARIZER_MAX_REASKS",
            show_envvar=True,
            show_default="2",
            help="Re-asks for invalid or unsupported answers.",
        ),
        click.option(
            "--max-tokens",
            type=click.IntRange(1),
            metavar="N",
            envvar="SUMMARIZER_MAX_TOKENS",
            show_envvar=True,
            show_default="4096",
            help="Completion token limit.",
        ),
    ]


def _store_options() -> list[Decorator]:
    return [
        click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache."),
        click.option("--no-log", is_flag=True, help="Do not record requests in the log database."),
    ]


def _result_options() -> list[Decorator]:
    return [
        click.option(
            "--usage",
            "show_usage",
            is_flag=True,
            help="Print requests, tokens and estimated cost to stderr.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Exit 3 (after printing) when a briefing holds unsupported claims.",
        ),
    ]


def model_options(*, offline: bool = True) -> Decorator:
    """-m/--model, --base-url, --mode, --timeout, --max-reasks, --max-tokens, [--offline],
    --no-cache, --no-log, --reference-date, --usage, --strict."""
    options = _endpoint_options() + _request_options()
    if offline:
        options.append(
            click.option(
                "--offline",
                is_flag=True,
                help="No model: the deterministic facts only (English where that needs no "
                "translation; no hint on stderr).",
            )
        )
    options += [*_store_options(), reference_date_option(), *_result_options()]
    return lambda fn: _apply(fn, options)


def request_options() -> Decorator:
    """What the realtime re-asks of a collected batch take: --timeout, --max-reasks,
    --max-tokens, --no-cache, --no-log, --usage, --strict (the model is the job's)."""
    options = _request_options() + _store_options() + _result_options()
    return lambda fn: _apply(fn, options)


def endpoint_only_options() -> Decorator:
    """-m/--model, --base-url, --mode and --max-tokens: what a Batch API request is built from."""
    options = [*_endpoint_options(), _request_options()[2], reference_date_option()]
    return lambda fn: _apply(fn, options)


def batch_options(*, resume: bool = True) -> Decorator:
    """--concurrency, --quiet and (with `resume`) --resume: how a run over many documents behaves."""
    options: list[Decorator] = [
        click.option(
            "--concurrency",
            type=click.IntRange(1, 256),
            metavar="N",
            envvar="SUMMARIZER_CONCURRENCY",
            show_envvar=True,
            show_default="4",
            help="Documents in flight at once.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ]
    if resume:
        options.append(
            click.option(
                "--resume",
                is_flag=True,
                help="Continue an interrupted run: documents already done (same content and "
                "prompt) are taken from the output's progress, not asked again.",
            )
        )
    return lambda fn: _apply(fn, options)


def output_option(help: str, *, required: bool = False, old: tuple[str, ...] = ()) -> Decorator:
    """-o/--output FILE (old spellings such as --out kept as aliases)."""
    from pathlib import Path  # only commands that write a file load pathlib

    return click.option(
        "-o",
        "--output",
        *old,
        "output",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        required=required,
        help=help,
    )


def json_option(
    help: str = "Print the result as JSON: the object the Python API returns.",
) -> Decorator:
    return click.option("--json", "as_json", is_flag=True, help=help)


def check_writable(path: Path, *, create_parent: bool = False) -> None:
    """Refuse (exit 2) an output that cannot be written, before any document is read or sent."""
    from pathlib import Path

    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise click.BadParameter(f"{path} is a folder: give a file name", param_hint="'-o'")
    if not parent.exists():
        if create_parent:
            return
        raise click.BadParameter(
            f"cannot write {path}: the folder {parent} does not exist; create it first",
            param_hint="'-o'",
        )
    if not parent.is_dir():
        raise click.BadParameter(
            f"cannot write {path}: {parent} is not a folder", param_hint="'-o'"
        )
    target = path if path.exists() else parent
    if not os.access(target, os.W_OK):
        raise click.BadParameter(
            f"cannot write {path}: permission denied; choose another file", param_hint="'-o'"
        )


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
    """A Config from flags over the environment. `fields` are further Config fields
    (max_reasks=, timeout= …). Call `hint_if_no_model` once the inputs have been checked."""
    from summarizer.config import resolve_config

    return resolve_config(
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


def hint_if_no_model(config: Any) -> None:
    """One stderr line saying how to configure a model, when none is and --offline was not given."""
    if not config.offline and not config.has_model():
        from summarizer.llm.client import NO_MODEL_HINT

        click.echo(NO_MODEL_HINT, err=True)


__all__ = [
    "MODES",
    "HttpUrl",
    "IsoDate",
    "IsoMoment",
    "batch_options",
    "check_writable",
    "endpoint_only_options",
    "hint_if_no_model",
    "json_option",
    "make_config",
    "model_options",
    "output_option",
    "reference_date_option",
    "request_options",
]
