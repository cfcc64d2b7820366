"""The schema as each mode needs it.

In `json_schema` mode the schema is a grammar for the server's sampler: llama.cpp, Ollama and
vLLM never show it to the model, so its field descriptions (the instructions: "YYYY-MM-DD",
"3 to 5 points") travel in the system prompt instead (`prompting.field_guide`), and the schema
sent is stripped of descriptions and titles so the request does not carry them twice.

In `md_json` mode instructor writes the schema into the system message pretty-printed
(`indent=2`): about a quarter more tokens than the same schema on one line, for nothing the
model needs; the request is sent with the schema on one line.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache, wraps
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


@cache
def _pretty_and_compact() -> tuple[str, str]:
    from summarizer.models import Briefing

    schema = Briefing.model_json_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False), json.dumps(schema, ensure_ascii=False)


def compact_messages(messages: Any) -> Any:
    """The messages with the pretty-printed Briefing schema instructor wrote into the system
    message (md_json) put on one line; anything else is returned as it is."""
    if not isinstance(messages, list) or not messages or not isinstance(messages[0], dict):
        return messages
    content = messages[0].get("content")
    pretty, compact = _pretty_and_compact()
    if messages[0].get("role") != "system" or not isinstance(content, str) or pretty not in content:
        return messages
    return [{**messages[0], "content": content.replace(pretty, compact)}, *messages[1:]]


# The last schema stripped and its result: every request of a run sends the same schema, and
# stripping it costs ~1 ms of CPU on the event loop, comparing it ~0.03 ms.
_LAST: list[tuple[Any, str]] = []


def _stripped(schema: Any) -> Any:
    if not (_LAST and _LAST[0][0] == schema):
        _LAST[:] = [(copy.deepcopy(schema), json.dumps(strip_annotations(schema)))]
    return json.loads(_LAST[0][1])


def lean_request(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Request keywords with `response_format.json_schema.schema` without descriptions and
    titles (json_schema) and the schema in the system message on one line (md_json)."""
    kwargs = dict(kwargs)
    response_format = kwargs.get("response_format")
    if isinstance(response_format, dict) and isinstance(response_format.get("json_schema"), dict):
        inner = dict(response_format["json_schema"])
        if "schema" in inner:
            inner["schema"] = strip_annotations(inner["schema"])
        inner.pop("description", None)
        kwargs["response_format"] = {**response_format, "json_schema": inner}
    if "messages" in kwargs:
        kwargs["messages"] = compact_messages(kwargs["messages"])
    return kwargs


def lean_schema(create: Callable[..., T]) -> Callable[..., T]:
    """`create` sending its request through `lean_request`."""

    @wraps(create)
    def call(*args: Any, **kwargs: Any) -> T:
        return create(*args, **lean_request(kwargs))

    return call


__all__ = ["compact_messages", "lean_request", "lean_schema", "strip_annotations"]
