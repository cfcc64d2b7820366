"""Small helpers shared by the facts tests."""

from __future__ import annotations

from datetime import date

from summarizer.facts import find_facts, find_reference_date
from summarizer.models import Fact

REF = date(2024, 7, 17)


def facts(text: str, kind: str, ref: date = REF) -> list[Fact]:
    """Facts of one kind, after checking every span reproduces its text."""
    found = find_facts(text, ref)
    for f in found:
        assert text[f.start : f.end] == f.text
    return [f for f in found if f.kind == kind]


def pairs(text: str, kind: str, ref: date = REF) -> list[tuple[str, str | None]]:
    """(span text, value) of each fact of one kind."""
    return [(f.text, f.value) for f in facts(text, kind, ref)]


def reference_day(text: str) -> str | None:
    """The page's reference date as `YYYY-MM-DD`, or None where none (or no day) is found."""
    found = find_reference_date(text)
    if found is None:
        return None
    r = found.reference
    return f"{r.year:04d}-{r.month:02d}-{r.day:02d}" if r.day else None
