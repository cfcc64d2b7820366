"""The result cache: SQLite under the cache directory, one SummaryResult per document and prompt."""

from __future__ import annotations

import sqlite3
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

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # One short connection per call: safe from threads and from several processes at once.
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cannot open the cache at {self.path} ({exc}): set SUMMARIZER_CACHE_DIR to a "
                "writable folder or pass --no-cache"
            ) from None
        try:
            conn.execute(SCHEMA)
            with conn:
                yield conn
        except sqlite3.DatabaseError as exc:
            raise ConfigError(
                f"the cache at {self.path} is unusable ({exc}): delete it or pass --no-cache"
            ) from None
        finally:
            conn.close()

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
