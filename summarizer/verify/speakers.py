"""Who said it: a grounded quote's speaker against the phrase the source introduces it with.

The phrase comes from `attribution` (the words before or after the quotation, or those of the
quotation it continues). The claimed speaker verifies when the phrase names them in any way a
release does: full name (`김재욱`, `응우옌 반 투언`, `Kim Do-hyun`), surname and title (`조 장관`,
`Minister Kim`), or the organisation or group the claim itself names (`외교부`, `부산시 관계자`).
It is contradicted only when the phrase names another person the document knows and not the
claimed one; anything less clear is `unverified`, never a re-ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from summarizer.english.surnames import DOUBLE
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTING,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    TITLE_WORDS,
    alternation,
    ending,
)
from summarizer.lexicon.joint import JOINT_WORDS, count_group
from summarizer.models import BriefingQuote, ClaimCheck, Span, Status
from summarizer.verify import literal
from summarizer.verify.attribution import attribution, cite, line_of
from summarizer.verify.declared import english_source
from summarizer.verify.evidence import Evidence
from summarizer.verify.grounding import translated
from summarizer.verify.literal import Found, unspaced

TITLES = alternation(TITLE_WORDS)  # every title word, longest first, from the lexicon
_TITLE_END = re.compile(rf"(?:{TITLES})(?:\s*{alternation(ACTING)})?$")
# Phrases that give a quote to several bodies at once: the claim cannot be judged from them.
_GROUP = re.compile(
    rf"{count_group()}|{alternation(JOINT_WORDS)}|참석자|관계자들|[가-힣]+들[은는이가]"
)


def _spaced(word: str) -> Finder:
    r"""A search for `word` that lets spaces come and go: `조장관` finds `조 장관` (the
    regex `\s*`.join of its characters)."""
    return partial(literal.search, words=tuple(unspaced(word)))


# A search over a phrase: where it names someone (the first such place), as `re.search` gave.
Finder = Callable[[str], Found | None]
# An English name as a word of its own; a Korean surname not inside a word, and its title.
_NOT_AFTER_LATIN = re.compile(r"(?<![A-Za-z])")
_NOT_BEFORE_LOWER = re.compile(r"(?![a-z])")
_NOT_AFTER_HANGUL = re.compile(r"(?<![가-힣])")
_ANY_TITLE = re.compile(rf"(?:\s*(?:{TITLES})|\s+[가-힣]+\s+(?:{TITLES}))")
_WORD_BETWEEN = re.compile(r"\s+[가-힣]+\s+")


def _english_name(name: str) -> Finder:
    """`(?<![A-Za-z])NAME(?![a-z])`."""
    return partial(literal.search, words=(name,), before=_NOT_AFTER_LATIN, after=_NOT_BEFORE_LOWER)


def _surname_titled(surname: str, title: str | None) -> Finder:
    r"""`(?<![가-힣])SURNAME(?:\s*(?:T)|\s+[가-힣]+\s+(?:T))`, T any title or the one given
    (a word, so each branch has one reading: the spacing, or the word between, then T)."""
    if title is None:
        return partial(literal.search, words=(surname,), before=_NOT_AFTER_HANGUL, after=_ANY_TITLE)

    def find(phrase: str) -> Found | None:
        for at in literal.finditer_all(phrase, surname, _NOT_AFTER_HANGUL):
            end = at + len(surname)
            for join in (literal.ANY_SPACE, _WORD_BETWEEN):
                m = join.match(phrase, end)
                if m is not None and phrase.startswith(title, m.end()):
                    return Found(at, m.end() + len(title))
        return None

    return find


_ORG_END = ending((*ORG_SUFFIXES, *ORG_SYLLABLES, "회"))  # a body's name: `외교부`, `부산시`
_BODY_END = ending((*ORG_SUFFIXES, "부", "청", "처"))  # never a person's name (`김재원`)


_PATTERNS_RE1 = lazy_compile(r"[가-힣]{2,4}")
_PATTERNS_RE2 = lazy_compile(r"[\s,]+")
_PATTERNS_RE3 = lazy_compile(r"[가-힣]{1,4}")


def _patterns(speaker: str) -> list[Finder]:
    """Searches for the ways a text may name `speaker`."""
    words = speaker.split()
    title = None
    if len(words) >= 2 and _TITLE_END.search(words[-1]):
        title = words[-1]
        words = words[:-1]  # `김재욱 칠곡군수`, `김 장관`: the name without its title
    if len(words) >= 2 and not speaker.isascii() and _PATTERNS_RE1.fullmatch(words[0]):
        # `조태윤 외교부 장관`: drop the organisation after a Korean name
        words = [words[0], *[w for w in words[1:] if not _ORG_END.search(w)]]
    name = " ".join(words)
    if name.isascii():
        parts = [w for w in _PATTERNS_RE2.split(name) if len(w) >= 2 and w[:1].isupper()]
        pats = [_english_name(p) for p in {name, *parts[:1], *parts[-1:]}]
        pats += [_english_name(p) for p in _inner_runs(name)]
        return pats if parts else []
    pats = [_spaced(name)] if len(unspaced(name)) >= 2 else []
    head = words[0] if words else ""
    body = len(head) >= 3 and _BODY_END.search(head)
    if len(words) == 1 and _PATTERNS_RE3.fullmatch(head) and not body:
        one = len(head) == 1  # `김 장관`: a surname with its title
        surname = head[:2] if head.startswith(DOUBLE) and len(head) >= 4 else head[:1]
        # `김 회장`, `김 칠곡군수`, `김 외교부 장관`; not `김인회 단장`, another 김 named in full
        pats.append(_surname_titled(surname, title if one and title else None))
    elif len(words) > 1:  # a foreign name written with spaces: family or given word alone
        pats += [_spaced(w) for w in {words[0], words[-1]} if len(w) >= 2]
    return pats


def _inner_runs(name: str) -> list[str]:
    """`Al Hadrami` of `Ghaleb Ali Al Hadrami Al Breiki`: a run of two or more words inside a
    long English name, as a page cites its bearer after giving the full name."""
    words = name.split()
    if len(words) < 4:
        return []
    return [
        " ".join(words[i : i + k]) for k in range(2, len(words)) for i in range(len(words) - k + 1)
        if all(w[:1].isupper() for w in words[i : i + k])
    ]  # fmt: skip


_ANAPHOR_RE1 = lazy_compile(r"[A-Za-z]+")
_ANAPHOR_RE2 = lazy_compile(r"\b[Tt]he\s+$")


def _anaphor(ev: Evidence, speaker: str, start: int, end: int) -> Span | None:
    """`the ministry said`: an English body's head noun after `the` refers back to the body
    last named with that noun before it (`South Korea's foreign ministry`); the speaker is
    that body only when the nearest earlier such naming is the speaker's own name."""
    words = _ANAPHOR_RE1.findall(speaker)
    if not speaker.isascii() or len(words) < 2:
        return None
    noun = words[-1].casefold()
    m = re.search(rf"\b[Tt]he\s+({re.escape(noun)})\b", ev.text[start:end], re.I)
    if m is None:
        return None
    at = start + m.start()
    # The nearest earlier use of the noun that is not itself `the NOUN`.
    for prior in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", ev.text[:at], re.I))):
        if _ANAPHOR_RE2.search(ev.text[max(0, prior.start() - 5) : prior.start()]):
            continue
        written = ev.text[max(0, prior.end() - len(speaker)) : prior.end()]
        if written.casefold() != speaker.casefold():
            return None
        return Span(text=ev.text[at : start + m.end()], start=at, end=start + m.end())
    return None


