"""An English signing's sides as the bodies themselves: the country a page places a body in is
no part of its name and no party beside it (`South Korea's A University`, `A University of South
Korea`, `A Institute, Korea`); a partner named by its role (`the South Korean city of A`) or by
its head (`B Kim, the director of the A Museum`) is the body the words name."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BODY_HEADS_EN,
    COUNTRIES_EN,
    HEAD_TITLES_EN,
    LEGAL_FORMS_EN,
    US_STATES,
    alternation,
)
from summarizer.structure.orgs import Cand

_COUNTRY = (
    r"(?:the\s+)?(?:(?:Federal\s+|People['’]s\s+)?Republic\s+of\s+(?:the\s+)?)?"
    + alternation(COUNTRIES_EN)
)
_BODY_END = alternation(BODY_HEADS_EN)
# `A University, Republic of South Korea`, `A Institute in Korea`, `A University of South Korea`
# (`of` only before a country named in more than one word: `Bank of Korea` is a name)
_PLACED = lazy_compile(
    r"(?<=\S)\s(?:[A-Z][\w&'’.-]*\s+)*?"
    + _BODY_END
    + r"\b(?P<cut>(?:,\s*|\s+in\s+)"
    + _COUNTRY
    + r"|\s+of\s+(?:the\s+)?(?:(?:Federal\s+)?Republic\s+of\s+(?:the\s+)?)?(?:South|North)\s+Korea"
    r"|\s+of\s+the\s+Republic\s+of\s+Korea)$"
)
# `U.S. Utah`: a country written before one of its states' names, where the state is
_STATE_OWNED = lazy_compile(r"^" + _COUNTRY + r"\s+(?=(?:" + alternation(US_STATES) + r")$)")
_BASED = lazy_compile(r"(?:the\s+)?[A-Z][\w.]*-based\s+(?=[A-Z])")
_OWNED = lazy_compile(r"^" + _COUNTRY + r"(?:'s|’s|')\s+(?=[A-Z])")
ONLY_COUNTRY = lazy_compile(_COUNTRY + r"$")  # (en_agreement asks it too)
# `South Korean`, `Korean`, `Taiwanese`: a nationality before a lower-case role
_NATIONALITY = lazy_compile(r"(?:South\s+|North\s+)?[A-Z][a-z]+(?:an|ese|ish|i)")
_ROLE_OF = lazy_compile(
    r"\s+(?:city|county|province|state|town|district|region|municipality)\s+of\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)
_TITLE_LOWER = alternation(tuple(t.lower() for t in HEAD_TITLES_EN))
# `Kim Il-hwan, the director of the National Hangeul Museum,`: the head, then the body
_HEAD_OF = lazy_compile(
    r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?" + _TITLE_LOWER + r"\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and)){0,6}?)(?=\s*(?:[,.;(]|\s+to\b|\s+on\b|\s+in\b|$))"
)
_PERSON = lazy_compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3}")


def head_of_after(text: str, end: int) -> bool:
    """Whether a person named up to `end` is followed by the body he heads (`, the director of
    the A Museum`)."""
    return _HEAD_OF.match(text, end) is not None


_HAS_BODY = lazy_compile(r"\b" + _BODY_END + r"\b")


def named_before(before: str, org: str) -> tuple[str, int] | None:
    """A body a signatory's post names in lower case (`the ministry's`): the longest naming of
    it in `before` (`Seoul's foreign ministry`), with where it starts; None if none."""
    named = re.findall(r"(?:[A-Z][\w.]*['’]s\s+)?(?:[a-z]+\s+){0,2}" + re.escape(org), before)
    if not named:
        return None
    org = max(named, key=len)
    return org, before.rfind(org)


def bodies(text: str, cands: list[Cand]) -> list[Cand]:
    """The sides as bodies: places cut from names, a body's country dropped as a side."""
    out: list[Cand] = []
    for c in cands:
        if out and _legal_form_after(text, out[-1], c):
            # `Byeolbit Co., Ltd.`: the comma is the name's own
            last = out[-1]
            out[-1] = replace(last, name=f"{last.name}, {c.name}", end=c.end)
            continue
        c = _as_body(text, c)
        if out and _placed_after(text, out[-1], c):
            continue  # `A Institute, Korea`: where A is
        out.append(c)
    return out


