"""Deterministic facts: dates, times, phones, e-mails, URLs and money, with spans and values.

The names are imported on first use (PEP 562): a module that needs only a vocabulary
(`summarizer.facts.datewords`) does not load every extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

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

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
