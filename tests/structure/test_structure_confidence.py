"""Hints with confidence: what the rules doubt is marked, so the prompt can flag it."""

from __future__ import annotations

import pytest

from summarizer import extract_facts
from summarizer.models import FactsResult
from summarizer.prompting import fact_hints
from summarizer.structure.orgs import Cand, looks_like_org

REF = "2025-06-12"


def facts(page: str) -> FactsResult:
    return extract_facts(page.encode("utf-8"), reference_date=REF)


def test_a_phrase_read_as_a_party_is_left_out() -> None:
    # `공동 발전` (an aim) is no organisation and never a party: left out (it was listed as
    # unsure, and a wrong party is worse than none); the city beside it is one
    # (its mark is the calibrated scorer's: `test_structure_party_confidence`)
    page = "공동 발전과 해울시가 11일 협약을 체결했다.\n"
    parties = facts(page).structure.parties
    assert [p.name for p in parties] == ["해울시"]


@pytest.mark.parametrize(
    ("name", "org"),
    [
        ("거친 군", False),
        ("공동 발전", False),
        ("한국", False),
        ("호주 정부", False),
        ("칠곡군", True),
        ("현대건설", True),
        ("한국남부발전", True),
        ("KOTRA", True),
    ],
)
def test_what_looks_like_an_organisation(name: str, org: bool) -> None:
    assert looks_like_org(Cand(name=name)) is org


def test_parties_found_only_in_a_caption_are_marked() -> None:
    page = (
        "도하람 해울시장과 나예린 들빛시장이 11일 상호 협력 협약을 체결한 후 기념촬영하고 있다.\n"
        "양 도시는 청렴 문화를 함께 알리기로 했다.\n"
    )
    parties = facts(page).structure.parties
    assert [(p.name, p.why) for p in parties] == [("해울시", "caption"), ("들빛시", "caption")]


def test_a_signing_sentence_gives_sure_parties() -> None:
    page = "해울공사(사장 도하람)는 11일 들빛재단과 업무협약을 체결했다.\n"
    assert {p.confidence for p in facts(page).structure.parties} == {"high"}


def test_a_tagged_line_is_a_doubtful_title() -> None:
    page = "[동정] 도하람 해울시장\n\n해울시는 11일 들빛군과 협약을 체결했다.\n"
    title = facts(page).structure.title
    assert title is not None and (title.confidence, title.why) == ("low", "tagged")


def test_a_headline_after_body_sentences_is_doubtful() -> None:
    page = (
        "해울시는 11일 들빛군과 협약을 체결했다고 밝혔다. 두 곳은 관광 교류를 늘리기로 했다.\n"
        "Haeul City and Deulbit County sign MOU\n"
    )
    title = facts(page).structure.title
    assert title is None or title.confidence == "low"


def test_a_council_vote_date_is_left_out() -> None:
    # the vote on the agreement is another step than the signing: its day dates no signing,
    # and the council's session is no venue
    page = (
        "해울시의회는 지난 10일 본회의에서 들빛군과의 업무협약 체결 동의안을 의결했다.\n"
        "두 곳은 관광 교류를 늘리기로 했다.\n"
    )
    event = facts(page).structure.event
    assert event is None or (event.date is None and event.place is None)


def test_a_signing_after_the_council_approved_it_is_dated_but_unsure() -> None:
    page = "해울시는 시의회 승인을 거쳐 12일 들빛군과 업무협약을 체결했다.\n"
    event = facts(page).structure.event
    assert event is not None and event.date == "2025-06-12" and "date" in event.unsure


def test_the_prompt_marks_what_is_unsure() -> None:
    page = "[동정] 도하람 해울시장\n\n호주 정부와 해울시가 11일 협약을 체결했다.\n"
    hints = fact_hints(facts(page))
    assert hints["title_unsure"] == "tagged"
    # a party the calibrated scorer doubts (one body named once, in a one-line story) travels
    # to the prompt with the score that doubted it
    lone = fact_hints(facts("공동 발전과 해울시가 11일 협약을 체결했다.\n"))
    [unsure] = [p["unsure"] for p in lone["parties"]]
    assert unsure is not None and unsure.startswith("the rules doubt it (score 0.")
