"""An English body named again after `, or` (`Nuri Water Corp., or N-water, signed …`): the
name the story goes on to use for it, an alias of the same side, never a side of its own."""

from __future__ import annotations

from summarizer.structure.en_agreement import agreement_sides


def test_or_name_is_an_alias_of_the_body_before() -> None:
    sent = (
        "Nuri Water Corp., or N-water, signed a memorandum of understanding with Garam City on "
        "Friday."
    )
    sides = agreement_sides(sent, 0, len(sent))
    assert [c.name for c in sides] == ["Nuri Water Corp.", "Garam City"]
    assert "N-water" in sides[0].aliases


def test_a_list_with_or_between_capitals_keeps_its_other_sides() -> None:
    sent = "Byeol Bank and Haeul University signed an agreement with Dara County on Monday."
    assert [c.name for c in agreement_sides(sent, 0, len(sent))] == [
        "Byeol Bank",
        "Haeul University",
        "Dara County",
    ]
