"""The request log: every model request and response in SQLite, like `llm logs`."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from summarizer.errors import ConfigError
from summarizer.sqlite_store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    model TEXT,
    doc_sha256 TEXT,
    attempt INTEGER,
    request TEXT,
    response TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    duration_ms REAL,
    error TEXT
)
"""


INSERT = (
    "INSERT INTO requests (ts, model, doc_sha256, attempt, request, response, "
    "prompt_tokens, completion_tokens, duration_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class LogEntry(BaseModel):
    """One logged request: what was sent, what came back, what it cost."""

    id: int
    ts: str
    model: str | None = None
    doc_sha256: str | None = None
    attempt: int | None = None
    request: Any = None
    response: Any = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    duration_ms: float | None = None
    error: str | None = None


def _jsonable(value: Any) -> Any:
    """Plain JSON data from openai objects (`model_dump`), dicts, or anything else as text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "model_dump"):
        try:
            return value.model_dump(mode="json")
        except Exception:  # an SDK object that cannot dump itself is still worth a string
            return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def _fallback(value: Any) -> Any:
    """What `_jsonable` makes of a value JSON cannot write itself."""
    if hasattr(value, "model_dump"):
        try:
            return value.model_dump(mode="json")
        except Exception:
            return str(value)
    return str(value)


def _dumps(value: Any) -> str:
    """`json.dumps(_jsonable(value))`, by the C encoder in one pass where it can (a request is
    ~250 nested values: walking them in Python first cost ~0.2 ms per request)."""
    try:
        return json.dumps(value, ensure_ascii=False, default=_fallback)
    except (TypeError, ValueError):  # a key JSON cannot take, or a cycle: the careful walk
        return json.dumps(_jsonable(value), ensure_ascii=False)


def _usage(response: Any) -> tuple[int | None, int | None]:
    usage = getattr(response, "usage", None)
    if usage is None and isinstance(response, dict):
        usage = response.get("usage")
    if usage is None:
        return None, None
    get = usage.get if isinstance(usage, dict) else lambda k: getattr(usage, k, None)
    return get("prompt_tokens"), get("completion_tokens")


class RequestLog(SqliteStore):
    """`record(...)` one request; `list(n)` and `get(id)` read them back."""

    schema = SCHEMA
    what = "the request log"
    way_out = "set SUMMARIZER_LOG_DB to a writable file, move the file away, or pass --no-log"
    rows_as_dicts = True

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
        """Store one request (kwargs sent to the API) and its response or error; returns its id
        (0 when the log is unusable: that warns once, and the run goes on unlogged)."""
        if self.broken:
            return 0
        return self._put(
            self.row(model, request, response, duration_ms, doc_sha256, attempt, error)
        )

    def _put(self, row: tuple[Any, ...]) -> int:
        """Store one row made by `row`; its id, or 0 when the log gave up (warned once)."""
        try:
            with self._db() as conn:
                return int(conn.execute(INSERT, row).lastrowid or 0)
        except ConfigError as exc:
            self.give_up(exc)
            return 0

    @staticmethod
    def row(
        model: str | None,
        request: Any,
        response: Any,
        duration_ms: float | None,
        doc_sha256: str | None,
        attempt: int | None,
        error: str | None,
    ) -> tuple[Any, ...]:
        """One request as the row `INSERT` stores (request and response as JSON text)."""
        prompt, completion = _usage(response)
        return (
            datetime.now(UTC).isoformat(timespec="milliseconds"),
            model,
            doc_sha256,
            attempt,
            _dumps(request),
            None if response is None else _dumps(response),
            prompt,
            completion,
            duration_ms,
            error,
        )

    def insert_rows(self, rows: list[tuple[Any, ...]]) -> None:
        """Store rows made by `row`, in one transaction (ConfigError when the log is unusable)."""
        with self._db() as conn:
            conn.executemany(INSERT, rows)

    def _entry(self, row: sqlite3.Row) -> LogEntry:
        data = dict(row)
        for k in ("request", "response"):
            if data[k] is not None:
                data[k] = json.loads(data[k])
        return LogEntry(**data)

    def latest(self, limit: int = 10) -> list[LogEntry]:
        """The newest `limit` requests, newest first (all of them when limit is 0)."""
        with self._db() as conn:
            sql = "SELECT * FROM requests ORDER BY id DESC"
            rows = conn.execute(sql + " LIMIT ?", (limit,)) if limit else conn.execute(sql)
            return [self._entry(r) for r in rows.fetchall()]

    def get(self, entry_id: int) -> LogEntry | None:
        """One request by id."""
        with self._db() as conn:
            row = conn.execute("SELECT * FROM requests WHERE id = ?", (entry_id,)).fetchone()
        return self._entry(row) if row else None

    def recorder(self, *, model: str | None = None, doc_sha256: str | None = None) -> Recorder:
        """Hooks for one document's calls: attach them to an instructor client."""
        return Recorder(self, model=model, doc_sha256=doc_sha256)


class Recorder:
    """Instructor hook handlers that log each attempt of one document's call.

    Use one Recorder per document call: `recorder.attach(client)` registers
    `completion:kwargs`, `completion:response` and `completion:error`; `detach(client)` removes them.
    """

    def __init__(self, log: RequestLog, *, model: str | None, doc_sha256: str | None) -> None:
        self.log = log
        self.model = model
        self.doc_sha256 = doc_sha256
        self.attempt = 0
        self._request: dict[str, Any] | None = None
        self._started = 0.0
        self._failures_logged = False

    def on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        """A request is about to be sent."""
        self.attempt += 1
        self._request = dict(kwargs)
        self._started = time.perf_counter()

    def _elapsed(self) -> float:
        return round((time.perf_counter() - self._started) * 1000, 1)

    def on_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        """The raw API response of the last request."""
        model = self.model or (self._request or {}).get("model")
        self.log.record(
            model=model,
            request=self._request,
            response=response,
            duration_ms=self._elapsed(),
            doc_sha256=self.doc_sha256,
            attempt=self.attempt,
        )

    def on_attempt_failed(self, error: BaseException) -> None:
        """One request sent to the server failed (it may be retried): every one is logged."""
        self._failures_logged = True
        self._log_error(error)
        self.attempt += 1
        self._started = time.perf_counter()

    def on_error(self, error: BaseException, *args: Any, **kwargs: Any) -> None:
        """The last request failed at the transport or API level."""
        if not self._failures_logged:
            self._log_error(error)

    def _log_error(self, error: BaseException) -> None:
        model = self.model or (self._request or {}).get("model")
        self.log.record(
            model=model,
            request=self._request,
            duration_ms=self._elapsed(),
            doc_sha256=self.doc_sha256,
            attempt=self.attempt,
            error=f"{type(error).__name__}: {error}",
        )

    def attach(self, client: Any) -> None:
        """Register the handlers on an instructor client (`client.on(event, handler)`)."""
        client.on("completion:kwargs", self.on_kwargs)
        client.on("completion:response", self.on_response)
        client.on("completion:error", self.on_error)

    def detach(self, client: Any) -> None:
        """Remove the handlers again."""
        client.off("completion:kwargs", self.on_kwargs)
        client.off("completion:response", self.on_response)
        client.off("completion:error", self.on_error)


__all__ = ["LogEntry", "Recorder", "RequestLog"]
