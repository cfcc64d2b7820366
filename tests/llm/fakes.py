"""Helpers for the model-layer tests: an in-process fake chat-completions endpoint (httpx2
MockTransport), canned answers and status replies. No cassette, no network."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2

URL = "http://fake.local/v1"

BRIEF: dict[str, Any] = {
    "title_ko": "중기부-재단중앙회 업무협약",
    "title_en": "MSS and KOREG sign an MOU",
    "headline_en": "MSS and KOREG agreed to support small merchants.",
    "summary_ko": ["중기부와 재단중앙회가 협약을 맺었다."],
    "summary_en": ["MSS and KOREG signed an agreement."],
    "contacts": [
        {"department": "소상공인정책과", "name": "이형철", "role": "과장", "phone": "044-204-7920"}
    ],
}

Reply = httpx2.Response | Callable[[dict[str, Any]], httpx2.Response]


def completion(
    args: dict[str, Any] | str,
    *,
    mode: str = "tools",
    finish: str = "stop",
    usage: tuple[int, int] | None = (100, 20),
) -> httpx2.Response:
    """A chat completion answering with `args` as a tool call (tools) or as content (json modes)."""
    text = args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
    if mode == "tools":
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "Briefing", "arguments": text},
                }
            ],
        }
    else:
        message = {
            "role": "assistant",
            "content": f"```json\n{text}\n```" if mode == "md_json" else text,
        }
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
    }
    if usage is not None:
        body["usage"] = {
            "prompt_tokens": usage[0],
            "completion_tokens": usage[1],
            "total_tokens": usage[0] + usage[1],
        }
    return httpx2.Response(200, json=body)


def status(
    code: int, *, headers: dict[str, str] | None = None, error: dict[str, Any] | None = None
) -> httpx2.Response:
    """An error response as OpenAI-compatible servers send them."""
    return httpx2.Response(
        code, headers=headers or {}, json={"error": error or {"message": f"HTTP {code}"}}
    )


class FakeEndpoint:
    """Answers requests with `replies` in order and keeps what was sent."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = list(replies)
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[bytes] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.raw.append(request.content)
        body = json.loads(request.content)
        self.bodies.append(body)
        if not self.replies:
            raise AssertionError(f"unexpected request #{len(self.bodies)}")
        reply = self.replies.pop(0)
        return reply(body) if callable(reply) else reply
