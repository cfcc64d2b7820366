"""Two countries as the parties of an English story that names no body signing."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"

PAIRS = [
    (
        "a headline's comma, then the verb",
        "S. Korea, Chile sign 12 MOUs on batteries\nCompanies of the two nations signed a total "
        "of 12 memorandums on Friday, the ministry said.\n",
        {"S. Korea", "Chile"},
    ),
    (
        "a compound of two countries before the agreement",
        "Talks near an end\nThe presidential office said the U.S.-Korea tariff MOU could be "
        "announced as early as this week, an aide told reporters.\n",
        {"U.S.", "Korea"},
    ),
    (
        "a subject and its partner after `with`",
        "Korea stresses trade in summit with Peru\nThe two presidents met on Monday and spoke "
        "of trade and investment for an hour.\n",
        {"Korea", "Peru"},
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), PAIRS, ids=[p[0] for p in PAIRS])
def test_country_pair(why: str, page: str, want: set[str]) -> None:
    parties = facts_record(page.encode(), reference_date=REF).structure.parties
    assert {p.name for p in parties} == want, why


def test_forms_of_one_country_are_aliases() -> None:
    page = (
        "Deal reached\nSouth Korea and the United States agreed on a joint fact sheet on "
        "Friday, officials said.\n"
    )
    parties = facts_record(page.encode(), reference_date=REF).structure.parties
    by_name = {p.name: p for p in parties}
    assert "United States" in by_name and "U.S." in by_name["United States"].aliases
    assert "South Korea" in by_name and "Korea" in by_name["South Korea"].aliases


def test_north_korea_and_a_demonym_are_no_pair_of_korea() -> None:
    page = (
        "Talks go on\nNorth Korea and Korean firms were named in a report on cooperation "
        "published on Friday.\n"
    )
    parties = facts_record(page.encode(), reference_date=REF).structure.parties
    assert not any(p.name == "Korea" for p in parties)


def test_a_body_signing_outranks_the_countries() -> None:
    page = (
        "Gaon Bank, Nuri Corp. sign MOU\nGaon Bank signed an MOU with Nuri Corp. on Tuesday "
        "during the Korea-Chile summit.\n"
    )
    names = {p.name for p in facts_record(page.encode(), reference_date=REF).structure.parties}
    assert "Chile" not in names and any("Gaon" in n for n in names)


def test_a_side_named_as_a_country_gets_its_other_forms() -> None:
    page = "S. Korea, Peru sign trade MOU\nThe two countries signed the MOU on Friday.\n"
    by_name = {p.name: p for p in facts_record(page.encode(), reference_date=REF).structure.parties}
    assert {"South Korea", "Korea"} <= set(by_name["S. Korea"].aliases)


def test_countries_read_for_their_governments_are_marked_unsure() -> None:
    page = "S. Korea, Chile sign 12 MOUs\nThe two nations signed 12 memorandums on Friday.\n"
    parties = facts_record(page.encode(), reference_date=REF).structure.parties
    assert parties and all(p.confidence == "low" for p in parties)
    assert all(p.why == "not an organisation" for p in parties)
