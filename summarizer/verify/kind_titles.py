"""A title made of a party's kind names that party: `박바다 경찰서장` is the police station's head
when one party is a police station (`햇살경찰서`), `김하늘 군수` the county's (`햇살군`).

Used only where no party is named beside the person; two parties of the same kind name none.
"""

from __future__ import annotations

import re

from summarizer.lexicon import REGION_HEADS
from summarizer.models import Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import key as _key

# The word right after a name, up to a particle or a bracket: `경찰서장은` -> `경찰서장`.
_WORD_AFTER = re.compile(r"[ \t]*([가-힣]{2,8}?)(?:은|는|이|가|과|와|도|의|께서|[\s,，(（)）]|$)")


def _fits(title: str, name: str) -> bool:
    """`경찰서장` for `햇살경찰서` (the name ends in the title's stem), `군수` for `햇살군`."""
    name = _key(name)
    if len(name) < 3:
        return False
    if title in REGION_HEADS.get(name[-1], ()) and not title.startswith("부"):
        return True
    stem = title.removesuffix("장")
    return title.endswith("장") and len(stem) >= 2 and name.endswith(stem) and name != stem


def kind_party(ev: Evidence, at: Span, names: list[set[str]]) -> int | None:
    """The one party whose kind the title after the person names, or None."""
    m = _WORD_AFTER.match(ev.text, at.end)
    if m is None:
        return None
    title = m.group(1)
    hits = {
        i for i, group in enumerate(names) for n in group if not n.isascii() and _fits(title, n)
    }
    return hits.pop() if len(hits) == 1 else None


__all__ = ["kind_party"]
