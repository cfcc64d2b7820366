"""English signing forms: `signed by A, B, and C`, a mayor and his counterpart, `said it has
agreed with`, heads by every title the lexicon lists (`Chancellor … of`), and two short place
names that a later sentence naming the bodies beats."""

from __future__ import annotations

import pytest
from structure_helpers import run


def names(text: str) -> list[str]:
    return [p.name for p in run(text).parties]


def test_signed_by_three_with_commas_inside_a_name() -> None:
    text = (
        "Three nations join on ocean data\n\nBERGEN - The accord, signed by Oslo's Ministry of "
        "Fisheries and Coast, Lima's National Sea Institute, and Perth's Board for Tides, Reefs, "
        "and Coastal Policy, will fund joint cruises.\n"
    )
    assert names(text) == [
        "Ministry of Fisheries and Coast",
        "National Sea Institute",
        "Board for Tides, Reefs, and Coastal Policy",
    ]


def test_mayor_and_his_counterpart() -> None:
    text = (
        "Twin towns\n\nMaplecove Mayor Rho Dan-bi signed a friendship pact with his Port Elda "
        "counterpart on Monday at the town hall.\n"
    )
    assert names(text) == ["Maplecove", "Port Elda"]


def test_said_it_has_agreed_with() -> None:
    text = (
        "Pact on rail\n\nOSLO, May 3 (Wire) -- Norway's transport ministry said Friday it has "
        "agreed with the Baltic Rail Group to study a joint line.\n"
    )
    assert names(text) == ["Norway's transport ministry", "Baltic Rail Group"]


@pytest.mark.parametrize(
    "verb", ["have signed an MOU on ports.", "have agreed to share port data."]
)
def test_two_countries(verb: str) -> None:
    text = f"Ports deal\n\nPeru and the U.K. {verb}\n"
    assert names(text) == ["Peru", "U.K."]


def test_bodies_named_later_beat_the_countries() -> None:
    text = (
        "Aid pact\n\nLIMA, May 2 -- Peru and Chile have signed an MOU on aid, Lima's foreign "
        "ministry said.\n\nThe deal was signed by the Peru Aid Agency and the Chile Relief "
        "Office on Monday.\n"
    )
    assert names(text) == ["Peru Aid Agency", "Chile Relief Office"]


def test_one_long_name_is_not_split() -> None:
    text = "Housing\n\nKorea Land and Housing Corporation signed an MOU with Seoul Bank.\n"
    assert "Korea Land" not in names(text)


def test_speaking_heads_when_only_the_two_bodies_are_named() -> None:
    text = (
        "연구 협력\n\n양 기관은 이번 협약을 통해 공동연구를 추진하기로 했다.\n"
        "가람연구원 도하람 원장은 “두 기관이 함께 좋은 성과를 내도록 힘쓰겠다”고 말했다.\n"
    )
    parties = run(text).parties
    assert [(p.name, p.confidence, p.why) for p in parties] == [("가람연구원", "low", "speaker")]


def test_space_before_the_subject_marker_and_a_description_before_the_legal_form() -> None:
    text = (
        "협약\n\n가람시와 국가기간통신사 ㈜누리뉴스(사장 도하람) 가 1일 서울에서 "
        "업무협약(MOU)을 체결했다.\n"
    )
    parties = run(text).parties
    assert [(p.name, p.aliases, p.head) for p in parties] == [
        ("가람시", [], None),
        ("㈜누리뉴스", ["누리뉴스"], "사장 도하람"),
    ]


@pytest.mark.parametrize("clause", ["주간지를 발행하는", "업계에서 주목받고 있는"])
def test_a_clause_describing_the_partner_is_no_part_of_its_name(clause: str) -> None:
    text = f"협약\n\n가람연구원(원장 도하람)은 14일 {clause} 누리연구소와 MOU를 체결했다.\n"
    assert [p.name for p in run(text).parties] == ["가람연구원", "누리연구소"]


def test_every_head_title_of_the_lexicon_opens_a_headed_name() -> None:
    # `Chancellor … of`, `Ambassador … of`: head titles the English lexicon lists, not a copy
    text = (
        "Campus pact\n\nChancellor Kim Ha-na of Haeul University and Ambassador Lee Du-ri of the "
        "Embassy of Deulland signed a memorandum of understanding on Tuesday to cooperate on "
        "student exchange.\n"
    )
    assert names(text) == ["Haeul University", "Embassy of Deulland"]
    assert [p.head for p in run(text).parties] == ["Kim Ha-na", "Lee Du-ri"]
