"""Every Briefing field reaches the model with its instruction in every mode, each rule is said
once, and the lean schema describes the same structure as pydantic's own (a null default
spelled as an optional key)."""

from __future__ import annotations

import json
import re
from typing import Any

import instructor
import pytest
from instructor.processing import handle_response_model
from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from summarizer.llm.grounded import GroundedBriefing
from summarizer.llm.schema import lean_request
from summarizer.models import Briefing
from summarizer.prompting import render_prompt
from summarizer.schema_text import schema_guide

SYSTEM = render_prompt("system", schema="")
# Fields whose instruction is one of the rules rather than a description, with the rule's words.
BY_RULE = {"abbreviation": "invent no abbreviation", "phone": "phone numbers"}


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
    node = node_at(params, path)
    described = node.get("description")
    parent = path.rsplit(".", 1)[0] if "." in path else None
    by_parent = parent is not None and name in str(node_at(params, parent).get("description"))
    text = "string" in (node.get("type"), node.get("items", {}).get("type"))
    by_rule = (
        (name.endswith("_en") and "Fields ending _en are English" in SYSTEM)
        or (text and name != "en" and "other text fields Korean" in SYSTEM)
        or (name in BY_RULE and BY_RULE[name] in SYSTEM)
    )
    by_choice = bool(node.get("enum"))  # the choices are the instruction (mode: in_person|...)
    assert described or by_parent or by_rule or by_choice, f"{path} has no instruction"


def _guide_keys(text: str) -> list[str]:
    """The keys the written schema names, in order (a key starts a line or follows `{`/`; `)."""
    return re.findall(r"(?:^|[{;] ?)([a-z_]+)(?=[:;}\n]|$)", text, re.M)


def test_the_schema_guide_names_every_field() -> None:
    guide = schema_guide()
    lines = guide.splitlines()[1:]
    for path, name, _ in FIELDS:
        top = path.split(".")[0]
        line = next(line for line in lines if re.match(rf"{top}\b", line))
        assert name in _guide_keys(line), path
    # it names nothing else, and what the tool schema describes it says too (json_schema and
    # md_json, where the model reads this and not the tool schema)
    assert len(_guide_keys("\n".join(lines))) == len(FIELDS)
    for path, _, _ in FIELDS:
        described = node_at(tool_properties(), path).get("description")
        assert described is None or described.rstrip(".") in guide, path


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_every_mode_carries_the_written_schema_in_the_system_message(mode: str) -> None:
    from summarizer.extract import extract_facts
    from summarizer.prompting import summary_messages

    text = "중기부와 재단중앙회는 협약을 체결했다."
    ours = summary_messages(text, extract_facts(text.encode()), mode=mode)
    assert schema_guide(mode) in ours[0]["content"] and ours[0]["content"].startswith(
        SYSTEM.strip()
    )
    # in tools mode the object is the call's arguments: no "reply with JSON" to answer in prose
    assert ("Reply with one JSON object" in ours[0]["content"]) == (mode != "tools")
    _, body = handle_response_model(
        GroundedBriefing, mode=getattr(instructor.Mode, mode.upper()), messages=ours, strict=False
    )
    sent = lean_request(body, ours)["messages"]
    assert sent == ours  # md_json: instructor's own schema text and closing line are not sent
    assert "genius expert" not in json.dumps(sent) and '"properties"' not in json.dumps(sent)
    # a re-ask appends to the conversation: what it appends is sent, our messages stay ours
    reask = [{"role": "assistant", "content": "{}"}, {"role": "user", "content": "fix"}]
    again = lean_request({**body, "messages": [*body["messages"], *reask]}, ours)
    assert again["messages"] == [*ours, *reask]
    # a conversation that is not ours goes as it is
    other = [{"role": "user", "content": "x"}]
    assert lean_request({"messages": other}, ours)["messages"] == other


def test_the_outline_names_the_top_level_keys_and_the_required_ones_only() -> None:
    from summarizer.llm.schema import outline_schema

    full = Briefing.model_json_schema()
    outline = outline_schema(full)
    assert list(outline["properties"]) == list(full["properties"])
    assert outline["required"] == full["required"] and outline["type"] == "object"
    assert all(v == {} for v in outline["properties"].values())  # values: the guide's to say
    assert "description" not in json.dumps(outline) and "title" not in outline
    assert outline_schema({"type": "string"}) == {"type": "string"}  # not an object: as it is
    # every key the outline leaves without a value is written out in the guide
    for key in outline["properties"]:
        assert re.search(rf"^{key}\b", schema_guide(), re.M), key


