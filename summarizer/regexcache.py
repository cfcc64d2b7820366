"""Compiled regular expressions kept between CLI runs, as Python keeps bytecode.

The deterministic layers compile ~450 patterns, most at import: lexicon alternations and
Hangul classes (`[가-힣]` alone costs ~0.3 ms in `re`'s pure-Python compiler). That is ~60 ms
of every `summarizer facts`, more than importing click. The CLI writes what `re` compiled to a
file under the cache directory (`save`) and hands the finished patterns back to `re`'s own
cache at the next start (`prime`; on CPython 3.11 each is built when first asked for), so
`re.compile` finds them there. Nothing else changes: a pattern comes out of the file only for
the exact Python build that wrote it, built by `_sre` from the code that build's compiler
produced, and equals what `re.compile` returns. An unreadable, stale or foreign file is
ignored and the patterns are compiled as usual.

Like bytecode, nothing is written when PYTHONDONTWRITEBYTECODE is set. This uses `re`'s
private cache and compiler (CPython 3.11+); where they are missing it does nothing.
"""

from __future__ import annotations

import array
import marshal
import os
import re
import sys
from typing import TYPE_CHECKING, Any

from summarizer.kept import read_file, write_file

if TYPE_CHECKING:
    from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None  # type: ignore[assignment]

# Flags of patterns never kept, as a plain int: `re.DEBUG | re.LOCALE` is an enum operation,
# which at every key of `re`'s cache cost ~7 M instructions of each run's exit.
_NOT_KEPT = int(re.DEBUG | re.LOCALE)
MAX_PATTERNS = 2000  # a bound on the file (a run compiles ~450-1000); past it, start over
_CODE = "I"  # array type of one code word; its size must be _sre.CODESIZE
# Patterns handed to `re` by `prime`, by (pattern, flags): `save` writes only when there are new.
_primed: dict[tuple[str, int], bytes | memoryview] = {}


def _usable() -> bool:
    cache = getattr(re, "_cache", None)
    return (
        _sre is not None
        and isinstance(cache, dict)
        and getattr(_sre, "CODESIZE", 0) == array.array(_CODE).itemsize
    )


def _file_name(directory: str | Path, name: str) -> str:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC if _sre else 0}"
    return os.path.join(directory, f"regex-{name + '-' if name else ''}{tag}.marshal")


def cache_file(directory: str | Path, name: str = "") -> Path:
    """The file for this Python build (and the command `name`) under `directory`."""
    from pathlib import Path  # reading the file needs no pathlib (~15 M instructions)

    return Path(_file_name(directory, name))


class _Kept(dict):  # type: ignore[type-arg]
    """`re`'s cache (CPython 3.11 looks a pattern up with `_cache[key]`) that builds a kept
    pattern the first time it is asked for: a run builds what it uses, not every pattern the
    file holds (the file also keeps what other documents needed: HTML pages' libraries', ~40%
    of it for a text document). Anything it cannot build is compiled by `re` as usual."""

    def __missing__(self, key: tuple[type, str, int]) -> Any:
        kind, pattern, flags = key
        entry = _primed.get((pattern, flags)) if kind is str else None
        if entry is None:
            raise KeyError(key)
        try:
            compiled = _build(pattern, entry)
        except Exception:  # a damaged entry: `re` compiles the pattern
            raise KeyError(key) from None
        self[key] = compiled
        return compiled


# Whether `re._compile` reads its cache by subscription (3.11), so `_Kept` can build on demand;
# elsewhere every kept pattern is built at `prime`.
_LAZY = sys.version_info[:2] == (3, 11)


def _build(pattern: str, entry: bytes | memoryview) -> Any:
    # Each entry is marshalled on its own in the file: a run unmarshals only the patterns it
    # uses (reading all ~1,000 entries at once cost ~1 M instructions of every start).
    all_flags, code, groups, index, names = marshal.loads(entry)
    # array's tolist: memoryview(code).cast(_CODE).tolist() unpacks word by word (9.7 M
    # instructions of a `facts` start, against ~0.5 M for loading array)
    words = array.array(_CODE, code).tolist()
    return _sre.compile(pattern, all_flags, words, groups, index, names)


def prime(directory: str | Path, name: str = "") -> int:
    """Hand `re` the patterns stored under `directory` (for `name`); how many there are."""
    if not _usable():
        return 0
    # `re` keeps its last 512 patterns; a run compiles more, and `save` sees only what is kept:
    # the first ones compiled would be compiled again at every start (set before any file is read)
    re._MAXCACHE = max(re._MAXCACHE, MAX_PATTERNS)  # type: ignore[attr-defined]
    try:
        data = read_file(_file_name(directory, name))
        if data is None:  # missing, unreadable or another build's
            return 0
        keys, parts = data["patterns"], data["parts"]
        if type(keys) is not list or len(keys) != len(parts):
            return 0
        # Each entry is a view of its part of the file (marshalled fields), read when built.
        entries = dict(zip(keys, parts, strict=True))
        if _LAZY:
            _primed.update(entries)
            if not isinstance(re._cache, _Kept):  # type: ignore[attr-defined]
                re._cache = _Kept(re._cache)  # type: ignore[attr-defined]
            return len(entries)
        cache = re._cache  # type: ignore[attr-defined]
        for (pattern, flags), entry in entries.items():
            cache[(str, pattern, flags)] = _build(pattern, entry)
            _primed[(pattern, flags)] = entry
    except Exception:  # any unreadable file only means compiling again
        return 0
    return len(entries)


def _entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `_sre.compile` needs, as `re._compiler.compile` computes it."""
    parsed = _parser.parse(pattern, flags)
    code = array.array(_CODE, _compiler._code(parsed, flags)).tobytes()
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, index, tuple(names)


def save(directory: str | Path, name: str = "") -> int:
    """Store the str patterns `re` compiled in this process beside those primed; how many new.

    Called by the CLI as it exits (the patterns are the CLI's and its libraries', no user's).
    """
    if not _usable() or sys.dont_write_bytecode:
        return 0
    try:
        keys = [
            (pattern, flags)
            for (kind, pattern, flags) in list(re._cache)  # type: ignore[attr-defined]
            if kind is str and not flags & _NOT_KEPT
        ]
        new: dict[tuple[str, int], bytes | memoryview] = {
            k: marshal.dumps(_entry(*k)) for k in keys if k not in _primed
        }
        if not new:
            return 0
        patterns = {**_primed, **new}
        if len(patterns) > MAX_PATTERNS:
            patterns = new
        # The keys in a list, each entry the part of the file at the same place.
        write_file(
            _file_name(directory, name), {"patterns": list(patterns)}, list(patterns.values())
        )
        _primed.update(new)
    except Exception:  # a cache that cannot be written is only slower
        return 0
    return len(new)


__all__ = ["cache_file", "prime", "save"]
