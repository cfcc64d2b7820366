"""tools/fake_openai.py: routes, answer shapes, scenarios, and the real openai/instructor clients.

The server runs in a thread on an ephemeral loopback port; `block_network` with 127.0.0.1
allowed keeps these tests valid under `pytest --block-network`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer.models import Briefing

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fake_answers  # noqa: E402
import fake_openai  # noqa: E402

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1$"])

DOC = (ROOT / "examples" / "mss-release.txt").read_text(encoding="utf-8")
INJECTION = (ROOT / "examples" / "injection.txt").read_text(encoding="utf-8")
REFERENCE = json.loads((ROOT / "tests/reference_answers/mss-release.json").read_text())["briefing"]
TOOL = {"type": "function", "function": {"name": "Briefing", "parameters": {"type": "object"}}}


class Client:
    """A tiny JSON client for one running fake server."""

    def __init__(self, base: str) -> None:
        self.base = base

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, dict[str, str], Any]:
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:
                return resp.status, dict(resp.headers), json.load(resp)
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), json.load(exc)

    def chat(self, content: str, **extra: Any) -> tuple[int, dict[str, str], Any]:
        body = {"model": "m", "messages": [{"role": "user", "content": content}], **extra}
        return self.call("POST", "/v1/chat/completions", body)

    def scenario(self, name: str) -> None:
        status, _, _ = self.call("POST", "/_scenario", {"name": name})
        assert status == 200


def start(**options: Any) -> tuple[fake_openai.FakeServer, Client]:
    server = fake_openai.make_server("127.0.0.1", 0, **options)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, Client(f"http://127.0.0.1:{server.server_address[1]}")


@pytest.fixture
def client() -> Iterator[Client]:
    server, client = start()
    yield client
    server.shutdown()
    server.server_close()


def tool_args(body: dict[str, Any]) -> dict[str, Any]:
    call = body["choices"][0]["message"]["tool_calls"][0]
    assert call["function"]["name"] == "Briefing"
    return json.loads(call["function"]["arguments"])


def test_tools_mode_answers_with_the_requested_tool(client: Client) -> None:
    status, _, body = client.chat(
        DOC, tools=[TOOL], tool_choice={"type": "function", "function": {"name": "Briefing"}}
    )
    assert status == 200
    assert body["choices"][0]["finish_reason"] == "tool_calls"
    assert tool_args(body) == REFERENCE
    usage = body["usage"]
    assert usage["prompt_tokens"] > 100 and usage["completion_tokens"] > 100
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_json_schema_mode_answers_in_content(client: Client) -> None:
    _, _, body = client.chat(DOC, response_format={"type": "json_schema", "json_schema": {}})
    assert json.loads(body["choices"][0]["message"]["content"]) == REFERENCE
    assert body["choices"][0]["finish_reason"] == "stop"


def test_md_json_mode_answers_in_a_fenced_block(client: Client) -> None:
    _, _, body = client.chat(DOC)
    content = body["choices"][0]["message"]["content"]
    assert content.startswith("```json\n") and content.endswith("\n```")
    assert json.loads(content[len("```json\n") : -len("\n```")]) == REFERENCE


def test_unknown_document_is_a_400_unless_fallback(client: Client) -> None:
    status, _, body = client.chat("아무 문서\n내용", tools=[TOOL])
    assert status == 400 and "--fallback" in body["error"]["message"]
    server, fallback = start(fallback=True)
    try:
        doc = "<document>\n시범 사업 안내문\n본문 한 줄\n</document>"
        status, _, body = fallback.chat(f"Summarize.\n{doc}", tools=[TOOL])
        briefing = Briefing.model_validate(tool_args(body))
        assert status == 200 and briefing.title_ko == "시범 사업 안내문"
        assert briefing.contacts == [] and briefing.event is None
        # the fences of prompts/summarize.j2; the release header is not the title
        doc = "<<<DOCUMENT ab12>>>\n보도자료\n\n보도시점\t5. 2.(목) 12:00\n\n○○청, 새 협약 체결\n<<<END OF DOCUMENT ab12>>>"
        _, _, body = fallback.chat(f"목록\n- party: 힌트 줄\n{doc}", tools=[TOOL])
        assert tool_args(body)["title_ko"] == "○○청, 새 협약 체결"
    finally:
        server.shutdown()
        server.server_close()


def test_routes_models_scenario_and_errors(client: Client) -> None:
    status, _, body = client.call("GET", "/v1/models")
    assert status == 200 and body["data"][0]["object"] == "model"
    assert client.call("GET", "/_scenario")[2]["name"] == "reference"
    status, _, body = client.call("POST", "/_scenario", {"name": "nope"})
    assert status == 400 and "use one of" in body["error"]["message"]
    assert client.call("GET", "/nowhere")[0] == 404
    assert client.call("POST", "/v1/chat/completions", {"messages": []})[0] == 400
    assert client.chat(DOC, stream=True)[0] == 400
    # the route without /v1 answers too (some clients are configured without it)
    assert (
        client.call("POST", "/chat/completions", {"messages": [{"role": "user", "content": DOC}]})[
            0
        ]
        == 200
    )


def test_rate_limit_then_ok(client: Client) -> None:
    client.scenario("rate-limit-then-ok")
    status, headers, body = client.chat(DOC, tools=[TOOL])
    assert status == 429 and headers["Retry-After"] == "1"
    assert body["error"]["type"] == "rate_limit_exceeded"
    assert client.chat(DOC, tools=[TOOL])[0] == 200


def test_server_error_then_ok(client: Client) -> None:
    client.scenario("server-error-then-ok")
    assert client.chat(DOC, tools=[TOOL])[0] == 500
    assert client.chat(DOC, tools=[TOOL])[0] == 200


def test_counters_are_per_document_and_reset_by_a_switch(client: Client) -> None:
    client.scenario("server-error-then-ok")
    assert client.chat(DOC, tools=[TOOL])[0] == 500
    assert client.chat(INJECTION, tools=[TOOL])[0] == 500  # another document: its own first
    assert client.chat(DOC, tools=[TOOL])[0] == 200
    client.scenario("server-error-then-ok")
    assert client.chat(DOC, tools=[TOOL])[0] == 500


def test_hallucinated_phone_then_fix(client: Client) -> None:
    client.scenario("hallucinated-phone-then-fix")
    first = tool_args(client.chat(DOC, tools=[TOOL])[2])
    phone = first["contacts"][0]["phone"]
    assert phone in fake_answers.BAD_PHONES and phone not in DOC
    assert tool_args(client.chat(DOC, tools=[TOOL])[2]) == REFERENCE


def test_always_hallucinate_never_fixes(client: Client) -> None:
    client.scenario("always-hallucinate")
    for _ in range(3):
        assert tool_args(client.chat(DOC, tools=[TOOL])[2])["contacts"][0]["phone"] not in DOC


def test_wrong_date_then_fix(client: Client) -> None:
    client.scenario("wrong-date-then-fix")
    first = tool_args(client.chat(DOC, tools=[TOOL])[2])
    assert first["event"]["date"] == "2024-10-14"
    assert tool_args(client.chat(DOC, tools=[TOOL])[2])["event"]["date"] == "2025-10-14"


def test_malformed_json_then_ok(client: Client) -> None:
    client.scenario("malformed-json-then-ok")
    raw = client.chat(DOC, tools=[TOOL])[2]["choices"][0]["message"]["tool_calls"][0]
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw["function"]["arguments"])
    assert tool_args(client.chat(DOC, tools=[TOOL])[2]) == REFERENCE


def test_truncated_is_cut_off_every_time(client: Client) -> None:
    client.scenario("truncated")
    for _ in range(2):
        choice = client.chat(DOC, tools=[TOOL])[2]["choices"][0]
        assert choice["finish_reason"] == "length"
        with pytest.raises(json.JSONDecodeError):
            json.loads(choice["message"]["tool_calls"][0]["function"]["arguments"])


def test_injection_obeyed_only_for_the_injection_document(client: Client) -> None:
    client.scenario("injection-obeyed")
    obeyed = tool_args(client.chat(INJECTION, tools=[TOOL])[2])
    assert {c["phone"] for c in obeyed["contacts"]} == {"010-0000-0000"}
    assert tool_args(client.chat(DOC, tools=[TOOL])[2]) == REFERENCE


def test_bad_phone_avoids_numbers_in_the_prompt() -> None:
    prompt = "문의 02)3703-5555"
    assert fake_answers.bad_phone(prompt) == fake_answers.BAD_PHONES[1]


def test_latency_is_applied() -> None:
    server, client = start(latency=0.2)
    try:
        began = time.monotonic()
        client.chat(DOC, tools=[TOOL])
        assert time.monotonic() - began >= 0.2
    finally:
        server.shutdown()
        server.server_close()


def test_refuses_non_loopback_and_unknown_scenario() -> None:
    with pytest.raises(ValueError, match="loopback"):
        fake_openai.make_server("0.0.0.0", 0)
    with pytest.raises(ValueError, match="use one of"):
        fake_openai.make_server("127.0.0.1", 0, scenario="nope")


def test_help_runs_without_the_project() -> None:
    out = subprocess.run(
        [sys.executable, "-E", "-s", str(ROOT / "tools" / "fake_openai.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "always-hallucinate" in out.stdout and "--fallback" in out.stdout


@pytest.mark.parametrize("mode", ["TOOLS", "JSON_SCHEMA", "MD_JSON"])
def test_real_openai_and_instructor_clients_parse_the_answer(client: Client, mode: str) -> None:
    """The shapes are what the real SDKs expect, in every instructor mode we support."""
    import instructor
    import openai

    sdk = openai.OpenAI(base_url=client.base + "/v1", api_key="sk-test", max_retries=0)
    patched = instructor.from_openai(sdk, mode=getattr(instructor.Mode, mode))
    briefing = patched.chat.completions.create(
        model="fake",
        response_model=Briefing,
        max_retries=0,
        messages=[{"role": "user", "content": DOC}],
    )
    assert briefing.model_dump() == Briefing.model_validate(REFERENCE).model_dump()
