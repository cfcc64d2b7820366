"""Page stamps from a fresh set of real pages (issue 8, helper s23-event), in our own invented
texts: a newspaper's print-edition line (`2024-03-14 29면`) and a stamp run into a page
flattened to one line, between its headline and the desk or writer (`… 협약 2024-03-14 사진팀
가온시는 …`); and the day of a page's stamp is not the signing's."""

from __future__ import annotations

import pytest
from facts_helpers import reference_day

from summarizer.extract import facts_record

STATED = [
    (
        "a print-edition line after the text",
        "가온신문(사장 홍길동)은 13일 누리재단과 업무협약을 체결했다.\n2024-03-14 29면\n"
        "Copyright ⓒ 가온신문 All rights reserved.\n",
    ),
    (
        "a print-edition line with the section's letter",
        "가온신문은 13일 누리재단과 협약을 맺었다.\n2024.03.14 A29면\n",
    ),
    (
        "a stamp and the desk, on a page flattened to one line",
        "가온시, 누리재단과 협약 2024-03-14 사진팀 가온시는 누리재단과 업무협약을 체결했다고 "
        "14일 밝혔다. 사진은 협약 후 기념 촬영하는 모습. 2024.03.13 [가온시 제공]\n",
    ),
    (
        "a bracketed stamp with its clock under the headline",
        "가온시, 누리재단과 협약\n[2024-03-14 10:00]\n가온시는 13일 누리재단과 협약을 맺었다.\n",
    ),
    (
        "the date and the writer after a slash, closing the story",
        "가온시, 누리재단과 협약\n가온시는 13일 누리재단과 협약을 맺었다.\n2024.03.14 / 홍길동 기자\n",
    ),
    (
        "a copied story's source line with the original's date",
        "가온시는 13일 누리재단과 협약을 맺었다.\n출처 : 가온일보(http://www.gaon.kr) 2024-03-14\n",
    ),
    (
        "an English date alone on its line under the headline",
        "Gaon and Nuri sign MOU\nMarch 14, 2024\nGaon signed an MOU with Nuri on Wednesday.\n",
    ),
    (
        "an English date with the clock and zone it was posted at",
        "Gaon and Nuri sign MOU\nMarch 14, 2024 | 21:24 (GMT+7)\nGaon signed an MOU on Wednesday.\n",
    ),
    (
        "an English byline: the writer, the date and the clock",
        "Gaon and Nuri sign MOU\nByHong Gildong Mar 14, 2024 11:45 PM IST\nGaon signed an MOU.\n",
    ),
    (
        "a stamp and the writer, on a page flattened to one line",
        "가온시, 누리재단과 협약 2024.03.14 홍길동 기자 가온시는 누리재단과 업무협약을 "
        "체결했다고 14일 밝혔다.\n",
    ),
]


@pytest.mark.parametrize(("why", "page"), STATED, ids=[s[0] for s in STATED])
def test_stated(why: str, page: str) -> None:
    assert reference_day(page) == "2024-03-14", why


NOT_STATED = [
    (
        "a date in a sentence before a team's name",
        "가온시는 2024-03-14 사진팀과 누리팀이 함께 찍은 사진을 공개했다.\n",
    ),
    ("a page count, no edition", "보고서는 2024-03-14 기준 29면 분량이다.\n"),
    (
        "a site's date bar with its weekday",
        "Thursday, March 14, 2024\nGaon and Nuri sign MOU\nGaon signed an MOU on Wednesday.\n",
    ),
    (
        "a site's date bar with its weekday and clock",
        "Thursday, March 14, 2024 10:21\nGaon and Nuri sign MOU\nGaon signed an MOU.\n",
    ),
    (
        "a Korean site's date bar with its clock over the log-in links",
        "2024-03-14 (목) 10:21\n로그인 회원가입\n가온군, 다온시와 협약\n"
        "가온군은 13일 다온시와 협약을 체결했다.\n",
    ),
    (
        "an English date with words after it besides a clock",
        "Gaon and Nuri sign MOU\nMarch 14, 2024 10:00 at Gaon Hall\nGaon will sign an MOU.\n",
    ),
    (
        "an event's day among its particulars",
        "Forum on trade\nMarch 20, 2024\nVenue: Gaon Hall\nThe forum will discuss trade.\n",
    ),
]


@pytest.mark.parametrize(("why", "page"), NOT_STATED, ids=[s[0] for s in NOT_STATED])
def test_not_stated(why: str, page: str) -> None:
    assert reference_day(page) is None, why


def test_the_stamp_is_not_the_signing_day() -> None:
    page = (
        "가온시, 누리재단과 협약 2024-03-14 사진팀 가온시는 누리재단과 업무협약을 체결했다고 "
        "14일 밝혔다.\n"
    )
    ev = facts_record(page.encode()).structure.event
    assert ev is None or ev.date is None
