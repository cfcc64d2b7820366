"""benchmarks/function_ts.py writes a function tool the way the harmony format shows one to the
model (TypeScript-like), so the token bench counts what OpenAI's model reads."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from function_ts import function_ts


def test_a_function_reads_as_the_harmony_format_writes_it() -> None:
    weather = {
        "name": "get_weather",
        "description": "Weather in a place.",
        "parameters": {
            "type": "object",
            "properties": {
                "place": {"type": "string", "description": "City and country"},
                "unit": {"type": "string", "enum": ["c", "f"], "default": "c"},
                "days": {"type": "array", "items": {"type": "integer"}},
            },
            "required": ["place"],
        },
    }
    assert function_ts(weather) == (
        "// Weather in a place.\n"
        "type get_weather = (_: {\n"
        "// City and country\n"
        "place: string,\n"
        'unit?: "c" | "f", // default: c\n'
        "days?: number[],\n"
        "}) => any;\n"
    )
    assert function_ts({"name": "now", "parameters": {}}) == "type now = () => any;\n"


def test_nested_objects_are_indented_and_described_once_per_rule() -> None:
    fn = {
        "name": "B",
        "parameters": {
            "type": "object",
            "properties": {
                "event": {
                    "type": "object",
                    "description": "The signing",
                    "properties": {"date": {"type": ["string", "null"]}},
                },
                "names": {"type": "array", "items": {"type": "string"}, "description": "Short"},
            },
        },
    }
    # an object's own description shows above the key and again above its braces (harmony)
    assert function_ts(fn) == (
        "type B = (_: {\n"
        "// The signing\n"
        "event?:     // The signing\n"
        "{\n"
        "    date?: string | null,\n"
        "    },\n"
        "// Short\n"
        "names?: string[],\n"
        "}) => any;\n"
    )


def test_an_object_without_properties_and_an_untyped_key_read_as_harmony_writes_them() -> None:
    fn = {
        "name": "B",
        "parameters": {
            "type": "object",
            "properties": {"event": {"type": "object"}, "title": {}},
            "required": ["title"],
        },
    }
    assert function_ts(fn) == "type B = (_: {\nevent?: {\n    },\ntitle: any,\n}) => any;\n"


def test_the_token_bench_counts_what_each_server_writes_into_the_prompt() -> None:
    import instructor
    from bench_prompt_tokens import _MODE, _schema_text
    from instructor.processing import handle_response_model

    from summarizer.llm.grounded import GroundedBriefing
    from summarizer.llm.schema import lean_request

    _MODE.update(tools=instructor.Mode.TOOLS, json_schema=instructor.Mode.JSON_SCHEMA)

    def body(mode: str, shown: bool) -> dict[str, object]:
        _, raw = handle_response_model(GroundedBriefing, mode=_MODE[mode], messages=[])
        return lean_request(raw, [], schema_shown=shown)

    tools = body("tools", False)
    assert _schema_text("tools", tools).startswith('[{"type": "function"')  # a chat template
    assert _schema_text("tools", tools, alt=True).startswith("type Briefing = (_: {")  # OpenAI
    shown = _schema_text("json_schema", body("json_schema", True))  # OpenAI's developer message
    assert shown.startswith("# Response Formats\n\n## Briefing\n\n{") and ", " not in shown
    assert _schema_text("json_schema", body("json_schema", False), alt=True) == ""  # a grammar
    assert _schema_text("md_json", {}) == ""
