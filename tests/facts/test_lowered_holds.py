"""`normalize.lowered_holds` answers as `any(w in s.lower() for w in words)` (issue 13: the
whole page's `str.lower` asked only where its ASCII letters may hold a word)."""

from __future__ import annotations

import random
from pathlib import Path

from summarizer.facts import normalize
from summarizer.facts.normalize import lowered_holds
from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[2]
WORDS = (("krw", "usd"), ("venue", "place"))


def _plain(s: str, words: tuple[str, ...]) -> bool:
    low = s.lower()
    return any(w in low for w in words)


def test_only_two_characters_outside_ascii_lower_to_an_ascii_letter() -> None:
    found = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000 and any(ord(x) < 128 for x in chr(c).lower())
    }
    assert found == set(normalize._LOWER_TO_ASCII)


def test_answers_as_the_lowered_text_on_pages_and_made_up_strings() -> None:
    pages = [
        read_document(p).text
        for folder in (ROOT / "examples", ROOT / "corpus" / "docs")
        for p in sorted(folder.glob("*.txt"))
    ]
    rng = random.Random(11)
    pieces = [
        "Ven",
        "ue",
        "V",
        "E",
        "N",
        "U",
        "ue",
        "PLA",
        "ce",
        "한",
        "\u212aRW",
        "K",
        "rw",
        "usd",
    ]
    pieces += ["U\u0130SD", "pl\u0130ace", " ", "가람", "Place", "USD", "krW", "\u212a"]
    made = ["".join(rng.choices(pieces, k=rng.randint(1, 7))) for _ in range(5000)]
    for s in pages + made:
        for words in WORDS:
            assert lowered_holds(s, words) == _plain(s, words), (s, words)


def test_letters_apart_in_the_text_are_no_word() -> None:
    assert not lowered_holds("ven가람ue 행사", ("venue",))
    assert lowered_holds("The VENUE: 누리홀", ("venue",))
    assert lowered_holds("\u212aRW 1억", ("krw",))
