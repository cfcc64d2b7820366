"""Money values are summed in integers exactly as `decimal` sums them (its default context)."""

from __future__ import annotations

import random
from decimal import Decimal

from summarizer.facts.money import _decimal_amount, _korean_amount, _times

UNITS = ["조", "억", "천만", "만", "천", ""]


def _number(rng: random.Random) -> str:
    whole = str(rng.randint(0, 10 ** rng.randint(1, 30)))
    if rng.random() < 0.3:
        whole = f"{int(whole):,}"
    if rng.random() < 0.4:
        whole += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 16)))
    return whole


def test_korean_amounts_match_decimal() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = " ".join(_number(rng) + rng.choice(UNITS) for _ in range(rng.randint(1, 4)))
        from summarizer.facts.money import _PART

        assert _korean_amount(text) == _decimal_amount(_PART.findall(text)), text


def test_scaled_amounts_match_decimal() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        num, scale = _number(rng), rng.choice([1, 10**6, 10**9, 10**12])
        assert _times(num, scale) == int(Decimal(num.replace(",", "")) * scale), (num, scale)


def test_a_very_long_number_is_no_error() -> None:
    digits = "7" * 5000
    assert _korean_amount(digits + "억") == _decimal_amount([(digits, "억")])
    assert _times(digits, 10**6) == int(Decimal(digits) * 10**6)
