"""A sentence wrapped over short lines, one clause each (a broadcaster's script, a community
board): the signing's day and venue stand on the lines that run on into the signing's verb.
Invented texts in the form of two tuning pages (issue 8, helper s29-dq)."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2024-06-30"


def test_the_day_and_venue_on_the_lines_before_the_verb() -> None:
    page = (
        "가람대-누리대 통합 합의\n"
        "가람대학교와 누리대학교가\n"
        "통합에 합의했습니다.\n"
        "김가람 총장과 이누리 총장은\n"
        "지난 28일 누리대 대학 본부에서\n"
        "통합 합의서에 서명했습니다.\n"
        "두 대학은 캠퍼스별 특성화를 추진하기로 했습니다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None
    assert (ev.date, ev.place) == ("2024-06-28", "누리대 대학 본부")


def test_the_day_ending_in_a_comma_over_the_parties() -> None:
    page = (
        "지난 2024년 6월 20일(목),\n"
        "별빛 공동체센터와 달빛 지구대는\n"
        "지역 공동체 협력 강화를 위한 업무협약(MOU)를 체결하였습니다.\n"
        "양 기관은 안전교육에 협력할 계획입니다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2024-06-20"


def test_a_headline_over_the_sentence_does_not_run_on() -> None:
    # (the headline closes on a noun, the paragraph before on a sentence ending: neither joins)
    page = "가람시, 25일 누리재단과 협약 체결\n가람시는 누리재단과 업무협약을 체결했다고 밝혔다.\n"
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is None or ev.date is None
