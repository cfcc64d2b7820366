"""English pledges seen on real pages (own snippets, invented places): numbered steps under
`both parties commit to …:`, `The two mayors agreed to …`, `cooperate in A, B and C` with
`including …` examples, `-- A and B agreed Monday to`, `The pact …, which calls for`."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.en_commitments import english_commitments
from summarizer.structure.lines import Mask


def test_numbered_steps_under_a_commit_to_lead_keep_near_alike_items() -> None:
    text = (
        "Harbor towns sign a memorandum\n\n"
        "The State of Wellmore and Pine Harbor City signed an agreement on trade.\n\n"
        "The text of the agreement is below:\n\n"
        "Wishing to deepen ties, both parties commit to taking the following steps:\n\n"
        "1.    Support visits by delegations of both towns to the other.\n\n"
        "2.    Exchange market data on seafood with local firms.\n\n"
        "3.    Sponsor visits by delegations of both towns to the other side.\n\n"
        "The contacts for the parties are as follows:\n\n"
        "a.    For the State: the trade office\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == [
        "Support visits by delegations of both towns to the other",
        "Exchange market data on seafood with local firms",
        "Sponsor visits by delegations of both towns to the other side",
    ]


EN = [
    (
        "the mayors as the parties together",
        "Pine Harbor signed an MOU with Wellmore. The two mayors agreed to open a ferry "
        "link between the two ports.\n",
        ["open a ferry link between the two ports"],
    ),
    (
        "cooperate in A, B and C: the fields, with examples that close on their `and`",
        "Under the MOU, Pine Harbor, Wellmore and Eastvale agreed to cooperate in a joint "
        "answer to shared issues, including tides and dredging, support for exchanges in "
        "the fields of music, sport, youth and welfare, and joint hosting of fairs.\n",
        [
            "a joint answer to shared issues, including tides and dredging",
            "support for exchanges in the fields of music, sport, youth and welfare",
            "joint hosting of fairs",
        ],
    ),
    (
        "`as well as` opens an item's examples",
        "The pact, signed in Oslo, which calls for research on hull coatings, as well as "
        "sensors, drones and other port tools, according to the ministry.\n",
        ["research on hull coatings, as well as sensors, drones and other port tools"],
    ),
    (
        "a lead after a dash, with the weekday between the verb and `to`",
        "OSLO, May 2 (Wire) -- Korea and Norway agreed Monday to share ocean data on "
        "fish stocks, the ministry said.\n",
        ["share ocean data on fish stocks"],
    ),
    (
        "an adverb before the last verb still parts the items",
        "Under the agreement, the two sides will build a data network for port staff, and "
        "closely cooperate on safety drills.\n",
        ["build a data network for port staff", "closely cooperate on safety drills"],
    ),
    (
        "lettered areas belong to the item before them",
        "The new MOU aims to promote cooperation in areas that serve residents, in the "
        "following areas: a) safety, b) tourism c) culture.\n",
        [
            "promote cooperation in areas that serve residents, in the following areas: "
            "a) safety, b) tourism c) culture"
        ],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), EN, ids=[c[0] for c in EN])
def test_english_pledge_forms(why: str, text: str, want: list[str]) -> None:
    got = english_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_the_main_contents_of_the_mou_and_it_includes() -> None:
    text = (
        "The main contents of the MOU include training on port safety, exchange of "
        "inspectors, sharing hull data and holding yearly meetings. In addition, it "
        "includes checking the terms each year and finding new joint tasks.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "training on port safety",
        "exchange of inspectors",
        "sharing hull data",
        "holding yearly meetings",
        "checking the terms each year",
        "finding new joint tasks",
    ]


def test_the_key_elements_of_the_cooperation_include() -> None:
    text = (
        "Key elements of cooperation include hosting a yearly fair through the Gaon network, "
        "printing news about the fund's projects in the Nuri Daily and running joint classes "
        "on the Nuri platform.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "hosting a yearly fair through the Gaon network",
        "printing news about the fund's projects in the Nuri Daily",
        "running joint classes on the Nuri platform",
    ]
