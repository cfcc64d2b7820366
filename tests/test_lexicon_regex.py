"""The lexicon's alternation builder writes the same pattern text as `re.escape` and a sort
by (falling length, text) would: the CLI's kept patterns are looked up by that text."""

from __future__ import annotations

import random
import re

import pytest

from summarizer.lexicon._regex import (
    _longest_first,
    alternation,
    by_first_syllable,
    by_last_letter,
    escape,
)


def test_escape_matches_re_escape_on_every_character() -> None:
    chars = "".join(map(chr, range(0x3000))) + "가힣月日☎·、「」"
    assert escape(chars) == re.escape(chars)
    for ch in chars:
        assert escape(ch) == re.escape(ch)


def _reference(words: list[str], spaced: bool = False, gap: str = r"\s*") -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if spaced:
        parts = [gap.join(re.escape(c) for c in w if not c.isspace()) for w in ordered]
    else:
        parts = [re.escape(w) for w in ordered]
    return "(?:" + by_first_syllable(parts) + ")"


def test_first_syllable_groups_keep_each_syllables_order() -> None:
    assert by_first_syllable(["협약식", "체결", "협약", "MOU", "협정", "가"]) == (
        "협(?:약식|약|정)|체결|MOU|가"
    )
    # (a syllable a quantifier follows opens nothing surely: left as it is)
    assert by_first_syllable(["가?나", "가다", "가+"]) == "가?나|가다|가+"
    assert by_first_syllable([]) == ""


def test_first_syllable_groups_match_as_the_flat_alternation() -> None:
    """The grouped alternation finds what the flat one finds, where it finds it, with the
    same words and with what follows it in a pattern (backtracking into it included), with
    and without re.I."""
    rng = random.Random(13)
    letters = "가나다ab A"
    for _ in range(300):
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 12))
        ]
        parts = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))]
        for after in ("", "다", "(?:나|가다)a", r"\s*가$"):
            for flags in (0, re.I):
                flat = re.compile("(?:" + "|".join(parts) + ")" + after, flags)
                grouped = re.compile("(?:" + by_first_syllable(parts) + ")" + after, flags)
                text = "".join(rng.choice(letters) for _ in range(40))
                assert [m.span() for m in flat.finditer(text)] == [
                    m.span() for m in grouped.finditer(text)
                ]
                for i in range(len(text)):
                    a, b = flat.match(text, i), grouped.match(text, i)
                    assert (a and a.span()) == (b and b.span())


def test_alternation_is_the_plain_construction() -> None:
    rng = random.Random(7)
    letters = "ab가나 .|()-\t\0+?"
    for _ in range(500):
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 12))
        ]
        assert _longest_first(words) == sorted(set(words), key=lambda w: (-len(w), w))
        assert alternation(words) == _reference(words)
        assert alternation(words, spaced=True) == _reference(words, spaced=True)
        assert alternation(words, spaced=True, gap=" ?") == _reference(words, True, " ?")


def test_by_last_letter_is_the_plain_construction() -> None:
    """Grouped in one pass: the same groups, each longest first, as filtering per letter."""
    rng = random.Random(11)
    for _ in range(200):
        words = ["".join(rng.choices("가나다ab", k=rng.randint(1, 4))) for _ in range(30)]
        ordered = sorted(set(words), key=lambda w: (-len(w), w))
        plain = {
            last: tuple(w for w in ordered if w[-1] == last) for last in {w[-1] for w in words}
        }
        assert by_last_letter(words) == plain
        assert by_last_letter(tuple(words)) == plain


def test_led_reads_the_opening_letters_off_the_pattern() -> None:
    """Without letters given, `led` reads them off the pattern's text: each top-level branch's
    first character, or the branches of the group it opens with (one form to edit)."""
    from summarizer.lexicon._regex import first_letters, led

    assert (
        first_letters(r"체결|맺|MOU|협약을\s*(?:했|하)|(?:협약식|조인식)|손[을잡]") == "M맺손조체협"
    )
    assert led(r"체결|(?:조인식|결연식)") == r"(?=[결조체])(?:체결|(?:조인식|결연식))"
    assert led(r"체결|맺", "체맺") == led(r"체결|맺")
    # a branch that may open with anything: the letters must be given by hand
    for pattern in (
        r"[가-힣]+협약",
        r"\s체결",
        r"(?:가|나)?협약",
        r"가?협약",
        r"(?=가)가나",
        r".협약",
    ):
        with pytest.raises(ValueError):
            first_letters(pattern)
