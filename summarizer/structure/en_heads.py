"""English bodies named through their heads (`Haeul Mayor Do Ha-na`), and a partner after `with`
cut where its name ends (no sentence full stop, no joining word)."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import HEAD_TITLES_EN, alternation
from summarizer.structure.orgs import Cand

# `President Song Ha-cheol of Mokpo University`: a head of the body, then the body
TITLE_EN = alternation(HEAD_TITLES_EN)
ORG_HEAD = re.compile(
    r"^(?:[Tt]he\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}?)\s+"
    r"(?P<who>" + TITLE_EN + r"\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})$"
)
# `… with Deul University.`: the sentence's full stop is no part of the name (an abbreviation's is)
_FULL_STOP = lazy_compile(r"(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\b[A-Z])\.$")


def bare_partner(name: str) -> str:
    """`Deul University.` -> `Deul University`; `B Mayor Kim for` -> `B Mayor Kim`."""
    return _TRAILING.sub("", _FULL_STOP.sub("", name))


# `with B Mayor Kim and C Mayor Lee for …`: a joining word the name does not end with
_TRAILING = lazy_compile(r"(?:\s+(?:of|and|for))+$")


def with_heads(at: int, partner: str) -> list[Cand]:
    """`with B Mayor Kim Ha-na and C Mayor Lee Do-yun`: each body, its head named by title."""
    out: list[Cand] = []
    pos = 0
    for part in re.split(r"\s+and\s+", partner):
        pos = partner.index(part, pos)
        hm = ORG_HEAD.match(part)
        if hm is None:
            return []
        start = at + pos + hm.start("org")
        out.append(
            Cand(
                name=hm.group("org"),
                head=hm.group("who"),
                start=start,
                end=start + len(hm.group("org")),
            )
        )
        pos += len(part)
    return out
