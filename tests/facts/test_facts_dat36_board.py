"""Session 36 (dat36): a board's post header in the notation family of a table row: the label
parted from its value by a cell bar as by a colon, a two-digit year of 2000–2009.

Every snippet is written for these tests (invented names and dates); each describes a form.
"""

from __future__ import annotations

import pytest
from facts_helpers import pairs, reference_day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "가온교육청 소식\n작성자 | 홍길동 | 등록일 | 16.05.20 | 조회수 | 312 |\n협약을 맺었다.",
            "2016-05-20",
        ),
        (
            "가온군의회\n작성자 : 관리자 날짜 : 작성일05-03-18 00:00 조회 : 1,204회\n본문",
            "2005-03-18",
        ),
    ],
)
def test_a_board_header_row_dates_the_page(text: str, value: str) -> None:
    assert reference_day(text) == value
    assert value in [v for _, v in pairs(text, "date")]


@pytest.mark.parametrize(
    "text",
    ["문의 02-123-4567", "규정 05-12-31 개정안", "버전 09.12.31 배포본"],
)
def test_a_two_digit_year_from_2000_needs_a_label_clock_or_weekday(text: str) -> None:
    assert pairs(text, "date") == []
