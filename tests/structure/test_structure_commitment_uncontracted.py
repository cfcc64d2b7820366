"""A pledge whose verb is not contracted (`…하기로 하였다`, `…을 약속하였다`) is the same pledge as
`…하기로 했다`: its item ends before the verb (snippets written for these tests)."""

from __future__ import annotations

from structure_helpers import run


def test_a_pledge_told_with_hayeotda_ends_before_the_verb() -> None:
    text = (
        "가람시와 누리재단은 3일 시청에서 업무협약을 체결했다.\n"
        "양 기관은 이번 협약을 통해 지역 청년의 창업 공간을 함께 마련하기로 하였다.\n"
    )
    assert [c.text for c in run(text).commitments] == ["지역 청년의 창업 공간을 함께 마련"]


def test_an_agreed_deed_told_with_hayeotda() -> None:
    text = (
        "가람대학교와 별빛㈜은 3일 업무협약을 체결했다.\n"
        "두 기관은 현장실습 과정을 공동으로 운영할 것을 합의하였다.\n"
    )
    # (`할 것을 합의하였다` is the pledge's own noun clause: the deed ends before it)
    assert [c.text for c in run(text).commitments] == ["현장실습 과정을 공동으로 운영"]
