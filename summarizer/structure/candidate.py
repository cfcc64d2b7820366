"""A candidate party as the structure reads it, and the quick tests on one: is it a body, or a
person with a title (`김재욱 칠곡군수` speaks for `칠곡군`)?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.english.surnames import DOUBLE
from summarizer.lexicon import (
    ACTION_NOUNS,
    COUNTRIES,
    TITLE_WORDS,
    alternation,
    ending,
    org_of_fused_title,
    title_of,
)


@dataclass
class Cand:
    """A candidate party: its name, the aliases and head its bracket gave, and where it stands."""

    name: str
    aliases: list[str] = field(default_factory=list)
    head: str | None = None
    start: int | None = None
    end: int | None = None
    why: str | None = None  # why the rules doubt it (read off a caption, a contact table)

    def keys(self) -> set[str]:
        return {key(n) for n in [self.name, *self.aliases] if n}


SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2048)  # asked of the same names for every pair of candidates
def key(s: str) -> str:
    """A name without spaces: the form two names are compared in."""
    return SPACES.sub("", s)


_AIM = re.compile(r"(?:^|\s)" + alternation(ACTION_NOUNS) + "$|\\s[가-힣]$")
_COUNTRY = re.compile(alternation(COUNTRIES) + r"(?:\s*정부)?$")


def looks_like_org(c: Cand) -> bool:
    """`중소벤처기업부`, `칠곡군`, `현대건설`: an organisation. `공동 발전` (an aim), `거친 군` (a
    word and a stray syllable), `한국` (a country for its government): perhaps not."""
    if c.aliases or c.head:
        return True
    return not (_AIM.search(c.name) or _COUNTRY.fullmatch(c.name))


_TITLE_WORD = ending(TITLE_WORDS)
_NAME = re.compile(r"[가-힣]{2,3}|(?:" + "|".join(DOUBLE) + r")[가-힣]{2}")


def as_person(name: str) -> tuple[str | None, str] | None:
    """`김재욱 칠곡군수` -> (`칠곡군`, `칠곡군수 김재욱`); `외교부 장관 강경화`-like pieces too.

    A person's name has two or three syllables, four only after a double family name
    (`남궁`): `한국전력 남원지사` is a company's branch, not a governor named `한국전력`.

    None when `name` is no person with a title; (None, head) when the title names no body.
    """
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) == 2 and re.fullmatch(r"[가-힣]", words[0]) and words[1] in TITLE_WORDS:
        return None, f"{words[1]} {words[0]}"  # `도 장관`: a surname and a title, no body
    if _NAME.fullmatch(words[0]) and _TITLE_WORD.search(words[-1]):
        who, rest = words[0], words[1:]
    elif _NAME.fullmatch(words[-1]) and _TITLE_WORD.search(words[-2]):
        who, rest = words[-1], words[:-1]
    else:
        return None
    title = rest[-1]
    org = " ".join(rest[:-1])
    fused = org_of_fused_title(title)
    if fused:
        org = f"{org} {fused}".strip()
    base = title_of(title)
    return (org or None), f"{base.ko if base and fused else title} {who}"


__all__ = ["SPACES", "Cand", "as_person", "key", "looks_like_org"]