# `… significance." He explained the background, adding "…"`: a pronoun opening the sentence
# that follows a quotation (English only).
_PRONOUN_AFTER_QUOTE = re.compile(r"\s*([\"”])\s*(He|She)\b")


def _pronoun(ev: Evidence, speaker: str, start: int, phrase: str) -> Span | None:
    """`He … adding` right after a quotation: the pronoun is that quotation's speaker, so it
    refers to `speaker` only when the phrase introducing the quotation before names him."""
    m = _PRONOUN_AFTER_QUOTE.match(phrase)
    if not speaker.isascii() or m is None:
        return None
    close = start + m.start(1)
    before = attribution(ev.text, close - 1, close)
    if before is None or _find(before.phrase, _patterns(speaker)) is None:
        return None
    return Span(text=m.group(2), start=start + m.start(2), end=start + m.end(2))


def _role_only(speaker: str) -> bool:
    """`외교부 장관`, `장관`, `부산시 관계자`: a role, not a name, so no one contradicts it."""
    words = speaker.split()
    if not words or speaker.isascii():
        return False
    last = words[-1]
    titled = bool(_TITLE_END.search(last)) or last.endswith(("관계자", "대변인", "담당자"))
    rest = words[:-1] if titled else words
    bodies = all(_ORG_END.search(w) for w in rest)
    return titled and (not rest or bodies)


def _find(phrase: str, patterns: list[Finder]) -> Found | None:
    hits = [m for p in patterns if (m := p(phrase))]
    return max(hits, key=lambda m: m.start) if hits else None


def _people(ev: Evidence, quotes: list[BriefingQuote]) -> list[str]:
    """Persons the document knows: speakers in the briefing and the structure, party heads."""
    names = [q.speaker for q in quotes]
    names += [q.speaker for q in ev.facts.structure.quotes if q.speaker]
    names += [p.head.split()[-1] for p in ev.facts.structure.parties if p.head]
    orgs = {unspaced(n) for p in ev.facts.structure.parties for n in [p.name, *p.aliases]}
    people = [n for n in names if unspaced(n) not in orgs and not _TITLE_END.fullmatch(unspaced(n))]
    return list(dict.fromkeys(people))


