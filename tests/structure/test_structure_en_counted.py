"""An English page's list of sides its count of them checks (par37, issue 8; seen on three
pages of three sites). Invented bodies reproduce each form."""

from __future__ import annotations

from summarizer.structure.en_counted import counted_sides
from summarizer.structure.lines import Mask
from summarizer.structure.orgs import Cand


def _names(page: str, found: list[str]) -> list[str]:
    return [c.name for c in counted_sides(page, Mask([]), 0, [Cand(name=n) for n in found])]


def test_a_with_list_of_the_bodies_and_the_signatories_count() -> None:
    # `A signed an MOU with the B, the C, the D, and the E … the five signatories, including A`
    page = (
        "On Monday, GARAM signed an MOU with the Nuri Press Foundation, the Byeol Media "
        "Foundation, the Korean Commission for Sol Studies, and the National Association of "
        "Da Centers to promote literacy. The five signatories, including GARAM, will cooperate.\n"
    )
    got = _names(page, ["GARAM", "Nuri Press Foundation"])
    assert got == [
        "Byeol Media Foundation",
        "Korean Commission for Sol Studies",
        "National Association of Da Centers",
    ], got
    # the count disagreeing with the list: withheld
    assert _names(page.replace("five signatories", "seven signatories"), ["GARAM"]) == []


def test_a_serial_comma_keeps_an_and_inside_the_last_name() -> None:
    page = (
        "The Garam Center signed an MOU with four Nurian software companies and associations. "
        "The signatories include Byeol Security, Solnet, Da Network, and Nurian Scientists and "
        "Engineers Association (NSEA), all of which build software.\n"
    )
    got = _names(page, ["Garam Center"])
    assert got == [
        "Byeol Security",
        "Solnet",
        "Da Network",
        "Nurian Scientists and Engineers Association",
    ], got


def test_no_count_of_sides_no_list_read() -> None:
    page = (
        "The Garam Center signed an MOU with Byeol Security, Solnet, Da Network and Nuri Bank "
        "on Monday.\n"
    )
    assert _names(page, ["Garam Center"]) == []
