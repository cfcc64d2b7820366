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


@pytest.mark.parametrize("joined", ["체결하면서", "체결하고", "맺으며", "열고"])
def test_a_date_whose_clause_joins_a_planned_one_takes_no_tense(joined: str) -> None:
    # the plan is the later clause's; the date's own clause, joined to it, tells no tense
    text = f"가람시는 20일 누리공단과 협약을 {joined} 공동 사업을 추진할 계획이다."
    assert tense_after(text, text.index("일") + 1) is None
