"""A straight quote closed with the curly opening mark before the quotative (`"…“고 밝혔다`),
as `“…“고` is: invented names."""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.quote_marks import segments


def test_straight_quote_closed_by_an_opening_mark() -> None:
    text = (
        "누리군과 가람군은 11일 자매결연을 체결했다.\n"
        '한편 박누리 군수는 "이번 자매결연을 계기로 양 자치단체 간 활발한 교류를 통해 발전에 '
        "기여할 것으로 기대한다“고 밝혔다.\n박가람 기자\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:12]) for q in quotes] == [("박누리", "이번 자매결연을 계기로")]
    assert quotes[0].text.endswith("기대한다")


def test_an_opening_mark_without_a_quotative_does_not_close() -> None:
    text = '그는 "모두의 도시 “누리 만들기를 시작했다\n다음 줄\n'
    assert [s for s in segments(text) if text[s.open] == '"'] == []
