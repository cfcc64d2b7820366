"""Times: clock notation, Korean hours, a.m./p.m., ranges, and decoys that are no times."""

from __future__ import annotations

import pytest
from facts_helpers import facts, pairs


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


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("접수는 정오까지", "정오", "12:00"),
        ("행사는 낮 정오에 시작", "낮 정오", "12:00"),
        ("정오 무렵 도착", "정오", "12:00"),
        ("신청은 24일 자정까지", "자정", "00:00"),
        ("밤 자정에 종료", "밤 자정", "00:00"),
        ("자정 무렵 귀가", "자정", "00:00"),
        ("자정을 넘겨 끝났다", "자정", "00:00"),
        ("운영 오후 10시~자정", "오후 10시~자정", "22:00/00:00"),
        ("순찰 자정~6시", "자정~6시", "00:00/06:00"),
        ("점검 오전 9시~정오", "오전 9시~정오", "09:00/12:00"),
        ("점심 정오~2시 휴무", "정오~2시", "12:00/14:00"),
    ],
)
def test_noon_and_midnight(text: str, span: str, value: str) -> None:
    assert pairs(text, "time") == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "업계의 자정 노력",
        "시장의 자정 기능 회복",
        "자정 작용",
        "정오표를 배포",
        "정오 여부를 가린다",
    ],
)
def test_other_meanings_of_noon_and_midnight_words(text: str) -> None:
    assert pairs(text, "time") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("회의 오전 11시 반 시작", "오전 11시 반", "11:30"),
        ("회의 10시~11시 진행", "10시~11시", "10:00/11:00"),
        ("설명회 오후 2~4시 진행", "오후 2~4시", "14:00/16:00"),
        ("상담 10~12시 운영", "10~12시", "10:00/12:00"),
        ("교육 오전 11~1시", "오전 11~1시", "11:00/13:00"),
        ("점심 오후 12시~2시", "오후 12시~2시", "12:00/14:00"),
        ("마감 14시 30분 정각", "14시 30분", "14:30"),
    ],
)
def test_korean_hour_ranges_and_halves(text: str, span: str, value: str) -> None:
    assert pairs(text, "time") == [(span, value)]


@pytest.mark.parametrize(
    "text", ["2시 방향으로 이동", "3시 방향", "12시 방향의 건물", "1~2시간 소요", "2~3시간씩 운영"]
)
def test_bearings_and_durations_are_not_times(text: str) -> None:
    assert pairs(text, "time") == []


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("회의는 3시에 열린다", "no 오전/오후 written: read as 03:00, 15:00 if p.m."),
        ("회의 2~4시 진행", "no 오전/오후 written: read as 02:00, 14:00 if p.m."),
        ("회의 오후 3시 시작", None),
        ("엠바고 06시 이후", None),
        ("회의 10시 시작", None),
        ("회의 3:00 시작", None),
    ],
)
def test_small_hours_without_morning_or_afternoon_are_noted(text: str, note: str | None) -> None:
    [f] = facts(text, "time")
    assert f.note == note


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("수정 2023.3.9 오후 4:15", "오후 4:15", "16:15"),
        ("접수 오전 9:30 시작", "오전 9:30", "09:30"),
        ("점심 낮 12:30 모임", "낮 12:30", "12:30"),
        ("낮 1:30 출발", "낮 1:30", "13:30"),
        ("밤 9:00 마감", "밤 9:00", "21:00"),
        ("밤 12:30 종료", "밤 12:30", "00:30"),
        ("만찬 저녁 7:30 시작", "저녁 7:30", "19:30"),
        ("첫차 새벽 5:00 출발", "새벽 5:00", "05:00"),
        ("집합 아침 8:10", "아침 8:10", "08:10"),
        ("등록 오후4:05 마감", "오후4:05", "16:05"),
        ("면담 오후 12:40", "오후 12:40", "12:40"),
        ("발표 오후 14:30", "오후 14:30", "14:30"),
        ("상담 오후 2:00~4:30", "오후 2:00~4:30", "14:00/16:30"),
        ("접수 오전 10:00~12:00", "오전 10:00~12:00", "10:00/12:00"),
        ("교육 오전 11:30~1:00", "오전 11:30~1:00", "11:30/13:00"),
        ("행사 오전 11:30~오후 1:00", "오전 11:30~오후 1:00", "11:30/13:00"),
        ("근무 10:00~오후 7:00", "10:00~오후 7:00", "10:00/19:00"),
        ("순찰 밤 11:00~새벽 2:00", "밤 11:00~새벽 2:00", "23:00/02:00"),
        ("설명 오후 3시~5:30", "오후 3시~5:30", "15:00/17:30"),
        ("at 2:30 p.m. 오후 일정", "2:30 p.m.", "14:30"),
    ],
)
def test_part_of_day_before_a_clock(text: str, span: str, value: str) -> None:
    assert pairs(text, "time") == [(span, value)]


@pytest.mark.parametrize("text", ["오후 1:1 상담", "오전 3:1 경쟁률", "밤 +09:00 기준"])
def test_part_of_day_does_not_make_a_decoy_a_time(text: str) -> None:
    assert pairs(text, "time") == []
