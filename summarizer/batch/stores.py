"""The request log and the result cache of a batch, written by one thread in groups.

Storing a row is a SQLite transaction (~0.3 ms, and several ms while the disk is busy or
another process holds the file) that the event loop would wait for, once per request for the
log and once per result for the cache, while every request in flight waits with it. In a batch
each write is queued where it happens and one thread stores what has queued up, one
transaction per group. A store that cannot be written warns once and the batch goes on, as
before: the result is already paid for and still goes to the output. `close` stores what is
left before the batch reports. Reads (cache look-ups) stay where they are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Generic, TypeVar

from summarizer.cache import ResultCache
from summarizer.errors import ConfigError
from summarizer.logs import RequestLog
from summarizer.models import SummaryResult

Item = TypeVar("Item")


class Background(Generic[Item]):
    """Items queued from any thread, handed to `store` in groups by one writer thread."""

    def __init__(self, name: str, store: Callable[[list[Item]], None]) -> None:
        self._store = store
        self._items: list[Item] = []
        self._lock = threading.Lock()
        self._scheduled = False
        # Started at the first item, not here: the batch forks its workers after this.
        self._thread = ThreadPoolExecutor(1, name)

    def add(self, item: Item) -> None:
        with self._lock:
            self._items.append(item)
            if self._scheduled:
                return
            self._scheduled = True
        self._thread.submit(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                items, self._items = self._items, []
                if not items:
                    self._scheduled = False
                    return
            self._store(items)

    def close(self) -> None:
        """Wait until every item queued so far is stored."""
        self._thread.shutdown(wait=True)


class QueuedLog(RequestLog):
    """A RequestLog whose `record` queues the row and returns 0 (ids are not known yet)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self._queue: Background[tuple[Any, ...]] = Background("batch-log", self._store)

    def _put(self, row: tuple[Any, ...]) -> int:
        """Queue the row (made already: a later change to the request cannot reach it); ids are
        not known yet, so 0."""
        self._queue.add(row)
        return 0

    def _store(self, rows: list[tuple[Any, ...]]) -> None:
        if self.broken:
            return
        try:
            self.insert_rows(rows)
        except ConfigError as exc:
            self.give_up(exc)

    def close(self) -> None:
        """Store what is queued, then close the database."""
        self._queue.close()
        super().close()


class QueuedCache(ResultCache):
    """A ResultCache whose `put` queues the result for the writer thread."""

    def __init__(self, directory: str | Path) -> None:
        super().__init__(directory)
        self._queue: Background[tuple[str, SummaryResult]] = Background("batch-cache", self._store)

    def put(self, key: str, result: SummaryResult) -> None:
        """Queue the result (results are not changed after they are made)."""
        if not self.broken:
            self._queue.add((key, result))

    def _store(self, items: list[tuple[str, SummaryResult]]) -> None:
        for key, result in items:
            ResultCache.put(self, key, result)  # a failure warns once; the rest are skipped

    def close(self) -> None:
        """Store what is queued, then close the database."""
        self._queue.close()
        super().close()


__all__ = ["Background", "QueuedCache", "QueuedLog"]
