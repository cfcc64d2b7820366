"""The clause after a date: a date that ends its line says nothing of tense, on CRLF pages too."""

from __future__ import annotations

import pytest

from summarizer.facts.tense import tense_after


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_date_at_a_line_end_takes_no_tense_from_the_next_line(newline: str) -> None:
    text = f"협약일 2025. 5. 20.{newline}Both sides signed the agreement."
    end = text.index(newline)
    assert tense_after(text, end) is None


def test_the_clause_after_a_date_on_its_line_gives_the_tense() -> None:
    text = "가람시는 20일 누리공단과 협약을 체결했다.\r\n"
    assert tense_after(text, text.index("일") + 1) == "past"
