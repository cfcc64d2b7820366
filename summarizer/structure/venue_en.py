"""English venues told outside the sentence of signing, both sent as unsure: a sentence just
after it saying where the occasion `was held` (`… signed dozens of deals on Tuesday. Two events
… were held at the US Chamber of Commerce in Washington.`), and a release's own dateline city
(`SEOUL, Republic of Korea — On Monday, March 11, Governor … signed …`), never a news agency's,
whose dateline names where the story was filed.

Two more forms of the signing's own sentence, read when it names no venue otherwise
(`fronted_city`, `occasion_city`): a place fronted before the clause of signing (`On Sept. 2 in
the Gaon capital Dara, provincial officials signed …`) and the city of an occasion the signing
took place during (`agreed to sign … during the 20th Symposium on … in Nuri province`)."""

from __future__ import annotations

import re

from summarizer.facts.datewords import MONTH_NAME_EN, WEEKDAY_NAME_EN
from summarizer.lazy import lazy_compile
from summarizer.models.records import Fact, Span
from summarizer.structure.en_dateline import dateline_city
from summarizer.structure.lines import iter_sentences, span

_HELD = re.compile(r"\b(?:was|were)\s+held\s+(?:at|in)\s+(?=[A-Z]|the\s+[A-Z])")
_HANGUL = re.compile(r"[가-힣]")


def held_after(text: str, s: int, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue a sentence right after `[s, e)` says the occasion was held at."""
    if _HANGUL.search(text, s, e):
        return None
    for n, (a, b) in enumerate(iter_sentences(text, e)):
        if n >= 2:
            break
        if _HELD.search(text, a, b):
            from summarizer.structure.venue import english_place  # (venue asks this module too)

            return english_place(text, a, b)
    return None


# a city named by what it is before its name: `the Gaon capital Dara`, `the city of Dara`
_DESCRIBED = r"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:capital|city|port\s+city)\s+(?:of\s+)?)?"
_CITY = r"((?!(?:" + MONTH_NAME_EN + r")\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
# `On Sept. 2 in the Polish capital Warsaw, provincial officials signed …`, `In Dara, the two
# sides signed …`: the place opens the sentence, before the clause whose verb is the signing's
_FRONTED = lazy_compile(
    r"[ \t]*(?:On\s+(?:"
    + MONTH_NAME_EN
    + r"|"
    + WEEKDAY_NAME_EN
    + r")[^,;\n]{0,20}?\s+in|In)\s+"
    + _DESCRIBED
    + _CITY
    + r",\s+[^,.;\n]{0,80}?\b(?:signed|inked|sealed|concluded)\b"
)


def fronted_city(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The place fronted before the signing's clause in the sentence `[s, e)`."""
    m = _FRONTED.match(text, s, e)
    if m is None:
        return None
    sp = span(text, m.start(1), m.end(1))
    return sp.text, sp


# `agreed to sign a Memorandum … during the 20th International Symposium on … in Nuri province`:
# the signing took place at the occasion, in its city (a province or county word may follow)
_DURING_IN = lazy_compile(
    r"\b(?:sign(?:ed|s|ing)?|inked)\b[^.;\n]{0,160}?\bduring\s+(?:the|a|an)\s+[^.;\n]{0,100}?"
    r"\bin\s+" + _CITY + r"(?:\s+(?:province|city|county|district))?(?=[,.;]|\s+on\b|$)"
)


def occasion_city(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The city of the occasion the signing of the sentence `[s, e)` took place during."""
    m = _DURING_IN.search(text, s, e)
    if m is None:
        return None
    sp = span(text, m.start(1), m.end(1))
    return sp.text, sp


__all__ = ["dateline_city", "fronted_city", "held_after", "occasion_city"]
