"""Shared fixtures: every test runs without real keys and with its own config and cache dirs."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
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


@contextmanager
def _fake_openai(*options: str) -> Iterator[str]:
    """tools/fake_openai.py (with `options`) on a free loopback port: its base URL."""
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tools" / "fake_openai.py"), "--port", "0", *options],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        found = re.search(r"(http://127\.0\.0\.1:\d+/v1)", server.stderr.readline())
        assert found, "the fake server did not start"
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def fake_openai() -> Callable[..., AbstractContextManager[str]]:
    """Start more fake servers within a test: `with fake_openai("--fallback") as url: …`."""
    return _fake_openai


@pytest.fixture
def fake_openai_url() -> Iterator[str]:
    """The fake OpenAI-compatible server in its own process: its base URL."""
    with _fake_openai() as url:
        yield url


@pytest.fixture
def fake_openai_fallback_url() -> Iterator[str]:
    """The same, answering documents it has no reference answer for (`--fallback`)."""
    with _fake_openai("--fallback") as url:
        yield url
