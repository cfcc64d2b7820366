"""People an English-language source names in romanised form, and whether prose names them.

`The Foreign Ministry (Minister Kang Kyung-wha)`, `Oh Hyun-joo, director-general …`,
`Kyung-wha Kang`: a romanised Korean name with the English title written before it. The
briefing's English prose may spell it otherwise (`Minister KANG Kyung-hwa`: capitals, another
romanisation of a syllable), so names are compared by family name (its customary spellings)
and by a loose consonant skeleton of the given name; a `Vice`/`Deputy` must agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from summarizer.english.surnames import SURNAMES
from summarizer.lazy import lazy_compile
from summarizer.lexicon import SPEECH_VERBS_EN
from summarizer.models import Span

EN_TITLES = re.compile(
    r"\b(?:Minister|Chairman|Chairwoman|Chairperson|Chair|President|Administrator|Commissioner|"
    r"Mayor|Governor|Chancellor|Director(?:-General)?|Ambassador|Secretary|CEO|Head|Chief)\b"
)
_VICE_BEFORE = re.compile(r"\b(?:Vice|Deputy)[\s-]+(?:Prime[\s-]+)?$")  # `Deputy Prime Minister`
# `Kang Kyung-wha`, `KANG Kyung-wha`; and `Kyung-wha Kang` (family name last).
FAMILY_FIRST = re.compile(r"\b([A-Z][a-zA-Z]{0,5})\s+([A-Z][a-z]+-[a-z]+)\b")
_FAMILY_LAST = re.compile(r"\b([A-Z][a-z]+-[a-z]+)\s+([A-Z][a-zA-Z]{0,5})\b")
_SPELLINGS = [{s.casefold() for s in spellings} for spellings in SURNAMES.values()]


@dataclass(frozen=True)
class EnglishPerson:
    """One romanised person of the source, with the English title written before them."""

    family: str
    given: str
    title: str | None
    vice: bool
    span: Span


_TITLE_BEFORE_RE1 = lazy_compile(r"[;()]|\.\s")


def title_before(text: str, start: int) -> tuple[str | None, bool]:
    """The English title written just before `start` in the same clause, and whether it is a
    `Vice`/`Deputy` one (`First Vice Minister of Foreign Affairs CHOI …` → Minister, vice)."""
    window = text[max(0, start - 80) : start]
    names = list(FAMILY_FIRST.finditer(window))
    if names:
        window = window[names[-1].end() :]  # another person's title is not this one's
        if window.lstrip().startswith(","):  # `A, title of X, and B`: A's appositive, to its comma
            window = window.rsplit(",", 1)[-1]
    window = _TITLE_BEFORE_RE1.split(window)[-1]
    titles = list(EN_TITLES.finditer(window))
    if not titles:
        return None, False
    last = titles[-1]
    return window[last.start() :].strip(), bool(_VICE_BEFORE.search(window[: last.start()]))


def is_family(word: str) -> bool:
    """A customary spelling of a Korean family name (Kim, LEE, Rhee …)."""
    return any(word.casefold() in group for group in _SPELLINGS)


def same_family(a: str, b: str) -> bool:
    """`KANG` and `Kang`, `Lee` and `Yi`: spellings of one family name."""
    if a.casefold() == b.casefold():
        return True
    return any(a.casefold() in group and b.casefold() in group for group in _SPELLINGS)


def english_people(text: str) -> list[EnglishPerson]:
    """Romanised Korean names an English text writes, family name first or last."""
    out = []
    for m in FAMILY_FIRST.finditer(text):
        if is_family(m.group(1)):
            title, vice = title_before(text, m.start())
            span = Span(text=m.group(0), start=m.start(), end=m.end())
            out.append(EnglishPerson(m.group(1), m.group(2), title, vice, span))
    for m in _FAMILY_LAST.finditer(text):
        if is_family(m.group(2)) and not is_family(m.group(1)):
            title, vice = title_before(text, m.start())
            span = Span(text=m.group(0), start=m.start(), end=m.end())
            out.append(EnglishPerson(m.group(2), m.group(1), title, vice, span))
    return out


class _Mark(Protocol):
    party: int
    start: int
    end: int


# `Christopher Maloney, assistant to the administrator in the U.S. Agency for International
# Development's (USAID) bureau …, and …`: the appositive after an English name, to its end.
# It also ends at the comma before the sentence's verb (`Han Bada, deputy minister at the
# ministry, inked … with the Nuri Group`): the body past that verb is the partner, not his.
_CLAUSE_VERBS = (
    *SPEECH_VERBS_EN,
    "signed",
    "inked",
    "sealed",
    "concluded",
    "agreed",
    "signs",
    "inks",
)
_APPOSITIVE_END = re.compile(
    r",\s+and\s|;|(?<![A-Z])\.\s|\n|\s\(?(?:who|said|says)\b"
    r"|,\s+(?:" + "|".join(_CLAUSE_VERBS) + r")\b"
)

# A clause verb right after the comma: the name closes a phrase (`led by NAME,`), no appositive.
_VERB_FIRST = re.compile(r"(?:" + "|".join(_CLAUSE_VERBS) + r")\b")


_APPOSITIVE_PARTY_RE1 = lazy_compile(r"\bthe ministry\b", re.I)


def appositive_party(
    text: str, end: int, marks: Sequence[_Mark], ministry: int | None = None,
    initials: dict[str, int] | None = None,
) -> int | None:  # fmt: skip
    """The one party an English appositive after a person's name (`, title of ORG,`) names;
    `the ministry's …` names `ministry`, the one party that is a ministry."""
    if not text.startswith(", ", end):
        return None
    tail = text[end + 2 : end + 160]
    if _VERB_FIRST.match(tail):
        return None  # `X, led by NAME, signed … with Y`: the comma closes NAME's phrase
    stop = _APPOSITIVE_END.search(tail)
    stop_at = end + 2 + (stop.start() if stop else len(tail))
    found = {m.party for m in marks if end < m.start and m.end <= stop_at}
    if (
        not found
        and ministry is not None
        and _APPOSITIVE_PARTY_RE1.search(tail[: stop_at - end - 2])
    ):
        found = {ministry}
    if not found:
        found = _described(tail[: stop_at - end - 2], ministry, initials or {})
    return found.pop() if len(found) == 1 else None


def described_party(phrase: str, ministry: int | None, initials: dict[str, int]) -> int | None:
    """The one party an English description names (`Garam's water ministry`, `the NR side`)."""
    found = _described(phrase, ministry, initials)
    return found.pop() if len(found) == 1 else None


_DESCRIBED_RE1 = lazy_compile(r"\bministry\b")
_DESCRIBED_RE2 = lazy_compile(r"\b[A-Z](?:\.?[A-Z])+\.?(?![\w])")


def _described(tail: str, ministry: int | None, initials: dict[str, int]) -> set[int]:
    """The body an appositive describes up to its first comma: `… at Garam's water ministry`
    (a ministry in lower case, the one party that is one), `US assistant secretary` (the
    initials of one party's English name)."""
    segment = tail.split(",", 1)[0]
    if ministry is not None and _DESCRIBED_RE1.search(segment):
        return {ministry}
    tokens = {t.replace(".", "") for t in _DESCRIBED_RE2.findall(segment)}
    return {initials[t] for t in tokens if t in initials}


__all__ = [
    "EN_TITLES",
    "FAMILY_FIRST",
    "EnglishPerson",
    "appositive_party",
    "described_party",
    "english_people",
    "is_family",
    "same_family",
    "title_before",
]
