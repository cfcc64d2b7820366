"""One vocabulary across commands, and what the help and README promise."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from summarizer.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOC = str(EXAMPLES / "mss-release.txt")


def _run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args))


def _commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append(((*prefix, name), command))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


ALL = _commands(cli)


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(p) for p, _ in ALL])
def test_every_command_has_examples_and_shows_its_env_vars(
    path: tuple[str, ...], command: click.Command
) -> None:
    res = _run(*path, "--help")
    assert res.exit_code == 0
    assert "Example" in res.stdout, f"{' '.join(path)} --help has no example"
    for param in command.params:
        if isinstance(param, click.Option) and param.envvar:
            assert param.show_envvar, f"{param.name} hides its environment variable"
            names = [param.envvar] if isinstance(param.envvar, str) else param.envvar
            assert all(n in res.stdout.replace("\n", " ") for n in names)


@pytest.mark.parametrize(
    ("path", "needed"),
    [
        (
            ("summarize",),
            [
                "-m",
                "--model",
                "-o",
                "--output",
                "--json",
                "--usage",
                "--strict",
                "--timeout",
                "--max-reasks",
                "--max-tokens",
                "--resume",
                "--concurrency",
            ],
        ),
        (
            ("brief",),
            [
                "-m",
                "--model",
                "-o",
                "--output",
                "--usage",
                "--strict",
                "--timeout",
                "--max-reasks",
                "--max-tokens",
                "--resume",
                "--concurrency",
            ],
        ),
        (("batch", "submit"), ["-m", "--model", "--json", "--max-tokens"]),
        (
            ("batch", "collect"),
            ["-o", "--output", "--timeout", "--max-reasks", "--usage", "--strict", "--concurrency"],
        ),
        (("batch", "status"), ["--json"]),
        (("facts",), ["--json", "--reference-date"]),
        (("logs",), ["--json"]),
    ],
)
def test_the_same_options_everywhere(path: tuple[str, ...], needed: list[str]) -> None:
    command: click.Command = cli
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    spelled = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
    assert not set(needed) - spelled


def test_model_comes_from_its_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODE", "xml")
    res = _run("summarize", DOC)
    assert res.exit_code == 2 and "SUMMARIZER_MODE" in res.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["facts", DOC, "--reference-date", "2025-02-30"],
        ["summarize", DOC, "--reference-date", "yesterday"],
        ["brief", DOC, "--offline", "--reference-date", "14/10/2025"],
        ["brief", DOC, "--offline", "--now", "noon"],
        ["summarize", DOC, "--base-url", "localhost:8000"],
        ["brief", DOC, "-o", "briefing.pdf"],
        ["summarize", DOC, "--resume"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    res = _run(*args)
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output


def test_folders_and_globs_work_for_summarize() -> None:
    folder = _run("summarize", str(EXAMPLES), "--offline", "--json", "-q")
    assert folder.exit_code == 0, folder.output
    lines = [json.loads(line) for line in folder.stdout.splitlines()]
    assert len(lines) == len(list(EXAMPLES.glob("*.txt"))) and all(
        line["status"] == "ok" for line in lines
    )
    pattern = _run("summarize", str(EXAMPLES / "news-*.txt"), "--offline", "--json", "-q")
    assert pattern.exit_code == 0 and len(pattern.stdout.splitlines()) == 2


def test_old_spelling_out_still_writes(tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    res = _run("summarize", DOC, "--offline", "--out", str(out), "-q")
    assert res.exit_code == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_an_unwritable_output_is_refused_before_any_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A configured model at an address nobody answers: reaching it would fail differently.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    res = _run("brief", str(EXAMPLES), "-q", "-o", str(tmp_path / "missing" / "dir" / "x.md"))
    assert res.exit_code == 2 and "does not exist" in res.stderr
    assert "request" not in res.stderr and not (tmp_path / "missing").exists()


def test_the_no_model_hint_comes_after_input_errors() -> None:
    one = _run("summarize", "no-such-file.txt")
    assert one.exit_code == 1 and "No model configured" not in one.stderr
    many = _run("brief", "no-such-folder/", str(EXAMPLES))
    assert many.exit_code == 1 and "No model configured" not in many.stderr
    ok = _run("summarize", DOC)
    assert ok.exit_code == 0 and "No model configured" in ok.stderr


def test_batch_submit_without_a_model_does_not_suggest_offline(tmp_path: Path) -> None:
    res = _run("batch", "submit", DOC, "--state", str(tmp_path / "job.json"))
    assert res.exit_code == 1 and "--offline" not in res.stderr
    assert "OPENAI_API_KEY" in res.stderr


def test_brief_strict_and_usage_offline(tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    res = _run("brief", DOC, "--offline", "--usage", "--strict", "-q", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert "usage: 0 request(s)" in res.stderr
    assert out.is_file() and not (tmp_path / "b.md.progress.jsonl").exists()


def test_brief_resume_reuses_what_is_done(tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    progress = tmp_path / "b.md.progress.jsonl"
    # As an interrupted run leaves it: two documents finished, the briefing not yet written.
    first = _run(
        "summarize",
        str(EXAMPLES / "mss-release.txt"),
        str(EXAMPLES / "multi-party.txt"),
        "--offline",
        "-q",
        "-o",
        str(progress),
    )
    assert first.exit_code == 0
    res = _run("brief", str(EXAMPLES), "--offline", "-q", "-o", str(out), "--resume")
    assert res.exit_code == 0, res.output
    assert "2 already done" in res.stderr and out.is_file()


def test_interrupted_without_an_output_says_what_is_kept() -> None:
    from summarizer.cli.many import interrupted

    @click.command()
    def run() -> None:
        interrupted((str(EXAMPLES),), None)

    res = CliRunner().invoke(run, [])
    assert res.exit_code == 130
    n = len(list(EXAMPLES.glob("*.txt")))
    assert res.stderr.startswith(f"Error: interrupted ({n} document(s) in the run); ")
    assert "cached" in res.stderr and res.stderr.count("\n") == 1


def test_the_help_says_what_the_offline_output_is() -> None:
    """The help called it 'the deterministic Korean facts', but the glossary's English names,
    romanised people and English dates are in it."""
    out = _run("summarize", DOC, "--offline").stdout
    assert "Ministry of SMEs and Startups (MSS)" in out and "14 October 2025" in out
    for args in (["summarize", "--help"], ["brief", "--help"]):
        help_text = " ".join(_run(*args).stdout.split())
        assert "Korean facts" not in help_text
        assert "English where that needs no translation" in help_text
    summarize_help = " ".join(_run("summarize", "--help").stdout.split())
    assert "official English names, romanised people, dates, places and phones" in summarize_help


def test_out_is_kept_only_where_it_was() -> None:
    """The README says where the old spelling --out still works: summarize and batch collect."""
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    assert "`--out` still works where it did: `summarize`, `batch collect`" in readme
    for path, command in ALL:
        spellings = {o for p in command.params for o in p.opts}
        assert ("--out" in spellings) == (path in (("summarize",), ("batch", "collect"))), path
