"""Candidate facts from every extractor, and the rules that decide overlaps and nesting."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from summarizer.models.records import DateParts, FactKind, FactNote

# Lower wins first: URLs and e-mails own everything inside them; then the longer span.
PRIORITY = {"url": 0, "email": 0, "phone": 1, "date": 1, "time": 2, "money": 2}


class Candidate(NamedTuple):
    """One match before overlap resolution: offsets index the original text."""

    start: int
    end: int
    kind: FactKind
    value: str | None
    notes: tuple[FactNote, ...] = ()
    holds: FactKind | None = None  # a kind whose facts may sit inside this span, kept both
    fax: bool = False
    currency: str | None = None
    parts: tuple[DateParts, ...] = ()


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    """URLs/e-mails first, then longer spans, then by kind; unsorted."""
    order = sorted(
        cands,
        key=lambda c: (
            PRIORITY.get(c.kind, 3) > 0,
            c.start - c.end,
            PRIORITY.get(c.kind, 3),
            c.start,
        ),
    )
    # The positions the accepted spans cover (they never overlap): a span is refused when one
    # of its own positions is taken. (A sorted list of the spans, bisected, moved its tail at
    # every insertion: quadratic on a long page.)
    taken = bytearray(max([0, *(c.end for c in cands)]))
    kept: list[Candidate] = []
    for c in order:
        if c.end <= c.start or taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return kept


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: URLs/e-mails first, then longer spans, then by kind.

    The one nesting allowed: a candidate that `holds` a kind keeps the candidates of that
    kind lying wholly inside it (`6. 2.(월) 09:00 ~ 6. 13.(금)` is a date range and holds
    the time 09:00), themselves resolved the same way among each other.
    """
    kept = _non_overlapping(cands)
    inner: list[Candidate] = []
    by_start: list[tuple[int, int]] = []  # (start, index) of every candidate, if a box asks
    for box in kept:
        if box.holds is not None:
            if not by_start:
                by_start = sorted((c.start, i) for i, c in enumerate(cands))
            # those starting within the box, by bisection, in their order in `cands`
            lo = bisect_left(by_start, (box.start, -1))
            hi = bisect_left(by_start, (box.end + 1, -1))
            inside = [
                cands[i]
                for i in sorted(i for _, i in by_start[lo:hi])
                if cands[i].kind == box.holds and cands[i].end <= box.end
            ]
            inner += _non_overlapping(inside)
    kept += inner
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


__all__ = ["Candidate", "resolve_overlaps"]
