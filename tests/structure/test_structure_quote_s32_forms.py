"""Quote forms met on real news pages (snippets invented for these tests): a statement in two
segments joined by the copula's `이며`, an unnamed ministry official with the day between him and
the quote, an officer named between his unit's title and his rank."""

from __future__ import annotations

import pytest
from structure_helpers import run

_SIGNING = (
    "가람소방서-누리교육원 안전교육 업무협약\n\n"
    "가람소방서는 11일 누리교육원과 안전교육 업무협약을 체결했다.\n\n"
)


def test_two_segments_joined_by_the_copula_are_one_statement() -> None:
    text = _SIGNING + (
        "박누리 누리교육원장은 “이번 협약은 교육의 질과 안전을 함께 높이는 출발점”이며 "
        "“앞으로도 소방서와 소통하며 안전교육을 이어가겠다”라고 말했다.\n"
    )
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["박누리"]
    assert quotes[0].text.startswith("이번 협약은 교육의 질과")


def test_a_ministry_official_with_the_day_before_the_quote() -> None:
    # (the ministry is no party: an official of a ministry or agency speaks for it)
    text = (
        "가람시-누리재단 공관 이전 양해각서 서명\n\n"
        "가람시는 오는 12일 누리재단과 공관 이전에 관한 양해각서에 서명한다.\n"
        '다온부 당국자는 9일 "당초 실무진 간에 서명할 예정이었으나 장관 방문을 계기로 '
        '양측 대표가 서명하기로 했다"고 설명했다.\n'
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("다온부 당국자", "다온부")]
    assert quotes[0].text.startswith("당초 실무진 간에")


def test_an_outsider_official_with_the_day_before_the_quote_is_nobody() -> None:
    text = _SIGNING + "업계 관계자는 이날 “지역 안전교육에 좋은 신호가 될 것”이라고 말했다.\n"
    assert run(text).quotes == []


def test_an_officer_between_his_units_title_and_his_rank() -> None:
    text = (
        "가람마을-누리부대 자매결연 체결\n\n"
        "가람마을은 11일 누리부대와 자매결연을 맺었다.\n\n"
        "연대장 김가온 대령은 “30년 간 이웃하며 좋은 관계를 이어 온 마을과 결연을 맺게 돼 "
        "뜻 깊게 생각한다”고 말했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.title) for q in quotes] == [("김가온", "대령")]


_BODY_SIGNING = (
    "가람부-누리재단 청년창업 업무협약\n\n"
    "가람부는 11일 누리재단(이사장 박누리)과 청년 창업 지원 업무협약을 체결했다.\n\n"
)
_SAID = "“청년 창업을 함께 지원해 지역 경제를 살리겠다”"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # the body named after the quotation, words between it and the verb
        (_SAID + "라고 가람부는 이날 보도자료를 통해 밝혔다.", "가람부"),
        # its unnamed official after the quotation
        (_SAID + "고 가람부 관계자는 말했다.", "가람부 관계자"),
        # `…”는 게 X의 설명이다`: whose words they were
        (_SAID + "는 게 가람부의 설명이다.", "가람부"),
        # two segments, the speaker named after the last
        (_SAID + "며 “앞으로 더 노력하겠다”고 가람부는 밝혔다.", "가람부"),
    ],
)
def test_the_speaker_named_after_the_quotation(line: str, speaker: str) -> None:
    quotes = run(_BODY_SIGNING + line + "\n").quotes
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].text.startswith("청년 창업을 함께")


def test_an_outsider_after_the_quotation_is_nobody() -> None:
    assert run(_BODY_SIGNING + _SAID + "고 업계 관계자는 말했다.\n").quotes == []


def test_a_chain_with_no_speaker_after_it_is_nobody() -> None:
    assert run(_BODY_SIGNING + _SAID + "며 “앞으로 더 노력하겠다”고 말했다.\n").quotes == []


@pytest.mark.parametrize(
    "quoted",
    [
        "“청년 창업을 함께 지원해 지역 경제를 살리겠다“고",
        "“청년 창업을 함께 지원해 지역 경제를 살리겠다’고",
        "‘청년 창업을 함께 지원해 지역 경제를 살리겠다”고",
    ],
)
def test_a_quote_closed_with_a_wrong_mark(quoted: str) -> None:
    text = _BODY_SIGNING + f"박누리 이사장은 {quoted} 말했다.\n\n두 기관은 협력하기로 했다.\n"
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["박누리"]
    assert quotes[0].text == "청년 창업을 함께 지원해 지역 경제를 살리겠다"
