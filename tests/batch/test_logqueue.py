"""The batch's request log: rows queued on the event loop, stored in groups by one thread."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

from summarizer.batch.logqueue import QueuedLog
from summarizer.errors import StorageWarning
from summarizer.logs import RequestLog


def test_every_queued_row_is_stored_by_close(tmp_path: Path) -> None:
    log = QueuedLog(tmp_path / "logs.db")
    request = {"messages": [{"role": "user", "content": "가"}], "model": "m"}
    for attempt in range(1, 51):
        assert log.record(model="m", request=request, doc_sha256="ab", attempt=attempt) == 0
    request["messages"].append({"role": "user", "content": "later"})  # after the record
    log.close()
    entries = RequestLog(tmp_path / "logs.db").latest(0)
    assert sorted(e.attempt or 0 for e in entries) == list(range(1, 51))
    assert all(len(e.request["messages"]) == 1 for e in entries)  # as it was when recorded


def test_an_unusable_log_warns_once_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "logs.db"
    path.write_bytes(b"not a database" * 100)
    log = QueuedLog(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for attempt in range(5):
            log.record(model="m", request={}, attempt=attempt)
        log.close()
    storage = [w for w in caught if issubclass(w.category, StorageWarning)]
    assert len(storage) == 1 and "unusable" in str(storage[0].message)
    assert log.broken
    with sqlite3.connect(tmp_path / "other.db"):
        pass  # nothing else was touched
