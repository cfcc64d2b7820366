"""Event: `전날` in news, annex overview tables, own sites that keep their city."""

from __future__ import annotations

import pytest
from structure_helpers import fact, run

NEWS = "두 기관, 물류 협력 협약\n\n(세종=한빛뉴스) 김기자 기자 = "


@pytest.mark.parametrize(
    ("word", "told", "want"),
    [
        ("전날", "13일", "2025-03-12"),
        ("전일", "13일", "2025-03-12"),
        ("하루 전", "13일", "2025-03-12"),
        ("전날", None, "2025-03-13"),  # no announced day: the day before the reference date
    ],
)
def test_day_before_in_news(word: str, told: str | None, want: str) -> None:
    said = f"물류협회는 항만공사와 물류 협력에 나선다고 {told} 밝혔다. " if told else ""
    text = NEWS + said + f"두 기관은 {word} 세종시청 소회의실에서 협약을 맺었다.\n"
    facts = [fact(text, "date", told, "2025-03-13")] if told else []
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.place) == (want, "세종시청 소회의실")


def test_day_before_outside_news_is_not_resolved() -> None:
    text = "물류 협력 협약\n\n두 기관은 전날 세종시청 소회의실에서 협약을 맺었다.\n"
    ev = run(text).event
    assert ev is not None and ev.date is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [("지난 10일", "구청 강당"), ("오는 20일(목)", "구청 강당"), ("이날 오후", "구청 강당")],
)
def test_day_words_leave_the_place(lead: str, place: str) -> None:
    text = f"협약 체결\n\n두 기관은 {lead} {place}에서 협약을 체결했다.\n"
    ev = run(text).event
    assert ev is not None and ev.place == place


@pytest.mark.parametrize(
    "label", ["붙임 1\t행사 개요", "[붙임] 협약식 개요", "참고 2. 체결식 개요"]
)
def test_overview_under_an_annex_heading(label: str) -> None:
    text = (
        "두 병원 협력 협약\n\n□ 두 병원은 협력하기로 했다.\n\n"
        f"{label}\n\n□ 일시 : 2025. 3. 20.(목) 14:00~15:00\n□ 장소 : 한빛병원 본관 2층 세미나실\n"
    )
    facts = [
        fact(text, "date", "2025. 3. 20.(목)", "2025-03-20"),
        fact(text, "time", "14:00~15:00", "14:00/15:00"),
    ]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2025-03-20", "14:00", "한빛병원 본관 2층 세미나실")


def test_own_site_keeps_its_city() -> None:
    text = "물류 협력 협약\n\n한빛물류공사(사장 김철수)는 13일 부산 본사에서 항만협회와 협약을 맺었다.\n"
    facts = [fact(text, "date", "13일", "2025-03-13")]
    ev = run(text, facts).event
    assert ev is not None and ev.place == "한빛물류공사 부산 본사"
