"""The request log of a batch: rows made on the event loop, stored by one thread in groups.

Storing a row is a SQLite transaction (~0.3 ms, longer while another process holds the file)
that the event loop would wait for once per request. In a batch each row is made where the
request is (its JSON, so a later change to the request cannot reach the log) and queued; one
thread stores what has queued up in a single transaction. A log that cannot be written warns
once and the batch goes on, as before; `close` stores what is left before the batch reports.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from summarizer.errors import ConfigError
from summarizer.logs import RequestLog


class QueuedLog(RequestLog):
    """A RequestLog whose `record` queues the row and returns 0 (ids are not known yet)."""

    def __init__(self, path: Any) -> None:
        super().__init__(path)
        self._rows: list[tuple[Any, ...]] = []
        self._rows_lock = threading.Lock()
        self._thread = ThreadPoolExecutor(1, "batch-log")
        self._scheduled = False

    def record(
        self,
        *,
        model: str | None,
        request: Any,
        response: Any = None,
        duration_ms: float | None = None,
        doc_sha256: str | None = None,
        attempt: int | None = None,
        error: str | None = None,
    ) -> int:
        """Queue one request's row for the writer thread."""
        if self.broken:
            return 0
        row = self.row(model, request, response, duration_ms, doc_sha256, attempt, error)
        with self._rows_lock:
            self._rows.append(row)
            if self._scheduled:
                return 0
            self._scheduled = True
        self._thread.submit(self._store)
        return 0

    def _store(self) -> None:
        """Store every queued row, in one transaction per group (in the writer thread)."""
        while True:
            with self._rows_lock:
                rows, self._rows = self._rows, []
                if not rows:
                    self._scheduled = False
                    return
            if self.broken:
                continue
            try:
                self.insert_rows(rows)
            except ConfigError as exc:
                self.give_up(exc)

    def close(self) -> None:
        """Store what is queued, stop the thread, and close the database."""
        self._thread.shutdown(wait=True)
        super().close()


__all__ = ["QueuedLog"]
