"""Times: clock notation, Korean hours, a.m./p.m., ranges, and decoys that are no times."""

from __future__ import annotations

import pytest
from facts_helpers import pairs


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("보도시점 7. 17.(수) 10:30", "10:30", "10:30"),
        ("일정 10:30~10:45 협약", "10:30~10:45", "10:30/10:45"),
        ("일정 10:30 ~ 10:45 협약", "10:30 ~ 10:45", "10:30/10:45"),
        ("야간 22:00~06:00 감시", "22:00~06:00", "22:00/06:00"),
        ("평일 09:00-18:00 운영", "09:00-18:00", "09:00/18:00"),
        ("협약식은 오후 3시 시작", "오후 3시", "15:00"),
        ("첫 열차 오전 7시 30분 출발", "오전 7시 30분", "07:30"),
        ("행사 낮 12시 개최", "낮 12시", "12:00"),
        ("엠바고 06시 이후 보도", "06시", "06:00"),
        ("회의 14시부터", "14시", "14:00"),
        ("회의 오후 2시 반 시작", "오후 2시 반", "14:30"),
        ("설명회 오후 2시~4시 진행", "오후 2시~4시", "14:00/16:00"),
        ("설명회 오전 11시~오후 1시 진행", "오전 11시~오후 1시", "11:00/13:00"),
        ("The ceremony began at 2:30 p.m. in Seoul", "2:30 p.m.", "14:30"),
        ("A briefing at 10 a.m. on Friday", "10 a.m.", "10:00"),
        ("opens at 9 AM daily", "9 AM", "09:00"),
        ("시각 １４：３０ 시작", "１４：３０", "14:30"),
        ("일시:10:30 본관", "10:30", "10:30"),
    ],
)
def test_times(text: str, span: str, value: str) -> None:
    assert pairs(text, "time") == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "1:1 상담을 제공",
        "1:1 컨설팅",
        "시간대 +09:00 기준",
        "소요 시간 (03')",
        "3시간 동안 진행",
        "2시간 30분 소요",
        "안산시 지역경제과",
        "시즌 2시즌 종료",
        "24시 콜센터 운영",
        "경쟁률 3:1 기록",
        "축척 비율 1:10 도면",
        "성비 50:50 유지",
    ],
)
def test_decoys_are_not_times(text: str) -> None:
    assert pairs(text, "time") == []


def test_iso_timestamp_gives_its_clock_time_but_not_the_offset() -> None:
    assert pairs("published 2024-05-21T14:20:00+09:00", "time") == [("14:20:00", "14:20")]
