"""The date-form registry, its examples, tense-led resolution, ranges and word-named days.

Every snippet is written for these tests; each describes a form seen on real pages.
"""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs

from summarizer.facts import Reference, find_facts
from summarizer.facts.dateregistry import FORMS
from summarizer.facts.datewords import RELATIVE, relative_key
from summarizer.facts.timeforms import FORMS as TIME_FORMS

REF = date(2024, 7, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("form", "text", "value"),
    [(f.name, text, value) for f in FORMS for text, value in f.examples],
)
def test_every_registered_form_reads_its_examples(form: str, text: str, value: str) -> None:
    found = [(f.text, f.value) for f in find_facts(text, REF) if f.kind == "date"]
    assert (text.strip("()"), value) in found or (text, value) in found, (form, found)


def test_form_names_are_unique() -> None:
    names = [f.name for f in FORMS]
    assert len(names) == len(set(names))


def test_relative_words_are_written_once_and_read_with_or_without_space() -> None:
    assert relative_key("지지난달") == "지지난 달"
    assert relative_key("지난달") == "지난 달"
    assert RELATIVE["지지난 달"].by == -2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("지지난달 3일 협약을 맺었다", "2024-05-03"),
        ("지지난 달 3일 협약을 맺었다", "2024-05-03"),
        ("지난달 3일 협약을 맺었다", "2024-06-03"),
        ("다다음 달 3일 열린다", "2024-09-03"),
    ],
)
def test_relative_month_words(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", REF)] == [value]


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        # a past report takes the latest such day on or before the reference
        ("시는 29일 협약을 체결했다고 밝혔다.", date(2024, 8, 2), "2024-07-29"),
        ("양 기관은 25일 업무협약을 맺었다.", date(2024, 7, 17), "2024-06-25"),
        # …with two days' grace: a release sent the evening before its embargo day
        ("중기부는 6일 운영기관을 선정했다고 밝혔다.", date(2021, 7, 5), "2021-07-06"),
        # a plan takes the next such day
        ("시는 3일 협약을 체결할 예정이다.", date(2024, 7, 17), "2024-08-03"),
        ("두 기관은 5일 협약식을 가질 계획이다.", date(2024, 7, 28), "2024-08-05"),
        # nothing said: the reference's month
        ("협약식 20일 서울", date(2024, 7, 17), "2024-07-20"),
        # local time abroad, reported the next day in Korea
        ("외교원은 6일(현지시간) 양해각서를 체결했다.", date(2023, 12, 7), "2023-12-06"),
        # a month and day without year, told in the past in January
        ("지난해 말인 12월 20일 협약을 체결했다.", date(2024, 1, 10), "2023-12-20"),
        ("협약은 12월 20일 체결됐다.", date(2024, 1, 10), "2023-12-20"),
    ],
)
def test_day_only_dates_follow_the_tense(text: str, ref: date, value: str) -> None:
    assert [v for _, v in pairs(text, "date", ref)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("접수는 7월 1일부터 15일까지 받는다", "7월 1일부터 15일까지", "2024-07-01/2024-07-15"),
        (
            "2024. 7. 1.부터 2024. 7. 5.까지",
            "2024. 7. 1.부터 2024. 7. 5.까지",
            "2024-07-01/2024-07-05",
        ),
        ("held in Chungju between 8.30-9.6 this year", "8.30-9.6", "2024-08-30/2024-09-06"),
        ("signed on May 4.30.", "4.30.", "2024-04-30"),
        ("국군의 날(10.1) 행사", "10.1", "2024-10-01"),
        ("일정 '24.06.21 (금)", "'24.06.21 (금)", "2024-06-21"),
        ("공고 '24.06.21 배포", "'24.06.21", "2024-06-21"),
    ],
)
def test_more_written_forms(text: str, span: str, value: str) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "17일부터 3일간 진행",  # a start and a length, not a range
        "비율은 3.5-4.2%였다",  # a range of decimals
        "2.15-3.5 사이",  # decimals without a date word
        "당일 또는 1박 2일 일정",  # a day trip
        "전일제 근무",  # all-day
    ],
)
def test_no_range_or_word_day(text: str) -> None:
    assert [v for _, v in pairs(text, "date", REF) if v and "/" in v] == []
    assert all(t not in ("당일", "전일") for t, _ in pairs(text, "date", REF))


