"""summarizer: verified structured summaries and English briefings of Korean press releases.

The names below are imported on first use (PEP 562), so `summarizer --help` and `summarizer
facts` do not pay for the model layer; type checkers see the real imports.
"""

from __future__ import annotations

from summarizer.lazy import lazy_exports

# typing.TYPE_CHECKING without importing typing (see summarizer.lazy)
TYPE_CHECKING = False

if TYPE_CHECKING:
    from summarizer.api import asummarize, brief, summarize
    from summarizer.config import Config
    from summarizer.errors import (
        ConfigError,
        InputError,
        ModelError,
        SummarizerError,
        VerificationFailed,
    )
    from summarizer.events import group_events
    from summarizer.extract import extract_facts
    from summarizer.reading import read_document

_EXPORTS = {
    "Config": "summarizer.config",
    "ConfigError": "summarizer.errors",
    "InputError": "summarizer.errors",
    "ModelError": "summarizer.errors",
    "SummarizerError": "summarizer.errors",
    "VerificationFailed": "summarizer.errors",
    "asummarize": "summarizer.api",
    "brief": "summarizer.api",
    "extract_facts": "summarizer.extract",
    "group_events": "summarizer.events",
    "read_document": "summarizer.reading",
    "summarize": "summarizer.api",
}

__all__ = [
    "Config",
    "ConfigError",
    "InputError",
    "ModelError",
    "SummarizerError",
    "VerificationFailed",
    "asummarize",
    "brief",
    "extract_facts",
    "group_events",
    "read_document",
    "summarize",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
