"""The result cache: hits are marked and free, misses are None, bad locations say what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cache import ResultCache
from summarizer.errors import StorageWarning
from summarizer.models import FactsResult, SourceInfo, SummaryResult, Usage


def _result(sha: str = "a" * 64) -> SummaryResult:
    facts = FactsResult(
        source=SourceInfo(path="x.txt", format="text", encoding="utf-8", sha256=sha, chars=3),
        reference_date="2025-01-01",
        reference_date_origin="option",
    )
    return SummaryResult(
        mode="model",
        facts=facts,
        model="m",
        prompt_version="p1",
        usage=Usage(requests=2, prompt_tokens=100, completion_tokens=50),
        attempts=2,
    )


def test_miss_then_hit_is_marked_cached_and_costs_nothing(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c")
    assert cache.get("k1") is None
    cache.put("k1", _result())
    hit = cache.get("k1")
    assert hit is not None
    assert hit.cached is True
    assert hit.usage.requests == 0
    assert hit.facts.source.sha256 == "a" * 64 and hit.attempts == 2
    assert cache.get("k2") is None
    assert len(cache) == 1


def test_put_replaces_and_survives_reopen(tmp_path: Path) -> None:
    ResultCache(tmp_path).put("k", _result("b" * 64))
    ResultCache(tmp_path).put("k", _result("c" * 64))
    again = ResultCache(tmp_path).get("k")
    assert again is not None and again.facts.source.sha256 == "c" * 64
    assert ResultCache(tmp_path).clear() == 1
    assert ResultCache(tmp_path).get("k") is None


def test_unwritable_location_warns_once_and_misses(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ResultCache(blocker / "sub")
    with pytest.warns(StorageWarning, match="SUMMARIZER_CACHE_DIR") as warned:
        assert cache.get("k") is None
        assert cache.get("k2") is None
    assert len(warned) == 1


def test_corrupt_database_warns_once_and_misses(tmp_path: Path) -> None:
    (tmp_path / "results.db").write_bytes(b"not a database at all" * 100)
    with pytest.warns(StorageWarning, match="--no-cache"):
        assert ResultCache(tmp_path).get("k") is None
