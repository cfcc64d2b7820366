"""`dataclass` for the rule modules' small classes, made at a fraction of its cost.

`dataclasses.dataclass` costs each class ~0.6-0.85 M instructions when its module loads (each
field's annotation checked for `ClassVar` and `InitVar`, each method's text written, a second
class for `slots=True`): the ten classes on the path of a `summarizer facts` cost every start
~7 M, as much as a quarter of its document work. `dataclass` here makes the same class for
what those classes use, and refuses anything else (TypeError: use `dataclasses.dataclass`):

- fields annotated, each with no default, a default, or `field(default_factory=...)`;
- `frozen` and `slots`, as dataclass's; no `order`, `kw_only`, `init=False` fields,
  `ClassVar`, `InitVar`, `__post_init__`, base classes, or methods of its own
  named as those it writes.

What it writes behaves as dataclass's: `__init__` (positional or keyword, defaults and
factories; frozen fields set through `object.__setattr__`; its code kept between CLI runs by
summarizer.codecache), `__repr__` (`Name(a=1, b='x')`), `__eq__` (same class, equal fields;
`NotImplemented` otherwise), `__hash__` (None, or the fields' tuple's when frozen), a frozen
class's `__setattr__` and `__delattr__` (FrozenInstanceError), `__match_args__`, and
`__dataclass_fields__`, so that `dataclasses.fields`, `replace`, `asdict` and `is_dataclass`
work on them. (Unlike dataclass's, `__repr__` does not guard against an instance holding
itself: none of these classes can.)
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, Field, FrozenInstanceError, InitVar, field
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
    dataclass_transform,
    get_origin,
    overload,
)

from summarizer import codecache

if TYPE_CHECKING:
    from collections.abc import Callable

_C = TypeVar("_C", bound=type)
_FIELD_KIND = dataclasses._FIELD  # type: ignore[attr-defined]  # what `fields` lists
# The methods written here: a class that defines one itself is refused.
_WRITTEN = (
    "__init__",
    "__repr__",
    "__eq__",
    "__hash__",
    "__setattr__",
    "__delattr__",
    "__match_args__",
)


class _Factory:
    """The default of an argument whose field has a factory (shown as dataclass shows it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@overload
def dataclass(cls: _C, /) -> _C: ...


@overload
def dataclass(*, frozen: bool = False, slots: bool = False) -> Callable[[_C], _C]: ...


@dataclass_transform(field_specifiers=(field,))
def dataclass(
    cls: _C | None = None, /, *, frozen: bool = False, slots: bool = False
) -> _C | Callable[[_C], _C]:
    """`dataclasses.dataclass(cls, frozen=frozen, slots=slots)` for the plain classes above."""

    def wrap(cls: _C) -> _C:
        return _make(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _fields(cls: type) -> dict[str, Field[Any]]:
    """The class's fields as dataclass makes them, its defaults taken off the class as
    dataclass does; TypeError or ValueError for what is not supported or not allowed."""
    if cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__} has a base class; use dataclasses.dataclass")
    for name in (*_WRITTEN, "__post_init__"):
        if name in cls.__dict__:
            raise TypeError(f"{cls.__name__} defines {name}; use dataclasses.dataclass")
    found: dict[str, Field[Any]] = {}
    defaulted = ""
    own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063  # inspect: a heavy import
    for name, kind in own.items():
        if _class_or_init_var(kind):
            raise TypeError(f"{cls.__name__}.{name}: use dataclasses.dataclass")
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
            plain = f.init and f.repr and f.compare is True and f.hash is None
            if not plain or f.kw_only is True or f.metadata:
                raise TypeError(f"{cls.__name__}.{name}: use dataclasses.dataclass")
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = field(default=value)
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed")
        if f.default is MISSING and f.default_factory is MISSING:
            if defaulted:
                raise TypeError(f"non-default argument {name!r} follows default argument")
        else:
            defaulted = name
        f.name, f.type, f.kw_only = name, kind, False
        f._field_type = _FIELD_KIND  # type: ignore[attr-defined]
        found[name] = f
    return found


def _class_or_init_var(kind: Any) -> bool:
    """Whether an annotation is a `ClassVar` or an `InitVar` (written as text, or not)."""
    if isinstance(kind, str):
        return "ClassVar" in kind or "InitVar" in kind
    return (
        kind is ClassVar
        or get_origin(kind) is ClassVar
        or kind is InitVar
        or isinstance(kind, InitVar)
    )


def _make(cls: _C, frozen: bool, slots: bool) -> _C:
    found = _fields(cls)
    names = tuple(found)
    if slots:
        cls = _slotted(cls, names)
    setattr(cls, "__dataclass_fields__", found)  # noqa: B010  # (a name mypy would question)
    setattr(cls, "__match_args__", names)  # noqa: B010
    _put(cls, "__init__", _init(cls, found, frozen))
    _put(cls, "__repr__", _repr(names))
    _put(cls, "__eq__", _eq(names))
    if frozen:
        _put(cls, "__setattr__", _frozen_setattr(cls, frozenset(names)))
        _put(cls, "__delattr__", _frozen_delattr(cls, frozenset(names)))
        _put(cls, "__hash__", _hash(names))
    else:
        cls.__hash__ = None  # type: ignore[assignment]  # equal by value and mutable
    if slots and frozen:
        _put(cls, "__getstate__", _getstate(names))
        _put(cls, "__setstate__", _setstate(names))
    return cls


def _put(cls: type, name: str, fn: Callable[..., Any]) -> None:
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, fn)


