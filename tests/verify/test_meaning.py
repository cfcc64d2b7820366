"""Meaning-sensitive matching: a near-verbatim claim with its meaning changed never verifies."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingCommitment, BriefingQuote
from summarizer.verify import verify_briefing
from summarizer.verify.meaning import generic_name, meaning_diff, too_short

# Invented source sentences and their mutated copies.
CHANGED = [
    ("기준을 넘을 수 있다", "기준을 넘을 수 없다", "negation"),
    ("올해 안에 완료할 수 있다", "올해 안에 완료할 수 못한다", "negation"),
    ("사업 참여가 가능하다", "사업 참여가 불가능하다", "negation"),
    ("협약을 체결한 기관", "협약을 미체결한 기관", "negation"),
    ("3,000억 원 규모 펀드 조성", "5,000억 원 규모 펀드 조성", "number"),
    ("보증료 0.3%p 감면", "보증료 0.5%p 감면", "number"),
    ("17개 지역 거점 운영", "27개 지역 거점 운영", "number"),
    ("지원 대상 확대", "지원 대상 축소", "direction"),
    ("수수료 감면 혜택 제공", "수수료 인상 혜택 제공", "direction"),
    ("수출 물량 증가 전망", "수출 물량 감소 전망", "direction"),
    ("공동 연구를 추진한다", "공동 연구를 검토한다", "tentative"),
]


@pytest.mark.parametrize(("source", "claim", "why"), CHANGED)
def test_a_changed_meaning_is_named(source: str, claim: str, why: str) -> None:
    reason = meaning_diff(claim, source)
    assert reason is not None, (claim, source)
    expected = {"negation": "negation", "number": "number", "direction": "direction"}
    assert expected.get(why, "") in reason or why == "tentative"


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("업무협약의 주요 내용을 공유했다", "업무협약 주요 내용을 공유했다"),  # a dropped particle
        ("미래 산업을 함께 육성한다", "미래 산업 함께 육성한다"),  # 미 of 미래 is no negation
        ("불편 없이 이용할 수 있다", "불편 없이 이용할 수 있다"),
        ("3천억 원 규모", "3,000억 원 규모"),  # the same amount written two ways
    ],
)
def test_the_same_meaning_passes(source: str, claim: str) -> None:
    assert meaning_diff(claim, source) is None


@pytest.mark.parametrize("claim", [".", "다", "및", "❹", "중", " "])
def test_too_short_claims(claim: str) -> None:
    assert too_short(claim)


@pytest.mark.parametrize(
    ("name", "generic"),
    [("재단", True), ("중", True), (".", True), ("수원문화재단", False), ("중기부", False)],
)
def test_generic_names(name: str, generic: bool) -> None:
    assert generic_name(name) is generic


SOURCE = """가나시-다라재단, 청년 창업 지원 업무협약 체결

가나시(시장 마바사)와 다라재단(이사장 아자차, 이하 재단)은 20일 청년 창업 지원 업무협약을 체결했다.

두 기관은 △창업 공간 임대료 30% 감면 △청년 창업 펀드 200억 원 조성 △지역 대학과의 공동 프로그램 운영을 추진하기로 했다. 해외 지사 설립은 추후 검토하기로 했다.

마바사 가나시장은 “청년이 떠나지 않는 도시를 만들겠다”고 말했다.

아자차 이사장은 “재단의 모든 역량을 창업 현장에 쏟겠다”고 밝혔다.
"""


def _report(**changes: object) -> list[tuple[str, str]]:
    facts = extract_facts(SOURCE.encode(), reference_date="2025-03-20")
    base = Briefing(
        title_ko="가나시-다라재단, 청년 창업 지원 업무협약 체결",
        title_en="Gana City and Dara Foundation sign agreement on youth start-ups",
        headline_en="Gana City and the Dara Foundation agreed to support youth start-ups.",
        summary_ko=["가나시와 다라재단이 청년 창업 지원 업무협약을 체결했다."],
        summary_en=["Gana City and the Dara Foundation signed an agreement on youth start-ups."],
        commitments=[BriefingCommitment(text_ko="창업 공간 임대료 30% 감면", text_en="30% rent cut")],
        quotes=[
            BriefingQuote(speaker="마바사", text_ko="청년이 떠나지 않는 도시를 만들겠다",
                          text_en="We will make a city young people do not leave."),
        ],
    )  # fmt: skip
    briefing = base.model_copy(update=changes)
    report = verify_briefing(briefing, SOURCE, facts)
    return [(c.field, c.status) for c in report.checks if c.status in ("unsupported",)]


def test_the_correct_briefing_has_no_unsupported_claim() -> None:
    assert _report() == []


@pytest.mark.parametrize(
    "commitment",
    ["창업 공간 임대료 30% 인상", "창업 공간 임대료 50% 감면", "해외 지사 설립", "및", "❹"],
)
def test_changed_or_unagreed_commitments_are_unsupported(commitment: str) -> None:
    item = BriefingCommitment(text_ko=commitment, text_en="x")
    assert ("commitments[0].text_ko", "unsupported") in _report(commitments=[item])


@pytest.mark.parametrize(
    "quote",
    [
        "청년이 떠나는 도시를 만들겠다",  # negation dropped
        "청년이 떠나지 않는 도시를 … 재단의 모든 역량을 창업 현장에 쏟겠다",  # two speakers
        ".",
        "다",
    ],
)
def test_changed_stitched_or_empty_quotes_are_unsupported(quote: str) -> None:
    q = BriefingQuote(speaker="마바사", text_ko=quote, text_en="x")
    assert ("quotes[0].text_ko", "unsupported") in _report(quotes=[q])


def test_a_negating_syllable_inside_a_word_is_named() -> None:
    assert meaning_diff("지속불가능한 협력 생태계", "지속가능한 협력 생태계") is not None


def test_a_flipped_last_word_is_read_a_word_wider() -> None:
    # The alignment may stop before the last word; the wider span still shows the flip.
    assert meaning_diff("상생협력 완화", "상생협력", "상생협력 강화") is not None
