"""Parties by agreement: every organisation-like name the page gives in the sentences that carry
the signing verb, in its title and in its heads' titles (`제기동장`, `조용만 한국조폐공사 사장`),
counted per name.

The subject-and-partner reading (`party_sentence`) finds the sides of one sentence form at a
time; this reads names wherever they stand as a side (a topic, subject or `와/과` particle, a
bracket, a list's joint), not in a role that signs nothing (the venue `X 본사에서`, `X에 따르면`,
`X의 후원`, `X 주최`), and keeps a name the title and a signing sentence both give. What it adds
is what that reading missed.
"""

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from typing import cast

from summarizer.codecache import dataclass
from summarizer.lazy import lazy_compile
from summarizer.lexicon import BRANCH_SUFFIXES, TITLE_WORDS, led, led_start, org_of_fused_title
from summarizer.structure.candidate import Cand, key
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.org_names import same_body
from summarizer.structure.party_words import (
    ROLE_AFTER,
    SIDE,
    SIGNING,
    TITLE_SIDE,
    bare,
    is_body,
)

_WORD = re.compile(r"[^\s,·ㆍ/]+")
_MATCHED = re.Match.group  # (a match's whole text, as `map` asks it)
_JOINED = (*BRANCH_SUFFIXES, "병원", "대학", "연구소", "연구원", "센터")  # `고려대학교 안암병원`


@dataclass
class Votes:
    """Where the page names one body: in how many signing sentences, the title, a head's title."""

    name: str
    start: int
    end: int
    signing: int = 0
    title: bool = False
    head: bool = False

    def agreed(self) -> bool:
        return self.signing >= 1 and (self.title or self.head)


def mentions(
    text: str, a: int, b: int, side: re.Pattern[str] = SIDE, keep: frozenset[str] = frozenset()
) -> list[tuple[str, int, int]]:
    """The organisation-like names in `text[a:b]`, a branch joined to its body before it
    (`한국외식업중앙회 경상남도지회`), each with where it stands; a venue's or sponsor's not,
    unless its key is in `keep` (a side the title names: any mention confirms it)."""
    return _mentions(text, a, b, (side,), keep)[0]


def _mentions(
    text: str, a: int, b: int, sides: tuple[re.Pattern[str], ...], keep: frozenset[str]
) -> list[list[tuple[str, int, int]]]:
    """`mentions` with each of `sides` in turn, the words read once (the title is read with two)."""
    outs: list[list[tuple[str, int, int]]] = [[] for _ in sides]
    prev: tuple[str, int, int, bool] | None = None  # the last body word and if it had a particle
    # (every word asked at once, in C: `map` over the cached look-up; most words name no body,
    # and only those that do are visited)
    words = list(_WORD.finditer(text, a, b))
    names = list(map(_body_word, map(_MATCHED, words)))
    last = -2  # the index of the last body word visited
    for i in compress(range(len(names)), names):  # (a body's name is never empty)
        m, name = words[i], cast(str, names[i])  # (compress passed over every None)
        word = m.group(0)
        if last != i - 1:  # a word naming no body stood between: no branch joins the last body
            prev = None
        last = i
        start = m.start() + max(word.replace("(주)", "㈜").find(name), 0)
        end = start + len(name) + (2 * name.count("㈜") if "(주)" in word else 0)
        joined = (
            prev is not None
            and not prev[3]
            and text[prev[2] : start].strip() == ""
            and name.endswith(_JOINED)
        )
        if prev is not None and joined:
            name, start = f"{prev[0]} {name}", prev[1]
            for out in outs:
                if out and out[-1][1] == start:
                    out.pop()
        kept = name_key(name) in keep
        role: bool | None = None  # (asked once, of the first side the name stands as)
        for side, out in zip(sides, outs, strict=True):
            as_side = side.match(text, end, b) is not None
            if as_side and role is None:
                role = ROLE_AFTER.match(text, end, min(end + 40, b)) is not None
            if (as_side and not role) or kept:
                out.append((name, start, end))
        prev = (name, start, end, name != bare(word) or word != text[start:end])
    return outs


@lru_cache(maxsize=4096)  # (one look-up a word: most words of a sentence name no body)
def _body_word(word: str) -> str | None:
    """The body `word` names without its particle and marks (`bare`), if it names one."""
    name = bare(word)
    return name if is_body(name) else None


