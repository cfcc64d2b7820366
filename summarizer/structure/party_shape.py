"""Phrases that are never a party by themselves, whatever sentence they were read from.

A candidate is kept as a party when it names a body: it ends in (or is) an organisation's head
word, the glossary knows it, or the page declares it (`(이하 …)`, an abbreviation). A phrase
read where a name was expected is none of these, and a wrong party is worse than none (it is
handed to the model as a hint and to the verifier as a fact), so it is left out:

- a verb's connective form glued to a noun (`개최해 국내 3대 유통대기업`: `…해`, `…하고`);
- a count (`거래업체인 25개사`, `국내 3대 유통대기업`: `N개사`, `N곳`, `N대`): a word that only
  counts bodies is never part of a body's name (`1대대`, `3537부대`, `LINC 3.0` are not such
  words);
- people, not their body (`가람농협 관계자`, `25개사 대표`);
- an activity or aim (`문화체육 활성화`, `공동 발전`);
- a kind of body written bare (`자매마을`, `협력업체`), not a name.

Each test reads the candidate's own words only (no search of the page).

Two repairs of how a signing sentence was cut are kept here and called by that reader
(`party_sentence.korean_sentence`), not after every source: `named_before_count` (`A 외 2개
업체와`: A) and `rejoin_dotted` (`중소기업융합 대구·경북연합회`, split at its dot: one name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer.facts.datewords import WEEKDAYS_KO
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTION_NOUNS,
    ATTENDANCE_NOUNS,
    GENERIC_BODIES,
    KIND_MODIFIERS,
    KIND_NOUNS,
    ORG_SUFFIXES,
    PERSON_REFERENCES,
    ending,
)
from summarizer.lexicon.counts import BARE, WORD, count
from summarizer.lexicon.places import PROVINCE_FORMS
from summarizer.structure.candidate import Cand, key
from summarizer.structure.party_words import is_body

if TYPE_CHECKING:  # (the vote's module is loaded by the caller)
    from summarizer.structure.party_vote import Votes

# `개최해`, `참여하고`, `협력하며`: a verb stem of two syllables or more and a connective ending
# (one syllable before `해` is a place: `동해`, `남해`); never the name's last word
_VERB_FORM = re.compile(
    r"[가-힣]{2,}(?:해|하고|하며|하여|했고|했으며|하면서|해서|하는|했던|하던|시켜)"
)
# `25개사`, `3곳`, `4개`, `3대`, `10여곳`, `25 개사`: a number and a counter, a whole word
_COUNT_WORD = re.compile(r"(?:^|\s)" + count(WORD, gap=r"\s?여?\s?") + r"(?=\s|$)")
# `A 외 2개 업체`, `A 외 3곳`: one body named, the rest counted after it
_OTHERS_TAIL = re.compile(
    r"\s+외\s*" + count(BARE, number=r"\d{1,3}") + r"[가-힣]*(?:\s+[가-힣]{1,6})?$"
)
_PEOPLE = frozenset(PERSON_REFERENCES)
_AIMS = frozenset((*ACTION_NOUNS, *ATTENDANCE_NOUNS)) - _PEOPLE
_KINDS = frozenset((*KIND_NOUNS, *GENERIC_BODIES))
_KIND_LED = re.compile("(?:" + "|".join(KIND_MODIFIERS) + ")+")


_WEEKDAY = lazy_compile("[" + WEEKDAYS_KO + "]요일")


def not_a_party(c: Cand) -> str | None:
    """Why `c` is a phrase and no party (`a count`, `people`, …), or None when its shape may
    name a body. A name the page declares (an alias in its bracket) is always kept."""
    if c.aliases:
        return None
    words = c.name.split()
    if not words:
        return None
    if any(_VERB_FORM.fullmatch(w) for w in words[:-1]):
        return "a verb's form"
    if counts_bodies(c.name):
        return "a count"
    last = words[-1]
    if len(words) == 1 and _WEEKDAY.fullmatch(last):
        return "a day"  # (`지난 월요일 A는`: a weekday read as a side)
    if last in _PEOPLE:
        return "people, not a body"
    if last in _AIMS or last.endswith("활성화"):
        return "an activity"
    if len(words) == 1 and _bare_kind(last):
        return "a kind of body, no name"
    if len(words) > 1 and _bare_kind(last) and all(map(_area, words[:-1])):
        return "a kind of body in an area, no name"  # `부산 동부권역 자치구`, `경남 기업`
    return None


_AREA = lazy_compile(r"[가-힣]{1,6}(?:권역|권|지역)")


def _area(word: str) -> bool:
    """`서울`, `경남도`, `동부권역`: a province or an area, no body's name."""
    return word in PROVINCE_FORMS or _AREA.fullmatch(word) is not None


