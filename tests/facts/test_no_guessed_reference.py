"""No date is ever resolved against a guessed reference (issue 8: "0 dates resolved against a
guessed reference").

A year or month the text does not write comes from a reference the page states or the user
gives, never from today's date or a guess. So, on a page read without `--reference-date`
whose own date is unknown, every resolved date (and the event's date) takes its year, and
for a day written alone its month too, from a date the page writes in full; and with a
reference given, from that reference or a written date. Run over the project's documents and
invented snippets of the forms that need a reference (day only, `지난달`, `전날`, weekdays),
with today's date moved far away so that any use of it shows.

Every snippet is written for these tests.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.extract import facts_record
from summarizer.models.records import Fact, FactsRecord

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted(
    p
    for folder in (ROOT / "corpus" / "docs", ROOT / "examples")
    for p in folder.iterdir()
    if p.suffix in {".txt", ".html", ".htm"}
)
SNIPPETS = [
    "가람시는 지난 13일 누리재단과 협약을 체결했다고 14일 밝혔다.",
    "가람시와 누리재단은 전날 협약을 맺었다. 이날 협약식에는 두 기관장이 참석했다.",
    "가람군은 지난달 27일 별빛㈜과 협약을 맺었고, 오는 3일 착공한다.",
    "누리재단은 24일 가온대와 업무협약을 체결했다. 협약은 다음 달 1일부터 시행된다.",
    "가람시 소식\n시는 지난 5일(화) 협약을 체결했다.\n사진은 2019.5.5 촬영.",
    "Garam City signed an MOU with Nuri Foundation on Monday, the city said Tuesday.",
    "가람시 누리홀 개관(3.2)\n- 문화팀\n- 1024\n본문이다.\n- 최종수정일 : 2025-11-03",
    "2026년 12월 5일 토요일\n로그인\n가람시는 30일 누리재단과 협약을 체결했다.",
]
# today, moved far from every date written here: a guess against it would show as 2041
FAR_TODAY = _dt.date(2041, 6, 15)


class _FarDate(_dt.date):
    @classmethod
    def today(cls) -> _FarDate:
        return cls(FAR_TODAY.year, FAR_TODAY.month, FAR_TODAY.day)


@pytest.fixture(autouse=True)
def _far_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_dt, "date", _FarDate)


def _months(value: str) -> Iterator[tuple[int, int]]:
    for piece in value.split("/"):
        y, m = piece.split("-")[:2]
        yield int(y), int(m)


def _written(rec: FactsRecord) -> tuple[set[int], set[tuple[int, int]]]:
    """The years, and the months of those years, the page writes in its dates."""
    years: set[int] = set()
    months: set[tuple[int, int]] = set()
    for f in rec.facts:
        if f.kind != "date" or not f.value:
            continue
        for part, (y, m) in zip(f.parts, _months(f.value), strict=False):
            if part.year is not None:
                years.add(y)
                if part.month is not None:
                    months.add((y, m))
    return years, months


def _reference(rec: FactsRecord) -> set[tuple[int, int]]:
    """The months a stated or given reference allows a date written without them."""
    if rec.reference_date is None:
        return set()
    y, m = (int(x) for x in rec.reference_date.split("-")[:2])
    # (a day-only date reads against it into the month before or after; a weekday or
    # `지난달`/`다음 달` too)
    return {((y * 12 + m - 1 + k) // 12, (y * 12 + m - 1 + k) % 12 + 1) for k in (-1, 0, 1)}


def _unfounded(rec: FactsRecord) -> list[str]:
    """Resolved dates whose year or month comes from nothing the page writes or was given."""
    years, months = _written(rec)
    allowed = months | _reference(rec)
    allowed_years = years | {y for y, _ in allowed}
    weekday_years = {f.value[:4] for f in rec.facts if _year_from_weekday(f) and f.value}
    bad = []
    for f in rec.facts:
        if f.kind != "date" or not f.value:
            continue
        # (a range's second day takes the month of its first: `Nov. 4-6`)
        own = {ym for p, ym in zip(f.parts, _months(f.value), strict=False) if p.month}
        for part, (y, m) in zip(f.parts, _months(f.value), strict=False):
            if part.year is not None:
                continue
            if part.month is None and (y, m) in own and y in allowed_years:
                continue
            if str(y) in weekday_years and part.weekday is not None:
                continue  # the year a written weekday points to, near a written year
            if (part.month is None and (y, m) not in allowed) or y not in allowed_years:
                bad.append(f"{f.text}={f.value}")
    ev = rec.structure.event
    if ev is not None and ev.date is not None:
        y, m = next(_months(ev.date))
        if (y, m) not in allowed and not _event_year_written(rec, ev.date, years):
            bad.append(f"event {ev.date}")
    return bad


def _year_from_weekday(f: Fact) -> bool:
    return any(n.kind == "year-inferred" for n in f.notes)


def _event_year_written(rec: FactsRecord, value: str, years: set[int]) -> bool:
    """Whether the event's date is a date the page writes whole (its year written)."""
    return any(
        f.kind == "date" and f.value == value and all(p.year is not None for p in f.parts)
        for f in rec.facts
    ) or (int(value[:4]) in years and any(f.value == value for f in rec.facts))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_a_documents_dates_come_from_what_it_writes(path: Path) -> None:
    rec = facts_record(path)
    assert rec.reference_date_origin != "today"
    assert _unfounded(rec) == []


@pytest.mark.parametrize("text", SNIPPETS)
def test_no_date_is_resolved_against_a_guess(text: str) -> None:
    rec = facts_record(text.encode())
    assert rec.reference_date_origin != "today"
    assert not any(f.value and f.value.startswith("2041") for f in rec.facts if f.kind == "date")
    assert _unfounded(rec) == []


@pytest.mark.parametrize("text", SNIPPETS)
def test_a_given_reference_is_what_dates_resolve_against(text: str) -> None:
    rec = facts_record(text.encode(), reference_date="2024-05-20")
    assert rec.reference_date == "2024-05-20" and rec.reference_date_origin == "option"
    assert _unfounded(rec) == []


def test_the_check_catches_a_date_resolved_against_a_guess() -> None:
    # the checker itself: a page whose day-only date was resolved against an unstated month
    rec = facts_record("가람시는 지난 13일 누리재단과 협약을 체결했다.".encode())
    (fact,) = [f for f in rec.facts if f.kind == "date"]
    fact.value = "2041-06-13"  # as a guess against today would have it
    assert _unfounded(rec) == ["지난 13일=2041-06-13"]
