"""Whom a Korean speaker phrase names (session 34, snippets written for these tests): a surname
and title made full from the person holding that very title — a rank in brackets between the
name and the title (`박누리(중장) 군단장`), a longer title ending in the same word (`교학부총장`)
another person's office — and the parties' heads together with a genitive (`두 마을의 대표는`),
a group, no one named `마을의`."""

from __future__ import annotations

from structure_helpers import run


def test_a_bracketed_rank_between_the_name_and_the_title() -> None:
    text = (
        "가람군단과 누리모임은 3일 군단 사령부에서 업무협약을 체결했다.\n"
        "협약식에는 박누리(중장) 군단장과 박가온 누리모임 대표 등이 참석했다.\n"
        "박 군단장은 “장병과 가족을 돕는 든든한 이웃이 생겼다”고 말했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박누리"]


def test_the_title_itself_outranks_a_longer_title_ending_in_it() -> None:
    text = (
        "가람대와 누리연구원은 3일 본관에서 업무협약을 체결했다.\n"
        "협약식에는 최가람 총장, 최누리 교학부총장 등이 참석했다.\n"
        "최 총장은 “두 기관이 함께 성장하는 계기가 되길 기대한다”고 말했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["최가람"]


def test_the_heads_of_the_two_sides_together() -> None:
    text = (
        "가온동과 누리마을은 3일 마을회관에서 자매결연 협약을 체결했다.\n"
        "두 마을의 대표는 협약식에서“이번 자매결연을 통해 서로의 문화를 나누고 함께 "
        "발전하고자 한다”고 전했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["두 마을의 대표"]
