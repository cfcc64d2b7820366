"""The written forms of a date (Korean, numeric, English) read into unresolved parts."""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.facts.datecontext import (
    LINE_START,
    TIME_AFTER,
    UNIT_AFTER,
    day_only_ok,
    day_range_is_event,
    short_year_ok,
)
from summarizer.facts.datewords import MONTH_NAME_EN, RELATIVE_BEFORE, YEAR_WORDS, relative_key
from summarizer.facts.resolve import Parts, weekday_index
from summarizer.lazy import lazy_compile

_DAY_NAME = r"[월화수목금토일月火水木金土日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
# (수), (수요일), (Wed), and with a second day or a holiday: (화~수), (토/일), (수·공휴일), (수, 공휴일)
WD = (
    r"(?:[ \t]?[(\[][ \t]?(?P<wd>" + _DAY_NAME + r")(?:요일)?"
    r"(?:[ \t]?(?:[~\-]|[·ㆍ,/](?=[ \t]?(?:" + _DAY_NAME + r")(?:요일)?[ \t]?[)\]]))[ \t]?"
    r"(?P<wd2>" + _DAY_NAME + r")(?:요일)?"
    r"|[ \t]?[·ㆍ,/][ \t]?[가-힣]{0,5}(?:휴일|일|절|날))?[ \t]?[)\]])?"
)
_MONTHS = r"(?P<mon>" + MONTH_NAME_EN + ")"
ANY_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")

# Every pattern opens with a plain character class so the regex engine can skip ahead fast;
# what a lookbehind at the very start would do is checked right after the first character.
# 2024년 7월 17일(수), 7월 17일, 17일(수), 4월 27~28일, 5월 5·6일 (two dates);
# anchors such as 지난달 are read before it
# (`\d{0,3}+` and the lookahead: a number not followed by 년, 월, 일 or a range mark is refused
# at once, not at every shorter length)
# (a full stop after a syllable ends a sentence: `체결했다.17일` is a day; `3.17일` is none)
KO = re.compile(
    r"(?P<a>\d(?<![\d,]\d)(?<!(?<![가-힣])\.\d)\d{0,3}+)(?=[ \t]*[년월일~\-·ㆍ,])[ \t]*"
    r"(?:년[ \t]*(?P<m1>\d\d?)[ \t]*월[ \t]*(?P<d1>\d\d?)|월[ \t]*(?P<d3>\d\d?)|)"
    r"(?:[ \t]*[~-][ \t]*(?P<d2>\d\d?)|[ \t]*[·ㆍ,][ \t]*(?P<d4>\d\d?))?[ \t]*일" + WD
)
# 2024. 7. 17.(수), 2024.07.17, 2024-07-17, 2024/07/17, '24.7.17, 24.7.17(수); glued to the word
# before it (`… 협약 체결2024.04.24`; after a Latin letter only closing its line: `num_atom`)
NUM = re.compile(
    r"(?P<y>['12](?<![\d.\-/_=]['12])(?<![A-Za-z]')\d{1,3})(?:(?P<s>[.])[ \t]*|(?P<s2>[-/]))"
    r"(?P<m>\d\d?)(?:(?(s)[.][ \t]*|(?P=s2)))(?P<d>\d\d?)(?!\d)(?P<dot>[ \t]*\.(?![ \t]?\d))?" + WD
)
# 7. 17.(수), 7.17(수), 5. 2.
MD = re.compile(
    r"(?P<m>\d(?<![\d.,A-Za-z_'/=-]\d)\d?)\.(?P<sp>[ \t]?)(?P<d>\d\d?)(?!\d)(?P<dot>\.(?!\d))?" + WD
)
# 7/17(수): a slash date needs its weekday, or it could be a fraction
# 7/17(수); without a weekday only as a side of a range (`7/17~7/19`): else it may be a fraction
SLASH = re.compile(r"(?P<m>\d(?<![\d.,A-Za-z_'/=-]\d)\d?)/(?P<d>\d\d?)(?![\d/])" + WD)
_ORD = r"(?:st|nd|rd|th)"
_AND = r"(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+"
# July 17, 2024 / Sept. 5 / Oct. 15-17 / July 18th / May 5 and 6 (two dates) / July 17,2024 (no
# space after the comma); the day is taken whole (`12,2015` is never the day 1)
EN = re.compile(
    _MONTHS
    + r"\.?[ \t]+(?P<d>\d{1,2}+)(?P<dx>"
    + _ORD
    + r"?)(?![\d.:]\d|,(?!(?:19|20)\d\d(?!\d))\d)"
    r"(?:(?:[ \t]*[-~][ \t]*|[ \t]+(?:to|through|until)[ \t]+)(?P<d2>\d{1,2})(?![\d:])"
    r"|" + _AND + r"(?P<d3>\d{1,2})" + _ORD + r"?(?![\d:]))?"
    r"(?:(?:,?[ \t]+|,)(?P<y>(?:19|20)\d{2})(?!\d))?" + WD
)
# 17 July 2024 / 18th July / the 5th of May / 5 and 6 May (two dates)
EN_DMY = lazy_compile(
    r"(?P<d>\d(?<![\d.]\d)\d?)(?P<ord>" + _ORD + r"?)"
    r"(?:"
    + _AND
    + r"(?P<d2>\d{1,2})(?P<ord2>"
    + _ORD
    + r"?))?(?:[ \t]+of)?[ \t]+"
    + _MONTHS
    + r"\.?(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?(?![A-Za-z\d])"
)

