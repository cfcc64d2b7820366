"""Clauses of a Korean signing sentence that name parties in other ways than `A는 B와`: the
heads present (`홍길동 사장과 김철수 완주군수가 함께 한 가운데`), a partner with its own `와`
after the first (`세종시와 대전광역시와`), a subject after a run-on subtitle, and the mark that
tells a body from mere nouns (`에너지절약과`)."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTION_NOUNS,
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    JOINT_ALL,
    JOINT_COUNTS,
    JOINT_PRONOUNS,
    MUNICIPAL_CLASS,
    OFFICE_UNIT_SYLLABLES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    SUBDIVISION_SYLLABLES,
    alternation,
    ending,
)
from summarizer.structure.orgs import Cand, parse_piece, pieces, split_outside_brackets
from summarizer.structure.party_words import VILLAGE

NAMED_ORG = ending(ORG_SUFFIXES + ORG_SYLLABLES + BRANCH_SUFFIXES)
_COMPANY = ending(COMPANY_SUFFIXES)
# `경상북도 안동시 도산면`: a town named after its city or county
_SUBDIVISION = lazy_compile(
    r"[가-힣]+"
    + MUNICIPAL_CLASS
    + r"\s+[가-힣0-9]{1,6}"
    + alternation(SUBDIVISION_SYLLABLES)
    + r"$"
)
# `양 지역 …`, `두 대학 …`, `이들 …`: a count or pronoun for the parties before the noun
_TOGETHER = lazy_compile(r"\s*" + alternation((*JOINT_COUNTS, *JOINT_ALL, *JOINT_PRONOUNS)) + r"\s")
# `기획행정국장`: a bureau's head speaks for no party
_UNIT = lazy_compile("[" + "".join(OFFICE_UNIT_SYLLABLES) + "]$")
_WITH_AGAIN = re.compile(r"\s*([^\s,]+(?:\([^()]*\))?)(?:와|과)(?=\s)")
_PAREN = lazy_compile(r"\([^()]*\)")
# `신안군에 따르면 A는 …`: who tells it, not who signs
ACCORDING_KO = re.compile(r"(?:\S+\s+){0,2}?\S+에\s*따르면\s*,?\s*")


def marked_org(c: Cand) -> bool:
    """A name with a body's mark: a bracket (head, alias), a body's or company's ending, Latin
    letters (`KT`, `LG유플러스`) or a legal form."""
    return bool(
        c.aliases
        or c.head
        or NAMED_ORG.search(c.name)
        or _COMPANY.search(c.name)
        or _SUBDIVISION.search(c.name)
        or VILLAGE.search(c.name)
        or re.search(r"[A-Z]|\(주\)|㈜", c.name)
    )


_WHEN_LEAD = lazy_compile(
    rf"[\s,]*(?:(?:지난|오는)\s+)?(?:\d{{1,2}}일|{words_pattern(SAME_DAY)})\s*,?\s+"
)
# (`… 조합장 등 관계자들이`: the people around the heads close the list too)
_PEOPLE_TAIL = lazy_compile(
    r"(?:\s*등)?(?:\s*(?:관계자|임직원|직원)들?)?(?:\s*\d+\s*(?:여\s*)?명)?(?:이|가)?\s*$"
)


def heads_present(text: str, a: int, b: int) -> list[Cand]:
    """The bodies whose heads a `… 참석한 가운데` clause names with a fused title (`완주군수`)."""
    at = max((m.end() for m in re.finditer(r"에서\s", text[a:b])), default=0)
    lead = _WHEN_LEAD.match(text, a + at, b)  # `지난 26일 홍길동 A본부장, …`: the day first
    at = lead.end() - a if lead else at
    tail = _PEOPLE_TAIL.search(text[a + at : b])  # (`… 등 8명이 참석한 가운데`)
    b = a + at + tail.start() if tail else b
    out = []
    for x, y in split_outside_brackets(text[a + at : b]):
        c = parse_piece(text, a + at + x, a + at + y)
        if c is not None and c.head and not _UNIT.search(c.name):
            out.append(replace(c, why=None))
    return out


def more_partners(text: str, after: int, stop: int) -> list[Cand]:
    """`서울시가 세종시와 대전광역시와 협약을 체결한다`: each further side with its own `와`."""
    out: list[Cand] = []
    while more := _WITH_AGAIN.match(text, after, stop):
        # (`B과 금융지원과 …`: an aim after the partner, ending like a body's `-원`)
        extra = [
            c
            for c in pieces(text, more.start(1), more.end(1))
            if marked_org(c) and not c.name.endswith(ACTION_NOUNS)
        ]
        if not extra:
            break
        out += extra
        after = more.end()
    return out


def last_word_subject(text: str, a: int, b: int) -> list[Cand]:
    """`… 신사옥 건립 설계 진행 의령군은`: a run-on subtitle before the subject; its last word.

    None when the words are the parties together (`양 지역 주민자치회는`: both councils, no name)."""
    last = re.search(r"\S+$", text[a:b])
    if last is None or not NAMED_ORG.search(_PAREN.sub("", last.group(0))):
        return []
    if _TOGETHER.match(text, a, a + last.start()):
        return []
    return pieces(text, a + last.start(), b)