def test_english_weekday_against_a_dateline() -> None:
    text = (
        "SEOUL, Oct. 1 (Yonhap) -- The two sides signed the MOU Monday (U.S. time), "
        "the ministry said Tuesday."
    )
    got = pairs(text, "date", date(2019, 10, 1))
    assert ("Oct. 1", "2019-10-01") in got
    assert ("Monday", "2019-09-30") in got
    assert all(t != "Tuesday" for t, _ in got)  # the dateline's own day is written already


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The signing took place at Gana City Hall yesterday.", "2024-09-30"),
        ("Yesterday the two cities signed a friendship pact.", "2024-09-30"),
        ("The mayor will visit Dara tomorrow to sign the pact.", "2024-10-02"),
    ],
)
def test_english_yesterday_and_tomorrow_are_days_from_the_reference(text: str, value: str) -> None:
    word = "omorrow" if "tomorrow" in text else "esterday"
    assert [(t[1:], v) for t, v in pairs(text, "date", date(2024, 10, 1))] == [(word, value)]


def test_english_yesterday_on_a_day_written_already_is_no_second_date() -> None:
    text = "GANA, Sept. 30 -- The two cities signed the pact yesterday."
    assert pairs(text, "date", date(2024, 10, 1)) == [("Sept. 30", "2024-09-30")]


@pytest.mark.parametrize(
    "text",
    [
        "Gana and Dara are to boost ties in trade, according to Gana officials on Tuesday.",
        "Gana will open an office in Dara next year, the ministry said Tuesday.",
    ],
)
def test_an_english_weekday_of_the_report_is_not_moved_by_the_plan_it_reports(text: str) -> None:
    # the reference is a Tuesday: the report's Tuesday is that day, not the next one
    assert pairs(text, "date", date(2024, 10, 1)) == [("Tuesday", "2024-10-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Gana and Dara will sign the pact on Friday.",
        "The pact, according to the plan the two sides will sign on Friday.",
    ],
)
def test_an_english_weekday_in_a_plan_is_ahead(text: str) -> None:
    assert pairs(text, "date", date(2024, 10, 1)) == [("Friday", "2024-10-04")]


def test_a_relative_clause_after_an_english_date_is_no_tense_of_it() -> None:
    # `which will allow …` tells what the signing does: the day signed is the past one
    text = "Gana recently signed an MOU with Dara on July 20, which will allow joint research."
    assert pairs(text, "date", date(2024, 7, 25)) == [("July 20", "2024-07-20")]


def test_day_before_names_a_day_written_nowhere_else() -> None:
    got = pairs("시는 30일 밝혔다. 두 기관은 전날 협약을 맺었다.", "date", date(2016, 11, 30))
    assert got == [("30일", "2016-11-30"), ("전날", "2016-11-29")]
    got = pairs("시는 30일 밝혔다. 이날 협약식에는", "date", date(2016, 11, 30))
    assert got == [("30일", "2016-11-30")]


def test_word_days_need_a_reference_or_a_written_day() -> None:
    assert [f for f in find_facts("두 기관은 전날 협약을 맺었다.", None) if f.kind == "date"] == []


def test_a_word_day_with_no_day_written_before_it_names_none() -> None:
    # a stored text opening mid-article: the day `이날` points back to is not on the page, and the
    # reference date (the user's, or an address's) is no such day
    text = "이날 협약에 따라 두 대학은 학생 교환을 추진하기로 했다. 당일 행사에는 50명이 왔다."
    assert pairs(text, "date", date(2019, 6, 6)) == []
    # the day of the report told after it in the same sentence still names it
    got = pairs("두 기관은 전날 협약을 맺었다고 7일 밝혔다.", "date", date(2019, 6, 7))
    assert got == [("전날", "2019-06-06"), ("7일", "2019-06-07")]


