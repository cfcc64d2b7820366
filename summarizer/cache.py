"""The result cache: SQLite under the cache directory, one SummaryResult per document and prompt."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.digest import sha256_hex
from summarizer.errors import ConfigError
from summarizer.sqlite_store import SqliteStore

if TYPE_CHECKING:  # pydantic's models only when a result is validated or kept (get_record)
    from summarizer.models import SummaryResult
    from summarizer.models.result_records import SummaryRecord

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


def cache_key(
    doc_sha256: str,
    prompt_version: str,
    model: str,
    mode: str,
    *,
    endpoint: str,
    reference_date: str | None = None,
) -> str:
    """The key of one model result: the same document, prompt, model and mode sent to the same
    endpoint, with the same reference date, is the same result. A local test server and a real
    one that share a model name never share an answer."""
    where = endpoint.strip().rstrip("/").lower()
    parts = [doc_sha256, prompt_version, model, mode, where, reference_date or ""]
    return sha256_hex("\0".join(parts).encode("utf-8"))


def _validated(stored: Any) -> SummaryResult | None:
    from summarizer.models import SummaryResult, Usage

    try:
        result = SummaryResult.model_validate_json(stored)
    except ValueError:
        return None  # written by an older, incompatible version: recompute
    return result.model_copy(update={"cached": True, "usage": Usage()})


class ResultCache(SqliteStore):
    """`get(key)`/`put(key, result)` over `results.db`; a hit costs no request and says so."""

    schema = SCHEMA
    what = "the cache"
    way_out = "set SUMMARIZER_CACHE_DIR to a writable folder, delete the file, or pass --no-cache"

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        super().__init__(self.directory / "results.db")

    def _row(self, key: str) -> Any:
        """The stored JSON of `key`, or None (a miss; an unusable cache warns once, as
        StorageWarning, and is a miss from then on)."""
        if self.broken:
            return None
        try:
            with self._db() as conn:
                row = conn.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        except ConfigError as exc:
            self.give_up(exc)
            return None
        return None if row is None else row[0]

    def get(self, key: str) -> SummaryResult | None:
        """The stored result marked `cached=True` with zero usage (nothing was spent), or None.

        An unusable cache warns once (StorageWarning) and is a miss from then on.
        """
        stored = self._row(key)
        return None if stored is None else _validated(stored)

    def get_record(self, key: str) -> SummaryRecord | SummaryResult | None:
        """`get` without pydantic when it is not needed: the stored result as records
        (summarizer.models.read_json), marked cached with zero usage. A text the records'
        reader cannot vouch for is validated by the model as `get` does (the model, or None).
        """
        stored = self._row(key)
        if stored is None:
            return None
        from summarizer.models.read_json import Rejected, read_json
        from summarizer.models.result_records import SummaryRecord, Usage

        try:
            record = read_json(SummaryRecord, stored)
        except Rejected:
            return _validated(stored)
        record.cached, record.usage = True, Usage()
        return record

    def put(self, key: str, result: SummaryResult) -> None:
        """Store (or replace) the result for `key`; a failed write warns once, never raises:
        the result is already paid for and goes on to the output."""
        if self.broken:
            return
        stored = result.model_copy(update={"cached": False})
        try:
            self._put(key, result, stored)
        except ConfigError as exc:
            self.give_up(exc)

    def _put(self, key: str, result: SummaryResult, stored: SummaryResult) -> None:
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


__all__ = ["ResultCache", "cache_key"]
