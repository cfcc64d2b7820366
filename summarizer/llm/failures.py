"""What a failed model request means: transient or fatal, the wait a server asks for, and a
one-line what-to-do message for each failure (key, quota, model name, context size, tool calls).

Read by the retry layer (llm.transport) and by batch jobs, which classify failures the same way.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

from summarizer.errors import ModelError

Kind = Literal["retry", "fatal", "other"]

RETRY_AFTER_CAP = 60.0  # a server asking for minutes is better reported than waited for


def parse_retry_after(
    value: str | None, *, now: datetime | None = None, cap: float = RETRY_AFTER_CAP
) -> float | None:
    """Seconds to wait from a Retry-After value (delta seconds or an HTTP date), capped; None if unusable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # HTTP dates are GMT by definition
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), cap)


def retry_after(exc: BaseException, *, cap: float = RETRY_AFTER_CAP) -> float | None:
    """The wait a 429/503 response asks for (`retry-after-ms` or `Retry-After`), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return min(max(float(ms) / 1000.0, 0.0), cap)
        except ValueError:
            pass
    return parse_retry_after(headers.get("retry-after"), cap=cap)


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def _error_code(exc: BaseException) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("code"), str):
            return inner["code"]
        if isinstance(body.get("code"), str):
            return body["code"]
    return getattr(exc, "code", None) if isinstance(getattr(exc, "code", None), str) else None


def _network_failure(exc: BaseException) -> bool:
    """A connection error that came from the network, not from something else under the SDK."""
    import httpx2

    cause = exc.__cause__
    # openai wraps *any* exception of the HTTP client as a connection error; a cassette miss or
    # a bug in a custom transport is not worth five retries and deserves its own message.
    return cause is None or isinstance(cause, httpx2.TransportError | OSError | TimeoutError)


def read_timeout(exc: BaseException) -> bool:
    """The server accepted the request but its answer did not come in time (a slow generation)."""
    import httpx2
    import openai

    return isinstance(exc, openai.APITimeoutError) and isinstance(
        exc.__cause__, httpx2.ReadTimeout | httpx2.WriteTimeout
    )


def classify(exc: BaseException, *, retry_read_timeouts: bool = True) -> Kind:
    """`retry` for transient transport failures, `fatal` for API errors retrying cannot fix, else `other`.

    A read timeout is `fatal` unless `retry_read_timeouts`: the server is still generating, and
    re-sending would start the same generation again from scratch.
    """
    import openai

    if read_timeout(exc) and not retry_read_timeouts:
        return "fatal"
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return "retry" if _network_failure(exc) else "fatal"
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429:
            return "fatal" if _error_code(exc) == "insufficient_quota" else "retry"
        if status in (408, 409) or status >= 500:
            return "retry"
        return "fatal"
    return "other"


def _short(exc: BaseException, limit: int = 160) -> str:
    body = getattr(exc, "body", None)
    message = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else None
    text = str(message or getattr(exc, "message", None) or exc).strip().splitlines()
    first = text[0] if text else type(exc).__name__
    return first if len(first) <= limit else first[: limit - 1] + "…"


def model_error(exc: BaseException, *, model: str, endpoint: str, attempts: int = 1) -> ModelError:
    """A ModelError whose one-line message says what went wrong with the endpoint and what to do."""
    import openai

    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if read_timeout(exc):
        return ModelError(
            f"the model server at {endpoint} was still generating when the timeout ran out{tries}: "
            "raise --timeout (local models on a CPU can need minutes), or use a smaller model"
        )
    if isinstance(exc, openai.APITimeoutError):
        return ModelError(
            f"the model server at {endpoint} did not answer in time{tries}: raise --timeout or try again later"
        )
    if isinstance(exc, openai.APIConnectionError) and not _network_failure(exc):
        cause = exc.__cause__
        return ModelError(
            f"the request to {endpoint} failed before reaching the server "
            f"({type(cause).__name__}: {_short(cause) if cause else ''}): check the HTTP client setup"
        )
    if isinstance(exc, openai.APIConnectionError):
        return ModelError(
            f"cannot reach the model server at {endpoint}{tries}: check OPENAI_BASE_URL / --base-url and that the server is running"
        )
    status = _status(exc)
    if status == 401:
        return ModelError(
            f"the server at {endpoint} rejected the API key (HTTP 401): set OPENAI_API_KEY (or SUMMARIZER_API_KEY) to a valid key"
        )
    if status == 403:
        return ModelError(
            f"the server at {endpoint} refused access (HTTP 403: {_short(exc)}): check that your API key may use model {model!r}"
        )
    if status == 404:
        return ModelError(
            f"model {model!r} not found at {endpoint} (HTTP 404): set SUMMARIZER_MODEL or pass --model with a model the server serves (and check the base URL ends in /v1)"
        )
    if status == 429 and _error_code(exc) == "insufficient_quota":
        return ModelError(
            f"the account behind the API key has no quota left at {endpoint} (HTTP 429): add credit or use another key"
        )
    if status == 429:
        return ModelError(
            f"the server at {endpoint} kept rate-limiting{tries} (HTTP 429): wait and try again, or lower the concurrency"
        )
    if status is not None and status >= 500:
        return ModelError(
            f"the model server at {endpoint} kept failing{tries} (HTTP {status}): try again later"
        )
    overflow = context_overflow(exc)
    if overflow is not None:
        return ModelError(overflow.message(endpoint))
    if status is not None and _about_tools(exc):
        return ModelError(
            f"the server at {endpoint} does not take tool calls (HTTP {status}: {_short(exc)}): "
            "use --mode auto or --mode json_schema"
        )
    if status is not None:
        return ModelError(
            f"the server at {endpoint} rejected the request (HTTP {status}: {_short(exc)}): check --model and --mode"
        )
    return ModelError(f"the request to {endpoint} failed ({_short(exc)}): try again later")


def not_a_completion(
    answer: object, endpoint: str, expected: str = "a chat completion"
) -> ModelError | None:
    """The error for an HTTP 200 whose body is no chat completion (a proxy's login page, a wrong
    base URL, a completion without choices), else None: not the model's fault, so never re-asked.
    `expected` names what was asked for (the Batch API's files and batches)."""
    if isinstance(answer, str | bytes):
        return text_answer(answer, endpoint, expected)
    if hasattr(answer, "choices") and not answer.choices:  # type: ignore[attr-defined]
        return ModelError(
            f"the server at {endpoint} answered a chat completion with no choices (no answer at "
            "all): try again, and check the server's log if it persists"
        )
    return None


def text_answer(answer: str | bytes, endpoint: str, expected: str) -> ModelError:
    """An HTTP 200 the SDK read as text (not JSON): a proxy's page, a wrong base URL."""
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else answer
    head = text.lstrip()[:200].lower()
    page = head.startswith(("<!doctype", "<html")) or "<body" in head
    return ModelError(
        f"the server at {endpoint} answered with {'an HTML page' if page else 'text'}, not "
        f"{expected}: {_CHECK_URL}"
    )


_CHECK_URL = (
    "check --base-url (an OpenAI-compatible endpoint, usually ending in /v1) and any proxy in "
    "between"
)


def unreadable_answer(endpoint: str, expected: str = "a chat completion") -> ModelError:
    """An HTTP 200 whose body is not JSON at all."""
    return ModelError(
        f"the server at {endpoint} answered with a body that is not JSON, not {expected}: "
        f"{_CHECK_URL}"
    )


class ContextOverflow:
    """The prompt did not fit the server's context window, with the sizes when the server says."""

    def __init__(self, prompt_tokens: int | None, context: int | None) -> None:
        self.prompt_tokens, self.context = prompt_tokens, context

    def message(self, endpoint: str) -> str:
        sizes = ""
        if self.prompt_tokens and self.context:
            sizes = f" ({self.prompt_tokens} prompt tokens, context {self.context})"
        elif self.context:
            sizes = f" (context {self.context} tokens)"
        return (
            f"the prompt does not fit the context window of the server at {endpoint}{sizes}: "
            "start the server with a larger context (llama.cpp -c, Ollama num_ctx, vLLM "
            "--max-model-len) or give a shorter document"
        )


_OVERFLOW = re.compile(
    r"exceeds? the available context size|context length|context_length_exceeded"
    r"|maximum context|too many tokens|prompt is too long|exceed_context_size",
    re.IGNORECASE,
)


def context_overflow(exc: BaseException) -> ContextOverflow | None:
    """A 400 that says the prompt is larger than the context (llama.cpp, vLLM, OpenAI wording)."""
    body = getattr(exc, "body", None)
    inner = body.get("error", body) if isinstance(body, dict) else None
    inner = inner if isinstance(inner, dict) else {}
    text = f"{_short(exc, 1000)} {inner.get('type', '')} {inner.get('code', '')}"
    if _status(exc) not in (400, 413) or not _OVERFLOW.search(text):
        return None
    prompt, context = inner.get("n_prompt_tokens"), inner.get("n_ctx")
    if not isinstance(
        context, int
    ):  # OpenAI / vLLM: "maximum context length is 8192 tokens. However, ... 9000 tokens"
        numbers = [int(n) for n in re.findall(r"(\d{3,}) tokens", text)]
        context = numbers[0] if numbers else None
        prompt = numbers[1] if len(numbers) > 1 else None
    return ContextOverflow(prompt if isinstance(prompt, int) else None, context)


def _about_tools(exc: BaseException) -> bool:
    return bool(re.search(r"tool|function", _short(exc, 1000), re.IGNORECASE))


__all__ = [
    "RETRY_AFTER_CAP",
    "ContextOverflow",
    "Kind",
    "classify",
    "context_overflow",
    "model_error",
    "not_a_completion",
    "parse_retry_after",
    "read_timeout",
    "retry_after",
    "text_answer",
    "unreadable_answer",
]
