"""Parties named in a roster rather than in the signing sentence, each form in a snippet written
for this test (bodies invented): an attendance roster closed by the items' kind in the plural
(`… 등 지역 국립대학들이 참석했다`) under a later count (`4개 대학은`), and a roster of heads
under no signing sentence at all, the page's count its length."""

from __future__ import annotations

import pytest
from structure_helpers import names

FORMS = [
    (
        "a kind said with the copula before a name (`부설인 가람신문사`) is no part of it",
        "가람공사협회는 20일 누리공단과 안전 협력을 위한 업무협약을 체결했다.\n"
        "협약기관은 누리공단과 가람공사협회, 부설인 가람신문사, 별빛기술원이다.\n",
        ["가람공사협회", "누리공단", "가람신문사", "별빛기술원"],
    ),
    (
        "an uncounted roster of bodies that holds a side already found: every item a side",
        "가람대학교는 지난 18일 국립대학 간 자원 공유를 위한 온라인 업무 협약식을 진행했다. "
        "이번 협약에는 가람대학교와 누리대학교, 별빛대학교, 한빛대학교 등 지역 국립대학들이 "
        "참석했다.\n",
        ["가람대학교", "누리대학교", "별빛대학교", "한빛대학교"],
    ),
    (
        "the signers' kind as the subject, the count after the last item with no 등",
        "이날 가람시와 투자협약을 체결한 기업은 ㈜별빛바이오, ㈜누리에너지, 한빛화학(주) "
        "3곳이다. 이들 업체는 가람산단에 공장을 신설할 예정이다.\n",
        ["가람시", "㈜별빛바이오", "㈜누리에너지", "한빛화학(주)"],
    ),
    (
        "one partner named before a count of the rest (`A 외 2개 업체와`): A is a side",
        "가람군은 별빛테크 외 2개 업체와 가람산단에 생산라인 증설을 약속하는 투자협약식을 "
        "체결했다고 28일 밝혔다.\n",
        ["가람군", "별빛테크"],
    ),
    (
        "the signers as a counted subject (`협약을 체결한 A와 ㈜B, C㈜ 등 3개 기업은`); a count of "
        "bodies in the signing sentence (`국내 3대 유통대기업`) is no party",
        "가람도가 6일 누리리조트에서 ‘동반성장 페어’를 개최해 국내 3대 유통대기업과 4개 대기업 "
        "1차 협력사, 46개 협력사 등과 ‘동반성장 협약’을 체결했다.\n유통분야에서 협약을 체결한 "
        "별빛마트와 ㈜누리상사, 한빛유통㈜ 등 3개 기업은 39개 협력사의 경쟁력 향상을 위해 "
        "금융지원 등을 추진한다.\n",
        ["가람도", "별빛마트", "㈜누리상사", "한빛유통㈜"],
    ),
    (
        "a counted partner list whose first item is joined by 과 (`A과 B, C 등 기업 3곳과`)",
        "가람도와 누리시는 8일 누리시청에서 별빛테크과 한빛산업, 다온에너지 등 기업 3곳과 "
        "투자협약을 체결했다.\n",
        ["가람도", "누리시", "별빛테크", "한빛산업", "다온에너지"],
    ),
    (
        "the same closed by `등 3개 기업과`, with no legal form",
        "가람도는 6일 별빛마트와 누리상사, 한빛유통 등 3개 기업과 상생협약을 체결했다.\n",
        ["가람도", "별빛마트", "누리상사", "한빛유통"],
    ),
    (
        "a copular roster after the signing (`…을 체결한 언론사는 A, B, C로 총 3곳이며`)",
        "누리재단과 지역 언론사 3곳이 2월 14일 재단 본부에서 홍보 협력을 위한 업무협약을 "
        "체결했다.\n이번에 재단과 업무협약을 체결한 지역언론사는 가람신문, 나루방송, "
        "별빛저널로 총 3곳이며, 지역 홍보를 함께하기로 했다.\n",
        ["누리재단", "가람신문", "나루방송", "별빛저널"],
    ),
    (
        "a counted roster (`센터 3개소는 A, B, C로 구성됐다`) and the lead that named the count",
        "한빛공단(이사장 홍길동)은 권역별 협력센터 3개소와 기업 지원 협의체를 출범했다고 "
        "15일 밝혔다.\n이번 업무협약에 따라 공단과 센터는 지원 사업을 넓힌다.\n"
        "권역별 협력센터 3개소는 가람대학교 가람협력센터(센터장 김철수), 누리대학교 "
        "누리협력센터(센터장 이영희), 별빛대학교 별빛협력센터(센터장 박민수)로 구성됐다.\n",
        [
            "한빛공단",
            "가람대학교 가람협력센터",
            "누리대학교 누리협력센터",
            "별빛대학교 별빛협력센터",
        ],
    ),
    (
        "a subject naming the signers, the list its complement (`협약기관은 A와 B, C이다`)",
        "가람시는 20일 시청에서 지역 안전망 구축을 위한 업무협약을 맺었다.\n"
        "협약기관은 가람시와 가람교육지원청, 가람경찰서, 가람소방서이다.\n",
        ["가람시", "가람교육지원청", "가람경찰서", "가람소방서"],
    ),
    (
        "a roster whose count is not its length is not read",
        "누리재단은 2월 14일 가람신문과 홍보 협력을 위한 업무협약을 체결했다.\n"
        "이번에 재단과 업무협약을 체결한 언론사는 가람신문, 나루방송으로 총 3곳이며, "
        "홍보를 함께하기로 했다.\n",
        ["누리재단", "가람신문"],
    ),
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


def test_a_count_of_bodies_is_no_party() -> None:
    """`이들의 거래업체인 25개사 대표` among the attendants counts bodies; it names none."""
    page = (
        "가람전자 협력업체들의 모임인 ‘가람전자 협력사 협의회(이하 가협회)’는 지난 14일 "
        "누리호텔에서 ‘공정거래 및 동반성장 협약식’을 가졌다고 16일 밝혔다.\n협약식에는 가협회 "
        "회장인 홍길동 별빛전자 대표를 포함한 가협회 소속 25개사 대표와 이들의 거래업체인 "
        "25개사 대표, 김철수 누리위원회 국장 등이 참석했다.\n"
    )
    assert not [n for n in names(page) if "25개사" in n]
