"""Runs over many documents from the CLI: the report line, exit codes, and an interrupted run."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from summarizer.cli.app import EXIT_FAILURE, EXIT_PARTIAL, EXIT_UNVERIFIED


def report_line(report: Any) -> str:
    """One stderr line: what the batch did."""
    parts = [f"{report.total} document(s): {report.ok} ok", f"{report.failed} failed"]
    if report.skipped:
        parts.append(f"{report.skipped} already done")
    parts.append(f"{report.usage.requests} request(s) ({report.cached} cached)")
    if report.backoffs:
        parts.append(
            f"backed off {report.backoffs} time(s) on an overloaded server (HTTP 429, 5xx or "
            f"timeouts), concurrency down to {int(report.lowest_concurrency)}"
        )
    return ", ".join(parts) + f" in {report.seconds:.1f}s"


def _failure(outcome: Any) -> str:
    error = outcome.error or "unknown error"
    return error if error.startswith(outcome.path) else f"{outcome.path}: {error}"


def lone_failure(report: Any) -> str | None:
    """The reason, when the run was one document and it failed: then it is the one `Error:`
    line a single document gets, with no batch report around it."""
    if report.total == 1 and report.failed == 1 and not (report.ok or report.skipped):
        return next(_failure(o) for o in report.outcomes if o.status == "error")
    return None


def exit_for(report: Any) -> None:
    """Exit 1 when every document failed, 4 when some did; list the failures on stderr."""
    lone = lone_failure(report)
    if lone is not None:
        click.echo(f"Error: {lone}", err=True)
        sys.exit(EXIT_FAILURE)
    for o in report.outcomes:
        if o.status == "error":
            click.echo(f"failed: {_failure(o)}", err=True)
    if report.failed and not (report.ok or report.skipped):
        click.echo("Error: every document failed (see above)", err=True)
        sys.exit(EXIT_FAILURE)
    if report.failed:
        sys.exit(EXIT_PARTIAL)


def exit_if_unverified(results: list[Any], outcomes: list[Any] = ()) -> None:  # type: ignore[assignment]
    """--strict: exit 3 when some briefing holds claims the source does not support
    (outcomes kept without their result, as with -o, carry the verdict)."""
    if any(r.mode == "model" and not r.report.verified for r in results) or any(
        getattr(o, "verified", None) is False for o in outcomes
    ):
        click.echo("Error: some briefings hold claims the source does not support", err=True)
        sys.exit(EXIT_UNVERIFIED)


def usage_line(usage: Any, *, requests_cached: int = 0) -> str:
    """`usage: N request(s), P prompt + C completion tokens, ~$X` for stderr."""
    cost = f"~${usage.cost_usd:.4f}" if usage.cost_usd is not None else "cost unknown"
    cached = f" ({requests_cached} cached result(s))" if requests_cached else ""
    return (
        f"usage: {usage.requests} request(s){cached}, {usage.prompt_tokens} prompt + "
        f"{usage.completion_tokens} completion tokens, {cost}"
    )


def resume_command() -> str:
    """The command line that continues this run: the same arguments plus --resume."""
    ctx = click.get_current_context()
    argv = list(ctx.meta.get("summarizer.argv") or sys.argv[1:])
    if "--resume" not in argv:
        argv.append("--resume")
    import shlex  # only an interrupted run prints it

    return shlex.join(["summarizer", *argv])


def interrupted(sources: tuple[str, ...], progress: Path | None) -> NoReturn:
    """After Ctrl-C: how many documents are done, and the line that continues (exit 130)."""
    from summarizer.batch import collect_inputs, read_done

    try:
        total = len(collect_inputs(sources))
    except Exception:  # the inputs changed meanwhile: say what we can
        total = 0
    of = f" of {total}" if total else ""
    if progress is not None and progress.exists():
        done = len(read_done(progress))
        click.echo(
            f"Error: interrupted: {done}{of} document(s) done and kept in {progress}; "
            f"continue with: {resume_command()}",
            err=True,
        )
    else:
        click.echo(
            f"Error: interrupted{f' ({total} document(s) in the run)' if total else ''}; "
            "verified results are cached, so running the same command again asks only for the "
            "rest (add -o FILE to keep progress and continue with --resume)",
            err=True,
        )
    sys.exit(130)


def print_outcomes(report: Any, fmt: str) -> None:
    """Several documents on stdout: JSON lines, or each rendered under a `==> path <==` header."""
    for o in report.outcomes:
        if fmt == "json":
            line = {
                "path": o.path,
                "sha256": o.sha256,
                "status": o.status,
                "error": o.error,
                "result": o.result.model_dump(mode="json") if o.result else None,
            }
            click.echo(json.dumps(line, ensure_ascii=False))
        elif o.result is not None:
            from summarizer.render import render_summary

            click.echo(f"==> {o.path} <==")
            click.echo(render_summary(o.result, "markdown" if fmt == "markdown" else "text"))


__all__ = [
    "exit_for",
    "exit_if_unverified",
    "interrupted",
    "lone_failure",
    "print_outcomes",
    "report_line",
    "resume_command",
    "usage_line",
]
