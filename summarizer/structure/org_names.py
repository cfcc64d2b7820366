"""One body under several names: candidates that share a name or alias merged into one, an
abbreviation told from its full name, and a short name lengthened to the full name a bracket
gives it elsewhere in the text (`해울대(해울대학교)`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    MUNICIPAL_CLASS,
    MUNICIPAL_SYLLABLES,
    ORG_SUFFIXES,
    PROVINCE_FORMS,
    ending,
)
from summarizer.structure.candidate import SPACES, Cand, key
from summarizer.structure.orgs import BRANCH, parse_piece

_ORG_WORD = ending(ORG_SUFFIXES)


def _one_body(a: Cand, b: Cand) -> bool:
    """A shared name or alias makes two candidates one body, except a kind of body both brackets
    hold (`연수3동(주민자치위원회)과 주산면(주민자치위원회)`: each 동's own committee, no alias)."""
    shared = a.keys() & b.keys()
    if shared & {key(a.name), key(b.name)}:
        return True
    if b.name in PROVINCE_FORMS.get(a.name, ()):  # `충청남도` and `충남지사`'s `충남`: one province
        return True
    return any(
        not _ORG_WORD.search(k) or abbreviates(k, a.name) or abbreviates(k, b.name) for k in shared
    )


def _placed(c: Cand) -> str | None:
    """The name with the place a report put before it (`남원시 소상공인연합회` for
    `소상공인연합회`), when the place was cut off."""
    return next((a for a in c.aliases if a.endswith(" " + c.name)), None)


def _keep_places(cands: list[Cand]) -> None:
    """`남원시 소상공인연합회와 사천시 소상공인연합회`: one kind of body in two places, two
    bodies; each keeps its place in its name, and neither takes the bare name as an alias."""
    for i, a in enumerate(cands):
        for b in cands[i + 1 :]:
            if key(a.name) != key(b.name):  # (most pairs: their places are not looked for)
                continue
            pa, pb = _placed(a), _placed(b)
            if not pa or not pb or key(pa) == key(pb):
                continue
            for c, placed in ((a, pa), (b, pb)):
                words = placed.split()  # `전북특별자치도 남원시 …`: from the town on
                town = max(
                    (n for n, w in enumerate(words[:-1]) if w.endswith(MUNICIPAL_SYLLABLES)),
                    default=0,
                )
                c.aliases = [x for x in c.aliases if x not in (placed, c.name)]
                c.name = " ".join(words[town:])
                if c.name != placed:
                    c.aliases.append(placed)


_TOWN_WORD = lazy_compile(r"[가-힣]{1,4}" + MUNICIPAL_CLASS)


def _town_and_its_own(short: str, long: str) -> bool:
    """`가람시` and `가람시여성창업지원센터`: a town and a body named after it with a name of its
    own (four characters or more before its office word): two sides, not one body under two
    names (as `가람공단` and `가람공단 경기지역본부` are)."""
    if not _TOWN_WORD.fullmatch(short) or not long.startswith(short) or " " in long:
        return False
    branch = BRANCH.search(long)
    return branch is not None and branch.start() - len(short) >= 4


def merge(cands: list[Cand]) -> list[Cand]:
    _keep_places(cands)
    out: list[Cand] = []
    for c in cands:
        same = next(
            (
                o
                for o in out
                if _one_body(o, c)
                or (key(o.name).startswith(key(c.name)) and not _town_and_its_own(c.name, o.name))
                or (
                    key(c.name).startswith(key(o.name))
                    and BRANCH.search(c.name)
                    and not _town_and_its_own(o.name, c.name)
                )
            ),
            None,
        )
        if same is None:
            out.append(c)
            continue
        if len(key(c.name)) > len(key(same.name)) and key(c.name).startswith(key(same.name)):
            same.aliases.append(same.name)
            same.name = c.name
        province = c.name in PROVINCE_FORMS.get(same.name, ())  # (its other form kept)
        for a in (c.name, *c.aliases) if province else c.aliases:
            if a not in same.aliases and a != same.name:
                same.aliases.append(a)
        same.head = same.head or c.head
    return out


def abbreviates(short: str, name: str) -> bool:
    """`중기부` abbreviates `중소벤처기업부`: its characters appear in order, starting early."""
    n = SPACES.sub("", name)
    if len(short) < 2 or short == n or short[0] not in n[:3]:
        return False
    i = 0
    for ch in n:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def same_body(a: str, b: str) -> bool:
    """Two names of one body: one inside the other, or one the other's short form
    (`해울대새봄사업단`, `해울대학교새봄사업단`)."""
    return a in b or b in a or abbreviates(a, b) or abbreviates(b, a)


def held(c: Cand, found: list[Cand]) -> bool:
    """Whether a body already found is `c`: one of its names (of two characters or more) and
    `c`'s, spaces aside, name one body (`same_body`: `가람시`, `가람광역시`)."""
    k = c.name.replace(" ", "")
    for o in found:
        for n in (o.name, *o.aliases):
            x = n.replace(" ", "")
            if len(x) >= 2 and same_body(x, k):
                return True
    return False


# Possessive (`{2,30}+`): neither class holds the bracket after it, so giving characters back
# never helps, and a long word is not tried again at every shorter length.
_NAMED_BRACKET = re.compile(r"[가-힣A-Za-z0-9]{2,30}+\([^()\n]{1,40}+\)")
_NAME_BEFORE = re.compile(r"[가-힣A-Za-z0-9]{2,30}$")


def _named_brackets(text: str) -> Iterator[re.Match[str]]:
    """What `_NAMED_BRACKET.finditer(text)` yields, looked for from each `(` back to the word
    before it: the pattern tried at every character of a Korean text costs far more."""
    pos = 0
    paren = text.find("(")
    while paren != -1:
        word = _NAME_BEFORE.search(text, max(pos, paren - 30), paren)
        m = _NAMED_BRACKET.match(text, word.start()) if word else None
        if m:
            yield m
            pos = m.end()
        paren = text.find("(", max(pos, paren + 1))


def _may_name(bracketed: str, asked: set[str]) -> bool:
    """Whether `parse_piece` of `word(…)` may give one of `asked` as its name or an alias: each
    of those is a stretch of it (the word, a legal form kept or cut, an item of the bracket),
    unless lenticular brackets or the marks held for a legal form are rewritten in it."""
    # (`map` of the bound `in`: no generator frame a name; the marks as a set, one C pass)
    return any(map(bracketed.__contains__, asked)) or not _HELD_MARKS.isdisjoint(bracketed)


# `3개 항공사(A, B, C)`: a count's bracket lists its members, not one body's short names
_COUNTED_KIND = re.compile(r"\d\s*개?\s*$")
_HELD_MARKS = frozenset("【】\x01\x02")


def expand_short_names(text: str, cands: list[Cand], *, read_all: bool = False) -> None:
    """`중기부` in the signing sentence -> `중소벤처기업부`, when `중소벤처기업부(…이하 중기부)` is elsewhere.

    Brackets are read until every name asked about is found (a later bracket replaces no
    first finding); `read_all` reads every one (the plain form tests compare with)."""
    full: dict[str, Cand] = {}
    asked = {c.name for c in cands}
    for m in _named_brackets(text):
        if not read_all and not _may_name(m.group(0), asked):
            continue
        if _COUNTED_KIND.search(text, max(0, m.start() - 5), m.start()):
            continue  # (the members of a counted roster, party_members)
        c = parse_piece(text, m.start(), m.end())
        if c:
            for a in [c.name, *c.aliases]:
                full.setdefault(a, c)
            if not read_all and asked <= full.keys():
                break
    for c in cands:
        if c.name in full and full[c.name].name == c.name:  # `조달청(청장 김윤상)` elsewhere
            c.head = c.head or full[c.name].head
            c.aliases += [a for a in full[c.name].aliases if a not in c.aliases]
            continue
        if c.name in full and full[c.name].name != c.name:
            long = full[c.name]
            c.aliases = [c.name, *[a for a in [*long.aliases, *c.aliases] if a != c.name]]
            c.name, c.head = long.name, c.head or long.head


__all__ = ["abbreviates", "expand_short_names", "held", "merge", "same_body"]
