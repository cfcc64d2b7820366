"""The Briefing schema as the model reads it: written by us into the system message.

In `json_schema` mode the schema is a grammar for the server's sampler (llama.cpp, Ollama and
vLLM never show it to the model), in `md_json` mode there is no schema but ours, and in
`tools` mode (and json_schema on OpenAI) the schema sent is only an outline of the top-level
keys (llm.schema). In every mode the model gets this rendering: one line per top-level key, its instruction, then what its
value holds (a list in brackets, an object's keys in braces, a choice in parentheses; text
otherwise). It is written from the same lean JSON schema the tools mode sends, so the two
never say different things, at about a third of that schema's tokens as JSON:

    parties: Signing or announcing organisations [{name_ko: Full name; name_en; ...}]

Which keys may be left out is not marked: the rules say to leave out what the document does
not say, and the grammar (json_schema) or validation (md_json) holds the required ones.
"""

from __future__ import annotations

from functools import cache
from typing import Any

LEGEND = "Reply with one JSON object:"  # values are text unless a list, object or choice
# In tools mode the object is the tool call's arguments: "reply with JSON" would invite a
# model to answer in prose instead of calling the tool.
TOOL_LEGEND = "Briefing arguments:"


def _said(node: dict[str, Any]) -> str:
    return " ".join(str(node.get("description") or "").split()).rstrip(".")


def _value(node: dict[str, Any]) -> str:
    """How a value is shown after its key and description: its type when not text, the keys
    of an object in braces."""
    if "enum" in node:
        return "(" + "|".join(map(str, node["enum"])) + ")"
    if node.get("properties"):
        return "{" + "; ".join(_fields(node)) + "}"
    kind = node.get("type")
    if kind == "array":
        return f"[{_value(node.get('items', {})) or 'text'}]"
    if isinstance(kind, list):  # a nullable scalar: null is said by leaving the key out
        kind = next((k for k in kind if k != "null"), "string")
    return "" if kind in (None, "string") else f"({kind})"


def _fields(node: dict[str, Any]) -> list[str]:
    out = []
    for key, sub in node.get("properties", {}).items():
        said, value = _said(sub), _value(sub)
        out.append(" ".join(x for x in (f"{key}:" if said or value else key, said, value) if x))
    return out


def written_schema(schema: dict[str, Any], legend: str = LEGEND) -> str:
    """A lean JSON schema written as the legend and one line per top-level key."""
    return "\n".join((legend, *_fields(schema)))


def guide_of(schema: dict[str, Any], mode: str = "json_schema") -> str:
    """The guide `mode`'s system message shows for the Briefing JSON schema `schema`."""
    return written_schema(schema, TOOL_LEGEND if mode == "tools" else LEGEND)


@cache
def schema_guide(mode: str = "json_schema") -> str:
    """The Briefing's keys with their instructions, for the system message (see module doc)."""
    from summarizer.models import Briefing  # pydantic: only when a prompt is written

    return guide_of(Briefing.model_json_schema(), mode)


__all__ = ["LEGEND", "TOOL_LEGEND", "guide_of", "schema_guide", "written_schema"]
