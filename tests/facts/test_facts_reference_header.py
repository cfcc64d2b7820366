"""The post's own stamp line in the page's header, read by what stands beside its date.

Every snippet is invented for these tests; each describes a form seen on real pages (boards
of universities and foundations, blogs, newspapers, a ministry's briefing room).
"""

from __future__ import annotations

import pytest
from facts_helpers import reference_day


@pytest.mark.parametrize(
    "text",
    [
        # a board's header: counts, the date field, the writer, on one line
        "Gaon and Nuri Partner for Research\nView : 812 Date : 2024-05-10 Writer : news_desk\n"
        "Gaon University signed an agreement with Nuri Institute on May 2.\n",
        # the view count beside the date
        "업무협약서 쓸 때 주의할 점은?\n\n조회수 1,204 | 2024-05-10\n\n협약서를 쓸 때는 꼼꼼히 봐야 한다.\n",
        # a date alone, its count on the next lines
        "업무협약서란 무엇일까?\n\n2024-05-10\n조회수\n88\n\n협약서는 두 사람 이상이 맺는다.\n",
        # a date alone under the writer's `by`
        "생각\n협약 남발에 대하여\nby 가온\n2024. 5. 10.\n협약은 법적 구속력이 없다고 한다.\n",
        # the poster's name with the clock
        "카테고리 없음\n\n가람시 투자협약\n\n홍나래 2024. 5. 10. 09:12\n\n가람시는 투자협약을 맺었다.\n",
        # the outlet before it, the print page after it
        "[취재일기] 협약 러시\n\n가온일보 2024.05.10 00:33 종합 29면 지면보기\n홍길동\n"
        "부처마다 협약을 맺는다고 밝혔다.\n",
        # the speaker with his title
        "가람부 정례 브리핑\n\n2024.05.10 홍길동 대변인\n글자크기 설정\n정례브리핑 시작하겠습니다.\n",
        # a site's polite words over the header do not end it
        "홈\n이 누리집은 가람시 공식 누리집입니다.\n가람시 소식\n2024.05.10 홍길동 대변인\n"
        "가람시는 협약을 맺었다고 밝혔다.\n",
        # a page flattened to lines: the stamp runs on into the text, with its clock
        "240510 가람시, 누리재단과 협약 [가온뉴스]\n관리자 / 2024-05-10 오전 9:41:00 / 673 "
        "가람시는 지난 10일 누리재단과 협약을 체결했다고 밝혔다.\n",
    ],
)
def test_a_stamp_line_in_the_header_dates_the_page(text: str) -> None:
    assert reference_day(text) == "2024-05-10"


@pytest.mark.parametrize(
    "text",
    [
        # a date among an event's words, after its clock
        "가람시 협약\n2024.05.10 14:00 가람홀에서\n가람시는 협약을 맺는다.\n",
        # a date with words and no clock, count or writer
        "가람시 소식\n2024.05.10 협약식 개최\n가람시는 협약을 맺는다고 밝혔다.\n",
        # a range
        "가람시 모집\n2024.05.10 ~ 2024.05.20\n조회수 5\n본문이 이어진다고 밝혔다.\n",
        # a lone date with nothing of a stamp beside it
        "가람시 소식\n2024-05-10\n가람시는 협약을 맺었다고 밝혔다.\n",
        # after the text has begun
        "가람시 소식\n가람시는 누리재단과 협약을 맺었다고 밝혔다.\n2024-05-10 홍길동 대변인\n",
        # a date bar with its weekday
        "2024년 5월 10일 금요일 09:00\n가람시 소식\n가람시는 협약을 맺었다고 밝혔다.\n",
        # a run-in date without its clock is a sentence's
        "가람시 소식\n관리자 / 2024-05-10 / 673 가람시는 협약을 맺었다고 밝혔다.\n",
    ],
)
def test_no_stamp_line(text: str) -> None:
    assert reference_day(text) is None
