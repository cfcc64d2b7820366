"""The cassette serializer, matcher and filters, without a cassette; plus every cassette on disk."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from cassette_format import (
    before_record_request,
    before_record_response,
    deserialize,
    json_body_matcher,
    serialize,
)
from honest import EXAMPLES
from vcr.request import Request

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
DOC = (EXAMPLES / "mss-release.txt").read_text(encoding="utf-8")


def cassette(request_body: Any, response_body: Any) -> dict[str, Any]:
    return {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": "POST",
                    "uri": "http://x/v1/chat/completions",
                    "headers": {},
                    "body": request_body,
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {"Content-Length": ["1"]},
                    "body": {"string": response_body},
                },
            }
        ],
    }


def test_round_trip_keeps_korean_tabs_and_json() -> None:
    req = json.dumps({"messages": [{"role": "user", "content": DOC}]}, ensure_ascii=False)
    resp = json.dumps(
        {"choices": [{"message": {"content": "담당\t과장 \n끝 "}}]}, ensure_ascii=False
    )
    text = serialize(cassette(req, resp))
    assert "보도시점\t(전매체)" in text, "Hangul and tabs are written as they are"
    assert "\\u" not in text and "content: |" in text
    back = deserialize(text)["interactions"][0]
    assert json.loads(back["request"]["body"]) == json.loads(req)
    assert json.loads(back["response"]["body"]["string"]) == json.loads(resp)
    length = back["response"]["headers"]["Content-Length"]
    assert length == [str(len(back["response"]["body"]["string"].encode("utf-8")))]


def test_non_json_bodies_pass_through() -> None:
    back = deserialize(serialize(cassette("plain text", "not json {")))["interactions"][0]
    assert back["request"]["body"] == "plain text"
    assert back["response"]["body"]["string"] == "not json {"


def request(body: Any) -> Request:
    return Request("POST", "http://127.0.0.1:8765/v1/chat/completions", json.dumps(body), {})


def test_matcher_ignores_pydantic_version_and_model_but_not_the_prompt() -> None:
    def body(version: str, model: str, text: str) -> dict[str, Any]:
        error = f"For further information visit https://errors.pydantic.dev/{version}/v/value_error"
        return {
            "model": model,
            "messages": [{"role": "user", "content": text}, {"role": "tool", "content": error}],
        }

    json_body_matcher(
        request(body("2.14", "gpt-4o-mini", "a")), request(body("2.15", "gpt-4.1", "a"))
    )
    with pytest.raises(AssertionError, match=r"messages\[0\]\.content at char 3"):
        json_body_matcher(request(body("2.14", "m", "abcX")), request(body("2.14", "m", "abcY")))
    with pytest.raises(AssertionError, match="max_tokens"):
        json_body_matcher(request({"max_tokens": 1}), request({"max_tokens": 2}))


def test_filters_drop_account_and_fingerprint_headers() -> None:
    req = Request(
        "POST",
        "http://x/v1",
        "{}",
        {
            "Authorization": "Bearer sk-live",
            "X-Stainless-OS": "Linux",
            "User-Agent": "OpenAI/Python",
            "Content-Type": "application/json",
        },
    )
    kept = before_record_request(req)
    # authorization goes through vcrpy's filter_headers (see conftest); this drops the noise
    assert set(kept.headers) == {"Authorization", "Content-Type"}
    assert "X-Stainless-OS" in req.headers, "the live request is not modified"
    resp = {
        "headers": {
            "set-cookie": ["a"],
            "x-request-id": ["r"],
            "CF-RAY": ["c"],
            "openai-organization": ["o"],
            "openai-project": ["p"],
            "date": ["d"],
            "content-type": ["application/json"],
        }
    }
    assert set(before_record_response(resp)["headers"]) == {"content-type"}


def recorded() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml"))


@pytest.mark.parametrize("path", recorded(), ids=lambda p: p.stem)
def test_cassettes_hold_no_secrets_and_only_loopback(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert not re.search(r"sk-(?!test\b)[A-Za-z0-9_-]{8,}", text), "an API key leaked"
    for interaction in data["interactions"]:
        headers = {k.lower() for k in interaction["request"]["headers"]}
        assert not headers & {"authorization", "cookie", "openai-organization", "openai-project"}
        assert not {k.lower() for k in interaction["response"]["headers"]} & {
            "set-cookie",
            "x-request-id",
        }


def test_every_cassette_belongs_to_a_test() -> None:
    """A renamed test leaves its old cassette behind: tools/record_cassettes.sh clears them."""
    names = set()
    for module in Path(__file__).parent.glob("test_*.py"):
        names |= set(re.findall(r"^def (test_\w+)", module.read_text(encoding="utf-8"), re.M))
    stale = [p.name for p in recorded() if p.stem.split("[")[0] not in names]
    assert not stale, f"cassettes without a test: {stale}"
