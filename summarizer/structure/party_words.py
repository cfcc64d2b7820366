"""Organisation names as words: a name taken off its particle, punctuation and bracket
(`경남은행(은행장` -> `경남은행`), and the test that a word names a body by its form alone; the
signing verbs, and what follows a name that stands as a side or in a role that signs nothing.
The words themselves are the lexicon's (`summarizer/lexicon/orgs.py`, `places.py`)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    GENERIC_MODIFIERS,
    MEETING_ROOMS,
    NAME_PARTICLES,
    NON_SIGNING_ROLES,
    NOT_BODIES,
    NOT_BODY_ENDINGS,
    NOT_LATIN_BODIES,
    NOT_UNIVERSITY_ENDINGS,
    ORG_SUFFIXES,
    OWN_SITES,
    PROVINCE_TABLE,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    SUBDIVISION_SYLLABLES,
    alternation,
    by_last_letter,
    marks,
)

# a sentence that reports the signing itself (one alternation whose every branch opens with a
# letter: the engine then skips ahead to those letters; asked of every sentence of the story)
SIGNING = re.compile(
    alternation((*SIGNING_STEMS, *SIGNING_CEREMONIES, "협약식", "양해각서", "MOU", "결연"))[:-1]
    + r"|협약을\s*(?:했|하))"
)
# `누리면 교동리 달빛마을`, `누리면 읍내4리`: a village named after its township (a company's
# partner in a `1사1촌 자매결연`); alone, `-리` and `-마을` end common nouns (`거리`, `우리 마을`)
VILLAGE = lazy_compile(
    r"[가-힣0-9]{1,6}"
    + alternation(SUBDIVISION_SYLLABLES)
    + r"\s+(?:[가-힣0-9]{1,6}리\s+)?[가-힣0-9]{1,8}(?:리|마을)$"
)
_PARTICLES_BY_LAST = by_last_letter(NAME_PARTICLES)
_SUFFIXES_BY_LAST = by_last_letter((*ORG_SUFFIXES, *COMPANY_SUFFIXES, *BRANCH_SUFFIXES))
_PROVINCES = frozenset(
    n for p in PROVINCE_TABLE for n in (p.formal, p.short + "도", *(k for k, _ in p.other_ko))
)
_NOT_BODIES = frozenset(NOT_BODIES)
_NOT_LATIN = frozenset(NOT_LATIN_BODIES)
# `각 기관`, `양 대학`, `본 재단`: the parties together or the issuer, no name
_SHORT_UNIVERSITY = lazy_compile(r"[가-힣]{2,}대")
_OWN = frozenset(("각", "양", "두", "세", "해당", "본", "우리", "이", "그", "타", "동"))
_LATIN_BODY = re.compile(r"[A-Z]{2,}|[A-Z][a-z]+[A-Z]")  # `KIST`, `LG유플러스`, `AP위성`
_LATIN_WORD = lazy_compile(r"[A-Za-z0-9&가-힣]+")
_LATIN_PARTICLE = lazy_compile(r"[A-Za-z0-9&]+(?:" + "|".join(NAME_PARTICLES) + ")")
_LEGAL = re.compile(r"㈜|\(주\)|\(재\)|\(사\)|㈔|㈶")
_BRACKET = re.compile(r"[(\[<《「『【].*$")
_PUNCT = lazy_compile(rf"^[\"'‘’“”《「『【\[(<{marks.LEAD}]+|[\"'‘’“”》」』】\]).,:;!?…>-]+$")
# the marks `_PUNCT` takes off a word's front and back: as `str.strip` sets (a test compares)
_OPENING_MARKS = "\"'‘’“”《「『【[(<" + marks.spelt(marks.LEAD)
_CLOSING_MARKS = "\"'‘’“”》」』】]).,:;!?…>-"


def _unpunct(w: str) -> str:
    """`_PUNCT.sub("", w)`: the opening marks off the front, then the closing ones off what is
    left (a `$` before a last line break aside: such a word goes to the pattern)."""
    if "\n" in w:
        return _PUNCT.sub("", w)
    return w.lstrip(_OPENING_MARKS).rstrip(_CLOSING_MARKS)


_PLACE_WORD = re.compile(r"[가-힣]{3,6}")
# a name in a role that signs nothing: the venue (`A 본사 대회의실에서`), who tells it (`A에
# 따르면`), a sponsor or witness (`A의 후원`, `A 주최`)
ROLE_AFTER = re.compile(
    r"\s*(?:(?:" + alternation((*OWN_SITES, *MEETING_ROOMS)) + r"|\d*층)\s*)*"
    r"(?:에서|에\s*따르면|의\s*"
    + alternation(NON_SIGNING_ROLES)
    + r"|\s*"
    + alternation(NON_SIGNING_ROLES)
    + ")"
)
# what follows a name that stands as a side in a sentence: a topic, subject or `와/과`
# particle, a bracket (head, alias), a list's joint
SIDE = re.compile(
    r"(?:은|는|이|가|와|과|와의|과의|측은|측과|측이)(?=\s|[,·ㆍ/]|$)|\s*\(|\s*[,·ㆍ/]|\s+및\s|\s+등"
)
# ... and in a title, where names stand bare (`A·B 업무협약`, `A-B, 협약 체결`)
TITLE_SIDE = re.compile(r"(?:은|는|이|가|와|과|측)?(?=\s|[,·ㆍ/(\-–—]|$)")


@lru_cache(maxsize=4096)  # asked of every word of the signing sentences and the title
def bare(word: str) -> str:
    """`세종시와` -> `세종시`, `㈜디엠케이,` -> `㈜디엠케이`, `경남은행(은행장` -> `경남은행`."""
    word = word.replace("(주)", "㈜")  # `영일(주)에서`: a legal form, no bracket to cut at
    w = _unpunct(_BRACKET.sub("", word) if not word.startswith("(") else word)
    w = _unpunct(w)
    for p in _PARTICLES_BY_LAST.get(w[-1:], ()):
        if w.endswith(p) and len(w) - len(p) >= 2:
            stem = w[: -len(p)]
            if is_body(stem) or not is_body(w):
                return stem
            return w
    return w


@lru_cache(maxsize=4096)
def is_body(w: str) -> bool:
    """A word that names an organisation by its form: a body's or company's ending, a legal
    form, Latin capitals, a province, city, county or district, a ministry or agency."""
    if len(w) < 2 or w in _NOT_BODIES:
        return False
    if _LEGAL.search(w):
        return True
    if _LATIN_BODY.search(w):  # (`MOU를`: a Latin word and its particle, no body)
        latin = _LATIN_WORD.fullmatch(w) is not None and not _LATIN_PARTICLE.fullmatch(w)
        return latin and w not in _NOT_LATIN
    for suf in _SUFFIXES_BY_LAST.get(w[-1], ()):
        if w.endswith(suf):
            stem = w[: -len(suf)]
            return len(stem) >= 1 and stem not in GENERIC_MODIFIERS and stem not in _OWN
    if w in _PROVINCES:
        return True
    if _SHORT_UNIVERSITY.fullmatch(w) and not w.endswith(NOT_UNIVERSITY_ENDINGS):
        return True  # `다온대`: a university written short
    if not _PLACE_WORD.fullmatch(w) or w.endswith(NOT_BODY_ENDINGS):
        return False
    return w[-1] in "시군구부청처"


__all__ = ["ROLE_AFTER", "SIDE", "SIGNING", "TITLE_SIDE", "bare", "is_body"]
