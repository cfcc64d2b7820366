"""Prose clauses: a short tail joined by -고 without a comma stays in its item."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = "세 기관 협약\n\n한빛시(이하 시)는 누리대학교(이하 누리대)와 청년 창업 협약을 맺었다.\n\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "협약에 따라 누리대는 창업 공간을 학생에게 개방하고 멘토링을 맡는다.",
            ["창업 공간을 학생에게 개방하고 멘토링을 맡는다"],
        ),
        (
            "협약에 따라 시는 창업 지원금을 마련하고, 누리대는 창업 강좌를 신설한다.",
            ["창업 지원금을 마련", "창업 강좌를 신설"],
        ),
    ],
)
def test_short_tail_joins(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want
