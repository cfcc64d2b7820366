"""English agreement forms met on real pages (snippets written for these tests): a name's own
`and` or `for` told by its acronym, a coined short name the page uses again alone, an embassy
named by its country, signers described by what they represent, a firm's role before its name,
a report of the signing, a head named with his body's acronym, a body placed in its city, the
city or hall of the signing, a speaker beside his post after the quote, and the agreement's
named examples."""

from __future__ import annotations

import pytest
from structure_helpers import run
from structure_helpers import run_names as _names

from summarizer.structure.en_names import spells


@pytest.mark.parametrize(
    ("name", "acronym", "want"),
    [
        ("Nuri Council for Arts and Culture", "NCAC", True),
        ("Culture", "NCAC", False),
        ("Gaon Science and Engineering Foundation", "GOSEF", False),
        ("Korea Science and Engineering Foundation", "KOSEF", True),
        ("U.S. Army Corps of Engineers", "USACE", True),
        ("Garam Research Foundation of Nuri", "GRF", True),
    ],
)
def test_an_acronym_spelled_by_a_name(name: str, acronym: str, want: bool) -> None:
    assert spells(name, acronym) is want


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (  # the bracket's acronym spells the name across its own `and`
            "The Nuri Council for Arts and Culture (NCAC) and the Garam Cultural Centre of the "
            "Embassy of the Republic of Korea have signed Memorandum of Understanding to promote "
            "cultural exchanges.",
            [
                "Nuri Council for Arts and Culture",
                "Garam Cultural Centre of the Embassy of the Republic of Korea",
            ],
        ),
        (  # a coined short name the page uses again on its own: a body of its own
            "The Gaon Corps of Engineers and B-water signed a new memorandum of understanding "
            "on April 16. B-water will host the first meeting.",
            ["Gaon Corps of Engineers", "B-water"],
        ),
        (  # an embassy keeps the country that names it
            "The Nuri Council (NC) and the Garam Cultural Centre of the Embassy of the Republic "
            "of Korea have signed a memorandum of understanding.",
            ["Nuri Council", "Garam Cultural Centre of the Embassy of the Republic of Korea"],
        ),
        (  # a firm's role before its name, on both sides
            "South Korean gas importing giant Garamgas has signed a memorandum of understanding "
            "with US contractor Nuri Service to work on storage technology.",
            ["Garamgas", "Nuri Service"],
        ),
        (  # a report of the signing with its day and an auxiliary
            "Toward that end, Garam2 announced on March 24 that it had signed a memorandum of "
            "understanding with Innovation Nuri and BYEOLWEP.",
            ["Garam2", "Innovation Nuri", "BYEOLWEP"],
        ),
        (  # each head named with his body, one with its acronym before his title
            "On October 25, GAIST President Nuri Kang and Technical University Byeol (TUB) "
            "Senior Vice President Garam P. Lee signed a memorandum of understanding at the "
            "Embassy of Byeol in Seoul.",
            ["GAIST", "Technical University Byeol"],
        ),
        (  # a dateline closed up by three hyphens; a body placed in its city
            "NEW YORK---The Gaon Museum of Art in New York and the Ministry of Culture, Sports "
            "and Tourism of the Republic of Korea signed a memorandum of understanding today at "
            "the Museum.",
            ["Gaon Museum of Art", "Ministry of Culture, Sports and Tourism"],
        ),
        (  # `for` before a capital is the name's own, not the slot's end
            "A Memorandum of Understanding was signed early this month between the Gaon "
            "Foundation for Research and Technology - Byeol (GFRTB) and the Nuri Science "
            "Foundation (NSF), with a view to promoting joint research.",
            ["Gaon Foundation for Research and Technology - Byeol", "Nuri Science Foundation"],
        ),
    ],
)
def test_english_sides(lead: str, want: list[str]) -> None:
    assert _names(lead + "\n") == want


