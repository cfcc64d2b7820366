"""Reading the bundled data: curated entries, and local governments derived by rule."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer import kept
from summarizer.errors import ConfigError
from summarizer.glossary.find import glossary_stamp
from summarizer.glossary.model import Entry, korean_key
from summarizer.glossary.store import Glossary, KeptEntries

# Curated files first: on a name two files share, the earlier file wins.
CURATED = ("central.json", "public.json", "local.json", "institutions.json", "foreign.json")
PLACES = "places.json"
PATTERNS = "patterns.json"
UNITS = {
    "시": ("City", "si", "city"),
    "군": ("County", "gun", "county"),
    "구": ("District", "gu", "district"),
}


class Region(BaseModel):
    """A province or metropolitan city and the cities, counties and districts under it."""

    model_config = ConfigDict(frozen=True)

    ko: str
    short: tuple[str, ...]
    stem: str
    places: dict[str, dict[str, str]]  # unit (시, 군, 구) → Korean stem → romanised stem


class Pattern(BaseModel):
    """A regional body named after its region: `경남테크노파크` → Gyeongnam Technopark."""

    model_config = ConfigDict(frozen=True)

    suffix: str
    en: str
    abbr: str | None = None
    kind: str | None = None
    source: str


class Places(BaseModel):
    model_config = ConfigDict(frozen=True)

    source: str
    regions: tuple[Region, ...]


def place_entries(places: Places, taken: set[str]) -> tuple[list[Entry], dict[str, str]]:
    """Entries for every city, county and district (`안산시` → Ansan City), and the region stems.

    A name another entry already holds (`광주시` is also said of 광주광역시) is given with its
    province instead (`경기도 광주시`).
    """
    entries: dict[str, Entry] = {}
    stems: dict[str, str] = {}
    for region in places.regions:
        for short in region.short:
            stems[short] = region.stem
        for unit, names in region.places.items():
            word, rr_unit, kind = UNITS[unit]
            for ko_stem, en_stem in names.items():
                if len(ko_stem) > 1:
                    stems.setdefault(ko_stem, en_stem)
                name = ko_stem + unit
                aliases: tuple[str, ...] = ()
                if korean_key(name) in taken:
                    aliases = tuple(f"{q} {name}" for q in region.short)
                    name = f"{region.ko} {name}"
                if name in entries:
                    continue  # 중구, 고성군: the same English in every province
                entries[name] = Entry(
                    ko=name,
                    ko_aliases=aliases,
                    en=f"{en_stem} {word}",
                    en_variants=(f"{en_stem}-{rr_unit}",),
                    source=places.source,
                    confidence="rule-derived",
                    derived=True,
                    kind=kind,
                )
    return list(entries.values()), stems


def pattern_entries(patterns: list[Pattern], stems: dict[str, str], taken: set[str]) -> list[Entry]:
    """One derived entry per region stem and pattern, unless a curated entry holds the name."""
    entries = []
    for pattern in patterns:
        for stem, en_stem in stems.items():
            name = stem + pattern.suffix
            if korean_key(name) in taken:
                continue
            entries.append(
                Entry(
                    ko=name,
                    en=pattern.en.format(en_stem),
                    abbr=pattern.abbr,
                    source=pattern.source,
                    confidence="rule-derived",
                    derived=True,
                    kind=pattern.kind,
                )
            )
    return entries


def _read(name: str) -> Any:
    from importlib import resources  # a kept glossary reads no data file

    raw = resources.files("summarizer").joinpath(f"data/glossary/{name}").read_text("utf-8")
    return json.loads(raw)


@cache
def load_glossary() -> Glossary:
    """The bundled glossary (`summarizer/data/glossary/*.json`), read once.

    The CLI keeps it (summarizer.kept) while the data and this package's code are unchanged:
    the entries as JSON values and the look-up tables, so a run that only looks names up (a
    cached `brief`) validates the entries without deriving them or computing their keys.
    """
    stamp = glossary_stamp() if kept.on() else None
    if stamp is not None:
        found = _from_kept(kept.load("glossary", stamp))
        if found is not None:
            return found
    glossary = _build()
    if stamp is not None:
        entries = [e.model_dump(mode="json", exclude_defaults=True) for e in glossary.entries]
        kept.store("glossary", stamp, (entries, glossary.stems, glossary.index()))
    return glossary


def _from_kept(value: Any) -> Glossary | None:
    """The glossary `load_glossary` kept, or None when `value` is not one."""
    try:
        entries, stems, index = value
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            return None
        # each entry validated when first looked up (a kept glossary was validated when kept)
        return Glossary(KeptEntries(entries), stems, index)
    except (TypeError, ValueError, KeyError, IndexError):  # none kept, or not what is written
        return None


def _build() -> Glossary:
    try:
        entries = [
            Entry.model_validate(item) for name in CURATED for item in _read(name)["entries"]
        ]
        taken = {korean_key(n) for e in entries for n in e.korean_names}
        derived, stems = place_entries(Places.model_validate(_read(PLACES)), taken)
        patterns = [Pattern.model_validate(p) for p in _read(PATTERNS)["patterns"]]
        derived += pattern_entries(patterns, stems, taken)
    except (OSError, ValueError, KeyError, ValidationError) as exc:
        raise ConfigError(
            f"the bundled glossary cannot be read ({exc}); reinstall the package"
        ) from None
    return Glossary(entries + derived, stems)


__all__ = [
    "CURATED",
    "PATTERNS",
    "PLACES",
    "Pattern",
    "Places",
    "Region",
    "load_glossary",
    "pattern_entries",
    "place_entries",
]
