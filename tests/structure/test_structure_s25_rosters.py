"""Parties named in a roster rather than in the signing sentence, each form in a snippet written
for this test (bodies invented): an attendance roster closed by the items' kind in the plural
(`… 등 지역 국립대학들이 참석했다`) under a later count (`4개 대학은`), and a roster of heads
under no signing sentence at all, the page's count its length."""

from __future__ import annotations

import pytest
from structure_helpers import names

FORMS = [
    (
        "attendance roster closed by a plural kind, the count (`N개 대학은`) later",
        "가람대학교는 지난 18일 국립대학 간 자원 공유를 위한 온라인 업무 협약식을 진행했다. "
        "이번 협약에는 가람대학교와 누리대학교, 별빛대학교, 한빛대학교 등 지역 국립대학들이 "
        "참석했다.\n이번 협약으로 4개 대학은 공동 교육과정을 운영하기로 했다.\n",
        ["가람대학교", "누리대학교", "별빛대학교", "한빛대학교"],
    ),
    (
        "a roster of heads under no signing sentence, the page's count its length",
        "17일 가람시, 가람교육지원청, 가람경찰서 참여\n"
        "이번 업무협약에는 홍길동 가람시장과 김철수 가람교육지원청 교육장, 이영희 가람경찰서장이 "
        "참석했다.\n3개 기관은 아동 안전망을 만들기 위해 서로 협력할 것을 약속했다.\n",
        ["가람시", "가람교육지원청", "가람경찰서"],
    ),
    (
        "a plural kind with no count anywhere: the roster is not read",
        "가람대학교는 지난 18일 누리대학교와 업무 협약을 체결했다. "
        "이번 협약에는 별빛대학교, 한빛대학교 등 지역 대학들이 참석했다.\n",
        ["가람대학교", "누리대학교"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_roster_forms(why: str, page: str, expected: list[str]) -> None:
    assert sorted(names(page)) == sorted(expected), why
