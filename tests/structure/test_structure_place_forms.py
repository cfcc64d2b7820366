"""Venues in forms seen on real pages (issue 8): the venue before the agreement (`…센터에서
진행된 이번 업무협약에는`), a ceremony `열린` at a hotel, a bare `시청` after the signer, and an
English city of signing (`signed Oct. 1 in …`, `inked … at a hotel in …`). Our own texts."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

PAGES = [
    (
        "the venue before the agreement",
        "가온동 주민자치회는 지난 8일 들빛상인회와 업무협약을 체결했다.\n"
        "가온동 행정복지센터에서 진행된 이번 업무협약에는 관계자 20명이 참석했다.\n",
        "가온동 행정복지센터",
    ),
    (
        "a ceremony held at a hotel",
        "가온조합과 누리협회가 지난 달 30일 업무협약을 체결했다.\n"
        "이번 업무협약은 가온 인터내셔널호텔에서 열린 성과 보고회 부속행사로 진행됐다.\n",
        "가온 인터내셔널호텔",
    ),
    (
        "a bare town hall after the signer, owned by the city",
        "가온시는 16일 누리대학교와 업무협약을 체결했다고 밝혔다.\n"
        "협약은 이날 홍길동 가온시장과 김하늘 누리대 총장이 시청에서 서명하는 형태로 진행됐다.\n",
        "가온시청",
    ),
    (
        "English: signed on a day in a city",
        "Gaon University and Nuri University have entered into a Memorandum of Understanding.\n"
        "The MOU was signed Oct. 1 in Daegu, South Korea, where the president is visiting.\n",
        "Daegu",
    ),
    (
        "English: inked at a hotel in a city",
        "SEJONG, Nov. 12 (Yonhap) -- The agreement was inked between Gaon Council and the Nuri "
        "Energy Association at a hotel in Busan earlier in the day, the ministry said Tuesday.\n",
        "hotel in Busan",
    ),
]


@pytest.mark.parametrize(("why", "page", "place"), PAGES, ids=[p[0] for p in PAGES])
def test_place_forms(why: str, page: str, place: str) -> None:
    st = facts_record(page.encode(), reference_date="2025-03-14").structure
    assert st.event is not None and st.event.place == place, why


def test_a_month_is_no_city() -> None:
    page = "The agreement was signed in October by Gaon University and Nuri University.\n"
    st = facts_record(page.encode(), reference_date="2025-03-14").structure
    assert st.event is None or st.event.place != "October"


def test_inked_between_two_bodies_outranks_two_countries_in_the_headline() -> None:
    page = (
        "Gaonia signs MOU with Nuria on hydrogen cooperation\n"
        "SEJONG, Nov. 12 (Yonhap) -- A Gaonian body has signed an agreement with its Nurian "
        "counterpart, the ministry said Tuesday.\n"
        "The memorandum was inked between H2Gaon and the Nurian Hydrogen Council at a hotel in "
        "Busan earlier in the day, according to the ministry.\n"
    )
    st = facts_record(page.encode(), reference_date="2025-03-14").structure
    assert [p.name for p in st.parties] == ["H2Gaon", "Nurian Hydrogen Council"]


def test_two_bodies_that_have_entered_into_a_memorandum() -> None:
    page = (
        "Gaon and Nuri sign a pact\n"
        "DAEGU, Gyeongbuk— Gaon University and Nuri Global University in South Korea have "
        "entered into a Memorandum of Understanding (MOU), pledging to cooperate.\n"
    )
    st = facts_record(page.encode(), reference_date="2025-03-14").structure
    assert [p.name for p in st.parties] == ["Gaon University", "Nuri Global University"]
