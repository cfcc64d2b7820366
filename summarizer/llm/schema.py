"""The schema as each mode needs it.

In `json_schema` mode the schema is a grammar for the server's sampler: llama.cpp, Ollama and
vLLM never show it to the model, so its field descriptions (the instructions: "YYYY-MM-DD",
"3-5 key points") travel in the system prompt instead, as `schema_text` writes them, and the
schema sent is stripped of descriptions and titles so the request does not carry them twice.

In `md_json` mode instructor appends its own schema text to the system message (the JSON
schema pretty-printed, ~1,100 tokens) and a closing line to the user message. Our system
message already carries the keys and their instructions as schema_text writes them (~350
tokens), so the messages we built are sent as they are, and instructor's additions to them are
not: only what it appends after them (the re-asks) goes with them.

In `tools` mode the tool goes without its description: instructor writes the model's
docstring there ("A faithful structured briefing of one Korean press release..."), which the
system prompt's first line already says.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")
_ANNOTATIONS = ("description", "title")


def strip_annotations(schema: Any) -> Any:
    """A copy of a JSON schema without `description`/`title` keywords (property names kept)."""
    if isinstance(schema, list):
        return [strip_annotations(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS and isinstance(value, str):
            continue
        if key in ("properties", "$defs", "definitions", "patternProperties"):
            out[key] = {name: strip_annotations(sub) for name, sub in value.items()}
        else:
            out[key] = strip_annotations(value)
    return out


# The messages the call in flight built (see `sending`).
_OURS: ContextVar[list[dict[str, Any]] | None] = ContextVar("summarizer_messages", default=None)


@contextmanager
def sending(messages: list[dict[str, Any]]) -> Iterator[None]:
    """Within this block, requests go out with `messages` as they were built (see module doc)."""
    token = _OURS.set(messages)
    try:
        yield
    finally:
        _OURS.reset(token)


def ours_first(sent: Any, ours: list[dict[str, Any]]) -> Any:
    """`sent` with its first messages put back to `ours` (instructor's md_json additions to them
    left out), the messages it appended after them (re-asks) kept."""
    if not isinstance(sent, list) or len(sent) < len(ours):
        return sent
    if [m.get("role") for m in sent[: len(ours)]] != [m.get("role") for m in ours]:
        return sent  # not the conversation we built: sent as it is
    return [*ours, *sent[len(ours) :]]


# The last schema stripped and its result: every request of a run sends the same schema, and
# stripping it costs ~1 ms of CPU on the event loop, comparing it ~0.03 ms.
_LAST: list[tuple[Any, str]] = []


def _stripped(schema: Any) -> Any:
    if not (_LAST and _LAST[0][0] == schema):
        _LAST[:] = [(copy.deepcopy(schema), json.dumps(strip_annotations(schema)))]
    return json.loads(_LAST[0][1])


def _without_description(tool: Any) -> Any:
    function = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(function, dict) or "description" not in function:
        return tool
    return {**tool, "function": {k: v for k, v in function.items() if k != "description"}}


def lean_request(
    kwargs: dict[str, Any], messages: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Request keywords with `response_format.json_schema.schema` without descriptions and
    titles (json_schema), tools without their description (tools), and the `messages` we built (by default those of `sending`) sent as
    they are (md_json)."""
    kwargs = dict(kwargs)
    tools = kwargs.get("tools")
    if isinstance(tools, list):
        kwargs["tools"] = [_without_description(tool) for tool in tools]
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict) and isinstance(response_format.get("json_schema"), dict):
        inner = dict(response_format["json_schema"])
        if "schema" in inner:
            inner["schema"] = _stripped(inner["schema"])
        inner.pop("description", None)
        kwargs["response_format"] = {**response_format, "json_schema": inner}
    ours = messages if messages is not None else _OURS.get()
    if ours and "messages" in kwargs:
        kwargs["messages"] = ours_first(kwargs["messages"], ours)
    return kwargs


def lean_schema(create: Callable[..., T]) -> Callable[..., T]:
    """`create` sending its request through `lean_request`."""

    @wraps(create)
    def call(*args: Any, **kwargs: Any) -> T:
        return create(*args, **lean_request(kwargs))

    return call


__all__ = ["lean_request", "lean_schema", "ours_first", "sending", "strip_annotations"]
