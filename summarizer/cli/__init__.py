"""The command line: a thin adapter over the Python API. Commands live one per module.

`cli` and `main` are imported on first use (PEP 562): the console script's `run` pauses the
garbage collector before click and the commands load (summarizer.cli.process).
"""

from __future__ import annotations

from summarizer.lazy import lazy_exports

# typing.TYPE_CHECKING without importing typing (see summarizer.lazy)
TYPE_CHECKING = False

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

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
