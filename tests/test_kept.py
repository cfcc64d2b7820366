"""Derived tables kept between CLI runs (summarizer.kept): read back only while current, never
written outside the CLI or under PYTHONDONTWRITEBYTECODE; the organisation tables read back are
the tables built."""

from __future__ import annotations

import json
import marshal
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import kept
from summarizer.events import tables as org_tables


@pytest.fixture
def keep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(kept.sys, "dont_write_bytecode", False)
    kept.keep_in(tmp_path)
    org_tables.tables.cache_clear()
    yield tmp_path
    kept.keep_in(None)
    org_tables.tables.cache_clear()


def test_a_value_comes_back_with_its_stamp_only(keep: Path) -> None:
    value = ("pattern", {"a": "g:가"}, {"g:가": frozenset({"가"})})
    assert kept.store("t", ("s", 1), value)
    assert kept.load("t", ("s", 1)) == value
    assert kept.load("t", ("s", 2)) is None  # a source changed: build again
    assert kept.load("other", ("s", 1)) is None


def test_a_foreign_or_broken_file_is_ignored(keep: Path) -> None:
    path = kept.table_file(keep, "t")
    path.write_bytes(marshal.dumps({"version": "another Python", "stamp": 1, "value": 2}))
    assert kept.load("t", 1) is None
    path.write_bytes(b"\x00not marshal")
    assert kept.load("t", 1) is None


def test_nothing_is_kept_outside_the_cli_or_without_bytecode(
    keep: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept.sys, "dont_write_bytecode", True)
    assert not kept.store("t", 1, 2)
    monkeypatch.setattr(kept.sys, "dont_write_bytecode", False)
    kept.keep_in(None)
    assert not kept.on()
    assert not kept.store("t", 1, 2)
    assert kept.load("t", 1) is None
    assert not list(keep.iterdir())


def test_the_stamp_follows_each_sources_size_and_time(tmp_path: Path) -> None:
    source = tmp_path / "a.json"
    source.write_text("[]", encoding="utf-8")
    before = kept.stamp_of([source])
    os.utime(source, ns=(1, 1))
    assert kept.stamp_of([source]) != before


def _fields(t: org_tables.Tables) -> tuple[object, ...]:
    return (t.names.pattern, t.names.flags, t.canon_of, t.keys_of, t.en_of)


def test_the_kept_organisation_tables_are_the_tables_built(keep: Path) -> None:
    kept.keep_in(None)
    built = _fields(org_tables.tables())  # no directory: built, nothing written
    assert not list(keep.iterdir())
    kept.keep_in(keep)
    org_tables.tables.cache_clear()
    assert _fields(org_tables.tables()) == built  # built again and kept
    (kept_file,) = keep.glob("table-event-orgs-*.marshal")
    org_tables.tables.cache_clear()
    kept_file.touch()  # still current: its stamp is of the sources, not of itself
    assert _fields(org_tables.tables()) == built


def test_stale_organisation_tables_are_built_again(
    keep: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "glossary.json"
    source.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(org_tables, "_sources", lambda: [source])
    built = org_tables.tables()
    stamp = kept.stamp_of([source])
    bogus = ("x", {"x": "g:x"}, {}, {})
    assert kept.store("event-orgs", stamp, bogus)
    org_tables.tables.cache_clear()
    assert org_tables.tables().names.pattern == "x"  # what is kept is what is read
    os.utime(source, ns=(1, 1))  # the glossary changed
    org_tables.tables.cache_clear()
    assert _fields(org_tables.tables()) == _fields(built)


def test_the_kept_briefing_schema_is_the_schema_built(
    keep: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer import prompting
    from summarizer.models import Briefing

    fresh = json.dumps(Briefing.model_json_schema(), ensure_ascii=False)  # keys in built order
    prompting._schema_json.cache_clear()
    try:
        assert prompting._schema_json() == fresh  # built and kept
        assert list(keep.glob("table-briefing-json-schema-*.marshal"))
        prompting._schema_json.cache_clear()
        stamp = prompting._schema_stamp()
        assert kept.store("briefing-json-schema", stamp, "kept")
        assert prompting._schema_json() == "kept"  # what is kept is what is read
        prompting._schema_json.cache_clear()
        monkeypatch.setattr(prompting, "_schema_stamp", lambda: ("pydantic", "another"))
        assert prompting._schema_json() == fresh  # another pydantic: built again
    finally:
        prompting._schema_json.cache_clear()


def test_the_kept_glossary_is_the_glossary_built(keep: Path) -> None:
    from summarizer.glossary import load as glossary_load
    from summarizer.glossary.find import glossary_stamp

    glossary_load.load_glossary.cache_clear()
    try:
        built = glossary_load.load_glossary()  # built and kept
        assert list(keep.glob("table-glossary-*.marshal"))
        glossary_load.load_glossary.cache_clear()
        read = glossary_load.load_glossary()
        assert read is not built
        # the kept entries are validated as they are looked up: a few names ask for a few
        names = ("중소벤처기업부", "중기부", "경기도 광주시", "KOTRA", "창원시청", "충북지사")
        for name in names:
            assert read.lookup(name) == built.lookup(name), name
        validated = sum(e is not None for e in read.entries._entries)  # type: ignore[attr-defined]
        assert 0 < validated <= 2 * len(names) < len(built.entries)
        assert list(read.entries) == built.entries and read.stems == built.stems
        assert read.index() == built.index()
        assert read.terms_for("중기부와 창원시청") == built.terms_for("중기부와 창원시청")
        kept.store("glossary", glossary_stamp(), ("not", "a glossary"))
        glossary_load.load_glossary.cache_clear()
        assert glossary_load.load_glossary().entries == built.entries  # built again
    finally:
        glossary_load.load_glossary.cache_clear()
