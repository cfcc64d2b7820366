"""The briefing model the call validates with: each candidate the model sends is checked against
the source (`Check`) inside pydantic validation, so instructor re-asks with the verifier's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from pydantic import ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from summarizer.models import Briefing
from summarizer.prompting import render_prompt

# Given a candidate briefing, the re-ask feedback for its hard violations, or None when it is fine.
Check = Callable[[Briefing], str | None]


@dataclass
class _Grounding:
    """What the validator of the current call checks against, and where it reports."""

    check: Check
    candidates: list[Briefing]
    feedback: list[str] | None


# The grounding of the call running in this thread or asyncio task. One validator class
# serves every call, so instructor and pydantic build its schema once per process (a class
# per call cost ~20 ms of CPU per document), while concurrent documents never share state:
# each asyncio task runs in its own copy of the context.
_GROUNDING: ContextVar[_Grounding | None] = ContextVar("summarizer_grounding", default=None)


class GroundedBriefing(Briefing):
    """A faithful structured summary of one Korean press release or news article.

    State only what the source says. Every date, time, phone number, quote and commitment
    must come from the source text; leave a field null or a list empty when the source is silent.
    """

    # The re-ask sends the answer back beside the error: repeating it inside the error (pydantic's
    # `input_value=...`) costs tokens and tells the model nothing.
    model_config = ConfigDict(hide_input_in_errors=True)

    @model_validator(mode="after")
    def _grounded(self) -> GroundedBriefing:
        grounding = _GROUNDING.get()
        if grounding is None:
            return self
        plain = Briefing.model_validate(self.model_dump())
        grounding.candidates.append(plain)
        problems = grounding.check(plain)
        if problems:
            if grounding.feedback is not None:
                grounding.feedback.append(problems)
            # A custom error type: the re-ask carries the verifier's words without pydantic's
            # "Value error, " prefix and documentation link (~20 tokens the fix does not need).
            raise PydanticCustomError(
                "unsupported", render_prompt("reask", feedback=problems).strip()
            )
        return self


# Same name as Briefing: the tool name and schema the model sees do not change.
GroundedBriefing.__name__ = "Briefing"
GroundedBriefing.__qualname__ = "Briefing"
GroundedBriefing.__doc__ = Briefing.__doc__


@cache
def _instructor_model() -> type[Briefing]:
    """GroundedBriefing wrapped for instructor once: a model instructor has not wrapped itself
    gets a fresh wrapper class, and a fresh tool schema, on every request (~20 ms each)."""
    import instructor

    return instructor.openai_schema(GroundedBriefing)  # type: ignore[no-any-return]


@contextmanager
def grounded(
    check: Check, candidates: list[Briefing], feedback: list[str] | None = None
) -> Iterator[type[Briefing]]:
    """Within this block, GroundedBriefing validates candidates with `check`.

    The check closes over the source text and facts, so instructor's `context=` (which would
    render every message, the document included, as a Jinja template) is never needed.
    """
    token = _GROUNDING.set(_Grounding(check, candidates, feedback))
    try:
        yield _instructor_model()
    finally:
        _GROUNDING.reset(token)


__all__ = ["Check", "GroundedBriefing", "grounded"]
