"""The publication date a text states, and where it came from."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.facts import find_reference_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "보도시점 (전매체) 7. 18.(목) 12:00\n\n제목\n본문 '24.7.18 (목)",
            (date(2024, 7, 18), "embargo"),
        ),
        (
            "보도 일시\t2023. 3. 9.(목) 06:00\t배포 일시\t2023. 3. 8.(수)",
            (date(2023, 3, 9), "embargo"),
        ),
        ("보도일자 : 2024. 11. 8.(금)\n담당", (date(2024, 11, 8), "embargo")),
        (
            "보도 일시 : 즉시 보도 가능\n배포 일시 : 2024-09-10(화) 09:00",
            (date(2024, 9, 10), "embargo"),
        ),
        (
            "제목\n입력 2024.03.05 14:22 수정 2024.03.05 15:00\n본문 5일 밝혔다",
            (date(2024, 3, 5), "input-line"),
        ),
        ("기사입력 : 2023년06월07일 11:15\n최종수정", (date(2023, 6, 7), "input-line")),
        ("SEOUL, Sept. 5 (Yonhap) -- The ministry said on Thursday, 2024년 자료", None),
        ("공고\n2024년 4월 25일\n장관", (date(2024, 4, 25), "first-full-date")),
        ("협약을 체결했다고 27일 밝혔다", None),
    ],
)
def test_reference_date(text: str, expected: tuple[date, str] | None) -> None:
    got = find_reference_date(text)
    if expected is None and "SEOUL" in text:
        assert got is not None and got[1] == "dateline" and got[0].month == 9 and got[0].day == 5
        return
    assert got == expected


def test_embargo_year_comes_from_the_weekday_without_any_full_date() -> None:
    got = find_reference_date("보도시점 7. 17.(수) 10:30\n본문")
    assert got is not None and got[1] == "embargo"
    assert got[0].weekday() == 2 and (got[0].month, got[0].day) == (7, 17)


def test_footer_registration_date_is_no_input_line() -> None:
    text = "본문 내용\n등록번호 서울 아 01234 | 등록일 2018.03.12"
    assert find_reference_date(text) == (date(2018, 3, 12), "first-full-date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023. 5. 8.(월) 배포 / 5. 9.(화) 조간 보도\n본문", date(2023, 5, 9)),
        ("보도시점\n\n(온라인) 2023. 5. 8.(월) 12:00 (지면) 5. 9.(화) 조간\n", date(2023, 5, 8)),
        ("보도 : 5. 9.(화) 조간\n본문 2023. 5. 9.", date(2023, 5, 9)),
    ],
)
def test_embargo_label_layouts(text: str, expected: date) -> None:
    assert find_reference_date(text) == (expected, "embargo")


def test_updated_line_stands_in_for_an_empty_input_line() -> None:
    assert find_reference_date("제목\n입력\n수정 2022.09.28 10:00\n본문") == (
        date(2022, 9, 28),
        "input-line",
    )


def test_announcement_day_of_a_news_lede_refines_the_first_full_date() -> None:
    text = "입력\n수정\n두 기관이 협약을 맺었다고 16일 밝혔다. 협약 기간은 2023년 5월 15일부터 2년이다."
    assert find_reference_date(text) == (date(2023, 5, 16), "dateline")


def test_announcement_day_takes_the_month_nearest_the_full_date() -> None:
    text = "공단은 29일 밝혔다. 새 제도는 2023년 7월 1일부터 시행된다."
    assert find_reference_date(text) == (date(2023, 6, 29), "dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted : 2023-05-09 10:30\nbody", date(2023, 5, 9)),
        ("Published on May 9, 2023 at 10:30", date(2023, 5, 9)),
        ("게시일 2023.05.09 09:00", date(2023, 5, 9)),
        ("기사승인 2023.05.09 10:30", date(2023, 5, 9)),
        ("송고시간2023-05-09 17:45\n본문", date(2023, 5, 9)),
    ],
)
def test_more_input_lines(text: str, expected: date) -> None:
    assert find_reference_date(text) == (expected, "input-line")


def test_a_version_number_is_not_the_first_full_date() -> None:
    text = "앱 버전 24.7.17 배포 안내\n본문 2024년 3월 5일 시행"
    assert find_reference_date(text, date(2026, 1, 1)) == (date(2024, 3, 5), "first-full-date")
