"""Organisations a report mentions, resolved to one key per body where the glossary allows.

Robust to imperfect structure: the text itself is scanned for organisation words (`칠곡군청에서`,
`강남구청장`, `BNK경남은행은`), glossary names (Korean, aliases, English), and provinces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.events.lexicon import (
    EN_ABBR_STOP,
    EN_ORG_HEADS,
    NOT_ORG_ENDINGS,
    NOT_ORG_PREFIXES,
    NOT_ORGS,
    ORG_SUFFIXES,
    PARTICLES,
    PERSON_TITLES,
    REGION_SHORT,
    TITLE_CUTS,
    WEAK_SUFFIXES,
)
from summarizer.events.romanize import EN_LOCAL, english_local_key, korean_local_key
from summarizer.events.tables import key as _key
from summarizer.events.tables import tables as _tables
from summarizer.glossary.find import kept_body


@dataclass
class Mention:
    """One organisation named in a report: as written, where, and the keys it is known by."""

    surface: str
    start: int
    end: int
    canon: str  # `g:외교부` (glossary), `r:충청북도` (province), `k:경남은행` (text), `e:usaid`
    keys: frozenset[str] = field(default_factory=frozenset)  # Korean comparison keys
    en: frozenset[str] = field(default_factory=frozenset)  # English names, casefolded

    @property
    def label(self) -> str:
        """The name to show: a known body's Korean name, else the text's."""
        return self.canon[2:] if self.canon[:2] in ("g:", "r:") else self.surface


_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(r"[가-힣A-Za-z0-9&]+")
_PARENT = re.compile(r"(?:그룹|금융지주|지주|홀딩스)$")


def known_english(name: str) -> Mention | None:
    """The known body (glossary or province) an English name is, as a bare mention."""
    canon = _tables().canon_of.get(name.casefold())
    return known(canon) if canon is not None else None


def known(canon: str) -> Mention:
    """A bare mention of a known body (for names taken from a briefing)."""
    t = _tables()
    return Mention(
        canon[2:], 0, 0, canon, t.keys_of.get(canon, frozenset()), t.en_of.get(canon, frozenset())
    )


def _by_length(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[int, dict[str, str]], ...]:
    """Suffix -> value, grouped by length in the order the lengths first come (longest first
    in the lexicon): one dict look-up per length instead of one `endswith` per suffix."""
    groups: dict[int, dict[str, str]] = {}
    for suffix, value in pairs:
        groups.setdefault(len(suffix), {}).setdefault(suffix, value)
    return tuple(groups.items())


_PARTICLE_LENGTHS = tuple(dict.fromkeys(len(p) for p in PARTICLES))
_PARTICLE_SET = frozenset(PARTICLES)
_CUTS = _by_length(TITLE_CUTS)
_SUFFIXES = _by_length(tuple((s, s) for s in ORG_SUFFIXES))
_DIGIT = re.compile(r"\d")


def _strip_particle(token: str) -> list[str]:
    out = [
        token[:-n] for n in _PARTICLE_LENGTHS if len(token) - n >= 2 and token[-n:] in _PARTICLE_SET
    ]
    return [*out, token]


def _cut_title(token: str) -> str:
    for n, cuts in _CUTS:
        if len(token) - n >= 2:
            back = cuts.get(token[-n:])
            if back is not None:
                return token[:-n] + back
    return token


def _is_org_word(word: str) -> bool:
    if word in NOT_ORGS or not _HANGUL.search(word) or _DIGIT.search(word):
        return False
    if word.endswith(NOT_ORG_ENDINGS) or word.startswith(NOT_ORG_PREFIXES):
        return False
    for n, suffixes in _SUFFIXES:  # the longest suffix the word ends with decides
        suffix = suffixes.get(word[-n:])
        if suffix is not None:
            return len(word) - n >= (2 if suffix in WEAK_SUFFIXES else 1)
    return False


@lru_cache(maxsize=1 << 16)
def org_of_token(token: str) -> str | None:
    """`칠곡군청에서` -> `칠곡군`; `강남구청장이` -> `강남구`; `충북지사` -> `충청북도`; else None."""
    for form in _strip_particle(token):
        cut = _cut_title(form)
        if cut in REGION_SHORT and cut != form:  # `충북지사`, `서울시장`
            return REGION_SHORT[cut]
        for word in dict.fromkeys((cut, form)):
            if word and _is_org_word(word):
                return word
    return None


@lru_cache(maxsize=1 << 16)
def _canon_korean(word: str) -> tuple[str, frozenset[str]]:
    tables = _tables()
    canon = tables.canon_of.get(word.casefold())
    if canon is None:
        body = kept_body(word)  # the kept glossary, without its models, when the CLI kept one
        canon = "g:" + body if body is not None else None
    if canon is not None:
        return canon, tables.keys_of.get(canon, frozenset()) | {_key(word)}
    return "k:" + _key(word), frozenset({_key(word)})


def korean_mention(word: str, start: int = 0, end: int = 0) -> Mention:
    """A mention of the Korean name `word` (`서울특별시 강남구`), resolved where known."""
    org = org_of_token(_key(word)) or _key(word)
    canon, keys = _canon_korean(org)
    return Mention(word, start, end, canon, keys | {_key(word)}, _english_of(canon, org))


def _english_of(canon: str, word: str) -> frozenset[str]:
    """A body's English names, and for a local government its romanised key (`chilgok|gun`)."""
    en = _tables().en_of.get(canon, frozenset())
    local = korean_local_key(word)
    return en | {local} if local else en