def test_month_only_reference() -> None:
    ref = Reference(2021, 7, None)
    got = [(f.text, f.value) for f in find_facts("6일 선정했다. 지난 3일 회의", ref)]
    assert got == [("6일", "2021-07-06"), ("지난 3일", None)]


def test_typed_notes() -> None:
    found = find_facts("전화 02-3011-5100 팩스 02-3011-5199, 500만 달러, 7월 17일(목)", REF)
    fax = [f for f in found if f.kind == "phone" and f.fax]
    assert [f.text for f in fax] == ["02-3011-5199"]
    money = [f for f in found if f.kind == "money"]
    assert [m.currency for m in money] == ["USD"]
    (day,) = [f for f in found if f.kind == "date"]
    assert [n.kind for n in day.notes] == ["weekday-mismatch"]
    assert day.note is not None and "(목)" in day.note


def test_day_before_counts_from_the_day_the_news_was_told() -> None:
    text = "공단은 전날 대전 본사에서 양해각서를 체결했다고 19일 밝혔다."
    assert pairs(text, "date", date(2024, 7, 19)) == [
        ("전날", "2024-07-18"),
        ("19일", "2024-07-19"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("7/17~7/19", "2024-07-17/2024-07-19"), ("7/30~8/2(금)", "2024-07-30/2024-08-02")],
)
def test_slash_dates_without_weekday_as_a_range(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", REF)] == [value]


@pytest.mark.parametrize("text", ["1/2~3/4 정도", "비율 1/3", "1/2 수준"])
def test_fractions_are_no_dates(text: str) -> None:
    assert pairs(text, "date", REF) == []


def test_a_site_date_bar_is_a_date_mention() -> None:
    # the day the page was served, written on it (no reference: see the reference tests)
    text = "2024.10.01 (화)\n  • 맑음서울 24.0℃\n기상청 제공\n\n공단은 2024년 1월 24일 협약을 체결했다."
    assert pairs(text, "date", REF) == [
        ("2024.10.01 (화)", "2024-10-01"),
        ("2024년 1월 24일", "2024-01-24"),
    ]


def test_a_release_date_line_is_a_date_mention() -> None:
    text = "보도자료\n2024. 7. 17.(수)\n담당 부서 홍보과\n본문"
    assert pairs(text, "date", REF) == [("2024. 7. 17.(수)", "2024-07-17")]


@pytest.mark.parametrize(
    ("form", "text", "value"),
    [(f.name, text, value) for f in TIME_FORMS for text, value in f.examples],
)
def test_every_registered_time_form_reads_its_examples(form: str, text: str, value: str) -> None:
    assert value in [f.value for f in find_facts(text, REF) if f.kind == "time"], form


@pytest.mark.parametrize(
    "bar", ["2024년 10월 1일 화요일", "2024.10.01 (화) 15:20", "Tuesday, October 1, 2024"]
)
def test_date_bar_forms(bar: str) -> None:
    text = f"{bar}\n로그인 회원가입 전체메뉴\n\n공단은 2024년 1월 24일 협약을 체결했다."
    assert [v for _, v in pairs(text, "date", REF)] == ["2024-10-01", "2024-01-24"]


@pytest.mark.parametrize(
    "chrome",
    ["홈 > 사회 > 행정", "전체기사  정치  경제  사회", "Home News Business Opinion", "Subscribe"],
)
def test_date_bar_over_a_menu_or_breadcrumb(chrome: str) -> None:
    text = f"2024.10.01 (화) 08:30\n{chrome}\n\n공단은 2024년 1월 24일 오후 2시 협약을 체결했다."
    assert [v for _, v in pairs(text, "date", REF)] == ["2024-10-01", "2024-01-24"]
    # the bar's clock is a time written on the page too
    assert pairs(text, "time", REF) == [("08:30", "08:30"), ("오후 2시", "14:00")]


def test_a_posting_stamp_keeps_its_clock() -> None:
    text = "가나시, 다라대와 협약\n입력 2024.10.01 08:30\n홈 > 사회\n본문"
    assert pairs(text, "time", REF) == [("08:30", "08:30")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("지난 월요일 협약을 맺었다", "2024-07-15"),
        ("오는 금요일 협약식을 연다", "2024-07-19"),
        ("지난주 목요일 협약을 맺었다", "2024-07-11"),
        ("이번 주 화요일 협약", "2024-07-16"),
        ("다음 주 수요일 행사", "2024-07-24"),
    ],
)
def test_korean_weekdays_relative_to_the_reference(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", REF)] == [value]
    assert [f for f in find_facts(text, None) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The city said on the 18th that it signed the pact on the 16th at its hall.",
            "2024-07-16",
        ),
        (
            "The two schools signed an agreement at 3 p.m. on the 9th, the college said.",
            "2024-07-09",
        ),
    ],
)
def test_english_day_of_month_after_on_is_read_against_the_reference(text: str, value: str) -> None:
    values = [f.value for f in find_facts(text, REF) if f.kind == "date"]
    assert value in values


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was held on the 4th floor of the tower.",
        "A plan for the 21st century was signed.",
        "It became the 13th partner of the agency.",
    ],
)
def test_english_ordinals_of_other_things_are_no_dates(text: str) -> None:
    assert [f for f in find_facts(text, REF) if f.kind == "date"] == []


