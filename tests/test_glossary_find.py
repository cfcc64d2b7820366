"""The kept glossary's values answer look-ups as the glossary's models do (no pydantic)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from summarizer import kept
from summarizer.glossary import find
from summarizer.glossary.find import kept_body, official_display
from summarizer.glossary.load import load_glossary


@pytest.fixture
def kept_glossary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(kept.sys, "dont_write_bytecode", False)
    kept.keep_in(tmp_path)
    load_glossary.cache_clear()
    find._kept_tables.cache_clear()
    load_glossary()  # built and kept
    assert find._kept_tables() is not None
    yield
    kept.keep_in(None)
    load_glossary.cache_clear()
    find._kept_tables.cache_clear()


def _names() -> list[str]:
    """Every Korean and English name of the glossary, with branches, offices and misses."""
    glossary = load_glossary()
    names: list[str] = []
    for entry in list(glossary.entries)[::7]:
        names += [*entry.korean_names, *entry.english_names]
        if entry.abbr:
            names.append(entry.abbr)
        names += [entry.ko + "경기지역본부", entry.ko + "청", "경북 " + entry.ko]
    return [*names, "창원시청", "충북지사", "없는기관", "  ", "", "Nowhere Agency"]


def test_kept_values_name_the_body_the_glossary_names(kept_glossary: None) -> None:
    glossary = load_glossary()
    days = (None, date(2010, 1, 1), date(2017, 6, 1), date(2030, 1, 1))
    found = 0
    for name in _names():
        entry = glossary.lookup(name)
        assert kept_body(name) == (entry.ko if entry else None), name
        for day in days:
            want = None
            if entry is not None:
                want = ((entry.as_of(day) if day else entry).display, entry.branch)
                found += 1
            assert official_display(name, day) == want, (name, day)
    assert found > 1000


def test_without_a_kept_glossary_the_glossary_answers() -> None:
    find._kept_tables.cache_clear()
    assert find._kept_tables() is None
    entry = load_glossary().lookup("중기부")
    assert entry is not None
    assert kept_body("중기부") == entry.ko
    assert official_display("중기부", None) == (entry.display, None)


def test_branch_names_found_by_prefix_are_those_of_the_longest_first_scan() -> None:
    """find_entry tries the prefixes of a name that are glossary keys, longest first, where it
    scanned every key longest first (ver38): same entry and branch start on the glossary's
    own names with branch words after them, bare and with other words between."""
    from summarizer.glossary.branches import BRANCH_SUFFIXES
    from summarizer.glossary.find import PLACE_UNITS, REGION_KINDS, find_entry
    from summarizer.glossary.keys import korean_key

    glossary = load_glossary()
    by_key, keys = glossary._by_key, glossary._keys_longest_first
    assert set(keys) == set(by_key)

    def scan(korean: str) -> object:
        key = korean_key(korean)
        for name in keys:
            rest = key[len(name) :]
            if key.startswith(name) and rest.endswith(BRANCH_SUFFIXES):
                if by_key[name].kind in (*REGION_KINDS, *PLACE_UNITS):
                    continue
                return by_key[name], len(name)
        return None

    names = [k for k in keys if not k.isascii()][::7]
    tried = 0
    for i, name in enumerate(names):
        suffix = BRANCH_SUFFIXES[i % len(BRANCH_SUFFIXES)]
        for korean in (name + suffix, name + "경기" + suffix, name[:-1] + suffix, name + "가람"):
            found = find_entry(
                korean, by_key, glossary._by_en, glossary._by_abbr, keys,
                glossary._qualifiers, kind=lambda e: e.kind,
            )  # fmt: skip
            direct = korean_key(korean) in by_key
            if direct or found is None or found[1] is not None:
                assert direct or found == scan(korean), korean
                tried += 1
    assert tried > 500
