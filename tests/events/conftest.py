"""The invented reports as offline results (see event_reports.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_reports import offline_results, write_reports

from summarizer.models import SummaryResult


@pytest.fixture
def report_paths(tmp_path: Path) -> list[Path]:
    return write_reports(tmp_path)


@pytest.fixture
def results(report_paths: list[Path]) -> list[SummaryResult]:
    return offline_results(report_paths)
