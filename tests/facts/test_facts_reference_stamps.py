"""A page's posting stamp beside its last-modified stamp, English date fields, a date before
the writer's name, and the stamps of other stories.

Every snippet is written for these tests; each describes a form seen on real pages (news
sites, boards of agencies and embassies, English-language outlets), not a copy of one.
"""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs, reference_day


@pytest.mark.parametrize(
    "text",
    [
        # both on one line, in either order, spaced or glued, with or without brackets
        "제목\n입력 2024.05.10 09:00 수정 2024.05.11 10:00\n본문",
        "제목\n기사입력 2024.05.10 오후 3:20 최종수정 2024.05.11 오전 9:00\n본문",
        "제목\n등록 2024-05-10 10:00 수정 2024-05-11 10:00\n본문",
        "제목\n등록 2024.05.10 수정 2024.05.11\n본문",
        "제목\n[입력 2024.05.10 09:00] [수정 2024.05.11 10:00]\n본문",
        "제목\n(수정 : 2024-05-11 10:00) (입력 : 2024-05-10 09:00)\n본문",
        "제목\n업데이트 2024.05.11 10:00 | 입력 2024.05.10 09:00\n본문",
        "제목\n등록일시 2024-05-10 10:00 | 최종수정일시 2024-05-11 10:00\n본문",
        "MOU signed\nPosted : 2024-05-10 10:00 Updated : 2024-05-11 10:00\nbody",
        "MOU\nPublished : May 10, 2024 - 16:38       Updated : May 11, 2024 - 16:38\nbody",
        "MOU\nFirst published: May 10, 2024 | Last updated: May 11, 2024\nbody",
        "MOU\nWritten: 2024-05-10 15:26:24Updated: 2024-05-11 15:35:20\nbody",
        # on two lines, the last change first
        "제목\n수정 2024-05-11 10:00\n입력 2024-05-10 10:00\n본문",
        "MOU\nUpdated on May 11, 2024\nPosted on May 10, 2024\nbody",
        "MOU\nLast modified: 2024-05-11\nPublished 2024-05-10\nbody",
        # at the foot of the article
        "제목\n본문이다.\n홍길동 기자\n최종수정 2024.05.11 10:00\n입력 2024.05.10 09:00\n",
        "제목\n본문이다.\n<저작권자 © 뉴스>\n수정일 2024-05-11 | 등록일 2024-05-10\n",
        # the label after its date
        "제목 2024.05.11 10:00 수정\n2024.05.10 09:00 입력\n본문",
        # other posting words
        "제목\n기사전송 2024-05-10 오후 3:20:00\n본문",
        "제목\n입력시간 : 2024.05.10 09:00  |  수정시간 : 2024.05.11 10:00\n본문",
    ],
)
def test_the_posting_stamp_beats_the_last_modified_one(text: str) -> None:
    assert reference_day(text) == "2024-05-10"


def test_a_posting_date_beats_the_store_metadata() -> None:
    text = " date 2024-05-01 Menu\n\nWritten: 2024-05-10 18:47:04Updated: 2024-05-10 19:32:34\nbody"
    assert reference_day(text) == "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "MOU signed\nDate: 2024.05.10\nbody",
        "MOU signed\nDate 05/10/2024\nbody",
        "MOU signed\nDATE: 10 May 2024\nbody",
        "MOU signed\nRelease Date: 2024-05-10\nbody",
        "MOU signed\nDate : 2024-05-10 | Hit : 123\nbody",
        "MOU signed\nDate 2024/05/10 10:32 Views 973\nbody",
        # a board's header, one field a line
        "Ministry News\nMOU signed\n\nDate\n2024-05-10\nhit\n753\n\nbody",
        "MOU signed\nPosted on May 10, 2024\nbody",
        "MOU signed\nPublished: May 10, 2024\nbody",
        "MOU signed\nReleased May 10, 2024\nbody",
        "MOU signed\nPosted May 10, 2024 by admin\nbody",
        # the page's next fields run on after the date, glued or spaced
        "Garam University signs MOU\nDate:2024-05-10Source:Nuri Office Author: Clicks:88\nbody",
        "Garam University signs MOU\nDate: 2024-05-10 Source: International Office\nbody",
    ],
)
def test_an_english_date_field_dates_the_page(text: str) -> None:
    assert reference_day(text) == "2024-05-10"


