"""Partners an English story names beyond its signing sentence (issue 8): a roster of those
taking part (`Companies participating in the MOUs include A, B and the U.S.' C`) and a side's
further agreement (`A also signed a separate MOU with B`)."""

from __future__ import annotations

from summarizer.lazy import lazy_compile
from summarizer.structure.en_agreement import agreement_sides, body_of
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.orgs import Cand

# `Companies and institutions participating in the MOUs include A, B, …`: those taking part
_ROSTER = lazy_compile(
    r"\b(?:[Cc]ompanies|[Ff]irms|[Ii]nstitutions|[Oo]rgani[sz]ations|[Bb]odies|[Pp]artners|"
    r"[Ss]ignatories)(?:\s+and\s+[a-z]+)?\s+(?:participating|taking\s+part|involved)\s+in\s+"
    r"(?:the\s+)?(?:MOU|MoU|agreement|memorand(?:um|ums|a)|deal)s?\s+(?:include|are)\s+"
    r"(?P<list>(?:[^.\n]|(?<=[A-Z])\.)+)"  # (`the U.S.’ C`: an abbreviation's stops)
)
# the part of `_ROSTER` every match holds, searched before it
_TAKING_PART = lazy_compile(
    r"(?:participating|taking\s+part|involved)\s+in\s+(?:the\s+)?(?:MOU|MoU|agreement|memorand|deal)"
)
_ROSTER_WORDS = ("participating", "taking part", "involved in")  # (parties._PARTNER_WORDS too)
_ITEM_CUT = lazy_compile(r",\s*(?:and\s+)?|\s+and\s+")
_ALSO = lazy_compile(r"\balso\s+(?:signed|inked|concluded|sealed)\b")


def roster(text: str, mask: Mask, start: int) -> list[Cand]:
    """The bodies a `… participating in the MOUs include A, B and C` sentence lists (three or
    more, each named as a body)."""
    if not any(w in text for w in _ROSTER_WORDS) or _TAKING_PART.search(text, start) is None:
        return []  # (the roster's middle, found first: a word-led scan of the page is dearer)
    for m in _ROSTER.finditer(text, start):
        if mask.blocked(m.start(), m.end()):
            continue
        out: list[Cand] = []
        at = m.start("list")
        for part in _ITEM_CUT.split(m.group("list")):
            at = text.index(part, at)
            c = body_of(text, at, part) if part.strip() else None
            at += len(part)
            if c is None:
                return []  # (a word no body names: no list of bodies)
            out.append(c)
        if len(out) >= 3:
            return out
    return []


def also_signed(text: str, mask: Mask, start: int, sides: list[Cand]) -> list[Cand]:
    """`KAIST also signed a separate MOU with B`: the partners of a side's further agreement."""
    if "also" not in text:
        return []
    known = {n for c in sides for n in (c.name, *c.aliases)}
    out: list[Cand] = []
    for s, e in iter_sentences(text, start):
        if _ALSO.search(text, s, e) is None or mask.blocked(s, e):
            continue
        got = agreement_sides(text, s, e)
        if not any(n in known for c in got for n in (c.name, *c.aliases)):
            continue  # (another's agreement)
        for c in got:
            if not any(n in known for n in (c.name, *c.aliases)):
                out.append(c)
                known.update((c.name, *c.aliases))
    return out


__all__ = ["also_signed", "roster"]
