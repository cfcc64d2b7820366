"""Empty model strings are absent, never markup: a blank title, point or quote is left out of
the rendered briefing and listed among the problems, so nothing renders as `# ` or `****`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from summarizer.models import Briefing


def without_blanks(briefing: Briefing) -> tuple[Briefing, list[str]]:
    """A copy with whitespace-only strings made absent, and the fields that were blank.

    Optional strings become None; required ones (titles, headline, points, texts) become "".
    List positions are kept, so every check still names its item; the renderer skips what is
    empty and falls back to what is there (the Korean title, no headline line). A briefing
    read from the cache as a record (summarizer.models.result_records) gives a record.
    """
    blanks: list[str] = []
    if is_dataclass(briefing):
        return _clean(briefing, "", blanks, _RECORDS), blanks
    from pydantic import BaseModel

    from summarizer.models import Briefing

    models = _Shape(
        fields=lambda m: [(n, f.is_required()) for n, f in type(m).model_fields.items()],
        nested=lambda v: isinstance(v, BaseModel),
        build=lambda _, values: values,  # validated once, whole, below
    )
    return Briefing.model_validate(_clean(briefing, "", blanks, models)), blanks


class _Shape(NamedTuple):
    """How to walk one kind of object: its fields (name, required), which values are objects
    of the kind, and how a cleaned copy is made from the cleaned values."""

    fields: Callable[[Any], list[tuple[str, bool]]]
    nested: Callable[[Any], bool]
    build: Callable[[Any, dict[str, Any]], Any]


_RECORDS = _Shape(
    fields=lambda r: [
        (f.name, f.default is MISSING and f.default_factory is MISSING) for f in fields(r)
    ],
    nested=is_dataclass,
    build=lambda r, values: replace(r, **values),
)


def _blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


def _clean(obj: Any, path: str, blanks: list[str], shape: _Shape) -> Any:
    out: dict[str, Any] = {}
    for name, required in shape.fields(obj):
        value = getattr(obj, name)
        here = f"{path}{name}"
        if _blank(value):
            blanks.append(here)
            out[name] = "" if required else None
        elif shape.nested(value):
            out[name] = _clean(value, f"{here}.", blanks, shape)
        elif isinstance(value, list):
            kept: list[Any] = []
            for i, item in enumerate(value):
                if _blank(item):
                    blanks.append(f"{here}[{i}]")
                    kept.append("")
                elif shape.nested(item):
                    kept.append(_clean(item, f"{here}[{i}].", blanks, shape))
                else:
                    kept.append(item)
            out[name] = kept
        else:
            out[name] = value
    return shape.build(obj, out)


__all__ = ["without_blanks"]
