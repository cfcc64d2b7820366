"""Phrases that are never a party by themselves (invented snippets of real-page forms): a verb's
form glued to a noun, a count, people, an activity, a bare kind of body; and a body tied to the
agreement only by a head's title, listed as unsure."""

from __future__ import annotations

import pytest

from summarizer.models import Party
from summarizer.structure.candidate import Cand
from summarizer.structure.party_shape import HEAD_ONLY, not_a_party
from tests.structure.structure_helpers import names, parties


def _by_name(page: str) -> dict[str, Party]:
    return {p.name: p for p in parties(page)}


def test_a_verb_form_glued_to_a_count_is_no_party() -> None:
    page = (
        "가람도, 동반성장 협약 체결\n\n"
        "가람도가 6일 누리호텔에서 ‘상생 페어’를 개최해 국내 3대 유통대기업과 4개 대기업 "
        "협력사, 30개 협력사 등과 ‘동반성장 협약’을 체결했다.\n"
        "이번 협약으로 참여 기업은 공정거래 문화를 만들기로 했다.\n"
    )
    got = names(page)
    assert "가람도" in got
    assert not any("개최해" in n or "유통대기업" in n for n in got)


def test_an_activity_beside_the_partners_is_no_party() -> None:
    page = (
        "가람구시설관리공단, 지역 언론사와 업무협약\n\n"
        "가람구시설관리공단과 가람구 언론사 5곳이 2월 14일 공단 본부에서 문화체육 활성화와 "
        "지역상권 홍보 사각지대 해소를 위한 업무협약을 체결했다.\n"
    )
    got = names(page)
    assert "가람구시설관리공단" in got
    assert not any("활성화" in n for n in got)


def test_people_and_a_bare_kind_of_body_are_no_parties() -> None:
    page = (
        "누리농협, 도농교류 선도마을 5곳 선정\n\n"
        "누리농협은 도농교류활동을 모범적으로 수행하고 있는 마을을 선정했다.\n"
        "선도마을로 선정된 마을은 홍보 지원을 받는다.\n"
        '누리농협 관계자는 "현재 도내에 600여쌍의 자매결연 체결 마을이 있으며, 매년 우수한 '
        '교류활동을 전개하는 자매마을과 교류 기업체를 선정해 지원하고 있다"고 말했다.\n'
    )
    got = names(page)
    assert "누리농협 관계자" not in got
    assert "자매마을" not in got


def test_a_count_of_companies_among_those_attending_is_no_party() -> None:
    page = (
        "가람전자 협력사 협의회, 공정거래 협약식\n\n"
        "가람전자 협력업체들의 모임인 ‘가람전자 협력사 협의회(이하 가협회)’는 지난 14일 "
        "누리호텔에서 ‘공정거래 및 동반성장 협약식’을 가졌다고 16일 밝혔다.\n"
        "협약식에는 가협회 회장인 홍길동 별빛전자 대표를 포함한 가협회 소속 20개사 대표와 "
        "이들의 거래업체인 20개사 대표, 김철수 누리위원회 사무국장, 이영희 가람전자 부사장 등이 "
        "참석했다.\n"
    )
    assert not any("20개사" in n for n in names(page))


def _village_page(village: str) -> str:
    return (
        f"가람 누리농협(조합장 홍길동)은 별빛 서부면 관내 {village}(별빛 서부농협 조합장 김철수)과 "
        f"지난 18일 {village} 마을회관에서 '또 하나의 마을 만들기' 협약을 맺었다.\n"
        f"이날 협약식에는 누리농협 임직원 30여명과 {village} 주민과 서부농협 임직원 등 50여명이 "
        "참석했다.\n"
        f"협약을 계기로 누리농협은 {village}에서 생산되는 농산물 판촉에 협력하기로 했다.\n"
    )


