"""English dates around a comma: a year glued to the comma (`October 12,2015`) is read whole, never
as the day 1; two full dates joined by `, to` / `, through` are one range, as `부터…까지` is.

Every snippet is written for these tests (invented names and dates); each describes a form.
"""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs, reference_day

REF = date(2021, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted October 12,2015 by the city desk.", [("October 12,2015", "2015-10-12")]),
        ("The fair opened on Sept. 3,2019 in Nuri.", [("Sept. 3,2019", "2019-09-03")]),
        # a number after the comma that is no year stays out of the date
        ("Dara counted May 12,500 visitors.", []),
        # the usual spacing is read as before
        ("The pact was signed on May 12, 2015.", [("May 12, 2015", "2015-05-12")]),
    ],
)
def test_a_year_glued_to_the_comma(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "date", REF) == expected


def test_a_year_glued_to_the_comma_dates_the_page() -> None:
    assert reference_day(
        "Nuri and Dara sign pact\n\nOctober 12,2015\n\nThe two cities signed."
    ) == ("2015-10-12")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The forum runs from Oct. 29, 2020, to Oct. 30, 2020, in Nuri.",
            "Oct. 29, 2020, to Oct. 30, 2020",
            "2020-10-29/2020-10-30",
        ),
        (
            "The program runs from June 1, 2021, through June 5, 2021.",
            "June 1, 2021, through June 5, 2021",
            "2021-06-01/2021-06-05",
        ),
    ],
)
def test_two_full_dates_joined_after_a_comma_are_one_range(
    text: str, span: str, value: str
) -> None:
    assert pairs(text, "date", REF) == [(span, value)]


def test_a_comma_before_other_words_joins_nothing() -> None:
    assert pairs("Signed on May 5, 2021, to the delight of Nuri.", "date", REF) == [
        ("May 5, 2021", "2021-05-05")
    ]
