"""Parties of agreements among three or more bodies, each form in a snippet written for this test
(bodies invented): dotted names sharing a longer ending (`가람·나루·마루문화재단`), the roster of
an attendance sentence the page counts (`협약에는 A, B·C, D 등 N개 기관이 참석했다`), bulleted
companies with their heads (`△㈜A 홍길동 대표`), heads named with their body between name and
title, and the ones that must stay out (an attendance with no count, a count the roster misses)."""

from __future__ import annotations

import pytest
from structure_helpers import names

FORMS = [
    (
        "dotted names share the last one's whole ending, not its last body word",
        "서울 가람문화재단은 나루·마루·다온문화재단과 문화예술 협력을 위한 다자간 업무협약을 "
        "맺었다고 11일 밝혔다.\n",
        ["가람문화재단", "나루문화재단", "마루문화재단", "다온문화재단"],
    ),
    (
        "one side signs; the roster the page counts names the rest (a place shared by a dot)",
        "한빛공사 가람지사는 23일 가람구청 회의실에서 관계기관들과 재난 공동대응 업무협약을 "
        "체결했다.\n이날 업무협약에는 가람구, 가람 경찰서·소방서, 누리교육지원청, 별빛전력 "
        "가람지사 등 6개 기관이 참석했다.\n",
        [
            "한빛공사 가람지사",
            "가람구",
            "가람 경찰서",
            "가람 소방서",
            "누리교육지원청",
            "별빛전력 가람지사",
        ],
    ),
    (
        "a roster of heads, the count in a later sentence",
        "가람도는 19일 누리교육청과 지역혁신사업을 위한 업무협약을 체결했다.\n"
        "이번 업무협약에는 홍길동 가람대총장, 김철수 나루테크노파크 원장 등도 참석했다.\n"
        "4개 기관은 실무위원회를 꾸려 사업계획서를 제출할 예정이다.\n",
        ["가람도", "누리교육청", "가람대", "나루테크노파크"],
    ),
    (
        "a roster without a count is not read: heads attend who sign nothing",
        "가람시는 12일 누리대학교와 업무협약을 체결했다.\n"
        "이날 협약식에는 홍길동 가람시의회 의장, 김철수 누리상공회의소 회장 등이 참석했다.\n",
        ["가람시", "누리대학교"],
    ),
    (
        "a roster the count does not add up with is not read",
        "가람시는 12일 누리대학교와 업무협약을 체결했다.\n"
        "이날 협약식에는 가람시의회, 누리상공회의소, 별빛재단 등 5개 기관이 참석했다.\n",
        ["가람시", "누리대학교"],
    ),
    (
        "counted companies bulleted with their heads after them",
        "가람시는 20일 강소기업 3개 사와 투자 업무협약을 체결했다.\n"
        "이날 협약식에는 홍길동 가람시장을 비롯해 △㈜누리텍 김철수 대표 △㈜별빛전자 이영희 "
        "대표 △한빛소재㈜ 박민수 대표가 참석했다.\n",
        ["가람시", "㈜누리텍", "㈜별빛전자", "한빛소재㈜"],
    ),
    (
        "heads who sign: an education office's 교육장, an acting president (`총장 직무대행`)",
        "이날 홍길동 가람시장과 김영희 가람나루교육지원청 교육장, 박철수 누리대 총장 "
        "직무대행이 협약서에 서명했다.\n",
        ["가람시", "가람나루교육지원청", "누리대"],
    ),
    (
        "a definition's `파트너십을 맺고` signs nothing; the later sentence names the sides, the "
        "issuer by its kind (`공단은`) after a span of time (`향후 2년간`)",
        "누리시설관리공단(이사장 홍길동)은 12일 인정패를 받고 동행 협약을 체결했다고 밝혔다.\n"
        "인정제는 누리복지부와 한빛협의회가 공동으로 주관하여 비영리단체와 파트너십을 맺고 "
        "활동을 펼친 기관을 발굴하는 제도이다.\n"
        "또한, 공단은 향후 2년간 가람시 및 가람시복지협의회와 동행 공동 협약을 체결하였다.\n",
        ["누리시설관리공단", "가람시", "가람시복지협의회"],
    ),
    (
        "a programme's owner (`한빛부가 주관하는`) and a kind's heads (`대학총장 5명`) are no sides",
        "홍길동 가람도지사가 19일 대학총장 5명 등과 함께 한빛부가 주관하는 '지역혁신사업'에 "
        "도전하기 위한 업무협약을 체결했다.\n",
        ["가람도"],
    ),
    (
        "the signing told on a body's word (`A에 따르면`), no subject named: A and the partners",
        "[가람일보] 가람문화재단이 나루문화전당과 손을 잡는다.\n"
        "16일 가람문화재단에 따르면 이날 나루시 동구 나루문화전당에서 나루문화전당, "
        "나루문화전당재단과 문화예술 진흥을 위한 3자 업무협약을 체결했다.\n",
        ["가람문화재단", "나루문화전당", "나루문화전당재단"],
    ),
    (
        "English: a head signs; the agreement's own words list the bodies with their short names",
        "HAEUL — On Monday, Governor Jane Doe signed a Memorandum of Understanding to strengthen "
        "ties between the State of Haeul and Garam’s Trade Association.\n"
        "Whereas: It is agreed by and amongst The State of Haeul (State), the Garam Trade "
        "Association (GTA) and Nuri-Haeul Economic Council, Inc. (NHEC) that trade will grow.\n",
        ["State of Haeul", "Garam Trade Association", "Nuri-Haeul Economic Council"],
    ),
    (
        "heads present after the day (`지난 26일 홍길동 A본부장, … 등 8명이 참석한 가운데`)",
        "가람경찰청은, 지난 26일 홍길동 한빛 누리본부장, 김철수 가람소방본부장 등 8명이 참석한 "
        "가운데 업무협약식을 가졌다.\n",
        ["가람경찰청", "한빛 누리본부", "가람소방본부"],
    ),
    (
        "a 교육감 heads the education office, not the province (`가람도교육감` -> `가람도교육청`)",
        "이날 홍길동 가람도교육감과 김철수 누리대총장이 협약서에 서명했다.\n",
        ["가람도교육청", "누리대"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_party_roster_forms(why: str, page: str, expected: list[str]) -> None:
    assert sorted(names(page)) == sorted(expected), why
