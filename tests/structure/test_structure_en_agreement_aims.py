"""The aim an English agreement sentence gives the signing: `A signed an MOU with B on May 2
to deepen C` -> `deepen C`, read beside the few terms found elsewhere; not the tie the signing
makes (`to link A and B as sister cities`), not a title-cased document name (`an Agreement to
Reaffirm Friendship`), not the words after `which` (another clause's)."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = "Two bodies sign MOU\n\n"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Garam City and Nuri Province signed a memorandum of understanding on May 2 to "
            "deepen collaboration in rice farming and seed research.\n",
            ["deepen collaboration in rice farming and seed research"],
        ),
        (  # the partner after `with`, its place after a comma, then the aim
            "Byeolbit Corp. signed an MOU with the Garam Foundation, Nuri State, in Garam, to "
            "build and operate a seed bank in the state, two officials told reporters.\n",
            ["build and operate a seed bank in the state"],
        ),
        (  # a title-cased document name before the aim
            "The two mayors signed an Agreement to Reaffirm Sister City Friendship to strengthen "
            "exchanges in the fields of tourism, culture and sports.\n",
            ["strengthen exchanges in the fields of tourism, culture and sports"],
        ),
        (  # the place and the day of the signing end the aim
            "Garam City signed a friendship agreement with Nuri City to expand youth exchanges "
            "at Garam City Hall on the morning of May 2.\n",
            ["expand youth exchanges"],
        ),
        (  # the tie the signing makes is no term
            "Garam Mayor Kim Ha-na signed an agreement with his Nuri counterpart to link Garam "
            "and Nuri as sister cities.\n",
            [],
        ),
        (  # `which` opens another clause: its verb is not the signing's aim
            "Garam City signed an MOU with Nuri Corp., which plans to build a seed plant.\n",
            [],
        ),
    ],
)
def test_agreement_aim(body: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + body).commitments] == want


def test_aim_gives_way_to_three_terms() -> None:
    """Three terms read elsewhere: the aim is their gist, said again, and is not added."""
    got = run(
        HEAD + "Garam City and Nuri Province signed an MOU on May 2 to deepen farm ties.\n\n"
        "Under the agreement, the two sides will share seed data, train farmers and hold a "
        "yearly rice fair.\n"
    ).commitments
    assert [c.text for c in got] == ["share seed data", "train farmers", "hold a yearly rice fair"]


def test_a_joint_statement_of_intent_is_an_agreement() -> None:
    """`signed a joint statement of intent with B … to foster C`: the document is an agreement,
    and its aim is read."""
    got = run(
        HEAD + "The Garam Ministry said it signed a joint statement of intent with the Nuri "
        "Directorate, in Garam, to foster cooperation in seed research.\n"
    ).commitments
    assert [c.text for c in got] == ["foster cooperation in seed research"]


def test_cooperate_on_as_well_as_a_second_deed() -> None:
    """`cooperate on A, as well as promote B`: two deeds, the verb kept with the first (not a
    list of fields after `cooperate on`)."""
    got = run(
        HEAD + "Garam City and Nuri Corp. signed an MOU on May 2.\n\n"
        "Under the agreement, the two sides plan to cooperate on Nuri's work on a seed bank, "
        "as well as promote visits of farmers.\n"
    ).commitments
    assert [c.text for c in got] == [
        "cooperate on Nuri's work on a seed bank",
        "promote visits of farmers",
    ]
