"""Clock times and time ranges to `HH:MM`: `10:30`, `오후 3시`, `오후 4:15`, `2:30 p.m.`,
`10:30~10:45`, `오후 2~4시`, `정오` (12:00) and `자정` (00:00).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.facts.candidates import Candidate
from summarizer.facts.ranges import join
from summarizer.models.facts import FactNote

_MERIDIEM = r"(?:[aApP]\.[ ]?[mM]\.?|[aApP][mM](?![A-Za-z]))"
# 10:30, 14:20:00, 2:30 p.m., 10 a.m. (each pattern opens with a plain class: fast skipping)
_CLOCK = re.compile(
    r"(?P<h>\d\d?)(?:(?::(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:]))(?:[ \t]?(?P<mer>"
    + _MERIDIEM
    + r"))?"
    r"|[ \t]?(?P<mer2>" + _MERIDIEM + r"))"
)
# 오후 3시, 오전 10시 30분, 낮 12시, 06시, 3시 반, 오후 2~4시 (the part of day is read before)
_KO = re.compile(
    r"(?P<h>\d(?<![\d.]\d)\d?)[ \t]*시"
    r"(?:[ \t]*(?P<mi>\d\d?)[ \t]*분|[ \t]*(?P<half>반)(?![가-힣]))?"
)
# 정오 (noon), 자정 (midnight), with or without 낮/밤 before them
_NAMED = re.compile(r"(?P<w>정오|자정)")
_NAMED_BEFORE = re.compile(r"(?:(?P<per>낮|밤|한밤)[ \t]*)?$")
_NAMED_AFTER_OK = re.compile(
    r"(?:$|[^가-힣 \t]|까지|부터|에|께|쯤|경|의|부|로|가|을|를|무렵|이후|이전|전후|직전|직후|넘|가까이|"
    r"[ \t]+(?!여부|판단|판별|확인|검사|표)[^ \t])"
)
# 자정 is also "self-correction" (업계 자정 노력): as midnight it needs a clock word around it
_MIDNIGHT_AFTER_OK = re.compile(
    r"(?:$|[^가-힣 \t]|까지|부터|에(?![ \t]*(?:맡|나서|기대))|께|쯤|경|무렵|이후|이전|전후|직전|직후|"
    r"[을이가][ \t]*넘|넘|가까이|[ \t]+(?:무렵|이후|이전|전후|직전|직후|께|쯤|경|까지|부터|넘|가까이|"
    r"\d|[~\-]))"
)
_MIDNIGHT_BEFORE_OK = re.compile(r"(?:밤|한밤|오늘|내일|어제|당일|날|일|\d|[~\-])[ \t]*$")
_LEFT_HOUR = re.compile(r"(?<![\d.:])(?P<h>\d\d?)[ \t]*[~\-][ \t]*$")
_PERIOD = re.compile(r"(?:오전|오후|낮|밤|새벽|저녁|아침)[ \t]*$")
_PERIOD_AHEAD = re.compile(r"(?:오전|오후|낮|밤|새벽|저녁|아침)[ \t]*")
_KO_AFTER_OK = re.compile(
    r"(?:[^가-힣]|$|에|부터|까지|께|경|쯤|이|를|로|와|과|의|는|은|가|정각|반|부|무렵|전|후|이후|이전)"
)
_KO_AFTER_BAD = re.compile(
    r"(?:간|즌|리즈|장|청|민|설|도|작|스템|기|범|행|점|대|세|술|상|험|약|사|각|공|인|효|계)"
)
_KO_AFTER_WORD_BAD = re.compile(r"[ \t]*(?:방향|방면)")  # "3시 방향" is a bearing
_RATIO_BEFORE = re.compile(r"(?:비율|경쟁률|비|대|스코어|점수)[ \t:]*$")


class Clock(NamedTuple):
    start: int
    end: int
    hour: int
    minute: int
    period: str | None  # 오전/오후/…/am/pm, None when the hour is as written
    bare: bool = False  # the left number of `2~4시`: a time only as the start of that range


def _to24(hour: int, period: str | None) -> int:
    if period is None:
        return hour
    if period in ("pm", "오후", "저녁"):
        return hour + 12 if hour < 12 else hour
    if period == "낮":
        return hour + 12 if hour < 7 else hour
    if period == "밤":
        return 0 if hour == 12 else hour + 12 if hour >= 6 else hour
    if period in ("am", "오전", "새벽", "아침"):
        return 0 if hour == 12 else hour
    return hour


def _mer(tok: str | None) -> str | None:
    if not tok:
        return None
    return "am" if tok[0] in "aA" else "pm"


def _clock_at(s: str, m: re.Match[str], lead: re.Match[str] | None = None) -> Clock | None:
    """`10:30`, `2:30 p.m.`, `10 a.m.`; `lead` is a 오전/오후 (낮, 밤, …) written before it."""
    h = int(m.group("h"))
    if m.group("mi") is not None:
        mi, per = int(m.group("mi")), _mer(m.group("mer"))
    else:
        mi, per = 0, _mer(m.group("mer2"))
    if h > 24 or (per and not 1 <= h <= 12) or (h == 24 and mi):
        return None
    start = m.start()
    if lead is not None and per is None and m.group("mi") is not None:
        # `오후 4:15` is 16:15: the part of day belongs to the span; `오후 16:15` keeps its hour
        start = lead.start()
        per = lead.group().rstrip(" \t") if h <= 12 else None
    return Clock(start, m.end(), h, mi, per)


def _ko_at(s: str, m: re.Match[str]) -> Clock | None:
    h = int(m.group("h"))
    if h > 24 or (m.group("mi") is not None and int(m.group("mi")) > 59):
        return None
    if h == 24 and m.group("mi") is None:
        return None  # "24시 콜센터" is round the clock, not midnight
    pm = _PERIOD.search(s, max(0, m.start() - 4), m.start())
    per = pm.group().rstrip(" \t") if pm else None
    start = pm.start() if pm else m.start()
    after = m.end()
    if m.group("mi") is None and m.group("half") is None:
        nxt = s[after : after + 1]
        if "가" <= nxt <= "힣" and (
            _KO_AFTER_BAD.match(s, after) or not _KO_AFTER_OK.match(s, after)
        ):
            return None
        if _KO_AFTER_WORD_BAD.match(s, after):
            return None
    if per and h > 12:
        per = None
    mi = 30 if m.group("half") else int(m.group("mi") or 0)
    return Clock(start, after, h, mi, per)


def _bare_left(s: str, pos: int) -> Clock | None:
    """The left hour of `2~4시` or `오후 2~4시`, the 시 written once after the right hour.

    Found from the right hour backwards, so the common scan stays a plain `N시`; the clock
    is `bare`: a time only as the start of its range.
    """
    lm = _LEFT_HOUR.search(s, max(0, pos - 6), pos)
    if lm is None or int(lm.group("h")) > 24:
        return None
    pm = _PERIOD.search(s, max(0, lm.start() - 4), lm.start())
    per = pm.group().rstrip(" \t") if pm else None
    h = int(lm.group("h"))
    return Clock(pm.start() if pm else lm.start(), lm.end("h"), h, 0, per, bare=True)


def _named_at(s: str, m: re.Match[str], in_range: bool = False) -> Clock | None:
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


def _fmt(h: int, mi: int) -> str:
    return f"{h:02d}:{mi:02d}"


def _scan(s: str) -> list[Clock]:
    found: list[Clock] = []
    if ":" in s or "m" in s or "M" in s:
        for m in _CLOCK.finditer(s):
            i = m.start()
            prev = s[i - 1 : i]
            if prev and (
                prev.isdigit()
                or prev == "+"
                or (prev in "-.:" and s[i - 2 : i - 1].isdigit())
                or (prev.isalpha() and prev.isascii() and prev != "T")
            ):
                continue
            if (
                m.group("mi") is not None
                and len(m.group("h")) == 1
                and _RATIO_BEFORE.search(s, max(0, i - 6), i)
            ):
                continue
            c = _clock_at(s, m, _PERIOD.search(s, max(0, i - 4), i))
            if c:
                found.append(c)
    if "시" in s:
        for m in _KO.finditer(s):
            c = _ko_at(s, m)
            if c:
                found.append(c)
                if c.period is None:
                    left = _bare_left(s, m.start())
                    if left is not None:
                        found.append(left)
    if "정오" in s or "자정" in s:
        for m in _NAMED.finditer(s):
            c = _named_at(s, m)
            if c:
                found.append(c)
    found.sort()
    return found


def _right_clock(s: str, pos: int) -> Clock | None:
    """The clock right after a range separator (no context checks: the range vouches for it)."""
    lead = _PERIOD_AHEAD.match(s, pos)
    m = _CLOCK.match(s, lead.end() if lead else pos)
    if m:
        return _clock_at(s, m, lead)
    m = _KO.match(s, lead.end() if lead else pos)
    if m:
        return _ko_at(s, m)
    m = _NAMED.match(s, lead.end() if lead else pos)
    return _named_at(s, m, in_range=True) if m else None


def _hour_note(s: str, c: Clock, h24: int) -> tuple[FactNote, ...]:
    """A note on a Korean `3시` with no 오전/오후: read as written, though often p.m."""
    if c.period is not None or not 1 <= c.hour <= 6 or s[c.start] == "0":
        return ()
    if not (c.bare or "시" in s[c.start : c.end]):
        return ()  # `3:00` is 24-hour notation
    said = (
        f"no 오전/오후 written: read as {_fmt(h24, c.minute)}, {_fmt(h24 + 12, c.minute)} if p.m."
    )
    return (FactNote(kind="hour-ambiguous", message=said),)


def _clock_end(c: Clock) -> int:
    return c.end


def find_times(s: str) -> list[Candidate]:
    """Time and time-range candidates in the prepared text `s`."""
    clocks = _scan(s)
    out: list[Candidate] = []
    used_as_right = -1
    for c in clocks:
        if c.start < used_as_right:
            continue
        h = _to24(c.hour, c.period)
        left = _fmt(h, c.minute)
        joined = join(s, c.end, _right_clock, _clock_end)
        r = joined[0] if joined else None
        if joined is not None and r is not None:
            period = r.period
            if period is None and c.period is not None and r.hour <= 12:
                morning = c.period in ("am", "오전", "새벽", "아침")
                if morning and c.hour == 12:  # 자정~6시, 오전 12시~2시: still the small hours
                    period = c.period
                elif morning and (r.hour < c.hour or r.hour == 12):
                    period = "pm"
                elif r.hour >= c.hour or c.hour == 12:  # 오후 12시~2시 ends at 14:00
                    period = c.period
            rh = _to24(r.hour, period)
            if c.period is None and r.period is not None and c.hour <= 12:
                h = _to24(c.hour, r.period if c.hour <= r.hour else None)
                left = _fmt(h, c.minute)
            note = _hour_note(s, c, h) if r.period is None else ()
            value = f"{left}/{_fmt(rh, r.minute)}"
            out.append(Candidate(c.start, joined[1], "time", value, note))
            used_as_right = joined[1]
            continue
        if not c.bare:
            out.append(Candidate(c.start, c.end, "time", left, _hour_note(s, c, h)))
    return out


__all__ = ["find_times"]
