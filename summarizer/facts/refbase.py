"""What the reference-date finders share: the page with its dates, a date made whole, lines."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import NamedTuple

from summarizer.facts.dateforms import Atom
from summarizer.facts.dateregistry import date_atoms, page_atoms
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import marks

TIME_NEXT = lazy_compile(r"[ \t]*\d{1,2}:\d{2}")


# A stated reference date, what kind of line stated it, and its span in the text. (Written as
# a call, not a class: see facts.dateforms.Atom.)
Found = NamedTuple(  # noqa: UP014  # (see the comment above)
    "Found", [("reference", Reference), ("origin", str), ("start", int), ("end", int)]
)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def full_date(a: Atom) -> date | None:
    p = a.parts
    return _safe(p.year, p.month, p.day) if p.year is not None and p.month is not None else None


_NEAREST_FIRST = sorted(range(-11, 12), key=lambda k: (abs(k), k))


class Page:
    """The prepared text, with its date atoms and first written year found only if asked."""

    def __init__(self, s: str) -> None:
        self.s = s

    @cached_property
    def atoms(self) -> list[Atom]:
        return page_atoms(self.s)

    @cached_property
    def stated(self) -> int | None:
        for a in self.atoms:
            if a.parts.year is not None and a.parts.month is not None:
                return a.parts.year
        return None


def complete(a: Atom, page: Page | None) -> date | None:
    """A date's year: as written, else the one its weekday points to nearest the page's
    first written year; None when the page writes no year at all."""
    p = a.parts
    if p.month is None:
        return None
    if p.year is not None:
        return _safe(p.year, p.month, p.day)
    stated_year = page.stated if page is not None else None
    if stated_year is None:
        return None
    if p.weekday is None:
        return _safe(stated_year, p.month, p.day)
    for delta in _NEAREST_FIRST:  # 0, -1, 1, -2, 2, …: the weekday repeats within 11 years
        d = _safe(stated_year + delta, p.month, p.day)
        if d is not None and d.weekday() == p.weekday:
            return d
    return None


def line_end(s: str, i: int) -> int:
    j = s.find("\n", i)
    return len(s) if j == -1 else j


def next_filled_line(s: str, end: int) -> str:
    """The first line after the one ending at `end` that holds more than spaces."""
    while end < len(s):
        start = end + 1
        end = line_end(s, start)
        if s[start:end].strip():
            return s[start:end]
    return ""


def next_line_at(s: str, i: int) -> int:
    """Where the value of a label ending at `i` starts: on its line, or on the next line
    (after its bullet) when the label stands alone; -1 when there is none."""
    end = line_end(s, i)
    if s[i:end].strip(" \t\r:|"):
        return i
    nxt = end + 1
    while nxt < len(s) and s[nxt] in "\r\n \t":
        nxt += 1
    if (b := _BULLET.match(s, nxt)) is not None:  # `- 작성일` over `- 2019.10.01`
        nxt = b.end()
    return nxt if nxt - end < 8 and nxt < len(s) else -1


_BULLET = lazy_compile(rf"[{marks.STAMP}▶▷][ \t]+")  # (marks: summarizer.lexicon.marks)


def dated(
    s: str, at: int, origin: str, stated: Page | None, *, need_time: bool = False
) -> Found | None:
    """The date written right at `at` (within its line) as a reference, if it is one.

    The label before `at` is read with it: it is what makes `24.06.21` a date."""
    lead = max(s.rfind("\n", 0, at) + 1, at - 8)
    chunk = s[lead : line_end(s, at)][: at - lead + 48]
    atoms = [a for a in date_atoms(chunk) if a.start >= at - lead]
    if not atoms or atoms[0].start != at - lead:
        return None
    if need_time and not TIME_NEXT.match(chunk, atoms[0].end):
        return None
    d = complete(atoms[0], stated)
    if d is None:
        return None
    return Found(Reference.of(d), origin, at, lead + atoms[0].end)


__all__ = [
    "TIME_NEXT",
    "Found",
    "Page",
    "complete",
    "dated",
    "full_date",
    "line_end",
    "next_line_at",
]
