"""The registry of clock-time forms: one record per written form, with examples beside it.

Each reader decides from the words around whether a match is a time (`3시 방향` is a bearing,
`자정 노력` self-correction); ranges are joined later, by the one range mechanism.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from summarizer.facts.anchored import anchored_finditer, before_digits
from summarizer.lazy import lazy_compile

_MERIDIEM = r"(?:[aApP]\.[ ]?[mM]\.?|[aApP][mM](?![A-Za-z]))"
# 10:30, 14:20:00, 2:30 p.m., 10 a.m., 2.30pm (each pattern opens with a plain class: fast
# skipping)
CLOCK = re.compile(
    r"(?P<h>\d\d?)(?:(?::(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:]))(?:[ \t]?(?P<mer>"
    + _MERIDIEM
    + r"))?"
    r"|\.(?P<mi2>[0-5]\d)[ \t]?(?P<mer3>" + _MERIDIEM + r")"
    r"|[ \t]?(?P<mer2>" + _MERIDIEM + r"))"
)
# 오후 3시, 오전 10시 30분, 낮 12시, 06시, 3시 반, 오후 2~4시 (the part of day is read before)
KO = re.compile(
    r"(?P<h>\d(?<![\d.]\d)\d?)[ \t]*시"
    r"(?:[ \t]*(?P<mi>\d\d?)[ \t]*분|[ \t]*(?P<half>반)(?![가-힣])"
    r"|[ \t]*(?P<half2>반)(?=에|부터|까지|께|경|쯤|으로|의|은|이|을)(?!이상|이하|이내|이후|이전))?"
)
# 정오 (noon), 자정 (midnight), with or without 낮/밤 before them
NAMED = re.compile(r"(?P<w>정오|자정)")
_NAMED_BEFORE = lazy_compile(r"(?:(?P<per>낮|밤|한밤)[ \t]*)?$")
_NAMED_AFTER_OK = lazy_compile(
    r"(?:$|[^가-힣 \t]|까지|부터|에|께|쯤|경|의|부|로|가|을|를|무렵|이후|이전|전후|직전|직후|넘|가까이|"
    r"[ \t]+(?!여부|판단|판별|확인|검사|표)[^ \t])"
)
# 자정 is also "self-correction" (업계 자정 노력): as midnight it needs a clock word around it
_MIDNIGHT_AFTER_OK = lazy_compile(
    r"(?:$|[^가-힣 \t]|까지|부터|에(?![ \t]*(?:맡|나서|기대))|께|쯤|경|무렵|이후|이전|전후|직전|직후|"
    r"[을이가][ \t]*넘|넘|가까이|[ \t]+(?:무렵|이후|이전|전후|직전|직후|께|쯤|경|까지|부터|넘|가까이|"
    r"\d|[~\-]))"
)
_MIDNIGHT_BEFORE_OK = lazy_compile(r"(?:밤|한밤|오늘|내일|어제|당일|날|일|\d|[~\-])[ \t]*$")
_LEFT_HOUR = lazy_compile(r"(?<![\d.:])(?P<h>\d\d?)[ \t]*[~\-][ \t]*$")
PERIOD = re.compile(r"(?:오전|오후|낮|밤|새벽|저녁|아침)[ \t]*$")
# an a.m./p.m. written before an English clock: `2017-12-13 PM 3:10:13` (a board's stamp)
EN_PERIOD = lazy_compile(r"(?<![A-Za-z])(?:AM|PM|am|pm|[AaPp]\.[Mm]\.)[ \t]?$")
# an hour the a.m./p.m. closes (`10 AM`), not a date's day (`2017-12-13 PM`)
_HOUR_BEFORE = lazy_compile(r"(?<![\d.\-/:])\d{1,2}[ \t]?$")
PERIOD_AHEAD = lazy_compile(r"(?:오전|오후|낮|밤|새벽|저녁|아침)[ \t]*")
_KO_AFTER_OK = lazy_compile(
    r"(?:[^가-힣]|$|에|부터|까지|께|경|쯤|이|를|로|와|과|의|는|은|가|정각|반|부|무렵|전|후|이후|이전)"
)
_KO_AFTER_BAD = lazy_compile(
    r"(?:간|즌|리즈|장|청|민|설|도|작|스템|기|범|행|점|대|세|술|상|험|약|사|각|공|인|효|계)"
)
_KO_AFTER_WORD_BAD = re.compile(r"[ \t]*(?:방향|방면)")  # "3시 방향" is a bearing
RATIO_BEFORE = lazy_compile(r"(?:비율|경쟁률|비|대|스코어|점수)[ \t:]*$")


class Clock(NamedTuple):
    start: int
    end: int
    hour: int
    minute: int
    period: str | None  # 오전/오후/…/am/pm, None when the hour is as written
    bare: bool = False  # the left number of `2~4시`: a time only as the start of that range


def _mer(tok: str | None) -> str | None:
    if not tok:
        return None
    return "am" if tok[0] in "aA" else "pm"


def clock_at(s: str, m: re.Match[str], lead: re.Match[str] | None = None) -> Clock | None:
    """`10:30`, `2:30 p.m.`, `10 a.m.`; `lead` is a 오전/오후 (낮, 밤, …) written before it."""
    h = int(m.group("h"))
    if m.group("mi") is not None:
        mi, per = int(m.group("mi")), _mer(m.group("mer"))
    elif m.group("mi2") is not None:
        mi, per = int(m.group("mi2")), _mer(m.group("mer3"))
    else:
        mi, per = 0, _mer(m.group("mer2"))
    if h > 24 or (per and not 1 <= h <= 12) or (h == 24 and mi):
        return None
    start = m.start()
    if lead is not None and per is None and m.group("mi") is not None:
        # `오후 4:15` is 16:15: the part of day belongs to the span; `오후 16:15` keeps its hour
        # (`PM 3:10`, a board's stamp, writes its a.m./p.m. before the clock too)
        start = lead.start()
        word = lead.group().rstrip(" \t")
        per = (_mer(word) if word[0] in "aApP" else word) if h <= 12 else None
    return Clock(start, m.end(), h, mi, per)


def ko_at(s: str, m: re.Match[str]) -> Clock | None:
    h = int(m.group("h"))
    if h > 24 or (m.group("mi") is not None and int(m.group("mi")) > 59):
        return None
    if h == 24 and m.group("mi") is None:
        return None  # "24시 콜센터" is round the clock, not midnight
    pm = PERIOD.search(s, max(0, m.start() - 4), m.start())
    per = pm.group().rstrip(" \t") if pm else None
    start = pm.start() if pm else m.start()
    after = m.end()
    half = m.group("half") or m.group("half2")
    if m.group("mi") is None and half is None:
        nxt = s[after : after + 1]
        if "가" <= nxt <= "힣" and (
            _KO_AFTER_BAD.match(s, after) or not _KO_AFTER_OK.match(s, after)
        ):
            return None
        if _KO_AFTER_WORD_BAD.match(s, after):
            return None
    if per and h > 12:
        per = None
    mi = 30 if half else int(m.group("mi") or 0)
    return Clock(start, after, h, mi, per)


def _bare_left(s: str, pos: int) -> Clock | None:
    """The left hour of `2~4시` or `오후 2~4시`, the 시 written once after the right hour.

    Found from the right hour backwards, so the common scan stays a plain `N시`; the clock
    is `bare`: a time only as the start of its range.
    """
    lm = _LEFT_HOUR.search(s, max(0, pos - 6), pos)
    if lm is None or int(lm.group("h")) > 24:
        return None
    pm = PERIOD.search(s, max(0, lm.start() - 4), lm.start())
    per = pm.group().rstrip(" \t") if pm else None
    h = int(lm.group("h"))
    return Clock(pm.start() if pm else lm.start(), lm.end("h"), h, 0, per, bare=True)


def named_at(s: str, m: re.Match[str], in_range: bool = False) -> Clock | None:
    """`정오` as 12:00 and `자정` as 00:00 (with 낮/밤 before them in the span)."""
    start, after = m.start(), m.end()
    pm = _NAMED_BEFORE.search(s, max(0, start - 4), start)
    if pm is not None and pm.group("per"):
        start = pm.start()
    elif start > 0 and "가" <= s[start - 1] <= "힣":
        return None  # inside a longer word
    if s[after : after + 1] == "표":
        return None  # 정오표 is an errata table
    noon = m.group("w") == "정오"
    if not in_range:
        if noon and not _NAMED_AFTER_OK.match(s, after):
            return None
        if not noon and not (
            _MIDNIGHT_AFTER_OK.match(s, after)
            or _MIDNIGHT_BEFORE_OK.search(s, max(0, start - 6), start)
        ):
            return None
    # as 낮 12시 and 새벽 12시, so a range such as `자정~6시` reads its right side well
    return Clock(start, after, 12, 0, "낮" if noon else "새벽")


# the left hour of an English range whose a.m./p.m. is written once, after the right hour:
# `2-4 p.m.`, `2 to 4 p.m.`, `10:30-11:30 a.m.`
_EN_LEFT = lazy_compile(
    r"(?<![\d.:,/\-])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:[ \t]*[-–~][ \t]*|[ \t]+to[ \t]+)$"
)


def _en_left(s: str, m: re.Match[str]) -> Clock | None:
    if m.group("mer2") is None and m.group("mer") is None and m.group("mer3") is None:
        return None
    lm = _EN_LEFT.search(s, max(0, m.start() - 12), m.start())
    if lm is None:
        return None
    h, right = int(lm.group("h")), int(m.group("h"))
    if not (h < right or (h >= 10 and right < h)):
        return None  # `3-2 am` is a score, not a range
    return Clock(
        lm.start(),
        lm.end("mi") if lm.group("mi") else lm.end("h"),
        h,
        int(lm.group("mi") or 0),
        None,
        bare=True,
    )


# `Date 2021/03/05 00:00:00`: a stamp whose clock is all zeros, seconds written, stores a date
# without its time of day (a board's placeholder), no midnight
_ZERO_STAMP = "00:00:00"


def _read_clock(s: str, m: re.Match[str]) -> Iterator[Clock]:
    i = m.start()
    if m.group() == _ZERO_STAMP:
        return
    prev = s[i - 1 : i]
    left = _en_left(s, m) if prev in ("-", "–", "~", " ") else None
    if left is not None:
        c = clock_at(s, m)
        if c:
            yield left
            yield c
        return
    if prev and (
        prev.isdigit()
        or prev == "+"
        or (prev in "-.:" and s[i - 2 : i - 1].isdigit())
        or (prev.isalpha() and prev.isascii() and prev != "T")
    ):
        return
    if (
        m.group("mi") is not None
        and len(m.group("h")) == 1
        and RATIO_BEFORE.search(s, max(0, i - 6), i)
    ):
        return
    lead = PERIOD.search(s, max(0, i - 4), i)
    if lead is None and prev in (" ", "\t"):
        lead = EN_PERIOD.search(s, max(0, i - 5), i)
        if lead is not None and _HOUR_BEFORE.search(s, max(0, lead.start() - 4), lead.start()):
            lead = None  # `10 AM 10:30`: the a.m. closes the clock before
    c = clock_at(s, m, lead)
    if c:
        yield c


def _read_ko(s: str, m: re.Match[str]) -> Iterator[Clock]:
    c = ko_at(s, m)
    if c:
        yield c
        if c.period is None and (left := _bare_left(s, m.start())) is not None:
            yield left


def _read_named(s: str, m: re.Match[str]) -> Iterator[Clock]:
    c = named_at(s, m)
    if c:
        yield c


# `at noon`, `by midnight Sunday` (not `afternoon`, not `noon-time` as a modifier)
EN_NAMED = re.compile(r"(?P<w>noon|midnight)(?![A-Za-z\-])")


def _read_en_named(s: str, m: re.Match[str]) -> Iterator[Clock]:
    if m.start() > 0 and s[m.start() - 1].isalpha():
        return  # inside a word: afternoon
    # as 낮 12시 and 새벽 12시, so a range such as `midnight-6 a.m.` reads its right side well
    yield Clock(m.start(), m.end(), 12, 0, "낮" if m.group("w") == "noon" else "새벽")


class TimeForm(NamedTuple):
    """One written form of a clock time: pattern, reader, the cheap test the text must pass,
    and examples (text, value) that the test suite checks."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[str, re.Match[str]], Iterator[Clock]]
    needs: Callable[[str], bool]
    examples: tuple[tuple[str, str], ...]
    # the matches of `pattern.finditer`, found a faster way (None: by `pattern.finditer`)
    scan: Callable[[str], Iterator[re.Match[str]]] | None = None

    def finditer(self, s: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(s)`."""
        return self.scan(s) if self.scan is not None else self.pattern.finditer(s)


# `3시`, `10 시`: a `시` after a digit, spaces or tabs between (two spaces: the digit is
# looked for further back)
_HOUR_MARK = re.compile(r"시(?:(?<=\d시)|(?<=\d[ \t]시)|(?<=[ \t][ \t]시))")


def _hour_starts(s: str, k: int) -> Iterator[int]:
    return before_digits(s, k, " \t")


def _ko_matches(s: str) -> Iterator[re.Match[str]]:
    """`KO.finditer(s)`, from each `시` after a digit (a Korean page has many `시`, few hours)."""
    return anchored_finditer(KO, _HOUR_MARK, _hour_starts, s)


# What every clock holds near its start: the `:` right after its hour (`10:30`), else the `m`
# of its a.m./p.m. (`10 a.m.`, `2.30pm`), at most nine characters on; both are literals the
# engine skips to, where `CLOCK` (opening with a digit) was tried at every digit of the page
_COLON_AFTER_DIGIT = re.compile(r":(?<=\d:)")
_MERIDIEM_MS = tuple(
    re.compile(f"{m}(?:(?<=[aApP]{m})|(?<=[aApP]\\.{m})|(?<=[aApP]\\. {m}))") for m in "mM"
)
_M_REACH = 9  # from a clock's first digit to its `m`: `12.30 a.m`


def _clock_matches(s: str) -> Iterator[re.Match[str]]:
    """`CLOCK.finditer(s)`, tried only where a clock may start: the one or two digits before a
    `:`, and the digits within reach before an a.m./p.m. (the places in text order, each
    tried unless a match found before covers it, as `finditer` goes on)."""
    starts: set[int] = set()
    for m in _COLON_AFTER_DIGIT.finditer(s):
        k = m.start()
        starts.add(k - 1)
        if k >= 2 and s[k - 2].isdecimal():
            starts.add(k - 2)
    if "m" in s or "M" in s:
        for rx in _MERIDIEM_MS:
            for m in rx.finditer(s):
                k = m.start()
                starts.update(p for p in range(max(0, k - _M_REACH), k - 1) if s[p].isdecimal())
    done = 0
    for p in sorted(starts):
        if p >= done and (clock := CLOCK.match(s, p)) is not None:
            done = clock.end()
            yield clock


# Whether a page holds `정오` or `자정` (`noon` or `midnight`): asked from the one letter both
# words hold, a literal the engine skips ahead to (`"정오" in s` compared each Korean syllable
# with a filter the syllables mostly pass: three times as slow), the words checked around it
_NAMED_KO_MARK = re.compile("정(?:(?=오)|(?<=자정))")
_NAMED_EN_MARK = re.compile("n(?:(?=oon)|(?<=midn)(?=ight))")


FORMS: tuple[TimeForm, ...] = (
    TimeForm(
        "clock",
        CLOCK,
        _read_clock,
        lambda s: ":" in s or "m" in s or "M" in s,
        (
            ("10:30", "10:30"),
            ("17:55:37", "17:55"),
            ("2:30 p.m.", "14:30"),
            ("오후 4:15", "16:15"),
            ("Date 2017-12-13 PM 3:10:13", "15:10"),
        ),
        _clock_matches,
    ),
    TimeForm(
        "korean-hour",
        KO,
        _read_ko,
        lambda s: "시" in s,
        (
            ("오후 3시", "15:00"),
            ("오전 10시 30분", "10:30"),
            ("3시 반", "03:30"),
            ("오후 3시20분", "15:20"),
        ),
        _ko_matches,
    ),
    TimeForm(
        "named",
        NAMED,
        _read_named,
        lambda s: _NAMED_KO_MARK.search(s) is not None,
        (("정오", "12:00"), ("밤 자정까지", "00:00")),
    ),
    TimeForm(
        "english-named",
        EN_NAMED,
        _read_en_named,
        lambda s: _NAMED_EN_MARK.search(s) is not None,
        (("at noon Tuesday", "12:00"), ("by midnight", "00:00")),
    ),
)


def scan(s: str) -> list[Clock]:
    """Every clock of every registered form in `s`, in text order."""
    found = [
        c for form in FORMS if form.needs(s) for m in form.finditer(s) for c in form.read(s, m)
    ]
    found.sort()
    return found


__all__ = [
    "CLOCK",
    "EN_NAMED",
    "FORMS",
    "KO",
    "NAMED",
    "PERIOD_AHEAD",
    "Clock",
    "TimeForm",
    "clock_at",
    "ko_at",
    "named_at",
    "scan",
]
