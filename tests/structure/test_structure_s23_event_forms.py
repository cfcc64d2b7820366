"""Event forms from a fresh set of real pages (issue 8, helper s23-event), in our own invented
texts: an English venue that is an institution named after `at the` (`at the Ministry of
Tourism`), with or without its city."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"  # a Thursday

EN_INSTITUTIONS = [
    (
        "a ministry after the day, as `3rd March 2025`",
        "Gaon and Nuri sign tourism MoU\nThe MoU was signed during the visit of the Gaonian envoy "
        "to Nuria on 3rd March 2025 at the Ministry of Tourism.\n",
        "Ministry of Tourism",
    ),
    (
        "a ministry and its city, before the day",
        "Gaon signs MOU with Nuri\nThe signing ceremony took place at the Ministry of Foreign "
        "Affairs in Dara on March 3.\n",
        "Ministry of Foreign Affairs, Dara",
    ),
    (
        "an institute with `and` in its name",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an agreement with Nuri Bank at the Institute "
        "for Science and Technology on March 3.\n",
        "Institute for Science and Technology",
    ),
]


@pytest.mark.parametrize(
    ("why", "page", "place"), EN_INSTITUTIONS, ids=[p[0] for p in EN_INSTITUTIONS]
)
def test_english_institution_venue(why: str, page: str, place: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == place, why
