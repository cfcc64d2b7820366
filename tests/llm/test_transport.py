"""Transport retries: Retry-After parsing, error classification, waits injected (nothing sleeps)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx2
import openai
import pytest

from summarizer.errors import ModelError
from summarizer.llm.failures import classify, model_error, parse_retry_after, retry_after
from summarizer.llm.transport import backoff, with_async_retries, with_retries

REQUEST = httpx2.Request("POST", "http://fake.local/v1/chat/completions")
NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def api_error(
    code: int, *, headers: dict[str, str] | None = None, body: Any = None
) -> openai.APIStatusError:
    """The exception openai raises for an HTTP status, built the way the SDK builds it."""
    response = httpx2.Response(code, headers=headers or {}, request=REQUEST)
    classes = {
        400: openai.BadRequestError,
        401: openai.AuthenticationError,
        403: openai.PermissionDeniedError,
        404: openai.NotFoundError,
        409: openai.ConflictError,
        429: openai.RateLimitError,
    }
    cls = classes.get(code, openai.InternalServerError if code >= 500 else openai.APIStatusError)
    return cls(f"Error code: {code}", response=response, body=body)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("0.5", 0.5),
        (" 12 ", 12.0),
        ("-3", 0.0),
        ("3600", 60.0),  # capped
        (format_datetime(NOW + timedelta(seconds=10), usegmt=True), 10.0),
        (format_datetime(NOW - timedelta(seconds=10), usegmt=True), 0.0),
        ("Fri, 02 Jan 2026 03:04:35 GMT", 30.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_retry_after_prefers_milliseconds_header() -> None:
    exc = api_error(429, headers={"retry-after-ms": "1500", "retry-after": "9"})
    assert retry_after(exc) == 1.5
    assert retry_after(api_error(429, headers={"retry-after": "9"})) == 9.0
    assert retry_after(api_error(429)) is None
    assert retry_after(ValueError("x")) is None


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (api_error(429), "retry"),
        (api_error(429, body={"code": "insufficient_quota", "message": "quota"}), "fatal"),
        (api_error(500), "retry"),
        (api_error(503), "retry"),
        (api_error(409), "retry"),
        (api_error(400), "fatal"),
        (api_error(401), "fatal"),
        (api_error(403), "fatal"),
        (api_error(404), "fatal"),
        (openai.APITimeoutError(request=REQUEST), "retry"),
        (openai.APIConnectionError(request=REQUEST), "retry"),
        (ValueError("not ours"), "other"),
    ],
)
def test_classify(exc: BaseException, kind: str) -> None:
    assert classify(exc) == kind


@pytest.mark.parametrize(
    ("exc", "pattern"),
    [
        (api_error(401), r"rejected the API key .*set OPENAI_API_KEY"),
        (
            api_error(403, body={"message": "no access to model"}),
            r"HTTP 403: no access to model\).*may use model 'm'",
        ),
        (api_error(404), r"model 'm' not found at http://x/v1 .*--model"),
        (
            api_error(400, body={"error": {"message": "tools unsupported"}}),
            r"HTTP 400: tools unsupported\).*--mode json_schema",
        ),
        (api_error(429, body={"error": {"code": "insufficient_quota"}}), r"no quota left"),
        (openai.APITimeoutError(request=REQUEST), r"did not answer in time.*--timeout"),
        (openai.APIConnectionError(request=REQUEST), r"cannot reach .*http://x/v1.*--base-url"),
    ],
)
def test_model_error_says_what_to_do(exc: BaseException, pattern: str) -> None:
    err = model_error(exc, model="m", endpoint="http://x/v1")
    assert isinstance(err, ModelError)
    assert "\n" not in str(err)
    import re

    assert re.search(pattern, str(err)), str(err)


class Flaky:
    """Raises the given exceptions in turn, then returns "ok"."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def test_transient_errors_are_retried_honouring_retry_after() -> None:
    waits: list[float] = []
    fn = Flaky(
        api_error(429, headers={"retry-after": "7"}),
        api_error(503),
        openai.APITimeoutError(request=REQUEST),
    )
    wrapped = with_retries(fn, retries=4, model="m", endpoint="http://x/v1", sleep=waits.append)
    assert wrapped() == "ok"
    assert fn.calls == 4
    assert waits[0] == 7.0 and len(waits) == 3
    assert 0.5 <= waits[1] <= 2.0 and 1.0 <= waits[2] <= 4.0  # exponential with jitter


def test_retries_are_bounded_and_end_in_model_error() -> None:
    waits: list[float] = []
    fn = Flaky(*[api_error(429)] * 10)
    wrapped = with_retries(fn, retries=2, model="m", endpoint="http://x/v1", sleep=waits.append)
    with pytest.raises(ModelError, match=r"kept rate-limiting after 3 attempts"):
        wrapped()
    assert fn.calls == 3 and len(waits) == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404])
def test_fatal_errors_are_not_retried(code: int) -> None:
    waits: list[float] = []
    fn = Flaky(api_error(code))
    wrapped = with_retries(fn, retries=4, model="m", endpoint="http://x/v1", sleep=waits.append)
    with pytest.raises(ModelError, match=f"HTTP {code}"):
        wrapped()
    assert fn.calls == 1 and waits == []


def test_other_exceptions_pass_through_untouched() -> None:
    fn = Flaky(KeyError("bug"))
    wrapped = with_retries(fn, retries=4, model="m", endpoint="http://x/v1", sleep=lambda s: None)
    with pytest.raises(KeyError):
        wrapped()
    assert fn.calls == 1


def test_async_retries() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    fn = Flaky(api_error(502), api_error(429, headers={"retry-after": "1"}))

    async def call() -> str:
        return fn()

    wrapped = with_async_retries(call, retries=4, model="m", endpoint="http://x/v1", sleep=sleep)
    assert asyncio.run(wrapped()) == "ok"
    assert fn.calls == 3 and waits[1] == 1.0


def test_backoff_grows_and_is_capped() -> None:
    for attempt in range(1, 12):
        ceiling = min(30.0, 2 ** (attempt - 1))
        assert ceiling / 2 <= backoff(attempt) <= ceiling


def connection_error(cause: BaseException) -> openai.APIConnectionError:
    """A connection error as the SDK raises it: `raise APIConnectionError(...) from err`."""
    try:
        raise openai.APIConnectionError(request=REQUEST) from cause
    except openai.APIConnectionError as exc:
        return exc


def test_network_failures_are_retried_other_wrapped_errors_are_not() -> None:
    assert classify(connection_error(httpx2.ConnectError("refused"))) == "retry"
    assert classify(connection_error(ConnectionResetError())) == "retry"
    miss = connection_error(RuntimeError("Can't play back this request"))
    assert classify(miss) == "fatal"
    err = model_error(miss, model="m", endpoint="http://x/v1")
    assert "failed before reaching the server (RuntimeError: Can't play back this request)" in str(
        err
    )
    fn = Flaky(miss)
    with pytest.raises(ModelError, match="before reaching the server"):
        with_retries(fn, retries=4, model="m", endpoint="http://x/v1", sleep=lambda s: None)()
    assert fn.calls == 1
