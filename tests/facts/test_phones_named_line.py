"""A short service number written before the line it names (`‘117 학교폭력 신고센터’`,
`1388 청소년상담전화`), in our own invented texts; counts and years before such a word stay out."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

FOUND = [
    ("가람시는 ‘117 학교폭력 신고센터’ 상담 인력을 대상으로 연수를 진행한다.\n", "117"),
    ("누리재단은 1388 청소년상담전화를 함께 알린다.\n", "1388"),
    ("별빛구는 120 다산콜센터와 협력한다.\n", "120"),
]
LEFT = [
    "전국 150 상담센터가 문을 열었다.\n",
    "가람시 신고센터 117곳을 늘렸다.\n",
    "2117 신고센터를 열었다.\n",
    "2025 상담센터 운영 계획을 세웠다.\n",
]


def _phones(page: str) -> list[str]:
    r = facts_record(page.encode(), reference_date="2025-03-20")
    return [str(f.value) for f in r.facts if f.kind == "phone"]


@pytest.mark.parametrize(("page", "value"), FOUND)
def test_number_before_its_line(page: str, value: str) -> None:
    assert _phones(page) == [value]


@pytest.mark.parametrize("page", LEFT)
def test_counts_and_years_stay_out(page: str) -> None:
    assert _phones(page) == []
