"""Every CLI command documents itself, and `--help` works without the model stack."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from summarizer.cli import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, (*prefix, name))
    return out


@pytest.mark.parametrize("path", _commands(cli), ids=lambda p: " ".join(p))
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    cmd: click.Command = cli
    for name in path:
        assert isinstance(cmd, click.Group)
        cmd = cmd.commands[name]
    assert cmd.help and len(cmd.help.strip()) > 20, f"{' '.join(path)} needs a help text"


def test_facts_and_help_do_not_import_the_model_stack(tmp_path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일 협약을 맺었다. 문의 044-204-7920", encoding="utf-8")
    code = (
        "import sys\n"
        "from summarizer.cli import cli\n"
        "for args in (['--help'], ['facts', sys.argv[1], '--json']):\n"
        "    try:\n"
        "        cli.main(args, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "bad = [m for m in ('openai', 'instructor') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(doc)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
