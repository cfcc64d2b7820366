"""The registry of date forms: one record per written form, with examples beside it.

Adding a form is adding a record (pattern, reader, examples) here; the range, tense and
reference logic apply to every form alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from summarizer.facts.anchored import anchored_finditer, before_digits, digit_runs_before
from summarizer.facts.datecontext import UNIT_AFTER
from summarizer.facts.dateforms import (
    ANY_MONTH,
    EN,
    EN_DMY,
    EN_DMY_RANGE,
    KO,
    MD,
    MDY,
    NUM,
    SLASH,
    Atom,
    en_atom,
    ko_atom,
    md_atom,
    mdy_atom,
    month_of,
    num_atom,
    year_of,
)
from summarizer.facts.resolve import Parts, weekday_index
from summarizer.lazy import lazy_compile

Reading = tuple[Atom, "re.Match[str] | None"]


def _read_ko(s: str, m: re.Match[str]) -> Iterator[Reading]:
    a = ko_atom(s, m)
    if a and m.group("d4") is not None:  # `5월 5·6일`: `5월 5` and `6일`
        p, wd2 = a.parts, weekday_index(m.group("wd2"))
        first_end = m.end("d1") if m.group("d1") else m.end("d3") if m.group("d3") else m.end("a")
        first = Parts(p.day, p.month, p.year, p.weekday if wd2 is not None else None, p.anchor)
        yield Atom(a.start, first_end, first, a.ok), None
        wd = p.weekday if wd2 is None else wd2
        second = Parts(int(m.group("d4")), p.month, p.year, wd, p.anchor)
        yield Atom(m.start("d4"), m.end(), second, a.ok), None
    elif a:
        yield a, m


def _read_num(s: str, m: re.Match[str]) -> Iterator[Reading]:
    a = num_atom(s, m)
    if a:
        yield a, None


def _read_slash(s: str, m: re.Match[str]) -> Iterator[Reading]:
    parts = Parts(
        day=int(m.group("d")), month=int(m.group("m")), weekday=weekday_index(m.group("wd"))
    )
    yield Atom(m.start(), m.end(), parts, m.group("wd") is not None), None


def _read_mdy(s: str, m: re.Match[str]) -> Iterator[Reading]:
    a = mdy_atom(m)
    if a:
        yield a, None


def _read_md(s: str, m: re.Match[str]) -> Iterator[Reading]:
    a = md_atom(s, m)
    if a:
        yield a, None


def _read_en(s: str, m: re.Match[str]) -> Iterator[Reading]:
    if m.start() > 0 and s[m.start() - 1].isascii() and s[m.start() - 1].isalpha():
        return  # inside a word (a lookbehind here would stop the engine's fast skip)
    a = en_atom(m)
    if m.group("d3") is None:
        yield a, m
        return
    # `May 5 and 6`: two dates, `May 5` and `6` (the year and weekday written after both)
    first = Parts(day=a.parts.day, month=a.parts.month, year=a.parts.year)
    yield Atom(m.start(), m.end("dx"), first, True), None
    second = Parts(int(m.group("d3")), a.parts.month, a.parts.year, a.parts.weekday)
    yield Atom(m.start("d3"), m.end(), second, True), None


def _read_en_dmy(s: str, m: re.Match[str]) -> Iterator[Reading]:
    d2 = m.group("d2")
    if not (m.group("y") or len(m.group("mon")) > 3 or m.group("ord") or d2):
        return  # `5 May` alone could be a count of something named May
    month, year = month_of(m.group("mon")), year_of(m.group("y"))
    day = Parts(int(m.group("d")), month, year)
    if d2 is None:
        yield Atom(m.start(), m.end(), day, True), None
        return
    # `5 and 6 May`: two dates, `5` and `6 May`
    yield Atom(m.start(), m.end("ord"), day, True), None
    yield Atom(m.start("d2"), m.end(), Parts(int(d2), month, year), True), None


def _read_en_dmy_range(s: str, m: re.Match[str]) -> Iterator[Reading]:
    if not int(m.group("d")) < int(m.group("d2")) <= 31:
        return
    day = Parts(int(m.group("d")), month_of(m.group("mon")), year_of(m.group("y")))
    yield Atom(m.start(), m.end(), day, True), m


# `on the 21st`, `on the 18th,`: an English day of the month with neither month nor year (Korean
# news in English writes `announced on the 24th that …`). Only after `on`, and only where no word
# follows that makes it an ordinal of something else (`on the 4th floor`, `the 21st century`).
# `on the 30th of last month`: the month named from the reference, as `지난달 30일` (read with it).
# The part of the day may stand before it, as `20일 오전` does after (`on the morning of the 20th`);
# what follows closes the phrase the ordinal ends: a mark, a bracketed aside (`the 5th (local
# time)`, as `5일(현지시간)`), a preposition or conjunction, or the clause's verb (`which she
# visited on the 28th is …`)
EN_DAY = lazy_compile(
    r"(?P<on>[Oo]n)[ \t]+the[ \t]+(?:(?:morning|afternoon|evening|night)[ \t]+of[ \t]+the[ \t]+)?"
    r"(?P<d>[1-3]?\d)(?:st|nd|rd|th)(?![A-Za-z\d])"
    r"(?:[ \t]+of[ \t]+(?P<rel>last|next)[ \t]+month\b)?"
    r"(?=[ \t]*(?:[,.;:()\n]|$)|[ \t]+(?:at|in|that|and|to|with|when|from|as|is|are|was|were|will"
    r"|has|had|of[ \t]+this[ \t]+month)\b)"
)
# the English month words of `EN_DAY`, as the keys of `datewords.RELATIVE`
_EN_MONTH_SHIFT = {"last": "지난 달", "next": "다음 달"}


def _read_en_day(s: str, m: re.Match[str]) -> Iterator[Reading]:
    if m.start() > 0 and (s[m.start() - 1].isalnum() or s[m.start() - 1] == "_"):
        return
    day = int(m.group("d"))
    if 1 <= day <= 31:
        anchor = _EN_MONTH_SHIFT.get(m.group("rel") or "")
        yield Atom(m.start(), m.end(), Parts(day=day, anchor=anchor), True), None


class DateForm(NamedTuple):
    """One written form of a date: its pattern, how a match is read, and examples of it.

    `needs` is a cheap test the text must pass before the pattern is run; the examples are
    (text, value read against 2024-07-17) pairs that the test suite checks, Duckling's
    corpus beside its rules.
    """

    name: str
    pattern: re.Pattern[str]
    read: Callable[[str, re.Match[str]], Iterator[Reading]]
    needs: Callable[[str], bool]
    examples: tuple[tuple[str, str], ...]
    # the matches of `pattern.finditer`, found a faster way (None: by `pattern.finditer`)
    scan: Callable[[str], Iterator[re.Match[str]]] | None = None

    def finditer(self, s: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(s)`."""
        return self.scan(s) if self.scan is not None else self.pattern.finditer(s)


