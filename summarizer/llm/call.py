"""The instructor call: a Briefing, re-asked only when invalid or unsupported by the source."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import ValidationError

from summarizer.config import Config
from summarizer.errors import ModelError
from summarizer.llm.grounded import Check, grounded
from summarizer.llm.precheck import ANSWERED, answer_text
from summarizer.llm.schema import sending
from summarizer.llm.transport import ATTEMPTS
from summarizer.models import Briefing, Usage


class Observer(Protocol):
    """Something that registers handlers on an instructor Hooks object (e.g. logs.Recorder)."""

    def attach(self, client: Any) -> None: ...


@dataclass
class CallOutcome:
    """The briefing the model settled on, and what it cost to get there."""

    briefing: Briefing
    usage: Usage
    attempts: int
    exhausted: bool = False  # re-asks ran out: the last candidate, with its claims left unsupported
    last_error: str | None = None


class _Tally:
    """Usage summed over every request sent (first answer, re-asks, transport retries, the
    truncation retry), answered or not; tokens from the answers that came back."""

    def __init__(self) -> None:
        self.requests = 0  # sent, answered or not
        self.answers = 0  # answers that came back (the first, re-asks, the truncation retry)
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.last_finish: str | None = None
        self.last_completion_tokens = 0
        self.last_prompt_tokens = 0
        self.tool_calls_missing = False

    def attempt(self, error: BaseException | None) -> None:
        self.requests += 1

    def __call__(self, response: Any) -> None:
        self.answers += 1
        usage = getattr(response, "usage", None)
        prompt = getattr(usage, "prompt_tokens", 0) or 0
        completion = getattr(usage, "completion_tokens", 0) or 0
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        self.last_prompt_tokens, self.last_completion_tokens = prompt, completion
        choices = getattr(response, "choices", None) or []
        first = choices[0] if choices else None
        self.last_finish = getattr(first, "finish_reason", None)
        message = getattr(first, "message", None)
        self.tool_calls_missing = message is not None and not getattr(message, "tool_calls", None)

    def usage(self, config: Config) -> Usage:
        return Usage(
            requests=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost_usd=config.cost_usd(self.prompt_tokens, self.completion_tokens),
        )


def summarise_error(exc: BaseException | None) -> str:
    """One line for the last reason an answer was rejected."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "briefing"
        msg = str(first.get("msg", "")).splitlines()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"{where}: {msg}{more}"
    if isinstance(exc, json.JSONDecodeError):
        return "the answer was not valid JSON"
    text = str(exc).strip().splitlines() if exc is not None else []
    return text[0][:200] if text else "no parseable answer"


def _parse_errors() -> tuple[type[BaseException], ...]:
    from instructor.core.exceptions import ResponseParsingError

    return (ValidationError, json.JSONDecodeError, ResponseParsingError)


def _request(
    config: Config,
    messages: list[dict[str, str]],
    model_cls: type[Briefing],
    max_tokens: int,
    tally: _Tally,
    observers: Sequence[Observer],
    async_: bool,
) -> dict[str, Any]:
    from instructor.core import Hooks
    from tenacity import AsyncRetrying, Retrying, retry_if_exception_type, stop_after_attempt

    # Per-call hooks, not client hooks: concurrent documents on one client must not mix.
    hooks = Hooks()
    hooks.on("completion:response", tally)
    for observer in observers:
        observer.attach(hooks)
    retrying = (AsyncRetrying if async_ else Retrying)(
        stop=stop_after_attempt(config.max_reasks + 1),
        retry=retry_if_exception_type(_parse_errors()),  # re-ask only invalid or unsupported output
        reraise=True,
    )
    return {
        "response_model": model_cls,
        "messages": messages,
        "max_retries": retrying,
        "hooks": hooks,
        "strict": False,  # local models send "3" for 3 now and then; pydantic's lax mode takes it
        "model": config.model,
        "max_tokens": max_tokens,
        "temperature": config.temperature,
    }


def _settle(
    exc: Exception, candidates: list[Briefing], feedback: list[str], tally: _Tally, config: Config
) -> CallOutcome:
    """Re-asks ran out: keep the last candidate that parsed, or fail with the last reason."""
    cause = exc.__cause__
    if isinstance(cause, ModelError):  # a transport or API failure, wrapped by instructor
        raise cause
    if cause is not None and not isinstance(cause, _parse_errors()):
        raise ModelError(
            f"the model call failed ({summarise_error(cause)}): try again, or report this bug"
        ) from exc
    if not candidates and config.mode == "tools" and tally.tool_calls_missing:
        raise ModelError(_no_tool_call(config)) from exc
    if candidates:
        # The verifier's own words say more than pydantic's wrapping of them.
        last = "; ".join(feedback[-1].splitlines()) if feedback else summarise_error(cause)
        return CallOutcome(
            candidates[-1], tally.usage(config), tally.answers, exhausted=True, last_error=last
        )
    raise ModelError(
        f"the model gave no valid briefing in {tally.answers} attempts (last: {summarise_error(cause)}): "
        "try a stronger model, another --mode, or a higher --max-reasks"
    ) from exc


def _no_tool_call(config: Config) -> str:
    return (
        f"the server at {config.endpoint} answered without a tool call in --mode tools: it does "
        "not force tool calls; use --mode auto or --mode json_schema"
    )


