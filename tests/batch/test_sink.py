"""Lines to --out: in order, durable before a document counts as done, one fsync per group."""

from __future__ import annotations

import asyncio
import errno
import gc
import json
import time
from pathlib import Path

import pytest

from summarizer.batch.heap import BATCH_THRESHOLD, batch_heap
from summarizer.batch.output import BatchLine, JsonlWriter
from summarizer.batch.report import DocOutcome
from summarizer.batch.sink import LineSink
from summarizer.errors import ConfigError


def _line(outcome: DocOutcome) -> BatchLine:
    return BatchLine(path=outcome.path, sha256=outcome.sha256, status="error", error="x")


def _outcomes(n: int) -> list[DocOutcome]:
    return [
        DocOutcome(path=f"doc{i}.txt", sha256=f"{i:064d}", status="error", error="x")
        for i in range(n)
    ]


async def _put_all(sink: LineSink, outcomes: list[DocOutcome]) -> list[BaseException | None]:
    async def one(o: DocOutcome, delay: float) -> None:
        await asyncio.sleep(delay)
        await sink.put(o)

    results = await asyncio.gather(
        *(one(o, i * 0.001) for i, o in enumerate(outcomes)), return_exceptions=True
    )
    return [r if isinstance(r, BaseException) else None for r in results]


def test_lines_arrive_in_order_with_fewer_syncs_than_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syncs: list[int] = []

    def slow_fsync(fd: int) -> None:
        syncs.append(fd)
        time.sleep(0.02)  # a busy disk: lines finish faster than it syncs

    monkeypatch.setattr("summarizer.batch.output.os.fsync", slow_fsync)
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out, append=False)
    sink = LineSink(writer, _line)
    outcomes = _outcomes(40)
    errors = asyncio.run(_put_all(sink, outcomes))
    sink.close()
    writer.close()
    assert errors == [None] * 40
    paths = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert paths == [o.path for o in outcomes]
    assert 1 <= len(syncs) < 40


def test_a_failed_sync_fails_every_waiting_line_and_leaves_whole_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out, append=False)
    writer.write({"kept": 1})

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("summarizer.batch.output.os.fsync", no_space)
    sink = LineSink(writer, _line)
    errors = asyncio.run(_put_all(sink, _outcomes(10)))
    sink.close()
    writer.close()
    assert all(isinstance(e, ConfigError) for e in errors)
    assert "No space left on device" in str(errors[0]) and "--resume" in str(errors[0])
    assert out.read_text(encoding="utf-8") == '{"kept": 1}\n'


def test_the_heap_is_frozen_during_a_batch_and_restored_after() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with batch_heap():
        assert gc.get_freeze_count() > frozen
        assert gc.get_threshold()[0] >= BATCH_THRESHOLD
        with batch_heap():  # a nested batch changes nothing and restores nothing
            pass
        assert gc.get_threshold()[0] >= BATCH_THRESHOLD
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
