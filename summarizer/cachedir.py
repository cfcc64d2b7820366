"""The cache directory the environment names: read at the start of every CLI run (the kept
patterns and tables live there), so this imports nothing but the standard library."""

from __future__ import annotations

import os
from pathlib import Path


def env_value(*names: str) -> str | None:
    """The first non-empty variable of `names` (an empty variable counts as unset)."""
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def default_cache_dir() -> Path:
    """The user's cache directory for summarizer (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer"))


def cache_dir_from_env() -> Path:
    """The cache directory the environment names (SUMMARIZER_CACHE_DIR), else the default."""
    given = env_value("SUMMARIZER_CACHE_DIR")
    return Path(given) if given is not None else default_cache_dir()


__all__ = ["cache_dir_from_env", "default_cache_dir", "env_value"]
