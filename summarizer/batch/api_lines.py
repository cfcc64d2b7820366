"""OpenAI Batch API lines: the realtime request body per document, and briefings from answers."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from summarizer.config import Config
from summarizer.models import Briefing, Usage

ENDPOINT = "/v1/chat/completions"


def request_body(messages: list[dict[str, str]], config: Config) -> dict[str, Any]:
    """The chat-completion body the realtime path sends: instructor shapes it for the mode, and
    the schema goes once and compact, the messages as we built them (llm.schema.lean_request)."""
    import instructor
    from instructor.processing import handle_response_model

    from summarizer.llm.schema import lean_request

    mode = {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "md_json": instructor.Mode.MD_JSON,
    }["tools" if config.mode == "auto" else config.mode]  # the Batch API is OpenAI's: tool calls
    _, body = handle_response_model(
        Briefing,
        mode=mode,
        messages=messages,
        model=config.model,
        max_tokens=config.max_tokens,
        temperature=config.temperature,
        strict=False,
    )
    return lean_request(body, messages, schema_shown=True)  # OpenAI shows the schema


def request_line(custom_id: str, body: dict[str, Any]) -> str:
    """One line of the batch input file."""
    line = {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}
    return json.dumps(line, ensure_ascii=False)


_FENCE = re.compile(r"```(?:json)?\s*(\{.*\})\s*```", re.S)


def _answer_json(body: dict[str, Any], mode: str) -> str:
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    if choice.get("finish_reason") == "length":
        raise ValueError("the answer was cut off (finish_reason length)")
    calls = message.get("tool_calls") or []
    if mode == "tools" or calls:
        if not calls:
            raise ValueError("the answer has no tool call")
        return str(calls[0]["function"]["arguments"])
    content = message.get("content") or ""
    if mode == "md_json":
        fenced = _FENCE.search(content)
        return fenced.group(1) if fenced else content
    return str(content)


def parse_answer(line: dict[str, Any], mode: str) -> tuple[Briefing | None, Usage, str | None]:
    """A briefing from one output line, its usage, and why not when it is unusable."""
    response = line.get("response") or {}
    body = response.get("body") or {}
    raw_usage = body.get("usage") or {}
    usage = Usage(
        requests=1,
        prompt_tokens=raw_usage.get("prompt_tokens") or 0,
        completion_tokens=raw_usage.get("completion_tokens") or 0,
    )
    if line.get("error"):
        return None, usage, f"batch error: {line['error']}"
    if response.get("status_code") != 200:
        message = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
        return None, usage, f"HTTP {response.get('status_code')}: {message or 'no answer'}"
    try:
        return Briefing.model_validate_json(_answer_json(body, mode)), usage, None
    except (ValidationError, ValueError, KeyError, IndexError, TypeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return None, usage, f"unusable answer: {first[:160]}"


__all__ = ["ENDPOINT", "parse_answer", "request_body", "request_line"]
