"""Commitment mechanisms of s24b (snippets invented for these tests)."""

from __future__ import annotations

from structure_helpers import run_terms as _terms


def test_the_deeds_after_the_agreement_made_for_its_aim() -> None:
    # `이번 협약은 …을 위해 마련됐으며, 향후 양 기관은 …할 계획이다`: the signing's aim first,
    # then the parties' pledge in the same sentence
    text = (
        "가람경찰서와 누리대학은 3일 가람경찰서에서 업무협약을 체결했다.\n"
        "이번 협약은 청소년 보호 프로그램의 내실화를 위해 마련됐으며, 향후 양 기관은 "
        "인적·물적 자원을 활용해 청소년 안전 교육 프로그램을 추진할 계획이다.\n"
    )
    assert _terms(text) == ["인적·물적 자원을 활용해 청소년 안전 교육 프로그램을 추진"]


def test_each_partys_share_after_the_agreement_signed_for_its_aim() -> None:
    # `이번 협약은 …위해 체결되었으며, A는 …을 지원하고, B는 …을 추진한다`: the shares
    text = (
        "가람구는 3일 누리복지재단, 별빛모금회와 업무협약을 체결했다고 밝혔다.\n"
        "이번 협약은 위기 가정의 자립을 돕기 위해 체결되었으며, 별빛모금회는 후원금 3000만 "
        "원을 지원하고, 가람구와 누리복지재단은 돌봄 사업을 추진한다.\n"
    )
    assert _terms(text) == ["후원금 3000만 원을 지원", "돌봄 사업을 추진"]


def test_a_signing_told_with_a_past_deed_is_no_pledge() -> None:
    # `이번 협약은 …체결됐으며, 지난해 …을 열었다`: what happened, no term
    text = (
        "가람시와 누리재단은 3일 가람시청에서 업무협약을 체결했다.\n"
        "이번 협약은 지난해 가람시의 제안으로 추진됐으며, 두 기관은 지난해 간담회를 열었다.\n"
    )
    assert _terms(text) == []
