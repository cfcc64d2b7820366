"""Korean left outside brackets after English and outside quotes is found."""

from __future__ import annotations

import pytest

from summarizer.english.stray import stray_hangul


@pytest.mark.parametrize(
    ("text", "stray"),
    [
        ("Minister OH Youngju (오영주 장관) said.", []),
        ("“수출이 곧 성장” — Minister OH", []),
        ("## Title\n\n*(Korean title: 중기부·한경협 협약 (6일))*", []),
        ("Title\n=====\n\n(Korean title: 협약)", []),
        ("signed by Minister 한서진", ["한서진"]),
        ("Director 문정훈, 소상공인정책관", ["문정훈,", "소상공인정책관"]),
        ("(중기부) said", ["(중기부)"]),  # a bracket that follows no English
        ("중진공 경남지역본부: +82 55-210-0714", ["중진공", "경남지역본부:"]),
        ("Ministry \\(중소벤처기업부\\)", []),  # Markdown escapes
    ],
)
def test_stray_hangul(text: str, stray: list[str]) -> None:
    assert stray_hangul(text) == stray


def test_straight_quotes_mark_source_text() -> None:
    assert stray_hangul("recall: the source writes '10개'; the briefing has none") == []
    assert stray_hangul("the source writes '10개 and more") == ["'10개"]
