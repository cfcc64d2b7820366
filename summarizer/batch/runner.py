"""Many documents at once: bounded concurrency on asyncio, backing off on 429, JSONL as it goes."""

from __future__ import annotations

import asyncio
import stat
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from summarizer.batch.heap import batch_heap
from summarizer.batch.inputs import collect_inputs
from summarizer.batch.limiter import AIMDLimiter, rate_limit_of
from summarizer.batch.output import BatchLine, JsonlWriter, read_done
from summarizer.batch.pool import default_workers
from summarizer.batch.progress import BatchProgress
from summarizer.batch.realtime import RealtimePipeline
from summarizer.batch.report import BatchReport, DocOutcome
from summarizer.batch.sink import LineSink
from summarizer.config import Config
from summarizer.digest import sha256_hex
from summarizer.errors import InputError, SummarizerError
from summarizer.models import Document, SummaryResult, Usage

# What the runner calls per document; tests inject fakes, the default is the real pipeline.
SummarizeFn = Callable[[Document, Config], Awaitable[SummaryResult]]

RATE_LIMIT_REQUEUES = 6  # a document sent back this often after 429s is recorded as failed
# Documents in progress per request slot: while one waits for its request, another is read,
# prepared, verified or written. Requests in flight stay at most `concurrency` (the limiter);
# with one task per slot each slot also waited for the pool and the output's fsync in turn
# (1,000 documents at concurrency 16: ~19.9 s -> ~16.8 s on a loaded machine).
# With concurrency 1 documents go strictly one after another, in their order.
TASKS_PER_SLOT = 2


def _tasks(concurrency: int, documents: int) -> int:
    return min(concurrency if concurrency == 1 else TASKS_PER_SLOT * concurrency, documents)


def prompt_version_for(config: Config) -> str | None:
    """The prompt version results will carry: None offline (no prompt is sent)."""
    if config.offline or not config.has_model():
        return None
    from summarizer.prompting import prompt_version

    return prompt_version()


class _Tally:
    """The report's counts and usage, added up as documents finish (nothing kept per document)."""

    def __init__(self) -> None:
        self.ok = self.failed = self.skipped = self.cached = 0
        self.usage = Usage()

    def add(self, o: DocOutcome) -> None:
        self.ok += o.status == "ok"
        self.failed += o.status == "error"
        self.skipped += o.status == "skipped"
        if o.status == "error" and o.usage is not None:  # requests a failed document spent
            self.usage = self.usage.add(o.usage)
        if o.status != "ok":
            return
        usage = o.result.usage if o.result is not None else o.usage  # light: kept beside
        self.cached += o.result.cached if o.result is not None else o.cached
        if usage is not None:
            self.usage = self.usage.add(usage)


