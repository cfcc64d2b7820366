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


# A page cut at a fixed width (a paper's archive, a release pasted into a board): the
# signing's day and venue stand on the lines cut before its verb (issue 8, helper evt33; the
# form of two tuning pages of two sites)
_WRAPPED = (
    "가온연구원, 누리공과대학과 협력협정 체결\n"
    "■ 가온연구원(원장 김가온)은 오는 9일 오후 3시 누리공과대학 본관 대\n"
    "회의실에서 누리공과대학(총장 이누리)과 소재·부품 공동연구 사업을 위한\n"
    "협력협정을 체결한다.\n"
    "○ 이번 협정은 두 기관이 공동연구와 연구인력 교류를 확대하기 위해 마련\n"
    "됐으며 양 기관은 해마다 협의회를 열어 공동과제를 정하고 성과를 나누\n"
    "기로 했다고 연구원 관계자는 전했다.\n"
)


def test_the_day_and_venue_on_lines_cut_at_the_margin() -> None:
    ev = facts_record(_WRAPPED.encode(), reference_date="2024-06-03").structure.event
    assert ev is not None
    assert (ev.date, ev.time) == ("2024-06-09", "15:00")
    assert ev.place is not None and "본관 대회의실" in ev.place.replace("\n", "")


def test_a_page_of_paragraphs_is_not_read_as_cut() -> None:
    # (the same lines under a paragraph of its own line: the page's margin lies past them)
    long_line = "가온연구원은 " + "연구 협력을 넓혀 왔다 " * 20 + "고 밝혔다.\n"
    ev = facts_record((long_line + _WRAPPED).encode(), reference_date="2024-06-03").structure.event
    assert ev is None or ev.date is None


def test_a_headline_as_wide_as_the_sentence_is_no_cut_line() -> None:
    # (one wide line closing without a sentence's end is no page cut at a margin)
    page = (
        "가람시청 누리재단 가온복지관 다온센터, 25일 지역 돌봄 강화 위해 공동 협약 체결\n"
        "가람시는 누리재단, 가온복지관, 다온센터와 지역 돌봄 협약을 체결했다고 밝혔다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is None or ev.date is None
