"""Calendar dates and date ranges in Korean and English, resolved to ISO values."""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.candidates import Candidate
from summarizer.facts.dateforms import WD, Atom, atom_at, atoms_with_matches
from summarizer.facts.resolve import Parts, continue_from, resolve, weekday_index, weekday_note
from summarizer.models import FactKind

_RANGE_SEP = re.compile(r"[ \t]*(?:~|-|–)[ \t]*|[ \t]+(?:to|through|till|until)[ \t]+")
_TAIL_STOP = re.compile(r"[ \t]?(?:[:%.\d]|[가-힣])")
_TAIL = re.compile(r"(?P<d>\d{1,2})(?!\d)(?P<suf>[ \t]*일|\.(?![ \t]?\d))?" + WD)


def _right_side(s: str, pos: int) -> Atom | None:
    """A date written right after a range separator, possibly without year or month."""
    a = atom_at(s, pos)
    if a is not None:
        return a
    m = _TAIL.match(s, pos)
    if m and (not _TAIL_STOP.match(s, m.end()) or "일" in (m.group("suf") or "")):
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


def _across_clock(s: str, end: int) -> tuple[re.Match[str], Atom] | None:
    """The separator and right date of a range whose left date is followed by its clock.

    The right side must name its day plainly (a month, `일` or a weekday): after a clock,
    a bare number is more likely the hour that ends a time range (`09:00 ~ 18`).
    """
    clk = _CLOCK_BETWEEN.match(s, end)
    if clk is None:
        return None
    sep = _RANGE_SEP.match(s, clk.end())
    if sep is None:
        return None
    right = _right_side(s, sep.end())
    if right is None or (
        right.parts.month is None
        and right.parts.weekday is None
        and "일" not in s[right.start : right.end]
    ):
        return None
    return sep, right


_FIRM = re.compile(r"(?:\d\.\d\d|[.)\]일])$")


def _firm(text: str) -> bool:
    """A plain `M.D` side of a range reads as a date, not a decimal: `7.17`, `7.19.`, `19일`."""
    return _FIRM.search(text.rstrip()) is not None


# `5월 5일과 6일`, `7월 17일(수), 18일(목)`: the second day takes the month of the first
_AND = re.compile(r"[ \t]*(?:과|와|및|,|·|ㆍ|또는|이나|혹은|and|or|&)[ \t]*")


def find_dates(s: str, ref: date) -> list[Candidate]:
    """Date and date-range candidates in the prepared text `s`."""
    out: list[Candidate] = []
    prev: tuple[int, date] | None = None  # end and value of the last date that had its month
    for atom, m in sorted(atoms_with_matches(s), key=lambda am: am[0].start):
        p = atom.parts
        if (
            p.month is None
            and p.anchor is None
            and prev is not None
            and (m is None or m.group("d2") is None)
            and _AND.fullmatch(s, prev[0], atom.start)
        ):
            left = continue_from(prev[1], p)
            atom = atom._replace(
                parts=Parts(p.day, left.month, left.year, p.weekday) if left else p
            )
        else:
            left = resolve(p, ref)
        if left is None:
            continue
        guessed = None
        yearless = p.year is None and p.month is not None and p.anchor is None
        if yearless and p.weekday is None and left.year != ref.year:  # weeks from New Year
            guessed = f"no year written: read as {left.year}, nearer to the reference date"
        if atom.parts.month is not None and atom.ok:
            prev = (atom.end, left)
        notes = [weekday_note(atom.parts, left), guessed]
        right_val: date | None = None
        end = atom.end
        holds: FactKind | None = None  # the clock between the two dates stays a time fact
        d2 = m.group("d2") if m is not None and "d2" in m.re.groupindex else None
        if not atom.ok and atom.parts.month is None:
            continue
        if d2:
            assert m is not None
            right_parts = Parts(day=int(d2), weekday=weekday_index(m.group("wd2")))
            right_val = continue_from(left, right_parts)
            if right_val is not None:
                notes.append(weekday_note(right_parts, right_val))
        else:
            sep = _RANGE_SEP.match(s, atom.end)
            right = _right_side(s, sep.end()) if sep else None
            if right is None and (joined := _across_clock(s, atom.end)) is not None:
                right, holds = joined[1], "time"
            if right is not None and (
                atom.ok or (_firm(s[atom.start : atom.end]) and _firm(s[right.start : right.end]))
            ):
                r = continue_from(left, right.parts)
                if r is not None and r > left:
                    right_val, end = r, right.end
                    notes.append(weekday_note(right.parts, r))
        if right_val is not None and right_val > left:
            note = "; ".join(n for n in notes if n) or None
            value = f"{left.isoformat()}/{right_val.isoformat()}"
            out.append(Candidate(atom.start, end, "date", value, note, holds))
        elif atom.ok:
            note = "; ".join(n for n in notes[:2] if n) or None
            out.append(Candidate(atom.start, atom.end, "date", left.isoformat(), note))
    return out


__all__ = ["find_dates"]
