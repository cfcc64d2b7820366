"""Deterministic facts: dates, times, phones, e-mails, URLs and money, with spans and values.

The names are imported on first use (PEP 562): a module that needs only a vocabulary
(`summarizer.facts.datewords`) does not load every extractor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.facts.find import find_candidates, find_facts
    from summarizer.facts.reference import find_reference_date
    from summarizer.facts.resolve import Reference

_EXPORTS = {
    "Reference": "summarizer.facts.resolve",
    "find_candidates": "summarizer.facts.find",
    "find_facts": "summarizer.facts.find",
    "find_reference_date": "summarizer.facts.reference",
}

__all__ = ["Reference", "find_candidates", "find_facts", "find_reference_date"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer.facts' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
