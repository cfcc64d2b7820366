"""The command line: a thin adapter over the Python API. Commands live one per module.

`cli` and `main` are imported on first use (PEP 562): the console script's `run` pauses the
garbage collector before click and the commands load (summarizer.cli.process).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Each command's module registers it on `cli` when imported: `cli` imports it when the
    # command is asked for (summarizer.cli.app.COMMAND_MODULES).
    from summarizer.cli.app import cli, main
    from summarizer.cli.process import run

_EXPORTS = {
    "cli": "summarizer.cli.app",
    "main": "summarizer.cli.app",
    "run": "summarizer.cli.process",
}

__all__ = ["cli", "main", "run"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer.cli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
