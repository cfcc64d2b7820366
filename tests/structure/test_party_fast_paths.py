"""The fast paths of the parties and commitments readers give what the plain forms give.

Each fast form (a pattern tried only where a match can start, a sentence skipped for lack of
a word every match holds, a word's reading kept for the next time it is asked) is compared with
the plain form on the bundled documents and on many generated strings.
"""

from __future__ import annotations

import random
import re
import re._constants as C  # the parsed form of a pattern: what its matches can open with
import re._parser as P
from pathlib import Path

import pytest

from summarizer.reading import read_document
from summarizer.structure import party_vote, terms
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


def _opening(items: P.SubPattern | list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed pattern can open with (None: any) and whether it can
    be empty (then what follows opens it too)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}, False  # type: ignore[arg-type]
        if op is C.IN:
            for kind, arg in av:  # type: ignore[attr-defined]
                if kind is C.LITERAL:
                    out.add(chr(arg))
                elif kind is C.RANGE:
                    out |= {chr(c) for c in range(arg[0], arg[1] + 1)}
                else:
                    return None, False
            return out, False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:  # type: ignore[index]
                got, can_be_empty = _opening(branch)
                if got is None:
                    return None, False
                out |= got
                empty = empty or can_be_empty
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            got, empty = _opening(av[-1])  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            got, empty = _opening(av[2])  # type: ignore[index]
            empty = empty or av[0] == 0  # type: ignore[index]
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


# Patterns behind `lexicon.led`'s look-ahead, with their flags
_LED = {
    "party_vote._TITLES": (party_vote._TITLES, 0),
    "terms._CUE_KO": (terms._CUE_KO.pattern, terms._CUE_KO.flags),
    "terms._PROMISE_KO": (terms._PROMISE_KO.pattern, terms._PROMISE_KO.flags),
    "terms._CUE_EN": (terms._CUE_EN.pattern, terms._CUE_EN.flags),
    "terms._SIGNING": (terms._SIGNING.pattern, terms._SIGNING.flags),
}


@pytest.mark.parametrize("name", sorted(_LED))
def test_led_look_ahead_admits_every_opening(name: str) -> None:
    """Every character a match of the pattern can open with passes the look-ahead `led` put
    before it (read off the parsed pattern: a branch added with another first letter fails)."""
    pattern, flags = _LED[name]
    ahead, plain = re.fullmatch(r"\(\?=(\[[^]]*\])\)\(\?:(.*)\)", pattern, re.S).groups()  # type: ignore[union-attr]
    opening, empty = _opening(P.parse(plain, flags & ~re.U))
    assert opening is not None and not empty, name
    admitted = re.compile(ahead, flags)
    missed = sorted(c for c in opening if not admitted.fullmatch(c))
    assert not missed, (name, missed)
