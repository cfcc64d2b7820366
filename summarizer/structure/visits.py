"""The visit that signs: `B, C 등을 방문해 … 협정을 체결했다`, `다온군청을 찾아 … 맺었다`. The
visit's verb after its object's particle, and the signing the sentence goes on to after it: read
by party_visits (the bodies visited are the partners) and venue_other (the hall visited is the
venue), each with its own object (a list of bodies; one hall's name)."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_STEMS, alternation

# the visit's verb, its connective or adnominal (`방문해`, `방문하여`, `방문한 뒤`, `방문했고`, `찾아`,
# `찾은`): the hall visited is the venue (venue_other)
VISIT_VERB = r"방문(?:해|하여|한|했)|찾아(?=[\s,])|찾은"
# the bodies visited are the partners also when the visit is a clause of its own, joined by `-고`
# (`B와 C를 방문하였고, 세부업무협약을 맺음으로써`, party_visits); not so the venue, the visit's
# clause being apart from the signing's (two towns visited, the signing at neither named)
VISITED = lazy_compile(VISIT_VERB + r"|방문(?:하고|하였고)")
_SIGNING = lazy_compile(alternation(SIGNING_STEMS))


def signing_after(text: str, at: int, e: int) -> re.Match[str] | None:
    """The signing word the sentence goes on to after the visit ending at `at` (up to `e`)."""
    return _SIGNING.search(text, at, e)


__all__ = ["VISITED", "VISIT_VERB", "signing_after"]
