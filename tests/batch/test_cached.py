"""A batch answered from the cache without the runner: the runner's report, or None on a miss."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch.cached import all_cached
from summarizer.batch.inputs import collect_inputs
from summarizer.batch.runner import run_batch
from summarizer.config import Config

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("mss-release.txt", "multi-party.txt", "agency-cp949.txt")


def _outcomes(report: Any) -> list[dict[str, Any]]:
    return [dict(vars(o)) for o in report.outcomes]


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_all_cached_is_the_runners_report_and_none_on_a_miss(
    tmp_path: Path, fake_openai_url: str
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES[:2]:
        shutil.copy(ROOT / "examples" / name, docs / name)
    config = Config(base_url=fake_openai_url, cache_dir=tmp_path / "cache", use_log=False)
    paths = collect_inputs([docs])
    assert all_cached(paths, config) is None  # nothing cached yet
    first = run_batch([docs], config, quiet=True)
    assert first.ok == 2 and first.cached == 0

    by_runner = run_batch([docs], config, quiet=True)
    direct = all_cached(paths, config)
    assert direct is not None
    assert _outcomes(direct) == _outcomes(by_runner)
    assert direct.texts == by_runner.texts and direct.texts
    for field in ("total", "ok", "failed", "skipped", "cached", "usage", "lowest_concurrency"):
        assert getattr(direct, field) == getattr(by_runner, field), field

    # Another reference date, a new document, offline or no cache: not answered here.
    assert all_cached(paths, config, reference_date="2024-01-02") is None
    assert all_cached(paths, config.replace(offline=True)) is None
    assert all_cached(paths, config.replace(use_cache=False)) is None
    shutil.copy(ROOT / "examples" / NAMES[2], docs / NAMES[2])
    assert all_cached(collect_inputs([docs]), config) is None
    assert all_cached([*paths, "https://example.com/a.html"], config) is None
