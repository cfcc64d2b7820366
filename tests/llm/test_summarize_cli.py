"""`summarizer summarize` and `summarizer schema`: output, stderr hints, exit codes, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fakes import URL, completion, status

from summarizer import summarize
from summarizer.cli import cli
from summarizer.llm.client import NO_MODEL_HINT

ROOT = Path(__file__).resolve().parents[2]
DOC = str(ROOT / "examples" / "mss-release.txt")
REFERENCE: dict[str, Any] = json.loads(
    (ROOT / "tests" / "reference_answers" / "mss-release.json").read_text("utf-8")
)["briefing"]


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_without_a_model_prints_offline_facts_and_one_hint() -> None:
    result = run("summarize", DOC)
    assert result.exit_code == 0
    assert "Produced without a model" in result.stdout
    assert "Ministry of SMEs and Startups (MSS)" in result.stdout  # the glossary's name
    assert result.stderr.strip() == NO_MODEL_HINT
    assert (
        "OPENAI_API_KEY" in NO_MODEL_HINT
        and "OPENAI_BASE_URL" in NO_MODEL_HINT
        and "--offline" in NO_MODEL_HINT
    )


def test_offline_flag_silences_the_hint() -> None:
    result = run("summarize", DOC, "--offline", "--format", "markdown")
    assert result.exit_code == 0 and result.stderr == "" and "without a model" in result.stdout


def test_json_is_the_api_object() -> None:
    result = run("summarize", DOC, "--offline", "--format", "json", "--usage")
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == json.loads(summarize(DOC, offline=True).model_dump_json())
    assert printed["mode"] == "offline" and printed["briefing"] is None
    assert result.stderr.strip() == "usage: offline, no requests"


@pytest.fixture
def model_env(monkeypatch: pytest.MonkeyPatch, fake) -> Any:
    """Point the CLI at the fake endpoint: `model_env(replies)` -> the endpoint."""
    monkeypatch.setenv("OPENAI_BASE_URL", URL)

    def use(replies: list[Any]) -> Any:
        client, endpoint = fake(replies)
        monkeypatch.setattr("summarizer.llm.build_client", lambda cfg: client)
        return endpoint

    return use


def test_model_result_as_json_with_usage(model_env) -> None:
    model_env([completion(REFERENCE, usage=(2000, 500))])
    result = run("summarize", DOC, "--format", "json", "--usage", "--no-cache", "--no-log")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["mode"] == "model" and printed["briefing"]["title_ko"] == REFERENCE["title_ko"]
    assert (
        result.stderr.strip()
        == "usage: 1 request(s), 2000 prompt + 500 completion tokens, ~$0.0006"
    )


def test_strict_prints_then_exits_3(model_env) -> None:
    wrong = json.loads(json.dumps(REFERENCE))
    wrong["contacts"][0]["phone"] = "044-204-9999"
    model_env([completion(wrong)])
    result = run(
        "summarize",
        DOC,
        "--format",
        "json",
        "--strict",
        "--max-reasks",
        "0",
        "--no-cache",
        "--no-log",
    )
    assert result.exit_code == 3
    assert json.loads(result.stdout)["report"]["checks"]  # the result was printed first
    assert result.stderr.startswith("Error: 1 claim(s)") and result.stderr.count("\n") == 1


def test_model_error_is_one_line_exit_1(model_env) -> None:
    model_env([status(401)])
    result = run("summarize", DOC, "--no-cache", "--no-log")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: the server at") and result.stderr.count("\n") == 1


def test_a_failed_call_still_reports_its_usage_before_the_error(model_env) -> None:
    """Three answers that never parse cost three requests: --usage says so, then the Error line."""
    model_env([completion("{not json", usage=(1000, 50))] * 3)
    result = run("summarize", DOC, "--usage", "--no-cache", "--no-log", "--mode", "tools")
    assert result.exit_code == 1 and result.stdout == ""
    usage, error = result.stderr.splitlines()
    assert usage == "usage: 3 request(s), 3000 prompt + 150 completion tokens, ~$0.0005"
    assert error.startswith("Error: the model gave no valid briefing in 3 attempts")
    model_env([completion("{not json")] * 3)
    without = run("summarize", DOC, "--no-cache", "--no-log")  # no --usage: the Error line only
    assert without.stderr.count("\n") == 1 and without.stderr.startswith("Error: ")


def test_text_output_with_model(model_env) -> None:
    model_env([completion(REFERENCE)])
    result = run("summarize", DOC, "--no-cache", "--no-log")
    assert result.exit_code == 0 and "Offline result" not in result.stdout and result.stderr == ""


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--mode", "xml"], 2, "Invalid value for '--mode'"),
        (["--base-url", "localhost"], 2, "Invalid value for '--base-url'"),
        (["--reference-date", "17 July"], 2, "Invalid value for '--reference-date'"),
    ],
)
def test_bad_options(args: list[str], code: int, message: str) -> None:
    result = run("summarize", DOC, *args)
    assert result.exit_code == code and message in result.stderr


def test_missing_file_is_one_line() -> None:
    result = run("summarize", "no-such-file.txt", "--offline")
    assert (
        result.exit_code == 1
        and result.stderr.startswith("Error:")
        and result.stderr.count("\n") == 1
    )


def test_schema_prints_the_briefing_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Briefing" and "contacts" in schema["properties"]


def test_help_and_offline_summarize_do_not_import_the_model_stack(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from summarizer.cli import cli\n"
        "for args in (['summarize', '--help'], ['facts', '--help'], ['schema'], ['summarize', sys.argv[1]]):\n"
        "    try:\n"
        "        cli.main(args, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "bad = [m for m in ('openai', 'instructor') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, DOC], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr


def test_waiting_shows_elapsed_time_only_on_a_terminal(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import io
    import time

    from summarizer.cli.summarize_cmd import waiting

    with waiting(enabled=True):  # pytest's stderr is no terminal: nothing is drawn
        pass
    assert capsys.readouterr().err == ""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr("sys.stderr", fake)
    with waiting(enabled=True):
        time.sleep(0.3)
    assert "waiting for the model" in fake.getvalue()
