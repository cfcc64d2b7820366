"""English agreement forms met on real pages (issue 8, helper s31-en; snippets written for these
tests): ministries told by their ministers' posts, a day written before its month after the
venue's city, a venue that ends where the clause's verb stands, a modal's `in` that is no venue,
`the two entities will …` continuing the terms, and the aim of the project an agreement funds."""

from __future__ import annotations

import pytest
from structure_helpers import run
from structure_helpers import run_names as _names

from summarizer.extract import facts_record

REF = "2024-09-10"


def _place(page: str) -> str | None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    return ev.place if ev else None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # a field before one post, `Minister for …` after the other's country
            "According to Gaon's Trade Ministry, Trade Minister Kim Ha-na and Nurian Minister for "
            "Energy and Mineral Resources Lee Byeol signed a memorandum of understanding on energy "
            "in Dara on Thursday.\n",
            ["Trade Ministry", "Ministry for Energy and Mineral Resources"],
        ),
        (  # the release's own ministry in brackets, the other post after its minister's name
            "The Ministry of Oceans (Minister Kim Ha-na) announced that Minister Kim Ha-na and Lee "
            "Byeol, Nuria's Minister of Fisheries and Ports, signed a memorandum of understanding "
            "on ports.\n",
            ["Ministry of Oceans", "Ministry of Fisheries and Ports"],
        ),
    ],
)
def test_ministries_told_by_their_ministers_posts(sentence: str, want: list[str]) -> None:
    text = "Gaon and Nuria sign ports MOU\n\n" + sentence + "The two sides will share data.\n"
    assert _names(text) == want


def test_posts_each_told_with_its_country_leave_the_countries() -> None:
    # (the countries sign: `Korean Industry Minister A and Chinese Commerce Minister B`)
    text = (
        "Gaonese Trade Minister Kim Ha-na and Nurian Energy Minister Lee Byeol signed a "
        "memorandum of understanding on energy in Dara on Monday.\n"
        "The two sides will share data.\n"
    )
    assert "Trade Ministry" not in _names(text)


def test_a_day_written_before_its_month_closes_the_city() -> None:
    page = (
        "Gaon and Nuria forestry MOU\n\n"
        "The two delegations met in Dara on 10 December 2014 and signed an MOU on forest "
        "plantation.\n"
    )
    assert _place(page) == "Dara"


def test_the_venue_ends_where_the_verb_stands() -> None:
    page = (
        "Gaon support for Nuri\n\n"
        "The Government of Nuri and the Embassy of Gaon in Nuri signed the Memorandum of "
        "Understanding (MoU) of the project Rural Development of Nuri through Strengthening "
        "Capacity of Dara University.\n\n"
        "The MoU was signed by Lee Byeol, Secretary of Finance, and Kim Ha-na, Ambassador of "
        "Gaon, on 6 February, 2018.\n"
    )
    # (`in Nuri` is where the embassy is; the verb closes it, and no venue is left)
    assert _place(page) is None


def test_an_in_after_a_modal_is_no_venue_of_the_signing() -> None:
    page = (
        "Gaon University and Nuri Academy agree to cooperate\n\n"
        "Gaon University and the Nuri Academy signed a memorandum of understanding on "
        "September 2, 2024.\n\n"
        'President Kim said, "I hope this signing will expand our ties with universities '
        'in Eastern Dara."\n'
    )
    assert _place(page) is None


def test_the_two_entities_go_on_with_the_terms() -> None:
    text = (
        "Gaon Federation and Nuri Association sign MOU\n\n"
        "Gaon Federation signed a memorandum of understanding with the Nuri Association on "
        "Thursday.\n"
        "Under the agreement, the two organizations will cooperate in expanding staff "
        "exchanges.\n"
        "The two entities will also share policies on labor shortages.\n"
    )
    terms = [c.text for c in run(text).commitments]
    assert any(t.startswith("share policies on labor shortages") for t in terms), terms


@pytest.mark.parametrize(
    "sentence",
    [
        "The project's major goal is to improve water supply in rural districts.",
        "Through this project Gaon Aid Agency aims to improve water supply in rural districts.",
    ],
)
def test_the_aim_of_the_project_the_agreement_funds(sentence: str) -> None:
    text = (
        "Gaon grant for Nuri water project\n\n"
        "The Gaon Aid Agency and the government of Nuri signed a grant agreement worth "
        "$5 million on Monday.\n" + sentence + "\n"
    )
    terms = [c.text for c in run(text).commitments]
    assert any(t.startswith("improve water supply in rural districts") for t in terms), terms
