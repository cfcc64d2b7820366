"""Parties listed right after the signers' kind (`협약기업`), each form in a snippet written for
this test (bodies invented): the rest of the signers as an appositive list closed by a count
(`나머지 협약기업 A(대표 …), B(대표 …) 등 2곳은`), and the signers in the kind's brackets
(`협약기업(A, B, C)이 참석한`, a count before the kind checked when given)."""

from __future__ import annotations

import pytest
from structure_helpers import names

FORMS = [
    (
        "the rest of the signers after their kind, heads in brackets, closed by a count",
        "가람대학교는 지난 3일 누리연구원 및 지역 기업들과 창업 지원 업무협약을 체결했다. "
        "누리연구원은 이번 협약으로 가족회사가 됐다. 나머지 협약기업 ㈜별빛소프트(대표 홍길동), "
        "한빛디자인(대표 김철수), 다온푸드(대표 이영희) 등 3곳은 가람여성기업협회 회원사다.\n",
        ["가람대학교", "누리연구원", "㈜별빛소프트", "한빛디자인", "다온푸드"],
    ),
    (
        "the signers in the brackets of their kind, one of them with a legal form in brackets",
        "가람대학교 산학협력단은 지난 23일 지역 식품기업들과 업무협약을 체결했다고 밝혔다.\n"
        "이날 협약은 가람대학교 산학협력단과 누리푸드 협약기업(별빛제과, 한빛식품(주), 다온농장, "
        "새솔팜)이 참석한 가운데 진행됐다.\n",
        ["가람대학교 산학협력단", "별빛제과", "한빛식품(주)", "다온농장", "새솔팜"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_kind_list_forms(why: str, page: str, expected: list[str]) -> None:
    assert sorted(names(page)) == sorted(expected), why


def test_a_count_that_does_not_fit_reads_no_list() -> None:
    page = (
        "가람대학교 산학협력단은 지난 23일 지역 식품기업들과 업무협약을 체결했다고 밝혔다.\n"
        "이날 협약은 가람대학교 산학협력단과 총 9개 누리푸드 협약기업(별빛제과, 한빛식품(주), "
        "다온농장, 새솔팜)이 참석한 가운데 진행됐다.\n"
    )
    assert "새솔팜" not in names(page)


DESCRIBED_LAST = [
    (
        "a description before the second side does not swallow the first (`A와 [설명]인 B`)",
        "가람시와 풀뿌리 지역신문 연대모임인 누리언론연대(회장 홍길동)가 지난달 29일 지역경제 "
        "활성화를 위한 업무협약을 체결했다.\n",
        ["가람시", "누리언론연대"],
    ),
    (
        "a described company after a town in a partner list (`A, [설명]인 ㈜B와`)",
        "별빛공단은 3일 가람군, 지역 대표 식품기업인 ㈜누리푸드와 상생협력 업무협약을 체결했다.\n",
        ["별빛공단", "가람군", "㈜누리푸드"],
    ),
]


@pytest.mark.parametrize(
    ("why", "page", "expected"), DESCRIBED_LAST, ids=[f[0] for f in DESCRIBED_LAST]
)
def test_a_description_belongs_to_its_own_item(why: str, page: str, expected: list[str]) -> None:
    assert sorted(names(page)) == sorted(expected), why
