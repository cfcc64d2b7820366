"""A signatory swapped between two parties is caught in the forms real articles write them in."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingParty, Span
from summarizer.verify import verify_briefing
from summarizer.verify.evidence import Evidence
from summarizer.verify.title_binding import check_title

# Invented bodies and people; each text writes the signing one way news pages do.
TEXTS = {
    # a region's stem starts another body's fused title: 별빛관리역장 is not 별빛시's
    "fused titles": (
        "별빛시, 코레일 별빛관리역과 관광 협약\n\n"
        "별빛시는 2025년 3월 4일 코레일 별빛관리역과 관광 활성화 협약을 체결했다. "
        "협약식에는 한가람 별빛시장과 도하늘 별빛관리역장이 참석했다.\n",
        [("별빛시", "한가람"), ("코레일 별빛관리역", "도하늘")],
    ),
    # a title made of one party's kind (경찰서 + 장) names that party's head
    "kind title": (
        "햇살소방서·햇살경찰서, 재난 대응 협약\n\n"
        "햇살소방서(서장 김하늘)는 2025년 3월 4일 햇살경찰서와 재난 대응 업무협약을 체결했다. "
        "박바다 경찰서장은 “최선을 다하겠다”고 말했다.\n",
        [("햇살소방서", "김하늘"), ("햇살경찰서", "박바다")],
    ),
    # each head in brackets after their own body
    "heads in brackets": (
        "달내문화재단, 국제로타리 9999지구와 협약\n\n"
        "달내문화재단(대표이사 서은결)이 국제로타리 9999지구(총재 문하람)와 "
        "2025년 3월 4일 문화예술 협력 업무협약을 체결했다.\n",
        [("달내문화재단", "서은결"), ("국제로타리 9999지구", "문하람")],
    ),
    # a body's last word stands for its full name
    "signing on behalf": (
        "해솔병원-새봄병원 진료 협력 협약\n\n"
        "해솔병원과 새봄의료재단 새봄병원은 2025년 3월 4일 진료 협력 협약을 체결했다. "
        "해솔병원 나은별 병원장을 대신하여 윤다온 원무부장과 새봄병원 강이든 대표이사를 "
        "대신하여 차서진 행정원장이 협약서에 서명했다.\n",
        [("해솔병원", "윤다온"), ("새봄의료재단 새봄병원", "차서진")],
    ),
}


def _briefing(parties: list[tuple[str, str]]) -> Briefing:
    return Briefing(
        title_ko="협약",
        title_en="Agreement",
        headline_en="Two bodies signed an agreement.",
        summary_ko=["두 기관이 협약을 체결했다."],
        summary_en=["The two bodies signed an agreement."],
        parties=[BriefingParty(name_ko=n, signatory=s) for n, s in parties],
    )


def _signatories(text: str, parties: list[tuple[str, str]]) -> dict[str, str]:
    facts = extract_facts(text.encode("utf-8"), reference_date="2025-03-04")
    report = verify_briefing(_briefing(parties), text, facts)
    return {c.field: c.status for c in report.checks if c.field.endswith("].signatory")}


@pytest.mark.parametrize("form", list(TEXTS))
def test_correct_signatories_pass(form: str) -> None:
    text, parties = TEXTS[form]
    assert set(_signatories(text, parties).values()) == {"exact"}


@pytest.mark.parametrize("form", list(TEXTS))
def test_swapped_signatories_are_caught(form: str) -> None:
    text, parties = TEXTS[form]
    (a, sa), (b, sb) = parties
    statuses = _signatories(text, [(a, sb), (b, sa)])
    assert statuses == {
        "parties[0].signatory": "unsupported",
        "parties[1].signatory": "unsupported",
    }


def test_a_title_written_near_the_person_among_others_is_not_contradicted() -> None:
    """`부총장인 이나래`: the title is near her but not in her phrase, so it is not bound; as the
    verifier itself lists it among the titles near her, it is unverified, never unsupported."""
    text = "가람대학교는 이날 협약식을 열었다. 총장과 부총장인 이나래 교수가 참석했다.\n"
    facts = extract_facts(text.encode("utf-8"), reference_date="2025-03-04")
    ev = Evidence(text=text, facts=facts)
    at = text.index("이나래")
    person = [Span(text="이나래", start=at, end=at + 3)]
    near = check_title(ev, "parties[0].signatory_title", "부총장", person)
    assert near.status == "unverified"
    other = check_title(ev, "parties[0].signatory_title", "학장", person)
    assert other.status == "unsupported"  # a title not written near her at all
