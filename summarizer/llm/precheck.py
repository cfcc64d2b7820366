"""A look at each answer before instructor parses it, so its verification can run elsewhere.

instructor parses and validates an answer synchronously, and the grounding check (the
verifier, ~2 ms of CPU) runs inside that validation, on the event loop that every request in
flight shares. The async create under instructor sees the answer first: when the call's check
can verify an answer text in advance (`Precheck`, e.g. in a worker process), it is given the
text here and awaited, and the validator then finds the verdict ready. Correctness never
depends on it: the verdict is used only for a candidate whose parsed value is exactly the one
the worker verified, and anything that fails here is simply verified in place as before.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from functools import wraps
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

# Given the raw response of each answered request of the current call (set per call by
# llm.call; None outside a call or when its check has no precheck).
ANSWERED: ContextVar[Callable[[Any], Awaitable[None]] | None] = ContextVar(
    "summarizer_answered", default=None
)


class Precheck(Protocol):
    """A check that can verify an answer's JSON text before instructor validates it."""

    async def precheck(self, answer: str) -> None: ...


def answer_text(response: Any, mode: str) -> str | None:
    """The JSON text instructor will parse from `response` in `mode`, or None when unsure."""
    choices = getattr(response, "choices", None)
    if not choices or getattr(choices[0], "finish_reason", None) == "length":
        return None
    message = getattr(choices[0], "message", None)
    if mode == "tools":
        calls = getattr(message, "tool_calls", None) or []
        arguments = (
            getattr(getattr(calls[0], "function", None), "arguments", None) if calls else None
        )
        return arguments if isinstance(arguments, str) else None
    content = getattr(message, "content", None)
    if not isinstance(content, str):
        return None
    if mode == "md_json":
        from instructor.utils import extract_json_from_codeblock

        return str(extract_json_from_codeblock(content))
    return content


def with_answer_hook(create: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
    """`create` that hands each response to the current call's ANSWERED hook first."""

    @wraps(create)
    async def call(*args: Any, **kwargs: Any) -> T:
        response = await create(*args, **kwargs)
        hook = ANSWERED.get()
        if hook is not None:
            await hook(response)
        return response

    return call


__all__ = ["ANSWERED", "Precheck", "answer_text", "with_answer_hook"]