def test_signers_described_by_what_they_represent_are_no_sides() -> None:
    text = (
        "Today, two leading fuel cell and hydrogen energy trade associations representing the "
        "United States and the Republic of Korea entered into a Memorandum of Understanding "
        "(MoU) pledging to increase collaboration.\n"
        "Gaon Kim, President of the U.S.-based Nuri Cell and Energy Association (NCEA) and "
        "Chairman Byeol Lee of Korea's Garam Alliance (GA) signed the MoU on behalf of their "
        "organizations.\n"
    )
    assert _names(text) == ["Nuri Cell and Energy Association", "Garam Alliance"]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (  # the signing's own city, the sentence telling what follows from it
            "The Garam Hospital and Nuri city will work together in training medical experts "
            "following a memorandum of understanding signed in Hanoi on July 17.",
            "Hanoi",
        ),
        (  # a city in another script's letters
            "Garam Hospital and Nuri City signed a Memorandum of Understanding on training "
            "cooperation in Hà Nội on July 17, 2019.",
            "Hà Nội",
        ),
        (  # a body's hall, then its city and country, then the day
            "The Gaon Corps of Engineers and B-water signed a new Memorandum of Understanding "
            "in an event at B-water's Research Institute in Daejeon, South Korea, on April 16, "
            "2025.",
            "B-water's Research Institute, Daejeon, South Korea",
        ),
    ],
)
def test_english_venues(lead: str, want: str) -> None:
    event = run(lead + "\n").event
    assert event is not None and event.place == want


def test_the_city_of_a_signing_told_beside_a_speaker() -> None:
    text = (
        "The Nuri Council (NC) and the Garam Centre have signed a memorandum of understanding.\n"
        "The Director General of NC, Gaon Park, while signing the MoU in Abuja, stated that it "
        "marked a beginning.\n"
    )
    event = run(text).event
    assert event is not None and event.place == "Abuja"


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        ("Garam Chae, CEO of Nurigas said.", "Garam Chae"),
        ("said Byeol Air’s Chairman and CEO, Nuri Ha Kim.", "Nuri Ha Kim"),
    ],
)
def test_a_speaker_beside_his_post_after_the_quote(tail: str, want: str) -> None:
    text = (
        "Nurigas has signed a memorandum of understanding with Byeol Air on storage.\n"
        "“We are pursuing new technologies for hydrogen shipping and storage together,” "
        + tail
        + "\n"
    )
    assert [q.speaker for q in run(text).quotes] == [want]


def test_the_named_examples_of_a_series_keep_their_own_and() -> None:
    text = (
        "The Nuri Association and the Garam Alliance signed a memorandum of understanding.\n"
        "The MoU outlines different areas of cooperation, including information-sharing, codes "
        "and standards advancement, message development, and encouraging growth of the fuel "
        "cell industry.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert "codes and standards advancement" in got
    assert "codes" not in got and "standards advancement" not in got


def test_the_agreement_as_subject_of_its_aim() -> None:
    text = (
        "Nuri, May 15, 2024 - As part of its plans, Garam University (GU) has signed a "
        "Memorandum of Understanding (MoU) with the Nuri Institute of Science (NIS).\n"
        "The agreement was signed at the end of a visit.\n"
        "This strategic partnership will facilitate academic and research exchange between "
        "faculty, researchers, and students of both institutions.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert any(t.startswith("academic and research exchange between faculty") for t in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a room fronted before the signing's clause
            "In the conference room of the Gaon Institute for Eastern Studies (GIES) in Nuridong "
            "in Seoul, GIES and Byeol University signed an MOU on July 3, 2021.\n",
            "conference room of the Gaon Institute for Eastern Studies",
        ),
        (  # a hall named in lower case with a floor's number; the `in` after is a side's city
            "Garam Hospital signed a memorandum of understanding on July 21, 2022 at the "
            "hospital’s 10th floor auditorium with the Consulate of Nuri in Busan.\n",
            "hospital’s 10th floor auditorium",
        ),
    ],
)
def test_english_halls(text: str, want: str) -> None:
    event = run(text).event
    assert event is not None and event.place == want


def test_a_surname_filled_out_with_a_hyphened_given_name() -> None:
    text = (
        "On October 25, GAIST President Sung-Mo Kang and Byeol University President Garam Lee "
        "signed a memorandum of understanding.\n"
        "At the signing, President Kang said, “The two universities will create momentum to "
        "spur startups together.”\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["Sung-Mo Kang"]
