"""The organisation tables event grouping matches reports with: every glossary and province
name (one regex, shared prefixes factored out), the body each names, and each body's Korean keys
and English names. Built from the glossary at the first `brief` of a process (~15 ms), or read
from the CLI's kept copy (summarizer.kept) while the files they are derived from are unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer import kept
from summarizer.events.lexicon import EN_ABBR_STOP, REGIONS


def key(text: str) -> str:
    """Comparison key of a Korean name: NFKC, no company marks, no spaces or dots."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\(주\)|㈜|주식회사|\(재\)|재단법인|사단법인|\(사\)", "", text)
    return re.sub(r"[\s·ㆍ‧\-]+", "", text)


@dataclass(frozen=True)
class Tables:
    """The names regex and the look-ups by name and by body (`g:외교부`, `r:충청북도`)."""

    names: re.Pattern[str]  # glossary and province names, longest first
    canon_of: dict[str, str]  # a name's NFKC-casefolded form -> canon
    keys_of: dict[str, frozenset[str]]  # canon -> its Korean keys
    en_of: dict[str, frozenset[str]]  # canon -> its English names, casefolded


# What the tables are derived from, for the stamp of the kept copy (summarizer.kept).
_PACKAGE = Path(__file__).resolve().parent.parent
_SOURCES = (
    ("data/glossary", "*.json"),
    ("glossary", "*.py"),
    ("lexicon", "*.py"),
    ("events", "*.py"),
)
Built = tuple[str, dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]


def _sources() -> list[Path]:
    return [p for folder, glob in _SOURCES for p in sorted((_PACKAGE / folder).glob(glob))]


@cache
def tables() -> Tables:
    """The tables, read from the CLI's kept copy when it is current, else built (and kept)."""
    built: Built | None = None
    stamp = None
    if kept.on():
        try:
            stamp = kept.stamp_of(_sources())
        except OSError:
            stamp = None
        built = kept.load("event-orgs", stamp) if stamp is not None else None
    if built is None:
        built = _build_tables()
        if stamp is not None:
            kept.store("event-orgs", stamp, built)
    pattern, canon_of, keys_of, en_of = built
    return Tables(re.compile(pattern, re.IGNORECASE), canon_of, keys_of, en_of)


def _build_tables() -> Built:
    """The names regex (as a pattern), canon by name, and each canon's keys and English names."""
    from summarizer.glossary import load_glossary  # pydantic: only when the tables are built

    glossary = load_glossary()
    canon_of: dict[str, str] = {}
    keys_of: dict[str, set[str]] = {}
    en_of: dict[str, set[str]] = {}
    for entry in glossary.entries:
        canon = "g:" + entry.ko
        variants = getattr(entry, "en_variants", ())  # other English forms the body uses
        names = [*entry.korean_names, entry.en, *variants, *(r.en for r in entry.renames)]
        abbrs = (entry.abbr, *(r.abbr for r in entry.renames))
        names += [a for a in abbrs if a and len(a) >= 3 and a not in EN_ABBR_STOP]
        for name in names:
            canon_of.setdefault(unicodedata.normalize("NFKC", name).casefold(), canon)
        keys_of.setdefault(canon, set()).update(key(n) for n in entry.korean_names)
        en_of.setdefault(canon, set()).update(n.casefold() for n in names if n.isascii())
    for formal, aliases, english in REGIONS:
        known = glossary.lookup(formal)
        canon = "g:" + known.ko if known else "r:" + formal
        for name in (formal, *aliases, *english):
            canon_of.setdefault(unicodedata.normalize("NFKC", name).casefold(), canon)
        keys_of.setdefault(canon, set()).update(key(n) for n in (formal, *aliases))
        en_of.setdefault(canon, set()).update(n.casefold() for n in english)
    return (
        trie_pattern(list(canon_of)),
        canon_of,
        {k: frozenset(v) for k, v in keys_of.items()},
        {k: frozenset(v) for k, v in en_of.items()},
    )


def trie_pattern(words: list[str]) -> str:
    """One regex for many names, shared prefixes factored out (far faster than `a|b|c…`).

    Built from the sorted names without a trie of dicts: the names below one prefix are a run
    of the sorted list, the one that ends there (if any) first, then one run per next letter.
    """
    names = sorted(set(words))
    escaped: dict[str, str] = {}  # re.escape once per letter, not once per node

    def build(lo: int, hi: int, depth: int) -> str:
        end = len(names[lo]) == depth  # a name ends at this prefix: what follows is optional
        alts = []
        i = lo + 1 if end else lo
        while i < hi:
            ch, j = names[i][depth], i + 1
            while j < hi and names[j][depth] == ch:
                j += 1
            esc = escaped.get(ch)
            if esc is None:
                esc = escaped[ch] = re.escape(ch)
            alts.append(esc + build(i, j, depth + 1))
            i = j
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(0, len(names), 0) if names else ""


__all__ = ["Built", "Tables", "key", "tables", "trie_pattern"]
