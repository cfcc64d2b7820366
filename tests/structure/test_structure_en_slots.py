"""Where an English agreement's slots start and end (issue 8): the subject of a reported
`that` clause (`We are pleased to announce that A and B have entered into MOU`), a plural
place kind whose `of` each listed name shares (`The cities of A and B have signed`), the
document made (`A and B(AB) made an MOA`), and a Title Case headline's `with` slot ending at
`for` after an acronym a copy of the headline alone writes on (`… with OECD for Research …`)."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.en_agreement import agreement_sides


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "We are pleased to announce that GARAMA and NURIKO have entered into MOU.",
            ["GARAMA", "NURIKO"],
        ),
        (
            "The cities of Garamton and Nurivale have signed a memorandum of understanding to "
            "formalize their links.",
            ["Garamton", "Nurivale"],
        ),
        (
            "Garam Saemaul Center and Nuri Cooperation Agency(NCA) made an MOA(Memorandum of "
            "Agreement) for village projects.",
            ["Garam Saemaul Center", "Nuri Cooperation Agency"],
        ),
    ],
)
def test_slot_subjects(sent: str, want: list[str]) -> None:
    assert [c.name for c in agreement_sides(sent, 0, len(sent))] == want


def test_a_headline_copy_is_no_evidence_for_a_longer_name() -> None:
    text = (
        "Short Cut list\n\nGRI News\n"
        "GRI Signed MOU with ODCE for Farm Research Cooperation\n"
        "Writer GRI\nDate 2017.04.20\n\n"
        "Signed MOU with ODCE for Farm Research Cooperation\n\n"
        "The Garam Rural Institute (GRI) concluded a Memorandum of Understanding (MOU) with the "
        "Organisation for Development and Cooperation in Europe (ODCE) in Paris, April 18.\n"
    )
    line = "GRI Signed MOU with ODCE for Farm Research Cooperation"
    at = text.index(line)
    assert [c.name for c in agreement_sides(text, at, at + len(line))] == [
        "Garam Rural Institute",
        "Organisation for Development and Cooperation in Europe",
    ]
    assert [p.name for p in run(text).parties] == [
        "Garam Rural Institute",
        "Organisation for Development and Cooperation in Europe",
    ]
