"""Forms from the held-out misses of issue 8 (helper s31-dq), in our own invented texts: a board's
`00:00:00` placeholder clock, a second phone line written by its last four digits, a board header
whose counter follows its date, a print-edition line with a weekday or a clock, and a
`-기로 했다` clause that tells a decision, not the tense of its day."""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs, reference_day

from summarizer.extract import facts_record
from summarizer.facts.tense import tense_after

# --- times


@pytest.mark.parametrize(
    "text",
    [
        "Writer admin Date 2021/03/05 00:00:00 Hit 23",
        "등록일 2021-03-05 00:00:00 조회 12",
    ],
)
def test_a_zero_stamp_clock_is_no_time(text: str) -> None:
    assert pairs(text, "time") == []


def test_a_stamp_with_a_real_clock_keeps_it() -> None:
    assert pairs("등록 2020.11.27 06:00:00", "time") == [("06:00:00", "06:00")]


# --- phones


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("문의 : 031-555-6114,7114", [("031-555-6114", "+82315556114"), ("7114", "+82315557114")]),
        ("전화 02-123-4567, 4568", [("02-123-4567", "+8221234567"), ("4568", "+8221234568")]),
        ("팩스 (02)123-4569/4570", [("(02)123-4569", "+8221234569"), ("4570", "+8221234570")]),
    ],
)
def test_a_second_line_written_by_its_last_digits(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text, "phone") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("문의 02-123-4567, 2024년 개소", [("02-123-4567", "+8221234567")]),
        ("문의 02-123-4567, 1234명 참석", [("02-123-4567", "+8221234567")]),
        (
            "담당 02-123-4567, 010-1234-5678",
            [("02-123-4567", "+8221234567"), ("010-1234-5678", "+821012345678")],
        ),
        ("문의 02-123-4567, 5678-1234", [("02-123-4567", "+8221234567")]),
    ],
)
def test_what_follows_a_number_and_is_no_second_line(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text, "phone") == expected


# --- the page's own date


@pytest.mark.parametrize(
    "text",
    [
        "MOU with Gaon University\nName\tadmin\tDate\t2021/03/05 00:00:00\tHit\t23\n\n"
        "Nuri Institute signed an MOU with Gaon University on March 4.\n",
        "MOU with Gaon University\nadmin | Date 2021/03/05 00:00:00 | Hit 23\n\n"
        "Nuri Institute signed an MOU with Gaon University on March 4.\n",
        "누리재단-가온대 협약\n관리자 | 등록일 2021-03-05 | 조회 12\n\n누리재단은 4일 협약을 맺었다.\n",
    ],
)
def test_a_board_header_with_its_counter_after_the_date(text: str) -> None:
    assert reference_day(text) == "2021-03-05"


def test_a_date_before_a_counter_with_no_date_label_is_not_read_so() -> None:
    # (no `Date` label before it: an event's particulars, not the post's header)
    text = "Invitation\nSigning 2021/03/20 14:00 Seats 40\nbody\n"
    assert reference_day(text) is None


@pytest.mark.parametrize(
    "line",
    ["2007-4-13 0:0:0 12면", "2007-04-13 (금) 14:22 A12면", "2007-04-13 (금) 12면"],
)
def test_a_print_edition_line_with_a_clock_or_weekday(line: str) -> None:
    text = f"가온시, 누리공사와 협약\n가온시는 12일 누리공사와 협약을 맺었다.\n{line}\n"
    assert reference_day(text) == "2007-04-13"


def test_a_placeholder_clock_of_single_zeros_is_no_time() -> None:
    assert pairs("가온시는 12일 협약을 맺었다.\n2007-4-13 0:0:0 12면\n", "time") == []


# --- the tense of a decision


def test_a_decision_clause_gives_no_tense() -> None:
    text = "가온시는 16일부터 대표전화를 120번으로 통일해 운영하기로 했다."
    assert tense_after(text, text.index("16일") + 3) is None


def test_a_day_from_which_a_decision_runs_stays_in_the_reference_month() -> None:
    text = "12일 가온시에 따르면 16일부터 대표전화를 120번으로 통일해 운영하기로 했다.\n"
    assert ("16일", "2007-04-16") in pairs(text, "date", date(2007, 4, 13))


def test_a_decided_day_before_the_reference_is_still_that_month() -> None:
    text = "가온시는 14일 누리공단과 협약을 맺고 공동 연구에 협력하기로 했다.\n"
    assert pairs(text, "date", date(2025, 3, 15)) == [("14일", "2025-03-14")]


def test_a_plain_past_report_keeps_its_past_tense() -> None:
    text = "가온시는 20일 누리공단과 협약을 체결했다."
    assert tense_after(text, text.index("일") + 1) == "past"


# --- English venues


def test_the_venue_of_a_seminar_that_followed_the_signing_is_not_the_signings() -> None:
    page = (
        "Dear members,\n\nThe president of Gaon visited Nuri City, Daonland, for the signing of "
        "this MOU on September 8, 2023, which was followed by a seminar held at the Hanul "
        "Building of the University of Nuri.\n"
    )
    ev = facts_record(page.encode(), reference_date="2023-09-16").structure.event
    # (the city visited for the signing is its place, since s31-xen; never the seminar's hall)
    assert ev is not None and (ev.date, ev.place) == ("2023-09-08", "Nuri City")


def test_the_venue_of_a_signing_followed_by_a_seminar_is_kept() -> None:
    page = (
        "Gaon and Nuri signed the MOU at the Hanul Hotel in Dara on Monday, followed by a "
        "seminar.\n"
    )
    ev = facts_record(page.encode(), reference_date="2024-05-08").structure.event
    assert ev is not None and ev.place is not None and "Hanul Hotel" in ev.place
