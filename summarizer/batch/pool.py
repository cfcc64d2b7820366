"""Reading, facts, the prompt and verification in worker processes: the event loop only sends.

A batch's event loop is one thread: every millisecond of extraction there delays every request
in flight. Worker processes take the deterministic work (reading, `extract_facts`, the glossary
terms and the rendered messages) onto the other cores; what comes back is the text, the facts
and the messages, about 10 KiB pickled (~0.2 ms) against ~5 ms of extraction. Each answer's
verification (~2 ms) goes the same way (`verify_answer`), the text and facts sent along.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from summarizer.models import FactsResult, VerificationReport

# (indexed text, facts, messages or None offline)
Prepared = tuple[str, FactsResult, list[dict[str, str]] | None]

# Below this many documents a batch is over before a pool pays for its start.
MIN_DOCUMENTS = 64


def prepare_bytes(data: bytes, name: str, mode: str | None, reference_date: str | None) -> Prepared:
    """Read and extract one document; with `mode`, also render its messages for that mode."""
    from summarizer.extract import extract_facts
    from summarizer.pipeline import messages_for
    from summarizer.reading import read_document

    doc = read_document(data, name=name)
    facts = extract_facts(doc, reference_date=reference_date)
    messages = messages_for(doc.text, facts, mode) if mode is not None else None
    return doc.text, facts, messages


def verify_answer(
    answer: str, text: str, facts: FactsResult
) -> tuple[str, VerificationReport] | None:
    """The candidate briefing in an answer's JSON text, as its `model_dump_json()`, and its
    verification report; None when it does not parse (the caller's validation says why).

    The candidate is built as the grounding validator builds it (parsed, dumped, validated
    again as a plain Briefing), so the dump matches the one it looks the report up by."""
    from pydantic import ValidationError

    from summarizer.models import Briefing
    from summarizer.verify import verify_briefing

    try:
        plain = Briefing.model_validate(Briefing.model_validate_json(answer).model_dump())
    except (ValidationError, ValueError):
        return None
    return plain.model_dump_json(), verify_briefing(plain, text, facts)


def _ignore_interrupts() -> None:
    """Ctrl-C is the batch's to handle (it stops the workers and prints how to resume): a worker
    that took it too would print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm() -> bool:
    """Import and compile everything once, so the first document pays no start-up."""
    sample = (
        "보도자료\n2025. 1. 2.\n\n가나다·라마바, 업무협약 체결\n가나다는 2일 업무협약을 체결했다.\n"
    )
    prepare_bytes(sample.encode("utf-8"), "<warm-up>", "tools", None)
    return True


def fork_context() -> BaseContext | None:
    """Forking, where it is safe: a POSIX system and a process with no other thread yet.

    Not spawn or forkserver: those run the caller's main script again in every worker, which
    breaks any script without an `if __name__ == "__main__":` guard. A forked worker starts in
    milliseconds with everything imported; forking while other threads run could deadlock it
    on a lock one of them held, so then there is no pool.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return None
    return multiprocessing.get_context("fork")


def default_workers(documents: int) -> int:
    """How many worker processes a batch of `documents` gets: none for a small batch or a single
    core; otherwise one per core (SUMMARIZER_WORKERS overrides, 0 turns the pool off)."""
    raw = os.environ.get("SUMMARIZER_WORKERS", "").strip()
    if raw.isdigit():
        return int(raw)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if documents < MIN_DOCUMENTS or not cores or cores < 2:
        return 0
    return cores


class ExtractPool:
    """Worker processes for `prepare_bytes`; until they have started, or after they broke,
    documents are prepared in this process instead (same function, same result)."""

    def __init__(self, workers: int) -> None:
        context = fork_context()
        self._pool: ProcessPoolExecutor | None = None
        self._ready: list[Future[bool]] = []
        if context is None:
            return  # no safe way to start workers here: everything runs in this process
        _warm()  # imported and compiled before the fork, so the workers inherit it all
        self._pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_ignore_interrupts
        )
        self._ready = [self._pool.submit(_warm) for _ in range(workers)]

    def _usable(self) -> bool:
        return self._pool is not None and all(f.done() for f in self._ready)

    async def prepare(
        self, data: bytes, name: str, mode: str | None, reference_date: str | None
    ) -> Prepared:
        """`prepare_bytes` in a worker once they are warm, else in this process."""
        if self._usable():
            assert self._pool is not None
            loop = asyncio.get_running_loop()
            try:
                return await loop.run_in_executor(
                    self._pool, prepare_bytes, data, name, mode, reference_date
                )
            except BrokenProcessPool:
                self.close()  # a worker died (out of memory?): go on in this process
        return prepare_bytes(data, name, mode, reference_date)

    async def verify(
        self, answer: str, text: str, facts: FactsResult
    ) -> tuple[str, VerificationReport] | None:
        """`verify_answer` in a worker; None when no worker is ready (the caller verifies)."""
        if not self._usable():
            return None
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, verify_answer, answer, text, facts)
        except BrokenProcessPool:
            self.close()
            return None

    def close(self, *, wait: bool = False) -> None:
        """Stop the workers (queued work is cancelled; nothing is queued once a batch is done)."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


__all__ = ["ExtractPool", "default_workers", "fork_context", "prepare_bytes", "verify_answer"]
