"""Parties an attendance sentence lists when the page counts them: `이날 업무협약에는 A, B·C, D
등 9개 기관이 참석했다`, `이번 협약에는 홍길동 A대총장, 김철수 B재단 이사장 등도 참석했다` under
`8개 기관은 …`. The signing sentence often names one side (or two) and leaves the rest to the
roster; a roster with no count is read only when it names bodies by their names and a side
already found among them (the heads of the two sides, an MP, a council chair attend too), and one
whose bodies and the sides already found do not make up the count is not read."""

from __future__ import annotations

import re
from itertools import product

from summarizer.lazy import lazy_compile
from summarizer.lexicon import ORG_SUFFIXES
from summarizer.lexicon.counts import MEMBER_KINDS
from summarizer.structure.candidate import Cand
from summarizer.structure.lines import Mask
from summarizer.structure.org_names import same_body
from summarizer.structure.orgs import pieces
from summarizer.structure.party_words import is_body

# `업무협약에는 … 참석했다`: the roster opens after the agreement or its ceremony
_ROSTER_OPEN = lazy_compile(
    r"(?:협약|협약식|체결식|협정식|조인식|MOU|양해각서)(?:에는|에서는|에)\s+(?=\S)"
)
_ROSTER_CLOSE = lazy_compile(
    r"\s*(?:등도?\s*(?:총\s*)?(?:(?:[가-힣]+\s){0,2}(?P<n>\d{1,2})\s*개\s*(?:[가-힣]+\s)?"
    # (`등 용인 관내 4개 대학이`: a place's words before the count, any kind of body after it)
    + "(?:"
    + "|".join(MEMBER_KINDS)
    + r")\S*?\s*"
    # (`등 4개 기관 관계자 10명이 참석했다`: the bodies' people attend)
    r"(?:(?:관계자|대표|임직원)들?\s*(?:\d{1,3}\s*명|\d{1,3}여\s*명)?\s*)?"
    # (`… 등 지역 국립대학들이 참석했다`: the kind the items are, in the plural)
    r"|(?:[가-힣]+\s){0,2}[가-힣]+들(?=이|가))?)?"
    r"(?:이|가)?\s*(?:참석|참여|참가)"
)
# `8개 기관과 대학은`, `이들 4개 기관은`, `3자 업무협약`: how many bodies the page says signed
_PAGE_COUNT = lazy_compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s*개\s*(?:기관|단체|대학|기업)(?:과\s*대학)?(?:은|는|이|가)\s"
    r"|(?<![\d.])(?P<m>\d)\s*자\s*(?:간\s*)?(?:업무\s*)?(?:협약|MOU|양해각서)"
)
# `협약식에는 A를 비롯해 B, C 등 3개 기관 …`: the body the roster opens with, before `비롯해`
_LED_BY = lazy_compile(r"(?P<name>[^\s,()]{2,30}?)(?:을|를)\s*비롯(?:해|한|하여)\s+")
_MAX_ROSTER = 400  # characters from the roster's opening to its verb
_ATTEND = re.compile(r"참석|참여|참가")
_COUNT_WORD = lazy_compile(r"개|자")


def rostered(text: str, mask: Mask, body_start: int, found: list[Cand]) -> list[Cand]:
    """The bodies a counted roster adds to `found`: every item a body or a body's head, and
    `found` and the new ones together (or the new ones alone) as many as the count.

    Read from each attendance verb back to the roster's opening in its sentence: the verbs
    are few, and a pattern tried at every character of the page cost 0.3 ms a page."""
    # (nothing found yet, `이번 업무협약에는 A시장과 B 교육장, C서장이 참석했다` under no signing
    # sentence: the roster alone, when the page's count is its length)
    counts: set[int] | None = None  # (read once, at the first roster without its own count)
    for verb in _ATTEND.finditer(text, body_start):
        opening = _ROSTER_OPEN.search(text, _sentence_start(text, verb.start()), verb.start())
        if opening is None:
            continue
        at = opening.end()
        close = _ROSTER_CLOSE.search(text, at, verb.end())
        if close is None or close.end() != verb.end() or mask.blocked(at, close.end()):
            continue
        if close.group("n") is None and counts is None:
            counts = _page_counts(text, body_start)
        n = {int(close.group("n"))} if close.group("n") else (counts or set())
        items = _share_place(_led_by(text, at) + pieces(text, at, close.start()))
        if len(items) < 2 or not all(map(_is_side, items)):
            continue
        new = [c for c in items if not any(_covers(o, c) for o in found)]
        fits = len(found) + len(new) in n or len(new) in n
        if new and (fits or (not n and _bodies_with_a_side(items, new))):
            return [Cand(name=c.name, aliases=c.aliases, start=c.start, end=c.end) for c in new]
    return []


def _led_by(text: str, at: int) -> list[Cand]:
    """`A를 비롯해 B, C`: A, which the list's pieces leave out, when it is a body."""
    m = _LED_BY.match(text, at)
    if m is None or not is_body(m.group("name")):
        return []
    return [Cand(name=m.group("name"), start=m.start("name"), end=m.end("name"))]


def _bodies_with_a_side(items: list[Cand], new: list[Cand]) -> bool:
    """An uncounted roster read all the same: every item a body by its name (no head: the
    heads of both sides and their guests attend too), a side already found among them."""
    return len(new) < len(items) and all(not c.head and is_body(c.name) for c in items)


def _page_counts(text: str, body_start: int) -> set[int]:
    """The counts of signing bodies the page gives (`8개 기관은`, `3자 업무협약`), searched
    from each `개` or `자` (a pattern opening with a digit is tried at every character)."""
    out: set[int] = set()
    for m in _COUNT_WORD.finditer(text, body_start):
        lo = max(body_start, m.start() - 4)
        c = _PAGE_COUNT.search(text, lo, min(len(text), m.end() + 20))
        if c is not None and c.start() <= m.start():
            out.add(int(c.group("n") or c.group("m")))
    return out


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence holding `i` starts (after a full stop or a line's end), at most
    _MAX_ROSTER back."""
    lo = max(0, i - _MAX_ROSTER)
    return max(lo, text.rfind("\n", lo, i) + 1, text.rfind(". ", lo, i) + 2)


def _share_place(items: list[Cand]) -> list[Cand]:
    """`마포 경찰서·소방서`: a bare body word after a place's body is that place's too."""
    out: list[Cand] = []
    for c in items:
        prev = out[-1].name.split() if out else []
        if len(prev) == 2 and c.name in ORG_SUFFIXES and not c.head:
            c = Cand(name=f"{prev[0]} {c.name}", aliases=[c.name], start=c.start, end=c.end)
        out.append(c)
    return out


def _is_side(c: Cand) -> bool:
    """A roster's item that can be a side: a body's head (`홍길동 A대총장`), a body by its
    ending, or one word of three or more (`육군1234부대`)."""
    if c.head:
        return True
    return is_body(c.name) or (" " not in c.name and len(c.name) >= 3)


def _covers(a: Cand, b: Cand) -> bool:
    """One body in two names: a shared key, one inside the other, or an abbreviation."""
    names = product(a.keys(), b.keys())
    return any(same_body(x, y) for x, y in names)


__all__ = ["rostered"]
