"""Ministries told by their ministers' posts in an English signing sentence.

`Environment Minister Kim Ana and Nurian Minister for Trade and Industry Lee Dara signed …` ->
`Environment Ministry`, `Ministry for Trade and Industry`; `Kim Ana and Lee Dara, Nuria's
Minister for Trade and Industry, signed …` -> the latter, the former's ministry named in
brackets before (`The Ministry of Environment (Minister Kim Ana) announced that …`). The
signatories are people; the sides are their ministries. Posts that each carry their country
(`Korean Industry Minister A and Chinese Commerce Minister B`) give none: the countries sign.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.structure.orgs import Cand

# a word of a ministry's field (`Environment`, `Water Resources`, `Science and ICT`)
_WORD = r"(?:[A-Z][A-Za-z-]*|ICT|SMEs)"
_FIELD = _WORD + r"(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)" + _WORD + r"){0,5}?"
# a person's name after the post: two words, either hyphenated (`Kim Eun-kyung`,
# `Bat-Ulzii BAT-ERDENE`)
_PERSON = r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
# a country's adjective or possessive before the post (`Singaporean`, `Nuria's`), no part of it
_OWNER = (
    r"(?P<owner>(?:[A-Z][a-z]+(?:an|ese|ish|i|ian)|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+)?"
)
# `Environment Minister Kim Ana`: the field before the post
_FIELD_MINISTER = lazy_compile(
    r"(?<![\w'’])"
    + _OWNER
    + r"(?P<field>(?:[A-Z][a-z]+\s+){1,3}?)Minister\s+(?P<who>"
    + _PERSON
    + r")\b"
)
# `Minister for the Environment and Water Resources Lee Dara`, `…, Nuria's Minister of Trade,`
_MINISTER_OF = lazy_compile(
    r"(?<![\w'’])"
    + _OWNER
    + r"Minister\s+(?P<prep>of|for)\s+(?P<the>the\s+)?(?P<field>"
    + _FIELD
    + r")"
    r"(?:\s+(?P<who>"
    + _PERSON
    + r")(?=\s+(?:and|signed|have|has|inked)\b|,)|(?=,\s+(?:signed|have|has|inked)\b))"
)
# `The Ministry of Environment (Minister Kim Ana) announced that …`: a Korean release's own
# ministry, its minister in brackets
_BRACKETED = lazy_compile(
    r"(?P<body>Ministry\s+(?:of|for)\s+(?:the\s+)?"
    + _FIELD
    + r")\s*\((?:[A-Z]{2,6},\s*)?Minister\s+"
    + _PERSON
    + r"\)"
)
_SIGNED = lazy_compile(r"\b(?:signed|inked)\b")
# not a field: a rank or a word of address (`Vice Minister`, `Prime Minister`, `Deputy`)
_NOT_FIELD = re.compile(r"\b(?:Vice|Prime|Deputy|First|Second|Senior|Former|The|Chief)\b")


def minister_sides(text: str, s: int, sent: str) -> list[Cand]:
    """The ministries whose ministers sign in `sent` (starting at `s`): two posts or none."""
    if "signed" not in sent and "inked" not in sent:
        return []  # (what every match of _SIGNED holds: no scan led by a word boundary)
    sign = _SIGNED.search(sent)
    if sign is None:
        return []
    head = sent[: sign.end()]  # (the verb kept: a name's end is read against it)
    if "Minister" not in head:
        return []  # (every post's pattern holds it: no post, no sides)
    out: list[Cand] = []
    spans: list[tuple[int, int]] = []
    owned = 0  # posts told with their country (`Korean Industry Minister`)
    for m in _MINISTER_OF.finditer(head):
        owned += bool(m.group("owner"))
        field = m.group("field")
        name = f"Ministry {m.group('prep')} {m.group('the') or ''}{field}"
        at = s + m.start("field")
        out.append(Cand(name=name, start=at, end=at + len(field)))
        spans.append(m.span())
    for m in _FIELD_MINISTER.finditer(head):
        if any(a <= m.start("field") < b for a, b in spans) or _NOT_FIELD.search(m.group("field")):
            continue
        owned += bool(m.group("owner"))
        field = m.group("field").strip()
        at = s + m.start("field")
        out.append(Cand(name=f"{field} Ministry", start=at, end=at + len(field)))
    for m in _BRACKETED.finditer(head):
        if not any(c.name == m.group("body") for c in out):
            at = s + m.start("body")
            out.append(Cand(name=m.group("body"), start=at, end=at + len(m.group("body"))))
    out.sort(key=lambda c: c.start or 0)
    if owned == len(out):
        # every post told with its country (`Korean Industry Minister A and Chinese Commerce
        # Minister B signed`): the countries sign, read elsewhere
        return []
    return out if len(out) == 2 and out[0].name != out[1].name else []


__all__ = ["minister_sides"]