_HANGUL_WORD = lazy_compile(r"[가-힣]{3,12}")


def _heads(text: str, a: int, b: int) -> dict[str, tuple[str, int, str]]:
    """The bodies heads are named for: a fused title (`제기동장` -> `제기동`, `칠곡군수` ->
    `칠곡군`), a body between a person and a title (`조용만 한국조폐공사 사장`, `KAIST 서남표
    총장`); by key, with the name and where it stands."""
    found: dict[str, tuple[str, int, str]] = {}
    words = list(_HANGUL_WORD.finditer(text[a:b]))
    orgs = list(map(_fused_body, map(_MATCHED, words)))  # (each word asked in C, as `_mentions`)
    for i in compress(range(len(orgs)), orgs):
        m, org = words[i], cast(str, orgs[i])
        found.setdefault(key(org), (org, a + m.start(), bare(m.group(0))))
    for m in _headed(text, a, b):
        org = m.group("o1") or m.group("o2")
        if org and is_body(org) and org not in TITLE_WORDS:
            at = m.start("o1") if m.group("o1") else m.start("o2")
            found.setdefault(key(org), (org, at, org))
    return found


# (behind a look-ahead for the titles' first letters: the hundred titles are otherwise tried
# at every space of a sentence, and `_HEADED` is asked of every signing sentence)
_TITLES = led("|".join(sorted(TITLE_WORDS, key=len, reverse=True)), "".join(TITLE_WORDS))
_PERSON = r"[가-힣]{2,3}"
_ORG_WORD = r"[A-Za-z][A-Za-z&]{1,9}|[가-힣A-Za-z]{2,12}"
_HEADED = lazy_compile(
    rf"(?<![가-힣A-Za-z])(?:(?P<o1>{_ORG_WORD})\s+{_PERSON}\s+(?:{_TITLES})(?:은|는|이|가|과|와)?(?=[\s,])"
    rf"|{_PERSON}\s+(?P<o2>{_ORG_WORD})\s+(?:{_TITLES})(?:은|는|이|가|과|와)?(?=[\s,]))"
)


# a title as `_HEADED` ends with one, after a space: where a match may stand is read off where
# these start (found by the titles' first syllables, which the engine skips ahead by)
_TITLE_AT = re.compile(
    led_start(
        "(?:"
        + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
        + r")(?:은|는|이|가|과|와)?(?=[\s,])",
        "".join(TITLE_WORDS),
        behind=r"\s",
    )
)
_LETTER = lazy_compile(r"[가-힣A-Za-z]")


