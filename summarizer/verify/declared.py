"""Names the document itself declares: abbreviations in brackets, and English-only party names.

`한국전자통신연구원(이하 ETRI)`, `국무부 정보조사국(INR)`, `Enterprise Singapore (EnterpriseSG)`:
an abbreviation written in brackets right after a name of the party is the document's own
declaration, as good as a glossary entry for that document. In an English-language source a
party may be named only in English; its Korean name then cannot be "as written", and the
English name the source uses stands for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.models import Span
from summarizer.verify import literal
from summarizer.verify.evidence import Evidence

_AFTER = 60  # characters after a name within which its bracket may open
_BRACKET = re.compile(r"[(（\[](?P<inner>[^)）\]\n]{1,80})[)）\]]")
_PART = re.compile(r"\s*(?:이하\s*)?[‘'\"“]?(?P<abbr>[^,，;‘’'\"“”]+?)[’'\"”]?\s*(?:[,，;]|$)")


def _hangul_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("가" <= ch <= "힣" for ch in letters) / len(letters)


def english_source(ev: Evidence) -> bool:
    """True for a document written in English (a Korean name may then not be in it at all)."""
    return _english_text(ev.text)


@lru_cache(maxsize=8)
def _english_text(text: str) -> bool:
    return _hangul_share(text) < 0.2


def _positions(text: str, name: str) -> list[int]:
    name = name.strip()
    if len(name) < 2:
        return []
    return [f.end for f in literal.finditer(text, name.split())]  # (`\s*`-joined words)


_KEY_RE1 = lazy_compile(r"[^0-9a-z가-힣]")


def _key(abbr: str) -> str:
    return _KEY_RE1.sub("", abbr.casefold())


def declared_abbreviation(ev: Evidence, names: list[str], abbr: str) -> Span | None:
    """Where the source declares `abbr` in a bracket right after one of the party's `names`."""
    want = _key(abbr)
    if not want:
        return None
    for name in names:
        for end in _positions(ev.text, name):
            window = ev.text[end : end + _AFTER]
            for m in _BRACKET.finditer(window):
                if m.start() > 12:
                    break  # the bracket must follow the name, not a later word
                # `(이하 ETRI)`, `(INR)`, `(회장 윤재원, 이하 KITA)`: any part of the bracket
                for part in _PART.finditer(m.group("inner")):
                    if _key(part.group("abbr")) == want:
                        start = end + m.start("inner") + part.start("abbr")
                        stop = end + m.start("inner") + part.end("abbr")
                        return Span(text=ev.text[start:stop], start=start, end=stop)
    return _dotted_before(ev, names, abbr)


_DOTTED_BEFORE_RE1 = lazy_compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,11}")


def _dotted_before(ev: Evidence, names: list[str], abbr: str) -> Span | None:
    """`KSA·한국해운조합`: a Latin abbreviation the source joins by a middle dot right before the
    party's Korean name is its own declaration, as a bracket after the name is."""
    if not _DOTTED_BEFORE_RE1.fullmatch(abbr.strip()):
        return None
    for name in names:
        if len(name.strip()) < 2 or name.isascii():
            continue
        # `(?<![A-Za-z0-9])(ABBR)\s?[·ㆍ]\s?NAME`, NAME's words joined by `\s*` (the dot is no
        # space and no word opens with one: each join has one reading)
        short = abbr.strip()
        for at in literal.finditer_all(ev.text, short, _NOT_AFTER_ALNUM):
            dot = _DOT.match(ev.text, at + len(short))
            if (
                dot is not None
                and literal.words_at(ev.text, dot.end(), name.split(), literal.ANY_SPACE) >= 0
            ):
                return Span(text=short, start=at, end=at + len(short))
    return None


_NOT_AFTER_ALNUM = re.compile(r"(?<![A-Za-z0-9])")
_DOT = re.compile(r"\s?[·ㆍ]\s?")


_NAME_INITIALS_RE1 = lazy_compile(r"[A-Z]{2,6}")


def name_initials(ev: Evidence, names: list[str], abbr: str) -> Span | None:
    """Where an English-language source writes `abbr`, the capitals of one of the party's
    English `names` (`GU` for Garam University), without declaring it in a bracket. `X of Y`
    gives the capitals of `Y X` too (`NU` for the University of Nuri, said `Nuri University`);
    other letters, in another order or from lower-case words, are not the name's."""
    want = abbr.strip()
    if not english_source(ev) or not _NAME_INITIALS_RE1.fullmatch(want):
        return None
    for name in names:
        words = name.split() if name.isascii() else []
        forms = [words]
        if (of := [i for i, w in enumerate(words) if w == "of"]) and len(of) == 1:
            forms.append(words[of[0] + 1 :] + words[: of[0]])
        if any("".join(w[0] for w in f if w[:1].isupper()) == want for f in forms):
            m = re.search(rf"(?<![A-Za-z0-9]){want}(?![A-Za-z0-9])", ev.text)
            if m is not None:
                return Span(text=m.group(0), start=m.start(), end=m.end())
    return None


_ENGLISH_NAME_RE1 = lazy_compile(r"\s*\([^)]*\)")


def english_name(ev: Evidence, names: list[str]) -> Span | None:
    """Where an English-language source writes one of the party's English `names`."""
    if not english_source(ev):
        return None
    for name in names:
        name = name.strip()
        if len(name) < 2 or not name.isascii():
            continue
        bare = _ENGLISH_NAME_RE1.sub("", name).strip()
        for candidate in dict.fromkeys([name, bare]):
            if not (words := candidate.split()):
                m = _BARE_WORD.search(ev.text)  # (an empty name: the old pattern's two edges)
                if m:
                    return Span(text=m.group(0), start=m.start(), end=m.end())
                continue
            found = literal.search(
                ev.text, words, before=_NOT_AFTER_LATIN, after=_NOT_BEFORE_LOWER,
                sep=literal.SOME_SPACE, folded=ev.folded,
            )  # fmt: skip
            if found:
                return Span(text=found.group(ev.text), start=found.start, end=found.end)
    return None


# `(?<![A-Za-z])NAME(?![a-z])`, case-blind, NAME's words joined by `\s+`.
_NOT_AFTER_LATIN = re.compile(r"(?<![A-Za-z])", re.I)
_NOT_BEFORE_LOWER = re.compile(r"(?![a-z])", re.I)
_BARE_WORD = re.compile(r"(?<![A-Za-z])(?![a-z])", re.I)


__all__ = ["declared_abbreviation", "english_name", "english_source", "name_initials"]
