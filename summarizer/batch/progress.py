"""A progress bar on stderr, only for a person at a terminal."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class BatchProgress:
    """Documents done out of the total, with failures counted; silent when quiet or not a TTY."""

    def __init__(self, total: int, *, quiet: bool = False) -> None:
        self.total = total
        self.enabled = not quiet and sys.stderr.isatty()
        self.failed = 0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> BatchProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]Summarising"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("batch", total=self.total, failed=0)
        return self

    def advance(self, status: str) -> None:
        """One more document finished (`ok`, `error` or `skipped`)."""
        self.failed += status == "error"
        if self._progress is not None:
            self._progress.update(self._task, advance=1, failed=self.failed)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()


__all__ = ["BatchProgress"]
