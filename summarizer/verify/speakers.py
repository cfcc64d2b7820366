"""Who said it: a grounded quote's speaker must be the person the source names before it.

Korean releases name the speaker just before the quote (`오영주 중기부 장관은 “…”`), and a
second segment of the same statement follows `…”라며, “…`. So the person named nearest
before the quote's span is the speaker; a different person there means misattribution.
"""

from __future__ import annotations

import re

from summarizer.glossary import load_glossary
from summarizer.models import BriefingQuote, ClaimCheck, Span
from summarizer.verify.evidence import Evidence

_LOOK_BACK = 300  # characters before a quote searched for the speaker's name
_LOOK_AHEAD = 80  # `…," Kim said` and `“…”라고 류진 회장은 말했다` name the speaker after
_TITLES = re.compile(
    r"(장관|차관|회장|부회장|이사장|사장|원장|청장|위원장|시장|지사|대표|본부장|지부장|처장|실장|국장|과장)$"
)


def _key(name: str) -> str:
    return _TITLES.sub("", re.sub(r"\s+", "", name))


def _variants(name: str) -> set[str]:
    """Ways the text may name a person: `오영주`; `Kim Do-hyun`, `Kim`, `Do-hyun`."""
    key = _key(name)
    if not key.isascii():
        return {key} if len(key) >= 2 else set()
    words = [w for w in re.split(r"[\s,]+", name.strip()) if len(w) >= 2 and w[:1].isupper()]
    return {name.strip(), *words[:1], *words[-1:]} if words else set()


def _people(ev: Evidence, quotes: list[BriefingQuote]) -> list[set[str]]:
    """Names that may introduce a quote: the briefing's speakers, the structure's, party heads."""
    names = [q.speaker for q in quotes]
    names += [q.speaker for q in ev.facts.structure.quotes if q.speaker]
    names += [p.head.split()[-1] for p in ev.facts.structure.parties if p.head]
    # A structure pass may take an organisation for the speaker (`중기부 장관`): drop those.
    orgs = {_key(o) for q in quotes if q.org for o in [q.org]}
    orgs |= {_key(n) for p in ev.facts.structure.parties for n in [p.name, *p.aliases]}
    glossary = load_glossary()
    people = []
    for name in names:
        variants = {v for v in _variants(name) if v not in orgs and glossary.lookup(v) is None}
        if variants and variants not in people:
            people.append(variants)
    return people


def _occurrences(window: str, variants: set[str]) -> list[tuple[int, str]]:
    found = []
    for v in variants:
        pattern = rf"(?<![A-Za-z]){re.escape(v)}(?![a-z])" if v.isascii() else re.escape(v)
        found += [(m.start(), v) for m in re.finditer(pattern, window)]
    return found


def _nearest(
    ev: Evidence, lo: int, hi: int, people: list[set[str]], last: bool
) -> tuple[int, str, set[str]] | None:
    """The person named nearest the quote within `text[lo:hi]` (last occurrence if `last`)."""
    best: tuple[int, str, set[str]] | None = None
    for variants in people:
        for pos, v in _occurrences(ev.text[lo:hi], variants):
            if best is None or (pos > best[0] if last else pos < best[0]):
                best = (pos, v, variants)
    return None if best is None else (lo + best[0], best[1], best[2])


def check_speaker(
    ev: Evidence, index: int, quote: BriefingQuote, span: Span, quotes: list[BriefingQuote]
) -> ClaimCheck:
    """The claimed speaker of a grounded quote against the person the source names by it."""
    field = f"quotes[{index}].speaker"
    people = _people(ev, quotes)
    before = _nearest(ev, max(0, span.start - _LOOK_BACK), span.start, people, last=True)
    after = _nearest(ev, span.end, span.end + _LOOK_AHEAD, people, last=False)
    # Korean names the speaker first (`오영주 장관은 “…”`); English after (`…," Kim said`).
    order = [after, before] if span.text.isascii() else [before, after]
    found = next((hit for hit in order if hit is not None), None)
    if found is None:
        return ClaimCheck(
            field=field, kind="speaker", claim=quote.speaker, status="unverified",
            note="the source names no speaker near this quote",
        )  # fmt: skip
    pos, name, variants = found
    where = Span(text=name, start=pos, end=pos + len(name))
    if variants & _variants(quote.speaker):
        return ClaimCheck(
            field=field, kind="speaker", claim=quote.speaker, status="exact", span=where
        )
    return ClaimCheck(
        field=field, kind="speaker", claim=quote.speaker, status="unsupported", span=where,
        note=f"the source attributes this quote to {name}. Use that speaker.", hard=True,
    )  # fmt: skip


__all__ = ["check_speaker"]
