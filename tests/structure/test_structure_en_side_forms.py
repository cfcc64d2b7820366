"""A side written in a form that is no whole name (issue 8): a bare owner before a lower-case
description (`with Garamia's national news agency`), a name cut into two at its comma
(`University of Nuri, East Gaon (UNEG)`), a location after a comma with the sentence's full stop
(`with Dara, Kazakhstan.`), a country written before one of its states (`U.S. Utah`), a head of
state named by nationality and `leader` (`North Korean leader Ri Ha-na`): each read as the
body or country it names."""

from __future__ import annotations

import pytest
from structure_helpers import run


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            # a bare owner is no side: the later sentence names the partner in full
            "GAON, May 2 (Garam) -- Garam News Agency, the country's key newswire, on Monday "
            "signed an agreement with Nuria's national news agency to cover exports.\n\n"
            "Under the memorandum signed between Garam and Nuria News Agency (NNA), Garam "
            "will publish reports.",
            ["Garam", "Nuria News Agency"],
        ),
        (
            # a name with a comma inside, its acronym after it: one side, not two
            "On May 3, Garam Tech signed a memorandum of understanding (MOU) with the "
            "University of Nuri, East Gaon (UNEG) for collaboration in research.",
            ["Garam Tech", "University of Nuri, East Gaon"],
        ),
        (
            "Garam Province Governor Kim Ha-na and U.S. Utah Governor John Dara signed an "
            "Action Plan in Gaon to strengthen trade.",
            ["Garam Province", "Utah"],
        ),
        (
            "Gaon, May 19: South Korean President Kim Ha-na and North Korean leader Ri Du-ri "
            "signed an agreement at the end of their summit talks.",
            ["South Korea", "North Korea"],
        ),
    ],
)
def test_side_forms_read_as_names(body: str, want: list[str]) -> None:
    got = run("Two sides agree\n\n" + body + "\n").parties
    assert [p.name for p in got][: len(want)] == want


def test_a_location_after_a_comma_keeps_no_full_stop() -> None:
    from summarizer.structure.en_parties import english_sentence

    text = "Garam Tech signed a friendship agreement with Dara, Kazakhstan."
    assert [c.name for c in english_sentence(text, 0, len(text))] == ["Garam Tech", "Dara"]
