"""The written forms of a date (Korean, numeric, English) read into unresolved parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from summarizer.facts.datecontext import (
    LINE_START,
    TIME_AFTER,
    UNIT_AFTER,
    day_only_ok,
    day_range_is_event,
    short_year_ok,
)
from summarizer.facts.resolve import Parts, weekday_index

_DAY_NAME = r"[월화수목금토일月火水木金土日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
# (수), (수요일), (Wed), and with a second day or a holiday: (화~수), (토/일), (수·공휴일), (수, 공휴일)
WD = (
    r"(?:[ \t]?[(\[][ \t]?(?P<wd>" + _DAY_NAME + r")(?:요일)?"
    r"(?:[ \t]?(?:[~\-]|[·ㆍ,/](?=[ \t]?(?:" + _DAY_NAME + r")(?:요일)?[ \t]?[)\]]))[ \t]?"
    r"(?P<wd2>" + _DAY_NAME + r")(?:요일)?"
    r"|[ \t]?[·ㆍ,/][ \t]?[가-힣]{0,5}(?:휴일|일|절|날))?[ \t]?[)\]])?"
)
_ANCHOR = re.compile(
    r"(?:지난[ ]?달|지난해|지난|오는|이번[ ]?달|이달|다음[ ]?달|내달|전달|전월|익월|"
    r"작년|전년|올해|금년|내년|이듬해|다음[ ]?해)[ \t]*$"
)
_MONTHS = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ANY_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")

# Every pattern opens with a plain character class so the regex engine can skip ahead fast;
# what a lookbehind at the very start would do is checked right after the first character.
# 2024년 7월 17일(수), 7월 17일, 17일(수), 4월 27~28일, 5월 5·6일 (two dates);
# anchors such as 지난달 are read before it
_KO = re.compile(
    r"(?P<a>\d(?<![\d.,]\d)\d{0,3})[ \t]*"
    r"(?:년[ \t]*(?P<m1>\d\d?)[ \t]*월[ \t]*(?P<d1>\d\d?)|월[ \t]*(?P<d3>\d\d?)|)"
    r"(?:[ \t]*[~-][ \t]*(?P<d2>\d\d?)|[ \t]*[·ㆍ,][ \t]*(?P<d4>\d\d?))?[ \t]*일" + WD
)
# 2024. 7. 17.(수), 2024.07.17, 2024-07-17, 2024/07/17, '24.7.17, 24.7.17(수)
_NUM = re.compile(
    r"(?P<y>['12](?<![\d.\-/A-Za-z_=]['12])\d{1,3})(?:(?P<s>[.])[ \t]*|(?P<s2>[-/]))"
    r"(?P<m>\d\d?)(?:(?(s)[.][ \t]*|(?P=s2)))(?P<d>\d\d?)(?!\d)(?P<dot>[ \t]*\.(?![ \t]?\d))?" + WD
)
# 7. 17.(수), 7.17(수), 5. 2.
_MD = re.compile(
    r"(?P<m>\d(?<![\d.,A-Za-z_'/=-]\d)\d?)\.(?P<sp>[ \t]?)(?P<d>\d\d?)(?!\d)(?P<dot>\.(?!\d))?" + WD
)
# 7/17(수): a slash date needs its weekday, or it could be a fraction
_SLASH = re.compile(r"(?P<m>\d(?<![\d.,A-Za-z_'/=-]\d)\d?)/(?P<d>\d\d?)(?![\d/])" + WD[:-1])
_ORD = r"(?:st|nd|rd|th)"
_AND = r"(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+"
# July 17, 2024 / Sept. 5 / Oct. 15-17 / July 18th / May 5 and 6 (two dates)
_EN = re.compile(
    _MONTHS + r"\.?[ \t]+(?P<d>\d{1,2})(?P<dx>" + _ORD + r"?)(?![\d,.:]\d)"
    r"(?:(?:[ \t]*[-~][ \t]*|[ \t]+(?:to|through|until)[ \t]+)(?P<d2>\d{1,2})(?![\d:])"
    r"|" + _AND + r"(?P<d3>\d{1,2})" + _ORD + r"?(?![\d:]))?"
    r"(?:,?[ \t]+(?P<y>(?:19|20)\d{2})(?!\d))?" + WD
)
# 17 July 2024 / 18th July / the 5th of May / 5 and 6 May (two dates)
_EN_DMY = re.compile(
    r"(?P<d>\d(?<![\d.]\d)\d?)(?P<ord>" + _ORD + r"?)"
    r"(?:"
    + _AND
    + r"(?P<d2>\d{1,2})(?P<ord2>"
    + _ORD
    + r"?))?(?:[ \t]+of)?[ \t]+"
    + _MONTHS
    + r"\.?(?:,?[ \t]+(?P<y>(?:19|20)\d{2}))?(?![A-Za-z\d])"
)

_MONTH_NO = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


class Atom(NamedTuple):
    start: int
    end: int
    parts: Parts
    ok: bool  # stands on its own; False means only acceptable inside a range


def _year(tok: str | None) -> int | None:
    if not tok:
        return None
    tok = tok.lstrip("'")
    return int(tok) + 2000 if len(tok) == 2 else int(tok)


def _mon(tok: str) -> int:
    return _MONTH_NO[tok[:3].lower()]


_ANCHOR_ALIASES = {
    "지난달": "지난 달",
    "이번달": "이번 달",
    "다음달": "다음 달",
    "다음해": "다음 해",
}
_YEAR_ANCHORS = ("지난해", "작년", "전년", "올해", "금년", "내년", "이듬해", "다음 해")


def _ko_atom(s: str, m: re.Match[str]) -> Atom | None:
    a, start = m.group("a"), m.start()
    year = month = None
    if m.group("d1") is not None:
        day, month = int(m.group("d1")), int(m.group("m1"))
        if len(a) == 2 and start > 0 and s[start - 1] == "'":
            start -= 1
        elif len(a) != 4:
            return None
        year = _year(a)
    elif m.group("d3") is not None:
        if len(a) > 2:
            return None
        day, month = int(m.group("d3")), int(a)
    elif len(a) > 2:
        return None
    else:
        day = int(a)
    anc = None
    am = _ANCHOR.search(s, max(0, start - 8), start)
    if am is not None and year is None:
        anc = am.group().rstrip(" \t").replace("  ", " ")
        anc = _ANCHOR_ALIASES.get(anc, anc)
        start = am.start()
    parts = Parts(day=day, month=month, year=year, weekday=weekday_index(m.group("wd")), anchor=anc)
    ok = True
    if month is None:
        if anc in _YEAR_ANCHORS:
            return None  # "올해 3일" is no date
        second = m.group("d2") or m.group("d4")
        num_end = m.end("d2") if m.group("d2") is not None else m.end("d4")
        num_end = m.end("a") if second is None else num_end
        after = s.index("일", num_end) + 1
        ok = day_only_ok(s, m.start(), after, m.group("wd") is not None, anc is not None)
        if second is not None and anc is None and m.group("wd") is None and day <= 7:
            ok = ok and day_range_is_event(s, after)
    return Atom(start, m.end(), parts, ok)


def _num_atom(s: str, m: re.Match[str]) -> Atom | None:
    y = m.group("y")
    if (
        (m.start() > 0 and s[m.start() - 1] == "제")
        or (len(y) == 2 and y[0] == "'")
        or (len(y) == 3 and y[0] != "'")
        or (len(y) == 4 and y[:2] not in ("19", "20"))
    ):
        return None
    parts = Parts(
        day=int(m.group("d")),
        month=int(m.group("m")),
        year=_year(m.group("y")),
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


def _md_atom(s: str, m: re.Match[str]) -> Atom | None:
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
        ok = bool(TIME_AFTER.match(s, end))
    return Atom(m.start(), end, parts, ok)


def _en_atom(m: re.Match[str]) -> Atom:
    parts = Parts(
        day=int(m.group("d")),
        month=_mon(m.group("mon")),
        year=_year(m.group("y")),
        weekday=weekday_index(m.group("wd") if "wd" in m.re.groupindex else None),
    )
    return Atom(m.start(), m.end(), parts, True)


def atoms_with_matches(s: str) -> Iterator[tuple[Atom, re.Match[str] | None]]:
    for m in _KO.finditer(s):
        a = _ko_atom(s, m)
        if a and m.group("d4") is not None:  # `5월 5·6일`: `5월 5` and `6일`
            p, wd2 = a.parts, weekday_index(m.group("wd2"))
            first_end = (
                m.end("d1") if m.group("d1") else m.end("d3") if m.group("d3") else m.end("a")
            )
            first = Parts(p.day, p.month, p.year, p.weekday if wd2 is not None else None, p.anchor)
            yield Atom(a.start, first_end, first, a.ok), None
            wd = p.weekday if wd2 is None else wd2
            second = Parts(int(m.group("d4")), p.month, p.year, wd, p.anchor)
            yield Atom(m.start("d4"), m.end(), second, a.ok), None
        elif a:
            yield a, m
    for m in _NUM.finditer(s):
        a = _num_atom(s, m)
        if a:
            yield a, None
    if "/" in s:
        for m in _SLASH.finditer(s):
            yield (
                Atom(
                    m.start(),
                    m.end(),
                    Parts(
                        day=int(m.group("d")),
                        month=int(m.group("m")),
                        weekday=weekday_index(m.group("wd")),
                    ),
                    True,
                ),
                None,
            )
    if "." in s:
        for m in _MD.finditer(s):
            a = _md_atom(s, m)
            if a:
                yield a, None
    if _ANY_MONTH.search(s) is None:
        return
    for m in _EN.finditer(s):
        if m.start() > 0 and s[m.start() - 1].isascii() and s[m.start() - 1].isalpha():
            continue  # inside a word (a lookbehind here would stop the engine's fast skip)
        a = _en_atom(m)
        if m.group("d3") is None:
            yield a, m
            continue
        # `May 5 and 6`: two dates, `May 5` and `6` (the year and weekday written after both)
        first = Parts(day=a.parts.day, month=a.parts.month, year=a.parts.year)
        yield Atom(m.start(), m.end("dx"), first, True), None
        second = Parts(int(m.group("d3")), a.parts.month, a.parts.year, a.parts.weekday)
        yield Atom(m.start("d3"), m.end(), second, True), None
    for m in _EN_DMY.finditer(s):
        d2 = m.group("d2")
        if not (m.group("y") or len(m.group("mon")) > 3 or m.group("ord") or d2):
            continue  # `5 May` alone could be a count of something named May
        month, year = _mon(m.group("mon")), _year(m.group("y"))
        day = Parts(int(m.group("d")), month, year)
        if d2 is None:
            yield Atom(m.start(), m.end(), day, True), None
            continue
        # `5 and 6 May`: two dates, `5` and `6 May`
        yield Atom(m.start(), m.end("ord"), day, True), None
        yield Atom(m.start("d2"), m.end(), Parts(int(d2), month, year), True), None


def date_atoms(s: str) -> list[Atom]:
    """Every date that stands on its own in the prepared text `s`, unresolved, in text order.

    Left out: what is a date only as one side of a range (`24.7.17` with no weekday, clock
    or label) and day counts (`3일간`).
    """
    return sorted(a for a, _ in atoms_with_matches(s) if a.ok)


def atom_at(s: str, pos: int) -> Atom | None:
    """A full date form (numeric, Korean, English, `M. D.`) starting exactly at `pos`."""
    for rx in (_NUM, _KO, _EN):
        m = rx.match(s, pos)
        if m:
            a = _num_atom(s, m) if rx is _NUM else _ko_atom(s, m) if rx is _KO else _en_atom(m)
            if a:
                return a
    m = _MD.match(s, pos)
    if m and not UNIT_AFTER.match(s, m.end()):
        parts = Parts(
            day=int(m.group("d")), month=int(m.group("m")), weekday=weekday_index(m.group("wd"))
        )
        return Atom(m.start(), m.end(), parts, True)
    return None


__all__ = ["WD", "Atom", "atom_at", "atoms_with_matches", "date_atoms"]
