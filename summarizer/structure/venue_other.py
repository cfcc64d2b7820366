"""Venues of other occasions in the sentence of signing, and a venue named as the place visited.

- `누리센터에서 열린 포럼 개막식에 참석한 뒤 시청에서 … 체결했다`: the centre is the forum's; the
  signing's venue comes later (`…에서 열린 포럼에서 … 체결했다` is a signing at the forum: kept).
- `오는 20일 누리호텔에서 열릴 포럼에 앞서 14일 … 맺었다`: the hotel and the 20th are the forum's.
- English `signed … after attending a forum at the Lotte Hotel`, `the signing …, which was followed
  by a seminar held at the X Building`: the hotel and the building are the other occasion's.
- `다온군청을 방문해 …`, `다온군청을 찾아 … 체결했다`: the hall visited is the venue.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import MUNICIPAL_SYLLABLES, ORG_SUFFIXES, alternation
from summarizer.structure.visits import VISIT_VERB, signing_after

_HALLS = ("청", "청사", "본사", "본점", "센터", "호텔", "회관", "사옥", "공장")

# `…에서 열린 <occasion>에 참석한 뒤`, `…에서 열릴 <occasion>에 앞서`, `…을 개최하고`: the venue
# holds another occasion, which the sentence attends, precedes or opens (no signing word in it)
_OTHER_OCCASION = re.compile(
    r"\s*(?:열린|개최된|진행된|열릴|개최될|열리는|개최되는)\s+"
    r"(?:(?!협약|협정|결연|체결|서명|MOU)[^.\n]){0,40}?"
    r"(?:에\s*(?:참석|참가|앞서|이어|참여)|[을를]\s*(?:개최|열었|열고|마친|마치고))"
)


def other_occasion(text: str, after: int) -> bool:
    """Whether the venue ending before `after` (the end of its `에서`) holds another occasion."""
    return _OTHER_OCCASION.match(text, after) is not None


# a day whose clause goes on to another occasion before the signing (`오는 20일 … 열릴 포럼에 앞서`)
_DAY_OF_OCCASION = lazy_compile(
    r"[^.\n]{0,40}?(?:열릴|개최될|열리는|개최되는|열린|개최된)\s+[^.\n]{0,30}?"
    r"(?:에\s*(?:앞서|이어|참석|참가)|[을를]\s*(?:개최|마친|마치고))"
)


def occasion_day(text: str, end: int, next_start: int) -> bool:
    """Whether the day ending at `end` is another occasion's: its clause, before the next day of
    the sentence at `next_start`, leads to that occasion."""
    m = _DAY_OF_OCCASION.match(text, end, next_start)
    return m is not None


# a hall, a body whose premises were visited (`워싱턴의 정보조사국을 방문해`, its name in another
# script in brackets after it, `중국 문화부(文化部)를`), or the city or county the signer
# travelled to (`다라시를 방문해 … 서명했다`)
_VISITED = lazy_compile(
    r"(?:^|\s)([가-힣A-Za-z0-9]{2,20}"
    + alternation((*_HALLS, *ORG_SUFFIXES, *MUNICIPAL_SYLLABLES, "국", "부", "처"))
    + rf")(?:\([^()\n]{{1,20}}\))?(?:을|를)\s+(?:{VISIT_VERB})"
)
# `…과 협약을 체결한 다라시를 방문하여`: the place named as the one that signed before (the
# signing's adnominal right before it), visited now for something else
_SIGNED_BEFORE = lazy_compile(r"(?:체결한|맺은|체결했던|맺었던)\s+(?:\S+\s+)?$")


def visited_place(text: str, s: int, e: int) -> tuple[int, int] | None:
    """`다온군청을 방문해 … 협약을 체결했다`: the hall visited, as a span, when the sentence goes
    on to the signing after the visit (not `자매결연을 맺고 있는 … 협회 회원들이 X를 방문했다`: a
    visit, the tie only describing the visitors)."""
    m = _VISITED.search(text, s, e)
    if m is None or _SIGNED_BEFORE.search(text, max(s, m.start(1) - 20), m.start(1)):
        return None
    if signing_after(text, m.end(), e) is None:  # (`… 방문해 예 린 시장과 … 서명했다`)
        return None
    return m.start(1), m.end(1)


# English: the venue of an occasion attended before or after the signing
# (`pose after signing … at X`, `after the signing ceremony at X`: X is the signing's; so is
# that of the signers' own meeting, `inked … after a bilateral meeting at X`, `following talks`)
_EN_OTHER = lazy_compile(
    # (`…, which was followed by a seminar held at X`: X is the seminar's)
    r"\b(?:after|before|ahead\s+of|following|followed\s+by)\s+(?!(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:signing|inking|(?:bilateral\s+|summit\s+)?(?:meeting|talks|summit)"
    # (`following a memorandum of understanding signed in Hanoi`: the signing itself)
    r"|(?:memorand(?:um|a)|MOU|MoU|agreement|pact|accord)s?)\b)"
    r"[^.;\n]{0,60}$"
)


def english_other_occasion(text: str, s: int, at: int) -> bool:
    """Whether the `at the …` at `at` belongs to `after attending a forum`-like words before it."""
    return _EN_OTHER.search(text, max(s, at - 60), at) is not None


__all__ = ["english_other_occasion", "occasion_day", "other_occasion", "visited_place"]
