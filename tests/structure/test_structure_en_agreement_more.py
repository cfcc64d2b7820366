"""Forms the older English readings (en_parties) held that the general reader (en_agreement)
now reads as well: an `and` inside `of` words (`Garam Institute of Sea Science and Technology`),
a dateline's dash after a state's abbreviation (`HUNTINGTON, W.Va.— A and B`), a city placed in
its province and its report on a day (`A City in B Province announced on the 10th that it has
signed … with C County`); and the general reader's cut of the same bodies is preferred
(`Garam's Nuri College` -> `Nuri College`)."""

from __future__ import annotations

import pytest

from summarizer.structure.en_agreement import agreement_sides, better
from summarizer.structure.orgs import Cand


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "The Garam Institute of Sea Science and Technology (GIST) signed a memorandum of "
            "understanding with Nuri-gun on May 2.",
            ["Garam Institute of Sea Science and Technology", "Nuri-gun"],
        ),
        (
            " date 2019-10-02 GARAM, W.Va.— Nuri University and Byeol Global University in South "
            "Korea have entered into a Memorandum of Understanding (MOU).",
            ["Nuri University", "Byeol Global University"],
        ),
        (
            "Garam City in Nuri Province announced on the 10th that it has signed a sister city "
            "agreement with Byeol County.",
            ["Garam City", "Byeol County"],
        ),
        (  # the head the signer met, named by his place or his nationality
            "Garam Mayor Kim Ha-na signed an agreement with his Nuri counterpart at Nuri City "
            "Hall.",
            ["Garam", "Nuri"],
        ),
        (
            "Garam Corp. and its Vietnamese counterpart signed an MOU in Seoul.",
            ["Garam Corp.", "Vietnam"],
        ),
        (  # `S. Korean city of A`: a headline's role, then the name
            "S. Korean city of Garam forges sisterhood with Vietnam's Nuri",
            ["Garam", "Nuri"],
        ),
    ],
)
def test_general_reader_reads_older_forms(sent: str, want: list[str]) -> None:
    assert [c.name for c in agreement_sides(sent, 0, len(sent))] == want


def test_same_bodies_cut_by_the_general_reader() -> None:
    older = [Cand(name="Garam University"), Cand(name="Nuri's Byeol College")]
    got = [Cand(name="Garam University"), Cand(name="Byeol College")]
    assert better(got, older)
    assert not better([*older[:1], Cand(name="Byeol")], older)


def test_an_owner_before_a_description_is_no_better_cut() -> None:
    """`Korea's seed agency` beside an older `seed agency`: the same body, the owner no part of
    its name, so the older reading stands."""
    older = [Cand(name="seed agency"), Cand(name="Byeol Norway")]
    got = [Cand(name="Korea's seed agency"), Cand(name="Byeol Norway")]
    assert not better(got, older)
