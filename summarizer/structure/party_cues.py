"""How surely a Korean sentence reports the signing, beyond its signing word: `맺` with no
agreement in the sentence (`파트너십을 맺고 … 펼친 기관을 발굴하는 제도이다`, `결실을 맺었다`)
binds no one to this agreement, so such a sentence reads as a loose one (like `손잡았다`), and
a sentence that names the agreement outranks it."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_NOUNS,
    COUNTRIES,
    INSTITUTION_KINDS,
    NON_SIGNING_ROLES,
    ORG_SUFFIXES,
    PERSON_REFERENCES,
    TITLE_WORDS,
    alternation,
)
from summarizer.lexicon.joins import JOINED
from summarizer.structure.candidate import Cand
from summarizer.structure.orgs import pieces
from summarizer.structure.party_heads import name_word
from summarizer.structure.party_repair import is_phrase
from summarizer.structure.party_words import is_body

# what names an agreement (or its signing) in a sentence, besides the bare verb `맺`
_AGREEMENT = lazy_compile(r"협약|협정|MOU|양해각서|결연|약정|계약|체결|서명|조인|합의")
_BOND = re.compile(r"맺")
LOOSE_TIER = 2
_HEADED_KINDS = (
    "대학",
    "기관",
    "학교",
    "단체",
    "기업",
    "지자체",
    "시군",
    "시·군",
)  # the tier of a lead that only says the sides work together


# `정부와 민간이 MOU를 체결하는 일이 잦다`, `… 맺는 경우가 많다`: a kind of event told in
# general (the verb's adnominal form before `일`, `경우`, `사례`), no signing reported
_IN_GENERAL = lazy_compile(
    r"(?:체결|서명|맺|잡|협력)(?:하)?(?:는|은|을)\s*(?:일|경우|사례)(?:이|가|는|도|은)?\s"
)
# a signing told as done, set or planned (`체결했다`, `맺었다`, `체결한다`, `서명할 예정`)
_TOLD_DONE = lazy_compile(
    r"(?:체결|서명)(?:했|하였|한다|됐|되었|할\s*(?:예정|계획))|맺(?:었|는다|을\s*(?:예정|계획))"
)
NOT_SIGNING = -1


def signing_tier(sent: str, tier: int) -> int:
    """`tier`, or the loose tier for a sentence whose only signing word is `맺` and which
    names no agreement; `NOT_SIGNING` for one that tells signings in general only."""
    if _IN_GENERAL.search(sent) and not _TOLD_DONE.search(sent):
        return NOT_SIGNING
    if tier == 0 and _BOND.search(sent) and not _AGREEMENT.search(sent):
        return LOOSE_TIER
    return tier


def tidy_sides(cands: list[Cand], named: list[Cand], text: str) -> list[Cand]:
    """The sides a signing sentence gave, tidied (`named_for_kind`, `without_time_lead`,
    `without_among`, `not_sides`); the same list when nothing changed (the caller tells its
    tiers apart by identity)."""
    tidied = [without_among(without_time_lead(c)) for c in named_for_kind(cands, named)]
    out = not_sides(tidied, text)
    same = len(out) == len(cands) and all(a is b for a, b in zip(out, cands, strict=True))
    return cands if same else out


# a word before a particle, a bracket, a comma or a space (`누리도 가람군이`, `가람군(군수 …)`)
_WORD_BEFORE = r"(?=[은는이가을를과와의에도,(\s·]|$)"


def bodies_of_kind_before(text: str, start: int, end: int, cands: list[Cand]) -> list[Cand]:
    """The bodies the page names from `start` up to `end` whose names end as the one-syllable
    kinds among `cands` (`군은 …` after `누리도 가람군이 …`: `가람군`), each passing the name
    test; what `named_for_kind` reads a kind's one body off when no signing side named it."""
    out: list[Cand] = []
    for kind in {c.name for c in cands if len(c.name) == 1}:
        pattern = re.compile(r"(?<![가-힣])[가-힣]{2,8}" + re.escape(kind) + _WORD_BEFORE)
        for m in pattern.finditer(text, start, end):
            if name_word(m.group()) and not any(o.name == m.group() for o in out):
                out.append(Cand(name=m.group(), start=m.start(), end=m.end()))
    return out


def named_for_kind(cands: list[Cand], named: list[Cand]) -> list[Cand]:
    """`공단은 … B와 협약을 체결했다` (or `구는 …`) after `가람시설관리공단(이사장 …)은 …`: a side the
    sentence calls by its kind alone (`공단`, `재단`) is the one body of that kind the page
    named as a signing side; the kind word kept as an alias."""
    out = []
    for c in cands:
        if (c.name in ORG_SUFFIXES or len(c.name) == 1) and not c.aliases:
            same = [o for o in named if o.name.endswith(c.name) and o.name != c.name]
            if len(same) == 1 and not any(o.name == same[0].name for o in cands):
                o = same[0]
                c = replace(o, aliases=[*o.aliases, c.name], start=c.start, end=c.end)
            elif len(c.name) == 1:
                continue  # `구는 …`: a district's syllable the page names no district for
        out.append(c)
    return out


# `향후 2년간 서울특별시`: a time or a span before a name is no part of it
_TIME_LEAD = re.compile(
    r"^(?:향후|앞으로|지난|최근)\s+\d+\s*(?:년|개월|주|일)\s*(?:간|동안)?\s+"
    r"|^\d+\s*(?:년|개월|주|일)\s*(?:간|동안)\s+"  # (`2030년 해울박람회`: a year names it)
    r"|^(?:향후|앞으로|올해|내년)\s+"
)


