"""The instructor call against an in-process fake endpoint: re-asks, truncation, usage, safety."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx2
import pytest
from fakes import BRIEF, URL, completion, status

from summarizer.config import Config
from summarizer.errors import ModelError
from summarizer.llm import arequest_briefing, request_briefing
from summarizer.llm.call import summarise_error
from summarizer.llm.grounded import grounded
from summarizer.models import Briefing, Usage

MESSAGES = [{"role": "system", "content": "규칙"}, {"role": "user", "content": "문서"}]
GOOD_PHONE = "044-204-7920"
HTML = {"content-type": "text/html; charset=utf-8"}
JSON = {"content-type": "application/json"}


def phone_check(briefing: Briefing) -> str | None:
    """Stands in for the verifier: only the document's phone number is allowed."""
    for i, c in enumerate(briefing.contacts):
        if c.phone and c.phone != GOOD_PHONE:
            return f"contacts[{i}].phone: {c.phone!r} is not in the document; allowed: {GOOD_PHONE}"
    return None


def with_phone(phone: str) -> dict[str, Any]:
    return {**BRIEF, "contacts": [{"name": "이형철", "phone": phone}]}


def test_grounded_model_keeps_the_briefing_schema() -> None:
    with grounded(lambda b: None, []) as model:
        assert model.__name__ == "Briefing"
        assert model.model_json_schema() == Briefing.model_json_schema()


def test_the_schema_is_built_once_and_every_caller_gets_a_copy() -> None:
    from pydantic.json_schema import model_json_schema

    from summarizer.llm.schema import lean_schema, strip_annotations
    from summarizer.models.lean_schema import LeanJsonSchema

    first = Briefing.model_json_schema()
    assert first == model_json_schema(Briefing, schema_generator=LeanJsonSchema)
    first["properties"].clear()  # a caller changing its copy changes nobody else's
    assert Briefing.model_json_schema()["properties"]
    assert Briefing.model_json_schema(mode="serialization") == model_json_schema(
        Briefing, schema_generator=LeanJsonSchema, mode="serialization"
    )
    sent: list[Any] = []
    create = lean_schema(lambda **kw: sent.append(kw["response_format"]["json_schema"]["schema"]))
    for _ in range(2):
        create(response_format={"json_schema": {"schema": Briefing.model_json_schema()}})
    other = {"type": "object", "description": "x", "properties": {"a": {"title": "A"}}}
    create(response_format={"json_schema": {"schema": other}})
    stripped = strip_annotations(Briefing.model_json_schema())
    assert sent[0] == sent[1] == stripped and sent[0] is not sent[1]
    assert sent[2] == {"type": "object", "properties": {"a": {}}}


def test_grounding_applies_only_inside_its_block() -> None:
    seen: list[Briefing] = []
    check = lambda b: "contacts[0].phone: not in the source"  # noqa: E731
    with grounded(check, seen) as model, pytest.raises(ValueError, match="not in the source") as e:
        model.model_validate(BRIEF)
    assert len(seen) == 1
    # the re-ask carries the verifier's words, not pydantic's prefix and documentation link
    assert "Value error" not in str(e.value) and "errors.pydantic.dev" not in str(e.value)
    model.model_validate(BRIEF)  # outside the block nothing is checked
    assert len(seen) == 1


def test_first_answer_accepted_with_usage_and_cost(fake, config: Config) -> None:
    client, endpoint = fake([completion(BRIEF, usage=(1000, 200))])
    out = request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert type(out.briefing) is Briefing
    assert out.briefing.model_dump() == Briefing.model_validate(BRIEF).model_dump()
    assert (out.attempts, out.exhausted) == (1, False)
    assert (out.usage.requests, out.usage.prompt_tokens, out.usage.completion_tokens) == (
        1,
        1000,
        200,
    )
    assert out.usage.cost_usd == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)
    sent = endpoint.bodies[0]
    assert (
        sent["model"] == "gpt-4o-mini" and sent["temperature"] == 0 and sent["max_tokens"] == 4096
    )
    assert sent["tools"][0]["function"]["name"] == "Briefing"