def _headed(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """`_HEADED.finditer(text, a, b)`, tried only before a title: a match is two words, then the
    title after a space; its first word is the second word before the title (a word of a
    later match stands after it), opening where no letter stands before it. The pattern tried
    at every word of 3,000 characters cost more than the rest of the parties' reading."""
    pos = a
    at = _TITLE_AT.search(text, a, b)
    while at is not None:
        t = at.start()
        first, end = _words_before(text, t)
        found = None
        for p in range(max(pos, first), end):
            if _LETTER.match(text, p) and (p == 0 or not _LETTER.match(text, p - 1)):
                found = _HEADED.match(text, p, b)
                if found is not None:
                    break
        if found is not None:
            yield found
            pos = found.end()
            at = _TITLE_AT.search(text, pos, b)
        else:
            at = _TITLE_AT.search(text, t + 1, b)


def _words_before(text: str, t: int) -> tuple[int, int]:
    """Where the second word before `t` (spaces between) starts and ends."""
    i = end = t
    for _ in range(2):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        end = i
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i, end


def name_key(name: str) -> str:
    """`영일(주)` and `영일㈜` are one name."""
    return key(name.replace("(주)", "㈜"))


def agreed_bodies(text: str, mask: Mask, title: str, body_start: int, few: bool) -> list[Votes]:
    """The names the page gives in a signing sentence and the title (there in any role: `B(주)에서
    협약을 체결했다` under `A, B㈜과 협약`), or whose heads sign (`오호근 청양농협 조합장 … 은
    협약서 서명`), first seen first. With `few` (the sides read off the sentences number under
    two), also a body a head is named for that the page names again."""
    votes: dict[str, Votes] = {}
    signing = 0
    # the title's sides, and those it names by a particle or a list's joint (not `전기화재
    # 예방`): any mention of one of these confirms it
    sides, joints = _mentions(title, 0, len(title), (TITLE_SIDE, _TITLE_LISTED), frozenset())
    titled = frozenset(name_key(n) for n, _, _ in sides)
    listed = frozenset(name_key(n) for n, _, _ in joints)
    # The first signing word at or after a sentence's start, found by one search over the
    # rest of the text: a sentence it lies beyond holds none (a match within a sentence is one
    # in the whole text: the words are plain), so it is passed over unasked
    ahead = SIGNING.search(text, body_start)
    for s, e in iter_sentences(text, body_start):
        if signing >= 4 or ahead is None:
            break
        if ahead.start() < s and (ahead := SIGNING.search(text, s)) is None:
            break
        if ahead.start() >= e or mask.blocked(s, e) or not SIGNING.search(text, s, e):
            continue
        signing += 1
        seen: set[str] = set()
        found = mentions(text, s, e, keep=listed)
        signed = _SIGNED.search(text, s, e) is not None
        # (read once a sentence: every name found is asked whether a head is named for it)
        headed = _heads_in(text, s, e) if found or signed else []
        if signed:  # heads who sign: the bodies they head
            found += [(n, a, a + len(n)) for n, a in headed]
        for name, a, b in found:
            k = name_key(name)
            v = votes.setdefault(k, Votes(name, a, b))
            if k not in seen:
                v.signing += 1
                seen.add(k)
            v.head = v.head or (name, a) in headed
    for k, v in votes.items():
        v.title = k in titled or any(k in t or t in k for t in titled if len(t) >= 3)
    out = [v for v in votes.values() if v.agreed()]
    # (a page that reports no signing and names no agreement, an award's or an appointment's
    # announcement: the body a head is named for signs nothing)
    if few and (signing or _AGREEMENT_NOUN.search(text, body_start) is not None):
        heads = _heads(text, body_start, min(len(text), body_start + 3000))
        body = text[body_start:]
        for k, (name, at, word) in heads.items():
            # named again by itself: `도마큰시장`, `전통시장` three times is a market's name
            # (or a market), no `…시` whose mayor is named (`칠곡군수 … 칠곡군은`)
            alone = body.count(name) - (body.count(word) if word != name else 1)
            if k not in votes and alone >= 1:
                out.append(Votes(name, at, at + len(name), head=True))
    return out


@lru_cache(maxsize=4096)  # asked of every word of the page's first 3,000 characters
def _fused_body(word: str) -> str | None:
    """The body a word's fused title names (`칠곡군수` -> `칠곡군`), if a body of 3 or more."""
    org = org_of_fused_title(bare(word))
    return org if org and len(org) >= 3 and is_body(org) else None


_AGREEMENT_NOUN = lazy_compile(r"협약|협정|양해각서|MOU|MoU|결연")
_TITLE_LISTED = re.compile(r"(?:은|는|이|가|와|과)?(?=\s*[,·ㆍ/\-–—])|(?:은|는|이|가|와|과)(?=\s)")
_SIGNED = re.compile(r"서명(?:했|하였|하고|한\s|을\s*(?:했|마)|식)|서명\s*후")


def _heads_in(text: str, a: int, b: int) -> list[tuple[str, int]]:
    """`오호근 청양농협 조합장`: the bodies a sentence names between a person and a title."""
    out = []
    for m in _headed(text, a, b):
        org, at = (
            (m.group("o1"), m.start("o1")) if m.group("o1") else (m.group("o2"), m.start("o2"))
        )
        if org and is_body(org) and org not in TITLE_WORDS:
            out.append((org, at))
    return out


def supplement(parties: list[Cand], votes: list[Votes]) -> list[Cand]:
    """The agreed names none of `parties` stands for (by key, containment or abbreviation)."""
    out: list[Cand] = []
    for v in votes:
        k = key(v.name)
        if any(_covers(c, k) for c in parties + out):
            continue
        out.append(Cand(name=v.name, start=v.start, end=v.end))
    return out


def _covers(c: Cand, k: str) -> bool:
    return any(same_body(key(n), k) for n in [c.name, *c.aliases])


__all__ = ["Votes", "agreed_bodies", "mentions", "supplement"]
