"""A stated count checked against the parties found (structure/party_count.py): a signing
among several bodies whose partners the signing sentence only counts, named elsewhere on the
page (one per sentence with the head in a bracket, a list closed by `등 N개 기업`, a count's
bracket, a roster, `A를 비롯한 B, C`). Snippets written for these tests (bodies invented)."""

from __future__ import annotations

import pytest
from structure_helpers import names, parties

from summarizer.structure.candidate import Cand
from summarizer.structure.party_count import _covers, _wanted

FORMS = [
    (
        "partners counted in words, each named in its own sentence with its head in a bracket",
        "가람시는 10일 시청 회의실에서 국내 기업 세 곳과 투자협약을 체결했다.\n\n"
        "밸브 제조업체인 별빛테크(대표 김가람)는 100억원을 들여 공장을 짓는다. 소재를 "
        "생산하는 누리소재(대표 이누리)도 150억원을 투자한다.\n\n"
        "부품을 만드는 한빛오토(대표 박한빛)는 50억원을 들여 공장을 건립한다.\n",
        ["가람시", "별빛테크", "누리소재", "한빛오토"],
    ),
    (
        "the partners listed before `등 N개 투자기업 대표는`, as many as the count",
        "가람시는 24일 시청 소회의실에서 5개 기업과 300억 원 규모의 투자협약을 체결했다고 "
        "밝혔다.\n협약식에 참석한 ㈜별빛, 누리산업, 한빛초음파, ㈜다온텍, 바름 등 5개 "
        '투자기업 대표는 "성실히 이행하겠다"고 말했다.\n',
        ["가람시", "㈜별빛", "누리산업", "한빛초음파", "㈜다온텍", "바름"],
    ),
    (
        "a subject only its kind names (`군은`) and the partners listed before `등 N개 기업과`",
        "군은 이날 군청 회의실에서 별빛산업(주), (주)누리, (주)다온푸드, 한빛영농조합법인, "
        "바름차 등 5개 기업과 125억원 규모의 투자협약을 체결했다.\n"
        "이날 투자협약에 따라 별빛산업(주)는 35억원을 투자한다.\n",
        ["별빛산업(주)", "(주)누리", "(주)다온푸드", "한빛영농조합법인", "바름차"],
    ),
    (
        "a count's bracket naming its bodies (`총 4개 협약기업(A, B, C, D)`)",
        "가람대학교 혁신사업단은 지난 24일 협약기업(별빛연구소(주) 외 3개 기업)과 업무협약을 "
        "체결했다.\n이날 협약은 가람대학교 혁신사업단과 총 4개 협약기업(별빛연구소, 누리7, "
        "한빛호텔 가람, 다온제과협회 가람지회)이 참석한 가운데 진행됐다.\n",
        [
            "가람대학교 혁신사업단",
            "별빛연구소(주)",
            "누리7",
            "한빛호텔 가람",
            "다온제과협회 가람지회",
        ],
    ),
    (
        "the first of four bodies named before `를 비롯한` and a count of four",
        "가람시를 비롯한 가람교육지원청, 가람경찰서, 가람소방서는 지난 4일 시청 대회의실에서 "
        "안전정보 공유를 위한 업무 협약식을 개최했다.\n"
        "이번 협약의 목적은 4개 기관이 공동으로 재난에 대응하는 것이다.\n",
        ["가람교육지원청", "가람경찰서", "가람소방서", "가람시"],
    ),
    (
        "a roster of heads under `8개 기관과 대학은`, the lead's `교육감을 비롯한` too",
        "홍길동 가람도지사가 19일 김누리 가람도교육감을 비롯한 대학총장 3명 등과 함께 "
        "지역혁신사업에 도전하기 위한 업무협약을 체결했다.\n"
        "이번 업무협약에는 김별 가람대총장, 이솔 누리대총장, 박온 한빛대총장, 최다 "
        "가람상공회의소 회장, 정바 가람테크노파크 원장 등도 참석했다.\n"
        "7개 기관과 대학은 실무위원회를 꾸려 사업계획서를 제출할 예정이다.\n",
        [
            "가람도",
            "가람도교육청",
            "가람대",
            "누리대",
            "한빛대",
            "가람상공회의소",
            "가람테크노파크",
        ],
    ),
    (
        "a roster closed by `등 N개 … 기관이`, fewer named than counted",
        "가람소방서(서장 김가람)는 31일 가람군청에서 재난안전 유관기관 업무협약식에 "
        "참석했다고 전했다.\n이번 업무협약식에는 군의회ㆍ가람경찰서ㆍ의용소방대연합회 등 7개 "
        "재난안전 관련 기관이 참석했다.\n",
        ["가람소방서", "가람군", "군의회", "가람경찰서", "의용소방대연합회"],
    ),
    (
        "partners counted, each named only as where it signed (`오전 A병원에서 … 오후에는 B병원에서`)",
        "가람군은 3일 의료기관 2곳과 지역보건사업 협력을 위한 업무협약(MOU)을 체결했다.\n"
        "군은 이날 오전 별빛병원에서 김가람 보건소장과 이별빛 병원장이 참석한 가운데 "
        "협약서에 서명한데 이어 오후에는 누리세란병원에서 박누리 병원장과 같은 내용의 "
        "협약을 체결했다.\n",
        ["가람군", "별빛병원", "누리세란병원"],
    ),
    (
        "partners counted, listed with commas and closed by the copula (`금융기관은 A, B이다`)",
        "가람시는 8일 시청에서 지역 금융기관 3곳과 업무협약을 맺었다. 협약에 참여한 "
        "금융기관은 누리은행, 별빛신협, 한빛새마을금고이다.\n",
        ["가람시", "누리은행", "별빛신협", "한빛새마을금고"],
    ),
    (
        "no count: a bulleted roster with heads that holds the subject",
        "가람시는 5일 지역 상생을 위한 업무협약을 체결했다고 밝혔다.\n"
        "협약 기관은 ▲가람시(시장 김가람) ▲누리재단(이사장 이누리) ▲별빛협회(회장 박별빛)이다.\n",
        ["가람시", "누리재단", "별빛협회"],
    ),
    (
        "no count: a roster `… 등이 참석한 가운데` that holds the subject; its bodies by form",
        "가람군은 가람혁신도시 로컬마켓에서 가람군, 누리사회적경제네트워크, 한국별빛공사, "
        "국민누리공단, 지역주민 등이 참석한 가운데 상생발전 업무협약을 체결했다.\n",
        ["가람군", "한국별빛공사", "국민누리공단"],
    ),
]