def _cut_off(tally: _Tally, max_tokens: int, config: Config) -> tuple[ModelError, bool]:
    """Why an answer stopped early (the server's context filled, no tool call, or max tokens),
    and whether more room for the answer could help."""
    produced = tally.last_completion_tokens
    if config.mode == "tools" and tally.tool_calls_missing:
        return ModelError(_no_tool_call(config) + f" (it wrote {produced} tokens of prose)"), False
    if 0 < produced < max_tokens * 0.9:
        # The server stopped before the token limit we set: its context window is full.
        return ModelError(
            f"the server at {config.endpoint} ran out of context after {produced} answer tokens "
            f"(prompt {tally.last_prompt_tokens} tokens): start it with a larger context "
            "(llama.cpp -c, Ollama num_ctx, vLLM --max-model-len) or give a shorter document"
        ), False
    return ModelError(
        f"the answer was cut off at {produced or max_tokens} tokens (limit {max_tokens}): "
        "raise --max-tokens"
    ), True


class _Call:
    """One briefing request: candidates, feedback and usage across re-asks and the truncation retry."""

    def __init__(
        self,
        messages: list[dict[str, str]],
        config: Config,
        check: Check,
        observers: Sequence[Observer],
    ) -> None:
        self.messages, self.config, self.check, self.observers = messages, config, check, observers
        self.candidates: list[Briefing] = []
        self.feedback: list[str] = []
        self.tally = _Tally()
        self.max_tokens = config.max_tokens

    def _sent(self, error: BaseException | None) -> None:
        self.tally.attempt(error)
        if error is not None:
            for observer in self.observers:
                failed = getattr(observer, "on_attempt_failed", None)
                if failed is not None:
                    failed(error)

    async def _answered(self, response: Any) -> None:
        """An answer arrived: let a check that can verify it in advance (Precheck) do so."""
        precheck = getattr(self.check, "precheck", None)
        if precheck is None:
            return
        answer = answer_text(response, self.config.mode)
        if answer is not None:
            await precheck(answer)

    @contextmanager
    def attempt(self, *, async_: bool) -> Iterator[dict[str, Any]]:
        """The keyword arguments of one instructor call, with candidates grounded meanwhile."""
        token = ATTEMPTS.set(self._sent)
        answered = ANSWERED.set(self._answered if async_ else None)
        try:
            with (
                sending(self.messages),
                grounded(self.check, self.candidates, self.feedback) as model_cls,
            ):
                yield _request(
                    self.config,
                    self.messages,
                    model_cls,
                    self.max_tokens,
                    self.tally,
                    self.observers,
                    async_,
                )
        finally:
            ANSWERED.reset(answered)
            ATTEMPTS.reset(token)

    def done(self) -> CallOutcome:
        return CallOutcome(self.candidates[-1], self.tally.usage(self.config), self.tally.answers)

    def cut_off(self, second_try: bool) -> None:
        """The answer hit the token limit: double the room once, then give up."""
        error, more_room_helps = _cut_off(self.tally, self.max_tokens, self.config)
        if second_try or not more_room_helps:
            raise error from None  # more room cannot help a full context or a prose answer
        self.max_tokens *= 2

    @contextmanager
    def spent(self) -> Iterator[None]:
        """A ModelError leaving the call carries what the call spent (requests sent, tokens)."""
        try:
            yield
        except ModelError as exc:
            if exc.usage is None:
                exc.usage = self.tally.usage(self.config)
            raise

    def settle(self, exc: Exception) -> CallOutcome:
        return _settle(exc, self.candidates, self.feedback, self.tally, self.config)


def request_briefing(
    client: Any,
    messages: list[dict[str, str]],
    *,
    config: Config,
    check: Check,
    observers: Sequence[Observer] = (),
) -> CallOutcome:
    """Ask for a Briefing; re-ask on invalid or unsupported output; double max_tokens once if cut off."""
    from instructor.core import IncompleteOutputException, InstructorRetryException

    call = _Call(messages, config, check, observers)
    with call.spent():
        for second_try in (False, True):
            try:
                with call.attempt(async_=False) as kwargs:
                    client.chat.completions.create(**kwargs)
                return call.done()
            except IncompleteOutputException:
                call.cut_off(second_try)
            except InstructorRetryException as exc:
                return call.settle(exc)
    raise AssertionError("unreachable")


async def arequest_briefing(
    client: Any,
    messages: list[dict[str, str]],
    *,
    config: Config,
    check: Check,
    observers: Sequence[Observer] = (),
) -> CallOutcome:
    """The async twin of `request_briefing` (client from `build_async_client`)."""
    from instructor.core import IncompleteOutputException, InstructorRetryException

    call = _Call(messages, config, check, observers)
    with call.spent():
        for second_try in (False, True):
            try:
                with call.attempt(async_=True) as kwargs:
                    await client.chat.completions.create(**kwargs)
                return call.done()
            except IncompleteOutputException:
                call.cut_off(second_try)
            except InstructorRetryException as exc:
                return call.settle(exc)
    raise AssertionError("unreachable")


__all__ = [
    "CallOutcome",
    "Check",
    "Observer",
    "arequest_briefing",
    "request_briefing",
    "summarise_error",
]