class _Run:
    """One batch in progress: the shared state of its workers."""

    def __init__(
        self,
        config: Config,
        summarize: SummarizeFn,
        limiter: AIMDLimiter,
        done: dict[tuple[str, str | None], BatchLine],
        version: str | None,
        writer: JsonlWriter | None,
        progress: BatchProgress,
        keep_results: bool = True,
    ) -> None:
        self.config, self.summarize, self.limiter = config, summarize, limiter
        self.done, self.version, self.writer, self.progress = done, version, writer, progress
        self.keep_results = keep_results or writer is None
        self.rate_limited = 0
        self.tally = _Tally()
        self.sink = LineSink(writer, self._line) if writer is not None else None

    def _line(self, outcome: DocOutcome) -> BatchLine:
        return BatchLine(
            path=outcome.path,
            sha256=outcome.sha256,
            prompt_version=self.version,
            status=outcome.status,  # type: ignore[arg-type]
            error=outcome.error,
            result=outcome.result,
        )

    async def one(self, path: Path | str) -> DocOutcome:
        from summarizer.reading.load import load_bytes

        try:
            if _small_file(path):  # a thread hop costs more event-loop time than the read
                data, _ = load_bytes(path)
            else:
                data, _ = await asyncio.to_thread(load_bytes, path)  # a large file, or a page
        except SummarizerError as exc:
            return DocOutcome(path=str(path), status="error", error=str(exc))
        except OSError as exc:
            return DocOutcome(
                path=str(path),
                status="error",
                error=f"cannot read {path} ({exc.strerror}): check the file",
            )
        sha = sha256_hex(data)
        previous = self.done.get((sha, self.version))
        if previous is not None:
            return DocOutcome(path=str(path), sha256=sha, status="skipped", result=previous.result)
        if isinstance(self.summarize, RealtimePipeline):
            return await self._realtime(self.summarize, path, sha, data)
        from summarizer.reading import read_document

        try:
            doc = await asyncio.to_thread(read_document, data, name=str(path))
        except SummarizerError as exc:
            return DocOutcome(path=str(path), sha256=sha, status="error", error=str(exc))
        return await self._summarize(path, sha, partial(self.summarize, doc, self.config), doc.text)

    async def _realtime(
        self, pipeline: RealtimePipeline, path: Path | str, sha: str, data: bytes
    ) -> DocOutcome:
        """The default pipeline: a cache hit by hash first, then extraction (in a worker)."""
        hit = pipeline.lookup(sha)
        try:
            if hit is not None:
                text = await self._text(data, path) if self.keep_results else None
                return DocOutcome(path=str(path), sha256=sha, status="ok", result=hit, text=text)
            text, prepared = await pipeline.prepare(data, str(path))
        except Exception as exc:
            return DocOutcome(path=str(path), sha256=sha, status="error", error=_message(exc))
        if isinstance(prepared, SummaryResult):  # offline: the facts are the result
            return DocOutcome(path=str(path), sha256=sha, status="ok", result=prepared, text=text)
        return await self._summarize(path, sha, partial(pipeline.call, prepared), text)

    @staticmethod
    async def _text(data: bytes, path: Path | str) -> str:
        from summarizer.reading import read_document

        return (await asyncio.to_thread(read_document, data, name=str(path))).text

    async def _summarize(
        self,
        path: Path | str,
        sha: str,
        call: Callable[[], Awaitable[SummaryResult]],
        text: str,
    ) -> DocOutcome:
        for _ in range(RATE_LIMIT_REQUEUES + 1):
            await self.limiter.acquire()
            try:
                result = await call()
            except Exception as exc:
                limited, wait = rate_limit_of(exc)
                await self.limiter.release(ok=False)
                if limited:
                    self.rate_limited += 1
                    self.limiter.congested(wait)
                    continue
                return DocOutcome(
                    path=str(path),
                    sha256=sha,
                    status="error",
                    error=_message(exc),
                    usage=spent(exc),
                )
            await self.limiter.release(ok=True)
            return DocOutcome(path=str(path), sha256=sha, status="ok", result=result, text=text)
        return DocOutcome(
            path=str(path),
            sha256=sha,
            status="error",
            error="the server kept rate-limiting (HTTP 429): lower --concurrency or try later",
        )

    async def worker(
        self, queue: asyncio.Queue[tuple[int, Path | str]], outcomes: list[DocOutcome | None]
    ) -> None:
        while True:
            try:
                index, path = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            outcome = await self.one(path)
            if self.sink is not None and outcome.status != "skipped":
                await self.sink.put(outcome)  # durable before the document counts as done
            if not self.keep_results:
                outcome = outcome.light()
            self.tally.add(outcome)
            if self.keep_results or outcome.status == "error" or outcome.verified is False:
                outcomes[index] = outcome  # (with -o, a finished one is in the file, not here)
            self.progress.advance(outcome.status)


INLINE_READ = 256 * 1024  # files up to this size are read on the event loop (~20 µs)


def _small_file(path: Path | str) -> bool:
    """A regular file (not a pipe or device, which could block) of at most INLINE_READ bytes."""
    if not isinstance(path, Path):
        return False
    try:
        info = path.stat()
        return stat.S_ISREG(info.st_mode) and info.st_size <= INLINE_READ
    except OSError:
        return False  # load_bytes says what is wrong, in the thread as before


def _message(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, SummarizerError) else f"{type(exc).__name__}: {exc}"