def _always(s: str) -> bool:
    return True


@lru_cache(maxsize=4)  # two English forms ask it of the same page
def _has_month(s: str) -> bool:
    return ANY_MONTH.search(s) is not None


# A slash date has a digit on each side of its slash; a page whose slashes are all in paths
# (`https://…/news/`) is not scanned for one (a literal first: the engine skips to each `/`).
_DIGIT_SLASH_DIGIT = lazy_compile(r"/(?<=\d/)(?=\d)")


def _digit_slash_digit(s: str) -> bool:
    """A slash between digits (`7/17`, `07/17/2024`): the slash forms' cheap test."""
    return "/" in s and _DIGIT_SLASH_DIGIT.search(s) is not None


# What may stand between a day and its month in `5th of May`, `5 and 6 May`, `18th, July`
_BEFORE_MONTH = frozenset(" \t,&stndrhaof")


@lru_cache(maxsize=4)  # two English forms ask it of the same page
def _day_before_month(s: str) -> bool:
    """Whether a month's name has a digit before it with only what EN_DMY allows between
    (spaces, `and`, `of`, an ordinal's letters): without one that pattern cannot match, and
    its digit-first scan of the whole page is skipped (`Mayor`, `March` in prose)."""
    if not _has_month(s):  # (asked just before by the month-day form, and kept)
        return False
    for m in ANY_MONTH.finditer(s):
        k = m.start()
        while k > 0 and (s[k - 1] in _BEFORE_MONTH or s[k - 1].isdecimal()):
            k -= 1
            if s[k].isdecimal():
                return True
    return False


