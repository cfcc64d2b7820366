"""The venue and day of another occasion in the sentence of signing are not the signing's
(issue 8 item 3): a forum attended before it, an occasion after it, an earlier agreement the
sentence goes on from, a forum on another day; and a hall named as the place visited. Our own
texts."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"

CASES = [
    (
        "a forum attended before the signing at the hall",
        "홍길동 가온시장은 14일 누리컨벤션센터에서 열린 미래포럼 개막식에 참석한 뒤 시청 접견실에서 "
        "다온대학교와 업무협약을 체결했다.\n",
        "가온시청 접견실",
        "2025-03-14",
    ),
    (
        "a signing at a forum held at a hotel",
        "가온시는 14일 누리호텔에서 열린 '2025 투자포럼'에서 다온기업과 투자협약을 체결했다.\n",
        "누리호텔",
        "2025-03-14",
    ),
    (
        "an occasion after the signing",
        "가온시는 14일 다온대학교와 업무협약을 체결하고, 오후에는 누리컨벤션센터에서 열린 박람회 "
        "개막식에 참석했다.\n",
        None,
        "2025-03-14",
    ),
    (
        "a forum on another day, ahead of which the signing came",
        "가온시는 오는 20일 누리호텔에서 열릴 미래포럼에 앞서 14일 다온대학교와 업무협약을 맺었다.\n",
        None,
        "2025-03-14",
    ),
    (
        "an earlier agreement the sentence goes on from",
        "가온시는 앞서 지난해 10월 누리호텔에서 다온시와 협약을 맺었으며, 14일 다온대와도 "
        "업무협약을 체결했다.\n",
        None,
        "2025-03-14",
    ),
    (
        "a hall visited",
        "홍길동 가온시장은 14일 다온군청을 방문해 김철수 군수와 자매결연 협약을 체결했다.\n",
        "다온군청",
        "2025-03-14",
    ),
    (
        "a hall called at",
        "가온시장이 14일 다온군청을 찾아 자매결연 협정을 체결했다.\n",
        "다온군청",
        "2025-03-14",
    ),
    (
        "a body whose premises were visited, abroad",
        "가온외교원이 6일(현지시간) 누리국 정보분석국과 양해각서를 체결했다고 밝혔다.\n"
        "홍길동 가온외교원장은 이날 누리시티의 정보분석국을 방문해 김철수 차관보와 함께 "
        "양해각서에 서명했다.\n",
        "정보분석국",
        "2025-03-06",
    ),
    (
        "English: a forum attended after the signing",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an MOU with Nuri Bank on Tuesday after "
        "attending a forum at the Hanul Hotel in Busan.\n",
        None,
        "2025-03-18",
    ),
    (
        "English: posing after signing at the hall",
        "Gaon signs MOU with Nuri\nGaon Corp. and Nuri Bank officials pose after signing a "
        "partnership agreement at the Hanul Hotel in Busan on Tuesday.\n",
        "Hanul Hotel in Busan",
        "2025-03-18",
    ),
]


@pytest.mark.parametrize(("why", "page", "place", "day"), CASES, ids=[c[0] for c in CASES])
def test_other_occasion(why: str, page: str, place: str | None, day: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and (ev.place, ev.date) == (place, day), why


def test_a_room_of_a_signing_by_video_link_is_unsure() -> None:
    page = (
        "가온시장은 14일 오후 3시 시청 영상회의실에서 다온군과 우호교류협약을 화상으로 체결했다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == "시청 영상회의실" and "place" in ev.unsure


def test_a_video_conference_room_signed_in_is_a_sure_venue() -> None:
    page = "가온시와 다온협회는 11일 오전 시청 6층 영상회의실에서 업무협약을 체결했다.\n"
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place is not None and "영상회의실" in ev.place
    assert "place" not in ev.unsure
