"""Speakers: name, title and organisation from the words before a quotation."""

from __future__ import annotations

import pytest

from summarizer.models import Party
from summarizer.structure.speakers import english_org, english_who, korean_speaker

PARTIES = [
    Party(name="중소벤처기업부", aliases=["중기부"], head="장관 오영주"),
    Party(name="현대자동차", aliases=["현대차"]),
    Party(name="안산시"),
]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("오영주 중기부 장관", ("오영주", "장관", "중소벤처기업부")),
        ("중기부 오영주 장관", ("오영주", "장관", "중소벤처기업부")),
        ("서경민 현대차 국내사업본부장(부사장)", ("서경민", "국내사업본부장", "현대자동차")),
        ("정민호 안산시장", ("정민호", "안산시장", "안산시")),
        ("중기부 장관", ("오영주", "장관", "중소벤처기업부")),
        ("박 이사장", ("박", "이사장", None)),
        # a clipped university name before the person (`○○대 이름 총장`), and after
        ("해울대 도하람 총장", ("도하람", "총장", None)),
        ("도하람 해울대 총장", ("도하람", "총장", None)),
        ("업계 관계자", (None, None, None)),
        ("그", (None, None, None)),
    ],
)
def test_korean_speaker(phrase: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert korean_speaker(phrase, PARTIES) == expected


def test_english_who_splits_titles_and_completes_names() -> None:
    text = "Present were Vice Chairman Lee Min-ho and CEO Dana Wright."
    assert english_who(text, "Lee") == ("Lee Min-ho", None)
    assert english_who(text, "Wright") == ("Dana Wright", None)
    assert english_who(text, "Minister Han Seo-yeon") == ("Han Seo-yeon", "Minister")
    assert english_who(text, "Naver CEO Choi Soo-yeon") == ("Choi Soo-yeon", "CEO")


@pytest.mark.parametrize(
    ("text", "who", "expected"),
    [
        ("Signed by Omar Al Nasser, head of the port authority.", "Al Nasser", "Omar Al Nasser"),
        ("Greetings from Director General Al Nasser.", "Al Nasser", "Al Nasser"),
        ("Signed by Director General Lena Holm of the agency.", "Lena Holm", "Lena Holm"),
        ("Guests met Team Leader Holm and Lena Holm.", "Holm", "Lena Holm"),
        ("Signed by Jan van Dijk and Maria Van Dijk.", "Van Dijk", "Maria Van Dijk"),
        # a given name of two words, the title before it no part of it
        ("Welcomed by President Ha Jin Park of Nuri.", "Park", "Ha Jin Park"),
        ("Welcomed by Nuri President Park and staff.", "Park", "Park"),
    ],
)
def test_english_short_names_made_full(text: str, who: str, expected: str) -> None:
    assert english_who(text, who)[0] == expected


ORGS = [Party(name="Haeul Port Agency", aliases=["HPA"]), Party(name="Deulbit Bank")]


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("Signed by HPA President Nam Do-yun today.", "Nam Do-yun", "Haeul Port Agency"),
        ("Ola Berg, chief executive of Deulbit Bank, signed.", "Ola Berg", "Deulbit Bank"),
        ("HPA and Deulbit Bank chief Ola Berg met.", "Ola Berg", "Deulbit Bank"),
        ("HPA staff met Ola Berg at noon.", "Ola Berg", None),
        ("Nobody here.", "Ola Berg", None),
    ],
)
def test_english_org(text: str, name: str, org: str | None) -> None:
    assert english_org(text, name, ORGS) == org
