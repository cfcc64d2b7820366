"""Mutants of the slips a careful model still makes: one step off, one party too many, one word lost.

Unlike the role swaps of `mutate_fields` (a value the source gives another role), these put a
value the source never gives, or give more than the source says: a date a day or a month off,
AM read as PM, two phone digits transposed, every party bound by a pledge only one makes, a
negation dropped from a copied passage, an English amount off by ten, an embargo dropped or
invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from random import Random

from redteam_kit.corpus import Case
from redteam_kit.edits import Answer, Mutant, get, make, prose_fields, text_sites


def over_binding(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A commitment that binds some parties given to every party (a supplier's pledge to both)."""
    names = [p["name_ko"] for p in a.get("parties") or []]
    for i, c in enumerate(a.get("commitments") or []):
        bound = c.get("parties") or []
        if len(names) >= 2 and bound and set(bound) < set(names):
            yield make("over_binding", case, a, f"commitments[{i}].parties", names)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        return None


def date_slip(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """The event date a day off, or a day-only date put in the month before or after."""
    day = _date(get(a, "event.date"))
    if day is None:
        return
    for delta in (1, -1):
        yield make("date_slip", case, a, "event.date", (day + dt.timedelta(days=delta)).isoformat())
    for month in (day.month % 12 + 1, (day.month - 2) % 12 + 1):
        year = day.year + (month == 1 and day.month == 12) - (month == 12 and day.month == 1)
        try:
            yield make("date_slip", case, a, "event.date", day.replace(year, month).isoformat())
        except ValueError:  # 31 of a 30-day month
            continue


def ampm(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """오전 read as 오후 (or the reverse): 10:00 -> 22:00, 14:00 -> 02:00."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", get(a, "event.time") or "")
    if m and 0 < int(m.group(1)) < 24 and int(m.group(1)) != 12:
        hour = (int(m.group(1)) + 12) % 24
        yield make("ampm", case, a, "event.time", f"{hour:02d}:{m.group(2)}")


def phone_digits(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Two neighbouring digits of a contact's phone transposed: 044-204-7810 -> 044-204-7180."""
    for i, c in enumerate(a.get("contacts") or []):
        phone = c.get("phone") or ""
        spots = [k for k in range(len(phone) - 1) if phone[k : k + 2].isdigit()]
        spots = [k for k in spots[-4:] if phone[k] != phone[k + 1]]
        for k in spots[:1]:
            value = phone[:k] + phone[k + 1] + phone[k] + phone[k + 2 :]
            yield make("phone_digits", case, a, f"contacts[{i}].phone", value)


# A negation and the same passage without it: 하지 않겠다 -> 하겠다, 없다 -> 있다, 못 한다 -> 한다.
_UNNEGATE: list[tuple[str, str]] = [
    (r"지\s?(?:않|안)", ""), (r"(?<![가-힣])(?:안|못)\s", ""), (r"없(?=[다었는이을])", "있"),
    (r"불가능", "가능"),
]  # fmt: skip


def negation_dropped(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A negation lost from a copied quote or commitment: 않겠다 -> 하겠다 (the meaning flips)."""
    fields = [(p, t) for p, t in prose_fields(a, english=False) if not p.startswith("summary")]
    for pattern, repl in _UNNEGATE:
        yield from text_sites(
            "negation_dropped", case, a, fields, re.compile(pattern), lambda m, r=repl: r
        )


def en_tenfold(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """An 억/조 conversion off by ten: 3,000억 원 -> KRW 30 billion (not 300)."""
    rx = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?= (?:million|billion|trillion)\b)", re.I)

    def repl(m: re.Match[str]) -> str:
        value = m.group(1)
        if "." in value or value.endswith("0"):
            whole = float(value) / 10
            return f"{whole:g}"
        return value + "0"

    fields = prose_fields(a, english=True)
    yield from text_sites("en_tenfold", case, a, fields, rx, repl)


def embargo(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """An embargo dropped, or the event moment given as an embargo the source never sets."""
    if get(a, "embargo"):
        m = make("embargo", case, a, "embargo", None)
        m.dropped = True
        yield m
    elif get(a, "event.date"):
        moment = get(a, "event.date") + (f"T{get(a, 'event.time')}" if get(a, "event.time") else "")
        yield make("embargo", case, a, "embargo", moment)


MUTATORS = {
    "over_binding": over_binding, "date_slip": date_slip, "ampm": ampm,
    "phone_digits": phone_digits, "negation_dropped": negation_dropped,
    "en_tenfold": en_tenfold, "embargo": embargo,
}  # fmt: skip