@pytest.mark.parametrize(("page", "want"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_counted_signers_are_found(page: str, want: list[str]) -> None:
    assert names(page) == want


def test_names_taken_without_an_exact_list_are_marked_unsure() -> None:
    got = {p.name: p for p in parties(FORMS[0][1])}
    assert got["가람시"].confidence == "high"
    assert [got[n].why for n in ("별빛테크", "누리소재", "한빛오토")] == ["count"] * 3


def test_a_list_as_long_as_its_count_is_sure() -> None:
    got = {p.name: p for p in parties(FORMS[1][1])}
    assert all(p.confidence == "high" for p in got.values())


NOT_PARTIES = [
    (
        "a host's attendees with their units (`민상원 기획처장`) and no count",
        "가람대학교(총장 김가람)는 3일 대회의실에서 누리중앙회(회장 김누리)와 산학협력 "
        "업무협약(MOU)을 체결했다.\n\n업무협약식에는 김가람 가람대 총장, 민상원 기획처장, "
        "손채봉 학생복지처장이 참석했으며, 누리중앙회에서는 서승원 부회장, 정욱조 "
        "혁신성장본부장 등이 참석했다.\n",
        ["가람대학교", "누리중앙회"],
    ),
    (
        "short of the count, a body with a role beside the signing (`교육부가 주관하는`) is none",
        "가람시는 5일 지역 기관 3곳과 교육부가 주관하는 혁신사업을 위한 업무협약을 체결했다.\n"
        "이 사업은 국비 300억 원을 들여 교육 여건을 개선하는 것이다.\n",
        ["가람시"],
    ),
    (
        "a count met already: the heads in brackets after it are the parties' own",
        "가람시는 9일 누리재단, 별빛협회와 3자 업무협약을 체결했다.\n"
        "이날 협약식에는 한빛테크(대표 박한빛) 관계자도 참관했다.\n",
        ["가람시", "누리재단", "별빛협회"],
    ),
]


@pytest.mark.parametrize(
    ("page", "want"), [f[1:] for f in NOT_PARTIES], ids=[f[0] for f in NOT_PARTIES]
)
def test_no_body_is_added_past_the_count_or_without_one(page: str, want: list[str]) -> None:
    assert names(page) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("가람시는 국내 기업 네 곳과 협약을 체결했다.", 5),
        ("가람시는 의료기관 2곳과 협약을 체결했다.", 3),
        ("가람시는 ㈜A, ㈜B 등 4개 유망중소기업과 협약을 체결했다.", 5),
        ("가람시는 누리재단과 협약을 체결했다. 이들 4개 기관은 협력한다.", 4),
        ("가람시 등 3자 업무협약을 체결했다.", 3),
        ("가람시는 20개 마을과 협약을 체결했다.", None),
        ("가람시는 누리재단과 협약을 체결했다.", None),
    ],
)
def test_the_stated_count(sentence: str, want: int | None) -> None:
    end = sentence.find(".") + 1
    assert _wanted(sentence, 0, end, len(sentence)) == want


def test_a_province_is_no_short_name_of_its_own_office() -> None:
    assert not _covers(Cand("가람도"), Cand("가람도교육청"))
    assert _covers(Cand("가람대"), Cand("가람대학교"))
    assert _covers(Cand("㈜별빛"), Cand("별빛"))
