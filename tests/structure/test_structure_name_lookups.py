"""Look-ups of one name in a page, done without compiling a pattern for that name, find what the
per-name pattern they replace found (a pattern holding `[가-힣]` costs ~0.3 ms to compile, on
every page naming someone new)."""

from __future__ import annotations

import re

from fast_path_helpers import soup

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
