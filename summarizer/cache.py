"""The result cache: SQLite under the cache directory, one SummaryResult per document and prompt."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarizer.errors import ConfigError
from summarizer.models import SummaryResult, Usage

SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    sha256 TEXT,
    prompt_version TEXT,
    model TEXT,
    mode TEXT,
    created REAL NOT NULL,
    result TEXT NOT NULL
)
"""


class ResultCache:
    """`get(key)`/`put(key, result)` over `results.db`; a hit costs no request and says so."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / "results.db"
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _open(self) -> sqlite3.Connection:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cannot open the cache at {self.path} ({exc}): set SUMMARIZER_CACHE_DIR to a writable folder or pass --no-cache"
            ) from None
        try:
            # WAL without a sync per commit: losing the last entry to a power cut is acceptable
            # here, 10 ms of fsync per document is not.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(SCHEMA)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ConfigError(
                f"the cache at {self.path} is unusable ({exc}): delete it or pass --no-cache"
            ) from None
        return conn

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # One connection per object, kept open (closing the last one checkpoints the WAL, an
        # fsync); the lock serialises threads, SQLite's own locking other processes.
        with self._lock:
            if self._conn is None:
                self._conn = self._open()
            try:
                with self._conn:
                    yield self._conn
            except sqlite3.DatabaseError as exc:
                raise ConfigError(
                    f"the cache at {self.path} is unusable ({exc}): delete it or pass --no-cache"
                ) from None

    def close(self) -> None:
        """Close the connection (it reopens on next use)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def get(self, key: str) -> SummaryResult | None:
        """The stored result marked `cached=True` with zero usage (nothing was spent), or None."""
        with self._db() as conn:
            row = conn.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            result = SummaryResult.model_validate_json(row[0])
        except ValueError:
            return None  # written by an older, incompatible version: recompute
        return result.model_copy(update={"cached": True, "usage": Usage()})

    def put(self, key: str, result: SummaryResult) -> None:
        """Store (or replace) the result for `key`."""
        stored = result.model_copy(update={"cached": False})
        with self._db() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    result.facts.source.sha256,
                    result.prompt_version,
                    result.model,
                    result.mode,
                    time.time(),
                    stored.model_dump_json(),
                ),
            )

    def __len__(self) -> int:
        with self._db() as conn:
            return int(conn.execute("SELECT count(*) FROM results").fetchone()[0])

    def clear(self) -> int:
        """Delete every stored result; returns how many there were."""
        with self._db() as conn:
            return conn.execute("DELETE FROM results").rowcount


__all__ = ["ResultCache"]
