"""Look-ups of one name in a page, done without compiling a pattern for that name, find what the
per-name pattern they replace found (a pattern holding `[가-힣]` costs ~0.3 ms to compile, on
every page naming someone new)."""

from __future__ import annotations

import re

from fast_path_helpers import soup

from summarizer.structure.party_repair import _JOINED_KIND, _TITLE_AFTER, _dotted_to_kind, _titled
from summarizer.structure.quotes import _found

_WORDS = ["가람", "가람시", "누리", "누리재단", " ", "·", "가", "람", "A", "(", "\n", "가람가람"]
_NAMES = ["가람", "가람시", "누리재단", "람가", "가람가람", "A(", "(가"]


def test_found_is_the_escaped_name_s_matches() -> None:
    for text in soup(_WORDS, 3000, seed=13, most=14):
        for name in _NAMES:
            plain = [m.start() for m in re.finditer(re.escape(name), text)]
            assert _found(text, name, False) == plain, (text, name)
            led = [m.start() for m in re.finditer(rf"(?<![가-힣]){re.escape(name)}", text)]
            assert _found(text, name, True) == led, (text, name)


_PERSON_WORDS = [
    "홍길동", "길동", "박누리", "누리", " ", "  ", "\n", " 군수", " 군수와", " 시장", " 시장님",
    "가", "나다", "가나다라마", "(", "고바다 ", "가온대", " 총장", "홍길동 군수 ", "누리 총장 ",
]  # fmt: skip


def test_titled_is_the_per_name_pattern_s_group() -> None:
    for text in soup(_PERSON_WORDS, 6000, seed=14, most=10):
        for name in ("홍길동", "길동", "박누리", "누리"):
            plain = [
                m.group(1)
                for m in re.finditer(
                    rf"(?:([가-힣]{{2,4}})\s+)?(?<![가-힣]){name}\s+{_TITLE_AFTER}", text
                )
            ]
            assert list(_titled(text, name)) == plain, (text, name)


_DOTTED_WORDS = [
    "출자",
    "가람",
    "가",
    " ",
    "·",
    "ㆍ",
    "출연기관",
    "공공기관",
    "기관",
    "재단",
    "(",
    "출자·",
]


def test_dotted_to_kind_is_the_per_name_search() -> None:
    for text in soup(_DOTTED_WORDS, 4000, seed=15, most=10):
        for name in ("출자", "가람", "가", "자·"):
            plain = re.search(rf"(?<![가-힣]){re.escape(name)}[·ㆍ](?:{_JOINED_KIND})", text)
            assert _dotted_to_kind(text, name) == (plain is not None), (text, name)
