"""summarizer: verified structured summaries and English briefings of Korean press releases."""

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
