"""Candidates that count bodies instead of naming one: `거래업체인 25개사`, `개최해 국내 3대
유통대기업`, `지역 4개 기관`. A word that is only a count of bodies (`25개사`, `3대`, `4곳`) is
never part of a body's name (`1대대`, `3537부대`, `LINC 3.0` are not such words)."""

from __future__ import annotations

from summarizer.lazy import lazy_compile

_COUNT_WORD = lazy_compile(r"(?:^|\s)\d{1,3}\s?(?:대|개사|개|곳|개소)(?=\s|$)")


def counts_bodies(name: str) -> bool:
    """Whether `name` holds a word that only counts bodies."""
    return _COUNT_WORD.search(name) is not None


__all__ = ["counts_bodies"]
