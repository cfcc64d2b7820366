"""A university's own page names itself without a name: `우리 대학은 B와 협약을 체결했다`,
`본교는 …`, `Our university signed …`. Such a side is no name a reader can check; the party is
the page's own university, which the page names elsewhere: in its headline (`누리대, B와 협약`)
or in its body or footer (`누리대학교 홍보팀`). The university the page names first in its
headline, else most often, and that is not already another party, stands for the side; the
self reference is kept as its alias. A page that names no such university keeps the side,
doubted (`why="self reference"`).

Asked only of a page where a side is written so (a literal test of the parties found).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import NOT_UNIVERSITY_ENDINGS, SELF_UNIVERSITY
from summarizer.structure.candidate import Cand, key

_SELF = frozenset(key(w) for w in SELF_UNIVERSITY)
# a university's name: `누리대학교`, `누리대학`, `누리대`, `University of Nuri`, `Nuri University`
_UNIVERSITY = lazy_compile(
    r"(?<![가-힣])[가-힣]{2,10}(?:대학교|대학|대)(?![가-힣])"
    r"|\b(?:[A-Z][\w&'-]+\s+){1,4}University\b|\bUniversity\s+of\s+(?:[A-Z][\w&'-]+\s?){1,3}"
)


def own_university(cands: list[Cand], text: str, title: str) -> list[Cand]:
    """`cands` with each self-referring side (`우리 대학`, `본교`) named as the page's own
    university, or doubted when the page names none."""
    if not any(key(c.name) in _SELF for c in cands):
        return cands
    others = {key(n) for c in cands if key(c.name) not in _SELF for n in (c.name, *c.aliases)}
    name = _named(title, others) or _most_named(text, others)
    out: list[Cand] = []
    for c in cands:
        if key(c.name) in _SELF:
            if name is None:
                c = replace(c, why=c.why or "self reference")
            else:
                at = text.find(name)
                c = replace(
                    c,
                    name=name,
                    aliases=[c.name, *(a for a in c.aliases if a != c.name)],
                    start=at if at >= 0 else None,
                    end=at + len(name) if at >= 0 else None,
                )
        out.append(c)
    return out


def _names(text: str) -> list[str]:
    return [
        m.group(0).strip()
        for m in _UNIVERSITY.finditer(text)
        if not m.group(0).endswith(NOT_UNIVERSITY_ENDINGS) and key(m.group(0)) not in _SELF
    ]


def _named(title: str, others: set[str]) -> str | None:
    """The first university the headline names that is no other party."""
    return next((n for n in _names(title) if not _held(n, others)), None)


def _most_named(text: str, others: set[str]) -> str | None:
    """The university the page names most often that is no other party (the first on a tie)."""
    counts = Counter(n for n in _names(text) if not _held(n, others))
    return counts.most_common(1)[0][0] if counts else None


def _held(name: str, others: set[str]) -> bool:
    """Whether `name` is another party's, or the short or long form of one (`누리대` and
    `누리대학교`)."""
    k = key(name)
    stem = k.removesuffix("학교").removesuffix("학")
    return any(o == k or o.removesuffix("학교").removesuffix("학") == stem for o in others)


__all__ = ["own_university"]
