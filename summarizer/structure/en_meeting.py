"""An English signing told of the sides a meeting just before named: `A had a bilateral meeting
with B at X on May 3. The two sides signed …`, `On May 19, A and B met at X. During this meeting,
they signed …`. The meeting's sentence gives the signing its day and venue (`structure.event`)
and, when it names two bodies or two countries as the ones meeting, its sides."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import BODY_HEADS_EN, alternation
from summarizer.structure.candidate import Cand
from summarizer.structure.en_countries import country_pair_at
from summarizer.structure.en_dateline import dateline_end
from summarizer.structure.lines import iter_sentences

_HANGUL = lazy_compile(r"[가-힣]")
# `The two sides signed …`, `During this meeting, they signed …`, `The foreign ministers of the
# two sides signed …`: a signing told of the sides an earlier sentence named, at their meeting
_BY_THE_TWO = lazy_compile(
    r"\s*(?:[^.;\n]{0,100}?,\s+)?(?:(?:[Tt]he\s+(?:[a-z]+\s+){0,2}(?:of\s+the\s+)?)?"
    r"(?:two|both)\s+(?:sides|countries|leaders|ministers|parties|regions|nations|governments)"
    r"|they)\s+(?:also\s+|then\s+|later\s+)?(?:signed|inked|sealed|exchanged)\b"
)
# the meeting: `A had a bilateral meeting with B at …`, `A met B at …`, `agreed during a summit
# … in Dara on Monday`, `attended the Ministers’ Meeting held in Dara`
_MEETING_EN = lazy_compile(r"\b(?:met|(?i:meeting|summit|talks))\b")
_MEETING_BACK = 3  # sentences read back for the meeting


def meeting_before(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences telling the meeting whose sides the sentence of signing `[s, e)` refers to
    (`The two sides signed …`), among the few sentences before it, the nearest first."""
    if _HANGUL.search(text, s, e) or not _BY_THE_TWO.match(text, s, e):
        return []
    before: list[tuple[int, int]] = []
    for a, b in iter_sentences(text, text.rfind("\n", 0, max(0, s - 1500)) + 1):
        if b > s:
            break
        before.append((a, b))
    return [(a, b) for a, b in reversed(before[-_MEETING_BACK:]) if _MEETING_EN.search(text, a, b)]


# `A (AA, Minister X) had a bilateral meeting with B (Minister Y)`, `A met with B`: two bodies
_MET = lazy_compile(
    r"\s+(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks)\s+with\s+"
    r"|\s+met\s+(?:with\s+)?"
)
_NAME = r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|on|&))*?)"
# (a bracket after the name: its short form first, perhaps its head after: `(ME, Minister X)`)
_BRACKET = r"(?:\s*\((?:(?P<abbr>[A-Z][A-Za-z&-]{1,10})(?=[,)]))?[^()]*\))?"
_SUBJECT = lazy_compile(r"\s*" + _NAME + _BRACKET + r"\s*$")
_PARTNER = lazy_compile(
    _NAME + _BRACKET + r"(?=\s*[,.;]|\s+(?:at|in|on|to|for)\b|\s+and\s+[a-z]|\s*$)"
)
_BODY_HEAD = lazy_compile(r"\b(?:" + alternation(BODY_HEADS_EN) + r")\b")


def meeting_sides(text: str, s: int, e: int) -> list[Cand]:
    """The two sides of the meeting the sentence of signing `[s, e)` refers to (`The two sides
    signed …`): two bodies (`A had a meeting with B`) or two countries (`A and B agreed during a
    summit …`) the meeting's sentence opens with."""
    for a, b in meeting_before(text, s, e):
        a += dateline_end(text[a:b])
        if countries := country_pair_at(text, a, b):
            return countries
        met = _MET.search(text, a, b)
        if met is None:
            continue
        subject = _SUBJECT.fullmatch(text, a, met.start())
        partner = _PARTNER.match(text, met.end(), b)
        if subject is None or partner is None:
            continue
        sides = [_side(m) for m in (subject, partner)]
        if all(_BODY_HEAD.search(c.name) for c in sides):
            return sides
    return []


def _side(m: re.Match[str]) -> Cand:
    abbr = [m.group("abbr")] if m.group("abbr") else []
    return Cand(name=m.group("name"), aliases=abbr, start=m.start("name"), end=m.end("name"))


__all__ = ["meeting_before", "meeting_sides"]
