"""The cache directory the environment names: read at the start of every CLI run (the kept
patterns and tables live there), so this imports nothing but the standard library (neither
pathlib for the CLI, nor platformdirs where its rules are the plain Linux ones below)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

APP = "summarizer"


def env_value(*names: str) -> str | None:
    """The first non-empty variable of `names` (an empty variable counts as unset)."""
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


# platformdirs' Linux rules: the XDG variable when absolute, else this folder under HOME.
_LINUX = {"cache": ("XDG_CACHE_HOME", "~/.cache"), "data": ("XDG_DATA_HOME", "~/.local/share")}


def _linux_dir(kind: str) -> str | None:
    """platformdirs' user `kind` ("cache", "data") directory on Linux, by its rules, without
    importing it (~37 M instructions, a fifth of `summarizer facts`): an absolute XDG
    variable, else the folder under an absolute HOME. None where other rules apply (another
    system, Android, HOME unset or relative): platformdirs answers those."""
    if sys.platform != "linux" or "ANDROID_DATA" in os.environ:
        return None
    variable, under_home = _LINUX[kind]
    xdg = os.environ.get(variable, "")
    if os.path.isabs(xdg):
        return os.path.join(xdg, APP)
    home = os.environ.get("HOME")
    if home is None or not os.path.isabs(home):
        return None
    return os.path.join(os.path.expanduser(under_home), APP)


def _cache_dir_name() -> str:
    found = _linux_dir("cache")
    if found is not None:
        return found
    import platformdirs

    return platformdirs.user_cache_dir(APP)


def default_cache_dir() -> Path:
    """The user's cache directory for summarizer (platformdirs' user cache dir)."""
    from pathlib import Path

    return Path(_cache_dir_name())


def default_data_dir() -> Path:
    """The user's data directory for summarizer (platformdirs' user data dir)."""
    from pathlib import Path

    found = _linux_dir("data")
    if found is not None:
        return Path(found)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def cache_dir_from_env() -> str:
    """The cache directory the environment names (SUMMARIZER_CACHE_DIR), else the default.

    A string: the CLI reads its kept files there without loading pathlib (~15 M instructions
    of a `summarizer facts`)."""
    given = env_value("SUMMARIZER_CACHE_DIR")
    return given if given is not None else _cache_dir_name()


__all__ = ["cache_dir_from_env", "default_cache_dir", "default_data_dir", "env_value"]
