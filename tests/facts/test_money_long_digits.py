"""A run of thousands of digits before a currency (benchmarks/bench_adversarial.py found it)
is no amount: left out, where `str(int)` raised a ValueError (past 4,300 digits) that ended the
whole extraction. Ordinary and long amounts are read as before."""

from __future__ import annotations

from summarizer import extract_facts
from summarizer.facts.money import find_money


def test_thousands_of_digits_before_a_currency_are_no_amount() -> None:
    for written in ("9" * 5000 + "억 원", "9" * 5000 + "달러", "$" + "9" * 5000 + " million"):
        page = f"가람시는 누리재단과 협약을 체결했다. 사업비는 {written}이다. 전화 02-123-4567."
        facts = extract_facts(page.encode()).facts
        assert not [f for f in facts if f.kind == "money"], written
        assert [f.value for f in facts if f.kind == "phone"] == ["+8221234567"]


def test_amounts_people_write_are_read_as_before() -> None:
    got = [(c.value, c.currency) for c in find_money("사업비 1,000억 원과 $5 million 규모")]
    assert got == [("100000000000", "KRW"), ("5000000", "USD")]
    long = "9" * 40  # past decimal's 28 digits: still an amount (rounded as decimal rounds)
    assert [c.currency for c in find_money(f"{long}원")] == ["KRW"]
