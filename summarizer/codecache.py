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
from typing import TYPE_CHECKING, Any, TypeVar

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


def light_dataclass(cls: _C | None = None, /, *, frozen: bool = False) -> Any:
    """`dataclasses.dataclass` (or `dataclass(frozen=True)`) for a plain class of ours: the same
    `__init__` (fields positional or by keyword, in order, with their defaults and
    `field(default_factory=…)`), `__repr__`, `__eq__` (same class, equal fields), `__hash__`
    (of the fields when frozen, none otherwise), a frozen class's `FrozenInstanceError` on
    assignment, `__match_args__` and `__dataclass_fields__` (`fields`, `replace`, `asdict` and
    `is_dataclass` work). Without `dataclass`'s generality (checks of ClassVar, InitVar, slots,
    order, inheritance, each method written and compiled as text): `dataclass` cost ~0.45 M
    instructions a class, ~10 classes of every `summarizer facts` start. Only for a class
    with no dataclass base and only plain annotated fields (tests/test_codecache.py compares
    the two on one class, frozen and not)."""
    if cls is None:
        return lambda c: _dataclass(c, frozen)
    return _dataclass(cls, frozen)


def _dataclass(cls: _C, frozen: bool) -> _C:
    import dataclasses

    found: dict[str, dataclasses.Field[Any]] = {}
    for name, kind in cls.__dict__.get("__annotations__", {}).items():  # noqa: RUF063
        value = cls.__dict__.get(name, dataclasses.MISSING)
        if isinstance(value, dataclasses.Field):
            f = value
            if f.default is dataclasses.MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = dataclasses.field(default=value)
        f.name, f.type = name, kind
        f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
        found[name] = f
    names = tuple(found)
    cls.__dataclass_fields__ = found  # type: ignore[attr-defined]
    cls.__dataclass_params__ = dataclasses._DataclassParams(  # type: ignore[attr-defined]
        True, True, True, False, False, frozen
    )
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    cls.__init__ = _init_of(cls, found, frozen)  # type: ignore[misc]
    cls.__repr__ = _repr  # type: ignore[assignment,method-assign]
    cls.__eq__ = _eq  # type: ignore[assignment,method-assign]
    if frozen:
        cls.__hash__ = _hash  # type: ignore[assignment,method-assign]
        cls.__setattr__ = _frozen_setattr  # type: ignore[assignment,method-assign]
        cls.__delattr__ = _frozen_delattr  # type: ignore[assignment,method-assign]
    else:
        cls.__hash__ = None  # type: ignore[assignment]
    _NAMES[cls] = names
    return cls


_C = TypeVar("_C", bound=type)
_NAMES: dict[type, tuple[str, ...]] = {}  # each light dataclass's field names, in order
_FACTORY = object()  # an argument left out whose default is a factory's value


def _init_of(cls: type, found: dict[str, Any], frozen: bool) -> Any:
    """The `__init__` dataclass writes: each field positional or by keyword, in order."""
    from dataclasses import MISSING

    params, body = [], []
    space: dict[str, Any] = {"_F": _FACTORY, "_set": object.__setattr__}
    for name, f in found.items():
        if f.default_factory is not MISSING:
            params.append(f"{name}=_F")
            space[f"_f_{name}"] = f.default_factory
            value = f"_f_{name}() if {name} is _F else {name}"
        else:
            params.append(name if f.default is MISSING else f"{name}=_d_{name}")
            if f.default is not MISSING:
                space[f"_d_{name}"] = f.default
            value = name
        body.append(f" _set(self, {name!r}, {value})" if frozen else f" self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    text = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or [" pass"]) + "\n"
    run(text, space)
    fn = space["__init__"]
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


def _values(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, n) for n in _NAMES[type(obj)])


_repr_running: set[tuple[int, int]] = set()


def _repr(self: Any) -> str:
    key = (id(self), _thread_id())
    if key in _repr_running:  # as dataclass's recursive_repr
        return "..."
    _repr_running.add(key)
    try:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in _NAMES[type(self)])
    finally:
        _repr_running.discard(key)
    return f"{type(self).__qualname__}({shown})"


def _thread_id() -> int:
    import _thread

    return _thread.get_ident()


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return _values(self) == _values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")


if TYPE_CHECKING:  # typed as what it stands in for
    from dataclasses import dataclass
else:
    dataclass = light_dataclass


__all__ = ["cache_file", "dataclass", "install", "light_dataclass", "run", "save", "uninstall"]
