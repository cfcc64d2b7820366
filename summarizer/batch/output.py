"""The batch's JSONL output: one line per document, flushed as each finishes, read back to resume."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import BaseModel

from summarizer.errors import ConfigError, InputError
from summarizer.models import SummaryResult


class BatchLine(BaseModel):
    """One document's outcome, as written to the output file."""

    path: str
    sha256: str | None = None
    prompt_version: str | None = None
    status: Literal["ok", "error"]
    error: str | None = None
    result: SummaryResult | None = None


def read_done(path: Path, *, with_results: bool = True) -> dict[tuple[str, str | None], BatchLine]:
    """Documents already finished in an output file, by (sha256, prompt_version); last line wins.

    `with_results=False` keeps each line's status but not its result, so resuming a batch of
    many thousands holds no results in memory.
    """
    done: dict[tuple[str, str | None], BatchLine] = {}
    if not path.is_file():
        return done
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(
            f"cannot read {path} to resume ({exc.strerror}): check the --out path"
        ) from None
    with handle:
        for raw in handle:
            try:
                line = BatchLine.model_validate_json(raw.decode("utf-8"))
            except ValueError:  # UnicodeDecodeError included
                continue  # a line cut short by a crash: that document is simply done again
            if line.sha256 is None:
                continue
            key = (line.sha256, line.prompt_version)
            if line.status == "ok":
                done[key] = line if with_results else line.model_copy(update={"result": None})
            else:
                done.pop(key, None)
    return done


class JsonlWriter:
    """Appends lines and makes each durable before the next document counts as done."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self.written = 0
        self._failed: ConfigError | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Opened for appending first and truncated only once the lock is ours, so a second
            # run refused below never empties the file of the first.
            self._file: IO[str] = path.open("a", encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"cannot write {path} ({exc.strerror}): choose another --out"
            ) from None
        _lock(self._file, path)
        if not append:
            self._file.truncate(0)
        elif path.stat().st_size > 0:
            self._end_cut_line()
        self._good = self._file.tell()  # the file's size after the last line written whole

    def _end_cut_line(self) -> None:
        # A crash mid-line leaves no newline: start ours on a fresh line so both stay parseable.
        with self.path.open("rb") as f:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                self._file.write("\n")

    def write(self, line: BatchLine | dict[str, Any]) -> None:
        """Write one line, flushed and synced."""
        self.write_many([line])

    def write_many(self, lines: Sequence[BatchLine | dict[str, Any]]) -> None:
        """Write lines in order, flushed and synced once for all of them (group commit); if
        that fails, none of them stays in the file."""
        data = "".join(
            (
                line.model_dump_json()
                if isinstance(line, BatchLine)
                else json.dumps(line, ensure_ascii=False)
            )
            + "\n"
            for line in lines
        )
        if self._failed is not None:  # what is buffered may be half a line: write no more
            raise self._failed
        size = self._file.tell()
        try:
            self._file.write(data)
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            self._undo(size)
            self._failed = ConfigError(
                f"cannot write {self.path} ({exc.strerror or exc}) after {self.written} "
                "line(s): free space or choose another --out, then run again with --resume "
                "(results already paid for are in the cache unless --no-cache)"
            )
            raise self._failed from None
        self.written += len(lines)
        self._good = self._file.tell()

    def _undo(self, size: int) -> None:
        """Cut a half-written line off, so the file stays one JSON object per line."""
        with contextlib.suppress(OSError):
            self._file.flush()
        with contextlib.suppress(OSError):
            os.truncate(self.path, size)

    def close(self) -> None:
        """Close the file; after a failed write, without the part of it still buffered."""
        if self._failed is None:
            self._file.close()
            return
        with contextlib.suppress(OSError):
            self._file.close()
        with contextlib.suppress(OSError):
            os.truncate(self.path, self._good)


def _lock(handle: IO[str], path: Path) -> None:
    """An exclusive lock on the output for this run: two batches never interleave one file."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ConfigError(
            f"{path} is being written by another summarizer run: wait for it to finish or "
            "choose another --out"
        ) from None


__all__ = ["BatchLine", "JsonlWriter", "read_done"]
