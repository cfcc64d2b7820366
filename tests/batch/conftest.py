"""Batch API cassettes: recorded against tools/fake_openai.py's Batch API section.

Replay needs nothing. To re-record: `python tools/fake_openai.py --port 8765 &` then
`uv run pytest tests/batch/test_batch_api.py --record-mode=rewrite` (another port:
`BATCH_RECORD_BASE_URL=http://127.0.0.1:PORT/v1`).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
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
    json_body_matcher,
    normalise,
)


def _multipart_file(request: Any) -> list[Any] | None:
    """The JSONL lines of an uploaded file (multipart boundaries are random: compare content)."""
    body = request.body if isinstance(request.body, bytes) else (request.body or "").encode()
    ctype = request.headers.get("Content-Type") or request.headers.get("content-type") or ""
    if isinstance(ctype, list):
        ctype = ctype[0]
    if not ctype.startswith("multipart/"):
        return None
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {ctype}\r\n\r\n".encode() + body
    )
    for part in message.iter_parts():
        if part.get_filename() is not None:
            payload = part.get_payload(decode=True) or b""
            return [normalise(json.loads(x)) for x in payload.decode().splitlines() if x.strip()]
    return []


def batch_body_matcher(r1: Any, r2: Any) -> None:
    """Uploaded files by their request lines; everything else by normalised JSON body."""
    a, b = _multipart_file(r1), _multipart_file(r2)
    if a is not None or b is not None:
        assert a == b, "uploaded batch files differ"
        return
    json_body_matcher(r1, r2)


def _before_record_request(request: Any) -> Any:
    # Scenario switches talk to the fake server, not the API: they are not part of the run.
    if request.path.endswith("/_scenario"):
        return None
    return before_record_request(request)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Readable YAML and the multipart-aware matcher."""
    vcr.register_serializer("yaml", ReadableYaml())
    vcr.register_matcher("batch_body", batch_body_matcher)


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
        "match_on": ["method", "path", "query", "batch_body"],
    }
