"""Transport retries (429, 5xx, timeouts, lost connections); what a failure means and the
what-to-do message for it are in llm.failures.

This layer sits under instructor: a transient HTTP failure is retried here and never becomes a
re-ask, so a server's error text is never pasted into the prompt.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

from summarizer.llm.failures import (
    classify,
    model_error,
    not_a_completion,
    retry_after,
    unreadable_answer,
)

T = TypeVar("T")
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

# Called once for every request actually sent (answered or not), so usage and the log count
# attempts that failed as well; set per model call by llm.call.
ATTEMPTS: ContextVar[Callable[[BaseException | None], None] | None] = ContextVar(
    "summarizer_attempts", default=None
)

BACKOFF_INITIAL = 1.0
BACKOFF_MAX = 30.0


def backoff(
    attempt: int, *, initial: float = BACKOFF_INITIAL, maximum: float = BACKOFF_MAX
) -> float:
    """Exponential backoff with full jitter for retry number `attempt` (1-based)."""
    ceiling = min(maximum, initial * (2 ** (attempt - 1)))
    return random.uniform(ceiling / 2, ceiling)


def _wait_for(exc: BaseException, attempt: int) -> float:
    asked = retry_after(exc)
    return asked if asked is not None else backoff(attempt)


def _counted(exc: BaseException | None) -> None:
    listener = ATTEMPTS.get()
    if listener is not None:
        listener(exc)


def _retrying(
    retries: int, sleep: Callable[[float], Any], async_: bool, retry_read_timeouts: bool
) -> Any:
    from tenacity import AsyncRetrying, Retrying, retry_if_exception, stop_after_attempt

    def wait(state: Any) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return _wait_for(exc, state.attempt_number) if exc is not None else 0.0

    cls = AsyncRetrying if async_ else Retrying
    return cls(
        stop=stop_after_attempt(retries + 1),
        retry=retry_if_exception(
            lambda e: classify(e, retry_read_timeouts=retry_read_timeouts) == "retry"
        ),
        wait=wait,
        sleep=sleep,
        reraise=True,
    )


def _completion(result: T, endpoint: str) -> T:
    """The SDK's answer when it is a chat completion; a ModelError naming the endpoint if not."""
    error = not_a_completion(result, endpoint)
    if error is not None:
        raise error
    return result


def answers_only(fn: Callable[..., T], *, endpoint: str) -> Callable[..., T]:
    """`fn` (the SDK's create) whose HTTP 200 answers that are no chat completion (an HTML
    page, a body that is not JSON, no choices) become a ModelError naming the endpoint, instead
    of being re-asked as if the model had written them."""

    @wraps(fn)
    def call(*args: Any, **kwargs: Any) -> T:
        try:
            result = fn(*args, **kwargs)
        except json.JSONDecodeError:
            raise unreadable_answer(endpoint) from None
        return _completion(result, endpoint)

    return call


def async_answers_only(
    fn: Callable[..., Awaitable[T]], *, endpoint: str
) -> Callable[..., Awaitable[T]]:
    """The async twin of `answers_only`."""

    @wraps(fn)
    async def call(*args: Any, **kwargs: Any) -> T:
        try:
            result = await fn(*args, **kwargs)
        except json.JSONDecodeError:
            raise unreadable_answer(endpoint) from None
        return _completion(result, endpoint)

    return call


def with_retries(
    fn: Callable[..., T],
    *,
    retries: int,
    model: str,
    endpoint: str,
    sleep: Sleep | None = None,
    retry_read_timeouts: bool = False,
) -> Callable[..., T]:
    """`fn` retried on transient transport errors; API errors become ModelError at once."""

    @wraps(fn)
    def call(*args: Any, **kwargs: Any) -> T:
        attempts = 0
        try:
            for attempt in _retrying(retries, sleep or time.sleep, False, retry_read_timeouts):
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    try:
                        result = fn(*args, **kwargs)
                    except Exception as exc:
                        _counted(exc)
                        raise
                    _counted(None)
                    return result
        except Exception as exc:
            if classify(exc, retry_read_timeouts=retry_read_timeouts) == "other":
                raise
            raise model_error(exc, model=model, endpoint=endpoint, attempts=attempts) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    return call


def with_async_retries(
    fn: Callable[..., Awaitable[T]],
    *,
    retries: int,
    model: str,
    endpoint: str,
    sleep: AsyncSleep | None = None,
    retry_read_timeouts: bool = False,
) -> Callable[..., Awaitable[T]]:
    """The async twin of `with_retries`."""

    @wraps(fn)
    async def call(*args: Any, **kwargs: Any) -> T:
        attempts = 0
        try:
            async for attempt in _retrying(
                retries, sleep or asyncio.sleep, True, retry_read_timeouts
            ):
                with attempt:
                    attempts = attempt.retry_state.attempt_number
                    try:
                        result = await fn(*args, **kwargs)
                    except Exception as exc:
                        _counted(exc)
                        raise
                    _counted(None)
                    return result
        except Exception as exc:
            if classify(exc, retry_read_timeouts=retry_read_timeouts) == "other":
                raise
            raise model_error(exc, model=model, endpoint=endpoint, attempts=attempts) from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    return call


__all__ = [
    "ATTEMPTS",
    "answers_only",
    "async_answers_only",
    "backoff",
    "with_async_retries",
    "with_retries",
]