def test_an_events_date_field_is_not_the_pages() -> None:
    text = "Invitation\nThe city will sign an MOU.\nDate: May 20, 2024\nTime: 14:00\nVenue: City Hall\n"
    assert reference_day(text) is None


def test_an_events_date_field_with_its_time_on_the_line_is_not_the_pages() -> None:
    text = "Invitation\nGaram will sign an MOU.\nDate: May 20, 2024 Time: 14:00\nbody"
    assert reference_day(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("협약 체결\n2024-03-19 홍길동 기자\n본문 19일 체결했다.", "2024-03-19"),
        ("결연\n농협 알선 결실\n2005-03-25 김철수\n지난 18일 결연식을 가졌다.", "2005-03-25"),
    ],
)
def test_a_date_before_the_writers_name_dates_the_page(text: str, expected: str) -> None:
    assert reference_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "협약 체결\n2024-03-19 화요일\n본문 19일 체결했다.",  # a date bar's weekday is no name
        "협약 체결\n2024-03-19 맑음\n본문 19일 체결했다.",
    ],
)
def test_a_date_before_a_word_that_is_no_name_is_no_byline(text: str) -> None:
    assert reference_day(text) is None


def test_stamps_in_a_box_of_other_stories_do_not_date_the_page() -> None:
    text = (
        "협약 체결\nA시는 10일 B와 협약을 체결했다고 밝혔다.\n관련기사\n"
        "A시, 축제 개최 입력 2023.01.01 10:00\nB군, 예산 확정 입력 2023.02.01 10:00\n"
    )
    assert reference_day(text) is None


def test_a_related_box_in_the_top_menu_does_not_hide_the_posting_line() -> None:
    text = "관련기사\n협약 체결\n입력 2024.05.10 09:00\nA시는 10일 협약을 체결했다고 밝혔다.\n"
    assert reference_day(text) == "2024-05-10"


def test_a_registration_number_before_a_registration_date_is_no_stamp() -> None:
    assert reference_day("본문 내용\n등록번호 서울 아 01234 | 등록일 2018.03.12") is None


def _dates(text: str, ref: str) -> list[tuple[str, str | None]]:
    return pairs(text, "date", date.fromisoformat(ref))


def test_a_day_past_the_end_of_the_references_month_is_in_the_month_before() -> None:
    assert _dates("31일 협약을 맺었다.", "2005-04-15") == [("31일", "2005-03-31")]
    assert _dates("31일 협약을 맺을 예정이다.", "2005-04-15") == [("31일", "2005-05-31")]


def test_a_day_listed_after_a_dated_item_takes_its_month() -> None:
    text = "3월 18일 A청과 B리, 30일 C청과 D리의 결연을 알선했다."
    assert _dates(text, "2005-05-15") == [("3월 18일", "2005-03-18"), ("30일", "2005-03-30")]


def test_a_day_after_a_clause_with_its_verb_is_read_afresh() -> None:
    text = "지난해 12월 3일 체결한 협약에 따라, 20일 첫 회의를 열었다."
    assert _dates(text, "2005-05-15")[1] == ("20일", "2005-04-20")


def test_a_date_in_a_file_name_is_no_date() -> None:
    assert _dates("첨부: 보도자료(2024.05.10).hwp", "2024-05-12") == []
    assert _dates("첨부파일 2024.05.10_협약식 사진.jpg", "2024-05-12") == []
    assert _dates("협약은 2024.05.10.(금) 체결됐다.", "2024-05-12") == [
        ("2024.05.10.(금)", "2024-05-10")
    ]


