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
from collections.abc import Iterable, Sequence
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


# A kept file: MAGIC, the size of the marshalled data (8 bytes, little-endian), the data (a
# dict with this Python's version and where each part ends), then the parts, back to back.
# `read_file` gives the parts as a list of views of the file (made without a Python loop: a
# cached `brief` reads ~4,000 parts), in the order they were written: a caller writes its keys
# in that order beside them and pairs them up with `zip`.
MAGIC = b"summarizer-kept\x02"
_HEAD = len(MAGIC) + 8


def _view(f: Any) -> memoryview:
    """The whole file as bytes: mapped where the system maps it, read otherwise.

    Reading copies the file into fresh memory (and `marshal` copies each part again), each new
    page a page fault: ~950 faults, ~1.6 ms of a `summarizer facts` for its 1.3 MB of kept
    modules, against ~20 faults for a mapped file's pages, shared with the page cache. The
    mapping stays as long as a part is in use: the writers never change a kept file in place
    (`write_file` renames a new file over it), so what is mapped stays whole. Windows cannot
    rename over a mapped file: there it is read."""
    if os.name != "nt":
        import mmap  # a start that reads no kept file does not load it

        try:
            return memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):  # an empty file, a file system that does not map
            pass
    return memoryview(f.read())


def read_file(path: str | Path) -> dict[str, Any] | None:
    """What `write_file` wrote at `path` under this very Python build, else None (missing,
    unreadable, or another build's); its parts under "parts" (a list of memoryviews). The kept tables,
    patterns, codes and modules all read so."""
    try:
        with open(path, "rb") as f:
            view = _view(f)
        if view[: len(MAGIC)] != MAGIC:
            return None
        end = _HEAD + int.from_bytes(view[len(MAGIC) : _HEAD], "little")
        data = marshal.loads(view[_HEAD:end])
        if not isinstance(data, dict) or data.get("version") != sys.version:
            return None
        ends = data.pop("part_ends")
        if type(ends) is not list or (ends[-1] if ends else 0) != len(view) - end:
            return None  # cut short
        region = view[end:]
        data["parts"] = list(map(region.__getitem__, map(slice, [0, *ends[:-1]], ends)))
    except Exception:
        return None
    return data


def write_file(
    path: str | Path, data: dict[str, Any], parts: Sequence[bytes | memoryview] = ()
) -> None:
    """Write `data`, stamped with this Python's version, and `parts` (bytes each, read back by
    index without being copied: marshalled code, patterns), whole or not at all: a temporary
    file renamed over `path` (two processes never leave a mixed file, and one that maps the
    old file keeps it whole). Raises what `open` and `marshal` raise: each caller decides what
    a failed write means."""
    path = os.fspath(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    ends, total = [], 0
    for part in parts:
        total += len(part)
        ends.append(total)
    head = marshal.dumps({**data, "version": sys.version, "part_ends": ends})
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(MAGIC + len(head).to_bytes(8, "little") + head)
        for part in parts:
            f.write(part)
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


__all__ = [
    "MAGIC",
    "keep_in",
    "load",
    "on",
    "read_file",
    "stamp_of",
    "store",
    "table_file",
    "write_file",
]
