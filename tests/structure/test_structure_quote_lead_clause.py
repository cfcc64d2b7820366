"""A Korean speaker after an adverbial clause (`이번 협약과 관련해 누리부는 “…`): the clause is
not part of the speaker's name, invented names."""

from __future__ import annotations

from structure_helpers import run


def test_body_speaking_after_a_related_clause() -> None:
    text = (
        "누리부와 가람청은 11일 협력 양해각서를 체결했다.\n"
        "이번 양해각서 체결과 관련해 누리부는 “양 기관의 경험을 공유해 정책 발전에 큰 기여를 "
        "할 것으로 기대한다”고 밝혔다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:10]) for q in quotes] == [("누리부", "양 기관의 경험을 ")]


def test_person_speaking_after_an_about_clause() -> None:
    text = (
        "누리대와 가람시는 11일 협약을 체결했다.\n"
        "이번 협약에 대해 박누리 누리대 총장은 “지역 인재를 함께 키우는 좋은 계기가 될 것”이라고 "
        "말했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:8]) for q in quotes] == [("박누리", "지역 인재를 함")]


def test_a_clause_word_alone_is_no_speaker() -> None:
    text = "누리대와 가람시는 11일 협약을 체결했다.\n이와 관련해 “모두가 함께 누리는 도시를 만들겠다”는 구호가 걸렸다.\n"
    assert run(text).quotes == []
