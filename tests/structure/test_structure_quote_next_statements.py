"""A speaker's next statement joined by a word with no new subject (`또 “…”고 강조했다`, `그는
이어 “…”고 덧붙였다`), the parties' heads speaking together (`양 기관 대표는 “…`), a speaker
answering with `역시` for the topic marker, a speaker's line broken off before the quote, and the
speaker named after it (`“…” NAME TITLE의 말이다`): snippets written for these tests."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "가람대학교(총장 김가람)와 누리재단(이사장 박누리)은 3일 업무협약을 체결했다.\n"
    "양 기관은 청년 창업 지원에 협력하기로 했다.\n"
)


def test_a_statement_joined_by_tto_is_the_same_speakers() -> None:
    text = HEAD + (
        "김가람 총장은 “두 기관이 함께 지역 인재를 길러 나가겠다”고 말했다.\n"
        "또 “청년들이 머무는 지역을 만들겠다”고 강조했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:5]) for q in quotes] == [
        ("김가람", "두 기관이"),
        ("김가람", "청년들이 "),
    ]


def test_a_statement_after_the_pronoun_in_the_same_paragraph() -> None:
    text = HEAD + (
        "김가람 총장은 “두 기관이 함께 지역 인재를 길러 나가겠다”고 말했다. 그는 이어 "
        "“청년들이 머무는 지역을 만들겠다”고 덧붙였다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["김가람", "김가람"]


def test_the_parties_heads_together_are_one_group_speaker() -> None:
    text = HEAD + "양 기관 대표는 “두 기관이 함께 지역 인재를 길러 나가겠다”고 입을 모았다.\n"
    assert [q.speaker for q in run(text).quotes] == ["양 기관 대표"]


def test_a_speaker_answering_with_also_instead_of_the_topic_marker() -> None:
    text = HEAD + (
        "김가람 총장은 “두 기관이 함께 지역 인재를 길러 나가겠다”고 말했다.\n"
        "박누리 누리재단 이사장 역시 “청년들이 머무는 지역을 만들겠다”고 화답했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["김가람", "박누리"]


def test_a_speakers_line_broken_off_before_the_quote() -> None:
    text = HEAD + "이에 박누리 이사장은 \n\n“청년들이 머무는 지역을 함께 만들어 가겠다”고 밝혔다.\n"
    assert [(q.speaker, q.org) for q in run(text).quotes] == [("박누리", "누리재단")]


def test_the_speaker_named_after_the_quotation() -> None:
    text = HEAD + "“두 기관이 함께 지역 인재를 길러 나가겠다.” 박누리 누리재단 이사장의 말이다.\n"
    assert [(q.speaker, q.org) for q in run(text).quotes] == [("박누리", "누리재단")]
