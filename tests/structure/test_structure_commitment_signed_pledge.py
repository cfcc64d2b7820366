"""The pledge told in the sentence that reports the signing (issue 8; snippets invented for these
tests): `A와 B는 …협약을 체결하고, X와 Y, Z에서 협력하기로 했다` names the terms where the page
lists none, one deed or more (`…나눔 사업을 추진하기로 했다`, `…교류를 추진할 계획이다`); not where it
pledges the cooperation itself on one thing only, quotes someone, hands the clause to one side, or
where the story spells out two sure terms or more (the signing's pledge is then their goal)."""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.lines import Mask
from summarizer.structure.signed_pledge import signed_pledge


def _terms(text: str) -> list[str]:
    return [c.text for c in run("가람·나래 업무협약 체결\n" + text).commitments]


def test_the_signing_sentence_pledges_its_terms() -> None:
    terms = _terms(
        "가람시와 나래병원은 5일 시청에서 업무협약을 체결하고, 응급환자 이송과 의료인력 "
        "교류, 공동연구에서 상호 협력하기로 했다.\n"
        "이날 협약식에는 관계자 20여 명이 참석했다.\n"
    )
    assert any("의료인력" in t for t in terms)


def test_a_signing_joined_by_maetgo_with_a_promise() -> None:
    terms = _terms(
        "가람진흥원과 나래센터는 13일 업무협약을 맺고 청년기업에 대한 운영자금과 "
        "컨설팅, 판로 개척 등 다양한 지원을 약속했다.\n"
        "이날 행사에는 두 기관 관계자들이 함께했다.\n"
    )
    assert any(t.startswith("청년기업에 대한 운영자금") for t in terms)


def test_an_accord_told_with_neunde_ends_before_it() -> None:
    text = (
        "가람군 대표단은 나래시를 방문해 “우호교류협정서”를 체결하고, 관광·교육·경제 등 "
        "각 분야에 있어 교류의 확대로 공동발전을 도모하는데 합의하였다.\n"
    )
    found = [c.text for c in signed_pledge(text, Mask([]), 0)]
    assert found and found[0].endswith("공동발전을 도모")


def test_one_thing_only_pledges_no_term() -> None:
    text = "가람시와 나래시는 5일 협약을 체결하고 주요 현안에 대해 상호 협력하기로 했다.\n"
    assert signed_pledge(text, Mask([]), 0) == []


def test_a_clause_with_its_own_subject_is_no_joint_pledge() -> None:
    text = (
        "가람시와 나래재단은 5일 협약을 체결하고, 시는 청년 창업과 주거 지원, 교육 "
        "사업을 늘리기로 했다.\n"
    )
    assert signed_pledge(text, Mask([]), 0) == []


def test_the_goal_of_terms_spelled_out_after_it_is_left() -> None:
    terms = _terms(
        "가람은행은 30일 본점에서 나래공단과 업무협약을 맺고, 소상공인의 금융지원과 "
        "골목상권 활성화에 적극 나서기로 했다.\n"
        "협약에 따라 가람은행은 대출 대상업체를 나래공단에 추천하고, 나래공단은 보증 "
        "대상업체를 가람은행에 추천한다.\n"
    )
    assert not any("골목상권" in t for t in terms)


def test_one_deed_other_than_cooperation_is_a_term() -> None:
    text = "가람구청장은 5일 나래은행과 협약을 맺고 지역 복지를 위한 나눔 사업을 적극 추진하기로 했다.\n"
    found = [c.text for c in signed_pledge(text, Mask([]), 0)]
    assert found == ["지역 복지를 위한 나눔 사업을 적극 추진"]


def test_a_planned_deed_after_the_signing_is_a_term() -> None:
    text = "가람군은 6일 두 마을과 자매결연을 체결하고 상생을 위한 꾸준한 교류를 추진할 계획이다.\n"
    found = [c.text for c in signed_pledge(text, Mask([]), 0)]
    assert found == ["상생을 위한 꾸준한 교류를 추진"]


def test_the_cooperation_itself_with_another_deed_before_it_is_no_term() -> None:
    text = (
        "이번 협약식은 가람센터와 나래병원이 협약을 체결하고 이웃에게 도움을 주고 지역 내 "
        "어르신을 위해 상호 협력키로 했다.\n"
    )
    assert signed_pledge(text, Mask([]), 0) == []
