"""Dates: every written form, ranges, relative days, weekdays and the decoys that are no dates."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import facts, pairs

REF = date(2024, 7, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("행사는 2024년 7월 17일 열린다", "2024년 7월 17일", "2024-07-17"),
        ("기사입력 : 2024년07월05일 09:10", "2024년07월05일", "2024-07-05"),
        ("협약식은 7월 19일(금) 개최", "7월 19일(금)", "2024-07-19"),
        ("장관은 17일(수) 서울에서", "17일(수)", "2024-07-17"),
        ("보도시점 7. 18.(목) 12:00", "7. 18.(목)", "2024-07-18"),
        ("(일시) 7.18(목) 14:00", "7.18(목)", "2024-07-18"),
        ("공고일 2024. 7. 1.", "2024. 7. 1.", "2024-07-01"),
        ("일정 '24.7.19 (금) 오전", "'24.7.19 (금)", "2024-07-19"),
        ("일정 ’25.4.2.(수) 오전", "'25.4.2.(수)".replace("'", "’"), "2025-04-02"),
        ("마감 2024.07.31 까지", "2024.07.31", "2024-07-31"),
        ("마감일 2024-08-02 18시", "2024-08-02", "2024-08-02"),
        ("마감일 2024/08/02 18시", "2024/08/02", "2024-08-02"),
        ("게시 2024-09-03(화) 오전", "2024-09-03(화)", "2024-09-03"),
        ("２０２４. ８. ２.(금) 배포", "２０２４. ８. ２.(금)", "2024-08-02"),
        ("지난해 11월 3일 첫 회의", "지난해 11월 3일", "2023-11-03"),
        ("내년 2월 1일 시행", "내년 2월 1일", "2025-02-01"),
    ],
)
def test_single_dates(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("접수 3. 4.(월) ~ 3. 22.(금) 마감", "3. 4.(월) ~ 3. 22.(금)", "2024-03-04/2024-03-22"),
        ("축제 4월 27일(토)~28일(일) 열려", "4월 27일(토)~28일(일)", "2024-04-27/2024-04-28"),
        ("신청 2024-10-07~2024-11-29 영업점", "2024-10-07~2024-11-29", "2024-10-07/2024-11-29"),
        ("점검 11. 11.(월)~12. 20.(금) 진행", "11. 11.(월)~12. 20.(금)", "2024-11-11/2024-12-20"),
        ("기간 7.17~7.19 사흘", "7.17~7.19", "2024-07-17/2024-07-19"),
        ("박람회 8월 6~8일 개최", "8월 6~8일", "2024-08-06/2024-08-08"),
        ("the fair on Oct. 15-17 in Hanoi", "Oct. 15-17", "2024-10-15/2024-10-17"),
        ("runs Sept. 23 to Oct. 4 online", "Sept. 23 to Oct. 4", "2024-09-23/2024-10-04"),
        ("겨울학기 12. 23.(월) ~ 1. 3.(금)", "12. 23.(월) ~ 1. 3.(금)", "2024-12-23/2025-01-03"),
    ],
)
def test_ranges_are_one_fact(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


def test_range_with_one_non_date_side_keeps_the_date_side() -> None:
    assert pairs("사업 기간: 협약일 ~ 2024. 11. 30.(토)", "date") == [
        ("2024. 11. 30.(토)", "2024-11-30")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("협약을 체결했다고 17일 밝혔다", "17일", "2024-07-17"),
        ("협약식은 지난 11일 열렸다", "지난 11일", "2024-07-11"),
        ("회의는 지난 20일 열렸다", "지난 20일", "2024-06-20"),
        # on or before the reference: the reference's own day is this month's
        ("협약식은 지난 17일 열렸다", "지난 17일", "2024-07-17"),
        # with its month too: `지난 7월 17일` on a page of the 17th is that day, not a year ago
        ("수여식은 지난 7월 17일 열렸다", "지난 7월 17일", "2024-07-17"),
        ("총회는 지난 7월 18일 열렸다", "지난 7월 18일", "2023-07-18"),
        ("실무회의는 지난달 28일 열렸다", "지난달 28일", "2024-06-28"),
        ("실무회의는 지난 달 3일 열렸다", "지난 달 3일", "2024-06-03"),
        ("판매는 오는 25일 시작", "오는 25일", "2024-07-25"),
        ("판매는 오는 5일 시작", "오는 5일", "2024-08-05"),
        ("예약은 다음 달 1일부터", "다음 달 1일", "2024-08-01"),
        ("예약은 다음달 2일부터", "다음달 2일", "2024-08-02"),
        ("이달 30일까지 접수", "이달 30일", "2024-07-30"),
        ("본사에서 19일 오후 협약", "19일", "2024-07-19"),
    ],
)
def test_day_only_dates_resolve_against_the_reference(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


def test_day_only_weekday_may_pick_the_neighbouring_month() -> None:
    # ref 2024-08-02 (Fri): "31일(수)" is July 31, not the 31st of August (a Saturday)
    assert pairs("지난 행사 31일(수) 개최", "date", date(2024, 8, 2)) == [
        ("31일(수)", "2024-07-31")
    ]


def test_weekday_tells_the_year_of_a_yearless_date() -> None:
    # 1. 3.(금) is a Friday in 2025, not in 2024
    assert pairs("설명회 1. 3.(금) 개최", "date", date(2024, 12, 20)) == [
        ("1. 3.(금)", "2025-01-03")
    ]


def test_weekday_mismatch_is_noted() -> None:
    [f] = facts("협약식 7월 17일(목) 개최", "date", REF)
    assert f.value == "2024-07-17"
    assert f.note is not None and "weekday" in f.note


def test_matching_weekday_has_no_note() -> None:
    [f] = facts("협약식 7월 17일(수) 개최", "date", REF)
    assert f.note is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("FOR RELEASE July 17, 2024 in Seoul", "July 17, 2024", "2024-07-17"),
        ("SEOUL, Sept. 5 (Yonhap)", "Sept. 5", "2024-09-05"),
        ("signed on September 5, 2024.", "September 5, 2024", "2024-09-05"),
        ("held on 17 July 2024 in Busan", "17 July 2024", "2024-07-17"),
        ("until Aug 9, apply", "Aug 9", "2024-08-09"),
    ],
)
def test_english_dates(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "올해 하반기 노선 확대",
        "내년에는 상품 출시",
        "서류 검토(5월 말)",
        "2025년 1월 결과 분석",
        "Founded in 1946, the association",
        "will open in October",
        "개회 (03')",
        "평균 6.8회 방문",
        "금리 1.2%p 감면",
        "연 3.6% 수준",
        "2024-2학기 수강",
        "공고 제2024-15호",
        "버전 3.2.1 배포",
        "style.css?v=20240415",
        "/photo/2024/05/a.jpg",
        "우편번호 (04519) 서울",
        "당일 또는 1박 2일 일정",
        "3일간 진행",
        "최대 30일 이내 신청",
        "5일 동안 운영",
        "매월 10일 정산",
        "10일마다 점검",
        "1. 사업 개요",
        "2. 1. 세부 내용",
        "9월 중 협의체",
        "2023년 결산 기준",
    ],
)
def test_decoys_are_not_dates(text: str) -> None:
    assert pairs(text, "date", REF) == []


def test_slash_dates_need_their_weekday() -> None:
    assert pairs("일정 7/19(금) 오후", "date", REF) == [("7/19(금)", "2024-07-19")]
    assert pairs("비율 3/4 수준", "date", REF) == []


@pytest.mark.parametrize(
    "text", ["처리에 2~3일 걸린다", "1일 평균 300명", "1일 2회 운행", "3일 소요"]
)
def test_counts_of_days_are_not_dates(text: str) -> None:
    assert pairs(text, "date", REF) == []


@pytest.mark.parametrize(
    "text", ["1일 2시간씩 교육", "1일 300명 방문", "1일 3건 처리", "하루 2시간씩"]
)
def test_rates_per_day_are_not_dates(text: str) -> None:
    assert pairs(text, "date", REF) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("시는 16일 3개 기관과 업무협약을 맺었다", "16일", "2024-07-16"),
        ("16일 5개 시군이 참여한 가운데", "16일", "2024-07-16"),
        ("지난 1일 3개 기관이 모였다", "지난 1일", "2024-07-01"),
        ("시는 16일 전 직원을 대상으로 교육했다", "16일", "2024-07-16"),
    ],
)
def test_a_day_before_a_count_of_things_is_a_date(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


def test_days_before_stay_a_length() -> None:
    assert pairs("행사 3일 전 공지", "date", REF) == []


def test_anchored_day_range() -> None:
    assert pairs("오는 3~4일 개최", "date", REF) == [("오는 3~4일", "2024-08-03/2024-08-04")]


@pytest.mark.parametrize("text", ["금리 1.5~2.5 수준", "배율 3.5~4.0", "비중 7.1~7.5"])
def test_decimal_ranges_are_not_date_ranges(text: str) -> None:
    assert pairs(text, "date", REF) == []


def test_english_day_range_with_to_and_year() -> None:
    assert pairs("from May 20 to 22, 2025 in Tokyo", "date", REF) == [
        ("May 20 to 22, 2025", "2025-05-20/2025-05-22")
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("기념 공연 20일 개막", "20일"),
        ("선수단 5일 출국", "5일"),
        ("청소년 캠프는 청소년 10일 개최", "10일"),
    ],
)
def test_counting_words_inside_longer_words_do_not_block_a_date(text: str, span: str) -> None:
    assert [t for t, _ in pairs(text, "date", REF)] == [span]


@pytest.mark.parametrize(
    ("ref", "text", "value"),
    [
        (date(2024, 12, 20), "시행일은 1월 10일이다", "2025-01-10"),
        (date(2024, 1, 5), "행사는 12월 28일 열렸다", "2023-12-28"),
        (date(2024, 3, 14), "마감은 12월 20일까지", "2024-12-20"),
    ],
)
def test_yearless_dates_near_the_turn_of_the_year(ref: date, text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", ref)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("휴무 7월 17일(수·공휴일) 안내", "7월 17일(수·공휴일)", "2024-07-17"),
        ("휴무 7월 17일(수, 공휴일) 안내", "7월 17일(수, 공휴일)", "2024-07-17"),
        ("행사 7. 20.(토/일) 양일", "7. 20.(토/일)", "2024-07-20"),
        ("휴관 6. 6.(목, 현충일)", "6. 6.(목, 현충일)", "2024-06-06"),
        ("축제 7월 20~21일(토~일) 개최", "7월 20~21일(토~일)", "2024-07-20/2024-07-21"),
        ("the fair Oct. 15-17 (Tue-Thu)", "Oct. 15-17 (Tue-Thu)", "2024-10-15/2024-10-17"),
    ],
)
def test_weekday_brackets_with_holidays_and_second_days(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


def test_second_weekday_of_a_day_range_is_checked() -> None:
    [f] = facts("축제 7월 20~21일(토~월) 개최", "date", REF)
    assert f.value == "2024-07-20/2024-07-21"
    assert f.note is not None and "(월)" in f.note


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("일정 24.7.19(금) 오전", "24.7.19(금)", "2024-07-19"),
        ("개최 24.7.19 (금) 서울", "24.7.19 (금)", "2024-07-19"),
        ("배포 24.7.19.(금)", "24.7.19.(금)", "2024-07-19"),
        ("입력 24.07.19 10:30", "24.07.19", "2024-07-19"),
        ("일시: 24.7.19 본관", "24.7.19", "2024-07-19"),
        ("접수 24.7.19~24.7.26 온라인", "24.7.19~24.7.26", "2024-07-19/2024-07-26"),
    ],
)
def test_two_digit_year_without_apostrophe_in_a_date_context(
    text: str, span: str, value: str
) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "버전 24.7.17 배포",
        "v24.7.17 릴리스",
        "규정 1.24.7.17 항",
        "조항 12.5.3 참조",
        "값 24.7.17 이다",
    ],
)
def test_two_digit_year_without_context_is_no_date(text: str) -> None:
    assert pairs(text, "date", REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held on 18th July 2024", [("18th July 2024", "2024-07-18")]),
        ("on 18th July in Busan", [("18th July", "2024-07-18")]),
        ("on the 5th of May", [("5th of May", "2024-05-05")]),
        ("on July 18th in Busan", [("July 18th", "2024-07-18")]),
        ("on 5 and 6 May in Seoul", [("5", "2024-05-05"), ("6 May", "2024-05-06")]),
        ("on May 5 and 6 in Seoul", [("May 5", "2024-05-05"), ("6", "2024-05-06")]),
        ("on May 5 and 6, 2025", [("May 5", "2025-05-05"), ("6, 2025", "2025-05-06")]),
    ],
)
def test_english_ordinals_and_pairs_of_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "date", REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("행사 5월 5일과 6일 개최", [("5월 5일", "2024-05-05"), ("6일", "2024-05-06")]),
        (
            "7월 17일(수), 18일(목) 양일",
            [("7월 17일(수)", "2024-07-17"), ("18일(목)", "2024-07-18")],
        ),
        ("행사 12월 30일과 2일", [("12월 30일", "2024-12-30"), ("2일", "2025-01-02")]),
        ("행사 5월 5·6일 개최", [("5월 5", "2024-05-05"), ("6일", "2024-05-06")]),
        ("행사 5월 5, 6일 개최", [("5월 5", "2024-05-05"), ("6일", "2024-05-06")]),
        ("행사 오는 1·2일 개최", [("오는 1", "2024-08-01"), ("2일", "2024-08-02")]),
        ("행사 지난달 3·4일 열려", [("지난달 3", "2024-06-03"), ("4일", "2024-06-04")]),
    ],
)
def test_second_day_takes_the_month_of_the_first(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text, "date", REF) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("5월 5일과 6일간 체류", ["2024-05-05"]),
        ("처리에 1, 2일 걸린다", []),
        ("박람회 1·2일 양일간", ["2024-07-01", "2024-07-02"]),
        ("3·1절 기념식", []),
        ("1,234일 경과", []),
    ],
)
def test_lists_of_days_keep_the_count_checks(text: str, values: list[str]) -> None:
    assert [v for _, v in pairs(text, "date", REF)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("처리에 2~3일 걸린다", []),
        ("교육은 2~3일 진행", []),
        ("박람회는 2~3일 양일간 열린다", ["2024-07-02/2024-07-03"]),
        ("박람회는 2~3일 개최된다", ["2024-07-02/2024-07-03"]),
        ("박람회 2~3일(화~수) 코엑스", ["2024-07-02/2024-07-03"]),
    ],
)
def test_small_day_range_needs_an_event_word_to_be_dates(text: str, values: list[str]) -> None:
    assert [v for _, v in pairs(text, "date", REF)] == values


@pytest.mark.parametrize(
    ("ref", "text", "note"),
    [
        (date(2024, 12, 20), "시행일은 1월 10일이다", "no year written: read as 2025"),
        (date(2024, 1, 5), "행사는 12월 28일 열렸다", "no year written: read as 2023"),
        (date(2024, 12, 20), "시행일은 2025년 1월 10일이다", None),
        (date(2024, 12, 20), "시행일은 1월 10일(금)이다", None),
        (date(2024, 3, 14), "마감은 12월 20일까지", None),
    ],
)
def test_a_year_taken_from_across_new_year_is_noted(ref: date, text: str, note: str | None) -> None:
    [f] = facts(text, "date", ref)
    if note is None:
        assert f.note is None
    else:
        assert f.note is not None and f.note.startswith(note)


@pytest.mark.parametrize(
    ("text", "span", "value", "times"),
    [
        (
            "신청: 2024. 9. 2.(월) 09:00 ~ 9. 13.(금) 18:00 까지",
            "2024. 9. 2.(월) 09:00 ~ 9. 13.(금)",
            "2024-09-02/2024-09-13",
            [("09:00", "09:00"), ("18:00", "18:00")],
        ),
        (
            "교육 8. 5.(월) 10:00~8. 6.(화) 17:00 진행",
            "8. 5.(월) 10:00~8. 6.(화)",
            "2024-08-05/2024-08-06",
            [("10:00", "10:00"), ("17:00", "17:00")],
        ),
        (
            "기간 2024-10-07 09:00 ~ 2024-10-18 18:00",
            "2024-10-07 09:00 ~ 2024-10-18",
            "2024-10-07/2024-10-18",
            [("09:00", "09:00"), ("18:00", "18:00")],
        ),
        (
            "전시 8월 1일 오후 2시 ~ 3일 정오",
            "8월 1일 오후 2시 ~ 3일",
            "2024-08-01/2024-08-03",
            [("오후 2시", "14:00"), ("정오", "12:00")],
        ),
        (
            "접수 9. 30.(월) 오전 9:30 - 10. 4.(금) 오후 6:00",
            "9. 30.(월) 오전 9:30 - 10. 4.(금)",
            "2024-09-30/2024-10-04",
            [("오전 9:30", "09:30"), ("오후 6:00", "18:00")],
        ),
        (  # across New Year: the right side takes the next year
            "점검 2024. 12. 30.(월) 22:00 ~ 1. 3.(금) 06:00",
            "2024. 12. 30.(월) 22:00 ~ 1. 3.(금)",
            "2024-12-30/2025-01-03",
            [("22:00", "22:00"), ("06:00", "06:00")],
        ),
        (
            "open from Aug. 5, 10 a.m. to Aug. 9, 5 p.m.",
            "Aug. 5, 10 a.m. to Aug. 9",
            "2024-08-05/2024-08-09",
            [("10 a.m.", "10:00"), ("5 p.m.", "17:00")],
        ),
    ],
)
def test_date_time_range_is_one_date_range_holding_its_times(
    text: str, span: str, value: str, times: list[tuple[str, str]]
) -> None:
    assert pairs(text, "date") == [(span, value)]
    assert pairs(text, "time") == times


@pytest.mark.parametrize(
    ("text", "dates", "times"),
    [
        (  # the right side is the hour that ends a time range, not a day
            "일시: 2024. 9. 2.(월) 14:00 ~ 16:00",
            [("2024. 9. 2.(월)", "2024-09-02")],
            [("14:00 ~ 16:00", "14:00/16:00")],
        ),
        (
            "상담 17일 14시 ~ 18시",
            [("17일", "2024-07-17")],
            [("14시 ~ 18시", "14:00/18:00")],
        ),
        (  # one day written twice is no range
            "9. 2.(월) 10:00 ~ 9. 2.(월) 17:00",
            [("9. 2.(월)", "2024-09-02"), ("9. 2.(월)", "2024-09-02")],
            [("10:00", "10:00"), ("17:00", "17:00")],
        ),
        (  # two days, each with its own time range
            "9. 2.(월) 10:00~12:00, 9. 3.(화) 14:00~16:00",
            [("9. 2.(월)", "2024-09-02"), ("9. 3.(화)", "2024-09-03")],
            [("10:00~12:00", "10:00/12:00"), ("14:00~16:00", "14:00/16:00")],
        ),
    ],
)
def test_date_then_clock_then_separator_without_a_later_day_is_no_date_range(
    text: str, dates: list[tuple[str, str]], times: list[tuple[str, str]]
) -> None:
    assert pairs(text, "date") == dates
    assert pairs(text, "time") == times
