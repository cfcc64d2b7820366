"""Quote forms met on real news pages (snippets invented for these tests): `군 관계자는 “…` in a
story where no party was found (a meeting of local bodies, not a signing)."""

from __future__ import annotations

from structure_helpers import run


def test_an_unnamed_official_of_the_local_body_the_story_names() -> None:
    text = (
        "가람군, 지역협력 실무협의회 개최\n\n"
        "가람군은 지난 30일 지역공동 협력체제 구축을 위해 실무협의회를 개최했다.\n\n"
        "군 관계자는 “이번 협의회는 현안에 공동으로 대처하고자 개최되었다.”며, “앞으로 기관 간 "
        "상호 협력하길 바란다.”고 전했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("군 관계자", "가람군")]
    assert quotes[0].text.startswith("이번 협의회는")


def test_two_names_joined_by_a_middle_dot_speak_together() -> None:
    text = (
        "가람마을-누리공사 1사1촌 자매결연\n\n"
        "가람마을(이장 김누리‧박가람)은 지난 13일 누리공사(사장 최누리)와 1사1촌 자매결연 "
        "협약을 체결했다.\n\n"
        "김누리‧박가람 이장은 “누리공사와의 자매결연이 마을 주민들에게 큰 힘이 될 것”이라며 "
        "“앞으로도 교류하길 바란다”고 전했다.\n"
    )
    assert [(q.speaker, q.title) for q in run(text).quotes] == [("김누리‧박가람", "이장")]


_SIGNING = (
    "가람시-누리재단, 청년창업 업무협약 체결\n\n"
    "가람시는 12일 누리재단과 청년창업 지원을 위한 업무협약을 체결했다고 밝혔다.\n\n"
)


def test_a_straight_quote_running_into_the_next_paragraph() -> None:
    # `"…돕겠다.⏎⏎…키워가겠다"고 말했다`: the closing mark is the next paragraph's, and the
    # next speaker's quote is read as its own
    text = _SIGNING + (
        '김가람 가람시장은 "청년들이 지역에 정착하도록 돕겠다.\n\n'
        '재단과 함께 창업 생태계를 키워가겠다"고 말했다.\n\n'
        '박누리 누리재단 이사장은 "앞으로 청년 창업을 함께 키워가겠다"고 말했다.\n'
    )
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["김가람", "박누리"]
    assert quotes[0].text.endswith("창업 생태계를 키워가겠다")
    assert quotes[1].text.startswith("앞으로 청년 창업을")
