"""A counted list whose first item is joined by 와/과 and the rest by commas: `A과 B, C 등 기업
3곳과 협약을 체결했다`, `A와 ㈜B, C㈜ 등 3개 기업과`. The signing sentence's reader takes the
first `와/과` for the partner's; the count after the rest says they are one list of bodies."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon.counts import BARE_FIRMS, SIGNER_DIGITS, count
from summarizer.lexicon.joins import JOINED
from summarizer.structure.orgs import Cand, pieces

_WITH = re.compile(JOINED + r"(?=\s)")
# `B, C 등 기업 3곳`, `B, C 등 3개 기업`: the rest of the list, closed by the count of all
_REST = lazy_compile(
    r"(?P<rest>[^.\n와과]{2,200}?)\s등\s*(?:[가-힣]+\s+){0,2}"
    + count(BARE_FIRMS, number=SIGNER_DIGITS, name="n")
    + r"(?:\s?[가-힣]{1,4})?\s*$"
)


def joined_rest(text: str, after: int, stop: int, first: list[Cand]) -> list[Cand]:
    """The items after `first`'s 와 (at `after`) up to the next 와/과 before `stop`, when a count
    closes them and `first` and they are that many (or none)."""
    if len(first) != 1:
        return []
    w = _WITH.search(text, after, stop)
    if w is None:
        return []
    m = _REST.match(text, after, w.start())
    if m is None or "," not in m.group("rest"):
        return []
    items = pieces(text, m.start("rest"), m.end("rest"))
    return items if len(items) + 1 == int(m.group("n")) else []


# `A과 B를 각각 방문해 협약을 체결했다`: the 과 joins two objects that each signed (a Korean
# form: `각각` distributes the verb over the joined objects), B marked by 을/를 instead of 와
_EACH_OBJECT = re.compile(r"\s*([^\s,]{2,30}?(?:\([^()]{1,30}\))?)(?:을|를)\s+각각\s")


def each_object(text: str, after: int, stop: int) -> list[Cand]:
    """The second object of `A과 B를 각각 …` (the 과 ending at `after`), before `stop`."""
    m = _EACH_OBJECT.match(text, after, stop)
    return pieces(text, *m.span(1)) if m is not None else []


__all__ = ["each_object", "joined_rest"]
