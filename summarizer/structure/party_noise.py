"""Candidates that count bodies instead of naming one: `거래업체인 25개사`, `개최해 국내 3대
유통대기업`, `지역 4개 기관`. A word that is only a count of bodies (`25개사`, `3대`, `4곳`) is
never part of a body's name (`1대대`, `3537부대`, `LINC 3.0` are not such words); before
`외 N개 업체` the phrase names one body (`A 외 2개 업체와`)."""

from __future__ import annotations

from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.structure.candidate import Cand

_COUNT_WORD = lazy_compile(r"(?:^|\s)\d{1,3}\s?(?:대|개사|개|곳|개소)(?=\s|$)")


# `A 외 2개 업체`, `A 외 3곳`: one body named, the rest counted after it
_OTHERS_TAIL = lazy_compile(r"\s+외\s*\d{1,3}\s*(?:개|곳)[가-힣]*(?:\s+[가-힣]{1,6})?$")


def named_before_count(c: Cand) -> Cand:
    """`에스엠앤테크 외 2개 업체` as `에스엠앤테크`: the one body the partner phrase names."""
    m = _OTHERS_TAIL.search(c.name)
    if m is None or m.start() == 0:
        return c
    end = None if c.start is None else c.start + m.start()
    return replace(c, name=c.name[: m.start()], end=end)


def counts_bodies(name: str) -> bool:
    """Whether `name` holds a word that only counts bodies."""
    return _COUNT_WORD.search(name) is not None


__all__ = ["counts_bodies", "named_before_count"]
