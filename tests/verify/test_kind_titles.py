"""A title made of a party's kind names that party, and only when one party is of that kind."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingParty, BriefingQuote, Span
from summarizer.verify import verify_briefing
from summarizer.verify.evidence import Evidence
from summarizer.verify.kind_titles import kind_party

NAMES = [{"햇살경찰서"}, {"햇살소방서"}, {"달빛군"}]


def _party(text: str, names: list[set[str]]) -> int | None:
    ev = Evidence(text=text, facts=extract_facts(text.encode("utf-8"), reference_date="2025-03-04"))
    at = text.index("박바다")
    return kind_party(ev, Span(text="박바다", start=at, end=at + 3), names)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("박바다 경찰서장은 “함께 하겠다”고 했다.", 0),
        ("박바다 소방서장과 함께", 1),
        ("박바다 군수는 말했다.", 2),
        ("박바다 부군수는 말했다.", None),  # a deputy is not the county's head
        ("박바다 교수는 말했다.", None),
        ("박바다 서장은 말했다.", None),  # `서장` alone names no kind
    ],
)
def test_a_kind_title_names_the_one_party_of_that_kind(text: str, party: int | None) -> None:
    assert _party(text, NAMES) == party


def test_two_parties_of_the_same_kind_name_none() -> None:
    names = [{"햇살경찰서"}, {"달빛경찰서"}]
    assert _party("박바다 경찰서장은 말했다.", names) is None


TEXT = (
    "햇살소방서·햇살경찰서, 재난 대응 협약\n\n"
    "햇살소방서(서장 김하늘)는 2025년 3월 4일 햇살경찰서와 재난 대응 업무협약을 체결했다.\n"
    "김하늘 서장은 “현장 대응을 함께 하겠다”고 말했다.\n"
    "박바다 경찰서장은 “정보 공유에 힘쓰겠다”고 말했다.\n"
)


@pytest.mark.parametrize(
    ("speaker", "org", "status"),
    [
        ("김하늘", "햇살소방서", "exact"),  # the head the structure reads in brackets
        ("김하늘", "햇살경찰서", "unsupported"),
        ("박바다", "햇살경찰서", "exact"),  # the kind title
        ("박바다", "햇살소방서", "unsupported"),
    ],
)
def test_a_quote_org_binds_through_the_head_or_the_kind_title(
    speaker: str, org: str, status: str
) -> None:
    text_ko = "현장 대응을 함께 하겠다" if speaker == "김하늘" else "정보 공유에 힘쓰겠다"
    briefing = Briefing(
        title_ko="t", title_en="t", headline_ko="h", headline_en="h",
        summary_ko=["s"], summary_en=["s"],
        parties=[BriefingParty(name_ko="햇살소방서"), BriefingParty(name_ko="햇살경찰서")],
        quotes=[BriefingQuote(speaker=speaker, org=org, text_ko=text_ko, text_en="x")],
    )  # fmt: skip
    facts = extract_facts(TEXT.encode("utf-8"), reference_date="2025-03-04")
    (check,) = [
        c for c in verify_briefing(briefing, TEXT, facts).checks if c.field == "quotes[0].org"
    ]
    assert check.status == status, check


# A generic kind noun written as the person's body, then their title (`공단 상임감사`).
GENERIC_TEXT = (
    "윤슬공단·달빛군, 안전 감사 협약\n\n"
    "윤슬공단은 2025년 3월 4일 달빛군과 안전 감사 업무협약을 체결했다.\n"
    "한여울 공단 상임감사는 “감사의 공정성을 높이겠다”고 말했다.\n"
)


@pytest.mark.parametrize(
    ("names", "party"),
    [
        ([{"달빛군"}, {"윤슬공단"}], 1),
        ([{"달빛공단"}, {"윤슬공단"}], None),  # two parties of that kind: neither
        ([{"달빛군"}, {"윤슬재단"}], None),  # the noun is not the party's kind
    ],
)
def test_a_generic_kind_noun_before_the_title_names_the_one_party_of_that_kind(
    names: list[set[str]], party: int | None
) -> None:
    ev = Evidence(
        text=GENERIC_TEXT,
        facts=extract_facts(GENERIC_TEXT.encode("utf-8"), reference_date="2025-03-04"),
    )
    at = GENERIC_TEXT.index("한여울")
    assert kind_party(ev, Span(text="한여울", start=at, end=at + 3), names) == party


def test_a_quote_org_binds_through_a_generic_kind_noun() -> None:
    briefing = Briefing(
        title_ko="t", title_en="t", headline_ko="h", headline_en="h",
        summary_ko=["s"], summary_en=["s"],
        parties=[BriefingParty(name_ko="윤슬공단"), BriefingParty(name_ko="달빛군")],
        quotes=[BriefingQuote(speaker="한여울", org="윤슬공단", text_ko="감사의 공정성을 높이겠다", text_en="x")],
    )  # fmt: skip
    facts = extract_facts(GENERIC_TEXT.encode("utf-8"), reference_date="2025-03-04")
    (check,) = [
        c
        for c in verify_briefing(briefing, GENERIC_TEXT, facts).checks
        if c.field == "quotes[0].org"
    ]
    assert check.status == "exact", check
