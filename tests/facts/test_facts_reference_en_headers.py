"""English page headers that date the page: a byline stamp with a dash before its clock
(`April 1, 2024 - 14:28 By Kim Ga-on`) and a date field with the header's next field glued on
(`Date:2015-10-17Source:…`).

Every snippet is written for these tests, after forms seen on real pages."""

from __future__ import annotations

import pytest
from facts_helpers import reference_day


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Garam signs MOU\n\nApril 1, 2024 - 14:28 By Kim Ga-on\n\nGaram City signed.",
            "2024-04-01",
        ),
        ("Nuri MOU\n\nDate:2015-10-17Source:Nuri News Author:Lee Clicks:25\n\nBody.", "2015-10-17"),
    ],
)
def test_english_header_dates(text: str, want: str) -> None:
    assert reference_day(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a release's dateline, its date bracketed before the dash that opens the story
        "Garam Signs MOU with Nuri\n\nGARAMTON, MD (March 14, 2024) – The Governor joined ...\n",
        # the place in mixed case, the wire's name bracketed after the date
        "Garam and Nuri sign a project\nNuri City, March 14, 2024 (GNA) – The ministry and ...\n",
        "Nuri City, March 14, 2024 -- The ministry and the agency signed ...\n",
    ],
)
def test_a_dateline_before_the_dash_dates_the_page(text: str) -> None:
    assert reference_day(text) == "2024-03-14"


def test_a_place_and_a_date_in_a_sentence_is_no_dateline() -> None:
    text = "Garam and Nuri\nThe pact was signed in Nuri City, March 14, 2024, at the hall.\n"
    assert reference_day(text) is None
