"""Build the OpenAI client (no SDK retries: ours are in transport.py) and its instructor wrapper."""

from __future__ import annotations

import logging
from typing import Any

from summarizer.config import Config
from summarizer.errors import ConfigError
from summarizer.llm.precheck import with_answer_hook
from summarizer.llm.presend import as_extra_body
from summarizer.llm.schema import lean_schema
from summarizer.llm.transport import (
    AsyncSleep,
    Sleep,
    answers_only,
    async_answers_only,
    with_async_retries,
    with_retries,
)

# A local OpenAI-compatible server may need no key, but the SDK refuses to start without one.
PLACEHOLDER_KEY = "not-needed"

NO_MODEL_HINT = (
    "No model configured: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a local "
    "OpenAI-compatible server), or pass --offline to silence this."
)


def _quiet_instructor() -> None:
    # instructor logs every exhausted re-ask at ERROR; without a handler Python prints that
    # multi-line record to stderr, where only our one-line messages belong. Applications that
    # configure logging still receive it.
    logger = logging.getLogger("instructor")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _check_response_model_once() -> None:
    """instructor walks the response model's whole class tree for async validators on every
    request (~15% of a batch's CPU, 7 walks per document); our model is fixed, so the verdict
    for a class that passed is kept. A failing class still raises every time."""
    try:
        from instructor.v2.validation import async_validators as module
    except ImportError:  # another instructor layout: nothing to speed up
        return
    original = getattr(module, "reject_async_validators", None)
    if original is None or getattr(original, "_summarizer_cached", False):
        return
    passed: set[int] = set()

    def reject_async_validators(response_model: Any) -> None:
        key = id(response_model)
        if key in passed:
            return
        original(response_model)
        if isinstance(response_model, type):
            passed.add(key)  # classes live as long as the process: their ids stay theirs

    reject_async_validators._summarizer_cached = True  # type: ignore[attr-defined]
    module.reject_async_validators = reject_async_validators


def _instructor_mode(config: Config) -> Any:
    import instructor

    if config.mode == "auto":
        from summarizer.llm.server import resolve_mode

        config = resolve_mode(config)
    return {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "md_json": instructor.Mode.MD_JSON,
    }[config.mode]


def _shows_schema(config: Config) -> bool:
    """Whether the server writes a json_schema response format into the prompt (OpenAI does;
    llama.cpp, Ollama, vLLM and LM Studio only build a grammar from it)."""
    from summarizer.llm.server import is_openai

    return is_openai(config.endpoint)


def _openai_kwargs(config: Config, http_client: Any | None) -> dict[str, Any]:
    if not config.has_model():
        raise ConfigError(NO_MODEL_HINT.replace(", or pass --offline to silence this.", "."))
    kwargs: dict[str, Any] = {
        "api_key": config.api_key or PLACEHOLDER_KEY,
        "base_url": config.endpoint,  # explicit, so the SDK never reads OPENAI_BASE_URL behind our back
        "timeout": config.timeout,
        "max_retries": 0,
    }
    if http_client is not None:
        kwargs["http_client"] = http_client
    return kwargs


def build_client(
    config: Config, *, http_client: Any | None = None, sleep: Sleep | None = None
) -> Any:
    """An `instructor.Instructor` over `openai.OpenAI`, with transport retries under it."""
    import instructor
    import openai

    _quiet_instructor()
    _check_response_model_once()
    client = openai.OpenAI(**_openai_kwargs(config, http_client))
    completions = client.chat.completions
    # instructor patches whatever `create` it finds, so every attempt (first call and re-asks)
    # goes through our transport retries rather than instructor's re-ask loop.
    completions.create = with_retries(  # type: ignore[method-assign,assignment]
        # the schema once, outlined where the model reads it (llm.schema)
        lean_schema(
            as_extra_body(answers_only(completions.create, endpoint=config.endpoint)),
            schema_shown=_shows_schema(config),
        ),
        retries=config.transport_retries,
        model=config.model,
        endpoint=config.endpoint,
        sleep=sleep,
        retry_read_timeouts=config.retry_read_timeouts,
    )
    return instructor.from_openai(client, mode=_instructor_mode(config))


def build_async_client(
    config: Config, *, http_client: Any | None = None, sleep: AsyncSleep | None = None
) -> Any:
    """An `instructor.AsyncInstructor` over `openai.AsyncOpenAI`, with transport retries under it."""
    import instructor
    import openai

    _quiet_instructor()
    _check_response_model_once()
    client = openai.AsyncOpenAI(**_openai_kwargs(config, http_client))
    completions = client.chat.completions
    retried = with_async_retries(
        # the schema once, outlined where the model reads it (llm.schema)
        lean_schema(
            as_extra_body(async_answers_only(completions.create, endpoint=config.endpoint)),
            schema_shown=_shows_schema(config),
        ),
        retries=config.transport_retries,
        model=config.model,
        endpoint=config.endpoint,
        sleep=sleep,
        retry_read_timeouts=config.retry_read_timeouts,
    )
    # Each answer is shown to the call's check before instructor parses it (llm.precheck).
    completions.create = with_answer_hook(retried)  # type: ignore[method-assign,assignment]
    return instructor.from_openai(client, mode=_instructor_mode(config))


__all__ = ["NO_MODEL_HINT", "PLACEHOLDER_KEY", "build_async_client", "build_client"]
