"""Empty model strings are absent, never markup: a blank title, point or quote is left out of
the rendered briefing and listed among the problems, so nothing renders as `# ` or `****`."""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any

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
        return _clean_record(briefing, "", blanks), blanks
    from summarizer.models import Briefing

    data = _clean(briefing, "", blanks)
    return Briefing.model_validate(data), blanks


def _blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


def _clean(model: Any, path: str, blanks: list[str]) -> dict[str, Any]:
    from pydantic import BaseModel

    out: dict[str, Any] = {}
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        here = f"{path}{name}"
        if _blank(value):
            blanks.append(here)
            out[name] = "" if field.is_required() else None
        elif isinstance(value, BaseModel):
            out[name] = _clean(value, f"{here}.", blanks)
        elif isinstance(value, list):
            kept: list[Any] = []
            for i, item in enumerate(value):
                if _blank(item):
                    blanks.append(f"{here}[{i}]")
                    kept.append("")
                elif isinstance(item, BaseModel):
                    kept.append(_clean(item, f"{here}[{i}].", blanks))
                else:
                    kept.append(item)
            out[name] = kept
        else:
            out[name] = value
    return out


def _clean_record(record: Any, path: str, blanks: list[str]) -> Any:
    """`_clean` of a record: the same fields blanked, in the same order, as a new record."""
    changes: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        here = f"{path}{f.name}"
        if _blank(value):
            blanks.append(here)
            required = f.default is MISSING and f.default_factory is MISSING
            changes[f.name] = "" if required else None
        elif is_dataclass(value):
            changes[f.name] = _clean_record(value, f"{here}.", blanks)
        elif isinstance(value, list):
            kept: list[Any] = []
            for i, item in enumerate(value):
                if _blank(item):
                    blanks.append(f"{here}[{i}]")
                    kept.append("")
                elif is_dataclass(item):
                    kept.append(_clean_record(item, f"{here}[{i}].", blanks))
                else:
                    kept.append(item)
            changes[f.name] = kept
    return replace(record, **changes)


__all__ = ["without_blanks"]
