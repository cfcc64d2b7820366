"""English parties named in a list after `between`, `among` or `by and amongst` in a sentence
that speaks of the agreement (`It is agreed by and amongst The State of A (State), the B
Association (BA) and C Council, Inc. (CC) that …`), read when no signing sentence named two
sides (`Governor X signed a Memorandum …`): each item a capitalised name, its bracket an alias."""

from __future__ import annotations

import re

from summarizer.structure.candidate import Cand
from summarizer.structure.en_sides import bodies
from summarizer.structure.lines import Mask, iter_sentences

_CUE = re.compile(r"\b(?:between|amongst|among)\s+(?=[Tt]he\s|[A-Z])")
_AGREEMENT = re.compile(r"agree|[Mm]emorandum|MOU|MoU|[Aa]greement|[Pp]artnership|sign")
# a name: capitalised words (`of`, `for`, `and`, `the` between them), a legal form, a bracket
_NAME = (
    r"(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|the|de)\s+)?[A-Z][\w’'.&-]*)*"
    r"(?:,\s+(?:Inc|Ltd|Co|Corp|LLC)\.?)?(?:\s+\((?P<alias>[A-Z][\w.&-]{1,12})\))?"
)
_ITEM = re.compile(_NAME)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def between_bodies(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """The bodies an agreement sentence lists (two or more) after `between`/`among`: of those,
    the list that gives its names' short forms (the agreement's own words), else the first."""
    lists: list[list[Cand]] = []
    for s, e in iter_sentences(text, body_start):
        if mask.blocked(s, e) or _CUE.search(text, s, e) is None:
            continue
        for cue in _CUE.finditer(text, s, e):
            if _AGREEMENT.search(text, s, cue.start()):
                # (`between A University, Republic of Korea and …`: the country places A)
                found = bodies(text, _listed(text, cue.end(), e))
                if len(found) >= 2:
                    lists.append(found)
    if not lists:
        return []
    return max(lists, key=lambda cs: sum(1 for c in cs if c.aliases))


def _listed(text: str, at: int, e: int) -> list[Cand]:
    """The names listed from `at`, joined by commas and `and`, up to the first word that is
    no name's."""
    out: list[Cand] = []
    while at < e:
        m = _ITEM.match(text, at, e)
        if m is None:
            break
        name = re.sub(r"^[Tt]he\s+", "", m.group(0))
        name = re.sub(r"\s+\([^()]*\)$", "", name)
        start = m.end() - len(m.group(0)) + m.group(0).find(name)
        aliases = [m.group("alias")] if m.group("alias") else []
        out.append(Cand(name=name, aliases=aliases, start=start, end=start + len(name)))
        sep = _SEP.match(text, m.end(), e)
        if sep is None:
            break
        at = sep.end()
    return out


__all__ = ["between_bodies"]
