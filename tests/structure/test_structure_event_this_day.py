"""Event days named by `이날` on real news pages (issue 8, helper s25-dates), in our own invented
texts: `이날` after `지난 N일 … 열었다고 M일 밝혔다` is the day of what was held, not of the
report; `이날 협약에는 …` reports that day's signing; a department's name holds no step."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-20"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


def test_this_day_after_an_announced_meeting_is_the_meetings_day() -> None:
    # the signing is told only in the sentence opening with `이날`; a `최근` in it qualifies the
    # beach, not the signing
    page = (
        "가람군, 안전협의회 개최\n"
        "가람군이 지난 18일 군청 상황실에서 1분기 안전협의회를 개최했다고 19일 밝혔다.\n"
        "위원 소개로 시작한 이날 협의회는 재난 대응 방안을 논의하고 최근 개장한 누리 해변 "
        "관리 협정서를 체결했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date == "2025-03-18"
    assert ev.place == "군청 상황실" and ev.unsure == []


def test_this_days_agreement_takes_the_day_told_before() -> None:
    page = (
        "가람군이 12일 소회의실에서 특구 지정을 위한 원팀 체계를 출범시켰다.\n"
        "이날 협약에는 미래과를 중심으로 기획과, 복지과, 건설교통과 등 4개 부서가 참여했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date == "2025-03-12"
    assert ev.unsure == []  # `건설교통과` is a department, no vote that passed (`통과`)
