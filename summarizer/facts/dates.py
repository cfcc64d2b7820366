"""Calendar dates and date ranges in Korean and English, resolved to ISO values.

A date whose year (or month) the text omits is read against the reference date and the
tense of its clause; with no reference it keeps its parts and gets no value.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.candidates import Candidate
from summarizer.facts.datecontext import (
    as_of_stamp,
    in_date_bar,
    in_file_name,
    in_other_stories,
)
from summarizer.facts.dateforms import NUM, WD, Atom, num_atom
from summarizer.facts.dateregistry import atom_at, page_readings
from summarizer.facts.ranges import SEP, join
from summarizer.facts.resolve import (
    Parts,
    Reference,
    continue_from,
    resolve,
    valid_parts,
    weekday_index,
    weekday_note,
)
from summarizer.facts.tense import tense_after
from summarizer.lazy import lazy_compile
from summarizer.lexicon import ANNOUNCE_VERBS_KO, alternation
from summarizer.models.records import DateParts, FactKind, FactNote

_TAIL_STOP = lazy_compile(r"[ \t]?(?:[:%.\d]|[가-힣])")
_TAIL = lazy_compile(r"(?P<d>\d{1,2})(?!\d)(?P<suf>[ \t]*일|\.(?![ \t]?\d))?" + WD)
_UNIT_AFTER = lazy_compile(r"[ \t]?(?:%|배|회|점|명|개|원|건|p|°|km|kg|m\b|세|년|위|억|만)")


def _glued(s: str, pos: int) -> Atom | None:
    """`2024.03.01-2024.03.31`: a full date glued to the hyphen before it, which the date forms
    refuse to read after one (a code's `123-2024.1.1`); read from `pos` alone."""
    if pos == 0 or s[pos - 1] not in "-–":
        return None
    seg = s[pos : pos + 40]
    m = NUM.match(seg)
    a = num_atom(seg, m) if m else None
    return Atom(pos + a.start, pos + a.end, a.parts, a.ok) if a else None


def _right_side(s: str, pos: int) -> Atom | None:
    """A date written right after a range separator, possibly without year or month."""
    a = atom_at(s, pos) or _glued(s, pos)
    if a is not None:
        return a
    m = _TAIL.match(s, pos)
    if m and (not _TAIL_STOP.match(s, m.end()) or "일" in (m.group("suf") or "") or m.group("wd")):
        return Atom(
            m.start(),
            m.end(),
            Parts(day=int(m.group("d")), weekday=weekday_index(m.group("wd"))),
            True,
        )
    return None


# the clock a date-time range writes after its left date: `6. 2.(월) 09:00 ~ 6. 13.(금)`,
# `7월 1일 오후 2시 ~ 3일`, `June 2, 10 a.m. to June 13`
_CLOCK_BETWEEN = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:오전|오후|낮|밤|새벽|저녁|아침)[ \t]*)?\d{1,2}"
    r"(?::[0-5]\d(?::[0-5]\d)?(?!\d)|[ \t]*시(?:[ \t]*\d{1,2}[ \t]*분|[ \t]*반)?|(?=[ \t]?[aApP]\.?[mM]))"
    r"(?:[ \t]?(?:[aApP]\.[ ]?[mM]\.?|[aApP][mM](?![A-Za-z])))?"
)


_CLOCK_FIRST = (" ", "\t", ",")  # what `_CLOCK_BETWEEN` may open with


def _end(a: Atom) -> int:
    return a.end


def _across_clock(s: str, end: int) -> tuple[Atom, int] | None:
    """The right date of a range whose left date is followed by its clock.

    The right side must name its day plainly (a month, `일` or a weekday): after a clock,
    a bare number is more likely the hour that ends a time range (`09:00 ~ 18`).
    """
    if s[end : end + 1] not in _CLOCK_FIRST:  # (most dates are followed by none: not asked)
        return None
    clk = _CLOCK_BETWEEN.match(s, end)
    if clk is None or SEP.match(s, clk.end()) is None or "부터" in s[clk.end() : clk.end() + 4]:
        return None
    joined = join(s, clk.end(), _right_side, _end)
    if joined is None:
        return None
    right = joined[0]
    if (
        right.parts.month is None
        and right.parts.weekday is None
        and "일" not in s[right.start : right.end]
    ):
        return None
    return joined


_FIRM = lazy_compile(r"(?:\d\.\d\d|[.)\]일]|^\d\d?/\d\d?)$")


def _firm(text: str) -> bool:
    """A plain `M.D` side of a range reads as a date, not a decimal: `7.17`, `7.19.`, `19일`."""
    return _FIRM.search(text.rstrip()) is not None


