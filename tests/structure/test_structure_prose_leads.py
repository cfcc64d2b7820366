"""Korean prose pledges seen on real news (own snippets, invented bodies and places):
`협약을 바탕으로 양 기관은 …`, `협약서에는 …한다는 내용이 담겼다`, a `-며` inside one item of a
`A, B 등을` list, the aim before a list, a short tail with a term of its own, and the
parties' own pledge before a `▲` list."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.lines import Mask
from summarizer.structure.prose import prose_commitments

PROSE = [
    (
        "협약을 바탕으로 opens the parties' pledge; the aim before the list is left out",
        "이번 협약을 바탕으로 양 기관은 상생을 도모하기 위해 어촌 체험 교류, 전통을 존중하며 "
        "화합을 돕는 청소년 캠프 운영, 특산물 정보 공유 등을 추진하기로 했다.\n",
        ["어촌 체험 교류", "전통을 존중하며 화합을 돕는 청소년 캠프 운영", "특산물 정보 공유"],
    ),
    (
        "협약서에는 …한다는 내용이 담겼다",
        "협약서에는 물류 창고 이전 투자와 함께 신규 고용 확대에 공동 노력한다는 내용이 담겼다.\n",
        ["물류 창고 이전 투자와 함께 신규 고용 확대에 공동 노력"],
    ),
    (
        "a short tail with a term of its own is an item of its own",
        "두 기관은 협약에 따라 해양 연구망을 구축하고 관측 자료를 공유하기로 했다.\n",
        ["해양 연구망을 구축", "관측 자료를 공유"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), PROSE, ids=[c[0] for c in PROSE])
def test_prose_lead_forms(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


HEAD = "두 고을 자매결연\n\n솔내군(군수 한바다)은 20일 들빛구와 자매결연 협약을 체결했다.\n"
LIST = "협약 주요 내용은 ▲축제 상호 방문 ▲특산물 직거래 확대 ▲재난 시 구호품 지원 등이다.\n"


def test_the_parties_own_pledge_before_a_list_is_kept() -> None:
    text = HEAD + "협약을 통해 두 도시는 주민 교류를 통해 상호 우의를 도모하기로 했다.\n" + LIST
    got = [c.text for c in run(text).commitments]
    assert sorted(got) == sorted(
        [
            "주민 교류를 통해 상호 우의를 도모",
            "축제 상호 방문",
            "특산물 직거래 확대",
            "재난 시 구호품 지원",
        ]
    )


def test_one_partys_plan_before_a_list_is_left_out() -> None:
    text = HEAD + "이번 협약으로 솔내군은 들빛구 주민에게 숙박비를 깎아 준다.\n" + LIST
    got = [c.text for c in run(text).commitments]
    assert got == ["축제 상호 방문", "특산물 직거래 확대", "재난 시 구호품 지원"]


def test_each_partys_part_in_one_pledge_and_a_list_closed_by_the_pledge() -> None:
    text = (
        "솔내군은 11일 청람산업 등 5개 기업과 투자협약을 체결했다.\n"
        "군은 공장 착공이 늦지 않도록 인허가 지원에 나서고, 기업은 지역 업체 하도급 참여, "
        "지역 농산물 구매, 신규 채용 시 군민 우선 고용에 노력하기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == [
        "공장 착공이 늦지 않도록 인허가 지원",
        "지역 업체 하도급 참여",
        "지역 농산물 구매",
        "신규 채용 시 군민 우선 고용",
    ]


def test_a_page_that_repeats_its_story_repeats_no_term() -> None:
    story = "협약에 따라 두 기관은 해양 관측 자료를 서로 공유하기로 했다.\n"
    text = "두 기관 협약\n\n해울연구원은 들빛대학과 협약을 맺었다.\n" + story + story
    got = [c.text for c in run(text).commitments]
    assert got == ["해양 관측 자료를 서로 공유"]


MORE = [
    (
        "협약 내용으로는 A, B 등을 내용으로 한다: no party's own plan",
        "협약 내용으로는 집배원과 협업해 수상한 차량 신고, 실종자 발견 시 정보 공유 등을 "
        "내용으로 한다.\n",
        ["집배원과 협업해 수상한 차량 신고", "실종자 발견 시 정보 공유"],
        [None, None],
    ),
    (
        "추후 …을 비롯해 … 등 다양한 사업을: two items",
        "두 기관은 추후 섬마을 대상 연수 프로그램을 비롯해 의료 봉사단 파견 등 다양한 사업을 "
        "함께 추진할 예정이다.\n",
        ["섬마을 대상 연수 프로그램", "의료 봉사단 파견"],
        [None, None],
    ),
    (
        "a comma between two clauses with objects of their own",
        "협약에 따라 복지관은 들빛병원을 협력 병원으로 지정, 돌봄 사각지대 주민들을 적극 "
        "발굴한다.\n",
        ["들빛병원을 협력 병원으로 지정", "돌봄 사각지대 주민들을 적극 발굴"],
        ["one party's plan", "one party's plan"],
    ),
    (
        "a condition before the comma is no clause of its own",
        "협약에 따라 구는 순찰 중 화재 현장을 발견할 경우, 비상연락망으로 소방서에 곧바로 "
        "알린다.\n",
        ["순찰 중 화재 현장을 발견할 경우, 비상연락망으로 소방서에 곧바로 알린다"],
        ["one party's plan"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want", "whys"), MORE, ids=[c[0] for c in MORE])
def test_more_prose_forms(why: str, text: str, want: list[str], whys: list[str | None]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert [c.why for c in got] == whys


def test_the_first_item_may_go_without_its_mark() -> None:
    text = (
        HEAD + "이번 협약 주요 내용은, 재난 발생 시 상호 구호 체계 구축 ▲축제 상호 방문 "
        "▲특산물 직거래 확대 등 이다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == ["재난 발생 시 상호 구호 체계 구축", "축제 상호 방문", "특산물 직거래 확대"]


def test_the_aim_before_the_first_deed_and_pledge_endings_are_left_out() -> None:
    text = (
        "두 기관은 공동 사업을 차질 없이 추진하기 위해 보유 장비를 공유하고 "
        "인력, 자료, 물자 교류에 적극 나서기로 했다.\n"
    )
    assert [c.text for c in prose_commitments(text, Mask([]))] == [
        "보유 장비를 공유",
        "인력, 자료, 물자 교류",
    ]
