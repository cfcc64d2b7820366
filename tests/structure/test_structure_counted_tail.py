"""`A, B, C 3개 기관이 참석한 이번 업무협약`: searched from 300 characters before the count's
tail, the list pattern finds what it finds searched from the line's start."""

from __future__ import annotations

import random

from summarizer.structure.party_lists import _COUNTED_PRESENT, _COUNTED_TAIL

_PIECES = [
    "가람시", "누리공단", ", ", "·", " 및 ", " ", "이날 ", ".", "\n", "3개 기관이 참석한 이번 협약",
    " 2개 단체가 함께한 업무협약", "4개 유관기관은 참여한 MOU", "협약", "참석한", " 5 개 기관이",
]  # fmt: skip


def _windowed(text: str) -> tuple[int, int] | None:
    tail = _COUNTED_TAIL.search(text)
    m = tail and _COUNTED_PRESENT.search(text, max(0, tail.start() - 310))
    return m.span() if m else None


def test_the_windowed_search_finds_the_plain_search_match() -> None:
    rnd = random.Random(22)
    for _ in range(3000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 60)))
        plain = _COUNTED_PRESENT.search(text)
        assert _windowed(text) == (plain.span() if plain else None), text


def test_a_long_line_before_the_list_is_skipped_not_searched() -> None:
    text = "가" * 5000 + " 가람시, 누리공단, 다솔재단 3개 기관이 참석한 이번 업무협약"
    plain = _COUNTED_PRESENT.search(text)
    assert plain is not None and _windowed(text) == plain.span()
