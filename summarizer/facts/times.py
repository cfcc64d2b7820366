"""Clock times and time ranges to `HH:MM`: `10:30`, `오후 3시`, `오후 4:15`, `2:30 p.m.`,
`10:30~10:45`, `오후 2~4시`, `정오` (12:00) and `자정` (00:00).
"""

from __future__ import annotations

from summarizer.facts.candidates import Candidate
from summarizer.facts.ranges import join
from summarizer.facts.timeforms import (
    CLOCK,
    EN_NAMED,
    KO,
    NAMED,
    PERIOD_AHEAD,
    Clock,
    clock_at,
    ko_at,
    named_at,
    scan,
)
from summarizer.models.records import FactNote


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


def _fmt(h: int, mi: int) -> str:
    return f"{h:02d}:{mi:02d}"


def _right_clock(s: str, pos: int) -> Clock | None:
    """The clock right after a range separator (no context checks: the range vouches for it)."""
    lead = PERIOD_AHEAD.match(s, pos)
    m = CLOCK.match(s, lead.end() if lead else pos)
    if m:
        return clock_at(s, m, lead)
    m = KO.match(s, lead.end() if lead else pos)
    if m:
        return ko_at(s, m)
    m = NAMED.match(s, lead.end() if lead else pos)
    if m:
        return named_at(s, m, in_range=True)
    m = EN_NAMED.match(s, pos)  # `10 a.m. to noon`
    return Clock(m.start(), m.end(), 12, 0, "낮") if m and m.group("w") == "noon" else None


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
    clocks = scan(s)
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
