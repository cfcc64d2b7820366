"""English releases: speakers after the quote, partial quotes, `of A, B and C` names, desk blocks."""

from __future__ import annotations

import pytest
from structure_helpers import fact, run

SIGNING = (
    "PRESS RELEASE\n\nTwo bodies join hands\n\n"
    "The Ministry of Oceans, Fisheries and Ports (MOFP) signed an agreement with the "
    "Harbor Logistics Association (HLA) on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("line", "speaker", "title"),
    [
        (
            '"Ports are where our exports begin, and we will keep them open," '
            "Deputy Minister for Ports Park Min-ho said at the ceremony.",
            "Park Min-ho",
            "Deputy Minister for Ports",
        ),
        (
            'HLA Chairman Yoon Ga-ram added that the association would "open its data to every member."',
            "Yoon Ga-ram",
            "Chairman",
        ),
    ],
)
def test_english_quote_forms(line: str, speaker: str, title: str) -> None:
    quotes = run(SIGNING + line + "\n").quotes
    assert [(q.speaker, q.title) for q in quotes] == [(speaker, title)]


def test_comma_inside_an_of_list_stays_in_the_name() -> None:
    names = [p.name for p in run(SIGNING).parties]
    assert names == ["Ministry of Oceans, Fisheries and Ports", "Harbor Logistics Association"]


def test_desk_and_person_over_the_phone_line() -> None:
    text = SIGNING + (
        "For further information, please contact:\n"
        "Port Policy Division, MOFP\n"
        "Deputy Director Song Ha-eun\n"
        "Tel: +82-44-200-1234 / E-mail: hsong@example.kr\n"
    )
    facts = [fact(text, "phone", "+82-44-200-1234", "+82442001234")]
    contacts = run(text, facts).contacts
    assert [(c.department, c.role, c.name, c.phone) for c in contacts] == [
        ("Port Policy Division, MOFP", "Deputy Director", "Song Ha-eun", "+82442001234")
    ]


def test_a_minister_speaks_for_the_one_ministry() -> None:
    line = (
        '"Open ports keep our exporters moving every single day," '
        "Vice Minister for Ports Park Min-ho said."
    )
    quotes = run(SIGNING + line + "\n").quotes
    assert [q.org for q in quotes] == ["Ministry of Oceans, Fisheries and Ports"]
