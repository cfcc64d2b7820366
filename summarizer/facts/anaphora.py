"""Days named by a word, not a number: `이날`, `전날`, `당일`, and English weekdays.

They are read from the day last named before them (or the day of the report told after them in
the same sentence; with neither, the day they point back to is not on the page and they are left
out), or for an English weekday from the reference and the tense; like the gold convention, one
is kept only when it names a day the text writes nowhere else.
"""

from __future__ import annotations

from datetime import date, timedelta

from summarizer.facts.candidates import Candidate
from summarizer.facts.datewords import (
    ANAPHORIC,
    ANAPHORIC_WORD,
    CLOCK_AFTER,
    DEICTIC,
    EN_WEEKDAY,
    KO_WEEKDAY,
    NEEDS_CLOCK,
    WEEK_RELATIVE,
    WEEKDAYS_EN,
    WEEKDAYS_KO,
    words_pattern,
)
from summarizer.facts.resolve import Parts, Reference, resolve
from summarizer.facts.tense import tense_after
from summarizer.lazy import lazy_compile
from summarizer.lexicon import ANNOUNCE_VERBS_KO, alternation
from summarizer.models.records import DateParts


def _day(value: str | None) -> date | None:
    if not value or "/" in value:
        return None
    return date.fromisoformat(value)


# `…, according to officials on Tuesday`, `the ministry said Tuesday`: the day of the report,
# whatever the tense of the plan it reports (`are to strengthen ties …`)
# (`according to` a source of a few words: `according to the plan they will sign on Friday`
# reports no day)
_REPORTED_ON = lazy_compile(
    r"\b(?:said|says|announced|reported|told\s+\S+"
    r"|according\s+to\s+(?:\S+\s+){0,4}?(?:officials?|sources?|[Mm]inistry|[Gg]overnment|[A-Z]\S*))"
    r"\s+(?:on\s+)?$"
)


def _weekday(ref: Reference, weekday: int, s: str, start: int, end: int) -> date | None:
    """The nearest such weekday: on or before the reference in a past report or as the day of
    the report itself, after it in a plan."""
    if ref.day is None:
        return None
    r = ref.date
    back = (r.weekday() - weekday) % 7
    reported = _REPORTED_ON.search(s, max(0, start - 80), start) is not None
    if not reported and tense_after(s, end) == "future":
        return r + timedelta(days=(weekday - r.weekday()) % 7 or 7)
    return r - timedelta(days=back)


# English days named from the page's own day (its dateline or stamp): `yesterday`, `tomorrow`
# (`today` is left out: `today's world`, `the challenges we face today` name no day)
_EN_SHIFT = {"yesterday": -1, "tomorrow": 1}
_EN_DEICTIC = lazy_compile(r"(?<![A-Za-z])(?P<w>[Yy]esterday|[Tt]omorrow)(?![A-Za-z])")

# `오늘(17)`, `오늘(3.17/)`, `어제(16)`: a day word glossed with its date in brackets, written as
# a bare number (`어제(11일)` holds a written day already); a written date, kept beside others of
# its value
_GLOSSED = lazy_compile(
    r"(?<![가-힣])"
    + words_pattern(DEICTIC)
    + r"\((?P<d>(?:(?P<m>\d{1,2})[./])?(?P<day>\d{1,2}))\.?/?\)"
)