# `5월 5일과 6일`, `7월 17일(수), 18일(목)`: the second day takes the month of the first
_AND = re.compile(r"[ \t]*(?:과|와|및|,|·|ㆍ|또는|이나|혹은|and|or|&)[ \t]*")
# `3월 18일 A와 B, 31일 C와 D를`: a list of dated items in one sentence; a later day-only
# item takes the month of the first
# (nouns only between: a clause with its verb, `체결한 협약에 따라, 20일`, starts afresh)
_LISTED = lazy_compile(r"[^\n.!?。]{0,40}(?<![고며서면라니만데해어여게지]),[ \t]*")
_PREDICATE = lazy_compile(r"[했됐한된할될]|하[고며여]|되[고며어]|따라|위해|통해|이어")


def _same_month(
    s: str, prev: tuple[int, Parts, date | None], atom: Atom, m: re.Match[str] | None
) -> bool:
    p = atom.parts
    if p.month is not None or p.anchor is not None or (m is not None and m.group("d2") is not None):
        return False
    if _AND.fullmatch(s, prev[0], atom.start):
        return True
    if p.day <= prev[1].day or _LISTED.fullmatch(s, prev[0], atom.start) is None:
        return False
    return _PREDICATE.search(s, prev[0], atom.start) is None


def _dated(p: Parts) -> DateParts:
    return DateParts(day=p.day, month=p.month, year=p.year, weekday=p.weekday, relative=p.anchor)


def _needs_reference(p: Parts) -> bool:
    return p.year is None or p.month is None


def _unresolved(p: Parts) -> FactNote:
    missing = "year" if p.month is not None else "month or year"
    said = f"no {missing} written and no reference date: not resolved"
    if p.anchor is not None:
        said = f"relative to the publication date ({p.anchor}), which is unknown: not resolved"
    return FactNote(kind="no-reference", message=said)


_OTHER_STORY = FactNote(
    kind="no-reference",
    message="a day in another story's headline (a box of other stories): its month is not known",
)


def _accept_range(s: str, atom: Atom, right: Atom, end: int) -> bool:
    """Whether `atom` and `right` joined by a separator read as a range of dates."""
    if atom.ok:
        return True
    left_text, right_text = s[atom.start : atom.end], s[right.start : right.end]
    if _UNIT_AFTER.match(s, end):
        return False  # `3.5-4.2%`
    lm, rm = atom.parts.month, right.parts.month
    if "/" in left_text and lm is not None and rm is not None and not 0 <= rm - lm <= 1:
        return False  # `7/17~7/19` has the same or the next month; `1/2~3/4` is fractions
    return (_firm(left_text) and _firm(right_text)) or (
        _OPENED.search(s, max(0, atom.start - 8), atom.start) is not None
        and _rollover(atom, right, left_text, right_text)
    )


# a bracket or a label's colon opening the range (`(8.30-9.6)`, `기간: 8.30~9.6`): a period
# given as such, not decimals in a sentence (`2.15-3.5 사이`)
_OPENED = lazy_compile(r"[(\[:：][ \t]*$")


_ONE_DIGIT_DAY = lazy_compile(r"\d\d?\.\d")


def _rollover(atom: Atom, right: Atom, left_text: str, right_text: str) -> bool:
    """`8.30-9.6`: a firm `M.DD`, then a day of the next month before that day, its one digit
    after the dot."""
    lm, rm, ld, rd = atom.parts.month, right.parts.month, atom.parts.day, right.parts.day
    return (
        _firm(left_text)
        and _ONE_DIGIT_DAY.fullmatch(right_text.rstrip()) is not None
        and None not in (lm, rm, ld, rd)
        and rm == lm % 12 + 1  # type: ignore[operator]
        and rd < ld  # type: ignore[operator]
    )


def _right_of(
    s: str, atom: Atom, m: re.Match[str] | None
) -> tuple[Parts, int, FactKind | None] | None:
    """The right side of a range starting with `atom`: its parts, the range's end, and the
    kind of fact the range holds inside (the clock between two dates)."""
    d2 = m.group("d2") if m is not None and "d2" in m.re.groupindex else None
    if d2:
        assert m is not None
        return Parts(day=int(d2), weekday=weekday_index(m.group("wd2"))), atom.end, None
    joined = join(s, atom.end, _right_side, _end)
    holds: FactKind | None = None
    if joined is None:
        joined, holds = _across_clock(s, atom.end), "time"
    if joined is None or not _accept_range(s, atom, joined[0], joined[1]):
        return None
    if "부터" in s[atom.end : joined[0].start] and not joined[0].ok:
        return None  # `17일부터 3일간` is a start and a length
    return joined[0].parts, joined[1], holds


