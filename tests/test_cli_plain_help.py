"""The CLI's --help and --version options: click's, with click's words given, so that a run
never asks gettext (whose first call imports `locale`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from summarizer.cli.app import HELP_TEXT, VERSION_TEXT, cli

DOC = str(Path(__file__).resolve().parent.parent / "examples" / "mss-release.txt")


def test_the_texts_are_clicks_own() -> None:
    @click.command()
    @click.version_option("1.0")
    def plain() -> None:
        """A command with click's own options."""

    ctx = click.Context(plain, info_name="plain")
    texts = {p.opts[-1]: p.help for p in plain.get_params(ctx)}
    assert texts == {"--version": VERSION_TEXT, "--help": HELP_TEXT}


def test_help_and_version_answer_as_clicks_options() -> None:
    runner = CliRunner()
    for args in (["--help"], ["-h"], ["facts", "--help"], ["batch", "submit", "-h"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0, args
        lines = [line.split() for line in result.output.splitlines() if "-h, --help" in line]
        assert result.output.startswith("Usage: ") and len(lines) == 1, args
        assert lines[0][:2] == ["-h,", "--help"] and " ".join(lines[0][2:]) == HELP_TEXT
    version = runner.invoke(cli, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("cli, version ")
    missing = runner.invoke(cli, ["facts"])
    assert missing.exit_code == 2 and "Try 'cli facts --help' for help." in missing.output


def test_a_facts_run_imports_no_locale() -> None:
    probe = (
        "import sys; from summarizer.cli import main; sys.argv = ['summarizer', *sys.argv[1:]]; "
        "code = main(); print(code, 'locale' in sys.modules, file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "facts", DOC, "--json"], capture_output=True, text=True
    )
    assert proc.stderr.strip().splitlines()[-1] == "0 False"
