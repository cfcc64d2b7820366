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


def test_an_object_without_properties_and_an_untyped_key_read_as_object_and_any() -> None:
    fn = {
        "name": "B",
        "parameters": {
            "type": "object",
            "properties": {"event": {"type": "object"}, "title": {}},
            "required": ["title"],
        },
    }
    assert function_ts(fn) == "type B = (_: {\nevent?: object,\ntitle: any,\n}) => any;\n"
