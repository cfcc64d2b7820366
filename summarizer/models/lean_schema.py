"""A JSON schema without what the model does not need.

Pydantic titles every property ("Title Ko" beside `title_ko`), writes `"default": null` for
every optional field, spells an optional string `{"anyOf": [{"type": "string"}, {"type":
"null"}]}` and repeats each nested model's docstring in `$defs`. The lean schema drops the
titles and the nested docstrings (what a nested object holds is said once, on the field that
holds it), and a field that defaults to null is simply optional: `{"type": "string"}`, not
required, so a model that knows nothing leaves it out (pydantic fills in the null). A
nullable field without a default keeps `{"type": ["string", "null"]}`. JSON Schema, OpenAI and
the grammar builders of llama.cpp, Ollama and vLLM all accept both. Other defaults go too (an
event's `mode` left out is "unknown": the model need not be told). The root title stays: it
names the tool.
"""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import CoreSchema, GenerateJsonSchema, JsonSchemaMode


class LeanJsonSchema(GenerateJsonSchema):
    """GenerateJsonSchema minus titles, defaults and nested docstrings; nullable types
    as type lists."""

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> dict[str, Any]:
        out = super().generate(schema, mode)
        root_title = out.get("title")
        lean = _strip(out)
        for definition in lean.get("$defs", {}).values():
            definition.pop("description", None)
        lean = _inline(lean)
        if root_title is not None:
            lean["title"] = root_title
        return lean


def _nullable(node: dict[str, Any]) -> dict[str, Any] | None:
    """`{"anyOf": [X, {"type": "null"}], "default": null, ...}` as X (optional: leaving it
    out means null); without the null default, a scalar T as `{"type": [T, "null"], ...}`."""
    options = node.get("anyOf")
    if not isinstance(options, list) or len(options) != 2 or {"type": "null"} not in options:
        return None
    other = options[0] if options[1] == {"type": "null"} else options[1]
    rest = {k: v for k, v in node.items() if k != "anyOf"}
    if "default" in rest and rest["default"] is None:
        del rest["default"]
        return {**other, **rest}
    if set(other) != {"type"} or not isinstance(other["type"], str):
        return None
    return {"type": [other["type"], "null"], **rest}


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with every `{"$ref": "#/$defs/X"}` replaced by X, unless a definition refers
    back to itself (directly or not)."""
    defs = schema.get("$defs")
    if not defs:
        return schema

    class Recursive(Exception):
        pass

    def resolve(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [resolve(n, seen) for n in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name in seen or name not in defs:
                raise Recursive
            # what the referring node says beside the reference (its description) is kept
            rest = {k: resolve(v, seen) for k, v in node.items() if k != "$ref"}
            return {**resolve(defs[name], (*seen, name)), **rest}
        return {k: resolve(v, seen) for k, v in node.items()}

    try:
        return resolve({k: v for k, v in schema.items() if k != "$defs"}, ())  # type: ignore[no-any-return]
    except Recursive:
        return schema


def _strip(node: Any) -> Any:
    if isinstance(node, list):
        return [_strip(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = _nullable(node) or node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title" and isinstance(value, str):
            continue
        if key == "default":  # a key left out gets its default: saying which adds nothing
            continue
        if key in ("properties", "$defs"):
            out[key] = {name: _strip(sub) for name, sub in value.items()}
        else:
            out[key] = _strip(value)
    return out


__all__ = ["LeanJsonSchema"]