def test_a_body_named_only_by_a_heads_title_is_unsure() -> None:
    # the village written apart from its kind (`달빛 마을`) is read by no signing sentence
    got = _by_name(_village_page("달빛 마을"))
    assert got["가람 누리농협"].confidence == "high"
    # the village's own head's body: named by no signing sentence, the reader's doubt kept as
    # `why` (its mark is the calibrated scorer's: `test_structure_party_confidence`)
    assert got["서부농협"].why == HEAD_ONLY
    # the village read as the other side (`달빛마을`): the head's body is not listed as sure
    got = _by_name(_village_page("달빛마을"))
    assert got["가람 누리농협"].confidence == "high"
    assert "서부농협" not in got or got["서부농협"].confidence == "low"


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("개최해 국내 3대 유통대기업", "a verb's form"),
        ("거래업체인 25개사", "a count"),
        ("가람농협 관계자", "people, not a body"),
        ("문화체육 활성화", "an activity"),
        ("공동 발전", "an activity"),
        ("자매마을", "a kind of body, no name"),
        ("협력업체", "a kind of body, no name"),
    ],
)
def test_phrases_that_name_no_body(name: str, why: str) -> None:
    assert not_a_party(Cand(name=name)) == why


@pytest.mark.parametrize(
    "name",
    [
        "누리마을",  # a village's name
        "가람군 누리면 달빛마을",
        "별빛남동발전",  # a company whose name ends in `발전`
        "동해 누리재단",  # one syllable before `해`: a place
        "가람뉴스1",
        "별빛기업",
        "누리협력재단",
    ],
)
def test_names_of_bodies_are_kept(name: str) -> None:
    assert not_a_party(Cand(name=name)) is None


def test_a_declared_name_is_kept_whatever_its_words() -> None:
    assert not_a_party(Cand(name="거래업체 협의회 25개사", aliases=["거협"])) is None


def test_a_name_with_a_middle_dot_after_a_place_is_one_body() -> None:
    page = (
        "가람대학교 산학협력단, 중소기업융합 누리·별빛연합회와 협약\n\n"
        "가람대학교 산학협력단과 중소기업융합 누리·별빛연합회는 지난 21일 누리호텔에서 "
        "산학협력을 위한 협약을 체결했다.\n"
    )
    assert names(page) == ["가람대학교 산학협력단", "중소기업융합 누리·별빛연합회"]


def test_a_name_opening_with_dotted_kinds_is_one_body() -> None:
    page = (
        "[가람=누리뉴스] 홍길동 기자 =대·중소기업·농어업 누리재단은 지난 28일 별빛백화점, "
        "가람유통센터와 중소기업 판로지원을 위한 업무협약을 체결했다고 30일 밝혔다.\n"
    )
    got = names(page)
    assert "대·중소기업·농어업 누리재단" in got
    assert "대·중소기업" not in got


def test_places_sharing_a_dotted_ending_stay_two_bodies() -> None:
    page = "가람군은 지난 5일 군청에서 누리·별빛소방서와 안전 협약을 체결했다.\n"
    assert names(page) == ["가람군", "누리소방서", "별빛소방서"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("뇌혈관질환 전문 누리성모병원이 별빛상인회와", "누리성모병원"),
        ("척추관절특화 누리병원이 7일 별빛상인회와", "누리병원"),
    ],
)
def test_a_field_written_before_the_name_is_no_part_of_it(lead: str, name: str) -> None:
    page = f"{lead} 업무협약을 체결했다.\n이번 협약으로 양 기관은 서로 돕기로 했다.\n"
    assert names(page) == [name, "별빛상인회"]


def test_the_body_the_lead_is_about_stays_sure() -> None:
    # named in no signing sentence either, but the lead announces it: not marked head-only
    page = (
        "가람공단, 지역 센터와 해외진출 협의체 출범\n\n"
        "가람공단(이사장 홍길동)은 권역별 누리협력센터 7개소와 민간기업 해외진출을 위한 협의체를 "
        "출범하고 기업별 맞춤 지원을 제공한다고 15일 밝혔다.\n"
        "이번 업무협약에 따라 가람공단과 누리협력센터는 외국어 홍보물 제작, 통역비 지원 등 "
        "해외진출 지원 사업을 전국으로 확대한다.\n"
        "홍길동 가람공단 이사장은 “전국 7개 누리협력센터와 적극 협력하겠다”고 밝혔다.\n"
    )
    got = _by_name(page)
    assert (got["가람공단"].confidence, got["가람공단"].why) == ("high", None)
