"""Quote forms met on real news pages (snippets written for these tests): a
quotation taken as the object of a request (`…해 줄 것”을 당부했다`), a speaker the story
names by surname and the last word of the title a bracket gave in full (`이 원장` after
`(의무원장 이가온)`), a society's head named after it (`금빛회 남가온 회장`), and a statement
whose page is cut right after its `…”며…`."""

from __future__ import annotations

from structure_helpers import run


def test_a_quotation_asked_for_is_the_speakers_statement() -> None:
    text = (
        "가람군(군수 박가람)과 누리재단(이사장 김누리)은 3일 군청에서 업무협약을 체결했다.\n"
        "양 기관은 청년 일자리 창출에 협력하기로 했다.\n"
        "박가람 군수는 “누리재단이 지역 청년들의 일자리를 넓히는 일에 적극 나서 줄 것”을 "
        "당부했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("박가람", "가람군")]
    assert quotes[0].text.startswith("누리재단이 지역 청년들의")


def test_a_surname_and_the_last_word_of_a_bracketed_title() -> None:
    text = (
        "가람병원(의무원장 이가온)이 지난달 29일 회의실에서 누리한방, 별빛병원과 진료 협약을 "
        "체결했다.\n"
        "이 원장은 “이번 협약을 통해 환자들에게 수준 높은 의료서비스를 제공하겠다”고 말했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("이가온", "가람병원")]


def test_a_society_named_before_its_head_is_not_the_speaker() -> None:
    text = (
        "가람시와 누리재단은 3일 업무협약을 체결했다.\n"
        "양 기관은 청년 일자리 창출에 협력하기로 했다.\n"
        "금빛회 남가온 회장은 이날 시상식에서 “수상자들은 지역을 위해 봉사하며 이웃과 함께 "
        "살아가는 분들”이라고 말했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["남가온"]


def test_a_statement_whose_page_is_cut_after_its_connective() -> None:
    text = (
        "가람시와 누리재단은 3일 업무협약을 체결했다.\n"
        "양 기관은 청년 일자리 창출에 협력하기로 했다.\n"
        "이어 김누리 누리재단 이사장은 “청년들이 지역에 머물 수 있도록 함께 힘쓰겠다”며…"
    )
    assert [q.speaker for q in run(text).quotes] == ["김누리"]
