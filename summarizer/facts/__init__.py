"""Deterministic facts: dates, times, phones, e-mails, URLs and money, with spans and values."""

from __future__ import annotations

from datetime import date

from summarizer.models import Fact


def find_facts(text: str, reference_date: date) -> list[Fact]:
    """Every fact in `text`, sorted by start; day-only dates resolve against `reference_date`."""
    return []  # TEMPORARY: filled in by the facts work


def find_reference_date(text: str) -> tuple[date, str] | None:
    """The publication date the text states (embargo, 입력 line, dateline, first full date)."""
    return None  # TEMPORARY: filled in by the facts work


__all__ = ["find_facts", "find_reference_date"]
