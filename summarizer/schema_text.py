"""The Briefing schema as the model reads it in modes where we write it ourselves.

In `json_schema` mode the schema is a grammar for the server's sampler (llama.cpp, Ollama and
vLLM never show it to the model) and in `md_json` mode it is text in the system message. In
both the model gets this rendering: one line per field, nested fields indented under the field
that holds them, each field's instruction said once. It is built from the same lean JSON schema
the tools mode sends, so the two never say different things, at about a third of the tokens of
that schema written as JSON:

    parties? [ ]: Organisations that signed or announced it.
      name_ko: Full name.
      aliases? [text]: Short names it defines (이하 중기부).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from summarizer.models import Briefing

LEGEND = "Reply with one JSON object (values are text unless shown):"


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


@cache
def _guide() -> str:
    return "\n".join((LEGEND, *_fields(Briefing.model_json_schema())))


def schema_guide() -> str:
    """The Briefing's keys with their instructions, for the system message (see module doc)."""
    return _guide()


__all__ = ["LEGEND", "schema_guide"]