def _check(field: str, quote: BriefingQuote, status: Status, note: str | None = None,
           span: Span | None = None, hard: bool = False) -> ClaimCheck:  # fmt: skip
    return ClaimCheck(
        field=field, kind="speaker", claim=quote.speaker, status=status,
        span=span, note=note, hard=hard,
    )  # fmt: skip


# `the ministry said` on an English page: a body named by its kind noun alone.
_THE_BODY = re.compile(r"\b[Tt]he\s+([a-z]+)\b")


def _body_named_before(ev: Evidence, quote: BriefingQuote, start: int, phrase: str) -> Span | None:
    """`"…," the ministry said.` where the quote is the organisation's own (speaker = org) and
    the English page names that organisation (`the Ministry of Trade, Industry and Energy`)
    before the quote: `the ministry` refers back to it (the kind noun is in its English name)."""
    m = _THE_BODY.search(phrase)
    org_en = (quote.org_en or "").strip()
    if m is None or not org_en or unspaced(quote.speaker) != unspaced(quote.org or ""):
        return None
    if m.group(1).casefold() not in org_en.casefold().split() or not english_source(ev):
        return None
    at = ev.text.find(org_en, 0, start)
    return Span(text=org_en, start=at, end=at + len(org_en)) if at >= 0 else None


_TITLE_NAMED_BEFORE_RE1 = lazy_compile(r"\b[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b")


def _title_named_before(ev: Evidence, quote: BriefingQuote, start: int, phrase: str) -> Span | None:
    """`"…," said the First Lady.` on an English page: `the TITLE` refers back to the person the
    page last named with that title before it (`Nuri First Lady Han Bada`); the speaker is that
    person only when the nearest earlier `TITLE NAME` names them."""
    titles = {t.strip().casefold() for t in (quote.title, quote.title_en) if t and t.isascii()}
    if not quote.speaker.isascii() or not titles:
        return None
    m = _TITLE_NAMED_BEFORE_RE1.search(phrase)
    if m is None or m.group(1).casefold() not in titles:
        return None
    title = r"\s+".join(map(re.escape, m.group(1).split()))
    named = list(
        re.finditer(rf"\b{title}\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})", ev.text[:start])
    )
    if not named or _find(named[-1].group(1), _patterns(quote.speaker)) is None:
        return None
    at = start + m.start()
    return Span(text=m.group(0), start=at, end=start + m.end())


def check_speaker(
    ev: Evidence, index: int, quote: BriefingQuote, span: Span, quotes: list[BriefingQuote]
) -> ClaimCheck:
    """The claimed speaker of a grounded quote against the phrase that introduces it."""
    field = f"quotes[{index}].speaker"
    if quote.speaker_en and translated(ev, quote.speaker, quote.speaker_en):
        quote = quote.model_copy(
            update={"speaker": quote.speaker_en}
        )  # as an English page writes it
    found = attribution(ev.text, span.start, span.end)
    if found is None:
        return _check(field, quote, "unverified", "the source names no speaker for this quote")
    phrase = found.phrase
    shown = " ".join(phrase.split())[:60]
    where = f"{cite(shown)} (line {line_of(ev.text, found.start)})"
    own = _find(phrase, _patterns(quote.speaker))
    if own is not None:
        at = found.start + own.start
        hit = Span(text=ev.text[at : found.start + own.end], start=at, end=found.start + own.end)
        return _check(field, quote, "exact", span=hit)
    mine = {unspaced(quote.speaker)}
    others = [
        (m, name)
        for name in _people(ev, quotes)
        if unspaced(name) not in mine
        and not _find(name, _patterns(quote.speaker))
        and name.isascii() == quote.speaker.isascii()  # another script may be the same person
        for m in [_find(phrase, _patterns(name))]
        if m is not None
    ]
    if others and not _GROUP.search(phrase) and not _role_only(quote.speaker):
        m, name = max(others, key=lambda x: x[0].start)
        at = found.start + m.start
        hit = Span(text=ev.text[at : found.start + m.end], start=at, end=found.start + m.end)
        note = f"the source attributes this quote to {cite(name)}: {where}"
        return _check(field, quote, "unsupported", note, hit, hard=True)
    anaphor = _anaphor(ev, quote.speaker, found.start, found.start + len(phrase))
    anaphor = anaphor or _pronoun(ev, quote.speaker, found.start, phrase)
    anaphor = anaphor or _body_named_before(ev, quote, found.start, phrase)
    anaphor = anaphor or _title_named_before(ev, quote, found.start, phrase)
    if anaphor is not None:
        note = f"{cite(anaphor.text)} refers back to {cite(quote.speaker)}, named before it"
        return _check(field, quote, "normalised", note, anaphor)
    if _GROUP.search(phrase):
        note = f"the source gives this quote to several parties at once: {where}"
    else:
        note = f"the source introduces this quote with {where}, which does not name {cite(quote.speaker)}"
    return _check(field, quote, "unverified", note)


__all__ = ["TITLES", "check_speaker"]
