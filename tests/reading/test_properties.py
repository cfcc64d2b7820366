"""Property tests: reading never crashes on text, and every region reproduces its span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.reading.html import html_to_text
from summarizer.reading.regions import find_regions, lines_with_offsets

KOREAN_LINES = st.text(
    alphabet=st.sampled_from(
        list("가나다입력수정기자저작권자무단전재끝붙임사진담당부서 \t\r\n-※©@0123456789()")
    ),
    max_size=300,
)


@given(KOREAN_LINES)
@settings(max_examples=200, deadline=None)
def test_regions_reproduce_their_text(text: str) -> None:
    for region in find_regions(text):
        assert 0 <= region.start <= region.end <= len(text)
        assert text[region.start : region.end] == region.text


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_lines_cover_the_text(text: str) -> None:
    for start, end, line in lines_with_offsets(text):
        assert text[start:end] == line
        assert "\n" not in line


@given(st.text(alphabet=st.sampled_from(list("<>/ap divscrt=\"'&;가나 1")), max_size=200))
@settings(max_examples=100, deadline=None)
def test_html_never_crashes_and_regions_index_the_text(markup: str) -> None:
    text, regions = html_to_text(markup)
    for region in regions:
        assert text[region.start : region.end] == region.text
