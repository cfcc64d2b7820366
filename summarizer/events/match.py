"""Whether two mentions name the same body: glossary identity, tails, short forms, English."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.events.orgs import Mention

_X_MINISTRY = re.compile(r"^(\w+) ministry$")


def abbreviates(short: str, name: str) -> bool:
    """`소상공인진흥공단` abbreviates `소상공인시장진흥공단`: same first and last syllable, in order."""
    if len(short) < 3 or len(short) >= len(name) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    at = 0
    for ch in short:  # each syllable found after the previous one (str.find runs in C)
        at = name.find(ch, at) + 1
        if not at:
            return False
    return True


@lru_cache(maxsize=1 << 18)
def same_key(a: str, b: str) -> bool:
    """Two Korean keys name one body: equal, one the other's tail (`경남은행` of `BNK경남은행`),
    a university's short form (`계명문화대`), or an abbreviation."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 3:
        return False
    if short[-1] != long[-1]:
        return long.startswith(short) and long[len(short) :] in ("학교", "학", "청")
    return long.endswith(short) or abbreviates(short, long)


def _en_same(a: str, b: str) -> bool:
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        m = _X_MINISTRY.match(x)
        if m and y.startswith(f"ministry of {m.group(1)}"):
            return True
    return False


_SAME: dict[tuple[object, ...], bool] = {}


def same_org(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same body (memoised: names repeat across reports)."""
    if a.canon == b.canon:
        return True
    key = (a.canon, a.keys, a.en, b.canon, b.keys, b.en)
    found = _SAME.get(key)
    if found is None:
        if len(_SAME) > 1 << 20:
            _SAME.clear()
        found = _SAME[key] = _same_org(a, b)
    return found


def _same_org(a: Mention, b: Mention) -> bool:
    if a.canon[:2] in ("g:", "r:") and b.canon[:2] in ("g:", "r:"):
        return False
    if a.canon.startswith("e:") or b.canon.startswith("e:"):
        return any(_en_same(x, y) for x in a.en for y in b.en)
    return any(same_key(x, y) for x in a.keys for y in b.keys)


__all__ = ["abbreviates", "same_key", "same_org"]
