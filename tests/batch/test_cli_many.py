"""The CLI over many documents: summarize with several inputs, brief, logs, batch errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.logs import RequestLog

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_summarize_many_with_one_failure_exits_4_and_records_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "r.jsonl"
    res = _run(
        "summarize",
        str(EXAMPLES / "mss-release.txt"),
        str(empty),
        "--offline",
        "--out",
        str(out),
        "-q",
    )
    assert res.exit_code == 4, res.output  # type: ignore[attr-defined]
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["status"] for x in lines) == ["error", "ok"]
    assert "1 ok, 1 failed" in res.stderr  # type: ignore[attr-defined]
    again = _run(
        "summarize",
        str(EXAMPLES / "mss-release.txt"),
        str(empty),
        "--offline",
        "--out",
        str(out),
        "--resume",
        "-q",
    )
    assert "1 already done" in again.stderr  # type: ignore[attr-defined]


def test_summarize_many_all_failing_exits_1(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")  # two files: one named twice is one document
    res = _run(
        "summarize",
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "--offline",
        "-q",
        "--out",
        str(tmp_path / "o.jsonl"),
    )
    assert res.exit_code == 1 and "every document failed" in res.stderr  # type: ignore[attr-defined]


def test_summarize_many_json_lines_on_stdout(tmp_path: Path) -> None:
    res = _run(
        "summarize",
        str(EXAMPLES / "mss-release.txt"),
        str(EXAMPLES / "multi-party.txt"),
        "--offline",
        "--format",
        "json",
        "-q",
    )
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.splitlines()]  # type: ignore[attr-defined]
    assert [Path(x["path"]).name for x in lines] == ["mss-release.txt", "multi-party.txt"]


def test_brief_writes_markdown_and_html(tmp_path: Path) -> None:
    md = tmp_path / "brief.md"
    res = _run(
        "brief",
        str(EXAMPLES / "mss-release.txt"),
        str(EXAMPLES / "multi-party.txt"),
        "--offline",
        "-q",
        "-o",
        str(md),
        "--now",
        "2025-10-14T09:00",
    )
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    text = md.read_text(encoding="utf-8")
    assert "**Documents:** 2" in text and "EMBARGOED until 2025-10-14 11:00 KST" in text
    html = tmp_path / "review.html"
    res = _run("brief", str(EXAMPLES), "--offline", "-q", "-o", str(html))
    assert res.exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="hl hl-' in page
    assert "EMBARGOED" not in page  # judged at the real now: every example's embargo has passed


def test_brief_bad_now_is_a_usage_message(tmp_path: Path) -> None:
    res = _run("brief", str(EXAMPLES / "mss-release.txt"), "--offline", "--now", "tomorrow")
    assert res.exit_code == 2 and "Invalid value for '--now'" in res.stderr  # type: ignore[attr-defined]


def test_brief_missing_input_says_what_to_do(tmp_path: Path) -> None:
    res = _run("brief", str(tmp_path / "nope.txt"), "--offline")
    assert res.exit_code == 1 and "no such file or folder" in res.stderr  # type: ignore[attr-defined]


def test_logs_list_show_and_json(tmp_path: Path, monkeypatch: object) -> None:
    db = tmp_path / "logs.db"  # the autouse fixture points SUMMARIZER_LOG_DB here
    log = RequestLog(db)
    first = log.record(
        model="m1",
        request={"messages": [{"role": "user", "content": "보도자료 본문"}], "temperature": 0},
        response={"id": "r1"},
        attempt=1,
        doc_sha256="abc123",
    )
    log.record(model="m1", request={"messages": []}, error="RateLimitError: 429", attempt=2)
    res = _run("logs")
    assert res.exit_code == 0
    rows = res.stdout.splitlines()  # type: ignore[attr-defined]
    assert len(rows) == 2 and rows[0].startswith("#2") and "ERROR RateLimitError" in rows[0]
    shown = _run("logs", str(first))
    assert "보도자료 본문" in shown.stdout and '"temperature": 0' in shown.stdout  # type: ignore[attr-defined]
    as_json = json.loads(_run("logs", "--json", "-n", "1").stdout)  # type: ignore[attr-defined]
    assert [e["id"] for e in as_json] == [2]
    missing = _run("logs", "99")
    assert missing.exit_code == 1 and "no request #99" in missing.stderr  # type: ignore[attr-defined]
    assert _run("logs", "--path").stdout.strip() == str(db)  # type: ignore[attr-defined]


def test_logs_before_any_request(tmp_path: Path) -> None:
    res = _run("logs")
    assert res.exit_code == 0 and "No requests logged yet" in res.stderr  # type: ignore[attr-defined]


def test_batch_status_without_state(tmp_path: Path) -> None:
    res = _run("batch", "status", "--state", str(tmp_path / "missing.json"))
    assert res.exit_code == 1
    assert "run `summarizer batch submit` first" in res.stderr  # type: ignore[attr-defined]


def test_batch_submit_without_model_says_how_to_configure(tmp_path: Path) -> None:
    res = _run(
        "batch", "submit", str(EXAMPLES / "mss-release.txt"), "--state", str(tmp_path / "s.json")
    )
    assert res.exit_code == 1 and "OPENAI_API_KEY" in res.stderr  # type: ignore[attr-defined]
