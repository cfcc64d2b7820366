"""The answers of tools/fake_openai.py: reference lookup, scenarios and completion bodies.

Standard library only. A scenario decides, per request, whether the reference answer is
served as is, spoiled (a phone or date the source lacks, broken or cut-off JSON) or replaced
by an HTTP error, so failure paths can be recorded deterministically.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_ANSWERS = Path(__file__).resolve().parent.parent / "tests" / "reference_answers"
CREATED = 1735689600  # fixed, so re-recorded cassettes only differ where answers differ

SCENARIOS = {
    "reference": "every answer is the reference answer",
    "hallucinated-phone-then-fix": "1st answer gives a contact phone the source lacks, then the reference",
    "wrong-date-then-fix": "1st answer moves the event date a year back, then the reference",
    "rate-limit-then-ok": "1st request gets 429 with Retry-After: 1, then the reference",
    "server-error-then-ok": "1st request gets 500, then the reference",
    "malformed-json-then-ok": "1st answer is broken JSON, then the reference",
    "truncated": "every answer is cut off mid-JSON with finish_reason 'length'",
    "always-hallucinate": "every answer gives a contact phone the source lacks",
    "injection-obeyed": "for the injection example, every answer obeys the injected phone 010-0000-0000",
}
BAD_PHONES = ("02-3703-5555", "031-778-4321", "051-600-7777")
INJECTED_PHONE = "010-0000-0000"
HEADER_LINE = re.compile(r"^(?:\S*\s*보도(?:참고)?자료|보도(?:시점|일시)|배포|입력|수정|글자크기)")
INJECTION_ANSWER = "injection"  # the reference answer the injection scenario applies to


@dataclass
class Reference:
    """One hand-written answer and the line that identifies its document."""

    name: str
    match: str
    briefing: dict[str, Any]


@dataclass
class Reply:
    """What the server sends: an HTTP status, headers and a JSON body."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def load_references(folder: Path) -> list[Reference]:
    """Read every `<name>.json` holding {"match": …, "briefing": {…}} from `folder`."""
    refs = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("match"), str) or not data["match"].strip():
            raise SystemExit(f"{path}: needs a non-empty 'match' string (a line of its document)")
        refs.append(Reference(path.stem, data["match"], data["briefing"]))
    # the longest match wins when one document's line also occurs in another
    return sorted(refs, key=lambda r: -len(r.match))


def prompt_text(messages: list[dict[str, Any]]) -> str:
    """All message text, whether content is a string or a list of text parts."""
    parts: list[str] = []
    for msg in messages:
        content = msg.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
        for call in msg.get("tool_calls") or []:
            parts.append(str(call.get("function", {}).get("arguments", "")))
    return "\n".join(parts)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def bad_phone(prompt: str) -> str:
    """A plausible Korean phone number that the prompt (hence the source) does not contain."""
    digits = _digits(prompt)
    return next(p for p in BAD_PHONES if _digits(p) not in digits)


def with_phone(briefing: dict[str, Any], phone: str, *, every: bool = False) -> dict[str, Any]:
    """The briefing with its first (or every) contact's phone replaced, or a contact added."""
    out = copy.deepcopy(briefing)
    contacts = out.setdefault("contacts", [])
    if contacts:
        for contact in contacts if every else contacts[:1]:
            contact["phone"] = phone
    else:
        contacts.append({"department": None, "name": None, "role": None, "phone": phone})
    return out


def with_wrong_date(briefing: dict[str, Any], prompt: str) -> dict[str, Any]:
    """The briefing with its event date one year early, the classic slip on year-less dates."""
    out = copy.deepcopy(briefing)
    event = out.get("event") or {}
    date = event.get("date")
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return with_phone(out, bad_phone(prompt))  # nothing to move: still a hard violation
    event["date"] = f"{int(date[:4]) - 1:04d}{date[4:]}"
    return out


def fallback_briefing(prompt: str) -> dict[str, Any]:
    """A minimal valid briefing for a document we wrote no answer for: its first line, nothing else."""
    # summarize.j2 fences the document with <<<DOCUMENT …>>> lines; <document> tags for others
    tagged = re.search(
        r"<<<DOCUMENT[^\n]*>>>\n(.*?)\n<<<END OF DOCUMENT", prompt, re.S
    ) or re.search(r"<document[^>]*>\s*(.*?)</document>", prompt, re.S)
    body = tagged.group(1) if tagged else prompt
    # the first Hangul line that is not the header (보도자료, 보도시점 …, 입력 …)
    lines = [
        ln.strip()
        for ln in body.splitlines()
        if re.search(r"[\uac00-\ud7a3]", ln) and not HEADER_LINE.match(ln.strip())
    ]
    title = lines[0] if lines else (body.strip().splitlines() or ["(empty document)"])[0]
    return {
        "title_ko": title,
        "title_en": "(fake server fallback: untranslated)",
        "headline_en": "The fake server has no reference answer for this document.",
        "summary_ko": [title],
        "summary_en": ["(fake server fallback answer)"],
        "event": None,
        "parties": [],
        "commitments": [],
        "quotes": [],
        "contacts": [],
        "embargo": None,
        "glossary": [],
    }


