"""One SQLite file kept open per object, shared by the result cache and the request log."""

from __future__ import annotations

import sqlite3
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarizer.errors import ConfigError, StorageWarning


class SqliteStore:
    """A lazily opened WAL database with one schema; errors become ConfigError with a way out.

    Subclasses set `schema`, `what` ("the cache") and `way_out` (what the user can do).
    """

    schema = ""
    what = "the database"
    way_out = "move it away"
    rows_as_dicts = False

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.broken: str | None = None  # why writing here was given up for this run

    def give_up(self, exc: ConfigError) -> None:
        """Stop using this store for the rest of the run, saying so once (a StorageWarning)."""
        if self.broken is None:
            self.broken = str(exc)
            warnings.warn(
                f"{exc} — going on without {self.what} for this run", StorageWarning, stacklevel=3
            )

    def _unusable(self, exc: Exception) -> ConfigError:
        return ConfigError(f"{self.what} at {self.path} is unusable ({exc}): {self.way_out}")

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"cannot open {self.what} at {self.path} ({exc}): {self.way_out}"
            ) from None
        try:
            # WAL without a sync per commit: losing the last entry to a power cut is acceptable
            # here, 10 ms of fsync per document is not.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(self.schema)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "readonly" in str(exc).replace("-", "").replace(" ", "").lower():
                return self._open_read_only(exc)
            raise self._unusable(exc) from None
        if self.rows_as_dicts:
            conn.row_factory = sqlite3.Row
        return conn

    def _open_read_only(self, why: Exception) -> sqlite3.Connection:
        """A file (or folder) we may not write: readable still, for `summarizer logs` and cache hits."""
        try:
            conn = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            raise self._unusable(why) from None
        if self.rows_as_dicts:
            conn.row_factory = sqlite3.Row
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
                raise self._unusable(exc) from None

    def close(self) -> None:
        """Close the connection (it reopens on next use)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
