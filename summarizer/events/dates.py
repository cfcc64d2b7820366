"""The event date of a report and whether two reports' dates agree.

A day-only date (`30일`) in a page that states no publication date tells the day of the month
and nothing else; it is compared by day alone. Dates a day apart agree: a signing abroad is
dated in local time (`6일(현지시간)`) and news often reports the day after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from summarizer.models import Fact, SummaryResult


Agreement = Literal["same", "near", "differ", "unknown"]
Precision = Literal["full", "month", "day"]
_MONTH = re.compile(r"월|\d\s*[./-]\s*\d|[A-Z][a-z]{2,8}\.?\s+\d")
_YEAR = re.compile(r"\d{4}|[’']\d{2}|\b\d{2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d")
# Reference dates the document does not state: one for a whole batch, or none at all.
GUESSED = ("today", "option", "unknown")
_LOCAL_TIME = re.compile(r"현지\s*시간|local time|\((?:U\.S\.|US|local) time\)", re.IGNORECASE)


@dataclass(frozen=True)
class EventDate:
    """A report's event date and how much of it the text states: all of it, month and day
    (a year guessed from today), or only the day of the month."""

    value: date | None = None
    precision: Precision = "full"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    origin: str = "structure"  # "briefing", "structure" or "lead"

    @property
    def day_only(self) -> bool:
        """Only the day of the month is known."""
        return self.precision == "day"

    @property
    def shown(self) -> str:
        """`2025-07-15`, `07-15 (year not stated)` or `day 16 (month not stated)`."""
        if self.value is None:
            return "not stated"
        if self.precision == "day":
            return f"day {self.value.day} (month not stated)"
        if self.precision == "month":
            return f"{self.value:%m-%d} (year not stated)"
        return self.value.isoformat()


def precision(origin: str, text: str | None) -> Precision:
    """How much of a date resolved against `origin` its text states (a reference date not
    from the document, `today` or one `--reference-date` for a whole batch, tells neither
    year nor month)."""
    if origin not in GUESSED:  # a date the document states, not a guess
        return "full"
    if text is not None and _YEAR.search(text):
        return "full"
    return "month" if text is not None and _MONTH.search(text) else "day"


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _from_fact(f: Fact, origin: str) -> EventDate | None:
    """A single-day date fact as an event date: its value, else what its text says (`16일`
    with no reference date is day 16 of an unknown month)."""
    if f.value and "/" not in f.value:
        day = _parse(f.value)
        if day is not None:
            return EventDate(day, precision(origin, f.text), f.text, f.start, f.end, "lead")
    if f.value or len(f.parts) != 1:
        return None
    p = f.parts[0]
    try:
        if p.year is not None and p.month is not None:
            return EventDate(date(p.year, p.month, p.day), "full", f.text, f.start, f.end, "lead")
        if p.month is not None:  # 2000 is a leap year: 2월 29일 stays a date
            return EventDate(date(2000, p.month, p.day), "month", f.text, f.start, f.end, "lead")
        return EventDate(date(2000, 1, p.day), "day", f.text, f.start, f.end, "lead")
    except ValueError:
        return None


def _lead_date(result: SummaryResult, lead: tuple[int, int]) -> EventDate:
    """The first single-day date of the lead outside noise (`15일`, `지난 13일`), when the
    structure found no event date: news leads state the signing day first."""
    facts = result.facts
    noise = [(r.start, r.end) for r in facts.regions]
    for f in facts.facts:
        if f.kind != "date" or not lead[0] <= f.start < lead[1] or "일" not in f.text:
            continue
        if any(a <= f.start < b for a, b in noise):
            continue
        found = _from_fact(f, facts.reference_date_origin)
        if found is not None:
            return found
    return EventDate()


def event_date(result: SummaryResult, lead: tuple[int, int] | None = None) -> EventDate:
    """The briefing's event date when it states one, else the structure's, else the first
    day the lead states; with its span."""
    facts = result.facts
    ev = facts.structure.event
    span = ev.date_span if ev is not None else None
    b = result.briefing
    if b is not None and b.event is not None and (day := _parse(b.event.date)):
        same_span = span is not None and ev is not None and _parse(ev.date) == day
        # A model that resolved `30일` against a guessed date knows only the day, like us.
        texts = [f.text for f in facts.facts if f.kind == "date" and f.value == day.isoformat()]
        known = max(
            (precision(facts.reference_date_origin, t) for t in texts),
            key=["day", "month", "full"].index,
            default=precision(facts.reference_date_origin, None),
        )
        return EventDate(
            day,
            known,
            span.text if same_span and span else None,
            span.start if same_span and span else None,
            span.end if same_span and span else None,
            "briefing",
        )
    day = _parse(ev.date) if ev is not None else None
    if day is None:
        return _lead_date(result, lead) if lead is not None else EventDate()
    text = span.text if span is not None else None
    return EventDate(
        day,
        precision(facts.reference_date_origin, text),
        text,
        span.start if span else None,
        span.end if span else None,
    )


def _day_gap(a: int, b: int) -> int:
    """Days between two days of a month, across a month end of any length (30 and 1 can be
    one apart)."""
    lo, hi = sorted((a, b))
    wrap = max(hi, 28) - hi + lo  # the shortest month that has day `hi`
    return min(hi - lo, wrap)


def compare(a: EventDate, b: EventDate) -> Agreement:
    """same, near (one day apart), differ, or unknown (either not stated)."""
    if a.value is None or b.value is None:
        return "unknown"
    if a.day_only or b.day_only:
        gap = _day_gap(a.value.day, b.value.day)
    elif "month" in (a.precision, b.precision):  # a year guessed: month and day only
        x, y = (date(2000, d.month, d.day) for d in (a.value, b.value))
        gap = abs((x - y).days)
        gap = min(gap, 366 - gap)
    else:
        gap = abs((a.value - b.value).days)
    return "same" if gap == 0 else "near" if gap == 1 else "differ"


def local_time(text: str) -> bool:
    """Whether the report dates the event in local time abroad."""
    return bool(_LOCAL_TIME.search(text))


__all__ = [
    "Agreement",
    "EventDate",
    "Precision",
    "compare",
    "event_date",
    "local_time",
    "precision",
]
