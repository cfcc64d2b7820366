"""The command line: a thin adapter over the Python API. Commands live one per module."""

from __future__ import annotations

import sys

# Each command's module registers it on `cli` when imported: `cli` imports it when the command
# is asked for (summarizer.cli.app.COMMAND_MODULES).
from summarizer.cli.app import cli, main

__all__ = ["cli", "main"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
