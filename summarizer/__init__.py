"""summarizer: verified structured summaries and English briefings of Korean press releases."""

from summarizer.errors import (
    ConfigError,
    InputError,
    ModelError,
    SummarizerError,
    VerificationFailed,
)
from summarizer.extract import extract_facts
from summarizer.reading import read_document

__all__ = [
    "ConfigError",
    "InputError",
    "ModelError",
    "SummarizerError",
    "VerificationFailed",
    "extract_facts",
    "read_document",
]
