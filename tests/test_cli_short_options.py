"""Short options (`-q`, `-h`, `-n 5`) are matched without click's failed long match first (no
difflib, no error message asked of gettext), with the same parse; long options keep click's
errors and suggestions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from summarizer.cli.app import Command

DOC = str(Path(__file__).resolve().parent.parent / "examples" / "mss-release.txt")

# Runs the CLI in a fresh process; reports whether difflib was loaded.
PROBE = """
import json, sys
from summarizer.cli import main
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
print(json.dumps({"code": code, "loaded": [m for m in ("difflib",) if m in sys.modules]}),
      file=sys.stderr)
"""


def test_a_short_option_does_not_load_difflib(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(["facts", DOC, "-h"])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.stdout.startswith("Usage: summarizer facts")
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == {"code": 0, "loaded": []}


@click.command("probe", cls=Command)
@click.option("-q", "--quiet", is_flag=True)
@click.option("-v", "verbose", count=True)
@click.option("-n", "--number", type=int, default=0)
@click.option("-single", "single", is_flag=True)  # a long option written with one dash
@click.argument("rest", nargs=-1)
def probe(quiet: bool, verbose: int, number: int, single: bool, rest: tuple[str, ...]) -> None:
    click.echo(json.dumps([quiet, verbose, number, single, list(rest)]))


@click.command("probe")
@click.option("-q", "--quiet", is_flag=True)
@click.option("-v", "verbose", count=True)
@click.option("-n", "--number", type=int, default=0)
@click.option("-single", "single", is_flag=True)
@click.argument("rest", nargs=-1)
def plain(quiet: bool, verbose: int, number: int, single: bool, rest: tuple[str, ...]) -> None:
    click.echo(json.dumps([quiet, verbose, number, single, list(rest)]))


def test_the_parse_is_clicks() -> None:
    runner = CliRunner()
    for args in (
        ["-q", "a"],
        ["-qvv", "-n", "3", "b"],
        ["-n5", "-v"],
        ["-n=7"],  # click reads `=7` as the short option's value: an error, as click has it
        ["--number=4", "--quiet"],
        ["-single", "c"],
        ["--quite"],  # a misspelt long option: click's error and suggestion
        ["-x"],  # an unknown short option
        ["--", "-q"],
    ):
        ours, clicks = runner.invoke(probe, args), runner.invoke(plain, args)
        assert (ours.exit_code, ours.output) == (clicks.exit_code, clicks.output), args
    assert "Did you mean '--quiet'?" in runner.invoke(probe, ["--quite"]).output
