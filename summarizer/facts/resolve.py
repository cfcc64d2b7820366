"""Turning partial dates (no year, no month, relative anchors, weekdays) into calendar dates."""

from dataclasses import dataclass
from datetime import date, timedelta

from summarizer.facts.datewords import RELATIVE, WEEKDAYS_KO
from summarizer.facts.tense import Tense
from summarizer.models.records import FactNote

WEEKDAYS = WEEKDAYS_KO
_WEEKDAY_INDEX = {c: i for i, c in enumerate(WEEKDAYS)}
_WEEKDAY_INDEX.update({c: i for i, c in enumerate("月火水木金土日")})
_WEEKDAY_INDEX.update(
    {n: i for i, n in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
)


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
    anchor: str | None = None  # a key of `datewords.RELATIVE`


@dataclass(frozen=True, slots=True)
class Reference:
    """The date the text is read against; `day` is None when only its month is known."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def of(cls, d: date) -> "Reference":
        return cls(d.year, d.month, d.day)

    @property
    def date(self) -> date:
        """The day, or the middle of the month when only the month is known (for distances)."""
        return date(self.year, self.month, self.day or 15)


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


def _shift(p: Parts) -> tuple[str, int]:
    found = RELATIVE.get(p.anchor or "")
    return (found.unit, found.by) if found else ("", 0)


def _by_tense(value: date | None, ref: Reference, tense: Tense | None, step: int) -> date | None:
    """Move a date read in the reference's month (or year) by `step` months when the tense says.

    A past report (`체결했다`) takes a day on or before the reference (a day's grace for a
    release sent the evening before its embargo); a plan (`체결할 예정`) one on or after it.
    A present tense (`열린다`) says nothing either way: news uses it for both.
    """
    if value is None or tense is None or ref.day is None:
        return value
    r = ref.date
    y, m = value.year, value.month
    if tense == "past" and value > r + timedelta(days=1):
        y, m = _shift_month(y, m, -step)
    elif tense == "future" and value < r:
        y, m = _shift_month(y, m, step)
    else:
        return value
    return _safe(y, m, value.day) or value


def _without_year(p: Parts, month: int, ref: Reference, tense: Tense | None) -> date | None:
    kind, by = _shift(p)
    y = ref.year
    if kind == "year":
        return _safe(y + by, month, p.day)
    ref_md = (ref.month, ref.day or 15)
    if kind == "past":
        # on or before the reference, as a day alone: `지난 7월 22일` on a page of the 22nd is
        # that day, not the same day a year before
        y = y if (month, p.day) <= ref_md else y - 1
        return _safe(y, month, p.day)
    if kind == "next":
        y = y if (month, p.day) > ref_md else y + 1
        return _safe(y, month, p.day)
    here = _safe(y, month, p.day)
    options = [here, _safe(y - 1, month, p.day), _safe(y + 1, month, p.day)]
    r = ref.date
    if here is not None and p.weekday is None and abs((here - r).days) > 270:
        # a January date in a late-December text (or the reverse) belongs to the nearer year
        near = [o for o in options[1:] if o is not None and abs((o - r).days) < 60]
        if near:
            return near[0]
    if p.weekday is None and tense == "present" and here is not None and ref.day is not None:
        # a schedule told in the present: the nearest such day, coming or just gone
        return min((o for o in options if o is not None), key=lambda o: abs((o - r).days))
    if p.weekday is None:
        return _by_tense(here, ref, tense, 12)
    return _pick(options, p.weekday, r)


def _day_only(p: Parts, ref: Reference, tense: Tense | None) -> date | None:
    kind, by = _shift(p)
    y, m = ref.year, ref.month
    if kind == "month":
        return _safe(*_shift_month(y, m, by), p.day)
    if kind in ("past", "next") and ref.day is None:
        return None  # `지난 13일` in a page dated only by its month: this month or the last
    if kind == "past" and ref.day is not None:
        # on or before the reference: `지난 21일` on a page posted the 21st is that day
        if p.day > ref.day:
            y, m = _shift_month(y, m, -1)
        return _safe(y, m, p.day) or _safe(*_shift_month(y, m, -1), p.day)
    if kind == "next" and ref.day is not None:
        if p.day <= ref.day:
            y, m = _shift_month(y, m, 1)
        return _safe(y, m, p.day) or _safe(*_shift_month(y, m, 1), p.day)
    options = [
        _safe(y, m, p.day),
        _safe(*_shift_month(y, m, -1), p.day),
        _safe(*_shift_month(y, m, 1), p.day),
    ]
    if options[0] is None and p.weekday is None and ref.day is not None:
        # no such day in the reference's month (`31일` in April): the month before or after,
        # as the tense says, else the nearer
        before, after = options[1], options[2]
        if tense == "past" or after is None:
            return before
        if tense == "future" or before is None:
            return after
        r = ref.date
        return before if (r - before) <= (after - r) else after
    if p.weekday is None or ref.day is None:
        return _by_tense(options[0], ref, tense, 1)
    return _pick(options, p.weekday, ref.date)


def valid_parts(p: Parts) -> bool:
    """Day and month in range (the calendar checks the rest)."""
    return 1 <= p.day <= 31 and (p.month is None or 1 <= p.month <= 12)


def resolve(p: Parts, ref: Reference | None, tense: Tense | None = None) -> date | None:
    """The calendar date `p` names, read against `ref`; None when it is no valid date, or
    when it needs a reference and there is none."""
    if not valid_parts(p):
        return None
    if p.year is not None and p.month is not None:
        return _safe(p.year, p.month, p.day)
    if ref is None:
        return None
    if p.month is not None:
        return _without_year(p, p.month, ref, tense)
    return _day_only(p, ref, tense)


def weekday_note(p: Parts, value: date) -> FactNote | None:
    """A warning when the written weekday disagrees with the date."""
    if p.weekday is None or value.weekday() == p.weekday:
        return None
    said = (
        f"weekday ({WEEKDAYS[p.weekday]}) disagrees with {value.isoformat()} "
        f"({WEEKDAYS[value.weekday()]})"
    )
    return FactNote(kind="weekday-mismatch", message=said)


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


__all__ = [
    "WEEKDAYS",
    "Parts",
    "Reference",
    "continue_from",
    "resolve",
    "valid_parts",
    "weekday_index",
    "weekday_note",
]
