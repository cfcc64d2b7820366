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
