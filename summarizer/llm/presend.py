"""Request keywords sent as they are, not walked again by the SDK.

openai's `create` passes every keyword through its TypedDict transform (aliases, date and
base64 formats) before sending. The walk is recursive and tries every member of a union: each
message is transformed once per message type, and the Briefing schema in `tools` or
`response_format` node by node. That is ~75 calls and ~0.5 ms of event-loop CPU per request,
to return the very same data. What the transform does depends only on the keys and the types
of the values, never on the text of a string (its formats apply to dates and files). So each
distinct shape (the value with every string blanked) is passed through the SDK's own transform
once; when that leaves it unchanged, values of that shape go in `extra_body` (merged into the
same JSON body, `messages` in its own place: the server receives the same request). A shape
the transform would change, or an SDK without that transform, keeps the SDK's own path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")

KEYWORDS = ("messages", "tools", "tool_choice", "response_format")
MAX_SHAPES = 256  # distinct request shapes remembered (a run has a handful)

_unchanged: set[tuple[str, str]] = set()  # (keyword, shape) the transform leaves as it is
_last: dict[str, Any] = {}  # keyword -> the last value found unchanged (schemas repeat)


def _blank(value: Any) -> Any:
    """`value` with every string replaced by "" (keys kept): what the transform looks at."""
    if isinstance(value, str):
        return ""
    if isinstance(value, dict):
        return {k: _blank(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_blank(v) for v in value]
    return value


def _plain(value: Any) -> bool:
    """JSON data only (no iterators, models or files, which the transform does convert)."""
    if value is None or isinstance(value, str | int | float | bool):
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return False


def _sdk_transform(key: str, value: Any) -> Any:
    """What the SDK's transform makes of `{key: value}` (raises if it is not available)."""
    from openai._utils import maybe_transform
    from openai.types.chat import completion_create_params

    return maybe_transform(
        {key: value}, completion_create_params.CompletionCreateParamsNonStreaming
    )


def passes_unchanged(key: str, value: Any) -> bool:
    """True when the SDK's transform would send `value` for `key` exactly as it is."""
    if key in _last and _last[key] == value:
        return True
    if not _plain(value):
        return False
    blank = _blank(value)
    shape = (key, json.dumps(blank, sort_keys=True))
    if shape not in _unchanged:
        try:
            if _sdk_transform(key, blank) != {key: blank}:
                return False
        except Exception:  # another SDK layout: keep the SDK's own path
            return False
        if len(_unchanged) >= MAX_SHAPES:
            _unchanged.clear()
        _unchanged.add(shape)
    if key != "messages":
        _last[key] = value
    return True


def as_extra_body(create: Callable[..., T]) -> Callable[..., T]:
    """`create` with the KEYWORDS whose values the SDK would not change sent in `extra_body`."""

    @wraps(create)
    def call(*args: Any, **kwargs: Any) -> T:
        if kwargs.get("extra_body") is None:
            moved = {
                key: kwargs[key]
                for key in KEYWORDS
                if key in kwargs and passes_unchanged(key, kwargs[key])
            }
            if moved:
                kwargs = {k: v for k, v in kwargs.items() if k not in moved}
                if "messages" in moved:
                    kwargs["messages"] = []  # required by `create`; replaced in the body
                kwargs["extra_body"] = moved
        return create(*args, **kwargs)

    return call


__all__ = ["KEYWORDS", "as_extra_body", "passes_unchanged"]
