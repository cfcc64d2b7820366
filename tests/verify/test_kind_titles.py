"""A title made of a party's kind names that party, and only when one party is of that kind."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.kind_titles import kind_party

NAMES = [{"햇살경찰서"}, {"햇살소방서"}, {"달빛군"}]


def _party(text: str, names: list[set[str]]) -> int | None:
    ev = Evidence(text=text, facts=extract_facts(text.encode("utf-8"), reference_date="2025-03-04"))
    at = text.index("박바다")
    return kind_party(ev, Span(text="박바다", start=at, end=at + 3), names)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("박바다 경찰서장은 “함께 하겠다”고 했다.", 0),
        ("박바다 소방서장과 함께", 1),
        ("박바다 군수는 말했다.", 2),
        ("박바다 부군수는 말했다.", None),  # a deputy is not the county's head
        ("박바다 교수는 말했다.", None),
        ("박바다 서장은 말했다.", None),  # `서장` alone names no kind
    ],
)
def test_a_kind_title_names_the_one_party_of_that_kind(text: str, party: int | None) -> None:
    assert _party(text, NAMES) == party


def test_two_parties_of_the_same_kind_name_none() -> None:
    names = [{"햇살경찰서"}, {"달빛경찰서"}]
    assert _party("박바다 경찰서장은 말했다.", names) is None
