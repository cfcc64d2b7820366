"""The fast paths of the parties and commitments readers give what the plain forms give.

Each fast form (a pattern tried only where a match can start, a sentence skipped for lack of
a word every match holds, a word's reading kept for the next time it is asked) is compared with
the plain form on the bundled documents and on many generated strings.
"""

from __future__ import annotations

import random
from pathlib import Path

from summarizer.reading import read_document
from summarizer.structure.party_repair import _SHARED_SUFFIX, shared_suffixes

ROOT = Path(__file__).resolve().parents[2]


def _bundled() -> list[str]:
    folders = (ROOT / "examples", ROOT / "corpus" / "docs")
    return [read_document(p).text for f in folders for p in sorted(f.glob("*.txt"))]


TEXTS = _bundled()


def _soup(words: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_bundled_documents_are_there() -> None:
    assert len(TEXTS) >= 10


def test_shared_suffix_lists_are_those_of_the_whole_pattern() -> None:
    words = [
        "유성", "세종", "공주", "경찰서", "대학교", "지회", "·", "ㆍ", " ", "  ", "\n", "(",
        ")", "(서장 홍길동)", "(서장 홍·길)", "(a·b·c)", "가나다라마바사아", "A", "12", "은",
        "과학기술", "정보통신", "시", "군", "청", "센터", "　", "\t", "(이하 공단·재단)", "가)",
        "(가나다라마바사아자차카타파하가나다라마바)", "경찰서(서장 김)", "·(", "123456789",
    ]  # fmt: skip
    found = 0
    for text in TEXTS + _soup(words, 6000, seed=3, most=25):
        plain = _spans(_SHARED_SUFFIX.finditer(text))
        assert _spans(shared_suffixes(text)) == plain, text
        found += len(plain)
    assert found > 300  # (the strings hold lists: the comparison is not of empty results)