# 10-12 May 2024, 10~12 May: a range of days written before their month
EN_DMY_RANGE = lazy_compile(
    r"(?P<d>\d(?<![\d.:/\-]\d)\d?)[ \t]*[-–~][ \t]*(?P<d2>\d{1,2})(?P<wd2>(?!))?[ \t]+"
    + _MONTHS
    + r"\.?(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?(?![A-Za-z\d])"
)

_MONTH_NO = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


# (written as a call, not a class: a class statement has typing evaluate each field's string
# annotation, ~0.3 M instructions of every start that the call's types skip)
Atom = NamedTuple(  # noqa: UP014  # (see the comment above)
    "Atom",
    [
        ("start", int),
        ("end", int),
        ("parts", Parts),
        ("ok", bool),  # stands on its own; False means only acceptable inside a range
    ],
)


def year_of(tok: str | None) -> int | None:
    if not tok:
        return None
    tok = tok.lstrip("'")
    return int(tok) + 2000 if len(tok) == 2 else int(tok)


def month_of(tok: str) -> int:
    return _MONTH_NO[tok[:3].lower()]


def ko_atom(s: str, m: re.Match[str]) -> Atom | None:
    a, start = m.group("a"), m.start()
    year = month = None
    if m.group("d1") is not None:
        day, month = int(m.group("d1")), int(m.group("m1"))
        if len(a) == 2 and start > 0 and s[start - 1] == "'":
            start -= 1
        elif len(a) != 4:
            return None
        year = year_of(a)
    elif m.group("d3") is not None:
        if len(a) > 2:
            return None
        day, month = int(m.group("d3")), int(a)
    elif len(a) > 2:
        return None
    else:
        day = int(a)
    anc = None
    am = RELATIVE_BEFORE.search(s, max(0, start - 8), start)
    if am is not None and year is None:
        anc = relative_key(am.group())
        start = am.start()
    parts = Parts(day=day, month=month, year=year, weekday=weekday_index(m.group("wd")), anchor=anc)
    ok = True
    if month is None:
        if anc in YEAR_WORDS:
            return None  # "올해 3일" is no date
        second = m.group("d2") or m.group("d4")
        num_end = m.end("d2") if m.group("d2") is not None else m.end("d4")
        num_end = m.end("a") if second is None else num_end
        after = s.index("일", num_end) + 1
        ok = day_only_ok(s, m.start(), after, m.group("wd") is not None, anc is not None)
        if second is not None and anc is None and m.group("wd") is None and day <= 7:
            ok = ok and day_range_is_event(s, after)
    return Atom(start, m.end(), parts, ok)


# what may follow a date glued to a Latin word: a clock, separators, the line's end
_GLUED_CLOSE = lazy_compile(r"(?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?[ \t|]*(?:\r?\n|$)")


