"""Dates a page states outside its prose: a `date 2021-07` metadata line, a periodical's issue
marker (`2021년 3월호`).

(A date inside an image's or a link's address, `/2021/07/13/`, `_20210713`, is no date the page
states: the gold conventions of the real-page sets read a page whose only date is there as
stating none, and the reading was taken out in session 37.)
"""

from __future__ import annotations

from datetime import date

from summarizer.facts.dateforms import month_of
from summarizer.facts.datewords import MONTH_NAME_EN
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile

_META = lazy_compile(
    r"(?m)^[ \t]*(?:date|Date|DATE)[ \t]*:?[ \t]+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)"
    r"(?:-(?P<d>[0-3]\d))?(?![\d\-])"
)


def _reference(y: str, m: str, d: str | None) -> Reference | None:
    try:
        if d is not None:
            return Reference.of(date(int(y), int(m), int(d)))
        date(int(y), int(m), 1)
        return Reference(int(y), int(m), None)
    except ValueError:
        return None


def meta_line(s: str) -> tuple[Reference, int, int] | None:
    """A `date 2021-07` or `date 2019-10-01` line that page extraction left in the text."""
    # (the word every match holds, asked first: a pattern opening with `^` is tried at every
    # character of the page)
    m = _META.search(s) if "date" in s or "Date" in s or "DATE" in s else None
    if m is None:
        return None
    ref = _reference(m.group("y"), m.group("m"), m.group("d"))
    return (ref, m.start("y"), m.end()) if ref is not None else None


# A periodical's issue marker near the page's top: the year and month the issue is of, its
# number beside them or `호` glued to the month (`2021년 3월호`, `2021.03 통권 120호`,
# `Vol. 12 2021.03`, `March 2021 issue`): the month the page was published, not its day
_ISSUE_KO = lazy_compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[ \t]*(?:년[ \t]*|[.\-/][ \t]*)(?P<m>\d{1,2})(?![\d.\-/])[ \t]*"
    r"(?:월[ \t]*호|월?[ \t]*(?:[|(\[,·][ \t]*)?(?:통권|제)[ \t]*\d+[ \t]*호)"
)
_ISSUE_NUMBERED = lazy_compile(
    r"(?:Vol|No)\.?[ \t]*\d+[ \t,|]*(?P<y>(?:19|20)\d\d)[ \t]*[.\-/][ \t]*(?P<m>\d{1,2})(?![\d.\-/])"
)
_ISSUE_EN = lazy_compile(rf"(?P<mon>{MONTH_NAME_EN})\.?[ \t]+(?P<y>(?:19|20)\d\d)[ \t]+[Ii]ssue\b")
_ISSUE_HEAD = 600  # (the marker heads the page: in its first lines)


def issue_month(s: str) -> tuple[Reference, int, int] | None:
    """The month a periodical's issue marker at the page's top states, and where."""
    head = s[:_ISSUE_HEAD]
    # (each pattern asked only of a head holding its word: `월호`, `통권`/`제…호`, `Vol`/`No`,
    # `issue`)
    asked = (
        ("월호" in head or "통권" in head or ("제" in head and "호" in head), _ISSUE_KO),
        ("Vol" in head or "No" in head, _ISSUE_NUMBERED),
        ("ssue" in head, _ISSUE_EN),
    )
    for present, rx in asked:
        m = rx.search(head) if present else None
        if m is None:
            continue
        month = month_of(m.group("mon")) if "mon" in rx.groupindex else int(m.group("m"))
        ref = _reference(m.group("y"), str(month), None)
        if ref is not None:
            return ref, m.start(), m.end()
    return None


__all__ = ["issue_month", "meta_line"]