def test_a_spaced_range_of_month_dot_day_dates_with_weekdays() -> None:
    assert _dates("행사는 5. 10.(금) ~ 5. 12.(일) 개최된다.", "2024-05-08") == [
        ("5. 10.(금) ~ 5. 12.(일)", "2024-05-10/2024-05-12")
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("회의는 오후 2시 반에 열린다", "오후 2시 반", "14:30"),
        ("설명회는 3시 반부터 열린다", "3시 반", "03:30"),
        ("The forum runs from 2 to 4 p.m. Friday", "2 to 4 p.m.", "14:00/16:00"),
        ("Open 2-4 p.m. daily", "2-4 p.m.", "14:00/16:00"),
        ("Tours 10:30-11:30 a.m.", "10:30-11:30 a.m.", "10:30/11:30"),
        ("Lunch 11 to 1 p.m.", "11 to 1 p.m.", "11:00/13:00"),
        ("signed at 2.30pm local time", "2.30pm", "14:30"),
        ("talks 2.30-4.30pm", "2.30-4.30pm", "14:30/16:30"),
        ("Open from 10 a.m. to noon", "10 a.m. to noon", "10:00/12:00"),
    ],
)
def test_clock_forms(text: str, span: str, value: str) -> None:
    assert pairs(text, "time") == [(span, value)]


def test_a_score_before_am_is_no_time_range() -> None:
    assert pairs("The team won 3-2 am", "time") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("행사는 2024.5.10~5.12 개최된다.", "2024.5.10~5.12", "2024-05-10/2024-05-12"),
        ("행사는 5.10(금)~12(일) 개최된다.", "5.10(금)~12(일)", "2024-05-10/2024-05-12"),
        ("행사는 2024. 5. 10.~5. 12. 개최된다.", "2024. 5. 10.~5. 12.", "2024-05-10/2024-05-12"),
        ("The fair runs 10-12 May 2024 in Seoul.", "10-12 May 2024", "2024-05-10/2024-05-12"),
    ],
)
def test_ranges_before_a_word_that_starts_like_a_unit(text: str, span: str, value: str) -> None:
    assert _dates(text, "2024-05-08") == [(span, value)]


@pytest.mark.parametrize("text", ["지분이 3.5 배로 늘었다", "점유율 3.5배", "The team won 3-2 May"])
def test_numbers_with_units_are_no_dates(text: str) -> None:
    assert _dates(text, "2024-05-08") == []


@pytest.mark.parametrize(
    "text",
    [
        # a board's fields as bare list lines under the headline (department, view count, the
        # posting day), its last-modified line under the text
        "가람시 누리홀 개관(3.2)\n- 문화팀\n- 1024\n- 2024-05-10\n"
        "누리홀은 시민 누구나 쓸 수 있는 공간으로 문을 연다.\n"
        "- 담당부서 : 문화팀\n- 최종수정일 : 2025-11-03",
        "누리재단 소식\n• 홍보실\n• 2024.05.10\n• 88\n본문이 이어진다고 밝혔다.\n최종수정일 2025.01.20",
    ],
)
def test_a_bare_header_date_beats_a_last_modified_line(text: str) -> None:
    assert reference_day(text) == "2024-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date bar (with its weekday) is not the post's date
        ("2026.12.05 (토)\n가람시 소식\n본문이다.\n최종수정일 : 2024-12-15", "2024-12-15"),
        # a lone date after the text has begun is not the header's
        (
            "가람시 소식\n시는 새 공간을 연다고 밝혔다.\n2024-05-10\n최종수정일 : 2024-12-15",
            "2024-12-15",
        ),
        # a posting day cannot follow its last modification
        ("가람시 소식\n- 2025-05-10\n본문이다.\n최종수정일 : 2024-12-15", "2024-12-15"),
    ],
)
def test_only_a_header_date_before_the_modification_beats_it(text: str, expected: str) -> None:
    assert reference_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a stamp alone under the headline, its clock written with its half of the day
        "가람시-누리재단 우호교류 협약\n\n가람시-누리재단 우호교류 협약\n\n2024.03.14. 오후 3:21\n댓글\n",
        "Garam and Nuri Sign a Pact\n\n2024.03.14 PM 05:21\nShare\nGaram City signed ...\n",
        "가람시-누리재단 우호교류 협약\n2024-03-14 오전 9:05\n본문\n",
    ],
)
def test_a_stamp_with_a_twelve_hour_clock_dates_the_page(text: str) -> None:
    assert reference_day(text) == "2024-03-14"


def test_a_date_with_words_after_its_clock_is_no_stamp() -> None:
    assert reference_day("가람시 협약\n2024.03.14. 오후 3:21 협약식 개최 예정\n본문\n") is None
