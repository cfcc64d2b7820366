"""Whom a commitment binds: subjects the source states, groups, headings, English, carried subjects.

All snippets are invented (bodies 가나부, 다라공단, 마바시, 사아군; people and items made up).
"""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingCommitment, BriefingParty
from summarizer.verify import verify_briefing
from summarizer.verify.subjects import topics

from .claim_checks import commitment_party_checks as _statuses


def _verdict(text: str, item: str, parties: list[str]) -> str:
    """`bound` (every claimed party confirmed), `caught` (a flag) or `open` (not judged)."""
    checks = _statuses(text, item, parties)
    if any(c.status == "unsupported" for c in checks):
        return "caught"
    return "bound" if all(c.status == "exact" for c in checks) else "open"


BOTH = ["가나부", "다라공단"]
CASES = [
    # a group subject, the item in the second clause of its sentence
    (
        "가나부는 다라공단과 협약을 맺었다.\n\n두 기관은 지역 인재를 채용하려는 기업을 발굴하고, "
        "연 2회 합동 설명회를 열기로 했다.\n",
        "연 2회 합동 설명회를 열기로 했다",
    ),
    # the same item written twice (subtitle, then under the group subject)
    (
        "가나부-다라공단 협약 체결\n- 청년 창업 공간 운영 등 협력\n\n가나부와 다라공단은 협약을 맺었다.\n"
        "양 기관은 협약에 따라 △판로 정보 공유 △청년 창업 공간 운영 등에 협력한다.\n",
        "청년 창업 공간 운영",
    ),
    # a subjectless sentence after one whose subject is a group
    (
        "이에 따라 양 기관은 판로 개척을 함께 추진한다.\n\n또 전문가 자문단을 꾸려 이행을 점검해 나간다.\n",
        "전문가 자문단을 꾸려 이행을 점검해 나간다",
    ),
    # two subjectless sentences after the group subject; a place topic is no subject
    (
        "두 기관은 3개 분야 과제를 추진할 예정이다.\n교육 분야에서 강사를 교류한다.\n"
        "관광 분야에서는 공동 상품을 개발하고 함께 홍보한다.\n",
        "공동 상품을 개발하고 함께 홍보한다",
    ),
    # English: the two sides
    (
        "The Ministry of Gana signed an MOU with the Dara Corporation.\n"
        "In addition, the two sides will hold a joint forum every year.\n",
        "the two sides will hold a joint forum every year",
    ),
    # English: the MOU's content
    (
        "The Ministry of Gana signed an MOU with the Dara Corporation.\n"
        "The memorandum also includes exchanges of market data.\n",
        "exchanges of market data",
    ),
]


@pytest.mark.parametrize(("text", "item"), CASES)
def test_a_joint_item_binds_both_and_catches_a_dropped_party(text: str, item: str) -> None:
    assert _verdict(text, item, BOTH) == "bound"
    assert _verdict(text, item, ["가나부"]) == "caught"


def test_a_carried_subject_binds_with_the_partner_the_item_names() -> None:
    text = (
        "이날 협약에 따라 가나부는 수출 상담을 지원한다.\n\n"
        "해외 시장 정보 공유 등 다양한 분야에서 다라공단과 협력관계를 구축해 나갈 계획이다.\n"
    )
    item = "해외 시장 정보 공유 등 다양한 분야에서 다라공단과 협력관계를 구축"
    assert _verdict(text, item, BOTH) == "bound"
    assert _verdict(text, item, ["가나부"]) == "caught"


def test_an_english_subject_binds_its_party_only() -> None:
    text = (
        "The Ministry of Gana signed an MOU with the Dara Corporation.\n"
        "In particular, the Ministry of Gana will support exporters at trade fairs.\n"
    )
    item = "the Ministry of Gana will support exporters at trade fairs"
    assert _verdict(text, item, ["가나부"]) == "bound"
    assert _verdict(text, item, ["다라공단"]) == "caught"


def test_a_heading_naming_a_party_binds_the_bullets_under_it() -> None:
    text = "가나부와 다라공단은 협약을 맺었다.\n\n<다라공단>\n▲ 창업 공간 제공\n▲ 입주 기업 상담\n"
    assert _verdict(text, "입주 기업 상담", ["다라공단"]) == "bound"
    assert _verdict(text, "입주 기업 상담", ["가나부"]) == "caught"


def test_where_the_source_does_not_bind_the_parties_stay_open() -> None:
    # The sentence has a subject that is no party (`농산물은`): the binding is unknown.
    text = "가나부는 다라공단과 협약을 맺었다.\n이와 함께 지역 농산물은 새 판로가 열려 소비자를 만난다.\n"
    item = "지역 농산물은 새 판로가 열려 소비자를 만난다"
    assert _verdict(text, item, BOTH) == "open"
    assert _verdict(text, item, ["가나부"]) == "open"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("두 기관은 기술을 도입하려는 기업을 돕는다 ", ["두 기관"]),
        ("양 기관은 특히 산업 메카로 자리잡은 동굴에서 ", ["양 기관"]),
        ("관광분야에서는 상품을 만든다 ", []),
        ("이번 협약으로 도는 예산을 ", ["협약으로 도"]),
    ],
)
def test_topics_skip_verbs_and_places(text: str, expected: list[str]) -> None:
    assert topics(text) == expected


def test_a_group_noun_after_a_joint_word_is_a_joint_subject() -> None:
    text = "가나부와 다라공단은 협약을 맺었다.\n양측 실무진은 협약을 통해 △판로 공유 △공동 연수에 협력한다.\n"
    assert _verdict(text, "공동 연수", BOTH) == "bound"
    assert _verdict(text, "공동 연수", ["다라공단"]) == "caught"


def test_a_body_inside_another_partys_name_is_not_a_subject_of_its_own() -> None:
    """`사아군과 농협은행 사아군지부` — the 사아군 inside the branch's name is the branch's."""
    text = (
        "사아군, 농협은행 사아군지부와 금고 협약\n\n"
        "사아군은 2025년 6월 2일 농협은행 사아군지부와 군 금고 업무협약을 체결했다.\n"
        "협약에 따라 농협은행 사아군지부와 새솔은행 사아지점은 △금고 운영 지원 △지역 상생 기금 "
        "출연 등을 맡기로 했다.\n"
    )
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    names = [("사아군", "Saa County"), ("농협은행 사아군지부", "NH Bank Saa Branch"),
             ("새솔은행 사아지점", "Saesol Bank Saa Branch")]  # fmt: skip
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko=k, name_en=e) for k, e in names],
        commitments=[BriefingCommitment(
            text_ko="금고 운영 지원", text_en="-",
            parties=["농협은행 사아군지부", "새솔은행 사아지점"],
        )],
    )  # fmt: skip
    checks = [c for c in verify_briefing(b, text, facts).checks if "commitments[0]" in c.field]
    assert not [c for c in checks if c.status == "unsupported"], [c.note for c in checks]
