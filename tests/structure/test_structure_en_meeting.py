"""An English signing told of the sides a meeting just before named (issue 8, helper eng32b), in
invented texts: `A had a bilateral meeting with B …. The two sides signed …`."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2024-09-10"


def _sides(page: str) -> list[str]:
    return [p.name for p in facts_record(page.encode(), reference_date=REF).structure.parties]


def test_the_two_bodies_of_the_meeting_are_the_sides() -> None:
    page = (
        "Water deal\nDara, Sept. 5 - The Ministry of Water (MW, Minister Kim Nuri) had a bilateral "
        "meeting with the Ministry of Rivers and Lakes (Minister Gil Byeol) at the Byeol Hotel on "
        "September 3. The two sides signed an Arrangement on Article 4 of the Water Pact.\n"
    )
    assert _sides(page) == ["Ministry of Water", "Ministry of Rivers and Lakes"]
    parties = facts_record(page.encode(), reference_date=REF).structure.parties
    assert parties[0].aliases == ["MW"]
    # a signing its own subject names reads its own sides, not the meeting's
    own = page.replace("The two sides signed", "Gaon Bank and Nuri Bank signed")
    assert _sides(own) == ["Gaon Bank", "Nuri Bank"]


def test_two_countries_at_a_summit_are_the_sides() -> None:
    page = (
        "Gaon and Nuri agreed during a summit between their leaders in Dara on Monday to set up "
        "a joint committee.\nThe foreign ministers of the two sides signed a related MOU.\n"
        "Earlier, a peace agreement between the Republic of Byeol and Hanbit was praised.\n"
    )
    names = _sides(page.replace("Gaon and Nuri", "South Korea and Ethiopia"))
    assert names == ["South Korea", "Ethiopia"]


def test_an_exclamation_ends_a_side_named_after_with() -> None:
    page = (
        "Gaon Province has officially established a sisterhood relationship with Nuri Province!\n"
    )
    assert "Nuri Province" in _sides(page)
    assert "Nuri Province!" not in _sides(page)


def test_two_compass_points_share_their_place() -> None:
    # `North and South Gaon have reached an agreement`: two sides, each with the place's name
    # (plain grammar; helper eng32b)
    page = "After days of talks, North and South Gaon have finally reached an agreement on trade.\n"
    assert _sides(page) == ["North Gaon", "South Gaon"]
