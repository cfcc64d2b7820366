"""Commitment forms around a list met on real news pages (snippets invented for these tests):
a sentence right after the list opened by `협약에 따라` with the parties together."""

from __future__ import annotations

from structure_helpers import run


def _terms(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


_HEAD = (
    "가람군-누리구, 자매결연 협약 체결\n\n"
    "가람군은 누리구와 12일 가람군청에서 자매결연 협약을 체결했다고 밝혔다.\n\n"
)


def test_the_parties_together_by_the_agreement_after_the_list_add_a_term() -> None:
    text = _HEAD + (
        "협약 내용으로는 ▲ 문화·관광 분야 교류 ▲ 재난 발생 시 상호 지원 ▲ 청소년 교육 교류 "
        "등 다양한 분야에서 협력관계를 구축하기로 했다.\n\n"
        "이날 협약에 따라 가람군과 누리구는 양 지역의 공동 번영과 주민복지 향상을 위해 "
        "노력하기로 했다.\n\n"
        "가람군수는 “뜻깊은 결연”이라고 말했다.\n"
    )
    terms = _terms(text)
    assert "문화·관광 분야 교류" in terms
    assert any(t.endswith("양 지역의 공동 번영과 주민복지 향상을 위해 노력") for t in terms)


def test_one_party_by_the_agreement_after_the_list_adds_nothing() -> None:
    text = _HEAD + (
        "협약 내용으로는 ▲ 문화·관광 분야 교류 ▲ 재난 발생 시 상호 지원 ▲ 청소년 교육 교류 "
        "등 다양한 분야에서 협력관계를 구축하기로 했다.\n\n"
        "이날 협약에 따라 가람군은 다음 달 누리구에 대표단을 보낼 계획이다.\n"
    )
    assert not any("대표단" in t for t in _terms(text))
