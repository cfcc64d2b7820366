"""The loaded glossary: lookups by Korean or English name, English-name checks, terms in a text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, overload

from summarizer.glossary.branches import branch_text, render_branch
from summarizer.glossary.find import REGION_KINDS, find_entry
from summarizer.glossary.model import (
    PAREN,
    EnglishCheck,
    Entry,
    abbr_key,
    english_key,
    korean_key,
)
from summarizer.lazy import lazy_compile

# Particles that may follow a two-syllable short name (`한전은`, `무보와`) without ending the word.
_PARTICLES = (
    "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에", "로", "으로", "에서",
    "과의", "와의",
)  # fmt: skip
# A glossary's look-up tables with entries by position: Korean keys, English keys,
# abbreviations; Korean keys longest first; qualifiers longest first (`Glossary.index`).
Index = tuple[dict[str, int], dict[str, int], dict[str, int], list[str], list[str]]


class KeptEntries(Sequence[Entry]):
    """Entries kept as JSON values (summarizer.kept), each validated the first time it is
    asked for: a run that looks a few names up (a cached `brief`) validates those, not the
    ~2,500 of the glossary (~20 M instructions)."""

    def __init__(self, values: list[Any]) -> None:
        self._values = values
        self._entries: list[Entry | None] = [None] * len(values)

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entry]: ...
    def __getitem__(self, i: int | slice) -> Entry | list[Entry]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        entry = self._entries[i]
        if entry is None:
            entry = self._entries[i] = Entry.model_validate(self._values[i])
        return entry

    def __iter__(self) -> Iterator[Entry]:
        return (self[i] for i in range(len(self)))


class _ByPosition(Mapping[str, Entry]):
    """A look-up table of entries by their positions (`Glossary.index`), as the dict of the
    entries themselves would answer, without asking for every entry."""

    def __init__(self, positions: dict[str, int], entries: Sequence[Entry]) -> None:
        self._positions = positions
        self._entries = entries

    def __getitem__(self, key: str) -> Entry:
        return self._entries[self._positions[key]]

    def get(self, key: str, default: Any = None) -> Any:
        i = self._positions.get(key)
        return default if i is None else self._entries[i]

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


_CHECK_ENGLISH_RE1 = lazy_compile(r"[A-Za-z][A-Za-z&\- ]{1,11}")


class Glossary:
    """The loaded glossary with lookups by Korean name and checks of English names."""

    def __init__(
        self,
        entries: Sequence[Entry],
        stems: dict[str, str] | None = None,
        index: Index | None = None,
    ) -> None:
        self.entries = entries
        # Region words a branch or a qualified place name may start with: 경기, 부산, 안산 …
        self.stems: dict[str, str] = dict(stems or {})
        self._by_key: Mapping[str, Entry] = {}
        self._by_en: Mapping[str, Entry] = {}
        self._by_abbr: Mapping[str, Entry] = {}
        if index is not None:  # computed before for these entries and stems (`index`)
            at_key, at_en, at_abbr, self._keys_longest_first, self._qualifiers = index
            self._by_key = _ByPosition(at_key, entries)
            self._by_en = _ByPosition(at_en, entries)
            self._by_abbr = _ByPosition(at_abbr, entries)
            return
        by_key: dict[str, Entry] = {}
        by_en: dict[str, Entry] = {}
        for entry in entries:
            for name in entry.korean_names:
                by_key.setdefault(korean_key(name), entry)
        # English-language documents name parties in English: `Korea International Trade Association`.
        for entry in entries:
            for en in entry.english_names:
                by_en.setdefault(english_key(en), entry)
        self._by_key, self._by_en = by_key, by_en
        # Abbreviations (`KETI`, `K-water`) name a body only when no other body uses them.
        abbrs: dict[str, list[Entry]] = {}
        for entry in entries:
            for abbr in {a for a in (entry.abbr, *(r.abbr for r in entry.renames)) if a}:
                abbrs.setdefault(abbr_key(abbr), []).append(entry)
        self._by_abbr = {k: v[0] for k, v in abbrs.items() if len(v) == 1 and len(k) > 1}
        # Longest first so `한국전기안전공사` wins over a shorter name it starts with.
        self._keys_longest_first = sorted(self._by_key, key=len, reverse=True)
        # `서울특별시 강남구`, `경북 칠곡군`: a province or metropolitan city before a place.
        qualifiers = {korean_key(s) for s in self.stems}
        for entry in entries:
            if entry.kind in REGION_KINDS:
                qualifiers.update(korean_key(n) for n in entry.korean_names)
        self._qualifiers = sorted(qualifiers, key=len, reverse=True)

    def index(self) -> Index:
        """The look-up tables as plain values (entries by position), to build the same
        glossary again from its entries without computing every name's key (summarizer.kept)."""
        position = {id(entry): i for i, entry in enumerate(self.entries)}

        def positions(table: Mapping[str, Entry]) -> dict[str, int]:
            return {k: position[id(e)] for k, e in table.items()}

        return (
            positions(self._by_key),
            positions(self._by_en),
            positions(self._by_abbr),
            list(self._keys_longest_first),
            list(self._qualifiers),
        )

    def lookup(self, korean: str) -> Entry | None:
        """The body named `korean` (formal name, alias, earlier name, `<name> <branch>`, or its English name)."""
        found = find_entry(
            korean,
            self._by_key,
            self._by_en,
            self._by_abbr,
            self._keys_longest_first,
            self._qualifiers,
            kind=lambda entry: entry.kind,
        )
        if found is None:
            return None
        entry, branch_at = found
        if branch_at is None:
            return entry
        branch = branch_text(korean, branch_at)
        return entry.model_copy(
            update={"branch": branch, "branch_en": render_branch(branch, self.stems)}
        )

    def check_english(self, korean: str, english: str) -> EnglishCheck:
        """Whether `english` is the official name of `korean`, an earlier one, wrong, or unknown."""
        entry = self.lookup(korean)
        if entry is None:
            return "unknown"
        text = unicodedata.normalize("NFKC", english)
        brackets = [m.group(0)[1:-1] for m in PAREN.finditer(text)]
        base = english_key(PAREN.sub(" ", text))
        names: list[tuple[str, str | None, EnglishCheck]] = [(entry.en, entry.abbr, "official")]
        names += [(v, entry.abbr, "official") for v in entry.en_variants]
        names += [(r.en, r.abbr, "former") for r in entry.renames]
        for en, abbr, verdict in names:
            en_key = english_key(en)
            # A branch (`<name> 디지털혁신본부`) after the body's name or its abbreviation
            # (`KOTEC Digital Innovation Headquarters`).
            heads = [en_key] + ([english_key(abbr)] if abbr else [])
            same = base == en_key or (
                entry.branch is not None and any(base.startswith(h + " ") for h in heads)
            )
            bare_abbr = abbr is not None and not brackets and abbr_key(base) == abbr_key(abbr)
            if not (same or bare_abbr):
                continue
            for inner in brackets:
                if abbr is not None and abbr_key(inner) == abbr_key(abbr):
                    continue
                known = {abbr_key(a) for _, a, _ in names if a}
                if abbr_key(inner) in known:
                    return "former"  # official name with an outdated abbreviation
                if abbr is not None and _CHECK_ENGLISH_RE1.fullmatch(inner.strip()):
                    return "mismatch"  # the right name with an invented abbreviation
            return verdict
        if entry.derived and entry.kind in PLACE_UNITS:
            return _place_verdict(entry, base)
        return "mismatch"

    @cached_property
    def _by_bigram(self) -> dict[str, list[int]]:
        """Entry indexes by the first two characters of each of their names (Korean as
        normalised, English lower-cased): a document is searched only for the names whose
        start it contains, one set look-up per two characters of text instead of a scan per name."""
        index: dict[str, set[int]] = {}
        for i, entry in enumerate(self.entries):
            for name in entry.korean_names:
                index.setdefault(unicodedata.normalize("NFKC", name)[:2], set()).add(i)
            index.setdefault(entry.en.lower()[:2], set()).add(i)
        return {k: sorted(v) for k, v in index.items()}

    def _candidates(self, norm: str, lowered: str) -> list[Entry]:
        grams = {norm[i : i + 2] for i in range(len(norm))}
        grams |= {lowered[i : i + 2] for i in range(len(lowered))}
        picked: set[int] = set()
        for gram in grams & self._by_bigram.keys():
            picked.update(self._by_bigram[gram])
        return [self.entries[i] for i in sorted(picked)]

    def terms_for(self, text: str) -> list[Entry]:
        """Entries whose Korean (or full English) names occur in `text`, in order of appearance."""
        norm = unicodedata.normalize("NFKC", text)
        lowered = norm.lower() if len(norm.lower()) == len(norm) else norm
        found: dict[str, tuple[int, Entry]] = {}
        for entry in self._candidates(norm, lowered):
            names = entry.korean_names
            if entry.derived:
                # `서구`, `남구` are also ordinary words: a derived place needs a longer name.
                names = [n for n in names if len(korean_key(n)) > 2]
            first = min((pos for name in names if (pos := _find_word(norm, name)) >= 0), default=-1)
            en_pos = _find_english(lowered, entry.en)
            if en_pos >= 0 and (first < 0 or en_pos < first):
                first = en_pos
            if first >= 0:
                found[entry.ko] = (first, entry)
        return [entry for _, entry in sorted(found.values(), key=lambda item: item[0])]


