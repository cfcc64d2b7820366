"""Overlap resolution asks a map of taken positions (issue 13: a sorted list of spans with an
insertion each was quadratic on a long page); it keeps what the plain form kept."""

from __future__ import annotations

import random
from bisect import bisect_left, insort

from summarizer.facts.candidates import PRIORITY, Candidate, resolve_overlaps


def _plain_non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    order = sorted(
        cands,
        key=lambda c: (
            PRIORITY.get(c.kind, 3) > 0,
            c.start - c.end,
            PRIORITY.get(c.kind, 3),
            c.start,
        ),
    )
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    for c in order:
        if c.end <= c.start:
            continue
        i = bisect_left(taken, (c.start, c.start))
        if (i > 0 and taken[i - 1][1] > c.start) or (i < len(taken) and taken[i][0] < c.end):
            continue
        insort(taken, (c.start, c.end))
        kept.append(c)
    return kept


def _plain(cands: list[Candidate]) -> list[Candidate]:
    kept = _plain_non_overlapping(cands)
    inner: list[Candidate] = []
    for box in kept:
        if box.holds is not None:
            inside = [
                c
                for c in cands
                if c.kind == box.holds and box.start <= c.start and c.end <= box.end
            ]
            inner += _plain_non_overlapping(inside)
    kept += inner
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def test_resolution_keeps_what_the_plain_form_kept() -> None:
    rnd = random.Random(2)
    kinds = ["url", "email", "phone", "date", "time", "money"]
    for _ in range(5000):
        cands = []
        for k in range(rnd.randint(0, 12)):
            a = rnd.randint(0, 30)
            holds = rnd.choice([None, None, "time", "date"])
            cands.append(
                Candidate(a, a + rnd.randint(-2, 10), rnd.choice(kinds), str(k), holds=holds)
            )  # type: ignore[arg-type]
        assert resolve_overlaps(cands) == _plain(cands), cands
