"""Cassette tests: vcrpy configuration, the model config they run with, and scenario switching.

Replay (the default, `--record-mode` unset = none) never touches the network: a request
missing from its cassette fails. Recording (`--record-mode=rewrite`) talks to
OPENAI_BASE_URL (default: tools/fake_openai.py on 127.0.0.1:8765) and, for the fake
server, first switches it to the test's scenario. See cassettes/README.md.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Generator, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cassette_format import (
    FILTER_REQUEST_HEADERS,
    ReadableYaml,
    before_record_request,
    before_record_response,
    json_body_matcher,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FAKE_BASE_URL = "http://127.0.0.1:8765/v1"
FAKE_API_KEY = "sk-test"
DEFAULT_MODEL = "gpt-4o-mini"

OPENAI_URL = "https://api.openai.com/v1"


def _record_env() -> dict[str, str]:
    """Where recording goes: OPENAI_BASE_URL; else OpenAI when a key is set; else the fake server."""
    key = os.environ.get("OPENAI_API_KEY")
    base_url = os.environ.get("OPENAI_BASE_URL") or (OPENAI_URL if key else FAKE_BASE_URL)
    return {
        "base_url": base_url,
        "api_key": key or FAKE_API_KEY,
        "model": os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL,
    }


# Read at import, before the autouse `isolated_env` fixture clears them: only recording uses them.
_RECORD_ENV = _record_env()


def pytest_configure(config: pytest.Config) -> None:
    """Register the scenario marker."""
    config.addinivalue_line(
        "markers",
        "scenario(name): the tools/fake_openai.py scenario this cassette was recorded with",
    )


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Readable YAML under the default `yaml` name (so files stay *.yaml) and the JSON matcher."""
    vcr.register_serializer("yaml", ReadableYaml())
    vcr.register_matcher("json_body", json_body_matcher)


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """All cassettes live in the top-level cassettes/ folder."""
    return str(ROOT / "cassettes")


@pytest.fixture(scope="session")
def recording(record_mode: str) -> bool:
    """True when this run records (any --record-mode but none)."""
    return record_mode != "none"


@pytest.fixture(scope="session")
def endpoint(recording: bool) -> SimpleNamespace:
    """Base URL, key and model: the fake server's in replay, the environment's when recording."""
    values = (
        _RECORD_ENV
        if recording
        else {
            "base_url": FAKE_BASE_URL,
            "api_key": FAKE_API_KEY,
            "model": DEFAULT_MODEL,
        }
    )
    return SimpleNamespace(**values)


def _switch_scenario(base_url: str, name: str) -> bool:
    """Tell a fake server which scenario to play; False when the endpoint is not one."""
    host = urllib.parse.urlsplit(base_url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        return False  # a live endpoint: never post test controls to it
    root = base_url.rstrip("/").removesuffix("/v1")
    req = urllib.request.Request(
        root + "/_scenario",
        data=json.dumps({"name": name}).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture
def scenario(request: pytest.FixtureRequest, recording: bool, endpoint: SimpleNamespace) -> str:
    """The test's scenario; when recording, the fake server is switched to it (counters reset)."""
    marker = request.node.get_closest_marker("scenario")
    name = marker.args[0] if marker else "reference"
    if recording and not _switch_scenario(endpoint.base_url, name) and name != "reference":
        pytest.skip(f"scenario {name!r} can only be recorded against tools/fake_openai.py")
    return name


@pytest.fixture
def vcr_config(scenario: str) -> dict[str, Any]:
    """vcrpy options; depends on `scenario` so the switch happens before the cassette opens."""
    return {
        "serializer": "yaml",
        "decode_compressed_response": True,
        "filter_headers": FILTER_REQUEST_HEADERS,
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        # Host and port are left out so a cassette recorded against a live endpoint replays
        # against the default (fake) base URL; the body still pins the whole prompt.
        "match_on": ["method", "path", "query", "json_body"],
    }


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Transport-retry waits are recorded, not slept: the suite stays fast, tests see Retry-After."""
    from summarizer.llm import transport

    waited: list[float] = []

    async def asleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(transport, "time", SimpleNamespace(sleep=waited.append))
    monkeypatch.setattr(transport, "asyncio", SimpleNamespace(sleep=asleep))
    yield waited


@pytest.fixture
def model_config(endpoint: SimpleNamespace, tmp_path: Path) -> Any:
    """A Config for the endpoint, with cache off and the request log in tmp_path."""
    from summarizer.config import Config

    return Config(
        model=endpoint.model,
        base_url=endpoint.base_url,
        api_key=endpoint.api_key,
        mode="tools",  # the fake server's cassettes; --mode auto has its own (test_local_server)
        cache_dir=tmp_path / "cache",
        log_db=tmp_path / "logs.db",
        use_cache=False,
    )


@pytest.fixture
def cli_env(endpoint: SimpleNamespace) -> dict[str, str]:
    """Environment for the CLI run in-process against the cassette."""
    return {
        "OPENAI_BASE_URL": endpoint.base_url,
        "OPENAI_API_KEY": endpoint.api_key,
        "SUMMARIZER_MODEL": endpoint.model,
        "SUMMARIZER_MODE": "tools",
    }


def _cassette_miss(exc: BaseException | None) -> BaseException | None:
    """The vcrpy 'request not in cassette' error somewhere in an exception's chain."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, CannotOverwriteExistingCassetteException):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    """Show a cassette miss as such: the SDK reports it as a retried connection error."""
    outcome: Any = yield
    report = outcome.get_result()
    miss = _cassette_miss(call.excinfo.value if call.excinfo else None)
    if report.failed and miss is not None:
        report.sections.append(
            (
                "cassette miss",
                f"{miss}\n\nThe request differs from the recorded one (a prompt, schema, facts or "
                "retry change?): re-record with tools/record_cassettes.sh, see cassettes/README.md.",
            )
        )
