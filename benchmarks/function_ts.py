"""A function tool as OpenAI shows it to the model: TypeScript-like, not the JSON we send.

The harmony format (openai/harmony, docs/format.md, "Function calling"; its renderer's
`json_schema_to_typescript`) writes each function as `// description` then
`type NAME = (_: {...}) => any;`, with one `// description` line above each property,
`key?:` for an optional key, `string[]` for arrays, `"a" | "b"` for an enum, `// default: x`
after a property with a default, nested objects indented by four spaces, and an object's own
description repeated above its braces. This module follows those rules for the schema shapes
the Briefing uses (objects, arrays, strings, enums, type lists; a key without a type as
`any`); the `namespace functions {` frame around it is the server's, like the chat template's
tokens around every message, and is not counted here.
"""

from __future__ import annotations

import json
from typing import Any


def _type(schema: dict[str, Any], indent: str) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join("number" if k == "integer" else str(k) for k in kind)
    if kind == "object":
        return _object(schema, indent)
    if kind == "array":
        items = schema.get("items")
        return f"{_type(items, indent)}[]" if isinstance(items, dict) else "Array<any>"
    if kind == "string" and schema.get("enum"):
        return " | ".join(f'"{e}"' for e in schema["enum"])
    return {"string": "string", "number": "number", "integer": "number", "boolean": "boolean"}.get(
        str(kind), "any"
    )


def _object(schema: dict[str, Any], indent: str) -> str:
    out = f"{indent}// {schema['description']}\n" if schema.get("description") else ""
    out += "{\n"
    required = set(schema.get("required", []))
    for key, sub in schema.get("properties", {}).items():
        if sub.get("description"):
            out += f"{indent}// {sub['description']}\n"
        out += f"{indent}{key}{'' if key in required else '?'}: {_type(sub, indent + '    ')},"
        if "default" in sub:
            default = sub["default"]  # an enum's bare, another string's quoted, else JSON
            shown = default if sub.get("enum") else json.dumps(default, ensure_ascii=False)
            out += f" // default: {shown}"
        out += "\n"
    return out + f"{indent}}}"


def function_ts(function: dict[str, Any]) -> str:
    """One tool's `function` entry ({name, description, parameters}) as the model reads it."""
    head = f"// {function['description']}\n" if function.get("description") else ""
    params = function.get("parameters") or {}
    if not params.get("properties"):
        return f"{head}type {function['name']} = () => any;\n"
    return f"{head}type {function['name']} = (_: {_object(params, '')}) => any;\n"


__all__ = ["function_ts"]
