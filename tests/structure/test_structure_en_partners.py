"""Partners an English story names beyond its first signing reading (issue 8): a roster of those
taking part (`Companies participating in the MOUs include A, B and the U.S.' C`), a side's
further agreement (`A also signed a separate MOU with B`), and a `with … including` list that
goes on past a clause describing one of its names, its pronoun subject the side named before."""

from __future__ import annotations

from structure_helpers import run


def _names(body: str) -> list[str]:
    return [p.name for p in run("Deals signed\n\n" + body + "\n").parties]


def test_a_roster_of_those_taking_part() -> None:
    body = (
        "The 12 MOUs were signed during the state visit. Companies and institutions "
        "participating in the MOUs include Garamia’s Doha Tech, Nuri Robotics, GT and the U.S.’ "
        "Dara Motors, Belo Energy and Sona Power."
    )
    names = _names(body)
    for want in ("Doha Tech", "Nuri Robotics", "GT", "Dara Motors", "Belo Energy", "Sona Power"):
        assert want in names


def test_a_side_also_signing_with_another_partner() -> None:
    body = (
        "GIST, Garamia’s top science university, inked a memorandum of understanding (MOU) "
        "with Nuri General Hospital.\n\nGIST also signed a separate MOU with Gaon-based "
        "biotechnology company Belomed, which developed a vaccine."
    )
    assert _names(body)[-1] == "Belomed"


def test_an_including_list_past_a_describing_clause() -> None:
    body = (
        "Gaon Mayor Kim Ha-na (center) concludes a memorandum of understanding with four "
        "companies at a hotel. (Gaon City)\n\nThrough the event, it signed memorandums with "
        "four corporations, including shopping platform Dara.com, which is owned by retail "
        "group Nuri Group, chip firm Belo Technology, parts maker Sona Tekno and cloud firm "
        "Hana Cloud."
    )
    names = _names(body)
    assert names[0] == "Gaon"
    for want in ("Dara.com", "Belo Technology", "Sona Tekno", "Hana Cloud"):
        assert want in names
    assert "Nuri Group" not in names
