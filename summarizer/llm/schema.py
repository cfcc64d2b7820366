"""The schema as each mode needs it.

The system prompt carries the Briefing's keys and their instructions in every mode, as
`schema_text` writes them (~290 tokens). What the request adds depends on where its schema
ends up, which for a server we can measure (llama-server's `/apply-template`) or read (OpenAI's
harmony format):

- A grammar only: llama.cpp, Ollama, vLLM and LM Studio turn a `json_schema` response format
  into a grammar for the sampler and never show it to the model. There the full schema goes
  (nested objects, types, required keys, list bounds) without descriptions and titles: it
  costs no prompt token and holds every nested key.
- Text the model reads: a tool is written into the prompt by every server (a chat template's
  `tool | tojson`: llama.cpp, vLLM, Ollama; OpenAI as TypeScript-like text), and OpenAI writes
  a `json_schema` response format into its developer message as JSON. There only the outline
  goes (`outline_schema`: the top-level keys and which are required), ~120 tokens as a chat
  template writes it where the full schema with descriptions took ~900: the value of every
  key, what lists and objects hold and every instruction are in the system prompt already
  (measured: a typed outline cost ~60 tokens more and said again what the guide says). Validation is the same
  either way (pydantic checks every answer against the whole Briefing).

In `md_json` mode instructor appends its own schema text to the system message (the JSON
schema pretty-printed, ~1,100 tokens) and a closing line to the user message; the messages we
built are sent as they are, and only what instructor appends after them (the re-asks) goes
with them. A tool goes without its description: instructor writes the model's docstring there,
which the system prompt's first line already says.
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


def outline_schema(schema: Any) -> Any:
    """An object schema's outline: its top-level keys, each with an empty schema, and the
    required ones. Everything about the values (types, what lists and objects hold, bounds,
    instructions) is the system prompt's guide to say, and pydantic's to check. Anything but
    an object schema is returned as it is."""
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return schema
    out: dict[str, Any] = {
        "type": "object",
        "properties": {key: {} for key in schema["properties"]},
    }
    if schema.get("required"):
        out["required"] = list(schema["required"])
    return out


def _outlined_tool(tool: Any) -> Any:
    """A tool without its description and with its parameters outlined (see module doc)."""
    function = tool.get("function") if isinstance(tool, dict) else None
    if not isinstance(function, dict):
        return tool
    lean = {k: v for k, v in function.items() if k != "description"}
    if "parameters" in lean:
        lean["parameters"] = outline_schema(lean["parameters"])
    return {**tool, "function": lean}


def lean_request(
    kwargs: dict[str, Any],
    messages: list[dict[str, Any]] | None = None,
    *,
    schema_shown: bool = False,
) -> dict[str, Any]:
    """Request keywords with tools outlined and without their description (tools), the
    `response_format` schema without descriptions and titles, or only outlined where the server
    shows it to the model (`schema_shown`: OpenAI), and the `messages` we built (by default
    those of `sending`) sent as they are (md_json). See the module doc."""
    kwargs = dict(kwargs)
    tools = kwargs.get("tools")
    if isinstance(tools, list):
        kwargs["tools"] = [_outlined_tool(tool) for tool in tools]
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict) and isinstance(response_format.get("json_schema"), dict):
        inner = dict(response_format["json_schema"])
        if "schema" in inner:
            schema = inner["schema"]
            inner["schema"] = outline_schema(schema) if schema_shown else _stripped(schema)
        inner.pop("description", None)
        kwargs["response_format"] = {**response_format, "json_schema": inner}
    ours = messages if messages is not None else _OURS.get()
    if ours and "messages" in kwargs:
        kwargs["messages"] = ours_first(kwargs["messages"], ours)
    return kwargs


def lean_schema(create: Callable[..., T], *, schema_shown: bool = False) -> Callable[..., T]:
    """`create` sending its request through `lean_request`."""

    @wraps(create)
    def call(*args: Any, **kwargs: Any) -> T:
        return create(*args, **lean_request(kwargs, schema_shown=schema_shown))

    return call


__all__ = [
    "lean_request",
    "lean_schema",
    "ours_first",
    "outline_schema",
    "sending",
    "strip_annotations",
]
