"""The batch's request log: rows queued on the event loop, stored in groups by one thread."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

from summarizer.batch.stores import QueuedLog
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


def test_queued_results_are_in_the_cache_after_close(tmp_path: Path) -> None:
    from summarizer.batch.stores import QueuedCache
    from summarizer.cache import ResultCache
    from summarizer.extract import extract_facts
    from summarizer.models import SummaryResult

    facts = extract_facts("보도자료\n2025. 1. 2.\n\n가나다, 업무협약 체결\n".encode())
    cache = QueuedCache(tmp_path / "cache")
    for i in range(20):
        cache.put(f"key{i}", SummaryResult(mode="model", facts=facts, model="m"))
    cache.close()
    again = ResultCache(tmp_path / "cache")
    assert len(again) == 20
    hit = again.get("key7")
    assert hit is not None and hit.cached


def test_a_cache_that_cannot_be_written_warns_once(tmp_path: Path) -> None:
    from summarizer.batch.stores import QueuedCache
    from summarizer.extract import extract_facts
    from summarizer.models import SummaryResult

    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "results.db").write_bytes(b"not a database" * 100)
    facts = extract_facts("보도자료\n2025. 1. 2.\n\n가나다, 업무협약 체결\n".encode())
    cache = QueuedCache(folder)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for i in range(5):
            cache.put(f"key{i}", SummaryResult(mode="model", facts=facts, model="m"))
        cache.close()
    assert len([w for w in caught if issubclass(w.category, StorageWarning)]) == 1
    assert cache.broken


def test_rows_are_the_json_the_careful_walk_makes() -> None:
    import enum
    import json

    from summarizer.logs import _dumps, _jsonable

    class Kind(enum.Enum):
        A = 1

    class Opaque:
        def __repr__(self) -> str:
            return "Opaque()"

    samples = [
        {"a": [1, 2.5, None, True, "가"], "t": (1, 2), "o": Opaque(), 3: "int key", "k": Kind.A},
        {"x": {"y": [{"z": b"bytes"}]}},
        {(1, 2): "a key JSON cannot take"},
    ]
    for value in samples:
        assert _dumps(value) == json.dumps(_jsonable(value), ensure_ascii=False)
