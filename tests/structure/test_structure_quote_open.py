"""Whether a place lies inside a quotation (`quote_marks.quote_open`), the one reading the event's
step words, the venue and the terms ask (rev38, issue 13), in invented snippets."""

from __future__ import annotations

import pytest

from summarizer.structure.lines import Mask
from summarizer.structure.quote_marks import quote_open
from summarizer.structure.terms import terms_sentences


def _open(text: str, at_word: str, **kw: object) -> int:
    return quote_open(text, 0, text.index(at_word), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "opened"),
    [
        ("가람시는 “누리에서 만나자”며 협약을 맺었다", "누리에서", 5),
        ("가람시는 “누리에서 만나자”며 협약을 맺었다", "협약", -1),  # closed before it
        ("가람시는 ‘자매결연 20주년 협약’을 맺었다", "20주년", 5),
        ('가람시는 "누리에서 만나자"며 협약을 맺었다', "누리에서", 5),
        ('가람시는 "누리에서 만나자"며 협약을 맺었다', "협약", -1),  # an even count of marks
        ("“가람에서 ‘누리 협약’을 맺게 돼”", "누리", 6),  # the innermost quotation
        ("“가람에서 ‘누리 협약’을 맺게 돼”", "맺게", 0),
        ("“가람에서 만나자", "만나자", 0),  # never closed: still open
    ],
)
def test_the_quotation_a_place_lies_in(text: str, word: str, opened: int) -> None:
    assert _open(text, word) == opened


def test_the_marks_asked_and_a_closing_asked_for() -> None:
    text = "가람시는 ‘누리 협약’과 “별빛 공동 연구"
    assert _open(text, "누리", marks='“"') == -1  # single marks not asked
    assert _open(text, "누리", closed_by=len(text)) == 5
    assert _open(text, "별빛", closed_by=len(text)) == -1  # no closing mark after it


@pytest.mark.parametrize(
    "line",
    [
        "가람시는 “누리 협약”을 맺었다고 밝혔다. 두 기관은 청년 창업 지원과 공동 연구를 "
        "추진하기로 했다.\n",
        "Gara University will open the “Gara Robot Lab.” The lab is on the campus. Furthermore, "
        "Nuri Telecom will provide equipment and staff to Gara students.\n",
    ],
)
def test_a_quotation_closed_earlier_on_the_line_leaves_the_terms_outside_it(line: str) -> None:
    # (counting only the opening marks, every later sentence of the line was inside it)
    assert len(list(terms_sentences(line, Mask([]), 0))) == 1
