"""The batch's JSONL output: one line per document, flushed as each finishes, read back to resume."""

from __future__ import annotations

import json
import os
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


def read_done(path: Path) -> dict[tuple[str, str | None], BatchLine]:
    """Documents already finished in an output file, by (sha256, prompt_version); last line wins."""
    done: dict[tuple[str, str | None], BatchLine] = {}
    if not path.is_file():
        return done
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"cannot read {path} to resume ({exc.strerror}): check the --out path"
        ) from None
    with handle:
        for raw in handle:
            try:
                line = BatchLine.model_validate_json(raw)
            except ValueError:
                continue  # a line cut short by a crash: that document is simply done again
            if line.sha256 is None:
                continue
            key = (line.sha256, line.prompt_version)
            if line.status == "ok":
                done[key] = line
            else:
                done.pop(key, None)
    return done


class JsonlWriter:
    """Appends lines and makes each durable before the next document counts as done."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file: IO[str] = path.open("a" if append else "w", encoding="utf-8")
        except OSError as exc:
            raise ConfigError(
                f"cannot write {path} ({exc.strerror}): choose another --out"
            ) from None
        if append and path.stat().st_size > 0:
            self._end_cut_line()

    def _end_cut_line(self) -> None:
        # A crash mid-line leaves no newline: start ours on a fresh line so both stay parseable.
        with self.path.open("rb") as f:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                self._file.write("\n")

    def write(self, line: BatchLine | dict[str, Any]) -> None:
        """Write one line, flushed and synced."""
        data = (
            line.model_dump_json()
            if isinstance(line, BatchLine)
            else json.dumps(line, ensure_ascii=False)
        )
        self._file.write(data + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        """Close the file."""
        self._file.close()


__all__ = ["BatchLine", "JsonlWriter", "read_done"]
