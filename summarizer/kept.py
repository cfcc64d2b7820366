"""Tables derived from the bundled data, kept between CLI runs as Python keeps bytecode.

Some tables cost a run more than its work: the organisation tables event grouping matches
reports with (~2,500 glossary and province names, their keys and English forms) take ~15 ms to
build from the glossary at every `brief`. The CLI names a directory (`keep_in`, its cache dir);
a table is then read back from its file there (`load`) when the file was written by this
Python build and its stamp still holds: the size and modification time of every file the
table is derived from (`stamp_of`), as a `.pyc` records its source's. Otherwise it is built as
usual and written (`store`). An unreadable, stale or foreign file is ignored; nothing is read
or written when no directory was named (the Python API, tests), and nothing is written when
PYTHONDONTWRITEBYTECODE is set. Values are what `marshal` writes (str, int, tuple, list,
dict, frozenset…): no code is ever loaded.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

_directory: str | None = None


def keep_in(directory: str | Path | None) -> None:
    """Keep tables under `directory` from now on (None: stop)."""
    global _directory
    _directory = os.fspath(directory) if directory is not None else None


def on() -> bool:
    """Whether a directory is named: callers skip computing a stamp otherwise."""
    return _directory is not None


def _file_name(directory: str | Path, name: str) -> str:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return os.path.join(directory, f"table-{name}-{tag}.marshal")


def table_file(directory: str | Path, name: str) -> Path:
    """The file of table `name` for this Python build under `directory`."""
    from pathlib import Path  # reading a table needs no pathlib

    return Path(_file_name(directory, name))


def stamp_of(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """What the table was derived from: each file's name, size and modification time."""
    out = []
    for path in paths:
        st = path.stat()
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


def read_file(path: str | Path) -> dict[str, Any] | None:
    """What `write_file` wrote at `path` under this very Python build, else None (missing,
    unreadable, or another build's). The kept tables, patterns, codes and modules all read so."""
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except Exception:
        return None
    return data if isinstance(data, dict) and data.get("version") == sys.version else None


def write_file(path: str | Path, data: dict[str, Any]) -> None:
    """Write `data`, stamped with this Python's version, whole or not at all: a temporary file
    renamed over `path` (two processes never leave a mixed file). Raises what `open` and
    `marshal` raise: each caller decides what a failed write means."""
    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(marshal.dumps({**data, "version": sys.version}))
    os.replace(tmp, path)


def load(name: str, stamp: object) -> Any | None:
    """The kept value of table `name` when written with this `stamp` by this build, else None."""
    if _directory is None:
        return None
    data = read_file(_file_name(_directory, name))
    if data is None or data.get("stamp") != stamp:  # missing, unreadable or foreign
        return None
    return data.get("value")


def store(name: str, stamp: object, value: Any) -> bool:
    """Keep `value` as table `name` with `stamp`; whether it was written."""
    if _directory is None or sys.dont_write_bytecode:
        return False
    try:
        write_file(_file_name(_directory, name), {"stamp": stamp, "value": value})
    except Exception:  # a directory that cannot be written is only slower
        return False
    return True


__all__ = ["keep_in", "load", "on", "read_file", "stamp_of", "store", "table_file", "write_file"]
