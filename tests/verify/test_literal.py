"""The compile-free name searches give the match the regex they replace gives.

verify/literal.py finds a name with `str.find` and tries the look-behind and the marker around
it as patterns compiled once; the old form compiled `B + re.escape(name) + A` (words joined by
`\\s*` or `\\s+`) per name. Both are run here on many random strings made of the name's own
pieces, spacing of several kinds, brackets and particles, so that an edit that breaks an
assumption of the fast form (a greedy join with one reading, the look-behind seen at the found
position) fails.
"""

from __future__ import annotations

import random
import re

from summarizer.verify import literal
from summarizer.verify.literal import ANY_SPACE, NOT_AFTER_LETTER, SOME_SPACE, finditer, search

PIECES = [
    "가람", "가람시", "시", "누리", "대", " ", "  ", "\n", "\t", "\u3000", "\xa0", "은 ", "는 ",
    "이 ", "가 ", "와 ", "과 ", "함께 ", "(시장 김하늘)", "（", "）", "A", "a", "Nuri", "nuri",
    "NURI ", "-", ",", ".", "의", "측은 ", "한 ", "Kim", " Ha", "x",
]  # fmt: skip
NAMES = ["가람", "가람시", "누리 대", "Nuri", "a", "시", "Kim Ha", "가람 시 누리", "(", "."]
MARKERS = [
    r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*(?:은|는|이|가|측은|측이)\s",
    r"\s*(?:와|과)\s*함께\s",
    r"(?![A-Za-z])",
    r"",
    r"\s*(?:이|가)\s+[가-힣]*(?:한|된|할|될|하는|되는|하던)\s",
    r"\s+(\S+)",
]
BEFORES = [r"(?<![가-힣A-Za-z])", r"(?<![가-힣])", r"\b", r""]


def soup(rng: random.Random, most: int = 14, name: str = "") -> str:
    """Random pieces, the name and its words among them (a third of the picks)."""
    own = [name, *name.split()] if name else PIECES
    return "".join(
        rng.choice(own if rng.random() < 0.33 else PIECES) for _ in range(rng.randint(0, most))
    )


def test_search_and_finditer_are_the_regex() -> None:
    rng = random.Random(38)
    for _ in range(6000):
        name = rng.choice(NAMES)
        text = soup(rng, name=name)
        marker = rng.choice(MARKERS)
        before = rng.choice(BEFORES)
        spaced = rng.random() < 0.5
        words = name.split() if spaced else [name]
        joins = [(ANY_SPACE, r"\s*"), (SOME_SPACE, r"\s+")]
        sep, sep_src = rng.choice(joins)
        pattern = before + sep_src.join(map(re.escape, words)) + marker
        got = [
            (f.start, f.end, f.tail.groups() if f.tail else ())
            for f in finditer(
                text,
                words,
                before=re.compile(before) if before else None,
                after=re.compile(marker) if marker else None,
                sep=sep,
            )
        ]
        want = [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text)]
        assert got == want, (text, pattern)
        first = search(
            text,
            words,
            before=re.compile(before) if before else None,
            after=re.compile(marker) if marker else None,
            sep=sep,
        )
        m = re.search(pattern, text)
        assert ((first.start, first.end) if first else None) == (
            (m.start(), m.end()) if m else None
        ), (text, pattern)


def test_name_search_with_an_empty_name_is_the_regex() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = soup(rng, 6)
        marker = rng.choice(MARKERS)
        got = literal.name_search(text, "", re.compile(marker))
        m = re.search(NOT_AFTER_LETTER.pattern + marker, text)
        assert ((got.start, got.end) if got else None) == ((m.start(), m.end()) if m else None)
