"""Two party forms seen across session 31's sets (s31-xko, issue 8), each reproduced with
invented bodies: a head's title joined to people is a person, not a side; a town and a body
named after it are two sides."""

from __future__ import annotations

from structure_helpers import names

from summarizer.structure.candidate import Cand
from summarizer.structure.org_names import merge
from summarizer.structure.party_cues import not_sides


def test_a_mayor_named_among_the_heads_is_no_side() -> None:
    # `이날 행사는 A시장과 각 기관장 인사, …`: the mayor greets, the city is the side
    page = (
        "가람시가 창업 지원을 위해 청년광장에서 3개 창업지원기관과 업무협약을 체결했다고 9일 "
        "밝혔다.\n"
        "이번 협약에 참여한 기관은 ▲누리연구원 ▲하늘진흥원 ▲바다대학교 창업원이다.\n"
        "이날 행사는 가람시장과 각 기관장 인사, 4개 기관이 모두 서명하는 협약식 등의 "
        "순서로 진행됐다.\n"
    )
    got = names(page)
    assert "가람시장" not in got and "가람시" in got, got


def test_a_head_joined_to_officials_is_dropped_when_a_side_remains() -> None:
    # `B시청을 찾아 홍길순시장 및 관계자들과 …`: a person and her staff, beside the city named
    text = "대표단은 누리시청을 찾아 홍길순시장 및 관계자들과 교류의향서를 체결했다."
    head = text.index("홍길순시장")
    cands = [
        Cand(name="홍길순시장", start=head, end=head + 5),
        Cand(name="가람시", start=0, end=3),
    ]
    assert [c.name for c in not_sides(cands, text)] == ["가람시"]
    # (a body joined to people stays: its name closes on no head's title)
    body = text.index("누리시청")
    kept = [Cand(name="누리시청", start=body, end=body + 4), *cands[1:]]
    assert [c.name for c in not_sides(kept, text)] == ["누리시청", "가람시"]


def test_a_town_and_its_own_centre_are_two_sides() -> None:
    merged = merge([Cand(name="가람시"), Cand(name="가람시여성창업지원센터")])
    assert [c.name for c in merged] == ["가람시", "가람시여성창업지원센터"]
    merged = merge([Cand(name="가람시여성창업지원센터"), Cand(name="가람시")])
    assert [c.name for c in merged] == ["가람시여성창업지원센터", "가람시"]


def test_a_body_and_its_regional_office_stay_one() -> None:
    # (a body's office under the same name is still that body: `A공단` and `A공단 경기지역본부`)
    merged = merge([Cand(name="누리공단"), Cand(name="누리공단 경기지역본부")])
    assert [c.name for c in merged] == ["누리공단 경기지역본부"]
    # (a town's office with no name of its own: `가람시지사`)
    merged = merge([Cand(name="가람시"), Cand(name="가람시지사")])
    assert [c.name for c in merged] == ["가람시지사"]