def _person_next(text: str, end: int) -> bool:
    rest = text[end : end + 6].lstrip()
    return rest.startswith(PERSON_TITLES) and len(text[end : end + 6]) - len(rest) <= 1


def korean_mentions(text: str) -> list[Mention]:
    """Organisation words of the Korean text, in order; a branch or group member keeps its parent."""
    out: list[Mention] = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if not _HANGUL.search(token):
            continue
        word = org_of_token(token)
        if word is None:
            continue
        if len(word) <= 3 and word[-1] in WEAK_SUFFIXES and _person_next(text, m.end()):
            continue  # `박지원 원장`: a person, not a body
        canon, keys = _canon_korean(word)
        en = _english_of(canon, word)
        start = m.start()
        prev = out[-1] if out else None
        gap = text[prev.end : start] if prev else ""
        # `BNK금융그룹 경남은행`: the bank, with its group as an alias
        if prev is not None and len(gap) <= 1 and not gap.strip() and _PARENT.search(prev.surface):
            keys = keys | prev.keys
            out.pop()
        out.append(Mention(word, start, start + len(word), canon, keys, en))
    return out


def glossary_mentions(text: str) -> list[Mention]:
    """Glossary and province names as written (Korean, English or abbreviations)."""
    tables = _tables()
    out = []
    for m in tables.names.finditer(text):
        name = m.group(0)
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end() : m.end() + 1]
        if name.isascii():
            if before.isalnum() or after.isalnum():
                continue
        elif _HANGUL.match(before):
            continue
        elif len(name) <= 2 and _HANGUL.match(after) and not text.startswith(PARTICLES, m.end()):
            continue  # `충북일보`, `경남은행`: a short name inside a longer word names nothing
        elif name in REGION_SHORT:
            continue  # `[경남=일요신문]`, `경북 칠곡군`: a place; `충북지사` is read as a title
        canon = tables.canon_of[name.casefold()]
        keys = tables.keys_of.get(canon, frozenset())
        out.append(
            Mention(name, m.start(), m.end(), canon, keys, tables.en_of.get(canon, frozenset()))
        )
    return out


_EN_HEADS = "|".join(EN_ORG_HEADS)
_EN_NAME = re.compile(
    r"(?:[A-Z][\w&'-]*\s+){0,4}(?:" + _EN_HEADS + r")\b(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&'-]*)(?:\s+(?:and\s+)?[A-Z][\w&'-]*){0,4})?"
    r"|\(([A-Z][A-Za-z&-]{2,9})\)"
)
_EN_SKIP = re.compile(r"^(?:The|A|An|In|On|At|By|With|Through|Seoul's|Korea's)\s+")


def english_mentions(text: str) -> list[Mention]:
    """Capitalised English organisation names and bracketed acronyms (`(USAID)`)."""
    out = []
    for m in _EN_NAME.finditer(text):
        name = m.group(1) or _EN_SKIP.sub("", m.group(0))
        name = re.sub(r"(?:'s|’s)$", "", name)
        if name in EN_ABBR_STOP:
            continue
        key = re.sub(r"\s+", " ", name.casefold()).strip()
        if len(key) < 3:
            continue
        start = m.start(1) if m.group(1) else m.end() - len(name)
        canon = _tables().canon_of.get(key)
        en = _tables().en_of.get(canon, frozenset()) if canon else frozenset({key})
        keys = _tables().keys_of.get(canon, frozenset()) if canon else frozenset()
        out.append(Mention(name, start, start + len(name), canon or "e:" + key, keys, en))
    for m in EN_LOCAL.finditer(text):  # `Chilgok County`, `Gangnam-gu`
        local = english_local_key(m.group(1), m.group(2) or m.group(3))
        out.append(
            Mention(m.group(0), m.start(), m.end(), "e:" + local, frozenset(), frozenset({local}))
        )
    return out


def is_english(text: str) -> bool:
    """Mostly Latin letters: an English-language report."""
    latin = len(_LATIN.findall(text, 0, 3000))
    hangul = len(_HANGUL.findall(text, 0, 3000))
    return latin > 3 * hangul


def find_mentions(text: str) -> list[Mention]:
    """Every organisation mention of `text`, in order of position (overlaps keep the longest)."""
    english = english_mentions(text) if is_english(text) else []
    found = sorted(
        [*glossary_mentions(text), *korean_mentions(text), *english],
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            last = out[-1]
            if last.canon.startswith("k:") and m.canon[:2] in ("g:", "r:"):
                keys = last.keys | m.keys
                out[-1] = Mention(last.surface, last.start, last.end, m.canon, keys, m.en)
            continue
        out.append(m)
    return out


__all__ = [
    "Mention",
    "find_mentions",
    "is_english",
    "known",
    "known_english",
    "korean_mention",
    "org_of_token",
]