# `7월 17일`, `2024년 7월 17일`, `4월 27~28일`: the `일` a Korean date ends with, after a digit (and
# spaces); everything of the date before it is digits, spaces, `년`, `월` and range marks
_DAY_MARK = re.compile(r"일(?:(?<=\d일)|(?<=\d[ \t]일)|(?<=[ \t][ \t]일))")
_KO_BETWEEN = frozenset(" \t년월~-·ㆍ,")


def _ko_starts(s: str, k: int) -> list[int]:
    return digit_runs_before(s, k, _KO_BETWEEN)


def _ko_matches(s: str) -> Iterator[re.Match[str]]:
    """`KO.finditer(s)`, from each `일` after a digit (a Korean page has many digits, few days)."""
    return anchored_finditer(KO, _DAY_MARK, _ko_starts, s)


# `7. 17.`: the full stop right after the month's one or two digits, a digit before it
_DIGIT_DOT = re.compile(r"\.(?<=\d\.)")


def _md_matches(s: str) -> Iterator[re.Match[str]]:
    """`MD.finditer(s)`, from each full stop after a digit (a page has few)."""
    return anchored_finditer(MD, _DIGIT_DOT, before_digits, s)


FORMS: tuple[DateForm, ...] = (
    DateForm(
        "korean",
        KO,
        _read_ko,
        _always,
        (
            ("2024년 7월 17일(수)", "2024-07-17"),
            ("7월 17일", "2024-07-17"),
            ("17일(수)", "2024-07-17"),
            ("지난달 28일", "2024-06-28"),
            ("지지난달 3일", "2024-05-03"),
            ("다음 달 1일", "2024-08-01"),
            ("오는 22일", "2024-07-22"),
            ("지난 13일", "2024-07-13"),
            ("4월 27~28일", "2024-04-27/2024-04-28"),
            ("'24년 7월 17일", "2024-07-17"),
        ),
        _ko_matches,
    ),
    DateForm(
        "numeric",
        NUM,
        _read_num,
        _always,
        (
            ("2024. 7. 17.(수)", "2024-07-17"),
            ("2024.07.17", "2024-07-17"),
            ("2024-07-17", "2024-07-17"),
            ("2024/07/17", "2024-07-17"),
            ("'24.06.21", "2024-06-21"),
            ("'24. 7. 17.(수)", "2024-07-17"),
        ),
    ),
    DateForm(
        "month-slash-day",
        SLASH,
        _read_slash,
        _digit_slash_digit,
        (("7/17(수)", "2024-07-17"), ("7/17~7/19", "2024-07-17/2024-07-19")),
    ),
    DateForm(
        "month-day-year-slash",
        MDY,
        _read_mdy,
        _digit_slash_digit,
        (("07/17/2024", "2024-07-17"), ("17/07/2024", "2024-07-17")),
    ),
    DateForm(
        "month-dot-day",
        MD,
        _read_md,
        lambda s: "." in s,
        (("7. 17.(수)", "2024-07-17"), ("7.17(수)", "2024-07-17"), ("(10.1)", "2024-10-01")),
        _md_matches,
    ),
    DateForm(
        "english-month-day",
        EN,
        _read_en,
        _has_month,
        (
            ("July 17, 2024", "2024-07-17"),
            ("Sept. 5", "2024-09-05"),
            ("Oct. 15-17", "2024-10-15/2024-10-17"),
            ("July 18th", "2024-07-18"),
        ),
    ),
    DateForm(
        "english-day-month",
        EN_DMY,
        _read_en_dmy,
        _day_before_month,
        (("17 July 2024", "2024-07-17"), ("5th of May", "2024-05-05")),
    ),
    DateForm(
        "english-day-range-month",
        EN_DMY_RANGE,
        _read_en_dmy_range,
        _day_before_month,
        (("15-17 July 2024", "2024-07-15/2024-07-17"),),
    ),
    DateForm(
        "english-ordinal-day",
        EN_DAY,
        _read_en_day,
        lambda s: "n the " in s,
        (
            ("on the 17th", "2024-07-17"),
            ("on the 5th", "2024-07-05"),
            ("on the 30th of last month", "2024-06-30"),
            ("on the morning of the 16th", "2024-07-16"),
            ("on the 2nd of next month", "2024-08-02"),
        ),
    ),
)