def _no_reference_dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in find_facts(text, None) if f.kind == "date"]


def test_a_year_in_an_events_quoted_name_anchors_its_month_days() -> None:
    text = (
        "누리협회는 ‘2031 가람 인물대상 시상식’이 12월 26일(금) 가람홀에서 열린다고 밝혔다. "
        "추천은 11월 28일까지 받는다."
    )
    assert _no_reference_dates(text) == [
        ("12월 26일(금)", "2031-12-26"),
        ("11월 28일", "2031-11-28"),
    ]


def test_a_named_year_the_weekday_contradicts_anchors_nothing() -> None:
    text = "누리협회는 ‘2031 가람 인물대상 시상식’이 12월 27일(금) 가람홀에서 열린다고 밝혔다."
    assert _no_reference_dates(text) == [("12월 27일(금)", None)]


def test_a_year_outside_a_quoted_name_anchors_nothing() -> None:
    text = "가람문화원은 1973년 세워졌다. 12월 26일 가람홀에서 기념식을 열었다."
    assert _no_reference_dates(text) == [("12월 26일", None)]


def test_a_year_in_a_quoted_name_of_no_event_anchors_nothing() -> None:
    text = "가람청 발표 ‘2031 가람 고령자 통계’ 분석\n\n누리부는 7월 27일 협약을 맺었다."
    assert _no_reference_dates(text) == [("7월 27일", None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- 누리재단, 오늘(17) 가람연구원에서 업무협약 체결식", "2024-07-17"),
        ("누리재단은 오늘(7.17/) 가람연구원에서 협약을 체결하였다.", "2024-07-17"),
        ("누리재단은 어제(16) 가람연구원에서 협약을 맺었다.", "2024-07-16"),
    ],
)
def test_a_days_bare_number_in_brackets_after_today_is_its_date(text: str, value: str) -> None:
    # (`어제(16일)` is read already: its `16일` is a written day)
    assert [v for _, v in pairs(text, "date", REF)] == [value]


def test_a_bracketed_number_after_no_day_word_is_no_date() -> None:
    assert pairs("누리재단은 회원(17) 모두가 참석한 가운데 협약을 맺었다.", "date", REF) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the verb before the date is the one it belongs to, not a relative clause after it
        (
            "Gana recently signed an MOU with Dara on July 20, which will allow exchange.",
            "2024-07-20",
        ),
        # with none before it, the rest of the sentence says
        ("On July 20, Gana and Dara will sign an MOU.", "2025-07-20"),
        ("Gana said the two will sign the MOU on July 20.", "2025-07-20"),
    ],
)
def test_an_english_date_takes_the_tense_of_its_own_verb(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", date(2024, 7, 25))] == [value]
