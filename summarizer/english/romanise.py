"""People's names in English: Korean names romanised the way ministries write them (OH Yeongju).

The family name takes its customary spelling (Kim, Lee, Park …) in capitals; the given name is
romanised syllable by syllable with the Revised Romanization (no sound changes across the
syllable boundary, as the rules allow for personal names); other words (places, bodies) with the
sound changes (`revised.romanise`: 종로 -> Jongno). A Hangul spelling of a foreign name
(브렛 홈그렌) is transliterated word by word and said to be so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from summarizer.english.revised import romanise, syllable
from summarizer.english.surnames import DOUBLE, SURNAMES

_HANGUL = re.compile(r"^[가-힣]+$")


def has_hangul(text: str) -> bool:
    """Whether `text` holds a Hangul syllable or jamo."""
    return any("가" <= ch <= "힣" or "ᄀ" <= ch <= "ᇿ" or "㄰" <= ch <= "㆏" for ch in text)


def romanise_word(word: str, *, name: bool = False) -> str:
    """A Hangul word romanised and capitalised: 종로 -> Jongno; a given name (`name`) syllable by
    syllable: 영주 -> Yeongju.

    In a given name a hyphen keeps syllables apart where running them together would read
    otherwise (세웅 -> Se-ung: a vowel after a syllable, `n` before `g`), as the rules allow.
    """
    if not name:
        text = romanise(word)
        return text[:1].upper() + text[1:]
    text = ""
    for ch in word:
        part = syllable(ch) if _HANGUL.match(ch) else ch
        if (
            name
            and text
            and part
            and _HANGUL.match(ch)
            and (part[0] in "aeiou" or (text[-1] == "n" and part[0] == "g"))
        ):
            text += "-"
        text += part
    return text[:1].upper() + text[1:]


def _transliterated(word: str) -> str:
    """A foreign word written in Hangul, syllable by syllable: no Korean sound changes apply."""
    text = "".join(syllable(ch) for ch in word)
    return text[:1].upper() + text[1:]


def romanise_text(text: str) -> str:
    """Running Korean text romanised word by word (sound changes inside a word applied)."""
    return " ".join(romanise(w).capitalize() if has_hangul(w) else w for w in text.split())


def split_name(name: str) -> tuple[str, str] | None:
    """`(family, given)` of a Korean personal name, or None when it is not one (foreign, org …)."""
    bare = re.sub(r"\s+", "", name.strip())
    if not _HANGUL.match(bare) or not 2 <= len(bare) <= 5:
        return None
    if len(name.split()) > 1 and not (len(name.split()) == 2 and name.split()[0] in SURNAMES):
        return None  # 브렛 홈그렌: a foreign name written in Hangul, words apart
    if len(bare) >= 3 and bare[:2] in DOUBLE:
        return bare[:2], bare[2:]
    if bare[0] in SURNAMES and len(bare) <= 4:
        return bare[0], bare[1:]
    return None


Kind = Literal["korean", "foreign"]
Origin = Literal["korean", "chinese"]

# Words that place a person in the Chinese-speaking world: their name in Hangul may then be a
# Mandarin one transcribed (천위항 for Chen Yuhang), to be checked against pinyin.
_CHINA = re.compile(r"중국|대만|홍콩|China|Chinese|Taiwan|Hong Kong")


def name_origin(name: str, surroundings: Iterable[str]) -> Origin:
    """Where one person's name written in Hangul comes from, by that person's own surroundings
    (the lines of the source naming them, their organisation as the source writes it, their
    title): `chinese` for an unspaced name (`천위항`) when those name China, Taiwan or Hong Kong,
    else `korean`. Decided per person: a Korean mayor on a page that also names a Chinese city
    keeps the Korean romanisation."""
    bare = name.strip()
    if not _HANGUL.match(bare) or not 2 <= len(bare) <= 5:
        return "korean"
    return "chinese" if any(_CHINA.search(s) for s in surroundings) else "korean"


@dataclass(frozen=True)
class RomanName:
    """A person's name in English as the project writes it."""

    text: str  # OH Yeongju; Beuret Homgeuren
    kind: Kind


def romanise_name(name: str) -> RomanName | None:
    """A Korean or Hangul-written name in English; None when `name` has no Hangul to romanise."""
    name = name.strip()
    if not name or not has_hangul(name):
        return None
    parts = split_name(name)
    if parts is not None:
        family, given = parts
        given_en = romanise_word(given, name=True)
        return RomanName(f"{SURNAMES[family][0].upper()} {given_en}", "korean")
    words = [_transliterated(w) if has_hangul(w) else w for w in re.split(r"[\s·・]+", name)]
    return RomanName(" ".join(words), "foreign")


__all__ = [
    "Origin",
    "RomanName",
    "has_hangul",
    "name_origin",
    "romanise",
    "romanise_name",
    "romanise_text",
    "romanise_word",
    "split_name",
    "syllable",
]
