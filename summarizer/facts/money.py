"""Amounts of money: `1,200억 원`, `4억 8,000만 원`, `500만 달러`, integer value in its currency (ISO code)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.facts.anchored import anchored_finditer, digit_runs_before
from summarizer.facts.candidates import Candidate
from summarizer.facts.normalize import lowered_holds
from summarizer.lazy import lazy_compile

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNITS = {"조": 10**12, "억": 10**8, "천만": 10**7, "만": 10**4, "천": 10**3}
_CURRENCY = {"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY", "파운드": "GBP"}
# Opens with a plain digit class so the engine can skip ahead fast.
# (the lookahead: a number with no unit, 여 or currency after it is refused at once, not again at
# every shorter length of its digits)
_KO = re.compile(
    r"(?P<amount>\d(?<![\d.,]\d)(?=[\d,.]*+[ \t]*+[천조억만여원달유엔위파])[\d,]*(?:\.\d+)?(?:[ \t]*(?:천만|[조억만천])(?:[ \t]*\d[\d,]*(?:\.\d+)?)?)*)"
    r"[ \t]*(?:여[ \t]*)?(?P<cur>원(?!칙|장|인|자력|형|리)|달러|유로|엔(?![가-힣])|위안|파운드)"
)
# The currency a Korean amount ends with, after a digit, a unit, `여` or a space: `_KO`'s
# matches found from it (a page has many digits, few amounts); everything of the amount before
# it is digits, `,`, `.`, spaces, units and `여`.
_AMOUNT_CHARS = "\\d천조억만여 \t,."
_CURRENCY_MARK = re.compile(
    "|".join(
        f"{c}(?<=[{_AMOUNT_CHARS}]{c})" for c in ("원", "달러", "유로", "엔", "위안", "파운드")
    )
)
_AMOUNT_BETWEEN = frozenset(" \t,.천조억만여")


def _amount_starts(s: str, k: int) -> list[int]:
    return digit_runs_before(s, k, _AMOUNT_BETWEEN)


def _ko_matches(s: str) -> Iterator[re.Match[str]]:
    """`_KO.finditer(s)`, from each currency after an amount's last character."""
    return anchored_finditer(_KO, _CURRENCY_MARK, _amount_starts, s)


_PART = lazy_compile(r"(" + _NUM + r")[ \t]*(천만|[조억만천]?)")
_EN = lazy_compile(
    r"(?<![\w.])(?P<cur>US\$|\$|₩|KRW[ \t]?|USD[ \t]?)(?P<num>" + _NUM + r")"
    r"(?:[ \t]*(?P<scale>million|billion|trillion|bn|mn))?(?![\w])",
    re.I,
)
_CODE = lazy_compile(r"krw|usd", re.I)  # `_EN`'s currency codes, in any case as it reads them


def _has_code(s: str) -> bool:
    """`_CODE.search(s)`, asked of the lower-cased text (a case-blind pattern is tried at every
    character; `in` skips ahead): every character the pattern takes lower-cases to its letter
    but `ſ`, which it takes for `s` and which is left to the pattern."""
    return lowered_holds(s, ("krw", "usd")) or ("ſ" in s and _CODE.search(s) is not None)


_SCALE = {"million": 10**6, "mn": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}


# Amounts are summed exactly in integers scaled by a power of ten, as `decimal` (28 digits) sums
# them while every coefficient fits; past that `decimal` rounds, and the sum is left to it. The
# `decimal` module and the `numbers` ABCs it loads cost ~6 M instructions at every start.
_DECIMAL_DIGITS = 28  # decimal's default context precision


def _scaled(num: str) -> tuple[int, int]:
    """`1,234.50` -> (123450, 2): the number's digits and how many follow the point."""
    whole, _, frac = num.replace(",", "").partition(".")
    return int(whole + frac), len(frac)


def _korean_amount(text: str) -> int | None:
    parts = _PART.findall(text)
    if any(len(num) > _DECIMAL_DIGITS for num, _ in parts):  # int() refuses ~4,300 digits
        return _decimal_amount(parts)
    terms = [(_scaled(num), _UNITS.get(unit, 1)) for num, unit in parts]
    point = max((places for (_, places), _ in terms), default=0)
    total = sum(digits * unit * 10 ** (point - places) for (digits, places), unit in terms)
    if len(str(total)) > _DECIMAL_DIGITS:
        return _decimal_amount(parts)
    return total // 10**point if total > 0 else None


def _decimal_amount(parts: list[tuple[str, str]]) -> int | None:
    """The sum as `decimal` works it out in its default context (rounding past 28 digits)."""
    from decimal import Decimal, InvalidOperation

    total = Decimal(0)
    for num, unit in parts:
        try:
            n = Decimal(num.replace(",", ""))
        except InvalidOperation:
            return None
        total += n * _UNITS.get(unit, 1)
    return int(total) if total > 0 else None


def _times(num: str, scale: int) -> int:
    """`int(Decimal(num) * scale)`."""
    if len(num) > _DECIMAL_DIGITS:
        from decimal import Decimal

        return int(Decimal(num.replace(",", "")) * scale)
    digits, places = _scaled(num)
    if len(str(digits * scale)) > _DECIMAL_DIGITS:
        from decimal import Decimal

        return int(Decimal(num.replace(",", "")) * scale)
    return digits * scale // 10**places


def find_money(s: str) -> list[Candidate]:
    """Money candidates in the prepared text `s`."""
    out: list[Candidate] = []
    for m in _ko_matches(s):
        amount = m.group("amount")
        if amount.endswith(","):
            continue
        value = _korean_amount(amount)
        if value is None:
            continue
        cur = _CURRENCY[m.group("cur")]
        if (written := _written(value)) is not None:
            out.append(Candidate(m.start(), m.end(), "money", written, currency=cur))
    if "$" not in s and "₩" not in s and not _has_code(s):  # the pattern's currencies
        return out
    for m in _EN.finditer(s):
        cur = m.group("cur").strip().upper()
        code = "KRW" if cur in ("₩", "KRW") else "USD"
        scale = _SCALE.get((m.group("scale") or "").lower(), 1)
        value = _times(m.group("num"), scale)
        if (written := _written(value)) is not None:
            out.append(Candidate(m.start(), m.end(), "money", written, currency=code))
    return out


def _written(value: int) -> str | None:
    """`str(value)`, or None for an amount of more digits than Python writes out (4,300 by
    default: `int` refuses, a ValueError that ended the whole extraction on a page holding a
    run of thousands of digits before `원`): no amount anyone writes."""
    try:
        return str(value)
    except ValueError:
        return None


__all__ = ["find_money"]
