"""How cassettes are written and matched: readable YAML, parsed JSON bodies, no account data.

PyYAML escapes Hangul as \\uXXXX and vcrpy stores JSON bodies as one long string; this
serializer keeps Korean as is, stores JSON bodies parsed and multi-line strings as blocks, so
a re-recorded cassette diffs line by line. Requests are matched on their parsed JSON body with
pydantic's versioned error URLs and the model name normalised (see `normalise`).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import yaml

FILTER_REQUEST_HEADERS = ["authorization", "openai-organization", "openai-project", "cookie"]
DROP_RESPONSE_HEADERS = {
    "set-cookie",
    "x-request-id",
    "cf-ray",
    "openai-organization",
    "openai-project",
}
DROP_RESPONSE_NOISE = {"date"}  # changes on every recording: noise in diffs
PYDANTIC_URL = re.compile(r"https://errors\.pydantic\.dev/[^/\s]+/")
MODEL_PLACEHOLDER = "<model>"


class _Dumper(yaml.SafeDumper):
    """Safe YAML with multi-line strings as literal blocks, even when they hold tabs."""

    def analyze_scalar(self, scalar: str) -> Any:
        # PyYAML counts a tab as "special" and then allows only double quotes, which turns
        # every press release (tab-separated contact tables) into one escaped line. A tab is
        # plain content inside a literal block; analyse it as a space (same length, and a
        # trailing tab still rules the block out, as a trailing space does).
        analysis = super().analyze_scalar(scalar.replace("\t", " "))
        analysis.scalar = scalar  # the emitter writes analysis.scalar: keep the tabs
        return analysis


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted style by itself when a block cannot hold the string.
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def _as_json(body: Any) -> Any | None:
    """The parsed JSON of a body (str or bytes), or None when it is not JSON."""
    if body is None or body == "" or body == b"":
        return None
    try:
        return json.loads(body)
    except (TypeError, ValueError):
        return None


def _dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def serialize(cassette_dict: dict[str, Any]) -> str:
    """vcrpy serializer hook: cassette dict -> YAML text with JSON bodies parsed."""
    data = copy.deepcopy(cassette_dict)
    for interaction in data.get("interactions", []):
        request, response = interaction["request"], interaction["response"]
        parsed = _as_json(request.get("body"))
        if parsed is not None:
            del request["body"]
            request["json_body"] = parsed
        parsed = _as_json(response.get("body", {}).get("string"))
        if parsed is not None:
            response["body"] = {"json": parsed}
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def deserialize(cassette_string: str) -> dict[str, Any]:
    """vcrpy serializer hook: YAML text -> cassette dict with string bodies again."""
    data: dict[str, Any] = yaml.safe_load(cassette_string) or {}
    for interaction in data.get("interactions", []):
        request, response = interaction["request"], interaction["response"]
        if "json_body" in request:
            request["body"] = _dump_json(request.pop("json_body"))
        body = response.get("body", {})
        if "json" in body:
            text = _dump_json(body["json"])
            response["body"] = {"string": text}
            # The re-dumped body differs in bytes from the recorded one: keep the length honest.
            headers = response.get("headers", {})
            for name in list(headers):
                if name.lower() == "content-length":
                    headers[name] = [str(len(text.encode("utf-8")))]
    return data


class ReadableYaml:
    """The serializer object vcrpy's `register_serializer` expects."""

    serialize = staticmethod(serialize)
    deserialize = staticmethod(deserialize)


def normalise(value: Any) -> Any:
    """A request body with what may differ between honest replays made uniform.

    pydantic puts its version into error URLs that re-asks quote; the model name differs
    when a cassette recorded against a live model replays against the default config.
    """
    if isinstance(value, dict):
        out = {k: normalise(v) for k, v in value.items()}
        if isinstance(out.get("model"), str) and "messages" in out:
            out["model"] = MODEL_PLACEHOLDER
        return out
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str):
        return PYDANTIC_URL.sub("https://errors.pydantic.dev/<version>/", value)
    return value


def _first_difference(a: Any, b: Any, path: str = "$") -> str | None:
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: present on one side only"
            found = _first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = _first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(a, str) and a != b:
        # show where the strings part, not their (often identical) beginnings
        i = next(
            (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
        )
        return (
            f"{path} at char {i}: {a[max(0, i - 30) : i + 50]!r} vs {b[max(0, i - 30) : i + 50]!r}"
        )
    if a != b:
        return f"{path}: {a!r} vs {b!r}"
    return None


def json_body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: equal normalised JSON bodies (raw bodies compared when not JSON)."""
    a, b = _as_json(r1.body), _as_json(r2.body)
    if a is None or b is None:
        assert r1.body == r2.body, "request bodies differ (not JSON)"
        return
    difference = _first_difference(normalise(a), normalise(b))
    assert difference is None, f"JSON bodies differ at {difference}"


def before_record_request(request: Any) -> Any:
    """Drop client fingerprint headers (SDK, OS and runtime versions): noise in every diff."""
    request = copy.deepcopy(request)
    for name in list(request.headers):
        if name.lower().startswith("x-stainless") or name.lower() == "user-agent":
            del request.headers[name]
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop response headers that identify an account or a request."""
    response = copy.deepcopy(response)
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in DROP_RESPONSE_HEADERS | DROP_RESPONSE_NOISE:
            del headers[name]
    return response
