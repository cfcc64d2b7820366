"""Every fact of a text: the extractors' candidates, overlaps resolved, as Fact records.

Every extractor scans one prepared copy of the text (full-width folded, markup blanked)
that has the same length as the original, so offsets always index the text given.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.anaphora import find_word_days
from summarizer.facts.candidates import Candidate, resolve_overlaps
from summarizer.facts.contacts import find_contacts
from summarizer.facts.dates import find_dates
from summarizer.facts.money import find_money
from summarizer.facts.normalize import prepare
from summarizer.facts.phones import find_phones
from summarizer.facts.resolve import Reference
from summarizer.facts.times import find_times
from summarizer.models.records import Fact

_DIGIT = re.compile(r"\d")
_AS_WRITTEN = ("email", "url")
_WORD_TIMES = (
    "정오",
    "자정",
    "noon",
    "midnight",
)  # their value is the original text, not the folded copy


def _as_reference(reference: Reference | date | None) -> Reference | None:
    return Reference.of(reference) if isinstance(reference, date) else reference


def find_candidates(text: str, reference: Reference | date | None) -> list[Candidate]:
    """Fact candidates of `text` sorted by start, non-overlapping but for one nesting.

    A date range written across a clock (`6. 2.(월) 09:00 ~ 6. 13.(금)`) spans the time
    inside it, and both are kept.
    """
    s = prepare(text)
    reference = _as_reference(reference)
    cands: list[Candidate] = find_contacts(s)
    dates: list[Candidate] = []
    if _DIGIT.search(s):
        cands += find_phones(s)
        dates = find_dates(s, reference)
        if reference is None and dates:
            # (a caption's day, read against the date closing that caption: few pages)
            from summarizer.facts.captiondays import caption_days

            dates = caption_days(s, dates)
        cands += dates
        cands += find_times(s)
        cands += find_money(s)
    elif any(w in s for w in _WORD_TIMES):  # the only times written without a digit
        cands += find_times(s)
    kept = resolve_overlaps(cands)
    words = find_word_days(s, reference, [c for c in kept if c.kind == "date"])
    return resolve_overlaps(kept + words) if words else kept


def find_facts(text: str, reference: Reference | date | None) -> list[Fact]:
    """Every fact in `text`, sorted by start; day-only dates resolve against `reference`
    (with none, they keep their parts and get no value)."""
    return [
        Fact(
            kind=c.kind,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=text[c.start : c.end] if c.kind in _AS_WRITTEN else c.value,
            fax=c.fax,
            currency=c.currency,
            parts=list(c.parts),
            notes=list(c.notes),
        )
        for c in find_candidates(text, reference)
    ]


__all__ = ["find_candidates", "find_facts"]
