"""`pattern.finditer(s)` found from a character every match holds, not from every digit.

A pattern that opens with a digit class is tried by the engine at every character of the
page (~10 ns each); where each of its matches holds one mark at a fixed distance after its
first digit (the `.` of `7. 17.`, the `시` of `3시`), the engine can skip ahead to that mark
(a literal) and the pattern is matched only at the few places that may start a match before
it. The matches are those of `finditer`, in order: non-overlapping, each the leftmost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def anchored_finditer(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str],
    starts: Callable[[str, int], Iterable[int]],
    s: str,
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(s)`, given `anchor`, which finds the mark of every
    match (at least), and `starts(s, k)`: every place, in text order, where a match holding
    the mark at `k` may start. Marks must come in the order of the matches holding them."""
    done = 0  # where the last match ended: `finditer` goes on from there
    for a in anchor.finditer(s):
        for p in starts(s, a.start()):
            if p < done:
                continue
            m = pattern.match(s, p)
            if m is not None:
                done = m.end()  # (the patterns given here match no empty string)
                yield m
                break


def before_digits(s: str, k: int, skip: str = "") -> Iterator[int]:
    """Where one or two digits end just before `k` (after any of `skip` before `k`): the
    two-digit start first, then the one-digit start."""
    j = k
    while j > 0 and s[j - 1] in skip:
        j -= 1
    if j >= 2 and s[j - 2].isdecimal() and s[j - 1].isdecimal():
        yield j - 2
    if j >= 1 and s[j - 1].isdecimal():
        yield j - 1


def digit_runs_before(s: str, k: int, between: frozenset[str]) -> list[int]:
    """Where each run of digits starts in the stretch of digits and `between` characters
    that ends at `k`, in text order."""
    r = k
    while r > 0 and (s[r - 1] in between or s[r - 1].isdecimal()):
        r -= 1
    return [p for p in range(r, k) if s[p].isdecimal() and (p == r or not s[p - 1].isdecimal())]


__all__ = ["anchored_finditer", "before_digits", "digit_runs_before"]
