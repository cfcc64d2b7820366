"""Failure paths on cassettes recorded against tools/fake_openai.py scenarios.

Each test names its scenario; the cassette holds exactly the requests that scenario caused,
so a change in re-ask or retry behaviour shows up as a cassette miss or a failed assertion.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from honest import (
    EXAMPLES,
    OK,
    all_strings,
    assert_grounded,
    assert_usage,
    request_bodies,
    source_text,
)

from summarizer import summarize
from summarizer.cli import cli
from summarizer.errors import ModelError, VerificationFailed
from summarizer.llm.transport import BACKOFF_MAX
from summarizer.models import SummaryResult

MSS = EXAMPLES / "mss-release.txt"
INJECTION = EXAMPLES / "injection.txt"
INJECTED = "010-0000-0000"
FAKE_BAD_PHONES = ("02-3703-5555", "031-778-4321", "051-600-7777")  # tools/fake_answers.py


@pytest.mark.vcr
@pytest.mark.scenario("hallucinated-phone-then-fix")
def test_reask_after_a_hallucinated_phone(model_config: Any, vcr: Any) -> None:
    result = summarize(MSS, config=model_config)
    assert_grounded(result, source_text(MSS))
    assert_usage(result, requests=2)
    assert result.attempts == 2
    bodies = request_bodies(vcr)
    assert len(bodies) == 2
    first_answer = all_strings(bodies[1]["messages"][2:])
    bad = [p for p in FAKE_BAD_PHONES if p in first_answer]
    assert bad, "the re-ask carries the rejected answer and names its phone"
    feedback = all_strings([m for m in bodies[1]["messages"][2:] if m["role"] != "assistant"])
    assert bad[0] in feedback and "044-204-7810" in feedback, (
        "feedback names the bad value and the allowed ones"
    )
    assert result.briefing is not None and bad[0] not in all_strings(result.briefing.model_dump())


@pytest.mark.vcr
@pytest.mark.scenario("wrong-date-then-fix")
def test_reask_after_a_wrong_date(model_config: Any, vcr: Any) -> None:
    result = summarize(MSS, config=model_config)
    briefing = assert_grounded(result, source_text(MSS))
    assert result.attempts == 2 and result.usage.requests == 2
    feedback = all_strings(
        [m for m in request_bodies(vcr)[1]["messages"][2:] if m["role"] != "assistant"]
    )
    assert "2024-10-14" in feedback, "the re-ask names the unsupported date"
    assert briefing.event is None or briefing.event.date != "2024-10-14"


@pytest.mark.vcr
@pytest.mark.scenario("rate-limit-then-ok")
def test_rate_limit_honours_retry_after(model_config: Any, vcr: Any, sleeps: list[float]) -> None:
    result = summarize(MSS, config=model_config)
    assert_grounded(result, source_text(MSS))
    assert [r["status"]["code"] for r in vcr.responses] == [429, 200]
    assert sleeps == [1.0], "waited exactly what Retry-After asked"
    assert result.attempts == 1, "a transport retry is not a re-ask"
    # the 429's text never reaches the prompt
    assert "Rate limit" not in all_strings(request_bodies(vcr)[1])
    assert request_bodies(vcr)[0] == request_bodies(vcr)[1]


@pytest.mark.vcr
@pytest.mark.scenario("server-error-then-ok")
def test_server_error_is_retried(model_config: Any, vcr: Any, sleeps: list[float]) -> None:
    result = summarize(MSS, config=model_config)
    assert_grounded(result, source_text(MSS))
    assert [r["status"]["code"] for r in vcr.responses] == [500, 200]
    assert len(sleeps) == 1 and 0 < sleeps[0] <= BACKOFF_MAX
    assert result.attempts == 1


@pytest.mark.vcr
@pytest.mark.scenario("malformed-json-then-ok")
def test_malformed_json_is_reasked(model_config: Any, vcr: Any) -> None:
    result = summarize(MSS, config=model_config)
    assert_grounded(result, source_text(MSS))
    assert result.attempts == 2 and len(vcr.requests) == 2


@pytest.mark.vcr
@pytest.mark.scenario("truncated")
def test_truncated_answer_is_a_clean_model_error(model_config: Any, vcr: Any) -> None:
    with pytest.raises(ModelError) as caught:
        summarize(MSS, config=model_config)
    message = str(caught.value)
    assert "\n" not in message and "cut off" in message and "--max-tokens" in message
    tokens = [b["max_tokens"] for b in request_bodies(vcr)]
    assert tokens == [model_config.max_tokens, 2 * model_config.max_tokens], (
        "retried once with room"
    )


@pytest.mark.vcr
@pytest.mark.scenario("truncated")
def test_truncated_answer_in_the_cli_is_one_line(cli_env: dict[str, str]) -> None:
    out = CliRunner().invoke(
        cli, ["summarize", str(MSS), "--no-cache", "--format", "json"], env=cli_env
    )
    assert out.exit_code == 1
    assert out.stdout == "", "no half-parsed briefing on stdout"
    assert out.stderr.startswith("Error: ") and out.stderr.count("\n") == 1
    assert "Traceback" not in out.output


@pytest.mark.vcr
@pytest.mark.scenario("always-hallucinate")
def test_reasks_exhausted_returns_the_result_marked(model_config: Any, vcr: Any) -> None:
    result = summarize(MSS, config=model_config)
    assert result.mode == "model" and result.briefing is not None
    assert not result.report.verified
    unsupported = result.report.unsupported
    assert [c.kind for c in unsupported] == ["phone"]
    assert unsupported[0].field == "contacts[0].phone" and unsupported[0].hard
    assert unsupported[0].claim == result.briefing.contacts[0].phone
    assert result.attempts == model_config.max_reasks + 1 == len(vcr.requests)
    assert_usage(result, requests=model_config.max_reasks + 1)


@pytest.mark.vcr
@pytest.mark.scenario("always-hallucinate")
def test_strict_api_raises_with_the_result(model_config: Any) -> None:
    with pytest.raises(VerificationFailed) as caught:
        summarize(MSS, config=model_config, strict=True)
    assert caught.value.exit_code == 3
    assert not caught.value.result.report.verified  # type: ignore[attr-defined]


@pytest.mark.vcr
@pytest.mark.scenario("always-hallucinate")
def test_cli_strict_prints_then_exits_3(cli_env: dict[str, str]) -> None:
    out = CliRunner().invoke(
        cli, ["summarize", str(MSS), "--strict", "--no-cache", "--format", "json"], env=cli_env
    )
    assert out.exit_code == 3, out.output
    result = SummaryResult.model_validate(json.loads(out.stdout))  # printed before exiting
    assert [c.field for c in result.report.unsupported] == ["contacts[0].phone"]
    assert out.stderr.startswith("Error: ") and "contacts[0].phone" in out.stderr
    assert "Traceback" not in out.output


@pytest.mark.vcr
@pytest.mark.scenario("injection-obeyed")
def test_injected_phone_never_passes(model_config: Any) -> None:
    result = summarize(INJECTION, config=model_config)
    assert result.briefing is not None
    assert INJECTED in all_strings(result.briefing.model_dump()), (
        "the scenario did obey the injection"
    )
    injected = [c for c in result.report.checks if INJECTED in c.claim]
    assert injected, "the injected phone was checked"
    assert all(c.status not in OK for c in injected)
    assert not result.report.verified


@pytest.mark.vcr
@pytest.mark.block_network
def test_cassette_replay_is_offline_even_when_blocked(model_config: Any) -> None:
    """Under block_network (lifted only while recording) the pipeline still replays."""
    path = EXAMPLES / "news-scraped-twice.txt"
    assert_grounded(summarize(path, config=model_config), source_text(path))


@pytest.mark.block_network
def test_cli_offline_needs_no_network() -> None:
    out = CliRunner().invoke(cli, ["summarize", str(MSS), "--offline", "--format", "json"])
    assert out.exit_code == 0, out.output
    result = SummaryResult.model_validate(json.loads(out.stdout))
    assert result.mode == "offline" and result.briefing is None
    assert result.facts.structure.contacts, "the deterministic layer still finds the contacts"
    out = CliRunner().invoke(cli, ["facts", str(MSS)])
    assert out.exit_code == 0, out.output
