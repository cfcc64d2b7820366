"""Session 36 (dat36): the English day of the month read by its grammar (the part of the day
before it, a bracketed aside or the clause's verb after it), a regular verb's past before the
day's `on` as the day's tense.

Every snippet is written for these tests (invented names and dates); each describes a form.
"""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs

LATE_MONTH = date(2024, 7, 30)
NEXT_MONTH = date(2024, 8, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the part of the day before the day, as `20일 오전`
        (
            "The delegation visited Nuri College on the morning of the 20th to sign a pact.",
            "2024-07-20",
        ),
        ("The two mayors met on the evening of the 3rd, one day after arriving.", "2024-07-03"),
        # a bracketed aside after the day, as `5일(현지시간)`
        ("Gana and Dara signed an MOU on the 5th (local time) in Nuri.", "2024-07-05"),
        # the clause's verb after the day
        ("Nuri College, which the president visited on the 28th, is a young school.", "2024-07-28"),
        ("Dara Institute, which she visited on the 28th is known for nursing.", "2024-07-28"),
    ],
)
def test_an_english_day_of_the_month_read_by_its_grammar(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", LATE_MONTH)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was held on the 4th floor of the tower.",
        "A delegation arrived on the morning train.",
        "The forum took place on the 21st century campus.",
    ],
)
def test_ordinals_of_other_things_stay_no_dates(text: str) -> None:
    assert pairs(text, "date", LATE_MONTH) == []


def test_a_regular_verb_in_the_past_before_the_days_on_tells_a_past_day() -> None:
    # a page of 20 August: the 28th visited is July's, not August's
    text = "Gana University, which she visited on the 28th is a young school."
    assert [v for _, v in pairs(text, "date", NEXT_MONTH)] == ["2024-07-28"]


def test_a_passive_plan_before_the_days_on_is_no_past() -> None:
    text = "The agreement is to be concluded on the 28th at the city hall."
    assert [v for _, v in pairs(text, "date", NEXT_MONTH)] == ["2024-08-28"]