def test_unsupported_value_is_reasked_with_targeted_feedback(fake, config: Config) -> None:
    client, endpoint = fake(
        [completion(with_phone("02-123-4567")), completion(with_phone(GOOD_PHONE))]
    )
    out = request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert out.briefing.contacts[0].phone == GOOD_PHONE
    assert (out.attempts, out.usage.requests, out.usage.prompt_tokens) == (2, 2, 200)
    feedback = json.dumps(endpoint.bodies[1]["messages"][-1], ensure_ascii=False)
    assert "contacts[0].phone" in feedback and GOOD_PHONE in feedback and "02-123-4567" in feedback


def test_reasks_run_out_keep_the_last_candidate(fake) -> None:
    cfg = Config(base_url="http://fake.local/v1", mode="tools", max_reasks=1)
    client, endpoint = fake(
        [completion(with_phone("02-111-1111")), completion(with_phone("02-222-2222"))], cfg
    )
    out = request_briefing(client, MESSAGES, config=cfg, check=phone_check)
    assert out.exhausted and out.attempts == 2 and len(endpoint.bodies) == 2
    assert out.briefing.contacts[0].phone == "02-222-2222"
    assert out.last_error and "02-222-2222" in out.last_error


def test_no_parseable_answer_is_a_model_error(fake, config: Config) -> None:
    client, endpoint = fake(
        [completion("{not json"), completion({"title_ko": "x"}), completion("[]")]
    )
    with pytest.raises(ModelError, match=r"no valid briefing in 3 attempts.*--max-reasks") as info:
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert len(endpoint.bodies) == 3  # max_reasks=2: one answer plus two re-asks, no more
    # what the failed call spent travels with the error (--usage, a batch's totals)
    assert info.value.usage == Usage(
        requests=3, prompt_tokens=300, completion_tokens=60, cost_usd=config.cost_usd(300, 60)
    )


def test_a_transport_failure_carries_the_requests_it_spent(
    fake, config: Config, sleeps: list[float]
) -> None:
    client, _ = fake([status(500)] * 5)
    with pytest.raises(ModelError, match="kept failing after 5 attempts") as info:
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert isinstance(info.value.usage, Usage) and info.value.usage.requests == 5


def test_cut_off_answer_is_retried_once_with_double_tokens(fake, config: Config) -> None:
    client, endpoint = fake(
        [completion(BRIEF, finish="length", usage=(100, 4096)), completion(BRIEF)]
    )
    out = request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert [b["max_tokens"] for b in endpoint.bodies] == [4096, 8192]
    assert out.usage.requests == 2 and out.attempts == 2


def test_cut_off_twice_says_to_raise_max_tokens(fake, config: Config) -> None:
    client, _ = fake(
        [
            completion(BRIEF, finish="length", usage=(100, 4096)),
            completion(BRIEF, finish="length", usage=(100, 8192)),
        ]
    )
    with pytest.raises(
        ModelError, match=r"cut off at 8192 tokens \(limit 8192\): raise --max-tokens"
    ):
        request_briefing(client, MESSAGES, config=config, check=phone_check)


def test_a_full_context_is_not_reported_as_max_tokens(fake, config: Config) -> None:
    # llama.cpp with a small -c: the answer stops after a few tokens with finish_reason=length.
    client, endpoint = fake([completion(BRIEF, finish="length", usage=(2734, 66))])
    with pytest.raises(ModelError) as caught:
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    message = str(caught.value)
    assert "ran out of context after 66 answer tokens (prompt 2734 tokens)" in message
    assert "-c" in message and "--max-tokens" not in message
    assert len(endpoint.bodies) == 1, "more room for the answer cannot help: no second request"


