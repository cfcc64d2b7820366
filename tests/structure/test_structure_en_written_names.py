"""An English side's name as written (issue 8): an abbreviation's stop ends no slot (a form of
address, `signed by Dr. A, Director General, B`; a legal form, `B Holdings Pte. Ltd`, taken off as
the others are), and a side both English readers name keeps the aliases the general reader
found (`The Garam Herald` at a sentence's start: the paper's own `The`)."""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.en_agreement import agreement_sides


def test_a_form_of_address_stop_ends_no_slot() -> None:
    sent = (
        "The MOU on forest plantation was signed by Dr. KIM Ha-na, Director General, Garam "
        "Forest Service and Dr. Nuri Dara, Director General, Ministry of Forestry and Parks."
    )
    assert [c.name for c in agreement_sides(sent, 0, len(sent))] == [
        "Garam Forest Service",
        "Ministry of Forestry and Parks",
    ]


def test_a_pte_ltd_legal_form_is_taken_off() -> None:
    body = (
        "The hotel arm of Garam Group inked a memorandum of understanding with Nuri Hospitality "
        "Holdings Pte. Ltd for joint development of resorts, it said."
    )
    got = run("Hotels agree\n\n" + body + "\n").parties
    assert [p.name for p in got] == ["Garam Group", "Nuri Hospitality Holdings"]
    assert "Nuri Hospitality Holdings Pte. Ltd" in got[1].aliases


def test_a_side_both_readers_name_keeps_the_general_readers_aliases() -> None:
    body = (
        "The Garam Herald and Nuri Zinios, a newspaper headquartered in Dara, inked a "
        "memorandum of understanding to foster media collaboration Thursday."
    )
    caption = "Editors of Nuri Zinios and The Garam Herald pose with the memorandum. (Ha Na/ The Garam Herald)\n"
    got = run("Papers agree\n\n" + caption + "\n" + body + "\n").parties
    assert got[0].name == "Garam Herald"
    assert "The Garam Herald" in got[0].aliases
    # (a `The` only at a sentence's start is no part of the name)
    got = run("Papers agree\n\n" + body + "\n").parties
    assert "The Garam Herald" not in got[0].aliases
