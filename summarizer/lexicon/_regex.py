"""Regexes built from the lexicon's word lists: one alternation, longest word first."""

from __future__ import annotations

import re


def _spaced(word: str, gap: str = r"\s*") -> str:
    """`보도자료` -> a pattern allowing spaces between syllables (`보 도 자 료`)."""
    return gap.join(re.escape(ch) for ch in word if not ch.isspace())


def alternation(
    words: tuple[str, ...] | list[str], *, spaced: bool = False, gap: str = r"\s*"
) -> str:
    """One regex alternation of `words`, longest first so `지역본부` wins over `본부`; with
    `spaced`, `gap` (any space by default) may stand between syllables.

    Words of one length keep a fixed order, so each run builds the same pattern text (and the
    CLI's kept patterns, summarizer.regexcache, are found again).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_spaced(w, gap) if spaced else re.escape(w) for w in ordered) + ")"


def phrases(words: tuple[str, ...] | list[str], *, gap: str = r"\s+") -> str:
    """An alternation of (English) phrases, longest first, `gap` between their words:
    `press release` matches `press  release`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(gap.join(map(re.escape, w.split())) for w in ordered) + ")"


def led(pattern: str, firsts: str) -> str:
    """`pattern` behind a look-ahead for `firsts`, the characters its matches open with.

    A pattern whose branches open with groups or classes gives the engine nothing to skip
    ahead by, so a search tries every branch at every character; behind the look-ahead a
    position is dismissed with one class test (three to six times faster on a page). Every
    match must open with one of `firsts` (read with the pattern's flags): tests compare each
    led pattern with its plain form.
    """
    chars = "".join(sorted({re.escape(c) for c in firsts}))
    return f"(?=[{chars}])(?:{pattern})"


def scripts(
    words: tuple[str, ...] | list[str],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """`words` parted into Korean (`전화`), Latin (`Tel`) and signs (`☎`): rules write each its
    own way (syllables may be spaced, English is whole words)."""
    ko = tuple(w for w in words if re.search("[가-힣]", w))
    latin = tuple(w for w in words if w.isascii())
    return ko, latin, tuple(w for w in words if w not in ko and w not in latin)


def ending(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A pattern matching text that ends with one of `words`."""
    return re.compile(alternation(words) + "$")


__all__ = ["alternation", "ending", "led", "phrases", "scripts"]
