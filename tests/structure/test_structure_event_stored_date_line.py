"""A stored page's `date 2025-03-15` line run into its first sentence dates the page, not the
signing: the sentence's own day does (or, told only as the day of the report, nothing does)."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

PAGES = [
    (
        "a wire's bracket dateline after the date line",
        " date 2025-03-15 [가온일보=김가온 기자] 가온공단은 14일 다온진흥원 본원에서 누리기관과 "
        "업무협약을 체결했다고 밝혔다.\n\n이번 협약에는 두 기관이 참여했다.\n",
        "2025-03-14",
    ),
    (
        "the day of the report only, a photo's credit taken for the dateline",
        " date 2025-03-15 가온재단이 다온재단과 손잡고 행정 혁신에 나섰다.\n\n"
        "가온재단과 다온재단은 '행정 혁신 협력'을 골자로 한 업무협약을 체결했다고 15일 밝혔다.\n\n"
        "가온재단-다온재단 업무협약 (사진=가온재단)\n",
        None,
    ),
]


@pytest.mark.parametrize(("why", "page", "day"), PAGES, ids=[p[0] for p in PAGES])
def test_stored_date_line_is_not_the_signing_day(why: str, page: str, day: str | None) -> None:
    record = facts_record(page.encode())
    assert record.reference_date == "2025-03-15", why
    event = record.structure.event
    assert (event.date if event else None) == day, why
    # the line still is a date the page writes
    assert "2025-03-15" in [f.value for f in record.facts if f.kind == "date"], why
