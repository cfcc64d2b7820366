"""Faster scans of the event and quote finders give what the plain ones gave."""

from __future__ import annotations

import random
import re

from summarizer.lexicon import TITLE_WORDS, alternation
from summarizer.structure.quote_marks import LINE_END, _line_end
from summarizer.structure.venue import _signer_cut


def _soup(words: list[str], n: int, seed: int, most: int = 8) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_signer_cut_ends_where_the_last_word_with_a_title_ends() -> None:
    assert not [w for w in TITLE_WORDS if any(c.isspace() for c in w)]  # what makes them equal
    plain = re.compile(rf"\S*{alternation(TITLE_WORDS)}[이가]\s")
    words = [*sorted(TITLE_WORDS)[:40], "이", "가", " ", "\t", "\n", "A", "장이", "사장이 ", "x"]
    for s in ["누리대 총장이 시청에서", "가온시장이 ", "", "총장이", *_soup(words, 20000, seed=21)]:
        ends = [m.end() for m in plain.finditer(s)]
        assert _signer_cut(s) == (ends[-1] if ends else -1), s


def test_line_end_as_the_pattern_finds_it() -> None:
    for s in _soup(["a", "가", "\r", "\n", "\r\n", " "], 20000, seed=22, most=10):
        for i in range(len(s) + 1):
            m = LINE_END.search(s, i)
            assert _line_end(s, i, "\r" in s) == (m.start() if m else len(s)), (s, i)
