"""A photo caption's day read against the date the caption itself closes with.

A wire photo's caption tells the day in its sentence and closes with the photo's full date and
credit: `… 5일 … 협약식을 가진 뒤 악수를 나누고 있다. 2019.5.5/뉴스1`, `… 있다. 2024.5.5 [가람시
제공]`, `… 있다. 2024.05.05. photo@…`. With no reference date the day stays unresolved; the
caption states its own month and year, so a day there that is the closing date's day is that
date. Nothing else is resolved by it: the closing date is no reference for the page (an archive
photo's date is not the story's), only for its own caption's day.
"""

from __future__ import annotations

from summarizer.facts.candidates import Candidate
from summarizer.lazy import lazy_compile
from summarizer.models.records import FactNote

_LINE_REACH = 300  # a caption is one line, seldom longer
# the caption's sentence closed before its date: `있다. 2019.5.5`
_CLOSED = lazy_compile(r"다\.[ \t]*$")
# what the closing date may have after it: its credit, a bracket, a dot, the line's end; not a
# particle (`2026.5.5까지` is a deadline in a sentence)
_CREDIT_AFTER = lazy_compile(r"\.?(?:[ \t]*[/\[(ⓒ©]|[ \t]+[\w.+-]+@|[ \t]*\r?$|[ \t]*\n)")


def _day_only(c: Candidate) -> int | None:
    """The day of an unresolved date written as a day alone (`5일`, `지난 5일`)."""
    if c.kind != "date" or c.value is not None or len(c.parts) != 1:
        return None
    p = c.parts[0]
    if p.month is not None or p.year is not None or p.relative not in (None, "지난"):
        return None
    return p.day


def _closing_date(s: str, c: Candidate, dates: list[Candidate]) -> Candidate | None:
    """The full date closing the caption line `c` stands on, after its sentence."""
    end = s.find("\n", c.end, c.end + _LINE_REACH)
    stop = end if end >= 0 else min(len(s), c.end + _LINE_REACH)
    after = [
        d
        for d in dates
        if c.end <= d.start < stop
        and d.value is not None
        and len(d.parts) == 1
        and d.parts[0].year is not None
        and d.parts[0].month is not None
    ]
    if len(after) != 1:
        return None
    d = after[0]
    line_start = s.rfind("\n", 0, d.start) + 1
    if not _CLOSED.search(s, max(line_start, d.start - 6), d.start):
        return None
    return d if _CREDIT_AFTER.match(s, d.end) else None


def caption_days(s: str, dates: list[Candidate]) -> list[Candidate]:
    """`dates` (found with no reference date), a caption's unresolved day given the value of
    the full date closing its caption when the two name the same day."""
    out = []
    for c in dates:
        day = _day_only(c)
        d = _closing_date(s, c, dates) if day is not None else None
        if d is None or d.parts[0].day != day or d.value is None:
            out.append(c)
            continue
        said = f"month and year from the date closing its photo caption ({s[d.start : d.end]})"
        out.append(c._replace(value=d.value, notes=(FactNote(kind="year-inferred", message=said),)))
    return out


__all__ = ["caption_days"]