# `‘2023 가람 인물대상 시상식’이 12월 29일(금) …`: an event's quoted name opening with its year
# (the name ends with a kind of event: `‘2020 고령자 통계’` in a box of other headlines names a
# report, not the day's event)
_EVENT_KINDS = (
    "시상식", "기념식", "박람회", "엑스포", "축제", "페스티벌", "대회", "포럼", "행사", "심포지엄",
    "세미나", "콘퍼런스", "컨퍼런스", "총회", "개막식", "설명회", "대축전",
)  # fmt: skip
_NAMED_YEAR = lazy_compile(
    r"[‘“'\"『「]((?:19|20)\d\d)[ \t]+[가-힣A-Za-z][^’”'\"』」\n]{0,40}?(?:"
    + "|".join(_EVENT_KINDS)
    + r")[’”'\"』」]"
)


def _named_year(s: str) -> int:
    """The year the first quoted name opening with one states (`‘2020 문화의 날 기념식’`), 0
    when none: on a page stating no date of its own, it anchors the dates written without a
    year (the gold's convention for a date only the page's content anchors)."""
    m = _NAMED_YEAR.search(s)
    return int(m.group(1)) if m else 0


def _in_named_year(p: Parts, year: int) -> date | None:
    """`12월 29일(금)` in the named year, unless its written weekday says otherwise."""
    if not year or p.month is None or p.day is None:
        return None
    try:
        d = date(year, p.month, p.day)
    except ValueError:
        return None
    return d if p.weekday is None or d.weekday() == p.weekday else None


# A month named without its day for a plan: `오는 6월`, `6월 중`, `다음 달`, `내달` (a day after
# it, `6월 12일`, is a written date, no named month)
_NAMED_MONTH = lazy_compile(
    r"(?<![\d가-힣.])(?:(?P<rel>오는|올해|금년|내년)[ \t]*)?(?P<m>1[0-2]|0?[1-9])[ \t]*월(?![ \t]*\d)"
    r"|(?<![가-힣])(?P<next>다음[ \t]?달|내달|다다음[ \t]?달)"
)
_PLAN_AFTER = lazy_compile(
    r"[^.!?\n]{0,60}?(?:예정|계획|방침|할[ \t]*것|될[ \t]*것|앞두|열릴|체결할|가질|맺을|진행될)"
)
_TOLD_DAY = lazy_compile(r"[ \t]*" + alternation(ANNOUNCE_VERBS_KO))
_NAMED_REACH = 200  # the sentence before the day's, or earlier in its own


def _planned_month(
    s: str,
    atom: Atom,
    prev: tuple[int, Parts, date | None] | None,
    ref: Reference | None,
    tense: str | None,
) -> date | None:
    """The day a bare `N일` names in the month a plan named before it, when the plan's month is
    not the publication's: a coming date written just before (`협약식은 6월 3일 열리며, 12일에는
    현판식이 열린다`: the 12th of June, on or after it), else a month named without its day
    (`다음 달 … 체결할 예정이다. 협약식은 12일 …`). Not for a past clause, nor for the day a
    report was told (`… 체결할 계획이라고 12일 밝혔다`)."""
    p = atom.parts
    if ref is None or ref.day is None or p.month is not None or p.anchor is not None:
        return None
    if tense == "past" or _TOLD_DAY.match(s, atom.end) is not None:
        return None
    lo = max(0, atom.start - _NAMED_REACH)
    written = prev if prev is not None and prev[0] > lo else None
    if written is not None:
        lo = written[0]  # (a month named after that date is nearer to the day)
    # (the nearest `월` or `달` only, found as a string and read where it stands: a pattern
    # scanned over the stretch before every bare day cost more than the rest of the reading)
    k = max(s.rfind("월", lo, atom.start), s.rfind("달", lo, atom.start))
    named = None
    if k >= 0:
        for m in _NAMED_MONTH.finditer(s, max(lo, k - 12), k + 1):
            named = m if m.end() == k + 1 else named
    if named is None and written is not None:
        left = written[2]
        if left is None or left <= ref.date or "\n\n" in s[written[0] : atom.start]:
            return None  # a date of the past, or the page's stamp: the day is read as before
        return continue_from(left, p)
    if named is None or "\n\n" in s[named.end() : atom.start]:
        return None
    if named.group("next"):
        by = 2 if named.group("next").startswith("다다음") else 1
        y, mo = divmod(ref.year * 12 + ref.month - 1 + by, 12)
        return _in_month(y, mo + 1, p.day)
    # a plan: `오는 6월`, or `6월 중 … 예정`
    if named.group("rel") is None and _PLAN_AFTER.match(s, named.end()) is None:
        return None
    month = int(named.group("m"))
    rel = named.group("rel")
    year = ref.year + 1 if rel == "내년" else ref.year
    if rel is None or rel == "오는":
        year = ref.year if month >= ref.month else ref.year + 1
    if month == ref.month and year == ref.year:
        return None
    return _in_month(year, month, p.day)


