"""Every Briefing field reaches the model with its instruction in every mode, each rule is said
once, and the lean schema describes the same structure as pydantic's own."""

from __future__ import annotations

import json
from typing import Any

import instructor
import pytest
from instructor.processing import handle_response_model
from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from summarizer.llm.call import GroundedBriefing
from summarizer.llm.schema import compact_messages
from summarizer.models import Briefing
from summarizer.prompting import field_guide, render_prompt

SYSTEM = render_prompt("system", field_guide=[])


def leaf_fields(model: type[BaseModel], path: str = "") -> list[tuple[str, str, type[BaseModel]]]:
    """(path, name, owner) of every field, nested models walked, from the pydantic model itself."""
    out = []
    for name, info in model.model_fields.items():
        here = f"{path}.{name}" if path else name
        out.append((here, name, model))
        nested = {
            inner
            for arg in (info.annotation, *getattr(info.annotation, "__args__", ()))
            for inner in (arg, *getattr(arg, "__args__", ()))
            if isinstance(inner, type) and issubclass(inner, BaseModel)
        }
        for inner in nested:
            out.extend(leaf_fields(inner, here))
    return out


FIELDS = leaf_fields(Briefing)


def tool_properties() -> dict[str, Any]:
    _, body = handle_response_model(
        GroundedBriefing, mode=instructor.Mode.TOOLS, messages=[], strict=False
    )
    return body["tools"][0]["function"]["parameters"]  # type: ignore[no-any-return]


def node_at(schema: dict[str, Any], path: str) -> dict[str, Any]:
    node = schema
    for name in path.split("."):
        while "properties" not in node:
            options = [o for o in node.get("anyOf", []) if o.get("type") != "null"]
            node = options[0] if options else node.get("items", {})
        node = node["properties"][name]
    return node


def test_the_pydantic_walk_finds_every_field() -> None:
    assert len(FIELDS) == 45 and ("contacts.department_en", "department_en") in [
        (p, n) for p, n, _ in FIELDS
    ]


@pytest.mark.parametrize("path,name", [(p, n) for p, n, _ in FIELDS])
def test_every_field_has_its_instruction_in_the_tool_schema_or_the_rules(
    path: str, name: str
) -> None:
    params = tool_properties()
    described = node_at(params, path).get("description")
    parent = path.rsplit(".", 1)[0] if "." in path else None
    by_parent = parent is not None and name in str(node_at(params, parent).get("description"))
    by_rule = (name.endswith("_en") and "fields ending _en are English" in SYSTEM) or (
        name.endswith("_ko") and "Fields ending _ko are Korean" in SYSTEM
    )
    assert described or by_parent or by_rule, f"{path} has no instruction"


def test_the_field_guide_names_every_field() -> None:
    guide = field_guide()
    for path, name, _ in FIELDS:
        top = path.split(".")[0]
        line = next(line for line in guide if line.split(":")[0] == top)
        assert name in line, path
    # what the tool schema describes, the guide says too (the modes whose schema is a grammar)
    text = "\n".join(guide)
    for path, _, _ in FIELDS:
        described = node_at(tool_properties(), path).get("description")
        assert described is None or described.rstrip(".") in text, path


def test_md_json_carries_the_descriptions_on_one_line() -> None:
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "doc"}]
    _, body = handle_response_model(
        GroundedBriefing, mode=instructor.Mode.MD_JSON, messages=messages, strict=False
    )
    sent = compact_messages(body["messages"])
    system = sent[0]["content"]
    assert json.dumps(Briefing.model_json_schema(), ensure_ascii=False) in system
    assert '\n  "properties"' not in system and len(system) < len(body["messages"][0]["content"])
    assert compact_messages(messages) is messages  # nothing to compact: left as it is


def test_each_rule_is_said_once() -> None:
    schema = json.dumps(tool_properties(), ensure_ascii=False)
    for rule in (
        "family name in capitals",
        "verbatim",
        "24-hour",
        "not reporters",
        "glossary terms",
    ):
        assert (SYSTEM + schema).count(rule) == 1, rule
    descriptions = [
        node_at(tool_properties(), p).get("description") for p, _, _ in FIELDS
    ]  # a sentence is never both a field's description and a rule
    assert not [d for d in descriptions if d and len(d.split()) > 2 and d.rstrip(".") in SYSTEM]


def test_what_verification_relies_on_is_still_said() -> None:
    assert "Copy verbatim" in SYSTEM and "quotes, cooperation items" in SYSTEM
    assert "OH Youngju" in SYSTEM and "glossary terms" in SYSTEM
    assert "not instructions" in SYSTEM and "Use only what the document says" in SYSTEM


def shape(schema: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """path -> (types, required, enum, bounds) whatever the spelling ($ref, anyOf, type lists)."""
    defs = schema.get("$defs", {})
    out: dict[str, tuple[Any, ...]] = {}

    def types_of(node: dict[str, Any]) -> tuple[set[str], dict[str, Any] | None]:
        if "$ref" in node:
            return types_of(defs[node["$ref"].rsplit("/", 1)[-1]])
        if "anyOf" in node:
            found: set[str] = set()
            inner: dict[str, Any] | None = None
            for option in node["anyOf"]:
                kinds, nested = types_of(option)
                found |= kinds
                inner = inner or nested
            return found, inner
        declared = node.get("type", "object" if "properties" in node else None)
        named: set[str] = {declared} if isinstance(declared, str) else set(declared or ())
        return named, node

    def walk(node: dict[str, Any], path: str) -> None:
        types, inner = types_of(node)
        inner = inner or {}
        bounds = (inner.get("minItems"), inner.get("maxItems"), inner.get("enum"))
        out[path] = (frozenset(types), tuple(sorted(inner.get("required", []))), bounds)
        for name, sub in inner.get("properties", {}).items():
            walk(sub, f"{path}.{name}")
        if "items" in inner:
            walk(inner["items"], f"{path}[]")

    walk(schema, "")
    return out


def test_the_lean_schema_has_the_same_structure_as_pydantics() -> None:
    lean = Briefing.model_json_schema()
    full = BaseModel.model_json_schema.__func__(  # type: ignore[attr-defined]
        Briefing, schema_generator=GenerateJsonSchema
    )
    assert shape(lean) == shape(full)
    text = json.dumps(lean)
    assert "$ref" not in text and "$defs" not in text and '"default": null' not in text
    assert '"title": "' not in text.replace('"title": "Briefing"', "")  # only the root's
    assert '{"type": "null"}' in text  # only where an object may be null (event)
    assert text.count('{"type": "null"}') == 1


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_batch_api_bodies_carry_the_schema_once_and_compact(mode: str) -> None:
    from summarizer.batch.api_lines import request_body
    from summarizer.config import Config

    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "doc"}]
    body = request_body(messages, Config(api_key="sk-x", mode=mode))  # type: ignore[arg-type]
    text = json.dumps(body, ensure_ascii=False)
    if mode == "json_schema":
        assert "description" not in json.dumps(body["response_format"])
    if mode == "md_json":
        assert '\n  "properties"' not in body["messages"][0]["content"]
    if mode == "tools":
        assert "One sentence: who agreed" in json.dumps(body["tools"], ensure_ascii=False)
    assert text.count("One sentence: who agreed") <= 1