def test_prose_instead_of_a_tool_call_names_the_mode(fake, config: Config) -> None:
    client, endpoint = fake(
        [
            completion(
                "Sure! Here is a summary.", mode="json_schema", finish="length", usage=(900, 4096)
            )
        ]
    )
    with pytest.raises(ModelError, match=r"without a tool call in --mode tools.*--mode auto"):
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert len(endpoint.bodies) == 1


def test_failed_transport_attempts_count_as_requests(
    fake, config: Config, sleeps: list[float]
) -> None:
    client, _ = fake([status(503), completion(BRIEF)])
    out = request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert out.attempts == 1 and out.usage.requests == 2


def test_rate_limit_is_retried_below_instructor(fake, config: Config, sleeps: list[float]) -> None:
    client, endpoint = fake(
        [status(429, headers={"retry-after": "2"}), status(503), completion(BRIEF)]
    )
    out = request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert out.attempts == 1  # transport retries are not re-asks
    assert sleeps[0] == 2.0 and len(sleeps) == 2
    # The retried request is the same request: no error text reached the prompt.
    assert endpoint.bodies[0] == endpoint.bodies[1] == endpoint.bodies[2]


def test_auth_error_fails_at_once_with_what_to_do(fake, config: Config) -> None:
    client, endpoint = fake([status(401)])
    with pytest.raises(ModelError, match=r"rejected the API key \(HTTP 401\): set OPENAI_API_KEY"):
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert len(endpoint.bodies) == 1


def test_unknown_model_names_model_and_flag(fake, config: Config) -> None:
    client, _ = fake([status(404, error={"message": "model not found", "code": "model_not_found"})])
    with pytest.raises(
        ModelError, match=r"model 'gpt-4o-mini' not found at http://fake.local/v1.*--model"
    ):
        request_briefing(client, MESSAGES, config=config, check=phone_check)


def test_server_errors_exhaust_transport_retries(fake, config: Config, sleeps: list[float]) -> None:
    client, endpoint = fake([status(502)] * 5)
    with pytest.raises(ModelError, match=r"kept failing after 5 attempts \(HTTP 502\)"):
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert len(endpoint.bodies) == 5 and len(sleeps) == 4


@pytest.mark.parametrize("mode", ["json_schema", "md_json"])
def test_modes_for_servers_without_tool_calls(fake, mode: str) -> None:
    cfg = Config(base_url="http://fake.local/v1", mode=mode)  # type: ignore[arg-type]
    client, endpoint = fake(
        [completion(with_phone("02-1"), mode=mode), completion(BRIEF, mode=mode)], cfg
    )
    out = request_briefing(client, MESSAGES, config=cfg, check=phone_check)
    assert out.attempts == 2 and out.briefing.contacts[0].phone == GOOD_PHONE
    assert "tools" not in endpoint.bodies[0]


def test_template_syntax_and_korean_arrive_verbatim(fake, config: Config) -> None:
    doc = "협약 {{ 7*7 }} {% raw %}{% endraw %} {# 주석 #} 끝"
    client, endpoint = fake([completion(BRIEF)])
    request_briefing(client, [{"role": "user", "content": doc}], config=config, check=phone_check)
    assert endpoint.bodies[0]["messages"][0]["content"] == doc
    assert doc.encode("utf-8") in endpoint.raw[0]  # raw UTF-8: no \\u escapes of Hangul
    assert b"49" not in endpoint.raw[0].split(b'"tools"')[0]


def test_async_call_reasks_and_counts(afake, config: Config) -> None:
    client, _ = afake([completion(with_phone("02-9")), completion(BRIEF)])
    out = asyncio.run(arequest_briefing(client, MESSAGES, config=config, check=phone_check))
    assert (
        out.attempts == 2
        and out.usage.requests == 2
        and out.briefing.contacts[0].phone == GOOD_PHONE
    )