def _glossed_days(s: str, ref: Reference, dates: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _GLOSSED.finditer(s):
        a, b = m.span("d")
        if any(c.start < b and a < c.end for c in dates):
            continue  # read already as a written date
        month = int(m.group("m")) if m.group("m") else None
        value = resolve(Parts(day=int(m.group("day")), month=month), ref)
        if value is not None:
            parts = (DateParts(day=value.day, month=month),)
            out.append(Candidate(a, b, "date", value.isoformat(), parts=parts))
    return out


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# `Tuesday, October 1`, `Tuesday 1 October`, `Tuesday 2024-10-01`: a written date's weekday
_ATTACHED = lazy_compile(
    r",?[ \t]*(?:"
    + _MONTH
    + r"[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    + _MONTH
    + r"|\d{1,4}[./\-]\d)"
)
_WEEK_FLAT = {k.replace(" ", ""): v for k, v in WEEK_RELATIVE.items()}
_FLAT = {k.replace(" ", ""): v for k, v in ANAPHORIC.items()}
_TOLD = lazy_compile(r"[ \t]*" + alternation(ANNOUNCE_VERBS_KO))


def _told_after(s: str, pos: int, dates: list[Candidate]) -> date | None:
    """`전날 … 체결했다고 19일 밝혔다`: the day the news was told, later in the same sentence."""
    stop = s.find(".", pos)
    stop = len(s) if stop == -1 else stop
    for c in dates:
        if pos <= c.start < stop and _TOLD.match(s, c.end):
            return _day(c.value)
    return None


_BLANKS = lazy_compile(r"[ \t]+")


def _ko_weekday(r: date, rel: str, weekday: int) -> date | None:
    """`지난 월요일` the last Monday before `r`, `오는 금요일` the next Friday after it,
    `지난주 목요일` Thursday of the week before (weeks start on Monday)."""
    shift = _WEEK_FLAT.get(_BLANKS.sub("", rel))
    if shift == "past":
        return r - timedelta(days=(r.weekday() - weekday) % 7 or 7)
    if shift == "next":
        return r + timedelta(days=(weekday - r.weekday()) % 7 or 7)
    if isinstance(shift, int):
        return r + timedelta(days=weekday - r.weekday() + 7 * shift)
    return None


def find_word_days(s: str, ref: Reference | None, dates: list[Candidate]) -> list[Candidate]:
    """Candidates for word-named days whose value no written date of `dates` already has."""
    known = {c.value for c in dates if c.value}
    for c in dates:
        known.update((c.value or "").split("/"))
    dated = sorted((c.start, d) for c in dates if (d := _day(c.value)) is not None)
    out: list[Candidate] = []
    # (every weekday's name ends in `day`: a page without one is not scanned for them)
    if ref is not None and ref.day is not None and "day" in s:
        for m in EN_WEEKDAY.finditer(s):
            if _ATTACHED.match(s, m.end()):
                continue  # `Tuesday, October 1`: the weekday of a written date
            wd = WEEKDAYS_EN.index(m.group("w").lower())
            value = _weekday(ref, wd, s, m.start(), m.end())
            if value is not None and value.isoformat() not in known:
                parts = (DateParts(day=value.day, weekday=wd),)
                out.append(Candidate(m.start(), m.end(), "date", value.isoformat(), parts=parts))
                known.add(value.isoformat())
    if ref is not None and ref.day is not None and ("esterday" in s or "omorrow" in s):
        for m in _EN_DEICTIC.finditer(s):
            # `The signing took place … yesterday`: the day before the page's own day
            value = ref.date + timedelta(days=_EN_SHIFT[m.group("w").lower()])
            if value.isoformat() not in known:
                parts = (DateParts(day=value.day, relative=m.group("w").lower()),)
                out.append(Candidate(m.start(), m.end(), "date", value.isoformat(), parts=parts))
                known.add(value.isoformat())
    if ref is not None and ref.day is not None and any(w + "(" in s for w in DEICTIC):
        out.extend(_glossed_days(s, ref, dates))
    if ref is not None and ref.day is not None and "요일" in s:
        for m in KO_WEEKDAY.finditer(s):
            value = _ko_weekday(ref.date, m.group("rel"), WEEKDAYS_KO.index(m.group("wd")))
            if value is not None and value.isoformat() not in known:
                rel = _BLANKS.sub(" ", m.group("rel"))
                parts = (DateParts(day=value.day, weekday=value.weekday(), relative=rel),)
                out.append(Candidate(m.start(), m.end(), "date", value.isoformat(), parts=parts))
                known.add(value.isoformat())
    for m in ANAPHORIC_WORD.finditer(s):
        if m.start() > 0 and "가" <= s[m.start() - 1] <= "힣":
            continue  # inside a longer word
        word = m.group("w")
        shift = _FLAT.get(_BLANKS.sub("", word))
        if shift is None or (word in NEEDS_CLOCK and not CLOCK_AFTER.match(s, m.end())):
            continue
        told = _told_after(s, m.end(), dates)
        before = [d for start, d in dated if start < m.start() and d is not None]
        # no day written before it (a stored text opening mid-article, `이날 협약에 따라 …`): the
        # day it points back to is not on the page, and the reference date is no such day
        base = told or (before[-1] if before else None)
        if base is None:
            continue
        day = base + timedelta(days=shift)
        if day.isoformat() not in known:
            parts = (DateParts(day=day.day, relative=word),)
            out.append(Candidate(m.start(), m.end(), "date", day.isoformat(), parts=parts))
            known.add(day.isoformat())
    return out


__all__ = ["find_word_days"]