# Every form's pattern holds a digit: a text without one (a label's line, the words before
# it) is not asked of each form.
_DIGIT = re.compile(r"\d")


def atoms_with_matches(s: str) -> Iterator[Reading]:
    """Every date atom of every registered form, with the match of forms that read ranges."""
    return iter(_readings(s))


def _readings(s: str) -> list[Reading]:
    """`atoms_with_matches` as a list (gathered in one frame, not yielded through two)."""
    out: list[Reading] = []
    if _DIGIT.search(s) is None:
        return out
    for form in FORMS:
        if form.needs(s):
            read = form.read
            for m in form.finditer(s):
                out.extend(read(s, m))
    return out


@lru_cache(maxsize=2)
def page_readings(s: str) -> tuple[Reading, ...]:
    """`atoms_with_matches` of a whole prepared page, kept for the next caller: the reference
    date and the dates both read every date of the same page (atoms and matches are never
    changed after they are read)."""
    return tuple(_readings(s))


def page_atoms(s: str) -> list[Atom]:
    """`date_atoms` of a whole prepared page, off `page_readings`."""
    return sorted(a for a, _ in page_readings(s) if a.ok)


def date_atoms(s: str) -> list[Atom]:
    """Every date that stands on its own in the prepared text `s`, unresolved, in text order.

    Left out: what is a date only as one side of a range (`24.7.17` with no weekday, clock
    or label) and day counts (`3일간`).
    """
    return sorted([a for a, _ in _readings(s) if a.ok])


def atom_at(s: str, pos: int) -> Atom | None:
    """A full date form (numeric, Korean, English, `M. D.`) starting exactly at `pos`."""
    for rx in (NUM, KO, EN):
        m = rx.match(s, pos)
        if m:
            a = num_atom(s, m) if rx is NUM else ko_atom(s, m) if rx is KO else en_atom(m)
            if a:
                return a
    # read from `pos` alone: the separator before it (`8.30-9.6`) is not part of the date
    m = SLASH.match(s[pos : pos + 40])
    if m:
        parts = Parts(
            day=int(m.group("d")), month=int(m.group("m")), weekday=weekday_index(m.group("wd"))
        )
        return Atom(pos + m.start(), pos + m.end(), parts, True)
    m = MD.match(s[pos : pos + 40])
    if (
        m
        and (m.group("wd") is not None or not UNIT_AFTER.match(s, pos + m.end()))
        and not s[pos + m.end() : pos + m.end() + 1].isdigit()
    ):
        parts = Parts(
            day=int(m.group("d")), month=int(m.group("m")), weekday=weekday_index(m.group("wd"))
        )
        return Atom(pos + m.start(), pos + m.end(), parts, True)
    return None


__all__ = [
    "FORMS",
    "DateForm",
    "Reading",
    "atom_at",
    "atoms_with_matches",
    "date_atoms",
    "page_atoms",
    "page_readings",
]
