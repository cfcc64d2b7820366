"""Cassettes recorded against a REAL llama.cpp `llama-server` (see cassettes/README.md).

The model behind them is tiny and untrained (tools/make_tiny_gguf.py): its answers are noise
that a grammar keeps schema-valid. What these tests prove is how the project meets a real local
server — the `--mode auto` probe, field instructions in the prompt when the schema is only a
grammar, and the errors a small context or a server without forced tool calls produce — and
that a garbage briefing shows nothing as verified. Recording needs three servers (contexts
8192, 4096 and 2048); `tools/record_local_cassettes.sh` starts them. Replay needs nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from summarizer import summarize
from summarizer.config import Config
from summarizer.errors import ModelError
from summarizer.llm import server
from summarizer.render import render_summary
from summarizer.schema_text import schema_guide

ROOT = Path(__file__).resolve().parents[2]
MSS = ROOT / "examples" / "mss-release.txt"
MODEL = "tiny-qwen2"
# Recording reads these; replay never connects (host and port are not matched).
ROOMY = os.environ.get("SUMMARIZER_LLAMA_URL", "http://127.0.0.1:8081/v1")  # -c 8192
SMALL = os.environ.get("SUMMARIZER_LLAMA_SMALL_URL", "http://127.0.0.1:8082/v1")  # -c 2048
# Room for the prompt and a few hundred tokens: filling it takes minutes, not an hour, on 2 cores.
MID = os.environ.get("SUMMARIZER_LLAMA_MID_URL", "http://127.0.0.1:8083/v1")  # -c 4096


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(ROOT / "cassettes" / "llama-cpp")


@pytest.fixture(autouse=True)
def _only_against_llama(recording: bool) -> None:
    if recording and "SUMMARIZER_LLAMA_URL" not in os.environ:
        pytest.skip("recorded against llama-server only: tools/record_local_cassettes.sh")
    server.forget()


def _config(tmp_path: Path, base_url: str, **kw: Any) -> Config:
    return Config(
        model=MODEL,
        base_url=base_url,
        api_key=None,
        timeout=900,  # an untrained model under a grammar on 2 CPU cores is slow
        cache_dir=tmp_path / "cache",
        log_db=tmp_path / "logs.db",
        use_cache=False,
        **kw,
    )


def _posts(vcr: Any) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in vcr.requests if r.method == "POST"]


def _assert_honest(result: Any, text: str) -> None:
    """Whatever the model said, a claim marked verified rests on a span of the source."""
    for check in result.report.checks:
        if check.ok and check.span is not None:
            assert text[check.span.start : check.span.end], check
        if check.ok:
            assert check.span is not None, f"verified without a span: {check}"


@pytest.mark.vcr
def test_auto_mode_probes_llama_cpp_and_asks_for_a_grammar(tmp_path: Path, vcr: Any) -> None:
    result = summarize(MSS, config=_config(tmp_path, ROOMY))  # no --mode: auto
    gets = [r.path for r in vcr.requests if r.method == "GET"]
    assert gets == ["/props"], "one probe, and llama.cpp answers it"
    posts = _posts(vcr)
    assert posts and all(p["response_format"]["type"] == "json_schema" for p in posts)
    assert "tools" not in posts[0]
    system = posts[0]["messages"][0]["content"]
    assert "{date: YYYY-MM-DD; time: Start, 24-hour HH:MM;" in system, (
        "instructions reach the model"
    )
    assert "description" not in json.dumps(posts[0]["response_format"]), "not sent twice"
    assert result.mode == "model" and result.usage is not None
    assert result.usage.requests == len(posts) == result.attempts
    _assert_honest(result, MSS.read_text(encoding="utf-8"))
    markdown = render_summary(result)
    assert markdown.count("```") % 2 == 0, "a model string never opens a code block"


@pytest.mark.vcr
def test_json_schema_mode_carries_the_field_instructions(tmp_path: Path, vcr: Any) -> None:
    result = summarize(MSS, config=_config(tmp_path, ROOMY, mode="json_schema"))
    assert not [r for r in vcr.requests if r.method == "GET"], "an explicit mode needs no probe"
    system = _posts(vcr)[0]["messages"][0]["content"]
    assert schema_guide() in system and "summary_en: Same points, same order [text]" in system
    _assert_honest(result, MSS.read_text(encoding="utf-8"))


@pytest.mark.vcr
def test_tools_mode_on_a_server_that_does_not_force_tool_calls(tmp_path: Path, vcr: Any) -> None:
    cfg = _config(tmp_path, ROOMY, mode="tools", max_tokens=128)
    with pytest.raises(ModelError) as caught:
        summarize(MSS, config=cfg)
    message = str(caught.value)
    assert "\n" not in message and "without a tool call" in message and "--mode auto" in message
    assert len(_posts(vcr)) == 1, "more room cannot turn prose into a tool call"


@pytest.mark.vcr
def test_a_prompt_larger_than_the_context_is_named(tmp_path: Path, vcr: Any) -> None:
    with pytest.raises(ModelError) as caught:
        summarize(MSS, config=_config(tmp_path, SMALL, mode="json_schema"))
    message = str(caught.value)
    assert "\n" not in message and "does not fit the context window" in message
    assert "context 2048" in message and "-c" in message and "--mode" not in message
    assert len(_posts(vcr)) == 1, "an overflow is not retried"


@pytest.mark.vcr
def test_a_context_that_fills_mid_answer_is_not_a_max_tokens_problem(
    tmp_path: Path, vcr: Any
) -> None:
    # md_json: no grammar, so the untrained model writes until the 4096-token context is full,
    # before its answer limit (prompt plus that limit exceed the context).
    with pytest.raises(ModelError) as caught:
        summarize(MSS, config=_config(tmp_path, MID, mode="md_json", max_tokens=8192))
    message = str(caught.value)
    assert "\n" not in message and "ran out of context after" in message
    assert "--max-tokens" not in message
    assert len(_posts(vcr)) == 1, "doubling max_tokens cannot help a full context"
