"""Code that `dataclasses` and `namedtuple` compile at run time, kept between CLI runs as
bytecode is.

`@dataclass` writes the source text of each class's `__init__` (and `__repr__`, `__eq__`,
`__setattr__`… as asked) and compiles it with `exec`; `namedtuple` compiles its `__new__`
with `eval`; `typing` compiles each field of a `NamedTuple` written as a string (a
`ForwardRef`). Parsing and compiling those texts is ~10% of the instructions of a
`summarizer facts` (~150 texts), more than its document work. While installed (`install`,
by the CLI), those modules find an `exec`, `eval` and `compile` of ours in their globals:
given a text, they take its code from the file the CLI's last run wrote under the cache directory, or
compile it as the builtins do (same filename, mode and flags: no inherited `__future__`
flags, as none of them has any) and keep it; `save` writes what is new. Like a `.pyc`, the
file holds exactly what compiling the text produces, and is used only by the Python build
that wrote it; an unreadable, stale or foreign file is ignored. Nothing is written when
PYTHONDONTWRITEBYTECODE is set. Code and any other argument go to the builtins untouched.

The file holds each code marshalled on its own, read back when its text is first asked for:
a cached `brief` would otherwise rebuild every code its first run kept (the model client's and
batch runner's classes too: ~57 M instructions) to use a fraction of them.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from types import CodeType
from typing import TYPE_CHECKING, Any

from summarizer.kept import read_file, write_file

if TYPE_CHECKING:
    from pathlib import Path

MAX_CODES = 4000  # a bound on the file (a run compiles ~90-600 texts); past it, start over
# The code of each text by (mode, text): read from the file by `install` (marshalled, made a
# code when first asked for), or compiled since.
_codes: dict[tuple[str, str], CodeType | bytes | memoryview] = {}
_new: set[tuple[str, str]] = set()  # compiled in this process, not yet in the file


def _file_name(directory: str | Path, name: str) -> str:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return os.path.join(directory, f"code-{name + '-' if name else ''}{tag}.marshal")


def cache_file(directory: str | Path, name: str = "") -> Path:
    """The file for this Python build (and the command `name`) under `directory`."""
    from pathlib import Path  # reading the file needs no pathlib

    return Path(_file_name(directory, name))


def _code(source: str, mode: str) -> CodeType:
    key = (mode, source)
    found = _codes.get(key)
    if isinstance(found, CodeType):
        return found
    code = _unmarshalled(found) if found is not None else None
    if code is None:
        code = compile(source, "<string>", mode, dont_inherit=True)
        _new.add(key)
    _codes[key] = code
    return code


def run(source: str, namespace: dict[str, Any]) -> None:
    """`exec(source, namespace)` with the code from the kept codes: for code a module of
    ours generates itself (summarizer.models.records' `__init__`s)."""
    builtins.exec(_code(source, "exec"), namespace)


def _unmarshalled(data: bytes | memoryview) -> CodeType | None:
    """The code a kept entry holds, or None for a damaged one (compiled again)."""
    try:
        code = marshal.loads(data)
    except Exception:
        return None
    return code if isinstance(code, CodeType) else None


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
    """`exec` for `dataclasses`: a text's code comes from the kept codes."""
    if globals is None:  # as the builtin does: the caller's namespace
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if isinstance(source, str):
        source = _code(source, "exec")
    builtins.exec(source, globals, locals, **kwargs)


def _eval(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
    """`eval` for `collections` (namedtuple): a text's code comes from the kept codes."""
    if globals is None:
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if isinstance(source, str):
        source = _code(source, "eval")
    return builtins.eval(source, globals, locals)


def _compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
) -> Any:
    """`compile` for `typing`: a `ForwardRef`'s text (`NamedTuple` fields written as strings,
    ~65 of them at every `summarizer facts`) has its code from the kept codes. `typing` has no
    `__future__` flags to inherit: its calls compile as with `dont_inherit`."""
    if isinstance(source, str) and filename == "<string>" and not flags and optimize == -1:
        return _code(source, mode)
    return builtins.compile(source, filename, mode, flags, True, optimize)


# Each module that compiles code at run time, the builtin it calls, and ours in its place.
_PATCHES = (
    ("dataclasses", "exec", _exec),
    ("collections", "eval", _eval),
    ("typing", "compile", _compile),
)


def _modules(only: tuple[str, ...] | None = None) -> list[tuple[Any, str, Any]]:
    """The modules (all, or those named in `only`) with their builtin's name and ours."""
    from importlib import import_module

    return [
        (import_module(module), attr, fn)
        for module, attr, fn in _PATCHES
        if only is None or module in only
    ]


def install(directory: str | Path, name: str = "", only: tuple[str, ...] | None = None) -> int:
    """Read the codes kept under `directory` (for `name`) and hand `dataclasses`,
    `collections` and `typing` (or those named in `only`) the `exec`, `eval` and `compile`
    that use them; how many were read."""
    read = 0
    data = read_file(_file_name(directory, name))  # None when missing: compile as usual
    keys, parts = (data.get("codes"), data["parts"]) if data is not None else (None, [])
    if type(keys) is list and len(keys) == len(parts):
        try:  # each code: a view of its part of the file, unmarshalled when asked for
            _codes.update(zip(keys, parts, strict=True))
            read = len(keys)
        except (TypeError, ValueError):  # a key that is no (mode, text) pair: another format
            pass
    for module, attr, fn in _modules(only):
        setattr(module, attr, fn)
    return read


def uninstall() -> None:
    """Give `dataclasses`, `collections` and `typing` the builtins back (importing none that
    is not loaded: it has ours only once loaded)."""
    for name, attr, fn in _PATCHES:
        module = sys.modules.get(name)
        if module is not None and module.__dict__.get(attr) is fn:
            delattr(module, attr)


def save(directory: str | Path, name: str = "") -> int:
    """Write the kept codes (for `name`) when this process compiled new ones; how many new.

    Called by the CLI as it exits (the texts are the CLI's and its libraries' classes')."""
    if not _new or sys.dont_write_bytecode:
        return 0
    new = len(_new)
    try:
        kept = _codes if len(_codes) <= MAX_CODES else {k: _codes[k] for k in _new}
        # The keys in a list, each code the part of the file at the same place.
        codes = [
            c if isinstance(c, bytes | memoryview) else marshal.dumps(c) for c in kept.values()
        ]
        write_file(_file_name(directory, name), {"codes": list(kept)}, codes)
        _new.clear()
    except Exception:  # a cache that cannot be written is only slower
        return 0
    return new


__all__ = ["cache_file", "install", "run", "save", "uninstall"]
