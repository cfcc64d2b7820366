"""Whose venue, and which: a venue given another party's premises, or another place the source
names beside the venue of the signing (the venue of a second signing, a body's title).

The structure reads the venue of the signing sentence (`event.place`, with whose premises it is);
an answer's venue put together from the source's words, or found at another place of the source,
is checked against it here. Both checks only doubt (`unverified`): where the structure reads no
venue or no owner they say nothing.
"""

from __future__ import annotations

import re

from summarizer.models import Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import key as _key

# a party's name as the subject of the venue's sentence: `가람병원은 3층 대회의실에서`
_TOPIC = re.compile(r"(?:\([^()\n]{0,30}\))?(?:은|는|이|가)\s")
_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)|\n")
_AT = re.compile(r"\s*에서")


def _keys(name: str) -> set[str]:
    """A party's name and its last word (`대산재단 누리병원` -> `누리병원`), each of 3+ letters."""
    words = name.split()
    return {k for k in (_key(name), _key(words[-1]) if words else "") if len(k) >= 3}


def _parties_in(ev: Evidence, text: str) -> set[int]:
    """The structure's parties whose name (or an alias, or its last word) `text` writes."""
    folded = _key(text)
    out = set()
    for i, p in enumerate(ev.facts.structure.parties):
        if any(k in folded for name in (p.name, *p.aliases) for k in _keys(name)):
            out.add(i)
    return out


def _subject_before(ev: Evidence, stated: Span) -> set[int]:
    """The party the venue's sentence makes its subject, written before the venue."""
    line_start = ev.text.rfind("\n", 0, stated.start) + 1
    window = ev.text[line_start : stated.start]
    best: tuple[int, int] | None = None
    for i, p in enumerate(ev.facts.structure.parties):
        for name in (p.name, *p.aliases):
            if len(_key(name)) < 2:
                continue
            at = window.rfind(name)
            if at >= 0 and _TOPIC.match(window, at + len(name)) and (best is None or at > best[0]):
                best = (at, i)
    return {best[1]} if best else set()


def other_owner(ev: Evidence, place: str) -> str | None:
    """A venue the answer gives a party's premises (`누리소방서 3층 대회의실`) where the source's
    venue of the signing is another party's: the structure's venue names that party
    (`가람병원 회의실`), or that party is the subject of the venue's sentence (`가람병원은 3층
    대회의실에서 누리소방서와 …`). Only for a venue the source does not write as one phrase."""
    event = ev.facts.structure.event
    if event is None or not event.place or event.place_span is None:
        return None
    named = _parties_in(ev, place)
    if not named:
        return None
    owner = _parties_in(ev, f"{event.place} {event.place_span.text}") or _subject_before(
        ev, event.place_span
    )
    if not owner or owner & named:
        return None
    whose = ev.facts.structure.parties[min(owner)].name
    return f"the source's venue of the signing ({event.place_span.text.strip()!r}) is {whose}'s"


def beside(text: str, found: Span, stated: Span) -> bool:
    """One venue written in pieces (`가람시청(중구 소재) 3층 대회의실`): the two spans close, no
    `에서` or sentence end between them (`A에서 … 체결 후, B에서` are two places)."""
    first, second = (found, stated) if found.start <= stated.start else (stated, found)
    gap = text[first.end : second.start]
    return len(gap) <= 30 and "에서" not in gap and _SENTENCE_END.search(gap) is None


def second_venue(text: str, found: Span, stated: Span) -> bool:
    """The found place is a venue of its own (`B 회의실에서`) in the sentence whose other venue
    (`A에서`) the structure reads as the signing's: two places of one sentence, two events."""
    if not (_AT.match(text, found.end) and _AT.match(text, stated.end)):
        return False
    lo, hi = min(found.end, stated.end), max(found.start, stated.start)
    return lo <= hi and _SENTENCE_END.search(text, lo, hi) is None


__all__ = ["beside", "other_owner", "second_venue"]