_LEGAL_FORM = lazy_compile(alternation(LEGAL_FORMS_EN) + r"\.?")


def _legal_form_after(text: str, before: Cand, c: Cand) -> bool:
    if not _LEGAL_FORM.fullmatch(c.name) or before.end is None or c.start is None:
        return False
    return re.fullmatch(r",[ \t]*", text[before.end : c.start]) is not None


# `Primorsky Kray of Russia`, `Garam Geopark – South Korea`: a name that ends with no body's
# head word, placed in its country by `of`, `in` or a dash (not `Export-Import Bank of Korea`,
# `Government of Korea`: a head's own `of`)
_PLACED_PLAIN = lazy_compile(r"(?<=\S)(?P<cut>(?:\s+(?:of|in)\s+|\s+[–—-]\s+)" + _COUNTRY + r")$")
_ENDS_BODY = lazy_compile(r"\b" + _BODY_END + r"\.?$")


# `the Embassy of the Republic of Korea`: a body named by its country, the country its name's
# (en_agreement asks it too)
BY_COUNTRY = lazy_compile(r"\b(?:Embassy|Consulate(?:\s+General)?|Government)$")


def _as_body(text: str, c: Cand) -> Cand:
    name = c.name
    if (
        (m := _PLACED.search(name)) is not None and not BY_COUNTRY.search(name, 0, m.start("cut"))
    ) or (
        (m := _PLACED_PLAIN.search(name)) is not None
        and not _ENDS_BODY.search(name, 0, m.start("cut"))
        and not BY_COUNTRY.search(name, 0, m.start("cut"))
        and not ONLY_COUNTRY.fullmatch(name)  # (`Federal Republic of Nigeria`: a country)
    ):
        name = name[: m.start("cut")]
    if (
        (m := _OWNED.match(name)) is not None
        or (m := _BASED.match(name)) is not None
        or (m := _STATE_OWNED.match(name)) is not None
    ):
        name = name[m.end() :]  # (`South Korea's A`, `U.S.-based A`, `U.S. Utah`: where A is)
    role = _ROLE_OF.match(text, c.end) if c.end and _NATIONALITY.fullmatch(name) else None
    if role is not None:  # `the South Korean city of A`
        return replace(c, name=role.group("name"), start=role.start("name"), end=role.end("name"))
    person = c.end and _PERSON.fullmatch(name) and not _HAS_BODY.search(name)
    head_of = _HEAD_OF.match(text, c.end) if person and c.end else None
    if head_of is not None:  # `B Kim, the director of the A Museum`
        return replace(
            c,
            name=head_of.group("name"),
            head=c.head or name,
            start=head_of.start("name"),
            end=head_of.end("name"),
        )
    if name == c.name:
        return c
    start = None if c.start is None else c.start + c.name.find(name)
    return replace(c, name=name, start=start, end=None if start is None else start + len(name))


# `Wando-gun, Jeollanam-do`, `Garam County, South Nuri Province`: the province a town is in
_TOWN = lazy_compile(r".*(?:-gun|-si|-gu|\sCounty|\sCity|\sDistrict)")
_PROVINCE = lazy_compile(r"[A-Z][\w'’-]*-do|(?:[A-Z][\w'’-]*\s+){1,2}Province")


# `The A of the Republic of Korea`, `B in South Korea`: a short name placed in its country
_IN_COUNTRY = lazy_compile(r",?\s+(?:of|in|from)\s+" + _COUNTRY + r"$")


def unplaced(name: str) -> str:
    """A name without the country it is placed in (`The A of the Republic of Korea` -> `The A`)."""
    return _IN_COUNTRY.sub("", name)


def _placed_after(text: str, before: Cand, c: Cand) -> bool:
    """`A Institute, Korea`, `A-gun, B-do`: the country or province that places the body before."""
    where = ONLY_COUNTRY.fullmatch(c.name) or (
        _PROVINCE.fullmatch(c.name) and _TOWN.fullmatch(before.name)
    )
    if not where or before.end is None or c.start is None:
        return False
    return re.fullmatch(r"\s*,\s*", text[before.end : c.start]) is not None


__all__ = ["BY_COUNTRY", "ONLY_COUNTRY", "bodies", "head_of_after", "unplaced"]
