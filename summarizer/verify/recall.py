"""Recall warnings: facts the structure found in the source that the briefing left out."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.certainty import GUESSED_ORIGINS
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import key as _key
from summarizer.verify.values import normalise_phone


def recall_warnings(briefing: Briefing, ev: Evidence, checks: list[ClaimCheck]) -> list[str]:
    """Contact phones, the embargo, the event date and speakers' quotes the briefing leaves out."""
    structure = ev.facts.structure
    warnings: list[str] = []
    claimed = {normalise_phone(c.phone) for c in briefing.contacts if c.phone}
    for contact in structure.contacts:
        if not contact.phone or contact.phone in claimed:
            continue
        if contact.start is not None and not ev.is_clean_range(contact.start, contact.end):
            continue  # an injected "contact" is not one the briefing should have
        who = ", ".join(x for x in (contact.name, contact.role, contact.department) if x)
        shown = contact.phone_text or contact.phone
        warnings.append(
            f"contact phone {shown}{f' ({who})' if who else ''} is in the source but not in the briefing"
        )
        claimed.add(contact.phone)
    line = structure.embargo
    # A dropped embargo lets a reader publish early (an injected line is none of the source's).
    if line and line.value and not briefing.embargo and ev.is_clean_range(line.start, line.end):
        warnings.append(
            f"the source sets a release time ({line.text.strip()!r}, {line.value}); "
            "the briefing gives no embargo"
        )
    event = structure.event
    if event and event.date and not (briefing.event and briefing.event.date):
        span = event.date_span
        written = f" (written {span.text!r})" if span else ""
        if span is not None and _day_only(ev, span.text):
            # Resolved against a guessed date: only the day is the source's.
            if not _day_in_prose(briefing, span.text):
                warnings.append(
                    f"the source gives the event day as {span.text!r} without month or year; "
                    "the briefing does not mention it"
                )
        else:
            warnings.append(
                f"the source states the event date {event.date}{written}; the briefing has none"
            )
    # A source quote is covered by a grounded briefing quote over it, or one by the same speaker.
    people = {_key(x) for q in briefing.quotes for x in (q.speaker, q.org) if x}
    grounded = [c.span for c in checks if c.kind == "quote" and c.ok and c.span]
    seen: set[str] = set()
    for quote in structure.quotes:
        if any(s.start < quote.end and quote.start < s.end for s in grounded):
            continue
        key = _key(quote.speaker)
        if key and (key in seen or any(p and (p in key or key in p) for p in people)):
            continue
        seen.add(key)
        who = f"quotes {quote.speaker}" if quote.speaker else "has a quote"
        warnings.append(f"the source {who} ({quote.text[:20]!r}…); the briefing leaves it out")
    return warnings


_DAY_ONLY_RE1 = lazy_compile(r"\d\s*월|\d{4}|\d\s*[./]\s*\d")


def _day_only(ev: Evidence, written: str) -> bool:
    """A day without month or year (`6일`, `지난 6일`) in a document whose date is a guess."""
    guessed = ev.facts.reference_date_origin in GUESSED_ORIGINS
    return guessed and not _DAY_ONLY_RE1.search(written)


_DAY_IN_PROSE_RE1 = lazy_compile(r"(\d{1,2})\s*일")


def _day_in_prose(briefing: Briefing, written: str) -> bool:
    day = _DAY_IN_PROSE_RE1.search(written)
    if day is None:
        return False
    n = day.group(1)
    prose = " ".join([briefing.headline_en, *briefing.summary_en, *briefing.summary_ko])
    return bool(re.search(rf"(?<!\d){n}(?:st|nd|rd|th|일)|\b\w+ {n}\b", prose))


__all__ = ["recall_warnings"]
