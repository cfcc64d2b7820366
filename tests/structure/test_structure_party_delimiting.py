"""Where a party's name begins and ends on real pages, each form in a snippet written for this
test (bodies invented): page metadata before the lead, a byline in tortoise-shell brackets or closed by a bar, a
town after its county, a kind of body both brackets hold, a third side joined by `간`, two
bodies of one kind run together, a count after a name, the lexicon's public offices."""

from __future__ import annotations

import pytest
from structure_helpers import names, parties

FORMS = [
    (
        "a firm's legal form glued before 과/와 ends its name: the joined body is a side of its own",
        "가람시 소재 기업인 별빛산업㈜과 누리면 하늘리 은하마을이 지난달 23일 별빛산업㈜ "
        "회의실에서 자매결연 협약을 체결했다.\n",
        ["별빛산업㈜", "누리면 하늘리 은하마을"],
    ),
    (
        "a page store's date metadata before the lead is no part of the subject",
        " date 2025-05-29 해울대학교(총장 홍길동)와 들빛병원(이사장 김철수)이 29일 업무협약을 "
        "체결했다.\n",
        ["해울대학교", "들빛병원"],
    ),
    (
        "metadata and an outlet's byline before a college of a university",
        " date 2025-05 [해울경제 들빛취재본부 김철수 기자] 해울국립대학교 약학대학은 약학대학 "
        "세미나실에서 새봄랩과 산학협력 협약을 체결했다고 21일 밝혔다.\n",
        ["해울국립대학교 약학대학", "새봄랩"],
    ),
    (
        "an outlet's byline closed by a bar before two towns' councils under a headline",
        "가온시 누리동-들빛면 주민자치회 자매결연\n5일 협약식…주민자치 활성화 협력 약속\n\n"
        "해울일보 김철수 기자 | 가온특별자치시 누리동 주민자치회(회장 홍길동)와 들빛면 "
        "주민자치회(회장 이영희)가 5일 누리동 센터에서 자매결연 협약을 체결했다.\n"
        "양 지역 주민자치회는 주민자치회 활성화와 마을공동체 발전을 위해 협력하기로 했다.\n",
        ["가온특별자치시 누리동 주민자치회", "들빛면 주민자치회"],
    ),
    (
        "a byline in tortoise-shell brackets",
        "〔해울일보│들빛=김철수기자〕해울경제진흥원은 들빛군 기업인 협의회와 9일 업무협약(MOU)을 "
        "체결했다.\n",
        ["해울경제진흥원", "들빛군 기업인 협의회"],
    ),
    (
        "a town after its county, before an aim: a body, not an aim",
        "해울시 들빛구 새봄면은 16일 새봄면 행정복지센터에서 가람도 누리시 다솜면과 상생발전을 "
        "위한 우호 교류 협정을 체결했다.\n",
        ["해울시 들빛구 새봄면", "가람도 누리시 다솜면"],
    ),
    (
        "a public office whose kind the lexicon now knows, before an aim",
        "해울군은 최근 들빛청사관리소와 상생협력을 위한 업무협약을 체결했다.\n",
        ["해울군", "들빛청사관리소"],
    ),
    (
        "a third side after the partner, joined by 간",
        "해울스타트업포럼(해포)은 지난 6일 들빛특별자치시와 들빛상공회의소 간 지역 창업 "
        "활성화를 위한 업무협약(MOU)을 체결했다고 10일 밝혔다.\n",
        ["해울스타트업포럼", "들빛특별자치시", "들빛상공회의소"],
    ),
    (
        "two bodies of one kind run together without a comma",
        "해울미디어가 지역 균형 발전을 위해 들빛투자협회 새봄기업협회와 각각 지역 균형 발전을 "
        "위한 업무협약을 체결했다.\n",
        ["해울미디어", "들빛투자협회", "새봄기업협회"],
    ),
    (
        "a name before a count of companies is a body",
        "해울도와 들빛군은 11일 들빛산업단지에 입주하는 새봄산업사 등 13개 기업과 738억원 "
        "규모의 투자협약을 체결했다.\n",
        ["해울도", "들빛군", "새봄산업사"],
    ),
    (
        "a lead taken for the title, closed by a caption's bar",
        "들빛중앙회와 새봄주조는 지역경제 활성화를 위해 협력키로 했다. |\n"
        "들빛중앙회와 지역 사회공헌을 이어온 새봄주조 간의 이번 협약은 출발점이 될 것이다.\n",
        ["들빛중앙회", "새봄주조"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), FORMS, ids=[f[0] for f in FORMS])
def test_party_names_are_delimited(why: str, page: str, want: list[str]) -> None:
    assert names(page) == want


def test_a_kind_of_body_in_both_brackets_joins_no_two_towns() -> None:
    """`A동(주민자치위원회)과 B면(주민자치위원회)`: each town's committee, not one body."""
    page = (
        "해울구 해울3동(주민자치위원회)과 들빛군 새봄면(주민자치위원회)은 지난 9일 "
        "새봄면사무소에서 자매결연 협약을 체결했다.\n"
    )
    assert names(page) == ["해울구 해울3동", "들빛군 새봄면"]


@pytest.mark.parametrize(
    "page",
    [
        # a unit and its body are of different kinds: one party
        "해울건설협회 중앙회와 들빛면은 5일 상생 협약을 체결했다.\n",
        # a college inside its university: one party
        "해울대학교 약학대학과 들빛제약은 5일 산학협력 협약을 체결했다.\n",
    ],
)
def test_a_body_and_its_unit_stay_one_name(page: str) -> None:
    assert len(names(page)) == 2


def test_a_kind_of_body_before_gan_is_no_party() -> None:
    """`B과 대학 간 공유 체계`: `대학` is a kind of body here, not a third side."""
    page = (
        "해울대학교 사업단은 들빛대학교 사업단과 대학 간 공유 체계를 구축하기 위해 14일 "
        "업무협약을 체결했다.\n"
    )
    assert "대학" not in names(page)


def test_a_bracket_inside_a_word_and_a_stationed_prefix() -> None:
    """`주한 유럽연합(EU)상공회의소`: 주한 opens the name (no `-한` verb), the bracket renders one
    word, so the short name is `주한 EU상공회의소`, not `EU`."""
    page = (
        "해울부는 24일 투자 확대를 유도하기 위해 주한 들빛연합(DU)상공회의소와 외국인 투자확대 "
        "협력을 위한 양해각서(MOU)를 체결했다.\n"
    )
    got = parties(page)
    assert [p.name for p in got] == ["해울부", "주한 들빛연합상공회의소"]
    assert got[1].aliases == ["주한 DU상공회의소"]


def test_an_english_body_named_past_its_kind_and_a_province() -> None:
    """`The National Commission for A and B Province signed …`: two sides, split at the `and`
    before the province (a body's name may hold `for`)."""
    page = (
        "Shared growth\n\nThe National Commission for Haeul Partnership and North Deul Province "
        "signed a memorandum of understanding (MOU) for shared growth among regions Tuesday.\n"
    )
    assert names(page) == ["National Commission for Haeul Partnership", "North Deul Province"]


def test_the_parties_together_name_no_party() -> None:
    # `양 지역 주민자치회는 …`: both councils, unnamed; the last word is no subject of its own
    page = (
        "제목 없음\n\n양 지역 주민자치회는 주민자치회 활성화와 마을공동체 발전을 위해 "
        "협력하기로 했다.\n"
    )
    assert names(page) == []
