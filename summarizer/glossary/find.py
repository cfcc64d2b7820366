"""Which glossary entry a Korean (or English) name is: the look-up rules, without the models.

`Glossary.lookup` answers with its entries (pydantic models); `kept_body` answers the same
look-up with the Korean name of the body only, from the glossary the CLI kept (summarizer.kept)
read as plain values: event grouping asks it for the words its tables lack, and a cached
`brief` then imports no pydantic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from summarizer import kept
from summarizer.glossary.branches import BRANCH_SUFFIXES, branch_text
from summarizer.glossary.keys import PAREN, abbr_key, english_key, korean_key

E = TypeVar("E")
REGION_KINDS = ("province", "metropolitan")
PLACE_UNITS = ("city", "county", "district")


def find_entry(
    korean: str,
    by_key: Mapping[str, E],
    by_en: Mapping[str, E],
    by_abbr: Mapping[str, E],
    keys_longest_first: Sequence[str],
    qualifiers: Sequence[str],
    *,
    kind: Callable[[E], str | None],
) -> tuple[E, int | None] | None:
    """The entry `korean` names and, for `<name> <branch>`, where the branch starts (else None)."""
    key = korean_key(korean)
    if not key:
        return None
    if key in by_key:
        return by_key[key], None
    if korean.isascii():
        if not korean.strip():
            return None
        found = by_en.get(english_key(PAREN.sub(" ", korean))) or by_abbr.get(abbr_key(korean))
        return (found, None) if found is not None else None

    def qualified_place(key: str) -> E | None:
        for qualifier in qualifiers:
            rest = key[len(qualifier) :]
            if rest and key.startswith(qualifier):
                entry = by_key.get(rest)
                if entry is not None and kind(entry) in PLACE_UNITS:
                    return entry
        return None

    place = qualified_place(key)
    if place is not None:
        return place, None
    if key.endswith("청") and len(key) > 2:  # 안산시청, 강남구청, 경북도청: the government itself
        office = by_key.get(key[:-1]) or qualified_place(key[:-1])
        if office is not None and kind(office) in (*REGION_KINDS, *PLACE_UNITS):
            return office, None
    if not key.endswith(BRANCH_SUFFIXES):
        return None  # (no rest of it can end with a branch word)
    # The names `key` starts with, longest first: its prefixes that are keys (the keys of
    # `by_key` are `keys_longest_first`; one name of each length can be a prefix).
    for size in range(len(key), -1, -1):
        name = key[:size]
        if name in by_key and key[size:].endswith(BRANCH_SUFFIXES):
            if kind(by_key[name]) in (*REGION_KINDS, *PLACE_UNITS):
                continue  # 충북지사 is the governor, 강남구지부 a club: no branch of a government
            return by_key[name], size
    return None


class _Values(Mapping[str, Any]):
    """Kept entries (JSON values) by their positions in a kept look-up table."""

    def __init__(self, positions: dict[str, int], values: list[Any]) -> None:
        self._positions, self._values = positions, values

    def __getitem__(self, key: str) -> Any:
        return self._values[self._positions[key]]

    def __iter__(self) -> Any:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def glossary_stamp() -> tuple[tuple[str, int, int], ...] | None:
    """What the glossary is derived from: its data files and this package's code."""
    package = Path(__file__).resolve().parent
    try:
        return kept.stamp_of(
            [
                *sorted((package.parent / "data" / "glossary").glob("*.json")),
                *sorted(package.glob("*.py")),
            ]
        )
    except OSError:
        return None


@cache
def _kept_tables() -> tuple[Any, ...] | None:
    stamp = glossary_stamp() if kept.on() else None
    value = kept.load("glossary", stamp) if stamp is not None else None
    try:
        values, _stems, (at_key, at_en, at_abbr, longest, qualifiers) = value  # type: ignore[misc]
        if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
            return None
        tables = (_Values(at_key, values), _Values(at_en, values), _Values(at_abbr, values))
        return (*tables, longest, qualifiers)
    except (TypeError, ValueError, KeyError):  # none kept, or not what is written
        return None


def _kept_find(korean: str, tables: tuple[Any, ...]) -> tuple[dict[str, Any], int | None] | None:
    """`find_entry` over the kept glossary's values (`_kept_tables`)."""
    return find_entry(korean, *tables, kind=lambda value: value.get("kind"))


def official_display(korean: str, when: date | None) -> tuple[str, str | None] | None:
    """The English display name (`Ministry of SMEs and Startups (MSS)`) of the body `korean`
    names as it was named on `when` (`Entry.as_of(when).display`), and the branch it was
    looked up by (`Entry.branch`); None for no body. From the kept values when kept."""
    tables = _kept_tables()
    if tables is None:  # nothing kept (the Python API, a first run): the glossary itself
        from summarizer.glossary.load import load_glossary

        entry = load_glossary().lookup(korean)
        if entry is None:
            return None
        return (entry.as_of(when) if when is not None else entry).display, entry.branch
    found = _kept_find(korean, tables)
    if found is None:
        return None
    value, branch_at = found
    en, abbr = value["en"], value.get("abbr")
    if when is not None:
        for old in sorted(value.get("renames", ()), key=lambda r: str(r["until"])):
            if when < date.fromisoformat(old["until"]):
                en, abbr = old["en"], old.get("abbr")
                break
    display = f"{en} ({abbr})" if abbr else en
    return str(display), (branch_text(korean, branch_at) if branch_at is not None else None)


def kept_body(korean: str) -> str | None:
    """The Korean name (`ko`) of the entry `load_glossary().lookup(korean)` gives, or None."""
    tables = _kept_tables()
    if tables is None:  # nothing kept (the Python API, a first run): the glossary itself
        from summarizer.glossary.load import load_glossary

        entry = load_glossary().lookup(korean)
        return entry.ko if entry is not None else None
    found = _kept_find(korean, tables)
    return str(found[0]["ko"]) if found is not None else None


__all__ = [
    "PLACE_UNITS",
    "REGION_KINDS",
    "find_entry",
    "glossary_stamp",
    "kept_body",
    "official_display",
]
