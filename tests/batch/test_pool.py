"""Extraction in worker processes: the same results as in-process, and a safe fallback."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from summarizer.batch import pool as pool_module
from summarizer.batch import run_batch
from summarizer.batch.pool import ExtractPool, default_workers, fork_context, prepare_bytes
from summarizer.config import Config

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def _pid(_: int) -> int:
    return os.getpid()


def test_worker_results_equal_in_process_results() -> None:
    data = [(p.read_bytes(), str(p)) for p in EXAMPLES]
    pool = ExtractPool(2)
    assert pool._pool is not None  # pytest runs single-threaded: forking is allowed
    try:
        import asyncio

        async def both() -> list[tuple[object, object]]:
            pairs = []
            for raw, name in data:
                there = await pool.prepare(raw, name, "tools", "2025-10-14")
                here = prepare_bytes(raw, name, "tools", "2025-10-14")
                pairs.append((there, here))
            return pairs

        pairs = asyncio.run(both())
        # Some documents really went to another process.
        assert any(pid != os.getpid() for pid in pool._pool.map(_pid, range(4)))
    finally:
        pool.close(wait=True)
    for (text, facts, messages), (text2, facts2, messages2) in pairs:
        assert text == text2 and messages == messages2
        assert facts.model_dump() == facts2.model_dump()


def test_batch_with_workers_matches_batch_without(tmp_path: Path) -> None:
    config = Config(offline=True, concurrency=3)
    with_pool = run_batch(EXAMPLES, config, quiet=True, workers=2)
    without = run_batch(EXAMPLES, config, quiet=True, workers=0)
    assert with_pool.ok == without.ok == len(EXAMPLES)
    assert [r.model_dump() for r in with_pool.results] == [r.model_dump() for r in without.results]
    assert with_pool.texts == without.texts


def test_no_fork_while_other_threads_run() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert fork_context() is None
        pool = ExtractPool(2)
        assert pool._pool is None  # documents are prepared in this process instead
        import asyncio

        raw = EXAMPLES[0].read_bytes()
        text, facts, _ = asyncio.run(pool.prepare(raw, "x.txt", None, None))
        assert text and facts.facts
    finally:
        stop.set()
        thread.join()


def test_a_broken_pool_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    from concurrent.futures.process import BrokenProcessPool

    pool = ExtractPool(1)
    assert all(f.result(timeout=30) for f in pool._ready)  # warm: documents go to the worker

    async def broken(*args: object) -> object:
        raise BrokenProcessPool("a worker died")

    loop_calls: list[object] = []

    async def run() -> object:
        loop = asyncio.get_running_loop()
        monkeypatch.setattr(loop, "run_in_executor", lambda *a: loop_calls.append(a) or broken())
        return await pool.prepare(EXAMPLES[0].read_bytes(), "x.txt", None, None)

    _, facts, messages = asyncio.run(run())  # type: ignore[misc]
    assert loop_calls and pool._pool is None and facts.facts and messages is None


@pytest.mark.parametrize(
    ("documents", "env", "expected"),
    [(10, None, 0), (1000, "0", 0), (10, "3", 3)],
)
def test_default_workers(
    monkeypatch: pytest.MonkeyPatch, documents: int, env: str | None, expected: int
) -> None:
    if env is None:
        monkeypatch.delenv("SUMMARIZER_WORKERS", raising=False)
    else:
        monkeypatch.setenv("SUMMARIZER_WORKERS", env)
    assert default_workers(documents) == expected


def test_a_large_batch_gets_one_worker_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_WORKERS", raising=False)
    monkeypatch.setattr(pool_module.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert default_workers(pool_module.MIN_DOCUMENTS) == 2
    monkeypatch.setattr(pool_module.os, "sched_getaffinity", lambda _: {0}, raising=False)
    assert default_workers(10_000) == 0


def test_a_batch_cache_hit_is_found_by_hash_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.batch.realtime as realtime
    from summarizer.cache import ResultCache
    from summarizer.extract import extract_facts
    from summarizer.models import SummaryResult
    from summarizer.pipeline import result_key

    # An endpoint nobody listens on: any request would fail the document.
    config = Config(
        base_url="http://127.0.0.1:9/v1", mode="tools", cache_dir=tmp_path / "c", use_log=False
    )
    doc = EXAMPLES[0]
    stored = SummaryResult(mode="model", facts=extract_facts(doc), model=config.model)
    ResultCache(config.cache_dir).put(result_key(stored.facts.source.sha256, config), stored)

    def no(*args: object) -> None:
        raise AssertionError("a cache hit must not be extracted")

    monkeypatch.setattr(realtime, "prepare_bytes", no)
    out = tmp_path / "out.jsonl"
    light = run_batch([doc], config, quiet=True, out=out, keep_results=False, workers=0)
    assert (light.ok, light.cached, light.usage.requests) == (1, 1, 0)
    full = run_batch([doc], config, quiet=True, workers=0)
    assert full.results[0].facts == stored.facts and full.texts  # the text is read for pages
    # With another reference date it is another result: a miss, extracted (and refused here).
    missed = run_batch([doc], config, quiet=True, workers=0, reference_date="2024-01-02")
    assert missed.failed == 1 and "must not be extracted" in (missed.outcomes[0].error or "")


def test_an_unreadable_document_fails_alone_in_a_worker_too(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    config = Config(offline=True, concurrency=2)
    report = run_batch([*EXAMPLES[:2], tmp_path], config, quiet=True, workers=2)
    assert report.ok == 2 and report.failed == 2
    errors = sorted(o.error or "" for o in report.outcomes if o.status == "error")
    assert all(e.count("\n") == 0 and "Traceback" not in e for e in errors)
    assert "binary.txt" in errors[0] and "empty.txt: the file is empty" in errors[1]
