"""The request log: records, lists newest first, shows one, hooks onto a client."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import ConfigError
from summarizer.logs import RequestLog


class FakeResponse:
    """Stands in for an openai ChatCompletion: dumps itself, has usage."""

    class U:
        prompt_tokens = 120
        completion_tokens = 30

    usage = U()

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {"id": "cmpl-1", "choices": [{"message": {"content": "답"}}]}


def test_record_list_get(tmp_path: Path) -> None:
    log = RequestLog(tmp_path / "logs.db")
    first = log.record(
        model="m",
        request={"messages": [{"role": "user", "content": "보도자료"}]},
        response=FakeResponse(),
        duration_ms=12.5,
        doc_sha256="d",
        attempt=1,
    )
    second = log.record(model="m", request={"x": 1}, error="RateLimitError: 429", attempt=2)
    assert second > first
    entries = log.latest(10)
    assert [e.id for e in entries] == [second, first]
    one = log.get(first)
    assert one is not None
    assert one.request["messages"][0]["content"] == "보도자료"
    assert one.response["id"] == "cmpl-1"
    assert (one.prompt_tokens, one.completion_tokens, one.doc_sha256) == (120, 30, "d")
    assert log.get(999) is None
    assert len(log.latest(1)) == 1 and len(log.latest(0)) == 2
    # Korean is stored as text, not \\u escapes (readable with any SQLite client).
    raw = (
        sqlite3.connect(tmp_path / "logs.db").execute("SELECT request FROM requests").fetchone()[0]
    )
    assert "보도자료" in raw


class FakeClient:
    """The `on`/`off` hook registry of an instructor client."""

    def __init__(self) -> None:
        self.handlers: dict[str, list[Any]] = {}

    def on(self, name: str, fn: Any) -> None:
        self.handlers.setdefault(name, []).append(fn)

    def off(self, name: str, fn: Any) -> None:
        self.handlers[name].remove(fn)

    def emit(self, name: str, *args: Any, **kwargs: Any) -> None:
        for fn in self.handlers.get(name, []):
            fn(*args, **kwargs)


def test_recorder_logs_each_attempt(tmp_path: Path) -> None:
    log = RequestLog(tmp_path / "logs.db")
    client = FakeClient()
    rec = log.recorder(model="gpt-x", doc_sha256="abc")
    rec.attach(client)
    client.emit("completion:kwargs", model="gpt-x", messages=[{"role": "user", "content": "a"}])
    client.emit("completion:error", RuntimeError("boom"))
    client.emit("completion:kwargs", model="gpt-x", messages=[{"role": "user", "content": "a"}])
    client.emit("completion:response", FakeResponse())
    rec.detach(client)
    client.emit("completion:kwargs", model="gpt-x")
    entries = log.latest(0)
    assert [e.attempt for e in entries] == [2, 1]
    assert entries[1].error == "RuntimeError: boom" and entries[1].response is None
    assert entries[0].request["messages"][0]["content"] == "a"
    assert entries[0].duration_ms is not None and entries[0].doc_sha256 == "abc"


def test_unwritable_log_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(ConfigError, match="--no-log"):
        RequestLog(tmp_path / "f" / "logs.db").latest()
