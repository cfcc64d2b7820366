"""Claimed dates, times and phones normalised into the facts' value format."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.verify import normalise_date, normalise_phone, normalise_time

REF = date(2024, 7, 17)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-07-17", "2024-07-17"),
        ("2024-07-17T10:30", "2024-07-17"),
        ("2024. 7. 17.", "2024-07-17"),
        ("2024.07.17", "2024-07-17"),
        ("2024년 7월 17일(수)", "2024-07-17"),
        ("7월 17일", "2024-07-17"),
        ("7. 17.(수)", "2024-07-17"),
        ("'24.7.17 (수)", "2024-07-17"),
        ("’25. 4. 1.", "2025-04-01"),
        ("July 17, 2024", "2024-07-17"),
        ("Sept. 23", "2024-09-23"),
        ("17 July 2024", "2024-07-17"),
        ("3. 4.(월) ~ 3. 22.(금)", "2024-03-04/2024-03-22"),
        ("2024-03-04/2024-03-22", "2024-03-04/2024-03-22"),
        ("2024-02-30", None),
        ("올해 하반기", None),
        ("내년", None),
        ("", None),
    ],
)
def test_dates(text: str, value: str | None) -> None:
    assert normalise_date(text, REF) == value


def test_yearless_date_needs_a_reference() -> None:
    assert normalise_date("7월 17일") is None
    assert normalise_date("2024. 7. 17.") == "2024-07-17"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10:30", "10:30"),
        ("09:05", "09:05"),
        ("오후 3시", "15:00"),
        ("오전 10시 30분", "10:30"),
        ("오후 2시 반", "14:30"),
        ("낮 12시", "12:00"),
        ("오후 12시", "12:00"),
        ("3 p.m.", "15:00"),
        ("10 a.m.", "10:00"),
        ("2:30 PM", "14:30"),
        ("10:30~10:45", "10:30/10:45"),
        ("22:00~06:00", "22:00/06:00"),
        ("오후", None),
        ("25:00", None),
        ("1:1", None),
    ],
)
def test_times(text: str, value: str | None) -> None:
    assert normalise_time(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("044-204-7920", "+82442047920"),
        ("(044) 204-7920", "+82442047920"),
        ("044)204-7920", "+82442047920"),
        ("02)880-1234", "+8228801234"),
        ("02.2110.5678", "+82221105678"),
        ("+82-44-204-7920", "+82442047920"),
        ("+82 (0)44 204 7920", "+82442047920"),
        ("０４４－２０４－７９２０", "+82442047920"),
        ("010-1234-5678", "+821012345678"),
        ("044-204-7920 (내선 123)", "+82442047920"),
        ("1357", "1357"),
        ("1588-1234", "15881234"),
        ("031-120", "+8231120"),
        ("+84-24-3577-1458", "+842435771458"),
        ("530-1234", "5301234"),  # a local number written without its area code
        ("2100 4321", "21004321"),
        ("5301234", None),  # undivided seven digits: a count or an id, not a phone
        ("담당자에게 문의", None),
        ("12", None),
        ("", None),
    ],
)
def test_phones(text: str, value: str | None) -> None:
    assert normalise_phone(text) == value
