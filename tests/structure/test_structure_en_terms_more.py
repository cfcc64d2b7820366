"""English terms told past the first lead: a long `According to the MoU inked between …,`
lead, examples after `agreed on cooperation plans such as` / `committed to … actions,
including`, and the sentences going on: `Specifically, they aim to …`, `B Co. will also …`,
`Additionally, they will …`, `It also aims to …`."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = (
    "Two bodies sign MOU\n\n"
    "Garam University signed a memorandum of understanding with Nuri Foundation on May 2.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "According to the memorandum of understanding inked between the two top national "
            "institutions in March, "
            "Nuri Foundation will fund a reading room for Garam University students.",
            ["fund a reading room for Garam University students"],
        ),
        (
            "The two sides agreed on mutual cooperation plans such as exchange of teachers, "
            "joint degrees, and joint research on rice.",
            ["exchange of teachers", "joint degrees", "joint research on rice"],
        ),
        (
            "Under the terms of the MoU, both parties have committed to a series of cooperative "
            "actions, including the exchange of library content.",
            ["the exchange of library content"],
        ),
        (
            "Under the agreement, the two sides will share data on rice farming. Specifically, "
            "they aim to build a joint seed archive.",
            ["share data on rice farming", "build a joint seed archive"],
        ),
        (
            "Under the agreement, the two sides will share data on rice farming. Byeolbit Co. "
            "will also provide training to university staff.",
            ["share data on rice farming", "provide training to university staff"],
        ),
        (
            "Under the agreement, the two sides will share data on rice farming. Additionally, "
            "they will co-host a yearly seed forum.",
            ["share data on rice farming", "co-host a yearly seed forum"],
        ),
        (  # two sides by name, `also vowed to`, on a line of their own
            "Under the agreement, the two sides will share data on rice farming.\n"
            "Garam and Nuri also vowed to organize joint seed fairs.",
            ["share data on rice farming", "organize joint seed fairs"],
        ),
        (  # the role the page calls a side by, a nationality before it
            "Under the agreement, the two sides will share data on rice farming. The South "
            "Korean foundation will also send two instructors to Garam.",
            ["share data on rice farming", "send two instructors to Garam"],
        ),
        (
            "The MoU calls for joint research on rice. It also aims to enhance farm exchanges "
            "through training programmes for students.",
            [
                "joint research on rice",
                "enhance farm exchanges through training programmes for students",
            ],
        ),
    ],
)
def test_english_terms_more(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


def test_a_sides_own_share_before_the_speakers() -> None:
    """`Nuri Foundation will fund …`, `In addition, Garam University will open …`: each side's
    share, told with no lead; a side's plan after the first quoted speech is left out."""
    got = run(
        HEAD + "The MOU is meant to widen reading in the region.\n\n"
        "Nuri Foundation will fund a reading room for Garam University students.\n\n"
        "In addition, Garam University will open its library to Nuri Foundation members.\n\n"
        "“We are glad to work together,” said Kim Ha-na.\n\n"
        "Nuri Foundation will also host a gala next year.\n"
    ).commitments
    assert [c.text for c in got] == [
        "fund a reading room for Garam University students",
        "open its library to Nuri Foundation members",
    ]
