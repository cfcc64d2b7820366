"""Fixtures of hand-made results (see render_samples.py)."""

from __future__ import annotations

import pytest
from render_samples import model_result_, offline_result_

from summarizer.models import SummaryResult


@pytest.fixture
def model_result() -> SummaryResult:
    return model_result_()


@pytest.fixture
def offline_result() -> SummaryResult:
    return offline_result_()