def _slotted(cls: _C, names: tuple[str, ...]) -> _C:
    """The class again with `__slots__` of its fields, as dataclass's `slots=True` makes it."""
    space = dict(cls.__dict__)
    for name in names:
        space.pop(name, None)  # a default: a slot of that name takes its place
    space.pop("__dict__", None)
    space.pop("__weakref__", None)
    space["__slots__"] = names
    qualname = getattr(cls, "__qualname__", None)
    made = type(cls)(cls.__name__, cls.__bases__, space)
    if qualname is not None:
        made.__qualname__ = qualname
    return made  # type: ignore[no-any-return]


def _init(cls: type, found: dict[str, Field[Any]], frozen: bool) -> Callable[..., None]:
    """The `__init__` dataclass writes: the fields in order, positional or by keyword."""
    params, body = [], []
    space: dict[str, Any] = {"_F": _FACTORY, "_set": object.__setattr__}
    for name, f in found.items():
        value = name
        if f.default_factory is not MISSING:
            params.append(f"{name}=_F")
            space[f"_f_{name}"] = f.default_factory
            value = f"_f_{name}() if {name} is _F else {name}"
        elif f.default is MISSING:
            params.append(name)
        else:
            params.append(f"{name}=_d_{name}")
            space[f"_d_{name}"] = f.default
        body.append(f" _set(self, {name!r}, {value})" if frozen else f" self.{name} = {value}")
    text = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or [" pass"]) + "\n"
    codecache.run(text, space)
    fn: Callable[..., None] = space["__init__"]
    return fn


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(names: tuple[str, ...]) -> Callable[[Any, object], bool]:
    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    return __eq__


def _hash(names: tuple[str, ...]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(tuple(getattr(self, n) for n in names))

    return __hash__


def _frozen_setattr(owner: type, names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)  # (what `super(owner, self)` finds: no base has one)

    return __setattr__


def _frozen_delattr(owner: type, names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is owner or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    return __delattr__


def _getstate(names: tuple[str, ...]) -> Callable[[Any], list[Any]]:
    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, n) for n in names]

    return __getstate__


def _setstate(names: tuple[str, ...]) -> Callable[[Any, list[Any]], None]:
    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    return __setstate__


__all__ = ["dataclass"]