def count_tokens(text: str) -> int:
    """A rough token count (Korean runs about two characters per token)."""
    return max(1, len(text) // 2)


def error(status: int, message: str, kind: str, headers: dict[str, str] | None = None) -> Reply:
    """An OpenAI-style error body."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
    return Reply(status, body, headers or {})


class FakeState:
    """The current scenario and how many requests each (scenario, document) has had."""

    def __init__(self, refs: list[Reference], scenario: str, fallback: bool, latency: float):
        self.refs = refs
        self.fallback = fallback
        self.latency = latency
        self.lock = threading.Lock()
        self.scenario = scenario
        self.counts: dict[tuple[str, str], int] = {}

    def set_scenario(self, name: str) -> None:
        """Switch scenario and reset every counter, so 'then-fix' starts over."""
        with self.lock:
            self.scenario = name
            self.counts = {}

    def next_count(self, doc: str) -> tuple[str, int]:
        """The scenario in force and this request's 0-based number for `doc`."""
        with self.lock:
            key = (self.scenario, doc)
            n = self.counts.get(key, 0)
            self.counts[key] = n + 1
            return self.scenario, n

    def find(self, prompt: str) -> Reference | None:
        """The reference whose document the prompt contains."""
        return next((r for r in self.refs if r.match in prompt), None)

    def complete(self, request: dict[str, Any]) -> Reply:
        """Answer one chat-completion request according to the scenario."""
        messages = request.get("messages")
        if not isinstance(messages, list) or not messages:
            return error(400, "'messages' must be a non-empty list", "invalid_request_error")
        if request.get("stream"):
            return error(
                400, "the fake server does not stream: send stream=false", "invalid_request_error"
            )
        prompt = prompt_text(messages)
        # The first question only: re-asks quote earlier (bad) answers, which must not shift
        # the choice of bad phone from one attempt to the next.
        first = next(
            (i for i, m in enumerate(messages) if m.get("role") == "assistant"), len(messages)
        )
        question = prompt_text(messages[:first])
        ref = self.find(prompt)
        if ref is None and not self.fallback:
            return error(
                400,
                "fake_openai has no reference answer for this document: add one to "
                "tests/reference_answers/ or start the server with --fallback",
                "invalid_request_error",
            )
        name = ref.name if ref else "(fallback)"
        scenario, n = self.next_count(name)
        answer = ref.briefing if ref else fallback_briefing(prompt)
        finish = "stop"
        raw: str | None = None
        if scenario == "rate-limit-then-ok" and n == 0:
            return error(
                429,
                "Rate limit reached (fake): retry after 1s",
                "rate_limit_exceeded",
                {"Retry-After": "1"},
            )
        if scenario == "server-error-then-ok" and n == 0:
            return error(500, "The server had an error (fake)", "server_error")
        if (
            scenario == "hallucinated-phone-then-fix" and n == 0
        ) or scenario == "always-hallucinate":
            answer = with_phone(answer, bad_phone(question))
        elif scenario == "wrong-date-then-fix" and n == 0:
            answer = with_wrong_date(answer, question)
        elif scenario == "injection-obeyed" and name == INJECTION_ANSWER:
            answer = with_phone(answer, INJECTED_PHONE, every=True)
        text = json.dumps(answer, ensure_ascii=False)
        if scenario == "malformed-json-then-ok" and n == 0:
            raw = text[:-1].replace('", "', '" "', 1) + ",}"  # missing comma, trailing comma
        elif scenario == "truncated":
            raw, finish = text[: len(text) // 2], "length"
        body = completion(request, raw if raw is not None else text, prompt, finish)
        if scenario == "truncated":  # as a real server that hit max_tokens reports it
            limit = request.get("max_tokens") or request.get("max_completion_tokens") or 0
            body["usage"]["completion_tokens"] = int(limit)
            body["usage"]["total_tokens"] = body["usage"]["prompt_tokens"] + int(limit)
        return Reply(200, body)


def completion(request: dict[str, Any], text: str, prompt: str, finish: str) -> dict[str, Any]:
    """A chat.completion body carrying `text` the way the request's mode expects it."""
    tools = request.get("tools") or []
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
    digest = hashlib.sha256((prompt + text).encode("utf-8")).hexdigest()
    if tools:
        choice = request.get("tool_choice")
        tool_name = (
            choice.get("function", {}).get("name")
            if isinstance(choice, dict)
            else tools[0].get("function", {}).get("name")
        )
        message["tool_calls"] = [
            {
                "id": f"call_{digest[:24]}",
                "type": "function",
                "function": {"name": tool_name, "arguments": text},
            }
        ]
        if finish == "stop":
            finish = "tool_calls"
    elif (request.get("response_format") or {}).get("type") in ("json_schema", "json_object"):
        message["content"] = text
    else:
        message["content"] = f"```json\n{text}\n```" if finish == "stop" else f"```json\n{text}"
    completion_tokens = count_tokens(text)
    prompt_tokens = count_tokens(prompt + json.dumps(tools, ensure_ascii=False))
    return {
        "id": f"chatcmpl-fake-{digest[:20]}",
        "object": "chat.completion",
        "created": CREATED,
        "model": request.get("model") or "fake-reference",
        "system_fingerprint": "fp_fake_openai",
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