def _glued_latin(s: str, m: re.Match[str]) -> bool:
    """Whether the date is glued to a Latin letter and is no headline's closing date: a code
    (`ABC2024-06-05-1`), not `… Visits Gangwon2024-06-05` closing its line (a board's title
    row run into its date)."""
    before = s[m.start() - 1] if m.start() > 0 else ""
    if not (before.isascii() and before.isalpha()):
        return False
    return len(m.group("y")) != 4 or _GLUED_CLOSE.match(s, m.end()) is None


def num_atom(s: str, m: re.Match[str]) -> Atom | None:
    y = m.group("y")
    if (
        (m.start() > 0 and s[m.start() - 1] == "제")
        or _glued_latin(s, m)
        or (len(y) == 2 and y[0] == "'")
        or (len(y) == 3 and y[0] != "'")
        or (len(y) == 4 and y[:2] not in ("19", "20"))
    ):
        return None
    parts = Parts(
        day=int(m.group("d")),
        month=int(m.group("m")),
        year=year_of(m.group("y")),
        weekday=weekday_index(m.group("wd")),
    )
    if (
        m.group("s2")
        and len(m.group("m")) == 1
        and len(m.group("d")) == 1
        and m.group("wd") is None
    ):
        return None  # 2024-2-1 looks like a code, not a date
    ok = len(y) != 2 or short_year_ok(s, m.start(), m.end(), m.group("wd") is not None)
    return Atom(m.start(), m.end(), parts, ok)


def md_atom(s: str, m: re.Match[str]) -> Atom | None:
    if m.start() > 0 and s[m.start() - 1] == "제":
        return None
    parts = Parts(
        day=int(m.group("d")), month=int(m.group("m")), weekday=weekday_index(m.group("wd"))
    )
    end = m.end()
    if m.group("wd") is not None:
        ok = True
    elif UNIT_AFTER.match(s, end):
        return None
    elif (
        m.group("dot")
        and m.group("sp")
        and not LINE_START.search(s, max(0, m.start() - 20), m.start())
    ):
        ok = True
    else:
        ok = (
            TIME_AFTER.match(s, end) is not None
            or _bracketed(s, m.start(), end)
            or _EN_PREP.search(s, max(0, m.start() - 24), m.start()) is not None
        )
    return Atom(m.start(), end, parts, ok)


# `on 4.30`, `between 8.30-9.6`, `on May 4.30` (a garbled month left before it)
_EN_PREP = lazy_compile(
    r"(?<![A-Za-z])(?:on|from|between|since|until|till|by|dated)[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+)?$"
)


def _bracketed(s: str, start: int, end: int) -> bool:
    """`(10.1)` after a word: a date in brackets, as news writes the day of an event."""
    return (
        start >= 1
        and s[start - 1] == "("
        and s[end : end + 1] == ")"
        and (start == 1 or s[start - 2].isspace() or "가" <= s[start - 2] <= "힣")
    )


# 05/10/2024: an English page's month, day and four-digit year (US order); read as day and
# month only when the first number cannot be a month (`25/12/2024`). Not inside a path.
MDY = lazy_compile(r"(?P<a>\d(?<![\w./\-]\d)\d?)/(?P<b>\d\d?)/(?P<y>(?:19|20)\d\d)(?![\d/])" + WD)


def mdy_atom(m: re.Match[str]) -> Atom | None:
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 else (a, b)
    if not 1 <= month <= 12:
        return None
    wd = weekday_index(m.group("wd"))
    return Atom(m.start(), m.end(), Parts(day, month, int(m.group("y")), wd), True)


def en_atom(m: re.Match[str]) -> Atom:
    parts = Parts(
        day=int(m.group("d")),
        month=month_of(m.group("mon")),
        year=year_of(m.group("y")),
        weekday=weekday_index(m.group("wd") if "wd" in m.re.groupindex else None),
    )
    return Atom(m.start(), m.end(), parts, True)


__all__ = [
    "ANY_MONTH",
    "EN",
    "EN_DMY",
    "EN_DMY_RANGE",
    "KO",
    "MD",
    "MDY",
    "NUM",
    "SLASH",
    "WD",
    "Atom",
    "en_atom",
    "ko_atom",
    "md_atom",
    "mdy_atom",
    "month_of",
    "num_atom",
    "year_of",
]
