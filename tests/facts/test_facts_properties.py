"""Property tests: any text, no exception; every span reproduces its text."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.facts import Reference, find_facts, find_reference_date

_PIECES = st.sampled_from(
    [
        "년",
        "월",
        "일",
        "시",
        "분",
        "오전",
        "오후",
        "지난",
        "오는",
        "다음 달",
        "(수)",
        "(금)",
        "~",
        "-",
        ".",
        ":",
        "(",
        ")",
        " ",
        "\r\n",
        "\n",
        "☎",
        "전화",
        "+82",
        "0",
        "1",
        "2",
        "3",
        "9",
        "10",
        "12",
        "31",
        "2024",
        "'24",
        "044",
        "02",
        "1588",
        "억",
        "만",
        "원",
        "Sept.",
        "Oct",
        "p.m.",
        "a.m.",
        "@",
        "www.",
        "a.kr",
        "０",
        "－",
        "：",
        "<p>",
        "</p>",
        "&quot;",
        "일(일)",
        "%",
        ",",
        "정오",
        "자정",
        "낮",
        "밤",
        "(수·공휴일)",
        "(토/일)",
        "(화~수)",
        " - ",
        "·",
        "과",
        "방향",
        "새벽",
        "저녁",
        " ~ ",
        "09:00",
        "4:15",
        "6. 13.",
        "양일간",
        "May",
        "July",
        "th",
        " and ",
        " of ",
        "24.7.17",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_pieces_never_crash_and_spans_hold(text: str, ref: date) -> None:
    for f in find_facts(text, ref):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
    find_reference_date(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_any_text_never_crashes(text: str, ref: date) -> None:
    for f in find_facts(text, ref):
        assert f.start < f.end
        assert text[f.start : f.end] == f.text
    find_reference_date(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_facts_overlap_only_as_a_time_inside_a_date_range(text: str, ref: date) -> None:
    for a, b in itertools.combinations(find_facts(text, ref), 2):
        if a.end > b.start and b.end > a.start:
            box, inner = (a, b) if a.kind == "date" else (b, a)
            assert (box.kind, inner.kind) == ("date", "time")
            assert "/" in (box.value or "")
            assert box.start <= inner.start and inner.end <= box.end


_MORE = st.sampled_from(
    ["부터", "까지", "이날", "전날", "당일", "Monday", "지지난달", "/", "7/17", "체결했다.",
     "예정이다.", " date ", "2021-07", "입력 ", "수정 ", "송고", "https://a.kr/2021/07/13/",
     "℃", "기자 ", "(현지시간)", "8.30-9.6", "(10.1)"]
)  # fmt: skip
_REFS = st.one_of(
    st.none(),
    st.dates(date(1990, 1, 1), date(2040, 12, 31)).map(Reference.of),
    st.tuples(st.integers(1990, 2040), st.integers(1, 12)).map(lambda ym: Reference(*ym)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _MORE), max_size=40).map("".join), _REFS)
def test_any_reference_or_none_never_crashes(text: str, ref: Reference | None) -> None:
    for f in find_facts(text, ref):
        assert text[f.start : f.end] == f.text
        if f.kind == "date" and f.value is None:
            assert ref is None or ref.day is None  # unresolved only for want of a reference
            assert f.parts
    find_reference_date(text)
