"""A weekday written beside a date in the prose must be that date's weekday.

`화요일(11월 14일)`, `7월 17일(목)`, `on Thursday, July 17, 2024`: the calendar decides, so a
weekday the date does not fall on is a slip of the answer (one of the two is wrong). A date
without a year takes the document's year, which may be a guess, and a source may itself write a
weekday beside the day; so the verdict is `unverified` (shown, never re-asked), and a weekday
the source writes beside the same day is never doubted.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from summarizer.facts.datewords import WEEKDAYS_EN, WEEKDAYS_KO
from summarizer.models import ClaimCheck
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import claim_check as _check
from summarizer.verify.values import PROSE_DATE, normalise_date

_EN_FULL = "|".join(WEEKDAYS_EN)
_EN_ABBR = r"mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
# The weekday written right before the date (`월요일(11월 14일)`, `on Monday, Nov. 14`) or right
# after it (`14일(월)`, `14일 월요일`, `Nov. 14 (Monday)`, `(Mon)`); group `ko` or `en` holds it.
_BEFORE = re.compile(
    rf"(?:(?P<ko>[{WEEKDAYS_KO}])요일|\b(?P<en>{_EN_FULL}|(?:{_EN_ABBR})\.))\s*[,(]?\s*$", re.I
)
_AFTER = re.compile(
    rf"\s*(?:\(\s*(?P<ko>[{WEEKDAYS_KO}])(?:요일)?\s*\)|(?P<ko2>[{WEEKDAYS_KO}])요일"
    rf"|,?\s*\(\s*(?P<en>{_EN_FULL}|{_EN_ABBR})\.?\s*\)|,?\s*(?P<en2>{_EN_FULL})\b)",
    re.I,
)


def _index(name: str) -> int:
    """Monday = 0, from a Korean syllable (`화`) or an English name or its short form."""
    if name in WEEKDAYS_KO:
        return WEEKDAYS_KO.index(name)
    return next(i for i, w in enumerate(WEEKDAYS_EN) if w.startswith(name.lower()[:3]))


def _written_weekday(prose: str, start: int, end: int) -> tuple[int, str] | None:
    """The weekday the prose writes beside the date at `start:end`, and its words."""
    after = _AFTER.match(prose, end)
    if after is not None:
        name = after.group("ko") or after.group("ko2") or after.group("en") or after.group("en2")
        return _index(name), after.group(0).strip()
    before = _BEFORE.search(prose[max(0, start - 16) : start])
    if before is not None:
        return _index(before.group("ko") or before.group("en")), before.group(0).strip()
    return None


def _source_writes(ev: Evidence, day: date, weekday: int) -> bool:
    """The source itself writes this weekday beside the same month and day."""
    text = unicodedata.normalize("NFKC", ev.text)
    for m in PROSE_DATE.finditer(text):
        value = normalise_date(m.group(0), ev.reference or day)
        if value is None or value[5:] != day.isoformat()[5:]:
            continue
        written = _written_weekday(text, m.start(), m.end())
        if written is not None and written[0] == weekday:
            return True
    return False


def _named_anywhere(ev: Evidence, weekday: int) -> bool:
    """The source names this weekday somewhere (`월요일`, `14일(월)`, `Monday`, `Mon.`)."""
    ko, en = WEEKDAYS_KO[weekday], WEEKDAYS_EN[weekday]
    pattern = rf"{ko}요일|\d\s*일\s*\(\s*{ko}\s*\)|\b{en}\b|\b{en[:3]}\b"
    return re.search(pattern, unicodedata.normalize("NFKC", ev.text), re.I) is not None


def check_weekdays(ev: Evidence, field: str, prose: str) -> list[ClaimCheck]:
    """Each date of `prose` written with a weekday it does not fall on: `unverified`. Without a
    year to place the date (the source states none), a weekday the source never names."""
    checks = []
    prose = unicodedata.normalize("NFKC", prose)
    for m in PROSE_DATE.finditer(prose):
        written = _written_weekday(prose, m.start(), m.end())
        if written is None:
            continue
        value = normalise_date(m.group(0), ev.reference)
        if value is None and not _named_anywhere(ev, written[0]):
            note = f"the source never names {WEEKDAYS_EN[written[0]].capitalize()}"
            checks.append(_check(field, "date", written[1], "unverified", note=note))
        if value is None or "/" in value:
            continue
        day = date.fromisoformat(value)
        if day.weekday() == written[0] or _source_writes(ev, day, written[0]):
            continue
        truly = WEEKDAYS_EN[day.weekday()].capitalize()
        note = f"{value} is a {truly}, not the {written[1]!r} written beside it"
        checks.append(_check(field, "date", f"{m.group(0)} {written[1]}", "unverified", note=note))
    return checks


__all__ = ["check_weekdays"]
