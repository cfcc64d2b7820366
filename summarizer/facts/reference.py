"""The publication date a text states: embargo line, 입력 line, dateline, or first full date."""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.dateforms import Atom, date_atoms
from summarizer.facts.normalize import prepare

# Label patterns open with literal characters so the engine can skip ahead fast.
_EMBARGO = re.compile(
    r"보[ \t]*도[ \t]*(?:시[ \t]*점|일[ \t]*시|일[ \t]*자|일|(?=[ \t]*[:(\t\r\n]))|엠바고|EMBARGO|Embargo"
)
_RELEASED = re.compile(r"배[ \t]*포[ \t]*(?:일[ \t]*시|일[ \t]*자|일|시[ \t]*점)")
_INPUT = re.compile(
    r"(?P<label>기사[ \t]*입력|최초[ \t]*입력|입력|송고|기사[ \t]*등록|등록|승인|게재|게시|발행|작성|"
    r"Published|Posted|PUBLISHED)"
    r"(?:[ \t]*(?:일시|일자|시간|일|on|at))?[ \t]*[:|]?[ \t]*"
)
_UPDATED = re.compile(r"(?:최종[ \t]*)?수정(?:[ \t]*(?:일시|일자|시간|일))?[ \t]*[:|]?[ \t]*")
_TIME_NEXT = re.compile(r"[ \t]*\d{1,2}:\d{2}")
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'\-]{1,30}(?:,[ \t]*[A-Z][A-Za-z .]{1,30})?,[ \t]+(?=[A-Z])"
)
_ANNOUNCED = re.compile(
    r"(?P<d>\d(?<![\d.,]\d)\d?)일[ \t]*(?:밝혔다|밝혔습니다|발표했다|전했다|알렸다|공개했다|설명했다)"
)


_NEAREST_FIRST = sorted(range(-11, 12), key=lambda k: (abs(k), k))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _full(atoms: list[Atom]) -> date | None:
    for a in atoms:
        p = a.parts
        if p.year is not None and p.month is not None:
            d = _safe(p.year, p.month, p.day)
            if d is not None:
                return d
    return None


def _complete(a: Atom, anchor_year: int) -> date | None:
    """Give a year-less date the year its weekday points to, nearest to anchor_year."""
    p = a.parts
    if p.month is None:
        return None
    if p.year is not None:
        return _safe(p.year, p.month, p.day)
    if p.weekday is None:
        return _safe(anchor_year, p.month, p.day)
    for delta in _NEAREST_FIRST:  # 0, -1, 1, -2, 2, …: the weekday repeats within 11 years
        d = _safe(anchor_year + delta, p.month, p.day)
        if d is not None and d.weekday() == p.weekday:
            return d
    return _safe(anchor_year, p.month, p.day)


def _line_end(s: str, i: int) -> int:
    j = s.find("\n", i)
    return len(s) if j == -1 else j


def _next_lines(s: str, i: int) -> str:
    """The rest of the label's line, or the next non-empty line when the label stands alone."""
    end = _line_end(s, i)
    if s[i:end].strip(" \t\r:|"):
        return s[i:end]
    nxt = end + 1
    while nxt < len(s) and s[nxt] in "\r\n \t":
        nxt += 1
    return s[nxt : _line_end(s, nxt)] if nxt - end < 8 else ""


def _announced(s: str, near: date) -> date | None:
    """The day a news lede says the news was told (`…했다고 24일 밝혔다`), placed next to `near`."""
    m = _ANNOUNCED.search(s)
    if m is None:
        return None
    day = int(m.group("d"))
    options = []
    for shift in (-1, 0, 1):
        k = near.year * 12 + near.month - 1 + shift
        d = _safe(k // 12, k % 12 + 1, day)
        if d is not None:
            options.append(d)
    return min(options, key=lambda d: abs((d - near).days), default=None)


def find_reference_date(text: str, today: date | None = None) -> tuple[date, str] | None:
    """The publication date the text states, and where it was found; None when it states none."""
    s = prepare(text)
    first: list[date | None] = []

    def anchor_year() -> int:
        if not first:  # only scanned when a year-less date needs it
            first.append(_full(date_atoms(s)))
        return first[0].year if first[0] else (today or date.today()).year

    for rx in (_EMBARGO, _RELEASED):
        for m in rx.finditer(s):
            line_start = s.rfind("\n", 0, m.start()) + 1
            if m.start() - line_start > 30 and _line_end(s, m.end()) - m.end() > 3:
                continue  # a label opens or closes its line; elsewhere it is a word in a sentence
            after = _next_lines(s, m.end())
            before = [a for a in date_atoms(s[line_start : m.start()]) if a.parts.month is not None]
            for a in [a for a in date_atoms(after) if a.parts.month is not None] + before[-1:]:
                d = _complete(a, anchor_year() if a.parts.year is None else 0)
                if d is not None:
                    return d, "embargo"
    for m in _INPUT.finditer(s):
        chunk = s[m.end() : _line_end(s, m.end())][:40]
        atoms = date_atoms(chunk)
        if not atoms or atoms[0].start != 0 or atoms[0].parts.year is None:
            continue
        strong = any(
            w in m.group("label") for w in ("입력", "송고", "Published", "Posted", "PUBLISHED")
        )
        if not strong and not _TIME_NEXT.match(chunk, atoms[0].end):
            continue
        d = _full(atoms[:1])
        if d is not None:
            return d, "input-line"
    for m in _UPDATED.finditer(s):
        atoms = date_atoms(s[m.end() : _line_end(s, m.end())][:40])
        if atoms and atoms[0].start == 0 and atoms[0].parts.year is not None:
            d = _full(atoms[:1])
            if d is not None:
                return d, "input-line"
    if re.search(r"[A-Z]{2}", s):
        for m in _DATELINE.finditer(s):
            atoms = date_atoms(s[m.end() : _line_end(s, m.end())][:30])
            if atoms and atoms[0].start == 0:
                d = _complete(atoms[0], anchor_year())
                if d is not None:
                    return d, "dateline"
    anchor_year()
    if first[0] is not None:
        announced = _announced(s, first[0])
        if announced is not None:
            return announced, "dateline"
        return first[0], "first-full-date"
    return None


__all__ = ["find_reference_date"]
