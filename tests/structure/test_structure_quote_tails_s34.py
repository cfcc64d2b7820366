"""The tail after a Korean quotation read as speech (session 34, snippets written for these
tests): the quotative `-라고` shortened to `-라` before a speech verb (`…것”이라 밝혔다`), and a
quotation that is the object of a wish or a pledge (`…나갈 것"을 기대했다`, `…”을 다짐했다`),
closed with a straight mark after a curly opening."""

from __future__ import annotations

from structure_helpers import run

_LEAD = "가람시와 누리재단은 3일 시청에서 업무협약을 체결했다.\n양 기관은 청년 일자리 창출에 협력하기로 했다.\n"


def test_a_shortened_quotative_before_a_speech_verb() -> None:
    text = _LEAD + "박가람 가람시장은 “청년이 머무는 도시의 토대를 마련할 것”이라 밝혔다.\n"
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["박가람"]
    assert quotes[0].text.startswith("청년이 머무는 도시의")


def test_a_quotation_hoped_for_closed_with_a_straight_mark() -> None:
    text = _LEAD + '김누리 이사장은 “새 도약의 토대를 마련하고 함께 발전해 나갈 것"을 기대했다.\n'
    assert [q.speaker for q in run(text).quotes] == ["김누리"]


def test_a_quotation_vowed() -> None:
    text = _LEAD + "김누리 이사장은 “청년들의 곁에서 끝까지 함께 하겠다”를 다짐했다.\n"
    assert [q.speaker for q in run(text).quotes] == ["김누리"]


def test_a_shortened_ending_without_a_speech_verb_is_no_quotation() -> None:
    # `‘잭팟’이라 부르면`: a name called so, no statement
    text = _LEAD + "일부에서는 이번 협약을 “청년 일자리의 새로운 대박 사업”이라 부르기도 한다.\n"
    assert run(text).quotes == []
