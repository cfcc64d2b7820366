"""Two countries as the parties of an English story that names no body signing: a summit's or a
government deal's story (`S. Korea, Poland sign 33 MOUs`, `Korea and the United States agreed
…`, `the U.S.-Korea tariff negotiation MOU`, `Korea stresses cooperation in summit with Chile`).
Read last, when no other reading of the page named a side; each country is given the other forms
the page may write it in (`S. Korea`, `South Korea`, `Korea`)."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import COUNTRIES_EN, COUNTRY_FORMS_EN, alternation
from summarizer.models.records import Span
from summarizer.structure.candidate import Cand
from summarizer.structure.lines import Mask, iter_sentences

_FORMS = {form: family for family in COUNTRY_FORMS_EN for form in family}
_NAMES = alternation(sorted({*COUNTRIES_EN, *_FORMS}, key=len, reverse=True))
# a country as a word of its own (`Korea`, not `North Korea` or `Korean`; `U.S.` with its stop)
_COUNTRY = r"(?<![\w.])(?<!North\s)(?:the\s+)?(?P<{k}>" + _NAMES + r")(?![\w'’]*[a-z])"
_PAIR = lazy_compile(
    # `A and the B agreed`, `A, B sign …` (a headline's comma), `the A-B summit`
    _COUNTRY.format(k="a")
    + r"(?:\s+and\s+|,\s+(?="
    + _COUNTRY.format(k="c")
    + r"\s+(?:sign|ink|seal|agree|to)\w*\b)|[-–])"
    + _COUNTRY.format(k="b")
)
# `A stresses cooperation in summit with B`: the sentence's subject, then its partner
_WITH = lazy_compile(
    r"\s*" + _COUNTRY.format(k="a") + r"\s+[a-z][^.;]{0,80}?\bwith\s+" + _COUNTRY.format(k="b")
)
_AGREEMENT = lazy_compile(
    r"\b(?:sign|agree|MOUs?|MoUs?|[Mm]emorand|[Aa]greement|[Ss]ummit|[Nn]egotiation|[Pp]act|"
    r"[Dd]eal|[Tt]reaty|[Pp]artnership|[Cc]ooperat)"
)


def country_pair(text: str, mask: Mask, title: Span | None, body_start: int) -> list[Cand]:
    """The first two countries the title or a sentence of the story joins as the sides of an
    agreement, talks or a summit (two forms of one country are no pair)."""
    spans = [(title.start, title.end)] if title is not None else []
    for s, e in [*spans, *iter_sentences(text, body_start)]:
        if mask.blocked(s, e) or _AGREEMENT.search(text, s, e) is None:
            continue
        for m in [*_PAIR.finditer(text, s, e), _WITH.match(text, s, e)]:
            if pair := _sides(m):
                return pair
    return []


def country_pair_at(text: str, a: int, b: int) -> list[Cand]:
    """Two countries joined at `a` as a sentence's subject (`A and B agreed during a summit`)."""
    return _sides(_PAIR.match(text, a, b))


def _sides(m: re.Match[str] | None) -> list[Cand]:
    """A match's two countries as sides, none when both are forms of one country."""
    if m is None or m.group("a") == m.group("b") or m.group("a") in _FORMS.get(m.group("b"), ()):
        return []
    return [_country(m, "a"), _country(m, "b")]


def with_country_forms(c: Cand) -> Cand:
    """A side named as a country, given the other forms of the country's name as aliases."""
    more = [f for f in _FORMS.get(c.name, ()) if f != c.name and f not in c.aliases]
    return replace(c, aliases=[*c.aliases, *more]) if more else c


def _country(m: re.Match[str], k: str) -> Cand:
    # (a country for its government: a side in a loose sense, marked so, as README says)
    c = Cand(name=m.group(k), start=m.start(k), end=m.end(k), why="not an organisation")
    return with_country_forms(c)


__all__ = ["country_pair", "country_pair_at", "with_country_forms"]
