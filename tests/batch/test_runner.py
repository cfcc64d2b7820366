"""The batch runner with injected summarize functions: failures, resume, 429 storms, limits."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import ClassVar

import pytest

from summarizer.batch import AIMDLimiter, arun_batch, collect_inputs, read_done, run_batch
from summarizer.batch.limiter import rate_limit_of
from summarizer.batch.runner import RATE_LIMIT_REQUEUES
from summarizer.config import Config
from summarizer.errors import InputError, ModelError
from summarizer.models import Document, SummaryResult, Usage


def _docs(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"doc{i:03d}.txt"
        p.write_text(f"보도자료 {i}\n중소벤처기업부는 {i}일 협약을 체결했다.\n", encoding="utf-8")
        paths.append(p)
    return paths


def _config(concurrency: int = 4) -> Config:
    return Config(concurrency=concurrency, offline=True)


class Fake:
    """A summarize function that counts calls and can fail, stall or rate-limit on cue."""

    def __init__(self, fail: str | None = None, delay: float = 0.0) -> None:
        self.calls: list[str] = []
        self.fail = fail
        self.delay = delay
        self.active = 0
        self.peak = 0

    async def __call__(self, doc: Document, config: Config) -> SummaryResult:
        self.calls.append(doc.source.path)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await asyncio.sleep(self.delay)
            if self.fail and self.fail in doc.source.path:
                raise ModelError("the model server kept failing (HTTP 500): try again later")
            from summarizer.extract import extract_facts

            return SummaryResult(mode="offline", facts=extract_facts(doc))
        finally:
            self.active -= 1


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_failing_document_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    _docs(tmp_path / "in", 5)
    fake = Fake(fail="doc002")
    out = tmp_path / "results.jsonl"
    report = run_batch([tmp_path / "in"], _config(), out=out, summarize=fake, quiet=True)
    assert (report.total, report.ok, report.failed) == (5, 4, 1)
    lines = _lines(out)
    assert len(lines) == 5
    bad = [line for line in lines if line["status"] == "error"]
    assert len(bad) == 1 and bad[0]["path"].endswith("doc002.txt")
    assert "HTTP 500" in bad[0]["error"] and bad[0]["result"] is None
    good = [line for line in lines if line["status"] == "ok"]
    assert all(line["result"]["facts"]["source"]["sha256"] == line["sha256"] for line in good)
    assert set(lines[0]) == {"path", "sha256", "prompt_version", "status", "error", "result"}


def test_requests_a_failed_document_spent_count_in_the_batch_usage(tmp_path: Path) -> None:
    """A document whose answers never parsed still cost its requests: the totals say so."""
    _docs(tmp_path / "in", 3)

    class Spending(Fake):
        async def __call__(self, doc: Document, config: Config) -> SummaryResult:
            if "doc001" in doc.source.path:
                exc = ModelError("the model gave no valid briefing in 3 attempts")
                exc.usage = Usage(requests=3, prompt_tokens=3000, completion_tokens=150)
                raise exc
            return await super().__call__(doc, config)

    for keep in (True, False):
        report = run_batch(
            [tmp_path / "in"],
            _config(),
            out=tmp_path / f"r{keep}.jsonl",
            summarize=Spending(),
            quiet=True,
            keep_results=keep,
        )
        assert (report.ok, report.failed) == (2, 1)
        assert (report.usage.requests, report.usage.prompt_tokens) == (3, 3000)


def test_unreadable_document_is_a_recorded_failure(tmp_path: Path) -> None:
    paths = _docs(tmp_path, 2)
    (tmp_path / "empty.txt").write_bytes(b"")
    report = run_batch([*paths, tmp_path / "empty.txt"], _config(), summarize=Fake(), quiet=True)
    assert (report.ok, report.failed) == (2, 1)
    assert "empty" in (report.outcomes[2].error or "")


def test_killed_halfway_then_resumed_loses_nothing_and_repeats_nothing(tmp_path: Path) -> None:
    _docs(tmp_path / "in", 10)
    out = tmp_path / "results.jsonl"

    class Crash(Fake):
        async def __call__(self, doc: Document, config: Config) -> SummaryResult:
            if len(self.calls) == 4:
                raise KeyboardInterrupt  # as if Ctrl-C arrived during the fifth document
            return await super().__call__(doc, config)

    first = Crash()
    with pytest.raises(KeyboardInterrupt):
        run_batch([tmp_path / "in"], _config(concurrency=1), out=out, summarize=first, quiet=True)
    saved = _lines(out)
    assert len(saved) == 4 and all(line["status"] == "ok" for line in saved)

    second = Fake()
    report = run_batch(
        [tmp_path / "in"],
        _config(concurrency=3),
        out=out,
        resume=True,
        summarize=second,
        quiet=True,
    )
    assert (report.skipped, report.ok, report.failed) == (4, 6, 0)
    assert len(second.calls) == 6
    assert not set(second.calls) & set(first.calls)
    lines = _lines(out)
    assert len(lines) == 10 and len({line["sha256"] for line in lines}) == 10
    # A third run has nothing left to do; results of skipped documents are still reported.
    third = Fake()
    again = run_batch(
        [tmp_path / "in"], _config(), out=out, resume=True, summarize=third, quiet=True
    )
    assert third.calls == [] and again.skipped == 10 and len(again.results) == 10


def test_cut_line_at_the_end_is_redone_on_resume(tmp_path: Path) -> None:
    _docs(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    run_batch([tmp_path / "in"], _config(), out=out, summarize=Fake(), quiet=True)
    text = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(text[:2]) + "\n" + text[2][: len(text[2]) // 2], encoding="utf-8")
    fake = Fake()
    report = run_batch(
        [tmp_path / "in"], _config(), out=out, resume=True, summarize=fake, quiet=True
    )
    assert len(fake.calls) == 1 and report.skipped == 2
    assert len(read_done(out)) == 3


def test_a_light_resume_holds_no_earlier_result(tmp_path: Path) -> None:
    _docs(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    run_batch([tmp_path / "in"], _config(), out=out, summarize=Fake(), quiet=True)
    assert all(line.result is not None for line in read_done(out).values())
    assert all(line.result is None for line in read_done(out, with_results=False).values())
    report = run_batch(
        [tmp_path / "in"],
        _config(),
        out=out,
        resume=True,
        summarize=Fake(),
        quiet=True,
        keep_results=False,
    )
    assert report.skipped == 3 and not report.results
    full = run_batch(
        [tmp_path / "in"], _config(), out=out, resume=True, summarize=Fake(), quiet=True
    )
    assert full.skipped == 3 and len(full.results) == 3  # kept results come from the file


def test_failed_documents_are_retried_on_resume(tmp_path: Path) -> None:
    _docs(tmp_path / "in", 3)
    out = tmp_path / "results.jsonl"
    run_batch([tmp_path / "in"], _config(), out=out, summarize=Fake(fail="doc001"), quiet=True)
    fake = Fake()
    report = run_batch(
        [tmp_path / "in"], _config(), out=out, resume=True, summarize=fake, quiet=True
    )
    assert [Path(p).name for p in fake.calls] == ["doc001.txt"]
    assert (report.ok, report.skipped, report.failed) == (1, 2, 0)


def test_edited_document_is_done_again_on_resume(tmp_path: Path) -> None:
    paths = _docs(tmp_path / "in", 2)
    out = tmp_path / "results.jsonl"
    run_batch([tmp_path / "in"], _config(), out=out, summarize=Fake(), quiet=True)
    paths[0].write_text("보도자료 수정본\n", encoding="utf-8")
    fake = Fake()
    run_batch([tmp_path / "in"], _config(), out=out, resume=True, summarize=fake, quiet=True)
    assert [Path(p).name for p in fake.calls] == ["doc000.txt"]


def test_concurrency_is_bounded(tmp_path: Path) -> None:
    _docs(tmp_path, 12)
    fake = Fake(delay=0.02)
    report = run_batch([tmp_path], _config(concurrency=3), summarize=fake, quiet=True)
    assert report.ok == 12 and fake.peak == 3


class RateLimited(Exception):
    """What the transport raises when the server says 429, with its Retry-After."""

    status_code = 429

    def __init__(self, retry_after: float) -> None:
        super().__init__("HTTP 429")
        self.retry_after = retry_after


def test_429_storm_backs_off_and_every_document_finishes(tmp_path: Path) -> None:
    _docs(tmp_path, 20)

    class Storm(Fake):
        """The server allows 2 requests at once; above that it answers 429, Retry-After 0.05 s.

        The storm passes after 6 refusals, so no document can exhaust its requeues however a
        loaded machine orders the requests (the test is about backing off, not giving up)."""

        def __init__(self) -> None:
            super().__init__(delay=0.01)
            self.limited = 0

        async def __call__(self, doc: Document, config: Config) -> SummaryResult:
            if self.active >= 2 and self.limited < RATE_LIMIT_REQUEUES:
                self.limited += 1
                raise ModelError("kept rate-limiting") from RateLimited(0.05)
            return await super().__call__(doc, config)

    storm = Storm()
    report = asyncio.run(
        arun_batch([tmp_path], _config(concurrency=8), summarize=storm, quiet=True)
    )
    assert (report.ok, report.failed) == (20, 0)
    assert storm.limited >= 1 and report.rate_limited == storm.limited
    assert report.lowest_concurrency <= 4  # halved at least once from 8
    assert report.backoffs >= 1


def test_endless_429_becomes_a_recorded_failure(tmp_path: Path) -> None:
    _docs(tmp_path, 1)

    async def always(doc: Document, config: Config) -> SummaryResult:
        raise RateLimited(0.0)

    report = run_batch([tmp_path], _config(), summarize=always, quiet=True)
    assert report.failed == 1 and "rate-limiting" in (report.outcomes[0].error or "")


def test_limiter_halves_once_per_burst_and_grows_back() -> None:
    async def scenario() -> AIMDLimiter:
        limiter = AIMDLimiter(8, cooldown=10.0)
        for _ in range(5):
            limiter.congested()
        assert limiter.limit == 4 and limiter.decreases == 1
        for _ in range(12):
            await limiter.acquire()
            await limiter.release(ok=True)
        return limiter

    limiter = asyncio.run(scenario())
    assert 6 < limiter.limit <= 8


def test_limiter_pauses_new_starts_for_retry_after() -> None:
    async def scenario() -> float:
        limiter = AIMDLimiter(2)
        loop = asyncio.get_running_loop()
        limiter.congested(0.1)
        start = loop.time()
        await limiter.acquire()
        return loop.time() - start

    assert asyncio.run(scenario()) >= 0.09


def test_rate_limit_found_in_cause_chain_with_header() -> None:
    class Response:
        headers: ClassVar[dict[str, str]] = {"retry-after": "2"}

    class ApiError(Exception):
        status_code = 429
        response = Response()

    try:
        try:
            raise ApiError("slow down")
        except ApiError as inner:
            raise ModelError("kept rate-limiting") from inner
    except ModelError as exc:
        assert rate_limit_of(exc) == (True, 2.0)
    assert rate_limit_of(ModelError("other")) == (False, None)

    class NoQuota(Exception):
        status_code = 429
        body: ClassVar[dict[str, object]] = {"error": {"code": "insufficient_quota"}}

    assert rate_limit_of(NoQuota("no credit")) == (False, None)


def test_inputs_files_folders_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.txt", "a/b/y.html", "a/b/z.pdf", "a/b/skip.json", "a/.hidden.txt", "w.hwpx"):
        (tmp_path / name).write_text("x")
    found = collect_inputs([tmp_path / "a", str(tmp_path / "*.hwpx"), tmp_path / "a" / "x.txt"])
    assert [p.name for p in found] == ["y.html", "z.pdf", "x.txt", "w.hwpx"]
    with pytest.raises(InputError, match="no such file"):
        collect_inputs([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="stdin"):
        collect_inputs(["-", tmp_path / "a"])
    with pytest.raises(InputError, match="matches no file"):
        collect_inputs([str(tmp_path / "*.docx")])


def test_resume_needs_out(tmp_path: Path) -> None:
    _docs(tmp_path, 1)
    with pytest.raises(InputError, match="--out"):
        run_batch([tmp_path], _config(), resume=True, summarize=Fake())


def test_with_out_and_keep_results_off_the_report_holds_no_results(tmp_path: Path) -> None:
    docs = _docs(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    report = run_batch(docs, _config(), out=out, quiet=True, keep_results=False)
    assert report.ok == 5 and report.results == []
    assert report.outcomes == [], "a finished document is in the file, not in memory"
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5 and all(line["result"] for line in lines), "the results are in the file"


class Priced(Fake):
    """Every answer used one request of 10 + 5 tokens; the document named `bad` fails to verify."""

    async def __call__(self, doc: Document, config: Config) -> SummaryResult:
        from summarizer.models import ClaimCheck, Usage, VerificationReport

        result = await super().__call__(doc, config)
        checks = [ClaimCheck(field="title_en", kind="text", claim="x", status="unsupported")]
        return result.model_copy(
            update={
                "usage": Usage(requests=1, prompt_tokens=10, completion_tokens=5),
                "report": VerificationReport(checks=checks if "bad" in doc.source.path else []),
            }
        )


def test_with_out_and_keep_results_off_counts_and_usage_add_up_and_problems_are_kept(
    tmp_path: Path,
) -> None:
    _docs(tmp_path / "in", 6)
    (tmp_path / "in" / "doc001.txt").rename(tmp_path / "in" / "bad001.txt")
    out = tmp_path / "out.jsonl"
    report = run_batch(
        [tmp_path / "in"], _config(), out=out, summarize=Priced(fail="doc004"), quiet=True,
        keep_results=False,
    )  # fmt: skip
    assert (report.total, report.ok, report.failed) == (6, 5, 1)
    assert (report.usage.requests, report.usage.prompt_tokens) == (5, 50)
    kept = {Path(o.path).name: o for o in report.outcomes}
    assert set(kept) == {"bad001.txt", "doc004.txt"}, "only what failed or did not verify is kept"
    assert kept["bad001.txt"].verified is False and kept["bad001.txt"].result is None
    assert kept["doc004.txt"].status == "error" and "HTTP 500" in (kept["doc004.txt"].error or "")
    full = run_batch(
        [tmp_path / "in"], _config(), summarize=Priced(fail="doc004"), quiet=True
    )  # without -o every outcome is kept, with its result, and the totals are the same
    assert len(full.outcomes) == 6 and len(full.results) == 5
    assert (full.ok, full.failed, full.usage.requests) == (5, 1, 5)
