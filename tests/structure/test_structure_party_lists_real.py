"""Party forms from real pages, each in a snippet written for this test (bodies invented):
participants listed with ▲ or before their count (`협약은 A와 B 등 N개 기관이 참여했다`), a body
named before a count (`A를 포함해 국내 기업 8곳과`), counted bodies listed after a venue, legal
forms (`PT.`, `㈔`), a visit before the partner (`시청을 방문,`, `군청을 찾아`), a foreign head
named with the city (`존 스미스 포틀랜드 시장`), an event's year opening its committee's name,
and kinds of body or common nouns that name no party (`기업체`, `출자·출연기관`, `도시와 농촌`,
`쌀시장`)."""

from __future__ import annotations

import pytest
from structure_helpers import names, parties

from summarizer import extract_facts

FORMS = [
    (
        "participants opened by ▲ and closed by 등 총 N개 기관이며",
        "해울도는 15일 경제 협력을 위한 업무협약(MOU)을 체결했다고 밝혔다.\n"
        "협약에 참여한 기관은 ▲가온진흥원 ▲누리테크노파크 ▲한빛신용보증재단 ▲다온대학교 "
        "등 총 4개 기관이며, 해울도를 포함해 총 5개 기관이 함께했다.\n",
        ["해울도", "가온진흥원", "누리테크노파크", "한빛신용보증재단", "다온대학교"],
    ),
    (
        "협약은 A(역할)와 B, C 등 N개 기관이 참여했다",
        "해울대는 17일 대회의실에서 공동업무협약을 체결했다.\n"
        "협약은 해울시(총괄지자체)와 해울대, 가온혁신센터, 누리테크노파크 등 4개 기관이 "
        "참여했다.\n",
        ["해울대", "해울시", "가온혁신센터", "누리테크노파크"],
    ),
    (
        "a visit told before the partner (`시청을 방문,`) and a foreign head with the city",
        "홍길동 해울시장은 13일(현지시간) 미국 포틀랜드 시청을 방문, 존 스미스 포틀랜드 "
        "시장과 양 도시간 자매결연 협정을 체결했다.\n",
        ["해울시", "포틀랜드"],
    ),
    (
        "a foreign head in three words before the city",
        "해울시는 앤서니 윌리엄스 포틀랜드 시장과 자매결연 협정을 체결했다.\n",
        ["해울시", "포틀랜드"],
    ),
    (
        "an event's year opens each committee's name (quoted)",
        "'2030년 해울세계박람회 조직위원회'는 오늘(27일) 오전 서울에서 "
        "'2026년 들빛세계박람회 조직위원회'와 양해각서를 체결했습니다.\n",
        ["2030년 해울세계박람회 조직위원회", "2026년 들빛세계박람회 조직위원회"],
    ),
    (
        "a year before a bank is a date, no part of its name",
        "해울시는 2024년 들빛은행과 협약을 체결했다.\n",
        ["해울시", "들빛은행"],
    ),
    (
        "a foreign legal form with a full stop (`PT.`) does not end the sentence",
        "가온건설이 인도네시아 국영항만공사 PT. Pelindo I과 합의각서(MOA)를 체결했다고 "
        "17일 밝혔다.\n",
        # (the country before a foreign body is kept as its alias, `name_cleanup.unplaced`)
        ["가온건설", "국영항만공사 PT. Pelindo I"],
    ),
    (
        "A를 포함해 국내 기업 N곳과: the body named before the count is a partner",
        "해울시는 23일 시청 중회의실에서 가온테크를 포함해 국내 기업 8곳과 투자 업무협약을 "
        "맺었다.\n",
        ["해울시", "가온테크"],
    ),
    (
        "A, B를 비롯해 지역 기업 N곳과",
        "해울시는 23일 가온테크, 누리바이오를 비롯해 지역 기업 5곳과 투자 협약을 체결했다.\n",
        ["해울시", "가온테크", "누리바이오"],
    ),
    (
        "bodies the signing sentence counts, listed after the venue of another sentence",
        "해울관광공사는 해울지역 3개 특급 호텔과 공동 업무협정(MOU)을 체결했다고 20일 "
        "밝혔다.\n해울관광공사에 따르면 지난 19일 공사 회의실에서 가온송도호텔, 누리호텔, "
        "한빛해울호텔과 공동업무협정을 맺고 전시 유치에 힘을 모으기로 했다.\n",
        ["해울관광공사", "가온송도호텔", "누리호텔", "한빛해울호텔"],
    ),
    (
        "a subject list closed by `등이`: the one-syllable `등` ends the list, no noun",
        "가람농업인협회와 해울식품, 누리산업 등이 지난 9일 상생협력을 위한 업무협약을 맺었다.\n",
        ["가람농업인협회", "해울식품", "누리산업"],
    ),
    (
        "the subject counting its partners signs too when a later sentence names them",
        "[가람매일 홍길동 기자] 가람군은 지난 6일 2개 기업과 2개 마을이 상생협력을 위한 "
        "‘1사1촌 자매결연’을 체결했다.\n이번에 체결한 자매결연 대상은 누리단지 내 별빛식품(대표 "
        "김하나)과 서면 누리마을(이장 박두리), 해울영농조합법인(대표 이세나)과 서면 해울마을(이장 "
        "최네리)이 참여했다.\n",
        ["가람군", "별빛식품", "누리마을", "해울영농조합법인", "해울마을"],
    ),
    (
        "counted bodies listed at the ceremony, the list closed by `등이 참석했다`",
        "해울시 가람구는 5일 지역 공공기관·단체 4곳과 상생 지원을 위한 업무협약을 맺었다.\n"
        "구청에서 열린 협약식에는 해울 공공기관 노동조합 대표자협의회, 누리복지공단, "
        "가온발전, 들빛산업공단 등이 참석했다.\n",
        [
            "해울시 가람구",
            "해울 공공기관 노동조합 대표자협의회",
            "누리복지공단",
            "가온발전",
            "들빛산업공단",
        ],
    ),
    (
        "kinds of body in the list are no party (`공기업`, `출자·출연기관`)",
        "해울시는 15일 해울지방고용노동청, 해울경영자총협회, 혁신도시이전 공기업 및 "
        "공사·공단, 출자·출연기관 등과 지역인재채용 협약을 체결한다고 밝혔다.\n",
        ["해울시", "해울지방고용노동청", "해울경영자총협회"],
    ),
    (
        "`도시와 농촌 간`: a common noun, no city (the village named after its township is the partner)",
        "해울구 해울동은 13일 주민자치위원회에서 들빛면 양지마을과 도시와 농촌 간 상생 "
        "교류를 위한 자매결연협약을 체결했다고 밝혔다.\n",
        ["해울구 해울동", "들빛면 양지마을"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), FORMS, ids=[f[0] for f in FORMS])
def test_real_party_forms(why: str, page: str, want: list[str]) -> None:
    assert names(page) == want


def test_a_full_stop_inside_a_bracket_and_a_council_of_chairs() -> None:
    """`A(해교위. 위원장 홍길동)는`: the stop inside the bracket ends no sentence and parts its
    items; `학교운영위원장 협의회` is a council of chairs, no person called `협의회`."""
    page = (
        "아름다운 해울공동체상 위원회(해교위. 위원장 홍길동)는 4일 해울 학교운영위원장 "
        "협의회(회장 김철수)와 업무협약을 맺고 긴밀한 협조를 다짐했다.\n"
    )
    got = {p.name: (p.aliases, p.head) for p in parties(page)}
    assert got == {
        "아름다운 해울공동체상 위원회": (["해교위"], "위원장 홍길동"),
        "해울 학교운영위원장 협의회": ([], "회장 김철수"),
    }


def test_a_vice_mayors_portfolio_names_no_body() -> None:
    """`고길동 행정부시장`: the portfolio (`행정`) is no city called `행정시`."""
    page = (
        "해울시는 들빛공사와 관광 협약을 체결했다.\n이날 협약식에는 고길동 해울시 "
        "행정부시장, 김철수 들빛공사 사장 등이 참석했다.\n"
    )
    assert "행정시" not in names(page)


def test_a_network_body_keeps_the_place_before_it() -> None:
    """`남한산성 새마을금고`: a body of a nationwide network is named by its place."""
    page = "해울시는 1일 남한산성 새마을금고와 나눔 협약을 체결했다.\n"
    assert names(page) == ["해울시", "남한산성 새마을금고"]


def test_a_legal_form_in_one_character_gives_the_bare_name() -> None:
    """`㈔해울군상공인협의회`: the bare name is an alias, as with `(사)`."""
    page = "해울군(군수 홍길동)은 ㈔해울군상공인협의회(회장 김철수)와 업무협약을 체결했다.\n"
    got = {p.name: p.aliases for p in parties(page)}
    assert "해울군상공인협의회" in got.get("㈔해울군상공인협의회", [])


def test_a_role_in_the_bracket_is_no_alias() -> None:
    """`해울시(총괄지자체)와 …`, `들빛대(주관기관)`: the bracket gives a role, not another name."""
    page = (
        "해울대는 17일 공동업무협약을 체결했다.\n협약은 해울시(총괄지자체)와 들빛대(주관기관), "
        "가온혁신센터 등 3개 기관이 참여했다.\n"
    )
    got = {p.name: p.aliases for p in parties(page)}
    assert got.get("해울시") == [] and got.get("들빛대") == []


def test_a_foreign_head_keeps_the_person_as_head() -> None:
    page = "해울시는 존 스미스 포틀랜드 시장과 자매결연 협정을 체결했다.\n"
    got = {p.name: p.head for p in parties(page)}
    assert got.get("포틀랜드") == "시장 존 스미스"


@pytest.mark.parametrize(
    "page",
    [
        # a visit before a Korean head: the person is no party
        "들빛군과 자매결연 협정 체결\n\n김가온 시장이 21일 들빛군청을 찾아 박누리 군수와 "
        "자매결연 협정을 체결했다.\n",
        # `쌀시장`: a market, not the head of a city
        "해울농협이 주선한 이날 결연을 통해 쌀시장 개방으로 어려움을 겪는 농촌을 돕기로 하고 "
        "협약을 체결했다.\n",
        # `농촌과 도시 농협 간`: the sides in general, no body
        "해울농협(조합장 홍길동)은 6월 4일 농촌과 도시 농협 간 상생을 위한 자매결연 협약을 "
        "체결했다.\n",
        # `스타트업과 대기업의`: kinds of company
        "해울부는 분쟁 당사자인 스타트업과 대기업의 동반 성장을 위해 상생협약식이 열렸다고 "
        "21일 밝혔다.\n",
        # `농촌 마을과 기업체, 관공서간 자매결연 사업이`: kinds of body and a project
        "1사1촌 결연 줄이어\n\n농촌 마을과 기업체, 관공서간 자매결연 사업이 줄이어 "
        "개최되면서 농촌이 활기를 띠고 있다.\n",
        # `B와 취약시간 …`: a time (`시간`), no city `취약시` between which and B
        "가람구는 21일 오후 2시 구청 창의홀에서 가람경찰서와 취약시간 범죄예방을 위한 "
        "업무협약을 체결했다.\n",
    ],
)
def test_no_person_market_or_kind_of_body_is_a_party(page: str) -> None:
    got = names(page)
    bad = {
        "박누리",
        "쌀시",
        "기업체",
        "관공서간 자매결연 사업",
        "도시",
        "농촌",
        "스타트업",
        "대기업",
        "취약시",
    }
    assert not bad & set(got), got


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # a head named before the partner with 비롯해 is no party of its own
        ("해울시는 홍길동 시장을 비롯해 들빛은행과 협약을 체결했다.\n", ["해울시", "들빛은행"]),
        # a Korean person's name before a title still reads as the head of that body
        ("해울시는 홍길동 들빛군수와 협약을 체결했다.\n", ["해울시", "들빛군"]),
        # a country before the city is no person's name
        ("해울시는 미국 포틀랜드시와 자매결연 협정을 체결했다.\n", ["해울시", "포틀랜드시"]),
    ],
)
def test_korean_heads_and_places_stay_as_they_were(page: str, want: list[str]) -> None:
    assert names(page) == want


def test_a_body_named_before_a_count_of_named_bodies_leaves_them_to_the_list() -> None:
    """`A는 B를 포함한 5개 병원과`: the five are listed elsewhere; B alone is not the partners."""
    text = (
        "가온대병원, 5개 병원과 협력병원 협약\n\n"
        "가온대병원(원장 홍길동)은 누리시립병원을 포함한 5개 병원과 협력병원 협약을 체결했다고 "
        "2일 밝혔다.\n\n"
        "가온대병원은 최근 누리시립병원, 다온병원, 라온병원, 마루병원, 바다병원과 협약식을 가졌다.\n"
    )
    facts = extract_facts(text.encode("utf-8"), reference_date="2020-01-02")
    names = [p.name for p in facts.structure.parties]
    assert names == ["가온대병원", "누리시립병원", "다온병원", "라온병원", "마루병원", "바다병원"]
