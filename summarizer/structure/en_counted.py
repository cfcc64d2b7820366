"""An English page's list of sides that its count of them checks (issue 8): `KERIS signed an MOU
with the A, the B, the C, the D, and the E … the six signatories, including KERIS`, `… with
five Singaporean companies. The signatories include A, B, C, D, and E (KSEA)`, `signed by …
and business representatives from A, B, C, D, and E … The five companies that signed`.

The English counterpart of `party_members.listed_members`: a list is read in a sentence that
tells the agreement, after the word that opens it (`with`, `include`, `from`, `are`, a colon),
as far as its names go (capitalised words and the small words inside names, `of`, `for`,
`and`, `the`); a serial comma before the last `and` makes every `and` before it a name's own
(`Korean Scientists and Engineers Association`). The list is taken only when the page counts
as many sides (`five companies`, `six signatories`), or one more where a side already found
is not in the list (the subject that signed with them), and each item names a body.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import EN_NUMBER_WORDS
from summarizer.structure.en_agreement import body_of
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.orgs import Cand

# the number words a count of three to twelve sides is written with (`five`, `Six`)
_WORDS = [w for w, n in EN_NUMBER_WORDS.items() if 3 <= n <= 12]
# the kinds a count of sides counts (each found by `str.find`, the count read back from it)
_KINDS = (
    "signatories", "companies", "firms", "universities", "institutions", "organizations",
    "organisations", "agencies", "partners", "associations", "institutes", "parties",
)  # fmt: skip
# the count before its kind: `five Singaporean software and AI companies`, `six signatories`
_COUNT_BEFORE = lazy_compile(
    r"\b(?P<n>"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _WORDS)
    + r"|[3-9]|1[0-9])\s+(?:[A-Za-z-]+\s+){0,5}?$"
)
_BACK = 70  # characters before a kind read for its count
_AGREEMENT = lazy_compile(r"sign|MOU|MoU|agreement|memorand", re.I)
_OPENS = lazy_compile(r"\b(?:with|include|includes|including|from|are|were|namely)\s+|:\s+")
# the small words a name holds inside it (`Commission for UNESCO`, `Association of …`)
_INSIDE = frozenset(("of", "for", "in", "and", "the", "&", "de", "on"))
_WORD = lazy_compile(r"\([^()]*\)|\S+")
_BRACKET = lazy_compile(r"\s*\((?P<alias>[^()]{2,40})\)\s*$")
_MAX_WORDS = 8


def counted_sides(text: str, mask: Mask, start: int, found: list[Cand]) -> list[Cand]:
    """The bodies of the first list in an agreement sentence after `start` whose length the
    page's count of sides checks; those `found` holds left out."""
    counts = _counts(text, start)
    if not counts:
        return []
    known = {n for c in found for n in (c.name, *c.aliases)}
    for s, e in iter_sentences(text, start):
        if _AGREEMENT.search(text, s, e) is None or mask.blocked(s, e):
            continue
        for cue in _OPENS.finditer(text, s, e):
            items = _serial_list(text, cue.end(), e)
            if len(items) < 3:
                continue
            names = {n for c in items for n in (c.name, *c.aliases)}
            outside = any(not (set((c.name, *c.aliases)) & names) for c in found)
            if len(items) in counts or (len(items) + 1 in counts and outside):
                return [c for c in items if not ({c.name, *c.aliases} & known)]
    return []


def _counts(text: str, start: int) -> set[int]:
    """The numbers the page counts sides by after `start` (`five companies`)."""
    out: set[int] = set()
    for kind in _KINDS:
        i = text.find(kind, start)
        while i >= 0:
            m = _COUNT_BEFORE.search(text, max(start, i - _BACK), i)
            if m is not None:
                out.add(_number(m.group("n")))
            i = text.find(kind, i + len(kind))
    return out


def _number(n: str) -> int:
    return EN_NUMBER_WORDS[n.lower()] if n.lower() in EN_NUMBER_WORDS else int(n)


def _serial_list(text: str, a: int, e: int) -> list[Cand]:
    """The names listed from `a` (to the first word no name holds, at the latest `e`), each
    read as a body; [] when one is not."""
    stop = a
    for w in _WORD.finditer(text, a, e):
        word = w.group(0)
        bare = word.strip(",;:.")
        if word.startswith("(") or bare[:1].isupper() or bare[:1].isdigit() or bare in _INSIDE:
            stop = w.end()
            if word.endswith((";", ":")):
                break
            continue
        break
    span = text[a:stop].rstrip(" ,.;:")
    if "," not in span:
        return []
    serial = re.search(r",\s+and\s+", span) is not None
    cuts = [m.end() for m in re.finditer(r",\s*", span)]
    parts: list[tuple[int, str]] = []
    for k, x in enumerate([0, *cuts]):
        y = cuts[k] if k < len(cuts) else len(span)
        parts.append((x, span[x:y].rstrip(", ")))
    if not serial:  # `A, B and C`: the last `and` parts the last two
        x, last = parts.pop()
        joint = last.rfind(" and ")
        if joint < 0:
            return []
        parts += [(x, last[:joint]), (x + joint + 5, last[joint + 5 :])]
    out: list[Cand] = []
    for x, part in parts:
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        for opener in ("and ", "the ", "The "):
            if part.startswith(opener):
                lead += len(opener)
                part = part[len(opener) :]
        alias = _BRACKET.search(part)
        name = part[: alias.start()] if alias else part
        if not (name[:1].isupper() or name[:1].isdigit()) or len(name.split()) > _MAX_WORDS:
            return []
        c = body_of(text, a + x + lead, name)
        if c is None:
            return []
        if alias is not None and alias.group("alias") not in c.aliases:
            c.aliases.append(alias.group("alias"))
        out.append(c)
    return out


__all__ = ["counted_sides"]