def test_async_transport_retry(afake, config: Config, sleeps: list[float]) -> None:
    client, _ = afake([status(500), completion(BRIEF)])
    out = asyncio.run(arequest_briefing(client, MESSAGES, config=config, check=phone_check))
    assert out.attempts == 1 and len(sleeps) == 1


def test_summarise_error_is_one_line() -> None:
    try:
        Briefing.model_validate({"title_ko": "x"})
    except Exception as exc:
        line = summarise_error(exc)
    assert "\n" not in line and "more" in line


def test_context_overflow_400_names_sizes_and_the_fix(fake, config: Config) -> None:
    # llama.cpp's answer to a prompt larger than -c.
    error = {
        "code": 400,
        "message": "the request exceeds the available context size, try increasing it",
        "type": "exceed_context_size_error",
        "n_prompt_tokens": 2750,
        "n_ctx": 2048,
    }
    client, endpoint = fake([status(400, error=error)])
    with pytest.raises(ModelError) as caught:
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    message = str(caught.value)
    assert "(2750 prompt tokens, context 2048)" in message and "larger context" in message
    assert "--mode" not in message and len(endpoint.bodies) == 1


def test_openai_style_context_error_is_read_too(fake, config: Config) -> None:
    error = {
        "message": "This model's maximum context length is 8192 tokens. However, you requested "
        "9100 tokens (5004 in the messages, 4096 in the completion).",
        "code": "context_length_exceeded",
    }
    client, _ = fake([status(400, error=error)])
    with pytest.raises(ModelError, match=r"context window .*\(9100 prompt tokens, context 8192\)"):
        request_briefing(client, MESSAGES, config=config, check=phone_check)


def test_a_read_timeout_is_not_a_silent_regeneration(fake, config: Config) -> None:
    import httpx2

    def slow(body: dict) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out")

    client, endpoint = fake([slow, completion(BRIEF)])
    with pytest.raises(ModelError, match=r"still generating when the timeout ran out.*--timeout"):
        request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert len(endpoint.bodies) == 1


def test_read_timeouts_are_retried_when_asked(fake, config: Config, sleeps: list[float]) -> None:
    import httpx2

    def slow(body: dict) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out")

    asked = config.replace(retry_read_timeouts=True)
    client, endpoint = fake([slow, completion(BRIEF)], asked)
    out = request_briefing(client, MESSAGES, config=asked, check=phone_check)
    assert len(endpoint.bodies) == 2 and out.usage.requests == 2 and out.attempts == 1


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (
            lambda _: httpx2.Response(200, text="<html><body>Sign in</body></html>", headers=HTML),
            "answered with an HTML page, not a chat completion: check --base-url",
        ),
        (
            lambda _: httpx2.Response(200, text="{not json", headers=JSON),
            "answered with a body that is not JSON, not a chat completion: check --base-url",
        ),
        (
            lambda _: httpx2.Response(
                200, json={"id": "x", "object": "chat.completion", "choices": []}
            ),
            "answered a chat completion with no choices",
        ),
    ],
    ids=["html-page", "not-json", "no-choices"],
)
@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_an_answer_that_is_no_completion_fails_at_once_naming_the_server(
    fake, afake, config: Config, reply: Any, words: str, async_: bool
) -> None:
    """A proxy's login page or a wrong base URL is not the model's answer: not re-asked (it
    was, three times, ending in "no valid briefing in 0 attempts" or "list index out of range")."""
    if async_:
        client, endpoint = afake([reply, reply, reply])
        call = arequest_briefing(client, MESSAGES, config=config, check=phone_check)
        with pytest.raises(ModelError, match=re.escape(words)) as info:
            asyncio.run(call)
    else:
        client, endpoint = fake([reply, reply, reply])
        with pytest.raises(ModelError, match=re.escape(words)) as info:
            request_briefing(client, MESSAGES, config=config, check=phone_check)
    assert URL in str(info.value) and "\n" not in str(info.value)
    assert len(endpoint.bodies) == 1