def counts_bodies(name: str) -> bool:
    """Whether `name` holds a word that only counts bodies (`거래업체인 25개사`)."""
    return _COUNT_WORD.search(name) is not None


def named_before_count(c: Cand) -> Cand:
    """`에스엠앤테크 외 2개 업체` as `에스엠앤테크`: the one body the partner phrase names."""
    m = _OTHERS_TAIL.search(c.name)
    if m is None or m.start() == 0:
        return c
    end = None if c.start is None else c.start + m.start()
    return replace(c, name=c.name[: m.start()], end=end)


def _bare_kind(word: str) -> bool:
    """`자매마을`, `협력업체`, `기업체`: a kind of body, with no name before it."""
    if word in _KINDS:
        return True
    led = _KIND_LED.match(word)
    return led is not None and word[led.end() :] in _KINDS


def keep_parties(cands: list[Cand]) -> list[Cand]:
    """`cands` without the phrases that are no party (`not_a_party`)."""
    return [c for c in cands if not_a_party(c) is None]


# (the `why` of a body the page ties to the agreement only through a head's title named
# somewhere in its first lines, never as a side of a signing sentence: `가람농협 관계자는`)
HEAD_ONLY = "named only by a head's title"


def mark_head_only(added: list[Cand], votes: list[Votes], lead: str) -> list[Cand]:
    """`added` (what the vote supplied), a body no signing sentence named marked unsure: the
    vote counts a head's body the page names again even when no sentence signs for it. The
    body the lead sentence is about (`가람공단(이사장 …)은 …`, `경기도 가람시가 …`: the page's
    `lead`, its first characters) stays sure: the story is its announcement."""
    loose = {key(v.name) for v in votes if v.signing == 0}
    return [
        replace(c, why=HEAD_ONLY)
        if c.why is None and key(c.name) in loose and not _leads(c.name, lead)
        else c
        for c in added
    ]


def _leads(name: str, lead: str) -> bool:
    """Whether `name` is the subject or topic of the `lead` (its bracket or particle after it)."""
    at = lead.find(name)
    return at >= 0 and lead[at + len(name) : at + len(name) + 1] in ("(", "은", "는", "이", "가")


_ORG_END = ending(ORG_SUFFIXES)


def rejoin_dotted(cands: list[Cand], text: str) -> list[Cand]:
    """Two candidates a middle dot split out of one name joined again: `중소기업융합 대구` and
    `경북연합회` (`중소기업융합 대구·경북연합회`), `대·중소기업` and `농어업 협력재단`. The first
    piece names no body (a kind, or a place after other words) and the second ends in a body's
    head; `가람시·누리재단` (a city, a foundation) stays two."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.end is not None and _split_by_dot(prev, c, text):
            dot = text[prev.end]
            # (a bracket after the whole name, `A·B재단(이하 C)`, is read with its last piece)
            out[-1] = Cand(
                f"{prev.name}{dot}{c.name}",
                aliases=list(c.aliases),
                head=c.head,
                start=prev.start,
                end=c.end,
                why=prev.why,
            )
            continue
        out.append(c)
    return out


def _split_by_dot(a: Cand, b: Cand, text: str) -> bool:
    if a.end is None or b.start != a.end + 1 or text[a.end : a.end + 1] not in ("·", "ㆍ"):
        return False
    if a.aliases or a.head or not _ORG_END.search(b.name):
        return False
    words = a.name.split()
    if len(words) == 1:  # `대·중소기업`: a kind; `옥천` (`옥천·영동소방서`) is a list's first name
        return words[0].rsplit("·", 1)[-1] in _KINDS
    # `중소기업융합 대구`: a place after words that name no body is a name's middle
    return not _ORG_END.search(words[-1]) and not any(is_body(w) for w in words[:-1])
