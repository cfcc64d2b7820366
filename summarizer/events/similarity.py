"""Text overlap between reports: character n-grams, containment, and the longest shared passage."""

from __future__ import annotations

import re
from functools import lru_cache

_KEEP = re.compile(r"[^0-9A-Za-z가-힣]+")
_RUN = re.compile(r"[0-9A-Za-z가-힣]+")


def squeeze(text: str) -> tuple[str, list[int]]:
    """Letters and digits only, lower-cased, with each kept character's offset in `text`."""
    out: list[str] = []
    pos: list[int] = []
    for m in _RUN.finditer(text):
        out.append(m.group(0).lower())
        pos.extend(range(m.start(), m.end()))
    return "".join(out), pos


@lru_cache(maxsize=4096)
def grams(text: str, n: int) -> frozenset[int]:
    """Hashes of the character n-grams of `text` with punctuation and spaces removed."""
    s = _KEEP.sub("", text).lower()
    return frozenset(hash(s[i : i + n]) for i in range(max(0, len(s) - n + 1)))


def sample_keys(text: str, n: int = 6, every: int = 16) -> frozenset[str]:
    """A content-chosen sample of the n-grams (those starting at a character whose code is a
    multiple of `every`): the same text gives the same sample in any process, so copies
    share keys."""
    s = _KEEP.sub("", text).lower()
    return frozenset(s[i : i + n] for i in range(max(0, len(s) - n + 1)) if ord(s[i]) % every == 0)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared n-grams over the smaller set: 1.0 when one text is inside the other."""
    if not a or not b:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & big) / len(small)


def shared_passage(a: str, b: str, k: int = 8) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The longest passage both texts hold (punctuation and spacing ignored), as spans of each.

    Linear: k-gram anchors of `a` looked up from `b`, each hit extended as far as it goes.
    """
    sa, pa = squeeze(a)
    sb, pb = squeeze(b)
    index: dict[str, int] = {}
    for i in range(len(sa) - k + 1):
        index.setdefault(sa[i : i + k], i)
    best = (0, 0, 0)
    j = 0
    while j <= len(sb) - k:
        hit = index.get(sb[j : j + k])
        if hit is None:
            j += 1
            continue
        i, n = hit, k
        while i + n < len(sa) and j + n < len(sb) and sa[i + n] == sb[j + n]:
            n += 1
        if n > best[2]:
            best = (i, j, n)
        j += max(1, n - k + 1)
    i, j, n = best
    if n == 0:
        return None
    return (pa[i], pa[i + n - 1] + 1), (pb[j], pb[j + n - 1] + 1)


__all__ = ["containment", "grams", "sample_keys", "shared_passage", "squeeze"]
