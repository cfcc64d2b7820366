"""Alignment of claims to source spans: tolerance levels, and spans that always reproduce their text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.verify import NormText, align

SOURCE = "오영주 중기부 장관은 “이번 업무협약의 핵심은 ‘함께 성장’이다”라며,\r\n“오늘 협약을 계기로 새로운 미래를 열겠다.”고 밝혔다."


@pytest.mark.parametrize(
    ("claim", "status"),
    [
        ("이번 업무협약의 핵심은 ‘함께 성장’이다", "exact"),
        ("“이번 업무협약의 핵심은 ‘함께 성장’이다”", "exact"),  # wrapping marks are cosmetic
        ("이번 업무협약의 핵심은 함께 성장이다", "normalised"),  # inner quote marks dropped
        ("이번업무협약의 핵심은 '함께성장'이다", "normalised"),  # spacing differs
        ("ＯＮＥ", "unsupported"),
        ("이번 업무협약 핵심은 함께 성장이다", "fuzzy"),  # a particle dropped
        ("이번 업무협약의 핵심은 … 새로운 미래를 열겠다", "fuzzy"),  # shortened with an ellipsis
        ("정부는 내년 예산을 두 배로 늘리겠다", "unsupported"),
        ("", "unsupported"),
    ],
)
def test_alignment_levels(claim: str, status: str) -> None:
    found = align(claim, SOURCE, threshold=0.85)
    assert found.status == status
    span = found.span(SOURCE)
    if status == "unsupported":
        assert span is None
    else:
        assert span is not None and SOURCE[span.start : span.end] == span.text


def test_span_crosses_crlf_with_original_offsets() -> None:
    found = align("성장이다라며 오늘 협약을", SOURCE, threshold=0.85)
    assert found.status == "normalised"
    span = found.span(SOURCE)
    assert span is not None and "\r\n" in span.text and span.text.endswith("협약을")


def test_full_width_text_matches_half_width_claim() -> None:
    text = "담당：ＫＯＳＭＥ 경기북부지부"
    found = align("KOSME 경기북부지부", text, threshold=0.85)
    assert found.status == "normalised"
    assert found.span(text) is not None and found.span(text).text == "ＫＯＳＭＥ 경기북부지부"  # type: ignore[union-attr]


def test_fuzzy_threshold_separates_close_from_far() -> None:
    text = "두 기관은 중소기업의 해외진출 및 수출 지원에 협력한다."
    assert align("중소기업 해외진출 및 수출 지원", text, threshold=0.85).status in (
        "fuzzy",
        "normalised",
    )
    assert (
        align("중소기업 해외 투자 유치 및 인력 양성", text, threshold=0.85).status == "unsupported"
    )


def test_norm_text_offsets_index_the_original() -> None:
    view = NormText("가 (나)·다\r\n라")
    assert view.chars == "가나다라"
    assert [view.text[i] for i in view.offsets] == ["가", "나", "다", "라"]


korean_text = st.text(
    alphabet=st.sampled_from(
        list(
            "가나다라마바사아자차카타파하 의는이가을를 .,·“”‘’\"'()\r\n-–—…0123456789ABCabc①△▲ＡＢ"
        )
    ),
    min_size=1,
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(text=korean_text, data=st.data())
def test_any_substring_aligns_exactly_at_a_span_reproducing_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    claim = text[start:end]
    found = align(claim, text, threshold=0.85)
    span = found.span(text)
    core = claim.strip(" \t\r\n\"'“”‘’「」『』《》〈〉<>")
    if not core:
        assert found.status == "unsupported"
        return
    assert found.status == "exact"
    assert span is not None and text[span.start : span.end] == span.text == core


@settings(max_examples=200, deadline=None)
@given(text=korean_text, claim=korean_text)
def test_alignment_never_crashes_and_spans_always_reproduce(text: str, claim: str) -> None:
    for threshold in (0.0, 0.8, 0.85):
        found = align(claim, text, threshold=threshold)
        span = found.span(text)
        if span is not None:
            assert text[span.start : span.end] == span.text
            assert 0 <= span.start <= span.end <= len(text)
