"""A real crash: a batch process is SIGKILLed mid-run, then --resume finishes without redoing anything."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from summarizer.batch import run_batch
from summarizer.config import Config
from summarizer.models import Document, SummaryResult

# The child runs the real runner and JSONL writer; only the model call is a 0.1 s wait.
CHILD = """
import asyncio, sys
from summarizer.batch import run_batch
from summarizer.config import Config
from summarizer.extract import extract_facts
from summarizer.models import SummaryResult

async def slow(doc, config):
    await asyncio.sleep(0.1)
    return SummaryResult(mode="offline", facts=extract_facts(doc))

run_batch([sys.argv[1]], Config(concurrency=1, offline=True), out=sys.argv[2], summarize=slow, quiet=True)
"""


def _complete_lines(path: Path) -> list[dict[str, object]]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        with contextlib.suppress(ValueError):  # the line being written when the process died
            out.append(json.loads(raw))
    return out


def test_sigkill_then_resume(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(12):
        (docs / f"d{i:02d}.txt").write_text(
            f"보도자료\n기관{i}·협력사{i}, 업무협약 체결\n기관{i}은 2025년 3월 {i + 1}일 협약을 맺었다.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(docs), str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while len(_complete_lines(out)) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    saved = _complete_lines(out)
    assert 3 <= len(saved) < 12, "killed halfway"
    assert all(line["status"] == "ok" for line in saved)

    calls: list[str] = []

    async def counting(doc: Document, config: Config) -> SummaryResult:
        from summarizer.extract import extract_facts

        calls.append(Path(doc.source.path).name)
        return SummaryResult(mode="offline", facts=extract_facts(doc))

    report = run_batch(
        [docs], Config(offline=True), out=out, resume=True, summarize=counting, quiet=True
    )
    assert report.skipped == len(saved) and report.ok == 12 - len(saved) and report.failed == 0
    assert not set(calls) & {Path(str(line["path"])).name for line in saved}  # nothing twice
    lines = _complete_lines(out)
    assert len(lines) == 12 and len({line["sha256"] for line in lines}) == 12  # nothing lost
