"""Fixed request parts sent through `extra_body`: the server receives the same JSON body."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import httpx2
import openai

from summarizer.llm.presend import as_extra_body, passes_unchanged

SCHEMA = {
    "type": "object",
    "properties": {"title_en": {"type": "string", "description": "Title"}},
    "required": ["title_en"],
}
MESSAGES = [
    {"role": "system", "content": "You summarise."},
    {"role": "user", "content": "보도자료 본문"},
]
REASK = [
    *MESSAGES,
    {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "B", "arguments": "{}"}}
        ],
    },
    {"role": "tool", "tool_call_id": "c1", "content": "fix it"},
]
REQUESTS: list[dict[str, Any]] = [
    {
        "messages": MESSAGES,
        "tools": [{"type": "function", "function": {"name": "B", "parameters": SCHEMA}}],
        "tool_choice": {"type": "function", "function": {"name": "B"}},
    },
    {
        "messages": REASK,
        "tools": [{"type": "function", "function": {"name": "B", "parameters": SCHEMA}}],
        "tool_choice": {"type": "function", "function": {"name": "B"}},
    },
    {
        "messages": MESSAGES,
        "response_format": {"type": "json_schema", "json_schema": {"name": "B", "schema": SCHEMA}},
    },
    {"messages": MESSAGES},
]


def _bodies(wrap: bool) -> list[bytes]:
    sent: list[bytes] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.content)
        return httpx2.Response(500, json={"error": {"message": "stop"}})

    async def run() -> None:
        client = openai.AsyncOpenAI(
            api_key="k",
            base_url="http://test.local/v1",
            max_retries=0,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
        )
        create = client.chat.completions.create
        call = as_extra_body(create) if wrap else create
        for kwargs in REQUESTS:
            with contextlib.suppress(openai.APIStatusError):  # the handler answers 500
                await call(model="m", max_tokens=10, temperature=0, **kwargs)
        await client.close()

    asyncio.run(run())
    return sent


def test_the_server_receives_the_same_body() -> None:
    plain, light = _bodies(False), _bodies(True)
    assert len(plain) == len(light) == len(REQUESTS)
    for a, b in zip(plain, light, strict=True):
        assert json.loads(a) == json.loads(b)
        assert next(iter(json.loads(a))) == next(iter(json.loads(b))) == "messages"


def test_values_the_transform_would_convert_keep_the_sdk_path() -> None:
    assert passes_unchanged("messages", MESSAGES)
    assert not passes_unchanged("messages", iter(MESSAGES))  # an iterator becomes a list
    assert not passes_unchanged("messages", [{"role": "user", "content": b"bytes"}])
