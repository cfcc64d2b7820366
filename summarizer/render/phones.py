"""Phone numbers in international form (+82 44-204-7920), from the fact value when there is one."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.models import Fact


def _group_national(national: str) -> str:
    """Hyphenate a national number that starts with 0: area code, exchange, line."""
    area = 2 if national.startswith("02") else 3
    rest = national[area:]
    if len(rest) == 7:
        return f"{national[:area]}-{rest[:3]}-{rest[3:]}"
    if len(rest) == 8:
        return f"{national[:area]}-{rest[:4]}-{rest[4:]}"
    return f"{national[:area]}-{rest}" if rest else national


def from_e164(value: str) -> str | None:
    """`+82442047920` -> `+82 44-204-7920`; None when not a Korean E.164 number."""
    digits = re.sub(r"\D", "", value)
    if not value.startswith("+82") or len(digits) < 9:
        return None
    return "+82 " + _group_national("0" + digits[2:])[1:]


def from_written(text: str) -> str | None:
    """`044-204-7920`, `(044) 204-7920`, `02)880-1234` -> international; None for service numbers."""
    folded = unicodedata.normalize("NFKC", text)
    if folded.strip().startswith("+"):
        digits = re.sub(r"\D", "", folded)
        return from_e164("+" + digits)
    groups = re.findall(r"\d+", folded)
    if not groups or not groups[0].startswith("0"):
        return None  # 1357, 1588-1234: domestic service numbers have no international form
    if len(groups) >= 3:
        return "+82 " + "-".join([groups[0][1:], *groups[1:3]])
    return "+82 " + _group_national("".join(groups))[1:]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def international(written: str | None, facts: list[Fact] | None = None) -> str | None:
    """The international form of a contact's phone; prefers the matching phone fact's value."""
    if not written:
        return None
    want = _digits(written)
    for fact in facts or []:
        if fact.kind == "phone" and fact.value and _digits(fact.text) == want:
            formatted = from_e164(fact.value)
            if formatted:
                return formatted
            return fact.value
    return from_written(written) or written.strip()


__all__ = ["from_e164", "from_written", "international"]