def _in_month(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(s: str, ref: Reference | None) -> list[Candidate]:
    """Date and date-range candidates in the prepared text `s`."""
    out: list[Candidate] = []
    prev: tuple[int, Parts, date | None] | None = None  # the last date that had its month
    named: int | None = None  # the year an event's quoted name states (0: none)
    for atom, m in sorted(page_readings(s), key=lambda am: am[0].start):
        p = atom.parts
        if not valid_parts(p) or (not atom.ok and p.month is None):
            continue
        # (the tense moves only a day read against a reference's day with no weekday
        # written: `resolve` reads it nowhere else, so it is not asked of the others)
        tense = (
            tense_after(s, atom.end)
            if ref is not None and ref.day is not None and p.weekday is None and _needs_reference(p)
            else None
        )
        other = False  # a day in a box of other stories' headlines
        if prev is not None and _same_month(s, prev, atom, m):
            left = continue_from(prev[2], p) if prev[2] is not None else None
            month = left.month if left is not None else prev[1].month
            p = Parts(p.day, month, left.year if left else prev[1].year, p.weekday)
            atom = atom._replace(parts=p)
        elif (planned := _planned_month(s, atom, prev, ref, tense)) is not None:
            # `다음 달 … 협약을 체결할 예정이다. 협약식은 12일 …`: the named month's day
            left = planned
            p = Parts(p.day, planned.month, planned.year, p.weekday)
            atom = atom._replace(parts=p)
        else:
            left = resolve(p, ref, tense)
            # another story's day, in a box of headlines under the article: its month is that
            # story's, which the article's date does not give
            other = left is not None and p.month is None and in_other_stories(s, atom.start)
            left = None if other else left
            if left is None and ref is None and p.year is None and p.month is not None:
                if named is None:
                    named = _named_year(s)  # (asked once, only of a page with no reference)
                left = _in_named_year(p, named)
            unknowable = other or (_needs_reference(p) and (ref is None or ref.day is None))
            if left is None and not unknowable:
                continue  # no such day in the calendar (2월 30일)
        notes: list[FactNote | None] = [weekday_note(p, left) if left else None]
        yearless = p.year is None and p.month is not None and p.anchor is None
        if left and ref and yearless and p.weekday is None and left.year != ref.year:
            said = f"no year written: read as {left.year}, nearer to the reference date"
            notes.append(FactNote(kind="year-inferred", message=said))
        if p.month is not None and atom.ok:
            prev = (atom.end, p, left)
        right = _right_of(s, atom, m)
        if right is not None:
            rparts, end, holds = right
            rval = continue_from(left, rparts) if left is not None else None
            if left is None or (rval is not None and rval > left):
                if rval is not None:
                    notes.append(weekday_note(rparts, rval))
                value = f"{left.isoformat()}/{rval.isoformat()}" if left and rval else None
                notes.append(None if value else _unresolved(p))
                kept = tuple(n for n in notes if n)
                parts = (_dated(p), _dated(rparts))
                out.append(Candidate(atom.start, end, "date", value, kept, holds, parts=parts))
                continue
        if (
            atom.ok
            # (a site's dated bar, `2024-03-29(금)` over the weather, is a date written on the
            # page like its imprint's, no reference; a portal's yearless `10.01 (화)` under its
            # skip link is not: no year says which)
            and not (
                p.year is None
                and p.weekday is not None
                and in_date_bar(s, atom.start, atom.end, skip_link=True)
            )
            and not in_file_name(s, atom.start, atom.end)
            and not (p.year is not None and as_of_stamp(s, atom.start, atom.end))
        ):
            notes.append(None if left else _OTHER_STORY if other else _unresolved(p))
            kept = tuple(n for n in notes if n)
            value = left.isoformat() if left else None
            out.append(Candidate(atom.start, atom.end, "date", value, kept, parts=(_dated(p),)))
    return out


__all__ = ["find_dates"]
