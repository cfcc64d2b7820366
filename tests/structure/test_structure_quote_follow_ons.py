"""A speaker's second statement on its own line (`이어 "…"고 강조했다`), a speaker after an
adverbial phrase (`이 자리에서 박 이사장은 “…`), a paragraph naming its speaker whose quote
lost its opening mark, and an English speaker named before `he said`."""

from __future__ import annotations

from structure_helpers import run

from summarizer import extract_facts

KO_HEAD = (
    "가람시-누리재단 업무협약\n\n"
    "가람시(시장 김가람)는 누리재단(이사장 박누리)과 청년 일자리 업무협약을 체결했다.\n\n"
)


def test_a_second_statement_opened_with_ieo_is_the_same_speakers() -> None:
    body = (
        '박누리 누리재단 이사장은 "청년들의 첫 일자리를 함께 만들겠다"고 말했다.\n\n'
        '이어 "가람시와 정기적으로 만나 성과를 점검하겠다"고 강조했다.\n'
    )
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.text[:9]) for q in quotes] == [
        ("박누리", "청년들의 첫 일자"),
        ("박누리", "가람시와 정기적으"),
    ]


def test_ieo_with_a_pronoun_is_the_same_speakers() -> None:
    body = (
        "김가람 가람시장은 “누리재단과 함께 청년이 머무는 도시를 만들겠다”고 밝혔다.\n"
        "이어 그는 “오늘 협약이 좋은 첫걸음이 되기를 바란다”고 덧붙였다.\n"
    )
    quotes = run(KO_HEAD + body).quotes
    assert [q.speaker for q in quotes] == ["김가람", "김가람"]


def test_ieo_with_no_statement_before_is_nobodys() -> None:
    body = (
        '협약식에는 두 기관 관계자가 참석했다.\n이어 "청년 일자리를 함께 늘려 가겠다"고 말했다.\n'
    )
    assert run(KO_HEAD + body).quotes == []


def test_a_speaker_after_an_adverbial_phrase() -> None:
    body = (
        "협약식은 누리재단 회의실에서 열렸다.\n"
        "이 자리에서 박 이사장은 “청년 일자리를 함께 늘려 가겠다”고 말했다.\n"
    )
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("박누리", "누리재단")]


def test_an_unopened_quote_naming_its_speaker_in_the_paragraph() -> None:
    body = (
        "두 기관은 청년 창업 공간도 함께 운영하기로 했다.\n\n"
        "박누리 누리재단 이사장은 청년 일자리를 함께 늘려 가겠다. 가람시와 힘을 모으겠다.”고 "
        "밝혔다.\n"
    )
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.text[:9]) for q in quotes] == [("박누리", "청년 일자리를 함")]


EN_HEAD = (
    "Garam City signs MOU with Nuri County\n\n"
    "Mayor Kim Ga-ram said the agreement with Nuri County opens a new chapter for both.\n\n"
    "The signing took place at Garam City Hall yesterday.\n\n"
)


def test_he_said_after_a_quote_is_the_person_the_story_named_saying() -> None:
    body = (
        "“The agreement is our long-term commitment to exchanges in trade and culture,” "
        "he said in his address.\n"
    )
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[:13]) for q in quotes] == [("Kim Ga-ram", "The agreement")]


def test_a_continued_english_quotation_is_one_quote() -> None:
    body = (
        "“We are ready to turn Garam into a green and liveable city for everyone.\n\n"
        "“One of our plans is a joint tourism office. We will make it happen,” she said.\n"
    )
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[:12]) for q in quotes] == [("Kim Ga-ram", "We are ready")]


def test_the_agreement_told_where_it_was_held_with_no_ieobeon() -> None:
    text = (
        "가람농협-누리농협 자매결연\n\n"
        "가람농협은 15일 누리농협과 자매결연 협약을 체결했다.\n"
        "두 농협은 농산물 직거래와 판로 확대를 함께 추진한다.\n"
        "협약은 누리군 누리면사무소에서 치러졌다. 협약은 3년간 유효하다.\n"
    )
    # (no reference date: the day stays unresolved, the venue told after the signing dates it)
    event = extract_facts(text.encode("utf-8")).structure.event
    assert event is not None and event.place is not None
    assert "누리면사무소" in event.place
