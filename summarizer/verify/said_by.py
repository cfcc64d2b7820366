"""Who said it: a Korean summary line that reports a quote keeps the quote's speaker.

`김하늘 가람구청장은 … 전환점이 될 것이라고 말했다` sums up a quote the briefing (and the
source) gives to 박누리: every word is the source's but the speaker. A summary line with a verb
of saying whose words are mostly one quote's (character pairs), and that names as its subject
another person of the briefing (a speaker or a signatory) and not the quote's speaker, is
doubted (`unverified`). An English summary line is read the same way: a line with a verb of
saying whose content words are mostly one quote's English, naming by a family name (`Mayor
CHO said`, `KIM Ha-neul said`) another person of the briefing and not the quote's speaker.
"""

from __future__ import annotations

import re

from summarizer.english.variants import family_matches
from summarizer.lazy import lazy_compile
from summarizer.lexicon import REPORTING_VERBS_KO, alternation
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.evidence import claim_check

_SAID = re.compile(alternation(REPORTING_VERBS_KO))
# The share of a line's character pairs one quote must hold for the line to report it.
_SHARE = 0.5


_PAIRS_RE1 = lazy_compile(r"[^가-힣A-Za-z0-9]")


def _pairs(text: str) -> set[str]:
    letters = _PAIRS_RE1.sub("", text)
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def _matching(mine: set[str], quotes: list[tuple[str, set[str]]]) -> list[tuple[float, str]]:
    """(share of `mine` a quote holds, its speaker), best first; empty when no quote holds
    `_SHARE` of the line's pieces."""
    scored = sorted(((len(mine & q) / len(mine), s) for s, q in quotes), reverse=True)
    return scored if scored and scored[0][0] >= _SHARE else []


_PEOPLE_RE1 = lazy_compile(r"[가-힣]{2,4}")


def _people(briefing: Briefing) -> set[str]:
    names = {q.speaker for q in briefing.quotes if q.speaker}
    names |= {p.signatory for p in briefing.parties if p.signatory}
    return {n for n in names if _PEOPLE_RE1.fullmatch(n)}


def _subject(line: str, people: set[str]) -> str | None:
    """The person the line opens with (the first named before the verb)."""
    found = [(line.find(n), n) for n in people if line.find(n) >= 0]
    return min(found)[1] if found else None


def check_said_by(briefing: Briefing) -> list[ClaimCheck]:
    """Korean summary lines that give a quote's words to another person than its speaker."""
    people = _people(briefing)
    quotes = [(q.speaker, _pairs(q.text_ko)) for q in briefing.quotes if q.speaker and q.text_ko]
    out = []
    for i, line in enumerate(briefing.summary_ko):
        said = _SAID.search(line)
        if said is None:
            continue
        before = line[: said.start()]
        who = _subject(before, people)
        if who is None:
            continue
        mine = _pairs(before.replace(who, ""))
        if not mine:
            continue
        scored = _matching(mine, quotes)
        if not scored:
            continue
        speaker = scored[0][1]
        if speaker == who or speaker in line or any(s == who and r >= _SHARE for r, s in scored):
            continue
        note = f"its words are {speaker}'s quote, not {who}'s"
        out.append(claim_check(f"summary_ko[{i}]", "speaker", line[:60], "unverified", note=note))
    return out


_SAID_EN = re.compile(
    r"\b(?:said|says|stated|told|added|noted|explained|stressed|emphasi[sz]ed|remarked)\b"
)
_FAMILY_EN = re.compile(r"\b[A-Z][A-Za-z]{0,5}\b")


_WORDS_RE1 = lazy_compile(r"[a-z]{4,}")


def _words(text: str) -> set[str]:
    return {w for w in _WORDS_RE1.findall(text.casefold())}


def _fits(korean: str, english: str) -> bool:
    return bool(korean) and family_matches(korean[0], english)


def check_said_by_en(briefing: Briefing) -> list[ClaimCheck]:
    """English summary lines that give a quote's words to another person than its speaker."""
    people = _people(briefing)
    quotes = [(q.speaker, _words(q.text_en)) for q in briefing.quotes if q.speaker and q.text_en]
    out = []
    for i, line in enumerate(briefing.summary_en):
        said = _SAID_EN.search(line)
        if said is None or not quotes:
            continue
        named = [
            m.group(0) for m in _FAMILY_EN.finditer(line[: said.start()])
            if m.group(0).isupper() or m.group(0).istitle()
        ]  # fmt: skip
        mine = _words(line)
        if not mine:
            continue
        scored = _matching(mine, quotes)
        if not scored:
            continue
        speaker = scored[0][1]
        if any(_fits(speaker, w) for w in named):
            continue
        others = [(p, w) for w in named for p in people if p != speaker and _fits(p, w)]
        if not others:
            continue
        who, word = others[0]
        note = f"its words are {speaker}'s quote, not {who}'s ({word!r})"
        out.append(claim_check(f"summary_en[{i}]", "speaker", line[:60], "unverified", note=note))
    return out


__all__ = ["check_said_by", "check_said_by_en"]
