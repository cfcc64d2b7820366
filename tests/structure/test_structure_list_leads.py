"""Item lists under any sentence that introduces an agreement's contents, and field tables."""

from __future__ import annotations

import pytest
from structure_helpers import run

TITLE = "해울공사·들빛은행, 물산업 협약\n\n"
SIGNED = (
    "□ 해울공사(사장 도하람, 이하 해울)는 3일 본사에서 들빛은행(행장 구나래, 이하 들빛)과 "
    "‘물산업 금융 업무협약’을 체결했다.\n\n"
)

CASES = [
    (
        "□ items after a sentence naming the agreed contents",
        SIGNED + "두 기관이 정한 주요 내용은 다음과 같다.\n"
        " □ 정수 설비 교체 자금 저리 대출\n □ 물기업 수출 보증 우대\n □ 공동 상담 창구 운영\n",
        ["정수 설비 교체 자금 저리 대출", "물기업 수출 보증 우대", "공동 상담 창구 운영"],
    ),
    (
        "❶ items after a package sentence without a cooperation word",
        SIGNED + "□ 두 기관은 총 500억 원 규모의 물산업 금융 꾸러미를 마련했다.\n"
        " ❶ 설비 교체 자금 대출(들빛)\n ❷ 해외 진출 컨설팅(해울)\n",
        ["설비 교체 자금 대출(들빛)", "해외 진출 컨설팅(해울)"],
    ),
    (
        "middle-dot line bullets after 아래와 같다",
        SIGNED + "주요 협약 내용은 아래와 같다.\n  · 정수 설비 공동 점검\n  · 수출 보증 우대\n",
        ["정수 설비 공동 점검", "수출 보증 우대"],
    ),
    (
        "sub-items under an item do not break the list, nor become items",
        SIGNED + "□ 협약에 따라 두 기관은 다음과 같이 협력한다.\n ㅇ 공동 연구 추진\n"
        "   - 연 2회 세미나 개최\n   - 연구 인력 교류\n ㅇ 금융 데이터 공유\n ㅇ 청년 창업 지원\n",
        ["공동 연구 추진", "금융 데이터 공유", "청년 창업 지원"],
    ),
    (
        "details under one party's own sentence are not commitments",
        SIGNED
        + "□ 해울공사는 지난해 정수장 보급을 크게 늘렸다.\n - 보급 대상 30곳에서 50곳으로 확대\n"
        " - 지원 한도 1억 원에서 2억 원으로 상향\n",
        [],
    ),
    (
        "□ paragraphs ending in sentences are not items",
        SIGNED + "두 기관은 이렇게 밝혔다.\n □ 해울은 올해 정수장을 짓는다.\n"
        " □ 들빛은 지점을 늘린다.\n",
        [],
    ),
    (
        "a table of `label : value` rows is not a list of items",
        SIGNED + "< 세부 계획 >\n□ 설비 교체 : 2025년 하반기부터\n□ 수출 보증 : 연내 시행\n",
        [],
    ),
    (
        "without an agreement a bare sentence does not introduce items",
        "[공지] 물산업 설명회 안내\n\n설명회를 다음과 같이 엽니다.\n"
        " ❶ 참가 신청 방법 안내\n ❷ 지원 제도 소개\n",
        [],
    ),
    (
        "a notice naming later agreements does not make its agenda commitments",
        "[공지] 물기업 지원 사업 안내\n\n해울공사는 선정 기업과 협약을 체결한 뒤 지원한다. "
        "지원 내용은 다음과 같다.\n ❶ 시제품 제작비 지원\n ❷ 해외 전시회 참가 지원\n",
        [],
    ),
    (
        "a running order without times is not a list of commitments",
        SIGNED + "협약식은 다음 순서로 진행됐다.\n - 개회사\n - 협약서 서명\n - 기념 촬영\n",
        [],
    ),
    (
        "attendees are not commitments",
        SIGNED + "이날 협약식에는 다음 인사들이 참석했다.\n - 도하람 해울공사 사장\n"
        " - 구나래 들빛은행 행장\n",
        [],
    ),
    (
        "schedule rows after an introducing sentence are not items",
        SIGNED + "행사 순서는 다음과 같다.\n ○ 14:00 개회사\n ○ 14:10 협약 서명\n",
        [],
    ),
]


@pytest.mark.parametrize(("why", "body", "want"), CASES, ids=[c[0] for c in CASES])
def test_list_leads(why: str, body: str, want: list[str]) -> None:
    text = body if body.startswith("[공지]") else TITLE + body
    assert [c.text for c in run(text).commitments] == want
