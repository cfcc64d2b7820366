"""Batch API cassettes: recorded against tools/fake_openai.py's Batch API section.

Replay needs nothing. To re-record: `python tools/fake_openai.py --port 8765 &` then
`uv run pytest tests/batch/test_batch_api.py --record-mode=rewrite` (another port:
`BATCH_RECORD_BASE_URL=http://127.0.0.1:PORT/v1`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "cassette_tests"))

from cassette_format import (  # noqa: E402
    FILTER_REQUEST_HEADERS,
    ReadableYaml,
    before_record_request,
    before_record_response,
)


def _before_record_request(request: Any) -> Any:
    # Scenario switches talk to the fake server, not the API: they are not part of the run.
    if request.path.endswith("/_scenario"):
        return None
    return before_record_request(request)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Readable YAML, as in the cassette tests."""
    vcr.register_serializer("yaml", ReadableYaml())


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """Batch API cassettes live in cassettes/batch/."""
    return str(ROOT / "cassettes" / "batch")


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """Like the cassette tests' config, matching uploads by content."""
    return {
        "serializer": "yaml",
        "decode_compressed_response": True,
        "filter_headers": FILTER_REQUEST_HEADERS,
        "before_record_request": _before_record_request,
        "before_record_response": before_record_response,
        # Host and port left out, as in the cassette tests: recorded on any loopback port.
        # Bodies are left out too: tests/cassette_tests pin the prompt; these pin the Batch API
        # flow, and must not break each time the facts hinted in the prompt improve. Identical
        # method+path requests replay in recorded order.
        "match_on": ["method", "path", "query"],
    }
