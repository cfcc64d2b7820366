"""Only a sure contradiction is hard: doubtful date verdicts become `unverified`, never a re-ask.

Three cases leave the evidence unclear rather than contrary:
- the document states no publication date, so the reference date is a guess (`today`), and the
  source writes the claimed day without a year (`6일`, `4.30`): the claim's month or year may be
  right, and the value the facts layer resolved may be wrong;
- the claimed text (or its month and day, `4.30`, in the document's year) is written in the
  source, but the facts layer read no date there;
- the source names the day only by its weekday (`on Monday`, `월요일`), and the claimed date is
  that weekday within a week of the document's date.
A model told to "use" a value resolved against a guessed date would turn a right answer wrong.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.datewords import WEEKDAYS_EN, WEEKDAYS_KO
from summarizer.lazy import lazy_compile
from summarizer.models import ClaimCheck
from summarizer.verify.attribution import cite
from summarizer.verify.evidence import GUESSED_ORIGINS, Evidence
from summarizer.verify.values import normalise_date

_YEAR = re.compile(r"\d{4}|['’‘]\d{2}")
_MONTH = re.compile(r"\d{1,2}\s*월|\d{1,2}\s*[./]\s*\d|[A-Za-z]{3,}")


def _claimed(claim: str) -> date | None:
    # A year-less claim gets a leap year so that 2-29 survives; only month and day are used.
    value = normalise_date(claim.split("T")[0].strip(), date(2024, 1, 1))
    if value is None or "/" in value:
        return None
    return date.fromisoformat(value)


_DAY_OF_RE1 = lazy_compile(r"(\d{1,2})\s*일")


def _day_of(text: str) -> tuple[int | None, int] | None:
    """(month or None, day) of a year-less date mention."""
    value = normalise_date(text, date(2024, 1, 1))
    if value is not None and "/" not in value:
        day = date.fromisoformat(value)
        return (day.month if _MONTH.search(text) else None), day.day
    m = _DAY_OF_RE1.search(text)
    return (None, int(m.group(1))) if m else None


def _yearless_match(ev: Evidence, claimed: date) -> str | None:
    """A year-less mention in the source of the claimed day (month too, where it has one)."""
    for fact in ev.facts.facts:
        if fact.kind != "date" or _YEAR.search(fact.text) or not ev.is_clean(fact):
            continue
        got = _day_of(fact.text)
        if got and got[1] == claimed.day and got[0] in (None, claimed.month):
            return fact.text.strip()
    written = _written(ev, claimed)
    return written.group(0) if written else None


def _written(ev: Evidence, claimed: date) -> re.Match[str] | None:
    """`4.30` or `4월 30일` for the claimed month and day, anywhere in the text."""
    m, d = claimed.month, claimed.day
    return re.search(
        rf"(?<![\d.]){m}\s*[./]\s*0?{d}(?![\d%])|(?<!\d){m}\s*월\s*0?{d}\s*일", ev.text
    )


def _unread(ev: Evidence, claim: str) -> str | None:
    """The claimed day written in the text (`May 4.30`) where the facts layer read no date."""
    value = normalise_date(claim.split("T")[0].strip(), ev.reference)
    if value is None or "/" in value or ev.reference is None:
        return None
    claimed = date.fromisoformat(value)
    found = _written(ev, claimed)
    if claimed.year != ev.reference.year or found is None:
        return None
    read = any(
        f.kind == "date" and f.start < found.end() and found.start() < f.end for f in ev.facts.facts
    )
    return None if read else found.group(0)


_WEEKDAYS_EN = tuple(w.capitalize() for w in WEEKDAYS_EN)
_WEEKDAYS_KO = WEEKDAYS_KO


def _weekday_match(ev: Evidence, claim: str) -> str | None:
    """A weekday the source names that the claimed day, within a week of the document's date, falls on."""
    reference = ev.reference
    value = normalise_date(claim.split("T")[0].strip(), reference) if reference else None
    if reference is None or value is None or "/" in value:
        return None
    claimed = date.fromisoformat(value)
    if abs((claimed - reference).days) > 6:
        return None
    wd = claimed.weekday()
    pattern = rf"\b{_WEEKDAYS_EN[wd]}\b|{_WEEKDAYS_KO[wd]}요일"
    found = re.search(pattern, ev.text)
    return found.group(0) if found else None


def _doubt(check: ClaimCheck, ev: Evidence) -> str | None:
    claim = check.claim.strip()
    if len(claim) >= 3 and ev.literal(claim) is not None:
        return "is written so in the source, but was not read as a date there; not checked"
    weekday = _weekday_match(ev, claim)
    if weekday is not None:
        return f"the source gives this day only as {cite(weekday)}, near the document's date; not checked"
    if ev.facts.reference_date_origin not in GUESSED_ORIGINS:
        unread = _unread(ev, claim)
        if unread is None:
            return None
        return f"the source writes {cite(unread)}, which was not read as a date there; not checked"
    claimed = _claimed(claim)
    seen = _yearless_match(ev, claimed) if claimed else None
    if seen is None:
        return None
    return (
        f"the source writes {cite(seen)} without a year and states no publication date, "
        "so the month and year cannot be checked"
    )


def soften(checks: list[ClaimCheck], ev: Evidence) -> list[ClaimCheck]:
    """The checks with doubtful hard date verdicts turned into `unverified` notes."""
    out = []
    for check in checks:
        doubt = None
        if check.kind in ("date", "embargo") and check.hard and not check.ok:
            doubt = _doubt(check, ev)
        if doubt is None:
            out.append(check)
        else:
            out.append(
                check.model_copy(update={"status": "unverified", "hard": False, "note": doubt})
            )
    return out


__all__ = ["GUESSED_ORIGINS", "soften"]
