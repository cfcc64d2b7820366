"""Web pages in a Batch API job: submitted, then collected and verified against the page again.

The page comes from a local HTTP server and the Batch API from tools/fake_openai.py, both on
loopback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reading"))

from pages import RELEASE_PAGE, Route, serve  # noqa: E402

from summarizer.cli import cli  # noqa: E402

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def test_a_page_is_submitted_and_collected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_openai_fallback_url: str
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai_fallback_url)
    state, out = tmp_path / "job.json", tmp_path / "results.jsonl"
    with serve({"/news/1": Route(RELEASE_PAGE.encode("utf-8"))}) as site:
        url = f"{site}/news/1"
        submitted = CliRunner().invoke(cli, ["batch", "submit", url, "--state", str(state)])
        assert submitted.exit_code == 0, submitted.output
        collected = CliRunner().invoke(
            cli, ["batch", "collect", "--state", str(state), "-o", str(out), "-q"]
        )
    assert collected.exit_code == 0, collected.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [line["path"] for line in lines] == [url]
    assert lines[0]["status"] == "ok" and "gone" not in (lines[0]["error"] or "")
