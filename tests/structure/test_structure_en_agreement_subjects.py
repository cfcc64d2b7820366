"""Subjects of English agreement sentences the general reader (en_agreement) read wrong: a
lead-in after the sentence's leading space (`Furthermore, both cities will establish …`), two
names each placed in its country (`A of the Republic of B and C County of …`), and the
subject of a report (`A and B announced they have signed`, `A said it signed`)."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.en_agreement import agreement_sides


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Garam Town of the Republic of the Philippines and Nuri County of the Republic of "
            "Korea have entered into a Memorandum of Understanding (MOU).",
            ["Garam Town", "Nuri County"],
        ),
        (
            "Garam Daily and The Nuri Times announced they have recently signed a memorandum of "
            "understanding for cooperation in news publishing.",
            ["Garam Daily", "Nuri Times"],
        ),
        (
            "The Ministry of Garam Affairs said it signed a joint statement of intent with the "
            "Nuri Seed Agency in Garam.",
            ["Ministry of Garam Affairs", "Nuri Seed Agency"],
        ),
    ],
)
def test_agreement_subjects(body: str, want: list[str]) -> None:
    got = run("Two sides agree\n\n" + body + "\n").parties
    assert [p.name for p in got] == want


def test_lead_in_after_a_leading_space() -> None:
    """A sentence read with its leading space: `Furthermore,` is a lead-in, no side."""
    text = "Garam and Nuri signed an MOU. Furthermore, both cities will establish a new agreement."
    s = text.index(" Furthermore")
    assert agreement_sides(text, s, len(text)) == []
