"""Forms of real pages the verifier misread on careful answers (round s25), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.verify.numbers import korean_numbers

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks


@pytest.mark.parametrize(
    ("korean", "value"),
    [
        ("1천500억원", 1.5e11),  # wire style: 천 inside the 억 group, not 1천 + 500억
        ("2천500만 원", 2.5e7),
        ("1조 2천500억원", 1.25e12),
        ("3억 2천만 원", 3.2e8),
        ("4천 원", 4e3),
    ],
)
def test_thousands_inside_a_myriad_group(korean: str, value: float) -> None:
    (n,) = korean_numbers(korean)
    assert n.value == value


def test_english_amount_of_a_thousands_myriad_group_agrees() -> None:
    text = "가람시는 16일 누리재단과 1천500억원 규모의 투자협약을 했다.\n"
    found = _checks(
        _brief(
            parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}],
            headline_en="Garam City signed a 150 billion won investment agreement with Nuri Foundation.",
        ),
        text,
    )
    assert not [c for c in found if c.field == "headline_en" and c.status == "unsupported"], [
        (c.field, c.note) for c in found if c.field == "headline_en"
    ]
