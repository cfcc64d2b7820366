"""English page headers that date the page: a byline stamp with a dash before its clock
(`April 1, 2024 - 14:28 By Kim Ga-on`) and a date field with the header's next field glued on
(`Date:2015-10-17Source:…`).

Every snippet is written for these tests, after forms seen on real pages."""

from __future__ import annotations

import pytest

from summarizer.facts import find_reference_date


def _got(text: str) -> str | None:
    found = find_reference_date(text)
    if found is None:
        return None
    r = found.reference
    return f"{r.year:04d}-{r.month:02d}-{r.day:02d}"


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
    assert _got(text) == want
