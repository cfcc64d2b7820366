"""Where the source writes a claimed date in a form the facts layer did not read as one.

A careful reader may date an event from `4.30` in an English page, from a bare `6일` when the
page states no month, or from `on Monday` next to a dateline. Such a claim is not contradicted
by the source: it is `unverified` (shown, never re-asked), with the words it rests on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from summarizer.facts.datewords import (
    PAST_NEXT,
    RELATIVE,
    WEEKDAYS_EN,
    WEEKDAYS_KO,
    Shift,
    words_pattern,
)
from summarizer.lazy import lazy_compile
from summarizer.models import Span
from summarizer.verify.certainty import GUESSED_ORIGINS
from summarizer.verify.evidence import Evidence
from summarizer.verify.injection import inside

_EN_MONTHS = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
]  # fmt: skip
_EN_DAYS = WEEKDAYS_EN
_KO_DAYS = WEEKDAYS_KO
_THIS_MONTH = (w for w, shift in RELATIVE.items() if shift == Shift("month", 0))  # 이번 달, 이달
_DAY_ONLY = re.compile(
    rf"{words_pattern((*PAST_NEXT, *_THIS_MONTH))}?\s*\d{{1,2}}\s*일\s*(?:\([{WEEKDAYS_KO}]\))?"
)


def _patterns(day: date, day_only: bool) -> list[re.Pattern[str]]:
    """The loose forms of a month and day, compiled once per (month, day) (366 of them)."""
    return _compiled(day.month, day.day, day_only)


@cache
def _compiled(m: int, d: int, day_only: bool) -> list[re.Pattern[str]]:
    mon = _EN_MONTHS[m - 1]
    out = [
        rf"(?<![\d.]){m}\s*[./]\s*0?{d}(?![\d])(?!\s*%)",
        rf"(?<!\d)0?{m}\s*월\s*0?{d}\s*일",
        rf"(?i)\b{mon}[a-z]*\.?\s+{d}(?!\d)",
        rf"(?i)(?<!\d){d}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}",
    ]
    if day_only:
        out += [rf"(?<![\d.]){d}\s*일(?![\d가-힣])", rf"(?i)\bthe\s+{d}(?:st|nd|rd|th)\b"]
    return [re.compile(p) for p in out]


def date_in_text(ev: Evidence, value: str) -> tuple[Span, str] | None:
    """A place where the source writes `value` (ISO) loosely, and what it rests on."""
    try:
        day = date.fromisoformat(value.split("/")[0])
    except ValueError:
        return None
    guessed = ev.facts.reference_date_origin in GUESSED_ORIGINS
    # A mention the facts layer read as another date (another year) contradicts, never supports.
    # Under a guessed reference date a day-only mention (`6일`) fixed no month or year.
    read = [
        (f.start, f.end) for f in ev.facts_of("date")
        if not (guessed and _DAY_ONLY.fullmatch(f.text.strip()))
    ]  # fmt: skip
    for pattern in _patterns(day, day_only=guessed):
        for match in pattern.finditer(ev.text):
            if any(a < match.end() and match.start() < b for a, b in read):
                continue
            if not inside(match.start(), match.end(), ev.instructions):
                span = Span(text=match.group(0), start=match.start(), end=match.end())
                rests = "a day the source writes without month or year" if guessed else "a date"
                return span, rests
    return _weekday(ev, day)


_WEEKDAY_RE1 = lazy_compile(r"\d{4}-\d{2}-\d{2}")


def _weekday(ev: Evidence, day: date) -> tuple[Span, str] | None:
    """`on Monday` / `월요일`: the claimed day has that weekday and lies within a week of a stated date."""
    stated = [
        date.fromisoformat(v)
        for f in ev.facts_of("date")
        for v in (f.value or "").split("/")
        if _WEEKDAY_RE1.fullmatch(v)
    ]
    if not any(abs(s - day) <= timedelta(days=7) for s in stated):
        return None
    names = [rf"(?i)\b{_EN_DAYS[day.weekday()]}\b", rf"{_KO_DAYS[day.weekday()]}요일"]
    for pattern in names:
        match = re.search(pattern, ev.text)
        if match:
            span = Span(text=match.group(0), start=match.start(), end=match.end())
            return span, "a weekday near a date the source states"
    return None


__all__ = ["date_in_text"]
