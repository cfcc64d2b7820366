"""Shared by the tests that compare a fast form of a pattern or walk with its plain form: the
bundled documents' texts and random word soups to run both on."""

from __future__ import annotations

import random
from pathlib import Path

from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[2]


def bundled() -> list[str]:
    """The texts of the bundled examples and corpus documents (a fresh clone has them)."""
    folders = (ROOT / "examples", ROOT / "corpus" / "docs")
    return [read_document(p).text for f in folders for p in sorted(f.glob("*.txt"))]


def soup(words: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    """`n` strings of up to `most` words drawn from `words` (seeded)."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def spans(matches: object) -> list[tuple[int, int]]:
    """The spans of an iterable of matches."""
    return [m.span() for m in matches]  # type: ignore[attr-defined]
