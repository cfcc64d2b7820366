"""Date ranges written with a hyphen (issue 8, helper s23-event), in our own invented texts:
`8.30-9.6` running into the next month (its last day a single digit), and full dates glued to
the hyphen (`2024.03.01-2024.03.31`); decimals stay decimals."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-14"


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [
        (f.text, f.value)
        for f in facts_record(text.encode(), reference_date=REF).facts
        if f.kind == "date"
    ]


RANGES = [
    (
        "into the next month, in brackets",
        "누리박람회(8.30-9.6) 개최",
        ("8.30-9.6", "2025-08-30/2025-09-06"),
    ),
    ("into the next month, after a label", "기간: 8.30~9.6", ("8.30~9.6", "2025-08-30/2025-09-06")),
    (
        "full dates glued to the hyphen",
        "기간: 2024.03.01-2024.03.31",
        ("2024.03.01-2024.03.31", "2024-03-01/2024-03-31"),
    ),
    (
        "full dates with dots glued to the hyphen",
        "협약기간: 2024.03.01.-2026.02.28.",
        ("2024.03.01.-2026.02.28.", "2024-03-01/2026-02-28"),
    ),
    (
        "ISO dates glued to the hyphen",
        "기간: 2024-03-01-2024-03-31",
        ("2024-03-01-2024-03-31", "2024-03-01/2024-03-31"),
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), RANGES, ids=[r[0] for r in RANGES])
def test_range(why: str, text: str, want: tuple[str, str]) -> None:
    assert _dates(text) == [want], why


NOT_RANGES = [
    ("a range of rates", "금리는 8.30-9.6% 수준이다."),
    ("a rise in a ratio, the later number the smaller's month", "지수는 2.25-1.5 사이였다."),
]


@pytest.mark.parametrize(("why", "text"), NOT_RANGES, ids=[r[0] for r in NOT_RANGES])
def test_not_range(why: str, text: str) -> None:
    assert _dates(text) == [], why
