"""Empty model strings are absent, never markup: a blank title, point or quote is left out of
the rendered briefing and listed among the problems, so nothing renders as `# ` or `****`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from summarizer.models import Briefing


def without_blanks(briefing: Briefing) -> tuple[Briefing, list[str]]:
    """A copy with whitespace-only strings made absent, and the fields that were blank.

    Optional strings become None; required ones (titles, headline, points, texts) become "".
    List positions are kept, so every check still names its item; the renderer skips what is
    empty and falls back to what is there (the Korean title, no headline line).
    """
    blanks: list[str] = []
    data = _clean(briefing, "", blanks)
    return Briefing.model_validate(data), blanks


def _blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


def _clean(model: BaseModel, path: str, blanks: list[str]) -> dict[str, Any]:
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


__all__ = ["without_blanks"]
