"""Turning partial dates (no year, no month, relative anchors, weekdays) into calendar dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WEEKDAYS = "월화수목금토일"
_WEEKDAY_INDEX = {c: i for i, c in enumerate(WEEKDAYS)}
_WEEKDAY_INDEX.update({c: i for i, c in enumerate("月火水木金土日")})
_WEEKDAY_INDEX.update(
    {n: i for i, n in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
)

# anchor word -> (what it shifts, by how much); "past"/"next" pick the nearest such day
_ANCHORS: dict[str, tuple[str, int]] = {
    "지난달": ("month", -1),
    "지난 달": ("month", -1),
    "전달": ("month", -1),
    "전월": ("month", -1),
    "이달": ("month", 0),
    "이번 달": ("month", 0),
    "이번달": ("month", 0),
    "이번": ("month", 0),
    "다음 달": ("month", 1),
    "다음달": ("month", 1),
    "내달": ("month", 1),
    "익월": ("month", 1),
    "지난해": ("year", -1),
    "작년": ("year", -1),
    "전년": ("year", -1),
    "올해": ("year", 0),
    "금년": ("year", 0),
    "내년": ("year", 1),
    "이듬해": ("year", 1),
    "다음 해": ("year", 1),
    "다음해": ("year", 1),
    "지난": ("past", 0),
    "오는": ("next", 0),
}


def weekday_index(token: str | None) -> int | None:
    """0 for Monday … 6 for Sunday, from `수`, `水` or `Wed`; None when unknown."""
    if not token:
        return None
    return _WEEKDAY_INDEX.get(token[:3].lower() if token.isascii() else token[0])


@dataclass(slots=True)
class Parts:
    """A date as written: any of year and month may be missing."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    anchor: str | None = None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + by
    return k // 12, k % 12 + 1


def _pick(options: list[date | None], weekday: int | None, ref: date) -> date | None:
    """The first option, unless only another one fits the weekday."""
    valid = [o for o in options if o is not None]
    if not valid:
        return None
    if weekday is not None and valid[0].weekday() != weekday:
        # another year (or month) only when it is also nearer: a far fit is more likely a typo
        here = abs((valid[0] - ref).days)
        fits = [o for o in valid[1:] if o.weekday() == weekday and abs((o - ref).days) < here]
        if fits:
            return min(fits, key=lambda o: abs((o - ref).days))
    return valid[0]


def _without_year(p: Parts, month: int, ref: date) -> date | None:
    kind, by = _ANCHORS.get(p.anchor or "", ("", 0))
    y = ref.year
    if kind == "year":
        return _safe(y + by, month, p.day)
    if kind == "past":
        y = y if (month, p.day) < (ref.month, ref.day) else y - 1
        return _safe(y, month, p.day)
    if kind == "next":
        y = y if (month, p.day) > (ref.month, ref.day) else y + 1
        return _safe(y, month, p.day)
    here = _safe(y, month, p.day)
    options = [here, _safe(y - 1, month, p.day), _safe(y + 1, month, p.day)]
    if here is not None and p.weekday is None and abs((here - ref).days) > 270:
        # a January date in a late-December text (or the reverse) belongs to the nearer year
        near = [o for o in options[1:] if o is not None and abs((o - ref).days) < 60]
        if near:
            return near[0]
    return _pick(options, p.weekday, ref)


def _day_only(p: Parts, ref: date) -> date | None:
    kind, by = _ANCHORS.get(p.anchor or "", ("", 0))
    y, m = ref.year, ref.month
    if kind == "month":
        return _safe(*_shift_month(y, m, by), p.day)
    if kind == "past":
        if p.day >= ref.day:
            y, m = _shift_month(y, m, -1)
        return _safe(y, m, p.day) or _safe(*_shift_month(y, m, -1), p.day)
    if kind == "next":
        if p.day <= ref.day:
            y, m = _shift_month(y, m, 1)
        return _safe(y, m, p.day) or _safe(*_shift_month(y, m, 1), p.day)
    options = [
        _safe(y, m, p.day),
        _safe(*_shift_month(y, m, -1), p.day),
        _safe(*_shift_month(y, m, 1), p.day),
    ]
    return _pick(options, p.weekday, ref)


def resolve(p: Parts, ref: date) -> date | None:
    """The calendar date `p` names, read against `ref`; None when it is no valid date."""
    if not 1 <= p.day <= 31 or (p.month is not None and not 1 <= p.month <= 12):
        return None
    if p.year is not None and p.month is not None:
        return _safe(p.year, p.month, p.day)
    if p.month is not None:
        return _without_year(p, p.month, ref)
    return _day_only(p, ref)


def weekday_note(p: Parts, value: date) -> str | None:
    """A warning when the written weekday disagrees with the date."""
    if p.weekday is None or value.weekday() == p.weekday:
        return None
    return (
        f"weekday ({WEEKDAYS[p.weekday]}) disagrees with {value.isoformat()} "
        f"({WEEKDAYS[value.weekday()]})"
    )


def continue_from(left: date, right: Parts) -> date | None:
    """The right side of a range, taking the year and month it omits from the left side."""
    if right.year is not None and right.month is not None:
        return _safe(right.year, right.month, right.day)
    if right.month is not None:
        for y in (left.year, left.year + 1):
            d = _safe(y, right.month, right.day)
            if d is not None and d >= left:
                return d
        return None
    y, m = left.year, left.month
    for _ in range(2):
        d = _safe(y, m, right.day)
        if d is not None and d >= left:
            return d
        y, m = _shift_month(y, m, 1)
    return None


__all__ = ["WEEKDAYS", "Parts", "continue_from", "resolve", "weekday_index", "weekday_note"]
