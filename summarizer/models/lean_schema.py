"""A JSON schema without what the model does not need: property titles and `default: null`.

Pydantic titles every property ("Title Ko" beside `title_ko`) and writes `"default": null` for
every optional field; together ~265 tokens of the Briefing schema that the model is sent with
every request, carrying nothing the names and descriptions do not. The root title stays: it
names the tool.
"""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import CoreSchema, GenerateJsonSchema, JsonSchemaMode


class LeanJsonSchema(GenerateJsonSchema):
    """GenerateJsonSchema minus property and definition titles and null defaults."""

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> dict[str, Any]:
        out = super().generate(schema, mode)
        root_title = out.get("title")
        lean = _strip(out)
        if root_title is not None:
            lean["title"] = root_title
        return lean


def _strip(node: Any) -> Any:
    if isinstance(node, list):
        return [_strip(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "default" and value is None:
            continue
        if key in ("properties", "$defs"):
            out[key] = {name: _strip(sub) for name, sub in value.items()}
        else:
            out[key] = _strip(value)
    return out


__all__ = ["LeanJsonSchema"]
