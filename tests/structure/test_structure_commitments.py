"""Commitments: inline and line bullet lists near cooperation verbs, annex lists, duplicates."""

from __future__ import annotations

import pytest
from structure_helpers import region, run

CASES = [
    (
        "inline ▲ with 등에",
        "두 기관은 ▲청년 창업 공간 공동 운영 ▲창업 교육 과정 개발 ▲투자 설명회 공동 개최 등에 협력하기로 했다.\n",
        ["청년 창업 공간 공동 운영", "창업 교육 과정 개발", "투자 설명회 공동 개최"],
    ),
    (
        "등 inside the last item",
        "두 기관은 ▲안전 점검 ▲노후 분전반 등 전기설비 교체 지원 등에 협력하기로 했다.\n",
        ["안전 점검", "노후 분전반 등 전기설비 교체 지원"],
    ),
    (
        "inline △ with commas and 등을",
        "이를 위해 양 기관은 △수산물 수출 통관 지원, △해외 판로 정보 공유, △바이어 상담회 개최 등을 함께 추진한다.\n",
        ["수산물 수출 통관 지원", "해외 판로 정보 공유", "바이어 상담회 개최"],
    ),
    (
        "inline circled numbers",
        "협약에 따라 두 기관은 ① 스마트공장 보급 확대 ② 데이터 표준화 ③ 전문인력 양성에 협력한다.\n",
        ["스마트공장 보급 확대", "데이터 표준화", "전문인력 양성"],
    ),
    (
        "keycap-numbered lines after the parties' lead",
        "누리복지관과 별빛센터가 업무협약을 체결했습니다.\n이번 협약을 통해 양 기관은\n"
        "1\ufe0f\u20e3 돌봄 정보 공유\n2\ufe0f\u20e3 주말 나눔 장터 공동 운영\n"
        "3\ufe0f\u20e3 가족 상담 공동사업 추진\n등에 협력하기로 했습니다.\n",
        ["돌봄 정보 공유", "주말 나눔 장터 공동 운영", "가족 상담 공동사업 추진"],
    ),
    (
        "inline triangular bullets",
        "가람구는 누리공사와 업무협약을 체결했다. 협약 내용은 ‣도시재생 기본 연구 시행 "
        "‣실무협의회 구성 및 운영 ‣상호협조 관련 사항 등이다.\n",
        ["도시재생 기본 연구 시행", "실무협의회 구성 및 운영", "상호협조 관련 사항"],
    ),
    (
        "inline keycap numbers",
        "협약에 따라 두 기관은 1\ufe0f\u20e3 갯벌 정화 활동 2\ufe0f\u20e3 어촌 체험 교육 "
        "3\ufe0f\u20e3 수산물 직거래에 협력한다.\n",
        ["갯벌 정화 활동", "어촌 체험 교육", "수산물 직거래"],
    ),
    (
        "line list after an introducing sentence",
        "□ 협약에 따라 세 기관은 다음과 같이 협력한다.\n ▲ 공공 급식 식재료 공동 구매\n"
        " ▲ 로컬푸드 유통망 구축\n ▲ 농가 판로 지원\n\n□ 그 밖의 내용.\n",
        ["공공 급식 식재료 공동 구매", "로컬푸드 유통망 구축", "농가 판로 지원"],
    ),
    (
        "ㅇ list closed by 등에 협력",
        "□ 협약에 따라 두 기관은\n ㅇ 노후 주택 에너지 진단\n ㅇ 단열 공사 비용 지원\n 등에 협력하기로 했다.\n",
        ["노후 주택 에너지 진단", "단열 공사 비용 지원"],
    ),
    (
        "numbered table rows under a heading",
        "□ 주요 협약내용\n1\t해양 쓰레기 공동 수거\n2\t어업인 안전 교육\n",
        ["해양 쓰레기 공동 수거", "어업인 안전 교육"],
    ),
    (
        "English will: list",
        "Under the agreement, the two groups will:\n- share port logistics data;\n"
        "- run joint training courses; and\n- promote green shipping corridors.\n",
        [
            "share port logistics data",
            "run joint training courses",
            "promote green shipping corridors",
        ],
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_commitment_lists(label: str, text: str, expected: list[str]) -> None:
    assert [c.text for c in run(text).commitments] == expected


def test_annex_adds_only_new_items() -> None:
    text = (
        "양 기관은 △탄소 감축 기술 공동 개발, △전문 인력 교류 등을 추진한다.\n\n"
        "담당 부서\t기후정책과\n\n"
        "□ 주요 협약내용\n\n- ❶ 탄소 감축 기술의 공동 개발\n- ❷ 전문 인력 교류\n- ❸ 실증 부지 공동 활용\n"
    )
    found = run(text).commitments
    assert [c.text for c in found] == [
        "탄소 감축 기술 공동 개발",
        "전문 인력 교류",
        "실증 부지 공동 활용",
    ]
    assert [c.section for c in found] == ["body", "body", "appendix"]


def test_overview_rows_and_paragraph_bullets_are_not_commitments() -> None:
    text = (
        "< 협약 개요 >\n- (일시) 3. 4.(화) 10:00\n- (장소) 세종청사\n\n"
        "□ 이번 협약은 지역 상생을 위해 추진됐다.\n ○ 두 기관은 지난해부터 협력해 왔다.\n"
        " ○ 올해는 사업 규모를 두 배로 늘린다.\n\n"
        "□ 이날 행사는 다음과 같이 진행됐다.\n ○ 개회사\n ○ 기념 촬영\n"
    )
    assert run(text).commitments == []


def test_duplicated_body_is_counted_once() -> None:
    para = "협약기관은 ▲지역 인재 채용 ▲직무 교육 지원 등에 협력하기로 했다.\n"
    text = "지역 인재 협약 기사 제목\n" + para + "기자 kim@news.kr\n" + para
    dup = region(text, "duplicate", para, nth=1)
    assert [c.text for c in run(text, regions=[dup]).commitments] == [
        "지역 인재 채용",
        "직무 교육 지원",
    ]
    assert len(run(text).commitments) == 2  # even without the reading layer's help


def test_noise_region_is_skipped() -> None:
    text = "두 기관은 ▲문화 행사 공동 개최 ▲시설 개방 등에 협력하기로 했다.\n"
    assert run(text, regions=[region(text, "noise", text.strip())]).commitments == []


def test_prose_commitments_when_nothing_is_listed() -> None:
    text = (
        "조폐공사·관광공사 협약\n\n"
        "한국조폐공사는 한국관광공사와 기념주화 관광상품화 업무협약을 맺었다.\n"
        "협약에 따라 두 기관은 기념주화 관광 상품을 함께 개발하고, 해외 관광객 대상 판매처를 확대한다. "
        "아울러 공동 홍보 캠페인도 벌이기로 했다.\n"
        "양 기관은 향후 지역 관광지, 박물관, 공항 면세점 등에 판매 공간을 늘린다.\n"
    )
    found = run(text).commitments
    assert [c.section for c in found] == ["prose"] * len(found)
    assert [c.text for c in found] == [
        "기념주화 관광 상품을 함께 개발",
        "해외 관광객 대상 판매처를 확대",
        "공동 홍보 캠페인도 벌이기",
    ]


def test_prose_list_before_deung() -> None:
    text = (
        "가스공사·대구시 협약\n\n"
        "한국가스공사와 대구광역시는 수소 협약을 체결했다.\n"
        "양 기관은 협약에 따라 수소 충전소 구축, 수소 버스 보급, 관련 기업 유치 등에 힘을 모은다.\n"
    )
    assert [c.text for c in run(text).commitments] == [
        "수소 충전소 구축",
        "수소 버스 보급",
        "관련 기업 유치",
    ]


def test_no_prose_commitments_in_a_notice() -> None:
    text = (
        "해양수산부 공고 제2025-31호\n\n어촌 체험 지원사업 참여자 모집 공고\n\n"
        "선정된 단체는 협약에 따라 지원금을 받고, 사업 결과를 보고한다.\n"
        "1. 문의처\n ○ 사업 운영 : 한국어촌어항공단 어촌사업처 ☎ 02-6098-0800\n"
    )
    assert run(text).commitments == []
