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


# `이날` opening the story with nothing before it to refer to (a page stored from the middle of
# its article, or under a bare stamp line): the facts read it against the reference date, a
# guess that dates no signing (issue 8, helper evt32)
ORPHANS = [
    "이날 협약은 가온군과 누리공사가 재난 대응 체계를 갖추려는 뜻으로 체결됐다.\n"
    "두 기관은 장비와 인력 정보를 나누기로 했다.\n",
    "군에 따르면 이날 협약 체결식에는 가온군수와 누리구청장 등 30여 명이 참석했다.\n"
    "이번 협약을 바탕으로 두 도시는 교류를 넓히기로 했다.\n",
    "가온시, 누리시와 교류의향서 체결\n2025-03-20 16:04\n"
    "이날 시에 따르면 가온시 대표단은 누리시청을 찾아 교류의향서를 체결했다.\n",
]


def test_a_this_day_with_nothing_before_it_dates_no_signing() -> None:
    for page in ORPHANS:
        ev = _event(page)
        assert ev is None or ev.date is None, page


def test_a_this_day_after_a_lead_without_a_day_names_no_day() -> None:
    # a sentence of the story stands before it, but no day is written anywhere: the facts read
    # `이날` as no day (qdt32: not resolved against a reference the text does not state), so the
    # signing is undated; its venue is still read
    page = (
        "가온동이 누리센터에서 다온면과 자매결연 협약을 맺었다.\n"
        "이날 협약식에는 가온동장과 다온면장 등 20여 명이 참석했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date is None and ev.place == "누리센터"


def test_this_day_refers_to_the_day_named_earlier_in_its_sentence() -> None:
    page = (
        "가온공사와 누리재단이 청년 지원에 협력하기로 했다.\n"
        "14일 가온공사에 따르면 두 기관은 이날 누리재단 서울사무소에서 업무협약을 체결했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date == "2025-03-14"
    assert ev.place == "누리재단 서울사무소"


def test_a_this_day_opening_the_story_takes_the_headlines_day() -> None:
    # a day written before it (here in the headline) is something to refer to: no orphan
    page = (
        "가온시, 14일 누리시와 우호협력 협약\n이날 협약식에는 두 도시 시장 등 30여 명이 참석했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date == "2025-03-14"
