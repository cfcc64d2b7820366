"""The model call: OpenAI client, transport retries, and the instructor call with grounded re-asks.

Nothing here imports openai or instructor at module level: `--help` and `facts` stay fast.
"""

from summarizer.llm.call import CallOutcome, Check, Observer, arequest_briefing, request_briefing
from summarizer.llm.client import NO_MODEL_HINT, build_async_client, build_client
from summarizer.llm.server import resolve_mode

__all__ = [
    "NO_MODEL_HINT",
    "CallOutcome",
    "Check",
    "Observer",
    "arequest_briefing",
    "build_async_client",
    "build_client",
    "request_briefing",
    "resolve_mode",
]
