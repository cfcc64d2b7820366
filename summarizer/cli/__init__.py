"""The command line: a thin adapter over the Python API. Commands live one per module."""

from __future__ import annotations

import sys

# Each command module registers itself on `cli` when imported.
from summarizer.cli import (
    batch_cmd,  # noqa: F401
    brief_cmd,  # noqa: F401
    facts_cmd,  # noqa: F401
    glossary_cmd,  # noqa: F401
    logs_cmd,  # noqa: F401
    summarize_cmd,  # noqa: F401
)
from summarizer.cli.app import cli, main

__all__ = ["cli", "main"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
