"""A party's English name that names another province than its Korean name does:
`Jeju Federation of Cultural Centers` for `전라북도문화원연합회` (s29-ver).

Only where both names write a province: a Korean name without one may be rendered with its
region added (`Hanam City, Gyeonggi Province`), and an English name without one says nothing.
"""

from __future__ import annotations

from summarizer.lexicon import PROVINCE_TABLE
from summarizer.lexicon.places import Province
from summarizer.verify.attribution import cite
from summarizer.verify.literal import word_search


def _korean_forms(p: Province) -> tuple[str, ...]:
    return (p.formal, p.short, *(k for k, _ in p.other_ko))


def _english_forms(p: Province) -> tuple[str, ...]:
    return (p.en, p.en_short, p.en_word, *(e for _, e in p.other_ko), *p.other_en)


def _in_korean(name: str) -> set[str]:
    return {p.short for p in PROVINCE_TABLE if any(f in name for f in _korean_forms(p))}


def _in_english(name: str) -> set[str]:
    return {p.short for p in PROVINCE_TABLE if any(word_search(name, f) for f in _english_forms(p))}


def other_province(name_ko: str, name_en: str) -> str | None:
    """The note for an English name whose province is none of the Korean name's provinces."""
    korean, english = _in_korean(name_ko), _in_english(name_en)
    if not korean or not english or korean & english:
        return None
    shown = ", ".join(sorted(english))
    return f"renders {cite(name_ko)} with the province of {shown}, not the one its Korean names"


__all__ = ["other_province"]
