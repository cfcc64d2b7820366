"""Venues told outside the sentence of signing: under a photo (`▲ … 본원에서 열린 업무협약식에서`),
at an occasion the signing sentence refers back to (`이날 환영행사에서 … 체결했다`), and the hall of
a signing whose sentence names only its city (`다온시에서 … 체결했다. … 이날 … 타워에서 …`)."""

from __future__ import annotations

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_NOUNS,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    alternation,
)
from summarizer.models.records import Fact, Span
from summarizer.structure.lines import facts_in, iter_sentences
from summarizer.structure.venue import VENUE_WORDS, korean_place, place_in, region_only, venue_text

_CAPTION_SIGNING = lazy_compile(
    # (`… 본점에서 진행된 '가온-다라 자매결연 협약식'에서`: a quoted name of a few words)
    r"에서\s+(?:(?:열린|진행된|개최된)\s+(?:\S+\s+){0,3}?\S*"
    + alternation((*SIGNING_CEREMONIES, "MOU"))
    # `… 9일 시청 상황실에서 협약서에 서명하고 있다`, `… 군청에서 자매결연을 체결한 뒤`: the
    # signing shown in the photo
    + r"|(?:\S+\s+)?\S*(?:협약서|협정서|양해각서|MOU)에\s+서명"
    r"|[^.\n]{0,60}?(?:협약|결연|MOU|협정)\S*\s+(?:체결|서명)(?:한|하고|했))"
)


def caption_place(text: str, regions: list[tuple[int, int]], facts: list[Fact]) -> Span | None:
    """`▲ 지난 14일 … 본원에서 열린 업무협약식에서 …`: a photo caption naming the signing's venue."""
    for s, e in regions:
        m = _CAPTION_SIGNING.search(text, s, e)
        if m:
            sp = korean_place(text, s, m.start() + 3, facts)
            if sp:
                return sp
    return None


# `이날 환영행사에서 … 협약을 체결했다`: the signing at an event told of just before
_AT_THAT_EVENT = lazy_compile(
    r"(?:" + words_pattern(SAME_DAY) + r"|이\s*자리)\s+(?:\S+\s+)?\S*"
    r"(?:행사|회의|포럼|총회|만찬|설명회|박람회|기념식|개회식|축제|대회)\S*에서"
)


def earlier_venue(
    text: str, s: int, e: int, facts: list[Fact], body_start: int
) -> tuple[str, Span] | None:
    """The venue of the event the signing sentence refers back to, from the sentences before it."""
    if not _AT_THAT_EVENT.search(text, s, e):
        return None
    before = [(a, b) for a, b in iter_sentences(text, body_start, s) if b <= s][-3:]
    for a, b in reversed(before):
        found = place_in(text, a, b, facts)
        if found:
            return found
    return None


# a town or a country and nothing more: `미국 다온시`, `경남 가온`, `중국`
# the signing told again with `이날`: `A 이사장은 이날 오후 6시, … 빌딩에서 … 협약서를 교환했다`
_SIGNED_THAT_DAY = lazy_compile(
    r"(?:^|\s)"
    + words_pattern(SAME_DAY)
    + r"\s[^.\n]*?"
    + alternation(AGREEMENT_NOUNS)
    + r"\S*\s+(?:\S+\s+)?(?:"
    + alternation((*SIGNING_STEMS, "교환"))
    + ")"
)
_THAT_DAY = lazy_compile(words_pattern(SAME_DAY))


def hall_that_day(text: str, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """`지난 3일 미국 다온시에서 … 체결했다고 4일 밝혔다. A 이사장은 이날 오후 6시, 다온 소재
    별빛타워에서 … 협약서를 교환했다`: the sentence right after the signing's (ending at `e`),
    telling the same signing that day with no day of its own, names its hall."""
    for a, b in iter_sentences(text, e):
        if not _SIGNED_THAT_DAY.search(text, a, b):
            return None
        if any(not _THAT_DAY.fullmatch(f.text) for f in facts_in(facts, "date", a, b)):
            return None  # a day of its own: another happening
        sp = korean_place(text, a, b, facts)
        if sp is None or not VENUE_WORDS.search(sp.text) or region_only(sp.text):
            return None
        return (venue_text(sp.text), sp)
    return None


__all__ = ["caption_place", "earlier_venue", "hall_that_day"]
