"""Junk attached to an English side's name, cut: a country after a name with no body's head
(`Nuri Kray of Russia`, `Garam Geopark – South Korea`), a long lead-in before the subject
(`After a period of … in the A Network, B and C have agreed to sign`), a head and his
portfolio after the body (`Oregon Secretary of State Kim Ha-na`), a minister named by his
field (`Industry Minister Lee Du-ri`) and a counterpart's name after a comma."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.en_agreement import agreement_sides


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Garam-do signed a friendship agreement with Nuri Kray of Russia on farming.",
            ["Garam-do", "Nuri Kray"],
        ),
        (
            "After a period of exploration and cooperation in the Asian Seed Parks Network, "
            "Garam Seed Park (GSP) and Nuri Seed Park – South Korea have agreed to sign a "
            "Memorandum of Understanding (MoU).",
            ["Garam Seed Park", "Nuri Seed Park"],
        ),
        (
            "ANNAPOLIS, MD – Oregon Secretary of State Kim Ha-na today signed a Memorandum of "
            "Understanding with Garam-do.",
            ["Oregon", "Garam-do"],
        ),
    ],
)
def test_side_names_without_junk(body: str, want: list[str]) -> None:
    got = run("Two sides agree\n\n" + body + "\n").parties
    assert [p.name for p in got] == want


def test_a_minister_by_his_field_and_a_counterpart_are_no_sides() -> None:
    text = (
        "Industry Minister Lee Du-ri and his Garamese counterpart, Nguyen Van Ba, signed "
        "three memorandums of understanding with Nuri Corp. in Seoul."
    )
    assert [c.name for c in agreement_sides(text, 0, len(text))] == ["Nuri Corp."]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (  # a firm, then two governments named through `the governments of` and `the city of`
            "Byeolbit Chemical signed a memorandum of understanding with the governments of "
            "Garam Province and the city of Nuri to build a plant in the city.",
            ["Byeolbit Chemical", "Garam Province", "Nuri"],
        ),
        (  # the document's name read as a side by the older reading
            "Garam Metropolitan Corporation (GMC) and Nuri Special City of Korea have signed "
            "Letter of Intent (LoI) for friendship and cooperation between the two cities.",
            ["Garam Metropolitan Corporation", "Nuri Special City"],
        ),
    ],
)
def test_governments_and_cities_named_by_role(body: str, want: list[str]) -> None:
    got = run("Two sides agree\n\n" + body + "\n").parties
    assert [p.name for p in got] == want
