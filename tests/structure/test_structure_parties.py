"""Parties: signing-sentence subjects and partners, bracket aliases and heads, header issuers."""

from __future__ import annotations

import pytest
from structure_helpers import run

CASES = [
    (
        "과기정통부-연구재단, 기초연구 지원 맞손\n\n"
        "과학기술정보통신부(장관 이진우, 이하 과기정통부)는 한국연구재단(이사장 박상민, 이하 연구재단)과 "
        "‘기초연구 생태계 강화를 위한 업무협약’을 체결했다고 밝혔다.\n",
        [
            ("과학기술정보통신부", ["과기정통부"], "장관 이진우"),
            ("한국연구재단", ["연구재단"], "이사장 박상민"),
        ],
    ),
    (
        "두 기관 협약\n\n"
        "□ 해양수산부(이하 해수부)와 부산항만공사(이하 BPA)는 4일 부산 본사에서 "
        "‘친환경 항만 조성’ 업무협약을 맺었다.\n",
        [("해양수산부", ["해수부"], None), ("부산항만공사", ["BPA"], None)],
    ),
    (
        "건보공단 강원본부 협약\n\n"
        "국민건강보험공단 강원지역본부는 춘천시, 강원대학교병원과 지역 돌봄 강화를 위한 3자 업무협약을 "
        "체결했다고 12일 밝혔다.\n",
        [
            ("국민건강보험공단 강원지역본부", ["국민건강보험공단"], None),
            ("춘천시", [], None),
            ("강원대학교병원", [], None),
        ],
    ),
    (
        "농진청·코트라 협약\n\n"
        "[전주=뉴스원] 이서연 기자 = 농촌진흥청(농진청)은 대한무역투자진흥공사(코트라)와 "
        "농기계 수출 확대를 위한 업무협약을 맺었다고 3일 밝혔다.\n",
        [("농촌진흥청", ["농진청"], None), ("대한무역투자진흥공사", ["코트라"], None)],
    ),
    (
        "KTA and CCR Sign MOU\n\n"
        "SEOUL, March 3 (KTA) - The Korea Tourism Alliance (KTA) signed a memorandum of understanding (MOU) "
        "with the Chamber of Commerce of Ruritania (CCR) on Monday.\n",
        [
            ("Korea Tourism Alliance", ["KTA"], None),
            ("Chamber of Commerce of Ruritania", ["CCR"], None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parties_from_signing_sentence(
    text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    parties = run(text).parties
    assert [p.name for p in parties] == [e[0] for e in expected]
    for p, (_, aliases, head) in zip(parties, expected, strict=True):
        assert set(aliases) <= set(p.aliases)
        assert p.head == head


def test_alias_split_across_branch_name() -> None:
    text = (
        "협약 체결\n\n한국장학재단 대구지부는 신용회복위원회(이하 신복위) 대구지부, 대구상공회의소와 "
        "청년 금융 지원 협약을 체결했다.\n"
    )
    names = {p.name: p.aliases for p in run(text).parties}
    assert "신용회복위원회 대구지부" in names
    assert "신복위" in names["신용회복위원회 대구지부"]


def test_title_short_names_become_aliases() -> None:
    text = (
        "문체부-관광공사, 지역관광 살린다\n\n"
        "문화체육관광부는 한국관광공사와 지역관광 활성화 업무협약을 체결했다.\n"
    )
    names = {p.name: p.aliases for p in run(text).parties}
    assert "문체부" in names["문화체육관광부"]
    assert "관광공사" in names["한국관광공사"]


def test_header_issuer_is_a_party() -> None:
    text = (
        "보도자료\n\n한국산림복지진흥원\n\n숲 치유 확대\n- 두 기관 협력\n\n"
        "□ 한국산림복지진흥원(원장 정은수)은 대한간호협회와 숲 치유 프로그램 업무협약을 체결했다.\n"
    )
    names = [p.name for p in run(text).parties]
    assert names == ["한국산림복지진흥원", "대한간호협회"]


def test_notice_issuer_and_operator_without_signing() -> None:
    text = (
        "해양수산부 공고 제2025-31호\n\n어촌 체험 지원사업 참여자 모집 공고\n\n"
        "1. 문의처\n ○ 사업 운영 : 한국어촌어항공단 어촌사업처 ☎ 02-6098-0800\n"
    )
    from structure_helpers import fact

    facts = [fact(text, "phone", "02-6098-0800", "+82260980800")]
    names = [p.name for p in run(text, facts).parties]
    assert names == ["해양수산부", "한국어촌어항공단"]


def test_mere_mentions_are_not_parties() -> None:
    text = "수출 동향\n\n통계청은 3월 수출이 늘었다고 밝혔다. 산업부는 이를 환영했다.\n"
    assert run(text).parties == []


def test_leading_date_and_unnamed_others_are_dropped() -> None:
    text = (
        "중기부·신보·기보, 스타트업 보증 확대\n\n"
        "15일 중소벤처기업부는 신용보증기금, 기술보증기금 등 3개 기관과 금융지원 업무협약을 맺었다.\n"
    )
    assert [p.name for p in run(text).parties] == ["중소벤처기업부", "신용보증기금", "기술보증기금"]


def test_short_names_in_the_signing_sentence_are_expanded() -> None:
    text = (
        "창원 뿌리기업 스마트 전환 지원 소식\n\n"
        "중소벤처기업부(중기부)가 중소벤처기업진흥공단(중진공)과 뿌리기업 지원에 나선다.\n"
        "중기부는 오는 20일 창원에서 중진공과 지원 업무협약을 체결한다고 밝혔다.\n"
    )
    names = {p.name: p.aliases for p in run(text).parties}
    assert names == {"중소벤처기업부": ["중기부"], "중소벤처기업진흥공단": ["중진공"]}


def test_descriptive_words_before_a_name_are_dropped() -> None:
    text = (
        "경제단체·특허청 협약 소식\n\n"
        "국내 최대 경제단체인 한국무역협회는 지식재산 보호를 위해 특허청과 업무협약을 체결했다.\n"
    )
    assert [p.name for p in run(text).parties] == ["한국무역협회", "특허청"]


def test_legal_forms_are_kept_as_aliases() -> None:
    text = (
        "Samsung, Naver team up on AI chips\n\n"
        "SEOUL, March 4 (Yonhap) -- Samsung Electronics Co. signed an agreement with Naver Corp. "
        "on Tuesday to develop chips.\n"
    )
    parties = run(text).parties
    assert [(p.name, p.aliases) for p in parties] == [
        ("Samsung Electronics", ["Samsung Electronics Co."]),
        ("Naver", ["Naver Corp."]),
    ]


def test_title_names_when_the_body_never_names_the_parties() -> None:
    text = (
        "조달청-특허청, 혁신제품 공동 발굴 업무협약\n\n"
        "조달청(청장 김윤상)과 특허청(청장 이인실)의 업무협약식이 열렸다. 양 기관은 협약서에 서명했다.\n"
    )
    assert [p.name for p in run(text).parties] == ["조달청", "특허청"]
