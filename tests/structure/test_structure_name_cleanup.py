"""What clings to a party's name on real pages (issue 8): template code, a byline's close, a
`소재` description, a province before a city, a person with a title after the body, and a spaced
name whose last word is a generic body word. Every text here is our own."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record
from summarizer.structure.name_cleanup import (
    body_and_head,
    chrome_before,
    city_of,
    opens_spaced_name,
    undescribed,
)


def _names(text: str) -> list[str]:
    st = facts_record(text.encode(), reference_date="2025-03-14").structure
    return [p.name for p in st.parties]


PAGES = [
    (
        "template code before the first party",
        '$pos="C";$title="";$txt="가온기술연구원 홍길동 원장과 누리소재연구원 김하늘 원장이 '
        "10일 업무협약을 체결했다.\n",
        ["가온기술연구원", "누리소재연구원"],
    ),
    (
        "the close of a byline before the subject",
        "(가온뉴스 = 기자) 가온시 솔빛구 누리동 주민자치회는 들빛상인회와 지난 8일 상호협력을 "
        "위한 업무협약을 체결했다.\n",
        # (the committee is named after its town; the city and district stay in an alias)
        ["누리동 주민자치회", "들빛상인회"],
    ),
    (
        "`소재` before a partner, a province before a city",
        "경기 가온시는 16일 관내 위치한 누리대학교, 해울시 소재 해울의과대학과 3자 간 "
        "업무협약을 체결했다고 밝혔다.\n",
        ["가온시", "누리대학교", "해울의과대학"],
    ),
    (
        "a spaced name whose last word is a generic body word",
        "가람소재부품연구조합과 누리미래기술인 협동조합(조합장 홍길동)이 지난 달 30일 "
        "공동추진을 위한 업무협약을 체결했다.\n",
        ["가람소재부품연구조합", "누리미래기술인 협동조합"],
    ),
    (
        "`관내`, `인접지역` before a partner: where it is, no part of its name",
        "가온소방서(서장 홍길동)는 인접지역 누리·해울소방서와 재난 공동대응 업무협약을 "
        "체결했다고 28일 밝혔다.\n",
        ["가온소방서", "누리소방서", "해울소방서"],
    ),
    (
        "`관내` before a partner with a bracketed English name",
        "가람소방서는 4일 관내 주한미군 소방대(Camp Nuri)와 소방응원협정을 체결했다고 밝혔다.\n",
        ["가람소방서", "주한미군 소방대"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_party_names_lose_what_clings_to_them(why: str, page: str, expected: list[str]) -> None:
    assert _names(page) == expected, why


def test_the_pieces_one_by_one() -> None:
    assert chrome_before('$a="";$txt="가온연구원') == len('$a="";$txt="')
    assert chrome_before("기자) 가온시청") == len("기자) ")
    assert chrome_before("가온(주) 본사") == 0  # a bracket opened first is no byline
    assert chrome_before("가온연구원") == 0
    assert undescribed("해울시 소재 해울대학") == "해울대학"
    assert undescribed("신소재 연구원") == "신소재 연구원"
    assert undescribed("관내 누리병원") == "누리병원"
    assert undescribed("인접지역 누리") == "누리"
    assert undescribed("관내기업협의회") == "관내기업협의회"  # (one word: a name of its own)
    assert city_of("경상북도 가온시") == ("가온시", "경상북도 가온시")
    assert city_of("중국 해울시") == ("해울시", "중국 해울시")
    assert city_of("가온시 누리동 주민자치회") == ("가온시 누리동 주민자치회", None)
    assert body_and_head("가온연구원 홍길동 원장") == ("가온연구원", "원장 홍길동")
    assert body_and_head("한빛전력 가온 지사") is None  # a branch, no person
    assert opens_spaced_name("미래기술인", "협동조합")
    assert not opens_spaced_name("연구기관인", "국립외교원")
    assert not opens_spaced_name("재단법인", "해울연구원")
