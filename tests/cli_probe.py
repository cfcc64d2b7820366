"""Run a CLI probe in a fresh interpreter with its own cache folder, as a user's next run would.

The kept files (patterns, generated code, tables, modules) are written only where bytecode
would be, so the probe's environment drops PYTHONDONTWRITEBYTECODE and any OPENAI_/SUMMARIZER_
setting of the caller, and points the cache and the bytecode prefix into `cache_dir`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def kept_env(cache_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a run that keeps its files under `cache_dir`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(SUMMARIZER_CACHE_DIR=str(cache_dir), PYTHONPYCACHEPREFIX=str(cache_dir / "pycache"))
    env.update(extra)
    return env


def run_probe(probe: str, arg: str, cache_dir: Path) -> tuple[dict[str, Any], str]:
    """`python -c probe arg`: the JSON the probe printed last on stderr, and its stdout."""
    proc = subprocess.run(
        [sys.executable, "-c", probe, arg],
        env=kept_env(cache_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1]), proc.stdout
