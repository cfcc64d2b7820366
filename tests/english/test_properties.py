"""Properties: romanising never fails, and the project's own romanisation passes its own check."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.english import korean_name_matches, romanise_name, split_name
from summarizer.english.stray import stray_hangul
from summarizer.english.surnames import SURNAMES

SYLLABLE = st.integers(0xAC00, 0xD7A3).map(chr)
FAMILY = st.sampled_from(sorted(k for k in SURNAMES if len(k) == 1))


@given(st.text(max_size=12))
def test_never_raises(text: str) -> None:
    romanise_name(text)
    split_name(text)
    stray_hangul(text)


@given(FAMILY, st.lists(SYLLABLE, min_size=1, max_size=2))
def test_own_romanisation_is_accepted(family: str, given_name: list[str]) -> None:
    name = family + "".join(given_name)
    roman = romanise_name(name)
    assert roman is not None and roman.kind == "korean"
    assert korean_name_matches(name, roman.text)
    family_en, given_en = roman.text.split(" ", 1)
    assert korean_name_matches(name, f"{given_en} {family_en.title()}")
