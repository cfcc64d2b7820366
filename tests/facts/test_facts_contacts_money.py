"""E-mails, URLs and money amounts."""

from __future__ import annotations

import pytest
from facts_helpers import pairs


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("한예린 기자 yerin.han@newsdaily.co.kr", "yerin.han@newsdaily.co.kr"),
        ("이메일 voucher-help@kosmes.or.kr, 전화", "voucher-help@kosmes.or.kr"),
        ("Email: media_team@trade.org.", "media_team@trade.org"),
        # a byline that glues the address to `기자` (Hangul is no part of an address)
        ("가람일보 김바다기자bada.kim@garam.example.com", "bada.kim@garam.example.com"),
        ("문의:누리재단홍보팀press@nuri.example.kr", "press@nuri.example.kr"),
    ],
)
def test_emails_as_written(text: str, span: str) -> None:
    assert pairs(text, "email") == [(span, span)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("누리집(https://www.smes.go.kr)에서 신청", "https://www.smes.go.kr"),
        ("누리집(www.kgip.or.kr)에서", "www.kgip.or.kr"),
        (
            "자세한 내용은 http://example.org/a/b?id=2024-05-01.",
            "http://example.org/a/b?id=2024-05-01",
        ),
    ],
)
def test_urls(text: str, span: str) -> None:
    assert pairs(text, "url") == [(span, span)]


def test_numbers_inside_urls_and_emails_are_no_other_facts() -> None:
    text = "링크 https://news.example.com/2024/05/21/02-123-4567 와 a2024.07.17@x.com"
    kinds = {f for f, _ in [(k, None) for k in ("date", "phone", "time")] if pairs(text, f)}
    assert kinds == set()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("총 1,200억 원 규모", "1,200억 원", "120000000000"),
        ("예산은 4억 8,000만 원이다", "4억 8,000만 원", "480000000"),
        ("한도 3,000만 원", "3,000만 원", "30000000"),
        ("참가비 5,000원", "5,000원", "5000"),
        ("예산 5천만 원", "5천만 원", "50000000"),
        ("1.5조 원 투입", "1.5조 원", "1500000000000"),
    ],
)
def test_money_in_won(text: str, span: str, value: str) -> None:
    assert pairs(text, "money") == [(span, value)]


def test_money_in_other_currencies_names_the_currency() -> None:
    from facts_helpers import facts

    [f] = facts("수출 실적 500만 달러 이하", "money")
    assert (f.text, f.value, f.currency) == ("500만 달러", "5000000", "USD")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a fund of USD 5 million", "5000000", "USD"),
        (
            "a fund of usd 5 million",
            "5000000",
            "USD",
        ),  # the code in any case, as the pattern reads it
        ("fees of krw 30,000 a head", "30000", "KRW"),
    ],
)
def test_money_by_currency_code_in_any_case(text: str, value: str, currency: str) -> None:
    from facts_helpers import facts

    [f] = facts(text, "money")
    assert (f.value, f.currency) == (value, currency)


def test_email_value_keeps_full_width_characters_as_written() -> None:
    text = "문의 ｐｒｅｓｓ＠ｅｘａｍｐｌｅ．ｃｏｍ 으로"
    assert pairs(text, "email") == [
        ("ｐｒｅｓｓ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｐｒｅｓｓ＠ｅｘａｍｐｌｅ．ｃｏｍ")
    ]
