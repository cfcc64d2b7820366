"""Shared fixtures: every test runs without real keys and with its own config and cache dirs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No real credentials or user directories leak into a test."""
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "SUMMARIZER_MODEL",
        "SUMMARIZER_BASE_URL",
        "SUMMARIZER_MODE",
        "SUMMARIZER_API_KEY",
        "SUMMARIZER_CACHE_DIR",
        "SUMMARIZER_LOG_DB",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUMMARIZER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SUMMARIZER_LOG_DB", str(tmp_path / "logs.db"))
