"""Read stored JSON into records (summarizer.models.records, .result_records) without pydantic.

Strict by construction: a value is taken only when it already has exactly the type the
matching pydantic model declares (a JSON string for `str`, an integer, not `true` or `1.0`,
for `int`, one of the listed words for a `Literal`, an object for a nested model) and meets
its constraints (CONSTRAINTS: spans start and end at 0 or later, a briefing has 1 to 6
points); a missing required field, any other value, a non-finite number or an escaped
surrogate (`\\ud800`) rejects the whole text (`Rejected`). What it accepts the pydantic model
accepts alike, with the same values: keys the model does not know are ignored as pydantic
ignores them, missing optional fields take the same defaults. What it rejects is for the
caller to give to pydantic, which decides as before (ResultCache.get_record).
"""

from __future__ import annotations

import inspect
import json
import math
import re
import sys
import typing
from collections.abc import Callable
from dataclasses import MISSING, fields
from types import NoneType, UnionType
from typing import Any, TypeVar

from summarizer.models.records import Span
from summarizer.models.result_records import Briefing

R = TypeVar("R")
Read = Callable[[Any], Any]


class Rejected(ValueError):
    """The text is not exactly what the models declare: let pydantic decide."""


def _at_least_zero(value: int) -> bool:
    return value >= 0


def _one_to_six(value: list[Any]) -> bool:
    return 1 <= len(value) <= 6


# The models' constraints (pydantic `Field(ge=…, min_length=…, max_length=…)`), by the record
# class that declares the field and its name; a test reads them off the models.
CONSTRAINTS: dict[tuple[type, str], Callable[[Any], bool]] = {
    (Span, "start"): _at_least_zero,
    (Span, "end"): _at_least_zero,
    (Briefing, "summary_ko"): _one_to_six,
    (Briefing, "summary_en"): _one_to_six,
}

# `\ud800`-`\udfff` escaped in the text: json and pydantic may read those apart.
_SURROGATE = re.compile(r"\\u[dD][89abAB]")


def _reject(value: Any) -> Any:
    raise Rejected(f"unexpected {type(value).__name__}")


def _exact(kind: type) -> Read:
    def read(value: Any) -> Any:
        return value if type(value) is kind else _reject(value)

    return read


def _float(value: Any) -> float:
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is int:
        return float(value)
    return _reject(value)  # type: ignore[no-any-return]


def _literal(words: tuple[Any, ...]) -> Read:
    if not all(type(w) is str for w in words):
        raise TypeError(f"only Literals of strings are read: {words}")
    allowed = frozenset(words)

    def read(value: Any) -> Any:
        return value if type(value) is str and value in allowed else _reject(value)

    return read


def _optional(inner: Read) -> Read:
    def read(value: Any) -> Any:
        return None if value is None else inner(value)

    return read


def _list_of(inner: Read) -> Read:
    def read(value: Any) -> Any:
        return [inner(v) for v in value] if type(value) is list else _reject(value)

    return read


_READS: dict[type, Read] = {}  # by record class, built on first use


def _reader_of(hint: Any) -> Read:
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return _literal(typing.get_args(hint))
    if origin is list:
        return _list_of(_reader_of(typing.get_args(hint)[0]))
    if origin in (UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not NoneType]
        if len(args) != 1 or len(typing.get_args(hint)) != 2:
            raise TypeError(f"only `X | None` unions are read: {hint}")
        return _optional(_reader_of(args[0]))
    if hint is float:
        return _float
    if hint in (str, int, bool):
        return _exact(hint)
    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        return lambda value: _record(hint, value)
    raise TypeError(f"no reader for {hint!r}")


def _declared_by(cls: type, name: str) -> type:
    return next(k for k in cls.__mro__ if name in inspect.get_annotations(k))


def _build(cls: type) -> Read:
    """The reader of one record class: each field read (or defaulted) and checked."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    plan: list[tuple[str, Read, Callable[[Any], bool] | None, Any, Any]] = []
    for f in fields(cls):
        check = CONSTRAINTS.get((_declared_by(cls, f.name), f.name))
        plan.append((f.name, _reader_of(hints[f.name]), check, f.default, f.default_factory))

    def read(value: Any) -> Any:
        if type(value) is not dict:
            return _reject(value)
        given: dict[str, Any] = {}
        for name, reader, check, default, factory in plan:
            if name in value:
                v = reader(value[name])
                if check is not None and not check(v):
                    raise Rejected(f"{cls.__name__}.{name} out of range")
                given[name] = v
            elif default is MISSING and factory is MISSING:
                raise Rejected(f"{cls.__name__}.{name} missing")
        return cls(**given)

    return read


def _record(cls: type, value: Any) -> Any:
    reader = _READS.get(cls)
    if reader is None:
        reader = _READS[cls] = _build(cls)
    return reader(value)


def read_json(cls: type[R], text: object) -> R:
    """The record of class `cls` that `text` holds, read as strictly as the model is (see the
    module docstring); `Rejected` when the text is anything else (bytes included)."""
    if type(text) is not str:
        raise Rejected("not text")
    if _SURROGATE.search(text):
        raise Rejected("an escaped surrogate")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise Rejected("not JSON") from None
    return _record(cls, data)  # type: ignore[no-any-return]


__all__ = ["CONSTRAINTS", "Rejected", "read_json"]