def spent(exc: BaseException) -> Usage | None:
    """What a failed model call spent (ModelError.usage), for the batch's totals."""
    usage = getattr(exc, "usage", None)
    return usage if isinstance(usage, Usage) else None


async def arun_batch(
    sources: Iterable[str | Path],
    config: Config,
    *,
    out: str | Path | None = None,
    resume: bool = False,
    quiet: bool = False,
    summarize: SummarizeFn | None = None,
    reference_date: date | str | None = None,
    keep_results: bool = True,
    workers: int | None = None,
) -> BatchReport:
    """Summarise every document named by `sources`; a failed document is recorded and skipped.

    `summarize` replaces the pipeline (tests, custom callers); `reference_date` and `workers`
    apply only to the default pipeline. `workers` is how many processes read and extract
    documents off the event loop (None: one per core for a batch of 64 documents or more,
    SUMMARIZER_WORKERS overriding; 0: none). With `out` and `keep_results=False` the report
    keeps the counts and usage, and the outcomes (without results) of only the documents that
    failed or did not verify: the rest are in the file, and memory stays flat.
    """
    paths = collect_inputs(sources)
    from summarizer.reading.load import max_bytes

    max_bytes()  # a bad SUMMARIZER_MAX_BYTES fails the batch once, not each document
    if resume and out is None:
        raise InputError(
            "--resume needs --out FILE.jsonl: the file that holds the finished documents"
        )
    out_path = Path(out) if out is not None else None
    version = prompt_version_for(config)
    done = read_done(out_path, with_results=keep_results) if resume and out_path is not None else {}
    with batch_heap():  # the heap as it is now is not scanned again during the batch
        limiter = AIMDLimiter(config.concurrency)
        if summarize is None:
            if workers is None:
                workers = default_workers(len(paths))
            run_fn: SummarizeFn = RealtimePipeline(config, limiter, reference_date, workers=workers)
        else:
            run_fn = summarize
        try:
            writer = JsonlWriter(out_path, append=resume) if out_path is not None else None
        except SummarizerError:
            close = getattr(run_fn, "aclose", None)
            if close is not None:
                await close()  # the worker processes started for nothing: stop them
            raise
        queue: asyncio.Queue[tuple[int, Path | str]] = asyncio.Queue()
        for item in enumerate(paths):
            queue.put_nowait(item)
        outcomes: list[DocOutcome | None] = [None] * len(paths)
        started = time.perf_counter()
        with BatchProgress(len(paths), quiet=quiet) as progress:
            run = _Run(config, run_fn, limiter, done, version, writer, progress, keep_results)
            try:
                tasks = [
                    asyncio.create_task(run.worker(queue, outcomes))
                    for _ in range(_tasks(config.concurrency, len(paths)))
                ]
                await asyncio.gather(*tasks)
            finally:
                if run.sink is not None:
                    run.sink.close()
                if writer is not None:
                    writer.close()
                close = getattr(run_fn, "aclose", None)
                if close is not None:
                    await close()
    report = BatchReport(
        total=len(paths),
        ok=run.tally.ok,
        failed=run.tally.failed,
        skipped=run.tally.skipped,
        cached=run.tally.cached,
        outcomes=[o for o in outcomes if o is not None],
        seconds=round(time.perf_counter() - started, 3),
        rate_limited=run.rate_limited,
        backoffs=limiter.decreases,
        lowest_concurrency=limiter.lowest,
        out=str(out_path) if out_path else None,
    )
    report.usage = run.tally.usage
    return report


def run_batch(sources: Iterable[str | Path], config: Config, **options: Any) -> BatchReport:
    """The synchronous entry point of `arun_batch` (not from inside a running event loop)."""
    reports: list[BatchReport] = []

    async def main() -> None:
        # The report is not the main task's result: on its way out asyncio.run reprs that task
        # (restoring the SIGINT handler), and the repr of a thousand results takes a second.
        reports.append(await arun_batch(sources, config, **options))

    asyncio.run(main())
    return reports[0]


__all__ = [
    "BatchReport",
    "DocOutcome",
    "SummarizeFn",
    "arun_batch",
    "prompt_version_for",
    "run_batch",
]
