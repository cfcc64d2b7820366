"""Korean speakers read by grammar (session 37, issue 8, helper quo37; invented snippets): a
family name shortened before a title is a name that opens a word (`총장과` holds no `장` + `과`);
the parties' heads together by their common title (`3개 대학 총장들은 “…`); an unnamed official
of a local government or of an institution named by its kind (`군 관계자`, `가람도서관 관계자`)
speaks though the story names that body nowhere else, while a field's official (`업계 관계자`)
stays nobody."""

from __future__ import annotations

import pytest
from structure_helpers import run


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:6]) for q in run(text).quotes]


def test_a_shortened_name_is_the_word_that_opens_with_the_surname() -> None:
    text = (
        "누리대와 가온대가 교류 협약을 맺었다.\n"
        "협약식에는 장가람 누리대 총장과 유다온 가온대 총장이 참석했다.\n"
        "장 총장은 “두 대학이 서로의 장점을 나누는 계기가 되길 바란다”고 말했다.\n"
    )
    assert _said(text) == [("장가람", "두 대학이 ")]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [("3개 대학 총장들은", "3개 대학 총장들"), ("두 도시 시장은", "두 도시 시장")],
)
def test_the_heads_together_by_their_title(lead: str, speaker: str) -> None:
    text = (
        "가람시와 다온시는 자매결연 협약을 맺었다.\n"
        f"{lead} “앞으로도 서로 돕는 이웃으로 함께 걸어가자”며 뜻을 모았다.\n"
    )
    assert _said(text) == [(speaker, "앞으로도 서")]


@pytest.mark.parametrize(
    ("official", "speaker"),
    [("군 관계자는", "군 관계자"), ("가람도서관 관계자는", "가람도서관 관계자")],
)
def test_an_official_of_a_body_the_story_names_nowhere_else(official: str, speaker: str) -> None:
    text = (
        "누리재단과 다온협회가 독서 지원 협약을 맺었다.\n"
        f"{official} “작은 도서관들이 자리를 잡도록 꾸준히 돕겠다”고 말했다.\n"
    )
    assert _said(text) == [(speaker, "작은 도서관")]


def test_a_fields_official_stays_nobody() -> None:
    text = (
        "누리재단과 다온협회가 독서 지원 협약을 맺었다.\n"
        "업계 관계자는 “작은 도서관들이 자리를 잡도록 꾸준히 돕겠다”고 말했다.\n"
    )
    assert _said(text) == []