def without_time_lead(c: Cand) -> Cand:
    """A side without the time or span the sentence put before it (`향후 2년간 서울특별시`)."""
    m = _TIME_LEAD.match(c.name)
    if m is None or m.end() >= len(c.name):
        return c
    start = None if c.start is None else c.start + m.end()
    return replace(c, name=c.name[m.end() :], start=start)


# `일본 지방자치단체 가운데 고치현과`, `국내 대학 중 A와`: the group the side is one of, said
# before it, is no part of its name
_AMONG = lazy_compile(r"^.*?\s(?:가운데|중에서|중)\s+(?=\S)")


def without_among(c: Cand) -> Cand:
    """A side without the group said before it (`지방자치단체 가운데 고치현` -> `고치현`)."""
    m = _AMONG.match(c.name) if " " in c.name else None
    if m is None:
        return c
    start = None if c.start is None else c.start + m.end()
    name = c.name[m.end() :]
    # (`일본 지방자치단체 가운데 고치현`, the country kept before the name: `일본 고치현`)
    aliases = [_among_alias(a, name) for a in c.aliases]
    return replace(c, name=name, aliases=[a for a in aliases if a], start=start)


def _among_alias(alias: str, name: str) -> str | None:
    if not _AMONG.match(alias):
        return alias
    first = alias.split()[0]
    return f"{first} {name}" if first in COUNTRIES else None


def unnamed_side(c: Cand, text: str) -> bool:
    """Whether a side a signing sentence gave names no one body: a kind alone (`경찰`,
    `교육청`), a phrase (`타 자치단체`, `A 등 민간 보안회사`), a person (`이일하` of `B 이일하 회장이
    참석한 가운데`) or a head's name and title with no body (`이바라기 류타 지사`)."""
    words = c.name.split()
    if len(words) >= 2 and words[-1] in TITLE_WORDS:
        return True
    if c.aliases:  # (a name the page declares, `(이하 공단)`)
        return False
    return c.name in ORG_SUFFIXES or c.name in INSTITUTION_KINDS or is_phrase(c, text)


# `교육부가 주관하는 … 사업에 도전하기 위한 협약`: the owner of a programme the sentence names
_ROLE_ONLY = re.compile(
    r"(?:이|가)\s+(?:" + alternation(NON_SIGNING_ROLES) + r")(?:하는|한|하고)\s"
)
# `대학총장 7명`: the heads of a kind of body, no body
_KIND_HEADS = re.compile(alternation(_HEADED_KINDS) + alternation(TITLE_WORDS))


# `가람시장과 각 기관장 인사`, `홍길동시장 및 관계자들과`: a name closed by a head's title and
# joined to people (`관계자`, `기관장`) is that head, a person, not a body (nor is a market
# named `…시장` joined so)
_TITLE_CLOSED = lazy_compile("(?:" + alternation(TITLE_WORDS) + ")$")
_WITH_PEOPLE = lazy_compile(
    r"\s*(?:과|와|및|,)\s*(?:각\s*)?(?:"
    + alternation((*PERSON_REFERENCES, "기관장", "단체장", "내빈"))
    + ")"
)


def _head_among_people(c: Cand, text: str) -> bool:
    return (
        not c.aliases
        and c.end is not None
        and _TITLE_CLOSED.search(c.name) is not None
        and _WITH_PEOPLE.match(text, c.end) is not None
    )


def not_sides(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without a programme's owner (`교육부가 주관하는`), a kind's heads (`대학총장`) and
    a head named among people (`가람시장과 각 기관장`), when a side remains (a wrong side is
    worse than a missing one)."""
    kept = [
        c
        for c in cands
        if not _plays_role(c, text)
        and not _KIND_HEADS.fullmatch(c.name)
        and not _head_among_people(c, text)
    ]
    return kept if kept else cands


def _plays_role(c: Cand, text: str) -> bool:
    return c.end is not None and _ROLE_ONLY.match(text, c.end) is not None


# `16일 A재단에 따르면 이날 … B, C와 … 협약을 체결했다`: the source, the signing's subject
_REPORTED = lazy_compile(r"([가-힣A-Za-z()㈜]{2,30})에\s*따르면\s")
_AGREEMENT_NOUN = lazy_compile(alternation(AGREEMENT_NOUNS))
_LIST_OPEN = lazy_compile(rf"(?:에서|{words_pattern(SAME_DAY)}|\d{{1,2}}일)\s+")
_LIST_JOIN = lazy_compile(JOINED + r"\s")


def reported_sides(text: str, s: int, e: int) -> list[Cand]:
    """The sides of a signing the sentence tells on a body's word (`A에 따르면`) and names no
    subject of: that body, and the partners listed before the first `와/과` after the venue."""
    m = _REPORTED.search(text, s, e)
    if m is None or not is_body(m.group(1)):
        return []
    noun = _AGREEMENT_NOUN.search(text, m.end(), e)
    if noun is None:
        return []
    at = m.end()
    for opening in _LIST_OPEN.finditer(text, m.end(), noun.start()):
        at = opening.end()
    join = _LIST_JOIN.search(text, at, noun.start())
    if join is None:
        return []
    partners = pieces(text, at, join.start())
    if not partners or not all(map(_named_body, partners)):
        return []
    source = Cand(name=m.group(1), start=m.start(1), end=m.end(1))
    return [source, *(c for c in partners if c.keys().isdisjoint(source.keys()))]


def _named_body(c: Cand) -> bool:
    """A listed partner: a body by its ending, or one word of three or more (`가람문화전당`)."""
    return is_body(c.name) or (" " not in c.name and len(c.name) >= 3)


__all__ = [
    "LOOSE_TIER",
    "NOT_SIGNING",
    "named_for_kind",
    "not_sides",
    "reported_sides",
    "signing_tier",
    "tidy_sides",
    "without_time_lead",
]
