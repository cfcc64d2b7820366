"""The CLI (`brief --group`, `--json`), the Python API and the rendered briefings agree."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result
from event_reports import offline_results

import summarizer
from summarizer.cli import cli
from summarizer.render import render_grouped


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _cli_partition(payload: dict[str, list[dict[str, object]]]) -> set[frozenset[str]]:
    return {
        frozenset(Path(str(s["path"])).name for s in e["sources"])  # type: ignore[attr-defined]
        for e in payload["events"]
    }


def test_group_events_is_exported() -> None:
    assert "group_events" in summarizer.__all__


def test_cli_json_has_the_api_decisions(report_paths: list[Path]) -> None:
    res = _run("brief", *map(str, report_paths), "--offline", "--no-cache", "-q", "--json")
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    api = summarizer.group_events(offline_results(report_paths))
    want = {frozenset(Path(s.path).name for s in e.sources) for e in api.events}
    assert _cli_partition(payload) == want
    assert all(
        set(s) >= {"path", "outlet", "published"} for e in payload["events"] for s in e["sources"]
    )


def test_cli_json_lists_failed_inputs_once(report_paths: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = _run("brief", str(report_paths[0]), str(empty), "--offline", "--no-cache", "-q", "--json")
    assert res.exit_code == 4
    paths = [s["path"] for e in json.loads(res.stdout)["events"] for s in e["sources"]]
    assert sorted(Path(p).name for p in paths) == ["empty.txt", "release.txt"]


def test_group_none_keeps_one_event_per_document(report_paths: list[Path]) -> None:
    res = _run(
        "brief",
        *map(str, report_paths),
        "--offline",
        "--no-cache",
        "-q",
        "--json",
        "--group",
        "none",
    )
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["events"]) == len(report_paths)


def test_markdown_default_is_grouped_for_many(report_paths: list[Path]) -> None:
    res = _run(
        "brief",
        *map(str, report_paths),
        "--offline",
        "--no-cache",
        "-q",
        "--now",
        "2025-06-01T09:00",
    )
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "**Events:** 4" in out and "**Documents:** 8" in out
    assert "Where the sources disagree" in out and "박도연" in out and "박도윤" in out
    assert "the issuer's own release · facts from here" in out
    flat = _run(
        "brief", *map(str, report_paths), "--offline", "--no-cache", "-q", "--group", "none"
    )
    assert "**Events:**" not in flat.stdout and "**Documents:** 8" in flat.stdout


def test_review_page_switches_between_sources(report_paths: list[Path]) -> None:
    results = offline_results(report_paths)
    grouping = summarizer.group_events(results)
    html = render_grouped(results, grouping, "html")
    assert html.count('role="tab"') == len(report_paths)
    assert html.count('role="tabpanel"') == len(report_paths)
    assert 'class="span-link"' in html and "function showPane" in html
    assert "<script src" not in html and "http" not in html.split("<body>")[0]


def test_python_brief_groups_like_the_cli(report_paths: list[Path]) -> None:
    text = summarizer.brief([str(p) for p in report_paths], offline=True, use_cache=False)
    assert "**Events:** 4" in text and "Where the sources disagree" in text
    flat = summarizer.brief([str(p) for p in report_paths], offline=True, group="none")
    assert "**Events:**" not in flat


def test_results_without_text_group_from_their_briefing_or_structure(
    report_paths: list[Path],
) -> None:
    results = offline_results(report_paths)
    for r in results:
        r.facts.source.path = "-"  # as read from stdin: never read again
    grouping = summarizer.group_events(results)
    assert sum(len(e.sources) for e in grouping.events) == len(results)
