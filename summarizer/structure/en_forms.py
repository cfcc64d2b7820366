"""More English signing forms: `signed by A, B, and C`, `A Mayor X signed … with his B
counterpart`, `A said it has agreed with B`, and two short names `A and the B have signed`."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.structure.orgs import Cand

_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|the|on))*"
_ORG_END = lazy_compile(
    r"\b(?:Company|Corporation|Corp\.?|Co\.|Agency|Ministry|Association|Bank|Institute|Council|"
    r"Foundation|Federation|Service|Authority|Group|University|Chamber|Administration|"
    r"Commission|Center|Centre|Office|Organi[sz]ation|Inc\.?|Ltd\.?)$"
)
_OWNER = lazy_compile(r"^(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:'s|’s)\s+(?=[A-Z])")
_TITLE = (
    r"(?:Mayor|Governor|President|Minister|Chairman|Chairwoman|CEO|Director|Dean|"
    r"Commissioner|Administrator|Chief|Head|Superintendent|Secretary|Ambassador)"
)
# `The framework, signed by Seoul's A Ministry, Washington's B Administration, and …, will`
_SIGNED_BY = lazy_compile(
    r"\bsigned\s+by\s+(?:the\s+)?(?P<list>.+?)(?:,\s+(?:will|which|to|is|was)\b|\s+(?:on|in|at|during)\s|[.;]|$)"
)
# `Chuncheon Mayor Lee Jae-soo signed an agreement with his Da Lat counterpart`
_HEAD_OF_PLACE = lazy_compile(
    r"(?:^|[,-]\s+)(?:[Tt]he\s+)?(?P<org>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}?)\s+"
    + _TITLE
    + r"\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s+(?:has\s+|have\s+)?(?:signed|inked)\b"
)
_COUNTERPART = lazy_compile(
    r"\bwith\s+(?:his|her|its|their)\s+(?P<org>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+counterparts?\b"
)
# `South Korea's science ministry said Thursday it has agreed with the Visegrad Group`
_SAID_AGREED = lazy_compile(
    # (`Hamyang County, Gyeongnam Province announced on the 25th that it has signed … with B`;
    # `A City in South Gyeonggi Province announced …`: the province it lies in, no part of it)
    r"^(?:.*?\s--\s+)?(?P<a>(?:[Tt]he\s+)?[A-Z][^,]{2,80}?)"
    r"(?:(?:,|\s+in)\s+(?:[A-Z][\w-]*\s+){1,2}Province)?"
    r"\s+(?:said|announced)\s+(?:on\s+)?(?:\w+day\s+|the\s+\d{1,2}(?:st|nd|rd|th)\s+)?"
    r"(?:that\s+)?(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:agreed|signed(?:\s+[\w-]+){1,14}?)"
    r"\s+with\s+"
    r"(?:the\s+)?(?P<b>" + _NAME + ")"
)
# `South Korea and the U.S. have signed`: two short names, neither an organisation's long name
_SHORT = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_PAIR = lazy_compile(
    r"^(?:[Tt]he\s+)?(?P<a>" + _SHORT + r")\s+and\s+(?:[Tt]he\s+)?(?P<b>" + _SHORT + r")$"
)


def _cand(text: str, at: int, name: str) -> Cand:
    name = _OWNER.sub("", name.strip())
    name = re.sub(r"[\s,]+(?:and|of|for|the|on)?$", "", name)
    start = text.find(name, at)
    return Cand(name=name, start=start, end=start + len(name))


def signed_by(text: str, s: int, sent: str) -> list[Cand]:
    """`signed by A, B, and C`: commas split names only where a new name starts (an owner's
    `X's`, `the`) or the last one ended as a name ends, so `Council for A, B, and C` stays whole."""
    m = _SIGNED_BY.search(sent)
    if m is None:
        return []
    pieces: list[str] = []
    for raw in re.split(r",\s+", m.group("list")):
        part = re.sub(r"^and\s+", "", raw)
        new = bool(_OWNER.match(part) or re.match(r"the\s", part))
        if pieces and not new and not _ORG_END.search(pieces[-1]):
            pieces[-1] += ", " + raw
        else:
            pieces.append(part)
    if len(pieces) == 1 and (pair := _PAIR.match(pieces[0])):
        pieces = [pair.group("a"), pair.group("b")]
    out = [_cand(text, s + m.start("list"), p) for p in pieces if re.match(r"[A-Z]", p)]
    return out if len(out) >= 2 and all(len(c.name.split()) <= 10 for c in out) else []


def head_and_counterpart(text: str, s: int, sent: str) -> list[Cand]:
    """`A Mayor X signed … with his B counterpart`: A and B."""
    h, c = _HEAD_OF_PLACE.search(sent), _COUNTERPART.search(sent)
    if h is None or c is None or h.group("org") == c.group("org"):
        return []
    return [
        _cand(text, s + h.start("org"), h.group("org")),
        _cand(text, s + c.start("org"), c.group("org")),
    ]


def said_agreed(text: str, s: int, sent: str) -> list[Cand]:
    """`A said Thursday it has agreed with B to …`: A and B."""
    m = _SAID_AGREED.search(sent)
    if m is None:
        return []
    b = re.sub(r"\s+(?:in|on|to|at)$", "", m.group("b"))
    return [_cand(text, s + m.start("a"), m.group("a")), _cand(text, s + m.start("b"), b)]


_NAME_AMP = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and|the|on|&))*"
# `A (President: X) held an MOU ceremony on September 2 with B (President: Y)`, `A announced a
# new business agreement with B`: the sides without `signed`
_HELD_WITH = lazy_compile(
    r"^(?:.*?\s--\s+)?(?:(?:On|In)\s[^,]{2,40},\s+)?(?:[Tt]he\s+)?(?P<a>" + _NAME_AMP + r")"
    r"(?:\s*\([^()]*\))?\s+(?:held|hosted|announced|forged|reached)\s+(?:an?\s+|the\s+)?"
    r"(?:new\s+)?(?:[\w-]+\s+){0,2}(?:MOU|memorandum|agreement|partnership)\b[^.]{0,80}?"
    r"\bwith\s+(?:the\s+)?(?P<b>" + _NAME_AMP + ")"
)
HELD_EN = lazy_compile(
    r"\b(?:held|hosted|announced|forged|reached)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:MOU|memorandum|agreement|partnership)\b"
)


def held_with(text: str, s: int, sent: str) -> list[Cand]:
    """`A held an MOU ceremony … with B`: A and B."""
    m = _HELD_WITH.search(sent)
    if m is None:
        return []
    b = re.sub(r"\s+(?:in|on|to|at|for|and|the|of)$", "", m.group("b"))
    a = re.sub(r"\s+(?:and|the|of)$", "", m.group("a"))
    return [
        Cand(name=a, start=s + m.start("a"), end=s + m.start("a") + len(a)),
        Cand(name=b, start=s + m.start("b"), end=s + m.start("b") + len(b)),
    ]


def short_pair(text: str, a: int, head: str) -> list[Cand]:
    """`South Korea and the U.S.`: two short names, unless the second ends as an organisation's
    name does (`Korea Land and Housing Corporation` is one body)."""
    m = _PAIR.match(head)
    if m is None or _ORG_END.search(m.group("b")) or _ORG_END.search(m.group("a")):
        return []
    return [
        _cand(text, a + m.start("a"), m.group("a")),
        _cand(text, a + m.start("b"), m.group("b")),
    ]


def only_places(cands: list[Cand]) -> bool:
    """Short names with no organisation's ending (`South Korea`, `the U.S.`): countries or
    cities, which a later sentence naming the signing bodies should beat."""
    return bool(cands) and all(
        re.fullmatch(_SHORT, c.name) and not _ORG_END.search(c.name) for c in cands
    )


_BODY_WORD = (
    r"(?:University|College|Institute|Council|Association|Agency|Ministry|Corporation|Company|"
    r"Foundation|Federation|Authority|Bank|Chamber|Group|Center|Centre)"
)
# `HUNTINGTON, W.Va.— A University and B Global University in South Korea have entered into`
_BODY_PAIR = lazy_compile(
    r"(?:^|(?:--|[–—])\s*)(?:[Tt]he\s+)?(?P<a>(?:[A-Z][\w&.'-]*\s+){1,5}" + _BODY_WORD + r")"
    r"\s+and\s+(?:the\s+)?(?P<b>(?:[A-Z][\w&.'-]*\s+){1,5}" + _BODY_WORD + r")"
    r"(?:,?\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?,?\s*$"
)


def body_pair(s: int, head: str) -> list[Cand]:
    """Two bodies by their full names, each ending as a body's name does, as the subject."""
    found = list(_BODY_PAIR.finditer(head))
    if not found:
        return []
    m = found[-1]  # after the last dash: the dateline before it is no subject
    return [Cand(name=m.group(k), start=s + m.start(k), end=s + m.end(k)) for k in ("a", "b")]