# The unit words of a city, county or district in English and in the romanisation rule.
PLACE_UNITS = {
    "city": ("city", "si"),
    "county": ("county", "gun"),
    "district": ("district", "gu"),
}


def _place_verdict(entry: Entry, base: str) -> EnglishCheck:
    """A rule-derived place cannot prove another rendering wrong (`Gangnam-gu Office`), only one
    with another place's name or another unit (`Pohang County` for 포항시)."""
    stem = english_key(entry.en).rsplit(" ", 1)[0]
    words = base.split()
    if stem not in words:
        return "mismatch"
    own = PLACE_UNITS[entry.kind or ""]
    others = {w for kind, ws in PLACE_UNITS.items() if kind != entry.kind for w in ws}
    return "mismatch" if others & set(words) - set(own) else "unknown"


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _find_word(text: str, name: str) -> int:
    """First position of `name` starting a word; two-syllable names must also end one."""
    name = unicodedata.normalize("NFKC", name)
    latin = name.isascii()
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        next_start = text.find(name, start + 1)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if latin:
            # `LH공사` still names LH: only Latin letters and digits extend a Latin word.
            if _latin_alnum(before) or _latin_alnum(after[:1]):
                start = next_start
                continue
            return start
        if _is_hangul(before):
            start = next_start
            continue
        if len(name) <= 2 and after and _is_hangul(after[0]) and not after.startswith(_PARTICLES):
            start = next_start
            continue  # `무보험` is not `무보`
        return start
    return -1


def _find_english(lowered: str, english: str) -> int:
    """First whole-word, case-insensitive position of `english` in `lowered` (lower-cased text)."""
    needle = english.lower()
    start = lowered.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = lowered[start - 1] if start else " "
        after = lowered[end] if end < len(lowered) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return start
        start = lowered.find(needle, start + 1)
    return -1


__all__ = ["Glossary"]
