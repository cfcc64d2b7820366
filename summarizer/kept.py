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


def load(name: str, stamp: object) -> Any | None:
    """The kept value of table `name` when written with this `stamp` by this build, else None."""
    if _directory is None:
        return None
    try:
        with open(_file_name(_directory, name), "rb") as f:
            data = marshal.loads(f.read())
        if data["version"] != sys.version or data["stamp"] != stamp:
            return None
        return data["value"]
    except Exception:  # missing, unreadable or foreign: build the table again
        return None


def store(name: str, stamp: object, value: Any) -> bool:
    """Keep `value` as table `name` with `stamp`; whether it was written."""
    if _directory is None or sys.dont_write_bytecode:
        return False
    try:
        path = table_file(_directory, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({"version": sys.version, "stamp": stamp, "value": value}))
        os.replace(tmp, path)
    except Exception:  # a directory that cannot be written is only slower
        return False
    return True


__all__ = ["keep_in", "load", "on", "stamp_of", "store", "table_file"]