def test_the_tool_is_the_outline_without_the_docstring_the_system_prompt_says() -> None:
    from summarizer.llm.schema import outline_schema

    _, body = handle_response_model(
        GroundedBriefing, mode=instructor.Mode.TOOLS, messages=[], strict=False
    )
    assert "press release" in body["tools"][0]["function"]["description"]
    sent = lean_request(body, [])["tools"][0]
    assert sent["type"] == "function" and "description" not in sent["function"]
    assert sent["function"]["name"] == "Briefing"
    assert sent["function"]["parameters"] == outline_schema(
        body["tools"][0]["function"]["parameters"]
    )
    assert "press release" in SYSTEM


@pytest.mark.parametrize("shown", [False, True])
def test_a_response_format_is_the_full_grammar_unless_the_server_shows_it(shown: bool) -> None:
    from summarizer.llm.schema import outline_schema

    _, body = handle_response_model(
        GroundedBriefing, mode=instructor.Mode.JSON_SCHEMA, messages=[], strict=False
    )
    schema = lean_request(body, [], schema_shown=shown)["response_format"]["json_schema"]["schema"]
    if shown:  # OpenAI writes it into the prompt: the outline, the guide says the rest
        assert schema == outline_schema(Briefing.model_json_schema())
    else:  # a grammar (llama.cpp, Ollama, vLLM): every nested key, no description
        assert schema["properties"]["parties"]["items"]["required"] == ["name_ko"]
        assert "description" not in json.dumps(schema)


def test_only_openai_is_told_it_shows_the_schema() -> None:
    from summarizer.config import Config
    from summarizer.llm.client import _shows_schema

    assert _shows_schema(Config(api_key="sk-x"))
    assert not _shows_schema(Config(base_url="http://127.0.0.1:8080/v1"))


def test_each_rule_is_said_once() -> None:
    schema = json.dumps(tool_properties(), ensure_ascii=False)
    for rule in (
        "family name in capitals",
        "verbatim",
        "24-hour",
        "not reporters",
        "official name and abbreviation given after =",
        "invent no abbreviation",
    ):
        assert (SYSTEM + schema).count(rule) == 1, rule
        assert (SYSTEM + schema_guide()).count(rule) == 1, rule
    descriptions = [
        node_at(tool_properties(), p).get("description") for p, _, _ in FIELDS
    ]  # a sentence is never both a field's description and a rule
    assert not [d for d in descriptions if d and len(d.split()) > 2 and d.rstrip(".") in SYSTEM]


def test_what_verification_relies_on_is_still_said() -> None:
    assert "Copy verbatim" in SYSTEM and "quotes, cooperation items" in SYSTEM
    assert "OH Youngju" in SYSTEM and "official name and abbreviation given after =" in SYSTEM
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
        if node.get("default", "") is None:  # null by default: the lean schema leaves it out
            types -= {"null"}
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
    assert "$ref" not in text and "$defs" not in text and '"default"' not in text
    assert '"title": "' not in text.replace('"title": "Briefing"', "")  # only the root's
    assert '"null"' not in text  # every nullable field defaults to null: optional, not nullable
    assert "event" not in shape(lean)[""][1]  # optional: a document without one leaves it out


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_batch_api_bodies_carry_the_schema_once_and_compact(mode: str) -> None:
    from summarizer.batch.api_lines import request_body
    from summarizer.config import Config
    from summarizer.extract import extract_facts
    from summarizer.prompting import summary_messages

    messages = summary_messages("doc", extract_facts(b"doc"), mode=mode)
    body = request_body(messages, Config(api_key="sk-x", mode=mode))  # type: ignore[arg-type]
    text = json.dumps(body, ensure_ascii=False)
    if mode == "json_schema":
        assert "description" not in json.dumps(body["response_format"])
    assert body["messages"] == messages  # the schema as we write it, once, in the system
    if mode == "tools":  # the Batch API is OpenAI's: the tool is the outline
        assert body["tools"][0]["function"]["parameters"]["properties"]["event"] == {}
    assert text.count("One sentence: who agreed") == 1


def test_a_schema_is_written_one_line_per_key_with_what_its_value_holds() -> None:
    from summarizer.schema_text import LEGEND, written_schema

    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "Full name."},
            "plain": {"type": "string"},
            "count": {"type": ["integer", "null"], "description": "How many."},
            "mode": {"type": "string", "enum": ["a", "b"], "default": "a"},
            "tags": {"type": "array", "items": {"type": "string"}, "description": "Short."},
            "where": {
                "type": "object",
                "description": "The place.",
                "properties": {"city": {"type": "string"}, "zip": {"type": "integer"}},
            },
            "items": {
                "type": "array",
                "items": {"type": "object", "properties": {"ko": {"type": "string"}}},
            },
        },
    }
    assert written_schema(schema).splitlines() == [
        LEGEND,
        "name: Full name",
        "plain",
        "count: How many (integer)",
        "mode: (a|b)",
        "tags: Short [text]",
        "where: The place {city; zip: (integer)}",
        "items: [{ko}]",
    ]
