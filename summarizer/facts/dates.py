"""Calendar dates and date ranges in Korean and English, resolved to ISO values."""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.candidates import Candidate
from summarizer.facts.dateforms import WD, Atom, atom_at, atoms_with_matches
from summarizer.facts.resolve import Parts, continue_from, resolve, weekday_index, weekday_note

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
            if sep:
                right = _right_side(s, sep.end())
                if right is not None and (
                    atom.ok
                    or (_firm(s[atom.start : atom.end]) and _firm(s[right.start : right.end]))
                ):
                    r = continue_from(left, right.parts)
                    if r is not None and r > left:
                        right_val, end = r, right.end
                        notes.append(weekday_note(right.parts, r))
        if right_val is not None and right_val > left:
            note = "; ".join(n for n in notes if n) or None
            out.append(
                Candidate(
                    atom.start, end, "date", f"{left.isoformat()}/{right_val.isoformat()}", note
                )
            )
        elif atom.ok:
            note = "; ".join(n for n in notes[:2] if n) or None
            out.append(Candidate(atom.start, atom.end, "date", left.isoformat(), note))
    return out


__all__ = ["find_dates"]
