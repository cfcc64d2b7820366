"""Deterministic facts: dates, times, phones, e-mails, URLs and money, with spans and values.

Every extractor scans one prepared copy of the text (full-width folded, markup blanked)
that has the same length as the original, so offsets always index the text given.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.candidates import Candidate, resolve_overlaps
from summarizer.facts.contacts import find_contacts
from summarizer.facts.dates import find_dates
from summarizer.facts.money import find_money
from summarizer.facts.normalize import prepare
from summarizer.facts.phones import find_phones
from summarizer.facts.reference import find_reference_date
from summarizer.facts.times import find_times
from summarizer.models import Fact

_DIGIT = re.compile(r"\d")
_AS_WRITTEN = ("email", "url")  # their value is the original text, not the folded copy


def find_candidates(text: str, reference_date: date) -> list[Candidate]:
    """Fact candidates of `text` sorted by start, non-overlapping but for one nesting.

    A date range written across a clock (`6. 2.(월) 09:00 ~ 6. 13.(금)`) spans the time
    inside it, and both are kept.
    """
    s = prepare(text)
    cands: list[Candidate] = find_contacts(s)
    if _DIGIT.search(s):
        cands += find_phones(s)
        cands += find_dates(s, reference_date)
        cands += find_times(s)
        cands += find_money(s)
    elif "정오" in s or "자정" in s:  # the only times written without a digit
        cands += find_times(s)
    return resolve_overlaps(cands)


def find_facts(text: str, reference_date: date) -> list[Fact]:
    """Every fact in `text`, sorted by start; day-only dates resolve against `reference_date`."""
    return [
        Fact(
            kind=c.kind,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=text[c.start : c.end] if c.kind in _AS_WRITTEN else c.value,
            note=c.note,
        )
        for c in find_candidates(text, reference_date)
    ]


__all__ = ["find_candidates", "find_facts", "find_reference_date"]
